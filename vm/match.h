/* match.h: the runtime side of the match statement (PEP 634), what the
 * interpreter's MATCH_CLASS, MATCH_KEYS, MATCH_SEQUENCE and MATCH_MAPPING
 * do, with CPython 3.11's semantics and messages. The compiler's side is
 * frontend/compile_match.c. */
#ifndef COIL_MATCH_H
#define COIL_MATCH_H

#include "object.h"

/* Does v match sequence patterns? list, tuple, range, collections.deque and
 * their subclasses (TPFLAG_SEQUENCE); never str, bytes or bytearray. */
static inline bool match_is_sequence(Value v) {
    return v_is_ptr(v) && (v_as_obj(v)->type->flags & TPFLAG_SEQUENCE);
}

/* Does v match mapping patterns? dict and its subclasses. */
static inline bool match_is_mapping(Value v) {
    return v_is_ptr(v) && (v_as_obj(v)->type->flags & TPFLAG_DICT_SUBCLASS);
}

/* Class pattern cls(<nargs positional>, **kwnames): a new tuple of the
 * extracted attributes (positional ones named by cls.__match_args__, then
 * kwnames) when subject is an instance of cls and has them all; V_NONE
 * when it does not match; V_NULL with the exception set on error
 * ("C() accepts 0 positional sub-patterns (1 given)", ...). */
Value match_class(Value subject, Value cls, int nargs, Value kwnames);

/* Mapping pattern keys: a new tuple of subject.get(key) for each key of
 * the keys tuple if every key is present, V_NONE if one is missing, V_NULL
 * on error (ValueError "mapping pattern checks duplicate key (k)"). */
Value match_keys(Value subject, Value keys);

#endif

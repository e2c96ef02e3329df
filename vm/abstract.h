/* abstract.h: the generic object protocol, used by the interpreter and by
 * every type that operates on arbitrary Values (list repr calls obj_repr on
 * its items, dict calls obj_hash and obj_eq on keys, ...).
 *
 * All return new references (Value) or status ints, and raise CPython's
 * exceptions with CPython's messages, e.g.
 *   "unsupported operand type(s) for +: 'int' and 'str'"
 *   "'<' not supported between instances of 'int' and 'str'"
 *   "'int' object is not subscriptable", "'int' object is not iterable",
 *   "object of type 'int' has no len()", "'int' object is not callable",
 *   "unhashable type: 'list'", "bad operand type for unary -: 'str'".
 */
#ifndef COIL_ABSTRACT_H
#define COIL_ABSTRACT_H

#include "object.h"
#include "tuple.h"

Value obj_repr(Value v);
Value obj_str(Value v);
Value obj_ascii(Value v);
int64_t obj_hash(Value v);                       /* -1 on error */
int obj_truthy(Value v);                         /* 0/1, -1 on error */

/* op: NB_* (NB_INPLACE + NB_* for augmented assignment). */
Value obj_binary_op(Value a, Value b, int op);
Value obj_power(Value a, Value b, Value mod);    /* mod V_NONE for two-arg pow */
Value obj_negative(Value v);
Value obj_positive(Value v);
Value obj_invert(Value v);
Value obj_absolute(Value v);
Value obj_not(Value v);                          /* V_TRUE/V_FALSE or V_NULL */
/* __index__: an int (new reference) or TypeError "'float' object cannot be interpreted as an integer". */
Value obj_index(Value v);
int obj_as_index_i64(Value v, int64_t *out);     /* __index__ then int64 (OverflowError / IndexError callers decide) */

/* op: CMP_*. Returns any Value (rich comparisons may return non-bools). */
Value obj_compare(Value a, Value b, int op);
int obj_compare_bool(Value a, Value b, int op);  /* 0/1, -1 error */
/* a == b with the identity shortcut containers use: 1 if a is b. */
int obj_eq(Value a, Value b);

Value obj_getattr(Value o, Value name);          /* name: str */
Value obj_getattr_cstr(Value o, const char *name);
/* 1 found (*out new ref), 0 AttributeError swallowed, -1 other error. */
int obj_lookup_attr(Value o, Value name, Value *out);
/* PyObject_LengthHint: len(o), else o.__length_hint__(), else dflt; -1 on error. */
int64_t obj_length_hint(Value o, int64_t dflt);
/* The attribute names dir(o) shows, unsorted: object.__dir__ (builtins.c). */
Value obj_dir_names(Value o);
/* sys.getsizeof's figure for o, without calling a __sizeof__; *header is
 * the part of it that is not o.__sizeof__() (the collector's header and
 * a dict pre-header; modules/sys.c). */
int64_t obj_sizeof_estimate(Value o, int64_t *header);
int obj_setattr(Value o, Value name, Value v);   /* v V_NULL: delete */
/* Generic attribute lookup through the type's dict (methods bound, getset
 * descriptors called); the default when a type's getattr slot is NULL. */
Value obj_generic_getattr(Value o, Value name);
/* Generic attribute store/delete (v V_NULL): data descriptors of the type,
 * else the instance's own storage (type->dictoffset). */
int obj_generic_setattr(Value o, Value name, Value v);
/* For LOAD_METHOD: if the attribute is a plain method descriptor found on
 * the type, returns it (new ref) with *is_method = true so the call can pass
 * o as self without creating a bound method; otherwise the attribute value. */
Value obj_get_method(Value o, Value name, bool *is_method);

Value obj_getitem(Value o, Value key);
int obj_setitem(Value o, Value key, Value v);
int obj_delitem(Value o, Value key);
int obj_contains(Value container, Value item);   /* `item in container`: 0/1, -1 */
int64_t obj_len(Value v);                        /* -1 on error */

Value obj_iter(Value v);
/* Next item: new reference; V_NULL without exception when exhausted. */
Value obj_iternext(Value it);

Value obj_call(Value callable, const Value *args, size_t nargs, Value kwnames);
/* callable(first, *args) with kwnames as obj_call takes them. */
Value obj_call_with_first(Value callable, Value first, const Value *args, size_t nargs, Value kwnames);
Value obj_call0(Value callable);
Value obj_call1(Value callable, Value a);
Value obj_call_method(Value o, const char *name, const Value *args, size_t nargs);

bool obj_isinstance_type(Value v, TypeObject *t); /* t or a subclass */
/* isinstance(v, cls) where cls is a type or a tuple of types: 0/1, -1 error. */
int obj_isinstance(Value v, Value cls);

/* a <op> b for a CMP_* op on two small ints, on two floats (C's
 * comparisons: NaN is unordered, only != holds) */
static inline int compare_i64(int64_t a, int64_t b, int op) {
    switch (op) {
    case CMP_LT: return a < b;
    case CMP_LE: return a <= b;
    case CMP_EQ: return a == b;
    case CMP_NE: return a != b;
    case CMP_GT: return a > b;
    default: return a >= b;
    }
}
static inline int compare_f64(double a, double b, int op) {
    switch (op) {
    case CMP_LT: return a < b;
    case CMP_LE: return a <= b;
    case CMP_EQ: return a == b;
    case CMP_NE: return a != b;
    case CMP_GT: return a > b;
    default: return a >= b;
    }
}
/* The comparison's truth when l and r are both small ints or both floats
 * (COMPARE_OP's inline case in both tiers), else -1. */
static inline int compare_inline(Value l, Value r, int op) {
    if (v_is_smallint(l) && v_is_smallint(r)) return compare_i64(v_as_smallint(l), v_as_smallint(r), op);
    if (v_is_float(l) && v_is_float(r)) return compare_f64(v_as_float(l), v_as_float(r), op);
    return -1;
}

/* isinstance(v, cls) when no Python code can take part (the
 * CALL_ISINSTANCE forms of both tiers): cls a class whose metatype is
 * type, or an exact tuple of such classes, tried in order: 1 or 0; -2 when
 * obj_isinstance must decide (another metatype or item, or a false answer
 * for an instance whose type could report another __class__: a heap type
 * or one with __getattr__). */
static inline int isinstance_quick(Value v, Value cls) {
    if (!v_is_ptr(cls)) return -2;
    TypeObject *it = v_type(v);
    Object *co = v_as_obj(cls);
    if (co->type == &TypeType) {
        TypeObject *ct = (TypeObject *)co;
        if (it == ct || type_is_subtype(it, ct)) return 1;
    } else if (co->type == &TupleType) {
        TupleObject *tp = (TupleObject *)co;
        for (int64_t i = 0; i < tp->size; i++) {
            Value c = tp->items[i];
            if (!v_is_ptr(c) || v_as_obj(c)->type != &TypeType) return -2;
            TypeObject *ct = (TypeObject *)v_as_obj(c);
            if (it == ct || type_is_subtype(it, ct)) return 1;
        }
    } else {
        return -2;
    }
    return (it->flags & TPFLAG_HEAPTYPE) || it->getattr ? -2 : 0;
}
/* issubclass(c, cls) with __subclasscheck__; 0/1, -1 with an exception. */
int obj_issubclass(Value c, Value cls);

/* Unpacks an iterable into exactly n values (UNPACK_SEQUENCE), or into
 * before + a list + after (UNPACK_EX); out receives new references.
 * ValueError "too many values to unpack (expected 2)" /
 * "not enough values to unpack (expected 3, got 2)". */
int obj_unpack(Value iterable, int64_t n, Value *out);
int obj_unpack_ex(Value iterable, int64_t before, int64_t after, Value *out);

/* format(v, spec) (later issues widen the spec support). */
Value obj_format(Value v, Value spec);

#endif

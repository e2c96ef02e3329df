/* exc_group.h: BaseExceptionGroup / ExceptionGroup (PEP 654) and the
 * runtime side of `except*` (vm/exc_group.c). */
#ifndef COIL_EXC_GROUP_H
#define COIL_EXC_GROUP_H

#include "errors.h"

extern TypeObject Exc_BaseExceptionGroup, Exc_ExceptionGroup;

bool v_is_exception_group(Value v);
/* BaseExceptionGroup(msg, excs): an ExceptionGroup when every item is an
 * Exception. New reference. */
Value exc_group_new(Value msg, Value excs);
/* The group's exceptions: a borrowed tuple (V_NULL after a cycle clear). */
Value exc_group_exceptions(Value eg);
/* Readies the two types and binds them in the builtins dict. */
int exc_group_init(Value builtins);

/* CHECK_EG_MATCH: splits exc by an except* clause's type into *match (a
 * group, or V_NONE) and *rest (what is left, or V_NONE); a naked matching
 * exception is wrapped in ExceptionGroup(""). New references; -1 on error. */
int exc_group_check_star_type(Value t);   /* TypeError for group types in except* */
int exc_group_match(Value exc, Value type, Value *match, Value *rest);
/* PREP_RERAISE_STAR: what leaves a try/except* statement, given the
 * original exception and the list of exceptions raised or re-raised by
 * its clauses (plus the unhandled rest): V_NONE for nothing. New reference. */
Value exc_group_prep_reraise(Value orig, Value excs);

#endif

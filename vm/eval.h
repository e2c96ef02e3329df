/* eval.h: the bytecode interpreter.
 *
 * One C loop runs every Python frame: a Python-to-Python call pushes a frame
 * and continues in the same loop, RETURN_VALUE pops it. C code calling into
 * Python (a builtin calling a key function, obj_call on a function) enters
 * the loop recursively with an entry frame; unwinding and returns stop at
 * the entry frame. Both kinds of nesting count toward the recursion limit.
 */
#ifndef COIL_EVAL_H
#define COIL_EVAL_H

#include "object.h"
#include "frame.h"

/* Runs a code object (module or exec code) with the given globals and
 * locals mapping (locals may equal globals). New reference or V_NULL. */
Value eval_code(Value code, Value globals, Value locals);

/* FunctionType's call slot: calls a Python function. New reference or V_NULL. */
Value eval_call_function(Value func, const Value *args, size_t nargs, Value kwnames);

/* Runs a class body: func (no parameters) with locals as its namespace.
 * Returns the body's result (the __class__ cell or None), new reference. */
Value eval_call_function_locals(Value func, Value locals);

/* Runs a frame already pushed and linked as eval_ts.frame until it
 * returns; pops it. Used by generators (throwflag: raise the pending
 * exception at the frame's current instruction). New reference or V_NULL. */
Value eval_frame(Frame *frame, bool throwflag);

/* The exception being handled (sys.exc_info()[1]), borrowed; V_NONE if none. */
static inline Value eval_current_exception(void) {
    if (eval_ts.exc_info != V_NONE) return eval_ts.exc_info;
    for (ExcOuter *o = eval_ts.exc_outer; o; o = o->outer)
        if (o->value != V_NONE) return o->value;
    return V_NONE;
}

/* The running frame's globals / builtins (borrowed; V_NULL if no frame). */
Value eval_globals(void);
Value eval_builtins(void);

/* For C code that recurses on user data (repr of nested lists, deep
 * comparisons): counts one level toward the recursion limit. Returns -1
 * with RecursionError("maximum recursion depth exceeded" + where) set when
 * the limit is passed; every 0 return must be paired with
 * eval_leave_recursive_call(). */
int eval_enter_recursive_call(const char *where);
static inline void eval_leave_recursive_call(void) { eval_ts.depth--; }

int eval_get_recursion_limit(void);
void eval_set_recursion_limit(int limit);

#endif

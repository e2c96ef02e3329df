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
 * returns; pops it. Used by generators (EVAL_THROW: raise the pending
 * exception at the frame's current instruction) and by tier 2
 * (jit_run_frame: EVAL_RESUME continues at frame->next_instr without asking
 * for tier-up; EVAL_RESUME_ERROR unwinds the exception pending, raised by
 * the instruction at frame->prev_instr). New reference or V_NULL. */
enum { EVAL_NORMAL = 0, EVAL_THROW = 1, EVAL_RESUME = 2, EVAL_RESUME_ERROR = 3,
       /* eval.c only: the normal loop hands a running frame (state saved,
        * continue at next_instr) to the traced loop, or back. */
       EVAL_SWITCH = 4 };
Value eval_frame(Frame *frame, int mode);

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

/* Pieces of instructions the JIT's helpers share with the loop
 * (jit/helpers_call.c):
 * callable_desc: "__main__.f()" / "len()" naming a callable in call errors;
 * call_function_ex: f(*args, **kwargs), args/kwargs borrowed (kwargs may be
 *   V_NULL), new reference;
 * load_name_slow: LOAD_NAME's full lookup (locals, globals, builtins), new
 *   reference or V_NULL with NameError;
 * annotations_dict: MAKE_FUNCTION's annotations (steals ann), new dict. */
void callable_desc(Value f, char *buf, size_t n);
Value call_function_ex(Value func, Value args, Value kwargs);
Value load_name_slow(Frame *frame, Value name);
Value annotations_dict(Value ann);

/* The loop's cold paths, for jit/helpers.c:
 * eval_unbound_local_error / eval_unbound_deref_error: LOAD_FAST's and
 *   LOAD_DEREF's error for localsplus index i;
 * eval_raise: `raise exc [from cause]` (steals both; cause V_NULL if
 *   absent): sets the exception, chained to the handled one;
 * eval_format_value: FORMAT_VALUE (conv 0-3, spec V_NULL if none), new ref;
 * eval_build_string: BUILD_STRING of n str items (borrowed), new ref;
 * eval_lookup_special: a special method bound to o, new ref, V_NULL without
 *   an exception if the type has none;
 * eval_with_protocol_error: BEFORE_WITH's TypeError;
 * eval_dict_merge: DICT_MERGE of update into dict (func names the call). */
void eval_unbound_local_error(CodeObject *co, int i);
void eval_unbound_deref_error(CodeObject *co, int i);
void eval_raise(Value exc, Value cause);
Value eval_format_value(Value value, int conv, Value spec);
Value eval_build_string(Value *items, int n);
Value eval_lookup_special(Value o, const char *name);
void eval_with_protocol_error(Value mgr, const char *what);
int eval_dict_merge(Value func, Value dict, Value update);

#endif

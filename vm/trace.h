/* trace.h: sys.settrace / sys.setprofile (CPython 3.11's events).
 *
 * Design. The normal interpreter loop (eval.c's eval_frame) knows nothing
 * of tracing on its hot path. eval.c compiles the loop a second time as
 * eval_frame_traced, which runs every instruction in its generic form and
 * calls in here for the events. While a trace or profile function is set
 * (trace_state.any) and none is running (trace_state.busy == 0),
 * sigint_pending is kept set: the checks the normal loop already makes at
 * RESUME and JUMP_BACKWARD then see it and hand the running frame to the
 * traced loop (which hands it back at the same points once tracing is off).
 * The JIT runs no compiled code while tracing is on (jit_set_tracing).
 *
 * Frame objects. Events need a frame object per running frame that stays
 * the same object (f_trace, identity in bdb): while tracing is on, a table
 * maps running frames to "live" frame objects (frameobject.h: their
 * f_lineno, f_locals, f_back read the running frame). The traced loop
 * detaches a frame's object when the frame returns or unwinds (it becomes
 * a snapshot); turning tracing off detaches them all.
 */
#ifndef COIL_TRACE_H
#define COIL_TRACE_H

#include "frame.h"

typedef struct TraceState {
    Value tracefunc;        /* sys.settrace's function, V_NULL if none */
    Value profilefunc;      /* sys.setprofile's, V_NULL if none */
    bool any;               /* either is set */
    int busy;               /* a trace or profile function is running */
    int nlive;              /* entries in the live frame-object table */
} TraceState;

extern TraceState trace_state;

/* Events are due (and the traced loop should run). */
static inline bool trace_wanted(void) { return trace_state.any && !trace_state.busy; }

/* sys.settrace / sys.setprofile (func V_NONE or V_NULL: off). */
void trace_set_trace(Value func);
void trace_set_profile(Value func);

/* The traced loop, before running the instruction at cur (frame saved;
 * prev: the instruction that ran before in this frame, NULL if none): the
 * 'call' event at a RESUME, else 'line' (and 'opcode') events. 0, or -1
 * with the tracer's exception set. */
int trace_instruction(Frame *f, CodeUnit *prev, CodeUnit *cur);
/* gen.throw() entering f: the 'call' events, the pending exception kept
 * (unless a tracer raised: its exception replaces it). */
void trace_throw_entry(Frame *f);
/* 'return' with retval (borrowed): 0, or -1 with the tracer's exception. */
int trace_return(Frame *f, Value retval);
/* An exception leaves f: 'return' with None, the exception kept (or
 * replaced by a tracer's). */
void trace_unwind(Frame *f);
/* A new exception in f (the pending one): the 'exception' event. */
void trace_exception(Frame *f);
/* A sub-iterator of `yield from` returned value (borrowed): the
 * 'exception' event of its StopIteration. 0, or -1 with the tracer's
 * exception set. */
int trace_stop_iteration(Frame *f, Value value);
/* FOR_ITER's next() of the generator gen in f: its next value, or V_NULL
 * (exhausted, or an exception set); a return value other than None is a
 * StopIteration and its 'exception' event, as CPython's. */
Value trace_gen_next(Frame *f, Value gen);
/* f is done: its live frame object (if any) becomes a snapshot. */
void trace_frame_exit_slow(Frame *f);
static inline void trace_frame_exit(Frame *f) {
    if (__builtin_expect(trace_state.nlive != 0, 0)) trace_frame_exit_slow(f);
}

/* Profile 'c_call' events: what a call of callable with these arguments
 * reports as its function (a new reference: the builtin, or a bound
 * builtin method for a method descriptor), or V_NULL for no event. */
Value trace_c_func(Value callable, const Value *args, size_t npos);
/* Calls callable (not consuming anything) between 'c_call' and
 * 'c_return'/'c_exception' events about cfunc (consumed). */
Value trace_c_call(Value cfunc, Value callable, const Value *args, size_t npos, Value kwnames);
/* CALL_FUNCTION_EX's call of the builtin func, between events. */
Value trace_c_call_ex(Value func, Value args, Value kwargs);

/* The live frame object of the running frame f. New reference or V_NULL. */
Value trace_frame_object(Frame *f);

#endif

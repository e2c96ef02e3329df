/* generator.h: generator objects. A generator owns a heap copy of its
 * frame (moved off the frame stack by RETURN_GENERATOR) and runs it with
 * eval_frame each time it is resumed. */
#ifndef COIL_GENERATOR_H
#define COIL_GENERATOR_H

#include "object.h"
#include "frame.h"
#include "code.h"
#include "opcodes.h"

/* Exposed so that the eval loop's inline resumption (below) compiles into
 * it; everything else goes through the functions. */
typedef struct GeneratorObject {
    Object ob;
    Frame *frame;          /* heap frame; NULL once finished */
    Value name, qualname;
    Value code;            /* gi_code / cr_code (strong; kept after the frame is gone) */
    Value exc_state;       /* the exception its frame is handling while suspended, V_NONE */
    /* While resumed inline by the eval loop (FOR_ITER_GEN): the resumer's
     * exception level (what gen_resume keeps on the C stack) and how far
     * the resuming instruction jumps when the generator finishes. */
    ExcOuter outer;
    int32_t inline_jump;
    uint8_t inline_mode;      /* GEN_INLINE_ITER (FOR_ITER_GEN), _SEND (SEND), _CALL (CALL_GEN_SEND) */
    bool running;
    /* Async generators: an asend()/athrow() awaitable is driving the frame
     * (ag_running), and aclose() ran or the body ended by StopAsyncIteration
     * or GeneratorExit. */
    bool running_async, ag_closed;
    bool ag_hooks_inited;     /* first iteration done: firstiter called, finalizer captured */
    Value ag_finalizer;       /* sys.set_asyncgen_hooks' finalizer at the first iteration, or V_NULL */
} GeneratorObject;

/* f (a generator's frame, or NULL) has not run yet: it sits right after
 * RETURN_GENERATOR. */
static inline bool gen_frame_just_started(const Frame *f) {
    return f && f->prev_instr && CU_OP(*f->prev_instr) == OP_RETURN_GENERATOR;
}

extern TypeObject GeneratorType;
/* Coroutines share GeneratorObject and its frame handling; the wrapper is
 * what coroutine.__await__() returns. */
extern TypeObject CoroutineType, CoroWrapperType;
/* Async generators (PEP 525) share it too; asend/athrow are the awaitables
 * their __anext__/asend()/athrow()/aclose() return, and a `yield v` in the
 * body yields v wrapped (ASYNC_GEN_WRAP: async_gen_wrap steals v). */
extern TypeObject AsyncGenType, AsyncGenASendType, AsyncGenAThrowType, AsyncGenWrappedType;
Value async_gen_wrap(Value v);
extern TypeObject AnextAwaitableType;
/* sys.get/set_asyncgen_hooks: V_NULL is unset; set takes V_NULL for "leave
 * as is" and None for "unset". Borrowed references out. */
void async_gen_get_hooks(Value *firstiter, Value *finalizer);
void async_gen_set_hooks(Value firstiter, Value finalizer);
Value builtin_aiter(Value x);              /* aiter(x) */
Value builtin_anext(Value it, Value dflt); /* anext(it[, dflt]); dflt V_NULL when absent */

/* Moves the running frame f (its references included) into a new
 * generator; f is left empty for the caller to pop. New reference. */
Value generator_new_from_frame(Frame *f);
static inline bool generator_check(Value v) { return v_is_type(v, &GeneratorType); }

/* next(gen): like the iternext slot, but a return value other than None
 * raises StopIteration(value) as CPython's next() shows it. */
Value generator_next(Value gen);

/* SEND: resumes recv (a generator or any iterator) with v. Returns 1 with
 * *res the yielded value, 0 with *res the return value (StopIteration's
 * value), -1 on error. */
int generator_send_value(Value recv, Value v, Value *res);

/* Inline resumption by the eval loop (FOR_ITER_GEN): the generator's heap
 * frame runs in the resumer's C activation, linked below caller (not an
 * entry frame), with None sent. enter returns the frame to run (made the
 * running frame), or NULL when the generic path must handle it (running,
 * finished, recursion limit) with nothing changed. When the frame yields,
 * the loop calls yield_inline; when it returns or an exception escapes it,
 * finish_inline (which frees the frame, applies PEP 479 when raised, and
 * gives back the jump passed to enter). gen is the resumer's stack top. */
enum { GEN_INLINE_ITER, GEN_INLINE_SEND, GEN_INLINE_CALL };
int32_t generator_finish_inline(Value gen, bool raised);
/* Common body of the enters: mode GEN_INLINE_*, v (whose reference the
 * frame takes) sent. */
static inline __attribute__((always_inline)) Frame *generator_enter_inline_mode(Value gen, Value v, Frame *caller, int32_t jump, int mode) {
    GeneratorObject *g = (GeneratorObject *)v_as_obj(gen);
    Frame *f = g->frame;
    /* Running (ValueError) or finished: the generic path says so. */
    if (g->running || !f) return NULL;
    if (v != V_NONE && gen_frame_just_started(f)) return NULL;
    if (eval_ts.depth + 2 > eval_ts.recursion_limit + 1) return NULL;
    eval_ts.depth += 2;   /* counted as gen_resume counts it: C entry + frame */
    f->localsplus[f->stacktop++] = v;
    f->previous = caller;
    f->is_entry = false;
    g->running = true;
    g->inline_jump = jump;
    g->inline_mode = (uint8_t)mode;
    g->outer.value = eval_ts.exc_info;
    g->outer.outer = eval_ts.exc_outer;
    eval_ts.exc_outer = &g->outer;
    eval_ts.exc_info = g->exc_state;
    g->exc_state = V_NONE;
    eval_ts.frame = f;
    return f;
}
static inline Frame *generator_enter_inline(Value gen, Frame *caller, int32_t jump) {
    return generator_enter_inline_mode(gen, V_NONE, caller, jump, GEN_INLINE_ITER);
}
/* Returns how the frame was entered (GEN_INLINE_*). */
static inline int generator_yield_inline(Value gen) {
    GeneratorObject *g = (GeneratorObject *)v_as_obj(gen);
    g->exc_state = eval_ts.exc_info;
    eval_ts.exc_info = g->outer.value;
    eval_ts.exc_outer = g->outer.outer;
    g->running = false;
    eval_ts.depth--;      /* the C entry's share; the loop drops the frame's */
    g->frame->is_entry = true;
    g->frame->previous = NULL;
    return g->inline_mode;
}
/* The same for SEND (yield from / await) on a generator or coroutine: v
 * (whose reference the frame takes) is sent instead of None; NULL also
 * when a non-None value would go to a just-started one (the generic path
 * raises). When the frame returns, generator_inline_is_send tells the loop
 * that the return value replaces the receiver (SEND's result) instead of
 * ending a for loop. */
static inline Frame *generator_enter_inline_send(Value recv, Value v, Frame *caller, int32_t jump) {
    return generator_enter_inline_mode(recv, v, caller, jump, GEN_INLINE_SEND);
}
/* The same for CALL_GEN_SEND (gen.send(v) on an exact generator): the
 * caller's stack holds only the generator while the frame runs; a yield
 * replaces it with the yielded value; a return raises StopIteration(value)
 * at the call (generator_raise_stop, which consumes value). */
static inline Frame *generator_enter_inline_call(Value gen, Value v, Frame *caller) {
    return generator_enter_inline_mode(gen, v, caller, 0, GEN_INLINE_CALL);
}
static inline int generator_inline_mode(Value gen) { return ((GeneratorObject *)v_as_obj(gen))->inline_mode; }
void generator_raise_stop(Value value);
static inline bool generator_or_coro_check(Value v) {
    return v_is_type(v, &GeneratorType) || v_is_type(v, &CoroutineType);
}

/* The iterator `await x` delegates to: a coroutine itself (RuntimeError if
 * another await is already driving it), else x.__await__(), which must
 * return an iterator. New reference, or V_NULL with TypeError. */
Value coro_get_awaitable(Value x);

#endif

/* generator.h: generator objects. A generator owns a heap copy of its
 * frame (moved off the frame stack by RETURN_GENERATOR) and runs it with
 * eval_frame each time it is resumed. */
#ifndef COIL_GENERATOR_H
#define COIL_GENERATOR_H

#include "object.h"
#include "frame.h"

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
Frame *generator_enter_inline(Value gen, Frame *caller, int32_t jump);
/* Returns how the frame was entered (GEN_INLINE_*). */
int generator_yield_inline(Value gen);
int32_t generator_finish_inline(Value gen, bool raised);
/* The same for SEND (yield from / await) on a generator or coroutine: v
 * (whose reference the frame takes) is sent instead of None; NULL also
 * when a non-None value would go to a just-started one (the generic path
 * raises). When the frame returns, generator_inline_is_send tells the loop
 * that the return value replaces the receiver (SEND's result) instead of
 * ending a for loop. */
Frame *generator_enter_inline_send(Value recv, Value v, Frame *caller, int32_t jump);
/* The same for CALL_GEN_SEND (gen.send(v) on an exact generator): the
 * caller's stack holds only the generator while the frame runs; a yield
 * replaces it with the yielded value; a return raises StopIteration(value)
 * at the call (generator_raise_stop, which consumes value). */
Frame *generator_enter_inline_call(Value gen, Value v, Frame *caller);
int generator_inline_mode(Value gen);
void generator_raise_stop(Value value);
static inline bool generator_or_coro_check(Value v) {
    return v_is_type(v, &GeneratorType) || v_is_type(v, &CoroutineType);
}

/* The iterator `await x` delegates to: a coroutine itself (RuntimeError if
 * another await is already driving it), else x.__await__(), which must
 * return an iterator. New reference, or V_NULL with TypeError. */
Value coro_get_awaitable(Value x);

#endif

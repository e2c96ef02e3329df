/* jit.h: what the VM sees of tier 2 (jit/jit.c is the driver: when to
 * compile, running compiled code, deopt bookkeeping, invalidation, stats,
 * dumps, the perf map).
 *
 * Tier-up protocol with vm/eval.c:
 *   - co->warmup counts down on every call (start_frame) and back-edge
 *     (JUMP_BACKWARD). When it drops below 0 the interpreter calls
 *     jit_tier_up(frame): at a function start or at a loop head.
 *   - A code object that is compiled keeps warmup negative, so every entry
 *     goes through jit_tier_up; one that cannot be compiled gets warmup =
 *     INT32_MAX and never asks again.
 *   - jit_tier_up runs compiled code if f->next_instr is one of its entry
 *     points and returns what happened (JitRun).
 *   - Generators and coroutines (not async generators): a resume of the
 *     frame counts as an event too (the interpreter asks at each resume:
 *     start_frame for generator_send's entry, FOR_ITER_GEN / SEND /
 *     CALL_GEN_SEND inline); their entry points are the body start after
 *     RETURN_GENERATOR, each resume point after a YIELD_VALUE and the loop
 *     heads; never offset 0. The frame is linked in
 *     eval_ts.frame and counted in eval_ts.depth, as the interpreter had it.
 */
#ifndef COIL_JIT_H
#define COIL_JIT_H

#include <stdint.h>
#include <stdbool.h>
#include "../vm/frame.h"
#include "ir.h"

typedef enum {
    JIT_RUN_NONE = 0,   /* nothing ran: interpret from f->next_instr as before */
    JIT_RUN_RETURNED,   /* *retval = the return value (new ref); the frame's stack is
                         * empty, its locals still set: the caller pops the frame */
    JIT_RUN_DEOPT,      /* resume interpreting f at f->next_instr (stack restored) */
    JIT_RUN_ERROR,      /* an exception is set, raised by the instruction at
                         * f->prev_instr; the interpreter unwinds from there */
    JIT_RUN_YIELDED,    /* a generator frame (f->heap) yielded: *retval = the
                         * value (new reference); the frame is suspended as
                         * the interpreter's YIELD_VALUE leaves it (stack
                         * written back, prev_instr = the YIELD_VALUE,
                         * next_instr = the resume point): the caller does
                         * the rest of YIELD_VALUE (back to the resumer) */
} JitRun;

/* Reads runtime_options (jit mode, threshold) and the --dump/--jit-stats
 * settings; called once by runtime_init. */
void jit_init(void);
/* At exit: prints --jit-stats, closes the perf map, releases the backend. */
void jit_fini(void);

/* The warmup a new code object starts with (the threshold), or INT32_MAX
 * when the JIT is off. */
int32_t jit_initial_warmup(void);

/* Called by the interpreter when co->warmup < 0 (see above). */
JitRun jit_tier_up(Frame *f, Value *retval);

/* sys.settrace/setprofile turned tracing on or off (vm/trace.h): while on,
 * jit_tier_up compiles and runs nothing and every code object's direct
 * entry is withheld (JitCodeHead.entry NULL), so compiled callers call
 * through the interpreter; compiled code already running leaves at its
 * next LOOP_CHECK (sigint_pending is set) or when it returns. */
void jit_set_tracing(bool on);

/* Runs a frame that was just pushed and linked (eval_ts.frame == f, depth
 * counted) to completion: compiled code if it has some, else (or after a
 * deopt) the interpreter with f as an entry frame. Pops the frame. Returns
 * the result (new reference) or V_NULL with an exception set. Used by the
 * call helpers so compiled code calls compiled code directly. */
Value jit_run_frame(Frame *f);

/* gen_resume (vm/generator.c) resuming generator frame f (linked, depth
 * counted, the value sent pushed) whose code object's warmup is negative:
 * its compiled code if f->next_instr is an entry (a yield or a return then
 * finishes the frame as the interpreter's YIELD_VALUE / RETURN_VALUE of an
 * entry frame do), else or after an exit the interpreter. Returns what
 * eval_frame would. */
Value jit_resume_generator(Frame *f);

/* Direct calls from compiled code (the call helpers). co->jit (a JitCode,
 * jit.c) starts with this head: the live version's entry (NULL when co has
 * no live compiled code) and the returns through direct calls not yet
 * counted in that version's statistics. */
typedef struct JitCodeHead {
    JitEntryFn entry;
    uint64_t direct_returns;
    /* What compiled code's inline direct call of any function needs of
     * the callee's code (llvm_backend.c lower_call_direct), set once when
     * the JitCode is made (the code never changes): */
    CodeUnit *code_units;      /* co->code */
    int32_t direct_nargs;      /* co->argcount when exactly that many positional
                                * arguments bind in order (no varargs, varkeywords,
                                * kw-only; not a generator or coroutine), else -1 */
    int32_t nlocalsplus;       /* co->nlocalsplus */
    uint64_t frame_bytes;      /* frame_size(co) rounded up to 16 (frame_push_call) */
} JitCodeHead;

static inline JitEntryFn jit_entry_of(const CodeObject *co) {
    const JitCodeHead *h = (const JitCodeHead *)co->jit;
    return h ? h->entry : NULL;
}

/* After e(nf, &ret) returned 0 for a frame pushed by a call helper. */
static inline void jit_count_direct_return(const CodeObject *co) {
    ((JitCodeHead *)co->jit)->direct_returns++;
}

/* After e(nf, &ret) returned r != 0 for a frame pushed and linked by a call
 * helper (e = jit_entry_of(nf->code) taken just before the call): does the
 * exit accounting and invalidation as jit_tier_up does, then finishes the
 * frame as jit_run_frame does (the interpreter resumes it or unwinds from
 * the error). Pops the frame; the result (new reference) or V_NULL with an
 * exception set. */
Value jit_finish_exit(Frame *nf, int64_t r, JitEntryFn e);

/* True when the C stack is too deep to enter compiled code or to call from
 * it (the interpreter then runs calls without C recursion). Inline: every
 * call from compiled code asks. */
extern uintptr_t jit_c_stack_floor;
static inline bool jit_c_stack_low(void) {
    return (uintptr_t)__builtin_frame_address(0) < jit_c_stack_floor;
}

/* A code object is being freed: releases its compiled code. */
void jit_code_free(void *jitcode);

/* Options (main.c). name NULL = all functions. */
void jit_set_dump_uops(const char *name);
void jit_set_dump_ir(const char *name);
void jit_set_dump_asm(const char *name);
void jit_set_stats(bool on);

#endif

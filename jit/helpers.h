/* helpers.h: the C functions compiled code calls for HELPER uops (uops.h
 * gives each one's stack contract; jit/helpers.c implements them with the
 * interpreter's semantics, vm/eval.c being the reference).
 *
 * Every helper has the same signature:
 *     int jit_h_NAME(Frame *f, Value *io, int64_t oparg, uint64_t op1, uint64_t op2)
 * and returns 0 (done), 2 (done, branch: FOR_ITER exhausted), 1 (not done:
 * deopt, nothing consumed) or -1 (exception set, inputs consumed).
 */
#ifndef COIL_JIT_HELPERS_H
#define COIL_JIT_HELPERS_H

#include <stdint.h>
#include "../vm/frame.h"
#include "uops.h"
#include "ir.h"

typedef int (*JitHelperFn)(Frame *f, Value *io, int64_t oparg, uint64_t op1, uint64_t op2);

#define JIT_HELPER_DECL(name, kind, flags) \
    __attribute__((weak)) int jit_h_##name(Frame *f, Value *io, int64_t oparg, uint64_t op1, uint64_t op2);
/* Declares jit_h_H_BINARY_OP etc. for the HELPER uops (kind UK_HELPER);
 * INLINE uops get unused declarations, never defined. Weak: a helper not
 * written (yet) is NULL in rt->helpers, and the translator leaves that
 * instruction to the interpreter (a DEOPT uop). */
UOP_LIST(JIT_HELPER_DECL)
#undef JIT_HELPER_DECL

/* Fills rt->helpers (each HELPER uop's function), dealloc, raise_unbound,
 * sigint_pending and the inline self-call's addresses. */
void jit_helpers_fill(JitRuntime *rt);

/* JitRuntime.call_finish (helpers_call.c). */
uint64_t jit_call_finish(void *nf, int64_t st, void *entry);
/* JitRuntime.call_exit (helpers_call.c). */
uint64_t jit_call_exit(void *nf, int64_t st, void *entry);

#endif

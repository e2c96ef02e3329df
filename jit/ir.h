/* ir.h: the uop IR of one compilation unit (a code object), what the
 * translator builds, the optimiser rewrites and a backend lowers.
 *
 * A JitFunction is a list of basic blocks; a block is a run of uops
 * fn->uops[first .. first + count). A block ends with a uop flagged
 * UF_TERMINAL or UF_BRANCH (its `target` is the taken successor; a
 * non-terminal branch falls through to block index + 1), or simply falls
 * through to the next block. Block 0 is not special: entry points are the
 * blocks with `entry` set (offset 0 = the function start, and the loop
 * heads reached by JUMP_BACKWARD, for on-stack replacement).
 *
 * Exits: a uop that may leave compiled code names an exit (JitExit): the
 * kind, the code-unit offset, and the depth d of the operand stack there.
 * Taking an exit writes slots [0, d) to frame->localsplus[nlocalsplus ..],
 * sets frame->stacktop = nlocalsplus + d and
 *   DEOPT: frame->next_instr = code + offset (the interpreter resumes there;
 *          the slots hold the instruction's untouched inputs)
 *   ERROR: frame->prev_instr = code + offset, frame->next_instr = that + 1
 *          (an exception is set; the interpreter unwinds as if the
 *          instruction at offset raised)
 *   YIELD: written as ERROR (offset = the YIELD_VALUE: prev_instr there,
 *          next_instr = the resume point after it); no exception: the
 *          generator frame is suspended, *ret = the yielded value (new
 *          reference), as the interpreter's YIELD_VALUE leaves it
 * and returns exit index + 1 (see JitEntryFn).
 */
#ifndef COIL_JIT_IR_H
#define COIL_JIT_IR_H

#include <stdint.h>
#include <stdbool.h>
#include <stdio.h>
#include "uops.h"

/* Per-instance hints the optimiser sets (JitUop.flags). */
#define UOPI_OLD_INLINE (1u << 0)  /* STORE_LOCAL: the old value is never a pointer (no decref) */
#define UOPI_A_FLOAT    (1u << 1)  /* float uops: a is known to be a float */
#define UOPI_B_FLOAT    (1u << 2)  /* float uops: b is known to be a float */
#define UOPI_A_INT      (1u << 3)  /* a is known to be a small int */
#define UOPI_B_INT      (1u << 4)  /* b is known to be a small int */
#define UOPI_A_PTR      (1u << 5)  /* INCREF/DECREF: a is known to be a pointer (no tag test) */
#define UOPI_SLOW       (1u << 6)  /* set by the translator: a helper on a miss path (the target of a BRANCH_NOT_* / BRANCH_FIELD* uop), off the expected path */
#define UOPI_INLINED    (1u << 8)  /* set by the translator: a uop of an inlined callee's body (inline_pure_call); jit.c's event_benefit counts each as inline work */
#define UOPI_COLD       (1u << 7)  /* set by the translator: the helper of a specialisable instruction that never ran in the interpreter (its cache counter untouched), likely off the expected path */

typedef struct JitUop {
    uint16_t op;          /* UOP_* */
    uint16_t flags;       /* UOPI_* */
    int32_t dst, a, b;    /* operand-stack slots, -1 if unused */
    int32_t n_in, n_out;  /* HELPER: slots [a, a + n_in) in, [a, a + n_out) out on status 0 */
    int32_t n_out_alt;    /* HELPER with UF_BRANCH: outputs on status 2 */
    int64_t oparg;
    uint64_t op1, op2;
    int32_t target;       /* block index (UF_BRANCH) */
    int32_t deopt_exit;   /* index into exits, -1 if none */
    int32_t error_exit;   /* index into exits, -1 if none */
    int32_t bc_offset;    /* code-unit offset of the opcode unit it came from */
} JitUop;

typedef struct JitBlock {
    int32_t first, count; /* uops [first, first + count) */
    int32_t bc_offset;    /* code-unit offset the block starts at */
    int32_t depth;        /* operand-stack depth on entry */
    bool entry;           /* an entry point (function start or OSR loop head) */
} JitBlock;

enum { JIT_EXIT_DEOPT = 1, JIT_EXIT_ERROR = 2, JIT_EXIT_YIELD = 3 };

typedef struct JitExit {
    uint8_t kind;         /* JIT_EXIT_* */
    int32_t offset;       /* see above */
    int32_t depth;        /* live operand-stack slots written back */
    int32_t bc_offset;    /* the instruction that exits (stats, dumps) */
    /* Slots i (bit i) to INCREF (if a pointer) before the write-back: the
     * optimiser lets a slot borrow a value a fast local holds (optimize.c
     * elide_borrowed: an INCREF/DECREF pair removed); an exit taken while
     * it is borrowed gives the interpreter the reference it expects. Only
     * slots < 64 and < depth. The translator's exits have 0. */
    uint64_t incref_mask;
} JitExit;

/* Addresses compiled code calls or reads; filled by jit.c, the same for
 * every function. Keeps the backends free of VM symbols. */
typedef struct JitRuntime {
    void *helpers[UOP__COUNT];      /* HELPER uops: the C function; INLINE: NULL */
    void (*dealloc)(void *obj);     /* refcount reached 0 (obj_dealloc) */
    void (*raise_unbound)(void *frame, int64_t local); /* UnboundLocalError for CHECK_BOUND */
    volatile int *sigint_pending;   /* LOOP_CHECK reads it (non-zero: deopt) */
    /* What a backend's inline form of H_CALL_PY_SELF (uops.h) touches: the
     * thread state (frame.h ThreadState) and the C-stack floor (jit.h). */
    void *ts;                       /* &eval_ts */
    const uintptr_t *c_stack_floor; /* &jit_c_stack_floor */
    const void *function_type;      /* &FunctionType */
    /* The callee's compiled code returned status st != 0 for frame nf
     * (pushed, linked, depth counted; entry = the code that ran):
     * jit_finish_exit. The call's result (new reference) or V_NULL with an
     * exception set; nf is popped either way. */
    uint64_t (*call_finish)(void *nf, int64_t st, void *entry);
    /* As call_finish for a frame that owns its code reference (the inline
     * direct call of another function, llvm_backend.c lower_call_direct):
     * jit_finish_exit. */
    uint64_t (*call_exit)(void *nf, int64_t st, void *entry);
} JitRuntime;

/* Frame layout constants (frame.h), so a backend needs no VM header. */
typedef struct JitFrameLayout {
    uint32_t off_localsplus, off_stacktop, off_next_instr, off_prev_instr;
    uint32_t off_globals, off_builtins;     /* GUARD_FRAME_WORD operands */
    /* The inline H_CALL_PY_SELF (the frame push and pop of frame.h's
     * frame_push_call / frame_pop done by compiled code): */
    uint32_t off_code, off_func, off_locals, off_previous, off_special;
    uint32_t ts_frame, ts_stack_top, ts_stack_limit, ts_depth, ts_recursion_limit; /* ThreadState */
    uint32_t ob_type, fn_code, fn_globals, fn_builtins;  /* Object, FunctionObject */
    /* The inline direct call of any function (lower_call_direct): the
     * CodeObject's jit (jit.h JitCodeHead) and the head's fields. */
    uint32_t co_jit, hd_entry, hd_returns, hd_code, hd_nargs, hd_nlp, hd_size;
} JitFrameLayout;

typedef struct JitFunction {
    const char *name;         /* symbol for the backend, e.g. "coil_fib_12"; owned */
    const char *qualname;     /* the code object's qualname (dumps); owned */
    const char *filename;     /* owned */
    void *code;               /* the CodeObject (not owned) */
    uint16_t *code_base;      /* co->code: next_instr = code_base + offset */
    /* stacksize = co->stacksize + FRAME_JIT_SLACK (frame.h: every frame has
     * those slots); slot stacksize - 1 is the translator's scratch slot */
    int32_t nlocalsplus, stacksize, ncodeunits;
    JitUop *uops; int32_t nuops, capuops;
    JitBlock *blocks; int32_t nblocks, capblocks;
    JitExit *exits; int32_t nexits, capexits;
    /* Memory that must live as long as the compiled code (frozen caches):
     * a list of malloc'd chunks, handed to the JitCode on success. */
    void **keep; int32_t nkeep, capkeep;
    const JitRuntime *rt;
    JitFrameLayout layout;
    /* line of each code unit (for dumps), ncodeunits long, owned; may be NULL */
    int32_t *lines;
    /* The code's JitCodeHead (jit.h: the live entry, then the count of
     * direct returns), set by the translator; NULL: no inline self-calls. */
    void *jit_head;
    /* Set by the translator: the code is only ever entered at its start
     * (not a generator or coroutine, no backward jump anywhere in it: the
     * interpreter's tier-up asks only at the start and at loop heads, the
     * call paths push fresh frames), its one entry block is offset 0 at
     * depth 0. A backend may then skip the dispatch on next_instr (the
     * entry never returns -1). */
    bool start_only;
} JitFunction;

/* Compiled entry: runs frame f from f->next_instr (which must be the offset
 * of an entry block). Returns 0 after RETURN (*ret = the value, new
 * reference; the operand stack is empty and stacktop = nlocalsplus), k + 1
 * after taking exit k (a JIT_EXIT_YIELD exit: *ret = the yielded value), or -1 if f->next_instr is no entry point (nothing
 * done; not checked when JitFunction.start_only). */
typedef int64_t (*JitEntryFn)(void *frame, uint64_t *ret);

/* ---- building (ir.c) ---- */
JitFunction *jit_fn_new(void *code, const JitRuntime *rt);
void jit_fn_free(JitFunction *fn);
/* Starts a new block at bc_offset with entry depth; returns its index. */
int jit_add_block(JitFunction *fn, int32_t bc_offset, int32_t depth, bool entry);
/* Appends a uop to the last block; returns a pointer valid until the next
 * append (fields other than op are -1 / 0 defaults: dst = a = b = -1,
 * target = deopt_exit = error_exit = -1). */
JitUop *jit_emit(JitFunction *fn, int op, int32_t bc_offset);
int jit_add_exit(JitFunction *fn, int kind, int32_t offset, int32_t depth, int32_t bc_offset);
/* Keeps a malloc'd block alive with the compiled code. */
void *jit_keep(JitFunction *fn, void *p);

/* Prints the IR (--dump-uops). */
void jit_fn_dump(const JitFunction *fn, FILE *out, const char *title);
/* Checks the IR's invariants (slots within stacksize, branch targets,
 * exits present where the flags need them, blocks terminated). Returns 0,
 * or -1 with a message in err. */
int jit_fn_verify(const JitFunction *fn, char *err, size_t errlen);

/* ---- the optimiser (optimize.c) ---- */
typedef struct JitOptStats {
    int guards_removed, refcounts_removed, consts_folded, tobool_removed;
} JitOptStats;
void jit_optimize(JitFunction *fn, JitOptStats *stats);

#endif

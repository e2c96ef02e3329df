/* frame.h: interpreter frames and the per-thread frame stack.
 *
 * Frames live in one contiguous region reserved once per thread (virtual
 * memory, committed by the OS as it is touched), used as a stack: a
 * Python-to-Python call bumps the top, a return drops it. A frame holds its
 * locals, cells, free variables and operand stack inline (localsplus), so a
 * call allocates nothing.
 *
 * Position independence: nothing inside a Frame points into the Frame
 * itself (the operand stack top is an index, stacktop), so a generator can
 * move a frame to the heap with memcpy and back. The only pointers to a
 * frame from outside are `previous` links and ThreadState.frame.
 */
#ifndef COIL_FRAME_H
#define COIL_FRAME_H

#include "object.h"
#include "code.h"

typedef struct Frame {
    CodeObject *code;          /* strong (except a frame pushed by compiled code's inline
                                * self-call while it runs compiled code: borrowed from its
                                * caller, which runs the same code; jit/uops.h H_CALL_PY_SELF) */
    Value func;                /* strong; V_NULL for module/exec code (borrowed like code
                                * above in the same case: H_CALL_PY_SELF) */
    /* globals and builtins are BORROWED from func when func is a function
     * (the frame holds func, whose __globals__/__builtins__ never change),
     * as CPython 3.11 does; strong when func is V_NULL (module/exec code).
     * frame_clear and gen_traverse follow the same rule. */
    Value globals;
    Value builtins;
    Value locals;              /* strong; a mapping for module/class code, else V_NULL */
    struct Frame *previous;    /* the caller, or NULL at the bottom */
    /* Saved while the frame is not running: the next code unit to execute,
     * and the start of the instruction that ran last (for tracebacks and
     * lasti). */
    CodeUnit *next_instr;
    CodeUnit *prev_instr;
    int32_t stacktop;          /* operand stack depth, as an index into localsplus */
    union {
        struct {
            /* This frame was entered from C (eval_frame's caller gets its
             * result): RETURN_VALUE and unwinding stop here. */
            bool is_entry;
            bool heap;         /* owned by a generator, not on the frame stack */
            /* An __init__ frame pushed by CALL_ALLOC_AND_ENTER_INIT: the new
             * instance waits on the caller's stack; RETURN_VALUE checks that
             * __init__ returned None and leaves the instance as the call's
             * result. */
            bool init_shim;
            bool spare_flag_;  /* always false: part of `special` */
        };
        /* The flags above as one word: 0 for a plain Python-to-Python call
         * frame (the return fast path tests this once). The frame pushes
         * clear all four bytes with one store. */
        uint32_t special;
    };
    Value localsplus[];        /* nlocalsplus locals/cells/frees, then the operand stack */
} Frame;

/* The exception state of the frames below a running generator: a
 * generator has its own handled exception (what PUSH_EXC_INFO/POP_EXCEPT
 * in its frame save and restore), linked to its resumer's while it runs, so
 * the handled exception seen inside it is its own or else its resumer's
 * (CPython's exc_info chain). Lives on the C stack of the resume. */
typedef struct ExcOuter {
    Value value;
    struct ExcOuter *outer;
} ExcOuter;

/* Per-thread interpreter state. coil is single-threaded for now: one
 * instance, `eval_ts`. */
typedef struct ThreadState {
    Frame *frame;              /* the running frame (top of the chain) */
    char *stack_base, *stack_top, *stack_limit;
    int depth;                 /* Python frames + C entries into eval */
    int recursion_limit;
    Value exc_info;            /* the innermost level's handled exception, V_NONE if none */
    ExcOuter *exc_outer;       /* the levels outside a running generator, NULL if none */
} ThreadState;

extern ThreadState eval_ts;

/* Operand-stack slots every frame has past co->stacksize: compiled code
 * (jit/) uses them as helper io and scratch (H_TO_BOOL's second output at
 * full depth, the translator's scratch slot). The interpreter never does. */
#define FRAME_JIT_SLACK 2

/* Size in bytes of a frame for code. */
static inline size_t frame_size(const CodeObject *co) {
    return sizeof(Frame) + sizeof(Value) * (size_t)(co->nlocalsplus + co->stacksize + FRAME_JIT_SLACK);
}

/* Reserves the frame stack. Returns -1 (no exception) on failure. */
int frame_stack_init(void);
void frame_stack_fini(void);

/* Slow path of frame_push: reserves the stack if needed, or raises
 * MemoryError. Returns NULL with MemoryError set. */
Frame *frame_push_slow(CodeObject *co, Value func, Value globals, Value builtins, Value locals);

/* Pushes a frame for co on the frame stack with localsplus set to V_NULL
 * and code/func increfed, globals/builtins increfed only when func is
 * V_NULL (else they must be func's, borrowed: see Frame); locals is stored
 * (increfed) as given. Returns NULL with MemoryError set if the stack is exhausted. The
 * frame is not linked into eval_ts.frame: the caller does that.
 * Inline: every Python call goes through here. */
static inline __attribute__((always_inline))
Frame *frame_push(CodeObject *co, Value func, Value globals, Value builtins, Value locals) {
    size_t size = (frame_size(co) + 15) & ~(size_t)15;
    if (__builtin_expect((size_t)(eval_ts.stack_limit - eval_ts.stack_top) < size, 0))
        return frame_push_slow(co, func, globals, builtins, locals);
    Frame *f = (Frame *)eval_ts.stack_top;
    eval_ts.stack_top += size;
    obj_incref(&co->ob);
    f->code = co;
    f->func = func;
    f->globals = globals;
    f->builtins = builtins;
    if (v_is_null(func)) {
        v_incref(globals);
        v_incref(builtins);
    } else {
        v_incref(func);
    }
    f->locals = v_newref(locals);
    f->previous = NULL;
    f->next_instr = co->code;
    f->prev_instr = NULL;
    f->stacktop = co->nlocalsplus;
    f->special = 0;
    Value *lp = f->localsplus;
    for (int32_t i = 0, n = co->nlocalsplus; i < n; i++) lp[i] = V_NULL;
    return f;
}

/* frame_push for a Python function call with exact positional arguments:
 * the frame takes over the caller's references to func (a function whose
 * code is co, globals and builtins fn_globals/fn_builtins) and to the
 * nargs arguments at args; only the other locals are cleared. NULL with
 * MemoryError set (nothing taken) if the stack is exhausted. */
static inline __attribute__((always_inline))
Frame *frame_push_call(CodeObject *co, Value func, Value fn_globals, Value fn_builtins,
                       const Value *args, int nargs) {
    size_t size = (frame_size(co) + 15) & ~(size_t)15;
    if (__builtin_expect((size_t)(eval_ts.stack_limit - eval_ts.stack_top) < size, 0)) {
        Frame *f = frame_push_slow(co, func, fn_globals, fn_builtins, V_NULL);
        if (!f) return NULL;
        for (int i = 0; i < nargs; i++) f->localsplus[i] = args[i];
        v_decref(func);       /* frame_push_slow took its own */
        return f;
    }
    Frame *f = (Frame *)eval_ts.stack_top;
    eval_ts.stack_top += size;
    obj_incref(&co->ob);
    f->code = co;
    f->func = func;
    f->globals = fn_globals;       /* borrowed from func */
    f->builtins = fn_builtins;
    f->locals = V_NULL;
    f->previous = NULL;
    f->next_instr = co->code;
    f->prev_instr = NULL;
    f->stacktop = co->nlocalsplus;
    f->special = 0;
    Value *lp = f->localsplus;
    int32_t i = 0;
    for (; i < nargs; i++) lp[i] = args[i];
    for (int32_t n = co->nlocalsplus; i < n; i++) lp[i] = V_NULL;
    return f;
}

/* Releases every reference a frame owns (locals, stack, code...). */
static inline __attribute__((always_inline)) void frame_clear(Frame *f) {
    Value *lp = f->localsplus;
    for (int32_t i = 0, n = f->stacktop; i < n; i++) v_decref(lp[i]);
    f->stacktop = 0;
    Value func = f->func, locals = f->locals;
    if (v_is_null(func)) {
        /* Module/exec frame: globals and builtins are the frame's own. */
        v_decref(f->globals);
        v_decref(f->builtins);
    }
    f->func = f->globals = f->builtins = f->locals = V_NULL;
    v_decref(locals);
    v_decref(func);           /* last: it kept globals/builtins alive */
    CodeObject *co = f->code;
    f->code = NULL;
    if (co) obj_decref(&co->ob);
}

/* Releases the frame's references and drops it from the top of the stack
 * (f must be the top-most stack frame). */
static inline __attribute__((always_inline)) void frame_pop(Frame *f) {
    frame_clear(f);
    eval_ts.stack_top = (char *)f;
}

/* Code-unit offset of the instruction that ran last. */
static inline int frame_lasti(const Frame *f) {
    return f->prev_instr ? (int)(f->prev_instr - f->code->code) : -1;
}
/* The current line of a frame (for tracebacks and f_lineno). */
int frame_lineno(const Frame *f);

/* locals() for the frame: the locals mapping for module/class code, or a
 * new dict of the bound fast locals (cells dereferenced). New reference. */
/* A dict of the bound names among n local/cell/free slots of code co (cells
 * read through). New reference. */
Value frame_slots_dict(CodeObject *co, const Value *slots, int32_t n);
Value frame_locals_dict(Frame *f);

#endif

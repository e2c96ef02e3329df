/* helpers_call.c: the HELPER uops of tier 2 for calls, attributes,
 * methods, globals/names and iteration (uops.h gives each one's stack
 * contract; helpers.h the signature).
 *
 * Each helper does what vm/eval.c does for its instruction, on io[] instead
 * of the interpreter's stack: inputs io[0..n_in) bottom to top, outputs
 * io[0..n_out). Returns 0 (done), 2 (FOR_ITER exhausted: the iterator is
 * released, nothing output), 1 (deopt: the C stack is low for a call that
 * would recurse in C; nothing consumed or changed) or -1 (an exception is
 * set; the inputs are released as the interpreter's unwinding would release
 * them).
 *
 * Specialised forms read their inline cache from op1: a frozen copy of the
 * instruction's code unit followed by its cache (specialize.h layouts), so
 * `cur` below has the same meaning as in eval.c. They never count misses or
 * rewrite anything. A failed guard does what the interpreter's DEOPT_IF
 * does: the family's generic helper runs the instruction this once (same f,
 * io, oparg; op1 = the kwnames for CALL, else 0) and its status is
 * returned. So a specialised form returns 1 only where its generic form
 * would (the C stack is low), plus LOAD_ATTR_PROPERTY when the C stack is
 * low (its getter recurses in C).
 *
 * Python-to-Python calls push the callee's frame, link it, count it in
 * eval_ts.depth as the interpreter's CALL does, and run it: a callee with
 * live compiled code is entered directly (run_callee), else jit_run_frame
 * (warmup, tier-up, the interpreter); either pops the frame. The plain
 * function forms (CALL_PY_EXACT_ARGS, CALL_BOUND_METHOD_EXACT_ARGS,
 * CALL_PY_WITH_DEFAULTS) share one inlined body, call_py_frame, whose frame
 * takes over the callable's and the arguments' references as eval.c's do.
 */
#include <stdio.h>
#include "helpers.h"
#include "jit.h"
#include "../vm/eval.h"
#include "../vm/frame.h"
#include "../vm/function.h"
#include "../vm/code.h"
#include "../vm/errors.h"
#include "../vm/abstract.h"
#include "../vm/descr.h"
#include "../vm/int.h"
#include "../vm/str.h"
#include "../vm/tuple.h"
#include "../vm/list.h"
#include "../vm/dict.h"
#include "../vm/range.h"
#include "../vm/runtime.h"
#include "../vm/module.h"
#include "../vm/specialize.h"
#include "../vm/classobj.h"

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

/* A strong symbol the link forces in (CMakeLists.txt: --undefined), so
 * this file leaves the static library although the helper table only
 * references its functions weakly. */
const int jit_helpers_call_anchor = 1;

#define HELPER(name) int jit_h_##name(Frame *f, Value *io, int64_t oparg, uint64_t op1, uint64_t op2)
#define UNUSED_ARGS() ((void)f, (void)io, (void)oparg, (void)op1, (void)op2)

static inline Value co_name(Frame *f, int64_t i) { return tuple_items(f->code->names)[i]; }

/* The frozen cache of a specialised form (NULL: none, deopt). */
static inline const CodeUnit *frozen(uint64_t op1) { return (const CodeUnit *)(uintptr_t)op1; }

static void release(Value *io, int64_t n) {
    for (int64_t i = 0; i < n; i++) v_decref(io[i]);
}

static void name_error(Value name) {
    err_format(&Exc_NameError, "name '%s' is not defined", str_data(name));
    err_set_name_context(&Exc_NameError, name, V_NULL);
}

/* eval.c's depth_exceeded after counting one more level. */
static inline bool depth_over_after_push(void) {
    return eval_ts.depth + 1 > eval_ts.recursion_limit + 1;
}

/* Links nf (pushed, arguments in, depth counted) under f and runs it to
 * completion. New reference or V_NULL. A callee with live compiled code is
 * entered directly (its return: as jit_run_frame's; an exit: jit.c finishes
 * the frame); else jit_run_frame (warmup counting, tier-up, interpreter).
 * The callee's JitCodeHead stays valid across the call: nf owns its code
 * object, and co->jit lives as long as the code. */
static inline __attribute__((always_inline)) Value run_callee(Frame *f, Frame *nf) {
    nf->previous = f;
    eval_ts.frame = nf;
    JitCodeHead *h = (JitCodeHead *)nf->code->jit;
    JitEntryFn e = h ? h->entry : NULL;
    if (LIKELY(e != NULL)) {
        uint64_t ret = 0;
        int64_t r = e(nf, &ret);
        if (LIKELY(r == 0)) {
            h->direct_returns++;
            eval_ts.depth--;
            eval_ts.frame = f;
            frame_pop(nf);
            return (Value)ret;
        }
        return jit_finish_exit(nf, r, e);
    }
    return jit_run_frame(nf);
}

/* The common tail of the plain-function call forms once their guards
 * passed: pushes fn's frame (code nco) taking over the callable's reference
 * and the nargs arguments' at args (frame_push_call), the argcount - nargs
 * missing parameters from fn's defaults tuple, counts the level and runs
 * it. io[0] = the result (0) or -1; on MemoryError the nin operands at io
 * are released. */
static inline __attribute__((always_inline))
int call_py_frame(Frame *f, Value *io, int64_t nin, Value callable, FunctionObject *fn,
                  CodeObject *nco, const Value *args, int nargs) {
    Frame *nf = frame_push_call(nco, callable, fn->globals, fn->builtins, args, nargs);
    if (UNLIKELY(!nf)) {
        release(io, nin);
        return -1;
    }
    if (nargs < nco->argcount) {
        Value defaults = fn->defaults;   /* borrowed: the frame holds fn */
        int64_t nd = tuple_size(defaults);
        const Value *dv = tuple_items(defaults) + (nd - (nco->argcount - nargs));
        for (int i = nargs; i < nco->argcount; i++) nf->localsplus[i] = v_newref(*dv++);
    }
    eval_ts.depth++;
    Value r = run_callee(f, nf);
    if (UNLIKELY(v_is_null(r))) return -1;
    io[0] = r;
    return 0;
}

/* ======================================================================
 * Calls: io = [NULL|meth, callable|self, args...], n_in oparg + 2,
 * op1 = kwnames (a tuple Value) or V_NULL. Output io[0] = result.
 * ====================================================================== */

/* The function case of generic CALL: callable is a Python function (its
 * reference is io[0] or io[1]), args = the ntotal arguments (npos
 * positional). Consumes every operand. */
static int call_python(Frame *f, Value *io, int64_t oparg, Value callable,
                       Value *args, size_t ntotal, size_t npos, Value kw) {
    FunctionObject *fn = v_as_function(callable);
    CodeObject *nco = v_as_code(fn->code);
    eval_ts.depth++;
    if (UNLIKELY(eval_ts.depth > eval_ts.recursion_limit + 1)) {
        eval_ts.depth--;
        err_format(&Exc_RecursionError, "maximum recursion depth exceeded");
        release(io, oparg + 2);
        return -1;
    }
    Frame *nf = frame_push(nco, callable, fn->globals, fn->builtins, V_NULL);
    if (UNLIKELY(!nf)) {
        eval_ts.depth--;
        release(io, oparg + 2);
        return -1;
    }
    if (LIKELY(v_is_null(kw) && npos == (size_t)nco->argcount &&
               !(nco->flags & (CO_VARARGS | CO_VARKEYWORDS)) && nco->kwonlyargcount == 0)) {
        for (size_t i = 0; i < npos; i++) nf->localsplus[i] = args[i];
    } else {
        if (UNLIKELY(function_bind_args(fn, nf->localsplus, args, npos, kw) < 0)) {
            frame_pop(nf);
            eval_ts.depth--;
            release(io, oparg + 2);
            return -1;
        }
        for (size_t i = 0; i < ntotal; i++) v_decref(args[i]);
    }
    v_decref(callable);   /* the frame holds its own reference */
    Value r = run_callee(f, nf);
    if (UNLIKELY(v_is_null(r))) return -1;
    io[0] = r;
    return 0;
}

HELPER(H_CALL) {
    (void)op2;
    if (UNLIKELY(jit_c_stack_low())) return 1;
    int is_meth = !v_is_null(io[0]);
    Value callable = is_meth ? io[0] : io[1];
    size_t ntotal = (size_t)oparg + (size_t)is_meth;
    Value *args = io + 2 - is_meth;
    Value kw = (Value)op1;
    size_t npos = ntotal - (v_is_null(kw) ? 0 : (size_t)tuple_size(kw));
    if (!is_meth && v_is_type(callable, &BoundMethodType)) {
        /* Unpack a bound method into the [meth, self] form. */
        BoundMethodObject *bm = (BoundMethodObject *)v_as_obj(callable);
        Value fn = v_newref(bm->func), s = v_newref(bm->self);
        io[0] = fn;
        io[1] = s;
        v_decref(callable);
        callable = fn;
        args = io + 1;
        ntotal++;
        npos++;
        is_meth = 1;
    }
    if (v_is_function(callable))
        return call_python(f, io, oparg, callable, args, ntotal, npos, kw);
    Value res;
    if (v_is_type(callable, &BuiltinFunctionType)) {
        BuiltinFunctionObject *bf = (BuiltinFunctionObject *)v_as_obj(callable);
        res = bf->fn(bf->self, args, npos, kw);
    } else if (v_is_type(callable, &MethodDescrType) && npos >= 1 &&
               ((MethodDescrObject *)v_as_obj(callable))->def->flags == 0 &&
               (v_type(args[0]) == ((MethodDescrObject *)v_as_obj(callable))->owner ||
                type_is_subtype(v_type(args[0]), ((MethodDescrObject *)v_as_obj(callable))->owner))) {
        const MethodDef *def = ((MethodDescrObject *)v_as_obj(callable))->def;
        res = def->fn(args[0], args + 1, npos - 1, kw);
    } else {
        res = obj_call(callable, args, npos, kw);
    }
    release(io, oparg + 2);
    if (UNLIKELY(v_is_null(res))) return -1;
    io[0] = res;
    return 0;
}

/* CALL_PY_EXACT_ARGS's guards for callable with nargs positional
 * arguments; true when the form applies. */
static inline bool py_exact_ok(Value callable, int64_t nargs, Value kw) {
    if (!v_is_null(kw) || !v_is_function(callable)) return false;
    CodeObject *nco = v_as_code(v_as_function(callable)->code);
    if (nco->argcount != nargs || (nco->flags & (CO_VARARGS | CO_VARKEYWORDS)) ||
        nco->kwonlyargcount != 0)
        return false;
    /* Recursion too deep: the interpreter's generic form raises the error. */
    return !depth_over_after_push();
}

/* A miss of a CALL form: the generic CALL (kwnames in op1 in both). When
 * the recursion is too deep that raises the RecursionError the
 * interpreter's generic CALL raises, at this instruction. */
#define CALL_MISS() jit_h_H_CALL(f, io, oparg, op1, op2)

HELPER(H_CALL_PY_EXACT_ARGS) {
    int is_meth = !v_is_null(io[0]);
    Value callable = io[1 - is_meth];
    int nargs = (int)oparg + is_meth;
    if (UNLIKELY(!py_exact_ok(callable, nargs, (Value)op1))) return CALL_MISS();
    if (UNLIKELY(jit_c_stack_low())) return 1;
    FunctionObject *fn = v_as_function(callable);
    return call_py_frame(f, io, oparg + 2, callable, fn, v_as_code(fn->code),
                         io + 2 - is_meth, nargs);
}

/* H_CALL_PY_SELF (uops.h): CALL_PY_EXACT_ARGS where the translator
 * expects the callee to run the code being compiled (self-recursion), with
 * nargs = oparg a constant per case below. What the translator proved of
 * the code object (argcount, no varargs, varkeywords or kw-only, no kwnames) is not
 * re-checked; the callable is (a function whose __code__ is op1, io[0]
 * NULL), as is the recursion depth. The frame push is frame_push_call with
 * the size (op2) and nargs known; the callee is entered as run_callee does. */
static inline __attribute__((always_inline))
int call_self_n(Frame *f, Value *io, int64_t oparg, uint64_t op1, uint64_t op2, const int nargs) {
    Value callable = io[1];
    CodeObject *co = (CodeObject *)(uintptr_t)op1;
    if (UNLIKELY(!v_is_null(io[0]) || !v_is_function(callable) ||
                 v_as_function(callable)->code != v_from_obj(co) || depth_over_after_push()))
        return jit_h_H_CALL_PY_EXACT_ARGS(f, io, oparg, (uint64_t)V_NULL, 0);
    if (UNLIKELY(jit_c_stack_low())) return 1;
    FunctionObject *fn = v_as_function(callable);
    size_t size = (size_t)op2;
    if (UNLIKELY((size_t)(eval_ts.stack_limit - eval_ts.stack_top) < size))
        return call_py_frame(f, io, nargs + 2, callable, fn, co, io + 2, nargs);
    Frame *nf = (Frame *)eval_ts.stack_top;
    eval_ts.stack_top += size;
    co->ob.refcnt++;
    nf->code = co;
    nf->func = callable;
    nf->globals = fn->globals;     /* borrowed from func (frame.h) */
    nf->builtins = fn->builtins;
    nf->locals = V_NULL;
    nf->previous = f;
    nf->next_instr = co->code;
    nf->prev_instr = NULL;
    int32_t nlp = co->nlocalsplus;
    nf->stacktop = nlp;
    nf->special = 0;
    Value *lp = nf->localsplus;
    for (int i = 0; i < nargs; i++) lp[i] = io[2 + i];
    for (int32_t i = nargs; i < nlp; i++) lp[i] = V_NULL;
    eval_ts.depth++;
    eval_ts.frame = nf;
    JitCodeHead *h = (JitCodeHead *)co->jit;
    JitEntryFn e = h ? h->entry : NULL;
    Value r;
    if (LIKELY(e != NULL)) {
        uint64_t ret = 0;
        int64_t st = e(nf, &ret);
        if (UNLIKELY(st != 0)) {
            r = jit_finish_exit(nf, st, e);
        } else {
            h->direct_returns++;
            eval_ts.depth--;
            eval_ts.frame = f;
            frame_pop(nf);
            r = (Value)ret;
        }
    } else {
        r = jit_run_frame(nf);
    }
    if (UNLIKELY(v_is_null(r))) return -1;
    io[0] = r;
    return 0;
}

/* The inline H_CALL_PY_SELF (a backend's fast path, llvm_backend.c): the
 * callee's code returned st != 0; as run_callee's exit. The frame borrowed
 * its code and function references from the caller until now (uops.h): it
 * takes its own, which the interpreter's frame_pop releases. */
uint64_t jit_call_finish(void *nf, int64_t st, void *entry) {
    obj_incref(&((Frame *)nf)->code->ob);
    v_incref(((Frame *)nf)->func);
    return (uint64_t)jit_finish_exit((Frame *)nf, st, (JitEntryFn)entry);
}

/* The inline direct call of another function (llvm_backend.c
 * lower_call_direct): the callee's code returned st != 0; its frame owns
 * its code reference, as frame_push_call's. */
uint64_t jit_call_exit(void *nf, int64_t st, void *entry) {
    return (uint64_t)jit_finish_exit((Frame *)nf, st, (JitEntryFn)entry);
}

HELPER(H_CALL_PY_SELF) {
    switch (oparg) {
    case 0: return call_self_n(f, io, oparg, op1, op2, 0);
    case 1: return call_self_n(f, io, oparg, op1, op2, 1);
    case 2: return call_self_n(f, io, oparg, op1, op2, 2);
    case 3: return call_self_n(f, io, oparg, op1, op2, 3);
    default: return jit_h_H_CALL_PY_EXACT_ARGS(f, io, oparg, (uint64_t)V_NULL, 0);
    }
}

HELPER(H_CALL_BOUND_METHOD_EXACT_ARGS) {
    Value callable = io[1];
    if (UNLIKELY(!v_is_null(io[0]) || !v_is_type(callable, &BoundMethodType))) return CALL_MISS();
    BoundMethodObject *bm = (BoundMethodObject *)v_as_obj(callable);
    if (UNLIKELY(!py_exact_ok(bm->func, oparg + 1, (Value)op1))) return CALL_MISS();
    if (UNLIKELY(jit_c_stack_low())) return 1;
    Value func = v_newref(bm->func);
    io[0] = func;
    io[1] = v_newref(bm->self);
    obj_decref(&bm->ob);
    FunctionObject *fn = v_as_function(func);
    return call_py_frame(f, io, oparg + 2, func, fn, v_as_code(fn->code), io + 1,
                         (int)oparg + 1);
}

/* CALL_PY_WITH_DEFAULTS (eval.c): as CALL_PY_EXACT_ARGS with
 * argcount - len(defaults) <= nargs < argcount. */
HELPER(H_CALL_PY_WITH_DEFAULTS) {
    int is_meth = !v_is_null(io[0]);
    Value callable = io[1 - is_meth];
    int nargs = (int)oparg + is_meth;
    if (UNLIKELY(!v_is_null((Value)op1) || !v_is_function(callable))) return CALL_MISS();
    FunctionObject *fn = v_as_function(callable);
    CodeObject *nco = v_as_code(fn->code);
    if (UNLIKELY(nco->argcount <= nargs || (nco->flags & (CO_VARARGS | CO_VARKEYWORDS)) ||
                 nco->kwonlyargcount != 0 || !v_is_tuple(fn->defaults) ||
                 nco->argcount - tuple_size(fn->defaults) > nargs ||
                 depth_over_after_push()))
        return CALL_MISS();
    if (UNLIKELY(jit_c_stack_low())) return 1;
    return call_py_frame(f, io, oparg + 2, callable, fn, nco, io + 2 - is_meth, nargs);
}

HELPER(H_CALL_BUILTIN) {
    UNUSED_ARGS();
    int is_meth = !v_is_null(io[0]);
    Value callable = is_meth ? io[0] : io[1];
    if (UNLIKELY(!v_is_type(callable, &BuiltinFunctionType))) return CALL_MISS();
    if (UNLIKELY(jit_c_stack_low())) return 1;
    size_t ntotal = (size_t)oparg + (size_t)is_meth;
    Value *args = io + 2 - is_meth;
    Value kw = (Value)op1;
    size_t npos = ntotal - (v_is_null(kw) ? 0 : (size_t)tuple_size(kw));
    BuiltinFunctionObject *bf = (BuiltinFunctionObject *)v_as_obj(callable);
    Value res = bf->fn(bf->self, args, npos, kw);
    release(io, oparg + 2);
    if (UNLIKELY(v_is_null(res))) return -1;
    io[0] = res;
    return 0;
}

HELPER(H_CALL_METHOD_DESCR) {
    UNUSED_ARGS();
    Value callable = io[0];
    if (UNLIKELY(!v_is_type(callable, &MethodDescrType) || !v_is_null((Value)op1)))
        return CALL_MISS();
    MethodDescrObject *md = (MethodDescrObject *)v_as_obj(callable);
    Value self = io[1];
    if (UNLIKELY(md->def->flags != 0 ||
                 (v_type(self) != md->owner && !type_is_subtype(v_type(self), md->owner))))
        return CALL_MISS();
    if (UNLIKELY(jit_c_stack_low())) return 1;
    Value res = md->def->fn(self, io + 2, (size_t)oparg, V_NULL);
    release(io, oparg + 2);
    if (UNLIKELY(v_is_null(res))) return -1;
    io[0] = res;
    return 0;
}

HELPER(H_CALL_TYPE_1) {
    UNUSED_ARGS();
    if (UNLIKELY(oparg != 1 || !v_is_null(io[0]) || io[1] != v_from_obj(&TypeType) ||
                 !v_is_null((Value)op1)))
        return CALL_MISS();
    Value arg = io[2];
    Value res = v_from_obj(v_type(arg));
    v_incref(res);
    v_decref(arg);
    io[0] = res;          /* NULL and type (immortal): nothing to release */
    return 0;
}

HELPER(H_CALL_ALLOC_AND_ENTER_INIT) {
    Value callable = io[1];
    if (UNLIKELY(!v_is_null(io[0]) || !v_is_null((Value)op1) || !v_is_ptr(callable) ||
                 v_as_obj(callable)->type != &TypeType))
        return CALL_MISS();
    TypeObject *t = (TypeObject *)v_as_obj(callable);
    if (UNLIKELY(!type_is_heap(t) ||
                 (as_heaptype(t)->init_version != t->version && !type_spec_init(t))))
        return CALL_MISS();
    Value init = as_heaptype(t)->init_func;
    FunctionObject *fn = v_as_function(init);
    CodeObject *nco = v_as_code(fn->code);
    if (UNLIKELY(nco->argcount < oparg + 1 || nco->kwonlyargcount != 0 ||
                 (nco->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_SPEC_NOT_PLAIN))))
        return CALL_MISS();
    /* An __init__ with defaults: the missing parameters from them. */
    int64_t ndef = nco->argcount - (oparg + 1);
    if (UNLIKELY(ndef && (!v_is_tuple(fn->defaults) || tuple_size(fn->defaults) < ndef)))
        return CALL_MISS();
    if (UNLIKELY(depth_over_after_push())) return CALL_MISS();
    if (UNLIKELY(jit_c_stack_low())) return 1;
    Value self = type_alloc_plain(t);
    Frame *nf = v_is_null(self) ? NULL : frame_push(nco, init, fn->globals, fn->builtins, V_NULL);
    if (UNLIKELY(!nf)) {
        v_decref(self);
        release(io, oparg + 2);
        return -1;
    }
    eval_ts.depth++;
    nf->localsplus[0] = v_newref(self);
    for (int64_t i = 0; i < oparg; i++) nf->localsplus[i + 1] = io[2 + i];
    if (ndef) {
        const Value *dv = tuple_items(fn->defaults) + (tuple_size(fn->defaults) - ndef);
        for (int64_t i = 0; i < ndef; i++) nf->localsplus[oparg + 1 + i] = v_newref(dv[i]);
    }
    obj_decref(&t->ob);   /* the instance holds its own reference to its class */
    Value r = run_callee(f, nf);
    if (UNLIKELY(v_is_null(r))) {
        v_decref(self);
        return -1;
    }
    if (UNLIKELY(r != V_NONE)) {
        err_format(&Exc_TypeError, "__init__() should return None, not '%s'", v_type_name(r));
        v_decref(r);
        v_decref(self);
        return -1;
    }
    io[0] = self;
    return 0;
}

HELPER(H_CALL_BUILTIN_CLASS) {
    UNUSED_ARGS();
    Value callable = io[1];
    if (UNLIKELY(!v_is_null(io[0]) || !v_is_ptr(callable) || v_as_obj(callable)->type != &TypeType))
        return CALL_MISS();
    TypeObject *t = (TypeObject *)v_as_obj(callable);
    if (UNLIKELY(type_is_heap(t) || !t->construct)) return CALL_MISS();
    if (UNLIKELY(jit_c_stack_low())) return 1;
    Value kw = (Value)op1;
    size_t npos = (size_t)oparg - (v_is_null(kw) ? 0 : (size_t)tuple_size(kw));
    Value res = t->construct(t, io + 2, npos, kw);
    release(io, oparg + 2);
    if (UNLIKELY(v_is_null(res))) return -1;
    io[0] = res;
    return 0;
}

HELPER(H_CALL_ISINSTANCE) {
    UNUSED_ARGS();
    Value callable = io[1], inst = io[2], cls = io[3];
    if (UNLIKELY(oparg != 2 || !v_is_null(io[0]) || !v_is_null((Value)op1) ||
                 !v_is_type(callable, &BuiltinFunctionType) ||
                 ((BuiltinFunctionObject *)v_as_obj(callable))->fn != spec_isinstance_fn ||
                 !v_is_ptr(cls) || (v_as_obj(cls)->type != &TypeType && v_as_obj(cls)->type != &TupleType)))
        return CALL_MISS();
    int r = isinstance_quick(inst, cls);
    if (r == -2) {
        if (UNLIKELY(jit_c_stack_low())) return 1;
        r = obj_isinstance(inst, cls);
        if (UNLIKELY(r < 0)) {
            release(io, 4);
            return -1;
        }
    }
    release(io, 4);
    io[0] = v_from_bool(r);
    return 0;
}

/* [NULL, f, args(, kwargs)] -> [res]; oparg & 1: kwargs present. */
HELPER(H_CALL_FUNCTION_EX) {
    (void)f; (void)op1; (void)op2;
    if (UNLIKELY(jit_c_stack_low())) return 1;
    Value kwargs = (oparg & 1) ? io[3] : V_NULL;
    Value args = io[2], func = io[1];
    Value res;
    if (!v_is_tuple(args) && v_type(args)->iter == NULL && v_type(args)->getitem == NULL) {
        char d[200];
        callable_desc(func, d, sizeof d);
        err_format(&Exc_TypeError, "%s argument after * must be an iterable, not %s",
                   d, v_type_name(args));
        res = V_NULL;
    } else {
        res = call_function_ex(func, args, kwargs);
    }
    release(io, 3 + (oparg & 1));
    if (UNLIKELY(v_is_null(res))) return -1;
    io[0] = res;
    return 0;
}

/* [defaults?, kwdefaults?, annotations?, closure?, code] -> [fn]. */
HELPER(H_MAKE_FUNCTION) {
    (void)op1; (void)op2;
    int n = __builtin_popcount((unsigned)oparg & 0xF);
    Value code = io[n];
    Value fv = function_new(code, f->globals);
    v_decref(code);
    if (UNLIKELY(v_is_null(fv))) {
        release(io, n);
        return -1;
    }
    FunctionObject *fn = v_as_function(fv);
    int k = n;   /* the extras, popped from the top down */
    if (oparg & 8) fn->closure = io[--k];
    if (oparg & 4) {
        fn->annotations = annotations_dict(io[--k]);
        if (UNLIKELY(v_is_null(fn->annotations))) {
            v_decref(fv);
            release(io, k);
            return -1;
        }
    }
    if (oparg & 2) fn->kwdefaults = io[--k];
    if (oparg & 1) fn->defaults = io[--k];
    io[0] = fv;
    return 0;
}

/* ======================================================================
 * Attributes
 * ====================================================================== */

HELPER(H_LOAD_ATTR) {
    (void)op1; (void)op2;
    Value owner = io[0];
    Value v = obj_getattr(owner, co_name(f, oparg));
    v_decref(owner);
    if (UNLIKELY(v_is_null(v))) return -1;
    io[0] = v;
    return 0;
}

/* Misses of the specialised forms: the generic helper (no cache). */
#define ATTR_MISS() jit_h_H_LOAD_ATTR(f, io, oparg, 0, 0)
#define STORE_ATTR_MISS() jit_h_H_STORE_ATTR(f, io, oparg, 0, 0)
#define METHOD_MISS() jit_h_H_LOAD_METHOD(f, io, oparg, 0, 0)

HELPER(H_LOAD_ATTR_INSTANCE_VALUE) {
    (void)op2;
    const CodeUnit *cur = frozen(op1);
    Value owner = io[0];
    if (UNLIKELY(!cur || !v_is_ptr(owner))) return ATTR_MISS();
    TypeObject *t = v_as_obj(owner)->type;
    if (UNLIKELY(t->version != cache_u32(cur + 2))) return ATTR_MISS();
    Value d = *(Value *)((char *)v_as_obj(owner) + t->dictoffset);
    if (UNLIKELY(!v_is_dict(d))) return ATTR_MISS();
    DictObject *dd = v_as_dict(d);
    unsigned i = cur[4];
    if (UNLIKELY(i >= (uint64_t)dd->nentries || dd->entries[i].key != co_name(f, oparg))) return ATTR_MISS();
    Value v = v_newref(dd->entries[i].value);
    obj_decref(v_as_obj(owner));
    io[0] = v;
    return 0;
}

HELPER(H_LOAD_ATTR_INSTANCE_SHAPE) {
    (void)op2;
    const CodeUnit *cur = frozen(op1);
    Value owner = io[0];
    if (UNLIKELY(!cur || !v_is_ptr(owner))) return ATTR_MISS();
    TypeObject *t = v_as_obj(owner)->type;
    if (UNLIKELY(t->version != cache_u32(cur + 2))) return ATTR_MISS();
    Shape *cs = (Shape *)(uintptr_t)cache_u64(cur + 5);
    InlineAttrs *ia = inline_attrs_at(v_as_obj(owner), t->dictoffset);
    Value v;
    if (LIKELY(ia->shape == cs)) {
        v = v_newref(ia->values[cur[4]]);
    } else {
        Value d = *(Value *)((char *)v_as_obj(owner) + t->dictoffset);
        if (UNLIKELY(!v_is_attrs(d))) return ATTR_MISS();
        AttrsObject *a = (AttrsObject *)v_as_obj(d);
        if (UNLIKELY(a->shape != cs)) return ATTR_MISS();
        v = v_newref(a->values[cur[4]]);
    }
    obj_decref(v_as_obj(owner));
    io[0] = v;
    return 0;
}

/* The _MODULE forms of LOAD_ATTR and LOAD_METHOD: owner is a module whose
 * dict holds the name at entry cur[4]. Returns the entry's value
 * (borrowed), or V_NULL when the guard fails. */
static Value module_entry(Frame *f, const CodeUnit *cur, Value owner, int64_t oparg) {
    if (UNLIKELY(!cur || !v_is_type(owner, &ModuleType))) return V_NULL;
    DictObject *dd = v_as_dict(((ModuleObject *)v_as_obj(owner))->dict);
    unsigned i = cur[4];
    if (UNLIKELY(i >= (uint64_t)dd->nentries || dd->entries[i].key != co_name(f, oparg))) return V_NULL;
    return dd->entries[i].value;
}

HELPER(H_LOAD_ATTR_MODULE) {
    (void)op2;
    Value owner = io[0];
    Value v = module_entry(f, frozen(op1), owner, oparg);
    if (UNLIKELY(v_is_null(v))) return ATTR_MISS();
    io[0] = v_newref(v);
    obj_decref(v_as_obj(owner));
    return 0;
}

HELPER(H_LOAD_ATTR_CLASS) {
    (void)op2;
    const CodeUnit *cur = frozen(op1);
    Value owner = io[0];
    if (!cur || !v_is_type(owner, &TypeType) ||
        ((TypeObject *)v_as_obj(owner))->version != cache_u32(cur + 2))
        return ATTR_MISS();
    Value v = v_newref((Value)cache_u64(cur + 5));
    obj_decref(v_as_obj(owner));
    io[0] = v;
    return 0;
}

HELPER(H_LOAD_ATTR_PROPERTY) {
    (void)op2;
    const CodeUnit *cur = frozen(op1);
    Value owner = io[0];
    if (UNLIKELY(!cur || v_type(owner)->version != cache_u32(cur + 2))) return ATTR_MISS();
    /* The getter runs through a C entry into the interpreter. */
    if (UNLIKELY(jit_c_stack_low())) return 1;
    Value prop = (Value)cache_u64(cur + 5);
    Value v = PropertyType.descr_get(prop, owner, v_from_obj(v_type(owner)));
    v_decref(owner);
    if (UNLIKELY(v_is_null(v))) return -1;
    io[0] = v;
    return 0;
}

/* [v, o] -> [] */
HELPER(H_STORE_ATTR) {
    (void)op1; (void)op2;
    Value owner = io[1], v = io[0];
    int r = obj_setattr(owner, co_name(f, oparg), v);
    v_decref(owner);
    v_decref(v);
    return r < 0 ? -1 : 0;
}

/* STORE_ATTR_SHAPE(_POLY) once the guard passed: t uses shapes. */
static int store_attr_shape_body(Frame *f, Value *io, int64_t oparg, const CodeUnit *cur, TypeObject *t) {
    Value owner = io[1], v = io[0];
    Value d = *(Value *)((char *)v_as_obj(owner) + t->dictoffset);
    Value name = co_name(f, oparg);
    InlineAttrs *ia = inline_attrs_at(v_as_obj(owner), t->dictoffset);
    Shape *is = ia->shape;
    unsigned ii = cur[4];
    if (LIKELY(ii < is->nslots && is->names[ii] == name)) {
        Value old = ia->values[ii];
        ia->values[ii] = v;
        obj_decref(v_as_obj(owner));
        v_decref(old);
        return 0;
    } else if (ii == is->nslots && ii < INLINE_NSLOTS && is->nnext == 1 && is->next[0]->names[ii] == name) {
        ia->values[ii] = v;
        ia->shape = is->next[0];
        obj_decref(v_as_obj(owner));
        return 0;
    } else if (is == &shape_root) {
        Shape *fs = t->first_shape;
        if (fs && fs->names[0] == name) {
            ia->values[0] = v;
            ia->shape = fs;
            obj_decref(v_as_obj(owner));
            return 0;
        }
    } else if (v_is_attrs(d)) {
        AttrsObject *a = (AttrsObject *)v_as_obj(d);
        Shape *s = a->shape;
        unsigned i = cur[4];
        if (LIKELY(i < s->nslots && s->names[i] == name)) {
            Value old = a->values[i];
            a->values[i] = v;
            obj_decref(v_as_obj(owner));
            v_decref(old);
            return 0;
        }
        if (i == s->nslots && i < a->cap && s->nnext == 1 && s->next[0]->names[i] == name) {
            a->values[i] = v;
            a->shape = s->next[0];
            obj_decref(v_as_obj(owner));
            return 0;
        }
    }
    int r = instance_set_attr(owner, name, v);
    obj_decref(v_as_obj(owner));
    v_decref(v);
    return r < 0 ? -1 : 0;
}

HELPER(H_STORE_ATTR_SHAPE) {
    (void)op2;
    const CodeUnit *cur = frozen(op1);
    Value owner = io[1];
    if (UNLIKELY(!cur || !v_is_ptr(owner))) return STORE_ATTR_MISS();
    TypeObject *t = v_as_obj(owner)->type;
    if (UNLIKELY(t->version != cache_u32(cur + 2))) return STORE_ATTR_MISS();
    return store_attr_shape_body(f, io, oparg, cur, t);
}

HELPER(H_STORE_ATTR_SHAPE_POLY) {
    (void)op2;
    const CodeUnit *cur = frozen(op1);
    Value owner = io[1];
    if (UNLIKELY(!cur || !v_is_ptr(owner))) return STORE_ATTR_MISS();
    TypeObject *t = v_as_obj(owner)->type;
    if (UNLIKELY(!type_is_plain(t))) return STORE_ATTR_MISS();
    return store_attr_shape_body(f, io, oparg, cur, t);
}

HELPER(H_LOAD_ATTR_SHAPE_POLY) {
    (void)op2;
    const CodeUnit *cur = frozen(op1);
    Value owner = io[0];
    if (UNLIKELY(!cur || !v_is_ptr(owner))) return ATTR_MISS();
    TypeObject *t = v_as_obj(owner)->type;
    if (UNLIKELY(!type_is_plain(t))) return ATTR_MISS();
    InlineAttrs *ia = inline_attrs_at(v_as_obj(owner), t->dictoffset);
    Shape *s = ia->shape;
    Value *vals = ia->values;
    if (UNLIKELY(s == &shape_none)) {
        Value d = *(Value *)((char *)v_as_obj(owner) + t->dictoffset);
        if (UNLIKELY(!v_is_attrs(d))) return ATTR_MISS();
        s = ((AttrsObject *)v_as_obj(d))->shape;
        vals = ((AttrsObject *)v_as_obj(d))->values;
    }
    Value name = co_name(f, oparg);
    unsigned i = cur[4];
    if (UNLIKELY(s != (Shape *)(uintptr_t)cache_u64(cur + 5) && (i >= s->nslots || s->names[i] != name))) {
        int k = shape_index(s, name);
        if (k < 0) return ATTR_MISS();
        i = (unsigned)k;
    }
    Value v = v_newref(vals[i]);
    obj_decref(v_as_obj(owner));
    io[0] = v;
    return 0;
}

HELPER(H_LOAD_METHOD_POLY) {
    (void)op2;
    const CodeUnit *cur = frozen(op1);
    Value owner = io[0];
    if (UNLIKELY(!cur || !v_is_ptr(owner))) return METHOD_MISS();
    TypeObject *t = v_as_obj(owner)->type;
    if (UNLIKELY(!type_is_plain(t))) return METHOD_MISS();
    Value d = *(Value *)((char *)v_as_obj(owner) + t->dictoffset);
    Value name = co_name(f, oparg);
    Shape *s = inline_attrs_at(v_as_obj(owner), t->dictoffset)->shape;
    if (LIKELY(s != &shape_none) || v_is_attrs(d)) {
        if (s == &shape_none) s = ((AttrsObject *)v_as_obj(d))->shape;
        if (UNLIKELY(s->id != cur[4] && shape_index(s, name) >= 0)) return METHOD_MISS();
    } else if (!v_is_null(d)) {
        return METHOD_MISS();
    }
    Value meth = type_lookup_interned(t, name);
    if (UNLIKELY(!v_is_function(meth))) return METHOD_MISS();
    io[0] = v_newref(meth);
    io[1] = owner;
    return 0;
}

HELPER(H_STORE_ATTR_INSTANCE_VALUE) {
    (void)op2;
    const CodeUnit *cur = frozen(op1);
    Value owner = io[1], v = io[0];
    if (UNLIKELY(!cur || !v_is_ptr(owner))) return STORE_ATTR_MISS();
    TypeObject *t = v_as_obj(owner)->type;
    if (UNLIKELY(t->version != cache_u32(cur + 2))) return STORE_ATTR_MISS();
    Value *dp = (Value *)((char *)v_as_obj(owner) + t->dictoffset);
    Value name = co_name(f, oparg);
    if (LIKELY(v_is_dict(*dp))) {
        DictObject *dd = v_as_dict(*dp);
        unsigned i = cur[4];
        if (LIKELY(i < (uint64_t)dd->nentries && dd->entries[i].key == name)) {
            Value old = dd->entries[i].value;
            dd->entries[i].value = v;
            obj_decref(v_as_obj(owner));
            v_decref(old);
            return 0;
        }
    }
    int r = instance_set_attr(owner, name, v);
    obj_decref(v_as_obj(owner));
    v_decref(v);
    return r < 0 ? -1 : 0;
}

/* [o] -> [] */
HELPER(H_DELETE_ATTR) {
    (void)op1; (void)op2;
    Value owner = io[0];
    int r = obj_setattr(owner, co_name(f, oparg), V_NULL);
    v_decref(owner);
    return r < 0 ? -1 : 0;
}

/* [o] -> [meth, o] or [NULL, attr] */
HELPER(H_LOAD_METHOD) {
    (void)op1; (void)op2;
    Value owner = io[0];
    bool is_method = false;
    Value m = obj_get_method(owner, co_name(f, oparg), &is_method);
    if (UNLIKELY(v_is_null(m))) {
        v_decref(owner);
        return -1;
    }
    if (is_method) {
        io[0] = m;
        io[1] = owner;
    } else {
        v_decref(owner);
        io[0] = V_NULL;
        io[1] = m;
    }
    return 0;
}

HELPER(H_LOAD_METHOD_WITH_DICT) {
    (void)op2;
    const CodeUnit *cur = frozen(op1);
    Value owner = io[0];
    if (UNLIKELY(!cur || !v_is_ptr(owner))) return METHOD_MISS();
    TypeObject *t = v_as_obj(owner)->type;
    if (UNLIKELY(t->version != cache_u32(cur + 2))) return METHOD_MISS();
    Value d = *(Value *)((char *)v_as_obj(owner) + t->dictoffset);
    Value name = co_name(f, oparg);
    if (v_is_null(d) && (t->flags & TPFLAG_INLINE_ATTRS)) {
        Shape *s = inline_attrs_at(v_as_obj(owner), t->dictoffset)->shape;
        if (UNLIKELY(s->id != cur[4] && shape_index(s, name) >= 0)) return METHOD_MISS();
    } else if (v_is_attrs(d)) {
        Shape *s = ((AttrsObject *)v_as_obj(d))->shape;
        if (UNLIKELY(s->id != cur[4] && shape_index(s, name) >= 0)) return METHOD_MISS();
    } else {
        if (UNLIKELY(!v_is_null(d) && !v_is_null(dict_get_str(d, name)))) return METHOD_MISS();
    }
    io[0] = v_newref((Value)cache_u64(cur + 5));
    io[1] = owner;
    return 0;
}

HELPER(H_LOAD_METHOD_NO_DICT) {
    (void)op2;
    const CodeUnit *cur = frozen(op1);
    Value owner = io[0];
    if (UNLIKELY(!cur || v_type(owner)->version != cache_u32(cur + 2))) return METHOD_MISS();
    io[0] = v_newref((Value)cache_u64(cur + 5));
    io[1] = owner;
    return 0;
}

HELPER(H_LOAD_METHOD_MODULE) {
    (void)op2;
    Value owner = io[0];
    Value v = module_entry(f, frozen(op1), owner, oparg);
    if (UNLIKELY(v_is_null(v))) return METHOD_MISS();
    io[0] = V_NULL;
    io[1] = v_newref(v);
    obj_decref(v_as_obj(owner));
    return 0;
}

/* ======================================================================
 * Globals and names
 * ====================================================================== */

static inline int push_global(Value *io, int64_t oparg, Value v) {
    if (oparg & 1) {
        io[0] = V_NULL;
        io[1] = v_newref(v);
    } else {
        io[0] = v_newref(v);
    }
    return 0;
}

/* [] -> [NULL, v] if oparg & 1 else [v] */
HELPER(H_LOAD_GLOBAL) {
    (void)op1; (void)op2;
    Value name = co_name(f, oparg >> 1);
    Value v = dict_get_str(f->globals, name);
    if (v_is_null(v)) {
        v = dict_get_str(f->builtins, name);
        if (UNLIKELY(v_is_null(v))) {
            name_error(name);
            return -1;
        }
    }
    return push_global(io, oparg, v);
}

#define GLOBAL_MISS() jit_h_H_LOAD_GLOBAL(f, io, oparg, 0, 0)

HELPER(H_LOAD_GLOBAL_MODULE) {
    (void)op2;
    const CodeUnit *cur = frozen(op1);
    if (UNLIKELY(!cur || !v_is_dict(f->globals))) return GLOBAL_MISS();
    DictObject *g = v_as_dict(f->globals);
    unsigned i = cur[2];
    if (UNLIKELY(i >= (uint64_t)g->nentries || g->entries[i].key != co_name(f, oparg >> 1))) return GLOBAL_MISS();
    return push_global(io, oparg, g->entries[i].value);
}

HELPER(H_LOAD_GLOBAL_BUILTIN) {
    (void)op2;
    const CodeUnit *cur = frozen(op1);
    if (UNLIKELY(!cur || !v_is_dict(f->globals) || !v_is_dict(f->builtins))) return GLOBAL_MISS();
    DictObject *g = v_as_dict(f->globals), *b = v_as_dict(f->builtins);
    unsigned i = cur[2];
    if (SPEC_VERSION48(g->version) != cache_u48(cur + 3) || i >= (uint64_t)b->nentries ||
        b->entries[i].key != co_name(f, oparg >> 1))
        return GLOBAL_MISS();
    return push_global(io, oparg, b->entries[i].value);
}

/* [v] -> [] */
HELPER(H_STORE_GLOBAL) {
    (void)op1; (void)op2;
    Value v = io[0];
    int r = dict_set(f->globals, co_name(f, oparg), v);
    v_decref(v);
    return r < 0 ? -1 : 0;
}

HELPER(H_DELETE_GLOBAL) {
    (void)io; (void)op1; (void)op2;
    Value name = co_name(f, oparg);
    if (UNLIKELY(dict_del(f->globals, name) < 0)) {
        if (err_matches(&Exc_KeyError)) {
            err_clear();
            name_error(name);
        }
        return -1;
    }
    return 0;
}

/* [] -> [v] */
HELPER(H_LOAD_NAME) {
    (void)op1; (void)op2;
    Value name = co_name(f, oparg);
    if (LIKELY(v_is_dict(f->locals))) {
        Value v = dict_get_str(f->locals, name);
        if (v_is_null(v) && f->locals != f->globals) v = dict_get_str(f->globals, name);
        if (v_is_null(v)) v = dict_get_str(f->builtins, name);
        if (LIKELY(!v_is_null(v))) {
            io[0] = v_newref(v);
            return 0;
        }
    }
    Value v = load_name_slow(f, name);
    if (UNLIKELY(v_is_null(v))) return -1;
    io[0] = v;
    return 0;
}

/* [v] -> [] */
HELPER(H_STORE_NAME) {
    (void)op1; (void)op2;
    Value v = io[0];
    Value locals = f->locals, name = co_name(f, oparg);
    int r;
    if (LIKELY(v_is_dict(locals))) r = dict_set(locals, name, v);
    else if (v_is_null(locals)) {
        err_format(&Exc_SystemError, "no locals found when storing '%s'", str_data(name));
        r = -1;
    } else r = obj_setitem(locals, name, v);
    v_decref(v);
    return r < 0 ? -1 : 0;
}

HELPER(H_DELETE_NAME) {
    (void)io; (void)op1; (void)op2;
    Value locals = f->locals, name = co_name(f, oparg);
    int r = v_is_null(locals) ? -1 : obj_delitem(locals, name);
    if (UNLIKELY(r < 0)) {
        if (v_is_null(locals) || err_matches(&Exc_KeyError)) {
            err_clear();
            name_error(name);
        }
        return -1;
    }
    return 0;
}

/* ======================================================================
 * Iteration
 * ====================================================================== */

/* [v] -> [it] */
HELPER(H_GET_ITER) {
    UNUSED_ARGS();
    Value v = io[0];
    Value it = obj_iter(v);
    v_decref(v);
    if (UNLIKELY(v_is_null(it))) return -1;
    io[0] = it;
    return 0;
}

/* [it] -> 0: [it, next]; 2: [] (iterator released). On -1 the iterator
 * stays in io[0] (the translator keeps it live at the error exit, as the
 * interpreter leaves it on the stack for the unwinding to release). */
HELPER(H_FOR_ITER) {
    UNUSED_ARGS();
    Value it = io[0];
    if (v_is_type(it, &RangeIterType) && !((RangeIterObject *)v_as_obj(it))->big) {
        RangeIterObject *ri = (RangeIterObject *)v_as_obj(it);
        if (ri->remaining > 0) {
            int64_t x = ri->next;
            ri->remaining--;
            ri->next += ri->step;
            Value next = LIKELY(smallint_fits(x)) ? v_from_smallint(x) : int_from_i64(x);
            if (UNLIKELY(v_is_null(next))) return -1;
            io[1] = next;
            return 0;
        }
    } else {
        UnaryFunc iternext = v_type(it)->iternext;
        if (UNLIKELY(!iternext)) {
            err_format(&Exc_TypeError, "'%s' object is not an iterator", v_type_name(it));
            return -1;
        }
        Value next = iternext(it);
        if (LIKELY(!v_is_null(next))) {
            io[1] = next;
            return 0;
        }
        if (err_occurred()) {
            if (!err_matches(&Exc_StopIteration)) return -1;
            err_clear();
        }
    }
    v_decref(it);
    return 2;
}

HELPER(H_FOR_ITER_RANGE) {
    Value it = io[0];
    if (UNLIKELY(!v_is_type(it, &RangeIterType) || ((RangeIterObject *)v_as_obj(it))->big))
        return jit_h_H_FOR_ITER(f, io, oparg, 0, 0);
    (void)op1; (void)op2;
    RangeIterObject *ri = (RangeIterObject *)v_as_obj(it);
    if (LIKELY(ri->remaining > 0)) {
        int64_t x = ri->next;
        ri->remaining--;
        ri->next += ri->step;
        /* Beyond the small range: a big int, as the interpreter's form. */
        Value next = LIKELY(smallint_fits(x)) ? v_from_smallint(x) : int_from_i64(x);
        if (UNLIKELY(v_is_null(next))) return -1;   /* the iterator stays in io[0] */
        io[1] = next;
        return 0;
    }
    obj_decref(v_as_obj(it));
    return 2;
}

/* List and tuple iterators never raise (an exhausted one returns V_NULL
 * without an exception). Another iterator: the generic FOR_ITER. */
static inline int for_iter_builtin(Frame *f, Value *io, int64_t oparg, TypeObject *itype) {
    Value it = io[0];
    if (UNLIKELY(!v_is_type(it, itype))) return jit_h_H_FOR_ITER(f, io, oparg, 0, 0);
    Value next = itype->iternext(it);
    if (LIKELY(!v_is_null(next))) {
        io[1] = next;
        return 0;
    }
    if (UNLIKELY(err_occurred())) return -1;   /* the iterator stays in io[0] */
    obj_decref(v_as_obj(it));
    return 2;
}

HELPER(H_FOR_ITER_LIST) {
    (void)op1; (void)op2;
    return for_iter_builtin(f, io, oparg, &ListIterType);
}

HELPER(H_FOR_ITER_TUPLE) {
    (void)op1; (void)op2;
    return for_iter_builtin(f, io, oparg, &TupleIterType);
}

HELPER(H_FOR_ITER_ENUMERATE2) {
    (void)f; (void)oparg; (void)op1; (void)op2;
    Value it = io[0], idx, item;
    if (UNLIKELY(!v_is_type(it, &EnumerateType))) return 1;
    if (LIKELY(enumerate_next_pair(it, &idx, &item))) {
        io[1] = item;
        io[2] = idx;
        return 0;
    }
    if (UNLIKELY(err_occurred())) {
        if (!err_matches(&Exc_StopIteration)) return -1;   /* the iterator stays in io[0] */
        err_clear();
    }
    obj_decref(v_as_obj(it));
    return 2;
}

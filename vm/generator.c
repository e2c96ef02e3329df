/* generator.c: GeneratorType: send/throw/close/__next__, StopIteration
 * carrying the return value, PEP 479. */
#include "generator.h"
#include "eval.h"
#include "errors.h"
#include "abstract.h"
#include "function.h"
#include "str.h"
#include "tuple.h"
#include "opcodes.h"

typedef struct GeneratorObject {
    Object ob;
    Frame *frame;          /* heap frame; NULL once finished */
    Value name, qualname;
    Value exc_state;       /* the exception its frame is handling while suspended, V_NONE */
    /* While resumed inline by the eval loop (FOR_ITER_GEN): the resumer's
     * exception level (what gen_resume keeps on the C stack) and how far
     * the resuming instruction jumps when the generator finishes. */
    ExcOuter outer;
    int32_t inline_jump;
    uint8_t inline_mode;      /* GEN_INLINE_ITER (FOR_ITER_GEN), _SEND (SEND), _CALL (CALL_GEN_SEND) */
    bool running;
} GeneratorObject;

#define GEN(v) ((GeneratorObject *)v_as_obj(v))
#define GEN_FRAME_OFFSET ((sizeof(GeneratorObject) + 15) & ~(size_t)15)

/* Coroutines (CO_COROUTINE code) are GeneratorObjects of CoroutineType:
 * the same frame machinery, without iteration, plus __await__. */
static inline bool gen_any_check(Value v) {
    return v_is_type(v, &GeneratorType) || v_is_type(v, &CoroutineType);
}
static inline bool gen_is_coro(GeneratorObject *g) { return g->ob.type == &CoroutineType; }

Value generator_new_from_frame(Frame *f) {
    TypeObject *type = (f->code->flags & CO_COROUTINE) ? &CoroutineType : &GeneratorType;
    /* One allocation: the frame lives right after the object (it is only
     * cleared, never freed, when the generator finishes). */
    GeneratorObject *g = (GeneratorObject *)obj_alloc(type, GEN_FRAME_OFFSET + frame_size(f->code));
    if (!g) return V_NULL;
    Frame *hf = (Frame *)((char *)g + GEN_FRAME_OFFSET);
    memcpy(hf, f, sizeof(Frame) + sizeof(Value) * (size_t)f->stacktop);
    hf->is_entry = true;
    hf->heap = true;
    hf->previous = NULL;
    /* The references now belong to the heap copy. */
    f->stacktop = 0;
    f->code = NULL;
    f->func = f->globals = f->builtins = f->locals = V_NULL;
    g->frame = hf;
    g->name = v_newref(hf->code->name);
    g->qualname = v_is_function(hf->func) ? v_newref(v_as_function(hf->func)->qualname)
                                          : v_newref(hf->code->qualname);
    g->running = false;
    g->exc_state = V_NONE;
    return v_from_obj(g);
}

static void gen_release_frame(GeneratorObject *g) {
    if (!g->frame) return;
    frame_clear(g->frame);     /* its memory is part of g */
    g->frame = NULL;
}

static bool gen_just_started(GeneratorObject *g) {
    Frame *f = g->frame;
    return f && f->prev_instr && CU_OP(*f->prev_instr) == OP_RETURN_GENERATOR;
}

static void gen_pep479(GeneratorObject *g);
static Value raise_stop_iteration(Value value);

/* Resumes g with value (borrowed) or, if throwing, with the pending
 * exception. Returns 1 with *out yielded, 0 with *out returned, -1 error. */
static int gen_resume(GeneratorObject *g, Value value, bool throwing, Value *out) {
    if (g->running) {
        err_format(&Exc_ValueError, "%s already executing", gen_is_coro(g) ? "coroutine" : "generator");
        return -1;
    }
    if (!g->frame) {
        if (gen_is_coro(g)) {
            if (throwing) err_clear();
            err_format(&Exc_RuntimeError, "cannot reuse already awaited coroutine");
            return -1;
        }
        if (throwing) return -1;
        *out = V_NONE;
        return 0;
    }
    Frame *f = g->frame;
    if (!throwing) {
        if (gen_just_started(g) && value != V_NONE) {
            err_format(&Exc_TypeError, "can't send non-None value to a just-started generator");
            return -1;
        }
        f->localsplus[f->stacktop++] = v_newref(value);
    }
    eval_ts.depth += 2;   /* a C entry and the frame, as a call */
    if (eval_ts.depth > eval_ts.recursion_limit + 1) {
        eval_ts.depth -= 2;
        if (!throwing) v_decref(f->localsplus[--f->stacktop]);
        else err_clear();
        err_format(&Exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    f->previous = eval_ts.frame;
    eval_ts.frame = f;
    g->running = true;
    /* The frame runs with its own handled exception, linked to ours. */
    ExcOuter outer = { eval_ts.exc_info, eval_ts.exc_outer };
    eval_ts.exc_outer = &outer;
    eval_ts.exc_info = g->exc_state;
    g->exc_state = V_NONE;
    Value r = eval_frame(f, throwing);
    g->exc_state = eval_ts.exc_info;
    eval_ts.exc_info = outer.value;
    eval_ts.exc_outer = outer.outer;
    g->running = false;
    eval_ts.depth--;
    if (f->code) {          /* suspended at a yield */
        *out = r;
        return 1;
    }
    gen_release_frame(g);
    if (!v_is_null(r)) {
        *out = r;
        return 0;
    }
    if (err_matches(&Exc_StopIteration)) gen_pep479(g);
    return -1;
}

/* PEP 479: a StopIteration escaping the body becomes RuntimeError. */
static void gen_pep479(GeneratorObject *g) {
    {
        Value exc = err_fetch();
        err_format(&Exc_RuntimeError, "%s raised StopIteration", gen_is_coro(g) ? "coroutine" : "generator");
        Value rt = err_peek();
        if (v_is_exception(rt)) {
            ExceptionObject *e = (ExceptionObject *)v_as_obj(rt);
            v_setref(&e->cause, v_newref(exc));
            v_setref(&e->context, exc);
            e->suppress_context = true;
        } else {
            v_decref(exc);
        }
    }
}

/* ---- inline resumption (eval.c's FOR_ITER_GEN) ----
 * Same state changes as gen_resume, split at the points where the eval
 * loop switches frames. The generator stays on the resumer's operand stack
 * (its top) the whole time, which keeps it alive. */

Frame *generator_enter_inline(Value gen, Frame *caller, int32_t jump) {
    GeneratorObject *g = GEN(gen);
    Frame *f = g->frame;
    /* Running (ValueError) or finished: the generic path says so. */
    if (g->running || !f) return NULL;
    if (eval_ts.depth + 2 > eval_ts.recursion_limit + 1) return NULL;
    eval_ts.depth += 2;   /* counted as gen_resume counts it: C entry + frame */
    f->localsplus[f->stacktop++] = V_NONE;
    f->previous = caller;
    f->is_entry = false;
    g->running = true;
    g->inline_jump = jump;
    g->inline_mode = GEN_INLINE_ITER;
    g->outer.value = eval_ts.exc_info;
    g->outer.outer = eval_ts.exc_outer;
    eval_ts.exc_outer = &g->outer;
    eval_ts.exc_info = g->exc_state;
    g->exc_state = V_NONE;
    eval_ts.frame = f;
    return f;
}

static Frame *enter_inline_value(Value recv, Value v, Frame *caller, int32_t jump, int mode) {
    GeneratorObject *g = GEN(recv);
    Frame *f = g->frame;
    if (g->running || !f) return NULL;
    if (v != V_NONE && gen_just_started(g)) return NULL;
    if (eval_ts.depth + 2 > eval_ts.recursion_limit + 1) return NULL;
    eval_ts.depth += 2;
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

Frame *generator_enter_inline_send(Value recv, Value v, Frame *caller, int32_t jump) {
    return enter_inline_value(recv, v, caller, jump, GEN_INLINE_SEND);
}

Frame *generator_enter_inline_call(Value gen, Value v, Frame *caller) {
    return enter_inline_value(gen, v, caller, 0, GEN_INLINE_CALL);
}

int generator_inline_mode(Value gen) { return GEN(gen)->inline_mode; }

void generator_raise_stop(Value value) {
    raise_stop_iteration(value);
    v_decref(value);
}

static void gen_leave_inline(GeneratorObject *g) {
    g->exc_state = eval_ts.exc_info;
    eval_ts.exc_info = g->outer.value;
    eval_ts.exc_outer = g->outer.outer;
    g->running = false;
    eval_ts.depth--;      /* the C entry's share; the loop drops the frame's */
}

int generator_yield_inline(Value gen) {
    GeneratorObject *g = GEN(gen);
    gen_leave_inline(g);
    g->frame->is_entry = true;
    g->frame->previous = NULL;
    return g->inline_mode;
}

int32_t generator_finish_inline(Value gen, bool raised) {
    GeneratorObject *g = GEN(gen);
    gen_leave_inline(g);
    g->frame->is_entry = true;
    gen_release_frame(g);
    if (raised && err_matches(&Exc_StopIteration)) gen_pep479(g);
    return g->inline_jump;
}

/* Raises StopIteration(value) (plain StopIteration for None). */
static Value raise_stop_iteration(Value value) {
    if (value == V_NONE) return err_set_none(&Exc_StopIteration);
    Value exc = err_set_value(&Exc_StopIteration, value);
    return exc;
}

static Value stop_iteration_value(Value exc) {
    StopIterationObject *si = (StopIterationObject *)v_as_obj(exc);
    if (!v_is_null(si->value)) return v_newref(si->value);
    Value args = si->base.args;
    if (v_is_tuple(args) && tuple_size(args) > 0) return v_newref(tuple_items(args)[0]);
    return V_NONE;
}

int generator_send_value(Value recv, Value v, Value *res) {
    if (gen_any_check(recv)) {
        int r = gen_resume(GEN(recv), v, false, res);
        return r;
    }
    Value out;
    if (v == V_NONE && v_type(recv)->iternext) {
        out = v_type(recv)->iternext(recv);
        if (!v_is_null(out)) {
            *res = out;
            return 1;
        }
        if (!err_occurred()) {
            *res = V_NONE;
            return 0;
        }
    } else {
        out = obj_call_method(recv, "send", &v, 1);
        if (!v_is_null(out)) {
            *res = out;
            return 1;
        }
    }
    if (err_matches(&Exc_StopIteration)) {
        Value exc = err_fetch();
        *res = stop_iteration_value(exc);
        v_decref(exc);
        return 0;
    }
    return -1;
}

/* The iternext slot: exhaustion is V_NULL without an exception (coil's
 * slot contract), so the return value is dropped here. */
static Value gen_iternext(Value self) {
    Value out;
    int r = gen_resume(GEN(self), V_NONE, false, &out);
    if (r == 1) return out;
    if (r == 0) v_decref(out);
    return V_NULL;
}

Value generator_next(Value self) {
    Value out;
    int r = gen_resume(GEN(self), V_NONE, false, &out);
    if (r == 1) return out;
    if (r == 0) {
        raise_stop_iteration(out);
        v_decref(out);
    }
    return V_NULL;
}

static Value gen_iter(Value self) { return v_newref(self); }

static Value gen_send(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs != 1 || !v_is_null(kwnames))
        return err_format(&Exc_TypeError, "generator.send() takes exactly one argument (%zu given)", nargs);
    Value out;
    int r = gen_resume(GEN(self), args[0], false, &out);
    if (r == 1) return out;
    if (r == 0) {
        raise_stop_iteration(out);
        v_decref(out);
    }
    return V_NULL;
}

/* Makes the exception described by throw()'s arguments pending. */
static int set_thrown(Value typ, Value val) {
    if (v_is_exception_type(typ)) {
        Value inst;
        if (v_is_null(val) || val == V_NONE) inst = obj_call0(typ);
        else if (v_is_exception(val)) inst = v_newref(val);
        else inst = obj_call1(typ, val);
        if (v_is_null(inst)) return -1;
        err_set_object(inst);
        return 0;
    }
    if (v_is_exception(typ)) {
        if (!v_is_null(val) && val != V_NONE) {
            err_format(&Exc_TypeError, "instance exception may not have a separate value");
            return -1;
        }
        err_set_object(v_newref(typ));
        return 0;
    }
    err_format(&Exc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
               v_type_name(typ));
    return -1;
}

/* The sub-iterator of the `yield from` the generator is suspended in
 * (borrowed), or V_NULL. As CPython's _PyGen_yf: a frame suspended at
 * YIELD_VALUE followed by RESUME with arg >= 2 is inside `yield from`, and
 * the sub-iterator is then the top of its stack. */
static Value gen_yf(GeneratorObject *g) {
    Frame *f = g->frame;
    if (!f || !f->prev_instr || g->running || gen_just_started(g)) return V_NULL;
    if (CU_OP(f->prev_instr[0]) != OP_YIELD_VALUE) return V_NULL;
    CodeUnit next = f->prev_instr[1];
    if (CU_OP(next) != OP_RESUME || CU_ARG(next) < 2 || f->stacktop < 1) return V_NULL;
    return f->localsplus[f->stacktop - 1];
}

/* Maps gen_resume's result to a method result: the yielded value, or NULL
 * with StopIteration(return value) or the error pending. */
static Value gen_result(int r, Value out) {
    if (r == 1) return out;
    if (r == 0) {
        raise_stop_iteration(out);
        v_decref(out);
    }
    return V_NULL;
}

/* The delegated throw()/close() ended the sub-iterator with the pending
 * exception: pop it and continue the generator where `yield from` ends
 * (after SEND's jump), with StopIteration's value as the expression's result
 * or raising any other exception there, as CPython's _gen_throw. */
static Value gen_finish_yf(GeneratorObject *g) {
    Frame *f = g->frame;
    v_decref(f->localsplus[--f->stacktop]);
    CodeUnit *send = f->prev_instr - 1;   /* SEND, YIELD_VALUE, RESUME, JUMP_BACKWARD_NO_INTERRUPT */
    CodeUnit *exit = send + 1 + CU_ARG(*send);
    f->prev_instr = exit - 1;
    f->next_instr = exit;
    Value out = V_NULL;
    if (err_matches(&Exc_StopIteration)) {
        Value exc = err_fetch();
        Value val = stop_iteration_value(exc);
        v_decref(exc);
        int r = gen_resume(g, val, false, &out);
        v_decref(val);
        return gen_result(r, out);
    }
    int r = gen_resume(g, V_NULL, true, &out);
    return gen_result(r, out);
}

static Value gen_close_impl(GeneratorObject *g);

/* Closes a `yield from` sub-iterator: 0, or -1 with its close() error
 * pending (CPython's gen_close_iter). */
static int gen_close_iter(Value yf) {
    Value r;
    if (gen_any_check(yf)) {
        r = gen_close_impl(GEN(yf));
    } else {
        Value meth;
        int found = obj_lookup_attr(yf, str_intern_cstr("close"), &meth);
        if (found <= 0) {
            if (found < 0) err_clear();   /* CPython writes it as unraisable */
            return 0;
        }
        r = obj_call0(meth);
        v_decref(meth);
    }
    if (v_is_null(r)) return -1;
    v_decref(r);
    return 0;
}

static bool is_generator_exit(Value typ) {
    TypeObject *t = v_is_exception_type(typ) ? (TypeObject *)v_as_obj(typ)
                    : v_is_exception(typ) ? v_type(typ) : NULL;
    return t && type_is_subtype(t, &Exc_GeneratorExit);
}

/* throw(typ[, val[, tb]]): delegated to the sub-iterator of a suspended
 * `yield from` first (GeneratorExit closes it instead), else raised at the
 * generator's yield. */
static Value gen_throw_impl(GeneratorObject *g, const Value *args, size_t nargs) {
    Value yf = gen_yf(g);
    if (!v_is_null(yf)) {
        Value ret;
        v_incref(yf);
        if (is_generator_exit(args[0])) {
            g->running = true;
            int err = gen_close_iter(yf);
            g->running = false;
            v_decref(yf);
            if (err < 0) return gen_finish_yf(g);
            goto throw_here;
        }
        if (gen_any_check(yf)) {
            g->running = true;
            ret = gen_throw_impl(GEN(yf), args, nargs);
            g->running = false;
        } else {
            Value meth;
            int found = obj_lookup_attr(yf, str_intern_cstr("throw"), &meth);
            if (found <= 0) {
                v_decref(yf);
                if (found < 0) return V_NULL;
                goto throw_here;
            }
            g->running = true;
            ret = obj_call(meth, args, nargs, V_NULL);
            g->running = false;
            v_decref(meth);
        }
        v_decref(yf);
        if (v_is_null(ret)) return gen_finish_yf(g);
        return ret;
    }
throw_here:
    if (set_thrown(args[0], nargs > 1 ? args[1] : V_NULL) < 0) return V_NULL;
    if (!g->frame) return V_NULL;
    Value out = V_NULL;
    int r = gen_resume(g, V_NULL, true, &out);
    return gen_result(r, out);
}

static Value gen_throw(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs < 1 || nargs > 3 || !v_is_null(kwnames))
        return err_format(&Exc_TypeError, "throw expected at least 1 argument, got %zu", nargs);
    return gen_throw_impl(GEN(self), args, nargs);
}

static Value gen_close_impl(GeneratorObject *g) {
    if (!g->frame) return V_NONE;
    if (gen_just_started(g)) {
        gen_release_frame(g);
        return V_NONE;
    }
    /* A `yield from` in progress: the sub-iterator is closed first; an
     * error from its close() is raised in the generator instead of
     * GeneratorExit. */
    Value yf = gen_yf(g);
    int err = 0;
    if (!v_is_null(yf)) {
        v_incref(yf);
        g->running = true;
        err = gen_close_iter(yf);
        g->running = false;
        v_decref(yf);
    }
    if (err == 0) err_set_none(&Exc_GeneratorExit);
    Value out;
    int r = gen_resume(g, V_NULL, true, &out);
    if (r == 1) {
        v_decref(out);
        return err_format(&Exc_RuntimeError, "%s ignored GeneratorExit", gen_is_coro(g) ? "coroutine" : "generator");
    }
    if (r == 0) {
        v_decref(out);
        return V_NONE;
    }
    if (err_matches(&Exc_GeneratorExit) || err_matches(&Exc_StopIteration)) {
        err_clear();
        return V_NONE;
    }
    return V_NULL;
}

static Value gen_close(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (nargs || !v_is_null(kwnames))
        return err_format(&Exc_TypeError, "generator.close() takes no arguments (%zu given)", nargs);
    return gen_close_impl(GEN(self));
}

static void gen_dealloc(Object *o) {
    GeneratorObject *g = (GeneratorObject *)o;
    if (g->frame && !gen_just_started(g)) {
        /* Run pending finally blocks, as CPython's finalizer does. */
        Value saved = err_fetch();
        o->refcnt = 1;
        Value r = gen_close_impl(g);
        if (v_is_null(r)) err_clear();
        o->refcnt = 0;
        err_restore(saved);
    }
    gen_release_frame(g);
    v_decref(g->name);
    v_decref(g->qualname);
    v_decref(g->exc_state);
    obj_free(o);
}

/* The suspended frame's references belong to the generator. A running
 * frame's operand stack lives in the interpreter's registers (stacktop is
 * stale): skip it; whoever resumed the generator holds it anyway. */
static void gen_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    GeneratorObject *g = (GeneratorObject *)o;
    visit(g->name, arg);
    visit(g->qualname, arg);
    Frame *f = g->frame;
    if (!f || g->running) return;
    visit(f->func, arg);
    visit(f->globals, arg);
    visit(f->builtins, arg);
    visit(f->locals, arg);
    for (int32_t i = 0; i < f->stacktop; i++) visit(f->localsplus[i], arg);
}

/* CPython's _PyGen_Finalize: a suspended generator found in cyclic garbage
 * is closed, so its finally blocks run before its frame is dropped. */
static void gen_finalize(Value self) {
    GeneratorObject *g = GEN(self);
    if (!g->frame || g->running || gen_just_started(g)) return;
    Value saved = err_fetch();
    Value r = gen_close_impl(g);
    if (v_is_null(r)) err_clear();
    else v_decref(r);
    err_restore(saved);
}

static void gen_clear(Object *o) {
    GeneratorObject *g = (GeneratorObject *)o;
    if (!g->running) gen_release_frame(g);
}

static Value gen_repr(Value self) {
    return str_printf("<generator object %s at %p>", str_data(GEN(self)->qualname), (void *)v_as_obj(self));
}

static Value gen_get_name(Value self) { return v_newref(GEN(self)->name); }
static Value gen_get_qualname(Value self) { return v_newref(GEN(self)->qualname); }
static Value gen_get_running(Value self) { return v_from_bool(GEN(self)->running); }
static Value gen_get_frame(Value self) { (void)self; return V_NONE; }

static const MethodDef gen_methods[] = {
    {"send", gen_send, 0, NULL},
    {"throw", gen_throw, 0, NULL},
    {"close", gen_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef gen_getset[] = {
    {"__name__", gen_get_name, NULL},
    {"__qualname__", gen_get_qualname, NULL},
    {"gi_running", gen_get_running, NULL},
    {"gi_frame", gen_get_frame, NULL},
    {NULL, NULL, NULL},
};

TypeObject GeneratorType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "generator",
    .basicsize = sizeof(GeneratorObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .finalize = gen_finalize,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .getset = gen_getset,
};

/* ---- coroutines (PEP 492) ----------------------------------------------- */

static Value coro_repr(Value self) {
    return str_printf("<coroutine object %s at %p>", str_data(GEN(self)->qualname), (void *)v_as_obj(self));
}

/* coroutine.__await__() returns this iterator over the coroutine, so
 * hand-written awaitables can delegate with `yield from coro.__await__()`. */
typedef struct CoroWrapperObject {
    Object ob;
    Value coro;
} CoroWrapperObject;

#define CW(v) ((CoroWrapperObject *)v_as_obj(v))

static Value coro_await(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (nargs || !v_is_null(kwnames))
        return err_format(&Exc_TypeError, "__await__() takes no arguments (%zu given)", nargs);
    CoroWrapperObject *w = (CoroWrapperObject *)obj_alloc(&CoroWrapperType, sizeof(CoroWrapperObject));
    if (!w) return V_NULL;
    w->coro = v_newref(self);
    return v_from_obj(w);
}

/* A return value other than None is kept as StopIteration(value), so
 * next(coro.__await__()) shows it as CPython does. */
static Value cw_iternext(Value self) {
    Value out;
    int r = gen_resume(GEN(CW(self)->coro), V_NONE, false, &out);
    if (r == 1) return out;
    if (r == 0) {
        if (out != V_NONE) raise_stop_iteration(out);
        v_decref(out);
    }
    return V_NULL;
}
static Value cw_send(Value self, const Value *args, size_t nargs, Value kwnames) {
    return gen_send(CW(self)->coro, args, nargs, kwnames);
}
static Value cw_throw(Value self, const Value *args, size_t nargs, Value kwnames) {
    return gen_throw(CW(self)->coro, args, nargs, kwnames);
}
static Value cw_close(Value self, const Value *args, size_t nargs, Value kwnames) {
    return gen_close(CW(self)->coro, args, nargs, kwnames);
}

static void cw_dealloc(Object *o) {
    v_decref(((CoroWrapperObject *)o)->coro);
    obj_free(o);
}

static void cw_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    visit(((CoroWrapperObject *)o)->coro, arg);
}

static void cw_clear(Object *o) {
    CoroWrapperObject *w = (CoroWrapperObject *)o;
    Value c = w->coro;
    w->coro = V_NONE;
    v_decref(c);
}

static const MethodDef cw_methods[] = {
    {"send", cw_send, 0, NULL},
    {"throw", cw_throw, 0, NULL},
    {"close", cw_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject CoroWrapperType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "coroutine_wrapper",
    .basicsize = sizeof(CoroWrapperObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = cw_dealloc,
    .traverse = cw_traverse,
    .clear = cw_clear,
    .iter = gen_iter,
    .iternext = cw_iternext,
    .methods = cw_methods,
};

static Value coro_get_await(Value self) {
    Value yf = gen_yf(GEN(self));
    return v_is_null(yf) ? V_NONE : v_newref(yf);
}

static const MethodDef coro_methods[] = {
    {"send", gen_send, 0, NULL},
    {"throw", gen_throw, 0, NULL},
    {"close", gen_close, 0, NULL},
    {"__await__", coro_await, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef coro_getset[] = {
    {"__name__", gen_get_name, NULL},
    {"__qualname__", gen_get_qualname, NULL},
    {"cr_running", gen_get_running, NULL},
    {"cr_frame", gen_get_frame, NULL},
    {"cr_await", coro_get_await, NULL},
    {NULL, NULL, NULL},
};

TypeObject CoroutineType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "coroutine",
    .basicsize = sizeof(GeneratorObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .finalize = gen_finalize,
    .repr = coro_repr,
    .methods = coro_methods,
    .getset = coro_getset,
};

extern Value descr_get(Value attr, Value obj, TypeObject *type);   /* descr.c */

Value coro_get_awaitable(Value x) {
    if (v_is_type(x, &CoroutineType)) {
        if (!v_is_null(gen_yf(GEN(x))))
            return err_format(&Exc_RuntimeError, "coroutine is being awaited already");
        return v_newref(x);
    }
    TypeObject *t = v_type(x);
    Value attr = type_lookup(t, str_intern_cstr("__await__"));
    if (v_is_null(attr)) {
        if (err_occurred()) return V_NULL;
        return err_format(&Exc_TypeError, "object %s can't be used in 'await' expression", t->name);
    }
    Value meth = descr_get(attr, x, t);
    if (v_is_null(meth)) return V_NULL;
    Value it = obj_call0(meth);
    v_decref(meth);
    if (v_is_null(it)) return V_NULL;
    if (v_is_type(it, &CoroutineType)) {
        v_decref(it);
        return err_format(&Exc_TypeError, "__await__() returned a coroutine");
    }
    if (!v_type(it)->iternext) {
        err_format(&Exc_TypeError, "__await__() returned non-iterator of type '%s'", v_type_name(it));
        v_decref(it);
        return V_NULL;
    }
    return it;
}

/* generator.c: GeneratorType: send/throw/close/__next__, StopIteration
 * carrying the return value, PEP 479. */
#include "generator.h"
#include "trace.h"
#include "eval.h"
#include "errors.h"
#include "abstract.h"
#include "function.h"
#include "str.h"
#include "tuple.h"
#include "opcodes.h"
#include "typeslots.h"
#include "frameobject.h"
#include "../jit/jit.h"


#define GEN(v) ((GeneratorObject *)v_as_obj(v))
#define GEN_FRAME_OFFSET ((sizeof(GeneratorObject) + 15) & ~(size_t)15)

/* Coroutines (CO_COROUTINE code) are GeneratorObjects of CoroutineType:
 * the same frame machinery, without iteration, plus __await__. */
static inline bool gen_any_check(Value v) {
    return v_is_type(v, &GeneratorType) || v_is_type(v, &CoroutineType);
}
static inline bool gen_is_coro(GeneratorObject *g) { return g->ob.type == &CoroutineType; }
static inline bool gen_is_agen(GeneratorObject *g) { return g->ob.type == &AsyncGenType; }
static const char *gen_kind(GeneratorObject *g) {
    return gen_is_coro(g) ? "coroutine" : gen_is_agen(g) ? "async generator" : "generator";
}

Value generator_new_from_frame(Frame *f) {
    TypeObject *type = (f->code->flags & CO_COROUTINE) ? &CoroutineType
                       : (f->code->flags & CO_ASYNC_GENERATOR) ? &AsyncGenType : &GeneratorType;
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
    g->code = v_newref(v_from_obj(hf->code));
    g->qualname = v_is_function(hf->func) ? v_newref(v_as_function(hf->func)->qualname)
                                          : v_newref(hf->code->qualname);
    g->running = false;
    g->running_async = g->ag_closed = g->ag_hooks_inited = false;
    g->ag_finalizer = V_NULL;
    g->exc_state = V_NONE;
    return v_from_obj(g);
}

static void gen_release_frame(GeneratorObject *g) {
    if (!g->frame) return;
    trace_frame_exit(g->frame);   /* a live frame object forgets it (trace.h) */
    frame_clear(g->frame);     /* its memory is part of g */
    g->frame = NULL;
}

static bool gen_just_started(GeneratorObject *g) { return gen_frame_just_started(g->frame); }

static void gen_pep479(GeneratorObject *g);
static Value raise_stop_iteration(Value value);

/* Resumes g with value (borrowed) or, if throwing, with the pending
 * exception. Returns 1 with *out yielded, 0 with *out returned, -1 error. */
static int gen_resume(GeneratorObject *g, Value value, bool throwing, Value *out) {
    if (g->running) {
        err_format(&Exc_ValueError, "%s already executing", gen_kind(g));
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
            err_format(&Exc_TypeError, "can't send non-None value to a just-started %s", gen_kind(g));
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
    /* Compiled (jit.h: warmup stays negative): runs its code directly,
     * without an interpreter activation when it yields or returns. */
    Value r = !throwing && f->code->warmup < 0 ? jit_resume_generator(f) : eval_frame(f, throwing);
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
    if (err_matches(&Exc_StopIteration) || (gen_is_agen(g) && err_matches(&Exc_StopAsyncIteration)))
        gen_pep479(g);
    return -1;
}

/* PEP 479: a StopIteration (or, from an async generator,
 * StopAsyncIteration) escaping the body becomes RuntimeError. */
static void gen_pep479(GeneratorObject *g) {
    {
        bool async_stop = gen_is_agen(g) && err_matches(&Exc_StopAsyncIteration);
        Value exc = err_fetch();
        err_format(&Exc_RuntimeError, "%s raised %s", gen_kind(g),
                   async_stop ? "StopAsyncIteration" : "StopIteration");
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

void generator_raise_stop(Value value) {
    raise_stop_iteration(value);
    v_decref(value);
}

static void gen_leave_inline_(GeneratorObject *g) {
    g->exc_state = eval_ts.exc_info;
    eval_ts.exc_info = g->outer.value;
    eval_ts.exc_outer = g->outer.outer;
    g->running = false;
    eval_ts.depth--;      /* the C entry's share; the loop drops the frame's */
}

int32_t generator_finish_inline(Value gen, bool raised) {
    GeneratorObject *g = GEN(gen);
    gen_leave_inline_(g);
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
static Value gen_result(GeneratorObject *g, int r, Value out) {
    if (r == 1) return out;
    if (r == 0) {
        if (gen_is_agen(g)) err_set_none(&Exc_StopAsyncIteration);
        else raise_stop_iteration(out);
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
        return gen_result(g, r, out);
    }
    int r = gen_resume(g, V_NULL, true, &out);
    return gen_result(g, r, out);
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
    return gen_result(g, r, out);
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
        return err_format(&Exc_RuntimeError, "%s ignored GeneratorExit", gen_kind(g));
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
    /* An async generator's finalizer hook (asyncio's schedules aclose())
     * may keep it alive. */
    bool hooked = !v_is_null(g->ag_finalizer) && g->frame;
    if (hooked && typeslots_run_finalizer(o)) return;
    if (g->frame && !gen_just_started(g) && !hooked) {
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
    v_decref(g->code);
    v_decref(g->exc_state);
    v_decref(g->ag_finalizer);
    obj_free(o);
}

/* The suspended frame's references belong to the generator. A running
 * frame's operand stack lives in the interpreter's registers (stacktop is
 * stale): skip it; whoever resumed the generator holds it anyway. */
static void gen_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    GeneratorObject *g = (GeneratorObject *)o;
    visit(g->name, arg);
    visit(g->qualname, arg);
    visit(g->ag_finalizer, arg);
    visit(g->code, arg);
    Frame *f = g->frame;
    if (!f || g->running) return;
    visit(f->func, arg);
    if (v_is_null(f->func)) {   /* else borrowed from func (frame.h) */
        visit(f->globals, arg);
        visit(f->builtins, arg);
    }
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
    v_clear(&g->ag_finalizer);
}

static Value gen_repr(Value self) {
    return str_printf("<generator object %s at %p>", str_data(GEN(self)->qualname), (void *)v_as_obj(self));
}

static Value gen_get_name(Value self) { return v_newref(GEN(self)->name); }
static Value gen_get_qualname(Value self) { return v_newref(GEN(self)->qualname); }
static Value gen_get_running(Value self) { return v_from_bool(GEN(self)->running); }
/* gi_frame: a snapshot frame object (see frameobject.h) while the frame
 * exists, None once finished. */
static Value gen_get_frame(Value self) {
    GeneratorObject *g = GEN(self);
    if (!g->frame) return V_NONE;
    return frame_object_new(g->frame);
}
static Value gen_get_code(Value self) { return v_newref(GEN(self)->code); }
/* gi_suspended: paused at a yield (started, not running, not finished). */
static Value gen_get_suspended(Value self) {
    GeneratorObject *g = GEN(self);
    return v_from_bool(g->frame && !g->running && !gen_just_started(g));
}
static Value gen_get_yieldfrom(Value self);

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
    {"gi_code", gen_get_code, NULL},
    {"gi_suspended", gen_get_suspended, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL},
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

static Value gen_get_yieldfrom(Value self) { return coro_get_await(self); }

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
    {"cr_code", gen_get_code, NULL},
    {"cr_suspended", gen_get_suspended, NULL},
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
    if (v_is_type(x, &AsyncGenASendType) || v_is_type(x, &AsyncGenAThrowType)) return v_newref(x);
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

/* ---- async generators (PEP 525) ------------------------------------------------------
 * An async generator is a GeneratorObject of AsyncGenType whose frame
 * yields two kinds of values: a `yield v` in the body yields v wrapped by
 * ASYNC_GEN_WRAP (an item for the consumer), and an `await` inside the body
 * yields whatever the awaited object yields (a request for the event loop).
 * The frame is driven only through the awaitables __anext__()/asend() and
 * athrow()/aclose() return: they pass a bare value up to the event loop
 * and end the await with StopIteration(item) on a wrapped one; the body's
 * return ends the iteration with StopAsyncIteration. */

typedef struct WrappedObject {
    Object ob;
    Value val;
} WrappedObject;

static void wrapped_dealloc(Object *o) {
    v_decref(((WrappedObject *)o)->val);
    obj_free(o);
}

TypeObject AsyncGenWrappedType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "async_generator_wrapped_value",
    .basicsize = sizeof(WrappedObject),
    .dealloc = wrapped_dealloc,
};

Value async_gen_wrap(Value v) {
    WrappedObject *w = (WrappedObject *)obj_alloc(&AsyncGenWrappedType, sizeof(WrappedObject));
    if (!w) return V_NULL;
    w->val = v;
    return v_from_obj(w);
}

/* The result of resuming the frame as an awaitable's step (CPython's
 * async_gen_unwrap_value): a bare value goes on to the event loop; an item
 * ends the await with StopIteration(item); the end of the body (V_NULL
 * without an error) is StopAsyncIteration. */
static Value agen_unwrap(GeneratorObject *g, Value result) {
    if (v_is_null(result)) {
        if (!err_occurred()) err_set_none(&Exc_StopAsyncIteration);
        if (err_matches(&Exc_StopAsyncIteration) || err_matches(&Exc_GeneratorExit)) g->ag_closed = true;
        g->running_async = false;
        return V_NULL;
    }
    if (v_is_type(result, &AsyncGenWrappedType)) {
        Value item = v_newref(((WrappedObject *)v_as_obj(result))->val);
        v_decref(result);
        raise_stop_iteration(item);
        v_decref(item);
        g->running_async = false;
        return V_NULL;
    }
    return result;
}

/* Resumes the frame with v: the yielded value, or V_NULL with the error
 * pending (StopAsyncIteration when the body returned). */
static Value agen_send_ex(GeneratorObject *g, Value v) {
    Value out;
    int r = gen_resume(g, v, false, &out);
    return gen_result(g, r, out);
}

/* sys.set_asyncgen_hooks(firstiter, finalizer): V_NULL when unset. */
static Value agen_hook_firstiter = V_NULL, agen_hook_finalizer = V_NULL;

void async_gen_get_hooks(Value *firstiter, Value *finalizer) {
    *firstiter = agen_hook_firstiter;
    *finalizer = agen_hook_finalizer;
}

void async_gen_set_hooks(Value firstiter, Value finalizer) {
    if (firstiter != V_NONE) v_setref(&agen_hook_firstiter, v_is_null(firstiter) ? V_NULL : v_newref(firstiter));
    else v_clear(&agen_hook_firstiter);
    if (finalizer != V_NONE) v_setref(&agen_hook_finalizer, v_is_null(finalizer) ? V_NULL : v_newref(finalizer));
    else v_clear(&agen_hook_finalizer);
}

/* At the first __anext__/asend/athrow/aclose: the finalizer in force is
 * kept for this generator, and firstiter(gen) is called. */
static int agen_init_hooks(Value gen) {
    GeneratorObject *g = GEN(gen);
    if (g->ag_hooks_inited) return 0;
    g->ag_hooks_inited = true;
    if (!v_is_null(agen_hook_finalizer)) g->ag_finalizer = v_newref(agen_hook_finalizer);
    if (v_is_null(agen_hook_firstiter)) return 0;
    Value hook = v_newref(agen_hook_firstiter);
    Value r = obj_call1(hook, gen);
    v_decref(hook);
    if (v_is_null(r)) return -1;
    v_decref(r);
    return 0;
}

/* The finalize slot: with a finalizer hook, an unfinished generator is
 * handed to it (which may resurrect it); otherwise it is closed. */
static void agen_finalize(Value self) {
    GeneratorObject *g = GEN(self);
    if (v_is_null(g->ag_finalizer) || !g->frame || g->ag_closed) {
        gen_finalize(self);
        return;
    }
    Value hook = g->ag_finalizer;
    g->ag_finalizer = V_NULL;
    Value saved = err_fetch();
    Value r = obj_call1(hook, self);
    if (v_is_null(r)) err_clear();
    else v_decref(r);
    v_decref(hook);
    err_restore(saved);
}

enum { AW_INIT, AW_ITER, AW_CLOSED };

typedef struct ASendObject {
    Object ob;
    Value gen;
    Value sendval;
    int state;
} ASendObject;

typedef struct AThrowObject {
    Object ob;
    Value gen;
    Value args;            /* athrow()'s argument tuple; V_NULL for aclose() */
    int state;
} AThrowObject;

#define ASEND(v) ((ASendObject *)v_as_obj(v))
#define ATHROW(v) ((AThrowObject *)v_as_obj(v))

static Value asend_new(Value gen, Value sendval) {
    ASendObject *o = (ASendObject *)obj_alloc(&AsyncGenASendType, sizeof(ASendObject));
    if (!o) return V_NULL;
    o->gen = v_newref(gen);
    o->sendval = v_newref(sendval);
    o->state = AW_INIT;
    return v_from_obj(o);
}

static Value asend_send_impl(ASendObject *o, Value arg) {
    GeneratorObject *g = GEN(o->gen);
    if (o->state == AW_CLOSED)
        return err_format(&Exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    if (o->state == AW_INIT) {
        if (g->running_async)
            return err_format(&Exc_RuntimeError, "anext(): asynchronous generator is already running");
        if (v_is_null(arg) || arg == V_NONE) arg = o->sendval;
        o->state = AW_ITER;
    }
    g->running_async = true;
    Value r = agen_unwrap(g, agen_send_ex(g, arg));
    if (v_is_null(r)) o->state = AW_CLOSED;
    return r;
}

/* The end of the await is V_NULL with StopIteration(item) pending (not the
 * slot's usual silent exhaustion): SEND takes the item from it. */
static Value asend_iternext(Value self) { return asend_send_impl(ASEND(self), V_NONE); }

static Value asend_send(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs != 1 || !v_is_null(kwnames))
        return err_format(&Exc_TypeError, "send() takes exactly one argument (%zu given)", nargs);
    return asend_send_impl(ASEND(self), args[0]);
}

static Value asend_throw(Value self, const Value *args, size_t nargs, Value kwnames) {
    ASendObject *o = ASEND(self);
    if (nargs < 1 || nargs > 3 || !v_is_null(kwnames))
        return err_format(&Exc_TypeError, "throw expected at least 1 argument, got %zu", nargs);
    if (o->state == AW_CLOSED)
        return err_format(&Exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    GeneratorObject *g = GEN(o->gen);
    Value r = agen_unwrap(g, gen_throw_impl(g, args, nargs));
    if (v_is_null(r)) o->state = AW_CLOSED;
    return r;
}

static Value aw_close_state(int *state, size_t nargs, Value kwnames) {
    if (nargs || !v_is_null(kwnames))
        return err_format(&Exc_TypeError, "close() takes no arguments (%zu given)", nargs);
    *state = AW_CLOSED;
    return V_NONE;
}

static Value asend_close(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    return aw_close_state(&ASEND(self)->state, nargs, kwnames);
}

static Value aw_await(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (nargs || !v_is_null(kwnames))
        return err_format(&Exc_TypeError, "__await__() takes no arguments (%zu given)", nargs);
    return v_newref(self);
}

static void asend_dealloc(Object *o) {
    ASendObject *a = (ASendObject *)o;
    v_decref(a->gen);
    v_decref(a->sendval);
    obj_free(o);
}

static void asend_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    visit(((ASendObject *)o)->gen, arg);
    visit(((ASendObject *)o)->sendval, arg);
}

static void asend_clear(Object *o) {
    ASendObject *a = (ASendObject *)o;
    Value v = a->sendval;
    a->sendval = V_NONE;
    v_decref(v);
}

static const MethodDef asend_methods[] = {
    {"send", asend_send, 0, NULL},
    {"throw", asend_throw, 0, NULL},
    {"close", asend_close, 0, NULL},
    {"__await__", aw_await, 0, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject AsyncGenASendType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "async_generator_asend",
    .basicsize = sizeof(ASendObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = asend_dealloc,
    .traverse = asend_traverse,
    .clear = asend_clear,
    .iter = gen_iter,
    .iternext = asend_iternext,
    .methods = asend_methods,
};

static Value athrow_new(Value gen, Value args) {
    AThrowObject *o = (AThrowObject *)obj_alloc(&AsyncGenAThrowType, sizeof(AThrowObject));
    if (!o) return V_NULL;
    o->gen = v_newref(gen);
    o->args = v_is_null(args) ? V_NULL : v_newref(args);
    o->state = AW_INIT;
    return v_from_obj(o);
}

static const char *athrow_name(AThrowObject *o) { return v_is_null(o->args) ? "aclose" : "athrow"; }

/* An aclose() step whose frame yielded (a wrapped item: the body ignored
 * GeneratorExit) or ended (check_error: its end is the end of the await). */
static Value athrow_close_result(AThrowObject *o, Value r) {
    GeneratorObject *g = GEN(o->gen);
    if (!v_is_null(r)) {
        if (!v_is_type(r, &AsyncGenWrappedType)) return r;
        v_decref(r);
        g->running_async = false;
        o->state = AW_CLOSED;
        return err_format(&Exc_RuntimeError, "async generator ignored GeneratorExit");
    }
    g->running_async = false;
    o->state = AW_CLOSED;
    if (err_matches(&Exc_StopAsyncIteration) || err_matches(&Exc_GeneratorExit)) {
        err_clear();
        err_set_none(&Exc_StopIteration);
    }
    return V_NULL;
}

static Value athrow_send_impl(AThrowObject *o, Value arg) {
    GeneratorObject *g = GEN(o->gen);
    if (o->state == AW_CLOSED)
        return err_format(&Exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    if (!g->frame) {
        o->state = AW_CLOSED;
        return err_set_none(&Exc_StopIteration);
    }
    if (o->state == AW_INIT) {
        if (g->running_async) {
            o->state = AW_CLOSED;
            return err_format(&Exc_RuntimeError, "%s(): asynchronous generator is already running",
                              athrow_name(o));
        }
        if (g->ag_closed) {
            o->state = AW_CLOSED;
            return err_set_none(&Exc_StopAsyncIteration);
        }
        if (!v_is_null(arg) && arg != V_NONE)
            return err_format(&Exc_RuntimeError, "can't send non-None value to a just-started coroutine");
        o->state = AW_ITER;
        g->running_async = true;
        if (v_is_null(o->args)) {
            g->ag_closed = true;
            Value exit = v_from_obj(&Exc_GeneratorExit);
            return athrow_close_result(o, gen_throw_impl(g, &exit, 1));
        }
        Value r = agen_unwrap(g, gen_throw_impl(g, tuple_items(o->args), (size_t)tuple_size(o->args)));
        if (v_is_null(r)) {
            o->state = AW_CLOSED;
            g->running_async = false;
        }
        return r;
    }
    Value r = agen_send_ex(g, v_is_null(arg) ? V_NONE : arg);
    if (!v_is_null(o->args)) return agen_unwrap(g, r);
    return athrow_close_result(o, r);
}

static Value athrow_iternext(Value self) { return athrow_send_impl(ATHROW(self), V_NONE); }

static Value athrow_send(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs != 1 || !v_is_null(kwnames))
        return err_format(&Exc_TypeError, "send() takes exactly one argument (%zu given)", nargs);
    return athrow_send_impl(ATHROW(self), args[0]);
}

static Value athrow_throw(Value self, const Value *args, size_t nargs, Value kwnames) {
    AThrowObject *o = ATHROW(self);
    if (nargs < 1 || nargs > 3 || !v_is_null(kwnames))
        return err_format(&Exc_TypeError, "throw expected at least 1 argument, got %zu", nargs);
    if (o->state == AW_CLOSED)
        return err_format(&Exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    GeneratorObject *g = GEN(o->gen);
    Value r = gen_throw_impl(g, args, nargs);
    if (!v_is_null(o->args)) return agen_unwrap(g, r);
    return athrow_close_result(o, r);
}

static Value athrow_close(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    return aw_close_state(&ATHROW(self)->state, nargs, kwnames);
}

static void athrow_dealloc(Object *o) {
    AThrowObject *a = (AThrowObject *)o;
    v_decref(a->gen);
    v_decref(a->args);
    obj_free(o);
}

static void athrow_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    visit(((AThrowObject *)o)->gen, arg);
    visit(((AThrowObject *)o)->args, arg);
}

static void athrow_clear(Object *o) {
    AThrowObject *a = (AThrowObject *)o;
    Value v = a->args;
    a->args = V_NULL;
    v_decref(v);
}

static const MethodDef athrow_methods[] = {
    {"send", athrow_send, 0, NULL},
    {"throw", athrow_throw, 0, NULL},
    {"close", athrow_close, 0, NULL},
    {"__await__", aw_await, 0, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject AsyncGenAThrowType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "async_generator_athrow",
    .basicsize = sizeof(AThrowObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = athrow_dealloc,
    .traverse = athrow_traverse,
    .clear = athrow_clear,
    .iter = gen_iter,
    .iternext = athrow_iternext,
    .methods = athrow_methods,
};

static Value agen_repr(Value self) {
    return str_printf("<async_generator object %s at %p>", str_data(GEN(self)->qualname), (void *)v_as_obj(self));
}

static Value agen_aiter(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (nargs || !v_is_null(kwnames))
        return err_format(&Exc_TypeError, "__aiter__() takes no arguments (%zu given)", nargs);
    return v_newref(self);
}

static Value agen_anext(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (nargs || !v_is_null(kwnames))
        return err_format(&Exc_TypeError, "__anext__() takes no arguments (%zu given)", nargs);
    if (agen_init_hooks(self) < 0) return V_NULL;
    return asend_new(self, V_NONE);
}

static Value agen_asend(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs != 1 || !v_is_null(kwnames))
        return err_format(&Exc_TypeError, "asend() takes exactly one argument (%zu given)", nargs);
    if (agen_init_hooks(self) < 0) return V_NULL;
    return asend_new(self, args[0]);
}

static Value agen_athrow(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs < 1 || nargs > 3 || !v_is_null(kwnames))
        return err_format(&Exc_TypeError, "athrow expected at least 1 argument, got %zu", nargs);
    if (agen_init_hooks(self) < 0) return V_NULL;
    Value t = tuple_from_array(args, (int64_t)nargs);
    if (v_is_null(t)) return V_NULL;
    Value r = athrow_new(self, t);
    v_decref(t);
    return r;
}

static Value agen_aclose(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (nargs || !v_is_null(kwnames))
        return err_format(&Exc_TypeError, "aclose() takes no arguments (%zu given)", nargs);
    if (agen_init_hooks(self) < 0) return V_NULL;
    return athrow_new(self, V_NULL);
}

static Value agen_get_running(Value self) { return v_from_bool(GEN(self)->running_async); }

static const MethodDef agen_methods[] = {
    {"__aiter__", agen_aiter, 0, NULL},
    {"__anext__", agen_anext, 0, NULL},
    {"asend", agen_asend, 0, NULL},
    {"athrow", agen_athrow, 0, NULL},
    {"aclose", agen_aclose, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef agen_getset[] = {
    {"__name__", gen_get_name, NULL},
    {"__qualname__", gen_get_qualname, NULL},
    {"ag_running", agen_get_running, NULL},
    {"ag_frame", gen_get_frame, NULL},
    {"ag_await", coro_get_await, NULL},
    {"ag_code", gen_get_code, NULL},
    {NULL, NULL, NULL},
};

TypeObject AsyncGenType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "async_generator",
    .basicsize = sizeof(GeneratorObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .finalize = agen_finalize,
    .repr = agen_repr,
    .methods = agen_methods,
    .getset = agen_getset,
};

/* ---- aiter() and anext() ------------------------------------------------------------ */

Value builtin_aiter(Value x) {
    TypeObject *t = v_type(x);
    Value meth = type_lookup(t, str_intern_cstr("__aiter__"));
    if (v_is_null(meth)) {
        if (err_occurred()) return V_NULL;
        return err_format(&Exc_TypeError, "'%s' object is not an async iterable", t->name);
    }
    Value it = obj_call_method(x, "__aiter__", NULL, 0);
    if (v_is_null(it)) return V_NULL;
    if (v_is_null(type_lookup(v_type(it), str_intern_cstr("__anext__")))) {
        err_format(&Exc_TypeError, "aiter() returned not an async iterator of type '%s'", v_type_name(it));
        v_decref(it);
        return V_NULL;
    }
    return it;
}

/* anext(it, default): the awaitable __anext__() returned, whose
 * StopAsyncIteration becomes StopIteration(default), the await's result. */
typedef struct AnextObject {
    Object ob;
    Value wrapped, dflt;
} AnextObject;

#define ANEXT(v) ((AnextObject *)v_as_obj(v))

static Value anext_result(AnextObject *o, Value r) {
    if (v_is_null(r) && err_matches(&Exc_StopAsyncIteration)) {
        err_clear();
        raise_stop_iteration(o->dflt);
    }
    return r;
}

static Value anext_send_impl(AnextObject *o, Value v) {
    Value aw = coro_get_awaitable(o->wrapped);
    if (v_is_null(aw)) return V_NULL;
    Value res;
    int r = generator_send_value(aw, v, &res);
    v_decref(aw);
    if (r == 1) return res;
    if (r == 0) {
        raise_stop_iteration(res);
        v_decref(res);
    }
    return anext_result(o, V_NULL);
}

static Value anext_iternext(Value self) { return anext_send_impl(ANEXT(self), V_NONE); }

static Value anext_send(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs != 1 || !v_is_null(kwnames))
        return err_format(&Exc_TypeError, "send() takes exactly one argument (%zu given)", nargs);
    return anext_send_impl(ANEXT(self), args[0]);
}

static Value anext_throw(Value self, const Value *args, size_t nargs, Value kwnames) {
    AnextObject *o = ANEXT(self);
    if (nargs < 1 || nargs > 3 || !v_is_null(kwnames))
        return err_format(&Exc_TypeError, "throw expected at least 1 argument, got %zu", nargs);
    Value aw = coro_get_awaitable(o->wrapped);
    if (v_is_null(aw)) return V_NULL;
    Value r;
    if (gen_any_check(aw)) r = gen_throw_impl(GEN(aw), args, nargs);
    else r = obj_call_method(aw, "throw", args, nargs);
    v_decref(aw);
    return anext_result(o, r);
}

static Value anext_close(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (nargs || !v_is_null(kwnames))
        return err_format(&Exc_TypeError, "close() takes no arguments (%zu given)", nargs);
    return obj_call_method(ANEXT(self)->wrapped, "close", NULL, 0);
}

static void anext_dealloc(Object *o) {
    v_decref(((AnextObject *)o)->wrapped);
    v_decref(((AnextObject *)o)->dflt);
    obj_free(o);
}

static void anext_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    visit(((AnextObject *)o)->wrapped, arg);
    visit(((AnextObject *)o)->dflt, arg);
}

static const MethodDef anext_methods[] = {
    {"send", anext_send, 0, NULL},
    {"throw", anext_throw, 0, NULL},
    {"close", anext_close, 0, NULL},
    {"__await__", aw_await, 0, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject AnextAwaitableType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "anext_awaitable",
    .basicsize = sizeof(AnextObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = anext_dealloc,
    .traverse = anext_traverse,
    .iter = gen_iter,
    .iternext = anext_iternext,
    .methods = anext_methods,
};

Value builtin_anext(Value it, Value dflt) {
    TypeObject *t = v_type(it);
    if (v_is_null(type_lookup(t, str_intern_cstr("__anext__")))) {
        if (err_occurred()) return V_NULL;
        return err_format(&Exc_TypeError, "'%s' object is not an async iterator", t->name);
    }
    Value aw = obj_call_method(it, "__anext__", NULL, 0);
    if (v_is_null(aw) || v_is_null(dflt)) return aw;
    AnextObject *o = (AnextObject *)obj_alloc(&AnextAwaitableType, sizeof(AnextObject));
    if (!o) { v_decref(aw); return V_NULL; }
    o->wrapped = aw;
    o->dflt = v_newref(dflt);
    return v_from_obj(o);
}

/* trace.c: sys.settrace / sys.setprofile events (design in trace.h).
 *
 * The semantics follow CPython 3.11's ceval.c and sysmodule.c: the global
 * trace function gets 'call' (its result, if not None, becomes the frame's
 * f_trace); 'line', 'return', 'exception' and 'opcode' go to the frame's
 * f_trace (whose non-None result replaces it); the profile function gets
 * 'call', 'return', 'c_call', 'c_return', 'c_exception'. A function that
 * raises is removed (settrace(None) / setprofile(None)) and its exception
 * propagates from where the event happened. Nothing is traced while a
 * trace or profile function runs.
 */
#include <string.h>
#include "trace.h"
#include "frameobject.h"
#include "errors.h"
#include "str.h"
#include "tuple.h"
#include "abstract.h"
#include "descr.h"
#include "opcodes.h"
#include "sigint.h"
#include "eval.h"
#include "generator.h"
#include "../jit/jit.h"

/* descr.c: the descriptor protocol for an attribute found in a type. */
Value descr_get(Value attr, Value obj, TypeObject *type);

TraceState trace_state = {V_NULL, V_NULL, false, 0, 0};

enum { EV_CALL, EV_EXCEPTION, EV_LINE, EV_RETURN, EV_C_CALL, EV_C_EXCEPTION, EV_C_RETURN, EV_OPCODE };
static const char *const event_names[] = {
    "call", "exception", "line", "return", "c_call", "c_exception", "c_return", "opcode",
};

/* ---- live frame objects -------------------------------------------------------- */

/* Running frame -> its live frame object (strong). Few entries (the frames
 * on the stack that had an event, plus suspended generators): a linear
 * scan from the newest. */
Value trace_frame_object(Frame *f);

typedef struct LiveEntry {
    Frame *frame;
    FrameObject *fo;
} LiveEntry;
static LiveEntry *live;
static int live_cap;

static int live_find(Frame *f) {
    for (int i = trace_state.nlive - 1; i >= 0; i--)
        if (live[i].frame == f) return i;
    return -1;
}

static void live_remove(int i, bool keep_back) {
    FrameObject *fo = live[i].fo;
    Frame *f = live[i].frame;
    if (keep_back && fo->ob.refcnt > 1 && fo->live) {
        /* The object outlives its frame: its f_back stays the caller's
         * object, as CPython's. */
        Frame *p = f->previous;
        while (p && !p->code) p = p->previous;
        if (p) {
            Value b = trace_frame_object(p);
            if (v_is_null(b)) err_clear();
            else v_setref(&fo->back, b);
            i = live_find(f);     /* the table may have changed */
            if (i < 0) return;
        }
    }
    memmove(&live[i], &live[i + 1], sizeof *live * (size_t)(trace_state.nlive - i - 1));
    trace_state.nlive--;
    frame_object_detach(fo);
    obj_decref(&fo->ob);
}

static void live_clear(void) {
    while (trace_state.nlive) live_remove(trace_state.nlive - 1, false);
}

/* The live object of f if it has one (borrowed), else NULL. */
static FrameObject *live_lookup(Frame *f) {
    int i = live_find(f);
    if (i < 0) return NULL;
    if (live[i].fo->code != f->code) {
        /* A frame that returned outside the traced loop left its entry. */
        live_remove(i, false);
        return NULL;
    }
    return live[i].fo;
}

Value trace_frame_object(Frame *f) {
    FrameObject *fo = live_lookup(f);
    if (fo) return v_newref(v_from_obj(fo));
    if (trace_state.nlive == live_cap) {
        int cap = live_cap ? live_cap * 2 : 64;
        LiveEntry *n = mem_realloc(live, sizeof *live * (size_t)cap);
        if (!n) return err_nomem();
        live = n;
        live_cap = cap;
    }
    Value v = frame_object_live(f);
    if (v_is_null(v)) return V_NULL;
    live[trace_state.nlive].frame = f;
    live[trace_state.nlive].fo = (FrameObject *)v_as_obj(v);
    trace_state.nlive++;
    return v_newref(v);
}

void trace_frame_exit_slow(Frame *f) {
    int i = live_find(f);
    if (i >= 0) live_remove(i, true);
}

/* ---- setting the functions ------------------------------------------------------ */

static void state_changed(void) {
    bool any = trace_state.tracefunc != V_NULL || trace_state.profilefunc != V_NULL;
    if (any != trace_state.any) jit_set_tracing(any);
    trace_state.any = any;
    if (any) {
        if (!trace_state.busy) sigint_pending = 1;
    } else {
        live_clear();
    }
}

void trace_set_trace(Value func) {
    v_setref(&trace_state.tracefunc, (v_is_null(func) || func == V_NONE) ? V_NULL : v_newref(func));
    state_changed();
}

void trace_set_profile(Value func) {
    v_setref(&trace_state.profilefunc, (v_is_null(func) || func == V_NONE) ? V_NULL : v_newref(func));
    state_changed();
}

/* ---- calling the functions ------------------------------------------------------ */

static Value event_name(int what) {
    static Value names[8];
    if (v_is_null(names[what]) || names[what] == 0) names[what] = str_intern_cstr(event_names[what]);
    return names[what];
}

/* One event for frame f to the trace function (profile false: the global
 * one for 'call', else f's f_trace) or the profile function. arg borrowed
 * (V_NULL: None). 0, or -1 with the function's exception set (the function
 * is then removed). */
static int call_func(bool profile, Frame *f, int what, Value arg) {
    FrameObject *fo;
    Value fov;
    if (!profile && what != EV_CALL) {
        fo = live_lookup(f);
        if (!fo || fo->trace == V_NONE) return 0;
        fov = v_newref(v_from_obj(fo));
    } else {
        fov = trace_frame_object(f);
        if (v_is_null(fov)) return -1;
        fo = (FrameObject *)v_as_obj(fov);
    }
    Value cb = profile ? trace_state.profilefunc : what == EV_CALL ? trace_state.tracefunc : fo->trace;
    if (v_is_null(cb) || cb == V_NONE) {
        v_decref(fov);
        return 0;
    }
    v_incref(cb);
    Value args[3] = {fov, event_name(what), v_is_null(arg) ? V_NONE : arg};
    trace_state.busy++;
    Value r = obj_call(cb, args, 3, V_NULL);
    trace_state.busy--;
    v_decref(cb);
    if (trace_wanted()) sigint_pending = 1;
    if (v_is_null(r)) {
        if (profile) {
            trace_set_profile(V_NULL);
        } else {
            trace_set_trace(V_NULL);
            v_setref(&fo->trace, V_NONE);
        }
        v_decref(fov);
        return -1;
    }
    if (!profile && r != V_NONE) v_setref(&fo->trace, r);
    else v_decref(r);
    v_decref(fov);
    return 0;
}

/* call_func with the pending exception (if any) kept across the call
 * (CPython's call_trace_protected): the function's own exception wins. */
static int call_protected(bool profile, Frame *f, int what, Value arg) {
    Value saved = err_occurred() ? err_fetch() : V_NULL;
    int r = call_func(profile, f, what, arg);
    if (!v_is_null(saved)) {
        if (r == 0) err_restore(saved);
        else v_decref(saved);
    }
    return r;
}

static int call_both(Frame *f, int what, Value arg) {
    if (trace_state.tracefunc != V_NULL && call_protected(false, f, what, arg) < 0) return -1;
    if (trace_state.profilefunc != V_NULL && call_protected(true, f, what, arg) < 0) return -1;
    return 0;
}

/* ---- events --------------------------------------------------------------------- */

/* The first instruction that is traced: the first RESUME (the ones before
 * it set up cells and generators). */
static int first_traceable(const CodeObject *co) {
    for (int i = 0; i < co->ncodeunits; i++)
        if (CU_OP(co->code[i]) == OP_RESUME) return i;
    return 0;
}

int trace_instruction(Frame *f, CodeUnit *prev, CodeUnit *cur) {
    CodeObject *co = f->code;
    int i = (int)(cur - co->code);
    int first = first_traceable(co);
    if (i < first) return 0;
    if (CU_OP(*cur) == OP_RESUME) return call_both(f, EV_CALL, V_NONE);
    if (trace_state.tracefunc == V_NULL) return 0;
    FrameObject *fo = live_lookup(f);
    if (!fo || fo->trace == V_NONE) return 0;
    int r = 0;
    if (fo->trace_lines) {
        int line = code_line_at(co, i);
        int pi = prev ? (int)(prev - co->code) : -1;
        int lastline = pi <= first ? -1 : code_line_at(co, pi);
        /* A new line, or a backward jump (except to a SEND: the loop of
         * `yield from`). */
        if (line != -1 && (line != lastline || (i < pi && CU_OP(*cur) != OP_SEND)))
            r = call_func(false, f, EV_LINE, V_NONE);
    }
    if (r == 0 && trace_state.tracefunc != V_NULL && (fo = live_lookup(f)) && fo->trace_opcodes)
        r = call_func(false, f, EV_OPCODE, V_NONE);
    return r;
}

void trace_throw_entry(Frame *f) {
    call_both(f, EV_CALL, V_NONE);
}

int trace_return(Frame *f, Value retval) {
    return call_both(f, EV_RETURN, retval);
}

void trace_unwind(Frame *f) {
    call_both(f, EV_RETURN, V_NONE);
}

void trace_exception(Frame *f) {
    Value exc = err_fetch();
    Value tb = V_NONE;
    if (v_is_exception(exc)) tb = ((ExceptionObject *)v_as_obj(exc))->traceback;
    Value arg = tuple_pack(3, v_from_obj(&v_type(exc)->ob), exc, tb);
    if (v_is_null(arg)) {
        err_clear();
        err_restore(exc);
        return;
    }
    int r = call_func(false, f, EV_EXCEPTION, arg);
    v_decref(arg);
    if (r == 0) err_restore(exc);
    else v_decref(exc);
}

int trace_stop_iteration(Frame *f, Value value) {
    generator_raise_stop(v_newref(value));
    trace_exception(f);
    if (!err_matches(&Exc_StopIteration)) return -1;
    err_clear();
    return 0;
}

Value trace_gen_next(Frame *f, Value gen) {
    Value res;
    int status = generator_send_value(gen, V_NONE, &res);
    if (status > 0) return res;
    if (status == 0) {
        if (res != V_NONE) trace_stop_iteration(f, res);
        v_decref(res);
    }
    return V_NULL;
}

Value trace_c_func(Value callable, const Value *args, size_t npos) {
    if (v_is_type(callable, &BuiltinFunctionType)) return v_newref(callable);
    if (v_is_type(callable, &MethodDescrType) && npos > 0) {
        /* Reported as the method bound to its instance, as CPython. */
        Value self = args[0];
        Value m = descr_get(callable, self, v_type(self));
        if (v_is_null(m)) err_clear();
        return m;
    }
    return V_NULL;
}

/* The c_call event for cfunc, the call, then c_return / c_exception. */
static Value c_events(Value cfunc, Value (*call)(void *), void *ctx) {
    Frame *f = eval_ts.frame;
    Value res;
    if (call_func(true, f, EV_C_CALL, cfunc) < 0) {
        res = V_NULL;
    } else {
        res = call(ctx);
        if (trace_state.profilefunc != V_NULL) {
            if (v_is_null(res)) {
                call_protected(true, f, EV_C_EXCEPTION, cfunc);
            } else if (call_func(true, f, EV_C_RETURN, cfunc) < 0) {
                v_decref(res);
                res = V_NULL;
            }
        }
    }
    v_decref(cfunc);
    return res;
}

typedef struct CallCtx {
    Value callable, args, kwargs;
    const Value *argv;
    size_t npos;
} CallCtx;

static Value do_call(void *p) {
    CallCtx *c = p;
    return obj_call(c->callable, c->argv, c->npos, c->kwargs);
}

Value trace_c_call(Value cfunc, Value callable, const Value *args, size_t npos, Value kwnames) {
    CallCtx c = {callable, V_NULL, kwnames, args, npos};
    return c_events(cfunc, do_call, &c);
}

static Value do_call_ex(void *p) {
    CallCtx *c = p;
    return call_function_ex(c->callable, c->args, c->kwargs);
}

Value trace_c_call_ex(Value func, Value args, Value kwargs) {
    CallCtx c = {func, args, kwargs, NULL, 0};
    return c_events(v_newref(func), do_call_ex, &c);
}

/* eval.c: the bytecode interpreter loop.
 *
 * Dispatch is computed goto: the table is built from OPCODE_LIST, so every
 * opcode has a TARGET, and each TARGET skips its own inline cache units
 * (a compile-time constant per opcode) before doing its work. The loop keeps
 * its hot state in locals (frame, localsplus, stack pointer, next_instr) and
 * writes it back to the Frame only when it leaves the frame (a call, a
 * return, an error).
 *
 * Frame protocol: a Python-to-Python CALL pushes a frame on the frame stack
 * and jumps to start_frame in the same C activation; RETURN_VALUE pops it
 * and resumes the caller. A frame with is_entry set was entered from C: its
 * return (or an exception escaping it) leaves this C activation.
 *
 * Error protocol: an instruction that fails jumps to `error` with the
 * exception pending. `error` chains the handled exception as __context__,
 * adds a traceback entry for this frame, then `exception_unwind` looks the
 * failing instruction up in the exception table; no handler pops the frame
 * and repeats in the caller. RERAISE and a bare `raise` enter at
 * exception_unwind: they add no traceback entry, as in CPython.
 */
#include <stdio.h>
#include <math.h>
#include "eval.h"
#include "repl.h"
#include "frame.h"
#include "function.h"
#include "code.h"
#include "opcodes.h"
#include "errors.h"
#include "abstract.h"
#include "descr.h"
#include "int.h"
#include "floatobject.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "set.h"
#include "range.h"
#include "runtime.h"
#include "generator.h"
#include "import.h"
#include "match.h"
#include "exc_group.h"
#include "module.h"
#include "specialize.h"
#include "classobj.h"
#include "sigint.h"
#include "trace.h"
#include "../jit/jit.h"

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#define COLD __attribute__((cold, noinline))

/* Cache sizes as compile-time constants, one per opcode. */
enum {
#define OP_CACHE(name, cache, flags, effect, jeffect, family) CACHE_SIZE_##name = (cache),
    OPCODE_LIST(OP_CACHE)
#undef OP_CACHE
};

/* ---- recursion accounting ---------------------------------------------------
 *
 * eval_ts.depth counts Python frames plus C entries into the loop, as
 * CPython 3.11 counts both. CPython lets 1001 such levels succeed under the
 * default limit of 1000 (its module code runs with both a C entry and a
 * frame), so `def f(n): return f(n+1)` shows 999 frames of f in the
 * traceback; the same bound here gives the same "[Previous line repeated
 * 996 more times]". */
static inline bool depth_exceeded(void) {
    return eval_ts.depth > eval_ts.recursion_limit + 1;
}

COLD static Value recursion_error(void) {
    return err_format(&Exc_RecursionError, "maximum recursion depth exceeded");
}

int eval_enter_recursive_call(const char *where) {
    eval_ts.depth++;
    if (depth_exceeded()) {
        eval_ts.depth--;
        err_format(&Exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}

int eval_get_recursion_limit(void) { return eval_ts.recursion_limit; }
void eval_set_recursion_limit(int limit) { eval_ts.recursion_limit = limit; }

Value eval_globals(void) { return eval_ts.frame ? eval_ts.frame->globals : V_NULL; }
Value eval_builtins(void) { return eval_ts.frame ? eval_ts.frame->builtins : runtime_builtins(); }

/* ---- cold helpers ------------------------------------------------------------ */

COLD static void unbound_local_error(CodeObject *co, int i) {
    Value name = tuple_items(co->localsplusnames)[i];
    err_format(&Exc_UnboundLocalError,
               "cannot access local variable '%s' where it is not associated with a value",
               str_data(name));
}

COLD static void unbound_deref_error(CodeObject *co, int i) {
    Value name = tuple_items(co->localsplusnames)[i];
    if (co->localspluskinds[i] & CO_FAST_FREE) {
        err_format(&Exc_NameError,
                   "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                   str_data(name));
        err_set_name_context(&Exc_NameError, name, V_NULL);
    } else
        unbound_local_error(co, i);
}

COLD static void name_error(Value name) {
    err_format(&Exc_NameError, "name '%s' is not defined", str_data(name));
    err_set_name_context(&Exc_NameError, name, V_NULL);
}

/* Sets the handled exception as exc's __context__, as CPython does when an
 * exception is raised inside an except block, cutting any cycle the new
 * link would close. */
static void chain_context(Value exc) {
    Value handled = eval_current_exception();
    if (handled == V_NONE || handled == exc || !v_is_exception(exc) || !v_is_exception(handled))
        return;
    ExceptionObject *e = (ExceptionObject *)v_as_obj(exc);
    if (e->context == handled) return;
    Value o = handled;
    for (;;) {
        ExceptionObject *oe = (ExceptionObject *)v_as_obj(o);
        Value ctx = oe->context;
        if (ctx == V_NONE || v_is_null(ctx) || !v_is_exception(ctx)) break;
        if (ctx == exc) {
            oe->context = V_NONE;
            v_decref(ctx);
            break;
        }
        o = ctx;
    }
    v_setref(&e->context, v_newref(handled));
}

/* `raise exc` / `raise exc from cause`: makes the exception pending.
 * Steals exc and cause (cause V_NULL if absent). Returns 0 if the pending
 * exception is a fresh raise, -1 always (kept for symmetry of call sites). */
COLD static void do_raise(Value exc, Value cause) {
    Value inst;
    if (v_is_exception_type(exc)) {
        inst = obj_call0(exc);
        if (v_is_null(inst)) goto fail;
        if (!v_is_exception(inst)) {
            err_format(&Exc_TypeError,
                       "calling %s should have returned an instance of BaseException, not %s",
                       ((TypeObject *)v_as_obj(exc))->name, v_type_name(inst));
            v_decref(inst);
            goto fail;
        }
    } else if (v_is_exception(exc)) {
        inst = v_newref(exc);
    } else {
        err_format(&Exc_TypeError, "exceptions must derive from BaseException");
        goto fail;
    }
    if (!v_is_null(cause)) {
        Value c;
        if (v_is_exception_type(cause)) {
            c = obj_call0(cause);
            if (v_is_null(c)) { v_decref(inst); goto fail; }
        } else if (v_is_exception(cause)) {
            c = v_newref(cause);
        } else if (cause == V_NONE) {
            c = V_NONE;
        } else {
            v_decref(inst);
            err_format(&Exc_TypeError, "exception causes must derive from BaseException");
            goto fail;
        }
        ExceptionObject *e = (ExceptionObject *)v_as_obj(inst);
        v_setref(&e->cause, c);
        e->suppress_context = true;
    }
    v_decref(exc);
    v_decref(cause);
    err_set_object(inst);
    return;
fail:
    v_decref(exc);
    v_decref(cause);
}

/* "__main__.f()" / "len()" style description of a callable for call
 * errors, as CPython's _PyObject_FunctionStr. */
void callable_desc(Value f, char *buf, size_t n) {
    if (v_is_function(f)) {
        Value mod = v_as_function(f)->module;
        if (v_is_str(mod) && !str_eq_cstr(mod, "builtins"))
            snprintf(buf, n, "%s.%s()", str_data(mod), str_data(v_as_function(f)->qualname));
        else
            snprintf(buf, n, "%s()", str_data(v_as_function(f)->qualname));
    }
    else if (v_is_type(f, &BuiltinFunctionType))
        snprintf(buf, n, "%s()", ((BuiltinFunctionObject *)v_as_obj(f))->name);
    else if (v_is_ptr(f) && v_as_obj(f)->type == &TypeType)
        snprintf(buf, n, "%s()", ((TypeObject *)v_as_obj(f))->name);
    else
        snprintf(buf, n, "%s object", v_type_name(f));
}

/* CALL_FUNCTION_EX: f(*args, **kwargs). args and kwargs borrowed (kwargs
 * may be V_NULL). New reference. */
COLD Value call_function_ex(Value func, Value args, Value kwargs) {
    Value tup;
    if (v_is_tuple(args)) {
        tup = v_newref(args);
    } else {
        tup = tuple_from_iterable(args);
        if (v_is_null(tup)) return V_NULL;
    }
    int64_t npos = tuple_size(tup);
    if (v_is_null(kwargs) || dict_size(kwargs) == 0) {
        Value r = obj_call(func, tuple_items(tup), (size_t)npos, V_NULL);
        v_decref(tup);
        return r;
    }
    int64_t nkw = dict_size(kwargs);
    Value *vals = mem_alloc(sizeof(Value) * (size_t)(npos + nkw));
    Value names = tuple_new(nkw);
    if (!vals || v_is_null(names)) {
        mem_free(vals);
        v_decref(names);
        v_decref(tup);
        return v_is_null(names) ? V_NULL : err_nomem();
    }
    for (int64_t i = 0; i < npos; i++) vals[i] = tuple_items(tup)[i];
    int64_t pos = 0, k = 0;
    Value key, value;
    while (dict_next(kwargs, &pos, &key, &value)) {
        if (!v_is_str(key)) {
            err_format(&Exc_TypeError, "keywords must be strings");
            v_decref(names);
            mem_free(vals);
            v_decref(tup);
            return V_NULL;
        }
        tuple_items(names)[k] = v_newref(key);
        vals[npos + k] = value;
        k++;
    }
    Value r = obj_call(func, vals, (size_t)npos, names);
    v_decref(names);
    mem_free(vals);
    v_decref(tup);
    return r;
}

/* DICT_MERGE: merges update into dict for f(**update); duplicate keys are
 * errors naming func. */
COLD static int dict_merge(Value func, Value dict, Value update) {
    char d[200];
    if (!v_is_dict(update)) {
        Value keys;
        int r = obj_lookup_attr(update, str_intern_cstr("keys"), &keys);
        if (r < 0) return -1;
        if (r == 0) {
            callable_desc(func, d, sizeof d);
            err_format(&Exc_TypeError, "%s argument after ** must be a mapping, not %s",
                       d, v_type_name(update));
            return -1;
        }
        v_decref(keys);
        Value tmp = dict_new();
        if (v_is_null(tmp)) return -1;
        if (dict_update(tmp, update) < 0) {
            v_decref(tmp);
            return -1;
        }
        int rr = dict_merge(func, dict, tmp);
        v_decref(tmp);
        return rr;
    }
    int64_t pos = 0;
    Value key, value;
    while (dict_next(update, &pos, &key, &value)) {
        int c = dict_contains(dict, key);
        if (c < 0) return -1;
        if (c) {
            callable_desc(func, d, sizeof d);
            if (v_is_str(key))
                err_format(&Exc_TypeError, "%s got multiple values for keyword argument '%s'",
                           d, str_data(key));
            else
                err_format(&Exc_TypeError, "keywords must be strings");
            return -1;
        }
        if (!v_is_str(key)) {
            err_format(&Exc_TypeError, "keywords must be strings");
            return -1;
        }
        if (dict_set(dict, key, value) < 0) return -1;
    }
    return 0;
}

COLD Value load_name_slow(Frame *frame, Value name) {
    Value locals = frame->locals;
    if (v_is_null(locals)) {
        return err_format(&Exc_SystemError, "no locals when loading '%s'", str_data(name));
    }
    if (v_is_dict(locals)) {
        Value v = dict_get_str(locals, name);
        if (!v_is_null(v)) return v_newref(v);
    } else {
        Value v = obj_getitem(locals, name);
        if (!v_is_null(v)) return v;
        if (!err_matches(&Exc_KeyError)) return V_NULL;
        err_clear();
    }
    Value v = dict_get_str(frame->globals, name);
    if (v_is_null(v)) v = dict_get_str(frame->builtins, name);
    if (v_is_null(v)) {
        name_error(name);
        return V_NULL;
    }
    return v_newref(v);
}

COLD static Value format_value(Value value, int conv, Value spec) {
    Value v = value, conv_v = V_NULL;
    if (conv == 1) conv_v = obj_str(v);
    else if (conv == 2) conv_v = obj_repr(v);
    else if (conv == 3) conv_v = obj_ascii(v);
    if (conv) {
        if (v_is_null(conv_v)) return V_NULL;
        v = conv_v;
    }
    Value r;
    if (v_is_null(spec) && v_is_str(v)) {
        r = v_newref(v);
    } else {
        Value s = v_is_null(spec) ? str_intern_cstr("") : spec;
        r = obj_format(v, s);
    }
    v_decref(conv_v);
    return r;
}

COLD static Value build_string(Value *items, int n) {
    StrBuilder sb;
    sb_init(&sb);
    for (int i = 0; i < n; i++) sb_append_str(&sb, items[i]);
    return sb_finish(&sb);
}

/* Annotations arrive as a flat tuple of (name, value) pairs (CPython 3.11)
 * or as a dict. Steals ann; new reference to a dict. */
COLD Value annotations_dict(Value ann) {
    if (v_is_dict(ann)) return ann;
    Value d = dict_new();
    if (v_is_null(d)) { v_decref(ann); return V_NULL; }
    if (v_is_tuple(ann)) {
        int64_t n = tuple_size(ann);
        for (int64_t i = 0; i + 1 < n; i += 2)
            if (dict_set(d, tuple_items(ann)[i], tuple_items(ann)[i + 1]) < 0) {
                v_decref(d);
                d = V_NULL;
                break;
            }
    }
    v_decref(ann);
    return d;
}

/* A special method looked up on the type and bound to o, as CPython's
 * _PyObject_LookupSpecial. New reference; V_NULL without an exception if
 * the type has none. */
extern Value descr_get(Value attr, Value obj, TypeObject *type);   /* descr.c: binds any attribute */
static Value lookup_special(Value o, const char *name) {
    TypeObject *t = v_type(o);
    Value attr = type_lookup(t, str_intern_cstr(name));
    if (v_is_null(attr)) return V_NULL;
    return descr_get(attr, o, t);
}

COLD static void with_protocol_error(Value mgr, const char *what) {
    err_format(&Exc_TypeError, "'%s' object does not support the context manager protocol%s",
               v_type_name(mgr), what);
}

COLD static int check_except_type(Value t) {
    if (v_is_tuple(t)) {
        for (int64_t i = 0; i < tuple_size(t); i++)
            if (!v_is_exception_type(tuple_items(t)[i])) goto bad;
        return 0;
    }
    if (v_is_exception_type(t)) return 0;
bad:
    err_format(&Exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

/* The loop's cold paths, for jit/helpers.c (declared in eval.h). */
void eval_unbound_local_error(CodeObject *co, int i) { unbound_local_error(co, i); }
void eval_unbound_deref_error(CodeObject *co, int i) { unbound_deref_error(co, i); }
void eval_raise(Value exc, Value cause) {
    do_raise(exc, cause);
    chain_context(err_peek());
}
Value eval_format_value(Value value, int conv, Value spec) { return format_value(value, conv, spec); }
Value eval_build_string(Value *items, int n) { return build_string(items, n); }
Value eval_lookup_special(Value o, const char *name) { return lookup_special(o, name); }

/* o.name() looked up on o's type (GET_AITER, GET_ANEXT); a missing method
 * raises TypeError with msg formatted with o's type name. */
static Value call_special0(Value o, const char *name, const char *msg) {
    Value meth = lookup_special(o, name);
    if (UNLIKELY(v_is_null(meth))) {
        if (!err_occurred()) err_format(&Exc_TypeError, msg, v_type_name(o));
        return V_NULL;
    }
    Value r = obj_call0(meth);
    v_decref(meth);
    return r;
}
void eval_with_protocol_error(Value mgr, const char *what) { with_protocol_error(mgr, what); }
int eval_dict_merge(Value func, Value dict, Value update) { return dict_merge(func, dict, update); }

/* Smallint arithmetic that may leave the small range. */
/* BINARY_OP_POWER_FLOAT's body, out of line (a libm call inside
 * eval_frame costs its register allocation more than the call): a ** b for
 * a finite positive base and a finite exponent with a finite result, where
 * float_pow is C's pow; V_NULL (deopt) for anything else. */
static __attribute__((noinline)) Value spec_float_pow(double a, double b) {
    if (!(a > 0.0 && a < INFINITY) || !isfinite(b)) return V_NULL;
    double x = (b == 0.0 || a == 1.0) ? 1.0 : pow(a, b);
    return isinf(x) ? V_NULL : v_from_float(x);
}

static inline __attribute__((always_inline)) Value smallint_result(int64_t r) {
    return LIKELY(smallint_fits(r)) ? v_from_smallint(r) : int_from_i64(r);
}

/* Small-int arithmetic on the boxed words of two small ints: each payload
 * shifted up 16 bits fills the whole 64-bit word, where a 64-bit add,
 * subtract or multiply (by the other's plain value) overflows exactly
 * when the 48-bit result would leave the small range; shifted back down
 * logically it is the new payload. No sign extension, no range compare. */
static inline __attribute__((always_inline)) Value smallint_add_boxed(Value l, Value r) {
    int64_t x;
    if (UNLIKELY(__builtin_add_overflow((int64_t)(l << 16), (int64_t)(r << 16), &x)))
        return int_from_i64(v_as_smallint(l) + v_as_smallint(r));
    return TAG_INT | ((uint64_t)x >> 16);
}
static inline __attribute__((always_inline)) Value smallint_sub_boxed(Value l, Value r) {
    int64_t x;
    if (UNLIKELY(__builtin_sub_overflow((int64_t)(l << 16), (int64_t)(r << 16), &x)))
        return int_from_i64(v_as_smallint(l) - v_as_smallint(r));
    return TAG_INT | ((uint64_t)x >> 16);
}
/* Both small ints: one test of both tags (each word xor TAG_INT has its
 * top 16 bits clear exactly when it is a small int). */
static inline __attribute__((always_inline)) bool smallint_both(Value l, Value r) {
    return ((l ^ TAG_INT) | (r ^ TAG_INT)) <= PAYLOAD_MASK;
}

/* ---- the loop ------------------------------------------------------------------ */

/* The loop is compiled twice from eval_loop.h: eval_frame, the normal
 * loop, and eval_frame_traced, the loop that runs while sys.settrace or
 * sys.setprofile is on (vm/trace.h). The normal loop has no test for
 * tracing on its hot path: it switches to the traced loop at the checks it
 * already has (RESUME and JUMP_BACKWARD test sigint_pending, which
 * trace.c keeps set while tracing is wanted). */
static Value eval_frame_traced(Frame *entry_frame, int mode);

/* What the traced loop returns to the normal loop that called it when
 * tracing went off: continue eval_ts.frame there. Never a Python value. */
#define EVAL_SWITCHED_BACK (TAG_SPECIAL | 0x7ace)

/* The traced loop runs every instruction in its generic form (its family):
 * specialised forms skip the work tracing needs (c_call events), and the
 * specialiser is off there. */
static const unsigned char trace_deopt[256] = {
#define OP_DEOPT(name, cache, flags, effect, jeffect, family) [OP_##name] = OP_##family,
    OPCODE_LIST(OP_DEOPT)
#undef OP_DEOPT
};

#define EVAL_TRACED 0
#define EVAL_LOOP_NAME eval_frame
#include "eval_loop.h"
#undef EVAL_TRACED
#undef EVAL_LOOP_NAME

#define EVAL_TRACED 1
#define EVAL_LOOP_NAME eval_frame_traced
#include "eval_loop.h"
#undef EVAL_TRACED
#undef EVAL_LOOP_NAME

/* ---- entries from C ------------------------------------------------------------- */

Value eval_code(Value code, Value globals, Value locals) {
    CodeObject *co = v_as_code(code);
    eval_ts.depth++;
    if (depth_exceeded()) {
        eval_ts.depth--;
        return recursion_error();
    }
    eval_ts.depth++;
    if (depth_exceeded()) {
        eval_ts.depth -= 2;
        return recursion_error();
    }
    Frame *f = frame_push(co, V_NULL, globals, runtime_builtins(), locals);
    if (!f) {
        eval_ts.depth -= 2;
        return V_NULL;
    }
    f->is_entry = true;
    f->previous = eval_ts.frame;
    eval_ts.frame = f;
    Value r = eval_frame(f, false);
    eval_ts.depth--;
    return r;
}

/* A class body: func's code run without arguments, its names stored in
 * locals (the class namespace). */
Value eval_call_function_locals(Value func, Value locals) {
    FunctionObject *fn = v_as_function(func);
    CodeObject *co = v_as_code(fn->code);
    eval_ts.depth += 2;
    if (depth_exceeded()) {
        eval_ts.depth -= 2;
        return recursion_error();
    }
    Frame *f = frame_push(co, func, fn->globals, fn->builtins, locals);
    if (!f) {
        eval_ts.depth -= 2;
        return V_NULL;
    }
    f->is_entry = true;
    f->previous = eval_ts.frame;
    eval_ts.frame = f;
    Value r = eval_frame(f, false);
    eval_ts.depth--;
    return r;
}

Value eval_call_function(Value func, const Value *args, size_t nargs, Value kwnames) {
    FunctionObject *fn = v_as_function(func);
    CodeObject *co = v_as_code(fn->code);
    eval_ts.depth++;
    if (depth_exceeded()) {
        eval_ts.depth--;
        return recursion_error();
    }
    eval_ts.depth++;
    if (depth_exceeded()) {
        eval_ts.depth -= 2;
        return recursion_error();
    }
    Frame *f = frame_push(co, func, fn->globals, fn->builtins, V_NULL);
    if (!f) {
        eval_ts.depth -= 2;
        return V_NULL;
    }
    if (function_bind_args(fn, f->localsplus, args, nargs, kwnames) < 0) {
        frame_pop(f);
        eval_ts.depth -= 2;
        return V_NULL;
    }
    f->is_entry = true;
    f->previous = eval_ts.frame;
    eval_ts.frame = f;
    Value r = eval_frame(f, false);
    eval_ts.depth--;
    return r;
}

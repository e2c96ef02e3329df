/* function.c: FunctionType, CellType, and CPython's argument binding. */
#include <stdio.h>
#include "function.h"
#include "errors.h"
#include "abstract.h"
#include "descr.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "eval.h"
#include "runtime.h"

/* ---- functions ------------------------------------------------------------- */

Value function_new(Value code, Value globals) {
    FunctionObject *f = (FunctionObject *)obj_alloc(&FunctionType, sizeof(FunctionObject));
    if (!f) return V_NULL;
    CodeObject *co = v_as_code(code);
    f->code = v_newref(code);
    f->globals = v_newref(globals);
    f->builtins = v_newref(runtime_builtins());
    f->name = v_newref(co->name);
    f->qualname = v_newref(co->qualname);
    f->defaults = V_NONE;
    f->kwdefaults = V_NONE;
    f->closure = V_NONE;
    f->doc = v_newref(co->docstring);
    Value mod = v_is_dict(globals) ? dict_get_cstr(globals, "__name__") : V_NULL;
    f->module = v_is_null(mod) ? V_NONE : v_newref(mod);
    f->annotations = V_NULL;
    f->dict = V_NULL;
    return v_from_obj(f);
}

static void function_dealloc(Object *o) {
    FunctionObject *f = (FunctionObject *)o;
    v_decref(f->code);
    v_decref(f->globals);
    v_decref(f->builtins);
    v_decref(f->name);
    v_decref(f->qualname);
    v_decref(f->defaults);
    v_decref(f->kwdefaults);
    v_decref(f->closure);
    v_decref(f->doc);
    v_decref(f->module);
    v_decref(f->annotations);
    v_decref(f->dict);
    obj_free(o);
}

static void function_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    FunctionObject *f = (FunctionObject *)o;
    Value fields[] = { f->code, f->globals, f->builtins, f->name, f->qualname, f->defaults,
                       f->kwdefaults, f->closure, f->doc, f->module, f->annotations, f->dict };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (v_is_ptr(fields[i])) visit(fields[i], arg);
}

/* The collector's clear. code, globals, builtins, the names and the
 * closure stay: a call (COPY_FREE_VARS) and repr rely on them, and the
 * dicts and cells they lead to have clears of their own that break the
 * cycles. */
static void function_clear(Object *o) {
    FunctionObject *f = (FunctionObject *)o;
    v_setref(&f->defaults, V_NONE);
    v_setref(&f->kwdefaults, V_NONE);
    v_setref(&f->doc, V_NONE);
    v_setref(&f->module, V_NONE);
    v_clear(&f->annotations);
    v_clear(&f->dict);
}

static Value function_repr(Value self) {
    FunctionObject *f = v_as_function(self);
    return str_printf("<function %s at %p>", str_data(f->qualname), (void *)f);
}

#define FUNC(self) v_as_function(self)

static Value func_get_name(Value self) { return v_newref(FUNC(self)->name); }
static int func_set_name(Value self, Value v) {
    if (v_is_null(v) || !v_is_str(v)) {
        err_format(&Exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    v_setref(&FUNC(self)->name, v_newref(v));
    return 0;
}
static Value func_get_qualname(Value self) { return v_newref(FUNC(self)->qualname); }
static int func_set_qualname(Value self, Value v) {
    if (v_is_null(v) || !v_is_str(v)) {
        err_format(&Exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    v_setref(&FUNC(self)->qualname, v_newref(v));
    return 0;
}
static Value func_get_code(Value self) { return v_newref(FUNC(self)->code); }
static int func_set_code(Value self, Value v) {
    if (v_is_null(v) || !v_is_code(v)) {
        err_format(&Exc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    v_setref(&FUNC(self)->code, v_newref(v));
    return 0;
}
static Value func_get_defaults(Value self) { return v_newref(FUNC(self)->defaults); }
static int func_set_defaults(Value self, Value v) {
    if (v_is_null(v)) v = V_NONE;
    if (v != V_NONE && !v_is_tuple(v)) {
        err_format(&Exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    v_setref(&FUNC(self)->defaults, v_newref(v));
    return 0;
}
static Value func_get_kwdefaults(Value self) { return v_newref(FUNC(self)->kwdefaults); }
static int func_set_kwdefaults(Value self, Value v) {
    if (v_is_null(v)) v = V_NONE;
    if (v != V_NONE && !v_is_dict(v)) {
        err_format(&Exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    v_setref(&FUNC(self)->kwdefaults, v_newref(v));
    return 0;
}
static Value func_get_globals(Value self) { return v_newref(FUNC(self)->globals); }
static Value func_get_closure(Value self) { return v_newref(FUNC(self)->closure); }
static Value func_get_doc(Value self) { return v_newref(FUNC(self)->doc); }
static int func_set_doc(Value self, Value v) {
    v_setref(&FUNC(self)->doc, v_is_null(v) ? V_NONE : v_newref(v));
    return 0;
}
static Value func_get_module(Value self) { return v_newref(FUNC(self)->module); }
static int func_set_module(Value self, Value v) {
    v_setref(&FUNC(self)->module, v_is_null(v) ? V_NONE : v_newref(v));
    return 0;
}
static Value func_get_dict(Value self) {
    FunctionObject *f = FUNC(self);
    if (v_is_null(f->dict)) {
        f->dict = dict_new();
        if (v_is_null(f->dict)) return V_NULL;
    }
    return v_newref(f->dict);
}
static int func_set_dict(Value self, Value v) {
    if (v_is_null(v)) {
        err_format(&Exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!v_is_dict(v)) {
        err_format(&Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", v_type_name(v));
        return -1;
    }
    v_setref(&FUNC(self)->dict, v_newref(v));
    return 0;
}
static Value func_get_annotations(Value self) {
    FunctionObject *f = FUNC(self);
    if (v_is_null(f->annotations)) {
        f->annotations = dict_new();
        if (v_is_null(f->annotations)) return V_NULL;
    }
    return v_newref(f->annotations);
}
static int func_set_annotations(Value self, Value v) {
    if (v_is_null(v)) v = V_NONE;
    if (v != V_NONE && !v_is_dict(v)) {
        err_format(&Exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    v_setref(&FUNC(self)->annotations, v == V_NONE ? V_NULL : v_newref(v));
    return 0;
}

static const GetSetDef function_getset[] = {
    {"__name__", func_get_name, func_set_name},
    {"__qualname__", func_get_qualname, func_set_qualname},
    {"__code__", func_get_code, func_set_code},
    {"__defaults__", func_get_defaults, func_set_defaults},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults},
    {"__globals__", func_get_globals, NULL},
    {"__closure__", func_get_closure, NULL},
    {"__doc__", func_get_doc, func_set_doc},
    {"__module__", func_get_module, func_set_module},
    {"__dict__", func_get_dict, func_set_dict},
    {"__annotations__", func_get_annotations, func_set_annotations},
    {NULL, NULL, NULL},
};

/* Instance attributes live in f->dict; descriptors of the type win. */
static Value function_getattr(Value self, Value name) {
    FunctionObject *f = FUNC(self);
    if (!v_is_null(f->dict) && v_is_str(name)) {
        Value d = type_lookup(&FunctionType, name);
        if (v_is_null(d)) {
            Value v = dict_get_str(f->dict, name);
            if (!v_is_null(v)) return v_newref(v);
        }
    }
    return obj_generic_getattr(self, name);
}

static int function_setattr(Value self, Value name, Value v) {
    FunctionObject *f = FUNC(self);
    Value d = type_lookup(&FunctionType, name);
    if (!v_is_null(d) && v_is_type(d, &GetSetDescrType)) {
        const GetSetDef *def = ((GetSetDescrObject *)v_as_obj(d))->def;
        if (!def->set) {
            err_format(&Exc_AttributeError, "readonly attribute");
            return -1;
        }
        return def->set(self, v);
    }
    if (v_is_null(v)) {
        if (v_is_null(f->dict) || dict_del(f->dict, name) < 0) {
            if (!err_occurred() || err_matches(&Exc_KeyError)) {
                err_clear();
                err_format(&Exc_AttributeError, "'function' object has no attribute '%s'",
                           v_is_str(name) ? str_data(name) : "?");
            }
            return -1;
        }
        return 0;
    }
    if (v_is_null(f->dict)) {
        f->dict = dict_new();
        if (v_is_null(f->dict)) return -1;
    }
    return dict_set(f->dict, name, v);
}

static int64_t function_hash(Value self) {
    /* Identity hash, as object.__hash__: the address rotated so the
     * alignment zeros do not cluster. */
    uint64_t p = (uint64_t)(uintptr_t)v_as_obj(self);
    int64_t h = (int64_t)((p >> 4) | (p << 60));
    return h == -1 ? -2 : h;
}

/* function.__get__(obj, type=None): the explicit form of the binding the
 * attribute lookups do inline; enum and typing test for it. */
static Value function_dunder_get(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs < 1 || nargs > 2 || (!v_is_null(kwnames) && tuple_size(kwnames)))
        return err_format(&Exc_TypeError, "expected 1 or 2 arguments, got %zu", nargs);
    if (args[0] == V_NONE) {
        if (nargs < 2 || args[1] == V_NONE)
            return err_format(&Exc_TypeError, "__get__(None, None) is invalid");
        return v_newref(self);
    }
    return bound_method_new(self, args[0]);
}

static const MethodDef function_methods[] = {
    {"__get__", function_dunder_get, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* function(code, globals, name=None, argdefs=None, closure=None), positional
 * only; builtins are the runtime's. */
static Value function_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    (void)type;
    if (!v_is_null(kwnames) && tuple_size(kwnames) > 0)
        return err_format(&Exc_TypeError, "function() takes no keyword arguments");
    if (nargs < 2 || nargs > 5)
        return err_format(&Exc_TypeError, "function() takes from 2 to 5 positional arguments");
    if (!v_is_code(args[0]))
        return err_format(&Exc_TypeError, "function() argument 'code' must be code, not %s",
                          v_type_name(args[0]));
    if (!v_is_dict(args[1]))
        return err_format(&Exc_TypeError, "function() argument 'globals' must be dict, not %s",
                          v_type_name(args[1]));
    Value name = nargs > 2 ? args[2] : V_NONE;
    Value defs = nargs > 3 ? args[3] : V_NONE;
    Value closure = nargs > 4 ? args[4] : V_NONE;
    if (name != V_NONE && !v_is_str(name))
        return err_format(&Exc_TypeError, "arg 3 (name) must be None or string");
    if (defs != V_NONE && !v_is_type(defs, &TupleType))
        return err_format(&Exc_TypeError, "arg 4 (defaults) must be None or tuple");
    int32_t nfree = v_as_code(args[0])->nfreevars;
    if (closure != V_NONE && !v_is_type(closure, &TupleType))
        return err_format(&Exc_TypeError, "arg 5 (closure) must be tuple");
    int64_t nclosure = closure == V_NONE ? 0 : tuple_size(closure);
    if (nclosure != nfree)
        return err_format(&Exc_ValueError, "code requires a closure of length %d, not %d",
                          (int)nfree, (int)nclosure);
    for (int64_t i = 0; i < nclosure; i++)
        if (!v_is_type(tuple_items(closure)[i], &CellType))
            return err_format(&Exc_TypeError, "arg 5 (closure) expected cell, found %s",
                              v_type_name(tuple_items(closure)[i]));
    Value fv = function_new(args[0], args[1]);
    if (v_is_null(fv)) return fv;
    FunctionObject *f = v_as_function(fv);
    if (name != V_NONE) {
        v_decref(f->name);
        f->name = v_newref(name);
    }
    if (defs != V_NONE) {
        v_decref(f->defaults);
        f->defaults = v_newref(defs);
    }
    if (closure != V_NONE) {
        v_decref(f->closure);
        f->closure = v_newref(closure);
    }
    return fv;
}

TypeObject FunctionType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .construct = function_construct,
    .name = "function",
    .methods = function_methods,
    .basicsize = sizeof(FunctionObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = function_dealloc,
    .repr = function_repr,
    .hash = function_hash,
    .getattr = function_getattr,
    .setattr = function_setattr,
    .call = eval_call_function,
    .getset = function_getset,
    .traverse = function_traverse,
    .clear = function_clear,
};

/* ---- cells ------------------------------------------------------------------- */

Value cell_new(Value v) {
    CellObject *c = (CellObject *)obj_alloc(&CellType, sizeof(CellObject));
    if (!c) {
        v_decref(v);
        return V_NULL;
    }
    c->ref = v;
    return v_from_obj(c);
}

static void cell_dealloc(Object *o) {
    v_decref(((CellObject *)o)->ref);
    obj_free(o);
}

static void cell_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    Value r = ((CellObject *)o)->ref;
    if (v_is_ptr(r)) visit(r, arg);
}

static void cell_clear(Object *o) { v_clear(&((CellObject *)o)->ref); }

static Value cell_repr(Value self) {
    CellObject *c = v_as_cell(self);
    if (v_is_null(c->ref))
        return str_printf("<cell at %p: empty>", (void *)c);
    /* Inline values have no address; show a stable fake one. */
    const void *addr = v_is_ptr(c->ref) ? (const void *)v_as_obj(c->ref) : (const void *)(uintptr_t)c->ref;
    return str_printf("<cell at %p: %s object at %p>", (void *)c, v_type_name(c->ref), addr);
}

static Value cell_get_contents(Value self) {
    CellObject *c = v_as_cell(self);
    if (v_is_null(c->ref)) return err_format(&Exc_ValueError, "Cell is empty");
    return v_newref(c->ref);
}
static int cell_set_contents(Value self, Value v) {
    v_setref(&v_as_cell(self)->ref, v_newref(v));
    return 0;
}

static Value cell_richcompare(Value a, Value b, int op) {
    if (!v_is_cell(a) || !v_is_cell(b)) return v_newref(V_NOTIMPL);
    Value x = v_as_cell(a)->ref, y = v_as_cell(b)->ref;
    if (!v_is_null(x) && !v_is_null(y)) return obj_compare(x, y, op);
    int c = v_is_null(x) ? (v_is_null(y) ? 0 : -1) : 1;
    return v_from_bool(cmp_order_holds(op, c));
}

static const GetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {NULL, NULL, NULL},
};

TypeObject CellType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "cell",
    .basicsize = sizeof(CellObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .richcompare = cell_richcompare,
    .getset = cell_getset,
    .traverse = cell_traverse,
    .clear = cell_clear,
};

/* ---- argument binding -------------------------------------------------------- */

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" as CPython's format_missing. */
static void append_name_list(StrBuilder *sb, Value *names, int n) {
    for (int i = 0; i < n; i++) {
        if (i > 0) {
            if (n == 2) sb_append_cstr(sb, " and ");
            else if (i == n - 1) sb_append_cstr(sb, ", and ");
            else sb_append_cstr(sb, ", ");
        }
        sb_append_char(sb, '\'');
        sb_append_str(sb, names[i]);
        sb_append_char(sb, '\'');
    }
}

__attribute__((cold, noinline))
static int missing_arguments(FunctionObject *func, CodeObject *co, Value *localsplus,
                             bool positional, int64_t defcount) {
    int start, end;
    if (positional) {
        start = 0;
        end = co->argcount - (int)defcount;
    } else {
        start = co->argcount;
        end = start + co->kwonlyargcount;
    }
    Value names[end - start + 1];
    int n = 0;
    Value *varnames = tuple_items(co->localsplusnames);
    for (int i = start; i < end; i++) {
        if (!v_is_null(localsplus[i])) continue;
        if (!positional && v_is_dict(func->kwdefaults) &&
            !v_is_null(dict_get_str(func->kwdefaults, varnames[i])))
            continue;
        names[n++] = varnames[i];
    }
    StrBuilder sb;
    sb_init(&sb);
    append_name_list(&sb, names, n);
    Value list = sb_finish(&sb);
    if (v_is_null(list)) return -1;
    err_format(&Exc_TypeError, "%s() missing %d required %s argument%s: %s",
               str_data(func->qualname), n, positional ? "positional" : "keyword-only",
               n == 1 ? "" : "s", str_data(list));
    v_decref(list);
    return -1;
}

__attribute__((cold, noinline))
static int too_many_positional(FunctionObject *func, CodeObject *co, Value *localsplus,
                               size_t given, int64_t defcount) {
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        if (!v_is_null(localsplus[i])) kwonly_given++;
    char sig[64], kwsig[96] = "";
    bool plural;
    if (defcount) {
        plural = true;
        snprintf(sig, sizeof sig, "from %d to %d", co->argcount - (int)defcount, co->argcount);
    } else {
        plural = co->argcount != 1;
        snprintf(sig, sizeof sig, "%d", co->argcount);
    }
    if (kwonly_given)
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    err_format(&Exc_TypeError, "%s() takes %s positional argument%s but %zu%s %s given",
               str_data(func->qualname), sig, plural ? "s" : "", given, kwsig,
               given == 1 && !kwonly_given ? "was" : "were");
    return -1;
}

__attribute__((cold, noinline))
static int posonly_as_keyword(FunctionObject *func, CodeObject *co, Value kwnames) {
    Value *varnames = tuple_items(co->localsplusnames);
    int64_t nkw = tuple_size(kwnames);
    StrBuilder sb;
    sb_init(&sb);
    int n = 0;
    for (int i = 0; i < co->posonlyargcount; i++) {
        for (int64_t k = 0; k < nkw; k++) {
            if (str_eq(varnames[i], tuple_items(kwnames)[k])) {
                if (n++) sb_append_cstr(&sb, ", ");
                sb_append_str(&sb, varnames[i]);
                break;
            }
        }
    }
    Value list = sb_finish(&sb);
    if (v_is_null(list)) return -1;
    err_format(&Exc_TypeError,
               "%s() got some positional-only arguments passed as keyword arguments: '%s'",
               str_data(func->qualname), str_data(list));
    v_decref(list);
    return -1;
}

/* Index of the parameter called name among the keyword-passable ones, or -1.
 * Interned names compare by pointer first: the common case. */
static inline int find_keyword(CodeObject *co, Value name) {
    Value *varnames = tuple_items(co->localsplusnames);
    int total = co->argcount + co->kwonlyargcount;
    for (int i = co->posonlyargcount; i < total; i++)
        if (varnames[i] == name) return i;
    for (int i = co->posonlyargcount; i < total; i++)
        if (str_eq(varnames[i], name)) return i;
    return -1;
}

int function_bind_args(FunctionObject *func, Value *localsplus,
                       const Value *args, size_t nargs, Value kwnames) {
    CodeObject *co = v_as_code(func->code);
    int argcount = co->argcount;
    int total = argcount + co->kwonlyargcount;
    Value kwdict = V_NULL;
    if (co->flags & CO_VARKEYWORDS) {
        kwdict = dict_new();
        if (v_is_null(kwdict)) return -1;
        localsplus[total + ((co->flags & CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    size_t ncopy = nargs < (size_t)argcount ? nargs : (size_t)argcount;
    for (size_t i = 0; i < ncopy; i++) localsplus[i] = v_newref(args[i]);
    if (co->flags & CO_VARARGS) {
        Value t = nargs > ncopy ? tuple_from_array(args + ncopy, (int64_t)(nargs - ncopy))
                                : tuple_empty();
        if (v_is_null(t)) return -1;
        localsplus[total] = t;
    }
    if (!v_is_null(kwnames)) {
        int64_t nkw = tuple_size(kwnames);
        const Value *kwvals = args + nargs;
        for (int64_t k = 0; k < nkw; k++) {
            Value name = tuple_items(kwnames)[k];
            int idx = find_keyword(co, name);
            if (idx < 0) {
                if (!v_is_null(kwdict)) {
                    if (dict_set(kwdict, name, kwvals[k]) < 0) return -1;
                    continue;
                }
                for (int i = 0; i < co->posonlyargcount; i++)
                    if (str_eq(tuple_items(co->localsplusnames)[i], name))
                        return posonly_as_keyword(func, co, kwnames);
                err_format(&Exc_TypeError, "%s() got an unexpected keyword argument '%s'",
                           str_data(func->qualname), str_data(name));
                return -1;
            }
            if (!v_is_null(localsplus[idx])) {
                err_format(&Exc_TypeError, "%s() got multiple values for argument '%s'",
                           str_data(func->qualname), str_data(name));
                return -1;
            }
            localsplus[idx] = v_newref(kwvals[k]);
        }
    }
    int64_t defcount = v_is_tuple(func->defaults) ? tuple_size(func->defaults) : 0;
    if (nargs > (size_t)argcount && !(co->flags & CO_VARARGS))
        return too_many_positional(func, co, localsplus, nargs, defcount);
    if (nargs < (size_t)argcount) {
        int64_t m = argcount - defcount;
        for (int64_t i = (int64_t)nargs; i < m; i++)
            if (v_is_null(localsplus[i]))
                return missing_arguments(func, co, localsplus, true, defcount);
        int64_t first = (int64_t)nargs > m ? (int64_t)nargs : m;
        Value *defs = defcount ? tuple_items(func->defaults) : NULL;
        for (int64_t i = first; i < argcount; i++)
            if (v_is_null(localsplus[i])) localsplus[i] = v_newref(defs[i - m]);
    }
    if (co->kwonlyargcount > 0) {
        bool missing = false;
        Value *varnames = tuple_items(co->localsplusnames);
        for (int i = argcount; i < total; i++) {
            if (!v_is_null(localsplus[i])) continue;
            if (v_is_dict(func->kwdefaults)) {
                Value d = dict_get_str(func->kwdefaults, varnames[i]);
                if (!v_is_null(d)) {
                    localsplus[i] = v_newref(d);
                    continue;
                }
            }
            missing = true;
        }
        if (missing) return missing_arguments(func, co, localsplus, false, defcount);
    }
    return 0;
}

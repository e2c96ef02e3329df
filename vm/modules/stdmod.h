/* stdmod.h: small helpers shared by the builtin C modules of the standard
 * library (itertools, functools, operator, _collections, heapq, bisect):
 * building a module's namespace and CPython's positional-argument checks. */
#ifndef COIL_STDMOD_H
#define COIL_STDMOD_H

#include "../object.h"
#include "../errors.h"
#include "../descr.h"
#include "../module.h"
#include "../dict.h"
#include "../str.h"
#include "../tuple.h"

/* Readies t and binds it in the module under name. 0 or -1. */
static inline int mod_add_type(Value mod, const char *name, TypeObject *t) {
    if (type_ready(t) < 0) return -1;
    return dict_set_cstr(module_dict(mod), name, v_from_obj(t));
}

/* Binds every entry of defs (terminated by {NULL}) as a builtin function
 * whose __self__ is the module (as CPython's module functions: their
 * __module__ and __doc__ come from it; the C functions ignore self). */
static inline int mod_add_functions(Value mod, const MethodDef *defs) {
    for (const MethodDef *d = defs; d->name; d++) {
        Value f = cfunc_new(d->name, d->fn, mod);
        if (v_is_null(f)) return -1;
        int r = dict_set_cstr(module_dict(mod), d->name, f);
        v_decref(f);
        if (r < 0) return -1;
    }
    return 0;
}

/* A new module called name with the given functions. New reference. */
static inline Value mod_create(const char *name, const MethodDef *defs) {
    Value m = module_new(str_intern_cstr(name));
    if (v_is_null(m)) return V_NULL;
    if (defs && mod_add_functions(m, defs) < 0) { v_decref(m); return V_NULL; }
    return m;
}

static inline bool mod_has_kwargs(Value kwnames) {
    return !v_is_null(kwnames) && tuple_size(kwnames) > 0;
}

/* "name() takes no keyword arguments" (CPython's _PyArg_NoKeywords). */
static inline int mod_no_kwargs(const char *fname, Value kwnames) {
    if (!mod_has_kwargs(kwnames)) return 0;
    err_format(&Exc_TypeError, "%s() takes no keyword arguments", fname);
    return -1;
}

/* CPython's _PyArg_CheckPositional: "name expected 2 arguments, got 1",
 * "name expected at least 2 arguments, got 1". */
static inline int mod_check_nargs(const char *fname, size_t nargs, size_t min, size_t max) {
    if (nargs < min) {
        err_format(&Exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname,
                   min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        err_format(&Exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname,
                   min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* Both checks, in CPython's order (keywords first). */
static inline int mod_positional(const char *fname, size_t nargs, Value kwnames,
                                 size_t min, size_t max) {
    if (mod_no_kwargs(fname, kwnames) < 0) return -1;
    return mod_check_nargs(fname, nargs, min, max);
}

/* A new exception class module.name deriving from base (a heap class, as
 * CPython's PyErr_NewException makes). New reference or V_NULL. */
Value mod_new_exception(const char *module, const char *name, Value bases_or_base);

/* The containers' recursion guard for repr (list.c): 1 already inside,
 * 0 entered, -1 error. */
int ctr_repr_enter(Value v);
void ctr_repr_leave(Value v);

/* Module initialisers, one per builtin C module (registry.c lists them). */
Value module_init_itertools(void);
Value module_init_functools(void);
Value module_init_operator(void);
Value module_init_collections(void);
Value module_init_heapq(void);
Value module_init_bisect(void);

#endif

/* atexit.c: the atexit module. Callbacks run last-registered first when
 * the runtime finalizes (runtime_finalize calls atexit_run_all), before
 * stdout is flushed, as CPython's Py_FinalizeEx does. An exception in a
 * callback is reported as unraisable ("Exception ignored in atexit
 * callback: <repr>" and its traceback on stderr) and the next callback
 * runs; the exit status does not change. */
#include <stdio.h>
#include "stdmod.h"
#include "../abstract.h"
#include "../list.h"

/* One entry per registration: (func, args, kwnames), args holding the
 * positional arguments followed by the keyword values, kwnames a tuple or
 * None. A Python list so that the cycle collector and repr need nothing
 * special; owned by this file, never visible to programs. */
static Value callbacks = V_NULL;

static int ensure_list(void) {
    if (!v_is_null(callbacks)) return 0;
    callbacks = list_new(0);
    return v_is_null(callbacks) ? -1 : 0;
}

static Value ax_register(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    size_t nkw = v_is_null(kwnames) ? 0 : (size_t)tuple_size(kwnames);
    if (nargs == 0) {
        return err_format(&Exc_TypeError, "register() takes at least 1 argument (0 given)");
    }
    Value func = args[0];
    TypeObject *ft = v_type(func);
    if (!ft->call && !type_is_subtype(ft, &TypeType)) return err_format(&Exc_TypeError, "the first argument must be callable");
    if (ensure_list() < 0) return V_NULL;
    size_t n = nargs - 1 + nkw;
    Value a = tuple_new((int64_t)n);
    if (v_is_null(a)) return V_NULL;
    for (size_t i = 0; i < n; i++) tuple_items(a)[i] = v_newref(args[1 + i]);
    Value entry = tuple_new(3);
    if (v_is_null(entry)) {
        v_decref(a);
        return V_NULL;
    }
    tuple_items(entry)[0] = v_newref(func);
    tuple_items(entry)[1] = a;
    tuple_items(entry)[2] = nkw ? v_newref(kwnames) : V_NONE;
    int r = list_append(callbacks, entry);
    v_decref(entry);
    if (r < 0) return V_NULL;
    return v_newref(func);
}

static Value ax_unregister(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_no_kwargs("unregister", kwnames) < 0) return V_NULL;
    if (nargs != 1) {
        return err_format(&Exc_TypeError, "atexit.unregister() takes exactly one argument (%zu given)",
                          nargs);
    }
    if (v_is_null(callbacks)) return V_NONE;
    /* Every registration of an equal function goes; == may run Python
     * code, which may change the list: re-read its size each step. */
    for (int64_t i = 0; i < list_size(callbacks);) {
        Value entry = v_newref(list_items(callbacks)[i]);
        int eq = obj_eq(tuple_items(entry)[0], args[0]);
        v_decref(entry);
        if (eq < 0) return V_NULL;
        if (eq && i < list_size(callbacks)) {
            Value victim = list_pop(callbacks, i);
            if (v_is_null(victim)) return V_NULL;
            v_decref(victim);
        } else {
            i++;
        }
    }
    return V_NONE;
}

/* Runs the callbacks registered so far, newest first, then forgets them. */
static void run_all(void) {
    if (v_is_null(callbacks)) return;
    Value saved = err_fetch();
    int64_t n = list_size(callbacks);
    for (int64_t i = n - 1; i >= 0; i--) {
        if (i >= list_size(callbacks)) continue;   /* a callback cleared the list */
        Value entry = v_newref(list_items(callbacks)[i]);
        Value func = tuple_items(entry)[0], a = tuple_items(entry)[1], kw = tuple_items(entry)[2];
        size_t npos = (size_t)(tuple_size(a) - (kw == V_NONE ? 0 : tuple_size(kw)));
        Value r = obj_call(func, tuple_items(a), npos, kw == V_NONE ? V_NULL : kw);
        if (v_is_null(r)) {
            Value exc = err_fetch();
            Value fr = obj_repr(func);
            fprintf(stderr, "Exception ignored in atexit callback: %s\n",
                    v_is_null(fr) ? "<object>" : str_data(fr));
            if (v_is_null(fr)) err_clear();
            v_decref(fr);
            fflush(stderr);
            exc_print(exc);
            v_decref(exc);
        } else {
            v_decref(r);
        }
        v_decref(entry);
    }
    Value old = callbacks;
    callbacks = V_NULL;
    v_decref(old);
    if (!v_is_null(saved)) err_restore(saved);
}

void atexit_run_all(void) { run_all(); }

static Value ax_run_exitfuncs(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (mod_no_kwargs("_run_exitfuncs", kwnames) < 0 || mod_check_nargs("_run_exitfuncs", nargs, 0, 0) < 0)
        return V_NULL;
    run_all();
    return V_NONE;
}

static Value ax_clear(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (mod_no_kwargs("_clear", kwnames) < 0 || mod_check_nargs("_clear", nargs, 0, 0) < 0) return V_NULL;
    Value old = callbacks;
    callbacks = V_NULL;
    v_decref(old);
    return V_NONE;
}

static Value ax_ncallbacks(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (mod_no_kwargs("_ncallbacks", kwnames) < 0 || mod_check_nargs("_ncallbacks", nargs, 0, 0) < 0)
        return V_NULL;
    return v_from_smallint(v_is_null(callbacks) ? 0 : list_size(callbacks));
}

static const MethodDef atexit_functions[] = {
    {"register", ax_register, 0, "Register a function to be executed upon normal program termination."},
    {"unregister", ax_unregister, 0, "Unregister an exit function which was previously registered."},
    {"_run_exitfuncs", ax_run_exitfuncs, 0, "Run all registered exit functions."},
    {"_clear", ax_clear, 0, "Clear the list of previously registered exit functions."},
    {"_ncallbacks", ax_ncallbacks, 0, "Return the number of registered exit functions."},
    {NULL, NULL, 0, NULL},
};

Value module_init_atexit(void) { return mod_create("atexit", atexit_functions); }

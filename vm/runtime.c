/* runtime.c: VM start-up and shut-down. */
#include <sys/sysinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "specialize.h"
#include "runtime.h"
#include "eval.h"
#include "frame.h"
#include "frameobject.h"
#include "errors.h"
#include "descr.h"
#include "module.h"
#include "dict.h"
#include "str.h"
#include "generator.h"
#include "classobj.h"
#include "import.h"
#include "typeslots.h"
#include "exc_group.h"
#include "sigint.h"
#include "memoryview.h"
#include "../jit/jit.h"
#include "parser.h"
#include "abstract.h"
#include "gc.h"
#include "tuple.h"
#include "list.h"

int unicodedata_char_by_name(const char *name, size_t n, uint32_t *cp);   /* vm/modules/unicodedata.c */

RuntimeOptions runtime_options = { .jit = 1, .specialize = true, .jit_threshold = -1, .perf = false,
                                   .jit_async = -1 };

static Value builtins_module = V_NULL;
static Value builtins_dict = V_NULL;
static Value main_module = V_NULL;
static bool initialized;

Value runtime_builtins(void) { return builtins_dict; }
Value runtime_builtins_module(void) { return builtins_module; }
Value runtime_main_module(void) { return main_module; }
Value runtime_main_dict(void) { return v_is_null(main_module) ? V_NULL : module_dict(main_module); }

void runtime_set_xoption(const char *opt) {
    const char *eq = strchr(opt, '=');
    size_t n = eq ? (size_t)(eq - opt) : strlen(opt);
    const char *val = eq ? eq + 1 : "";
    if (n == 3 && !strncmp(opt, "jit", 3)) {
        if (!strcmp(val, "off")) runtime_options.jit = 0;
        else if (!strcmp(val, "gccjit")) runtime_options.jit = 2;
        else runtime_options.jit = 1;
    } else if (n == 10 && !strncmp(opt, "specialize", 10)) {
        runtime_options.specialize = strcmp(val, "off") != 0;
    } else if (n == 13 && !strncmp(opt, "jit-threshold", 13)) {
        runtime_options.jit_threshold = strtol(val, NULL, 10);
    } else if (n == 9 && !strncmp(opt, "jit-async", 9)) {
        runtime_options.jit_async = strcmp(val, "off") != 0;
    } else if (n == 4 && !strncmp(opt, "perf", 4)) {
        runtime_options.perf = true;
    } else if (n == 5 && !strncmp(opt, "stats", 5)) {
        spec_stats_enabled = true;     /* specialisation statistics at exit */
    } else if (n == 9 && !strncmp(opt, "jit-stats", 9)) {
        jit_set_stats(true);           /* --jit-stats */
    } else if (n == 9 && !strncmp(opt, "dump-uops", 9)) {
        jit_set_dump_uops(eq ? val : NULL);   /* --dump-uops[=NAME] */
    } else if (n == 7 && !strncmp(opt, "dump-ir", 7)) {
        jit_set_dump_ir(eq ? val : NULL);
    } else if (n == 8 && !strncmp(opt, "dump-asm", 8)) {
        jit_set_dump_asm(eq ? val : NULL);
    }
    /* Unknown names are accepted silently, as CPython does. */
}

static TypeObject *const core_types[] = {
    &ObjectType, &TypeType, &NoneType, &NotImplementedType, &EllipsisType, &IntType,
    &BoolType, &FloatType, &StrType, &BytesType, &ListType, &TupleType, &DictType,
    &SetType, &FrozenSetType, &RangeType, &RangeIterType, &SliceType, &ListIterType,
    &TupleIterType, &StrIterType, &BytesIterType, &DictKeysType, &DictValuesType,
    &DictItemsType, &DictIterType, &SetIterType, &FunctionType, &CodeType, &CellType,
    &BuiltinFunctionType, &MethodDescrType, &BoundMethodType, &GetSetDescrType,
    &ModuleType, &TracebackType, &FrameType, &GeneratorType, &CoroutineType, &CoroWrapperType, &AsyncGenType, &AsyncGenASendType, &AsyncGenAThrowType, &AsyncGenWrappedType, &AnextAwaitableType, &EnumerateType, &ZipType, &MapType,
    &FilterType, &ReversedType, &ListRevIterType, &DictRevKeyIterType, &CallableIterType,
    &SlotWrapperType, &MethodWrapperType, &SeqIterType, &ComplexType,
    &ByteArrayType, &ByteArrayIterType, &MemoryViewType, &MappingProxyType,
};

int runtime_init(void) {
    if (initialized) return 0;
    struct sysinfo si;
    if (sysinfo(&si) == 0 && si.totalram) {
        unsigned __int128 lim = ((unsigned __int128)si.totalram + si.totalswap) * si.mem_unit;
        if (lim < SIZE_MAX) mem_limit = (size_t)lim;
    }
    jit_init();   /* first: code objects take their warmup from it */
    if (frame_stack_init() < 0) {
        fprintf(stderr, "coil: cannot reserve the frame stack\n");
        return -1;
    }
    sigint_install();   /* Ctrl-C raises KeyboardInterrupt, as CPython */
    parser_char_name_lookup = unicodedata_char_by_name;   /* \N{name} in str literals */
    for (size_t i = 0; i < sizeof core_types / sizeof core_types[0]; i++) {
        if (type_ready(core_types[i]) < 0) goto fail;
    }
#define READY_EXC(name, base) if (type_ready(&Exc_##name) < 0) goto fail;
    EXCEPTION_TYPES(READY_EXC)
#undef READY_EXC
    builtins_module = module_new(str_intern_cstr("builtins"));
    if (v_is_null(builtins_module)) goto fail;
    builtins_dict = module_dict(builtins_module);
    if (builtins_init(builtins_dict) < 0) goto fail;
    if (classes_init(builtins_dict) < 0) goto fail;
    if (exc_group_init(builtins_dict) < 0) goto fail;
    main_module = module_new(str_intern_cstr("__main__"));
    if (v_is_null(main_module)) goto fail;
    Value md = module_dict(main_module);
    if (dict_set_cstr(md, "__name__", str_intern_cstr("__main__")) < 0) goto fail;
    if (dict_set_cstr(md, "__doc__", V_NONE) < 0) goto fail;
    if (dict_set_cstr(md, "__builtins__", builtins_module) < 0) goto fail;
    /* sys.modules and the sys module; after __main__, which it registers. */
    if (import_init() < 0) goto fail;
    initialized = true;
    return 0;
fail:
    fprintf(stderr, "coil: runtime initialisation failed\n");
    if (err_occurred()) {
        Value e = err_fetch();
        exc_print(e);
        v_decref(e);
    }
    return -1;
}

void atexit_run_all(void);   /* vm/modules/atexit.c */

/* ---- exit-time finalization of __main__'s objects ----
 * CPython tears its modules down at exit, so the __del__ methods (and
 * generator finally blocks) of objects the main module's globals still
 * hold run after the program's last line. Here the objects are not freed
 * (the process ends) but their finalizers run, once each, in the order
 * CPython's collector reaches them in the common cases: the globals in
 * order (an instance's own attributes right after it), then the items of
 * global dicts, and of lists and tuples last to first. */

static void exit_finalize_one(Value v) {
    if (!v_is_ptr(v)) return;
    Object *o = v_as_obj(v);
    if (!o->type->finalize || !gc_has_head(o) || gc_is_finalized(o)) return;
    gc_set_finalized(o);
    obj_incref(o);
    o->type->finalize(v);
    if (err_occurred()) err_clear();
    obj_decref(o);
}

/* v, then (for an instance of a class) the values of its attributes. */
static void exit_finalize_instance(Value v) {
    exit_finalize_one(v);
    if (!v_is_ptr(v) || !(v_type(v)->flags & TPFLAG_HEAPTYPE) || !v_type(v)->dictoffset) return;
    /* the instance dict through the generic lookup: no user
     * __getattribute__/__getattr__ runs at exit */
    Value d = obj_generic_getattr(v, str_intern_cstr("__dict__"));
    if (v_is_null(d) || !v_is_dict(d)) {
        err_clear();
        if (!v_is_null(d)) v_decref(d);
        return;
    }
    Value vals = dict_values_list(d);
    v_decref(d);
    if (v_is_null(vals)) {
        err_clear();
        return;
    }
    for (int64_t i = 0; i < list_size(vals); i++) exit_finalize_one(list_items(vals)[i]);
    v_decref(vals);
}

static void exit_finalize_items(Value c) {
    Value vals = V_NULL;
    if (v_is_dict(c)) vals = dict_values_list(c);
    else if (v_is_list(c) || v_is_tuple(c)) vals = obj_call(v_from_obj(&ListType), &c, 1, V_NULL);
    if (v_is_null(vals)) {
        err_clear();
        return;
    }
    int64_t n = list_size(vals);
    bool backwards = !v_is_dict(c);
    for (int64_t k = 0; k < n; k++) exit_finalize_instance(list_items(vals)[backwards ? n - 1 - k : k]);
    v_decref(vals);
}

static void exit_finalize_main(void) {
    if (v_is_null(main_module)) return;
    Value saved = err_fetch();
    Value vals = dict_values_list(module_dict(main_module));
    if (!v_is_null(vals)) {
        int64_t n = list_size(vals);
        for (int64_t i = 0; i < n; i++) exit_finalize_instance(list_items(vals)[i]);
        for (int64_t i = 0; i < n; i++) {
            Value c = list_items(vals)[i];
            if (v_is_dict(c) || v_is_list(c) || v_is_tuple(c)) exit_finalize_items(c);
        }
        v_decref(vals);
    }
    err_clear();
    if (!v_is_null(saved)) err_restore(saved);
}

/* threading._shutdown, as CPython's Py_FinalizeEx runs it before the
 * atexit callbacks: waits for the non-daemon threads. */
static void join_threads(void) {
    Value mods = import_modules();
    if (v_is_null(mods) || !v_is_dict(mods)) return;
    Value th = dict_get_cstr(mods, "threading");
    if (v_is_null(th)) return;
    Value saved = err_fetch();
    Value r = obj_call_method(th, "_shutdown", NULL, 0);
    if (v_is_null(r)) {
        Value e = err_fetch();
        if (!v_is_null(e)) {
            fputs("Exception ignored on threading shutdown:\n", stderr);
            exc_print(e);
            v_decref(e);
        }
    }
    v_decref(r);
    if (!v_is_null(saved)) err_restore(saved);
}

int runtime_finalize(void) {
    join_threads();
    atexit_run_all();
    exit_finalize_main();
    int r = builtins_flush_stdout();
    if (spec_stats_enabled) spec_stats_print(stderr);
    jit_fini();
    return r;
}

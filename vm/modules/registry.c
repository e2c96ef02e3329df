/* registry.c: the table of builtin C modules. */
#include <stdlib.h>
#include <string.h>
#include "registry.h"
#include "../module.h"
#include "../descr.h"
#include "../dict.h"
#include "../str.h"
#include "../tuple.h"
#include "../errors.h"
#include "../classobj.h"
#include "stdmod.h"

/* ---- init functions ---------------------------------------------------------
 * Declare your module's init function here (one line), defined in
 * vm/modules/<name>.c, and add its entry to the table below. */
Value sys_module_init(void);          /* vm/modules/sys.c */
Value importlib_module_init(void);    /* vm/import.c */
Value module_init_math(void);         /* vm/modules/math.c */
Value module_init_time(void);         /* vm/modules/time.c */
Value module_init_random(void);       /* vm/modules/random.c */
Value module_init_gc(void);           /* vm/modules/gc.c */
Value module_init_itertools(void);   /* vm/modules/itertools.c */
Value module_init_functools(void);   /* vm/modules/functools.c (_functools) */
Value module_init_operator(void);    /* vm/modules/operator.c */
Value module_init_collections(void); /* vm/modules/collections.c (_collections) */
Value module_init_heapq(void);       /* vm/modules/heapq.c */
Value module_init_bisect(void);      /* vm/modules/bisect.c */
Value module_init_datetime_speedups(void); /* vm/modules/datetime_speedups.c */
Value module_init_re(void);          /* vm/modules/re.c */
Value module_init_io(void);          /* vm/modules/io.c */
Value module_init_os(void);          /* vm/modules/os.c */
Value module_init_struct(void);      /* vm/modules/struct.c */
Value module_init_array(void);       /* vm/modules/array.c */
Value module_init_dis(void);         /* vm/modules/dis.c */
Value module_init_cmath(void);        /* vm/modules/cmath.c */
Value module_init_weakref(void);     /* vm/weakref.c (_weakref) */
Value module_init_json(void);         /* vm/modules/json.c (_json) */
Value module_init_atexit(void);       /* vm/modules/atexit.c */
Value module_init_hashlib(void);      /* vm/modules/hashlib.c (_hashlib) */
Value module_init_binascii(void);     /* vm/modules/binascii.c */
Value module_init_zlib(void);         /* vm/modules/zlib.c */
#ifdef COIL_HAVE_BZ2
Value module_init_bz2(void);          /* vm/modules/bz2lzma.c (_bz2) */
#endif
#ifdef COIL_HAVE_LZMA
Value module_init_lzma(void);         /* vm/modules/bz2lzma.c (_lzma) */
#endif
Value module_init_signal(void);       /* vm/modules/signal.c (_signal) */
Value module_init_select(void);       /* vm/modules/select.c */
Value module_init_unicodedata(void);  /* vm/modules/unicodedata.c */
Value module_init_marshal(void);       /* vm/modules/marshal_mod.c */
Value module_init_fcntl(void);         /* vm/modules/fcntl.c */
Value module_init_posixdb(void);       /* vm/modules/posixdb.c (_posixdb: pwd, grp, resource) */
Value module_init_decimal_speedups(void); /* vm/modules/decimal_speedups.c */
Value module_init_socket(void);        /* vm/modules/socket.c (_socket) */
Value module_init_sqlite3(void);       /* vm/modules/sqlite.c (_sqlite3) */
Value module_init_pickle_speedups(void); /* vm/modules/pickle_speedups.c */
Value module_init_coilthread(void);     /* vm/modules/thread.c (_coilthread) */
/* ADD DECLARATIONS ABOVE THIS LINE */

/* ---- the table ---------------------------------------------------------------
 * One line per module: { "name", name_module_init }. Keep {NULL, NULL} last.
 * Order does not matter (sys.builtin_module_names is sorted on demand). */
const BuiltinModuleDef builtin_modules[] = {
    { "sys", sys_module_init },
    { "atexit", module_init_atexit },
    { "binascii", module_init_binascii },
    { "_hashlib", module_init_hashlib },
    { "_importlib", importlib_module_init },
    { "math", module_init_math },
    { "time", module_init_time },
    { "random", module_init_random },
    { "gc", module_init_gc },
    { "itertools", module_init_itertools },
    { "_functools", module_init_functools },
    { "operator", module_init_operator },
    { "_collections", module_init_collections },
    { "heapq", module_init_heapq },
    { "bisect", module_init_bisect },
    { "re", module_init_re },
    { "io", module_init_io },
    { "os", module_init_os },
    { "struct", module_init_struct },
    { "array", module_init_array },
    { "dis", module_init_dis },
    { "cmath", module_init_cmath },
    { "_weakref", module_init_weakref },
    { "_json", module_init_json },
    { "zlib", module_init_zlib },
#ifdef COIL_HAVE_BZ2
    { "_bz2", module_init_bz2 },
#endif
#ifdef COIL_HAVE_LZMA
    { "_lzma", module_init_lzma },
#endif
    { "_signal", module_init_signal },
    { "select", module_init_select },
    { "unicodedata", module_init_unicodedata },
    { "marshal", module_init_marshal },
    { "fcntl", module_init_fcntl },
    { "_posixdb", module_init_posixdb },
    { "_decimal_speedups", module_init_decimal_speedups },
    { "_pickle_speedups", module_init_pickle_speedups },
    { "_socket", module_init_socket },
    { "_sqlite3", module_init_sqlite3 },
    { "_coilthread", module_init_coilthread },
    { "_datetime_speedups", module_init_datetime_speedups },
    /* ADD ENTRIES ABOVE THIS LINE */
    { NULL, NULL },
};

Value mod_new_exception(const char *module, const char *name, Value base) {
    Value ns = dict_new();
    if (v_is_null(ns)) return V_NULL;
    Value bases = v_is_tuple(base) ? v_newref(base) : tuple_pack(1, base);
    Value t = V_NULL;
    if (!v_is_null(bases) && dict_set_cstr(ns, "__module__", str_intern_cstr(module)) == 0)
        t = type_new(&TypeType, str_intern_cstr(name), bases, ns, V_NULL, NULL);
    v_decref(bases);
    v_decref(ns);
    return t;
}

const BuiltinModuleDef *registry_find(const char *name) {
    for (const BuiltinModuleDef *d = builtin_modules; d->name; d++)
        if (!strcmp(d->name, name)) return d;
    return NULL;
}

Value registry_module_new(const char *name, const MethodDef *methods) {
    Value m = module_new(str_intern_cstr(name));
    if (v_is_null(m)) return V_NULL;
    Value dict = module_dict(m);
    for (const MethodDef *d = methods; d && d->name; d++) {
        Value f = cfunc_new(d->name, d->fn, m);
        if (v_is_null(f)) goto fail;
        int r = dict_set_cstr(dict, d->name, f);
        v_decref(f);
        if (r < 0) goto fail;
    }
    return m;
fail:
    v_decref(m);
    return V_NULL;
}

static int cmp_cstr(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

Value registry_names_tuple(void) {
    size_t n = 0;
    while (builtin_modules[n].name) n++;
    /* builtins is a builtin module too, though it is created by runtime_init. */
    const char *names[n + 1];
    for (size_t i = 0; i < n; i++) names[i] = builtin_modules[i].name;
    names[n++] = "builtins";
    qsort(names, n, sizeof names[0], cmp_cstr);
    Value t = tuple_new(n);
    if (v_is_null(t)) return V_NULL;
    for (size_t i = 0; i < n; i++) {
        Value s = str_intern_cstr(names[i]);
        tuple_items(t)[i] = v_newref(s);
    }
    return t;
}

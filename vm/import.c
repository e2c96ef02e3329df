/* import.c: the import system. CPython implements most of this in Python
 * (importlib._bootstrap); coil does it in C so that a hot `import x` inside
 * a function is one sys.modules lookup, and so that importing never shows
 * extra frames in tracebacks (CPython hides its importlib frames too). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "import.h"
#include "runtime.h"
#include "eval.h"
#include "errors.h"
#include "abstract.h"
#include "args.h"
#include "descr.h"
#include "module.h"
#include "dict.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "code.h"
#include "pycache.h"
#include "marshal.h"
#include "modules/registry.h"
#include "../frontend/compiler.h"

static Value modules_dict = V_NULL;   /* sys.modules, strong */
static Value sys_module = V_NULL;     /* strong */

Value import_modules(void) { return modules_dict; }
Value import_sys_module(void) { return sys_module; }

/* ---- ModuleSpec ---------------------------------------------------------------
 * A minimal importlib.machinery.ModuleSpec: an attribute bag holding name,
 * loader, origin, submodule_search_locations, parent, has_location, cached
 * and, while the module body runs, _initializing = True (IMPORT_FROM reads
 * it to word the circular-import error as CPython does). */

typedef struct SpecObject {
    Object ob;
    Value dict;
} SpecObject;

static TypeObject SpecType;

static void spec_dealloc(Object *o) {
    v_decref(((SpecObject *)o)->dict);
    obj_free(o);
}

static Value spec_getattr(Value self, Value name) {
    Value v = dict_get(((SpecObject *)v_as_obj(self))->dict, name);
    if (!v_is_null(v)) return v_newref(v);
    if (err_occurred()) return V_NULL;
    return obj_generic_getattr(self, name);
}

static int spec_setattr(Value self, Value name, Value v) {
    Value d = ((SpecObject *)v_as_obj(self))->dict;
    if (!v_is_null(v)) return dict_set(d, name, v);
    if (dict_del(d, name) == 0) return 0;
    if (err_matches(&Exc_KeyError)) {
        err_clear();
        err_format(&Exc_AttributeError, "'ModuleSpec' object has no attribute '%s'", str_data(name));
    }
    return -1;
}

static Value spec_repr(Value self) {
    Value d = ((SpecObject *)v_as_obj(self))->dict;
    Value name = dict_get_cstr(d, "name"), origin = dict_get_cstr(d, "origin");
    Value nr = obj_repr(v_is_null(name) ? V_NONE : name);
    if (v_is_null(nr)) return V_NULL;
    Value r;
    if (!v_is_null(origin) && origin != V_NONE) {
        Value orr = obj_repr(origin);
        if (v_is_null(orr)) { v_decref(nr); return V_NULL; }
        r = str_printf("ModuleSpec(name=%s, loader=None, origin=%s)", str_data(nr), str_data(orr));
        v_decref(orr);
    } else {
        r = str_printf("ModuleSpec(name=%s, loader=None)", str_data(nr));
    }
    v_decref(nr);
    return r;
}

static Value spec_get_dict(Value self) { return v_newref(((SpecObject *)v_as_obj(self))->dict); }
static const GetSetDef spec_getset[] = {
    {"__dict__", spec_get_dict, NULL},
    {NULL, NULL, NULL},
};

/* The attribute dict is the only reference held. */
static void spec_traverse(Object *o, void (*visit)(Value v, void *arg), void *arg) {
    visit(((SpecObject *)o)->dict, arg);
}

static TypeObject SpecType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .traverse = spec_traverse,
    .name = "ModuleSpec",
    .base = &ObjectType,
    .basicsize = sizeof(SpecObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = spec_dealloc,
    .repr = spec_repr,
    .getattr = spec_getattr,
    .setattr = spec_setattr,
    .getset = spec_getset,
};

/* New spec. origin: C string or NULL (None); search: list or V_NONE. */
static Value spec_new(Value name, const char *origin, Value search) {
    SpecObject *s = (SpecObject *)obj_alloc(&SpecType, sizeof *s);
    if (!s) return V_NULL;
    /* s is tracked already: the collection dict_new may run traverses it */
    s->dict = V_NULL;
    s->dict = dict_new();
    Value self = v_from_obj(s);
    if (v_is_null(s->dict)) { v_decref(self); return V_NULL; }
    const char *n = str_data(name);
    const char *dot = strrchr(n, '.');
    /* A package is its own parent (CPython: spec.parent). */
    Value parent = search != V_NONE ? v_newref(name)
                 : dot ? str_new(n, (size_t)(dot - n)) : v_newref(str_intern_cstr(""));
    Value orig = origin ? str_from_cstr(origin) : V_NONE;
    if (v_is_null(parent) || v_is_null(orig)) goto fail;
    bool ok = dict_set_cstr(s->dict, "name", name) == 0 &&
              dict_set_cstr(s->dict, "loader", V_NONE) == 0 &&
              dict_set_cstr(s->dict, "origin", orig) == 0 &&
              dict_set_cstr(s->dict, "submodule_search_locations", search) == 0 &&
              dict_set_cstr(s->dict, "parent", parent) == 0 &&
              dict_set_cstr(s->dict, "has_location", v_from_bool(origin && strcmp(origin, "built-in") != 0)) == 0 &&
              dict_set_cstr(s->dict, "cached", V_NONE) == 0;
    v_decref(parent);
    v_decref(orig);
    if (!ok) { v_decref(self); return V_NULL; }
    return self;
fail:
    v_decref(parent);
    v_decref(orig);
    v_decref(self);
    return V_NULL;
}

/* ---- errors ----------------------------------------------------------------------- */

/* Raises type(msg) with .name = name (and .path = path unless V_NULL). */
static Value raise_import_error(TypeObject *type, Value msg, Value name, Value path) {
    if (v_is_null(msg)) return V_NULL;
    Value args = tuple_pack(1, msg);
    v_decref(msg);
    if (v_is_null(args)) return V_NULL;
    Value e = exc_new(type, args);
    v_decref(args);
    if (v_is_null(e)) return V_NULL;
    if ((!v_is_null(name) && obj_setattr(e, str_intern_cstr("name"), name) < 0) ||
        (!v_is_null(path) && obj_setattr(e, str_intern_cstr("path"), path) < 0)) {
        v_decref(e);
        return V_NULL;
    }
    return err_set_object(e);
}

static Value module_not_found(Value fullname) {
    return raise_import_error(&Exc_ModuleNotFoundError,
                              str_printf("No module named '%s'", str_data(fullname)), fullname, V_NULL);
}

/* ---- finding ---------------------------------------------------------------------- */

typedef struct ModuleLocation {
    char *file;                    /* source path (malloc'd) */
    char *pkgdir;                  /* package directory (malloc'd), NULL for a plain module */
    const EmbeddedFile *embedded;  /* the source when found in the embedded library */
} ModuleLocation;

static void location_clear(ModuleLocation *loc) {
    free(loc->file);
    free(loc->pkgdir);
    memset(loc, 0, sizeof *loc);
}

static const EmbeddedFile *embedded_find(const char *rel) {
    for (size_t i = 0; i < coil_embedded_lib_count; i++)
        if (!strcmp(coil_embedded_lib[i].path, rel)) return &coil_embedded_lib[i];
    return NULL;
}

bool import_embedded_source(const char *path, const char **data, size_t *len) {
    size_t n = strlen(IMPORT_LIB_ENTRY);
    if (strncmp(path, IMPORT_LIB_ENTRY "/", n + 1) != 0) return false;
    const EmbeddedFile *f = embedded_find(path + n + 1);
    if (!f) return false;
    *data = (const char *)f->data;
    *len = f->size;
    return true;
}

static bool is_regular_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static char *join3(const char *a, const char *b, const char *c) {
    size_t n = strlen(a) + strlen(b) + strlen(c) + 1;
    char *p = malloc(n);
    if (p) snprintf(p, n, "%s%s%s", a, b, c);
    return p;
}

/* Looks for module tail (one component) in directory entry dir. Returns 1
 * and fills loc when found, 0 when not, -1 on MemoryError. */
static int find_in_entry(const char *dir, const char *tail, ModuleLocation *loc) {
    size_t nlib = strlen(IMPORT_LIB_ENTRY);
    if (!strncmp(dir, IMPORT_LIB_ENTRY, nlib) && (dir[nlib] == '\0' || dir[nlib] == '/')) {
        const char *sub = dir[nlib] ? dir + nlib + 1 : "";
        char *base = *sub ? join3(sub, "/", tail) : strdup(tail);
        char *init = base ? join3(base, "/__init__.py", "") : NULL;
        char *plain = base ? join3(base, ".py", "") : NULL;
        int found = 0;
        if (!base || !init || !plain) found = -1;
        else if ((loc->embedded = embedded_find(init))) {
            loc->file = join3(IMPORT_LIB_ENTRY "/", init, "");
            loc->pkgdir = join3(IMPORT_LIB_ENTRY "/", base, "");
            found = loc->file && loc->pkgdir ? 1 : -1;
        } else if ((loc->embedded = embedded_find(plain))) {
            loc->file = join3(IMPORT_LIB_ENTRY "/", plain, "");
            found = loc->file ? 1 : -1;
        }
        free(base);
        free(init);
        free(plain);
        if (found < 0) location_clear(loc);
        return found;
    }
    /* A real directory; "" means the current directory, as CPython. */
    const char *d = *dir ? dir : ".";
    char *base = strcmp(d, "/") ? join3(d, "/", tail) : join3("/", tail, "");
    if (!base) return -1;
    char *init = join3(base, "/__init__.py", "");
    if (!init) { free(base); return -1; }
    if (is_regular_file(init)) {
        loc->file = init;
        loc->pkgdir = base;
        return 1;
    }
    free(init);
    char *plain = join3(base, ".py", "");
    free(base);
    if (!plain) return -1;
    if (is_regular_file(plain)) {
        loc->file = plain;
        return 1;
    }
    free(plain);
    return 0;
}

/* Searches the list of directory entries (sys.path or a package's
 * __path__). Non-str entries are skipped, as CPython's PathFinder does. */
static int find_in_path(Value path, const char *tail, ModuleLocation *loc) {
    if (!v_is_type(path, &ListType)) return 0;
    for (int64_t i = 0; i < list_size(path); i++) {
        Value e = list_items(path)[i];
        if (!v_is_str(e)) continue;
        int r = find_in_entry(str_data(e), tail, loc);
        if (r != 0) return r;
    }
    return 0;
}

/* ---- loading ---------------------------------------------------------------------- */

static char *read_whole_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        err_format(&Exc_OSError, "[Errno %d] %s: '%s'", errno, strerror(errno), path);
        return NULL;
    }
    size_t cap = 1 << 14, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap) break;
        cap *= 2;
        char *nb = realloc(buf, cap);
        if (!nb) { free(buf); buf = NULL; }
        buf = nb;
    }
    fclose(f);
    if (!buf) { err_nomem(); return NULL; }
    *len = n;
    return buf;
}

/* The source line lineno of src (for SyntaxErrors the compiler reports
 * without text). malloc'd or NULL. */
static char *line_of(const char *src, size_t len, int lineno) {
    const char *p = src, *end = src + len;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return NULL;
        p = nl + 1;
    }
    if (p >= end) return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
    char *t = malloc(n + 1);
    if (!t) return NULL;
    memcpy(t, p, n);
    t[n] = '\0';
    return t;
}

/* Compiles src as module code for filename; a SyntaxError is raised as an
 * exception. New reference or V_NULL. */
static Value compile_module_source(const char *src, size_t len, const char *filename) {
    SyntaxErrorInfo info;
    memset(&info, 0, sizeof info);
    Value code = compile_source(src, len, filename, COMPILE_EXEC, &info);
    if (!v_is_null(code)) return code;
    if (info.msg[0]) {
        if (!info.text && info.lineno > 0) info.text = line_of(src, len, info.lineno);
        Value exc = exc_from_syntax_error(&info, filename);
        syntax_error_info_clear(&info);
        if (!v_is_null(exc)) err_restore(exc);
    }
    return V_NULL;
}

/* ---- the frozen library (import.h) ---- */

uint64_t import_source_hash(const unsigned char *data, size_t size) {
    /* FNV-1a over 8-byte words (checked at every import of a frozen
     * module: a word at a time keeps it ~1/8 of the bytewise cost) */
    uint64_t h = 0xcbf29ce484222325u;
    size_t i = 0;
    for (; i + 8 <= size; i += 8) {
        uint64_t w;
        memcpy(&w, data + i, 8);
        h = (h ^ w) * 0x100000001b3u;
        h ^= h >> 29;
    }
    for (; i < size; i++) h = (h ^ data[i]) * 0x100000001b3u;
    return h;
}

/* The build-time compiled code of embedded module idx, or V_NULL (no
 * frozen table, a stale entry, or one that does not load: compile the
 * source instead). */
static Value frozen_code(size_t idx) {
    if (&coil_frozen_lib_count == NULL || coil_frozen_lib_count != coil_embedded_lib_count) return V_NULL;
    const FrozenModule *f = &coil_frozen_lib[idx];
    const EmbeddedFile *e = &coil_embedded_lib[idx];
    if (f->size == 0 || f->source_size != e->size || f->source_hash != import_source_hash(e->data, e->size))
        return V_NULL;
    Value code = marshal_loads(f->data, f->size, V_NULL);
    if (v_is_null(code)) err_clear();
    return code;
}

int import_freeze_embedded(const char *c_path, const char *bin_path) {
    FILE *bin = fopen(bin_path, "wb");
    FILE *c = fopen(c_path, "w");
    if (!bin || !c) {
        fprintf(stderr, "freeze: cannot write %s\n", !bin ? bin_path : c_path);
        if (bin) fclose(bin);
        if (c) fclose(c);
        return -1;
    }
    fprintf(c, "/* Generated by scripts/freeze_lib.c: the embedded library compiled. Do not edit. */\n"
               "#include \"import.h\"\n\n"
               "__asm__(\".section .rodata\\n.balign 16\\ncoil_frozen_blob:\\n.incbin \\\"%s\\\"\\n.previous\\n\");\n"
               "extern const unsigned char coil_frozen_blob[] __asm__(\"coil_frozen_blob\");\n\n",
            bin_path);
    fprintf(c, "const FrozenModule coil_frozen_lib[] = {\n");
    size_t offset = 0;
    int rc = 0;
    for (size_t i = 0; i < coil_embedded_lib_count; i++) {
        const EmbeddedFile *e = &coil_embedded_lib[i];
        size_t flen = strlen(IMPORT_LIB_ENTRY) + strlen(e->path) + 2;
        char *file = malloc(flen);
        if (file) snprintf(file, flen, "%s/%s", IMPORT_LIB_ENTRY, e->path);
        Value code = file ? compile_module_source((const char *)e->data, e->size, file) : V_NULL;
        size_t len = 0;
        uint8_t *data = v_is_null(code) ? NULL : marshal_dumps(code, &len);
        v_decref(code);
        free(file);
        if (!data) {
            /* A module that does not compile (a test fixture with a
             * deliberate error) keeps an empty entry: it compiles at import
             * and reports its error then. */
            err_clear();
            fprintf(c, "    {0, 0, 0, 0},\n");
            continue;
        }
        if (fwrite(data, 1, len, bin) != len) rc = -1;
        fprintf(c, "    {coil_frozen_blob + %zu, %zu, %zu, 0x%016llxull}, /* %s */\n", offset, len, e->size,
                (unsigned long long)import_source_hash(e->data, e->size), e->path);
        offset += len;
        free(data);
    }
    if (coil_embedded_lib_count == 0) fprintf(c, "    {0, 0, 0, 0},\n");
    fprintf(c, "};\nconst size_t coil_frozen_lib_count = %zu;\n", coil_embedded_lib_count);
    if (fclose(bin) != 0) rc = -1;
    if (fclose(c) != 0) rc = -1;
    if (rc < 0) fprintf(stderr, "freeze: write error\n");
    return rc;
}

static int set_spec_initializing(Value spec, bool on) {
    return obj_setattr(spec, str_intern_cstr("_initializing"), v_from_bool(on));
}

/* Creates, registers and executes module fullname from loc. Returns the
 * module as found in sys.modules afterwards (a module may replace itself
 * there), new reference, or V_NULL; on failure the name is removed from
 * sys.modules, as CPython does. With existing (importlib.reload), that
 * module, already in sys.modules, is re-initialised and executed again in
 * its own dict instead, and stays in sys.modules whatever happens. */
static Value load_source_module_into(Value fullname, const ModuleLocation *loc, Value existing) {
    Value mod = v_is_null(existing) ? module_new(fullname) : v_newref(existing);
    Value spec = V_NULL, search = V_NONE, file = V_NULL, code = V_NULL;
    if (v_is_null(mod)) return V_NULL;
    Value d = module_dict(mod);
    char *src = NULL;
    size_t len = 0;
    bool registered = false;
    if (loc->pkgdir) {
        search = list_new(1);
        Value dir = str_from_cstr(loc->pkgdir);
        if (v_is_null(search) || v_is_null(dir) || list_append_steal(search, dir) < 0) goto fail;
    }
    file = str_from_cstr(loc->file);
    spec = spec_new(fullname, loc->file, search);
    if (v_is_null(file) || v_is_null(spec)) goto fail;
    Value package = V_NULL;
    if (obj_lookup_attr(spec, str_intern_cstr("parent"), &package) < 0) goto fail;
    int r = dict_set_cstr(d, "__package__", package);
    v_decref(package);
    if (r < 0 || dict_set_cstr(d, "__loader__", V_NONE) < 0 || dict_set_cstr(d, "__spec__", spec) < 0 ||
        (search != V_NONE && dict_set_cstr(d, "__path__", search) < 0) ||
        dict_set_cstr(d, "__file__", file) < 0 || dict_set_cstr(d, "__builtins__", runtime_builtins()) < 0)
        goto fail;
    /* __cached__ and spec.cached name the __pycache__ file (None for the
     * embedded library, cached in memory only; see pycache.h). */
    Value cached = loc->embedded ? V_NONE : pycache_cached_path(loc->file);
    r = v_is_null(cached) ? -1 : dict_set_cstr(d, "__cached__", cached);
    if (r == 0) r = obj_setattr(spec, str_intern_cstr("cached"), cached);
    v_decref(cached);
    if (r < 0) goto fail;
    if (loc->embedded) {
        size_t idx = (size_t)(loc->embedded - coil_embedded_lib);
        code = pycache_embedded_get(idx);
        if (!v_is_null(code)) {
            v_incref(code);
        } else {
            code = frozen_code(idx);
            if (v_is_null(code))
                code = compile_module_source((const char *)loc->embedded->data, loc->embedded->size, loc->file);
            if (!v_is_null(code)) pycache_embedded_put(idx, code);
        }
    } else {
        PycacheStamp stamp;
        code = pycache_read(loc->file, file, &stamp);
        if (v_is_null(code)) {
            src = read_whole_file(loc->file, &len);
            if (!src) goto fail;
            code = compile_module_source(src, len, loc->file);
            if (!v_is_null(code)) pycache_write(loc->file, &stamp, code);
        }
    }
    if (v_is_null(code)) goto fail;
    if (set_spec_initializing(spec, true) < 0) goto fail;
    /* Registered before the body runs: a circular import sees the partly
     * initialised module instead of recursing. */
    if (v_is_null(existing)) {
        if (dict_set(modules_dict, fullname, mod) < 0) goto fail;
        registered = true;
    }
    Value res = eval_code(code, d, d);
    if (v_is_null(res)) goto fail;
    v_decref(res);
    if (set_spec_initializing(spec, false) < 0) goto fail;
    Value found = dict_get(modules_dict, fullname);
    if (v_is_null(found)) {
        if (!err_occurred())
            raise_import_error(&Exc_ImportError,
                               str_printf("Loaded module %s not found in sys.modules", str_data(fullname)),
                               fullname, V_NULL);
        goto fail;
    }
    v_incref(found);
    free(src);
    v_decref(code);
    v_decref(spec);
    v_decref(file);
    v_decref(search);
    v_decref(mod);
    return found;
fail:
    if (registered) {
        Value exc = err_fetch();
        Value old = V_NULL;
        if (dict_pop(modules_dict, fullname, &old) < 0) err_clear();
        v_decref(old);
        err_restore(exc);
    }
    if (!v_is_null(spec)) {
        Value exc = err_fetch();
        if (set_spec_initializing(spec, false) < 0) err_clear();
        err_restore(exc);
    }
    free(src);
    v_decref(code);
    v_decref(spec);
    v_decref(file);
    v_decref(search);
    v_decref(mod);
    return V_NULL;
}

static Value load_source_module(Value fullname, const ModuleLocation *loc) {
    return load_source_module_into(fullname, loc, V_NULL);
}

/* Creates a builtin C module and registers it. New reference or V_NULL. */
static Value load_builtin_module(Value fullname, const BuiltinModuleDef *def) {
    Value mod = def->init();
    if (v_is_null(mod)) return V_NULL;
    if (v_is_module(mod)) {
        Value d = module_dict(mod);
        Value spec = spec_new(fullname, "built-in", V_NONE);
        if (v_is_null(spec)) { v_decref(mod); return V_NULL; }
        int r = dict_set_cstr(d, "__spec__", spec);
        v_decref(spec);
        if (r < 0 || dict_set_cstr(d, "__package__", str_intern_cstr("")) < 0 ||
            dict_set_cstr(d, "__loader__", V_NONE) < 0) {
            v_decref(mod);
            return V_NULL;
        }
    }
    if (dict_set(modules_dict, fullname, mod) < 0) {
        v_decref(mod);
        return V_NULL;
    }
    return mod;
}

static Value sys_path(void) {
    Value p = dict_get_cstr(module_dict(sys_module), "path");
    return v_is_null(p) ? V_NONE : p;
}

/* CPython's _find_and_load: imports fullname, its parent packages first,
 * and binds it as an attribute of its parent. New reference or V_NULL. */
static Value find_and_load(Value fullname) {
    Value m = dict_get(modules_dict, fullname);
    if (!v_is_null(m)) {
        if (m == V_NONE)
            return raise_import_error(&Exc_ModuleNotFoundError,
                                      str_printf("import of %s halted; None in sys.modules", str_data(fullname)),
                                      fullname, V_NULL);
        return v_newref(m);
    }
    if (err_occurred()) return V_NULL;
    const char *name = str_data(fullname);
    const char *dot = strrchr(name, '.');
    Value parent_mod = V_NULL, path = V_NULL, result = V_NULL;
    const char *tail = name;
    if (dot) {
        Value parent = str_new(name, (size_t)(dot - name));
        if (v_is_null(parent)) return V_NULL;
        parent_mod = find_and_load(parent);
        v_decref(parent);
        if (v_is_null(parent_mod)) return V_NULL;
        /* Importing the parent may have imported us. */
        m = dict_get(modules_dict, fullname);
        if (!v_is_null(m)) {
            v_decref(parent_mod);
            return v_newref(m);
        }
        int r = obj_lookup_attr(parent_mod, str_intern_cstr("__path__"), &path);
        if (r <= 0) {
            v_decref(parent_mod);
            if (r < 0) return V_NULL;
            return raise_import_error(&Exc_ModuleNotFoundError,
                                      str_printf("No module named '%s'; '%.*s' is not a package", name,
                                                 (int)(dot - name), name),
                                      fullname, V_NULL);
        }
        tail = dot + 1;
    } else {
        const BuiltinModuleDef *def = registry_find(name);
        if (def) return load_builtin_module(fullname, def);
        path = v_newref(sys_path());
    }
    ModuleLocation loc;
    memset(&loc, 0, sizeof loc);
    int found = find_in_path(path, tail, &loc);
    v_decref(path);
    if (found < 0) {
        err_nomem();
    } else if (found == 0) {
        module_not_found(fullname);
    } else {
        result = load_source_module(fullname, &loc);
        location_clear(&loc);
        if (!v_is_null(result) && !v_is_null(parent_mod) &&
            obj_setattr(parent_mod, str_intern_cstr(tail), result) < 0) {
            v_clear(&result);
        }
    }
    v_decref(parent_mod);
    return result;
}

/* ---- __import__ ----------------------------------------------------------------- */

/* The package a relative import in globals is relative to (CPython's
 * _calc___package__). New reference (a str, possibly empty) or V_NULL. */
static Value calc_package(Value globals) {
    if (!v_is_dict(globals))
        return err_format(&Exc_KeyError, "'__name__' not in globals");
    Value package = dict_get_cstr(globals, "__package__");
    if (!v_is_null(package) && package != V_NONE) {
        if (!v_is_str(package)) return err_format(&Exc_TypeError, "package must be a string");
        return v_newref(package);
    }
    Value spec = dict_get_cstr(globals, "__spec__");
    if (!v_is_null(spec) && spec != V_NONE) return obj_getattr_cstr(spec, "parent");
    Value name = dict_get_cstr(globals, "__name__");
    if (v_is_null(name)) return err_format(&Exc_KeyError, "'__name__' not in globals");
    if (!v_is_str(name)) return err_format(&Exc_TypeError, "module __name__ must be a string");
    if (!v_is_null(dict_get_cstr(globals, "__path__"))) return v_newref(name);
    const char *n = str_data(name);
    const char *dot = strrchr(n, '.');
    return dot ? str_new(n, (size_t)(dot - n)) : v_newref(str_intern_cstr(""));
}

/* The absolute name of a relative import (CPython's _resolve_name). New
 * reference or V_NULL. */
static Value resolve_name(Value name, Value globals, int level) {
    Value package = calc_package(globals);
    if (v_is_null(package)) return V_NULL;
    if (str_nbytes(package) == 0) {
        v_decref(package);
        return raise_import_error(&Exc_ImportError,
                                  str_from_cstr("attempted relative import with no known parent package"),
                                  V_NULL, V_NULL);
    }
    const char *p = str_data(package);
    size_t n = (size_t)str_nbytes(package);
    for (int i = 1; i < level; i++) {
        const char *dot = NULL;
        for (size_t j = n; j > 0; j--)
            if (p[j - 1] == '.') { dot = p + j - 1; break; }
        if (!dot) {
            v_decref(package);
            return raise_import_error(&Exc_ImportError,
                                      str_from_cstr("attempted relative import beyond top-level package"),
                                      V_NULL, V_NULL);
        }
        n = (size_t)(dot - p);
    }
    Value r = str_nbytes(name) ? str_printf("%.*s.%s", (int)n, p, str_data(name)) : str_new(p, n);
    v_decref(package);
    return r;
}

/* Imports each fromlist name that is a submodule of package module (not
 * yet an attribute), as CPython's _handle_fromlist. Returns -1 on error. */
static int handle_fromlist(Value module, Value fromlist, bool recursive) {
    Value seq = v_is_tuple(fromlist) ? v_newref(fromlist) : tuple_from_iterable(fromlist);
    if (v_is_null(seq)) return -1;
    Value modname = V_NULL;
    int status = 0;
    for (int64_t i = 0; i < tuple_size(seq) && status == 0; i++) {
        Value x = tuple_items(seq)[i];
        if (!v_is_str(x)) {
            if (recursive) {
                Value mn = obj_getattr_cstr(module, "__name__");
                if (v_is_null(mn)) { status = -1; break; }
                err_format(&Exc_TypeError, "Item in %s.__all__ must be str, not %s",
                           v_is_str(mn) ? str_data(mn) : "?", v_type_name(x));
                v_decref(mn);
            } else {
                err_format(&Exc_TypeError, "Item in ``from list'' must be str, not %s", v_type_name(x));
            }
            status = -1;
            break;
        }
        if (str_eq_cstr(x, "*")) {
            if (recursive) continue;
            Value all = V_NULL;
            int r = obj_lookup_attr(module, str_intern_cstr("__all__"), &all);
            if (r < 0) { status = -1; break; }
            if (r > 0) {
                status = handle_fromlist(module, all, true);
                v_decref(all);
            }
            continue;
        }
        Value attr = V_NULL;
        int r = obj_lookup_attr(module, x, &attr);
        if (r < 0) { status = -1; break; }
        if (r > 0) { v_decref(attr); continue; }
        if (v_is_null(modname)) {
            modname = obj_getattr_cstr(module, "__name__");
            if (v_is_null(modname)) { status = -1; break; }
        }
        Value sub = str_printf("%s.%s", str_data(modname), str_data(x));
        if (v_is_null(sub)) { status = -1; break; }
        Value m = find_and_load(sub);
        if (v_is_null(m)) {
            /* A missing submodule is not an error here: IMPORT_FROM reports
             * the name (CPython swallows ModuleNotFoundError for exactly this
             * module). */
            if (err_matches(&Exc_ModuleNotFoundError)) {
                Value exc = err_fetch();
                Value en = V_NULL;
                int has = obj_lookup_attr(exc, str_intern_cstr("name"), &en);
                bool same = has > 0 && v_is_str(en) && str_eq(en, sub);
                v_decref(en);
                if (has < 0) err_clear();
                if (same && v_is_null(dict_get(modules_dict, sub))) v_decref(exc);
                else { err_restore(exc); status = -1; }
            } else {
                status = -1;
            }
        } else {
            v_decref(m);
        }
        v_decref(sub);
    }
    v_decref(modname);
    v_decref(seq);
    return status;
}

static bool fromlist_empty(Value fromlist) {
    if (v_is_null(fromlist) || fromlist == V_NONE) return true;
    if (v_is_tuple(fromlist)) return tuple_size(fromlist) == 0;
    if (v_is_type(fromlist, &ListType)) return list_size(fromlist) == 0;
    int t = obj_truthy(fromlist);
    if (t < 0) err_clear();
    return t == 0;
}

Value import_name(Value name, Value globals, Value fromlist, int level) {
    if (!v_is_str(name)) return err_format(&Exc_TypeError, "module name must be str, not %s", v_type_name(name));
    if (level < 0) return err_format(&Exc_ValueError, "level must be >= 0");
    Value absname;
    if (level > 0) {
        absname = resolve_name(name, globals, level);
        if (v_is_null(absname)) return V_NULL;
    } else {
        if (str_nbytes(name) == 0) return err_format(&Exc_ValueError, "Empty module name");
        absname = v_newref(name);
    }
    /* Fast path: already imported and fully initialised. */
    Value mod = dict_get(modules_dict, absname);
    if (!v_is_null(mod) && mod != V_NONE) v_incref(mod);
    else {
        mod = find_and_load(absname);
        if (v_is_null(mod)) { v_decref(absname); return V_NULL; }
    }
    v_decref(absname);
    if (fromlist_empty(fromlist)) {
        const char *n = str_data(name);
        const char *dot = strchr(n, '.');
        if (level == 0) {
            if (!dot) return mod;
            Value front = str_new(n, (size_t)(dot - n));
            v_decref(mod);
            if (v_is_null(front)) return V_NULL;
            Value r = import_name(front, V_NULL, V_NONE, 0);
            v_decref(front);
            return r;
        }
        if (!dot) return mod;
        /* __import__("a.b", globals, level=1) with no fromlist returns the
         * package the first component names (CPython's cut_off rule). */
        Value mn = obj_getattr_cstr(mod, "__name__");
        v_decref(mod);
        if (v_is_null(mn)) return V_NULL;
        size_t cut = strlen(dot);
        Value top = str_new(str_data(mn), (size_t)str_nbytes(mn) - cut);
        v_decref(mn);
        if (v_is_null(top)) return V_NULL;
        Value r = dict_get(modules_dict, top);
        if (v_is_null(r)) err_set_value(&Exc_KeyError, top);
        else v_incref(r);
        v_decref(top);
        return r;
    }
    Value path = V_NULL;
    int r = v_is_module(mod) ? (dict_get_cstr(module_dict(mod), "__path__") != V_NULL)
                             : obj_lookup_attr(mod, str_intern_cstr("__path__"), &path);
    v_decref(path);
    if (r < 0) { v_decref(mod); return V_NULL; }
    if (r > 0 && handle_fromlist(mod, fromlist, false) < 0) {
        v_decref(mod);
        return V_NULL;
    }
    return mod;
}

Value import_module(Value name) {
    Value r = import_name(name, V_NULL, V_NONE, 0);
    if (v_is_null(r)) return V_NULL;
    v_decref(r);
    Value m = dict_get(modules_dict, name);
    if (v_is_null(m)) return module_not_found(name);
    return v_newref(m);
}

/* ---- IMPORT_FROM / IMPORT_STAR ---------------------------------------------------- */

Value import_from(Value module, Value name) {
    Value x = V_NULL;
    int r = obj_lookup_attr(module, name, &x);
    if (r != 0) return r > 0 ? x : V_NULL;
    /* A submodule bound in sys.modules but not (yet) as an attribute, e.g.
     * during a circular import of a package. */
    Value pkgname = V_NULL;
    r = obj_lookup_attr(module, str_intern_cstr("__name__"), &pkgname);
    if (r < 0) return V_NULL;
    if (r > 0 && !v_is_str(pkgname)) v_clear(&pkgname);
    if (!v_is_null(pkgname)) {
        Value full = str_printf("%s.%s", str_data(pkgname), str_data(name));
        if (v_is_null(full)) { v_decref(pkgname); return V_NULL; }
        Value m = dict_get(modules_dict, full);
        v_decref(full);
        if (!v_is_null(m)) {
            v_decref(pkgname);
            return v_newref(m);
        }
    }
    const char *pn = v_is_null(pkgname) ? "<unknown module name>" : str_data(pkgname);
    Value path = V_NULL;
    if (v_is_module(module)) {
        path = dict_get_cstr(module_dict(module), "__file__");
        if (!v_is_null(path) && v_is_str(path)) v_incref(path);
        else path = V_NULL;
    }
    Value msg;
    if (v_is_null(path)) {
        msg = str_printf("cannot import name '%s' from '%s' (unknown location)", str_data(name), pn);
    } else {
        bool initializing = false;
        Value spec = dict_get_cstr(module_dict(module), "__spec__");
        if (!v_is_null(spec) && spec != V_NONE) {
            Value flag = V_NULL;
            if (obj_lookup_attr(spec, str_intern_cstr("_initializing"), &flag) < 0) err_clear();
            initializing = flag == V_TRUE;
            v_decref(flag);
        }
        if (initializing)
            msg = str_printf("cannot import name '%s' from partially initialized module '%s' "
                             "(most likely due to a circular import) (%s)", str_data(name), pn, str_data(path));
        else
            msg = str_printf("cannot import name '%s' from '%s' (%s)", str_data(name), pn, str_data(path));
    }
    raise_import_error(&Exc_ImportError, msg, v_is_null(pkgname) ? V_NONE : pkgname, path);
    v_decref(path);
    v_decref(pkgname);
    return V_NULL;
}

int import_star(Value module, Value locals) {
    Value all = V_NULL;
    bool skip_private = false;
    int r = obj_lookup_attr(module, str_intern_cstr("__all__"), &all);
    if (r < 0) return -1;
    if (r == 0) {
        Value d = V_NULL;
        r = obj_lookup_attr(module, str_intern_cstr("__dict__"), &d);
        if (r < 0) return -1;
        if (r == 0) {
            err_format(&Exc_ImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = v_is_dict(d) ? dict_keys_list(d) : obj_call_method(d, "keys", NULL, 0);
        v_decref(d);
        if (v_is_null(all)) return -1;
        skip_private = true;
    }
    Value it = obj_iter(all);
    if (v_is_null(it)) { v_decref(all); return -1; }
    int status = 0;
    for (;;) {
        Value name = obj_iternext(it);
        if (v_is_null(name)) {
            if (err_occurred()) status = -1;
            break;
        }
        if (!v_is_str(name)) {
            Value mn = obj_getattr_cstr(module, "__name__");
            if (!v_is_null(mn)) {
                err_format(&Exc_TypeError, skip_private ? "Key in %s.__dict__ must be str, not %s"
                                                        : "Item in %s.__all__ must be str, not %s",
                           v_is_str(mn) ? str_data(mn) : "?", v_type_name(name));
                v_decref(mn);
            }
            v_decref(name);
            status = -1;
            break;
        }
        if (skip_private && str_data(name)[0] == '_') {
            v_decref(name);
            continue;
        }
        Value v = obj_getattr(module, name);
        if (v_is_null(v)) {
            v_decref(name);
            status = -1;
            break;
        }
        int w = v_is_dict(locals) ? dict_set(locals, name, v) : obj_setitem(locals, name, v);
        v_decref(v);
        v_decref(name);
        if (w < 0) { status = -1; break; }
    }
    v_decref(it);
    v_decref(all);
    return status;
}

/* ---- builtins.__import__ and importlib ------------------------------------------ */

Value import_builtin___import__(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kwlist[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    Value a[5] = {V_NULL, V_NONE, V_NONE, V_NONE, v_from_smallint(0)};
    size_t nkw = v_is_null(kwnames) ? 0 : (size_t)tuple_size(kwnames);
    if (nargs > 5) return err_format(&Exc_TypeError, "__import__() takes at most 5 arguments (%zu given)", nargs);
    for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    for (size_t k = 0; k < nkw; k++) {
        Value kn = tuple_items(kwnames)[k];
        int idx = -1;
        for (int j = 0; kwlist[j]; j++)
            if (str_eq_cstr(kn, kwlist[j])) idx = j;
        if (idx < 0)
            return err_format(&Exc_TypeError, "__import__() got an unexpected keyword argument '%s'", str_data(kn));
        a[idx] = args[nargs + k];
    }
    if (v_is_null(a[0])) return err_format(&Exc_TypeError, "__import__() missing required argument 'name' (pos 1)");
    if (!v_is_str(a[0])) return err_format(&Exc_TypeError, "__import__() argument 1 must be str, not %s", v_type_name(a[0]));
    if (!v_is_smallint(a[4])) return err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", v_type_name(a[4]));
    int64_t level = v_as_smallint(a[4]);
    if (level < 0) return err_format(&Exc_ValueError, "level must be >= 0");
    Value globals = a[1] == V_NONE ? V_NULL : a[1];
    if (level > 0 && v_is_null(globals))
        return raise_import_error(&Exc_ImportError,
                                  str_from_cstr("attempted relative import with no known parent package"),
                                  V_NULL, V_NULL);
    return import_name(a[0], globals, a[3], (int)level);
}

static Value importlib_import_module(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (!v_is_null(kwnames) || nargs < 1 || nargs > 2)
        return err_format(&Exc_TypeError, "import_module() takes 1 or 2 positional arguments");
    Value name = args[0];
    if (!v_is_str(name)) return err_format(&Exc_TypeError, "module name must be str, not %s", v_type_name(name));
    const char *n = str_data(name);
    if (n[0] != '.') return import_module(name);
    if (nargs < 2 || !v_is_str(args[1]))
        return err_format(&Exc_TypeError,
                          "the 'package' argument is required to perform a relative import for '%s'", n);
    int level = 0;
    while (n[level] == '.') level++;
    Value rest = str_from_cstr(n + level);
    Value g = dict_new();
    if (v_is_null(rest) || v_is_null(g) || dict_set_cstr(g, "__package__", args[1]) < 0) {
        v_decref(rest);
        v_decref(g);
        return V_NULL;
    }
    Value absname = resolve_name(rest, g, level);
    v_decref(rest);
    v_decref(g);
    if (v_is_null(absname)) return V_NULL;
    Value m = import_module(absname);
    v_decref(absname);
    return m;
}

/* The name importlib.reload uses: module.__spec__.name, else __name__. New
 * reference or V_NULL (TypeError "reload() argument must be a module"). */
static Value reload_name(Value module) {
    Value spec = V_NULL, name = V_NULL;
    int r = obj_lookup_attr(module, str_intern_cstr("__spec__"), &spec);
    if (r > 0) r = obj_lookup_attr(spec, str_intern_cstr("name"), &name);
    v_decref(spec);
    if (r < 0) return V_NULL;
    if (r == 0 && obj_lookup_attr(module, str_intern_cstr("__name__"), &name) < 0) return V_NULL;
    if (v_is_null(name) || !v_is_str(name)) {
        v_decref(name);
        return err_format(&Exc_TypeError, "reload() argument must be a module");
    }
    return name;
}

/* Modules being reloaded (name -> module): a reload that recurses into
 * itself returns the module as it is, as CPython's _RELOADING. */
static Value reloading = V_NULL;

/* importlib.reload(module): finds the module's source again and executes
 * it in the module's existing dict (so objects holding the module see the
 * new definitions, and names the new code does not define survive). */
static Value importlib_reload(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("reload", nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value module = args[0];
    Value name = reload_name(module);
    if (v_is_null(name)) return V_NULL;
    Value result = V_NULL, path = V_NULL;
    if (dict_get(modules_dict, name) != module) {
        if (!err_occurred())
            raise_import_error(&Exc_ImportError, str_printf("module %s not in sys.modules", str_data(name)),
                               name, V_NULL);
        goto done;
    }
    if (v_is_null(reloading) && v_is_null(reloading = dict_new())) goto done;
    Value busy = dict_get(reloading, name);
    if (!v_is_null(busy)) {
        result = v_newref(busy);
        goto done;
    }
    const char *n = str_data(name);
    const char *dot = strrchr(n, '.');
    const char *tail = dot ? dot + 1 : n;
    if (dot) {
        Value pname = str_new(n, (size_t)(dot - n));
        if (v_is_null(pname)) goto done;
        Value parent = dict_get(modules_dict, pname);
        if (v_is_null(parent)) {
            if (!err_occurred()) {
                Value pr = obj_repr(pname);
                if (!v_is_null(pr)) {
                    raise_import_error(&Exc_ImportError, str_printf("parent %s not in sys.modules", str_data(pr)),
                                       pname, V_NULL);
                    v_decref(pr);
                }
            }
            v_decref(pname);
            goto done;
        }
        v_decref(pname);
        path = obj_getattr_cstr(parent, "__path__");
        if (v_is_null(path)) goto done;
    } else {
        if (registry_find(n)) {   /* a C module: nothing to execute again */
            result = v_newref(module);
            goto done;
        }
        path = v_newref(sys_path());
    }
    ModuleLocation loc;
    memset(&loc, 0, sizeof loc);
    int found = find_in_path(path, tail, &loc);
    if (found < 0) {
        err_nomem();
    } else if (found == 0) {
        Value nr = obj_repr(name);
        if (!v_is_null(nr)) {
            raise_import_error(&Exc_ModuleNotFoundError,
                               str_printf("spec not found for the module %s", str_data(nr)), name, V_NULL);
            v_decref(nr);
        }
    } else if (dict_set(reloading, name, module) == 0) {
        result = load_source_module_into(name, &loc, module);
        Value exc = err_fetch();
        Value old = V_NULL;
        if (dict_pop(reloading, name, &old) < 0) err_clear();
        v_decref(old);
        err_restore(exc);
    }
    location_clear(&loc);
done:
    v_decref(path);
    v_decref(name);
    return result;
}

static Value importlib_invalidate_caches(Value self, const Value *args, size_t nargs, Value kwnames) {
    return V_NONE;   /* coil keeps no finder caches */
}

/* _importlib._embedded_source(path): the source text (str) of path when it
 * names a file of the embedded library ("<coil-lib>/x.py"), else None. The
 * loaders of lib/importlib read embedded modules through it. */
static Value importlib_embedded_source(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (nargs != 1 || !v_is_null(kwnames) || !v_is_str(args[0]))
        return err_format(&Exc_TypeError, "_embedded_source() takes one str argument");
    const char *data;
    size_t len;
    if (!import_embedded_source(str_data(args[0]), &data, &len)) return V_NONE;
    return str_new_checked(data, len);
}

/* _importlib._embedded_files(): a new list of the paths of every file of the
 * embedded library relative to "<coil-lib>" ("json/__init__.py", ...), in
 * table order. pkgutil lists the library's modules through it. */
static Value importlib_embedded_files(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (nargs != 0 || !v_is_null(kwnames))
        return err_format(&Exc_TypeError, "_embedded_files() takes no arguments");
    Value list = list_new((int64_t)coil_embedded_lib_count);
    if (v_is_null(list)) return V_NULL;
    for (size_t i = 0; i < coil_embedded_lib_count; i++) {
        Value p = str_from_cstr(coil_embedded_lib[i].path);
        if (v_is_null(p) || list_append_steal(list, p) < 0) {
            v_decref(list);
            return V_NULL;
        }
    }
    return list;
}

static const MethodDef importlib_methods[] = {
    {"_embedded_files", importlib_embedded_files, 0, NULL},
    {"_embedded_source", importlib_embedded_source, 0, NULL},
    {"import_module", importlib_import_module, 0, NULL},
    {"invalidate_caches", importlib_invalidate_caches, 0, NULL},
    {"reload", importlib_reload, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value importlib_module_init(void) {
    Value m = registry_module_new("_importlib", importlib_methods);
    if (v_is_null(m)) return V_NULL;
    Value imp = cfunc_new("__import__", import_builtin___import__, V_NULL);
    if (v_is_null(imp) || dict_set_cstr(module_dict(m), "__import__", imp) < 0) {
        v_decref(imp);
        v_decref(m);
        return V_NULL;
    }
    v_decref(imp);
    return m;
}

/* ---- start-up, the main script ---------------------------------------------------- */

int import_init(void) {
    if (!v_is_null(modules_dict)) return 0;
    if (type_ready(&SpecType) < 0) return -1;
    modules_dict = dict_new();
    if (v_is_null(modules_dict)) return -1;
    Value md = runtime_main_dict();
    if (dict_set_cstr(modules_dict, "builtins", runtime_builtins_module()) < 0 ||
        dict_set_cstr(modules_dict, "__main__", runtime_main_module()) < 0 ||
        dict_set_cstr(md, "__package__", V_NONE) < 0 || dict_set_cstr(md, "__loader__", V_NONE) < 0 ||
        dict_set_cstr(md, "__spec__", V_NONE) < 0)
        return -1;
    /* builtins is a built-in module like the others: its repr says so. */
    Value bspec = spec_new(str_intern_cstr("builtins"), "built-in", V_NONE);
    if (v_is_null(bspec)) return -1;
    Value bd = runtime_builtins();
    int br = dict_set_cstr(bd, "__spec__", bspec);
    v_decref(bspec);
    if (br < 0 || dict_set_cstr(bd, "__package__", str_intern_cstr("")) < 0 ||
        dict_set_cstr(bd, "__loader__", V_NONE) < 0)
        return -1;
    Value imp = cfunc_new("__import__", import_builtin___import__, V_NULL);
    if (v_is_null(imp)) return -1;
    int r = dict_set_cstr(runtime_builtins(), "__import__", imp);
    v_decref(imp);
    if (r < 0) return -1;
    Value sys = import_name(str_intern_cstr("sys"), V_NULL, V_NONE, 0);
    if (v_is_null(sys)) return -1;
    sys_module = sys;
    /* exit() and quit(), which CPython's site module adds to builtins:
     * both raise SystemExit(code) like sys.exit. */
    Value ex = dict_get_cstr(module_dict(sys), "exit");
    if (!v_is_null(ex) && (dict_set_cstr(runtime_builtins(), "exit", ex) < 0 ||
                           dict_set_cstr(runtime_builtins(), "quit", ex) < 0))
        return -1;
    return 0;
}

int import_set_script_path(const char *script_path) {
    Value path = sys_path();
    if (!v_is_type(path, &ListType) || list_size(path) == 0) return 0;
    const char *slash = strrchr(script_path, '/');
    Value dir = !slash ? str_intern_cstr("")
              : slash == script_path ? str_intern_cstr("/")
              : str_new(script_path, (size_t)(slash - script_path));
    if (v_is_null(dir)) return -1;
    v_setref(&list_items(path)[0], dir);
    return 0;
}

int import_find_main_module(const char *name, char **src, size_t *len, char **filename) {
    Value full = str_from_cstr(name);
    if (v_is_null(full)) return -1;
    if (str_nbytes(full) == 0 || name[0] == '.') {
        err_format(&Exc_ImportError, "Relative module names not supported");
        v_decref(full);
        return -1;
    }
    for (int attempt = 0; attempt < 2; attempt++) {
        const char *n = str_data(full);
        const char *dot = strrchr(n, '.');
        Value path = V_NULL;
        const char *tail = n;
        if (dot) {
            Value parent = str_new(n, (size_t)(dot - n));
            if (v_is_null(parent)) break;
            Value pm = import_module(parent);
            v_decref(parent);
            if (v_is_null(pm)) {
                /* runpy: "Error while finding module specification for 'a.b'
                 * (ModuleNotFoundError: No module named 'a')" */
                if (err_matches(&Exc_ImportError)) {
                    Value e = err_fetch();
                    Value s = exc_str(e);
                    const char *tn = v_type_name(e);
                    if (!v_is_null(s)) {
                        raise_import_error(&Exc_ImportError,
                                           str_printf("Error while finding module specification for '%s' (%s: %s)",
                                                      n, tn, str_data(s)), V_NULL, V_NULL);
                        v_decref(s);
                    }
                    v_decref(e);
                }
                break;
            }
            int r = obj_lookup_attr(pm, str_intern_cstr("__path__"), &path);
            v_decref(pm);
            if (r <= 0) {
                if (r == 0)
                    raise_import_error(&Exc_ImportError,
                                       str_printf("Error while finding module specification for '%s' "
                                                  "(ModuleNotFoundError: __path__ attribute not found on '%.*s' "
                                                  "while trying to find '%s')", n, (int)(dot - n), n, n),
                                       V_NULL, V_NULL);
                break;
            }
            tail = dot + 1;
        } else {
            if (registry_find(n)) {
                raise_import_error(&Exc_ImportError,
                                   str_printf("No code object available for %s", n), V_NULL, V_NULL);
                break;
            }
            path = v_newref(sys_path());
        }
        ModuleLocation loc;
        memset(&loc, 0, sizeof loc);
        int found = find_in_path(path, tail, &loc);
        v_decref(path);
        if (found < 0) { err_nomem(); break; }
        if (found == 0) {
            /* runpy's wording: the name unquoted. */
            raise_import_error(&Exc_ModuleNotFoundError, str_printf("No module named %s", n), full, V_NULL);
            break;
        }
        if (loc.pkgdir) {
            /* A package runs its __main__ submodule. */
            location_clear(&loc);
            if (attempt == 1) {
                err_format(&Exc_ImportError, "Cannot use package as __main__ module");
                break;
            }
            Value pkg = import_module(full);
            if (v_is_null(pkg)) break;
            v_decref(pkg);
            Value sub = str_printf("%s.__main__", str_data(full));
            v_decref(full);
            full = sub;
            if (v_is_null(full)) return -1;
            continue;
        }
        /* runpy._run_module_as_main: the code runs in __main__'s dict with
         * __spec__ describing the module and __package__ its parent. */
        Value md = runtime_main_dict();
        Value spec = spec_new(full, loc.file, V_NONE);
        Value file = str_from_cstr(loc.file);
        Value parent = dot ? str_new(n, (size_t)(dot - n)) : v_newref(str_intern_cstr(""));
        bool ok = !v_is_null(spec) && !v_is_null(file) && !v_is_null(parent) &&
                  dict_set_cstr(md, "__spec__", spec) == 0 && dict_set_cstr(md, "__file__", file) == 0 &&
                  dict_set_cstr(md, "__package__", parent) == 0 && dict_set_cstr(md, "__cached__", V_NONE) == 0;
        v_decref(spec);
        v_decref(file);
        v_decref(parent);
        if (ok) {
            if (loc.embedded) {
                *src = malloc(loc.embedded->size + 1);
                if (*src) {
                    memcpy(*src, loc.embedded->data, loc.embedded->size);
                    *len = loc.embedded->size;
                } else err_nomem();
            } else {
                *src = read_whole_file(loc.file, len);
            }
            ok = *src != NULL;
        }
        if (ok) {
            *filename = loc.file;
            loc.file = NULL;
        }
        location_clear(&loc);
        v_decref(full);
        return ok ? 0 : -1;
    }
    v_decref(full);
    return -1;
}

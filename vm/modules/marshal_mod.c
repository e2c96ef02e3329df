/* marshal_mod.c: the marshal module on vm/marshal.c: dumps, loads, dump,
 * load, version. The bytes are coil's marshal format (the one of its
 * .pyc files), not CPython's: what dumps writes, loads reads back (None,
 * bool, Ellipsis, int, float, complex, str, bytes, bytearray (as bytes),
 * tuple, list, dict, set, frozenset, code objects). */
#include <stdlib.h>
#include <string.h>
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../bytearray.h"
#include "../marshal.h"

static Value do_dumps(Value v) {
    size_t len;
    uint8_t *buf = marshal_dumps(v, &len);
    if (!buf) return V_NULL;
    Value r = bytes_new(buf, len);
    free(buf);
    return r;
}

static Value do_loads(const uint8_t *p, size_t n, size_t *used) {
    if (n == 0) return err_format(&Exc_EOFError, "EOF read where object expected");
    Value v = marshal_loads_prefix(p, n, used);
    if (v_is_null(v) && err_matches(&Exc_ValueError)) {
        Value exc = err_fetch();
        Value msg = exc_str(exc);
        bool short_data = !v_is_null(msg) && (strstr(str_data(msg), "unexpected end of data") ||
                                               strstr(str_data(msg), "length out of range"));
        v_decref(msg);
        if (short_data) {
            v_decref(exc);
            return err_format(&Exc_EOFError, "marshal data too short");
        }
        err_restore(exc);
    }
    return v;
}

static Value m_dumps(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {NULL, NULL};
    Value a[2];
    if (args_parse("dumps", args, nargs, kwnames, kw, 2, 2, 1, a) < 0) return V_NULL;
    int64_t version;
    if (!v_is_null(a[1]) && obj_as_index_i64(a[1], &version) < 0) return V_NULL;
    return do_dumps(a[0]);
}

static Value m_loads(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {NULL};
    Value a[1];
    if (args_parse("loads", args, nargs, kwnames, kw, 1, 1, 1, a) < 0) return V_NULL;
    const uint8_t *p;
    int64_t n;
    if (!bytes_like_view(a[0], &p, &n))
        return err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(a[0]));
    Value keep = v_newref(a[0]);
    size_t used;
    Value r = do_loads(p, (size_t)n, &used);
    v_decref(keep);
    return r;
}

static Value m_dump(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {NULL, NULL, NULL};
    Value a[3];
    if (args_parse("dump", args, nargs, kwnames, kw, 3, 3, 2, a) < 0) return V_NULL;
    Value b = do_dumps(a[0]);
    if (v_is_null(b)) return V_NULL;
    Value r = obj_call_method(a[1], "write", &b, 1);
    v_decref(b);
    if (v_is_null(r)) return V_NULL;
    v_decref(r);
    return V_NONE;
}

static Value m_load(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {NULL};
    Value a[1];
    if (args_parse("load", args, nargs, kwnames, kw, 1, 1, 1, a) < 0) return V_NULL;
    Value data = obj_call_method(a[0], "read", NULL, 0);
    if (v_is_null(data)) return V_NULL;
    const uint8_t *p;
    int64_t n;
    if (!bytes_like_view(data, &p, &n)) {
        v_decref(data);
        return err_format(&Exc_TypeError, "file.read() returned not bytes but %s", v_type_name(data));
    }
    size_t used = 0;
    Value r = do_loads(p, (size_t)n, &used);
    if (!v_is_null(r) && used < (size_t)n) {
        /* leave the file just after the value, as CPython's exact reads do */
        Value off = v_from_smallint(-(int64_t)((size_t)n - used));
        Value sargs[2] = {off, v_from_smallint(1)};
        Value s = obj_call_method(a[0], "seek", sargs, 2);
        if (v_is_null(s)) err_clear();
        v_decref(s);
    }
    v_decref(data);
    return r;
}

static const MethodDef marshal_functions[] = {
    {"dumps", m_dumps, 0, "Return the bytes object that would be written to a file by dump(value, file)."},
    {"loads", m_loads, 0, "Convert the bytes-like object to a value."},
    {"dump", m_dump, 0, "Write the value on the open file."},
    {"load", m_load, 0, "Read one value from the open file and return it."},
    {NULL, NULL, 0, NULL},
};

Value module_init_marshal(void) {
    Value m = mod_create("marshal", marshal_functions);
    if (v_is_null(m)) return V_NULL;
    if (dict_set_cstr(module_dict(m), "version", v_from_smallint(4)) < 0) {
        v_decref(m);
        return V_NULL;
    }
    return m;
}

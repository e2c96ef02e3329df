/* memoryview.c: a basic memoryview over bytes or bytearray (format 'B',
 * one dimension, itemsize 1).
 *
 * Invariant: the view is base[start : start + len] with step 1; the data
 * pointer is fetched from base on every access because a bytearray may
 * reallocate. A slice with step != 1 is materialised into a bytes copy
 * (so it is read-only; CPython's strided views are writable). */
#include "memoryview.h"

#include "abstract.h"
#include "args.h"
#include "bytearray.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "str.h"

#include <stdio.h>
#include <string.h>

typedef struct MemoryViewObject {
    Object ob;
    Value base;          /* bytes or bytearray (strong), V_NULL once released */
    int64_t start, len;
    bool readonly;
} MemoryViewObject;

#define METHOD(name) static Value mv_##name(Value self, const Value *args, size_t nargs, Value kwnames)

static inline MemoryViewObject *as_mv(Value v) { return (MemoryViewObject *)v_as_obj(v); }

bool v_is_memoryview(Value v) { return v_is_ptr(v) && v_as_obj(v)->type == &MemoryViewType; }

static Value released_error(void) {
    return err_format(&Exc_ValueError, "operation forbidden on released memoryview object");
}

/* The viewed bytes; false with ValueError if released. */
bool memoryview_data(Value v, const uint8_t **data, int64_t *size) {
    MemoryViewObject *m = as_mv(v);
    if (m->base == V_NULL) {
        released_error();
        return false;
    }
    const uint8_t *d;
    int64_t n;
    bytes_like_view(m->base, &d, &n);
    /* a bytearray shrunk under the view: clamp rather than read past it */
    int64_t len = m->len;
    if (m->start + len > n) len = n > m->start ? n - m->start : 0;
    *data = d + (m->start <= n ? m->start : n);
    *size = len;
    return true;
}

static Value mv_make(Value base, int64_t start, int64_t len, bool readonly) {
    MemoryViewObject *m = (MemoryViewObject *)obj_alloc(&MemoryViewType, sizeof *m);
    if (!m) return V_NULL;
    m->base = v_newref(base);
    m->start = start;
    m->len = len;
    m->readonly = readonly;
    return v_from_obj(m);
}

static Value mv_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    (void)type;
    static const char *const names[] = {"object"};
    Value a[1];
    if (args_parse("memoryview", args, nargs, kwnames, names, 1, 1, 1, a) < 0) return V_NULL;
    Value o = a[0];
    if (v_is_memoryview(o)) {
        MemoryViewObject *src = as_mv(o);
        if (src->base == V_NULL) return released_error();
        return mv_make(src->base, src->start, src->len, src->readonly);
    }
    const uint8_t *d;
    int64_t n;
    if (v_is_byteslike(o)) return mv_make(o, 0, ((BytesObject *)v_as_obj(o))->size, true);
    if (!bytes_like_view(o, &d, &n))
        return err_format(&Exc_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                          v_type_name(o));
    return mv_make(o, 0, n, !v_is_bytearray(o));
}

static void mv_dealloc(Object *o) {
    MemoryViewObject *m = (MemoryViewObject *)o;
    if (m->base != V_NULL) v_decref(m->base);
    obj_free(o);
}

static void mv_traverse(Object *o, void (*visit)(Value v, void *arg), void *arg) {
    MemoryViewObject *m = (MemoryViewObject *)o;
    if (m->base != V_NULL) visit(m->base, arg);
}

static int64_t mv_len(Value self) {
    const uint8_t *d;
    int64_t n;
    if (!memoryview_data(self, &d, &n)) return -1;
    return n;
}

static Value mv_repr(Value self) {
    char buf[64];
    snprintf(buf, sizeof buf, "<%smemory at %p>", as_mv(self)->base == V_NULL ? "released " : "",
             (void *)v_as_obj(self));
    return str_new(buf, strlen(buf));
}

static Value mv_getitem(Value self, Value key) {
    const uint8_t *d;
    int64_t n;
    if (!memoryview_data(self, &d, &n)) return V_NULL;
    MemoryViewObject *m = as_mv(self);
    if (v_is_slice(key)) {
        int64_t start, stop, step;
        int64_t cnt = slice_unpack(key, n, &start, &stop, &step);
        if (cnt < 0) return V_NULL;
        if (step == 1 || cnt == 0) return mv_make(m->base, m->start + (cnt ? start : 0), cnt, m->readonly);
        uint8_t *tmp = mem_alloc((size_t)cnt + 1);
        if (!tmp) return err_nomem();
        for (int64_t i = 0; i < cnt; i++) tmp[i] = d[start + i * step];
        Value b = bytes_new(tmp, (size_t)cnt);
        mem_free(tmp);
        if (b == V_NULL) return V_NULL;
        Value r = mv_make(b, 0, cnt, true);
        v_decref(b);
        return r;
    }
    int64_t i;
    if (obj_as_index_i64(key, &i) < 0) {
        if (err_matches(&Exc_TypeError)) {
            err_clear();
            return err_format(&Exc_TypeError, "memoryview: invalid slice key");
        }
        return V_NULL;
    }
    if (i < 0) i += n;
    if (i < 0 || i >= n) return err_format(&Exc_IndexError, "index out of bounds on dimension 1");
    return v_from_smallint(d[i]);
}

static int mv_setitem(Value self, Value key, Value v) {
    const uint8_t *d;
    int64_t n;
    if (!memoryview_data(self, &d, &n)) return -1;
    MemoryViewObject *m = as_mv(self);
    if (m->readonly) {
        err_format(&Exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (v == V_NULL) {
        err_format(&Exc_TypeError, "cannot delete memory");
        return -1;
    }
    uint8_t *w = (uint8_t *)d;   /* writable: base is a bytearray */
    if (v_is_slice(key)) {
        int64_t start, stop, step;
        int64_t cnt = slice_unpack(key, n, &start, &stop, &step);
        if (cnt < 0) return -1;
        const uint8_t *s;
        int64_t sn;
        if (v_is_memoryview(v)) {
            if (!memoryview_data(v, &s, &sn)) return -1;
        } else if (!bytes_like_view(v, &s, &sn)) {
            err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(v));
            return -1;
        }
        if (sn != cnt) {
            err_format(&Exc_ValueError,
                       "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        memmove(w + start, s, (size_t)cnt * (step == 1));
        if (step != 1)
            for (int64_t i = 0; i < cnt; i++) w[start + i * step] = s[i];
        return 0;
    }
    int64_t i, b;
    if (obj_as_index_i64(key, &i) < 0) return -1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        err_format(&Exc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    if (!v_is_int(v)) {
        err_format(&Exc_TypeError, "memoryview: invalid type for format 'B'");
        return -1;
    }
    if (obj_as_index_i64(v, &b) < 0) return -1;
    if (b < 0 || b > 255) {
        err_format(&Exc_ValueError, "memoryview: invalid value for format 'B'");
        return -1;
    }
    w[i] = (uint8_t)b;
    return 0;
}

static Value mv_richcompare(Value a, Value b, int op) {
    if (op != CMP_EQ && op != CMP_NE) return v_newref(V_NOTIMPL);
    const uint8_t *x, *y;
    int64_t nx, ny;
    if (as_mv(a)->base == V_NULL) return v_from_bool((a == b) == (op == CMP_EQ));
    if (!memoryview_data(a, &x, &nx)) return V_NULL;
    if (v_is_memoryview(b)) {
        if (as_mv(b)->base == V_NULL) return v_from_bool((a == b) == (op == CMP_EQ));
        if (!memoryview_data(b, &y, &ny)) return V_NULL;
    } else if (v_is_byteslike(b)) {
        y = ((BytesObject *)v_as_obj(b))->data;
        ny = ((BytesObject *)v_as_obj(b))->size;
    } else if (!bytes_like_view(b, &y, &ny)) {
        return v_newref(V_NOTIMPL);
    }
    bool eq = nx == ny && memcmp(x, y, (size_t)nx) == 0;
    return v_from_bool(eq == (op == CMP_EQ));
}

static Value mv_bytes(Value self) {
    const uint8_t *d;
    int64_t n;
    if (!memoryview_data(self, &d, &n)) return V_NULL;
    return bytes_new(d, (size_t)n);
}

METHOD(tobytes) {
    (void)args;
    static const char *const names[] = {"order"};
    Value a[1];
    if (args_parse("tobytes", args, nargs, kwnames, names, 1, 1, 0, a) < 0) return V_NULL;
    return mv_bytes(self);
}

METHOD(tolist) {
    (void)args;
    if (args_check_positional("tolist", nargs, kwnames, 0, 0) < 0) return V_NULL;
    const uint8_t *d;
    int64_t n;
    if (!memoryview_data(self, &d, &n)) return V_NULL;
    Value l = list_new(0);
    if (l == V_NULL) return V_NULL;
    for (int64_t i = 0; i < n; i++)
        if (list_append_steal(l, v_from_smallint(d[i])) < 0) {
            v_decref(l);
            return V_NULL;
        }
    return l;
}

/* Iterates a snapshot list: simple, and a view's items are small ints. */
static Value mv_iter(Value self) {
    Value l = mv_tolist(self, NULL, 0, V_NULL);
    if (l == V_NULL) return V_NULL;
    Value it = obj_iter(l);
    v_decref(l);
    return it;
}

METHOD(hex) {
    Value b = mv_bytes(self);
    if (b == V_NULL) return V_NULL;
    Value meth = obj_getattr_cstr(b, "hex");
    Value r = V_NULL;
    if (meth != V_NULL) {
        r = obj_call(meth, args, nargs, kwnames);
        v_decref(meth);
    }
    v_decref(b);
    return r;
}

METHOD(release) {
    (void)args;
    if (args_check_positional("release", nargs, kwnames, 0, 0) < 0) return V_NULL;
    MemoryViewObject *m = as_mv(self);
    if (m->base != V_NULL) {
        Value b = m->base;
        m->base = V_NULL;
        v_decref(b);
    }
    return V_NONE;
}

METHOD(__enter__) {
    (void)args;
    if (args_check_positional("__enter__", nargs, kwnames, 0, 0) < 0) return V_NULL;
    if (as_mv(self)->base == V_NULL) return released_error();
    return v_newref(self);
}

METHOD(__exit__) {
    (void)args;
    (void)nargs;
    return mv_release(self, NULL, 0, kwnames);
}

static Value get_readonly(Value self) {
    if (as_mv(self)->base == V_NULL) return released_error();
    return v_from_bool(as_mv(self)->readonly);
}
static Value get_nbytes(Value self) {
    int64_t n = mv_len(self);
    return n < 0 ? V_NULL : int_from_i64(n);
}
static Value get_itemsize(Value self) {
    if (as_mv(self)->base == V_NULL) return released_error();
    return v_from_smallint(1);
}
static Value get_ndim(Value self) {
    if (as_mv(self)->base == V_NULL) return released_error();
    return v_from_smallint(1);
}
static Value get_format(Value self) {
    if (as_mv(self)->base == V_NULL) return released_error();
    return str_new("B", 1);
}
static Value get_obj(Value self) {
    if (as_mv(self)->base == V_NULL) return released_error();
    return v_newref(as_mv(self)->base);
}

static const GetSetDef mv_getset[] = {
    {"readonly", get_readonly, NULL}, {"nbytes", get_nbytes, NULL},
    {"itemsize", get_itemsize, NULL}, {"ndim", get_ndim, NULL},
    {"format", get_format, NULL},     {"obj", get_obj, NULL},
    {NULL, NULL, NULL},
};

#define M(name) {#name, mv_##name, 0, NULL}
static const MethodDef mv_methods[] = {
    M(tobytes), M(tolist), M(hex), M(release), M(__enter__), M(__exit__),
    {NULL, NULL, 0, NULL},
};
#undef M

TypeObject MemoryViewType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "memoryview",
    .base = &ObjectType,
    .dict = V_NULL,
    .mro = V_NULL,
    .basicsize = sizeof(MemoryViewObject),
    .dealloc = mv_dealloc,
    .traverse = mv_traverse,
    .repr = mv_repr,
    .richcompare = mv_richcompare,
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .iter = mv_iter,
    .construct = mv_construct,
    .methods = mv_methods,
    .getset = mv_getset,
};

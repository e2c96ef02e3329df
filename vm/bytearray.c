/* bytearray.c: the mutable byte buffer.
 *
 * The storage is one mem_alloc block grown geometrically (amortised O(1)
 * append), kept NUL-terminated so it can be handed to C string helpers.
 * The non-mutating methods (find, split, strip, decode, ...) are bytes'
 * own: they run on a bytes snapshot of the contents, with bytearray
 * arguments converted likewise, and bytes results converted back to
 * bytearray as CPython returns them. That costs a copy per call but keeps
 * one implementation of each algorithm.
 */
#include <string.h>

#include "bytearray.h"
#include "memoryview.h"
#include "str.h"
#include "abstract.h"
#include "args.h"
#include "errors.h"
#include "format.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "tuple.h"
#include "unicode_util.h"

static inline ByteArrayObject *as_ba(Value v) { return (ByteArrayObject *)v_as_obj(v); }

bool bytes_like_view(Value v, const uint8_t **data, int64_t *size) {
    if (v_is_bytes(v)) {
        BytesObject *b = (BytesObject *)v_as_obj(v);
        *data = b->data;
        *size = b->size;
        return true;
    }
    if (v_is_bytearray(v)) {
        ByteArrayObject *b = as_ba(v);
        *data = b->data ? b->data : (const uint8_t *)"";
        *size = b->size;
        return true;
    }
    /* a released memoryview sets ValueError; callers treat false as "not
     * bytes-like", so clear it and let them raise their TypeError */
    if (v_is_memoryview(v)) {
        if (memoryview_data(v, data, size)) return true;
        err_clear();
    }
    return false;
}

/* Makes room for size bytes (+ the NUL); -1 with MemoryError. */
static int ba_reserve(ByteArrayObject *b, int64_t size) {
    if (size + 1 <= b->alloc) return 0;
    if (size >= INT64_MAX / 4) {
        err_nomem();
        return -1;
    }
    int64_t alloc = b->alloc * 2 > size + 1 ? b->alloc * 2 : size + 1;
    if (alloc < 16) alloc = 16;
    uint8_t *d = mem_realloc(b->data, (size_t)alloc);
    if (!d) {
        err_nomem();
        return -1;
    }
    b->data = d;
    b->alloc = alloc;
    return 0;
}

static int ba_resize(ByteArrayObject *b, int64_t size) {
    if (ba_reserve(b, size) < 0) return -1;
    b->size = size;
    if (b->data) b->data[size] = 0;
    return 0;
}

/* type may be a subclass, whose instances are larger: the Value slots it
 * added (instance dict, __slots__) start out V_NULL. */
static ByteArrayObject *ba_alloc(TypeObject *type) {
    size_t size = type->basicsize > sizeof(ByteArrayObject) ? type->basicsize : sizeof(ByteArrayObject);
    ByteArrayObject *b = (ByteArrayObject *)obj_alloc(type, size);
    if (!b) return NULL;
    for (size_t off = sizeof(ByteArrayObject); off + sizeof(Value) <= size; off += sizeof(Value))
        *(Value *)((char *)b + off) = V_NULL;
    b->size = 0;
    b->alloc = 0;
    b->data = NULL;
    return b;
}

Value bytearray_new(const void *data, size_t size) {
    ByteArrayObject *b = ba_alloc(&ByteArrayType);
    if (!b) return V_NULL;
    if (ba_resize(b, (int64_t)size) < 0) {
        obj_decref(&b->ob);
        return V_NULL;
    }
    if (size) memcpy(b->data, data, size);
    return v_from_obj(b);
}

static Value ba_snapshot(Value v) {
    ByteArrayObject *b = as_ba(v);
    return bytes_new(b->data ? (const char *)b->data : "", (size_t)b->size);
}

static void ba_dealloc(Object *o) {
    mem_free(((ByteArrayObject *)o)->data);
    obj_free(o);
}

/* Replaces [lo, hi) with n bytes from src (src may alias the buffer: it
 * is copied first when it does). */
static int ba_splice(ByteArrayObject *b, int64_t lo, int64_t hi, const uint8_t *src, int64_t n) {
    uint8_t *tmp = NULL;
    if (n && b->data && src >= b->data && src < b->data + b->alloc) {
        tmp = mem_alloc((size_t)n);
        if (!tmp) { err_nomem(); return -1; }
        memcpy(tmp, src, (size_t)n);
        src = tmp;
    }
    int64_t old = b->size, tail = old - hi, nsize = old - (hi - lo) + n;
    if (nsize > old && ba_reserve(b, nsize) < 0) {
        mem_free(tmp);
        return -1;
    }
    if (tail) memmove(b->data + lo + n, b->data + hi, (size_t)tail);
    if (n) memcpy(b->data + lo, src, (size_t)n);
    mem_free(tmp);
    b->size = nsize;
    if (b->data) b->data[nsize] = 0;
    return 0;
}

/* ---- conversions ------------------------------------------------------------ */

/* A value that must be a byte (0..255): 0 ok, -1 error. */
static int as_byte(Value v, int *out) {
    int64_t i;
    if (v_is_float(v) || !(v_is_int_or_bool(v) || v_type(v)->nb_index)) {
        err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", v_type_name(v));
        return -1;
    }
    if (obj_as_index_i64(v, &i) < 0) {
        if (!err_matches(&Exc_OverflowError)) return -1;
        err_clear();
        i = -1;
    }
    if (i < 0 || i > 255) {
        err_format(&Exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (int)i;
    return 0;
}

/* Any bytes source (bytes, bytearray, iterable of ints) as a new bytes
 * object, via the bytes constructor. */
static Value to_bytes(Value v) {
    if (v_is_bytes(v)) return v_newref(v);
    if (v_is_bytearray(v)) return ba_snapshot(v);
    return obj_call1(v_from_obj(&BytesType), v);
}

/* ---- construction ---------------------------------------------------------- */

static Value ba_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    Value b;
    if (nargs == 1 && kwnames == V_NULL && v_is_bytearray(args[0])) {
        b = ba_snapshot(args[0]);
    } else if (nargs == 0 && kwnames == V_NULL) {
        b = bytes_new("", 0);
    } else {
        b = BytesType.construct(&BytesType, args, nargs, kwnames);
        /* bytes() of an iterable says "bytes must be ...", bytearray() "byte must be ..." */
        if (b == V_NULL && nargs == 1 && kwnames == V_NULL && err_matches(&Exc_ValueError) &&
            !v_is_int_or_bool(args[0]) && !v_is_str(args[0]) && v_type(args[0])->iter != NULL) {
            err_clear();
            err_format(&Exc_ValueError, "byte must be in range(0, 256)");
        }
        if (b == V_NULL && nargs == 1 && kwnames == V_NULL && err_matches(&Exc_TypeError) &&
            v_type(args[0])->iter == NULL && !v_is_str(args[0])) {
            Value e = err_fetch();
            Value s = exc_str(e);
            bool conv = s != V_NULL && strncmp(str_data(s), "cannot convert", 14) == 0;
            v_decref(s);
            if (conv) {
                v_decref(e);
                err_format(&Exc_TypeError, "cannot convert '%s' object to bytearray", v_type_name(args[0]));
            } else {
                err_restore(e);
            }
        }
    }
    if (b == V_NULL) return V_NULL;
    BytesObject *bo = (BytesObject *)v_as_obj(b);
    ByteArrayObject *r = ba_alloc(type);
    if (!r || ba_resize(r, bo->size) < 0) {
        if (r) obj_decref(&r->ob);
        v_decref(b);
        return V_NULL;
    }
    if (bo->size) memcpy(r->data, bo->data, (size_t)bo->size);
    v_decref(b);
    return v_from_obj(r);
}

/* ---- slots ------------------------------------------------------------------- */

static Value ba_repr(Value self) {
    Value b = ba_snapshot(self);
    if (b == V_NULL) return V_NULL;
    Value r = bytes_repr(b);
    v_decref(b);
    if (r == V_NULL) return V_NULL;
    Value out = str_printf("%s(%s)", v_type(self)->name, str_data(r));
    v_decref(r);
    return out;
}

static Value ba_richcompare(Value a, Value b, int op) {
    const uint8_t *x, *y;
    int64_t na, nb;
    if (!bytes_like_view(a, &x, &na) || !bytes_like_view(b, &y, &nb)) return v_newref(V_NOTIMPL);
    if (op == CMP_EQ || op == CMP_NE) {
        bool eq = na == nb && memcmp(x, y, (size_t)na) == 0;
        return v_from_bool(op == CMP_EQ ? eq : !eq);
    }
    int c = memcmp(x, y, (size_t)(na < nb ? na : nb));
    if (c == 0) c = na < nb ? -1 : na > nb;
    return v_from_bool(cmp_order_holds(op, c));
}

static int64_t ba_len(Value self) { return as_ba(self)->size; }
static int ba_bool(Value self) { return as_ba(self)->size != 0; }

static Value ba_add(Value a, Value b) {
    const uint8_t *x, *y;
    int64_t na, nb;
    if (!bytes_like_view(a, &x, &na)) return v_newref(V_NOTIMPL);
    if (!bytes_like_view(b, &y, &nb)) {
        if (v_type(b)->flags & TPFLAG_HEAPTYPE) return v_newref(V_NOTIMPL);
        return err_format(&Exc_TypeError, "can't concat %s to %s", v_type_name(b), v_type_name(a));
    }
    Value r = bytearray_new(x, (size_t)na);
    if (r == V_NULL) return V_NULL;
    if (ba_splice(as_ba(r), na, na, y, nb) < 0) {
        v_decref(r);
        return V_NULL;
    }
    return r;
}

static Value ba_iadd(Value a, Value b) {
    const uint8_t *y;
    int64_t nb;
    if (!bytes_like_view(b, &y, &nb))
        return err_format(&Exc_TypeError, "can't concat %s to %s", v_type_name(b), v_type_name(a));
    ByteArrayObject *x = as_ba(a);
    if (ba_splice(x, x->size, x->size, y, nb) < 0) return V_NULL;
    return v_newref(a);
}

static Value ba_repeat(Value a, Value b, bool inplace) {
    Value seq = a, cnt = b;
    if (!v_is_bytearray(seq)) { seq = b; cnt = a; }
    int64_t n;
    int r = seq_repeat_count(cnt, &n);
    if (r < 0) return V_NULL;
    if (r == 0) return v_newref(V_NOTIMPL);
    ByteArrayObject *s = as_ba(seq);
    int64_t size = s->size;
    if (n < 0) n = 0;
    if (size && n > INT64_MAX / 4 / size) return err_nomem();
    ByteArrayObject *o = inplace ? s : ba_alloc(&ByteArrayType);
    if (!o) return V_NULL;
    if (ba_reserve(o, size * n) < 0) {
        if (!inplace) obj_decref(&o->ob);
        return V_NULL;
    }
    for (int64_t i = inplace ? 1 : 0; i < n; i++) memcpy(o->data + i * size, s->data, (size_t)size);
    o->size = size * n;
    if (o->data) o->data[o->size] = 0;
    if (inplace) return v_newref(seq);
    return v_from_obj(o);
}
static Value ba_mul(Value a, Value b) { return ba_repeat(a, b, false); }
static Value ba_imul(Value a, Value b) { return ba_repeat(a, b, true); }

static int index_of(Value self, Value key, int64_t *out) {
    int64_t i;
    if (v_is_smallint(key)) i = v_as_smallint(key);
    else if (v_is_bool(key)) i = key == V_TRUE;
    else if (v_is_float(key) || !v_type(key)->nb_index) {
        err_format(&Exc_TypeError, "bytearray indices must be integers or slices, not %s", v_type_name(key));
        return -1;
    } else if (obj_as_index_i64(key, &i) < 0) {
        if (err_matches(&Exc_OverflowError)) {
            err_clear();
            err_format(&Exc_IndexError, "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    int64_t n = as_ba(self)->size;
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        err_format(&Exc_IndexError, "bytearray index out of range");
        return -1;
    }
    *out = i;
    return 0;
}

static Value ba_getitem(Value self, Value key) {
    ByteArrayObject *b = as_ba(self);
    if (v_is_slice(key)) {
        int64_t start, stop, step;
        int64_t count = slice_unpack(key, b->size, &start, &stop, &step);
        if (count < 0) return V_NULL;
        Value r = bytearray_new("", 0);
        if (r == V_NULL) return V_NULL;
        if (ba_resize(as_ba(r), count) < 0) {
            v_decref(r);
            return V_NULL;
        }
        for (int64_t k = 0, j = start; k < count; k++, j += step) as_ba(r)->data[k] = b->data[j];
        return r;
    }
    int64_t i;
    if (index_of(self, key, &i) < 0) return V_NULL;
    return v_from_smallint(b->data[i]);
}

static int ba_setitem(Value self, Value key, Value v) {
    ByteArrayObject *b = as_ba(self);
    if (!v_is_slice(key)) {
        int64_t i;
        if (index_of(self, key, &i) < 0) return -1;
        if (v == V_NULL) return ba_splice(b, i, i + 1, NULL, 0);
        int byte;
        if (as_byte(v, &byte) < 0) return -1;
        b->data[i] = (uint8_t)byte;
        return 0;
    }
    int64_t start, stop, step;
    int64_t count = slice_unpack(key, b->size, &start, &stop, &step);
    if (count < 0) return -1;
    Value src = V_NULL;
    const uint8_t *d = NULL;
    int64_t n = 0;
    if (v != V_NULL) {
        if (v_is_str(v) || v_is_int_or_bool(v) || v_is_float(v) ||
            (!v_is_bytes(v) && !v_is_bytearray(v) && v_type(v)->iter == NULL &&
             !(v_type(v)->flags & TPFLAG_HEAPTYPE))) {
            err_format(&Exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return -1;
        }
        src = to_bytes(v);
        if (src == V_NULL) return -1;
        BytesObject *bo = (BytesObject *)v_as_obj(src);
        d = bo->data;
        n = bo->size;
    }
    int rc = 0;
    if (step == 1) {
        if (stop < start) stop = start;
        rc = ba_splice(b, start, stop, d, n);
    } else if (v == V_NULL) {
        /* delete every step-th byte: compact in one pass */
        if (step < 0) {
            start = start + step * (count - 1);
            step = -step;
        }
        int64_t w = start, next = start, k = 0;
        for (int64_t r = start; r < b->size; r++) {
            if (k < count && r == next) {
                k++;
                next += step;
                continue;
            }
            b->data[w++] = b->data[r];
        }
        b->size = w;
        if (b->data) b->data[w] = 0;
    } else if (n != count) {
        err_format(&Exc_ValueError, "attempt to assign bytes of size %lld to extended slice of size %lld",
                   (long long)n, (long long)count);
        rc = -1;
    } else {
        for (int64_t k = 0, j = start; k < count; k++, j += step) b->data[j] = d[k];
    }
    v_decref(src);
    return rc;
}

static int ba_contains(Value self, Value item) {
    const uint8_t *d;
    int64_t n;
    ByteArrayObject *b = as_ba(self);
    if (bytes_like_view(item, &d, &n)) {
        if (n == 0) return 1;
        for (int64_t i = 0; i + n <= b->size; i++)
            if (memcmp(b->data + i, d, (size_t)n) == 0) return 1;
        return 0;
    }
    if (!v_is_int_or_bool(item) && (v_is_float(item) || !v_type(item)->nb_index)) {
        err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(item));
        return -1;
    }
    int byte;
    if (as_byte(item, &byte) < 0) return -1;
    return b->size && memchr(b->data, byte, (size_t)b->size) != NULL;
}

/* ---- iterator ---------------------------------------------------------------- */

typedef struct {
    Object ob;
    Value seq;       /* V_NULL once exhausted */
    int64_t index;
} ByteArrayIterObject;

static Value ba_iter(Value self) {
    ByteArrayIterObject *it = (ByteArrayIterObject *)obj_alloc(&ByteArrayIterType, sizeof *it);
    if (!it) return V_NULL;
    it->seq = v_newref(self);
    it->index = 0;
    return v_from_obj(it);
}

static Value ba_iter_next(Value self) {
    ByteArrayIterObject *it = (ByteArrayIterObject *)v_as_obj(self);
    if (it->seq == V_NULL) return V_NULL;
    ByteArrayObject *b = as_ba(it->seq);
    if (it->index >= b->size) {          /* re-checked each time: the buffer may shrink */
        v_clear(&it->seq);
        return V_NULL;
    }
    return v_from_smallint(b->data[it->index++]);
}

static Value ba_iter_self(Value self) { return v_newref(self); }

static void ba_iter_dealloc(Object *o) {
    v_clear(&((ByteArrayIterObject *)o)->seq);
    obj_free(o);
}

static void ba_iter_traverse(Object *o, void (*visit)(Value v, void *arg), void *arg) {
    ByteArrayIterObject *it = (ByteArrayIterObject *)o;
    if (it->seq != V_NULL) visit(it->seq, arg);
}

/* ---- mutating methods ---------------------------------------------------------- */

#define METHOD(name) static Value ba_##name(Value self, const Value *args, size_t nargs, Value kwnames)

METHOD(append) {
    if (args_check_positional("append", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int byte;
    if (as_byte(args[0], &byte) < 0) return V_NULL;
    uint8_t c = (uint8_t)byte;
    ByteArrayObject *b = as_ba(self);
    if (ba_splice(b, b->size, b->size, &c, 1) < 0) return V_NULL;
    return V_NONE;
}

METHOD(extend) {
    if (args_check_positional("extend", nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value v = args[0];
    if (v_is_str(v)) return err_format(&Exc_TypeError, "'str' object cannot be interpreted as an integer");
    if (!v_is_bytes(v) && !v_is_bytearray(v) && v_type(v)->iter == NULL &&
        !(v_type(v)->flags & TPFLAG_HEAPTYPE))
        return err_format(&Exc_TypeError, "can't extend bytearray with %s", v_type_name(v));
    Value src = to_bytes(v);
    if (src == V_NULL) return V_NULL;
    BytesObject *bo = (BytesObject *)v_as_obj(src);
    ByteArrayObject *b = as_ba(self);
    int rc = ba_splice(b, b->size, b->size, bo->data, bo->size);
    v_decref(src);
    return rc < 0 ? V_NULL : V_NONE;
}

METHOD(pop) {
    if (args_check_positional("pop", nargs, kwnames, 0, 1) < 0) return V_NULL;
    ByteArrayObject *b = as_ba(self);
    int64_t i = -1;
    if (nargs && obj_as_index_i64(args[0], &i) < 0) return V_NULL;
    if (b->size == 0) return err_format(&Exc_IndexError, "pop from empty bytearray");
    if (i < 0) i += b->size;
    if (i < 0 || i >= b->size) return err_format(&Exc_IndexError, "pop index out of range");
    int c = b->data[i];
    if (ba_splice(b, i, i + 1, NULL, 0) < 0) return V_NULL;
    return v_from_smallint(c);
}

METHOD(insert) {
    if (args_check_positional("insert", nargs, kwnames, 2, 2) < 0) return V_NULL;
    ByteArrayObject *b = as_ba(self);
    int64_t i;
    if (obj_as_index_i64(args[0], &i) < 0) return V_NULL;
    int byte;
    if (as_byte(args[1], &byte) < 0) return V_NULL;
    if (i < 0) {
        i += b->size;
        if (i < 0) i = 0;
    }
    if (i > b->size) i = b->size;
    uint8_t c = (uint8_t)byte;
    if (ba_splice(b, i, i, &c, 1) < 0) return V_NULL;
    return V_NONE;
}

METHOD(remove) {
    if (args_check_positional("remove", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int byte;
    if (as_byte(args[0], &byte) < 0) return V_NULL;
    ByteArrayObject *b = as_ba(self);
    uint8_t *p = b->size ? memchr(b->data, byte, (size_t)b->size) : NULL;
    if (!p) return err_format(&Exc_ValueError, "value not found in bytearray");
    int64_t i = p - b->data;
    if (ba_splice(b, i, i + 1, NULL, 0) < 0) return V_NULL;
    return V_NONE;
}

METHOD(reverse) {
    (void)args;
    if (args_check_positional("reverse", nargs, kwnames, 0, 0) < 0) return V_NULL;
    ByteArrayObject *b = as_ba(self);
    for (int64_t i = 0, j = b->size - 1; i < j; i++, j--) {
        uint8_t t = b->data[i];
        b->data[i] = b->data[j];
        b->data[j] = t;
    }
    return V_NONE;
}

METHOD(clear) {
    (void)args;
    if (args_check_positional("clear", nargs, kwnames, 0, 0) < 0) return V_NULL;
    ByteArrayObject *b = as_ba(self);
    b->size = 0;
    if (b->data) b->data[0] = 0;
    return V_NONE;
}

METHOD(copy) {
    (void)args;
    if (args_check_positional("copy", nargs, kwnames, 0, 0) < 0) return V_NULL;
    ByteArrayObject *b = as_ba(self);
    return bytearray_new(b->data, (size_t)b->size);
}

/* ---- methods shared with bytes ---------------------------------------------------- */

/* Converts a bytes result (or a list of them) to bytearray, in place of
 * the original; other results pass through. Steals r. */
static Value to_bytearray_result(Value r) {
    if (r == V_NULL) return V_NULL;
    if (v_is_bytes(r)) {
        BytesObject *bo = (BytesObject *)v_as_obj(r);
        Value out = bytearray_new(bo->data, (size_t)bo->size);
        v_decref(r);
        return out;
    }
    if (v_is_tuple(r)) {
        /* partition's 3-tuple: fresh, so its items may be replaced */
        for (int64_t i = 0; i < tuple_size(r); i++) {
            Value item = tuple_items(r)[i];
            if (!v_is_bytes(item)) continue;
            BytesObject *bo = (BytesObject *)v_as_obj(item);
            Value nb = bytearray_new(bo->data, (size_t)bo->size);
            if (nb == V_NULL) {
                v_decref(r);
                return V_NULL;
            }
            v_setref(&tuple_items(r)[i], nb);
        }
    }
    if (v_is_list(r)) {
        for (int64_t i = 0; i < list_size(r); i++) {
            Value item = list_items(r)[i];
            if (!v_is_bytes(item)) continue;
            BytesObject *bo = (BytesObject *)v_as_obj(item);
            Value nb = bytearray_new(bo->data, (size_t)bo->size);
            if (nb == V_NULL) {
                v_decref(r);
                return V_NULL;
            }
            v_setref(&list_items(r)[i], nb);
        }
    }
    return r;
}

extern bool bytes_called_for_bytearray;

/* Calls bytes.<name> on a snapshot of self, with bytearray arguments
 * (also inside a tuple, for startswith) replaced by bytes. */
static Value delegate(Value self, const char *name, const Value *args, size_t nargs, Value kwnames,
                      bool convert_result) {
    size_t total = nargs + (kwnames != V_NULL ? (size_t)tuple_size(kwnames) : 0);
    Value conv[16];
    if (total > 16) return err_format(&Exc_TypeError, "%s() takes too many arguments", name);
    Value snap = ba_snapshot(self);
    if (snap == V_NULL) return V_NULL;
    size_t k = 0;
    Value r = V_NULL;
    for (; k < total; k++) {
        Value a = args[k];
        if (v_is_bytearray(a)) {
            conv[k] = ba_snapshot(a);
        } else if (v_is_tuple(a)) {
            int64_t n = tuple_size(a);
            Value t = tuple_new(n);
            if (t == V_NULL) goto done;
            for (int64_t j = 0; j < n; j++) {
                Value it = tuple_items(a)[j];
                tuple_items(t)[j] = v_is_bytearray(it) ? ba_snapshot(it) : v_newref(it);
                if (tuple_items(t)[j] == V_NULL) {
                    tuple_items(t)[j] = V_NONE;
                    v_decref(t);
                    goto done;
                }
            }
            conv[k] = t;
        } else {
            conv[k] = v_newref(a);
        }
        if (conv[k] == V_NULL) goto done;
    }
    Value meth = obj_getattr_cstr(snap, name);
    if (meth != V_NULL) {
        bytes_called_for_bytearray = true;     /* bytes.c bcheck's messages */
        r = obj_call(meth, conv, nargs, kwnames);
        bytes_called_for_bytearray = false;
        v_decref(meth);
        if (convert_result) r = to_bytearray_result(r);
    }
done:
    for (size_t j = 0; j < k; j++) v_decref(conv[j]);
    v_decref(snap);
    return r;
}

#define DELEGATE(name, conv) \
    METHOD(name) { return delegate(self, #name, args, nargs, kwnames, conv); }
DELEGATE(decode, false)
DELEGATE(hex, false)
DELEGATE(find, false)
DELEGATE(rfind, false)
DELEGATE(index, false)
DELEGATE(rindex, false)
DELEGATE(count, false)
DELEGATE(startswith, false)
DELEGATE(endswith, false)
DELEGATE(split, true)
DELEGATE(rsplit, true)
DELEGATE(strip, true)
DELEGATE(lstrip, true)
DELEGATE(rstrip, true)
DELEGATE(replace, true)
DELEGATE(upper, true)
DELEGATE(lower, true)
DELEGATE(partition, true)
DELEGATE(rpartition, true)
DELEGATE(center, true)
DELEGATE(ljust, true)
DELEGATE(rjust, true)
DELEGATE(zfill, true)
DELEGATE(expandtabs, true)
DELEGATE(splitlines, true)
DELEGATE(title, true)
DELEGATE(capitalize, true)
DELEGATE(swapcase, true)
DELEGATE(isalpha, false)
DELEGATE(isdigit, false)
DELEGATE(isalnum, false)
DELEGATE(isspace, false)
DELEGATE(isupper, false)
DELEGATE(islower, false)
DELEGATE(istitle, false)
DELEGATE(isascii, false)
DELEGATE(translate, true)
DELEGATE(removeprefix, true)
DELEGATE(removesuffix, true)
#undef DELEGATE

/* bytearray.maketrans is bytes.maketrans (a static method returning bytes). */
METHOD(maketrans) {
    (void)self;
    if (args_check_positional("bytearray.maketrans", nargs, kwnames, 2, 2) < 0) return V_NULL;
    return obj_call_method(v_from_obj(&BytesType), "maketrans", args, nargs);
}

METHOD(join) {
    if (args_check_positional("bytearray.join", nargs, kwnames, 1, 1) < 0) return V_NULL;
    /* bytes.join accepts bytearray items (bytes.c), so only self converts */
    return delegate(self, "join", args, nargs, kwnames, true);
}

/* bytearray.fromhex(str): pairs of hex digits, ASCII whitespace allowed
 * between pairs. self is the class (METH_CLASS). */
static int hexval(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

METHOD(fromhex) {
    if (args_check_positional("bytearray.fromhex", nargs, kwnames, 1, 1) < 0) return V_NULL;
    if (!v_is_str(args[0]))
        return err_format(&Exc_TypeError, "fromhex() argument must be str, not %s", v_type_name(args[0]));
    const unsigned char *s = (const unsigned char *)str_data(args[0]);
    int64_t n = str_nbytes(args[0]);
    Value r = bytearray_new("", 0);
    if (r == V_NULL) return V_NULL;
    ByteArrayObject *b = as_ba(r);
    if (ba_reserve(b, n / 2) < 0) goto fail;
    /* positions are in code points; before the first error all is ASCII */
    for (int64_t i = 0; i < n;) {
        if (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r')) {
            i++;
            continue;
        }
        int hi = hexval(s[i]), lo = i + 1 < n ? hexval(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            int64_t pos = hi < 0 ? i : i + 1;
            err_format(&Exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %lld",
                       (long long)pos);
            goto fail;
        }
        b->data[b->size++] = (uint8_t)(hi * 16 + lo);
        i += 2;
    }
    if (b->data) b->data[b->size] = 0;
    if (self != v_from_obj(&ByteArrayType)) {
        /* a subclass: construct it from the bytearray, as CPython does */
        Value sub = obj_call1(self, r);
        v_decref(r);
        return sub;
    }
    return r;
fail:
    v_decref(r);
    return V_NULL;
}

/* __reduce_ex__(proto) / __reduce__: (type(self), (bytes(self),), state)
 * for protocol 3 and later; for older protocols CPython passes a latin-1
 * str and the encoding instead, as bytes did not exist in Python 2. */
static Value reduce_common(Value self, int64_t proto) {
    Value snap = ba_snapshot(self);
    if (snap == V_NULL) return V_NULL;
    Value cargs;
    if (proto < 3) {
        BytesObject *bo = (BytesObject *)v_as_obj(snap);
        StrBuilder sb;
        sb_init(&sb);
        for (int64_t i = 0; i < bo->size; i++) {
            char u[4];
            sb_append(&sb, u, (size_t)utf8_encode(bo->data[i], u));
        }
        Value items[2] = {sb_finish(&sb), str_from_cstr("latin-1")};
        v_decref(snap);
        if (items[0] == V_NULL || items[1] == V_NULL) {
            v_decref(items[0]);
            v_decref(items[1]);
            return V_NULL;
        }
        cargs = tuple_from_array_steal(items, 2);
    } else {
        cargs = tuple_from_array_steal(&snap, 1);
    }
    if (cargs == V_NULL) return V_NULL;
    Value state = V_NONE;
    if (v_type(self)->flags & TPFLAG_HEAPTYPE) {
        state = obj_getattr_cstr(self, "__dict__");
        if (state == V_NULL) {
            err_clear();
            state = V_NONE;
        }
    }
    Value items[3] = {v_newref(v_from_obj(v_type(self))), cargs, state};
    return tuple_from_array_steal(items, 3);
}

METHOD(reduce_ex) {
    if (args_check_positional("__reduce_ex__", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t proto;
    if (obj_as_index_i64(args[0], &proto) < 0) return V_NULL;
    return reduce_common(self, proto);
}

METHOD(reduce) {
    (void)args;
    if (args_check_positional("__reduce__", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return reduce_common(self, 2);
}

static Value ba_mod(Value a, Value b) {
    if (!v_is_bytearray(a)) return v_newref(V_NOTIMPL);
    Value snap = ba_snapshot(a);
    if (snap == V_NULL) return V_NULL;
    Value r = bytes_percent_format(snap, b);
    v_decref(snap);
    return to_bytearray_result(r);
}

#define M(name) {#name, ba_##name, 0, NULL}
static const MethodDef ba_methods[] = {
    M(append), M(extend), M(pop), M(insert), M(remove), M(reverse), M(clear), M(copy),
    M(decode), M(hex), M(find), M(rfind), M(index), M(rindex), M(count), M(startswith),
    M(endswith), M(split), M(rsplit), M(strip), M(lstrip), M(rstrip), M(replace),
    M(upper), M(lower), M(join),
    M(partition), M(rpartition), M(center), M(ljust), M(rjust), M(zfill), M(expandtabs),
    M(splitlines), M(title), M(capitalize), M(swapcase), M(isalpha), M(isdigit), M(isalnum),
    M(isspace), M(isupper), M(islower), M(istitle), M(isascii), M(translate),
    M(removeprefix), M(removesuffix),
    {"maketrans", ba_maketrans, METH_STATIC, NULL},
    {"fromhex", ba_fromhex, METH_CLASS, NULL},
    {"__reduce_ex__", ba_reduce_ex, 0, NULL},
    {"__reduce__", ba_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};
#undef M

TypeObject ByteArrayType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "bytearray",
    .base = &ObjectType,
    .dict = V_NULL,
    .mro = V_NULL,
    .flags = TPFLAG_BASETYPE,
    .basicsize = sizeof(ByteArrayObject),
    .dealloc = ba_dealloc,
    .repr = ba_repr,
    .richcompare = ba_richcompare,      /* no hash: mutable, so unhashable */
    .bool_ = ba_bool,
    .len = ba_len,
    .nb = {
        [NB_ADD] = ba_add,
        [NB_MULTIPLY] = ba_mul,
        [NB_REMAINDER] = ba_mod,
    },
    .nb_inplace = {
        [NB_ADD] = ba_iadd,
        [NB_MULTIPLY] = ba_imul,
    },
    .getitem = ba_getitem,
    .setitem = ba_setitem,
    .contains = ba_contains,
    .iter = ba_iter,
    .construct = ba_construct,
    .methods = ba_methods,
};

TypeObject ByteArrayIterType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "bytearray_iterator",
    .base = &ObjectType,
    .dict = V_NULL,
    .mro = V_NULL,
    .basicsize = sizeof(ByteArrayIterObject),
    .dealloc = ba_iter_dealloc,
    .iter = ba_iter_self,
    .iternext = ba_iter_next,
    .traverse = ba_iter_traverse,
};

/* pickle_speedups.c: _pickle_speedups, the C fast paths of lib/pickle.py.
 *
 * dumps(obj, protocol) pickles obj (protocols 2-5) when it is built only
 * of exact builtin types (None, bool, int, float, str, bytes, bytearray,
 * tuple, list, dict, set, frozenset) whose pickles need no reduction at
 * that protocol, and returns the bytes, byte-identical to CPython 3.11's
 * _pickle (and to pickle._Pickler, whose logic this mirrors: memo by
 * identity, batches of 1000, framing with 64 KiB frames, large payloads
 * outside frames). Anything else makes it return None and pickle.py runs
 * the Python pickler from the start: no user code has run by then.
 *
 * loads(data) unpickles bytes whose opcodes are all of the builtin-data
 * kind (no globals, reduction, persistent ids, out-of-band buffers or
 * protocol 0 text opcodes) and returns (obj,); for anything else, and on
 * any error (truncated data, bad memo index, unhashable key, ...), it
 * returns None and pickle.py runs the Python unpickler, which produces the
 * value or CPython's exception. Again no user code has run by then. */
#include <math.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../bytearray.h"
#include "../eval.h"
#include "../floatobject.h"
#include "../int.h"
#include "../list.h"
#include "../set.h"
#include "../classobj.h"
#include "../module.h"
#include "../gc.h"

#define BATCH 1000
#define FRAME_TARGET (64 * 1024)
#define FRAME_HDR 9
#define FRAME_MIN 4

/* ---- pickling -------------------------------------------------------------- */

typedef struct {
    uintptr_t key;      /* object address; 0 = empty */
    int64_t idx;
} MemoSlot;

typedef struct {
    char *buf;
    size_t len, cap;
    int proto;
    bool framing;
    int64_t frame_start;     /* offset of the reserved frame header, -1: none */
    MemoSlot *memo;
    size_t memo_cap, memo_used;
    bool bail;               /* an object the C path does not handle */
    Value modules;           /* sys.modules */
    Value dispatch;          /* copyreg.dispatch_table */
    bool ext_empty;          /* copyreg._extension_registry is empty */
    TypeObject *ok_type[8];  /* classes checked plain (with their version) */
    uint32_t ok_version[8];
    int nok;
} P;

static int p_grow(P *p, size_t n) {
    size_t need = p->len + n;
    if (need <= p->cap) return 0;
    size_t nc = p->cap ? p->cap * 2 : 256;
    while (nc < need) nc *= 2;
    char *nb = realloc(p->buf, nc);
    if (!nb) { err_nomem(); return -1; }
    p->buf = nb;
    p->cap = nc;
    return 0;
}

/* Room for n more bytes of framed output (starts a frame when needed). */
static inline int p_need(P *p, size_t n) {
    if (p->framing && p->frame_start < 0) {
        if (p_grow(p, FRAME_HDR + n) < 0) return -1;
        p->frame_start = (int64_t)p->len;
        p->len += FRAME_HDR;
        return 0;
    }
    if (p->len + n > p->cap) return p_grow(p, n);
    return 0;
}

static inline int p_w(P *p, const void *d, size_t n) {
    if (p_need(p, n) < 0) return -1;
    memcpy(p->buf + p->len, d, n);
    p->len += n;
    return 0;
}

static inline int p_op(P *p, char op) {
    if (p_need(p, 1) < 0) return -1;
    p->buf[p->len++] = op;
    return 0;
}

static void put_le(char *d, uint64_t v, int n) {
    for (int i = 0; i < n; i++) d[i] = (char)(v >> (8 * i));
}

static void p_commit_frame(P *p) {
    if (p->frame_start < 0) return;
    size_t start = (size_t)p->frame_start;
    size_t flen = p->len - start - FRAME_HDR;
    if (flen >= FRAME_MIN) {
        p->buf[start] = '\x95';
        put_le(p->buf + start + 1, flen, 8);
    } else {
        memmove(p->buf + start, p->buf + start + FRAME_HDR, flen);
        p->len -= FRAME_HDR;
    }
    p->frame_start = -1;
}

static inline void p_boundary(P *p) {
    if (p->frame_start >= 0 && p->len - (size_t)p->frame_start - FRAME_HDR >= FRAME_TARGET)
        p_commit_frame(p);
}

/* header + payload; a payload of 64 KiB or more goes outside any frame. */
static int p_payload(P *p, const char *hdr, size_t hn, const void *data, size_t n) {
    if (p->framing && n >= FRAME_TARGET) {
        p_commit_frame(p);
        if (p_grow(p, hn + n) < 0) return -1;
        memcpy(p->buf + p->len, hdr, hn);
        p->len += hn;
        memcpy(p->buf + p->len, data, n);
        p->len += n;
        return 0;
    }
    if (p_need(p, hn + n) < 0) return -1;
    memcpy(p->buf + p->len, hdr, hn);
    p->len += hn;
    memcpy(p->buf + p->len, data, n);
    p->len += n;
    return 0;
}

static inline size_t memo_hash(uintptr_t k) {
    uint64_t h = ((uint64_t)k >> 4) * 0x9E3779B97F4A7C15ULL;
    return (size_t)(h >> 20);
}

/* The memo index of o, or -1 with *slot set to the empty slot where o
 * would go (valid until the memo changes). */
static inline int64_t memo_lookup(P *p, Value o, size_t *slot) {
    if (!p->memo_cap) { *slot = SIZE_MAX; return -1; }
    uintptr_t k = (uintptr_t)v_as_obj(o);
    size_t mask = p->memo_cap - 1;
    for (size_t i = memo_hash(k) & mask;; i = (i + 1) & mask) {
        if (p->memo[i].key == k) return p->memo[i].idx;
        if (!p->memo[i].key) { *slot = i; return -1; }
    }
}

static inline int64_t memo_find(P *p, Value o) {
    size_t slot = SIZE_MAX;
    return memo_lookup(p, o, &slot);
}

static void memo_insert_raw(MemoSlot *tab, size_t cap, uintptr_t k, int64_t idx) {
    size_t mask = cap - 1;
    for (size_t i = memo_hash(k) & mask;; i = (i + 1) & mask)
        if (!tab[i].key) { tab[i].key = k; tab[i].idx = idx; return; }
}

/* Records o in the memo and writes the PUT; slot: from a memo_lookup
 * miss with no memo change since, or SIZE_MAX. */
static int p_memoize_at(P *p, Value o, size_t slot) {
    if ((p->memo_used + 1) * 2 > p->memo_cap) {
        size_t nc = p->memo_cap ? p->memo_cap * 4 : 256;
        MemoSlot *nt = calloc(nc, sizeof *nt);
        if (!nt) { err_nomem(); return -1; }
        for (size_t i = 0; i < p->memo_cap; i++)
            if (p->memo[i].key) memo_insert_raw(nt, nc, p->memo[i].key, p->memo[i].idx);
        free(p->memo);
        p->memo = nt;
        p->memo_cap = nc;
        slot = SIZE_MAX;
    }
    int64_t idx = (int64_t)p->memo_used++;
    uintptr_t k = (uintptr_t)v_as_obj(o);
    if (slot != SIZE_MAX) { p->memo[slot].key = k; p->memo[slot].idx = idx; }
    else memo_insert_raw(p->memo, p->memo_cap, k, idx);
    if (p->proto >= 4) return p_op(p, '\x94');
    char b[5];
    if (idx < 256) { b[0] = 'q'; b[1] = (char)idx; return p_w(p, b, 2); }
    b[0] = 'r';
    put_le(b + 1, (uint64_t)idx, 4);
    return p_w(p, b, 5);
}

static inline int p_memoize(P *p, Value o) { return p_memoize_at(p, o, SIZE_MAX); }

static int p_get(P *p, int64_t idx) {
    char b[5];
    if (idx < 256) { b[0] = 'h'; b[1] = (char)idx; return p_w(p, b, 2); }
    b[0] = 'j';
    put_le(b + 1, (uint64_t)idx, 4);
    return p_w(p, b, 5);
}

/* LONG1 / LONG4 of the two's complement little-endian bytes (CPython's
 * encode_long: (bit_length >> 3) + 1 bytes, one dropped for negatives
 * whose top two bytes are 0xff and 0x80-set). */
static int p_long_bytes(P *p, const unsigned char *data, size_t n) {
    char hdr[5];
    if (n < 256) { hdr[0] = '\x8a'; hdr[1] = (char)n; return p_payload(p, hdr, 2, data, n); }
    hdr[0] = '\x8b';
    put_le(hdr + 1, n, 4);
    return p_payload(p, hdr, 5, data, n);
}

static int p_int(P *p, Value o) {
    if (v_is_smallint(o)) {
        int64_t x = v_as_smallint(o);
        char b[9];
        if (x >= 0 && x <= 0xff) { b[0] = 'K'; b[1] = (char)x; return p_w(p, b, 2); }
        if (x >= 0 && x <= 0xffff) { b[0] = 'M'; put_le(b + 1, (uint64_t)x, 2); return p_w(p, b, 3); }
        if (x >= -0x80000000LL && x <= 0x7fffffffLL) { b[0] = 'J'; put_le(b + 1, (uint64_t)x, 4); return p_w(p, b, 5); }
        uint64_t mag = x < 0 ? (uint64_t)(-x) : (uint64_t)x;
        int bits = 64 - __builtin_clzll(mag);
        size_t n = (size_t)(bits >> 3) + 1;
        unsigned char d[9];
        for (size_t i = 0; i < n; i++) d[i] = (unsigned char)((uint64_t)x >> (8 * i));
        if (x < 0 && n > 1 && d[n - 1] == 0xff && (d[n - 2] & 0x80)) n--;
        return p_long_bytes(p, d, n);
    }
    mpz_t z, t;
    mpz_init(z);
    int_to_mpz(o, z);
    size_t bits = mpz_sizeinbase(z, 2);
    size_t n = (bits >> 3) + 1;
    unsigned char *d = calloc(n, 1);
    if (!d) { mpz_clear(z); err_nomem(); return -1; }
    mpz_init(t);
    if (mpz_sgn(z) < 0) {
        mpz_set_ui(t, 1);
        mpz_mul_2exp(t, t, 8 * n);
        mpz_add(t, t, z);
    } else mpz_set(t, z);
    size_t cnt = 0;
    mpz_export(d, &cnt, -1, 1, 0, 0, t);
    if (mpz_sgn(z) < 0 && n > 1 && d[n - 1] == 0xff && (d[n - 2] & 0x80)) n--;
    mpz_clear(t);
    mpz_clear(z);
    int r = p_long_bytes(p, d, n);
    free(d);
    return r;
}

static int p_save(P *p, Value o);

static int p_tuple(P *p, Value o) {
    int64_t n = tuple_size(o);
    if (n == 0) return p_op(p, ')');
    Value *a = tuple_items(o);
    if (n <= 3) {
        for (int64_t i = 0; i < n; i++)
            if (p_save(p, a[i]) < 0) return -1;
        size_t slot = SIZE_MAX;
        int64_t m = memo_lookup(p, o, &slot);
        if (m >= 0) {
            for (int64_t i = 0; i < n; i++)
                if (p_op(p, '0') < 0) return -1;
            return p_get(p, m);
        }
        if (p_op(p, "\x85\x86\x87"[n - 1]) < 0) return -1;
        return p_memoize_at(p, o, slot);
    }
    if (p_op(p, '(') < 0) return -1;
    for (int64_t i = 0; i < n; i++)
        if (p_save(p, a[i]) < 0) return -1;
    size_t slot = SIZE_MAX;
    int64_t m = memo_lookup(p, o, &slot);
    if (m >= 0) {
        if (p_op(p, '1') < 0) return -1;
        return p_get(p, m);
    }
    if (p_op(p, 't') < 0) return -1;
    return p_memoize_at(p, o, slot);
}

static int p_list(P *p, Value o, size_t slot) {
    if (p_op(p, ']') < 0 || p_memoize_at(p, o, slot) < 0) return -1;
    int64_t n = list_size(o);
    if (n == 0) return 0;
    if (n == 1) {
        Value v = list_items(o)[0];
        v_incref(v);
        int r = p_save(p, v);
        v_decref(v);
        if (r < 0) return -1;
        return p_op(p, 'a');
    }
    int64_t total = 0;
    while (total < list_size(o)) {
        if (p_op(p, '(') < 0) return -1;
        int batch = 0;
        while (total < list_size(o)) {
            Value v = list_items(o)[total];
            v_incref(v);
            int r = p_save(p, v);
            v_decref(v);
            if (r < 0) return -1;
            total++;
            if (++batch == BATCH) break;
        }
        if (p_op(p, 'e') < 0) return -1;
    }
    return 0;
}

static int p_dict(P *p, Value o, size_t slot) {
    if (p_op(p, '}') < 0 || p_memoize_at(p, o, slot) < 0) return -1;
    int64_t size = dict_size(o);
    if (size == 0) return 0;
    int64_t pos = 0;
    Value k, v;
    if (size == 1) {
        if (!dict_next(o, &pos, &k, &v)) return 0;
        if (p_save(p, k) < 0 || p_save(p, v) < 0) return -1;
        return p_op(p, 's');
    }
    for (;;) {
        if (p_op(p, '(') < 0) return -1;
        int i = 0;
        while (dict_next(o, &pos, &k, &v)) {
            if (p_save(p, k) < 0 || p_save(p, v) < 0) return -1;
            if (++i == BATCH) break;
        }
        if (p_op(p, 'u') < 0) return -1;
        if (dict_size(o) != size) {
            err_format(&Exc_RuntimeError, "dictionary changed size during iteration");
            return -1;
        }
        if (i != BATCH) return 0;
    }
}

static int p_set(P *p, Value o) {
    if (p_op(p, '\x8f') < 0 || p_memoize(p, o) < 0) return -1;
    if (set_size(o) == 0) return 0;
    int64_t pos = 0;
    Value k;
    for (;;) {
        if (p_op(p, '(') < 0) return -1;
        int i = 0;
        while (set_next(o, &pos, &k)) {
            if (p_save(p, k) < 0) return -1;
            if (++i == BATCH) break;
        }
        if (p_op(p, '\x90') < 0) return -1;
        if (i != BATCH) return 0;
    }
}

static int p_frozenset(P *p, Value o) {
    if (p_op(p, '(') < 0) return -1;
    int64_t pos = 0;
    Value k;
    while (set_next(o, &pos, &k))
        if (p_save(p, k) < 0) return -1;
    size_t slot = SIZE_MAX;
    int64_t m = memo_lookup(p, o, &slot);
    if (m >= 0) {
        if (p_op(p, '1') < 0) return -1;
        return p_get(p, m);
    }
    if (p_op(p, '\x91') < 0) return -1;
    return p_memoize_at(p, o, slot);
}

static inline TypeObject *as_typeobj(Value v) { return (TypeObject *)v_as_obj(v); }

/* Names whose presence on a class (or instance) means its reduction is not
 * object.__reduce_ex__'s default (copyreg.__newobj__, (cls,), __dict__). */
static const char *const custom_reduce_names[] = {
    "__reduce_ex__", "__reduce__", "__getstate__", "__getnewargs__", "__getnewargs_ex__",
    "__slots__", NULL,
};

/* Whether the class is "plain" for the fast paths: metaclass type, every
 * class on its mro a heap class except the final object, none of them
 * defining any of names, and instances have a __dict__. */
static bool class_is_plain(TypeObject *t, const char *const *names) {
    if (t->ob.type != &TypeType || !type_is_heap(t) || t->dictoffset <= 0) return false;
    if (t->flags & TPFLAG_IS_ABSTRACT) return false;
    Value mro = t->mro;
    if (!v_is_tuple(mro)) return false;
    int64_t n = tuple_size(mro);
    if (n < 2 || as_typeobj(tuple_items(mro)[n - 1]) != &ObjectType) return false;
    for (int64_t i = 0; i < n - 1; i++) {
        TypeObject *k = as_typeobj(tuple_items(mro)[i]);
        if (!type_is_heap(k) || !v_is_dict(k->dict)) return false;
        for (const char *const *nm = names; *nm; nm++)
            if (!v_is_null(dict_get_cstr(k->dict, *nm))) return false;
    }
    return true;
}

static int p_class_ok(P *p, TypeObject *t) {
    for (int i = 0; i < p->nok; i++)
        if (p->ok_type[i] == t && p->ok_version[i] == t->version && t->version) return 1;
    if (!class_is_plain(t, custom_reduce_names)) return 0;
    Value cls = v_from_obj(&t->ob);
    if (v_is_dict(p->dispatch) && !v_is_null(dict_get(p->dispatch, cls))) return 0;
    if (err_occurred()) return -1;
    /* copyreg._slotnames caches cls.__slotnames__ (no __slots__ on the mro: []) */
    if (v_is_null(dict_get_cstr(t->dict, "__slotnames__"))) {
        Value l = list_new(0);
        if (v_is_null(l)) return -1;
        int r = obj_setattr(cls, str_intern_cstr("__slotnames__"), l);
        v_decref(l);
        if (r < 0) return -1;
    }
    if (p->nok < 8) {
        p->ok_type[p->nok] = t;
        p->ok_version[p->nok++] = t->version;
    }
    return 1;
}

static int p_bail(P *p) {
    p->bail = true;
    return -1;
}

/* A class by reference (save_global for a plain module-level heap class). */
static int p_global(P *p, Value cls) {
    TypeObject *t = as_typeobj(cls);
    if (!type_is_heap(t) || p->proto < 3 || !p->ext_empty || !v_is_dict(p->modules)) return p_bail(p);
    Value qn = obj_getattr_cstr(cls, "__qualname__");
    if (v_is_null(qn)) return p_bail(p);
    Value mod = obj_getattr_cstr(cls, "__module__");
    if (v_is_null(mod)) { v_decref(qn); return p_bail(p); }
    int rc = -1;
    if (!v_is_str(qn) || !v_is_str(mod) || !v_as_str(qn)->is_ascii || !v_as_str(mod)->is_ascii ||
        memchr(str_data(qn), '.', (size_t)str_nbytes(qn)) || memchr(str_data(mod), '\n', (size_t)str_nbytes(mod)) ||
        memchr(str_data(qn), '\n', (size_t)str_nbytes(qn)) || str_nbytes(qn) == 0) {
        p->bail = true;
        goto out;
    }
    Value m = dict_get(p->modules, mod);
    if (v_is_null(m) || !v_is_module(m) || dict_get(module_dict(m), qn) != cls) {
        if (err_occurred()) err_clear();
        p->bail = true;
        goto out;
    }
    if (p->proto >= 4) {
        if (p_save(p, mod) < 0 || p_save(p, qn) < 0 || p_op(p, '\x93') < 0) goto out;
    } else {
        if (p_op(p, 'c') < 0 || p_w(p, str_data(mod), (size_t)str_nbytes(mod)) < 0 || p_op(p, '\n') < 0 ||
            p_w(p, str_data(qn), (size_t)str_nbytes(qn)) < 0 || p_op(p, '\n') < 0) goto out;
    }
    rc = p_memoize(p, cls);
out:
    /* the memo holds their addresses: they stay alive through the class */
    v_decref(qn);
    v_decref(mod);
    return rc;
}

/* An instance of a plain class: NEWOBJ of (cls, ()) then its __dict__ BUILD,
 * as object.__reduce_ex__(proto >= 2) and save_reduce make it. */
static int p_instance(P *p, Value o, TypeObject *t) {
    if (p->proto < 3) return p_bail(p);
    int ok = p_class_ok(p, t);
    if (ok < 0) return -1;
    if (!ok) return p_bail(p);
    for (int i = 0; i < 3; i++)
        if (!v_is_null(instance_get_attr(o, str_intern_cstr(custom_reduce_names[i])))) return p_bail(p);
    Value cls = v_from_obj(&t->ob);
    if (p_save(p, cls) < 0) return -1;
    Value et = tuple_empty();
    int r = p_save(p, et);
    v_decref(et);
    if (r < 0 || p_op(p, '\x81') < 0) return -1;
    int64_t m = memo_find(p, o);
    if (m >= 0) {
        if (p_op(p, '0') < 0) return -1;
        return p_get(p, m);
    }
    if (p_memoize(p, o) < 0) return -1;
    Value d = instance_dict(o);
    if (v_is_null(d)) return -1;
    r = 0;
    if (v_is_dict(d) && dict_size(d) > 0) {
        r = p_save(p, d);
        if (r == 0) r = p_op(p, 'b');
    } else if (!v_is_dict(d)) r = p_bail(p);
    v_decref(d);
    return r;
}

static int p_save(P *p, Value o) {
    p_boundary(p);
    if (v_is_float(o)) {
        char b[9];
        b[0] = 'G';
        union { double d; uint64_t u; } u = { .d = v_as_float(o) };
        for (int i = 0; i < 8; i++) b[1 + i] = (char)(u.u >> (56 - 8 * i));
        return p_w(p, b, 9);
    }
    if (v_is_smallint(o)) return p_int(p, o);
    if (o == V_NONE) return p_op(p, 'N');
    if (o == V_TRUE) return p_op(p, '\x88');
    if (o == V_FALSE) return p_op(p, '\x89');
    if (!v_is_ptr(o)) { p->bail = true; return -1; }
    TypeObject *t = v_as_obj(o)->type;
    if (t == &IntType) return p_int(p, o);
    size_t slot = SIZE_MAX;
    int64_t m = memo_lookup(p, o, &slot);
    if (m >= 0) return p_get(p, m);
    if (t == &StrType) {
        size_t n = (size_t)str_nbytes(o);
        char hdr[9];
        int r;
        if (n <= 0xff && p->proto >= 4) {
            hdr[0] = '\x8c'; hdr[1] = (char)n;
            r = p_payload(p, hdr, 2, str_data(o), n);
        } else if (n > 0xffffffffULL) {
            p->bail = true;
            return -1;
        } else {
            hdr[0] = 'X';
            put_le(hdr + 1, n, 4);
            r = p_payload(p, hdr, 5, str_data(o), n);
        }
        if (r < 0) return -1;
        return p_memoize_at(p, o, slot);
    }
    int rc;
    if (t == &DictType || t == &ListType || t == &TupleType || t == &SetType || t == &FrozenSetType) {
        if (eval_enter_recursive_call(" while pickling an object") < 0) return -1;
        if (t == &DictType) rc = p_dict(p, o, slot);
        else if (t == &ListType) rc = p_list(p, o, slot);
        else if (t == &TupleType) rc = p_tuple(p, o);
        else if (p->proto < 4) { p->bail = true; rc = -1; }
        else if (t == &SetType) rc = p_set(p, o);
        else rc = p_frozenset(p, o);
        eval_leave_recursive_call();
        return rc;
    }
    if (t == &BytesType && p->proto >= 3) {
        BytesObject *b = (BytesObject *)v_as_obj(o);
        size_t n = (size_t)b->size;
        char hdr[9];
        if (n <= 0xff) { hdr[0] = 'C'; hdr[1] = (char)n; rc = p_payload(p, hdr, 2, b->data, n); }
        else if (n > 0xffffffffULL) { p->bail = true; return -1; }
        else { hdr[0] = 'B'; put_le(hdr + 1, n, 4); rc = p_payload(p, hdr, 5, b->data, n); }
        if (rc < 0) return -1;
        return p_memoize(p, o);
    }
    if (t == &ByteArrayType && p->proto >= 5) {
        ByteArrayObject *b = (ByteArrayObject *)v_as_obj(o);
        size_t n = (size_t)b->size;
        char hdr[9];
        hdr[0] = '\x96';
        put_le(hdr + 1, n, 8);
        rc = p_payload(p, hdr, 9, n ? (const char *)b->data : "", n);
        if (rc < 0) return -1;
        return p_memoize(p, o);
    }
    if (t == &TypeType) return p_global(p, o);
    if (type_is_heap(t)) {
        if (eval_enter_recursive_call(" while pickling an object") < 0) return -1;
        rc = p_instance(p, o, t);
        eval_leave_recursive_call();
        return rc;
    }
    p->bail = true;
    return -1;
}

/* dumps(obj, protocol, sys.modules, copyreg.dispatch_table,
 * copyreg._extension_registry) -> bytes, or None when the Python pickler
 * must do it. */
static Value ps_dumps(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (args_check_positional("dumps", nargs, kwnames, 5, 5) < 0) return V_NULL;
    if (!v_is_smallint(args[1])) return V_NONE;
    int64_t proto = v_as_smallint(args[1]);
    if (proto < 2 || proto > 5) return V_NONE;
    P p = { .proto = (int)proto, .frame_start = -1, .modules = args[2], .dispatch = args[3],
            .ext_empty = v_is_dict(args[4]) && dict_size(args[4]) == 0 };
    char hdr[2] = { '\x80', (char)proto };
    int rc = p_w(&p, hdr, 2);
    if (rc == 0) {
        p.framing = proto >= 4;
        rc = p_save(&p, args[0]);
        if (rc == 0) rc = p_op(&p, '.');
        if (rc == 0) p_commit_frame(&p);
    }
    free(p.memo);
    if (rc < 0) {
        free(p.buf);
        if (p.bail) {
            if (err_occurred()) err_clear();
            return V_NONE;
        }
        return V_NULL;
    }
    Value r = bytes_new(p.buf, p.len);
    free(p.buf);
    return r;
}

/* ---- unpickling ------------------------------------------------------------ */

typedef struct {
    const unsigned char *d;
    size_t n, i;
    Value *stack;
    int64_t sp, scap;
    int64_t *marks;
    int64_t nmarks, mcap;
    Value *memo;           /* V_NULL: unset */
    int64_t memo_cap;
    int64_t memo_len;      /* entries set (len(memo) for MEMOIZE) */
    Value find_class;      /* pickle._sp_find_class(module, name, proto) */
    int proto;
} U;

static int u_push(U *u, Value v) {   /* steals v */
    if (v_is_null(v)) return -1;
    if (u->sp == u->scap) {
        int64_t nc = u->scap ? u->scap * 2 : 64;
        Value *ns = realloc(u->stack, (size_t)nc * sizeof *ns);
        if (!ns) { v_decref(v); err_nomem(); return -1; }
        u->stack = ns;
        u->scap = nc;
    }
    u->stack[u->sp++] = v;
    return 0;
}

static inline uint64_t get_le(const unsigned char *d, int n) {
    uint64_t v = 0;
    for (int i = 0; i < n; i++) v |= (uint64_t)d[i] << (8 * i);
    return v;
}

static inline int64_t u_base(U *u) { return u->nmarks ? u->marks[u->nmarks - 1] : 0; }

static int u_memo_set(U *u, uint64_t idx) {
    if (u->sp <= u_base(u) || idx > (1u << 26)) return -1;
    if ((int64_t)idx >= u->memo_cap) {
        int64_t nc = u->memo_cap ? u->memo_cap : 64;
        while (nc <= (int64_t)idx) nc *= 2;
        Value *nm = realloc(u->memo, (size_t)nc * sizeof *nm);
        if (!nm) { err_nomem(); return -1; }
        for (int64_t i = u->memo_cap; i < nc; i++) nm[i] = V_NULL;
        u->memo = nm;
        u->memo_cap = nc;
    }
    Value v = u->stack[u->sp - 1];
    v_incref(v);
    if (!v_is_null(u->memo[idx])) v_decref(u->memo[idx]);
    else u->memo_len++;
    u->memo[idx] = v;
    return 0;
}

static int u_memo_get(U *u, uint64_t idx) {
    if ((int64_t)idx >= u->memo_cap || v_is_null(u->memo[idx])) return -1;
    return u_push(u, v_newref(u->memo[idx]));
}

/* n bytes at the read position, advancing; NULL if truncated. */
static inline const unsigned char *u_take(U *u, uint64_t n) {
    if (n > u->n - u->i) return NULL;
    const unsigned char *r = u->d + u->i;
    u->i += n;
    return r;
}

static Value u_decode_long(const unsigned char *d, size_t n) {
    if (n == 0) return int_from_i64(0);
    if (n <= 7) {
        uint64_t v = get_le(d, (int)n);
        if (d[n - 1] & 0x80) v |= ~0ULL << (8 * n);
        return int_from_i64((int64_t)v);
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, n, -1, 1, 0, 0, d);
    if (d[n - 1] & 0x80) {
        mpz_t t;
        mpz_init_set_ui(t, 1);
        mpz_mul_2exp(t, t, 8 * n);
        mpz_sub(z, z, t);
        mpz_clear(t);
    }
    Value r = int_from_mpz(z);
    mpz_clear(z);
    return r;
}

/* Pops the top mark: its stack position into *start. */
static int u_pop_mark(U *u, int64_t *start) {
    if (!u->nmarks) return -1;
    *start = u->marks[--u->nmarks];
    return 0;
}

static void u_drop(U *u, int64_t to) {
    while (u->sp > to) v_decref(u->stack[--u->sp]);
}

static const char *const new_names[] = { "__new__", "__slots__", NULL };
static const char *const setstate_names[] = { "__setstate__", "__slots__", NULL };

/* 1: done with *out set; 0: not handled (fall back); -1 never escapes. */
static int u_run(U *u, Value *out) {
    for (;;) {
        const unsigned char *a;
        if (u->i >= u->n) return 0;
        unsigned char op = u->d[u->i++];
        switch (op) {
        case 0x80:   /* PROTO */
            if (!(a = u_take(u, 1)) || a[0] > 5) return 0;
            u->proto = a[0];
            break;
        case 'c': {  /* GLOBAL module\nname\n */
            const unsigned char *e1 = memchr(u->d + u->i, '\n', u->n - u->i);
            if (!e1) return 0;
            const unsigned char *e2 = memchr(e1 + 1, '\n', (size_t)(u->d + u->n - (e1 + 1)));
            if (!e2) return 0;
            Value mod = str_new_checked((const char *)u->d + u->i, (size_t)(e1 - (u->d + u->i)));
            if (v_is_null(mod)) return 0;
            Value nm = str_new_checked((const char *)e1 + 1, (size_t)(e2 - e1 - 1));
            if (v_is_null(nm)) { v_decref(mod); return 0; }
            u->i = (size_t)(e2 + 1 - u->d);
            Value args[3] = { mod, nm, v_from_smallint(u->proto) };
            Value k = obj_call(u->find_class, args, 3, V_NULL);
            v_decref(mod);
            v_decref(nm);
            if (u_push(u, k) < 0) return 0;
            break;
        }
        case 0x93: { /* STACK_GLOBAL */
            if (u->sp - u_base(u) < 2) return 0;
            Value mod = u->stack[u->sp - 2], nm = u->stack[u->sp - 1];
            if (!v_is_str(mod) || !v_is_str(nm)) return 0;
            Value args[3] = { mod, nm, v_from_smallint(u->proto) };
            Value k = obj_call(u->find_class, args, 3, V_NULL);
            u_drop(u, u->sp - 2);
            if (u_push(u, k) < 0) return 0;
            break;
        }
        case 0x81: { /* NEWOBJ: cls.__new__(cls) for a plain class and () */
            if (u->sp - u_base(u) < 2) return 0;
            Value cls = u->stack[u->sp - 2], targs = u->stack[u->sp - 1];
            if (!v_is_tuple(targs) || tuple_size(targs) != 0 || !v_is_ptr(cls) ||
                v_as_obj(cls)->type != &TypeType || !class_is_plain(as_typeobj(cls), new_names))
                return 0;
            Value inst = type_alloc_plain(as_typeobj(cls));
            if (v_is_null(inst)) return 0;
            u_drop(u, u->sp - 2);
            if (u_push(u, inst) < 0) return 0;
            break;
        }
        case 'b': {  /* BUILD: a dict state into a plain instance */
            if (u->sp - u_base(u) < 2) return 0;
            Value inst = u->stack[u->sp - 2], state = u->stack[u->sp - 1];
            if (!v_is_dict(state) || !v_is_ptr(inst) || !class_is_plain(v_as_obj(inst)->type, setstate_names) ||
                !v_is_null(instance_get_attr(inst, str_intern_cstr("__setstate__"))))
                return 0;
            int64_t pos = 0;
            Value k, v;
            while (dict_next(state, &pos, &k, &v)) {
                if (!v_is_str(k)) return 0;
                if (instance_set_attr(inst, k, v) < 0) return 0;
            }
            u_drop(u, u->sp - 1);
            break;
        }
        case 0x95: { /* FRAME */
            if (!(a = u_take(u, 8))) return 0;
            uint64_t fl = get_le(a, 8);
            if (fl > u->n - u->i) return 0;
            break;
        }
        case '.':    /* STOP */
            if (u->sp <= u_base(u)) return 0;
            *out = u->stack[--u->sp];
            return 1;
        case '(':
            if (u->nmarks == u->mcap) {
                int64_t nc = u->mcap ? u->mcap * 2 : 16;
                int64_t *nm = realloc(u->marks, (size_t)nc * sizeof *nm);
                if (!nm) return 0;
                u->marks = nm;
                u->mcap = nc;
            }
            u->marks[u->nmarks++] = u->sp;
            break;
        case '0':
            if (u->sp <= u_base(u)) return 0;
            v_decref(u->stack[--u->sp]);
            break;
        case '1': {
            int64_t st;
            if (u_pop_mark(u, &st) < 0) return 0;
            u_drop(u, st);
            break;
        }
        case '2':
            if (u->sp <= u_base(u)) return 0;
            if (u_push(u, v_newref(u->stack[u->sp - 1])) < 0) return 0;
            break;
        case 'N': if (u_push(u, V_NONE) < 0) return 0; break;
        case 0x88: if (u_push(u, V_TRUE) < 0) return 0; break;
        case 0x89: if (u_push(u, V_FALSE) < 0) return 0; break;
        case 'J':
            if (!(a = u_take(u, 4))) return 0;
            if (u_push(u, int_from_i64((int32_t)(uint32_t)get_le(a, 4))) < 0) return 0;
            break;
        case 'K':
            if (!(a = u_take(u, 1))) return 0;
            if (u_push(u, v_from_smallint(a[0])) < 0) return 0;
            break;
        case 'M':
            if (!(a = u_take(u, 2))) return 0;
            if (u_push(u, v_from_smallint((int64_t)get_le(a, 2))) < 0) return 0;
            break;
        case 0x8a: case 0x8b: {
            uint64_t n;
            if (op == 0x8a) { if (!(a = u_take(u, 1))) return 0; n = a[0]; }
            else {
                if (!(a = u_take(u, 4))) return 0;
                int32_t sn = (int32_t)(uint32_t)get_le(a, 4);
                if (sn < 0) return 0;
                n = (uint64_t)sn;
            }
            if (!(a = u_take(u, n))) return 0;
            if (u_push(u, u_decode_long(a, (size_t)n)) < 0) return 0;
            break;
        }
        case 'G': {
            if (!(a = u_take(u, 8))) return 0;
            uint64_t bits = 0;
            for (int k = 0; k < 8; k++) bits = (bits << 8) | a[k];
            union { uint64_t u; double d; } cv = { .u = bits };
            if (u_push(u, v_from_float(cv.d)) < 0) return 0;
            break;
        }
        case 0x8c: case 'X': case 0x8d:
        case 'C': case 'B': case 0x8e: case 0x96: {
            uint64_t n;
            int hl = (op == 0x8c || op == 'C') ? 1 : (op == 'X' || op == 'B') ? 4 : 8;
            if (!(a = u_take(u, (uint64_t)hl))) return 0;
            n = get_le(a, hl);
            if (!(a = u_take(u, n))) return 0;
            Value v;
            if (op == 0x8c || op == 'X' || op == 0x8d) v = str_new_checked((const char *)a, (size_t)n);
            else if (op == 0x96) v = bytearray_new(a, (size_t)n);
            else v = bytes_new(a, (size_t)n);
            if (u_push(u, v) < 0) return 0;
            break;
        }
        case ')': if (u_push(u, tuple_empty()) < 0) return 0; break;
        case 0x85: case 0x86: case 0x87: {
            int64_t n = op - 0x84;
            if (u->sp - u_base(u) < n) return 0;
            u->sp -= n;
            Value t = tuple_from_array_steal(u->stack + u->sp, n);
            if (u_push(u, t) < 0) return 0;
            break;
        }
        case 't': case 'l': {
            int64_t st;
            if (u_pop_mark(u, &st) < 0) return 0;
            int64_t n = u->sp - st;
            u->sp = st;
            Value v = op == 't' ? tuple_from_array_steal(u->stack + st, n)
                                : list_from_array_steal(u->stack + st, n);
            if (u_push(u, v) < 0) return 0;
            break;
        }
        case ']': if (u_push(u, list_new(0)) < 0) return 0; break;
        case '}': if (u_push(u, dict_new()) < 0) return 0; break;
        case 0x8f: if (u_push(u, set_new()) < 0) return 0; break;
        case 'a': {
            if (u->sp - u_base(u) < 2) return 0;
            Value tgt = u->stack[u->sp - 2];
            if (!v_is_list(tgt)) return 0;
            if (list_append_steal(tgt, u->stack[--u->sp]) < 0) return 0;
            break;
        }
        case 'e': case 'u': case 0x90: {
            int64_t st;
            if (u_pop_mark(u, &st) < 0) return 0;
            if (st <= u_base(u)) { u->marks[u->nmarks++] = st; return 0; }
            Value tgt = u->stack[st - 1];
            int64_t n = u->sp - st;
            if (op == 'e') {
                if (!v_is_list(tgt)) { u->marks[u->nmarks++] = st; return 0; }
                for (int64_t k = 0; k < n; k++) {
                    if (list_append_steal(tgt, u->stack[st + k]) < 0) {
                        u->stack[st + k] = V_NONE;
                        u_drop(u, st);
                        return 0;
                    }
                    u->stack[st + k] = V_NONE;
                }
                u->sp = st;
            } else if (op == 'u') {
                if (!v_is_dict(tgt) || (n & 1)) { u->marks[u->nmarks++] = st; return 0; }
                for (int64_t k = 0; k < n; k += 2)
                    if (dict_set(tgt, u->stack[st + k], u->stack[st + k + 1]) < 0) { u_drop(u, st); return 0; }
                u_drop(u, st);
            } else {
                if (!v_is_set(tgt)) { u->marks[u->nmarks++] = st; return 0; }
                for (int64_t k = 0; k < n; k++)
                    if (set_add(tgt, u->stack[st + k]) < 0) { u_drop(u, st); return 0; }
                u_drop(u, st);
            }
            break;
        }
        case 's': {
            if (u->sp - u_base(u) < 3) return 0;
            Value tgt = u->stack[u->sp - 3];
            if (!v_is_dict(tgt)) return 0;
            if (dict_set(tgt, u->stack[u->sp - 2], u->stack[u->sp - 1]) < 0) return 0;
            u_drop(u, u->sp - 2);
            break;
        }
        case 'd': {
            int64_t st;
            if (u_pop_mark(u, &st) < 0) return 0;
            int64_t n = u->sp - st;
            if (n & 1) { u->marks[u->nmarks++] = st; return 0; }
            Value dct = dict_new();
            if (v_is_null(dct)) return 0;
            for (int64_t k = 0; k < n; k += 2)
                if (dict_set(dct, u->stack[st + k], u->stack[st + k + 1]) < 0) { v_decref(dct); u_drop(u, st); return 0; }
            u_drop(u, st);
            if (u_push(u, dct) < 0) return 0;
            break;
        }
        case 0x91: {
            int64_t st;
            if (u_pop_mark(u, &st) < 0) return 0;
            int64_t n = u->sp - st;
            u->sp = st;
            Value t = tuple_from_array_steal(u->stack + st, n);
            if (v_is_null(t)) return 0;
            Value fs = frozenset_new(t);
            v_decref(t);
            if (u_push(u, fs) < 0) return 0;
            break;
        }
        case 'h':
            if (!(a = u_take(u, 1)) || u_memo_get(u, a[0]) < 0) return 0;
            break;
        case 'j':
            if (!(a = u_take(u, 4)) || u_memo_get(u, get_le(a, 4)) < 0) return 0;
            break;
        case 'q':
            if (!(a = u_take(u, 1)) || u_memo_set(u, a[0]) < 0) return 0;
            break;
        case 'r':
            if (!(a = u_take(u, 4)) || u_memo_set(u, get_le(a, 4)) < 0) return 0;
            break;
        case 0x94: {
            /* MEMOIZE: index len(memo); the memo is dense when only MEMOIZE is used */
            if (u_memo_set(u, (uint64_t)u->memo_len) < 0) return 0;
            break;
        }
        default:
            return 0;
        }
    }
}

/* loads(data, find_class) -> (obj,), or None when the Python unpickler
 * must do it. find_class(module, name, proto) is pickle.py's lookup of
 * GLOBAL / STACK_GLOBAL (the only callback: importing is the one effect a
 * fallback can repeat, harmlessly). */
static Value ps_loads(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (args_check_positional("loads", nargs, kwnames, 2, 2) < 0) return V_NULL;
    if (!v_is_bytes(args[0])) return V_NONE;
    BytesObject *b = (BytesObject *)v_as_obj(args[0]);
    U u = { .d = b->data, .n = (size_t)b->size, .find_class = args[1] };
    Value out = V_NULL;
    /* The objects built here are young and acyclic but for memo
     * references: no automatic collection while building them (the
     * allocation count carries over, so one runs soon after if due). */
    bool gc_was = gc_state.enabled;
    gc_state.enabled = false;
    int r = u_run(&u, &out);
    gc_state.enabled = gc_was;
    u_drop(&u, 0);
    free(u.stack);
    free(u.marks);
    for (int64_t k = 0; k < u.memo_cap; k++)
        if (!v_is_null(u.memo[k])) v_decref(u.memo[k]);
    free(u.memo);
    if (r != 1) {
        if (err_occurred()) err_clear();
        return V_NONE;
    }
    return tuple_from_array_steal(&out, 1);
}

static const MethodDef ps_methods[] = {
    {"dumps", ps_dumps, 0, NULL},
    {"loads", ps_loads, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value module_init_pickle_speedups(void) {
    return mod_create("_pickle_speedups", ps_methods);
}

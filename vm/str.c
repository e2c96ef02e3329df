/* str.c: the str object: representation, construction, interning, hashing,
 * comparison, indexing and slicing, repr, the type's slots, str iterators
 * and StrBuilder. The methods live in str_methods.c, the codecs in bytes.c.
 *
 * Representation invariants (see str.h): data holds nbytes bytes of UTF-8
 * (surrogate code points allowed, encoded as 3 bytes, since Python strs may
 * hold lone surrogates) followed by a NUL; length counts code points;
 * is_ascii == (length == nbytes).
 *
 * Indexing non-ASCII strings: a string with more than IDX_STRIDE code points
 * that is not ASCII carries, after its NUL (4-aligned), a table of uint32
 * byte offsets of code points IDX_STRIDE, 2*IDX_STRIDE, ... built lazily at
 * the first indexing (slot 0 == 0 means "not built": a real offset there is
 * >= IDX_STRIDE). Locating code point i then walks at most IDX_STRIDE-1
 * code points, so s[i] in a loop is O(1) amortised rather than O(n). Every
 * allocation path reserves the table space for such strings (has_index()
 * is the single rule deciding whether it exists); strings of 4 GiB or more
 * get no table and are walked.
 *
 * Singletons: '' and the 256 one-character Latin-1 strings are immortal,
 * interned and shared (indexing and iteration produce them without
 * allocating). The intern set holds at most one string per content, so two
 * interned strings are equal iff they are the same object.
 */
#define _GNU_SOURCE   /* memmem */
#include "str.h"
#include "format.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "abstract.h"
#include "args.h"
#include "errors.h"
#include "int.h"
#include "range.h"
#include "siphash.h"
#include "unicode_util.h"

#define IDX_SHIFT 6
#define IDX_STRIDE ((int64_t)1 << IDX_SHIFT)

/* ---- UTF-8 helpers --------------------------------------------------------- */

int utf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | ((cp >> 18) & 0x07));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Lenient: input is trusted to be (generalised) UTF-8; a stray byte decodes
 * as itself so that corrupt input can never run past a sequence. */
uint32_t utf8_decode(const char *s, int *len) {
    const uint8_t *p = (const uint8_t *)s;
    uint8_t b = p[0];
    if (b < 0x80) {
        *len = 1;
        return b;
    }
    if (b >= 0xC0 && b < 0xE0 && (p[1] & 0xC0) == 0x80) {
        *len = 2;
        return ((uint32_t)(b & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (b >= 0xE0 && b < 0xF0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
        *len = 3;
        return ((uint32_t)(b & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    if (b >= 0xF0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 && (p[3] & 0xC0) == 0x80) {
        *len = 4;
        return ((uint32_t)(b & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
               ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    }
    *len = 1;
    return b;
}

bool utf8_all_ascii(const char *s, size_t n) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & 0x8080808080808080ull) return false;
    }
    for (; i < n; i++)
        if ((uint8_t)s[i] & 0x80) return false;
    return true;
}

int64_t utf8_count(const char *s, size_t n) {
    /* n minus the continuation bytes (10xxxxxx), 8 bytes at a time */
    const uint64_t hi = 0x8080808080808080ull;
    int64_t cont = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        cont += count_high_bytes(w & ~(w << 1) & hi);
    }
    for (; i < n; i++) cont += ((uint8_t)s[i] & 0xC0) == 0x80;
    return (int64_t)n - cont;
}

/* ---- allocation and the index table ------------------------------------------ */

static inline bool has_index(const StrObject *s) {
    return !s->is_ascii && s->length > IDX_STRIDE && s->nbytes < (int64_t)UINT32_MAX;
}
static inline size_t idx_slots(int64_t ncp) {
    return ncp > IDX_STRIDE ? (size_t)((ncp - 1) >> IDX_SHIFT) : 0;
}
/* uint32s reserved after the data: the checkpoints plus a two-slot cursor
 * (code point index, byte offset) of the last position located, so that
 * sequential access (s[i] in a loop, reversed(s), slices) walks only from
 * there. The cursor is meaningful once the table is built (idx_build
 * sets it to 0, 0). */
static inline size_t idx_reserve(int64_t ncp) {
    size_t n = idx_slots(ncp);
    return n ? n + 2 : 0;
}
static inline uint32_t *idx_table(StrObject *s) {
    uintptr_t p = (uintptr_t)(s->data + s->nbytes + 1);
    return (uint32_t *)((p + 3) & ~(uintptr_t)3);
}

/* slots: index table entries to reserve (must cover idx_slots(length) for
 * a non-ASCII result). Sets MemoryError on failure. */
static StrObject *str_alloc_raw(TypeObject *type, size_t nbytes, size_t slots) {
    if (nbytes >= (size_t)INT64_MAX / 2) {
        err_nomem();
        return NULL;
    }
    size_t size = offsetof(StrObject, data) + nbytes + 1;
    if (nbytes >= UINT32_MAX) slots = 0;
    if (slots) size = ((size + 3) & ~(size_t)3) + slots * sizeof(uint32_t);
    if (type->basicsize > size) size = type->basicsize;
    /* A str subclass with a __dict__ keeps it after the data (and index
     * table): str_object_size finds it again from the object's fields. */
    bool dict_slot = type->dictoffset < 0;
    if (dict_slot) size = ((size + sizeof(Value) - 1) & ~(sizeof(Value) - 1)) + sizeof(Value);
    StrObject *s = (StrObject *)obj_alloc(type, size);
    if (!s) return NULL;
    if (dict_slot) *(Value *)((char *)s + size - sizeof(Value)) = V_NULL;
    s->nbytes = (int64_t)nbytes;
    s->length = 0;
    s->hash = -1;
    s->is_ascii = 1;
    s->interned = 0;
    s->data[nbytes] = '\0';
    if (slots) idx_table(s)[0] = 0;
    return s;
}

size_t str_object_size(const StrObject *s) {
    size_t nbytes = (size_t)s->nbytes;
    size_t size = offsetof(StrObject, data) + nbytes + 1;
    /* As str_alloc_typed reserves: an index table for non-ASCII data. */
    size_t slots = s->is_ascii || nbytes >= UINT32_MAX ? 0 : idx_reserve(s->length);
    if (slots) size = ((size + 3) & ~(size_t)3) + slots * sizeof(uint32_t);
    if (size < sizeof(StrObject)) size = sizeof(StrObject);
    return size;
}

static StrObject *str_alloc_typed(TypeObject *type, size_t nbytes, int64_t length, bool is_ascii) {
    StrObject *s = str_alloc_raw(type, nbytes, is_ascii ? 0 : idx_reserve(length));
    if (!s) return NULL;
    s->length = length;
    s->is_ascii = is_ascii;
    return s;
}

Value str_alloc_known(size_t nbytes, int64_t length, bool is_ascii) {
    StrObject *s = str_alloc_typed(&StrType, nbytes, length, is_ascii);
    return s ? v_from_obj(s) : V_NULL;
}

Value str_alloc(size_t nbytes) {
    /* Content unknown yet: reserve by nbytes, an upper bound of length. */
    StrObject *s = str_alloc_raw(&StrType, nbytes, idx_reserve((int64_t)nbytes));
    if (!s) return V_NULL;
    s->length = (int64_t)nbytes;
    return v_from_obj(s);
}

Value str_finish(Value v) {
    StrObject *s = v_as_str(v);
    size_t n = (size_t)s->nbytes;
    if (utf8_all_ascii(s->data, n)) {
        s->is_ascii = 1;
        s->length = (int64_t)n;
    } else {
        s->is_ascii = 0;
        s->length = utf8_count(s->data, n);
    }
    s->hash = -1;
    return v;
}

/* Offset of the code point k code points after the one at byte off: skips
 * k lead bytes (8 bytes at a time while a whole word holds no more than the
 * remaining count; a continuation byte is 10xxxxxx), then stops at the next
 * lead byte (the NUL after the data counts as one). */
static int64_t utf8_skip(const uint8_t *d, int64_t n, int64_t off, int64_t k) {
    const uint64_t hi = 0x8080808080808080ull;
    while (k >= 8 && off + 8 <= n) {
        uint64_t w;
        memcpy(&w, d + off, 8);
        int leads = 8 - count_high_bytes(w & ~(w << 1) & hi);
        if (leads > k) break;
        k -= leads;
        off += 8;
    }
    for (;; off++) {
        if ((d[off] & 0xC0) != 0x80) {
            if (k == 0) return off;
            k--;
        }
    }
}

/* Offset of the code point k code points before the one at byte off. */
static inline int64_t utf8_back(const uint8_t *d, int64_t off, int64_t k) {
    while (k-- > 0) {
        off--;
        while ((d[off] & 0xC0) == 0x80) off--;
    }
    return off;
}

static void idx_build(StrObject *s, uint32_t *t) {
    const uint8_t *d = (const uint8_t *)s->data;
    size_t nslots = idx_slots(s->length);
    uint32_t off = 0;
    for (size_t k = 0; k < nslots; k++)
        t[k] = off = (uint32_t)utf8_skip(d, s->nbytes, off, IDX_STRIDE);
    t[nslots] = 0;
    t[nslots + 1] = 0;
}

int64_t str_byte_offset(Value v, int64_t i) {
    StrObject *s = v_as_str(v);
    if (s->is_ascii || i == 0) return i;
    if (i >= s->length) return s->nbytes;
    const uint8_t *d = (const uint8_t *)s->data;
    if (has_index(s)) {
        uint32_t *t = idx_table(s);
        size_t nslots = idx_slots(s->length);
        if (t[0] == 0) idx_build(s, t);
        /* Start from the nearest of: the checkpoint at or below i, the
         * one above (walking back), the cursor (either way). */
        int64_t k = i >> IDX_SHIFT, cp = k << IDX_SHIFT, off = k > 0 ? t[k - 1] : 0;
        int64_t dist = i - cp;
        int64_t ccp = t[nslots], coff = t[nslots + 1];
        int64_t r;
        if (ccp <= i && i - ccp < dist) {
            r = utf8_skip(d, s->nbytes, coff, i - ccp);
        } else if (ccp > i && ccp - i < dist) {
            r = utf8_back(d, coff, ccp - i);
        } else if ((size_t)k < nslots && IDX_STRIDE - dist < dist) {
            r = utf8_back(d, t[k], IDX_STRIDE - dist);
        } else {
            r = utf8_skip(d, s->nbytes, off, dist);
        }
        t[nslots] = (uint32_t)i;
        t[nslots + 1] = (uint32_t)r;
        return r;
    }
    if (i > s->length / 2) return utf8_back(d, s->nbytes, s->length - i);
    return utf8_skip(d, s->nbytes, 0, i);
}

/* Byte offset of code point i + k given the offset off of code point i
 * (k >= 0, i + k <= length): a walk from there, for slices. */
static int64_t str_byte_offset_from(Value v, int64_t i, int64_t off, int64_t k) {
    StrObject *s = v_as_str(v);
    if (s->is_ascii) return off + k;
    if (k > IDX_STRIDE) return str_byte_offset(v, i + k);
    return utf8_skip((const uint8_t *)s->data, s->nbytes, off, k);
}

uint32_t str_char_at(Value v, int64_t i) {
    StrObject *s = v_as_str(v);
    if (s->is_ascii) return (uint8_t)s->data[i];
    int len;
    return utf8_decode(s->data + str_byte_offset(v, i), &len);
}

/* ---- the intern set and singletons --------------------------------------------- */

static StrObject **intern_slots;   /* open addressing, NULL = empty */
static size_t intern_cap, intern_used;

static StrObject *intern_lookup(const char *utf8, size_t n, int64_t h) {
    if (!intern_slots) return NULL;
    size_t mask = intern_cap - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        StrObject *s = intern_slots[i];
        if (!s) return NULL;
        if (s->hash == h && (size_t)s->nbytes == n && memcmp(s->data, utf8, n) == 0) return s;
    }
}

static int intern_insert(StrObject *s) {
    if ((intern_used + 1) * 3 >= intern_cap * 2) {
        size_t ncap = intern_cap ? intern_cap * 2 : 1024;
        StrObject **ns = mem_calloc(ncap, sizeof *ns);
        if (!ns) {
            err_nomem();
            return -1;
        }
        for (size_t i = 0; i < intern_cap; i++) {
            StrObject *o = intern_slots[i];
            if (!o) continue;
            size_t j = (size_t)o->hash & (ncap - 1);
            while (ns[j]) j = (j + 1) & (ncap - 1);
            ns[j] = o;
        }
        mem_free(intern_slots);
        intern_slots = ns;
        intern_cap = ncap;
    }
    s->hash = hash_bytes(s->data, (size_t)s->nbytes);
    size_t j = (size_t)s->hash & (intern_cap - 1);
    while (intern_slots[j]) j = (j + 1) & (intern_cap - 1);
    intern_slots[j] = s;
    intern_used++;
    s->interned = 1;
    obj_make_immortal(&s->ob);
    return 0;
}

static Value empty_singleton;          /* 0 until made (0 is never a str Value) */
static Value latin1_singletons[256];

static Value make_singleton(const char *utf8, size_t n, int64_t length, bool is_ascii) {
    StrObject *s = str_alloc_typed(&StrType, n, length, is_ascii);
    if (!s) return V_NULL;
    memcpy(s->data, utf8, n);
    if (intern_insert(s) < 0) {
        obj_free(&s->ob);
        return V_NULL;
    }
    return v_from_obj(s);
}

/* Borrowed (immortal). */
static Value get_empty(void) {
    if (!empty_singleton) {
        Value v = make_singleton("", 0, 0, true);
        if (v == V_NULL) return V_NULL;
        empty_singleton = v;
    }
    return empty_singleton;
}

/* Borrowed (immortal); cp < 256. */
static Value get_latin1(uint32_t cp) {
    Value v = latin1_singletons[cp];
    if (v) return v;
    char buf[4];   /* utf8_encode's widest form (2 bytes are used: cp < 256) */
    int n = utf8_encode(cp, buf);
    v = make_singleton(buf, (size_t)n, 1, cp < 128);
    if (v == V_NULL) return V_NULL;
    latin1_singletons[cp] = v;
    return v;
}

/* If utf8[0..n) is '' or one Latin-1 character, its singleton; else 0. */
static Value singleton_for(const char *utf8, size_t n) {
    if (n == 0) return get_empty();
    if (n == 1 && (uint8_t)utf8[0] < 0x80) return get_latin1((uint8_t)utf8[0]);
    if (n == 2 && ((uint8_t)utf8[0] == 0xC2 || (uint8_t)utf8[0] == 0xC3))
        return get_latin1((((uint32_t)(uint8_t)utf8[0] & 0x1F) << 6) | ((uint8_t)utf8[1] & 0x3F));
    return 0;
}

Value str_empty(void) {
    return get_empty();   /* immortal: no incref needed */
}

Value str_intern(const char *utf8, size_t nbytes) {
    Value v = singleton_for(utf8, nbytes);
    if (v) return v;
    int64_t h = hash_bytes(utf8, nbytes);
    StrObject *s = intern_lookup(utf8, nbytes, h);
    if (s) return v_from_obj(s);
    bool ascii = utf8_all_ascii(utf8, nbytes);
    s = str_alloc_typed(&StrType, nbytes, ascii ? (int64_t)nbytes : utf8_count(utf8, nbytes), ascii);
    if (!s) return V_NULL;
    memcpy(s->data, utf8, nbytes);
    if (intern_insert(s) < 0) {
        obj_free(&s->ob);
        return V_NULL;
    }
    return v_from_obj(s);
}

/* Callers mostly pass string literals ("__new__", "__init__", ...) on hot
 * paths, so the result is remembered by the C string's address in a small
 * direct-mapped cache; a hit is checked against the content (the address
 * may be a buffer reused for other text). Interned strings are immortal. */
Value str_intern_cstr(const char *s) {
    static struct { const char *p; StrObject *v; } cache[256];
    uintptr_t a = (uintptr_t)s;
    size_t i = (size_t)((a ^ (a >> 9)) & 255);
    StrObject *c = cache[i].v;
    if (cache[i].p == s && c) {
        size_t n = (size_t)c->nbytes;
        if (strncmp(s, c->data, n) == 0 && s[n] == 0) return v_from_obj(c);
    }
    Value r = str_intern(s, strlen(s));
    if (!v_is_null(r) && v_is_ptr(r)) {
        cache[i].p = s;
        cache[i].v = v_as_str(r);
    }
    return r;
}

Value str_intern_value(Value v) {
    StrObject *s = v_as_str(v);
    if (s->interned) return v;
    if (s->ob.type != &StrType || s->nbytes <= 2) {
        Value r = str_intern(s->data, (size_t)s->nbytes);
        v_decref(v);
        return r;
    }
    StrObject *found = intern_lookup(s->data, (size_t)s->nbytes, str_hash(v));
    if (found) {
        v_decref(v);
        return v_from_obj(found);
    }
    if (intern_insert(s) < 0) {
        v_decref(v);
        return V_NULL;
    }
    return v;
}

/* ---- constructors ---------------------------------------------------------- */

Value str_new_known(const char *utf8, size_t nbytes, int64_t length, bool is_ascii) {
    if (length <= 1) {
        Value v = singleton_for(utf8, nbytes);
        if (v) return v;
    }
    StrObject *s = str_alloc_typed(&StrType, nbytes, length, is_ascii);
    if (!s) return V_NULL;
    memcpy(s->data, utf8, nbytes);
    return v_from_obj(s);
}

Value str_new(const char *utf8, size_t nbytes) {
    if (utf8_all_ascii(utf8, nbytes)) return str_new_known(utf8, nbytes, (int64_t)nbytes, true);
    return str_new_known(utf8, nbytes, utf8_count(utf8, nbytes), false);
}

Value str_new_checked(const char *utf8, size_t nbytes) {
    if (utf8_all_ascii(utf8, nbytes)) return str_new_known(utf8, nbytes, (int64_t)nbytes, true);
    return codec_decode(utf8, nbytes, "utf-8", "strict");
}

Value str_from_cstr(const char *s) {
    return str_new(s, strlen(s));
}

Value str_from_codepoint(uint32_t cp) {
    if (cp < 256) return get_latin1(cp);
    char buf[4];
    int n = utf8_encode(cp, buf);
    return str_new_known(buf, (size_t)n, 1, false);
}

static Value str_vprintf(const char *fmt, va_list ap) {
    char stack[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(stack, sizeof stack, fmt, ap);
    if (n < 0) {
        va_end(ap2);
        return ERR_INTERNAL();
    }
    if ((size_t)n < sizeof stack) {
        va_end(ap2);
        return str_new(stack, (size_t)n);
    }
    char *buf = mem_alloc((size_t)n + 1);
    if (!buf) {
        va_end(ap2);
        return err_nomem();
    }
    vsnprintf(buf, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    Value r = str_new(buf, (size_t)n);
    mem_free(buf);
    return r;
}

Value str_printf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value r = str_vprintf(fmt, ap);
    va_end(ap);
    return r;
}

Value str_exact(Value v) {
    if (v_is_str(v)) return v_newref(v);
    StrObject *s = v_as_str(v);
    return str_new_known(s->data, (size_t)s->nbytes, s->length, s->is_ascii);
}

/* ---- hashing and comparison ----------------------------------------------------- */

int64_t str_hash(Value v) {
    StrObject *s = v_as_str(v);
    if (s->hash == -1) s->hash = hash_bytes(s->data, (size_t)s->nbytes);
    return s->hash;
}

bool str_eq(Value a, Value b) {
    if (a == b) return true;
    StrObject *x = v_as_str(a), *y = v_as_str(b);
    if (x->nbytes != y->nbytes) return false;
    if (x->interned && y->interned) return false;   /* unique per content */
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    return memcmp(x->data, y->data, (size_t)x->nbytes) == 0;
}

/* UTF-8 byte order is code point order, so memcmp ranks strings correctly. */
int str_compare(Value a, Value b) {
    StrObject *x = v_as_str(a), *y = v_as_str(b);
    int64_t n = x->nbytes < y->nbytes ? x->nbytes : y->nbytes;
    int c = memcmp(x->data, y->data, (size_t)n);
    if (c) return c < 0 ? -1 : 1;
    return x->nbytes < y->nbytes ? -1 : x->nbytes > y->nbytes;
}

bool str_eq_cstr(Value s, const char *c) {
    size_t n = strlen(c);
    return (size_t)str_nbytes(s) == n && memcmp(str_data(s), c, n) == 0;
}

/* ---- concatenation, repetition --------------------------------------------------- */

Value str_concat(Value a, Value b) {
    StrObject *x = v_as_str(a), *y = v_as_str(b);
    if (y->nbytes == 0) return str_exact(a);
    if (x->nbytes == 0) return str_exact(b);
    if (x->nbytes > INT64_MAX / 2 - y->nbytes) return err_nomem();
    StrObject *r = str_alloc_typed(&StrType, (size_t)(x->nbytes + y->nbytes),
                                   x->length + y->length, x->is_ascii && y->is_ascii);
    if (!r) return V_NULL;
    memcpy(r->data, x->data, (size_t)x->nbytes);
    memcpy(r->data + x->nbytes, y->data, (size_t)y->nbytes);
    return v_from_obj(r);
}

Value str_concat_steal(Value a, Value b) {
    StrObject *x = v_as_str(a), *y = v_as_str(b);
    if (x->ob.refcnt != 1 || x->interned || x->nbytes == 0 || y->nbytes == 0 ||
        x->nbytes > INT64_MAX / 4 - y->nbytes) {
        Value r = str_concat(a, b);
        v_decref(a);
        return r;
    }
    size_t nb = (size_t)(x->nbytes + y->nbytes);
    int64_t len = x->length + y->length;
    bool ascii = x->is_ascii && y->is_ascii;
    size_t slots = ascii || nb >= UINT32_MAX ? 0 : idx_reserve(len);
    size_t size = offsetof(StrObject, data) + nb + 1;
    if (slots) size = ((size + 3) & ~(size_t)3) + slots * sizeof(uint32_t);
    if (size > mem_usable_size(x)) {
        /* grow geometrically so repeated appends copy O(n) bytes in all */
        StrObject *nx = mem_realloc(x, size + size / 2);
        if (!nx) {
            v_decref(a);
            return err_nomem();
        }
        x = nx;
    }
    memcpy(x->data + x->nbytes, y->data, (size_t)y->nbytes);
    x->nbytes = (int64_t)nb;
    x->data[nb] = '\0';
    x->length = len;
    x->is_ascii = ascii;
    x->hash = -1;
    if (slots) idx_table(x)[0] = 0;   /* rebuilt lazily on the next index */
    return v_from_obj(x);
}

Value str_repeat(Value v, int64_t n) {
    StrObject *s = v_as_str(v);
    if (n <= 0 || s->nbytes == 0) return str_empty();
    if (n == 1) return str_exact(v);
    if (s->nbytes > INT64_MAX / n) return err_format(&Exc_OverflowError, "repeated string is too long");
    size_t total = (size_t)(s->nbytes * n);
    StrObject *r = str_alloc_typed(&StrType, total, s->length * n, s->is_ascii);
    if (!r) return V_NULL;
    if (s->nbytes == 1) {
        memset(r->data, s->data[0], total);
    } else {
        memcpy(r->data, s->data, (size_t)s->nbytes);
        size_t done = (size_t)s->nbytes;
        while (done < total) {
            size_t chunk = done <= total - done ? done : total - done;
            memcpy(r->data + done, r->data, chunk);
            done += chunk;
        }
    }
    return v_from_obj(r);
}

/* ---- repr ----------------------------------------------------------------------- */

static void sb_reserve(StrBuilder *sb, size_t extra);

static void append_escape(StrBuilder *sb, uint32_t cp) {
    char buf[12];
    int n;
    if (cp < 0x100) n = snprintf(buf, sizeof buf, "\\x%02x", cp);
    else if (cp < 0x10000) n = snprintf(buf, sizeof buf, "\\u%04x", cp);
    else n = snprintf(buf, sizeof buf, "\\U%08x", cp);
    sb_append(sb, buf, (size_t)n);
}

Value str_repr(Value v) {
    StrObject *s = v_as_str(v);
    const uint8_t *d = (const uint8_t *)s->data;
    size_t n = (size_t)s->nbytes;
    bool has_sq = memchr(d, '\'', n) != NULL, has_dq = memchr(d, '"', n) != NULL;
    char quote = (has_sq && !has_dq) ? '"' : '\'';
    StrBuilder sb;
    sb_init(&sb);
    sb_reserve(&sb, n + 2);
    sb_append_char(&sb, quote);
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        /* Copy runs of characters that need no escaping in one go. */
        while (run < n && d[run] >= 0x20 && d[run] < 0x7F && d[run] != (uint8_t)quote && d[run] != '\\')
            run++;
        if (run > i) {
            sb_append(&sb, (const char *)d + i, run - i);
            i = run;
            if (i >= n) break;
        }
        uint8_t c = d[i];
        if (c < 0x80) {
            i++;
            switch (c) {
            case '\t': sb_append(&sb, "\\t", 2); break;
            case '\n': sb_append(&sb, "\\n", 2); break;
            case '\r': sb_append(&sb, "\\r", 2); break;
            case '\\': sb_append(&sb, "\\\\", 2); break;
            default:
                if (c == (uint8_t)quote) {
                    sb_append_char(&sb, '\\');
                    sb_append_char(&sb, (char)c);
                } else {
                    append_escape(&sb, c);
                }
            }
            continue;
        }
        int len;
        uint32_t cp = utf8_decode((const char *)d + i, &len);
        if (uni_isprintable(cp)) sb_append(&sb, (const char *)d + i, (size_t)len);
        else append_escape(&sb, cp);
        i += (size_t)len;
    }
    sb_append_char(&sb, quote);
    return sb_finish(&sb);
}

/* ---- indexing and slicing --------------------------------------------------------- */

Value str_getitem_index(Value v, int64_t i) {
    StrObject *s = v_as_str(v);
    if (s->is_ascii) return get_latin1((uint8_t)s->data[i]);
    int len;
    int64_t off = str_byte_offset(v, i);
    uint32_t cp = utf8_decode(s->data + off, &len);
    if (cp < 256) return get_latin1(cp);
    return str_new_known(s->data + off, (size_t)len, 1, false);
}

Value str_slice(Value v, int64_t start, int64_t stop, int64_t step) {
    StrObject *s = v_as_str(v);
    int64_t count;
    if (step > 0) count = stop > start ? (stop - start - 1) / step + 1 : 0;
    else count = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    if (count <= 0) return str_empty();
    if (step == 1) {
        if (count == s->length) return str_exact(v);
        if (s->is_ascii) return str_new_known(s->data + start, (size_t)count, count, true);
        int64_t b0 = str_byte_offset(v, start), b1 = str_byte_offset_from(v, start, b0, count);
        const char *p = s->data + b0;
        size_t nb = (size_t)(b1 - b0);
        return str_new_known(p, nb, count, nb == (size_t)count);
    }
    if (count == 1) return str_getitem_index(v, start);
    if (s->is_ascii) {
        StrObject *r = str_alloc_typed(&StrType, (size_t)count, count, true);
        if (!r) return V_NULL;
        for (int64_t k = 0, i = start; k < count; k++, i += step) r->data[k] = s->data[i];
        return v_from_obj(r);
    }
    /* Non-ASCII: walk from the first selected code point, moving |step| code
     * points at a time, so the whole slice costs O(len(s)). */
    const uint8_t *d = (const uint8_t *)s->data;
    StrBuilder sb;
    sb_init(&sb);
    sb_reserve(&sb, (size_t)count * 2);
    int64_t off = str_byte_offset(v, start);
    bool ascii = true;
    for (int64_t k = 0; k < count; k++) {
        int len = utf8_seq_len(d[off]);
        if (len > 1) ascii = false;
        sb_append(&sb, (const char *)d + off, (size_t)len);
        if (k == count - 1) break;
        if (step > 0) {
            for (int64_t m = 0; m < step; m++) off += utf8_seq_len(d[off]);
        } else {
            for (int64_t m = 0; m < -step; m++) {
                off--;
                while ((d[off] & 0xC0) == 0x80) off--;
            }
        }
    }
    if (sb.failed) {
        sb_discard(&sb);
        return err_nomem();
    }
    Value r = str_new_known(sb.buf, sb.len, count, ascii);
    sb_discard(&sb);
    return r;
}

/* Searching. A finder starts with memchr for the needle's first byte
 * (glibc's is vectorised: fastest while that byte is rare); after 8 false
 * hits it switches to scanning blocks for the positions where the first and
 * last bytes both match, 16 at a time (SSE2, part of x86-64; bytewise
 * elsewhere), which does not depend on the first byte being rare (UTF-8
 * lead bytes such as 0xC3 are common); a needle longer than 8 bytes that
 * keeps producing false candidates there switches to memmem (linear). */
enum { FM_MEMCHR, FM_BLOCKS, FM_MEMMEM };

void finder_init(Finder *f, const char *hay, size_t n, const char *needle, size_t m) {
    f->hay = hay;
    f->n = n;
    f->needle = needle;
    f->m = m;
    f->pos = 0;
    f->mask = 0;
    f->base = 0;
    f->next = 0;
    f->false_hits = 0;
    f->mode = FM_MEMCHR;
}

#if defined(__SSE2__)
#include <emmintrin.h>
#define FINDER_BLOCK 16
static inline uint32_t finder_block(const char *p, size_t m, char first, char last) {
    __m128i a = _mm_loadu_si128((const __m128i *)p);
    __m128i b = _mm_loadu_si128((const __m128i *)(p + m - 1));
    __m128i e = _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8(first)), _mm_cmpeq_epi8(b, _mm_set1_epi8(last)));
    return (uint32_t)_mm_movemask_epi8(e);
}
#else
#define FINDER_BLOCK 8
static inline uint32_t finder_block(const char *p, size_t m, char first, char last) {
    uint32_t mask = 0;
    for (int k = 0; k < 8; k++) mask |= (uint32_t)(p[k] == first && p[k + m - 1] == last) << k;
    return mask;
}
#endif

size_t finder_fill(Finder *f, int64_t *out, size_t cap) {
    size_t m = f->m, n = f->n, got = 0;
    if (m == 0 || m > n) return 0;
    const char *hay = f->hay, *nd = f->needle;
    size_t last = n - m;   /* the last possible start */
    /* the state in locals (stores to out could alias it) */
    size_t next = f->next, pos = f->pos, base = f->base;
    uint32_t mask = f->mask;
    int mode = f->mode;
    int32_t false_hits = f->false_hits;
    char first = nd[0], lastc = nd[m - 1];
    while (got < cap && next <= last) {
        if (mode == FM_MEMCHR) {
            const char *q = memchr(hay + next, (unsigned char)first, last - next + 1);
            if (!q) {
                next = n;
                break;
            }
            size_t p = (size_t)(q - hay);
            if (m == 1 || memcmp(q + 1, nd + 1, m - 1) == 0) {
                out[got++] = (int64_t)p;
                next = p + m;
                continue;
            }
            next = p + 1;
            if (++false_hits > 8) {
                mode = FM_BLOCKS;
                false_hits = 0;
                pos = next;
                mask = 0;
            }
            continue;
        }
        if (mode == FM_MEMMEM) {
            const char *q = memmem(hay + next, n - next, nd, m);
            if (!q) {
                next = n;
                break;
            }
            out[got++] = q - hay;
            next = (size_t)(q - hay) + m;
            continue;
        }
        while (mask && got < cap) {
            size_t p = base + (size_t)__builtin_ctz(mask);
            mask &= mask - 1;
            if (p < next) continue;
            if (m <= 2 || memcmp(hay + p + 1, nd + 1, m - 2) == 0) {
                out[got++] = (int64_t)p;
                next = p + m;
            } else if (++false_hits > 64 && m > 8) {
                mode = FM_MEMMEM;
                mask = 0;
                if (next < p + 1) next = p + 1;
                break;
            }
        }
        if (mask || mode != FM_BLOCKS || got >= cap) continue;
        size_t i = pos < next ? next : pos;
        if (i > last) {
            next = n;
            break;
        }
        if (i + FINDER_BLOCK <= last + 1) {
            mask = finder_block(hay + i, m, first, lastc);
            pos = i + FINDER_BLOCK;
            while (!mask && pos + FINDER_BLOCK <= last + 1) {
                i = pos;
                mask = finder_block(hay + pos, m, first, lastc);
                pos += FINDER_BLOCK;
            }
            base = i;
        } else {
            mask = 0;
            for (size_t k = 0; i + k <= last; k++)
                mask |= (uint32_t)(hay[i + k] == first && hay[i + k + m - 1] == lastc) << k;
            base = i;
            pos = last + 1;
        }
    }
    f->next = next;
    f->pos = pos;
    f->base = base;
    f->mask = mask;
    f->mode = mode;
    f->false_hits = false_hits;
    return got;
}

int64_t finder_next(Finder *f) {
    int64_t p;
    return finder_fill(f, &p, 1) ? p : -1;
}

/* The block scan of finder_fill as one tight loop, for needles of 1 to 16
 * bytes (candidate checks cost at most a 14-byte compare): up to max
 * non-overlapping occurrences; their offsets go to *out (grown with
 * mem_realloc, *cap its size) unless out is NULL. Returns the count, -1 on
 * memory exhaustion. */
static int64_t scan_short(const char *hay, size_t n, const char *nd, size_t m, int64_t max,
                          int64_t **out, int64_t *cap) {
    int64_t count = 0;
    size_t last = n - m, next = 0, i = 0;
    char first = nd[0], lastc = nd[m - 1];
    for (;;) {
        uint32_t mask;
        size_t base = i;
        if (i + FINDER_BLOCK <= last + 1) {
            mask = finder_block(hay + i, m, first, lastc);
            i += FINDER_BLOCK;
        } else if (i <= last) {
            mask = 0;
            for (size_t k = 0; i + k <= last; k++)
                mask |= (uint32_t)(hay[i + k] == first && hay[i + k + m - 1] == lastc) << k;
            i = last + 1;
        } else {
            return count;
        }
        while (mask) {
            size_t p = base + (size_t)__builtin_ctz(mask);
            mask &= mask - 1;
            if (p < next || (m > 2 && memcmp(hay + p + 1, nd + 1, m - 2) != 0)) continue;
            if (out) {
                if (count == *cap) {
                    int64_t ncap = *cap ? *cap * 2 : 64;
                    int64_t *na = mem_realloc(*out, (size_t)ncap * sizeof(int64_t));
                    if (!na) return -1;
                    *out = na;
                    *cap = ncap;
                }
                (*out)[count] = (int64_t)p;
            }
            next = p + m;
            if (++count >= max) return count;
        }
    }
}

int64_t str_find_all(const char *hay, size_t n, const char *needle, size_t m, int64_t max, int64_t **out) {
    *out = NULL;
    if (m == 0 || m > n || max <= 0) return 0;
    int64_t cap = 0;
    if (m <= 16) {
        int64_t k = scan_short(hay, n, needle, m, max, out, &cap);
        if (k < 0) {
            mem_free(*out);
            *out = NULL;
            err_nomem();
        }
        return k;
    }
    Finder f;
    finder_init(&f, hay, n, needle, m);
    int64_t count = 0;
    while (count < max) {
        if (count == cap) {
            int64_t ncap = cap ? cap * 2 : 64;
            int64_t *na = mem_realloc(*out, (size_t)ncap * sizeof(int64_t));
            if (!na) {
                mem_free(*out);
                *out = NULL;
                err_nomem();
                return -1;
            }
            *out = na;
            cap = ncap;
        }
        size_t want = (size_t)(cap - count);
        if ((int64_t)want > max - count) want = (size_t)(max - count);
        size_t got = finder_fill(&f, *out + count, want);
        count += (int64_t)got;
        if (got < want) break;
    }
    return count;
}

/* Non-overlapping occurrences of needle (m >= 1 bytes), at most max. */
int64_t str_count_bytes(const char *hay, size_t n, const char *needle, size_t m, int64_t max) {
    if (m == 0 || m > n || max <= 0) return 0;
    int64_t count = 0;
    if (m == 1) {
        size_t i = 0;
        char c = needle[0];
#if defined(__SSE2__)
        /* per-byte-lane counters (cmpeq gives -1), summed every 255 blocks */
        __m128i cv = _mm_set1_epi8(c), zero = _mm_setzero_si128();
        while (n - i >= 16 && max - count >= 16 * 255) {
            size_t blocks = (n - i) / 16;
            if (blocks > 255) blocks = 255;
            __m128i acc = zero;
            for (size_t b = 0; b < blocks; b++, i += 16)
                acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(hay + i)), cv));
            __m128i sums = _mm_sad_epu8(acc, zero);
            count += _mm_cvtsi128_si64(sums) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums));
        }
#endif
        for (; i < n && count < max; i++) count += hay[i] == c;
        return count;
    }
    if (m <= 16) return scan_short(hay, n, needle, m, max, NULL, NULL);
    Finder f;
    finder_init(&f, hay, n, needle, m);
    int64_t pos[256];
    while (count < max) {
        size_t want = max - count < 256 ? (size_t)(max - count) : 256;
        size_t got = finder_fill(&f, pos, want);
        count += (int64_t)got;
        if (got < want) break;
    }
    return count;
}

const char *str_find_bytes(const char *hay, size_t n, const char *needle, size_t m) {
    if (m == 0) return hay;
    if (m > n) return NULL;
    if (m == 1) return memchr(hay, (unsigned char)needle[0], n);
    Finder f;
    finder_init(&f, hay, n, needle, m);
    int64_t p = finder_next(&f);
    return p < 0 ? NULL : hay + p;
}

int str_contains(Value s, Value sub) {
    size_t n = (size_t)str_nbytes(sub);
    if (n == 0) return 1;
    return str_find_bytes(str_data(s), (size_t)str_nbytes(s), str_data(sub), n) != NULL;
}

/* ---- StrBuilder ------------------------------------------------------------------ */

void sb_init(StrBuilder *sb) {
    sb->buf = NULL;
    sb->len = sb->cap = 0;
    sb->failed = false;
}

static void sb_reserve(StrBuilder *sb, size_t extra) {
    if (sb->failed) return;
    if (extra <= sb->cap - sb->len) return;
    if (extra > SIZE_MAX / 4 - sb->len) {
        sb->failed = true;
        return;
    }
    size_t need = sb->len + extra;
    size_t ncap = sb->cap ? sb->cap * 2 : 64;
    if (ncap < need) ncap = need;
    char *nb = mem_realloc(sb->buf, ncap);
    if (!nb) {
        sb->failed = true;
        return;
    }
    sb->buf = nb;
    sb->cap = ncap;
}

void sb_append(StrBuilder *sb, const char *s, size_t n) {
    sb_reserve(sb, n);
    if (sb->failed || n == 0) return;
    memcpy(sb->buf + sb->len, s, n);
    sb->len += n;
}

void sb_append_cstr(StrBuilder *sb, const char *s) {
    sb_append(sb, s, strlen(s));
}

void sb_append_char(StrBuilder *sb, char c) {
    if (sb->len < sb->cap) {
        sb->buf[sb->len++] = c;
        return;
    }
    sb_append(sb, &c, 1);
}

void sb_append_str(StrBuilder *sb, Value s) {
    sb_append(sb, str_data(s), (size_t)str_nbytes(s));
}

void sb_printf(StrBuilder *sb, const char *fmt, ...) {
    if (sb->failed) return;
    va_list ap;
    va_start(ap, fmt);
    size_t room = sb->cap - sb->len;
    int n = vsnprintf(room ? sb->buf + sb->len : NULL, room, fmt, ap);
    va_end(ap);
    if (n < 0) {
        sb->failed = true;
        return;
    }
    if ((size_t)n >= room) {
        sb_reserve(sb, (size_t)n + 1);
        if (sb->failed) return;
        va_start(ap, fmt);
        vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    sb->len += (size_t)n;
}

Value sb_finish(StrBuilder *sb) {
    if (sb->failed) {
        sb_discard(sb);
        return err_nomem();
    }
    Value r = str_new(sb->buf ? sb->buf : "", sb->len);
    sb_discard(sb);
    return r;
}

void sb_discard(StrBuilder *sb) {
    mem_free(sb->buf);
    sb_init(sb);
}

/* ---- type slots -------------------------------------------------------------------- */

static void str_dealloc(Object *o) {
    obj_free(o);
}

static Value str_str_slot(Value self) {
    return str_exact(self);
}

static Value str_repr_slot(Value self) {
    return str_repr(self);
}

static Value str_richcompare(Value a, Value b, int op) {
    if (!v_is_strlike(a) || !v_is_strlike(b)) return v_newref(V_NOTIMPL);
    switch (op) {
    case CMP_EQ: return v_from_bool(str_eq(a, b));
    case CMP_NE: return v_from_bool(!str_eq(a, b));
    case CMP_LT: return v_from_bool(str_compare(a, b) < 0);
    case CMP_LE: return v_from_bool(str_compare(a, b) <= 0);
    case CMP_GT: return v_from_bool(str_compare(a, b) > 0);
    case CMP_GE: return v_from_bool(str_compare(a, b) >= 0);
    default: return ERR_INTERNAL();
    }
}

static int str_bool(Value self) {
    return str_nbytes(self) != 0;
}

static int64_t str_len_slot(Value self) {
    return str_len(self);
}

static Value str_nb_add(Value a, Value b) {
    if (v_is_strlike(a) && v_is_strlike(b)) return str_concat(a, b);
    /* CPython's str has no nb_add; concatenation is tried after both
     * operands' number slots. Builtin right operands cannot handle str, so
     * answer with the concat error at once; a class may define __radd__. */
    if (v_is_strlike(a) && !(v_type(b)->flags & TPFLAG_HEAPTYPE))
        return err_format(&Exc_TypeError, "can only concatenate str (not \"%s\") to str",
                          v_type_name(b));
    return v_newref(V_NOTIMPL);
}

int seq_repeat_count(Value n, int64_t *out) {
    if (v_is_int_or_bool(n)) {
        if (int_as_i64(n, out) < 0) {
            if (!err_matches(&Exc_OverflowError)) return -1;
            err_clear();
            err_format(&Exc_OverflowError, "cannot fit 'int' into an index-sized integer");
            return -1;
        }
        return 1;
    }
    TypeObject *t = v_type(n);
    if (t->nb_index && t != &FloatType) return obj_as_index_i64(n, out) < 0 ? -1 : 1;
    if (t->flags & TPFLAG_HEAPTYPE) return 0;
    err_format(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'", t->name);
    return -1;
}

static Value str_nb_multiply(Value a, Value b) {
    Value seq, cnt;
    if (v_is_strlike(a)) { seq = a; cnt = b; }
    else if (v_is_strlike(b)) { seq = b; cnt = a; }
    else return v_newref(V_NOTIMPL);
    int64_t n;
    int r = seq_repeat_count(cnt, &n);
    if (r < 0) return V_NULL;
    if (r == 0) return v_newref(V_NOTIMPL);
    return str_repeat(seq, n);
}

static Value str_getitem(Value self, Value key) {
    int64_t i;
    if (v_is_smallint(key)) {
        i = v_as_smallint(key);
    } else if (v_is_bool(key)) {
        i = key == V_TRUE;
    } else if (v_is_slice(key)) {
        int64_t start, stop, step;
        if (slice_unpack(key, str_len(self), &start, &stop, &step) < 0) return V_NULL;
        return str_slice(self, start, stop, step);
    } else if (v_is_bigint(key)) {
        return err_format(&Exc_IndexError, "cannot fit 'int' into an index-sized integer");
    } else if (v_type(key)->nb_index && !v_is_float(key)) {
        if (obj_as_index_i64(key, &i) < 0) return V_NULL;
    } else {
        return err_format(&Exc_TypeError, "string indices must be integers, not '%s'", v_type_name(key));
    }
    int64_t len = str_len(self);
    if (i < 0) i += len;
    if (i < 0 || i >= len) return err_format(&Exc_IndexError, "string index out of range");
    return str_getitem_index(self, i);
}

static int str_contains_slot(Value self, Value item) {
    if (!v_is_strlike(item)) {
        err_format(&Exc_TypeError, "'in <string>' requires string as left operand, not %s",
                   v_type_name(item));
        return -1;
    }
    return str_contains(self, item);
}

/* ---- iterator ---------------------------------------------------------------------- */

typedef struct StrIterObject {
    Object ob;
    Value str;          /* V_NULL once exhausted */
    int64_t index;      /* code points consumed */
    int64_t offset;     /* byte offset of the next code point */
} StrIterObject;

static Value str_iter(Value self) {
    StrIterObject *it = (StrIterObject *)obj_alloc(&StrIterType, sizeof(StrIterObject));
    if (!it) return V_NULL;
    it->str = v_newref(self);
    it->index = 0;
    it->offset = 0;
    return v_from_obj(it);
}

static Value str_iter_next(Value self) {
    StrIterObject *it = (StrIterObject *)v_as_obj(self);
    if (it->str == V_NULL) return V_NULL;
    StrObject *s = v_as_str(it->str);
    if (it->index >= s->length) {
        v_clear(&it->str);
        return V_NULL;
    }
    if (s->is_ascii) return get_latin1((uint8_t)s->data[it->index++]);
    int len;
    const char *p = s->data + it->offset;
    uint32_t cp = utf8_decode(p, &len);
    it->index++;
    it->offset += len;
    if (cp < 256) return get_latin1(cp);
    return str_new_known(p, (size_t)len, 1, false);
}

static Value str_iter_self(Value self) {
    return v_newref(self);
}

static void str_iter_dealloc(Object *o) {
    StrIterObject *it = (StrIterObject *)o;
    v_clear(&it->str);
    obj_free(o);
}

static void str_iter_traverse(Object *o, void (*visit)(Value v, void *arg), void *arg) {
    StrIterObject *it = (StrIterObject *)o;
    if (it->str != V_NULL) visit(it->str, arg);
}

/* ---- construction: str(), str(x), str(b, encoding, errors) ----------------------------- */

static Value str_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"object", "encoding", "errors"};
    Value a[3];
    if (args_parse("str", args, nargs, kwnames, names, 3, 3, 0, a) < 0) return V_NULL;
    Value r;
    if (a[1] == V_NULL && a[2] == V_NULL) {
        r = a[0] == V_NULL ? str_empty() : obj_str(a[0]);
    } else {
        const char *enc = "utf-8", *errs = "strict";
        if (a[1] != V_NULL) {
            if (!v_is_strlike(a[1]))
                return err_format(&Exc_TypeError, "str() argument 'encoding' must be str, not %s",
                                  v_type_name(a[1]));
            enc = str_data(a[1]);
        }
        if (a[2] != V_NULL) {
            if (!v_is_strlike(a[2]))
                return err_format(&Exc_TypeError, "str() argument 'errors' must be str, not %s",
                                  v_type_name(a[2]));
            errs = str_data(a[2]);
        }
        if (a[0] == V_NULL) {
            r = str_empty();
        } else if (v_is_byteslike(a[0])) {
            BytesObject *b = (BytesObject *)v_as_obj(a[0]);
            r = codec_decode((const char *)b->data, (size_t)b->size, enc, errs);
        } else if (v_is_strlike(a[0])) {
            return err_format(&Exc_TypeError, "decoding str is not supported");
        } else {
            return err_format(&Exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                              v_type_name(a[0]));
        }
    }
    if (r == V_NULL || type == &StrType) return r;
    /* A subclass instance: same content, the subclass as type. */
    StrObject *src = v_as_str(r);
    StrObject *s = str_alloc_typed(type, (size_t)src->nbytes, src->length, src->is_ascii);
    if (s) memcpy(s->data, src->data, (size_t)src->nbytes);
    v_decref(r);
    return s ? v_from_obj(s) : V_NULL;
}

TypeObject StrType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "str",
    .base = &ObjectType,
    .dict = V_NULL,
    .mro = V_NULL,
    .flags = TPFLAG_BASETYPE | TPFLAG_STR_SUBCLASS | TPFLAG_NEW_TAKES_ARGS,
    .basicsize = sizeof(StrObject),
    .dealloc = str_dealloc,
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .bool_ = str_bool,
    .len = str_len_slot,
    .nb = {
        [NB_ADD] = str_nb_add,
        [NB_MULTIPLY] = str_nb_multiply,
        [NB_REMAINDER] = format_str_remainder,
    },
    .getitem = str_getitem,
    .contains = str_contains_slot,
    .iter = str_iter,
    .construct = str_construct,
    .methods = str_method_table,
};

TypeObject StrIterType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "str_iterator",
    .base = &ObjectType,
    .dict = V_NULL,
    .mro = V_NULL,
    .basicsize = sizeof(StrIterObject),
    .dealloc = str_iter_dealloc,
    .iter = str_iter_self,
    .iternext = str_iter_next,
    .traverse = str_iter_traverse,
};

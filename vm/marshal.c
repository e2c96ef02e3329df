/* marshal.c: serialising code objects and their constants (see marshal.h
 * for the format's contract).
 *
 * Encoding, one tag byte per value:
 *   'N' None   'T' True   'F' False   '.' Ellipsis
 *   'i' int in the small range: zigzag varint
 *   'l' big int: sign byte (0 +, 1 -), varint n, n magnitude bytes, least
 *       significant first, the last one nonzero (canonical)
 *   'g' float: the 8 bytes of the IEEE double, little-endian
 *   's' str: varint n, n bytes of UTF-8
 *   'S' interned str: as 's'; it gets the next reference index
 *   'R' reference to an earlier 'S': varint index
 *   'b' bytes: varint n, n bytes
 *   '(' tuple / 'f' frozenset: varint n, n values
 *   '[' list / '<' set: varint n, n values (the marshal module only: code
 *       objects never hold them); bytearray is written as bytes
 *   '{' dict: varint n, n key/value pairs (the marshal module only)
 *   'c' code object: see w_code / r_code (fields in CodeObject order)
 * Varints are unsigned LEB128 (at most 10 bytes); signed numbers are
 * zigzag-encoded first so small negatives stay short.
 */
#include <gmp.h>
#include <stdlib.h>
#include <string.h>
#include "marshal.h"
#include "unicode_util.h"
#include "code.h"
#include "errors.h"
#include "int.h"
#include "opcodes.h"
#include "set.h"
#include "specialize.h"
#include "str.h"
#include "unicode_util.h"
#include "tuple.h"
#include "complex.h"
#include "bytearray.h"
#include "dict.h"
#include "list.h"

/* Deeper nesting than any compiler output (CPython's limit is 2000 too);
 * bounds the C recursion of both directions. */
#define MAX_DEPTH 2000

/* ---- writing ------------------------------------------------------------------ */

typedef struct Writer {
    uint8_t *buf;
    size_t len, cap;
    bool nomem;
    /* Interned str -> reference index: open addressing on the object
     * address (interned strings are unique, so identity is equality). */
    const Object **ref_keys;
    uint32_t *ref_idx;
    size_t ref_cap, nrefs;
} Writer;

static bool w_reserve(Writer *w, size_t n) {
    if (w->nomem) return false;
    if (w->cap - w->len >= n) return true;
    size_t cap = w->cap ? w->cap : 256;
    while (cap - w->len < n) cap *= 2;
    uint8_t *nb = realloc(w->buf, cap);
    if (!nb) { w->nomem = true; return false; }
    w->buf = nb;
    w->cap = cap;
    return true;
}

static void w_bytes(Writer *w, const void *p, size_t n) {
    if (!w_reserve(w, n)) return;
    memcpy(w->buf + w->len, p, n);
    w->len += n;
}

static void w_byte(Writer *w, uint8_t b) {
    if (!w_reserve(w, 1)) return;
    w->buf[w->len++] = b;
}

static void w_varint(Writer *w, uint64_t x) {
    if (!w_reserve(w, 10)) return;
    while (x >= 0x80) {
        w->buf[w->len++] = (uint8_t)(x | 0x80);
        x >>= 7;
    }
    w->buf[w->len++] = (uint8_t)x;
}

static void w_svarint(Writer *w, int64_t x) {
    w_varint(w, ((uint64_t)x << 1) ^ (uint64_t)(x >> 63));
}

/* Index of interned str s if already written, else records it and returns
 * -1 (the caller writes it in full). -2 on MemoryError. */
static int64_t w_ref(Writer *w, const Object *s) {
    if (w->nrefs * 2 >= w->ref_cap) {
        size_t cap = w->ref_cap ? w->ref_cap * 2 : 64;
        const Object **keys = calloc(cap, sizeof *keys);
        uint32_t *idx = malloc(cap * sizeof *idx);
        if (!keys || !idx) { free(keys); free(idx); w->nomem = true; return -2; }
        for (size_t i = 0; i < w->ref_cap; i++) {
            if (!w->ref_keys[i]) continue;
            size_t h = ((uintptr_t)w->ref_keys[i] >> 4) & (cap - 1);
            while (keys[h]) h = (h + 1) & (cap - 1);
            keys[h] = w->ref_keys[i];
            idx[h] = w->ref_idx[i];
        }
        free(w->ref_keys);
        free(w->ref_idx);
        w->ref_keys = keys;
        w->ref_idx = idx;
        w->ref_cap = cap;
    }
    size_t h = ((uintptr_t)s >> 4) & (w->ref_cap - 1);
    while (w->ref_keys[h]) {
        if (w->ref_keys[h] == s) return w->ref_idx[h];
        h = (h + 1) & (w->ref_cap - 1);
    }
    w->ref_keys[h] = s;
    w->ref_idx[h] = (uint32_t)w->nrefs++;
    return -1;
}

static int w_value(Writer *w, Value v, int depth);

static int w_code(Writer *w, CodeObject *co, int depth) {
    w_byte(w, 'c');
    w_varint(w, (uint64_t)co->ncodeunits);
    /* Instructions in their generic form, caches zeroed: what the compiler
     * emitted, whatever the specialiser has rewritten since. */
    if (!w_reserve(w, (size_t)co->ncodeunits * 2)) return -1;
    CodeUnit *generic = malloc((size_t)co->ncodeunits * sizeof *generic);
    if (!generic) { w->nomem = true; return -1; }
    spec_deoptimize_code(co->code, co->ncodeunits, generic);
    for (int32_t i = 0; i < co->ncodeunits; i++) {
        w->buf[w->len++] = (uint8_t)CU_OP(generic[i]);
        w->buf[w->len++] = (uint8_t)CU_ARG(generic[i]);
    }
    free(generic);
    int32_t ints[] = {co->stacksize, co->argcount, co->posonlyargcount, co->kwonlyargcount, co->nlocals,
                      co->ncellvars, co->nfreevars, co->nlocalsplus, co->flags, co->firstlineno};
    for (size_t k = 0; k < sizeof ints / sizeof ints[0]; k++) w_svarint(w, ints[k]);
    if (w_value(w, co->consts, depth) < 0 || w_value(w, co->names, depth) < 0 ||
        w_value(w, co->localsplusnames, depth) < 0)
        return -1;
    w_bytes(w, co->localspluskinds, (size_t)co->nlocalsplus);
    if (w_value(w, co->filename, depth) < 0 || w_value(w, co->name, depth) < 0 ||
        w_value(w, co->qualname, depth) < 0)
        return -1;
    /* The docstring is normally consts[0] itself: say so instead of
     * writing it twice. */
    if (co->docstring == V_NONE) {
        w_byte(w, 0);
    } else if (tuple_size(co->consts) > 0 && tuple_items(co->consts)[0] == co->docstring) {
        w_byte(w, 1);
    } else {
        w_byte(w, 2);
        if (w_value(w, co->docstring, depth) < 0) return -1;
    }
    /* Positions as runs of identical entries (an instruction's caches and
     * EXTENDED_ARGs repeat its position), lines as deltas. */
    if (!co->positions) {
        w_byte(w, 0);
    } else {
        w_byte(w, 1);
        int32_t prev_line = co->firstlineno;
        for (int32_t i = 0; i < co->ncodeunits;) {
            const CodePosition *p = &co->positions[i];
            int32_t run = 1;
            while (i + run < co->ncodeunits && !memcmp(&co->positions[i + run], p, sizeof *p)) run++;
            w_varint(w, (uint64_t)run);
            w_svarint(w, (int64_t)p->lineno - prev_line);
            w_svarint(w, (int64_t)p->end_lineno - p->lineno);
            w_svarint(w, p->col);
            w_svarint(w, p->end_col);
            prev_line = p->lineno;
            i += run;
        }
    }
    w_varint(w, (uint64_t)co->nexctable);
    for (int32_t i = 0; i < co->nexctable; i++) {
        const ExceptionTableEntry *e = &co->exctable[i];
        w_svarint(w, e->start);
        w_svarint(w, e->end);
        w_svarint(w, e->handler);
        w_svarint(w, e->depth);
        w_byte(w, e->lasti ? 1 : 0);
    }
    return w->nomem ? -1 : 0;
}

/* One frozenset element serialised on its own (for sorting). */
typedef struct SortedItem {
    Value v;
    uint8_t *bytes;
    size_t len;
} SortedItem;

static int cmp_items(const void *pa, const void *pb) {
    const SortedItem *a = pa, *b = pb;
    int c = memcmp(a->bytes, b->bytes, a->len < b->len ? a->len : b->len);
    if (c) return c;
    return a->len < b->len ? -1 : a->len > b->len;
}

/* A set's iteration order depends on the string hash key (random per
 * process) and on the set's history, so the elements are written sorted by
 * their own standalone serialisation: the same source always gives the
 * same bytes, and dumps(loads(b)) == b (CPython 3.11's marshal sorts too,
 * for reproducible pycs). */
static int w_frozenset(Writer *w, Value v, int depth, uint8_t tag) {
    int64_t n = set_size(v);
    SortedItem *items = calloc((size_t)n + 1, sizeof *items);
    if (!items) { w->nomem = true; return -1; }
    int64_t pos = 0, k = 0;
    Value key;
    int status = 0;
    while (k < n && set_next(v, &pos, &key)) {
        items[k].v = key;
        Writer sub;
        memset(&sub, 0, sizeof sub);
        int r = w_value(&sub, key, depth + 1);
        free(sub.ref_keys);
        free(sub.ref_idx);
        items[k].bytes = sub.buf;
        items[k].len = sub.len;
        k++;
        if (r < 0 || sub.nomem) {
            if (sub.nomem) w->nomem = true;
            status = -1;
            break;
        }
    }
    if (status == 0) {
        qsort(items, (size_t)k, sizeof *items, cmp_items);
        w_byte(w, tag);
        w_varint(w, (uint64_t)k);
        for (int64_t i = 0; i < k && status == 0; i++)
            status = w_value(w, items[i].v, depth + 1);
    }
    for (int64_t i = 0; i < k; i++) free(items[i].bytes);
    free(items);
    return status;
}

static int w_value(Writer *w, Value v, int depth) {
    if (depth > MAX_DEPTH) {
        err_format(&Exc_ValueError, "object too deeply nested to marshal");
        return -1;
    }
    if (v == V_NONE) { w_byte(w, 'N'); return 0; }
    if (v == V_TRUE) { w_byte(w, 'T'); return 0; }
    if (v == V_FALSE) { w_byte(w, 'F'); return 0; }
    if (v == V_ELLIPSIS) { w_byte(w, '.'); return 0; }
    if (v_is_smallint(v)) {
        w_byte(w, 'i');
        w_svarint(w, v_as_smallint(v));
        return 0;
    }
    if (v_is_float(v)) {
        uint8_t b[8];
        uint64_t bits = v;   /* a float Value is the double's bit pattern */
        for (int k = 0; k < 8; k++) b[k] = (uint8_t)(bits >> (8 * k));
        w_byte(w, 'g');
        w_bytes(w, b, 8);
        return 0;
    }
    if (v_is_complex(v)) {
        /* 'y': the real then the imaginary part, each as 8 little-endian bytes */
        Complex cv = complex_value(v);
        double parts[2] = {cv.real, cv.imag};
        w_byte(w, 'y');
        for (int p = 0; p < 2; p++) {
            uint64_t bits;
            uint8_t b[8];
            memcpy(&bits, &parts[p], sizeof bits);
            for (int k = 0; k < 8; k++) b[k] = (uint8_t)(bits >> (8 * k));
            w_bytes(w, b, 8);
        }
        return 0;
    }
    if (v_is_bigint(v)) {
        mpz_t z;
        mpz_init(z);
        int_to_mpz(v, z);
        size_t n = (mpz_sizeinbase(z, 2) + 7) / 8;
        w_byte(w, 'l');
        w_byte(w, mpz_sgn(z) < 0 ? 1 : 0);
        w_varint(w, n);
        if (w_reserve(w, n)) {
            size_t count = 0;
            mpz_export(w->buf + w->len, &count, -1, 1, 0, 0, z);
            w->len += count;
        }
        mpz_clear(z);
        return w->nomem ? -1 : 0;
    }
    if (v_is_str(v)) {
        if (v_as_str(v)->interned) {
            int64_t r = w_ref(w, v_as_obj(v));
            if (r == -2) return -1;
            if (r >= 0) {
                w_byte(w, 'R');
                w_varint(w, (uint64_t)r);
                return 0;
            }
            w_byte(w, 'S');
        } else {
            w_byte(w, 's');
        }
        w_varint(w, (uint64_t)str_nbytes(v));
        w_bytes(w, str_data(v), (size_t)str_nbytes(v));
        return 0;
    }
    if (v_is_bytes(v)) {
        BytesObject *b = (BytesObject *)v_as_obj(v);
        w_byte(w, 'b');
        w_varint(w, (uint64_t)b->size);
        w_bytes(w, b->data, (size_t)b->size);
        return 0;
    }
    if (v_is_type(v, &TupleType)) {
        w_byte(w, '(');
        w_varint(w, (uint64_t)tuple_size(v));
        for (int64_t i = 0; i < tuple_size(v); i++)
            if (w_value(w, tuple_items(v)[i], depth + 1) < 0) return -1;
        return 0;
    }
    if (v_is_type(v, &FrozenSetType)) return w_frozenset(w, v, depth, 'f');
    if (v_is_type(v, &SetType)) return w_frozenset(w, v, depth, '<');
    if (v_is_type(v, &ListType)) {
        w_byte(w, '[');
        w_varint(w, (uint64_t)list_size(v));
        for (int64_t i = 0; i < list_size(v); i++)
            if (w_value(w, list_items(v)[i], depth + 1) < 0) return -1;
        return 0;
    }
    if (v_is_type(v, &DictType)) {
        int64_t pos = 0;
        Value key, val;
        w_byte(w, '{');
        w_varint(w, (uint64_t)dict_size(v));
        while (dict_next(v, &pos, &key, &val)) {
            if (w_value(w, key, depth + 1) < 0 || w_value(w, val, depth + 1) < 0) return -1;
        }
        return 0;
    }
    if (v_is_bytearray(v)) {
        const uint8_t *p;
        int64_t n;
        bytes_like_view(v, &p, &n);
        w_byte(w, 'b');
        w_varint(w, (uint64_t)n);
        w_bytes(w, p, (size_t)n);
        return 0;
    }
    if (v_is_code(v)) return w_code(w, v_as_code(v), depth + 1);
    err_format(&Exc_ValueError, "unmarshallable object of type %s", v_type_name(v));
    return -1;
}

uint8_t *marshal_dumps(Value v, size_t *len) {
    Writer w;
    memset(&w, 0, sizeof w);
    int r = w_value(&w, v, 0);
    free(w.ref_keys);
    free(w.ref_idx);
    if (r < 0 || w.nomem) {
        if (w.nomem && !err_occurred()) err_nomem();
        free(w.buf);
        return NULL;
    }
    *len = w.len;
    if (!w.buf) w.buf = malloc(1);   /* never: every value writes a tag */
    return w.buf;
}

/* ---- reading ------------------------------------------------------------------ */

typedef struct Reader {
    const uint8_t *p, *end;
    Value filename;     /* V_NULL: keep the stored co_filename */
    Value *refs;        /* interned strings by 'S' order, strong */
    size_t nrefs, refcap;
} Reader;

static Value bad(const char *what) {
    return err_format(&Exc_ValueError, "bad marshal data (%s)", what);
}

static size_t r_left(const Reader *r) { return (size_t)(r->end - r->p); }

/* False (with the exception set) when fewer than n bytes are left. */
static bool r_need(Reader *r, size_t n) {
    if (r_left(r) >= n) return true;
    bad("unexpected end of data");
    return false;
}

static bool r_byte(Reader *r, uint8_t *out) {
    if (!r_need(r, 1)) return false;
    *out = *r->p++;
    return true;
}

static bool r_varint(Reader *r, uint64_t *out) {
    if (r->p < r->end && *r->p < 0x80) {   /* the common one-byte case */
        *out = *r->p++;
        return true;
    }
    uint64_t x = 0;
    for (int shift = 0; shift < 70; shift += 7) {
        uint8_t b;
        if (!r_byte(r, &b)) return false;
        if (shift == 63 && b > 1) break;   /* more than 64 bits */
        x |= (uint64_t)(b & 0x7F) << shift;
        if (!(b & 0x80)) {
            *out = x;
            return true;
        }
    }
    bad("varint overflow");
    return false;
}

static bool r_svarint(Reader *r, int64_t *out) {
    uint64_t u;
    if (!r_varint(r, &u)) return false;
    *out = (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
    return true;
}

/* A count of items each taking at least one byte: bounded by what is left,
 * so a corrupt length can never make us allocate gigabytes. */
static bool r_count(Reader *r, size_t *out) {
    uint64_t n;
    if (!r_varint(r, &n)) return false;
    if (n > r_left(r)) {
        bad("length out of range");
        return false;
    }
    *out = (size_t)n;
    return true;
}

static bool r_i32(Reader *r, int32_t *out) {
    int64_t x;
    if (!r_svarint(r, &x)) return false;
    if (x < INT32_MIN || x > INT32_MAX) {
        bad("field out of range");
        return false;
    }
    *out = (int32_t)x;
    return true;
}

static Value r_value(Reader *r, int depth);

/* Well-formed UTF-8, where a str may also hold lone surrogates (encoded
 * as ED A0..BF xx, as coil's str stores '\ud800'). */
static bool str_bytes_valid(const uint8_t *p, size_t n) {
    size_t i = 0;
    while (i < n) {
        uint8_t b = p[i];
        if (b < 0x80) { i++; continue; }
        size_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
        if (len == 0 || b > 0xF4 || i + len > n) return false;
        for (size_t k = 1; k < len; k++)
            if ((p[i + k] & 0xC0) != 0x80) return false;
        if (b == 0xE0 && p[i + 1] < 0xA0) return false;   /* overlong */
        if (b == 0xF0 && p[i + 1] < 0x90) return false;   /* overlong */
        if (b == 0xF4 && p[i + 1] >= 0x90) return false;  /* > U+10FFFF */
        i += len;
    }
    return true;
}

/* A str from n raw bytes: invalid UTF-8 is corrupt data, not a
 * UnicodeDecodeError. */
static Value r_str(Reader *r, bool interned) {
    size_t n;
    if (!r_count(r, &n)) return V_NULL;
    Value s = str_bytes_valid(r->p, n) ? str_new((const char *)r->p, n) : V_NULL;
    if (v_is_null(s) && !err_occurred()) {
        bad("invalid UTF-8 in str");
        return V_NULL;
    }
    if (v_is_null(s)) {
        if (!err_matches(&Exc_MemoryError)) {
            err_clear();
            bad("invalid UTF-8 in str");
        }
        return V_NULL;
    }
    r->p += n;
    if (!interned) return s;
    s = str_intern_value(s);
    if (v_is_null(s)) return V_NULL;
    if (r->nrefs == r->refcap) {
        size_t cap = r->refcap ? r->refcap * 2 : 32;
        Value *nr = realloc(r->refs, cap * sizeof *nr);
        if (!nr) { v_decref(s); return err_nomem(); }
        r->refs = nr;
        r->refcap = cap;
    }
    r->refs[r->nrefs++] = v_newref(s);
    return s;
}

static Value r_bigint(Reader *r) {
    uint8_t sign;
    size_t n;
    if (!r_byte(r, &sign) || !r_count(r, &n)) return V_NULL;
    if (sign > 1 || n == 0 || r->p[n - 1] == 0) return bad("non-canonical int");
    mpz_t z;
    mpz_init(z);
    mpz_import(z, n, -1, 1, 0, 0, r->p);
    if (sign) mpz_neg(z, z);
    r->p += n;
    Value v = int_from_mpz(z);
    mpz_clear(z);
    return v;
}

/* Items of a tuple or frozenset, as a tuple. */
static Value r_tuple(Reader *r, int depth) {
    size_t n;
    if (!r_count(r, &n)) return V_NULL;
    Value t = tuple_new((int64_t)n);
    if (v_is_null(t)) return V_NULL;
    for (size_t i = 0; i < n; i++) {
        Value item = r_value(r, depth + 1);
        if (v_is_null(item)) { v_decref(t); return V_NULL; }
        tuple_items(t)[i] = item;
    }
    return t;
}

static bool all_str(Value t) {
    for (int64_t i = 0; i < tuple_size(t); i++)
        if (!v_is_str(tuple_items(t)[i])) return false;
    return true;
}

static void spec_free(CodeSpec *s) {
    free(s->code);
    free(s->localspluskinds);
    free(s->positions);
    free(s->exctable);
    v_decref(s->consts);
    v_decref(s->names);
    v_decref(s->localsplusnames);
    v_decref(s->filename);
    v_decref(s->name);
    v_decref(s->qualname);
    v_decref(s->docstring);
}

/* The bytecode may only say what the rest of the code object supports:
 * known generic opcodes, zeroed caches, indices inside consts / names /
 * localsplus, jump targets inside the code, and no way to run off its end.
 * Returns a description of the first violation, or NULL. */
static const char *verify_bytecode(const CodeSpec *s) {
    int64_t nconsts = tuple_size(s->consts), nnames = tuple_size(s->names);
    uint32_t ext = 0;
    int last_flags = 0;
    for (int32_t i = 0; i < s->ncodeunits;) {
        int op = CU_OP(s->code[i]);
        if (op >= OP__COUNT || !opcode_info[op].name || opcode_info[op].family != op || op == OP_CACHE)
            return "bad opcode";
        const OpcodeInfo *info = &opcode_info[op];
        uint32_t arg = (ext << 8) | CU_ARG(s->code[i]);
        int32_t next = i + 1 + info->cache;
        if (next > s->ncodeunits) return "truncated instruction";
        for (int32_t c = i + 1; c < next; c++)
            if (s->code[c] != CU_MAKE(OP_CACHE, 0)) return "bad inline cache";
        if (op == OP_EXTENDED_ARG) {
            if (ext > 0xFFFF) return "too many EXTENDED_ARG";
            ext = arg;
            i = next;
            if (i >= s->ncodeunits) return "EXTENDED_ARG at end";
            continue;
        }
        ext = 0;
        if ((info->flags & OPF_CONST) && arg >= nconsts) return "constant index out of range";
        if ((info->flags & OPF_NAME) && arg >= nnames) return "name index out of range";
        if ((info->flags & OPF_GLOBAL) && (arg >> 1) >= nnames) return "name index out of range";
        if ((info->flags & (OPF_LOCAL | OPF_FREE)) && arg >= (uint32_t)s->nlocalsplus)
            return "local index out of range";
        if ((info->flags & OPF_COMPARE) && arg > CMP_GE) return "bad comparison";
        if ((info->flags & OPF_BINOP) && arg >= 2 * NB_BINARY_COUNT) return "bad binary operator";
        if ((info->flags & OPF_JFWD) && (int64_t)next + arg >= s->ncodeunits) return "jump out of range";
        if ((info->flags & OPF_JBACK) && (int64_t)next - (int64_t)arg < 0) return "jump out of range";
        if (op == OP_COPY_FREE_VARS && arg != (uint32_t)s->nfreevars) return "bad COPY_FREE_VARS";
        if (op == OP_KW_NAMES && !v_is_type(tuple_items(s->consts)[arg], &TupleType)) return "bad KW_NAMES";
        last_flags = info->flags;
        i = next;
    }
    if (!(last_flags & OPF_TERMINAL)) return "code runs off its end";
    return NULL;
}

/* Checks the counts and the localsplus layout code.h describes, which the
 * interpreter relies on when it builds frames. */
static const char *verify_layout(const CodeSpec *s) {
    if (s->ncodeunits <= 0) return "empty code";
    if (s->stacksize < 0 || s->stacksize > (1 << 20)) return "bad stack size";
    if (s->argcount < 0 || s->posonlyargcount < 0 || s->kwonlyargcount < 0 || s->posonlyargcount > s->argcount)
        return "bad argument counts";
    int64_t params = (int64_t)s->argcount + s->kwonlyargcount + !!(s->flags & CO_VARARGS) +
                     !!(s->flags & CO_VARKEYWORDS);
    if (s->nlocals < 0 || params > s->nlocals) return "bad argument counts";
    if (s->nlocalsplus != tuple_size(s->localsplusnames) || s->nlocals > s->nlocalsplus) return "bad locals";
    if (s->nfreevars < 0 || s->nfreevars > s->nlocalsplus - s->nlocals) return "bad free variables";
    int32_t ncells = 0;
    for (int32_t i = 0; i < s->nlocalsplus; i++) {
        uint8_t k = s->localspluskinds[i];
        if (i < s->nlocals) {
            if (k != CO_FAST_LOCAL && k != (CO_FAST_LOCAL | CO_FAST_CELL)) return "bad local kind";
        } else if (i >= s->nlocalsplus - s->nfreevars) {
            if (k != CO_FAST_FREE) return "bad local kind";
        } else if (k != CO_FAST_CELL) {
            return "bad local kind";
        }
        if (k & CO_FAST_CELL) ncells++;
    }
    if (ncells != s->ncellvars) return "bad cell count";
    for (int32_t i = 0; i < s->nexctable; i++) {
        const ExceptionTableEntry *e = &s->exctable[i];
        if (e->start < 0 || e->start >= e->end || e->end > s->ncodeunits || e->handler < 0 ||
            e->handler >= s->ncodeunits || e->depth < 0 || e->depth > s->stacksize)
            return "bad exception table entry";
        if (i > 0 && e->start < s->exctable[i - 1].end) return "exception table not sorted";
    }
    return NULL;
}

static Value r_code(Reader *r, int depth) {
    CodeSpec s;
    memset(&s, 0, sizeof s);
    s.consts = s.names = s.localsplusnames = V_NULL;
    s.filename = s.name = s.qualname = s.docstring = V_NULL;
    const char *why = NULL;
    uint64_t n;
    if (!r_varint(r, &n)) goto fail;
    if (n == 0 || n > r_left(r) / 2 || n > INT32_MAX) { why = "bad code length"; goto fail; }
    s.ncodeunits = (int32_t)n;
    s.code = malloc(n * sizeof(CodeUnit));
    if (!s.code) { err_nomem(); goto fail; }
    for (size_t i = 0; i < n; i++) s.code[i] = CU_MAKE(r->p[2 * i], r->p[2 * i + 1]);
    r->p += 2 * n;
    int32_t *ints[] = {&s.stacksize, &s.argcount, &s.posonlyargcount, &s.kwonlyargcount, &s.nlocals,
                       &s.ncellvars, &s.nfreevars, &s.nlocalsplus, &s.flags, &s.firstlineno};
    for (size_t k = 0; k < sizeof ints / sizeof ints[0]; k++)
        if (!r_i32(r, ints[k])) goto fail;
    if (v_is_null(s.consts = r_value(r, depth + 1)) || v_is_null(s.names = r_value(r, depth + 1)) ||
        v_is_null(s.localsplusnames = r_value(r, depth + 1)))
        goto fail;
    if (!v_is_type(s.consts, &TupleType) || !v_is_type(s.names, &TupleType) || !all_str(s.names) ||
        !v_is_type(s.localsplusnames, &TupleType) || !all_str(s.localsplusnames)) {
        why = "bad code tuples";
        goto fail;
    }
    if (s.nlocalsplus < 0 || s.nlocalsplus != tuple_size(s.localsplusnames)) { why = "bad locals"; goto fail; }
    if (!r_need(r, (size_t)s.nlocalsplus)) goto fail;
    s.localspluskinds = malloc((size_t)s.nlocalsplus + 1);
    if (!s.localspluskinds) { err_nomem(); goto fail; }
    memcpy(s.localspluskinds, r->p, (size_t)s.nlocalsplus);
    r->p += s.nlocalsplus;
    if (v_is_null(s.filename = r_value(r, depth + 1)) || v_is_null(s.name = r_value(r, depth + 1)) ||
        v_is_null(s.qualname = r_value(r, depth + 1)))
        goto fail;
    if (!v_is_str(s.filename) || !v_is_str(s.name) || !v_is_str(s.qualname)) { why = "bad code names"; goto fail; }
    if (!v_is_null(r->filename)) v_setref(&s.filename, v_newref(r->filename));
    uint8_t doc;
    if (!r_byte(r, &doc)) goto fail;
    if (doc == 0) {
        s.docstring = V_NONE;
    } else if (doc == 1) {
        if (tuple_size(s.consts) == 0 || !v_is_str(tuple_items(s.consts)[0])) { why = "bad docstring"; goto fail; }
        s.docstring = v_newref(tuple_items(s.consts)[0]);
    } else if (doc == 2) {
        if (v_is_null(s.docstring = r_value(r, depth + 1))) goto fail;
        if (!v_is_str(s.docstring)) { why = "bad docstring"; goto fail; }
    } else {
        why = "bad docstring";
        goto fail;
    }
    uint8_t haspos;
    if (!r_byte(r, &haspos)) goto fail;
    if (haspos > 1) { why = "bad positions"; goto fail; }
    if (haspos) {
        s.positions = malloc(n * sizeof *s.positions);
        if (!s.positions) { err_nomem(); goto fail; }
        int64_t line = s.firstlineno;
        for (size_t i = 0; i < n;) {
            uint64_t run;
            int64_t dl, del, col, ecol;
            if (!r_varint(r, &run) || !r_svarint(r, &dl) || !r_svarint(r, &del) || !r_svarint(r, &col) ||
                !r_svarint(r, &ecol))
                goto fail;
            /* Bounded before adding, so corrupt deltas cannot overflow. */
            const int64_t lim = (int64_t)1 << 33;
            if (dl < -lim || dl > lim || del < -lim || del > lim) { why = "bad positions"; goto fail; }
            line += dl;
            int64_t eline = line + del;
            if (run == 0 || run > n - i || line < -1 || line > INT32_MAX || eline < -1 || eline > INT32_MAX ||
                col < -1 || col > INT32_MAX || ecol < -1 || ecol > INT32_MAX) {
                why = "bad positions";
                goto fail;
            }
            CodePosition p = {(int32_t)line, (int32_t)eline, (int32_t)col, (int32_t)ecol};
            for (uint64_t k = 0; k < run; k++) s.positions[i++] = p;
        }
    }
    size_t nexc;
    if (!r_count(r, &nexc)) goto fail;
    if (nexc) {
        s.exctable = malloc(nexc * sizeof *s.exctable);
        if (!s.exctable) { err_nomem(); goto fail; }
        for (size_t i = 0; i < nexc; i++) {
            ExceptionTableEntry *e = &s.exctable[i];
            uint8_t lasti;
            if (!r_i32(r, &e->start) || !r_i32(r, &e->end) || !r_i32(r, &e->handler) || !r_i32(r, &e->depth) ||
                !r_byte(r, &lasti))
                goto fail;
            if (lasti > 1) { why = "bad exception table entry"; goto fail; }
            e->lasti = lasti;
        }
    }
    s.nexctable = (int32_t)nexc;
    if ((why = verify_layout(&s)) || (why = verify_bytecode(&s))) goto fail;
    return code_new(&s);
fail:
    spec_free(&s);
    return why ? bad(why) : V_NULL;
}

static Value r_value(Reader *r, int depth) {
    if (depth > MAX_DEPTH) return bad("nesting too deep");
    uint8_t tag;
    if (!r_byte(r, &tag)) return V_NULL;
    switch (tag) {
    case 'N': return V_NONE;
    case 'T': return V_TRUE;
    case 'F': return V_FALSE;
    case '.': return v_newref(V_ELLIPSIS);
    case 'i': {
        int64_t x;
        if (!r_svarint(r, &x)) return V_NULL;
        if (!smallint_fits(x)) return bad("int out of range");
        return v_from_smallint(x);
    }
    case 'l': return r_bigint(r);
    case 'g': {
        if (!r_need(r, 8)) return V_NULL;
        uint64_t bits = 0;
        for (int k = 0; k < 8; k++) bits |= (uint64_t)r->p[k] << (8 * k);
        r->p += 8;
        double d;
        memcpy(&d, &bits, sizeof d);
        return v_from_float(d);   /* canonicalises a NaN, so never a tagged word */
    }
    case 'y': {
        if (!r_need(r, 16)) return V_NULL;
        double parts[2];
        for (int p = 0; p < 2; p++) {
            uint64_t bits = 0;
            for (int k = 0; k < 8; k++) bits |= (uint64_t)r->p[k] << (8 * k);
            r->p += 8;
            memcpy(&parts[p], &bits, sizeof bits);
        }
        return complex_new(parts[0], parts[1]);
    }
    case 's': return r_str(r, false);
    case 'S': return r_str(r, true);
    case 'R': {
        uint64_t idx;
        if (!r_varint(r, &idx)) return V_NULL;
        if (idx >= r->nrefs) return bad("reference out of range");
        return v_newref(r->refs[idx]);
    }
    case 'b': {
        size_t n;
        if (!r_count(r, &n)) return V_NULL;
        Value b = bytes_new(r->p, n);
        if (!v_is_null(b)) r->p += n;
        return b;
    }
    case '(': return r_tuple(r, depth);
    case 'f': {
        Value t = r_tuple(r, depth);
        if (v_is_null(t)) return V_NULL;
        Value fs = frozenset_new(t);   /* the items are hashable constants */
        v_decref(t);
        return fs;
    }
    case '[': {
        Value t = r_tuple(r, depth);
        if (v_is_null(t)) return V_NULL;
        Value l = list_from_iterable(t);
        v_decref(t);
        return l;
    }
    case '<': {
        Value t = r_tuple(r, depth);
        if (v_is_null(t)) return V_NULL;
        Value st = set_new();
        for (int64_t i = 0; !v_is_null(st) && i < tuple_size(t); i++)
            if (set_add(st, tuple_items(t)[i]) < 0) v_clear(&st);
        v_decref(t);
        return st;
    }
    case '{': {
        size_t n;
        if (!r_count(r, &n)) return V_NULL;
        Value d = dict_new();
        for (size_t i = 0; !v_is_null(d) && i < n; i++) {
            Value k = r_value(r, depth + 1);
            Value val = v_is_null(k) ? V_NULL : r_value(r, depth + 1);
            if (v_is_null(val) || dict_set(d, k, val) < 0) v_clear(&d);
            v_decref(k);
            v_decref(val);
        }
        return d;
    }
    case 'c': return r_code(r, depth);
    default: return bad("unknown type code");
    }
}

Value marshal_loads_prefix(const uint8_t *data, size_t len, size_t *used) {
    Reader r;
    memset(&r, 0, sizeof r);
    r.p = data;
    r.end = data + len;
    r.filename = V_NULL;
    Value v = r_value(&r, 0);
    *used = (size_t)(r.p - data);
    for (size_t i = 0; i < r.nrefs; i++) v_decref(r.refs[i]);
    free(r.refs);
    return v;
}

Value marshal_loads(const uint8_t *data, size_t len, Value filename) {
    Reader r;
    memset(&r, 0, sizeof r);
    r.p = data;
    r.end = data + len;
    r.filename = filename;
    Value v = r_value(&r, 0);
    if (!v_is_null(v) && r.p != r.end) {
        v_clear(&v);
        bad("trailing data");
    }
    for (size_t i = 0; i < r.nrefs; i++) v_decref(r.refs[i]);
    free(r.refs);
    return v;
}

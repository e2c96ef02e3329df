/* struct.c: the struct module: pack/unpack of C values in bytes, with
 * CPython 3.11's formats, sizes, alignment and error messages.
 *
 * A format is parsed once into codes (Struct objects keep theirs); native
 * mode ('@', the default) uses the platform's sizes and alignment,
 * the others ('=', '<', '>', '!') standard sizes without padding. */
#include <float.h>
#include <gmp.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "stdmod.h"
#include "../bytearray.h"
#include "../abstract.h"
#include "../args.h"
#include "../floatobject.h"
#include "../int.h"
#include "../list.h"
#include "../classobj.h"

static Value struct_error = V_NULL;

static Value struct_raise(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static Value struct_raise(const char *fmt, ...) {
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    Value s = str_from_cstr(buf);
    if (v_is_null(s)) return V_NULL;
    Value exc = obj_call1(struct_error, s);
    v_decref(s);
    if (v_is_null(exc)) return V_NULL;
    return err_set_object(exc);
}

typedef struct {
    char code;
    int64_t count;      /* repeat count; the length for 's' and 'p' */
    int64_t offset;     /* byte offset of the first item */
    int size;           /* bytes per item */
} FmtItem;

typedef struct {
    bool native, little;
    int nitems;         /* entries of items[] */
    int64_t nvalues;    /* Python values packed/unpacked */
    int64_t size;
    FmtItem *items;
} Format;

static int native_size(char c) {
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'P': case 'd': return 8;
    default: return 0;
    }
}

static int std_size(char c) {
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
    case 'q': case 'Q': case 'd': return 8;
    default: return 0;
    }
}

static void format_free(Format *f) { mem_free(f->items); f->items = NULL; }

/* Parses fmt (str or bytes). 0 or -1 with struct.error. */
static int format_parse(Value fmtv, Format *f) {
    const char *s;
    size_t n;
    if (v_is_str(fmtv)) { s = str_data(fmtv); n = (size_t)str_nbytes(fmtv); }
    else if (v_is_bytes(fmtv)) { s = (const char *)((BytesObject *)v_as_obj(fmtv))->data; n = (size_t)((BytesObject *)v_as_obj(fmtv))->size; }
    else { err_format(&Exc_TypeError, "Struct() argument 1 must be a str or bytes object, not %s", v_type_name(fmtv)); return -1; }
    size_t i = 0;
    f->native = true;
    f->little = true;     /* x86-64 and AArch64 Linux */
    if (n > 0 && strchr("@=<>!", s[0])) {
        f->native = s[0] == '@';
        f->little = s[0] == '<' || s[0] == '=' || s[0] == '@';
        i = 1;
    }
    f->items = mem_alloc(sizeof(FmtItem) * (n + 1));
    if (!f->items) { err_nomem(); return -1; }
    f->nitems = 0;
    f->nvalues = 0;
    int64_t off = 0;
    while (i < n) {
        char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') { i++; continue; }
        int64_t count = 1;
        if (c >= '0' && c <= '9') {
            count = 0;
            while (i < n && s[i] >= '0' && s[i] <= '9') {
                if (count > (INT64_MAX - 9) / 10) { struct_raise("total struct size too long"); goto fail; }
                count = count * 10 + (s[i] - '0');
                i++;
            }
            if (i >= n) { struct_raise("repeat count given without format specifier"); goto fail; }
            c = s[i];
        }
        int sz = f->native ? native_size(c) : std_size(c);
        if (!sz) { struct_raise("bad char in struct format"); goto fail; }
        if (f->native && c != 's' && c != 'p' && c != 'x' && sz > 1)
            off = (off + sz - 1) / sz * sz;       /* natural alignment */
        FmtItem *it = &f->items[f->nitems++];
        it->code = c;
        it->count = count;
        it->offset = off;
        it->size = sz;
        off += (int64_t)sz * count;
        if (c == 's' || c == 'p') f->nvalues += 1;
        else if (c != 'x') f->nvalues += count;
        i++;
    }
    f->size = off;
    return 0;
fail:
    format_free(f);
    return -1;
}

/* ---- packing ------------------------------------------------------------------------ */

static void put_uint(uint8_t *p, uint64_t v, int size, bool little) {
    for (int k = 0; k < size; k++) {
        int shift = 8 * (little ? k : size - 1 - k);
        p[k] = (uint8_t)(v >> shift);
    }
}

static uint64_t get_uint(const uint8_t *p, int size, bool little) {
    uint64_t v = 0;
    for (int k = 0; k < size; k++) {
        int shift = 8 * (little ? k : size - 1 - k);
        v |= (uint64_t)p[k] << shift;
    }
    return v;
}

/* The integer for an integer code: __index__, else struct.error. */
static Value int_arg(Value v) {
    if (v_is_int(v)) return v_newref(v);
    if (v_is_bool(v)) return v_from_smallint(v == V_TRUE);
    if (v_type(v)->nb_index) return obj_index(v);
    return struct_raise("required argument is not an integer");
}

static int pack_int(uint8_t *p, char c, int size, bool little, bool native, Value v) {
    Value iv = int_arg(v);
    if (v_is_null(iv)) return -1;
    bool is_unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P';
    uint64_t bits;
    int64_t sv;
    if (int_as_i64(iv, &sv) == 0) {
        bits = (uint64_t)sv;
        int sign = sv < 0 ? -1 : 1;
        if (is_unsigned && sign < 0 && c != 'B' && c != 'H') goto out_of_range;
        if (size < 8 || (c == 'b' || c == 'B' || c == 'h' || c == 'H')) {
            int64_t lo = is_unsigned ? 0 : -((int64_t)1 << (8 * size - 1));
            int64_t hi = is_unsigned ? (int64_t)(((uint64_t)1 << (8 * size)) - 1) : ((int64_t)1 << (8 * size - 1)) - 1;
            if (sv < lo || sv > hi) {
                if (c == 'b') struct_raise("byte format requires -128 <= number <= 127");
                else if (c == 'B') struct_raise("ubyte format requires 0 <= number <= 255");
                else if (c == 'h') struct_raise("short format requires -32768 <= number <= 32767");
                else if (c == 'H') struct_raise("ushort format requires 0 <= number <= 65535");
                else if (is_unsigned) struct_raise("'%c' format requires 0 <= number <= %lld", c, (long long)hi);
                else struct_raise("'%c' format requires %lld <= number <= %lld", c, (long long)lo, (long long)hi);
                v_decref(iv);
                return -1;
            }
        }
    } else {
        err_clear();
        if (!is_unsigned || size != 8 || int_sign(iv) < 0 || int_bit_length(iv) > 64) {
            if (size < 8 && !is_unsigned) {
                int64_t lo = -((int64_t)1 << (8 * size - 1)), hi = ((int64_t)1 << (8 * size - 1)) - 1;
                if (c == 'b') struct_raise("byte format requires -128 <= number <= 127");
                else if (c == 'h') struct_raise("short format requires -32768 <= number <= 32767");
                else struct_raise("'%c' format requires %lld <= number <= %lld", c, (long long)lo, (long long)hi);
                v_decref(iv);
                return -1;
            }
            if (c == 'B') { struct_raise("ubyte format requires 0 <= number <= 255"); v_decref(iv); return -1; }
            if (c == 'H') { struct_raise("ushort format requires 0 <= number <= 65535"); v_decref(iv); return -1; }
            if (size < 8 && int_sign(iv) > 0) {
                struct_raise("'%c' format requires 0 <= number <= %llu", c,
                             (unsigned long long)(((uint64_t)1 << (8 * size)) - 1));
                v_decref(iv);
                return -1;
            }
            goto out_of_range;
        }
        mpz_t z;
        mpz_init(z);
        int_to_mpz(iv, z);
        bits = (uint64_t)mpz_get_ui(z);
        mpz_clear(z);
    }
    v_decref(iv);
    (void)native;
    put_uint(p, bits, size, little);
    return 0;
out_of_range:
    v_decref(iv);
    struct_raise("argument out of range");
    return -1;
}

static int float_arg(Value v, double *out) {
    if (v_is_float(v)) { *out = v_as_float(v); return 0; }
    int r = float_coerce(v, out);
    if (r != 0) return r > 0 ? 0 : -1;
    if (v_type(v)->nb_float) {
        Value fv = v_type(v)->nb_float(v);
        if (v_is_null(fv)) return -1;
        if (!v_is_float(fv)) { v_decref(fv); return err_format(&Exc_TypeError, "__float__ returned non-float"), -1; }
        *out = v_as_float(fv);
        return 0;
    }
    struct_raise("required argument is not a float");
    return -1;
}

/* IEEE 754 binary16 from a double, rounding to nearest even. 0, or -1
 * with OverflowError. */
static int pack_half(double x, uint16_t *out) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    double a = fabs(x);
    if (isnan(x)) { *out = sign | 0x7e00; return 0; }
    if (isinf(x)) { *out = sign | 0x7c00; return 0; }
    if (a == 0) { *out = sign; return 0; }
    int e;
    double m = frexp(a, &e);        /* a = m * 2^e, 0.5 <= m < 1 */
    /* Normal half: value = 1.f * 2^(E-15), E in 1..30, i.e. e-1 in -14..15. */
    int64_t bits;
    if (e - 1 < -14) {
        /* subnormal: units of 2^-24 */
        double u = ldexp(a, 24);
        double r = nearbyint(u);    /* default rounding: to nearest even */
        bits = (int64_t)r;          /* may round up into the smallest normal: still right */
    } else {
        double f = ldexp(m, 11);    /* 1024..2048 */
        double r = nearbyint(f);
        int exp = e - 1;
        if (r >= 2048) { r /= 2; exp++; }
        if (exp > 15) {
            err_format(&Exc_OverflowError, "float too large to pack with e format");
            return -1;
        }
        bits = ((int64_t)(exp + 15) << 10) | ((int64_t)r - 1024);
    }
    *out = sign | (uint16_t)bits;
    return 0;
}

static double unpack_half(uint16_t h) {
    int sign = h >> 15, exp = (h >> 10) & 0x1f, frac = h & 0x3ff;
    double v;
    if (exp == 0) v = ldexp(frac, -24);
    else if (exp == 31) v = frac ? NAN : INFINITY;
    else v = ldexp(frac + 1024, exp - 25);
    return sign ? -v : v;
}

static int pack_item(uint8_t *p, const Format *f, const FmtItem *it, Value v) {
    switch (it->code) {
    case 'c':
        if (!v_is_bytes(v) || ((BytesObject *)v_as_obj(v))->size != 1) {
            struct_raise("char format requires a bytes object of length 1");
            return -1;
        }
        *p = ((BytesObject *)v_as_obj(v))->data[0];
        return 0;
    case '?': {
        int t = obj_truthy(v);
        if (t < 0) return -1;
        *p = (uint8_t)t;
        return 0;
    }
    case 'e': case 'f': case 'd': {
        double d;
        if (float_arg(v, &d) < 0) return -1;
        if (it->code == 'd') {
            uint64_t bits;
            memcpy(&bits, &d, 8);
            put_uint(p, bits, 8, f->little);
        } else if (it->code == 'f') {
            float x = (float)d;
            if (isinf(x) && !isinf(d)) {
                err_format(&Exc_OverflowError, "float too large to pack with f format");
                return -1;
            }
            uint32_t bits;
            memcpy(&bits, &x, 4);
            put_uint(p, bits, 4, f->little);
        } else {
            uint16_t h;
            if (pack_half(d, &h) < 0) return -1;
            put_uint(p, h, 2, f->little);
        }
        return 0;
    }
    default:
        return pack_int(p, it->code, it->size, f->little, f->native, v);
    }
}

/* Packs values into buf (f->size bytes, zeroed by the caller). */
static int pack_into_buf(const Format *f, uint8_t *buf, const Value *vals, size_t nvals) {
    if ((int64_t)nvals != f->nvalues) {
        struct_raise("pack expected %lld items for packing (got %zu)", (long long)f->nvalues, nvals);
        return -1;
    }
    size_t vi = 0;
    for (int k = 0; k < f->nitems; k++) {
        const FmtItem *it = &f->items[k];
        uint8_t *p = buf + it->offset;
        if (it->code == 'x') continue;
        if (it->code == 's' || it->code == 'p') {
            Value v = vals[vi++];
            if (!v_is_bytes(v)) {
                struct_raise("argument for '%c' must be a bytes object", it->code);
                return -1;
            }
            BytesObject *b = (BytesObject *)v_as_obj(v);
            int64_t n = b->size;
            if (it->code == 's') {
                if (n > it->count) n = it->count;
                memcpy(p, b->data, (size_t)n);
            } else if (it->count > 0) {
                if (n > it->count - 1) n = it->count - 1;
                memcpy(p + 1, b->data, (size_t)n);
                p[0] = (uint8_t)(n > 255 ? 255 : n);
            }
            continue;
        }
        for (int64_t r = 0; r < it->count; r++)
            if (pack_item(p + r * it->size, f, it, vals[vi++]) < 0) return -1;
    }
    return 0;
}

static Value unpack_item(const uint8_t *p, const Format *f, const FmtItem *it) {
    switch (it->code) {
    case 'c': return bytes_new(p, 1);
    case '?': return v_from_bool(*p != 0);
    case 'e': return v_from_float(unpack_half((uint16_t)get_uint(p, 2, f->little)));
    case 'f': {
        uint32_t bits = (uint32_t)get_uint(p, 4, f->little);
        float x;
        memcpy(&x, &bits, 4);
        return v_from_float((double)x);
    }
    case 'd': {
        uint64_t bits = get_uint(p, 8, f->little);
        double x;
        memcpy(&x, &bits, 8);
        return v_from_float(x);
    }
    default: {
        uint64_t u = get_uint(p, it->size, f->little);
        bool is_unsigned = strchr("BHILQNP", it->code) != NULL;
        if (is_unsigned) return int_from_u64(u);
        if (it->size < 8 && (u >> (8 * it->size - 1)) & 1) u |= ~(uint64_t)0 << (8 * it->size);
        return int_from_i64((int64_t)u);
    }
    }
}

static Value unpack_buf(const Format *f, const uint8_t *buf) {
    Value t = tuple_new(f->nvalues);
    if (v_is_null(t)) return V_NULL;
    int64_t vi = 0;
    for (int k = 0; k < f->nitems; k++) {
        const FmtItem *it = &f->items[k];
        const uint8_t *p = buf + it->offset;
        if (it->code == 'x') continue;
        if (it->code == 's' || it->code == 'p') {
            Value b;
            if (it->code == 's') {
                b = bytes_new(p, (size_t)it->count);
            } else {
                int64_t n = it->count > 0 ? p[0] : 0;
                if (n >= it->count) n = it->count - 1;
                if (n < 0) n = 0;
                b = bytes_new(p + 1, (size_t)n);
            }
            if (v_is_null(b)) goto fail;
            tuple_items(t)[vi++] = b;
            continue;
        }
        for (int64_t r = 0; r < it->count; r++) {
            Value x = unpack_item(p + r * it->size, f, it);
            if (v_is_null(x)) goto fail;
            tuple_items(t)[vi++] = x;
        }
    }
    return t;
fail:
    for (; vi < f->nvalues; vi++) tuple_items(t)[vi] = V_NONE;
    v_decref(t);
    return V_NULL;
}

static Value do_pack(const Format *f, const Value *vals, size_t nvals) {
    uint8_t *buf = mem_calloc(1, (size_t)f->size + 1);
    if (!buf) return err_nomem();
    Value r = pack_into_buf(f, buf, vals, nvals) < 0 ? V_NULL : bytes_new(buf, (size_t)f->size);
    mem_free(buf);
    return r;
}

/* A readable buffer: bytes, bytearray, memoryview (any bytes-like object). */
static int buffer_arg(Value v, const uint8_t **data, int64_t *size) {
    if (v_is_bytes(v)) {
        *data = ((BytesObject *)v_as_obj(v))->data;
        *size = ((BytesObject *)v_as_obj(v))->size;
        return 0;
    }
    if (!v_is_str(v) && bytes_like_view(v, data, size)) {
        if (!*data) *data = (const uint8_t *)"";
        return 0;
    }
    err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(v));
    return -1;
}

static Value do_unpack(const Format *f, Value buffer) {
    const uint8_t *data;
    int64_t size;
    if (buffer_arg(buffer, &data, &size) < 0) return V_NULL;
    if (size != f->size) return struct_raise("unpack requires a buffer of %lld bytes", (long long)f->size);
    return unpack_buf(f, data);
}

static Value do_unpack_from(const Format *f, Value buffer, Value voff) {
    const uint8_t *data;
    int64_t size, off = 0;
    if (buffer_arg(buffer, &data, &size) < 0) return V_NULL;
    if (!v_is_null(voff)) {
        Value iv = obj_index(voff);
        if (v_is_null(iv)) return V_NULL;
        int r = int_as_i64(iv, &off);
        v_decref(iv);
        if (r < 0) return V_NULL;
    }
    if (off < 0) {
        if (off + size < 0) return struct_raise("offset %lld out of range for %lld-byte buffer", (long long)off, (long long)size);
        off += size;
    }
    if (size - off < f->size) {
        if (off > size) return struct_raise("offset %lld out of range for %lld-byte buffer", (long long)off, (long long)size);
        return struct_raise("unpack_from requires a buffer of at least %lld bytes for unpacking %lld bytes at offset %lld (actual buffer size is %lld)",
                            (long long)(f->size + off), (long long)f->size, (long long)off, (long long)size);
    }
    return unpack_buf(f, data + off);
}

/* ---- iter_unpack ------------------------------------------------------------------------------ */

typedef struct {
    Object ob;
    Format f;
    Value buffer;
    int64_t pos;
} UnpackIterObject;

static TypeObject UnpackIterType;

static Value unpackiter_next(Value self) {
    UnpackIterObject *it = (UnpackIterObject *)v_as_obj(self);
    /* the data is fetched each time: a bytearray may have moved or shrunk */
    const uint8_t *data;
    int64_t size;
    if (buffer_arg(it->buffer, &data, &size) < 0) return V_NULL;
    if (it->pos + it->f.size > size) return V_NULL;
    Value r = unpack_buf(&it->f, data + it->pos);
    it->pos += it->f.size;
    return r;
}

static Value unpackiter_iter(Value self) { return v_newref(self); }

static void unpackiter_dealloc(Object *o) {
    UnpackIterObject *it = (UnpackIterObject *)o;
    format_free(&it->f);
    v_clear(&it->buffer);
    obj_free(o);
}

static TypeObject UnpackIterType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "_struct.unpack_iterator",
    .basicsize = sizeof(UnpackIterObject),
    .dealloc = unpackiter_dealloc,
    .iter = unpackiter_iter,
    .iternext = unpackiter_next,
};

static Value do_iter_unpack(Value fmt, Value buffer) {
    Format f;
    if (format_parse(fmt, &f) < 0) return V_NULL;
    const uint8_t *data;
    int64_t size;
    if (buffer_arg(buffer, &data, &size) < 0) { format_free(&f); return V_NULL; }
    if (f.size == 0) { format_free(&f); return struct_raise("cannot iteratively unpack with a struct of length 0"); }
    if (size % f.size) {
        format_free(&f);
        return struct_raise("iterative unpacking requires a buffer of a multiple of %lld bytes", (long long)f.size);
    }
    UnpackIterObject *it = (UnpackIterObject *)obj_alloc(&UnpackIterType, sizeof(UnpackIterObject));
    if (!it) { format_free(&f); return V_NULL; }
    it->f = f;
    it->buffer = v_newref(buffer);
    it->pos = 0;
    return v_from_obj(it);
}

/* ---- Struct ---------------------------------------------------------------------------------------- */

typedef struct {
    Object ob;
    Format f;
    Value format;     /* str */
} StructObject;

static TypeObject StructType;

static Value struct_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"format"};
    Value a[1];
    if (args_parse("Struct", args, nargs, kwnames, kw, 1, 1, 1, a) < 0) return V_NULL;
    Format f;
    if (format_parse(a[0], &f) < 0) return V_NULL;
    StructObject *s = (StructObject *)obj_alloc(type, sizeof(StructObject));
    if (!s) { format_free(&f); return V_NULL; }
    s->f = f;
    s->format = v_is_str(a[0]) ? v_newref(a[0])
              : str_new((const char *)((BytesObject *)v_as_obj(a[0]))->data, (size_t)((BytesObject *)v_as_obj(a[0]))->size);
    return v_from_obj(s);
}

static void struct_dealloc(Object *o) {
    StructObject *s = (StructObject *)o;
    format_free(&s->f);
    v_clear(&s->format);
    obj_free(o);
}

static Format *sfmt(Value self) { return &((StructObject *)v_as_obj(self))->f; }

static Value struct_pack_m(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_no_kwargs("pack", kwnames) < 0) return V_NULL;
    return do_pack(sfmt(self), args, nargs);
}

static Value struct_unpack_m(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("unpack", nargs, kwnames, 1, 1) < 0) return V_NULL;
    return do_unpack(sfmt(self), args[0]);
}

static Value struct_unpack_from_m(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"buffer", "offset"};
    Value a[2];
    if (args_parse("unpack_from", args, nargs, kwnames, kw, 2, 2, 1, a) < 0) return V_NULL;
    return do_unpack_from(sfmt(self), a[0], a[1]);
}

static Value struct_iter_unpack_m(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("iter_unpack", nargs, kwnames, 1, 1) < 0) return V_NULL;
    return do_iter_unpack(((StructObject *)v_as_obj(self))->format, args[0]);
}

static Value struct_get_size(Value self) { return int_from_i64(sfmt(self)->size); }
static Value struct_get_format(Value self) { return v_newref(((StructObject *)v_as_obj(self))->format); }

static Value struct_repr(Value self) {
    Value r = obj_repr(((StructObject *)v_as_obj(self))->format);
    if (v_is_null(r)) return V_NULL;
    Value s = str_printf("Struct(%s)", str_data(r));
    v_decref(r);
    return s;
}

static const MethodDef struct_methods[] = {
    {"pack", struct_pack_m, 0, NULL},
    {"unpack", struct_unpack_m, 0, NULL},
    {"unpack_from", struct_unpack_from_m, 0, NULL},
    {"iter_unpack", struct_iter_unpack_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef struct_getset[] = {
    {"size", struct_get_size, NULL},
    {"format", struct_get_format, NULL},
    {NULL, NULL, NULL},
};

static TypeObject StructType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "_struct.Struct",
    .basicsize = sizeof(StructObject),
    .flags = TPFLAG_BASETYPE,
    .dealloc = struct_dealloc,
    .repr = struct_repr,
    .construct = struct_construct,
    .methods = struct_methods,
    .getset = struct_getset,
};

/* ---- module functions ---------------------------------------------------------------------------- */

static Value st_pack(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_no_kwargs("pack", kwnames) < 0) return V_NULL;
    if (nargs < 1) return err_format(&Exc_TypeError, "pack expected at least 1 argument, got 0");
    Format f;
    if (format_parse(args[0], &f) < 0) return V_NULL;
    Value r = do_pack(&f, args + 1, nargs - 1);
    format_free(&f);
    return r;
}

static Value st_unpack(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("unpack", nargs, kwnames, 2, 2) < 0) return V_NULL;
    Format f;
    if (format_parse(args[0], &f) < 0) return V_NULL;
    Value r = do_unpack(&f, args[1]);
    format_free(&f);
    return r;
}

static Value st_unpack_from(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {NULL, "buffer", "offset"};
    Value a[3];
    if (args_parse("unpack_from", args, nargs, kwnames, kw, 3, 3, 2, a) < 0) return V_NULL;
    Format f;
    if (format_parse(a[0], &f) < 0) return V_NULL;
    Value r = do_unpack_from(&f, a[1], a[2]);
    format_free(&f);
    return r;
}

static Value st_iter_unpack(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("iter_unpack", nargs, kwnames, 2, 2) < 0) return V_NULL;
    return do_iter_unpack(args[0], args[1]);
}

static Value st_calcsize(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("calcsize", nargs, kwnames, 1, 1) < 0) return V_NULL;
    Format f;
    if (format_parse(args[0], &f) < 0) return V_NULL;
    int64_t n = f.size;
    format_free(&f);
    return int_from_i64(n);
}

static const MethodDef struct_functions[] = {
    {"pack", st_pack, 0, NULL},
    {"unpack", st_unpack, 0, NULL},
    {"unpack_from", st_unpack_from, 0, NULL},
    {"iter_unpack", st_iter_unpack, 0, NULL},
    {"calcsize", st_calcsize, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value module_init_struct(void) {
    Value m = mod_create("struct", struct_functions);
    if (v_is_null(m)) return V_NULL;
    if (mod_add_type(m, "Struct", &StructType) < 0 || type_ready(&UnpackIterType) < 0) goto fail;
    if (v_is_null(struct_error)) {
        Value ns = dict_new();
        Value bases = tuple_pack(1, v_from_obj(&Exc_Exception));
        if (v_is_null(ns) || v_is_null(bases) || dict_set_cstr(ns, "__module__", str_intern_cstr("struct")) < 0) {
            v_decref(ns);
            v_decref(bases);
            goto fail;
        }
        struct_error = type_new(&TypeType, str_intern_cstr("error"), bases, ns, V_NULL, NULL);
        v_decref(ns);
        v_decref(bases);
        if (v_is_null(struct_error)) goto fail;
    }
    if (dict_set_cstr(module_dict(m), "error", struct_error) < 0) goto fail;
    return m;
fail:
    v_decref(m);
    return V_NULL;
}

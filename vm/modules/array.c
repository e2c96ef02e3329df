/* array.c: the array module: compact arrays of C numbers (typecodes b B u
 * h H i I l L q Q f d) with CPython 3.11's sequence behaviour, reprs and
 * errors. Items are stored unboxed in one buffer; reading one boxes it. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../floatobject.h"
#include "../int.h"
#include "../list.h"
#include "../range.h"
#include "../unicode_util.h"

typedef struct {
    Object ob;
    char typecode;
    int itemsize;
    char *data;
    int64_t len, cap;
} ArrayObject;

static TypeObject ArrayType, ArrayIterType;

static bool v_is_array(Value v) {
    return v_is_ptr(v) && type_is_subtype(v_as_obj(v)->type, &ArrayType);
}
static ArrayObject *as_array(Value v) { return (ArrayObject *)v_as_obj(v); }

static int typecode_size(char c) {
    switch (c) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'u': case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'd': return 8;
    default: return 0;
    }
}

static int array_reserve(ArrayObject *a, int64_t n) {
    if (n <= a->cap) return 0;
    int64_t cap = a->cap ? a->cap : 4;
    while (cap < n) cap = cap + (cap >> 1) + 4;
    char *d = mem_realloc(a->data, (size_t)(cap * a->itemsize));
    if (!d) { err_nomem(); return -1; }
    a->data = d;
    a->cap = cap;
    return 0;
}

/* Boxes item i. New reference. */
static Value array_get(ArrayObject *a, int64_t i) {
    char *p = a->data + i * a->itemsize;
    switch (a->typecode) {
    case 'b': return v_from_smallint(*(int8_t *)p);
    case 'B': return v_from_smallint(*(uint8_t *)p);
    case 'h': return v_from_smallint(*(int16_t *)p);
    case 'H': return v_from_smallint(*(uint16_t *)p);
    case 'i': return v_from_smallint(*(int32_t *)p);
    case 'I': return v_from_smallint(*(uint32_t *)p);
    case 'l': case 'q': return int_from_i64(*(int64_t *)p);
    case 'L': case 'Q': return int_from_u64(*(uint64_t *)p);
    case 'f': return v_from_float(*(float *)p);
    case 'd': return v_from_float(*(double *)p);
    case 'u': return str_from_codepoint(*(uint32_t *)p);
    }
    return ERR_INTERNAL();
}

/* Stores v (checked and converted) at p. 0 or -1. */
static int array_store(char tc, char *p, Value v) {
    if (tc == 'u') {
        if (!v_is_str(v) || str_len(v) != 1) {
            err_format(&Exc_TypeError, "array item must be unicode character");
            return -1;
        }
        *(uint32_t *)p = str_char_at(v, 0);
        return 0;
    }
    if (tc == 'f' || tc == 'd') {
        double d;
        int r = v_is_float(v) ? (d = v_as_float(v), 1) : float_coerce(v, &d);
        if (r < 0) return -1;
        if (r == 0) {
            if (v_type(v)->nb_float) {
                Value fv = v_type(v)->nb_float(v);
                if (v_is_null(fv)) return -1;
                d = v_as_float(fv);
            } else {
                err_format(&Exc_TypeError, "must be real number, not %s", v_type_name(v));
                return -1;
            }
        }
        if (tc == 'f') *(float *)p = (float)d;
        else *(double *)p = d;
        return 0;
    }
    Value iv;
    if (v_is_int(v)) iv = v_newref(v);
    else if (v_is_bool(v)) iv = v_from_smallint(v == V_TRUE);
    else {
        if (!v_type(v)->nb_index) {
            err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", v_type_name(v));
            return -1;
        }
        iv = obj_index(v);
        if (v_is_null(iv)) return -1;
    }
    int64_t x;
    bool fits = int_as_i64(iv, &x) == 0;
    if (!fits) err_clear();
    int sign = int_sign(iv);
    if (tc == 'Q' || tc == 'L') {
        if (sign < 0) {
            v_decref(iv);
            err_format(&Exc_OverflowError, tc == 'Q' ? "can't convert negative int to unsigned"
                                                    : "can't convert negative value to unsigned int");
            return -1;
        }
        if (int_bit_length(iv) > 64) {
            v_decref(iv);
            err_format(&Exc_OverflowError, tc == 'Q' ? "int too big to convert"
                                                    : "Python int too large to convert to C unsigned long");
            return -1;
        }
        uint64_t u = fits ? (uint64_t)x : 0;
        if (!fits) {
            Value lo = int_and(iv, v_from_smallint(0xFFFFFFFF));
            Value sh = int_rshift(iv, v_from_smallint(32));
            int64_t l = 0, h = 0;
            if (!v_is_null(lo)) int_as_i64(lo, &l);
            if (!v_is_null(sh)) int_as_i64(sh, &h);
            v_decref(lo);
            v_decref(sh);
            u = ((uint64_t)h << 32) | (uint64_t)l;
        }
        v_decref(iv);
        *(uint64_t *)p = u;
        return 0;
    }
    v_decref(iv);
    if (!fits) {
        if (tc == 'q') err_format(&Exc_OverflowError, "int too big to convert");
        else if (tc == 'l') err_format(&Exc_OverflowError, "Python int too large to convert to C long");
        else if (tc == 'I') err_format(&Exc_OverflowError, sign < 0 ? "can't convert negative value to unsigned int"
                                                                   : "unsigned int is greater than maximum");
        else goto range;
        return -1;
    }
    switch (tc) {
    case 'b':
        if (x < -128) { err_format(&Exc_OverflowError, "signed char is less than minimum"); return -1; }
        if (x > 127) { err_format(&Exc_OverflowError, "signed char is greater than maximum"); return -1; }
        *(int8_t *)p = (int8_t)x;
        return 0;
    case 'B':
        if (x < 0) { err_format(&Exc_OverflowError, "unsigned byte integer is less than minimum"); return -1; }
        if (x > 255) { err_format(&Exc_OverflowError, "unsigned byte integer is greater than maximum"); return -1; }
        *(uint8_t *)p = (uint8_t)x;
        return 0;
    case 'h':
        if (x < INT16_MIN) { err_format(&Exc_OverflowError, "signed short integer is less than minimum"); return -1; }
        if (x > INT16_MAX) { err_format(&Exc_OverflowError, "signed short integer is greater than maximum"); return -1; }
        *(int16_t *)p = (int16_t)x;
        return 0;
    case 'H':
        if (x < 0) { err_format(&Exc_OverflowError, "unsigned short is less than minimum"); return -1; }
        if (x > UINT16_MAX) { err_format(&Exc_OverflowError, "unsigned short is greater than maximum"); return -1; }
        *(uint16_t *)p = (uint16_t)x;
        return 0;
    case 'i':
        if (x < INT32_MIN) { err_format(&Exc_OverflowError, "signed integer is less than minimum"); return -1; }
        if (x > INT32_MAX) { err_format(&Exc_OverflowError, "signed integer is greater than maximum"); return -1; }
        *(int32_t *)p = (int32_t)x;
        return 0;
    case 'I':
        if (x < 0) { err_format(&Exc_OverflowError, "can't convert negative value to unsigned int"); return -1; }
        if (x > UINT32_MAX) { err_format(&Exc_OverflowError, "unsigned int is greater than maximum"); return -1; }
        *(uint32_t *)p = (uint32_t)x;
        return 0;
    case 'l': case 'q':
        *(int64_t *)p = x;
        return 0;
    }
range:
    err_format(&Exc_OverflowError, "int too big to convert");
    return -1;
}

static int array_append_value(ArrayObject *a, Value v) {
    if (array_reserve(a, a->len + 1) < 0) return -1;
    if (array_store(a->typecode, a->data + a->len * a->itemsize, v) < 0) return -1;
    a->len++;
    return 0;
}

static ArrayObject *array_alloc(TypeObject *type, char tc) {
    ArrayObject *a = (ArrayObject *)obj_alloc(type, sizeof(ArrayObject));
    if (!a) return NULL;
    a->typecode = tc;
    a->itemsize = typecode_size(tc);
    a->data = NULL;
    a->len = a->cap = 0;
    return a;
}

static int array_frombytes_raw(ArrayObject *a, const char *s, int64_t n) {
    if (n % a->itemsize) {
        err_format(&Exc_ValueError, "bytes length not a multiple of item size");
        return -1;
    }
    int64_t k = n / a->itemsize;
    if (array_reserve(a, a->len + k) < 0) return -1;
    memcpy(a->data + a->len * a->itemsize, s, (size_t)n);
    a->len += k;
    return 0;
}

static int array_extend_iterable(ArrayObject *a, Value it_src) {
    if (v_is_array(it_src)) {
        ArrayObject *b = as_array(it_src);
        if (b->typecode != a->typecode) {
            err_format(&Exc_TypeError, "can only extend with array of same kind");
            return -1;
        }
        int64_t n = b->len;
        if (array_reserve(a, a->len + n) < 0) return -1;
        memmove(a->data + a->len * a->itemsize, b->data, (size_t)(n * a->itemsize));
        a->len += n;
        return 0;
    }
    if (v_is_list(it_src)) {
        for (int64_t i = 0; i < list_size(it_src); i++)
            if (array_append_value(a, list_items(it_src)[i]) < 0) return -1;
        return 0;
    }
    Value it = obj_iter(it_src);
    if (v_is_null(it)) return -1;
    Value x;
    while (!v_is_null(x = obj_iternext(it))) {
        int r = array_append_value(a, x);
        v_decref(x);
        if (r < 0) { v_decref(it); return -1; }
    }
    v_decref(it);
    return err_occurred() ? -1 : 0;
}

static Value array_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (mod_has_kwargs(kwnames) && type == &ArrayType)
        return err_format(&Exc_TypeError, "array.array() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        return err_format(&Exc_TypeError, "array() takes at most 2 arguments (%zu given)", nargs);
    if (!v_is_str(args[0]) || str_len(args[0]) != 1)
        return err_format(&Exc_TypeError, "array() argument 1 must be a unicode character, not %s",
                          v_type_name(args[0]));
    char tc = str_data(args[0])[0];
    if (!typecode_size(tc))
        return err_format(&Exc_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    ArrayObject *a = array_alloc(type, tc);
    if (!a) return V_NULL;
    Value self = v_from_obj(a);
    if (nargs == 2) {
        Value init = args[1];
        int r;
        if (v_is_str(init)) {
            if (tc != 'u') {
                v_decref(self);
                return err_format(&Exc_TypeError,
                                  "cannot use a str to initialize an array with typecode '%c'", tc);
            }
            r = array_extend_iterable(a, init);
        } else if (v_is_bytes(init)) {
            BytesObject *b = (BytesObject *)v_as_obj(init);
            r = array_frombytes_raw(a, (const char *)b->data, b->size);
        } else if (v_is_array(init) && as_array(init)->typecode != tc) {
            ArrayObject *b = as_array(init);
            if (tc == 'u' || b->typecode == 'u') {
                v_decref(self);
                return err_format(&Exc_TypeError, "cannot use a unicode array to initialize an array with typecode '%c'", tc);
            }
            r = 0;
            for (int64_t i = 0; i < b->len && r == 0; i++) {
                Value x = array_get(b, i);
                r = v_is_null(x) ? -1 : array_append_value(a, x);
                v_decref(x);
            }
        } else {
            r = array_extend_iterable(a, init);
        }
        if (r < 0) { v_decref(self); return V_NULL; }
    }
    return self;
}

static void array_dealloc(Object *o) {
    mem_free(((ArrayObject *)o)->data);
    obj_free(o);
}

static int64_t array_len(Value self) { return as_array(self)->len; }

static Value array_new_like(ArrayObject *a, int64_t n) {
    ArrayObject *r = array_alloc(&ArrayType, a->typecode);
    if (!r) return V_NULL;
    if (array_reserve(r, n) < 0) { v_decref(v_from_obj(r)); return V_NULL; }
    return v_from_obj(r);
}

static int index_of(ArrayObject *a, Value key, int64_t *out, const char *msg) {
    int64_t i;
    if (obj_as_index_i64(key, &i) < 0) {
        if (err_matches(&Exc_OverflowError)) { err_clear(); err_format(&Exc_IndexError, "%s", msg); }
        return -1;
    }
    if (i < 0) i += a->len;
    if (i < 0 || i >= a->len) { err_format(&Exc_IndexError, "%s", msg); return -1; }
    *out = i;
    return 0;
}

static Value array_getitem(Value self, Value key) {
    ArrayObject *a = as_array(self);
    if (v_is_slice(key)) {
        int64_t start, stop, step;
        int64_t n = slice_unpack(key, a->len, &start, &stop, &step);
        if (n < 0) return V_NULL;
        Value r = array_new_like(a, n);
        if (v_is_null(r)) return V_NULL;
        ArrayObject *b = as_array(r);
        for (int64_t k = 0, i = start; k < n; k++, i += step)
            memcpy(b->data + k * a->itemsize, a->data + i * a->itemsize, (size_t)a->itemsize);
        b->len = n;
        return r;
    }
    if (!v_type(key)->nb_index && !v_is_int_or_bool(key))
        return err_format(&Exc_TypeError, "array indices must be integers");
    int64_t i;
    if (index_of(a, key, &i, "array index out of range") < 0) return V_NULL;
    return array_get(a, i);
}

static int array_setitem(Value self, Value key, Value v) {
    ArrayObject *a = as_array(self);
    if (v_is_slice(key)) {
        int64_t start, stop, step;
        int64_t n = slice_unpack(key, a->len, &start, &stop, &step);
        if (n < 0) return -1;
        if (v_is_null(v)) {
            /* delete the selected items, keeping order */
            if (n == 0) return 0;
            if (step < 0) { start = start + (n - 1) * step; step = -step; }
            int64_t w = start;
            for (int64_t i = start; i < a->len; i++) {
                bool del = i >= start && (i - start) % step == 0 && (i - start) / step < n;
                if (!del) {
                    memmove(a->data + w * a->itemsize, a->data + i * a->itemsize, (size_t)a->itemsize);
                    w++;
                }
            }
            a->len = w;
            return 0;
        }
        if (!v_is_array(v)) {
            err_format(&Exc_TypeError, "can only assign array (not \"%s\") to array slice", v_type_name(v));
            return -1;
        }
        ArrayObject *b = as_array(v);
        if (b->typecode != a->typecode) { err_format(&Exc_TypeError, "bad argument type for built-in operation"); return -1; }
        int64_t m = b->len;
        char *src = mem_alloc((size_t)(m * a->itemsize) + 1);
        if (!src) { err_nomem(); return -1; }
        memcpy(src, b->data, (size_t)(m * a->itemsize));
        int r = 0;
        if (step == 1) {
            if (stop < start) stop = start;
            int64_t newlen = a->len - (stop - start) + m;
            if (array_reserve(a, newlen) < 0) { mem_free(src); return -1; }
            memmove(a->data + (start + m) * a->itemsize, a->data + stop * a->itemsize,
                    (size_t)((a->len - stop) * a->itemsize));
            memcpy(a->data + start * a->itemsize, src, (size_t)(m * a->itemsize));
            a->len = newlen;
        } else if (m != n) {
            err_format(&Exc_ValueError, "attempt to assign array of size %lld to extended slice of size %lld",
                       (long long)m, (long long)n);
            r = -1;
        } else {
            for (int64_t k = 0, i = start; k < n; k++, i += step)
                memcpy(a->data + i * a->itemsize, src + k * a->itemsize, (size_t)a->itemsize);
        }
        mem_free(src);
        return r;
    }
    if (!v_type(key)->nb_index && !v_is_int_or_bool(key)) {
        err_format(&Exc_TypeError, "array indices must be integers");
        return -1;
    }
    int64_t i;
    if (index_of(a, key, &i, v_is_null(v) ? "array assignment index out of range"
                                          : "array assignment index out of range") < 0)
        return -1;
    if (v_is_null(v)) {
        memmove(a->data + i * a->itemsize, a->data + (i + 1) * a->itemsize,
                (size_t)((a->len - i - 1) * a->itemsize));
        a->len--;
        return 0;
    }
    return array_store(a->typecode, a->data + i * a->itemsize, v);
}

static Value array_repr(Value self) {
    ArrayObject *a = as_array(self);
    if (a->len == 0) return str_printf("%s('%c')", v_type(self) == &ArrayType ? "array" : v_type_name(self), a->typecode);
    Value inner;
    if (a->typecode == 'u') {
        StrBuilder sb;
        sb_init(&sb);
        for (int64_t i = 0; i < a->len; i++) {
            char buf[4];
            int n = utf8_encode(((uint32_t *)a->data)[i], buf);
            sb_append(&sb, buf, (size_t)n);
        }
        Value s = sb_finish(&sb);
        if (v_is_null(s)) return V_NULL;
        inner = obj_repr(s);
        v_decref(s);
    } else {
        Value l = list_new(a->len);
        if (v_is_null(l)) return V_NULL;
        for (int64_t i = 0; i < a->len; i++) {
            Value x = array_get(a, i);
            if (v_is_null(x) || list_append_steal(l, x) < 0) { v_decref(l); return V_NULL; }
        }
        inner = obj_repr(l);
        v_decref(l);
    }
    if (v_is_null(inner)) return V_NULL;
    Value r = str_printf("%s('%c', %s)", v_type(self) == &ArrayType ? "array" : v_type_name(self), a->typecode,
                         str_data(inner));
    v_decref(inner);
    return r;
}

static Value array_richcompare(Value x, Value y, int op) {
    if (!v_is_array(x) || !v_is_array(y)) return v_newref(V_NOTIMPL);
    ArrayObject *a = as_array(x), *b = as_array(y);
    if (a->len != b->len && (op == CMP_EQ || op == CMP_NE)) return v_from_bool(op == CMP_NE);
    int64_t n = a->len < b->len ? a->len : b->len;
    for (int64_t i = 0; i < n; i++) {
        Value p = array_get(a, i), q = array_get(b, i);
        if (v_is_null(p) || v_is_null(q)) { v_decref(p); v_decref(q); return V_NULL; }
        int eq = obj_eq(p, q);
        if (eq < 0) { v_decref(p); v_decref(q); return V_NULL; }
        if (!eq) {
            Value r;
            if (op == CMP_EQ) r = V_FALSE;
            else if (op == CMP_NE) r = V_TRUE;
            else r = obj_compare(p, q, op);
            v_decref(p);
            v_decref(q);
            return r;
        }
        v_decref(p);
        v_decref(q);
    }
    int64_t la = a->len, lb = b->len;
    bool r;
    switch (op) {
    case CMP_LT: r = la < lb; break;
    case CMP_LE: r = la <= lb; break;
    case CMP_EQ: r = la == lb; break;
    case CMP_NE: r = la != lb; break;
    case CMP_GT: r = la > lb; break;
    default: r = la >= lb; break;
    }
    return v_from_bool(r);
}

static Value array_concat(Value x, Value y) {
    if (!v_is_array(x)) return v_newref(V_NOTIMPL);
    if (!v_is_array(y))
        return err_format(&Exc_TypeError, "can only append array (not \"%s\") to array", v_type_name(y));
    ArrayObject *a = as_array(x), *b = as_array(y);
    if (a->typecode != b->typecode) return err_format(&Exc_TypeError, "bad argument type for built-in operation");
    Value r = array_new_like(a, a->len + b->len);
    if (v_is_null(r)) return V_NULL;
    ArrayObject *c = as_array(r);
    memcpy(c->data, a->data, (size_t)(a->len * a->itemsize));
    memcpy(c->data + a->len * a->itemsize, b->data, (size_t)(b->len * a->itemsize));
    c->len = a->len + b->len;
    return r;
}

static Value array_inplace_concat(Value x, Value y) {
    if (!v_is_array(x)) return v_newref(V_NOTIMPL);
    if (!v_is_array(y))
        return err_format(&Exc_TypeError, "can only extend array with array (not \"%s\")", v_type_name(y));
    if (array_extend_iterable(as_array(x), y) < 0) return V_NULL;
    return v_newref(x);
}

static Value array_repeat_impl(Value x, Value y, bool inplace) {
    Value arr = v_is_array(x) ? x : y, cnt = v_is_array(x) ? y : x;
    if (!v_is_array(arr)) return v_newref(V_NOTIMPL);
    int64_t n;
    int r = seq_repeat_count(cnt, &n);
    if (r <= 0) return r < 0 ? V_NULL : v_newref(V_NOTIMPL);
    if (n < 0) n = 0;
    ArrayObject *a = as_array(arr);
    int64_t len = a->len;
    if (len && n > INT64_MAX / len / a->itemsize) return err_nomem();
    if (inplace) {
        if (array_reserve(a, len * n) < 0) return V_NULL;
        for (int64_t k = 1; k < n; k++)
            memcpy(a->data + k * len * a->itemsize, a->data, (size_t)(len * a->itemsize));
        a->len = len * n;
        return v_newref(arr);
    }
    Value res = array_new_like(a, len * n);
    if (v_is_null(res)) return V_NULL;
    ArrayObject *b = as_array(res);
    for (int64_t k = 0; k < n; k++)
        memcpy(b->data + k * len * a->itemsize, a->data, (size_t)(len * a->itemsize));
    b->len = len * n;
    return res;
}

static Value array_repeat(Value x, Value y) { return array_repeat_impl(x, y, false); }
static Value array_inplace_repeat(Value x, Value y) { return array_repeat_impl(x, y, true); }

static int array_contains(Value self, Value v) {
    ArrayObject *a = as_array(self);
    for (int64_t i = 0; i < a->len; i++) {
        Value x = array_get(a, i);
        if (v_is_null(x)) return -1;
        int eq = obj_eq(x, v);
        v_decref(x);
        if (eq) return eq;
    }
    return 0;
}

/* ---- iterator ------------------------------------------------------------------------ */

typedef struct {
    Object ob;
    Value arr;
    int64_t i;
} ArrayIterObject;

static Value array_iter(Value self) {
    ArrayIterObject *it = (ArrayIterObject *)obj_alloc(&ArrayIterType, sizeof(ArrayIterObject));
    if (!it) return V_NULL;
    it->arr = v_newref(self);
    it->i = 0;
    return v_from_obj(it);
}

static Value arrayiter_next(Value self) {
    ArrayIterObject *it = (ArrayIterObject *)v_as_obj(self);
    if (v_is_null(it->arr)) return V_NULL;
    ArrayObject *a = as_array(it->arr);
    if (it->i >= a->len) { v_clear(&it->arr); return V_NULL; }
    return array_get(a, it->i++);
}

static Value arrayiter_iter(Value self) { return v_newref(self); }

static void arrayiter_dealloc(Object *o) {
    v_clear(&((ArrayIterObject *)o)->arr);
    obj_free(o);
}

static TypeObject ArrayIterType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "array.arrayiterator",
    .basicsize = sizeof(ArrayIterObject),
    .dealloc = arrayiter_dealloc,
    .iter = arrayiter_iter,
    .iternext = arrayiter_next,
};

/* ---- methods ----------------------------------------------------------------------------------- */

static Value m_append(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("append", nargs, kwnames, 1, 1) < 0) return V_NULL;
    return array_append_value(as_array(self), args[0]) < 0 ? V_NULL : V_NONE;
}

static Value m_extend(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("extend", nargs, kwnames, 1, 1) < 0) return V_NULL;
    return array_extend_iterable(as_array(self), args[0]) < 0 ? V_NULL : V_NONE;
}

static Value m_fromlist(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("fromlist", nargs, kwnames, 1, 1) < 0) return V_NULL;
    if (!v_is_list(args[0])) return err_format(&Exc_TypeError, "arg must be list");
    ArrayObject *a = as_array(self);
    int64_t old = a->len;
    if (array_extend_iterable(a, args[0]) < 0) { a->len = old; return V_NULL; }
    return V_NONE;
}

static Value m_pop(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("pop", nargs, kwnames, 0, 1) < 0) return V_NULL;
    ArrayObject *a = as_array(self);
    int64_t i = -1;
    if (nargs && obj_as_index_i64(args[0], &i) < 0) return V_NULL;
    if (a->len == 0) return err_format(&Exc_IndexError, "pop from empty array");
    if (i < 0) i += a->len;
    if (i < 0 || i >= a->len) return err_format(&Exc_IndexError, "pop index out of range");
    Value x = array_get(a, i);
    if (v_is_null(x)) return V_NULL;
    memmove(a->data + i * a->itemsize, a->data + (i + 1) * a->itemsize, (size_t)((a->len - i - 1) * a->itemsize));
    a->len--;
    return x;
}

static Value m_insert(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("insert", nargs, kwnames, 2, 2) < 0) return V_NULL;
    ArrayObject *a = as_array(self);
    int64_t i;
    if (obj_as_index_i64(args[0], &i) < 0) return V_NULL;
    if (i < 0) { i += a->len; if (i < 0) i = 0; }
    if (i > a->len) i = a->len;
    if (array_reserve(a, a->len + 1) < 0) return V_NULL;
    char tmp[8];
    if (array_store(a->typecode, tmp, args[1]) < 0) return V_NULL;
    memmove(a->data + (i + 1) * a->itemsize, a->data + i * a->itemsize, (size_t)((a->len - i) * a->itemsize));
    memcpy(a->data + i * a->itemsize, tmp, (size_t)a->itemsize);
    a->len++;
    return V_NONE;
}

/* Index of the first item equal to v at or after start, -1 none, -2 error. */
static int64_t find_item(ArrayObject *a, Value v, int64_t start, int64_t stop) {
    for (int64_t i = start; i < stop && i < a->len; i++) {
        Value x = array_get(a, i);
        if (v_is_null(x)) return -2;
        int eq = obj_eq(x, v);
        v_decref(x);
        if (eq < 0) return -2;
        if (eq) return i;
    }
    return -1;
}

static Value m_index(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("index", nargs, kwnames, 1, 3) < 0) return V_NULL;
    ArrayObject *a = as_array(self);
    int64_t start = 0, stop = a->len;
    if (nargs > 1 && parse_slice_index(args[1], &start) < 0) return V_NULL;
    if (nargs > 2 && parse_slice_index(args[2], &stop) < 0) return V_NULL;
    adjust_indices(&start, &stop, a->len);
    int64_t i = find_item(a, args[0], start, stop);
    if (i == -2) return V_NULL;
    if (i < 0) return err_format(&Exc_ValueError, "array.index(x): x not in array");
    return v_from_smallint(i);
}

static Value m_remove(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("remove", nargs, kwnames, 1, 1) < 0) return V_NULL;
    ArrayObject *a = as_array(self);
    int64_t i = find_item(a, args[0], 0, a->len);
    if (i == -2) return V_NULL;
    if (i < 0) return err_format(&Exc_ValueError, "array.remove(x): x not in array");
    memmove(a->data + i * a->itemsize, a->data + (i + 1) * a->itemsize, (size_t)((a->len - i - 1) * a->itemsize));
    a->len--;
    return V_NONE;
}

static Value m_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("count", nargs, kwnames, 1, 1) < 0) return V_NULL;
    ArrayObject *a = as_array(self);
    int64_t n = 0;
    for (int64_t i = 0; i < a->len; i++) {
        Value x = array_get(a, i);
        if (v_is_null(x)) return V_NULL;
        int eq = obj_eq(x, args[0]);
        v_decref(x);
        if (eq < 0) return V_NULL;
        n += eq;
    }
    return v_from_smallint(n);
}

static Value m_reverse(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("reverse", nargs, kwnames, 0, 0) < 0) return V_NULL;
    ArrayObject *a = as_array(self);
    char tmp[8];
    int sz = a->itemsize;
    for (int64_t i = 0, j = a->len - 1; i < j; i++, j--) {
        memcpy(tmp, a->data + i * sz, (size_t)sz);
        memcpy(a->data + i * sz, a->data + j * sz, (size_t)sz);
        memcpy(a->data + j * sz, tmp, (size_t)sz);
    }
    return V_NONE;
}

static Value m_tolist(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("tolist", nargs, kwnames, 0, 0) < 0) return V_NULL;
    ArrayObject *a = as_array(self);
    Value l = list_new(a->len);
    if (v_is_null(l)) return V_NULL;
    for (int64_t i = 0; i < a->len; i++) {
        Value x = array_get(a, i);
        if (v_is_null(x) || list_append_steal(l, x) < 0) { v_decref(l); return V_NULL; }
    }
    return l;
}

static Value m_tobytes(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("tobytes", nargs, kwnames, 0, 0) < 0) return V_NULL;
    ArrayObject *a = as_array(self);
    return bytes_new(a->data ? a->data : "", (size_t)(a->len * a->itemsize));
}

static Value m_frombytes(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("frombytes", nargs, kwnames, 1, 1) < 0) return V_NULL;
    if (!v_is_bytes(args[0]))
        return err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(args[0]));
    BytesObject *b = (BytesObject *)v_as_obj(args[0]);
    return array_frombytes_raw(as_array(self), (const char *)b->data, b->size) < 0 ? V_NULL : V_NONE;
}

static Value m_tounicode(Value self, const Value *args, size_t nargs, Value kwnames) {
    ArrayObject *a = as_array(self);
    if (a->typecode != 'u') return err_format(&Exc_ValueError, "tounicode() may only be called on unicode type arrays");
    StrBuilder sb;
    sb_init(&sb);
    for (int64_t i = 0; i < a->len; i++) {
        char buf[4];
        int n = utf8_encode(((uint32_t *)a->data)[i], buf);
        sb_append(&sb, buf, (size_t)n);
    }
    return sb_finish(&sb);
}

static Value m_fromunicode(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("fromunicode", nargs, kwnames, 1, 1) < 0) return V_NULL;
    ArrayObject *a = as_array(self);
    if (a->typecode != 'u') return err_format(&Exc_ValueError, "fromunicode() may only be called on unicode type arrays");
    if (!v_is_str(args[0]))
        return err_format(&Exc_TypeError, "fromunicode() argument must be str, not %s", v_type_name(args[0]));
    return array_extend_iterable(a, args[0]) < 0 ? V_NULL : V_NONE;
}

static Value m_buffer_info(Value self, const Value *args, size_t nargs, Value kwnames) {
    ArrayObject *a = as_array(self);
    Value addr = int_from_u64((uint64_t)(uintptr_t)a->data);
    if (v_is_null(addr)) return V_NULL;
    Value t = tuple_pack(2, addr, v_from_smallint(a->len));
    v_decref(addr);
    return t;
}

static Value m_byteswap(Value self, const Value *args, size_t nargs, Value kwnames) {
    ArrayObject *a = as_array(self);
    for (int64_t i = 0; i < a->len; i++) {
        char *p = a->data + i * a->itemsize;
        for (int k = 0; k < a->itemsize / 2; k++) {
            char t = p[k];
            p[k] = p[a->itemsize - 1 - k];
            p[a->itemsize - 1 - k] = t;
        }
    }
    return V_NONE;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    ArrayObject *a = as_array(self);
    Value r = array_new_like(a, a->len);
    if (v_is_null(r)) return V_NULL;
    memcpy(as_array(r)->data, a->data, (size_t)(a->len * a->itemsize));
    as_array(r)->len = a->len;
    return r;
}

static Value get_typecode(Value self) { return str_printf("%c", as_array(self)->typecode); }
static Value get_itemsize(Value self) { return v_from_smallint(as_array(self)->itemsize); }

static const MethodDef array_methods[] = {
    {"append", m_append, 0, NULL},
    {"extend", m_extend, 0, NULL},
    {"fromlist", m_fromlist, 0, NULL},
    {"pop", m_pop, 0, NULL},
    {"insert", m_insert, 0, NULL},
    {"index", m_index, 0, NULL},
    {"remove", m_remove, 0, NULL},
    {"count", m_count, 0, NULL},
    {"reverse", m_reverse, 0, NULL},
    {"tolist", m_tolist, 0, NULL},
    {"tobytes", m_tobytes, 0, NULL},
    {"frombytes", m_frombytes, 0, NULL},
    {"tounicode", m_tounicode, 0, NULL},
    {"fromunicode", m_fromunicode, 0, NULL},
    {"buffer_info", m_buffer_info, 0, NULL},
    {"byteswap", m_byteswap, 0, NULL},
    {"__copy__", m_copy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef array_getset[] = {
    {"typecode", get_typecode, NULL},
    {"itemsize", get_itemsize, NULL},
    {NULL, NULL, NULL},
};

static TypeObject ArrayType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "array.array",
    .basicsize = sizeof(ArrayObject),
    .flags = TPFLAG_BASETYPE,
    .dealloc = array_dealloc,
    .repr = array_repr,
    .richcompare = array_richcompare,
    .len = array_len,
    .nb = {[NB_ADD] = array_concat, [NB_MULTIPLY] = array_repeat},
    .nb_inplace = {[NB_ADD] = array_inplace_concat, [NB_MULTIPLY] = array_inplace_repeat},
    .getitem = array_getitem,
    .setitem = array_setitem,
    .contains = array_contains,
    .iter = array_iter,
    .construct = array_construct,
    .methods = array_methods,
    .getset = array_getset,
};

Value module_init_array(void) {
    Value m = mod_create("array", NULL);
    if (v_is_null(m)) return V_NULL;
    if (mod_add_type(m, "array", &ArrayType) < 0 || mod_add_type(m, "ArrayType", &ArrayType) < 0 ||
        type_ready(&ArrayIterType) < 0) {
        v_decref(m);
        return V_NULL;
    }
    Value tc = str_from_cstr("bBuhHiIlLqQfd");
    if (v_is_null(tc) || dict_set_cstr(module_dict(m), "typecodes", tc) < 0) {
        v_decref(tc);
        v_decref(m);
        return V_NULL;
    }
    v_decref(tc);
    return m;
}

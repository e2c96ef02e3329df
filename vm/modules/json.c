/* json.c: the _json accelerator used by lib/json (CPython's _json):
 * scanstring, make_scanner (a scan_once whose whole recursive descent runs
 * in C), encode_basestring(_ascii) and make_encoder (a one-shot encoder
 * returning the whole document as a single chunk).
 *
 * Positions: coil strs are UTF-8 indexed by code point. The parsers work on
 * byte offsets and convert at the boundary (entry index, returned end,
 * error positions), so ASCII documents never pay for conversion and others
 * pay one linear walk per call, not per token.
 *
 * Errors are lib/json's JSONDecodeError (decoder.py stores the class in
 * this module as JSONDecodeError), with the messages and positions of
 * CPython's C scanner. */
#include <math.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../eval.h"
#include "../floatobject.h"
#include "../int.h"
#include "../list.h"

static Value json_module;   /* borrowed: modules are kept by sys.modules */

/* ---- positions ------------------------------------------------------------- */

static int64_t byte_to_cp(Value s, int64_t off) {
    if (v_as_str(s)->is_ascii) return off;
    const unsigned char *p = (const unsigned char *)str_data(s);
    int64_t n = 0;
    for (int64_t i = 0; i < off; i++) n += (p[i] & 0xC0) != 0x80;
    return n;
}

/* cp must be in [0, len]. */
static int64_t cp_to_byte(Value s, int64_t cp) {
    if (v_as_str(s)->is_ascii) return cp;
    const unsigned char *p = (const unsigned char *)str_data(s);
    int64_t nb = str_nbytes(s), i = 0;
    while (cp > 0 && i < nb) {
        i++;
        while (i < nb && (p[i] & 0xC0) == 0x80) i++;
        cp--;
    }
    return i;
}

/* Raises JSONDecodeError(msg, doc, pos) with pos a byte offset. V_NULL. */
static Value raise_errmsg(const char *msg, Value doc, int64_t boff) {
    int64_t pos = byte_to_cp(doc, boff);
    Value cls = json_module ? dict_get_cstr(module_dict(json_module), "JSONDecodeError") : V_NULL;
    if (v_is_null(cls)) return err_format(&Exc_ValueError, "%s (char %lld)", msg, (long long)pos);
    Value args[3];
    args[0] = str_from_cstr(msg);
    if (v_is_null(args[0])) return V_NULL;
    args[1] = doc;
    args[2] = int_from_i64(pos);
    Value exc = obj_call(cls, args, 3, V_NULL);
    v_decref(args[0]);
    v_decref(args[2]);
    if (v_is_null(exc)) return V_NULL;
    return err_set_object(exc);
}

static Value raise_stop(Value doc, int64_t boff) {
    Value i = int_from_i64(byte_to_cp(doc, boff));
    if (v_is_null(i)) return V_NULL;
    err_set_value(&Exc_StopIteration, i);
    v_decref(i);
    return V_NULL;
}

/* ---- decoding -------------------------------------------------------------- */

typedef struct {
    Value doc;
    const char *p;
    int64_t n;                 /* bytes */
    bool strict;
    Value object_hook, pairs_hook, parse_float, parse_int, parse_constant;  /* V_NONE: absent */
    int64_t stop_at;           /* >= 0: no value at this offset (StopIteration for the caller) */
} Dec;

static inline bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Four hex digits at p[i..i+4); -1 if not. */
static int32_t hex4(const char *p, int64_t i) {
    int32_t v = 0;
    for (int k = 0; k < 4; k++) {
        int h = hexval(p[i + k]);
        if (h < 0) return -1;
        v = (v << 4) | h;
    }
    return v;
}

/* The string whose opening quote is at begin-1; content starts at `end`.
 * Sets *next to the byte after the closing quote. New reference. */
static Value scanstring_bytes(Value doc, const char *p, int64_t n, int64_t end, bool strict, int64_t *next) {
    int64_t begin = end - 1;
    int64_t i = end;
    /* Fast path: no escapes (the common case) is a single copy. */
    while (i < n) {
        unsigned char c = (unsigned char)p[i];
        if (c == '"' || c == '\\' || c < 0x20) break;
        i++;
    }
    if (i < n && p[i] == '"') {
        *next = i + 1;
        return str_new(p + end, (size_t)(i - end));
    }
    StrBuilder sb;
    sb_init(&sb);
    sb_append(&sb, p + end, (size_t)(i - end));
    for (;;) {
        int64_t start = i;
        while (i < n) {
            unsigned char c = (unsigned char)p[i];
            if (c == '"' || c == '\\') break;
            if (c < 0x20) {
                if (strict) {
                    sb_discard(&sb);
                    return raise_errmsg("Invalid control character at", doc, i);
                }
            }
            i++;
        }
        sb_append(&sb, p + start, (size_t)(i - start));
        if (i >= n) {
            sb_discard(&sb);
            return raise_errmsg("Unterminated string starting at", doc, begin);
        }
        if (p[i] == '"') { i++; break; }
        /* backslash at i */
        i++;
        if (i >= n) {
            sb_discard(&sb);
            return raise_errmsg("Unterminated string starting at", doc, begin);
        }
        char c = p[i];
        if (c != 'u') {
            char out;
            switch (c) {
            case '"': out = '"'; break;
            case '\\': out = '\\'; break;
            case '/': out = '/'; break;
            case 'b': out = '\b'; break;
            case 'f': out = '\f'; break;
            case 'n': out = '\n'; break;
            case 'r': out = '\r'; break;
            case 't': out = '\t'; break;
            default:
                sb_discard(&sb);
                return raise_errmsg("Invalid \\escape", doc, i - 1);
            }
            sb_append_char(&sb, out);
            i++;
            continue;
        }
        /* \uXXXX: i at 'u'. CPython reports the backslash's position. */
        i++;
        if (i + 4 > n) {
            sb_discard(&sb);
            return raise_errmsg("Invalid \\uXXXX escape", doc, i - 1);
        }
        int32_t cp = hex4(p, i);
        if (cp < 0) {
            sb_discard(&sb);
            return raise_errmsg("Invalid \\uXXXX escape", doc, i - 1);
        }
        i += 4;
        if (cp >= 0xd800 && cp <= 0xdbff && i + 6 <= n && p[i] == '\\' && p[i + 1] == 'u') {
            int32_t c2 = hex4(p, i + 2);
            if (c2 < 0) {
                sb_discard(&sb);
                return raise_errmsg("Invalid \\uXXXX escape", doc, i + 1);
            }
            if (c2 >= 0xdc00 && c2 <= 0xdfff) {
                cp = 0x10000 + (((cp - 0xd800) << 10) | (c2 - 0xdc00));
                i += 6;
            }
        }
        char buf[4];
        int k = utf8_encode((uint32_t)cp, buf);
        sb_append(&sb, buf, (size_t)k);
    }
    *next = i;
    return sb_finish(&sb);
}

static Value scan_value(Dec *d, int64_t idx, int64_t *next);

static inline int64_t skip_ws(const Dec *d, int64_t i) {
    while (i < d->n && is_ws(d->p[i])) i++;
    return i;
}

/* A value was expected at i and none is there: nested, that is CPython's
 * "Expecting value"; scan_value reports it to its top-level caller. */
static Value parse_object(Dec *d, int64_t idx, int64_t *next) {
    const char *p = d->p;
    bool pairs = d->pairs_hook != V_NONE;
    Value acc = pairs ? list_new(0) : dict_new();
    if (v_is_null(acc)) return V_NULL;
    idx = skip_ws(d, idx);
    if (idx >= d->n || p[idx] != '}') {
        for (;;) {
            if (idx >= d->n || p[idx] != '"') {
                raise_errmsg("Expecting property name enclosed in double quotes", d->doc, idx);
                goto fail;
            }
            int64_t nx;
            Value key = scanstring_bytes(d->doc, p, d->n, idx + 1, d->strict, &nx);
            if (v_is_null(key)) goto fail;
            idx = skip_ws(d, nx);
            if (idx >= d->n || p[idx] != ':') {
                v_decref(key);
                raise_errmsg("Expecting ':' delimiter", d->doc, idx);
                goto fail;
            }
            idx = skip_ws(d, idx + 1);
            Value val = scan_value(d, idx, &nx);
            if (v_is_null(val)) {
                v_decref(key);
                if (d->stop_at >= 0) {
                    raise_errmsg("Expecting value", d->doc, d->stop_at);
                    d->stop_at = -1;
                }
                goto fail;
            }
            int r;
            if (pairs) {
                Value t = tuple_new(2);
                if (v_is_null(t)) { v_decref(key); v_decref(val); goto fail; }
                tuple_items(t)[0] = key;
                tuple_items(t)[1] = val;
                r = list_append_steal(acc, t);
            } else {
                r = dict_set(acc, key, val);
                v_decref(key);
                v_decref(val);
            }
            if (r < 0) goto fail;
            idx = skip_ws(d, nx);
            if (idx < d->n && p[idx] == '}') break;
            if (idx >= d->n || p[idx] != ',') {
                raise_errmsg("Expecting ',' delimiter", d->doc, idx);
                goto fail;
            }
            idx = skip_ws(d, idx + 1);
        }
    }
    *next = idx + 1;
    if (pairs) {
        Value r = obj_call1(d->pairs_hook, acc);
        v_decref(acc);
        return r;
    }
    if (d->object_hook != V_NONE) {
        Value r = obj_call1(d->object_hook, acc);
        v_decref(acc);
        return r;
    }
    return acc;
fail:
    v_decref(acc);
    return V_NULL;
}

static Value parse_array(Dec *d, int64_t idx, int64_t *next) {
    const char *p = d->p;
    Value acc = list_new(0);
    if (v_is_null(acc)) return V_NULL;
    idx = skip_ws(d, idx);
    if (idx >= d->n || p[idx] != ']') {
        for (;;) {
            int64_t nx;
            Value val = scan_value(d, idx, &nx);
            if (v_is_null(val)) {
                if (d->stop_at >= 0) {
                    raise_errmsg("Expecting value", d->doc, d->stop_at);
                    d->stop_at = -1;
                }
                goto fail;
            }
            if (list_append_steal(acc, val) < 0) goto fail;
            idx = skip_ws(d, nx);
            if (idx < d->n && p[idx] == ']') break;
            if (idx >= d->n || p[idx] != ',') {
                raise_errmsg("Expecting ',' delimiter", d->doc, idx);
                goto fail;
            }
            idx = skip_ws(d, idx + 1);
        }
    }
    *next = idx + 1;
    return acc;
fail:
    v_decref(acc);
    return V_NULL;
}

static Value call_with_substr(Value fn, const char *s, int64_t n) {
    Value str = str_new(s, (size_t)n);
    if (v_is_null(str)) return V_NULL;
    Value r = obj_call1(fn, str);
    v_decref(str);
    return r;
}

static Value parse_number(Dec *d, int64_t start, int64_t *next) {
    const char *p = d->p;
    int64_t n = d->n, i = start;
    if (p[i] == '-') {
        i++;
        if (i >= n) { d->stop_at = start; return V_NULL; }
    }
    if (p[i] >= '1' && p[i] <= '9') {
        i++;
        while (i < n && p[i] >= '0' && p[i] <= '9') i++;
    } else if (p[i] == '0') {
        i++;
    } else {
        d->stop_at = start;
        return V_NULL;
    }
    bool is_float = false;
    if (i + 1 < n && p[i] == '.' && p[i + 1] >= '0' && p[i + 1] <= '9') {
        is_float = true;
        i += 2;
        while (i < n && p[i] >= '0' && p[i] <= '9') i++;
    }
    if (i < n && (p[i] == 'e' || p[i] == 'E')) {
        int64_t e_start = i;
        i++;
        if (i < n && (p[i] == '-' || p[i] == '+')) i++;
        int64_t ds = i;
        while (i < n && p[i] >= '0' && p[i] <= '9') i++;
        if (i > ds) is_float = true;
        else i = e_start;
    }
    *next = i;
    int64_t len = i - start;
    if (is_float) {
        if (d->parse_float != v_from_obj(&FloatType)) return call_with_substr(d->parse_float, p + start, len);
        return float_from_string(p + start, (size_t)len);
    }
    if (d->parse_int != v_from_obj(&IntType)) return call_with_substr(d->parse_int, p + start, len);
    if (len <= 15) {
        /* Fits a small int: no string, no allocation. */
        int64_t k = start, v = 0;
        bool neg = p[k] == '-';
        if (neg) k++;
        for (; k < i; k++) v = v * 10 + (p[k] - '0');
        return v_from_smallint(neg ? -v : v);
    }
    return int_from_string(p + start, (size_t)len, 10);
}

static Value call_constant(Dec *d, const char *name) {
    Value s = str_from_cstr(name);
    if (v_is_null(s)) return V_NULL;
    Value r = obj_call1(d->parse_constant, s);
    v_decref(s);
    return r;
}

/* One JSON value at byte offset idx. On "no value here" returns V_NULL with
 * no exception and d->stop_at set (the caller words it). */
static Value scan_value(Dec *d, int64_t idx, int64_t *next) {
    const char *p = d->p;
    int64_t n = d->n;
    if (idx >= n) { d->stop_at = idx; return V_NULL; }
    switch (p[idx]) {
    case '"':
        return scanstring_bytes(d->doc, p, n, idx + 1, d->strict, next);
    case '{': {
        if (eval_enter_recursive_call(" while decoding a JSON object from a unicode string") < 0) return V_NULL;
        Value r = parse_object(d, idx + 1, next);
        eval_leave_recursive_call();
        return r;
    }
    case '[': {
        if (eval_enter_recursive_call(" while decoding a JSON array from a unicode string") < 0) return V_NULL;
        Value r = parse_array(d, idx + 1, next);
        eval_leave_recursive_call();
        return r;
    }
    case 'n':
        if (idx + 4 <= n && !memcmp(p + idx, "null", 4)) { *next = idx + 4; return V_NONE; }
        break;
    case 't':
        if (idx + 4 <= n && !memcmp(p + idx, "true", 4)) { *next = idx + 4; return V_TRUE; }
        break;
    case 'f':
        if (idx + 5 <= n && !memcmp(p + idx, "false", 5)) { *next = idx + 5; return V_FALSE; }
        break;
    case 'N':
        if (idx + 3 <= n && !memcmp(p + idx, "NaN", 3)) { *next = idx + 3; return call_constant(d, "NaN"); }
        break;
    case 'I':
        if (idx + 8 <= n && !memcmp(p + idx, "Infinity", 8)) { *next = idx + 8; return call_constant(d, "Infinity"); }
        break;
    case '-':
        if (idx + 9 <= n && !memcmp(p + idx, "-Infinity", 9)) { *next = idx + 9; return call_constant(d, "-Infinity"); }
        break;
    default:
        break;
    }
    return parse_number(d, idx, next);
}

/* scanstring(s, end, strict=True) -> (str, end) */
static Value json_scanstring(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"s", "end", "strict"};
    Value v[3];
    if (args_parse("scanstring", args, nargs, kwnames, names, 3, 3, 2, v) < 0) return V_NULL;
    if (!v_is_str(v[0])) return err_format(&Exc_TypeError, "first argument must be a string, not %s", v_type(v[0])->name);
    int64_t end;
    if (obj_as_index_i64(v[1], &end) < 0) return V_NULL;
    bool strict = true;
    if (!v_is_null(v[2])) {
        int t = obj_truthy(v[2]);
        if (t < 0) return V_NULL;
        strict = t;
    }
    if (end < 0 || end > str_len(v[0])) return err_format(&Exc_ValueError, "end is out of bounds");
    int64_t b = cp_to_byte(v[0], end), nx;
    Value s = scanstring_bytes(v[0], str_data(v[0]), str_nbytes(v[0]), b, strict, &nx);
    if (v_is_null(s)) return V_NULL;
    Value e = int_from_i64(byte_to_cp(v[0], nx));
    Value t = tuple_new(2);
    tuple_items(t)[0] = s;
    tuple_items(t)[1] = e;
    return t;
}

/* The scanner's self: a tuple (strict, object_hook, object_pairs_hook,
 * parse_float, parse_int, parse_constant) read from the context once. */
static Value scanner_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("scan_once", nargs, kwnames, 2, 2) < 0) return V_NULL;
    Value s = args[0];
    if (!v_is_str(s)) return err_format(&Exc_TypeError, "first argument must be a string, not %s", v_type(s)->name);
    int64_t idx;
    if (obj_as_index_i64(args[1], &idx) < 0) return V_NULL;
    if (idx < 0) return err_format(&Exc_ValueError, "idx cannot be negative");
    Value *c = tuple_items(self);
    Dec d = {
        .doc = s, .p = str_data(s), .n = str_nbytes(s), .strict = c[0] == V_TRUE,
        .object_hook = c[1], .pairs_hook = c[2], .parse_float = c[3], .parse_int = c[4],
        .parse_constant = c[5], .stop_at = -1,
    };
    if (idx >= str_len(s)) {
        /* past the end: StopIteration(idx) as given (no byte offset exists) */
        Value i = int_from_i64(idx);
        if (!v_is_null(i)) { err_set_value(&Exc_StopIteration, i); v_decref(i); }
        return V_NULL;
    }
    int64_t nx;
    Value r = scan_value(&d, cp_to_byte(s, idx), &nx);
    if (v_is_null(r)) {
        if (d.stop_at >= 0) return raise_stop(s, d.stop_at);
        return V_NULL;
    }
    Value e = int_from_i64(byte_to_cp(s, nx));
    Value t = tuple_new(2);
    tuple_items(t)[0] = r;
    tuple_items(t)[1] = e;
    return t;
}

static Value json_make_scanner(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (args_check_positional("make_scanner", nargs, kwnames, 1, 1) < 0) return V_NULL;
    static const char *const attrs[] = {"strict", "object_hook", "object_pairs_hook",
                                        "parse_float", "parse_int", "parse_constant"};
    Value t = tuple_new(6);
    if (v_is_null(t)) return V_NULL;
    for (int i = 0; i < 6; i++) tuple_items(t)[i] = V_NONE;
    for (int i = 0; i < 6; i++) {
        Value a = obj_getattr_cstr(args[0], attrs[i]);
        if (v_is_null(a)) { v_decref(t); return V_NULL; }
        if (i == 0) {
            int tr = obj_truthy(a);
            v_decref(a);
            if (tr < 0) { v_decref(t); return V_NULL; }
            a = v_from_bool(tr);
        }
        tuple_items(t)[i] = a;
    }
    Value f = cfunc_new("scan_once", scanner_call, t);
    v_decref(t);
    return f;
}

/* ---- encoding -------------------------------------------------------------- */

static const char hexdig[] = "0123456789abcdef";

static void esc_u(StrBuilder *sb, uint32_t c) {
    char b[6] = {'\\', 'u', hexdig[(c >> 12) & 15], hexdig[(c >> 8) & 15], hexdig[(c >> 4) & 15], hexdig[c & 15]};
    sb_append(sb, b, 6);
}

/* Appends the quoted JSON form of str s. */
static void encode_str(StrBuilder *sb, Value s, bool ascii) {
    const unsigned char *p = (const unsigned char *)str_data(s);
    int64_t n = str_nbytes(s), i = 0;
    sb_append_char(sb, '"');
    while (i < n) {
        int64_t start = i;
        while (i < n && p[i] >= 0x20 && p[i] != '"' && p[i] != '\\' && (!ascii || p[i] < 0x7f)) i++;
        sb_append(sb, (const char *)p + start, (size_t)(i - start));
        if (i >= n) break;
        unsigned char c = p[i];
        switch (c) {
        case '"': sb_append(sb, "\\\"", 2); i++; continue;
        case '\\': sb_append(sb, "\\\\", 2); i++; continue;
        case '\b': sb_append(sb, "\\b", 2); i++; continue;
        case '\f': sb_append(sb, "\\f", 2); i++; continue;
        case '\n': sb_append(sb, "\\n", 2); i++; continue;
        case '\r': sb_append(sb, "\\r", 2); i++; continue;
        case '\t': sb_append(sb, "\\t", 2); i++; continue;
        default: break;
        }
        if (c < 0x20 || c == 0x7f) { esc_u(sb, c); i++; continue; }
        /* non-ASCII under ensure_ascii */
        int len;
        uint32_t cp = utf8_decode((const char *)p + i, &len);
        i += len;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            esc_u(sb, 0xd800 | ((cp >> 10) & 0x3ff));
            esc_u(sb, 0xdc00 | (cp & 0x3ff));
        } else {
            esc_u(sb, cp);
        }
    }
    sb_append_char(sb, '"');
}

static Value json_encode_basestring_ascii(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (args_check_positional("encode_basestring_ascii", nargs, kwnames, 1, 1) < 0) return V_NULL;
    if (!obj_isinstance_type(args[0], &StrType))
        return err_format(&Exc_TypeError, "first argument must be a string, not %s", v_type(args[0])->name);
    StrBuilder sb;
    sb_init(&sb);
    encode_str(&sb, args[0], true);
    return sb_finish(&sb);
}

static Value json_encode_basestring(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (args_check_positional("encode_basestring", nargs, kwnames, 1, 1) < 0) return V_NULL;
    if (!obj_isinstance_type(args[0], &StrType))
        return err_format(&Exc_TypeError, "first argument must be a string, not %s", v_type(args[0])->name);
    StrBuilder sb;
    sb_init(&sb);
    encode_str(&sb, args[0], false);
    return sb_finish(&sb);
}

enum { ENC_MARKERS, ENC_DEFAULT, ENC_ENCODER, ENC_INDENT, ENC_KEYSEP, ENC_ITEMSEP,
       ENC_SORT, ENC_SKIP, ENC_ALLOWNAN, ENC_NFIELDS };

typedef struct {
    StrBuilder sb;
    Value dflt, encoder, indent, keysep, itemsep;   /* indent: V_NONE or str */
    bool sort, skip, allow_nan, circ;
    int fast_str;          /* 1 ascii, 2 non-ascii, 0 call encoder */
    Object **stack;        /* containers being encoded (the circular check) */
    int64_t depth, cap;
} Enc;

static int enc_str(Enc *e, Value s) {
    if (e->fast_str) {
        encode_str(&e->sb, s, e->fast_str == 1);
        return 0;
    }
    Value r = obj_call1(e->encoder, s);
    if (v_is_null(r)) return -1;
    if (!v_is_str(r)) {
        err_format(&Exc_TypeError, "encoder() must return a string, not %s", v_type(r)->name);
        v_decref(r);
        return -1;
    }
    sb_append_str(&e->sb, r);
    v_decref(r);
    return 0;
}

static int enc_float(Enc *e, double d) {
    if (!isfinite(d)) {
        if (!e->allow_nan) {
            err_format(&Exc_ValueError, "Out of range float values are not JSON compliant");
            return -1;
        }
        sb_append_cstr(&e->sb, isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        return 0;
    }
    char buf[40];
    size_t n = float_repr_buf(d, buf);
    sb_append(&e->sb, buf, n);
    return 0;
}

static int enc_int(Enc *e, Value v) {
    if (v_is_smallint(v)) {
        char buf[24];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)v_as_smallint(v));
        sb_append(&e->sb, buf, (size_t)n);
        return 0;
    }
    Value r = int_repr(v);
    if (v_is_null(r)) return -1;
    sb_append_str(&e->sb, r);
    v_decref(r);
    return 0;
}

static int enc_push(Enc *e, Value o) {
    if (!e->circ) return 0;
    Object *ob = v_as_obj(o);
    for (int64_t i = 0; i < e->depth; i++)
        if (e->stack[i] == ob) {
            err_format(&Exc_ValueError, "Circular reference detected");
            return -1;
        }
    if (e->depth == e->cap) {
        int64_t nc = e->cap ? e->cap * 2 : 32;
        Object **ns = realloc(e->stack, (size_t)nc * sizeof *ns);
        if (!ns) { err_nomem(); return -1; }
        e->stack = ns;
        e->cap = nc;
    }
    e->stack[e->depth++] = ob;
    return 0;
}

static inline void enc_pop(Enc *e) {
    if (e->circ) e->depth--;
}

static void enc_newline(Enc *e, int64_t level) {
    sb_append_char(&e->sb, '\n');
    for (int64_t i = 0; i < level; i++) sb_append_str(&e->sb, e->indent);
}

static int enc_value(Enc *e, Value o, int64_t level);

static int enc_list(Enc *e, Value seq, int64_t level) {
    /* exact list/tuple read in place; subclasses of list/tuple through a list copy */
    Value items = V_NULL;
    const Value *a;
    int64_t n;
    if (v_is_list(seq)) { a = list_items(seq); n = list_size(seq); }
    else if (v_is_tuple(seq)) { a = tuple_items(seq); n = tuple_size(seq); }
    else {
        items = list_from_iterable(seq);
        if (v_is_null(items)) return -1;
        a = list_items(items); n = list_size(items);
    }
    if (n == 0) {
        if (!v_is_null(items)) v_decref(items);
        sb_append(&e->sb, "[]", 2);
        return 0;
    }
    if (enc_push(e, seq) < 0) { v_decref(items); return -1; }
    if (eval_enter_recursive_call(" while encoding a JSON object") < 0) { enc_pop(e); v_decref(items); return -1; }
    int rc = 0;
    sb_append_char(&e->sb, '[');
    bool ind = e->indent != V_NONE;
    if (ind) enc_newline(e, ++level);
    bool live = v_is_null(items) && v_is_list(seq);   /* re-read: default() may mutate it */
    for (int64_t i = 0; live ? i < list_size(seq) : i < n; i++) {
        if (i) {
            sb_append_str(&e->sb, e->itemsep);
            if (ind) enc_newline(e, level);
        }
        Value v = live ? list_items(seq)[i] : a[i];
        v_incref(v);
        rc = enc_value(e, v, level);
        v_decref(v);
        if (rc < 0) break;
    }
    if (rc == 0) {
        if (ind) enc_newline(e, level - 1);
        sb_append_char(&e->sb, ']');
    }
    eval_leave_recursive_call();
    enc_pop(e);
    v_decref(items);
    return rc;
}

/* Appends a dict key in its JSON form; 1 when the key is skipped. */
static int enc_key(Enc *e, Value k) {
    if (v_is_str(k) || (v_is_ptr(k) && obj_isinstance_type(k, &StrType))) return enc_str(e, k);
    if (v_is_float(k) || obj_isinstance_type(k, &FloatType)) {
        double d;
        float_coerce(k, &d);
        /* keys are quoted: build the float text, then quote it */
        StrBuilder save = e->sb;
        sb_init(&e->sb);
        int r = enc_float(e, d);
        Value t = sb_finish(&e->sb);
        e->sb = save;
        if (r < 0) { v_decref(t); return -1; }
        if (v_is_null(t)) return -1;
        r = enc_str(e, t);
        v_decref(t);
        return r;
    }
    if (k == V_TRUE) { sb_append_cstr(&e->sb, "\"true\""); return 0; }
    if (k == V_FALSE) { sb_append_cstr(&e->sb, "\"false\""); return 0; }
    if (k == V_NONE) { sb_append_cstr(&e->sb, "\"null\""); return 0; }
    if (v_is_smallint(k) || obj_isinstance_type(k, &IntType)) {
        Value t = int_repr(k);
        if (v_is_null(t)) return -1;
        int r = enc_str(e, t);
        v_decref(t);
        return r;
    }
    if (e->skip) return 1;
    err_format(&Exc_TypeError, "keys must be str, int, float, bool or None, not %s", v_type(k)->name);
    return -1;
}

static int enc_dict(Enc *e, Value dct, int64_t level) {
    if (v_is_dict(dct) ? dict_size(dct) == 0 : obj_len(dct) == 0) {
        if (err_occurred()) return -1;
        sb_append(&e->sb, "{}", 2);
        return 0;
    }
    if (enc_push(e, dct) < 0) return -1;
    if (eval_enter_recursive_call(" while encoding a JSON object") < 0) { enc_pop(e); return -1; }
    /* A list of (key, value) pairs: dict iteration must not see mutation by
     * default() or __repr__ hooks, and sort_keys sorts the pairs as CPython. */
    Value items;
    if (v_is_dict(dct)) items = dict_items_list(dct);
    else {
        Value it = obj_call_method(dct, "items", NULL, 0);
        items = v_is_null(it) ? V_NULL : list_from_iterable(it);
        if (!v_is_null(it)) v_decref(it);
    }
    int rc = -1;
    if (v_is_null(items)) goto out;
    if (e->sort && list_sort(items, V_NULL, false) < 0) goto out_items;
    sb_append_char(&e->sb, '{');
    bool ind = e->indent != V_NONE;
    if (ind) enc_newline(e, ++level);
    bool first = true;
    rc = 0;
    for (int64_t i = 0; i < list_size(items); i++) {
        Value pair = list_items(items)[i];
        Value kv[2];
        if (v_is_tuple(pair) && tuple_size(pair) == 2) { kv[0] = tuple_items(pair)[0]; kv[1] = tuple_items(pair)[1]; }
        else { err_format(&Exc_ValueError, "items must return 2-tuples"); rc = -1; break; }
        size_t mark = e->sb.len;
        if (!first) {
            sb_append_str(&e->sb, e->itemsep);
            if (ind) enc_newline(e, level);
        }
        int r = enc_key(e, kv[0]);
        if (r < 0) { rc = -1; break; }
        if (r == 1) { e->sb.len = mark; continue; }
        first = false;
        sb_append_str(&e->sb, e->keysep);
        if (enc_value(e, kv[1], level) < 0) { rc = -1; break; }
    }
    if (rc == 0) {
        if (ind) enc_newline(e, level - 1);
        sb_append_char(&e->sb, '}');
    }
out_items:
    v_decref(items);
out:
    eval_leave_recursive_call();
    enc_pop(e);
    return rc;
}

static int enc_value(Enc *e, Value o, int64_t level) {
    if (v_is_float(o)) return enc_float(e, v_as_float(o));
    if (v_is_smallint(o)) return enc_int(e, o);
    if (o == V_NONE) { sb_append(&e->sb, "null", 4); return 0; }
    if (o == V_TRUE) { sb_append(&e->sb, "true", 4); return 0; }
    if (o == V_FALSE) { sb_append(&e->sb, "false", 5); return 0; }
    if (!v_is_ptr(o)) goto other;
    TypeObject *t = v_as_obj(o)->type;
    if (t == &StrType) return enc_str(e, o);
    if (t == &ListType || t == &TupleType) return enc_list(e, o, level);
    if (t == &DictType) return enc_dict(e, o, level);
    if (t == &IntType) return enc_int(e, o);
    if (obj_isinstance_type(o, &StrType)) return enc_str(e, o);
    if (obj_isinstance_type(o, &IntType)) return enc_int(e, o);
    if (obj_isinstance_type(o, &FloatType)) {
        double d;
        float_coerce(o, &d);
        return enc_float(e, d);
    }
    if (obj_isinstance_type(o, &ListType) || obj_isinstance_type(o, &TupleType)) return enc_list(e, o, level);
    if (obj_isinstance_type(o, &DictType)) return enc_dict(e, o, level);
other:;
    /* default(o), with o on the marker stack while its replacement encodes */
    bool pushed = v_is_ptr(o);
    if (pushed && enc_push(e, o) < 0) return -1;
    Value nv = obj_call1(e->dflt, o);
    int rc = -1;
    if (!v_is_null(nv)) {
        if (eval_enter_recursive_call(" while encoding a JSON object") == 0) {
            rc = enc_value(e, nv, level);
            eval_leave_recursive_call();
        }
        v_decref(nv);
    }
    if (pushed) enc_pop(e);
    return rc;
}

/* encoder(o, _current_indent_level) -> [text] */
static Value encoder_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("_iterencode", nargs, kwnames, 2, 2) < 0) return V_NULL;
    Value *f = tuple_items(self);
    int64_t level;
    if (obj_as_index_i64(args[1], &level) < 0) return V_NULL;
    Enc e = {
        .dflt = f[ENC_DEFAULT], .encoder = f[ENC_ENCODER], .indent = f[ENC_INDENT],
        .keysep = f[ENC_KEYSEP], .itemsep = f[ENC_ITEMSEP], .sort = f[ENC_SORT] == V_TRUE,
        .skip = f[ENC_SKIP] == V_TRUE, .allow_nan = f[ENC_ALLOWNAN] == V_TRUE,
        .circ = f[ENC_MARKERS] != V_NONE,
    };
    Value fn_ascii = dict_get_cstr(module_dict(json_module), "encode_basestring_ascii");
    Value fn_plain = dict_get_cstr(module_dict(json_module), "encode_basestring");
    e.fast_str = e.encoder == fn_ascii ? 1 : e.encoder == fn_plain ? 2 : 0;
    sb_init(&e.sb);
    int rc = enc_value(&e, args[0], level);
    free(e.stack);
    if (rc < 0) { sb_discard(&e.sb); return V_NULL; }
    Value s = sb_finish(&e.sb);
    if (v_is_null(s)) return V_NULL;
    return list_from_array_steal(&s, 1);
}

/* make_encoder(markers, default, encoder, indent, key_separator,
 * item_separator, sort_keys, skipkeys, allow_nan): indent is None or a str. */
static Value json_make_encoder(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (args_check_positional("make_encoder", nargs, kwnames, ENC_NFIELDS, ENC_NFIELDS) < 0) return V_NULL;
    if (!v_is_str(args[ENC_KEYSEP]) || !v_is_str(args[ENC_ITEMSEP]))
        return err_format(&Exc_TypeError, "make_encoder() argument 5 must be str");
    if (args[ENC_INDENT] != V_NONE && !v_is_str(args[ENC_INDENT]))
        return err_format(&Exc_TypeError, "make_encoder() argument 4 must be str or None");
    Value t = tuple_new(ENC_NFIELDS);
    if (v_is_null(t)) return V_NULL;
    for (int i = 0; i < ENC_NFIELDS; i++) tuple_items(t)[i] = V_NONE;
    for (int i = 0; i < ENC_NFIELDS; i++) {
        Value v = args[i];
        if (i == ENC_SORT || i == ENC_SKIP || i == ENC_ALLOWNAN) {
            int tr = obj_truthy(v);
            if (tr < 0) { v_decref(t); return V_NULL; }
            v = v_from_bool(tr);
        }
        tuple_items(t)[i] = v_newref(v);
    }
    Value f = cfunc_new("_iterencode", encoder_call, t);
    v_decref(t);
    return f;
}

static const MethodDef json_methods[] = {
    {"scanstring", json_scanstring, 0, NULL},
    {"make_scanner", json_make_scanner, 0, NULL},
    {"make_encoder", json_make_encoder, 0, NULL},
    {"encode_basestring_ascii", json_encode_basestring_ascii, 0, NULL},
    {"encode_basestring", json_encode_basestring, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value module_init_json(void) {
    Value m = mod_create("_json", json_methods);
    if (v_is_null(m)) return V_NULL;
    json_module = m;
    return m;
}

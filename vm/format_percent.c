/* format_percent.c: printf-style formatting, str % args and bytes % args,
 * following CPython 3.11's PyUnicode_Format / _PyBytes_FormatEx.
 *
 * One engine serves both: the format is scanned as bytes (every syntax
 * character is ASCII); in str mode widths and precisions count code
 * points, in bytes mode bytes. Numbers are produced by the helpers shared
 * with format.c (fmt_int_text, fmt_double_text), so the digits are the
 * same as format()'s.
 *
 * Argument consumption mirrors CPython's counters exactly, since the
 * error cases depend on them: for a tuple, arglen = len and argidx counts
 * up; for a single value arglen = -1 and argidx starts at -2, so the value
 * is handed out once. A mapping argument (anything subscriptable that is
 * not a tuple or string) enables %(name)s, and then unused arguments are
 * not an error.
 */
#include <limits.h>
#include <string.h>

#include "format.h"
#include "abstract.h"
#include "errors.h"
#include "floatobject.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct PercentCtx {
    bool bytes_mode;
    Value args;              /* the tuple, the single value, or the value of the last %(key) */
    bool args_owned;
    int64_t arglen, argidx;
    Value dict;              /* the mapping argument or V_NULL */
} PercentCtx;

/* Borrowed reference to the next argument. */
static Value next_arg(PercentCtx *c) {
    if (c->argidx < c->arglen) {
        int64_t i = c->argidx++;
        if (c->arglen < 0) return c->args;
        return tuple_items(c->args)[i];
    }
    return err_format(&Exc_TypeError, "not enough arguments for format string");
}

static int seq_len(unsigned char c) {
    if (c < 0x80) return 1;
    if (c >= 0xF0) return 4;
    if (c >= 0xE0) return 3;
    if (c >= 0xC0) return 2;
    return 1;
}

static int64_t cp_count(const char *s, size_t n) {
    int64_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) c++;
    return c;
}

static size_t cp_offset(const char *s, size_t n, int64_t k) {
    size_t i = 0;
    while (k > 0 && i < n) {
        i += (size_t)seq_len((unsigned char)s[i]);
        k--;
    }
    return i < n ? i : n;
}

static bool is_number_like(Value v) {
    TypeObject *t = v_type(v);
    return t->nb_index || t->nb_int || t->nb_float;
}

static Value err_int_required(char type, Value v) {
    if (type == 'o' || type == 'x' || type == 'X')
        return err_format(&Exc_TypeError, "%%%c format: an integer is required, not %.200s", type,
                          v_type_name(v));
    return err_format(&Exc_TypeError, "%%%c format: a real number is required, not %.200s", type,
                      v_type_name(v));
}

/* The int a %d/%o/%x conversion formats (new reference): ints as they
 * are, floats truncated for d/i/u, __index__/__int__ otherwise. */
static Value integer_operand(Value v, char type) {
    if (v_is_int_or_bool(v)) return v_newref(v);
    if (!is_number_like(v)) return err_int_required(type, v);
    Value r;
    bool hex_or_oct = type == 'o' || type == 'x' || type == 'X';
    if (v_is_float(v)) {
        if (hex_or_oct) return err_int_required(type, v);
        return int_from_double(v_as_float(v));
    }
    TypeObject *t = v_type(v);
    if (hex_or_oct || !t->nb_int) {
        if (!t->nb_index) return err_int_required(type, v);
        r = obj_index(v);
    } else {
        r = t->nb_int(v);
    }
    if (v_is_null(r) && err_matches(&Exc_TypeError)) {
        err_clear();
        return err_int_required(type, v);
    }
    return r;
}

/* PyFloat_AsDouble: 0, or -1 with TypeError "must be real number, not X". */
static int float_operand(Value v, double *out) {
    if (v_is_float(v)) {
        *out = v_as_float(v);
        return 0;
    }
    if (v_is_int_or_bool(v)) return int_as_double(v, out);
    TypeObject *t = v_type(v);
    if (t->nb_float) {
        Value r = t->nb_float(v);
        if (v_is_null(r)) return -1;
        if (!v_is_float(r)) {
            err_format(&Exc_TypeError, "%.50s.__float__ returned non-float (type %.50s)", t->name,
                       v_type_name(r));
            v_decref(r);
            return -1;
        }
        *out = v_as_float(r);
        return 0;
    }
    if (t->nb_index) {
        Value r = obj_index(v);
        if (v_is_null(r)) return -1;
        int rc = int_as_double(r, out);
        v_decref(r);
        return rc;
    }
    err_format(&Exc_TypeError, "must be real number, not %.200s", t->name);
    return -1;
}

/* The character of a %c conversion, as UTF-8 (str) or one byte (bytes).
 * Returns its length, -1 on error. */
static int char_operand(PercentCtx *c, Value v, char *out) {
    if (c->bytes_mode) {
        if (v_is_bytes(v)) {
            BytesObject *b = (BytesObject *)v_as_obj(v);
            if (b->size == 1) {
                out[0] = (char)b->data[0];
                return 1;
            }
        } else if (v_is_int_or_bool(v) || (!v_is_float(v) && v_type(v)->nb_index)) {
            Value i = obj_index(v);
            if (v_is_null(i)) return -1;
            int64_t x;
            bool ok = !v_is_bigint(i);
            if (ok) int_as_i64(i, &x);
            v_decref(i);
            if (!ok || x < 0 || x > 255) {
                err_format(&Exc_OverflowError, "%%c arg not in range(256)");
                return -1;
            }
            out[0] = (char)x;
            return 1;
        }
        err_format(&Exc_TypeError, "%%c requires an integer in range(256) or a single byte");
        return -1;
    }
    if (v_is_str(v)) {
        if (str_len(v) == 1) {
            memcpy(out, str_data(v), (size_t)str_nbytes(v));
            return (int)str_nbytes(v);
        }
    } else if (v_is_int_or_bool(v) || (!v_is_float(v) && v_type(v)->nb_index)) {
        Value i = obj_index(v);
        if (v_is_null(i)) {
            if (!err_matches(&Exc_TypeError)) return -1;
            err_clear();
        } else {
            int64_t x = -1;
            if (!v_is_bigint(i)) int_as_i64(i, &x);
            v_decref(i);
            if (x < 0 || x > 0x10FFFF) {
                err_format(&Exc_OverflowError, "%%c arg not in range(0x110000)");
                return -1;
            }
            return utf8_encode((uint32_t)x, out);
        }
    }
    err_format(&Exc_TypeError, "%%c requires int or char");
    return -1;
}

/* %s / %b of bytes: the bytes of v (new reference to a bytes object). */
static Value bytes_operand(Value v) {
    if (v_is_bytes(v)) return v_newref(v);
    Value meth = type_lookup(v_type(v), str_intern_cstr("__bytes__"));
    if (!v_is_null(meth)) {
        Value r = obj_call_method(v, "__bytes__", NULL, 0);
        if (v_is_null(r)) return V_NULL;
        if (!v_is_bytes(r)) {
            err_format(&Exc_TypeError, "__bytes__ returned non-bytes (type %.200s)", v_type_name(r));
            v_decref(r);
            return V_NULL;
        }
        return r;
    }
    return err_format(&Exc_TypeError,
                      "%%b requires a bytes-like object, or an object that implements __bytes__, not '%.100s'",
                      v_type_name(v));
}

/* unicode_format_arg_output: pads the converted text into out. numeric:
 * the text is a number whose sign (and 0x/0o prefix with '#') the padding
 * goes after when zero-padding. */
static void output_arg(PercentCtx *c, StrBuilder *out, const char *str, size_t nbytes, int flags,
                       int64_t width, int64_t prec, char ch, bool numeric) {
    int64_t len = c->bytes_mode ? (int64_t)nbytes : cp_count(str, nbytes);
    char fill = numeric && (flags & F_ZERO) ? '0' : ' ';
    if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && !(flags & (F_SIGN | F_BLANK))) {
        sb_append(out, str, nbytes);
        return;
    }
    if ((ch == 's' || ch == 'r' || ch == 'a' || ch == 'b') && prec >= 0 && len > prec) {
        nbytes = c->bytes_mode ? (size_t)prec : cp_offset(str, nbytes, prec);
        len = prec;
    }
    size_t pindex = 0;
    char signchar = 0;
    bool sign = numeric;
    if (sign) {
        if (str[0] == '-' || str[0] == '+') {
            signchar = str[0];
            len--;
            pindex++;
        } else if (flags & F_SIGN) {
            signchar = '+';
        } else if (flags & F_BLANK) {
            signchar = ' ';
        } else {
            sign = false;
        }
    }
    if (width < len) width = len;
    if (sign) {
        if (fill != ' ') sb_append_char(out, signchar);
        if (width > len) width--;
    }
    bool prefix = (flags & F_ALT) && (ch == 'x' || ch == 'X' || ch == 'o');
    if (prefix) {
        if (fill != ' ') {
            sb_append(out, str + pindex, 2);
            pindex += 2;
        }
        width -= 2;
        if (width < 0) width = 0;
        len -= 2;
    }
    if (width > len && !(flags & F_LJUST)) {
        for (int64_t i = 0; i < width - len; i++) sb_append_char(out, fill);
        width = len;
    }
    if (fill == ' ') {
        if (sign) sb_append_char(out, signchar);
        if (prefix) {
            sb_append(out, str + pindex, 2);
            pindex += 2;
        }
    }
    sb_append(out, str + pindex, numeric ? (size_t)len : nbytes - pindex);
    for (int64_t i = len; i < width; i++) sb_append_char(out, ' ');
}

static void err_incomplete(void) {
    err_format(&Exc_ValueError, "incomplete format");
}

/* One conversion starting just after its '%' at *ppos. Returns -1 on error. */
static int format_one(PercentCtx *c, StrBuilder *out, const char *s, size_t n, size_t *ppos) {
    size_t pos = *ppos;
    if (pos >= n) {
        err_incomplete();
        return -1;
    }
    if (s[pos] == '%') {
        sb_append_char(out, '%');
        *ppos = pos + 1;
        return 0;
    }
    if (s[pos] == '(') {
        if (v_is_null(c->dict)) {
            err_format(&Exc_TypeError, "format requires a mapping");
            return -1;
        }
        size_t keystart = ++pos;
        int depth = 1;
        while (depth > 0 && pos < n) {
            if (s[pos] == ')') depth--;
            else if (s[pos] == '(') depth++;
            pos++;
        }
        if (depth > 0) {
            err_format(&Exc_ValueError, "incomplete format key");
            return -1;
        }
        Value key = c->bytes_mode ? bytes_new(s + keystart, pos - 1 - keystart)
                                  : str_new(s + keystart, pos - 1 - keystart);
        if (v_is_null(key)) return -1;
        Value v = obj_getitem(c->dict, key);
        v_decref(key);
        if (v_is_null(v)) return -1;
        if (c->args_owned) v_decref(c->args);
        c->args = v;
        c->args_owned = true;
        c->arglen = -1;
        c->argidx = -2;
    }
    int flags = 0;
    for (; pos < n; pos++) {
        char f = s[pos];
        if (f == '-') flags |= F_LJUST;
        else if (f == '+') flags |= F_SIGN;
        else if (f == ' ') flags |= F_BLANK;
        else if (f == '#') flags |= F_ALT;
        else if (f == '0') flags |= F_ZERO;
        else break;
    }
    int64_t width = -1, prec = -1;
    if (pos < n && s[pos] == '*') {
        Value v = next_arg(c);
        if (v_is_null(v)) return -1;
        if (!v_is_int_or_bool(v)) {
            err_format(&Exc_TypeError, "* wants int");
            return -1;
        }
        if (v_is_bigint(v)) {
            err_format(&Exc_OverflowError, "Python int too large to convert to C ssize_t");
            return -1;
        }
        width = v_is_bool(v) ? (v == V_TRUE) : v_as_smallint(v);
        if (width < 0) {
            flags |= F_LJUST;
            width = -width;
        }
        pos++;
    } else if (pos < n && s[pos] >= '0' && s[pos] <= '9') {
        width = 0;
        while (pos < n && s[pos] >= '0' && s[pos] <= '9') {
            int d = s[pos++] - '0';
            if (width > (INT64_MAX - d) / 10) {
                err_format(&Exc_ValueError, "width too big");
                return -1;
            }
            width = width * 10 + d;
        }
    }
    if (pos < n && s[pos] == '.') {
        pos++;
        prec = 0;
        if (pos < n && s[pos] == '*') {
            Value v = next_arg(c);
            if (v_is_null(v)) return -1;
            if (!v_is_int_or_bool(v)) {
                err_format(&Exc_TypeError, "* wants int");
                return -1;
            }
            int64_t p = v_is_bool(v) ? (v == V_TRUE) : v_is_bigint(v) ? INT64_MAX : v_as_smallint(v);
            if (p > INT_MAX || p < INT_MIN) {
                err_format(&Exc_OverflowError, "Python int too large to convert to C int");
                return -1;
            }
            prec = p < 0 ? 0 : p;
            pos++;
        } else {
            while (pos < n && s[pos] >= '0' && s[pos] <= '9') {
                int d = s[pos++] - '0';
                if (prec > (INT_MAX - d) / 10) {
                    err_format(&Exc_ValueError, "precision too big");
                    return -1;
                }
                prec = prec * 10 + d;
            }
        }
    }
    if (pos < n && (s[pos] == 'h' || s[pos] == 'l' || s[pos] == 'L')) pos++;
    if (pos >= n) {
        err_incomplete();
        return -1;
    }
    size_t chpos = pos;
    uint32_t ch = (unsigned char)s[pos];
    int chlen = 1;
    if (!c->bytes_mode && ch >= 0x80) ch = utf8_decode(s + pos, &chlen);
    pos += (size_t)chlen;
    *ppos = pos;

    Value v = next_arg(c);
    if (v_is_null(v)) return -1;

    StrBuilder t;
    sb_init(&t);
    Value held = V_NULL;             /* owns the text when it lives in a str/bytes object */
    const char *text = NULL;
    size_t ntext = 0;
    bool numeric = false;
    char cbuf[4];
    switch (ch) {
    case 's': case 'r': case 'a': case 'b':
        if (c->bytes_mode) {
            if (ch == 's' || ch == 'b') held = bytes_operand(v);
            else {
                Value r = obj_ascii(v);
                if (v_is_null(r)) return -1;
                held = bytes_new(str_data(r), (size_t)str_nbytes(r));
                v_decref(r);
            }
            if (v_is_null(held)) return -1;
            text = (const char *)((BytesObject *)v_as_obj(held))->data;
            ntext = (size_t)((BytesObject *)v_as_obj(held))->size;
            break;
        }
        if (ch == 'b') goto unsupported;
        held = ch == 's' ? obj_str(v) : ch == 'r' ? obj_repr(v) : obj_ascii(v);
        if (v_is_null(held)) return -1;
        text = str_data(held);
        ntext = (size_t)str_nbytes(held);
        break;
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
        Value iv = integer_operand(v, (char)ch);
        if (v_is_null(iv)) return -1;
        int base = ch == 'o' ? 8 : (ch == 'x' || ch == 'X') ? 16 : 10;
        int rc = fmt_int_text(&t, iv, base, (flags & F_ALT) != 0, ch == 'X', prec);
        v_decref(iv);
        if (rc < 0) goto fail;
        numeric = true;
        break;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double d;
        if (float_operand(v, &d) < 0) return -1;
        if (prec > INT_MAX) {
            err_format(&Exc_ValueError, "precision too big");
            return -1;
        }
        if (fmt_double_text(&t, d, (char)ch, prec < 0 ? 6 : (int)prec, (flags & F_ALT) != 0, false, false) < 0)
            goto fail;
        numeric = true;
        break;
    }
    case 'c': {
        int l = char_operand(c, v, cbuf);
        if (l < 0) return -1;
        text = cbuf;
        ntext = (size_t)l;
        break;
    }
    default:
    unsupported: {
        int64_t index = c->bytes_mode ? (int64_t)chpos : cp_count(s, chpos);
        err_format(&Exc_ValueError, "unsupported format character '%c' (0x%x) at index %lld",
                   (ch >= 31 && ch <= 126) ? (char)ch : '?', (unsigned)ch, (long long)index);
        return -1;
    }
    }
    if (numeric) {
        if (t.failed) goto fail;
        text = t.buf;
        ntext = t.len;
    }
    output_arg(c, out, text, ntext, flags, width, prec, (char)ch, numeric);
    sb_discard(&t);
    v_decref(held);
    if (!v_is_null(c->dict) && c->argidx < c->arglen) {
        err_format(&Exc_TypeError, "not all arguments converted during %s formatting",
                   c->bytes_mode ? "bytes" : "string");
        return -1;
    }
    return 0;
fail:
    sb_discard(&t);
    v_decref(held);
    if (!err_occurred()) err_nomem();
    return -1;
}

static Value percent_format(Value fmt, Value args, bool bytes_mode, const char *s, size_t n) {
    PercentCtx c = {.bytes_mode = bytes_mode, .args = args, .args_owned = false, .dict = V_NULL};
    if (v_is_tuple(args)) {
        c.arglen = tuple_size(args);
        c.argidx = 0;
    } else {
        c.arglen = -1;
        c.argidx = -2;
        if (v_type(args)->getitem && !v_is_str(args) && !v_is_bytes(args)) c.dict = args;
    }
    StrBuilder sb;
    sb_init(&sb);
    size_t pos = 0;
    while (pos < n) {
        const char *pct = memchr(s + pos, '%', n - pos);
        size_t lit_end = pct ? (size_t)(pct - s) : n;
        sb_append(&sb, s + pos, lit_end - pos);
        if (!pct) break;
        pos = lit_end + 1;
        if (format_one(&c, &sb, s, n, &pos) < 0) goto fail;
    }
    if (c.argidx < c.arglen && v_is_null(c.dict)) {
        err_format(&Exc_TypeError, "not all arguments converted during %s formatting",
                   bytes_mode ? "bytes" : "string");
        goto fail;
    }
    if (c.args_owned) v_decref(c.args);
    if (sb.failed) {
        sb_discard(&sb);
        return err_nomem();
    }
    if (bytes_mode) {
        Value r = bytes_new(sb.buf ? sb.buf : "", sb.len);
        sb_discard(&sb);
        return r;
    }
    (void)fmt;
    return sb_finish(&sb);
fail:
    if (c.args_owned) v_decref(c.args);
    sb_discard(&sb);
    return V_NULL;
}

Value str_percent_format(Value fmt, Value args) {
    return percent_format(fmt, args, false, str_data(fmt), (size_t)str_nbytes(fmt));
}

Value bytes_percent_format(Value fmt, Value args) {
    BytesObject *b = (BytesObject *)v_as_obj(fmt);
    return percent_format(fmt, args, true, (const char *)b->data, (size_t)b->size);
}

Value format_str_remainder(Value a, Value b) {
    if (!v_is_str(a)) return v_newref(V_NOTIMPL);
    return str_percent_format(a, b);
}

Value format_bytes_remainder(Value a, Value b) {
    if (!v_is_bytes(a)) return v_newref(V_NOTIMPL);
    return bytes_percent_format(a, b);
}

/* format.c: the format-spec mini-language (format(), __format__ of int,
 * bool, float and str) and str.format.
 *
 * Every number is laid out by one routine, emit_number, following
 * CPython's calc_number_widths/fill_number:
 *
 *   <lpad><sign><prefix><spad><grouped digits><decimal point><remainder><rpad>
 *
 * where at most one of the three paddings is non-empty, and zero padding
 * ('0' fill with '=' alignment) is inserted *into* the digit run so that
 * grouping separators appear between the padding zeros too
 * (format(1234, '010,') == '00,001,234').
 *
 * Floats: the digits come from glibc's printf (correctly rounded, like
 * CPython's dtoa) or, for repr-style output, from float_repr_buf; they are
 * normalised to (digits without leading/trailing zeros, decimal exponent)
 * and re-laid out with the rules of CPython's format_float_short, so that
 * 'g' and repr modes choose exponent form, strip zeros and honour '#'
 * exactly as CPython does.
 */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "abstract.h"
#include "errors.h"
#include "floatobject.h"
#include "complex.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

/* ---- parsed format spec ------------------------------------------------------------- */

typedef struct FormatSpec {
    char fill[4];          /* UTF-8 of the fill character */
    int fill_len;
    char align;            /* '<' '>' '^' '=' */
    char sign;             /* 0, '+', '-', ' ' */
    bool no_neg_0;         /* 'z' */
    bool alternate;        /* '#' */
    int64_t width;         /* -1: not given */
    char thousands;        /* 0, ',' or '_' */
    int group;             /* digits per group when thousands is set: 3, or 4 for '_' with b/o/x/X */
    int64_t precision;     /* -1: not given */
    uint32_t type;         /* presentation type code point; 0: none */
} FormatSpec;

static bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

static int seq_len(unsigned char c) {
    if (c < 0x80) return 1;
    if (c >= 0xF0) return 4;
    if (c >= 0xE0) return 3;
    if (c >= 0xC0) return 2;
    return 1;   /* stray continuation byte: never produced by valid str data */
}

/* Code point at s (n > 0 bytes available), its length in *len. */
static uint32_t decode_cp(const char *s, size_t n, int *len) {
    int l = seq_len((unsigned char)s[0]);
    if ((size_t)l > n) {
        *len = 1;
        return (unsigned char)s[0];
    }
    return utf8_decode(s, len);
}

/* Byte offset of code point index k (k <= number of code points). */
static size_t cp_offset(const char *s, size_t n, int64_t k) {
    size_t i = 0;
    while (k > 0 && i < n) {
        i += (size_t)seq_len((unsigned char)s[i]);
        k--;
    }
    return i < n ? i : n;
}

/* Reads ASCII decimal digits at *pos: returns the number of digits read,
 * or -1 with ValueError when the value exceeds int64. */
static int64_t read_integer(const char *s, size_t n, size_t *pos, int64_t *out) {
    int64_t acc = 0, count = 0;
    size_t p = *pos;
    while (p < n && s[p] >= '0' && s[p] <= '9') {
        int d = s[p] - '0';
        if (acc > (INT64_MAX - d) / 10) {
            *pos = p;
            err_format(&Exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
        p++;
        count++;
    }
    *pos = p;
    *out = acc;
    return count;
}

static Value err_type_code(const char *what, char sep, uint32_t type) {
    if (type > 32 && type < 128)
        return err_format(&Exc_ValueError, "%s'%c' with '%c'.", what, sep, (char)type);
    return err_format(&Exc_ValueError, "%s'%c' with '\\x%x'.", what, sep, (unsigned)type);
}

static Value err_unknown_code(uint32_t type, Value v) {
    if (type > 32 && type < 128)
        return err_format(&Exc_ValueError, "Unknown format code '%c' for object of type '%.200s'",
                          (char)type, v_type_name(v));
    return err_format(&Exc_ValueError, "Unknown format code '\\x%x' for object of type '%.200s'",
                      (unsigned)type, v_type_name(v));
}

/* CPython's parse_internal_render_format_spec. v only names the type in
 * the "Invalid format specifier" message. Returns -1 with ValueError. */
static int parse_spec(const char *s, size_t n, FormatSpec *f, uint32_t default_type,
                      char default_align, Value v) {
    size_t pos = 0;
    bool fill_given = false, align_given = false;
    f->fill[0] = ' ';
    f->fill_len = 1;
    f->align = default_align;
    f->sign = 0;
    f->no_neg_0 = false;
    f->alternate = false;
    f->width = -1;
    f->thousands = 0;
    f->group = 3;
    f->precision = -1;
    f->type = default_type;

    if (n > 0) {
        int l0 = seq_len((unsigned char)s[0]);
        if ((size_t)l0 < n && is_align(s[l0])) {
            memcpy(f->fill, s, (size_t)l0);
            f->fill_len = l0;
            f->align = s[l0];
            fill_given = align_given = true;
            pos = (size_t)l0 + 1;
        } else if (is_align(s[0])) {
            f->align = s[0];
            align_given = true;
            pos = 1;
        }
    }
    if (pos < n && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f->sign = s[pos++];
    if (pos < n && s[pos] == 'z') {
        f->no_neg_0 = true;
        pos++;
    }
    if (pos < n && s[pos] == '#') {
        f->alternate = true;
        pos++;
    }
    if (!fill_given && pos < n && s[pos] == '0') {
        f->fill[0] = '0';
        f->fill_len = 1;
        if (!align_given && default_align == '>') f->align = '=';
        pos++;
    }
    int64_t w;
    int64_t nd = read_integer(s, n, &pos, &w);
    if (nd < 0) return -1;
    if (nd > 0) f->width = w;
    if (pos < n && s[pos] == ',') {
        f->thousands = ',';
        pos++;
    }
    if (pos < n && s[pos] == '_') {
        if (f->thousands) {
            err_format(&Exc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
        f->thousands = '_';
        pos++;
    }
    if (pos < n && s[pos] == ',' && f->thousands == '_') {
        err_format(&Exc_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (pos < n && s[pos] == '.') {
        pos++;
        int64_t p;
        nd = read_integer(s, n, &pos, &p);
        if (nd < 0) return -1;
        if (nd == 0) {
            err_format(&Exc_ValueError, "Format specifier missing precision");
            return -1;
        }
        f->precision = p;
    }
    if (pos < n) {
        int l;
        uint32_t cp = decode_cp(s + pos, n - pos, &l);
        if (pos + (size_t)l < n) {
            err_format(&Exc_ValueError, "Invalid format specifier '%.*s' for object of type '%.200s'",
                       (int)n, s, v_type_name(v));
            return -1;
        }
        f->type = cp;
    }
    if (f->thousands) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->thousands == '_') {
                f->group = 4;
                break;
            }
            /* fall through */
        default:
            err_type_code("Cannot specify ", f->thousands, f->type);
            return -1;
        }
    }
    return 0;
}

/* ---- output helpers ----------------------------------------------------------------------- */

static void append_fill(StrBuilder *sb, const FormatSpec *f, int64_t count) {
    if (count <= 0) return;
    char block[64];
    size_t per = sizeof block / (size_t)f->fill_len;
    for (size_t i = 0; i < per; i++) memcpy(block + i * (size_t)f->fill_len, f->fill, (size_t)f->fill_len);
    while (count > 0 && !sb->failed) {
        size_t k = (uint64_t)count < per ? (size_t)count : per;
        sb_append(sb, block, k * (size_t)f->fill_len);
        count -= (int64_t)k;
    }
}

static void append_repeat(StrBuilder *sb, char c, int64_t count) {
    char block[64];
    memset(block, c, sizeof block);
    while (count > 0 && !sb->failed) {
        size_t k = count < (int64_t)sizeof block ? (size_t)count : sizeof block;
        sb_append(sb, block, k);
        count -= (int64_t)k;
    }
}

/* ---- numbers: layout ------------------------------------------------------------------------ */

typedef struct NumParts {
    bool neg;
    const char *prefix;          /* "0x", "0X", "0o", "0b" or NULL */
    size_t n_prefix;
    const char *digits;          /* the integer digit run, ASCII */
    size_t n_digits;
    bool has_decimal;            /* a '.' separates digits from remainder */
    const char *rem;             /* fraction / exponent / "inf" / "%" / the 'c' character */
    size_t n_rem;                /* bytes */
    int64_t rem_width;           /* code points */
} NumParts;

static int64_t max64(int64_t a, int64_t b) { return a > b ? a : b; }
static int64_t min64(int64_t a, int64_t b) { return a < b ? a : b; }

/* CPython's _PyUnicode_InsertThousandsGrouping, writing backwards so that
 * the result ends at out_end. sep == 0 means no grouping (only zero
 * padding up to min_width). Returns the number of bytes written. */
static size_t group_digits(char *out_end, const char *digits, int64_t n_digits, int64_t min_width,
                           char sep, int group) {
    char *p = out_end;
    int64_t remaining = n_digits, dpos = n_digits;
    bool use_sep = false, done = false;
    min_width = max64(min_width, 0);
    if (sep) {
        for (;;) {
            int64_t l = min64(group, max64(max64(remaining, min_width), 1));
            int64_t zeros = max64(0, l - remaining), chars = max64(0, min64(remaining, l));
            if (use_sep) *--p = sep;
            p -= chars;
            dpos -= chars;
            memcpy(p, digits + dpos, (size_t)chars);
            p -= zeros;
            memset(p, '0', (size_t)zeros);
            use_sep = true;
            remaining -= chars;
            min_width -= l;
            if (remaining <= 0 && min_width <= 0) {
                done = true;
                break;
            }
            min_width -= 1;
        }
    }
    if (!done) {
        int64_t l = max64(max64(remaining, min_width), 1);
        int64_t zeros = max64(0, l - remaining), chars = max64(0, min64(remaining, l));
        if (use_sep) *--p = sep;
        p -= chars;
        dpos -= chars;
        memcpy(p, digits + dpos, (size_t)chars);
        p -= zeros;
        memset(p, '0', (size_t)zeros);
    }
    return (size_t)(out_end - p);
}

static int emit_number(StrBuilder *sb, const FormatSpec *f, const NumParts *np) {
    char sign = 0;
    if (f->sign == '+') sign = np->neg ? '-' : '+';
    else if (f->sign == ' ') sign = np->neg ? '-' : ' ';
    else if (np->neg) sign = '-';
    int64_t n_non_digit = (sign ? 1 : 0) + (int64_t)np->n_prefix + (np->has_decimal ? 1 : 0) + np->rem_width;
    int64_t min_width = (f->fill_len == 1 && f->fill[0] == '0' && f->align == '=') ? f->width - n_non_digit : 0;

    char stackbuf[256];
    char *gbuf = NULL;
    size_t n_grouped = 0;
    const char *grouped = NULL;
    if (np->n_digits > 0) {
        if (!f->thousands && min_width <= (int64_t)np->n_digits) {
            grouped = np->digits;            /* nothing to insert */
            n_grouped = np->n_digits;
        } else {
            int64_t span = max64((int64_t)np->n_digits, min_width) + 8;
            if (span > INT64_MAX / 4) {
                err_nomem();
                return -1;
            }
            size_t cap = (size_t)(2 * span);
            gbuf = cap <= sizeof stackbuf ? stackbuf : mem_alloc(cap);
            if (!gbuf) {
                err_nomem();
                return -1;
            }
            n_grouped = group_digits(gbuf + cap, np->digits, (int64_t)np->n_digits, min_width,
                                     f->thousands, f->group);
            grouped = gbuf + cap - n_grouped;
        }
    }
    int64_t lpad = 0, spad = 0, rpad = 0;
    int64_t padding = f->width - (n_non_digit + (int64_t)n_grouped);
    if (padding > 0) {
        switch (f->align) {
        case '<': rpad = padding; break;
        case '^': lpad = padding / 2; rpad = padding - lpad; break;
        case '=': spad = padding; break;
        default: lpad = padding; break;
        }
    }
    append_fill(sb, f, lpad);
    if (sign) sb_append_char(sb, sign);
    if (np->n_prefix) sb_append(sb, np->prefix, np->n_prefix);
    append_fill(sb, f, spad);
    if (n_grouped) sb_append(sb, grouped, n_grouped);
    if (np->has_decimal) sb_append_char(sb, '.');
    if (np->n_rem) sb_append(sb, np->rem, np->n_rem);
    append_fill(sb, f, rpad);
    if (gbuf && gbuf != stackbuf) mem_free(gbuf);
    if (sb->failed) {
        err_nomem();
        return -1;
    }
    return 0;
}

/* ---- integers ------------------------------------------------------------------------------------ */

/* Digits of |x| in base (lowercase), *neg gets the sign. They are written
 * into small when they fit, else into a mem_alloc'd buffer returned in
 * *heap (the caller frees it). Returns the digits, NULL on MemoryError. */
static char *int_digits(Value x, int base, char *small, size_t nsmall, size_t *len, bool *neg,
                        char **heap) {
    *heap = NULL;
    if (!v_is_bigint(x)) {
        int64_t i = v_is_bool(x) ? (x == V_TRUE) : v_as_smallint(x);
        *neg = i < 0;
        uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        char *p = small + nsmall;
        do {
            unsigned d = (unsigned)(u % (unsigned)base);
            *--p = (char)(d < 10 ? '0' + d : 'a' + d - 10);
            u /= (unsigned)base;
        } while (u);
        *len = (size_t)(small + nsmall - p);
        return p;
    }
    BigInt *b = (BigInt *)v_as_obj(x);
    size_t need = mpz_sizeinbase(b->z, base) + 2;
    char *buf = small;
    if (need > nsmall) {
        buf = *heap = mem_alloc(need);
        if (!buf) {
            err_nomem();
            return NULL;
        }
    }
    mpz_get_str(buf, base, b->z);
    *neg = buf[0] == '-';
    char *d = buf + (*neg ? 1 : 0);
    *len = strlen(d);
    return d;
}

int fmt_int_text(StrBuilder *sb, Value x, int base, bool alt, bool upper, int64_t min_digits) {
    char small[72];
    size_t nd;
    bool neg;
    char *heap;
    char *d = int_digits(x, base, small, sizeof small, &nd, &neg, &heap);
    if (!d) return -1;
    if (neg) sb_append_char(sb, '-');
    if (alt && base != 10) {
        char pfx[2] = {'0', base == 16 ? 'x' : base == 8 ? 'o' : 'b'};
        if (upper) pfx[1] = (char)(pfx[1] - 32);
        sb_append(sb, pfx, 2);
    }
    if (min_digits > (int64_t)nd) append_repeat(sb, '0', min_digits - (int64_t)nd);
    if (upper && base == 16) {
        for (size_t i = 0; i < nd; i++)
            if (d[i] >= 'a' && d[i] <= 'f') d[i] = (char)(d[i] - 32);
    }
    sb_append(sb, d, nd);
    mem_free(heap);
    return 0;
}

static int format_int(StrBuilder *sb, const FormatSpec *f, Value x) {
    if (f->precision != -1) {
        err_format(&Exc_ValueError, "Precision not allowed in integer format specifier");
        return -1;
    }
    if (f->no_neg_0) {
        err_format(&Exc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
        return -1;
    }
    NumParts np = {0};
    if (f->type == 'c') {
        if (f->sign) {
            err_format(&Exc_ValueError, "Sign not allowed with integer format specifier 'c'");
            return -1;
        }
        if (f->alternate) {
            err_format(&Exc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
            return -1;
        }
        if (v_is_bigint(x)) {
            err_format(&Exc_OverflowError, "Python int too large to convert to C long");
            return -1;
        }
        int64_t i = v_is_bool(x) ? (x == V_TRUE) : v_as_smallint(x);
        if (i < 0 || i > 0x10FFFF) {
            err_format(&Exc_OverflowError, "%%c arg not in range(0x110000)");
            return -1;
        }
        char ch[4];
        np.rem = ch;
        np.n_rem = (size_t)utf8_encode((uint32_t)i, ch);
        np.rem_width = 1;
        return emit_number(sb, f, &np);
    }
    int base = 10;
    const char *prefix = NULL;
    switch (f->type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
    }
    char small[72];
    size_t nd;
    char *heap;
    char *d = int_digits(x, base, small, sizeof small, &nd, &np.neg, &heap);
    if (!d) return -1;
    if (f->type == 'X') {
        for (size_t i = 0; i < nd; i++)
            if (d[i] >= 'a' && d[i] <= 'f') d[i] = (char)(d[i] - 32);
    }
    if (f->alternate && prefix) {
        np.prefix = prefix;
        np.n_prefix = 2;
    }
    np.digits = d;
    np.n_digits = nd;
    int r = emit_number(sb, f, &np);
    mem_free(heap);
    return r;
}

/* ---- floats --------------------------------------------------------------------------------------- */

/* printf of one double into buf (size n) or, when it does not fit, a
 * mem_alloc'd buffer (*heap set). NULL on MemoryError. */
static char *print_double(char *buf, size_t n, const char *fmt, int prec, double d, char **heap) {
    *heap = NULL;
    int len = snprintf(buf, n, fmt, prec, d);
    if (len < 0) return NULL;
    if ((size_t)len < n) return buf;
    char *h = mem_alloc((size_t)len + 1);
    if (!h) return NULL;
    snprintf(h, (size_t)len + 1, fmt, prec, d);
    *heap = h;
    return h;
}

/* Turns printf/repr output "[-]ddd[.ddd][e[+-]dd]" into significant digits
 * (in place, no leading or trailing zeros; "0" for zero) and the decimal
 * point position decpt (value = 0.digits * 10^decpt), as dtoa returns. */
static void normalise_digits(char *text, char **digits, size_t *ndig, int64_t *decpt, bool *neg) {
    char *p = text;
    *neg = *p == '-';
    if (*p == '-' || *p == '+') p++;
    char *out = p, *start = p;
    int64_t intlen = 0;
    bool seen_point = false;
    for (; *p && *p != 'e' && *p != 'E'; p++) {
        if (*p == '.') {
            seen_point = true;
            continue;
        }
        *out++ = *p;
        if (!seen_point) intlen++;
    }
    int64_t exp = 0;
    if (*p == 'e' || *p == 'E') exp = strtoll(p + 1, NULL, 10);
    size_t n = (size_t)(out - start);
    char *d = start;
    int64_t dp = intlen + exp;
    while (n > 0 && *d == '0') {
        d++;
        n--;
        dp--;
    }
    while (n > 0 && d[n - 1] == '0') n--;
    if (n == 0) {
        d = start;
        d[0] = '0';
        n = 1;
        dp = 1;
    }
    *digits = d;
    *ndig = n;
    *decpt = dp;
}

static int fixed_fast_zero(uint64_t neg, int prec, char *out) {
    char *o = out;
    if (neg) *o++ = '-';
    *o++ = '0';
    if (prec > 0) {
        *o++ = '.';
        memset(o, '0', (size_t)prec);
        o += prec;
    }
    *o = 0;
    return (int)(o - out);
}

/* d (finite) as C's "%.*f" with prec <= 17, when exact 128-bit integer
 * arithmetic suffices: |d| * 10^prec rounded half to even (as glibc and
 * CPython's dtoa do) from the exact product c * 10^prec / 2^-q. Writes to
 * out (at least 64 bytes) and returns the length, or -1 when d is too large
 * or too small for that (the caller then uses printf). */
static int fixed_fast(double d, int prec, char *out) {
    if (prec < 0 || prec > 17) return -1;
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    int bexp = (int)(bits >> 52) & 0x7ff;
    uint64_t c = bits & ((1ull << 52) - 1);
    if (bexp == 0) return c == 0 ? fixed_fast_zero(bits >> 63, prec, out) : -1;
    c |= 1ull << 52;
    int q = bexp - 1075;
    uint64_t p10 = 1;
    for (int i = 0; i < prec; i++) p10 *= 10;
    unsigned __int128 r;
    if (q >= 0) {
        if (q > 11) return -1;                      /* |d| >= 2^64 */
        r = (unsigned __int128)(c << q) * p10;
    } else {
        int n = -q;
        if (n > 120) return -1;
        unsigned __int128 p = (unsigned __int128)c * p10;
        r = p >> n;
        unsigned __int128 rem = p & ((((unsigned __int128)1) << n) - 1);
        unsigned __int128 half = ((unsigned __int128)1) << (n - 1);
        if (rem > half || (rem == half && (r & 1))) r++;
    }
    char tmp[48];
    char *t = tmp + sizeof tmp;
    int nd = 0;
    while (r >= ((unsigned __int128)1 << 64)) {
        *--t = (char)('0' + (int)(r % 10));
        r /= 10;
        nd++;
    }
    uint64_t r64 = (uint64_t)r;
    while (r64 > 0 || nd <= prec) {
        *--t = (char)('0' + (int)(r64 % 10));
        r64 /= 10;
        nd++;
    }
    char *o = out;
    if (bits >> 63) *o++ = '-';
    int ip = nd - prec;                             /* >= 1 */
    memcpy(o, t, (size_t)ip);
    o += ip;
    if (prec > 0) {
        *o++ = '.';
        memcpy(o, t + ip, (size_t)prec);
        o += prec;
    }
    *o = 0;
    return (int)(o - out);
}

/* Appends d as CPython's PyOS_double_to_string(d, type, prec, flags) does:
 * type one of e E f F g G r; alt = Py_DTSF_ALT, add_dot_0 =
 * Py_DTSF_ADD_DOT_0, no_neg_0 = Py_DTSF_NO_NEG_0. Returns -1 on MemoryError. */
int fmt_double_text(StrBuilder *sb, double d, char type, int prec, bool alt, bool add_dot_0, bool no_neg_0) {
    bool upper = type >= 'A' && type <= 'Z';
    char t = upper ? (char)(type + 32) : type;
    if (isnan(d) || isinf(d)) {
        if (isinf(d) && d < 0) sb_append_char(sb, '-');
        sb_append(sb, isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
        return 0;
    }
    char buf[400];
    char *heap = NULL, *text;
    /* C's %e, %f and %g agree with CPython's e, f and g for finite values
     * (same rounding, exponent of at least two digits, the same switch to
     * exponent form in g, '#' keeping the point and g's zeros); only the
     * repr mode, ADD_DOT_0 and NO_NEG_0 need the re-layout below. */
    if (!no_neg_0 && (t == 'e' || t == 'f' || (t == 'g' && !add_dot_0))) {
        if (t == 'f' && !alt) {
            int n = fixed_fast(d, prec, buf);
            if (n >= 0) {
                sb_append(sb, buf, (size_t)n);
                return 0;
            }
        }
        char cfmt[6] = {'%', '.', '*', type, 0, 0};
        if (alt) {
            cfmt[1] = '#', cfmt[2] = '.', cfmt[3] = '*', cfmt[4] = type;
        }
        text = print_double(buf, sizeof buf, cfmt, prec, d, &heap);
        if (!text) {
            err_nomem();
            return -1;
        }
        sb_append_cstr(sb, text);
        if (heap) mem_free(heap);
        return 0;
    }
    int64_t precision = prec;
    switch (t) {
    case 'r':
        float_repr_buf(d, buf);
        text = buf;
        break;
    case 'e':
        text = print_double(buf, sizeof buf, "%.*e", prec, d, &heap);
        precision = (int64_t)prec + 1;
        break;
    case 'g':
        if (prec == 0) precision = 1;
        text = print_double(buf, sizeof buf, "%.*e", (int)(precision - 1), d, &heap);
        break;
    default:  /* 'f' */
        text = print_double(buf, sizeof buf, "%.*f", prec, d, &heap);
        break;
    }
    if (!text) {
        err_nomem();
        return -1;
    }
    char *digits;
    size_t nd;
    int64_t decpt;
    bool neg;
    normalise_digits(text, &digits, &nd, &decpt, &neg);
    if (no_neg_0 && neg && nd == 1 && digits[0] == '0') neg = false;

    /* format_float_short: output the slice [vstart, vend) of the digit
     * string padded with zeros on both sides, the point after decpt. */
    int64_t vend = (int64_t)nd, exp = 0;
    bool use_exp = false;
    switch (t) {
    case 'e':
        use_exp = true;
        vend = precision;
        break;
    case 'f':
        vend = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
        if (alt) vend = precision;
        break;
    default:  /* 'r' */
        if (decpt <= -4 || decpt > 16) use_exp = true;
        break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int64_t vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0) vend = vend > decpt ? vend : decpt + 1;
    else vend = vend > decpt ? vend : decpt;

    if (neg) sb_append_char(sb, '-');
    size_t before = sb->len;
    if (decpt <= 0) {
        append_repeat(sb, '0', decpt - vstart);
        sb_append_char(sb, '.');
        append_repeat(sb, '0', -decpt);
    } else {
        append_repeat(sb, '0', -vstart);
    }
    if (decpt > 0 && decpt <= (int64_t)nd) {
        sb_append(sb, digits, (size_t)decpt);
        sb_append_char(sb, '.');
        sb_append(sb, digits + decpt, nd - (size_t)decpt);
    } else {
        sb_append(sb, digits, nd);
    }
    if ((int64_t)nd < decpt) {
        append_repeat(sb, '0', decpt - (int64_t)nd);
        sb_append_char(sb, '.');
        append_repeat(sb, '0', vend - decpt);
    } else {
        append_repeat(sb, '0', vend - (int64_t)nd);
    }
    if (!sb->failed && sb->len > before && sb->buf[sb->len - 1] == '.' && !alt) sb->len--;
    if (use_exp) sb_printf(sb, "%c%+.02d", upper ? 'E' : 'e', (int)exp);
    if (heap) mem_free(heap);
    if (sb->failed) {
        err_nomem();
        return -1;
    }
    return 0;
}

static int format_float(StrBuilder *sb, const FormatSpec *f, double val) {
    if (f->precision > INT_MAX) {
        err_format(&Exc_ValueError, "precision too big");
        return -1;
    }
    uint32_t type = f->type;
    char t = (char)type;
    bool add_dot_0 = false, add_pct = false;
    int default_precision = 6;
    if (type == 0) {
        add_dot_0 = true;
        t = 'r';
        default_precision = 0;
    }
    if (type == 'n') t = 'g';
    if (type == '%') {
        t = 'f';
        val *= 100;
        add_pct = true;
    }
    int prec = (int)f->precision;
    if (prec < 0) prec = default_precision;
    else if (t == 'r') t = 'g';

    bool fast = f->sign != '+' && f->sign != ' ' && f->width == -1 && type != 'n' && !f->thousands;
    if (fast) {
        if (fmt_double_text(sb, val, t, prec, f->alternate, add_dot_0, f->no_neg_0) < 0) return -1;
        if (add_pct) sb_append_char(sb, '%');
        return 0;
    }
    StrBuilder tmp;
    sb_init(&tmp);
    if (fmt_double_text(&tmp, val, t, prec, f->alternate, add_dot_0, f->no_neg_0) < 0) {
        sb_discard(&tmp);
        return -1;
    }
    if (add_pct) sb_append_char(&tmp, '%');
    if (tmp.failed) {
        sb_discard(&tmp);
        err_nomem();
        return -1;
    }
    NumParts np = {0};
    const char *p = tmp.buf, *end = tmp.buf + tmp.len;
    if (p < end && *p == '-') {
        np.neg = true;
        p++;
    }
    const char *q = p;
    while (q < end && *q >= '0' && *q <= '9') q++;
    np.digits = p;
    np.n_digits = (size_t)(q - p);
    if (q < end && *q == '.') {
        np.has_decimal = true;
        q++;
    }
    np.rem = q;
    np.n_rem = (size_t)(end - q);
    np.rem_width = (int64_t)np.n_rem;
    int r = emit_number(sb, f, &np);
    sb_discard(&tmp);
    return r;
}

/* ---- str --------------------------------------------------------------------------------------------- */

static int format_str(StrBuilder *sb, const FormatSpec *f, Value s) {
    if (f->sign) {
        err_format(&Exc_ValueError, "Sign not allowed in string format specifier");
        return -1;
    }
    if (f->no_neg_0) {
        err_format(&Exc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
        return -1;
    }
    if (f->alternate) {
        err_format(&Exc_ValueError, "Alternate form (#) not allowed in string format specifier");
        return -1;
    }
    if (f->align == '=') {
        err_format(&Exc_ValueError, "'=' alignment not allowed in string format specifier");
        return -1;
    }
    int64_t len = str_len(s);
    size_t nbytes = (size_t)str_nbytes(s);
    if (f->precision >= 0 && len > f->precision) {
        nbytes = v_as_str(s)->is_ascii ? (size_t)f->precision : cp_offset(str_data(s), nbytes, f->precision);
        len = f->precision;
    }
    int64_t total = f->width > len ? f->width : len;
    int64_t lpad = 0;
    if (f->align == '>') lpad = total - len;
    else if (f->align == '^') lpad = (total - len) / 2;
    append_fill(sb, f, lpad);
    sb_append(sb, str_data(s), nbytes);
    append_fill(sb, f, total - len - lpad);
    if (sb->failed) {
        err_nomem();
        return -1;
    }
    return 0;
}

/* ---- entry points ---------------------------------------------------------------------------------- */

static int append_int_decimal(StrBuilder *sb, Value x) {
    if (v_is_smallint(x)) {
        char buf[24];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)v_as_smallint(x));
        sb_append(sb, buf, (size_t)n);
        return 0;
    }
    return fmt_int_text(sb, x, 10, false, false, 0);
}

int format_value_into(StrBuilder *sb, Value v, const char *spec, size_t n) {
    FormatSpec f;
    if (v_is_str(v)) {
        if (n == 0) {
            sb_append_str(sb, v);
            return 0;
        }
        if (parse_spec(spec, n, &f, 's', '<', v) < 0) return -1;
        if (f.type != 's') {
            err_unknown_code(f.type, v);
            return -1;
        }
        return format_str(sb, &f, v);
    }
    if (v_is_float(v)) {
        if (n == 0) {
            char buf[32];
            sb_append(sb, buf, float_repr_buf(v_as_float(v), buf));
            return 0;
        }
        if (parse_spec(spec, n, &f, 0, '>', v) < 0) return -1;
        switch (f.type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
            return format_float(sb, &f, v_as_float(v));
        default:
            err_unknown_code(f.type, v);
            return -1;
        }
    }
    if (v_is_int_or_bool(v)) {
        if (n == 0) {
            if (v_is_bool(v)) sb_append_cstr(sb, v == V_TRUE ? "True" : "False");
            else return append_int_decimal(sb, v);
            return 0;
        }
        if (parse_spec(spec, n, &f, 'd', '>', v) < 0) return -1;
        switch (f.type) {
        case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
            return format_int(sb, &f, v);
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
            double d;
            if (int_as_double(v, &d) < 0) return -1;
            return format_float(sb, &f, d);
        }
        default:
            err_unknown_code(f.type, v);
            return -1;
        }
    }
    ERR_INTERNAL();
    return -1;
}

/* format(complex, spec), CPython's format_complex_internal: each part as
 * a float with the spec's sign, precision and grouping ('r' digits when
 * the type is omitted, and then, as str(), no real part when it is +0 and
 * parentheses otherwise), the imaginary part always signed unless it
 * stands alone; then the whole is padded. */
static Value format_complex(Value v, const char *s, size_t n) {
    FormatSpec f;
    if (parse_spec(s, n, &f, 0, '>', v) < 0) return V_NULL;
    if (f.fill_len == 1 && f.fill[0] == '0')
        return err_format(&Exc_ValueError, "Zero padding is not allowed in complex format specifier");
    if (f.align == '=')
        return err_format(&Exc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default: err_unknown_code(f.type, v); return V_NULL;
    }
    Complex c = complex_value(v);
    bool skip_re = false, parens = false;
    if (f.type == 0) {
        if (c.real == 0.0 && !signbit(c.real)) skip_re = true;
        else parens = true;
    }
    FormatSpec part = f;
    part.width = -1;
    part.fill[0] = ' ';
    part.fill_len = 1;
    part.align = '>';
    if (f.type == 0) part.type = 'r';   /* repr digits, or 'g' with a precision */
    StrBuilder body;
    sb_init(&body);
    if (parens) sb_append_char(&body, '(');
    if (!skip_re && format_float(&body, &part, c.real) < 0) goto fail;
    if (!skip_re) part.sign = '+';
    if (format_float(&body, &part, c.imag) < 0) goto fail;
    sb_append_char(&body, 'j');
    if (parens) sb_append_char(&body, ')');
    if (body.failed) {
        err_nomem();
        goto fail;
    }
    StrBuilder sb;
    sb_init(&sb);
    int64_t len = (int64_t)body.len;
    int64_t total = f.width > len ? f.width : len;
    int64_t lpad = 0;
    if (f.align == '>') lpad = total - len;
    else if (f.align == '^') lpad = (total - len) / 2;
    append_fill(&sb, &f, lpad);
    sb_append(&sb, body.buf, body.len);
    append_fill(&sb, &f, total - len - lpad);
    sb_discard(&body);
    return sb_finish(&sb);
fail:
    sb_discard(&body);
    return V_NULL;
}

Value format_value(Value v, Value spec) {
    size_t n = (size_t)str_nbytes(spec);
    if (v_is_complex(v) && n > 0) return format_complex(v, str_data(spec), n);
    if (v_is_str(v) || v_is_float(v) || v_is_int_or_bool(v)) {
        if (n == 0) {
            if (v_is_str(v)) return v_newref(v);
            if (v_is_float(v)) return float_repr(v);
            if (v_is_int(v)) return int_repr(v);
        }
        StrBuilder sb;
        sb_init(&sb);
        if (format_value_into(&sb, v, str_data(spec), n) < 0) {
            sb_discard(&sb);
            return V_NULL;
        }
        return sb_finish(&sb);
    }
    if (n == 0) return obj_str(v);
    /* An int/float/str subclass without its own __format__ formats as
     * its base value (int.__format__ etc. in CPython). */
    TypeObject *t = v_type(v);
    Value base = V_NULL;
    if (t->flags & TPFLAG_INT_SUBCLASS) base = int_from_mpz(((BigInt *)v_as_obj(v))->z);
    else if (t->flags & TPFLAG_FLOAT_SUBCLASS) base = v_from_float(float_val(v));
    else if (t->flags & TPFLAG_STR_SUBCLASS) base = str_new(str_data(v), (size_t)str_nbytes(v));
    else
        return err_format(&Exc_TypeError, "unsupported format string passed to %.200s.__format__",
                          v_type_name(v));
    if (v_is_null(base)) return V_NULL;
    Value r = format_value(base, spec);
    v_decref(base);
    return r;
}

/* ---- str.format ----------------------------------------------------------------------------------------- */

enum { AUTO_INIT, AUTO_AUTO, AUTO_MANUAL };

typedef struct FormatArgs {
    const Value *args;           /* positional arguments; NULL for format_map */
    size_t nargs;
    const Value *kwvalues;       /* values of kwnames */
    Value kwnames;               /* tuple of str or V_NULL */
    Value mapping;               /* format_map's mapping, or V_NULL */
    int auto_state;
    int64_t auto_next;
} FormatArgs;

static int build_string(StrBuilder *out, const char *s, size_t n, FormatArgs *fa, int depth);

/* get_integer of unicode_format.h: -1 if empty or not all digits. */
static int64_t field_integer(const char *s, size_t n, bool *err) {
    *err = false;
    if (n == 0) return -1;
    int64_t acc = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        int d = s[i] - '0';
        if (acc > (INT64_MAX - d) / 10) {
            err_format(&Exc_ValueError, "Too many decimal digits in format string");
            *err = true;
            return -1;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

static Value lookup_keyword(FormatArgs *fa, const char *name, size_t n) {
    if (!v_is_null(fa->mapping)) {
        Value key = str_new(name, n);
        if (v_is_null(key)) return V_NULL;
        Value r = obj_getitem(fa->mapping, key);
        v_decref(key);
        return r;
    }
    if (!v_is_null(fa->kwnames)) {
        int64_t nk = tuple_size(fa->kwnames);
        Value *names = tuple_items(fa->kwnames);
        for (int64_t i = 0; i < nk; i++) {
            if ((size_t)str_nbytes(names[i]) == n && memcmp(str_data(names[i]), name, n) == 0)
                return v_newref(fa->kwvalues[i]);
        }
    }
    Value key = str_new(name, n);
    if (v_is_null(key)) return V_NULL;
    err_set_value(&Exc_KeyError, key);
    v_decref(key);
    return V_NULL;
}

/* The object named by a field: "0", "name", "", then .attr and [key] parts.
 * New reference. */
static Value get_field_object(const char *s, size_t n, FormatArgs *fa) {
    size_t i = 0;
    while (i < n && s[i] != '.' && s[i] != '[') i++;
    bool err;
    int64_t index = field_integer(s, i, &err);
    if (err) return V_NULL;
    bool empty = i == 0;
    if (empty || index != -1) {
        if (fa->auto_state == AUTO_INIT) fa->auto_state = empty ? AUTO_AUTO : AUTO_MANUAL;
        if (fa->auto_state == AUTO_MANUAL && empty)
            return err_format(&Exc_ValueError,
                              "cannot switch from manual field specification to automatic field numbering");
        if (fa->auto_state == AUTO_AUTO && !empty)
            return err_format(&Exc_ValueError,
                              "cannot switch from automatic field numbering to manual field specification");
        if (empty) index = fa->auto_next++;
    }
    Value obj;
    if (index == -1) {
        obj = lookup_keyword(fa, s, i);
    } else {
        if (!fa->args)
            return err_format(&Exc_ValueError, "Format string contains positional fields");
        if ((uint64_t)index >= fa->nargs)
            return err_format(&Exc_IndexError, "Replacement index %lld out of range for positional args tuple",
                              (long long)index);
        obj = v_newref(fa->args[index]);
    }
    if (v_is_null(obj)) return V_NULL;

    while (i < n) {
        char c = s[i++];
        size_t start = i;
        Value next;
        if (c == '.') {
            while (i < n && s[i] != '.' && s[i] != '[') i++;
            if (i == start) goto empty_attr;
            Value name = str_new(s + start, i - start);
            if (v_is_null(name)) goto fail;
            next = obj_getattr(obj, name);
            v_decref(name);
        } else if (c == '[') {
            while (i < n && s[i] != ']') i++;
            if (i >= n) {
                err_format(&Exc_ValueError, "Missing ']' in format string");
                goto fail;
            }
            size_t end = i++;
            int64_t idx = field_integer(s + start, end - start, &err);
            if (err) goto fail;
            if (end == start) goto empty_attr;
            Value key = idx != -1 ? int_from_i64(idx) : str_new(s + start, end - start);
            if (v_is_null(key)) goto fail;
            next = obj_getitem(obj, key);
            v_decref(key);
        } else {
            err_format(&Exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            goto fail;
        }
        if (v_is_null(next)) goto fail;
        v_decref(obj);
        obj = next;
    }
    return obj;
empty_attr:
    err_format(&Exc_ValueError, "Empty attribute in format string");
fail:
    v_decref(obj);
    return V_NULL;
}

static Value convert_field(Value obj, uint32_t conv) {
    switch (conv) {
    case 'r': return obj_repr(obj);
    case 's': return obj_str(obj);
    case 'a': return obj_ascii(obj);
    default:
        if (conv > 32 && conv < 127)
            return err_format(&Exc_ValueError, "Unknown conversion specifier %c", (char)conv);
        return err_format(&Exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
    }
}

/* Formats one replacement field into out. */
static int render_field(StrBuilder *out, const char *name, size_t nname, uint32_t conv,
                        const char *spec, size_t nspec, bool expand, FormatArgs *fa, int depth) {
    Value obj = get_field_object(name, nname, fa);
    if (v_is_null(obj)) return -1;
    if (conv) {
        Value c = convert_field(obj, conv);
        v_decref(obj);
        if (v_is_null(c)) return -1;
        obj = c;
    }
    StrBuilder expanded;
    sb_init(&expanded);
    if (expand) {
        if (build_string(&expanded, spec, nspec, fa, depth - 1) < 0) goto fail;
        spec = expanded.buf ? expanded.buf : "";
        nspec = expanded.len;
    }
    if (v_is_str(obj) || v_is_float(obj) || v_is_int_or_bool(obj)) {
        if (format_value_into(out, obj, spec, nspec) < 0) goto fail;
    } else {
        Value sp = str_new(spec, nspec);
        if (v_is_null(sp)) goto fail;
        Value r = obj_format(obj, sp);
        v_decref(sp);
        if (v_is_null(r)) goto fail;
        if (!v_is_str(r)) {
            err_format(&Exc_TypeError, "__format__ must return a str, not %.200s", v_type_name(r));
            v_decref(r);
            goto fail;
        }
        sb_append_str(out, r);
        v_decref(r);
    }
    sb_discard(&expanded);
    v_decref(obj);
    return 0;
fail:
    sb_discard(&expanded);
    v_decref(obj);
    return -1;
}

/* CPython's MarkupIterator + parse_field + output_markup over UTF-8 bytes
 * (every syntax character is ASCII, so byte scanning is exact). */
static int build_string(StrBuilder *out, const char *s, size_t n, FormatArgs *fa, int depth) {
    if (depth <= 0) {
        err_format(&Exc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    size_t pos = 0;
    while (pos < n) {
        size_t start = pos;
        char c = 0;
        bool markup = false;
        while (pos < n) {
            c = s[pos++];
            if (c == '{' || c == '}') {
                markup = true;
                break;
            }
        }
        bool at_end = pos >= n;
        size_t len = pos - start;
        if (markup && c == '}' && (at_end || s[pos] != '}')) {
            err_format(&Exc_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (markup && at_end && c == '{') {
            err_format(&Exc_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        if (!at_end) {
            if (s[pos] == c) {
                pos++;           /* "{{" or "}}": the literal keeps one brace */
                markup = false;
            } else {
                len--;
            }
        }
        if (len) sb_append(out, s + start, len);
        if (!markup) continue;

        /* parse_field: name up to '}', ':' or '!' ('[...]' may hold them) */
        size_t name_start = pos;
        c = 0;
        bool stopped = false;
        while (pos < n) {
            c = s[pos++];
            if (c == '{') {
                err_format(&Exc_ValueError, "unexpected '{' in field name");
                return -1;
            }
            if (c == '[') {
                while (pos < n && s[pos] != ']') pos++;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                stopped = true;
                break;
            }
        }
        size_t name_end = pos - 1;
        uint32_t conv = 0;
        const char *spec = NULL;
        size_t nspec = 0;
        bool expand = false;
        if (stopped && (c == '!' || c == ':')) {
            bool have_spec = true;
            if (c == '!') {
                if (pos >= n) {
                    err_format(&Exc_ValueError, "end of string while looking for conversion specifier");
                    return -1;
                }
                int l;
                conv = decode_cp(s + pos, n - pos, &l);
                pos += (size_t)l;
                if (pos < n) {
                    char c2 = s[pos++];
                    if (c2 == '}') have_spec = false;
                    else if (c2 != ':') {
                        err_format(&Exc_ValueError, "expected ':' after conversion specifier");
                        return -1;
                    }
                }
            }
            if (have_spec) {
                size_t spec_start = pos;
                int count = 1;
                bool closed = false;
                while (pos < n) {
                    char d = s[pos++];
                    if (d == '{') {
                        expand = true;
                        count++;
                    } else if (d == '}') {
                        if (--count == 0) {
                            closed = true;
                            break;
                        }
                    }
                }
                if (!closed) {
                    err_format(&Exc_ValueError, "unmatched '{' in format spec");
                    return -1;
                }
                spec = s + spec_start;
                nspec = pos - 1 - spec_start;
            }
        } else if (!stopped || c != '}') {
            err_format(&Exc_ValueError, "expected '}' before end of string");
            return -1;
        }
        if (render_field(out, s + name_start, name_end - name_start, conv, spec ? spec : "", nspec,
                         expand, fa, depth) < 0)
            return -1;
    }
    if (out->failed) {
        err_nomem();
        return -1;
    }
    return 0;
}

static Value do_format(Value self, FormatArgs *fa) {
    if (!v_is_str(self))
        return err_format(&Exc_TypeError, "descriptor 'format' for 'str' objects doesn't apply to a '%.200s' object",
                          v_type_name(self));
    const char *s = str_data(self);
    size_t n = (size_t)str_nbytes(self);
    /* No braces: the result is the string itself. */
    if (!memchr(s, '{', n) && !memchr(s, '}', n)) return v_newref(self);
    StrBuilder sb;
    sb_init(&sb);
    if (build_string(&sb, s, n, fa, 2) < 0) {
        sb_discard(&sb);
        return V_NULL;
    }
    return sb_finish(&sb);
}

Value str_format_method(Value self, const Value *args, size_t nargs, Value kwnames) {
    FormatArgs fa = {
        .args = args, .nargs = nargs, .kwvalues = args + nargs, .kwnames = kwnames,
        .mapping = V_NULL, .auto_state = AUTO_INIT, .auto_next = 0,
    };
    static const Value no_args[1] = {V_NULL};
    if (!args) {                      /* NULL marks format_map: use a real (empty) array */
        fa.args = no_args;
        fa.kwvalues = no_args;
    }
    return do_format(self, &fa);
}

Value str_format_map_method(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (!v_is_null(kwnames) && tuple_size(kwnames) > 0)
        return err_format(&Exc_TypeError, "str.format_map() takes no keyword arguments");
    if (nargs != 1)
        return err_format(&Exc_TypeError, "str.format_map() takes exactly one argument (%zu given)", nargs);
    FormatArgs fa = {
        .args = NULL, .nargs = 0, .kwvalues = NULL, .kwnames = V_NULL,
        .mapping = args[0], .auto_state = AUTO_INIT, .auto_next = 0,
    };
    return do_format(self, &fa);
}

/* float.c: Python float. Floats are unboxed doubles (value.h), so this file
 * holds the type object and the operations whose Python semantics differ
 * from C's: repr, parsing, floor division and modulo, pow, round, hash.
 *
 * Formatting and parsing go through the C library (glibc's printf and
 * strtod are correctly rounded); both assume the "C" locale's decimal
 * point, which coil never changes.
 */
#include <errno.h>
#include <math.h>
#include <ctype.h>
#include <strings.h>
#include <stdio.h>
#include <stdlib.h>

#include "floatobject.h"
#include "complex.h"
#include "unicode_util.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "errors.h"
#include "abstract.h"
#include "args.h"

#define HASH_MODULUS ((1ull << 61) - 1)
#define HASH_INF 314159

/* ---- repr ----------------------------------------------------------------- */

#include "pow10_table.h"

/* Shortest round-tripping digits, after the idea of Giulietti's Schubfach.
 *
 * d = c * 2^q (c an integer below 2^53). The doubles reading back as d are
 * those in [vl, vr], vl and vr the midpoints to d's neighbours (both ends
 * included when c is even: strtod rounds ties to even). k is chosen so that
 * the interval, scaled by 10^-k, is between 1 and 10 long: it then holds at
 * least one integer and at most one multiple of 10. The answer is that
 * multiple of 10 if there is one (fewer digits; only sp or tp below can be
 * it), else the integer in the interval closest to d * 10^-k.
 *
 * The scaled ends and centre are T(x) = x * 2^q * 10^-k for x = 4c - 2 (or
 * 4c - 1 when d is a power of two whose lower neighbour is half as far),
 * 4c, 4c + 2: in units of 10^k / 4. scaled() computes T(x) from the 128-bit
 * g = ceil(10^-k * 2^E) as F = floor(T) and whether T == F, encoded as
 * 2F + (T != F) so that comparisons with integers are exact. g errs by less
 * than one unit in 2^127, so x * g / 2^(E-q) is at most 2^-68 above T:
 *  - the fraction's top 64 bits nonzero: T is in (F, F + 1);
 *  - g exact (k in [-55, 0]): the product is T itself, all bits decide;
 *  - else T lies within 2^-64 of F. For 1 <= k <= 19, T is a multiple of
 *    10^-k (x * 2^q is an integer) and 10^-k > 2^-64, so T == F. Otherwise
 *    the answer is unknown: scaled() returns false and the caller falls back
 *    to the (slow, exact) search by printf and strtod. That needs T within
 *    2^-64 of an integer: never for random doubles, rarely for structured
 *    ones (large or tiny exact multiples). */
static bool scaled(uint64_t x, int q, int k, uint64_t *out) {
    int idx = k - POW10_K_MIN;
    uint64_t ghi = pow10_table[idx].hi, glo = pow10_table[idx].lo;
    int sh = pow10_table[idx].e - q;            /* 124..127 */
    unsigned __int128 a = (unsigned __int128)x * glo;
    unsigned __int128 b = (unsigned __int128)x * ghi;
    uint64_t p0 = (uint64_t)a;
    unsigned __int128 mid = (a >> 64) + (uint64_t)b;
    uint64_t p1 = (uint64_t)mid;
    uint64_t p2 = (uint64_t)(b >> 64) + (uint64_t)(mid >> 64);
    int lo_bits = sh - 64;                      /* 60..63 */
    uint64_t f = (p2 << (64 - lo_bits)) | (p1 >> lo_bits);
    uint64_t fr = (p1 << (64 - lo_bits)) | (p0 >> lo_bits);
    uint64_t rest = p0 & ((1ull << lo_bits) - 1);
    bool inexact;
    if (fr != 0) inexact = true;
    else if (pow10_table[idx].exact) inexact = rest != 0;
    else if (k >= 1 && k <= 19) inexact = false;
    else return false;
    *out = 2 * f + inexact;
    return true;
}

/* Shortest digits of d (> 0, finite) as an integer *m and the decimal
 * exponent of its last digit (d ~ *m * 10^*e); false when the fast path
 * cannot decide (see scaled). *m may end in zeros. */
static bool shortest_fast(double d, uint64_t *m, int *e) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    uint64_t frac = bits & ((1ull << 52) - 1);
    int bexp = (int)(bits >> 52) & 0x7ff;
    uint64_t c;
    int q;
    bool irregular = false;
    if (bexp == 0) {
        c = frac;
        q = -1074;
    } else {
        c = frac | (1ull << 52);
        q = bexp - 1075;
        irregular = frac == 0 && bexp > 1;
    }
    int k = irregular ? (q * 1262611 - 523500) >> 22 : (q * 1262611) >> 22;
    uint64_t vl, vm, vr;
    if (!scaled(4 * c - (irregular ? 1 : 2), q, k, &vl) || !scaled(4 * c, q, k, &vm) ||
        !scaled(4 * c + 2, q, k, &vr))
        return false;
    bool closed = (c & 1) == 0;
    /* n (in units of 10^k) is in the interval iff lower_in(n) && upper_in(n) */
#define LOWER_IN(n) (closed ? vl <= 8 * (n) : vl < 8 * (n))
#define UPPER_IN(n) (closed ? 8 * (n) <= vr : 8 * (n) < vr)
    uint64_t s = vm >> 3;                       /* floor(d * 10^-k) */
    if (s < 10) return false;                   /* the two smallest subnormals */
    uint64_t sp = s - s % 10, tp = sp + 10;     /* sp <= d*10^-k < tp */
    bool sp_in = LOWER_IN(sp), tp_in = UPPER_IN(tp);
    if (sp_in != tp_in) {
        *m = sp_in ? sp : tp;
        *e = k;
        return true;
    }
    bool s_in = LOWER_IN(s), t_in = UPPER_IN(s + 1);
#undef LOWER_IN
#undef UPPER_IN
    if (s_in && t_in) {                         /* the closer one, ties to even */
        uint64_t half = 8 * s + 4;
        *m = vm < half || (vm == half && (s & 1) == 0) ? s : s + 1;
    } else {
        *m = s_in ? s : s + 1;
    }
    *e = k;
    return true;
}

/* Writes the decimal digits of m (> 0) to out; returns how many. */
static int write_u64(char *out, uint64_t m) {
    static const char pairs[201] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    char tmp[24];
    char *p = tmp + sizeof tmp;
    while (m >= 100) {
        unsigned r = (unsigned)(m % 100);
        m /= 100;
        p -= 2;
        memcpy(p, pairs + 2 * r, 2);
    }
    if (m >= 10) {
        p -= 2;
        memcpy(p, pairs + 2 * m, 2);
    } else {
        *--p = (char)('0' + m);
    }
    int n = (int)(tmp + sizeof tmp - p);
    memcpy(out, p, (size_t)n);
    return n;
}

/* p significant digits of d (> 0, finite) that read back as d, if any:
 * fills digits (p of them) and *exp (the decimal exponent of the first
 * digit). The correctly rounded p-digit decimal is the closest candidate,
 * so it is tried first; only when d is a power of two is the interval of
 * values reading back as d lopsided (the gap below is half the gap above),
 * and then the next p-digit decimal above d may still read back when the
 * closest one, below d, does not. */
static bool digits_round_trip(double d, int p, char *digits, int *exp) {
    char buf[40];
    snprintf(buf, sizeof buf, "%.*e", p - 1, d);
    double back = strtod(buf, NULL);
    /* buf is "D.DDDDe[+-]XX" or "De[+-]XX" */
    char *q = buf;
    int n = 0;
    while (*q != 'e') {
        if (*q != '.') digits[n++] = *q;
        q++;
    }
    digits[n] = 0;
    *exp = atoi(q + 1);
    if (back == d) return true;
    int e2;
    if (back > d || frexp(d, &e2) != 0.5) return false;
    int i = n - 1;                    /* add one unit in the last place */
    while (i >= 0 && digits[i] == '9') digits[i--] = '0';
    if (i >= 0) {
        digits[i]++;
    } else {
        digits[0] = '1';
        ++*exp;
    }
    snprintf(buf, sizeof buf, "%c.%se%d", digits[0], digits + 1, *exp);
    return strtod(buf, NULL) == d;
}

/* Shortest digits of d (> 0, finite) that read back as d, closest to d
 * among those: fills digits (no trailing zeros) and returns the decimal
 * exponent of the first digit.
 *
 * For normal doubles, any decimal of at most 15 significant digits
 * survives decimal -> double -> 15 digits unchanged (DBL_DIG). So if the
 * 15-digit form reads back, no shorter string that reads back can differ
 * from it but by trailing zeros: stripping them gives the answer. Else 16
 * or 17 digits are needed (17 always suffice). Subnormals have fewer
 * significant bits, so there the length is found by bisection: if p digits
 * read back, so do p + 1 (the p-digit candidate is itself a (p+1)-digit
 * number and the best (p+1)-digit one is at least as close). */
static int shortest_digits(double d, char *digits) {
    int exp, p;
    if (d >= 0x1p-1022) {          /* normal */
        p = 15;
        while (!digits_round_trip(d, p, digits, &exp) && p < 17) p++;
    } else {
        int lo = 1, hi = 17;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (digits_round_trip(d, mid, digits, &exp)) hi = mid;
            else lo = mid + 1;
        }
        p = lo;
        digits_round_trip(d, p, digits, &exp);
    }
    while (p > 1 && digits[p - 1] == '0') p--;
    digits[p] = 0;
    return exp;
}

size_t float_repr_buf(double d, char *buf) {
    char *out = buf;
    if (isnan(d)) { memcpy(buf, "nan", 4); return 3; }
    if (signbit(d)) { *out++ = '-'; d = -d; }
    if (isinf(d)) { memcpy(out, "inf", 4); return (size_t)(out - buf) + 3; }
    if (d == 0) { memcpy(out, "0.0", 4); return (size_t)(out - buf) + 3; }
    char digits[24];
    int nd, exp;
    uint64_t m;
    int e10;
    if (d < 1e16 && d == (double)(int64_t)d) {
        /* integral below 10^16: all its digits are significant and shortest */
        out += write_u64(out, (uint64_t)d);
        memcpy(out, ".0", 3);
        return (size_t)(out - buf) + 2;
    }
    if (shortest_fast(d, &m, &e10)) {
        while (m % 10 == 0) {
            m /= 10;
            e10++;
        }
        nd = write_u64(digits, m);
        exp = e10 + nd - 1;
    } else {
        exp = shortest_digits(d, digits);
        nd = (int)strlen(digits);
    }
    if (exp < -4 || exp >= 16) {
        *out++ = digits[0];
        if (nd > 1) {
            *out++ = '.';
            memcpy(out, digits + 1, (size_t)nd - 1);
            out += nd - 1;
        }
        *out++ = 'e';
        *out++ = exp < 0 ? '-' : '+';
        int ae = exp < 0 ? -exp : exp;
        if (ae >= 100) *out++ = (char)('0' + ae / 100);
        *out++ = (char)('0' + ae / 10 % 10);
        *out++ = (char)('0' + ae % 10);
    } else if (exp < 0) {
        *out++ = '0';
        *out++ = '.';
        for (int i = -1; i > exp; i--) *out++ = '0';
        memcpy(out, digits, (size_t)nd);
        out += nd;
    } else {
        int decpt = exp + 1;     /* digits before the point */
        for (int i = 0; i < decpt; i++) *out++ = i < nd ? digits[i] : '0';
        *out++ = '.';
        if (nd > decpt) {
            memcpy(out, digits + decpt, (size_t)(nd - decpt));
            out += nd - decpt;
        } else {
            *out++ = '0';
        }
    }
    *out = 0;
    return (size_t)(out - buf);
}

Value float_repr(Value v) {
    char buf[32];
    size_t n = float_repr_buf(float_val(v), buf);
    return str_new(buf, n);
}

/* ---- parsing ------------------------------------------------------------ */

static inline bool is_ascii_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

/* Case-insensitive match of [p, end) against the lowercase word w. */
static bool word_eq(const char *p, const char *end, const char *w) {
    size_t n = strlen(w);
    if ((size_t)(end - p) != n) return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != w[i]) return false;
    return true;
}

/* Copies a run of digits with single underscores between them from *pp to
 * *outp; returns the number of digits, or -1 on a misplaced underscore. */
static int64_t copy_digits(const char **pp, const char *end, char **outp) {
    const char *p = *pp;
    char *out = *outp;
    int64_t n = 0;
    while (p < end) {
        if (*p >= '0' && *p <= '9') {
            *out++ = *p++;
            n++;
        } else if (*p == '_' && n > 0 && p + 1 < end && p[1] >= '0' && p[1] <= '9') {
            p++;
        } else {
            break;
        }
    }
    if (p < end && *p == '_') return -1;
    *pp = p;
    *outp = out;
    return n;
}

/* orig is what the error message quotes; text is what is parsed (orig
 * with Unicode digits and spaces folded to ASCII). */
static Value float_parse_text(const char *orig, size_t len, const char *text, size_t tlen,
                              bool is_bytes) {
    const char *s = text, *end = text + tlen;
    while (s < end && is_ascii_space((unsigned char)*s)) s++;
    while (end > s && is_ascii_space((unsigned char)end[-1])) end--;

    char small[128];
    char *buf = tlen + 1 <= sizeof small ? small : malloc(tlen + 1);
    if (!buf) return err_nomem();
    char *out = buf;
    bool ok = false;
    double result = 0;
    const char *p = s;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    if (word_eq(p, end, "inf") || word_eq(p, end, "infinity")) {
        result = neg ? -INFINITY : INFINITY;
        ok = true;
    } else if (word_eq(p, end, "nan")) {
        result = NAN;
        ok = true;
    } else {
        if (neg) *out++ = '-';
        int64_t ni = copy_digits(&p, end, &out), nf = 0;
        if (ni >= 0 && p < end && *p == '.') {
            *out++ = *p++;
            nf = copy_digits(&p, end, &out);
        }
        if (ni >= 0 && nf >= 0 && ni + nf > 0) {
            bool exp_ok = true;
            if (p < end && (*p == 'e' || *p == 'E')) {
                *out++ = *p++;
                if (p < end && (*p == '+' || *p == '-')) *out++ = *p++;
                exp_ok = copy_digits(&p, end, &out) > 0;
            }
            if (exp_ok && p == end) {
                *out = 0;
                result = strtod(buf, NULL);   /* overflow gives inf, as Python wants */
                ok = true;
            }
        }
    }
    if (buf != small) free(buf);
    if (ok) return v_from_float(result);

    Value obj = is_bytes ? bytes_new(orig, len) : str_new(orig, len);
    if (obj == V_NULL) return V_NULL;
    Value r = is_bytes ? bytes_repr(obj) : str_repr(obj);
    v_decref(obj);
    if (r == V_NULL) return V_NULL;
    err_format(&Exc_ValueError, "could not convert string to float: %s", str_data(r));
    v_decref(r);
    return V_NULL;
}

static Value float_parse(const char *orig, size_t len, bool is_bytes) {
    size_t n;
    char *ascii = is_bytes ? NULL : uni_fold_digits_spaces(orig, len, &n);
    if (!ascii) return float_parse_text(orig, len, orig, len, is_bytes);
    Value r = float_parse_text(orig, len, ascii, n, is_bytes);
    free(ascii);
    return r;
}

Value float_from_string(const char *s, size_t len) {
    return float_parse(s, len, false);
}

/* ---- arithmetic ------------------------------------------------------------ */

Value float_div(double a, double b) {
    if (b == 0) return err_format(&Exc_ZeroDivisionError, "float division by zero");
    return v_from_float(a / b);
}

/* Python's divmod for doubles, b != 0: the remainder takes b's sign (a
 * zero remainder too), and the quotient is floor(a / b) computed from the
 * exactly known a - mod so that q * b + mod stays as close to a as
 * possible. */
static void float_divmod_raw(double a, double b, double *qout, double *rout) {
    double mod = fmod(a, b);
    double div = (a - mod) / b;     /* an integer up to rounding */
    if (mod != 0) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, b);
    }
    double q;
    if (div != 0) {
        q = floor(div);
        if (div - q > 0.5) q += 1.0;   /* (a - mod) / b rounded just below an integer */
    } else {
        q = copysign(0.0, a / b);
    }
    *qout = q;
    *rout = mod;
}

Value float_floordiv(double a, double b) {
    if (b == 0) return err_format(&Exc_ZeroDivisionError, "float floor division by zero");
    double q, r;
    float_divmod_raw(a, b, &q, &r);
    return v_from_float(q);
}

Value float_mod(double a, double b) {
    if (b == 0) return err_format(&Exc_ZeroDivisionError, "float modulo");
    double mod = fmod(a, b);
    if (mod != 0) {
        if ((b < 0) != (mod < 0)) mod += b;
    } else {
        mod = copysign(0.0, b);
    }
    return v_from_float(mod);
}

Value float_divmod(double a, double b) {
    if (b == 0) return err_format(&Exc_ZeroDivisionError, "float divmod()");
    double q, r;
    float_divmod_raw(a, b, &q, &r);
    Value items[2] = {v_from_float(q), v_from_float(r)};
    return tuple_from_array_steal(items, 2);
}

static inline bool is_odd_integer(double x) {
    return fabs(fmod(x, 2.0)) == 1.0;
}

static Value err_range(void) {
    Value msg = str_from_cstr("Numerical result out of range");
    if (msg == V_NULL) return V_NULL;
    Value items[2] = {v_from_smallint(34), msg};
    Value args = tuple_from_array_steal(items, 2);
    if (args == V_NULL) return V_NULL;
    Value exc = exc_new(&Exc_OverflowError, args);
    v_decref(args);
    if (exc == V_NULL) return V_NULL;
    return err_set_object(exc);
}

/* C99's pow already agrees with Python on most special cases; the ones
 * spelled out here are where Python raises or where C leaves it open. */
Value float_pow(double a, double b) {
    if (b == 0) return v_from_float(1.0);             /* even nan ** 0 */
    if (isnan(a)) return v_from_float(a);
    if (isnan(b)) return v_from_float(a == 1.0 ? 1.0 : b);
    if (isinf(b)) {
        double m = fabs(a);
        if (m == 1.0) return v_from_float(1.0);
        return v_from_float((b > 0) == (m > 1.0) ? INFINITY : 0.0);
    }
    if (isinf(a)) {
        bool odd = is_odd_integer(b);
        if (b > 0) return v_from_float(odd ? a : fabs(a));
        return v_from_float(odd ? copysign(0.0, a) : 0.0);
    }
    if (a == 0) {
        if (b < 0) return err_format(&Exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return v_from_float(is_odd_integer(b) ? a : 0.0);
    }
    bool negate = false;
    if (a < 0) {
        if (b != floor(b)) return complex_pow_values(v_from_float(a), v_from_float(b));
        negate = is_odd_integer(b);
        a = -a;
    }
    double r = a == 1.0 ? 1.0 : pow(a, b);
    if (isinf(r)) return err_range();
    return v_from_float(negate ? -r : r);
}

/* ---- round ---------------------------------------------------------------- */

/* Beyond these, round(x, n) is x itself, or a zero: any double has at most
 * 323 significant decimals after the point and is below 10^309. */
#define NDIGITS_MAX 323
#define NDIGITS_MIN (-308)

/* round(d, -k) for k > 0: rounds the exact integer part's digits half to
 * even at 10^k, with the dropped fraction as a sticky bit; the decimal
 * result goes back through strtod. */
static double round_to_tens(double d, int64_t k, bool *overflow) {
    double ip = trunc(d);
    bool frac = ip != d;
    char digits[400];
    int nd = snprintf(digits, sizeof digits, "%.0f", fabs(ip));   /* exact */
    if (nd == 1 && digits[0] == '0') nd = 0;
    char out[420];
    char *o = out;
    if (signbit(d)) *o++ = '-';
    int keep = nd - (int)(k < nd ? k : nd);
    bool up = false;
    if (k <= nd) {
        int rd = digits[keep] - '0';
        bool rest = frac;
        for (int i = keep + 1; i < nd && !rest; i++) rest = digits[i] != '0';
        int last = keep > 0 ? digits[keep - 1] - '0' : 0;
        up = rd > 5 || (rd == 5 && (rest || (last & 1)));
    }
    /* digits[0..keep) plus one if up, then k zeros as an exponent */
    if (up) {
        int i = keep - 1;
        while (i >= 0 && digits[i] == '9') digits[i--] = '0';
        if (i >= 0) {
            digits[i]++;
        } else {
            *o++ = '1';
        }
    }
    memcpy(o, digits, (size_t)keep);
    o += keep;
    if (o == out || (o == out + 1 && out[0] == '-')) *o++ = '0';
    sprintf(o, "e%lld", (long long)k);
    double r = strtod(out, NULL);
    *overflow = isinf(r);
    return r;
}

Value float_round(double d, Value ndigits) {
    if (ndigits == V_NONE || ndigits == V_NULL) {
        double r = round(d);
        if (fabs(d - r) == 0.5) r = 2.0 * round(d / 2.0);   /* halfway: to even */
        return int_from_double(r);
    }
    int64_t n;
    if (!v_is_int_or_bool(ndigits) && !(v_is_ptr(ndigits) && (v_type(ndigits)->flags & TPFLAG_INT_SUBCLASS)))
        return err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          v_type_name(ndigits));
    if (int_as_i64(ndigits, &n) < 0) {
        err_clear();
        n = int_sign(ndigits) > 0 ? NDIGITS_MAX + 1 : NDIGITS_MIN - 1;
    }
    if (n > NDIGITS_MAX) return v_from_float(d);
    if (n < NDIGITS_MIN) return v_from_float(0.0 * d);
    if (d == 0 || !isfinite(d)) return v_from_float(d);
    double r;
    if (n >= 0) {
        char buf[720];
        snprintf(buf, sizeof buf, "%.*f", (int)n, d);   /* correctly rounded, ties to even */
        r = strtod(buf, NULL);
    } else {
        bool overflow;
        r = round_to_tens(d, -n, &overflow);
        if (overflow) return err_format(&Exc_OverflowError, "rounded value too large to represent");
    }
    return v_from_float(r);
}

/* ---- hash ---------------------------------------------------------------- */

/* d = m * 2^e with an integer m < 2^53, and 2^61 == 1 (mod 2^61 - 1), so
 * hash(d) = m * 2^(e mod 61) mod P: the same value hash(int) gives an
 * integral d, and the value a Fraction with d's value would get. */
int64_t float_hash(double d) {
    if (!isfinite(d)) {
        if (isinf(d)) return d > 0 ? HASH_INF : -HASH_INF;
        return 0;   /* CPython 3.10+ hashes nan by identity; unboxed nans have none */
    }
    int64_t h;
    if (fabs(d) < 9e15 && d == (double)(int64_t)d) {
        h = (int64_t)d;      /* |h| < P: its own hash */
    } else {
        int e;
        double m = frexp(fabs(d), &e);
        uint64_t mant = (uint64_t)ldexp(m, 53);
        e -= 53;
        int r = ((e % 61) + 61) % 61;
        h = (int64_t)(((unsigned __int128)mant << r) % HASH_MODULUS);
        if (d < 0) h = -h;
    }
    return h == -1 ? -2 : h;
}

/* ---- coercion ---------------------------------------------------------- */

static inline bool is_intlike(Value v) {
    if (v_is_smallint(v) || v_is_bool(v)) return true;
    return v_is_ptr(v) && (v_as_obj(v)->type->flags & TPFLAG_INT_SUBCLASS);
}

int float_coerce(Value v, double *out) {
    if (v_is_float(v)) { *out = v_as_float(v); return 1; }
    if (v_is_ptr(v) && (v_as_obj(v)->type->flags & TPFLAG_FLOAT_SUBCLASS)) {
        *out = float_val(v);
        return 1;
    }
    if (v_is_smallint(v)) { *out = (double)v_as_smallint(v); return 1; }
    if (v_is_bool(v)) { *out = v == V_TRUE; return 1; }
    if (is_intlike(v)) return int_as_double(v, out) < 0 ? -1 : 1;
    return 0;
}

/* Both operands as doubles for a float slot: 1 ok, 0 NotImplemented, -1 error. */
static inline int coerce2(Value a, Value b, double *x, double *y) {
    if (v_is_float(a) && v_is_float(b)) {
        *x = v_as_float(a);
        *y = v_as_float(b);
        return 1;
    }
    if (!(v_is_floatlike(a) || is_intlike(a)) || !(v_is_floatlike(b) || is_intlike(b))) return 0;
    if (float_coerce(a, x) < 0 || float_coerce(b, y) < 0) return -1;
    return 1;
}

#define FLOAT_BINARY(name, expr) \
    static Value name(Value a, Value b) { \
        double x, y; \
        int c = coerce2(a, b, &x, &y); \
        if (c <= 0) return c < 0 ? V_NULL : V_NOTIMPL; \
        return expr; \
    }
FLOAT_BINARY(f_add, v_from_float(x + y))
FLOAT_BINARY(f_sub, v_from_float(x - y))
FLOAT_BINARY(f_mul, v_from_float(x * y))
FLOAT_BINARY(f_truediv, float_div(x, y))
FLOAT_BINARY(f_floordiv, float_floordiv(x, y))
FLOAT_BINARY(f_mod, float_mod(x, y))
FLOAT_BINARY(f_pow, float_pow(x, y))
#undef FLOAT_BINARY

static Value f_ternary_pow(Value a, Value b, Value m) {
    if (m != V_NONE && m != V_NULL)
        return err_format(&Exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return f_pow(a, b);
}

static Value float_richcompare(Value a, Value b, int op) {
    int c;
    if (v_is_floatlike(a) && v_is_floatlike(b)) {
        double x = float_val(a), y = float_val(b);
        switch (op) {
        case CMP_LT: return v_from_bool(x < y);
        case CMP_LE: return v_from_bool(x <= y);
        case CMP_EQ: return v_from_bool(x == y);
        case CMP_NE: return v_from_bool(x != y);
        case CMP_GT: return v_from_bool(x > y);
        case CMP_GE: return v_from_bool(x >= y);
        }
        return V_NOTIMPL;
    }
    if (v_is_floatlike(a) && is_intlike(b)) {
        c = int_compare_double(b, float_val(a));
        if (c != 2) c = -c;
    } else if (is_intlike(a) && v_is_floatlike(b)) {
        c = int_compare_double(a, float_val(b));
    } else {
        return V_NOTIMPL;
    }
    if (c == 2) return v_from_bool(op == CMP_NE);
    return v_from_bool(cmp_order_holds(op, c));
}

/* self may be a float subclass instance: results are plain floats. */
static int64_t f_hash(Value v) { return float_hash(float_val(v)); }
static int f_bool(Value v) { return float_val(v) != 0; }
static Value f_neg(Value v) { return v_from_float(-float_val(v)); }
static Value f_pos(Value v) { return v_from_float(float_val(v)); }
static Value f_abs(Value v) { return v_from_float(fabs(float_val(v))); }
static Value f_int(Value v) { return int_from_double(float_val(v)); }

/* ---- construction ---------------------------------------------------------- */

static Value float_construct_exact(const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("float", nargs, kwnames, 0, 1) < 0) return V_NULL;
    if (nargs == 0) return v_from_float(0.0);
    Value x = args[0];
    double d;
    if (v_is_float(x)) return x;
    if (v_is_str(x)) return float_parse(str_data(x), (size_t)str_nbytes(x), false);
    if (v_is_byteslike(x)) {
        BytesObject *b = (BytesObject *)v_as_obj(x);
        return float_parse((const char *)b->data, (size_t)b->size, true);
    }
    if (is_intlike(x)) {
        if (float_coerce(x, &d) < 0) return V_NULL;
        return v_from_float(d);
    }
    TypeObject *t = v_type(x);
    if (t->nb_float) {
        Value r = t->nb_float(x);
        if (r == V_NULL || v_is_float(r)) return r;
        err_format(&Exc_TypeError, "%s.__float__ returned non-float (type %s)", t->name, v_type_name(r));
        v_decref(r);
        return V_NULL;
    }
    if (t->nb_index) {
        Value r = t->nb_index(x);
        if (r == V_NULL) return V_NULL;
        if (!is_intlike(r)) {
            err_format(&Exc_TypeError, "__index__ returned non-int (type %s)", v_type_name(r));
            v_decref(r);
            return V_NULL;
        }
        int c = float_coerce(r, &d);
        v_decref(r);
        if (c < 0) return V_NULL;
        return v_from_float(d);
    }
    if (t->flags & TPFLAG_STR_SUBCLASS) {
        StrObject *so = (StrObject *)v_as_obj(x);
        return float_parse(so->data, (size_t)so->nbytes, false);
    }
    return err_format(&Exc_TypeError, "float() argument must be a string or a real number, not '%s'", t->name);
}

/* float(x) for float or a subclass: a subclass instance is a heap
 * FloatSubObject (the type's basicsize covers it plus the dict slot, which
 * starts out V_NULL). */
static Value float_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    Value r = float_construct_exact(args, nargs, kwnames);
    if (type == &FloatType || v_is_null(r)) return r;
    size_t size = type->basicsize > sizeof(FloatSubObject) ? type->basicsize : sizeof(FloatSubObject);
    FloatSubObject *f = (FloatSubObject *)obj_alloc(type, size);
    if (!f) return V_NULL;
    f->d = v_as_float(r);
    if (size > sizeof(FloatSubObject))
        for (size_t off = sizeof(FloatSubObject); off + sizeof(Value) <= size; off += sizeof(Value))
            *(Value *)((char *)f + off) = V_NULL;
    return v_from_obj(f);
}

/* ---- methods and attributes ---------------------------------------------- */

static Value m_is_integer(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("float.is_integer", nargs, kwnames, 0, 0) < 0) return V_NULL;
    double d = float_val(self);
    return v_from_bool(isfinite(d) && d == floor(d));
}

static Value m_as_integer_ratio(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("float.as_integer_ratio", nargs, kwnames, 0, 0) < 0) return V_NULL;
    double d = float_val(self);
    if (isinf(d)) return err_format(&Exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d)) return err_format(&Exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    /* scale the mantissa to the smallest integer: the numerator is then
     * odd whenever the denominator is a power of two above 1 */
    while (m != floor(m)) {
        m *= 2.0;
        e--;
    }
    mpz_t num, den;
    mpz_init_set_d(num, m);
    mpz_init_set_ui(den, 1);
    if (e > 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    Value items[2] = {int_from_mpz(num), int_from_mpz(den)};
    mpz_clear(num);
    mpz_clear(den);
    if (items[0] == V_NULL || items[1] == V_NULL) {
        v_decref(items[0]);
        v_decref(items[1]);
        return V_NULL;
    }
    return tuple_from_array_steal(items, 2);
}

static Value m_conjugate(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("float.conjugate", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return v_from_float(float_val(self));
}

static Value m_trunc(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("float.__trunc__", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return int_from_double(float_val(self));
}

static Value m_floor(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("float.__floor__", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return int_from_double(floor(float_val(self)));
}

static Value m_ceil(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("float.__ceil__", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return int_from_double(ceil(float_val(self)));
}

static Value m_round(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("float.__round__", nargs, kwnames, 0, 1) < 0) return V_NULL;
    return float_round(float_val(self), nargs ? args[0] : V_NONE);
}

static Value g_real(Value self) { return v_from_float(float_val(self)); }
static Value g_imag(Value self) { (void)self; return v_from_float(0.0); }

/* float.hex(): [-]0x1.<13 hex digits>p<exp> for normal numbers,
 * [-]0x0.<13 digits>p-1022 for subnormals, as CPython prints them. */
static Value m_hex(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("float.hex", nargs, kwnames, 0, 0) < 0) return V_NULL;
    double d = float_val(self);
    if (isnan(d)) return str_from_cstr("nan");
    if (isinf(d)) return str_from_cstr(d < 0 ? "-inf" : "inf");
    const char *sign = signbit(d) ? "-" : "";
    if (d == 0) return str_printf("%s0x0.0p+0", sign);
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    uint64_t mant = bits & ((1ull << 52) - 1);
    int biased = (int)((bits >> 52) & 0x7FF);
    if (biased == 0)
        return str_printf("%s0x0.%013llxp-1022", sign, (unsigned long long)mant);
    int e = biased - 1023;
    return str_printf("%s0x1.%013llxp%c%d", sign, (unsigned long long)mant, e < 0 ? '-' : '+', e < 0 ? -e : e);
}

/* float.fromhex(s): strtod reads C99 hex floats with correct rounding;
 * Python also accepts the digits without the 0x prefix. */
static Value m_fromhex(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("float.fromhex", nargs, kwnames, 1, 1) < 0) return V_NULL;
    if (!v_is_str(args[0]))
        return err_format(&Exc_TypeError, "must be str, not %s", v_type_name(args[0]));
    const char *s = str_data(args[0]), *end = s + str_nbytes(args[0]);
    while (s < end && is_ascii_space((unsigned char)*s)) s++;
    while (end > s && is_ascii_space((unsigned char)end[-1])) end--;
    size_t n = (size_t)(end - s);
    char *buf = malloc(n + 3);
    if (!buf) return err_nomem();
    const char *p = s;
    size_t k = 0;
    if (p < end && (*p == '+' || *p == '-')) buf[k++] = *p++;
    bool special = false;
    size_t rest = (size_t)(end - p);
    for (const char *w = "inf\0infinity\0nan\0"; *w; w += strlen(w) + 1)
        if (rest == strlen(w) && strncasecmp(p, w, rest) == 0) special = true;
    if (!special && !(rest >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x')) {
        buf[k++] = '0';
        buf[k++] = 'x';
    }
    memcpy(buf + k, p, rest);
    buf[k + rest] = '\0';
    bool bad = rest == 0;
    for (size_t i = 0; i < rest && !bad; i++)   /* strtod would also take decimal exponents etc. */
        bad = !(isxdigit((unsigned char)p[i]) || strchr(".pPxX+-", p[i]) || special);
    errno = 0;
    char *stop;
    double d = bad ? 0 : strtod(buf, &stop);
    if (!bad && *stop != '\0') bad = true;
    free(buf);
    if (bad) return err_format(&Exc_ValueError, "invalid hexadecimal floating-point string");
    if (errno == ERANGE && isinf(d) && !special)
        return err_format(&Exc_OverflowError, "hexadecimal value too large to represent as a float");
    Value r = v_from_float(d);
    if (self == v_from_obj(&FloatType)) return r;
    return obj_call1(self, r);   /* a subclass builds itself from the value */
}

static Value m_getnewargs(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("float.__getnewargs__", nargs, kwnames, 0, 0) < 0) return V_NULL;
    double d;
    if (float_coerce(self, &d) < 0) return V_NULL;
    Value v = v_from_float(d);
    return tuple_from_array_steal(&v, 1);
}

/* float.__divmod__ / __rdivmod__: ints and floats (and their subclasses)
 * as the other operand, NotImplemented for anything else. */
static Value divmod_wrapper(const char *name, Value self, const Value *args, size_t nargs, Value kwnames,
                            bool reflected) {
    if (args_check_positional(name, nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value o = args[0];
    TypeObject *t = v_type(o);
    if (!v_is_float(o) && !v_is_int_or_bool(o) && !(t->flags & (TPFLAG_INT_SUBCLASS | TPFLAG_FLOAT_SUBCLASS)))
        return V_NOTIMPL;
    double x, y;
    if (float_coerce(self, &x) < 0 || float_coerce(o, &y) < 0) return V_NULL;
    return reflected ? float_divmod(y, x) : float_divmod(x, y);
}
static Value m_divmod(Value self, const Value *args, size_t nargs, Value kwnames) {
    return divmod_wrapper("__divmod__", self, args, nargs, kwnames, false);
}
static Value m_rdivmod(Value self, const Value *args, size_t nargs, Value kwnames) {
    return divmod_wrapper("__rdivmod__", self, args, nargs, kwnames, true);
}

static const MethodDef float_methods[] = {
    {"is_integer", m_is_integer, 0, "Return True if the float is an integer."},
    {"as_integer_ratio", m_as_integer_ratio, 0, "Return integer ratio."},
    {"conjugate", m_conjugate, 0, "Return self, the complex conjugate of any float."},
    {"hex", m_hex, 0, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", m_fromhex, METH_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"__trunc__", m_trunc, 0, "Return the Integral closest to x between 0 and x."},
    {"__floor__", m_floor, 0, "Return the floor as an Integral."},
    {"__ceil__", m_ceil, 0, "Return the ceiling as an Integral."},
    {"__round__", m_round, 0, "Return the Integral closest to x, rounding half toward even."},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__divmod__", m_divmod, 0, "Return divmod(self, value)."},
    {"__rdivmod__", m_rdivmod, 0, "Return divmod(value, self)."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef float_getset[] = {
    {"real", g_real, NULL},
    {"imag", g_imag, NULL},
    {NULL, NULL, NULL},
};

/* Floats are unboxed; basicsize is the layout of subclass instances
 * (FloatSubObject), which the flag below identifies. */
TypeObject FloatType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "float",
    .base = &ObjectType,
    .flags = TPFLAG_BASETYPE | TPFLAG_FLOAT_SUBCLASS | TPFLAG_NEW_TAKES_ARGS,
    .basicsize = sizeof(FloatSubObject),
    .repr = float_repr,
    .str = float_repr,
    .hash = f_hash,
    .richcompare = float_richcompare,
    .bool_ = f_bool,
    .nb = {
        [NB_ADD] = f_add,
        [NB_SUBTRACT] = f_sub,
        [NB_MULTIPLY] = f_mul,
        [NB_TRUE_DIVIDE] = f_truediv,
        [NB_FLOOR_DIVIDE] = f_floordiv,
        [NB_REMAINDER] = f_mod,
        [NB_POWER] = f_pow,
    },
    .nb_ternary_pow = f_ternary_pow,
    .nb_negative = f_neg,
    .nb_positive = f_pos,
    .nb_absolute = f_abs,
    .nb_int = f_int,
    .nb_float = f_pos,
    .construct = float_construct,
    .methods = float_methods,
    .getset = float_getset,
};

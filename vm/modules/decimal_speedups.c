/* decimal_speedups.c: the _decimal_speedups module, C fast paths for
 * lib/decimal.py.
 *
 * lib/decimal.py keeps a Decimal as four __slots__ (_sign, _coef, _exp,
 * _special) and a Context's numeric settings as __slots__ too; init() hands
 * this module the two classes, and the kernels here read and write those
 * slots directly at the offsets the class layout gives them.
 *
 * Every kernel does only the common case: exact Decimal operands (or a
 * small int for the binary operations), finite, coefficients below 10^38
 * (a small int or an int of up to 127 bits) and small-int exponents,
 * results whose coefficient stays below 10^38 (2^63 for quantize), and a
 * Context of the exact class with clamp 0. The conditions such a result
 * raises are at most Inexact and Rounded; they are recorded here (flags set
 * to True) only when neither is trapped. Anything else returns None before
 * touching any state, and decimal.py's Python code does the operation. */
#include "stdmod.h"
#include "../abstract.h"
#include "../classobj.h"
#include "../int.h"
#include "../list.h"

/* ---- state given by init() ---------------------------------------------- */

static TypeObject *dec_type;        /* decimal.Decimal (a reference held) */
static TypeObject *ctx_type;        /* decimal.Context */
static int64_t dec_off;             /* byte offset of Decimal's first slot */
static int64_t ctx_off;             /* byte offset of Context's first slot */
static Value getcontext_fn;         /* decimal.getcontext */
/* The running thread's identifier (vm/modules/thread.c). */
int64_t thread_current_ident(void);
static Value sig_inexact, sig_rounded;
static int64_t hash_inexact, hash_rounded;   /* their hashes (identity: fixed) */
static Value roundings[8];          /* decimal's ROUND_* strings, RM_* order */
static bool ready;

/* the one-entry current-context cache: valid while cached_ident is the
 * current thread's; decimal.setcontext empties it (invalidate()). */
static int64_t cached_ident;
static Value cached_ctx = V_NULL;

enum { RM_UP, RM_DOWN, RM_CEILING, RM_FLOOR, RM_HALF_UP, RM_HALF_DOWN, RM_HALF_EVEN, RM_05UP };

/* Decimal slots */
enum { D_SIGN, D_COEF, D_EXP, D_SPECIAL };
/* Context slots (decimal.Context.__slots__ order) */
enum { C_PREC, C_ROUNDING, C_EMIN, C_EMAX, C_CAPITALS, C_CLAMP, C_FLAGS, C_TRAPS };

#define ST_INEXACT 1
#define ST_ROUNDED 2

typedef unsigned __int128 u128;

static inline Value *dslots(Value d) { return (Value *)((char *)v_as_obj(d) + dec_off); }
static inline Value *cslots(Value c) { return (Value *)((char *)v_as_obj(c) + ctx_off); }

static u128 P10[39];

/* decimal digits of c (1 for 0), c < 10^39 */
static int ndigits(u128 c) {
    uint64_t hi = (uint64_t)(c >> 64);
    int bits = hi ? 128 - __builtin_clzll(hi) : 64 - __builtin_clzll((uint64_t)c | 1);
    /* floor(bits * log10(2)) is the count or one less */
    int n = (bits * 1233) >> 12;
    if (n < 39 && c >= P10[n]) n++;
    return n ? n : 1;
}

/* A finite Decimal with small-int fields, unpacked. */
typedef struct {
    int sign;
    u128 coef;
    int64_t exp;
} Fin;

static bool unpack(Value d, Fin *f) {
    if (!v_is_ptr(d) || v_as_obj(d)->type != dec_type) return false;
    Value *s = dslots(d);
    if (s[D_SPECIAL] != v_from_smallint(0)) return false;
    if (!v_is_smallint(s[D_EXP])) return false;
    Value cv = s[D_COEF];
    if (v_is_smallint(cv)) {
        int64_t c = v_as_smallint(cv);
        if (c < 0) return false;
        f->coef = (u128)c;
    } else if (v_is_bigint(cv)) {
        /* a coefficient of up to 38 digits (a quotient at precision 28) */
        const mpz_t *z = &((BigInt *)v_as_obj(cv))->z;
        if (mpz_sgn(*z) < 0 || mpz_sizeinbase(*z, 2) > 127) return false;
        u128 c = (u128)mpz_getlimbn(*z, 0);
        if (mpz_size(*z) > 1) c |= (u128)mpz_getlimbn(*z, 1) << 64;
        if (c >= P10[38]) return false;
        f->coef = c;
    } else {
        return false;
    }
    if (s[D_SIGN] == v_from_smallint(0)) f->sign = 0;
    else if (s[D_SIGN] == v_from_smallint(1)) f->sign = 1;
    else return false;
    f->exp = v_as_smallint(s[D_EXP]);
    return true;
}

/* the other operand of a binary operation: a Decimal or a small int */
static bool unpack_operand(Value v, Fin *f) {
    if (v_is_smallint(v)) {
        int64_t i = v_as_smallint(v);
        f->sign = i < 0;
        f->coef = (u128)(i < 0 ? -i : i);
        f->exp = 0;
        return true;
    }
    return unpack(v, f);
}

/* The context's settings the kernels use. */
typedef struct {
    Value ctx;
    int64_t prec, emin, emax;
    int rounding;
} Ctx;

static int rounding_mode(Value r) {
    if (r == roundings[RM_HALF_EVEN]) return RM_HALF_EVEN;
    for (int i = 0; i < 8; i++)
        if (roundings[i] == r) return i;
    return -1;
}

static Value current_context(void) {
    int64_t t = thread_current_ident();
    if (!v_is_null(cached_ctx) && t == cached_ident) return cached_ctx;
    Value c = obj_call0(getcontext_fn);
    if (v_is_null(c)) return V_NULL;
    cached_ident = t;
    v_setref(&cached_ctx, c);
    return c;
}

/* 1: ok; 0: not a plain context (slow path); -1: error. */
static int get_ctx(Value c, Ctx *k) {
    if (v_is_none(c)) {
        c = current_context();
        if (v_is_null(c)) return -1;
    }
    if (!v_is_ptr(c) || v_as_obj(c)->type != ctx_type) return 0;
    Value *s = cslots(c);
    if (!v_is_smallint(s[C_PREC]) || !v_is_smallint(s[C_EMIN]) || !v_is_smallint(s[C_EMAX]))
        return 0;
    if (s[C_CLAMP] != v_from_smallint(0)) return 0;
    k->ctx = c;
    k->prec = v_as_smallint(s[C_PREC]);
    k->emin = v_as_smallint(s[C_EMIN]);
    k->emax = v_as_smallint(s[C_EMAX]);
    k->rounding = rounding_mode(s[C_ROUNDING]);
    if (k->rounding < 0) return 0;
    return 1;
}

/* coef with its last drop (1..38) digits removed under rounding mode rm;
 * *inexact says whether nonzero digits went. */
static u128 round_drop(u128 coef, int drop, int sign, int rm, bool *inexact) {
    u128 p = P10[drop];
    u128 q = coef / p, r = coef % p;
    *inexact = r != 0;
    if (!r) return q;
    u128 half = 5 * P10[drop - 1];
    switch (rm) {
    case RM_HALF_EVEN: if (r > half || (r == half && (q & 1))) q++; break;
    case RM_DOWN: break;
    case RM_HALF_UP: if (r >= half) q++; break;
    case RM_UP: q++; break;
    case RM_HALF_DOWN: if (r > half) q++; break;
    case RM_CEILING: if (!sign) q++; break;
    case RM_FLOOR: if (sign) q++; break;
    default: if (q % 5 == 0) q++; break;   /* ROUND_05UP */
    }
    return q;
}

/* Records the status (ST_* bits) on the context: true when done, false
 * when a trap may fire (the caller takes the slow path). */
static bool record(const Ctx *k, int st) {
    if (!st) return true;
    Value *s = cslots(k->ctx);
    Value flags = s[C_FLAGS], traps = s[C_TRAPS];
    if (!v_is_ptr(flags) || !v_is_ptr(traps)) return false;
    if ((st & ST_INEXACT) && dict_get_hashed(traps, sig_inexact, hash_inexact) != V_FALSE) return false;
    if ((st & ST_ROUNDED) && dict_get_hashed(traps, sig_rounded, hash_rounded) != V_FALSE) return false;
    if ((st & ST_INEXACT) && dict_get_hashed(flags, sig_inexact, hash_inexact) != V_TRUE &&
        dict_set(flags, sig_inexact, V_TRUE) < 0) return false;
    if ((st & ST_ROUNDED) && dict_get_hashed(flags, sig_rounded, hash_rounded) != V_TRUE &&
        dict_set(flags, sig_rounded, V_TRUE) < 0) return false;
    return true;
}

/* a Python int from an unsigned 128-bit value */
static Value int_from_u128(u128 c) {
    if (c <= (u128)INT64_MAX) return int_from_i64((int64_t)c);
    mpz_t z;
    mpz_init_set_ui(z, (unsigned long)(uint64_t)(c >> 64));
    mpz_mul_2exp(z, z, 64);
    mpz_add_ui(z, z, (unsigned long)(uint64_t)c);
    Value r = int_from_mpz(z);
    mpz_clear(z);
    return r;
}

static Value make(int sign, u128 coef, int64_t exp) {
    Object *o = obj_alloc(dec_type, dec_type->basicsize);
    if (!o) return V_NULL;
    Value *s = (Value *)((char *)o + dec_off);
    s[D_SIGN] = v_from_smallint(sign);
    s[D_COEF] = int_from_u128(coef);
    s[D_EXP] = int_from_i64(exp);
    s[D_SPECIAL] = v_from_smallint(0);
    if (v_is_null(s[D_COEF]) || v_is_null(s[D_EXP])) {
        v_decref(v_from_obj(o));
        return V_NULL;
    }
    return v_from_obj(o);
}

static inline bool exp_ok(int64_t e) { return smallint_fits(e); }

/* _fix for the common case: the result Decimal, V_NONE for the slow path,
 * V_NULL on error. */
static Value fix(const Ctx *k, int sign, u128 coef, int64_t exp, int st) {
    if (coef == 0) {
        if (exp < k->emin || exp > k->emax - k->prec + 1) return V_NONE;
        if (!record(k, st)) return V_NONE;
        return make(sign, 0, exp);
    }
    int64_t n = ndigits(coef);
    if (exp + n - 1 < k->emin) return V_NONE;     /* subnormal */
    if (n > k->prec) {
        int drop = (int)(n - k->prec);
        bool inexact;
        coef = round_drop(coef, drop, sign, k->rounding, &inexact);
        exp += drop;
        st |= ST_ROUNDED | (inexact ? ST_INEXACT : 0);
        if (coef == P10[k->prec]) {
            coef = P10[k->prec - 1];
            exp++;
        }
        n = k->prec;
    }
    if (exp + n - 1 > k->emax) return V_NONE;     /* overflow */
    if (!exp_ok(exp)) return V_NONE;
    if (!record(k, st)) return V_NONE;
    return make(sign, coef, exp);
}

/* ---- the kernels -------------------------------------------------------- */

/* The kernels: the result, V_NONE for the slow path, V_NULL on error. */

/* a * b under context (None: the current one) */
static Value k_mul(Value av, Value bv, Value cv) {
    Fin a, b;
    if (!unpack(av, &a) || !unpack_operand(bv, &b)) return V_NONE;
    Ctx k;
    int r = get_ctx(cv, &k);
    if (r <= 0) return r < 0 ? V_NULL : V_NONE;
    /* a product of at most 38 digits: fix never needs 10^prec beyond
     * P10's 10^38 */
    if (a.coef && b.coef && ndigits(a.coef) + ndigits(b.coef) > 38) return V_NONE;
    u128 c = a.coef * b.coef;
    int64_t e = a.exp + b.exp;
    return fix(&k, a.sign ^ b.sign, c, e, 0);
}

/* a + b (a - b when negate) under context */
static Value k_add(Value av, Value bv, Value cv, bool negate) {
    Fin a, b;
    if (!unpack(av, &a) || !unpack_operand(bv, &b)) return V_NONE;
    if (negate) b.sign ^= 1;
    if (a.coef == 0 || b.coef == 0) {
        /* x + 0 with the zero's exponent not below x's (sum(), 0 + x):
         * x itself, rounded */
        if (a.coef == 0 && b.coef == 0) return V_NONE;
        const Fin *x = a.coef ? &a : &b, *z = a.coef ? &b : &a;
        if (z->exp < x->exp) return V_NONE;
        Ctx k;
        int r = get_ctx(cv, &k);
        if (r <= 0) return r < 0 ? V_NULL : V_NONE;
        return fix(&k, x->sign, x->coef, x->exp, 0);
    }
    Ctx k;
    int r = get_ctx(cv, &k);
    if (r <= 0) return r < 0 ? V_NULL : V_NONE;
    u128 ac = a.coef, bc = b.coef;
    int64_t e;
    if (a.exp != b.exp) {
        /* align: both coefficients stay below 10^38 */
        if (a.exp > b.exp) {
            int64_t d = a.exp - b.exp;
            if (d > k.prec + 2 || ndigits(ac) + d > 38) return V_NONE;
            ac *= P10[d];
            e = b.exp;
        } else {
            int64_t d = b.exp - a.exp;
            if (d > k.prec + 2 || ndigits(bc) + d > 38) return V_NONE;
            bc *= P10[d];
            e = a.exp;
        }
    } else {
        e = a.exp;
    }
    if (a.sign == b.sign) return fix(&k, a.sign, ac + bc, e, 0);
    u128 c;
    int sign;
    if (ac >= bc) {
        c = ac - bc;
        sign = a.sign;
    } else {
        c = bc - ac;
        sign = b.sign;
    }
    if (!c) sign = k.rounding == RM_FLOOR;
    return fix(&k, sign, c, e, 0);
}

/* a.quantize(exp, rounding, context) */
static Value k_quantize(Value av, Value qv, Value rv, Value cv) {
    Fin a, q;
    if (!unpack(av, &a) || !unpack(qv, &q)) return V_NONE;
    Ctx k;
    int r = get_ctx(cv, &k);
    if (r <= 0) return r < 0 ? V_NULL : V_NONE;
    int rm = k.rounding;
    if (!v_is_none(rv)) {
        rm = rounding_mode(rv);
        if (rm < 0) return V_NONE;
    }
    int64_t e = q.exp;
    if (e > k.emax || e < k.emin - k.prec + 1) return V_NONE;   /* InvalidOperation */
    u128 coef = a.coef;
    int st = 0;
    if (e > a.exp) {
        int64_t drop = e - a.exp;
        if (drop > 38) return V_NONE;
        bool inexact;
        if (coef) st = ST_ROUNDED;     /* even when only zeros go */
        coef = round_drop(coef, (int)drop, a.sign, rm, &inexact);
        if (inexact) st = ST_INEXACT | ST_ROUNDED;
    } else if (e < a.exp) {
        int64_t d = a.exp - e;
        if (coef) {
            if (ndigits(coef) + d > 38) return V_NONE;
            coef *= P10[d];
        }
    }
    if (coef) {
        int64_t n = ndigits(coef);
        if (n > k.prec || e + n - 1 > k.emax) return V_NONE;   /* InvalidOperation */
        if (e + n - 1 < k.emin) return V_NONE;                 /* subnormal */
    }
    if (coef > (u128)INT64_MAX) return V_NONE;
    if (!record(&k, st)) return V_NONE;
    return make(a.sign, coef, e);
}

/* The decimal digits of c (< 10^39), least significant first; their
 * count (1 for 0). 128-bit division once per 19 digits, 64-bit below. */
static int rev_digits(u128 c, char *out) {
    int n = 0;
    while (c > (u128)UINT64_MAX) {
        uint64_t low = (uint64_t)(c % P10[19]);
        c /= P10[19];
        for (int i = 0; i < 19; i++) {
            out[n++] = (char)('0' + (int)(low % 10));
            low /= 10;
        }
    }
    uint64_t v = (uint64_t)c;
    do {
        out[n++] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v);
    return n;
}

/* str(a) for a finite Decimal printed without an exponent */
static Value k_str(Value av) {
    Fin a;
    if (!unpack(av, &a)) return V_NONE;
    char digits[48];
    int n = rev_digits(a.coef, digits);
    /* digits are reversed */
    char buf[128];
    size_t len = 0;
    if (a.sign) buf[len++] = '-';
    int64_t exp = a.exp;
    if (exp == 0) {
        for (int i = n - 1; i >= 0; i--) buf[len++] = digits[i];
        return str_new(buf, len);
    }
    int64_t adj = exp + n - 1;
    if (exp < 0 && adj >= -6) {
        int64_t point = n + exp;
        if (point > 0) {
            for (int i = n - 1; i >= 0; i--) {
                buf[len++] = digits[i];
                if (n - i == point) buf[len++] = '.';
            }
        } else {
            buf[len++] = '0';
            buf[len++] = '.';
            for (int64_t i = 0; i < -point; i++) buf[len++] = '0';
            for (int i = n - 1; i >= 0; i--) buf[len++] = digits[i];
        }
        return str_new(buf, len);
    }
    return V_NONE;
}

/* format(a, spec) for spec [[fill]align][sign][z][0][width][,][.precision]f
 * (or F) with an ASCII fill, a finite a and no zero padding combined with
 * grouping: decimal.py's _format rounds a to exponent -precision under
 * the context's rounding (no flags) and pads/groups the digits. */
static Value k_format(Value av, Value spec) {
    Fin a;
    if (!unpack(av, &a) || !v_is_str(spec)) return V_NONE;
    const unsigned char *p = (const unsigned char *)str_data(spec);
    size_t n = (size_t)str_nbytes(spec), i = 0;
    for (size_t j = 0; j < n; j++)
        if (p[j] >= 0x80) return V_NONE;
    char fill = ' ', align = 0, signopt = '-';
    if (n >= 2 && (p[1] == '<' || p[1] == '>' || p[1] == '=' || p[1] == '^')) {
        fill = (char)p[0];
        align = (char)p[1];
        i = 2;
    } else if (n >= 1 && (p[0] == '<' || p[0] == '>' || p[0] == '=' || p[0] == '^')) {
        align = (char)p[0];
        i = 1;
    }
    if (i < n && (p[i] == '+' || p[i] == '-' || p[i] == ' ')) signopt = (char)p[i++];
    bool zneg = false, zero = false;
    if (i < n && p[i] == 'z') {
        zneg = true;
        i++;
    }
    if (i < n && p[i] == '0') {
        if (align) return V_NONE;
        zero = true;
        i++;
    }
    int64_t width = 0;
    if (i < n && p[i] == '0') return V_NONE;   /* invalid: the slow path reports it */
    while (i < n && p[i] >= '0' && p[i] <= '9') {
        width = width * 10 + (p[i++] - '0');
        if (width > 256) return V_NONE;
    }
    bool group = false;
    if (i < n && p[i] == ',') {
        group = true;
        i++;
    }
    if (i >= n || p[i] != '.') return V_NONE;
    i++;
    int64_t prec = 0;
    size_t j0 = i;
    while (i < n && p[i] >= '0' && p[i] <= '9') {
        prec = prec * 10 + (p[i++] - '0');
        if (prec > 100) return V_NONE;
    }
    if (i == j0 || i + 1 != n || (p[i] != 'f' && p[i] != 'F')) return V_NONE;
    if (zero) {
        if (group) return V_NONE;
        fill = '0';
        align = '=';
    }
    if (!align) align = '>';
    if (zero && width && group) return V_NONE;
    /* the coefficient at exponent -prec */
    u128 coef = a.coef;
    if (a.exp < -prec) {
        int64_t drop = -prec - a.exp;
        if (drop > 38) return V_NONE;
        Ctx k;
        int r = get_ctx(V_NONE, &k);
        if (r <= 0) return r < 0 ? V_NULL : V_NONE;
        bool inexact;
        coef = round_drop(coef, (int)drop, a.sign, k.rounding, &inexact);
    } else if (a.exp > -prec && coef) {
        int64_t d = a.exp + prec;
        if (ndigits(coef) + d > 38) return V_NONE;
        coef *= P10[d];
    }
    char digits[160];     /* 38 digits, or prec (<= 100) + 1 */
    int nd = rev_digits(coef, digits);
    /* digits reversed; pad with zeros to prec + 1 digits */
    while (nd < prec + 1) digits[nd++] = '0';
    int nint = nd - (int)prec;
    /* 'z' drops the sign of a zero result ('f') or of a zero operand ('F':
     * CPython 3.11's _decimal) */
    bool allzero = true;
    for (int j = 0; j < nd; j++)
        if (digits[j] != '0') { allzero = false; break; }
    if (p[n - 1] == 'F') allzero = a.coef == 0;
    bool neg = a.sign && !(zneg && allzero);
    const char *signstr = neg ? "-" : (signopt == '-' ? "" : (signopt == '+' ? "+" : " "));
    size_t slen = strlen(signstr);
    char body[1024];      /* zero padding to width (<= 256), digits, commas */
    size_t blen = 0;
    /* zero padding of the integer part (fill '0', align '=') */
    int64_t tail = prec ? prec + 1 : 0;
    if (zero && width) {
        int64_t minw = width - (int64_t)slen - tail;
        for (int64_t z = nint; z < minw; z++) body[blen++] = '0';
    }
    for (int j = nd - 1; j >= (int)prec; j--) {
        body[blen++] = digits[j];
        int left = j - (int)prec;     /* integer digits still to come */
        if (group && left && left % 3 == 0) body[blen++] = ',';
    }
    if (prec) {
        body[blen++] = '.';
        for (int j = (int)prec - 1; j >= 0; j--) body[blen++] = digits[j];
    }
    char out[1536];
    size_t len = 0;
    int64_t total = (int64_t)(slen + blen);
    int64_t padn = width > total ? width - total : 0;
    int64_t before = 0, mid = 0, after = 0;
    if (padn) {
        if (align == '<') after = padn;
        else if (align == '>') before = padn;
        else if (align == '=') mid = padn;
        else { before = padn / 2; after = padn - before; }
    }
    for (int64_t z = 0; z < before; z++) out[len++] = fill;
    memcpy(out + len, signstr, slen);
    len += slen;
    for (int64_t z = 0; z < mid; z++) out[len++] = fill;
    memcpy(out + len, body, blen);
    len += blen;
    for (int64_t z = 0; z < after; z++) out[len++] = fill;
    return str_new(out, len);
}

/* Decimal(value) for an int or a plain numeric string of at most 18
 * digits ([+-]digits[.digits]) */
static Value k_new(Value v) {
    if (v_is_smallint(v)) {
        int64_t i = v_as_smallint(v);
        return make(i < 0, (u128)(i < 0 ? -i : i), 0);
    }
    if (!v_is_str(v)) return V_NONE;
    const char *p = str_data(v);
    size_t n = (size_t)str_nbytes(v), i = 0;
    int sign = 0;
    if (i < n && (p[i] == '-' || p[i] == '+')) sign = p[i++] == '-';
    uint64_t c = 0;
    int nd = 0, frac = 0;
    bool dot = false;
    for (; i < n; i++) {
        char ch = p[i];
        if (ch >= '0' && ch <= '9') {
            if (++nd > 18) return V_NONE;
            c = c * 10 + (uint64_t)(ch - '0');
            if (dot) frac++;
        } else if (ch == '.' && !dot) {
            dot = true;
        } else {
            return V_NONE;
        }
    }
    if (!nd || c > (uint64_t)SMALLINT_MAX) return V_NONE;
    return make(sign, c, -frac);
}

/* a / b under context: decimal.py's _div for finite nonzero operands
 * whose scaled dividend fits in 128 bits */
static Value k_div(Value av, Value bv, Value cv) {
    Fin a, b;
    if (!unpack(av, &a) || !unpack_operand(bv, &b)) return V_NONE;
    if (b.coef == 0) return V_NONE;
    Ctx k;
    int r = get_ctx(cv, &k);
    if (r <= 0) return r < 0 ? V_NULL : V_NONE;
    int sign = a.sign ^ b.sign;
    int64_t ideal = a.exp - b.exp;
    if (a.coef == 0) return fix(&k, sign, 0, ideal, 0);
    if (k.prec > 36) return V_NONE;
    int na = ndigits(a.coef), nb = ndigits(b.coef);
    int64_t shift = k.prec + nb - na + 1;
    u128 q, rem;
    if (shift >= 0) {
        if (na + shift > 38) return V_NONE;
        u128 x = a.coef * P10[shift];
        q = x / b.coef;
        rem = x % b.coef;
    } else {
        if (nb - shift > 38) return V_NONE;
        u128 y = b.coef * P10[-shift];
        q = a.coef / y;
        rem = a.coef % y;
    }
    int64_t e = ideal - shift;
    if (rem) {
        if (q % 5 == 0) q++;
    } else {
        /* strip trailing zeros down to the ideal exponent: in steps of
         * 10^16, 10^4 and 10, in 64 bits once q fits */
        static const int steps[3] = {16, 4, 1};
        for (int i = 0; i < 3; i++) {
            int st = steps[i];
            while (e + st <= ideal && q > (u128)UINT64_MAX && q % P10[st] == 0) {
                q /= P10[st];
                e += st;
            }
            uint64_t q64 = (uint64_t)q, p = (uint64_t)P10[st];
            if (q <= (u128)UINT64_MAX) {
                while (e + st <= ideal && q64 % p == 0) {
                    q64 /= p;
                    e += st;
                }
                q = q64;
            }
        }
    }
    return fix(&k, sign, q, e, 0);
}

/* divmod, // and % (want 3, 1, 2): decimal.py's _divmod for finite
 * nonzero operands that align within 128 bits */
static Value k_divmod(Value av, Value bv, Value cv, int want) {
    Fin a, b;
    if (!unpack(av, &a) || !unpack_operand(bv, &b)) return V_NONE;
    if (a.coef == 0 || b.coef == 0) return V_NONE;
    Ctx k;
    int r = get_ctx(cv, &k);
    if (r <= 0) return r < 0 ? V_NULL : V_NONE;
    int na = ndigits(a.coef), nb = ndigits(b.coef);
    if ((a.exp + na - 1) - (b.exp + nb - 1) > k.prec + 1) return V_NONE;
    int64_t e = a.exp < b.exp ? a.exp : b.exp;
    u128 ac = a.coef, bc = b.coef;
    if (a.exp > e) {
        if (na + (a.exp - e) > 38) return V_NONE;
        ac *= P10[a.exp - e];
    }
    if (b.exp > e) {
        if (nb + (b.exp - e) > 38) return V_NONE;
        bc *= P10[b.exp - e];
    }
    u128 q = ac / bc, rem = ac % bc;
    if (q && ndigits(q) > k.prec) return V_NONE;
    Value quot = V_NULL, rv = V_NULL;
    if (want & 1) {
        quot = fix(&k, a.sign ^ b.sign, q, 0, 0);
        if (want == 1 || v_is_null(quot) || quot == V_NONE) return quot;
    }
    rv = fix(&k, a.sign, rem, e, 0);
    if (want == 2) return rv;
    if (v_is_null(rv) || rv == V_NONE) {
        v_decref(quot);
        return rv;
    }
    Value t = tuple_pack(2, quot, rv);
    v_decref(quot);
    v_decref(rv);
    return t;
}

/* -1, 0, 1 comparing a finite Decimal with a finite Decimal or small int;
 * 2 when either is something else */
static int k_cmp(Value av, Value bv) {
    Fin a, b;
    if (!unpack(av, &a) || !unpack_operand(bv, &b)) return 2;
    if (a.coef == 0) {
        if (b.coef == 0) return 0;
        return b.sign ? 1 : -1;
    }
    if (b.coef == 0) return a.sign ? -1 : 1;
    if (a.sign != b.sign) return a.sign ? -1 : 1;
    int s = a.sign ? -1 : 1;
    int na = ndigits(a.coef), nb = ndigits(b.coef);
    int64_t aa = a.exp + na, ba = b.exp + nb;
    if (aa != ba) return aa > ba ? s : -s;
    u128 ac = a.coef, bc = b.coef;
    /* equal adjusted exponents: the exponents differ by < 20 */
    if (a.exp > b.exp) ac *= P10[a.exp - b.exp];
    else if (b.exp > a.exp) bc *= P10[b.exp - a.exp];
    if (ac == bc) return 0;
    return ac > bc ? s : -s;
}

#define HASH_MOD ((((uint64_t)1) << 61) - 1)

static uint64_t mulmod61(uint64_t x, uint64_t y) {
    u128 p = (u128)x * y;
    uint64_t r = (uint64_t)(p & HASH_MOD) + (uint64_t)(p >> 61);
    r = (r & HASH_MOD) + (r >> 61);
    return r >= HASH_MOD ? r - HASH_MOD : r;
}

static uint64_t powmod61(uint64_t b, uint64_t e) {
    uint64_t r = 1;
    while (e) {
        if (e & 1) r = mulmod61(r, b);
        b = mulmod61(b, b);
        e >>= 1;
    }
    return r;
}

/* 10^k and 10^-k modulo 2^61-1 for k < 64 */
static uint64_t hpow10[64], hpow10inv[64];

/* hash(a) for a finite Decimal: CPython's numeric hash (that of the equal
 * int, float or Fraction); false for the slow path */
static bool k_hash(Value av, int64_t *out) {
    Fin a;
    if (!unpack(av, &a)) return false;
    if (!hpow10[0]) {
        uint64_t inv10 = powmod61(10, HASH_MOD - 2);
        for (int i = 0; i < 64; i++) {
            hpow10[i] = powmod61(10, (uint64_t)i);
            hpow10inv[i] = powmod61(inv10, (uint64_t)i);
        }
    }
    uint64_t m;
    if (a.exp >= 0) m = a.exp < 64 ? hpow10[a.exp] : powmod61(10, (uint64_t)a.exp);
    else m = a.exp > -64 ? hpow10inv[-a.exp] : powmod61(hpow10inv[1], (uint64_t)-a.exp);
    uint64_t c = (uint64_t)(a.coef % HASH_MOD);
    int64_t h = (int64_t)mulmod61(c, m);
    if (a.sign) h = -h;
    *out = h == -1 ? -2 : h;
    return true;
}

static const double FP10[23] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/* float(a) when one exact operation rounds it correctly */
static bool k_float(Value av, double *out) {
    Fin a;
    if (!unpack(av, &a)) return false;
    if (a.coef > ((u128)1 << 53) || a.exp > 22 || a.exp < -22) return false;
    double d = (double)(uint64_t)a.coef;
    d = a.exp >= 0 ? d * FP10[a.exp] : d / FP10[-a.exp];
    *out = a.sign ? -d : d;
    return true;
}

/* int(a) for a finite Decimal */
static Value k_int(Value av) {
    Fin a;
    if (!unpack(av, &a)) return V_NONE;
    u128 v = a.coef;
    if (a.exp >= 0) {
        if (v && ndigits(v) + a.exp > 38) return V_NONE;
        if (v) v *= P10[a.exp];
    } else {
        v = a.exp < -38 ? 0 : v / P10[-a.exp];
    }
    if (v > (u128)INT64_MAX) return V_NONE;
    return int_from_i64(a.sign ? -(int64_t)v : (int64_t)v);
}

/* -a, +a, abs(a) (which: 0, 1, 2) under context */
static Value k_unary(Value av, Value cv, int which) {
    Fin a;
    if (!unpack(av, &a)) return V_NONE;
    Ctx k;
    int r = get_ctx(cv, &k);
    if (r <= 0) return r < 0 ? V_NULL : V_NONE;
    int sign = which == 0 ? 1 - a.sign : which == 1 ? a.sign : 0;
    if (!a.coef && k.rounding != RM_FLOOR) sign = 0;
    return fix(&k, sign, a.coef, a.exp, 0);
}

/* a.sqrt(context): decimal.py's _sqrt for a positive finite Decimal
 * (GMP's square root of the scaled coefficient), prec <= 36 */
static Value k_sqrt(Value av, Value cv) {
    Fin a;
    if (!unpack(av, &a) || a.sign || a.coef == 0) return V_NONE;
    Ctx k;
    int r = get_ctx(cv, &k);
    if (r <= 0) return r < 0 ? V_NULL : V_NONE;
    if (k.prec > 36) return V_NONE;
    int64_t ideal = a.exp >> 1;   /* arithmetic shift: floor, as Python's >> */
    u128 c = a.coef;
    if (ndigits(c) > 37) return V_NONE;   /* c * 10 stays below 10^38 */
    int64_t e = a.exp;
    if (e & 1) {
        c *= 10;
        e -= 1;
    }
    int nd = ndigits(c);
    int64_t kk = k.prec + 1 - (nd + 1) / 2;
    bool exact = true;
    mpz_t z, root, rem;
    mpz_init_set_ui(z, (unsigned long)(uint64_t)c);
    if (c >> 64) {
        mpz_set_ui(z, (unsigned long)(uint64_t)(c >> 64));
        mpz_mul_2exp(z, z, 64);
        mpz_add_ui(z, z, (unsigned long)(uint64_t)c);
    }
    mpz_init(root);
    mpz_init(rem);
    if (kk >= 0) {
        mpz_ui_pow_ui(rem, 10, (unsigned long)(2 * kk));
        mpz_mul(z, z, rem);
    } else {
        mpz_ui_pow_ui(rem, 10, (unsigned long)(-2 * kk));
        mpz_tdiv_qr(z, rem, z, rem);
        if (mpz_sgn(rem)) exact = false;
    }
    mpz_sqrtrem(root, rem, z);
    if (mpz_sgn(rem)) exact = false;
    bool fits = mpz_sizeinbase(root, 2) <= 127;
    u128 q = 0;
    if (fits) {
        q = (u128)mpz_getlimbn(root, 1) << 64 | (u128)mpz_getlimbn(root, 0);
        if (mpz_size(root) < 2) q = (u128)mpz_getlimbn(root, 0);
    }
    mpz_clear(z);
    mpz_clear(root);
    mpz_clear(rem);
    if (!fits) return V_NONE;
    /* e is even here */
    e = e / 2 - kk;
    if (exact) {
        while (e < ideal && q % 10 == 0) {
            q /= 10;
            e++;
        }
    } else if (q % 5 == 0) {
        q++;
    }
    k.rounding = RM_HALF_EVEN;
    return fix(&k, 0, q, e, 0);
}

/* ---- Decimal's methods in C (install()) ----------------------------------
 * Each tries its kernel and otherwise calls the Python method it replaced
 * (kept in slow[]) with the same arguments. */

enum { S_ADD, S_SUB, S_MUL, S_QUANTIZE, S_STR, S_TRUEDIV, S_FLOORDIV, S_MOD, S_DIVMOD,
       S_LT, S_LE, S_GT, S_GE, S_EQ, S_NE, S_HASH, S_FLOAT, S_INT, S_NEG, S_POS, S_ABS, S_SQRT,
       S_FORMAT, S_RADD, S_RMUL, S_NEW, S_COUNT };
static Value slow[S_COUNT];
static bool installed;

static Value call_slow(int which, Value self, const Value *args, size_t nargs, Value kwnames) {
    return obj_call_with_first(slow[which], self, args, nargs, kwnames);
}

/* the interned str of one of the parameter names below (str_intern_cstr
 * once per name) */
static Value kwname_strs[5];
static const char *kwname_cstrs[5];
static Value str_intern_cstr_cached(const char *c) {
    for (int i = 0; i < 5; i++) {
        if (kwname_cstrs[i] == c) return kwname_strs[i];
        if (!kwname_cstrs[i]) {
            kwname_cstrs[i] = c;
            kwname_strs[i] = str_intern_cstr(c);
            return kwname_strs[i];
        }
    }
    return str_intern_cstr(c);
}

/* Matches args/kwnames to the n parameter names (all optional past the
 * first nreq, default None); false when anything is unusual (the slow
 * path then reports it). */
static bool match_args(const Value *args, size_t nargs, Value kwnames, const char *const *names,
                       int n, int nreq, Value *out) {
    if (nargs > (size_t)n) return false;
    unsigned seen = 0;
    for (int i = 0; i < n; i++) out[i] = V_NONE;
    for (size_t i = 0; i < nargs; i++) {
        out[i] = args[i];
        seen |= 1u << i;
    }
    if (!v_is_null(kwnames)) {
        for (int64_t j = 0; j < tuple_size(kwnames); j++) {
            Value name = tuple_items(kwnames)[j];
            int k = 0;
            /* keyword names are usually interned: try pointers first */
            while (k < n && name != str_intern_cstr_cached(names[k])) k++;
            if (k == n) {
                k = 0;
                while (k < n && !str_eq_cstr(name, names[k])) k++;
            }
            if (k == n || (seen & (1u << k))) return false;
            out[k] = args[nargs + (size_t)j];
            seen |= 1u << k;
        }
    }
    return (seen & ((1u << nreq) - 1)) == (1u << nreq) - 1;
}

static const char *const binop_names[] = {"other", "context"};
static const char *const quantize_names[] = {"exp", "rounding", "context"};

static Value binop_kernel(int which, Value self, Value other, Value ctx) {
    switch (which) {
    case S_MUL: return k_mul(self, other, ctx);
    case S_ADD: return k_add(self, other, ctx, false);
    case S_SUB: return k_add(self, other, ctx, true);
    case S_TRUEDIV: return k_div(self, other, ctx);
    case S_FLOORDIV: return k_divmod(self, other, ctx, 1);
    case S_MOD: return k_divmod(self, other, ctx, 2);
    default: return k_divmod(self, other, ctx, 3);
    }
}

static Value m_binop(int which, Value self, const Value *args, size_t nargs, Value kwnames) {
    Value r;
    if (nargs == 1 && v_is_null(kwnames)) {
        r = binop_kernel(which, self, args[0], V_NONE);
        if (r != V_NONE) return r;
    } else {
        Value v[2];
        if (match_args(args, nargs, kwnames, binop_names, 2, 1, v)) {
            r = binop_kernel(which, self, v[0], v[1]);
            if (r != V_NONE) return r;
        }
    }
    return call_slow(which, self, args, nargs, kwnames);
}

#define BINOP(fn, which) \
    static Value fn(Value self, const Value *args, size_t nargs, Value kwnames) { \
        return m_binop(which, self, args, nargs, kwnames); \
    }
BINOP(m_truediv, S_TRUEDIV)
BINOP(m_floordiv, S_FLOORDIV)
BINOP(m_mod, S_MOD)
BINOP(m_divmod, S_DIVMOD)

static Value m_cmp(int which, Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs == 1 && v_is_null(kwnames)) {
        int c = k_cmp(self, args[0]);
        if (c != 2) {
            static const int8_t op_of[] = {[S_LT] = CMP_LT, [S_LE] = CMP_LE, [S_GT] = CMP_GT,
                                           [S_GE] = CMP_GE, [S_EQ] = CMP_EQ, [S_NE] = CMP_NE};
            return v_from_bool(cmp_order_holds(op_of[which], c));
        }
    }
    return call_slow(which, self, args, nargs, kwnames);
}

#define CMPOP(fn, which) \
    static Value fn(Value self, const Value *args, size_t nargs, Value kwnames) { \
        return m_cmp(which, self, args, nargs, kwnames); \
    }
CMPOP(m_lt, S_LT)
CMPOP(m_le, S_LE)
CMPOP(m_gt, S_GT)
CMPOP(m_ge, S_GE)
CMPOP(m_eq, S_EQ)
CMPOP(m_ne, S_NE)

static Value m_hash(Value self, const Value *args, size_t nargs, Value kwnames) {
    int64_t h;
    if (nargs == 0 && v_is_null(kwnames) && k_hash(self, &h)) return int_from_i64(h);
    return call_slow(S_HASH, self, args, nargs, kwnames);
}

static Value m_float(Value self, const Value *args, size_t nargs, Value kwnames) {
    double d;
    if (nargs == 0 && v_is_null(kwnames) && k_float(self, &d)) return v_from_float(d);
    return call_slow(S_FLOAT, self, args, nargs, kwnames);
}

/* A method without arguments whose kernel returns V_NONE to decline:
 * the kernel, else the Python method. */
static Value m_nullary(int which, Value (*kernel)(Value), Value self, const Value *args, size_t nargs,
                       Value kwnames) {
    if (nargs == 0 && v_is_null(kwnames)) {
        Value r = kernel(self);
        if (r != V_NONE) return r;
    }
    return call_slow(which, self, args, nargs, kwnames);
}

static Value m_int(Value self, const Value *args, size_t nargs, Value kwnames) {
    return m_nullary(S_INT, k_int, self, args, nargs, kwnames);
}

static Value m_unary(int which, Value self, const Value *args, size_t nargs, Value kwnames) {
    if (v_is_null(kwnames) && (nargs == 0 || (nargs == 1 && which != S_ABS))) {
        Value r = k_unary(self, nargs ? args[0] : V_NONE, which - S_NEG);
        if (r != V_NONE) return r;
    }
    return call_slow(which, self, args, nargs, kwnames);
}

static const char *const sqrt_names[] = {"context"};

static Value m_sqrt(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value v[1];
    if (match_args(args, nargs, kwnames, sqrt_names, 1, 0, v)) {
        Value r = k_sqrt(self, v[0]);
        if (r != V_NONE) return r;
    }
    return call_slow(S_SQRT, self, args, nargs, kwnames);
}

static Value m_neg(Value self, const Value *args, size_t nargs, Value kwnames) {
    return m_unary(S_NEG, self, args, nargs, kwnames);
}
static Value m_pos(Value self, const Value *args, size_t nargs, Value kwnames) {
    return m_unary(S_POS, self, args, nargs, kwnames);
}
static Value m_abs(Value self, const Value *args, size_t nargs, Value kwnames) {
    return m_unary(S_ABS, self, args, nargs, kwnames);
}

static Value m_add(Value self, const Value *args, size_t nargs, Value kwnames) {
    return m_binop(S_ADD, self, args, nargs, kwnames);
}
static Value m_sub(Value self, const Value *args, size_t nargs, Value kwnames) {
    return m_binop(S_SUB, self, args, nargs, kwnames);
}
static Value m_mul(Value self, const Value *args, size_t nargs, Value kwnames) {
    return m_binop(S_MUL, self, args, nargs, kwnames);
}

static Value m_quantize(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value v[3];
    if (match_args(args, nargs, kwnames, quantize_names, 3, 1, v)) {
        Value r = k_quantize(self, v[0], v[1], v[2]);
        if (r != V_NONE) return r;
    }
    return call_slow(S_QUANTIZE, self, args, nargs, kwnames);
}

static Value m_str(Value self, const Value *args, size_t nargs, Value kwnames) {
    return m_nullary(S_STR, k_str, self, args, nargs, kwnames);
}

/* other + self and other * self for a small int other: the kernels are
 * symmetric in their operands (exact sum or product, then rounded; a zero
 * operand of a sum takes the slow path) */
static Value m_reflected(int which, Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs == 1 && v_is_null(kwnames) && v_is_smallint(args[0])) {
        Value r = which == S_RADD ? k_add(self, args[0], V_NONE, false) : k_mul(self, args[0], V_NONE);
        if (r != V_NONE) return r;
    }
    return call_slow(which, self, args, nargs, kwnames);
}
static Value m_radd(Value self, const Value *args, size_t nargs, Value kwnames) {
    return m_reflected(S_RADD, self, args, nargs, kwnames);
}
static Value m_rmul(Value self, const Value *args, size_t nargs, Value kwnames) {
    return m_reflected(S_RMUL, self, args, nargs, kwnames);
}

static Value m_format(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs == 1 && v_is_null(kwnames)) {
        Value r = k_format(self, args[0]);
        if (r != V_NONE) return r;
    }
    return call_slow(S_FORMAT, self, args, nargs, kwnames);
}

/* new(cls, value="0", context=None): Decimal.__new__ (a staticmethod) */
static Value sp_new(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (nargs == 2 && v_is_null(kwnames) && args[0] == v_from_obj(dec_type)) {
        Value r = k_new(args[1]);
        if (r != V_NONE) return r;
    }
    return obj_call(slow[S_NEW], args, nargs, kwnames);
}

static const MethodDef dec_methods[];
_Static_assert(S_NEW == 25, "dec_methods lists the S_* methods before S_NEW in order");

static const MethodDef dec_methods[] = {
    {"__add__", m_add, 0, NULL},
    {"__sub__", m_sub, 0, NULL},
    {"__mul__", m_mul, 0, NULL},
    {"quantize", m_quantize, 0, NULL},
    {"__str__", m_str, 0, NULL},
    {"__truediv__", m_truediv, 0, NULL},
    {"__floordiv__", m_floordiv, 0, NULL},
    {"__mod__", m_mod, 0, NULL},
    {"__divmod__", m_divmod, 0, NULL},
    {"__lt__", m_lt, 0, NULL},
    {"__le__", m_le, 0, NULL},
    {"__gt__", m_gt, 0, NULL},
    {"__ge__", m_ge, 0, NULL},
    {"__eq__", m_eq, 0, NULL},
    {"__ne__", m_ne, 0, NULL},
    {"__hash__", m_hash, 0, NULL},
    {"__float__", m_float, 0, NULL},
    {"__int__", m_int, 0, NULL},
    {"__neg__", m_neg, 0, NULL},
    {"__pos__", m_pos, 0, NULL},
    {"__abs__", m_abs, 0, NULL},
    {"sqrt", m_sqrt, 0, NULL},
    {"__format__", m_format, 0, NULL},
    {"__radd__", m_radd, 0, NULL},
    {"__rmul__", m_rmul, 0, NULL},
};

/* install(new): replaces Decimal's __add__, __sub__, __mul__, quantize
 * and __str__ by the C methods above (the Python ones become their slow
 * paths); new is the Python __new__ sp_new falls back to. */
static Value sp_install(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_no_kwargs("install", kwnames) < 0 || mod_check_nargs("install", nargs, 1, 1) < 0)
        return V_NULL;
    if (!ready || installed) return V_FALSE;
    Value t = v_from_obj(dec_type);
    for (int i = 0; i < S_NEW; i++) {
        Value name = str_intern_cstr(dec_methods[i].name);
        Value f = dict_get_str(dec_type->dict, name);
        if (v_is_null(f)) return V_FALSE;
        slow[i] = v_newref(f);
    }
    slow[S_NEW] = v_newref(args[0]);
    installed = true;
    for (int i = 0; i < S_NEW; i++) {
        Value d = method_descr_new(&dec_methods[i], dec_type);
        if (v_is_null(d)) return V_NULL;
        int r = obj_setattr(t, str_intern_cstr(dec_methods[i].name), d);
        v_decref(d);
        if (r < 0) return V_NULL;
    }
    return V_TRUE;
}

/* ---- direct type slots (fast_slots()) -----------------------------------
 * hash(), str(), float(), the comparisons and unary -, +, abs() reach
 * Decimal through its C slots; the generic slot functions typeslots.c
 * puts there look the method up and call it (hash() also boxes the hash
 * as an int). fast_slots() puts these in front: the kernel when self is
 * exactly a Decimal, else the slot function that was there. Any later
 * change to the class's special methods reinstalls the generic slots
 * (typeslots_install), which is correct too, only slower. */

static int64_t (*prev_hash)(Value);
static UnaryFunc prev_str, prev_float, prev_neg, prev_pos, prev_abs;
static Value (*prev_richcompare)(Value, Value, int);

static int64_t fs_hash(Value self) {
    int64_t h;
    if (k_hash(self, &h)) return h;
    return prev_hash(self);
}

static Value fs_str(Value self) {
    Value r = k_str(self);
    if (r != V_NONE) return r;
    return prev_str(self);
}

static Value fs_float(Value self) {
    double d;
    if (k_float(self, &d)) return v_from_float(d);
    return prev_float(self);
}

static Value fs_unary(Value self, int which, UnaryFunc prev) {
    Value r = k_unary(self, V_NONE, which);
    if (r != V_NONE) return r;
    return prev(self);
}
static Value fs_neg(Value self) { return fs_unary(self, 0, prev_neg); }
static Value fs_pos(Value self) { return fs_unary(self, 1, prev_pos); }
static Value fs_abs(Value self) { return fs_unary(self, 2, prev_abs); }

static Value fs_richcompare(Value a, Value b, int op) {
    int c = k_cmp(a, b);
    if (c != 2) {
        bool r;
        switch (op) {
        case CMP_LT: r = c < 0; break;
        case CMP_LE: r = c <= 0; break;
        case CMP_EQ: r = c == 0; break;
        case CMP_NE: r = c != 0; break;
        case CMP_GT: r = c > 0; break;
        default: r = c >= 0; break;
        }
        return r ? V_TRUE : V_FALSE;
    }
    return prev_richcompare(a, b, op);
}

/* fast_slots(): True when installed (once, after install()) */
static Value sp_fast_slots(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (mod_no_kwargs("fast_slots", kwnames) < 0 || mod_check_nargs("fast_slots", nargs, 0, 0) < 0)
        return V_NULL;
    if (!installed || prev_hash) return V_FALSE;
    TypeObject *t = dec_type;
    if (!t->hash || !t->str || !t->nb_float || !t->richcompare || !t->nb_negative ||
        !t->nb_positive || !t->nb_absolute)
        return V_FALSE;
    prev_hash = t->hash;
    prev_str = t->str;
    prev_float = t->nb_float;
    prev_richcompare = t->richcompare;
    prev_neg = t->nb_negative;
    prev_pos = t->nb_positive;
    prev_abs = t->nb_absolute;
    t->hash = fs_hash;
    t->str = fs_str;
    t->nb_float = fs_float;
    t->richcompare = fs_richcompare;
    t->nb_negative = fs_neg;
    t->nb_positive = fs_pos;
    t->nb_absolute = fs_abs;
    return V_TRUE;
}

/* invalidate(): forget the cached current context (setcontext calls it) */
static Value sp_invalidate(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args; (void)nargs; (void)kwnames;
    v_clear(&cached_ctx);
    return V_NONE;
}

/* init(Decimal, Context, getcontext, unused, unused,
 *      Inexact, Rounded, (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
 *      ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP))
 * True when the fast paths are enabled. */
static Value sp_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_no_kwargs("init", kwnames) < 0 || mod_check_nargs("init", nargs, 8, 8) < 0)
        return V_NULL;
    if (ready) return V_FALSE;
    if (!v_is_class(args[0]) || !v_is_class(args[1]) ||
        !v_is_tuple(args[7]) || tuple_size(args[7]) != 8)
        return V_FALSE;
    TypeObject *dt = (TypeObject *)v_as_obj(args[0]), *ct = (TypeObject *)v_as_obj(args[1]);
    int64_t doff = heaptype_slots_offset(dt, 4), coff = heaptype_slots_offset(ct, 12);
    if (doff < 0 || coff < 0) return V_FALSE;
    /* Decimal instances are exactly their four slots */
    if (dt->dictoffset || (int64_t)dt->basicsize != doff + 4 * (int64_t)sizeof(Value)) return V_FALSE;
    dec_type = dt;
    ctx_type = ct;
    dec_off = doff;
    ctx_off = coff;
    v_incref(args[0]);
    v_incref(args[1]);
    getcontext_fn = v_newref(args[2]);
    sig_inexact = v_newref(args[5]);
    sig_rounded = v_newref(args[6]);
    hash_inexact = obj_hash(sig_inexact);
    hash_rounded = obj_hash(sig_rounded);
    if (hash_inexact == -1 || hash_rounded == -1) return V_NULL;
    for (int i = 0; i < 8; i++) roundings[i] = v_newref(tuple_items(args[7])[i]);
    P10[0] = 1;
    for (int i = 1; i < 39; i++) P10[i] = P10[i - 1] * 10;
    ready = true;
    return V_TRUE;
}

static const MethodDef sp_functions[] = {
    {"init", sp_init, 0, NULL},
    {"invalidate", sp_invalidate, 0, NULL},
    {"install", sp_install, 0, NULL},
    {"fast_slots", sp_fast_slots, 0, NULL},
    {"new", sp_new, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value module_init_decimal_speedups(void) {
    return mod_create("_decimal_speedups", sp_functions);
}

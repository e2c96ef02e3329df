/* int.c: Python int. Small ints are inline Values; BigInt (GMP) holds the
 * rest. Every result goes through a normalising constructor, so a BigInt
 * never holds a value in the small range (int.h invariant).
 *
 * Operands: every int_* function accepts small ints, True/False, BigInts
 * and instances of int subclasses. Instances of int subclasses are assumed
 * to share BigInt's layout (Object header followed by the mpz_t) and may
 * hold any value, small or not; only exact IntType objects are normalised.
 */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "int.h"
#include "bytearray.h"
#include "unicode_util.h"
#include "floatobject.h"
#include "str.h"
#include "tuple.h"
#include "errors.h"
#include "abstract.h"
#include "args.h"

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

/* Python's numeric hash works modulo the Mersenne prime 2^61 - 1. */
#define HASH_MODULUS ((1ull << 61) - 1)

/* GMP aborts the process when a number outgrows its size field (about 2^37
 * bits); refuse earlier with MemoryError, as CPython does for huge shifts
 * and powers. */
#define INT_MAX_BITS (1ull << 35)

/* sys.set_int_max_str_digits() stores here (CPython 3.11's default is
 * 4300; 0 disables the limit). Only decimal-like (non power of two) bases
 * are limited. */
int64_t int_max_str_digits = 4300;

/* ---- representation helpers ---------------------------------------------- */

/* An int, a bool, or an instance of an int subclass. */
static inline bool is_intlike(Value v) {
    if (v_is_smallint(v) || v_is_bool(v)) return true;
    return v_is_ptr(v) && (v_as_obj(v)->type->flags & TPFLAG_INT_SUBCLASS);
}

/* Inline (not heap) ints: small ints and bools. */
static inline bool is_inline_int(Value v) { return v_is_smallint(v) || v_is_bool(v); }
static inline int64_t inline_val(Value v) {
    return v_is_smallint(v) ? v_as_smallint(v) : (int64_t)(v == V_TRUE);
}
static inline mpz_srcptr heap_z(Value v) { return ((BigInt *)v_as_obj(v))->z; }

/* A read-only mpz view of any int operand; views of inline ints point into
 * the struct (no allocation), so a ZView must not be copied after init. */
typedef struct ZView {
    mpz_t tmp;
    mp_limb_t limb;
    mpz_srcptr p;
} ZView;

static inline void zview(ZView *zv, Value v) {
    if (v_is_ptr(v)) {
        zv->p = heap_z(v);
        return;
    }
    int64_t i = inline_val(v);
    zv->limb = i < 0 ? (mp_limb_t)(0 - (uint64_t)i) : (mp_limb_t)i;
    zv->p = mpz_roinit_n(zv->tmp, &zv->limb, i < 0 ? -1 : (i > 0));
}

/* z in the small range? Then *out = its value. */
static inline bool mpz_small(mpz_srcptr z, int64_t *out) {
    size_t n = mpz_size(z);
    if (n == 0) { *out = 0; return true; }
    if (n > 1) return false;
    uint64_t u = mpz_getlimbn(z, 0);
    if (mpz_sgn(z) > 0) {
        if (u > (uint64_t)SMALLINT_MAX) return false;
        *out = (int64_t)u;
    } else {
        if (u > (uint64_t)SMALLINT_MAX + 1) return false;
        *out = -(int64_t)u;
    }
    return true;
}

/* Takes ownership of z (an initialised mpz): returns a small int (and
 * clears z) or moves z into a new BigInt. New reference. */
static Value int_from_mpz_steal(mpz_ptr z) {
    int64_t i;
    if (mpz_small(z, &i)) {
        mpz_clear(z);
        return v_from_smallint(i);
    }
    BigInt *b = (BigInt *)obj_alloc(&IntType, sizeof(BigInt));
    if (!b) {
        mpz_clear(z);
        return V_NULL;
    }
    b->z[0] = *z;          /* the limbs move; z is no longer owned by the caller */
    return v_from_obj(b);
}

static void bigint_dealloc(Object *o) {
    mpz_clear(((BigInt *)o)->z);
    obj_free(o);
}

static Value err_too_big(void) { return err_nomem(); }

/* ---- constructors ------------------------------------------------------ */

static Value int_from_i64_big(int64_t i) {
    mpz_t z;
    mpz_init_set_si(z, (long)i);
    return int_from_mpz_steal(z);
}

Value int_from_i64(int64_t i) {
    if (LIKELY(smallint_fits(i))) return v_from_smallint(i);
    return int_from_i64_big(i);
}

Value int_from_u64(uint64_t u) {
    if (u <= (uint64_t)SMALLINT_MAX) return v_from_smallint((int64_t)u);
    mpz_t z;
    mpz_init_set_ui(z, (unsigned long)u);
    return int_from_mpz_steal(z);
}

Value int_from_mpz(const mpz_t z) {
    int64_t i;
    if (mpz_small(z, &i)) return v_from_smallint(i);
    mpz_t c;
    mpz_init_set(c, z);
    return int_from_mpz_steal(c);
}

Value int_from_double(double d) {
    if (isinf(d)) return err_format(&Exc_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d)) return err_format(&Exc_ValueError, "cannot convert float NaN to integer");
    if (d > -1.4e14 && d < 1.4e14) return v_from_smallint((int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);   /* truncates toward zero, exact for integral doubles */
    return int_from_mpz_steal(z);
}

/* A plain int with the value of any int operand (bools and subclass
 * instances become exact ints). New reference. Also used by bool.c. */
Value int_exact(Value v) {
    if (v_is_smallint(v)) return v;
    if (v_is_bool(v)) return v_from_smallint(v == V_TRUE);
    if (v_as_obj(v)->type == &IntType) return v_newref(v);
    return int_from_mpz(heap_z(v));
}

/* ---- conversions ------------------------------------------------------- */

int int_as_i64(Value x, int64_t *out) {
    if (is_inline_int(x)) { *out = inline_val(x); return 0; }
    mpz_srcptr z = heap_z(x);
    if (mpz_fits_slong_p(z)) { *out = mpz_get_si(z); return 0; }
    err_format(&Exc_OverflowError, "Python int too large to convert to C int64");
    return -1;
}

void int_to_mpz(Value x, mpz_t z) {
    if (is_inline_int(x)) mpz_set_si(z, (long)inline_val(x));
    else mpz_set(z, heap_z(x));
}

int int_sign(Value x) {
    if (is_inline_int(x)) {
        int64_t i = inline_val(x);
        return (i > 0) - (i < 0);
    }
    return mpz_sgn(heap_z(x));
}

int64_t int_bit_length(Value x) {
    if (is_inline_int(x)) {
        int64_t i = inline_val(x);
        uint64_t u = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
        return u ? 64 - __builtin_clzll(u) : 0;
    }
    mpz_srcptr z = heap_z(x);
    return mpz_sgn(z) ? (int64_t)mpz_sizeinbase(z, 2) : 0;
}

/* The correctly rounded (half to even) double nearest to (m + s) * 2^e,
 * where m > 0 and s is an infinitesimal positive "sticky" amount when
 * sticky is set (the caller dropped nonzero bits below m's last bit; it
 * must keep at least two bits beyond the 53 it wants, so that sticky can
 * never be mistaken for an exact half). Handles subnormal results; returns
 * inf on overflow. */
static double round_mpz_scaled(mpz_srcptr m, bool sticky, long e) {
    long nbits = (long)mpz_sizeinbase(m, 2);
    long lsb = nbits - 1 + e - 52;          /* weight of the last kept bit */
    if (lsb < -1074) lsb = -1074;
    long drop = lsb - e;
    if (drop <= 0) return ldexp(mpz_get_d(m), (int)e);   /* m < 2^53: exact */
    if (drop > nbits + 1) return 0.0;       /* below half the smallest subnormal */
    mpz_t q;
    mpz_init(q);
    mpz_fdiv_q_2exp(q, m, (mp_bitcnt_t)drop);
    uint64_t k = mpz_get_ui(q);             /* at most 53 bits */
    mpz_clear(q);
    bool half = mpz_tstbit(m, (mp_bitcnt_t)(drop - 1));
    bool below = sticky || mpz_scan1(m, 0) < (mp_bitcnt_t)(drop - 1);
    if (half && (below || (k & 1))) k++;
    return ldexp((double)k, (int)(e + drop));
}

int int_as_double(Value x, double *out) {
    if (is_inline_int(x)) { *out = (double)inline_val(x); return 0; }
    mpz_srcptr z = heap_z(x);
    int sign = mpz_sgn(z);
    if (sign == 0) { *out = 0.0; return 0; }
    if (mpz_sizeinbase(z, 2) > 1025) goto overflow;
    mpz_t a;   /* |z| as a read-only view of z's limbs */
    double d = round_mpz_scaled(mpz_roinit_n(a, mpz_limbs_read(z), (mp_size_t)mpz_size(z)), false, 0);
    if (isinf(d)) goto overflow;
    *out = sign < 0 ? -d : d;
    return 0;
overflow:
    err_format(&Exc_OverflowError, "int too large to convert to float");
    return -1;
}

/* ---- arithmetic ------------------------------------------------------- */

typedef void (*MpzBinOp)(mpz_ptr, mpz_srcptr, mpz_srcptr);

static Value mpz_binop(Value a, Value b, MpzBinOp f) {
    ZView x, y;
    zview(&x, a);
    zview(&y, b);
    mpz_t r;
    mpz_init(r);
    f(r, x.p, y.p);
    return int_from_mpz_steal(r);
}

Value int_add(Value a, Value b) {
    if (LIKELY(v_is_smallint(a) && v_is_smallint(b)))
        return int_from_i64(v_as_smallint(a) + v_as_smallint(b));   /* |sum| < 2^48 */
    if (is_inline_int(a) && is_inline_int(b)) return int_from_i64(inline_val(a) + inline_val(b));
    return mpz_binop(a, b, mpz_add);
}

Value int_sub(Value a, Value b) {
    if (LIKELY(v_is_smallint(a) && v_is_smallint(b)))
        return int_from_i64(v_as_smallint(a) - v_as_smallint(b));
    if (is_inline_int(a) && is_inline_int(b)) return int_from_i64(inline_val(a) - inline_val(b));
    return mpz_binop(a, b, mpz_sub);
}

Value int_mul(Value a, Value b) {
    if (LIKELY(is_inline_int(a) && is_inline_int(b))) {
        int64_t r;
        if (!__builtin_mul_overflow(inline_val(a), inline_val(b), &r)) return int_from_i64(r);
    } else if ((uint64_t)int_bit_length(a) + (uint64_t)int_bit_length(b) > 2 * INT_MAX_BITS) {
        return err_too_big();
    }
    return mpz_binop(a, b, mpz_mul);
}

/* Python's floor division and modulo on inline ints: the quotient rounds
 * toward -inf and the remainder takes the divisor's sign. b != 0. */
static inline void small_divmod(int64_t a, int64_t b, int64_t *q, int64_t *r) {
    int64_t qq = a / b, rr = a % b;
    if (rr != 0 && ((rr ^ b) < 0)) {
        rr += b;
        qq -= 1;
    }
    *q = qq;
    *r = rr;
}

Value int_floordiv(Value a, Value b) {
    if (int_sign(b) == 0) return err_format(&Exc_ZeroDivisionError, "integer division or modulo by zero");
    if (LIKELY(is_inline_int(a) && is_inline_int(b))) {
        int64_t q, r;
        small_divmod(inline_val(a), inline_val(b), &q, &r);
        return int_from_i64(q);   /* -2^47 // -1 leaves the small range */
    }
    return mpz_binop(a, b, mpz_fdiv_q);
}

Value int_mod(Value a, Value b) {
    if (int_sign(b) == 0) return err_format(&Exc_ZeroDivisionError, "integer modulo by zero");
    if (LIKELY(is_inline_int(a) && is_inline_int(b))) {
        int64_t q, r;
        small_divmod(inline_val(a), inline_val(b), &q, &r);
        return v_from_smallint(r);
    }
    return mpz_binop(a, b, mpz_fdiv_r);
}

Value int_divmod(Value a, Value b) {
    if (int_sign(b) == 0) return err_format(&Exc_ZeroDivisionError, "integer division or modulo by zero");
    Value items[2];
    if (is_inline_int(a) && is_inline_int(b)) {
        int64_t q, r;
        small_divmod(inline_val(a), inline_val(b), &q, &r);
        items[0] = int_from_i64(q);
        items[1] = v_from_smallint(r);
    } else {
        ZView x, y;
        zview(&x, a);
        zview(&y, b);
        mpz_t q, r;
        mpz_init(q);
        mpz_init(r);
        mpz_fdiv_qr(q, r, x.p, y.p);
        items[0] = int_from_mpz_steal(q);
        items[1] = int_from_mpz_steal(r);
    }
    if (items[0] == V_NULL || items[1] == V_NULL) {
        v_decref(items[0]);
        v_decref(items[1]);
        return V_NULL;
    }
    return tuple_from_array_steal(items, 2);
}

Value int_truediv(Value a, Value b) {
    if (LIKELY(is_inline_int(a) && is_inline_int(b))) {
        int64_t y = inline_val(b);
        if (y == 0) return err_format(&Exc_ZeroDivisionError, "division by zero");
        /* both convert exactly (|x| < 2^47), so one IEEE division rounds correctly */
        return v_from_float((double)inline_val(a) / (double)y);
    }
    int sa = int_sign(a), sb = int_sign(b);
    if (sb == 0) return err_format(&Exc_ZeroDivisionError, "division by zero");
    bool negate = (sa < 0) != (sb < 0);
    if (sa == 0) return v_from_float(negate ? -0.0 : 0.0);
    long na = (long)int_bit_length(a), nb = (long)int_bit_length(b);
    if (na <= 53 && nb <= 53) {
        double x, y;
        int_as_double(a, &x);
        int_as_double(b, &y);
        return v_from_float(x / y);
    }
    long diff = na - nb;      /* a/b lies in [2^(diff-1), 2^(diff+1)) */
    if (diff > 1025) goto overflow;
    if (diff < -1100) return v_from_float(negate ? -0.0 : 0.0);

    ZView x, y;
    zview(&x, a);
    zview(&y, b);
    mpz_t n, d, q, r;
    mpz_init(n);
    mpz_init(d);
    mpz_init(q);
    mpz_init(r);
    mpz_abs(n, x.p);
    mpz_abs(d, y.p);
    /* q = floor(|a| * 2^k / |b|) has at least 55 bits; the bits dropped on
     * the way become the sticky flag. */
    long k = 55 - diff;
    bool sticky = false;
    if (k >= 0) {
        mpz_mul_2exp(n, n, (mp_bitcnt_t)k);
    } else {
        sticky = mpz_scan1(n, 0) < (mp_bitcnt_t)(-k);
        mpz_fdiv_q_2exp(n, n, (mp_bitcnt_t)(-k));
    }
    mpz_tdiv_qr(q, r, n, d);
    if (mpz_sgn(r) != 0) sticky = true;
    double res = round_mpz_scaled(q, sticky, -k);
    mpz_clear(n);
    mpz_clear(d);
    mpz_clear(q);
    mpz_clear(r);
    if (isinf(res)) goto overflow;
    return v_from_float(negate ? -res : res);
overflow:
    return err_format(&Exc_OverflowError, "integer division result too large for a float");
}

Value int_pow(Value a, Value b) {
    int sb = int_sign(b);
    if (sb < 0) {
        double x, y;
        if (int_as_double(a, &x) < 0 || int_as_double(b, &y) < 0) return V_NULL;
        return float_pow(x, y);
    }
    if (LIKELY(is_inline_int(a) && is_inline_int(b))) {
        int64_t base = inline_val(a), e = inline_val(b), r = 1;
        bool ok = true;
        /* square-and-multiply; bail to GMP on the first int64 overflow */
        while (e) {
            if ((e & 1) && __builtin_mul_overflow(r, base, &r)) { ok = false; break; }
            e >>= 1;
            if (e && __builtin_mul_overflow(base, base, &base)) { ok = false; break; }
        }
        if (ok) return int_from_i64(r);
    }
    ZView x;
    zview(&x, a);
    /* 0, 1 and -1 stay small under any exponent, even a huge one */
    if (mpz_cmpabs_ui(x.p, 1) <= 0) {
        if (mpz_sgn(x.p) >= 0) return v_from_smallint(sb == 0 ? 1 : mpz_get_si(x.p));
        bool odd = is_inline_int(b) ? (inline_val(b) & 1) : mpz_odd_p(heap_z(b));
        return v_from_smallint(odd ? -1 : 1);
    }
    if (!is_inline_int(b)) return err_too_big();
    uint64_t e = (uint64_t)inline_val(b);
    uint64_t nbits = mpz_sizeinbase(x.p, 2), total;
    if (__builtin_mul_overflow(nbits - 1, e, &total) || total > INT_MAX_BITS) return err_too_big();
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, x.p, (unsigned long)e);
    return int_from_mpz_steal(r);
}

/* a * b mod m for 0 <= a, b < m < 2^48 */
static inline uint64_t mulmod_small(uint64_t a, uint64_t b, uint64_t m) {
    return (uint64_t)(((unsigned __int128)a * b) % m);
}

Value int_powmod(Value a, Value b, Value m) {
    int sm = int_sign(m);
    if (sm == 0) return err_format(&Exc_ValueError, "pow() 3rd argument cannot be 0");
    ZView x, y, z;
    zview(&x, a);
    zview(&y, b);
    zview(&z, m);
    mpz_t base, mod, r;
    mpz_init(base);
    mpz_init(mod);
    mpz_abs(mod, z.p);
    if (mpz_sgn(y.p) < 0) {
        if (!mpz_invert(base, x.p, mod) && mpz_cmp_ui(mod, 1) != 0) {
            mpz_clear(base);
            mpz_clear(mod);
            return err_format(&Exc_ValueError, "base is not invertible for the given modulus");
        }
    } else {
        mpz_mod(base, x.p, mod);
    }
    mpz_init(r);
    if (mpz_cmp_ui(mod, 1) == 0) {
        mpz_set_ui(r, 0);
    } else if (mpz_size(mod) == 1 && mpz_getlimbn(mod, 0) < (1ull << 48) && mpz_size(y.p) <= 1) {
        uint64_t mm = mpz_getlimbn(mod, 0), bb = mpz_get_ui(base), acc = 1;
        uint64_t e = mpz_size(y.p) ? mpz_getlimbn(y.p, 0) : 0;
        while (e) {
            if (e & 1) acc = mulmod_small(acc, bb, mm);
            bb = mulmod_small(bb, bb, mm);
            e >>= 1;
        }
        mpz_set_ui(r, acc % mm);
    } else {
        mpz_t e;
        mpz_init(e);
        mpz_abs(e, y.p);
        mpz_powm(r, base, e, mod);
        mpz_clear(e);
    }
    /* the result takes the modulus' sign, as % does */
    if (sm < 0 && mpz_sgn(r) != 0) mpz_sub(r, r, mod);
    mpz_clear(base);
    mpz_clear(mod);
    return int_from_mpz_steal(r);
}

/* A shift count b >= 0 that fits int64 (an int subclass holds even a
 * small value in its mpz): true with *s set. */
static inline bool shift_count(Value b, int64_t *s) {
    if (is_inline_int(b)) { *s = inline_val(b); return true; }
    mpz_srcptr z = heap_z(b);
    if (!mpz_fits_slong_p(z)) return false;
    *s = mpz_get_si(z);
    return true;
}

Value int_lshift(Value a, Value b) {
    int sb = int_sign(b);
    if (sb < 0) return err_format(&Exc_ValueError, "negative shift count");
    if (LIKELY(is_inline_int(a) && is_inline_int(b))) {
        int64_t x = inline_val(a), s = inline_val(b);
        if (x == 0) return v_from_smallint(0);
        if (s < 64) {
            int64_t r = (int64_t)((uint64_t)x << s);
            if ((r >> s) == x) return int_from_i64(r);
        }
    }
    if (int_sign(a) == 0) return v_from_smallint(0);
    int64_t sc;
    if (!shift_count(b, &sc)) return err_too_big();
    uint64_t s = (uint64_t)sc;
    if (s > INT_MAX_BITS || s + (uint64_t)int_bit_length(a) > INT_MAX_BITS) return err_too_big();
    ZView x;
    zview(&x, a);
    mpz_t r;
    mpz_init(r);
    mpz_mul_2exp(r, x.p, (mp_bitcnt_t)s);
    return int_from_mpz_steal(r);
}

Value int_rshift(Value a, Value b) {
    int sb = int_sign(b);
    if (sb < 0) return err_format(&Exc_ValueError, "negative shift count");
    int64_t s;
    if (!shift_count(b, &s) || s >= int_bit_length(a) + 1) {
        /* every bit shifted out: floor gives 0 or -1 */
        return v_from_smallint(int_sign(a) < 0 ? -1 : 0);
    }
    if (LIKELY(is_inline_int(a))) return v_from_smallint(inline_val(a) >> s);  /* s < 49 here */
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, heap_z(a), (mp_bitcnt_t)s);
    return int_from_mpz_steal(r);
}

/* Bitwise ops of two values in the small range stay in it (sign-extended
 * 48-bit two's complement); GMP's and/ior/xor follow the same
 * infinite two's complement semantics for big values. */
_Static_assert(GMP_NUMB_BITS == 64, "64-bit limbs");
/* The low 64 bits of a big int in two's complement. */
static inline uint64_t heap_low64(Value v) {
    mpz_srcptr z = heap_z(v);
    uint64_t lo = mpz_size(z) ? (uint64_t)mpz_getlimbn(z, 0) : 0;
    return mpz_sgn(z) < 0 ? 0 - lo : lo;
}

Value int_and(Value a, Value b) {
    if (LIKELY(is_inline_int(a) && is_inline_int(b))) return v_from_smallint(inline_val(a) & inline_val(b));
    /* x & mask with a non-negative inline mask: only x's low bits count. */
    if (is_inline_int(b) && inline_val(b) >= 0) return v_from_smallint((int64_t)(heap_low64(a) & (uint64_t)inline_val(b)));
    if (is_inline_int(a) && inline_val(a) >= 0) return v_from_smallint((int64_t)(heap_low64(b) & (uint64_t)inline_val(a)));
    return mpz_binop(a, b, mpz_and);
}

Value int_or(Value a, Value b) {
    if (LIKELY(is_inline_int(a) && is_inline_int(b))) return v_from_smallint(inline_val(a) | inline_val(b));
    return mpz_binop(a, b, mpz_ior);
}

Value int_xor(Value a, Value b) {
    if (LIKELY(is_inline_int(a) && is_inline_int(b))) return v_from_smallint(inline_val(a) ^ inline_val(b));
    return mpz_binop(a, b, mpz_xor);
}

typedef void (*MpzUnOp)(mpz_ptr, mpz_srcptr);

static Value mpz_unop(Value a, MpzUnOp f) {
    mpz_t r;
    mpz_init(r);
    f(r, heap_z(a));
    return int_from_mpz_steal(r);
}

Value int_neg(Value a) {
    if (LIKELY(is_inline_int(a))) return int_from_i64(-inline_val(a));
    return mpz_unop(a, mpz_neg);
}

Value int_invert(Value a) {
    if (LIKELY(is_inline_int(a))) return v_from_smallint(~inline_val(a));
    return mpz_unop(a, mpz_com);
}

Value int_abs(Value a) {
    if (LIKELY(is_inline_int(a))) {
        int64_t i = inline_val(a);
        return int_from_i64(i < 0 ? -i : i);
    }
    return mpz_unop(a, mpz_abs);
}

/* ---- comparison and hashing ------------------------------------------ */

int int_compare(Value a, Value b) {
    if (LIKELY(is_inline_int(a) && is_inline_int(b))) {
        int64_t x = inline_val(a), y = inline_val(b);
        return (x > y) - (x < y);
    }
    ZView x, y;
    zview(&x, a);
    zview(&y, b);
    int c = mpz_cmp(x.p, y.p);
    return (c > 0) - (c < 0);
}

int int_compare_double(Value a, double d) {
    if (isnan(d)) return 2;
    if (is_inline_int(a)) {
        double x = (double)inline_val(a);   /* exact: |x| < 2^47 */
        return (x > d) - (x < d);
    }
    int c = mpz_cmp_d(heap_z(a), d);       /* exact, infinities allowed */
    return (c > 0) - (c < 0);
}

int64_t int_hash(Value a) {
    if (LIKELY(is_inline_int(a))) {
        int64_t i = inline_val(a);          /* |i| < 2^47 < modulus: its own hash */
        return i == -1 ? -2 : i;
    }
    mpz_srcptr z = heap_z(a);
    int64_t h = (int64_t)mpz_tdiv_ui(z, HASH_MODULUS);   /* |z| mod P */
    if (mpz_sgn(z) < 0) h = -h;
    return h == -1 ? -2 : h;
}

/* ---- strings -------------------------------------------------------------- */

static Value err_str_digits_limit(void) {
    return err_format(&Exc_ValueError,
                      "Exceeds the limit (%lld digits) for integer string conversion; "
                      "use sys.set_int_max_str_digits() to increase the limit",
                      (long long)int_max_str_digits);
}

/* Decimal digits of a heap int into a malloc'd buffer, checking the
 * digit limit when check_limit. NULL with an exception set on failure. */
static char *big_to_decimal(mpz_srcptr z, bool check_limit) {
    size_t est = mpz_sizeinbase(z, 10);    /* exact or one too many */
    if (check_limit && int_max_str_digits > 0 && est > (size_t)int_max_str_digits + 1) {
        err_str_digits_limit();
        return NULL;
    }
    char *buf = malloc(est + 2);
    if (!buf) {
        err_nomem();
        return NULL;
    }
    mpz_get_str(buf, 10, z);
    if (check_limit && int_max_str_digits > 0) {
        size_t ndig = strlen(buf) - (buf[0] == '-');
        if (ndig > (size_t)int_max_str_digits) {
            free(buf);
            err_str_digits_limit();
            return NULL;
        }
    }
    return buf;
}

/* Writes the decimal digits of i into the end of buf[0..24); returns the start. */
static char *fmt_i64(int64_t i, char *end) {
    uint64_t u = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
    char *p = end;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (i < 0) *--p = '-';
    return p;
}

Value int_repr(Value x) {
    if (LIKELY(is_inline_int(x))) {
        char buf[24];
        char *p = fmt_i64(inline_val(x), buf + sizeof buf);
        return str_new(p, (size_t)(buf + sizeof buf - p));
    }
    char *s = big_to_decimal(heap_z(x), true);
    if (!s) return V_NULL;
    Value r = str_new(s, strlen(s));
    free(s);
    return r;
}

char *int_to_cstr(Value x) {
    if (is_inline_int(x)) {
        char buf[24];
        char *p = fmt_i64(inline_val(x), buf + sizeof buf);
        size_t n = (size_t)(buf + sizeof buf - p);
        char *r = malloc(n + 1);
        if (!r) {
            err_nomem();
            return NULL;
        }
        memcpy(r, p, n);
        r[n] = 0;
        return r;
    }
    return big_to_decimal(heap_z(x), false);
}

Value int_to_base(Value x, int base) {
    if (base == 10) return int_repr(x);
    const char *prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
    ZView v;
    zview(&v, x);
    size_t n = mpz_sizeinbase(v.p, base);
    char *buf = malloc(n + 5);
    if (!buf) return err_nomem();
    char *p = buf;
    if (mpz_sgn(v.p) < 0) *p++ = '-';
    *p++ = prefix[0];
    *p++ = prefix[1];
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, v.p);
    mpz_get_str(p, base, a);
    mpz_clear(a);
    Value r = str_new(buf, strlen(buf));
    free(buf);
    return r;
}

/* ---- parsing ---------------------------------------------------------- */

/* Length of the whitespace character at p (as str.isspace sees it), 0 if
 * none. Covers ASCII, \x1c-\x1f and the Unicode spaces in UTF-8. */
static size_t space_len(const unsigned char *p, const unsigned char *end) {
    unsigned c = p[0];
    if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)) return 1;
    if (c < 0x80 || end - p < 2) return 0;
    if (c == 0xC2 && (p[1] == 0x85 || p[1] == 0xA0)) return 2;
    if (end - p < 3) return 0;
    unsigned cp = ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    if ((c & 0xF0) != 0xE0) return 0;
    if (cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
        cp == 0x202F || cp == 0x205F || cp == 0x3000)
        return 3;
    return 0;
}

/* Strips surrounding whitespace from [*s, *e). */
static void strip_space(const char **s, const char **e) {
    const unsigned char *p = (const unsigned char *)*s, *end = (const unsigned char *)*e;
    size_t n;
    while (p < end && (n = space_len(p, end)) > 0) p += n;
    /* trailing: step back over one character at a time */
    while (end > p) {
        const unsigned char *q = end - 1;
        while (q > p && (*q & 0xC0) == 0x80) q--;
        if (space_len(q, end) != (size_t)(end - q)) break;
        end = q;
    }
    *s = (const char *)p;
    *e = (const char *)end;
}

static inline int digit_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* The repr of the offending input, cut to 200 code points like %.200R. */
static Value invalid_literal(const char *s, size_t len, int base, bool is_bytes) {
    Value obj = is_bytes ? bytes_new(s, len) : str_new(s, len);
    if (obj == V_NULL) return V_NULL;
    Value r = is_bytes ? bytes_repr(obj) : str_repr(obj);
    v_decref(obj);
    if (r == V_NULL) return V_NULL;
    const char *d = str_data(r);
    int64_t nb = str_nbytes(r), i = 0, cps = 0;
    while (i < nb && cps < 200) {
        i++;
        while (i < nb && (d[i] & 0xC0) == 0x80) i++;
        cps++;
    }
    err_format(&Exc_ValueError, "invalid literal for int() with base %d: %.*s", base, (int)i, d);
    v_decref(r);
    return V_NULL;
}

/* Converts len digit characters in base (underscores allowed anywhere,
 * already validated) to an int with the given sign. */
static Value digits_to_int(const char *p, size_t len, size_t ndigits, int base, bool neg) {
    /* 12 base-36 digits < 2^63: accumulate without GMP */
    if (ndigits <= 12) {
        int64_t v = 0;
        for (size_t i = 0; i < len; i++)
            if (p[i] != '_') v = v * base + digit_value((unsigned char)p[i]);
        return int_from_i64(neg ? -v : v);
    }
    char *buf = malloc(ndigits + 1);
    if (!buf) return err_nomem();
    size_t k = 0;
    for (size_t i = 0; i < len; i++)
        if (p[i] != '_') buf[k++] = p[i];
    buf[k] = 0;
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, buf, base);
    free(buf);
    if (neg) mpz_neg(z, z);
    return int_from_mpz_steal(z);
}

/* orig is what error messages quote; text (same as orig unless non-ASCII
 * digits or spaces were folded to ASCII) is what is parsed. */
static Value parse_int_text(const char *orig, size_t orig_len, const char *text, size_t len,
                            int base, bool is_bytes) {
    int given_base = base;
    const char *s = text, *end = text + len;
    strip_space(&s, &end);
    bool neg = false;
    if (s < end && (*s == '+' || *s == '-')) neg = *s++ == '-';
    bool base0_decimal = false, prefixed = false;
    if (end - s >= 2 && s[0] == '0') {
        char c = (char)(s[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            s += 2;
            prefixed = true;
        }
    }
    if (base == 0) {
        base = 10;
        base0_decimal = true;
    }
    if (prefixed && s < end && *s == '_') s++;
    /* the digit run: digits with single underscores between them */
    const char *digits = s;
    size_t ndigits = 0;
    bool prev_digit = false, bad = false, nonzero = false;
    while (s < end) {
        if (*s == '_') {
            if (!prev_digit) { bad = true; break; }
            prev_digit = false;
        } else {
            int dv = digit_value((unsigned char)*s);
            if (dv >= base) break;
            if (dv) nonzero = true;
            ndigits++;
            prev_digit = true;
        }
        s++;
    }
    if ((base & (base - 1)) != 0 && int_max_str_digits > 0 && ndigits > (size_t)int_max_str_digits)
        return err_format(&Exc_ValueError,
                          "Exceeds the limit (%lld digits) for integer string conversion: "
                          "value has %zu digits; use sys.set_int_max_str_digits() to increase the limit",
                          (long long)int_max_str_digits, ndigits);
    if (bad || s != end || ndigits == 0 || !prev_digit ||
        (base0_decimal && digits[0] == '0' && nonzero))
        return invalid_literal(orig, orig_len, given_base, is_bytes);
    return digits_to_int(digits, (size_t)(s - digits), ndigits, base, neg);
}

static Value parse_int(const char *orig, size_t orig_len, int base, bool is_bytes) {
    return parse_int_text(orig, orig_len, orig, orig_len, base, is_bytes);
}

Value int_from_string(const char *s, size_t len, int base) {
    size_t n;
    char *ascii = uni_fold_digits_spaces(s, len, &n);
    if (!ascii) return parse_int(s, len, base, false);
    Value r = parse_int_text(s, len, ascii, n, base, false);
    free(ascii);
    return r;
}

Value int_from_literal(const char *digits, size_t len, int base) {
    const char *p = digits, *end = digits + len;
    char letter = base == 16 ? 'x' : base == 8 ? 'o' : base == 2 ? 'b' : 0;
    if (letter && len >= 2 && p[0] == '0' && (p[1] | 0x20) == letter) p += 2;   /* 0x / 0o / 0b */
    size_t ndigits = 0;
    for (const char *q = p; q < end; q++)
        if (*q != '_') ndigits++;
    return digits_to_int(p, (size_t)(end - p), ndigits, base, false);
}

/* ---- type slots -----------------------------------------------------------
 * The int_slot_* functions are not in int.h: only bool.c (which reuses them)
 * declares them. Binary slots return NotImplemented unless both operands
 * are ints (bools and int subclasses included). */

#define BINARY_SLOT(name, fn) \
    Value name(Value a, Value b) { \
        if (!is_intlike(a) || !is_intlike(b)) return V_NOTIMPL; \
        return fn(a, b); \
    }
BINARY_SLOT(int_slot_add, int_add)
BINARY_SLOT(int_slot_sub, int_sub)
BINARY_SLOT(int_slot_mul, int_mul)
BINARY_SLOT(int_slot_floordiv, int_floordiv)
BINARY_SLOT(int_slot_mod, int_mod)
BINARY_SLOT(int_slot_truediv, int_truediv)
BINARY_SLOT(int_slot_pow, int_pow)
BINARY_SLOT(int_slot_lshift, int_lshift)
BINARY_SLOT(int_slot_rshift, int_rshift)
BINARY_SLOT(int_slot_and, int_and)
BINARY_SLOT(int_slot_or, int_or)
BINARY_SLOT(int_slot_xor, int_xor)
#undef BINARY_SLOT

Value int_slot_ternary_pow(Value a, Value b, Value m) {
    if (m == V_NONE || m == V_NULL) return int_slot_pow(a, b);
    if (!is_intlike(a) || !is_intlike(b) || !is_intlike(m)) return V_NOTIMPL;
    return int_powmod(a, b, m);
}

Value int_slot_richcompare(Value a, Value b, int op) {
    int c;
    if (is_intlike(a) && is_intlike(b)) {
        c = int_compare(a, b);
    } else if (is_intlike(a) && v_is_float(b)) {
        c = int_compare_double(a, v_as_float(b));
    } else if (v_is_float(a) && is_intlike(b)) {
        c = int_compare_double(b, v_as_float(a));
        if (c != 2) c = -c;
    } else {
        return V_NOTIMPL;
    }
    if (c == 2) return v_from_bool(op == CMP_NE);   /* nan: unordered */
    return v_from_bool(cmp_order_holds(op, c));
}

int int_slot_bool(Value v) { return int_sign(v) != 0; }

Value int_slot_float(Value v) {
    double d;
    if (int_as_double(v, &d) < 0) return V_NULL;
    return v_from_float(d);
}

/* ---- construction ---------------------------------------------------------- */

/* Wraps an exact int into an instance of the int subclass `type`. Steals v. */
static Value int_subtype_new(TypeObject *type, Value v) {
    size_t size = type->basicsize > sizeof(BigInt) ? type->basicsize : sizeof(BigInt);
    BigInt *b = (BigInt *)obj_alloc(type, size);
    if (!b) {
        v_decref(v);
        return V_NULL;
    }
    /* The class's own Value fields (dict slot, __slots__) start out V_NULL. */
    for (size_t off = sizeof(BigInt); off + sizeof(Value) <= size; off += sizeof(Value))
        *(Value *)((char *)b + off) = V_NULL;
    mpz_init(b->z);
    int_to_mpz(v, b->z);
    v_decref(v);
    return v_from_obj(b);
}

/* int(x) without a base: new reference. */
static Value int_convert(Value x) {
    if (v_is_int(x)) return v_newref(x);
    if (v_is_bool(x)) return v_from_smallint(x == V_TRUE);
    if (v_is_float(x)) return int_from_double(v_as_float(x));
    if (v_is_str(x)) return int_from_string(str_data(x), (size_t)str_nbytes(x), 10);
    if (v_is_byteslike(x)) {
        BytesObject *b = (BytesObject *)v_as_obj(x);
        return parse_int((const char *)b->data, (size_t)b->size, 10, true);
    }
    TypeObject *t = v_type(x);
    UnaryFunc conv = t->nb_int ? t->nb_int : t->nb_index;
    if (conv) {
        Value r = conv(x);
        if (r == V_NULL) return V_NULL;
        if (!is_intlike(r)) {
            err_format(&Exc_TypeError, "%s returned non-int (type %s)",
                       t->nb_int ? "__int__" : "__index__", v_type_name(r));
            v_decref(r);
            return V_NULL;
        }
        if (v_is_int(r)) return r;
        Value e = int_exact(r);
        v_decref(r);
        return e;
    }
    if (t->flags & TPFLAG_STR_SUBCLASS) {
        StrObject *so = (StrObject *)v_as_obj(x);
        return int_from_string(so->data, (size_t)so->nbytes, 10);
    }
    return err_format(&Exc_TypeError,
                      "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                      t->name);
}

static Value int_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {NULL, "base"};
    Value a[2];
    if (nargs == 1 && v_is_null(kwnames)) {
        /* int(x), the common call: what args_parse would leave. */
        a[0] = args[0];
        a[1] = V_NULL;
    } else if (args_parse("int", args, nargs, kwnames, names, 2, 2, 0, a) < 0) {
        return V_NULL;
    }
    Value x = a[0], vbase = a[1], r;
    if (x == V_NULL) {
        if (vbase != V_NULL) return err_format(&Exc_TypeError, "int() missing string argument");
        r = v_from_smallint(0);
    } else if (vbase == V_NULL) {
        r = int_convert(x);
    } else {
        int64_t base;
        if (obj_as_index_i64(vbase, &base) < 0) return V_NULL;
        if (base != 0 && (base < 2 || base > 36))
            return err_format(&Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        if (v_is_str(x) || (v_is_ptr(x) && (v_type(x)->flags & TPFLAG_STR_SUBCLASS))) {
            StrObject *so = (StrObject *)v_as_obj(x);
            r = int_from_string(so->data, (size_t)so->nbytes, (int)base);
        } else if (v_is_byteslike(x)) {
            BytesObject *b = (BytesObject *)v_as_obj(x);
            r = parse_int((const char *)b->data, (size_t)b->size, (int)base, true);
        } else if (v_is_bytearray(x)) {
            const uint8_t *p;
            int64_t n;
            bytes_like_view(x, &p, &n);
            r = parse_int((const char *)p, (size_t)n, (int)base, true);
        } else {
            return err_format(&Exc_TypeError, "int() can't convert non-string with explicit base");
        }
    }
    if (r == V_NULL || type == &IntType) return r;
    return int_subtype_new(type, r);
}

/* ---- methods and attributes ---------------------------------------------- */

static Value m_bit_length(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("int.bit_length", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return int_from_i64(int_bit_length(self));
}

static Value m_bit_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("int.bit_count", nargs, kwnames, 0, 0) < 0) return V_NULL;
    if (is_inline_int(self)) {
        int64_t i = inline_val(self);
        return v_from_smallint(__builtin_popcountll(i < 0 ? 0 - (uint64_t)i : (uint64_t)i));
    }
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, heap_z(self));
    Value r = int_from_u64(mpz_popcount(a));
    mpz_clear(a);
    return r;
}

/* conjugate, __trunc__, __floor__, __ceil__: int(self), each under its
 * own name in argument errors. */
#define SELF_INT_METHOD(fn, qualname)                                              \
    static Value fn(Value self, const Value *args, size_t nargs, Value kwnames) { \
        (void)args;                                                                \
        if (args_check_positional(qualname, nargs, kwnames, 0, 0) < 0) return V_NULL; \
        return int_exact(self);                                                    \
    }
SELF_INT_METHOD(m_conjugate, "int.conjugate")
SELF_INT_METHOD(m_trunc, "int.__trunc__")
SELF_INT_METHOD(m_floor, "int.__floor__")
SELF_INT_METHOD(m_ceil, "int.__ceil__")
#undef SELF_INT_METHOD

static Value m_getnewargs(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("int.__getnewargs__", nargs, kwnames, 0, 0) < 0) return V_NULL;
    Value v = int_exact(self);
    if (v_is_null(v)) return V_NULL;
    return tuple_from_array_steal(&v, 1);
}

/* int.__divmod__ / __rdivmod__: NotImplemented unless the other operand
 * is an int (or subclass), as the number slot answers. */
static Value divmod_wrapper(const char *name, Value self, const Value *args, size_t nargs, Value kwnames,
                            bool reflected) {
    if (args_check_positional(name, nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value o = args[0];
    if (!v_is_int_or_bool(o) && !(v_type(o)->flags & TPFLAG_INT_SUBCLASS)) return V_NOTIMPL;
    return reflected ? int_divmod(o, self) : int_divmod(self, o);
}
static Value m_divmod(Value self, const Value *args, size_t nargs, Value kwnames) {
    return divmod_wrapper("__divmod__", self, args, nargs, kwnames, false);
}
static Value m_rdivmod(Value self, const Value *args, size_t nargs, Value kwnames) {
    return divmod_wrapper("__rdivmod__", self, args, nargs, kwnames, true);
}

static Value m_as_integer_ratio(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("int.as_integer_ratio", nargs, kwnames, 0, 0) < 0) return V_NULL;
    Value items[2] = {int_exact(self), v_from_smallint(1)};
    if (items[0] == V_NULL) return V_NULL;
    return tuple_from_array_steal(items, 2);
}

/* int.__round__(ndigits): exact, half to even, for negative ndigits. */
static Value m_round(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("int.__round__", nargs, kwnames, 0, 1) < 0) return V_NULL;
    if (nargs == 0 || args[0] == V_NONE) return int_exact(self);
    Value nd = obj_index(args[0]);
    if (nd == V_NULL) return V_NULL;
    if (int_sign(nd) >= 0) {
        v_decref(nd);
        return int_exact(self);
    }
    int64_t n;
    if (!is_inline_int(nd)) {
        v_decref(nd);
        return v_from_smallint(0);   /* 10**huge exceeds any int that fits in memory */
    }
    n = -inline_val(nd);
    if ((uint64_t)n > (uint64_t)int_bit_length(self) + 1) return v_from_smallint(0);
    ZView x;
    zview(&x, self);
    mpz_t p, q, r;
    mpz_init(p);
    mpz_init(q);
    mpz_init(r);
    mpz_ui_pow_ui(p, 10, (unsigned long)n);
    mpz_fdiv_qr(q, r, x.p, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    mpz_clear(p);
    mpz_clear(r);
    return int_from_mpz_steal(q);
}

/* Parses byteorder ('big' -> 1, 'little' -> -1: mpz_export's word order). */
static int parse_byteorder(Value v, int *order) {
    if (v == V_NULL) { *order = 1; return 0; }
    if (!v_is_str(v))
        return err_format(&Exc_TypeError, "to_bytes() argument 'byteorder' must be str, not %s",
                          v_type_name(v)), -1;
    if (str_eq_cstr(v, "big")) *order = 1;
    else if (str_eq_cstr(v, "little")) *order = -1;
    else return err_format(&Exc_ValueError, "byteorder must be either 'little' or 'big'"), -1;
    return 0;
}

/* int.to_bytes(length=1, byteorder='big', *, signed=False): two's complement
 * for negative values when signed, OverflowError when it does not fit. */
static Value m_to_bytes(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"length", "byteorder", "signed"};
    Value a[3];
    if (args_parse("to_bytes", args, nargs, kwnames, names, 3, 2, 0, a) < 0) return V_NULL;
    int64_t len = 1;
    if (a[0] != V_NULL && obj_as_index_i64(a[0], &len) < 0) return V_NULL;
    if (len < 0) return err_format(&Exc_ValueError, "length argument must be non-negative");
    int order, sgn = 0;
    if (parse_byteorder(a[1], &order) < 0) return V_NULL;
    if (a[2] != V_NULL && (sgn = obj_truthy(a[2])) < 0) return V_NULL;
    int s = int_sign(self);
    if (s < 0 && !sgn) return err_format(&Exc_OverflowError, "can't convert negative int to unsigned");
    /* CPython 3.11 lets -1 through into zero bytes (its sign extension of
     * nothing): b''. */
    if (len == 0 && sgn && self == v_from_smallint(-1)) return bytes_new(NULL, 0);
    if (v_is_smallint(self) && len >= 1 && len <= 8) {
        /* Most calls: a machine-sized value into at most 8 bytes. */
        int64_t x = v_as_smallint(self);
        int bits = (int)len * 8;
        bool fits = bits == 64 ? true
                    : sgn ? (x >= -((int64_t)1 << (bits - 1)) && x < ((int64_t)1 << (bits - 1)))
                          : (uint64_t)x < ((uint64_t)1 << bits);
        if (!fits) return err_format(&Exc_OverflowError, "int too big to convert");
        uint8_t out[8];
        uint64_t u = (uint64_t)x;
        for (int64_t i = 0; i < len; i++) {
            uint8_t byte = (uint8_t)(u >> (8 * i));
            if (order < 0) out[i] = byte;
            else out[len - 1 - i] = byte;
        }
        return bytes_new(out, (size_t)len);
    }
    /* Bits the value needs: unsigned magnitude, or with a sign bit. */
    mpz_t z;
    mpz_init(z);
    int_to_mpz(self, z);
    uint64_t need;
    if (!sgn) need = mpz_sizeinbase(z, 2) - (s == 0);
    else if (s >= 0) need = s == 0 ? 0 : mpz_sizeinbase(z, 2) + 1;
    else {
        /* -2**(k-1) needs k bits: bits of (-z - 1), plus the sign bit. */
        mpz_t t;
        mpz_init(t);
        mpz_neg(t, z);
        mpz_sub_ui(t, t, 1);
        need = (mpz_sgn(t) == 0 ? 0 : mpz_sizeinbase(t, 2)) + 1;
        mpz_clear(t);
    }
    if (need > (uint64_t)len * 8) {
        mpz_clear(z);
        return err_format(&Exc_OverflowError, "int too big to convert");
    }
    if (s < 0) {
        mpz_t m;
        mpz_init(m);
        mpz_ui_pow_ui(m, 2, (unsigned long)(len * 8));
        mpz_add(z, z, m);
        mpz_clear(m);
    }
    uint8_t *buf = calloc((size_t)len + 1, 1);
    if (!buf) { mpz_clear(z); return err_nomem(); }
    size_t cnt = 0;
    uint8_t *tmp = mpz_sgn(z) ? mpz_export(NULL, &cnt, -1, 1, 0, 0, z) : NULL;
    /* tmp is little-endian, cnt <= len. */
    for (size_t i = 0; i < cnt; i++) {
        if (order < 0) buf[i] = tmp[i];
        else buf[(size_t)len - 1 - i] = tmp[i];
    }
    if (tmp) {
        void (*freefn)(void *, size_t);
        mp_get_memory_functions(NULL, NULL, &freefn);
        freefn(tmp, cnt);
    }
    mpz_clear(z);
    Value r = bytes_new(buf, (size_t)len);
    free(buf);
    return r;
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod. */
static Value m_from_bytes(Value cls, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    Value a[3];
    if (args_parse("from_bytes", args, nargs, kwnames, names, 3, 2, 1, a) < 0) return V_NULL;
    int order, sgn = 0;
    if (parse_byteorder(a[1], &order) < 0) return V_NULL;
    if (a[2] != V_NULL && (sgn = obj_truthy(a[2])) < 0) return V_NULL;
    Value b = a[0];
    if (v_is_bytes(b)) {
        v_incref(b);
    } else if (v_is_strlike(b) || v_is_int_or_bool(b)) {
        /* PyObject_Bytes refuses these (bytes() would encode or count) */
        return err_format(&Exc_TypeError, "cannot convert '%s' object to bytes", v_type_name(b));
    } else {
        Value bt = v_from_obj(&BytesType);
        b = obj_call(bt, &a[0], 1, V_NULL);
        if (b == V_NULL) return V_NULL;
    }
    BytesObject *bo = (BytesObject *)v_as_obj(b);
    if (bo->size <= 5 && (TypeObject *)v_as_obj(cls) == &IntType) {
        /* Up to 40 bits: always a small int (47 bits and a sign). */
        int64_t x = 0;
        for (int64_t i = 0; i < bo->size; i++)
            x = (x << 8) | bo->data[order > 0 ? i : bo->size - 1 - i];
        if (sgn && bo->size && (x >> (bo->size * 8 - 1)) & 1) x -= (int64_t)1 << (bo->size * 8);
        v_decref(b);
        return v_from_smallint(x);
    }
    mpz_t z;
    mpz_init(z);
    if (bo->size) mpz_import(z, (size_t)bo->size, order, 1, 0, 0, bo->data);
    if (sgn && bo->size && (bo->data[order > 0 ? 0 : bo->size - 1] & 0x80)) {
        mpz_t m;
        mpz_init(m);
        mpz_ui_pow_ui(m, 2, (unsigned long)(bo->size * 8));
        mpz_sub(z, z, m);
        mpz_clear(m);
    }
    v_decref(b);
    Value r = int_from_mpz_steal(z);
    if (r == V_NULL || (TypeObject *)v_as_obj(cls) == &IntType) return r;
    Value res = obj_call(cls, &r, 1, V_NULL);
    v_decref(r);
    return res;
}

static Value g_self(Value self) { return int_exact(self); }
static Value g_zero(Value self) { (void)self; return v_from_smallint(0); }
static Value g_one(Value self) { (void)self; return v_from_smallint(1); }

static const MethodDef int_methods[] = {
    {"bit_length", m_bit_length, 0, "Number of bits necessary to represent self in binary."},
    {"bit_count", m_bit_count, 0, "Number of ones in the binary representation of abs(self)."},
    {"conjugate", m_conjugate, 0, "Returns self, the complex conjugate of any int."},
    {"as_integer_ratio", m_as_integer_ratio, 0, "Return integer ratio."},
    {"__trunc__", m_trunc, 0, "Truncating an Integral returns itself."},
    {"__floor__", m_floor, 0, "Flooring an Integral returns itself."},
    {"__ceil__", m_ceil, 0, "Ceiling of an Integral returns itself."},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__divmod__", m_divmod, 0, "Return divmod(self, value)."},
    {"__rdivmod__", m_rdivmod, 0, "Return divmod(value, self)."},
    {"__round__", m_round, 0, "Rounding an Integral returns itself."},
    {"to_bytes", m_to_bytes, 0, "Return an array of bytes representing an integer."},
    {"from_bytes", m_from_bytes, METH_CLASS, "Return the integer represented by the given array of bytes."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef int_getset[] = {
    {"real", g_self, NULL},
    {"imag", g_zero, NULL},
    {"numerator", g_self, NULL},
    {"denominator", g_one, NULL},
    {NULL, NULL, NULL},
};

TypeObject IntType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "int",
    .base = &ObjectType,
    .flags = TPFLAG_BASETYPE | TPFLAG_INT_SUBCLASS | TPFLAG_NEW_TAKES_ARGS,
    .basicsize = sizeof(BigInt),
    .dealloc = bigint_dealloc,
    .repr = int_repr,
    .str = int_repr,
    .hash = int_hash,
    .richcompare = int_slot_richcompare,
    .bool_ = int_slot_bool,
    .nb = {
        [NB_ADD] = int_slot_add,
        [NB_AND] = int_slot_and,
        [NB_FLOOR_DIVIDE] = int_slot_floordiv,
        [NB_LSHIFT] = int_slot_lshift,
        [NB_MULTIPLY] = int_slot_mul,
        [NB_REMAINDER] = int_slot_mod,
        [NB_OR] = int_slot_or,
        [NB_POWER] = int_slot_pow,
        [NB_RSHIFT] = int_slot_rshift,
        [NB_SUBTRACT] = int_slot_sub,
        [NB_TRUE_DIVIDE] = int_slot_truediv,
        [NB_XOR] = int_slot_xor,
    },
    .nb_ternary_pow = int_slot_ternary_pow,
    .nb_negative = int_neg,
    .nb_positive = int_exact,
    .nb_invert = int_invert,
    .nb_absolute = int_abs,
    .nb_int = int_exact,
    .nb_float = int_slot_float,
    .nb_index = int_exact,
    .construct = int_construct,
    .methods = int_methods,
    .getset = int_getset,
};


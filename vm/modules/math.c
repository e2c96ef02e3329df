/* math.c: the builtin math module, bit-for-bit compatible with CPython 3.11.
 *
 * The transcendental functions call the platform libm (glibc), as CPython
 * does on the same platform, so results agree to the last bit. Where
 * CPython does not trust libm it ships its own algorithm (gamma and lgamma
 * by Lanczos, hypot/dist by a compensated vector norm, fsum by Shewchuk's
 * partials, pow/fmod/atan2/remainder special values); those are
 * reimplemented here step by step in the same floating-point order, since a
 * reordered expression would round differently.
 *
 * Error convention (CPython's math_1/math_2): a NaN result from a non-NaN
 * argument is ValueError "math domain error"; an infinite result from finite
 * arguments is OverflowError "math range error" for functions that can
 * overflow (exp, cosh, ...) and ValueError otherwise (a pole such as
 * log(0)); underflow to zero is silently accepted.
 */
#include <math.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gmp.h>

#include "abstract.h"
#include "args.h"
#include "descr.h"
#include "dict.h"
#include "errors.h"
#include "floatobject.h"
#include "int.h"
#include "mathmod.h"
#include "module.h"
#include "str.h"
#include "tuple.h"

/* m_dbl_min; <float.h> is shadowed by vm/float.h on the include path. */
static const double m_dbl_min = 2.2250738585072014e-308;
static const double m_pi = 3.141592653589793238462643383279502884197;
static const double m_logpi = 1.144729885849400174143427351353058711647;

static Value domain_error(void) { return err_format(&Exc_ValueError, "math domain error"); }
static Value range_error(void) { return err_format(&Exc_OverflowError, "math range error"); }

/* ---- argument helpers ------------------------------------------------------ */

static bool has_kwargs(Value kwnames) { return !v_is_null(kwnames) && tuple_size(kwnames) > 0; }

/* CPython's wording differs by calling convention: METH_O functions say
 * "math.sqrt() takes exactly one argument (2 given)", fastcall ones say
 * "atan2 expected 2 arguments, got 1"; both say "math.atan2() takes no
 * keyword arguments". */
static int check_args(const char *name, size_t nargs, Value kwnames, size_t min, size_t max) {
    if (nargs >= min && nargs <= max && !has_kwargs(kwnames)) return 0;   /* the hot path */
    char full[64];
    snprintf(full, sizeof full, "math.%s", name);
    if (has_kwargs(kwnames)) return args_check_positional(full, nargs, kwnames, min, max);
    return args_check_positional(min == 1 && max == 1 ? full : name, nargs, V_NULL, min, max);
}

/* Calls type(v).<name>(v) if the type defines it: 1 with *out set (new
 * reference), 0 when the type has no such method, -1 on error. Special
 * methods are looked up on the type, never the instance, as CPython's
 * _PyObject_LookupSpecial. */
static int call_special(Value v, const char *name, Value *out) {
    Value meth = type_lookup(v_type(v), str_intern_cstr(name));
    if (v_is_null(meth)) return 0;
    *out = obj_call1(meth, v);
    return v_is_null(*out) ? -1 : 1;
}

/* PyFloat_AsDouble: float, int (correctly rounded; OverflowError "int too
 * large to convert to float"), __float__, __index__; otherwise TypeError
 * "must be real number, not str". Returns 0 or -1. */
static int to_double(Value v, double *out) {
    if (v_is_float(v)) {
        *out = v_as_float(v);
        return 0;
    }
    int c = float_coerce(v, out);
    if (c != 0) return c > 0 ? 0 : -1;
    TypeObject *t = v_type(v);
    Value r = V_NULL;
    if (t->nb_float) {
        r = t->nb_float(v);
        if (v_is_null(r)) return -1;
    } else {
        int found = call_special(v, "__float__", &r);
        if (found < 0) return -1;
        if (!found) {
            Value i = V_NULL;
            if (t->nb_index) {
                i = obj_index(v);
                if (v_is_null(i)) return -1;
            } else {
                found = call_special(v, "__index__", &i);
                if (found < 0) return -1;
                if (!found) {
                    err_format(&Exc_TypeError, "must be real number, not %s", t->name);
                    return -1;
                }
            }
            c = float_coerce(i, out);
            if (c == 0) err_format(&Exc_TypeError, "__index__ returned non-int (type %s)", v_type_name(i));
            v_decref(i);
            return c > 0 ? 0 : -1;
        }
    }
    if (!v_is_float(r)) {
        err_format(&Exc_TypeError, "%s.__float__ returned non-float (type %s)", t->name, v_type_name(r));
        v_decref(r);
        return -1;
    }
    *out = v_as_float(r);
    return 0;
}

/* ---- one- and two-argument float functions ------------------------------- */

/* CPython's math_1: see the header comment for the error rules. */
static Value math_1(Value arg, double (*fn)(double), bool can_overflow) {
    double x;
    if (to_double(arg, &x) < 0) return V_NULL;
    double r = fn(x);
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
    return v_from_float(r);
}

#define FUNC1(name, fn, can_overflow)                                                   \
    static Value math_##name(Value self, const Value *args, size_t nargs, Value kw) { \
        if (check_args(#name, nargs, kw, 1, 1) < 0) return V_NULL;                      \
        return math_1(args[0], fn, can_overflow);                                       \
    }

static double m_log1p(double x) { return x == 0.0 ? x : log1p(x); }

FUNC1(acos, acos, false)
FUNC1(acosh, acosh, false)
FUNC1(asin, asin, false)
FUNC1(asinh, asinh, false)
FUNC1(atan, atan, false)
FUNC1(atanh, atanh, false)
FUNC1(cbrt, cbrt, false)
FUNC1(cos, cos, false)
FUNC1(cosh, cosh, true)
FUNC1(exp, exp, true)
FUNC1(exp2, exp2, true)
FUNC1(expm1, expm1, true)
FUNC1(fabs, fabs, false)
FUNC1(log1p, m_log1p, false)
FUNC1(sin, sin, false)
FUNC1(sinh, sinh, true)
FUNC1(sqrt, sqrt, false)
FUNC1(tan, tan, false)
FUNC1(tanh, tanh, false)

/* erf and erfc come from libm in CPython 3.11 and never raise. */
FUNC1(erf, erf, false)
FUNC1(erfc, erfc, false)

/* The JIT's inline form of a call of one of the functions above
 * (mathmod.h): the libm function behind callable, or NULL. */
double (*math_unary_double(Value callable))(double) {
    static const struct { CFunc b; double (*f)(double); } tab[] = {
        {math_acos, acos}, {math_acosh, acosh}, {math_asin, asin}, {math_asinh, asinh},
        {math_atan, atan}, {math_atanh, atanh}, {math_cbrt, cbrt}, {math_cos, cos},
        {math_cosh, cosh}, {math_exp, exp}, {math_exp2, exp2}, {math_expm1, expm1},
        {math_fabs, fabs}, {math_log1p, m_log1p}, {math_sin, sin}, {math_sinh, sinh},
        {math_sqrt, sqrt}, {math_tan, tan}, {math_tanh, tanh}, {math_erf, erf},
        {math_erfc, erfc},
    };
    if (!v_is_type(callable, &BuiltinFunctionType)) return NULL;
    CFunc fn = ((BuiltinFunctionObject *)v_as_obj(callable))->fn;
    for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
        if (tab[i].b == fn) return tab[i].f;
    return NULL;
}

/* ---- gamma and lgamma (CPython's Lanczos approximation) -------------------- */

/* sin(pi * x), exact at integers and half-integers. x finite. */
static double m_sinpi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    int n = (int)round(2.0 * y);
    switch (n) {
    case 0: r = sin(m_pi * y); break;
    case 1: r = cos(m_pi * (y - 0.5)); break;
    /* -sin(pi*(y-1.0)) would give -0.0 at y == 1.0. */
    case 2: r = sin(m_pi * (1.0 - y)); break;
    case 3: r = -cos(m_pi * (y - 1.5)); break;
    default: r = sin(m_pi * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* N = 13, g = 6.024680040776729583740234375 (the Boost parameters); the sum
 * is a rational function with these coefficients. */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num_coeffs[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* The denominator is x*(x+1)*...*(x+LANCZOS_N-2). */
static const double lanczos_den_coeffs[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};

#define NGAMMA_INTEGRAL 23
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
};

static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    /* Below 5 evaluate directly; above, in 1/x, which cannot overflow. */
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num_coeffs[i];
            den = den * x + lanczos_den_coeffs[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num_coeffs[i];
            den = den / x + lanczos_den_coeffs[i];
        }
    }
    return num / den;
}

enum { M_OK = 0, M_EDOM, M_ERANGE };

static double m_tgamma(double x, int *err) {
    double absx, r, y, z, sqrtpow;
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        *err = M_EDOM;
        return NAN;
    }
    if (x == 0.0) {
        *err = M_EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            *err = M_EDOM;
            return NAN;
        }
        if (x <= NGAMMA_INTEGRAL) return gamma_integral[(int)x - 1];
    }
    absx = fabs(x);
    if (absx < 1e-20) {
        r = 1.0 / x;
        if (isinf(r)) *err = M_ERANGE;
        return r;
    }
    /* Overflows for x > 200, underflows to +-0 for x < -200. */
    if (absx > 200.0) {
        if (x < 0.0) return 0.0 / m_sinpi(x);
        *err = M_ERANGE;
        return HUGE_VAL;
    }
    y = absx + lanczos_g_minus_half;
    /* z = the rounding error of y, for the correction factor (1 + z*g/y). */
    if (absx > lanczos_g_minus_half) {
        double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -m_pi / m_sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r)) *err = M_ERANGE;
    return r;
}

static double m_lgamma(double x, int *err) {
    if (!isfinite(x)) return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            *err = M_EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20) return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) r = m_logpi - log(fabs(m_sinpi(absx))) - log(absx) - r;
    if (isinf(r)) *err = M_ERANGE;
    return r;
}

/* CPython's math_1a: the function reports its own errors; a range error
 * with a small result is an underflow and not an error. */
static Value math_1a(Value arg, double (*fn)(double, int *)) {
    double x;
    if (to_double(arg, &x) < 0) return V_NULL;
    int err = M_OK;
    double r = fn(x, &err);
    if (err == M_EDOM) return domain_error();
    if (err == M_ERANGE && fabs(r) >= 1.5) return range_error();
    return v_from_float(r);
}

static Value math_gamma(Value self, const Value *args, size_t nargs, Value kw) {
    if (check_args("gamma", nargs, kw, 1, 1) < 0) return V_NULL;
    return math_1a(args[0], m_tgamma);
}

static Value math_lgamma(Value self, const Value *args, size_t nargs, Value kw) {
    if (check_args("lgamma", nargs, kw, 1, 1) < 0) return V_NULL;
    return math_1a(args[0], m_lgamma);
}

/* ---- two-argument functions ------------------------------------------------ */

static int two_doubles(const char *name, const Value *args, size_t nargs, Value kw, double *x,
                       double *y) {
    if (check_args(name, nargs, kw, 2, 2) < 0) return -1;
    if (to_double(args[0], x) < 0 || to_double(args[1], y) < 0) return -1;
    return 0;
}

/* CPython's math_2: NaN from non-NaN arguments is a domain error, infinity
 * from finite arguments a range error. */
static Value math_2_result(double x, double y, double r) {
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error();
    if (isinf(r) && isfinite(x) && isfinite(y)) return range_error();
    return v_from_float(r);
}

/* atan2 with C99's special values spelled out, as CPython does. */
static double m_atan2(double y, double x) {
    if (isnan(x) || isnan(y)) return NAN;
    if (isinf(y)) {
        if (isinf(x)) return copysign(copysign(1., x) == 1. ? 0.25 * m_pi : 0.75 * m_pi, y);
        return copysign(0.5 * m_pi, y);
    }
    if (isinf(x) || y == 0.) return copysign(copysign(1., x) == 1. ? 0. : m_pi, y);
    return atan2(y, x);
}

static Value math_atan2(Value self, const Value *args, size_t nargs, Value kw) {
    double y, x;
    if (two_doubles("atan2", args, nargs, kw, &y, &x) < 0) return V_NULL;
    return math_2_result(y, x, m_atan2(y, x));
}

static Value math_copysign(Value self, const Value *args, size_t nargs, Value kw) {
    double x, y;
    if (two_doubles("copysign", args, nargs, kw, &x, &y) < 0) return V_NULL;
    return math_2_result(x, y, copysign(x, y));
}

/* IEEE remainder is exact, so libm's answer is CPython's m_remainder's. */
static Value math_remainder(Value self, const Value *args, size_t nargs, Value kw) {
    double x, y;
    if (two_doubles("remainder", args, nargs, kw, &x, &y) < 0) return V_NULL;
    double r;
    if (isnan(x)) r = x;
    else if (isnan(y)) r = y;
    else if (isinf(x) || y == 0.0) r = NAN;
    else if (isinf(y)) r = x;
    else r = remainder(x, y);
    return math_2_result(x, y, r);
}

static Value math_fmod(Value self, const Value *args, size_t nargs, Value kw) {
    double x, y;
    if (two_doubles("fmod", args, nargs, kw, &x, &y) < 0) return V_NULL;
    if (isinf(y) && isfinite(x)) return v_from_float(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error();
    return v_from_float(r);
}

static Value math_pow(Value self, const Value *args, size_t nargs, Value kw) {
    double x, y, r;
    if (two_doubles("pow", args, nargs, kw, &x, &y) < 0) return V_NULL;
    int err = M_OK;
    /* IEEE special values handled directly, as CPython does. */
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) {
            r = y == 0. ? 1. : x;
        } else if (isnan(y)) {
            r = x == 1. ? 1. : y;
        } else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.) r = odd_y ? x : fabs(x);
            else if (y == 0.) r = 1.;
            else r = odd_y ? copysign(0., x) : 0.;
        } else {
            if (fabs(x) == 1.0) r = 1.;
            else if (y > 0. && fabs(x) > 1.0) r = y;
            else if (y < 0. && fabs(x) < 1.0) r = -y;
            else r = 0.;
        }
    } else {
        r = pow(x, y);
        /* NaN: negative ** non-integer; inf: 0 ** negative or overflow. */
        if (isnan(r)) err = M_EDOM;
        else if (isinf(r)) err = x == 0. ? M_EDOM : M_ERANGE;
    }
    if (err == M_EDOM) return domain_error();
    if (err == M_ERANGE) return range_error();
    return v_from_float(r);
}

static Value math_nextafter(Value self, const Value *args, size_t nargs, Value kw) {
    double x, y;
    if (two_doubles("nextafter", args, nargs, kw, &x, &y) < 0) return V_NULL;
    return v_from_float(nextafter(x, y));
}

static Value math_ulp(Value self, const Value *args, size_t nargs, Value kw) {
    double x;
    if (check_args("ulp", nargs, kw, 1, 1) < 0 || to_double(args[0], &x) < 0) return V_NULL;
    if (isnan(x)) return v_from_float(x);
    x = fabs(x);
    if (isinf(x)) return v_from_float(x);
    double x2 = nextafter(x, INFINITY);
    /* x is the largest finite float: measure the gap below it instead. */
    if (isinf(x2)) return v_from_float(x - nextafter(x, -INFINITY));
    return v_from_float(x2 - x);
}

/* ---- logarithms -------------------------------------------------------------- */

/* _PyLong_Frexp for a positive int too big for a double: m in [0.5, 1) and
 * e with x ~= m * 2**e, m correctly rounded (half to even). The top 64 bits
 * with every lower bit folded into a sticky bit 0 round to 53 bits exactly
 * as the whole number would, and the uint64 -> double conversion does that
 * rounding. */
static double big_frexp(Value x, int64_t *e) {
    mpz_t z, low;
    mpz_init(z);
    mpz_init(low);
    int_to_mpz(x, z);
    int64_t nbits = (int64_t)mpz_sizeinbase(z, 2);
    int64_t shift = nbits - 64;
    mpz_tdiv_r_2exp(low, z, (mp_bitcnt_t)shift);
    mpz_tdiv_q_2exp(z, z, (mp_bitcnt_t)shift);
    uint64_t top = mpz_getlimbn(z, 0);
    if (mpz_sgn(low) != 0) top |= 1;
    mpz_clear(z);
    mpz_clear(low);
    int e1;
    double m = frexp((double)top, &e1);
    *e = e1 + shift;
    return m;
}

/* CPython's loghelper: ints are handled exactly, even huge ones. */
static Value loghelper(Value arg, double (*fn)(double)) {
    if (v_is_int_or_bool(arg) || (v_is_ptr(arg) && (v_type(arg)->flags & TPFLAG_INT_SUBCLASS))) {
        if (int_sign(arg) <= 0) return domain_error();
        double x;
        if (int_as_double(arg, &x) == 0) return v_from_float(fn(x));
        if (!err_matches(&Exc_OverflowError)) return V_NULL;
        err_clear();
        int64_t e;
        double m = big_frexp(arg, &e);
        return v_from_float(fn(m) + fn(2.0) * (double)e);
    }
    return math_1(arg, fn, false);
}

static Value math_log(Value self, const Value *args, size_t nargs, Value kw) {
    if (has_kwargs(kw)) return err_format(&Exc_TypeError, "log() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        return err_format(&Exc_TypeError, "math.log requires 1 to 2 arguments");
    Value num = loghelper(args[0], log);
    if (v_is_null(num) || nargs == 1) return num;
    Value den = loghelper(args[1], log);
    if (v_is_null(den)) return V_NULL;
    if (v_as_float(den) == 0.0) return err_format(&Exc_ZeroDivisionError, "float division by zero");
    return v_from_float(v_as_float(num) / v_as_float(den));
}

static Value math_log2(Value self, const Value *args, size_t nargs, Value kw) {
    if (check_args("log2", nargs, kw, 1, 1) < 0) return V_NULL;
    return loghelper(args[0], log2);
}

static Value math_log10(Value self, const Value *args, size_t nargs, Value kw) {
    if (check_args("log10", nargs, kw, 1, 1) < 0) return V_NULL;
    return loghelper(args[0], log10);
}

/* ---- float utilities ---------------------------------------------------------- */

static Value math_degrees(Value self, const Value *args, size_t nargs, Value kw) {
    double x;
    if (check_args("degrees", nargs, kw, 1, 1) < 0 || to_double(args[0], &x) < 0) return V_NULL;
    return v_from_float(x * (180.0 / m_pi));
}

static Value math_radians(Value self, const Value *args, size_t nargs, Value kw) {
    double x;
    if (check_args("radians", nargs, kw, 1, 1) < 0 || to_double(args[0], &x) < 0) return V_NULL;
    return v_from_float(x * (m_pi / 180.0));
}

static Value math_isfinite(Value self, const Value *args, size_t nargs, Value kw) {
    double x;
    if (check_args("isfinite", nargs, kw, 1, 1) < 0 || to_double(args[0], &x) < 0) return V_NULL;
    return v_from_bool(isfinite(x));
}

static Value math_isinf(Value self, const Value *args, size_t nargs, Value kw) {
    double x;
    if (check_args("isinf", nargs, kw, 1, 1) < 0 || to_double(args[0], &x) < 0) return V_NULL;
    return v_from_bool(isinf(x));
}

static Value math_isnan(Value self, const Value *args, size_t nargs, Value kw) {
    double x;
    if (check_args("isnan", nargs, kw, 1, 1) < 0 || to_double(args[0], &x) < 0) return V_NULL;
    return v_from_bool(isnan(x));
}

static Value math_frexp(Value self, const Value *args, size_t nargs, Value kw) {
    double x;
    if (check_args("frexp", nargs, kw, 1, 1) < 0 || to_double(args[0], &x) < 0) return V_NULL;
    int e = 0;
    double m = x;
    if (!(isnan(x) || isinf(x) || x == 0.0)) m = frexp(x, &e);
    return tuple_pack(2, v_from_float(m), v_from_smallint(e));
}

static Value math_ldexp(Value self, const Value *args, size_t nargs, Value kw) {
    double x;
    if (check_args("ldexp", nargs, kw, 2, 2) < 0 || to_double(args[0], &x) < 0) return V_NULL;
    Value i = args[1];
    if (!(v_is_int_or_bool(i) || (v_is_ptr(i) && (v_type(i)->flags & TPFLAG_INT_SUBCLASS))))
        return err_format(&Exc_TypeError, "Expected an int as second argument to ldexp.");
    /* An exponent beyond a C long saturates: the result overflows or
     * underflows either way. */
    int64_t e;
    if (int_as_i64(i, &e) < 0) {
        err_clear();
        e = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    }
    double r;
    if (x == 0. || !isfinite(x)) return v_from_float(x);
    if (e > INT_MAX) return range_error();
    if (e < INT_MIN) return v_from_float(copysign(0., x));
    r = ldexp(x, (int)e);
    if (isinf(r)) return range_error();
    return v_from_float(r);
}

static Value math_modf(Value self, const Value *args, size_t nargs, Value kw) {
    double x, ip;
    if (check_args("modf", nargs, kw, 1, 1) < 0 || to_double(args[0], &x) < 0) return V_NULL;
    if (isinf(x)) return tuple_pack(2, v_from_float(copysign(0., x)), v_from_float(x));
    if (isnan(x)) return tuple_pack(2, v_from_float(x), v_from_float(x));
    double fp = modf(x, &ip);
    return tuple_pack(2, v_from_float(fp), v_from_float(ip));
}

static Value math_isclose(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    Value v[4];
    if (args_parse("isclose", args, nargs, kw, names, 4, 2, 2, v) < 0) return V_NULL;
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (to_double(v[0], &a) < 0 || to_double(v[1], &b) < 0) return V_NULL;
    if (!v_is_null(v[2]) && to_double(v[2], &rel_tol) < 0) return V_NULL;
    if (!v_is_null(v[3]) && to_double(v[3], &abs_tol) < 0) return V_NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return err_format(&Exc_ValueError, "tolerances must be non-negative");
    if (a == b) return V_TRUE;
    if (isinf(a) || isinf(b)) return V_FALSE;
    double diff = fabs(b - a);
    return v_from_bool(diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) || diff <= abs_tol);
}

/* ---- rounding to ints ------------------------------------------------------------ */

static bool is_int_exact_or_bool(Value v) { return v_is_int_or_bool(v); }

static Value int_of(Value v) {
    if (v_is_bool(v)) return v_from_smallint(v == V_TRUE);
    return v_newref(v);
}

static Value round_to_int(const char *name, const char *special, double (*fn)(double),
                          const Value *args, size_t nargs, Value kw) {
    if (check_args(name, nargs, kw, 1, 1) < 0) return V_NULL;
    Value x = args[0];
    double d;
    if (v_is_float(x)) return int_from_double(fn(v_as_float(x)));
    if (is_int_exact_or_bool(x)) return int_of(x);
    Value r;
    int found = call_special(x, special, &r);
    if (found) return found > 0 ? r : V_NULL;
    if (to_double(x, &d) < 0) return V_NULL;
    return int_from_double(fn(d));
}

static Value math_floor(Value self, const Value *args, size_t nargs, Value kw) {
    return round_to_int("floor", "__floor__", floor, args, nargs, kw);
}

static Value math_ceil(Value self, const Value *args, size_t nargs, Value kw) {
    return round_to_int("ceil", "__ceil__", ceil, args, nargs, kw);
}

static Value math_trunc(Value self, const Value *args, size_t nargs, Value kw) {
    if (check_args("trunc", nargs, kw, 1, 1) < 0) return V_NULL;
    Value x = args[0];
    if (v_is_float(x)) return int_from_double(v_as_float(x));
    if (is_int_exact_or_bool(x)) return int_of(x);
    Value r;
    int found = call_special(x, "__trunc__", &r);
    if (found) return found > 0 ? r : V_NULL;
    return err_format(&Exc_TypeError, "type %s doesn't define __trunc__ method", v_type_name(x));
}

/* ---- hypot, dist, fsum, prod ------------------------------------------------------ */

/* CPython 3.11's vector_norm: the Euclidean norm of vec[0..n) (all finite,
 * non-negative, at most max), accurate to within 1 ulp. Each value is
 * scaled by a power of two so that max lies in [0.5, 1), split into
 * 26-bit halves so that squares are exact, and accumulated with
 * compensated sums around a bias of 1.0; a final Newton step corrects the
 * square root. */
static double vector_norm(int64_t n, double *vec, double max, bool found_nan) {
    const double T27 = 134217729.0;     /* 2**27 + 1, the Veltkamp split factor */
    double x, csum = 1.0, oldcsum, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0, scale, t, hi, lo, h;
    int max_e;
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    frexp(max, &max_e);
    if (max_e < -1023) {
        /* ldexp(1.0, -max_e) would overflow: renormalise subnormals first. */
        for (int64_t i = 0; i < n; i++) vec[i] /= m_dbl_min;
        return m_dbl_min * vector_norm(n, vec, max / m_dbl_min, found_nan);
    }
    scale = ldexp(1.0, -max_e);
    for (int64_t i = 0; i < n; i++) {
        x = vec[i] * scale;
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;

        x = hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;

        x = 2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;

        frac3 += lo * lo;
    }
    h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));

    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;

    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;

    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;

    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;

    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

#define NUM_STACK_ELEMS 16

static Value math_hypot(Value self, const Value *args, size_t nargs, Value kw) {
    if (has_kwargs(kw)) return err_format(&Exc_TypeError, "math.hypot() takes no keyword arguments");
    double stackbuf[NUM_STACK_ELEMS], *coords = stackbuf, max = 0.0;
    bool found_nan = false;
    if (nargs > NUM_STACK_ELEMS) {
        coords = mem_alloc(nargs * sizeof(double));
        if (!coords) return err_nomem();
    }
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (to_double(args[i], &x) < 0) {
            if (coords != stackbuf) mem_free(coords);
            return V_NULL;
        }
        x = fabs(x);
        coords[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    double r = vector_norm((int64_t)nargs, coords, max, found_nan);
    if (coords != stackbuf) mem_free(coords);
    return v_from_float(r);
}

static Value math_dist(Value self, const Value *args, size_t nargs, Value kw) {
    if (check_args("dist", nargs, kw, 2, 2) < 0) return V_NULL;
    Value p = v_is_tuple(args[0]) ? v_newref(args[0]) : tuple_from_iterable(args[0]);
    if (v_is_null(p)) return V_NULL;
    Value q = v_is_tuple(args[1]) ? v_newref(args[1]) : tuple_from_iterable(args[1]);
    if (v_is_null(q)) {
        v_decref(p);
        return V_NULL;
    }
    Value result = V_NULL;
    int64_t n = tuple_size(p);
    double stackbuf[NUM_STACK_ELEMS], *diffs = stackbuf, max = 0.0;
    bool found_nan = false;
    if (n != tuple_size(q)) {
        err_format(&Exc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    if (n > NUM_STACK_ELEMS) {
        diffs = mem_alloc((size_t)n * sizeof(double));
        if (!diffs) {
            err_nomem();
            goto done;
        }
    }
    for (int64_t i = 0; i < n; i++) {
        double px, qx;
        if (to_double(tuple_items(p)[i], &px) < 0 || to_double(tuple_items(q)[i], &qx) < 0)
            goto done;
        double x = fabs(px - qx);
        diffs[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    result = v_from_float(vector_norm(n, diffs, max, found_nan));
done:
    if (diffs != stackbuf) mem_free(diffs);
    v_decref(p);
    v_decref(q);
    return result;
}

/* Shewchuk's exact summation with CPython's partials handling, special
 * values and final half-even correction. */
static Value math_fsum(Value self, const Value *args, size_t nargs, Value kw) {
    if (check_args("fsum", nargs, kw, 1, 1) < 0) return V_NULL;
    Value it = obj_iter(args[0]);
    if (v_is_null(it)) return V_NULL;
    double stackbuf[32], *p = stackbuf;
    int64_t n = 0, m = 32;
    double special_sum = 0.0, inf_sum = 0.0, x, y, t, hi, yr, lo = 0.0;
    Value result = V_NULL;
    for (;;) {
        Value item = obj_iternext(it);
        if (v_is_null(item)) {
            if (err_occurred()) goto done;
            break;
        }
        int c = to_double(item, &x);
        v_decref(item);
        if (c < 0) goto done;
        double xsave = x;
        int64_t i = 0;
        for (int64_t j = 0; j < n; j++) {
            y = p[j];
            if (fabs(x) < fabs(y)) {
                t = x;
                x = y;
                y = t;
            }
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* Either an intermediate overflow or an inf/nan summand. */
                if (isfinite(xsave)) {
                    err_format(&Exc_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= m) {
                    double *np = mem_alloc((size_t)m * 2 * sizeof(double));
                    if (!np) {
                        err_nomem();
                        goto done;
                    }
                    memcpy(np, p, (size_t)n * sizeof(double));
                    if (p != stackbuf) mem_free(p);
                    p = np;
                    m *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) err_format(&Exc_ValueError, "-inf + inf in fsum");
        else result = v_from_float(special_sum);
        goto done;
    }
    hi = 0.0;
    if (n > 0) {
        hi = p[--n];
        /* Sum from the top, stopping when the sum becomes inexact. */
        while (n > 0) {
            x = hi;
            y = p[--n];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        /* Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds
         * the last digit up because the 1e-16 tips the balance. */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            y = lo * 2.0;
            x = hi + y;
            yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    result = v_from_float(hi);
done:
    if (p != stackbuf) mem_free(p);
    v_decref(it);
    return result;
}

static Value math_prod(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {NULL, "start"};
    Value v[2];
    if (args_parse("prod", args, nargs, kw, names, 2, 1, 1, v) < 0) return V_NULL;
    Value acc = v_is_null(v[1]) ? v_from_smallint(1) : v_newref(v[1]);
    Value it = obj_iter(v[0]);
    if (v_is_null(it)) {
        v_decref(acc);
        return V_NULL;
    }
    for (;;) {
        Value item = obj_iternext(it);
        if (v_is_null(item)) {
            if (err_occurred()) v_clear(&acc);
            break;
        }
        Value r = obj_binary_op(acc, item, NB_MULTIPLY);
        v_decref(item);
        v_decref(acc);
        acc = r;
        if (v_is_null(acc)) break;
    }
    v_decref(it);
    return acc;
}

/* ---- integer functions (exact, GMP) ---------------------------------------------- */

/* __index__ of v into z (initialised). Returns 0 or -1. */
static int index_to_mpz(Value v, mpz_t z) {
    Value i = obj_index(v);
    if (v_is_null(i)) return -1;
    int_to_mpz(i, z);
    v_decref(i);
    return 0;
}

static Value math_gcd(Value self, const Value *args, size_t nargs, Value kw) {
    if (has_kwargs(kw)) return err_format(&Exc_TypeError, "math.gcd() takes no keyword arguments");
    /* Two small ints (the common call) need no GMP. */
    if (nargs == 2 && v_is_smallint(args[0]) && v_is_smallint(args[1])) {
        uint64_t a = (uint64_t)llabs(v_as_smallint(args[0])), b = (uint64_t)llabs(v_as_smallint(args[1]));
        while (b) {
            uint64_t t = a % b;
            a = b;
            b = t;
        }
        return int_from_u64(a);
    }
    mpz_t acc, z;
    mpz_init(acc);
    mpz_init(z);
    Value r = V_NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (index_to_mpz(args[i], z) < 0) goto done;
        mpz_gcd(acc, acc, z);
    }
    r = int_from_mpz(acc);
done:
    mpz_clear(acc);
    mpz_clear(z);
    return r;
}

static Value math_lcm(Value self, const Value *args, size_t nargs, Value kw) {
    if (has_kwargs(kw)) return err_format(&Exc_TypeError, "math.lcm() takes no keyword arguments");
    mpz_t acc, z;
    mpz_init_set_ui(acc, 1);
    mpz_init(z);
    Value r = V_NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (index_to_mpz(args[i], z) < 0) goto done;
        mpz_lcm(acc, acc, z);
    }
    r = int_from_mpz(acc);
done:
    mpz_clear(acc);
    mpz_clear(z);
    return r;
}

static Value math_isqrt(Value self, const Value *args, size_t nargs, Value kw) {
    if (check_args("isqrt", nargs, kw, 1, 1) < 0) return V_NULL;
    mpz_t z;
    mpz_init(z);
    Value r = V_NULL;
    if (index_to_mpz(args[0], z) < 0) goto done;
    if (mpz_sgn(z) < 0) {
        err_format(&Exc_ValueError, "isqrt() argument must be nonnegative");
        goto done;
    }
    mpz_sqrt(z, z);
    r = int_from_mpz(z);
done:
    mpz_clear(z);
    return r;
}

static Value factorial_of(Value arg) {
    Value n = obj_index(arg);
    if (v_is_null(n)) return V_NULL;
    int64_t k;
    int c = int_as_i64(n, &k);
    int sign = int_sign(n);
    v_decref(n);
    if (c < 0) {
        err_clear();
        if (sign < 0) return err_format(&Exc_ValueError, "factorial() not defined for negative values");
        return err_format(&Exc_OverflowError, "factorial() argument should not exceed %ld", LONG_MAX);
    }
    if (k < 0) return err_format(&Exc_ValueError, "factorial() not defined for negative values");
    mpz_t z;
    mpz_init(z);
    mpz_fac_ui(z, (unsigned long)k);
    Value r = int_from_mpz(z);
    mpz_clear(z);
    return r;
}

static Value math_factorial(Value self, const Value *args, size_t nargs, Value kw) {
    if (check_args("factorial", nargs, kw, 1, 1) < 0) return V_NULL;
    return factorial_of(args[0]);
}

/* n and k of comb/perm as non-negative mpz values; 0 or -1. */
static int comb_args(Value nv, Value kv, mpz_t n, mpz_t k) {
    if (index_to_mpz(nv, n) < 0 || index_to_mpz(kv, k) < 0) return -1;
    if (mpz_sgn(n) < 0) {
        err_format(&Exc_ValueError, "n must be a non-negative integer");
        return -1;
    }
    if (mpz_sgn(k) < 0) {
        err_format(&Exc_ValueError, "k must be a non-negative integer");
        return -1;
    }
    return 0;
}

static Value math_comb(Value self, const Value *args, size_t nargs, Value kw) {
    if (check_args("comb", nargs, kw, 2, 2) < 0) return V_NULL;
    mpz_t n, k;
    mpz_init(n);
    mpz_init(k);
    Value r = V_NULL;
    if (comb_args(args[0], args[1], n, k) < 0) goto done;
    if (mpz_cmp(k, n) > 0) {
        r = v_from_smallint(0);
        goto done;
    }
    /* comb(n, k) == comb(n, n - k): use the smaller k. */
    mpz_sub(n, n, k);
    if (mpz_cmp(n, k) < 0) mpz_swap(n, k);
    mpz_add(n, n, k);
    if (!mpz_fits_slong_p(k)) {
        err_format(&Exc_OverflowError, "min(n - k, k) must not exceed %lld", LLONG_MAX);
        goto done;
    }
    mpz_bin_ui(n, n, mpz_get_ui(k));
    r = int_from_mpz(n);
done:
    mpz_clear(n);
    mpz_clear(k);
    return r;
}

static Value math_perm(Value self, const Value *args, size_t nargs, Value kw) {
    if (check_args("perm", nargs, kw, 1, 2) < 0) return V_NULL;
    if (nargs == 1 || v_is_none(args[1])) return factorial_of(args[0]);
    mpz_t n, k, f;
    mpz_init(n);
    mpz_init(k);
    mpz_init(f);
    Value r = V_NULL;
    if (comb_args(args[0], args[1], n, k) < 0) goto done;
    if (mpz_cmp(k, n) > 0) {
        r = v_from_smallint(0);
        goto done;
    }
    if (!mpz_fits_slong_p(k)) {
        err_format(&Exc_OverflowError, "k must not exceed %lld", LLONG_MAX);
        goto done;
    }
    /* perm(n, k) = comb(n, k) * k!, both computed by GMP's fast routines. */
    unsigned long kk = mpz_get_ui(k);
    mpz_bin_ui(n, n, kk);
    mpz_fac_ui(f, kk);
    mpz_mul(n, n, f);
    r = int_from_mpz(n);
done:
    mpz_clear(n);
    mpz_clear(k);
    mpz_clear(f);
    return r;
}

/* ---- the module --------------------------------------------------------------------- */

static const struct {
    const char *name;
    CFunc fn;
} math_functions[] = {
    {"acos", math_acos}, {"acosh", math_acosh}, {"asin", math_asin}, {"asinh", math_asinh},
    {"atan", math_atan}, {"atan2", math_atan2}, {"atanh", math_atanh}, {"cbrt", math_cbrt},
    {"ceil", math_ceil}, {"comb", math_comb}, {"copysign", math_copysign}, {"cos", math_cos},
    {"cosh", math_cosh}, {"degrees", math_degrees}, {"dist", math_dist}, {"erf", math_erf},
    {"erfc", math_erfc}, {"exp", math_exp}, {"exp2", math_exp2}, {"expm1", math_expm1},
    {"fabs", math_fabs}, {"factorial", math_factorial}, {"floor", math_floor},
    {"fmod", math_fmod}, {"frexp", math_frexp}, {"fsum", math_fsum}, {"gamma", math_gamma},
    {"gcd", math_gcd}, {"hypot", math_hypot}, {"isclose", math_isclose},
    {"isfinite", math_isfinite}, {"isinf", math_isinf}, {"isnan", math_isnan},
    {"isqrt", math_isqrt}, {"lcm", math_lcm}, {"ldexp", math_ldexp}, {"lgamma", math_lgamma},
    {"log", math_log}, {"log1p", math_log1p}, {"log10", math_log10}, {"log2", math_log2},
    {"modf", math_modf}, {"pow", math_pow}, {"radians", math_radians},
    {"remainder", math_remainder}, {"sin", math_sin}, {"sinh", math_sinh}, {"sqrt", math_sqrt},
    {"tan", math_tan}, {"tanh", math_tanh}, {"trunc", math_trunc}, {"prod", math_prod},
    {"perm", math_perm}, {"nextafter", math_nextafter}, {"ulp", math_ulp},
};

/* A new math module object. New reference, V_NULL on error. */
Value module_init_math(void) {
    Value m = module_new(str_intern_cstr("math"));
    if (v_is_null(m)) return V_NULL;
    Value d = module_dict(m);
    for (size_t i = 0; i < sizeof math_functions / sizeof math_functions[0]; i++) {
        Value f = cfunc_new(math_functions[i].name, math_functions[i].fn, m);   /* __self__: the module, as CPython */
        if (v_is_null(f) || dict_set_cstr(d, math_functions[i].name, f) < 0) {
            v_decref(f);
            v_decref(m);
            return V_NULL;
        }
        v_decref(f);
    }
    if (dict_set_cstr(d, "pi", v_from_float(m_pi)) < 0 ||
        dict_set_cstr(d, "e", v_from_float(2.718281828459045235360287471352662498)) < 0 ||
        dict_set_cstr(d, "tau", v_from_float(6.283185307179586476925286766559005768)) < 0 ||
        dict_set_cstr(d, "inf", v_from_float(INFINITY)) < 0 ||
        dict_set_cstr(d, "nan", v_from_float(NAN)) < 0) {
        v_decref(m);
        return V_NULL;
    }
    return m;
}

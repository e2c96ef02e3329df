/* cmath.c: the cmath module. The functions follow CPython 3.11's
 * cmathmodule.c formulas for finite arguments, in the same floating-point
 * order, so ordinary inputs give CPython's results to the last bit.
 * Non-finite arguments go through the same formulas (CPython's special
 * value tables are not reproduced).
 *
 * Error convention (CPython's math_error): a domain error is ValueError
 * "math domain error", an overflow OverflowError "math range error".
 */
#include <math.h>
#include <string.h>

#include "abstract.h"
#include "args.h"
#include "complex.h"
#include "descr.h"
#include "dict.h"
#include "errors.h"
#include "floatobject.h"
#include "module.h"
#include "str.h"
#include "tuple.h"

static const double m_dbl_min = 2.2250738585072014e-308;
static const double m_dbl_max = 1.7976931348623157e308;
#define M_PI_ 3.141592653589793238462643383279502884197
#define M_E_ 2.718281828459045235360287471352662498
#define LN2 0.6931471805599453094   /* natural log of 2 */
#define LN10 2.302585092994045684   /* natural log of 10 */
#define MANT_DIG 53
#define SCALE_UP (2 * (MANT_DIG / 2) + 1)
#define SCALE_DOWN (-(SCALE_UP + 1) / 2)

static double large_double, log_large_double, sqrt_large_double, sqrt_dbl_min;

enum { OK = 0, EDOM_ = 1, ERANGE_ = 2 };

static Value math_err(int err) {
    if (err == EDOM_) return err_format(&Exc_ValueError, "math domain error");
    return err_format(&Exc_OverflowError, "math range error");
}

/* The argument as a Complex: complex, float, int, or an object with
 * __complex__/__float__/__index__ (via complex()). */
static int arg_complex(Value v, Complex *out) {
    int r = complex_coerce(v, out);
    if (r != 0) return r < 0 ? -1 : 0;
    TypeObject *t = v_type(v);
    if (!(t->flags & TPFLAG_HEAPTYPE) && !t->nb_float && !t->nb_index) {
        err_format(&Exc_TypeError, "must be real number, not %s", t->name);
        return -1;
    }
    Value c = obj_call1(v_from_obj(&ComplexType), v);
    if (c == V_NULL) return -1;
    *out = complex_value(c);
    v_decref(c);
    return 0;
}

static int arg_real(Value v, double *out) {
    int r = float_coerce(v, out);
    if (r > 0) return 0;
    if (r < 0) return -1;
    TypeObject *t = v_type(v);
    if (!t->nb_float && !t->nb_index && !(t->flags & TPFLAG_HEAPTYPE)) {
        err_format(&Exc_TypeError, "must be real number, not %s", t->name);
        return -1;
    }
    Value f = obj_call1(v_from_obj(&FloatType), v);
    if (f == V_NULL) return -1;
    *out = v_as_float(f);
    return 0;
}

static Complex c_sqrt(Complex z) {
    Complex r;
    double s, d, ax, ay;
    if (z.real == 0. && z.imag == 0.) {
        r.real = 0.;
        r.imag = z.imag;
        return r;
    }
    ax = fabs(z.real);
    ay = fabs(z.imag);
    if (ax < m_dbl_min && ay < m_dbl_min) {
        /* subnormal: scale up to keep the precision of hypot */
        ax = ldexp(ax, SCALE_UP);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
    } else {
        ax /= 8.;
        s = 2. * sqrt(ax + hypot(ax, ay / 8.));
    }
    d = ay / (2. * s);
    if (z.real >= 0.) {
        r.real = s;
        r.imag = copysign(d, z.imag);
    } else {
        r.real = d;
        r.imag = copysign(s, z.imag);
    }
    return r;
}

static Complex c_exp(Complex z, int *err) {
    Complex r;
    double l;
    if (z.real > log_large_double) {
        l = exp(z.real - 1.);
        r.real = l * cos(z.imag) * M_E_;
        r.imag = l * sin(z.imag) * M_E_;
    } else {
        l = exp(z.real);
        r.real = l * cos(z.imag);
        r.imag = l * sin(z.imag);
    }
    if (isfinite(z.real) && isfinite(z.imag) && (isinf(r.real) || isinf(r.imag))) *err = ERANGE_;
    return r;
}

static Complex c_log(Complex z, int *err) {
    Complex r;
    double ax = fabs(z.real), ay = fabs(z.imag), h;
    if (ax > large_double || ay > large_double) {
        r.real = log(hypot(ax / 2., ay / 2.)) + LN2;
    } else if (ax < m_dbl_min && ay < m_dbl_min) {
        if (ax > 0. || ay > 0.) {
            r.real = log(hypot(ldexp(ax, MANT_DIG), ldexp(ay, MANT_DIG))) - MANT_DIG * LN2;
        } else {
            r.real = -INFINITY;
            r.imag = atan2(z.imag, z.real);
            *err = EDOM_;
            return r;
        }
    } else {
        h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            r.real = log1p((am - 1) * (am + 1) + an * an) / 2.;
        } else {
            r.real = log(h);
        }
    }
    r.imag = atan2(z.imag, z.real);
    return r;
}

static Complex c_cosh(Complex z, int *err) {
    Complex r;
    if (fabs(z.real) > log_large_double) {
        double x_minus_one = z.real - copysign(1., z.real);
        r.real = cos(z.imag) * cosh(x_minus_one) * M_E_;
        r.imag = sin(z.imag) * sinh(x_minus_one) * M_E_;
    } else {
        r.real = cos(z.imag) * cosh(z.real);
        r.imag = sin(z.imag) * sinh(z.real);
    }
    if (isfinite(z.real) && isfinite(z.imag) && (isinf(r.real) || isinf(r.imag))) *err = ERANGE_;
    return r;
}

static Complex c_sinh(Complex z, int *err) {
    Complex r;
    if (fabs(z.real) > log_large_double) {
        double x_minus_one = z.real - copysign(1., z.real);
        r.real = cos(z.imag) * sinh(x_minus_one) * M_E_;
        r.imag = sin(z.imag) * cosh(x_minus_one) * M_E_;
    } else {
        r.real = cos(z.imag) * sinh(z.real);
        r.imag = sin(z.imag) * cosh(z.real);
    }
    if (isfinite(z.real) && isfinite(z.imag) && (isinf(r.real) || isinf(r.imag))) *err = ERANGE_;
    return r;
}

static Complex c_tanh(Complex z, int *err) {
    (void)err;
    Complex r;
    if (fabs(z.real) > log_large_double) {
        r.real = copysign(1., z.real);
        r.imag = 4. * sin(z.imag) * cos(z.imag) * exp(-2. * fabs(z.real));
    } else {
        double tx = tanh(z.real), ty = tan(z.imag), cx = 1. / cosh(z.real);
        double txty = tx * ty, denom = 1. + txty * txty;
        r.real = tx * (1. + ty * ty) / denom;
        r.imag = ((ty / denom) * cx) * cx;
    }
    return r;
}

static Complex c_asinh(Complex z, int *err) {
    (void)err;
    Complex r, s1, s2;
    if (fabs(z.real) > large_double || fabs(z.imag) > large_double) {
        if (z.imag >= 0.)
            r.real = copysign(log(hypot(z.real / 2., z.imag / 2.)) + LN2 * 2., z.real);
        else
            r.real = -copysign(log(hypot(z.real / 2., z.imag / 2.)) + LN2 * 2., -z.real);
        r.imag = atan2(z.imag, fabs(z.real));
    } else {
        s1.real = 1. + z.imag;
        s1.imag = -z.real;
        s1 = c_sqrt(s1);
        s2.real = 1. - z.imag;
        s2.imag = z.real;
        s2 = c_sqrt(s2);
        r.real = asinh(s1.real * s2.imag - s2.real * s1.imag);
        r.imag = atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag);
    }
    return r;
}

static Complex c_acos(Complex z, int *err) {
    (void)err;
    Complex r, s1, s2;
    if (fabs(z.real) > large_double || fabs(z.imag) > large_double) {
        r.real = atan2(fabs(z.imag), z.real);
        if (z.real < 0.)
            r.imag = -copysign(log(hypot(z.real / 2., z.imag / 2.)) + LN2 * 2., z.imag);
        else
            r.imag = copysign(log(hypot(z.real / 2., z.imag / 2.)) + LN2 * 2., -z.imag);
    } else {
        s1.real = 1. - z.real;
        s1.imag = -z.imag;
        s1 = c_sqrt(s1);
        s2.real = 1. + z.real;
        s2.imag = z.imag;
        s2 = c_sqrt(s2);
        r.real = 2. * atan2(s1.real, s2.real);
        r.imag = asinh(s2.real * s1.imag - s2.imag * s1.real);
    }
    return r;
}

static Complex c_acosh(Complex z, int *err) {
    (void)err;
    Complex r, s1, s2;
    if (fabs(z.real) > large_double || fabs(z.imag) > large_double) {
        r.real = log(hypot(z.real / 2., z.imag / 2.)) + LN2 * 2.;
        r.imag = atan2(z.imag, z.real);
    } else {
        s1.real = z.real - 1.;
        s1.imag = z.imag;
        s1 = c_sqrt(s1);
        s2.real = z.real + 1.;
        s2.imag = z.imag;
        s2 = c_sqrt(s2);
        r.real = asinh(s1.real * s2.real + s1.imag * s2.imag);
        r.imag = 2. * atan2(s1.imag, s2.real);
    }
    return r;
}

static Complex c_atanh(Complex z, int *err) {
    Complex r;
    if (z.real < 0.) {
        /* atanh is odd: reduce to the right half-plane */
        Complex nz = {-z.real, -z.imag};
        r = c_atanh(nz, err);
        r.real = -r.real;
        r.imag = -r.imag;
        return r;
    }
    double ay = fabs(z.imag);
    if (z.real > sqrt_large_double || ay > sqrt_large_double) {
        double h = hypot(z.real / 2., z.imag / 2.);
        r.real = z.real / 4. / h / h;
        r.imag = -copysign(M_PI_ / 2., -z.imag);
    } else if (z.real == 1. && ay < sqrt_dbl_min) {
        if (ay == 0.) {
            r.real = INFINITY;
            r.imag = z.imag;
            *err = EDOM_;
        } else {
            r.real = -log(sqrt(ay) / sqrt(hypot(ay, 2.)));
            r.imag = copysign(atan2(2., -ay) / 2, z.imag);
        }
    } else {
        r.real = log1p(4. * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.;
        r.imag = -atan2(-2. * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.;
    }
    return r;
}

/* The trigonometric functions through the hyperbolic ones:
 * f(z) = -i g(iz). */
#define VIA_HYPERBOLIC(name, hyp) \
    static Complex name(Complex z, int *err) { \
        Complex s = {-z.imag, z.real}; \
        s = hyp(s, err); \
        Complex r = {s.imag, -s.real}; \
        return r; \
    }
VIA_HYPERBOLIC(c_sin, c_sinh)
VIA_HYPERBOLIC(c_tan, c_tanh)
VIA_HYPERBOLIC(c_asin, c_asinh)
VIA_HYPERBOLIC(c_atan, c_atanh)
#undef VIA_HYPERBOLIC

static Complex c_cos(Complex z, int *err) {
    Complex s = {-z.imag, z.real};
    return c_cosh(s, err);
}

static Complex c_sqrt_e(Complex z, int *err) { (void)err; return c_sqrt(z); }
static Complex c_log10(Complex z, int *err) {
    Complex r = c_log(z, err);
    r.real /= LN10;
    r.imag /= LN10;
    return r;
}

typedef Complex (*CFn)(Complex, int *);

static Value unary(const char *name, const Value *args, size_t nargs, Value kw, CFn fn) {
    if (args_check_positional(name, nargs, kw, 1, 1) < 0) return V_NULL;
    Complex z;
    if (arg_complex(args[0], &z) < 0) return V_NULL;
    int err = OK;
    Complex r = fn(z, &err);
    if (err) return math_err(err);
    return complex_new(r.real, r.imag);
}

#define UNARY(pyname, fn) \
    static Value cmath_##pyname(Value self, const Value *args, size_t nargs, Value kw) { \
        (void)self; \
        return unary(#pyname, args, nargs, kw, fn); \
    }
UNARY(sqrt, c_sqrt_e)
UNARY(exp, c_exp)
UNARY(log10, c_log10)
UNARY(sin, c_sin)
UNARY(cos, c_cos)
UNARY(tan, c_tan)
UNARY(asin, c_asin)
UNARY(acos, c_acos)
UNARY(atan, c_atan)
UNARY(sinh, c_sinh)
UNARY(cosh, c_cosh)
UNARY(tanh, c_tanh)
UNARY(asinh, c_asinh)
UNARY(acosh, c_acosh)
UNARY(atanh, c_atanh)
#undef UNARY

static Value cmath_log(Value self, const Value *args, size_t nargs, Value kw) {
    (void)self;
    if (args_check_positional("log", nargs, kw, 1, 2) < 0) return V_NULL;
    Complex z;
    if (arg_complex(args[0], &z) < 0) return V_NULL;
    int err = OK;
    Complex r = c_log(z, &err);
    if (nargs == 2) {
        Complex b;
        if (arg_complex(args[1], &b) < 0) return V_NULL;
        /* CPython's c_log clears errno on success, so only the base's log
         * and the division decide: log(0j, 2) is (-inf+nanj) */
        int e3 = OK;
        err = OK;
        Complex lb = c_log(b, &err);
        r = c_quot(r, lb, &e3);
        if (e3 != OK) err = EDOM_;
    }
    if (err) return math_err(err);
    return complex_new(r.real, r.imag);
}

static Value cmath_phase(Value self, const Value *args, size_t nargs, Value kw) {
    (void)self;
    if (args_check_positional("phase", nargs, kw, 1, 1) < 0) return V_NULL;
    Complex z;
    if (arg_complex(args[0], &z) < 0) return V_NULL;
    return v_from_float(atan2(z.imag, z.real));
}

static Value cmath_polar(Value self, const Value *args, size_t nargs, Value kw) {
    (void)self;
    if (args_check_positional("polar", nargs, kw, 1, 1) < 0) return V_NULL;
    Complex z;
    if (arg_complex(args[0], &z) < 0) return V_NULL;
    double r;
    if (isinf(z.real) || isinf(z.imag)) r = INFINITY;
    else if (isnan(z.real) || isnan(z.imag)) r = NAN;
    else {
        r = hypot(z.real, z.imag);
        if (isinf(r)) return math_err(ERANGE_);
    }
    Value items[2] = {v_from_float(r), v_from_float(atan2(z.imag, z.real))};
    return tuple_from_array_steal(items, 2);
}

static Value cmath_rect(Value self, const Value *args, size_t nargs, Value kw) {
    (void)self;
    if (args_check_positional("rect", nargs, kw, 2, 2) < 0) return V_NULL;
    double r, phi;
    if (arg_real(args[0], &r) < 0 || arg_real(args[1], &phi) < 0) return V_NULL;
    if (isinf(r) && isfinite(phi) && phi != 0.) {
        /* cos/sin only decide the signs of the infinities */
        double re = r > 0 ? copysign(INFINITY, cos(phi)) : -copysign(INFINITY, cos(phi));
        double im = r > 0 ? copysign(INFINITY, sin(phi)) : -copysign(INFINITY, sin(phi));
        return complex_new(re, im);
    }
    if (phi == 0.) return complex_new(r, r * phi);
    if (isinf(phi) && isfinite(r)) return math_err(EDOM_);
    return complex_new(r * cos(phi), r * sin(phi));
}

static Value pred(const char *name, const Value *args, size_t nargs, Value kw, int which) {
    if (args_check_positional(name, nargs, kw, 1, 1) < 0) return V_NULL;
    Complex z;
    if (arg_complex(args[0], &z) < 0) return V_NULL;
    switch (which) {
    case 0: return v_from_bool(isfinite(z.real) && isfinite(z.imag));
    case 1: return v_from_bool(isinf(z.real) || isinf(z.imag));
    default: return v_from_bool(isnan(z.real) || isnan(z.imag));
    }
}
static Value cmath_isfinite(Value self, const Value *a, size_t n, Value kw) { (void)self; return pred("isfinite", a, n, kw, 0); }
static Value cmath_isinf(Value self, const Value *a, size_t n, Value kw) { (void)self; return pred("isinf", a, n, kw, 1); }
static Value cmath_isnan(Value self, const Value *a, size_t n, Value kw) { (void)self; return pred("isnan", a, n, kw, 2); }

static Value cmath_isclose(Value self, const Value *args, size_t nargs, Value kw) {
    (void)self;
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    Value a[4];
    if (args_parse("isclose", args, nargs, kw, names, 4, 2, 2, a) < 0) return V_NULL;
    Complex x, y;
    double rel_tol = 1e-09, abs_tol = 0.0;
    if (arg_complex(a[0], &x) < 0 || arg_complex(a[1], &y) < 0) return V_NULL;
    if (a[2] != V_NULL && arg_real(a[2], &rel_tol) < 0) return V_NULL;
    if (a[3] != V_NULL && arg_real(a[3], &abs_tol) < 0) return V_NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return err_format(&Exc_ValueError, "tolerances must be non-negative");
    if (x.real == y.real && x.imag == y.imag) return V_TRUE;
    if (isinf(x.real) || isinf(x.imag) || isinf(y.real) || isinf(y.imag)) return V_FALSE;
    double diff = hypot(x.real - y.real, x.imag - y.imag);
    double ha = hypot(x.real, x.imag), hb = hypot(y.real, y.imag);
    return v_from_bool((diff <= rel_tol * hb) || (diff <= rel_tol * ha) || diff <= abs_tol);
}

static const struct { const char *name; CFunc fn; } cmath_functions[] = {
    {"sqrt", cmath_sqrt}, {"exp", cmath_exp}, {"log", cmath_log}, {"log10", cmath_log10},
    {"sin", cmath_sin}, {"cos", cmath_cos}, {"tan", cmath_tan}, {"asin", cmath_asin},
    {"acos", cmath_acos}, {"atan", cmath_atan}, {"sinh", cmath_sinh}, {"cosh", cmath_cosh},
    {"tanh", cmath_tanh}, {"asinh", cmath_asinh}, {"acosh", cmath_acosh},
    {"atanh", cmath_atanh}, {"phase", cmath_phase}, {"polar", cmath_polar},
    {"rect", cmath_rect}, {"isfinite", cmath_isfinite}, {"isinf", cmath_isinf},
    {"isnan", cmath_isnan}, {"isclose", cmath_isclose},
};

Value module_init_cmath(void) {
    large_double = m_dbl_max / 4.;
    log_large_double = log(large_double);
    sqrt_large_double = sqrt(large_double);
    sqrt_dbl_min = sqrt(m_dbl_min);
    Value m = module_new(str_intern_cstr("cmath"));
    if (v_is_null(m)) return V_NULL;
    Value d = module_dict(m);
    for (size_t i = 0; i < sizeof cmath_functions / sizeof cmath_functions[0]; i++) {
        Value f = cfunc_new(cmath_functions[i].name, cmath_functions[i].fn, m);
        if (v_is_null(f) || dict_set_cstr(d, cmath_functions[i].name, f) < 0) {
            v_decref(f);
            v_decref(m);
            return V_NULL;
        }
        v_decref(f);
    }
    Value infj = complex_new(0.0, INFINITY), nanj = complex_new(0.0, NAN);
    int bad = infj == V_NULL || nanj == V_NULL ||
              dict_set_cstr(d, "pi", v_from_float(M_PI_)) < 0 ||
              dict_set_cstr(d, "e", v_from_float(M_E_)) < 0 ||
              dict_set_cstr(d, "tau", v_from_float(6.283185307179586476925286766559005768)) < 0 ||
              dict_set_cstr(d, "inf", v_from_float(INFINITY)) < 0 ||
              dict_set_cstr(d, "nan", v_from_float(NAN)) < 0 ||
              dict_set_cstr(d, "infj", infj) < 0 || dict_set_cstr(d, "nanj", nanj) < 0;
    v_decref(infj);
    v_decref(nanj);
    if (bad) {
        v_decref(m);
        return V_NULL;
    }
    return m;
}

/* complex.c: the complex type. A complex is a small heap object holding two
 * doubles; every operation mirrors CPython 3.11's complexobject.c in the
 * same floating-point order, since a reordered expression would round
 * differently and repr would show it. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <stdlib.h>

#include "complex.h"
#include "floatobject.h"
#include "int.h"
#include "str.h"
#include "errors.h"
#include "abstract.h"
#include "args.h"
#include "tuple.h"

enum { C_OK = 0, C_EDOM = 1, C_ERANGE = 2 };

Value complex_new(double real, double imag) {
    ComplexObject *o = (ComplexObject *)obj_alloc(&ComplexType, sizeof(ComplexObject));
    if (!o) return V_NULL;
    o->c.real = real;
    o->c.imag = imag;
    return v_from_obj(o);
}

static inline Value cnew(Complex c) { return complex_new(c.real, c.imag); }

static inline bool is_intlike(Value v) {
    if (v_is_smallint(v) || v_is_bool(v)) return true;
    return v_is_ptr(v) && (v_as_obj(v)->type->flags & TPFLAG_INT_SUBCLASS);
}

int complex_coerce(Value v, Complex *out) {
    if (v_is_complex(v)) { *out = complex_value(v); return 1; }
    double d;
    if (!v_is_float(v) && !is_intlike(v)) return 0;
    if (float_coerce(v, &d) < 0) return -1;
    out->real = d;
    out->imag = 0.0;
    return 1;
}

/* ---- the algorithms (CPython's _Py_c_*) ------------------------------------ */

static inline Complex c_prod(Complex a, Complex b) {
    Complex r = {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
    return r;
}

/* Smith's method: scale by the larger component of b so that the
 * intermediate products cannot overflow needlessly. */
Complex c_quot(Complex a, Complex b, int *err) {
    Complex r;
    *err = C_OK;
    double abs_breal = b.real < 0 ? -b.real : b.real;
    double abs_bimag = b.imag < 0 ? -b.imag : b.imag;
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            *err = C_EDOM;
            r.real = r.imag = 0.0;
        } else {
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    } else if (abs_bimag >= abs_breal) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else {
        r.real = r.imag = NAN;     /* at least one of b's parts is a NaN */
    }
    return r;
}

Complex c_pow(Complex a, Complex b, int *err) {
    Complex r;
    *err = C_OK;
    if (b.real == 0. && b.imag == 0.) {
        r.real = 1.;
        r.imag = 0.;
    } else if (a.real == 0. && a.imag == 0.) {
        if (b.imag != 0. || b.real < 0.) *err = C_EDOM;
        r.real = 0.;
        r.imag = 0.;
    } else {
        double vabs = hypot(a.real, a.imag);
        double len = pow(vabs, b.real);
        double at = atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= exp(at * b.imag);
            phase += b.imag * log(vabs);
        }
        r.real = len * cos(phase);
        r.imag = len * sin(phase);
    }
    return r;
}

/* Binary powering for small integral exponents (more accurate than the
 * polar form for e.g. (1+1j)**2). */
static Complex c_powu(Complex x, long n) {
    Complex r = {1., 0.}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) r = c_prod(r, p);
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

static Complex c_powi(Complex x, long n, int *err) {
    *err = C_OK;
    if (n > 0) return c_powu(x, n);
    Complex one = {1., 0.};
    return c_quot(one, c_powu(x, -n), err);
}

static Value do_pow(Complex a, Complex b) {
    int err;
    Complex p;
    if (b.imag == 0. && b.real == floor(b.real) && fabs(b.real) <= 100.0)
        p = c_powi(a, (long)b.real, &err);
    else
        p = c_pow(a, b, &err);
    /* CPython's _Py_ADJUST_ERANGE2 */
    if (isinf(p.real) || isinf(p.imag)) {
        if (err == C_OK) err = C_ERANGE;
    } else if (err == C_ERANGE) {
        err = C_OK;
    }
    if (err == C_EDOM)
        return err_format(&Exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (err == C_ERANGE) return err_format(&Exc_OverflowError, "complex exponentiation");
    return cnew(p);
}

Value complex_pow_values(Value a, Value b) {
    Complex x, y;
    int r1 = complex_coerce(a, &x), r2 = complex_coerce(b, &y);
    if (r1 < 0 || r2 < 0) return V_NULL;
    return do_pow(x, y);
}

/* ---- number slots ---------------------------------------------------------- */

/* Both operands as Complex: 1 ok, 0 NotImplemented, -1 error. */
static inline int coerce2(Value a, Value b, Complex *x, Complex *y) {
    int r = complex_coerce(a, x);
    if (r <= 0) return r;
    return complex_coerce(b, y);
}

#define COMPLEX_BINARY(name, body) \
    static Value name(Value a, Value b) { \
        Complex x, y; \
        int c = coerce2(a, b, &x, &y); \
        if (c <= 0) return c < 0 ? V_NULL : v_newref(V_NOTIMPL); \
        body \
    }
COMPLEX_BINARY(cx_add, { return complex_new(x.real + y.real, x.imag + y.imag); })
COMPLEX_BINARY(cx_sub, { return complex_new(x.real - y.real, x.imag - y.imag); })
COMPLEX_BINARY(cx_mul, { return cnew(c_prod(x, y)); })
COMPLEX_BINARY(cx_div, {
    int err;
    Complex q = c_quot(x, y, &err);
    if (err) return err_format(&Exc_ZeroDivisionError, "complex division by zero");
    return cnew(q);
})
COMPLEX_BINARY(cx_pow, { return do_pow(x, y); })
#undef COMPLEX_BINARY

static Value cx_ternary_pow(Value a, Value b, Value m) {
    if (m != V_NONE && m != V_NULL) return err_format(&Exc_ValueError, "complex modulo");
    return cx_pow(a, b);
}

static Value cx_neg(Value v) {
    Complex c = complex_value(v);
    return complex_new(-c.real, -c.imag);
}
static Value cx_pos(Value v) {
    Complex c = complex_value(v);
    return complex_new(c.real, c.imag);
}

static Value cx_abs(Value v) {
    Complex c = complex_value(v);
    double r;
    /* hypot's C99 special cases: an infinite part wins over a NaN */
    if (isinf(c.real) || isinf(c.imag)) r = INFINITY;
    else if (isnan(c.real) || isnan(c.imag)) r = NAN;
    else {
        r = hypot(c.real, c.imag);
        if (isinf(r)) return err_format(&Exc_OverflowError, "absolute value too large");
    }
    return v_from_float(r);
}

static int cx_bool(Value v) {
    Complex c = complex_value(v);
    return c.real != 0.0 || c.imag != 0.0;
}

/* CPython's formula: hash(real) + 1000003 * hash(imag) in unsigned
 * arithmetic, so a complex with zero imaginary part hashes as its real. */
static int64_t cx_hash(Value v) {
    Complex c = complex_value(v);
    uint64_t hr = (uint64_t)float_hash(c.real), hi = (uint64_t)float_hash(c.imag);
    int64_t h = (int64_t)(hr + 1000003ull * hi);
    return h == -1 ? -2 : h;
}

static Value cx_richcompare(Value a, Value b, int op) {
    if (op != CMP_EQ && op != CMP_NE) return v_newref(V_NOTIMPL);
    if (!v_is_complex(a)) { Value t = a; a = b; b = t; }
    Complex x = complex_value(a);
    bool eq;
    if (is_intlike(b)) {
        /* exact comparison of the real part with the int, as CPython */
        eq = x.imag == 0.0 && int_compare_double(b, x.real) == 0;
    } else if (v_is_float(b)) {
        eq = x.real == v_as_float(b) && x.imag == 0.0;
    } else if (v_is_complex(b)) {
        Complex y = complex_value(b);
        eq = x.real == y.real && x.imag == y.imag;
    } else {
        return v_newref(V_NOTIMPL);
    }
    return v_from_bool(op == CMP_EQ ? eq : !eq);
}

/* ---- repr ------------------------------------------------------------------ */

/* A part as repr() of complex shows it: float repr rules without the ".0"
 * float adds to integral values. */
static size_t part_repr(double d, char *buf) {
    size_t n = float_repr_buf(d, buf);
    if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0') {
        n -= 2;
        buf[n] = 0;
    }
    return n;
}

static Value cx_repr(Value v) {
    Complex c = complex_value(v);
    char re[40], im[40], out[96];
    part_repr(c.imag, im);
    if (c.real == 0.0 && !signbit(c.real)) {
        snprintf(out, sizeof out, "%sj", im);
    } else {
        part_repr(c.real, re);
        snprintf(out, sizeof out, "(%s%s%sj)", re, im[0] == '-' ? "" : "+", im);
    }
    return str_from_cstr(out);
}

/* ---- construction ------------------------------------------------------------ */

static inline bool c_space(char ch) {
    return ch == ' ' || (ch >= '\t' && ch <= '\r');
}

/* Length of the float literal at s (sign, digits, point, exponent, or
 * inf/infinity/nan in any case), 0 if there is none: the prefix CPython's
 * PyOS_string_to_double accepts. */
static size_t scan_float(const char *s) {
    const char *p = s;
    if (*p == '+' || *p == '-') p++;
    if (!strncasecmp(p, "infinity", 8)) return (size_t)(p + 8 - s);
    if (!strncasecmp(p, "inf", 3) || !strncasecmp(p, "nan", 3)) return (size_t)(p + 3 - s);
    size_t digits = 0;
    while (*p >= '0' && *p <= '9') { p++; digits++; }
    if (*p == '.') {
        p++;
        while (*p >= '0' && *p <= '9') { p++; digits++; }
    }
    if (digits == 0) return 0;
    if (*p == 'e' || *p == 'E') {
        const char *q = p + 1;
        if (*q == '+' || *q == '-') q++;
        if (*q >= '0' && *q <= '9') {
            while (*q >= '0' && *q <= '9') q++;
            p = q;
        }
    }
    return (size_t)(p - s);
}

static double parse_part(const char *s, size_t n) {
    char buf[512];
    if (n >= sizeof buf) {
        char *big = malloc(n + 1);
        if (!big) return NAN;
        memcpy(big, s, n);
        big[n] = 0;
        double d = strtod(big, NULL);
        free(big);
        return d;
    }
    memcpy(buf, s, n);
    buf[n] = 0;
    return strtod(buf, NULL);
}

static Value malformed(void) {
    return err_format(&Exc_ValueError, "complex() arg is a malformed string");
}

/* complex(str): the forms <float>, <float>j, <float><signed-float>j, and
 * for compatibility <float><sign>j, <sign>j and j, optionally in
 * parentheses, with surrounding whitespace; underscores only between
 * digits. */
static Value complex_from_string(const char *src, size_t len) {
    char *s0 = malloc(len + 1);
    if (!s0) return err_nomem();
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (src[i] == '_') {
            bool ok = i > 0 && src[i - 1] >= '0' && src[i - 1] <= '9' && i + 1 < len &&
                      src[i + 1] >= '0' && src[i + 1] <= '9';
            if (!ok) {
                free(s0);
                Value orig = str_new(src, len);
                if (orig == V_NULL) return V_NULL;
                Value r = str_repr(orig);
                v_decref(orig);
                if (r == V_NULL) return V_NULL;
                err_format(&Exc_ValueError, "could not convert string to complex: %s", str_data(r));
                v_decref(r);
                return V_NULL;
            }
            continue;
        }
        if (src[i] == 0) { free(s0); return malformed(); }
        s0[n++] = src[i];
    }
    s0[n] = 0;
    const char *s = s0;
    double x = 0.0, y = 0.0;
    bool bracket = false;
    while (c_space(*s)) s++;
    if (*s == '(') {
        bracket = true;
        s++;
        while (c_space(*s)) s++;
    }
    size_t k = scan_float(s);
    if (k) {
        double z = parse_part(s, k);
        s += k;
        if (*s == '+' || *s == '-') {
            x = z;
            size_t k2 = scan_float(s);
            if (k2) {
                y = parse_part(s, k2);
                s += k2;
            } else {
                y = *s == '+' ? 1.0 : -1.0;
                s++;
            }
            if (*s != 'j' && *s != 'J') goto bad;
            s++;
        } else if (*s == 'j' || *s == 'J') {
            s++;
            y = z;
        } else {
            x = z;
        }
    } else {
        if (*s == '+' || *s == '-') {
            y = *s == '+' ? 1.0 : -1.0;
            s++;
        } else {
            y = 1.0;
        }
        if (*s != 'j' && *s != 'J') goto bad;
        s++;
    }
    while (c_space(*s)) s++;
    if (bracket) {
        if (*s != ')') goto bad;
        s++;
        while (c_space(*s)) s++;
    }
    if (*s) goto bad;
    free(s0);
    return complex_new(x, y);
bad:
    free(s0);
    return malformed();
}

/* __complex__ of an arbitrary object: 1 with *out set, 0 if it has none,
 * -1 on error. */
static int try_dunder_complex(Value v, Complex *out) {
    if (!v_is_ptr(v) || !(v_type(v)->flags & TPFLAG_HEAPTYPE)) return 0;
    if (v_is_null(type_lookup(v_type(v), str_intern_cstr("__complex__")))) return 0;
    Value r = obj_call_method(v, "__complex__", NULL, 0);
    if (r == V_NULL) return -1;
    if (!v_is_complex(r) && !(v_is_ptr(r) && type_is_subtype(v_type(r), &ComplexType))) {
        err_format(&Exc_TypeError, "__complex__ returned non-complex (type %s)", v_type_name(r));
        v_decref(r);
        return -1;
    }
    *out = ((ComplexObject *)v_as_obj(r))->c;
    v_decref(r);
    return 1;
}

/* A real-number argument as a double via float(): 1 ok, 0 not a number, -1 error. */
static int real_arg(Value v, double *out) {
    int r = float_coerce(v, out);
    if (r != 0) return r;
    TypeObject *t = v_type(v);
    if (!t->nb_float && !t->nb_index) return 0;
    Value f = obj_call1(v_from_obj(&FloatType), v);
    if (f == V_NULL) return -1;
    *out = v_as_float(f);
    return 1;
}

static Value complex_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    (void)type;
    static const char *const names[] = {"real", "imag"};
    Value a[2];
    if (args_parse("complex", args, nargs, kwnames, names, 2, 2, 0, a) < 0) return V_NULL;
    Value r = a[0], i = a[1];
    if (r == V_NULL) r = v_from_smallint(0);
    if (v_is_str(r) || (v_is_ptr(r) && (v_type(r)->flags & TPFLAG_STR_SUBCLASS))) {
        if (i != V_NULL)
            return err_format(&Exc_TypeError, "complex() can't take second arg if first is a string");
        return complex_from_string(str_data(r), (size_t)str_nbytes(r));
    }
    if (i != V_NULL && (v_is_str(i) || (v_is_ptr(i) && (v_type(i)->flags & TPFLAG_STR_SUBCLASS))))
        return err_format(&Exc_TypeError, "complex() second arg can't be a string");
    if (v_is_complex(r) && i == V_NULL) return v_newref(r);
    Complex cr = {0, 0}, ci = {0, 0};
    bool cr_is_complex = false, ci_is_complex = false;
    int k = try_dunder_complex(r, &cr);
    if (k < 0) return V_NULL;
    if (k > 0) {
        cr_is_complex = true;
    } else if (v_is_complex(r)) {
        cr = complex_value(r);
        cr_is_complex = true;
    } else {
        k = real_arg(r, &cr.real);
        if (k < 0) return V_NULL;
        if (k == 0)
            return err_format(&Exc_TypeError,
                              "complex() first argument must be a string or a number, not '%s'",
                              v_type_name(r));
    }
    if (i != V_NULL) {
        if (v_is_complex(i)) {
            ci = complex_value(i);
            ci_is_complex = true;
        } else {
            k = real_arg(i, &ci.real);
            if (k < 0) return V_NULL;
            if (k == 0)
                return err_format(&Exc_TypeError,
                                  "complex() second argument must be a number, not '%s'",
                                  v_type_name(i));
        }
    }
    /* (cr.real + cr.imag*j) + (ci.real + ci.imag*j)*j, keeping -0.0 signs
     * as CPython does: only add what is actually complex */
    double re = cr.real, im = cr_is_complex ? cr.imag : 0.0;
    if (ci_is_complex) re -= ci.imag;
    if (i != V_NULL) {
        if (cr_is_complex) im += ci.real;
        else im = ci.real;
    }
    return complex_new(re, im);
}

/* ---- methods and attributes -------------------------------------------------- */

static Value m_conjugate(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("complex.conjugate", nargs, kwnames, 0, 0) < 0) return V_NULL;
    Complex c = complex_value(self);
    return complex_new(c.real, -c.imag);
}

static Value m_complex(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("complex.__complex__", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return v_newref(self);
}

static Value m_getnewargs(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("complex.__getnewargs__", nargs, kwnames, 0, 0) < 0) return V_NULL;
    Complex c = complex_value(self);
    Value pair[2] = {v_from_float(c.real), v_from_float(c.imag)};
    return tuple_from_array_steal(pair, 2);
}

static Value g_real(Value self) { return v_from_float(complex_value(self).real); }
static Value g_imag(Value self) { return v_from_float(complex_value(self).imag); }
/* CPython exposes real/imag as read-only members, whose message this is. */
static int s_readonly(Value self, Value v) {
    (void)self;
    (void)v;
    err_format(&Exc_AttributeError, "readonly attribute");
    return -1;
}

static const MethodDef complex_methods[] = {
    {"conjugate", m_conjugate, 0, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__complex__", m_complex, 0, "Convert this value to exact type complex."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef complex_getset[] = {
    {"real", g_real, s_readonly},
    {"imag", g_imag, s_readonly},
    {NULL, NULL, NULL},
};

static void complex_dealloc(Object *o) { obj_free(o); }

TypeObject ComplexType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "complex",
    .base = &ObjectType,
    .dict = V_NULL,
    .mro = V_NULL,
    .basicsize = sizeof(ComplexObject),
    .dealloc = complex_dealloc,
    .repr = cx_repr,
    .hash = cx_hash,
    .richcompare = cx_richcompare,
    .bool_ = cx_bool,
    .nb = {
        [NB_ADD] = cx_add,
        [NB_SUBTRACT] = cx_sub,
        [NB_MULTIPLY] = cx_mul,
        [NB_TRUE_DIVIDE] = cx_div,
        [NB_POWER] = cx_pow,
    },
    .nb_ternary_pow = cx_ternary_pow,
    .nb_negative = cx_neg,
    .nb_positive = cx_pos,
    .nb_absolute = cx_abs,
    .construct = complex_construct,
    .methods = complex_methods,
    .getset = complex_getset,
};

/* floatobject.h: Python float (named so that <float.h> still means the C header). Values are unboxed doubles (value.h); this file
 * holds the operations whose Python semantics differ from C's. */
#ifndef COIL_FLOATOBJECT_H
#define COIL_FLOATOBJECT_H

#include "object.h"

/* repr(d): the shortest string that round-trips, formatted as CPython's
 * float_repr ('r' mode: exponent form when exp < -4 or exp >= 16, "1e+16",
 * "1e-07", "inf", "nan", "-0.0", always a ".0" on integral values).
 * Writes into buf (at least 32 bytes), returns the length. */
size_t float_repr_buf(double d, char *buf);
Value float_repr(Value v);                    /* new reference */

/* float(str): whitespace, sign, underscores, "inf"/"infinity"/"nan" in any
 * case; ValueError "could not convert string to float: 'x'". */
Value float_from_string(const char *s, size_t len);

/* Python semantics for / // % ** and divmod on doubles; ZeroDivisionError
 * ("float division by zero", "float floor division by zero", "float modulo",
 * "float divmod()"), OverflowError ("(34, 'Numerical result out of range')"),
 * ValueError / complex results as CPython 3.11 (negative ** fractional
 * returns a complex, computed as complex ** complex). */
Value float_div(double a, double b);
Value float_floordiv(double a, double b);
Value float_mod(double a, double b);
Value float_divmod(double a, double b);
Value float_pow(double a, double b);

/* round(d) -> int (half to even), round(d, n) -> float (correctly rounded,
 * as CPython's double_round). */
Value float_round(double d, Value ndigits);   /* ndigits V_NONE or int */

int64_t float_hash(double d);                 /* Python's numeric hash */

/* Converts an int/bool/float operand to double for mixed arithmetic.
 * Returns 1 and sets *out if v is numeric, 0 if not a number, -1 on
 * OverflowError (huge int). */
int float_coerce(Value v, double *out);

/* An instance of a float subclass: floats themselves are inline Values,
 * so a subclass instance is a heap object holding the double; its
 * __dict__ slot (if any) follows at the type's dictoffset. */
typedef struct FloatSubObject {
    Object ob;
    double d;
} FloatSubObject;

/* A float or an instance of a float subclass. */
static inline bool v_is_floatlike(Value v) {
    return v_is_float(v) || (v_is_ptr(v) && (v_as_obj(v)->type->flags & TPFLAG_FLOAT_SUBCLASS));
}
/* The double of a float or float-subclass instance (v_is_floatlike(v)). */
static inline double float_val(Value v) {
    return v_is_float(v) ? v_as_float(v) : ((FloatSubObject *)v_as_obj(v))->d;
}

#endif

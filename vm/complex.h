/* complex.h: Python complex, a heap object holding two doubles.
 * The arithmetic follows CPython 3.11's complexobject.c step by step
 * (_Py_c_quot, _Py_c_pow, c_powi) so results agree to the last bit. */
#ifndef COIL_COMPLEX_H
#define COIL_COMPLEX_H

#include "object.h"

typedef struct { double real, imag; } Complex;

typedef struct ComplexObject {
    Object ob;
    Complex c;
} ComplexObject;

extern TypeObject ComplexType;

static inline bool v_is_complex(Value v) {
    return v_is_ptr(v) && v_as_obj(v)->type == &ComplexType;
}
static inline Complex complex_value(Value v) { return ((ComplexObject *)v_as_obj(v))->c; }

Value complex_new(double real, double imag);           /* new reference */

/* The C-level algorithms; *err is set to 0, 1 (EDOM: division by zero /
 * domain) or 2 (ERANGE: overflow). */
Complex c_quot(Complex a, Complex b, int *err);
Complex c_pow(Complex a, Complex b, int *err);

/* float ** float for a negative base and a fractional exponent: the
 * complex result CPython gives (float_pow defers to complex_pow). */
Value complex_pow_values(Value a, Value b);

/* Converts v (int, bool, float, complex) to a Complex: 1 ok, 0 not a
 * number, -1 error (int too large). */
int complex_coerce(Value v, Complex *out);

#endif

/* mathmod.h: what the math module (math.c) offers the rest of coil. */
#ifndef COIL_MATHMOD_H
#define COIL_MATHMOD_H

#include "../object.h"

/* For callable one of math's one-argument float functions that follow
 * CPython's math_1 rules (sqrt, sin, cos, exp, ...: convert the argument to
 * a double, call libm; a NaN result from a non-NaN argument or an infinite
 * result from a finite one raises), the libm function; else NULL. The
 * JIT's inline form of such a call (MATH_F1, jit/uops.h) computes the
 * float and argument cases itself and leaves the errors to the call. */
double (*math_unary_double(Value callable))(double);

#endif

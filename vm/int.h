/* int.h: Python int (and bool). Small ints live inline in the Value
 * (value.h); anything outside [-2^47, 2^47) is a BigInt backed by GMP.
 *
 * Invariant: a BigInt never holds a value that fits the small range; every
 * constructor normalises, so equal ints have equal representations and the
 * small/small fast paths in the interpreter are exact.
 *
 * bool is a subclass of int: every int_* function below accepts True/False
 * as 1/0 (v_is_int_or_bool), but only returns plain ints.
 */
#ifndef COIL_INT_H
#define COIL_INT_H

#include <gmp.h>
#include "object.h"

typedef struct BigInt {
    Object ob;
    mpz_t z;
} BigInt;

static inline bool v_is_bigint(Value v) {
    return v_is_ptr(v) && v_as_obj(v)->type == &IntType;
}
/* Exactly int (small or big), not bool, not an int subclass. */
static inline bool v_is_int(Value v) { return v_is_smallint(v) || v_is_bigint(v); }
static inline bool v_is_int_or_bool(Value v) { return v_is_int(v) || v_is_bool(v); }

/* Constructors: new references; V_NULL only on MemoryError. */
Value int_from_i64(int64_t i);
Value int_from_u64(uint64_t u);
Value int_from_mpz(const mpz_t z);           /* copies z, normalises */
/* Python's int(s, base) for a str's bytes: surrounding whitespace, sign,
 * underscores between digits, base 0 (prefix decides, leading zeros
 * rejected), bases 2..36. ValueError with CPython's message on bad input:
 * "invalid literal for int() with base 10: 'abc'". */
Value int_from_string(const char *s, size_t len, int base);
/* Digits only (as the tokenizer leaves them), for compiling literals. */
Value int_from_literal(const char *digits, size_t len, int base);
/* Truncates toward zero. OverflowError for inf ("cannot convert float
 * infinity to integer"), ValueError for nan ("cannot convert float NaN to integer"). */
Value int_from_double(double d);

/* Conversions. x may be an int or a bool. */
int int_as_i64(Value x, int64_t *out);        /* OverflowError "Python int too large to convert to C int64" */
int int_as_double(Value x, double *out);      /* OverflowError "int too large to convert to float" */
/* Sets z (already mpz_init'ed) to the value of x (int or bool). */
void int_to_mpz(Value x, mpz_t z);
int int_sign(Value x);                        /* -1, 0, 1 */

/* Arithmetic on ints/bools; new reference or V_NULL with exception.
 * Division by zero raises ZeroDivisionError with CPython's messages
 * ("division by zero", "integer division or modulo by zero",
 * "integer modulo by zero" as 3.11 words them). */
Value int_add(Value a, Value b);
Value int_sub(Value a, Value b);
Value int_mul(Value a, Value b);
Value int_floordiv(Value a, Value b);
Value int_mod(Value a, Value b);
Value int_divmod(Value a, Value b);           /* tuple (q, r) */
Value int_truediv(Value a, Value b);          /* float, correctly rounded even for big ints */
Value int_pow(Value a, Value b);              /* negative exponent gives float */
Value int_powmod(Value a, Value b, Value m);  /* pow(a, b, m), negative b uses the inverse */
Value int_lshift(Value a, Value b);
Value int_rshift(Value a, Value b);
Value int_and(Value a, Value b);
Value int_or(Value a, Value b);
Value int_xor(Value a, Value b);
Value int_neg(Value a);
Value int_invert(Value a);
Value int_abs(Value a);

int int_compare(Value a, Value b);            /* -1, 0, 1; both ints/bools */
/* Exact comparison of an int with a double, as Python's int/float compare
 * (no rounding of huge ints): -1, 0, 1; 2 if d is nan. */
int int_compare_double(Value a, double d);
int64_t int_hash(Value a);                    /* Python's numeric hash; never -1 */

/* str(x) / repr(x); and the digits in base 2, 8 or 16 with the 0b/0o/0x
 * prefix as bin/oct/hex print them (sign first: -0x1f). New references. */
Value int_repr(Value x);
Value int_to_base(Value x, int base);
/* Writes decimal digits into a malloc'd buffer; for callers printing ints. */
char *int_to_cstr(Value x);

/* Number of bits needed for |x| (int.bit_length()). */
int64_t int_bit_length(Value x);

#endif

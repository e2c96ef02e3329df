/* format.h: Python's three formatting languages, as CPython 3.11 speaks them.
 *
 *   format(v, spec)   the format-spec mini-language
 *                     [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 *                     for int (and bool), float and str;
 *   str.format(...)   replacement fields {name.attr[key]!conv:spec} with
 *                     nested fields inside the spec;
 *   fmt % args        printf-style formatting of str (and bytes).
 *
 * Output is byte-identical to CPython's, errors carry CPython's messages.
 * Floats go through glibc's correctly rounded printf and are re-laid out
 * with the rules of CPython's PyOS_double_to_string ('g' switching to
 * exponent form, trailing zeros removed, exponents of at least 2 digits).
 */
#ifndef COIL_FORMAT_H
#define COIL_FORMAT_H

#include "object.h"
#include "str.h"

/* format(v, spec): the format-spec mini-language for int (and bool), float
 * and str; other types: empty spec -> str(v), else TypeError
 * "unsupported format string passed to list.__format__". spec must be a
 * str. New reference. */
Value format_value(Value v, Value spec);

/* The same, with the spec given as UTF-8 bytes, appending the result to sb
 * (no intermediate str). Only for int/bool, float and str values; returns
 * -1 with an exception set (sb then holds a partial result). */
int format_value_into(StrBuilder *sb, Value v, const char *spec, size_t nspec);

/* str.format(*args, **kwargs) on the format string fmt (a CFunc-compatible
 * method: self = fmt). New reference. */
Value str_format_method(Value self, const Value *args, size_t nargs, Value kwnames);

/* str.format_map(mapping) (a CFunc-compatible method). New reference. */
Value str_format_map_method(Value self, const Value *args, size_t nargs, Value kwnames);

/* fmt % args (printf-style), args a tuple, a mapping (for %(name)s) or a
 * single value. fmt must be a str. New reference. */
Value str_percent_format(Value fmt, Value args);

/* bytes % args: the same language over bytes (%s takes bytes-like values,
 * %b is %s, %r/%a give ASCII reprs, %c takes an int 0..255 or a length-1
 * bytes). fmt must be bytes. New reference. */
Value bytes_percent_format(Value fmt, Value args);

/* The NB_REMAINDER slots of str and bytes: fmt % args when the left
 * operand is a str (bytes), NotImplemented otherwise (the slot is also
 * called when only the right operand is one). New reference. */
Value format_str_remainder(Value a, Value b);
Value format_bytes_remainder(Value a, Value b);

/* ---- shared by format.c and format_percent.c, not a public interface ---- */

/* Appends d as CPython's PyOS_double_to_string(d, type, prec, flags):
 * type one of e E f F g G r ('r': repr digits, prec ignored); alt, add_dot_0
 * and no_neg_0 are the Py_DTSF_ALT, Py_DTSF_ADD_DOT_0 and Py_DTSF_NO_NEG_0
 * flags. Returns -1 with MemoryError. */
int fmt_double_text(StrBuilder *sb, double d, char type, int prec, bool alt, bool add_dot_0,
                    bool no_neg_0);
/* Appends the int (or bool) x in base 2, 8, 10 or 16: [-][0x]<zeros><digits>,
 * the prefix only when alt (0X and upper-case digits when upper), zeros up
 * to min_digits digits. Returns -1 with MemoryError. */
int fmt_int_text(StrBuilder *sb, Value x, int base, bool alt, bool upper, int64_t min_digits);

#endif

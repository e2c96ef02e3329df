/* args.h: parsing vectorcall arguments of builtin functions and methods. */
#ifndef COIL_ARGS_H
#define COIL_ARGS_H

#include "object.h"

/* Binds (args, nargs, kwnames) to the parameters named in names[0..nparams)
 * as CPython's argument clinic would: the first npos parameters may be
 * passed positionally (positional-only if names[i] is NULL... see below),
 * the rest only by keyword; the first nrequired are required. Bound values
 * are stored borrowed in out[]; unbound optional ones are set to V_NULL.
 *
 * names[i] == NULL marks a positional-only parameter (no keyword form).
 * fname is used in messages, e.g.
 *   "split() takes at most 2 arguments (3 given)",
 *   "print() got an unexpected keyword argument 'x'",
 *   "int() missing required argument 'x' (pos 1)".
 * Returns 0, or -1 with TypeError set. */
int args_parse(const char *fname, const Value *args, size_t nargs, Value kwnames,
               const char *const *names, int nparams, int npos, int nrequired,
               Value *out);

/* Shorthand for functions taking only positional arguments: checks
 * min <= nargs <= max and that there are no keywords, with CPython's
 * messages ("len() takes exactly one argument (2 given)",
 * "expected at most 3 arguments, got 4", "takes no keyword arguments"). */
/* PyArg_ParseTuple's wording (str.find, bytes.count, ...): no keywords,
 * min..max positional arguments. 0 or -1 with TypeError set. */
int args_check_old_style(const char *fname, size_t nargs, Value kwnames, size_t min, size_t max);
int args_check_positional(const char *fname, size_t nargs, Value kwnames,
                          size_t min, size_t max);

#endif

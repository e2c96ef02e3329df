/* args.c: binding vectorcall arguments to the parameters of builtins, with
 * the messages of CPython 3.11's argument clinic (_PyArg_UnpackKeywords)
 * and of its positional-only checks (_PyArg_CheckPositional). */
#include <string.h>
#include "args.h"
#include "errors.h"
#include "str.h"
#include "tuple.h"

static size_t kw_count(Value kwnames) {
    return v_is_null(kwnames) ? 0 : (size_t)tuple_size(kwnames);
}

/* Index of keyword argument `name` among kwnames, or -1. Keyword names are
 * interned by the compiler, but callers from C may pass any str. */
static int64_t find_keyword(Value kwnames, const char *name) {
    int64_t n = tuple_size(kwnames);
    for (int64_t i = 0; i < n; i++)
        if (str_eq_cstr(tuple_items(kwnames)[i], name)) return i;
    return -1;
}

int args_parse(const char *fname, const Value *args, size_t nargs, Value kwnames,
               const char *const *names, int nparams, int npos, int nrequired, Value *out) {
    size_t nkw = kw_count(kwnames);
    int posonly = 0;
    while (posonly < npos && !names[posonly]) posonly++;
    int minpos = nrequired < npos ? nrequired : npos;          /* required positional */
    int minposonly = nrequired < posonly ? nrequired : posonly;
    int reqlimit = nrequired > npos ? nrequired : minpos;     /* required incl. keyword-only */

    if (nargs + nkw > (size_t)nparams) {
        err_format(&Exc_TypeError, "%s() takes at most %d %sargument%s (%zu given)", fname,
                   nparams, nargs == 0 ? "keyword " : "", nparams == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    if (nargs > (size_t)npos) {
        if (npos == 0)
            err_format(&Exc_TypeError, "%s() takes no positional arguments", fname);
        else
            err_format(&Exc_TypeError, "%s() takes %s %d positional argument%s (%zu given)", fname,
                       minpos < npos ? "at most" : "exactly", npos, npos == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs < (size_t)minposonly) {
        err_format(&Exc_TypeError, "%s() takes %s %d positional argument%s (%zu given)", fname,
                   minposonly < npos ? "at least" : "exactly", minposonly,
                   minposonly == 1 ? "" : "s", nargs);
        return -1;
    }

    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    size_t kwleft = nkw;
    for (int i = (int)nargs; i < nparams; i++) {
        Value v = V_NULL;
        if (kwleft && names[i]) {
            int64_t k = find_keyword(kwnames, names[i]);
            if (k >= 0) v = args[nargs + (size_t)k];
        }
        out[i] = v;
        if (!v_is_null(v)) {
            kwleft--;
        } else if (i < minpos || (npos <= i && i < reqlimit)) {
            if (names[i])
                err_format(&Exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                           names[i], i + 1);
            else
                err_format(&Exc_TypeError, "%s() takes at least %d positional argument%s (%zu given)",
                           fname, minpos, minpos == 1 ? "" : "s", nargs);
            return -1;
        }
    }

    if (kwleft) {
        /* Something is left: an argument given twice, or an unknown name. */
        for (int i = posonly; i < (int)nargs; i++) {
            if (names[i] && find_keyword(kwnames, names[i]) >= 0) {
                err_format(&Exc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                           fname, names[i], i + 1);
                return -1;
            }
        }
        for (size_t k = 0; k < nkw; k++) {
            Value key = tuple_items(kwnames)[k];
            bool known = false;
            for (int i = 0; i < nparams && !known; i++)
                known = names[i] && str_eq_cstr(key, names[i]);
            if (!known) {
                err_format(&Exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                           v_is_str(key) ? str_data(key) : "?", fname);
                return -1;
            }
        }
        /* Duplicate keyword names (f(x=1, x=2) cannot compile; C callers). */
        err_format(&Exc_TypeError, "%s() got multiple values for keyword arguments", fname);
        return -1;
    }
    return 0;
}

int args_check_positional(const char *fname, size_t nargs, Value kwnames, size_t min, size_t max) {
    /* fname may be qualified ("str.strip"): CPython names the type in the
     * "takes no ..." / "takes exactly one" messages and not in the
     * "expected ..." ones. */
    if (kw_count(kwnames)) {
        err_format(&Exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs >= min && nargs <= max) return 0;
    const char *dot = strrchr(fname, '.');
    const char *bare = dot ? dot + 1 : fname;
    if (max == 0) {
        err_format(&Exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    } else if (min == 1 && max == 1) {
        /* METH_O functions (len, abs, ...) */
        err_format(&Exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    } else if (min == max) {
        err_format(&Exc_TypeError, "%s expected %zu argument%s, got %zu", bare, min,
                   min == 1 ? "" : "s", nargs);
    } else if (nargs < min) {
        err_format(&Exc_TypeError, "%s expected at least %zu argument%s, got %zu", bare, min,
                   min == 1 ? "" : "s", nargs);
    } else {
        err_format(&Exc_TypeError, "%s expected at most %zu argument%s, got %zu", bare, max,
                   max == 1 ? "" : "s", nargs);
    }
    return -1;
}

/* The wording of CPython's PyArg_ParseTuple functions (find, count,
 * startswith, ...): "find() takes no keyword arguments", "find() takes at
 * least 1 argument (0 given)", "... at most 3 arguments (4 given)". */
int args_check_old_style(const char *name, size_t nargs, Value kwnames, size_t min, size_t max) {
    if (!v_is_null(kwnames) && tuple_size(kwnames) > 0) {
        err_format(&Exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs < min || nargs > max) {
        size_t n = nargs < min ? min : max;
        err_format(&Exc_TypeError, "%s() takes at %s %zu argument%s (%zu given)", name,
                   nargs < min ? "least" : "most", n, n == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* builtins.c: the functions of the builtins module, and the buffered
 * stdout that print() writes to. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "runtime.h"
#include "eval.h"
#include "frame.h"
#include "errors.h"
#include "abstract.h"
#include "args.h"
#include "descr.h"
#include "int.h"
#include "floatobject.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "set.h"
#include "range.h"
#include "module.h"
#include "generator.h"
#include "modules/sys.h"
#include "modules/io.h"
#include "exec.h"
#include "function.h"
#include "memoryview.h"

#define UNUSED(x) (void)(x)

/* ---- buffered stdout ------------------------------------------------------------
 * print() is the hot output path: it appends to one buffer that is written
 * with write(2) when full, at a newline if stdout is a terminal, before
 * input() and stderr output, and at exit. */
static char out_buf[1 << 16];
static size_t out_len;
static int out_tty = -1;
static bool out_broken;

int builtins_flush_stdout(void) {
    size_t off = 0;
    while (off < out_len) {
        ssize_t w = write(1, out_buf + off, out_len - off);
        if (w < 0) {
            if (errno == EINTR) continue;
            out_len = 0;
            out_broken = true;
            return -1;
        }
        off += (size_t)w;
    }
    out_len = 0;
    return out_broken ? -1 : 0;
}

static bool out_unbuffered;

void builtins_set_unbuffered(bool on) { out_unbuffered = on; }

int builtins_write_stdout(const char *s, size_t n) {
    if (out_tty < 0) out_tty = isatty(1);
    if (n > sizeof out_buf - out_len) {
        if (builtins_flush_stdout() < 0) return -1;
        if (n > sizeof out_buf) {
            out_len = 0;
            while (n > 0) {
                ssize_t w = write(1, s, n);
                if (w < 0) {
                    if (errno == EINTR) continue;
                    out_broken = true;
                    return -1;
                }
                s += w;
                n -= (size_t)w;
            }
            return 0;
        }
    }
    memcpy(out_buf + out_len, s, n);
    out_len += n;
    if (out_unbuffered || (out_tty && memchr(s, '\n', n))) return builtins_flush_stdout();
    return 0;
}

static Value stdout_error(void) {
    return err_format(&Exc_OSError, "[Errno %d] %s", errno, strerror(errno));
}

/* Writes str(v) to stdout without building the str for the common types. */
static int write_str_of(Value v) {
    char buf[40];
    if (v_is_str(v)) return builtins_write_stdout(str_data(v), (size_t)str_nbytes(v));
    if (v_is_smallint(v)) {
        int n = snprintf(buf, sizeof buf, "%lld", (long long)v_as_smallint(v));
        return builtins_write_stdout(buf, (size_t)n);
    }
    if (v_is_float(v)) {
        size_t n = float_repr_buf(v_as_float(v), buf);
        return builtins_write_stdout(buf, n);
    }
    Value s = obj_str(v);
    if (v_is_null(s)) return -2;
    int r = builtins_write_stdout(str_data(s), (size_t)str_nbytes(s));
    v_decref(s);
    return r;
}

/* ---- print / input ------------------------------------------------------------------ */

static Value bi_print(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    Value sep = V_NONE, end = V_NONE, file = V_NONE, flush = V_FALSE;
    if (!v_is_null(kwnames)) {
        int64_t nkw = tuple_size(kwnames);
        for (int64_t i = 0; i < nkw; i++) {
            Value k = tuple_items(kwnames)[i], v = args[nargs + (size_t)i];
            if (str_eq_cstr(k, "sep")) sep = v;
            else if (str_eq_cstr(k, "end")) end = v;
            else if (str_eq_cstr(k, "file")) file = v;
            else if (str_eq_cstr(k, "flush")) flush = v;
            else return err_format(&Exc_TypeError, "'%s' is an invalid keyword argument for print()", str_data(k));
        }
    }
    if (sep != V_NONE && !v_is_str(sep))
        return err_format(&Exc_TypeError, "sep must be None or a string, not %s", v_type_name(sep));
    if (end != V_NONE && !v_is_str(end))
        return err_format(&Exc_TypeError, "end must be None or a string, not %s", v_type_name(end));
    /* print() writes straight into the stdout buffer unless a program
     * replaced sys.stdout or passed another file: then it calls write().
     * The builtin sys.stdout/sys.stderr objects are recognised. */
    if (file == V_NONE) {
        Value so = sys_stdout_redirect();
        if (!v_is_null(so)) file = so;
    } else if (file == sys_builtin_stdout()) {
        file = V_NONE;
    }
    if (file != V_NONE) {
        /* A file-like object: call its write() with each piece. */
        for (size_t i = 0; i < nargs; i++) {
            if (i > 0) {
                Value s = sep == V_NONE ? str_intern_cstr(" ") : sep;
                Value r = obj_call_method(file, "write", &s, 1);
                if (v_is_null(r)) return V_NULL;
                v_decref(r);
            }
            Value s = obj_str(args[i]);
            if (v_is_null(s)) return V_NULL;
            Value r = obj_call_method(file, "write", &s, 1);
            v_decref(s);
            if (v_is_null(r)) return V_NULL;
            v_decref(r);
        }
        Value e = end == V_NONE ? str_intern_cstr("\n") : end;
        Value r = obj_call_method(file, "write", &e, 1);
        if (v_is_null(r)) return V_NULL;
        v_decref(r);
        if (flush != V_FALSE && flush != V_NONE) {
            int t = obj_truthy(flush);
            if (t < 0) return V_NULL;
            if (t) {
                r = obj_call_method(file, "flush", NULL, 0);
                if (v_is_null(r)) return V_NULL;
                v_decref(r);
            }
        }
        return V_NONE;
    }
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0) {
            int r = sep == V_NONE ? builtins_write_stdout(" ", 1)
                                  : builtins_write_stdout(str_data(sep), (size_t)str_nbytes(sep));
            if (r < 0) return stdout_error();
        }
        int r = write_str_of(args[i]);
        if (r == -2) return V_NULL;
        if (r < 0) return stdout_error();
    }
    int r = end == V_NONE ? builtins_write_stdout("\n", 1)
                          : builtins_write_stdout(str_data(end), (size_t)str_nbytes(end));
    if (r < 0) return stdout_error();
    if (flush != V_FALSE && flush != V_NONE) {
        int t = obj_truthy(flush);
        if (t < 0) return V_NULL;
        if (t && builtins_flush_stdout() < 0) return stdout_error();
    }
    return V_NONE;
}

static Value bi_input(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    if (!v_is_null(kwnames)) return err_format(&Exc_TypeError, "input() takes no keyword arguments");
    if (nargs > 1) return err_format(&Exc_TypeError, "input expected at most 1 argument, got %zu", nargs);
    if (nargs == 1 && write_str_of(args[0]) == -2) return V_NULL;
    if (builtins_flush_stdout() < 0) return stdout_error();
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) {
        free(line);
        return err_format(&Exc_EOFError, "EOF when reading a line");
    }
    if (n > 0 && line[n - 1] == '\n') n--;
    Value s = str_new_checked(line, (size_t)n);
    free(line);
    return s;
}

/* ---- simple one-argument functions ------------------------------------------------ */

#define ONE_ARG(fname) \
    if (args_check_positional(fname, nargs, kwnames, 1, 1) < 0) return V_NULL

static Value bi_len(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    ONE_ARG("len");
    int64_t n = obj_len(args[0]);
    if (n < 0) return V_NULL;
    return int_from_i64(n);
}

static Value bi_repr(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    ONE_ARG("repr");
    return obj_repr(args[0]);
}

static Value bi_ascii(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    ONE_ARG("ascii");
    return obj_ascii(args[0]);
}

static Value bi_abs(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    ONE_ARG("abs");
    return obj_absolute(args[0]);
}

static Value bi_hash(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    ONE_ARG("hash");
    int64_t h = obj_hash(args[0]);
    if (h == -1) return V_NULL;
    return int_from_i64(h);
}

static Value bi_id(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    ONE_ARG("id");
    Value v = args[0];
    /* Inline values have no address: the Value word itself is stable and
     * distinct from every heap address (its tag bits are set). */
    if (v_is_ptr(v)) return int_from_u64((uint64_t)(uintptr_t)v_as_obj(v));
    return int_from_u64(v);
}

static Value bi_callable(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    ONE_ARG("callable");
    TypeObject *t = v_type(args[0]);
    return v_from_bool(t->call != NULL || type_is_subtype(t, &TypeType));
}

static Value bi_chr(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    ONE_ARG("chr");
    Value idx = obj_index(args[0]);
    if (v_is_null(idx)) return V_NULL;
    int64_t i;
    if (v_is_bool(idx)) idx = v_from_smallint(idx == V_TRUE);
    if (!v_is_smallint(idx) || (i = v_as_smallint(idx)) > INT32_MAX || i < INT32_MIN) {
        v_decref(idx);
        return err_format(&Exc_OverflowError, "Python int too large to convert to C int");
    }
    if (i < 0 || i >= 0x110000) return err_format(&Exc_ValueError, "chr() arg not in range(0x110000)");
    return str_from_codepoint((uint32_t)i);
}

static Value bi_ord(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    ONE_ARG("ord");
    Value c = args[0];
    if (v_is_str(c)) {
        if (str_len(c) != 1)
            return err_format(&Exc_TypeError, "ord() expected a character, but string of length %lld found",
                              (long long)str_len(c));
        return int_from_i64(str_char_at(c, 0));
    }
    if (v_is_bytes(c)) {
        BytesObject *b = (BytesObject *)v_as_obj(c);
        if (b->size != 1)
            return err_format(&Exc_TypeError, "ord() expected a character, but string of length %lld found",
                              (long long)b->size);
        return v_from_smallint(b->data[0]);
    }
    return err_format(&Exc_TypeError, "ord() expected string of length 1, but %s found", v_type_name(c));
}

static Value to_base(const char *fname, const Value *args, size_t nargs, Value kwnames, int base) {
    if (args_check_positional(fname, nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value i = obj_index(args[0]);
    if (v_is_null(i)) return V_NULL;
    Value r = int_to_base(i, base);
    v_decref(i);
    return r;
}
static Value bi_hex(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    return to_base("hex", args, nargs, kwnames, 16);
}
static Value bi_oct(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    return to_base("oct", args, nargs, kwnames, 8);
}
static Value bi_bin(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    return to_base("bin", args, nargs, kwnames, 2);
}

/* ---- numbers ------------------------------------------------------------------------- */

static Value bi_divmod(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    if (args_check_positional("divmod", nargs, kwnames, 2, 2) < 0) return V_NULL;
    Value a = args[0], b = args[1];
    if (v_is_int_or_bool(a) && v_is_int_or_bool(b)) return int_divmod(a, b);
    bool na = v_is_int_or_bool(a) || v_is_float(a), nb = v_is_int_or_bool(b) || v_is_float(b);
    if (na && nb) {
        double x, y;
        if (float_coerce(a, &x) < 0 || float_coerce(b, &y) < 0) return V_NULL;
        return float_divmod(x, y);
    }
    /* Classes: a.__divmod__(b), then b.__rdivmod__(a). */
    static const char *const hooks[2] = {"__divmod__", "__rdivmod__"};
    for (int i = 0; i < 2; i++) {
        Value self_ = i ? b : a, other = i ? a : b;
        Value m = type_lookup(v_type(self_), str_intern_cstr(hooks[i]));
        if (v_is_null(m)) continue;
        Value margs[2] = {self_, other};
        Value r = obj_call(m, margs, 2, V_NULL);
        if (r != V_NOTIMPL) return r;
        v_decref(r);
    }
    /* Instances of int/float subclasses without their own __divmod__. */
    TypeObject *ta = v_type(a), *tb = v_type(b);
    bool ia = v_is_int_or_bool(a) || (ta->flags & TPFLAG_INT_SUBCLASS);
    bool ib = v_is_int_or_bool(b) || (tb->flags & TPFLAG_INT_SUBCLASS);
    if (ia && ib) return int_divmod(a, b);
    if ((ia || (ta->flags & TPFLAG_FLOAT_SUBCLASS)) && (ib || (tb->flags & TPFLAG_FLOAT_SUBCLASS))) {
        double x, y;
        if (float_coerce(a, &x) < 0 || float_coerce(b, &y) < 0) return V_NULL;
        return float_divmod(x, y);
    }
    return err_format(&Exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                      v_type_name(a), v_type_name(b));
}

static Value bi_pow(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    static const char *const names[] = {"base", "exp", "mod"};
    Value a[3];
    if (args_parse("pow", args, nargs, kwnames, names, 3, 3, 2, a) < 0) return V_NULL;
    return obj_power(a[0], a[1], v_is_null(a[2]) ? V_NONE : a[2]);
}

/* round(int, ndigits) for negative ndigits: round half to even at 10**-n. */
static Value round_int(Value x, Value ndigits) {
    int64_t nd;
    if (obj_as_index_i64(ndigits, &nd) < 0) return V_NULL;
    if (nd >= 0) return v_newref(x);
    if (nd < -1000000) return v_from_smallint(0);
    Value ten = v_from_smallint(10), exp = int_from_i64(-nd);
    Value pow10 = int_pow(ten, exp);
    v_decref(exp);
    if (v_is_null(pow10)) return V_NULL;
    Value qr = int_divmod(x, pow10);
    if (v_is_null(qr)) { v_decref(pow10); return V_NULL; }
    Value q = tuple_items(qr)[0], r = tuple_items(qr)[1];
    Value r2 = int_add(r, r);
    int c = v_is_null(r2) ? 0 : int_compare(r2, pow10);
    v_decref(r2);
    Value one = v_from_smallint(1);
    Value qq = v_newref(q);
    bool q_odd = false;
    Value qb = int_and(q, one);
    if (!v_is_null(qb)) { q_odd = int_sign(qb) != 0; v_decref(qb); }
    if (c > 0 || (c == 0 && q_odd)) {
        Value t = int_add(qq, one);
        v_decref(qq);
        qq = t;
    }
    v_decref(qr);
    if (v_is_null(qq)) { v_decref(pow10); return V_NULL; }
    Value res = int_mul(qq, pow10);
    v_decref(qq);
    v_decref(pow10);
    return res;
}

static Value bi_round(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    static const char *const names[] = {"number", "ndigits"};
    Value a[2];
    if (args_parse("round", args, nargs, kwnames, names, 2, 2, 1, a) < 0) return V_NULL;
    Value x = a[0], nd = v_is_null(a[1]) ? V_NONE : a[1];
    if (v_is_float(x)) {
        if (nd != V_NONE) {
            Value i = obj_index(nd);
            if (v_is_null(i)) return V_NULL;
            Value r = float_round(v_as_float(x), i);
            v_decref(i);
            return r;
        }
        return float_round(v_as_float(x), V_NONE);
    }
    if (v_is_int_or_bool(x)) {
        if (nd == V_NONE) return v_is_bool(x) ? v_from_smallint(x == V_TRUE) : v_newref(x);
        Value xi = v_is_bool(x) ? v_from_smallint(x == V_TRUE) : x;
        return round_int(xi, nd);
    }
    Value r;
    if (nd == V_NONE) r = obj_call_method(x, "__round__", NULL, 0);
    else r = obj_call_method(x, "__round__", &nd, 1);
    if (v_is_null(r) && err_matches(&Exc_AttributeError)) {
        err_clear();
        return err_format(&Exc_TypeError, "type %s doesn't define __round__ method", v_type_name(x));
    }
    return r;
}

static Value bi_sum(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    static const char *const names[] = {NULL, "start"};
    Value a[2];
    if (args_parse("sum", args, nargs, kwnames, names, 2, 2, 1, a) < 0) return V_NULL;
    Value start = v_is_null(a[1]) ? v_from_smallint(0) : a[1];
    if (v_is_str(start))
        return err_format(&Exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (v_is_bytes(start))
        return err_format(&Exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    Value it = obj_iter(a[0]);
    if (v_is_null(it)) return V_NULL;
    Value acc = v_newref(start);
    /* Fast paths: a running int64 while items are small ints, a running
     * double while items are floats; anything else falls back to +. */
    int64_t iacc = 0;
    bool in_int = v_is_smallint(acc);
    if (in_int) iacc = v_as_smallint(acc);
    for (;;) {
        Value item = obj_iternext(it);
        if (v_is_null(item)) {
            if (err_occurred()) goto fail;
            break;
        }
        if (in_int && v_is_smallint(item)) {
            int64_t r;
            if (!__builtin_add_overflow(iacc, v_as_smallint(item), &r)) {
                iacc = r;
                continue;
            }
        }
        if (in_int) {
            v_decref(acc);
            acc = int_from_i64(iacc);
            in_int = false;
            if (v_is_null(acc)) { v_decref(item); goto fail; }
        }
        if (v_is_float(acc) && (v_is_float(item) || v_is_smallint(item))) {
            double d = v_as_float(acc) + (v_is_float(item) ? v_as_float(item) : (double)v_as_smallint(item));
            acc = v_from_float(d);
            continue;
        }
        Value r = obj_binary_op(acc, item, NB_ADD);
        v_decref(item);
        v_decref(acc);
        acc = r;
        if (v_is_null(acc)) goto fail_noacc;
        if (v_is_smallint(acc)) {
            in_int = true;
            iacc = v_as_smallint(acc);
        }
    }
    v_decref(it);
    if (in_int) {
        v_decref(acc);
        return int_from_i64(iacc);
    }
    return acc;
fail:
    v_decref(acc);
fail_noacc:
    v_decref(it);
    return V_NULL;
}

/* ---- min / max --------------------------------------------------------------------- */

static Value min_max(const char *fname, const Value *args, size_t nargs, Value kwnames, int op) {
    Value key = V_NONE, deflt = V_NULL;
    if (!v_is_null(kwnames)) {
        for (int64_t i = 0; i < tuple_size(kwnames); i++) {
            Value k = tuple_items(kwnames)[i];
            if (str_eq_cstr(k, "key")) key = args[nargs + (size_t)i];
            else if (str_eq_cstr(k, "default")) deflt = args[nargs + (size_t)i];
            else return err_format(&Exc_TypeError, "%s() got an unexpected keyword argument '%s'", fname, str_data(k));
        }
    }
    if (nargs == 0) return err_format(&Exc_TypeError, "%s expected at least 1 argument, got 0", fname);
    if (nargs > 1 && !v_is_null(deflt))
        return err_format(&Exc_TypeError, "Cannot specify a default for %s() with multiple positional arguments", fname);
    Value it;
    if (nargs == 1) {
        it = obj_iter(args[0]);
    } else {
        Value t = tuple_from_array(args, (int64_t)nargs);
        if (v_is_null(t)) return V_NULL;
        it = obj_iter(t);
        v_decref(t);
    }
    if (v_is_null(it)) return V_NULL;
    Value best = V_NULL, bestkey = V_NULL;
    for (;;) {
        Value item = obj_iternext(it);
        if (v_is_null(item)) {
            if (err_occurred()) goto fail;
            break;
        }
        Value k = key == V_NONE ? v_newref(item) : obj_call1(key, item);
        if (v_is_null(k)) { v_decref(item); goto fail; }
        if (v_is_null(best)) {
            best = item;
            bestkey = k;
            continue;
        }
        int c = obj_compare_bool(k, bestkey, op);
        if (c < 0) { v_decref(item); v_decref(k); goto fail; }
        if (c) {
            v_decref(best);
            v_decref(bestkey);
            best = item;
            bestkey = k;
        } else {
            v_decref(item);
            v_decref(k);
        }
    }
    v_decref(it);
    v_decref(bestkey);
    if (v_is_null(best)) {
        if (!v_is_null(deflt)) return v_newref(deflt);
        return err_format(&Exc_ValueError, "%s() arg is an empty sequence", fname);
    }
    return best;
fail:
    v_decref(it);
    v_decref(best);
    v_decref(bestkey);
    return V_NULL;
}

static Value bi_min(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    return min_max("min", args, nargs, kwnames, CMP_LT);
}
static Value bi_max(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    return min_max("max", args, nargs, kwnames, CMP_GT);
}

/* ---- types and attributes ------------------------------------------------------------ */

static Value bi_isinstance(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    if (args_check_positional("isinstance", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int r = obj_isinstance(args[0], args[1]);
    if (r < 0) return V_NULL;
    return v_from_bool(r);
}

static bool v_is_typeobj(Value v) {
    return v_is_ptr(v) && type_is_subtype(v_as_obj(v)->type, &TypeType);
}

static Value bi_issubclass(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    if (args_check_positional("issubclass", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int r = obj_issubclass(args[0], args[1]);
    if (r < 0) return V_NULL;
    return v_from_bool(r);
}

static int check_attr_name(Value name) {
    if (!v_is_str(name)) {
        err_format(&Exc_TypeError, "attribute name must be string, not '%s'", v_type_name(name));
        return -1;
    }
    return 0;
}

static Value bi_getattr(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    if (args_check_positional("getattr", nargs, kwnames, 2, 3) < 0) return V_NULL;
    if (check_attr_name(args[1]) < 0) return V_NULL;
    if (nargs == 2) return obj_getattr(args[0], args[1]);
    Value out;
    int r = obj_lookup_attr(args[0], args[1], &out);
    if (r < 0) return V_NULL;
    return r ? out : v_newref(args[2]);
}

static Value bi_hasattr(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    if (args_check_positional("hasattr", nargs, kwnames, 2, 2) < 0) return V_NULL;
    if (check_attr_name(args[1]) < 0) return V_NULL;
    Value out;
    int r = obj_lookup_attr(args[0], args[1], &out);
    if (r < 0) return V_NULL;
    if (r) v_decref(out);
    return v_from_bool(r);
}

static Value bi_setattr(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    if (args_check_positional("setattr", nargs, kwnames, 3, 3) < 0) return V_NULL;
    if (check_attr_name(args[1]) < 0) return V_NULL;
    if (obj_setattr(args[0], args[1], args[2]) < 0) return V_NULL;
    return V_NONE;
}

static Value bi_delattr(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    if (args_check_positional("delattr", nargs, kwnames, 2, 2) < 0) return V_NULL;
    if (check_attr_name(args[1]) < 0) return V_NULL;
    if (obj_setattr(args[0], args[1], V_NULL) < 0) return V_NULL;
    return V_NONE;
}

static Value bi_globals(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self); UNUSED(args);
    if (args_check_positional("globals", nargs, kwnames, 0, 0) < 0) return V_NULL;
    Value g = eval_globals();
    return v_is_null(g) ? v_newref(runtime_main_dict()) : v_newref(g);
}

static Value bi_locals(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self); UNUSED(args);
    if (args_check_positional("locals", nargs, kwnames, 0, 0) < 0) return V_NULL;
    if (!eval_ts.frame) return v_newref(runtime_main_dict());
    return frame_locals_dict(eval_ts.frame);
}

static Value bi_vars(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    if (args_check_positional("vars", nargs, kwnames, 0, 1) < 0) return V_NULL;
    if (nargs == 0) return bi_locals(V_NULL, args, 0, V_NULL);
    Value d;
    int r = obj_lookup_attr(args[0], str_intern_cstr("__dict__"), &d);
    if (r < 0) return V_NULL;
    if (r == 0) return err_format(&Exc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

static int add_keys(Value set, Value d) {
    if (v_is_mappingproxy(d)) d = mappingproxy_mapping(d);
    if (!v_is_dict(d)) return 0;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v))
        if (set_add(set, k) < 0) return -1;
    return 0;
}

/* The names dir(o) lists, unsorted (object.__dir__ and type.__dir__): o's
 * __dict__ plus its class's (or, for a class, its own) mro dicts; a
 * module's namespace only. New reference to a list. */
Value obj_dir_names(Value o) {
    if (v_is_module(o)) {
        /* PEP 562: a module-level __dir__() decides */
        Value df = dict_get_cstr(module_dict(o), "__dir__");
        if (!v_is_null(df)) {
            Value res = obj_call(df, NULL, 0, V_NULL);
            if (v_is_null(res)) return V_NULL;
            Value l = list_from_iterable(res);
            v_decref(res);
            return l;
        }
        if (err_occurred()) return V_NULL;
    }
    Value names = set_new();
    if (v_is_null(names)) return V_NULL;
    Value d;
    int r = obj_lookup_attr(o, str_intern_cstr("__dict__"), &d);
    if (r < 0) { v_decref(names); return V_NULL; }
    if (r) {
        int e = add_keys(names, d);
        v_decref(d);
        if (e < 0) { v_decref(names); return V_NULL; }
    }
    TypeObject *t = v_is_typeobj(o) ? (TypeObject *)v_as_obj(o) : v_type(o);
    Value mro = t->mro;
    if (v_is_tuple(mro) && !v_is_module(o)) {
        for (int64_t i = 0; i < tuple_size(mro); i++) {
            TypeObject *b = (TypeObject *)v_as_obj(tuple_items(mro)[i]);
            if (add_keys(names, b->dict) < 0) { v_decref(names); return V_NULL; }
        }
    }
    Value l = list_from_iterable(names);
    v_decref(names);
    return l;
}

static Value bi_dir(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    if (args_check_positional("dir", nargs, kwnames, 0, 1) < 0) return V_NULL;
    Value l;
    if (nargs == 0) {
        Value names = set_new();
        if (v_is_null(names)) return V_NULL;
        Value loc = bi_locals(V_NULL, args, 0, V_NULL);
        if (v_is_null(loc) || add_keys(names, loc) < 0) { v_decref(loc); v_decref(names); return V_NULL; }
        v_decref(loc);
        l = list_from_iterable(names);
        v_decref(names);
    } else {
        Value o = args[0];
        /* A __dir__ written in Python (e.g. enum's EnumType.__dir__) decides. */
        Value dirf = type_lookup(v_type(o), str_intern_cstr("__dir__"));
        if (!v_is_null(dirf) && v_is_function(dirf)) {
            Value res = obj_call(dirf, &o, 1, V_NULL);
            if (v_is_null(res)) return V_NULL;
            l = list_from_iterable(res);
            v_decref(res);
        } else {
            l = obj_dir_names(o);
        }
    }
    if (v_is_null(l)) return V_NULL;
    if (list_sort(l, V_NULL, false) < 0) { v_decref(l); return V_NULL; }
    return l;
}

/* ---- iteration ------------------------------------------------------------------------- */

static Value bi_iter(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    if (args_check_positional("iter", nargs, kwnames, 1, 2) < 0) return V_NULL;
    if (nargs == 2) return callable_iter_new(args[0], args[1]);
    return obj_iter(args[0]);
}

static Value bi_next(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    if (args_check_positional("next", nargs, kwnames, 1, 2) < 0) return V_NULL;
    Value it = args[0];
    UnaryFunc iternext = v_type(it)->iternext;
    if (!iternext) return err_format(&Exc_TypeError, "'%s' object is not an iterator", v_type_name(it));
    Value r = generator_check(it) ? generator_next(it) : iternext(it);
    if (!v_is_null(r)) return r;
    if (err_occurred()) {
        if (nargs < 2 || !err_matches(&Exc_StopIteration)) return V_NULL;
        err_clear();
    }
    if (nargs == 2) return v_newref(args[1]);
    return err_set_none(&Exc_StopIteration);
}

static Value bi_aiter(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    if (args_check_positional("aiter", nargs, kwnames, 1, 1) < 0) return V_NULL;
    return builtin_aiter(args[0]);
}

static Value bi_anext(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    if (args_check_positional("anext", nargs, kwnames, 1, 2) < 0) return V_NULL;
    return builtin_anext(args[0], nargs == 2 ? args[1] : V_NULL);
}

static Value any_all(const char *fname, const Value *args, size_t nargs, Value kwnames, bool want) {
    if (args_check_positional(fname, nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value it = obj_iter(args[0]);
    if (v_is_null(it)) return V_NULL;
    for (;;) {
        Value item = obj_iternext(it);
        if (v_is_null(item)) {
            v_decref(it);
            if (err_occurred()) return V_NULL;
            return v_from_bool(!want);
        }
        int t = obj_truthy(item);
        v_decref(item);
        if (t < 0) { v_decref(it); return V_NULL; }
        if ((bool)t == want) {
            v_decref(it);
            return v_from_bool(want);
        }
    }
}
static Value bi_any(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    return any_all("any", args, nargs, kwnames, true);
}
static Value bi_all(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    return any_all("all", args, nargs, kwnames, false);
}

static Value bi_sorted(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    if (nargs != 1) return err_format(&Exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
    Value key = V_NONE, rev = V_FALSE;
    if (!v_is_null(kwnames)) {
        int64_t nkw = tuple_size(kwnames);
        if (nkw > 2) return err_format(&Exc_TypeError, "sort() takes at most 2 keyword arguments (%lld given)", (long long)nkw);
        for (int64_t i = 0; i < nkw; i++) {
            Value k = tuple_items(kwnames)[i];
            if (str_eq_cstr(k, "key")) key = args[nargs + (size_t)i];
            else if (str_eq_cstr(k, "reverse")) rev = args[nargs + (size_t)i];
            else return err_format(&Exc_TypeError, "sort() got an unexpected keyword argument '%s'", str_data(k));
        }
    }
    int r = obj_truthy(rev);
    if (r < 0) return V_NULL;
    Value l = list_from_iterable(args[0]);
    if (v_is_null(l)) return V_NULL;
    if (list_sort(l, key == V_NONE ? V_NULL : key, r) < 0) {
        v_decref(l);
        return V_NULL;
    }
    return l;
}

static Value bi_format(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(self);
    if (args_check_positional("format", nargs, kwnames, 1, 2) < 0) return V_NULL;
    Value spec = nargs == 2 ? args[1] : str_intern_cstr("");
    if (!v_is_str(spec))
        return err_format(&Exc_TypeError, "format() argument 2 must be str, not %s", v_type_name(spec));
    return obj_format(args[0], spec);
}

/* ---- the table ---------------------------------------------------------------------------- */

static const struct { const char *name; CFunc fn; } builtin_functions[] = {
    {"print", bi_print}, {"input", bi_input}, {"len", bi_len}, {"repr", bi_repr},
    {"ascii", bi_ascii}, {"abs", bi_abs}, {"hash", bi_hash}, {"id", bi_id},
    {"callable", bi_callable}, {"chr", bi_chr}, {"ord", bi_ord}, {"hex", bi_hex},
    {"oct", bi_oct}, {"bin", bi_bin}, {"divmod", bi_divmod}, {"pow", bi_pow},
    {"round", bi_round}, {"sum", bi_sum}, {"min", bi_min}, {"max", bi_max},
    {"isinstance", bi_isinstance}, {"issubclass", bi_issubclass}, {"getattr", bi_getattr},
    {"hasattr", bi_hasattr}, {"setattr", bi_setattr}, {"delattr", bi_delattr},
    {"globals", bi_globals}, {"locals", bi_locals}, {"vars", bi_vars}, {"dir", bi_dir},
    {"iter", bi_iter}, {"next", bi_next}, {"aiter", bi_aiter}, {"anext", bi_anext}, {"any", bi_any}, {"all", bi_all},
    {"sorted", bi_sorted}, {"format", bi_format},
    {"open", io_open},
    {"exec", builtin_exec}, {"eval", builtin_eval}, {"compile", builtin_compile},
};

int builtins_init(Value d) {
    for (size_t i = 0; i < sizeof builtin_functions / sizeof builtin_functions[0]; i++) {
        Value f = cfunc_new(builtin_functions[i].name, builtin_functions[i].fn, V_NULL);
        if (v_is_null(f)) return -1;
        obj_make_immortal(v_as_obj(f));
        if (dict_set_cstr(d, builtin_functions[i].name, f) < 0) return -1;
    }
    static const struct { const char *name; TypeObject *type; } types[] = {
        {"int", &IntType}, {"float", &FloatType}, {"str", &StrType}, {"bool", &BoolType},
        {"list", &ListType}, {"tuple", &TupleType}, {"dict", &DictType}, {"set", &SetType},
        {"frozenset", &FrozenSetType}, {"range", &RangeType}, {"slice", &SliceType},
        {"bytes", &BytesType}, {"object", &ObjectType}, {"type", &TypeType},
        {"enumerate", &EnumerateType}, {"zip", &ZipType}, {"map", &MapType},
        {"filter", &FilterType}, {"reversed", &ReversedType},
        {"complex", &ComplexType}, {"bytearray", &ByteArrayType},
        {"memoryview", &MemoryViewType},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (dict_set_cstr(d, types[i].name, v_from_obj(types[i].type)) < 0) return -1;
#define ADD_EXC(name, base) \
    if (dict_set_cstr(d, #name, v_from_obj(&Exc_##name)) < 0) return -1;
    EXCEPTION_TYPES(ADD_EXC)
#undef ADD_EXC
    if (dict_set_cstr(d, "IOError", v_from_obj(&Exc_OSError)) < 0) return -1;
    if (dict_set_cstr(d, "EnvironmentError", v_from_obj(&Exc_OSError)) < 0) return -1;
    if (dict_set_cstr(d, "None", V_NONE) < 0) return -1;
    if (dict_set_cstr(d, "True", V_TRUE) < 0) return -1;
    if (dict_set_cstr(d, "False", V_FALSE) < 0) return -1;
    if (dict_set_cstr(d, "Ellipsis", V_ELLIPSIS) < 0) return -1;
    if (dict_set_cstr(d, "NotImplemented", V_NOTIMPL) < 0) return -1;
    if (dict_set_cstr(d, "__debug__", V_TRUE) < 0) return -1;
    return 0;
}

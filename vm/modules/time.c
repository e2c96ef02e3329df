/* time.c: the builtin time module: clocks, sleep, and struct_time with
 * gmtime/localtime/mktime/strftime/asctime/ctime.
 *
 * struct_time behaves as CPython's structseq: a sequence of nine ints
 * (len, indexing, iteration, unpacking, comparison as a tuple) with named
 * fields, plus tm_zone/tm_gmtoff as attributes beyond the sequence. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "abstract.h"
#include "args.h"
#include "descr.h"
#include "dict.h"
#include "errors.h"
#include "floatobject.h"
#include "int.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "../sigint.h"

static bool has_kwargs(Value kw) { return !v_is_null(kw) && tuple_size(kw) > 0; }

static int no_args(const char *name, size_t nargs, Value kw) {
    if (nargs == 0 && !has_kwargs(kw)) return 0;
    char full[48];
    snprintf(full, sizeof full, "time.%s", name);
    if (has_kwargs(kw)) return args_check_positional(full, nargs, kw, 0, 0);
    return args_check_positional(full, nargs, V_NULL, 0, 0);
}

static Value clock_ns(clockid_t id) {
    struct timespec ts;
    if (clock_gettime(id, &ts) < 0) return err_format(&Exc_OSError, "clock_gettime failed");
    return int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

static Value clock_float(clockid_t id) {
    struct timespec ts;
    if (clock_gettime(id, &ts) < 0) return err_format(&Exc_OSError, "clock_gettime failed");
    /* CPython converts the nanosecond count: ns * 1e-9. */
    return v_from_float((double)((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec) * 1e-9);
}

#define CLOCK_PAIR(name, id)                                                              \
    static Value time_##name(Value self, const Value *args, size_t nargs, Value kw) {    \
        if (no_args(#name, nargs, kw) < 0) return V_NULL;                                \
        return clock_float(id);                                                          \
    }                                                                                    \
    static Value time_##name##_ns(Value self, const Value *args, size_t nargs, Value kw) { \
        if (no_args(#name "_ns", nargs, kw) < 0) return V_NULL;                          \
        return clock_ns(id);                                                             \
    }

CLOCK_PAIR(time, CLOCK_REALTIME)
CLOCK_PAIR(monotonic, CLOCK_MONOTONIC)
CLOCK_PAIR(perf_counter, CLOCK_MONOTONIC)
CLOCK_PAIR(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_PAIR(thread_time, CLOCK_THREAD_CPUTIME_ID)

static Value time_sleep(Value self, const Value *args, size_t nargs, Value kw) {
    if (has_kwargs(kw)) return err_format(&Exc_TypeError, "time.sleep() takes no keyword arguments");
    if (nargs != 1)
        return err_format(&Exc_TypeError, "time.sleep() takes exactly one argument (%zu given)", nargs);
    double secs;
    int c = float_coerce(args[0], &secs);
    if (c < 0) return V_NULL;
    if (c == 0)
        return err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          v_type_name(args[0]));
    if (isnan(secs)) return err_format(&Exc_ValueError, "Invalid value NaN (not a number)");
    if (secs < 0) return err_format(&Exc_ValueError, "sleep length must be non-negative");
    if (sigint_sleep_hook) {
        int r = sigint_sleep_hook(secs);   /* other threads run meanwhile */
        if (r != -2) return r < 0 ? V_NULL : V_NONE;
    }
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    double whole = floor(secs);
    deadline.tv_sec += (time_t)whole;
    deadline.tv_nsec += (long)((secs - whole) * 1e9);
    if (deadline.tv_nsec >= 1000000000) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000;
    }
    /* Sleep to an absolute deadline so that signals cannot shorten it. */
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL) == EINTR) {
        if (sigint_check() < 0) return V_NULL;   /* Ctrl-C interrupts the sleep */
    }
    return V_NONE;
}

/* ---- struct_time ------------------------------------------------------------- */

typedef struct StructTimeObject {
    Object ob;
    Value tuple;        /* the 9 fields as a tuple */
    Value zone;         /* str */
    int64_t gmtoff;
} StructTimeObject;

static const char *const st_fields[] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min",
                                        "tm_sec", "tm_wday", "tm_yday", "tm_isdst"};

static void st_dealloc(Object *o) {
    StructTimeObject *s = (StructTimeObject *)o;
    v_decref(s->tuple);
    v_decref(s->zone);
    obj_free(o);
}

static Value st_repr(Value self) {
    StructTimeObject *s = (StructTimeObject *)v_as_obj(self);
    StrBuilder sb;
    sb_init(&sb);
    sb_append_cstr(&sb, "time.struct_time(");
    for (int i = 0; i < 9; i++) {
        Value r = obj_repr(tuple_items(s->tuple)[i]);
        if (v_is_null(r)) {
            sb_discard(&sb);
            return V_NULL;
        }
        sb_printf(&sb, "%s%s=%s", i ? ", " : "", st_fields[i], str_data(r));
        v_decref(r);
    }
    sb_append_char(&sb, ')');
    return sb_finish(&sb);
}

static Value st_getattr(Value self, Value name) {
    StructTimeObject *s = (StructTimeObject *)v_as_obj(self);
    for (int i = 0; i < 9; i++)
        if (str_eq_cstr(name, st_fields[i])) return v_newref(tuple_items(s->tuple)[i]);
    if (str_eq_cstr(name, "tm_zone")) return v_newref(s->zone);
    if (str_eq_cstr(name, "tm_gmtoff")) return int_from_i64(s->gmtoff);
    if (str_eq_cstr(name, "n_fields")) return v_from_smallint(11);
    if (str_eq_cstr(name, "n_sequence_fields")) return v_from_smallint(9);
    return obj_generic_getattr(self, name);
}

static int64_t st_len(Value self) { return 9; }

static Value st_getitem(Value self, Value key) {
    return obj_getitem(((StructTimeObject *)v_as_obj(self))->tuple, key);
}

static Value st_iter(Value self) { return obj_iter(((StructTimeObject *)v_as_obj(self))->tuple); }

static TypeObject StructTimeType;

/* struct_time compares as its tuple of nine fields. */
static Value st_as_tuple(Value v) {
    return v_is_type(v, &StructTimeType) ? ((StructTimeObject *)v_as_obj(v))->tuple : v;
}

static Value st_richcompare(Value a, Value b, int op) {
    return obj_compare(st_as_tuple(a), st_as_tuple(b), op);
}

/* time.struct_time(seq): nine fields from a sequence (used by datetime's
 * timetuple()); tm_zone is None and tm_gmtoff 0 since none was given. */
static Value st_construct(TypeObject *type, const Value *args, size_t nargs, Value kw) {
    if (args_check_positional("struct_time", nargs, kw, 1, 1) < 0) return V_NULL;
    Value t = tuple_from_iterable(args[0]);
    if (v_is_null(t)) return V_NULL;
    if (tuple_size(t) != 9) {
        v_decref(t);
        return err_format(&Exc_TypeError, "time.struct_time() takes a 9-sequence (%d-sequence given)",
                          (int)tuple_size(t));
    }
    StructTimeObject *s = (StructTimeObject *)obj_alloc(type, sizeof *s);
    if (!s) {
        v_decref(t);
        return V_NULL;
    }
    s->tuple = t;
    s->zone = V_NONE;
    s->gmtoff = 0;
    return v_from_obj(s);
}

static TypeObject StructTimeType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "time.struct_time",
    .basicsize = sizeof(StructTimeObject),
    .construct = st_construct,
    .dealloc = st_dealloc,
    .repr = st_repr,
    .getattr = st_getattr,
    .len = st_len,
    .getitem = st_getitem,
    .iter = st_iter,
    .richcompare = st_richcompare,
};

static Value st_new(const struct tm *tm) {
    StructTimeObject *s = (StructTimeObject *)obj_alloc(&StructTimeType, sizeof *s);
    if (!s) return V_NULL;
    s->tuple = V_NULL;        /* s is tracked: tuple_pack may collect */
    s->tuple = tuple_pack(9, v_from_smallint(tm->tm_year + 1900), v_from_smallint(tm->tm_mon + 1),
                          v_from_smallint(tm->tm_mday), v_from_smallint(tm->tm_hour),
                          v_from_smallint(tm->tm_min), v_from_smallint(tm->tm_sec),
                          v_from_smallint((tm->tm_wday + 6) % 7), v_from_smallint(tm->tm_yday + 1),
                          v_from_smallint(tm->tm_isdst));
    s->zone = str_from_cstr(tm->tm_zone ? tm->tm_zone : "");
    s->gmtoff = tm->tm_gmtoff;
    Value v = v_from_obj(s);
    if (v_is_null(s->tuple) || v_is_null(s->zone)) {
        v_decref(v);
        return V_NULL;
    }
    return v;
}

/* A struct_time or 9-sequence back into struct tm (Python -> C field shifts). */
static int tm_from_value(Value v, struct tm *tm) {
    Value t = v_is_ptr(v) && v_type(v) == &StructTimeType ? v_newref(((StructTimeObject *)v_as_obj(v))->tuple)
                                                           : tuple_from_iterable(v);
    if (v_is_null(t)) return -1;
    if (tuple_size(t) != 9) {
        v_decref(t);
        err_format(&Exc_TypeError, "time.struct_time() takes a sequence of length 9");
        return -1;
    }
    int64_t f[9];
    for (int i = 0; i < 9; i++) {
        if (obj_as_index_i64(tuple_items(t)[i], &f[i]) < 0) {
            v_decref(t);
            return -1;
        }
    }
    v_decref(t);
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(f[0] - 1900);
    tm->tm_mon = (int)(f[1] - 1);
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)((f[6] + 1) % 7);
    tm->tm_yday = (int)(f[7] - 1);
    tm->tm_isdst = (int)f[8];
    return 0;
}

static int seconds_arg(const Value *args, size_t nargs, time_t *out) {
    if (nargs == 0 || v_is_none(args[0])) {
        *out = time(NULL);
        return 0;
    }
    double d;
    int c = float_coerce(args[0], &d);
    if (c < 0) return -1;
    if (c == 0) {
        err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", v_type_name(args[0]));
        return -1;
    }
    if (isnan(d)) {
        err_format(&Exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    *out = (time_t)d;
    return 0;
}

static Value time_gmtime(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_check_positional("gmtime", nargs, kw, 0, 1) < 0) return V_NULL;
    time_t t;
    struct tm tm;
    if (seconds_arg(args, nargs, &t) < 0) return V_NULL;
    if (!gmtime_r(&t, &tm)) return err_format(&Exc_OverflowError, "timestamp out of range for platform time_t");
    return st_new(&tm);
}

static Value time_localtime(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_check_positional("localtime", nargs, kw, 0, 1) < 0) return V_NULL;
    time_t t;
    struct tm tm;
    if (seconds_arg(args, nargs, &t) < 0) return V_NULL;
    if (!localtime_r(&t, &tm)) return err_format(&Exc_OverflowError, "timestamp out of range for platform time_t");
    return st_new(&tm);
}

static Value time_mktime(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_check_positional("time.mktime", nargs, kw, 1, 1) < 0) return V_NULL;
    struct tm tm;
    if (tm_from_value(args[0], &tm) < 0) return V_NULL;
    tm.tm_wday = -1;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) return err_format(&Exc_OverflowError, "mktime argument out of range");
    return v_from_float((double)t);
}

static Value time_strftime(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_check_positional("strftime", nargs, kw, 1, 2) < 0) return V_NULL;
    if (!v_is_str(args[0]))
        return err_format(&Exc_TypeError, "strftime() argument 1 must be str, not %s", v_type_name(args[0]));
    struct tm tm;
    if (nargs == 2) {
        if (tm_from_value(args[1], &tm) < 0) return V_NULL;
    } else {
        time_t t = time(NULL);
        localtime_r(&t, &tm);
    }
    const char *fmt = str_data(args[0]);
    if (!*fmt) return str_from_cstr("");
    for (size_t cap = 256;; cap *= 2) {
        char *buf = mem_alloc(cap);
        if (!buf) return err_nomem();
        size_t n = strftime(buf, cap, fmt, &tm);
        if (n > 0 || cap > 256 * strlen(fmt) + 4096) {
            Value r = str_new_checked(buf, n);
            mem_free(buf);
            return r;
        }
        mem_free(buf);
    }
}

static Value format_asctime(const struct tm *tm) {
    static const char wday[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mon[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return str_printf("%s %s%3d %.2d:%.2d:%.2d %d", wday[((tm->tm_wday % 7) + 7) % 7],
                      mon[((tm->tm_mon % 12) + 12) % 12], tm->tm_mday, tm->tm_hour, tm->tm_min,
                      tm->tm_sec, 1900 + tm->tm_year);
}

static Value time_asctime(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_check_positional("asctime", nargs, kw, 0, 1) < 0) return V_NULL;
    struct tm tm;
    if (nargs == 1) {
        if (tm_from_value(args[0], &tm) < 0) return V_NULL;
    } else {
        time_t t = time(NULL);
        localtime_r(&t, &tm);
    }
    return format_asctime(&tm);
}

static Value time_ctime(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_check_positional("ctime", nargs, kw, 0, 1) < 0) return V_NULL;
    time_t t;
    struct tm tm;
    if (seconds_arg(args, nargs, &t) < 0) return V_NULL;
    if (!localtime_r(&t, &tm)) return err_format(&Exc_OverflowError, "timestamp out of range for platform time_t");
    return format_asctime(&tm);
}

static const struct {
    const char *name;
    CFunc fn;
} time_functions[] = {
    {"time", time_time}, {"time_ns", time_time_ns}, {"monotonic", time_monotonic},
    {"monotonic_ns", time_monotonic_ns}, {"perf_counter", time_perf_counter},
    {"perf_counter_ns", time_perf_counter_ns}, {"process_time", time_process_time},
    {"process_time_ns", time_process_time_ns}, {"thread_time", time_thread_time},
    {"thread_time_ns", time_thread_time_ns}, {"sleep", time_sleep}, {"gmtime", time_gmtime},
    {"localtime", time_localtime}, {"mktime", time_mktime}, {"strftime", time_strftime},
    {"asctime", time_asctime}, {"ctime", time_ctime},
};

/* A new time module object. New reference. */
Value module_init_time(void) {
    if (type_ready(&StructTimeType) < 0) return V_NULL;
    Value m = module_new(str_intern_cstr("time"));
    if (v_is_null(m)) return V_NULL;
    Value d = module_dict(m);
    for (size_t i = 0; i < sizeof time_functions / sizeof time_functions[0]; i++) {
        Value f = cfunc_new(time_functions[i].name, time_functions[i].fn, m);
        if (v_is_null(f) || dict_set_cstr(d, time_functions[i].name, f) < 0) {
            v_decref(f);
            v_decref(m);
            return V_NULL;
        }
        v_decref(f);
    }
    /* The C library's idea of the local zone, as CPython's init_timezone. */
    tzset();
    Value z0 = str_from_cstr(tzname[0] ? tzname[0] : "");
    Value z1 = str_from_cstr(tzname[1] ? tzname[1] : "");
    Value names = v_is_null(z0) || v_is_null(z1) ? V_NULL : tuple_pack(2, z0, z1);
    v_decref(z0);
    v_decref(z1);
    int bad = v_is_null(names) || dict_set_cstr(d, "tzname", names) < 0 ||
              dict_set_cstr(d, "timezone", int_from_i64((int64_t)timezone)) < 0 ||
              dict_set_cstr(d, "daylight", v_from_smallint(daylight)) < 0 ||
              dict_set_cstr(d, "struct_time", v_from_obj(&StructTimeType)) < 0;
    v_decref(names);
    if (bad) {
        v_decref(m);
        return V_NULL;
    }
    return m;
}

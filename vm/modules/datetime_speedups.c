/* datetime_speedups.c: the _datetime_speedups module, C fast paths for
 * lib/datetime.py.
 *
 * lib/datetime.py keeps timedelta, date and datetime as __slots__ classes;
 * init() hands this module the three classes, and the kernels here read
 * and write those slots at the offsets the class layouts give them.
 *
 * Every kernel does only the common case: receivers and operands of the
 * exact classes (never a subclass), fields that are small ints, no tzinfo
 * where one would matter, intermediate values that fit in int64 and results
 * inside the supported range. Anything else calls the Python method it
 * replaced (or returns None to the Python caller) before touching any
 * state, so every error and every unusual case behaves exactly as the
 * Python code does. */
#include <stdio.h>
#include <time.h>
#include "stdmod.h"
#include "../abstract.h"
#include "../classobj.h"
#include "../int.h"

/* ---- state given by init() ---------------------------------------------- */

static TypeObject *td_type, *date_type, *dt_type;   /* references held */
static int64_t td_off, date_off, dt_off;            /* first-slot offsets */
static bool ready, installed;

/* timedelta.__slots__ */
enum { T_US, T_DAYS, T_SECONDS, T_MICRO, T_HASH };
/* date.__slots__ (datetime instances start with them too) */
enum { D_YEAR, D_MONTH, D_DAY, D_HASH };
/* datetime's own __slots__ */
enum { X_HOUR, X_MINUTE, X_SECOND, X_MICRO, X_TZ, X_FOLD };

#define US_PER_DAY 86400000000LL
#define MAX_ORDINAL 3652059LL
#define MAX_TD_DAYS 999999999LL

static inline Value *tslots(Value v) { return (Value *)((char *)v_as_obj(v) + td_off); }
static inline Value *dslots(Value v) { return (Value *)((char *)v_as_obj(v) + date_off); }
static inline Value *xslots(Value v) { return (Value *)((char *)v_as_obj(v) + dt_off); }

static inline bool is_exact(Value v, TypeObject *t) {
    return v_is_ptr(v) && v_as_obj(v)->type == t;
}

/* ---- calendar arithmetic (proleptic Gregorian; ordinal 1 = 0001-01-01) --- */

static const int days_before_month[13] = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
static const int days_in_month[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

static inline bool is_leap(int64_t y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

static inline int64_t ymd2ord(int64_t y, int64_t m, int64_t d) {
    int64_t p = y - 1;
    return p * 365 + p / 4 - p / 100 + p / 400 + days_before_month[m] + (m > 2 && is_leap(y)) + d;
}

/* 1 <= n */
static void ord2ymd(int64_t n, int64_t *y, int64_t *m, int64_t *d) {
    n -= 1;
    int64_t c400 = n / 146097; n %= 146097;
    int64_t c100 = n / 36524; n %= 36524;
    int64_t c4 = n / 1461; n %= 1461;
    int64_t c1 = n / 365; n %= 365;
    int64_t yy = c400 * 400 + c100 * 100 + c4 * 4 + c1 + 1;
    if (c100 == 4 || c1 == 4) {
        *y = yy - 1; *m = 12; *d = 31;
        return;
    }
    /* n: day of the year, 0-based; guess the month from it, then correct */
    int leap = is_leap(yy);
    int64_t mm = (n + 50) >> 5;
    int64_t before = days_before_month[mm] + (mm > 2 && leap);
    if (before > n) {
        mm--;
        before -= days_in_month[mm] + (mm == 2 && leap);
    }
    *y = yy; *m = mm; *d = n - before + 1;
}

static inline int64_t floordiv(int64_t a, int64_t b, int64_t *rem) {
    int64_t q = a / b, r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) { q--; r += b; }
    *rem = r;
    return q;
}

/* the small-int values of n slots, false if one is not a small int */
static inline bool small_fields(const Value *s, int n, int64_t *out) {
    for (int i = 0; i < n; i++) {
        if (!v_is_smallint(s[i])) return false;
        out[i] = v_as_smallint(s[i]);
    }
    return true;
}

/* ---- object construction ------------------------------------------------- */

/* a timedelta of us microseconds; V_NONE when out of timedelta's range (the
 * caller then takes the Python path, which raises) */
static Value make_td(int64_t us) {
    int64_t rest, s;
    int64_t d = floordiv(us, US_PER_DAY, &rest);
    if (d < -MAX_TD_DAYS || d > MAX_TD_DAYS) return V_NONE;
    s = rest / 1000000;
    Object *o = obj_alloc(td_type, td_type->basicsize);
    if (!o) return V_NULL;
    Value *sl = (Value *)((char *)o + td_off);
    sl[T_US] = int_from_i64(us);
    sl[T_DAYS] = v_from_smallint(d);
    sl[T_SECONDS] = v_from_smallint(s);
    sl[T_MICRO] = v_from_smallint(rest % 1000000);
    sl[T_HASH] = v_from_smallint(-1);
    if (v_is_null(sl[T_US])) {
        v_decref(v_from_obj(o));
        return V_NULL;
    }
    return v_from_obj(o);
}

static Value make_date(int64_t y, int64_t m, int64_t d) {
    Object *o = obj_alloc(date_type, date_type->basicsize);
    if (!o) return V_NULL;
    Value *sl = (Value *)((char *)o + date_off);
    sl[D_YEAR] = v_from_smallint(y);
    sl[D_MONTH] = v_from_smallint(m);
    sl[D_DAY] = v_from_smallint(d);
    sl[D_HASH] = v_from_smallint(-1);
    return v_from_obj(o);
}

/* tz: borrowed (None or a tzinfo) */
static Value make_dt(const int64_t f[7], Value tz) {
    Object *o = obj_alloc(dt_type, dt_type->basicsize);
    if (!o) return V_NULL;
    Value *sl = (Value *)((char *)o + date_off);
    sl[D_YEAR] = v_from_smallint(f[0]);
    sl[D_MONTH] = v_from_smallint(f[1]);
    sl[D_DAY] = v_from_smallint(f[2]);
    sl[D_HASH] = v_from_smallint(-1);
    Value *x = (Value *)((char *)o + dt_off);
    x[X_HOUR] = v_from_smallint(f[3]);
    x[X_MINUTE] = v_from_smallint(f[4]);
    x[X_SECOND] = v_from_smallint(f[5]);
    x[X_MICRO] = v_from_smallint(f[6]);
    x[X_TZ] = v_newref(tz);
    x[X_FOLD] = v_from_smallint(0);
    return v_from_obj(o);
}

/* ---- the slow paths: the Python methods the C ones replaced -------------- */

enum { S_TD_NEW, S_DATE_ADD, S_DATE_RADD, S_DATE_WEEKDAY, S_DATE_TOORD, S_DATE_ISO,
       S_DATE_STRFTIME, S_DT_ADD, S_DT_RADD, S_DT_ISO, S_DT_STR, S_DT_STRFTIME, S_DT_NOW,
       S_COUNT };
static Value slow[S_COUNT];

static Value call_slow(int which, Value self, const Value *args, size_t nargs, Value kwnames) {
    return obj_call_with_first(slow[which], self, args, nargs, kwnames);
}

/* ---- timedelta(...) -------------------------------------------------------- */

/* parameter order of timedelta.__new__ and each one's microseconds */
static const char *const td_names[7] = {"days", "seconds", "microseconds", "milliseconds",
                                        "minutes", "hours", "weeks"};
static const int64_t td_mul[7] = {US_PER_DAY, 1000000, 1, 1000, 60000000, 3600000000LL,
                                  7 * US_PER_DAY};
static Value td_name_strs[7];

/* new(cls, *args, **kwargs): timedelta.__new__ (a staticmethod) */
static Value sp_td_new(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    size_t nkw = v_is_null(kwnames) ? 0 : (size_t)tuple_size(kwnames);
    if (nargs >= 1 && nargs <= 8 && args[0] == v_from_obj(td_type)) {
        int64_t v[7] = {0, 0, 0, 0, 0, 0, 0};
        bool seen[7] = {false, false, false, false, false, false, false};
        bool ok = true;
        for (size_t i = 1; i < nargs && ok; i++) {
            if (!v_is_smallint(args[i])) ok = false;
            else { v[i - 1] = v_as_smallint(args[i]); seen[i - 1] = true; }
        }
        for (size_t k = 0; k < nkw && ok; k++) {
            Value name = tuple_items(kwnames)[k], val = args[nargs + k];
            int j = 0;
            while (j < 7 && name != td_name_strs[j]) j++;
            if (j == 7 || seen[j] || !v_is_smallint(val)) ok = false;
            else { v[j] = v_as_smallint(val); seen[j] = true; }
        }
        if (ok) {
            int64_t us = 0, t;
            for (int j = 0; j < 7 && ok; j++) {
                if (__builtin_mul_overflow(v[j], td_mul[j], &t) || __builtin_add_overflow(us, t, &us))
                    ok = false;
            }
            if (ok) {
                Value r = make_td(us);
                if (r != V_NONE) return r;
            }
        }
    }
    return obj_call(slow[S_TD_NEW], args, nargs, kwnames);
}

/* ---- date's methods ---------------------------------------------------------- */

/* the (year, month, day) of an exact date or datetime with small-int fields */
static inline bool date_fields(Value d, int64_t f[3]) {
    if (!v_is_ptr(d)) return false;
    TypeObject *t = v_as_obj(d)->type;
    if (t != date_type && t != dt_type) return false;
    return small_fields(dslots(d), 3, f);
}

/* the microseconds of an exact timedelta, if they fit in int64 */
static inline bool td_us(Value td, int64_t *us) {
    if (!is_exact(td, td_type)) return false;
    Value u = tslots(td)[T_US];
    if (v_is_smallint(u)) {
        *us = v_as_smallint(u);
        return true;
    }
    if (!v_is_int(u)) return false;
    if (int_as_i64(u, us) < 0) {
        err_clear();
        return false;
    }
    return true;
}

static Value date_add_kernel(Value self, Value other) {
    int64_t f[3];
    if (!is_exact(self, date_type) || !date_fields(self, f) || !is_exact(other, td_type)) return V_NONE;
    Value dd = tslots(other)[T_DAYS];
    if (!v_is_smallint(dd)) return V_NONE;
    int64_t o = ymd2ord(f[0], f[1], f[2]) + v_as_smallint(dd);
    if (o <= 0 || o > MAX_ORDINAL) return V_NONE;
    int64_t y, m, d;
    ord2ymd(o, &y, &m, &d);
    return make_date(y, m, d);
}

static Value m_date_add(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs == 1 && v_is_null(kwnames)) {
        Value r = date_add_kernel(self, args[0]);
        if (r != V_NONE) return r;
    }
    return call_slow(S_DATE_ADD, self, args, nargs, kwnames);
}

static Value m_date_radd(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs == 1 && v_is_null(kwnames)) {
        Value r = date_add_kernel(self, args[0]);
        if (r != V_NONE) return r;
    }
    return call_slow(S_DATE_RADD, self, args, nargs, kwnames);
}

static Value m_date_weekday(Value self, const Value *args, size_t nargs, Value kwnames) {
    int64_t f[3];
    if (nargs == 0 && v_is_null(kwnames) && date_fields(self, f))
        return v_from_smallint((ymd2ord(f[0], f[1], f[2]) + 6) % 7);
    return call_slow(S_DATE_WEEKDAY, self, args, nargs, kwnames);
}

static Value m_date_toordinal(Value self, const Value *args, size_t nargs, Value kwnames) {
    int64_t f[3];
    if (nargs == 0 && v_is_null(kwnames) && date_fields(self, f))
        return v_from_smallint(ymd2ord(f[0], f[1], f[2]));
    return call_slow(S_DATE_TOORD, self, args, nargs, kwnames);
}

static Value m_date_isoformat(Value self, const Value *args, size_t nargs, Value kwnames) {
    int64_t f[3];
    if (nargs == 0 && v_is_null(kwnames) && is_exact(self, date_type) && date_fields(self, f)) {
        char buf[48];
        int n = snprintf(buf, sizeof buf, "%04d-%02d-%02d", (int)f[0], (int)f[1], (int)f[2]);
        return str_new(buf, (size_t)n);
    }
    return call_slow(S_DATE_ISO, self, args, nargs, kwnames);
}

/* ---- datetime's methods ------------------------------------------------------ */

/* the 7 fields of an exact datetime with small-int fields */
static inline bool dt_fields(Value d, int64_t f[7]) {
    return is_exact(d, dt_type) && small_fields(dslots(d), 3, f) && small_fields(xslots(d), 4, f + 3);
}

static Value dt_add_kernel(Value self, Value other) {
    int64_t f[7], delta;
    if (!dt_fields(self, f) || !td_us(other, &delta)) return V_NONE;
    int64_t us = ((ymd2ord(f[0], f[1], f[2]) * 86400 + f[3] * 3600 + f[4] * 60 + f[5]) * 1000000) + f[6];
    if (__builtin_add_overflow(us, delta, &us)) return V_NONE;
    int64_t rest;
    int64_t o = floordiv(us, US_PER_DAY, &rest);
    if (o <= 0 || o > MAX_ORDINAL) return V_NONE;
    int64_t r[7];
    ord2ymd(o, &r[0], &r[1], &r[2]);
    r[6] = rest % 1000000;
    rest /= 1000000;
    r[5] = rest % 60;
    rest /= 60;
    r[4] = rest % 60;
    r[3] = rest / 60;
    return make_dt(r, xslots(self)[X_TZ]);
}

static Value m_dt_add(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs == 1 && v_is_null(kwnames)) {
        Value r = dt_add_kernel(self, args[0]);
        if (r != V_NONE) return r;
    }
    return call_slow(S_DT_ADD, self, args, nargs, kwnames);
}

static Value m_dt_radd(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs == 1 && v_is_null(kwnames)) {
        Value r = dt_add_kernel(self, args[0]);
        if (r != V_NONE) return r;
    }
    return call_slow(S_DT_RADD, self, args, nargs, kwnames);
}

/* isoformat of a naive exact datetime, sep an ASCII character */
static Value dt_iso_kernel(Value self, char sep) {
    int64_t f[7];
    if (!dt_fields(self, f) || xslots(self)[X_TZ] != V_NONE) return V_NONE;
    char buf[64];
    int n;
    if (f[6])
        n = snprintf(buf, sizeof buf, "%04d-%02d-%02d%c%02d:%02d:%02d.%06d", (int)f[0], (int)f[1],
                     (int)f[2], sep, (int)f[3], (int)f[4], (int)f[5], (int)f[6]);
    else
        n = snprintf(buf, sizeof buf, "%04d-%02d-%02d%c%02d:%02d:%02d", (int)f[0], (int)f[1],
                     (int)f[2], sep, (int)f[3], (int)f[4], (int)f[5]);
    return str_new(buf, (size_t)n);
}

static Value m_dt_isoformat(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs == 0 && v_is_null(kwnames)) {
        Value r = dt_iso_kernel(self, 'T');
        if (r != V_NONE) return r;
    }
    return call_slow(S_DT_ISO, self, args, nargs, kwnames);
}

static Value m_dt_str(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs == 0 && v_is_null(kwnames)) {
        Value r = dt_iso_kernel(self, ' ');
        if (r != V_NONE) return r;
    }
    return call_slow(S_DT_STR, self, args, nargs, kwnames);
}

/* ---- now ------------------------------------------------------------------------ */

/* now(utc): the current local (utc false) or UTC time as a naive exact
 * datetime, microseconds truncated (as CPython's datetime.now()); None when
 * the C library cannot convert it (the caller takes the Python path). */
static Value sp_now(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_no_kwargs("now", kwnames) < 0 || mod_check_nargs("now", nargs, 1, 1) < 0) return V_NULL;
    if (!ready) return V_NONE;
    struct timespec ts;
    if (clock_gettime(CLOCK_REALTIME, &ts) != 0) return V_NONE;
    struct tm tm;
    time_t t = ts.tv_sec;
    if (!(obj_truthy(args[0]) > 0 ? gmtime_r(&t, &tm) : localtime_r(&t, &tm))) return V_NONE;
    int64_t f[7] = {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
                    tm.tm_sec > 59 ? 59 : tm.tm_sec, ts.tv_nsec / 1000};
    if (f[0] < 1 || f[0] > 9999) return V_NONE;
    return make_dt(f, V_NONE);
}

/* ---- strftime ------------------------------------------------------------------ */

static const char *const day_abbr[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
static const char *const day_full[7] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                        "Friday", "Saturday", "Sunday"};
static const char *const month_abbr[13] = {"", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
static const char *const month_full[13] = {"", "January", "February", "March", "April", "May",
                                           "June", "July", "August", "September", "October",
                                           "November", "December"};

/* fmt expanded for the naive fields f (year .. microsecond) as
 * datetime.py's _wrap_strftime does; V_NONE for a directive this kernel
 * leaves to it (%G, %V, %z, %Z) */
static Value strftime_kernel(const int64_t f[7], Value fmt) {
    const char *p = str_data(fmt);
    size_t n = (size_t)str_nbytes(fmt);
    size_t cap = n * 13 + 16;
    char sbuf[512];
    char *out = cap <= sizeof sbuf ? sbuf : mem_alloc(cap);
    if (!out) {
        err_nomem();
        return V_NULL;
    }
    int y = (int)f[0], mo = (int)f[1], d = (int)f[2], h = (int)f[3], mi = (int)f[4], sec = (int)f[5];
    int us = (int)f[6];
    int64_t ord = ymd2ord(y, mo, d);
    int wd = (int)((ord + 6) % 7);
    int yday = (int)(ord - ymd2ord(y, 1, 1) + 1);
    size_t o = 0;
    Value result = V_NONE;
    for (size_t i = 0; i < n;) {
        char c = p[i++];
        if (c != '%' || i >= n) {
            out[o++] = c;
            continue;
        }
        c = p[i++];
        char *w = out + o;
        size_t room = cap - o;
        int k;
        switch (c) {
        case 'Y': k = snprintf(w, room, "%d", y); break;
        case 'm': k = snprintf(w, room, "%02d", mo); break;
        case 'd': k = snprintf(w, room, "%02d", d); break;
        case 'e': k = snprintf(w, room, "%2d", d); break;
        case 'H': k = snprintf(w, room, "%02d", h); break;
        case 'I': k = snprintf(w, room, "%02d", (h + 11) % 12 + 1); break;
        case 'M': k = snprintf(w, room, "%02d", mi); break;
        case 'S': k = snprintf(w, room, "%02d", sec); break;
        case 'f': k = snprintf(w, room, "%06d", us); break;
        case 'a': k = snprintf(w, room, "%s", day_abbr[wd]); break;
        case 'A': k = snprintf(w, room, "%s", day_full[wd]); break;
        case 'b': case 'h': k = snprintf(w, room, "%s", month_abbr[mo]); break;
        case 'B': k = snprintf(w, room, "%s", month_full[mo]); break;
        case 'j': k = snprintf(w, room, "%03d", yday); break;
        case 'p': k = snprintf(w, room, "%s", h < 12 ? "AM" : "PM"); break;
        case 'y': k = snprintf(w, room, "%02d", y % 100); break;
        case 'C': k = snprintf(w, room, "%02d", y / 100); break;
        case 'w': k = snprintf(w, room, "%d", (wd + 1) % 7); break;
        case 'u': k = snprintf(w, room, "%d", wd + 1); break;
        case 'U': k = snprintf(w, room, "%02d", (yday + 6 - (wd + 1) % 7) / 7); break;
        case 'W': k = snprintf(w, room, "%02d", (yday + 6 - wd) / 7); break;
        case 'c':
            k = snprintf(w, room, "%s %s %2d %02d:%02d:%02d %d", day_abbr[wd], month_abbr[mo], d, h,
                         mi, sec, y);
            break;
        case 'x': case 'D': k = snprintf(w, room, "%02d/%02d/%02d", mo, d, y % 100); break;
        case 'X': case 'T': k = snprintf(w, room, "%02d:%02d:%02d", h, mi, sec); break;
        case 'F': k = snprintf(w, room, "%d-%02d-%02d", y, mo, d); break;
        case 'R': k = snprintf(w, room, "%02d:%02d", h, mi); break;
        case 'n': *w = '\n'; k = 1; break;
        case 't': *w = '\t'; k = 1; break;
        case '%': *w = '%'; k = 1; break;
        case 'G': case 'V': case 'z': case 'Z': goto done;
        default:
            /* '%' and the character after it, copied as they are */
            *w = '%';
            k = 1;
            i--;
            break;
        }
        o += (size_t)k;
    }
    result = str_new(out, o);
done:
    if (out != sbuf) mem_free(out);
    return result;
}

/* the fields of an exact date (time 00:00) or naive exact datetime */
static bool naive_fields(Value self, int64_t f[7]) {
    if (is_exact(self, date_type)) {
        f[3] = f[4] = f[5] = f[6] = 0;
        return small_fields(dslots(self), 3, f);
    }
    return dt_fields(self, f) && xslots(self)[X_TZ] == V_NONE;
}

static Value m_strftime(int which, Value self, const Value *args, size_t nargs, Value kwnames) {
    int64_t f[7];
    if (nargs == 1 && v_is_null(kwnames) && v_is_str(args[0]) && naive_fields(self, f) &&
        f[0] >= 1 && f[0] <= 9999 && f[1] >= 1 && f[1] <= 12) {
        Value r = strftime_kernel(f, args[0]);
        if (r != V_NONE) return r;
    }
    return call_slow(which, self, args, nargs, kwnames);
}

static Value m_date_strftime(Value self, const Value *args, size_t nargs, Value kwnames) {
    return m_strftime(S_DATE_STRFTIME, self, args, nargs, kwnames);
}

static Value m_dt_strftime(Value self, const Value *args, size_t nargs, Value kwnames) {
    return m_strftime(S_DT_STRFTIME, self, args, nargs, kwnames);
}

/* datetime.now(tz=None) as a C class method (self: the class) */
static Value m_dt_now(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (self == v_from_obj(dt_type) && v_is_null(kwnames) && (nargs == 0 || (nargs == 1 && args[0] == V_NONE))) {
        Value a = V_FALSE;
        Value r = sp_now(V_NULL, &a, 1, V_NULL);
        if (r != V_NONE) return r;
    }
    return call_slow(S_DT_NOW, self, args, nargs, kwnames);
}

/* ---- set-up ------------------------------------------------------------------- */

typedef struct {
    TypeObject **owner;
    const char *name;
    int slow;
    CFunc fn;
    int flags;
} Install;

static const Install installs[] = {
    {&date_type, "__add__", S_DATE_ADD, m_date_add, 0},
    {&date_type, "__radd__", S_DATE_RADD, m_date_radd, 0},
    {&date_type, "weekday", S_DATE_WEEKDAY, m_date_weekday, 0},
    {&date_type, "toordinal", S_DATE_TOORD, m_date_toordinal, 0},
    {&date_type, "isoformat", S_DATE_ISO, m_date_isoformat, 0},
    {&dt_type, "__add__", S_DT_ADD, m_dt_add, 0},
    {&dt_type, "__radd__", S_DT_RADD, m_dt_radd, 0},
    {&dt_type, "isoformat", S_DT_ISO, m_dt_isoformat, 0},
    {&dt_type, "__str__", S_DT_STR, m_dt_str, 0},
    {&date_type, "strftime", S_DATE_STRFTIME, m_date_strftime, 0},
    {&dt_type, "strftime", S_DT_STRFTIME, m_dt_strftime, 0},
    {&dt_type, "now", S_DT_NOW, m_dt_now, METH_CLASS},
};
#define N_INSTALLS (sizeof installs / sizeof installs[0])
static MethodDef install_defs[N_INSTALLS];

/* init(timedelta, date, datetime, timedelta_new, now): installs the C
 * methods (the Python ones become their slow paths; timedelta_new is the
 * Python __new__ td_new() falls back to, now the function of the class
 * method datetime.now). True when the fast paths are enabled. */
static Value sp_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_no_kwargs("init", kwnames) < 0 || mod_check_nargs("init", nargs, 5, 5) < 0)
        return V_NULL;
    if (ready || installed) return V_FALSE;
    if (!v_is_class(args[0]) || !v_is_class(args[1]) || !v_is_class(args[2])) return V_FALSE;
    TypeObject *tt = (TypeObject *)v_as_obj(args[0]);
    TypeObject *dat = (TypeObject *)v_as_obj(args[1]);
    TypeObject *dtt = (TypeObject *)v_as_obj(args[2]);
    int64_t toff = heaptype_slots_offset(tt, 5), doff = heaptype_slots_offset(dat, 4), xoff = heaptype_slots_offset(dtt, 6);
    if (toff < 0 || doff < 0 || xoff < 0) return V_FALSE;
    /* instances are exactly their slots; datetime's follow date's */
    if (tt->dictoffset || (int64_t)tt->basicsize != toff + 5 * (int64_t)sizeof(Value)) return V_FALSE;
    if (dat->dictoffset || (int64_t)dat->basicsize != doff + 4 * (int64_t)sizeof(Value)) return V_FALSE;
    if (dtt->dictoffset || xoff != doff + 4 * (int64_t)sizeof(Value) ||
        (int64_t)dtt->basicsize != xoff + 6 * (int64_t)sizeof(Value)) return V_FALSE;
    td_type = tt;
    date_type = dat;
    dt_type = dtt;
    td_off = toff;
    date_off = doff;
    dt_off = xoff;
    v_incref(args[0]);
    v_incref(args[1]);
    v_incref(args[2]);
    for (int j = 0; j < 7; j++) td_name_strs[j] = str_intern_cstr(td_names[j]);
    for (size_t i = 0; i < N_INSTALLS; i++) {
        Value f = dict_get_str((*installs[i].owner)->dict, str_intern_cstr(installs[i].name));
        if (v_is_null(f)) return V_FALSE;
    }
    ready = true;
    slow[S_TD_NEW] = v_newref(args[3]);
    for (size_t i = 0; i < N_INSTALLS; i++) {
        TypeObject *owner = *installs[i].owner;
        Value name = str_intern_cstr(installs[i].name);
        slow[installs[i].slow] = installs[i].flags & METH_CLASS ? v_newref(args[4])
                                                                : v_newref(dict_get_str(owner->dict, name));
        install_defs[i] = (MethodDef){installs[i].name, installs[i].fn, installs[i].flags, NULL};
    }
    installed = true;
    for (size_t i = 0; i < N_INSTALLS; i++) {
        TypeObject *owner = *installs[i].owner;
        Value d = method_descr_new(&install_defs[i], owner);
        if (v_is_null(d)) return V_NULL;
        int r = obj_setattr(v_from_obj(owner), str_intern_cstr(installs[i].name), d);
        v_decref(d);
        if (r < 0) return V_NULL;
    }
    return V_TRUE;
}

static const MethodDef sp_functions[] = {
    {"init", sp_init, 0, NULL},
    {"td_new", sp_td_new, 0, NULL},
    {"now", sp_now, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value module_init_datetime_speedups(void) {
    return mod_create("_datetime_speedups", sp_functions);
}

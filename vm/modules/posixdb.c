/* posixdb.c: _posixdb, the C half of lib/pwd.py, lib/grp.py and
 * lib/resource.py: the password and group databases and resource limits
 * and usage as plain tuples (the Python modules make them struct_passwd,
 * struct_group, struct_rusage). */
#define _GNU_SOURCE
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <unistd.h>
#include "io.h"
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../int.h"
#include "../list.h"
#include "../unicode_util.h"

static Value fs_str(const char *s) {
    if (!s) return V_NONE;
    return codec_decode(s, strlen(s), "utf-8", "surrogateescape");
}

static Value passwd_tuple(const struct passwd *p) {
    Value t = tuple_new(7);
    if (v_is_null(t)) return V_NULL;
    Value *it = tuple_items(t);
    it[0] = fs_str(p->pw_name);
    it[1] = fs_str(p->pw_passwd);
    it[2] = int_from_i64((int64_t)p->pw_uid);
    it[3] = int_from_i64((int64_t)p->pw_gid);
    it[4] = fs_str(p->pw_gecos);
    it[5] = fs_str(p->pw_dir);
    it[6] = fs_str(p->pw_shell);
    for (int i = 0; i < 7; i++)
        if (v_is_null(it[i])) {
            for (int k = 0; k < 7; k++)
                if (v_is_null(it[k])) it[k] = V_NONE;
            v_decref(t);
            return V_NULL;
        }
    return t;
}

static Value group_tuple(const struct group *g) {
    Value mem = list_new(0);
    if (v_is_null(mem)) return V_NULL;
    for (char **m = g->gr_mem; m && *m; m++) {
        Value s = fs_str(*m);
        if (v_is_null(s) || list_append(mem, s) < 0) {
            v_decref(s);
            v_decref(mem);
            return V_NULL;
        }
        v_decref(s);
    }
    Value t = tuple_new(4);
    if (v_is_null(t)) {
        v_decref(mem);
        return V_NULL;
    }
    Value *it = tuple_items(t);
    it[0] = fs_str(g->gr_name);
    it[1] = fs_str(g->gr_passwd);
    it[2] = int_from_i64((int64_t)g->gr_gid);
    it[3] = mem;
    for (int i = 0; i < 3; i++)
        if (v_is_null(it[i])) {
            for (int k = 0; k < 3; k++)
                if (v_is_null(it[k])) it[k] = V_NONE;
            v_decref(t);
            return V_NULL;
        }
    return t;
}

static int id_arg(Value v, int64_t *out) {
    if (v_is_float(v)) {
        err_format(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    return obj_as_index_i64(v, out);
}

/* getpwuid(uid) / getpwnam(name) / getgrgid(gid) / getgrnam(name):
 * the entry tuple, or None when there is none (the Python side raises
 * KeyError with CPython's message). */
static Value p_getpwuid(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("getpwuid", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t uid;
    if (id_arg(args[0], &uid) < 0) return V_NULL;
    if (uid < -1 || uid > 0xFFFFFFFFll) return V_NONE;
    errno = 0;
    struct passwd *p = getpwuid((uid_t)uid);
    return p ? passwd_tuple(p) : V_NONE;
}

static Value p_getpwnam(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("getpwnam", nargs, kwnames, 1, 1) < 0) return V_NULL;
    if (!v_is_str(args[0])) return err_format(&Exc_TypeError, "getpwnam() argument must be str, not %s",
                                              v_type_name(args[0]));
    if (strlen(str_data(args[0])) != (size_t)str_nbytes(args[0]))
        return err_format(&Exc_ValueError, "embedded null character");
    struct passwd *p = getpwnam(str_data(args[0]));
    return p ? passwd_tuple(p) : V_NONE;
}

static Value p_getpwall(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (mod_positional("getpwall", nargs, kwnames, 0, 0) < 0) return V_NULL;
    Value l = list_new(0);
    if (v_is_null(l)) return V_NULL;
    setpwent();
    struct passwd *p;
    while ((p = getpwent())) {
        Value t = passwd_tuple(p);
        if (v_is_null(t) || list_append(l, t) < 0) {
            v_decref(t);
            v_decref(l);
            endpwent();
            return V_NULL;
        }
        v_decref(t);
    }
    endpwent();
    return l;
}

static Value p_getgrgid(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("getgrgid", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t gid;
    if (id_arg(args[0], &gid) < 0) return V_NULL;
    if (gid < -1 || gid > 0xFFFFFFFFll) return V_NONE;
    struct group *g = getgrgid((gid_t)gid);
    return g ? group_tuple(g) : V_NONE;
}

static Value p_getgrnam(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("getgrnam", nargs, kwnames, 1, 1) < 0) return V_NULL;
    if (!v_is_str(args[0])) return err_format(&Exc_TypeError, "getgrnam() argument must be str, not %s",
                                              v_type_name(args[0]));
    if (strlen(str_data(args[0])) != (size_t)str_nbytes(args[0]))
        return err_format(&Exc_ValueError, "embedded null character");
    struct group *g = getgrnam(str_data(args[0]));
    return g ? group_tuple(g) : V_NONE;
}

static Value p_getgrall(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (mod_positional("getgrall", nargs, kwnames, 0, 0) < 0) return V_NULL;
    Value l = list_new(0);
    if (v_is_null(l)) return V_NULL;
    setgrent();
    struct group *g;
    while ((g = getgrent())) {
        Value t = group_tuple(g);
        if (v_is_null(t) || list_append(l, t) < 0) {
            v_decref(t);
            v_decref(l);
            endgrent();
            return V_NULL;
        }
        v_decref(t);
    }
    endgrent();
    return l;
}

/* ---- resource ---- */

static Value rlim_value(rlim_t v) {
    if (v == RLIM_INFINITY) return v_from_smallint(-1);
    return int_from_u64((uint64_t)v);
}

static int rlim_of(Value v, rlim_t *out) {
    int64_t x;
    if (id_arg(v, &x) < 0) return -1;
    *out = x < 0 ? RLIM_INFINITY : (rlim_t)x;
    return 0;
}

static int resource_arg(Value v, int *out) {
    int64_t r;
    if (id_arg(v, &r) < 0) return -1;
    if (r < 0 || r >= RLIM_NLIMITS) {
        err_format(&Exc_ValueError, "invalid resource specified");
        return -1;
    }
    *out = (int)r;
    return 0;
}

static Value p_getrlimit(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("getrlimit", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int res;
    if (resource_arg(args[0], &res) < 0) return V_NULL;
    struct rlimit rl;
    if (getrlimit(res, &rl) < 0) return io_raise_errno(errno, V_NULL);
    Value a = rlim_value(rl.rlim_cur), b = rlim_value(rl.rlim_max);
    Value t = (v_is_null(a) || v_is_null(b)) ? V_NULL : tuple_pack(2, a, b);
    v_decref(a);
    v_decref(b);
    return t;
}

static Value p_setrlimit(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("setrlimit", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int res;
    if (resource_arg(args[0], &res) < 0) return V_NULL;
    Value seq = list_from_iterable(args[1]);
    if (v_is_null(seq)) return V_NULL;
    if (list_size(seq) != 2) {
        v_decref(seq);
        return err_format(&Exc_ValueError, "expected a tuple of 2 integers");
    }
    struct rlimit rl;
    int r = rlim_of(list_items(seq)[0], &rl.rlim_cur);
    if (r == 0) r = rlim_of(list_items(seq)[1], &rl.rlim_max);
    v_decref(seq);
    if (r < 0) return V_NULL;
    if (setrlimit(res, &rl) < 0) {
        if (errno == EINVAL) return err_format(&Exc_ValueError, "current limit exceeds maximum limit");
        if (errno == EPERM) return err_format(&Exc_ValueError, "not allowed to raise maximum limit");
        return io_raise_errno(errno, V_NULL);
    }
    return V_NONE;
}

static Value p_getrusage(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("getrusage", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t who;
    if (id_arg(args[0], &who) < 0) return V_NULL;
    struct rusage ru;
    if (getrusage((int)who, &ru) < 0) {
        if (errno == EINVAL) return err_format(&Exc_ValueError, "invalid who parameter");
        return io_raise_errno(errno, V_NULL);
    }
    Value t = tuple_new(16);
    if (v_is_null(t)) return V_NULL;
    Value *it = tuple_items(t);
    it[0] = v_from_float((double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec * 1e-6);
    it[1] = v_from_float((double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec * 1e-6);
    long vals[14] = {ru.ru_maxrss, ru.ru_ixrss, ru.ru_idrss, ru.ru_isrss, ru.ru_minflt, ru.ru_majflt,
                     ru.ru_nswap, ru.ru_inblock, ru.ru_oublock, ru.ru_msgsnd, ru.ru_msgrcv, ru.ru_nsignals,
                     ru.ru_nvcsw, ru.ru_nivcsw};
    for (int i = 0; i < 14; i++) it[2 + i] = int_from_i64(vals[i]);
    return t;
}

static Value p_getpagesize(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (mod_positional("getpagesize", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return v_from_smallint(sysconf(_SC_PAGESIZE));
}

static const MethodDef posixdb_functions[] = {
    {"getpwuid", p_getpwuid, 0, NULL},
    {"getpwnam", p_getpwnam, 0, NULL},
    {"getpwall", p_getpwall, 0, NULL},
    {"getgrgid", p_getgrgid, 0, NULL},
    {"getgrnam", p_getgrnam, 0, NULL},
    {"getgrall", p_getgrall, 0, NULL},
    {"getrlimit", p_getrlimit, 0, NULL},
    {"setrlimit", p_setrlimit, 0, NULL},
    {"getrusage", p_getrusage, 0, NULL},
    {"getpagesize", p_getpagesize, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value module_init_posixdb(void) {
    Value m = mod_create("_posixdb", posixdb_functions);
    if (v_is_null(m)) return V_NULL;
    static const struct { const char *name; int value; } ints[] = {
        {"RLIMIT_CPU", RLIMIT_CPU}, {"RLIMIT_FSIZE", RLIMIT_FSIZE}, {"RLIMIT_DATA", RLIMIT_DATA},
        {"RLIMIT_STACK", RLIMIT_STACK}, {"RLIMIT_CORE", RLIMIT_CORE}, {"RLIMIT_RSS", RLIMIT_RSS},
        {"RLIMIT_NPROC", RLIMIT_NPROC}, {"RLIMIT_NOFILE", RLIMIT_NOFILE}, {"RLIMIT_MEMLOCK", RLIMIT_MEMLOCK},
        {"RLIMIT_AS", RLIMIT_AS}, {"RLIMIT_LOCKS", RLIMIT_LOCKS}, {"RLIMIT_SIGPENDING", RLIMIT_SIGPENDING},
        {"RLIMIT_MSGQUEUE", RLIMIT_MSGQUEUE}, {"RLIMIT_NICE", RLIMIT_NICE}, {"RLIMIT_RTPRIO", RLIMIT_RTPRIO},
        {"RLIMIT_RTTIME", RLIMIT_RTTIME}, {"RUSAGE_SELF", RUSAGE_SELF}, {"RUSAGE_CHILDREN", RUSAGE_CHILDREN},
        {"RUSAGE_THREAD", RUSAGE_THREAD}, {"RLIM_INFINITY", -1},
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        if (dict_set_cstr(module_dict(m), ints[i].name, v_from_smallint(ints[i].value)) < 0) {
            v_decref(m);
            return V_NULL;
        }
    return m;
}

/* os.c: the os module (POSIX only): the process, the working directory,
 * files and directories, environ. os.path is lib/posixpath.py, imported at
 * init and registered as sys.modules['os.path'] as CPython does. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>
#include "io.h"
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../floatobject.h"
#include "../import.h"
#include "../int.h"
#include "../list.h"
#include "../runtime.h"
#include "../unicode_util.h"
#include "../bytearray.h"
#include "../sigint.h"
#include "../tuple.h"

extern char **environ;

/* A path argument as a C string: str, bytes or os.PathLike. *keep receives
 * a new reference to the object holding the characters (release it). */
const char *os_path_arg(const char *fname, Value v, Value *keep) {
    *keep = V_NULL;
    if (!v_is_str(v) && !v_is_strlike(v) && !v_is_bytes(v)) {
        Value fs;
        int r = obj_lookup_attr(v, str_intern_cstr("__fspath__"), &fs);
        if (r < 0) return NULL;
        if (r == 0) {
            err_format(&Exc_TypeError, "%s: path should be string, bytes or os.PathLike, not %s", fname,
                       v_type_name(v));
            return NULL;
        }
        v = obj_call0(fs);
        v_decref(fs);
        if (v_is_null(v)) return NULL;
        if (!v_is_str(v) && !v_is_bytes(v)) {
            err_format(&Exc_TypeError, "%s: path should be string, bytes or os.PathLike, not %s", fname,
                       v_type_name(v));
            v_decref(v);
            return NULL;
        }
        *keep = v;
    } else {
        *keep = v_newref(v);
    }
    const char *s;
    size_t n;
    if (v_is_bytes(*keep)) {
        s = (const char *)((BytesObject *)v_as_obj(*keep))->data;
        n = (size_t)((BytesObject *)v_as_obj(*keep))->size;
    } else {
        s = str_data(*keep);
        n = (size_t)str_nbytes(*keep);
    }
    if (strlen(s) != n) {
        err_format(&Exc_ValueError, "%s: embedded null character in path", fname);
        v_clear(keep);
        return NULL;
    }
    return s;
}

static Value os_getcwd(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("getcwd", nargs, kwnames, 0, 0) < 0) return V_NULL;
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf)) return io_raise_errno(errno, V_NULL);
    return str_from_cstr(buf);
}

static Value os_chdir(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"path"};
    Value a[1], keep;
    if (args_parse("chdir", args, nargs, kwnames, kw, 1, 1, 1, a) < 0) return V_NULL;
    const char *p = os_path_arg("chdir", a[0], &keep);
    if (!p) return V_NULL;
    int r = chdir(p);
    Value res = r < 0 ? io_raise_errno(errno, a[0]) : V_NONE;
    v_decref(keep);
    return res;
}

static Value os_getpid(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("getpid", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return v_from_smallint(getpid());
}

static Value os_getppid(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("getppid", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return v_from_smallint(getppid());
}

static Value os_cpu_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("cpu_count", nargs, kwnames, 0, 0) < 0) return V_NULL;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? V_NONE : v_from_smallint(n);
}

static Value os_urandom(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("urandom", nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value iv = obj_index(args[0]);
    if (v_is_null(iv)) return V_NULL;
    int64_t n;
    int r = int_as_i64(iv, &n);
    v_decref(iv);
    if (r < 0) return V_NULL;
    if (n < 0) return err_format(&Exc_ValueError, "negative argument not allowed");
    char *buf = mem_alloc((size_t)n + 1);
    if (!buf) return err_nomem();
    size_t got = 0;
    while (got < (size_t)n) {
        ssize_t k = getrandom(buf + got, (size_t)n - got, 0);
        if (k < 0) {
            if (errno == EINTR) continue;
            mem_free(buf);
            return io_raise_errno(errno, V_NULL);
        }
        got += (size_t)k;
    }
    Value b = bytes_new(buf, (size_t)n);
    mem_free(buf);
    return b;
}

static Value os_listdir(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"path"};
    Value a[1], keep = V_NULL;
    if (args_parse("listdir", args, nargs, kwnames, kw, 1, 1, 0, a) < 0) return V_NULL;
    const char *p = ".";
    bool as_bytes = false;
    if (!v_is_null(a[0]) && !v_is_none(a[0])) {
        p = os_path_arg("listdir", a[0], &keep);
        if (!p) return V_NULL;
        as_bytes = v_is_bytes(keep);
    }
    DIR *dir = opendir(p);
    if (!dir) {
        Value r = io_raise_errno(errno, v_is_null(a[0]) || v_is_none(a[0]) ? str_intern_cstr(".") : a[0]);
        v_decref(keep);
        return r;
    }
    v_decref(keep);
    Value list = list_new(0);
    if (v_is_null(list)) { closedir(dir); return V_NULL; }
    struct dirent *e;
    errno = 0;
    while ((e = readdir(dir))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        Value name = as_bytes ? bytes_new(e->d_name, strlen(e->d_name))
                              : codec_decode(e->d_name, strlen(e->d_name), "utf-8", "surrogateescape");
        if (v_is_null(name) || list_append_steal(list, name) < 0) {
            closedir(dir);
            v_decref(list);
            return V_NULL;
        }
    }
    closedir(dir);
    return list;
}

/* Shared shape of the one-path calls: mkdir, rmdir, remove... */
static Value path_call(const char *fname, Value path, int (*fn)(const char *, int), int arg) {
    Value keep;
    const char *p = os_path_arg(fname, path, &keep);
    if (!p) return V_NULL;
    int r = fn(p, arg);
    Value res = r < 0 ? io_raise_errno(errno, path) : V_NONE;
    v_decref(keep);
    return res;
}

static int do_mkdir(const char *p, int mode) { return mkdir(p, (mode_t)mode); }
static int do_rmdir(const char *p, int unused) { (void)unused; return rmdir(p); }
static int do_unlink(const char *p, int unused) { (void)unused; return unlink(p); }

static Value os_mkdir(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"path", "mode", "dir_fd"};
    Value a[3];
    if (args_parse("mkdir", args, nargs, kwnames, kw, 3, 2, 1, a) < 0) return V_NULL;
    int64_t mode = 0777;
    if (!v_is_null(a[1]) && int_as_i64(a[1], &mode) < 0) return V_NULL;
    return path_call("mkdir", a[0], do_mkdir, (int)mode);
}

/* os.makedirs(name, mode=0o777, exist_ok=False): every missing parent
 * first; only the last component's existence is an error. */
static Value os_makedirs(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"name", "mode", "exist_ok"};
    Value a[3], keep;
    if (args_parse("makedirs", args, nargs, kwnames, kw, 3, 3, 1, a) < 0) return V_NULL;
    int64_t mode = 0777;
    if (!v_is_null(a[1]) && int_as_i64(a[1], &mode) < 0) return V_NULL;
    int exist_ok = 0;
    if (!v_is_null(a[2]) && (exist_ok = obj_truthy(a[2])) < 0) return V_NULL;
    const char *p = os_path_arg("makedirs", a[0], &keep);
    if (!p) return V_NULL;
    size_t n = strlen(p);
    char *buf = mem_alloc(n + 1);
    if (!buf) { v_decref(keep); return err_nomem(); }
    memcpy(buf, p, n + 1);
    while (n > 1 && buf[n - 1] == '/') buf[--n] = 0;
    for (size_t i = 1; i < n; i++) {
        if (buf[i] != '/' || buf[i - 1] == '/') continue;
        buf[i] = 0;
        if (mkdir(buf, 0777) < 0 && errno != EEXIST) {
            int e = errno;
            Value name = str_from_cstr(buf);
            buf[i] = '/';
            mem_free(buf);
            v_decref(keep);
            if (v_is_null(name)) return V_NULL;
            io_raise_errno(e, name);
            v_decref(name);
            return V_NULL;
        }
        buf[i] = '/';
    }
    Value res = V_NONE;
    if (mkdir(buf, (mode_t)mode) < 0) {
        struct stat st;
        if (!(errno == EEXIST && exist_ok && stat(buf, &st) == 0 && S_ISDIR(st.st_mode)))
            res = io_raise_errno(errno, a[0]);
    }
    mem_free(buf);
    v_decref(keep);
    return res;
}

static Value os_rmdir(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"path", "dir_fd"};
    Value a[2];
    if (args_parse("rmdir", args, nargs, kwnames, kw, 2, 1, 1, a) < 0) return V_NULL;
    return path_call("rmdir", a[0], do_rmdir, 0);
}

static Value os_remove(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"path", "dir_fd"};
    Value a[2];
    if (args_parse("remove", args, nargs, kwnames, kw, 2, 1, 1, a) < 0) return V_NULL;
    return path_call("remove", a[0], do_unlink, 0);
}

static Value os_unlink(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"path", "dir_fd"};
    Value a[2];
    if (args_parse("unlink", args, nargs, kwnames, kw, 2, 1, 1, a) < 0) return V_NULL;
    return path_call("unlink", a[0], do_unlink, 0);
}

static Value os_rename(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"src", "dst"};
    Value a[2], k1, k2;
    if (args_parse("rename", args, nargs, kwnames, kw, 2, 2, 2, a) < 0) return V_NULL;
    const char *s = os_path_arg("rename", a[0], &k1);
    if (!s) return V_NULL;
    const char *d = os_path_arg("rename", a[1], &k2);
    if (!d) { v_decref(k1); return V_NULL; }
    int r = rename(s, d);
    Value res = r < 0 ? io_raise_errno2(errno, a[0], a[1]) : V_NONE;
    v_decref(k1);
    v_decref(k2);
    return res;
}

/* ---- stat -------------------------------------------------------------------------- */

/* os.stat_result: a tuple subclass would need heap types; a small object
 * with the st_* fields as attributes, which also indexes, iterates and has
 * a length as CPython's 10-item struct sequence (st_mode, st_ino, st_dev,
 * st_nlink, st_uid, st_gid, st_size, and the three times as ints). */
typedef struct {
    Object ob;
    struct stat st;
} StatObject;

static TypeObject StatResultType;
Value os_stat_result(const struct stat *st);

#define STAT_INT_FIELD(field)                                                          \
    static Value stat_get_##field(Value self) {                                        \
        return int_from_i64((int64_t)((StatObject *)v_as_obj(self))->st.field);        \
    }
STAT_INT_FIELD(st_mode)
STAT_INT_FIELD(st_ino)
STAT_INT_FIELD(st_dev)
STAT_INT_FIELD(st_nlink)
STAT_INT_FIELD(st_uid)
STAT_INT_FIELD(st_gid)
STAT_INT_FIELD(st_size)

static double ts(struct timespec t) { return (double)t.tv_sec + (double)t.tv_nsec * 1e-9; }
static Value stat_get_st_atime(Value self) { return v_from_float(ts(((StatObject *)v_as_obj(self))->st.st_atim)); }
static Value stat_get_st_mtime(Value self) { return v_from_float(ts(((StatObject *)v_as_obj(self))->st.st_mtim)); }
static Value stat_get_st_ctime(Value self) { return v_from_float(ts(((StatObject *)v_as_obj(self))->st.st_ctim)); }
static Value ns_of(struct timespec t) {
    Value s = int_from_i64((int64_t)t.tv_sec);
    Value b = int_from_i64(1000000000);
    Value m = int_mul(s, b);
    v_decref(s);
    v_decref(b);
    if (v_is_null(m)) return V_NULL;
    Value n = int_from_i64(t.tv_nsec);
    Value r = int_add(m, n);
    v_decref(m);
    v_decref(n);
    return r;
}
static Value stat_get_st_mtime_ns(Value self) { return ns_of(((StatObject *)v_as_obj(self))->st.st_mtim); }
static Value stat_get_st_atime_ns(Value self) { return ns_of(((StatObject *)v_as_obj(self))->st.st_atim); }
static Value stat_get_st_ctime_ns(Value self) { return ns_of(((StatObject *)v_as_obj(self))->st.st_ctim); }
STAT_INT_FIELD(st_blksize)
STAT_INT_FIELD(st_blocks)
STAT_INT_FIELD(st_rdev)

/* The 10 items of the sequence view (as CPython's os.stat_result). */
static Value stat_as_tuple(Value self) {
    struct stat *st = &((StatObject *)v_as_obj(self))->st;
    int64_t items[10] = {(int64_t)st->st_mode, (int64_t)st->st_ino, (int64_t)st->st_dev,
                         (int64_t)st->st_nlink, (int64_t)st->st_uid, (int64_t)st->st_gid,
                         (int64_t)st->st_size, (int64_t)st->st_atime, (int64_t)st->st_mtime,
                         (int64_t)st->st_ctime};
    Value t = tuple_new(10);
    if (v_is_null(t)) return V_NULL;
    for (int i = 0; i < 10; i++) {
        Value v = int_from_i64(items[i]);
        if (v_is_null(v)) {
            v_decref(t);
            return V_NULL;
        }
        tuple_items(t)[i] = v;
    }
    return t;
}

static Value stat_getitem(Value self, Value key) {
    Value t = stat_as_tuple(self);
    if (v_is_null(t)) return V_NULL;
    Value r = obj_getitem(t, key);
    v_decref(t);
    return r;
}

static int64_t stat_len(Value self) {
    (void)self;
    return 10;
}

static Value stat_iter(Value self) {
    Value t = stat_as_tuple(self);
    if (v_is_null(t)) return V_NULL;
    Value r = obj_iter(t);
    v_decref(t);
    return r;
}

static Value stat_repr(Value self) {
    struct stat *st = &((StatObject *)v_as_obj(self))->st;
    return str_printf("os.stat_result(st_mode=%lld, st_ino=%lld, st_dev=%lld, st_nlink=%lld, st_uid=%lld, "
                      "st_gid=%lld, st_size=%lld, st_atime=%lld, st_mtime=%lld, st_ctime=%lld)",
                      (long long)st->st_mode, (long long)st->st_ino, (long long)st->st_dev,
                      (long long)st->st_nlink, (long long)st->st_uid, (long long)st->st_gid,
                      (long long)st->st_size, (long long)st->st_atime, (long long)st->st_mtime,
                      (long long)st->st_ctime);
}

static const GetSetDef stat_getset[] = {
    {"st_mode", stat_get_st_mode, NULL}, {"st_ino", stat_get_st_ino, NULL},
    {"st_dev", stat_get_st_dev, NULL}, {"st_nlink", stat_get_st_nlink, NULL},
    {"st_uid", stat_get_st_uid, NULL}, {"st_gid", stat_get_st_gid, NULL},
    {"st_size", stat_get_st_size, NULL}, {"st_atime", stat_get_st_atime, NULL},
    {"st_mtime", stat_get_st_mtime, NULL}, {"st_ctime", stat_get_st_ctime, NULL},
    {"st_mtime_ns", stat_get_st_mtime_ns, NULL}, {"st_atime_ns", stat_get_st_atime_ns, NULL},
    {"st_ctime_ns", stat_get_st_ctime_ns, NULL}, {"st_blksize", stat_get_st_blksize, NULL},
    {"st_blocks", stat_get_st_blocks, NULL}, {"st_rdev", stat_get_st_rdev, NULL},
    {NULL, NULL, NULL},
};

static TypeObject StatResultType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "os.stat_result",
    .basicsize = sizeof(StatObject),
    .repr = stat_repr,
    .getset = stat_getset,
    .getitem = stat_getitem,
    .len = stat_len,
    .iter = stat_iter,
};

static Value do_stat(const char *fname, const Value *args, size_t nargs, Value kwnames, bool follow) {
    static const char *const kw[] = {"path", "dir_fd", "follow_symlinks"};
    Value a[3], keep;
    if (args_parse(fname, args, nargs, kwnames, kw, 3, 1, 1, a) < 0) return V_NULL;
    if (!v_is_null(a[2])) {
        int t = obj_truthy(a[2]);
        if (t < 0) return V_NULL;
        follow = follow && t;
    }
    struct stat st;
    int r;
    if (v_is_int(a[0])) {
        int64_t fd;
        if (int_as_i64(a[0], &fd) < 0) return V_NULL;
        r = fstat((int)fd, &st);
        if (r < 0) return io_raise_errno(errno, V_NULL);
    } else {
        const char *p = os_path_arg(fname, a[0], &keep);
        if (!p) return V_NULL;
        r = follow ? stat(p, &st) : lstat(p, &st);
        if (r < 0) {
            io_raise_errno(errno, a[0]);
            v_decref(keep);
            return V_NULL;
        }
        v_decref(keep);
    }
    return os_stat_result(&st);
}

Value os_stat_result(const struct stat *st) {
    StatObject *s = (StatObject *)obj_alloc(&StatResultType, sizeof(StatObject));
    if (!s) return V_NULL;
    s->st = *st;
    return v_from_obj(s);
}

static Value os_stat(Value self, const Value *args, size_t nargs, Value kwnames) {
    return do_stat("stat", args, nargs, kwnames, true);
}

static Value os_lstat(Value self, const Value *args, size_t nargs, Value kwnames) {
    return do_stat("lstat", args, nargs, kwnames, false);
}

/* ---- environ -------------------------------------------------------------------------- */

static Value environ_dict = V_NULL;   /* os.environ: a plain dict copy taken at import */

static Value os_getenv(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"key", "default"};
    Value a[2];
    if (args_parse("getenv", args, nargs, kwnames, kw, 2, 2, 1, a) < 0) return V_NULL;
    if (!v_is_str(a[0]))
        return err_format(&Exc_TypeError, "str expected, not %s", v_type_name(a[0]));
    Value v = dict_get(environ_dict, a[0]);
    if (!v_is_null(v)) return v_newref(v);
    if (err_occurred()) return V_NULL;
    return v_is_null(a[1]) ? V_NONE : v_newref(a[1]);
}

static Value os_putenv(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("putenv", nargs, kwnames, 2, 2) < 0) return V_NULL;
    if (!v_is_str(args[0]) || !v_is_str(args[1]))
        return err_format(&Exc_TypeError, "str expected, not %s", v_type_name(v_is_str(args[0]) ? args[1] : args[0]));
    if (setenv(str_data(args[0]), str_data(args[1]), 1) < 0) return io_raise_errno(errno, V_NULL);
    return V_NONE;
}

static Value os_fspath(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"path"};
    Value a[1];
    if (args_parse("fspath", args, nargs, kwnames, kw, 1, 1, 1, a) < 0) return V_NULL;
    if (v_is_str(a[0]) || v_is_bytes(a[0])) return v_newref(a[0]);
    Value fs;
    int r = obj_lookup_attr(a[0], str_intern_cstr("__fspath__"), &fs);
    if (r < 0) return V_NULL;
    if (r == 0)
        return err_format(&Exc_TypeError, "expected str, bytes or os.PathLike object, not %s", v_type_name(a[0]));
    Value p = obj_call0(fs);
    v_decref(fs);
    return p;
}

static Value os_strerror(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("strerror", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t e;
    if (!v_is_int(args[0])) return err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", v_type_name(args[0]));
    if (int_as_i64(args[0], &e) < 0) return V_NULL;
    return str_from_cstr(strerror((int)e));
}

static Value os_system(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"command"};
    Value a[1];
    if (args_parse("system", args, nargs, kwnames, kw, 1, 1, 1, a) < 0) return V_NULL;
    if (!v_is_str(a[0])) return err_format(&Exc_TypeError, "system() argument 'command' must be str, not %s", v_type_name(a[0]));
    builtins_flush_stdout();
    int r = system(str_data(a[0]));
    return v_from_smallint(r);
}

/* ---- descriptors, permissions, processes (the low-level POSIX calls) ---- */

static int int_arg(Value v, int64_t *out) { return obj_as_index_i64(v, out); }

static Value os_access(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"path", "mode"};
    Value a[2], keep;
    if (args_parse("access", args, nargs, kwnames, kw, 2, 2, 2, a) < 0) return V_NULL;
    int64_t mode;
    if (int_arg(a[1], &mode) < 0) return V_NULL;
    const char *p = os_path_arg("access", a[0], &keep);
    if (!p) return V_NULL;
    int r = access(p, (int)mode);
    v_decref(keep);
    return v_from_bool(r == 0);
}

static Value os_chmod(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"path", "mode"};
    Value a[2], keep;
    if (args_parse("chmod", args, nargs, kwnames, kw, 2, 2, 2, a) < 0) return V_NULL;
    int64_t mode;
    if (int_arg(a[1], &mode) < 0) return V_NULL;
    const char *p = os_path_arg("chmod", a[0], &keep);
    if (!p) return V_NULL;
    int r = chmod(p, (mode_t)mode);
    Value res = r < 0 ? io_raise_errno(errno, a[0]) : V_NONE;
    v_decref(keep);
    return res;
}

static Value os_umask(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("umask", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t m;
    if (int_arg(args[0], &m) < 0) return V_NULL;
    return v_from_smallint((int64_t)umask((mode_t)m));
}

#define ID_FN(name, call) \
    static Value os_##name(Value self, const Value *args, size_t nargs, Value kwnames) { \
        (void)self; (void)args; \
        if (mod_positional(#name, nargs, kwnames, 0, 0) < 0) return V_NULL; \
        return v_from_smallint((int64_t)call()); \
    }
ID_FN(getuid, getuid)
ID_FN(geteuid, geteuid)
ID_FN(getgid, getgid)
ID_FN(getegid, getegid)
#undef ID_FN

static Value os_isatty(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("isatty", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t fd;
    if (int_arg(args[0], &fd) < 0) return V_NULL;
    return v_from_bool(isatty((int)fd) == 1);
}

static Value os_open(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"path", "flags", "mode"};
    Value a[3], keep;
    if (args_parse("open", args, nargs, kwnames, kw, 3, 3, 2, a) < 0) return V_NULL;
    int64_t flags, mode = 0777;
    if (int_arg(a[1], &flags) < 0 || (!v_is_null(a[2]) && int_arg(a[2], &mode) < 0)) return V_NULL;
    const char *p = os_path_arg("open", a[0], &keep);
    if (!p) return V_NULL;
    int fd;
    do fd = open(p, (int)flags | O_CLOEXEC, (mode_t)mode); while (fd < 0 && errno == EINTR);
    Value res = fd < 0 ? io_raise_errno(errno, a[0]) : v_from_smallint(fd);
    v_decref(keep);
    return res;
}

static Value os_close(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("close", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t fd;
    if (int_arg(args[0], &fd) < 0) return V_NULL;
    if (fd == 1) builtins_flush_stdout();
    if (close((int)fd) < 0) return io_raise_errno(errno, V_NULL);
    return V_NONE;
}

static Value os_read(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("read", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int64_t fd, n;
    if (int_arg(args[0], &fd) < 0 || int_arg(args[1], &n) < 0) return V_NULL;
    if (n < 0) return err_format(&Exc_ValueError, "negative length");
    char *buf = mem_alloc((size_t)n + 1);
    if (!buf) return err_nomem();
    ssize_t r;
    do r = read((int)fd, buf, (size_t)n); while (r < 0 && errno == EINTR);
    Value res = r < 0 ? io_raise_errno(errno, V_NULL) : bytes_new(buf, (size_t)r);
    mem_free(buf);
    return res;
}

static Value os_write(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("write", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int64_t fd;
    if (int_arg(args[0], &fd) < 0) return V_NULL;
    const uint8_t *p;
    int64_t n;
    if (!bytes_like_view(args[1], &p, &n))
        return err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(args[1]));
    if (fd == 1) builtins_flush_stdout();
    ssize_t r;
    do r = write((int)fd, p, (size_t)n); while (r < 0 && errno == EINTR);
    if (r < 0) return io_raise_errno(errno, V_NULL);
    return v_from_smallint(r);
}

static Value os_pipe(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (mod_positional("pipe", nargs, kwnames, 0, 0) < 0) return V_NULL;
    int fds[2];
    if (pipe(fds) < 0) return io_raise_errno(errno, V_NULL);
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    Value t = tuple_new(2);
    if (v_is_null(t)) return V_NULL;
    tuple_items(t)[0] = v_from_smallint(fds[0]);
    tuple_items(t)[1] = v_from_smallint(fds[1]);
    return t;
}

static Value os_dup(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("dup", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t fd;
    if (int_arg(args[0], &fd) < 0) return V_NULL;
    int r = fcntl((int)fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) return io_raise_errno(errno, V_NULL);
    return v_from_smallint(r);
}

static Value os_dup2(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("dup2", nargs, kwnames, 2, 3) < 0) return V_NULL;
    int64_t a, b;
    if (int_arg(args[0], &a) < 0 || int_arg(args[1], &b) < 0) return V_NULL;
    if (b == 1) builtins_flush_stdout();
    int r = dup2((int)a, (int)b);
    if (r < 0) return io_raise_errno(errno, V_NULL);
    return v_from_smallint(r);
}

static Value os_kill(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("kill", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int64_t pid, sig;
    if (int_arg(args[0], &pid) < 0 || int_arg(args[1], &sig) < 0) return V_NULL;
    builtins_flush_stdout();
    if (kill((pid_t)pid, (int)sig) < 0) return io_raise_errno(errno, V_NULL);
    if (sigint_pending && sigint_check() < 0) return V_NULL;
    return V_NONE;
}

static Value two_paths(const char *fname, const Value *args, size_t nargs, Value kwnames,
                       int (*fn)(const char *, const char *)) {
    static const char *const kw[] = {"src", "dst"};
    Value a[2], k1, k2;
    if (args_parse(fname, args, nargs, kwnames, kw, 2, 2, 2, a) < 0) return V_NULL;
    const char *p1 = os_path_arg(fname, a[0], &k1);
    if (!p1) return V_NULL;
    const char *p2 = os_path_arg(fname, a[1], &k2);
    if (!p2) {
        v_decref(k1);
        return V_NULL;
    }
    int r = fn(p1, p2);
    Value res = r < 0 ? io_raise_errno2(errno, a[0], a[1]) : V_NONE;
    v_decref(k1);
    v_decref(k2);
    return res;
}

static Value os_symlink(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return two_paths("symlink", args, nargs > 2 ? 2 : nargs, kwnames, symlink);
}

static Value os_link(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return two_paths("link", args, nargs, kwnames, link);
}

static Value os_readlink(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"path"};
    Value a[1], keep;
    if (args_parse("readlink", args, nargs, kwnames, kw, 1, 1, 1, a) < 0) return V_NULL;
    const char *p = os_path_arg("readlink", a[0], &keep);
    if (!p) return V_NULL;
    char buf[PATH_MAX];
    ssize_t n = readlink(p, buf, sizeof buf);
    Value res = n < 0 ? io_raise_errno(errno, a[0])
                      : (v_is_bytes(a[0]) ? bytes_new(buf, (size_t)n) : codec_decode(buf, (size_t)n, "utf-8", "surrogateescape"));
    v_decref(keep);
    return res;
}

/* _winsize(fd) -> (columns, lines) of the terminal on fd; OSError if none. */
static Value os_winsize(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("_winsize", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t fd;
    if (int_arg(args[0], &fd) < 0) return V_NULL;
    struct winsize w;
    if (ioctl((int)fd, TIOCGWINSZ, &w) < 0) return io_raise_errno(errno, V_NULL);
    Value t = tuple_new(2);
    if (v_is_null(t)) return V_NULL;
    tuple_items(t)[0] = v_from_smallint(w.ws_col);
    tuple_items(t)[1] = v_from_smallint(w.ws_row);
    return t;
}

/* _uname() -> (sysname, nodename, release, version, machine) */
static Value os_uname_raw(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (mod_positional("_uname", nargs, kwnames, 0, 0) < 0) return V_NULL;
    struct utsname u;
    if (uname(&u) < 0) return io_raise_errno(errno, V_NULL);
    const char *f[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    Value t = tuple_new(5);
    if (v_is_null(t)) return V_NULL;
    for (int i = 0; i < 5; i++) {
        Value s = str_from_cstr(f[i]);
        if (v_is_null(s)) {
            v_decref(t);
            return V_NULL;
        }
        tuple_items(t)[i] = s;
    }
    return t;
}

static const MethodDef os_functions[] = {
    {"getcwd", os_getcwd, 0, NULL},
    {"chdir", os_chdir, 0, NULL},
    {"getpid", os_getpid, 0, NULL},
    {"getppid", os_getppid, 0, NULL},
    {"cpu_count", os_cpu_count, 0, NULL},
    {"urandom", os_urandom, 0, NULL},
    {"listdir", os_listdir, 0, NULL},
    {"mkdir", os_mkdir, 0, NULL},
    {"rmdir", os_rmdir, 0, NULL},
    {"makedirs", os_makedirs, 0, NULL},
    {"remove", os_remove, 0, NULL},
    {"unlink", os_unlink, 0, NULL},
    {"rename", os_rename, 0, NULL},
    {"replace", os_rename, 0, NULL},
    {"stat", os_stat, 0, NULL},
    {"lstat", os_lstat, 0, NULL},
    {"getenv", os_getenv, 0, NULL},
    {"putenv", os_putenv, 0, NULL},
    {"fspath", os_fspath, 0, NULL},
    {"strerror", os_strerror, 0, NULL},
    {"system", os_system, 0, NULL},
    {"access", os_access, 0, NULL},
    {"chmod", os_chmod, 0, NULL},
    {"umask", os_umask, 0, NULL},
    {"getuid", os_getuid, 0, NULL},
    {"geteuid", os_geteuid, 0, NULL},
    {"getgid", os_getgid, 0, NULL},
    {"getegid", os_getegid, 0, NULL},
    {"isatty", os_isatty, 0, NULL},
    {"open", os_open, 0, NULL},
    {"close", os_close, 0, NULL},
    {"read", os_read, 0, NULL},
    {"write", os_write, 0, NULL},
    {"pipe", os_pipe, 0, NULL},
    {"dup", os_dup, 0, NULL},
    {"dup2", os_dup2, 0, NULL},
    {"kill", os_kill, 0, NULL},
    {"symlink", os_symlink, 0, NULL},
    {"link", os_link, 0, NULL},
    {"readlink", os_readlink, 0, NULL},
    {"_winsize", os_winsize, 0, NULL},
    {"_uname", os_uname_raw, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* os_proc.c: fork, exec, wait and friends; os_file.c: descriptors,
 * ownership and times, the system's limits and load. */
extern const MethodDef os_proc_functions[];
int os_proc_add_constants(Value d);
extern const MethodDef os_file_functions[];
int os_file_add_constants(Value d);

Value module_init_os(void) {
    Value m = mod_create("os", os_functions);
    if (v_is_null(m)) return V_NULL;
    Value d = module_dict(m);
    if (mod_add_functions(m, os_proc_functions) < 0 || os_proc_add_constants(d) < 0) goto fail;
    if (mod_add_functions(m, os_file_functions) < 0 || os_file_add_constants(d) < 0) goto fail;
    if (type_ready(&StatResultType) < 0 || dict_set_cstr(d, "stat_result", v_from_obj(&StatResultType)) < 0)
        goto fail;
    if (v_is_null(environ_dict)) {
        environ_dict = dict_new();
        if (v_is_null(environ_dict)) goto fail;
        for (char **e = environ; e && *e; e++) {
            const char *eq = strchr(*e, '=');
            if (!eq) continue;
            Value k = codec_decode(*e, (size_t)(eq - *e), "utf-8", "surrogateescape");
            Value v = codec_decode(eq + 1, strlen(eq + 1), "utf-8", "surrogateescape");
            int r = v_is_null(k) || v_is_null(v) ? -1 : dict_set(environ_dict, k, v);
            v_decref(k);
            v_decref(v);
            if (r < 0) goto fail;
        }
    }
    static const struct { const char *name; const char *value; } strs[] = {
        {"name", "posix"}, {"sep", "/"}, {"altsep", NULL}, {"extsep", "."}, {"pathsep", ":"},
        {"linesep", "\n"}, {"curdir", "."}, {"pardir", ".."}, {"devnull", "/dev/null"},
        {"defpath", "/bin:/usr/bin"},
    };
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++) {
        Value s = strs[i].value ? str_from_cstr(strs[i].value) : V_NONE;
        int r = v_is_null(s) ? -1 : dict_set_cstr(d, strs[i].name, s);
        v_decref(s);
        if (r < 0) goto fail;
    }
    static const struct { const char *name; int value; } ints[] = {
        {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_CREAT", O_CREAT},
        {"O_TRUNC", O_TRUNC}, {"O_APPEND", O_APPEND}, {"O_EXCL", O_EXCL},
        {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
        {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
        {"O_NONBLOCK", O_NONBLOCK}, {"O_CLOEXEC", O_CLOEXEC}, {"O_NOFOLLOW", O_NOFOLLOW},
        {"O_DIRECTORY", O_DIRECTORY}, {"O_SYNC", O_SYNC}, {"O_NOCTTY", O_NOCTTY},
        {"EX_OK", 0},
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        if (dict_set_cstr(d, ints[i].name, v_from_smallint(ints[i].value)) < 0) goto fail;
    if (dict_set_cstr(d, "environ", environ_dict) < 0 || dict_set_cstr(d, "error", v_from_obj(&Exc_OSError)) < 0)
        goto fail;
    /* os.path: bind it in os's namespace and in sys.modules. os must be
     * in sys.modules for posixpath's own "import os"; the import system
     * adds it only after init returns, so it is added here first. */
    if (dict_set_cstr(import_modules(), "os", m) < 0) goto fail;
    Value path = import_module(str_intern_cstr("posixpath"));
    if (v_is_null(path)) goto fail;
    int r = dict_set_cstr(d, "path", path);
    if (r == 0) r = dict_set_cstr(import_modules(), "os.path", path);
    v_decref(path);
    if (r < 0) goto fail;
    /* The parts of os written in Python (walk, scandir, fsencode, ...):
     * lib/_os_py.py adds them to this module. */
    Value extra = import_module(str_intern_cstr("_os_py"));
    if (v_is_null(extra)) goto fail;
    v_decref(extra);
    return m;
fail:
    v_decref(m);
    return V_NULL;
}

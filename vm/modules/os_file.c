/* os_file.c: the descriptor, ownership, time-stamp and system-query part of
 * the os module (fstat, lseek, fsync, truncate, utime, chown, pread,
 * sysconf, getloadavg, ...). os.c adds os_file_functions and
 * os_file_add_constants to the module; the struct-sequence results
 * (times_result, statvfs_result) are built in lib/_os_py.py from the plain
 * tuples the underscore functions here return. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <math.h>
#include <pty.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <sys/times.h>
#include <unistd.h>
#include "io.h"
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../dict.h"
#include "../floatobject.h"
#include "../int.h"
#include "../set.h"
#include "../str.h"
#include "../tuple.h"
#include "../list.h"
#include "../bytearray.h"
#include "../runtime.h"

const char *os_path_arg(const char *fname, Value v, Value *keep);
Value os_stat_result(const struct stat *st);

int os_int_arg(Value v, int64_t *out);   /* os_proc.c */
int os_fd_arg(Value v, int *out);
#define int_arg os_int_arg
#define fd_arg os_fd_arg

/* An int, or an object with fileno() (fsync(f) takes a file object). */
static int fileno_arg(Value v, int *out) {
    if (v_is_int(v) || v_is_bool(v)) return fd_arg(v, out);
    Value f;
    int r = obj_lookup_attr(v, str_intern_cstr("fileno"), &f);
    if (r < 0) return -1;
    if (r == 0) {
        err_format(&Exc_TypeError, "argument must be an int, or have a fileno() method.");
        return -1;
    }
    Value n = obj_call0(f);
    v_decref(f);
    if (v_is_null(n)) return -1;
    if (!v_is_int(n)) {
        err_format(&Exc_TypeError, "fileno() returned a non-integer");
        v_decref(n);
        return -1;
    }
    r = fd_arg(n, out);
    v_decref(n);
    if (r == 0 && *out < 0) {
        err_format(&Exc_ValueError, "file descriptor cannot be a negative integer (%d)", *out);
        return -1;
    }
    return r;
}

static Value none_or_errno(int r, Value filename) {
    return r < 0 ? io_raise_errno(errno, filename) : V_NONE;
}

/* ---- descriptors ----------------------------------------------------------------------- */

static Value os_fstat(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"fd"};
    Value a[1];
    if (args_parse("fstat", args, nargs, kwnames, kw, 1, 1, 1, a) < 0) return V_NULL;
    int fd;
    if (fd_arg(a[0], &fd) < 0) return V_NULL;
    struct stat st;
    if (fstat(fd, &st) < 0) return io_raise_errno(errno, V_NULL);
    return os_stat_result(&st);
}

static Value os_lseek(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("lseek", nargs, kwnames, 3, 3) < 0) return V_NULL;
    int fd;
    int64_t pos, how;
    if (fd_arg(args[0], &fd) < 0 || int_arg(args[1], &pos) < 0 || int_arg(args[2], &how) < 0)
        return V_NULL;
    off_t r = lseek(fd, (off_t)pos, (int)how);
    if (r < 0) return io_raise_errno(errno, V_NULL);
    return int_from_i64((int64_t)r);
}

static Value os_fsync(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"fd"};
    Value a[1];
    if (args_parse("fsync", args, nargs, kwnames, kw, 1, 1, 1, a) < 0) return V_NULL;
    int fd;
    if (fileno_arg(a[0], &fd) < 0) return V_NULL;
    return none_or_errno(fsync(fd), V_NULL);
}

static Value os_fdatasync(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"fd"};
    Value a[1];
    if (args_parse("fdatasync", args, nargs, kwnames, kw, 1, 1, 1, a) < 0) return V_NULL;
    int fd;
    if (fileno_arg(a[0], &fd) < 0) return V_NULL;
    return none_or_errno(fdatasync(fd), V_NULL);
}

static Value os_sync(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (mod_positional("sync", nargs, kwnames, 0, 0) < 0) return V_NULL;
    sync();
    return V_NONE;
}

static Value os_ftruncate(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("ftruncate", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int fd;
    int64_t len;
    if (fd_arg(args[0], &fd) < 0 || int_arg(args[1], &len) < 0) return V_NULL;
    int r;
    do r = ftruncate(fd, (off_t)len); while (r < 0 && errno == EINTR);
    return none_or_errno(r, V_NULL);
}

static Value os_truncate(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"path", "length"};
    Value a[2], keep;
    if (args_parse("truncate", args, nargs, kwnames, kw, 2, 2, 2, a) < 0) return V_NULL;
    int64_t len;
    if (int_arg(a[1], &len) < 0) return V_NULL;
    if (v_is_int(a[0])) {
        int fd;
        if (fd_arg(a[0], &fd) < 0) return V_NULL;
        return none_or_errno(ftruncate(fd, (off_t)len), V_NULL);
    }
    const char *p = os_path_arg("truncate", a[0], &keep);
    if (!p) return V_NULL;
    Value res = none_or_errno(truncate(p, (off_t)len), a[0]);
    v_decref(keep);
    return res;
}

static Value os_pread(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("pread", nargs, kwnames, 3, 3) < 0) return V_NULL;
    int fd;
    int64_t n, off;
    if (fd_arg(args[0], &fd) < 0 || int_arg(args[1], &n) < 0 || int_arg(args[2], &off) < 0)
        return V_NULL;
    if (n < 0) return err_format(&Exc_ValueError, "negative buffersize in pread");
    char *buf = mem_alloc((size_t)n + 1);
    if (!buf) return V_NULL;
    ssize_t r;
    do r = pread(fd, buf, (size_t)n, (off_t)off); while (r < 0 && errno == EINTR);
    Value res = r < 0 ? io_raise_errno(errno, V_NULL) : bytes_new(buf, (size_t)r);
    mem_free(buf);
    return res;
}

static Value os_pwrite(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("pwrite", nargs, kwnames, 3, 3) < 0) return V_NULL;
    int fd;
    int64_t off;
    if (fd_arg(args[0], &fd) < 0 || int_arg(args[2], &off) < 0) return V_NULL;
    const uint8_t *p;
    int64_t n;
    if (!bytes_like_view(args[1], &p, &n))
        return err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(args[1]));
    ssize_t r;
    do r = pwrite(fd, p, (size_t)n, (off_t)off); while (r < 0 && errno == EINTR);
    if (r < 0) return io_raise_errno(errno, V_NULL);
    return int_from_i64(r);
}

static Value os_sendfile(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"out_fd", "in_fd", "offset", "count"};
    Value a[4];
    if (args_parse("sendfile", args, nargs, kwnames, kw, 4, 4, 4, a) < 0) return V_NULL;
    int out, in;
    int64_t count;
    if (fd_arg(a[0], &out) < 0 || fd_arg(a[1], &in) < 0 || int_arg(a[3], &count) < 0) return V_NULL;
    ssize_t r;
    if (a[2] == V_NONE) {
        r = sendfile(out, in, NULL, (size_t)count);
    } else {
        int64_t off;
        if (int_arg(a[2], &off) < 0) return V_NULL;
        off_t o = (off_t)off;
        r = sendfile(out, in, &o, (size_t)count);
    }
    if (r < 0) return io_raise_errno(errno, V_NULL);
    return int_from_i64(r);
}

static Value os_pipe2(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("pipe2", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t flags;
    if (int_arg(args[0], &flags) < 0) return V_NULL;
    int fds[2];
    if (pipe2(fds, (int)flags) < 0) return io_raise_errno(errno, V_NULL);
    Value t = tuple_new(2);
    if (v_is_null(t)) return V_NULL;
    tuple_items(t)[0] = v_from_smallint(fds[0]);
    tuple_items(t)[1] = v_from_smallint(fds[1]);
    return t;
}

static Value os_lockf(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("lockf", nargs, kwnames, 3, 3) < 0) return V_NULL;
    int fd;
    int64_t cmd, len;
    if (fd_arg(args[0], &fd) < 0 || int_arg(args[1], &cmd) < 0 || int_arg(args[2], &len) < 0)
        return V_NULL;
    return none_or_errno(lockf(fd, (int)cmd, (off_t)len), V_NULL);
}

static Value os_fchdir(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"fd"};
    Value a[1];
    if (args_parse("fchdir", args, nargs, kwnames, kw, 1, 1, 1, a) < 0) return V_NULL;
    int fd;
    if (fileno_arg(a[0], &fd) < 0) return V_NULL;
    return none_or_errno(fchdir(fd), V_NULL);
}

static Value os_ttyname(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("ttyname", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int fd;
    if (fd_arg(args[0], &fd) < 0) return V_NULL;
    char buf[256];
    int r = ttyname_r(fd, buf, sizeof buf);
    if (r != 0) return io_raise_errno(r, V_NULL);
    return str_from_cstr(buf);
}

static Value os_openpty(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (mod_positional("openpty", nargs, kwnames, 0, 0) < 0) return V_NULL;
    int m, s;
    if (openpty(&m, &s, NULL, NULL, NULL) < 0) return io_raise_errno(errno, V_NULL);
    fcntl(m, F_SETFD, FD_CLOEXEC);
    fcntl(s, F_SETFD, FD_CLOEXEC);
    Value t = tuple_new(2);
    if (v_is_null(t)) return V_NULL;
    tuple_items(t)[0] = v_from_smallint(m);
    tuple_items(t)[1] = v_from_smallint(s);
    return t;
}

static Value os_memfd_create(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"name", "flags"};
    Value a[2], keep;
    if (args_parse("memfd_create", args, nargs, kwnames, kw, 2, 2, 1, a) < 0) return V_NULL;
    int64_t flags = MFD_CLOEXEC;
    if (!v_is_null(a[1]) && int_arg(a[1], &flags) < 0) return V_NULL;
    const char *name = os_path_arg("memfd_create", a[0], &keep);
    if (!name) return V_NULL;
    int fd = memfd_create(name, (unsigned)flags);
    v_decref(keep);
    if (fd < 0) return io_raise_errno(errno, V_NULL);
    return v_from_smallint(fd);
}

static Value os_device_encoding(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"fd"};
    Value a[1];
    if (args_parse("device_encoding", args, nargs, kwnames, kw, 1, 1, 1, a) < 0) return V_NULL;
    int fd;
    if (fd_arg(a[0], &fd) < 0) return V_NULL;
    return isatty(fd) ? str_from_cstr("UTF-8") : V_NONE;
}

static Value os_getrandom(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"size", "flags"};
    Value a[2];
    if (args_parse("getrandom", args, nargs, kwnames, kw, 2, 2, 1, a) < 0) return V_NULL;
    int64_t n, flags = 0;
    if (int_arg(a[0], &n) < 0 || (!v_is_null(a[1]) && int_arg(a[1], &flags) < 0)) return V_NULL;
    if (n < 0) return io_raise_errno(EINVAL, V_NULL);
    char *buf = mem_alloc((size_t)n + 1);
    if (!buf) return V_NULL;
    ssize_t r;
    do r = getrandom(buf, (size_t)n, (unsigned)flags); while (r < 0 && errno == EINTR);
    Value res = r < 0 ? io_raise_errno(errno, V_NULL) : bytes_new(buf, (size_t)r);
    mem_free(buf);
    return res;
}

/* ---- paths: times, ownership, special files --------------------------------------------- */

/* A (seconds, nanoseconds) timespec from an int or float number of seconds,
 * rounded toward minus infinity as CPython's utime does. */
static int timespec_of(Value v, struct timespec *ts) {
    if (v_is_float(v) || v_is_floatlike(v)) {
        double d = float_val(v);
        if (!isfinite(d)) {
            err_format(&Exc_ValueError, "Invalid value %s encountered", isnan(d) ? "NaN (not a number)" : "inf");
            return -1;
        }
        double sec = floor(d);
        double ns = floor((d - sec) * 1e9 + 0.5);
        if (ns >= 1e9) { sec += 1; ns -= 1e9; }
        ts->tv_sec = (time_t)sec;
        ts->tv_nsec = (long)ns;
        return 0;
    }
    int64_t s;
    if (!v_is_int(v) && !v_is_bool(v)) {
        err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", v_type_name(v));
        return -1;
    }
    if (int_as_i64(v, &s) < 0) return -1;
    ts->tv_sec = (time_t)s;
    ts->tv_nsec = 0;
    return 0;
}

static int ns_timespec_of(Value v, struct timespec *ts) {
    if (!v_is_int(v)) {
        err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", v_type_name(v));
        return -1;
    }
    Value bn = int_from_i64(1000000000);
    Value q = int_floordiv(v, bn);
    Value r = v_is_null(q) ? V_NULL : int_mod(v, bn);
    v_decref(bn);
    int64_t s, n;
    int e = v_is_null(r) ? -1 : (int_as_i64(q, &s) < 0 || int_as_i64(r, &n) < 0) ? -1 : 0;
    v_decref(q);
    v_decref(r);
    if (e < 0) return -1;
    ts->tv_sec = (time_t)s;
    ts->tv_nsec = (long)n;
    return 0;
}

static Value os_utime(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"path", "times", "ns", "dir_fd", "follow_symlinks"};
    Value a[5], keep = V_NULL;
    if (args_parse("utime", args, nargs, kwnames, kw, 5, 2, 1, a) < 0) return V_NULL;
    Value times = v_is_null(a[1]) ? V_NONE : a[1];
    bool follow = true;
    if (!v_is_null(a[4])) {
        int t = obj_truthy(a[4]);
        if (t < 0) return V_NULL;
        follow = t;
    }
    struct timespec tv[2];
    struct timespec *tp = NULL;
    if (times != V_NONE && !v_is_null(a[2]))
        return err_format(&Exc_ValueError, "utime: you may specify either 'times' or 'ns' but not both");
    if (times != V_NONE) {
        if (!v_is_tuple(times) || tuple_size(times) != 2)
            return err_format(&Exc_TypeError, "utime: 'times' must be either a tuple of two ints or None");
        if (timespec_of(tuple_items(times)[0], &tv[0]) < 0 || timespec_of(tuple_items(times)[1], &tv[1]) < 0)
            return V_NULL;
        tp = tv;
    } else if (!v_is_null(a[2])) {
        if (!v_is_tuple(a[2]) || tuple_size(a[2]) != 2)
            return err_format(&Exc_TypeError, "utime: 'ns' must be a tuple of two ints");
        if (ns_timespec_of(tuple_items(a[2])[0], &tv[0]) < 0 || ns_timespec_of(tuple_items(a[2])[1], &tv[1]) < 0)
            return V_NULL;
        tp = tv;
    }
    int dir_fd = AT_FDCWD;
    if (!v_is_null(a[3]) && a[3] != V_NONE && fd_arg(a[3], &dir_fd) < 0) return V_NULL;
    int r;
    if (v_is_int(a[0])) {
        int fd;
        if (fd_arg(a[0], &fd) < 0) return V_NULL;
        r = futimens(fd, tp);
        return none_or_errno(r, V_NULL);
    }
    const char *p = os_path_arg("utime", a[0], &keep);
    if (!p) return V_NULL;
    r = utimensat(dir_fd, p, tp, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    Value res = none_or_errno(r, V_NULL);   /* CPython's utime names no file */
    v_decref(keep);
    return res;
}

static Value do_chown(const char *fname, const Value *args, size_t nargs, Value kwnames, bool follow) {
    static const char *const kw[] = {"path", "uid", "gid", "dir_fd", "follow_symlinks"};
    Value a[5], keep;
    if (args_parse(fname, args, nargs, kwnames, kw, 5, 3, 3, a) < 0) return V_NULL;
    int64_t uid, gid;
    if (int_arg(a[1], &uid) < 0 || int_arg(a[2], &gid) < 0) return V_NULL;
    if (!v_is_null(a[4])) {
        int t = obj_truthy(a[4]);
        if (t < 0) return V_NULL;
        follow = follow && t;
    }
    if (v_is_int(a[0])) {
        int fd;
        if (fd_arg(a[0], &fd) < 0) return V_NULL;
        return none_or_errno(fchown(fd, (uid_t)uid, (gid_t)gid), V_NULL);
    }
    const char *p = os_path_arg(fname, a[0], &keep);
    if (!p) return V_NULL;
    int r = follow ? chown(p, (uid_t)uid, (gid_t)gid) : lchown(p, (uid_t)uid, (gid_t)gid);
    Value res = none_or_errno(r, a[0]);
    v_decref(keep);
    return res;
}

static Value os_chown(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return do_chown("chown", args, nargs, kwnames, true);
}

static Value os_lchown(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return do_chown("lchown", args, nargs, kwnames, false);
}

static Value os_fchown(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("fchown", nargs, kwnames, 3, 3) < 0) return V_NULL;
    int fd;
    int64_t uid, gid;
    if (fd_arg(args[0], &fd) < 0 || int_arg(args[1], &uid) < 0 || int_arg(args[2], &gid) < 0) return V_NULL;
    return none_or_errno(fchown(fd, (uid_t)uid, (gid_t)gid), V_NULL);
}

static Value os_fchmod(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"fd", "mode"};
    Value a[2];
    if (args_parse("fchmod", args, nargs, kwnames, kw, 2, 2, 2, a) < 0) return V_NULL;
    int fd;
    int64_t mode;
    if (fd_arg(a[0], &fd) < 0 || int_arg(a[1], &mode) < 0) return V_NULL;
    return none_or_errno(fchmod(fd, (mode_t)mode), V_NULL);
}

static Value os_mkfifo(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"path", "mode", "dir_fd"};
    Value a[3], keep;
    if (args_parse("mkfifo", args, nargs, kwnames, kw, 3, 2, 1, a) < 0) return V_NULL;
    int64_t mode = 0666;
    if (!v_is_null(a[1]) && int_arg(a[1], &mode) < 0) return V_NULL;
    const char *p = os_path_arg("mkfifo", a[0], &keep);
    if (!p) return V_NULL;
    Value res = none_or_errno(mkfifo(p, (mode_t)mode), a[0]);
    v_decref(keep);
    return res;
}

static Value os_mknod(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"path", "mode", "device", "dir_fd"};
    Value a[4], keep;
    if (args_parse("mknod", args, nargs, kwnames, kw, 4, 3, 1, a) < 0) return V_NULL;
    int64_t mode = 0600, dev = 0;
    if ((!v_is_null(a[1]) && int_arg(a[1], &mode) < 0) || (!v_is_null(a[2]) && int_arg(a[2], &dev) < 0))
        return V_NULL;
    const char *p = os_path_arg("mknod", a[0], &keep);
    if (!p) return V_NULL;
    Value res = none_or_errno(mknod(p, (mode_t)mode, (dev_t)dev), a[0]);
    v_decref(keep);
    return res;
}

static Value os_major(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("major", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t d;
    if (int_arg(args[0], &d) < 0) return V_NULL;
    return int_from_i64((int64_t)major((dev_t)d));
}

static Value os_minor(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("minor", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t d;
    if (int_arg(args[0], &d) < 0) return V_NULL;
    return int_from_i64((int64_t)minor((dev_t)d));
}

static Value os_makedev(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("makedev", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int64_t ma, mi;
    if (int_arg(args[0], &ma) < 0 || int_arg(args[1], &mi) < 0) return V_NULL;
    return int_from_i64((int64_t)makedev((unsigned)ma, (unsigned)mi));
}

/* _statvfs(path or fd) -> the 11 fields of os.statvfs_result, in order. */
static Value os_statvfs_raw(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("statvfs", nargs, kwnames, 1, 1) < 0) return V_NULL;
    struct statvfs s;
    if (v_is_int(args[0])) {
        int fd;
        if (fd_arg(args[0], &fd) < 0) return V_NULL;
        if (fstatvfs(fd, &s) < 0) return io_raise_errno(errno, V_NULL);
    } else {
        Value keep;
        const char *p = os_path_arg("statvfs", args[0], &keep);
        if (!p) return V_NULL;
        int r = statvfs(p, &s);
        if (r < 0) io_raise_errno(errno, args[0]);
        v_decref(keep);
        if (r < 0) return V_NULL;
    }
    int64_t f[11] = {(int64_t)s.f_bsize, (int64_t)s.f_frsize, (int64_t)s.f_blocks, (int64_t)s.f_bfree,
                     (int64_t)s.f_bavail, (int64_t)s.f_files, (int64_t)s.f_ffree, (int64_t)s.f_favail,
                     (int64_t)s.f_flag, (int64_t)s.f_namemax, (int64_t)s.f_fsid};
    Value t = tuple_new(11);
    if (v_is_null(t)) return V_NULL;
    for (int i = 0; i < 11; i++) {
        Value v = int_from_i64(f[i]);
        if (v_is_null(v)) { v_decref(t); return V_NULL; }
        tuple_items(t)[i] = v;
    }
    return t;
}

/* ---- the process and the system -------------------------------------------------------- */

/* _times() -> (user, system, children_user, children_system, elapsed). */
static Value os_times_raw(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (mod_positional("times", nargs, kwnames, 0, 0) < 0) return V_NULL;
    struct tms t;
    clock_t c = times(&t);
    if (c == (clock_t)-1) return io_raise_errno(errno, V_NULL);
    double hz = (double)sysconf(_SC_CLK_TCK);
    double f[5] = {t.tms_utime / hz, t.tms_stime / hz, t.tms_cutime / hz, t.tms_cstime / hz, c / hz};
    Value r = tuple_new(5);
    if (v_is_null(r)) return V_NULL;
    for (int i = 0; i < 5; i++) tuple_items(r)[i] = v_from_float(f[i]);
    return r;
}

static Value os_getloadavg(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (mod_positional("getloadavg", nargs, kwnames, 0, 0) < 0) return V_NULL;
    double l[3];
    if (getloadavg(l, 3) != 3) return err_format(&Exc_OSError, "Load averages are unobtainable");
    Value r = tuple_new(3);
    if (v_is_null(r)) return V_NULL;
    for (int i = 0; i < 3; i++) tuple_items(r)[i] = v_from_float(l[i]);
    return r;
}

static Value os_sched_getaffinity(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("sched_getaffinity", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t pid;
    if (int_arg(args[0], &pid) < 0) return V_NULL;
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity((pid_t)pid, sizeof set, &set) < 0) return io_raise_errno(errno, V_NULL);
    Value s = set_new();
    if (v_is_null(s)) return V_NULL;
    for (int i = 0; i < CPU_SETSIZE; i++)
        if (CPU_ISSET(i, &set) && set_add(s, v_from_smallint(i)) < 0) { v_decref(s); return V_NULL; }
    return s;
}

static Value os_sched_yield(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (mod_positional("sched_yield", nargs, kwnames, 0, 0) < 0) return V_NULL;
    sched_yield();
    return V_NONE;
}

static Value os_nice(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("nice", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t inc;
    if (int_arg(args[0], &inc) < 0) return V_NULL;
    errno = 0;
    int r = nice((int)inc);
    if (r == -1 && errno != 0) return io_raise_errno(errno, V_NULL);
    return v_from_smallint(r);
}

static Value os_getpriority(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("getpriority", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int64_t which, who;
    if (int_arg(args[0], &which) < 0 || int_arg(args[1], &who) < 0) return V_NULL;
    errno = 0;
    int r = getpriority((int)which, (id_t)who);
    if (r == -1 && errno != 0) return io_raise_errno(errno, V_NULL);
    return v_from_smallint(r);
}

static Value os_setpriority(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("setpriority", nargs, kwnames, 3, 3) < 0) return V_NULL;
    int64_t which, who, prio;
    if (int_arg(args[0], &which) < 0 || int_arg(args[1], &who) < 0 || int_arg(args[2], &prio) < 0)
        return V_NULL;
    return none_or_errno(setpriority((int)which, (id_t)who, (int)prio), V_NULL);
}

static Value os_getgroups(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (mod_positional("getgroups", nargs, kwnames, 0, 0) < 0) return V_NULL;
    int n = getgroups(0, NULL);
    if (n < 0) return io_raise_errno(errno, V_NULL);
    gid_t *g = mem_alloc(sizeof(gid_t) * (size_t)(n + 1));
    if (!g) return V_NULL;
    n = getgroups(n, g);
    if (n < 0) { mem_free(g); return io_raise_errno(errno, V_NULL); }
    Value l = list_new(0);
    for (int i = 0; i < n && !v_is_null(l); i++)
        if (list_append_steal(l, int_from_i64((int64_t)g[i])) < 0) v_clear(&l);
    mem_free(g);
    return l;
}

static Value os_getlogin(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (mod_positional("getlogin", nargs, kwnames, 0, 0) < 0) return V_NULL;
    char buf[256];
    int r = getlogin_r(buf, sizeof buf);
    if (r != 0) return io_raise_errno(r, V_NULL);
    return str_from_cstr(buf);
}

#define ID_SETTER(name, call, type)                                                      \
    static Value os_##name(Value self, const Value *args, size_t nargs, Value kwnames) { \
        (void)self;                                                                      \
        if (mod_positional(#name, nargs, kwnames, 1, 1) < 0) return V_NULL;              \
        int64_t id;                                                                      \
        if (int_arg(args[0], &id) < 0) return V_NULL;                                    \
        return none_or_errno(call((type)id), V_NULL);                                    \
    }
ID_SETTER(setuid, setuid, uid_t)
ID_SETTER(setgid, setgid, gid_t)
ID_SETTER(seteuid, seteuid, uid_t)
ID_SETTER(setegid, setegid, gid_t)

static Value os_abort(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (mod_positional("abort", nargs, kwnames, 0, 0) < 0) return V_NULL;
    builtins_flush_stdout();
    abort();
}

static Value os_getcwdb(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (mod_positional("getcwdb", nargs, kwnames, 0, 0) < 0) return V_NULL;
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf)) return io_raise_errno(errno, V_NULL);
    return bytes_new(buf, strlen(buf));
}

static Value os_ctermid(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (mod_positional("ctermid", nargs, kwnames, 0, 0) < 0) return V_NULL;
    char buf[L_ctermid];
    return str_from_cstr(ctermid(buf));
}

/* ---- configuration names: sysconf, pathconf, confstr ------------------------------------ */

typedef struct { const char *name; int value; } ConfName;

static const ConfName sysconf_table[] = {
    {"SC_ARG_MAX", _SC_ARG_MAX}, {"SC_CHILD_MAX", _SC_CHILD_MAX}, {"SC_CLK_TCK", _SC_CLK_TCK},
    {"SC_NGROUPS_MAX", _SC_NGROUPS_MAX}, {"SC_OPEN_MAX", _SC_OPEN_MAX}, {"SC_PAGESIZE", _SC_PAGESIZE},
    {"SC_PAGE_SIZE", _SC_PAGE_SIZE}, {"SC_NPROCESSORS_CONF", _SC_NPROCESSORS_CONF},
    {"SC_NPROCESSORS_ONLN", _SC_NPROCESSORS_ONLN}, {"SC_PHYS_PAGES", _SC_PHYS_PAGES},
    {"SC_AVPHYS_PAGES", _SC_AVPHYS_PAGES}, {"SC_LINE_MAX", _SC_LINE_MAX},
    {"SC_HOST_NAME_MAX", _SC_HOST_NAME_MAX}, {"SC_LOGIN_NAME_MAX", _SC_LOGIN_NAME_MAX},
    {"SC_TTY_NAME_MAX", _SC_TTY_NAME_MAX}, {"SC_IOV_MAX", _SC_IOV_MAX}, {"SC_STREAM_MAX", _SC_STREAM_MAX},
    {"SC_SYMLOOP_MAX", _SC_SYMLOOP_MAX}, {"SC_VERSION", _SC_VERSION}, {"SC_TZNAME_MAX", _SC_TZNAME_MAX},
    {"SC_SEM_NSEMS_MAX", _SC_SEM_NSEMS_MAX}, {"SC_GETPW_R_SIZE_MAX", _SC_GETPW_R_SIZE_MAX},
    {"SC_GETGR_R_SIZE_MAX", _SC_GETGR_R_SIZE_MAX},
    {NULL, 0},
};

static const ConfName pathconf_table[] = {
    {"PC_LINK_MAX", _PC_LINK_MAX}, {"PC_MAX_CANON", _PC_MAX_CANON}, {"PC_MAX_INPUT", _PC_MAX_INPUT},
    {"PC_NAME_MAX", _PC_NAME_MAX}, {"PC_PATH_MAX", _PC_PATH_MAX}, {"PC_PIPE_BUF", _PC_PIPE_BUF},
    {"PC_CHOWN_RESTRICTED", _PC_CHOWN_RESTRICTED}, {"PC_NO_TRUNC", _PC_NO_TRUNC},
    {"PC_VDISABLE", _PC_VDISABLE}, {"PC_FILESIZEBITS", _PC_FILESIZEBITS},
    {NULL, 0},
};

static const ConfName confstr_table[] = {
    {"CS_PATH", _CS_PATH}, {"CS_GNU_LIBC_VERSION", _CS_GNU_LIBC_VERSION},
    {"CS_GNU_LIBPTHREAD_VERSION", _CS_GNU_LIBPTHREAD_VERSION},
    {NULL, 0},
};

/* A configuration name: an int, or a str looked up in table. */
static int conf_name(Value v, const ConfName *table, int *out) {
    if (v_is_int(v)) {
        int64_t n;
        if (int_as_i64(v, &n) < 0) return -1;
        *out = (int)n;
        return 0;
    }
    if (!v_is_str(v)) {
        err_format(&Exc_TypeError, "configuration names must be strings or integers");
        return -1;
    }
    for (const ConfName *c = table; c->name; c++)
        if (str_eq_cstr(v, c->name)) {
            *out = c->value;
            return 0;
        }
    err_format(&Exc_ValueError, "unrecognized configuration name");
    return -1;
}

static Value os_sysconf(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("sysconf", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int name;
    if (conf_name(args[0], sysconf_table, &name) < 0) return V_NULL;
    errno = 0;
    long r = sysconf(name);
    if (r == -1 && errno != 0) return io_raise_errno(errno, V_NULL);
    return int_from_i64(r);
}

static Value do_pathconf(const char *fname, Value path, Value namev) {
    int name;
    if (conf_name(namev, pathconf_table, &name) < 0) return V_NULL;
    errno = 0;
    long r;
    if (v_is_int(path)) {
        int fd;
        if (fd_arg(path, &fd) < 0) return V_NULL;
        r = fpathconf(fd, name);
    } else {
        Value keep;
        const char *p = os_path_arg(fname, path, &keep);
        if (!p) return V_NULL;
        r = pathconf(p, name);
        v_decref(keep);
    }
    if (r == -1 && errno != 0) return io_raise_errno(errno, v_is_int(path) ? V_NULL : path);
    return int_from_i64(r);
}

static Value os_pathconf(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"path", "name"};
    Value a[2];
    if (args_parse("pathconf", args, nargs, kwnames, kw, 2, 2, 2, a) < 0) return V_NULL;
    return do_pathconf("pathconf", a[0], a[1]);
}

static Value os_fpathconf(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("fpathconf", nargs, kwnames, 2, 2) < 0) return V_NULL;
    return do_pathconf("fpathconf", args[0], args[1]);
}

static Value os_confstr(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("confstr", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int name;
    if (conf_name(args[0], confstr_table, &name) < 0) return V_NULL;
    char buf[1024];
    errno = 0;
    size_t n = confstr(name, buf, sizeof buf);
    if (n == 0) return errno ? io_raise_errno(errno, V_NULL) : V_NONE;
    return str_from_cstr(buf);
}

const MethodDef os_file_functions[] = {
    {"fstat", os_fstat, 0, NULL},
    {"lseek", os_lseek, 0, NULL},
    {"fsync", os_fsync, 0, NULL},
    {"fdatasync", os_fdatasync, 0, NULL},
    {"sync", os_sync, 0, NULL},
    {"ftruncate", os_ftruncate, 0, NULL},
    {"truncate", os_truncate, 0, NULL},
    {"pread", os_pread, 0, NULL},
    {"pwrite", os_pwrite, 0, NULL},
    {"sendfile", os_sendfile, 0, NULL},
    {"pipe2", os_pipe2, 0, NULL},
    {"lockf", os_lockf, 0, NULL},
    {"fchdir", os_fchdir, 0, NULL},
    {"ttyname", os_ttyname, 0, NULL},
    {"openpty", os_openpty, 0, NULL},
    {"memfd_create", os_memfd_create, 0, NULL},
    {"device_encoding", os_device_encoding, 0, NULL},
    {"getrandom", os_getrandom, 0, NULL},
    {"utime", os_utime, 0, NULL},
    {"chown", os_chown, 0, NULL},
    {"lchown", os_lchown, 0, NULL},
    {"fchown", os_fchown, 0, NULL},
    {"fchmod", os_fchmod, 0, NULL},
    {"mkfifo", os_mkfifo, 0, NULL},
    {"mknod", os_mknod, 0, NULL},
    {"major", os_major, 0, NULL},
    {"minor", os_minor, 0, NULL},
    {"makedev", os_makedev, 0, NULL},
    {"_statvfs", os_statvfs_raw, 0, NULL},
    {"_times", os_times_raw, 0, NULL},
    {"getloadavg", os_getloadavg, 0, NULL},
    {"sched_getaffinity", os_sched_getaffinity, 0, NULL},
    {"sched_yield", os_sched_yield, 0, NULL},
    {"nice", os_nice, 0, NULL},
    {"getpriority", os_getpriority, 0, NULL},
    {"setpriority", os_setpriority, 0, NULL},
    {"getgroups", os_getgroups, 0, NULL},
    {"getlogin", os_getlogin, 0, NULL},
    {"setuid", os_setuid, 0, NULL},
    {"setgid", os_setgid, 0, NULL},
    {"seteuid", os_seteuid, 0, NULL},
    {"setegid", os_setegid, 0, NULL},
    {"abort", os_abort, 0, NULL},
    {"getcwdb", os_getcwdb, 0, NULL},
    {"ctermid", os_ctermid, 0, NULL},
    {"sysconf", os_sysconf, 0, NULL},
    {"pathconf", os_pathconf, 0, NULL},
    {"fpathconf", os_fpathconf, 0, NULL},
    {"confstr", os_confstr, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int add_names(Value d, const char *dictname, const ConfName *table) {
    Value names = dict_new();
    if (v_is_null(names)) return -1;
    for (const ConfName *c = table; c->name; c++)
        if (dict_set_cstr(names, c->name, v_from_smallint(c->value)) < 0) { v_decref(names); return -1; }
    int r = dict_set_cstr(d, dictname, names);
    v_decref(names);
    return r;
}

int os_file_add_constants(Value d) {
    static const struct { const char *name; int value; } ints[] = {
        {"F_LOCK", F_LOCK}, {"F_TLOCK", F_TLOCK}, {"F_ULOCK", F_ULOCK}, {"F_TEST", F_TEST},
        {"PRIO_PROCESS", PRIO_PROCESS}, {"PRIO_PGRP", PRIO_PGRP}, {"PRIO_USER", PRIO_USER},
        {"SCHED_OTHER", SCHED_OTHER}, {"SCHED_FIFO", SCHED_FIFO}, {"SCHED_RR", SCHED_RR},
        {"SCHED_BATCH", SCHED_BATCH}, {"SCHED_IDLE", SCHED_IDLE},
        {"MFD_CLOEXEC", MFD_CLOEXEC}, {"MFD_ALLOW_SEALING", MFD_ALLOW_SEALING},
        {"GRND_NONBLOCK", GRND_NONBLOCK}, {"GRND_RANDOM", GRND_RANDOM},
        {"O_DSYNC", O_DSYNC}, {"O_NDELAY", O_NDELAY}, {"O_ASYNC", O_ASYNC}, {"O_DIRECT", O_DIRECT},
        {"O_LARGEFILE", O_LARGEFILE}, {"O_NOATIME", O_NOATIME}, {"O_PATH", O_PATH},
        {"O_TMPFILE", O_TMPFILE}, {"O_RSYNC", O_RSYNC}, {"O_ACCMODE", O_ACCMODE},
        {"ST_RDONLY", ST_RDONLY}, {"ST_NOSUID", ST_NOSUID},
        {"P_WAIT", 0}, {"P_NOWAIT", 1}, {"P_NOWAITO", 1},
        {"EX_USAGE", 64}, {"EX_DATAERR", 65}, {"EX_NOINPUT", 66}, {"EX_NOUSER", 67},
        {"EX_NOHOST", 68}, {"EX_UNAVAILABLE", 69}, {"EX_SOFTWARE", 70}, {"EX_OSERR", 71},
        {"EX_OSFILE", 72}, {"EX_CANTCREAT", 73}, {"EX_IOERR", 74}, {"EX_TEMPFAIL", 75},
        {"EX_PROTOCOL", 76}, {"EX_NOPERM", 77}, {"EX_CONFIG", 78},
        {"SEEK_DATA", SEEK_DATA}, {"SEEK_HOLE", SEEK_HOLE},
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        if (dict_set_cstr(d, ints[i].name, v_from_smallint(ints[i].value)) < 0) return -1;
    if (add_names(d, "sysconf_names", sysconf_table) < 0 || add_names(d, "pathconf_names", pathconf_table) < 0 ||
        add_names(d, "confstr_names", confstr_table) < 0)
        return -1;
    return 0;
}

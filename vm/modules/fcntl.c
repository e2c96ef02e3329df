/* fcntl.c: the fcntl module: fcntl, ioctl, flock, lockf and the F_*,
 * FD_*, LOCK_* constants. Descriptors are ints or objects with fileno().
 * An int arg is passed as an int; a bytes-like arg (at most 1024 bytes)
 * is copied into a buffer whose contents after the call are returned as
 * bytes, as CPython does. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "io.h"
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../bytearray.h"
#include "../int.h"
#include "../sigint.h"

static int int_of(Value v, int64_t *out) {
    if (v_is_float(v)) {
        err_format(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    return obj_as_index_i64(v, out);
}

/* The call with an int or buffer argument: fn(fd, code, arg). */
static Value call_with_arg(const char *fname, int fd, unsigned long code, Value arg, bool is_ioctl,
                           bool mutate) {
    if (!v_is_null(arg) && !v_is_int(arg) && !v_is_bool(arg)) {
        const uint8_t *p;
        int64_t n;
        if (v_is_str(arg)) {
            p = (const uint8_t *)str_data(arg);
            n = str_nbytes(arg);
        } else if (!bytes_like_view(arg, &p, &n)) {
            return err_format(&Exc_TypeError, "%s() argument 3 must be an integer, a bytes-like object, or a "
                              "string, not %s", fname, v_type_name(arg));
        }
        char buf[1024 + 1];
        if (n > 1024) return err_format(&Exc_ValueError, "%s string arg too long", fname);
        memcpy(buf, p, (size_t)n);
        buf[n] = 0;
        int r;
        do r = is_ioctl ? ioctl(fd, code, buf) : fcntl(fd, (int)code, buf);
        while (r < 0 && errno == EINTR && sigint_check() == 0);
        if (r < 0) return err_occurred() ? V_NULL : io_raise_errno(errno, V_NULL);
        if (is_ioctl && mutate && v_is_bytearray(arg)) {
            uint8_t *dst = (uint8_t *)p;
            memcpy(dst, buf, (size_t)n);
            return v_from_smallint(r);
        }
        return bytes_new(buf, (size_t)n);
    }
    int64_t iv = 0;
    if (!v_is_null(arg) && int_of(arg, &iv) < 0) return V_NULL;
    int r;
    do r = is_ioctl ? ioctl(fd, code, (long)iv) : fcntl(fd, (int)code, (long)iv);
    while (r < 0 && errno == EINTR && sigint_check() == 0);
    if (r < 0) return err_occurred() ? V_NULL : io_raise_errno(errno, V_NULL);
    return v_from_smallint(r);
}

static Value f_fcntl(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("fcntl", nargs, kwnames, 2, 3) < 0) return V_NULL;
    int fd;
    int64_t cmd;
    if (io_as_fd(args[0], &fd) < 0 || int_of(args[1], &cmd) < 0) return V_NULL;
    return call_with_arg("fcntl", fd, (unsigned long)cmd, nargs > 2 ? args[2] : V_NULL, false, false);
}

static Value f_ioctl(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("ioctl", nargs, kwnames, 2, 4) < 0) return V_NULL;
    int fd;
    int64_t req;
    if (io_as_fd(args[0], &fd) < 0 || int_of(args[1], &req) < 0) return V_NULL;
    int mutate = 1;
    if (nargs > 3 && (mutate = obj_truthy(args[3])) < 0) return V_NULL;
    return call_with_arg("ioctl", fd, (unsigned long)req, nargs > 2 ? args[2] : V_NULL, true, mutate);
}

static Value f_flock(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("flock", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int fd;
    int64_t op;
    if (io_as_fd(args[0], &fd) < 0 || int_of(args[1], &op) < 0) return V_NULL;
    int r;
    do r = flock(fd, (int)op);
    while (r < 0 && errno == EINTR && sigint_check() == 0);
    if (r < 0) return err_occurred() ? V_NULL : io_raise_errno(errno, V_NULL);
    return V_NONE;
}

static Value f_lockf(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("lockf", nargs, kwnames, 2, 5) < 0) return V_NULL;
    int fd;
    int64_t code, len = 0, start = 0, whence = 0;
    if (io_as_fd(args[0], &fd) < 0 || int_of(args[1], &code) < 0) return V_NULL;
    if (nargs > 2 && int_of(args[2], &len) < 0) return V_NULL;
    if (nargs > 3 && int_of(args[3], &start) < 0) return V_NULL;
    if (nargs > 4 && int_of(args[4], &whence) < 0) return V_NULL;
    struct flock l;
    memset(&l, 0, sizeof l);
    if (code == LOCK_UN) l.l_type = F_UNLCK;
    else if (code & LOCK_SH) l.l_type = F_RDLCK;
    else if (code & LOCK_EX) l.l_type = F_WRLCK;
    else return err_format(&Exc_ValueError, "unrecognized lockf argument");
    l.l_start = (off_t)start;
    l.l_len = (off_t)len;
    l.l_whence = (short)whence;
    int r;
    do r = fcntl(fd, (code & LOCK_NB) ? F_SETLK : F_SETLKW, &l);
    while (r < 0 && errno == EINTR && sigint_check() == 0);
    if (r < 0) return err_occurred() ? V_NULL : io_raise_errno(errno, V_NULL);
    return V_NONE;
}

static const MethodDef fcntl_functions[] = {
    {"fcntl", f_fcntl, 0, "Perform the operation cmd on file descriptor fd."},
    {"ioctl", f_ioctl, 0, "Perform the operation request on file descriptor fd."},
    {"flock", f_flock, 0, "Perform the lock operation on file descriptor fd."},
    {"lockf", f_lockf, 0, "A wrapper around the fcntl() locking calls."},
    {NULL, NULL, 0, NULL},
};

Value module_init_fcntl(void) {
    Value m = mod_create("fcntl", fcntl_functions);
    if (v_is_null(m)) return V_NULL;
    static const struct { const char *name; long value; } ints[] = {
        {"F_DUPFD", F_DUPFD}, {"F_DUPFD_CLOEXEC", F_DUPFD_CLOEXEC}, {"F_GETFD", F_GETFD},
        {"F_SETFD", F_SETFD}, {"F_GETFL", F_GETFL}, {"F_SETFL", F_SETFL}, {"F_GETLK", F_GETLK},
        {"F_SETLK", F_SETLK}, {"F_SETLKW", F_SETLKW}, {"F_GETOWN", F_GETOWN}, {"F_SETOWN", F_SETOWN},
        {"F_GETSIG", F_GETSIG}, {"F_SETSIG", F_SETSIG}, {"F_RDLCK", F_RDLCK}, {"F_WRLCK", F_WRLCK},
        {"F_UNLCK", F_UNLCK}, {"F_GETLEASE", F_GETLEASE}, {"F_SETLEASE", F_SETLEASE},
        {"F_NOTIFY", F_NOTIFY}, {"F_EXLCK", 4}, {"F_SHLCK", 8},
        {"F_GETPIPE_SZ", F_GETPIPE_SZ}, {"F_SETPIPE_SZ", F_SETPIPE_SZ},
        {"F_OFD_GETLK", F_OFD_GETLK}, {"F_OFD_SETLK", F_OFD_SETLK}, {"F_OFD_SETLKW", F_OFD_SETLKW},
        {"F_ADD_SEALS", F_ADD_SEALS}, {"F_GET_SEALS", F_GET_SEALS}, {"F_SEAL_SEAL", F_SEAL_SEAL},
        {"F_SEAL_SHRINK", F_SEAL_SHRINK}, {"F_SEAL_GROW", F_SEAL_GROW}, {"F_SEAL_WRITE", F_SEAL_WRITE},
        {"FD_CLOEXEC", FD_CLOEXEC}, {"LOCK_SH", LOCK_SH}, {"LOCK_EX", LOCK_EX}, {"LOCK_NB", LOCK_NB},
        {"LOCK_UN", LOCK_UN}, {"LOCK_MAND", 32}, {"LOCK_READ", 64}, {"LOCK_WRITE", 128}, {"LOCK_RW", 192},
        {"DN_ACCESS", DN_ACCESS}, {"DN_MODIFY", DN_MODIFY}, {"DN_CREATE", DN_CREATE},
        {"DN_DELETE", DN_DELETE}, {"DN_RENAME", DN_RENAME}, {"DN_ATTRIB", DN_ATTRIB},
        {"DN_MULTISHOT", (long)DN_MULTISHOT},
        {"FASYNC", FASYNC},
#ifdef F_GETLK64
        {"F_GETLK64", F_GETLK64}, {"F_SETLK64", F_SETLK64}, {"F_SETLKW64", F_SETLKW64},
#endif
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        Value v = int_from_i64(ints[i].value);
        int r = v_is_null(v) ? -1 : dict_set_cstr(module_dict(m), ints[i].name, v);
        v_decref(v);
        if (r < 0) {
            v_decref(m);
            return V_NULL;
        }
    }
    return m;
}

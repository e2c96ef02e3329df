/* os_proc.c: the process part of the os module (fork, exec*, wait*,
 * the W* status macros, _exit, descriptor flags, process groups) and
 * os._fork_exec, the child-process launcher lib/subprocess.py uses (the
 * role of CPython's _posixsubprocess.fork_exec). module_init_os adds
 * os_proc_functions and os_proc_add_constants. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "io.h"
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../int.h"
#include "../list.h"
#include "../runtime.h"
#include "../sigint.h"
#include "../unicode_util.h"

/* An integer argument (__index__; a float is a TypeError, as CPython's
 * argument clinic). Shared with os_file.c. */
int os_int_arg(Value v, int64_t *out) {
    if (v_is_float(v)) {
        err_format(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    return obj_as_index_i64(v, out);
}

/* A file descriptor argument (an int that fits a C int). */
int os_fd_arg(Value v, int *out) {
    int64_t n;
    if (os_int_arg(v, &n) < 0) return -1;
    if (n < INT_MIN || n > INT_MAX) {
        err_format(&Exc_OverflowError, "fd is greater than maximum");
        return -1;
    }
    *out = (int)n;
    return 0;
}

#define int_arg os_int_arg
#define fd_arg os_fd_arg

/* ---- argv / env conversion ---- */

/* A str (UTF-8, surrogateescape), bytes or os.PathLike as a malloc'd C
 * string; NULL with an exception set. */
static char *cstr_of(const char *fname, Value v) {
    Value b = V_NULL;
    if (!v_is_str(v) && !v_is_strlike(v) && !v_is_byteslike(v)) {
        Value fs;
        int r = obj_lookup_attr(v, str_intern_cstr("__fspath__"), &fs);
        if (r < 0) return NULL;
        if (r == 0) {
            err_format(&Exc_TypeError, "expected str, bytes or os.PathLike object, not %s", v_type_name(v));
            return NULL;
        }
        v = obj_call0(fs);
        v_decref(fs);
        if (v_is_null(v)) return NULL;
        b = v;
    }
    const char *s;
    size_t n;
    Value enc = V_NULL;
    if (v_is_byteslike(v)) {
        s = (const char *)((BytesObject *)v_as_obj(v))->data;
        n = (size_t)((BytesObject *)v_as_obj(v))->size;
    } else if (v_is_str(v) || v_is_strlike(v)) {
        enc = codec_encode(v, "utf-8", "surrogateescape");
        if (v_is_null(enc)) {
            v_decref(b);
            return NULL;
        }
        s = (const char *)((BytesObject *)v_as_obj(enc))->data;
        n = (size_t)((BytesObject *)v_as_obj(enc))->size;
    } else {
        err_format(&Exc_TypeError, "expected str, bytes or os.PathLike object, not %s", v_type_name(v));
        v_decref(b);
        return NULL;
    }
    char *out = NULL;
    if (strlen(s) != n) {
        err_format(&Exc_ValueError, "embedded null byte");
    } else {
        out = malloc(n + 1);
        if (!out) err_nomem();
        else memcpy(out, s, n + 1);
    }
    v_decref(enc);
    v_decref(b);
    (void)fname;
    return out;
}

static void free_strv(char **v) {
    if (!v) return;
    for (char **p = v; *p; p++) free(*p);
    free(v);
}

/* A list/tuple (or any iterable) of path-likes as a NULL-terminated
 * malloc'd vector. */
static char **strv_of(const char *fname, Value seq, size_t *count) {
    Value lst = list_from_iterable(seq);
    if (v_is_null(lst)) return NULL;
    size_t n = (size_t)list_size(lst);
    char **v = calloc(n + 1, sizeof(char *));
    if (!v) {
        v_decref(lst);
        err_nomem();
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        v[i] = cstr_of(fname, list_items(lst)[i]);
        if (!v[i]) {
            v_decref(lst);
            free_strv(v);
            return NULL;
        }
    }
    v_decref(lst);
    if (count) *count = n;
    return v;
}

/* A mapping as "KEY=VALUE" strings. */
static char **envv_of(const char *fname, Value env) {
    Value keys = obj_call_method(env, "keys", NULL, 0);
    if (v_is_null(keys)) return NULL;
    Value lst = list_from_iterable(keys);
    v_decref(keys);
    if (v_is_null(lst)) return NULL;
    size_t n = (size_t)list_size(lst);
    char **v = calloc(n + 1, sizeof(char *));
    if (!v) {
        v_decref(lst);
        err_nomem();
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        Value k = list_items(lst)[i];
        Value val = obj_getitem(env, k);
        char *ks = v_is_null(val) ? NULL : cstr_of(fname, k);
        char *vs = ks ? cstr_of(fname, val) : NULL;
        v_decref(val);
        if (ks && !*ks) {
            err_format(&Exc_ValueError, "illegal environment variable name");
            free(ks);
            free(vs);
            ks = vs = NULL;
        } else if (ks && strchr(ks, '=')) {
            err_format(&Exc_ValueError, "illegal environment variable name");
            free(ks);
            free(vs);
            ks = vs = NULL;
        }
        if (!ks || !vs) {
            free(ks);
            v_decref(lst);
            free_strv(v);
            return NULL;
        }
        size_t kl = strlen(ks), vl = strlen(vs);
        v[i] = malloc(kl + vl + 2);
        if (v[i]) {
            memcpy(v[i], ks, kl);
            v[i][kl] = '=';
            memcpy(v[i] + kl + 1, vs, vl + 1);
        }
        free(ks);
        free(vs);
        if (!v[i]) {
            v_decref(lst);
            free_strv(v);
            err_nomem();
            return NULL;
        }
    }
    v_decref(lst);
    return v;
}

/* ---- fork / exec / wait ---- */

static Value os_fork(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (mod_positional("fork", nargs, kwnames, 0, 0) < 0) return V_NULL;
    builtins_flush_stdout();
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) return io_raise_errno(errno, V_NULL);
    if (pid == 0 && sigint_fork_child_hook) sigint_fork_child_hook();
    return v_from_smallint(pid);
}

static Value do_exec(const char *fname, Value path, Value argv, Value env) {
    if (!v_is_list(argv) && !v_is_tuple(argv))
        return err_format(&Exc_TypeError, "%s() arg 2 must be a tuple or list", fname);
    if ((v_is_list(argv) ? list_size(argv) : tuple_size(argv)) == 0)
        return err_format(&Exc_ValueError, "%s() arg 2 must not be empty", fname);
    char *p = cstr_of(fname, path);
    if (!p) return V_NULL;
    char **av = strv_of(fname, argv, NULL);
    if (!av) {
        free(p);
        return V_NULL;
    }
    if (!av[0][0]) {
        free(p);
        free_strv(av);
        return err_format(&Exc_ValueError, "%s() arg 2 first element cannot be empty", fname);
    }
    char **ev = NULL;
    if (!v_is_null(env)) {
        ev = envv_of(fname, env);
        if (!ev) {
            free(p);
            free_strv(av);
            return V_NULL;
        }
    }
    builtins_flush_stdout();
    fflush(NULL);
    if (ev) execve(p, av, ev);
    else execv(p, av);
    int e = errno;
    free(p);
    free_strv(av);
    free_strv(ev);
    return io_raise_errno(e, V_NULL);
}

static Value os_execv(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("execv", nargs, kwnames, 2, 2) < 0) return V_NULL;
    return do_exec("execv", args[0], args[1], V_NULL);
}

static Value os_execve(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"path", "argv", "env"};
    Value a[3];
    if (args_parse("execve", args, nargs, kwnames, kw, 3, 3, 3, a) < 0) return V_NULL;
    return do_exec("execve", a[0], a[1], a[2]);
}

static Value os_exit_now(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"status"};
    Value a[1];
    if (args_parse("_exit", args, nargs, kwnames, kw, 1, 1, 1, a) < 0) return V_NULL;
    int64_t st;
    if (int_arg(a[0], &st) < 0) return V_NULL;
    _exit((int)st);
}

static Value pid_status(pid_t pid, int status) {
    Value t = tuple_new(2);
    if (v_is_null(t)) return V_NULL;
    tuple_items(t)[0] = v_from_smallint(pid);
    tuple_items(t)[1] = v_from_smallint(status);
    return t;
}

static Value os_waitpid(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("waitpid", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int64_t pid, options;
    if (int_arg(args[0], &pid) < 0 || int_arg(args[1], &options) < 0) return V_NULL;
    int status = 0;
    pid_t r;
    while ((r = waitpid((pid_t)pid, &status, (int)options)) < 0 && errno == EINTR)
        if (sigint_check() < 0) return V_NULL;
    if (r < 0) return io_raise_errno(errno, V_NULL);
    return pid_status(r, status);
}

static Value os_wait(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (mod_positional("wait", nargs, kwnames, 0, 0) < 0) return V_NULL;
    int status = 0;
    pid_t r;
    while ((r = wait(&status)) < 0 && errno == EINTR)
        if (sigint_check() < 0) return V_NULL;
    if (r < 0) return io_raise_errno(errno, V_NULL);
    return pid_status(r, status);
}

#define STATUS_FN(name, expr, isbool) \
    static Value os_##name(Value self, const Value *args, size_t nargs, Value kwnames) { \
        (void)self; \
        static const char *const kw[] = {"status"}; \
        Value a[1]; \
        if (args_parse(#name, args, nargs, kwnames, kw, 1, 1, 1, a) < 0) return V_NULL; \
        int64_t s64; \
        if (int_arg(a[0], &s64) < 0) return V_NULL; \
        int status = (int)s64; \
        return isbool ? v_from_bool(expr) : v_from_smallint(expr); \
    }
STATUS_FN(WIFEXITED, WIFEXITED(status), 1)
STATUS_FN(WEXITSTATUS, WEXITSTATUS(status), 0)
STATUS_FN(WIFSIGNALED, WIFSIGNALED(status), 1)
STATUS_FN(WTERMSIG, WTERMSIG(status), 0)
STATUS_FN(WIFSTOPPED, WIFSTOPPED(status), 1)
STATUS_FN(WSTOPSIG, WSTOPSIG(status), 0)
STATUS_FN(WCOREDUMP, WCOREDUMP(status), 1)
STATUS_FN(WIFCONTINUED, WIFCONTINUED(status), 1)
#undef STATUS_FN

static Value os_waitstatus_to_exitcode(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"status"};
    Value a[1];
    if (args_parse("waitstatus_to_exitcode", args, nargs, kwnames, kw, 1, 1, 1, a) < 0) return V_NULL;
    int64_t s64;
    if (int_arg(a[0], &s64) < 0) return V_NULL;
    int status = (int)s64;
    if (WIFEXITED(status)) return v_from_smallint(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return v_from_smallint(-WTERMSIG(status));
    return err_format(&Exc_ValueError, "invalid wait status: %d", status);
}

/* ---- descriptor flags ---- */

/* get_blocking/get_inheritable and their setters: one fcntl flag each
 * (O_NONBLOCK through F_GETFL/F_SETFL, FD_CLOEXEC through F_GETFD/F_SETFD)
 * whose bit being clear is the True the function reports. */
static Value fd_flag_get(const char *name, const Value *args, size_t nargs, Value kwnames, int get, int bit) {
    if (mod_positional(name, nargs, kwnames, 1, 1) < 0) return V_NULL;
    int fd;
    if (fd_arg(args[0], &fd) < 0) return V_NULL;
    int fl = fcntl(fd, get);
    if (fl < 0) return io_raise_errno(errno, V_NULL);
    return v_from_bool(!(fl & bit));
}

static Value fd_flag_set(const char *name, const Value *args, size_t nargs, Value kwnames, int get, int set,
                         int bit) {
    if (mod_positional(name, nargs, kwnames, 2, 2) < 0) return V_NULL;
    int fd;
    if (fd_arg(args[0], &fd) < 0) return V_NULL;
    int b = obj_truthy(args[1]);
    if (b < 0) return V_NULL;
    int fl = fcntl(fd, get);
    if (fl < 0) return io_raise_errno(errno, V_NULL);
    fl = b ? (fl & ~bit) : (fl | bit);
    if (fcntl(fd, set, fl) < 0) return io_raise_errno(errno, V_NULL);
    return V_NONE;
}

static Value os_get_blocking(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return fd_flag_get("get_blocking", args, nargs, kwnames, F_GETFL, O_NONBLOCK);
}

static Value os_set_blocking(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return fd_flag_set("set_blocking", args, nargs, kwnames, F_GETFL, F_SETFL, O_NONBLOCK);
}

static Value os_get_inheritable(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return fd_flag_get("get_inheritable", args, nargs, kwnames, F_GETFD, FD_CLOEXEC);
}

static Value os_set_inheritable(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return fd_flag_set("set_inheritable", args, nargs, kwnames, F_GETFD, F_SETFD, FD_CLOEXEC);
}

static Value os_closerange(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("closerange", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int lo, hi;
    if (fd_arg(args[0], &lo) < 0 || fd_arg(args[1], &hi) < 0) return V_NULL;
    builtins_flush_stdout();
    for (int fd = lo < 0 ? 0 : lo; fd < hi; fd++) close(fd);
    return V_NONE;
}

/* ---- process groups and sessions ---- */

static Value os_getpgrp(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (mod_positional("getpgrp", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return v_from_smallint(getpgrp());
}

static Value os_getpgid(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("getpgid", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t pid;
    if (int_arg(args[0], &pid) < 0) return V_NULL;
    pid_t r = getpgid((pid_t)pid);
    if (r < 0) return io_raise_errno(errno, V_NULL);
    return v_from_smallint(r);
}

static Value os_setpgid(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("setpgid", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int64_t pid, pg;
    if (int_arg(args[0], &pid) < 0 || int_arg(args[1], &pg) < 0) return V_NULL;
    if (setpgid((pid_t)pid, (pid_t)pg) < 0) return io_raise_errno(errno, V_NULL);
    return V_NONE;
}

static Value os_getsid(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("getsid", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t pid;
    if (int_arg(args[0], &pid) < 0) return V_NULL;
    pid_t r = getsid((pid_t)pid);
    if (r < 0) return io_raise_errno(errno, V_NULL);
    return v_from_smallint(r);
}

static Value os_setsid(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (mod_positional("setsid", nargs, kwnames, 0, 0) < 0) return V_NULL;
    if (setsid() < 0) return io_raise_errno(errno, V_NULL);
    return V_NONE;
}

static Value os_killpg(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("killpg", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int64_t pg, sig;
    if (int_arg(args[0], &pg) < 0 || int_arg(args[1], &sig) < 0) return V_NULL;
    builtins_flush_stdout();
    if (killpg((pid_t)pg, (int)sig) < 0) return io_raise_errno(errno, V_NULL);
    if (sigint_check() < 0) return V_NULL;
    return V_NONE;
}

static Value os_unsetenv(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("unsetenv", nargs, kwnames, 1, 1) < 0) return V_NULL;
    if (!v_is_str(args[0])) return err_format(&Exc_TypeError, "str expected, not %s", v_type_name(args[0]));
    const char *k = str_data(args[0]);
    if (!*k || strchr(k, '=')) return err_format(&Exc_ValueError, "illegal environment variable name");
    if (unsetenv(k) < 0) return io_raise_errno(errno, V_NULL);
    return V_NONE;
}

/* ---- _fork_exec ---- */

static void child_write_error(int errpipe, int err, const char *what) {
    char buf[96];
    int n = snprintf(buf, sizeof buf, "OSError:%x:%s", err, what);
    if (n > 0) {
        ssize_t r = write(errpipe, buf, (size_t)n);
        (void)r;
    }
}

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Closes every descriptor >= 3 but the sorted keep[0..nkeep). */
static void close_fds_except(const int *keep, size_t nkeep) {
    int lo = 3;
    for (size_t i = 0; i <= nkeep; i++) {
        int hi = i < nkeep ? keep[i] : -1;
        if (i < nkeep && hi < lo) continue;
#ifdef SYS_close_range
        if (syscall(SYS_close_range, (unsigned)lo, i < nkeep ? (unsigned)(hi - 1) : ~0u, 0) == 0) {
            lo = hi + 1;
            continue;
        }
#endif
        long max = sysconf(_SC_OPEN_MAX);
        if (max < 0 || max > 65536) max = 65536;
        for (int fd = lo; fd < (i < nkeep ? hi : (int)max); fd++) close(fd);
        lo = hi + 1;
    }
}

/* _fork_exec(args, executables, cwd, env, p2cread, p2cwrite, c2pread,
 *            c2pwrite, errread, errwrite, errpipe_read, errpipe_write,
 *            close_fds, restore_signals, start_new_session, pass_fds,
 *            umask) -> pid
 * executables: the paths to try in order (the PATH search is done by
 * subprocess.py). A failure in the child before or at exec is written to
 * errpipe_write as "OSError:<hex errno>:<noexec[:chdir]>" and the child
 * exits with 255, as CPython's _posixsubprocess does. */
static Value os_fork_exec(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("_fork_exec", nargs, kwnames, 17, 17) < 0) return V_NULL;
    int fds[8];
    for (int i = 0; i < 8; i++)
        if (fd_arg(args[4 + i], &fds[i]) < 0) return V_NULL;
    int p2cread = fds[0], p2cwrite = fds[1], c2pread = fds[2], c2pwrite = fds[3];
    int errread = fds[4], errwrite = fds[5], errpipe_read = fds[6], errpipe_write = fds[7];
    int close_fds = obj_truthy(args[12]), restore = obj_truthy(args[13]), newsess = obj_truthy(args[14]);
    if (close_fds < 0 || restore < 0 || newsess < 0) return V_NULL;
    int64_t umask_v;
    if (int_arg(args[16], &umask_v) < 0) return V_NULL;

    char **argv = strv_of("_fork_exec", args[0], NULL);
    if (!argv) return V_NULL;
    size_t nexe = 0;
    char **exes = strv_of("_fork_exec", args[1], &nexe);
    char *cwd = NULL, **envp = NULL;
    int *keep = NULL;
    size_t nkeep = 0;
    Value res = V_NULL;
    if (!exes) goto out;
    if (args[2] != V_NONE && !(cwd = cstr_of("_fork_exec", args[2]))) goto out;
    if (args[3] != V_NONE && !(envp = strv_of("_fork_exec", args[3], NULL))) goto out;
    {
        Value pf = list_from_iterable(args[15]);
        if (v_is_null(pf)) goto out;
        nkeep = (size_t)list_size(pf);
        keep = malloc((nkeep + 1) * sizeof(int));
        if (!keep) {
            v_decref(pf);
            err_nomem();
            goto out;
        }
        for (size_t i = 0; i < nkeep; i++) {
            if (fd_arg(list_items(pf)[i], &keep[i]) < 0) {
                v_decref(pf);
                goto out;
            }
        }
        v_decref(pf);
        keep[nkeep++] = errpipe_write;
        qsort(keep, nkeep, sizeof(int), cmp_int);
    }
    builtins_flush_stdout();
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        io_raise_errno(errno, V_NULL);
        goto out;
    }
    if (pid == 0) {
        /* the child: async-signal-safe calls only from here */
        int err;
        if (p2cwrite != -1) close(p2cwrite);
        if (c2pread != -1) close(c2pread);
        if (errread != -1) close(errread);
        if (errpipe_read != -1) close(errpipe_read);
        /* keep the descriptors out of the way of 0, 1, 2 */
        if (c2pwrite == 0) {
            if ((c2pwrite = dup(c2pwrite)) < 0) goto child_error;
        }
        while (errwrite == 0 || errwrite == 1) {
            if ((errwrite = dup(errwrite)) < 0) goto child_error;
        }
        if (p2cread == 0) {
            int fl = fcntl(0, F_GETFD);
            if (fl >= 0) fcntl(0, F_SETFD, fl & ~FD_CLOEXEC);
        } else if (p2cread != -1 && dup2(p2cread, 0) < 0) goto child_error;
        if (c2pwrite == 1) {
            int fl = fcntl(1, F_GETFD);
            if (fl >= 0) fcntl(1, F_SETFD, fl & ~FD_CLOEXEC);
        } else if (c2pwrite != -1 && dup2(c2pwrite, 1) < 0) goto child_error;
        if (errwrite == 2) {
            int fl = fcntl(2, F_GETFD);
            if (fl >= 0) fcntl(2, F_SETFD, fl & ~FD_CLOEXEC);
        } else if (errwrite != -1 && dup2(errwrite, 2) < 0) goto child_error;
        if (p2cread > 2) close(p2cread);
        if (c2pwrite > 2 && c2pwrite != p2cread) close(c2pwrite);
        if (errwrite > 2 && errwrite != c2pwrite && errwrite != p2cread) close(errwrite);
        if (cwd && chdir(cwd) < 0) {
            child_write_error(errpipe_write, errno, "noexec:chdir");
            _exit(255);
        }
        if (umask_v >= 0) umask((mode_t)umask_v);
        if (restore) {
            signal(SIGPIPE, SIG_DFL);
            signal(SIGXFSZ, SIG_DFL);
        }
        {
            /* a signal mask is inherited across exec: start clean */
            sigset_t none;
            sigemptyset(&none);
            sigprocmask(SIG_SETMASK, &none, NULL);
        }
        if (newsess) setsid();
        for (size_t i = 0; i < nkeep; i++) {
            if (keep[i] == errpipe_write) continue;
            int fl = fcntl(keep[i], F_GETFD);
            if (fl >= 0) fcntl(keep[i], F_SETFD, fl & ~FD_CLOEXEC);
        }
        if (close_fds) close_fds_except(keep, nkeep);
        {
            int saved = 0;
            for (size_t i = 0; i < nexe; i++) {
                if (envp) execve(exes[i], argv, envp);
                else execv(exes[i], argv);
                if (errno != ENOENT && errno != ENOTDIR && saved == 0) saved = errno;
            }
            err = saved ? saved : errno;
            child_write_error(errpipe_write, err, "");
            _exit(255);
        }
    child_error:
        child_write_error(errpipe_write, errno, "noexec");
        _exit(255);
    }
    res = v_from_smallint(pid);
out:
    free_strv(argv);
    free_strv(exes);
    free(cwd);
    free_strv(envp);
    free(keep);
    return res;
}

const MethodDef os_proc_functions[] = {
    {"fork", os_fork, 0, NULL},
    {"execv", os_execv, 0, NULL},
    {"execve", os_execve, 0, NULL},
    {"_exit", os_exit_now, 0, NULL},
    {"waitpid", os_waitpid, 0, NULL},
    {"wait", os_wait, 0, NULL},
    {"WIFEXITED", os_WIFEXITED, 0, NULL},
    {"WEXITSTATUS", os_WEXITSTATUS, 0, NULL},
    {"WIFSIGNALED", os_WIFSIGNALED, 0, NULL},
    {"WTERMSIG", os_WTERMSIG, 0, NULL},
    {"WIFSTOPPED", os_WIFSTOPPED, 0, NULL},
    {"WSTOPSIG", os_WSTOPSIG, 0, NULL},
    {"WCOREDUMP", os_WCOREDUMP, 0, NULL},
    {"WIFCONTINUED", os_WIFCONTINUED, 0, NULL},
    {"waitstatus_to_exitcode", os_waitstatus_to_exitcode, 0, NULL},
    {"get_blocking", os_get_blocking, 0, NULL},
    {"set_blocking", os_set_blocking, 0, NULL},
    {"get_inheritable", os_get_inheritable, 0, NULL},
    {"set_inheritable", os_set_inheritable, 0, NULL},
    {"closerange", os_closerange, 0, NULL},
    {"getpgrp", os_getpgrp, 0, NULL},
    {"getpgid", os_getpgid, 0, NULL},
    {"setpgid", os_setpgid, 0, NULL},
    {"getsid", os_getsid, 0, NULL},
    {"setsid", os_setsid, 0, NULL},
    {"killpg", os_killpg, 0, NULL},
    {"unsetenv", os_unsetenv, 0, NULL},
    {"_fork_exec", os_fork_exec, 0, NULL},
    {NULL, NULL, 0, NULL},
};

int os_proc_add_constants(Value d) {
    static const struct { const char *name; int value; } ints[] = {
        {"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED}, {"WCONTINUED", WCONTINUED},
        {"P_PID", P_PID}, {"P_PGID", P_PGID}, {"P_ALL", P_ALL},
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        if (dict_set_cstr(d, ints[i].name, v_from_smallint(ints[i].value)) < 0) return -1;
    return 0;
}

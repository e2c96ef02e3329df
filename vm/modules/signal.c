/* signal.c: the _signal module (lib/signal.py wraps it with the Signals,
 * Handlers and Sigmasks enums, as CPython's signal.py does).
 *
 * Python handlers: signal.signal(sig, callable) installs the C handler
 * sigint_record (vm/sigint.c), which only records the signal; the
 * interpreter notices at its next safe point (RESUME, JUMP_BACKWARD, or a
 * blocking call's EINTR) and sigint_check calls run_handler below, which
 * calls handler(signum, frame) in the main (only) thread. handlers[] holds
 * what getsignal returns: the callable, SIG_DFL (0), SIG_IGN (1) or None
 * (a disposition not set from Python).
 *
 * coil runs every Python thread on one OS thread, so pthread_kill(tid, sig)
 * signals the process's own thread whatever tid is. */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <pthread.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>
#include "io.h"
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../eval.h"
#include "../floatobject.h"
#include "../frameobject.h"
#include "../int.h"
#include "../set.h"
#include "../runtime.h"
#include "../sigint.h"

static Value handlers[NSIG];       /* strong references; V_NULL: not yet set up */
static Value default_int_handler = V_NULL;
static Value ItimerError = V_NULL;

static bool is_callable(Value v) {
    TypeObject *t = v_type(v);
    return t->call != NULL || type_is_subtype(t, &TypeType);
}

static int signum_arg(Value v, int *out) {
    int64_t n;
    if (v_is_float(v)) {
        err_format(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    if (obj_as_index_i64(v, &n) < 0) return -1;
    if (n < 1 || n >= NSIG) {
        err_format(&Exc_ValueError, "signal number out of range");
        return -1;
    }
    *out = (int)n;
    return 0;
}

/* Called by sigint_check for each recorded signal. */
static int run_handler(int sig) {
    Value h = handlers[sig];
    if (v_is_null(h) || h == V_NONE || v_is_int(h)) {
        if (sig == SIGINT) {
            err_set_none(&Exc_KeyboardInterrupt);
            return -1;
        }
        return 0;
    }
    Value frame = V_NONE;
    Frame *f = eval_ts.frame;
    while (f && !f->code) f = f->previous;
    if (f) {
        frame = frame_object_new(f);
        if (v_is_null(frame)) return -1;
    }
    v_incref(h);   /* the handler may replace itself */
    Value args[2] = {v_from_smallint(sig), frame};
    Value r = obj_call(h, args, 2, V_NULL);
    v_decref(h);
    v_decref(frame);
    if (v_is_null(r)) return -1;
    v_decref(r);
    return 0;
}

static Value sg_default_int_handler(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return err_set_none(&Exc_KeyboardInterrupt);
}

static Value sg_signal(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {NULL, NULL};
    Value a[2];
    if (args_parse("signal", args, nargs, kwnames, kw, 2, 2, 2, a) < 0) return V_NULL;
    int sig;
    if (signum_arg(a[0], &sig) < 0) return V_NULL;
    Value h = a[1];
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    if (is_callable(h)) {
        sa.sa_handler = sigint_record;
    } else {
        int64_t n = -1;
        if (v_is_int(h) && int_as_i64(h, &n) < 0) err_clear();
        if (n == 0) sa.sa_handler = SIG_DFL;
        else if (n == 1) sa.sa_handler = SIG_IGN;
        else
            return err_format(&Exc_TypeError,
                              "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        h = v_from_smallint(n);
    }
    if (sigaction(sig, &sa, NULL) < 0) return io_raise_errno(errno, V_NULL);
    Value old = handlers[sig];
    handlers[sig] = v_newref(h);
    if (v_is_null(old)) old = V_NONE;
    /* a signal that arrived before the change is still handled */
    if (sigint_check() < 0) {
        v_decref(old);
        return V_NULL;
    }
    return old;
}

static Value sg_getsignal(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("getsignal", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int sig;
    if (signum_arg(args[0], &sig) < 0) return V_NULL;
    return v_is_null(handlers[sig]) ? V_NONE : v_newref(handlers[sig]);
}

static Value sg_alarm(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("alarm", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t secs;
    if (v_is_float(args[0]))
        return err_format(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
    if (obj_as_index_i64(args[0], &secs) < 0) return V_NULL;
    return v_from_smallint(alarm((unsigned)secs));
}

static Value sg_pause(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (mod_positional("pause", nargs, kwnames, 0, 0) < 0) return V_NULL;
    pause();
    if (sigint_check() < 0) return V_NULL;
    return V_NONE;
}

static Value sg_raise_signal(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("raise_signal", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int sig;
    if (signum_arg(args[0], &sig) < 0) return V_NULL;
    builtins_flush_stdout();
    if (raise(sig) != 0) return io_raise_errno(errno, V_NULL);
    if (sigint_check() < 0) return V_NULL;
    return V_NONE;
}

static Value sg_pthread_kill(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("pthread_kill", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int64_t tid, sig;
    if (obj_as_index_i64(args[0], &tid) < 0 || obj_as_index_i64(args[1], &sig) < 0) return V_NULL;
    builtins_flush_stdout();
    int r = pthread_kill(pthread_self(), (int)sig);
    if (r != 0) return io_raise_errno(r, V_NULL);
    if (sigint_check() < 0) return V_NULL;
    return V_NONE;
}

static Value sg_strsignal(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("strsignal", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int sig;
    if (signum_arg(args[0], &sig) < 0) return V_NULL;
    const char *s = strsignal(sig);
    if (!s || !strncmp(s, "Unknown signal", 14)) return V_NONE;
    return str_from_cstr(s);
}

static Value sigset_to_set(const sigset_t *ss) {
    Value s = set_new();
    if (v_is_null(s)) return V_NULL;
    for (int i = 1; i < NSIG; i++) {
        if (sigismember(ss, i) == 1 && set_add(s, v_from_smallint(i)) < 0) {
            v_decref(s);
            return V_NULL;
        }
    }
    return s;
}

static int iterable_to_sigset(Value it, sigset_t *ss) {
    sigemptyset(ss);
    Value iter = obj_iter(it);
    if (v_is_null(iter)) return -1;
    for (;;) {
        Value x = obj_iternext(iter);
        if (v_is_null(x)) break;
        int sig;
        int r = signum_arg(x, &sig);
        v_decref(x);
        if (r < 0) {
            v_decref(iter);
            return -1;
        }
        sigaddset(ss, sig);
    }
    v_decref(iter);
    return err_occurred() ? -1 : 0;
}

static Value sg_valid_signals(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (mod_positional("valid_signals", nargs, kwnames, 0, 0) < 0) return V_NULL;
    sigset_t ss;
    sigemptyset(&ss);
    sigfillset(&ss);
    return sigset_to_set(&ss);
}

static Value sg_pthread_sigmask(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("pthread_sigmask", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int64_t how;
    if (obj_as_index_i64(args[0], &how) < 0) return V_NULL;
    sigset_t ss, old;
    if (iterable_to_sigset(args[1], &ss) < 0) return V_NULL;
    int r = pthread_sigmask((int)how, &ss, &old);
    if (r != 0) return io_raise_errno(r, V_NULL);
    if (sigint_check() < 0) return V_NULL;
    return sigset_to_set(&old);
}

static Value sg_sigpending(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (mod_positional("sigpending", nargs, kwnames, 0, 0) < 0) return V_NULL;
    sigset_t ss;
    if (sigpending(&ss) < 0) return io_raise_errno(errno, V_NULL);
    return sigset_to_set(&ss);
}

static Value sg_sigwait(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("sigwait", nargs, kwnames, 1, 1) < 0) return V_NULL;
    sigset_t ss;
    if (iterable_to_sigset(args[0], &ss) < 0) return V_NULL;
    int sig = 0;
    int r = sigwait(&ss, &sig);
    if (r != 0) return io_raise_errno(r, V_NULL);
    return v_from_smallint(sig);
}

static Value sg_siginterrupt(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("siginterrupt", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int sig;
    if (signum_arg(args[0], &sig) < 0) return V_NULL;
    int flag = obj_truthy(args[1]);
    if (flag < 0) return V_NULL;
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) < 0) return io_raise_errno(errno, V_NULL);
    if (flag) sa.sa_flags &= ~SA_RESTART;
    else sa.sa_flags |= SA_RESTART;
    if (sigaction(sig, &sa, NULL) < 0) return io_raise_errno(errno, V_NULL);
    return V_NONE;
}

/* ---- interval timers ---- */

static int timeval_from(Value v, struct timeval *tv) {
    double d;
    int c = float_coerce(v, &d);
    if (c < 0) return -1;
    if (c == 0) {
        err_format(&Exc_TypeError, "unsupported type for timeout");
        return -1;
    }
    if (d < 0) d = 0;
    tv->tv_sec = (time_t)floor(d);
    tv->tv_usec = (suseconds_t)((d - floor(d)) * 1e6);
    /* a positive value rounds up to at least one microsecond */
    if (d > 0 && tv->tv_sec == 0 && tv->tv_usec == 0) tv->tv_usec = 1;
    return 0;
}

static Value itimer_tuple(const struct itimerval *it) {
    Value t = tuple_new(2);
    if (v_is_null(t)) return V_NULL;
    tuple_items(t)[0] = v_from_float((double)it->it_value.tv_sec + (double)it->it_value.tv_usec / 1e6);
    tuple_items(t)[1] = v_from_float((double)it->it_interval.tv_sec + (double)it->it_interval.tv_usec / 1e6);
    return t;
}

static Value itimer_error(int e) {
    Value args = tuple_pack(2, v_from_smallint(e), str_from_cstr(strerror(e)));
    if (v_is_null(args)) return V_NULL;
    v_decref(tuple_items(args)[1]);
    Value exc = obj_call(ItimerError, tuple_items(args), 2, V_NULL);
    v_decref(args);
    if (v_is_null(exc)) return V_NULL;
    return err_set_object(exc);   /* steals exc */
}

static Value sg_setitimer(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {NULL, NULL, NULL};
    Value a[3];
    if (args_parse("setitimer", args, nargs, kwnames, kw, 3, 3, 2, a) < 0) return V_NULL;
    int64_t which;
    if (obj_as_index_i64(a[0], &which) < 0) return V_NULL;
    struct itimerval nv, old;
    memset(&nv, 0, sizeof nv);
    if (timeval_from(a[1], &nv.it_value) < 0) return V_NULL;
    if (!v_is_null(a[2]) && timeval_from(a[2], &nv.it_interval) < 0) return V_NULL;
    if (setitimer((int)which, &nv, &old) != 0) return itimer_error(errno);
    return itimer_tuple(&old);
}

static Value sg_getitimer(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("getitimer", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t which;
    if (obj_as_index_i64(args[0], &which) < 0) return V_NULL;
    struct itimerval cur;
    if (getitimer((int)which, &cur) != 0) return itimer_error(errno);
    return itimer_tuple(&cur);
}

static Value sg_set_wakeup_fd(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {NULL, "warn_on_full_buffer"};
    Value a[2];
    if (args_parse("set_wakeup_fd", args, nargs, kwnames, kw, 2, 1, 1, a) < 0) return V_NULL;
    int64_t fd;
    if (obj_as_index_i64(a[0], &fd) < 0) return V_NULL;
    if (fd != -1) {
        struct stat st;
        if (fstat((int)fd, &st) != 0) return io_raise_errno(errno, V_NULL);
        int fl = fcntl((int)fd, F_GETFL);
        if (fl < 0) return io_raise_errno(errno, V_NULL);
        if (!(fl & O_NONBLOCK))
            return err_format(&Exc_ValueError, "the fd %d must be in non-blocking mode", (int)fd);
    }
    int old = sigint_wakeup_fd;
    sigint_wakeup_fd = (int)fd;
    return v_from_smallint(old);
}

static const MethodDef signal_functions[] = {
    {"signal", sg_signal, 0, "Set the action for the given signal."},
    {"getsignal", sg_getsignal, 0, "Return the current action for the given signal."},
    {"default_int_handler", sg_default_int_handler, 0, "The default handler for SIGINT installed by Python."},
    {"alarm", sg_alarm, 0, "Arrange for SIGALRM to arrive after the given number of seconds."},
    {"pause", sg_pause, 0, "Wait until a signal arrives."},
    {"raise_signal", sg_raise_signal, 0, "Send a signal to the executing process."},
    {"pthread_kill", sg_pthread_kill, 0, "Send a signal to a thread."},
    {"strsignal", sg_strsignal, 0, "Return the system description of the given signal."},
    {"valid_signals", sg_valid_signals, 0, "Return a set of valid signal numbers on this platform."},
    {"pthread_sigmask", sg_pthread_sigmask, 0, "Fetch and/or change the signal mask of the calling thread."},
    {"sigpending", sg_sigpending, 0, "Examine pending signals."},
    {"sigwait", sg_sigwait, 0, "Wait for a signal."},
    {"siginterrupt", sg_siginterrupt, 0, "Change system call restart behaviour."},
    {"setitimer", sg_setitimer, 0, "Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF)."},
    {"getitimer", sg_getitimer, 0, "Returns current value of given itimer."},
    {"set_wakeup_fd", sg_set_wakeup_fd, 0, "Sets the fd to be written to (with the signal number) when a signal comes in."},
    {NULL, NULL, 0, NULL},
};

Value module_init_signal(void) {
    Value m = mod_create("_signal", signal_functions);
    if (v_is_null(m)) return V_NULL;
    Value d = module_dict(m);
    if (v_is_null(default_int_handler)) {
        default_int_handler = dict_get_cstr(d, "default_int_handler");
        v_incref(default_int_handler);
        ItimerError = mod_new_exception("signal", "itimer_error", v_from_obj(&Exc_OSError));
        if (v_is_null(ItimerError)) goto fail;
        /* what each signal's disposition is now */
        for (int i = 1; i < NSIG; i++) {
            struct sigaction sa;
            if (sigaction(i, NULL, &sa) != 0) continue;
            if (sa.sa_handler == SIG_DFL) handlers[i] = v_from_smallint(0);
            else if (sa.sa_handler == SIG_IGN) handlers[i] = v_from_smallint(1);
            else if (sa.sa_handler == sigint_record && i == SIGINT) handlers[i] = v_newref(default_int_handler);
            else handlers[i] = V_NONE;
        }
        sigint_run_handler = run_handler;
    }
    if (dict_set_cstr(d, "ItimerError", ItimerError) < 0) goto fail;
    const struct { const char *name; int value; } ints[] = {
        {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
        {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT}, {"SIGBUS", SIGBUS},
        {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
        {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
#ifdef SIGSTKFLT
        {"SIGSTKFLT", SIGSTKFLT},
#endif
        {"SIGCHLD", SIGCHLD},
#ifdef SIGCLD
        {"SIGCLD", SIGCLD},
#endif
        {"SIGCONT", SIGCONT}, {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP},
        {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU}, {"SIGURG", SIGURG}, {"SIGXCPU", SIGXCPU},
        {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH},
#ifdef SIGIO
        {"SIGIO", SIGIO},
#endif
#ifdef SIGPOLL
        {"SIGPOLL", SIGPOLL},
#endif
#ifdef SIGPWR
        {"SIGPWR", SIGPWR},
#endif
        {"SIGSYS", SIGSYS}, {"SIGRTMIN", SIGRTMIN}, {"SIGRTMAX", SIGRTMAX},
        {"SIG_DFL", 0}, {"SIG_IGN", 1},
        {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK}, {"SIG_SETMASK", SIG_SETMASK},
        {"NSIG", NSIG}, {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL},
        {"ITIMER_PROF", ITIMER_PROF},
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        if (dict_set_cstr(d, ints[i].name, v_from_smallint(ints[i].value)) < 0) goto fail;
    return m;
fail:
    v_decref(m);
    return V_NULL;
}

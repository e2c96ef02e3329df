/* thread.c: the _coilthread module, green threads for `threading`/`_thread`.
 *
 * Design. Every Python thread runs on the one OS thread that runs the
 * interpreter (a GIL in effect, and a deterministic one): each thread but
 * the main one has its own C stack (mmap'ed, with a guard page) and its own
 * frame stack, and threads switch with swapcontext. The VM's per-thread
 * state lives in globals that the interpreter and compiled code address
 * directly (eval_ts, whose address JIT code embeds; jit_c_stack_floor; the
 * pending exception), so a switch saves the running thread's copies of them
 * and installs the next thread's: nothing outside this file knows there is
 * more than one thread. sys.setrecursionlimit stays interpreter-wide (the
 * limit carries over on a switch), as in CPython.
 *
 * Switching. A thread gives up the CPU when it blocks (a lock held by
 * another thread, time.sleep) and at the interpreter's eval-breaker checks
 * (sigint_check, reached through sigint_pending at RESUME/JUMP_BACKWARD and
 * by JIT code's LOOP_CHECK deopt): while more than one thread exists, a
 * ticker OS thread sets sigint_pending every switch interval
 * (sys.setswitchinterval, 5 ms by default). With one thread the ticker is
 * parked and nothing costs anything. Runnable threads take turns in FIFO
 * order; a released lock goes straight to its longest waiter (handoff).
 * When no thread can run, the process sleeps until the earliest timeout (or
 * in short naps if there is none, as CPython hangs on a deadlock) and still
 * delivers signals: their handlers run in the main thread, whose blocking
 * wait is interrupted for them as CPython's lock acquire is.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../frame.h"
#include "../int.h"
#include "../floatobject.h"
#include "../sigint.h"
#include "../../jit/jit.h"

/* sys.setswitchinterval (vm/modules/sys.c sets it; the ticker reads it). */
volatile double thread_switch_interval = 0.005;

enum { T_RUNNABLE, T_BLOCKED, T_DONE };
enum { W_NONE, W_ACQUIRED, W_TIMEOUT, W_SIGNAL };

struct LockObject;

typedef struct GThread {
    int64_t ident;
    long native_id;
    ucontext_t ctx;
    ThreadState ts;            /* eval_ts while not running */
    uintptr_t c_floor;         /* jit_c_stack_floor while not running */
    Value pending;             /* the pending exception while not running */
    char *cstack;              /* mmap'ed C stack (NULL: the main thread's own) */
    size_t cstack_size;
    int state;
    int wake;                  /* why a blocked thread was made runnable */
    struct LockObject *waiting; /* the lock it waits for, NULL if sleeping */
    double deadline;           /* monotonic seconds; < 0: none */
    struct GThread *next_run;  /* run queue / lock wait queue link */
    struct GThread *next_all, *prev_all;
    Value callable;            /* the thread's function until it starts */
} GThread;

typedef struct LockObject {
    Object ob;
    bool locked;
    GThread *wait_head, *wait_tail;
} LockObject;

static GThread main_thread;
static GThread *cur = &main_thread;
static GThread *run_head, *run_tail;
static GThread *zombie;                 /* a finished thread whose C stack is still to free */
static atomic_int nalive = 1;           /* threads alive, the running one included */
static int nstarted;                    /* threads started so far (idents) */
static bool sched_off;                  /* the interpreter is finalizing: no more switches */
static size_t stack_size_setting;       /* threading.stack_size() */
static atomic_int switch_requested;


/* ---- time ---- */

static double now_mono(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void sleep_until(double t) {
    struct timespec ts;
    ts.tv_sec = (time_t)t;
    ts.tv_nsec = (long)((t - (double)ts.tv_sec) * 1e9);
    if (ts.tv_nsec >= 1000000000) { ts.tv_sec++; ts.tv_nsec -= 1000000000; }
    if (ts.tv_nsec < 0) ts.tv_nsec = 0;
    clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL);   /* EINTR: the caller looks */
}

/* ---- the ticker: requests a switch every interval while threads > 1 ---- */

static pthread_mutex_t tick_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t tick_cv = PTHREAD_COND_INITIALIZER;
static bool ticker_started;

static void *ticker_main(void *arg) {
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&tick_mu);
        while (atomic_load(&nalive) <= 1) pthread_cond_wait(&tick_cv, &tick_mu);
        pthread_mutex_unlock(&tick_mu);
        double iv = thread_switch_interval;
        struct timespec ts = { (time_t)iv, (long)((iv - (double)(time_t)iv) * 1e9) };
        nanosleep(&ts, NULL);
        if (atomic_load(&nalive) > 1) {
            atomic_store(&switch_requested, 1);
            sigint_pending = 1;
        }
    }
    return NULL;
}

static void ticker_wake(void) {
    if (!ticker_started) {
        pthread_t th;
        pthread_attr_t at;
        sigset_t all, old;
        sigfillset(&all);
        /* Signals stay with the interpreter's OS thread (EINTR, handlers). */
        pthread_sigmask(SIG_SETMASK, &all, &old);
        pthread_attr_init(&at);
        pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
        pthread_attr_setstacksize(&at, 64 << 10);
        if (pthread_create(&th, &at, ticker_main, NULL) == 0) ticker_started = true;
        pthread_attr_destroy(&at);
        pthread_sigmask(SIG_SETMASK, &old, NULL);
    }
    pthread_mutex_lock(&tick_mu);
    pthread_cond_signal(&tick_cv);
    pthread_mutex_unlock(&tick_mu);
}

/* ---- queues ---- */

static void run_push(GThread *t) {
    t->state = T_RUNNABLE;
    t->next_run = NULL;
    if (run_tail) run_tail->next_run = t; else run_head = t;
    run_tail = t;
}

static GThread *run_pop(void) {
    GThread *t = run_head;
    if (t) {
        run_head = t->next_run;
        if (!run_head) run_tail = NULL;
        t->next_run = NULL;
    }
    return t;
}

static void wait_remove(LockObject *l, GThread *t) {
    GThread **pp = &l->wait_head, *prev = NULL;
    while (*pp && *pp != t) { prev = *pp; pp = &(*pp)->next_run; }
    if (!*pp) return;
    *pp = t->next_run;
    if (l->wait_tail == t) l->wait_tail = prev;
    t->next_run = NULL;
}

/* A blocked thread becomes runnable with reason w. */
static void wake_up(GThread *t, int w) {
    if (t->waiting) {
        wait_remove(t->waiting, t);
        t->waiting = NULL;
    }
    t->wake = w;
    t->deadline = -1;
    run_push(t);
}

/* ---- switching ---- */

static void after_switch(void) {
    if (zombie && zombie != cur) {
        munmap(zombie->cstack, zombie->cstack_size);
        free(zombie);
        zombie = NULL;
    }
    if (cur == &main_thread && sigint_any_tripped()) sigint_pending = 1;
}

static void switch_to(GThread *t) {
    GThread *me = cur;
    me->ts = eval_ts;
    me->c_floor = jit_c_stack_floor;
    me->pending = err_fetch();
    int limit = eval_ts.recursion_limit;
    eval_ts = t->ts;
    eval_ts.recursion_limit = limit;
    jit_c_stack_floor = t->c_floor;
    cur = t;
    swapcontext(&me->ctx, &t->ctx);
    /* me runs again: whoever switched here installed my state. */
    if (!v_is_null(me->pending)) err_restore(me->pending);
    me->pending = V_NULL;
    after_switch();
}

/* Wakes the blocked threads whose deadline has passed. Returns the
 * earliest deadline still ahead (< 0: none). */
static double wake_expired(void) {
    double now = -1;
    for (;;) {
        /* earliest first, so that timeouts that passed together end in
         * deadline order */
        GThread *first = NULL;
        for (GThread *b = &main_thread; b; b = b->next_all) {
            if (b->state != T_BLOCKED || b->deadline < 0) continue;
            if (!first || b->deadline < first->deadline) first = b;
        }
        if (!first) return -1;
        if (now < 0) now = now_mono();
        if (first->deadline > now) return first->deadline;
        wake_up(first, W_TIMEOUT);
    }
}

/* The running thread has queued itself or blocked: runs the next runnable
 * thread, waiting (and delivering timeouts and signals) while there is
 * none. Returns when the running thread is chosen again. */
static void schedule(void) {
    for (;;) {
        GThread *t = run_pop();
        if (t) {
            if (t != cur) switch_to(t);
            return;
        }
        /* Nothing can run. */
        if (sigint_any_tripped() && main_thread.state == T_BLOCKED) {
            wake_up(&main_thread, W_SIGNAL);
            continue;
        }
        double earliest = wake_expired();
        if (run_head) continue;
        double nap = now_mono() + 0.05;      /* a deadlock: nap, and look at signals */
        sleep_until(earliest >= 0 && earliest < nap ? earliest : nap);
    }
}

/* Lets the other runnable threads have a turn. */
static void yield_now(void) {
    if (sched_off) return;
    wake_expired();
    if (!run_head) return;
    run_push(cur);
    schedule();
}

/* Blocks the running thread on lock l (NULL: sleeping) until woken or the
 * deadline (< 0: none). Returns the wake reason. */
static int block_on(LockObject *l, double deadline) {
    GThread *me = cur;
    me->state = T_BLOCKED;
    me->waiting = l;
    me->deadline = deadline;
    me->wake = W_NONE;
    if (l) {
        me->next_run = NULL;
        if (l->wait_tail) l->wait_tail->next_run = me; else l->wait_head = me;
        l->wait_tail = me;
    }
    schedule();
    return me->wake;
}

/* sigint_check's hook: a requested switch, and signals only in the main
 * thread. Returns 1 when signals must wait (not the main thread). */
static int thread_check_hook(void) {
    if (atomic_load(&switch_requested)) {
        atomic_store(&switch_requested, 0);
        yield_now();
    }
    if (cur == &main_thread) return 0;
    if (sigint_any_tripped() && !sched_off) {
        if (main_thread.state == T_BLOCKED) wake_up(&main_thread, W_SIGNAL);
        yield_now();
    }
    return 1;
}

/* time.sleep with other threads: -2 when not ours to do (one thread). */
static int thread_sleep_hook(double secs) {
    if (atomic_load(&nalive) <= 1 || sched_off) return -2;
    double deadline = now_mono() + secs;
    if (secs <= 0) {
        yield_now();
        return 0;
    }
    for (;;) {
        int w = block_on(NULL, deadline);
        if (w == W_SIGNAL) {
            if (sigint_check() < 0) return -1;
            if (now_mono() < deadline) continue;
        }
        return 0;
    }
}

/* ---- threads ---- */

/* The running thread's identifier (decimal's context cache). */
int64_t thread_current_ident(void) {
    return cur->ident;
}

static void thread_entry(void) {
    GThread *me = cur;
    after_switch();
    frame_stack_init();
    Value fn = me->callable;
    me->callable = V_NULL;
    Value r = obj_call0(fn);
    if (v_is_null(r)) {
        if (err_matches(&Exc_SystemExit)) {
            err_clear();
        } else {
            Value e = err_fetch();
            fputs("Unhandled exception in thread:\n", stderr);
            exc_print(e);
            v_decref(e);
        }
    } else {
        v_decref(r);
    }
    v_decref(fn);
    err_clear();
    v_decref(eval_ts.exc_info);
    eval_ts.exc_info = V_NONE;
    frame_stack_fini();
    me->state = T_DONE;
    if (me->prev_all) me->prev_all->next_all = me->next_all;
    if (me->next_all) me->next_all->prev_all = me->prev_all;
    atomic_fetch_sub(&nalive, 1);
    zombie = me;
    schedule();
    abort();   /* never resumed */
}

static Value th_start(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("start", nargs, kwnames, 1, 1) < 0) return V_NULL;
    if (sched_off) return err_format(&Exc_RuntimeError, "can't create new thread at interpreter shutdown");
    GThread *t = calloc(1, sizeof *t);
    if (!t) return err_nomem();
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t size = (size_t)16 << 20;
    if (stack_size_setting > size) size = (stack_size_setting + page - 1) & ~(page - 1);
    char *st = mmap(NULL, size + page, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (st == MAP_FAILED) {
        free(t);
        return err_format(&Exc_RuntimeError, "can't start new thread");
    }
    mprotect(st, page, PROT_NONE);             /* the guard page */
    t->cstack = st;
    t->cstack_size = size + page;
    getcontext(&t->ctx);
    t->ctx.uc_stack.ss_sp = st + page;
    t->ctx.uc_stack.ss_size = size;
    t->ctx.uc_link = NULL;
    makecontext(&t->ctx, thread_entry, 0);
    nstarted++;
    t->ident = main_thread.ident + (int64_t)nstarted * 0x1000;
    t->native_id = main_thread.native_id + nstarted;
    t->ts.recursion_limit = eval_ts.recursion_limit;
    t->ts.exc_info = V_NONE;
    t->c_floor = (uintptr_t)(st + page) + ((uintptr_t)256 << 10);
    t->pending = V_NULL;
    t->deadline = -1;
    t->callable = v_newref(args[0]);
    t->next_all = main_thread.next_all;
    t->prev_all = &main_thread;
    if (main_thread.next_all) main_thread.next_all->prev_all = t;
    main_thread.next_all = t;
    atomic_fetch_add(&nalive, 1);
    run_push(t);
    ticker_wake();
    return int_from_i64(t->ident);
}

static Value th_get_ident(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (mod_positional("get_ident", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return int_from_i64(cur->ident);
}

static Value th_get_native_id(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (mod_positional("get_native_id", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return int_from_i64(cur->native_id);
}

static Value th_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (mod_positional("_count", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return int_from_i64(atomic_load(&nalive) - 1);
}

static Value th_stack_size(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("stack_size", nargs, kwnames, 0, 1) < 0) return V_NULL;
    int64_t old = (int64_t)stack_size_setting, n = 0;
    if (nargs == 1 && int_as_i64(args[0], &n) < 0) return V_NULL;
    if (nargs == 1) {
        if (n != 0 && n < 32768) return err_format(&Exc_ValueError, "size not valid: %lld bytes", (long long)n);
        if (n < 0) return err_format(&Exc_ValueError, "size must be 0 or a positive value");
        stack_size_setting = (size_t)n;
    }
    return int_from_i64(old);
}

static Value th_interrupt_main(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("interrupt_main", nargs, kwnames, 0, 1) < 0) return V_NULL;
    int64_t sig = SIGINT;
    if (nargs == 1 && int_as_i64(args[0], &sig) < 0) return V_NULL;
    if (sig < 1 || sig >= NSIG) return err_format(&Exc_ValueError, "signal number out of range");
    sigint_record((int)sig);
    return V_NONE;
}

/* The interpreter is finalizing (after threading._shutdown): the main
 * thread runs alone from now on; daemon threads are dropped. */
static Value th_shutdown_done(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args; (void)nargs; (void)kwnames;
    sched_off = true;
    return V_NONE;
}

/* os.fork in the child: only the calling thread survives; it becomes the
 * main thread. The others' memory is left as it is (never run again). */
static void thread_fork_child(void) {
    GThread *me = cur;
    run_head = run_tail = NULL;
    zombie = NULL;
    ticker_started = false;
    pthread_mutex_init(&tick_mu, NULL);
    pthread_cond_init(&tick_cv, NULL);
    atomic_store(&nalive, 1);
    atomic_store(&switch_requested, 0);
    if (me != &main_thread) {
        /* The main thread's record is a static: this thread's state moves
         * there. Its C stack (mmap'ed) stays where it is. */
        main_thread.ident = me->ident;
        main_thread.native_id = me->native_id;
        main_thread.cstack = me->cstack;
        main_thread.cstack_size = me->cstack_size;
        cur = &main_thread;
    }
    main_thread.native_id = (long)syscall(SYS_gettid);
    main_thread.state = T_RUNNABLE;
    main_thread.waiting = NULL;
    main_thread.next_all = main_thread.prev_all = NULL;
}

/* ---- locks ---- */

static TypeObject LockType;

static Value lock_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (nargs || mod_has_kwargs(kwnames)) return err_format(&Exc_TypeError, "lock() takes no arguments");
    LockObject *l = (LockObject *)obj_alloc(type, sizeof(LockObject));
    if (!l) return V_NULL;
    l->locked = false;
    l->wait_head = l->wait_tail = NULL;
    return v_from_obj(l);
}

static void lock_dealloc(Object *o) {
    obj_free(o);
}

/* acquire(blocking=True, timeout=-1) */
static Value lock_acquire(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"blocking", "timeout"};
    Value a[2] = {V_NULL, V_NULL};
    if (args_parse("acquire", args, nargs, kwnames, names, 2, 2, 0, a) < 0) return V_NULL;
    LockObject *l = (LockObject *)v_as_obj(self);
    bool blocking = true;
    if (!v_is_null(a[0])) {
        int t = obj_truthy(a[0]);
        if (t < 0) return V_NULL;
        blocking = t;
    }
    double timeout = -1;
    if (!v_is_null(a[1])) {
        int c = float_coerce(a[1], &timeout);
        if (c < 0) return V_NULL;
        if (c == 0) return err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", v_type_name(a[1]));
    }
    if (!blocking && timeout != -1)
        return err_format(&Exc_ValueError, "can't specify a timeout for a non-blocking call");
    if (timeout < 0 && timeout != -1)
        return err_format(&Exc_ValueError, "timeout value must be a non-negative number");
    if (timeout > 9223372036.0) return err_format(&Exc_OverflowError, "timeout value is too large");
    if (!l->locked) {
        l->locked = true;
        return V_TRUE;
    }
    if (!blocking || sched_off) return V_FALSE;
    double deadline = timeout >= 0 ? now_mono() + timeout : -1;
    for (;;) {
        int w = block_on(l, deadline);
        if (w == W_ACQUIRED) return V_TRUE;
        if (w == W_TIMEOUT) return V_FALSE;
        /* W_SIGNAL: run the handlers here (CPython's acquire is
         * interruptible), then wait on. */
        if (sigint_check() < 0) return V_NULL;
        if (!l->locked) {
            l->locked = true;
            return V_TRUE;
        }
        if (deadline >= 0 && now_mono() >= deadline) return V_FALSE;
    }
}

static Value lock_release(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (mod_positional("release", nargs, kwnames, 0, 0) < 0) return V_NULL;
    LockObject *l = (LockObject *)v_as_obj(self);
    if (!l->locked) return err_format(&Exc_RuntimeError, "release unlocked lock");
    GThread *w = l->wait_head;
    if (w) {
        wake_up(w, W_ACQUIRED);      /* handed over: stays locked */
    } else {
        l->locked = false;
    }
    return V_NONE;
}

static Value lock_exit(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return lock_release(self, NULL, 0, V_NULL);
}

static Value lock_locked(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (mod_positional("locked", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return v_from_bool(((LockObject *)v_as_obj(self))->locked);
}

static Value lock_at_fork_reinit(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    LockObject *l = (LockObject *)v_as_obj(self);
    l->locked = false;
    l->wait_head = l->wait_tail = NULL;
    return V_NONE;
}

static Value lock_repr(Value self) {
    LockObject *l = (LockObject *)v_as_obj(self);
    char buf[96];
    snprintf(buf, sizeof buf, "<%s _thread.lock object at %#llx>", l->locked ? "locked" : "unlocked",
             (unsigned long long)(uintptr_t)l);
    return str_from_cstr(buf);
}

static const MethodDef lock_methods[] = {
    {"acquire", lock_acquire, 0, NULL},
    {"acquire_lock", lock_acquire, 0, NULL},
    {"__enter__", lock_acquire, 0, NULL},
    {"release", lock_release, 0, NULL},
    {"release_lock", lock_release, 0, NULL},
    {"__exit__", lock_exit, 0, NULL},
    {"locked", lock_locked, 0, NULL},
    {"locked_lock", lock_locked, 0, NULL},
    {"_at_fork_reinit", lock_at_fork_reinit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static TypeObject LockType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "_thread.lock",
    .basicsize = sizeof(LockObject),
    .dealloc = lock_dealloc,
    .repr = lock_repr,
    .construct = lock_construct,
    .methods = lock_methods,
};

static const MethodDef th_functions[] = {
    {"start", th_start, 0, NULL},
    {"get_ident", th_get_ident, 0, NULL},
    {"get_native_id", th_get_native_id, 0, NULL},
    {"_count", th_count, 0, NULL},
    {"stack_size", th_stack_size, 0, NULL},
    {"interrupt_main", th_interrupt_main, 0, NULL},
    {"_shutdown_done", th_shutdown_done, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value module_init_coilthread(void) {
    Value m = mod_create("_coilthread", th_functions);
    if (v_is_null(m)) return V_NULL;
    if (mod_add_type(m, "LockType", &LockType) < 0) {
        v_decref(m);
        return V_NULL;
    }
    if (main_thread.ident == 0) {
        main_thread.ident = (int64_t)(uintptr_t)pthread_self();
        main_thread.native_id = (long)syscall(SYS_gettid);
        main_thread.state = T_RUNNABLE;
        main_thread.deadline = -1;
        main_thread.pending = V_NULL;
    }
    sigint_thread_hook = thread_check_hook;
    sigint_sleep_hook = thread_sleep_hook;
    sigint_fork_child_hook = thread_fork_child;
    return m;
}

/* jit.c: the tier-2 driver (jit.h): when to compile, loading the backend,
 * running compiled code, deopt bookkeeping and invalidation, the C stack
 * floor, --jit-stats, the dumps and the perf map.
 *
 * State per code object that got hot: a JitCode (co->jit) with its
 * compiled versions. A version that keeps deoptimising is invalidated: it
 * is marked dead (its machine code is kept, since an activation deeper in
 * the C stack may still be running it, and freed with the code object),
 * the instructions where it deoptimised most are recorded as "generic
 * sites" for the next translation, and the code object warms up again.
 * After MAX_INVALIDATIONS it stays in the interpreter.
 *
 * Nothing happens at start-up beyond reading the options: the backend
 * module is dlopen'ed at the first compilation. Any failure there turns
 * the JIT off for the process (the reason is in --jit-stats).
 */
#include <dlfcn.h>
#include <inttypes.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdarg.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>

#include "jit.h"
#include "ir.h"
#include "backend.h"
#include "translate.h"
#include "helpers.h"
#include "../vm/code.h"
#include "../vm/frame.h"
#include "../vm/eval.h"
#include "../vm/runtime.h"
#include "../vm/str.h"
#include "../vm/errors.h"

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

/* Calls + loop back-edges before a code object is compiled. */
#define DEFAULT_THRESHOLD 1000
/* Invalidation: a version that took more than DEOPT_MIN deopt exits, more
 * than one per DEOPT_RATIO entries. */
#define DEOPT_MIN 1000
#define DEOPT_RATIO 10
/* ... or at least DEOPT_EARLY, on half the entries or more. */
#define DEOPT_EARLY 100
#define MAX_INVALIDATIONS 3
/* A version compiled before some of its sites had run (an OSR compile in
 * a function's first loop: its later loops' attribute loads and calls are
 * generic helper calls, UOPI_COLD) counts the runs of each such site
 * (COUNT_COLD); once one has run threshold times, the version is retired
 * and the function compiled again from the caches the interpreter warms
 * meanwhile, at most MAX_COLD_RECOMPILES times per code object (the last
 * versions count nothing: no flip-flop). */
#define MAX_COLD_RECOMPILES 2
#define UNPROFITABLE_RETRIES 3     /* times profitability is asked again (compile()) */
/* The backend's pass pipeline (COIL_JIT_OPT_LEVEL overrides it). Measured
 * on the backend's unit benchmark: O1 compiles 15-20% faster than O2 and
 * the code ran as fast (12.2 vs 12.0 ms on a 1e7 sum loop; O0: 29 ms). */
#define DEFAULT_OPT_LEVEL 1
/* Below this threshold code is compiled before it has warmed up (JIT
 * stress: -X jit-threshold=0 compiles everything at its first call), so it
 * is mostly generic helper calls: O0 then, which compiles 5-8x faster
 * (dataclasses_basic.py at threshold 0: 0.72 s of CPU at O0, 3.5 s at O1). */
#define COLD_THRESHOLD 100
/* Functions of more uops are compiled at opt level 0 (COIL_JIT_BIG_UOPS).
 * O0 keeps every slot in an alloca and costs 30% or more at run time, so
 * the cut-off is for really big functions only: inline field uops (a list
 * subscript is 10 uops, ~2 IR instructions each) made nbody's advance 388
 * uops, whose O1 compile takes 42 ms against 37 ms for the 293 uops of the
 * helper-call version; at O0 it ran 34% slower. Inline unpacking, list
 * iteration and item stores made it 575 uops: at O0 0.96 s, at O1 0.47 s
 * (go's 590-uop function: the same run time either way). */
#define DEFAULT_BIG_UOPS 1000
/* Compile cost against benefit. LLVM takes about 0.1-0.2 ms of CPU per
 * uop (codegen most of it: the 401 uops of chaos.py's run cost 53 ms)
 * while an instruction run inline instead of interpreted saves a few ns, so
 * the threshold only says a code object is warm. Once it is, it is
 * compiled when it has counted at least threshold * EVENTS_PER_UOP * nuops
 * / B warmup events (calls + back-edges), B = the instructions one event
 * runs inline (event_benefit); until then it waits (co->warmup is set to
 * the events missing; translating again then is cheap, ~0.05 ms). Below
 * COLD_THRESHOLD (JIT stress) or with COIL_JIT_ALL=1 it is not applied.
 * Measured (min of 3, JIT on, K = EVENTS_PER_UOP; off = -X jit=off):
 *             off   K=0   K=10  K=20  K=40
 *   deltablue 1.51  1.93  1.59  1.61  1.67
 *   raytrace  0.67  0.74  0.68  0.68  0.69
 *   go        1.66  1.33  1.30  1.34  1.29
 *   richards  1.15  1.15  1.13  1.15  1.13
 *   chaos     0.94  0.83  0.83  0.84  0.83
 *   hexiom    1.21  0.85  0.90  0.88  0.90
 * and fib, nbody, spectral_norm, float unchanged: K=0 compiled big,
 * lukewarm functions (raytrace's render: 494 uops, 60-135 ms to compile,
 * ~100k loop iterations; deltablue's projection_test, chain_test, change)
 * whose compilation cost more than they ever saved. COIL_JIT_EVENTS_PER_UOP
 * overrides it. */
#define EVENTS_PER_UOP 16
#define HELPER_WEIGHT 4     /* quarters of an inline instruction */
#define CALL_WEIGHT 4
/* A call of a method loaded from a receiver of varying classes
 * (LOAD_METHOD_POLY left as H_LOAD_METHOD_POLY): never inlined nor
 * specialised to one callee, and its callees are mostly small methods the
 * profitability test leaves interpreted, so compiled it costs a tier
 * crossing per call (compiled -> interpreter -> back) where the interpreter
 * pushes a frame. See event_benefit. */
#define POLY_CALL_WEIGHT 16
#define LOOPFREE_WORK 4     /* profitable(): the inline work a loop-free function needs besides 2 per helper */
/* Warmup of a code object that has compiled code: stays negative. */
#define WARMUP_COMPILED (INT32_MIN / 2)
/* Retry later when the C stack is too deep to compile now. */
#define WARMUP_STACK_LOW 64

/* The capstone disassembler (disasm.c). */
void jit_disasm(FILE *out, const void *code, size_t size, const JitFunction *fn,
                const JitRuntime *rt);

typedef struct JitVersion {
    struct JitVersion *next;        /* the older versions of the same code */
    JitFunction *fn;                /* the IR: exits, names, kept caches */
    JitCompiled c;
    bool released;                  /* c was released (code object freed) */
    bool dead;                      /* invalidated */
    int gen;                        /* 0 for the first compilation */
    uint64_t *exit_count;           /* per exit */
    int16_t *exit_uop;              /* per exit: the uop taking it, -1 unknown */
    int32_t *exit_line;             /* per exit: the source line */
    uint64_t entries, returns, deopts, errors, yields;
    uint64_t t_translate, t_optimize, t_backend;    /* ns */
    int nuops_before, nuops_after;
    JitOptStats opt;
} JitVersion;

typedef struct JitCode {
    JitCodeHead head;               /* first (jit.h): cur's entry, direct returns */
    struct JitCode *prev, *next;    /* every code object that got hot */
    CodeObject *co;                 /* NULL once the code object is freed */
    char *qualname, *filename;
    int firstline;
    JitVersion *cur;                /* the live version, or NULL */
    JitVersion *versions;           /* newest first, dead ones included */
    int ninvalid;
    int ncold;                      /* versions retired for a cold site that got hot (MAX_COLD_RECOMPILES) */
    int32_t *generic;               /* sorted code-unit offsets */
    int ngeneric;
    int64_t events;                 /* calls + back-edges counted so far (at the last tier-up) */
    int ndeferred;                  /* times compile() waited for more events */
    int nunprofitable;              /* times it was found not profitable */
    bool unprofitable;              /* waiting after the last such finding */
    int64_t wait_events;            /* events since then (a back-edge asks again at threshold << 3n) */
    bool failed;                    /* left to the interpreter for good */
    char why[256];                  /* ... and why */
    uint64_t t_failed;              /* ns spent in failed attempts */
    struct JitJob *pending;         /* a background compile in flight (-X jit-async) */
} JitCode;

/* Background compilation (-X jit-async=on, the default). The translator
 * and the optimiser run on the main thread (they read inline caches and
 * objects); the backend compile, pure data in (the JitFunction), machine
 * code out, runs on one worker thread while the interpreter goes on
 * running the function. The main thread installs finished code when it
 * next enters jit_tier_up (for any code object: install_finished). A job
 * holds a reference to its code object (taken and dropped on the main
 * thread), which keeps the JitCode, the code units and the constants the
 * IR embeds alive; the worker touches no refcount and no Python object,
 * only the job's JitFunction (which the main thread leaves alone until the
 * job is done). Nothing needs re-checking at install: compiled code checks
 * what it assumes (guards: type and dict versions), and a JitCode with a
 * job pending has no live version that could be invalidated meanwhile.
 * Every backend compile of the process then runs on the worker (the LLVM
 * backend's target machines are not shared between threads); release()
 * may run on the main thread meanwhile (the backend locks its own state).
 * Synchronous: the dumps (their output order), -X jit-threshold below
 * COLD_THRESHOLD (JIT stress: compiled at the first call, deterministic),
 * the libgccjit backend, -X jit-async=off. */
typedef struct JitJob {
    struct JitJob *next;
    JitCode *jc;
    CodeObject *co;                 /* a reference, dropped at install/discard */
    JitFunction *fn;
    JitCompileOptions opt;
    JitCompiled c;
    int rc;                         /* the backend's; JOB_CANCELLED: not compiled */
    char err[512];
    int nbefore;
    JitOptStats os;
    uint64_t t_translate, t_optimize;   /* main thread, ns */
    uint64_t t_backend, cpu_backend;    /* worker: wall and thread CPU, ns */
    uint64_t t_submit, t_start, t_done;     /* now_ns() */
} JitJob;
#define JOB_CANCELLED (-1000)
/* Back-edges/calls between two looks at a pending compile by the code
 * object that waits for it (a look is an atomic load when nothing is done). */
#define WARMUP_PENDING 64

static struct {
    bool inited, enabled, finished;
    int mode;                       /* runtime_options.jit */
    int32_t threshold;
    int opt_level;
    int big_uops;                   /* bigger functions: opt level 0 */
    bool compile_all;               /* COIL_JIT_ALL=1: skip the profitability test */
    int events_per_uop;             /* see events_needed (COIL_JIT_EVENTS_PER_UOP) */
    int helper_weight, call_weight; /* see event_benefit (COIL_JIT_HELPER_WEIGHT, COIL_JIT_CALL_WEIGHT) */
    int poly_call_weight;           /* see event_benefit (COIL_JIT_POLY_CALL_WEIGHT) */
    int loopfree_work;              /* see profitable (COIL_JIT_LOOPFREE_WORK) */
    const char *skip;               /* COIL_JIT_SKIP=qualname,...: never compiled (measurements) */
    char why_off[512];              /* the JIT is off: why */
    JitRuntime rt;
    bool load_tried;
    const JitBackend *backend;
    void *dl;
    char backend_path[PATH_MAX];
    bool stats;
    bool dump_uops, dump_ir, dump_asm;
    char *dump_uops_name, *dump_ir_name, *dump_asm_name;
    FILE *perf_map;
    bool perf_failed;
    uintptr_t stack_floor;
    uint64_t t_start;
    JitCode *first, *last;
    /* totals */
    uint64_t n_compiled, n_failed, n_invalidated, n_cold_recompiles;
    uint64_t t_translate, t_optimize, t_backend, t_load;
    uint64_t cpu_start, cpu_jit;    /* process CPU at init; the JIT's own (thread) CPU */
    uint64_t code_bytes;
    bool tracing;                   /* sys.settrace/setprofile on: no compiled code runs */
    /* background compilation (JitJob) */
    bool async;                     /* decided at the first compile (async_start) */
    bool async_decided, worker_started;
    pthread_t worker;
    pthread_mutex_t mu;
    pthread_cond_t cv_work, cv_done;
    JitJob *queue, *queue_tail;     /* submitted, not started (mu) */
    JitJob *in_flight;              /* the worker's (mu) */
    JitJob *done, *done_tail;       /* compiled, not installed (mu) */
    atomic_int ndone;               /* done jobs not taken yet: the cheap poll */
    bool stop, fork_paused;
    uint64_t n_async, n_cancelled;
    uint64_t t_queue, t_install_wait;   /* submit -> compile start, compiled -> installed */
    uint64_t t_main_backend;        /* backend time on the main thread (synchronous) */
} J = {.mu = PTHREAD_MUTEX_INITIALIZER, .cv_work = PTHREAD_COND_INITIALIZER,
       .cv_done = PTHREAD_COND_INITIALIZER};

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* CPU time (--jit-stats: the JIT's share of the run's CPU, which a shared
 * machine disturbs less than the wall clock). */
static uint64_t cpu_ns(clockid_t clk) {
    struct timespec ts;
    clock_gettime(clk, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static double ms(uint64_t ns) { return (double)ns / 1e6; }

/* snprintf that may truncate (messages). */
__attribute__((format(printf, 3, 4)))
static void fmt(char *buf, size_t n, const char *f, ...) {
    va_list ap;
    va_start(ap, f);
    vsnprintf(buf, n, f, ap);
    va_end(ap);
}

/* ---- options --------------------------------------------------------------- */

static void set_dump(bool *on, char **name, const char *v) {
    *on = true;
    free(*name);
    *name = (v && *v) ? strdup(v) : NULL;
}
void jit_set_dump_uops(const char *name) { set_dump(&J.dump_uops, &J.dump_uops_name, name); }
void jit_set_dump_ir(const char *name) { set_dump(&J.dump_ir, &J.dump_ir_name, name); }
void jit_set_dump_asm(const char *name) { set_dump(&J.dump_asm, &J.dump_asm_name, name); }
void jit_set_stats(bool on) { J.stats = on; }

static bool str_eq_value(Value v, const char *s) {
    return v_is_str(v) && !strcmp(str_data(v), s);
}

/* Does a dump option select co? */
static bool dump_selects(bool on, const char *name, const CodeObject *co) {
    if (!on) return false;
    if (!name) return true;
    return str_eq_value(co->qualname, name) || str_eq_value(co->name, name);
}

/* ---- start and stop ----------------------------------------------------------- */

static int32_t threshold_from_options(void) {
    long t = runtime_options.jit_threshold;
    if (t < 0) return DEFAULT_THRESHOLD;
    if (t > INT32_MAX / 2) return INT32_MAX / 2;
    return (int32_t)t;
}

void jit_init(void) {
    if (J.inited) return;
    J.inited = true;
    J.t_start = now_ns();
    J.cpu_start = cpu_ns(CLOCK_PROCESS_CPUTIME_ID);
    J.mode = runtime_options.jit;
    J.threshold = threshold_from_options();
    J.opt_level = J.threshold < COLD_THRESHOLD ? 0 : DEFAULT_OPT_LEVEL;
    const char *ol = getenv("COIL_JIT_OPT_LEVEL");
    if (ol && *ol >= '0' && *ol <= '3' && !ol[1]) J.opt_level = *ol - '0';
    J.big_uops = DEFAULT_BIG_UOPS;
    const char *all = getenv("COIL_JIT_ALL");
    J.compile_all = all && !strcmp(all, "1");
    J.events_per_uop = EVENTS_PER_UOP;
    const char *epu = getenv("COIL_JIT_EVENTS_PER_UOP");
    if (epu && *epu) J.events_per_uop = atoi(epu);
    J.helper_weight = HELPER_WEIGHT;
    J.call_weight = CALL_WEIGHT;
    J.loopfree_work = LOOPFREE_WORK;
    const char *lw = getenv("COIL_JIT_LOOPFREE_WORK");
    if (lw && *lw) J.loopfree_work = atoi(lw);
    const char *hw = getenv("COIL_JIT_HELPER_WEIGHT");
    if (hw && *hw) J.helper_weight = atoi(hw);
    const char *cw = getenv("COIL_JIT_CALL_WEIGHT");
    if (cw && *cw) J.call_weight = atoi(cw);
    J.poly_call_weight = POLY_CALL_WEIGHT;
    const char *pw = getenv("COIL_JIT_POLY_CALL_WEIGHT");
    if (pw && *pw) J.poly_call_weight = atoi(pw);
    J.skip = getenv("COIL_JIT_SKIP");
    const char *bu = getenv("COIL_JIT_BIG_UOPS");
    if (bu && *bu) J.big_uops = atoi(bu);
    if (J.mode == 0) {
        snprintf(J.why_off, sizeof J.why_off, "off (-X jit=off)");
    } else {
        J.enabled = true;
    }
    jit_helpers_fill(&J.rt);
    /* The C stack floor: from here (near the bottom of main's frames) down
     * to the stack limit, capped at 64 MiB, minus a margin for the C code
     * (helpers, builtins, the interpreter) that runs below compiled code. */
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    struct rlimit rl;
    uintptr_t size = (uintptr_t)8 << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0)
        size = (rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > ((rlim_t)64 << 20))
                   ? (uintptr_t)64 << 20 : (uintptr_t)rl.rlim_cur;
    uintptr_t margin = (uintptr_t)256 << 10;
    if (size < 2 * margin) size = 2 * margin;
    J.stack_floor = here > size ? here - size + margin : 0;
    jit_c_stack_floor = J.stack_floor;
}

int32_t jit_initial_warmup(void) {
    if (!J.inited) return runtime_options.jit != 0 ? threshold_from_options() : INT32_MAX;
    return J.enabled ? J.threshold : INT32_MAX;
}

uintptr_t jit_c_stack_floor;

__attribute__((format(printf, 1, 0)))
static void disable(const char *f, const char *a, const char *b) {
    J.enabled = false;
    fmt(J.why_off, sizeof J.why_off, f, a ? a : "", b ? b : "");
}

/* Loads the backend module (once). Returns false (the JIT off) on failure. */
static bool backend_load(void) {
    if (J.load_tried) return J.backend != NULL;
    J.load_tried = true;
    uint64_t t0 = now_ns();
    char err1[512] = "";
    const char *env = getenv("COIL_JIT_BACKEND");
    if (env && *env) {
        J.dl = dlopen(env, RTLD_NOW | RTLD_LOCAL);
        if (J.dl) snprintf(J.backend_path, sizeof J.backend_path, "%s", env);
        else snprintf(err1, sizeof err1, "%s; ", dlerror());
    }
    /* -X jit=gccjit: libcoil-gccjit.so, else libcoil-llvm.so */
    const char *mod = J.mode == 2 ? "gccjit" : "llvm";
    const char *what = J.mode == 2 ? "libgccjit" : "LLVM";
    if (!J.dl) {
        char exe[PATH_MAX];
        ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
        if (n <= 0) {
            disable("off: cannot find the coil binary (/proc/self/exe) to load libcoil-%s.so%s",
                    mod, NULL);
            return false;
        }
        exe[n] = 0;
        char *slash = strrchr(exe, '/');
        if (slash) *slash = 0;
        fmt(J.backend_path, sizeof J.backend_path, "%s/libcoil-%s.so", exe, mod);
        J.dl = dlopen(J.backend_path, RTLD_NOW | RTLD_LOCAL);
        if (!J.dl) {
            char why[1024];
            snprintf(why, sizeof why, "%s%s", err1, dlerror());
            disable("off: cannot load the %s backend: %s", what, why);
            return false;
        }
    }
    void *sym = dlsym(J.dl, COIL_JIT_BACKEND_SYMBOL);
    if (!sym) {
        disable("off: %s has no " COIL_JIT_BACKEND_SYMBOL " symbol%s", J.backend_path, NULL);
        return false;
    }
    JitBackendGetter get;
    memcpy(&get, &sym, sizeof get);
    const JitBackend *b = get();
    if (!b || b->abi != JIT_BACKEND_ABI || !b->compile) {
        disable("off: %s: backend ABI mismatch%s", J.backend_path, NULL);
        return false;
    }
    char err[512] = "";
    if (b->init && b->init(err, sizeof err) < 0) {
        disable("off: the backend failed to start: %s%s", err, NULL);
        return false;
    }
    J.backend = b;
    J.t_load = now_ns() - t0;
    return true;
}

/* ---- compilation ------------------------------------------------------------------ */

static char *value_cstr(Value v) {
    return strdup(v_is_str(v) ? str_data(v) : "?");
}

static JitCode *jitcode_new(CodeObject *co) {
    JitCode *jc = calloc(1, sizeof *jc);
    if (!jc) return NULL;
    jc->co = co;
    jc->qualname = value_cstr(co->qualname);
    jc->filename = value_cstr(co->filename);
    jc->firstline = co->firstlineno;
    jc->head.code_units = co->code;
    jc->head.direct_nargs =
        (co->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) ||
                co->kwonlyargcount != 0
            ? -1
            : co->argcount;
    jc->head.nlocalsplus = co->nlocalsplus;
    jc->head.frame_bytes = (frame_size(co) + 15) & ~(uint64_t)15;
    jc->events = J.threshold;
    jc->prev = J.last;
    if (J.last) J.last->next = jc;
    else J.first = jc;
    J.last = jc;
    return jc;
}

static void version_free(JitVersion *v) {
    if (!v->released && v->c.handle && J.backend && J.backend->release)
        J.backend->release(&v->c);
    v->released = true;
    if (v->fn) jit_fn_free(v->fn);
    free(v->exit_count);
    free(v->exit_uop);
    free(v->exit_line);
    free(v);
}

static void perf_map_add(const JitVersion *v, const JitCode *jc) {
    if (!runtime_options.perf || J.perf_failed) return;
    if (!J.perf_map) {
        char path[64];
        snprintf(path, sizeof path, "/tmp/perf-%d.map", (int)getpid());
        J.perf_map = fopen(path, "a");
        if (!J.perf_map) { J.perf_failed = true; return; }
    }
    size_t size = v->c.code_size ? v->c.code_size : 1;
    fprintf(J.perf_map, "%" PRIxPTR " %zx coil:%s:%s:%d\n", (uintptr_t)v->c.code_start, size,
            jc->qualname, jc->filename, jc->firstline);
    fflush(J.perf_map);
}

/* Compiles co; the new version or NULL with jc->why set. */
/* Profitability. Compiled code wins by doing inline what the interpreter
 * dispatches: arithmetic, compares, branches, global loads. A HELPER uop
 * costs about what the interpreter's instruction costs plus the stores of
 * its operands, and every crossing between the tiers (entry, exit, a call
 * into the other tier) costs a frame save and a C call. A function made
 * mostly of helper calls therefore runs no faster compiled; measured with
 * every hot method compiled, richards ran 1.4x and raytrace 1.6x slower
 * than interpreted (a helper-only method called from the interpreter
 * pays two tier crossings per call). Such a function stays in the interpreter, unless the
 * JIT is being stressed (threshold below COLD_THRESHOLD) or
 * COIL_JIT_ALL=1. Returns false with the reason in why. */
/* Uop i as a loop's back-edge: a LOOP_CHECK followed by its JUMP to the
 * loop head. Returns the head's bytecode offset (the body runs from there
 * to the LOOP_CHECK's offset), or -1. */
static int32_t back_edge_head(const JitFunction *fn, int i) {
    const JitUop *u = &fn->uops[i];
    if (u->op != UOP_LOOP_CHECK || i + 1 >= fn->nuops) return -1;
    const JitUop *j = &fn->uops[i + 1];
    if (j->op != UOP_JUMP || j->target < 0 || j->target >= fn->nblocks) return -1;
    return fn->blocks[j->target].bc_offset;
}

/* Whether bytecode offset off lies in a loop body. */
static bool in_loop(const JitFunction *fn, int32_t off) {
    for (int i = 0; i < fn->nuops; i++) {
        int32_t head = back_edge_head(fn, i);
        if (head >= 0 && head <= off && off <= fn->uops[i].bc_offset) return true;
    }
    return false;
}

static bool py_call_helper(int op);
/* What a generator's resume and yield cost, in inline operations (see
 * profitable). */
#define GEN_RESUME_COST 3

/* The expected path of a loop-free function: w[b] = the probability that
 * a call runs block b, each conditional branch of the source (BRANCH_TRUE,
 * BRANCH_FALSE, BRANCH_NONE, BRANCH_NOT_NONE) taken half the time, every
 * other branch (a guard's or an inline cache's miss path, an inline
 * iteration's exhaustion) never. A call runs one path through the
 * function, not all of its code: counted whole, the work of a function of
 * many ifs was overestimated several times (richards' HandlerTask.step:
 * 347 uops, four levels of ifs, each call runs a fifth of it; compiled it
 * saved nothing and cost 50 ms of CPU to compile). Blocks are in code
 * order, so in loop-free code every branch goes forward; a backward one
 * (there is none) is ignored. Returns false (w untouched) when the
 * function has a loop or no entry at offset 0. */
static bool path_weights(const JitFunction *fn, double *w) {
    int start = -1;
    for (int b = 0; b < fn->nblocks; b++) {
        w[b] = 0;
        if (start < 0 && fn->blocks[b].entry && fn->blocks[b].bc_offset == 0) start = b;
    }
    if (start < 0) return false;
    for (int i = 0; i < fn->nuops; i++)
        if (fn->uops[i].op == UOP_LOOP_CHECK) return false;
    w[start] = 1;
    for (int b = start; b < fn->nblocks; b++) {
        double p = w[b];
        if (p <= 0) continue;
        const JitBlock *bl = &fn->blocks[b];
        bool falls = true;
        for (int i = bl->first; i < bl->first + bl->count; i++) {
            const JitUop *u = &fn->uops[i];
            if (!(uop_info[u->op].flags & UF_BRANCH) || u->target < 0 || u->target >= fn->nblocks)
                continue;
            if (uop_info[u->op].flags & UF_TERMINAL) {
                if (u->target > b) w[u->target] += p;
                falls = false;
            } else if (uop_info[u->op].flags & UF_COND) {
                if (u->target > b) w[u->target] += p / 2;
                p /= 2;
            }
        }
        if (uop_info[fn->uops[bl->first + bl->count - 1].op].flags & UF_TERMINAL) falls = false;
        if (falls && b + 1 < fn->nblocks) w[b + 1] += p;
    }
    return true;
}

/* Each uop's weight in thousandths: its block's path weight (w above) in a
 * loop-free function, 1000 otherwise. Returns NULL when out of memory
 * (callers count every uop whole then). */
static int *uop_weights(const JitFunction *fn) {
    int *uw = malloc((size_t)(fn->nuops > 0 ? fn->nuops : 1) * sizeof *uw);
    double *w = malloc((size_t)(fn->nblocks > 0 ? fn->nblocks : 1) * sizeof *w);
    if (!uw || !w) {
        free(uw);
        free(w);
        return NULL;
    }
    for (int i = 0; i < fn->nuops; i++) uw[i] = 1000;
    if (path_weights(fn, w))
        for (int b = 0; b < fn->nblocks; b++)
            for (int i = fn->blocks[b].first; i < fn->blocks[b].first + fn->blocks[b].count; i++)
                uw[i] = (int)(w[b] * 1000 + 0.5);
    free(w);
    return uw;
}

static bool profitable(const JitFunction *fn, char *why, size_t n) {
    int helpers = 0, work = 0, other_helpers = 0, attrs = 0, yields = 0, gen_calls = 0;
    bool loop = false, yield_in_loop = false;
    for (int i = 0; i < fn->nuops; i++) {
        if (fn->uops[i].op == UOP_LOOP_CHECK) loop = true;
        if (fn->uops[i].op == UOP_YIELD) yields++;
    }
    if (yields && loop)
        for (int i = 0; i < fn->nuops; i++)
            if (fn->uops[i].op == UOP_YIELD && in_loop(fn, fn->uops[i].bc_offset)) yield_in_loop = true;
    /* With a loop, the loop bodies decide: what runs once per call costs
     * what it costs in the interpreter (spectral_norm's inner list
     * comprehension: its closure set-up, list and iterator are helpers
     * outside its loop). */
    /* Counts in thousandths: without a loop, each uop weighs its block's
     * share of the expected path (uop_weights). */
    int *uw = loop ? NULL : uop_weights(fn);
    for (int i = 0; i < fn->nuops; i++) {
        int op = fn->uops[i].op;
        int k = uw ? uw[i] : 1000;
        if (loop && !in_loop(fn, fn->uops[i].bc_offset)) continue;
        if (uop_info[op].kind == UK_HELPER) {
            if (fn->uops[i].flags & UOPI_SLOW) continue;    /* a miss path: off the expected path */
            /* a site that never ran, in a function without loops
             * (float's Point.maximize: a branch rarely taken). In a loop
             * it may be a body that had not run yet at the first ask
             * (raytrace's Scene.trace compiled: slower) */
            if (!loop && (fn->uops[i].flags & UOPI_COLD)) continue;
            helpers += k;
            if (py_call_helper(op)) gen_calls += k;
            if (k > 0 && op != UOP_H_CALL_PY_EXACT_ARGS && op != UOP_H_CALL_BOUND_METHOD_EXACT_ARGS &&
                op != UOP_H_CALL_PY_WITH_DEFAULTS && op != UOP_H_CALL_PY_SELF)
                other_helpers++;
            continue;
        }
        switch (op) {
        case UOP_ADD_INT: case UOP_SUB_INT: case UOP_MUL_INT: case UOP_FLOORDIV_INT:
        case UOP_MOD_INT: case UOP_ADD_FLOAT: case UOP_SUB_FLOAT: case UOP_MUL_FLOAT:
        case UOP_DIV_FLOAT: case UOP_POW_FLOAT: case UOP_COMPARE_INT: case UOP_COMPARE_FLOAT:
            work += 2 * k;    /* unboxed arithmetic: the biggest win over the interpreter */
            break;
        case UOP_IS: case UOP_BRANCH_TRUE: case UOP_BRANCH_FALSE: case UOP_BRANCH_NONE:
        case UOP_BRANCH_NOT_NONE: case UOP_LOAD_MEM: case UOP_TRUTH:
            work += k;
            break;
        case UOP_GUARD_DEPTH:   /* a call inlined (translate.c inline_pure_call): no frame made */
            work += 2 * k;
            break;
        case UOP_GUARD_TYPE_VERSION: case UOP_BRANCH_NOT_TYPE_VERSION:   /* an inline attribute or method site */
            attrs += k;
            break;
        default:
            break;
        }
    }
    free(uw);
    /* A function without a loop pays an entry from the interpreter (and
     * usually a return to it) per call: it must be mostly inline work.
     * Measured: raytrace's small Vec methods (6 attribute helpers, 5 float
     * operations) ran the program 1.8x slower compiled, chaos's Map.apply
     * (mostly float arithmetic, called 2.4M times from an interpreted
     * loop) 1.2x slower. Without a loop, only calls of Python functions
     * are allowed as helpers: those enter compiled callees directly (fib). */
    /* An inline attribute/method site (its miss path a helper call off
     * the expected path) counts as inline work in a loop only. Measured
     * (min of 3, JIT on, interleaved with the base): counting it in
     * loop-free functions too compiled small accessors entered from the
     * interpreter millions of times (Vec.dot, BinaryConstraint.output/
     * input, Strength.stronger): deltablue +6%, raytrace +4%, with 18% of
     * deltablue's run spent compiling them. */
    if (loop) work += attrs;
    /* A generator or coroutine pays a tier crossing per resume (entered
     * from the interpreter's inline resume or gen_resume, left at its
     * yield) where the interpreter only switches frames, and each call of
     * a Python function from it is one more (the interpreter pushes the
     * callee's frame in place): the work between a resume and the next
     * yield must pay for them. Measured (coroutines.py, min of 3): its
     * send()-driven coroutines (a call of a predicate or a dict update
     * per resume, 3 to 6 inline operations) compiled ran the program
     * 1.19x slower; counter-style generators (an add and a compare per
     * yield) break even driven by the interpreter and win driven by
     * compiled code. */
    if (yields) {
        if (yield_in_loop || !loop) helpers += GEN_RESUME_COST * 1000;
        helpers += gen_calls;
    }
    if (loop ? work >= helpers : other_helpers == 0 && work >= 2 * helpers + J.loopfree_work * 1000)
        return true;
    snprintf(why, n, "not profitable: %.3g helper calls against %.3g inline operations%s%s",
             helpers / 1000.0, work / 1000.0, loop ? "" : " (no loop, on the expected path)",
             yields ? " (a generator: resumes and calls counted)" : "");
    return false;
}

/* What one warmup event stands for, tier-up at code offset off: the
 * number of bytecode instructions that run inline (a uop other than a
 * helper call), of the whole function for a call, of the loop's body (the
 * code units from off to its last back-edge) for a back-edge to the loop
 * head at off. Each saves the interpreter's dispatch and operand stack
 * traffic. A helper call costs about what the instruction costs in the
 * interpreter plus the stores of its operands and the exit checks:
 * HELPER_WEIGHT/4 of an inline instruction's gain is lost per helper
 * instruction on the expected path; a call of a Python function
 * (py_call_helper) loses CALL_WEIGHT more (a tier crossing per call when
 * the callee is interpreted), POLY_CALL_WEIGHT for a call of a method
 * loaded from receivers of varying classes. The net may be zero or less:
 * nothing it runs is faster compiled, so the function waits the longest
 * (events_needed), 1 - net times longer still for a net loss: compiled, it
 * would lose more the longer it ran. Measured (min of 3, CPU time, JIT on,
 * base = calls of POLY methods weighing CALL_WEIGHT and a loss waiting as
 * a net of 1): richards 1.27 -> 1.12 s (Scheduler.run: net -18, its loop
 * calls Task.blocked and Task.run on four classes of task, compiled after
 * 2M iterations before), raytrace 0.68 -> 0.61 (Scene.shadowed,
 * Scene.nearest), deltablue unchanged (-X jit=off: 1.03, 0.60, 1.23).
 * Earlier, measured (min of 4, CPU time): deltablue's loops
 * (Planner.remove_propagate_from: 9 inline instructions, 3 helpers of
 * which 2 calls of interpreted methods per iteration; make_plan;
 * add_constraints_consuming_to) were compiled after ~100k-400k
 * iterations and made the program slower than -X jit=off (1.70 vs 1.55 s);
 * now they wait, 1.54 s. telco's run (one call, OSR) waits too: its body
 * is mostly decimal method calls. */
/* A helper call of a Python function whose callee may run in the
 * interpreter: compiled code pays a tier crossing (a C call into a nested
 * interpreter loop and back) where the interpreter only pushes a frame. */
static bool py_call_helper(int op) {
    return op == UOP_H_CALL_PY_EXACT_ARGS || op == UOP_H_CALL_BOUND_METHOD_EXACT_ARGS ||
           op == UOP_H_CALL_PY_WITH_DEFAULTS || op == UOP_H_CALL_ALLOC_AND_ENTER_INIT ||
           op == UOP_H_CALL || op == UOP_H_CALL_FUNCTION_EX;
}

static int event_benefit(const JitFunction *fn, int32_t off) {
    int32_t end = -1;
    if (off > 0) {
        for (int i = 0; i < fn->nuops; i++)
            if (back_edge_head(fn, i) == off && fn->uops[i].bc_offset > end) end = fn->uops[i].bc_offset;
    }
    /* In thousandths; a call of a loop-free function counts its expected
     * path (uop_weights). */
    int64_t n = 0, helpers = 0, calls = 0, poly_calls = 0;
    int32_t last = -1, last_h = -1;
    int *uw = end < 0 ? uop_weights(fn) : NULL;
    for (int i = 0; i < fn->nuops; i++) {
        const JitUop *u = &fn->uops[i];
        int k = uw ? uw[i] : 1000;
        if (end >= 0 && (u->bc_offset < off || u->bc_offset > end)) continue;
        if (uop_info[u->op].kind == UK_HELPER) {
            if (u->flags & UOPI_SLOW) continue;
            if (u->bc_offset != last_h) helpers += k;
            last_h = u->bc_offset;
            if (py_call_helper(u->op)) calls += k;
            if (u->op == UOP_H_LOAD_METHOD_POLY) poly_calls += k;   /* the CALL after it */
            continue;
        }
        if (u->op == UOP_JUMP) continue;
        /* an inlined callee's body (translate.c inline_pure_call): all at
         * the CALL's offset; each of its operations (not its guards) is
         * inline work, and the call itself a frame the interpreter no
         * longer makes */
        if ((u->flags & UOPI_INLINED) && !(uop_info[u->op].flags & UF_DEOPT)) n += k;
        if (u->bc_offset != last) n += k;
        last = u->bc_offset;
    }
    free(uw);
    int64_t net = n - J.helper_weight * helpers / 4 - J.call_weight * calls -
                  (J.poly_call_weight - J.call_weight) * poly_calls;
    /* rounded down: a fraction of an instruction gained is none */
    return (int)(net >= 0 ? net / 1000 : -((-net + 999) / 1000));
}

static int64_t events_needed(const JitFunction *fn, int benefit) {
    int64_t cost = fn->nuops;
    int64_t need = (int64_t)J.threshold * J.events_per_uop * cost / (benefit > 1 ? benefit : 1);
    /* A net loss per event: running it compiled loses more the more it
     * runs, so it waits in proportion to the loss (benefit -18: 19x). */
    if (benefit < 0) need *= 1 - (int64_t)benefit;
    if (need < J.threshold) need = J.threshold;
    if (need > INT32_MAX / 4) need = INT32_MAX / 4;
    return need;
}


/* ---- background compilation (JitJob) ------------------------------------------------ */

static JitVersion *make_version(JitCode *jc, CodeObject *co, JitFunction *fn, JitCompiled *c,
                                uint64_t t_translate, uint64_t t_optimize, uint64_t t_backend,
                                int nbefore, const JitOptStats *os, bool as);
static void set_cur(JitCode *jc, JitVersion *v);

static void *worker_main(void *arg) {
    (void)arg;
    pthread_mutex_lock(&J.mu);
    for (;;) {
        while ((!J.queue || J.fork_paused) && !J.stop) pthread_cond_wait(&J.cv_work, &J.mu);
        if (J.stop) break;
        JitJob *job = J.queue;
        J.queue = job->next;
        if (!J.queue) J.queue_tail = NULL;
        job->next = NULL;
        J.in_flight = job;
        pthread_mutex_unlock(&J.mu);
        uint64_t t0 = now_ns(), c0 = cpu_ns(CLOCK_THREAD_CPUTIME_ID);
        job->rc = J.backend->compile(job->fn, &job->opt, &job->c, job->err, sizeof job->err);
        job->cpu_backend = cpu_ns(CLOCK_THREAD_CPUTIME_ID) - c0;
        job->t_done = now_ns();
        job->t_backend = job->t_done - t0;
        job->t_start = t0;
        pthread_mutex_lock(&J.mu);
        J.in_flight = NULL;
        if (J.done_tail) J.done_tail->next = job;
        else J.done = job;
        J.done_tail = job;
        atomic_fetch_add_explicit(&J.ndone, 1, memory_order_release);
        pthread_cond_broadcast(&J.cv_done);
    }
    pthread_mutex_unlock(&J.mu);
    return NULL;
}

/* fork(): no compile may be half done in the child (the backend's locks),
 * and the child has no worker: what was queued is handed back (compiled
 * again when hot again, by a worker the child starts). */
static void fork_prepare(void) {
    pthread_mutex_lock(&J.mu);
    J.fork_paused = true;
    while (J.in_flight) pthread_cond_wait(&J.cv_done, &J.mu);
}

static void fork_parent(void) {
    J.fork_paused = false;
    pthread_cond_broadcast(&J.cv_work);
    pthread_mutex_unlock(&J.mu);
}

static void fork_child(void) {
    /* the worker does not exist here: the queue goes back as cancelled */
    while (J.queue) {
        JitJob *job = J.queue;
        J.queue = job->next;
        job->next = NULL;
        job->rc = JOB_CANCELLED;
        if (J.done_tail) J.done_tail->next = job;
        else J.done = job;
        J.done_tail = job;
        atomic_fetch_add_explicit(&J.ndone, 1, memory_order_relaxed);
    }
    J.queue_tail = NULL;
    J.async = false;
    J.worker_started = false;
    J.fork_paused = false;
    /* the parent's worker may have been waiting on these: fresh ones, and a
     * fresh worker at the child's next compile (async_start decides again) */
    pthread_cond_init(&J.cv_work, NULL);
    pthread_cond_init(&J.cv_done, NULL);
    J.async_decided = false;
    pthread_mutex_unlock(&J.mu);
}

/* exit() without jit_fini (a fatal error): the worker must not be inside
 * LLVM while its static destructors run (registered before this handler,
 * so they run after it). Touches no Python object. */
static void worker_stop_at_exit(void) {
    if (!J.worker_started) return;
    pthread_mutex_lock(&J.mu);
    J.stop = true;
    pthread_cond_broadcast(&J.cv_work);
    pthread_mutex_unlock(&J.mu);
    pthread_join(J.worker, NULL);
    J.worker_started = false;
}

/* Starts the worker (once, at the first compile that may be async).
 * Returns whether compiles go to it. */
static bool async_start(void) {
    if (J.async_decided) return J.async;
    J.async_decided = true;
    J.async = runtime_options.jit_async != 0 && J.mode == 1 && J.threshold >= COLD_THRESHOLD &&
              !J.dump_uops && !J.dump_ir && !J.dump_asm;
    if (!J.async) return false;
    /* the worker takes no signals: SIGINT and friends stay the main thread's */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)8 << 20);   /* LLVM recurses */
    int rc = pthread_create(&J.worker, &attr, worker_main, NULL);
    pthread_attr_destroy(&attr);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (rc != 0) {
        J.async = false;
        return false;
    }
    J.worker_started = true;
    static bool atfork_done;
    if (!atfork_done) {
        atfork_done = true;
        pthread_atfork(fork_prepare, fork_parent, fork_child);
        atexit(worker_stop_at_exit);
    }
    return true;
}

static void submit(JitJob *job) {
    obj_incref(&job->co->ob);
    job->jc->pending = job;
    job->t_submit = now_ns();
    pthread_mutex_lock(&J.mu);
    if (J.queue_tail) J.queue_tail->next = job;
    else J.queue = job;
    J.queue_tail = job;
    pthread_cond_signal(&J.cv_work);
    pthread_mutex_unlock(&J.mu);
    J.n_async++;
}

static void job_free(JitJob *job) {
    if (job->fn) jit_fn_free(job->fn);
    free(job);
}

/* A finished (or cancelled) job: its version becomes the live one, or the
 * failure is recorded. Drops the job's code object reference last (the
 * code object, and its JitCode, may go with it). */
static void install(JitJob *job, uint64_t now) {
    JitCode *jc = job->jc;
    CodeObject *co = job->co;
    jc->pending = NULL;
    if (job->rc == JOB_CANCELLED) {
        J.n_cancelled++;
        co->warmup = J.threshold;       /* hot again: compiled again */
    } else {
        J.t_install_wait += now - job->t_done;
        J.t_queue += job->t_start - job->t_submit;
        J.t_backend += job->t_backend;
        J.cpu_jit += job->cpu_backend;
        if (job->rc < 0 || !job->c.entry) {
            fmt(jc->why, sizeof jc->why, "backend: %s", job->err[0] ? job->err : "compile failed");
            jc->t_failed += job->t_translate + job->t_optimize + job->t_backend;
            jc->failed = true;
            J.n_failed++;
            co->warmup = INT32_MAX;
        } else {
            JitVersion *v = make_version(jc, co, job->fn, &job->c, job->t_translate,
                                         job->t_optimize, job->t_backend, job->nbefore, &job->os,
                                         false);
            job->fn = NULL;             /* make_version took it */
            if (v) {
                set_cur(jc, v);
                co->warmup = 0;         /* the next call or back-edge enters it */
            } else {
                jc->failed = true;
                J.n_failed++;
                co->warmup = INT32_MAX;
            }
        }
    }
    job_free(job);
    obj_decref(&co->ob);
}

/* Installs every finished job (jit_tier_up: a safe point). */
static void install_finished(void) {
    if (LIKELY(atomic_load_explicit(&J.ndone, memory_order_acquire) == 0)) return;
    pthread_mutex_lock(&J.mu);
    JitJob *list = J.done;
    J.done = J.done_tail = NULL;
    atomic_store_explicit(&J.ndone, 0, memory_order_relaxed);
    pthread_mutex_unlock(&J.mu);
    uint64_t now = now_ns();
    while (list) {
        JitJob *nx = list->next;
        install(list, now);
        list = nx;
    }
}

/* At exit: the compile in flight is waited for, the queued ones are
 * cancelled (with -X perf, compiled: the perf map names them), the worker
 * joined, and everything finished installed (its records: --jit-stats). */
static void async_stop(void) {
    if (!J.worker_started) {
        install_finished();
        return;
    }
    pthread_mutex_lock(&J.mu);
    if (runtime_options.perf)
        while (J.queue || J.in_flight) pthread_cond_wait(&J.cv_done, &J.mu);
    JitJob *q = J.queue;
    J.queue = J.queue_tail = NULL;
    J.stop = true;
    pthread_cond_broadcast(&J.cv_work);
    pthread_mutex_unlock(&J.mu);
    pthread_join(J.worker, NULL);
    J.worker_started = false;
    J.async = false;
    while (q) {
        JitJob *nx = q->next;
        q->rc = JOB_CANCELLED;
        install(q, 0);
        q = nx;
    }
    install_finished();
}

/* A compiled function's version record (the backend succeeded). Takes fn
 * and c; NULL (both released) with jc->why set when out of memory. */
static JitVersion *make_version(JitCode *jc, CodeObject *co, JitFunction *fn, JitCompiled *c,
                                uint64_t t_translate, uint64_t t_optimize, uint64_t t_backend,
                                int nbefore, const JitOptStats *os, bool as) {
    JitVersion *v = calloc(1, sizeof *v);
    int nx = fn->nexits > 0 ? fn->nexits : 1;
    if (v) {
        v->exit_count = calloc((size_t)nx, sizeof *v->exit_count);
        v->exit_uop = malloc((size_t)nx * sizeof *v->exit_uop);
        v->exit_line = malloc((size_t)nx * sizeof *v->exit_line);
    }
    if (!v || !v->exit_count || !v->exit_uop || !v->exit_line) {
        if (v) { free(v->exit_count); free(v->exit_uop); free(v->exit_line); free(v); }
        if (J.backend->release) J.backend->release(c);
        jit_fn_free(fn);
        snprintf(jc->why, sizeof jc->why, "out of memory");
        return NULL;
    }
    v->fn = fn;
    v->c = *c;
    v->gen = jc->versions ? jc->versions->gen + 1 : 0;
    v->t_translate = t_translate;
    v->t_optimize = t_optimize;
    v->t_backend = t_backend;
    v->nuops_before = nbefore;
    v->nuops_after = fn->nuops;
    v->opt = *os;
    for (int k = 0; k < fn->nexits; k++) {
        v->exit_uop[k] = -1;
        v->exit_line[k] = code_line_at(co, fn->exits[k].bc_offset);
    }
    for (int i = 0; i < fn->nuops; i++) {
        const JitUop *u = &fn->uops[i];
        if (u->deopt_exit >= 0 && u->deopt_exit < fn->nexits && v->exit_uop[u->deopt_exit] < 0)
            v->exit_uop[u->deopt_exit] = (int16_t)u->op;
        if (u->error_exit >= 0 && u->error_exit < fn->nexits && v->exit_uop[u->error_exit] < 0)
            v->exit_uop[u->error_exit] = (int16_t)u->op;
    }
    v->next = jc->versions;
    jc->versions = v;
    J.n_compiled++;
    J.code_bytes += c->code_size;
    perf_map_add(v, jc);
    if (as) {
        fprintf(stderr, "=== machine code: %s (%s:%d), %zu bytes at %p ===\n", jc->qualname,
                jc->filename, jc->firstline, c->code_size, c->code_start);
        jit_disasm(stderr, c->code_start, c->code_size, fn, &J.rt);
        fflush(stderr);
    }
    return v;
}

static JitVersion *compile(JitCode *jc, CodeObject *co, Frame *f, bool *deferred,
                           bool *pending) {
    char why[256] = "";
    const char *skip = J.skip;
    if (skip && *skip) {
        size_t ql = strlen(jc->qualname);
        for (const char *p = skip; p && *p; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL)
            if (!strncmp(p, jc->qualname, ql) && (p[ql] == ',' || !p[ql])) {
                snprintf(jc->why, sizeof jc->why, "skipped (COIL_JIT_SKIP)");
                return NULL;
            }
    }
    uint64_t t0 = now_ns();
    jit_cold_site_limit = J.threshold >= COLD_THRESHOLD && jc->ncold < MAX_COLD_RECOMPILES
                              ? (uint32_t)J.threshold : 0;
    JitFunction *fn = jit_translate(co, f->globals, f->builtins, &J.rt, jc->generic, jc->ngeneric,
                                    why, sizeof why);
    uint64_t t1 = now_ns();
    J.t_translate += t1 - t0;
    if (!fn) {
        snprintf(jc->why, sizeof jc->why, "%s", why[0] ? why : "the translator refused it");
        jc->t_failed += t1 - t0;
        return NULL;
    }
    bool du = dump_selects(J.dump_uops, J.dump_uops_name, co);
    char title[512];
    if (du) {
        snprintf(title, sizeof title, "%s (%s:%d), before optimisation", jc->qualname,
                 jc->filename, jc->firstline);
        jit_fn_dump(fn, stderr, title);
    }
    int nbefore = fn->nuops;
    JitOptStats os;
    memset(&os, 0, sizeof os);
    jit_optimize(fn, &os);
    uint64_t t2 = now_ns();
    J.t_optimize += t2 - t1;
    if (du) {
        snprintf(title, sizeof title, "%s (%s:%d), after optimisation", jc->qualname,
                 jc->filename, jc->firstline);
        jit_fn_dump(fn, stderr, title);
        fflush(stderr);
    }
    char err[512] = "";
    if (jit_fn_verify(fn, err, sizeof err) < 0) {
        fmt(jc->why, sizeof jc->why, "invalid IR: %s", err);
        jc->t_failed += t2 - t0;
        jit_fn_free(fn);
        return NULL;
    }
    int benefit = 0;
    if (J.threshold >= COLD_THRESHOLD && !J.compile_all) {
        if (!profitable(fn, jc->why, sizeof jc->why)) {
            jc->t_failed += now_ns() - t0;
            jit_fn_free(fn);
            /* A site that has not run yet is still generic, a helper call:
             * a function that got hot in its first loop looks unprofitable
             * until its later loops have run and specialised (scimark's
             * sparse product: hot while building its matrix; float's
             * one_round). Such a loop asks again at the function's next
             * call (every site has run by then) or, if it keeps running,
             * after 8x, 64x, 512x the threshold of further events. A
             * function found unprofitable at a call has run its sites
             * already: no retry (measured: raytrace's Scene.trace compiled
             * on a retry ran the program 10% slower). */
            bool at_call = f->next_instr == co->code;
            if ((!at_call || jc->unprofitable) && jc->nunprofitable < UNPROFITABLE_RETRIES) {
                jc->nunprofitable++;
                jc->unprofitable = true;
                jc->wait_events = 0;
                co->warmup = J.threshold;
                *deferred = true;
            }
            return NULL;
        }
        jc->unprofitable = false;
        benefit = event_benefit(fn, (int32_t)(f->next_instr - co->code));
        int64_t needed = events_needed(fn, benefit);
        if (jc->events < needed) {
            /* Not hot enough yet for what it costs to compile: ask again
             * once the rest of the events needed have been counted. */
            co->warmup = (int32_t)(needed - jc->events);
            jc->events = needed;
            jc->ndeferred++;
            jc->t_failed += now_ns() - t0;
            jit_fn_free(fn);
            *deferred = true;
            return NULL;
        }
    }
    /* The backend (LLVM: 13-60 ms of CPU to load, 50 MB of RSS) is loaded
     * only once something is worth compiling. */
    uint64_t load_before = J.t_load;
    if (!backend_load()) {
        fmt(jc->why, sizeof jc->why, "JIT %s", J.why_off);
        jit_fn_free(fn);
        return NULL;
    }
    JitCompileOptions opt;
    memset(&opt, 0, sizeof opt);
    /* LLVM's time grows faster than linearly with the function's size
     * (hundreds of ms for 1000 uops at -O2): big functions get -O0. */
    opt.opt_level = fn->nuops > J.big_uops ? 0 : J.opt_level;
    bool ir = dump_selects(J.dump_ir, J.dump_ir_name, co);
    bool as = dump_selects(J.dump_asm, J.dump_asm_name, co);
    if (ir) {
        fprintf(stderr, "=== %s IR: %s (%s:%d) ===\n", J.mode == 2 ? "gccjit" : "LLVM", jc->qualname,
                jc->filename, jc->firstline);
        opt.dump_ir = stderr;
    }
    opt.asm_markers = as;
    if (async_start()) {
        JitJob *job = calloc(1, sizeof *job);
        if (job) {
            job->jc = jc;
            job->co = co;
            job->fn = fn;
            job->opt = opt;
            job->nbefore = nbefore;
            job->os = os;
            job->t_translate = t1 - t0;
            job->t_optimize = t2 - t1;
            submit(job);
            *pending = true;
            return NULL;
        }
        /* not on this thread: the worker owns the backend now */
        snprintf(jc->why, sizeof jc->why, "out of memory");
        jit_fn_free(fn);
        return NULL;
    }
    JitCompiled c;
    memset(&c, 0, sizeof c);
    int rc = J.backend->compile(fn, &opt, &c, err, sizeof err);
    uint64_t t3 = now_ns();
    /* the backend's loading (this compile loaded it) is J.t_load, not
     * compile time: it was counted twice in the JIT time */
    t2 += J.t_load - load_before;
    J.t_backend += t3 - t2;
    J.t_main_backend += t3 - t2;
    if (ir) fflush(stderr);
    if (rc < 0 || !c.entry) {
        fmt(jc->why, sizeof jc->why, "backend: %s", err[0] ? err : "compile failed");
        jc->t_failed += t3 - t0;
        jit_fn_free(fn);
        return NULL;
    }
    return make_version(jc, co, fn, &c, t1 - t0, t2 - t1, t3 - t2, nbefore, &os, as);
}

static void add_generic_site(JitCode *jc, int32_t off) {
    int i = 0;
    while (i < jc->ngeneric && jc->generic[i] < off) i++;
    if (i < jc->ngeneric && jc->generic[i] == off) return;
    int32_t *g = realloc(jc->generic, (size_t)(jc->ngeneric + 1) * sizeof *g);
    if (!g) return;
    memmove(g + i + 1, g + i, (size_t)(jc->ngeneric - i) * sizeof *g);
    g[i] = off;
    jc->generic = g;
    jc->ngeneric++;
}

/* Counts the direct calls' returns into the live version. */
static void flush_direct(JitCode *jc) {
    if (jc->head.direct_returns && jc->cur) {
        jc->cur->entries += jc->head.direct_returns;
        jc->cur->returns += jc->head.direct_returns;
    }
    jc->head.direct_returns = 0;
}

/* Every change of the live version goes through here. */
static void set_cur(JitCode *jc, JitVersion *v) {
    flush_direct(jc);
    jc->cur = v;
    jc->head.entry = v && !J.tracing ? v->c.entry : NULL;
}

void jit_set_tracing(bool on) {
    J.tracing = on;
    for (JitCode *jc = J.first; jc; jc = jc->next) {
        flush_direct(jc);
        jc->head.entry = jc->cur && !on ? jc->cur->c.entry : NULL;
    }
}

/* v keeps deoptimising: invalidate it (see the top of the file). */
static void maybe_invalidate(JitCode *jc, JitVersion *v, CodeObject *co) {
    if (v->dead || v != jc->cur) return;
    flush_direct(jc);
    bool often = v->deopts > DEOPT_MIN && v->deopts * DEOPT_RATIO > v->entries;
    bool mostly = v->deopts >= DEOPT_EARLY && v->deopts * 2 >= v->entries;
    if (!often && !mostly) return;
    v->dead = true;
    set_cur(jc, NULL);
    jc->ninvalid++;
    J.n_invalidated++;
    const JitFunction *fn = v->fn;
    for (int k = 0; k < fn->nexits; k++) {
        if (fn->exits[k].kind == JIT_EXIT_DEOPT && v->exit_count[k] * 10 >= v->deopts)
            add_generic_site(jc, fn->exits[k].bc_offset);
    }
    if (jc->ninvalid >= MAX_INVALIDATIONS) {
        jc->failed = true;
        snprintf(jc->why, sizeof jc->why, "deoptimised too often (%d invalidations)",
                 jc->ninvalid);
        co->warmup = INT32_MAX;
    } else {
        co->warmup = J.threshold;
    }
}

/* v took a COUNT_COLD exit: a site that had not run when v was compiled
 * has now run threshold times in it. v is retired (as an invalidation,
 * without a generic site: the interpreter specialises the site now) and
 * the code object warms up again to be compiled from the warm caches,
 * when the cost model finds the new version worth its compile (chaos's
 * run: its digest loop after the main one has never run when the main
 * loop is compiled; retired there, the rest of the digest runs
 * interpreted, which costs less than a compile of its 436 uops). */
static void cold_recompile(JitCode *jc, JitVersion *v, CodeObject *co, int64_t k) {
    if (v->dead || v != jc->cur || jc->failed) return;
    /* the exit may be shared with the helper's own (rare) deopt: the
     * counter says which took it */
    bool hot = false;
    for (int i = 0; i < v->fn->nuops && !hot; i++) {
        const JitUop *u = &v->fn->uops[i];
        if (u->op == UOP_COUNT_COLD && u->deopt_exit == k && u->op1 &&
            *(const uint64_t *)(uintptr_t)u->op1 >= u->op2)
            hot = true;
    }
    if (!hot) return;
    flush_direct(jc);
    v->dead = true;
    set_cur(jc, NULL);
    jc->ncold++;
    J.n_cold_recompiles++;
    jc->events += J.threshold;
    co->warmup = J.threshold;
}

/* ---- running ------------------------------------------------------------------------ */

JitRun jit_tier_up(Frame *f, Value *retval) {
    if (UNLIKELY(J.tracing)) return JIT_RUN_NONE;
    CodeObject *co = f->code;
    install_finished();
    JitCode *jc = co->jit;
    JitVersion *v = jc ? jc->cur : NULL;
    if (UNLIKELY(!v)) {
        if (jc && jc->pending) {
            co->warmup = WARMUP_PENDING;    /* compiling in the background */
            return JIT_RUN_NONE;
        }
        if (!J.enabled || (jc && jc->failed)) {
            co->warmup = INT32_MAX;
            return JIT_RUN_NONE;
        }
        if (jit_c_stack_low()) {
            co->warmup = WARMUP_STACK_LOW;
            return JIT_RUN_NONE;
        }
        if (!jc) {
            jc = jitcode_new(co);
            if (!jc) {
                co->warmup = INT32_MAX;
                return JIT_RUN_NONE;
            }
            co->jit = jc;
        }
        bool deferred = false, pending = false;
        if (jc->unprofitable && f->next_instr != co->code) {
            /* waiting to ask again (compile()): at a call, or at a
             * back-edge once enough events have passed */
            jc->wait_events += J.threshold;
            if (jc->wait_events < (int64_t)J.threshold << (3 * jc->nunprofitable)) {
                co->warmup = J.threshold;
                return JIT_RUN_NONE;
            }
        }
        if (co->flags & CO_ASYNC_GENERATOR) {
            snprintf(jc->why, sizeof jc->why, "an async generator (not compiled)");
            v = NULL;
        } else {
            uint64_t c0 = cpu_ns(CLOCK_THREAD_CPUTIME_ID);
            v = compile(jc, co, f, &deferred, &pending);
            J.cpu_jit += cpu_ns(CLOCK_THREAD_CPUTIME_ID) - c0;
        }
        if (deferred) return JIT_RUN_NONE;      /* co->warmup set */
        if (pending) {
            co->warmup = WARMUP_PENDING;
            return JIT_RUN_NONE;
        }
        if (!v) {
            jc->failed = true;
            J.n_failed++;
            co->warmup = INT32_MAX;
            return JIT_RUN_NONE;
        }
        set_cur(jc, v);
    }
    co->warmup = WARMUP_COMPILED;
    if (jit_c_stack_low()) return JIT_RUN_NONE;
    uint64_t ret = 0;
    int64_t r = v->c.entry(f, &ret);
    if (LIKELY(r == 0)) {
        v->entries++;
        v->returns++;
        *retval = (Value)ret;
        return JIT_RUN_RETURNED;
    }
    if (r < 0) return JIT_RUN_NONE;
    v->entries++;
    int64_t k = r - 1;
    if (UNLIKELY(k >= v->fn->nexits)) {
        /* Cannot happen; the frame was written back by some exit. */
        v->deopts++;
        return JIT_RUN_DEOPT;
    }
    if (LIKELY(v->fn->exits[k].kind == JIT_EXIT_YIELD)) {
        /* a generator suspended itself (not an exit of the statistics) */
        v->yields++;
        *retval = (Value)ret;
        return JIT_RUN_YIELDED;
    }
    v->exit_count[k]++;
    if (v->fn->exits[k].kind == JIT_EXIT_ERROR) {
        v->errors++;
        return JIT_RUN_ERROR;
    }
    /* a loop's eval-breaker check left for a signal, a trace function or a
     * thread switch: nothing the code assumed broke, so it is no deopt */
    if (v->exit_uop[k] == UOP_LOOP_CHECK) return JIT_RUN_DEOPT;
    v->deopts++;
    if (UNLIKELY(v->exit_uop[k] == UOP_COUNT_COLD)) cold_recompile(jc, v, co, k);
    else if (UNLIKELY(v->deopts >= DEOPT_EARLY)) maybe_invalidate(jc, v, co);
    return JIT_RUN_DEOPT;
}

Value jit_run_frame(Frame *nf) {
    CodeObject *co = nf->code;
    int mode = EVAL_RESUME;
    if (UNLIKELY(--co->warmup < 0)) {
        Value rv = V_NULL;
        JitRun r = jit_tier_up(nf, &rv);
        if (r == JIT_RUN_RETURNED) {
            /* As RETURN_VALUE does for an entry frame. */
            eval_ts.depth--;
            eval_ts.frame = nf->previous;
            frame_pop(nf);
            return rv;
        }
        if (r == JIT_RUN_ERROR) mode = EVAL_RESUME_ERROR;
    }
    nf->is_entry = true;
    return eval_frame(nf, mode);
}

Value jit_resume_generator(Frame *f) {
    Value rv = V_NULL;
    if (UNLIKELY(J.tracing)) return eval_frame(f, EVAL_NORMAL);   /* the traced loop's 'call' event */
    JitRun r = jit_tier_up(f, &rv);
    if (LIKELY(r == JIT_RUN_YIELDED)) {
        /* as YIELD_VALUE of an entry frame */
        eval_ts.depth--;
        eval_ts.frame = f->previous;
        return rv;
    }
    if (r == JIT_RUN_RETURNED) {
        /* as RETURN_VALUE of an entry frame (heap: gen_resume frees it) */
        eval_ts.depth--;
        eval_ts.frame = f->previous;
        frame_clear(f);
        return rv;
    }
    return eval_frame(f, r == JIT_RUN_ERROR ? EVAL_RESUME_ERROR : EVAL_RESUME);
}

Value jit_finish_exit(Frame *nf, int64_t r, JitEntryFn e) {
    CodeObject *co = nf->code;
    JitCode *jc = co->jit;
    int mode = EVAL_RESUME;
    /* the version that ran (the live one may have changed during the call) */
    JitVersion *v = NULL;
    if (jc && r > 0)
        for (JitVersion *w = jc->versions; w; w = w->next)
            if (!w->released && w->c.entry == e) { v = w; break; }
    if (r > 0 && v) {
        v->entries++;
        int64_t k = r - 1;
        if (UNLIKELY(k >= v->fn->nexits)) {
            v->deopts++;
        } else {
            v->exit_count[k]++;
            if (v->fn->exits[k].kind == JIT_EXIT_ERROR) {
                v->errors++;
                mode = EVAL_RESUME_ERROR;
            } else if (v->exit_uop[k] != UOP_LOOP_CHECK) {   /* as in jit_tier_up */
                v->deopts++;
                if (UNLIKELY(v->exit_uop[k] == UOP_COUNT_COLD)) cold_recompile(jc, v, co, k);
                else if (UNLIKELY(v->deopts >= DEOPT_EARLY)) maybe_invalidate(jc, v, co);
            }
        }
    } else if (r > 0 && err_occurred()) {
        mode = EVAL_RESUME_ERROR;       /* cannot happen: the version is always found */
    }
    nf->is_entry = true;
    return eval_frame(nf, mode);
}

void jit_code_free(void *p) {
    JitCode *jc = p;
    if (!jc) return;
    set_cur(jc, NULL);
    jc->co = NULL;
    if (J.stats && !J.finished) {
        /* Keep the record (and the IR, for the exits) for --jit-stats;
         * the machine code goes: no frame can run it any more. */
        for (JitVersion *v = jc->versions; v; v = v->next) {
            if (!v->released && v->c.handle && J.backend && J.backend->release)
                J.backend->release(&v->c);
            v->released = true;
        }
        return;
    }
    JitVersion *v = jc->versions;
    while (v) {
        JitVersion *nx = v->next;
        version_free(v);
        v = nx;
    }
    if (jc->prev) jc->prev->next = jc->next;
    else if (J.first == jc) J.first = jc->next;
    if (jc->next) jc->next->prev = jc->prev;
    else if (J.last == jc) J.last = jc->prev;
    free(jc->qualname);
    free(jc->filename);
    free(jc->generic);
    free(jc);
}

/* ---- --jit-stats ------------------------------------------------------------------------- */

static void print_stats(FILE *out) {
    uint64_t run = now_ns() - J.t_start;
    fprintf(out, "=== coil JIT statistics ===\n");
    if (J.enabled || J.backend) {
        fprintf(out, "mode: %s, threshold %d, opt level %d", J.backend ? J.backend->name : J.mode == 2 ? "gccjit" : "llvm",
                (int)J.threshold, J.opt_level);
        if (J.backend) fprintf(out, ", backend %s (loaded in %.1f ms)", J.backend_path, ms(J.t_load));
        else fprintf(out, ", backend not loaded (nothing worth compiling yet)");
        fputc('\n', out);
    } else {
        fprintf(out, "mode: JIT %s\n", J.why_off);
    }
    uint64_t nhot = 0, entries = 0, returns = 0, deopts = 0, errors = 0, nversions = 0;
    uint64_t yields = 0, ngen = 0;
    for (JitCode *jc = J.first; jc; jc = jc->next) {
        flush_direct(jc);
        nhot++;
        bool gen = false;
        for (JitVersion *v = jc->versions; v; v = v->next) {
            nversions++;
            entries += v->entries;
            returns += v->returns;
            deopts += v->deopts;
            errors += v->errors;
            yields += v->yields;
            if (v->yields) gen = true;
        }
        ngen += gen;
    }
    uint64_t jit_ns = J.t_translate + J.t_optimize + J.t_backend + J.t_load;
    fprintf(out, "code objects that got hot: %" PRIu64 "; compiled %" PRIu64 " (versions), "
            "not compiled %" PRIu64 ", invalidations %" PRIu64 ", recompiled for a cold site that got hot %" PRIu64 "\n",
            nhot, J.n_compiled, J.n_failed, J.n_invalidated, J.n_cold_recompiles);
    (void)nversions;
    fprintf(out, "compile time: %.2f ms (translate %.2f, optimise %.2f, backend %.2f",
            ms(J.t_translate + J.t_optimize + J.t_backend), ms(J.t_translate), ms(J.t_optimize),
            ms(J.t_backend));
    if (J.backend && J.backend->time_ns)
        fprintf(out, " [the backend's own count %.2f]", ms(J.backend->time_ns()));
    fprintf(out, "), backend loading %.2f ms\n", ms(J.t_load));
    fprintf(out, "JIT time: %.2f ms = %.2f%% of the run (%.3f s)\n", ms(jit_ns),
            run ? 100.0 * (double)jit_ns / (double)run : 0.0, (double)run / 1e9);
    if (J.n_async) {
        /* the backend ran on the worker thread: what the main thread
         * spent is translating, optimising and loading the backend */
        uint64_t main_ns = J.t_translate + J.t_optimize + J.t_main_backend + J.t_load;
        fprintf(out, "background compilation: %" PRIu64 " compiles (%" PRIu64 " cancelled), "
                "queued %.2f ms, compiled code waited %.2f ms to be installed; "
                "JIT time on the main thread: %.2f ms = %.2f%% of the run\n",
                J.n_async, J.n_cancelled, ms(J.t_queue), ms(J.t_install_wait), ms(main_ns),
                run ? 100.0 * (double)main_ns / (double)run : 0.0);
    }
    uint64_t cpu_run = cpu_ns(CLOCK_PROCESS_CPUTIME_ID) - J.cpu_start;
    fprintf(out, "JIT CPU time: %.2f ms = %.2f%% of the run's CPU time (%.3f s)\n", ms(J.cpu_jit),
            cpu_run ? 100.0 * (double)J.cpu_jit / (double)cpu_run : 0.0, (double)cpu_run / 1e9);
    fprintf(out, "machine code: %" PRIu64 " bytes\n", J.code_bytes);
    fprintf(out, "compiled code: entries %" PRIu64 ", returns %" PRIu64 ", deopt exits %" PRIu64
            ", error exits %" PRIu64 "\n", entries, returns, deopts, errors);
    /* generators and coroutines (not async generators, not those with
     * yield from / await: interpreted) */
    if (ngen)
        fprintf(out, "compiled generators: %" PRIu64 " (resumed compiled and yielded %" PRIu64 " times)\n",
                ngen, yields);
    for (JitCode *jc = J.first; jc; jc = jc->next) {
        fprintf(out, "%s (%s:%d): ", jc->qualname, jc->filename, jc->firstline);
        int nv = 0;
        for (JitVersion *v = jc->versions; v; v = v->next) nv++;
        if (jc->failed) {
            fprintf(out, "not compiled: %s", jc->why);
            if (nv) fprintf(out, " (after %d versions)", nv);
            if (jc->t_failed) fprintf(out, " [%.2f ms]", ms(jc->t_failed));
            fputc('\n', out);
        } else if (jc->cur || (!jc->co && nv && !jc->versions->dead)) {
            fprintf(out, "compiled, %d version%s, %d invalidation%s%s\n", nv, nv == 1 ? "" : "s",
                    jc->ninvalid, jc->ninvalid == 1 ? "" : "s",
                    jc->co ? "" : " (code object freed since)");
        } else if (jc->unprofitable && !jc->ninvalid) {
            fprintf(out, "waiting: %s, asking again later (%d)\n", jc->why, jc->nunprofitable);
        } else if (jc->ndeferred && !jc->ninvalid) {
            fprintf(out, "waiting: not hot enough for its size yet (%" PRId64 " events needed)\n",
                    jc->events);
        } else {
            fprintf(out, "invalidated %d time%s, waiting to be recompiled\n", jc->ninvalid,
                    jc->ninvalid == 1 ? "" : "s");
        }
        if (jc->ngeneric) {
            fprintf(out, "  generic sites:");
            for (int i = 0; i < jc->ngeneric; i++) fprintf(out, " %d", (int)jc->generic[i]);
            fputc('\n', out);
        }
        for (JitVersion *v = jc->versions; v; v = v->next) {
            fprintf(out, "  version %d%s: %d uops (%d before optimisation: guards -%d, "
                    "refcounts -%d, consts folded %d, to-bool -%d), %d blocks, %d exits, "
                    "%zu bytes of code, compiled in %.2f ms (translate %.2f, optimise %.2f, "
                    "backend %.2f)\n",
                    v->gen, v->dead ? " (invalidated)" : "", v->nuops_after, v->nuops_before,
                    v->opt.guards_removed, v->opt.refcounts_removed, v->opt.consts_folded,
                    v->opt.tobool_removed, v->fn->nblocks, v->fn->nexits, v->c.code_size,
                    ms(v->t_translate + v->t_optimize + v->t_backend), ms(v->t_translate),
                    ms(v->t_optimize), ms(v->t_backend));
            fprintf(out, "    entries %" PRIu64 ", returns %" PRIu64 ", deopts %" PRIu64
                    ", errors %" PRIu64, v->entries, v->returns, v->deopts, v->errors);
            if (v->yields) fprintf(out, ", yields %" PRIu64, v->yields);
            fputc('\n', out);
            for (int k = 0; k < v->fn->nexits; k++) {
                if (!v->exit_count[k]) continue;
                const JitExit *x = &v->fn->exits[k];
                fprintf(out, "    exit %d: %s at offset %d (line %d), %s: %" PRIu64 "\n", k,
                        x->kind == JIT_EXIT_ERROR ? "error" : x->kind == JIT_EXIT_YIELD ? "yield" : "deopt",
                        (int)x->bc_offset,
                        (int)v->exit_line[k],
                        v->exit_uop[k] >= 0 ? uop_info[v->exit_uop[k]].name : "?",
                        v->exit_count[k]);
            }
        }
    }
    fflush(out);
}

void jit_fini(void) {
    if (!J.inited || J.finished) return;
    async_stop();
    if (J.stats) print_stats(stderr);
    J.finished = true;
    if (J.perf_map) {
        fclose(J.perf_map);
        J.perf_map = NULL;
    }
    /* The compiled code and the backend stay mapped until the process
     * exits: module code objects outlive finalisation. */
}

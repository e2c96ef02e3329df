/* llvm_backend.c: the LLVM backend (backend.h), written against the LLVM-C
 * API only. Built as the loadable module libcoil-llvm.so; the one exported
 * symbol is coil_jit_backend().
 *
 * One LLJIT (ORC) per process. Each JitFunction becomes one LLVM module in
 * its own context, optimised (pass_pipeline[level]: a short hand-picked
 * function pipeline at level 1, the default), compiled to an object by a
 * host-native TargetMachine of the matching codegen level (level 1:
 * FastISel in front of the optimising codegen), and added to the main
 * JITDylib under its own ResourceTracker (release() removes it).
 *
 * Environment (measurements): COIL_JIT_TIMING=1 prints the backend's
 * phases at exit; COIL_JIT_VERIFY=1 runs the LLVM verifier; COIL_JIT_PASSES,
 * COIL_JIT_CG, COIL_JIT_ISEL, COIL_JIT_EXIT_TAIL=0 and COIL_JIT_LLVM_ARGS
 * override the pipeline, codegen level, instruction selector, shared exit
 * tail and LLVM options (see be_init).
 *
 * The lowering (ir.h, uops.h are the spec):
 *   i64 name(ptr frame, ptr ret)
 *   entry:    one i64 alloca per operand-stack slot (mem2reg turns them into
 *             SSA values), then a switch on (frame->next_instr - code) / 2
 *             over the entry blocks' offsets; default: return -1
 *   osrN:     loads slots [0, depth) from frame->localsplus[nlocalsplus + i]
 *             and branches to the entry block
 *   bN:       one LLVM block (plus continuation blocks) per JitBlock
 *   exitK:    writes slots [0, depth) back, stacktop, next/prev_instr;
 *             returns K + 1 (with EXIT_TAIL_MIN or more exits: the slots,
 *             then a shared exit_tail reads the rest from a table)
 */
#include <stddef.h>
#include <stdint.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <llvm-c/Core.h>
#include <llvm-c/Analysis.h>
#include <llvm-c/Error.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Object.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Support.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <llvm/Config/llvm-config.h>   /* LLVM_VERSION_MAJOR (a C header) */

#include "backend.h"
#include "../vm/value.h"
#include "../vm/object.h"

#define EXPORT __attribute__((visibility("default")))

/* ---- process-wide state ---------------------------------------------------- */

static LLVMOrcLLJITRef g_jit;
static LLVMTargetRef g_target;
/* One target machine per optimisation level (host CPU and features, the
 * matching codegen level), made on first use: the pass pipeline's TTI and
 * the object emission. */
static LLVMTargetMachineRef g_tm[4];
static char *g_triple, *g_cpu, *g_features;
static bool g_x86_64;
static uint64_t g_time_ns;
static bool g_inited;

/* Per-phase times (COIL_JIT_TIMING=1 prints them at exit). */
enum { PH_SETUP, PH_LOWER, PH_VERIFY, PH_PASSES, PH_CODEGEN, PH_LINK, PH__COUNT };
static const char *const ph_names[PH__COUNT] = {"setup", "lower", "verify", "passes", "codegen", "link"};
static uint64_t g_ph[PH__COUNT];
static uint64_t g_ncompiles;
static bool g_timing;
/* Experiment knobs (environment, read at init): COIL_JIT_PASSES overrides
 * the pass pipeline, COIL_JIT_CG the codegen level (0-3), COIL_JIT_ISEL
 * the instruction selector (fast, global, dag), COIL_JIT_CPU (and
 * COIL_JIT_FEATURES, default none) the target CPU instead of the host's. */
static const char *g_passes_env;
static int g_cg_env = -1;
static const char *g_isel_env;
static bool g_verify;
static bool g_exit_tail_off;     /* COIL_JIT_EXIT_TAIL=0: every exit complete (measurements) */
static bool g_no_direct_calls;   /* COIL_JIT_DIRECT_CALLS=0: no lower_call_direct (measurements) */
static bool g_no_dealloc_thunk;  /* COIL_JIT_DEALLOC_THUNK=0: direct dealloc calls (emit_refcnt) */
static bool g_call_pop_inline;   /* COIL_JIT_CALL_POP_INLINE=1: lower_call_direct's pop inline (measurements) */

/* The pass pipeline of each opt level. Level 1, the default: the IR is
 * allocas for the operand-stack slots, tag tests and box/unbox pairs,
 * guards and exits, helper calls; what pays on it is mem2reg,
 * redundant loads of frame words and tag tests (early-cse), folding the
 * NaN-box arithmetic (instcombine) and merging the continuation blocks
 * (simplifycfg). default<O1> runs ~60 passes (inliner, SCCP, loop
 * rotation/unrolling/deletion, SLP, ...) for no measured gain: the sum
 * loop runs 12.3 ms either way, nbody/float/spectral_norm the same, and
 * the passes take 2.5x the time (deltablue: 27M vs 73M instructions per
 * 68-uop function, see test_jit_backend's bench). mem2reg, not sroa: the
 * slot allocas are whole i64s, never split or accessed through a narrower
 * type, so sroa's partitioning (two thirds of its time) finds nothing; the
 * optimised IR is the same (--dump-ir of nbody, richards, raytrace,
 * deltablue, chaos, go, float: identical but for phi order and names) and
 * nbody's compile takes 2.6% fewer instructions (callgrind: 243.9M ->
 * 237.5M). */
static const char *const pass_pipeline[4] = {
    "default<O0>",
    "function(mem2reg,early-cse,instcombine<no-verify-fixpoint>,simplifycfg)",
    "default<O2>",
    "default<O3>",
};


typedef struct LlvmHandle {
    LLVMOrcResourceTrackerRef rt;
    char *name;                        /* the symbol actually used */
    struct LlvmHandle *next, *prev;    /* live list (name uniqueness) */
} LlvmHandle;
static LlvmHandle *g_live;
static uint64_t g_uniq;
/* Threads (jit.c's background compilation): compile() runs on one thread at
 * a time (the target machines g_tm and the phase counters are that
 * thread's), release() may run on another meanwhile. g_lock guards g_live
 * and g_uniq; LLJIT locks its own session. */
static pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* Thread CPU time: the phase breakdown (the machine may be shared). */
static uint64_t cpu_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void set_err(char *err, size_t errlen, const char *what, const char *msg) {
    if (err && errlen) snprintf(err, errlen, "llvm: %s%s%s", what, msg ? ": " : "", msg ? msg : "");
}

/* Consumes e. Returns true if it was an error (and fills err). */
static bool take_error(LLVMErrorRef e, char *err, size_t errlen, const char *what) {
    if (!e) return false;
    char *m = LLVMGetErrorMessage(e);
    set_err(err, errlen, what, m);
    LLVMDisposeErrorMessage(m);
    return true;
}

/* The size of symbol name in an object file (0 if not found). */
static size_t object_symbol_size(LLVMMemoryBufferRef obj, const char *name) {
    char *msg = NULL;
    size_t size = 0;
    LLVMBinaryRef bin = LLVMCreateBinary(obj, NULL, &msg);
    if (!bin) {
        if (msg) LLVMDisposeMessage(msg);
        return 0;
    }
    LLVMSymbolIteratorRef it = LLVMObjectFileCopySymbolIterator(bin);
    if (it) {
        while (!LLVMObjectFileIsSymbolIteratorAtEnd(bin, it)) {
            const char *n = LLVMGetSymbolName(it);
            /* the function, not the STT_FILE symbol of the same name */
            if (n && strcmp(n, name) == 0) {
                size_t sz = (size_t)LLVMGetSymbolSize(it);
                if (sz > size) size = sz;
            }
            LLVMMoveToNextSymbol(it);
        }
        LLVMDisposeSymbolIterator(it);
    }
    LLVMDisposeBinary(bin);
    return size;
}

static LLVMTargetMachineRef target_machine(int level) {
    static const LLVMCodeGenOptLevel cg[4] = {LLVMCodeGenLevelNone, LLVMCodeGenLevelLess,
                                              LLVMCodeGenLevelDefault, LLVMCodeGenLevelAggressive};
    if (!g_tm[level]) {
        int l = g_cg_env >= 0 ? g_cg_env : level;
        g_tm[level] = LLVMCreateTargetMachine(g_target, g_triple, g_cpu, g_features, cg[l],
                                              LLVMRelocDefault, LLVMCodeModelJITDefault);
#if LLVM_VERSION_MAJOR >= 18
        /* Level 1: FastISel with the optimising codegen (greedy register
         * allocation, block placement, machine scheduler...) behind it: 25%
         * less compile time than SelectionDAG for the same run time (the
         * DAG combiner buys nothing on our IR, instcombine did that work).
         * Level 0 (codegen None) uses FastISel anyway. */
        const char *isel = g_isel_env ? g_isel_env : l == 1 ? "fast" : "dag";
        if (g_tm[level]) {
            if (!strcmp(isel, "fast")) LLVMSetTargetMachineFastISel(g_tm[level], 1);
            else if (!strcmp(isel, "global")) {
                LLVMSetTargetMachineGlobalISel(g_tm[level], 1);
                LLVMSetTargetMachineGlobalISelAbort(g_tm[level], LLVMGlobalISelAbortDisable);
            }
        }
#endif
    }
    return g_tm[level];
}

/* LLVM options, space separated (its command line: parsed once). */
static void parse_llvm_args(const char *la) {
    static char buf[512];
    static const char *argv[32];
    int argc = 0;
    snprintf(buf, sizeof buf, "%s", la);
    argv[argc++] = "coil";
    for (char *t = strtok(buf, " "); t && argc < 31; t = strtok(NULL, " ")) argv[argc++] = t;
    LLVMParseCommandLineOptions(argc, argv, NULL);
}

/* The codegen options (LLVM's command line: global, parsed once, at init).
 * Measured (backend CPU ms with COIL_JIT_TIMING, run time min of 5, on a
 * loaded 2-core machine; -time-passes for the breakdown): codegen is ~80%
 * of a compile, the IR passes ~17%; in codegen the greedy register
 * allocator is the biggest pass (~20%), then the FastISel misses that fall
 * back to SelectionDAG (the entry switch, the exit table), CodeGenPrepare,
 * live variables, the machine scheduler.
 *   - no machine scheduler (the IR is mostly calls, guards and frame
 *     loads/stores: nothing to schedule), no copy propagation after
 *     register allocation, no x86 cmov converter: raytrace 87 -> 77 ms,
 *     nbody 35 -> 29, the same run times;
 *   - not taken: the basic register allocator (a further 20-25%: raytrace
 *     55 ms, nbody 24) made fib and nbody 2-4% slower (no live range
 *     splitting around calls), and LLVM allows only the fast allocator at
 *     codegen level None, so the choice would be global; no machine CSE
 *     (-10%) made nbody 4% slower; no CodeGenPrepare: nbody slower; codegen
 *     level None at level 1 compiles 3-4x faster but nbody ran 12% slower
 *     (fast allocator, no machine LICM/CSE/block placement).
 *   - no machine LICM, no machine sinking, no critical edge splitting in
 *     PHI elimination: hoisting constants and
 *     loop invariants out of our loops (the frame address, tag masks,
 *     addresses of globals) lengthens live ranges across the helper calls,
 *     and the greedy allocator then spends its time splitting them; the
 *     rest is the passes' own work. Callgrind (instructions in
 *     be_compile, -X jit-async=off): a 4-function float/list loop script
 *     184.5M -> 143.2M (-22%; its run +1.8%), nbody 238.2M -> 216.1M
 *     (-9%; the rest of the run 6.93G -> 6.90G); CPU time of the ten
 *     issue-8 programs unchanged within noise (min of 5). Not also
 *     -disable-constant-hoisting: ~4% less compile work, but fib's run
 *     +1.2% (callgrind).
 *   - no tail merging in branch folding: the exits' write-back blocks and
 *     the dealloc calls were its candidates, and the shared exit tail
 *     (lower_exits_shared) already merges what matters. Callgrind
 *     (instructions in be_compile, -X jit-async=off): richards --size 20
 *     411.8M -> 393.9M (-4.4%), fib -1.7%, spectral_norm -1.2%, fannkuch
 *     -2.0%; the rest of the runs unchanged (fib, nbody, spectral_norm
 *     within 0.01%, fannkuch -0.04%). Not taken: no tail duplication
 *     (-0.2%), a smaller region-growing budget in the greedy allocator's
 *     splitting (-grow-region-complexity-budget=1000: no change).
 * COIL_JIT_LLVM_ARGS replaces them. An unknown option would make LLVM exit:
 * the x86 one is given on x86 only. */
#define CG_ARGS "-enable-misched=false -disable-copyprop -disable-machine-licm -disable-machine-sink " \
                "-disable-phi-elim-edge-splitting -enable-tail-merge=false"
#define CG_ARGS_X86 CG_ARGS " -x86-cmov-converter=false"

static void print_timing(void) {
    uint64_t cpu = 0;
    for (int i = 0; i < PH__COUNT; i++) cpu += g_ph[i];
    fprintf(stderr, "llvm backend: %llu compiles, %.2f ms (cpu %.2f):", (unsigned long long)g_ncompiles,
            (double)g_time_ns / 1e6, (double)cpu / 1e6);
    for (int i = 0; i < PH__COUNT; i++) fprintf(stderr, " %s %.2f", ph_names[i], (double)g_ph[i] / 1e6);
    fprintf(stderr, "\n");
}

static int be_init(char *err, size_t errlen) {
    if (g_inited) return 0;
    g_passes_env = getenv("COIL_JIT_PASSES");
    const char *cgs = getenv("COIL_JIT_CG");
    if (cgs && *cgs >= '0' && *cgs <= '3' && !cgs[1]) g_cg_env = *cgs - '0';
    g_isel_env = getenv("COIL_JIT_ISEL");
    const char *vf = getenv("COIL_JIT_VERIFY");
    g_verify = vf && *vf && strcmp(vf, "0");
    const char *dt = getenv("COIL_JIT_DEALLOC_THUNK");
    g_no_dealloc_thunk = dt && !strcmp(dt, "0");
    const char *cpi = getenv("COIL_JIT_CALL_POP_INLINE");
    g_call_pop_inline = cpi && *cpi && strcmp(cpi, "0");
    const char *dc = getenv("COIL_JIT_DIRECT_CALLS");
    g_no_direct_calls = dc && !strcmp(dc, "0");
    const char *et = getenv("COIL_JIT_EXIT_TAIL");
    g_exit_tail_off = et && !strcmp(et, "0");
    const char *tm = getenv("COIL_JIT_TIMING");
    if (tm && *tm && strcmp(tm, "0")) { g_timing = true; atexit(print_timing); }
    if (LLVMInitializeNativeTarget() || LLVMInitializeNativeAsmPrinter()) {
        set_err(err, errlen, "no native target", NULL);
        return -1;
    }
    g_triple = LLVMGetDefaultTargetTriple();
    g_cpu = LLVMGetHostCPUName();
    g_features = LLVMGetHostCPUFeatures();
    const char *ecpu = getenv("COIL_JIT_CPU");
    if (ecpu && *ecpu) {
        const char *ef = getenv("COIL_JIT_FEATURES");
        g_cpu = strdup(ecpu);
        g_features = strdup(ef ? ef : "");
    }
    /* COIL_JIT_LLVM_ARGS: LLVM command-line options ("-time-passes ..."),
     * space separated, for experiments; they replace the defaults (CG_ARGS) */
    const char *la = getenv("COIL_JIT_LLVM_ARGS");
    if (la && *la) {
        parse_llvm_args(la);
        if (strstr(la, "-time-passes")) atexit(LLVMShutdown);   /* prints the legacy PM report */
    } else {
        parse_llvm_args(strncmp(g_triple, "x86_64", 6) == 0 ? CG_ARGS_X86 : CG_ARGS);
    }
    /* the asm parser is needed for inline asm (the markers): without it,
     * no markers (LLVM would abort) */
    g_x86_64 = strncmp(g_triple, "x86_64", 6) == 0 && !LLVMInitializeNativeAsmParser();
    char *msg = NULL;
    if (LLVMGetTargetFromTriple(g_triple, &g_target, &msg)) {
        set_err(err, errlen, "target", msg);
        LLVMDisposeMessage(msg);
        return -1;
    }
    /* LLJIT's own IR compiler is not used (we add objects), but give it
     * the host anyway */
    LLVMTargetMachineRef jtm = LLVMCreateTargetMachine(g_target, g_triple, g_cpu, g_features,
                                                       LLVMCodeGenLevelDefault, LLVMRelocDefault,
                                                       LLVMCodeModelJITDefault);
    /* the compiles' own target machines are made at their first use
     * (target_machine): one per level in use, none here for nothing (each
     * costs ~0.75M instructions, initAsmInfo most of it) */
    if (!jtm) {
        set_err(err, errlen, "cannot create a target machine", NULL);
        return -1;
    }
    LLVMOrcLLJITBuilderRef b = LLVMOrcCreateLLJITBuilder();
    LLVMOrcLLJITBuilderSetJITTargetMachineBuilder(
        b, LLVMOrcJITTargetMachineBuilderCreateFromTargetMachine(jtm));
    if (take_error(LLVMOrcCreateLLJIT(&g_jit, b), err, errlen, "LLJIT")) return -1;
    /* Calls LLVM may emit to libc/libm (memcpy, fmod...). */
    LLVMOrcDefinitionGeneratorRef gen;
    if (!LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(
            &gen, LLVMOrcLLJITGetGlobalPrefix(g_jit), NULL, NULL))
        LLVMOrcJITDylibAddGenerator(LLVMOrcLLJITGetMainJITDylib(g_jit), gen);
    g_inited = true;
    return 0;
}

/* ---- lowering -------------------------------------------------------------- */

typedef struct Lower {
    const JitFunction *fn;
    LLVMContextRef C;
    LLVMModuleRef M;
    LLVMBuilderRef B;
    LLVMValueRef F, frame, ret;
    LLVMTypeRef i1, i8, i32, i64, f64, ptr, helper_ty, dealloc_ty, unbound_ty, void_fn_ty;
    LLVMValueRef dealloc_thunk;   /* the module's preserve_most dealloc thunk (made on first use) */
    LLVMValueRef call_pop;        /* the module's frame pop after a direct call (call_pop_fn) */
    LLVMValueRef *slots;          /* stacksize allocas */
    LLVMBasicBlockRef *bbs;       /* per JitBlock */
    LLVMBasicBlockRef *exit_bbs;  /* per JitExit, created on first use */
    unsigned prof_kind;
    bool asm_markers;
    char *err; size_t errlen;
} Lower;

static int lerr(Lower *L, const char *fmt, int64_t a, int64_t b) {
    char m[160];
    snprintf(m, sizeof m, fmt, (long long)a, (long long)b);
    set_err(L->err, L->errlen, "lowering", m);
    return -1;
}

static LLVMValueRef c64(Lower *L, uint64_t v) { return LLVMConstInt(L->i64, v, 0); }
static LLVMValueRef c32(Lower *L, int64_t v) { return LLVMConstInt(L->i32, (unsigned long long)v, 1); }

static LLVMValueRef const_ptr(Lower *L, const void *p) {
    return LLVMConstIntToPtr(c64(L, (uint64_t)(uintptr_t)p), L->ptr);
}

/* frame + byte offset */
static LLVMValueRef frame_at(Lower *L, uint64_t off) {
    LLVMValueRef idx = c64(L, off);
    return LLVMBuildInBoundsGEP2(L->B, L->i8, L->frame, &idx, 1, "");
}
static LLVMValueRef local_addr(Lower *L, int64_t i) {
    return frame_at(L, L->fn->layout.off_localsplus + 8u * (uint64_t)i);
}
static LLVMValueRef load64(Lower *L, LLVMValueRef p) { return LLVMBuildLoad2(L->B, L->i64, p, ""); }
static void store(Lower *L, LLVMValueRef v, LLVMValueRef p) { LLVMBuildStore(L->B, v, p); }

static LLVMValueRef code_ptr(Lower *L, int64_t offset) {
    return const_ptr(L, L->fn->code_base + offset);
}

static LLVMValueRef slot_get(Lower *L, int s) { return LLVMBuildLoad2(L->B, L->i64, L->slots[s], ""); }
static void slot_set(Lower *L, int s, LLVMValueRef v) { LLVMBuildStore(L->B, v, L->slots[s]); }

static LLVMBasicBlockRef new_bb(Lower *L, const char *name) {
    return LLVMAppendBasicBlockInContext(L->C, L->F, name);
}

static void set_weights(Lower *L, LLVMValueRef inst, const uint32_t *w, int n) {
    LLVMMetadataRef md[16];
    md[0] = LLVMMDStringInContext2(L->C, "branch_weights", 14);
    for (int i = 0; i < n && i < 15; i++)
        md[i + 1] = LLVMValueAsMetadata(LLVMConstInt(L->i32, w[i], 0));
    LLVMSetMetadata(inst, L->prof_kind,
                    LLVMMetadataAsValue(L->C, LLVMMDNodeInContext2(L->C, md, (size_t)(n < 15 ? n : 15) + 1)));
}

/* if (cond) goto cold else goto hot, hot being the likely side */
static void cold_br(Lower *L, LLVMValueRef cond, LLVMBasicBlockRef cold, LLVMBasicBlockRef hot) {
    LLVMValueRef br = LLVMBuildCondBr(L->B, cond, cold, hot);
    static const uint32_t w[2] = {1, 2000};
    set_weights(L, br, w, 2);
}

static LLVMBasicBlockRef exit_bb(Lower *L, int k) {
    if (!L->exit_bbs[k]) {
        char name[32];
        snprintf(name, sizeof name, "exit%d", k);
        L->exit_bbs[k] = new_bb(L, name);
    }
    return L->exit_bbs[k];
}

static int check_exit(Lower *L, const JitUop *u, int k, int kind) {
    if (k < 0 || k >= L->fn->nexits)
        return lerr(L, "uop at %lld needs an exit (got %lld)", u->bc_offset, k);
    if (L->fn->exits[k].kind != kind)
        return lerr(L, "uop at %lld: exit %lld has the wrong kind", u->bc_offset, k);
    return 0;
}

/* Branches to exit k when cond holds; continues in a new block. */
static void exit_if(Lower *L, LLVMValueRef cond, int k) {
    LLVMBasicBlockRef cont = new_bb(L, "");
    cold_br(L, cond, exit_bb(L, k), cont);
    LLVMPositionBuilderAtEnd(L->B, cont);
}

static LLVMValueRef sext48(Lower *L, LLVMValueRef v) {
    return LLVMBuildAShr(L->B, LLVMBuildShl(L->B, v, c64(L, 16), ""), c64(L, 16), "");
}
static LLVMValueRef box_int(Lower *L, LLVMValueRef i) {
    return LLVMBuildOr(L->B, LLVMBuildAnd(L->B, i, c64(L, PAYLOAD_MASK), ""), c64(L, TAG_INT), "");
}
static LLVMValueRef box_bool(Lower *L, LLVMValueRef c) {
    return LLVMBuildSelect(L->B, c, c64(L, V_TRUE), c64(L, V_FALSE), "");
}
static LLVMValueRef is_tag(Lower *L, LLVMValueRef v, uint64_t tag) {
    return LLVMBuildICmp(L->B, LLVMIntEQ, LLVMBuildAnd(L->B, v, c64(L, TAG_MASK), ""), c64(L, tag), "");
}
static LLVMValueRef is_float(Lower *L, LLVMValueRef v) {
    return LLVMBuildICmp(L->B, LLVMIntULT, v, c64(L, TAG_PTR), "");
}
static LLVMValueRef to_double(Lower *L, LLVMValueRef v, bool known_float, bool known_int) {
    LLVMValueRef asf = LLVMBuildBitCast(L->B, v, L->f64, "");
    if (known_float) return asf;
    LLVMValueRef asi = LLVMBuildSIToFP(L->B, sext48(L, v), L->f64, "");
    if (known_int) return asi;
    return LLVMBuildSelect(L->B, is_float(L, v), asf, asi, "");
}
static LLVMValueRef box_double(Lower *L, LLVMValueRef d) {
    LLVMValueRef nan = LLVMBuildFCmp(L->B, LLVMRealUNO, d, d, "");
    return LLVMBuildSelect(L->B, nan, c64(L, CANON_NAN), LLVMBuildBitCast(L->B, d, L->i64, ""), "");
}
/* the result of an int op must fit 48 bits */
static LLVMValueRef out_of_range(Lower *L, LLVMValueRef r) {
    return LLVMBuildICmp(L->B, LLVMIntNE, sext48(L, r), r, "");
}

/* A DECREF's dealloc call goes through a thunk of the preserve_most
 * convention (the thunk saves the general registers the C dealloc may
 * clobber, then calls it): at the call sites, every value held in a
 * general register stays live across the call, so the register allocator
 * does not split or spill the live ranges around each (cold) dealloc call.
 * XMM registers are not preserved by preserve_most (the caller still saves
 * the floats it needs). One thunk per module (a few bytes; no state
 * across compiles). Measured with callgrind (instructions, nbody at 30000
 * steps): compile 271.2M -> 245.2M, the rest of the run 584.3M -> 578.7M;
 * unpack_sequence's compile -1%, chaos's +0.3%. COIL_JIT_DEALLOC_THUNK=0:
 * direct C calls. */
/* The attributes of a module-internal helper function (the dealloc thunk,
 * coil_call_pop): nounwind, noinline, the compiled code's CPU. */
static void helper_fn_attrs(Lower *L, LLVMValueRef f) {
    static const char *const kinds[] = {"nounwind", "noinline"};
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
        unsigned k = LLVMGetEnumAttributeKindForName(kinds[i], strlen(kinds[i]));
        LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(L->C, k, 0));
    }
    LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex,
                            LLVMCreateStringAttribute(L->C, "target-cpu", 10, g_cpu, (unsigned)strlen(g_cpu)));
    LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex,
                            LLVMCreateStringAttribute(L->C, "target-features", 15, g_features, (unsigned)strlen(g_features)));
}

static LLVMValueRef dealloc_thunk(Lower *L) {
    if (L->dealloc_thunk) return L->dealloc_thunk;
    LLVMBasicBlockRef here = LLVMGetInsertBlock(L->B);
    LLVMValueRef f = LLVMAddFunction(L->M, "coil_dealloc_thunk", L->dealloc_ty);
    LLVMSetLinkage(f, LLVMInternalLinkage);
    LLVMSetFunctionCallConv(f, LLVMPreserveMostCallConv);
    helper_fn_attrs(L, f);
    /* a plain call, never a jump to the C function (other convention) */
    LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex,
                            LLVMCreateStringAttribute(L->C, "disable-tail-calls", 18, "true", 4));
    LLVMBasicBlockRef bb = LLVMAppendBasicBlockInContext(L->C, f, "entry");
    LLVMPositionBuilderAtEnd(L->B, bb);
    LLVMValueRef arg = LLVMGetParam(f, 0);
    LLVMBuildCall2(L->B, L->dealloc_ty, const_ptr(L, (void *)L->fn->rt->dealloc), &arg, 1, "");
    LLVMBuildRetVoid(L->B);
    LLVMPositionBuilderAtEnd(L->B, here);
    L->dealloc_thunk = f;
    return f;
}

static void emit_refcnt(Lower *L, LLVMValueRef v, bool known_ptr, bool dec) {
    LLVMBasicBlockRef done = NULL;
    if (!known_ptr) {
        LLVMBasicBlockRef yes = new_bb(L, "");
        done = new_bb(L, "");
        LLVMValueRef br = LLVMBuildCondBr(L->B, is_tag(L, v, TAG_PTR), yes, done);
        static const uint32_t w[2] = {1, 1};
        set_weights(L, br, w, 2);
        LLVMPositionBuilderAtEnd(L->B, yes);
    }
    LLVMValueRef obj = LLVMBuildIntToPtr(L->B, LLVMBuildAnd(L->B, v, c64(L, PAYLOAD_MASK), ""), L->ptr, "");
    LLVMValueRef rc = LLVMBuildLoad2(L->B, L->i64, obj, "");
    LLVMValueRef nrc = dec ? LLVMBuildSub(L->B, rc, c64(L, 1), "") : LLVMBuildAdd(L->B, rc, c64(L, 1), "");
    LLVMBuildStore(L->B, nrc, obj);
    if (dec) {
        LLVMBasicBlockRef dealloc = new_bb(L, "");
        if (!done) done = new_bb(L, "");
        cold_br(L, LLVMBuildICmp(L->B, LLVMIntEQ, nrc, c64(L, 0), ""), dealloc, done);
        LLVMPositionBuilderAtEnd(L->B, dealloc);
        LLVMValueRef arg = obj;
        if (g_no_dealloc_thunk) {
            LLVMBuildCall2(L->B, L->dealloc_ty, const_ptr(L, (void *)L->fn->rt->dealloc), &arg, 1, "");
        } else {
            LLVMValueRef call = LLVMBuildCall2(L->B, L->dealloc_ty, dealloc_thunk(L), &arg, 1, "");
            LLVMSetInstructionCallConv(call, LLVMPreserveMostCallConv);
        }
        LLVMBuildBr(L->B, done);
    } else if (done) {
        LLVMBuildBr(L->B, done);
    }
    if (done) LLVMPositionBuilderAtEnd(L->B, done);
}

static void emit_marker(Lower *L, int32_t bc_offset) {
    if (!L->asm_markers || !g_x86_64) return;
    char text[96];
    snprintf(text, sizeof text, ".byte 0x0f,0x1f,0x84,0x00\n.long 0x%08x",
             (unsigned)(JIT_ASM_MARKER_BASE + (uint32_t)bc_offset));
    LLVMValueRef asmv = LLVMGetInlineAsm(L->void_fn_ty, text, strlen(text), "", 0,
                                         1, 0, LLVMInlineAsmDialectATT, 0);
    LLVMValueRef call = LLVMBuildCall2(L->B, L->void_fn_ty, asmv, NULL, 0, "");
    /* kept (sideeffect) but no barrier for the memory the code uses:
     * --dump-asm code stays close to the real code. memory(inaccessiblemem:
     * readwrite) (MemoryEffects: 2 bits per location, inaccessible memory
     * is location 1), not memory(none): FastISel deletes a call that
     * neither writes memory nor has uses, sideeffect asm or not. */
    unsigned mem = LLVMGetEnumAttributeKindForName("memory", 6);
    if (mem) LLVMAddCallSiteAttribute(call, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(L->C, mem, 3u << 2));
}

/* The uop table, local: the module must not depend on symbols of the
 * executable that dlopens it. */
static const UopInfo uop_table[UOP__COUNT] = {
#define UOP_INFO(name, kind, flags) {#name, kind, flags},
    UOP_LIST(UOP_INFO)
#undef UOP_INFO
};

static bool slot_ok(const JitFunction *fn, int32_t s) { return s >= 0 && s < fn->stacksize; }

/* Checks the slots a uop uses. */
static int check_slots(Lower *L, const JitUop *u, bool dst, bool a, bool b) {
    if ((dst && !slot_ok(L->fn, u->dst)) || (a && !slot_ok(L->fn, u->a)) || (b && !slot_ok(L->fn, u->b)))
        return lerr(L, "uop at %lld (op %lld): bad slot", u->bc_offset, u->op);
    return 0;
}

static int lower_helper(Lower *L, const JitUop *u, const UopInfo *info) {
    const JitFunction *fn = L->fn;
    void *h = fn->rt ? fn->rt->helpers[u->op] : NULL;
    if (!h) return lerr(L, "no helper for uop %lld at %lld", u->op, u->bc_offset);
    int32_t a = u->a;
    int32_t n_in = u->n_in > 0 ? u->n_in : 0, n_out = u->n_out > 0 ? u->n_out : 0;
    int32_t n_alt = u->n_out_alt > 0 ? u->n_out_alt : 0;
    int32_t need = n_in > n_out ? n_in : n_out;
    if (n_alt > need) need = n_alt;
    if (a < 0) {
        if (need) return lerr(L, "helper at %lld: no slot a", u->bc_offset, 0);
        a = 0;
    }
    if ((int64_t)a + need > fn->stacksize)
        return lerr(L, "helper at %lld: slots beyond stacksize %lld", u->bc_offset, fn->stacksize);
    bool branches = (info->flags & UF_BRANCH) && u->target >= 0;
    if (branches && u->target >= fn->nblocks)
        return lerr(L, "helper at %lld: bad target %lld", u->bc_offset, u->target);
    if (u->deopt_exit >= 0 && check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
    if (u->error_exit >= 0 && check_exit(L, u, u->error_exit, JIT_EXIT_ERROR)) return -1;

    LLVMValueRef io = local_addr(L, (int64_t)fn->nlocalsplus + a);
    for (int32_t i = 0; i < n_in; i++)
        store(L, slot_get(L, a + i), local_addr(L, (int64_t)fn->nlocalsplus + a + i));
    store(L, code_ptr(L, u->bc_offset), frame_at(L, fn->layout.off_prev_instr));
    LLVMValueRef args[5] = {L->frame, io, c64(L, (uint64_t)u->oparg), c64(L, u->op1), c64(L, u->op2)};
    LLVMValueRef st = LLVMBuildCall2(L->B, L->helper_ty, const_ptr(L, h), args, 5, "");

    LLVMBasicBlockRef ok = new_bb(L, "");
    LLVMBasicBlockRef alt = branches ? new_bb(L, "") : NULL;
    LLVMBasicBlockRef deopt = u->deopt_exit >= 0 ? exit_bb(L, u->deopt_exit) : NULL;
    LLVMBasicBlockRef error = u->error_exit >= 0 ? exit_bb(L, u->error_exit) : NULL;
    /* The status: one compare on the fast path (st == 0), the rest in a
     * chain of compares off it (no switch: cheaper to select, and FastISel
     * takes compares, not switches). Unexpected statuses go to the error
     * exit if there is one, else the deopt exit, else on. */
    if (!alt && !deopt && !error) {
        LLVMBuildBr(L->B, ok);
    } else {
        LLVMBasicBlockRef nz = new_bb(L, "");
        LLVMValueRef br = LLVMBuildCondBr(L->B, LLVMBuildICmp(L->B, LLVMIntEQ, st, c32(L, 0), ""), ok, nz);
        const uint32_t wok[2] = {2000, alt ? 200 : 1};
        set_weights(L, br, wok, 2);
        LLVMPositionBuilderAtEnd(L->B, nz);
        LLVMBasicBlockRef last = error ? error : deopt ? deopt : ok;
        if (alt) {
            LLVMBasicBlockRef next = (deopt || error) ? new_bb(L, "") : NULL;
            if (next) {
                LLVMBuildCondBr(L->B, LLVMBuildICmp(L->B, LLVMIntEQ, st, c32(L, 2), ""), alt, next);
                LLVMPositionBuilderAtEnd(L->B, next);
            } else {
                /* only 0 and 2 are expected: anything else continues as 0 did before */
                LLVMBuildCondBr(L->B, LLVMBuildICmp(L->B, LLVMIntEQ, st, c32(L, 2), ""), alt, ok);
            }
        }
        if (deopt || error) {
            if (deopt && error)
                LLVMBuildCondBr(L->B, LLVMBuildICmp(L->B, LLVMIntEQ, st, c32(L, 1), ""), deopt, error);
            else
                LLVMBuildBr(L->B, last);
        }
    }
    if (alt) {
        LLVMPositionBuilderAtEnd(L->B, alt);
        for (int32_t i = 0; i < n_alt; i++)
            slot_set(L, a + i, load64(L, local_addr(L, (int64_t)fn->nlocalsplus + a + i)));
        LLVMBuildBr(L->B, L->bbs[u->target]);
    }
    LLVMPositionBuilderAtEnd(L->B, ok);
    for (int32_t i = 0; i < n_out; i++)
        slot_set(L, a + i, load64(L, local_addr(L, (int64_t)fn->nlocalsplus + a + i)));
    return 0;
}

/* ts + byte offset */
static LLVMValueRef ts_at(Lower *L, uint32_t off) {
    LLVMValueRef idx = c64(L, off);
    return LLVMBuildInBoundsGEP2(L->B, L->i8, const_ptr(L, L->fn->rt->ts), &idx, 1, "");
}
static LLVMValueRef ptr_at(Lower *L, LLVMValueRef p, uint64_t off) {
    LLVMValueRef idx = c64(L, off);
    return LLVMBuildInBoundsGEP2(L->B, L->i8, p, &idx, 1, "");
}
/* if (cond) goto slow, else continue in a new block */
static void slow_if(Lower *L, LLVMValueRef cond, LLVMBasicBlockRef slow) {
    LLVMBasicBlockRef cont = new_bb(L, "");
    cold_br(L, cond, slow, cont);
    LLVMPositionBuilderAtEnd(L->B, cont);
}

/* A pushed frame's stacktop (int32) and special (uint32, 0) are adjacent
 * and 8-aligned: one 64-bit store of the zero-extended stacktop writes both
 * (little-endian). */
static bool stacktop_special_one_store(const JitFrameLayout *ly) {
    return __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && ly->off_special == ly->off_stacktop + 4 &&
           ly->off_stacktop % 8 == 0;
}

/* The guards every inline call makes before pushing a frame: the
 * recursion limit (eval.c's depth_exceeded after counting one more) and
 * the C stack (jit_c_stack_low); a failure goes to slow. Returns the
 * current depth. */
static LLVMValueRef emit_depth_cstack_guards(Lower *L, LLVMBasicBlockRef slow) {
    const JitRuntime *rt = L->fn->rt;
    const JitFrameLayout *ly = &L->fn->layout;
    LLVMValueRef depth = LLVMBuildLoad2(L->B, L->i32, ts_at(L, ly->ts_depth), "depth");
    LLVMValueRef limit = LLVMBuildLoad2(L->B, L->i32, ts_at(L, ly->ts_recursion_limit), "");
    slow_if(L, LLVMBuildICmp(L->B, LLVMIntSGT, depth, limit, ""), slow);
    static const char nm[] = "llvm.frameaddress";
    unsigned id = LLVMLookupIntrinsicID(nm, sizeof nm - 1);
    LLVMTypeRef pty = L->ptr;
    LLVMValueRef fa_fn = LLVMGetIntrinsicDeclaration(L->M, id, &pty, 1);
    LLVMValueRef zero = c32(L, 0);
    LLVMValueRef fa = LLVMBuildCall2(L->B, LLVMIntrinsicGetType(L->C, id, &pty, 1), fa_fn, &zero, 1, "");
    LLVMValueRef floor = load64(L, const_ptr(L, rt->c_stack_floor));
    slow_if(L, LLVMBuildICmp(L->B, LLVMIntULT, LLVMBuildPtrToInt(L->B, fa, L->i64, ""), floor, ""), slow);
    return depth;
}

/* frame_push_call's header of the new frame nf: code (a Value), func,
 * globals and builtins from the function object fobj, no locals dict, the
 * caller as previous, next_instr, no prev_instr, stacktop (an i32) and
 * special 0. */
static void emit_frame_fields(Lower *L, LLVMValueRef nf, LLVMValueRef code, LLVMValueRef callable,
                              LLVMValueRef globals, LLVMValueRef builtins, LLVMValueRef next_instr,
                              LLVMValueRef stacktop) {
    const JitFrameLayout *ly = &L->fn->layout;
    store(L, code, ptr_at(L, nf, ly->off_code));
    store(L, callable, ptr_at(L, nf, ly->off_func));
    store(L, globals, ptr_at(L, nf, ly->off_globals));
    store(L, builtins, ptr_at(L, nf, ly->off_builtins));
    store(L, c64(L, V_NULL), ptr_at(L, nf, ly->off_locals));
    store(L, L->frame, ptr_at(L, nf, ly->off_previous));
    store(L, next_instr, ptr_at(L, nf, ly->off_next_instr));
    store(L, LLVMConstNull(L->ptr), ptr_at(L, nf, ly->off_prev_instr));
    if (stacktop_special_one_store(ly)) {
        store(L, LLVMBuildZExt(L->B, stacktop, L->i64, ""), ptr_at(L, nf, ly->off_stacktop));
    } else {
        store(L, stacktop, ptr_at(L, nf, ly->off_stacktop));
        store(L, c32(L, 0), ptr_at(L, nf, ly->off_special));
    }
}

/* The callee returned st != 0 (it left its compiled code): finish(nf, st,
 * entry) (rt->call_finish or rt->call_exit) lets the interpreter finish
 * the frame; its result goes to slot u->a, NULL to the error exit. */
static void emit_callee_exit(Lower *L, const JitUop *u, const void *finish, LLVMValueRef nf,
                             LLVMValueRef st, LLVMValueRef entry, LLVMBasicBlockRef join) {
    LLVMTypeRef fp[3] = {L->ptr, L->i64, L->ptr};
    LLVMTypeRef fty = LLVMFunctionType(L->i64, fp, 3, 0);
    LLVMValueRef fargs[3] = {nf, st, entry};
    LLVMValueRef r = LLVMBuildCall2(L->B, fty, const_ptr(L, finish), fargs, 3, "");
    LLVMBasicBlockRef got = new_bb(L, "");
    cold_br(L, LLVMBuildICmp(L->B, LLVMIntEQ, r, c64(L, V_NULL), ""), exit_bb(L, u->error_exit), got);
    LLVMPositionBuilderAtEnd(L->B, got);
    slot_set(L, u->a, r);
    LLVMBuildBr(L->B, join);
}

/* H_CALL_PY_SELF (uops.h) lowered inline: the guards of its helper, then
 * frame_push_call and run_callee's work done here, the callee's compiled
 * code (this very function) called directly, and frame_pop after its
 * return. Anything off the common case goes to the helper (lower_helper),
 * which does it all again from the start: a failed guard (not the
 * function expected, the recursion limit, the C stack low, the frame stack
 * chunk exhausted, the code's live entry not this function: invalidated,
 * recompiled or tracing). The callee's exits (deopt or error inside it) go
 * to rt->call_finish, which takes the frame's code reference and finishes
 * the frame as jit_finish_exit. Measured: fib 0.51-0.54 -> 0.37 s user
 * (min of 5); callgrind: ~170 instructions per call, 250 before. */
static int lower_call_self(Lower *L, const JitUop *u, const UopInfo *info) {
    const JitFunction *fn = L->fn;
    const JitRuntime *rt = fn->rt;
    const JitFrameLayout *ly = &fn->layout;
    int32_t a = u->a, nargs = (int32_t)u->oparg, nlp = fn->nlocalsplus;
    if (!fn->jit_head || !rt || !rt->ts || !rt->c_stack_floor || !rt->function_type ||
        !rt->call_finish || u->op1 != (uint64_t)(uintptr_t)fn->code || nargs < 0 || nargs > nlp ||
        a < 0 || (int64_t)a + 2 + nargs > fn->stacksize || u->n_out != 1 || u->error_exit < 0 ||
        u->op2 < (uint64_t)ly->off_localsplus + 8u * (uint64_t)nlp)
        return lower_helper(L, u, info);
    if (check_exit(L, u, u->error_exit, JIT_EXIT_ERROR)) return -1;
    LLVMBasicBlockRef slow = new_bb(L, "self_slow"), join = new_bb(L, "self_join");
    /* the guards: [NULL, a function whose __code__ is this code, args] */
    LLVMValueRef callable = slot_get(L, a + 1);
    slow_if(L, LLVMBuildICmp(L->B, LLVMIntNE, slot_get(L, a), c64(L, V_NULL), ""), slow);
    /* The callable is this frame's own function (the common case: a
     * recursive function calling itself by its global name); anything
     * else (another function object with this code) runs the helper. So
     * it is a function (every frame's non-NULL func is one, frame.h /
     * eval.c), its globals and builtins are this frame's, and the new
     * frame can borrow its reference (below). */
    LLVMValueRef own = load64(L, frame_at(L, ly->off_func));
    slow_if(L, LLVMBuildICmp(L->B, LLVMIntNE, callable, own, ""), slow);
    LLVMValueRef fobj = LLVMBuildIntToPtr(L->B, LLVMBuildAnd(L->B, callable, c64(L, PAYLOAD_MASK), ""), L->ptr, "callee");
    LLVMValueRef fcode = load64(L, ptr_at(L, fobj, ly->fn_code));
    slow_if(L, LLVMBuildICmp(L->B, LLVMIntNE, fcode, c64(L, TAG_PTR | u->op1), ""), slow);
    /* the live entry is this function (not invalidated, no tracing) */
    LLVMValueRef live = LLVMBuildLoad2(L->B, L->ptr, const_ptr(L, fn->jit_head), "");
    slow_if(L, LLVMBuildICmp(L->B, LLVMIntNE, live, L->F, ""), slow);
    LLVMValueRef depth = emit_depth_cstack_guards(L, slow);
    /* room on the frame stack */
    /* (top + size > limit, as limit - top < size: the new top computed
     * once, for the test and the store; no wrap, both in the reservation) */
    LLVMValueRef top = LLVMBuildLoad2(L->B, L->ptr, ts_at(L, ly->ts_stack_top), "nf");
    LLVMValueRef lim = LLVMBuildLoad2(L->B, L->ptr, ts_at(L, ly->ts_stack_limit), "");
    LLVMValueRef newtop = ptr_at(L, top, u->op2);
    slow_if(L, LLVMBuildICmp(L->B, LLVMIntUGT, LLVMBuildPtrToInt(L->B, newtop, L->i64, ""),
                             LLVMBuildPtrToInt(L->B, lim, L->i64, ""), ""), slow);
    /* frame_push_call: the frame takes the arguments' references; its
     * code and function references are borrowed from this frame (the same
     * code and function object, which this frame holds while the callee
     * runs: uops.h H_CALL_PY_SELF, rt->call_finish). The callable's
     * reference on the stack is dropped: a plain decrement, the count
     * stays >= 1 (this frame's). Globals and builtins: this frame's (the
     * same function's). */
    LLVMValueRef nf = top;
    store(L, newtop, ts_at(L, ly->ts_stack_top));
    {
        LLVMValueRef rc = LLVMBuildLoad2(L->B, L->i64, fobj, "");
        LLVMBuildStore(L->B, LLVMBuildSub(L->B, rc, c64(L, 1), ""), fobj);
    }
    emit_frame_fields(L, nf, c64(L, u->op1), callable, load64(L, frame_at(L, ly->off_globals)),
                      load64(L, frame_at(L, ly->off_builtins)), code_ptr(L, 0), c32(L, nlp));
    for (int32_t i = 0; i < nlp; i++)
        store(L, i < nargs ? slot_get(L, a + 2 + i) : c64(L, V_NULL),
              ptr_at(L, nf, ly->off_localsplus + 8u * (uint64_t)i));
    /* run_callee: link, count the level, enter */
    store(L, LLVMBuildAdd(L->B, depth, LLVMConstInt(L->i32, 1, 0), ""), ts_at(L, ly->ts_depth));
    store(L, nf, ts_at(L, ly->ts_frame));
    store(L, code_ptr(L, u->bc_offset), frame_at(L, ly->off_prev_instr));
    LLVMValueRef retp = local_addr(L, (int64_t)nlp + a);
    LLVMValueRef cargs[2] = {nf, retp};
    LLVMValueRef st = LLVMBuildCall2(L->B, LLVMGlobalGetValueType(L->F), L->F, cargs, 2, "st");
    LLVMBasicBlockRef ret_ok = new_bb(L, "self_ret"), ret_exit = new_bb(L, "self_exit");
    cold_br(L, LLVMBuildICmp(L->B, LLVMIntNE, st, c64(L, 0), ""), ret_exit, ret_ok);
    /* the callee left its code: the interpreter finishes the frame */
    LLVMPositionBuilderAtEnd(L->B, ret_exit);
    emit_callee_exit(L, u, (const void *)rt->call_finish, nf, st, L->F, join);
    /* returned: as run_callee's direct return and frame_pop */
    LLVMPositionBuilderAtEnd(L->B, ret_ok);
    LLVMValueRef nret = ptr_at(L, const_ptr(L, fn->jit_head), 8);   /* JitCodeHead.direct_returns */
    store(L, LLVMBuildAdd(L->B, load64(L, nret), c64(L, 1), ""), nret);
    LLVMValueRef d2 = LLVMBuildLoad2(L->B, L->i32, ts_at(L, ly->ts_depth), "");
    store(L, LLVMBuildSub(L->B, d2, LLVMConstInt(L->i32, 1, 0), ""), ts_at(L, ly->ts_depth));
    store(L, L->frame, ts_at(L, ly->ts_frame));
    LLVMValueRef res = load64(L, retp);
    /* frame_clear: the locals (stacktop = nlocalsplus after a return);
     * the code and function references were borrowed */
    for (int32_t i = 0; i < nlp; i++)
        emit_refcnt(L, load64(L, ptr_at(L, nf, ly->off_localsplus + 8u * (uint64_t)i)), false, true);
    store(L, nf, ts_at(L, ly->ts_stack_top));
    slot_set(L, a, res);
    LLVMBuildBr(L->B, join);
    /* the helper does it all */
    LLVMPositionBuilderAtEnd(L->B, slow);
    if (lower_helper(L, u, info)) return -1;
    LLVMBuildBr(L->B, join);
    LLVMPositionBuilderAtEnd(L->B, join);
    return 0;
}

/* Stores V_NULL to, or releases, the Values at p[from .. to) (i64 counts,
 * from < to not required): a loop in the IR. */
static void values_loop(Lower *L, LLVMValueRef p, LLVMValueRef from, LLVMValueRef to, bool release) {
    LLVMBasicBlockRef pre = LLVMGetInsertBlock(L->B);
    LLVMBasicBlockRef body = new_bb(L, "vloop"), after = new_bb(L, "vdone");
    LLVMBuildCondBr(L->B, LLVMBuildICmp(L->B, LLVMIntSLT, from, to, ""), body, after);
    LLVMPositionBuilderAtEnd(L->B, body);
    LLVMValueRef i = LLVMBuildPhi(L->B, L->i64, "i");
    LLVMValueRef at = LLVMBuildInBoundsGEP2(L->B, L->i64, p, &i, 1, "");
    if (release) emit_refcnt(L, load64(L, at), false, true);
    else store(L, c64(L, V_NULL), at);
    LLVMValueRef i1 = LLVMBuildAdd(L->B, i, c64(L, 1), "");
    LLVMBasicBlockRef latch = LLVMGetInsertBlock(L->B);
    LLVMBuildCondBr(L->B, LLVMBuildICmp(L->B, LLVMIntSLT, i1, to, ""), body, after);
    LLVMValueRef inc[2] = {from, i1};
    LLVMBasicBlockRef incb[2] = {pre, latch};
    LLVMAddIncoming(i, inc, incb, 2);
    LLVMPositionBuilderAtEnd(L->B, after);
}

/* The module's function that does a direct call's return path after the
 * callee returned (lower_call_direct): run_callee's direct return and
 * frame_pop. coil_call_pop(nf, head, caller, nlp, callable, code):
 * head->direct_returns + 1, one level less, the caller the thread's
 * frame again, the nlp locals of nf released, the callable (a function
 * object) and the code object released, the frame stack's top back to nf.
 * Out of line, one copy per module (C convention, so FastISel takes the
 * calls): each call site was a loop with its dealloc paths and three
 * more refcount blocks inline, and the codegen's cost is per block and
 * per live range (callgrind, richards --size 20, instructions in
 * be_compile: see the commit). */
static LLVMValueRef call_pop_fn(Lower *L) {
    if (L->call_pop) return L->call_pop;
    const JitFrameLayout *ly = &L->fn->layout;
    LLVMTypeRef pt[6] = {L->ptr, L->ptr, L->ptr, L->i64, L->ptr, L->ptr};
    LLVMValueRef f = LLVMAddFunction(L->M, "coil_call_pop",
                                     LLVMFunctionType(LLVMVoidTypeInContext(L->C), pt, 6, 0));
    LLVMSetLinkage(f, LLVMInternalLinkage);
    helper_fn_attrs(L, f);
    LLVMBasicBlockRef here = LLVMGetInsertBlock(L->B);
    LLVMValueRef outer = L->F;
    L->F = f;   /* new_bb (values_loop, emit_refcnt) appends to the function being built */
    LLVMPositionBuilderAtEnd(L->B, new_bb(L, "entry"));
    LLVMValueRef nf = LLVMGetParam(f, 0), h = LLVMGetParam(f, 1), caller = LLVMGetParam(f, 2);
    LLVMValueRef n = LLVMGetParam(f, 3), callable = LLVMGetParam(f, 4), cobj = LLVMGetParam(f, 5);
    LLVMValueRef nret = ptr_at(L, h, ly->hd_returns);
    store(L, LLVMBuildAdd(L->B, load64(L, nret), c64(L, 1), ""), nret);
    LLVMValueRef d2 = LLVMBuildLoad2(L->B, L->i32, ts_at(L, ly->ts_depth), "");
    store(L, LLVMBuildSub(L->B, d2, LLVMConstInt(L->i32, 1, 0), ""), ts_at(L, ly->ts_depth));
    store(L, caller, ts_at(L, ly->ts_frame));
    /* frame_clear: the locals (stacktop = nlocalsplus after a return),
     * func, then the code */
    values_loop(L, ptr_at(L, nf, ly->off_localsplus), c64(L, 0), n, true);
    emit_refcnt(L, LLVMBuildPtrToInt(L->B, callable, L->i64, ""), true, true);
    emit_refcnt(L, LLVMBuildPtrToInt(L->B, cobj, L->i64, ""), true, true);
    store(L, nf, ts_at(L, ly->ts_stack_top));
    LLVMBuildRetVoid(L->B);
    L->F = outer;
    LLVMPositionBuilderAtEnd(L->B, here);
    L->call_pop = f;
    return f;
}

/* H_CALL_PY_EXACT_ARGS (uops.h) lowered inline when the callee has live
 * compiled code: a call of any function whose code is compiled is a frame
 * push, a native call of the code's CURRENT entry (read at run time from
 * its JitCodeHead, jit.h: a callee compiled, recompiled or invalidated
 * after this caller was compiled is followed) and a frame pop, as
 * lower_call_self but with nothing known of the callee at translation.
 * [NULL, f, args..] or [f, self, args..] (LOAD_METHOD): the guards are the
 * helper's (f a function, the code's direct_nargs = the arguments given,
 * the recursion limit) plus the live entry (none: not compiled yet, a
 * generator, tracing), the C stack and the frame-stack room; a miss runs
 * the helper (which runs the interpreter or the generic CALL). The frame
 * owns its code reference (frame_push_call's); the callee's exits go to
 * rt->call_exit (jit_finish_exit), its return pops it here. */
static int lower_call_direct(Lower *L, const JitUop *u, const UopInfo *info) {
    const JitFunction *fn = L->fn;
    const JitRuntime *rt = fn->rt;
    const JitFrameLayout *ly = &fn->layout;
    int32_t a = u->a, nargs = (int32_t)u->oparg, nlp = fn->nlocalsplus;
    if (!rt || !rt->ts || !rt->c_stack_floor || !rt->function_type || !rt->call_exit ||
        !rt->dealloc || (u->flags & (UOPI_SLOW | UOPI_COLD)) || nargs < 0 || nargs > 8 || a < 0 ||
        (int64_t)a + 2 + nargs > fn->stacksize || u->n_in != nargs + 2 || u->n_out != 1 ||
        u->error_exit < 0 || u->op1 != (uint64_t)V_NULL || !ly->hd_size)
        return lower_helper(L, u, info);
    if (check_exit(L, u, u->error_exit, JIT_EXIT_ERROR)) return -1;
    LLVMBasicBlockRef slow = new_bb(L, "call_slow"), join = new_bb(L, "call_join");
    LLVMValueRef x0 = slot_get(L, a), x1 = slot_get(L, a + 1);
    LLVMValueRef is_meth = LLVMBuildICmp(L->B, LLVMIntNE, x0, c64(L, V_NULL), "is_meth");
    LLVMValueRef callable = LLVMBuildSelect(L->B, is_meth, x0, x1, "callable");
    LLVMValueRef n = LLVMBuildAdd(L->B, c32(L, nargs), LLVMBuildZExt(L->B, is_meth, L->i32, ""), "n");
    slow_if(L, LLVMBuildNot(L->B, is_tag(L, callable, TAG_PTR), ""), slow);
    LLVMValueRef fobj = LLVMBuildIntToPtr(L->B, LLVMBuildAnd(L->B, callable, c64(L, PAYLOAD_MASK), ""), L->ptr, "callee");
    LLVMValueRef ty = LLVMBuildLoad2(L->B, L->ptr, ptr_at(L, fobj, ly->ob_type), "");
    slow_if(L, LLVMBuildICmp(L->B, LLVMIntNE, ty, const_ptr(L, rt->function_type), ""), slow);
    LLVMValueRef fcode = load64(L, ptr_at(L, fobj, ly->fn_code));
    LLVMValueRef cobj = LLVMBuildIntToPtr(L->B, LLVMBuildAnd(L->B, fcode, c64(L, PAYLOAD_MASK), ""), L->ptr, "co");
    /* compiled: the code's head and its live entry */
    LLVMValueRef h = LLVMBuildLoad2(L->B, L->ptr, ptr_at(L, cobj, ly->co_jit), "head");
    slow_if(L, LLVMBuildIsNull(L->B, h, ""), slow);
    LLVMValueRef e = LLVMBuildLoad2(L->B, L->ptr, ptr_at(L, h, ly->hd_entry), "entry");
    slow_if(L, LLVMBuildIsNull(L->B, e, ""), slow);
    LLVMValueRef hn = LLVMBuildLoad2(L->B, L->i32, ptr_at(L, h, ly->hd_nargs), "");
    slow_if(L, LLVMBuildICmp(L->B, LLVMIntNE, hn, n, ""), slow);
    LLVMValueRef depth = emit_depth_cstack_guards(L, slow);
    /* room on the frame stack */
    LLVMValueRef size = load64(L, ptr_at(L, h, ly->hd_size));
    LLVMValueRef top = LLVMBuildLoad2(L->B, L->ptr, ts_at(L, ly->ts_stack_top), "nf");
    LLVMValueRef lim = LLVMBuildLoad2(L->B, L->ptr, ts_at(L, ly->ts_stack_limit), "");
    /* top + size > limit (as lower_call_self) */
    LLVMValueRef newtop = LLVMBuildInBoundsGEP2(L->B, L->i8, top, &size, 1, "");
    slow_if(L, LLVMBuildICmp(L->B, LLVMIntUGT, LLVMBuildPtrToInt(L->B, newtop, L->i64, ""),
                             LLVMBuildPtrToInt(L->B, lim, L->i64, ""), ""), slow);
    /* frame_push_call: the frame takes the callable's and the arguments'
     * references and one of its code */
    LLVMValueRef nf = top;
    LLVMValueRef clp = LLVMBuildLoad2(L->B, L->i32, ptr_at(L, h, ly->hd_nlp), "callee_nlp");
    store(L, newtop, ts_at(L, ly->ts_stack_top));
    emit_refcnt(L, fcode, true, false);
    emit_frame_fields(L, nf, cobj, callable, load64(L, ptr_at(L, fobj, ly->fn_globals)),
                      load64(L, ptr_at(L, fobj, ly->fn_builtins)),
                      LLVMBuildLoad2(L->B, L->ptr, ptr_at(L, h, ly->hd_code), ""), clp);
    /* the arguments: [self, args..] or [args.., V_NULL] (that last store
     * lands on a local the fill below sets again, or on the callee's
     * operand stack: a frame has FRAME_JIT_SLACK slots more) */
    for (int32_t i = 0; i <= nargs; i++) {
        LLVMValueRef plain = i < nargs ? slot_get(L, a + 2 + i) : c64(L, V_NULL);
        store(L, LLVMBuildSelect(L->B, is_meth, slot_get(L, a + 1 + i), plain, ""),
              ptr_at(L, nf, ly->off_localsplus + 8u * (uint64_t)i));
    }
    LLVMValueRef lp = ptr_at(L, nf, ly->off_localsplus);
    values_loop(L, lp, c64(L, (uint64_t)nargs + 1), LLVMBuildSExt(L->B, clp, L->i64, ""), false);
    /* run_callee: link, count the level, enter */
    store(L, LLVMBuildAdd(L->B, depth, LLVMConstInt(L->i32, 1, 0), ""), ts_at(L, ly->ts_depth));
    store(L, nf, ts_at(L, ly->ts_frame));
    store(L, code_ptr(L, u->bc_offset), frame_at(L, ly->off_prev_instr));
    LLVMValueRef retp = local_addr(L, (int64_t)nlp + a);
    LLVMValueRef cargs[2] = {nf, retp};
    LLVMValueRef st = LLVMBuildCall2(L->B, LLVMGlobalGetValueType(L->F), e, cargs, 2, "st");
    LLVMBasicBlockRef ret_ok = new_bb(L, "call_ret"), ret_exit = new_bb(L, "call_exit");
    cold_br(L, LLVMBuildICmp(L->B, LLVMIntNE, st, c64(L, 0), ""), ret_exit, ret_ok);
    /* the callee left its code: the interpreter finishes the frame */
    LLVMPositionBuilderAtEnd(L->B, ret_exit);
    emit_callee_exit(L, u, (const void *)rt->call_exit, nf, st, e, join);
    /* returned: run_callee's direct return and frame_pop */
    LLVMPositionBuilderAtEnd(L->B, ret_ok);
    LLVMValueRef res = load64(L, retp);
    if (g_call_pop_inline) {
        LLVMValueRef nret = ptr_at(L, h, ly->hd_returns);
        store(L, LLVMBuildAdd(L->B, load64(L, nret), c64(L, 1), ""), nret);
        LLVMValueRef d2 = LLVMBuildLoad2(L->B, L->i32, ts_at(L, ly->ts_depth), "");
        store(L, LLVMBuildSub(L->B, d2, LLVMConstInt(L->i32, 1, 0), ""), ts_at(L, ly->ts_depth));
        store(L, L->frame, ts_at(L, ly->ts_frame));
        /* frame_clear: the locals (stacktop = nlocalsplus after a return),
         * func, then the code */
        values_loop(L, lp, c64(L, 0), LLVMBuildSExt(L->B, clp, L->i64, ""), true);
        emit_refcnt(L, callable, true, true);
        emit_refcnt(L, fcode, true, true);
        store(L, nf, ts_at(L, ly->ts_stack_top));
    } else {
        LLVMValueRef pf = call_pop_fn(L);
        LLVMValueRef pargs[6] = {nf, h, L->frame, LLVMBuildSExt(L->B, clp, L->i64, ""), fobj, cobj};
        LLVMBuildCall2(L->B, LLVMGlobalGetValueType(pf), pf, pargs, 6, "");
    }
    slot_set(L, a, res);
    LLVMBuildBr(L->B, join);
    /* the helper does it all */
    LLVMPositionBuilderAtEnd(L->B, slow);
    if (lower_helper(L, u, info)) return -1;
    LLVMBuildBr(L->B, join);
    LLVMPositionBuilderAtEnd(L->B, join);
    return 0;
}

/* Lowers one uop at the builder's position. Sets *terminated when the
 * current block ended (the rest of the JitBlock is unreachable). */
static int lower_uop(Lower *L, const JitUop *u, bool *terminated) {
    const JitFunction *fn = L->fn;
    if (u->op >= UOP__COUNT) return lerr(L, "bad uop %lld at %lld", u->op, u->bc_offset);
    const UopInfo *info = &uop_table[u->op];
    if (u->op == UOP_H_CALL_PY_SELF) return lower_call_self(L, u, info);
    if (u->op == UOP_H_CALL_PY_EXACT_ARGS && !g_no_direct_calls) return lower_call_direct(L, u, info);
    if (info->kind == UK_HELPER) return lower_helper(L, u, info);
    LLVMValueRef x, y, r, c;
    switch ((UopKind)u->op) {
    case UOP_NOP:
        break;
    case UOP_LOAD_LOCAL:
        if (check_slots(L, u, true, false, false)) return -1;
        if (u->oparg < 0 || u->oparg >= fn->nlocalsplus) return lerr(L, "bad local %lld at %lld", u->oparg, u->bc_offset);
        slot_set(L, u->dst, load64(L, local_addr(L, u->oparg)));
        break;
    case UOP_STORE_LOCAL: {
        if (check_slots(L, u, false, true, false)) return -1;
        if (u->oparg < 0 || u->oparg >= fn->nlocalsplus) return lerr(L, "bad local %lld at %lld", u->oparg, u->bc_offset);
        LLVMValueRef p = local_addr(L, u->oparg);
        LLVMValueRef old = load64(L, p);
        store(L, slot_get(L, u->a), p);
        if (!(u->flags & UOPI_OLD_INLINE)) {
            if (!fn->rt || !fn->rt->dealloc) return lerr(L, "no dealloc in runtime (at %lld)", u->bc_offset, 0);
            emit_refcnt(L, old, false, true);
        }
        break;
    }
    case UOP_CHECK_BOUND: {
        if (u->oparg < 0 || u->oparg >= fn->nlocalsplus) return lerr(L, "bad local %lld at %lld", u->oparg, u->bc_offset);
        if (check_exit(L, u, u->error_exit, JIT_EXIT_ERROR)) return -1;
        if (!fn->rt || !fn->rt->raise_unbound) return lerr(L, "no raise_unbound (at %lld)", u->bc_offset, 0);
        LLVMBasicBlockRef bad = new_bb(L, ""), cont = new_bb(L, "");
        c = LLVMBuildICmp(L->B, LLVMIntEQ, load64(L, local_addr(L, u->oparg)), c64(L, V_NULL), "");
        cold_br(L, c, bad, cont);
        LLVMPositionBuilderAtEnd(L->B, bad);
        LLVMValueRef args[2] = {L->frame, c64(L, (uint64_t)u->oparg)};
        LLVMBuildCall2(L->B, L->unbound_ty, const_ptr(L, (void *)fn->rt->raise_unbound), args, 2, "");
        LLVMBuildBr(L->B, exit_bb(L, u->error_exit));
        LLVMPositionBuilderAtEnd(L->B, cont);
        break;
    }
    case UOP_COPY:
        if (check_slots(L, u, true, true, false)) return -1;
        slot_set(L, u->dst, slot_get(L, u->a));
        break;
    case UOP_LOAD_CONST:
        if (check_slots(L, u, true, false, false)) return -1;
        slot_set(L, u->dst, c64(L, u->op1));
        break;
    case UOP_LOAD_MEM:
        if (check_slots(L, u, true, false, false)) return -1;
        if (!u->op1) return lerr(L, "LOAD_MEM without an address at %lld", u->bc_offset, 0);
        slot_set(L, u->dst, load64(L, const_ptr(L, (const void *)(uintptr_t)u->op1)));
        break;
    case UOP_LOAD_FIELD:
    case UOP_LOAD_ITEM: {
        if (check_slots(L, u, true, true, u->op == UOP_LOAD_ITEM)) return -1;
        LLVMValueRef base = LLVMBuildIntToPtr(L->B, LLVMBuildAnd(L->B, slot_get(L, u->a), c64(L, PAYLOAD_MASK), ""), L->ptr, "");
        LLVMValueRef off = c64(L, (uint64_t)u->oparg);
        if (u->op == UOP_LOAD_ITEM)
            off = LLVMBuildAdd(L->B, off, LLVMBuildShl(L->B, slot_get(L, u->b), c64(L, 3), ""), "");
        slot_set(L, u->dst, load64(L, LLVMBuildGEP2(L->B, L->i8, base, &off, 1, "")));
        break;
    }
    case UOP_STORE_FIELD: {
        if (check_slots(L, u, false, true, true)) return -1;
        LLVMValueRef base = LLVMBuildIntToPtr(L->B, LLVMBuildAnd(L->B, slot_get(L, u->a), c64(L, PAYLOAD_MASK), ""), L->ptr, "");
        LLVMValueRef off = c64(L, (uint64_t)u->oparg);
        store(L, slot_get(L, u->b), LLVMBuildGEP2(L->B, L->i8, base, &off, 1, ""));
        break;
    }
    case UOP_GUARD_FIELD_U8: {
        if (check_slots(L, u, false, true, false)) return -1;
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        LLVMValueRef base = LLVMBuildIntToPtr(L->B, LLVMBuildAnd(L->B, slot_get(L, u->a), c64(L, PAYLOAD_MASK), ""), L->ptr, "");
        LLVMValueRef off = c64(L, (uint64_t)u->oparg);
        LLVMValueRef byte = LLVMBuildLoad2(L->B, L->i8, LLVMBuildGEP2(L->B, L->i8, base, &off, 1, ""), "");
        exit_if(L, LLVMBuildICmp(L->B, LLVMIntNE, byte, LLVMConstInt(L->i8, u->op1 & 0xFF, 0), ""), u->deopt_exit);
        break;
    }
    case UOP_GUARD_TYPE_VERSION: {
        if (check_slots(L, u, false, true, false)) return -1;
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        x = slot_get(L, u->a);
        exit_if(L, LLVMBuildNot(L->B, is_tag(L, x, TAG_PTR), ""), u->deopt_exit);
        LLVMValueRef obj = LLVMBuildIntToPtr(L->B, LLVMBuildAnd(L->B, x, c64(L, PAYLOAD_MASK), ""), L->ptr, "");
        LLVMValueRef off = c64(L, offsetof(Object, type));
        LLVMValueRef tp = LLVMBuildLoad2(L->B, L->ptr, LLVMBuildInBoundsGEP2(L->B, L->i8, obj, &off, 1, ""), "");
        off = c64(L, offsetof(TypeObject, version));
        LLVMValueRef ver = LLVMBuildLoad2(L->B, L->i32, LLVMBuildInBoundsGEP2(L->B, L->i8, tp, &off, 1, ""), "");
        exit_if(L, LLVMBuildICmp(L->B, LLVMIntNE, ver, LLVMConstInt(L->i32, u->op1 & 0xFFFFFFFFu, 0), ""), u->deopt_exit);
        break;
    }
    case UOP_LOAD_DICT_SLOT: {
        if (check_slots(L, u, true, true, false)) return -1;
        LLVMValueRef obj = LLVMBuildIntToPtr(L->B, LLVMBuildAnd(L->B, slot_get(L, u->a), c64(L, PAYLOAD_MASK), ""), L->ptr, "");
        LLVMValueRef off = c64(L, offsetof(Object, type));
        LLVMValueRef tp = LLVMBuildLoad2(L->B, L->ptr, LLVMBuildInBoundsGEP2(L->B, L->i8, obj, &off, 1, ""), "");
        off = c64(L, offsetof(TypeObject, dictoffset));
        off = LLVMBuildLoad2(L->B, L->i64, LLVMBuildInBoundsGEP2(L->B, L->i8, tp, &off, 1, ""), "");
        slot_set(L, u->dst, load64(L, LLVMBuildGEP2(L->B, L->i8, obj, &off, 1, "")));
        break;
    }
    case UOP_INLINE_ATTRS_PTR: {
        if (check_slots(L, u, true, true, false)) return -1;
        LLVMValueRef obj = LLVMBuildIntToPtr(L->B, LLVMBuildAnd(L->B, slot_get(L, u->a), c64(L, PAYLOAD_MASK), ""), L->ptr, "");
        LLVMValueRef off = c64(L, offsetof(Object, type));
        LLVMValueRef tp = LLVMBuildLoad2(L->B, L->ptr, LLVMBuildInBoundsGEP2(L->B, L->i8, obj, &off, 1, ""), "");
        off = c64(L, offsetof(TypeObject, dictoffset));
        off = LLVMBuildLoad2(L->B, L->i64, LLVMBuildInBoundsGEP2(L->B, L->i8, tp, &off, 1, ""), "");
        off = LLVMBuildAdd(L->B, off, c64(L, sizeof(Value)), "");
        slot_set(L, u->dst, LLVMBuildPtrToInt(L->B, LLVMBuildGEP2(L->B, L->i8, obj, &off, 1, ""), L->i64, ""));
        break;
    }
    case UOP_GUARD_FIELD_EQ: {
        if (check_slots(L, u, false, true, false)) return -1;
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        LLVMValueRef base = LLVMBuildIntToPtr(L->B, LLVMBuildAnd(L->B, slot_get(L, u->a), c64(L, PAYLOAD_MASK), ""), L->ptr, "");
        LLVMValueRef off = c64(L, (uint64_t)u->oparg);
        LLVMValueRef w = load64(L, LLVMBuildGEP2(L->B, L->i8, base, &off, 1, ""));
        exit_if(L, LLVMBuildICmp(L->B, LLVMIntNE, w, c64(L, u->op1), ""), u->deopt_exit);
        break;
    }
    case UOP_GUARD_DEPTH: {
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        if (!fn->rt || !fn->rt->ts) return lerr(L, "GUARD_DEPTH without a thread state at %lld", u->bc_offset, 0);
        LLVMValueRef dp = LLVMBuildLoad2(L->B, L->i32, ts_at(L, fn->layout.ts_depth), "");
        LLVMValueRef lim = LLVMBuildLoad2(L->B, L->i32, ts_at(L, fn->layout.ts_recursion_limit), "");
        exit_if(L, LLVMBuildICmp(L->B, LLVMIntSGT, dp, lim, ""), u->deopt_exit);
        break;
    }
    case UOP_GUARD_LOCALS_NOT_PTR: {
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        LLVMValueRef any = NULL;
        for (int i = 0; i < 64; i++) {
            if (!((u->op1 >> i) & 1)) continue;
            if (u->oparg + i < 0 || u->oparg + i >= fn->nlocalsplus) return lerr(L, "bad local %lld at %lld", u->oparg + i, u->bc_offset);
            LLVMValueRef p = is_tag(L, load64(L, local_addr(L, u->oparg + i)), TAG_PTR);
            any = any ? LLVMBuildOr(L->B, any, p, "") : p;
        }
        if (any) exit_if(L, any, u->deopt_exit);
        break;
    }
    case UOP_GUARD_NOT_NULL:
        if (check_slots(L, u, false, true, false)) return -1;
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        exit_if(L, LLVMBuildICmp(L->B, LLVMIntEQ, slot_get(L, u->a), c64(L, V_NULL), ""), u->deopt_exit);
        break;
    case UOP_BRANCH_NOT_TYPE_VERSION: case UOP_BRANCH_NOT_TYPE: case UOP_BRANCH_FIELD_NE:
    case UOP_BRANCH_FIELD_EQ: case UOP_BRANCH_NOT_PLAIN:
    case UOP_BRANCH_FIELD32_NE: case UOP_BRANCH_FIELD32_LE: case UOP_BRANCH_NULL: {
        /* a miss jumps to target (cold); the hit falls through */
        if (check_slots(L, u, false, true, false)) return -1;
        if (u->target < 0 || u->target >= fn->nblocks) return lerr(L, "bad branch target %lld at %lld", u->target, u->bc_offset);
        LLVMBasicBlockRef miss = L->bbs[u->target];
        x = slot_get(L, u->a);
        LLVMValueRef base = NULL, off = NULL;
        if (u->op != UOP_BRANCH_NULL) {
            if (u->op == UOP_BRANCH_NOT_TYPE_VERSION || u->op == UOP_BRANCH_NOT_TYPE ||
                u->op == UOP_BRANCH_NOT_PLAIN) {
                LLVMBasicBlockRef isptr = new_bb(L, "");
                cold_br(L, LLVMBuildNot(L->B, is_tag(L, x, TAG_PTR), ""), miss, isptr);
                LLVMPositionBuilderAtEnd(L->B, isptr);
            }
            base = LLVMBuildIntToPtr(L->B, LLVMBuildAnd(L->B, x, c64(L, PAYLOAD_MASK), ""), L->ptr, "");
        }
        switch (u->op) {
        case UOP_BRANCH_NOT_TYPE_VERSION: {
            off = c64(L, offsetof(Object, type));
            LLVMValueRef tp = LLVMBuildLoad2(L->B, L->ptr, LLVMBuildInBoundsGEP2(L->B, L->i8, base, &off, 1, ""), "");
            off = c64(L, offsetof(TypeObject, version));
            LLVMValueRef ver = LLVMBuildLoad2(L->B, L->i32, LLVMBuildInBoundsGEP2(L->B, L->i8, tp, &off, 1, ""), "");
            c = LLVMBuildICmp(L->B, LLVMIntNE, ver, LLVMConstInt(L->i32, u->op1 & 0xFFFFFFFFu, 0), "");
            break;
        }
        case UOP_BRANCH_NOT_TYPE: {
            off = c64(L, offsetof(Object, type));
            LLVMValueRef tp = LLVMBuildLoad2(L->B, L->i64, LLVMBuildInBoundsGEP2(L->B, L->i8, base, &off, 1, ""), "");
            c = LLVMBuildICmp(L->B, LLVMIntNE, tp, c64(L, u->op1), "");
            break;
        }
        case UOP_BRANCH_NOT_PLAIN: {
            off = c64(L, offsetof(Object, type));
            LLVMValueRef tp = LLVMBuildLoad2(L->B, L->ptr, LLVMBuildInBoundsGEP2(L->B, L->i8, base, &off, 1, ""), "");
            off = c64(L, offsetof(TypeObject, version));
            LLVMValueRef ver = LLVMBuildLoad2(L->B, L->i32, LLVMBuildInBoundsGEP2(L->B, L->i8, tp, &off, 1, ""), "");
            off = c64(L, offsetof(TypeObject, plain_version));
            LLVMValueRef pv = LLVMBuildLoad2(L->B, L->i32, LLVMBuildInBoundsGEP2(L->B, L->i8, tp, &off, 1, ""), "");
            c = LLVMBuildOr(L->B, LLVMBuildICmp(L->B, LLVMIntNE, ver, pv, ""),
                            LLVMBuildICmp(L->B, LLVMIntEQ, ver, LLVMConstInt(L->i32, 0, 0), ""), "");
            break;
        }
        case UOP_BRANCH_FIELD_NE: case UOP_BRANCH_FIELD_EQ:
            off = c64(L, (uint64_t)u->oparg);
            c = LLVMBuildICmp(L->B, u->op == UOP_BRANCH_FIELD_NE ? LLVMIntNE : LLVMIntEQ,
                              load64(L, LLVMBuildGEP2(L->B, L->i8, base, &off, 1, "")), c64(L, u->op1), "");
            break;
        case UOP_BRANCH_FIELD32_NE: case UOP_BRANCH_FIELD32_LE: {
            off = c64(L, (uint64_t)u->oparg);
            LLVMValueRef w = LLVMBuildLoad2(L->B, L->i32, LLVMBuildGEP2(L->B, L->i8, base, &off, 1, ""), "");
            c = LLVMBuildICmp(L->B, u->op == UOP_BRANCH_FIELD32_NE ? LLVMIntNE : LLVMIntULE, w,
                              LLVMConstInt(L->i32, u->op1 & 0xFFFFFFFFu, 0), "");
            break;
        }
        default:
            c = LLVMBuildICmp(L->B, LLVMIntEQ, x, c64(L, V_NULL), "");
            break;
        }
        LLVMBasicBlockRef cont = new_bb(L, "");
        cold_br(L, c, miss, cont);
        LLVMPositionBuilderAtEnd(L->B, cont);
        break;
    }
    case UOP_MATH_F1: {
        if (check_slots(L, u, true, true, false) || !slot_ok(fn, u->a + 2)) return lerr(L, "MATH_F1 at %lld: bad slot", u->bc_offset, 0);
        if (u->target < 0 || u->target >= fn->nblocks) return lerr(L, "bad branch target %lld at %lld", u->target, u->bc_offset);
        if (!u->op1) return lerr(L, "MATH_F1 without a function at %lld", u->bc_offset, 0);
        LLVMBasicBlockRef miss = L->bbs[u->target];
        LLVMValueRef nul = slot_get(L, u->a), f = slot_get(L, u->a + 1);
        x = slot_get(L, u->a + 2);
        c = LLVMBuildAnd(L->B, LLVMBuildICmp(L->B, LLVMIntEQ, nul, c64(L, V_NULL), ""),
                         LLVMBuildICmp(L->B, LLVMIntEQ, f, c64(L, u->op2), ""), "");
        c = LLVMBuildAnd(L->B, c, LLVMBuildOr(L->B, is_float(L, x), is_tag(L, x, TAG_INT), ""), "");
        LLVMBasicBlockRef cont = new_bb(L, "");
        cold_br(L, LLVMBuildNot(L->B, c, ""), miss, cont);
        LLVMPositionBuilderAtEnd(L->B, cont);
        LLVMValueRef xd = to_double(L, x, false, false);
        if (u->oparg == 1) {
            static const char nm[] = "llvm.sqrt";
            unsigned id = LLVMLookupIntrinsicID(nm, sizeof nm - 1);
            LLVMTypeRef ty = L->f64;
            LLVMValueRef fnv = LLVMGetIntrinsicDeclaration(L->M, id, &ty, 1);
            r = LLVMBuildCall2(L->B, LLVMIntrinsicGetType(L->C, id, &ty, 1), fnv, &xd, 1, "");
        } else {
            LLVMTypeRef d1 = L->f64;
            r = LLVMBuildCall2(L->B, LLVMFunctionType(L->f64, &d1, 1, 0),
                               const_ptr(L, (const void *)(uintptr_t)u->op1), &xd, 1, "");
        }
        /* math_1's errors: NaN from a non-NaN, infinite from a finite */
        LLVMValueRef inf = LLVMConstReal(L->f64, INFINITY), ninf = LLVMConstReal(L->f64, -INFINITY);
        LLVMValueRef bad = LLVMBuildAnd(L->B, LLVMBuildFCmp(L->B, LLVMRealUNO, r, r, ""),
                                        LLVMBuildFCmp(L->B, LLVMRealORD, xd, xd, ""), "");
        LLVMValueRef rinf = LLVMBuildOr(L->B, LLVMBuildFCmp(L->B, LLVMRealOEQ, r, inf, ""),
                                        LLVMBuildFCmp(L->B, LLVMRealOEQ, r, ninf, ""), "");
        LLVMValueRef xfin = LLVMBuildAnd(L->B, LLVMBuildFCmp(L->B, LLVMRealOLT, xd, inf, ""),
                                         LLVMBuildFCmp(L->B, LLVMRealOGT, xd, ninf, ""), "");
        bad = LLVMBuildOr(L->B, bad, LLVMBuildAnd(L->B, rinf, xfin, ""), "");
        cont = new_bb(L, "");
        cold_br(L, bad, miss, cont);
        LLVMPositionBuilderAtEnd(L->B, cont);
        slot_set(L, u->dst, box_double(L, r));
        break;
    }
    case UOP_TRUTH: {
        if (check_slots(L, u, true, true, false)) return -1;
        if (u->target < 0 || u->target >= fn->nblocks) return lerr(L, "bad branch target %lld at %lld", u->target, u->bc_offset);
        x = slot_get(L, u->a);
        LLVMValueRef isint = is_tag(L, x, TAG_INT);
        LLVMValueRef istrue = LLVMBuildICmp(L->B, LLVMIntEQ, x, c64(L, V_TRUE), "");
        LLVMValueRef simple = LLVMBuildOr(L->B, isint, istrue, "");
        simple = LLVMBuildOr(L->B, simple, LLVMBuildICmp(L->B, LLVMIntEQ, x, c64(L, V_FALSE), ""), "");
        simple = LLVMBuildOr(L->B, simple, LLVMBuildICmp(L->B, LLVMIntEQ, x, c64(L, V_NONE), ""), "");
        LLVMBasicBlockRef cont = new_bb(L, "");
        cold_br(L, LLVMBuildNot(L->B, simple, ""), L->bbs[u->target], cont);
        LLVMPositionBuilderAtEnd(L->B, cont);
        c = LLVMBuildSelect(L->B, isint, LLVMBuildICmp(L->B, LLVMIntNE, x, c64(L, TAG_INT), ""), istrue, "");
        slot_set(L, u->dst, box_bool(L, c));
        break;
    }
    case UOP_RAW_ADD:
        if (check_slots(L, u, true, true, u->b >= 0)) return -1;
        slot_set(L, u->dst, LLVMBuildAdd(L->B, slot_get(L, u->a), u->b >= 0 ? slot_get(L, u->b) : c64(L, u->op1), ""));
        break;
    case UOP_RAW_ADD_IF_NEG:
        if (check_slots(L, u, true, true, true)) return -1;
        x = slot_get(L, u->a);
        c = LLVMBuildICmp(L->B, LLVMIntSLT, x, c64(L, 0), "");
        slot_set(L, u->dst, LLVMBuildSelect(L->B, c, LLVMBuildAdd(L->B, x, slot_get(L, u->b), ""), x, ""));
        break;
    case UOP_GUARD_RAW_ULT:
        if (check_slots(L, u, false, true, true)) return -1;
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        exit_if(L, LLVMBuildICmp(L->B, LLVMIntUGE, slot_get(L, u->a), slot_get(L, u->b), ""), u->deopt_exit);
        break;
    case UOP_BRANCH_RAW_GT: {
        if (check_slots(L, u, false, true, false)) return -1;
        if (u->target < 0 || u->target >= fn->nblocks) return lerr(L, "bad branch target %lld at %lld", u->target, u->bc_offset);
        c = LLVMBuildICmp(L->B, LLVMIntSGT, slot_get(L, u->a), c64(L, u->op1), "");
        LLVMBasicBlockRef cont = new_bb(L, "");
        LLVMBuildCondBr(L->B, c, L->bbs[u->target], cont);
        LLVMPositionBuilderAtEnd(L->B, cont);
        break;
    }
    case UOP_BRANCH_RAW_LT: {
        if (check_slots(L, u, false, true, true)) return -1;
        if (u->target < 0 || u->target >= fn->nblocks) return lerr(L, "bad branch target %lld at %lld", u->target, u->bc_offset);
        c = LLVMBuildICmp(L->B, LLVMIntSLT, slot_get(L, u->a), slot_get(L, u->b), "");
        LLVMBasicBlockRef cont = new_bb(L, "");
        LLVMBuildCondBr(L->B, c, L->bbs[u->target], cont);
        LLVMPositionBuilderAtEnd(L->B, cont);
        break;
    }
    case UOP_ITEM_ADDR: {
        if (check_slots(L, u, true, true, true)) return -1;
        LLVMValueRef base = LLVMBuildAnd(L->B, slot_get(L, u->a), c64(L, PAYLOAD_MASK), "");
        LLVMValueRef off = LLVMBuildAdd(L->B, c64(L, (uint64_t)u->oparg), LLVMBuildShl(L->B, slot_get(L, u->b), c64(L, 3), ""), "");
        slot_set(L, u->dst, LLVMBuildAdd(L->B, base, off, ""));
        break;
    }
    case UOP_BOX_INT:
        if (check_slots(L, u, true, true, false)) return -1;
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        x = slot_get(L, u->a);
        exit_if(L, out_of_range(L, x), u->deopt_exit);
        slot_set(L, u->dst, box_int(L, x));
        break;
    case UOP_UNBOX_INT:
        if (check_slots(L, u, true, true, false)) return -1;
        slot_set(L, u->dst, sext48(L, slot_get(L, u->a)));
        break;
    case UOP_COUNT_COLD: {
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        if (!u->op1) return lerr(L, "COUNT_COLD without an address at %lld", u->bc_offset, 0);
        LLVMValueRef p = const_ptr(L, (const void *)(uintptr_t)u->op1);
        x = LLVMBuildAdd(L->B, load64(L, p), c64(L, 1), "");
        LLVMBuildStore(L->B, x, p);
        exit_if(L, LLVMBuildICmp(L->B, LLVMIntEQ, x, c64(L, u->op2), ""), u->deopt_exit);
        break;
    }
    case UOP_GUARD_FRAME_WORD:
    case UOP_GUARD_MEM_EQ:
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        if (u->op == UOP_GUARD_MEM_EQ && !u->op1) return lerr(L, "GUARD_MEM_EQ without an address at %lld", u->bc_offset, 0);
        x = u->op == UOP_GUARD_FRAME_WORD ? load64(L, frame_at(L, (uint64_t)u->oparg))
                                          : load64(L, const_ptr(L, (const void *)(uintptr_t)u->op1));
        exit_if(L, LLVMBuildICmp(L->B, LLVMIntNE, x, c64(L, u->op == UOP_GUARD_FRAME_WORD ? u->op1 : u->op2), ""),
                u->deopt_exit);
        break;
    case UOP_INCREF:
    case UOP_DECREF:
        if (check_slots(L, u, false, true, false)) return -1;
        if (u->op == UOP_DECREF && (!fn->rt || !fn->rt->dealloc))
            return lerr(L, "no dealloc in runtime (at %lld)", u->bc_offset, 0);
        emit_refcnt(L, slot_get(L, u->a), (u->flags & UOPI_A_PTR) != 0, u->op == UOP_DECREF);
        break;
    case UOP_GUARD_INT:
    case UOP_GUARD_FLOAT:
    case UOP_GUARD_NUM:
    case UOP_GUARD_TYPE:
        if (check_slots(L, u, false, true, false)) return -1;
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        x = slot_get(L, u->a);
        if (u->op == UOP_GUARD_INT) {
            c = is_tag(L, x, TAG_INT);
        } else if (u->op == UOP_GUARD_FLOAT) {
            c = is_float(L, x);
        } else if (u->op == UOP_GUARD_NUM) {
            c = LLVMBuildOr(L->B, is_float(L, x), is_tag(L, x, TAG_INT), "");
        } else {
            /* pointer test first, then the type word */
            exit_if(L, LLVMBuildNot(L->B, is_tag(L, x, TAG_PTR), ""), u->deopt_exit);
            LLVMValueRef obj = LLVMBuildIntToPtr(L->B, LLVMBuildAnd(L->B, x, c64(L, PAYLOAD_MASK), ""), L->ptr, "");
            LLVMValueRef idx = c64(L, offsetof(Object, type));
            LLVMValueRef tp = LLVMBuildLoad2(L->B, L->i64, LLVMBuildInBoundsGEP2(L->B, L->i8, obj, &idx, 1, ""), "");
            c = LLVMBuildICmp(L->B, LLVMIntEQ, tp, c64(L, u->op1), "");
        }
        exit_if(L, LLVMBuildNot(L->B, c, ""), u->deopt_exit);
        break;
    case UOP_ADD_INT:
    case UOP_SUB_INT:
    case UOP_MUL_INT:
    case UOP_FLOORDIV_INT:
    case UOP_MOD_INT: {
        if (check_slots(L, u, true, true, true)) return -1;
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        x = sext48(L, slot_get(L, u->a));
        y = sext48(L, slot_get(L, u->b));
        if (u->op == UOP_ADD_INT) {
            r = LLVMBuildAdd(L->B, x, y, "");           /* 48 + 48 bits: no i64 overflow */
            exit_if(L, out_of_range(L, r), u->deopt_exit);
        } else if (u->op == UOP_SUB_INT) {
            r = LLVMBuildSub(L->B, x, y, "");
            exit_if(L, out_of_range(L, r), u->deopt_exit);
        } else if (u->op == UOP_MUL_INT) {
            static const char nm[] = "llvm.smul.with.overflow";
            unsigned id = LLVMLookupIntrinsicID(nm, sizeof nm - 1);
            LLVMTypeRef ty = L->i64;
            LLVMValueRef fnv = LLVMGetIntrinsicDeclaration(L->M, id, &ty, 1);
            LLVMTypeRef fty = LLVMIntrinsicGetType(L->C, id, &ty, 1);
            LLVMValueRef args[2] = {x, y};
            LLVMValueRef res = LLVMBuildCall2(L->B, fty, fnv, args, 2, "");
            r = LLVMBuildExtractValue(L->B, res, 0, "");
            LLVMValueRef ov = LLVMBuildExtractValue(L->B, res, 1, "");
            exit_if(L, LLVMBuildOr(L->B, ov, out_of_range(L, r), ""), u->deopt_exit);
        } else {
            exit_if(L, LLVMBuildICmp(L->B, LLVMIntEQ, y, c64(L, 0), ""), u->deopt_exit);
            LLVMValueRef rem = LLVMBuildSRem(L->B, x, y, "");
            /* a non-zero remainder whose sign differs from the divisor's */
            LLVMValueRef adj = LLVMBuildAnd(L->B,
                LLVMBuildICmp(L->B, LLVMIntNE, rem, c64(L, 0), ""),
                LLVMBuildICmp(L->B, LLVMIntSLT, LLVMBuildXor(L->B, rem, y, ""), c64(L, 0), ""), "");
            if (u->op == UOP_FLOORDIV_INT) {
                LLVMValueRef q = LLVMBuildSDiv(L->B, x, y, "");
                r = LLVMBuildSub(L->B, q, LLVMBuildZExt(L->B, adj, L->i64, ""), "");
                exit_if(L, out_of_range(L, r), u->deopt_exit);   /* -2^47 // -1 */
            } else {
                r = LLVMBuildSelect(L->B, adj, LLVMBuildAdd(L->B, rem, y, ""), rem, "");
            }
        }
        slot_set(L, u->dst, box_int(L, r));
        break;
    }
    case UOP_ADD_FLOAT:
    case UOP_SUB_FLOAT:
    case UOP_MUL_FLOAT:
    case UOP_DIV_FLOAT:
        if (check_slots(L, u, true, true, true)) return -1;
        x = to_double(L, slot_get(L, u->a), u->flags & UOPI_A_FLOAT, u->flags & UOPI_A_INT);
        y = to_double(L, slot_get(L, u->b), u->flags & UOPI_B_FLOAT, u->flags & UOPI_B_INT);
        if (u->op == UOP_ADD_FLOAT) r = LLVMBuildFAdd(L->B, x, y, "");
        else if (u->op == UOP_SUB_FLOAT) r = LLVMBuildFSub(L->B, x, y, "");
        else if (u->op == UOP_MUL_FLOAT) r = LLVMBuildFMul(L->B, x, y, "");
        else {
            if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
            exit_if(L, LLVMBuildFCmp(L->B, LLVMRealOEQ, y, LLVMConstReal(L->f64, 0.0), ""), u->deopt_exit);
            r = LLVMBuildFDiv(L->B, x, y, "");
        }
        slot_set(L, u->dst, box_double(L, r));
        break;
    case UOP_POW_FLOAT: {
        if (check_slots(L, u, true, true, true)) return -1;
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        x = to_double(L, slot_get(L, u->a), u->flags & UOPI_A_FLOAT, u->flags & UOPI_A_INT);
        y = to_double(L, slot_get(L, u->b), u->flags & UOPI_B_FLOAT, u->flags & UOPI_B_INT);
        LLVMValueRef inf = LLVMConstReal(L->f64, INFINITY);
        /* deopt unless 0 < x < inf and y finite (|y| < inf; false for NaN) */
        c = LLVMBuildAnd(L->B, LLVMBuildFCmp(L->B, LLVMRealOGT, x, LLVMConstReal(L->f64, 0.0), ""),
                         LLVMBuildFCmp(L->B, LLVMRealOLT, x, inf, ""), "");
        LLVMValueRef ay = LLVMBuildSelect(L->B, LLVMBuildFCmp(L->B, LLVMRealOLT, y, LLVMConstReal(L->f64, 0.0), ""),
                                          LLVMBuildFNeg(L->B, y, ""), y, "");
        c = LLVMBuildAnd(L->B, c, LLVMBuildFCmp(L->B, LLVMRealOLT, ay, inf, ""), "");
        exit_if(L, LLVMBuildNot(L->B, c, ""), u->deopt_exit);
        LLVMTypeRef dd[2] = {L->f64, L->f64};
        LLVMTypeRef pow_ty = LLVMFunctionType(L->f64, dd, 2, 0);
        LLVMValueRef args[2] = {x, y};
        r = LLVMBuildCall2(L->B, pow_ty, const_ptr(L, (void *)pow), args, 2, "");
        c = LLVMBuildOr(L->B, LLVMBuildFCmp(L->B, LLVMRealOEQ, y, LLVMConstReal(L->f64, 0.0), ""),
                        LLVMBuildFCmp(L->B, LLVMRealOEQ, x, LLVMConstReal(L->f64, 1.0), ""), "");
        r = LLVMBuildSelect(L->B, c, LLVMConstReal(L->f64, 1.0), r, "");
        exit_if(L, LLVMBuildFCmp(L->B, LLVMRealOEQ, r, inf, ""), u->deopt_exit);
        slot_set(L, u->dst, box_double(L, r));
        break;
    }
    case UOP_COMPARE_INT: {
        static const LLVMIntPredicate ip[6] = {LLVMIntSLT, LLVMIntSLE, LLVMIntEQ, LLVMIntNE, LLVMIntSGT, LLVMIntSGE};
        if (check_slots(L, u, true, true, true)) return -1;
        if (u->oparg < 0 || u->oparg > 5) return lerr(L, "bad compare %lld at %lld", u->oparg, u->bc_offset);
        x = sext48(L, slot_get(L, u->a));
        y = sext48(L, slot_get(L, u->b));
        slot_set(L, u->dst, box_bool(L, LLVMBuildICmp(L->B, ip[u->oparg], x, y, "")));
        break;
    }
    case UOP_COMPARE_FLOAT: {
        static const LLVMRealPredicate fp[6] = {LLVMRealOLT, LLVMRealOLE, LLVMRealOEQ, LLVMRealUNE, LLVMRealOGT, LLVMRealOGE};
        if (check_slots(L, u, true, true, true)) return -1;
        if (u->oparg < 0 || u->oparg > 5) return lerr(L, "bad compare %lld at %lld", u->oparg, u->bc_offset);
        x = to_double(L, slot_get(L, u->a), u->flags & UOPI_A_FLOAT, u->flags & UOPI_A_INT);
        y = to_double(L, slot_get(L, u->b), u->flags & UOPI_B_FLOAT, u->flags & UOPI_B_INT);
        slot_set(L, u->dst, box_bool(L, LLVMBuildFCmp(L->B, fp[u->oparg], x, y, "")));
        break;
    }
    case UOP_IS:
        if (check_slots(L, u, true, true, true)) return -1;
        c = LLVMBuildICmp(L->B, u->oparg ? LLVMIntNE : LLVMIntEQ, slot_get(L, u->a), slot_get(L, u->b), "");
        slot_set(L, u->dst, box_bool(L, c));
        break;
    case UOP_JUMP:
        if (u->target < 0 || u->target >= fn->nblocks) return lerr(L, "bad jump target %lld at %lld", u->target, u->bc_offset);
        LLVMBuildBr(L->B, L->bbs[u->target]);
        *terminated = true;
        break;
    case UOP_BRANCH_TRUE:
    case UOP_BRANCH_FALSE:
    case UOP_BRANCH_NONE:
    case UOP_BRANCH_NOT_NONE: {
        if (check_slots(L, u, false, true, false)) return -1;
        if (u->target < 0 || u->target >= fn->nblocks) return lerr(L, "bad branch target %lld at %lld", u->target, u->bc_offset);
        x = slot_get(L, u->a);
        uint64_t k = u->op == UOP_BRANCH_TRUE ? V_TRUE : u->op == UOP_BRANCH_FALSE ? V_FALSE : V_NONE;
        c = LLVMBuildICmp(L->B, u->op == UOP_BRANCH_NOT_NONE ? LLVMIntNE : LLVMIntEQ, x, c64(L, k), "");
        LLVMBasicBlockRef cont = new_bb(L, "");
        LLVMBuildCondBr(L->B, c, L->bbs[u->target], cont);
        LLVMPositionBuilderAtEnd(L->B, cont);
        break;
    }
    case UOP_LOOP_CHECK: {
        if (!fn->rt || !fn->rt->sigint_pending) break;    /* nothing to poll */
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        LLVMValueRef ld = LLVMBuildLoad2(L->B, L->i32, const_ptr(L, (const void *)fn->rt->sigint_pending), "");
        LLVMSetVolatile(ld, 1);
        exit_if(L, LLVMBuildICmp(L->B, LLVMIntNE, ld, c32(L, 0), ""), u->deopt_exit);
        break;
    }
    case UOP_RETURN:
        if (check_slots(L, u, false, true, false)) return -1;
        store(L, slot_get(L, u->a), L->ret);
        store(L, c32(L, fn->nlocalsplus), frame_at(L, fn->layout.off_stacktop));
        LLVMBuildRet(L->B, c64(L, 0));
        *terminated = true;
        break;
    case UOP_DEOPT:
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        LLVMBuildBr(L->B, exit_bb(L, u->deopt_exit));
        *terminated = true;
        break;
    case UOP_YIELD:
        /* the value out, then the exit suspends the frame after the yield */
        if (check_slots(L, u, false, true, false)) return -1;
        if (check_exit(L, u, u->error_exit, JIT_EXIT_YIELD)) return -1;
        store(L, slot_get(L, u->a), L->ret);
        LLVMBuildBr(L->B, exit_bb(L, u->error_exit));
        *terminated = true;
        break;
    default:
        return lerr(L, "uop %lld at %lld not lowered", u->op, u->bc_offset);
    }
    return 0;
}

/* The references a borrowed slot lacks (JitExit.incref_mask). */
static void exit_increfs(Lower *L, const JitExit *e) {
    for (int32_t i = 0; i < e->depth && i < 64; i++)
        if ((e->incref_mask >> i) & 1) emit_refcnt(L, slot_get(L, i), false, false);
}

static void lower_exit(Lower *L, int k) {
    const JitFunction *fn = L->fn;
    const JitExit *e = &fn->exits[k];
    LLVMPositionBuilderAtEnd(L->B, L->exit_bbs[k]);
    exit_increfs(L, e);
    for (int32_t i = 0; i < e->depth; i++)
        store(L, slot_get(L, i), local_addr(L, (int64_t)fn->nlocalsplus + i));
    store(L, c32(L, (int64_t)fn->nlocalsplus + e->depth), frame_at(L, fn->layout.off_stacktop));
    if (e->kind == JIT_EXIT_DEOPT) {
        store(L, code_ptr(L, e->offset), frame_at(L, fn->layout.off_next_instr));
    } else {
        store(L, code_ptr(L, e->offset), frame_at(L, fn->layout.off_prev_instr));
        store(L, code_ptr(L, (int64_t)e->offset + 1), frame_at(L, fn->layout.off_next_instr));
    }
    LLVMBuildRet(L->B, c64(L, (uint64_t)k + 1));
}

/* With many exits, each exit block only writes its slots back and jumps
 * to one shared tail with its index; the tail reads stacktop, next_instr
 * and prev_instr (0: not written, DEOPT) from a constant table and
 * returns index + 1. An exit is then its slot stores, a mov and a jmp
 * instead of ~4 stores of 64-bit constants and a return: less IR and
 * machine code for the passes, instruction selection and register
 * allocation (exits are 1/3 to 1/2 of the uops' exits-to-uops ratio of
 * typical methods). */
#define EXIT_TAIL_MIN 4

static void lower_exits_shared(Lower *L) {
    const JitFunction *fn = L->fn;
    int32_t n = fn->nexits;
    LLVMValueRef *vals = calloc((size_t)n * 3, sizeof *vals);
    if (!vals) {   /* out of memory: the per-exit form */
        for (int32_t k = 0; k < n; k++)
            if (L->exit_bbs[k]) lower_exit(L, k);
        return;
    }
    for (int32_t k = 0; k < n; k++) {
        const JitExit *e = &fn->exits[k];
        bool err = e->kind != JIT_EXIT_DEOPT;
        uintptr_t at = (uintptr_t)(fn->code_base + e->offset);
        vals[3 * k] = c64(L, (uint64_t)((int64_t)fn->nlocalsplus + e->depth));
        vals[3 * k + 1] = c64(L, err ? (uint64_t)(at + sizeof *fn->code_base) : (uint64_t)at);
        vals[3 * k + 2] = c64(L, err ? (uint64_t)at : 0);
    }
    LLVMTypeRef aty = LLVMArrayType2(L->i64, (uint64_t)n * 3);
    LLVMValueRef table = LLVMAddGlobal(L->M, aty, "exit_table");
    LLVMSetInitializer(table, LLVMConstArray2(L->i64, vals, (uint64_t)n * 3));
    LLVMSetGlobalConstant(table, 1);
    LLVMSetLinkage(table, LLVMPrivateLinkage);
    LLVMSetUnnamedAddress(table, LLVMGlobalUnnamedAddr);
    free(vals);

    LLVMBasicBlockRef tail = new_bb(L, "exit_tail");
    LLVMPositionBuilderAtEnd(L->B, tail);
    LLVMValueRef kk = LLVMBuildPhi(L->B, L->i32, "exit");
    LLVMValueRef k64 = LLVMBuildZExt(L->B, kk, L->i64, "");
    LLVMValueRef base = LLVMBuildMul(L->B, k64, c64(L, 3), "");
    LLVMValueRef idx = base;
    LLVMValueRef st = load64(L, LLVMBuildInBoundsGEP2(L->B, L->i64, table, &idx, 1, ""));
    store(L, LLVMBuildTrunc(L->B, st, L->i32, ""), frame_at(L, fn->layout.off_stacktop));
    idx = LLVMBuildAdd(L->B, base, c64(L, 1), "");
    LLVMValueRef next = load64(L, LLVMBuildInBoundsGEP2(L->B, L->i64, table, &idx, 1, ""));
    store(L, LLVMBuildIntToPtr(L->B, next, L->ptr, ""), frame_at(L, fn->layout.off_next_instr));
    idx = LLVMBuildAdd(L->B, base, c64(L, 2), "");
    LLVMValueRef prev = load64(L, LLVMBuildInBoundsGEP2(L->B, L->i64, table, &idx, 1, ""));
    LLVMBasicBlockRef wprev = new_bb(L, ""), done = new_bb(L, "");
    LLVMBuildCondBr(L->B, LLVMBuildICmp(L->B, LLVMIntNE, prev, c64(L, 0), ""), wprev, done);
    LLVMPositionBuilderAtEnd(L->B, wprev);
    store(L, LLVMBuildIntToPtr(L->B, prev, L->ptr, ""), frame_at(L, fn->layout.off_prev_instr));
    LLVMBuildBr(L->B, done);
    LLVMPositionBuilderAtEnd(L->B, done);
    LLVMBuildRet(L->B, LLVMBuildAdd(L->B, k64, c64(L, 1), ""));

    for (int32_t k = 0; k < n; k++) {
        if (!L->exit_bbs[k]) continue;
        const JitExit *e = &fn->exits[k];
        LLVMPositionBuilderAtEnd(L->B, L->exit_bbs[k]);
        exit_increfs(L, e);
        for (int32_t i = 0; i < e->depth; i++)
            store(L, slot_get(L, i), local_addr(L, (int64_t)fn->nlocalsplus + i));
        LLVMBuildBr(L->B, tail);
        LLVMValueRef kv = c32(L, k);
        LLVMBasicBlockRef from = LLVMGetInsertBlock(L->B);
        LLVMAddIncoming(kk, &kv, &from, 1);
    }
}

static int lower_function(Lower *L, const char *name) {
    const JitFunction *fn = L->fn;
    if (fn->nblocks <= 0) return lerr(L, "no blocks", 0, 0);
    if (fn->stacksize < 0 || fn->nlocalsplus < 0) return lerr(L, "bad sizes %lld %lld", fn->stacksize, fn->nlocalsplus);
    for (int32_t k = 0; k < fn->nexits; k++) {
        const JitExit *e = &fn->exits[k];
        if (e->depth < 0 || e->depth > fn->stacksize ||
            (e->kind != JIT_EXIT_DEOPT && e->kind != JIT_EXIT_ERROR && e->kind != JIT_EXIT_YIELD))
            return lerr(L, "bad exit %lld (depth %lld)", k, e->depth);
    }
    for (int32_t i = 0; i < fn->nblocks; i++) {
        const JitBlock *b = &fn->blocks[i];
        if (b->depth < 0 || b->depth > fn->stacksize || b->first < 0 || b->count < 0 ||
            (int64_t)b->first + b->count > fn->nuops)
            return lerr(L, "bad block %lld (depth %lld)", i, b->depth);
    }

    LLVMTypeRef params[2] = {L->ptr, L->ptr};
    LLVMTypeRef fty = LLVMFunctionType(L->i64, params, 2, 0);
    L->F = LLVMAddFunction(L->M, name, fty);
    L->frame = LLVMGetParam(L->F, 0);
    L->ret = LLVMGetParam(L->F, 1);
    unsigned nounwind = LLVMGetEnumAttributeKindForName("nounwind", 8);
    LLVMAddAttributeAtIndex(L->F, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(L->C, nounwind, 0));
    LLVMAddAttributeAtIndex(L->F, LLVMAttributeFunctionIndex,
                            LLVMCreateStringAttribute(L->C, "target-cpu", 10, g_cpu, (unsigned)strlen(g_cpu)));
    LLVMAddAttributeAtIndex(L->F, LLVMAttributeFunctionIndex,
                            LLVMCreateStringAttribute(L->C, "target-features", 15, g_features, (unsigned)strlen(g_features)));
    LLVMAddAttributeAtIndex(L->F, LLVMAttributeFunctionIndex,
                            LLVMCreateStringAttribute(L->C, "frame-pointer", 13, "all", 3));

    LLVMBasicBlockRef entry = new_bb(L, "entry");
    LLVMPositionBuilderAtEnd(L->B, entry);
    for (int32_t s = 0; s < fn->stacksize; s++) {
        char nm[24];
        snprintf(nm, sizeof nm, "s%d", s);
        L->slots[s] = LLVMBuildAlloca(L->B, L->i64, nm);
    }
    /* dispatch on frame->next_instr */
    LLVMValueRef ni = LLVMBuildLoad2(L->B, L->ptr, frame_at(L, fn->layout.off_next_instr), "next_instr");
    LLVMValueRef off = LLVMBuildSub(L->B, LLVMBuildPtrToInt(L->B, ni, L->i64, ""),
                                    c64(L, (uint64_t)(uintptr_t)fn->code_base), "");
    off = LLVMBuildAShr(L->B, off, c64(L, 1), "offset");
    LLVMBasicBlockRef none = new_bb(L, "no_entry");
    int nentries = 0;
    for (int32_t i = 0; i < fn->nblocks; i++) nentries += fn->blocks[i].entry;
    /* Entered only at offset 0 (ir.h start_only): no dispatch, the entry
     * block branches to the one entry's prologue (below; the loads above
     * are dead). fib: 6 instructions less per call. */
    bool direct = fn->start_only && nentries == 1;
    LLVMValueRef sw = direct ? NULL : LLVMBuildSwitch(L->B, off, none, (unsigned)nentries);
    LLVMPositionBuilderAtEnd(L->B, none);
    LLVMBuildRet(L->B, c64(L, (uint64_t)-1));

    for (int32_t i = 0; i < fn->nblocks; i++) {
        char nm[24];
        snprintf(nm, sizeof nm, "b%d_%d", i, fn->blocks[i].bc_offset);
        L->bbs[i] = new_bb(L, nm);
    }
    for (int32_t i = 0; i < fn->nblocks; i++) {
        const JitBlock *b = &fn->blocks[i];
        if (!b->entry) continue;
        bool dup = false;
        for (int32_t j = 0; j < i; j++)
            if (fn->blocks[j].entry && fn->blocks[j].bc_offset == b->bc_offset) dup = true;
        if (dup) continue;
        char nm[24];
        snprintf(nm, sizeof nm, "osr%d", b->bc_offset);
        LLVMBasicBlockRef pro = new_bb(L, nm);
        if (sw) {
            LLVMAddCase(sw, c64(L, (uint64_t)(int64_t)b->bc_offset), pro);
        } else {
            LLVMPositionBuilderAtEnd(L->B, entry);
            LLVMBuildBr(L->B, pro);
        }
        LLVMPositionBuilderAtEnd(L->B, pro);
        for (int32_t s = 0; s < b->depth; s++)
            slot_set(L, s, load64(L, local_addr(L, (int64_t)fn->nlocalsplus + s)));
        LLVMBuildBr(L->B, L->bbs[i]);
    }

    for (int32_t i = 0; i < fn->nblocks; i++) {
        const JitBlock *b = &fn->blocks[i];
        LLVMPositionBuilderAtEnd(L->B, L->bbs[i]);
        emit_marker(L, b->bc_offset);
        bool dead = false;
        for (int32_t j = 0; j < b->count; j++) {
            bool term = false;
            if (lower_uop(L, &fn->uops[b->first + j], &term)) return -1;
            if (term) {
                dead = true;
                LLVMPositionBuilderAtEnd(L->B, new_bb(L, "dead"));
            }
        }
        if (i + 1 < fn->nblocks) {
            LLVMBuildBr(L->B, L->bbs[i + 1]);
        } else if (dead) {
            LLVMBuildUnreachable(L->B);
        } else {
            return lerr(L, "the last block (%lld) falls off the end", i, 0);
        }
    }
    int32_t used = 0;
    for (int32_t k = 0; k < fn->nexits; k++) used += L->exit_bbs[k] != NULL;
    if (used >= EXIT_TAIL_MIN && !g_exit_tail_off) {
        lower_exits_shared(L);
    } else {
        for (int32_t k = 0; k < fn->nexits; k++)
            if (L->exit_bbs[k]) lower_exit(L, k);
    }
    return 0;
}

/* ---- compile / release ----------------------------------------------------- */

static bool name_live(const char *name) {
    for (LlvmHandle *h = g_live; h; h = h->next)
        if (strcmp(h->name, name) == 0) return true;
    return false;
}

static int compile_inner(const JitFunction *fn, const JitCompileOptions *opt,
                         JitCompiled *out, char *err, size_t errlen) {
    if (!g_inited && be_init(err, errlen)) return -1;
    int level = opt ? opt->opt_level : 2;
    if (level < 0) level = 0;
    if (level > 3) level = 3;

    /* A unique symbol (a recompiled function may still be live). */
    const char *base = fn->name && fn->name[0] ? fn->name : "coil_jit";
    size_t nlen = strlen(base) + 32;
    char *name = malloc(nlen);
    if (!name) { set_err(err, errlen, "out of memory", NULL); return -1; }
    snprintf(name, nlen, "%s", base);
    pthread_mutex_lock(&g_lock);
    while (name_live(name)) snprintf(name, nlen, "%s.%llu", base, (unsigned long long)++g_uniq);
    pthread_mutex_unlock(&g_lock);

    uint64_t tp = cpu_ns(), tq;
#define PHASE(k) (tq = cpu_ns(), g_ph[k] += tq - tp, tp = tq)
    LLVMContextRef C = LLVMContextCreate();
    Lower L = {0};
    L.fn = fn;
    L.C = C;
    L.M = LLVMModuleCreateWithNameInContext(name, C);
    L.B = LLVMCreateBuilderInContext(C);
    L.i1 = LLVMInt1TypeInContext(C);
    L.i8 = LLVMInt8TypeInContext(C);
    L.i32 = LLVMInt32TypeInContext(C);
    L.i64 = LLVMInt64TypeInContext(C);
    L.f64 = LLVMDoubleTypeInContext(C);
    L.ptr = LLVMPointerTypeInContext(C, 0);
    LLVMTypeRef hp[5] = {L.ptr, L.ptr, L.i64, L.i64, L.i64};
    L.helper_ty = LLVMFunctionType(L.i32, hp, 5, 0);
    L.dealloc_ty = LLVMFunctionType(LLVMVoidTypeInContext(C), &L.ptr, 1, 0);
    LLVMTypeRef up[2] = {L.ptr, L.i64};
    L.unbound_ty = LLVMFunctionType(LLVMVoidTypeInContext(C), up, 2, 0);
    L.void_fn_ty = LLVMFunctionType(LLVMVoidTypeInContext(C), NULL, 0, 0);
    L.prof_kind = LLVMGetMDKindIDInContext(C, "prof", 4);
    L.asm_markers = opt && opt->asm_markers;
    L.err = err; L.errlen = errlen;
    L.slots = calloc((size_t)(fn->stacksize > 0 ? fn->stacksize : 1), sizeof *L.slots);
    L.bbs = calloc((size_t)(fn->nblocks > 0 ? fn->nblocks : 1), sizeof *L.bbs);
    L.exit_bbs = calloc((size_t)(fn->nexits > 0 ? fn->nexits : 1), sizeof *L.exit_bbs);
    LLVMSetTarget(L.M, LLVMOrcLLJITGetTripleString(g_jit));
    LLVMSetDataLayout(L.M, LLVMOrcLLJITGetDataLayoutStr(g_jit));

    int rc = -1;
    if (!L.slots || !L.bbs || !L.exit_bbs) {
        set_err(err, errlen, "out of memory", NULL);
        goto fail;
    }
    PHASE(PH_SETUP);
    if (lower_function(&L, name)) goto fail;
    PHASE(PH_LOWER);
    /* The lowering only emits well-formed IR from verified uops
     * (jit_fn_verify): the LLVM verifier (1-2% of a compile) runs on
     * request, COIL_JIT_VERIFY=1, as in the unit tests. */
    if (g_verify) {
        char *msg = NULL;
        if (LLVMVerifyModule(L.M, LLVMReturnStatusAction, &msg)) {
            set_err(err, errlen, "invalid module", msg);
            LLVMDisposeMessage(msg);
            goto fail;
        }
        if (msg) LLVMDisposeMessage(msg);
    }
    PHASE(PH_VERIFY);

    LLVMTargetMachineRef tm = target_machine(level);
    if (!tm) { set_err(err, errlen, "cannot create a target machine", NULL); goto fail; }
    const char *pipeline = g_passes_env ? g_passes_env : pass_pipeline[level];
    LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
    LLVMErrorRef e = LLVMRunPasses(L.M, pipeline, tm, po);
    LLVMDisposePassBuilderOptions(po);
    if (take_error(e, err, errlen, "passes")) goto fail;
    PHASE(PH_PASSES);
    if (opt && opt->dump_ir) {
        char *s = LLVMPrintModuleToString(L.M);
        fputs(s, opt->dump_ir);
        LLVMDisposeMessage(s);
    }

    LlvmHandle *h = calloc(1, sizeof *h);
    if (!h) { set_err(err, errlen, "out of memory", NULL); goto fail; }
    LLVMOrcJITDylibRef jd = LLVMOrcLLJITGetMainJITDylib(g_jit);
    h->rt = LLVMOrcJITDylibCreateResourceTracker(jd);
    h->name = name;
    size_t code_size = 0;
    {
        /* Our own codegen, then the object goes to LLJIT's linking layer:
         * one target machine per level, reused (handing LLJIT the IR
         * module was measured slower: 5.5 ms vs 1.4 ms at O0 for a small
         * function, 66 vs 53 ms at O1 for 373 uops), the codegen level
         * follows opt_level, and the object gives the code size. */
        LLVMMemoryBufferRef obj = NULL;
        char *emsg = NULL;
        if (LLVMTargetMachineEmitToMemoryBuffer(tm, L.M, LLVMObjectFile, &emsg, &obj)) {
            set_err(err, errlen, "codegen", emsg);
            if (emsg) LLVMDisposeMessage(emsg);
            LLVMOrcReleaseResourceTracker(h->rt);
            free(h);
            goto fail;
        }
        if (emsg) LLVMDisposeMessage(emsg);
        PHASE(PH_CODEGEN);
        code_size = object_symbol_size(obj, name);
        e = LLVMOrcLLJITAddObjectFileWithRT(g_jit, h->rt, obj);   /* takes obj */
    }
    if (take_error(e, err, errlen, "add module")) {
        LLVMErrorRef re = LLVMOrcResourceTrackerRemove(h->rt);
        if (re) LLVMConsumeError(re);
        LLVMOrcReleaseResourceTracker(h->rt);
        free(h);
        goto fail;
    }
    LLVMOrcExecutorAddress addr = 0;
    e = LLVMOrcLLJITLookup(g_jit, &addr, name);
    if (take_error(e, err, errlen, "lookup") || !addr) {
        if (!addr && err && !err[0]) set_err(err, errlen, "lookup returned 0", NULL);
        LLVMErrorRef re = LLVMOrcResourceTrackerRemove(h->rt);
        if (re) LLVMConsumeError(re);
        LLVMOrcReleaseResourceTracker(h->rt);
        free(h);
        goto fail;
    }
    PHASE(PH_LINK);
    g_ncompiles++;
    pthread_mutex_lock(&g_lock);
    h->next = g_live;
    if (g_live) g_live->prev = h;
    g_live = h;
    pthread_mutex_unlock(&g_lock);
    name = NULL;
    out->entry = (JitEntryFn)(uintptr_t)addr;
    out->code_start = (void *)(uintptr_t)addr;
    out->code_size = code_size;
    out->handle = h;
    rc = 0;
fail:
    if (L.M) LLVMDisposeModule(L.M);
    LLVMDisposeBuilder(L.B);
    LLVMContextDispose(C);
    free(L.slots); free(L.bbs); free(L.exit_bbs);
    if (rc) free(name);
    PHASE(PH_SETUP);
#undef PHASE
    return rc;
}

static int be_compile(const JitFunction *fn, const JitCompileOptions *opt,
                      JitCompiled *out, char *err, size_t errlen) {
    uint64_t t0 = now_ns();
    if (err && errlen) err[0] = 0;
    memset(out, 0, sizeof *out);
    int rc = compile_inner(fn, opt, out, err, errlen);
    g_time_ns += now_ns() - t0;
    return rc;
}

static void be_release(JitCompiled *c) {
    if (!c || !c->handle) return;
    LlvmHandle *h = c->handle;
    pthread_mutex_lock(&g_lock);
    LLVMErrorRef e = LLVMOrcResourceTrackerRemove(h->rt);
    if (e) LLVMConsumeError(e);
    LLVMOrcReleaseResourceTracker(h->rt);
    if (h->prev) h->prev->next = h->next; else g_live = h->next;
    if (h->next) h->next->prev = h->prev;
    pthread_mutex_unlock(&g_lock);
    free(h->name);
    free(h);
    c->handle = NULL;
    c->entry = NULL;
    c->code_start = NULL;
    c->code_size = 0;
}

static uint64_t be_time_ns(void) { return g_time_ns; }

static const JitBackend llvm_backend = {
    .abi = JIT_BACKEND_ABI,
    .name = "llvm",
    .init = be_init,
    .compile = be_compile,
    .release = be_release,
    .time_ns = be_time_ns,
};

EXPORT const JitBackend *coil_jit_backend(void) { return &llvm_backend; }

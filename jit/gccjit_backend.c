/* gccjit_backend.c: the libgccjit backend (backend.h), the alternative to
 * llvm_backend.c behind the same interface (-X jit=gccjit). Built as the
 * loadable module libcoil-gccjit.so; the one exported symbol is
 * coil_jit_backend(). It maps uops to code exactly as the LLVM backend does
 * (uops.h, ir.h are the spec); the structure of the generated function is
 * the same:
 *
 *   long name(void *frame, void *ret)
 *   entry:    a switch on (frame->next_instr - code) / 2 over the entry
 *             blocks' offsets; default: return -1
 *   osrN:     loads slots [0, depth) from frame->localsplus[nlocalsplus + i]
 *             and jumps to the entry block
 *   bN:       one gccjit block (plus continuation blocks) per JitBlock
 *   exitK:    writes slots [0, depth) back, stacktop, next/prev_instr;
 *             returns K + 1 (with EXIT_TAIL_MIN or more exits: the slots,
 *             then a shared exit_tail reads the rest from a table)
 *
 * Operand-stack slots are int64 locals (GCC's SSA form keeps them in
 * registers from -O1). gccjit rvalues are expression trees evaluated where
 * they are used, not SSA values: a value read before a store and used
 * after it is first copied into a temporary local (tmp()).
 *
 * Each compile is one gcc_jit_context: GCC compiles it to assembly, the
 * assembler and linker make a shared object that libgccjit dlopens; release()
 * unloads it. The generated code is compiled with -fwrapv (the NaN-box
 * arithmetic wraps) and -fno-strict-aliasing (frame words and object fields
 * are read with several widths).
 *
 * Environment (measurements): COIL_JIT_EXIT_TAIL=0 gives every exit its
 * complete form (no shared exit tail); COIL_GCCJIT_OPT overrides the GCC -O level
 * (0-3) for every compile; COIL_GCCJIT_ARGS adds GCC options (space
 * separated); COIL_JIT_TIMING=1 prints the backend's time at
 * exit; COIL_GCCJIT_KEEP=1 keeps libgccjit's temporary files (the .s).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libgccjit.h>

#include "backend.h"
#include "../vm/value.h"
#include "../vm/object.h"

#define EXPORT __attribute__((visibility("default")))

/* ---- process-wide state ---------------------------------------------------- */

static uint64_t g_time_ns;
static uint64_t g_ncompiles;
static bool g_inited;
static bool g_timing;
static bool g_keep;
static int g_opt_env = -1;
static bool g_x86_64;
static bool g_exit_tail_off;     /* COIL_JIT_EXIT_TAIL=0: every exit complete (measurements) */
static char g_args[512];          /* COIL_GCCJIT_ARGS: extra GCC options, space separated */
static uint64_t g_uniq;

typedef struct GccHandle {
    gcc_jit_result *result;
} GccHandle;

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void set_err(char *err, size_t errlen, const char *what, const char *msg) {
    if (err && errlen) snprintf(err, errlen, "gccjit: %s%s%s", what, msg ? ": " : "", msg ? msg : "");
}

static void print_timing(void) {
    fprintf(stderr, "gccjit backend: %llu compiles, %.2f ms\n", (unsigned long long)g_ncompiles,
            (double)g_time_ns / 1e6);
}

static int be_init(char *err, size_t errlen) {
    (void)err; (void)errlen;
    if (g_inited) return 0;
    const char *o = getenv("COIL_GCCJIT_OPT");
    if (o && *o >= '0' && *o <= '3' && !o[1]) g_opt_env = *o - '0';
    const char *tm = getenv("COIL_JIT_TIMING");
    if (tm && *tm && strcmp(tm, "0")) { g_timing = true; atexit(print_timing); }
    const char *k = getenv("COIL_GCCJIT_KEEP");
    g_keep = k && *k && strcmp(k, "0");
    const char *et = getenv("COIL_JIT_EXIT_TAIL");
    g_exit_tail_off = et && !strcmp(et, "0");
    const char *ga = getenv("COIL_GCCJIT_ARGS");
    if (ga) snprintf(g_args, sizeof g_args, "%s", ga);
#if defined(__x86_64__)
    g_x86_64 = true;
#endif
    g_inited = true;
    return 0;
}

/* ---- lowering -------------------------------------------------------------- */

typedef struct Lower {
    const JitFunction *fn;
    gcc_jit_context *ctx;
    gcc_jit_function *F;
    gcc_jit_rvalue *frame;        /* unsigned char * */
    gcc_jit_rvalue *ret;          /* int64 * */
    gcc_jit_block *cur;           /* the block being filled */
    gcc_jit_type *t_i64, *t_u64, *t_i32, *t_u32, *t_u8, *t_int, *t_dbl, *t_bool, *t_long, *t_void;
    gcc_jit_type *t_u8p, *t_vp, *t_helper, *t_dealloc, *t_unbound;
    gcc_jit_function *expect;     /* __builtin_expect, NULL if unavailable */
    gcc_jit_lvalue **slots;       /* stacksize int64 locals */
    gcc_jit_block **bbs;          /* per JitBlock */
    gcc_jit_block **exit_bbs;     /* per JitExit, created on first use */
    int ntmp, nbb;
    bool asm_markers;
    char *err; size_t errlen;
} Lower;

static int lerr(Lower *L, const char *fmt, int64_t a, int64_t b) {
    char m[160];
    snprintf(m, sizeof m, fmt, (long long)a, (long long)b);
    set_err(L->err, L->errlen, "lowering", m);
    return -1;
}

static gcc_jit_rvalue *k64(Lower *L, uint64_t v) {
    return gcc_jit_context_new_rvalue_from_long(L->ctx, L->t_i64, (long)v);
}
static gcc_jit_rvalue *k32(Lower *L, int64_t v) {
    return gcc_jit_context_new_rvalue_from_long(L->ctx, L->t_i32, (long)(int32_t)v);
}
static gcc_jit_rvalue *cast(Lower *L, gcc_jit_rvalue *v, gcc_jit_type *t) {
    return gcc_jit_context_new_cast(L->ctx, NULL, v, t);
}
static gcc_jit_rvalue *bin(Lower *L, enum gcc_jit_binary_op op, gcc_jit_rvalue *a, gcc_jit_rvalue *b) {
    return gcc_jit_context_new_binary_op(L->ctx, NULL, op, gcc_jit_rvalue_get_type(a), a, b);
}
static gcc_jit_rvalue *cmp(Lower *L, enum gcc_jit_comparison op, gcc_jit_rvalue *a, gcc_jit_rvalue *b) {
    return gcc_jit_context_new_comparison(L->ctx, NULL, op, a, b);
}
static gcc_jit_rvalue *u64(Lower *L, gcc_jit_rvalue *v) { return cast(L, v, L->t_u64); }
static gcc_jit_rvalue *not_(Lower *L, gcc_jit_rvalue *c) {
    return gcc_jit_context_new_unary_op(L->ctx, NULL, GCC_JIT_UNARY_OP_LOGICAL_NEGATE, L->t_bool, c);
}

static gcc_jit_block *new_bb(Lower *L, const char *name) {
    char nm[48];
    snprintf(nm, sizeof nm, "%s_%d", name && *name ? name : "c", L->nbb++);
    return gcc_jit_function_new_block(L->F, nm);
}

/* A fresh local holding v now (see the header: rvalues are trees). */
static gcc_jit_rvalue *tmp(Lower *L, gcc_jit_type *t, gcc_jit_rvalue *v) {
    char nm[24];
    snprintf(nm, sizeof nm, "t%d", L->ntmp++);
    gcc_jit_lvalue *lv = gcc_jit_function_new_local(L->F, NULL, t, nm);
    gcc_jit_block_add_assignment(L->cur, NULL, lv, v);
    return gcc_jit_lvalue_as_rvalue(lv);
}

/* The lvalue of type t at byte address base + off (base: unsigned char *). */
static gcc_jit_lvalue *mem_at(Lower *L, gcc_jit_rvalue *base, gcc_jit_rvalue *off, gcc_jit_type *t) {
    gcc_jit_lvalue *e = gcc_jit_context_new_array_access(L->ctx, NULL, base, off);
    gcc_jit_rvalue *p = cast(L, gcc_jit_lvalue_get_address(e, NULL), gcc_jit_type_get_pointer(t));
    return gcc_jit_rvalue_dereference(p, NULL);
}
/* an int64 address (a raw pointer) as unsigned char * */
static gcc_jit_rvalue *as_ptr(Lower *L, gcc_jit_rvalue *i) {
    return gcc_jit_context_new_bitcast(L->ctx, NULL, i, L->t_u8p);
}
static gcc_jit_rvalue *const_u8p(Lower *L, const void *p) {
    return gcc_jit_context_new_rvalue_from_ptr(L->ctx, L->t_u8p, (void *)(uintptr_t)p);
}
/* ptr(v) = v & payload mask, as unsigned char *, in a temporary */
static gcc_jit_rvalue *obj_ptr(Lower *L, gcc_jit_rvalue *v) {
    return tmp(L, L->t_u8p, as_ptr(L, bin(L, GCC_JIT_BINARY_OP_BITWISE_AND, v, k64(L, PAYLOAD_MASK))));
}
static gcc_jit_lvalue *frame_at(Lower *L, uint64_t off, gcc_jit_type *t) {
    return mem_at(L, L->frame, k64(L, off), t);
}
static gcc_jit_lvalue *local_at(Lower *L, int64_t i) {
    return frame_at(L, L->fn->layout.off_localsplus + 8u * (uint64_t)i, L->t_i64);
}
static gcc_jit_rvalue *rv(gcc_jit_lvalue *lv) { return gcc_jit_lvalue_as_rvalue(lv); }
static void assign(Lower *L, gcc_jit_lvalue *lv, gcc_jit_rvalue *v) {
    gcc_jit_block_add_assignment(L->cur, NULL, lv, v);
}
/* the code-unit address code_base + offset, as an int64 */
static gcc_jit_rvalue *code_addr(Lower *L, int64_t offset) {
    return k64(L, (uint64_t)(uintptr_t)(L->fn->code_base + offset));
}

static gcc_jit_rvalue *slot_get(Lower *L, int s) { return rv(L->slots[s]); }
static void slot_set(Lower *L, int s, gcc_jit_rvalue *v) { assign(L, L->slots[s], v); }

/* cond hinted unlikely (cold) or likely */
static gcc_jit_rvalue *hint(Lower *L, gcc_jit_rvalue *c, bool likely) {
    if (!L->expect) return c;
    gcc_jit_rvalue *args[2] = {cast(L, c, L->t_long),
                               gcc_jit_context_new_rvalue_from_long(L->ctx, L->t_long, likely ? 1 : 0)};
    gcc_jit_rvalue *r = gcc_jit_context_new_call(L->ctx, NULL, L->expect, 2, args);
    return cmp(L, GCC_JIT_COMPARISON_NE, r, gcc_jit_context_zero(L->ctx, L->t_long));
}

static void cond_br(Lower *L, gcc_jit_rvalue *c, gcc_jit_block *t, gcc_jit_block *f) {
    gcc_jit_block_end_with_conditional(L->cur, NULL, c, t, f);
}
/* if (cond) goto cold else goto hot */
static void cold_br(Lower *L, gcc_jit_rvalue *c, gcc_jit_block *cold, gcc_jit_block *hot) {
    cond_br(L, hint(L, c, false), cold, hot);
}

static gcc_jit_block *exit_bb(Lower *L, int k) {
    if (!L->exit_bbs[k]) {
        char name[32];
        snprintf(name, sizeof name, "exit%d", k);
        L->exit_bbs[k] = gcc_jit_function_new_block(L->F, name);
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
static void exit_if(Lower *L, gcc_jit_rvalue *c, int k) {
    gcc_jit_block *cont = new_bb(L, "");
    cold_br(L, c, exit_bb(L, k), cont);
    L->cur = cont;
}

/* dst = c ? a : b (a local; GCC makes a cmov or a branch) */
static gcc_jit_rvalue *select_(Lower *L, gcc_jit_type *t, gcc_jit_rvalue *c, gcc_jit_rvalue *a, gcc_jit_rvalue *b) {
    char nm[24];
    snprintf(nm, sizeof nm, "t%d", L->ntmp++);
    gcc_jit_lvalue *lv = gcc_jit_function_new_local(L->F, NULL, t, nm);
    gcc_jit_rvalue *cc = tmp(L, L->t_bool, c);
    assign(L, lv, b);
    gcc_jit_block *yes = new_bb(L, "sel"), *join = new_bb(L, "join");
    cond_br(L, cc, yes, join);
    L->cur = yes;
    assign(L, lv, a);
    gcc_jit_block_end_with_jump(yes, NULL, join);
    L->cur = join;
    return rv(lv);
}

static gcc_jit_rvalue *sext48(Lower *L, gcc_jit_rvalue *v) {
    return bin(L, GCC_JIT_BINARY_OP_RSHIFT, bin(L, GCC_JIT_BINARY_OP_LSHIFT, v, k64(L, 16)), k64(L, 16));
}
static gcc_jit_rvalue *box_int(Lower *L, gcc_jit_rvalue *i) {
    return bin(L, GCC_JIT_BINARY_OP_BITWISE_OR, bin(L, GCC_JIT_BINARY_OP_BITWISE_AND, i, k64(L, PAYLOAD_MASK)),
               k64(L, TAG_INT));
}
static gcc_jit_rvalue *box_bool(Lower *L, gcc_jit_rvalue *c) {
    /* V_TRUE = V_FALSE | 1 */
    return bin(L, GCC_JIT_BINARY_OP_BITWISE_OR, k64(L, V_FALSE), cast(L, c, L->t_i64));
}
static gcc_jit_rvalue *is_tag(Lower *L, gcc_jit_rvalue *v, uint64_t tag) {
    return cmp(L, GCC_JIT_COMPARISON_EQ, bin(L, GCC_JIT_BINARY_OP_BITWISE_AND, v, k64(L, TAG_MASK)), k64(L, tag));
}
static gcc_jit_rvalue *is_float(Lower *L, gcc_jit_rvalue *v) {
    return cmp(L, GCC_JIT_COMPARISON_LT, u64(L, v), cast(L, k64(L, TAG_PTR), L->t_u64));
}
static gcc_jit_rvalue *to_double(Lower *L, gcc_jit_rvalue *v, bool known_float, bool known_int) {
    v = tmp(L, L->t_i64, v);
    gcc_jit_rvalue *asf = gcc_jit_context_new_bitcast(L->ctx, NULL, v, L->t_dbl);
    if (known_float) return tmp(L, L->t_dbl, asf);
    gcc_jit_rvalue *asi = cast(L, sext48(L, v), L->t_dbl);
    if (known_int) return tmp(L, L->t_dbl, asi);
    return select_(L, L->t_dbl, is_float(L, v), asf, asi);
}
static gcc_jit_rvalue *box_double(Lower *L, gcc_jit_rvalue *d) {
    d = tmp(L, L->t_dbl, d);
    gcc_jit_rvalue *nan = cmp(L, GCC_JIT_COMPARISON_NE, d, d);
    return select_(L, L->t_i64, nan, k64(L, CANON_NAN), gcc_jit_context_new_bitcast(L->ctx, NULL, d, L->t_i64));
}
/* the result of an int op must fit 48 bits */
static gcc_jit_rvalue *out_of_range(Lower *L, gcc_jit_rvalue *r) {
    return cmp(L, GCC_JIT_COMPARISON_NE, sext48(L, r), r);
}

static void emit_refcnt(Lower *L, gcc_jit_rvalue *v, bool known_ptr, bool dec) {
    gcc_jit_block *done = NULL;
    v = tmp(L, L->t_i64, v);
    if (!known_ptr) {
        gcc_jit_block *yes = new_bb(L, "isptr");
        done = new_bb(L, "rcdone");
        cond_br(L, is_tag(L, v, TAG_PTR), yes, done);
        L->cur = yes;
    }
    gcc_jit_rvalue *obj = obj_ptr(L, v);
    gcc_jit_lvalue *rc = mem_at(L, obj, k64(L, 0), L->t_i64);
    if (!dec) {
        gcc_jit_block_add_assignment_op(L->cur, NULL, rc, GCC_JIT_BINARY_OP_PLUS, k64(L, 1));
    } else {
        gcc_jit_rvalue *nrc = tmp(L, L->t_i64, bin(L, GCC_JIT_BINARY_OP_MINUS, rv(rc), k64(L, 1)));
        assign(L, rc, nrc);
        gcc_jit_block *dealloc = new_bb(L, "dealloc");
        if (!done) done = new_bb(L, "rcdone");
        cold_br(L, cmp(L, GCC_JIT_COMPARISON_EQ, nrc, k64(L, 0)), dealloc, done);
        L->cur = dealloc;
        gcc_jit_rvalue *fp = gcc_jit_context_new_rvalue_from_ptr(L->ctx, L->t_dealloc,
                                                                 (void *)(uintptr_t)L->fn->rt->dealloc);
        gcc_jit_rvalue *arg = cast(L, obj, L->t_vp);
        gcc_jit_block_add_eval(L->cur, NULL, gcc_jit_context_new_call_through_ptr(L->ctx, NULL, fp, 1, &arg));
    }
    if (done) {
        gcc_jit_block_end_with_jump(L->cur, NULL, done);
        L->cur = done;
    }
}

static void emit_marker(Lower *L, int32_t bc_offset) {
    if (!L->asm_markers || !g_x86_64) return;
    char text[96];
    snprintf(text, sizeof text, ".byte 0x0f,0x1f,0x84,0x00\n\t.long 0x%08x",
             (unsigned)(JIT_ASM_MARKER_BASE + (uint32_t)bc_offset));
    gcc_jit_extended_asm *a = gcc_jit_block_add_extended_asm(L->cur, NULL, text);
    gcc_jit_extended_asm_set_volatile_flag(a, 1);
}

/* The uop table, local: the module must not depend on symbols of the
 * executable that dlopens it. */
static const UopInfo uop_table[UOP__COUNT] = {
#define UOP_INFO(name, kind, flags) {#name, kind, flags},
    UOP_LIST(UOP_INFO)
#undef UOP_INFO
};

static bool slot_ok(const JitFunction *fn, int32_t s) { return s >= 0 && s < fn->stacksize; }

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

    for (int32_t i = 0; i < n_in; i++)
        assign(L, local_at(L, (int64_t)fn->nlocalsplus + a + i), slot_get(L, a + i));
    assign(L, frame_at(L, fn->layout.off_prev_instr, L->t_i64), code_addr(L, u->bc_offset));
    gcc_jit_rvalue *io = cast(L, gcc_jit_lvalue_get_address(local_at(L, (int64_t)fn->nlocalsplus + a), NULL), L->t_vp);
    gcc_jit_rvalue *args[5] = {cast(L, L->frame, L->t_vp), io, k64(L, (uint64_t)u->oparg),
                               cast(L, k64(L, u->op1), L->t_u64), cast(L, k64(L, u->op2), L->t_u64)};
    gcc_jit_rvalue *fp = gcc_jit_context_new_rvalue_from_ptr(L->ctx, L->t_helper, h);
    gcc_jit_rvalue *st = tmp(L, L->t_int, gcc_jit_context_new_call_through_ptr(L->ctx, NULL, fp, 5, args));
    gcc_jit_rvalue *zero = gcc_jit_context_zero(L->ctx, L->t_int);

    gcc_jit_block *ok = new_bb(L, "ok");
    gcc_jit_block *alt = branches ? new_bb(L, "alt") : NULL;
    gcc_jit_block *deopt = u->deopt_exit >= 0 ? exit_bb(L, u->deopt_exit) : NULL;
    gcc_jit_block *error = u->error_exit >= 0 ? exit_bb(L, u->error_exit) : NULL;
    /* as the LLVM backend: st == 0 on the fast path, then 2 (alt), then
     * 1 (deopt) or the error exit; unexpected statuses go to the error
     * exit if there is one, else the deopt exit, else on */
    if (!alt && !deopt && !error) {
        gcc_jit_block_end_with_jump(L->cur, NULL, ok);
    } else {
        gcc_jit_block *nz = new_bb(L, "nz");
        gcc_jit_rvalue *isok = cmp(L, GCC_JIT_COMPARISON_EQ, st, zero);
        cond_br(L, alt ? isok : hint(L, isok, true), ok, nz);
        L->cur = nz;
        gcc_jit_block *last = error ? error : deopt ? deopt : ok;
        gcc_jit_rvalue *two = gcc_jit_context_new_rvalue_from_int(L->ctx, L->t_int, 2);
        if (alt) {
            gcc_jit_block *next = (deopt || error) ? new_bb(L, "") : NULL;
            if (next) {
                cond_br(L, cmp(L, GCC_JIT_COMPARISON_EQ, st, two), alt, next);
                L->cur = next;
            } else {
                cond_br(L, cmp(L, GCC_JIT_COMPARISON_EQ, st, two), alt, ok);
            }
        }
        if (deopt || error) {
            if (deopt && error)
                cond_br(L, cmp(L, GCC_JIT_COMPARISON_EQ, st, gcc_jit_context_one(L->ctx, L->t_int)), deopt, error);
            else
                gcc_jit_block_end_with_jump(L->cur, NULL, last);
        }
    }
    if (alt) {
        L->cur = alt;
        for (int32_t i = 0; i < n_alt; i++)
            slot_set(L, a + i, rv(local_at(L, (int64_t)fn->nlocalsplus + a + i)));
        gcc_jit_block_end_with_jump(alt, NULL, L->bbs[u->target]);
    }
    L->cur = ok;
    for (int32_t i = 0; i < n_out; i++)
        slot_set(L, a + i, rv(local_at(L, (int64_t)fn->nlocalsplus + a + i)));
    return 0;
}

static gcc_jit_rvalue *type_of(Lower *L, gcc_jit_rvalue *obj) {
    return tmp(L, L->t_u8p, gcc_jit_context_new_bitcast(L->ctx, NULL,
               rv(mem_at(L, obj, k64(L, offsetof(Object, type)), L->t_i64)), L->t_u8p));
}

/* Lowers one uop at L->cur. Sets *terminated when the current block ended
 * (the rest of the JitBlock is unreachable). */
static int lower_uop(Lower *L, const JitUop *u, bool *terminated) {
    const JitFunction *fn = L->fn;
    if (u->op >= UOP__COUNT) return lerr(L, "bad uop %lld at %lld", u->op, u->bc_offset);
    const UopInfo *info = &uop_table[u->op];
    if (info->kind == UK_HELPER) return lower_helper(L, u, info);
    gcc_jit_rvalue *x, *y, *r, *c;
    switch ((UopKind)u->op) {
    case UOP_NOP:
        break;
    case UOP_LOAD_LOCAL:
        if (check_slots(L, u, true, false, false)) return -1;
        if (u->oparg < 0 || u->oparg >= fn->nlocalsplus) return lerr(L, "bad local %lld at %lld", u->oparg, u->bc_offset);
        slot_set(L, u->dst, rv(local_at(L, u->oparg)));
        break;
    case UOP_STORE_LOCAL: {
        if (check_slots(L, u, false, true, false)) return -1;
        if (u->oparg < 0 || u->oparg >= fn->nlocalsplus) return lerr(L, "bad local %lld at %lld", u->oparg, u->bc_offset);
        gcc_jit_rvalue *old = NULL;
        if (!(u->flags & UOPI_OLD_INLINE)) {
            if (!fn->rt || !fn->rt->dealloc) return lerr(L, "no dealloc in runtime (at %lld)", u->bc_offset, 0);
            old = tmp(L, L->t_i64, rv(local_at(L, u->oparg)));
        }
        assign(L, local_at(L, u->oparg), slot_get(L, u->a));
        if (old) emit_refcnt(L, old, false, true);
        break;
    }
    case UOP_CHECK_BOUND: {
        if (u->oparg < 0 || u->oparg >= fn->nlocalsplus) return lerr(L, "bad local %lld at %lld", u->oparg, u->bc_offset);
        if (check_exit(L, u, u->error_exit, JIT_EXIT_ERROR)) return -1;
        if (!fn->rt || !fn->rt->raise_unbound) return lerr(L, "no raise_unbound (at %lld)", u->bc_offset, 0);
        gcc_jit_block *bad = new_bb(L, "unbound"), *cont = new_bb(L, "");
        cold_br(L, cmp(L, GCC_JIT_COMPARISON_EQ, rv(local_at(L, u->oparg)), k64(L, V_NULL)), bad, cont);
        L->cur = bad;
        gcc_jit_rvalue *args[2] = {cast(L, L->frame, L->t_vp), k64(L, (uint64_t)u->oparg)};
        gcc_jit_rvalue *fp = gcc_jit_context_new_rvalue_from_ptr(L->ctx, L->t_unbound,
                                                                 (void *)(uintptr_t)fn->rt->raise_unbound);
        gcc_jit_block_add_eval(bad, NULL, gcc_jit_context_new_call_through_ptr(L->ctx, NULL, fp, 2, args));
        gcc_jit_block_end_with_jump(bad, NULL, exit_bb(L, u->error_exit));
        L->cur = cont;
        break;
    }
    case UOP_COPY:
        if (check_slots(L, u, true, true, false)) return -1;
        slot_set(L, u->dst, slot_get(L, u->a));
        break;
    case UOP_LOAD_CONST:
        if (check_slots(L, u, true, false, false)) return -1;
        slot_set(L, u->dst, k64(L, u->op1));
        break;
    case UOP_LOAD_MEM:
        if (check_slots(L, u, true, false, false)) return -1;
        if (!u->op1) return lerr(L, "LOAD_MEM without an address at %lld", u->bc_offset, 0);
        slot_set(L, u->dst, rv(mem_at(L, const_u8p(L, (const void *)(uintptr_t)u->op1), k64(L, 0), L->t_i64)));
        break;
    case UOP_LOAD_FIELD:
    case UOP_LOAD_ITEM: {
        if (check_slots(L, u, true, true, u->op == UOP_LOAD_ITEM)) return -1;
        gcc_jit_rvalue *base = obj_ptr(L, slot_get(L, u->a));
        gcc_jit_rvalue *off = k64(L, (uint64_t)u->oparg);
        if (u->op == UOP_LOAD_ITEM)
            off = bin(L, GCC_JIT_BINARY_OP_PLUS, off, bin(L, GCC_JIT_BINARY_OP_LSHIFT, slot_get(L, u->b), k64(L, 3)));
        slot_set(L, u->dst, rv(mem_at(L, base, off, L->t_i64)));
        break;
    }
    case UOP_STORE_FIELD: {
        if (check_slots(L, u, false, true, true)) return -1;
        gcc_jit_rvalue *base = obj_ptr(L, slot_get(L, u->a));
        assign(L, mem_at(L, base, k64(L, (uint64_t)u->oparg), L->t_i64), slot_get(L, u->b));
        break;
    }
    case UOP_GUARD_FIELD_U8: {
        if (check_slots(L, u, false, true, false)) return -1;
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        gcc_jit_rvalue *base = obj_ptr(L, slot_get(L, u->a));
        gcc_jit_rvalue *byte = rv(mem_at(L, base, k64(L, (uint64_t)u->oparg), L->t_u8));
        exit_if(L, cmp(L, GCC_JIT_COMPARISON_NE, byte,
                       gcc_jit_context_new_rvalue_from_int(L->ctx, L->t_u8, (int)(u->op1 & 0xFF))), u->deopt_exit);
        break;
    }
    case UOP_GUARD_TYPE_VERSION: {
        if (check_slots(L, u, false, true, false)) return -1;
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        x = tmp(L, L->t_i64, slot_get(L, u->a));
        exit_if(L, not_(L, is_tag(L, x, TAG_PTR)), u->deopt_exit);
        gcc_jit_rvalue *tp = type_of(L, obj_ptr(L, x));
        gcc_jit_rvalue *ver = rv(mem_at(L, tp, k64(L, offsetof(TypeObject, version)), L->t_u32));
        exit_if(L, cmp(L, GCC_JIT_COMPARISON_NE, ver,
                       gcc_jit_context_new_rvalue_from_long(L->ctx, L->t_u32, (long)(u->op1 & 0xFFFFFFFFu))),
                u->deopt_exit);
        break;
    }
    case UOP_LOAD_DICT_SLOT:
    case UOP_INLINE_ATTRS_PTR: {
        if (check_slots(L, u, true, true, false)) return -1;
        gcc_jit_rvalue *obj = obj_ptr(L, slot_get(L, u->a));
        gcc_jit_rvalue *tp = type_of(L, obj);
        gcc_jit_rvalue *off = tmp(L, L->t_i64, rv(mem_at(L, tp, k64(L, offsetof(TypeObject, dictoffset)), L->t_i64)));
        if (u->op == UOP_LOAD_DICT_SLOT) {
            slot_set(L, u->dst, rv(mem_at(L, obj, off, L->t_i64)));
        } else {
            off = bin(L, GCC_JIT_BINARY_OP_PLUS, off, k64(L, sizeof(Value)));
            gcc_jit_rvalue *p = gcc_jit_lvalue_get_address(gcc_jit_context_new_array_access(L->ctx, NULL, obj, off), NULL);
            slot_set(L, u->dst, gcc_jit_context_new_bitcast(L->ctx, NULL, p, L->t_i64));
        }
        break;
    }
    case UOP_GUARD_FIELD_EQ: {
        if (check_slots(L, u, false, true, false)) return -1;
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        gcc_jit_rvalue *base = obj_ptr(L, slot_get(L, u->a));
        gcc_jit_rvalue *w = rv(mem_at(L, base, k64(L, (uint64_t)u->oparg), L->t_i64));
        exit_if(L, cmp(L, GCC_JIT_COMPARISON_NE, w, k64(L, u->op1)), u->deopt_exit);
        break;
    }
    case UOP_GUARD_DEPTH: {
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        if (!fn->rt || !fn->rt->ts) return lerr(L, "GUARD_DEPTH without a thread state at %lld", u->bc_offset, 0);
        gcc_jit_rvalue *ts = const_u8p(L, fn->rt->ts);
        gcc_jit_rvalue *dp = rv(mem_at(L, ts, k64(L, fn->layout.ts_depth), L->t_i32));
        gcc_jit_rvalue *lim = rv(mem_at(L, ts, k64(L, fn->layout.ts_recursion_limit), L->t_i32));
        exit_if(L, cmp(L, GCC_JIT_COMPARISON_GT, dp, lim), u->deopt_exit);
        break;
    }
    case UOP_GUARD_LOCALS_NOT_PTR:
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        for (int i = 0; i < 64; i++) {
            if (!((u->op1 >> i) & 1)) continue;
            if (u->oparg + i < 0 || u->oparg + i >= fn->nlocalsplus) return lerr(L, "bad local %lld at %lld", u->oparg + i, u->bc_offset);
            exit_if(L, is_tag(L, rv(local_at(L, u->oparg + i)), TAG_PTR), u->deopt_exit);
        }
        break;
    case UOP_GUARD_NOT_NULL:
        if (check_slots(L, u, false, true, false)) return -1;
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        exit_if(L, cmp(L, GCC_JIT_COMPARISON_EQ, slot_get(L, u->a), k64(L, V_NULL)), u->deopt_exit);
        break;
    case UOP_BRANCH_NOT_TYPE_VERSION: case UOP_BRANCH_NOT_TYPE: case UOP_BRANCH_FIELD_NE:
    case UOP_BRANCH_FIELD_EQ: case UOP_BRANCH_NOT_PLAIN:
    case UOP_BRANCH_FIELD32_NE: case UOP_BRANCH_FIELD32_LE: case UOP_BRANCH_NULL: {
        /* a miss jumps to target (cold); the hit falls through */
        if (check_slots(L, u, false, true, false)) return -1;
        if (u->target < 0 || u->target >= fn->nblocks) return lerr(L, "bad branch target %lld at %lld", u->target, u->bc_offset);
        gcc_jit_block *miss = L->bbs[u->target];
        x = tmp(L, L->t_i64, slot_get(L, u->a));
        gcc_jit_rvalue *base = NULL;
        if (u->op != UOP_BRANCH_NULL) {
            if (u->op == UOP_BRANCH_NOT_TYPE_VERSION || u->op == UOP_BRANCH_NOT_TYPE ||
                u->op == UOP_BRANCH_NOT_PLAIN) {
                gcc_jit_block *isptr = new_bb(L, "isptr");
                cold_br(L, not_(L, is_tag(L, x, TAG_PTR)), miss, isptr);
                L->cur = isptr;
            }
            base = obj_ptr(L, x);
        }
        switch (u->op) {
        case UOP_BRANCH_NOT_TYPE_VERSION: {
            gcc_jit_rvalue *tp = type_of(L, base);
            gcc_jit_rvalue *ver = rv(mem_at(L, tp, k64(L, offsetof(TypeObject, version)), L->t_u32));
            c = cmp(L, GCC_JIT_COMPARISON_NE, ver,
                    gcc_jit_context_new_rvalue_from_long(L->ctx, L->t_u32, (long)(u->op1 & 0xFFFFFFFFu)));
            break;
        }
        case UOP_BRANCH_NOT_TYPE:
            c = cmp(L, GCC_JIT_COMPARISON_NE, rv(mem_at(L, base, k64(L, offsetof(Object, type)), L->t_i64)), k64(L, u->op1));
            break;
        case UOP_BRANCH_NOT_PLAIN: {
            gcc_jit_rvalue *tp = tmp(L, gcc_jit_rvalue_get_type(type_of(L, base)), type_of(L, base));
            gcc_jit_rvalue *ver = tmp(L, L->t_u32, rv(mem_at(L, tp, k64(L, offsetof(TypeObject, version)), L->t_u32)));
            gcc_jit_rvalue *pv = rv(mem_at(L, tp, k64(L, offsetof(TypeObject, plain_version)), L->t_u32));
            gcc_jit_rvalue *zero = gcc_jit_context_new_rvalue_from_long(L->ctx, L->t_u32, 0);
            c = gcc_jit_context_new_binary_op(L->ctx, NULL, GCC_JIT_BINARY_OP_LOGICAL_OR, L->t_bool,
                                              cmp(L, GCC_JIT_COMPARISON_NE, ver, pv),
                                              cmp(L, GCC_JIT_COMPARISON_EQ, ver, zero));
            break;
        }
        case UOP_BRANCH_FIELD_NE: case UOP_BRANCH_FIELD_EQ:
            c = cmp(L, u->op == UOP_BRANCH_FIELD_NE ? GCC_JIT_COMPARISON_NE : GCC_JIT_COMPARISON_EQ,
                    rv(mem_at(L, base, k64(L, (uint64_t)u->oparg), L->t_i64)), k64(L, u->op1));
            break;
        case UOP_BRANCH_FIELD32_NE: case UOP_BRANCH_FIELD32_LE: {
            gcc_jit_rvalue *w = rv(mem_at(L, base, k64(L, (uint64_t)u->oparg), L->t_u32));
            c = cmp(L, u->op == UOP_BRANCH_FIELD32_NE ? GCC_JIT_COMPARISON_NE : GCC_JIT_COMPARISON_LE, w,
                    gcc_jit_context_new_rvalue_from_long(L->ctx, L->t_u32, (long)(u->op1 & 0xFFFFFFFFu)));
            break;
        }
        default:
            c = cmp(L, GCC_JIT_COMPARISON_EQ, x, k64(L, V_NULL));
            break;
        }
        gcc_jit_block *cont = new_bb(L, "");
        cold_br(L, c, miss, cont);
        L->cur = cont;
        break;
    }
    case UOP_RAW_ADD:
        if (check_slots(L, u, true, true, u->b >= 0)) return -1;
        slot_set(L, u->dst, bin(L, GCC_JIT_BINARY_OP_PLUS, slot_get(L, u->a),
                                u->b >= 0 ? slot_get(L, u->b) : k64(L, u->op1)));
        break;
    case UOP_RAW_ADD_IF_NEG:
        if (check_slots(L, u, true, true, true)) return -1;
        x = tmp(L, L->t_i64, slot_get(L, u->a));
        c = cmp(L, GCC_JIT_COMPARISON_LT, x, k64(L, 0));
        slot_set(L, u->dst, select_(L, L->t_i64, c, bin(L, GCC_JIT_BINARY_OP_PLUS, x, slot_get(L, u->b)), x));
        break;
    case UOP_GUARD_RAW_ULT:
        if (check_slots(L, u, false, true, true)) return -1;
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        exit_if(L, cmp(L, GCC_JIT_COMPARISON_GE, u64(L, slot_get(L, u->a)), u64(L, slot_get(L, u->b))), u->deopt_exit);
        break;
    case UOP_BRANCH_RAW_GT: {
        if (check_slots(L, u, false, true, false)) return -1;
        if (u->target < 0 || u->target >= fn->nblocks) return lerr(L, "bad branch target %lld at %lld", u->target, u->bc_offset);
        c = cmp(L, GCC_JIT_COMPARISON_GT, slot_get(L, u->a), k64(L, u->op1));
        gcc_jit_block *cont = new_bb(L, "");
        cond_br(L, c, L->bbs[u->target], cont);
        L->cur = cont;
        break;
    }
    case UOP_BRANCH_RAW_LT: {
        if (check_slots(L, u, false, true, true)) return -1;
        if (u->target < 0 || u->target >= fn->nblocks) return lerr(L, "bad branch target %lld at %lld", u->target, u->bc_offset);
        c = cmp(L, GCC_JIT_COMPARISON_LT, slot_get(L, u->a), slot_get(L, u->b));
        gcc_jit_block *cont = new_bb(L, "");
        cond_br(L, c, L->bbs[u->target], cont);
        L->cur = cont;
        break;
    }
    case UOP_ITEM_ADDR:
        if (check_slots(L, u, true, true, true)) return -1;
        slot_set(L, u->dst, bin(L, GCC_JIT_BINARY_OP_PLUS,
                                bin(L, GCC_JIT_BINARY_OP_BITWISE_AND, slot_get(L, u->a), k64(L, PAYLOAD_MASK)),
                                bin(L, GCC_JIT_BINARY_OP_PLUS, k64(L, (uint64_t)u->oparg),
                                    bin(L, GCC_JIT_BINARY_OP_LSHIFT, slot_get(L, u->b), k64(L, 3)))));
        break;
    case UOP_MATH_F1: {
        if (check_slots(L, u, true, true, false) || !slot_ok(fn, u->a + 2)) return lerr(L, "MATH_F1 at %lld: bad slot", u->bc_offset, 0);
        if (u->target < 0 || u->target >= fn->nblocks) return lerr(L, "bad branch target %lld at %lld", u->target, u->bc_offset);
        if (!u->op1) return lerr(L, "MATH_F1 without a function at %lld", u->bc_offset, 0);
        gcc_jit_block *miss = L->bbs[u->target];
        x = tmp(L, L->t_i64, slot_get(L, u->a + 2));
        gcc_jit_rvalue *ok = gcc_jit_context_new_binary_op(L->ctx, NULL, GCC_JIT_BINARY_OP_LOGICAL_AND, L->t_bool,
            cmp(L, GCC_JIT_COMPARISON_EQ, slot_get(L, u->a), k64(L, V_NULL)),
            cmp(L, GCC_JIT_COMPARISON_EQ, slot_get(L, u->a + 1), k64(L, u->op2)));
        ok = gcc_jit_context_new_binary_op(L->ctx, NULL, GCC_JIT_BINARY_OP_LOGICAL_AND, L->t_bool, ok,
            gcc_jit_context_new_binary_op(L->ctx, NULL, GCC_JIT_BINARY_OP_LOGICAL_OR, L->t_bool,
                                          is_float(L, x), is_tag(L, x, TAG_INT)));
        gcc_jit_block *cont = new_bb(L, "");
        cold_br(L, not_(L, ok), miss, cont);
        L->cur = cont;
        gcc_jit_rvalue *xd = tmp(L, L->t_dbl, to_double(L, x, false, false));
        gcc_jit_type *d1 = L->t_dbl;
        gcc_jit_type *f_ty = gcc_jit_context_new_function_ptr_type(L->ctx, NULL, L->t_dbl, 1, &d1, 0);
        r = tmp(L, L->t_dbl, gcc_jit_context_new_call_through_ptr(L->ctx, NULL,
                gcc_jit_context_new_rvalue_from_ptr(L->ctx, f_ty, (void *)(uintptr_t)u->op1), 1, &xd));
        /* math_1's errors: NaN from a non-NaN, infinite from a finite */
        gcc_jit_rvalue *inf = gcc_jit_context_new_rvalue_from_double(L->ctx, L->t_dbl, INFINITY);
        gcc_jit_rvalue *ninf = gcc_jit_context_new_rvalue_from_double(L->ctx, L->t_dbl, -INFINITY);
        gcc_jit_rvalue *bad = gcc_jit_context_new_binary_op(L->ctx, NULL, GCC_JIT_BINARY_OP_LOGICAL_AND, L->t_bool,
            cmp(L, GCC_JIT_COMPARISON_NE, r, r), cmp(L, GCC_JIT_COMPARISON_EQ, xd, xd));
        gcc_jit_rvalue *rinf = gcc_jit_context_new_binary_op(L->ctx, NULL, GCC_JIT_BINARY_OP_LOGICAL_OR, L->t_bool,
            cmp(L, GCC_JIT_COMPARISON_EQ, r, inf), cmp(L, GCC_JIT_COMPARISON_EQ, r, ninf));
        gcc_jit_rvalue *xfin = gcc_jit_context_new_binary_op(L->ctx, NULL, GCC_JIT_BINARY_OP_LOGICAL_AND, L->t_bool,
            cmp(L, GCC_JIT_COMPARISON_LT, xd, inf), cmp(L, GCC_JIT_COMPARISON_GT, xd, ninf));
        bad = gcc_jit_context_new_binary_op(L->ctx, NULL, GCC_JIT_BINARY_OP_LOGICAL_OR, L->t_bool, bad,
            gcc_jit_context_new_binary_op(L->ctx, NULL, GCC_JIT_BINARY_OP_LOGICAL_AND, L->t_bool, rinf, xfin));
        cont = new_bb(L, "");
        cold_br(L, bad, miss, cont);
        L->cur = cont;
        slot_set(L, u->dst, box_double(L, r));
        break;
    }
    case UOP_TRUTH: {
        if (check_slots(L, u, true, true, false)) return -1;
        if (u->target < 0 || u->target >= fn->nblocks) return lerr(L, "bad branch target %lld at %lld", u->target, u->bc_offset);
        x = tmp(L, L->t_i64, slot_get(L, u->a));
        gcc_jit_rvalue *isint = tmp(L, L->t_bool, is_tag(L, x, TAG_INT));
        gcc_jit_rvalue *istrue = tmp(L, L->t_bool, cmp(L, GCC_JIT_COMPARISON_EQ, x, k64(L, V_TRUE)));
        gcc_jit_rvalue *simple = gcc_jit_context_new_binary_op(L->ctx, NULL, GCC_JIT_BINARY_OP_LOGICAL_OR, L->t_bool,
            gcc_jit_context_new_binary_op(L->ctx, NULL, GCC_JIT_BINARY_OP_LOGICAL_OR, L->t_bool, isint, istrue),
            gcc_jit_context_new_binary_op(L->ctx, NULL, GCC_JIT_BINARY_OP_LOGICAL_OR, L->t_bool,
                                          cmp(L, GCC_JIT_COMPARISON_EQ, x, k64(L, V_FALSE)),
                                          cmp(L, GCC_JIT_COMPARISON_EQ, x, k64(L, V_NONE))));
        gcc_jit_block *cont = new_bb(L, "");
        cold_br(L, not_(L, simple), L->bbs[u->target], cont);
        L->cur = cont;
        c = select_(L, L->t_bool, isint, cmp(L, GCC_JIT_COMPARISON_NE, x, k64(L, TAG_INT)), istrue);
        slot_set(L, u->dst, box_bool(L, c));
        break;
    }
    case UOP_BOX_INT:
        if (check_slots(L, u, true, true, false)) return -1;
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        x = tmp(L, L->t_i64, slot_get(L, u->a));
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
        gcc_jit_lvalue *cnt = mem_at(L, const_u8p(L, (const void *)(uintptr_t)u->op1), k64(L, 0), L->t_i64);
        x = tmp(L, L->t_i64, bin(L, GCC_JIT_BINARY_OP_PLUS, rv(cnt), k64(L, 1)));
        assign(L, cnt, x);
        exit_if(L, cmp(L, GCC_JIT_COMPARISON_EQ, x, k64(L, u->op2)), u->deopt_exit);
        break;
    }
    case UOP_GUARD_FRAME_WORD:
    case UOP_GUARD_MEM_EQ:
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        if (u->op == UOP_GUARD_MEM_EQ && !u->op1) return lerr(L, "GUARD_MEM_EQ without an address at %lld", u->bc_offset, 0);
        x = u->op == UOP_GUARD_FRAME_WORD ? rv(frame_at(L, (uint64_t)u->oparg, L->t_i64))
                                          : rv(mem_at(L, const_u8p(L, (const void *)(uintptr_t)u->op1), k64(L, 0), L->t_i64));
        exit_if(L, cmp(L, GCC_JIT_COMPARISON_NE, x, k64(L, u->op == UOP_GUARD_FRAME_WORD ? u->op1 : u->op2)),
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
        x = tmp(L, L->t_i64, slot_get(L, u->a));
        if (u->op == UOP_GUARD_INT) {
            c = is_tag(L, x, TAG_INT);
        } else if (u->op == UOP_GUARD_FLOAT) {
            c = is_float(L, x);
        } else if (u->op == UOP_GUARD_NUM) {
            c = gcc_jit_context_new_binary_op(L->ctx, NULL, GCC_JIT_BINARY_OP_LOGICAL_OR, L->t_bool,
                                              is_float(L, x), is_tag(L, x, TAG_INT));
        } else {
            exit_if(L, not_(L, is_tag(L, x, TAG_PTR)), u->deopt_exit);
            gcc_jit_rvalue *obj = obj_ptr(L, x);
            c = cmp(L, GCC_JIT_COMPARISON_EQ, rv(mem_at(L, obj, k64(L, offsetof(Object, type)), L->t_i64)), k64(L, u->op1));
        }
        exit_if(L, not_(L, c), u->deopt_exit);
        break;
    case UOP_ADD_INT:
    case UOP_SUB_INT:
    case UOP_MUL_INT:
    case UOP_FLOORDIV_INT:
    case UOP_MOD_INT: {
        if (check_slots(L, u, true, true, true)) return -1;
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        x = tmp(L, L->t_i64, sext48(L, slot_get(L, u->a)));
        y = tmp(L, L->t_i64, sext48(L, slot_get(L, u->b)));
        if (u->op == UOP_ADD_INT || u->op == UOP_SUB_INT) {
            /* 48 + 48 bits: no int64 overflow */
            r = tmp(L, L->t_i64, bin(L, u->op == UOP_ADD_INT ? GCC_JIT_BINARY_OP_PLUS : GCC_JIT_BINARY_OP_MINUS, x, y));
            exit_if(L, out_of_range(L, r), u->deopt_exit);
        } else if (u->op == UOP_MUL_INT) {
            /* the exact product in 128 bits: out of range unless it fits 48 */
            gcc_jit_type *t128 = gcc_jit_context_get_type(L->ctx, GCC_JIT_TYPE_INT128_T);
            gcc_jit_rvalue *p = tmp(L, t128, bin(L, GCC_JIT_BINARY_OP_MULT, cast(L, x, t128), cast(L, y, t128)));
            r = tmp(L, L->t_i64, cast(L, p, L->t_i64));
            exit_if(L, gcc_jit_context_new_binary_op(L->ctx, NULL, GCC_JIT_BINARY_OP_LOGICAL_OR, L->t_bool,
                                                     cmp(L, GCC_JIT_COMPARISON_NE, cast(L, r, t128), p),
                                                     out_of_range(L, r)), u->deopt_exit);
        } else {
            exit_if(L, cmp(L, GCC_JIT_COMPARISON_EQ, y, k64(L, 0)), u->deopt_exit);
            gcc_jit_rvalue *rem = tmp(L, L->t_i64, bin(L, GCC_JIT_BINARY_OP_MODULO, x, y));
            /* a non-zero remainder whose sign differs from the divisor's */
            gcc_jit_rvalue *adj = tmp(L, L->t_bool, gcc_jit_context_new_binary_op(L->ctx, NULL,
                GCC_JIT_BINARY_OP_LOGICAL_AND, L->t_bool,
                cmp(L, GCC_JIT_COMPARISON_NE, rem, k64(L, 0)),
                cmp(L, GCC_JIT_COMPARISON_LT, bin(L, GCC_JIT_BINARY_OP_BITWISE_XOR, rem, y), k64(L, 0))));
            if (u->op == UOP_FLOORDIV_INT) {
                gcc_jit_rvalue *q = bin(L, GCC_JIT_BINARY_OP_DIVIDE, x, y);
                r = tmp(L, L->t_i64, bin(L, GCC_JIT_BINARY_OP_MINUS, q, cast(L, adj, L->t_i64)));
                exit_if(L, out_of_range(L, r), u->deopt_exit);   /* -2^47 // -1 */
            } else {
                r = select_(L, L->t_i64, adj, bin(L, GCC_JIT_BINARY_OP_PLUS, rem, y), rem);
            }
        }
        slot_set(L, u->dst, box_int(L, r));
        break;
    }
    case UOP_ADD_FLOAT:
    case UOP_SUB_FLOAT:
    case UOP_MUL_FLOAT:
    case UOP_DIV_FLOAT: {
        if (check_slots(L, u, true, true, true)) return -1;
        x = to_double(L, slot_get(L, u->a), u->flags & UOPI_A_FLOAT, u->flags & UOPI_A_INT);
        y = to_double(L, slot_get(L, u->b), u->flags & UOPI_B_FLOAT, u->flags & UOPI_B_INT);
        enum gcc_jit_binary_op op = u->op == UOP_ADD_FLOAT ? GCC_JIT_BINARY_OP_PLUS
                                  : u->op == UOP_SUB_FLOAT ? GCC_JIT_BINARY_OP_MINUS
                                  : u->op == UOP_MUL_FLOAT ? GCC_JIT_BINARY_OP_MULT : GCC_JIT_BINARY_OP_DIVIDE;
        if (u->op == UOP_DIV_FLOAT) {
            if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
            exit_if(L, cmp(L, GCC_JIT_COMPARISON_EQ, y, gcc_jit_context_zero(L->ctx, L->t_dbl)), u->deopt_exit);
        }
        r = bin(L, op, x, y);
        slot_set(L, u->dst, box_double(L, r));
        break;
    }
    case UOP_POW_FLOAT: {
        if (check_slots(L, u, true, true, true)) return -1;
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        x = tmp(L, L->t_dbl, to_double(L, slot_get(L, u->a), u->flags & UOPI_A_FLOAT, u->flags & UOPI_A_INT));
        y = tmp(L, L->t_dbl, to_double(L, slot_get(L, u->b), u->flags & UOPI_B_FLOAT, u->flags & UOPI_B_INT));
        gcc_jit_rvalue *inf = gcc_jit_context_new_rvalue_from_double(L->ctx, L->t_dbl, INFINITY);
        gcc_jit_rvalue *zero = gcc_jit_context_zero(L->ctx, L->t_dbl);
        gcc_jit_rvalue *one = gcc_jit_context_one(L->ctx, L->t_dbl);
        /* deopt unless 0 < x < inf and |y| < inf (false for NaN) */
        gcc_jit_rvalue *ay = select_(L, L->t_dbl, cmp(L, GCC_JIT_COMPARISON_LT, y, zero),
                                     gcc_jit_context_new_unary_op(L->ctx, NULL, GCC_JIT_UNARY_OP_MINUS, L->t_dbl, y), y);
        gcc_jit_rvalue *ok = gcc_jit_context_new_binary_op(L->ctx, NULL, GCC_JIT_BINARY_OP_LOGICAL_AND, L->t_bool,
            gcc_jit_context_new_binary_op(L->ctx, NULL, GCC_JIT_BINARY_OP_LOGICAL_AND, L->t_bool,
                                          cmp(L, GCC_JIT_COMPARISON_GT, x, zero), cmp(L, GCC_JIT_COMPARISON_LT, x, inf)),
            cmp(L, GCC_JIT_COMPARISON_LT, ay, inf));
        exit_if(L, not_(L, ok), u->deopt_exit);
        gcc_jit_type *dd[2] = {L->t_dbl, L->t_dbl};
        gcc_jit_type *pow_ty = gcc_jit_context_new_function_ptr_type(L->ctx, NULL, L->t_dbl, 2, dd, 0);
        gcc_jit_rvalue *args[2] = {x, y};
        r = tmp(L, L->t_dbl, gcc_jit_context_new_call_through_ptr(L->ctx, NULL,
                gcc_jit_context_new_rvalue_from_ptr(L->ctx, pow_ty, (void *)pow), 2, args));
        c = gcc_jit_context_new_binary_op(L->ctx, NULL, GCC_JIT_BINARY_OP_LOGICAL_OR, L->t_bool,
                                          cmp(L, GCC_JIT_COMPARISON_EQ, y, zero), cmp(L, GCC_JIT_COMPARISON_EQ, x, one));
        r = tmp(L, L->t_dbl, select_(L, L->t_dbl, c, one, r));
        exit_if(L, cmp(L, GCC_JIT_COMPARISON_EQ, r, inf), u->deopt_exit);
        slot_set(L, u->dst, box_double(L, r));
        break;
    }
    case UOP_COMPARE_INT: {
        static const enum gcc_jit_comparison ip[6] = {GCC_JIT_COMPARISON_LT, GCC_JIT_COMPARISON_LE,
            GCC_JIT_COMPARISON_EQ, GCC_JIT_COMPARISON_NE, GCC_JIT_COMPARISON_GT, GCC_JIT_COMPARISON_GE};
        if (check_slots(L, u, true, true, true)) return -1;
        if (u->oparg < 0 || u->oparg > 5) return lerr(L, "bad compare %lld at %lld", u->oparg, u->bc_offset);
        x = sext48(L, slot_get(L, u->a));
        y = sext48(L, slot_get(L, u->b));
        slot_set(L, u->dst, box_bool(L, cmp(L, ip[u->oparg], x, y)));
        break;
    }
    case UOP_COMPARE_FLOAT: {
        /* C's float comparisons: ordered, except != (true on NaN), as the
         * LLVM backend's OLT OLE OEQ UNE OGT OGE */
        static const enum gcc_jit_comparison fp[6] = {GCC_JIT_COMPARISON_LT, GCC_JIT_COMPARISON_LE,
            GCC_JIT_COMPARISON_EQ, GCC_JIT_COMPARISON_NE, GCC_JIT_COMPARISON_GT, GCC_JIT_COMPARISON_GE};
        if (check_slots(L, u, true, true, true)) return -1;
        if (u->oparg < 0 || u->oparg > 5) return lerr(L, "bad compare %lld at %lld", u->oparg, u->bc_offset);
        x = to_double(L, slot_get(L, u->a), u->flags & UOPI_A_FLOAT, u->flags & UOPI_A_INT);
        y = to_double(L, slot_get(L, u->b), u->flags & UOPI_B_FLOAT, u->flags & UOPI_B_INT);
        slot_set(L, u->dst, box_bool(L, cmp(L, fp[u->oparg], x, y)));
        break;
    }
    case UOP_IS:
        if (check_slots(L, u, true, true, true)) return -1;
        c = cmp(L, u->oparg ? GCC_JIT_COMPARISON_NE : GCC_JIT_COMPARISON_EQ, slot_get(L, u->a), slot_get(L, u->b));
        slot_set(L, u->dst, box_bool(L, c));
        break;
    case UOP_JUMP:
        if (u->target < 0 || u->target >= fn->nblocks) return lerr(L, "bad jump target %lld at %lld", u->target, u->bc_offset);
        gcc_jit_block_end_with_jump(L->cur, NULL, L->bbs[u->target]);
        *terminated = true;
        break;
    case UOP_BRANCH_TRUE:
    case UOP_BRANCH_FALSE:
    case UOP_BRANCH_NONE:
    case UOP_BRANCH_NOT_NONE: {
        if (check_slots(L, u, false, true, false)) return -1;
        if (u->target < 0 || u->target >= fn->nblocks) return lerr(L, "bad branch target %lld at %lld", u->target, u->bc_offset);
        uint64_t k = u->op == UOP_BRANCH_TRUE ? V_TRUE : u->op == UOP_BRANCH_FALSE ? V_FALSE : V_NONE;
        c = cmp(L, u->op == UOP_BRANCH_NOT_NONE ? GCC_JIT_COMPARISON_NE : GCC_JIT_COMPARISON_EQ, slot_get(L, u->a), k64(L, k));
        gcc_jit_block *cont = new_bb(L, "");
        cond_br(L, c, L->bbs[u->target], cont);
        L->cur = cont;
        break;
    }
    case UOP_LOOP_CHECK: {
        if (!fn->rt || !fn->rt->sigint_pending) break;    /* nothing to poll */
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        gcc_jit_type *vi = gcc_jit_type_get_pointer(gcc_jit_type_get_volatile(L->t_i32));
        gcc_jit_rvalue *p = gcc_jit_context_new_rvalue_from_ptr(L->ctx, vi, (void *)(uintptr_t)fn->rt->sigint_pending);
        exit_if(L, cmp(L, GCC_JIT_COMPARISON_NE, rv(gcc_jit_rvalue_dereference(p, NULL)), k32(L, 0)), u->deopt_exit);
        break;
    }
    case UOP_RETURN:
        if (check_slots(L, u, false, true, false)) return -1;
        assign(L, gcc_jit_rvalue_dereference(L->ret, NULL), slot_get(L, u->a));
        assign(L, frame_at(L, fn->layout.off_stacktop, L->t_i32), k32(L, fn->nlocalsplus));
        gcc_jit_block_end_with_return(L->cur, NULL, k64(L, 0));
        *terminated = true;
        break;
    case UOP_DEOPT:
        if (check_exit(L, u, u->deopt_exit, JIT_EXIT_DEOPT)) return -1;
        gcc_jit_block_end_with_jump(L->cur, NULL, exit_bb(L, u->deopt_exit));
        *terminated = true;
        break;
    case UOP_YIELD:
        if (check_slots(L, u, false, true, false)) return -1;
        if (check_exit(L, u, u->error_exit, JIT_EXIT_YIELD)) return -1;
        assign(L, gcc_jit_rvalue_dereference(L->ret, NULL), slot_get(L, u->a));
        gcc_jit_block_end_with_jump(L->cur, NULL, exit_bb(L, u->error_exit));
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
    L->cur = L->exit_bbs[k];
    exit_increfs(L, e);
    for (int32_t i = 0; i < e->depth; i++)
        assign(L, local_at(L, (int64_t)fn->nlocalsplus + i), slot_get(L, i));
    assign(L, frame_at(L, fn->layout.off_stacktop, L->t_i32), k32(L, (int64_t)fn->nlocalsplus + e->depth));
    if (e->kind == JIT_EXIT_DEOPT) {
        assign(L, frame_at(L, fn->layout.off_next_instr, L->t_i64), code_addr(L, e->offset));
    } else {
        assign(L, frame_at(L, fn->layout.off_prev_instr, L->t_i64), code_addr(L, e->offset));
        assign(L, frame_at(L, fn->layout.off_next_instr, L->t_i64), code_addr(L, (int64_t)e->offset + 1));
    }
    gcc_jit_block_end_with_return(L->cur, NULL, k64(L, (uint64_t)k + 1));
}

/* With many exits (EXIT_TAIL_MIN or more used), as the LLVM backend: each
 * exit block only writes its slots back, sets the exit index and jumps to
 * one shared tail, which reads stacktop, next_instr and prev_instr (0: not
 * written, DEOPT) from a table and returns index + 1: less code for GCC to
 * compile. */
#define EXIT_TAIL_MIN 4

static void lower_exits_shared(Lower *L) {
    const JitFunction *fn = L->fn;
    int32_t n = fn->nexits;
    int64_t *vals = calloc((size_t)n * 3, sizeof *vals);
    if (!vals) {   /* out of memory: the per-exit form */
        for (int32_t k = 0; k < n; k++)
            if (L->exit_bbs[k]) lower_exit(L, k);
        return;
    }
    for (int32_t k = 0; k < n; k++) {
        const JitExit *e = &fn->exits[k];
        bool err = e->kind != JIT_EXIT_DEOPT;
        uintptr_t at = (uintptr_t)(fn->code_base + e->offset);
        vals[3 * k] = (int64_t)fn->nlocalsplus + e->depth;
        vals[3 * k + 1] = (int64_t)(err ? at + sizeof *fn->code_base : at);
        vals[3 * k + 2] = (int64_t)(err ? at : 0);
    }
    gcc_jit_type *aty = gcc_jit_context_new_array_type(L->ctx, NULL, L->t_i64, n * 3);
    gcc_jit_lvalue *table = gcc_jit_context_new_global(L->ctx, NULL, GCC_JIT_GLOBAL_INTERNAL, aty, "exit_table");
    gcc_jit_global_set_initializer(table, vals, (size_t)n * 3 * sizeof *vals);
    free(vals);
    gcc_jit_lvalue *idx = gcc_jit_function_new_local(L->F, NULL, L->t_i64, "exit_index");
    gcc_jit_block *tail = gcc_jit_function_new_block(L->F, "exit_tail");
    L->cur = tail;
    gcc_jit_rvalue *base = tmp(L, L->t_i64, bin(L, GCC_JIT_BINARY_OP_MULT, rv(idx), k64(L, 3)));
    gcc_jit_rvalue *tab = rv(table);
#define TAB(i) rv(gcc_jit_context_new_array_access(L->ctx, NULL, tab, bin(L, GCC_JIT_BINARY_OP_PLUS, base, k64(L, i))))
    assign(L, frame_at(L, fn->layout.off_stacktop, L->t_i32), cast(L, TAB(0), L->t_i32));
    assign(L, frame_at(L, fn->layout.off_next_instr, L->t_i64), TAB(1));
    gcc_jit_rvalue *prev = tmp(L, L->t_i64, TAB(2));
#undef TAB
    gcc_jit_block *wprev = new_bb(L, "wprev"), *done = new_bb(L, "done");
    cond_br(L, cmp(L, GCC_JIT_COMPARISON_NE, prev, k64(L, 0)), wprev, done);
    L->cur = wprev;
    assign(L, frame_at(L, fn->layout.off_prev_instr, L->t_i64), prev);
    gcc_jit_block_end_with_jump(wprev, NULL, done);
    gcc_jit_block_end_with_return(done, NULL, bin(L, GCC_JIT_BINARY_OP_PLUS, rv(idx), k64(L, 1)));
    for (int32_t k = 0; k < n; k++) {
        if (!L->exit_bbs[k]) continue;
        const JitExit *e = &fn->exits[k];
        L->cur = L->exit_bbs[k];
        exit_increfs(L, e);
        for (int32_t i = 0; i < e->depth; i++)
            assign(L, local_at(L, (int64_t)fn->nlocalsplus + i), slot_get(L, i));
        assign(L, idx, k64(L, (uint64_t)k));
        gcc_jit_block_end_with_jump(L->cur, NULL, tail);
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
    gcc_jit_context *C = L->ctx;
    gcc_jit_param *params[2] = {
        gcc_jit_context_new_param(C, NULL, L->t_u8p, "frame"),
        gcc_jit_context_new_param(C, NULL, gcc_jit_type_get_pointer(L->t_i64), "ret"),
    };
    L->F = gcc_jit_context_new_function(C, NULL, GCC_JIT_FUNCTION_EXPORTED, L->t_i64, name, 2, params, 0);
    L->frame = gcc_jit_param_as_rvalue(params[0]);
    L->ret = gcc_jit_param_as_rvalue(params[1]);
    for (int32_t s = 0; s < fn->stacksize; s++) {
        char nm[24];
        snprintf(nm, sizeof nm, "s%d", s);
        L->slots[s] = gcc_jit_function_new_local(L->F, NULL, L->t_i64, nm);
    }
    gcc_jit_block *entry = gcc_jit_function_new_block(L->F, "entry");
    gcc_jit_block *none = gcc_jit_function_new_block(L->F, "no_entry");
    gcc_jit_block_end_with_return(none, NULL, k64(L, (uint64_t)-1));
    for (int32_t i = 0; i < fn->nblocks; i++) {
        char nm[24];
        snprintf(nm, sizeof nm, "b%d_%d", i, fn->blocks[i].bc_offset);
        L->bbs[i] = gcc_jit_function_new_block(L->F, nm);
    }
    /* dispatch on frame->next_instr */
    L->cur = entry;
    gcc_jit_rvalue *off = tmp(L, L->t_i64, bin(L, GCC_JIT_BINARY_OP_RSHIFT,
        bin(L, GCC_JIT_BINARY_OP_MINUS, rv(frame_at(L, fn->layout.off_next_instr, L->t_i64)),
            k64(L, (uint64_t)(uintptr_t)fn->code_base)), k64(L, 1)));
    gcc_jit_case **cases = calloc((size_t)fn->nblocks, sizeof *cases);
    if (!cases) return lerr(L, "out of memory", 0, 0);
    int ncases = 0;
    for (int32_t i = 0; i < fn->nblocks; i++) {
        const JitBlock *b = &fn->blocks[i];
        if (!b->entry) continue;
        bool dup = false;
        for (int32_t j = 0; j < i; j++)
            if (fn->blocks[j].entry && fn->blocks[j].bc_offset == b->bc_offset) dup = true;
        if (dup) continue;
        char nm[24];
        snprintf(nm, sizeof nm, "osr%d", b->bc_offset);
        gcc_jit_block *pro = gcc_jit_function_new_block(L->F, nm);
        gcc_jit_rvalue *kv = k64(L, (uint64_t)(int64_t)b->bc_offset);
        cases[ncases++] = gcc_jit_context_new_case(C, kv, kv, pro);
        L->cur = pro;
        for (int32_t s = 0; s < b->depth; s++)
            slot_set(L, s, rv(local_at(L, (int64_t)fn->nlocalsplus + s)));
        gcc_jit_block_end_with_jump(pro, NULL, L->bbs[i]);
    }
    if (ncases) gcc_jit_block_end_with_switch(entry, NULL, off, none, ncases, cases);
    else gcc_jit_block_end_with_jump(entry, NULL, none);
    free(cases);

    for (int32_t i = 0; i < fn->nblocks; i++) {
        const JitBlock *b = &fn->blocks[i];
        L->cur = L->bbs[i];
        emit_marker(L, b->bc_offset);
        bool dead = false;
        for (int32_t j = 0; j < b->count; j++) {
            bool term = false;
            if (lower_uop(L, &fn->uops[b->first + j], &term)) return -1;
            if (term) {
                dead = true;
                L->cur = new_bb(L, "dead");
            }
        }
        if (i + 1 < fn->nblocks) {
            gcc_jit_block_end_with_jump(L->cur, NULL, L->bbs[i + 1]);
        } else if (dead) {
            gcc_jit_block_end_with_return(L->cur, NULL, k64(L, (uint64_t)-1));
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

/* The size of the function at addr: its ELF symbol's st_size, 0 if unknown. */
static size_t code_size_of(void *addr) {
    Dl_info info;
    const ElfW(Sym) *sym = NULL;
    if (!dladdr1(addr, &info, (void **)&sym, RTLD_DL_SYMENT) || !sym) return 0;
    if (info.dli_saddr != addr) return 0;
    return (size_t)sym->st_size;
}

/* libgccjit runs GCC's driver in-process, which installs its own signal
 * handlers (SIGINT, SIGHUP, SIGTERM, SIGPIPE: clean up and die; SIGCHLD:
 * default) and the compiler's (SIGSEGV, SIGILL, SIGBUS, SIGABRT, SIGFPE:
 * an internal compiler error report), and leaves them installed: a Ctrl-C
 * after the first compile then killed the process instead of raising
 * KeyboardInterrupt. Each compile saves the dispositions and restores them,
 * with SIGINT, SIGHUP, SIGTERM and SIGPIPE blocked in between (a signal
 * arriving during the compile stays pending and reaches coil's handler
 * afterwards, not GCC's). */
static const int g_gcc_sigs[] = {SIGINT, SIGHUP, SIGTERM, SIGPIPE, SIGCHLD,
                                 SIGSEGV, SIGILL, SIGBUS, SIGABRT, SIGFPE};
#define N_GCC_SIGS (sizeof g_gcc_sigs / sizeof g_gcc_sigs[0])

typedef struct SigState {
    struct sigaction act[N_GCC_SIGS];
    sigset_t mask;
} SigState;

static void signals_save(SigState *s) {
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGHUP);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &block, &s->mask);
    for (size_t i = 0; i < N_GCC_SIGS; i++) sigaction(g_gcc_sigs[i], NULL, &s->act[i]);
}

static void signals_restore(const SigState *s) {
    for (size_t i = 0; i < N_GCC_SIGS; i++) sigaction(g_gcc_sigs[i], &s->act[i], NULL);
    pthread_sigmask(SIG_SETMASK, &s->mask, NULL);
}

/* Copies the file at path to out. */
static void copy_file(const char *path, FILE *out) {
    FILE *in = fopen(path, "r");
    if (!in) return;
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0) fwrite(buf, 1, n, out);
    fclose(in);
}

static int compile_inner(const JitFunction *fn, const JitCompileOptions *opt,
                         JitCompiled *out, char *err, size_t errlen) {
    if (!g_inited && be_init(err, errlen)) return -1;
    int level = opt ? opt->opt_level : 2;
    if (g_opt_env >= 0) level = g_opt_env;
    if (level < 0) level = 0;
    if (level > 3) level = 3;

    /* each compile is its own shared object: the name needs no uniquing,
     * but keep it a valid, distinct C identifier */
    const char *base = fn->name && fn->name[0] ? fn->name : "coil_jit";
    char name[256];
    size_t j = 0;
    for (const char *p = base; *p && j < sizeof name - 24; p++)
        name[j++] = (char)(((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                            (*p >= '0' && *p <= '9') || *p == '_') ? *p : '_');
    if (j == 0 || (name[0] >= '0' && name[0] <= '9')) name[j++] = '_';
    name[j] = 0;
    (void)g_uniq;

    gcc_jit_context *C = gcc_jit_context_acquire();
    if (!C) { set_err(err, errlen, "cannot create a context", NULL); return -1; }
    gcc_jit_context_set_int_option(C, GCC_JIT_INT_OPTION_OPTIMIZATION_LEVEL, level);
    gcc_jit_context_set_bool_print_errors_to_stderr(C, 0);
    gcc_jit_context_set_bool_allow_unreachable_blocks(C, 1);
    gcc_jit_context_set_bool_option(C, GCC_JIT_BOOL_OPTION_KEEP_INTERMEDIATES, g_keep);
    gcc_jit_context_add_command_line_option(C, "-fwrapv");
    gcc_jit_context_add_command_line_option(C, "-fno-strict-aliasing");
    gcc_jit_context_add_command_line_option(C, "-fno-semantic-interposition");
    gcc_jit_context_add_command_line_option(C, "-fno-plt");
    if (g_args[0]) {
        char buf[sizeof g_args], *save = NULL;
        memcpy(buf, g_args, sizeof buf);
        for (char *t = strtok_r(buf, " ", &save); t; t = strtok_r(NULL, " ", &save))
            gcc_jit_context_add_command_line_option(C, t);   /* copied by libgccjit */
    }

    Lower L = {0};
    L.fn = fn;
    L.ctx = C;
    L.t_i64 = gcc_jit_context_get_type(C, GCC_JIT_TYPE_INT64_T);
    L.t_u64 = gcc_jit_context_get_type(C, GCC_JIT_TYPE_UINT64_T);
    L.t_i32 = gcc_jit_context_get_type(C, GCC_JIT_TYPE_INT32_T);
    L.t_u32 = gcc_jit_context_get_type(C, GCC_JIT_TYPE_UINT32_T);
    L.t_u8 = gcc_jit_context_get_type(C, GCC_JIT_TYPE_UINT8_T);
    L.t_int = gcc_jit_context_get_type(C, GCC_JIT_TYPE_INT);
    L.t_long = gcc_jit_context_get_type(C, GCC_JIT_TYPE_LONG);
    L.t_dbl = gcc_jit_context_get_type(C, GCC_JIT_TYPE_DOUBLE);
    L.t_bool = gcc_jit_context_get_type(C, GCC_JIT_TYPE_BOOL);
    L.t_void = gcc_jit_context_get_type(C, GCC_JIT_TYPE_VOID);
    L.t_vp = gcc_jit_context_get_type(C, GCC_JIT_TYPE_VOID_PTR);
    L.t_u8p = gcc_jit_type_get_pointer(L.t_u8);
    gcc_jit_type *hp[5] = {L.t_vp, L.t_vp, L.t_i64, L.t_u64, L.t_u64};
    L.t_helper = gcc_jit_context_new_function_ptr_type(C, NULL, L.t_int, 5, hp, 0);
    L.t_dealloc = gcc_jit_context_new_function_ptr_type(C, NULL, L.t_void, 1, &L.t_vp, 0);
    gcc_jit_type *up[2] = {L.t_vp, L.t_i64};
    L.t_unbound = gcc_jit_context_new_function_ptr_type(C, NULL, L.t_void, 2, up, 0);
    L.expect = gcc_jit_context_get_builtin_function(C, "__builtin_expect");
    L.asm_markers = opt && opt->asm_markers;
    L.err = err; L.errlen = errlen;
    L.slots = calloc((size_t)(fn->stacksize > 0 ? fn->stacksize : 1), sizeof *L.slots);
    L.bbs = calloc((size_t)(fn->nblocks > 0 ? fn->nblocks : 1), sizeof *L.bbs);
    L.exit_bbs = calloc((size_t)(fn->nexits > 0 ? fn->nexits : 1), sizeof *L.exit_bbs);

    int rc = -1;
    gcc_jit_result *res = NULL;
    if (!L.slots || !L.bbs || !L.exit_bbs) {
        set_err(err, errlen, "out of memory", NULL);
        goto fail;
    }
    if (lower_function(&L, name)) goto fail;
    const char *e1 = gcc_jit_context_get_first_error(C);
    if (e1) { set_err(err, errlen, "building", e1); goto fail; }
    if (opt && opt->dump_ir) {
        /* gccjit's own representation: C-like source of the recording */
        char path[] = "/tmp/coil-gccjit-XXXXXX";
        int fd = mkstemp(path);
        if (fd >= 0) {
            close(fd);
            gcc_jit_context_dump_to_file(C, path, 0);
            copy_file(path, opt->dump_ir);
            unlink(path);
        }
    }
    SigState sigs;
    signals_save(&sigs);
    res = gcc_jit_context_compile(C);
    signals_restore(&sigs);
    if (!res) {
        const char *e2 = gcc_jit_context_get_first_error(C);
        if (!e2) e2 = gcc_jit_context_get_last_error(C);
        set_err(err, errlen, "compile", e2 ? e2 : "failed");
        goto fail;
    }
    void *addr = gcc_jit_result_get_code(res, name);
    if (!addr) {
        set_err(err, errlen, "no code for", name);
        gcc_jit_result_release(res);
        goto fail;
    }
    GccHandle *h = calloc(1, sizeof *h);
    if (!h) {
        set_err(err, errlen, "out of memory", NULL);
        gcc_jit_result_release(res);
        goto fail;
    }
    h->result = res;
    g_ncompiles++;
    out->entry = (JitEntryFn)(uintptr_t)addr;
    out->code_start = addr;
    out->code_size = code_size_of(addr);
    out->handle = h;
    rc = 0;
fail:
    gcc_jit_context_release(C);
    free(L.slots); free(L.bbs); free(L.exit_bbs);
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
    GccHandle *h = c->handle;
    gcc_jit_result_release(h->result);
    free(h);
    c->handle = NULL;
    c->entry = NULL;
    c->code_start = NULL;
    c->code_size = 0;
}

static uint64_t be_time_ns(void) { return g_time_ns; }

static const JitBackend gccjit_backend = {
    .abi = JIT_BACKEND_ABI,
    .name = "gccjit",
    .init = be_init,
    .compile = be_compile,
    .release = be_release,
    .time_ns = be_time_ns,
};

EXPORT const JitBackend *coil_jit_backend(void) { return &gccjit_backend; }

/* test_jit_backend.c: a JIT backend (jit/llvm_backend.c; built a second
 * time as test_jit_backend_gccjit, linked with jit/gccjit_backend.c) compiling
 * hand-built uop functions (jit/ir.h builder) and running them over fake
 * frames: loops, deopt and error exits with their write-back, floats,
 * Python int division, helpers and their statuses, OSR entries, refcounts,
 * code size, IR dumps and asm markers.
 *
 * COIL_JIT_BENCH=1 in the environment also times O0..O3 compiles of a few
 * generated functions (printed; never asserted). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <time.h>
#include <cmocka.h>

#include "jit/backend.h"
#include "jit/ir.h"
#include "vm/value.h"
#include "vm/object.h"
#include "vm/frame.h"

const JitBackend *coil_jit_backend(void);

static const JitBackend *be;
static JitRuntime rt;
static uint16_t code[4096];
static int dealloc_count;
static void *last_dealloc;
static int unbound_count;
static int64_t unbound_local;
static volatile int sigint_flag;
static int opt_level = 2;

static void stub_dealloc(void *obj) { dealloc_count++; last_dealloc = obj; }
static void stub_unbound(void *frame, int64_t local) { (void)frame; unbound_count++; unbound_local = local; }

static Value I(int64_t i) { return v_from_smallint(i); }
static Value F(double d) { return v_from_float(d); }

static int setup(void **state) {
    (void)state;
    setenv("COIL_JIT_VERIFY", "1", 0);   /* the LLVM verifier on every module */
    be = coil_jit_backend();
    if (!be || be->abi != JIT_BACKEND_ABI) return -1;
    char err[256];
    if (be->init(err, sizeof err)) { fprintf(stderr, "%s\n", err); return -1; }
    rt.dealloc = stub_dealloc;
    rt.raise_unbound = stub_unbound;
    rt.sigint_pending = &sigint_flag;
    return 0;
}

static JitFunction *newfn(int nl, int ss) {
    JitFunction *fn = jit_fn_new(NULL, &rt);
    assert_non_null(fn);
    fn->nlocalsplus = nl;
    fn->stacksize = ss;
    fn->code_base = code;
    fn->ncodeunits = 4096;
    return fn;
}

static JitUop *E(JitFunction *fn, int op, int32_t bc, int32_t dst, int32_t a, int32_t b) {
    JitUop *u = jit_emit(fn, op, bc);
    assert_non_null(u);
    u->dst = dst; u->a = a; u->b = b;
    return u;
}
static JitUop *K(JitFunction *fn, int32_t bc, int32_t dst, Value v) {
    JitUop *u = E(fn, UOP_LOAD_CONST, bc, dst, -1, -1);
    u->op1 = v;
    return u;
}
static JitUop *LL(JitFunction *fn, int32_t bc, int32_t dst, int64_t local) {
    JitUop *u = E(fn, UOP_LOAD_LOCAL, bc, dst, -1, -1);
    u->oparg = local;
    return u;
}
static JitUop *SL(JitFunction *fn, int32_t bc, int32_t a, int64_t local, bool old_inline) {
    JitUop *u = E(fn, UOP_STORE_LOCAL, bc, -1, a, -1);
    u->oparg = local;
    if (old_inline) u->flags |= UOPI_OLD_INLINE;
    return u;
}
static int DX(JitFunction *fn, int32_t offset, int32_t depth) {
    int k = jit_add_exit(fn, JIT_EXIT_DEOPT, offset, depth, offset);
    assert_true(k >= 0);
    return k;
}
static int EX(JitFunction *fn, int32_t offset, int32_t depth) {
    int k = jit_add_exit(fn, JIT_EXIT_ERROR, offset, depth, offset);
    assert_true(k >= 0);
    return k;
}

static void compile_at(JitFunction *fn, JitCompiled *c, int level) {
    char err[512];
    char verr[256];
    if (jit_fn_verify(fn, verr, sizeof verr)) fail_msg("IR verify: %s", verr);
    JitCompileOptions opt = {.opt_level = level};
    if (be->compile(fn, &opt, c, err, sizeof err)) fail_msg("compile: %s", err);
    assert_non_null(c->entry);
}
static void compile(JitFunction *fn, JitCompiled *c) { compile_at(fn, c, opt_level); }

static Frame *newframe(const JitFunction *fn) {
    Frame *f = calloc(1, sizeof(Frame) + sizeof(Value) * (size_t)(fn->nlocalsplus + fn->stacksize));
    assert_non_null(f);
    for (int i = 0; i < fn->nlocalsplus + fn->stacksize; i++) f->localsplus[i] = V_NULL;
    f->stacktop = fn->nlocalsplus;
    f->next_instr = code;
    return f;
}

static int64_t run(const JitCompiled *c, Frame *f, Value *ret) {
    *ret = V_NULL;
    return c->entry(f, ret);
}

/* ---- (a), (b): sum 1..n ---- */

/* locals: 0 n, 1 i, 2 total
 *   b0 @0:   total = 0; i = 1
 *   b1 @10:  (loop head, entry) if not (i <= n) goto b3
 *   b2 @20:  total = total + i; i = i + 1; LOOP_CHECK; goto b1
 *   b3 @40:  return total */
static JitFunction *build_sum(void) {
    JitFunction *fn = newfn(3, 4);
    jit_add_block(fn, 0, 0, true);
    K(fn, 0, 0, I(0)); SL(fn, 1, 0, 2, false);
    K(fn, 2, 0, I(1)); SL(fn, 3, 0, 1, true);
    E(fn, UOP_JUMP, 4, -1, -1, -1)->target = 1;
    jit_add_block(fn, 10, 0, true);
    LL(fn, 10, 0, 1); LL(fn, 11, 1, 0);
    E(fn, UOP_COMPARE_INT, 12, 0, 0, 1)->oparg = CMP_LE;
    E(fn, UOP_BRANCH_FALSE, 13, -1, 0, -1)->target = 3;
    jit_add_block(fn, 20, 0, false);
    LL(fn, 20, 0, 2); LL(fn, 21, 1, 1);
    E(fn, UOP_ADD_INT, 22, 0, 0, 1)->deopt_exit = DX(fn, 22, 2);
    SL(fn, 23, 0, 2, true);
    LL(fn, 24, 0, 1); K(fn, 25, 1, I(1));
    E(fn, UOP_ADD_INT, 26, 0, 0, 1)->deopt_exit = DX(fn, 26, 2);
    SL(fn, 27, 0, 1, true);
    E(fn, UOP_LOOP_CHECK, 30, -1, -1, -1)->deopt_exit = DX(fn, 30, 0);
    E(fn, UOP_JUMP, 31, -1, -1, -1)->target = 1;
    jit_add_block(fn, 40, 0, false);
    LL(fn, 40, 0, 2);
    E(fn, UOP_RETURN, 41, -1, 0, -1);
    return fn;
}

static void test_sum_loop(void **state) {
    (void)state;
    JitFunction *fn = build_sum();
    JitCompiled c;
    compile(fn, &c);
    assert_true(c.code_size > 0);
    for (int64_t n = 0; n <= 1000; n += 250) {
        Frame *f = newframe(fn);
        f->localsplus[0] = I(n);
        Value r;
        assert_int_equal(run(&c, f, &r), 0);
        assert_true(r == I(n * (n + 1) / 2));
        assert_int_equal(f->stacktop, 3);
        assert_true(f->localsplus[1] == I(n + 1));
        free(f);
    }
    /* not an entry point: nothing done */
    Frame *f = newframe(fn);
    f->next_instr = code + 20;
    Value r;
    assert_int_equal(run(&c, f, &r), -1);
    assert_true(f->next_instr == code + 20);
    assert_int_equal(f->stacktop, 3);
    /* SIGINT pending: the back-edge deopts with an empty stack */
    f->next_instr = code;
    f->localsplus[0] = I(5);
    sigint_flag = 1;
    int64_t st = run(&c, f, &r);
    sigint_flag = 0;
    assert_int_equal(st, 3);          /* exit 2 */
    assert_true(f->next_instr == code + 30);
    assert_int_equal(f->stacktop, 3);
    assert_true(f->localsplus[2] == I(1));
    assert_true(f->localsplus[1] == I(2));
    free(f);
    be->release(&c);
    jit_fn_free(fn);
}

static void test_sum_overflow_deopt(void **state) {
    (void)state;
    JitFunction *fn = build_sum();
    JitCompiled c;
    compile(fn, &c);
    Frame *f = newframe(fn);
    /* enter at the loop head (OSR, empty stack) with a total near the top */
    f->next_instr = code + 10;
    f->localsplus[0] = I(10);
    f->localsplus[1] = I(1);
    f->localsplus[2] = I(SMALLINT_MAX - 4);     /* + 1 + 2 fits, + 3 does not */
    Value r;
    int64_t st = run(&c, f, &r);
    assert_int_equal(st, 1);                    /* exit 0: the first ADD_INT */
    assert_true(f->next_instr == code + 22);
    assert_int_equal(f->stacktop, 3 + 2);
    assert_true(f->localsplus[3] == I(SMALLINT_MAX - 1));   /* inputs untouched */
    assert_true(f->localsplus[4] == I(3));
    assert_true(f->localsplus[2] == I(SMALLINT_MAX - 1));
    assert_true(f->localsplus[1] == I(3));
    /* the negative side */
    f->next_instr = code + 10;
    f->stacktop = 3;
    f->localsplus[1] = I(-5);
    f->localsplus[2] = I(SMALLINT_MIN + 3);
    st = run(&c, f, &r);
    assert_int_equal(st, 1);
    assert_true(f->localsplus[3] == I(SMALLINT_MIN + 3));
    assert_true(f->localsplus[4] == I(-5));
    free(f);
    be->release(&c);
    jit_fn_free(fn);
}

/* ---- (c) floats ---- */

/* locals 0 x, 1 k: return (x * 2.5 + k) / (x - 1.0); GUARD_FLOAT x */
static void test_float(void **state) {
    (void)state;
    JitFunction *fn = newfn(2, 3);
    jit_add_block(fn, 0, 0, true);
    LL(fn, 0, 0, 0);
    E(fn, UOP_GUARD_FLOAT, 1, -1, 0, -1)->deopt_exit = DX(fn, 0, 0);
    K(fn, 2, 1, F(2.5));
    E(fn, UOP_MUL_FLOAT, 3, 0, 0, 1)->flags = UOPI_A_FLOAT | UOPI_B_FLOAT;
    LL(fn, 4, 1, 1);
    E(fn, UOP_ADD_FLOAT, 5, 0, 0, 1)->flags = UOPI_A_FLOAT;
    LL(fn, 6, 1, 0);
    K(fn, 7, 2, F(1.0));
    E(fn, UOP_SUB_FLOAT, 8, 1, 1, 2);
    E(fn, UOP_DIV_FLOAT, 9, 0, 0, 1)->deopt_exit = DX(fn, 9, 2);
    E(fn, UOP_RETURN, 10, -1, 0, -1);
    JitCompiled c;
    compile(fn, &c);
    Frame *f = newframe(fn);
    Value r;
    f->localsplus[0] = F(3.0); f->localsplus[1] = I(4);
    assert_int_equal(run(&c, f, &r), 0);
    assert_true(r == F(5.75));
    f->localsplus[1] = F(0.5);
    assert_int_equal(run(&c, f, &r), 0);
    assert_true(r == F(4.0));
    /* x - 1 == 0: deopt at DIV with both operands written back */
    f->localsplus[0] = F(1.0); f->localsplus[1] = I(4);
    assert_int_equal(run(&c, f, &r), 2);
    assert_true(f->next_instr == code + 9);
    assert_int_equal(f->stacktop, 4);
    assert_true(f->localsplus[2] == F(6.5));
    assert_true(f->localsplus[3] == F(0.0));
    /* x not a float: the guard's exit */
    f->next_instr = code; f->stacktop = 2;
    f->localsplus[0] = I(3);
    assert_int_equal(run(&c, f, &r), 1);
    assert_true(f->next_instr == code);
    assert_int_equal(f->stacktop, 2);
    /* inf * 2.5 + k = inf; inf / inf = NaN, canonical */
    f->next_instr = code;
    f->localsplus[0] = F(INFINITY); f->localsplus[1] = I(1);
    assert_int_equal(run(&c, f, &r), 0);
    assert_true(r == CANON_NAN);
    free(f);
    be->release(&c);
    jit_fn_free(fn);
}

/* dst = a <op> b, a and b locals, for each CMP_* and both uops */
static void test_compare(void **state) {
    (void)state;
    Value fa[] = {F(1.0), F(2.0), F(NAN), I(3), F(-0.0), I(-7), F(3.0)};
    Value fb[] = {F(2.0), F(2.0), F(1.0), F(3.0), F(0.0), I(5), F(NAN)};
    Value ia[] = {I(1), I(2), I(-3), I(SMALLINT_MIN), I(SMALLINT_MAX), I(0)};
    Value ib[] = {I(2), I(2), I(-4), I(SMALLINT_MAX), I(SMALLINT_MIN), I(-1)};
    for (int fl = 0; fl < 2; fl++)
        for (int op = CMP_LT; op <= CMP_GE; op++) {
            JitFunction *fn = newfn(2, 2);
            jit_add_block(fn, 0, 0, true);
            LL(fn, 0, 0, 0); LL(fn, 1, 1, 1);
            E(fn, fl ? UOP_COMPARE_FLOAT : UOP_COMPARE_INT, 2, 0, 0, 1)->oparg = op;
            E(fn, UOP_RETURN, 3, -1, 0, -1);
            JitCompiled c;
            compile(fn, &c);
            Frame *f = newframe(fn);
            int n = fl ? 7 : 6;
            for (int i = 0; i < n; i++) {
                Value a = fl ? fa[i] : ia[i], b = fl ? fb[i] : ib[i];
                double x = v_is_float(a) ? v_as_float(a) : (double)v_as_smallint(a);
                double y = v_is_float(b) ? v_as_float(b) : (double)v_as_smallint(b);
                int64_t p = v_as_smallint(a), q = v_as_smallint(b);
                bool want;
                switch (op) {
                case CMP_LT: want = fl ? x < y : p < q; break;
                case CMP_LE: want = fl ? x <= y : p <= q; break;
                case CMP_EQ: want = fl ? x == y : p == q; break;
                case CMP_NE: want = fl ? x != y : p != q; break;
                case CMP_GT: want = fl ? x > y : p > q; break;
                default: want = fl ? x >= y : p >= q; break;
                }
                f->localsplus[0] = a; f->localsplus[1] = b;
                f->next_instr = code;
                Value r;
                assert_int_equal(run(&c, f, &r), 0);
                if (r != v_from_bool(want)) fail_msg("fl %d op %d pair %d", fl, op, i);
            }
            free(f);
            be->release(&c);
            jit_fn_free(fn);
        }
}

/* ---- int arithmetic: Python // and %, MUL overflow ---- */

static int64_t py_floordiv(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}
static int64_t py_mod(int64_t a, int64_t b) {
    int64_t m = a % b;
    if (m != 0 && ((m < 0) != (b < 0))) m += b;
    return m;
}

static void test_int_ops(void **state) {
    (void)state;
    int ops[] = {UOP_FLOORDIV_INT, UOP_MOD_INT, UOP_MUL_INT, UOP_SUB_INT};
    int64_t xs[][2] = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {6, 3}, {-6, 3},
                       {1, 0}, {SMALLINT_MIN, -1}, {1ll << 40, 1ll << 10}, {1ll << 23, 1ll << 23},
                       {SMALLINT_MAX, SMALLINT_MAX}, {SMALLINT_MIN, 1}, {-(1ll << 46), 2},
                       {12345, -1}};
    for (int oi = 0; oi < 4; oi++) {
        JitFunction *fn = newfn(2, 2);
        jit_add_block(fn, 0, 0, true);
        LL(fn, 0, 0, 0); LL(fn, 1, 1, 1);
        E(fn, ops[oi], 2, 0, 0, 1)->deopt_exit = DX(fn, 2, 2);
        E(fn, UOP_RETURN, 3, -1, 0, -1);
        JitCompiled c;
        compile(fn, &c);
        Frame *f = newframe(fn);
        for (size_t i = 0; i < sizeof xs / sizeof xs[0]; i++) {
            int64_t a = xs[i][0], b = xs[i][1];
            bool deopt;
            __int128 want;
            if (ops[oi] == UOP_MUL_INT) { want = (__int128)a * b; deopt = false; }
            else if (ops[oi] == UOP_SUB_INT) { want = (__int128)a - b; deopt = false; }
            else if (b == 0) { want = 0; deopt = true; }
            else if (ops[oi] == UOP_FLOORDIV_INT) { want = py_floordiv(a, b); deopt = false; }
            else { want = py_mod(a, b); deopt = false; }
            if (want < SMALLINT_MIN || want > SMALLINT_MAX) deopt = true;
            f->localsplus[0] = I(a); f->localsplus[1] = I(b);
            f->next_instr = code; f->stacktop = 2;
            Value r;
            int64_t st = run(&c, f, &r);
            if (deopt) {
                if (st != 1) fail_msg("op %d: %lld, %lld should deopt (st %lld)", oi, (long long)a, (long long)b, (long long)st);
                assert_true(f->localsplus[2] == I(a) && f->localsplus[3] == I(b));
                assert_true(f->next_instr == code + 2);
            } else {
                if (st != 0 || r != I((int64_t)want))
                    fail_msg("op %d: %lld, %lld -> st %lld r %lld want %lld", oi, (long long)a, (long long)b,
                             (long long)st, (long long)v_as_smallint(r), (long long)want);
            }
        }
        free(f);
        be->release(&c);
        jit_fn_free(fn);
    }
}

/* ---- (d) helpers ---- */

static const uint16_t *helper_prev;
static int helper_calls;

/* [x, y] -> [x + y + oparg]; x == 0: not done (1); x == -1: error (-1). */
static int test_helper(Frame *f, Value *io, int64_t oparg, uint64_t op1, uint64_t op2) {
    helper_calls++;
    helper_prev = f->prev_instr;
    assert_true(op1 == 0x1111 && op2 == 0x2222);
    if (io[0] == I(0)) return 1;
    if (io[0] == I(-1)) return -1;
    io[0] = I(v_as_smallint(io[0]) + v_as_smallint(io[1]) + oparg);
    return 0;
}

/* [it] -> 0: [it, 42]; 2 if it == 99: [] */
static int test_iter_helper(Frame *f, Value *io, int64_t oparg, uint64_t op1, uint64_t op2) {
    (void)f; (void)oparg; (void)op1; (void)op2;
    helper_calls++;
    if (io[0] == I(99)) return 2;
    io[1] = I(42);
    return 0;
}

static void test_helper_calls(void **state) {
    (void)state;
    rt.helpers[UOP_H_BINARY_OP] = (void *)test_helper;
    rt.helpers[UOP_H_FOR_ITER_RANGE] = (void *)test_iter_helper;
    JitFunction *fn = newfn(2, 3);
    jit_add_block(fn, 0, 0, true);
    LL(fn, 0, 0, 0);
    K(fn, 1, 1, I(7));
    LL(fn, 2, 2, 1);      /* slot 2 = y: the helper reads slots 1, 2 */
    JitUop *u = E(fn, UOP_H_BINARY_OP, 4, -1, 1, -1);
    u->n_in = 2; u->n_out = 1; u->oparg = 100; u->op1 = 0x1111; u->op2 = 0x2222;
    u->deopt_exit = DX(fn, 4, 3);
    u->error_exit = EX(fn, 4, 1);
    u = E(fn, UOP_ADD_INT, 5, 0, 0, 1);
    u->deopt_exit = DX(fn, 5, 2);
    E(fn, UOP_RETURN, 6, -1, 0, -1);
    JitCompiled c;
    compile(fn, &c);
    Frame *f = newframe(fn);
    Value r;
    f->localsplus[0] = I(1000); f->localsplus[1] = I(5);
    helper_calls = 0;
    assert_int_equal(run(&c, f, &r), 0);
    assert_int_equal(helper_calls, 1);
    assert_true(helper_prev == code + 4);
    assert_true(r == I(1000 + 7 + 5 + 100));
    assert_int_equal(f->stacktop, 2);
    free(f);
    be->release(&c);
    jit_fn_free(fn);

    /* io[0] comes from a local: 1 / -1 statuses */
    fn = newfn(2, 3);
    jit_add_block(fn, 0, 0, true);
    K(fn, 0, 0, I(500));
    LL(fn, 1, 1, 0);
    LL(fn, 2, 2, 1);
    u = E(fn, UOP_H_BINARY_OP, 3, -1, 1, -1);
    u->n_in = 2; u->n_out = 1; u->oparg = 1; u->op1 = 0x1111; u->op2 = 0x2222;
    u->deopt_exit = DX(fn, 3, 3);
    u->error_exit = EX(fn, 3, 1);
    E(fn, UOP_ADD_INT, 5, 0, 0, 1)->deopt_exit = DX(fn, 5, 2);
    E(fn, UOP_RETURN, 6, -1, 0, -1);
    compile(fn, &c);
    f = newframe(fn);
    f->localsplus[0] = I(10); f->localsplus[1] = I(20);
    assert_int_equal(run(&c, f, &r), 0);
    assert_true(r == I(531));
    /* status 1 */
    f->next_instr = code;
    f->localsplus[0] = I(0);
    assert_int_equal(run(&c, f, &r), 1);
    assert_true(f->next_instr == code + 3);
    assert_int_equal(f->stacktop, 2 + 3);
    assert_true(f->localsplus[2] == I(500));
    assert_true(f->localsplus[3] == I(0));
    assert_true(f->localsplus[4] == I(20));
    /* status -1: error exit, depth 1 */
    f->next_instr = code; f->stacktop = 2;
    f->localsplus[0] = I(-1);
    f->localsplus[2] = V_NULL;
    assert_int_equal(run(&c, f, &r), 2);
    assert_true(f->prev_instr == code + 3);
    assert_true(f->next_instr == code + 4);
    assert_int_equal(f->stacktop, 3);
    assert_true(f->localsplus[2] == I(500));
    free(f);
    be->release(&c);
    jit_fn_free(fn);

    /* a branching helper: status 2 jumps to its target */
    fn = newfn(1, 3);
    jit_add_block(fn, 0, 0, true);
    LL(fn, 0, 0, 0);
    u = E(fn, UOP_H_FOR_ITER_RANGE, 1, -1, 0, -1);
    u->n_in = 1; u->n_out = 2; u->n_out_alt = 0; u->target = 2;
    u->error_exit = EX(fn, 1, 1);   /* FOR_ITER keeps the iterator on error */
    jit_add_block(fn, 2, 2, false);
    E(fn, UOP_RETURN, 2, -1, 1, -1);
    jit_add_block(fn, 3, 0, false);
    K(fn, 3, 0, V_NONE);
    E(fn, UOP_RETURN, 4, -1, 0, -1);
    compile(fn, &c);
    f = newframe(fn);
    f->localsplus[0] = I(1);
    assert_int_equal(run(&c, f, &r), 0);
    assert_true(r == I(42));
    f->next_instr = code;
    f->localsplus[0] = I(99);
    assert_int_equal(run(&c, f, &r), 0);
    assert_true(r == V_NONE);
    free(f);
    be->release(&c);
    jit_fn_free(fn);

    /* no helper in the runtime: a compile error, not a crash */
    rt.helpers[UOP_H_UNARY_NOT] = NULL;
    fn = newfn(1, 2);
    jit_add_block(fn, 0, 0, true);
    LL(fn, 0, 0, 0);
    u = E(fn, UOP_H_UNARY_NOT, 1, -1, 0, -1);
    u->n_in = 1; u->n_out = 1;
    u->error_exit = EX(fn, 1, 0);
    E(fn, UOP_RETURN, 2, -1, 0, -1);
    char err[256] = "";
    JitCompileOptions opt = {.opt_level = 1};
    assert_int_equal(be->compile(fn, &opt, &c, err, sizeof err), -1);
    assert_true(err[0] != 0);
    jit_fn_free(fn);
}

/* ---- (e) OSR at a loop head with a non-empty stack ---- */

/* local 0 n; the stack holds an accumulator across the loop:
 *   b0 @0:  push 0
 *   b1 @10 (entry, depth 1): if not (n > 0) goto b3
 *   b2 @20: acc += n; n -= 1; goto b1
 *   b3 @40: return acc */
static void test_osr_stack(void **state) {
    (void)state;
    JitFunction *fn = newfn(1, 3);
    jit_add_block(fn, 0, 0, true);
    K(fn, 0, 0, I(0));
    jit_add_block(fn, 10, 1, true);
    LL(fn, 10, 1, 0);
    K(fn, 11, 2, I(0));
    E(fn, UOP_COMPARE_INT, 12, 1, 1, 2)->oparg = CMP_GT;
    E(fn, UOP_BRANCH_FALSE, 13, -1, 1, -1)->target = 3;
    jit_add_block(fn, 20, 1, false);
    LL(fn, 20, 1, 0);
    E(fn, UOP_ADD_INT, 21, 0, 0, 1)->deopt_exit = DX(fn, 21, 2);
    LL(fn, 22, 1, 0);
    K(fn, 23, 2, I(1));
    E(fn, UOP_SUB_INT, 24, 1, 1, 2)->deopt_exit = DX(fn, 24, 3);
    SL(fn, 25, 1, 0, true);
    E(fn, UOP_LOOP_CHECK, 26, -1, -1, -1)->deopt_exit = DX(fn, 26, 1);
    E(fn, UOP_JUMP, 27, -1, -1, -1)->target = 1;
    jit_add_block(fn, 40, 1, false);
    E(fn, UOP_RETURN, 40, -1, 0, -1);
    JitCompiled c;
    compile(fn, &c);
    Frame *f = newframe(fn);
    Value r;
    f->localsplus[0] = I(10);
    assert_int_equal(run(&c, f, &r), 0);
    assert_true(r == I(55));
    /* OSR: the interpreter stopped at the loop head with acc = 1000 */
    f->localsplus[0] = I(10);
    f->localsplus[1] = I(1000);
    f->stacktop = 2;
    f->next_instr = code + 10;
    assert_int_equal(run(&c, f, &r), 0);
    assert_true(r == I(1055));
    assert_int_equal(f->stacktop, 1);
    /* OSR, then deopt on the back-edge: acc is written back */
    f->localsplus[0] = I(3);
    f->localsplus[1] = I(7);
    f->stacktop = 2;
    f->next_instr = code + 10;
    sigint_flag = 1;
    int64_t st = run(&c, f, &r);
    sigint_flag = 0;
    assert_int_equal(st, 3);
    assert_true(f->next_instr == code + 26);
    assert_int_equal(f->stacktop, 2);
    assert_true(f->localsplus[1] == I(10));
    assert_true(f->localsplus[0] == I(2));
    free(f);
    be->release(&c);
    jit_fn_free(fn);
}

/* ---- refcounts, GUARD_TYPE, CHECK_BOUND, IS, BRANCH_NONE ---- */

typedef struct FakeObj { int64_t refcnt; void *type; int64_t payload; } FakeObj;
static int fake_type_a, fake_type_b;

static void test_refcount_and_guards(void **state) {
    (void)state;
    /* locals 0 o, 1 u
     *   CHECK_BOUND u; s0 = o; GUARD_TYPE s0 (type a); INCREF s0; DECREF s0;
     *   DECREF s0 (known ptr); o = None (STORE_LOCAL decrefs the old o... which
     *   is the object again: refcnt net -2 -1... see below) */
    JitFunction *fn = newfn(2, 2);
    jit_add_block(fn, 0, 0, true);
    E(fn, UOP_CHECK_BOUND, 0, -1, -1, -1)->oparg = 1;
    fn->uops[fn->nuops - 1].error_exit = EX(fn, 0, 0);
    LL(fn, 1, 0, 0);
    JitUop *u = E(fn, UOP_GUARD_TYPE, 2, -1, 0, -1);
    u->op1 = (uint64_t)(uintptr_t)&fake_type_a;
    u->deopt_exit = DX(fn, 2, 1);
    E(fn, UOP_INCREF, 3, -1, 0, -1);
    E(fn, UOP_DECREF, 4, -1, 0, -1);
    E(fn, UOP_DECREF, 5, -1, 0, -1)->flags = UOPI_A_PTR;
    K(fn, 6, 0, V_NONE);
    SL(fn, 7, 0, 0, false);                  /* decref of the old o */
    LL(fn, 8, 0, 0);
    LL(fn, 9, 1, 1);
    E(fn, UOP_IS, 10, 0, 0, 1)->oparg = 1;   /* o is not u */
    E(fn, UOP_BRANCH_NONE, 11, -1, 1, -1)->target = 2;
    jit_add_block(fn, 12, 1, false);
    E(fn, UOP_RETURN, 12, -1, 0, -1);
    jit_add_block(fn, 13, 1, false);
    K(fn, 13, 0, I(-9));
    E(fn, UOP_RETURN, 14, -1, 0, -1);
    JitCompiled c;
    compile(fn, &c);

    FakeObj o = {3, &fake_type_a, 0};
    Frame *f = newframe(fn);
    Value r;
    dealloc_count = 0;
    f->localsplus[0] = v_from_obj(&o);
    f->localsplus[1] = I(1);
    assert_int_equal(run(&c, f, &r), 0);      /* 3 + 1 - 1 - 1 - 1 = 1 */
    assert_int_equal(o.refcnt, 1);
    assert_int_equal(dealloc_count, 0);
    assert_true(r == V_TRUE);                 /* None is not 1 */
    assert_true(f->localsplus[0] == V_NONE);
    /* u is None: BRANCH_NONE taken */
    f->next_instr = code;
    f->localsplus[0] = v_from_obj(&o);
    o.refcnt = 3;
    f->localsplus[1] = V_NONE;
    assert_int_equal(run(&c, f, &r), 0);
    assert_true(r == I(-9));
    /* refcount reaches 0 on the last DECREF: dealloc once */
    f->next_instr = code;
    o.refcnt = 2;
    f->localsplus[0] = v_from_obj(&o);
    f->localsplus[1] = I(1);
    assert_int_equal(run(&c, f, &r), 0);
    assert_int_equal(dealloc_count, 1);
    assert_ptr_equal(last_dealloc, &o);
    /* wrong type, not a pointer: the guard deopts with o on the stack */
    o.type = &fake_type_b;
    o.refcnt = 5;
    f->next_instr = code; f->stacktop = 2;
    f->localsplus[0] = v_from_obj(&o);
    assert_int_equal(run(&c, f, &r), 2);
    assert_true(f->next_instr == code + 2);
    assert_int_equal(f->stacktop, 3);
    assert_true(f->localsplus[2] == v_from_obj(&o));
    assert_int_equal(o.refcnt, 5);
    f->next_instr = code; f->stacktop = 2;
    f->localsplus[0] = I(4);
    assert_int_equal(run(&c, f, &r), 2);
    assert_true(f->localsplus[2] == I(4));
    /* unbound u: raise_unbound, then the error exit */
    f->next_instr = code; f->stacktop = 2;
    f->localsplus[1] = V_NULL;
    unbound_count = 0;
    assert_int_equal(run(&c, f, &r), 1);
    assert_int_equal(unbound_count, 1);
    assert_int_equal(unbound_local, 1);
    assert_true(f->prev_instr == code + 0);
    assert_true(f->next_instr == code + 1);
    assert_int_equal(f->stacktop, 2);
    free(f);
    be->release(&c);
    jit_fn_free(fn);
}

/* ---- code size, IR dump, asm markers, invalid IR, recompiling a name ---- */

static void test_dump_markers_errors(void **state) {
    (void)state;
    JitFunction *fn = build_sum();
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    assert_non_null(mem);
    JitCompileOptions opt = {.opt_level = 2, .dump_ir = mem, .asm_markers = true};
    JitCompiled c;
    char err[512];
    if (be->compile(fn, &opt, &c, err, sizeof err)) fail_msg("%s", err);
    fclose(mem);
    /* LLVM IR, or gccjit's C-like dump of its recording */
    assert_non_null(strstr(buf, strcmp(be->name, "llvm") == 0 ? "define" : "extern __int64_t"));
    assert_non_null(strstr(buf, fn->name));
    free(buf);
    assert_true(c.code_size > 0);
#if defined(__x86_64__)
    /* the marker of the block at offset 10 */
    const uint8_t *p = c.code_start;
    uint32_t imm = JIT_ASM_MARKER_BASE + 10;
    bool found = false;
    for (size_t i = 0; i + 8 <= c.code_size; i++)
        if (p[i] == 0x0f && p[i + 1] == 0x1f && p[i + 2] == 0x84 && p[i + 3] == 0x00 &&
            memcmp(p + i + 4, &imm, 4) == 0)
            found = true;
    assert_true(found);
#endif
    Frame *f = newframe(fn);
    f->localsplus[0] = I(100);
    Value r;
    assert_int_equal(run(&c, f, &r), 0);
    assert_true(r == I(5050));

    /* the same name again while the first is live, and after release */
    JitCompiled c2;
    compile_at(fn, &c2, 1);
    f->next_instr = code;
    assert_int_equal(run(&c2, f, &r), 0);
    assert_true(r == I(5050));
    be->release(&c);
    JitCompiled c3;
    compile_at(fn, &c3, 0);
    f->next_instr = code;
    assert_int_equal(run(&c3, f, &r), 0);
    assert_true(r == I(5050));
    be->release(&c2);
    be->release(&c3);
    free(f);

    /* bad IR: an out-of-range slot, a missing exit -> -1 with a message */
    fn->uops[0].dst = 99;
    err[0] = 0;
    assert_int_equal(be->compile(fn, &opt, &c, err, sizeof err), -1);
    assert_true(strlen(err) > 0);
    fn->uops[0].dst = 0;
    for (int i = 0; i < fn->nuops; i++)
        if (fn->uops[i].op == UOP_ADD_INT) fn->uops[i].deopt_exit = -1;
    opt.dump_ir = NULL;
    assert_int_equal(be->compile(fn, &opt, &c, err, sizeof err), -1);
    jit_fn_free(fn);
    assert_true(be->time_ns() > 0);
}

/* ---- many exits: the shared exit tail (table of stacktop / next_instr /
 * prev_instr) ---- */

static int tail_script[5];
static int tail_calls;
static int tail_helper(Frame *f, Value *io, int64_t oparg, uint64_t op1, uint64_t op2) {
    (void)f; (void)op1; (void)op2;
    tail_calls++;
    int st = tail_script[oparg];
    if (st == 0) io[0] = I(oparg * 10 + v_as_smallint(io[1]));
    return st;
}

/* 5 helper calls, each over a pending value in slot 0; exit 2k is call k's
 * deopt (depth 3), 2k + 1 its error exit (depth 1) */
static JitFunction *build_exits(void) {
    JitFunction *fn = newfn(2, 6);
    jit_add_block(fn, 0, 0, true);
    for (int k = 0; k < 5; k++) {
        int bc = 10 * k;
        K(fn, bc, 0, I(1000 + k));
        K(fn, bc, 1, I(k));
        K(fn, bc, 2, I(7));
        JitUop *u = E(fn, UOP_H_COMPARE_OP, bc + 1, -1, 1, -1);
        u->n_in = 2; u->n_out = 1; u->oparg = k;
        u->deopt_exit = DX(fn, bc + 1, 3);
        u->error_exit = EX(fn, bc + 1, 1);
        SL(fn, bc + 2, 1, 0, true);
    }
    K(fn, 60, 0, I(42));
    E(fn, UOP_RETURN, 60, -1, 0, -1);
    return fn;
}

static void test_exit_tail(void **state) {
    (void)state;
    rt.helpers[UOP_H_COMPARE_OP] = (void *)tail_helper;
    JitFunction *fn = build_exits();
    for (int level = 0; level <= 3; level++) {
        JitCompiled c;
        compile_at(fn, &c, level);
        for (int at = -1; at < 5; at++) {
            for (int kind = 0; kind < 2; kind++) {
                if (at < 0 && kind) continue;
                for (int k = 0; k < 5; k++) tail_script[k] = k == at ? (kind ? -1 : 1) : 0;
                Frame *f = newframe(fn);
                f->localsplus[0] = I(0);
                f->prev_instr = code + 999;
                Value r;
                int64_t rc = run(&c, f, &r);
                if (at < 0) {
                    assert_int_equal(rc, 0);
                    assert_true(r == I(42));
                    assert_true(f->localsplus[0] == I(47));
                    assert_int_equal(f->stacktop, fn->nlocalsplus);
                } else if (!kind) {
                    assert_int_equal(rc, 2 * at + 1);
                    assert_int_equal(f->stacktop, fn->nlocalsplus + 3);
                    assert_true(f->localsplus[2 + 0] == I(1000 + at));
                    assert_true(f->localsplus[2 + 1] == I(at));
                    assert_true(f->localsplus[2 + 2] == I(7));
                    assert_ptr_equal(f->next_instr, code + 10 * at + 1);
                    assert_ptr_equal(f->prev_instr, code + 10 * at + 1);   /* as the call left it */
                } else {
                    assert_int_equal(rc, 2 * at + 2);
                    assert_int_equal(f->stacktop, fn->nlocalsplus + 1);
                    assert_true(f->localsplus[2 + 0] == I(1000 + at));
                    assert_ptr_equal(f->prev_instr, code + 10 * at + 1);
                    assert_ptr_equal(f->next_instr, code + 10 * at + 2);
                }
                if (at > 0) assert_true(f->localsplus[0] == I((at - 1) * 10 + 7));
                free(f);
            }
        }
        be->release(&c);
    }
    jit_fn_free(fn);
    rt.helpers[UOP_H_COMPARE_OP] = NULL;
}

/* ---- compile-time measurement (COIL_JIT_BENCH=1) ---- */

/* n loop bodies of mixed int/float arithmetic, helper calls and guards. */
static JitFunction *build_big(int n) {
    JitFunction *fn = newfn(4, 6);
    jit_add_block(fn, 0, 0, true);
    K(fn, 0, 0, I(0)); SL(fn, 0, 0, 1, false);
    int bc = 2;
    for (int k = 0; k < n; k++) {
        int head = jit_add_block(fn, bc, 0, true);
        LL(fn, bc, 0, 1); LL(fn, bc, 1, 0);
        E(fn, UOP_GUARD_INT, bc, -1, 0, -1)->deopt_exit = DX(fn, bc, 2);
        E(fn, UOP_COMPARE_INT, bc, 0, 0, 1)->oparg = CMP_LT;
        E(fn, UOP_BRANCH_FALSE, bc + 1, -1, 0, -1)->target = head + 2;
        bc += 2;
        jit_add_block(fn, bc, 0, false);
        LL(fn, bc, 0, 2); LL(fn, bc, 1, 1);
        E(fn, UOP_MUL_INT, bc, 0, 0, 1)->deopt_exit = DX(fn, bc, 2);
        LL(fn, bc + 1, 1, 3);
        E(fn, UOP_ADD_FLOAT, bc + 1, 0, 0, 1);
        K(fn, bc + 2, 1, F(1.5));
        E(fn, UOP_DIV_FLOAT, bc + 2, 0, 0, 1)->deopt_exit = DX(fn, bc + 2, 2);
        LL(fn, bc + 3, 1, 2);
        JitUop *u = E(fn, UOP_H_BINARY_OP, bc + 3, -1, 0, -1);
        u->n_in = 2; u->n_out = 1; u->op1 = 0x1111; u->op2 = 0x2222;
        u->deopt_exit = DX(fn, bc + 3, 2);
        u->error_exit = EX(fn, bc + 3, 0);
        SL(fn, bc + 4, 0, 3, false);
        LL(fn, bc + 5, 0, 1); K(fn, bc + 5, 1, I(1));
        E(fn, UOP_ADD_INT, bc + 5, 0, 0, 1)->deopt_exit = DX(fn, bc + 5, 2);
        SL(fn, bc + 6, 0, 1, true);
        E(fn, UOP_LOOP_CHECK, bc + 7, -1, -1, -1)->deopt_exit = DX(fn, bc + 7, 0);
        E(fn, UOP_JUMP, bc + 7, -1, -1, -1)->target = head;
        bc += 8;
        jit_add_block(fn, bc, 0, false);
        K(fn, bc, 0, I(0)); SL(fn, bc, 0, 1, true);
        bc += 1;
    }
    jit_add_block(fn, bc, 0, false);
    LL(fn, bc, 0, 3);
    E(fn, UOP_INCREF, bc, -1, 0, -1);
    E(fn, UOP_RETURN, bc, -1, 0, -1);
    return fn;
}

/* A method-like body, as most hot Python functions are: n helper calls
 * (attribute loads, calls) with deopt and error exits, local stores with
 * decrefs, a type guard, a branch, and a return. */
static JitFunction *build_calls(int n) {
    JitFunction *fn = newfn(4, 6);
    jit_add_block(fn, 0, 0, true);
    int bc = 0;
    for (int k = 0; k < n; k++) {
        LL(fn, bc, 0, 0); E(fn, UOP_INCREF, bc, -1, 0, -1);
        LL(fn, bc + 1, 1, 1 + k % 3); E(fn, UOP_INCREF, bc + 1, -1, 1, -1);
        E(fn, UOP_GUARD_TYPE, bc + 2, -1, 0, -1)->deopt_exit = DX(fn, bc + 2, 2);
        fn->uops[fn->nuops - 1].op1 = 0x1234;
        JitUop *u = E(fn, UOP_H_BINARY_OP, bc + 3, -1, 0, -1);
        u->n_in = 2; u->n_out = 1; u->op1 = 0x1111 + (uint64_t)k;
        u->deopt_exit = DX(fn, bc + 3, 2);
        u->error_exit = EX(fn, bc + 3, 0);
        if (k % 4 == 3) {
            LL(fn, bc + 4, 1, 2);
            E(fn, UOP_IS, bc + 4, 1, 0, 1)->oparg = 0;
            E(fn, UOP_BRANCH_TRUE, bc + 5, -1, 1, -1)->target = fn->nblocks + 1;
            jit_add_block(fn, bc + 6, 1, false);
            E(fn, UOP_DECREF, bc + 6, -1, 0, -1);
            K(fn, bc + 6, 0, V_NONE);
            jit_add_block(fn, bc + 7, 1, false);
        }
        SL(fn, bc + 8, 0, 1 + k % 3, false);
        bc += 10;
    }
    K(fn, bc, 0, V_NONE);
    E(fn, UOP_RETURN, bc, -1, 0, -1);
    return fn;
}

/* CPU time of this thread: the machine may be shared */
static uint64_t mono_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void test_bench_opt_levels(void **state) {
    (void)state;
    if (!getenv("COIL_JIT_BENCH")) skip();
    rt.helpers[UOP_H_BINARY_OP] = (void *)test_helper;
    /* COIL_JIT_BENCH=repeat:N:LEVEL[:CALLS] compiles a CALLS-call (8)
     * function N times (for a profiler) */
    const char *b = getenv("COIL_JIT_BENCH");
    if (strncmp(b, "repeat:", 7) == 0) {
        int n = atoi(b + 7);
        const char *l = strchr(b + 7, ':');
        int level = l ? atoi(l + 1) : 1;
        const char *k = l ? strchr(l + 1, ':') : NULL;
        JitFunction *fn = build_calls(k ? atoi(k + 1) : 8);
        uint64_t t0 = mono_ns();
        for (int i = 0; i < n; i++) {
            JitCompiled c;
            compile_at(fn, &c, level);
            be->release(&c);
        }
        printf("bench: %d compiles of %d uops at O%d: %.3f ms each\n", n, fn->nuops, level,
               (double)(mono_ns() - t0) / 1e6 / (n > 0 ? n : 1));
        jit_fn_free(fn);
        return;
    }
    int sizes[] = {1, 4, 16, 64, -2, -8, -24};
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        JitFunction *fn = sizes[s] > 0 ? build_big(sizes[s]) : build_calls(-sizes[s]);
        if (sizes[s] > 0) printf("bench: %3d loops, %5d uops:", sizes[s], fn->nuops);
        else printf("bench: %3d calls, %5d uops:", -sizes[s], fn->nuops);
        for (int level = 0; level <= 3; level++) {
            uint64_t best = UINT64_MAX;
            size_t sz = 0;
            for (int rep = 0; rep < 7; rep++) {
                JitCompiled c;
                uint64_t t0 = mono_ns();
                compile_at(fn, &c, level);
                uint64_t t = mono_ns() - t0;
                if (t < best) best = t;
                sz = c.code_size;
                be->release(&c);
            }
            printf("  O%d %7.2f ms (%5zu B)", level, (double)best / 1e6, sz);
        }
        printf("\n");
        jit_fn_free(fn);
    }
    /* the sum loop run time at each level */
    JitFunction *fn = build_sum();
    for (int level = 0; level <= 3; level++) {
        JitCompiled c;
        compile_at(fn, &c, level);
        Frame *f = newframe(fn);
        uint64_t best = UINT64_MAX;
        for (int rep = 0; rep < 5; rep++) {
            f->next_instr = code;
            f->localsplus[0] = I(10000000);
            Value r;
            uint64_t t0 = mono_ns();
            assert_int_equal(run(&c, f, &r), 0);
            uint64_t t = mono_ns() - t0;
            if (t < best) best = t;
        }
        printf("bench: sum(1..1e7) at O%d: %.2f ms\n", level, (double)best / 1e6);
        free(f);
        be->release(&c);
    }
    jit_fn_free(fn);
}

static void test_all_levels(void **state) {
    (void)state;
    /* the sum loop and OSR at O0, O1, O3 too */
    int saved = opt_level;
    for (int level = 0; level <= 3; level++) {
        opt_level = level;
        test_sum_loop(state);
        test_sum_overflow_deopt(state);
        test_osr_stack(state);
        test_float(state);
    }
    opt_level = saved;
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sum_loop),
        cmocka_unit_test(test_sum_overflow_deopt),
        cmocka_unit_test(test_float),
        cmocka_unit_test(test_compare),
        cmocka_unit_test(test_int_ops),
        cmocka_unit_test(test_helper_calls),
        cmocka_unit_test(test_osr_stack),
        cmocka_unit_test(test_refcount_and_guards),
        cmocka_unit_test(test_dump_markers_errors),
        cmocka_unit_test(test_all_levels),
        cmocka_unit_test(test_exit_tail),
        cmocka_unit_test(test_bench_opt_levels),
    };
    const char *b = getenv("COIL_JIT_BENCH");
    if (b && strncmp(b, "repeat:", 7) == 0) {     /* the compile loop alone */
        const struct CMUnitTest bench[] = {cmocka_unit_test(test_bench_opt_levels)};
        return cmocka_run_group_tests(bench, setup, NULL);
    }
    return cmocka_run_group_tests(tests, setup, NULL);
}

/* test_jit_ir.c: the uop IR (builder, verifier, dump), the optimiser, and
 * the translator on real code objects. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "coil/coil.h"
#include "vm/object.h"
#include "vm/value.h"
#include "vm/code.h"
#include "vm/opcodes.h"
#include "vm/dict.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/function.h"
#include "vm/eval.h"
#include "vm/exec.h"
#include "vm/errors.h"
#include "vm/runtime.h"
#include "jit/ir.h"
#include "jit/translate.h"

static int dummy_helper(void) { return 1; }

/* A runtime whose every HELPER uop has a (never called) function. */
static JitRuntime rt_all;
/* ... and one with no helpers at all. */
static JitRuntime rt_none;

static int setup(void **state) {
    (void)state;
    coil_set_xoption("jit=off");
    for (int i = 0; i < UOP__COUNT; i++)
        if (uop_info[i].kind == UK_HELPER) rt_all.helpers[i] = (void *)dummy_helper;
    return coil_initialize();
}

static JitFunction *new_fn(int nlocals, int stacksize, int ncodeunits) {
    JitFunction *fn = jit_fn_new(NULL, &rt_all);
    assert_non_null(fn);
    fn->nlocalsplus = nlocals;
    fn->stacksize = stacksize;
    fn->ncodeunits = ncodeunits;
    return fn;
}

static int count_op(const JitFunction *fn, int op) {
    int n = 0;
    for (int i = 0; i < fn->nuops; i++) n += fn->uops[i].op == op;
    return n;
}

static void verify_ok(const JitFunction *fn) {
    char err[256];
    if (jit_fn_verify(fn, err, sizeof err) < 0) {
        jit_fn_dump(fn, stderr, "verify failed");
        fail_msg("verify: %s", err);
    }
}

static char *dump_str(const JitFunction *fn) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    jit_fn_dump(fn, f, "test");
    fclose(f);
    return buf;
}

static JitUop *E(JitFunction *fn, int op, int dst, int a, int b) {
    JitUop *u = jit_emit(fn, op, 0);
    assert_non_null(u);
    u->dst = dst;
    u->a = a;
    u->b = b;
    return u;
}

/* ---- builder, verify, dump ---- */

static void test_builder(void **state) {
    (void)state;
    JitFunction *fn = new_fn(2, 4, 10);
    assert_int_equal(jit_add_block(fn, 0, 0, true), 0);
    int dex = jit_add_exit(fn, JIT_EXIT_DEOPT, 4, 2, 4);
    assert_int_equal(jit_add_exit(fn, JIT_EXIT_DEOPT, 4, 2, 4), dex);   /* deduplicated */
    int eex = jit_add_exit(fn, JIT_EXIT_ERROR, 4, 0, 4);
    assert_int_not_equal(eex, dex);
    JitUop *u = jit_emit(fn, UOP_LOAD_CONST, 0);
    assert_int_equal(u->dst, -1);
    assert_int_equal(u->a, -1);
    assert_int_equal(u->b, -1);
    assert_int_equal(u->target, -1);
    assert_int_equal(u->deopt_exit, -1);
    assert_int_equal(u->error_exit, -1);
    assert_int_equal(u->n_in, 0);
    u->dst = 0;
    u->op1 = v_from_smallint(1);
    u = E(fn, UOP_LOAD_CONST, 1, -1, -1);
    u->op1 = v_from_smallint(2);
    E(fn, UOP_GUARD_INT, -1, 0, -1)->deopt_exit = dex;
    E(fn, UOP_GUARD_INT, -1, 1, -1)->deopt_exit = dex;
    E(fn, UOP_ADD_INT, 0, 0, 1)->deopt_exit = dex;
    E(fn, UOP_RETURN, -1, 0, -1);
    void *p = jit_keep(fn, malloc(16));
    assert_non_null(p);
    verify_ok(fn);
    char *d = dump_str(fn);
    assert_non_null(strstr(d, "block 0 (offset 0, depth 0, entry)"));
    assert_non_null(strstr(d, "ADD_INT"));
    assert_non_null(strstr(d, "deopt->@4/2"));
    free(d);

    /* the optimiser: constants prove the guards, the add folds */
    JitOptStats st;
    jit_optimize(fn, &st);
    verify_ok(fn);
    assert_int_equal(st.guards_removed, 2);
    assert_int_equal(st.consts_folded, 1);
    assert_int_equal(count_op(fn, UOP_GUARD_INT), 0);
    assert_int_equal(count_op(fn, UOP_ADD_INT), 0);
    assert_int_equal(count_op(fn, UOP_LOAD_CONST), 3);
    bool found = false;
    for (int i = 0; i < fn->nuops; i++)
        if (fn->uops[i].op == UOP_LOAD_CONST && fn->uops[i].op1 == v_from_smallint(3)) found = true;
    assert_true(found);
    jit_fn_free(fn);
}

static void test_verify_errors(void **state) {
    (void)state;
    char err[256];
    /* falls off the end */
    JitFunction *fn = new_fn(1, 2, 4);
    jit_add_block(fn, 0, 0, true);
    E(fn, UOP_LOAD_LOCAL, 0, -1, -1)->oparg = 0;
    assert_int_equal(jit_fn_verify(fn, err, sizeof err), -1);
    /* a guard without its exit */
    E(fn, UOP_GUARD_INT, -1, 0, -1);
    E(fn, UOP_RETURN, -1, 0, -1);
    assert_int_equal(jit_fn_verify(fn, err, sizeof err), -1);
    assert_non_null(strstr(err, "deopt"));
    fn->uops[1].deopt_exit = jit_add_exit(fn, JIT_EXIT_DEOPT, 0, 0, 0);
    verify_ok(fn);
    /* slot out of range */
    fn->uops[0].dst = 7;
    assert_int_equal(jit_fn_verify(fn, err, sizeof err), -1);
    fn->uops[0].dst = 0;
    /* bad branch target */
    jit_fn_free(fn);
    fn = new_fn(1, 2, 4);
    jit_add_block(fn, 0, 0, true);
    E(fn, UOP_JUMP, -1, -1, -1)->target = 5;
    assert_int_equal(jit_fn_verify(fn, err, sizeof err), -1);
    jit_fn_free(fn);
}

/* ---- the optimiser ---- */

static void test_opt_guard_by_guard(void **state) {
    (void)state;
    JitFunction *fn = new_fn(2, 4, 10);
    jit_add_block(fn, 0, 0, true);
    int dex = jit_add_exit(fn, JIT_EXIT_DEOPT, 0, 0, 0);
    E(fn, UOP_LOAD_LOCAL, 0, -1, -1)->oparg = 0;
    E(fn, UOP_INCREF, -1, 0, -1);
    E(fn, UOP_GUARD_INT, -1, 0, -1)->deopt_exit = dex;
    E(fn, UOP_LOAD_LOCAL, 1, -1, -1)->oparg = 0;     /* the same local again */
    E(fn, UOP_INCREF, -1, 1, -1);
    E(fn, UOP_GUARD_INT, -1, 1, -1)->deopt_exit = dex;
    E(fn, UOP_ADD_INT, 0, 0, 1)->deopt_exit = dex;
    E(fn, UOP_DECREF, -1, 1, -1);
    E(fn, UOP_STORE_LOCAL, -1, 0, -1)->oparg = 1;
    E(fn, UOP_LOAD_CONST, 0, -1, -1)->op1 = V_NONE;
    E(fn, UOP_RETURN, -1, 0, -1);
    verify_ok(fn);
    JitOptStats st;
    jit_optimize(fn, &st);
    verify_ok(fn);
    /* the second guard goes (the local was refined by the first); the
     * first INCREF stays (unknown before its guard) */
    assert_int_equal(count_op(fn, UOP_GUARD_INT), 1);
    assert_int_equal(st.guards_removed, 1);
    assert_int_equal(count_op(fn, UOP_INCREF), 1);
    assert_int_equal(count_op(fn, UOP_DECREF), 0);
    assert_true(st.refcounts_removed >= 2);
    for (int i = 0; i < fn->nuops; i++)
        if (fn->uops[i].op == UOP_ADD_INT)
            assert_int_equal(fn->uops[i].flags & (UOPI_A_INT | UOPI_B_INT), UOPI_A_INT | UOPI_B_INT);
    jit_fn_free(fn);
}

/* local 0 is an int on one path and unknown on the other: the guard after
 * the merge stays; a guard on a path where it is proven goes. */
static void test_opt_merge_keeps_guard(void **state) {
    (void)state;
    JitFunction *fn = new_fn(2, 4, 20);
    int dex = jit_add_exit(fn, JIT_EXIT_DEOPT, 8, 0, 8);
    jit_add_block(fn, 0, 0, true);                    /* 0 */
    E(fn, UOP_LOAD_LOCAL, 0, -1, -1)->oparg = 1;
    E(fn, UOP_BRANCH_TRUE, -1, 0, -1)->target = 2;
    jit_add_block(fn, 4, 0, false);                   /* 1: local0 = 5 */
    E(fn, UOP_LOAD_CONST, 0, -1, -1)->op1 = v_from_smallint(5);
    E(fn, UOP_STORE_LOCAL, -1, 0, -1)->oparg = 0;
    E(fn, UOP_JUMP, -1, -1, -1)->target = 3;
    jit_add_block(fn, 6, 0, false);                   /* 2: nothing known */
    E(fn, UOP_JUMP, -1, -1, -1)->target = 3;
    jit_add_block(fn, 8, 0, false);                   /* 3: merge */
    E(fn, UOP_LOAD_LOCAL, 0, -1, -1)->oparg = 0;
    E(fn, UOP_GUARD_INT, -1, 0, -1)->deopt_exit = dex;
    E(fn, UOP_RETURN, -1, 0, -1);
    verify_ok(fn);
    JitOptStats st;
    jit_optimize(fn, &st);
    verify_ok(fn);
    assert_int_equal(count_op(fn, UOP_GUARD_INT), 1);
    assert_int_equal(st.guards_removed, 0);
    /* the store in block 1 overwrote an unknown value: no OLD_INLINE */
    for (int i = 0; i < fn->nuops; i++)
        if (fn->uops[i].op == UOP_STORE_LOCAL) assert_int_equal(fn->uops[i].flags & UOPI_OLD_INLINE, 0);
    jit_fn_free(fn);

    /* both paths int: the guard goes */
    fn = new_fn(2, 4, 20);
    dex = jit_add_exit(fn, JIT_EXIT_DEOPT, 8, 0, 8);
    jit_add_block(fn, 0, 0, true);
    E(fn, UOP_LOAD_LOCAL, 0, -1, -1)->oparg = 1;
    E(fn, UOP_BRANCH_TRUE, -1, 0, -1)->target = 2;
    jit_add_block(fn, 4, 0, false);
    E(fn, UOP_LOAD_CONST, 0, -1, -1)->op1 = v_from_smallint(5);
    E(fn, UOP_STORE_LOCAL, -1, 0, -1)->oparg = 0;
    E(fn, UOP_JUMP, -1, -1, -1)->target = 3;
    jit_add_block(fn, 6, 0, false);
    E(fn, UOP_LOAD_CONST, 0, -1, -1)->op1 = v_from_smallint(6);
    E(fn, UOP_STORE_LOCAL, -1, 0, -1)->oparg = 0;
    E(fn, UOP_JUMP, -1, -1, -1)->target = 3;
    jit_add_block(fn, 8, 0, false);
    E(fn, UOP_LOAD_LOCAL, 0, -1, -1)->oparg = 0;
    E(fn, UOP_GUARD_INT, -1, 0, -1)->deopt_exit = dex;
    E(fn, UOP_LOAD_CONST, 1, -1, -1)->op1 = v_from_smallint(1);
    E(fn, UOP_STORE_LOCAL, -1, 1, -1)->oparg = 0;   /* old value an int */
    E(fn, UOP_RETURN, -1, 0, -1);
    jit_optimize(fn, &st);
    verify_ok(fn);
    assert_int_equal(count_op(fn, UOP_GUARD_INT), 0);
    int old_inline = 0;
    for (int i = 0; i < fn->nuops; i++)
        if (fn->uops[i].op == UOP_STORE_LOCAL && (fn->uops[i].flags & UOPI_OLD_INLINE)) old_inline++;
    assert_int_equal(old_inline, 1);
    jit_fn_free(fn);
}

static void test_opt_tobool(void **state) {
    (void)state;
    JitFunction *fn = new_fn(1, 4, 10);
    int eex = jit_add_exit(fn, JIT_EXIT_ERROR, 2, 1, 2);
    jit_add_block(fn, 0, 0, true);
    E(fn, UOP_LOAD_CONST, 0, -1, -1)->op1 = v_from_smallint(1);
    E(fn, UOP_LOAD_CONST, 1, -1, -1)->op1 = v_from_smallint(2);
    E(fn, UOP_COMPARE_INT, 0, 0, 1)->oparg = 0;
    JitUop *u = E(fn, UOP_H_TO_BOOL, -1, 0, -1);
    u->n_in = 1; u->n_out = 2; u->error_exit = eex;
    E(fn, UOP_DECREF, -1, 0, -1);
    E(fn, UOP_BRANCH_TRUE, -1, 1, -1)->target = 2;
    jit_add_block(fn, 4, 0, false);
    E(fn, UOP_LOAD_CONST, 0, -1, -1)->op1 = V_NONE;
    E(fn, UOP_RETURN, -1, 0, -1);
    jit_add_block(fn, 6, 0, false);
    E(fn, UOP_LOAD_CONST, 0, -1, -1)->op1 = V_TRUE;
    E(fn, UOP_RETURN, -1, 0, -1);
    verify_ok(fn);
    JitOptStats st;
    jit_optimize(fn, &st);
    verify_ok(fn);
    assert_int_equal(st.tobool_removed, 1);
    assert_int_equal(count_op(fn, UOP_H_TO_BOOL), 0);
    assert_int_equal(count_op(fn, UOP_DECREF), 0);
    jit_fn_free(fn);
}

/* ---- the translator on real code ---- */

static Value g_globals;

static Value define(const char *src, const char *name) {
    Value code = exec_compile_string(src, strlen(src), "<test>", COMPILE_EXEC);
    if (v_is_null(code)) { err_clear(); fail_msg("compile failed:\n%s", src); }
    if (v_is_null(g_globals)) g_globals = dict_new();
    Value r = eval_code(code, g_globals, g_globals);
    if (v_is_null(r)) { err_clear(); fail_msg("run failed:\n%s", src); }
    v_decref(r);
    v_decref(code);
    Value f = dict_get_str(g_globals, str_intern_cstr(name));
    assert_false(v_is_null(f));
    return f;
}

static CodeObject *code_of(Value f) { return v_as_code(v_as_function(f)->code); }

static JitFunction *translate(CodeObject *co, const JitRuntime *rt) {
    char why[256];
    JitFunction *fn = jit_translate(co, V_NULL, V_NULL, rt, NULL, 0, why, sizeof why);
    if (!fn) fail_msg("translate: %s", why);
    verify_ok(fn);
    return fn;
}

static int count_entries(const JitFunction *fn) {
    int n = 0;
    for (int b = 0; b < fn->nblocks; b++) n += fn->blocks[b].entry;
    return n;
}

static const char *LOOP_SRC =
    "def f(a, b):\n"
    "    s = 0\n"
    "    i = 0\n"
    "    while i < a:\n"
    "        s = s + i * b\n"
    "        i = i + 1\n"
    "    return s\n";

static void test_translate_generic(void **state) {
    (void)state;
    g_globals = V_NULL;
    Value f = define(LOOP_SRC, "f");
    CodeObject *co = code_of(f);
    JitFunction *fn = translate(co, &rt_all);
    /* not run yet: the generic helpers */
    assert_true(count_op(fn, UOP_H_BINARY_OP) >= 2);
    assert_int_equal(count_op(fn, UOP_H_COMPARE_OP), 1);
    assert_int_equal(count_op(fn, UOP_LOOP_CHECK), 1);
    assert_int_equal(count_entries(fn), 2);          /* offset 0 + one OSR stub */
    assert_int_equal(count_op(fn, UOP_RETURN), 1);
    JitOptStats st;
    jit_optimize(fn, &st);
    verify_ok(fn);
    jit_fn_free(fn);

    /* no helpers: those instructions are left to the interpreter */
    fn = translate(co, &rt_none);
    assert_true(count_op(fn, UOP_DEOPT) >= 1);
    assert_int_equal(count_op(fn, UOP_H_BINARY_OP), 0);
    jit_fn_free(fn);
}

static void test_translate_specialised(void **state) {
    (void)state;
    g_globals = V_NULL;
    Value f = define(LOOP_SRC, "f");
    CodeObject *co = code_of(f);
    for (int k = 0; k < 100; k++) {
        Value args[2] = { v_from_smallint(10), v_from_smallint(3) };
        Value r = eval_call_function(f, args, 2, V_NULL);
        assert_false(v_is_null(r));
        assert_true(r == v_from_smallint(135));
    }
    JitFunction *fn = translate(co, &rt_all);
    assert_int_equal(count_op(fn, UOP_ADD_INT), 2);
    assert_int_equal(count_op(fn, UOP_MUL_INT), 1);
    assert_int_equal(count_op(fn, UOP_COMPARE_INT), 1);
    assert_int_equal(count_op(fn, UOP_H_BINARY_OP), 0);
    /* compare + POP_JUMP_IF_FALSE: a direct branch, no TO_BOOL */
    assert_int_equal(count_op(fn, UOP_H_TO_BOOL), 0);
    assert_true(count_op(fn, UOP_BRANCH_FALSE) + count_op(fn, UOP_BRANCH_TRUE) >= 1);
    int guards_before = count_op(fn, UOP_GUARD_INT);
    JitOptStats st;
    jit_optimize(fn, &st);
    verify_ok(fn);
    int guards_after = count_op(fn, UOP_GUARD_INT);
    if (getenv("JIT_IR_DUMP")) jit_fn_dump(fn, stderr, "specialised, optimised");
    /* s and i are ints around the loop: their guards go; a and b stay */
    assert_true(guards_after < guards_before);
    assert_true(st.guards_removed > 0);
    assert_true(st.refcounts_removed > 0);
    /* the OSR stub guards what the loop head knows (s, i ints) */
    int stub = -1;
    for (int b = 0; b < fn->nblocks; b++)
        if (fn->blocks[b].entry && fn->blocks[b].bc_offset != 0) stub = b;
    assert_true(stub >= 0);
    int stub_guards = 0;
    for (int i = fn->blocks[stub].first; i < fn->blocks[stub].first + fn->blocks[stub].count; i++)
        stub_guards += fn->uops[i].op == UOP_GUARD_INT;
    assert_int_equal(stub_guards, 2);

    /* a generic site: translated with the family's helper */
    int32_t site = -1;
    for (int i = 0; i < co->ncodeunits; i++)
        if (CU_OP(co->code[i]) == OP_BINARY_OP_MULTIPLY_INT) site = i;
    assert_true(site >= 0);
    char why[256];
    JitFunction *g = jit_translate(co, V_NULL, V_NULL, &rt_all, &site, 1, why, sizeof why);
    assert_non_null(g);
    assert_int_equal(count_op(g, UOP_MUL_INT), 0);
    assert_int_equal(count_op(g, UOP_H_BINARY_OP), 1);
    jit_fn_free(g);
    jit_fn_free(fn);
}

/* A generator translates (a YIELD uop, entries at the body start and the
 * resume point, none at offset 0); yield from and async generators are
 * refused. */
static void test_translate_reject_generator(void **state) {
    (void)state;
    g_globals = V_NULL;
    Value f = define("def g():\n    yield 1\n", "g");
    char why[256];
    JitFunction *fn = jit_translate(code_of(f), V_NULL, V_NULL, &rt_all, NULL, 0, why, sizeof why);
    assert_non_null(fn);
    assert_int_equal(count_op(fn, UOP_YIELD), 1);
    int entries = 0;
    for (int i = 0; i < fn->nblocks; i++) {
        if (!fn->blocks[i].entry) continue;
        entries++;
        assert_true(fn->blocks[i].bc_offset > 0);
    }
    assert_int_equal(entries, 2);
    jit_fn_free(fn);
    Value h = define("def h(x):\n    yield from x\n", "h");
    assert_null(jit_translate(code_of(h), V_NULL, V_NULL, &rt_all, NULL, 0, why, sizeof why));
    assert_non_null(strstr(why, "yield from"));
    Value a = define("async def a():\n    yield 1\n", "a");
    assert_null(jit_translate(code_of(a), V_NULL, V_NULL, &rt_all, NULL, 0, why, sizeof why));
    assert_non_null(strstr(why, "async generator"));
}

/* CHECK_BOUND: dropped for parameters and after a store, kept after del;
 * a bare raise is left to the interpreter. */
static void test_translate_bound_and_raise(void **state) {
    (void)state;
    g_globals = V_NULL;
    Value f = define("def f(p):\n"
                     "    a = p\n"
                     "    b = p + a\n"
                     "    del a\n"
                     "    if p:\n"
                     "        raise\n"
                     "    return a\n", "f");
    JitFunction *fn = translate(code_of(f), &rt_all);
    int checks = 0, deopts = 0;
    for (int i = 0; i < fn->nuops; i++) {
        if (fn->uops[i].op == UOP_CHECK_BOUND) { checks++; assert_int_equal(fn->uops[i].oparg, 1); }
        if (fn->uops[i].op == UOP_DEOPT) deopts++;
    }
    assert_int_equal(checks, 1);     /* only `return a` after the del */
    assert_int_equal(deopts, 1);     /* the bare raise */
    JitOptStats st;
    jit_optimize(fn, &st);
    verify_ok(fn);
    assert_int_equal(count_op(fn, UOP_CHECK_BOUND), 1);
    jit_fn_free(fn);
}

/* Every code object of a program with most constructs translates,
 * verifies, optimises and verifies again. */
static const char *BIG_SRC =
    "import math\n"
    "class C:\n"
    "    def __init__(self, x):\n"
    "        self.x = x\n"
    "    def m(self, y=1, *, z=2):\n"
    "        return self.x + y + z\n"
    "def h(a, *args, k=3, **kw):\n"
    "    t = (a, *args)\n"
    "    d = {**kw, 'k': k}\n"
    "    l = [i * 2 for i in range(a) if i % 2]\n"
    "    s = {x for x in l}\n"
    "    try:\n"
    "        r = t[10]\n"
    "    except IndexError as e:\n"
    "        r = None\n"
    "    finally:\n"
    "        pass\n"
    "    with open('/dev/null') as fh:\n"
    "        pass\n"
    "    x = a if a else -a\n"
    "    y = a and k or 7\n"
    "    z = r is None\n"
    "    del x\n"
    "    f = lambda q: q + a\n"
    "    c = C(a).m(2, z=4)\n"
    "    print(f'{a!r:>4}', end='', sep='', file=None) if False else None\n"
    "    for i, j in zip(l, l):\n"
    "        if i == j: continue\n"
    "        break\n"
    "    else:\n"
    "        pass\n"
    "    n = 0\n"
    "    while n < 3:\n"
    "        n += 1\n"
    "        if n == 2:\n"
    "            break\n"
    "    assert n, 'msg'\n"
    "    u, *v = [1, 2, 3]\n"
    "    w = l[1:2]\n"
    "    l[0] = 5\n"
    "    del l[0]\n"
    "    g = 1.5 * a / 2.0 - a\n"
    "    return (t, d, s, r, z, f(1), c, u, v, w, g, math.pi, len(kw), -a, ~a, not a)\n"
    "def outer():\n"
    "    v = 1\n"
    "    def inner():\n"
    "        nonlocal v\n"
    "        v += 1\n"
    "        return v\n"
    "    return inner\n";

static int translated;

static void translate_all(Value code) {
    CodeObject *co = v_as_code(code);
    char why[256];
    const JitRuntime *rts[2] = { &rt_all, &rt_none };
    for (int k = 0; k < 2; k++) {
        JitFunction *fn = jit_translate(co, V_NULL, V_NULL, rts[k], NULL, 0, why, sizeof why);
        if (!fn) {
            if (!(co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)))
                fail_msg("translate %s: %s", str_data(co->qualname), why);
            continue;
        }
        verify_ok(fn);
        JitOptStats st;
        jit_optimize(fn, &st);
        verify_ok(fn);
        char *d = dump_str(fn);
        free(d);
        jit_fn_free(fn);
        translated++;
    }
    Value consts = co->consts;
    for (int64_t i = 0; i < tuple_size(consts); i++)
        if (v_is_code(tuple_items(consts)[i])) translate_all(tuple_items(consts)[i]);
}

static void test_translate_everything(void **state) {
    (void)state;
    Value code = exec_compile_string(BIG_SRC, strlen(BIG_SRC), "<big>", COMPILE_EXEC);
    if (v_is_null(code)) { err_clear(); fail_msg("compile failed"); }
    translated = 0;
    translate_all(code);
    assert_true(translated >= 10);
    /* and after running h a few times (specialised forms) */
    g_globals = V_NULL;
    Value h = define(BIG_SRC, "h");
    for (int k = 0; k < 30; k++) {
        Value args[1] = { v_from_smallint(5) };
        Value r = eval_call_function(h, args, 1, V_NULL);
        if (v_is_null(r)) { err_clear(); fail_msg("h failed"); }
        v_decref(r);
    }
    translate_all(v_as_function(h)->code);
    v_decref(code);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_builder),
        cmocka_unit_test(test_verify_errors),
        cmocka_unit_test(test_opt_guard_by_guard),
        cmocka_unit_test(test_opt_merge_keeps_guard),
        cmocka_unit_test(test_opt_tobool),
        cmocka_unit_test(test_translate_generic),
        cmocka_unit_test(test_translate_specialised),
        cmocka_unit_test(test_translate_reject_generator),
        cmocka_unit_test(test_translate_bound_and_raise),
        cmocka_unit_test(test_translate_everything),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}

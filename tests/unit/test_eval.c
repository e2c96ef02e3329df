/* test_eval.c: the interpreter end to end through the embedding API:
 * programs run from source, results checked with Python asserts and the
 * uncaught exception's type and message. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>
#include "coil/coil.h"
#include "vm/object.h"
#include "vm/errors.h"
#include "vm/code.h"
#include "vm/opcodes.h"
#include "vm/eval.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/dict.h"
#include "vm/runtime.h"

/* Runs src in fresh globals without printing tracebacks; returns the status. */
static int run(const char *src) {
    return coil_run_string_ex(src, "<test>", COIL_RUN_QUIET | COIL_RUN_FRESH);
}

/* Statements the compiler does not support yet make a test skip, not fail. */
static void skip_if_unsupported(void) {
    const char *t = coil_last_exception_type(), *m = coil_last_exception_message();
    if (t && m && !strcmp(t, "SyntaxError") && strstr(m, "not supported yet")) skip();
}

static void expect_ok(const char *src) {
    int status = run(src);
    if (status != 0) skip_if_unsupported();
    if (status != 0)
        fail_msg("program failed: %s: %s\n--\n%s", coil_last_exception_type(),
                 coil_last_exception_message(), src);
}

static void expect_exc(const char *src, const char *type, const char *msg) {
    int status = run(src);
    if (strcmp(type, "SyntaxError")) skip_if_unsupported();
    assert_int_equal(status, 1);
    assert_non_null(coil_last_exception_type());
    assert_string_equal(coil_last_exception_type(), type);
    if (msg) assert_string_equal(coil_last_exception_message(), msg);
}

static int setup(void **state) {
    (void)state;
    return coil_initialize();
}

static void test_arith_and_loops(void **state) {
    (void)state;
    expect_ok("s = 0\n"
              "for i in range(1000):\n"
              "    s += i * i % 7\n"
              "assert s == 2001, s\n"
              "x = 2 ** 100\n"
              "assert x // 3 == 422550200076076467165567735125\n"
              "assert 7 // -2 == -4 and 7 % -2 == -1 and -7 >> 1 == -4\n"
              "assert (1 << 47) == 140737488355328 and (1 << 47) - 1 == 140737488355327\n"
              "assert 0.5 + 1 == 1.5 and 3 / 2 == 1.5\n"
              "i = 0\n"
              "while i < 10:\n"
              "    i += 1\n"
              "    if i == 5: break\n"
              "else:\n"
              "    i = -1\n"
              "assert i == 5\n");
}

static void test_calls_and_binding(void **state) {
    (void)state;
    expect_ok("def f(a, b=2, *args, k=3, **kw):\n"
              "    return (a, b, args, k, kw)\n"
              "assert f(1) == (1, 2, (), 3, {})\n"
              "assert f(1, 5, 6, 7, k=8, z=9) == (1, 5, (6, 7), 8, {'z': 9})\n"
              "assert f(*[1, 2], **{'k': 0}) == (1, 2, (), 0, {})\n"
              "def g(a, /, b): return a - b\n"
              "assert g(5, b=3) == 2\n"
              "assert max([3, 1, 2], key=lambda x: -x) == 1\n"
              "assert sorted([3, 1, 2], reverse=True) == [3, 2, 1]\n");
}

static void test_binding_errors(void **state) {
    (void)state;
    expect_exc("def f(a, b): pass\nf(1)", "TypeError",
               "f() missing 1 required positional argument: 'b'");
    expect_exc("def f(a, b): pass\nf()", "TypeError",
               "f() missing 2 required positional arguments: 'a' and 'b'");
    expect_exc("def f(a, b, c): pass\nf()", "TypeError",
               "f() missing 3 required positional arguments: 'a', 'b', and 'c'");
    expect_exc("def f(a, b): pass\nf(1, 2, 3)", "TypeError",
               "f() takes 2 positional arguments but 3 were given");
    expect_exc("def f(a, b=1): pass\nf(1, 2, 3)", "TypeError",
               "f() takes from 1 to 2 positional arguments but 3 were given");
    expect_exc("def f(a): pass\nf(1, x=2)", "TypeError",
               "f() got an unexpected keyword argument 'x'");
    expect_exc("def f(a): pass\nf(1, a=2)", "TypeError",
               "f() got multiple values for argument 'a'");
    expect_exc("def f(a, *, k): pass\nf(1)", "TypeError",
               "f() missing 1 required keyword-only argument: 'k'");
    expect_exc("def g():\n    def f(a): pass\n    return f\ng()(1, 2)", "TypeError",
               "g.<locals>.f() takes 1 positional argument but 2 were given");
    expect_exc("def f(): pass\nf(1)", "TypeError",
               "f() takes 0 positional arguments but 1 was given");
}

static void test_names_and_closures(void **state) {
    (void)state;
    expect_exc("x", "NameError", "name 'x' is not defined");
    expect_exc("def f():\n    print(x)\n    x = 1\nf()", "UnboundLocalError",
               "cannot access local variable 'x' where it is not associated with a value");
    expect_exc("def f():\n    def g(): return x\n    g()\n    x = 1\nf()", "NameError",
               "cannot access free variable 'x' where it is not associated with a value in enclosing scope");
    expect_ok("def counter():\n"
              "    n = 0\n"
              "    def inc():\n"
              "        nonlocal n\n"
              "        n += 1\n"
              "        return n\n"
              "    return inc\n"
              "c = counter()\n"
              "c(); c()\n"
              "assert c() == 3\n"
              "fs = [lambda: i for i in range(3)]\n"
              "assert [f() for f in fs] == [2, 2, 2]\n");
}

static void test_recursion_limit(void **state) {
    (void)state;
    expect_exc("def f(n): return f(n + 1)\nf(0)", "RecursionError",
               "maximum recursion depth exceeded");
    /* CPython 3.11 reaches f(998) before failing at this depth. */
    expect_ok("def f(n):\n"
              "    try:\n"
              "        return f(n + 1)\n"
              "    except RecursionError:\n"
              "        return n\n"
              "assert f(0) == 998, f(0)\n"
              "def d(n): return 0 if n == 0 else 1 + d(n - 1)\n"
              "assert d(950) == 950\n");
}

static void test_unwinding(void **state) {
    (void)state;
    expect_ok("def inner(): return 1 // 0\n"
              "def outer():\n"
              "    try:\n"
              "        inner()\n"
              "    except ZeroDivisionError as e:\n"
              "        return 'caught'\n"
              "assert outer() == 'caught'\n"
              "log = []\n"
              "def fin():\n"
              "    try:\n"
              "        raise ValueError('v')\n"
              "    finally:\n"
              "        log.append('finally')\n"
              "try:\n"
              "    fin()\n"
              "except ValueError as e:\n"
              "    log.append(str(e))\n"
              "assert log == ['finally', 'v'], log\n"
              "try:\n"
              "    try:\n"
              "        raise KeyError('k')\n"
              "    except KeyError:\n"
              "        raise TypeError('t')\n"
              "except TypeError as e:\n"
              "    assert type(e.__context__) is KeyError\n"
              "try:\n"
              "    raise ValueError from KeyError\n"
              "except ValueError as e:\n"
              "    assert type(e.__cause__) is KeyError\n");
    expect_exc("raise", "RuntimeError", "No active exception to reraise");
    expect_exc("raise 3", "TypeError", "exceptions must derive from BaseException");
    expect_exc("try:\n    1/0\nexcept ZeroDivisionError:\n    raise\n", "ZeroDivisionError", NULL);
    expect_exc("assert 1 == 2, 'boom'", "AssertionError", "boom");
}

static void test_generators(void **state) {
    (void)state;
    expect_ok("def gen(n):\n"
              "    for i in range(n):\n"
              "        x = yield i\n"
              "        if x: yield x\n"
              "    return 'done'\n"
              "assert list(gen(3)) == [0, 1, 2]\n"
              "g = gen(2)\n"
              "assert next(g) == 0\n"
              "assert g.send('s') == 's'\n"
              "assert next(g) == 1\n"
              "assert next(g, 'end') == 'end'\n"
              "def deleg():\n"
              "    r = yield from gen(2)\n"
              "    yield r\n"
              "assert list(deleg()) == [0, 1, 'done']\n"
              "assert sum(x * x for x in range(4)) == 14\n");
}

static void test_system_exit(void **state) {
    (void)state;
    assert_int_equal(run("raise SystemExit(3)"), 3);
    assert_int_equal(run("raise SystemExit"), 0);
}

/* The unwinding machinery on hand-assembled bytecode (independent of
 * which statements the compiler supports):
 *
 *     try:
 *         return 1 / divisor
 *     except ZeroDivisionError:
 *         return 'caught'
 */
static Value build_try_code(Value divisor) {
    static const CodeUnit units[] = {
        CU_MAKE(OP_RESUME, 0),
        CU_MAKE(OP_LOAD_CONST, 0),
        CU_MAKE(OP_LOAD_CONST, 1),
        CU_MAKE(OP_BINARY_OP, NB_TRUE_DIVIDE), CU_MAKE(OP_CACHE, 0),
        CU_MAKE(OP_RETURN_VALUE, 0),
        /* 6: handler, stack [exc] */
        CU_MAKE(OP_PUSH_EXC_INFO, 0),
        CU_MAKE(OP_LOAD_CONST, 3),
        CU_MAKE(OP_CHECK_EXC_MATCH, 0),
        CU_MAKE(OP_POP_JUMP_IF_FALSE, 4),
        CU_MAKE(OP_POP_TOP, 0),
        CU_MAKE(OP_POP_EXCEPT, 0),
        CU_MAKE(OP_LOAD_CONST, 2),
        CU_MAKE(OP_RETURN_VALUE, 0),
        /* 14: no match */
        CU_MAKE(OP_RERAISE, 0),
        /* 15: cleanup, stack [prev_exc, lasti, exc] */
        CU_MAKE(OP_COPY, 3),
        CU_MAKE(OP_POP_EXCEPT, 0),
        CU_MAKE(OP_RERAISE, 1),
    };
    int n = (int)(sizeof units / sizeof units[0]);
    CodeSpec spec;
    memset(&spec, 0, sizeof spec);
    spec.code = mem_alloc(sizeof units);
    memcpy(spec.code, units, sizeof units);
    spec.ncodeunits = n;
    spec.stacksize = 6;
    spec.firstlineno = 1;
    spec.consts = tuple_pack(4, v_from_smallint(1), divisor, str_from_cstr("caught"),
                             v_from_obj(&Exc_ZeroDivisionError));
    spec.names = tuple_empty();
    spec.localsplusnames = tuple_empty();
    spec.localspluskinds = mem_alloc(1);
    spec.filename = str_from_cstr("<asm>");
    spec.name = str_from_cstr("<module>");
    spec.qualname = str_from_cstr("<module>");
    spec.docstring = V_NONE;
    spec.positions = mem_alloc(sizeof(CodePosition) * (size_t)n);
    for (int i = 0; i < n; i++) spec.positions[i] = (CodePosition){1, 1, 0, 1};
    spec.exctable = mem_alloc(sizeof(ExceptionTableEntry) * 2);
    spec.exctable[0] = (ExceptionTableEntry){1, 6, 6, 0, false};
    spec.exctable[1] = (ExceptionTableEntry){6, 15, 15, 1, true};
    spec.nexctable = 2;
    return code_new(&spec);
}

static void test_exception_table(void **state) {
    (void)state;
    Value globals = dict_new();
    assert_int_equal(dict_set_cstr(globals, "__name__", str_from_cstr("t")), 0);

    Value code = build_try_code(v_from_smallint(0));
    assert_false(v_is_null(code));
    Value r = eval_code(code, globals, globals);
    assert_false(v_is_null(r));
    assert_true(v_is_str(r) && str_eq_cstr(r, "caught"));
    assert_true(eval_current_exception() == V_NONE);
    assert_true(eval_ts.depth == 0 && eval_ts.frame == NULL);
    v_decref(r);
    v_decref(code);

    /* Not a ZeroDivisionError: the handler re-raises through the cleanup. */
    code = build_try_code(str_from_cstr("s"));
    r = eval_code(code, globals, globals);
    assert_true(v_is_null(r));
    assert_true(err_matches(&Exc_TypeError));
    err_clear();
    assert_true(eval_current_exception() == V_NONE);
    assert_true(eval_ts.depth == 0 && eval_ts.frame == NULL);
    v_decref(code);
    v_decref(globals);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arith_and_loops),
        cmocka_unit_test(test_calls_and_binding),
        cmocka_unit_test(test_binding_errors),
        cmocka_unit_test(test_names_and_closures),
        cmocka_unit_test(test_recursion_limit),
        cmocka_unit_test(test_unwinding),
        cmocka_unit_test(test_generators),
        cmocka_unit_test(test_system_exit),
        cmocka_unit_test(test_exception_table),
    };
    int r = cmocka_run_group_tests(tests, setup, NULL);
    coil_finalize();
    return r;
}

/* test_compiler.c: symtable, compiler, code objects and dis
 * (frontend/symtable.c, frontend/compile*.c, vm/code.c, vm/dis.c).
 * Instruction shapes follow CPython 3.11's compiler with coil's opcode set. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "code.h"
#include "compiler.h"
#include "errors.h"
#include "opcodes.h"
#include "runtime.h"
#include "str.h"
#include "symtable.h"
#include "tuple.h"

static Value compile_ok(const char *src) {
    SyntaxErrorInfo err;
    Value co = compile_source(src, strlen(src), "t.py", COMPILE_EXEC, &err);
    if (v_is_null(co)) fprintf(stderr, "unexpected error: %s (line %d)\n", err.msg, err.lineno);
    assert_false(v_is_null(co));
    return co;
}

/* The n-th code object among co's constants. */
static Value nested(Value co, int n) {
    Value consts = v_as_code(co)->consts;
    for (int64_t i = 0; i < tuple_size(consts); i++)
        if (v_is_code(tuple_items(consts)[i]) && n-- == 0) return tuple_items(consts)[i];
    fail_msg("no nested code object");
    return V_NULL;
}

/* Opnames in order ("RESUME LOAD_CONST ..."), cache units skipped. */
static char *ops_of(Value code) {
    static char buf[4096];
    CodeObject *co = v_as_code(code);
    buf[0] = 0;
    for (int i = 0; i < co->ncodeunits;) {
        int op = opcode_unsuper(CU_OP(co->code[i]));   /* as compiled: superinstructions are the quickening pass's */
        if (buf[0]) strcat(buf, " ");
        strcat(buf, opcode_info[op].name);
        i += 1 + opcode_info[op].cache;
    }
    return buf;
}

/* Argument of the k-th instruction (EXTENDED_ARG folded in, not counted). */
static int arg_of(Value code, int k) {
    CodeObject *co = v_as_code(code);
    int ext = 0;
    for (int i = 0; i < co->ncodeunits;) {
        int op = CU_OP(co->code[i]);
        int arg = CU_ARG(co->code[i]) | ext;
        ext = op == OP_EXTENDED_ARG ? arg << 8 : 0;
        if (op != OP_EXTENDED_ARG && k-- == 0) return arg;
        i += 1 + opcode_info[op].cache;
    }
    return -1;
}

static void expect_error(const char *src, const char *msg, int lineno, int col) {
    SyntaxErrorInfo err;
    Value co = compile_source(src, strlen(src), "t.py", COMPILE_EXEC, &err);
    assert_true(v_is_null(co));
    assert_string_equal(err.msg, msg);
    assert_int_equal(err.lineno, lineno);
    assert_int_equal(err.col_offset, col);
    syntax_error_info_clear(&err);
}

static int setup(void **state) {
    (void)state;
    return runtime_init() < 0 ? -1 : 0;
}

/* ---- instruction sequences ------------------------------------------------------ */

static void test_module_assign(void **state) {
    (void)state;
    Value co = compile_ok("x = 1\n");
    assert_string_equal(ops_of(co), "RESUME LOAD_CONST STORE_NAME LOAD_CONST RETURN_VALUE");
    v_decref(co);
}

static void test_function_locals_globals(void **state) {
    (void)state;
    Value co = compile_ok("def f(a, b=2):\n    c = a + b\n    return len(c)\n");
    assert_string_equal(ops_of(co), "RESUME LOAD_CONST LOAD_CONST MAKE_FUNCTION STORE_NAME LOAD_CONST RETURN_VALUE");
    assert_int_equal(arg_of(co, 3), 1);   /* MAKE_FUNCTION defaults */
    Value f = nested(co, 0);
    assert_string_equal(ops_of(f), "RESUME LOAD_FAST LOAD_FAST BINARY_OP STORE_FAST "
                                   "LOAD_GLOBAL LOAD_FAST CALL RETURN_VALUE");
    assert_int_equal(arg_of(f, 5), 1);    /* LOAD_GLOBAL (0 << 1) | NULL */
    CodeObject *fc = v_as_code(f);
    assert_int_equal(fc->argcount, 2);
    assert_int_equal(fc->nlocals, 3);
    assert_int_equal(fc->flags, CO_OPTIMIZED | CO_NEWLOCALS);
    assert_true(str_eq_cstr(fc->qualname, "f"));
    assert_true(v_is_none(tuple_items(fc->consts)[0]));   /* no docstring: None first */
    v_decref(co);
}

static void test_for_break_continue(void **state) {
    (void)state;
    Value co = compile_ok("def f(xs):\n    for x in xs:\n        if x:\n            break\n"
                          "        continue\n    else:\n        return 1\n");
    assert_string_equal(ops_of(nested(co, 0)),
        "RESUME LOAD_FAST GET_ITER FOR_ITER STORE_FAST LOAD_FAST POP_JUMP_IF_FALSE "
        "POP_TOP LOAD_CONST RETURN_VALUE JUMP_BACKWARD LOAD_CONST RETURN_VALUE");
    v_decref(co);
}

static void test_while_loop(void **state) {
    (void)state;
    Value co = compile_ok("def f(n):\n    while n > 0:\n        n -= 1\n    return n\n");
    assert_string_equal(ops_of(nested(co, 0)),
        "RESUME LOAD_FAST LOAD_CONST COMPARE_OP POP_JUMP_IF_FALSE LOAD_FAST LOAD_CONST "
        "BINARY_OP STORE_FAST JUMP_BACKWARD LOAD_FAST RETURN_VALUE");
    v_decref(co);
}

static void test_chained_compare_and_boolop(void **state) {
    (void)state;
    Value co = compile_ok("x = 1 < a < 3\ny = a and b or c\n");
    assert_string_equal(ops_of(co),
        "RESUME LOAD_CONST LOAD_NAME SWAP COPY COMPARE_OP JUMP_IF_FALSE_OR_POP LOAD_CONST "
        "COMPARE_OP JUMP_FORWARD SWAP POP_TOP STORE_NAME LOAD_NAME POP_JUMP_IF_FALSE LOAD_NAME "
        "JUMP_IF_TRUE_OR_POP LOAD_NAME STORE_NAME LOAD_CONST RETURN_VALUE");
    v_decref(co);
}

static void test_jump_if_and(void **state) {
    (void)state;
    Value co = compile_ok("if a and not b:\n    x = 1\n");
    assert_string_equal(ops_of(co),
        "RESUME LOAD_NAME POP_JUMP_IF_FALSE LOAD_NAME POP_JUMP_IF_TRUE LOAD_CONST STORE_NAME "
        "LOAD_CONST RETURN_VALUE LOAD_CONST RETURN_VALUE LOAD_CONST RETURN_VALUE");
    v_decref(co);
}

static void test_augassign_targets(void **state) {
    (void)state;
    Value co = compile_ok("a.b += 1\nc[i] *= 2\n");
    assert_string_equal(ops_of(co),
        "RESUME LOAD_NAME COPY LOAD_ATTR LOAD_CONST BINARY_OP SWAP STORE_ATTR "
        "LOAD_NAME LOAD_NAME COPY COPY BINARY_SUBSCR LOAD_CONST BINARY_OP SWAP SWAP STORE_SUBSCR "
        "LOAD_CONST RETURN_VALUE");
    assert_int_equal(arg_of(co, 5), NB_INPLACE + NB_ADD);
    v_decref(co);
}

static void test_unpack_ex_and_swap(void **state) {
    (void)state;
    Value co = compile_ok("a, *b, c = x\ndef f(a, b):\n    a, b = b, a\n");
    assert_string_equal(ops_of(co), "RESUME LOAD_NAME EXTENDED_ARG UNPACK_EX STORE_NAME STORE_NAME "
                                    "STORE_NAME LOAD_CONST MAKE_FUNCTION STORE_NAME LOAD_CONST RETURN_VALUE");
    assert_int_equal(arg_of(co, 2), 1 | (1 << 8));
    /* BUILD_TUPLE 2 + UNPACK_SEQUENCE 2 becomes reordered stores. */
    assert_string_equal(ops_of(nested(co, 0)),
                        "RESUME LOAD_FAST LOAD_FAST STORE_FAST STORE_FAST LOAD_CONST RETURN_VALUE");
    v_decref(co);
}

static void test_calls(void **state) {
    (void)state;
    Value co = compile_ok("f(1, k=2)\no.m(3)\ng(*a, **k)\n");
    assert_string_equal(ops_of(co),
        "RESUME PUSH_NULL LOAD_NAME LOAD_CONST LOAD_CONST KW_NAMES CALL POP_TOP "
        "LOAD_NAME LOAD_METHOD LOAD_CONST CALL POP_TOP "
        "PUSH_NULL LOAD_NAME LOAD_NAME BUILD_MAP LOAD_NAME DICT_MERGE CALL_FUNCTION_EX POP_TOP "
        "LOAD_CONST RETURN_VALUE");
    v_decref(co);
}

static void test_displays(void **state) {
    (void)state;
    Value co = compile_ok("a = [1, 2, 3]\nb = (1, 2)\nc = {'x': 1, 'y': v}\nd = [*p, 1]\n");
    assert_string_equal(ops_of(co),
        "RESUME BUILD_LIST LOAD_CONST LIST_EXTEND STORE_NAME LOAD_CONST STORE_NAME "
        "LOAD_CONST LOAD_NAME LOAD_CONST BUILD_CONST_KEY_MAP STORE_NAME "
        "BUILD_LIST LOAD_NAME LIST_EXTEND LOAD_CONST LIST_APPEND STORE_NAME LOAD_CONST RETURN_VALUE");
    v_decref(co);
}

static void test_closure_and_comprehension(void **state) {
    (void)state;
    Value co = compile_ok("def f():\n    x = 1\n    def g():\n        return x\n"
                          "    return [y for y in g()]\n");
    Value f = nested(co, 0);
    assert_string_equal(ops_of(f),
        "MAKE_CELL RESUME LOAD_CONST STORE_DEREF LOAD_CLOSURE BUILD_TUPLE LOAD_CONST MAKE_FUNCTION "
        "STORE_FAST LOAD_CONST MAKE_FUNCTION PUSH_NULL LOAD_FAST CALL GET_ITER CALL RETURN_VALUE");
    Value g = nested(f, 0);
    assert_string_equal(ops_of(g), "COPY_FREE_VARS RESUME LOAD_DEREF RETURN_VALUE");
    assert_true(str_eq_cstr(v_as_code(g)->qualname, "f.<locals>.g"));
    assert_int_equal(v_as_code(g)->flags, CO_OPTIMIZED | CO_NEWLOCALS | CO_NESTED);
    Value lc = nested(f, 1);
    assert_true(str_eq_cstr(v_as_code(lc)->qualname, "f.<locals>.<listcomp>"));
    assert_string_equal(ops_of(lc),
        "RESUME BUILD_LIST LOAD_FAST FOR_ITER STORE_FAST LOAD_FAST LIST_APPEND JUMP_BACKWARD RETURN_VALUE");
    v_decref(co);
}

static void test_generator(void **state) {
    (void)state;
    Value co = compile_ok("def g(a):\n    yield a\n    yield from a\n");
    Value g = nested(co, 0);
    assert_string_equal(ops_of(g),
        "RETURN_GENERATOR POP_TOP RESUME LOAD_FAST YIELD_VALUE RESUME POP_TOP LOAD_FAST "
        "GET_YIELD_FROM_ITER LOAD_CONST SEND YIELD_VALUE RESUME JUMP_BACKWARD_NO_INTERRUPT POP_TOP "
        "LOAD_CONST RETURN_VALUE");
    assert_true(v_as_code(g)->flags & CO_GENERATOR);
    v_decref(co);
}

static void test_fstring(void **state) {
    (void)state;
    Value co = compile_ok("s = f'a{x!r:>{w}}b'\n");
    assert_string_equal(ops_of(co), "RESUME LOAD_CONST LOAD_NAME LOAD_CONST LOAD_NAME FORMAT_VALUE "
                                    "BUILD_STRING FORMAT_VALUE LOAD_CONST BUILD_STRING STORE_NAME "
                                    "LOAD_CONST RETURN_VALUE");
    v_decref(co);
}

static void test_assert(void **state) {
    (void)state;
    Value co = compile_ok("assert x, 'm'\n");
    assert_string_equal(ops_of(co), "RESUME LOAD_NAME POP_JUMP_IF_TRUE LOAD_ASSERTION_ERROR LOAD_CONST "
                                    "CALL RAISE_VARARGS LOAD_CONST RETURN_VALUE");
    v_decref(co);
}

/* ---- constants, stack sizes, jumps ------------------------------------------------------ */

static void test_constant_folding_and_dedup(void **state) {
    (void)state;
    Value co = compile_ok("a = (1, 1.0, True, 1, -0.0, 0.0, -1, 2**10, 'ab' * 2)\n");
    Value t = tuple_items(v_as_code(co)->consts)[0];
    assert_true(v_is_tuple(t));
    assert_int_equal(tuple_size(t), 9);
    assert_true(tuple_items(t)[1] != tuple_items(t)[0]);
    Value big = compile_ok("x = 1\ny = 1.0\nz = True\nw = 1\nv = -0.0\nu = 0.0\n");
    /* 1, 1.0, True, -0.0, 0.0, None */
    assert_int_equal(tuple_size(v_as_code(big)->consts), 6);
    v_decref(big);
    Value p = compile_ok("x = 2 ** 1000\n");
    assert_string_equal(ops_of(p), "RESUME LOAD_CONST LOAD_CONST BINARY_OP STORE_NAME LOAD_CONST RETURN_VALUE");
    v_decref(p);
    v_decref(co);
}

static void test_stacksize(void **state) {
    (void)state;
    Value co = compile_ok("f(a, b, c)\n");
    assert_int_equal(v_as_code(co)->stacksize, 5);
    v_decref(co);
    co = compile_ok("x = [i for i in y]\n");
    assert_int_equal(v_as_code(nested(co, 0))->stacksize, 3);
    v_decref(co);
}

static void test_extended_arg_jump(void **state) {
    (void)state;
    /* An if body longer than 255 code units needs EXTENDED_ARG on its jump. */
    char src[8192] = "if x:\n";
    for (int i = 0; i < 200; i++) strcat(src, "    a = b\n");
    strcat(src, "y = 1\n");
    Value co = compile_ok(src);
    CodeObject *c = v_as_code(co);
    assert_int_equal(CU_OP(c->code[2]), OP_EXTENDED_ARG);
    assert_int_equal(CU_OP(c->code[3]), OP_POP_JUMP_IF_FALSE);
    int arg = (CU_ARG(c->code[2]) << 8) | CU_ARG(c->code[3]);
    int target = 4 + arg;
    assert_int_equal(CU_OP(c->code[target]), OP_LOAD_CONST);
    assert_int_equal(CU_OP(c->code[target + 1]), OP_STORE_NAME);
    v_decref(co);
}

static void test_positions(void **state) {
    (void)state;
    Value co = compile_ok("x = 1\n\ny = x + 2\n");
    CodeObject *c = v_as_code(co);
    assert_int_equal(code_line_at(c, 0), 0);   /* the module's RESUME */
    assert_int_equal(code_line_at(c, 1), 1);
    assert_int_equal(code_line_at(c, 3), 3);
    for (int i = 0; i < c->ncodeunits; i++) assert_true(c->positions[i].lineno >= 0);
    v_decref(co);
}

/* ---- scopes ---------------------------------------------------------------------- */

static void test_symtable_scopes(void **state) {
    (void)state;
    const char *src = "g = 1\ndef f(p):\n    l = p\n    c = 2\n    def h():\n        nonlocal l\n"
                      "        return c + g + l\n    global q\n    q = 3\n    return h\n";
    Arena *arena = arena_new();
    SyntaxErrorInfo err;
    Module *m = parse_module(arena, src, strlen(src), "t.py", &err);
    assert_non_null(m);
    SymTable *st = symtable_build(arena, m, &err);
    assert_non_null(st);
    Scope *top = st->top;
    assert_int_equal(scope_resolve(top, "g"), SYM_LOCAL);   /* module names use *_NAME */
    assert_int_equal(scope_resolve(top, "q"), SYM_GLOBAL_EXPLICIT);
    Scope *f = symtable_child(top, m->body.items[1]);
    assert_non_null(f);
    assert_int_equal(scope_resolve(f, "p"), SYM_LOCAL);
    assert_int_equal(scope_resolve(f, "l"), SYM_CELL);
    assert_int_equal(scope_resolve(f, "c"), SYM_CELL);
    assert_int_equal(scope_resolve(f, "q"), SYM_GLOBAL_EXPLICIT);
    assert_int_equal(f->nchildren, 1);
    Scope *h = f->children[0];
    assert_int_equal(scope_resolve(h, "c"), SYM_FREE);
    assert_int_equal(scope_resolve(h, "l"), SYM_FREE);
    assert_int_equal(scope_resolve(h, "g"), SYM_GLOBAL_IMPLICIT);
    assert_true(h->is_nested);
    arena_free(arena);
}

static void test_symtable_class_and_comprehension(void **state) {
    (void)state;
    const char *src = "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n"
                      "            return x\n    return [(y := i) for i in range(3)]\n";
    Arena *arena = arena_new();
    SyntaxErrorInfo err;
    Module *m = parse_module(arena, src, strlen(src), "t.py", &err);
    assert_non_null(m);
    SymTable *st = symtable_build(arena, m, &err);
    assert_non_null(st);
    Scope *f = st->top->children[0];
    assert_int_equal(scope_resolve(f, "x"), SYM_CELL);      /* the method sees f's x, not C's */
    assert_int_equal(scope_resolve(f, "y"), SYM_CELL);      /* walrus binds in f */
    Scope *cls = f->children[0];
    assert_int_equal(cls->kind, SCOPE_CLASS);
    assert_true(scope_lookup(cls, "x")->flags & DEF_FREE_CLASS);
    assert_int_equal(scope_resolve(cls->children[0], "x"), SYM_FREE);
    Scope *comp = f->children[1];
    assert_int_equal(comp->kind, SCOPE_COMPREHENSION);
    assert_int_equal(scope_resolve(comp, ".0"), SYM_LOCAL);
    assert_int_equal(scope_resolve(comp, "i"), SYM_LOCAL);
    assert_int_equal(scope_resolve(comp, "y"), SYM_FREE);
    /* The outermost iterable is evaluated in f. */
    assert_int_equal(scope_resolve(comp, "range"), SYM_UNKNOWN);
    assert_int_equal(scope_resolve(f, "range"), SYM_GLOBAL_IMPLICIT);
    arena_free(arena);
}

static void test_scope_errors(void **state) {
    (void)state;
    expect_error("def f():\n  x = 1\n  global x\n", "name 'x' is assigned to before global declaration", 3, 3);
    expect_error("def f():\n  print(x)\n  global x\n", "name 'x' is used prior to global declaration", 3, 3);
    expect_error("nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1);
    expect_error("def f():\n    nonlocal  x\n", "no binding for nonlocal 'x' found", 2, 5);
    expect_error("return 1\n", "'return' outside function", 1, 1);
    expect_error("break\n", "'break' outside loop", 1, 1);
    expect_error("for x in y:\n  def f():\n    continue\n", "'continue' not properly in loop", 3, 5);
    expect_error("yield 1\n", "'yield' outside function", 1, 1);
    expect_error("def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1, 10);
    expect_error("[(y := 1) for y in z]\n", "assignment expression cannot rebind comprehension iteration variable 'y'", 1, 3);
    expect_error("def f():\n  [(yield 1) for x in z]\n", "'yield' inside list comprehension", 2, 5);
}

/* Import statements in CPython 3.11's shapes. */
static void test_imports(void **state) {
    (void)state;
    Value co = compile_ok("import a.b.c\n");
    assert_string_equal(ops_of(co), "RESUME LOAD_CONST LOAD_CONST IMPORT_NAME STORE_NAME LOAD_CONST RETURN_VALUE");
    v_decref(co);
    co = compile_ok("import a.b.c as d\n");
    assert_string_equal(ops_of(co), "RESUME LOAD_CONST LOAD_CONST IMPORT_NAME IMPORT_FROM SWAP POP_TOP "
                                    "IMPORT_FROM STORE_NAME POP_TOP LOAD_CONST RETURN_VALUE");
    v_decref(co);
    co = compile_ok("from . import x, y as z\n");
    assert_string_equal(ops_of(co), "RESUME LOAD_CONST LOAD_CONST IMPORT_NAME IMPORT_FROM STORE_NAME "
                                    "IMPORT_FROM STORE_NAME POP_TOP LOAD_CONST RETURN_VALUE");
    Value consts = v_as_code(co)->consts;
    assert_true(tuple_items(consts)[arg_of(co, 1)] == v_from_smallint(1));   /* level */
    Value fromlist = tuple_items(consts)[arg_of(co, 2)];
    assert_true(v_is_tuple(fromlist) && tuple_size(fromlist) == 2);
    v_decref(co);
    co = compile_ok("from m import *\n");
    assert_string_equal(ops_of(co), "RESUME LOAD_CONST LOAD_CONST IMPORT_NAME IMPORT_STAR LOAD_CONST RETURN_VALUE");
    v_decref(co);
    co = compile_ok("def f():\n    import os\n    from os import path\n");
    assert_string_equal(ops_of(nested(co, 0)), "RESUME LOAD_CONST LOAD_CONST IMPORT_NAME STORE_FAST LOAD_CONST "
                                               "LOAD_CONST IMPORT_NAME IMPORT_FROM STORE_FAST POP_TOP LOAD_CONST "
                                               "RETURN_VALUE");
    v_decref(co);
    expect_error("def f():\n    from m import *\n", "import * only allowed at module level", 2, 5);
}

/* try/except: the body is covered by a handler at depth 0 without lasti,
 * the handler body by the cleanup handler at depth 1 with lasti; a bare
 * `except:` must be last. */
static void test_exception_table(void **state) {
    (void)state;
    SyntaxErrorInfo err;
    const char *src = "try:\n    a\nexcept E:\n    b\n";
    Value co = compile_source(src, strlen(src), "t.py", COMPILE_EXEC, &err);
    assert_false(v_is_null(co));
    CodeObject *c = v_as_code(co);
    assert_true(c->nexctable >= 2);
    assert_int_equal(c->exctable[0].depth, 0);
    assert_false(c->exctable[0].lasti);
    assert_int_equal(c->exctable[1].depth, 1);
    assert_true(c->exctable[1].lasti);
    assert_int_equal(CU_OP(c->code[c->exctable[0].handler]), OP_PUSH_EXC_INFO);
    v_decref(co);
    expect_error("try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n", "default 'except:' must be last", 3, 1);
}

static void test_not_supported(void **state) {
    (void)state;
    /* except* compiles now (compile_exc.c); what it may not contain is an error. */
    expect_error("for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
                 "'break', 'continue' and 'return' cannot appear in an except* block", 5, 9);
    expect_error("async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator", 3, 5);
    expect_error("def f():\n    return [x async for x in y]\n",
                 "asynchronous comprehension outside of an asynchronous function", 2, 12);
}

/* ---- dis ---------------------------------------------------------------------------- */

static char *dis_text(Value co) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    dis_code(co, f, false);
    fclose(f);
    /* Addresses differ from run to run. */
    char *outb = malloc(len + 1), *w = outb;
    for (char *r = buf; *r;) {
        if (r[0] == '0' && r[1] == 'x') {
            memcpy(w, "0xADDR", 6);
            w += 6;
            r += 2;
            while ((*r >= '0' && *r <= '9') || (*r >= 'a' && *r <= 'f')) r++;
        } else {
            *w++ = *r++;
        }
    }
    *w = 0;
    free(buf);
    buf = outb;
    return buf;
}

static void test_dis_format(void **state) {
    (void)state;
    Value co = compile_ok("def f(a, b=2):\n    for i in a:\n        b += i\n    return b\nprint(f([1]))\n");
    char *text = dis_text(co);
    const char *expected =
        "  0           0 RESUME                   0\n"
        "\n"
        "  1           2 LOAD_CONST               0 ((2,))\n"
        "              4 LOAD_CONST               1 (<code object f at 0xADDR, file \"t.py\", line 1>)\n"
        "              6 MAKE_FUNCTION            1 (defaults)\n"
        "              8 STORE_NAME               0 (f)\n"
        "\n"
        "  5          10 PUSH_NULL\n"
        "             12 LOAD_NAME                1 (print)\n"
        "             14 PUSH_NULL\n"
        "             16 LOAD_NAME                0 (f)\n"
        "             18 LOAD_CONST               2 (1)\n"
        "             20 BUILD_LIST               1\n"
        "             22 CALL                     1\n"
        "             26 CALL                     1\n"
        "             30 POP_TOP\n"
        "             32 LOAD_CONST               3 (None)\n"
        "             34 RETURN_VALUE\n"
        "\n"
        "Disassembly of <code object f at 0xADDR, file \"t.py\", line 1>:\n"
        "  1           0 RESUME                   0\n"
        "\n"
        "  2           2 LOAD_FAST                0 (a)\n"
        "              4 GET_ITER\n"
        "        >>    6 FOR_ITER                 7 (to 24)\n"
        "             10 STORE_FAST               2 (i)\n"
        "\n"
        "  3          12 LOAD_FAST                1 (b)\n"
        "             14 LOAD_FAST                2 (i)\n"
        "             16 BINARY_OP               13 (+=)\n"
        "             20 STORE_FAST               1 (b)\n"
        "             22 JUMP_BACKWARD            9 (to 6)\n"
        "\n"
        "  4     >>   24 LOAD_FAST                1 (b)\n"
        "             26 RETURN_VALUE\n";
    assert_string_equal(text, expected);
    free(text);
    v_decref(co);
}

static void test_dis_global_and_compare(void **state) {
    (void)state;
    Value co = compile_ok("def f(x):\n    return len(x) < 3\n");
    char *text = dis_text(nested(co, 0));
    const char *expected =
        "  1           0 RESUME                   0\n"
        "\n"
        "  2           2 LOAD_GLOBAL              1 (NULL + len)\n"
        "             14 LOAD_FAST                0 (x)\n"
        "             16 CALL                     1\n"
        "             20 LOAD_CONST               1 (3)\n"
        "             22 COMPARE_OP               0 (<)\n"
        "             26 RETURN_VALUE\n";
    assert_string_equal(text, expected);
    free(text);
    v_decref(co);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_module_assign),
        cmocka_unit_test(test_function_locals_globals),
        cmocka_unit_test(test_for_break_continue),
        cmocka_unit_test(test_while_loop),
        cmocka_unit_test(test_chained_compare_and_boolop),
        cmocka_unit_test(test_jump_if_and),
        cmocka_unit_test(test_augassign_targets),
        cmocka_unit_test(test_unpack_ex_and_swap),
        cmocka_unit_test(test_calls),
        cmocka_unit_test(test_displays),
        cmocka_unit_test(test_closure_and_comprehension),
        cmocka_unit_test(test_generator),
        cmocka_unit_test(test_fstring),
        cmocka_unit_test(test_assert),
        cmocka_unit_test(test_constant_folding_and_dedup),
        cmocka_unit_test(test_stacksize),
        cmocka_unit_test(test_extended_arg_jump),
        cmocka_unit_test(test_positions),
        cmocka_unit_test(test_symtable_scopes),
        cmocka_unit_test(test_symtable_class_and_comprehension),
        cmocka_unit_test(test_scope_errors),
        cmocka_unit_test(test_imports),
        cmocka_unit_test(test_exception_table),
        cmocka_unit_test(test_not_supported),
        cmocka_unit_test(test_dis_format),
        cmocka_unit_test(test_dis_global_and_compare),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}

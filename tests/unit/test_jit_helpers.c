/* test_jit_helpers.c: tier 2's C helpers (jit/helpers.c) called directly
 * on a hand-made frame: results, the stack protocol (io in/out), a
 * specialised form's miss running the generic form, and references
 * consumed as uops.h says. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <string.h>
#include <stdlib.h>
#include <cmocka.h>
#include "coil/coil.h"
#include "vm/object.h"
#include "vm/errors.h"
#include "vm/code.h"
#include "vm/opcodes.h"
#include "vm/abstract.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/list.h"
#include "vm/dict.h"
#include "vm/sigint.h"
#include "jit/helpers.h"

static int setup(void **state) {
    (void)state;
    return coil_initialize();
}

/* A frame with 4 locals and room for 16 stack slots; only the fields the
 * tested helpers read are set. */
typedef struct { Frame f; Value slots[20]; } FakeFrame;

static Frame *fake_frame(FakeFrame *ff) {
    memset(ff, 0, sizeof *ff);
    for (int i = 0; i < 20; i++) ff->f.localsplus[i] = V_NULL;
    return &ff->f;
}

static int64_t refcnt(Value v) { return v_as_obj(v)->refcnt; }

static void assert_repr(Value v, const char *expect) {
    Value r = obj_repr(v);
    assert_false(v_is_null(r));
    assert_string_equal(str_data(r), expect);
    v_decref(r);
}

static void test_fill(void **state) {
    (void)state;
    JitRuntime rt;
    memset(&rt, 0xAB, sizeof rt);
    jit_helpers_fill(&rt);
    assert_ptr_equal(rt.helpers[UOP_H_BINARY_OP], (void *)jit_h_H_BINARY_OP);
    assert_ptr_equal(rt.helpers[UOP_H_UNPACK_EX], (void *)jit_h_H_UNPACK_EX);
    assert_null(rt.helpers[UOP_ADD_INT]);
    assert_null(rt.helpers[UOP_LOAD_LOCAL]);
    assert_ptr_equal(rt.sigint_pending, (volatile int *)&sigint_pending);
    assert_non_null(rt.dealloc);
    assert_non_null(rt.raise_unbound);
}

static void test_binary_op(void **state) {
    (void)state;
    FakeFrame ff;
    Frame *f = fake_frame(&ff);
    Value io[4];
    /* small ints overflowing into a big int */
    io[0] = v_from_smallint((int64_t)1 << 46);
    io[1] = v_from_smallint((int64_t)1 << 46);
    assert_int_equal(jit_h_H_BINARY_OP(f, io, NB_ADD, 0, 0), 0);
    assert_repr(io[0], "140737488355328");
    v_decref(io[0]);
    /* float mixed with int */
    io[0] = v_from_float(1.5);
    io[1] = v_from_smallint(2);
    assert_int_equal(jit_h_H_BINARY_OP(f, io, NB_INPLACE + NB_MULTIPLY, 0, 0), 0);
    assert_true(v_is_float(io[0]) && v_as_float(io[0]) == 3.0);
    /* TypeError: both inputs consumed */
    Value s = str_from_cstr("not cached: a");
    v_incref(s);
    io[0] = v_from_smallint(1);
    io[1] = s;
    assert_int_equal(jit_h_H_BINARY_OP(f, io, NB_ADD, 0, 0), -1);
    assert_true(err_matches(&Exc_TypeError));
    err_clear();
    assert_int_equal(refcnt(s), 1);
    v_decref(s);
    /* ZeroDivisionError */
    io[0] = v_from_smallint(1);
    io[1] = v_from_smallint(0);
    assert_int_equal(jit_h_H_BINARY_OP(f, io, NB_FLOOR_DIVIDE, 0, 0), -1);
    assert_true(err_matches(&Exc_ZeroDivisionError));
    err_clear();
}

static void test_str_concat_in_place(void **state) {
    (void)state;
    FakeFrame ff;
    Frame *f = fake_frame(&ff);
    CodeUnit code[3] = { (CodeUnit)(OP_BINARY_OP | ((NB_INPLACE + NB_ADD) << 8)), 0,
                         (CodeUnit)(OP_STORE_FAST | (0 << 8)) };
    assert_int_equal(opcode_info[OP_BINARY_OP].cache, 1);
    f->prev_instr = code;
    Value s = str_from_cstr("abc"), t = str_from_cstr("def");
    f->localsplus[0] = s;          /* the local */
    v_incref(s);                   /* the stack's reference */
    Value io[2] = { s, t };
    assert_int_equal(jit_h_H_BINARY_OP(f, io, (NB_INPLACE + NB_ADD), 0, 0), 0);
    assert_string_equal(str_data(io[0]), "abcdef");
    /* the local holds the result, with the reference STORE_FAST releases */
    assert_true(f->localsplus[0] == io[0]);
    assert_int_equal(refcnt(io[0]), 2);
    Value old = f->localsplus[0];
    f->localsplus[0] = io[0];      /* STORE_FAST */
    v_decref(old);
    assert_int_equal(refcnt(io[0]), 1);
    v_decref(f->localsplus[0]);
    /* not followed by a store to that local: a plain concatenation */
    s = str_from_cstr("xy");
    t = str_from_cstr("z");
    f->localsplus[0] = V_NULL;
    v_incref(s);
    io[0] = s;
    io[1] = t;
    assert_int_equal(jit_h_H_BINARY_OP(f, io, NB_ADD, 0, 0), 0);
    assert_string_equal(str_data(io[0]), "xyz");
    assert_int_equal(refcnt(s), 1);
    assert_string_equal(str_data(s), "xy");
    v_decref(s);
    v_decref(io[0]);
}

static void test_subscr(void **state) {
    (void)state;
    FakeFrame ff;
    Frame *f = fake_frame(&ff);
    Value l = list_new(0);
    for (int i = 0; i < 3; i++) list_append(l, v_from_smallint(10 * i));
    Value io[3];
    v_incref(l);
    io[0] = l;
    io[1] = v_from_smallint(-1);
    assert_int_equal(jit_h_H_BINARY_SUBSCR_LIST_INT(f, io, 0, 0, 0), 0);
    assert_true(io[0] == v_from_smallint(20));
    assert_int_equal(refcnt(l), 1);
    /* out of range: the generic form raises IndexError and consumes */
    v_incref(l);
    io[0] = l;
    io[1] = v_from_smallint(3);
    assert_int_equal(jit_h_H_BINARY_SUBSCR_LIST_INT(f, io, 0, 0, 0), -1);
    assert_true(err_matches(&Exc_IndexError));
    err_clear();
    assert_int_equal(refcnt(l), 1);
    /* a list at a tuple site: the generic form */
    v_incref(l);
    io[0] = l;
    io[1] = v_from_smallint(1);
    assert_int_equal(jit_h_H_BINARY_SUBSCR_TUPLE_INT(f, io, 0, 0, 0), 0);
    assert_true(io[0] == v_from_smallint(10));
    assert_int_equal(refcnt(l), 1);
    /* store with a negative index */
    v_incref(l);
    Value s = str_from_cstr("v");
    io[0] = s;
    io[1] = l;
    io[2] = v_from_smallint(-3);
    assert_int_equal(jit_h_H_STORE_SUBSCR_LIST_INT(f, io, 0, 0, 0), 0);
    assert_true(list_items(l)[0] == s);
    assert_int_equal(refcnt(l), 1);
    /* dict: missing key -> KeyError from the generic path */
    Value d = dict_new();
    v_incref(d);
    io[0] = d;
    io[1] = v_from_smallint(7);
    assert_int_equal(jit_h_H_BINARY_SUBSCR_DICT(f, io, 0, 0, 0), -1);
    assert_true(err_matches(&Exc_KeyError));
    err_clear();
    assert_int_equal(refcnt(d), 1);
    /* not a dict: the generic forms */
    v_incref(l);
    io[0] = l;
    io[1] = v_from_smallint(1);
    assert_int_equal(jit_h_H_BINARY_SUBSCR_DICT(f, io, 0, 0, 0), 0);
    assert_true(io[0] == v_from_smallint(10));
    assert_int_equal(refcnt(l), 1);
    v_incref(l);
    io[0] = v_from_smallint(7);
    io[1] = l;
    io[2] = v_from_smallint(1);
    assert_int_equal(jit_h_H_STORE_SUBSCR_DICT(f, io, 0, 0, 0), 0);
    assert_true(list_items(l)[1] == v_from_smallint(7));
    assert_int_equal(refcnt(l), 1);
    v_decref(d);
    v_decref(l);
}

static void test_unpack(void **state) {
    (void)state;
    FakeFrame ff;
    Frame *f = fake_frame(&ff);
    Value io[8];
    Value t = tuple_pack(3, v_from_smallint(1), v_from_smallint(2), v_from_smallint(3));
    v_incref(t);
    io[0] = t;
    assert_int_equal(jit_h_H_UNPACK_SEQUENCE(f, io, 3, 0, 0), 0);
    assert_true(io[0] == v_from_smallint(3) && io[1] == v_from_smallint(2) && io[2] == v_from_smallint(1));
    assert_int_equal(refcnt(t), 1);
    /* wrong length: ValueError, seq consumed (the specialised form runs
     * the generic one) */
    v_incref(t);
    io[0] = t;
    assert_int_equal(jit_h_H_UNPACK_SEQUENCE_TUPLE(f, io, 2, 0, 0), -1);
    assert_true(err_matches(&Exc_ValueError));
    err_clear();
    assert_int_equal(refcnt(t), 1);
    v_incref(t);
    io[0] = t;
    assert_int_equal(jit_h_H_UNPACK_SEQUENCE(f, io, 2, 0, 0), -1);
    assert_true(err_matches(&Exc_ValueError));
    err_clear();
    assert_int_equal(refcnt(t), 1);
    /* a, *b, c = (1, 2, 3): [c, b, a] bottom to top */
    v_incref(t);
    io[0] = t;
    assert_int_equal(jit_h_H_UNPACK_EX(f, io, 1 | (1 << 8), 0, 0), 0);
    assert_true(io[0] == v_from_smallint(3));
    assert_repr(io[1], "[2]");
    assert_true(io[2] == v_from_smallint(1));
    v_decref(io[1]);
    assert_int_equal(refcnt(t), 1);
    v_decref(t);
}

static void test_misc(void **state) {
    (void)state;
    FakeFrame ff;
    Frame *f = fake_frame(&ff);
    Value io[4];
    /* TO_BOOL keeps its input */
    Value l = list_new(0);
    io[0] = l;
    assert_int_equal(jit_h_H_TO_BOOL(f, io, 0, 0, 0), 0);
    assert_true(io[0] == l && io[1] == V_FALSE);
    assert_int_equal(refcnt(l), 1);
    /* LIST_APPEND: [list, v] -> [list] */
    io[0] = l;
    io[1] = v_from_smallint(5);
    assert_int_equal(jit_h_H_LIST_APPEND(f, io, 1, 0, 0), 0);
    assert_int_equal(list_size(l), 1);
    assert_true(io[0] == l);
    /* BUILD_STRING and FORMAT_VALUE with a spec */
    io[0] = str_from_cstr("ab");
    io[1] = str_from_cstr("cd");
    assert_int_equal(jit_h_H_BUILD_STRING(f, io, 2, 0, 0), 0);
    assert_string_equal(str_data(io[0]), "abcd");
    v_decref(io[0]);
    io[0] = v_from_float(3.14159);
    io[1] = str_from_cstr(".2f");
    assert_int_equal(jit_h_H_FORMAT_VALUE(f, io, 4, 0, 0), 0);
    assert_string_equal(str_data(io[0]), "3.14");
    v_decref(io[0]);
    /* CONTAINS_OP_DICT on a list: the generic form */
    v_incref(l);
    io[0] = v_from_smallint(5);
    io[1] = l;
    assert_int_equal(jit_h_H_CONTAINS_OP_DICT(f, io, 0, 0, 0), 0);
    assert_true(io[0] == V_TRUE);
    assert_int_equal(refcnt(l), 1);
    v_incref(l);
    io[0] = v_from_smallint(5);
    io[1] = l;
    assert_int_equal(jit_h_H_CONTAINS_OP(f, io, 1, 0, 0), 0);
    assert_true(io[0] == V_FALSE);
    assert_int_equal(refcnt(l), 1);
    v_decref(l);
    /* COMPARE_OP_STR */
    io[0] = str_from_cstr("q");
    io[1] = str_from_cstr("q");
    assert_int_equal(jit_h_H_COMPARE_OP_STR(f, io, CMP_NE, 0, 0), 0);
    assert_true(io[0] == V_FALSE);
    /* an int at a str site: the generic compare, still a bool */
    Value q = str_from_cstr("not cached: q");
    io[0] = v_from_smallint(1);
    io[1] = q;
    v_incref(q);
    assert_int_equal(jit_h_H_COMPARE_OP_STR(f, io, CMP_EQ, 0, 0), 0);
    assert_true(io[0] == V_FALSE);
    assert_int_equal(refcnt(q), 1);
    v_decref(q);
    /* RAISE_VARARGS of a class: an instance is raised */
    io[0] = v_from_obj(&Exc_KeyError);
    assert_int_equal(jit_h_H_RAISE_VARARGS(f, io, 1, 0, 0), -1);
    assert_true(err_matches(&Exc_KeyError));
    err_clear();
    /* bare raise with nothing handled */
    assert_int_equal(jit_h_H_RAISE_VARARGS(f, io, 0, 0, 0), -1);
    assert_true(err_matches(&Exc_RuntimeError));
    err_clear();
    /* BUILD_SLICE / BUILD_TUPLE of 0 */
    io[0] = v_from_smallint(1);
    io[1] = V_NONE;
    io[2] = v_from_smallint(-1);
    assert_int_equal(jit_h_H_BUILD_SLICE(f, io, 3, 0, 0), 0);
    assert_repr(io[0], "slice(1, None, -1)");
    v_decref(io[0]);
    assert_int_equal(jit_h_H_BUILD_TUPLE(f, io, 0, 0, 0), 0);
    assert_repr(io[0], "()");
    v_decref(io[0]);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fill),
        cmocka_unit_test(test_binary_op),
        cmocka_unit_test(test_str_concat_in_place),
        cmocka_unit_test(test_subscr),
        cmocka_unit_test(test_unpack),
        cmocka_unit_test(test_misc),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}

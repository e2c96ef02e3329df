/* test_list.c: list (incl. sort and slice assignment), tuple, range and
 * slice (vm/list.c, vm/listsort.c, vm/tuple.c, vm/range.c). Expected values
 * come from CPython 3.11. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "abstract.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

static Value I(int64_t i) { return int_from_i64(i); }

static Value L(int n, ...) {
    Value l = list_new(n);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) list_append_steal(l, va_arg(ap, Value));
    va_end(ap);
    return l;
}

static Value range_list(int64_t a, int64_t b, int64_t step) {
    Value l = list_new(0);
    for (int64_t i = a; step > 0 ? i < b : i > b; i += step) list_append_steal(l, I(i));
    return l;
}

static void assert_repr(Value v, const char *expected) {
    assert_false(v_is_null(v));
    Value r = obj_repr(v);
    assert_false(v_is_null(r));
    assert_string_equal(str_data(r), expected);
    v_decref(r);
}

/* The pending exception's type and message; clears it. */
static void assert_error(TypeObject *type, const char *msg) {
    assert_true(err_occurred());
    assert_true(err_matches(type));
    Value e = err_fetch();
    Value s = exc_str(e);
    assert_false(v_is_null(s));
    assert_string_equal(str_data(s), msg);
    v_decref(s);
    v_decref(e);
}

static const MethodDef *find_method(TypeObject *t, const char *name) {
    for (const MethodDef *m = t->methods; m->name; m++)
        if (!strcmp(m->name, name)) return m;
    fail_msg("no method %s", name);
    return NULL;
}

static Value call_method(Value self, const char *name, size_t nargs, const Value *args) {
    return find_method(v_type(self), name)->fn(self, args, nargs, V_NULL);
}

/* ---- list basics --------------------------------------------------------------- */

static void test_append_and_growth(void **state) {
    (void)state;
    Value l = list_new(0);
    for (int64_t i = 0; i < 1000000; i++) assert_int_equal(list_append_steal(l, I(i)), 0);
    assert_int_equal(list_size(l), 1000000);
    ListObject *lo = v_as_list(l);
    assert_true(lo->capacity >= lo->size && lo->capacity < lo->size + lo->size / 4 + 16);
    for (int64_t i = 0; i < 1000000; i += 9999) assert_int_equal(v_as_smallint(list_items(l)[i]), i);
    Value last = list_pop(l, -1);
    assert_int_equal(v_as_smallint(last), 999999);
    v_decref(l);
}

static void test_list_ops(void **state) {
    (void)state;
    Value l = L(3, I(1), I(2), I(3));
    assert_repr(l, "[1, 2, 3]");
    assert_int_equal(list_insert(l, 0, I(0)), 0);
    assert_int_equal(list_insert(l, 100, I(9)), 0);
    assert_int_equal(list_insert(l, -1, I(8)), 0);
    assert_repr(l, "[0, 1, 2, 3, 8, 9]");
    Value x = obj_getitem(l, I(-1));
    assert_int_equal(v_as_smallint(x), 9);
    assert_true(v_is_null(obj_getitem(l, I(6))));
    assert_error(&Exc_IndexError, "list index out of range");
    Value empty = list_new(0);
    assert_true(v_is_null(list_pop(empty, -1)));
    assert_error(&Exc_IndexError, "pop from empty list");
    assert_true(v_is_null(list_pop(l, 10)));
    assert_error(&Exc_IndexError, "pop index out of range");
    /* + and * */
    Value sum = obj_binary_op(l, empty, NB_ADD);
    assert_repr(sum, "[0, 1, 2, 3, 8, 9]");
    assert_true(v_is_null(obj_binary_op(l, I(1), NB_ADD)));
    assert_error(&Exc_TypeError, "can only concatenate list (not \"int\") to list");
    Value two = L(2, I(1), I(2));
    Value rep = obj_binary_op(two, I(3), NB_MULTIPLY);
    assert_repr(rep, "[1, 2, 1, 2, 1, 2]");
    Value rep2 = obj_binary_op(I(2), two, NB_MULTIPLY);
    assert_repr(rep2, "[1, 2, 1, 2]");
    /* += with any iterable: extends in place */
    Value t = tuple_pack(2, I(7), I(8));
    Value r = obj_binary_op(two, t, NB_INPLACE + NB_ADD);
    assert_true(r == two);
    assert_repr(two, "[1, 2, 7, 8]");
    v_decref(r);
    /* methods */
    Value arg = I(7);
    Value idx = call_method(two, "index", 1, &arg);
    assert_int_equal(v_as_smallint(idx), 2);
    arg = I(3);
    assert_true(v_is_null(call_method(two, "index", 1, &arg)));
    assert_error(&Exc_ValueError, "3 is not in list");
    assert_true(v_is_null(call_method(two, "remove", 1, &arg)));
    assert_error(&Exc_ValueError, "list.remove(x): x not in list");
    assert_true(v_is_null(call_method(two, "append", 0, NULL)));
    assert_error(&Exc_TypeError, "list.append() takes exactly one argument (0 given)");
    /* comparisons */
    Value a = L(2, I(1), I(2)), b = L(3, I(1), I(2), I(0));
    assert_int_equal(obj_compare_bool(a, b, CMP_LT), 1);
    assert_int_equal(obj_compare_bool(a, b, CMP_EQ), 0);
    assert_int_equal(obj_compare_bool(b, b, CMP_GE), 1);
    /* recursive repr */
    Value rec = L(1, I(1));
    list_append(rec, rec);
    assert_repr(rec, "[1, [...]]");
    list_pop(rec, -1);   /* break the cycle; the popped ref is rec itself */
    v_decref(rec);
    v_decref(rec);
    v_decref(a); v_decref(b); v_decref(t); v_decref(rep); v_decref(rep2);
    v_decref(sum); v_decref(empty); v_decref(l); v_decref(two);
}

/* ---- sort -------------------------------------------------------------------------- */

static int cmp_i64(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

static void test_sort_random(void **state) {
    (void)state;
    enum { N = 100000 };
    static int64_t ref[N];
    uint64_t seed = 12345;
    Value l = list_new(N);
    for (int i = 0; i < N; i++) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        int64_t v = (int64_t)(seed >> 33) % 5000 - 2500;
        ref[i] = v;
        list_append_steal(l, I(v));
    }
    qsort(ref, N, sizeof ref[0], cmp_i64);
    assert_int_equal(list_sort(l, V_NULL, false), 0);
    for (int i = 0; i < N; i++) assert_int_equal(v_as_smallint(list_items(l)[i]), ref[i]);
    assert_int_equal(list_sort(l, V_NULL, true), 0);
    for (int i = 0; i < N; i++) assert_int_equal(v_as_smallint(list_items(l)[i]), ref[N - 1 - i]);
    v_decref(l);
}

static void test_sort_stability(void **state) {
    (void)state;
    /* 1, 1.0 and True compare equal but print differently: the order among
     * equal items shows stability. CPython: [0, 0.0, 1.0, 1, True, 2]. */
    Value l = L(6, v_from_float(1.0), I(2), I(1), I(0), V_TRUE, v_from_float(0.0));
    assert_int_equal(list_sort(l, V_NULL, false), 0);
    assert_repr(l, "[0, 0.0, 1.0, 1, True, 2]");
    Value m = L(6, v_from_float(1.0), I(2), I(1), I(0), V_TRUE, v_from_float(0.0));
    assert_int_equal(list_sort(m, V_NULL, true), 0);
    assert_repr(m, "[2, 1.0, 1, True, 0, 0.0]");
    /* Long runs with many duplicates: stable through merges too. */
    Value big = list_new(0);
    for (int i = 0; i < 3000; i++)
        list_append_steal(big, (i % 2) ? I((i * 7) % 10) : v_from_float((double)((i * 7) % 10)));
    assert_int_equal(list_sort(big, V_NULL, false), 0);
    int64_t n = list_size(big);
    for (int64_t i = 1; i < n; i++) {
        Value a = list_items(big)[i - 1], b = list_items(big)[i];
        double x = v_is_float(a) ? v_as_float(a) : (double)v_as_smallint(a);
        double y = v_is_float(b) ? v_as_float(b) : (double)v_as_smallint(b);
        assert_true(x <= y);
        /* Inputs alternate float, int for equal values in index order
         * (i and i+10 share a value and parity), so within a value the
         * floats came from even i: each equal group keeps that order. */
    }
    v_decref(l); v_decref(m); v_decref(big);
}

static void test_sort_errors(void **state) {
    (void)state;
    Value l = L(2, I(3), str_from_cstr("a"));
    assert_int_equal(list_sort(l, V_NULL, false), -1);
    assert_error(&Exc_TypeError, "'<' not supported between instances of 'str' and 'int'");
    assert_int_equal(list_size(l), 2);   /* nothing lost */
    v_decref(l);
    Value s = L(4, str_from_cstr("pear"), str_from_cstr("apple"), str_from_cstr("fig"), str_from_cstr("apple"));
    assert_int_equal(list_sort(s, V_NULL, false), 0);
    assert_repr(s, "['apple', 'apple', 'fig', 'pear']");
    v_decref(s);
}

/* ---- slices -------------------------------------------------------------------------- */

static Value SL(Value a, Value b, Value c) { return slice_new(a, b, c); }

static void test_slice_assignment(void **state) {
    (void)state;
    Value l = range_list(0, 10, 1);
    Value s = SL(I(2), I(5), V_NONE);
    Value src = L(2, I(100), I(101));
    assert_int_equal(list_set_slice(l, s, src), 0);          /* l[2:5] = [100, 101] */
    assert_repr(l, "[0, 1, 100, 101, 5, 6, 7, 8, 9]");
    v_decref(s);
    s = SL(I(1), I(1), V_NONE);
    Value t = tuple_pack(3, I(-1), I(-2), I(-3));
    assert_int_equal(list_set_slice(l, s, t), 0);            /* l[1:1] = (-1, -2, -3) */
    assert_repr(l, "[0, -1, -2, -3, 1, 100, 101, 5, 6, 7, 8, 9]");
    v_decref(s);
    s = SL(V_NONE, V_NONE, I(3));
    assert_int_equal(list_set_slice(l, s, V_NULL), 0);       /* del l[::3] */
    assert_repr(l, "[-1, -2, 1, 100, 5, 6, 8, 9]");
    v_decref(s);
    s = SL(V_NONE, V_NONE, I(-2));
    Value four = range_list(10, 14, 1);
    assert_int_equal(list_set_slice(l, s, four), 0);         /* l[::-2] = [10, 11, 12, 13] */
    assert_repr(l, "[-1, 13, 1, 12, 5, 11, 8, 10]");
    Value three = range_list(0, 3, 1);
    assert_int_equal(list_set_slice(l, s, three), -1);
    assert_error(&Exc_ValueError, "attempt to assign sequence of size 3 to extended slice of size 4");
    assert_int_equal(list_set_slice(l, s, I(5)), -1);
    assert_error(&Exc_TypeError, "must assign iterable to extended slice");
    v_decref(s);
    s = SL(I(0), I(2), V_NONE);
    assert_int_equal(list_set_slice(l, s, I(5)), -1);
    assert_error(&Exc_TypeError, "can only assign an iterable");
    v_decref(s);
    s = SL(V_NONE, V_NONE, V_NONE);
    assert_int_equal(list_set_slice(l, s, l), 0);            /* l[:] = l */
    assert_repr(l, "[-1, 13, 1, 12, 5, 11, 8, 10]");
    Value r = range_new(I(0), I(3), I(1));
    assert_int_equal(list_set_slice(l, s, r), 0);            /* l[:] = range(3) */
    assert_repr(l, "[0, 1, 2]");
    v_decref(s);
    s = SL(V_NONE, V_NONE, I(0));
    assert_int_equal(list_set_slice(l, s, V_NULL), -1);
    assert_error(&Exc_ValueError, "slice step cannot be zero");
    v_decref(s);
    /* reading slices */
    Value big = range_list(0, 10, 1);
    s = SL(I(-2), V_NONE, I(-3));
    Value got = obj_getitem(big, s);
    assert_repr(got, "[8, 5, 2]");
    v_decref(got); v_decref(s);
    Value a = str_from_cstr("a");
    s = SL(a, V_NONE, V_NONE);
    v_decref(a);
    assert_true(v_is_null(obj_getitem(big, s)));
    assert_error(&Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    v_decref(s);
    v_decref(big); v_decref(r); v_decref(three); v_decref(four); v_decref(t); v_decref(src); v_decref(l);
}

#define N INT64_MIN
static const int64_t slice_cases[][8] = {
    {0,N,N,N,0,0,1,0}, {0,N,N,1,0,0,1,0}, {0,N,N,2,0,0,2,0}, {0,N,N,-1,-1,-1,-1,0},
    {0,N,N,-3,-1,-1,-3,0}, {0,N,N,100,0,0,100,0}, {0,N,0,N,0,0,1,0}, {0,N,0,1,0,0,1,0},
    {0,N,0,2,0,0,2,0}, {0,N,0,-1,-1,-1,-1,0}, {0,N,0,-3,-1,-1,-3,0}, {0,N,0,100,0,0,100,0},
    {0,N,-1,N,0,0,1,0}, {0,N,-1,1,0,0,1,0}, {0,N,-1,2,0,0,2,0}, {0,N,-1,-1,-1,-1,-1,0},
    {0,N,-1,-3,-1,-1,-3,0}, {0,N,-1,100,0,0,100,0}, {0,N,7,N,0,0,1,0}, {0,N,7,1,0,0,1,0},
    {0,N,7,2,0,0,2,0}, {0,N,7,-1,-1,-1,-1,0}, {0,N,7,-3,-1,-1,-3,0}, {0,N,7,100,0,0,100,0},
    {0,N,-100,N,0,0,1,0}, {0,N,-100,1,0,0,1,0}, {0,N,-100,2,0,0,2,0}, {0,N,-100,-1,-1,-1,-1,0},
    {0,N,-100,-3,-1,-1,-3,0}, {0,N,-100,100,0,0,100,0}, {0,3,N,N,0,0,1,0}, {0,3,N,1,0,0,1,0},
    {0,3,N,2,0,0,2,0}, {0,3,N,-1,-1,-1,-1,0}, {0,3,N,-3,-1,-1,-3,0}, {0,3,N,100,0,0,100,0},
    {0,3,0,N,0,0,1,0}, {0,3,0,1,0,0,1,0}, {0,3,0,2,0,0,2,0}, {0,3,0,-1,-1,-1,-1,0},
    {0,3,0,-3,-1,-1,-3,0}, {0,3,0,100,0,0,100,0}, {0,3,-1,N,0,0,1,0}, {0,3,-1,1,0,0,1,0},
    {0,3,-1,2,0,0,2,0}, {0,3,-1,-1,-1,-1,-1,0}, {0,3,-1,-3,-1,-1,-3,0}, {0,3,-1,100,0,0,100,0},
    {0,3,7,N,0,0,1,0}, {0,3,7,1,0,0,1,0}, {0,3,7,2,0,0,2,0}, {0,3,7,-1,-1,-1,-1,0},
    {0,3,7,-3,-1,-1,-3,0}, {0,3,7,100,0,0,100,0}, {0,3,-100,N,0,0,1,0}, {0,3,-100,1,0,0,1,0},
    {0,3,-100,2,0,0,2,0}, {0,3,-100,-1,-1,-1,-1,0}, {0,3,-100,-3,-1,-1,-3,0}, {0,3,-100,100,0,0,100,0},
    {0,-2,N,N,0,0,1,0}, {0,-2,N,1,0,0,1,0}, {0,-2,N,2,0,0,2,0}, {0,-2,N,-1,-1,-1,-1,0},
    {0,-2,N,-3,-1,-1,-3,0}, {0,-2,N,100,0,0,100,0}, {0,-2,0,N,0,0,1,0}, {0,-2,0,1,0,0,1,0},
    {0,-2,0,2,0,0,2,0}, {0,-2,0,-1,-1,-1,-1,0}, {0,-2,0,-3,-1,-1,-3,0}, {0,-2,0,100,0,0,100,0},
    {0,-2,-1,N,0,0,1,0}, {0,-2,-1,1,0,0,1,0}, {0,-2,-1,2,0,0,2,0}, {0,-2,-1,-1,-1,-1,-1,0},
    {0,-2,-1,-3,-1,-1,-3,0}, {0,-2,-1,100,0,0,100,0}, {0,-2,7,N,0,0,1,0}, {0,-2,7,1,0,0,1,0},
    {0,-2,7,2,0,0,2,0}, {0,-2,7,-1,-1,-1,-1,0}, {0,-2,7,-3,-1,-1,-3,0}, {0,-2,7,100,0,0,100,0},
    {0,-2,-100,N,0,0,1,0}, {0,-2,-100,1,0,0,1,0}, {0,-2,-100,2,0,0,2,0}, {0,-2,-100,-1,-1,-1,-1,0},
    {0,-2,-100,-3,-1,-1,-3,0}, {0,-2,-100,100,0,0,100,0}, {0,100,N,N,0,0,1,0}, {0,100,N,1,0,0,1,0},
    {0,100,N,2,0,0,2,0}, {0,100,N,-1,-1,-1,-1,0}, {0,100,N,-3,-1,-1,-3,0}, {0,100,N,100,0,0,100,0},
    {0,100,0,N,0,0,1,0}, {0,100,0,1,0,0,1,0}, {0,100,0,2,0,0,2,0}, {0,100,0,-1,-1,-1,-1,0},
    {0,100,0,-3,-1,-1,-3,0}, {0,100,0,100,0,0,100,0}, {0,100,-1,N,0,0,1,0}, {0,100,-1,1,0,0,1,0},
    {0,100,-1,2,0,0,2,0}, {0,100,-1,-1,-1,-1,-1,0}, {0,100,-1,-3,-1,-1,-3,0}, {0,100,-1,100,0,0,100,0},
    {0,100,7,N,0,0,1,0}, {0,100,7,1,0,0,1,0}, {0,100,7,2,0,0,2,0}, {0,100,7,-1,-1,-1,-1,0},
    {0,100,7,-3,-1,-1,-3,0}, {0,100,7,100,0,0,100,0}, {0,100,-100,N,0,0,1,0}, {0,100,-100,1,0,0,1,0},
    {0,100,-100,2,0,0,2,0}, {0,100,-100,-1,-1,-1,-1,0}, {0,100,-100,-3,-1,-1,-3,0}, {0,100,-100,100,0,0,100,0},
    {5,N,N,N,0,5,1,5}, {5,N,N,1,0,5,1,5}, {5,N,N,2,0,5,2,3}, {5,N,N,-1,4,-1,-1,5},
    {5,N,N,-3,4,-1,-3,2}, {5,N,N,100,0,5,100,1}, {5,N,0,N,0,0,1,0}, {5,N,0,1,0,0,1,0},
    {5,N,0,2,0,0,2,0}, {5,N,0,-1,4,0,-1,4}, {5,N,0,-3,4,0,-3,2}, {5,N,0,100,0,0,100,0},
    {5,N,-1,N,0,4,1,4}, {5,N,-1,1,0,4,1,4}, {5,N,-1,2,0,4,2,2}, {5,N,-1,-1,4,4,-1,0},
    {5,N,-1,-3,4,4,-3,0}, {5,N,-1,100,0,4,100,1}, {5,N,7,N,0,5,1,5}, {5,N,7,1,0,5,1,5},
    {5,N,7,2,0,5,2,3}, {5,N,7,-1,4,4,-1,0}, {5,N,7,-3,4,4,-3,0}, {5,N,7,100,0,5,100,1},
    {5,N,-100,N,0,0,1,0}, {5,N,-100,1,0,0,1,0}, {5,N,-100,2,0,0,2,0}, {5,N,-100,-1,4,-1,-1,5},
    {5,N,-100,-3,4,-1,-3,2}, {5,N,-100,100,0,0,100,0}, {5,3,N,N,3,5,1,2}, {5,3,N,1,3,5,1,2},
    {5,3,N,2,3,5,2,1}, {5,3,N,-1,3,-1,-1,4}, {5,3,N,-3,3,-1,-3,2}, {5,3,N,100,3,5,100,1},
    {5,3,0,N,3,0,1,0}, {5,3,0,1,3,0,1,0}, {5,3,0,2,3,0,2,0}, {5,3,0,-1,3,0,-1,3},
    {5,3,0,-3,3,0,-3,1}, {5,3,0,100,3,0,100,0}, {5,3,-1,N,3,4,1,1}, {5,3,-1,1,3,4,1,1},
    {5,3,-1,2,3,4,2,1}, {5,3,-1,-1,3,4,-1,0}, {5,3,-1,-3,3,4,-3,0}, {5,3,-1,100,3,4,100,1},
    {5,3,7,N,3,5,1,2}, {5,3,7,1,3,5,1,2}, {5,3,7,2,3,5,2,1}, {5,3,7,-1,3,4,-1,0},
    {5,3,7,-3,3,4,-3,0}, {5,3,7,100,3,5,100,1}, {5,3,-100,N,3,0,1,0}, {5,3,-100,1,3,0,1,0},
    {5,3,-100,2,3,0,2,0}, {5,3,-100,-1,3,-1,-1,4}, {5,3,-100,-3,3,-1,-3,2}, {5,3,-100,100,3,0,100,0},
    {5,-2,N,N,3,5,1,2}, {5,-2,N,1,3,5,1,2}, {5,-2,N,2,3,5,2,1}, {5,-2,N,-1,3,-1,-1,4},
    {5,-2,N,-3,3,-1,-3,2}, {5,-2,N,100,3,5,100,1}, {5,-2,0,N,3,0,1,0}, {5,-2,0,1,3,0,1,0},
    {5,-2,0,2,3,0,2,0}, {5,-2,0,-1,3,0,-1,3}, {5,-2,0,-3,3,0,-3,1}, {5,-2,0,100,3,0,100,0},
    {5,-2,-1,N,3,4,1,1}, {5,-2,-1,1,3,4,1,1}, {5,-2,-1,2,3,4,2,1}, {5,-2,-1,-1,3,4,-1,0},
    {5,-2,-1,-3,3,4,-3,0}, {5,-2,-1,100,3,4,100,1}, {5,-2,7,N,3,5,1,2}, {5,-2,7,1,3,5,1,2},
    {5,-2,7,2,3,5,2,1}, {5,-2,7,-1,3,4,-1,0}, {5,-2,7,-3,3,4,-3,0}, {5,-2,7,100,3,5,100,1},
    {5,-2,-100,N,3,0,1,0}, {5,-2,-100,1,3,0,1,0}, {5,-2,-100,2,3,0,2,0}, {5,-2,-100,-1,3,-1,-1,4},
    {5,-2,-100,-3,3,-1,-3,2}, {5,-2,-100,100,3,0,100,0}, {5,100,N,N,5,5,1,0}, {5,100,N,1,5,5,1,0},
    {5,100,N,2,5,5,2,0}, {5,100,N,-1,4,-1,-1,5}, {5,100,N,-3,4,-1,-3,2}, {5,100,N,100,5,5,100,0},
    {5,100,0,N,5,0,1,0}, {5,100,0,1,5,0,1,0}, {5,100,0,2,5,0,2,0}, {5,100,0,-1,4,0,-1,4},
    {5,100,0,-3,4,0,-3,2}, {5,100,0,100,5,0,100,0}, {5,100,-1,N,5,4,1,0}, {5,100,-1,1,5,4,1,0},
    {5,100,-1,2,5,4,2,0}, {5,100,-1,-1,4,4,-1,0}, {5,100,-1,-3,4,4,-3,0}, {5,100,-1,100,5,4,100,0},
    {5,100,7,N,5,5,1,0}, {5,100,7,1,5,5,1,0}, {5,100,7,2,5,5,2,0}, {5,100,7,-1,4,4,-1,0},
    {5,100,7,-3,4,4,-3,0}, {5,100,7,100,5,5,100,0}, {5,100,-100,N,5,0,1,0}, {5,100,-100,1,5,0,1,0},
    {5,100,-100,2,5,0,2,0}, {5,100,-100,-1,4,-1,-1,5}, {5,100,-100,-3,4,-1,-3,2}, {5,100,-100,100,5,0,100,0},
    {10,N,N,N,0,10,1,10}, {10,N,N,1,0,10,1,10}, {10,N,N,2,0,10,2,5}, {10,N,N,-1,9,-1,-1,10},
    {10,N,N,-3,9,-1,-3,4}, {10,N,N,100,0,10,100,1}, {10,N,0,N,0,0,1,0}, {10,N,0,1,0,0,1,0},
    {10,N,0,2,0,0,2,0}, {10,N,0,-1,9,0,-1,9}, {10,N,0,-3,9,0,-3,3}, {10,N,0,100,0,0,100,0},
    {10,N,-1,N,0,9,1,9}, {10,N,-1,1,0,9,1,9}, {10,N,-1,2,0,9,2,5}, {10,N,-1,-1,9,9,-1,0},
    {10,N,-1,-3,9,9,-3,0}, {10,N,-1,100,0,9,100,1}, {10,N,7,N,0,7,1,7}, {10,N,7,1,0,7,1,7},
    {10,N,7,2,0,7,2,4}, {10,N,7,-1,9,7,-1,2}, {10,N,7,-3,9,7,-3,1}, {10,N,7,100,0,7,100,1},
    {10,N,-100,N,0,0,1,0}, {10,N,-100,1,0,0,1,0}, {10,N,-100,2,0,0,2,0}, {10,N,-100,-1,9,-1,-1,10},
    {10,N,-100,-3,9,-1,-3,4}, {10,N,-100,100,0,0,100,0}, {10,3,N,N,3,10,1,7}, {10,3,N,1,3,10,1,7},
    {10,3,N,2,3,10,2,4}, {10,3,N,-1,3,-1,-1,4}, {10,3,N,-3,3,-1,-3,2}, {10,3,N,100,3,10,100,1},
    {10,3,0,N,3,0,1,0}, {10,3,0,1,3,0,1,0}, {10,3,0,2,3,0,2,0}, {10,3,0,-1,3,0,-1,3},
    {10,3,0,-3,3,0,-3,1}, {10,3,0,100,3,0,100,0}, {10,3,-1,N,3,9,1,6}, {10,3,-1,1,3,9,1,6},
    {10,3,-1,2,3,9,2,3}, {10,3,-1,-1,3,9,-1,0}, {10,3,-1,-3,3,9,-3,0}, {10,3,-1,100,3,9,100,1},
    {10,3,7,N,3,7,1,4}, {10,3,7,1,3,7,1,4}, {10,3,7,2,3,7,2,2}, {10,3,7,-1,3,7,-1,0},
    {10,3,7,-3,3,7,-3,0}, {10,3,7,100,3,7,100,1}, {10,3,-100,N,3,0,1,0}, {10,3,-100,1,3,0,1,0},
    {10,3,-100,2,3,0,2,0}, {10,3,-100,-1,3,-1,-1,4}, {10,3,-100,-3,3,-1,-3,2}, {10,3,-100,100,3,0,100,0},
    {10,-2,N,N,8,10,1,2}, {10,-2,N,1,8,10,1,2}, {10,-2,N,2,8,10,2,1}, {10,-2,N,-1,8,-1,-1,9},
    {10,-2,N,-3,8,-1,-3,3}, {10,-2,N,100,8,10,100,1}, {10,-2,0,N,8,0,1,0}, {10,-2,0,1,8,0,1,0},
    {10,-2,0,2,8,0,2,0}, {10,-2,0,-1,8,0,-1,8}, {10,-2,0,-3,8,0,-3,3}, {10,-2,0,100,8,0,100,0},
    {10,-2,-1,N,8,9,1,1}, {10,-2,-1,1,8,9,1,1}, {10,-2,-1,2,8,9,2,1}, {10,-2,-1,-1,8,9,-1,0},
    {10,-2,-1,-3,8,9,-3,0}, {10,-2,-1,100,8,9,100,1}, {10,-2,7,N,8,7,1,0}, {10,-2,7,1,8,7,1,0},
    {10,-2,7,2,8,7,2,0}, {10,-2,7,-1,8,7,-1,1}, {10,-2,7,-3,8,7,-3,1}, {10,-2,7,100,8,7,100,0},
    {10,-2,-100,N,8,0,1,0}, {10,-2,-100,1,8,0,1,0}, {10,-2,-100,2,8,0,2,0}, {10,-2,-100,-1,8,-1,-1,9},
    {10,-2,-100,-3,8,-1,-3,3}, {10,-2,-100,100,8,0,100,0}, {10,100,N,N,10,10,1,0}, {10,100,N,1,10,10,1,0},
    {10,100,N,2,10,10,2,0}, {10,100,N,-1,9,-1,-1,10}, {10,100,N,-3,9,-1,-3,4}, {10,100,N,100,10,10,100,0},
    {10,100,0,N,10,0,1,0}, {10,100,0,1,10,0,1,0}, {10,100,0,2,10,0,2,0}, {10,100,0,-1,9,0,-1,9},
    {10,100,0,-3,9,0,-3,3}, {10,100,0,100,10,0,100,0}, {10,100,-1,N,10,9,1,0}, {10,100,-1,1,10,9,1,0},
    {10,100,-1,2,10,9,2,0}, {10,100,-1,-1,9,9,-1,0}, {10,100,-1,-3,9,9,-3,0}, {10,100,-1,100,10,9,100,0},
    {10,100,7,N,10,7,1,0}, {10,100,7,1,10,7,1,0}, {10,100,7,2,10,7,2,0}, {10,100,7,-1,9,7,-1,2},
    {10,100,7,-3,9,7,-3,1}, {10,100,7,100,10,7,100,0}, {10,100,-100,N,10,0,1,0}, {10,100,-100,1,10,0,1,0},
    {10,100,-100,2,10,0,2,0}, {10,100,-100,-1,9,-1,-1,10}, {10,100,-100,-3,9,-1,-3,4}, {10,100,-100,100,10,0,100,0},
};
#undef N

static void test_slice_unpack_matches_cpython(void **state) {
    (void)state;
    for (size_t i = 0; i < sizeof slice_cases / sizeof slice_cases[0]; i++) {
        const int64_t *c = slice_cases[i];
        Value parts[3];
        for (int k = 0; k < 3; k++) parts[k] = c[1 + k] == INT64_MIN ? V_NONE : I(c[1 + k]);
        Value s = SL(parts[0], parts[1], parts[2]);
        int64_t start, stop, step;
        int64_t n = slice_unpack(s, c[0], &start, &stop, &step);
        assert_int_equal(n, c[7]);
        assert_int_equal(step, c[6]);
        if (n > 0) {
            assert_int_equal(start, c[4]);
        }
        /* slice.indices(len) gives exactly CPython's triple. */
        Value len = I(c[0]);
        Value ind = find_method(&SliceType, "indices")->fn(s, &len, 1, V_NULL);
        assert_false(v_is_null(ind));
        for (int k = 0; k < 3; k++) assert_int_equal(v_as_smallint(tuple_items(ind)[k]), c[4 + k]);
        v_decref(ind);
        v_decref(s);
    }
    /* Huge bounds clamp instead of failing. */
    Value big = int_lshift(I(1), I(80));
    Value negbig = int_neg(big);
    Value s = SL(negbig, big, V_NONE);
    int64_t start, stop, step;
    assert_int_equal(slice_unpack(s, 5, &start, &stop, &step), 5);
    assert_int_equal(start, 0);
    assert_int_equal(stop, 5);
    v_decref(s);
    s = SL(V_NONE, V_NONE, negbig);
    assert_int_equal(slice_unpack(s, 5, &start, &stop, &step), 1);
    assert_int_equal(step, -INT64_MAX);
    assert_int_equal(start, 4);
    v_decref(s);
    assert_repr(s = SL(I(1), I(2), V_NONE), "slice(1, 2, None)");
    v_decref(s);
    v_decref(big); v_decref(negbig);
}

/* ---- tuple ------------------------------------------------------------------------------ */

static void test_tuple_hash_matches_cpython(void **state) {
    (void)state;
    Value t = tuple_pack(2, I(1), I(2));
    assert_int_equal(obj_hash(t), -3550055125485641917ll);
    Value e = tuple_empty();
    assert_int_equal(obj_hash(e), 5740354900026072187ll);
    Value m = tuple_pack(1, I(-1));
    assert_int_equal(obj_hash(m), 8078679518589016365ll);
    Value inner = tuple_pack(2, I(2), I(3));
    Value nested = tuple_pack(2, I(1), inner);
    assert_int_equal(obj_hash(nested), 7267574591690527098ll);
    assert_repr(m, "(-1,)");
    assert_repr(e, "()");
    assert_repr(nested, "(1, (2, 3))");
    assert_true(tuple_empty() == tuple_new(0));
    Value l = L(1, I(1));
    Value tl = tuple_pack(1, l);
    assert_int_equal(obj_hash(tl), -1);
    assert_error(&Exc_TypeError, "unhashable type: 'list'");
    assert_true(v_is_null(obj_getitem(t, I(2))));
    assert_error(&Exc_IndexError, "tuple index out of range");
    assert_true(v_is_null(obj_binary_op(t, l, NB_ADD)));
    assert_error(&Exc_TypeError, "can only concatenate tuple (not \"list\") to tuple");
    Value s = SL(V_NONE, V_NONE, I(-1));
    Value rev = obj_getitem(t, s);
    assert_repr(rev, "(2, 1)");
    assert_int_equal(obj_compare_bool(t, rev, CMP_LT), 1);
    v_decref(rev); v_decref(s); v_decref(tl); v_decref(l);
    v_decref(t); v_decref(e); v_decref(m); v_decref(nested); v_decref(inner);
}

/* ---- range -------------------------------------------------------------------------------- */

static void test_range(void **state) {
    (void)state;
    Value r = range_new(I(10), I(0), I(-3));
    assert_int_equal(obj_len(r), 4);
    Value l = list_from_iterable(r);
    assert_repr(l, "[10, 7, 4, 1]");
    assert_repr(r, "range(10, 0, -3)");
    assert_int_equal(obj_contains(r, I(4)), 1);
    assert_int_equal(obj_contains(r, I(5)), 0);
    assert_int_equal(obj_contains(r, I(0)), 0);
    Value last = obj_getitem(r, I(-1));
    assert_int_equal(v_as_smallint(last), 1);
    assert_true(v_is_null(obj_getitem(r, I(4))));
    assert_error(&Exc_IndexError, "range object index out of range");
    v_decref(l);
    v_decref(r);

    r = range_new(I(0), I(10), I(3));
    Value s = SL(V_NONE, V_NONE, I(-1));
    Value rr = obj_getitem(r, s);
    assert_repr(rr, "range(9, -3, -3)");
    v_decref(rr); v_decref(s);
    Value empty = range_new(I(0), I(-5), I(1));
    assert_int_equal(obj_len(empty), 0);
    assert_repr(empty, "range(0, -5)");
    v_decref(empty);
    assert_true(v_is_null(range_new(I(0), I(1), I(0))));
    assert_error(&Exc_ValueError, "range() arg 3 must not be zero");
    v_decref(r);

    /* Big bounds: length beyond int64. */
    Value big = int_pow(I(10), I(20));
    r = range_new(I(0), big, I(3));
    assert_int_equal(obj_len(r), -1);
    assert_error(&Exc_OverflowError, "Python int too large to convert to C ssize_t");
    assert_int_equal(obj_contains(r, I(999999)), 1);
    assert_int_equal(obj_contains(r, big), 0);
    Value it = obj_iter(r);
    for (int i = 0; i < 3; i++) {
        Value v = obj_iternext(it);
        assert_int_equal(v_as_smallint(v), 3 * i);
    }
    v_decref(it);
    s = SL(V_NONE, V_NONE, I(2));
    rr = obj_getitem(r, s);
    assert_repr(rr, "range(0, 100000000000000000002, 6)");
    v_decref(rr); v_decref(s);
    v_decref(r);
    /* Negative step with big bounds: range(10**20, -10**20, -7) has
     * 28571428571428571429 items. */
    Value negbig = int_neg(big);
    r = range_new(big, negbig, I(-7));
    Value len = ((RangeObject *)v_as_obj(r))->length;
    assert_repr(len, "28571428571428571429");
    Value lastv = obj_getitem(r, I(-1));
    assert_repr(lastv, "-99999999999999999996");
    v_decref(lastv);
    v_decref(r);
    v_decref(negbig);
    v_decref(big);
    /* Equality and hash follow CPython. */
    Value a = range_new(I(0), I(3), I(1)), b = range_new(I(0), I(3), I(1));
    assert_int_equal(obj_compare_bool(a, b, CMP_EQ), 1);
    Value c = range_new(I(0), I(10), I(1));
    assert_int_equal(obj_hash(c), -7546101314042312252ll);
    v_decref(a); v_decref(b); v_decref(c);
}

int main(void) {
    if (runtime_init() < 0) return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_append_and_growth),
        cmocka_unit_test(test_list_ops),
        cmocka_unit_test(test_sort_random),
        cmocka_unit_test(test_sort_stability),
        cmocka_unit_test(test_sort_errors),
        cmocka_unit_test(test_slice_assignment),
        cmocka_unit_test(test_slice_unpack_matches_cpython),
        cmocka_unit_test(test_tuple_hash_matches_cpython),
        cmocka_unit_test(test_range),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

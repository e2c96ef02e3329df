/* test_dict.c: dict, its views and iterators, and set/frozenset
 * (vm/dict.c, vm/set.c). Expected values come from CPython 3.11. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "abstract.h"
#include "dict.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "runtime.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

static Value I(int64_t i) { return int_from_i64(i); }

static void assert_repr(Value v, const char *expected) {
    assert_false(v_is_null(v));
    Value r = obj_repr(v);
    assert_false(v_is_null(r));
    assert_string_equal(str_data(r), expected);
    v_decref(r);
}

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

static Value call_method(Value self, const char *name, size_t nargs, const Value *args) {
    for (const MethodDef *m = v_type(self)->methods; m->name; m++)
        if (!strcmp(m->name, name)) return m->fn(self, args, nargs, V_NULL);
    fail_msg("no method %s", name);
    return V_NULL;
}

/* ---- dict ---------------------------------------------------------------------- */

static void test_insertion_order(void **state) {
    (void)state;
    Value d = dict_new();
    for (int i = 0; i < 10; i++) assert_int_equal(dict_set(d, I(i), I(i * i)), 0);
    assert_int_equal(dict_del(d, I(3)), 0);
    assert_int_equal(dict_del(d, I(5)), 0);
    assert_int_equal(dict_set(d, I(3), I(-3)), 0);     /* re-inserted: goes last */
    assert_int_equal(dict_set(d, I(0), I(100)), 0);    /* replaced: keeps its place */
    Value keys = dict_keys_list(d);
    assert_repr(keys, "[0, 1, 2, 4, 6, 7, 8, 9, 3]");
    assert_repr(d, "{0: 100, 1: 1, 2: 4, 4: 16, 6: 36, 7: 49, 8: 64, 9: 81, 3: -3}");
    assert_int_equal(dict_del(d, I(5)), -1);
    assert_error(&Exc_KeyError, "5");
    assert_true(v_is_null(obj_getitem(d, I(42))));
    assert_error(&Exc_KeyError, "42");
    /* Many deletes and re-inserts force compaction; order stays right. */
    for (int round = 0; round < 50; round++) {
        for (int i = 0; i < 10; i++) {
            Value v;
            if (dict_pop(d, I(i), &v) == 1) v_decref(v);
            assert_int_equal(dict_set(d, I(i), I(round)), 0);
        }
    }
    v_decref(keys);
    keys = dict_keys_list(d);
    assert_repr(keys, "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]");
    DictObject *dd = v_as_dict(d);
    assert_true(dd->nentries <= dd->capacity);
    v_decref(keys);
    v_decref(d);
}

static void test_many_keys(void **state) {
    (void)state;
    enum { N = 100000 };
    Value d = dict_new();
    for (int64_t i = 0; i < N; i++) assert_int_equal(dict_set(d, I(i * 7), I(i)), 0);
    assert_int_equal(dict_size(d), N);
    for (int64_t i = 0; i < N; i++) {
        Value v = dict_get(d, I(i * 7));
        assert_false(v_is_null(v));
        assert_int_equal(v_as_smallint(v), i);
    }
    assert_true(v_is_null(dict_get(d, I(3))));
    assert_false(err_occurred());
    for (int64_t i = 0; i < N; i += 2) assert_int_equal(dict_del(d, I(i * 7)), 0);
    assert_int_equal(dict_size(d), N / 2);
    int64_t pos = 0, expect = 1;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
        assert_int_equal(v_as_smallint(v), expect);
        expect += 2;
    }
    assert_int_equal(expect, N + 1);
    /* Strings: equal content, different objects. */
    char buf[32];
    for (int i = 0; i < 1000; i++) {
        snprintf(buf, sizeof buf, "key%d", i);
        assert_int_equal(dict_set_cstr(d, buf, I(i)), 0);
    }
    for (int i = 0; i < 1000; i++) {
        snprintf(buf, sizeof buf, "key%d", i);
        Value s = str_from_cstr(buf);
        Value got = dict_get_str(d, s);
        assert_false(v_is_null(got));
        assert_int_equal(v_as_smallint(got), i);
        assert_true(dict_get(d, s) == got);
        assert_true(dict_get_cstr(d, buf) == got);
        v_decref(s);
    }
    Value c = dict_copy(d);
    assert_int_equal(dict_size(c), dict_size(d));
    assert_int_equal(obj_compare_bool(c, d, CMP_EQ), 1);
    assert_int_equal(dict_set(c, I(1 * 7), I(-1)), 0);
    assert_int_equal(obj_compare_bool(c, d, CMP_EQ), 0);
    v_decref(c);
    dict_clear(d);
    assert_int_equal(dict_size(d), 0);
    assert_repr(d, "{}");
    v_decref(d);
}

static void test_numeric_keys(void **state) {
    (void)state;
    Value d = dict_new();
    Value a = str_from_cstr("a"), b = str_from_cstr("b");
    assert_int_equal(dict_set(d, I(1), a), 0);
    assert_true(dict_get(d, v_from_float(1.0)) == a);
    assert_true(dict_get(d, V_TRUE) == a);
    assert_int_equal(dict_set(d, V_TRUE, b), 0);
    assert_int_equal(dict_size(d), 1);
    assert_repr(d, "{1: 'b'}");                      /* the first key object stays */
    assert_int_equal(dict_set(d, I(-1), a), 0);      /* hash(-1) == -2 */
    assert_int_equal(dict_set(d, I(-2), b), 0);
    assert_int_equal(dict_size(d), 3);
    assert_true(dict_get(d, I(-1)) == a);
    assert_true(dict_get(d, I(-2)) == b);
    Value big = int_pow(I(2), I(61));                /* hash 1: collides with key 1 */
    assert_int_equal(dict_set(d, big, a), 0);
    assert_int_equal(dict_size(d), 4);
    assert_int_equal(dict_contains(d, v_from_float(0.5)), 0);
    Value l = list_new(0);
    assert_int_equal(dict_set(d, l, a), -1);
    assert_error(&Exc_TypeError, "unhashable type: 'list'");
    Value t = tuple_pack(2, I(1), I(2));
    assert_int_equal(dict_set(d, t, a), 0);
    Value t2 = tuple_pack(2, v_from_float(1.0), I(2));
    assert_true(dict_get(d, t2) == a);
    v_decref(t); v_decref(t2); v_decref(l); v_decref(big);
    v_decref(a); v_decref(b); v_decref(d);
}

static void test_iteration_errors(void **state) {
    (void)state;
    Value d = dict_new();
    for (int i = 0; i < 5; i++) dict_set(d, I(i), V_NONE);
    Value it = obj_iter(d);
    Value k = obj_iternext(it);
    assert_int_equal(v_as_smallint(k), 0);
    assert_int_equal(dict_del(d, I(3)), 0);
    assert_true(v_is_null(obj_iternext(it)));
    assert_error(&Exc_RuntimeError, "dictionary changed size during iteration");
    assert_true(v_is_null(obj_iternext(it)));          /* keeps failing */
    assert_error(&Exc_RuntimeError, "dictionary changed size during iteration");
    v_decref(it);
    /* Same size, different keys (no resize in between, as in CPython). */
    Value d8 = dict_new();
    for (int i = 0; i < 8; i++) dict_set(d8, I(i), V_NONE);
    dict_del(d8, I(3));
    it = obj_iter(d8);
    obj_iternext(it);
    dict_del(d8, I(0));
    dict_set(d8, I(10), V_NONE);
    Value x;
    int seen = 0;
    while (!v_is_null(x = obj_iternext(it))) { v_decref(x); seen++; }
    assert_int_equal(seen, 6);
    assert_error(&Exc_RuntimeError, "dictionary keys changed during iteration");
    v_decref(it);
    v_decref(d8);
    dict_del(d, I(0));
    dict_set(d, I(10), V_NONE);
    /* Replacing values is fine. */
    it = obj_iter(d);
    int n = 0;
    while (!v_is_null(x = obj_iternext(it))) {
        dict_set(d, x, I(n++));
        v_decref(x);
    }
    assert_false(err_occurred());
    assert_int_equal(n, 4);
    v_decref(it);
    /* Items iteration recycles its tuple only when the caller dropped it. */
    Value items = call_method(d, "items", 0, NULL);
    assert_repr(items, "dict_items([(1, 0), (2, 1), (4, 2), (10, 3)])");
    it = obj_iter(items);
    Value p1 = obj_iternext(it), p2 = obj_iternext(it);
    assert_true(p1 != p2);
    assert_repr(p1, "(1, 0)");
    assert_repr(p2, "(2, 1)");
    v_decref(p1); v_decref(p2); v_decref(it); v_decref(items);
    v_decref(d);
}

static void test_versions(void **state) {
    (void)state;
    Value d = dict_new(), e = dict_new();
    assert_true(v_as_dict(d)->version != v_as_dict(e)->version);
    uint64_t v0 = v_as_dict(d)->version;
    dict_set(d, I(1), I(1));
    uint64_t v1 = v_as_dict(d)->version;
    assert_true(v1 != v0);
    dict_set(d, I(1), I(2));                             /* replace: same version */
    assert_true(v_as_dict(d)->version == v1);
    dict_del(d, I(1));
    assert_true(v_as_dict(d)->version != v1);
    dict_set(e, I(1), I(1));
    assert_true(v_as_dict(e)->version != v1);
    v_decref(d);
    v_decref(e);
}

static void test_dict_methods(void **state) {
    (void)state;
    Value d = dict_new();
    assert_true(v_is_null(call_method(d, "popitem", 0, NULL)));
    assert_error(&Exc_KeyError, "'popitem(): dictionary is empty'");
    for (int i = 0; i < 4; i++) dict_set(d, I(i), I(-i));
    Value p = call_method(d, "popitem", 0, NULL);
    assert_repr(p, "(3, -3)");
    v_decref(p);
    dict_set(d, I(7), I(7));
    assert_repr(d, "{0: 0, 1: -1, 2: -2, 7: 7}");
    for (int i = 0; i < 4; i++) {                    /* popitem repeatedly, then refill */
        p = call_method(d, "popitem", 0, NULL);
        v_decref(p);
    }
    for (int i = 0; i < 20; i++) dict_set(d, I(i), I(i));
    assert_int_equal(dict_size(d), 20);
    for (int i = 0; i < 20; i++) assert_int_equal(v_as_smallint(dict_get(d, I(i))), i);
    /* update from pairs, with CPython's errors */
    Value pair = tuple_pack(2, I(100), I(200));
    Value triple = tuple_pack(3, I(1), I(2), I(3));
    Value good = list_from_array(&pair, 1);
    assert_int_equal(dict_update(d, good), 0);
    assert_int_equal(v_as_smallint(dict_get(d, I(100))), 200);
    Value bad = list_from_array(&triple, 1);
    assert_int_equal(dict_update(d, bad), -1);
    assert_error(&Exc_ValueError, "dictionary update sequence element #0 has length 3; 2 is required");
    Value one = I(1);
    Value bad2 = list_from_array(&one, 1);
    assert_int_equal(dict_update(d, bad2), -1);
    assert_error(&Exc_TypeError, "cannot convert dictionary update sequence element #0 to a sequence");
    Value args[2] = {I(555), I(9)};
    Value r = call_method(d, "get", 2, args);
    assert_int_equal(v_as_smallint(r), 9);
    r = call_method(d, "setdefault", 2, args);
    assert_int_equal(v_as_smallint(r), 9);
    assert_int_equal(v_as_smallint(dict_get(d, I(555))), 9);
    r = call_method(d, "pop", 1, args);
    assert_int_equal(v_as_smallint(r), 9);
    assert_true(v_is_null(call_method(d, "pop", 1, args)));
    assert_error(&Exc_KeyError, "555");
    assert_true(v_is_null(call_method(d, "get", 0, NULL)));
    assert_error(&Exc_TypeError, "get expected at least 1 argument, got 0");
    /* views */
    Value keys = call_method(d, "keys", 0, NULL);
    Value s = set_new();
    for (int i = 0; i < 20; i++) set_add(s, I(i));
    assert_int_equal(obj_compare_bool(keys, s, CMP_EQ), 0);
    set_add(s, I(100));
    assert_int_equal(obj_compare_bool(keys, s, CMP_EQ), 1);
    assert_int_equal(obj_compare_bool(s, keys, CMP_EQ), 1);
    assert_int_equal(obj_contains(keys, I(100)), 1);
    Value both = obj_binary_op(keys, s, NB_AND);
    assert_int_equal(set_size(both), 21);
    v_decref(both);
    Value small = dict_new();
    dict_set(small, I(1), I(2));
    Value sk = call_method(small, "keys", 0, NULL);
    assert_repr(sk, "dict_keys([1])");
    Value sv = call_method(small, "values", 0, NULL);
    assert_repr(sv, "dict_values([2])");
    /* recursive repr */
    dict_set(small, I(2), small);
    assert_repr(small, "{1: 2, 2: {...}}");
    dict_del(small, I(2));
    v_decref(sk); v_decref(sv); v_decref(small);
    v_decref(keys); v_decref(s); v_decref(bad2); v_decref(bad); v_decref(good);
    v_decref(pair); v_decref(triple); v_decref(d);
}

/* ---- set ------------------------------------------------------------------------ */

static Value set_of(int n, const int64_t *xs) {
    Value s = set_new();
    for (int i = 0; i < n; i++) set_add(s, I(xs[i]));
    return s;
}

static void test_set_order_matches_cpython(void **state) {
    (void)state;
    Value s = set_of(3, (int64_t[]){3, 1, 2});
    assert_repr(s, "{1, 2, 3}");
    v_decref(s);
    s = set_of(4, (int64_t[]){8, 1, 16, 2});
    assert_repr(s, "{8, 1, 2, 16}");
    v_decref(s);
    s = set_of(4, (int64_t[]){16, 8, 1, 2});
    assert_repr(s, "{16, 8, 2, 1}");
    v_decref(s);
    int64_t xs[10];
    for (int i = 0; i < 10; i++) xs[i] = 30 - 3 * i;
    s = set_of(10, xs);
    assert_repr(s, "{3, 6, 9, 12, 15, 18, 21, 24, 27, 30}");
    v_decref(s);
    Value e = set_new();
    assert_repr(e, "set()");
    Value fe = frozenset_new(V_NULL);
    assert_repr(fe, "frozenset()");
    assert_int_equal(obj_hash(fe), 133146708735736ll);
    assert_int_equal(obj_compare_bool(e, fe, CMP_EQ), 1);
    Value a = set_of(3, (int64_t[]){1, 2, 3}), b = set_of(3, (int64_t[]){3, 4, 5});
    Value x = obj_binary_op(a, b, NB_XOR);
    assert_repr(x, "{1, 2, 4, 5}");
    v_decref(x);
    Value c = set_of(3, (int64_t[]){5, 6, 7}), d = set_of(2, (int64_t[]){7, 6});
    x = obj_binary_op(c, d, NB_AND);
    assert_repr(x, "{6, 7}");
    v_decref(x);
    Value f = set_of(5, (int64_t[]){1, 2, 3, 100, 200}), g = set_of(1, (int64_t[]){2});
    x = obj_binary_op(f, g, NB_SUBTRACT);
    assert_repr(x, "{200, 1, 3, 100}");
    v_decref(x);
    Value fz = frozenset_new(a);
    assert_repr(fz, "frozenset({1, 2, 3})");
    x = obj_binary_op(fz, b, NB_OR);
    assert_repr(x, "frozenset({1, 2, 3, 4, 5})");
    v_decref(x);
    Value ab = set_of(2, (int64_t[]){1, 2});
    Value fab = frozenset_new(ab);
    assert_int_equal(obj_hash(fab), -1826646154956904602ll);
    Value nested = set_new();
    set_add(nested, fe);
    Value fnested = frozenset_new(nested);
    assert_int_equal(obj_hash(fnested), -6993584179861130285ll);
    assert_int_equal(obj_compare_bool(ab, a, CMP_LT), 1);
    assert_int_equal(obj_compare_bool(a, ab, CMP_LE), 0);
    assert_int_equal(obj_compare_bool(fab, ab, CMP_EQ), 1);
    /* {1, 2} in {frozenset({1, 2})} */
    Value holder = set_new();
    set_add(holder, fab);
    assert_int_equal(set_contains(holder, ab), 1);
    Value l = list_new(0);
    assert_int_equal(set_contains(holder, l), -1);
    assert_error(&Exc_TypeError, "unhashable type: 'list'");
    v_decref(l);
    v_decref(holder); v_decref(nested); v_decref(fnested);
    v_decref(ab); v_decref(fab); v_decref(fz);
    v_decref(f); v_decref(g); v_decref(c); v_decref(d);
    v_decref(a); v_decref(b); v_decref(e); v_decref(fe);
}

static void test_set_mutation(void **state) {
    (void)state;
    Value s = set_new();
    for (int i = 0; i < 100; i++) set_add(s, I(i));
    for (int i = 0; i < 100; i += 3) assert_int_equal(set_discard(s, I(i)), 1);
    assert_int_equal(set_discard(s, I(0)), 0);
    set_add(s, I(1000));
    set_add(s, I(-5));
    Value l = list_from_iterable(s);
    Value first = list_slice(l, 0, 10, 1);
    assert_repr(first, "[1, 2, 4, 5, 7, 8, 10, 11, 13, 14]");
    Value last = list_slice(l, list_size(l) - 5, list_size(l), 1);
    assert_repr(last, "[95, 97, 98, 1000, -5]");
    v_decref(first); v_decref(last); v_decref(l);
    Value it = obj_iter(s);
    Value x = obj_iternext(it);
    v_decref(x);
    set_add(s, I(5000));
    assert_true(v_is_null(obj_iternext(it)));
    assert_error(&Exc_RuntimeError, "Set changed size during iteration");
    v_decref(it);
    int64_t n = set_size(s);
    for (int64_t i = 0; i < n; i++) {
        Value p = call_method(s, "pop", 0, NULL);
        assert_false(v_is_null(p));
        v_decref(p);
    }
    assert_int_equal(set_size(s), 0);
    assert_true(v_is_null(call_method(s, "pop", 0, NULL)));
    assert_error(&Exc_KeyError, "'pop from an empty set'");
    Value one = I(1);
    assert_true(v_is_null(call_method(s, "remove", 1, &one)));
    assert_error(&Exc_KeyError, "1");
    v_decref(s);
}

/* Dummy slots: reused as CPython 3.11 does (the last one on the probe
 * path), and never turned into holes by a copy. */
static void test_set_dummies(void **state) {
    (void)state;
    Value s = set_of(4, (int64_t[]){0, 8, 16, 1});
    set_discard(s, I(0));
    set_discard(s, I(8));
    set_add(s, I(24));
    set_add(s, I(32));
    assert_repr(s, "{32, 24, 16, 1}");
    v_decref(s);
    Value a = set_new();
    for (int i = 0; i < 40; i++) set_add(a, I(i));
    for (int i = 0; i < 40; i += 3) set_discard(a, I(i));
    Value c = call_method(a, "copy", 0, NULL);
    Value more = list_new(0);
    for (int i = 0; i < 40; i++) list_append_steal(more, I(i % 3 ? i : i + 1));
    assert_int_equal(set_update(c, more), 0);
    assert_int_equal(set_size(c), 27);                   /* CPython: 27, no duplicates */
    for (int i = 0; i <= 40; i++) assert_int_equal(set_contains(c, I(i)), i % 3 != 0 || i == 40);
    v_decref(more); v_decref(c); v_decref(a);
}

int main(void) {
    if (runtime_init() < 0) return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_insertion_order),
        cmocka_unit_test(test_many_keys),
        cmocka_unit_test(test_numeric_keys),
        cmocka_unit_test(test_iteration_errors),
        cmocka_unit_test(test_versions),
        cmocka_unit_test(test_dict_methods),
        cmocka_unit_test(test_set_order_matches_cpython),
        cmocka_unit_test(test_set_mutation),
        cmocka_unit_test(test_set_dummies),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

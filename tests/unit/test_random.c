/* test_random.c: the random and math modules called directly through their
 * init functions (vm/modules/random.c, math.c, mt19937.c). Every expected
 * value was printed by CPython 3.11.7. */
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
#include "module.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "modules/mt19937.h"

Value module_init_random(void);
Value module_init_math(void);
Value module_init_time(void);

static Value random_mod, math_mod;

static int setup(void **state) {
    (void)state;
    if (runtime_init() < 0) return -1;
    random_mod = module_init_random();
    math_mod = module_init_math();
    return v_is_null(random_mod) || v_is_null(math_mod) ? -1 : 0;
}

static Value fn(Value mod, const char *name) {
    Value f = dict_get_cstr(module_dict(mod), name);
    assert_false(v_is_null(f));
    return f;
}

static Value call1(Value mod, const char *name, Value a) {
    Value r = obj_call(fn(mod, name), &a, 1, V_NULL);
    assert_false(v_is_null(r));
    return r;
}

static Value call0(Value mod, const char *name) {
    Value r = obj_call(fn(mod, name), NULL, 0, V_NULL);
    assert_false(v_is_null(r));
    return r;
}

static int64_t as_i64(Value v) {
    int64_t i;
    assert_int_equal(int_as_i64(v, &i), 0);
    v_decref(v);
    return i;
}

static void test_sha512(void **state) {
    (void)state;
    static const char *const want[3] = {
        "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e",
        "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
        "4b11459c33f52a22ee8236782714c150a3b2c60994e9acee17fe68947a3e6789f31e7668394592da7bef827cddca88c4e6f86e4df7ed1ae6cba71f3e98faee9f",
    };
    char a200[200];
    memset(a200, 'a', sizeof a200);
    const void *data[3] = {"", "abc", a200};
    size_t len[3] = {0, 3, 200};
    for (int i = 0; i < 3; i++) {
        uint8_t d[64];
        char hex[129];
        sha512(data[i], len[i], d);
        for (int j = 0; j < 64; j++) snprintf(hex + 2 * j, 3, "%02x", d[j]);
        assert_string_equal(hex, want[i]);
    }
}

static void test_mt_core(void **state) {
    (void)state;
    MTState s;
    uint32_t key = 0;
    mt_init_by_array(&s, &key, 1);      /* random.seed(0) */
    assert_int_equal(mt_genrand_uint32(&s), 3626764237u);
    assert_int_equal(mt_genrand_uint32(&s), 1654615998u);
    assert_int_equal(mt_genrand_uint32(&s), 3255389356u);
}

struct seeded {
    Value seed;
    uint32_t words[3];
    double random;
    int64_t randint;
};

static void test_seeded_sequences(void **state) {
    (void)state;
    Value big = int_pow(v_from_smallint(2), v_from_smallint(100));
    struct seeded cases[] = {
        {v_from_smallint(0), {3626764237u, 1654615998u, 3255389356u}, 0.890243920837131, 6},
        {v_from_smallint(42), {2746317213u, 478163327u, 107420369u}, 0.7415504997598329, 32},
        {big, {3258412053u, 345648520u, 969030735u}, 0.08203568294695174, 67},
        {v_from_smallint(-5), {2675342405u, 1097127993u, 3185950873u}, 0.35853551175589526, 89},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        v_decref(call1(random_mod, "seed", cases[i].seed));
        for (int j = 0; j < 3; j++)
            assert_int_equal(as_i64(call1(random_mod, "getrandbits", v_from_smallint(32))), cases[i].words[j]);
        Value r = call0(random_mod, "random");
        assert_true(v_as_float(r) == cases[i].random);
        Value args[2] = {v_from_smallint(1), v_from_smallint(100)};
        Value ri = obj_call(fn(random_mod, "randint"), args, 2, V_NULL);
        assert_int_equal(as_i64(ri), cases[i].randint);
    }
    v_decref(big);
    Value hello = str_from_cstr("hello");
    v_decref(call1(random_mod, "seed", hello));
    assert_true(v_as_float(call0(random_mod, "random")) == 0.3537754404730722);
    v_decref(hello);
}

static void test_random_instance(void **state) {
    (void)state;
    Value cls = fn(random_mod, "Random");
    Value zero = v_from_smallint(0);
    Value r = obj_call(cls, &zero, 1, V_NULL);
    assert_false(v_is_null(r));
    Value k = v_from_smallint(32);
    Value m = obj_getattr_cstr(r, "getrandbits");
    assert_false(v_is_null(m));
    assert_int_equal(as_i64(obj_call(m, &k, 1, V_NULL)), 3626764237u);
    assert_int_equal(as_i64(obj_call(m, &k, 1, V_NULL)), 1654615998u);
    v_decref(m);
    /* getstate() is (3, 625-tuple, None). */
    Value st = obj_call_method(r, "getstate", NULL, 0);
    assert_false(v_is_null(st));
    assert_int_equal(tuple_size(st), 3);
    assert_int_equal(tuple_size(tuple_items(st)[1]), 625);
    assert_int_equal(as_i64(v_newref(tuple_items(tuple_items(st)[1])[624])), 2);
    v_decref(st);
    v_decref(r);
}

static void test_errors(void **state) {
    (void)state;
    Value neg = v_from_smallint(-1);
    assert_true(v_is_null(obj_call(fn(random_mod, "getrandbits"), &neg, 1, V_NULL)));
    assert_true(err_matches(&Exc_ValueError));
    err_clear();
    assert_true(v_is_null(obj_call(fn(math_mod, "sqrt"), &neg, 1, V_NULL)));
    Value e = err_fetch();
    Value s = exc_str(e);
    assert_string_equal(str_data(s), "math domain error");
    v_decref(s);
    v_decref(e);
}

static void test_math_values(void **state) {
    (void)state;
    Value r = call1(math_mod, "gamma", v_from_float(4.5));
    assert_true(v_as_float(r) == 11.631728396567446);
    r = call1(math_mod, "lgamma", v_from_float(-2.5));
    assert_true(v_as_float(r) == -0.05624371649767457);
    Value args[3] = {v_from_smallint(3), v_from_smallint(4), v_from_smallint(5)};
    r = obj_call(fn(math_mod, "hypot"), args, 3, V_NULL);
    assert_true(v_as_float(r) == 7.0710678118654755);
    assert_int_equal(as_i64(call1(math_mod, "factorial", v_from_smallint(20))), 2432902008176640000ll);
    Value t = module_init_time();
    assert_false(v_is_null(t));
    v_decref(t);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sha512),
        cmocka_unit_test(test_mt_core),
        cmocka_unit_test(test_seeded_sequences),
        cmocka_unit_test(test_random_instance),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_math_values),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}

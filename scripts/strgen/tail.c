
static void test_table_passes(void **state) {
    test_table(state);
    fprintf(stderr, "%d table checks, %d failures\n", checks, failures);
    assert_int_equal(failures, 0);
}

/* ---- interning and singletons ------------------------------------------------------- */

static void test_interning(void **state) {
    (void)state;
    Value a = str_intern_cstr("some_identifier");
    Value b = str_intern("some_identifier", 15);
    assert_true(a == b);
    assert_true(v_as_str(a)->interned);
    Value c = str_from_cstr("some_identifier");
    assert_true(c != a);
    assert_true(str_eq(a, c));
    Value d = str_intern_value(c);       /* steals c */
    assert_true(d == a);
    Value e = str_intern_value(str_from_cstr("fresh_name_\xc3\xa9"));
    assert_true(v_as_str(e)->interned);
    assert_true(str_intern_cstr("fresh_name_\xc3\xa9") == e);
    /* One-character Latin-1 strings and '' are shared singletons. */
    assert_true(str_from_codepoint('a') == str_intern_cstr("a"));
    assert_true(str_from_codepoint(0xE9) == str_intern_cstr("\xc3\xa9"));
    assert_true(str_from_cstr("") == str_intern_cstr(""));
    Value s = str_from_cstr("xa\xc3\xa9");
    assert_true(str_getitem_index(s, 1) == str_from_codepoint('a'));
    assert_true(str_getitem_index(s, 2) == str_from_codepoint(0xE9));
    v_decref(s);
    Value k = str_from_codepoint(0x20AC);
    assert_int_equal(str_len(k), 1);
    assert_int_equal(str_nbytes(k), 3);
    v_decref(k);
}

static void test_hash(void **state) {
    (void)state;
    Value e = str_from_cstr("");
    assert_int_equal(str_hash(e), 0);
    Value a = str_from_cstr("hello w\xc3\xb6rld");
    StrBuilder sb;
    sb_init(&sb);
    sb_append_cstr(&sb, "hello ");
    sb_append_cstr(&sb, "w\xc3\xb6rld");
    Value b = sb_finish(&sb);
    assert_true(a != b);
    assert_int_equal(str_hash(a), str_hash(b));
    assert_int_equal(StrType.hash(a), str_hash(b));
    assert_true(str_hash(a) != -1);
    Value c = str_from_cstr("hello world");
    assert_true(str_hash(a) != str_hash(c));
    Value x = bytes_new("abc", 3), y = bytes_new("abc", 3), z = bytes_new("abd", 3);
    assert_int_equal(BytesType.hash(x), BytesType.hash(y));
    assert_true(BytesType.hash(x) != BytesType.hash(z));
    Value eb = bytes_new("", 0);
    assert_int_equal(BytesType.hash(eb), 0);
    v_decref(a); v_decref(b); v_decref(c); v_decref(x); v_decref(y); v_decref(z); v_decref(eb); v_decref(e);
}

/* ---- indexing long non-ASCII strings (the offset table) ----------------------------- */

static uint32_t test_cp(int i) {
    static const uint32_t pool[] = {'a', 0xE9, 0x20AC, 0x1F600, 'Z', 0x3B1, 0x800, 0x10FFFF};
    return pool[(i * 7 + i / 3) % 8];
}

static void check_long_string(Value s, int n) {
    assert_int_equal(str_len(s), n);
    /* Random-ish order, then backwards: each must agree with the source. */
    for (int k = 0; k < n; k++) {
        int i = (int)(((int64_t)k * 7919) % n);
        assert_int_equal(str_char_at(s, i), test_cp(i));
    }
    for (int i = n - 1; i >= 0; i--) {
        Value ch = str_getitem_index(s, i);
        assert_int_equal(str_char_at(ch, 0), test_cp(i));
        v_decref(ch);
    }
    /* Slices with several steps against a naive walk. */
    int64_t steps[] = {1, 2, 3, 64, 1000, -1, -5, -77};
    for (size_t si = 0; si < sizeof steps / sizeof steps[0]; si++) {
        int64_t step = steps[si];
        int64_t start = step > 0 ? 13 : n - 3, stop = step > 0 ? n - 2 : 5;
        Value sl = str_slice(s, start, stop, step);
        int64_t k = 0;
        for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step, k++)
            assert_int_equal(str_char_at(sl, k), test_cp((int)i));
        assert_int_equal(str_len(sl), k);
        v_decref(sl);
    }
}

static void test_long_non_ascii(void **state) {
    (void)state;
    enum { N = 5000 };
    StrBuilder sb;
    sb_init(&sb);
    for (int i = 0; i < N; i++) {
        char buf[4];
        sb_append(&sb, buf, (size_t)utf8_encode(test_cp(i), buf));
    }
    Value s = sb_finish(&sb);
    check_long_string(s, N);
    /* The same content through str_alloc/str_finish. */
    Value t = str_alloc((size_t)str_nbytes(s));
    memcpy((char *)str_data(t), str_data(s), (size_t)str_nbytes(s));
    t = str_finish(t);
    assert_true(str_eq(s, t));
    check_long_string(t, N);
    /* And through concatenation and repetition. */
    Value u = str_concat(s, t);
    assert_int_equal(str_len(u), 2 * N);
    assert_int_equal(str_char_at(u, N + 4321), test_cp(4321));
    Value r = str_repeat(s, 3);
    assert_int_equal(str_char_at(r, 2 * N + 17), test_cp(17));
    v_decref(s); v_decref(t); v_decref(u); v_decref(r);
}

/* ---- C helpers ------------------------------------------------------------------------------- */

static void test_utf8_helpers(void **state) {
    (void)state;
    uint32_t cps[] = {0, 'A', 0x7F, 0x80, 0x7FF, 0x800, 0xD800, 0xFFFF, 0x10000, 0x10FFFF};
    for (size_t i = 0; i < sizeof cps / sizeof cps[0]; i++) {
        char buf[4];
        int n = utf8_encode(cps[i], buf), m;
        assert_int_equal(utf8_decode(buf, &m), cps[i]);
        assert_int_equal(n, m);
    }
    Value s = str_new_checked("ok \xc3\xa9", 5);
    assert_int_equal(str_len(s), 4);
    v_decref(s);
    assert_true(str_new_checked("a\xff", 2) == V_NULL);
    assert_true(err_matches(&Exc_UnicodeDecodeError));
    Value msg = exc_str(err_peek());
    assert_string_equal(str_data(msg), "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte");
    v_decref(msg);
    err_clear();
    /* NUL bytes are content, not terminators. */
    Value z = str_new("a\0b", 3);
    assert_int_equal(str_len(z), 3);
    assert_int_equal(str_char_at(z, 1), 0);
    Value abc = str_from_cstr("abc"), a = str_from_cstr("a"), ae = str_from_cstr("a\xc3\xa9");
    assert_true(str_eq_cstr(abc, "abc"));
    assert_int_equal(str_compare(a, ae), -1);
    assert_int_equal(str_compare(ae, a), 1);
    assert_int_equal(str_compare(ae, ae), 0);
    v_decref(z); v_decref(abc); v_decref(a); v_decref(ae);
}

static void test_builder_and_printf(void **state) {
    (void)state;
    StrBuilder sb;
    sb_init(&sb);
    for (int i = 0; i < 1000; i++) sb_printf(&sb, "%d,", i);
    sb_append_char(&sb, '!');
    Value s = sb_finish(&sb);
    assert_int_equal(str_nbytes(s), 3891);
    assert_memory_equal(str_data(s), "0,1,2,", 6);
    assert_int_equal(str_data(s)[str_nbytes(s)], '\0');
    v_decref(s);
    char big[600];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = 0;
    Value p = str_printf("<%s|%d|\xc3\xa9>", big, 42);
    assert_int_equal(str_len(p), 599 + 7);
    assert_int_equal(str_char_at(p, 599 + 5), 0xE9);
    v_decref(p);
    StrBuilder empty;
    sb_init(&empty);
    Value e = sb_finish(&empty);
    assert_int_equal(str_len(e), 0);
    StrBuilder d;
    sb_init(&d);
    sb_append_cstr(&d, "discarded");
    sb_discard(&d);
}

static void test_iter_exhaustion(void **state) {
    (void)state;
    Value s = str_from_cstr("a\xe2\x82\xac");
    Value it = StrType.iter(s);
    Value x = StrIterType.iternext(it);
    assert_true(str_eq_cstr(x, "a"));
    Value y = StrIterType.iternext(it);
    assert_true(str_eq_cstr(y, "\xe2\x82\xac"));
    assert_true(StrIterType.iternext(it) == V_NULL);
    assert_false(err_occurred());
    assert_true(StrIterType.iternext(it) == V_NULL);
    v_decref(x); v_decref(y); v_decref(it); v_decref(s);
}

int main(void) {
    if (runtime_init() < 0) return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table_passes),
        cmocka_unit_test(test_interning),
        cmocka_unit_test(test_hash),
        cmocka_unit_test(test_long_non_ascii),
        cmocka_unit_test(test_utf8_helpers),
        cmocka_unit_test(test_builder_and_printf),
        cmocka_unit_test(test_iter_exhaustion),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

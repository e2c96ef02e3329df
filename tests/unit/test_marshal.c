/* test_marshal.c: code objects and constants through marshal_dumps /
 * marshal_loads: every field survives, the loaded code runs, serialising is
 * deterministic, and truncated or corrupted data is rejected with an
 * exception, never a crash. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>
#include "coil/coil.h"
#include "vm/object.h"
#include "vm/errors.h"
#include "vm/code.h"
#include "vm/eval.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/dict.h"
#include "vm/list.h"
#include "vm/int.h"
#include "vm/set.h"
#include "vm/abstract.h"
#include "vm/runtime.h"
#include "vm/marshal.h"
#include "vm/pycache.h"
#include "vm/complex.h"
#include "frontend/compiler.h"

static int setup(void **state) {
    (void)state;
    return coil_initialize();
}

static Value compile_str(const char *src, const char *filename) {
    SyntaxErrorInfo info;
    Value code = compile_source(src, strlen(src), filename, COMPILE_EXEC, &info);
    syntax_error_info_clear(&info);
    return code;
}

/* Field-by-field equality of two code objects, recursing into constants. */
static void assert_code_equal(Value a, Value b) {
    CodeObject *x = v_as_code(a), *y = v_as_code(b);
    assert_int_equal(x->ncodeunits, y->ncodeunits);
    assert_memory_equal(x->code, y->code, (size_t)x->ncodeunits * sizeof(CodeUnit));
    assert_int_equal(x->stacksize, y->stacksize);
    assert_int_equal(x->argcount, y->argcount);
    assert_int_equal(x->posonlyargcount, y->posonlyargcount);
    assert_int_equal(x->kwonlyargcount, y->kwonlyargcount);
    assert_int_equal(x->nlocals, y->nlocals);
    assert_int_equal(x->ncellvars, y->ncellvars);
    assert_int_equal(x->nfreevars, y->nfreevars);
    assert_int_equal(x->nlocalsplus, y->nlocalsplus);
    assert_int_equal(x->flags, y->flags);
    assert_int_equal(x->firstlineno, y->firstlineno);
    assert_memory_equal(x->localspluskinds, y->localspluskinds, (size_t)x->nlocalsplus);
    assert_int_equal(obj_eq(x->names, y->names), 1);
    assert_int_equal(obj_eq(x->localsplusnames, y->localsplusnames), 1);
    /* Names stay interned: the very same objects. */
    for (int64_t i = 0; i < tuple_size(x->names); i++)
        assert_true(tuple_items(x->names)[i] == tuple_items(y->names)[i]);
    assert_int_equal(obj_eq(x->filename, y->filename), 1);
    assert_int_equal(obj_eq(x->name, y->name), 1);
    assert_int_equal(obj_eq(x->qualname, y->qualname), 1);
    assert_int_equal(obj_eq(x->docstring, y->docstring), 1);
    assert_true((x->positions == NULL) == (y->positions == NULL));
    if (x->positions)
        for (int i = 0; i < x->ncodeunits; i++) {
            assert_int_equal(x->positions[i].lineno, y->positions[i].lineno);
            assert_int_equal(x->positions[i].end_lineno, y->positions[i].end_lineno);
            assert_int_equal(x->positions[i].col, y->positions[i].col);
            assert_int_equal(x->positions[i].end_col, y->positions[i].end_col);
        }
    assert_int_equal(x->nexctable, y->nexctable);
    for (int i = 0; i < x->nexctable; i++) {
        assert_int_equal(x->exctable[i].start, y->exctable[i].start);
        assert_int_equal(x->exctable[i].end, y->exctable[i].end);
        assert_int_equal(x->exctable[i].handler, y->exctable[i].handler);
        assert_int_equal(x->exctable[i].depth, y->exctable[i].depth);
        assert_int_equal(x->exctable[i].lasti, y->exctable[i].lasti);
    }
    assert_int_equal(tuple_size(x->consts), tuple_size(y->consts));
    for (int64_t i = 0; i < tuple_size(x->consts); i++) {
        Value ca = tuple_items(x->consts)[i], cb = tuple_items(y->consts)[i];
        assert_true(v_type(ca) == v_type(cb));
        if (v_is_code(ca)) assert_code_equal(ca, cb);
        else if (v_is_float(ca)) assert_memory_equal(&ca, &cb, sizeof ca);   /* -0.0, nan */
        else if (v_is_complex(ca)) {
            Complex za = complex_value(ca), zb = complex_value(cb);
            assert_memory_equal(&za, &zb, sizeof za);                        /* nan parts */
        }
        else assert_int_equal(obj_eq(ca, cb), 1);
    }
}

/* dumps -> loads -> dumps: the code comes back equal, and the second dump
 * is byte-identical to the first. Returns the loaded code (new ref). */
static Value roundtrip(Value code) {
    size_t n1 = 0, n2 = 0;
    uint8_t *b1 = marshal_dumps(code, &n1);
    assert_non_null(b1);
    Value back = marshal_loads(b1, n1, V_NULL);
    if (v_is_null(back)) {
        Value e = err_fetch();
        Value s = exc_str(e);
        fail_msg("loads failed: %s", v_is_null(s) ? "?" : str_data(s));
    }
    assert_false(err_occurred());
    if (v_is_code(code)) assert_code_equal(code, back);
    uint8_t *b2 = marshal_dumps(back, &n2);
    assert_non_null(b2);
    assert_int_equal(n1, n2);
    assert_memory_equal(b1, b2, n1);
    free(b1);
    free(b2);
    return back;
}

/* Compiles src, round-trips it and runs the loaded code (its asserts check
 * the behaviour). */
static void run_roundtripped(const char *src) {
    Value code = compile_str(src, "<marshal-test>");
    assert_false(v_is_null(code));
    Value back = roundtrip(code);
    Value g = dict_new();
    assert_int_equal(dict_set_cstr(g, "__builtins__", runtime_builtins()), 0);
    assert_int_equal(dict_set_cstr(g, "__name__", str_intern_cstr("m")), 0);
    Value r = eval_code(back, g, g);
    if (v_is_null(r)) {
        Value e = err_fetch();
        Value s = exc_str(e);
        fail_msg("loaded code raised %s: %s\n--\n%s", v_type_name(e), v_is_null(s) ? "?" : str_data(s), src);
    }
    v_decref(r);
    /* Running it changed nothing a dump sees (e.g. specialised instructions
     * are dumped in their generic form). */
    size_t n1, n2;
    uint8_t *b1 = marshal_dumps(code, &n1), *b2 = marshal_dumps(back, &n2);
    assert_int_equal(n1, n2);
    assert_memory_equal(b1, b2, n1);
    free(b1);
    free(b2);
    v_decref(g);
    v_decref(back);
    v_decref(code);
}

static void test_constants(void **state) {
    (void)state;
    Value big = int_from_string("123456789012345678901234567890123456789", 39, 10);
    Value negbig = int_neg(big);
    Value fs_items = tuple_pack(3, v_from_smallint(1), str_intern_cstr("x"), v_from_float(2.5));
    Value fs = frozenset_new(fs_items);
    Value vals[] = {
        V_NONE, V_TRUE, V_FALSE, V_ELLIPSIS, v_from_smallint(0), v_from_smallint(-1),
        v_from_smallint(SMALLINT_MAX), v_from_smallint(SMALLINT_MIN), int_from_i64(INT64_MIN), big, negbig,
        v_from_float(0.0), v_from_float(-0.0), v_from_float(1e308 * 10), v_from_float(-1.5e-300),
        v_from_float(0.0 / 0.0), str_from_cstr(""), str_from_cstr("h\xc3\xa9llo \xf0\x9f\x98\x80"),
        str_intern_cstr("ident"), bytes_new("a\0b\xff", 4), tuple_empty(), fs,
    };
    size_t n = sizeof vals / sizeof vals[0];
    Value t = tuple_from_array(vals, (int64_t)n);
    Value nested = tuple_pack(3, t, t, tuple_pack(1, tuple_pack(1, str_intern_cstr("ident"))));
    Value back = roundtrip(nested);
    Value bt = tuple_items(back)[0];
    assert_int_equal(tuple_size(bt), (int64_t)n);
    for (size_t i = 0; i < n; i++) {
        Value a = vals[i], b = tuple_items(bt)[i];
        assert_true(v_type(a) == v_type(b));
        if (v_is_float(a)) assert_memory_equal(&a, &b, sizeof a);
        else assert_int_equal(obj_eq(a, b), 1);
    }
    /* Interned strings come back as the interned object itself. */
    assert_true(tuple_items(bt)[18] == str_intern_cstr("ident"));
    assert_false(v_as_str(tuple_items(bt)[17])->interned);
    v_decref(back);
    v_decref(nested);
    v_decref(fs_items);
}

/* Frozensets are written in a canonical order, whatever their iteration
 * order: equal sets give equal bytes. */
static void test_frozenset_deterministic(void **state) {
    (void)state;
    Value fwd = tuple_new(40), rev = tuple_new(40);
    for (int i = 0; i < 40; i++) {
        Value s = str_printf("element-%d", i * 7);
        tuple_items(fwd)[i] = s;
        tuple_items(rev)[39 - i] = v_newref(s);
    }
    Value big = set_from_iterable(fwd);   /* a set that grew, then shrank */
    for (int i = 0; i < 1000; i++) {
        Value extra = v_from_smallint(i);
        assert_int_equal(set_add(big, extra), 0);
        assert_int_equal(set_discard(big, extra), 1);
    }
    Value a = frozenset_new(fwd), b = frozenset_new(rev), c = frozenset_new(big);
    size_t na, nb, nc;
    uint8_t *ba = marshal_dumps(a, &na), *bb = marshal_dumps(b, &nb), *bc = marshal_dumps(c, &nc);
    assert_int_equal(na, nb);
    assert_int_equal(na, nc);
    assert_memory_equal(ba, bb, na);
    assert_memory_equal(ba, bc, na);
    Value back = marshal_loads(ba, na, V_NULL);
    assert_int_equal(obj_eq(back, a), 1);
    free(ba);
    free(bb);
    free(bc);
    v_decref(back);
    v_decref(a);
    v_decref(b);
    v_decref(c);
    v_decref(big);
    v_decref(fwd);
    v_decref(rev);
}

static void test_unmarshallable(void **state) {
    (void)state;
    /* a type object (lists, dicts and sets are marshallable since the
     * marshal module: code objects never hold them) */
    Value l = v_from_obj(&ListType);
    v_incref(l);
    size_t n;
    assert_null(marshal_dumps(l, &n));
    assert_true(err_matches(&Exc_ValueError));
    err_clear();
    Value t = tuple_pack(2, v_from_smallint(1), l);
    assert_null(marshal_dumps(t, &n));
    assert_true(err_matches(&Exc_ValueError));
    err_clear();
    v_decref(t);
    v_decref(l);
}

static void test_run_functions(void **state) {
    (void)state;
    run_roundtripped("def f(a, b=2, /, c=3, *args, d, e=5, **kw):\n"
                     "    '''doc of f'''\n"
                     "    return (a, b, c, args, d, e, kw)\n"
                     "assert f(1, d=4) == (1, 2, 3, (), 4, 5, {})\n"
                     "assert f(1, 2, 3, 4, d=0, z=1) == (1, 2, 3, (4,), 0, 5, {'z': 1})\n"
                     "assert f.__doc__ == 'doc of f'\n"
                     "assert f.__code__.co_varnames[:3] == ('a', 'b', 'c')\n");
}

static void test_run_closures_generators(void **state) {
    (void)state;
    run_roundtripped("def outer(n):\n"
                     "    total = 0\n"
                     "    def add(k):\n"
                     "        nonlocal total\n"
                     "        total += k\n"
                     "        return total\n"
                     "    return add\n"
                     "a = outer(0)\n"
                     "a(5); assert a(6) == 11\n"
                     "def gen(n):\n"
                     "    for i in range(n):\n"
                     "        yield i * i\n"
                     "    return 'done'\n"
                     "assert list(gen(5)) == [0, 1, 4, 9, 16]\n"
                     "assert [x for x in range(10) if x % 3 == 0] == [0, 3, 6, 9]\n"
                     "assert {k: v for k, v in zip('ab', (1, 2))} == {'a': 1, 'b': 2}\n"
                     "assert sum(x for x in range(101)) == 5050\n"
                     "lam = lambda x, *, y=2: x ** y\n"
                     "assert lam(9) == 81\n");
}

static void test_run_exceptions_classes(void **state) {
    (void)state;
    run_roundtripped("class E(Exception):\n"
                     "    pass\n"
                     "class C:\n"
                     "    '''class doc'''\n"
                     "    k = 10\n"
                     "    def __init__(self, v): self.v = v\n"
                     "    def m(self): return self.v + self.k\n"
                     "    @property\n"
                     "    def p(self): return -self.v\n"
                     "assert C(5).m() == 15 and C(2).p == -2 and C.__doc__ == 'class doc'\n"
                     "log = []\n"
                     "def g(x):\n"
                     "    try:\n"
                     "        try:\n"
                     "            if x: raise E('boom')\n"
                     "            return 'no error'\n"
                     "        finally:\n"
                     "            log.append('finally')\n"
                     "    except E as e:\n"
                     "        return 'caught ' + str(e)\n"
                     "assert g(1) == 'caught boom' and g(0) == 'no error'\n"
                     "assert log == ['finally', 'finally']\n"
                     "import sys\n"
                     "try:\n"
                     "    1 / 0\n"
                     "except ZeroDivisionError:\n"
                     "    tb = sys.exc_info()[2]\n"
                     "    assert tb.tb_lineno == 25, tb.tb_lineno\n");
}

static void test_run_constants_in_code(void **state) {
    (void)state;
    run_roundtripped("x = 2 ** 200\n"
                     "assert x == 1606938044258990275541962092341162602522202993782792835301376\n"
                     "assert -12345678901234567890123 + 1 == -12345678901234567890122\n"
                     "assert 1.5e300 * 2 == 3e300 and -0.0 == 0.0\n"
                     "assert 'héllo wörld' [1] == 'é'\n"
                     "assert b'\\x00\\xff' == bytes([0, 255])\n"
                     "assert (1, (2, 'three'), None, True, ...) [3] is True\n"
                     "assert 3 in {1, 2, 3} and 'z' not in {'a', 'b'}\n"
                     "def f(): return ...\n"
                     "assert f() is Ellipsis\n"
                     "def kw(**k): return sorted(k)\n"
                     "assert kw(b=1, a=2) == ['a', 'b']\n"
                     "assert f'{x % 7}-{1.25:.1f}' == '4-1.2'\n");
}

/* Loads every prefix and every single-byte corruption of a dump: each
 * either fails with an exception or yields a code object; none crashes. */
static void test_corruption(void **state) {
    (void)state;
    Value code = compile_str("def f(a, *b, **c):\n"
                             "    try:\n"
                             "        return [a + i for i in b], c\n"
                             "    except Exception as e:\n"
                             "        raise ValueError('x') from e\n"
                             "X = (1, 2.0, 'three', b'4', 2**70, frozenset({5}))\n",
                             "<corrupt>");
    assert_false(v_is_null(code));
    size_t n;
    uint8_t *buf = marshal_dumps(code, &n);
    assert_non_null(buf);
    for (size_t len = 0; len < n; len++) {
        Value v = marshal_loads(buf, len, V_NULL);
        assert_true(v_is_null(v));
        assert_true(err_matches(&Exc_ValueError));
        err_clear();
    }
    /* Trailing bytes are rejected too. */
    uint8_t *longer = malloc(n + 1);
    memcpy(longer, buf, n);
    longer[n] = 'N';
    assert_true(v_is_null(marshal_loads(longer, n + 1, V_NULL)));
    assert_true(err_occurred());
    err_clear();
    free(longer);
    static const uint8_t flips[] = {0x01, 0x80, 0xFF, 0x7F, 0x10};
    int rejected = 0;
    for (size_t i = 0; i < n; i++) {
        for (size_t f = 0; f < sizeof flips; f++) {
            uint8_t saved = buf[i];
            buf[i] ^= flips[f];
            Value v = marshal_loads(buf, n, V_NULL);
            if (v_is_null(v)) {
                assert_true(err_occurred());
                err_clear();
                rejected++;
            } else {
                assert_false(err_occurred());
                v_decref(v);
            }
            buf[i] = saved;
        }
    }
    assert_true(rejected > 0);
    free(buf);
    v_decref(code);
}

static void test_filename_override(void **state) {
    (void)state;
    Value code = compile_str("def f():\n    def g(): pass\n    return g\n", "/old/place.py");
    size_t n;
    uint8_t *buf = marshal_dumps(code, &n);
    Value fn = str_from_cstr("/new/place.py");
    Value back = marshal_loads(buf, n, fn);
    assert_false(v_is_null(back));
    assert_string_equal(str_data(v_as_code(back)->filename), "/new/place.py");
    Value f = tuple_items(v_as_code(back)->consts)[0];
    assert_true(v_is_code(f));
    assert_string_equal(str_data(v_as_code(f)->filename), "/new/place.py");
    Value g = tuple_items(v_as_code(f)->consts)[1];
    assert_true(v_is_code(g));
    assert_string_equal(str_data(v_as_code(g)->filename), "/new/place.py");
    free(buf);
    v_decref(fn);
    v_decref(back);
    v_decref(code);
}

static void test_cache_path_and_magic(void **state) {
    (void)state;
    assert_string_equal(pycache_tag(), "coil-010");
    Value p = pycache_cached_path("/a/b/mod.py");
    assert_string_equal(str_data(p), "/a/b/__pycache__/mod.coil-010.pyc");
    v_decref(p);
    p = pycache_cached_path("pkg/__init__.py");
    assert_string_equal(str_data(p), "pkg/__pycache__/__init__.coil-010.pyc");
    v_decref(p);
    p = pycache_cached_path("rel.py");
    assert_string_equal(str_data(p), "__pycache__/rel.coil-010.pyc");
    v_decref(p);
    assert_true(pycache_cached_path("/a/b/mod.txt") == V_NONE);
    assert_true(pycache_magic() != 0);
    assert_int_equal(pycache_magic(), pycache_magic());
}

/* ---- cache files ------------------------------------------------------------------ */

static void write_text(const char *path, const void *data, size_t n) {
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, n, f), n);
    fclose(f);
}

static uint8_t *read_bytes(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    uint8_t *buf = malloc(1 << 20);
    *n = fread(buf, 1, 1 << 20, f);
    fclose(f);
    return buf;
}

/* Reads the cache for src: must be a miss (V_NULL) with no exception. */
static void expect_miss(const char *src, Value fn) {
    PycacheStamp st;
    Value c = pycache_read(src, fn, &st);
    assert_true(v_is_null(c));
    assert_false(err_occurred());
    assert_true(st.valid);
}

/* Through the files themselves: a written cache is read back; a flipped
 * payload byte (which CPython would trust), a truncated file, a changed
 * header or an edited source is a miss, never an error. */
static void test_cache_files(void **state) {
    (void)state;
    char dir[] = "/tmp/coil-test-marshal-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char src[256], pyc[600], pycdir[300];
    snprintf(src, sizeof src, "%s/cmod.py", dir);
    snprintf(pycdir, sizeof pycdir, "%s/__pycache__", dir);
    snprintf(pyc, sizeof pyc, "%s/cmod.%s.pyc", pycdir, pycache_tag());
    const char *text = "def f(x):\n    return [x, 2.5, 'y', b'z', 10 ** 40]\n";
    write_text(src, text, strlen(text));
    Value fn = str_from_cstr(src);

    PycacheStamp st;
    assert_true(v_is_null(pycache_read(src, fn, &st)));   /* nothing cached yet */
    assert_true(st.valid);
    Value code = compile_str(text, src);
    pycache_write(src, &st, code);
    assert_false(err_occurred());
    Value cached = pycache_read(src, fn, &st);
    assert_false(v_is_null(cached));
    assert_code_equal(code, cached);
    v_decref(cached);

    size_t n;
    uint8_t *good = read_bytes(pyc, &n);
    assert_true(n > 40);
    assert_memory_equal(good, "coil", 4);
    /* Every single payload byte flipped: the checksum catches it. */
    for (size_t i = 40; i < n; i += (n - 40) / 50 + 1) {
        good[i] ^= 0x20;
        write_text(pyc, good, n);
        expect_miss(src, fn);
        good[i] ^= 0x20;
    }
    /* Every header field. */
    for (size_t i = 0; i < 40; i++) {
        good[i] ^= 0x01;
        write_text(pyc, good, n);
        expect_miss(src, fn);
        good[i] ^= 0x01;
    }
    write_text(pyc, good, n / 2);
    expect_miss(src, fn);
    write_text(pyc, good, 0);
    expect_miss(src, fn);
    write_text(pyc, good, n);
    cached = pycache_read(src, fn, &st);
    assert_false(v_is_null(cached));
    v_decref(cached);
    /* An edited source (a different size) makes the cache stale. */
    const char *text2 = "def f(x):\n    return x\n";
    write_text(src, text2, strlen(text2));
    expect_miss(src, fn);

    free(good);
    unlink(pyc);
    rmdir(pycdir);
    unlink(src);
    rmdir(dir);
    v_decref(fn);
    v_decref(code);
}

/* ---- the corpus: every script of tests/py and lib/ ------------------------------ */

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    *len = fread(buf, 1, (size_t)n, f);
    buf[*len] = 0;
    fclose(f);
    return buf;
}

static int corpus_files;

static void roundtrip_tree(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.' || !strcmp(e->d_name, "__pycache__")) continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path, &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) {
            roundtrip_tree(path);
            continue;
        }
        size_t nl = strlen(e->d_name);
        if (nl < 4 || strcmp(e->d_name + nl - 3, ".py")) continue;
        size_t len;
        char *src = read_file(path, &len);
        if (!src) continue;
        SyntaxErrorInfo info;
        Value code = compile_source(src, len, path, COMPILE_EXEC, &info);
        syntax_error_info_clear(&info);
        free(src);
        if (v_is_null(code)) {   /* a script about SyntaxErrors */
            err_clear();
            continue;
        }
        Value back = roundtrip(code);
        v_decref(back);
        v_decref(code);
        corpus_files++;
    }
    closedir(d);
}

static void test_corpus(void **state) {
    (void)state;
    char root[4096];
    snprintf(root, sizeof root, "%s", __FILE__);
    char *cut = strstr(root, "/tests/unit/test_marshal.c");
    if (!cut) skip();
    *cut = '\0';
    char dir[4200];
    snprintf(dir, sizeof dir, "%s/tests/py", root);
    roundtrip_tree(dir);
    snprintf(dir, sizeof dir, "%s/lib", root);
    roundtrip_tree(dir);
    assert_true(corpus_files > 50);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_constants),
        cmocka_unit_test(test_frozenset_deterministic),
        cmocka_unit_test(test_unmarshallable),
        cmocka_unit_test(test_run_functions),
        cmocka_unit_test(test_run_closures_generators),
        cmocka_unit_test(test_run_exceptions_classes),
        cmocka_unit_test(test_run_constants_in_code),
        cmocka_unit_test(test_corruption),
        cmocka_unit_test(test_filename_override),
        cmocka_unit_test(test_cache_path_and_magic),
        cmocka_unit_test(test_cache_files),
        cmocka_unit_test(test_corpus),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}

/* test_object.c: the object model and generic protocol (vm/object.c,
 * vm/descr.c, vm/module.c, vm/errors.c, vm/exceptions.c, vm/abstract.c,
 * vm/args.c).
 *
 * Dispatch is tested with small C types defined here, so the rules
 * (subclass priority, reflected comparisons, in-place fallback) are
 * checked independently of int/float/str; every expected message was
 * produced by CPython 3.11.
 */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "abstract.h"
#include "args.h"
#include "descr.h"
#include "dict.h"
#include "errors.h"
#include "list.h"
#include "module.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "parser.h"

/* ---- helpers ---------------------------------------------------------------------- */

static Value S(const char *s) { return str_from_cstr(s); }

/* Asserts that an exception of type is pending with message msg, clears it. */
static void expect_error(TypeObject *type, const char *msg) {
    assert_true(err_occurred());
    Value e = err_fetch();
    if (v_type(e) != type) fail_msg("expected %s, got %s", type->name, v_type_name(e));
    Value s = exc_str(e);
    assert_false(v_is_null(s));
    assert_string_equal(str_data(s), msg);
    v_decref(s);
    v_decref(e);
}

static void expect_str(Value v, const char *text) {
    assert_false(v_is_null(v));
    assert_true(v_is_str(v));
    assert_string_equal(str_data(v), text);
    v_decref(v);
}

/* Runs fn with stderr redirected to a temporary file; returns what it wrote
 * (malloc'd). */
static char *capture_stderr(void (*fn)(void *), void *arg) {
    fflush(stderr);
    FILE *tmp = tmpfile();
    assert_non_null(tmp);
    int saved = dup(2);
    dup2(fileno(tmp), 2);
    fn(arg);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    fseek(tmp, 0, SEEK_END);
    long n = ftell(tmp);
    if (n < 0) n = 0;
    rewind(tmp);
    char *buf = malloc((size_t)n + 1);
    size_t got = fread(buf, 1, (size_t)n, tmp);
    buf[got] = '\0';
    fclose(tmp);
    return buf;
}

/* ---- test types ---------------------------------------------------------------------
 *
 * A: + returns "A.add", handles any operand.
 * B(A): its own + returning "B.add"; as right operand of A it goes first.
 * N: every slot returns NotImplemented.
 * R: richcompare answers only > (and reflected <) with True.
 */

static Value a_add(Value x, Value y) { (void)x; (void)y; return S("A.add"); }
static Value b_add(Value x, Value y) { (void)x; (void)y; return S("B.add"); }
static Value b_iadd(Value x, Value y) { (void)x; (void)y; return S("B.iadd"); }
static Value n_binop(Value x, Value y) { (void)x; (void)y; return V_NOTIMPL; }
static Value r_richcompare(Value a, Value b, int op) {
    (void)a; (void)b;
    return op == CMP_GT ? V_TRUE : V_NOTIMPL;
}

static TypeObject AType = {
    .ob = OBJECT_HEAD_INIT(&TypeType), .name = "A", .basicsize = sizeof(Object),
    .flags = TPFLAG_BASETYPE, .nb = {[NB_ADD] = a_add},
};
static TypeObject BType = {
    .ob = OBJECT_HEAD_INIT(&TypeType), .name = "B", .base = &AType,
    .nb = {[NB_ADD] = b_add}, .nb_inplace = {[NB_ADD] = b_iadd},
};
static TypeObject NType = {
    .ob = OBJECT_HEAD_INIT(&TypeType), .name = "N", .basicsize = sizeof(Object),
    .nb = {[NB_ADD] = n_binop, [NB_POWER] = n_binop},
};
static TypeObject RType = {
    .ob = OBJECT_HEAD_INIT(&TypeType), .name = "R", .basicsize = sizeof(Object),
    .richcompare = r_richcompare, .hash = NULL,
};

static Value make(TypeObject *t) {
    type_ready(t);
    Object *o = obj_alloc(t, sizeof(Object));
    return v_from_obj(o);
}

static int setup(void **state) {
    (void)state;
    return runtime_init() == 0 && type_ready(&AType) == 0 && type_ready(&BType) == 0 &&
                   type_ready(&NType) == 0 && type_ready(&RType) == 0
               ? 0
               : -1;
}

/* ---- binary operators ----------------------------------------------------------------- */

static void test_binary_dispatch(void **state) {
    (void)state;
    Value a = make(&AType), b = make(&BType), n = make(&NType);
    expect_str(obj_binary_op(a, a, NB_ADD), "A.add");
    /* A right operand whose type is a proper subclass with its own slot goes first. */
    expect_str(obj_binary_op(a, b, NB_ADD), "B.add");
    expect_str(obj_binary_op(b, a, NB_ADD), "B.add");
    /* N declines, A's slot (right operand) answers. */
    expect_str(obj_binary_op(n, a, NB_ADD), "A.add");
    /* In-place: the left's inplace slot, else the binary dispatch. */
    expect_str(obj_binary_op(b, a, NB_INPLACE + NB_ADD), "B.iadd");
    expect_str(obj_binary_op(a, a, NB_INPLACE + NB_ADD), "A.add");

    assert_true(v_is_null(obj_binary_op(n, n, NB_ADD)));
    expect_error(&Exc_TypeError, "unsupported operand type(s) for +: 'N' and 'N'");
    assert_true(v_is_null(obj_binary_op(n, n, NB_POWER)));
    expect_error(&Exc_TypeError, "unsupported operand type(s) for ** or pow(): 'N' and 'N'");
    assert_true(v_is_null(obj_binary_op(n, n, NB_INPLACE + NB_POWER)));
    expect_error(&Exc_TypeError, "unsupported operand type(s) for **=: 'N' and 'N'");
    assert_true(v_is_null(obj_binary_op(n, V_NONE, NB_INPLACE + NB_FLOOR_DIVIDE)));
    expect_error(&Exc_TypeError, "unsupported operand type(s) for //=: 'N' and 'NoneType'");
    assert_true(v_is_null(obj_binary_op(V_NONE, n, NB_MATRIX_MULTIPLY)));
    expect_error(&Exc_TypeError, "unsupported operand type(s) for @: 'NoneType' and 'N'");
    assert_true(v_is_null(obj_power(n, n, n)));
    expect_error(&Exc_TypeError, "unsupported operand type(s) for ** or pow(): 'N', 'N', 'N'");

    Value s = S("a");
    assert_true(v_is_null(obj_binary_op(V_NONE, s, NB_SUBTRACT)));
    expect_error(&Exc_TypeError, "unsupported operand type(s) for -: 'NoneType' and 'str'");
    assert_true(v_is_null(obj_negative(s)));
    expect_error(&Exc_TypeError, "bad operand type for unary -: 'str'");
    assert_true(v_is_null(obj_invert(V_NONE)));
    expect_error(&Exc_TypeError, "bad operand type for unary ~: 'NoneType'");
    assert_true(v_is_null(obj_absolute(s)));
    expect_error(&Exc_TypeError, "bad operand type for abs(): 'str'");
    v_decref(s);
    v_decref(a);
    v_decref(b);
    v_decref(n);
}

/* ---- comparisons ---------------------------------------------------------------------- */

static void test_compare(void **state) {
    (void)state;
    Value a = make(&AType), a2 = make(&AType), r = make(&RType);
    /* == and != fall back to identity. */
    assert_int_equal(obj_compare_bool(a, a, CMP_EQ), 1);
    assert_int_equal(obj_compare_bool(a, a2, CMP_EQ), 0);
    assert_int_equal(obj_compare_bool(a, a2, CMP_NE), 1);
    assert_int_equal(obj_eq(a, a), 1);
    /* a < r: A has only object's comparison, so R's reflected > answers. */
    assert_true(obj_compare(a, r, CMP_LT) == V_TRUE);
    assert_true(obj_compare(r, a, CMP_GT) == V_TRUE);

    assert_true(v_is_null(obj_compare(a, a2, CMP_LT)));
    expect_error(&Exc_TypeError, "'<' not supported between instances of 'A' and 'A'");
    Value s = S("x");
    assert_true(v_is_null(obj_compare(V_NONE, s, CMP_GE)));
    expect_error(&Exc_TypeError, "'>=' not supported between instances of 'NoneType' and 'str'");
    assert_true(v_is_null(obj_compare(r, a, CMP_LE)));
    expect_error(&Exc_TypeError, "'<=' not supported between instances of 'R' and 'A'");
    v_decref(s);

    /* hash: identity for object-like types, unhashable where eq without hash. */
    assert_int_not_equal(obj_hash(a), -1);
    assert_int_equal(obj_hash(r), -1);
    expect_error(&Exc_TypeError, "unhashable type: 'R'");
    Value l = list_new(0);
    assert_int_equal(obj_hash(l), -1);
    expect_error(&Exc_TypeError, "unhashable type: 'list'");
    v_decref(l);
    v_decref(a);
    v_decref(a2);
    v_decref(r);
}

/* ---- isinstance, type objects, attributes -------------------------------------------------- */

static void test_isinstance(void **state) {
    (void)state;
    Value b = make(&BType);
    Value tA = v_from_obj(&AType), tStr = v_from_obj(&StrType), tNone = v_from_obj(&NoneType);
    assert_int_equal(obj_isinstance(b, tA), 1);
    assert_int_equal(obj_isinstance(b, v_from_obj(&ObjectType)), 1);
    assert_int_equal(obj_isinstance(b, tStr), 0);
    Value inner = tuple_pack(2, tStr, tA);
    Value outer = tuple_pack(2, tNone, inner);
    assert_int_equal(obj_isinstance(b, outer), 1);
    assert_int_equal(obj_isinstance(V_NONE, outer), 1);
    Value only_str = tuple_pack(1, tStr);
    assert_int_equal(obj_isinstance(b, only_str), 0);
    assert_int_equal(obj_isinstance(b, V_NONE), -1);
    expect_error(&Exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    Value bad = tuple_pack(2, tStr, V_NONE);
    assert_int_equal(obj_isinstance(b, bad), -1);
    expect_error(&Exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    assert_true(obj_isinstance_type(V_NONE, &NoneType));
    assert_true(type_is_subtype(&Exc_KeyError, &Exc_LookupError));
    assert_false(type_is_subtype(&Exc_KeyError, &Exc_ValueError));
    v_decref(inner);
    v_decref(outer);
    v_decref(only_str);
    v_decref(bad);
    v_decref(b);
}

static void test_types_and_attributes(void **state) {
    (void)state;
    expect_str(obj_repr(v_from_obj(&StrType)), "<class 'str'>");
    expect_str(obj_repr(V_NONE), "None");
    expect_str(obj_repr(V_NOTIMPL), "NotImplemented");
    expect_str(obj_repr(V_ELLIPSIS), "Ellipsis");
    expect_str(obj_getattr_cstr(v_from_obj(&StrType), "__name__"), "str");
    expect_str(obj_getattr_cstr(v_from_obj(&Exc_ValueError), "__module__"), "builtins");
    Value mro = obj_getattr_cstr(v_from_obj(&Exc_KeyError), "__mro__");
    assert_true(v_is_tuple(mro));
    assert_int_equal(tuple_size(mro), 5);
    expect_str(obj_repr(mro), "(<class 'KeyError'>, <class 'LookupError'>, <class 'Exception'>, "
                              "<class 'BaseException'>, <class 'object'>)");
    v_decref(mro);
    Value base = obj_getattr_cstr(v_from_obj(&ObjectType), "__base__");
    assert_true(base == V_NONE);

    /* Methods from the MethodDef table become descriptors in the type dict. */
    Value join = obj_getattr_cstr(v_from_obj(&StrType), "join");
    assert_true(v_is_type(join, &MethodDescrType));
    expect_str(obj_repr(join), "<method 'join' of 'str' objects>");
    Value l = list_new(0);
    assert_true(v_is_null(obj_call(join, &l, 1, V_NULL)));
    expect_error(&Exc_TypeError, "descriptor 'join' for 'str' objects doesn't apply to a 'list' object");
    assert_true(v_is_null(obj_call(join, NULL, 0, V_NULL)));
    expect_error(&Exc_TypeError, "unbound method str.join() needs an argument");
    /* Bound: ",".join(["a", "b"]) through a bound method and through obj_call_method. */
    Value sep = S(",");
    Value items = list_new(0);
    list_append_steal(items, S("a"));
    list_append_steal(items, S("b"));
    Value bm = obj_getattr_cstr(sep, "join");
    /* As in CPython, a bound builtin method is a builtin_function_or_method. */
    assert_true(v_is_type(bm, &BuiltinFunctionType));
    Value bmr = obj_repr(bm);
    assert_true(strncmp(str_data(bmr), "<built-in method join of str object at 0x", 41) == 0);
    v_decref(bmr);
    expect_str(obj_call(bm, &items, 1, V_NULL), "a,b");
    expect_str(obj_call_method(sep, "join", &items, 1), "a,b");
    Value args[2] = {sep, items};
    expect_str(obj_call(join, args, 2, V_NULL), "a,b");
    bool is_method;
    Value m = obj_get_method(sep, str_intern_cstr("join"), &is_method);
    assert_true(is_method);
    assert_true(m == join);
    v_decref(m);
    v_decref(bm);
    v_decref(join);

    /* Attribute errors. */
    assert_true(v_is_null(obj_getattr_cstr(sep, "foo")));
    expect_error(&Exc_AttributeError, "'str' object has no attribute 'foo'");
    assert_true(v_is_null(obj_getattr_cstr(v_from_obj(&StrType), "foo")));
    expect_error(&Exc_AttributeError, "type object 'str' has no attribute 'foo'");
    assert_int_equal(obj_setattr(sep, str_intern_cstr("foo"), V_NONE), -1);
    expect_error(&Exc_AttributeError, "'str' object has no attribute 'foo'");
    assert_int_equal(obj_setattr(V_NONE, str_intern_cstr("x"), V_NONE), -1);
    expect_error(&Exc_AttributeError, "'NoneType' object has no attribute 'x'");
    assert_int_equal(obj_setattr(v_from_obj(&StrType), str_intern_cstr("x"), V_NONE), -1);
    expect_error(&Exc_TypeError, "cannot set 'x' attribute of immutable type 'str'");
    Value exc = exc_new(&Exc_ValueError, tuple_empty());
    assert_int_equal(obj_setattr(exc, str_intern_cstr("args"), V_NONE), -1);
    expect_error(&Exc_TypeError, "'NoneType' object is not iterable");
    /* A read-only getset: str.join.__name__ = None */
    Value jd = obj_getattr_cstr(v_from_obj(&StrType), "join");
    assert_int_equal(obj_setattr(jd, str_intern_cstr("__name__"), V_NONE), -1);
    expect_error(&Exc_AttributeError,
                 "attribute '__name__' of 'method_descriptor' objects is not writable");
    v_decref(jd);
    /* Exceptions accept new attributes. */
    assert_int_equal(obj_setattr(exc, str_intern_cstr("note"), V_TRUE), 0);
    assert_true(obj_getattr_cstr(exc, "note") == V_TRUE);
    Value cls = obj_getattr_cstr(exc, "__class__");
    assert_true(cls == v_from_obj(&Exc_ValueError));
    v_decref(exc);

    /* Modules. */
    Value mod = module_new(S("math"));
    expect_str(obj_repr(mod), "<module 'math'>");
    assert_int_equal(obj_setattr(mod, str_intern_cstr("pi"), V_TRUE), 0);
    assert_true(obj_getattr_cstr(mod, "pi") == V_TRUE);
    assert_true(v_is_null(obj_getattr_cstr(mod, "tau")));
    expect_error(&Exc_AttributeError, "module 'math' has no attribute 'tau'");
    v_decref(mod);

    /* Containers' generic errors. */
    assert_true(v_is_null(obj_getitem(V_NONE, V_NONE)));
    expect_error(&Exc_TypeError, "'NoneType' object is not subscriptable");
    Value t = tuple_empty();
    assert_int_equal(obj_setitem(t, V_NONE, V_NONE), -1);
    expect_error(&Exc_TypeError, "'tuple' object does not support item assignment");
    assert_int_equal(obj_delitem(t, v_from_smallint(0)), -1);
    expect_error(&Exc_TypeError, "'tuple' object doesn't support item deletion");
    assert_int_equal(obj_delitem(t, V_NONE), -1);   /* CPython: not an index */
    expect_error(&Exc_TypeError, "'tuple' object does not support item deletion");
    assert_int_equal(obj_delitem(V_NONE, V_NONE), -1);
    expect_error(&Exc_TypeError, "'NoneType' object does not support item deletion");
    assert_int_equal(obj_len(V_NONE), -1);
    expect_error(&Exc_TypeError, "object of type 'NoneType' has no len()");
    assert_true(v_is_null(obj_iter(V_NONE)));
    expect_error(&Exc_TypeError, "'NoneType' object is not iterable");
    assert_true(v_is_null(obj_call0(V_NONE)));
    expect_error(&Exc_TypeError, "'NoneType' object is not callable");
    assert_int_equal(obj_contains(V_NONE, V_NONE), -1);
    expect_error(&Exc_TypeError, "argument of type 'NoneType' is not iterable");
    assert_int_equal(obj_contains(items, sep), 0);
    Value a = S("a");
    assert_int_equal(obj_contains(items, a), 1);
    v_decref(a);
    assert_true(v_is_null(obj_call(v_from_obj(&ListIterType), NULL, 0, V_NULL)));
    expect_error(&Exc_TypeError, "cannot create 'list_iterator' instances");
    Value one = V_NONE;
    Value ty = obj_call(v_from_obj(&TypeType), &one, 1, V_NULL);
    assert_true(ty == v_from_obj(&NoneType));
    assert_true(obj_call(ty, NULL, 0, V_NULL) == V_NONE);
    assert_true(v_is_null(obj_call(ty, &one, 1, V_NULL)));
    expect_error(&Exc_TypeError, "NoneType takes no arguments");
    assert_int_equal(obj_truthy(V_NONE), 0);
    assert_int_equal(obj_truthy(items), 1);
    assert_int_equal(obj_truthy(t), 0);
    v_decref(t);
    v_decref(sep);
    v_decref(items);
    v_decref(l);
}

/* ---- unpacking ------------------------------------------------------------------------ */

static void test_unpack(void **state) {
    (void)state;
    Value out[4];
    Value t = tuple_pack(2, V_NONE, V_TRUE);
    assert_int_equal(obj_unpack(t, 2, out), 0);
    assert_true(out[0] == V_NONE && out[1] == V_TRUE);
    assert_int_equal(obj_unpack(t, 3, out), -1);
    expect_error(&Exc_ValueError, "not enough values to unpack (expected 3, got 2)");
    assert_int_equal(obj_unpack(t, 1, out), -1);
    expect_error(&Exc_ValueError, "too many values to unpack (expected 1)");
    assert_int_equal(obj_unpack(V_NONE, 2, out), -1);
    expect_error(&Exc_TypeError, "cannot unpack non-iterable NoneType object");
    Value s = S("abc");   /* through the iterator protocol */
    assert_int_equal(obj_unpack(s, 3, out), 0);
    expect_str(out[0], "a");
    expect_str(out[1], "b");
    expect_str(out[2], "c");
    assert_int_equal(obj_unpack(s, 2, out), -1);
    expect_error(&Exc_ValueError, "too many values to unpack (expected 2)");
    assert_int_equal(obj_unpack(s, 4, out), -1);
    expect_error(&Exc_ValueError, "not enough values to unpack (expected 4, got 3)");
    assert_int_equal(obj_unpack_ex(s, 1, 1, out), 0);
    expect_str(out[0], "a");
    assert_true(v_is_list(out[1]) && list_size(out[1]) == 1);
    v_decref(out[1]);
    expect_str(out[2], "c");
    assert_int_equal(obj_unpack_ex(t, 2, 1, out), -1);
    expect_error(&Exc_ValueError, "not enough values to unpack (expected at least 3, got 2)");
    assert_int_equal(obj_unpack_ex(V_NONE, 0, 1, out), -1);
    expect_error(&Exc_TypeError, "cannot unpack non-iterable NoneType object");
    v_decref(s);
    v_decref(t);
}

/* ---- argument parsing ------------------------------------------------------------------ */

static Value kwtuple(int n, ...) {
    Value items[8];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) items[i] = str_intern_cstr(va_arg(ap, const char *));
    va_end(ap);
    return tuple_from_array(items, n);
}

static void test_args_parse(void **state) {
    (void)state;
    static const char *const split_names[] = {"sep", "maxsplit"};
    static const char *const sum_names[] = {NULL, "start"};
    static const char *const round_names[] = {"number", "ndigits"};
    static const char *const sort_names[] = {"key", "reverse"};
    static const char *const kwonly_names[] = {"a", "b"};
    Value out[4];
    Value args[4] = {V_NONE, V_TRUE, V_FALSE, V_NONE};

    /* Binding positionally and by keyword. */
    Value kw = kwtuple(1, "maxsplit");
    assert_int_equal(args_parse("split", args, 0, kw, split_names, 2, 2, 0, out), 0);
    assert_true(out[0] == V_NULL && out[1] == V_NONE);
    assert_int_equal(args_parse("split", args, 1, kw, split_names, 2, 2, 0, out), 0);
    assert_true(out[0] == V_NONE && out[1] == V_TRUE);
    assert_int_equal(args_parse("split", args, 3, V_NULL, split_names, 2, 2, 0, out), -1);
    expect_error(&Exc_TypeError, "split() takes at most 2 arguments (3 given)");
    assert_int_equal(args_parse("split", args, 2, kw, split_names, 2, 2, 0, out), -1);
    expect_error(&Exc_TypeError, "split() takes at most 2 arguments (3 given)");
    v_decref(kw);
    kw = kwtuple(1, "foo");
    assert_int_equal(args_parse("split", args, 0, kw, split_names, 2, 2, 0, out), -1);
    expect_error(&Exc_TypeError, "'foo' is an invalid keyword argument for split()");
    assert_int_equal(args_parse("round", args, 0, kw, round_names, 2, 2, 1, out), -1);
    expect_error(&Exc_TypeError, "round() missing required argument 'number' (pos 1)");
    v_decref(kw);
    assert_int_equal(args_parse("round", args, 0, V_NULL, round_names, 2, 2, 1, out), -1);
    expect_error(&Exc_TypeError, "round() missing required argument 'number' (pos 1)");
    kw = kwtuple(1, "number");
    assert_int_equal(args_parse("round", args, 0, kw, round_names, 2, 2, 1, out), 0);
    assert_true(out[0] == V_NONE && out[1] == V_NULL);
    assert_int_equal(args_parse("round", args, 1, kw, round_names, 2, 2, 1, out), -1);
    expect_error(&Exc_TypeError, "argument for round() given by name ('number') and position (1)");
    v_decref(kw);
    /* Positional-only parameters. */
    assert_int_equal(args_parse("sum", args, 0, V_NULL, sum_names, 2, 2, 1, out), -1);
    expect_error(&Exc_TypeError, "sum() takes at least 1 positional argument (0 given)");
    kw = kwtuple(1, "start");
    assert_int_equal(args_parse("sum", args, 1, kw, sum_names, 2, 2, 1, out), 0);
    assert_true(out[0] == V_NONE && out[1] == V_TRUE);
    v_decref(kw);
    /* Keyword-only. */
    assert_int_equal(args_parse("sort", args, 1, V_NULL, sort_names, 2, 0, 0, out), -1);
    expect_error(&Exc_TypeError, "sort() takes no positional arguments");
    kw = kwtuple(3, "key", "reverse", "foo");
    assert_int_equal(args_parse("sort", args, 0, kw, sort_names, 2, 0, 0, out), -1);
    expect_error(&Exc_TypeError, "sort() takes at most 2 keyword arguments (3 given)");
    v_decref(kw);
    assert_int_equal(args_parse("f", args, 1, V_NULL, kwonly_names, 2, 1, 2, out), -1);
    expect_error(&Exc_TypeError, "f() missing required argument 'b' (pos 2)");
    assert_int_equal(args_parse("f", args, 2, V_NULL, kwonly_names, 2, 1, 2, out), -1);
    expect_error(&Exc_TypeError, "f() takes exactly 1 positional argument (2 given)");

    /* Positional-only shorthand. */
    assert_int_equal(args_check_positional("len", 1, V_NULL, 1, 1), 0);
    assert_int_equal(args_check_positional("len", 2, V_NULL, 1, 1), -1);
    expect_error(&Exc_TypeError, "len() takes exactly one argument (2 given)");
    assert_int_equal(args_check_positional("divmod", 1, V_NULL, 2, 2), -1);
    expect_error(&Exc_TypeError, "divmod expected 2 arguments, got 1");
    assert_int_equal(args_check_positional("getattr", 0, V_NULL, 2, 3), -1);
    expect_error(&Exc_TypeError, "getattr expected at least 2 arguments, got 0");
    assert_int_equal(args_check_positional("pop", 2, V_NULL, 0, 1), -1);
    expect_error(&Exc_TypeError, "pop expected at most 1 argument, got 2");
    kw = kwtuple(1, "a");
    assert_int_equal(args_check_positional("divmod", 1, kw, 2, 2), -1);
    expect_error(&Exc_TypeError, "divmod() takes no keyword arguments");
    v_decref(kw);
}

/* ---- exceptions ---------------------------------------------------------------------------- */

static Value exc1(TypeObject *t, Value arg) {
    Value args = tuple_pack(1, arg);
    Value e = exc_new(t, args);
    v_decref(args);
    return e;
}

static void test_exception_str_repr(void **state) {
    (void)state;
    Value x = S("x"), k = S("k");
    Value e = exc1(&Exc_ValueError, x);
    expect_str(obj_repr(e), "ValueError('x')");
    expect_str(obj_str(e), "x");
    v_decref(e);
    e = exc1(&Exc_KeyError, k);
    expect_str(obj_repr(e), "KeyError('k')");
    expect_str(obj_str(e), "'k'");
    expect_str(exc_str(e), "'k'");
    v_decref(e);
    e = exc_new(&Exc_KeyError, tuple_empty());
    expect_str(obj_str(e), "");
    expect_str(obj_repr(e), "KeyError()");
    v_decref(e);
    Value two = tuple_pack(2, x, k);
    e = exc_new(&Exc_ValueError, two);
    expect_str(obj_repr(e), "ValueError('x', 'k')");
    expect_str(obj_str(e), "('x', 'k')");
    v_decref(e);
    e = exc_new(&Exc_KeyError, two);
    expect_str(obj_str(e), "('x', 'k')");
    v_decref(e);
    v_decref(two);

    err_format(&Exc_ZeroDivisionError, "division by %s", "zero");
    e = err_fetch();
    expect_str(obj_repr(e), "ZeroDivisionError('division by zero')");
    assert_true(type_is_subtype(v_type(e), &Exc_ArithmeticError));
    v_decref(e);

    /* StopIteration.value, SystemExit.code. */
    e = exc1(&Exc_StopIteration, x);
    Value v = obj_getattr_cstr(e, "value");
    assert_true(v == x);
    v_decref(v);
    v_decref(e);
    e = exc_new(&Exc_StopIteration, tuple_empty());
    assert_true(obj_getattr_cstr(e, "value") == V_NONE);
    v_decref(e);
    e = exc_new(&Exc_SystemExit, tuple_empty());
    assert_true(obj_getattr_cstr(e, "code") == V_NONE);
    v_decref(e);

    /* Raising classes and instances. */
    assert_true(v_is_null(err_set_object(v_newref(v_from_obj(&Exc_ValueError)))));
    assert_true(err_matches(&Exc_Exception));
    assert_false(err_matches(&Exc_TypeError));
    expect_error(&Exc_ValueError, "");
    assert_true(v_is_null(err_set_object(v_newref(x))));
    expect_error(&Exc_TypeError, "exceptions must derive from BaseException");
    Value kw = kwtuple(1, "x");
    Value argv[1] = {V_NONE};
    assert_true(v_is_null(obj_call(v_from_obj(&Exc_ValueError), argv, 0, kw)));
    expect_error(&Exc_TypeError, "ValueError() takes no keyword arguments");
    v_decref(kw);
    e = obj_call(v_from_obj(&Exc_IndexError), &x, 1, V_NULL);
    assert_true(v_is_exception(e));
    assert_true(v_is_exception_type(v_from_obj(&Exc_IndexError)));
    assert_false(v_is_exception_type(e));
    expect_str(obj_repr(e), "IndexError('x')");
    v_decref(e);

    /* SyntaxError's str carries the location, exc_str just the message. */
    Value loc = tuple_pack(4, S("dir/t.py"), v_from_smallint(3), v_from_smallint(5), S("x = (1 +\n"));
    Value sargs = tuple_pack(2, S("boom"), loc);
    e = exc_new(&Exc_SyntaxError, sargs);
    expect_str(obj_str(e), "boom (t.py, line 3)");
    expect_str(exc_str(e), "boom");
    expect_str(obj_getattr_cstr(e, "text"), "x = (1 +\n");
    v_decref(e);
    v_decref(sargs);
    v_decref(loc);
    v_decref(x);
    v_decref(k);
}

static void print_arg(void *arg) { exc_print(*(Value *)arg); }

static void check_print(Value exc, const char *expected) {
    char *out = capture_stderr(print_arg, &exc);
    assert_string_equal(out, expected);
    free(out);
}

static Value syntax_error(SyntaxErrorKind kind, const char *msg, int lineno, int col, int end_lineno,
                          int end_col, const char *text) {
    SyntaxErrorInfo info;
    memset(&info, 0, sizeof info);
    info.kind = kind;
    snprintf(info.msg, sizeof info.msg, "%s", msg);
    info.lineno = lineno;
    info.col_offset = col;
    info.end_lineno = end_lineno;
    info.end_col_offset = end_col;
    info.text = (char *)text;
    return exc_from_syntax_error(&info, "t.py");
}

static void test_exc_print_syntax_error(void **state) {
    (void)state;
    /* printf 'x = (1 +\n' > t.py; python3 t.py */
    Value e = syntax_error(SYNERR_SYNTAX, "'(' was never closed", 1, 5, 1, 6, "x = (1 +\n");
    assert_true(v_type(e) == &Exc_SyntaxError);
    check_print(e, "  File \"t.py\", line 1\n"
                   "    x = (1 +\n"
                   "        ^\n"
                   "SyntaxError: '(' was never closed\n");
    v_decref(e);
    /* Indented text is stripped and the carets follow it. */
    e = syntax_error(SYNERR_SYNTAX, "invalid syntax", 2, 12, 2, 13, "    x = 1 +* 2\n");
    check_print(e, "  File \"t.py\", line 2\n"
                   "    x = 1 +* 2\n"
                   "           ^\n"
                   "SyntaxError: invalid syntax\n");
    v_decref(e);
    /* A range: offset 5 to end_offset 9 of "    abcdefghij". */
    e = syntax_error(SYNERR_SYNTAX, "boom", 3, 5, 3, 9, "    abcdefghij\n");
    check_print(e, "  File \"t.py\", line 3\n"
                   "    abcdefghij\n"
                   "    ^^^^\n"
                   "SyntaxError: boom\n");
    v_decref(e);
    /* Multi-line range highlights to the end of the first line. */
    e = syntax_error(SYNERR_SYNTAX, "m", 3, 5, 4, 2, "abcdefghij\n");
    check_print(e, "  File \"t.py\", line 3\n"
                   "    abcdefghij\n"
                   "        ^^^^^^\n"
                   "SyntaxError: m\n");
    v_decref(e);
    /* An offset left of the stripped text: no caret line. */
    e = syntax_error(SYNERR_INDENTATION, "unexpected indent", 3, 3, 3, 6, "   y=2\n");
    assert_true(v_type(e) == &Exc_IndentationError);
    check_print(e, "  File \"t.py\", line 3\n"
                   "    y=2\n"
                   "IndentationError: unexpected indent\n");
    v_decref(e);
    /* Indentation errors get one caret whatever the range. */
    e = syntax_error(SYNERR_INDENTATION, "expected an indented block after function definition on line 1",
                     2, 1, 2, 7, "return 1\n");
    check_print(e, "  File \"t.py\", line 2\n"
                   "    return 1\n"
                   "    ^\n"
                   "IndentationError: expected an indented block after function definition on line 1\n");
    v_decref(e);
    e = syntax_error(SYNERR_TAB, "inconsistent use of tabs and spaces in indentation", 2, 1, 0, 0, NULL);
    assert_true(v_type(e) == &Exc_TabError);
    check_print(e, "  File \"t.py\", line 2\n"
                   "TabError: inconsistent use of tabs and spaces in indentation\n");
    v_decref(e);
}

static void test_exc_print_chained(void **state) {
    (void)state;
    Value k = S("k"), bad = S("bad");
    Value inner = exc1(&Exc_KeyError, k);
    Value outer = exc1(&Exc_ValueError, bad);
    ExceptionObject *o = (ExceptionObject *)v_as_obj(outer);
    v_setref(&o->context, v_newref(inner));
    check_print(outer, "KeyError: 'k'\n"
                       "\nDuring handling of the above exception, another exception occurred:\n\n"
                       "ValueError: bad\n");
    assert_int_equal(obj_setattr(outer, str_intern_cstr("__cause__"), inner), 0);
    check_print(outer, "KeyError: 'k'\n"
                       "\nThe above exception was the direct cause of the following exception:\n\n"
                       "ValueError: bad\n");
    assert_int_equal(obj_setattr(outer, str_intern_cstr("__cause__"), V_NONE), 0);
    check_print(outer, "ValueError: bad\n");   /* __suppress_context__ is now set */
    Value empty = exc_new(&Exc_RuntimeError, tuple_empty());
    check_print(empty, "RuntimeError\n");
    v_decref(empty);
    v_decref(inner);
    v_decref(outer);
    v_decref(k);
    v_decref(bad);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_binary_dispatch),
        cmocka_unit_test(test_compare),
        cmocka_unit_test(test_isinstance),
        cmocka_unit_test(test_types_and_attributes),
        cmocka_unit_test(test_unpack),
        cmocka_unit_test(test_args_parse),
        cmocka_unit_test(test_exception_str_repr),
        cmocka_unit_test(test_exc_print_syntax_error),
        cmocka_unit_test(test_exc_print_chained),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}

/* operator.c: the operator module (CPython's _operator and operator.py in
 * one C module): the operators as functions, their dunder aliases, and
 * itemgetter / attrgetter / methodcaller. */
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../int.h"
#include "../list.h"

/* ---- the operator functions --------------------------------------------------------- */

#define BINARY_FN(cname, pyname, expr)                                                    \
    static Value cname(Value self, const Value *args, size_t nargs, Value kwnames) {     \
        (void)self;                                                                       \
        if (mod_positional(pyname, nargs, kwnames, 2, 2) < 0) return V_NULL;              \
        Value a = args[0], b = args[1];                                                   \
        return expr;                                                                      \
    }

#define UNARY_FN(cname, pyname, expr)                                                     \
    static Value cname(Value self, const Value *args, size_t nargs, Value kwnames) {     \
        (void)self;                                                                       \
        if (mod_positional(pyname, nargs, kwnames, 1, 1) < 0) return V_NULL;              \
        Value a = args[0];                                                                \
        return expr;                                                                      \
    }

BINARY_FN(op_add, "add", obj_binary_op(a, b, NB_ADD))
BINARY_FN(op_sub, "sub", obj_binary_op(a, b, NB_SUBTRACT))
BINARY_FN(op_mul, "mul", obj_binary_op(a, b, NB_MULTIPLY))
BINARY_FN(op_matmul, "matmul", obj_binary_op(a, b, NB_MATRIX_MULTIPLY))
BINARY_FN(op_truediv, "truediv", obj_binary_op(a, b, NB_TRUE_DIVIDE))
BINARY_FN(op_floordiv, "floordiv", obj_binary_op(a, b, NB_FLOOR_DIVIDE))
BINARY_FN(op_mod, "mod", obj_binary_op(a, b, NB_REMAINDER))
BINARY_FN(op_pow, "pow", obj_power(a, b, V_NONE))
BINARY_FN(op_lshift, "lshift", obj_binary_op(a, b, NB_LSHIFT))
BINARY_FN(op_rshift, "rshift", obj_binary_op(a, b, NB_RSHIFT))
BINARY_FN(op_and, "and_", obj_binary_op(a, b, NB_AND))
BINARY_FN(op_or, "or_", obj_binary_op(a, b, NB_OR))
BINARY_FN(op_xor, "xor", obj_binary_op(a, b, NB_XOR))
BINARY_FN(op_iadd, "iadd", obj_binary_op(a, b, NB_INPLACE + NB_ADD))
BINARY_FN(op_isub, "isub", obj_binary_op(a, b, NB_INPLACE + NB_SUBTRACT))
BINARY_FN(op_imul, "imul", obj_binary_op(a, b, NB_INPLACE + NB_MULTIPLY))
BINARY_FN(op_imatmul, "imatmul", obj_binary_op(a, b, NB_INPLACE + NB_MATRIX_MULTIPLY))
BINARY_FN(op_itruediv, "itruediv", obj_binary_op(a, b, NB_INPLACE + NB_TRUE_DIVIDE))
BINARY_FN(op_ifloordiv, "ifloordiv", obj_binary_op(a, b, NB_INPLACE + NB_FLOOR_DIVIDE))
BINARY_FN(op_imod, "imod", obj_binary_op(a, b, NB_INPLACE + NB_REMAINDER))
BINARY_FN(op_ipow, "ipow", obj_binary_op(a, b, NB_INPLACE + NB_POWER))
BINARY_FN(op_ilshift, "ilshift", obj_binary_op(a, b, NB_INPLACE + NB_LSHIFT))
BINARY_FN(op_irshift, "irshift", obj_binary_op(a, b, NB_INPLACE + NB_RSHIFT))
BINARY_FN(op_iand, "iand", obj_binary_op(a, b, NB_INPLACE + NB_AND))
BINARY_FN(op_ior, "ior", obj_binary_op(a, b, NB_INPLACE + NB_OR))
BINARY_FN(op_ixor, "ixor", obj_binary_op(a, b, NB_INPLACE + NB_XOR))
BINARY_FN(op_eq, "eq", obj_compare(a, b, CMP_EQ))
BINARY_FN(op_ne, "ne", obj_compare(a, b, CMP_NE))
BINARY_FN(op_lt, "lt", obj_compare(a, b, CMP_LT))
BINARY_FN(op_le, "le", obj_compare(a, b, CMP_LE))
BINARY_FN(op_gt, "gt", obj_compare(a, b, CMP_GT))
BINARY_FN(op_ge, "ge", obj_compare(a, b, CMP_GE))
BINARY_FN(op_is, "is_", v_from_bool(a == b))
BINARY_FN(op_is_not, "is_not", v_from_bool(a != b))
BINARY_FN(op_getitem, "getitem", obj_getitem(a, b))
UNARY_FN(op_neg, "neg", obj_negative(a))
UNARY_FN(op_pos, "pos", obj_positive(a))
UNARY_FN(op_abs, "abs", obj_absolute(a))
UNARY_FN(op_invert, "invert", obj_invert(a))
UNARY_FN(op_inv, "inv", obj_invert(a))
UNARY_FN(op_not, "not_", obj_not(a))

/* index(True) is 1: __index__ returns an exact int. */
static Value op_index(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("index", nargs, kwnames, 1, 1) < 0) return V_NULL;
    if (v_is_bool(args[0])) return v_from_smallint(args[0] == V_TRUE);
    return obj_index(args[0]);
}

static Value op_truth(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("truth", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int t = obj_truthy(args[0]);
    return t < 0 ? V_NULL : v_from_bool(t);
}

static Value op_contains(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("contains", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int t = obj_contains(args[0], args[1]);
    return t < 0 ? V_NULL : v_from_bool(t);
}

static Value op_setitem(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("setitem", nargs, kwnames, 3, 3) < 0) return V_NULL;
    return obj_setitem(args[0], args[1], args[2]) < 0 ? V_NULL : V_NONE;
}

static Value op_delitem(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("delitem", nargs, kwnames, 2, 2) < 0) return V_NULL;
    return obj_delitem(args[0], args[1]) < 0 ? V_NULL : V_NONE;
}

/* PySequence_Check: has __getitem__ and is not a dict. */
static bool is_sequence(Value v) {
    TypeObject *t = v_type(v);
    return t->getitem && !(t->flags & TPFLAG_DICT_SUBCLASS);
}

static Value concat_impl(Value a, Value b, int op) {
    if (!is_sequence(a)) return err_format(&Exc_TypeError, "'%s' object can't be concatenated", v_type_name(a));
    return obj_binary_op(a, b, op);
}

BINARY_FN(op_concat, "concat", concat_impl(a, b, NB_ADD))
BINARY_FN(op_iconcat, "iconcat", concat_impl(a, b, NB_INPLACE + NB_ADD))

/* countOf/indexOf compare with the identity shortcut, as CPython's
 * _PySequence_IterSearch. */
static Value op_countOf(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("countOf", nargs, kwnames, 2, 2) < 0) return V_NULL;
    Value it = obj_iter(args[0]);
    if (v_is_null(it)) return V_NULL;
    int64_t n = 0;
    for (;;) {
        Value x = obj_iternext(it);
        if (v_is_null(x)) break;
        int eq = obj_eq(x, args[1]);
        v_decref(x);
        if (eq < 0) break;
        n += eq;
    }
    v_decref(it);
    if (err_occurred()) return V_NULL;
    return int_from_i64(n);
}

static Value op_indexOf(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("indexOf", nargs, kwnames, 2, 2) < 0) return V_NULL;
    Value it = obj_iter(args[0]);
    if (v_is_null(it)) return V_NULL;
    for (int64_t i = 0;; i++) {
        Value x = obj_iternext(it);
        if (v_is_null(x)) break;
        int eq = obj_eq(x, args[1]);
        v_decref(x);
        if (eq < 0) break;
        if (eq) {
            v_decref(it);
            return int_from_i64(i);
        }
    }
    v_decref(it);
    if (err_occurred()) return V_NULL;
    return err_format(&Exc_ValueError, "sequence.index(x): x not in sequence");
}

static Value op_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("length_hint", nargs, kwnames, 1, 2) < 0) return V_NULL;
    int64_t dflt = 0;
    if (nargs == 2) {
        if (!v_is_int_or_bool(args[1]) && !(v_type(args[1])->flags & TPFLAG_INT_SUBCLASS))
            return err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                              v_type_name(args[1]));
        if (obj_as_index_i64(args[1], &dflt) < 0) return V_NULL;
    }
    int64_t n = obj_length_hint(args[0], dflt);
    return n < 0 ? V_NULL : int_from_i64(n);
}

static Value op_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (nargs < 1) return err_format(&Exc_TypeError, "call() missing 1 required positional argument: 'obj'");
    return obj_call(args[0], args + 1, nargs - 1, kwnames);
}

/* ---- itemgetter ----------------------------------------------------------------------- */

typedef struct {
    Object ob;
    Value items;           /* tuple */
} ItemGetterObject;

static Value itemgetter_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    /* CPython words the empty call "expected 1 argument, got 0". */
    if (mod_positional("itemgetter", nargs, kwnames, 1, nargs ? nargs : 1) < 0) return V_NULL;
    Value items = tuple_from_array(args, (int64_t)nargs);
    if (v_is_null(items)) return V_NULL;
    ItemGetterObject *g = (ItemGetterObject *)obj_alloc(type, type->basicsize);
    if (!g) { v_decref(items); return V_NULL; }
    g->items = items;
    return v_from_obj(g);
}

static Value itemgetter_call(Value callable, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("itemgetter", nargs, kwnames, 1, 1) < 0) return V_NULL;
    ItemGetterObject *g = (ItemGetterObject *)v_as_obj(callable);
    int64_t n = tuple_size(g->items);
    Value obj = args[0];
    if (n == 1) {
        Value key = tuple_items(g->items)[0];
        /* The common case, sorting a list of lists/tuples by a small index. */
        if (v_is_smallint(key)) {
            int64_t i = v_as_smallint(key);
            if (v_is_tuple(obj) && i >= 0 && i < tuple_size(obj)) return v_newref(tuple_items(obj)[i]);
            if (v_is_list(obj) && i >= 0 && i < list_size(obj)) return v_newref(list_items(obj)[i]);
        }
        return obj_getitem(obj, key);
    }
    Value t = tuple_new(n);
    if (v_is_null(t)) return V_NULL;
    for (int64_t i = 0; i < n; i++) {
        Value v = obj_getitem(obj, tuple_items(g->items)[i]);
        if (v_is_null(v)) {
            for (int64_t j = i; j < n; j++) tuple_items(t)[j] = V_NONE;
            v_decref(t);
            return V_NULL;
        }
        tuple_items(t)[i] = v;
    }
    return t;
}

/* "operator.NAME(" + reprs of items + ")"; the kwargs part is for methodcaller. */
static Value repr_call(const char *head, const Value *items, int64_t n, Value kwnames, const Value *kwvalues) {
    StrBuilder sb;
    sb_init(&sb);
    sb_append_cstr(&sb, head);
    sb_append_char(&sb, '(');
    for (int64_t i = 0; i < n; i++) {
        Value s = obj_repr(items[i]);
        if (v_is_null(s)) { sb_discard(&sb); return V_NULL; }
        if (i) sb_append(&sb, ", ", 2);
        sb_append_str(&sb, s);
        v_decref(s);
    }
    int64_t nk = v_is_null(kwnames) ? 0 : tuple_size(kwnames);
    for (int64_t i = 0; i < nk; i++) {
        Value s = obj_repr(kwvalues[i]);
        if (v_is_null(s)) { sb_discard(&sb); return V_NULL; }
        if (n || i) sb_append(&sb, ", ", 2);
        sb_append_str(&sb, tuple_items(kwnames)[i]);
        sb_append_char(&sb, '=');
        sb_append_str(&sb, s);
        v_decref(s);
    }
    sb_append_char(&sb, ')');
    return sb_finish(&sb);
}

static Value guarded_repr(Value self, const char *head, const Value *items, int64_t n, Value kwnames,
                          const Value *kwvalues) {
    int rr = ctr_repr_enter(self);
    if (rr != 0) return rr > 0 ? str_printf("%s(...)", head) : V_NULL;
    Value r = repr_call(head, items, n, kwnames, kwvalues);
    ctr_repr_leave(self);
    return r;
}

static Value itemgetter_repr(Value self) {
    ItemGetterObject *g = (ItemGetterObject *)v_as_obj(self);
    return guarded_repr(self, v_type(self)->name, tuple_items(g->items), tuple_size(g->items), V_NULL, NULL);
}

static void itemgetter_dealloc(Object *o) {
    v_decref(((ItemGetterObject *)o)->items);
    obj_free(o);
}

static TypeObject ItemGetterType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "operator.itemgetter",
    .basicsize = sizeof(ItemGetterObject),
    .dealloc = itemgetter_dealloc,
    .repr = itemgetter_repr,
    .call = itemgetter_call,
    .construct = itemgetter_construct,
};

/* ---- attrgetter ------------------------------------------------------------------------ */

typedef struct {
    Object ob;
    Value attrs;           /* tuple of the names as given (for repr) */
    Value paths;           /* tuple: per attribute, a tuple of interned names */
} AttrGetterObject;

/* "a.b.c" -> ("a", "b", "c"), interned. New reference. */
static Value split_dotted(Value name) {
    const char *s = str_data(name);
    int64_t n = str_nbytes(name);
    int64_t parts = 1;
    for (int64_t i = 0; i < n; i++) parts += s[i] == '.';
    Value t = tuple_new(parts);
    if (v_is_null(t)) return V_NULL;
    int64_t start = 0, k = 0;
    for (int64_t i = 0; i <= n; i++) {
        if (i == n || s[i] == '.') {
            tuple_items(t)[k++] = v_newref(str_intern(s + start, (size_t)(i - start)));
            start = i + 1;
        }
    }
    return t;
}

static Value attrgetter_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("attrgetter", nargs, kwnames, 1, nargs ? nargs : 1) < 0) return V_NULL;
    for (size_t i = 0; i < nargs; i++)
        if (!v_is_str(args[i])) return err_format(&Exc_TypeError, "attribute name must be a string");
    Value attrs = tuple_from_array(args, (int64_t)nargs);
    Value paths = tuple_new((int64_t)nargs);
    if (v_is_null(attrs) || v_is_null(paths)) { v_decref(attrs); v_decref(paths); return V_NULL; }
    for (size_t i = 0; i < nargs; i++) {
        Value p = split_dotted(args[i]);
        if (v_is_null(p)) {
            for (size_t j = i; j < nargs; j++) tuple_items(paths)[j] = V_NONE;
            v_decref(attrs);
            v_decref(paths);
            return V_NULL;
        }
        tuple_items(paths)[i] = p;
    }
    AttrGetterObject *g = (AttrGetterObject *)obj_alloc(type, type->basicsize);
    if (!g) { v_decref(attrs); v_decref(paths); return V_NULL; }
    g->attrs = attrs;
    g->paths = paths;
    return v_from_obj(g);
}

static Value get_path(Value obj, Value path) {
    Value cur = v_newref(obj);
    for (int64_t i = 0; i < tuple_size(path); i++) {
        Value next = obj_getattr(cur, tuple_items(path)[i]);
        v_decref(cur);
        if (v_is_null(next)) return V_NULL;
        cur = next;
    }
    return cur;
}

static Value attrgetter_call(Value callable, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("attrgetter", nargs, kwnames, 1, 1) < 0) return V_NULL;
    AttrGetterObject *g = (AttrGetterObject *)v_as_obj(callable);
    int64_t n = tuple_size(g->paths);
    if (n == 1) return get_path(args[0], tuple_items(g->paths)[0]);
    Value t = tuple_new(n);
    if (v_is_null(t)) return V_NULL;
    for (int64_t i = 0; i < n; i++) {
        Value v = get_path(args[0], tuple_items(g->paths)[i]);
        if (v_is_null(v)) {
            for (int64_t j = i; j < n; j++) tuple_items(t)[j] = V_NONE;
            v_decref(t);
            return V_NULL;
        }
        tuple_items(t)[i] = v;
    }
    return t;
}

static Value attrgetter_repr(Value self) {
    AttrGetterObject *g = (AttrGetterObject *)v_as_obj(self);
    return guarded_repr(self, v_type(self)->name, tuple_items(g->attrs), tuple_size(g->attrs), V_NULL, NULL);
}

static void attrgetter_dealloc(Object *o) {
    AttrGetterObject *g = (AttrGetterObject *)o;
    v_decref(g->attrs);
    v_decref(g->paths);
    obj_free(o);
}

static TypeObject AttrGetterType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "operator.attrgetter",
    .basicsize = sizeof(AttrGetterObject),
    .dealloc = attrgetter_dealloc,
    .repr = attrgetter_repr,
    .call = attrgetter_call,
    .construct = attrgetter_construct,
};

/* ---- methodcaller ------------------------------------------------------------------------ */

typedef struct {
    Object ob;
    Value name;            /* interned str */
    Value args;            /* tuple: positional then keyword values */
    int64_t npos;
    Value kwnames;         /* tuple of str, or V_NULL */
} MethodCallerObject;

static Value methodcaller_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (nargs < 1)
        return err_format(&Exc_TypeError, "methodcaller needs at least one argument, the method name");
    if (!v_is_str(args[0])) return err_format(&Exc_TypeError, "method name must be a string");
    size_t nkw = v_is_null(kwnames) ? 0 : (size_t)tuple_size(kwnames);
    Value all = tuple_from_array(args + 1, (int64_t)(nargs - 1 + nkw));
    if (v_is_null(all)) return V_NULL;
    MethodCallerObject *m = (MethodCallerObject *)obj_alloc(type, type->basicsize);
    if (!m) { v_decref(all); return V_NULL; }
    m->name = str_intern_value(v_newref(args[0]));
    m->args = all;
    m->npos = (int64_t)nargs - 1;
    m->kwnames = nkw ? v_newref(kwnames) : V_NULL;
    return v_from_obj(m);
}

static Value methodcaller_call(Value callable, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("methodcaller", nargs, kwnames, 1, 1) < 0) return V_NULL;
    MethodCallerObject *m = (MethodCallerObject *)v_as_obj(callable);
    Value meth = obj_getattr(args[0], m->name);
    if (v_is_null(meth)) return V_NULL;
    Value r = obj_call(meth, tuple_items(m->args), (size_t)m->npos, m->kwnames);
    v_decref(meth);
    return r;
}

static Value methodcaller_repr(Value self) {
    MethodCallerObject *m = (MethodCallerObject *)v_as_obj(self);
    int64_t n = 1 + m->npos;
    Value small[8];
    Value *items = n <= 8 ? small : mem_alloc(sizeof(Value) * (size_t)n);
    if (!items) return err_nomem();
    items[0] = m->name;
    for (int64_t i = 0; i < m->npos; i++) items[i + 1] = tuple_items(m->args)[i];
    Value r = guarded_repr(self, v_type(self)->name, items, n, m->kwnames, tuple_items(m->args) + m->npos);
    if (items != small) mem_free(items);
    return r;
}

static void methodcaller_dealloc(Object *o) {
    MethodCallerObject *m = (MethodCallerObject *)o;
    v_decref(m->name);
    v_decref(m->args);
    v_decref(m->kwnames);
    obj_free(o);
}

static TypeObject MethodCallerType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "operator.methodcaller",
    .basicsize = sizeof(MethodCallerObject),
    .dealloc = methodcaller_dealloc,
    .repr = methodcaller_repr,
    .call = methodcaller_call,
    .construct = methodcaller_construct,
};

/* ---- the module --------------------------------------------------------------------------- */

/* Functions that also exist under a dunder alias (operator.__add__ is operator.add). */
static const struct { const char *name; const char *alias; CFunc fn; } operator_functions[] = {
    {"add", "__add__", op_add}, {"sub", "__sub__", op_sub}, {"mul", "__mul__", op_mul},
    {"matmul", "__matmul__", op_matmul}, {"truediv", "__truediv__", op_truediv},
    {"floordiv", "__floordiv__", op_floordiv}, {"mod", "__mod__", op_mod},
    {"pow", "__pow__", op_pow}, {"lshift", "__lshift__", op_lshift},
    {"rshift", "__rshift__", op_rshift}, {"and_", "__and__", op_and}, {"or_", "__or__", op_or},
    {"xor", "__xor__", op_xor}, {"iadd", "__iadd__", op_iadd}, {"isub", "__isub__", op_isub},
    {"imul", "__imul__", op_imul}, {"imatmul", "__imatmul__", op_imatmul},
    {"itruediv", "__itruediv__", op_itruediv}, {"ifloordiv", "__ifloordiv__", op_ifloordiv},
    {"imod", "__imod__", op_imod}, {"ipow", "__ipow__", op_ipow},
    {"ilshift", "__ilshift__", op_ilshift}, {"irshift", "__irshift__", op_irshift},
    {"iand", "__iand__", op_iand}, {"ior", "__ior__", op_ior}, {"ixor", "__ixor__", op_ixor},
    {"eq", "__eq__", op_eq}, {"ne", "__ne__", op_ne}, {"lt", "__lt__", op_lt},
    {"le", "__le__", op_le}, {"gt", "__gt__", op_gt}, {"ge", "__ge__", op_ge},
    {"is_", NULL, op_is}, {"is_not", NULL, op_is_not}, {"getitem", "__getitem__", op_getitem},
    {"setitem", "__setitem__", op_setitem}, {"delitem", "__delitem__", op_delitem},
    {"contains", "__contains__", op_contains}, {"neg", "__neg__", op_neg},
    {"pos", "__pos__", op_pos}, {"abs", "__abs__", op_abs}, {"invert", "__invert__", op_invert},
    {"inv", "__inv__", op_inv}, {"not_", "__not__", op_not}, {"truth", NULL, op_truth},
    {"index", "__index__", op_index}, {"concat", "__concat__", op_concat},
    {"iconcat", "__iconcat__", op_iconcat}, {"countOf", NULL, op_countOf},
    {"indexOf", NULL, op_indexOf}, {"length_hint", NULL, op_length_hint},
    {"call", "__call__", op_call},
};

Value module_init_operator(void) {
    Value m = mod_create("operator", NULL);
    if (v_is_null(m)) return V_NULL;
    Value d = module_dict(m);
    for (size_t i = 0; i < sizeof operator_functions / sizeof operator_functions[0]; i++) {
        Value f = cfunc_new(operator_functions[i].name, operator_functions[i].fn, m);
        int r = v_is_null(f) ? -1 : dict_set_cstr(d, operator_functions[i].name, f);
        if (r == 0 && operator_functions[i].alias) r = dict_set_cstr(d, operator_functions[i].alias, f);
        v_decref(f);
        if (r < 0) { v_decref(m); return V_NULL; }
    }
    if (mod_add_type(m, "itemgetter", &ItemGetterType) < 0 ||
        mod_add_type(m, "attrgetter", &AttrGetterType) < 0 ||
        mod_add_type(m, "methodcaller", &MethodCallerType) < 0) {
        v_decref(m);
        return V_NULL;
    }
    return m;
}

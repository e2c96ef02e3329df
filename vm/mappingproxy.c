/* mappingproxy.c: types.MappingProxyType, CPython's read-only view of a
 * mapping (what cls.__dict__ returns). Every read goes to the wrapped
 * mapping (a dict fast path where it matters); there is no way to write
 * through it, so a class's dict still changes only through type_setattr
 * (version tags stay right). */
#include "dict.h"
#include "str.h"
#include "int.h"
#include "errors.h"
#include "abstract.h"
#include "args.h"
#include "runtime.h"

#define UNUSED(x) (void)(x)

typedef struct MappingProxyObject {
    Object ob;
    Value mapping;
} MappingProxyObject;

static inline Value mp_mapping(Value v) { return ((MappingProxyObject *)v_as_obj(v))->mapping; }

Value mappingproxy_new(Value mapping) {
    MappingProxyObject *p = (MappingProxyObject *)obj_alloc(&MappingProxyType, sizeof *p);
    if (!p) return V_NULL;
    p->mapping = v_newref(mapping);
    return v_from_obj(p);
}

Value mappingproxy_mapping(Value proxy) { return mp_mapping(proxy); }

static void mp_dealloc(Object *o) {
    v_decref(((MappingProxyObject *)o)->mapping);
    obj_free(o);
}

static void mp_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    visit(((MappingProxyObject *)o)->mapping, arg);
}

/* CPython's check: something with __getitem__ that is not a list or tuple. */
static Value mp_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(type);
    static const char *const names[] = {"mapping"};
    Value m;
    if (args_parse("mappingproxy", args, nargs, kwnames, names, 1, 1, 1, &m) < 0) return V_NULL;
    TypeObject *t = v_type(m);
    bool is_mapping = t->getitem != NULL || (t->flags & TPFLAG_TYPE_SUBCLASS) ||
                      !v_is_null(type_lookup(t, str_intern_cstr("__getitem__")));
    if (!is_mapping || obj_isinstance_type(m, &ListType) || obj_isinstance_type(m, &TupleType))
        return err_format(&Exc_TypeError, "mappingproxy() argument must be a mapping, not %s", t->name);
    return mappingproxy_new(m);
}

static Value mp_getitem(Value self, Value key) { return obj_getitem(mp_mapping(self), key); }

static int mp_contains(Value self, Value key) {
    Value m = mp_mapping(self);
    if (v_is_dict(m)) return dict_contains(m, key);
    return obj_contains(m, key);
}

static int64_t mp_len(Value self) { return obj_len(mp_mapping(self)); }
static Value mp_iter(Value self) { return obj_iter(mp_mapping(self)); }
static Value mp_str(Value self) { return obj_str(mp_mapping(self)); }

static Value mp_repr(Value self) {
    Value s = obj_repr(mp_mapping(self));
    if (v_is_null(s)) return s;
    Value r = str_concat_steal(str_from_cstr("mappingproxy("), s);
    if (v_is_null(r)) return r;
    return str_concat_steal(r, str_from_cstr(")"));
}

static Value mp_richcompare(Value a, Value b, int op) {
    if (v_is_type(a, &MappingProxyType)) a = mp_mapping(a);
    if (v_is_type(b, &MappingProxyType)) b = mp_mapping(b);
    return obj_compare(a, b, op);
}

/* proxy | x and x | proxy: the operation on the wrapped mapping. */
static Value mp_or(Value a, Value b) {
    if (v_is_type(a, &MappingProxyType)) a = mp_mapping(a);
    if (v_is_type(b, &MappingProxyType)) b = mp_mapping(b);
    return obj_binary_op(a, b, NB_OR);
}

static Value mp_ior(Value a, Value b) {
    UNUSED(a);
    UNUSED(b);
    return err_format(&Exc_TypeError, "'|=' is not supported by mappingproxy; use '|' instead");
}

static Value mp_get(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("get", nargs, kwnames, 1, 2) < 0) return V_NULL;
    Value m = mp_mapping(self);
    Value dflt = nargs > 1 ? args[1] : V_NONE;
    if (v_is_dict(m)) {
        Value v = dict_get(m, args[0]);
        if (!v_is_null(v)) return v_newref(v);
        if (err_occurred()) return V_NULL;
        return v_newref(dflt);
    }
    Value a[2] = {args[0], dflt};
    return obj_call_method(m, "get", a, 2);
}

static Value mp_call0(Value self, const char *name, size_t nargs, Value kwnames) {
    if (args_check_positional(name, nargs, kwnames, 0, 0) < 0) return V_NULL;
    return obj_call_method(mp_mapping(self), name, NULL, 0);
}

static Value mp_keys(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(args);
    return mp_call0(self, "keys", nargs, kwnames);
}
static Value mp_values(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(args);
    return mp_call0(self, "values", nargs, kwnames);
}
static Value mp_items(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(args);
    return mp_call0(self, "items", nargs, kwnames);
}
static Value mp_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(args);
    return mp_call0(self, "copy", nargs, kwnames);
}

static Value mp_reversed(Value self, const Value *args, size_t nargs, Value kwnames) {
    UNUSED(args);
    if (args_check_positional("__reversed__", nargs, kwnames, 0, 0) < 0) return V_NULL;
    Value m = mp_mapping(self);
    return obj_call(v_from_obj(&ReversedType), &m, 1, V_NULL);
}

static const MethodDef mp_methods[] = {
    {"get", mp_get, 0, "Return the value for key if key is in the mapping, else default."},
    {"keys", mp_keys, 0, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", mp_values, 0, "D.values() -> an object providing a view on D's values"},
    {"items", mp_items, 0, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", mp_copy, 0, "D.copy() -> a shallow copy of D"},
    {"__reversed__", mp_reversed, 0, "D.__reversed__() -> reverse iterator"},
    {NULL, NULL, 0, NULL},
};

TypeObject MappingProxyType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "mappingproxy",
    .basicsize = sizeof(MappingProxyObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = mp_dealloc,
    .traverse = mp_traverse,
    .construct = mp_construct,
    .repr = mp_repr,
    .str = mp_str,
    .richcompare = mp_richcompare,
    .len = mp_len,
    .getitem = mp_getitem,
    .contains = mp_contains,
    .iter = mp_iter,
    .nb = {[NB_OR] = mp_or},
    .nb_inplace = {[NB_OR] = mp_ior},
    .methods = mp_methods,
};

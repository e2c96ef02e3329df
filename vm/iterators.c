/* iterators.c: the iterator types of builtins: enumerate, zip, map,
 * filter, reversed, and iter(callable, sentinel). */
#include "runtime.h"
#include "errors.h"
#include "abstract.h"
#include "args.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"

static Value self_iter(Value self) { return v_newref(self); }

static Value iter_repr(Value self) {
    return str_printf("<%s object at %p>", v_type_name(self), (void *)v_as_obj(self));
}

/* ---- enumerate ------------------------------------------------------------------- */

typedef struct {
    Object ob;
    Value it;
    int64_t index;         /* used while count is V_NULL */
    Value count;           /* big counter once index leaves int64, else V_NULL */
} EnumerateObject;

static Value enumerate_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"iterable", "start"};
    Value a[2];
    if (args_parse("enumerate", args, nargs, kwnames, names, 2, 2, 1, a) < 0) return V_NULL;
    int64_t start = 0;
    Value count = V_NULL;
    if (!v_is_null(a[1])) {
        Value i = obj_index(a[1]);
        if (v_is_null(i)) return V_NULL;
        if (v_is_smallint(i)) start = v_as_smallint(i);
        else count = i;
    }
    Value it = obj_iter(a[0]);
    if (v_is_null(it)) { v_decref(count); return V_NULL; }
    EnumerateObject *e = (EnumerateObject *)obj_alloc(type, type->basicsize);
    if (!e) { v_decref(it); v_decref(count); return V_NULL; }
    e->it = it;
    e->index = start;
    e->count = count;
    return v_from_obj(e);
}

int enumerate_next_pair(Value self, Value *idx_out, Value *item_out) {
    EnumerateObject *e = (EnumerateObject *)v_as_obj(self);
    Value item;
    if (v_is_type(e->it, &ListIterType)) {
        /* listiter_next inline */
        ListIterObject *li = (ListIterObject *)v_as_obj(e->it);
        if (v_is_null(li->list)) return 0;
        ListObject *l = v_as_list(li->list);
        if (li->index >= l->size) {
            v_clear(&li->list);
            return 0;
        }
        item = v_newref(l->items[li->index++]);
    } else {
        item = obj_iternext(e->it);
        if (v_is_null(item)) return 0;
    }
    Value idx;
    if (v_is_null(e->count) && e->index < INT64_MAX) {
        idx = int_from_i64(e->index);
        e->index++;
    } else if (v_is_null(e->count)) {
        idx = int_from_i64(e->index);
        if (!v_is_null(idx)) e->count = int_add(idx, v_from_smallint(1));
    } else {
        idx = v_newref(e->count);
        Value n = int_add(e->count, v_from_smallint(1));
        v_setref(&e->count, n);
    }
    if (v_is_null(idx)) { v_decref(item); return 0; }
    *idx_out = idx;
    *item_out = item;
    return 1;
}

static Value enumerate_next(Value self) {
    EnumerateObject *e = (EnumerateObject *)v_as_obj(self);
    Value item = obj_iternext(e->it);
    if (v_is_null(item)) return V_NULL;
    Value idx;
    if (v_is_null(e->count)) {
        idx = int_from_i64(e->index);
        if (e->index == INT64_MAX) e->count = int_add(idx, v_from_smallint(1));
        else e->index++;
    } else {
        idx = v_newref(e->count);
        Value n = int_add(e->count, v_from_smallint(1));
        v_setref(&e->count, n);
    }
    if (v_is_null(idx)) { v_decref(item); return V_NULL; }
    Value t = tuple_new(2);
    if (v_is_null(t)) { v_decref(item); v_decref(idx); return V_NULL; }
    tuple_items(t)[0] = idx;
    tuple_items(t)[1] = item;
    return t;
}

static void enumerate_dealloc(Object *o) {
    EnumerateObject *e = (EnumerateObject *)o;
    v_decref(e->it);
    v_decref(e->count);
    obj_free(o);
}

static void enumerate_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    EnumerateObject *x = (EnumerateObject *)o;
    visit(x->it, arg);
    visit(x->count, arg);
}

TypeObject EnumerateType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "enumerate",
    .basicsize = sizeof(EnumerateObject),
    .flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_NEW_TAKES_ARGS,
    .traverse = enumerate_traverse,
    .dealloc = enumerate_dealloc,
    .repr = iter_repr,
    .iter = self_iter,
    .iternext = enumerate_next,
    .construct = enumerate_construct,
};

/* ---- zip ---------------------------------------------------------------------------- */

typedef struct {
    Object ob;
    Value iters;           /* tuple */
    bool strict;
} ZipObject;

static Value zip_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    bool strict = false;
    if (!v_is_null(kwnames)) {
        for (int64_t i = 0; i < tuple_size(kwnames); i++) {
            Value k = tuple_items(kwnames)[i];
            if (!str_eq_cstr(k, "strict"))
                return err_format(&Exc_TypeError, "zip() got an unexpected keyword argument '%s'", str_data(k));
            int t = obj_truthy(args[nargs + (size_t)i]);
            if (t < 0) return V_NULL;
            strict = t;
        }
    }
    Value iters = tuple_new((int64_t)nargs);
    if (v_is_null(iters)) return V_NULL;
    for (size_t i = 0; i < nargs; i++) {
        Value it = obj_iter(args[i]);
        if (v_is_null(it)) { v_decref(iters); return V_NULL; }
        tuple_items(iters)[i] = it;
    }
    ZipObject *z = (ZipObject *)obj_alloc(type, type->basicsize);
    if (!z) { v_decref(iters); return V_NULL; }
    z->iters = iters;
    z->strict = strict;
    return v_from_obj(z);
}

static Value zip_next(Value self) {
    ZipObject *z = (ZipObject *)v_as_obj(self);
    int64_t n = tuple_size(z->iters);
    if (n == 0) return V_NULL;
    Value t = tuple_new(n);
    if (v_is_null(t)) return V_NULL;
    for (int64_t i = 0; i < n; i++) {
        Value item = obj_iternext(tuple_items(z->iters)[i]);
        if (v_is_null(item)) {
            if (err_occurred()) { v_decref(t); return V_NULL; }
            if (z->strict) {
                if (i > 0) {
                    v_decref(t);
                    return err_format(&Exc_ValueError, "zip() argument %lld is shorter than argument%s%lld",
                                      (long long)(i + 1), i == 1 ? " " : "s 1-", (long long)i);
                }
                for (int64_t j = 1; j < n; j++) {
                    Value x = obj_iternext(tuple_items(z->iters)[j]);
                    if (!v_is_null(x)) {
                        v_decref(x);
                        v_decref(t);
                        return err_format(&Exc_ValueError, "zip() argument %lld is longer than argument%s%lld",
                                          (long long)(j + 1), j == 1 ? " " : "s 1-", (long long)j);
                    }
                    if (err_occurred()) { v_decref(t); return V_NULL; }
                }
            }
            v_decref(t);
            return V_NULL;
        }
        tuple_items(t)[i] = item;
    }
    return t;
}

static void zip_dealloc(Object *o) {
    v_decref(((ZipObject *)o)->iters);
    obj_free(o);
}

static void zip_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    ZipObject *x = (ZipObject *)o;
    visit(x->iters, arg);
}

TypeObject ZipType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "zip",
    .basicsize = sizeof(ZipObject),
    .flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_NEW_TAKES_ARGS,
    .traverse = zip_traverse,
    .dealloc = zip_dealloc,
    .repr = iter_repr,
    .iter = self_iter,
    .iternext = zip_next,
    .construct = zip_construct,
};

/* ---- map ------------------------------------------------------------------------------ */

typedef struct {
    Object ob;
    Value func;
    Value iters;           /* tuple */
} MapObject;

static Value map_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (!v_is_null(kwnames) && tuple_size(kwnames) > 0)
        return err_format(&Exc_TypeError, "map() takes no keyword arguments");
    if (nargs < 2) return err_format(&Exc_TypeError, "map() must have at least two arguments.");
    Value iters = tuple_new((int64_t)nargs - 1);
    if (v_is_null(iters)) return V_NULL;
    for (size_t i = 1; i < nargs; i++) {
        Value it = obj_iter(args[i]);
        if (v_is_null(it)) { v_decref(iters); return V_NULL; }
        tuple_items(iters)[i - 1] = it;
    }
    MapObject *m = (MapObject *)obj_alloc(type, type->basicsize);
    if (!m) { v_decref(iters); return V_NULL; }
    m->func = v_newref(args[0]);
    m->iters = iters;
    return v_from_obj(m);
}

static Value map_next(Value self) {
    MapObject *m = (MapObject *)v_as_obj(self);
    int64_t n = tuple_size(m->iters);
    Value small[8];
    Value *items = n <= 8 ? small : mem_alloc(sizeof(Value) * (size_t)n);
    if (!items) return err_nomem();
    int64_t got = 0;
    Value r = V_NULL;
    for (; got < n; got++) {
        items[got] = obj_iternext(tuple_items(m->iters)[got]);
        if (v_is_null(items[got])) goto done;
    }
    r = obj_call(m->func, items, (size_t)n, V_NULL);
done:
    for (int64_t i = 0; i < got; i++) v_decref(items[i]);
    if (items != small) mem_free(items);
    return r;
}

static void map_dealloc(Object *o) {
    MapObject *m = (MapObject *)o;
    v_decref(m->func);
    v_decref(m->iters);
    obj_free(o);
}

static void map_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    MapObject *x = (MapObject *)o;
    visit(x->func, arg);
    visit(x->iters, arg);
}

TypeObject MapType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "map",
    .basicsize = sizeof(MapObject),
    .flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_NEW_TAKES_ARGS,
    .traverse = map_traverse,
    .dealloc = map_dealloc,
    .repr = iter_repr,
    .iter = self_iter,
    .iternext = map_next,
    .construct = map_construct,
};

/* ---- filter ---------------------------------------------------------------------------- */

typedef struct {
    Object ob;
    Value func;            /* V_NONE: truthiness of the item */
    Value it;
} FilterObject;

static Value filter_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (!v_is_null(kwnames) && tuple_size(kwnames) > 0)
        return err_format(&Exc_TypeError, "filter() takes no keyword arguments");
    if (nargs != 2) return err_format(&Exc_TypeError, "filter expected 2 arguments, got %zu", nargs);
    Value it = obj_iter(args[1]);
    if (v_is_null(it)) return V_NULL;
    FilterObject *f = (FilterObject *)obj_alloc(type, type->basicsize);
    if (!f) { v_decref(it); return V_NULL; }
    f->func = v_newref(args[0]);
    f->it = it;
    return v_from_obj(f);
}

static Value filter_next(Value self) {
    FilterObject *f = (FilterObject *)v_as_obj(self);
    for (;;) {
        Value item = obj_iternext(f->it);
        if (v_is_null(item)) return V_NULL;
        int t;
        if (f->func == V_NONE || f->func == v_from_obj(&BoolType)) {
            t = obj_truthy(item);
        } else {
            Value r = obj_call1(f->func, item);
            if (v_is_null(r)) { v_decref(item); return V_NULL; }
            t = obj_truthy(r);
            v_decref(r);
        }
        if (t < 0) { v_decref(item); return V_NULL; }
        if (t) return item;
        v_decref(item);
    }
}

static void filter_dealloc(Object *o) {
    FilterObject *f = (FilterObject *)o;
    v_decref(f->func);
    v_decref(f->it);
    obj_free(o);
}

static void filter_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    FilterObject *x = (FilterObject *)o;
    visit(x->func, arg);
    visit(x->it, arg);
}

TypeObject FilterType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "filter",
    .basicsize = sizeof(FilterObject),
    .flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_NEW_TAKES_ARGS,
    .traverse = filter_traverse,
    .dealloc = filter_dealloc,
    .repr = iter_repr,
    .iter = self_iter,
    .iternext = filter_next,
    .construct = filter_construct,
};

/* ---- reversed ---------------------------------------------------------------------------- */

typedef struct {
    Object ob;
    Value seq;             /* V_NULL once exhausted */
    int64_t index;         /* next index to produce, counting down */
} ReversedObject;

static Value reversed_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("reversed", nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value seq = args[0];
    Value rev = type_lookup(v_type(seq), str_intern_cstr("__reversed__"));
    if (!v_is_null(rev)) return obj_call_method(seq, "__reversed__", NULL, 0);
    TypeObject *t = v_type(seq);
    if (!t->getitem || !t->len || v_is_dict(seq) || type_is_subtype(t, &SetType) ||
        type_is_subtype(t, &FrozenSetType))
        return err_format(&Exc_TypeError, "'%s' object is not reversible", v_type_name(seq));
    int64_t n = obj_len(seq);
    if (n < 0) return V_NULL;
    ReversedObject *r = (ReversedObject *)obj_alloc(type, type->basicsize);
    if (!r) return V_NULL;
    r->seq = v_newref(seq);
    r->index = n - 1;
    return v_from_obj(r);
}

static Value reversed_next(Value self) {
    ReversedObject *r = (ReversedObject *)v_as_obj(self);
    if (v_is_null(r->seq)) return V_NULL;
    if (r->index >= 0) {
        if (v_is_list(r->seq)) {
            if (r->index < list_size(r->seq)) return v_newref(list_items(r->seq)[r->index--]);
        } else if (v_is_str(r->seq)) {
            /* str is immutable: index < len always holds */
            return str_getitem_index(r->seq, r->index--);
        } else {
            Value item = obj_getitem(r->seq, v_from_smallint(r->index));
            r->index--;
            if (!v_is_null(item)) return item;
            if (!err_matches(&Exc_IndexError) && !err_matches(&Exc_StopIteration)) return V_NULL;
            err_clear();
        }
    }
    v_clear(&r->seq);
    return V_NULL;
}

/* CPython's reversed_len: what is left, 0 once exhausted or if the
 * sequence shrank below the position (list(reversed(x)) sizes its list). */
static Value reversed_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    ReversedObject *r = (ReversedObject *)v_as_obj(self);
    if (v_is_null(r->seq)) return v_from_smallint(0);
    int64_t n = obj_len(r->seq);
    if (n < 0) return V_NULL;
    int64_t left = r->index + 1;
    return int_from_i64(n < left ? 0 : left);
}

static const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static void reversed_dealloc(Object *o) {
    v_decref(((ReversedObject *)o)->seq);
    obj_free(o);
}

static void reversed_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    ReversedObject *x = (ReversedObject *)o;
    visit(x->seq, arg);
}

TypeObject ReversedType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "reversed",
    .basicsize = sizeof(ReversedObject),
    .flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_NEW_TAKES_ARGS,
    .traverse = reversed_traverse,
    .dealloc = reversed_dealloc,
    .repr = iter_repr,
    .iter = self_iter,
    .iternext = reversed_next,
    .construct = reversed_construct,
    .methods = reversed_methods,
};

/* list.__reversed__ and dict.__reversed__ (what reversed() returns for them,
 * whatever reversed's subclass is asked): the reversed layout over the list,
 * or over a snapshot of the dict's keys. */
TypeObject ListRevIterType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "list_reverseiterator",
    .basicsize = sizeof(ReversedObject),
    .flags = TPFLAG_HAVE_GC,
    .traverse = reversed_traverse,
    .dealloc = reversed_dealloc,
    .repr = iter_repr,
    .iter = self_iter,
    .iternext = reversed_next,
    .methods = reversed_methods,
};

TypeObject DictRevKeyIterType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "dict_reversekeyiterator",
    .basicsize = sizeof(ReversedObject),
    .flags = TPFLAG_HAVE_GC,
    .traverse = reversed_traverse,
    .dealloc = reversed_dealloc,
    .repr = iter_repr,
    .iter = self_iter,
    .iternext = reversed_next,
    .methods = reversed_methods,
};

static Value reverse_iter_new(TypeObject *type, Value owned) {
    int64_t n = obj_len(owned);
    if (n < 0) { v_decref(owned); return V_NULL; }
    ReversedObject *r = (ReversedObject *)obj_alloc(type, sizeof(ReversedObject));
    if (!r) { v_decref(owned); return V_NULL; }
    r->seq = owned;
    r->index = n - 1;
    return v_from_obj(r);
}

Value list_reversed_iter(Value list) { return reverse_iter_new(&ListRevIterType, v_newref(list)); }

Value dict_reversed_iter(Value dict) {
    Value keys = dict_keys_list(dict);
    if (v_is_null(keys)) return V_NULL;
    return reverse_iter_new(&DictRevKeyIterType, keys);
}

/* ---- iter(callable, sentinel) ------------------------------------------------------------ */

typedef struct {
    Object ob;
    Value callable;        /* V_NULL once exhausted */
    Value sentinel;
} CallableIterObject;

Value callable_iter_new(Value callable, Value sentinel) {
    if (!v_type(callable)->call && !type_is_subtype(v_type(callable), &TypeType))
        return err_format(&Exc_TypeError, "iter(v, w): v must be callable");
    CallableIterObject *c = (CallableIterObject *)obj_alloc(&CallableIterType, sizeof(CallableIterObject));
    if (!c) return V_NULL;
    c->callable = v_newref(callable);
    c->sentinel = v_newref(sentinel);
    return v_from_obj(c);
}

static Value callable_iter_next(Value self) {
    CallableIterObject *c = (CallableIterObject *)v_as_obj(self);
    if (v_is_null(c->callable)) return V_NULL;
    Value r = obj_call0(c->callable);
    if (v_is_null(r)) {
        if (err_matches(&Exc_StopIteration)) {
            err_clear();
            v_clear(&c->callable);
        }
        return V_NULL;
    }
    int eq = obj_eq(r, c->sentinel);
    if (eq < 0) { v_decref(r); return V_NULL; }
    if (eq) {
        v_decref(r);
        v_clear(&c->callable);
        return V_NULL;
    }
    return r;
}

static void callable_iter_dealloc(Object *o) {
    CallableIterObject *c = (CallableIterObject *)o;
    v_decref(c->callable);
    v_decref(c->sentinel);
    obj_free(o);
}

static void callableiter_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    CallableIterObject *x = (CallableIterObject *)o;
    visit(x->callable, arg);
    visit(x->sentinel, arg);
}

TypeObject CallableIterType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "callable_iterator",
    .basicsize = sizeof(CallableIterObject),
    .flags = TPFLAG_HAVE_GC,
    .traverse = callableiter_traverse,
    .dealloc = callable_iter_dealloc,
    .repr = iter_repr,
    .iter = self_iter,
    .iternext = callable_iter_next,
};

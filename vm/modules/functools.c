/* functools.c: the C half of functools (the module _functools; the
 * Python half, lib/functools.py, re-exports it and adds what needs class
 * statements: total_ordering, cached_property, singledispatch, ...).
 *
 * Here: reduce, partial, cmp_to_key, lru_cache/cache (the cache wrapper
 * in C: a hit costs one dict lookup), update_wrapper and wraps, and the
 * CacheInfo result type. CPython keeps lru_cache/update_wrapper in Python;
 * doing them in C means `@lru_cache` works without the Python half and a
 * cached call never enters the interpreter for bookkeeping. */
#include <stddef.h>
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../int.h"
#include "../list.h"
#include "../tuple.h"
#include "../dict.h"
#include "../function.h"

/* Every object here that has a __dict__ keeps it in a `dict` field and
 * routes attribute access through these two. */
extern Value obj_generic_getattr_dict(Value o, Value name, Value dict);
extern int obj_generic_setattr_dict(Value o, Value name, Value v, Value *dictp);

static bool is_callable(Value v) { return v_type(v)->call != NULL; }

static size_t kwcount(Value kwnames) { return v_is_null(kwnames) ? 0 : (size_t)tuple_size(kwnames); }

/* ---- reduce ------------------------------------------------------------------------ */

static Value ft_reduce(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("reduce", nargs, kwnames, 2, 3) < 0) return V_NULL;
    Value it = obj_iter(args[1]);
    if (v_is_null(it)) {
        if (err_matches(&Exc_TypeError)) {
            err_clear();
            err_format(&Exc_TypeError, "reduce() arg 2 must support iteration");
        }
        return V_NULL;
    }
    Value result = nargs == 3 ? v_newref(args[2]) : V_NULL;
    Value fn = args[0];
    for (;;) {
        Value x = obj_iternext(it);
        if (v_is_null(x)) break;
        if (v_is_null(result)) {
            result = x;
            continue;
        }
        Value cargs[2] = {result, x};
        Value r = obj_call(fn, cargs, 2, V_NULL);
        v_decref(x);
        v_decref(result);
        result = r;
        if (v_is_null(r)) break;
    }
    v_decref(it);
    if (err_occurred()) { v_decref(result); return V_NULL; }
    if (v_is_null(result))
        return err_format(&Exc_TypeError, "reduce() of empty iterable with no initial value");
    return result;
}

/* ---- partial ----------------------------------------------------------------------- */

typedef struct {
    Object ob;
    Value fn;
    Value args;            /* tuple */
    Value kw;              /* dict */
    Value dict;            /* __dict__, V_NULL until used */
} PartialObject;

static TypeObject PartialType;

static Value partial_call(Value callable, const Value *args, size_t nargs, Value kwnames);

/* A new partial of type (steals pargs and pkw). */
static Value partial_make(TypeObject *type, Value fn, Value pargs, Value pkw) {
    PartialObject *p = (PartialObject *)obj_alloc(type, type->basicsize);
    if (!p) { v_decref(pargs); v_decref(pkw); return V_NULL; }
    p->fn = v_newref(fn);
    p->args = pargs;
    p->kw = pkw;
    p->dict = V_NULL;
    return v_from_obj(p);
}

static Value partial_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (nargs < 1) return err_format(&Exc_TypeError, "type 'partial' takes at least one argument");
    Value fn = args[0];
    if (!is_callable(fn)) return err_format(&Exc_TypeError, "the first argument must be callable");
    Value inner_args = V_NULL, inner_kw = V_NULL;
    /* partial(partial(f, a), b) flattens to partial(f, a, b) unless the
     * inner one carries attributes of its own. */
    if (v_type(fn)->call == partial_call) {
        PartialObject *in = (PartialObject *)v_as_obj(fn);
        if (v_is_null(in->dict)) {
            inner_args = in->args;
            inner_kw = in->kw;
            fn = in->fn;
        }
    }
    Value pargs;
    if (v_is_null(inner_args)) {
        pargs = tuple_from_array(args + 1, (int64_t)nargs - 1);
    } else {
        int64_t ni = tuple_size(inner_args);
        pargs = tuple_new(ni + (int64_t)nargs - 1);
        if (!v_is_null(pargs)) {
            for (int64_t i = 0; i < ni; i++) tuple_items(pargs)[i] = v_newref(tuple_items(inner_args)[i]);
            for (size_t i = 1; i < nargs; i++) tuple_items(pargs)[ni + (int64_t)i - 1] = v_newref(args[i]);
        }
    }
    if (v_is_null(pargs)) return V_NULL;
    Value pkw = v_is_null(inner_kw) ? dict_new() : dict_copy(inner_kw);
    if (v_is_null(pkw)) { v_decref(pargs); return V_NULL; }
    size_t nkw = kwcount(kwnames);
    for (size_t i = 0; i < nkw; i++) {
        if (dict_set(pkw, tuple_items(kwnames)[i], args[nargs + i]) < 0) {
            v_decref(pargs);
            v_decref(pkw);
            return V_NULL;
        }
    }
    return partial_make(type, fn, pargs, pkw);
}

static Value partial_call(Value callable, const Value *args, size_t nargs, Value kwnames) {
    PartialObject *p = (PartialObject *)v_as_obj(callable);
    int64_t np = tuple_size(p->args);
    int64_t pkwn = dict_size(p->kw);
    size_t nkw = kwcount(kwnames);
    if (np == 0 && pkwn == 0) return obj_call(p->fn, args, nargs, kwnames);
    /* Merged keywords: the stored ones updated by this call's. */
    Value mkw = V_NULL;
    size_t total_kw = nkw;
    if (pkwn) {
        mkw = dict_copy(p->kw);
        if (v_is_null(mkw)) return V_NULL;
        for (size_t i = 0; i < nkw; i++) {
            if (dict_set(mkw, tuple_items(kwnames)[i], args[nargs + i]) < 0) { v_decref(mkw); return V_NULL; }
        }
        total_kw = (size_t)dict_size(mkw);
    }
    size_t npos = (size_t)np + nargs;
    size_t total = npos + total_kw;
    Value small[16];
    Value *buf = total <= 16 ? small : mem_alloc(total * sizeof(Value));
    if (!buf) { v_decref(mkw); return err_nomem(); }
    for (int64_t i = 0; i < np; i++) buf[i] = tuple_items(p->args)[i];
    for (size_t i = 0; i < nargs; i++) buf[np + (int64_t)i] = args[i];
    Value names = kwnames;
    if (!v_is_null(mkw)) {
        names = tuple_new((int64_t)total_kw);
        if (v_is_null(names)) {
            if (buf != small) mem_free(buf);
            v_decref(mkw);
            return V_NULL;
        }
        int64_t pos = 0, k = 0;
        Value key, val;
        while (dict_next(mkw, &pos, &key, &val)) {
            tuple_items(names)[k] = v_newref(key);
            buf[npos + (size_t)k] = val;      /* borrowed from mkw, alive through the call */
            k++;
        }
    } else {
        for (size_t i = 0; i < nkw; i++) buf[npos + i] = args[nargs + i];
    }
    Value r = obj_call(p->fn, buf, npos, total_kw ? names : V_NULL);
    if (names != kwnames) v_decref(names);
    v_decref(mkw);
    if (buf != small) mem_free(buf);
    return r;
}

static Value partial_repr(Value self) {
    PartialObject *p = (PartialObject *)v_as_obj(self);
    int rr = ctr_repr_enter(self);
    if (rr != 0) return rr > 0 ? str_from_cstr("...") : V_NULL;
    StrBuilder sb;
    sb_init(&sb);
    sb_append_cstr(&sb, v_type(self)->name);
    sb_append_char(&sb, '(');
    Value s = obj_repr(p->fn);
    if (v_is_null(s)) goto fail;
    sb_append_str(&sb, s);
    v_decref(s);
    for (int64_t i = 0; i < tuple_size(p->args); i++) {
        s = obj_repr(tuple_items(p->args)[i]);
        if (v_is_null(s)) goto fail;
        sb_append(&sb, ", ", 2);
        sb_append_str(&sb, s);
        v_decref(s);
    }
    int64_t pos = 0;
    Value key, val;
    while (dict_next(p->kw, &pos, &key, &val)) {
        Value ks = obj_str(key);
        if (v_is_null(ks)) goto fail;
        s = obj_repr(val);
        if (v_is_null(s)) { v_decref(ks); goto fail; }
        sb_append(&sb, ", ", 2);
        sb_append_str(&sb, ks);
        sb_append_char(&sb, '=');
        sb_append_str(&sb, s);
        v_decref(ks);
        v_decref(s);
    }
    sb_append_char(&sb, ')');
    ctr_repr_leave(self);
    return sb_finish(&sb);
fail:
    sb_discard(&sb);
    ctr_repr_leave(self);
    return V_NULL;
}

static Value partial_get_func(Value self) { return v_newref(((PartialObject *)v_as_obj(self))->fn); }
static Value partial_get_args(Value self) { return v_newref(((PartialObject *)v_as_obj(self))->args); }
static Value partial_get_keywords(Value self) { return v_newref(((PartialObject *)v_as_obj(self))->kw); }

/* __dict__ getters/setters shared by every type here with a `dict` field
 * at the given offset. */
static Value *dict_slot(Value self, size_t off) { return (Value *)((char *)v_as_obj(self) + off); }

static Value get_dict_at(Value self, size_t off) {
    Value *d = dict_slot(self, off);
    if (v_is_null(*d)) {
        *d = dict_new();
        if (v_is_null(*d)) return V_NULL;
    }
    return v_newref(*d);
}

static int set_dict_at(Value self, Value v, size_t off) {
    if (v_is_null(v)) {
        err_format(&Exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!v_is_ptr(v) || !(v_type(v)->flags & TPFLAG_DICT_SUBCLASS)) {
        err_format(&Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", v_type_name(v));
        return -1;
    }
    v_setref(dict_slot(self, off), v_newref(v));
    return 0;
}

static Value partial_get_dict(Value self) { return get_dict_at(self, offsetof(PartialObject, dict)); }
static int partial_set_dict(Value self, Value v) { return set_dict_at(self, v, offsetof(PartialObject, dict)); }

static Value partial_getattr(Value self, Value name) {
    return obj_generic_getattr_dict(self, name, ((PartialObject *)v_as_obj(self))->dict);
}

static int partial_setattr(Value self, Value name, Value v) {
    return obj_generic_setattr_dict(self, name, v, &((PartialObject *)v_as_obj(self))->dict);
}

static void partial_dealloc(Object *o) {
    PartialObject *p = (PartialObject *)o;
    v_decref(p->fn);
    v_decref(p->args);
    v_decref(p->kw);
    v_decref(p->dict);
    obj_free(o);
}

static void partial_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    PartialObject *p = (PartialObject *)o;
    visit(p->fn, arg);
    visit(p->args, arg);
    visit(p->kw, arg);
    if (!v_is_null(p->dict)) visit(p->dict, arg);
}

/* __reduce__: (type(p), (func,), (func, args, keywords, __dict__ or None)),
 * restored by __setstate__ (as CPython's partial). */
static Value partial_reduce(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("__reduce__", nargs, kwnames, 0, 0) < 0) return V_NULL;
    PartialObject *p = (PartialObject *)v_as_obj(self);
    Value d = v_is_null(p->dict) ? V_NONE : p->dict;
    Value state = tuple_pack(4, p->fn, p->args, p->kw, d);
    if (v_is_null(state)) return V_NULL;
    Value fargs = tuple_pack(1, p->fn);
    if (v_is_null(fargs)) { v_decref(state); return V_NULL; }
    Value r = tuple_pack(3, v_from_obj(v_type(self)), fargs, state);
    v_decref(fargs);
    v_decref(state);
    return r;
}

static Value partial_setstate(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("__setstate__", nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value st = args[0];
    if (!v_is_ptr(st) || !(v_type(st)->flags & TPFLAG_TUPLE_SUBCLASS) || tuple_size(st) != 4)
        return err_format(&Exc_TypeError, "invalid partial state");
    Value fn = tuple_items(st)[0], fargs = tuple_items(st)[1];
    Value kw = tuple_items(st)[2], d = tuple_items(st)[3];
    TypeObject *ft = v_type(fn);
    bool callable = ft->call != NULL || type_is_subtype(ft, &TypeType);
    if (!callable || !v_is_ptr(fargs) || !(v_type(fargs)->flags & TPFLAG_TUPLE_SUBCLASS) ||
        (kw != V_NONE && !(v_is_ptr(kw) && (v_type(kw)->flags & TPFLAG_DICT_SUBCLASS))))
        return err_format(&Exc_TypeError, "invalid partial state");
    Value nargs_t = v_is_tuple(fargs) ? v_newref(fargs) : tuple_from_array(tuple_items(fargs), tuple_size(fargs));
    if (v_is_null(nargs_t)) return V_NULL;
    Value nkw = kw == V_NONE ? dict_new() : v_is_dict(kw) ? v_newref(kw) : dict_copy(kw);
    if (v_is_null(nkw)) { v_decref(nargs_t); return V_NULL; }
    PartialObject *p = (PartialObject *)v_as_obj(self);
    v_setref(&p->fn, v_newref(fn));
    v_setref(&p->args, nargs_t);
    v_setref(&p->kw, nkw);
    Value old = p->dict;
    p->dict = d == V_NONE ? V_NULL : v_newref(d);
    if (!v_is_null(old)) v_decref(old);
    return V_NONE;
}

static const MethodDef partial_methods[] = {
    {"__reduce__", partial_reduce, 0, NULL},
    {"__setstate__", partial_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef partial_getset[] = {
    {"func", partial_get_func, NULL},
    {"args", partial_get_args, NULL},
    {"keywords", partial_get_keywords, NULL},
    {"__dict__", partial_get_dict, partial_set_dict},
    {NULL, NULL, NULL},
};

static TypeObject PartialType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "functools.partial",
    .basicsize = sizeof(PartialObject),
    .flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC,
    .dealloc = partial_dealloc,
    .repr = partial_repr,
    .call = partial_call,
    .getattr = partial_getattr,
    .setattr = partial_setattr,
    .construct = partial_construct,
    .getset = partial_getset,
    .methods = partial_methods,
    .traverse = partial_traverse,
};

/* ---- cmp_to_key ---------------------------------------------------------------------- */

typedef struct {
    Object ob;
    Value cmp;
    Value object;          /* V_NULL in the key function cmp_to_key returns */
} KeyWrapperObject;

static TypeObject KeyWrapperType;

static Value keywrapper_new(Value cmp, Value object) {
    KeyWrapperObject *k = (KeyWrapperObject *)obj_alloc(&KeyWrapperType, sizeof *k);
    if (!k) return V_NULL;
    k->cmp = v_newref(cmp);
    k->object = v_newref(object);
    return v_from_obj(k);
}

static Value keywrapper_call(Value callable, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"obj"};
    Value a[1];
    if (args_parse("K", args, nargs, kwnames, names, 1, 1, 1, a) < 0) return V_NULL;
    return keywrapper_new(((KeyWrapperObject *)v_as_obj(callable))->cmp, a[0]);
}

static Value keywrapper_richcompare(Value a, Value b, int op) {
    if (!v_is_type(b, &KeyWrapperType))
        return err_format(&Exc_TypeError, "other argument must be K instance");
    KeyWrapperObject *x = (KeyWrapperObject *)v_as_obj(a), *y = (KeyWrapperObject *)v_as_obj(b);
    if (v_is_null(x->object) || v_is_null(y->object))
        return err_format(&Exc_AttributeError, "object");
    Value cargs[2] = {x->object, y->object};
    Value res = obj_call(x->cmp, cargs, 2, V_NULL);
    if (v_is_null(res)) return V_NULL;
    Value r = obj_compare(res, v_from_smallint(0), op);
    v_decref(res);
    return r;
}

static Value keywrapper_get_obj(Value self) {
    KeyWrapperObject *k = (KeyWrapperObject *)v_as_obj(self);
    if (v_is_null(k->object)) return err_format(&Exc_AttributeError, "obj");
    return v_newref(k->object);
}

static int keywrapper_set_obj(Value self, Value v) {
    v_setref(&((KeyWrapperObject *)v_as_obj(self))->object, v_newref(v));
    return 0;
}

static void keywrapper_dealloc(Object *o) {
    KeyWrapperObject *k = (KeyWrapperObject *)o;
    v_decref(k->cmp);
    v_decref(k->object);
    obj_free(o);
}

static const GetSetDef keywrapper_getset[] = {
    {"obj", keywrapper_get_obj, keywrapper_set_obj},
    {NULL, NULL, NULL},
};

/* hash stays NULL and richcompare is set: unhashable, as CPython's. */
static TypeObject KeyWrapperType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "functools.KeyWrapper",
    .basicsize = sizeof(KeyWrapperObject),
    .dealloc = keywrapper_dealloc,
    .richcompare = keywrapper_richcompare,
    .call = keywrapper_call,
    .getset = keywrapper_getset,
};

static Value ft_cmp_to_key(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"mycmp"};
    Value a[1];
    if (args_parse("cmp_to_key", args, nargs, kwnames, names, 1, 1, 1, a) < 0) return V_NULL;
    return keywrapper_new(a[0], V_NULL);
}

/* ---- CacheInfo: a tuple subclass printed as CPython's namedtuple -------------------------- */

static const char *const cacheinfo_fields[] = {"hits", "misses", "maxsize", "currsize"};

static Value cacheinfo_repr(Value self) {
    StrBuilder sb;
    sb_init(&sb);
    sb_append_cstr(&sb, "CacheInfo(");
    for (int i = 0; i < 4; i++) {
        Value s = obj_repr(tuple_items(self)[i]);
        if (v_is_null(s)) { sb_discard(&sb); return V_NULL; }
        sb_printf(&sb, "%s%s=", i ? ", " : "", cacheinfo_fields[i]);
        sb_append_str(&sb, s);
        v_decref(s);
    }
    sb_append_char(&sb, ')');
    return sb_finish(&sb);
}

static Value cacheinfo_hits(Value self) { return v_newref(tuple_items(self)[0]); }
static Value cacheinfo_misses(Value self) { return v_newref(tuple_items(self)[1]); }
static Value cacheinfo_maxsize(Value self) { return v_newref(tuple_items(self)[2]); }
static Value cacheinfo_currsize(Value self) { return v_newref(tuple_items(self)[3]); }

static const GetSetDef cacheinfo_getset[] = {
    {"hits", cacheinfo_hits, NULL},
    {"misses", cacheinfo_misses, NULL},
    {"maxsize", cacheinfo_maxsize, NULL},
    {"currsize", cacheinfo_currsize, NULL},
    {NULL, NULL, NULL},
};

static Value cacheinfo_new_instance(Value hits, Value misses, Value maxsize, Value currsize);

static Value cacheinfo_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    (void)type;
    Value a[4];
    if (args_parse("CacheInfo", args, nargs, kwnames, cacheinfo_fields, 4, 4, 4, a) < 0) return V_NULL;
    return cacheinfo_new_instance(a[0], a[1], a[2], a[3]);
}

static Value cacheinfo_asdict(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (mod_positional("_asdict", nargs, kwnames, 0, 0) < 0) return V_NULL;
    Value d = dict_new();
    if (v_is_null(d)) return V_NULL;
    for (int i = 0; i < 4; i++) {
        if (dict_set_cstr(d, cacheinfo_fields[i], tuple_items(self)[i]) < 0) { v_decref(d); return V_NULL; }
    }
    return d;
}

static const MethodDef cacheinfo_methods[] = {
    {"_asdict", cacheinfo_asdict, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static TypeObject CacheInfoType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "functools.CacheInfo",
    .base = &TupleType,
    .basicsize = sizeof(TupleObject),
    .repr = cacheinfo_repr,
    .construct = cacheinfo_construct,
    .getset = cacheinfo_getset,
    .methods = cacheinfo_methods,
};

static Value cacheinfo_new_instance(Value hits, Value misses, Value maxsize, Value currsize) {
    TupleObject *t = (TupleObject *)obj_alloc(&CacheInfoType, sizeof(TupleObject) + 4 * sizeof(Value));
    if (!t) return V_NULL;
    t->size = 4;
    t->items[0] = v_newref(hits);
    t->items[1] = v_newref(misses);
    t->items[2] = v_newref(maxsize);
    t->items[3] = v_newref(currsize);
    return v_from_obj(t);
}

/* ---- lru_cache ---------------------------------------------------------------------------
 *
 * Unbounded (maxsize None): the cache dict maps key -> result.
 * Bounded: the dict maps key -> LruNode, and the nodes form a circular
 * doubly linked list through the wrapper's sentinel, oldest first; a hit
 * moves its node to the end, a miss at capacity recycles the oldest.
 * maxsize 0: nothing is stored, every call is a miss. */

typedef struct LruNode {
    Object ob;
    struct LruNode *prev, *next;   /* in the list while in the cache dict */
    Value key;
    Value result;
} LruNode;

typedef struct {
    Object ob;
    Value func;
    Value cache;           /* dict */
    int64_t maxsize;       /* -1: unbounded */
    bool typed;
    int64_t hits, misses;
    Value dict;            /* __dict__ */
    Value kwd_mark;        /* separates positional from keyword parts of a key */
    struct { struct LruNode *prev, *next; } root;
} LruWrapperObject;

static void lrunode_dealloc(Object *o) {
    LruNode *n = (LruNode *)o;
    v_decref(n->key);
    v_decref(n->result);
    obj_free(o);
}

static TypeObject LruNodeType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "functools._lru_list_elem",
    .basicsize = sizeof(LruNode),
    .dealloc = lrunode_dealloc,
};

static TypeObject LruWrapperType;
static Value kwd_mark_obj = V_NULL;

static LruNode *lru_root(LruWrapperObject *w) { return (LruNode *)((char *)&w->root - offsetof(LruNode, prev)); }

static void lru_unlink(LruNode *n) {
    n->prev->next = n->next;
    n->next->prev = n->prev;
}

static void lru_append(LruWrapperObject *w, LruNode *n) {
    LruNode *root = lru_root(w);
    n->prev = root->prev;
    n->next = root;
    root->prev->next = n;
    root->prev = n;
}

/* The cache key of a call, as CPython's _make_key: one int/str argument
 * is its own key; otherwise a tuple of the positional arguments, then the
 * marker and the keyword pairs, then (typed) the argument types. New ref. */
static Value lru_make_key(LruWrapperObject *w, const Value *args, size_t nargs, Value kwnames) {
    size_t nkw = kwcount(kwnames);
    if (!nkw && !w->typed) {
        if (nargs == 1 && (v_is_int(args[0]) || v_is_str(args[0]))) return v_newref(args[0]);
        return tuple_from_array(args, (int64_t)nargs);
    }
    int64_t size = (int64_t)nargs + (nkw ? 1 + 2 * (int64_t)nkw : 0);
    if (w->typed) size += (int64_t)(nargs + nkw);
    Value key = tuple_new(size);
    if (v_is_null(key)) return V_NULL;
    Value *k = tuple_items(key);
    int64_t j = 0;
    for (size_t i = 0; i < nargs; i++) k[j++] = v_newref(args[i]);
    if (nkw) {
        k[j++] = v_newref(w->kwd_mark);
        for (size_t i = 0; i < nkw; i++) {
            k[j++] = v_newref(tuple_items(kwnames)[i]);
            k[j++] = v_newref(args[nargs + i]);
        }
    }
    if (w->typed) {
        for (size_t i = 0; i < nargs + nkw; i++) k[j++] = v_newref(v_from_obj(v_type(args[i])));
    }
    return key;
}

static Value lru_call(Value callable, const Value *args, size_t nargs, Value kwnames) {
    LruWrapperObject *w = (LruWrapperObject *)v_as_obj(callable);
    if (w->maxsize == 0) {
        w->misses++;
        return obj_call(w->func, args, nargs, kwnames);
    }
    Value key = lru_make_key(w, args, nargs, kwnames);
    if (v_is_null(key)) return V_NULL;
    int64_t hash = obj_hash(key);
    if (hash == -1) { v_decref(key); return V_NULL; }
    Value hit = dict_get_hashed(w->cache, key, hash);
    if (!v_is_null(hit)) {
        w->hits++;
        v_decref(key);
        if (w->maxsize < 0) return v_newref(hit);
        LruNode *n = (LruNode *)v_as_obj(hit);
        lru_unlink(n);
        lru_append(w, n);
        return v_newref(n->result);
    }
    if (err_occurred()) { v_decref(key); return V_NULL; }
    w->misses++;
    Value result = obj_call(w->func, args, nargs, kwnames);
    if (v_is_null(result)) { v_decref(key); return V_NULL; }
    if (w->maxsize < 0) {
        if (dict_set(w->cache, key, result) < 0) { v_decref(key); v_decref(result); return V_NULL; }
        v_decref(key);
        return result;
    }
    /* The call may have re-entered and cached this key already: keep that. */
    Value again = dict_get_hashed(w->cache, key, hash);
    if (!v_is_null(again) || err_occurred()) {
        v_decref(key);
        if (err_occurred()) { v_decref(result); return V_NULL; }
        return result;
    }
    LruNode *n;
    if (dict_size(w->cache) >= w->maxsize) {
        /* Recycle the oldest node. */
        LruNode *root = lru_root(w);
        n = root->next;
        lru_unlink(n);
        Value popped;
        Value oldkey = n->key;
        v_incref(v_from_obj(n));     /* keep the node while the dict drops it */
        int r = dict_pop(w->cache, oldkey, &popped);
        if (r > 0) v_decref(popped);
        if (r < 0) {
            v_decref(v_from_obj(n));
            v_decref(key);
            v_decref(result);
            return V_NULL;
        }
        v_setref(&n->key, key);
        v_setref(&n->result, v_newref(result));
    } else {
        n = (LruNode *)obj_alloc(&LruNodeType, sizeof(LruNode));
        if (!n) { v_decref(key); v_decref(result); return V_NULL; }
        n->key = key;
        n->result = v_newref(result);
    }
    int r = dict_set(w->cache, n->key, v_from_obj(n));
    if (r == 0) lru_append(w, n);
    v_decref(v_from_obj(n));
    if (r < 0) { v_decref(result); return V_NULL; }
    return result;
}

static void lru_clear_cache(LruWrapperObject *w) {
    LruNode *root = lru_root(w);
    root->prev = root->next = root;
    dict_clear(w->cache);
}

static Value lru_cache_info(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (mod_positional("cache_info", nargs, kwnames, 0, 0) < 0) return V_NULL;
    LruWrapperObject *w = (LruWrapperObject *)v_as_obj(self);
    Value hits = int_from_i64(w->hits), misses = int_from_i64(w->misses);
    Value maxsize = w->maxsize < 0 ? V_NONE : int_from_i64(w->maxsize);
    Value cur = int_from_i64(dict_size(w->cache));
    Value r = V_NULL;
    if (!v_is_null(hits) && !v_is_null(misses) && !v_is_null(maxsize) && !v_is_null(cur))
        r = cacheinfo_new_instance(hits, misses, maxsize, cur);
    v_decref(hits);
    v_decref(misses);
    v_decref(maxsize);
    v_decref(cur);
    return r;
}

static Value lru_cache_clear(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (mod_positional("cache_clear", nargs, kwnames, 0, 0) < 0) return V_NULL;
    LruWrapperObject *w = (LruWrapperObject *)v_as_obj(self);
    w->hits = w->misses = 0;
    lru_clear_cache(w);
    return V_NONE;
}

static Value lru_cache_parameters(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (mod_positional("cache_parameters", nargs, kwnames, 0, 0) < 0) return V_NULL;
    LruWrapperObject *w = (LruWrapperObject *)v_as_obj(self);
    Value d = dict_new();
    if (v_is_null(d)) return V_NULL;
    Value ms = w->maxsize < 0 ? V_NONE : int_from_i64(w->maxsize);
    if (v_is_null(ms) || dict_set_cstr(d, "maxsize", ms) < 0 ||
        dict_set_cstr(d, "typed", v_from_bool(w->typed)) < 0) {
        v_decref(ms);
        v_decref(d);
        return V_NULL;
    }
    v_decref(ms);
    return d;
}

/* A cached function stored in a class binds like a function. */
static Value lru_descr_get(Value descr, Value obj, Value type) {
    (void)type;
    if (v_is_null(obj) || obj == V_NONE) return v_newref(descr);
    return bound_method_new(descr, obj);
}

static Value lru_get_dict(Value self) { return get_dict_at(self, offsetof(LruWrapperObject, dict)); }
static int lru_set_dict(Value self, Value v) { return set_dict_at(self, v, offsetof(LruWrapperObject, dict)); }

static Value lru_getattr(Value self, Value name) {
    return obj_generic_getattr_dict(self, name, ((LruWrapperObject *)v_as_obj(self))->dict);
}

static int lru_setattr(Value self, Value name, Value v) {
    return obj_generic_setattr_dict(self, name, v, &((LruWrapperObject *)v_as_obj(self))->dict);
}

static void lru_dealloc(Object *o) {
    LruWrapperObject *w = (LruWrapperObject *)o;
    lru_clear_cache(w);
    v_decref(w->cache);
    v_decref(w->func);
    v_decref(w->dict);
    v_decref(w->kwd_mark);
    obj_free(o);
}

static void lru_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    LruWrapperObject *w = (LruWrapperObject *)o;
    visit(w->func, arg);
    visit(w->cache, arg);
    if (!v_is_null(w->dict)) visit(w->dict, arg);
}

static const MethodDef lru_methods[] = {
    {"cache_info", lru_cache_info, 0, "Report cache statistics"},
    {"cache_clear", lru_cache_clear, 0, "Clear the cache and cache statistics"},
    {"cache_parameters", lru_cache_parameters, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef lru_getset[] = {
    {"__dict__", lru_get_dict, lru_set_dict},
    {NULL, NULL, NULL},
};

static Value update_wrapper_impl(Value wrapper, Value wrapped, Value assigned, Value updated);

static Value lru_wrapper_new(Value func, int64_t maxsize, bool typed) {
    if (!is_callable(func)) return err_format(&Exc_TypeError, "the first argument must be callable");
    LruWrapperObject *w = (LruWrapperObject *)obj_alloc(&LruWrapperType, sizeof *w);
    if (!w) return V_NULL;
    w->func = v_newref(func);
    /* w is tracked already: every Value field is set before dict_new,
     * which may run a collection that traverses w */
    w->cache = V_NULL;
    w->dict = V_NULL;
    w->kwd_mark = v_newref(kwd_mark_obj);
    w->maxsize = maxsize;
    w->typed = typed;
    w->hits = w->misses = 0;
    w->cache = dict_new();
    LruNode *root = lru_root(w);
    root->prev = root->next = root;
    Value self = v_from_obj(w);
    if (v_is_null(w->cache)) { v_decref(self); return V_NULL; }
    Value r = update_wrapper_impl(self, func, V_NULL, V_NULL);
    if (v_is_null(r)) { v_decref(self); return V_NULL; }
    v_decref(r);
    return self;
}

/* _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type), as CPython's. */
static Value lru_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    (void)type;
    static const char *const names[] = {"user_function", "maxsize", "typed", "cache_info_type"};
    Value a[4];
    if (args_parse("_lru_cache_wrapper", args, nargs, kwnames, names, 4, 4, 4, a) < 0) return V_NULL;
    int64_t maxsize = -1;
    if (a[1] != V_NONE) {
        if (obj_as_index_i64(a[1], &maxsize) < 0) return V_NULL;
        if (maxsize < 0) maxsize = 0;
    }
    int t = obj_truthy(a[2]);
    if (t < 0) return V_NULL;
    return lru_wrapper_new(a[0], maxsize, t);
}

static TypeObject LruWrapperType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "functools._lru_cache_wrapper",
    .basicsize = sizeof(LruWrapperObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = lru_dealloc,
    .call = lru_call,
    .getattr = lru_getattr,
    .setattr = lru_setattr,
    .descr_get = lru_descr_get,
    .construct = lru_construct,
    .methods = lru_methods,
    .getset = lru_getset,
    .traverse = lru_traverse,
};

/* The decorator lru_cache(maxsize, typed) returns: its self is the
 * tuple (maxsize as int64 Value or None, typed). */
static Value lru_decorating_function(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("decorating_function", nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value ms = tuple_items(self)[0];
    int64_t maxsize = -1;
    if (ms != V_NONE && obj_as_index_i64(ms, &maxsize) < 0) return V_NULL;
    return lru_wrapper_new(args[0], maxsize, tuple_items(self)[1] == V_TRUE);
}

static Value ft_lru_cache(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"maxsize", "typed"};
    Value a[2];
    if (args_parse("lru_cache", args, nargs, kwnames, names, 2, 2, 0, a) < 0) return V_NULL;
    Value maxsize = v_is_null(a[0]) ? v_from_smallint(128) : a[0];
    int typed = 0;
    if (!v_is_null(a[1])) {
        typed = obj_truthy(a[1]);
        if (typed < 0) return V_NULL;
    }
    Value msv;
    if (v_is_int_or_bool(maxsize) || (v_type(maxsize)->flags & TPFLAG_INT_SUBCLASS)) {
        int64_t m;
        if (obj_as_index_i64(maxsize, &m) < 0) return V_NULL;
        msv = int_from_i64(m < 0 ? 0 : m);
    } else if (is_callable(maxsize) && (v_is_null(a[1]) || v_is_bool(a[1]))) {
        return lru_wrapper_new(maxsize, 128, typed);
    } else if (maxsize == V_NONE) {
        msv = V_NONE;
    } else {
        return err_format(&Exc_TypeError, "Expected first argument to be an integer, a callable, or None");
    }
    Value params = tuple_pack(2, msv, v_from_bool(typed));
    v_decref(msv);
    if (v_is_null(params)) return V_NULL;
    Value f = cfunc_new("decorating_function", lru_decorating_function, params);
    v_decref(params);
    return f;
}

static Value ft_cache(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"user_function"};
    Value a[1];
    if (args_parse("cache", args, nargs, kwnames, names, 1, 1, 1, a) < 0) return V_NULL;
    return lru_wrapper_new(a[0], -1, false);
}

/* ---- update_wrapper, wraps ------------------------------------------------------------------- */

static Value wrapper_assignments, wrapper_updates;   /* the default tuples, immortal */

/* assigned/updated V_NULL: the defaults. New reference to wrapper. */
static Value update_wrapper_impl(Value wrapper, Value wrapped, Value assigned, Value updated) {
    if (v_is_null(assigned)) assigned = wrapper_assignments;
    if (v_is_null(updated)) updated = wrapper_updates;
    Value it = obj_iter(assigned);
    if (v_is_null(it)) return V_NULL;
    for (;;) {
        Value name = obj_iternext(it);
        if (v_is_null(name)) break;
        Value value;
        int has = obj_lookup_attr(wrapped, name, &value);
        int r = has;
        if (has > 0) {
            r = obj_setattr(wrapper, name, value);
            v_decref(value);
        }
        v_decref(name);
        if (r < 0) break;
    }
    v_decref(it);
    if (err_occurred()) return V_NULL;
    it = obj_iter(updated);
    if (v_is_null(it)) return V_NULL;
    for (;;) {
        Value name = obj_iternext(it);
        if (v_is_null(name)) break;
        Value target = obj_getattr(wrapper, name), source = V_NULL;
        int r = -1;
        if (!v_is_null(target)) {
            int has = obj_lookup_attr(wrapped, name, &source);
            if (has > 0) {
                Value res = obj_call_method(target, "update", &source, 1);
                r = v_is_null(res) ? -1 : 0;
                v_decref(res);
            } else {
                r = has;
            }
        }
        v_decref(source);
        v_decref(target);
        v_decref(name);
        if (r < 0) break;
    }
    v_decref(it);
    if (err_occurred()) return V_NULL;
    if (obj_setattr(wrapper, str_intern_cstr("__wrapped__"), wrapped) < 0) return V_NULL;
    return v_newref(wrapper);
}

static const char *const update_wrapper_names[] = {"wrapper", "wrapped", "assigned", "updated"};

static Value ft_update_wrapper(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    Value a[4];
    if (args_parse("update_wrapper", args, nargs, kwnames, update_wrapper_names, 4, 4, 2, a) < 0)
        return V_NULL;
    return update_wrapper_impl(a[0], a[1], a[2], a[3]);
}

static Value update_wrapper_func = V_NULL;   /* the module's update_wrapper, for wraps */

static Value ft_wraps(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"wrapped", "assigned", "updated"};
    Value a[3];
    if (args_parse("wraps", args, nargs, kwnames, names, 3, 3, 1, a) < 0) return V_NULL;
    Value kw = dict_new();
    if (v_is_null(kw)) return V_NULL;
    if (dict_set_cstr(kw, "wrapped", a[0]) < 0 ||
        dict_set_cstr(kw, "assigned", v_is_null(a[1]) ? wrapper_assignments : a[1]) < 0 ||
        dict_set_cstr(kw, "updated", v_is_null(a[2]) ? wrapper_updates : a[2]) < 0) {
        v_decref(kw);
        return V_NULL;
    }
    return partial_make(&PartialType, update_wrapper_func, tuple_empty(), kw);
}

/* ---- the module ------------------------------------------------------------------------------ */

static const MethodDef functools_functions[] = {
    {"reduce", ft_reduce, 0, NULL},
    {"cmp_to_key", ft_cmp_to_key, 0, NULL},
    {"lru_cache", ft_lru_cache, 0, NULL},
    {"cache", ft_cache, 0, NULL},
    {"update_wrapper", ft_update_wrapper, 0, NULL},
    {"wraps", ft_wraps, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value string_tuple(const char *const *names, int n) {
    Value t = tuple_new(n);
    if (v_is_null(t)) return V_NULL;
    for (int i = 0; i < n; i++) tuple_items(t)[i] = v_newref(str_intern_cstr(names[i]));
    obj_make_immortal(v_as_obj(t));
    return t;
}

Value module_init_functools(void) {
    if (v_is_null(kwd_mark_obj)) {
        static const char *const assigned[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                               "__annotations__"};
        static const char *const updated[] = {"__dict__"};
        kwd_mark_obj = obj_call0(v_from_obj(&ObjectType));
        wrapper_assignments = string_tuple(assigned, 5);
        wrapper_updates = string_tuple(updated, 1);
        if (v_is_null(kwd_mark_obj) || v_is_null(wrapper_assignments) || v_is_null(wrapper_updates))
            return V_NULL;
        obj_make_immortal(v_as_obj(kwd_mark_obj));
    }
    Value m = mod_create("_functools", functools_functions);
    if (v_is_null(m)) return V_NULL;
    Value d = module_dict(m);
    v_setref(&update_wrapper_func, v_newref(dict_get_cstr(d, "update_wrapper")));
    if (mod_add_type(m, "partial", &PartialType) < 0 || mod_add_type(m, "KeyWrapper", &KeyWrapperType) < 0 ||
        mod_add_type(m, "_lru_cache_wrapper", &LruWrapperType) < 0 ||
        mod_add_type(m, "_CacheInfo", &CacheInfoType) < 0 || type_ready(&LruNodeType) < 0 ||
        dict_set_cstr(d, "WRAPPER_ASSIGNMENTS", wrapper_assignments) < 0 ||
        dict_set_cstr(d, "WRAPPER_UPDATES", wrapper_updates) < 0) {
        v_decref(m);
        return V_NULL;
    }
    return m;
}

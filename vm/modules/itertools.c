/* itertools.c: the itertools module, in C as CPython's, with its
 * semantics, messages and reprs (3.11).
 *
 * The combinatoric iterators (product, combinations, ...) keep the last
 * result tuple and reuse it in place when the consumer has already dropped
 * it (refcount 1: only we hold it), as CPython does; a tuple nobody else
 * sees may be mutated without breaking immutability. */
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../int.h"
#include "../list.h"

static Value self_iter(Value self) { return v_newref(self); }

/* Frees the object after releasing the n Values at fields (consecutive
 * Value members of the struct); keeps the deallocs short. */
static void release_values(Value *fields, int n) {
    for (int i = 0; i < n; i++) v_clear(&fields[i]);
}

/* A tuple nobody else holds may be updated in place; otherwise copy it. */
static Value reusable_result(Value *slot) {
    Value r = *slot;
    if (v_as_obj(r)->refcnt == 1) return r;
    Value c = tuple_from_array(tuple_items(r), tuple_size(r));
    if (v_is_null(c)) return V_NULL;
    v_setref(slot, c);
    return c;
}

static inline void tuple_replace(Value t, int64_t i, Value v) {
    v_setref(&tuple_items(t)[i], v_newref(v));
}

/* ---- count ------------------------------------------------------------------------ */

typedef struct {
    Object ob;
    Value cnt;
    Value step;
} CountObject;

static bool is_number(Value v) {
    if (v_is_int_or_bool(v) || v_is_float(v)) return true;
    TypeObject *t = v_type(v);
    return t->nb_index || t->nb_int || t->nb_float;
}

static Value count_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"start", "step"};
    Value a[2];
    if (args_parse("count", args, nargs, kwnames, names, 2, 2, 0, a) < 0) return V_NULL;
    Value start = v_is_null(a[0]) ? v_from_smallint(0) : a[0];
    Value step = v_is_null(a[1]) ? v_from_smallint(1) : a[1];
    if (!is_number(start) || !is_number(step))
        return err_format(&Exc_TypeError, "a number is required");
    CountObject *c = (CountObject *)obj_alloc(type, type->basicsize);
    if (!c) return V_NULL;
    c->cnt = v_newref(start);
    c->step = v_newref(step);
    return v_from_obj(c);
}

static Value count_next(Value self) {
    CountObject *c = (CountObject *)v_as_obj(self);
    Value r = c->cnt;
    Value n;
    if (v_is_smallint(r) && v_is_smallint(c->step)) {
        int64_t s = v_as_smallint(r) + v_as_smallint(c->step);   /* cannot overflow int64 */
        n = smallint_fits(s) ? v_from_smallint(s) : int_from_i64(s);
    } else {
        n = obj_binary_op(r, c->step, NB_ADD);
    }
    if (v_is_null(n)) return V_NULL;
    c->cnt = n;          /* the old count's reference passes to the caller */
    return r;
}

static Value count_repr(Value self) {
    CountObject *c = (CountObject *)v_as_obj(self);
    Value a = obj_repr(c->cnt);
    if (v_is_null(a)) return V_NULL;
    bool unit_step = v_is_int(c->step) && int_compare(c->step, v_from_smallint(1)) == 0;
    if (v_is_bool(c->step) && c->step == V_TRUE) unit_step = true;
    Value r;
    if (unit_step) {
        r = str_printf("%s(%s)", "count", str_data(a));
    } else {
        Value b = obj_repr(c->step);
        if (v_is_null(b)) { v_decref(a); return V_NULL; }
        r = str_printf("count(%s, %s)", str_data(a), str_data(b));
        v_decref(b);
    }
    v_decref(a);
    return r;
}

static void count_dealloc(Object *o) {
    release_values(&((CountObject *)o)->cnt, 2);
    obj_free(o);
}

static TypeObject CountType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "itertools.count",
    .basicsize = sizeof(CountObject),
    .flags = TPFLAG_BASETYPE,
    .dealloc = count_dealloc,
    .repr = count_repr,
    .iter = self_iter,
    .iternext = count_next,
    .construct = count_construct,
};

/* ---- cycle ------------------------------------------------------------------------ */

typedef struct {
    Object ob;
    Value it;              /* V_NULL once the source is exhausted */
    Value saved;           /* list */
    int64_t index;
} CycleObject;

static Value cycle_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("cycle", nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value it = obj_iter(args[0]);
    if (v_is_null(it)) return V_NULL;
    Value saved = list_new(0);
    CycleObject *c = v_is_null(saved) ? NULL : (CycleObject *)obj_alloc(type, type->basicsize);
    if (!c) { v_decref(it); v_decref(saved); return V_NULL; }
    c->it = it;
    c->saved = saved;
    c->index = 0;
    return v_from_obj(c);
}

static Value cycle_next(Value self) {
    CycleObject *c = (CycleObject *)v_as_obj(self);
    if (!v_is_null(c->it)) {
        Value item = obj_iternext(c->it);
        if (!v_is_null(item)) {
            if (list_append(c->saved, item) < 0) { v_decref(item); return V_NULL; }
            return item;
        }
        if (err_occurred()) return V_NULL;
        v_clear(&c->it);
    }
    int64_t n = list_size(c->saved);
    if (n == 0) return V_NULL;
    if (c->index >= n) c->index = 0;
    Value item = list_items(c->saved)[c->index++];
    if (c->index >= n) c->index = 0;
    return v_newref(item);
}

static void cycle_dealloc(Object *o) {
    release_values(&((CycleObject *)o)->it, 2);
    obj_free(o);
}

static TypeObject CycleType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "itertools.cycle",
    .basicsize = sizeof(CycleObject),
    .flags = TPFLAG_BASETYPE,
    .dealloc = cycle_dealloc,
    .iter = self_iter,
    .iternext = cycle_next,
    .construct = cycle_construct,
};

/* ---- repeat ------------------------------------------------------------------------- */

typedef struct {
    Object ob;
    Value element;
    int64_t cnt;           /* -1: forever */
} RepeatObject;

static Value repeat_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"object", "times"};
    Value a[2];
    if (args_parse("repeat", args, nargs, kwnames, names, 2, 2, 1, a) < 0) return V_NULL;
    int64_t cnt = -1;
    if (!v_is_null(a[1])) {
        if (obj_as_index_i64(a[1], &cnt) < 0) return V_NULL;
        if (cnt < 0) cnt = 0;
    }
    RepeatObject *r = (RepeatObject *)obj_alloc(type, type->basicsize);
    if (!r) return V_NULL;
    r->element = v_newref(a[0]);
    r->cnt = cnt;
    return v_from_obj(r);
}

static Value repeat_next(Value self) {
    RepeatObject *r = (RepeatObject *)v_as_obj(self);
    if (r->cnt == 0) return V_NULL;
    if (r->cnt > 0) r->cnt--;
    return v_newref(r->element);
}

static Value repeat_repr(Value self) {
    RepeatObject *r = (RepeatObject *)v_as_obj(self);
    Value e = obj_repr(r->element);
    if (v_is_null(e)) return V_NULL;
    Value s = r->cnt == -1 ? str_printf("repeat(%s)", str_data(e))
                           : str_printf("repeat(%s, %lld)", str_data(e), (long long)r->cnt);
    v_decref(e);
    return s;
}

static Value repeat_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (mod_positional("__length_hint__", nargs, kwnames, 0, 0) < 0) return V_NULL;
    RepeatObject *r = (RepeatObject *)v_as_obj(self);
    if (r->cnt == -1) return err_format(&Exc_TypeError, "len() of unsized object");
    return int_from_i64(r->cnt);
}

static const MethodDef repeat_methods[] = {
    {"__length_hint__", repeat_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static void repeat_dealloc(Object *o) {
    v_decref(((RepeatObject *)o)->element);
    obj_free(o);
}

static TypeObject RepeatType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "itertools.repeat",
    .basicsize = sizeof(RepeatObject),
    .flags = TPFLAG_BASETYPE,
    .dealloc = repeat_dealloc,
    .repr = repeat_repr,
    .iter = self_iter,
    .iternext = repeat_next,
    .construct = repeat_construct,
    .methods = repeat_methods,
};

/* ---- accumulate ---------------------------------------------------------------------- */

typedef struct {
    Object ob;
    Value it;
    Value func;            /* V_NONE: + */
    Value total;           /* V_NULL before the first item */
    Value initial;         /* V_NONE once produced (or never given) */
} AccumulateObject;

static Value accumulate_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"iterable", "func", "initial"};
    Value a[3];
    if (args_parse("accumulate", args, nargs, kwnames, names, 3, 2, 1, a) < 0) return V_NULL;
    Value it = obj_iter(a[0]);
    if (v_is_null(it)) return V_NULL;
    AccumulateObject *r = (AccumulateObject *)obj_alloc(type, type->basicsize);
    if (!r) { v_decref(it); return V_NULL; }
    r->it = it;
    r->func = v_newref(v_is_null(a[1]) ? V_NONE : a[1]);
    r->total = V_NULL;
    r->initial = v_newref(v_is_null(a[2]) ? V_NONE : a[2]);
    return v_from_obj(r);
}

static Value accumulate_next(Value self) {
    AccumulateObject *r = (AccumulateObject *)v_as_obj(self);
    if (r->initial != V_NONE) {
        r->total = r->initial;      /* the reference moves */
        r->initial = V_NONE;
        return v_newref(r->total);
    }
    Value val = obj_iternext(r->it);
    if (v_is_null(val)) return V_NULL;
    if (v_is_null(r->total)) {
        r->total = val;
        return v_newref(val);
    }
    Value nt;
    if (r->func == V_NONE) {
        nt = obj_binary_op(r->total, val, NB_ADD);
    } else {
        Value cargs[2] = {r->total, val};
        nt = obj_call(r->func, cargs, 2, V_NULL);
    }
    v_decref(val);
    if (v_is_null(nt)) return V_NULL;
    v_setref(&r->total, nt);
    return v_newref(nt);
}

static void accumulate_dealloc(Object *o) {
    release_values(&((AccumulateObject *)o)->it, 4);
    obj_free(o);
}

static TypeObject AccumulateType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "itertools.accumulate",
    .basicsize = sizeof(AccumulateObject),
    .flags = TPFLAG_BASETYPE,
    .dealloc = accumulate_dealloc,
    .iter = self_iter,
    .iternext = accumulate_next,
    .construct = accumulate_construct,
};

static TypeObject ChainType;

/* ---- chain -------------------------------------------------------------------------- */

typedef struct {
    Object ob;
    Value source;          /* iterator over the iterables; V_NULL when done */
    Value active;          /* iterator of the current iterable, or V_NULL */
} ChainObject;

static Value chain_alloc(TypeObject *type, Value source) {   /* steals source */
    ChainObject *c = (ChainObject *)obj_alloc(type, type->basicsize);
    if (!c) { v_decref(source); return V_NULL; }
    c->source = source;
    c->active = V_NULL;
    return v_from_obj(c);
}

static Value chain_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (mod_no_kwargs("chain", kwnames) < 0) return V_NULL;
    Value t = tuple_from_array(args, (int64_t)nargs);
    if (v_is_null(t)) return V_NULL;
    Value src = obj_iter(t);
    v_decref(t);
    if (v_is_null(src)) return V_NULL;
    return chain_alloc(type, src);
}

/* chain.from_iterable(iterable): a class method (self is the type). */
static Value chain_from_iterable(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_no_kwargs("from_iterable", kwnames) < 0) return V_NULL;
    if (nargs != 1)
        return err_format(&Exc_TypeError, "chain.from_iterable() takes exactly one argument (%zu given)", nargs);
    Value src = obj_iter(args[0]);
    if (v_is_null(src)) return V_NULL;
    TypeObject *t = v_is_ptr(self) && type_is_subtype(v_type(self), &TypeType)
                        ? (TypeObject *)v_as_obj(self) : NULL;
    return chain_alloc(t ? t : &ChainType, src);
}

static Value chain_next(Value self) {
    ChainObject *c = (ChainObject *)v_as_obj(self);
    while (!v_is_null(c->source)) {
        if (v_is_null(c->active)) {
            Value iterable = obj_iternext(c->source);
            if (v_is_null(iterable)) { v_clear(&c->source); return V_NULL; }
            c->active = obj_iter(iterable);
            v_decref(iterable);
            if (v_is_null(c->active)) { v_clear(&c->source); return V_NULL; }
        }
        Value item = obj_iternext(c->active);
        if (!v_is_null(item)) return item;
        if (err_occurred()) return V_NULL;
        v_clear(&c->active);
    }
    return V_NULL;
}

static void chain_dealloc(Object *o) {
    release_values(&((ChainObject *)o)->source, 2);
    obj_free(o);
}

static const MethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static TypeObject ChainType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "itertools.chain",
    .basicsize = sizeof(ChainObject),
    .flags = TPFLAG_BASETYPE,
    .dealloc = chain_dealloc,
    .iter = self_iter,
    .iternext = chain_next,
    .construct = chain_construct,
    .methods = chain_methods,
};

/* ---- compress, dropwhile, takewhile, filterfalse, starmap ------------------------------ */

/* The predicate iterators share one layout: a function and an iterator. */
typedef struct {
    Object ob;
    Value func;            /* compress: the selectors iterator */
    Value it;
    bool flag;             /* dropwhile: started; takewhile: stopped */
} PredObject;

static Value pred_alloc(TypeObject *type, Value func, Value iterable, bool func_is_iterable) {
    Value it = obj_iter(iterable);
    if (v_is_null(it)) return V_NULL;
    Value f;
    if (func_is_iterable) {
        f = obj_iter(func);
        if (v_is_null(f)) { v_decref(it); return V_NULL; }
    } else {
        f = v_newref(func);
    }
    PredObject *p = (PredObject *)obj_alloc(type, type->basicsize);
    if (!p) { v_decref(it); v_decref(f); return V_NULL; }
    p->func = f;
    p->it = it;
    p->flag = false;
    return v_from_obj(p);
}

static void pred_dealloc(Object *o) {
    release_values(&((PredObject *)o)->func, 2);
    obj_free(o);
}

/* pred(item) as a truth value: 0/1, -1 on error. */
static int pred_test(Value func, Value item) {
    if (func == V_NONE || func == v_from_obj(&BoolType)) return obj_truthy(item);
    Value r = obj_call1(func, item);
    if (v_is_null(r)) return -1;
    int t = obj_truthy(r);
    v_decref(r);
    return t;
}

static Value compress_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"data", "selectors"};
    Value a[2];
    if (args_parse("compress", args, nargs, kwnames, names, 2, 2, 2, a) < 0) return V_NULL;
    /* data is iterated first, as CPython does. */
    Value data = obj_iter(a[0]);
    if (v_is_null(data)) return V_NULL;
    Value r = pred_alloc(type, a[1], data, true);
    v_decref(data);
    return r;
}

static Value compress_next(Value self) {
    PredObject *p = (PredObject *)v_as_obj(self);
    for (;;) {
        Value datum = obj_iternext(p->it);
        if (v_is_null(datum)) return V_NULL;
        Value sel = obj_iternext(p->func);
        if (v_is_null(sel)) { v_decref(datum); return V_NULL; }
        int ok = obj_truthy(sel);
        v_decref(sel);
        if (ok > 0) return datum;
        v_decref(datum);
        if (ok < 0) return V_NULL;
    }
}

static Value dropwhile_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("dropwhile", nargs, kwnames, 2, 2) < 0) return V_NULL;
    return pred_alloc(type, args[0], args[1], false);
}

static Value dropwhile_next(Value self) {
    PredObject *p = (PredObject *)v_as_obj(self);
    for (;;) {
        Value item = obj_iternext(p->it);
        if (v_is_null(item)) return V_NULL;
        if (p->flag) return item;
        Value good = obj_call1(p->func, item);
        if (v_is_null(good)) { v_decref(item); return V_NULL; }
        int ok = obj_truthy(good);
        v_decref(good);
        if (ok == 0) { p->flag = true; return item; }
        v_decref(item);
        if (ok < 0) return V_NULL;
    }
}

static Value takewhile_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("takewhile", nargs, kwnames, 2, 2) < 0) return V_NULL;
    return pred_alloc(type, args[0], args[1], false);
}

static Value takewhile_next(Value self) {
    PredObject *p = (PredObject *)v_as_obj(self);
    if (p->flag) return V_NULL;
    Value item = obj_iternext(p->it);
    if (v_is_null(item)) return V_NULL;
    Value good = obj_call1(p->func, item);
    if (v_is_null(good)) { v_decref(item); return V_NULL; }
    int ok = obj_truthy(good);
    v_decref(good);
    if (ok > 0) return item;
    v_decref(item);
    if (ok == 0) p->flag = true;
    return V_NULL;
}

static Value filterfalse_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("filterfalse", nargs, kwnames, 2, 2) < 0) return V_NULL;
    return pred_alloc(type, args[0], args[1], false);
}

static Value filterfalse_next(Value self) {
    PredObject *p = (PredObject *)v_as_obj(self);
    for (;;) {
        Value item = obj_iternext(p->it);
        if (v_is_null(item)) return V_NULL;
        int ok = pred_test(p->func, item);
        if (ok == 0) return item;
        v_decref(item);
        if (ok < 0) return V_NULL;
    }
}

static Value starmap_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("starmap", nargs, kwnames, 2, 2) < 0) return V_NULL;
    return pred_alloc(type, args[0], args[1], false);
}

static Value starmap_next(Value self) {
    PredObject *p = (PredObject *)v_as_obj(self);
    Value a = obj_iternext(p->it);
    if (v_is_null(a)) return V_NULL;
    if (!v_is_tuple(a)) {
        Value t = tuple_from_iterable(a);
        v_decref(a);
        if (v_is_null(t)) return V_NULL;
        a = t;
    }
    Value r = obj_call(p->func, tuple_items(a), (size_t)tuple_size(a), V_NULL);
    v_decref(a);
    return r;
}

#define PRED_TYPE(cname, pyname, ctor, next)       \
    static TypeObject cname = {                    \
        .ob = OBJECT_HEAD_INIT(&TypeType),         \
        .name = pyname,                            \
        .basicsize = sizeof(PredObject),           \
        .flags = TPFLAG_BASETYPE,                  \
        .dealloc = pred_dealloc,                   \
        .iter = self_iter,                         \
        .iternext = next,                          \
        .construct = ctor,                         \
    }
PRED_TYPE(CompressType, "itertools.compress", compress_construct, compress_next);
PRED_TYPE(DropwhileType, "itertools.dropwhile", dropwhile_construct, dropwhile_next);
PRED_TYPE(TakewhileType, "itertools.takewhile", takewhile_construct, takewhile_next);
PRED_TYPE(FilterfalseType, "itertools.filterfalse", filterfalse_construct, filterfalse_next);
PRED_TYPE(StarmapType, "itertools.starmap", starmap_construct, starmap_next);

/* ---- groupby -------------------------------------------------------------------------
 *
 * The groups share the parent's iterator: a _grouper yields only while it
 * is the parent's current grouper (advancing the parent invalidates it) and
 * the current key equals its target key. currgrouper is a borrowed pointer
 * used only for that identity test. */

typedef struct {
    Object ob;
    Value it;
    Value keyfunc;         /* V_NONE: identity */
    Value tgtkey, currkey, currvalue;   /* V_NULL when absent */
    Object *currgrouper;   /* borrowed */
} GroupbyObject;

typedef struct {
    Object ob;
    Value parent;
    Value tgtkey;
} GrouperObject;

static TypeObject GrouperType;

static Value groupby_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"iterable", "key"};
    Value a[2];
    if (args_parse("groupby", args, nargs, kwnames, names, 2, 2, 1, a) < 0) return V_NULL;
    Value it = obj_iter(a[0]);
    if (v_is_null(it)) return V_NULL;
    GroupbyObject *g = (GroupbyObject *)obj_alloc(type, type->basicsize);
    if (!g) { v_decref(it); return V_NULL; }
    g->it = it;
    g->keyfunc = v_newref(v_is_null(a[1]) ? V_NONE : a[1]);
    g->tgtkey = g->currkey = g->currvalue = V_NULL;
    g->currgrouper = NULL;
    return v_from_obj(g);
}

/* Advances to the next value: 0, or -1 when exhausted or on error. */
static int groupby_step(GroupbyObject *g) {
    Value nv = obj_iternext(g->it);
    if (v_is_null(nv)) return -1;
    Value nk;
    if (g->keyfunc == V_NONE) {
        nk = v_newref(nv);
    } else {
        nk = obj_call1(g->keyfunc, nv);
        if (v_is_null(nk)) { v_decref(nv); return -1; }
    }
    v_setref(&g->currvalue, nv);
    v_setref(&g->currkey, nk);
    return 0;
}

static Value groupby_next(Value self) {
    GroupbyObject *g = (GroupbyObject *)v_as_obj(self);
    g->currgrouper = NULL;
    for (;;) {
        if (v_is_null(g->currkey)) {
            /* nothing read yet, or the grouper consumed the current value */
        } else if (v_is_null(g->tgtkey)) {
            break;
        } else {
            int eq = obj_eq(g->tgtkey, g->currkey);
            if (eq < 0) return V_NULL;
            if (eq == 0) break;
        }
        if (groupby_step(g) < 0) return V_NULL;
    }
    v_setref(&g->tgtkey, v_newref(g->currkey));
    GrouperObject *gr = (GrouperObject *)obj_alloc(&GrouperType, sizeof(GrouperObject));
    if (!gr) return V_NULL;
    gr->parent = v_newref(self);
    gr->tgtkey = v_newref(g->tgtkey);
    g->currgrouper = &gr->ob;
    Value t = tuple_new(2);
    if (v_is_null(t)) { v_decref(v_from_obj(gr)); return V_NULL; }
    tuple_items(t)[0] = v_newref(g->currkey);
    tuple_items(t)[1] = v_from_obj(gr);
    return t;
}

static void groupby_dealloc(Object *o) {
    release_values(&((GroupbyObject *)o)->it, 5);
    obj_free(o);
}

static TypeObject GroupbyType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "itertools.groupby",
    .basicsize = sizeof(GroupbyObject),
    .flags = TPFLAG_BASETYPE,
    .dealloc = groupby_dealloc,
    .iter = self_iter,
    .iternext = groupby_next,
    .construct = groupby_construct,
};

static Value grouper_next(Value self) {
    GrouperObject *gr = (GrouperObject *)v_as_obj(self);
    GroupbyObject *g = (GroupbyObject *)v_as_obj(gr->parent);
    if (g->currgrouper != &gr->ob) return V_NULL;
    if (v_is_null(g->currvalue)) {
        if (groupby_step(g) < 0) return V_NULL;
    }
    int eq = obj_eq(gr->tgtkey, g->currkey);
    if (eq <= 0) return V_NULL;
    Value r = g->currvalue;          /* the reference moves to the caller */
    g->currvalue = V_NULL;
    v_clear(&g->currkey);
    return r;
}

static void grouper_dealloc(Object *o) {
    GrouperObject *gr = (GrouperObject *)o;
    GroupbyObject *g = (GroupbyObject *)v_as_obj(gr->parent);
    if (g->currgrouper == o) g->currgrouper = NULL;
    release_values(&gr->parent, 2);
    obj_free(o);
}

static TypeObject GrouperType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "itertools._grouper",
    .basicsize = sizeof(GrouperObject),
    .dealloc = grouper_dealloc,
    .iter = self_iter,
    .iternext = grouper_next,
};

/* ---- islice ---------------------------------------------------------------------------- */

typedef struct {
    Object ob;
    Value it;              /* V_NULL once exhausted */
    int64_t next;          /* index of the next item to produce */
    int64_t stop;          /* -1: no stop */
    int64_t step;
    int64_t cnt;           /* items consumed from it */
} IsliceObject;

static const char islice_stop_msg[] =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

/* PyNumber_AsSsize_t with the error swallowed, as islice does: -1 on any failure. */
static int64_t islice_index(Value v) {
    int64_t r;
    if (obj_as_index_i64(v, &r) < 0) { err_clear(); return -1; }
    return r;
}

static Value islice_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("islice", nargs, kwnames, 2, 4) < 0) return V_NULL;
    int64_t start = 0, stop = -1, step = 1;
    if (nargs == 2) {
        if (args[1] != V_NONE) {
            stop = islice_index(args[1]);
            if (stop == -1) return err_format(&Exc_ValueError, islice_stop_msg);
        }
    } else {
        if (args[1] != V_NONE) start = islice_index(args[1]);
        if (args[2] != V_NONE) {
            stop = islice_index(args[2]);
            if (stop == -1) return err_format(&Exc_ValueError, islice_stop_msg);
        }
    }
    if (start < 0 || stop < -1)
        return err_format(&Exc_ValueError,
                          "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    if (nargs == 4 && args[3] != V_NONE) step = islice_index(args[3]);
    if (step < 1) return err_format(&Exc_ValueError, "Step for islice() must be a positive integer or None.");
    Value it = obj_iter(args[0]);
    if (v_is_null(it)) return V_NULL;
    IsliceObject *s = (IsliceObject *)obj_alloc(type, type->basicsize);
    if (!s) { v_decref(it); return V_NULL; }
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    s->cnt = 0;
    return v_from_obj(s);
}

static Value islice_next(Value self) {
    IsliceObject *s = (IsliceObject *)v_as_obj(self);
    if (v_is_null(s->it)) return V_NULL;
    while (s->cnt < s->next) {
        Value item = obj_iternext(s->it);
        if (v_is_null(item)) goto empty;
        v_decref(item);
        s->cnt++;
    }
    if (s->stop != -1 && s->cnt >= s->stop) goto empty;
    Value item = obj_iternext(s->it);
    if (v_is_null(item)) goto empty;
    s->cnt++;
    int64_t old = s->next;
    s->next += s->step;
    if (s->next < old || (s->stop != -1 && s->next > s->stop)) s->next = s->stop;
    return item;
empty:
    /* An error stays pending; exhaustion and errors both end the slice. */
    v_clear(&s->it);
    return V_NULL;
}

static void islice_dealloc(Object *o) {
    v_decref(((IsliceObject *)o)->it);
    obj_free(o);
}

static TypeObject IsliceType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "itertools.islice",
    .basicsize = sizeof(IsliceObject),
    .flags = TPFLAG_BASETYPE,
    .dealloc = islice_dealloc,
    .iter = self_iter,
    .iternext = islice_next,
    .construct = islice_construct,
};

/* ---- pairwise ----------------------------------------------------------------------------- */

typedef struct {
    Object ob;
    Value it;              /* V_NULL once exhausted */
    Value old;
} PairwiseObject;

static Value pairwise_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("pairwise", nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value it = obj_iter(args[0]);
    if (v_is_null(it)) return V_NULL;
    PairwiseObject *p = (PairwiseObject *)obj_alloc(type, type->basicsize);
    if (!p) { v_decref(it); return V_NULL; }
    p->it = it;
    p->old = V_NULL;
    return v_from_obj(p);
}

static Value pairwise_next(Value self) {
    PairwiseObject *p = (PairwiseObject *)v_as_obj(self);
    if (v_is_null(p->it)) return V_NULL;
    if (v_is_null(p->old)) {
        p->old = obj_iternext(p->it);
        if (v_is_null(p->old)) { v_clear(&p->it); return V_NULL; }
    }
    Value nw = obj_iternext(p->it);
    if (v_is_null(nw)) { v_clear(&p->it); v_clear(&p->old); return V_NULL; }
    Value t = tuple_new(2);
    if (v_is_null(t)) { v_decref(nw); return V_NULL; }
    tuple_items(t)[0] = p->old;      /* the reference moves into the tuple */
    tuple_items(t)[1] = v_newref(nw);
    p->old = nw;
    return t;
}

static void pairwise_dealloc(Object *o) {
    release_values(&((PairwiseObject *)o)->it, 2);
    obj_free(o);
}

static TypeObject PairwiseType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "itertools.pairwise",
    .basicsize = sizeof(PairwiseObject),
    .flags = TPFLAG_BASETYPE,
    .dealloc = pairwise_dealloc,
    .iter = self_iter,
    .iternext = pairwise_next,
    .construct = pairwise_construct,
};

/* ---- tee -----------------------------------------------------------------------------------
 *
 * The tee iterators of one tee() call share a linked list of buffers
 * (TeeData, LINKCELLS values each) filled from the one source iterator;
 * each tee holds its current buffer and an index into it. Buffers no tee
 * points to any more are freed as the references drop. */

#define LINKCELLS 57

typedef struct TeeData {
    Object ob;
    Value it;
    Value nextlink;        /* TeeData or V_NULL */
    int numread;
    bool running;
    Value values[LINKCELLS];
} TeeData;

typedef struct {
    Object ob;
    Value data;            /* TeeData */
    int index;
} TeeObject;

static TypeObject TeeDataType, TeeType;

static Value teedata_new(Value it) {
    TeeData *d = (TeeData *)obj_alloc(&TeeDataType, sizeof(TeeData));
    if (!d) return V_NULL;
    d->it = v_newref(it);
    d->nextlink = V_NULL;
    d->numread = 0;
    d->running = false;
    return v_from_obj(d);
}

/* Frees a chain of buffers iteratively, so a long-lived tee far ahead of
 * its sibling does not recurse once per buffer. */
static void teedata_dealloc(Object *o) {
    TeeData *d = (TeeData *)o;
    for (;;) {
        for (int i = 0; i < d->numread; i++) v_decref(d->values[i]);
        v_decref(d->it);
        Value next = d->nextlink;
        obj_free(&d->ob);
        if (v_is_null(next)) return;
        Object *n = v_as_obj(next);
        if (--n->refcnt > 0) return;
        d = (TeeData *)n;
    }
}

static TypeObject TeeDataType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "itertools._tee_dataobject",
    .basicsize = sizeof(TeeData),
    .dealloc = teedata_dealloc,
};

static Value tee_wrap(Value data, int index) {
    TeeObject *t = (TeeObject *)obj_alloc(&TeeType, sizeof(TeeObject));
    if (!t) return V_NULL;
    t->data = v_newref(data);
    t->index = index;
    return v_from_obj(t);
}

static Value tee_copy_of(Value self) {
    TeeObject *t = (TeeObject *)v_as_obj(self);
    return tee_wrap(t->data, t->index);
}

/* A tee over iterable: a copy if it already is a tee. New reference. */
static Value tee_from_iterable(Value iterable) {
    Value it = obj_iter(iterable);
    if (v_is_null(it)) return V_NULL;
    if (v_is_type(it, &TeeType)) {
        Value r = tee_copy_of(it);
        v_decref(it);
        return r;
    }
    Value d = teedata_new(it);
    v_decref(it);
    if (v_is_null(d)) return V_NULL;
    Value r = tee_wrap(d, 0);
    v_decref(d);
    return r;
}

static Value tee_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    (void)type;
    if (mod_positional("_tee", nargs, kwnames, 1, 1) < 0) return V_NULL;
    return tee_from_iterable(args[0]);
}

static Value tee_next(Value self) {
    TeeObject *t = (TeeObject *)v_as_obj(self);
    TeeData *d = (TeeData *)v_as_obj(t->data);
    if (t->index >= LINKCELLS) {
        if (v_is_null(d->nextlink)) {
            d->nextlink = teedata_new(d->it);
            if (v_is_null(d->nextlink)) return V_NULL;
        }
        Value nl = v_newref(d->nextlink);
        v_setref(&t->data, nl);
        t->index = 0;
        d = (TeeData *)v_as_obj(nl);
    }
    if (t->index < d->numread) return v_newref(d->values[t->index++]);
    if (d->running) return err_format(&Exc_RuntimeError, "cannot re-enter the tee iterator");
    d->running = true;
    Value v = obj_iternext(d->it);
    d->running = false;
    if (v_is_null(v)) return V_NULL;
    d->values[d->numread++] = v;
    t->index++;
    return v_newref(v);
}

static Value tee_m_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (mod_positional("__copy__", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return tee_copy_of(self);
}

static const MethodDef tee_methods[] = {
    {"__copy__", tee_m_copy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static void tee_dealloc(Object *o) {
    v_decref(((TeeObject *)o)->data);
    obj_free(o);
}

static TypeObject TeeType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "itertools._tee",
    .basicsize = sizeof(TeeObject),
    .dealloc = tee_dealloc,
    .iter = self_iter,
    .iternext = tee_next,
    .construct = tee_construct,
    .methods = tee_methods,
};

static Value it_tee(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("tee", nargs, kwnames, 1, 2) < 0) return V_NULL;
    int64_t n = 2;
    if (nargs == 2 && obj_as_index_i64(args[1], &n) < 0) return V_NULL;
    if (n < 0) return err_format(&Exc_ValueError, "n must be >= 0");
    Value result = tuple_new(n);
    if (v_is_null(result) || n == 0) return result;
    Value it = obj_iter(args[0]);
    if (v_is_null(it)) { v_decref(result); return V_NULL; }
    Value first, copyfunc = V_NULL;
    if (v_is_type(it, &TeeType)) {
        first = it;
    } else {
        int has = obj_lookup_attr(it, str_intern_cstr("__copy__"), &copyfunc);
        if (has < 0) { v_decref(it); v_decref(result); return V_NULL; }
        if (has) {
            first = it;
        } else {
            first = tee_from_iterable(it);
            v_decref(it);
            if (v_is_null(first)) { v_decref(result); return V_NULL; }
        }
    }
    tuple_items(result)[0] = first;
    for (int64_t i = 1; i < n; i++) {
        Value c = v_is_null(copyfunc) ? tee_copy_of(first) : obj_call0(copyfunc);
        if (v_is_null(c)) { v_decref(copyfunc); v_decref(result); return V_NULL; }
        tuple_items(result)[i] = c;
    }
    v_decref(copyfunc);
    return result;
}

/* ---- zip_longest ---------------------------------------------------------------------------- */

typedef struct {
    Object ob;
    Value fillvalue;
    int64_t n;
    int64_t numactive;
    Value *iters;          /* V_NULL entries are exhausted */
} ZipLongestObject;

static Value ziplongest_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    Value fill = V_NONE;
    if (mod_has_kwargs(kwnames)) {
        for (int64_t i = 0; i < tuple_size(kwnames); i++) {
            if (!str_eq_cstr(tuple_items(kwnames)[i], "fillvalue"))
                return err_format(&Exc_TypeError, "zip_longest() got an unexpected keyword argument");
            fill = args[nargs + (size_t)i];
        }
    }
    Value *iters = mem_alloc(sizeof(Value) * (nargs ? nargs : 1));
    if (!iters) return err_nomem();
    for (size_t i = 0; i < nargs; i++) {
        iters[i] = obj_iter(args[i]);
        if (v_is_null(iters[i])) {
            for (size_t j = 0; j < i; j++) v_decref(iters[j]);
            mem_free(iters);
            return V_NULL;
        }
    }
    ZipLongestObject *z = (ZipLongestObject *)obj_alloc(type, type->basicsize);
    if (!z) {
        for (size_t j = 0; j < nargs; j++) v_decref(iters[j]);
        mem_free(iters);
        return V_NULL;
    }
    z->fillvalue = v_newref(fill);
    z->n = z->numactive = (int64_t)nargs;
    z->iters = iters;
    return v_from_obj(z);
}

static Value ziplongest_next(Value self) {
    ZipLongestObject *z = (ZipLongestObject *)v_as_obj(self);
    if (z->n == 0 || z->numactive == 0) return V_NULL;
    Value t = tuple_new(z->n);
    if (v_is_null(t)) return V_NULL;
    for (int64_t i = 0; i < z->n; i++) {
        Value item;
        if (v_is_null(z->iters[i])) {
            item = v_newref(z->fillvalue);
        } else {
            item = obj_iternext(z->iters[i]);
            if (v_is_null(item)) {
                z->numactive--;
                if (z->numactive == 0 || err_occurred()) {
                    z->numactive = 0;
                    v_decref(t);
                    return V_NULL;
                }
                item = v_newref(z->fillvalue);
                v_clear(&z->iters[i]);
            }
        }
        tuple_items(t)[i] = item;
    }
    return t;
}

static void ziplongest_dealloc(Object *o) {
    ZipLongestObject *z = (ZipLongestObject *)o;
    for (int64_t i = 0; i < z->n; i++) v_decref(z->iters[i]);
    mem_free(z->iters);
    v_decref(z->fillvalue);
    obj_free(o);
}

static TypeObject ZipLongestType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "itertools.zip_longest",
    .basicsize = sizeof(ZipLongestObject),
    .flags = TPFLAG_BASETYPE,
    .dealloc = ziplongest_dealloc,
    .iter = self_iter,
    .iternext = ziplongest_next,
    .construct = ziplongest_construct,
};

/* ---- product, combinations, combinations_with_replacement, permutations ---------------------- */

/* One layout for the four: a pool (product: a tuple of pools), index
 * arrays, the last result, and whether iteration has ended. */
typedef struct {
    Object ob;
    Value pool;            /* tuple (product: tuple of tuples, one per position) */
    Value result;          /* V_NULL before the first result */
    int64_t *indices;
    int64_t *cycles;       /* permutations only */
    int64_t r;
    bool stopped;
} CombObject;

static void comb_dealloc(Object *o) {
    CombObject *c = (CombObject *)o;
    v_decref(c->pool);
    v_decref(c->result);
    mem_free(c->indices);
    mem_free(c->cycles);
    obj_free(o);
}

static Value comb_alloc(TypeObject *type, Value pool, int64_t r, int64_t nindices, bool cycles) {
    CombObject *c = (CombObject *)obj_alloc(type, type->basicsize);
    if (!c) { v_decref(pool); return V_NULL; }
    c->pool = pool;
    c->result = V_NULL;
    c->r = r;
    c->stopped = false;
    c->indices = mem_calloc((size_t)(nindices > 0 ? nindices : 1), sizeof(int64_t));
    c->cycles = cycles ? mem_calloc((size_t)(r > 0 ? r : 1), sizeof(int64_t)) : NULL;
    if (!c->indices || (cycles && !c->cycles)) {
        v_decref(v_from_obj(c));
        return err_nomem();
    }
    return v_from_obj(c);
}

static Value product_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    int64_t repeat = 1;
    if (mod_has_kwargs(kwnames)) {
        for (int64_t i = 0; i < tuple_size(kwnames); i++) {
            Value k = tuple_items(kwnames)[i];
            if (!str_eq_cstr(k, "repeat"))
                return err_format(&Exc_TypeError, "'%s' is an invalid keyword argument for product()",
                                  str_data(k));
            if (obj_as_index_i64(args[nargs + (size_t)i], &repeat) < 0) return V_NULL;
        }
        if (repeat < 0) return err_format(&Exc_ValueError, "repeat argument cannot be negative");
    }
    if (repeat && (int64_t)nargs > INT64_MAX / 16 / repeat)
        return err_format(&Exc_OverflowError, "repeat argument too large");
    int64_t npools = (int64_t)nargs * repeat;
    Value pools = tuple_new(npools);
    if (v_is_null(pools)) return V_NULL;
    for (size_t i = 0; i < nargs; i++) {
        Value p = tuple_from_iterable(args[i]);
        if (v_is_null(p)) { v_decref(pools); return V_NULL; }
        for (int64_t k = 0; k < repeat; k++)
            tuple_items(pools)[(int64_t)i + k * (int64_t)nargs] = v_newref(p);
        v_decref(p);
    }
    return comb_alloc(type, pools, npools, npools, false);
}

static Value product_next(Value self) {
    CombObject *c = (CombObject *)v_as_obj(self);
    if (c->stopped) return V_NULL;
    Value *pools = tuple_items(c->pool);
    int64_t n = c->r;
    if (v_is_null(c->result)) {
        Value t = tuple_new(n);
        if (v_is_null(t)) return V_NULL;
        for (int64_t i = 0; i < n; i++) {
            if (tuple_size(pools[i]) == 0) {
                for (int64_t j = i; j < n; j++) tuple_items(t)[j] = V_NONE;
                v_decref(t);
                c->stopped = true;
                return V_NULL;
            }
            tuple_items(t)[i] = v_newref(tuple_items(pools[i])[0]);
        }
        c->result = t;
    } else {
        Value t = reusable_result(&c->result);
        if (v_is_null(t)) return V_NULL;
        int64_t i;
        for (i = n - 1; i >= 0; i--) {
            Value pool = pools[i];
            c->indices[i]++;
            if (c->indices[i] == tuple_size(pool)) {
                c->indices[i] = 0;
                tuple_replace(t, i, tuple_items(pool)[0]);
            } else {
                tuple_replace(t, i, tuple_items(pool)[c->indices[i]]);
                break;
            }
        }
        if (i < 0) { c->stopped = true; return V_NULL; }
    }
    return v_newref(c->result);
}

/* Parses (iterable, r) for combinations-like constructors; *pool gets the
 * tuple, *r the length (defaulting to len(pool) when r_optional). */
static int comb_args(const char *fname, const Value *args, size_t nargs, Value kwnames,
                     bool r_optional, Value *pool, int64_t *r) {
    static const char *const names[] = {"iterable", "r"};
    Value a[2];
    if (args_parse(fname, args, nargs, kwnames, names, 2, 2, r_optional ? 1 : 2, a) < 0) return -1;
    Value p = tuple_from_iterable(a[0]);
    if (v_is_null(p)) return -1;
    int64_t rv = tuple_size(p);
    bool use_len = v_is_null(a[1]) || (a[1] == V_NONE && r_optional);
    if (!use_len && obj_as_index_i64(a[1], &rv) < 0) { v_decref(p); return -1; }
    if (rv < 0) {
        v_decref(p);
        err_format(&Exc_ValueError, "r must be non-negative");
        return -1;
    }
    *pool = p;
    *r = rv;
    return 0;
}

static Value combinations_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    Value pool;
    int64_t r;
    if (comb_args("combinations", args, nargs, kwnames, false, &pool, &r) < 0) return V_NULL;
    int64_t n = tuple_size(pool);
    Value self = comb_alloc(type, pool, r, r, false);
    if (v_is_null(self)) return V_NULL;
    CombObject *c = (CombObject *)v_as_obj(self);
    for (int64_t i = 0; i < r; i++) c->indices[i] = i;
    c->stopped = r > n;
    return self;
}

static Value combinations_next(Value self) {
    CombObject *c = (CombObject *)v_as_obj(self);
    if (c->stopped) return V_NULL;
    Value *pool = tuple_items(c->pool);
    int64_t n = tuple_size(c->pool), r = c->r;
    if (v_is_null(c->result)) {
        Value t = tuple_new(r);
        if (v_is_null(t)) return V_NULL;
        for (int64_t i = 0; i < r; i++) tuple_items(t)[i] = v_newref(pool[c->indices[i]]);
        c->result = t;
    } else {
        Value t = reusable_result(&c->result);
        if (v_is_null(t)) return V_NULL;
        int64_t i;
        for (i = r - 1; i >= 0 && c->indices[i] == i + n - r; i--) {}
        if (i < 0) { c->stopped = true; return V_NULL; }
        c->indices[i]++;
        for (int64_t j = i + 1; j < r; j++) c->indices[j] = c->indices[j - 1] + 1;
        for (; i < r; i++) tuple_replace(t, i, pool[c->indices[i]]);
    }
    return v_newref(c->result);
}

static Value cwr_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    Value pool;
    int64_t r;
    if (comb_args("combinations_with_replacement", args, nargs, kwnames, false, &pool, &r) < 0)
        return V_NULL;
    int64_t n = tuple_size(pool);
    Value self = comb_alloc(type, pool, r, r, false);
    if (v_is_null(self)) return V_NULL;
    ((CombObject *)v_as_obj(self))->stopped = n == 0 && r > 0;
    return self;
}

static Value cwr_next(Value self) {
    CombObject *c = (CombObject *)v_as_obj(self);
    if (c->stopped) return V_NULL;
    Value *pool = tuple_items(c->pool);
    int64_t n = tuple_size(c->pool), r = c->r;
    if (v_is_null(c->result)) {
        Value t = tuple_new(r);
        if (v_is_null(t)) return V_NULL;
        for (int64_t i = 0; i < r; i++) tuple_items(t)[i] = v_newref(pool[0]);
        c->result = t;
    } else {
        Value t = reusable_result(&c->result);
        if (v_is_null(t)) return V_NULL;
        int64_t i;
        for (i = r - 1; i >= 0 && c->indices[i] == n - 1; i--) {}
        if (i < 0) { c->stopped = true; return V_NULL; }
        int64_t index = c->indices[i] + 1;
        for (; i < r; i++) {
            c->indices[i] = index;
            tuple_replace(t, i, pool[index]);
        }
    }
    return v_newref(c->result);
}

static Value permutations_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    Value pool;
    int64_t r;
    if (comb_args("permutations", args, nargs, kwnames, true, &pool, &r) < 0) return V_NULL;
    int64_t n = tuple_size(pool);
    Value self = comb_alloc(type, pool, r, n, true);
    if (v_is_null(self)) return V_NULL;
    CombObject *c = (CombObject *)v_as_obj(self);
    for (int64_t i = 0; i < n; i++) c->indices[i] = i;
    for (int64_t i = 0; i < r; i++) c->cycles[i] = n - i;
    c->stopped = r > n;
    return self;
}

static Value permutations_next(Value self) {
    CombObject *c = (CombObject *)v_as_obj(self);
    if (c->stopped) return V_NULL;
    Value *pool = tuple_items(c->pool);
    int64_t n = tuple_size(c->pool), r = c->r;
    int64_t *ix = c->indices, *cy = c->cycles;
    if (v_is_null(c->result)) {
        Value t = tuple_new(r);
        if (v_is_null(t)) return V_NULL;
        for (int64_t i = 0; i < r; i++) tuple_items(t)[i] = v_newref(pool[ix[i]]);
        c->result = t;
    } else {
        if (n == 0) { c->stopped = true; return V_NULL; }
        Value t = reusable_result(&c->result);
        if (v_is_null(t)) return V_NULL;
        int64_t i;
        for (i = r - 1; i >= 0; i--) {
            if (--cy[i] == 0) {
                /* indices[i:] = indices[i+1:] + indices[i:i+1] */
                int64_t first = ix[i];
                for (int64_t j = i; j < n - 1; j++) ix[j] = ix[j + 1];
                ix[n - 1] = first;
                cy[i] = n - i;
            } else {
                int64_t j = cy[i];
                int64_t tmp = ix[i];
                ix[i] = ix[n - j];
                ix[n - j] = tmp;
                for (int64_t k = i; k < r; k++) tuple_replace(t, k, pool[ix[k]]);
                break;
            }
        }
        if (i < 0) { c->stopped = true; return V_NULL; }
    }
    return v_newref(c->result);
}

#define COMB_TYPE(cname, pyname, ctor, next)       \
    static TypeObject cname = {                    \
        .ob = OBJECT_HEAD_INIT(&TypeType),         \
        .name = pyname,                            \
        .basicsize = sizeof(CombObject),           \
        .flags = TPFLAG_BASETYPE,                  \
        .dealloc = comb_dealloc,                   \
        .iter = self_iter,                         \
        .iternext = next,                          \
        .construct = ctor,                         \
    }
COMB_TYPE(ProductType, "itertools.product", product_construct, product_next);
COMB_TYPE(CombinationsType, "itertools.combinations", combinations_construct, combinations_next);
COMB_TYPE(CwrType, "itertools.combinations_with_replacement", cwr_construct, cwr_next);
COMB_TYPE(PermutationsType, "itertools.permutations", permutations_construct, permutations_next);

/* ---- the module ------------------------------------------------------------------------------ */

static const MethodDef itertools_functions[] = {
    {"tee", it_tee, 0, "Returns a tuple of n independent iterators."},
    {NULL, NULL, 0, NULL},
};

static const struct { const char *name; TypeObject *type; } itertools_types[] = {
    {"count", &CountType}, {"cycle", &CycleType}, {"repeat", &RepeatType},
    {"accumulate", &AccumulateType}, {"chain", &ChainType}, {"compress", &CompressType},
    {"dropwhile", &DropwhileType}, {"takewhile", &TakewhileType},
    {"filterfalse", &FilterfalseType}, {"starmap", &StarmapType}, {"groupby", &GroupbyType},
    {"_grouper", &GrouperType}, {"islice", &IsliceType}, {"pairwise", &PairwiseType},
    {"_tee", &TeeType}, {"_tee_dataobject", &TeeDataType}, {"zip_longest", &ZipLongestType},
    {"product", &ProductType}, {"combinations", &CombinationsType},
    {"combinations_with_replacement", &CwrType}, {"permutations", &PermutationsType},
};

Value module_init_itertools(void) {
    Value m = mod_create("itertools", itertools_functions);
    if (v_is_null(m)) return V_NULL;
    for (size_t i = 0; i < sizeof itertools_types / sizeof itertools_types[0]; i++) {
        if (mod_add_type(m, itertools_types[i].name, itertools_types[i].type) < 0) {
            v_decref(m);
            return V_NULL;
        }
    }
    return m;
}

/* weakref.c: weakref.ref, weakref.proxy and the _weakref module.
 *
 * See weakref.h for the side-table design. A weakref holds its referent
 * as a borrowed pointer; the table entry is what lets the referent's death
 * find and kill its weakrefs. Within one referent's list, basic refs and
 * proxies (no callback) come first so that ref(o) / proxy(o) without a
 * callback can be shared, as CPython does; a weakref with a callback is
 * inserted after them, so callbacks run newest first (CPython's order).
 */
#include <stdio.h>
#include <string.h>
#include "weakref.h"
#include "gc.h"
#include "abstract.h"
#include "errors.h"
#include "str.h"
#include "list.h"
#include "int.h"
#include "args.h"
#include "generator.h"
#include "module.h"
#include "modules/stdmod.h"

typedef struct WeakrefObject {
    Object ob;
    Object *referent;                 /* borrowed; NULL once dead */
    Value callback;                   /* V_NULL: none */
    int64_t hash;                     /* -1: not computed yet */
    struct WeakrefObject *prev, *next;
} WeakrefObject;

#define WR(v) ((WeakrefObject *)v_as_obj(v))

int64_t weakref_nreferents;

/* ---- the side table: Object* -> head of its weakref list ------------------
 * Open addressing, linear probing, deletion by backward shift (no
 * tombstones), load factor <= 1/2. */
typedef struct { Object *key; WeakrefObject *head; } Entry;
static Entry *table;
static size_t table_cap;      /* power of two, or 0 */

static inline size_t slot_of(const Object *o) {
    return (size_t)(((uintptr_t)o >> 4) * 0x9E3779B97F4A7C15ull) & (table_cap - 1);
}

static Entry *table_find(const Object *o) {
    if (!table_cap) return NULL;
    for (size_t i = slot_of(o);; i = (i + 1) & (table_cap - 1)) {
        if (table[i].key == o) return &table[i];
        if (!table[i].key) return NULL;
    }
}

static int table_grow(void) {
    size_t ncap = table_cap ? table_cap * 2 : 64;
    Entry *nt = mem_calloc(ncap, sizeof(Entry));
    if (!nt) return -1;
    Entry *old = table;
    size_t ocap = table_cap;
    table = nt;
    table_cap = ncap;
    for (size_t i = 0; i < ocap; i++) {
        if (!old[i].key) continue;
        size_t j = slot_of(old[i].key);
        while (table[j].key) j = (j + 1) & (ncap - 1);
        table[j] = old[i];
    }
    mem_free(old);
    return 0;
}

/* The entry for o, created (head NULL) if absent; NULL on memory error. */
static Entry *table_get_or_add(Object *o) {
    Entry *e = table_find(o);
    if (e) return e;
    if ((size_t)(weakref_nreferents + 1) * 2 > table_cap && table_grow() < 0) return NULL;
    size_t i = slot_of(o);
    while (table[i].key) i = (i + 1) & (table_cap - 1);
    table[i].key = o;
    table[i].head = NULL;
    weakref_nreferents++;
    return &table[i];
}

static void table_remove(Entry *e) {
    size_t i = (size_t)(e - table), mask = table_cap - 1;
    table[i].key = NULL;
    weakref_nreferents--;
    /* Backward shift: move later members of the probe run into the hole
     * when their home slot does not lie strictly between hole and them. */
    for (size_t j = (i + 1) & mask; table[j].key; j = (j + 1) & mask) {
        size_t home = slot_of(table[j].key);
        bool movable = (j > i) ? (home <= i || home > j) : (home <= i && home > j);
        if (movable) {
            table[i] = table[j];
            table[j].key = NULL;
            i = j;
        }
    }
}

/* ---- linking ----------------------------------------------------------------------- */

static bool is_basic(const WeakrefObject *w) { return v_is_null(w->callback); }

static void unlink_wr(WeakrefObject *w) {
    Object *o = w->referent;
    if (!o) return;
    w->referent = NULL;
    if (w->prev) w->prev->next = w->next;
    if (w->next) w->next->prev = w->prev;
    if (!w->prev) {
        Entry *e = table_find(o);
        if (e) {
            e->head = w->next;
            if (!e->head) table_remove(e);
        }
    }
    w->prev = w->next = NULL;
}

/* Which objects may be weakly referenced: what CPython gives a weak-list
 * slot (user classes' instances, functions, types, sets, generators, bound
 * methods, modules, builtin functions, code). */
static bool weakrefable(Value v) {
    if (!v_is_ptr(v)) return false;
    TypeObject *t = v_type(v);
    if (t->flags & TPFLAG_TYPE_SUBCLASS) return true;
    if (t->flags & TPFLAG_HEAPTYPE)
        return !(t->flags & (TPFLAG_INT_SUBCLASS | TPFLAG_STR_SUBCLASS | TPFLAG_TUPLE_SUBCLASS)) &&
               t->dictoffset >= 0;
    return t == &FunctionType || t == &SetType || t == &FrozenSetType || t == &GeneratorType || t == &AsyncGenType ||
           t == &BoundMethodType || t == &ModuleType || t == &BuiltinFunctionType || t == &CodeType ||
           t == &SetType;
}

/* New reference: a weakref of `type` to obj (callback V_NULL or None for
 * none), sharing an existing callback-less one of the same type. */
static Value wr_create(TypeObject *type, Value obj, Value callback) {
    if (!weakrefable(obj))
        return err_format(&Exc_TypeError, "cannot create weak reference to '%s' object", v_type_name(obj));
    if (callback == V_NONE) callback = V_NULL;
    Object *o = v_as_obj(obj);
    Entry *e = table_find(o);
    /* Only the exact builtin types share (CPython: subclass refs never do). */
    if (v_is_null(callback) && e && !(type->flags & TPFLAG_HEAPTYPE)) {
        for (WeakrefObject *w = e->head; w && is_basic(w); w = w->next)
            if (w->ob.type == type) return v_newref(v_from_obj(&w->ob));
    }
    WeakrefObject *w = (WeakrefObject *)obj_alloc(type, type->basicsize);
    if (!w) return V_NULL;
    w->referent = NULL;
    w->callback = V_NULL;
    w->hash = -1;
    w->prev = w->next = NULL;
    /* obj_alloc may have collected garbage, obj included only if nothing
     * referenced it, which the caller's reference excludes: o is alive. */
    e = table_get_or_add(o);
    if (!e) {
        obj_decref(&w->ob);
        return err_format(&Exc_MemoryError, "out of memory");
    }
    w->referent = o;
    w->callback = v_newref(callback);
    if (v_is_null(callback)) {
        /* basic ones first: refs before proxies */
        WeakrefObject *prev = NULL;
        if (type != &WeakrefRefType)
            for (WeakrefObject *x = e->head; x && is_basic(x) && x->ob.type == &WeakrefRefType; x = x->next) prev = x;
        w->prev = prev;
        w->next = prev ? prev->next : e->head;
        if (w->next) w->next->prev = w;
        if (prev) prev->next = w; else e->head = w;
    } else {
        WeakrefObject *prev = NULL;
        for (WeakrefObject *x = e->head; x && is_basic(x); x = x->next) prev = x;
        w->prev = prev;
        w->next = prev ? prev->next : e->head;
        if (w->next) w->next->prev = w;
        if (prev) prev->next = w; else e->head = w;
    }
    return v_from_obj(&w->ob);
}

/* Calls cb(wr) with errors reported as CPython's unraisable hook does. */
static void call_callback(Value cb, Value wr) {
    Value r = obj_call(cb, &wr, 1, V_NULL);
    if (!v_is_null(r)) { v_decref(r); return; }
    Value exc = err_fetch();
    Value fr = obj_repr(cb);
    fprintf(stderr, "Exception ignored in: %s\n", v_is_null(fr) ? "<object>" : str_data(fr));
    if (v_is_null(fr)) err_clear();
    v_decref(fr);
    fflush(stdout);
    /* CPython's unraisable hook prints no chained exceptions. */
    if (v_is_exception(exc)) {
        ExceptionObject *eo = (ExceptionObject *)v_as_obj(exc);
        v_setref(&eo->context, V_NONE);
        v_setref(&eo->cause, V_NONE);
    }
    exc_print(exc);
    v_decref(exc);
}

/* Runs the callbacks of the weakrefs in ws[0..n) (each holding a reference
 * taken by the caller, which this releases), keeping any pending
 * exception. Each callback is taken out of its weakref first. */
static void run_callbacks(WeakrefObject **ws, size_t n) {
    if (!n) return;
    Value saved = err_fetch();
    for (size_t i = 0; i < n; i++) {
        Value cb = ws[i]->callback;
        ws[i]->callback = V_NULL;
        if (!v_is_null(cb)) {
            call_callback(cb, v_from_obj(&ws[i]->ob));
            v_decref(cb);
        }
        obj_decref(&ws[i]->ob);
    }
    err_restore(saved);
}

void weakref_clear_referent(Object *o) {
    Entry *e = table_find(o);
    if (!e) return;
    size_t n = 0;
    for (WeakrefObject *w = e->head; w; w = w->next)
        if (!v_is_null(w->callback)) n++;
    WeakrefObject *stackbuf[16];
    WeakrefObject **ws = n <= 16 ? stackbuf : mem_alloc(n * sizeof *ws);
    size_t k = 0;
    WeakrefObject *w = e->head;
    table_remove(e);
    while (w) {
        WeakrefObject *next = w->next;
        w->referent = NULL;
        w->prev = w->next = NULL;
        if (!v_is_null(w->callback) && ws) {
            obj_incref(&w->ob);
            ws[k++] = w;
        }
        w = next;
    }
    /* On allocation failure the callbacks are skipped; the refs are dead. */
    run_callbacks(ws, k);
    if (ws && ws != stackbuf) mem_free(ws);
}

void weakref_on_dealloc(Object *o) {
    TypeObject *t = o->type;
    /* subtype_dealloc runs __del__ first and calls us afterwards. */
    if ((t->flags & TPFLAG_HEAPTYPE) && t->finalize && !(t->flags & TPFLAG_TYPE_SUBCLASS) &&
        !gc_is_finalized(o))
        return;
    weakref_clear_referent(o);
}

void weakref_handle_garbage(GCHead *unreachable) {
    size_t n = 0, cap = 0;
    WeakrefObject **ws = NULL;
    for (GCHead *g = unreachable->next; g != unreachable; g = g->next) {
        Object *o = gc_object(g);
        Entry *e = table_find(o);
        if (!e) continue;
        WeakrefObject *w = e->head;
        table_remove(e);
        while (w) {
            WeakrefObject *next = w->next;
            w->referent = NULL;
            w->prev = w->next = NULL;
            /* A weakref that is garbage itself gets no callback call. */
            bool garbage = gc_has_head(&w->ob) && (gc_head(&w->ob)->state & GC_FLAG_UNREACHABLE);
            if (!v_is_null(w->callback) && !garbage) {
                if (n == cap) {
                    size_t nc = cap ? cap * 2 : 16;
                    WeakrefObject **nw = mem_realloc(ws, nc * sizeof *ws);
                    if (nw) { ws = nw; cap = nc; }
                }
                if (n < cap) {
                    obj_incref(&w->ob);
                    ws[n++] = w;
                }
            }
            w = next;
        }
    }
    run_callbacks(ws, n);
    mem_free(ws);
}

/* ---- the ref type -------------------------------------------------------------------- */

static void wr_dealloc(Object *o) {
    WeakrefObject *w = (WeakrefObject *)o;
    unlink_wr(w);
    v_clear(&w->callback);
    obj_free(o);
}

static void wr_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    WeakrefObject *w = (WeakrefObject *)o;
    if (!v_is_null(w->callback)) visit(w->callback, arg);
}

static void wr_clear(Object *o) {
    WeakrefObject *w = (WeakrefObject *)o;
    unlink_wr(w);
    v_clear(&w->callback);
}

static Value wr_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("__new__", nargs, kwnames, 1, 2) < 0) return V_NULL;
    return wr_create(type, args[0], nargs > 1 ? args[1] : V_NULL);
}

static Value wr_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("weakref", nargs, kwnames, 0, 0) < 0) return V_NULL;
    Object *o = WR(self)->referent;
    return o ? v_newref(v_from_obj(o)) : V_NONE;
}

static int64_t wr_hash(Value self) {
    WeakrefObject *w = WR(self);
    if (w->hash != -1) return w->hash;
    if (!w->referent) {
        err_format(&Exc_TypeError, "weak object has gone away");
        return -1;
    }
    int64_t h = obj_hash(v_from_obj(w->referent));
    if (h != -1) w->hash = h;
    return h;
}

static Value wr_richcompare(Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !obj_isinstance_type(a, &WeakrefRefType) ||
        !obj_isinstance_type(b, &WeakrefRefType))
        return V_NOTIMPL;
    Object *x = WR(a)->referent, *y = WR(b)->referent;
    if (!x || !y) {
        bool same = a == b;
        return v_from_bool(op == CMP_EQ ? same : !same);
    }
    /* The comparison may drop the last references: keep both alive. */
    Value vx = v_newref(v_from_obj(x)), vy = v_newref(v_from_obj(y));
    Value r = obj_compare(vx, vy, op);
    v_decref(vx);
    v_decref(vy);
    return r;
}

static Value wr_repr(Value self) {
    WeakrefObject *w = WR(self);
    if (!w->referent) return str_printf("<weakref at %p; dead>", (void *)w);
    Value obj = v_newref(v_from_obj(w->referent));
    Value name = V_NULL;
    Value r;
    if (obj_lookup_attr(obj, str_intern_cstr("__name__"), &name) < 0) err_clear();
    if (!v_is_null(name) && v_is_ptr(name) && v_type(name) == &StrType)
        r = str_printf("<weakref at %p; to '%s' at %p (%s)>", (void *)w, v_type_name(obj),
                       (void *)w->referent, str_data(name));
    else
        r = str_printf("<weakref at %p; to '%s' at %p>", (void *)w, v_type_name(obj), (void *)w->referent);
    v_decref(name);
    v_decref(obj);
    return r;
}

static Value wr_get_callback(Value self) {
    Value cb = WR(self)->callback;
    return v_is_null(cb) ? V_NONE : v_newref(cb);
}

/* ref.__new__(cls, ob[, callback]): for subclasses that override __new__
 * (CPython's KeyedRef pattern). */
static Value wr_dunder_new(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (nargs < 1 || !v_is_ptr(args[0]) || !(v_type(args[0])->flags & TPFLAG_TYPE_SUBCLASS) ||
        !type_is_subtype((TypeObject *)v_as_obj(args[0]), &WeakrefRefType))
        return err_format(&Exc_TypeError, "ref.__new__(X): X is not a subtype of weakref.ReferenceType");
    return wr_construct((TypeObject *)v_as_obj(args[0]), args + 1, nargs - 1, kwnames);
}

/* ref.__init__ accepts what __new__ did (subclasses call it with theirs). */
static Value wr_dunder_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args; (void)nargs; (void)kwnames;
    return V_NONE;
}

static const MethodDef wr_methods[] = {
    {"__new__", wr_dunder_new, METH_STATIC, NULL},
    {"__init__", wr_dunder_init, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef wr_getset[] = {
    {"__callback__", wr_get_callback, NULL},
    {NULL, NULL, NULL},
};

TypeObject WeakrefRefType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(WeakrefObject),
    .flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE | TPFLAG_NEW_TAKES_ARGS,
    .dealloc = wr_dealloc,
    .traverse = wr_traverse,
    .clear = wr_clear,
    .construct = wr_construct,
    .call = wr_call,
    .hash = wr_hash,
    .richcompare = wr_richcompare,
    .repr = wr_repr,
    .methods = wr_methods,
    .getset = wr_getset,
};

/* ---- proxies ------------------------------------------------------------------------- */

/* New reference to the live referent, or V_NULL with ReferenceError. */
static Value px_target(Value self) {
    Object *o = WR(self)->referent;
    if (!o) return err_format(&Exc_ReferenceError, "weakly-referenced object no longer exists");
    return v_newref(v_from_obj(o));
}

#define UNWRAP(v) \
    (v_is_ptr(v) && (v_type(v) == &WeakrefProxyType || v_type(v) == &WeakrefCallableProxyType))

static Value px_getattr(Value self, Value name) {
    Value o = px_target(self);
    if (v_is_null(o)) return V_NULL;
    Value r = obj_getattr(o, name);
    v_decref(o);
    return r;
}

static int px_setattr(Value self, Value name, Value v) {
    Value o = px_target(self);
    if (v_is_null(o)) return -1;
    int r = obj_setattr(o, name, v);
    v_decref(o);
    return r;
}

static Value px_repr(Value self) {
    WeakrefObject *w = WR(self);
    if (!w->referent) return str_printf("<weakproxy at %p; dead>", (void *)w);
    return str_printf("<weakproxy at %p to %s at %p>", (void *)w, w->referent->type->name, (void *)w->referent);
}

static Value px_str(Value self) {
    Value o = px_target(self);
    if (v_is_null(o)) return V_NULL;
    Value r = obj_str(o);
    v_decref(o);
    return r;
}

static int px_bool(Value self) {
    Value o = px_target(self);
    if (v_is_null(o)) return -1;
    int r = obj_truthy(o);
    v_decref(o);
    return r;
}

static int64_t px_len(Value self) {
    Value o = px_target(self);
    if (v_is_null(o)) return -1;
    int64_t r = obj_len(o);
    v_decref(o);
    return r;
}

static Value px_getitem(Value self, Value key) {
    Value o = px_target(self);
    if (v_is_null(o)) return V_NULL;
    Value r = obj_getitem(o, key);
    v_decref(o);
    return r;
}

static int px_setitem(Value self, Value key, Value v) {
    Value o = px_target(self);
    if (v_is_null(o)) return -1;
    int r = v_is_null(v) ? obj_delitem(o, key) : obj_setitem(o, key, v);
    v_decref(o);
    return r;
}

static int px_contains(Value self, Value item) {
    Value o = px_target(self);
    if (v_is_null(o)) return -1;
    int r = obj_contains(o, item);
    v_decref(o);
    return r;
}

static Value px_iter(Value self) {
    Value o = px_target(self);
    if (v_is_null(o)) return V_NULL;
    Value r = obj_iter(o);
    v_decref(o);
    return r;
}

static Value px_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value o = px_target(self);
    if (v_is_null(o)) return V_NULL;
    Value r = obj_call(o, args, nargs, kwnames);
    v_decref(o);
    return r;
}

static Value px_richcompare(Value a, Value b, int op) {
    Value x = UNWRAP(a) ? px_target(a) : v_newref(a);
    if (v_is_null(x)) return V_NULL;
    Value y = UNWRAP(b) ? px_target(b) : v_newref(b);
    if (v_is_null(y)) { v_decref(x); return V_NULL; }
    Value r = obj_compare(x, y, op);
    v_decref(x);
    v_decref(y);
    return r;
}

/* Arithmetic forwards to the referents (CPython's proxy number slots). */
#define PX_BINOP(NAME, OP)                                              \
    static Value NAME(Value a, Value b) {                               \
        Value x = UNWRAP(a) ? px_target(a) : v_newref(a);               \
        if (v_is_null(x)) return V_NULL;                                \
        Value y = UNWRAP(b) ? px_target(b) : v_newref(b);               \
        if (v_is_null(y)) { v_decref(x); return V_NULL; }               \
        Value r = obj_binary_op(x, y, OP);                              \
        v_decref(x);                                                    \
        v_decref(y);                                                    \
        return r;                                                       \
    }
PX_BINOP(px_add, NB_ADD)
PX_BINOP(px_sub, NB_SUBTRACT)
PX_BINOP(px_mul, NB_MULTIPLY)
PX_BINOP(px_truediv, NB_TRUE_DIVIDE)
PX_BINOP(px_floordiv, NB_FLOOR_DIVIDE)
PX_BINOP(px_mod, NB_REMAINDER)

#define PROXY_SLOTS                                                     \
    .basicsize = sizeof(WeakrefObject),                                 \
    .flags = TPFLAG_HAVE_GC,                                            \
    .dealloc = wr_dealloc,                                              \
    .traverse = wr_traverse,                                            \
    .clear = wr_clear,                                                  \
    .repr = px_repr,                                                    \
    .str = px_str,                                                      \
    .bool_ = px_bool,                                                   \
    .len = px_len,                                                      \
    .getitem = px_getitem,                                              \
    .setitem = px_setitem,                                              \
    .contains = px_contains,                                            \
    .iter = px_iter,                                                    \
    .getattr = px_getattr,                                              \
    .setattr = px_setattr,                                              \
    .richcompare = px_richcompare,                                      \
    .nb = {[NB_ADD] = px_add, [NB_SUBTRACT] = px_sub, [NB_MULTIPLY] = px_mul, \
           [NB_TRUE_DIVIDE] = px_truediv, [NB_FLOOR_DIVIDE] = px_floordiv, \
           [NB_REMAINDER] = px_mod}

TypeObject WeakrefProxyType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "weakref.ProxyType",
    PROXY_SLOTS,
};

TypeObject WeakrefCallableProxyType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "weakref.CallableProxyType",
    PROXY_SLOTS,
    .call = px_call,
};

/* ---- the module ---------------------------------------------------------------------- */

static Value m_proxy(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (args_check_positional("proxy", nargs, kwnames, 1, 2) < 0) return V_NULL;
    TypeObject *t = v_type(args[0])->call ? &WeakrefCallableProxyType : &WeakrefProxyType;
    if (v_type(args[0])->flags & TPFLAG_TYPE_SUBCLASS) t = &WeakrefCallableProxyType;
    return wr_create(t, args[0], nargs > 1 ? args[1] : V_NULL);
}

static Value m_getweakrefcount(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (args_check_positional("getweakrefcount", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t n = 0;
    Entry *e = v_is_ptr(args[0]) ? table_find(v_as_obj(args[0])) : NULL;
    for (WeakrefObject *w = e ? e->head : NULL; w; w = w->next) n++;
    return int_from_i64(n);
}

static Value m_getweakrefs(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (args_check_positional("getweakrefs", nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value l = list_new(0);
    if (v_is_null(l)) return V_NULL;
    Entry *e = v_is_ptr(args[0]) ? table_find(v_as_obj(args[0])) : NULL;
    for (WeakrefObject *w = e ? e->head : NULL; w; w = w->next) {
        if (list_append(l, v_from_obj(&w->ob)) < 0) {
            v_decref(l);
            return V_NULL;
        }
    }
    return l;
}

static const MethodDef weakref_functions[] = {
    {"proxy", m_proxy, 0, "Create a proxy object that weakly references 'object'."},
    {"getweakrefcount", m_getweakrefcount, 0, "Return the number of weak references to 'object'."},
    {"getweakrefs", m_getweakrefs, 0, "Return a list of all weak reference objects pointing to 'object'."},
    {NULL, NULL, 0, NULL},
};

Value module_init_weakref(void) {
    Value m = mod_create("_weakref", weakref_functions);
    if (v_is_null(m)) return V_NULL;
    if (mod_add_type(m, "ref", &WeakrefRefType) < 0 || mod_add_type(m, "ReferenceType", &WeakrefRefType) < 0 ||
        mod_add_type(m, "ProxyType", &WeakrefProxyType) < 0 ||
        mod_add_type(m, "CallableProxyType", &WeakrefCallableProxyType) < 0) {
        v_decref(m);
        return V_NULL;
    }
    return m;
}

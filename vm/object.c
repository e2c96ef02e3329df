/* object.c: memory, the object header's lifecycle, type objects (readying,
 * lookup, subtyping) and the most basic builtin types: object, type,
 * NoneType, NotImplementedType, ellipsis. */
#include <mimalloc.h>
#include <stdio.h>
#include <string.h>

#include "object.h"
#include "weakref.h"
#include "import.h"
#include "errors.h"
#include "abstract.h"
#include "args.h"
#include "descr.h"
#include "str.h"
#include "int.h"
#include "tuple.h"
#include "dict.h"
#include "docs.h"
#include "gc.h"
#include "classobj.h"
#include "typeslots.h"

/* Defined in descr.c: applies the descriptor protocol to an attribute found
 * in a type dict (obj V_NULL when the attribute is read from the type
 * itself). New reference. */
extern Value descr_get(Value attr, Value obj, TypeObject *type);
/* From abstract.c: generic setattr; with dictp NULL only data descriptors apply. */
extern int obj_generic_setattr_dict(Value o, Value name, Value v, Value *dictp);

/* ---- memory ------------------------------------------------------------------ */

size_t mem_limit = SIZE_MAX;

void *mem_alloc(size_t size) { return __builtin_expect(size <= mem_limit, 1) ? mi_malloc(size) : NULL; }
void *mem_calloc(size_t n, size_t size) {
    size_t total;
    if (__builtin_mul_overflow(n, size, &total) || total > mem_limit) return NULL;
    return mi_calloc(n, size);
}
void *mem_realloc(void *p, size_t size) { return __builtin_expect(size <= mem_limit, 1) ? mi_realloc(p, size) : NULL; }
void mem_free(void *p) { mi_free(p); }

/* Instances of heap types hold a reference to their type (a class may die
 * before its instances otherwise); static types are immortal and skip it. */
size_t mem_usable_size(const void *p) { return mi_usable_size(p); }

/* Containers (TPFLAG_HAVE_GC) get a GCHead in front and are tracked from
 * birth (gc.h). */
Object *obj_alloc(TypeObject *type, size_t size) {
    Object *o = __builtin_expect(size > mem_limit, 0)        ? NULL
                : (type->flags & TPFLAG_HAVE_GC) ? gc_alloc(type, size)
                                                 : mi_malloc(size);
    if (!o) {
        err_nomem();
        return NULL;
    }
    o->refcnt = 1;
    o->type = type;
    if (type->flags & TPFLAG_HEAPTYPE) obj_incref(&type->ob);
    return o;
}

void obj_free(Object *o) {
    TypeObject *type = o->type;
    if (type->flags & TPFLAG_HAVE_GC) gc_free(o);
    else mi_free(o);
    if (type->flags & TPFLAG_HEAPTYPE) obj_decref(&type->ob);
}

static inline void dealloc_now(Object *o) {
    /* Weak references die before any field is released (weakref.h). */
    if (__builtin_expect(weakref_nreferents != 0, 0)) weakref_on_dealloc(o);
    if (o->type->dealloc) o->type->dealloc(o);
    else obj_free(o);
}

/* The "trashcan": freeing a container drops its items' references, which
 * frees them in turn, so a linked list of a million nodes (or [[[...]]])
 * would recurse a million C frames deep. Past DEALLOC_MAX_DEPTH nested
 * container deallocations, a dying container is untracked and queued
 * instead (chained through its GCHead's prev, next staying NULL as for
 * any untracked object); the outermost deallocation frees the queue. */
#define DEALLOC_MAX_DEPTH 1000
static int dealloc_depth;
static GCHead *dealloc_deferred;

void obj_dealloc(Object *o) {
    if (!gc_has_head(o)) {
        dealloc_now(o);
        return;
    }
    if (dealloc_depth >= DEALLOC_MAX_DEPTH) {
        gc_untrack(o);
        GCHead *g = gc_head(o);
        g->prev = dealloc_deferred;
        dealloc_deferred = g;
        return;
    }
    dealloc_depth++;
    dealloc_now(o);
    dealloc_depth--;
    while (dealloc_depth == 0 && dealloc_deferred) {
        GCHead *g = dealloc_deferred;
        dealloc_deferred = g->prev;
        g->prev = NULL;
        dealloc_depth++;
        dealloc_now(gc_object(g));
        dealloc_depth--;
    }
}

/* ---- types --------------------------------------------------------------------- */

uint32_t type_next_version(void) {
    static uint32_t next = 1;
    uint32_t v = next++;
    if (next == 0) next = 1;   /* 0 means "invalid"; wrapping only reuses tags */
    return v;
}

/* The fast-subclass flag each builtin base carries itself. */
static uint32_t own_subclass_flag(TypeObject *t) {
    if (t == &IntType) return TPFLAG_INT_SUBCLASS;
    if (t == &StrType) return TPFLAG_STR_SUBCLASS;
    if (t == &ListType) return TPFLAG_LIST_SUBCLASS;
    if (t == &TupleType) return TPFLAG_TUPLE_SUBCLASS;
    if (t == &DictType) return TPFLAG_DICT_SUBCLASS;
    if (t == &TypeType) return TPFLAG_TYPE_SUBCLASS;
    if (t == &FloatType) return TPFLAG_FLOAT_SUBCLASS;
    if (t == &BytesType) return TPFLAG_BYTES_SUBCLASS;
    if (t == &Exc_BaseException) return TPFLAG_BASE_EXC_SUBCLASS;
    return 0;
}

#define INHERIT(slot) do { if (!t->slot) t->slot = b->slot; } while (0)

static void inherit_slots(TypeObject *t, TypeObject *b) {
    if (!t->basicsize) t->basicsize = b->basicsize;
    INHERIT(dealloc);
    /* str follows repr: a type that defines its own repr but no str means
     * str(x) == repr(x) (bool over int), whatever the base's str does. */
    if (!t->repr) {
        t->repr = b->repr;
        INHERIT(str);
    }
    /* CPython's rule: hash and richcompare are inherited together, so a
     * type defining equality without a hash is unhashable (list, dict). */
    if (!t->richcompare && !t->hash) {
        t->richcompare = b->richcompare;
        t->hash = b->hash;
    } else {
        INHERIT(richcompare);
    }
    INHERIT(bool_);
    INHERIT(len);
    for (int i = 0; i < NB_BINARY_COUNT; i++) {
        if (!t->nb[i]) t->nb[i] = b->nb[i];
        if (!t->nb_inplace[i]) t->nb_inplace[i] = b->nb_inplace[i];
    }
    INHERIT(nb_ternary_pow);
    INHERIT(nb_negative);
    INHERIT(nb_positive);
    INHERIT(nb_invert);
    INHERIT(nb_absolute);
    INHERIT(nb_int);
    INHERIT(nb_float);
    INHERIT(nb_index);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
    INHERIT(iter);
    INHERIT(iternext);
    INHERIT(getattr);
    INHERIT(setattr);
    INHERIT(call);
    INHERIT(descr_get);
    INHERIT(descr_set);
    /* object() makes bare objects; a type deriving directly from object
     * without its own constructor is not instantiable (as CPython's
     * iterator types: "cannot create 'list_iterator' instances"). */
    if (b != &ObjectType) INHERIT(construct);
    INHERIT(traverse);
    INHERIT(clear);
    INHERIT(finalize);
    t->flags |= b->flags & (TPFLAG_HAVE_GC | 0x3FF00u);   /* the fast-subclass flags */
}
#undef INHERIT

/* For heap types (typeobject.c), once per class of the mro. */
void type_inherit_slots(TypeObject *t, TypeObject *b) { inherit_slots(t, b); }

static int fill_dict(TypeObject *t) {
    Value dict = dict_new();
    if (v_is_null(dict)) return -1;
    if (t->methods) {
        for (const MethodDef *m = t->methods; m->name; m++) {
            Value d = (m->flags & METH_STATIC) ? cfunc_new(m->name, m->fn, V_NULL)
                                               : method_descr_new(m, t);
            if (v_is_null(d)) goto fail;
            int r = dict_set_cstr(dict, m->name, d);
            v_decref(d);
            if (r < 0) goto fail;
        }
    }
    if (t->getset) {
        for (const GetSetDef *g = t->getset; g->name; g++) {
            Value d = getset_descr_new(g, t);
            if (v_is_null(d)) goto fail;
            int r = dict_set_cstr(dict, g->name, d);
            v_decref(d);
            if (r < 0) goto fail;
        }
    }
    /* A builtin type's __doc__ is CPython's text (vm/docs.c), else None:
     * never missing. */
    if (v_is_null(dict_get_cstr(dict, "__doc__"))) {
        const char *doc = strchr(t->name, '.') ? NULL : doc_lookup(t->name, NULL);
        Value dv = doc_value(doc);
        if (v_is_null(dv)) goto fail;
        int r = dict_set_cstr(dict, "__doc__", dv);
        v_decref(dv);
        if (r < 0) goto fail;
    }
    v_setref(&t->dict, dict);
    return 0;
fail:
    v_decref(dict);
    return -1;
}

static int build_mro(TypeObject *t) {
    int64_t n = 1;
    if (t->base) n += tuple_size(t->base->mro);
    Value mro = tuple_new(n);
    if (v_is_null(mro)) return -1;
    Value *items = tuple_items(mro);
    items[0] = v_newref(v_from_obj(t));
    for (int64_t i = 1; i < n; i++) items[i] = v_newref(tuple_items(t->base->mro)[i - 1]);
    v_setref(&t->mro, mro);
    return 0;
}

int type_ready(TypeObject *t) {
    if (t->flags & TPFLAG_READY) return 0;
    if (!t->base && t != &ObjectType) t->base = &ObjectType;
    TypeObject *b = t->base;
    if (b && type_ready(b) < 0) return -1;
    /* Statically initialised types may leave these as 0, which is the
     * float 0.0 rather than V_NULL. */
    if (!(t->flags & TPFLAG_HEAPTYPE)) {
        t->dict = V_NULL;
        t->mro = V_NULL;
    }
    t->flags |= own_subclass_flag(t);
    if (b) inherit_slots(t, b);
    if (build_mro(t) < 0) return -1;
    if (fill_dict(t) < 0) return -1;
    if (typeslots_add_wrappers(t) < 0) return -1;
    t->version = type_next_version();
    t->flags |= TPFLAG_READY;
    return 0;
}

/* The method cache (CPython's type attribute cache): (version tag, interned
 * name) -> the mro lookup's result, found or not. Version tags are unique
 * per type and change whenever the type's dict or any base's dict changes
 * (heaptype_setattr bumps the whole subclass tree), so a hit is always
 * current; results are borrowed from a type dict that the version keeps
 * unchanged. */
TypeCacheEntry type_cache[1 << TYPE_CACHE_BITS];

static Value type_lookup_uncached(TypeObject *type, Value name);

Value type_lookup(TypeObject *type, Value name) {
    uint32_t ver = type->version;
    if (ver && v_is_ptr(name) && v_as_obj(name)->type == &StrType && v_as_str(name)->interned) {
        uint32_t h = type_cache_hash(ver, name);
        if (type_cache[h].version == ver && type_cache[h].name == name) return type_cache[h].value;
        Value v = type_lookup_uncached(type, name);
        type_cache[h].version = ver;
        type_cache[h].name = name;
        type_cache[h].value = v;
        return v;
    }
    return type_lookup_uncached(type, name);
}

static Value type_lookup_uncached(TypeObject *type, Value name) {
    if (!(type->flags & TPFLAG_READY) && type_ready(type) < 0) {
        err_clear();
        return V_NULL;
    }
    Value mro = type->mro;
    int64_t n = tuple_size(mro);
    Value *items = tuple_items(mro);
    for (int64_t i = 0; i < n; i++) {
        TypeObject *t = (TypeObject *)v_as_obj(items[i]);
        Value v = dict_get_str(t->dict, name);
        if (!v_is_null(v)) return v;
    }
    return V_NULL;
}

bool type_is_subtype(TypeObject *a, TypeObject *b) {
    if (a == b || b == &ObjectType) return true;
    if (v_is_ptr(a->mro) && (a->flags & TPFLAG_READY)) {
        int64_t n = tuple_size(a->mro);
        Value *items = tuple_items(a->mro);
        for (int64_t i = 1; i < n; i++)
            if (v_as_obj(items[i]) == &b->ob) return true;
        return false;
    }
    for (TypeObject *t = a->base; t; t = t->base)
        if (t == b) return true;
    return false;
}

/* ---- object ---------------------------------------------------------------- */

static Value object_repr(Value self) {
    TypeObject *t = v_type(self);
    if (t->flags & TPFLAG_HEAPTYPE) {
        /* Classes print as module.qualname (CPython's object_repr). */
        Value n = type_full_name(t);
        if (v_is_null(n)) return V_NULL;
        Value r = str_printf("<%s object at %p>", str_data(n), (void *)v_as_obj(self));
        v_decref(n);
        return r;
    }
    return str_printf("<%s object at %p>", v_type_name(self),
                      v_is_ptr(self) ? (void *)v_as_obj(self) : (void *)(uintptr_t)self);
}

/* CPython's pointer hash: the low bits of an address are always zero, so
 * rotate them away. Inline values (None) hash their bit pattern. */
static int64_t object_hash(Value self) {
    uint64_t x = v_is_ptr(self) ? (uint64_t)(uintptr_t)v_as_obj(self) : self;
    x = (x >> 4) | (x << 60);
    int64_t h = (int64_t)x;
    return h == -1 ? -2 : h;
}

static Value object_richcompare(Value a, Value b, int op) {
    switch (op) {
    case CMP_EQ:
        return a == b ? V_TRUE : V_NOTIMPL;
    case CMP_NE: {
        /* __ne__ delegates to __eq__ and inverts it unless NotImplemented. */
        Value (*eq)(Value, Value, int) = v_type(a)->richcompare;
        Value r = (eq && eq != object_richcompare) ? eq(a, b, CMP_EQ)
                                                   : (a == b ? V_TRUE : V_NOTIMPL);
        if (v_is_null(r) || r == V_NOTIMPL) return r;
        int t = obj_truthy(r);
        v_decref(r);
        if (t < 0) return V_NULL;
        return v_from_bool(!t);
    }
    default:
        return V_NOTIMPL;
    }
}

static Value object_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (nargs || (!v_is_null(kwnames) && tuple_size(kwnames)))
        return err_format(&Exc_TypeError, "%s() takes no arguments", type->name);
    Object *o = obj_alloc(type, type->basicsize ? type->basicsize : sizeof(Object));
    return o ? v_from_obj(o) : V_NULL;
}

static Value object_get_class(Value self) { return v_newref(v_from_obj(v_type(self))); }

/* The first non-heap type on t's base chain: the C layout its instances have. */
static TypeObject *class_solid_base(TypeObject *t) {
    while (t->base && (t->flags & TPFLAG_HEAPTYPE)) t = t->base;
    return t;
}

/* obj.__class__ = C (CPython's object_set_class): only between heap types
 * whose instances have the same layout (same builtin base, size, dict
 * offset and __slots__), so every field the old class's code may touch
 * exists under the new one. The instance holds a reference to its class. */
static int object_set_class(Value self, Value v) {
    if (v_is_null(v)) {
        err_format(&Exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!v_is_ptr(v) || !(v_as_obj(v)->type->flags & TPFLAG_TYPE_SUBCLASS)) {
        err_format(&Exc_TypeError, "__class__ must be set to a class, not '%s' object", v_type_name(v));
        return -1;
    }
    TypeObject *old = v_type(self), *new = (TypeObject *)v_as_obj(v);
    if (!v_is_ptr(self) || !(old->flags & TPFLAG_HEAPTYPE) || !(new->flags & TPFLAG_HEAPTYPE)) {
        err_format(&Exc_TypeError,
                   "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (old == new) return 0;
    Value os = as_heaptype(old)->slots, ns = as_heaptype(new)->slots;
    bool same_slots = v_is_null(os) ? v_is_null(ns) : !v_is_null(ns) && obj_eq(os, ns) == 1;
    if (class_solid_base(old) != class_solid_base(new) || old->basicsize != new->basicsize ||
        old->dictoffset != new->dictoffset || old->dealloc != new->dealloc ||
        ((old->flags ^ new->flags) & TPFLAG_INLINE_ATTRS) ||
        (old->flags & TPFLAG_HAVE_GC) != (new->flags & TPFLAG_HAVE_GC) || !same_slots) {
        err_clear();
        err_format(&Exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                   new->name, old->name);
        return -1;
    }
    obj_incref(&new->ob);
    v_as_obj(self)->type = new;
    obj_decref(&old->ob);
    return 0;
}

static const GetSetDef object_getset[] = {
    {"__class__", object_get_class, object_set_class},
    {NULL, NULL, NULL},
};

TypeObject ObjectType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "object",
    .basicsize = sizeof(Object),
    .flags = TPFLAG_BASETYPE,
    .dealloc = obj_free,
    .repr = object_repr,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .construct = object_construct,
    .getset = object_getset,
};

/* ---- type ------------------------------------------------------------------- */

static inline TypeObject *as_type(Value v) { return (TypeObject *)v_as_obj(v); }

static Value type_repr(Value self) {
    if (as_type(self)->flags & TPFLAG_HEAPTYPE) {
        Value n = type_full_name(as_type(self));
        if (v_is_null(n)) return V_NULL;
        Value r = str_printf("<class '%s'>", str_data(n));
        v_decref(n);
        return r;
    }
    return str_printf("<class '%s'>", as_type(self)->name);
}

static Value type_call(Value callable, const Value *args, size_t nargs, Value kwnames) {
    TypeObject *t = as_type(callable);
    if (!t->construct)
        return err_format(&Exc_TypeError, "cannot create '%s' instances", t->name);
    return t->construct(t, args, nargs, kwnames);
}

/* type(x): the one-argument form. The three-argument form belongs to class
 * creation (a later issue). */
static Value type_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    bool nokw = v_is_null(kwnames) || tuple_size(kwnames) == 0;
    if (type == &TypeType && nargs == 1 && nokw)
        return v_newref(v_from_obj(v_type(args[0])));
    if (nargs == 3)
        return type_new(type, args[0], args[1], args[2], kwnames, args + 3);
    return err_format(&Exc_TypeError, "type() takes 1 or 3 arguments");
}

/* Attribute lookup on a type: data descriptors of the metatype (int.__name__)
 * win, then the type's own mro (str.join, dict.fromkeys bound to the type),
 * then anything else the metatype has. */
static Value type_getattr(Value self, Value name) {
    TypeObject *t = as_type(self);
    TypeObject *meta = v_type(self);
    Value meta_attr = type_lookup(meta, name);
    if (!v_is_null(meta_attr) && v_is_type(meta_attr, &GetSetDescrType))
        return descr_get(meta_attr, self, meta);
    Value attr = type_lookup(t, name);
    if (!v_is_null(attr)) return descr_get(attr, V_NULL, t);
    if (!v_is_null(meta_attr)) return descr_get(meta_attr, self, meta);
    return err_format(&Exc_AttributeError, "type object '%s' has no attribute '%s'",
                      t->name, str_data(name));
}

static int type_setattr(Value self, Value name, Value v) {
    TypeObject *t = as_type(self);
    if (!(t->flags & TPFLAG_HEAPTYPE)) {
        err_format(&Exc_TypeError, "cannot set '%s' attribute of immutable type '%s'",
                   str_data(name), t->name);
        return -1;
    }
    /* Data descriptors of the metatype come first, as in CPython's
     * type_setattro: a property with a setter on a metaclass, and the
     * type getsets (__name__, __qualname__; read-only ones raise). */
    Value meta_attr = type_lookup(v_type(self), name);
    if (!v_is_null(meta_attr) && v_is_ptr(meta_attr) &&
        (v_as_obj(meta_attr)->type == &GetSetDescrType || v_as_obj(meta_attr)->type->descr_set) &&
        !str_eq_cstr(name, "__module__") && !str_eq_cstr(name, "__bases__"))
        return obj_generic_setattr_dict(self, name, v, NULL);
    if (t->flags & TPFLAG_HEAPTYPE) return heaptype_setattr(t, name, v);
    int r;
    if (v_is_null(v)) {
        r = dict_del(t->dict, name);
        if (r < 0 && err_matches(&Exc_KeyError)) {
            err_clear();
            err_format(&Exc_AttributeError, "type object '%s' has no attribute '%s'",
                       t->name, str_data(name));
        }
    } else {
        r = dict_set(t->dict, name, v);
    }
    t->version = type_next_version();
    return r;
}

/* A static type named "module.name" (itertools.count, collections.deque)
 * has __name__ "name" and __module__ "module", as CPython's tp_name rule. */
static const char *static_type_short_name(TypeObject *t) {
    const char *dot = (t->flags & TPFLAG_HEAPTYPE) ? NULL : strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

static Value type_get_name(Value self) { return str_from_cstr(static_type_short_name(as_type(self))); }

static Value type_get_module(Value self) {
    TypeObject *t = as_type(self);
    if (t->flags & TPFLAG_HEAPTYPE) {
        Value m = dict_get_cstr(t->dict, "__module__");
        if (!v_is_null(m)) return v_newref(m);
    }
    const char *dot = strrchr(t->name, '.');
    if (dot && !(t->flags & TPFLAG_HEAPTYPE)) return str_new(t->name, (size_t)(dot - t->name));
    return str_from_cstr("builtins");
}

static Value type_get_mro(Value self) { return v_newref(as_type(self)->mro); }

static Value type_get_qualname(Value self) {
    TypeObject *t = as_type(self);
    if (t->flags & TPFLAG_HEAPTYPE) return v_newref(as_heaptype(t)->qualname);
    return str_from_cstr(static_type_short_name(t));
}

static Value type_get_bases(Value self) {
    TypeObject *t = as_type(self);
    if (t->flags & TPFLAG_HEAPTYPE) return v_newref(as_heaptype(t)->bases);
    if (!t->base) return tuple_empty();
    return tuple_pack(1, v_from_obj(t->base));
}

static Value type_get_base(Value self) {
    TypeObject *t = as_type(self);
    return t->base ? v_newref(v_from_obj(t->base)) : V_NONE;
}

/* A read-only mappingproxy over the real dict, as CPython: the dict must
 * only change through type_setattr (version tags). */
static Value type_get_dict(Value self) { return mappingproxy_new(as_type(self)->dict); }

/* Heap types only (static types were refused by type_setattr): the new
 * name must be a str without NUL; type.name keeps pointing at its data. */
static int type_check_name_value(TypeObject *t, Value v, const char *attr) {
    if (v_is_null(v)) {
        err_format(&Exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", attr, t->name);
        return -1;
    }
    if (!v_is_str(v)) {
        err_format(&Exc_TypeError, "can only assign string to %s.%s, not '%s'", t->name, attr,
                   v_type_name(v));
        return -1;
    }
    return 0;
}

static int type_set_name(Value self, Value v) {
    TypeObject *t = as_type(self);
    if (type_check_name_value(t, v, "__name__") < 0) return -1;
    if (strlen(str_data(v)) != (size_t)str_nbytes(v)) {
        err_format(&Exc_ValueError, "type name must not contain null characters");
        return -1;
    }
    HeapTypeObject *ht = as_heaptype(t);
    Value old = ht->name;
    ht->name = v_newref(v);
    t->name = str_data(ht->name);
    v_decref(old);
    return 0;
}

static int type_set_qualname(Value self, Value v) {
    TypeObject *t = as_type(self);
    if (type_check_name_value(t, v, "__qualname__") < 0) return -1;
    v_setref(&as_heaptype(t)->qualname, v_newref(v));
    return 0;
}

/* type.__flags__: coil's flags in CPython's bit positions (Py_TPFLAGS_*),
 * for the Python code that tests them (copyreg's heap-type check,
 * inspect): IMMUTABLETYPE 8, HEAPTYPE 9, BASETYPE 10, READY 12, HAVE_GC 14,
 * IS_ABSTRACT 20, and the LONG..TYPE subclass bits 24..31. */
static Value type_get_flags(Value self) {
    uint32_t f = as_type(self)->flags;
    uint64_t r = 0;
    if (f & TPFLAG_HEAPTYPE) r |= 1u << 9;
    else r |= 1u << 8;
    if (f & TPFLAG_BASETYPE) r |= 1u << 10;
    if (f & TPFLAG_READY) r |= 1u << 12;
    if (f & TPFLAG_HAVE_GC) r |= 1u << 14;
    if (f & TPFLAG_IS_ABSTRACT) r |= 1u << 20;
    if (f & TPFLAG_INT_SUBCLASS) r |= 1u << 24;
    if (f & TPFLAG_LIST_SUBCLASS) r |= 1u << 25;
    if (f & TPFLAG_TUPLE_SUBCLASS) r |= 1u << 26;
    if (f & TPFLAG_BYTES_SUBCLASS) r |= 1u << 27;
    if (f & TPFLAG_STR_SUBCLASS) r |= 1u << 28;
    if (f & TPFLAG_DICT_SUBCLASS) r |= 1u << 29;
    if (f & TPFLAG_BASE_EXC_SUBCLASS) r |= 1u << 30;
    if (f & TPFLAG_TYPE_SUBCLASS) r |= 1u << 31;
    return int_from_u64(r);
}

static const GetSetDef type_getset[] = {
    {"__dict__", type_get_dict, NULL},
    {"__flags__", type_get_flags, NULL},
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, NULL},
    {"__mro__", type_get_mro, NULL},
    {"__bases__", type_get_bases, NULL},
    {"__base__", type_get_base, NULL},
    {NULL, NULL, NULL},
};

/* Only heap types are ever freed; static types are immortal. */
static void type_dealloc(Object *o) {
    TypeObject *t = (TypeObject *)o;
    if (t->flags & TPFLAG_HEAPTYPE) heaptype_clear(t);
    v_clear(&t->dict);
    v_clear(&t->mro);
    obj_free(o);
}

/* Classes are containers: every class is in a cycle with its own mro
 * (mro[0] is the class), so only the collector frees them. Static types
 * are immortal and never tracked; both functions act on heap types only. */
static void type_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    TypeObject *t = (TypeObject *)o;
    if (!(t->flags & TPFLAG_HEAPTYPE)) return;
    HeapTypeObject *ht = as_heaptype(t);
    visit(t->dict, arg);
    visit(t->mro, arg);
    visit(ht->name, arg);
    visit(ht->qualname, arg);
    visit(ht->bases, arg);     /* keeps t->base alive: base itself is not visited */
    visit(ht->slots, arg);
}

/* The collector's clear: empties the dict and swaps the mro for the base's
 * (a valid mro without t), so lookups on the dying class stay safe. The new
 * version tag drops method-cache entries borrowed from the old dict. */
static void type_clear(Object *o) {
    TypeObject *t = (TypeObject *)o;
    if (!(t->flags & TPFLAG_HEAPTYPE)) return;
    t->version = type_next_version();
    if (v_is_ptr(t->dict)) dict_clear(t->dict);
    if (t->base && v_is_ptr(t->base->mro)) v_setref(&t->mro, v_newref(t->base->mro));
}

/* type | x and x | type (PEP 604): a types.UnionType, built by
 * types._union_or in lib/types.py (imported on first use); it returns
 * NotImplemented for operands that are not types. */
static Value type_or(Value a, Value b) {
    Value types = import_module(str_intern_cstr("types"));
    if (v_is_null(types)) return V_NULL;
    Value f = obj_getattr(types, str_intern_cstr("_union_or"));
    v_decref(types);
    if (v_is_null(f)) return V_NULL;
    Value args[2] = {a, b};
    Value r = obj_call(f, args, 2, V_NULL);
    v_decref(f);
    return r;
}

TypeObject TypeType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "type",
    .base = &ObjectType,
    .basicsize = sizeof(TypeObject),
    .flags = TPFLAG_BASETYPE | TPFLAG_TYPE_SUBCLASS | TPFLAG_HAVE_GC | TPFLAG_NEW_TAKES_ARGS,
    .dealloc = type_dealloc,
    .traverse = type_traverse,
    .clear = type_clear,
    .repr = type_repr,
    .call = type_call,
    .construct = type_construct,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .getset = type_getset,
    .nb = {[NB_OR] = type_or},
};

/* ---- None, NotImplemented, Ellipsis ---------------------------------------------- */

static bool has_args(size_t nargs, Value kwnames) {
    return nargs || (!v_is_null(kwnames) && tuple_size(kwnames));
}

static Value none_repr(Value self) { (void)self; return str_intern_cstr("None"); }
static int none_bool(Value self) { (void)self; return 0; }
static Value none_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    (void)type; (void)args;
    if (has_args(nargs, kwnames)) return err_format(&Exc_TypeError, "NoneType takes no arguments");
    return V_NONE;
}

/* CPython hashes None by its address (rotated right by 4): random above
 * the page offset, but its low 8 bits are fixed by _Py_NoneStruct's place
 * in its page, and they decide where None sits in a small set, so
 * {None, 0, 1} prints the same every run. This is one such hash of
 * CPython 3.11 (low byte 0xbe), so coil's small sets print as CPython's. */
static int64_t none_hash(Value self) {
    (void)self;
    return 8738886278078;
}

TypeObject NoneType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "NoneType",
    .base = &ObjectType,
    .hash = none_hash,
    .repr = none_repr,
    .bool_ = none_bool,
    .construct = none_construct,
};

static Value notimpl_repr(Value self) { (void)self; return str_intern_cstr("NotImplemented"); }
static Value notimpl_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    (void)type; (void)args;
    if (has_args(nargs, kwnames))
        return err_format(&Exc_TypeError, "NotImplementedType takes no arguments");
    return V_NOTIMPL;
}

TypeObject NotImplementedType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "NotImplementedType",
    .base = &ObjectType,
    .basicsize = sizeof(Object),
    .repr = notimpl_repr,
    .construct = notimpl_construct,
};

static Value ellipsis_repr(Value self) { (void)self; return str_intern_cstr("Ellipsis"); }
static Value ellipsis_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    (void)type; (void)args;
    if (has_args(nargs, kwnames))
        return err_format(&Exc_TypeError, "EllipsisType takes no arguments");
    return V_ELLIPSIS;
}

TypeObject EllipsisType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "ellipsis",
    .base = &ObjectType,
    .basicsize = sizeof(Object),
    .repr = ellipsis_repr,
    .construct = ellipsis_construct,
};

Object NotImplementedObj = OBJECT_HEAD_INIT(&NotImplementedType);
Object EllipsisObj = OBJECT_HEAD_INIT(&EllipsisType);

/* instance.c: attribute storage of instances of classes.
 *
 * The dict slot of an instance (type->dictoffset) holds V_NULL (inline
 * mode for classes over object: the values sit in the InlineAttrs block
 * after the slot, see classobj.h; no attributes otherwise), an AttrsObject
 * (shape mode past INLINE_NSLOTS names: a value vector described by a
 * Shape) or a real dict (dict mode). Plain instances of classes over
 * object start in inline mode; everything
 * else (exception and builtin subclasses, whose own C code may read the
 * dict slot directly) uses a dict. An instance leaves shape mode for good
 * when a program needs the dict itself (__dict__, vars()), deletes an
 * attribute, uses a non-str name or exceeds SHAPE_MAX_SLOTS names: so the
 * dict and the attributes never need syncing, there is only one store.
 * Every access goes through the functions below. */
#include "classobj.h"
#include "dict.h"
#include "errors.h"
#include "str.h"
#include "tuple.h"

/* ---- shapes ---- */

Shape shape_root = {.id = 1};
Shape shape_none = {.id = 0xFFFFFFFFu};
static uint32_t shape_next_id = 2;

Shape *shape_add(Shape *s, Value name) {
    for (int i = 0; i < s->nnext; i++)
        if (s->next[i]->names[s->nslots] == name) return s->next[i];
    Shape *c = mem_calloc(1, sizeof(Shape));
    Value *names = mem_alloc(sizeof(Value) * (s->nslots + 1));
    if (s->nnext == s->capnext) {
        int cap = s->capnext ? s->capnext * 2 : 2;
        Shape **n = mem_realloc(s->next, sizeof(Shape *) * (size_t)cap);
        if (n) {
            s->next = n;
            s->capnext = cap;
        }
    }
    if (!c || !names || s->nnext == s->capnext) {
        mem_free(c);
        mem_free(names);
        err_nomem();
        return NULL;
    }
    for (uint32_t i = 0; i < s->nslots; i++) names[i] = s->names[i];
    names[s->nslots] = name;
    c->parent = s;
    c->nslots = s->nslots + 1;
    c->id = shape_next_id++;
    c->names = names;
    s->next[s->nnext++] = c;
    return c;
}

/* ---- the attribute vector object ---- */

static void attrs_dealloc(Object *o) {
    AttrsObject *a = (AttrsObject *)o;
    uint32_t n = a->shape->nslots;
    Value *vals = a->values;
    a->shape = &shape_root;
    a->values = NULL;
    for (uint32_t i = 0; i < n; i++) v_decref(vals[i]);
    if (vals != a->inl) mem_free(vals);
    obj_free(o);
}

/* The vector is not a GC object of its own: only its instance ever holds
 * it, so the instance's traverse visits the values (attrs_visit) and its
 * clear drops the vector. One GC allocation per instance, as CPython's
 * inline values, so gen-0 collections come no more often than there. */
void attrs_visit(Value attrs, void (*visit)(Value, void *), void *arg) {
    AttrsObject *a = (AttrsObject *)v_as_obj(attrs);
    for (uint32_t i = 0; i < a->shape->nslots; i++)
        if (v_is_ptr(a->values[i])) visit(a->values[i], arg);
}

TypeObject AttrsType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "instance_attrs",
    .basicsize = sizeof(AttrsObject),
    .dealloc = attrs_dealloc,
};

/* ---- inline values ---- */

void inline_attrs_clear(Object *o) {
    InlineAttrs *ia = inline_attrs(o);
    Shape *s = ia->shape;
    ia->shape = &shape_root;
    for (uint32_t i = 0; i < s->nslots; i++) {
        Value v = ia->values[i];
        ia->values[i] = V_NULL;
        v_decref(v);
    }
}

void inline_attrs_visit(Object *o, void (*visit)(Value, void *), void *arg) {
    InlineAttrs *ia = inline_attrs(o);
    for (uint32_t i = 0; i < ia->shape->nslots; i++)
        if (v_is_ptr(ia->values[i])) visit(ia->values[i], arg);
}

/* The inline block of o when o is in inline mode (dict slot dp V_NULL),
 * else NULL. */
static inline InlineAttrs *inline_mode(Value o, Value *dp) {
    Object *ob = v_as_obj(o);
    return v_is_null(*dp) && type_uses_shapes(ob->type) ? inline_attrs(ob) : NULL;
}

/* The index of name (a str) in shape s, comparing by value for
 * non-interned str; -1 if absent. */
static int shape_find(Shape *s, Value name) {
    int i = shape_index(s, name);
    if (i >= 0 || v_as_str(name)->interned) return i;
    for (uint32_t k = 0; k < s->nslots; k++)
        if (str_eq(s->names[k], name)) return (int)k;
    return -1;
}

bool name_is_dunder(Value name) {
    const char *d = str_data(name);
    int64_t n = str_nbytes(name);
    return n >= 4 && d[0] == '_' && d[1] == '_' && d[n - 1] == '_' && d[n - 2] == '_';
}

static bool is_data_descr_value(Value attr) {
    return v_is_ptr(attr) && (v_as_obj(attr)->type == &GetSetDescrType ||
                              v_as_obj(attr)->type->descr_set != NULL);
}

bool type_refresh_plain(TypeObject *t) {
    uint32_t ver = t->version;
    if (!ver) return false;
    if (t->plain_version == ver) return true;
    if (t->plain_neg_version == ver) return false;
    bool plain = type_is_heap(t) && type_uses_shapes(t) && !t->getattr && !t->setattr &&
                 v_is_ptr(t->mro);
    if (plain) {
        Value *items = tuple_items(t->mro);
        int64_t n = tuple_size(t->mro);
        for (int64_t i = 0; i < n && plain; i++) {
            TypeObject *b = (TypeObject *)v_as_obj(items[i]);
            if (b == &ObjectType) continue;   /* its data descriptors are dunders */
            if (!v_is_dict(b->dict)) { plain = false; break; }
            DictObject *d = v_as_dict(b->dict);
            for (int64_t k = 0; k < d->nentries; k++) {
                Value key = d->entries[k].key, val = d->entries[k].value;
                if (v_is_null(key) || v_is_null(val) || !is_data_descr_value(val)) continue;
                if (!v_is_str(key) || !name_is_dunder(key)) { plain = false; break; }
            }
        }
    }
    if (plain) t->plain_version = ver;
    else t->plain_neg_version = ver;
    return plain;
}

/* The name's index in a's shape, comparing by value for non-interned str. */
static int attrs_find(AttrsObject *a, Value name) { return shape_find(a->shape, name); }

/* A new attribute vector of shape s holding the n = its
 * nslots values (references taken over). NULL on memory failure. */
static AttrsObject *attrs_new(Shape *s, const Value *vals) {
    uint32_t n = s->nslots, cap = ATTRS_INLINE;
    while (cap < n + 1) cap *= 2;
    AttrsObject *a = (AttrsObject *)obj_alloc(&AttrsType, sizeof(AttrsObject) + sizeof(Value) * ATTRS_INLINE);
    if (!a) return NULL;
    a->shape = &shape_root;
    a->cap = ATTRS_INLINE;
    a->values = a->inl;
    if (cap > ATTRS_INLINE) {
        Value *nv = mem_alloc(sizeof(Value) * cap);
        if (!nv) {
            obj_free(&a->ob);
            err_nomem();
            return NULL;
        }
        a->values = nv;
        a->cap = cap;
    }
    for (uint32_t i = 0; i < n; i++) a->values[i] = vals[i];
    a->shape = s;
    return a;
}

/* Moves o's inline values (dict slot *dp V_NULL) into a new attribute
 * vector in the dict slot: o leaves inline mode. */
static int inline_to_attrs(Object *o, Value *dp) {
    InlineAttrs *ia = inline_attrs(o);
    AttrsObject *a = attrs_new(ia->shape, ia->values);
    if (!a) return -1;
    ia->shape = &shape_none;   /* the references moved */
    *dp = v_from_obj(&a->ob);
    return 0;
}

/* Replaces the attrs vector in *dp by an equivalent dict. */
static int attrs_to_dict(Value *dp) {
    AttrsObject *a = (AttrsObject *)v_as_obj(*dp);
    Value d = dict_new();
    if (v_is_null(d)) return -1;
    for (uint32_t i = 0; i < a->shape->nslots; i++)
        if (dict_set(d, a->shape->names[i], a->values[i]) < 0) {
            v_decref(d);
            return -1;
        }
    Value old = *dp;
    *dp = d;
    v_decref(old);
    return 0;
}

Value instance_get_attr(Value o, Value name) {
    Value *dp = instance_dictptr(o);
    if (!dp) return V_NULL;
    if (v_is_null(*dp)) {
        InlineAttrs *ia = inline_mode(o, dp);
        if (!ia || !v_is_str(name)) return V_NULL;
        int i = shape_find(ia->shape, name);
        return i < 0 ? V_NULL : ia->values[i];
    }
    if (v_is_attrs(*dp)) {
        if (!v_is_str(name)) return V_NULL;
        AttrsObject *a = (AttrsObject *)v_as_obj(*dp);
        int i = attrs_find(a, name);
        return i < 0 ? V_NULL : a->values[i];
    }
    /* Attribute names are str; dict_get_str needs no error path. */
    if (v_is_str(name)) return dict_get_str(*dp, name);
    Value v = dict_get(*dp, name);
    if (v_is_null(v)) err_clear();
    return v;
}

/* Adds or replaces name in shape mode; 1 when shape mode cannot take it
 * (the caller converts to a dict), 0, or -1 with an exception. */
static int attrs_store(Value *dp, Value name, Value v) {
    AttrsObject *a = (AttrsObject *)v_as_obj(*dp);
    int i = attrs_find(a, name);
    if (i >= 0) {
        v_setref(&a->values[i], v_newref(v));
        return 0;
    }
    if (a->shape->nslots >= SHAPE_MAX_SLOTS) return 1;
    /* str_intern_value consumes a reference and returns the interned
     * (immortal) equal string: the shape may keep it without owning it. */
    Value iname = v_as_str(name)->interned ? name : str_intern_value(v_newref(name));
    if (v_is_null(iname)) return -1;
    Shape *s = shape_add(a->shape, iname);
    if (!s) return -1;
    if (s->nslots > a->cap) {
        uint32_t cap = a->cap * 2;
        Value *nv;
        if (a->values == a->inl) {
            nv = mem_alloc(sizeof(Value) * cap);
            if (nv) memcpy(nv, a->inl, sizeof(Value) * a->cap);
        } else {
            nv = mem_realloc(a->values, sizeof(Value) * cap);
        }
        if (!nv) {
            err_nomem();
            return -1;
        }
        a->values = nv;
        a->cap = cap;
    }
    a->values[s->nslots - 1] = v_newref(v);
    a->shape = s;
    return 0;
}

/* Adds or replaces name in inline mode; 1 when inline mode cannot take
 * it (the caller moves the values out), 0, or -1 with an exception. */
static int inline_store(TypeObject *type, InlineAttrs *ia, Value name, Value v) {
    int i = shape_find(ia->shape, name);
    if (i >= 0) {
        v_setref(&ia->values[i], v_newref(v));
        return 0;
    }
    Shape *s = ia->shape;
    if (s->nslots >= INLINE_NSLOTS) return 1;
    Value iname = v_as_str(name)->interned ? name : str_intern_value(v_newref(name));
    if (v_is_null(iname)) return -1;
    Shape *ns = shape_add(s, iname);
    if (!ns) return -1;
    ia->values[s->nslots] = v_newref(v);
    ia->shape = ns;
    if (s == &shape_root) type->first_shape = ns;
    return 0;
}

int instance_set_attr(Value o, Value name, Value v) {
    Value *dp = instance_dictptr(o);
    if (!dp) return v_is_null(v) ? 1 : -1;
    if (v_is_null(*dp) && type_uses_shapes(v_as_obj(o)->type)) {
        InlineAttrs *ia = inline_attrs(v_as_obj(o));
        if (v_is_str(name)) {
            if (!v_is_null(v)) {
                int r = inline_store(v_as_obj(o)->type, ia, name, v);
                if (r <= 0) return r;
            } else if (shape_find(ia->shape, name) < 0) {
                return 1;
            }
        }
        /* Too many names, a delete or a non-str name: out of inline mode
         * (a delete or non-str name then goes on to a dict, below). */
        if (inline_to_attrs(v_as_obj(o), dp) < 0) return -1;
    }
    if (v_is_attrs(*dp)) {
        if (!v_is_null(v) && v_is_str(name)) {
            int r = attrs_store(dp, name, v);
            if (r <= 0) return r;
        } else if (v_is_null(v) && v_is_str(name) &&
                   attrs_find((AttrsObject *)v_as_obj(*dp), name) < 0) {
            return 1;
        }
        if (attrs_to_dict(dp) < 0) return -1;
    }
    if (v_is_null(v)) {
        if (v_is_null(*dp)) return 1;
        if (dict_del(*dp, name) == 0) return 0;
        if (err_matches(&Exc_KeyError)) {
            err_clear();
            return 1;
        }
        return -1;
    }
    if (v_is_null(*dp)) {
        Value d = dict_new();
        if (v_is_null(d)) return -1;
        *dp = d;
    }
    return dict_set(*dp, name, v);
}

Value instance_dict(Value o) {
    Value *dp = instance_dictptr(o);
    if (!dp)
        return err_format(&Exc_AttributeError, "'%s' object has no attribute '__dict__'",
                          v_type_name(o));
    if (v_is_null(*dp) && type_uses_shapes(v_as_obj(o)->type) &&
        inline_to_attrs(v_as_obj(o), dp) < 0)
        return V_NULL;
    if (v_is_attrs(*dp) && attrs_to_dict(dp) < 0) return V_NULL;
    if (v_is_null(*dp)) {
        Value d = dict_new();
        if (v_is_null(d)) return V_NULL;
        *dp = d;
    }
    return v_newref(*dp);
}

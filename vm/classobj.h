/* classobj.h: classes defined in Python (heap types), their instances, and
 * the descriptor types that classes use (property, classmethod,
 * staticmethod, super, __slots__ members).
 *
 * Heap types (typeobject.c). A class is a HeapTypeObject: a TypeObject
 * followed by the Values only classes have (name, qualname, bases, slots).
 * TypeObject.name points into the name string, which the type owns.
 * t->base is the "best base" (the base whose instance layout the class
 * extends, CPython's best_base); t->mro is the C3 linearisation.
 *
 * Instances (instance.c). An instance's attribute dict is a Value at byte
 * offset type->dictoffset from the object's start (V_NULL until the first
 * store). Plain classes over object use InstanceObject {ob, dict}; a class
 * over a builtin with a fixed-size layout (list, dict, set, exceptions, ...)
 * puts the slot after the base's struct (exceptions already carry one).
 * __slots__ members live after that at fixed offsets, each a Value.
 *
 * Classes over object (TPFLAG_INLINE_ATTRS) also put an InlineAttrs block
 * (a Shape and INLINE_NSLOTS values) right after the dict slot, before
 * any __slots__ members; see InlineAttrs below.
 *
 * Attribute storage is reached only through instance_get_attr /
 * instance_set_attr / instance_dict (and the specialised forms in eval.c
 * and jit/helpers_call.c, which read the inline block and the vector).
 */
#ifndef COIL_CLASSOBJ_H
#define COIL_CLASSOBJ_H

#include "object.h"
#include "tuple.h"

typedef struct TypeList {
    int n, cap;
    TypeObject **items;
} TypeList;

typedef struct HeapTypeObject {
    TypeObject type;
    Value name;          /* str; type.name points at its data */
    Value qualname;      /* str */
    Value bases;         /* tuple of types */
    Value slots;         /* tuple of (mangled) str, or V_NULL without __slots__ */
    int64_t slots_offset;/* byte offset of the first __slots__ member */
    /* CALL_ALLOC_AND_ENTER_INIT's per-class cache (type_spec_init): while
     * init_version == type.version (never 0), calling the class is
     * object.__new__ then init_func, a Python function borrowed from a dict
     * on the mro (a dict change bumps the version). */
    uint32_t init_version;
    Value init_func;
} HeapTypeObject;

typedef struct InstanceObject {
    Object ob;
    Value dict;          /* V_NULL until the first attribute store */
} InstanceObject;

static inline bool type_is_heap(const TypeObject *t) { return (t->flags & TPFLAG_HEAPTYPE) != 0; }
static inline HeapTypeObject *as_heaptype(TypeObject *t) { return (HeapTypeObject *)t; }

/* Whether v is a class (an instance of type or of a metaclass). */
static inline bool v_is_class(Value v) {
    return v_is_ptr(v) && (v_type(v)->flags & TPFLAG_TYPE_SUBCLASS);
}

/* The byte offset of the first __slots__ member of a class defined with
 * exactly nslots slots, or -1 (not a heap class, or other slots): how the
 * C fast paths over lib/ classes (decimal, datetime) find their fields. */
static inline int64_t heaptype_slots_offset(TypeObject *t, int64_t nslots) {
    if (!type_is_heap(t)) return -1;
    HeapTypeObject *ht = as_heaptype(t);
    if (v_is_null(ht->slots) || tuple_size(ht->slots) != nslots) return -1;
    return ht->slots_offset;
}

/* ---- typeobject.c ---- */

/* For CALL_ALLOC_AND_ENTER_INIT: true (and t's init cache filled) when
 * calling t is exactly object.__new__ plus a Python __init__ function: t is
 * a heap class of metatype type over object, no Python __new__, not
 * abstract, with an __init__ found on the mro that is a plain function. */
bool type_spec_init(TypeObject *t);
/* object.__new__(t) without arguments: the allocation the generic path
 * uses (alloc_instance). New reference or V_NULL with the error set. */
Value type_alloc_plain(TypeObject *t);

/* type(name, bases, dict, **kwds) with metatype meta: a new class. New reference. */
Value type_new(TypeObject *meta, Value name, Value bases, Value dict, Value kwnames,
               const Value *kwvalues);
/* builtins.__build_class__(func, name, *bases, metaclass=..., **kwds). */
Value build_class(Value self, const Value *args, size_t nargs, Value kwnames);
/* setattr on a heap type: stores in the dict, invalidates version tags of
 * the type and every subclass, re-installs slots for dunder names. */
int heaptype_setattr(TypeObject *t, Value name, Value v);
/* "module.qualname" for heap types outside builtins, else the name. New reference. */
Value type_full_name(TypeObject *t);
/* Calls __init_subclass__/__set_name__ etc.: part of type_new. Registers
 * __build_class__, property, classmethod, staticmethod, super in builtins
 * and object/type/list/dict/BaseException's __init__/__new__. */
int classes_init(Value builtins);
/* Readies the descriptor types of descr_py.c. */
int descr_py_init(void);
/* Releases what a heap type owns beyond TypeObject's dict and mro (from
 * type_dealloc). */
void heaptype_clear(TypeObject *t);
/* Links sub into base's subclass list / removes it. */
int type_add_subclass(TypeObject *base, TypeObject *sub);
void type_remove_subclass(TypeObject *base, TypeObject *sub);

/* ---- instance.c ---- */

/* Hidden classes. A Shape is an immutable node of one global transition
 * tree (root: no attributes); the node reached by adding names n1..nk in
 * that order lists them in names[0..k-1], and an instance with that shape
 * keeps the value of names[i] in values[i]. Shapes are never freed (their
 * names are interned, immortal strings), so a cached Shape pointer stays
 * valid forever and pointer equality is the guard. */
typedef struct Shape {
    struct Shape *parent;
    uint32_t nslots;          /* number of names */
    uint32_t id;              /* unique, 1.. (0 = none) */
    Value *names;             /* nslots interned str */
    struct Shape **next;      /* transitions: children, each adding one name */
    int nnext, capnext;
} Shape;

/* The attribute storage of a plain instance in shape mode: what its dict
 * slot holds instead of a dict (the slot holds V_NULL, a dict, or this).
 * Only instances of heap types whose static base is object use it; it
 * turns into a dict (for good) on a delete, a non-str name, more than
 * SHAPE_MAX_SLOTS names, or a request for __dict__ / vars(). */
typedef struct AttrsObject {
    Object ob;
    Shape *shape;
    uint32_t cap;
    Value *values;            /* shape->nslots owned references: inl until
                               * more than ATTRS_INLINE names, then a
                               * separate array */
    Value inl[];              /* ATTRS_INLINE values in the same block */
} AttrsObject;
#define ATTRS_INLINE 6
#define SHAPE_MAX_SLOTS 64
extern TypeObject AttrsType;

/* Inline attribute values. Every instance of a heap type over object
 * that has a dict slot (TPFLAG_INLINE_ATTRS; the slot is always at a fixed
 * dictoffset > 0) carries an InlineAttrs block right after the slot, at
 * dictoffset + sizeof(Value): the instance's Shape and the values of its
 * first INLINE_NSLOTS attributes, so a shape-checked attribute access is
 * instance -> value with no second object. The instance is in inline mode
 * while its dict slot is V_NULL: values[0 .. shape->nslots-1] are owned
 * references (shape NULL means the root: no attributes; slots past nslots
 * are garbage). It leaves inline mode for good when the dict slot gets an
 * AttrsObject (more than INLINE_NSLOTS names) or a dict (__dict__, vars(),
 * del, non-str names): the values move there and shape becomes
 * &shape_none. So shape is &shape_none exactly when the dict slot is not
 * V_NULL, never NULL (fresh: &shape_root), and a cached shape (never
 * shape_none) matching the inline shape proves inline mode. */
#define INLINE_NSLOTS 8
/* The root of the shape tree (id 1) and the shape of an inline block whose
 * instance left inline mode (no names, no transitions, id 0xFFFFFFFF: it
 * matches no cached shape or shape id). */
extern Shape shape_root, shape_none;
typedef struct InlineAttrs {
    Shape *shape;
    Value values[INLINE_NSLOTS];
} InlineAttrs;
static inline InlineAttrs *inline_attrs_at(Object *o, int64_t dictoffset) {
    return (InlineAttrs *)((char *)o + dictoffset + sizeof(Value));
}
/* The instance's inline block (its type has TPFLAG_INLINE_ATTRS). */
static inline InlineAttrs *inline_attrs(Object *o) { return inline_attrs_at(o, o->type->dictoffset); }
/* Decrefs the inline values and resets the shape to the root (dealloc,
 * clear: the dict slot is cleared too). */
void inline_attrs_clear(Object *o);
/* Visits the inline values (the instance's traverse). */
void inline_attrs_visit(Object *o, void (*visit)(Value, void *), void *arg);

static inline bool v_is_attrs(Value v) { return v_is_ptr(v) && v_as_obj(v)->type == &AttrsType; }
/* Visits the values of an attribute vector (its instance's traverse). */
void attrs_visit(Value attrs, void (*visit)(Value, void *), void *arg);
/* The index of the interned name in shape, or -1. */
static inline int shape_index(const Shape *s, Value name) {
    for (uint32_t i = 0; i < s->nslots; i++)
        if (s->names[i] == name) return (int)i;
    return -1;
}
/* The child of s adding name (interned), created on first use; NULL on
 * memory failure (exception set). */
Shape *shape_add(Shape *s, Value name);
/* Whether instances of t use shapes (inline, then an AttrsObject): heap
 * types over object with a dict slot. */
static inline bool type_uses_shapes(TypeObject *t) { return (t->flags & TPFLAG_INLINE_ATTRS) != 0; }
/* Computes (and memoises against t's version) whether t is plain (see
 * TypeObject.plain_version). */
bool type_refresh_plain(TypeObject *t);
/* Whether t is plain: one compare while the memo is current. Always
 * inline: out of line (GCC's choice in the eval loop), each _POLY access
 * paid a call and four register spills around it. */
static inline __attribute__((always_inline)) bool type_is_plain(TypeObject *t) {
    return (t->plain_version == t->version && t->version) || type_refresh_plain(t);
}
/* Whether name (a str) has the form __x__: such names may be data
 * descriptors of every class (__dict__, __weakref__, __class__), so the
 * _POLY forms are never used for them. */
bool name_is_dunder(Value name);

/* The dict slot of an instance of a str/bytes/tuple subclass (dictoffset
 * < 0): the Value after the object's data, rounded up to a Value boundary;
 * the base's constructor allocates it when called for such a type. */
Value *instance_var_dictptr(Object *o);

/* Pointer to o's dict slot, or NULL if instances of its type have none. */
static inline Value *instance_dictptr(Value o) {
    if (!v_is_ptr(o)) return NULL;
    TypeObject *t = v_as_obj(o)->type;
    if (!t->dictoffset) return NULL;
    if (__builtin_expect(t->dictoffset < 0, 0)) return instance_var_dictptr(v_as_obj(o));
    return (Value *)((char *)v_as_obj(o) + t->dictoffset);
}
/* The value stored under name in o's own attributes: borrowed, or V_NULL
 * (no exception) if absent or o has no attribute storage. */
Value instance_get_attr(Value o, Value name);
/* Stores v (borrowed) under name; v V_NULL deletes. Returns 0, -1 with an
 * exception, or 1 when deleting a name that is absent (no exception). */
int instance_set_attr(Value o, Value name, Value v);
/* o.__dict__: the instance's dict, created on demand. New reference. */
Value instance_dict(Value o);

/* ---- descr_py.c ---- */
extern TypeObject PropertyType, ClassMethodType, StaticMethodType, SuperType, MemberDescrType;
/* A __slots__ member stored at offset in instances of owner. New reference. */
Value member_descr_new(Value name, TypeObject *owner, int64_t offset);
/* The byte offset of the __slots__ member descr in instances of t, or -1
 * if descr is no member descriptor or t is not a subtype of its owner. */
int64_t member_descr_slot_offset(Value descr, TypeObject *t);

#endif

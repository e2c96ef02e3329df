/* object.h: the heap object header, type objects, reference counting.
 *
 * Every heap object starts with Object {refcnt, type}. Reference counting
 * is plain: incref never branches; immortal objects (interned names,
 * singletons, type objects, constants of code objects) start with a huge
 * count that decref can never bring to zero, so they need no special case.
 *
 * Ownership convention across coil: arguments are borrowed; a function
 * whose declaration says "new reference" returns a reference the caller
 * owns; "steals" on a parameter means the callee takes over the caller's
 * reference.
 */
#ifndef COIL_OBJECT_H
#define COIL_OBJECT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "value.h"

typedef struct TypeObject TypeObject;

typedef struct Object {
    int64_t refcnt;
    TypeObject *type;
} Object;

#define IMMORTAL_REFCNT (1ll << 60)

/* ---- memory (mimalloc underneath) ---------------------------------------- */

/* Requests above this many bytes fail at once (MemoryError), as CPython's
 * malloc refuses them: physical memory plus swap, set by runtime_init.
 * mimalloc would otherwise reserve a terabyte lazily and the program would
 * die of the OOM killer while filling it. */
extern size_t mem_limit;
void *mem_alloc(size_t size);                 /* NULL on failure, no exception set */
void *mem_calloc(size_t n, size_t size);
void *mem_realloc(void *p, size_t size);
void mem_free(void *p);
/* Bytes actually usable in the block p (>= the size asked for). */
size_t mem_usable_size(const void *p);

/* Allocates size bytes (>= sizeof(Object)), sets type and refcnt 1.
 * Sets MemoryError and returns NULL on failure. New reference. */
Object *obj_alloc(TypeObject *type, size_t size);
/* Frees the memory of an object whose fields are already released. */
void obj_free(Object *o);
/* Calls o->type->dealloc; only decref calls this. */
void obj_dealloc(Object *o);
static inline void obj_make_immortal(Object *o) { o->refcnt = IMMORTAL_REFCNT; }

static inline __attribute__((always_inline)) void obj_incref(Object *o) { o->refcnt++; }
static inline __attribute__((always_inline)) void obj_decref(Object *o) {
    if (--o->refcnt == 0) obj_dealloc(o);
}
/* Safe on any Value, V_NULL included: inline values carry no count.
 * always_inline: GCC otherwise splits the pointer case into an
 * out-of-line v_incref.part.0 called from the interpreter's hot paths. */
static inline __attribute__((always_inline)) void v_incref(Value v) {
    if (v_is_ptr(v)) v_as_obj(v)->refcnt++;
}
static inline __attribute__((always_inline)) void v_decref(Value v) {
    if (v_is_ptr(v)) obj_decref(v_as_obj(v));
}
/* Returns v after incref: for "return v_newref(borrowed)". */
static inline __attribute__((always_inline)) Value v_newref(Value v) { v_incref(v); return v; }
/* Replace *slot with v (steals v), releasing the old value. */
static inline void v_setref(Value *slot, Value v) {
    Value old = *slot;
    *slot = v;
    v_decref(old);
}
static inline void v_clear(Value *slot) { v_setref(slot, V_NULL); }

/* ---- calling convention ----------------------------------------------------
 *
 * One convention for everything callable ("vectorcall"): positional and
 * keyword argument values in one array; kwnames is V_NULL or a tuple of str
 * naming the last len(kwnames) entries of args, nargs counts only the
 * positional ones. args are borrowed. Returns a new reference or V_NULL.
 */
typedef Value (*VectorCall)(Value callable, const Value *args, size_t nargs, Value kwnames);
/* C functions and methods: self is the bound object (the module or V_NULL
 * for a plain builtin function, the instance for a method). */
typedef Value (*CFunc)(Value self, const Value *args, size_t nargs, Value kwnames);

typedef Value (*UnaryFunc)(Value);
typedef Value (*BinaryFunc)(Value, Value);

/* BINARY_OP opargs, same numbering as CPython 3.11's NB_*; the in-place
 * forms are the plain form + NB_INPLACE. */
enum {
    NB_ADD = 0, NB_AND, NB_FLOOR_DIVIDE, NB_LSHIFT, NB_MATRIX_MULTIPLY,
    NB_MULTIPLY, NB_REMAINDER, NB_OR, NB_POWER, NB_RSHIFT, NB_SUBTRACT,
    NB_TRUE_DIVIDE, NB_XOR,
    NB_BINARY_COUNT,              /* 13 */
    NB_INPLACE = NB_BINARY_COUNT  /* NB_INPLACE + NB_ADD is "+=" */
};

/* COMPARE_OP opargs, CPython's order. */
enum { CMP_LT = 0, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

/* Whether comparison op holds for a three-way order c (< 0, 0, > 0). */
static inline bool cmp_order_holds(int op, int c) {
    switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

/* Method and attribute tables of builtin types; type_ready turns them into
 * descriptor objects in the type's dict. */
#define METH_STATIC 1      /* fn gets self = V_NULL (e.g. str.maketrans) */
#define METH_CLASS  2      /* fn gets self = the type (e.g. dict.fromkeys) */
typedef struct MethodDef {
    const char *name;
    CFunc fn;
    int flags;
    const char *doc;
} MethodDef;

typedef Value (*Getter)(Value self);                     /* new reference */
typedef int (*Setter)(Value self, Value v);              /* v V_NULL: delete */
typedef struct GetSetDef {
    const char *name;
    Getter get;
    Setter set;       /* NULL: read-only ("attribute ... is not writable") */
} GetSetDef;

/* ---- type objects ----------------------------------------------------------
 *
 * Slot semantics follow CPython's. A NULL slot means "not supported" and the
 * generic operation (abstract.h) raises CPython's TypeError. Binary number
 * slots are called with the operands in source order whichever of the two
 * owns the slot, and return NotImplemented (V_NOTIMPL, a new reference like
 * any other) when they do not handle the pair; abstract.c then tries the
 * other operand's slot. richcompare works the same way with the reflected op.
 */
#define TPFLAG_HEAPTYPE   (1u << 0)   /* created by a class statement */
#define TPFLAG_BASETYPE   (1u << 1)   /* may be subclassed */
#define TPFLAG_HAVE_GC    (1u << 2)   /* instances can be part of cycles */
#define TPFLAG_READY      (1u << 3)   /* type_ready has run */
/* The class has a non-empty __abstractmethods__ (abc.ABCMeta sets it):
 * instantiating it raises TypeError. Not inherited. */
#define TPFLAG_IS_ABSTRACT (1u << 4)
/* A static type whose instances are built from __new__'s arguments (its
 * __init__ is object's): int, str, tuple, frozenset, enumerate, zip, ...
 * A subclass instance is constructed with the call's arguments even when
 * the subclass defines __init__. Not inherited (read on the static base). */
#define TPFLAG_NEW_TAKES_ARGS (1u << 5)
/* Fast subclass tests, inherited by subclasses. */
#define TPFLAG_INT_SUBCLASS   (1u << 8)
#define TPFLAG_STR_SUBCLASS   (1u << 9)
#define TPFLAG_LIST_SUBCLASS  (1u << 10)
#define TPFLAG_TUPLE_SUBCLASS (1u << 11)
#define TPFLAG_DICT_SUBCLASS  (1u << 12)
#define TPFLAG_TYPE_SUBCLASS  (1u << 13)
#define TPFLAG_BASE_EXC_SUBCLASS (1u << 14)
/* Matches sequence patterns in `match` (CPython's Py_TPFLAGS_SEQUENCE): list,
 * tuple, range, collections.deque; inherited like the flags above. */
#define TPFLAG_SEQUENCE       (1u << 15)
/* float and its subclasses' instances (FloatSubObject, float.h): float
 * itself is an inline Value, so only subclass instances are heap objects. */
#define TPFLAG_FLOAT_SUBCLASS (1u << 16)
#define TPFLAG_BYTES_SUBCLASS (1u << 17)
#define TPFLAG_INLINE_ATTRS   (1u << 18)   /* heap type over object with a dict slot: instances carry an InlineAttrs block after it (classobj.h) */
#define TPFLAG_GC_INLINE_ONLY (1u << 19)   /* heap type whose instances are exactly object + dict slot + InlineAttrs block, traverse = subtype_traverse: the collector walks them itself (gc.c) */

struct TypeObject {
    Object ob;
    const char *name;            /* "int", "list", ... (qualified later for heap types) */
    TypeObject *base;            /* NULL only for object */
    Value dict;                  /* attribute dict (a dict Value), filled by type_ready */
    Value mro;                   /* tuple, filled by type_ready */
    uint32_t flags;
    uint32_t version;            /* bumped when the type or a base changes; 0 = invalid */
    size_t basicsize;

    void (*dealloc)(Object *o);  /* releases fields, then obj_free */
    UnaryFunc repr;
    UnaryFunc str;               /* NULL: use repr */
    int64_t (*hash)(Value self); /* -1 with exception on error; NULL: unhashable */
    Value (*richcompare)(Value a, Value b, int op);
    int (*bool_)(Value self);    /* 0/1, -1 error; NULL: use len, else true */
    int64_t (*len)(Value self);  /* -1 error */

    BinaryFunc nb[NB_BINARY_COUNT];
    BinaryFunc nb_inplace[NB_BINARY_COUNT];  /* NULL: fall back to nb */
    Value (*nb_ternary_pow)(Value base, Value exp, Value mod);
    UnaryFunc nb_negative, nb_positive, nb_invert, nb_absolute;
    UnaryFunc nb_int, nb_float, nb_index;

    Value (*getitem)(Value self, Value key);
    int (*setitem)(Value self, Value key, Value v);   /* v V_NULL: delete */
    int (*contains)(Value self, Value item);          /* 0/1, -1 error; NULL: iterate */

    UnaryFunc iter;
    /* Returns the next item (new reference); V_NULL with no exception set
     * means exhausted; V_NULL with an exception set is an error. */
    UnaryFunc iternext;

    Value (*getattr)(Value self, Value name);         /* NULL: generic lookup */
    int (*setattr)(Value self, Value name, Value v);  /* v V_NULL: delete */

    VectorCall call;             /* calling an instance */
    /* Calling the type itself: int("5"), list(x). NULL: "cannot create 'X' instances". */
    Value (*construct)(TypeObject *type, const Value *args, size_t nargs, Value kwnames);

    const MethodDef *methods;    /* terminated by {NULL} */
    const GetSetDef *getset;     /* terminated by {NULL} */

    /* Cycle collector support (later issue): visit every Value the object owns. */
    void (*traverse)(Object *o, void (*visit)(Value v, void *arg), void *arg);
    /* Drops the references that may form cycles (CPython's tp_clear); the
     * object must stay valid for every other slot, dealloc included. The
     * collector calls it on cyclic garbage after finalize. NULL: the type
     * relies on the other members of its cycles being cleared (tuple).
     * The collector also calls `finalize` (below; CPython's tp_finalize:
     * __del__, a generator's close) on cyclic garbage, at most once per
     * object: a dealloc path calling it checks and sets gc_is_finalized /
     * gc_set_finalized (gc.h). */
    void (*clear)(Object *o);

    /* ---- classes (vm/typeobject.c, vm/instance.c) ---- */
    /* Descriptor protocol (CPython's tp_descr_get/tp_descr_set): a type
     * with descr_set is a data descriptor, which wins over the instance
     * dict. obj is V_NULL when read through the class; descr_set's v is
     * V_NULL to delete. */
    Value (*descr_get)(Value descr, Value obj, Value type);
    int (*descr_set)(Value descr, Value obj, Value v);
    /* Where an instance keeps its attribute dict (a dict Value, V_NULL until
     * the first store): the byte offset from the object's start, 0 = no
     * dict. See instance.h. */
    int64_t dictoffset;
    /* Direct subclasses (borrowed pointers; a heap type removes itself when
     * it dies), for __subclasses__() and for version-tag invalidation. */
    struct TypeList *subclasses;

    /* ---- special methods (vm/typeslots.c) ---- */
    /* __del__: set by typeslots_install; the instance dealloc path calls it
     * (with the object temporarily resurrected) before releasing fields. */
    void (*finalize)(Value self);
    /* typeslots.c's per-type state (heap types): the slots the type had
     * before Python-level overrides, and the special-method cache. */
    struct TypeSlots *slotstate;

    /* ---- specialisation (vm/instance.c's type_refresh_plain) ---- */
    /* plain_version == version (never 0) while the type is "plain": a heap
     * class whose instances keep their attributes in shapes, with no
     * custom __getattribute__/__getattr__/__setattr__/__delattr__ and no
     * data descriptor under a non-dunder name anywhere on its mro. For
     * such a type an instance attribute of a non-dunder name is exactly
     * what its shape says, whatever the class: the _POLY attribute forms
     * guard on this instead of one type version. plain_neg_version
     * memoises the negative answer. */
    uint32_t plain_version;
    uint32_t plain_neg_version;
    /* TPFLAG_INLINE_ATTRS types: the one-name shape the last first
     * attribute store into an instance of this class made (the guess of
     * STORE_ATTR_SHAPE for a fresh instance, checked by name: the root
     * shape has many children); NULL at first. */
    struct Shape *first_shape;
};

/* The builtin types. Each is defined (statically, immortal) in the file of
 * its type and made ready by runtime_init. */
extern TypeObject ObjectType, TypeType, NoneType, NotImplementedType,
    EllipsisType, BoolType, IntType, FloatType, StrType, BytesType,
    ListType, TupleType, DictType, SetType, FrozenSetType, RangeType,
    RangeIterType, SliceType, ListIterType, TupleIterType, StrIterType,
    BytesIterType, DictKeysType, DictValuesType, DictItemsType, DictIterType,
    SetIterType, FunctionType, CodeType, CellType, BuiltinFunctionType,
    MethodDescrType, BoundMethodType, GetSetDescrType, ModuleType,
    ComplexType, ByteArrayType, ByteArrayIterType;

/* The singletons that are heap objects (None/True/False are inline Values). */
extern Object NotImplementedObj, EllipsisObj;
#define V_NOTIMPL (v_from_obj(&NotImplementedObj))
#define V_ELLIPSIS (v_from_obj(&EllipsisObj))

/* type(v), for any non-NULL Value. */
static inline TypeObject *v_type(Value v) {
    if (v_is_ptr(v)) return v_as_obj(v)->type;
    if (v_is_float(v)) return &FloatType;
    if (v_is_smallint(v)) return &IntType;
    return v == V_NONE ? &NoneType : &BoolType;
}
static inline const char *v_type_name(Value v) { return v_type(v)->name; }
static inline bool v_is_type(Value v, TypeObject *t) {
    return v_is_ptr(v) && v_as_obj(v)->type == t;
}

/* Statically defined objects are initialised with this header. */
#define OBJECT_HEAD_INIT(typeptr) { IMMORTAL_REFCNT, (typeptr) }

/* Fills type->dict from methods/getset, computes mro, inherits NULL slots
 * from base, sets TPFLAG_READY and a version. Returns -1 on error. */
int type_ready(TypeObject *type);
/* Lookup along the mro; borrowed reference or V_NULL (no exception). */
Value type_lookup(TypeObject *type, Value name);
/* type_lookup's cache (object.c), probed inline by the interpreter's
 * polymorphic forms: (version, interned name) -> result. */
#define TYPE_CACHE_BITS 12
typedef struct TypeCacheEntry { uint32_t version; Value name; Value value; } TypeCacheEntry;
extern TypeCacheEntry type_cache[1 << TYPE_CACHE_BITS];
static inline uint32_t type_cache_hash(uint32_t ver, Value name) {
    return ((ver * 2654435761u) ^ (uint32_t)(name >> 3)) & ((1u << TYPE_CACHE_BITS) - 1);
}
/* type_lookup for an interned str name on a versioned type: a hit in the
 * cache costs a hash and two compares. */
static inline Value type_lookup_interned(TypeObject *type, Value name) {
    TypeCacheEntry *e = &type_cache[type_cache_hash(type->version, name)];
    if (__builtin_expect(e->version == type->version && e->name == name, 1)) return e->value;
    return type_lookup(type, name);
}
bool type_is_subtype(TypeObject *a, TypeObject *b);
/* A new version tag (never 0). */
uint32_t type_next_version(void);

#endif

/* typeslots.c: special methods <-> type slots (see typeslots.h).
 *
 * Three tables drive everything:
 *  - dunder[]: the interned special-method names, indexed by D_*;
 *  - slot_info[]: each C slot (S_*) with its byte offset in TypeObject, the
 *    generic C function that calls Python methods for it, and the names
 *    that feed it;
 *  - wrapper_defs[]: for each name, the slot it exposes as a slot wrapper
 *    and how to call that slot from Python (W_*).
 *
 * Slots are read and written through their offsets as AnyFn (all slot
 * members are function pointers of one size); every call casts back to the
 * slot's real type.
 */
#include <string.h>
#include <stdio.h>

#include "typeslots.h"
#include "abstract.h"
#include "descr.h"
#include "errors.h"
#include "eval.h"
#include "function.h"
#include "int.h"
#include "floatobject.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "format.h"
#include "gc.h"
#include "range.h"

/* From descr.c: the descriptor protocol for an attribute found on a type. */
extern Value descr_get(Value attr, Value obj, TypeObject *type);
/* From abstract.c: generic attribute access (type dict + instance dict). */
extern int obj_generic_setattr(Value o, Value name, Value v);

typedef void (*AnyFn)(void);

/* ---- the special-method names ----------------------------------------------- */

enum {
    D_REPR, D_STR, D_HASH,
    D_LT, D_LE, D_EQ, D_NE, D_GT, D_GE,          /* D_LT + CMP_* */
    D_BOOL, D_LEN,
    D_BIN,                                       /* D_BIN + NB_* */
    D_RBIN = D_BIN + NB_BINARY_COUNT,
    D_IBIN = D_RBIN + NB_BINARY_COUNT,
    D_NEG = D_IBIN + NB_BINARY_COUNT, D_POS, D_INVERT, D_ABS, D_INT, D_FLOAT, D_INDEX,
    D_GETITEM, D_SETITEM, D_DELITEM, D_CONTAINS, D_ITER, D_NEXT, D_CALL,
    D_GETATTRIBUTE, D_GETATTR, D_SETATTR, D_DELATTR,
    D_GET, D_SET, D_DELETE, D_DEL, D_FORMAT,
    D_COUNT
};

/* NB_* order. */
static const char *const binop_names[NB_BINARY_COUNT] = {
    "add", "and", "floordiv", "lshift", "matmul", "mul", "mod",
    "or", "pow", "rshift", "sub", "truediv", "xor",
};
static const char *const fixed_names[] = {
    [D_REPR] = "__repr__", [D_STR] = "__str__", [D_HASH] = "__hash__",
    [D_LT] = "__lt__", [D_LE] = "__le__", [D_EQ] = "__eq__", [D_NE] = "__ne__",
    [D_GT] = "__gt__", [D_GE] = "__ge__", [D_BOOL] = "__bool__", [D_LEN] = "__len__",
    [D_NEG] = "__neg__", [D_POS] = "__pos__", [D_INVERT] = "__invert__", [D_ABS] = "__abs__",
    [D_INT] = "__int__", [D_FLOAT] = "__float__", [D_INDEX] = "__index__",
    [D_GETITEM] = "__getitem__", [D_SETITEM] = "__setitem__", [D_DELITEM] = "__delitem__",
    [D_CONTAINS] = "__contains__", [D_ITER] = "__iter__", [D_NEXT] = "__next__",
    [D_CALL] = "__call__", [D_GETATTRIBUTE] = "__getattribute__", [D_GETATTR] = "__getattr__",
    [D_SETATTR] = "__setattr__", [D_DELATTR] = "__delattr__", [D_GET] = "__get__",
    [D_SET] = "__set__", [D_DELETE] = "__delete__", [D_DEL] = "__del__",
    [D_FORMAT] = "__format__",
};

static Value dunder[D_COUNT];        /* interned, immortal */

/* ---- the slots ---------------------------------------------------------------- */

enum {
    S_REPR, S_STR, S_HASH, S_RICHCMP, S_BOOL, S_LEN,
    S_NB,                                        /* S_NB + NB_* */
    S_NBI = S_NB + NB_BINARY_COUNT,              /* S_NBI + NB_* */
    S_POW3 = S_NBI + NB_BINARY_COUNT,
    S_NEG, S_POS, S_INVERT, S_ABS, S_INT, S_FLOAT, S_INDEX,
    S_GETITEM, S_SETITEM, S_CONTAINS, S_ITER, S_NEXT, S_GETATTR, S_SETATTR, S_CALL,
    S_DESCR_GET, S_DESCR_SET, S_FINALIZE,
    S_COUNT
};

#define MAX_SLOT_NAMES 6
typedef struct SlotInfo {
    size_t offset;
    AnyFn generic;                   /* calls the Python method(s) */
    int nnames;
    uint8_t names[MAX_SLOT_NAMES];   /* D_* that feed this slot */
} SlotInfo;

static SlotInfo slot_info[S_COUNT];

struct CacheEntry {
    uint32_t version;                /* type version the entry is valid for; 0 never is */
    Value value;                     /* strong reference, or V_NULL: "absent" */
};

/* Per heap type. native[] holds what each slot falls back to when no
 * Python override exists (see typeslots_install). */
struct TypeSlots {
    AnyFn native[S_COUNT];
    struct CacheEntry cache[D_COUNT];
};

static inline AnyFn slot_read(const TypeObject *t, int s) {
    AnyFn f;
    memcpy(&f, (const char *)t + slot_info[s].offset, sizeof f);
    return f;
}
static inline void slot_write(TypeObject *t, int s, AnyFn f) {
    memcpy((char *)t + slot_info[s].offset, &f, sizeof f);
}

/* ---- looking up and calling special methods -------------------------------------- */

/* The special method id on type t: borrowed (the cache or the type dict
 * owns it), V_NULL if absent, never an exception. Heap types cache per
 * version tag, which the class machinery bumps on the type and all its
 * subclasses whenever a dict along the mro changes. */
static Value lookup_special(TypeObject *t, int id) {
    struct TypeSlots *ss = t->slotstate;
    if (ss) {
        struct CacheEntry *e = &ss->cache[id];
        if (e->version == t->version && t->version != 0) return e->value;
        Value v = type_lookup(t, dunder[id]);
        v_incref(v);
        v_decref(e->value);
        e->value = v;
        e->version = t->version;
        return v;
    }
    return type_lookup(t, dunder[id]);
}

typedef struct SlotWrapperObject SlotWrapperObject;
static Value wrapper_invoke(SlotWrapperObject *w, Value self, const Value *args, size_t nargs,
                            Value kwnames);

/* Calls f (an attribute found on type(self)) as a method of self. Slot
 * calls pass at most 3 arguments, so the argument array lives on the
 * stack; plain functions and slot wrappers are called without binding. */
static Value call_found(Value f, Value self, const Value *args, size_t nargs) {
    TypeObject *ft = v_type(f);
    if (ft == &FunctionType) {
        Value buf[4];
        buf[0] = self;
        for (size_t i = 0; i < nargs; i++) buf[i + 1] = args[i];
        obj_incref(v_as_obj(f));   /* the call may rebind the class attribute */
        Value r = eval_call_function(f, buf, nargs + 1, V_NULL);
        obj_decref(v_as_obj(f));
        return r;
    }
    if (ft == &SlotWrapperType) return wrapper_invoke((SlotWrapperObject *)v_as_obj(f), self, args, nargs, V_NULL);
    if (ft == &MethodDescrType) {
        MethodDescrObject *d = (MethodDescrObject *)v_as_obj(f);
        if (!(d->def->flags & (METH_CLASS | METH_STATIC)) && type_is_subtype(v_type(self), d->owner))
            return d->def->fn(self, args, nargs, V_NULL);
    }
    Value bound = descr_get(f, self, v_type(self));
    if (v_is_null(bound)) return V_NULL;
    Value r = obj_call(bound, args, nargs, V_NULL);
    v_decref(bound);
    return r;
}

/* self.name(*args) through the type; V_NOTIMPL when type(self) lacks it
 * (the binary-operator protocol's "not handled"). */
static Value call_maybe(Value self, int id, const Value *args, size_t nargs) {
    Value f = lookup_special(v_type(self), id);
    if (v_is_null(f)) return V_NOTIMPL;
    return call_found(f, self, args, nargs);
}

/* self.name(*args); AttributeError(name) if type(self) lacks it, as
 * CPython's slot functions raise. */
static Value call_required(Value self, int id, const Value *args, size_t nargs) {
    Value f = lookup_special(v_type(self), id);
    if (v_is_null(f)) return err_set_value(&Exc_AttributeError, dunder[id]);
    return call_found(f, self, args, nargs);
}

Value typeslots_call_special(Value self, const char *name, const Value *args, size_t nargs,
                             bool *found) {
    Value f = type_lookup(v_type(self), str_intern_cstr(name));
    *found = !v_is_null(f);
    if (!*found) return V_NULL;
    v_incref(f);
    Value r;
    if (nargs <= 3) {
        r = call_found(f, self, args, nargs);
    } else {
        Value bound = descr_get(f, self, v_type(self));
        r = v_is_null(bound) ? V_NULL : obj_call(bound, args, nargs, V_NULL);
        v_decref(bound);
    }
    v_decref(f);
    return r;
}

static bool is_str_result(Value r) {
    return v_is_str(r) || (v_type(r)->flags & TPFLAG_STR_SUBCLASS);
}
static bool is_int_result(Value r) {
    return v_is_smallint(r) || v_is_bool(r) || (v_type(r)->flags & TPFLAG_INT_SUBCLASS);
}

/* ---- the generic slot functions (Python -> C) ------------------------------------- */

static Value slot_repr(Value self) {
    Value r = call_required(self, D_REPR, NULL, 0);
    if (v_is_null(r) || is_str_result(r)) return r;
    err_format(&Exc_TypeError, "__repr__ returned non-string (type %s)", v_type_name(r));
    v_decref(r);
    return V_NULL;
}

static Value slot_str(Value self) {
    Value r = call_required(self, D_STR, NULL, 0);
    if (v_is_null(r) || is_str_result(r)) return r;
    err_format(&Exc_TypeError, "__str__ returned non-string (type %s)", v_type_name(r));
    v_decref(r);
    return V_NULL;
}

static int64_t slot_hash(Value self) {
    TypeObject *t = v_type(self);
    Value f = lookup_special(t, D_HASH);
    if (v_is_null(f) || v_is_none(f)) {
        err_format(&Exc_TypeError, "unhashable type: '%s'", t->name);
        return -1;
    }
    Value r = call_found(f, self, NULL, 0);
    if (v_is_null(r)) return -1;
    if (!is_int_result(r)) {
        v_decref(r);
        err_format(&Exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    int64_t h;
    if (v_is_smallint(r)) h = v_as_smallint(r);
    else if (v_is_bool(r)) h = r == V_TRUE;
    else if (int_as_i64(r, &h) < 0) {
        /* Only a value outside int64 reduces as hash(int) does (CPython
         * keeps any Py_ssize_t as is). */
        err_clear();
        h = int_hash(r);
    }
    v_decref(r);
    return h == -1 ? -2 : h;
}

static Value slot_richcompare(Value a, Value b, int op) {
    return call_maybe(a, D_LT + op, &b, 1);
}

/* __len__'s result as a length: CPython's checks and messages. */
static int64_t len_result(Value r) {
    if (v_is_null(r)) return -1;
    Value i = obj_index(r);
    v_decref(r);
    if (v_is_null(i)) return -1;
    int64_t n;
    int sign = int_sign(i);
    int rc = sign < 0 ? -1 : int_as_i64(i, &n);
    v_decref(i);
    if (sign < 0) {
        err_format(&Exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    if (rc < 0) {
        err_clear();
        err_format(&Exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return n;
}

static int64_t slot_len(Value self) {
    return len_result(call_required(self, D_LEN, NULL, 0));
}

/* __bool__, else __len__, else true (CPython's slot_nb_bool). */
static int slot_bool(Value self) {
    TypeObject *t = v_type(self);
    Value f = lookup_special(t, D_BOOL);
    if (!v_is_null(f)) {
        Value r = call_found(f, self, NULL, 0);
        if (v_is_null(r)) return -1;
        if (v_is_bool(r)) return r == V_TRUE;
        err_format(&Exc_TypeError, "__bool__ should return bool, returned %s", v_type_name(r));
        v_decref(r);
        return -1;
    }
    f = lookup_special(t, D_LEN);
    if (!v_is_null(f)) {
        int64_t n = len_result(call_found(f, self, NULL, 0));
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* Does tb define the reflected method differently from ta? Decides
 * whether a subclass's __radd__ goes before its base's __add__. */
static bool method_is_overloaded(TypeObject *ta, TypeObject *tb, int id) {
    Value fb = lookup_special(tb, id);
    if (v_is_null(fb)) return false;
    return lookup_special(ta, id) != fb;
}

/* CPython's SLOT1BINFULL: a and b in source order, whichever of the two
 * owns this slot. self_fn identifies "this slot is the generic one". */
static Value slot_binary(Value a, Value b, int op, BinaryFunc self_fn) {
    TypeObject *ta = v_type(a), *tb = v_type(b);
    bool do_other = ta != tb && tb->nb[op] == self_fn;
    Value r;
    if (ta->nb[op] == self_fn) {
        if (do_other && type_is_subtype(tb, ta) && method_is_overloaded(ta, tb, D_RBIN + op)) {
            r = call_maybe(b, D_RBIN + op, &a, 1);
            if (r != V_NOTIMPL) return r;
            do_other = false;
        }
        r = call_maybe(a, D_BIN + op, &b, 1);
        if (r != V_NOTIMPL || ta == tb) return r;
    }
    if (do_other) return call_maybe(b, D_RBIN + op, &a, 1);
    return V_NOTIMPL;
}

#define BINARY_SLOT(op)                                                             \
    static Value slot_nb_##op(Value a, Value b);                                    \
    static Value slot_nb_##op(Value a, Value b) { return slot_binary(a, b, op, slot_nb_##op); } \
    static Value slot_nbi_##op(Value a, Value b) { return call_maybe(a, D_IBIN + op, &b, 1); }
BINARY_SLOT(0) BINARY_SLOT(1) BINARY_SLOT(2) BINARY_SLOT(3) BINARY_SLOT(4)
BINARY_SLOT(5) BINARY_SLOT(6) BINARY_SLOT(7) BINARY_SLOT(8) BINARY_SLOT(9)
BINARY_SLOT(10) BINARY_SLOT(11) BINARY_SLOT(12)
#undef BINARY_SLOT

static const BinaryFunc slot_nb_fns[NB_BINARY_COUNT] = {
    slot_nb_0, slot_nb_1, slot_nb_2, slot_nb_3, slot_nb_4, slot_nb_5, slot_nb_6,
    slot_nb_7, slot_nb_8, slot_nb_9, slot_nb_10, slot_nb_11, slot_nb_12,
};
static const BinaryFunc slot_nbi_fns[NB_BINARY_COUNT] = {
    slot_nbi_0, slot_nbi_1, slot_nbi_2, slot_nbi_3, slot_nbi_4, slot_nbi_5, slot_nbi_6,
    slot_nbi_7, slot_nbi_8, slot_nbi_9, slot_nbi_10, slot_nbi_11, slot_nbi_12,
};

/* Three-argument pow never tries __rpow__ (as CPython). */
static Value slot_pow3(Value a, Value b, Value m) {
    if (v_type(a)->nb_ternary_pow != slot_pow3) return V_NOTIMPL;
    Value args[2] = {b, m};
    return call_maybe(a, D_BIN + NB_POWER, args, 2);
}

static Value slot_neg(Value v) { return call_required(v, D_NEG, NULL, 0); }
static Value slot_pos(Value v) { return call_required(v, D_POS, NULL, 0); }
static Value slot_invert(Value v) { return call_required(v, D_INVERT, NULL, 0); }
static Value slot_abs(Value v) { return call_required(v, D_ABS, NULL, 0); }
static Value slot_index(Value v) { return call_required(v, D_INDEX, NULL, 0); }

static Value slot_int(Value v) {
    Value r = call_required(v, D_INT, NULL, 0);
    if (v_is_null(r) || is_int_result(r)) return r;
    err_format(&Exc_TypeError, "__int__ returned non-int (type %s)", v_type_name(r));
    v_decref(r);
    return V_NULL;
}

static Value slot_float(Value v) {
    Value r = call_required(v, D_FLOAT, NULL, 0);
    if (v_is_null(r) || v_is_float(r) || (v_is_ptr(r) && type_is_subtype(v_type(r), &FloatType)))
        return r;
    err_format(&Exc_TypeError, "%s.__float__ returned non-float (type %s)", v_type_name(v),
               v_type_name(r));
    v_decref(r);
    return V_NULL;
}

static Value slot_getitem(Value self, Value key) {
    return call_required(self, D_GETITEM, &key, 1);
}

static int slot_setitem(Value self, Value key, Value v) {
    Value r;
    if (v_is_null(v)) {
        r = call_required(self, D_DELITEM, &key, 1);
    } else {
        Value args[2] = {key, v};
        r = call_required(self, D_SETITEM, args, 2);
    }
    if (v_is_null(r)) return -1;
    v_decref(r);
    return 0;
}

/* `in` without __contains__: iterate (CPython's _PySequence_IterSearch). */
static int contains_by_iteration(Value container, Value item) {
    Value it = obj_iter(container);
    if (v_is_null(it)) return -1;
    int found = 0;
    for (;;) {
        Value x = obj_iternext(it);
        if (v_is_null(x)) {
            if (err_occurred()) found = -1;
            break;
        }
        int eq = obj_eq(x, item);
        v_decref(x);
        if (eq != 0) {
            found = eq;
            break;
        }
    }
    v_decref(it);
    return found;
}

static int slot_contains(Value self, Value item) {
    TypeObject *t = v_type(self);
    Value f = lookup_special(t, D_CONTAINS);
    if (v_is_none(f)) {
        err_format(&Exc_TypeError, "'%s' object is not a container", t->name);
        return -1;
    }
    if (v_is_null(f)) {
        if (!t->iter) {
            err_format(&Exc_TypeError, "argument of type '%s' is not iterable", t->name);
            return -1;
        }
        return contains_by_iteration(self, item);
    }
    Value r = call_found(f, self, &item, 1);
    if (v_is_null(r)) return -1;
    int b = obj_truthy(r);
    v_decref(r);
    return b;
}

static Value slot_iter(Value self) {
    TypeObject *t = v_type(self);
    Value f = lookup_special(t, D_ITER);
    if (v_is_null(f) || v_is_none(f))
        return err_format(&Exc_TypeError, "'%s' object is not iterable", t->name);
    return call_found(f, self, NULL, 0);
}

/* StopIteration from __next__ is the "exhausted" of the iternext slot. */
static Value slot_next(Value self) {
    Value r = call_required(self, D_NEXT, NULL, 0);
    if (v_is_null(r) && err_matches(&Exc_StopIteration)) err_clear();
    return r;
}

#define CALL_STACK_ARGS 8

static Value slot_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    TypeObject *t = v_type(self);
    Value f = lookup_special(t, D_CALL);
    if (v_is_null(f)) return err_format(&Exc_TypeError, "'%s' object is not callable", t->name);
    if (!v_is_type(f, &FunctionType)) {
        Value bound = descr_get(f, self, t);
        if (v_is_null(bound)) return V_NULL;
        Value r = obj_call(bound, args, nargs, kwnames);
        v_decref(bound);
        return r;
    }
    size_t total = nargs + (v_is_null(kwnames) ? 0 : (size_t)tuple_size(kwnames));
    Value small[CALL_STACK_ARGS];
    Value *buf = small;
    if (total + 1 > CALL_STACK_ARGS) {
        buf = mem_alloc((total + 1) * sizeof(Value));
        if (!buf) return err_nomem();
    }
    buf[0] = self;
    for (size_t i = 0; i < total; i++) buf[i + 1] = args[i];
    obj_incref(v_as_obj(f));
    Value r = eval_call_function(f, buf, nargs + 1, kwnames);
    obj_decref(v_as_obj(f));
    if (buf != small) mem_free(buf);
    return r;
}

/* What a slot of type t does without Python overrides. */
static inline AnyFn native_slot(TypeObject *t, int s) {
    return t->slotstate ? t->slotstate->native[s] : slot_read(t, s);
}

static Value slot_getattr(Value self, Value name);
static int slot_setattr(Value self, Value name, Value v);

/* object.__getattribute__ for self: the type's own lookup, never a
 * Python-level __getattribute__/__getattr__. */
static Value native_getattr(Value self, Value name) {
    Value (*f)(Value, Value) = (Value (*)(Value, Value))native_slot(v_type(self), S_GETATTR);
    if (f && f != slot_getattr) return f(self, name);
    return obj_generic_getattr(self, name);
}

static int native_setattr(Value self, Value name, Value v) {
    int (*f)(Value, Value, Value) = (int (*)(Value, Value, Value))native_slot(v_type(self), S_SETATTR);
    if (f && f != slot_setattr) return f(self, name, v);
    return obj_generic_setattr(self, name, v);
}

static bool is_native_wrapper(Value f);

/* A custom __getattribute__ replaces the lookup; __getattr__ is the
 * fallback when the lookup raises AttributeError. */
static Value slot_getattr(Value self, Value name) {
    TypeObject *t = v_type(self);
    Value ga = lookup_special(t, D_GETATTRIBUTE);
    Value r;
    if (!v_is_null(ga) && !is_native_wrapper(ga)) {
        v_incref(ga);
        r = call_found(ga, self, &name, 1);
        v_decref(ga);
    } else {
        r = native_getattr(self, name);
    }
    if (v_is_null(r) && err_matches(&Exc_AttributeError)) {
        Value g = lookup_special(t, D_GETATTR);
        if (!v_is_null(g)) {
            err_clear();
            v_incref(g);
            r = call_found(g, self, &name, 1);
            v_decref(g);
        }
    }
    return r;
}

bool typeslots_getattr_is_fallback_only(TypeObject *t) {
    if (t->getattr != slot_getattr || !t->version) return false;
    AnyFn nat = native_slot(t, S_GETATTR);
    if (nat && nat != (AnyFn)slot_getattr && nat != (AnyFn)obj_generic_getattr) return false;
    Value ga = lookup_special(t, D_GETATTRIBUTE);
    return v_is_null(ga) || is_native_wrapper(ga);
}

static int slot_setattr(Value self, Value name, Value v) {
    int id = v_is_null(v) ? D_DELATTR : D_SETATTR;
    Value f = lookup_special(v_type(self), id);
    if (v_is_null(f) || is_native_wrapper(f)) return native_setattr(self, name, v);
    Value args[2] = {name, v};
    v_incref(f);
    Value r = call_found(f, self, args, v_is_null(v) ? 1 : 2);
    v_decref(f);
    if (v_is_null(r)) return -1;
    v_decref(r);
    return 0;
}

/* User descriptors: __get__(self, obj, type) with None for a class read. */
static Value slot_descr_get(Value descr, Value obj, Value type) {
    Value f = lookup_special(v_type(descr), D_GET);
    if (v_is_null(f)) return v_newref(descr);
    Value args[2] = {v_is_null(obj) ? V_NONE : obj, v_is_null(type) ? V_NONE : type};
    v_incref(f);
    Value r = call_found(f, descr, args, 2);
    v_decref(f);
    return r;
}

static int slot_descr_set(Value descr, Value obj, Value v) {
    Value r;
    if (v_is_null(v)) {
        r = call_required(descr, D_DELETE, &obj, 1);
    } else {
        Value args[2] = {obj, v};
        r = call_required(descr, D_SET, args, 2);
    }
    if (v_is_null(r)) return -1;
    v_decref(r);
    return 0;
}

/* __del__: errors are reported, never propagated (CPython's unraisable
 * hook format), and a pending exception survives the call. */
static void slot_finalize(Value self) {
    Value f = lookup_special(v_type(self), D_DEL);
    if (v_is_null(f)) return;
    Value saved = err_fetch();
    v_incref(f);
    Value r = call_found(f, self, NULL, 0);
    if (v_is_null(r)) {
        Value exc = err_fetch();
        Value fr = obj_repr(f);
        fprintf(stderr, "Exception ignored in: %s\n", v_is_null(fr) ? "<object>" : str_data(fr));
        if (v_is_null(fr)) err_clear();
        v_decref(fr);
        exc_print(exc);
        v_decref(exc);
    } else {
        v_decref(r);
    }
    v_decref(f);
    if (!v_is_null(saved)) err_restore(saved);
}

bool typeslots_run_finalizer(Object *o) {
    void (*fin)(Value) = o->type->finalize;
    /* At most once per object: the cycle collector may have run it. */
    if (!fin || gc_is_finalized(o)) return false;
    gc_set_finalized(o);
    o->refcnt = 1;
    fin(v_from_obj(o));
    return --o->refcnt != 0;
}

/* ---- iteration through __getitem__ ------------------------------------------------------ */

/* A class with __getitem__ and no __iter__ is iterable: items 0, 1, ...
 * until IndexError or StopIteration. */
typedef struct SeqIterObject {
    Object ob;
    Value seq;          /* V_NULL once exhausted */
    int64_t index;
} SeqIterObject;

static Value slot_iter_seq(Value self) {
    SeqIterObject *it = (SeqIterObject *)obj_alloc(&SeqIterType, sizeof *it);
    if (!it) return V_NULL;
    it->seq = v_newref(self);
    it->index = 0;
    return v_from_obj(it);
}

static Value seqiter_next(Value self) {
    SeqIterObject *it = (SeqIterObject *)v_as_obj(self);
    if (v_is_null(it->seq)) return V_NULL;
    Value r = obj_getitem(it->seq, v_from_smallint(it->index));
    if (!v_is_null(r)) {
        it->index++;
        return r;
    }
    if (err_matches(&Exc_IndexError) || err_matches(&Exc_StopIteration)) {
        err_clear();
        v_clear(&it->seq);
    }
    return V_NULL;
}

static Value seqiter_iter(Value self) { return v_newref(self); }

static void seqiter_dealloc(Object *o) {
    v_decref(((SeqIterObject *)o)->seq);
    obj_free(o);
}

static void seqiter_traverse(Object *o, void (*visit)(Value v, void *arg), void *arg) {
    Value s = ((SeqIterObject *)o)->seq;
    if (!v_is_null(s)) visit(s, arg);
}

TypeObject SeqIterType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "iterator",
    .base = &ObjectType,
    .basicsize = sizeof(SeqIterObject),
    .dealloc = seqiter_dealloc,
    .iter = seqiter_iter,
    .iternext = seqiter_next,
    .traverse = seqiter_traverse,
};

/* ---- slot wrappers (C -> Python) --------------------------------------------------------- */

/* How a wrapper calls its slot. */
enum {
    W_UNARY, W_NEXT, W_BINARY, W_RBINARY, W_POW, W_RPOW, W_RICHCMP, W_HASH, W_LEN,
    W_BOOL, W_GETITEM, W_SETITEM, W_DELITEM, W_CONTAINS, W_CALL, W_GETATTR, W_SETATTR,
    W_DELATTR, W_GET, W_SET, W_DELETE, W_INIT,
};

typedef struct WrapperDef {
    uint8_t dunder;   /* D_* */
    uint8_t slot;     /* S_* */
    uint8_t kind;     /* W_* */
    int8_t arg;       /* CMP_* for W_RICHCMP */
} WrapperDef;

static WrapperDef wrapper_defs[D_COUNT];
static int nwrapper_defs;

struct SlotWrapperObject {
    Object ob;
    const WrapperDef *def;
    TypeObject *owner;
    AnyFn fn;          /* the owner's slot; NULL in object's native-dispatch wrappers */
    AnyFn fn2;         /* __pow__/__rpow__: the ternary slot */
};

typedef struct MethodWrapperObject {
    Object ob;
    SlotWrapperObject *descr;    /* strong */
    Value self;                  /* strong */
} MethodWrapperObject;

static bool is_native_wrapper(Value f) {
    return v_is_type(f, &SlotWrapperType) && !((SlotWrapperObject *)v_as_obj(f))->fn;
}

static Value slotwrapper_new(const WrapperDef *def, TypeObject *owner, AnyFn fn, AnyFn fn2) {
    SlotWrapperObject *w = (SlotWrapperObject *)obj_alloc(&SlotWrapperType, sizeof *w);
    if (!w) return V_NULL;
    w->def = def;
    w->owner = owner;
    w->fn = fn;
    w->fn2 = fn2;
    return v_from_obj(w);
}

static const char *wname(const SlotWrapperObject *w) { return str_data(dunder[w->def->dunder]); }

/* CPython's messages: check_num_args for one-argument wrappers, and
 * PyArg_UnpackTuple with an empty name (hence the leading space) for the
 * wrappers taking two or an optional argument. */
static Value check_nargs(const SlotWrapperObject *w, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) return V_NONE;
    int k = w->def->kind;
    bool unpack = k == W_POW || k == W_RPOW || k == W_SETITEM || k == W_SETATTR || k == W_GET ||
                  k == W_SET;
    const char *lead = unpack ? " " : "";
    if (min == max)
        return err_format(&Exc_TypeError, "%sexpected %zu argument%s, got %zu", lead, min,
                          min == 1 ? "" : "s", nargs);
    size_t n = nargs < min ? min : max;
    return err_format(&Exc_TypeError, "%sexpected %s %zu argument%s, got %zu", lead,
                      nargs < min ? "at least" : "at most", n, n == 1 ? "" : "s", nargs);
}

static Value none_or_error(int rc) { return rc < 0 ? V_NULL : V_NONE; }

/* Calls w's slot with self bound; args are the Python-level arguments. */
static Value wrapper_invoke(SlotWrapperObject *w, Value self, const Value *args, size_t nargs,
                            Value kwnames) {
    int kind = w->def->kind;
    if (kind != W_CALL && kind != W_INIT && !v_is_null(kwnames) && tuple_size(kwnames))
        return err_format(&Exc_TypeError, "wrapper %s() takes no keyword arguments", wname(w));
    AnyFn fn = w->fn;
    switch (kind) {
    case W_UNARY:
    case W_NEXT: {
        if (v_is_null(check_nargs(w, nargs, 0, 0))) return V_NULL;
        if (!fn) return obj_repr(self);   /* object.__str__ */
        Value r = ((UnaryFunc)fn)(self);
        if (kind == W_NEXT && v_is_null(r) && !err_occurred()) return err_set_none(&Exc_StopIteration);
        return r;
    }
    case W_BINARY:
    case W_RBINARY:
        if (v_is_null(check_nargs(w, nargs, 1, 1))) return V_NULL;
        return kind == W_BINARY ? ((BinaryFunc)fn)(self, args[0]) : ((BinaryFunc)fn)(args[0], self);
    case W_POW:
    case W_RPOW: {
        if (v_is_null(check_nargs(w, nargs, 1, 2))) return V_NULL;
        Value a = kind == W_POW ? self : args[0], b = kind == W_POW ? args[0] : self;
        if (nargs == 1 || v_is_none(args[1])) return ((BinaryFunc)fn)(a, b);
        if (!w->fn2) return V_NOTIMPL;
        return ((Value (*)(Value, Value, Value))w->fn2)(a, b, args[1]);
    }
    case W_RICHCMP:
        if (v_is_null(check_nargs(w, nargs, 1, 1))) return V_NULL;
        return ((Value (*)(Value, Value, int))fn)(self, args[0], w->def->arg);
    case W_HASH: {
        if (v_is_null(check_nargs(w, nargs, 0, 0))) return V_NULL;
        int64_t h = ((int64_t (*)(Value))fn)(self);
        return h == -1 ? V_NULL : int_from_i64(h);
    }
    case W_LEN: {
        if (v_is_null(check_nargs(w, nargs, 0, 0))) return V_NULL;
        int64_t n = ((int64_t (*)(Value))fn)(self);
        return n < 0 ? V_NULL : int_from_i64(n);
    }
    case W_BOOL:
    case W_CONTAINS: {
        int r;
        if (kind == W_BOOL) {
            if (v_is_null(check_nargs(w, nargs, 0, 0))) return V_NULL;
            r = ((int (*)(Value))fn)(self);
        } else {
            if (v_is_null(check_nargs(w, nargs, 1, 1))) return V_NULL;
            r = ((int (*)(Value, Value))fn)(self, args[0]);
        }
        return r < 0 ? V_NULL : v_from_bool(r);
    }
    case W_GETITEM:
        if (v_is_null(check_nargs(w, nargs, 1, 1))) return V_NULL;
        return ((BinaryFunc)fn)(self, args[0]);
    case W_SETITEM:
        if (v_is_null(check_nargs(w, nargs, 2, 2))) return V_NULL;
        return none_or_error(((int (*)(Value, Value, Value))fn)(self, args[0], args[1]));
    case W_DELITEM:
        if (v_is_null(check_nargs(w, nargs, 1, 1))) return V_NULL;
        return none_or_error(((int (*)(Value, Value, Value))fn)(self, args[0], V_NULL));
    case W_CALL:
        return ((VectorCall)fn)(self, args, nargs, kwnames);
    case W_GETATTR:
    case W_SETATTR:
    case W_DELATTR: {
        size_t n = kind == W_SETATTR ? 2 : 1;
        if (v_is_null(check_nargs(w, nargs, n, n))) return V_NULL;
        Value name = args[0];
        if (!v_is_str(name) && !(v_type(name)->flags & TPFLAG_STR_SUBCLASS))
            return err_format(&Exc_TypeError, "attribute name must be string, not '%s'",
                              v_type_name(name));
        if (kind == W_GETATTR)
            return fn ? ((BinaryFunc)fn)(self, name) : native_getattr(self, name);
        Value v = kind == W_SETATTR ? args[1] : V_NULL;
        return none_or_error(fn ? ((int (*)(Value, Value, Value))fn)(self, name, v)
                                : native_setattr(self, name, v));
    }
    case W_GET: {
        if (v_is_null(check_nargs(w, nargs, 1, 2))) return V_NULL;
        Value obj = v_is_none(args[0]) ? V_NULL : args[0];
        Value type = nargs == 2 && !v_is_none(args[1]) ? args[1] : V_NULL;
        if (v_is_null(obj) && v_is_null(type))
            return err_format(&Exc_TypeError, "__get__(None, None) is invalid");
        return ((Value (*)(Value, Value, Value))fn)(self, obj, type);
    }
    case W_SET:
        if (v_is_null(check_nargs(w, nargs, 2, 2))) return V_NULL;
        return none_or_error(((int (*)(Value, Value, Value))fn)(self, args[0], args[1]));
    case W_DELETE:
        if (v_is_null(check_nargs(w, nargs, 1, 1))) return V_NULL;
        return none_or_error(((int (*)(Value, Value, Value))fn)(self, args[0], V_NULL));
    case W_INIT:
        return none_or_error(((int (*)(Value, const Value *, size_t, Value))fn)(self, args, nargs, kwnames));
    default:
        return ERR_INTERNAL();
    }
}

/* Calling the descriptor itself: int.__add__(1, 2). */
static Value slotwrapper_call(Value callable, const Value *args, size_t nargs, Value kwnames) {
    SlotWrapperObject *w = (SlotWrapperObject *)v_as_obj(callable);
    if (nargs == 0)
        return err_format(&Exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                          wname(w), w->owner->name);
    if (!type_is_subtype(v_type(args[0]), w->owner))
        return err_format(&Exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                          wname(w), w->owner->name, v_type_name(args[0]));
    return wrapper_invoke(w, args[0], args + 1, nargs - 1, kwnames);
}

static Value slotwrapper_get(Value descr, Value obj, Value type) {
    (void)type;
    if (v_is_null(obj)) return v_newref(descr);
    SlotWrapperObject *w = (SlotWrapperObject *)v_as_obj(descr);
    if (!type_is_subtype(v_type(obj), w->owner))
        return err_format(&Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                          wname(w), w->owner->name, v_type_name(obj));
    MethodWrapperObject *m = (MethodWrapperObject *)obj_alloc(&MethodWrapperType, sizeof *m);
    if (!m) return V_NULL;
    obj_incref(&w->ob);
    m->descr = w;
    m->self = v_newref(obj);
    return v_from_obj(m);
}

static Value slotwrapper_repr(Value self) {
    SlotWrapperObject *w = (SlotWrapperObject *)v_as_obj(self);
    return str_printf("<slot wrapper '%s' of '%s' objects>", wname(w), w->owner->name);
}

static Value slotwrapper_get_name(Value self) {
    return v_newref(dunder[((SlotWrapperObject *)v_as_obj(self))->def->dunder]);
}
static Value slotwrapper_get_qualname(Value self) {
    SlotWrapperObject *w = (SlotWrapperObject *)v_as_obj(self);
    return str_printf("%s.%s", w->owner->name, wname(w));
}
static Value slotwrapper_get_objclass(Value self) {
    return v_newref(v_from_obj(((SlotWrapperObject *)v_as_obj(self))->owner));
}

static const GetSetDef slotwrapper_getset[] = {
    {"__name__", slotwrapper_get_name, NULL},
    {"__qualname__", slotwrapper_get_qualname, NULL},
    {"__objclass__", slotwrapper_get_objclass, NULL},
    {NULL, NULL, NULL},
};

TypeObject SlotWrapperType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "wrapper_descriptor",
    .base = &ObjectType,
    .basicsize = sizeof(SlotWrapperObject),
    .dealloc = obj_free,
    .repr = slotwrapper_repr,
    .call = slotwrapper_call,
    .descr_get = slotwrapper_get,
    .getset = slotwrapper_getset,
};

static void methodwrapper_dealloc(Object *o) {
    MethodWrapperObject *m = (MethodWrapperObject *)o;
    obj_decref(&m->descr->ob);
    v_decref(m->self);
    obj_free(o);
}

static Value methodwrapper_call(Value callable, const Value *args, size_t nargs, Value kwnames) {
    MethodWrapperObject *m = (MethodWrapperObject *)v_as_obj(callable);
    return wrapper_invoke(m->descr, m->self, args, nargs, kwnames);
}

static Value methodwrapper_repr(Value self) {
    MethodWrapperObject *m = (MethodWrapperObject *)v_as_obj(self);
    Value s = m->self;
    return str_printf("<method-wrapper '%s' of %s object at %p>", wname(m->descr), v_type_name(s),
                      v_is_ptr(s) ? (void *)v_as_obj(s) : (void *)(uintptr_t)s);
}

/* Equal when they wrap the same slot of the same object (identity). */
static Value methodwrapper_richcompare(Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !v_is_type(b, &MethodWrapperType)) return V_NOTIMPL;
    MethodWrapperObject *x = (MethodWrapperObject *)v_as_obj(a);
    MethodWrapperObject *y = (MethodWrapperObject *)v_as_obj(b);
    bool eq = x->descr == y->descr && x->self == y->self;
    return v_from_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t methodwrapper_hash(Value self) {
    MethodWrapperObject *m = (MethodWrapperObject *)v_as_obj(self);
    uint64_t x = (uint64_t)(uintptr_t)m->descr ^
                 (v_is_ptr(m->self) ? (uint64_t)(uintptr_t)v_as_obj(m->self) : m->self);
    x = (x >> 4) | (x << 60);
    int64_t h = (int64_t)x;
    return h == -1 ? -2 : h;
}

static Value methodwrapper_get_self(Value self) {
    return v_newref(((MethodWrapperObject *)v_as_obj(self))->self);
}
static Value methodwrapper_get_name(Value self) {
    return v_newref(dunder[((MethodWrapperObject *)v_as_obj(self))->descr->def->dunder]);
}
static Value methodwrapper_get_qualname(Value self) {
    return slotwrapper_get_qualname(v_from_obj(&((MethodWrapperObject *)v_as_obj(self))->descr->ob));
}
static Value methodwrapper_get_objclass(Value self) {
    return v_newref(v_from_obj(((MethodWrapperObject *)v_as_obj(self))->descr->owner));
}

static const GetSetDef methodwrapper_getset[] = {
    {"__self__", methodwrapper_get_self, NULL},
    {"__name__", methodwrapper_get_name, NULL},
    {"__qualname__", methodwrapper_get_qualname, NULL},
    {"__objclass__", methodwrapper_get_objclass, NULL},
    {NULL, NULL, NULL},
};

static void methodwrapper_traverse(Object *o, void (*visit)(Value v, void *arg), void *arg) {
    visit(((MethodWrapperObject *)o)->self, arg);
}

TypeObject MethodWrapperType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "method-wrapper",
    .base = &ObjectType,
    .basicsize = sizeof(MethodWrapperObject),
    .dealloc = methodwrapper_dealloc,
    .repr = methodwrapper_repr,
    .richcompare = methodwrapper_richcompare,
    .hash = methodwrapper_hash,
    .call = methodwrapper_call,
    .getset = methodwrapper_getset,
    .traverse = methodwrapper_traverse,
};

/* ---- the tables ------------------------------------------------------------------------- */

static bool tables_ready;

static void add_slot(int s, size_t offset, AnyFn generic) {
    slot_info[s].offset = offset;
    slot_info[s].generic = generic;
}

static void add_name(int s, int d, int kind, int arg) {
    SlotInfo *si = &slot_info[s];
    if (si->nnames < MAX_SLOT_NAMES) si->names[si->nnames++] = (uint8_t)d;
    if (kind >= 0) {
        WrapperDef *w = &wrapper_defs[nwrapper_defs++];
        w->dunder = (uint8_t)d;
        w->slot = (uint8_t)s;
        w->kind = (uint8_t)kind;
        w->arg = (int8_t)arg;
    }
}

#define OFF(field) offsetof(TypeObject, field)
#define GEN(f) ((AnyFn)(f))

static void tables_init(void) {
    if (tables_ready) return;
    tables_ready = true;
    char buf[32];
    for (int d = 0; d < D_COUNT; d++) {
        const char *name = NULL;
        if (d >= D_BIN && d < D_NEG) {
            int op = (d - D_BIN) % NB_BINARY_COUNT;
            const char *prefix = d < D_RBIN ? "" : d < D_IBIN ? "r" : "i";
            snprintf(buf, sizeof buf, "__%s%s__", prefix, binop_names[op]);
            name = buf;
        } else {
            name = fixed_names[d];
        }
        dunder[d] = str_intern_cstr(name);
        if (v_is_ptr(dunder[d])) obj_make_immortal(v_as_obj(dunder[d]));
    }

    add_slot(S_REPR, OFF(repr), GEN(slot_repr));
    add_name(S_REPR, D_REPR, W_UNARY, 0);
    add_slot(S_STR, OFF(str), GEN(slot_str));
    add_name(S_STR, D_STR, W_UNARY, 0);
    add_slot(S_HASH, OFF(hash), GEN(slot_hash));
    add_name(S_HASH, D_HASH, W_HASH, 0);
    add_slot(S_RICHCMP, OFF(richcompare), GEN(slot_richcompare));
    for (int op = CMP_LT; op <= CMP_GE; op++) add_name(S_RICHCMP, D_LT + op, W_RICHCMP, op);
    add_slot(S_BOOL, OFF(bool_), GEN(slot_bool));
    add_name(S_BOOL, D_BOOL, W_BOOL, 0);
    add_slot(S_LEN, OFF(len), GEN(slot_len));
    add_name(S_LEN, D_LEN, W_LEN, 0);
    for (int op = 0; op < NB_BINARY_COUNT; op++) {
        add_slot(S_NB + op, OFF(nb) + (size_t)op * sizeof(BinaryFunc), GEN(slot_nb_fns[op]));
        add_name(S_NB + op, D_BIN + op, op == NB_POWER ? W_POW : W_BINARY, 0);
        add_name(S_NB + op, D_RBIN + op, op == NB_POWER ? W_RPOW : W_RBINARY, 0);
        add_slot(S_NBI + op, OFF(nb_inplace) + (size_t)op * sizeof(BinaryFunc), GEN(slot_nbi_fns[op]));
        add_name(S_NBI + op, D_IBIN + op, W_BINARY, 0);
    }
    add_slot(S_POW3, OFF(nb_ternary_pow), GEN(slot_pow3));
    add_name(S_POW3, D_BIN + NB_POWER, -1, 0);
    static const struct { int s, d; size_t off; UnaryFunc gen; } unary[] = {
        {S_NEG, D_NEG, OFF(nb_negative), slot_neg},
        {S_POS, D_POS, OFF(nb_positive), slot_pos},
        {S_INVERT, D_INVERT, OFF(nb_invert), slot_invert},
        {S_ABS, D_ABS, OFF(nb_absolute), slot_abs},
        {S_INT, D_INT, OFF(nb_int), slot_int},
        {S_FLOAT, D_FLOAT, OFF(nb_float), slot_float},
        {S_INDEX, D_INDEX, OFF(nb_index), slot_index},
    };
    for (size_t i = 0; i < sizeof unary / sizeof unary[0]; i++) {
        add_slot(unary[i].s, unary[i].off, GEN(unary[i].gen));
        add_name(unary[i].s, unary[i].d, W_UNARY, 0);
    }
    add_slot(S_GETITEM, OFF(getitem), GEN(slot_getitem));
    add_name(S_GETITEM, D_GETITEM, W_GETITEM, 0);
    add_slot(S_SETITEM, OFF(setitem), GEN(slot_setitem));
    add_name(S_SETITEM, D_SETITEM, W_SETITEM, 0);
    add_name(S_SETITEM, D_DELITEM, W_DELITEM, 0);
    add_slot(S_CONTAINS, OFF(contains), GEN(slot_contains));
    add_name(S_CONTAINS, D_CONTAINS, W_CONTAINS, 0);
    add_slot(S_ITER, OFF(iter), GEN(slot_iter));
    add_name(S_ITER, D_ITER, W_UNARY, 0);
    add_slot(S_NEXT, OFF(iternext), GEN(slot_next));
    add_name(S_NEXT, D_NEXT, W_NEXT, 0);
    add_slot(S_GETATTR, OFF(getattr), GEN(slot_getattr));
    add_name(S_GETATTR, D_GETATTRIBUTE, W_GETATTR, 0);
    add_name(S_GETATTR, D_GETATTR, -1, 0);
    add_slot(S_SETATTR, OFF(setattr), GEN(slot_setattr));
    add_name(S_SETATTR, D_SETATTR, W_SETATTR, 0);
    add_name(S_SETATTR, D_DELATTR, W_DELATTR, 0);
    add_slot(S_CALL, OFF(call), GEN(slot_call));
    add_name(S_CALL, D_CALL, W_CALL, 0);
    add_slot(S_DESCR_GET, OFF(descr_get), GEN(slot_descr_get));
    add_name(S_DESCR_GET, D_GET, W_GET, 0);
    add_slot(S_DESCR_SET, OFF(descr_set), GEN(slot_descr_set));
    add_name(S_DESCR_SET, D_SET, W_SET, 0);
    add_name(S_DESCR_SET, D_DELETE, W_DELETE, 0);
    add_slot(S_FINALIZE, OFF(finalize), GEN(slot_finalize));
    add_name(S_FINALIZE, D_DEL, -1, 0);
}

bool typeslots_is_slot_name(Value name) {
    tables_init();
    if (!v_is_str(name)) return false;
    int64_t n = str_nbytes(name);
    const char *p = str_data(name);
    if (n < 5 || p[0] != '_' || p[1] != '_' || p[n - 1] != '_' || p[n - 2] != '_') return false;
    for (int d = 0; d < D_COUNT; d++)
        if (d != D_FORMAT && str_eq(dunder[d], name)) return true;
    return false;
}

/* ---- installing slots on heap types ---------------------------------------------------------- */

static bool is_generic(int s, AnyFn f) {
    return f && (f == slot_info[s].generic || (s == S_ITER && f == GEN(slot_iter_seq)));
}

static void cache_clear(struct TypeSlots *ss) {
    for (int d = 0; d < D_COUNT; d++) {
        ss->cache[d].version = 0;
        v_clear(&ss->cache[d].value);
    }
}

/* The C function a slot gets on t: a Python override -> the generic slot
 * function; a slot wrapper of this slot found first on the mro -> the C
 * function it wraps (object.__str__'s NULL included); nothing -> native. */
static AnyFn choose_slot(TypeObject *t, int s) {
    const SlotInfo *si = &slot_info[s];
    AnyFn wrapped = NULL;
    bool have_wrapped = false, overridden = false;
    for (int i = 0; i < si->nnames; i++) {
        Value f = type_lookup(t, dunder[si->names[i]]);
        if (v_is_null(f)) continue;
        if (v_is_type(f, &SlotWrapperType)) {
            SlotWrapperObject *w = (SlotWrapperObject *)v_as_obj(f);
            /* A wrapper stored under another name (`__setattr__ =
             * dict.__setitem__`) is an ordinary override: the generic
             * slot calls it. */
            if (w->def->dunder != si->names[i]) {
                overridden = true;
                continue;
            }
            if (!w->fn && w->def->kind != W_UNARY) continue;   /* object's native dispatch */
            if (!have_wrapped && w->def->slot == s) {
                wrapped = w->fn;
                have_wrapped = true;
            } else if (!have_wrapped && s == S_POW3 && w->def->slot == S_NB + NB_POWER) {
                wrapped = w->fn2;
                have_wrapped = true;
            }
            continue;
        }
        if (s == S_HASH && v_is_none(f)) return NULL;   /* __hash__ = None: unhashable */
        overridden = true;
    }
    if (overridden) return si->generic;
    if (have_wrapped) return wrapped;
    AnyFn native = t->slotstate->native[s];
    if (s == S_ITER && !native) {
        /* The old sequence protocol: __getitem__ alone makes a class iterable. */
        Value gi = type_lookup(t, dunder[D_GETITEM]);
        if (!v_is_null(gi) && !v_is_type(gi, &SlotWrapperType)) return GEN(slot_iter_seq);
    }
    return native;
}

int typeslots_install(TypeObject *t) {
    tables_init();
    struct TypeSlots *ss = t->slotstate;
    if (!ss) {
        ss = mem_alloc(sizeof *ss);
        if (!ss) {
            err_nomem();
            return -1;
        }
        for (int d = 0; d < D_COUNT; d++) {
            ss->cache[d].version = 0;
            ss->cache[d].value = V_NULL;
        }
        /* Natives: what the type has now, except generic functions it
         * inherited from a class base, which stand for that base's natives. */
        for (int s = 0; s < S_COUNT; s++) {
            AnyFn f = slot_read(t, s);
            if (is_generic(s, f)) f = t->base ? native_slot(t->base, s) : NULL;
            if (is_generic(s, f)) f = NULL;
            ss->native[s] = f;
        }
        t->slotstate = ss;
        /* Defining __eq__ without __hash__ makes a class unhashable. */
        if (v_is_ptr(t->dict) && !v_is_null(dict_get_str(t->dict, dunder[D_EQ])) &&
            v_is_null(dict_get_str(t->dict, dunder[D_HASH])) &&
            dict_set(t->dict, dunder[D_HASH], V_NONE) < 0)
            return -1;
    } else {
        cache_clear(ss);
    }
    for (int s = 0; s < S_COUNT; s++) slot_write(t, s, choose_slot(t, s));
    return 0;
}

void typeslots_clear(TypeObject *t) {
    struct TypeSlots *ss = t->slotstate;
    if (!ss) return;
    t->slotstate = NULL;
    cache_clear(ss);
    mem_free(ss);
}

/* ---- slot wrappers in builtin types' dicts ----------------------------------------------------- */

static int add_entry(TypeObject *t, Value name, Value v) {
    if (v_is_null(v)) return -1;
    int r = 0;
    if (v_is_null(dict_get_str(t->dict, name))) r = dict_set(t->dict, name, v);
    v_decref(v);
    return r;
}

/* object.__format__: format(x, '') is str(x); any other spec is an error
 * unless a type implements __format__. */
static Value object_format(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (!v_is_null(kwnames) && tuple_size(kwnames))
        return err_format(&Exc_TypeError, "object.__format__() takes no keyword arguments");
    if (nargs != 1)
        return err_format(&Exc_TypeError, "object.__format__() takes exactly one argument (%zu given)", nargs);
    Value spec = args[0];
    if (!v_is_str(spec))
        return err_format(&Exc_TypeError, "__format__() argument must be str, not %s", v_type_name(spec));
    if (str_nbytes(spec) != 0)
        return err_format(&Exc_TypeError, "unsupported format string passed to %s.__format__",
                          v_type_name(self));
    return obj_str(self);
}

/* int.__format__, float.__format__, str.__format__: the mini-language. */
static Value builtin_format(Value self, const Value *args, size_t nargs, Value kwnames) {
    if ((!v_is_null(kwnames) && tuple_size(kwnames)) || nargs != 1)
        return err_format(&Exc_TypeError, "__format__() takes exactly one argument (%zu given)", nargs);
    if (!v_is_str(args[0]))
        return err_format(&Exc_TypeError, "__format__() argument 1 must be str, not %s",
                          v_type_name(args[0]));
    if (str_nbytes(args[0]) == 0) return obj_str(self);
    return format_value(self, args[0]);
}

static const MethodDef object_format_def = {"__format__", object_format, 0, NULL};
static const MethodDef builtin_format_def = {"__format__", builtin_format, 0, NULL};

int typeslots_add_wrappers(TypeObject *t) {
    if (t->flags & TPFLAG_HEAPTYPE) return 0;
    tables_init();
    TypeObject *b = t->base;
    bool is_object = t == &ObjectType;
    for (int i = 0; i < nwrapper_defs; i++) {
        const WrapperDef *d = &wrapper_defs[i];
        AnyFn fn = slot_read(t, d->slot);
        AnyFn bfn = b ? slot_read(b, d->slot) : NULL;
        if (is_object && !fn &&
            (d->dunder == D_STR || d->dunder == D_GETATTRIBUTE || d->dunder == D_SETATTR ||
             d->dunder == D_DELATTR)) {
            /* object's defaults: str(x) is repr(x), attribute access is the
             * generic one of type(self). */
            if (add_entry(t, dunder[d->dunder], slotwrapper_new(d, t, NULL, NULL)) < 0) return -1;
            continue;
        }
        if (!fn || fn == bfn) continue;
        if (d->slot == S_STR && fn == (AnyFn)t->repr) continue;   /* str is repr: object.__str__ */
        /* Containers (str, list, tuple, bytes, deque, ...) are true by their
         * length and concatenate with __add__ only: CPython gives them no
         * __bool__ and no __radd__ (range alone has a truth slot). */
        if (t->len && t != &RangeType &&
            (d->dunder == D_BOOL || d->dunder == D_RBIN + NB_ADD))
            continue;
        AnyFn fn2 = (d->kind == W_POW || d->kind == W_RPOW) ? (AnyFn)t->nb_ternary_pow : NULL;
        if (add_entry(t, dunder[d->dunder], slotwrapper_new(d, t, fn, fn2)) < 0) return -1;
    }
    /* Equality without a hash: __hash__ is None, as list.__hash__. */
    if (!t->hash && b && b->hash && t->richcompare &&
        add_entry(t, dunder[D_HASH], V_NONE) < 0)
        return -1;
    if (is_object) {
        if (add_entry(t, dunder[D_FORMAT], method_descr_new(&object_format_def, t)) < 0) return -1;
    } else if (t == &IntType || t == &FloatType || t == &StrType) {
        if (add_entry(t, dunder[D_FORMAT], method_descr_new(&builtin_format_def, t)) < 0) return -1;
    }
    return 0;
}

/* ---- format() ------------------------------------------------------------------------------------ */

Value typeslots_format(Value v, Value spec, bool *handled) {
    tables_init();
    *handled = false;
    TypeObject *t = v_type(v);
    if (!(t->flags & TPFLAG_HEAPTYPE)) return V_NULL;
    Value f = lookup_special(t, D_FORMAT);
    if (v_is_null(f)) return V_NULL;
    /* a builtin type's own __format__ (inherited by a subclass of int,
     * float, str): format_value formats the base value. A C method put
     * on a heap type (decimal's speedups) is called like a Python one. */
    if (v_is_type(f, &MethodDescrType) &&
        !(((MethodDescrObject *)v_as_obj(f))->owner->flags & TPFLAG_HEAPTYPE))
        return V_NULL;
    *handled = true;
    Value arg = v_is_null(spec) ? str_intern_cstr("") : spec;
    v_incref(f);
    Value r = call_found(f, v, &arg, 1);
    v_decref(f);
    if (!v_is_null(r) && !is_str_result(r)) {
        err_format(&Exc_TypeError, "__format__ must return a str, not %s", v_type_name(r));
        v_decref(r);
        return V_NULL;
    }
    return r;
}

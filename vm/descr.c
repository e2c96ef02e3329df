/* descr.c: builtin functions, method descriptors, bound methods and getset
 * descriptors, and the descriptor protocol the attribute lookups share. */
#include <string.h>
#include "descr.h"
#include "errors.h"
#include "abstract.h"
#include "str.h"
#include "tuple.h"
#include "module.h"
#include "docs.h"
#include "dict.h"
#include "runtime.h"

/* Applies the descriptor protocol to attr, found in type's dict (or its
 * mro). obj is the instance, or V_NULL when the attribute is read from the
 * type itself. New reference. Used by object.c and abstract.c. */
Value descr_get(Value attr, Value obj, TypeObject *type);

Value descr_get(Value attr, Value obj, TypeObject *type) {
    if (!v_is_ptr(attr)) return attr;
    TypeObject *t = v_as_obj(attr)->type;
    if (t == &MethodDescrType) {
        /* As in CPython, a builtin method bound to its object is a builtin
         * function with that self (type name builtin_function_or_method);
         * calls then go straight to the C function. */
        MethodDescrObject *d = (MethodDescrObject *)v_as_obj(attr);
        if (d->def->flags & METH_CLASS) return cfunc_new(d->def->name, d->def->fn, v_from_obj(type));
        if (v_is_null(obj)) return v_newref(attr);
        return cfunc_new(d->def->name, d->def->fn, obj);
    }
    if (t == &GetSetDescrType) {
        GetSetDescrObject *d = (GetSetDescrObject *)v_as_obj(attr);
        if (v_is_null(obj)) return v_newref(attr);
        if (!d->def->get)
            return err_format(&Exc_AttributeError, "attribute '%s' of '%s' objects is not readable",
                              d->def->name, d->owner->name);
        return d->def->get(obj);
    }
    if (t == &FunctionType) {
        if (v_is_null(obj)) return v_newref(attr);
        return bound_method_new(attr, obj);
    }
    /* property, classmethod, staticmethod, ... and classes with __get__. */
    if (t->descr_get) return t->descr_get(attr, obj, v_from_obj(type));
    return v_newref(attr);
}

static void *addr_of(Value v) {
    return v_is_ptr(v) ? (void *)v_as_obj(v) : (void *)(uintptr_t)v;
}

/* ---- builtin functions ------------------------------------------------------ */

Value cfunc_new(const char *name, CFunc fn, Value self) {
    BuiltinFunctionObject *f =
        (BuiltinFunctionObject *)obj_alloc(&BuiltinFunctionType, sizeof *f);
    if (!f) return V_NULL;
    f->name = name;
    f->fn = fn;
    f->self = v_newref(self);
    return v_from_obj(f);
}

static void cfunc_dealloc(Object *o) {
    v_decref(((BuiltinFunctionObject *)o)->self);
    obj_free(o);
}

/* A builtin method bound to its instance ([].append) can close a cycle
 * through that instance. */
static void cfunc_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    visit(((BuiltinFunctionObject *)o)->self, arg);
}

static Value cfunc_call(Value callable, const Value *args, size_t nargs, Value kwnames) {
    BuiltinFunctionObject *f = (BuiltinFunctionObject *)v_as_obj(callable);
    return f->fn(f->self, args, nargs, kwnames);
}

static Value cfunc_repr(Value self) {
    BuiltinFunctionObject *f = (BuiltinFunctionObject *)v_as_obj(self);
    if (v_is_null(f->self) || v_is_type(f->self, &ModuleType))
        return str_printf("<built-in function %s>", f->name);
    return str_printf("<built-in method %s of %s object at %p>", f->name, v_type_name(f->self),
                      addr_of(f->self));
}

/* Equal when they are the same C function bound to the same object. */
static Value cfunc_richcompare(Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !v_is_type(b, &BuiltinFunctionType)) return V_NOTIMPL;
    BuiltinFunctionObject *x = (BuiltinFunctionObject *)v_as_obj(a);
    BuiltinFunctionObject *y = (BuiltinFunctionObject *)v_as_obj(b);
    bool eq = x->fn == y->fn && x->self == y->self;
    return v_from_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t cfunc_hash(Value self) {
    BuiltinFunctionObject *f = (BuiltinFunctionObject *)v_as_obj(self);
    uint64_t x = (uint64_t)(uintptr_t)addr_of(f->self) ^ (uint64_t)(uintptr_t)f->fn;
    x = (x >> 4) | (x << 60);
    int64_t h = (int64_t)x;
    return h == -1 ? -2 : h;
}

static Value cfunc_get_name(Value self) {
    return str_from_cstr(((BuiltinFunctionObject *)v_as_obj(self))->name);
}
/* CPython: the name alone for a module function; "type.name" for a method
 * bound to an instance (or to a class, for a class method). */
static Value cfunc_get_qualname(Value self) {
    BuiltinFunctionObject *f = (BuiltinFunctionObject *)v_as_obj(self);
    if (v_is_null(f->self) || v_is_module(f->self)) return str_from_cstr(f->name);
    Value t = (v_type(f->self)->flags & TPFLAG_TYPE_SUBCLASS) ? f->self : v_from_obj(v_type(f->self));
    Value q = obj_getattr_cstr(t, "__qualname__");
    if (v_is_null(q)) return V_NULL;
    if (!v_is_str(q)) {
        v_decref(q);
        return err_format(&Exc_TypeError, "<method>.__class__.__qualname__ is not a unicode object");
    }
    Value r = str_printf("%s.%s", str_data(q), f->name);
    v_decref(q);
    return r;
}

static bool is_builtins_function(BuiltinFunctionObject *f);

/* The builtins' own functions (len) have no self in coil, but their
 * __self__ is the builtins module, as in CPython. */
static Value cfunc_get_self(Value self) {
    BuiltinFunctionObject *f = (BuiltinFunctionObject *)v_as_obj(self);
    if (v_is_null(f->self))
        return is_builtins_function(f) ? v_newref(runtime_builtins_module()) : V_NONE;
    return v_newref(f->self);
}

/* Module functions: "module.name"; methods bound to an object (or a class,
 * for class methods): the method of its static type or base. sig: the
 * __text_signature__ instead of the doc. */
/* Only the builtins module's own function (other modules' functions
 * without a __self__ may share its name: math.pow). */
static bool is_builtins_function(BuiltinFunctionObject *f) {
    Value b = dict_get_cstr(runtime_builtins(), f->name);
    return !v_is_null(b) && v_is_type(b, &BuiltinFunctionType) &&
           ((BuiltinFunctionObject *)v_as_obj(b))->fn == f->fn;
}

static const char *cfunc_doc_text(Value self, bool sig) {
    BuiltinFunctionObject *f = (BuiltinFunctionObject *)v_as_obj(self);
    if (v_is_null(f->self)) {
        if (is_builtins_function(f))
            return sig ? doc_sig_lookup("builtins", f->name) : doc_lookup("builtins", f->name);
        return NULL;
    }
    if (v_is_module(f->self)) {
        Value n = ((ModuleObject *)v_as_obj(f->self))->name;
        if (!v_is_str(n)) return NULL;
        return sig ? doc_sig_lookup(str_data(n), f->name) : doc_lookup(str_data(n), f->name);
    }
    TypeObject *t = (v_type(f->self)->flags & TPFLAG_TYPE_SUBCLASS) ? (TypeObject *)v_as_obj(f->self)
                                                                    : v_type(f->self);
    const char *d = doc_for_type_method(t, f->name, sig);
    if (!d && t != v_type(f->self)) d = doc_for_type_method(v_type(f->self), f->name, sig);
    return d;
}

/* CPython's m_module: "builtins" for the builtins, the module's name for a
 * function of a module that is its __self__, None for a bound method (and,
 * in coil, for module functions created without their module). */
static Value cfunc_get_module(Value self) {
    BuiltinFunctionObject *f = (BuiltinFunctionObject *)v_as_obj(self);
    if (v_is_module(f->self)) return v_newref(((ModuleObject *)v_as_obj(f->self))->name);
    if (v_is_null(f->self) && is_builtins_function(f)) return str_from_cstr("builtins");
    return V_NONE;
}

static Value cfunc_get_doc(Value self) { return doc_value(cfunc_doc_text(self, false)); }
static Value cfunc_get_text_signature(Value self) { return doc_value(cfunc_doc_text(self, true)); }

static const GetSetDef cfunc_getset[] = {
    {"__doc__", cfunc_get_doc, NULL},
    {"__text_signature__", cfunc_get_text_signature, NULL},
    {"__name__", cfunc_get_name, NULL},
    {"__qualname__", cfunc_get_qualname, NULL},
    {"__self__", cfunc_get_self, NULL},
    {"__module__", cfunc_get_module, NULL},
    {NULL, NULL, NULL},
};

/* CPython's meth_reduce: a module's (or the builtins') function pickles
 * as its name, a bound one as getattr(self, name). */
static Value cfunc_reduce(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (nargs || (!v_is_null(kwnames) && tuple_size(kwnames)))
        return err_format(&Exc_TypeError, "__reduce__() takes no arguments");
    BuiltinFunctionObject *f = (BuiltinFunctionObject *)v_as_obj(self);
    if (v_is_null(f->self) || v_is_module(f->self)) return str_from_cstr(f->name);
    Value ga = dict_get_cstr(runtime_builtins(), "getattr");
    if (v_is_null(ga)) return err_format(&Exc_RuntimeError, "lost builtins.getattr");
    Value name = str_from_cstr(f->name);
    if (v_is_null(name)) return V_NULL;
    Value inner = tuple_pack(2, f->self, name);
    v_decref(name);
    if (v_is_null(inner)) return V_NULL;
    Value r = tuple_pack(2, ga, inner);
    v_decref(inner);
    return r;
}

static const MethodDef cfunc_methods[] = {
    {"__reduce__", cfunc_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject BuiltinFunctionType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "builtin_function_or_method",
    .base = &ObjectType,
    .basicsize = sizeof(BuiltinFunctionObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = cfunc_dealloc,
    .traverse = cfunc_traverse,
    .repr = cfunc_repr,
    .richcompare = cfunc_richcompare,
    .hash = cfunc_hash,
    .call = cfunc_call,
    .getset = cfunc_getset,
    .methods = cfunc_methods,
};

/* ---- method descriptors ------------------------------------------------------ */

Value method_descr_new(const MethodDef *def, TypeObject *owner) {
    MethodDescrObject *d = (MethodDescrObject *)obj_alloc(&MethodDescrType, sizeof *d);
    if (!d) return V_NULL;
    d->def = def;
    d->owner = owner;
    return v_from_obj(d);
}

static Value method_descr_call(Value callable, const Value *args, size_t nargs, Value kwnames) {
    MethodDescrObject *d = (MethodDescrObject *)v_as_obj(callable);
    if (nargs == 0)
        return err_format(&Exc_TypeError, "unbound method %s.%s() needs an argument",
                          d->owner->name, d->def->name);
    Value self = args[0];
    if (d->def->flags & METH_CLASS) {
        /* The unbound form of a class method takes the class first. */
        if (!(v_type(self)->flags & TPFLAG_TYPE_SUBCLASS) ||
            !type_is_subtype((TypeObject *)v_as_obj(self), d->owner))
            return err_format(&Exc_TypeError,
                              "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                              d->def->name, d->owner->name, v_type_name(self));
    } else if (!type_is_subtype(v_type(self), d->owner)) {
        return err_format(&Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                          d->def->name, d->owner->name, v_type_name(self));
    }
    return d->def->fn(self, args + 1, nargs - 1, kwnames);
}

static Value method_descr_repr(Value self) {
    MethodDescrObject *d = (MethodDescrObject *)v_as_obj(self);
    /* CPython exposes these through type slots, so they print as slot
     * wrappers there (object.__init__, property.__get__). */
    static const char *const slot_names[] = {"__init__", "__get__", "__set__", "__delete__",
                                             "__call__", "__del__"};
    for (size_t i = 0; i < sizeof slot_names / sizeof *slot_names; i++)
        if (strcmp(d->def->name, slot_names[i]) == 0)
            return str_printf("<slot wrapper '%s' of '%s' objects>", d->def->name, d->owner->name);
    return str_printf("<method '%s' of '%s' objects>", d->def->name, d->owner->name);
}

static Value method_descr_get_name(Value self) {
    return str_from_cstr(((MethodDescrObject *)v_as_obj(self))->def->name);
}
static Value method_descr_get_qualname(Value self) {
    MethodDescrObject *d = (MethodDescrObject *)v_as_obj(self);
    return str_printf("%s.%s", d->owner->name, d->def->name);
}
static Value method_descr_get_objclass(Value self) {
    return v_newref(v_from_obj(((MethodDescrObject *)v_as_obj(self))->owner));
}

static Value method_descr_get_doc(Value self) {
    MethodDescrObject *d = (MethodDescrObject *)v_as_obj(self);
    const char *doc = doc_for_type_method(d->owner, d->def->name, false);
    return doc_value(doc ? doc : d->def->doc);
}

static Value method_descr_get_text_signature(Value self) {
    MethodDescrObject *d = (MethodDescrObject *)v_as_obj(self);
    return doc_value(doc_for_type_method(d->owner, d->def->name, true));
}

static const GetSetDef method_descr_getset[] = {
    {"__doc__", method_descr_get_doc, NULL},
    {"__text_signature__", method_descr_get_text_signature, NULL},
    {"__name__", method_descr_get_name, NULL},
    {"__qualname__", method_descr_get_qualname, NULL},
    {"__objclass__", method_descr_get_objclass, NULL},
    {NULL, NULL, NULL},
};

TypeObject MethodDescrType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "method_descriptor",
    .base = &ObjectType,
    .basicsize = sizeof(MethodDescrObject),
    .dealloc = obj_free,
    .repr = method_descr_repr,
    .call = method_descr_call,
    .getset = method_descr_getset,
};

/* ---- bound methods ----------------------------------------------------------- */

Value bound_method_new(Value func, Value self) {
    BoundMethodObject *m = (BoundMethodObject *)obj_alloc(&BoundMethodType, sizeof *m);
    if (!m) return V_NULL;
    m->func = v_newref(func);
    m->self = v_newref(self);
    return v_from_obj(m);
}

static void bound_method_dealloc(Object *o) {
    BoundMethodObject *m = (BoundMethodObject *)o;
    v_decref(m->func);
    v_decref(m->self);
    obj_free(o);
}

/* No clear slot (CPython's method has none either): func and self must
 * stay valid, and the objects they lead to break the cycle. */
static void bound_method_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    BoundMethodObject *m = (BoundMethodObject *)o;
    visit(m->func, arg);
    visit(m->self, arg);
}

/* Small calls prepend self in an on-stack array; only long argument lists
 * touch the allocator. */
#define BOUND_STACK_ARGS 8

static Value bound_method_call(Value callable, const Value *args, size_t nargs, Value kwnames) {
    BoundMethodObject *m = (BoundMethodObject *)v_as_obj(callable);
    if (v_is_type(m->func, &MethodDescrType)) {
        /* Binding already checked self's type. */
        MethodDescrObject *d = (MethodDescrObject *)v_as_obj(m->func);
        return d->def->fn(m->self, args, nargs, kwnames);
    }
    size_t total = nargs + (v_is_null(kwnames) ? 0 : (size_t)tuple_size(kwnames));
    Value small[BOUND_STACK_ARGS];
    Value *buf = small;
    if (total + 1 > BOUND_STACK_ARGS) {
        buf = mem_alloc((total + 1) * sizeof(Value));
        if (!buf) return err_nomem();
    }
    buf[0] = m->self;
    for (size_t i = 0; i < total; i++) buf[i + 1] = args[i];
    Value r = obj_call(m->func, buf, nargs + 1, kwnames);
    if (buf != small) mem_free(buf);
    return r;
}

static Value bound_method_repr(Value self) {
    BoundMethodObject *m = (BoundMethodObject *)v_as_obj(self);
    if (v_is_type(m->func, &MethodDescrType)) {
        MethodDescrObject *d = (MethodDescrObject *)v_as_obj(m->func);
        return str_printf("<built-in method %s of %s object at %p>", d->def->name,
                          v_type_name(m->self), addr_of(m->self));
    }
    Value qn = V_NULL;
    if (obj_lookup_attr(m->func, str_intern_cstr("__qualname__"), &qn) < 0) return V_NULL;
    Value srepr = obj_repr(m->self);
    if (v_is_null(srepr)) {
        v_decref(qn);
        return V_NULL;
    }
    Value r = str_printf("<bound method %s of %s>",
                         (!v_is_null(qn) && v_is_str(qn)) ? str_data(qn) : "?", str_data(srepr));
    v_decref(qn);
    v_decref(srepr);
    return r;
}

static Value bound_method_richcompare(Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !v_is_type(b, &BoundMethodType)) return V_NOTIMPL;
    BoundMethodObject *x = (BoundMethodObject *)v_as_obj(a);
    BoundMethodObject *y = (BoundMethodObject *)v_as_obj(b);
    /* Since 3.8, self is compared by identity. */
    bool eq = x->self == y->self;
    if (eq) {
        int r = obj_eq(x->func, y->func);
        if (r < 0) return V_NULL;
        eq = r;
    }
    return v_from_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t bound_method_hash(Value self) {
    BoundMethodObject *m = (BoundMethodObject *)v_as_obj(self);
    int64_t h = obj_hash(m->func);
    if (h == -1) return -1;
    uint64_t x = (uint64_t)(uintptr_t)addr_of(m->self);
    x = (x >> 4) | (x << 60);
    h ^= (int64_t)x;
    return h == -1 ? -2 : h;
}

static Value bound_method_get_self(Value self) {
    return v_newref(((BoundMethodObject *)v_as_obj(self))->self);
}
static Value bound_method_get_func(Value self) {
    return v_newref(((BoundMethodObject *)v_as_obj(self))->func);
}
static Value bound_method_get_name(Value self) {
    return obj_getattr_cstr(((BoundMethodObject *)v_as_obj(self))->func, "__name__");
}
/* The method type's own __doc__ would shadow the function's in the generic
 * lookup, so it is forwarded explicitly (CPython's method_get_doc). */
static Value bound_method_get_doc(Value self) {
    return obj_getattr_cstr(((BoundMethodObject *)v_as_obj(self))->func, "__doc__");
}

/* Attributes a method does not have itself come from its function
 * (__doc__, __qualname__, __module__, __dict__ entries, ...), as CPython's
 * method_getattro. */
static Value bound_method_getattr(Value self, Value name) {
    Value r = obj_generic_getattr(self, name);
    if (!v_is_null(r) || !err_matches(&Exc_AttributeError)) return r;
    err_clear();
    return obj_getattr(((BoundMethodObject *)v_as_obj(self))->func, name);
}

static const GetSetDef bound_method_getset[] = {
    {"__self__", bound_method_get_self, NULL},
    {"__func__", bound_method_get_func, NULL},
    {"__name__", bound_method_get_name, NULL},
    {"__doc__", bound_method_get_doc, NULL},
    {NULL, NULL, NULL},
};

TypeObject BoundMethodType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "method",
    .base = &ObjectType,
    .basicsize = sizeof(BoundMethodObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = bound_method_dealloc,
    .traverse = bound_method_traverse,
    .repr = bound_method_repr,
    .richcompare = bound_method_richcompare,
    .hash = bound_method_hash,
    .call = bound_method_call,
    .getattr = bound_method_getattr,
    .getset = bound_method_getset,
};

/* ---- getset descriptors --------------------------------------------------------- */

Value getset_descr_new(const GetSetDef *def, TypeObject *owner) {
    GetSetDescrObject *d = (GetSetDescrObject *)obj_alloc(&GetSetDescrType, sizeof *d);
    if (!d) return V_NULL;
    d->def = def;
    d->owner = owner;
    return v_from_obj(d);
}

static Value getset_repr(Value self) {
    GetSetDescrObject *d = (GetSetDescrObject *)v_as_obj(self);
    return str_printf("<attribute '%s' of '%s' objects>", d->def->name, d->owner->name);
}

static Value getset_get_name(Value self) {
    return str_from_cstr(((GetSetDescrObject *)v_as_obj(self))->def->name);
}
static Value getset_get_objclass(Value self) {
    return v_newref(v_from_obj(((GetSetDescrObject *)v_as_obj(self))->owner));
}

static const GetSetDef getset_getset[] = {
    {"__name__", getset_get_name, NULL},
    {"__objclass__", getset_get_objclass, NULL},
    {NULL, NULL, NULL},
};

TypeObject GetSetDescrType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "getset_descriptor",
    .base = &ObjectType,
    .basicsize = sizeof(GetSetDescrObject),
    .dealloc = obj_free,
    .repr = getset_repr,
    .getset = getset_getset,
};

/* descr_py.c: the descriptor types classes are built from: property,
 * classmethod, staticmethod, super, and the member descriptors of
 * __slots__. Each implements TypeObject.descr_get (and descr_set for the
 * data descriptors), which abstract.c's generic attribute lookup calls. */
#include <string.h>

#include "classobj.h"
#include "abstract.h"
#include "args.h"
#include "code.h"
#include "descr.h"
#include "dict.h"
#include "errors.h"
#include "eval.h"
#include "frame.h"
#include "function.h"
#include "str.h"
#include "tuple.h"

static inline TypeObject *as_type(Value v) { return (TypeObject *)v_as_obj(v); }
static inline bool is_type(Value v) {
    return v_is_ptr(v) && (v_as_obj(v)->type->flags & TPFLAG_TYPE_SUBCLASS);
}
/* From descr.c. New reference. */
extern Value descr_get(Value attr, Value obj, TypeObject *type);

/* ---- property ------------------------------------------------------------------- */

typedef struct PropertyObject {
    Object ob;
    Value fget, fset, fdel, doc;   /* V_NONE when absent */
    Value name;                    /* from __set_name__, V_NONE until then */
    bool getter_doc;               /* doc came from fget.__doc__ */
} PropertyObject;

static inline PropertyObject *as_prop(Value v) { return (PropertyObject *)v_as_obj(v); }

/* Sets the accessors and docstring of p (a new or re-initialised
 * property); a doc of None takes the getter's docstring, as CPython. */
static int property_fill(PropertyObject *p, Value fget, Value fset, Value fdel, Value doc) {
    v_setref(&p->fget, v_newref(fget));
    v_setref(&p->fset, v_newref(fset));
    v_setref(&p->fdel, v_newref(fdel));
    p->getter_doc = false;
    if (v_is_none(doc) && !v_is_none(fget)) {
        Value d;
        int r = obj_lookup_attr(fget, str_intern_cstr("__doc__"), &d);
        if (r < 0) return -1;
        if (r > 0) {
            v_setref(&p->doc, d);
            p->getter_doc = true;
        } else {
            v_setref(&p->doc, V_NONE);
        }
    } else {
        v_setref(&p->doc, v_newref(doc));
    }
    return 0;
}

static Value property_make(TypeObject *type, Value fget, Value fset, Value fdel, Value doc, Value name) {
    size_t size = type->basicsize > sizeof(PropertyObject) ? type->basicsize : sizeof(PropertyObject);
    PropertyObject *p = (PropertyObject *)obj_alloc(type, size);
    if (!p) return V_NULL;
    p->fget = p->fset = p->fdel = p->doc = V_NONE;
    p->name = v_newref(name);
    p->getter_doc = false;
    if (property_fill(p, fget, fset, fdel, doc) < 0) {
        v_decref(v_from_obj(p));
        return V_NULL;
    }
    return v_from_obj(p);
}

static Value property_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    Value a[4];
    if (args_parse("property", args, nargs, kwnames, names, 4, 4, 0, a) < 0) return V_NULL;
    for (int i = 0; i < 4; i++)
        if (v_is_null(a[i])) a[i] = V_NONE;
    return property_make(type, a[0], a[1], a[2], a[3], V_NONE);
}

/* property.__init__: what a subclass's __init__ reaches through super()
 * (the instance was made empty first). */
static Value m_prop_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    Value a[4];
    if (args_parse("property", args, nargs, kwnames, names, 4, 4, 0, a) < 0) return V_NULL;
    for (int i = 0; i < 4; i++)
        if (v_is_null(a[i])) a[i] = V_NONE;
    return property_fill((PropertyObject *)v_as_obj(self), a[0], a[1], a[2], a[3]) < 0 ? V_NULL : V_NONE;
}

static void property_dealloc(Object *o) {
    PropertyObject *p = (PropertyObject *)o;
    v_decref(p->fget);
    v_decref(p->fset);
    v_decref(p->fdel);
    v_decref(p->doc);
    v_decref(p->name);
    obj_free(o);
}

static Value property_missing(Value self, Value obj, const char *what) {
    PropertyObject *p = as_prop(self);
    if (v_is_str(p->name))
        return err_format(&Exc_AttributeError, "property '%s' of '%s' object has no %s",
                          str_data(p->name), v_type_name(obj), what);
    return err_format(&Exc_AttributeError, "property of '%s' object has no %s", v_type_name(obj), what);
}

static Value property_get(Value self, Value obj, Value type) {
    (void)type;
    if (v_is_null(obj) || v_is_none(obj)) return v_newref(self);
    PropertyObject *p = as_prop(self);
    if (v_is_none(p->fget)) return property_missing(self, obj, "getter");
    return obj_call1(p->fget, obj);
}

static int property_set(Value self, Value obj, Value v) {
    PropertyObject *p = as_prop(self);
    Value f = v_is_null(v) ? p->fdel : p->fset;
    if (v_is_none(f)) {
        property_missing(self, obj, v_is_null(v) ? "deleter" : "setter");
        return -1;
    }
    Value a[2] = {obj, v};
    Value r = obj_call(f, a, v_is_null(v) ? 1 : 2, V_NULL);
    if (v_is_null(r)) return -1;
    v_decref(r);
    return 0;
}

/* getter/setter/deleter: a copy with one accessor replaced (the decorator
 * form @x.setter). A docstring taken from the old getter follows the new. */
static Value property_copy(Value self, int which, Value f) {
    PropertyObject *p = as_prop(self);
    Value fs[3] = {p->fget, p->fset, p->fdel};
    fs[which] = f;
    Value doc = p->getter_doc && which == 0 ? V_NONE : p->doc;
    TypeObject *t = v_type(self);
    if (t == &PropertyType) return property_make(t, fs[0], fs[1], fs[2], doc, p->name);
    /* a subclass: a new instance of it through its own constructor */
    Value a[4] = {fs[0], fs[1], fs[2], doc};
    Value r = obj_call(v_from_obj(t), a, 4, V_NULL);
    if (!v_is_null(r) && type_is_subtype(v_type(r), &PropertyType))
        v_setref(&as_prop(r)->name, v_newref(p->name));
    return r;
}

static Value m_getter(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("getter", nargs, kwnames, 1, 1) < 0) return V_NULL;
    return property_copy(self, 0, args[0]);
}
static Value m_setter(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("setter", nargs, kwnames, 1, 1) < 0) return V_NULL;
    return property_copy(self, 1, args[0]);
}
static Value m_deleter(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("deleter", nargs, kwnames, 1, 1) < 0) return V_NULL;
    return property_copy(self, 2, args[0]);
}
static Value m_set_name(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("__set_name__", nargs, kwnames, 2, 2) < 0) return V_NULL;
    v_setref(&as_prop(self)->name, v_newref(args[1]));
    return V_NONE;
}
static Value m_prop_get(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("__get__", nargs, kwnames, 1, 2) < 0) return V_NULL;
    return property_get(self, args[0], nargs > 1 ? args[1] : V_NONE);
}
static Value m_prop_set(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("__set__", nargs, kwnames, 2, 2) < 0) return V_NULL;
    return property_set(self, args[0], args[1]) < 0 ? V_NULL : V_NONE;
}
static Value m_prop_delete(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("__delete__", nargs, kwnames, 1, 1) < 0) return V_NULL;
    return property_set(self, args[0], V_NULL) < 0 ? V_NULL : V_NONE;
}

static const MethodDef property_methods[] = {
    {"getter", m_getter, 0, NULL},
    {"setter", m_setter, 0, NULL},
    {"deleter", m_deleter, 0, NULL},
    {"__set_name__", m_set_name, 0, NULL},
    {"__get__", m_prop_get, 0, NULL},
    {"__set__", m_prop_set, 0, NULL},
    {"__delete__", m_prop_delete, 0, NULL},
    {"__init__", m_prop_init, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value prop_fget(Value self) { return v_newref(as_prop(self)->fget); }
static Value prop_fset(Value self) { return v_newref(as_prop(self)->fset); }
static Value prop_fdel(Value self) { return v_newref(as_prop(self)->fdel); }
static Value prop_doc(Value self) { return v_newref(as_prop(self)->doc); }
static int prop_set_doc(Value self, Value v) {
    v_setref(&as_prop(self)->doc, v_is_null(v) ? V_NONE : v_newref(v));
    as_prop(self)->getter_doc = false;
    return 0;
}

static const GetSetDef property_getset[] = {
    {"fget", prop_fget, NULL},
    {"fset", prop_fset, NULL},
    {"fdel", prop_fdel, NULL},
    {"__doc__", prop_doc, prop_set_doc},
    {NULL, NULL, NULL},
};

/* Descriptors live in class dicts and hold functions, whose closures may
 * lead back to the class (__class__ cells): they must be traversed for
 * such classes to be collectable. */
static void property_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    PropertyObject *p = (PropertyObject *)o;
    visit(p->fget, arg);
    visit(p->fset, arg);
    visit(p->fdel, arg);
    visit(p->doc, arg);
    visit(p->name, arg);
}

TypeObject PropertyType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "property",
    .basicsize = sizeof(PropertyObject),
    .flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE,
    .traverse = property_traverse,
    .dealloc = property_dealloc,
    .construct = property_construct,
    .methods = property_methods,
    .getset = property_getset,
    .descr_get = property_get,
    .descr_set = property_set,
};

/* ---- classmethod / staticmethod ---------------------------------------------------------- */

/* Both wrap one callable; StaticMethodObject has the same layout (typeobject.c
 * unwraps a staticmethod __new__ through it). */
typedef struct WrapperObject {
    Object ob;
    Value func;
    Value dict;      /* V_NULL until an attribute is set */
} WrapperObject;

static inline WrapperObject *as_wrap(Value v) { return (WrapperObject *)v_as_obj(v); }

static Value wrapper_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional(type->name, nargs, kwnames, 1, 1) < 0) return V_NULL;
    WrapperObject *w = (WrapperObject *)obj_alloc(type, type->basicsize);
    if (!w) return V_NULL;
    w->func = v_newref(args[0]);
    w->dict = V_NULL;
    return v_from_obj(w);
}

static void wrapper_dealloc(Object *o) {
    v_decref(((WrapperObject *)o)->func);
    v_decref(((WrapperObject *)o)->dict);
    obj_free(o);
}

static Value wrapper_repr(Value self) {
    Value r = obj_repr(as_wrap(self)->func);
    if (v_is_null(r)) return r;
    Value s = str_printf("<%s(%s)>", v_type_name(self), str_data(r));
    v_decref(r);
    return s;
}

static Value wrapper_func(Value self) { return v_newref(as_wrap(self)->func); }

/* __doc__, __name__, ... of the wrapped function (CPython 3.10+ copies them). */
static Value wrapper_getattr(Value self, Value name) {
    Value v = obj_generic_getattr(self, name);
    if (!v_is_null(v) || !err_matches(&Exc_AttributeError)) return v;
    if (str_eq_cstr(name, "__doc__") || str_eq_cstr(name, "__name__") ||
        str_eq_cstr(name, "__qualname__") || str_eq_cstr(name, "__module__")) {
        err_clear();
        return obj_getattr(as_wrap(self)->func, name);
    }
    return v;
}

static const GetSetDef wrapper_getset[] = {
    {"__func__", wrapper_func, NULL},
    {"__wrapped__", wrapper_func, NULL},
    {NULL, NULL, NULL},
};

static Value classmethod_get(Value self, Value obj, Value type) {
    if (v_is_null(type) || v_is_none(type)) type = v_from_obj(v_type(obj));
    Value f = as_wrap(self)->func;
    TypeObject *ft = v_type(f);
    /* A wrapped descriptor binds to the class itself (CPython 3.9-3.12:
     * classmethod over property gives a class property); a function's
     * binding is the bound method made here. */
    if (ft != &FunctionType && ft->descr_get) return ft->descr_get(f, type, type);
    return bound_method_new(f, type);
}

static Value staticmethod_get(Value self, Value obj, Value type) {
    (void)obj; (void)type;
    return v_newref(as_wrap(self)->func);
}

static Value staticmethod_call(Value callable, const Value *args, size_t nargs, Value kwnames) {
    return obj_call(as_wrap(callable)->func, args, nargs, kwnames);
}

static void wrapper_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    visit(as_wrap(v_from_obj(o))->func, arg);
    visit(as_wrap(v_from_obj(o))->dict, arg);
}

TypeObject ClassMethodType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "classmethod",
    .basicsize = sizeof(WrapperObject),
    .flags = TPFLAG_HAVE_GC,
    .traverse = wrapper_traverse,
    .dealloc = wrapper_dealloc,
    .repr = wrapper_repr,
    .construct = wrapper_construct,
    .getattr = wrapper_getattr,
    .getset = wrapper_getset,
    .descr_get = classmethod_get,
    .dictoffset = offsetof(WrapperObject, dict),
};

TypeObject StaticMethodType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "staticmethod",
    .basicsize = sizeof(WrapperObject),
    .flags = TPFLAG_HAVE_GC,
    .traverse = wrapper_traverse,
    .dealloc = wrapper_dealloc,
    .repr = wrapper_repr,
    .construct = wrapper_construct,
    .getattr = wrapper_getattr,
    .getset = wrapper_getset,
    .call = staticmethod_call,
    .descr_get = staticmethod_get,
    .dictoffset = offsetof(WrapperObject, dict),
};

/* ---- __slots__ members ---------------------------------------------------------------------- */

typedef struct MemberDescrObject {
    Object ob;
    Value name;
    TypeObject *owner;
    int64_t offset;
} MemberDescrObject;

Value member_descr_new(Value name, TypeObject *owner, int64_t offset) {
    MemberDescrObject *m = (MemberDescrObject *)obj_alloc(&MemberDescrType, sizeof *m);
    if (!m) return V_NULL;
    m->name = v_newref(name);
    m->owner = owner;   /* borrowed: the owner's dict holds this descriptor */
    m->offset = offset;
    return v_from_obj(m);
}

static void member_dealloc(Object *o) {
    v_decref(((MemberDescrObject *)o)->name);
    obj_free(o);
}

int64_t member_descr_slot_offset(Value descr, TypeObject *t) {
    if (!v_is_type(descr, &MemberDescrType)) return -1;
    MemberDescrObject *m = (MemberDescrObject *)v_as_obj(descr);
    return type_is_subtype(t, m->owner) ? m->offset : -1;
}

static int member_check(MemberDescrObject *m, Value obj) {
    if (type_is_subtype(v_type(obj), m->owner)) return 0;
    err_format(&Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
               str_data(m->name), m->owner->name, v_type_name(obj));
    return -1;
}

static Value member_get(Value self, Value obj, Value type) {
    (void)type;
    if (v_is_null(obj)) return v_newref(self);
    MemberDescrObject *m = (MemberDescrObject *)v_as_obj(self);
    if (member_check(m, obj) < 0) return V_NULL;
    Value v = *(Value *)((char *)v_as_obj(obj) + m->offset);
    if (v_is_null(v))
        return err_format(&Exc_AttributeError, "'%s' object has no attribute '%s'",
                          v_type_name(obj), str_data(m->name));
    return v_newref(v);
}

static int member_set(Value self, Value obj, Value v) {
    MemberDescrObject *m = (MemberDescrObject *)v_as_obj(self);
    if (member_check(m, obj) < 0) return -1;
    Value *slot = (Value *)((char *)v_as_obj(obj) + m->offset);
    if (v_is_null(v) && v_is_null(*slot)) {
        err_format(&Exc_AttributeError, "'%s' object has no attribute '%s'", v_type_name(obj),
                   str_data(m->name));
        return -1;
    }
    v_setref(slot, v_newref(v));
    return 0;
}

static Value member_repr(Value self) {
    MemberDescrObject *m = (MemberDescrObject *)v_as_obj(self);
    return str_printf("<member '%s' of '%s' objects>", str_data(m->name), m->owner->name);
}

static Value member_get_name(Value self) { return v_newref(((MemberDescrObject *)v_as_obj(self))->name); }
static Value member_get_qualname(Value self) {
    MemberDescrObject *m = (MemberDescrObject *)v_as_obj(self);
    return str_printf("%s.%s", m->owner->name, str_data(m->name));
}
static Value member_get_objclass(Value self) {
    return v_newref(v_from_obj(&((MemberDescrObject *)v_as_obj(self))->owner->ob));
}

static const GetSetDef member_getset[] = {
    {"__name__", member_get_name, NULL},
    {"__qualname__", member_get_qualname, NULL},
    {"__objclass__", member_get_objclass, NULL},
    {NULL, NULL, NULL},
};

TypeObject MemberDescrType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "member_descriptor",
    .basicsize = sizeof(MemberDescrObject),
    .dealloc = member_dealloc,
    .repr = member_repr,
    .getset = member_getset,
    .descr_get = member_get,
    .descr_set = member_set,
};

/* ---- super ------------------------------------------------------------------------------------- */

typedef struct SuperObject {
    Object ob;
    TypeObject *type;        /* strong */
    Value obj;               /* strong, V_NONE for unbound super(C) */
    TypeObject *obj_type;    /* strong or NULL */
} SuperObject;

static TypeObject *super_check(TypeObject *type, Value obj) {
    if (is_type(obj) && type_is_subtype(as_type(obj), type)) return as_type(obj);
    if (type_is_subtype(v_type(obj), type)) return v_type(obj);
    err_format(&Exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

/* super() with no arguments: the class is the __class__ cell of the calling
 * method, the object its first argument. */
static int super_from_frame(TypeObject **type, Value *obj) {
    Frame *f = eval_ts.frame;
    if (!f || !f->code) {
        err_format(&Exc_RuntimeError, "super(): no current frame");
        return -1;
    }
    CodeObject *co = f->code;
    if (co->argcount == 0) {
        err_format(&Exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    Value first = f->localsplus[0];
    /* A first argument captured by a closure lives in a cell. */
    if ((co->localspluskinds[0] & CO_FAST_CELL) && v_is_cell(first)) first = v_as_cell(first)->ref;
    if (v_is_null(first)) {
        err_format(&Exc_RuntimeError, "super(arg): arg is unbound");
        return -1;
    }
    for (int i = co->nlocalsplus - co->nfreevars; i < co->nlocalsplus; i++) {
        if (!str_eq_cstr(tuple_items(co->localsplusnames)[i], "__class__")) continue;
        Value cell = f->localsplus[i];
        if (!v_is_cell(cell) || v_is_null(v_as_cell(cell)->ref)) {
            err_format(&Exc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        Value cls = v_as_cell(cell)->ref;
        if (!is_type(cls)) {
            err_format(&Exc_RuntimeError, "super(): __class__ is not a type (%s)", v_type_name(cls));
            return -1;
        }
        *type = as_type(cls);
        *obj = first;
        return 0;
    }
    err_format(&Exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

static Value super_construct(TypeObject *t, const Value *args, size_t nargs, Value kwnames) {
    (void)t;
    if (args_check_positional("super", nargs, kwnames, 0, 2) < 0) return V_NULL;
    TypeObject *type;
    Value obj = V_NONE;
    if (nargs == 0) {
        if (super_from_frame(&type, &obj) < 0) return V_NULL;
    } else {
        if (!is_type(args[0]))
            return err_format(&Exc_TypeError, "super() argument 1 must be a type, not %s",
                              v_type_name(args[0]));
        type = as_type(args[0]);
        if (nargs == 2) obj = args[1];
    }
    TypeObject *obj_type = NULL;
    if (!v_is_none(obj)) {
        obj_type = super_check(type, obj);
        if (!obj_type) return V_NULL;
    }
    SuperObject *s = (SuperObject *)obj_alloc(&SuperType, sizeof *s);
    if (!s) return V_NULL;
    obj_incref(&type->ob);
    s->type = type;
    s->obj = v_newref(obj);
    if (obj_type) obj_incref(&obj_type->ob);
    s->obj_type = obj_type;
    return v_from_obj(s);
}

static void super_dealloc(Object *o) {
    SuperObject *s = (SuperObject *)o;
    obj_decref(&s->type->ob);
    v_decref(s->obj);
    if (s->obj_type) obj_decref(&s->obj_type->ob);
    obj_free(o);
}

static Value super_getattr(Value self, Value name) {
    SuperObject *s = (SuperObject *)v_as_obj(self);
    if (s->obj_type && !str_eq_cstr(name, "__class__")) {
        Value mro = s->obj_type->mro;
        int64_t n = tuple_size(mro), i = 0;
        while (i < n && as_type(tuple_items(mro)[i]) != s->type) i++;
        for (i++; i < n; i++) {
            TypeObject *k = as_type(tuple_items(mro)[i]);
            Value attr = dict_get_str(k->dict, name);
            if (v_is_null(attr)) continue;
            Value obj = s->obj == v_from_obj(s->obj_type) ? V_NULL : s->obj;
            return descr_get(attr, obj, s->obj_type);
        }
    }
    return obj_generic_getattr(self, name);
}

static Value super_repr(Value self) {
    SuperObject *s = (SuperObject *)v_as_obj(self);
    /* CPython prints the plain type names here. */
    if (s->obj_type)
        return str_printf("<super: <class '%s'>, <%s object>>", s->type->name, s->obj_type->name);
    return str_printf("<super: <class '%s'>, NULL>", s->type->name);
}

static Value super_get_thisclass(Value self) {
    return v_newref(v_from_obj(((SuperObject *)v_as_obj(self))->type));
}
static Value super_get_self(Value self) { return v_newref(((SuperObject *)v_as_obj(self))->obj); }
static Value super_get_self_class(Value self) {
    TypeObject *t = ((SuperObject *)v_as_obj(self))->obj_type;
    return t ? v_newref(v_from_obj(t)) : V_NONE;
}

static const GetSetDef super_getset[] = {
    {"__thisclass__", super_get_thisclass, NULL},
    {"__self__", super_get_self, NULL},
    {"__self_class__", super_get_self_class, NULL},
    {NULL, NULL, NULL},
};

TypeObject SuperType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "super",
    .basicsize = sizeof(SuperObject),
    .dealloc = super_dealloc,
    .repr = super_repr,
    .construct = super_construct,
    .getattr = super_getattr,
    .getset = super_getset,
};

int descr_py_init(void) {
    TypeObject *types[] = {&PropertyType, &ClassMethodType, &StaticMethodType, &MemberDescrType,
                           &SuperType};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_ready(types[i]) < 0) return -1;
    return 0;
}

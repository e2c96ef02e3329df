/* module.c: module objects. Attributes live in the module's dict, which is
 * also the globals of the code running in it. */
#include "module.h"
#include "errors.h"
#include "abstract.h"
#include "str.h"
#include "dict.h"
#include "args.h"

/* From descr.c: the descriptor protocol. New reference. */
extern Value descr_get(Value attr, Value obj, TypeObject *type);

Value module_new(Value name) {
    Value dict = dict_new();
    if (v_is_null(dict)) return V_NULL;
    /* As CPython's module.__init__: the import attributes exist, None until
     * the import system (or importlib.util.module_from_spec) fills them. */
    if (dict_set_cstr(dict, "__name__", name) < 0 || dict_set_cstr(dict, "__doc__", V_NONE) < 0 ||
        dict_set_cstr(dict, "__package__", V_NONE) < 0 || dict_set_cstr(dict, "__loader__", V_NONE) < 0 ||
        dict_set_cstr(dict, "__spec__", V_NONE) < 0) {
        v_decref(dict);
        return V_NULL;
    }
    ModuleObject *m = (ModuleObject *)obj_alloc(&ModuleType, sizeof *m);
    if (!m) {
        v_decref(dict);
        return V_NULL;
    }
    m->dict = dict;
    m->name = v_newref(name);
    return v_from_obj(m);
}

static void module_dealloc(Object *o) {
    ModuleObject *m = (ModuleObject *)o;
    v_decref(m->dict);
    v_decref(m->name);
    obj_free(o);
}

/* No clear: the dict's own clear breaks the cycles through a module. */
static void module_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    visit(((ModuleObject *)o)->dict, arg);
}

static inline ModuleObject *as_module(Value v) { return (ModuleObject *)v_as_obj(v); }

/* The dict first: module attributes are overwhelmingly globals, and the
 * type's own attributes (__dict__, __class__) are never shadowed in practice. */
static Value module_getattr(Value self, Value name) {
    ModuleObject *m = as_module(self);
    Value v = v_is_str(name) ? dict_get_str(m->dict, name) : dict_get(m->dict, name);
    if (!v_is_null(v)) return v_newref(v);
    if (err_occurred()) return V_NULL;
    Value attr = type_lookup(v_type(self), name);
    if (!v_is_null(attr)) return descr_get(attr, self, v_type(self));
    /* PEP 562: a module-level __getattr__(name) answers for what is missing */
    Value ga = dict_get_cstr(m->dict, "__getattr__");
    if (!v_is_null(ga)) return obj_call1(ga, name);
    if (err_occurred()) return V_NULL;
    const char *mname = v_is_str(m->name) ? str_data(m->name) : "?";
    return err_format(&Exc_AttributeError, "module '%s' has no attribute '%s'", mname,
                      str_data(name));
}

static int module_setattr(Value self, Value name, Value v) {
    ModuleObject *m = as_module(self);
    if (!v_is_null(v)) return dict_set(m->dict, name, v);
    if (dict_del(m->dict, name) == 0) return 0;
    if (err_matches(&Exc_KeyError)) {
        err_clear();
        err_format(&Exc_AttributeError, "'module' object has no attribute '%s'", str_data(name));
    }
    return -1;
}

/* CPython's forms: <module 'x' from '/path/x.py'>, <module 'sys'
 * (built-in)>, <module 'x'>; the origin comes from __spec__, else __file__. */
static Value module_repr(Value self) {
    ModuleObject *m = as_module(self);
    Value r = obj_repr(m->name);
    if (v_is_null(r)) return V_NULL;
    Value origin = V_NULL, file = dict_get_cstr(m->dict, "__file__");
    bool located = true;
    Value spec = dict_get_cstr(m->dict, "__spec__");
    if (!v_is_null(spec) && spec != V_NONE) {
        Value o = V_NULL, loc = V_NULL;
        if (obj_lookup_attr(spec, str_intern_cstr("origin"), &o) < 0 ||
            obj_lookup_attr(spec, str_intern_cstr("has_location"), &loc) < 0)
            err_clear();
        if (!v_is_null(o) && v_is_str(o)) {
            origin = o;
            located = loc == V_TRUE;
        } else {
            v_decref(o);
        }
        v_decref(loc);
    }
    if (v_is_null(origin) && !v_is_null(file) && v_is_str(file)) origin = v_newref(file);
    Value s;
    if (v_is_null(origin)) s = str_printf("<module %s>", str_data(r));
    else if (located) s = str_printf("<module %s from '%s'>", str_data(r), str_data(origin));
    else s = str_printf("<module %s (%s)>", str_data(r), str_data(origin));
    v_decref(origin);
    v_decref(r);
    return s;
}

/* module(name, doc=None): a new empty module, as types.ModuleType. */
static Value module_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"name", "doc"};
    Value a[2];
    if (args_parse("module", args, nargs, kwnames, names, 2, 2, 1, a) < 0) return V_NULL;
    if (!v_is_str(a[0]))
        return err_format(&Exc_TypeError, "module.__init__() argument 'name' must be str, not %s",
                          v_type_name(a[0]));
    Value m = module_new(a[0]);
    if (!v_is_null(m) && !v_is_null(a[1]) && dict_set_cstr(module_dict(m), "__doc__", a[1]) < 0) v_clear(&m);
    return m;
}

static Value module_get_dict(Value self) { return v_newref(as_module(self)->dict); }

static const GetSetDef module_getset[] = {
    {"__dict__", module_get_dict, NULL},
    {NULL, NULL, NULL},
};

TypeObject ModuleType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "module",
    .base = &ObjectType,
    .basicsize = sizeof(ModuleObject),
    .flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC,
    .dealloc = module_dealloc,
    .traverse = module_traverse,
    .repr = module_repr,
    .construct = module_construct,
    .getattr = module_getattr,
    .setattr = module_setattr,
    .getset = module_getset,
};

/* module.c: module objects. Attributes live in the module's dict, which is
 * also the globals of the code running in it. */
#include "module.h"
#include "errors.h"
#include "abstract.h"
#include "str.h"
#include "dict.h"

/* From descr.c: the descriptor protocol. New reference. */
extern Value descr_get(Value attr, Value obj, TypeObject *type);

Value module_new(Value name) {
    Value dict = dict_new();
    if (v_is_null(dict)) return V_NULL;
    if (dict_set_cstr(dict, "__name__", name) < 0 || dict_set_cstr(dict, "__doc__", V_NONE) < 0) {
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

static Value module_repr(Value self) {
    ModuleObject *m = as_module(self);
    Value r = obj_repr(m->name);
    if (v_is_null(r)) return V_NULL;
    Value s = str_printf("<module %s>", str_data(r));
    v_decref(r);
    return s;
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
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = module_setattr,
    .getset = module_getset,
};

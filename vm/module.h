/* module.h: module objects: a namespace dict with a name. */
#ifndef COIL_MODULE_H
#define COIL_MODULE_H

#include "object.h"

typedef struct ModuleObject {
    Object ob;
    Value dict;        /* the module's globals */
    Value name;        /* str */
} ModuleObject;

static inline bool v_is_module(Value v) { return v_is_ptr(v) && v_as_obj(v)->type == &ModuleType; }
/* New module with __name__ set in its dict (and __doc__ None). New reference. */
Value module_new(Value name);
static inline Value module_dict(Value m) { return ((ModuleObject *)v_as_obj(m))->dict; }

#endif

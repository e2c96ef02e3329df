/* registry.h: the table of builtin modules written in C (sys, math, gc, ...).
 *
 * The import system (vm/import.c) consults this table before sys.path: a
 * name found here is created by calling its init function, once; the module
 * is then cached in sys.modules like any other. */
#ifndef COIL_MODULES_REGISTRY_H
#define COIL_MODULES_REGISTRY_H

#include "../object.h"

typedef struct BuiltinModuleDef {
    const char *name;
    /* Returns a new module object (new reference), or V_NULL with an
     * exception set. Called at most once per process unless the module is
     * removed from sys.modules and imported again. */
    Value (*init)(void);
} BuiltinModuleDef;

/* Terminated by {NULL, NULL}. */
extern const BuiltinModuleDef builtin_modules[];

/* The entry named name, or NULL. */
const BuiltinModuleDef *registry_find(const char *name);

/* Convenience for init functions: a new module named name whose dict holds
 * one builtin function per entry of methods (terminated by {NULL}), each
 * bound to the module (the CFunc receives the module as self). New
 * reference, or V_NULL with an exception set. */
Value registry_module_new(const char *name, const MethodDef *methods);

/* sys.builtin_module_names: a new tuple of str, sorted. */
Value registry_names_tuple(void);

#endif

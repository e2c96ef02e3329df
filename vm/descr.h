/* descr.h: builtin functions, method descriptors, bound methods and
 * getset descriptors: how C code is exposed as Python callables. */
#ifndef COIL_DESCR_H
#define COIL_DESCR_H

#include "object.h"

/* A builtin function such as len or print; self is the module (or V_NULL)
 * and is passed to fn. repr: <built-in function len>. */
typedef struct BuiltinFunctionObject {
    Object ob;
    const char *name;
    CFunc fn;
    Value self;
} BuiltinFunctionObject;

/* An entry of a builtin type's MethodDef table, found in the type dict.
 * repr: <method 'join' of 'str' objects>. Calling it with the instance as
 * first argument calls def->fn(instance, rest...). */
typedef struct MethodDescrObject {
    Object ob;
    const MethodDef *def;
    TypeObject *owner;
} MethodDescrObject;

/* A Python function bound to self (repr <bound method f of ...>). A
 * builtin method bound to its instance is a BuiltinFunctionObject whose
 * self is the instance, as CPython's builtin_function_or_method, so the
 * interpreter's builtin-call fast path serves both. */
typedef struct BoundMethodObject {
    Object ob;
    Value func;
    Value self;
} BoundMethodObject;

typedef struct GetSetDescrObject {
    Object ob;
    const GetSetDef *def;
    TypeObject *owner;
} GetSetDescrObject;

Value cfunc_new(const char *name, CFunc fn, Value self);   /* new reference */
Value method_descr_new(const MethodDef *def, TypeObject *owner);
Value bound_method_new(Value func, Value self);           /* increfs both */
Value getset_descr_new(const GetSetDef *def, TypeObject *owner);

#endif

/* function.h: Python functions (the result of `def`/`lambda`) and cells
 * (the boxes that closures share). */
#ifndef COIL_FUNCTION_H
#define COIL_FUNCTION_H

#include "object.h"
#include "code.h"

typedef struct FunctionObject {
    Object ob;
    Value code;            /* CodeObject */
    Value globals;         /* dict */
    Value builtins;        /* dict, resolved at creation */
    Value name, qualname;  /* str */
    Value defaults;        /* V_NONE or tuple */
    Value kwdefaults;      /* V_NONE or dict */
    Value closure;         /* V_NONE or tuple of cells */
    Value doc;             /* any, V_NONE by default */
    Value module;          /* globals['__name__'] at creation, or V_NONE */
    Value annotations;     /* V_NULL (lazily a dict) or dict */
    Value dict;            /* V_NULL until an attribute is set */
} FunctionObject;

typedef struct CellObject {
    Object ob;
    Value ref;             /* V_NULL: empty */
} CellObject;

static inline bool v_is_function(Value v) { return v_is_ptr(v) && v_as_obj(v)->type == &FunctionType; }
static inline FunctionObject *v_as_function(Value v) { return (FunctionObject *)v_as_obj(v); }
static inline bool v_is_cell(Value v) { return v_is_ptr(v) && v_as_obj(v)->type == &CellType; }
static inline CellObject *v_as_cell(Value v) { return (CellObject *)v_as_obj(v); }

/* A function for code (borrowed) in globals (borrowed). New reference. */
Value function_new(Value code, Value globals);
/* A cell holding v (steals v; V_NULL for an empty cell). New reference. */
Value cell_new(Value v);

/* Binds a call's arguments to the parameters of func as CPython does
 * (positional, keywords, defaults, keyword-only defaults, *args, **kwargs)
 * into localsplus (whose first co->nlocals slots are V_NULL). Stores new
 * references. Returns 0, or -1 with TypeError set (CPython's messages,
 * naming the function by its qualname); on error the slots already filled
 * are left for frame_clear to release. */
int function_bind_args(FunctionObject *func, Value *localsplus,
                       const Value *args, size_t nargs, Value kwnames);

#endif

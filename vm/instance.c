/* instance.c: attribute storage of instances of classes.
 *
 * Today the storage is a dict at type->dictoffset, created at the first
 * store. Every access goes through the three functions below, so that the
 * specialisation issue can switch to shapes (a slot vector described by a
 * hidden class, with the dict made only when someone asks for __dict__)
 * without changing the interpreter or abstract.c. */
#include "classobj.h"
#include "dict.h"
#include "errors.h"
#include "str.h"

Value instance_get_attr(Value o, Value name) {
    Value *dp = instance_dictptr(o);
    if (!dp || v_is_null(*dp)) return V_NULL;
    /* Attribute names are str; dict_get_str needs no error path. */
    if (v_is_str(name)) return dict_get_str(*dp, name);
    Value v = dict_get(*dp, name);
    if (v_is_null(v)) err_clear();
    return v;
}

int instance_set_attr(Value o, Value name, Value v) {
    Value *dp = instance_dictptr(o);
    if (!dp) return v_is_null(v) ? 1 : -1;
    if (v_is_null(v)) {
        if (v_is_null(*dp)) return 1;
        if (dict_del(*dp, name) == 0) return 0;
        if (err_matches(&Exc_KeyError)) {
            err_clear();
            return 1;
        }
        return -1;
    }
    if (v_is_null(*dp)) {
        Value d = dict_new();
        if (v_is_null(d)) return -1;
        *dp = d;
    }
    return dict_set(*dp, name, v);
}

Value instance_dict(Value o) {
    Value *dp = instance_dictptr(o);
    if (!dp)
        return err_format(&Exc_AttributeError, "'%s' object has no attribute '__dict__'",
                          v_type_name(o));
    if (v_is_null(*dp)) {
        Value d = dict_new();
        if (v_is_null(d)) return V_NULL;
        *dp = d;
    }
    return v_newref(*dp);
}

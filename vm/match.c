/* match.c: class and mapping patterns at run time, as CPython 3.11's
 * match_class / match_keys (Python/ceval.c). The interpreter calls these
 * from MATCH_CLASS and MATCH_KEYS; both are off the hot paths. */
#include "match.h"
#include "abstract.h"
#include "errors.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "set.h"

/* The builtin types whose class patterns take one positional sub-pattern
 * matching the whole subject (CPython's _Py_TPFLAGS_MATCH_SELF), inherited
 * by subclasses. (bytearray joins the list when it exists.) */
static bool type_matches_self(TypeObject *t) {
    static TypeObject *const self_types[] = {
        &BoolType, &BytesType, &DictType, &FloatType, &FrozenSetType, &IntType,
        &ListType, &SetType, &StrType, &TupleType,
    };
    for (; t; t = t->base)
        for (size_t i = 0; i < sizeof self_types / sizeof self_types[0]; i++)
            if (t == self_types[i]) return true;
    return false;
}

/* getattr(subject, name) for one sub-pattern; *out V_NULL (no error) when
 * the attribute is missing. seen holds the names already extracted: a
 * name given twice is a TypeError. Returns -1 on error. */
static int match_class_attr(Value subject, TypeObject *type, Value name, Value *seen, int *nseen,
                            Value *out) {
    for (int i = 0; i < *nseen; i++) {
        if (str_eq(seen[i], name)) {
            Value r = obj_repr(name);
            if (v_is_null(r)) return -1;
            err_format(&Exc_TypeError, "%s() got multiple sub-patterns for attribute %s",
                       type->name, str_data(r));
            v_decref(r);
            return -1;
        }
    }
    seen[(*nseen)++] = name;
    return obj_lookup_attr(subject, name, out) < 0 ? -1 : 0;
}

Value match_class(Value subject, Value cls, int nargs, Value kwnames) {
    if (!v_is_ptr(cls) || !(v_as_obj(cls)->type->flags & TPFLAG_TYPE_SUBCLASS))
        return err_format(&Exc_TypeError, "called match pattern must be a type");
    TypeObject *type = (TypeObject *)v_as_obj(cls);
    int r = obj_isinstance(subject, cls);
    if (r < 0) return V_NULL;
    if (r == 0) return V_NONE;

    int64_t nkw = tuple_size(kwnames);
    Value match_args = V_NULL;
    bool match_self = false;
    if (nargs) {
        int found = obj_lookup_attr(cls, str_intern_cstr("__match_args__"), &match_args);
        if (found < 0) return V_NULL;
        if (found && !v_is_tuple(match_args)) {
            err_format(&Exc_TypeError, "%s.__match_args__ must be a tuple (got %s)", type->name,
                       v_type_name(match_args));
            v_decref(match_args);
            return V_NULL;
        }
        /* The self-matching rule holds only when the class does not define
         * __match_args__ (a subclass that defines it loses the magic). */
        if (!found) match_self = type_matches_self(type);
        int64_t allowed = match_self ? 1 : found ? tuple_size(match_args) : 0;
        if (allowed < nargs) {
            err_format(&Exc_TypeError, "%s() accepts %lld positional sub-pattern%s (%d given)",
                       type->name, (long long)allowed, allowed == 1 ? "" : "s", nargs);
            v_decref(match_args);
            return V_NULL;
        }
    }

    Value attrs = tuple_new(nargs + nkw);
    Value *seen = mem_alloc(sizeof(Value) * (size_t)(nargs + nkw + 1));
    if (v_is_null(attrs) || !seen) {
        v_decref(attrs);
        v_decref(match_args);
        mem_free(seen);
        return v_is_null(attrs) ? V_NULL : err_nomem();
    }
    int nseen = 0, n = 0;
    Value res = V_NULL;
    if (match_self) {
        tuple_items(attrs)[n++] = v_newref(subject);
    } else {
        for (int i = 0; i < nargs; i++) {
            Value name = tuple_items(match_args)[i];
            if (!v_is_str(name)) {
                err_format(&Exc_TypeError, "__match_args__ elements must be strings (got %s)",
                           v_type_name(name));
                goto done;
            }
            Value attr;
            if (match_class_attr(subject, type, name, seen, &nseen, &attr) < 0) goto done;
            if (v_is_null(attr)) { res = V_NONE; goto done; }
            tuple_items(attrs)[n++] = attr;
        }
    }
    for (int64_t i = 0; i < nkw; i++) {
        Value attr;
        if (match_class_attr(subject, type, tuple_items(kwnames)[i], seen, &nseen, &attr) < 0) goto done;
        if (v_is_null(attr)) { res = V_NONE; goto done; }
        tuple_items(attrs)[n++] = attr;
    }
    res = attrs;
    attrs = V_NULL;
done:
    /* A partly filled tuple: its unset items are V_NULL, which decref skips. */
    v_decref(attrs);
    v_decref(match_args);
    mem_free(seen);
    return res;
}

Value match_keys(Value subject, Value keys) {
    int64_t n = tuple_size(keys);
    if (n == 0) return tuple_new(0);
    /* subject.get(key, dummy): one lookup per key that neither raises for a
     * missing key nor creates one in a dict subclass with __missing__
     * (defaultdict). The dummy is a fresh object nothing else can return. */
    Value get = obj_getattr_cstr(subject, "get");
    if (v_is_null(get)) return V_NULL;
    Value seen = set_new();
    Value dummy = list_new(0);
    Value values = tuple_new(n);
    Value res = V_NULL;
    if (v_is_null(seen) || v_is_null(dummy) || v_is_null(values)) goto done;
    for (int64_t i = 0; i < n; i++) {
        Value key = tuple_items(keys)[i];
        int dup = set_contains(seen, key);
        if (dup < 0 || (!dup && set_add(seen, key) < 0)) goto done;
        if (dup) {
            Value r = obj_repr(key);
            if (v_is_null(r)) goto done;
            err_format(&Exc_ValueError, "mapping pattern checks duplicate key (%s)", str_data(r));
            v_decref(r);
            goto done;
        }
        Value args[2] = { key, dummy };
        Value v = obj_call(get, args, 2, V_NULL);
        if (v_is_null(v)) goto done;
        if (v == dummy) {
            v_decref(v);
            res = V_NONE;
            goto done;
        }
        tuple_items(values)[i] = v;
    }
    res = values;
    values = V_NULL;
done:
    v_decref(values);
    v_decref(dummy);
    v_decref(seen);
    v_decref(get);
    return res;
}

/* abstract.c: the generic object protocol. These are the slow paths: the
 * interpreter inlines small-int and float cases before calling here, so
 * the code below aims at correct dispatch and CPython's exact messages,
 * while still avoiding allocation where the common case needs none. */
#include <stdio.h>

#include "abstract.h"
#include "errors.h"
#include "descr.h"
#include "floatobject.h"
#include "format.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "classobj.h"
#include "typeslots.h"
#include "import.h"
#include "eval.h"

/* From descr.c. New reference. */
extern Value descr_get(Value attr, Value obj, TypeObject *type);

/* Attribute access for objects with an instance dict (exceptions,
 * modules-like objects): declared here, used from exceptions.c. */
Value obj_generic_getattr_dict(Value o, Value name, Value dict);
int obj_generic_setattr_dict(Value o, Value name, Value v, Value *dictp);

/* ---- repr / str / ascii ------------------------------------------------------- */

/* Builtin containers (list, dict, tuple, set, deque...) recurse in C into
 * their items for repr and comparison; a deeply nested value would overflow
 * the C stack, so these count toward the recursion limit as in CPython.
 * User classes go through the interpreter, which counts its own frames. */
static inline bool recurses_in_c(TypeObject *t) {
    return (t->flags & (TPFLAG_HAVE_GC | TPFLAG_HEAPTYPE)) == TPFLAG_HAVE_GC;
}

Value obj_repr(Value v) {
    TypeObject *t = v_type(v);
    if (t->repr && recurses_in_c(t)) {
        if (eval_enter_recursive_call(" while getting the repr of an object") < 0) return V_NULL;
        Value r = t->repr(v);
        eval_leave_recursive_call();
        return r;
    }
    if (t->repr) return t->repr(v);
    return str_printf("<%s object at %p>", t->name,
                      v_is_ptr(v) ? (void *)v_as_obj(v) : (void *)(uintptr_t)v);
}

Value obj_str(Value v) {
    if (v_is_str(v)) return v_newref(v);
    TypeObject *t = v_type(v);
    if (t->str) return t->str(v);
    return obj_repr(v);
}

Value obj_ascii(Value v) {
    Value r = obj_repr(v);
    if (v_is_null(r) || v_as_str(r)->is_ascii) return r;
    StrBuilder sb;
    sb_init(&sb);
    const char *p = str_data(r), *end = p + str_nbytes(r);
    while (p < end) {
        if ((unsigned char)*p < 0x80) {
            sb_append_char(&sb, *p++);
            continue;
        }
        int n;
        uint32_t cp = utf8_decode(p, &n);
        p += n > 0 ? n : 1;
        if (cp < 0x100) sb_printf(&sb, "\\x%02x", cp);
        else if (cp < 0x10000) sb_printf(&sb, "\\u%04x", cp);
        else sb_printf(&sb, "\\U%08x", cp);
    }
    v_decref(r);
    return sb_finish(&sb);
}

/* ---- hash / truth ---------------------------------------------------------------- */

int64_t obj_hash(Value v) {
    if (v_is_smallint(v)) {
        int64_t i = v_as_smallint(v);   /* |i| < 2^47 < the modulus 2^61 - 1 */
        return i == -1 ? -2 : i;
    }
    if (v_is_float(v)) return float_hash(v_as_float(v));
    if (v_is_str(v)) return str_hash(v);
    TypeObject *t = v_type(v);
    if (!t->hash) {
        err_format(&Exc_TypeError, "unhashable type: '%s'", t->name);
        return -1;
    }
    return t->hash(v);
}

int obj_truthy(Value v) {
    if (v == V_TRUE) return 1;
    if (v == V_FALSE || v == V_NONE) return 0;
    if (v_is_smallint(v)) return v_as_smallint(v) != 0;
    if (v_is_float(v)) return v_as_float(v) != 0.0;
    TypeObject *t = v_type(v);
    if (t->bool_) return t->bool_(v);
    if (t->len) {
        int64_t n = t->len(v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

Value obj_not(Value v) {
    int t = obj_truthy(v);
    if (t < 0) return V_NULL;
    return v_from_bool(!t);
}

/* ---- numbers ---------------------------------------------------------------------- */

static const char *const binop_symbol[NB_BINARY_COUNT] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
};
static const char *const inplace_symbol[NB_BINARY_COUNT] = {
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
};

/* CPython's binary_op1: the left operand's slot, except that a right
 * operand of a proper subtype with its own slot goes first. V_NOTIMPL when
 * neither handles the pair. */
static Value binary_op1(Value a, Value b, int op) {
    TypeObject *ta = v_type(a), *tb = v_type(b);
    BinaryFunc fa = ta->nb[op];
    BinaryFunc fb = tb != ta ? tb->nb[op] : NULL;
    if (fb == fa) fb = NULL;
    Value r;
    if (fa) {
        if (fb && type_is_subtype(tb, ta)) {
            r = fb(a, b);
            if (r != V_NOTIMPL) return r;
            fb = NULL;
        }
        r = fa(a, b);
        if (r != V_NOTIMPL) return r;
    }
    if (fb) {
        r = fb(a, b);
        if (r != V_NOTIMPL) return r;
    }
    return V_NOTIMPL;
}

Value obj_binary_op(Value a, Value b, int op) {
    if (op >= NB_INPLACE) {
        int bop = op - NB_INPLACE;
        BinaryFunc f = v_type(a)->nb_inplace[bop];
        if (f) {
            Value r = f(a, b);
            if (r != V_NOTIMPL) return r;
        }
        Value r = binary_op1(a, b, bop);
        if (r != V_NOTIMPL) return r;
        return err_format(&Exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                          inplace_symbol[bop], v_type_name(a), v_type_name(b));
    }
    Value r = binary_op1(a, b, op);
    if (r != V_NOTIMPL) return r;
    return err_format(&Exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                      op == NB_POWER ? "** or pow()" : binop_symbol[op], v_type_name(a),
                      v_type_name(b));
}

/* Three-argument pow: each distinct operand type's slot in turn. */
Value obj_power(Value a, Value b, Value mod) {
    if (v_is_none(mod)) return obj_binary_op(a, b, NB_POWER);
    TypeObject *ta = v_type(a), *tb = v_type(b), *tm = v_type(mod);
    Value (*fa)(Value, Value, Value) = ta->nb_ternary_pow;
    Value (*fb)(Value, Value, Value) = tb->nb_ternary_pow;
    Value (*fm)(Value, Value, Value) = tm->nb_ternary_pow;
    if (fb == fa) fb = NULL;
    if (fm == fa || fm == fb) fm = NULL;
    Value r;
    if (fa) {
        if (fb && type_is_subtype(tb, ta)) {
            r = fb(a, b, mod);
            if (r != V_NOTIMPL) return r;
            fb = NULL;
        }
        r = fa(a, b, mod);
        if (r != V_NOTIMPL) return r;
    }
    if (fb) {
        r = fb(a, b, mod);
        if (r != V_NOTIMPL) return r;
    }
    if (fm) {
        r = fm(a, b, mod);
        if (r != V_NOTIMPL) return r;
    }
    return err_format(&Exc_TypeError,
                      "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                      ta->name, tb->name, tm->name);
}

static Value unary(Value v, UnaryFunc f, const char *what) {
    if (f) return f(v);
    return err_format(&Exc_TypeError, "bad operand type for %s: '%s'", what, v_type_name(v));
}

Value obj_negative(Value v) { return unary(v, v_type(v)->nb_negative, "unary -"); }
Value obj_positive(Value v) { return unary(v, v_type(v)->nb_positive, "unary +"); }
Value obj_invert(Value v) { return unary(v, v_type(v)->nb_invert, "unary ~"); }
Value obj_absolute(Value v) { return unary(v, v_type(v)->nb_absolute, "abs()"); }

Value obj_index(Value v) {
    if (v_is_smallint(v) || v_is_bool(v)) return v;
    TypeObject *t = v_type(v);
    if (t->flags & TPFLAG_INT_SUBCLASS) return v_newref(v);
    if (t->nb_index) {
        Value r = t->nb_index(v);
        if (v_is_null(r) || v_is_smallint(r) || v_is_bool(r) ||
            (v_type(r)->flags & TPFLAG_INT_SUBCLASS))
            return r;
        err_format(&Exc_TypeError, "__index__ returned non-int (type %s)", v_type_name(r));
        v_decref(r);
        return V_NULL;
    }
    return err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", t->name);
}

int obj_as_index_i64(Value v, int64_t *out) {
    if (v_is_smallint(v)) {
        *out = v_as_smallint(v);
        return 0;
    }
    Value i = obj_index(v);
    if (v_is_null(i)) return -1;
    int r = int_as_i64(i, out);
    v_decref(i);
    return r;
}

/* ---- comparisons --------------------------------------------------------------------- */

static const char *const cmp_symbol[6] = {"<", "<=", "==", "!=", ">", ">="};
static const int cmp_swapped[6] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

/* CPython's do_richcompare: a right operand of a proper subtype gets the
 * reflected operation first; then the left's slot; then the reflected one
 * (even for equal types); == and != finally fall back to identity. */
static Value compare_impl(Value a, Value b, int op);

Value obj_compare(Value a, Value b, int op) {
    if (v_is_ptr(a) && recurses_in_c(v_type(a))) {
        if (eval_enter_recursive_call(" in comparison") < 0) return V_NULL;
        Value r = compare_impl(a, b, op);
        eval_leave_recursive_call();
        return r;
    }
    return compare_impl(a, b, op);
}

static Value compare_impl(Value a, Value b, int op) {
    TypeObject *ta = v_type(a), *tb = v_type(b);
    bool checked_reverse = false;
    Value r;
    if (ta != tb && tb->richcompare && type_is_subtype(tb, ta)) {
        checked_reverse = true;
        r = tb->richcompare(b, a, cmp_swapped[op]);
        if (r != V_NOTIMPL) return r;
    }
    if (ta->richcompare) {
        r = ta->richcompare(a, b, op);
        if (r != V_NOTIMPL) return r;
    }
    if (!checked_reverse && tb->richcompare) {
        r = tb->richcompare(b, a, cmp_swapped[op]);
        if (r != V_NOTIMPL) return r;
    }
    if (op == CMP_EQ) return v_from_bool(a == b);
    if (op == CMP_NE) return v_from_bool(a != b);
    return err_format(&Exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                      cmp_symbol[op], ta->name, tb->name);
}

int obj_compare_bool(Value a, Value b, int op) {
    Value r = obj_compare(a, b, op);
    if (r == V_TRUE) return 1;
    if (r == V_FALSE) return 0;
    if (v_is_null(r)) return -1;
    int t = obj_truthy(r);
    v_decref(r);
    return t;
}

int obj_eq(Value a, Value b) {
    if (a == b) return 1;
    if (v_is_float(a) && v_is_float(b)) return v_as_float(a) == v_as_float(b);
    if (v_is_smallint(a) && v_is_smallint(b)) return 0;
    if (v_is_str(a) && v_is_str(b)) return str_eq(a, b);
    return obj_compare_bool(a, b, CMP_EQ);
}

/* ---- attributes -------------------------------------------------------------------------- */

static Value attr_error(Value o, Value name) {
    return err_format(&Exc_AttributeError, "'%s' object has no attribute '%s'", v_type_name(o),
                      str_data(name));
}

/* Data descriptors (getset, property, __slots__ members, classes with
 * __set__) win over the instance dict. */
static inline bool is_data_descr(Value attr) {
    return v_is_ptr(attr) && (v_as_obj(attr)->type == &GetSetDescrType ||
                              v_as_obj(attr)->type->descr_set != NULL);
}

Value obj_generic_getattr_dict(Value o, Value name, Value dict) {
    TypeObject *t = v_type(o);
    Value attr = type_lookup(t, name);
    if (!v_is_null(attr) && is_data_descr(attr)) return descr_get(attr, o, t);
    if (!v_is_null(dict)) {
        Value v = dict_get(dict, name);
        if (!v_is_null(v)) return v_newref(v);
        if (err_occurred()) return V_NULL;
    }
    if (!v_is_null(attr)) return descr_get(attr, o, t);
    return attr_error(o, name);
}

/* CPython's PyObject_GenericGetAttr: data descriptors of the type, then
 * the instance's own attributes, then anything else the type has. V_NULL
 * without an exception when nothing is found (hasattr, getattr with a
 * default and the like must not pay for an AttributeError they drop). */
static Value generic_getattr_or_null(Value o, Value name) {
    TypeObject *t = v_type(o);
    Value attr = type_lookup(t, name);
    if (!v_is_null(attr) && is_data_descr(attr)) return descr_get(attr, o, t);
    if (t->dictoffset) {
        Value v = instance_get_attr(o, name);
        if (!v_is_null(v)) return v_newref(v);
    }
    if (!v_is_null(attr)) return descr_get(attr, o, t);
    return V_NULL;
}

Value obj_generic_getattr(Value o, Value name) {
    Value v = generic_getattr_or_null(o, name);
    if (v_is_null(v) && !err_occurred()) return attr_error(o, name);
    return v;
}

static int check_attr_name(Value name) {
    if (v_is_str(name) || (v_type(name)->flags & TPFLAG_STR_SUBCLASS)) return 0;
    err_format(&Exc_TypeError, "attribute name must be string, not '%s'", v_type_name(name));
    return -1;
}

static inline Value getattr_plain(Value o, Value name) {
    if (check_attr_name(name) < 0) return V_NULL;
    TypeObject *t = v_type(o);
    if (t->getattr) return t->getattr(o, name);
    return obj_generic_getattr(o, name);
}

/* A failed lookup's AttributeError gets the name and object (CPython's
 * PyObject_GetAttr does the same). */
Value obj_getattr(Value o, Value name) {
    Value v = getattr_plain(o, name);
    if (__builtin_expect(v_is_null(v), 0)) err_set_name_context(&Exc_AttributeError, name, o);
    return v;
}

Value obj_getattr_cstr(Value o, const char *name) {
    return obj_getattr(o, str_intern_cstr(name));
}

int obj_lookup_attr(Value o, Value name, Value *out) {
    if (v_is_str(name) && !v_type(o)->getattr) {
        Value r = generic_getattr_or_null(o, name);
        *out = r;
        if (!v_is_null(r)) return 1;
        if (!err_occurred()) return 0;
        if (err_matches(&Exc_AttributeError)) {
            err_clear();
            return 0;
        }
        return -1;
    }
    Value v = getattr_plain(o, name);
    if (!v_is_null(v)) {
        *out = v;
        return 1;
    }
    *out = V_NULL;
    if (err_matches(&Exc_AttributeError)) {
        err_clear();
        return 0;
    }
    return -1;
}

int obj_generic_setattr_dict(Value o, Value name, Value v, Value *dictp) {
    TypeObject *t = v_type(o);
    Value attr = type_lookup(t, name);
    if (!v_is_null(attr) && is_data_descr(attr)) {
        if (v_as_obj(attr)->type->descr_set) return v_as_obj(attr)->type->descr_set(attr, o, v);
        GetSetDescrObject *d = (GetSetDescrObject *)v_as_obj(attr);
        if (!d->def->set) {
            err_format(&Exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                       d->def->name, d->owner->name);
            return -1;
        }
        return d->def->set(o, v);
    }
    if (!dictp) {
        attr_error(o, name);
        return -1;
    }
    if (v_is_null(v)) {
        if (v_is_null(*dictp)) {
            attr_error(o, name);
            return -1;
        }
        if (dict_del(*dictp, name) == 0) return 0;
        if (err_matches(&Exc_KeyError)) {
            err_clear();
            attr_error(o, name);
        }
        return -1;
    }
    if (v_is_null(*dictp)) {
        *dictp = dict_new();
        if (v_is_null(*dictp)) return -1;
    }
    return dict_set(*dictp, name, v);
}

int obj_generic_setattr(Value o, Value name, Value v) {
    TypeObject *t = v_type(o);
    if (!t->dictoffset) return obj_generic_setattr_dict(o, name, v, NULL);
    Value attr = type_lookup(t, name);
    if (!v_is_null(attr) && is_data_descr(attr)) return obj_generic_setattr_dict(o, name, v, NULL);
    int r = instance_set_attr(o, name, v);
    if (r > 0) {
        attr_error(o, name);
        return -1;
    }
    return r;
}

int obj_setattr(Value o, Value name, Value v) {
    if (check_attr_name(name) < 0) return -1;
    TypeObject *t = v_type(o);
    if (t->setattr) return t->setattr(o, name, v);
    return obj_generic_setattr(o, name, v);
}

Value obj_get_method(Value o, Value name, bool *is_method) {
    TypeObject *t = v_type(o);
    *is_method = false;
    /* Only where lookup is the generic one can an unbound method be used
     * directly; a custom getattr (modules, instance dicts) decides itself. */
    if (!t->getattr) {
        Value attr = type_lookup(t, name);
        if (!v_is_null(attr)) {
            TypeObject *at = v_type(attr);
            if ((at == &MethodDescrType &&
                 !(((MethodDescrObject *)v_as_obj(attr))->def->flags & METH_CLASS)) ||
                at == &FunctionType || at == &SlotWrapperType) {
                /* An instance attribute shadows a method of its class. */
                if (t->dictoffset) {
                    Value v = instance_get_attr(o, name);
                    if (!v_is_null(v)) return v_newref(v);
                }
                *is_method = true;
                return v_newref(attr);
            }
            if (is_data_descr(attr)) {
                Value v = descr_get(attr, o, t);
                if (__builtin_expect(v_is_null(v), 0)) err_set_name_context(&Exc_AttributeError, name, o);
                return v;
            }
        }
        if (t->dictoffset) {
            Value v = instance_get_attr(o, name);
            if (!v_is_null(v)) return v_newref(v);
        }
        if (!v_is_null(attr)) {
            Value v = descr_get(attr, o, t);
            if (__builtin_expect(v_is_null(v), 0)) err_set_name_context(&Exc_AttributeError, name, o);
            return v;
        }
        attr_error(o, name);
        err_set_name_context(&Exc_AttributeError, name, o);
        return V_NULL;
    }
    return obj_getattr(o, name);
}

/* ---- items ----------------------------------------------------------------------------------- */

/* Subscripting a class (C[x]): its __class_getitem__, as CPython; the
 * builtin containers that CPython makes generic (list[int], dict[str, int])
 * give a types.GenericAlias from lib/types.py, imported on first use. */
static Value class_getitem(Value cls, Value key) {
    Value f;
    int r = obj_lookup_attr(cls, str_intern_cstr("__class_getitem__"), &f);
    if (r < 0) return V_NULL;
    if (r) {
        Value res = obj_call(f, &key, 1, V_NULL);
        v_decref(f);
        return res;
    }
    TypeObject *c = (TypeObject *)v_as_obj(cls);
    if (c == &ListType || c == &DictType || c == &TupleType || c == &SetType ||
        c == &FrozenSetType || c == &TypeType) {
        Value types = import_module(str_intern_cstr("types"));
        if (v_is_null(types)) return V_NULL;
        Value ga = obj_getattr(types, str_intern_cstr("GenericAlias"));
        v_decref(types);
        if (v_is_null(ga)) return V_NULL;
        Value args[2] = {cls, key};
        Value res = obj_call(ga, args, 2, V_NULL);
        v_decref(ga);
        return res;
    }
    return err_format(&Exc_TypeError, "type '%s' is not subscriptable", c->name);
}

Value obj_getitem(Value o, Value key) {
    TypeObject *t = v_type(o);
    if (t->getitem) return t->getitem(o, key);
    if (t->flags & TPFLAG_TYPE_SUBCLASS) return class_getitem(o, key);
    return err_format(&Exc_TypeError, "'%s' object is not subscriptable", t->name);
}

int obj_setitem(Value o, Value key, Value v) {
    TypeObject *t = v_type(o);
    if (t->setitem) return t->setitem(o, key, v);
    err_format(&Exc_TypeError, "'%s' object does not support item assignment", t->name);
    return -1;
}

int obj_delitem(Value o, Value key) {
    TypeObject *t = v_type(o);
    if (t->setitem) return t->setitem(o, key, V_NULL);
    /* CPython words it differently for an index key on a type with
     * sequence methods (every class statement's type has them). */
    bool seq = (t->flags & TPFLAG_HEAPTYPE) || t->getitem || t->contains || t->len;
    bool index = v_is_int(key) || v_is_bool(key) || v_type(key)->nb_index;
    err_format(&Exc_TypeError, seq && index ? "'%s' object doesn't support item deletion"
                                            : "'%s' object does not support item deletion",
               t->name);
    return -1;
}

int obj_contains(Value container, Value item) {
    TypeObject *t = v_type(container);
    if (t->contains) return t->contains(container, item);
    if (!t->iter) {
        err_format(&Exc_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    Value it = obj_iter(container);
    if (v_is_null(it)) return -1;
    int found = 0;
    for (;;) {
        Value x = obj_iternext(it);
        if (v_is_null(x)) {
            if (err_occurred()) found = -1;
            break;
        }
        int eq = obj_eq(x, item);
        v_decref(x);
        if (eq != 0) {
            found = eq;
            break;
        }
    }
    v_decref(it);
    return found;
}

int64_t obj_len(Value v) {
    TypeObject *t = v_type(v);
    if (t->len) return t->len(v);
    err_format(&Exc_TypeError, "object of type '%s' has no len()", t->name);
    return -1;
}

/* ---- iteration --------------------------------------------------------------------------------- */

Value obj_iter(Value v) {
    TypeObject *t = v_type(v);
    if (!t->iter) return err_format(&Exc_TypeError, "'%s' object is not iterable", t->name);
    Value it = t->iter(v);
    if (v_is_null(it)) return V_NULL;
    if (!v_type(it)->iternext) {
        err_format(&Exc_TypeError, "iter() returned non-iterator of type '%s'", v_type_name(it));
        v_decref(it);
        return V_NULL;
    }
    return it;
}

Value obj_iternext(Value it) {
    TypeObject *t = v_type(it);
    if (t->iternext) return t->iternext(it);
    return err_format(&Exc_TypeError, "'%s' object is not an iterator", t->name);
}

/* ---- calls ----------------------------------------------------------------------------------------- */

Value obj_call(Value callable, const Value *args, size_t nargs, Value kwnames) {
    VectorCall f = v_type(callable)->call;
    if (f) return f(callable, args, nargs, kwnames);
    return err_format(&Exc_TypeError, "'%s' object is not callable", v_type_name(callable));
}

/* callable(first, *args, **kw) for a vectorcall argument array: the
 * arguments copied behind first (on the C stack when few). */
Value obj_call_with_first(Value callable, Value first, const Value *args, size_t nargs, Value kwnames) {
    size_t total = nargs + (v_is_null(kwnames) ? 0 : (size_t)tuple_size(kwnames));
    Value small[8];
    Value *buf = total + 1 <= 8 ? small : mem_alloc(sizeof(Value) * (total + 1));
    if (!buf) return err_nomem();
    buf[0] = first;
    for (size_t i = 0; i < total; i++) buf[i + 1] = args[i];
    Value r = obj_call(callable, buf, nargs + 1, kwnames);
    if (buf != small) mem_free(buf);
    return r;
}

Value obj_call0(Value callable) { return obj_call(callable, NULL, 0, V_NULL); }

Value obj_call1(Value callable, Value a) { return obj_call(callable, &a, 1, V_NULL); }

#define METHOD_STACK_ARGS 8

Value obj_call_method(Value o, const char *name, const Value *args, size_t nargs) {
    bool is_method;
    Value m = obj_get_method(o, str_intern_cstr(name), &is_method);
    if (v_is_null(m)) return V_NULL;
    Value r;
    if (!is_method) {
        r = obj_call(m, args, nargs, V_NULL);
    } else if (v_is_type(m, &MethodDescrType)) {
        r = ((MethodDescrObject *)v_as_obj(m))->def->fn(o, args, nargs, V_NULL);
    } else {
        Value small[METHOD_STACK_ARGS];
        Value *buf = small;
        if (nargs + 1 > METHOD_STACK_ARGS) {
            buf = mem_alloc((nargs + 1) * sizeof(Value));
            if (!buf) {
                v_decref(m);
                return err_nomem();
            }
        }
        buf[0] = o;
        for (size_t i = 0; i < nargs; i++) buf[i + 1] = args[i];
        r = obj_call(m, buf, nargs + 1, V_NULL);
        if (buf != small) mem_free(buf);
    }
    v_decref(m);
    return r;
}

/* ---- isinstance ----------------------------------------------------------------------------------- */

bool obj_isinstance_type(Value v, TypeObject *t) {
    return type_is_subtype(v_type(v), t);
}

static bool is_type_value(Value v) {
    return v_is_ptr(v) && (v_as_obj(v)->type->flags & TPFLAG_TYPE_SUBCLASS);
}

/* A metaclass's (or a non-class's type's) __instancecheck__ /
 * __subclasscheck__: *out = truth of hook(cls, v); returns 1 when the hook
 * exists, 0 when not, -1 on error. Classes whose metaclass is exactly type
 * never get here (the fast path), as in CPython. */
static int call_check_hook(Value cls, const char *hook, Value v, int *out) {
    TypeObject *meta = v_type(cls);
    if (meta == &TypeType) return 0;
    Value m = type_lookup(meta, str_intern_cstr(hook));
    if (v_is_null(m)) return 0;
    Value bound = descr_get(m, cls, meta);
    if (v_is_null(bound)) return -1;
    Value r = obj_call(bound, &v, 1, V_NULL);
    v_decref(bound);
    if (v_is_null(r)) return -1;
    int t = obj_truthy(r);
    v_decref(r);
    if (t < 0) return -1;
    *out = t;
    return 1;
}

static int isinstance_rec(Value v, Value cls, int depth) {
    if (is_type_value(cls)) {
        if (v_type(v) == (TypeObject *)v_as_obj(cls)) return 1;
        int res, h = call_check_hook(cls, "__instancecheck__", v, &res);
        if (h) return h < 0 ? -1 : res;
        TypeObject *t = (TypeObject *)v_as_obj(cls);
        int r = obj_isinstance_type(v, t);
        /* As CPython, an instance may claim another class through a
         * __class__ attribute (proxies, mocks). Builtin instances cannot
         * override it, so only heap types pay for the lookup. */
        if (r != 0 || !v_is_ptr(v) || !(v_type(v)->flags & TPFLAG_HEAPTYPE)) return r;
        Value icls;
        int found = obj_lookup_attr(v, str_intern_cstr("__class__"), &icls);
        if (found <= 0) return found;
        if (icls != v_from_obj(v_type(v)) && is_type_value(icls))
            r = type_is_subtype((TypeObject *)v_as_obj(icls), t);
        v_decref(icls);
        return r;
    }
    if (v_is_ptr(cls) && (v_as_obj(cls)->type->flags & TPFLAG_TUPLE_SUBCLASS)) {
        if (depth > 1000) {
            err_format(&Exc_RecursionError, "maximum recursion depth exceeded in __instancecheck__");
            return -1;
        }
        int64_t n = tuple_size(cls);
        for (int64_t i = 0; i < n; i++) {
            int r = isinstance_rec(v, tuple_items(cls)[i], depth + 1);
            if (r != 0) return r;
        }
        return 0;
    }
    int res, h = call_check_hook(cls, "__instancecheck__", v, &res);
    if (h) return h < 0 ? -1 : res;
    err_format(&Exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

int obj_isinstance(Value v, Value cls) { return isinstance_rec(v, cls, 0); }

static int issubclass_rec(Value c, Value cls, int depth) {
    if (v_is_ptr(cls) && (v_as_obj(cls)->type->flags & TPFLAG_TUPLE_SUBCLASS)) {
        if (depth > 1000) {
            err_format(&Exc_RecursionError, "maximum recursion depth exceeded in __subclasscheck__");
            return -1;
        }
        for (int64_t i = 0; i < tuple_size(cls); i++) {
            int r = issubclass_rec(c, tuple_items(cls)[i], depth + 1);
            if (r != 0) return r;
        }
        return 0;
    }
    int res, h = call_check_hook(cls, "__subclasscheck__", c, &res);
    if (h) return h < 0 ? -1 : res;
    if (!is_type_value(c)) {
        err_format(&Exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (!is_type_value(cls)) {
        err_format(&Exc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return type_is_subtype((TypeObject *)v_as_obj(c), (TypeObject *)v_as_obj(cls));
}

int obj_issubclass(Value c, Value cls) { return issubclass_rec(c, cls, 0); }

/* ---- unpacking --------------------------------------------------------------------------------------- */

static int unpack_not_iterable(Value v) {
    err_format(&Exc_TypeError, "cannot unpack non-iterable %s object", v_type_name(v));
    return -1;
}

int obj_unpack(Value iterable, int64_t n, Value *out) {
    const Value *items = NULL;
    int64_t size = -1;
    if (v_is_tuple(iterable)) {
        items = tuple_items(iterable);
        size = tuple_size(iterable);
    } else if (v_is_list(iterable)) {
        items = list_items(iterable);
        size = list_size(iterable);
    }
    if (items) {
        if (size != n) {
            if (size > n)
                err_format(&Exc_ValueError, "too many values to unpack (expected %lld)", (long long)n);
            else
                err_format(&Exc_ValueError, "not enough values to unpack (expected %lld, got %lld)",
                           (long long)n, (long long)size);
            return -1;
        }
        for (int64_t i = 0; i < n; i++) out[i] = v_newref(items[i]);
        return 0;
    }
    if (v_is_str(iterable) && str_len(iterable) == n && str_nbytes(iterable) == n) {
        /* An ASCII str of the right length: its one-character strs (the
         * cached latin-1 ones), no iterator. */
        for (int64_t i = 0; i < n; i++) {
            out[i] = str_getitem_index(iterable, i);
            if (__builtin_expect(v_is_null(out[i]), 0)) {
                while (i > 0) v_decref(out[--i]);
                return -1;
            }
        }
        return 0;
    }
    if (!v_type(iterable)->iter) return unpack_not_iterable(iterable);
    Value it = obj_iter(iterable);
    if (v_is_null(it)) return -1;
    int64_t i = 0;
    for (; i < n; i++) {
        Value x = obj_iternext(it);
        if (v_is_null(x)) {
            if (!err_occurred())
                err_format(&Exc_ValueError, "not enough values to unpack (expected %lld, got %lld)",
                           (long long)n, (long long)i);
            goto fail;
        }
        out[i] = x;
    }
    Value extra = obj_iternext(it);
    if (!v_is_null(extra)) {
        v_decref(extra);
        err_format(&Exc_ValueError, "too many values to unpack (expected %lld)", (long long)n);
        goto fail;
    }
    if (err_occurred()) goto fail;
    v_decref(it);
    return 0;
fail:
    while (i > 0) v_decref(out[--i]);
    v_decref(it);
    return -1;
}

int obj_unpack_ex(Value iterable, int64_t before, int64_t after, Value *out) {
    if ((v_is_tuple(iterable) || v_is_list(iterable))) {
        /* An exact tuple or list: the starred list is built from the items
         * in place (no copy of the whole sequence to slice it). */
        bool tup = v_is_tuple(iterable);
        int64_t size = tup ? tuple_size(iterable) : list_size(iterable);
        if (size >= before + after) {
            const Value *items = tup ? tuple_items(iterable) : list_items(iterable);
            Value middle = list_from_array(items + before, size - before - after);
            if (v_is_null(middle)) return -1;
            /* A collection during that allocation may have run code that
             * changed a list: then the general path below. */
            if (tup || list_size(iterable) == size) {
                items = tup ? tuple_items(iterable) : list_items(iterable);
                for (int64_t i = 0; i < before; i++) out[i] = v_newref(items[i]);
                for (int64_t i = 0; i < after; i++)
                    out[before + 1 + i] = v_newref(items[size - after + i]);
                out[before] = middle;
                return 0;
            }
            v_decref(middle);
        }
    }
    if (!v_type(iterable)->iter) return unpack_not_iterable(iterable);
    Value list = list_from_iterable(iterable);
    if (v_is_null(list)) return -1;
    int64_t size = list_size(list);
    if (size < before + after) {
        err_format(&Exc_ValueError, "not enough values to unpack (expected at least %lld, got %lld)",
                   (long long)(before + after), (long long)size);
        v_decref(list);
        return -1;
    }
    Value *items = list_items(list);
    for (int64_t i = 0; i < before; i++) out[i] = v_newref(items[i]);
    for (int64_t i = 0; i < after; i++)
        out[before + 1 + i] = v_newref(items[size - after + i]);
    Value middle = list_slice(list, before, size - after, 1);
    v_decref(list);
    if (v_is_null(middle)) {
        for (int64_t i = 0; i < before; i++) v_decref(out[i]);
        for (int64_t i = 0; i < after; i++) v_decref(out[before + 1 + i]);
        return -1;
    }
    out[before] = middle;
    return 0;
}

/* ---- format ----------------------------------------------------------------------------------------------- */

/* The mini-language lives in format.c; this is the generic entry point. */
Value obj_format(Value v, Value spec) {
    if (v_type(v)->flags & TPFLAG_HEAPTYPE) {
        /* A class's __format__ is called even for an empty spec. */
        bool handled;
        Value r = typeslots_format(v, spec, &handled);
        if (handled) return r;
    }
    if (v_is_null(spec) || (v_is_str(spec) && str_nbytes(spec) == 0)) return obj_str(v);
    if (!v_is_str(spec))
        return err_format(&Exc_TypeError, "format() argument 2 must be str, not %s",
                          v_type_name(spec));
    return format_value(v, spec);
}

/* CPython's PyObject_LengthHint: len(o) if o has one, else what
 * o.__length_hint__() says (NotImplemented, or a TypeError from the call:
 * dflt); -1 with an exception. */
int64_t obj_length_hint(Value o, int64_t dflt) {
    if (v_type(o)->len) {
        int64_t n = obj_len(o);
        if (n >= 0) return n;
        if (!err_matches(&Exc_TypeError)) return -1;
        err_clear();
    }
    static Value name;
    if (!name) name = str_intern_cstr("__length_hint__");
    Value hint = type_lookup(v_type(o), name);
    if (v_is_null(hint)) return dflt;
    Value r = obj_call_method(o, "__length_hint__", NULL, 0);
    if (v_is_null(r)) {
        if (!err_matches(&Exc_TypeError)) return -1;
        err_clear();
        return dflt;
    }
    if (r == V_NOTIMPL) return dflt;
    if (!v_is_int_or_bool(r)) {
        err_format(&Exc_TypeError, "__length_hint__ must be an integer, not %s", v_type_name(r));
        v_decref(r);
        return -1;
    }
    int64_t n;
    int ok = obj_as_index_i64(r, &n);
    int neg = int_sign(r) < 0;
    v_decref(r);
    if (ok < 0) {
        if (err_matches(&Exc_OverflowError)) {
            err_clear();
            err_format(&Exc_OverflowError, "Python int too large to convert to C ssize_t");
        }
        return -1;
    }
    if (neg) {
        err_format(&Exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

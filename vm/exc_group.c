/* exc_group.c: BaseExceptionGroup and ExceptionGroup (PEP 654) and the
 * runtime side of `except*` (CHECK_EG_MATCH, PREP_RERAISE_STAR), after
 * CPython 3.11's Objects/exceptions.c and ceval.c.
 *
 * A group keeps its message and its exceptions (a tuple) beside the
 * BaseException fields; args stays what the constructor was given, as in
 * CPython. ExceptionGroup derives from BaseExceptionGroup and Exception:
 * its static base is BaseExceptionGroup (the layout) and exc_group_init
 * gives it the mro (ExceptionGroup, BaseExceptionGroup, Exception,
 * BaseException, object), which is what isinstance consults.
 */
#include "exc_group.h"
#include "abstract.h"
#include "dict.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

typedef struct ExceptionGroupObject {
    ExceptionObject base;
    Value msg;               /* str */
    Value excs;              /* non-empty tuple of exceptions */
} ExceptionGroupObject;

static inline ExceptionGroupObject *as_eg(Value v) { return (ExceptionGroupObject *)v_as_obj(v); }

bool v_is_exception_group(Value v) {
    return v_is_ptr(v) && type_is_subtype(v_type(v), &Exc_BaseExceptionGroup);
}

Value exc_group_exceptions(Value eg) { return as_eg(eg)->excs; }

/* ---- construction ---- */

static bool is_sequence(Value v) {
    TypeObject *t = v_type(v);
    return (t->flags & (TPFLAG_SEQUENCE | TPFLAG_STR_SUBCLASS)) || t == &BytesType;
}

static Value eg_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (!v_is_null(kwnames) && tuple_size(kwnames))
        return err_format(&Exc_TypeError, "%s() takes no keyword arguments", type->name);
    if (nargs != 2)
        return err_format(&Exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)",
                          nargs);
    Value msg = args[0], seq = args[1];
    if (!v_is_str(msg) && !(v_type(msg)->flags & TPFLAG_STR_SUBCLASS))
        return err_format(&Exc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                          v_type_name(msg));
    if (!is_sequence(seq))
        return err_format(&Exc_TypeError, "second argument (exceptions) must be a sequence");
    Value excs = tuple_from_iterable(seq);
    if (v_is_null(excs)) return V_NULL;
    int64_t n = tuple_size(excs);
    if (n == 0) {
        v_decref(excs);
        return err_format(&Exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
    }
    bool all_exceptions = true;
    for (int64_t i = 0; i < n; i++) {
        Value e = tuple_items(excs)[i];
        if (!v_is_exception(e)) {
            v_decref(excs);
            return err_format(&Exc_ValueError, "Item %lld of second argument (exceptions) is not an exception",
                              (long long)i);
        }
        if (!type_is_subtype(v_type(e), &Exc_Exception)) all_exceptions = false;
    }
    /* BaseExceptionGroup(...) of plain Exceptions is an ExceptionGroup;
     * an Exception subclass may not hold BaseExceptions. */
    if (type == &Exc_BaseExceptionGroup) {
        if (all_exceptions) type = &Exc_ExceptionGroup;
    } else if (type == &Exc_ExceptionGroup) {
        if (!all_exceptions) {
            v_decref(excs);
            return err_format(&Exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        }
    } else if (!all_exceptions && type_is_subtype(type, &Exc_Exception)) {
        v_decref(excs);
        return err_format(&Exc_TypeError, "Cannot nest BaseExceptions in '%s'", type->name);
    }
    Value self = Exc_BaseException.construct(type, args, nargs, V_NULL);
    if (v_is_null(self)) {
        v_decref(excs);
        return V_NULL;
    }
    as_eg(self)->msg = v_newref(msg);
    as_eg(self)->excs = excs;
    return self;
}

Value exc_group_new(Value msg, Value excs) {
    Value args[2] = { msg, excs };
    return eg_construct(&Exc_BaseExceptionGroup, args, 2, V_NULL);
}

static void eg_dealloc(Object *o) {
    ExceptionGroupObject *eg = (ExceptionGroupObject *)o;
    v_clear(&eg->msg);
    v_clear(&eg->excs);
    Exc_BaseException.dealloc(o);
}

static void eg_traverse(Object *o, void (*visit)(Value v, void *arg), void *arg) {
    ExceptionGroupObject *eg = (ExceptionGroupObject *)o;
    if (!v_is_null(eg->excs)) visit(eg->excs, arg);
    Exc_BaseException.traverse(o, visit, arg);
}

static void eg_clear(Object *o) {
    ExceptionGroupObject *eg = (ExceptionGroupObject *)o;
    v_clear(&eg->excs);
    Exc_BaseException.clear(o);
}

static Value eg_str(Value self) {
    ExceptionGroupObject *eg = as_eg(self);
    int64_t n = v_is_null(eg->excs) ? 0 : tuple_size(eg->excs);
    return str_printf("%s (%lld sub-exception%s)", v_is_null(eg->msg) ? "" : str_data(eg->msg),
                           (long long)n, n == 1 ? "" : "s");
}

static Value eg_get_message(Value self) {
    Value m = as_eg(self)->msg;
    return v_newref(v_is_null(m) ? V_NONE : m);
}

static Value eg_get_exceptions(Value self) {
    Value e = as_eg(self)->excs;
    return v_newref(v_is_null(e) ? V_NONE : e);
}

/* ---- split / subgroup ---- */

typedef enum { MATCH_BY_TYPE, MATCH_BY_PREDICATE, MATCH_BY_IDS } MatcherKind;

typedef struct Matcher {
    MatcherKind kind;
    Value value;             /* type or tuple of types, or the predicate */
    const Object **ids;      /* MATCH_BY_IDS: leaf exceptions to keep */
    int64_t nids;
} Matcher;

static bool is_exc_type_or_tuple(Value v) {
    if (v_is_exception_type(v)) return true;
    if (!v_is_tuple(v)) return false;
    for (int64_t i = 0; i < tuple_size(v); i++)
        if (!v_is_exception_type(tuple_items(v)[i])) return false;
    return true;
}

static int matcher_init(Matcher *m, Value cond) {
    m->value = cond;
    m->ids = NULL;
    m->nids = 0;
    if (v_is_exception_type(cond) || (v_is_tuple(cond) && is_exc_type_or_tuple(cond))) {
        m->kind = MATCH_BY_TYPE;
        return 0;
    }
    bool is_type = v_is_ptr(cond) && (v_type(cond)->flags & TPFLAG_TYPE_SUBCLASS);
    if (!is_type && v_type(cond)->call) {
        m->kind = MATCH_BY_PREDICATE;
        return 0;
    }
    err_format(&Exc_TypeError, "expected a function, exception type or tuple of exception types");
    return -1;
}

static int matcher_test(const Matcher *m, Value exc) {
    switch (m->kind) {
    case MATCH_BY_TYPE:
        return obj_isinstance(exc, m->value);
    case MATCH_BY_PREDICATE: {
        Value r = obj_call1(m->value, exc);
        if (v_is_null(r)) return -1;
        int t = obj_truthy(r);
        v_decref(r);
        return t;
    }
    case MATCH_BY_IDS:
        for (int64_t i = 0; i < m->nids; i++)
            if (m->ids[i] == (const Object *)v_as_obj(exc)) return 1;
        return 0;
    }
    return 0;
}

/* Copies the traceback, cause, context and notes of orig to a derived group. */
static int copy_metadata(Value orig, Value derived) {
    ExceptionObject *o = (ExceptionObject *)v_as_obj(orig), *d = (ExceptionObject *)v_as_obj(derived);
    v_setref(&d->traceback, v_newref(o->traceback));
    v_setref(&d->cause, v_newref(o->cause));
    v_setref(&d->context, v_newref(o->context));
    d->suppress_context = o->suppress_context;
    Value notes;
    int r = obj_lookup_attr(orig, str_intern_cstr("__notes__"), &notes);
    if (r <= 0) return r;
    int rc = 0;
    if (is_sequence(notes)) {
        Value copy = list_from_iterable(notes);
        rc = v_is_null(copy) ? -1 : obj_setattr(derived, str_intern_cstr("__notes__"), copy);
        v_decref(copy);
    }
    v_decref(notes);
    return rc;
}

/* eg.derive(items) with eg's metadata, or None for no items. New reference. */
static Value project(Value eg, Value items) {
    if (list_size(items) == 0) return V_NONE;
    Value d = obj_call_method(eg, "derive", &items, 1);
    if (v_is_null(d)) return V_NULL;
    if (!v_is_exception_group(d)) {
        v_decref(d);
        return err_format(&Exc_TypeError, "derive must return an instance of BaseExceptionGroup");
    }
    if (copy_metadata(eg, d) < 0) {
        v_decref(d);
        return V_NULL;
    }
    return d;
}

/* The parts of exc that match (*match) and, if rest is non-NULL, those that
 * do not (*rest); V_NONE for an empty part. New references. */
static int split_recursive(Value exc, const Matcher *m, Value *match, Value *rest, int depth) {
    *match = V_NONE;
    if (rest) *rest = V_NONE;
    int is_match = matcher_test(m, exc);
    if (is_match < 0) return -1;
    if (is_match) {
        *match = v_newref(exc);
        return 0;
    }
    if (!v_is_exception_group(exc)) {
        if (rest) *rest = v_newref(exc);
        return 0;
    }
    if (depth > 1000) {
        err_format(&Exc_RecursionError, "maximum recursion depth exceeded in exception group split");
        return -1;
    }
    Value excs = as_eg(exc)->excs;
    Value mlist = list_new(0), rlist = rest ? list_new(0) : V_NULL;
    int rc = -1;
    if (v_is_null(mlist) || (rest && v_is_null(rlist))) goto done;
    for (int64_t i = 0; i < tuple_size(excs); i++) {
        Value em, er;
        if (split_recursive(tuple_items(excs)[i], m, &em, rest ? &er : NULL, depth + 1) < 0) goto done;
        int a = em == V_NONE ? 0 : list_append_steal(mlist, em);
        int b = (!rest || er == V_NONE) ? 0 : list_append_steal(rlist, er);
        if (a < 0 || b < 0) goto done;
    }
    *match = project(exc, mlist);
    if (v_is_null(*match)) { *match = V_NONE; goto done; }
    if (rest) {
        *rest = project(exc, rlist);
        if (v_is_null(*rest)) {
            *rest = V_NONE;
            v_clear(match);
            *match = V_NONE;
            goto done;
        }
    }
    rc = 0;
done:
    v_decref(mlist);
    v_decref(rlist);
    return rc;
}

static Value eg_split(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (!v_is_null(kwnames) || nargs != 1)
        return err_format(&Exc_TypeError, "split() takes exactly one argument (%zu given)", nargs);
    Matcher m;
    if (matcher_init(&m, args[0]) < 0) return V_NULL;
    Value match, rest;
    if (split_recursive(self, &m, &match, &rest, 0) < 0) return V_NULL;
    Value pair[2] = { match, rest };
    return tuple_from_array_steal(pair, 2);
}

static Value eg_subgroup(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (!v_is_null(kwnames) || nargs != 1)
        return err_format(&Exc_TypeError, "subgroup() takes exactly one argument (%zu given)", nargs);
    Matcher m;
    if (matcher_init(&m, args[0]) < 0) return V_NULL;
    Value match;
    if (split_recursive(self, &m, &match, NULL, 0) < 0) return V_NULL;
    return match;
}

static Value eg_derive(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (!v_is_null(kwnames) || nargs != 1)
        return err_format(&Exc_TypeError, "derive() takes exactly one argument (%zu given)", nargs);
    return exc_group_new(as_eg(self)->msg, args[0]);
}

static const MethodDef eg_methods[] = {
    {"split", eg_split, 0, NULL},
    {"subgroup", eg_subgroup, 0, NULL},
    {"derive", eg_derive, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef eg_getset[] = {
    {"message", eg_get_message, NULL},
    {"exceptions", eg_get_exceptions, NULL},
    {NULL, NULL, NULL},
};

TypeObject Exc_BaseExceptionGroup = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "BaseExceptionGroup",
    .base = &Exc_BaseException,
    .basicsize = sizeof(ExceptionGroupObject),
    .flags = TPFLAG_BASETYPE | TPFLAG_BASE_EXC_SUBCLASS | TPFLAG_HAVE_GC,
    .dealloc = eg_dealloc,
    .str = eg_str,
    .construct = eg_construct,
    .traverse = eg_traverse,
    .clear = eg_clear,
    .methods = eg_methods,
    .getset = eg_getset,
};

TypeObject Exc_ExceptionGroup = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "ExceptionGroup",
    .base = &Exc_BaseExceptionGroup,
    .basicsize = sizeof(ExceptionGroupObject),
    .flags = TPFLAG_BASETYPE | TPFLAG_BASE_EXC_SUBCLASS | TPFLAG_HAVE_GC,
};

int exc_group_init(Value builtins) {
    if (type_ready(&Exc_BaseExceptionGroup) < 0 || type_ready(&Exc_ExceptionGroup) < 0) return -1;
    /* str is inherited with repr only when repr is unset: keep BaseException's repr. */
    Value items[5] = { v_from_obj(&Exc_ExceptionGroup), v_from_obj(&Exc_BaseExceptionGroup),
                       v_from_obj(&Exc_Exception), v_from_obj(&Exc_BaseException), v_from_obj(&ObjectType) };
    Value mro = tuple_from_array(items, 5);
    if (v_is_null(mro)) return -1;
    v_setref(&Exc_ExceptionGroup.mro, mro);
    if (dict_set_cstr(builtins, "BaseExceptionGroup", v_from_obj(&Exc_BaseExceptionGroup)) < 0) return -1;
    return dict_set_cstr(builtins, "ExceptionGroup", v_from_obj(&Exc_ExceptionGroup));
}

/* ---- except* ---- */

static bool is_group_type(Value t) {
    return v_is_exception_type(t) && type_is_subtype((TypeObject *)v_as_obj(t), &Exc_BaseExceptionGroup);
}

int exc_group_check_star_type(Value t) {
    bool bad = is_group_type(t);
    if (v_is_tuple(t))
        for (int64_t i = 0; i < tuple_size(t); i++) bad |= is_group_type(tuple_items(t)[i]);
    if (!bad) return 0;
    err_format(&Exc_TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
    return -1;
}

int exc_group_match(Value exc, Value type, Value *match, Value *rest) {
    *match = V_NONE;
    *rest = V_NONE;
    if (exc == V_NONE) return 0;
    int full = obj_isinstance(exc, type);
    if (full < 0) return -1;
    if (full) {
        if (v_is_exception_group(exc)) {
            *match = v_newref(exc);
            return 0;
        }
        /* A naked exception is wrapped in a group with an empty message. */
        Value one = tuple_from_array(&exc, 1);
        if (v_is_null(one)) return -1;
        Value wrapped = exc_group_new(str_intern_cstr(""), one);
        v_decref(one);
        if (v_is_null(wrapped)) return -1;
        *match = wrapped;
        return 0;
    }
    if (v_is_exception_group(exc)) {
        Value pair = obj_call_method(exc, "split", &type, 1);
        if (v_is_null(pair)) return -1;
        if (!v_is_tuple(pair) || tuple_size(pair) != 2) {
            v_decref(pair);
            err_format(&Exc_TypeError, "split must return a 2-tuple");
            return -1;
        }
        *match = v_newref(tuple_items(pair)[0]);
        *rest = v_newref(tuple_items(pair)[1]);
        v_decref(pair);
    }
    return 0;
}

typedef struct IdSet {
    const Object **items;
    int64_t n, cap;
} IdSet;

static int collect_leaf_ids(Value exc, IdSet *s, int depth) {
    if (exc == V_NONE) return 0;
    if (!v_is_exception_group(exc)) {
        if (s->n == s->cap) {
            int64_t cap = s->cap ? 2 * s->cap : 16;
            const Object **p = mem_realloc(s->items, sizeof(Object *) * (size_t)cap);
            if (!p) { err_nomem(); return -1; }
            s->items = p;
            s->cap = cap;
        }
        s->items[s->n++] = v_as_obj(exc);
        return 0;
    }
    if (depth > 1000) {
        err_format(&Exc_RecursionError, "maximum recursion depth exceeded in collect_exception_group_leaf_ids");
        return -1;
    }
    Value excs = as_eg(exc)->excs;
    for (int64_t i = 0; i < tuple_size(excs); i++)
        if (collect_leaf_ids(tuple_items(excs)[i], s, depth + 1) < 0) return -1;
    return 0;
}

static bool same_metadata(Value a, Value b) {
    ExceptionObject *x = (ExceptionObject *)v_as_obj(a), *y = (ExceptionObject *)v_as_obj(b);
    return x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

Value exc_group_prep_reraise(Value orig, Value excs) {
    int64_t n = list_size(excs);
    if (n == 0) return V_NONE;
    /* A naked exception was caught and wrapped: only one clause ran. */
    if (!v_is_exception_group(orig)) return v_newref(list_items(excs)[0]);
    Value raised = list_new(0), reraised = list_new(0), res = V_NULL;
    IdSet ids = { 0 };
    if (v_is_null(raised) || v_is_null(reraised)) goto done;
    for (int64_t i = 0; i < n; i++) {
        Value e = list_items(excs)[i];
        if (e == V_NONE) continue;
        if (list_append(same_metadata(e, orig) ? reraised : raised, e) < 0) goto done;
    }
    /* The re-raised parts, as one projection of the original group. */
    for (int64_t i = 0; i < list_size(reraised); i++)
        if (collect_leaf_ids(list_items(reraised)[i], &ids, 0) < 0) goto done;
    Matcher m = { MATCH_BY_IDS, V_NULL, ids.items, ids.n };
    Value reraised_eg;
    if (split_recursive(orig, &m, &reraised_eg, NULL, 0) < 0) goto done;
    if (list_size(raised) == 0) {
        res = reraised_eg;
        goto done;
    }
    if (reraised_eg != V_NONE && list_append_steal(raised, reraised_eg) < 0) goto done;
    if (list_size(raised) > 1)
        res = exc_group_new(str_intern_cstr(""), raised);
    else
        res = v_newref(list_items(raised)[0]);
done:
    mem_free(ids.items);
    v_decref(raised);
    v_decref(reraised);
    return res;
}

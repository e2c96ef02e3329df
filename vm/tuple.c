/* tuple.c: the tuple type and its iterator.
 *
 * Items are inline after the header; every slot owns a reference once the
 * tuple escapes its creator. The empty tuple is one immortal singleton.
 */
#include "tuple.h"
#include "args.h"
#include "list.h"
#include "range.h"
#include "str.h"
#include "int.h"
#include "errors.h"
#include "abstract.h"
#include <stdarg.h>
#include <inttypes.h>

/* Shared container helpers, defined in list.c. */
int ctr_repr_enter(Value v);
void ctr_repr_leave(Value v);
bool ctr_is_index(Value v);
int ctr_index(Value v, int64_t *out);
int ctr_slice_index(Value v, int64_t *out);
int ctr_check_nargs(const char *fname, size_t nargs, size_t min, size_t max);
int ctr_no_kwargs(const char *fname, Value kwnames);
int ctr_one_arg(const char *qualname, size_t nargs, Value kwnames);
Value ctr_seq_multiply(Value a, Value b, bool (*is_seq)(Value), Value (*repeat)(Value, int64_t),
                       BinaryFunc self_slot);

static TupleObject empty_tuple = {
    .ob = OBJECT_HEAD_INIT(&TupleType),
    .size = 0,
};

static inline bool is_tuple(Value v) {
    return v_is_ptr(v) && (v_as_obj(v)->type == &TupleType ||
                           (v_as_obj(v)->type->flags & TPFLAG_TUPLE_SUBCLASS));
}

Value tuple_empty(void) { return v_from_obj(&empty_tuple); }

static Value tuple_alloc(TypeObject *type, int64_t n) {
    if ((uint64_t)n > ((uint64_t)INT64_MAX - sizeof(TupleObject)) / sizeof(Value) / 2)
        return err_nomem();
    size_t base = type->basicsize > sizeof(TupleObject) ? type->basicsize : sizeof(TupleObject);
    /* A subclass with a __dict__ keeps it after the items (dictoffset < 0,
     * instance_var_dictptr). */
    size_t extra = type->dictoffset < 0 ? sizeof(Value) : 0;
    TupleObject *t = (TupleObject *)obj_alloc(type, base + (size_t)n * sizeof(Value) + extra);
    if (!t) return V_NULL;
    if (extra) *(Value *)((char *)t + base + (size_t)n * sizeof(Value)) = V_NULL;
    t->size = n;
    for (int64_t i = 0; i < n; i++) t->items[i] = V_NULL;
    return v_from_obj(t);
}

Value tuple_new(int64_t n) {
    if (n == 0) return tuple_empty();
    return tuple_alloc(&TupleType, n);
}

Value tuple_from_array(const Value *items, int64_t n) {
    if (n == 0) return tuple_empty();
    Value r = tuple_alloc(&TupleType, n);
    if (v_is_null(r)) return r;
    Value *d = tuple_items(r);
    for (int64_t i = 0; i < n; i++) d[i] = v_newref(items[i]);
    return r;
}

Value tuple_from_array_steal(Value *items, int64_t n) {
    if (n == 0) return tuple_empty();
    Value r = tuple_alloc(&TupleType, n);
    if (v_is_null(r)) {
        for (int64_t i = 0; i < n; i++) v_decref(items[i]);
        return r;
    }
    memcpy(tuple_items(r), items, (size_t)n * sizeof(Value));
    return r;
}

Value tuple_pack(int64_t n, ...) {
    if (n == 0) return tuple_empty();
    Value r = tuple_alloc(&TupleType, n);
    if (v_is_null(r)) return r;
    va_list ap;
    va_start(ap, n);
    for (int64_t i = 0; i < n; i++) tuple_items(r)[i] = v_newref(va_arg(ap, Value));
    va_end(ap);
    return r;
}

Value tuple_from_iterable(Value it) {
    if (v_is_tuple(it)) return v_newref(it);
    if (v_is_list(it)) return tuple_from_array(list_items(it), list_size(it));
    Value l = list_from_iterable(it);
    if (v_is_null(l)) return l;
    /* Move the list's references into the tuple. */
    int64_t n = list_size(l);
    Value r = tuple_new(n);
    if (!v_is_null(r) && n) {
        memcpy(tuple_items(r), list_items(l), (size_t)n * sizeof(Value));
        v_as_list(l)->size = 0;
    }
    v_decref(l);
    return r;
}

static inline int64_t slice_count(int64_t start, int64_t stop, int64_t step) {
    if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
    return stop < start ? (start - stop - 1) / (-step) + 1 : 0;
}

/* start/stop/step already normalised by slice_unpack. */
Value tuple_slice(Value t, int64_t start, int64_t stop, int64_t step) {
    int64_t n = slice_count(start, stop, step);
    if (n == tuple_size(t) && step == 1 && v_is_tuple(t)) return v_newref(t);
    Value r = tuple_new(n);
    if (v_is_null(r)) return r;
    const Value *src = tuple_items(t);
    Value *d = tuple_items(r);
    for (int64_t i = 0, j = start; i < n; i++, j += step) d[i] = v_newref(src[j]);
    return r;
}

/* ---- slots ------------------------------------------------------------------- */

static void tuple_dealloc(Object *o) {
    TupleObject *t = (TupleObject *)o;
    for (int64_t i = t->size - 1; i >= 0; i--) v_decref(t->items[i]);   /* CPython's order */
    obj_free(o);
}

static void tuple_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    TupleObject *t = (TupleObject *)o;
    for (int64_t i = 0; i < t->size; i++) visit(t->items[i], arg);
}

static Value tuple_repr(Value self) {
    TupleObject *t = v_as_tuple(self);
    if (t->size == 0) return str_from_cstr("()");
    int r = ctr_repr_enter(self);
    if (r != 0) return r > 0 ? str_from_cstr("(...)") : V_NULL;
    StrBuilder sb;
    sb_init(&sb);
    sb_append_char(&sb, '(');
    for (int64_t i = 0; i < t->size; i++) {
        if (i) sb_append(&sb, ", ", 2);
        Value s = obj_repr(t->items[i]);
        if (v_is_null(s)) { sb_discard(&sb); ctr_repr_leave(self); return V_NULL; }
        sb_append_str(&sb, s);
        v_decref(s);
    }
    if (t->size == 1) sb_append_char(&sb, ',');
    sb_append_char(&sb, ')');
    ctr_repr_leave(self);
    return sb_finish(&sb);
}

/* CPython 3.11's tuplehash: an xxHash-style accumulation of item hashes. */
#define XXPRIME_1 11400714785074694791ull
#define XXPRIME_2 14029467366897019727ull
#define XXPRIME_5 2870177450012600261ull
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

int64_t tuple_hash_array(const Value *items, int64_t n) {
    uint64_t acc = XXPRIME_5;
    for (int64_t i = 0; i < n; i++) {
        int64_t h = obj_hash(items[i]);
        if (h == -1) return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539ull);
    if (acc == (uint64_t)-1) return 1546275796;
    return (int64_t)acc;
}

static int64_t tuple_hash(Value self) {
    return tuple_hash_array(tuple_items(self), tuple_size(self));
}

static int64_t tuple_len(Value self) { return tuple_size(self); }

static Value tuple_item_at(Value self, int64_t i) {
    int64_t n = tuple_size(self);
    if (i < 0) i += n;
    if ((uint64_t)i >= (uint64_t)n) return err_format(&Exc_IndexError, "tuple index out of range");
    return v_newref(tuple_items(self)[i]);
}

static Value tuple_getitem(Value self, Value key) {
    if (v_is_smallint(key)) return tuple_item_at(self, v_as_smallint(key));
    if (v_is_slice(key)) {
        int64_t start, stop, step;
        if (slice_unpack(key, tuple_size(self), &start, &stop, &step) < 0) return V_NULL;
        return tuple_slice(self, start, stop, step);
    }
    if (ctr_is_index(key)) {
        int64_t i;
        if (ctr_index(key, &i) < 0) return V_NULL;
        return tuple_item_at(self, i);
    }
    return err_format(&Exc_TypeError, "tuple indices must be integers or slices, not %s", v_type_name(key));
}

static int tuple_contains(Value self, Value item) {
    for (int64_t i = 0; i < tuple_size(self); i++) {
        int r = obj_eq(tuple_items(self)[i], item);
        if (r != 0) return r;
    }
    return 0;
}

static Value tuple_richcompare(Value a, Value b, int op) {
    if (!is_tuple(a) || !is_tuple(b)) return v_newref(V_NOTIMPL);
    int64_t na = tuple_size(a), nb = tuple_size(b);
    const Value *x = tuple_items(a), *y = tuple_items(b);
    int64_t i;
    for (i = 0; i < na && i < nb; i++) {
        int k = obj_eq(x[i], y[i]);
        if (k < 0) return V_NULL;
        if (!k) break;
    }
    if (i >= na || i >= nb) {
        bool r;
        switch (op) {
        case CMP_LT: r = na < nb; break;
        case CMP_LE: r = na <= nb; break;
        case CMP_EQ: r = na == nb; break;
        case CMP_NE: r = na != nb; break;
        case CMP_GT: r = na > nb; break;
        default: r = na >= nb; break;
        }
        return v_from_bool(r);
    }
    if (op == CMP_EQ) return V_FALSE;
    if (op == CMP_NE) return V_TRUE;
    return obj_compare(x[i], y[i], op);
}

static Value tuple_add(Value a, Value b) {
    if (!is_tuple(a)) return v_newref(V_NOTIMPL);
    if (!is_tuple(b)) {
        BinaryFunc other = v_type(b)->nb[NB_ADD];
        if (other && (v_type(b)->flags & TPFLAG_HEAPTYPE) && other != tuple_add) {
            Value r = other(a, b);
            if (r != V_NOTIMPL) return r;
            v_decref(r);
        }
        return err_format(&Exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                          v_type_name(b));
    }
    int64_t na = tuple_size(a), nb = tuple_size(b);
    if (na == 0 && v_is_tuple(b)) return v_newref(b);
    if (nb == 0 && v_is_tuple(a)) return v_newref(a);
    Value r = tuple_new(na + nb);
    if (v_is_null(r)) return r;
    Value *d = tuple_items(r);
    for (int64_t i = 0; i < na; i++) d[i] = v_newref(tuple_items(a)[i]);
    for (int64_t i = 0; i < nb; i++) d[na + i] = v_newref(tuple_items(b)[i]);
    return r;
}

static Value tuple_repeat(Value t, int64_t n) {
    int64_t size = tuple_size(t);
    if (n <= 0 || size == 0) return tuple_empty();
    if (n == 1 && v_is_tuple(t)) return v_newref(t);
    if (size > INT64_MAX / n / (int64_t)sizeof(Value)) return err_nomem();
    Value r = tuple_new(size * n);
    if (v_is_null(r)) return r;
    Value *d = tuple_items(r);
    const Value *s = tuple_items(t);
    for (int64_t i = 0; i < size * n; i++) d[i] = v_newref(s[i % size]);
    return r;
}

static bool is_tuple_pred(Value v) { return is_tuple(v); }

static Value tuple_mul(Value a, Value b) {
    return ctr_seq_multiply(a, b, is_tuple_pred, tuple_repeat, tuple_mul);
}

/* ---- iterator ----------------------------------------------------------------- */

static Value tuple_iter(Value self) {
    TupleIterObject *it = (TupleIterObject *)obj_alloc(&TupleIterType, sizeof(TupleIterObject));
    if (!it) return V_NULL;
    it->tuple = v_newref(self);
    it->index = 0;
    return v_from_obj(it);
}

static Value tupleiter_next(Value self) {
    TupleIterObject *it = (TupleIterObject *)v_as_obj(self);
    if (v_is_null(it->tuple)) return V_NULL;
    if (it->index < tuple_size(it->tuple)) return v_newref(tuple_items(it->tuple)[it->index++]);
    v_clear(&it->tuple);
    return V_NULL;
}

static Value iter_self(Value self) { return v_newref(self); }

static void tupleiter_dealloc(Object *o) {
    v_decref(((TupleIterObject *)o)->tuple);
    obj_free(o);
}

static void tupleiter_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    visit(((TupleIterObject *)o)->tuple, arg);
}

static Value tupleiter_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    TupleIterObject *it = (TupleIterObject *)v_as_obj(self);
    int64_t n = v_is_null(it->tuple) ? 0 : tuple_size(it->tuple) - it->index;
    return int_from_i64(n);
}

static const MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject TupleIterType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "tuple_iterator",
    .basicsize = sizeof(TupleIterObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = tupleiter_dealloc,
    .iter = iter_self,
    .iternext = tupleiter_next,
    .methods = tupleiter_methods,
    .traverse = tupleiter_traverse,
};

/* ---- methods ------------------------------------------------------------------ */

static Value m_index(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_no_kwargs("tuple.index", kwnames) < 0 || ctr_check_nargs("tuple.index", nargs, 1, 3) < 0) return V_NULL;
    int64_t start = 0, stop = INT64_MAX, n = tuple_size(self);
    if (nargs > 1 && ctr_slice_index(args[1], &start) < 0) return V_NULL;
    if (nargs > 2 && ctr_slice_index(args[2], &stop) < 0) return V_NULL;
    if (start < 0) { start += n; if (start < 0) start = 0; }
    if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
    for (int64_t i = start; i < stop && i < n; i++) {
        int r = obj_eq(tuple_items(self)[i], args[0]);
        if (r < 0) return V_NULL;
        if (r) return int_from_i64(i);
    }
    return err_format(&Exc_ValueError, "tuple.index(x): x not in tuple");
}

static Value m_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_one_arg("tuple.count", nargs, kwnames) < 0) return V_NULL;
    int64_t c = 0;
    for (int64_t i = 0; i < tuple_size(self); i++) {
        int r = obj_eq(tuple_items(self)[i], args[0]);
        if (r < 0) return V_NULL;
        c += r;
    }
    return int_from_i64(c);
}

static Value m_getnewargs(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("tuple.__getnewargs__", nargs, kwnames, 0, 0) < 0) return V_NULL;
    Value copy = v_is_type(self, &TupleType) ? v_newref(self) : tuple_from_array(tuple_items(self), tuple_size(self));
    if (v_is_null(copy)) return V_NULL;
    return tuple_from_array_steal(&copy, 1);
}

static const MethodDef tuple_methods[] = {
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"index", m_index, 0, "Return first index of value."},
    {"count", m_count, 0, "Return number of occurrences of value."},
    {NULL, NULL, 0, NULL},
};

static Value tuple_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_no_kwargs("tuple", kwnames) < 0 || ctr_check_nargs("tuple", nargs, 0, 1) < 0) return V_NULL;
    if (type == &TupleType) return nargs ? tuple_from_iterable(args[0]) : tuple_empty();
    /* Subclass: copy into an instance of the subclass's layout. */
    Value t = nargs ? tuple_from_iterable(args[0]) : tuple_empty();
    if (v_is_null(t)) return t;
    Value r = tuple_alloc(type, tuple_size(t));
    if (!v_is_null(r))
        for (int64_t i = 0; i < tuple_size(t); i++) tuple_items(r)[i] = v_newref(tuple_items(t)[i]);
    v_decref(t);
    return r;
}

TypeObject TupleType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "tuple",
    .basicsize = sizeof(TupleObject),
    .flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_TUPLE_SUBCLASS | TPFLAG_SEQUENCE | TPFLAG_NEW_TAKES_ARGS,
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .len = tuple_len,
    .nb = {[NB_ADD] = tuple_add, [NB_MULTIPLY] = tuple_mul},
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .iter = tuple_iter,
    .construct = tuple_construct,
    .methods = tuple_methods,
    .traverse = tuple_traverse,
};

/* range.c: range objects and their iterator, and slice objects.
 *
 * A range keeps start/stop/step/length as ints (small or big); length is
 * computed once at construction. Iteration uses int64 arithmetic whenever
 * start, stop, step and length all fit (RangeIterObject.big == false), so
 * the common loop `for i in range(n)` allocates nothing per item.
 */
#include "gc.h"
#include "range.h"
#include "tuple.h"
#include "list.h"
#include "str.h"
#include "int.h"
#include "errors.h"
#include "abstract.h"
#include <inttypes.h>

/* Shared container helpers, defined in list.c / tuple.c. */
bool ctr_is_index(Value v);
int ctr_check_nargs(const char *fname, size_t nargs, size_t min, size_t max);
int ctr_no_kwargs(const char *fname, Value kwnames);
int ctr_one_arg(const char *qualname, size_t nargs, Value kwnames);
int64_t tuple_hash_array(const Value *items, int64_t n);

static inline RangeObject *as_range(Value v) { return (RangeObject *)v_as_obj(v); }

static Value int_one(void) { return v_from_smallint(1); }

/* Number of items of range(start, stop, step), step != 0. New reference. */
static Value compute_length(Value start, Value stop, Value step) {
    if (v_is_smallint(start) && v_is_smallint(stop) && v_is_smallint(step)) {
        int64_t lo = v_as_smallint(start), hi = v_as_smallint(stop), st = v_as_smallint(step), n;
        if (st > 0) n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        else n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        return int_from_i64(n);
    }
    Value lo = start, hi = stop, st = step, negst = V_NULL;
    if (int_sign(step) < 0) {
        lo = stop;
        hi = start;
        negst = int_neg(step);
        if (v_is_null(negst)) return negst;
        st = negst;
    }
    if (int_compare(lo, hi) >= 0) {
        v_decref(negst);
        return v_from_smallint(0);
    }
    /* (hi - lo - 1) // st + 1 */
    Value diff = int_sub(hi, lo), t = V_NULL, r = V_NULL;
    if (!v_is_null(diff)) t = int_sub(diff, int_one());
    v_decref(diff);
    if (!v_is_null(t)) {
        Value q = int_floordiv(t, st);
        v_decref(t);
        if (!v_is_null(q)) {
            r = int_add(q, int_one());
            v_decref(q);
        }
    }
    v_decref(negst);
    return r;
}

static Value range_make(Value start, Value stop, Value step) {
    if (int_sign(step) == 0) return err_format(&Exc_ValueError, "range() arg 3 must not be zero");
    Value len = compute_length(start, stop, step);
    if (v_is_null(len)) return len;
    RangeObject *r = (RangeObject *)obj_alloc(&RangeType, sizeof(RangeObject));
    if (!r) { v_decref(len); return V_NULL; }
    r->start = v_newref(start);
    r->stop = v_newref(stop);
    r->step = v_newref(step);
    r->length = len;
    return v_from_obj(r);
}

Value range_new(Value start, Value stop, Value step) { return range_make(start, stop, step); }

static void range_dealloc(Object *o) {
    RangeObject *r = (RangeObject *)o;
    v_decref(r->start);
    v_decref(r->stop);
    v_decref(r->step);
    v_decref(r->length);
    obj_free(o);
}

static Value range_repr(Value self) {
    RangeObject *r = as_range(self);
    Value a = obj_repr(r->start), b = obj_repr(r->stop), c = V_NULL, res = V_NULL;
    bool unit = v_is_smallint(r->step) && v_as_smallint(r->step) == 1;
    if (!unit) c = obj_repr(r->step);
    if (!v_is_null(a) && !v_is_null(b) && (unit || !v_is_null(c))) {
        res = unit ? str_printf("range(%s, %s)", str_data(a), str_data(b))
                   : str_printf("range(%s, %s, %s)", str_data(a), str_data(b), str_data(c));
    }
    v_decref(a);
    v_decref(b);
    v_decref(c);
    return res;
}

static int64_t range_len(Value self) {
    int64_t n;
    Value len = as_range(self)->length;
    if (v_is_smallint(len)) return v_as_smallint(len);
    if (int_as_i64(len, &n) < 0) {
        err_clear();
        err_format(&Exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return n;
}

static int range_bool(Value self) { return int_sign(as_range(self)->length) != 0; }

/* start + i * step for an int i already known to be in range. */
static Value range_item(RangeObject *r, Value i) {
    if (v_is_smallint(i) && v_is_smallint(r->start) && v_is_smallint(r->step)) {
        /* |i * step| < |stop - start| here, so this cannot overflow. */
        int64_t s = v_as_smallint(r->start), st = v_as_smallint(r->step), k = v_as_smallint(i);
        if (v_is_smallint(r->stop)) return int_from_i64(s + k * st);
    }
    Value p = int_mul(i, r->step);
    if (v_is_null(p)) return p;
    Value res = int_add(r->start, p);
    v_decref(p);
    return res;
}

/* Converts a slice bound to an int for exact slicing: new reference. */
static Value slice_bound(Value v) {
    if (v_is_smallint(v)) return v;
    if (!ctr_is_index(v))
        return err_format(&Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    return obj_index(v);
}

/* Clamps an index against [lower, upper] after adding length to negatives. */
static Value clamp_bound(Value v, Value length, Value lower, Value upper) {
    Value x = slice_bound(v);
    if (v_is_null(x)) return x;
    if (int_sign(x) < 0) {
        Value y = int_add(x, length);
        v_decref(x);
        if (v_is_null(y)) return y;
        x = y;
        if (int_compare(x, lower) < 0) { v_decref(x); return v_newref(lower); }
    } else if (int_compare(x, upper) > 0) {
        v_decref(x);
        return v_newref(upper);
    }
    return x;
}

/* CPython's _PySlice_GetLongIndices: exact bounds for a sequence of the
 * given length (an int >= 0), without clamping to int64. New references. */
static int slice_long_indices(SliceObject *s, Value length, Value *ostart, Value *ostop, Value *ostep) {
    Value step = v_is_none(s->step) ? int_one() : slice_bound(s->step);
    if (v_is_null(step)) return -1;
    int sign = int_sign(step);
    if (sign == 0) {
        v_decref(step);
        err_format(&Exc_ValueError, "slice step cannot be zero");
        return -1;
    }
    Value lower, upper;
    if (sign < 0) {
        lower = v_from_smallint(-1);
        upper = int_add(length, lower);
    } else {
        lower = v_from_smallint(0);
        upper = v_newref(length);
    }
    if (v_is_null(upper)) { v_decref(step); return -1; }
    Value start = v_is_none(s->start) ? v_newref(sign < 0 ? upper : lower)
                                      : clamp_bound(s->start, length, lower, upper);
    Value stop = V_NULL;
    if (!v_is_null(start))
        stop = v_is_none(s->stop) ? v_newref(sign < 0 ? lower : upper)
                                  : clamp_bound(s->stop, length, lower, upper);
    v_decref(upper);
    if (v_is_null(stop)) {
        v_decref(start);
        v_decref(step);
        return -1;
    }
    *ostart = start;
    *ostop = stop;
    *ostep = step;
    return 0;
}

static Value range_subrange(RangeObject *r, SliceObject *s) {
    Value a, b, c;
    if (slice_long_indices(s, r->length, &a, &b, &c) < 0) return V_NULL;
    Value start = range_item(r, a), stop = V_NULL, step = V_NULL, res = V_NULL;
    if (!v_is_null(start)) stop = range_item(r, b);
    if (!v_is_null(stop)) step = int_mul(r->step, c);
    if (!v_is_null(step)) res = range_make(start, stop, step);
    v_decref(a); v_decref(b); v_decref(c);
    v_decref(start); v_decref(stop); v_decref(step);
    return res;
}

static Value range_getitem(Value self, Value key) {
    RangeObject *r = as_range(self);
    if (v_is_slice(key)) return range_subrange(r, (SliceObject *)v_as_obj(key));
    if (!ctr_is_index(key))
        return err_format(&Exc_TypeError, "range indices must be integers or slices, not %s", v_type_name(key));
    if (v_is_smallint(key) && v_is_smallint(r->length)) {
        int64_t i = v_as_smallint(key), n = v_as_smallint(r->length);
        if (i < 0) i += n;
        if (i < 0 || i >= n) return err_format(&Exc_IndexError, "range object index out of range");
        return range_item(r, v_from_smallint(i));
    }
    Value i = obj_index(key);
    if (v_is_null(i)) return i;
    if (int_sign(i) < 0) {
        Value j = int_add(i, r->length);
        v_decref(i);
        if (v_is_null(j)) return j;
        i = j;
    }
    if (int_sign(i) < 0 || int_compare(i, r->length) >= 0) {
        v_decref(i);
        return err_format(&Exc_IndexError, "range object index out of range");
    }
    Value res = range_item(r, i);
    v_decref(i);
    return res;
}

/* `x in r` for an int x: arithmetic, no iteration. */
static int range_contains_int(RangeObject *r, Value x) {
    if (v_is_bool(x)) x = v_from_smallint(x == V_TRUE);
    if (v_is_smallint(x) && v_is_smallint(r->start) && v_is_smallint(r->stop) && v_is_smallint(r->step)) {
        int64_t k = v_as_smallint(x), lo = v_as_smallint(r->start), hi = v_as_smallint(r->stop),
                st = v_as_smallint(r->step);
        if (st > 0 ? (k < lo || k >= hi) : (k > lo || k <= hi)) return 0;
        return (k - lo) % st == 0;
    }
    if (int_sign(r->step) > 0) {
        if (int_compare(x, r->start) < 0 || int_compare(x, r->stop) >= 0) return 0;
    } else {
        if (int_compare(x, r->start) > 0 || int_compare(x, r->stop) <= 0) return 0;
    }
    Value d = int_sub(x, r->start);
    if (v_is_null(d)) return -1;
    Value m = int_mod(d, r->step);
    v_decref(d);
    if (v_is_null(m)) return -1;
    int res = int_sign(m) == 0;
    v_decref(m);
    return res;
}

static Value range_iter(Value self);

/* Iterates r comparing with x: count (want_index false) or first index. */
static int64_t range_search(Value self, Value x, bool want_index) {
    Value it = range_iter(self);
    if (v_is_null(it)) return -1;
    int64_t count = 0, i = 0;
    for (;; i++) {
        Value v = obj_iternext(it);
        if (v_is_null(v)) break;
        int c = obj_eq(v, x);
        v_decref(v);
        if (c < 0) { v_decref(it); return -1; }
        if (c) {
            if (want_index) { v_decref(it); return i; }
            count++;
        }
    }
    v_decref(it);
    if (err_occurred()) return -1;
    return want_index ? -2 : count;
}

static int range_contains(Value self, Value x) {
    if (v_is_int_or_bool(x)) return range_contains_int(as_range(self), x);
    int64_t r = range_search(self, x, true);
    if (r == -1) return -1;
    return r >= 0;
}

static Value range_richcompare(Value a, Value b, int op) {
    if (!v_is_type(a, &RangeType) || !v_is_type(b, &RangeType) || (op != CMP_EQ && op != CMP_NE))
        return v_newref(V_NOTIMPL);
    RangeObject *x = as_range(a), *y = as_range(b);
    bool eq;
    if (x == y) eq = true;
    else if (int_compare(x->length, y->length) != 0) eq = false;
    else if (int_sign(x->length) == 0) eq = true;
    else if (int_compare(x->start, y->start) != 0) eq = false;
    else if (v_is_smallint(x->length) && v_as_smallint(x->length) == 1) eq = true;
    else eq = int_compare(x->step, y->step) == 0;
    return v_from_bool(eq == (op == CMP_EQ));
}

/* CPython: hash((len, start, step)) with None for what the length makes
 * irrelevant, so equal ranges hash equal. */
static int64_t range_hash(Value self) {
    RangeObject *r = as_range(self);
    Value t[3] = {r->length, V_NONE, V_NONE};
    int sign = int_sign(r->length);
    if (sign != 0) {
        t[1] = r->start;
        if (!(v_is_smallint(r->length) && v_as_smallint(r->length) == 1)) t[2] = r->step;
    }
    return tuple_hash_array(t, 3);
}

/* ---- iterator ----------------------------------------------------------------- */

static bool fits_i64(Value v, int64_t *out) {
    if (v_is_smallint(v)) { *out = v_as_smallint(v); return true; }
    if (int_as_i64(v, out) < 0) { err_clear(); return false; }
    return true;
}

static Value rangeiter_make(Value start, Value step, Value length) {
    RangeIterObject *it = (RangeIterObject *)obj_alloc(&RangeIterType, sizeof(RangeIterObject));
    if (!it) return V_NULL;
    int64_t s, st, n;
    it->big_next = it->big_step = it->big_remaining = V_NULL;
    if (fits_i64(start, &s) && fits_i64(step, &st) && fits_i64(length, &n)) {
        /* Every produced value lies between start and stop; the caller
         * guarantees stop fits too. */
        it->big = false;
        it->next = s;
        it->step = st;
        it->remaining = n;
    } else {
        it->big = true;
        it->next = it->step = it->remaining = 0;
        it->big_next = v_newref(start);
        it->big_step = v_newref(step);
        it->big_remaining = v_newref(length);
    }
    return v_from_obj(it);
}

static Value range_iter(Value self) {
    RangeObject *r = as_range(self);
    int64_t stop;
    if (!fits_i64(r->stop, &stop)) {
        /* Force the generic path: values may leave int64. */
        RangeIterObject *it = (RangeIterObject *)obj_alloc(&RangeIterType, sizeof(RangeIterObject));
        if (!it) return V_NULL;
        it->big = true;
        it->next = it->step = it->remaining = 0;
        it->big_next = v_newref(r->start);
        it->big_step = v_newref(r->step);
        it->big_remaining = v_newref(r->length);
        return v_from_obj(it);
    }
    return rangeiter_make(r->start, r->step, r->length);
}

static Value rangeiter_next(Value self) {
    RangeIterObject *it = (RangeIterObject *)v_as_obj(self);
    if (!it->big) {
        if (it->remaining <= 0) return V_NULL;
        int64_t v = it->next;
        it->remaining--;
        /* Wraps harmlessly past the last item; never read then. */
        it->next = (int64_t)((uint64_t)v + (uint64_t)it->step);
        if (smallint_fits(v)) return v_from_smallint(v);
        return int_from_i64(v);
    }
    if (int_sign(it->big_remaining) <= 0) return V_NULL;
    Value v = it->big_next;
    Value next = int_add(v, it->big_step);
    if (v_is_null(next)) return next;
    Value rem = int_sub(it->big_remaining, int_one());
    if (v_is_null(rem)) { v_decref(next); return rem; }
    it->big_next = next;
    v_setref(&it->big_remaining, rem);
    return v;    /* the reference big_next held */
}

static Value iter_self(Value self) { return v_newref(self); }

static void rangeiter_dealloc(Object *o) {
    RangeIterObject *it = (RangeIterObject *)o;
    v_decref(it->big_next);
    v_decref(it->big_step);
    v_decref(it->big_remaining);
    obj_free(o);
}

static Value rangeiter_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    RangeIterObject *it = (RangeIterObject *)v_as_obj(self);
    if (it->big) return v_newref(it->big_remaining);
    return int_from_i64(it->remaining > 0 ? it->remaining : 0);
}

static const MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject RangeIterType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "range_iterator",
    .basicsize = sizeof(RangeIterObject),
    .dealloc = rangeiter_dealloc,
    .iter = iter_self,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

/* ---- methods and attributes ------------------------------------------------------ */

static Value m_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_one_arg("range.count", nargs, kwnames) < 0) return V_NULL;
    if (v_is_int_or_bool(args[0])) {
        int r = range_contains_int(as_range(self), args[0]);
        return r < 0 ? V_NULL : v_from_smallint(r);
    }
    int64_t n = range_search(self, args[0], false);
    return n < 0 ? V_NULL : int_from_i64(n);
}

static Value m_index(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_one_arg("range.index", nargs, kwnames) < 0) return V_NULL;
    RangeObject *r = as_range(self);
    Value x = args[0];
    if (v_is_int_or_bool(x)) {
        int c = range_contains_int(r, x);
        if (c < 0) return V_NULL;
        if (c) {
            Value d = int_sub(x, r->start);
            if (v_is_null(d)) return d;
            Value q = int_floordiv(d, r->step);
            v_decref(d);
            return q;
        }
    } else {
        int64_t i = range_search(self, x, true);
        if (i == -1) return V_NULL;
        if (i >= 0) return int_from_i64(i);
    }
    Value rep = obj_repr(x);
    if (v_is_null(rep)) return rep;
    err_format(&Exc_ValueError, "%s is not in range", str_data(rep));
    v_decref(rep);
    return V_NULL;
}

/* Iterates from the last item backwards. */
static Value m_reversed(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (ctr_no_kwargs("range.__reversed__", kwnames) < 0 || ctr_check_nargs("range.__reversed__", nargs, 0, 0) < 0)
        return V_NULL;
    RangeObject *r = as_range(self);
    Value last_i = int_sub(r->length, int_one());
    if (v_is_null(last_i)) return last_i;
    Value last = int_sign(r->length) > 0 ? range_item(r, last_i) : v_newref(r->start);
    v_decref(last_i);
    if (v_is_null(last)) return last;
    Value negstep = int_neg(r->step);
    if (v_is_null(negstep)) { v_decref(last); return negstep; }
    int64_t a, b;
    Value it;
    if (fits_i64(last, &a) && fits_i64(r->start, &b)) {
        it = rangeiter_make(last, negstep, r->length);
    } else {
        RangeIterObject *o = (RangeIterObject *)obj_alloc(&RangeIterType, sizeof(RangeIterObject));
        it = V_NULL;
        if (o) {
            o->big = true;
            o->next = o->step = o->remaining = 0;
            o->big_next = v_newref(last);
            o->big_step = v_newref(negstep);
            o->big_remaining = v_newref(r->length);
            it = v_from_obj(o);
        }
    }
    v_decref(last);
    v_decref(negstep);
    return it;
}

static const MethodDef range_methods[] = {
    {"count", m_count, 0, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", m_index, 0, "rangeobject.index(value) -> integer -- return index of value."},
    {"__reversed__", m_reversed, 0, "Return a reverse iterator."},
    {NULL, NULL, 0, NULL},
};

static Value range_get_start(Value self) { return v_newref(as_range(self)->start); }
static Value range_get_stop(Value self) { return v_newref(as_range(self)->stop); }
static Value range_get_step(Value self) { return v_newref(as_range(self)->step); }

static const GetSetDef range_getset[] = {
    {"start", range_get_start, NULL},
    {"stop", range_get_stop, NULL},
    {"step", range_get_step, NULL},
    {NULL, NULL, NULL},
};

static Value range_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    (void)type;
    if (ctr_no_kwargs("range", kwnames) < 0 || ctr_check_nargs("range", nargs, 1, 3) < 0) return V_NULL;
    Value v[3] = {V_NULL, V_NULL, V_NULL};
    for (size_t i = 0; i < nargs; i++) {
        v[i] = obj_index(args[i]);
        if (v_is_null(v[i])) {
            for (size_t j = 0; j < i; j++) v_decref(v[j]);
            return V_NULL;
        }
    }
    Value r;
    if (nargs == 1) r = range_make(v_from_smallint(0), v[0], int_one());
    else r = range_make(v[0], v[1], nargs == 3 ? v[2] : int_one());
    for (size_t j = 0; j < nargs; j++) v_decref(v[j]);
    return r;
}

TypeObject RangeType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "range",
    .basicsize = sizeof(RangeObject),
    .flags = TPFLAG_SEQUENCE,
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .bool_ = range_bool,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter,
    .construct = range_construct,
    .methods = range_methods,
    .getset = range_getset,
};

/* ---- slice ---------------------------------------------------------------------------- */

static GCFreeList slice_freelist;

Value slice_new(Value start, Value stop, Value step) {
    SliceObject *s = (SliceObject *)gc_freelist_alloc(&slice_freelist, &SliceType, sizeof(SliceObject));
    if (!s) return err_nomem();
    s->ob.refcnt = 1;
    s->ob.type = &SliceType;
    s->start = v_newref(start);
    s->stop = v_newref(stop);
    s->step = v_newref(step);
    return v_from_obj(s);
}

/* A bound for PySlice_Unpack: __index__, clamped to int64. */
static int slice_index_clamped(Value v, int64_t *out) {
    if (v_is_smallint(v)) { *out = v_as_smallint(v); return 0; }
    if (!ctr_is_index(v)) {
        err_format(&Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    Value i = obj_index(v);
    if (v_is_null(i)) return -1;
    if (int_as_i64(i, out) < 0) {
        err_clear();
        *out = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    }
    v_decref(i);
    return 0;
}

/* CPython's PySlice_Unpack: bounds before adjusting to a length. */
int ctr_slice_unpack_raw(Value slice, int64_t *start, int64_t *stop, int64_t *step) {
    SliceObject *s = (SliceObject *)v_as_obj(slice);
    if (v_is_none(s->step)) {
        *step = 1;
    } else {
        if (slice_index_clamped(s->step, step) < 0) return -1;
        if (*step == 0) {
            err_format(&Exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        /* Keeps -step representable. */
        if (*step < -INT64_MAX) *step = -INT64_MAX;
    }
    if (v_is_none(s->start)) *start = *step < 0 ? INT64_MAX : 0;
    else if (slice_index_clamped(s->start, start) < 0) return -1;
    if (v_is_none(s->stop)) *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else if (slice_index_clamped(s->stop, stop) < 0) return -1;
    return 0;
}

int64_t slice_unpack(Value slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step) {
    if (ctr_slice_unpack_raw(slice, start, stop, step) < 0) return -1;
    return ctr_slice_adjust(length, start, stop, *step);
}

static void slice_dealloc(Object *o) {
    SliceObject *s = (SliceObject *)o;
    v_decref(s->start);
    v_decref(s->stop);
    v_decref(s->step);
    gc_freelist_free(&slice_freelist, o);
}

static void slice_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    SliceObject *s = (SliceObject *)o;
    visit(s->start, arg);
    visit(s->stop, arg);
    visit(s->step, arg);
}

static Value slice_repr(Value self) {
    SliceObject *s = (SliceObject *)v_as_obj(self);
    Value parts[3] = {s->start, s->stop, s->step}, reps[3] = {V_NULL, V_NULL, V_NULL};
    Value res = V_NULL;
    int i;
    for (i = 0; i < 3; i++) {
        reps[i] = obj_repr(parts[i]);
        if (v_is_null(reps[i])) break;
    }
    if (i == 3) res = str_printf("slice(%s, %s, %s)", str_data(reps[0]), str_data(reps[1]), str_data(reps[2]));
    for (i = 0; i < 3; i++) v_decref(reps[i]);
    return res;
}

/* Slices compare as (start, stop, step) tuples. */
static Value slice_richcompare(Value a, Value b, int op) {
    if (!v_is_slice(a) || !v_is_slice(b)) return v_newref(V_NOTIMPL);
    if (a == b && (op == CMP_EQ || op == CMP_NE)) return v_from_bool(op == CMP_EQ);
    SliceObject *x = (SliceObject *)v_as_obj(a), *y = (SliceObject *)v_as_obj(b);
    Value t1 = tuple_pack(3, x->start, x->stop, x->step);
    if (v_is_null(t1)) return t1;
    Value t2 = tuple_pack(3, y->start, y->stop, y->step);
    if (v_is_null(t2)) { v_decref(t1); return t2; }
    Value r = obj_compare(t1, t2, op);
    v_decref(t1);
    v_decref(t2);
    return r;
}

static Value m_indices(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_one_arg("slice.indices", nargs, kwnames) < 0) return V_NULL;
    Value len = obj_index(args[0]);
    if (v_is_null(len)) return len;
    if (int_sign(len) < 0) {
        v_decref(len);
        return err_format(&Exc_ValueError, "length should not be negative");
    }
    Value a, b, c;
    int r = slice_long_indices((SliceObject *)v_as_obj(self), len, &a, &b, &c);
    v_decref(len);
    if (r < 0) return V_NULL;
    Value items[3] = {a, b, c};
    return tuple_from_array_steal(items, 3);
}

static const MethodDef slice_methods[] = {
    {"indices", m_indices, 0, "S.indices(len) -> (start, stop, stride)"},
    {NULL, NULL, 0, NULL},
};

static Value slice_get_start(Value self) { return v_newref(((SliceObject *)v_as_obj(self))->start); }
static Value slice_get_stop(Value self) { return v_newref(((SliceObject *)v_as_obj(self))->stop); }
static Value slice_get_step(Value self) { return v_newref(((SliceObject *)v_as_obj(self))->step); }

static const GetSetDef slice_getset[] = {
    {"start", slice_get_start, NULL},
    {"stop", slice_get_stop, NULL},
    {"step", slice_get_step, NULL},
    {NULL, NULL, NULL},
};

static Value slice_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    (void)type;
    if (ctr_no_kwargs("slice", kwnames) < 0 || ctr_check_nargs("slice", nargs, 1, 3) < 0) return V_NULL;
    if (nargs == 1) return slice_new(V_NONE, args[0], V_NONE);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : V_NONE);
}

TypeObject SliceType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "slice",
    .basicsize = sizeof(SliceObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .construct = slice_construct,
    .methods = slice_methods,
    .getset = slice_getset,
    .traverse = slice_traverse,
};

/* list.c: the list type, its iterator, and the helpers the container files
 * share (repr recursion guard, index conversion, argument-count checks).
 *
 * Invariant: items[0..size) each own a reference; capacity >= size. Code
 * that may run Python (__eq__, __repr__, __del__) re-reads size and items
 * afterwards, since the list can change under it.
 */
#include "list.h"
#include "runtime.h"
#include "tuple.h"
#include "range.h"
#include "str.h"
#include "int.h"
#include "errors.h"
#include "abstract.h"
#include "gc.h"
#include <inttypes.h>
#include <string.h>

/* ---- helpers shared by tuple.c, dict.c, set.c, range.c ---------------------
 * (declared with extern in each of those files; there is no header for
 * them because the container files are the only users). */

/* Objects whose repr is in progress (CPython's Py_ReprEnter): a container
 * met again while it is being repr'd prints as [...] / {...}. */
static Value *repr_stack;
static int64_t repr_depth, repr_cap;

/* 1: v is already being repr'd; 0: v pushed; -1: MemoryError. */
int ctr_repr_enter(Value v) {
    for (int64_t i = 0; i < repr_depth; i++)
        if (repr_stack[i] == v) return 1;
    if (repr_depth == repr_cap) {
        int64_t ncap = repr_cap ? repr_cap * 2 : 16;
        Value *n = mem_realloc(repr_stack, (size_t)ncap * sizeof(Value));
        if (!n) { err_nomem(); return -1; }
        repr_stack = n;
        repr_cap = ncap;
    }
    repr_stack[repr_depth++] = v;
    return 0;
}

void ctr_repr_leave(Value v) {
    /* Normally the top; search in case an error unwound out of order. */
    for (int64_t i = repr_depth - 1; i >= 0; i--) {
        if (repr_stack[i] == v) {
            memmove(&repr_stack[i], &repr_stack[i + 1],
                    (size_t)(repr_depth - i - 1) * sizeof(Value));
            repr_depth--;
            return;
        }
    }
}

/* Can v be used as a sequence index (has __index__)? */
bool ctr_is_index(Value v) {
    if (v_is_smallint(v) || v_is_bool(v)) return true;
    if (v_is_float(v) || !v_is_ptr(v)) return false;
    return v_is_bigint(v) || v_type(v)->nb_index != NULL;
}

/* Index conversion for subscripts (CPython's PyNumber_AsSsize_t(v,
 * IndexError)): v must satisfy ctr_is_index. */
int ctr_index(Value v, int64_t *out) {
    if (v_is_smallint(v)) { *out = v_as_smallint(v); return 0; }
    if (v_is_bool(v)) { *out = v == V_TRUE; return 0; }
    Value i = obj_index(v);
    if (v_is_null(i)) return -1;
    if (int_as_i64(i, out) < 0) {
        v_decref(i);
        if (err_matches(&Exc_OverflowError)) {
            err_clear();
            err_format(&Exc_IndexError, "cannot fit '%s' into an index-sized integer",
                       v_type_name(v));
        }
        return -1;
    }
    v_decref(i);
    return 0;
}

/* Like ctr_index for repeat counts: OverflowError on huge values. */
int ctr_repeat_count(Value v, int64_t *out) {
    if (ctr_index(v, out) == 0) return 0;
    if (err_matches(&Exc_IndexError)) {
        err_clear();
        err_format(&Exc_OverflowError, "cannot fit '%s' into an index-sized integer",
                   v_type_name(v));
    }
    return -1;
}

/* CPython's _PyEval_SliceIndexNotNone: __index__, clamping big values. */
int ctr_slice_index(Value v, int64_t *out) {
    if (v_is_smallint(v)) { *out = v_as_smallint(v); return 0; }
    if (!ctr_is_index(v)) {
        err_format(&Exc_TypeError, "slice indices must be integers or have an __index__ method");
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

/* _PyArg_CheckPositional's wording: "insert expected 2 arguments, got 1";
 * METH_NOARGS's for a method that takes none: "list.clear() takes no
 * arguments (1 given)" (fname may be qualified: the qualifier is only in
 * that message). */
int ctr_check_nargs(const char *fname, size_t nargs, size_t min, size_t max) {
    if (max == 0 && nargs > 0) {
        err_format(&Exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
        return -1;
    }
    const char *dot = strrchr(fname, '.');
    if (dot) fname = dot + 1;
    if (nargs < min) {
        err_format(&Exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname,
                   min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        err_format(&Exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname,
                   min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int ctr_no_kwargs(const char *fname, Value kwnames) {
    if (!v_is_null(kwnames) && tuple_size(kwnames) > 0) {
        err_format(&Exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

/* METH_O wording: "list.append() takes exactly one argument (0 given)". */
int ctr_one_arg(const char *qualname, size_t nargs, Value kwnames) {
    if (ctr_no_kwargs(qualname, kwnames) < 0) return -1;
    if (nargs != 1) {
        err_format(&Exc_TypeError, "%s() takes exactly one argument (%zu given)", qualname, nargs);
        return -1;
    }
    return 0;
}

/* Defined in range.c: PySlice_Unpack and PySlice_AdjustIndices. */
int ctr_slice_unpack_raw(Value slice, int64_t *start, int64_t *stop, int64_t *step);

/* ---- storage ----------------------------------------------------------------- */

static inline bool is_list(Value v) {
    return v_is_ptr(v) && (v_as_obj(v)->type == &ListType ||
                           (v_as_obj(v)->type->flags & TPFLAG_LIST_SUBCLASS));
}

/* Makes room for newsize items and sets size; slots past the old size are
 * uninitialised. Over-allocates ~1/8 so appends are amortised O(1), and
 * shrinks only when the list falls under half its capacity. */
static int list_resize(ListObject *l, int64_t newsize) {
    if (newsize <= l->capacity && newsize >= (l->capacity >> 1)) {
        l->size = newsize;
        return 0;
    }
    uint64_t cap = ((uint64_t)newsize + ((uint64_t)newsize >> 3) + 6) & ~(uint64_t)3;
    if ((uint64_t)(newsize - l->size) > cap - (uint64_t)newsize)
        cap = ((uint64_t)newsize + 3) & ~(uint64_t)3;
    if (newsize == 0) cap = 0;
    if (cap > (uint64_t)INT64_MAX / sizeof(Value)) { err_nomem(); return -1; }
    Value *items = mem_realloc(l->items, cap ? cap * sizeof(Value) : sizeof(Value));
    if (!items) { err_nomem(); return -1; }
    l->items = items;
    l->capacity = (int64_t)cap;
    l->size = newsize;
    return 0;
}

/* Dead exact lists, GCHead included (gc.h's free lists), one free list
 * per item-array capacity up to LIST_KEEP_CAP, each list keeping its item
 * array: a short list made and dropped in a loop (slices, copies, of
 * varying lengths) costs no malloc/free when a dead list of the capacity
 * asked for is at hand (only an exact fit: the capacity shows in
 * __sizeof__). Longer lists give their array back and wait in bucket 0. */
#define LIST_KEEP_CAP 32
#define LIST_FREE_PER_CAP 16
static GCFreeList list_freelist[LIST_KEEP_CAP + 1];
static uint64_t list_freelist_mask;     /* bit c: list_freelist[c] not empty */

static Value list_alloc(TypeObject *type, int64_t capacity) {
    ListObject *l;
    if (type == &ListType && list_freelist_mask &&
        __builtin_expect(gc_state.count[0] <= gc_state.threshold[0], 1)) {
        /* The reuse path of gc_freelist_alloc: no collection, the body
         * (items, capacity) is the dead list's: the exact capacity's if
         * one is there, else any dead list's object (a new array). */
        int c = (uint64_t)capacity <= LIST_KEEP_CAP && (list_freelist_mask >> capacity & 1)
                ? (int)capacity : __builtin_ctzll(list_freelist_mask);
        GCFreeList *fl = &list_freelist[c];
        l = (ListObject *)gc_freelist_alloc(fl, &ListType, sizeof(ListObject));
        if (!fl->head) list_freelist_mask &= ~((uint64_t)1 << c);
        l->ob.refcnt = 1;
        l->ob.type = &ListType;
        l->size = 0;
        if (capacity == l->capacity) return v_from_obj(l);
        mem_free(l->items);
    } else {
        size_t sz = type->basicsize > sizeof(ListObject) ? type->basicsize : sizeof(ListObject);
        l = (ListObject *)obj_alloc(type, sz);
        if (!l) return V_NULL;
        l->size = 0;
    }
    l->capacity = 0;
    l->items = NULL;
    if (capacity > 0) {
        if ((uint64_t)capacity > (uint64_t)INT64_MAX / sizeof(Value) ||
            !(l->items = mem_alloc((size_t)capacity * sizeof(Value)))) {
            obj_free(&l->ob);
            return err_nomem();
        }
        l->capacity = capacity;
    }
    return v_from_obj(l);
}

Value list_new(int64_t capacity) { return list_alloc(&ListType, capacity); }

Value list_from_array(const Value *items, int64_t n) {
    Value r = list_alloc(&ListType, n);
    if (v_is_null(r)) return r;
    ListObject *l = v_as_list(r);
    Value *dst = l->items;
    for (int64_t i = 0; i < n; i++) dst[i] = v_newref(items[i]);
    l->size = n;
    return r;
}

Value list_from_array_steal(Value *items, int64_t n) {
    Value r = list_alloc(&ListType, n);
    if (v_is_null(r)) {
        for (int64_t i = 0; i < n; i++) v_decref(items[i]);
        return r;
    }
    ListObject *l = v_as_list(r);
    memcpy(l->items, items, (size_t)n * sizeof(Value));
    l->size = n;
    return r;
}

int list_append_steal(Value list, Value item) {
    ListObject *l = v_as_list(list);
    int64_t n = l->size;
    if (n < l->capacity) {
        l->items[n] = item;
        l->size = n + 1;
        return 0;
    }
    if (list_resize(l, n + 1) < 0) { v_decref(item); return -1; }
    l->items[n] = item;
    return 0;
}

int list_append(Value list, Value item) {
    v_incref(item);
    return list_append_steal(list, item);
}

/* Appends everything an iterator yields. */
static int list_extend_iter(Value list, Value it) {
    for (;;) {
        Value x = obj_iternext(it);
        if (v_is_null(x)) return err_occurred() ? -1 : 0;
        if (list_append_steal(list, x) < 0) return -1;
    }
}

int list_extend(Value list, Value iterable) {
    ListObject *l = v_as_list(list);
    if (v_is_list(iterable) || v_is_tuple(iterable)) {
        /* l.extend(l): read the source size before resizing, the source
         * pointer after. */
        int64_t n = v_is_list(iterable) ? list_size(iterable) : tuple_size(iterable);
        int64_t old = l->size;
        if (n == 0) return 0;
        if (list_resize(l, old + n) < 0) return -1;
        const Value *src = v_is_list(iterable) ? list_items(iterable) : tuple_items(iterable);
        for (int64_t i = 0; i < n; i++) l->items[old + i] = v_newref(src[i]);
        return 0;
    }
    Value it = obj_iter(iterable);
    if (v_is_null(it)) return -1;
    /* Room for what the iterable says it holds (CPython asks the iterable,
     * after iter(): list(x) calls x.__iter__ then x.__len__; the rule
     * also makes list(range(2**40)) a MemoryError up front). */
    int64_t hint = obj_length_hint(iterable, 8);
    if (hint < 0) {
        v_decref(it);
        return -1;
    }
    if (hint > 0 && l->size + hint > l->capacity) {
        int64_t old = l->size;
        if (hint > INT64_MAX / (int64_t)sizeof(Value) - old || list_resize(l, old + hint) < 0) {
            if (!err_occurred()) err_nomem();
            v_decref(it);
            return -1;
        }
        l->size = old;
    }
    int r = list_extend_iter(list, it);
    v_decref(it);
    return r;
}

Value list_from_iterable(Value it) {
    if (v_is_list(it)) return list_from_array(list_items(it), list_size(it));
    if (v_is_tuple(it)) return list_from_array(tuple_items(it), tuple_size(it));
    Value r = list_new(0);
    if (v_is_null(r)) return r;
    if (list_extend(r, it) < 0) { v_decref(r); return V_NULL; }
    return r;
}

int list_insert(Value list, int64_t index, Value item) {
    ListObject *l = v_as_list(list);
    int64_t n = l->size;
    if (index < 0) { index += n; if (index < 0) index = 0; }
    if (index > n) index = n;
    if (list_resize(l, n + 1) < 0) return -1;
    memmove(&l->items[index + 1], &l->items[index], (size_t)(n - index) * sizeof(Value));
    l->items[index] = v_newref(item);
    return 0;
}

Value list_pop(Value list, int64_t index) {
    ListObject *l = v_as_list(list);
    int64_t n = l->size;
    if (n == 0) return err_format(&Exc_IndexError, "pop from empty list");
    if (index < 0) index += n;
    if (index < 0 || index >= n) return err_format(&Exc_IndexError, "pop index out of range");
    Value v = l->items[index];
    memmove(&l->items[index], &l->items[index + 1], (size_t)(n - index - 1) * sizeof(Value));
    if (list_resize(l, n - 1) < 0) {
        /* Shrinking cannot really fail, but keep the list consistent. */
        err_clear();
        l->size = n - 1;
    }
    return v;
}

void list_reverse(Value list) {
    ListObject *l = v_as_list(list);
    if (l->size < 2) return;   /* items may be NULL when empty */
    Value *lo = l->items, *hi = l->items + l->size - 1;
    while (lo < hi) {
        Value t = *lo;
        *lo++ = *hi;
        *hi-- = t;
    }
}

static inline int64_t slice_count(int64_t start, int64_t stop, int64_t step) {
    if (step == 1) return start < stop ? stop - start : 0;
    if (step == -1) return stop < start ? start - stop : 0;
    if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
    return stop < start ? (start - stop - 1) / (-step) + 1 : 0;
}

/* start/stop/step already normalised by slice_unpack. */
Value list_slice(Value list, int64_t start, int64_t stop, int64_t step) {
    ListObject *l = v_as_list(list);
    int64_t n = slice_count(start, stop, step);
    if (step == 1) return list_from_array(l->items + start, n);
    Value r = list_new(n);
    if (v_is_null(r)) return r;
    ListObject *d = v_as_list(r);
    Value *dst = d->items;
    const Value *src = l->items + start;
    if (step == -1) {
        for (int64_t i = 0; i < n; i++) dst[i] = v_newref(src[-i]);
    } else {
        for (int64_t i = 0, j = 0; i < n; i++, j += step) dst[i] = v_newref(src[j]);
    }
    d->size = n;
    return r;
}

/* Materialises the right-hand side of a slice assignment into target: a
 * new list, or a new ref to a tuple or to another list, which we can read
 * without it changing (the assignment increfs what it copies before it
 * releases anything, so no user code runs in between). Only target
 * itself (a[:] = a) is copied. */
static Value seq_fast(Value v, Value target, const char *msg) {
    if (v_is_tuple(v)) return v_newref(v);
    if (v_is_list(v)) return v == target ? list_from_array(list_items(v), list_size(v)) : v_newref(v);
    Value it = obj_iter(v);
    if (v_is_null(it)) {
        if (err_matches(&Exc_TypeError)) {
            err_clear();
            err_format(&Exc_TypeError, "%s", msg);
        }
        return V_NULL;
    }
    Value r = list_new(0);
    if (!v_is_null(r) && list_extend_iter(r, it) < 0) { v_decref(r); r = V_NULL; }
    v_decref(it);
    return r;
}

/* Last to first, as CPython releases a list's items (the order __del__
 * methods run in). */
static void decref_array(Value *a, int64_t n) {
    for (int64_t i = n - 1; i >= 0; i--) v_decref(a[i]);
}

/* Replaces l[lo:hi] (0 <= lo <= hi <= size) with src[0..n), increfing. The
 * removed items are released only once the list is consistent again,
 * because their __del__ may look at it. */
static int list_replace_range(ListObject *l, int64_t lo, int64_t hi, const Value *src, int64_t n) {
    int64_t k = hi - lo, size = l->size;
    Value stackbuf[8], *removed = stackbuf;
    if (k > 8 && !(removed = mem_alloc((size_t)k * sizeof(Value)))) { err_nomem(); return -1; }
    memcpy(removed, &l->items[lo], (size_t)k * sizeof(Value));
    int64_t d = n - k;
    if (d < 0) {
        memmove(&l->items[hi + d], &l->items[hi], (size_t)(size - hi) * sizeof(Value));
        if (list_resize(l, size + d) < 0) { err_clear(); l->size = size + d; }
    } else if (d > 0) {
        if (list_resize(l, size + d) < 0) {
            if (removed != stackbuf) mem_free(removed);
            return -1;
        }
        memmove(&l->items[hi + d], &l->items[hi], (size_t)(size - hi) * sizeof(Value));
    }
    for (int64_t i = 0; i < n; i++) l->items[lo + i] = v_newref(src[i]);
    /* Last first, as CPython's list_ass_slice (a __del__ may tell). */
    for (int64_t i = k - 1; i >= 0; i--) v_decref(removed[i]);
    if (removed != stackbuf) mem_free(removed);
    return 0;
}

int list_set_slice(Value list, Value slice, Value items) {
    int64_t start, stop, step;
    if (ctr_slice_unpack_raw(slice, &start, &stop, &step) < 0) return -1;
    return list_set_slice_raw(list, start, stop, step, items);
}

int list_set_slice_raw(Value list, int64_t start, int64_t stop, int64_t step, Value items) {
    ListObject *l = v_as_list(list);
    /* Materialise the right side before fixing indices against the size:
     * iterating it may run code that changes the list. */
    Value seq = V_NULL;
    if (!v_is_null(items)) {
        seq = seq_fast(items, list, step == 1 ? "can only assign an iterable"
                                        : "must assign iterable to extended slice");
        if (v_is_null(seq)) return -1;
    }
    int64_t count = ctr_slice_adjust(l->size, &start, &stop, step);
    int64_t n = 0;
    const Value *src = NULL;
    if (!v_is_null(seq)) {
        n = v_is_tuple(seq) ? tuple_size(seq) : list_size(seq);
        src = v_is_tuple(seq) ? tuple_items(seq) : list_items(seq);
    }
    int r = 0;
    if (step == 1) {
        if (stop < start) stop = start;
        r = list_replace_range(l, start, stop, src, n);
        v_decref(seq);
        return r;
    }
    if (!v_is_null(seq) && n != count) {
        v_decref(seq);
        err_format(&Exc_ValueError, "attempt to assign sequence of size %" PRId64
                   " to extended slice of size %" PRId64, n, count);
        return -1;
    }
    if (count <= 0) { v_decref(seq); return 0; }
    Value *old = mem_alloc((size_t)count * sizeof(Value));
    if (!old) { v_decref(seq); err_nomem(); return -1; }
    if (v_is_null(seq)) {
        /* Deletion: walk with a positive step from the lowest index. */
        if (step < 0) {
            start = start + step * (count - 1);
            step = -step;
        }
        int64_t size = l->size, w = start, nrem = 0;
        for (int64_t i = start; i < size; i++) {
            if (nrem < count && i == start + nrem * step) old[nrem++] = l->items[i];
            else l->items[w++] = l->items[i];
        }
        if (list_resize(l, size - count) < 0) { err_clear(); l->size = size - count; }
    } else {
        for (int64_t i = 0, j = start; i < count; i++, j += step) {
            old[i] = l->items[j];
            l->items[j] = v_newref(src[i]);
        }
    }
    /* First first, as CPython's extended-slice paths (a __del__ may tell). */
    for (int64_t i = 0; i < count; i++) v_decref(old[i]);
    mem_free(old);
    v_decref(seq);
    return r;
}

/* list_set_slice_raw consuming items. When items is a list nobody else
 * holds (refcount 1: the operand a slice expression just built, as in
 * a[:k] = a[k-1::-1]) and the slice has step 1 or -1 and the same length,
 * the items are swapped in instead of increfed and the replaced ones
 * leave with the dying temporary, released in the order list_ass_slice
 * (step 1: last first) or its extended-slice loop (first first) would. */
int list_set_slice_steal(Value list, int64_t start, int64_t stop, int64_t step, Value items) {
    if (v_is_list(items) && items != list && v_as_obj(items)->refcnt == 1 && (step == 1 || step == -1)) {
        ListObject *l = v_as_list(list), *src = v_as_list(items);
        int64_t lo = start, hi = stop;
        int64_t count = ctr_slice_adjust(l->size, &lo, &hi, step);
        if (count == src->size) {
            Value *s = src->items;
            if (step == 1) {
                Value *d = l->items + lo;
                for (int64_t i = 0; i < count; i++) {
                    Value t = d[i];
                    d[i] = s[i];
                    s[i] = t;
                }
            } else {
                /* l[lo - i] = s[i]; the old l[lo - i] must die i-th. */
                Value *d = l->items + lo;
                for (int64_t i = 0, j = count - 1; i < j; i++, j--) {
                    Value t = s[i];
                    s[i] = s[j];
                    s[j] = t;
                }
                /* now s[count-1-i] is the new l[lo - i]; swap in place */
                for (int64_t i = 0; i < count; i++) {
                    Value t = d[-i];
                    d[-i] = s[count - 1 - i];
                    s[count - 1 - i] = t;
                }
            }
            v_decref(items);
            return 0;
        }
    }
    int r = list_set_slice_raw(list, start, stop, step, items);
    v_decref(items);
    return r;
}

/* ---- slots --------------------------------------------------------------------- */

static void list_dealloc(Object *o) {
    ListObject *l = (ListObject *)o;
    decref_array(l->items, l->size);
    if (o->type == &ListType) {
        int c = l->capacity <= LIST_KEEP_CAP ? (int)l->capacity : 0;
        GCFreeList *fl = &list_freelist[c];
        if (fl->n < LIST_FREE_PER_CAP) {
            if (l->capacity > LIST_KEEP_CAP) {
                mem_free(l->items);
                l->items = NULL;
                l->capacity = 0;
            }
            l->size = 0;
            gc_freelist_free(fl, o);
            list_freelist_mask |= (uint64_t)1 << c;
            return;
        }
    }
    mem_free(l->items);
    obj_free(o);
}

static void list_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    ListObject *l = (ListObject *)o;
    for (int64_t i = 0; i < l->size; i++) visit(l->items[i], arg);
}

/* The collector's clear: list.clear() without the argument checks. */
static void list_gc_clear(Object *o) {
    ListObject *l = (ListObject *)o;
    Value *items = l->items;
    int64_t n = l->size;
    l->items = NULL;
    l->size = l->capacity = 0;
    decref_array(items, n);
    mem_free(items);
}

static Value list_repr(Value self) {
    ListObject *l = v_as_list(self);
    if (l->size == 0) return str_from_cstr("[]");
    int r = ctr_repr_enter(self);
    if (r != 0) return r > 0 ? str_from_cstr("[...]") : V_NULL;
    StrBuilder sb;
    sb_init(&sb);
    sb_append_char(&sb, '[');
    for (int64_t i = 0; i < l->size; i++) {
        if (i) sb_append(&sb, ", ", 2);
        Value item = v_newref(l->items[i]);
        Value s = obj_repr(item);
        v_decref(item);
        if (v_is_null(s)) { sb_discard(&sb); ctr_repr_leave(self); return V_NULL; }
        sb_append_str(&sb, s);
        v_decref(s);
    }
    sb_append_char(&sb, ']');
    ctr_repr_leave(self);
    return sb_finish(&sb);
}

static int64_t list_len(Value self) { return v_as_list(self)->size; }

static int list_bool(Value self) { return v_as_list(self)->size != 0; }

static Value list_item_at(Value self, int64_t i) {
    ListObject *l = v_as_list(self);
    if (i < 0) i += l->size;
    if ((uint64_t)i >= (uint64_t)l->size) return err_format(&Exc_IndexError, "list index out of range");
    return v_newref(l->items[i]);
}

static Value list_getitem(Value self, Value key) {
    if (v_is_smallint(key)) return list_item_at(self, v_as_smallint(key));
    if (v_is_slice(key)) {
        int64_t start, stop, step;
        if (slice_unpack(key, list_size(self), &start, &stop, &step) < 0) return V_NULL;
        return list_slice(self, start, stop, step);
    }
    if (ctr_is_index(key)) {
        int64_t i;
        if (ctr_index(key, &i) < 0) return V_NULL;
        return list_item_at(self, i);
    }
    return err_format(&Exc_TypeError, "list indices must be integers or slices, not %s", v_type_name(key));
}

static int list_setitem(Value self, Value key, Value v) {
    int64_t i;
    if (v_is_smallint(key)) {
        i = v_as_smallint(key);
    } else if (v_is_slice(key)) {
        return list_set_slice(self, key, v);
    } else if (ctr_is_index(key)) {
        if (ctr_index(key, &i) < 0) return -1;
    } else {
        err_format(&Exc_TypeError, "list indices must be integers or slices, not %s", v_type_name(key));
        return -1;
    }
    ListObject *l = v_as_list(self);
    if (i < 0) i += l->size;
    if ((uint64_t)i >= (uint64_t)l->size) {
        err_format(&Exc_IndexError, "list assignment index out of range");
        return -1;
    }
    if (v_is_null(v)) {
        return list_replace_range(l, i, i + 1, NULL, 0);
    }
    v_setref(&l->items[i], v_newref(v));
    return 0;
}

static int list_contains(Value self, Value item) {
    ListObject *l = v_as_list(self);
    for (int64_t i = 0; i < l->size; i++) {
        Value x = v_newref(l->items[i]);
        int r = obj_eq(x, item);
        v_decref(x);
        if (r != 0) return r;
    }
    return 0;
}

static Value list_richcompare(Value a, Value b, int op) {
    if (!is_list(a) || !is_list(b)) return v_newref(V_NOTIMPL);
    ListObject *x = v_as_list(a), *y = v_as_list(b);
    if (x->size != y->size && (op == CMP_EQ || op == CMP_NE))
        return v_from_bool(op == CMP_NE);
    int64_t i;
    for (i = 0; i < x->size && i < y->size; i++) {
        Value p = v_newref(x->items[i]), q = v_newref(y->items[i]);
        int k = obj_eq(p, q);
        if (k == 0) {
            if (op == CMP_EQ) { v_decref(p); v_decref(q); return V_FALSE; }
            if (op == CMP_NE) { v_decref(p); v_decref(q); return V_TRUE; }
            Value r = obj_compare(p, q, op);
            v_decref(p);
            v_decref(q);
            return r;
        }
        v_decref(p);
        v_decref(q);
        if (k < 0) return V_NULL;
    }
    int64_t sa = x->size, sb = y->size;
    bool r;
    switch (op) {
    case CMP_LT: r = sa < sb; break;
    case CMP_LE: r = sa <= sb; break;
    case CMP_EQ: r = sa == sb; break;
    case CMP_NE: r = sa != sb; break;
    case CMP_GT: r = sa > sb; break;
    default: r = sa >= sb; break;
    }
    return v_from_bool(r);
}

static Value list_concat(ListObject *a, const Value *items, int64_t n) {
    Value r = list_new(a->size + n);
    if (v_is_null(r)) return r;
    ListObject *d = v_as_list(r);
    for (int64_t i = 0; i < a->size; i++) d->items[i] = v_newref(a->items[i]);
    for (int64_t i = 0; i < n; i++) d->items[a->size + i] = v_newref(items[i]);
    d->size = a->size + n;
    return r;
}

Value list_concat_lists(Value a, Value b) {
    return list_concat(v_as_list(a), list_items(b), list_size(b));
}

/* list + list. For a list and a foreign right operand, a user class's slot
 * (its __radd__) gets its chance here, so that the error can otherwise carry
 * CPython's sequence-specific wording. Builtin right operands never accept
 * a list, so they are not asked. */
static Value list_add(Value a, Value b) {
    if (!is_list(a)) return v_newref(V_NOTIMPL);
    if (is_list(b)) return list_concat(v_as_list(a), list_items(b), list_size(b));
    BinaryFunc other = v_type(b)->nb[NB_ADD];
    if (other && (v_type(b)->flags & TPFLAG_HEAPTYPE) && other != list_add) {
        Value r = other(a, b);
        if (r != V_NOTIMPL) return r;
        v_decref(r);
    }
    return err_format(&Exc_TypeError, "can only concatenate list (not \"%s\") to list", v_type_name(b));
}

static Value list_repeat(Value l, int64_t n) {
    ListObject *a = v_as_list(l);
    if (n <= 0 || a->size == 0) return list_new(0);
    if (a->size > INT64_MAX / n / (int64_t)sizeof(Value)) return err_nomem();
    int64_t total = a->size * n;
    Value r = list_new(total);
    if (v_is_null(r)) return r;
    ListObject *d = v_as_list(r);
    for (int64_t i = 0; i < total; i++) d->items[i] = v_newref(a->items[i % a->size]);
    d->size = total;
    return r;
}

/* Shared between list and tuple: seq * n and n * seq. repeat is the
 * sequence's repeat; is_seq recognises the sequence type. */
Value ctr_seq_multiply(Value a, Value b, bool (*is_seq)(Value), Value (*repeat)(Value, int64_t),
                       BinaryFunc self_slot) {
    Value seq, count;
    if (is_seq(a)) { seq = a; count = b; }
    else if (is_seq(b)) {
        /* Left operand is not ours: it had its turn (or this is another
         * sequence's fallback asking for our __rmul__). */
        if (!ctr_is_index(a)) return v_newref(V_NOTIMPL);
        seq = b; count = a;
    } else {
        return v_newref(V_NOTIMPL);
    }
    if (!ctr_is_index(count)) {
        BinaryFunc other = v_type(count)->nb[NB_MULTIPLY];
        if (other && (v_type(count)->flags & TPFLAG_HEAPTYPE) && other != self_slot) {
            Value r = other(a, b);
            if (r != V_NOTIMPL) return r;
            v_decref(r);
        }
        return err_format(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                          v_type_name(count));
    }
    int64_t n;
    if (ctr_repeat_count(count, &n) < 0) return V_NULL;
    return repeat(seq, n);
}

static bool is_list_pred(Value v) { return is_list(v); }

static Value list_mul(Value a, Value b) {
    return ctr_seq_multiply(a, b, is_list_pred, list_repeat, list_mul);
}

static Value list_iadd(Value a, Value b) {
    if (!is_list(a)) return v_newref(V_NOTIMPL);
    if (list_extend(a, b) < 0) return V_NULL;
    return v_newref(a);
}

static Value list_imul(Value a, Value b) {
    if (!is_list(a)) return v_newref(V_NOTIMPL);
    if (!ctr_is_index(b)) {
        BinaryFunc other = v_type(b)->nb[NB_MULTIPLY];
        if (other && (v_type(b)->flags & TPFLAG_HEAPTYPE) && other != list_mul) {
            Value r = other(a, b);
            if (r != V_NOTIMPL) return r;
            v_decref(r);
        }
        return err_format(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                          v_type_name(b));
    }
    int64_t n;
    if (ctr_repeat_count(b, &n) < 0) return V_NULL;
    ListObject *l = v_as_list(a);
    int64_t size = l->size;
    if (n <= 0 || size == 0) {
        Value *items = l->items;
        l->items = NULL;
        l->size = l->capacity = 0;
        decref_array(items, size);
        mem_free(items);
        return v_newref(a);
    }
    if (n == 1) return v_newref(a);
    if (size > INT64_MAX / n / (int64_t)sizeof(Value)) return err_nomem();
    if (list_resize(l, size * n) < 0) return V_NULL;
    for (int64_t i = size; i < size * n; i++) l->items[i] = v_newref(l->items[i - size]);
    return v_newref(a);
}

/* ---- iterator ------------------------------------------------------------------- */

static GCFreeList listiter_freelist;

static Value list_iter(Value self) {
    ListIterObject *it =
        (ListIterObject *)gc_freelist_alloc(&listiter_freelist, &ListIterType, sizeof(ListIterObject));
    if (!it) return err_nomem();
    it->ob.refcnt = 1;
    it->ob.type = &ListIterType;
    it->list = v_newref(self);
    it->index = 0;
    return v_from_obj(it);
}

static Value listiter_next(Value self) {
    ListIterObject *it = (ListIterObject *)v_as_obj(self);
    if (v_is_null(it->list)) return V_NULL;
    ListObject *l = v_as_list(it->list);
    if (it->index < l->size) return v_newref(l->items[it->index++]);
    v_clear(&it->list);
    return V_NULL;
}

static Value iter_self(Value self) { return v_newref(self); }

static void listiter_dealloc(Object *o) {
    v_decref(((ListIterObject *)o)->list);
    gc_freelist_free(&listiter_freelist, o);
}

static void listiter_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    visit(((ListIterObject *)o)->list, arg);
}

static Value listiter_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    ListIterObject *it = (ListIterObject *)v_as_obj(self);
    int64_t n = 0;
    if (!v_is_null(it->list) && it->index < list_size(it->list)) n = list_size(it->list) - it->index;
    return int_from_i64(n);
}

static const MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject ListIterType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "list_iterator",
    .basicsize = sizeof(ListIterObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = listiter_dealloc,
    .iter = iter_self,
    .iternext = listiter_next,
    .methods = listiter_methods,
    .traverse = listiter_traverse,
};

/* ---- methods ---------------------------------------------------------------------- */

static Value m_append(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_one_arg("list.append", nargs, kwnames) < 0) return V_NULL;
    if (list_append(self, args[0]) < 0) return V_NULL;
    return V_NONE;
}

static Value m_extend(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_one_arg("list.extend", nargs, kwnames) < 0) return V_NULL;
    if (list_extend(self, args[0]) < 0) return V_NULL;
    return V_NONE;
}

/* Ssize_t-style argument: __index__, OverflowError when it does not fit. */
static int ssize_arg(Value v, int64_t *out) {
    if (v_is_smallint(v)) { *out = v_as_smallint(v); return 0; }
    if (!ctr_is_index(v)) {
        err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", v_type_name(v));
        return -1;
    }
    Value i = obj_index(v);
    if (v_is_null(i)) return -1;
    int r = int_as_i64(i, out);
    v_decref(i);
    if (r < 0 && err_matches(&Exc_OverflowError)) {
        err_clear();
        err_format(&Exc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return r;
}

static Value m_insert(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_no_kwargs("list.insert", kwnames) < 0 || ctr_check_nargs("list.insert", nargs, 2, 2) < 0) return V_NULL;
    int64_t i;
    if (ssize_arg(args[0], &i) < 0) return V_NULL;
    if (list_insert(self, i, args[1]) < 0) return V_NULL;
    return V_NONE;
}

static Value m_pop(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_no_kwargs("list.pop", kwnames) < 0 || ctr_check_nargs("list.pop", nargs, 0, 1) < 0) return V_NULL;
    int64_t i = -1;
    if (nargs && ssize_arg(args[0], &i) < 0) return V_NULL;
    return list_pop(self, i);
}

/* Finds x in l[start:stop] (bounds as list.index takes them). -1 error,
 * -2 absent. */
static int64_t list_find(Value self, Value x, int64_t start, int64_t stop) {
    ListObject *l = v_as_list(self);
    if (start < 0) { start += l->size; if (start < 0) start = 0; }
    if (stop < 0) { stop += l->size; if (stop < 0) stop = 0; }
    for (int64_t i = start; i < stop && i < l->size; i++) {
        Value item = v_newref(l->items[i]);
        int r = obj_eq(item, x);
        v_decref(item);
        if (r < 0) return -1;
        if (r) return i;
    }
    return -2;
}

static Value m_remove(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_one_arg("list.remove", nargs, kwnames) < 0) return V_NULL;
    int64_t i = list_find(self, args[0], 0, INT64_MAX);
    if (i == -1) return V_NULL;
    if (i == -2) return err_format(&Exc_ValueError, "list.remove(x): x not in list");
    if (list_replace_range(v_as_list(self), i, i + 1, NULL, 0) < 0) return V_NULL;
    return V_NONE;
}

static Value m_index(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_no_kwargs("list.index", kwnames) < 0 || ctr_check_nargs("list.index", nargs, 1, 3) < 0) return V_NULL;
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 1 && ctr_slice_index(args[1], &start) < 0) return V_NULL;
    if (nargs > 2 && ctr_slice_index(args[2], &stop) < 0) return V_NULL;
    int64_t i = list_find(self, args[0], start, stop);
    if (i == -1) return V_NULL;
    if (i == -2) {
        Value r = obj_repr(args[0]);
        if (v_is_null(r)) return r;
        err_format(&Exc_ValueError, "%s is not in list", str_data(r));
        v_decref(r);
        return V_NULL;
    }
    return int_from_i64(i);
}

static Value m_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_one_arg("list.count", nargs, kwnames) < 0) return V_NULL;
    ListObject *l = v_as_list(self);
    int64_t n = 0;
    for (int64_t i = 0; i < l->size; i++) {
        Value item = v_newref(l->items[i]);
        int r = obj_eq(item, args[0]);
        v_decref(item);
        if (r < 0) return V_NULL;
        n += r;
    }
    return int_from_i64(n);
}

static Value m_reverse(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (ctr_no_kwargs("list.reverse", kwnames) < 0 || ctr_check_nargs("list.reverse", nargs, 0, 0) < 0) return V_NULL;
    list_reverse(self);
    return V_NONE;
}

static Value m_sort(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (nargs) return err_format(&Exc_TypeError, "sort() takes no positional arguments");
    Value key = V_NULL;
    int64_t reverse = 0;
    if (!v_is_null(kwnames)) {
        int64_t nkw = tuple_size(kwnames);
        if (nkw > 2)
            return err_format(&Exc_TypeError, "sort() takes at most 2 keyword arguments (%" PRId64 " given)", nkw);
        for (int64_t i = 0; i < nkw; i++) {
            Value name = tuple_items(kwnames)[i];
            if (str_eq_cstr(name, "key")) key = args[i];
            else if (str_eq_cstr(name, "reverse")) {
                if (ssize_arg(args[i], &reverse) < 0) return V_NULL;
            } else {
                return err_format(&Exc_TypeError, "sort() got an unexpected keyword argument '%s'", str_data(name));
            }
        }
    }
    if (key == V_NONE) key = V_NULL;
    if (list_sort(self, key, reverse != 0) < 0) return V_NULL;
    return V_NONE;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (ctr_no_kwargs("list.copy", kwnames) < 0 || ctr_check_nargs("list.copy", nargs, 0, 0) < 0) return V_NULL;
    return list_from_array(list_items(self), list_size(self));
}

static Value m_reversed(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (ctr_no_kwargs("list.__reversed__", kwnames) < 0 || ctr_check_nargs("list.__reversed__", nargs, 0, 0) < 0)
        return V_NULL;
    return list_reversed_iter(self);
}

static Value m_clear(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (ctr_no_kwargs("list.clear", kwnames) < 0 || ctr_check_nargs("list.clear", nargs, 0, 0) < 0) return V_NULL;
    ListObject *l = v_as_list(self);
    Value *items = l->items;
    int64_t n = l->size;
    l->items = NULL;
    l->size = l->capacity = 0;
    decref_array(items, n);
    mem_free(items);
    return V_NONE;
}

static const MethodDef list_methods[] = {
    {"append", m_append, 0, "Append object to the end of the list."},
    {"extend", m_extend, 0, "Extend list by appending elements from the iterable."},
    {"insert", m_insert, 0, "Insert object before index."},
    {"pop", m_pop, 0, "Remove and return item at index (default last)."},
    {"remove", m_remove, 0, "Remove first occurrence of value."},
    {"index", m_index, 0, "Return first index of value."},
    {"count", m_count, 0, "Return number of occurrences of value."},
    {"reverse", m_reverse, 0, "Reverse *IN PLACE*."},
    {"sort", m_sort, 0, "Sort the list in ascending order and return None."},
    {"copy", m_copy, 0, "Return a shallow copy of the list."},
    {"clear", m_clear, 0, "Remove all items from list."},
    {"__reversed__", m_reversed, 0, "Return a reverse iterator over the list."},
    {NULL, NULL, 0, NULL},
};

static Value list_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_no_kwargs("list", kwnames) < 0 || ctr_check_nargs("list", nargs, 0, 1) < 0) return V_NULL;
    Value r = list_alloc(type, 0);
    if (v_is_null(r) || nargs == 0) return r;
    if (list_extend(r, args[0]) < 0) { v_decref(r); return V_NULL; }
    return r;
}

TypeObject ListType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "list",
    .basicsize = sizeof(ListObject),
    .flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_LIST_SUBCLASS | TPFLAG_SEQUENCE,
    .dealloc = list_dealloc,
    .repr = list_repr,
    .richcompare = list_richcompare,
    .bool_ = list_bool,
    .len = list_len,
    .nb = {[NB_ADD] = list_add, [NB_MULTIPLY] = list_mul},
    .nb_inplace = {[NB_ADD] = list_iadd, [NB_MULTIPLY] = list_imul},
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .iter = list_iter,
    .construct = list_construct,
    .methods = list_methods,
    .traverse = list_traverse,
    .clear = list_gc_clear,
};

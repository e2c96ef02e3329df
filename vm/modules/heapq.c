/* heapq.c: the heapq module in C. The sift algorithms are CPython's
 * (_heapqmodule.c: siftup walks to a leaf then sifts back down), so heaps
 * built by the same operations hold their items in the same order and
 * print identically.
 *
 * nsmallest/nlargest return what CPython documents them to equal,
 * sorted(iterable, key=key)[:n] (reverse=True for nlargest): the sort is
 * stable, which matches CPython's tie-breaking by input order. merge picks
 * the least head with ties going to the earlier iterable, as CPython's
 * heap of (value, order) entries does. */
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../int.h"
#include "../list.h"

/* a < b (max: b < a): 0/1, -1 on error. Small ints and floats inline. */
static inline int heap_lt(Value a, Value b, bool max) {
    if (max) { Value t = a; a = b; b = t; }
    if (v_is_smallint(a) && v_is_smallint(b)) return v_as_smallint(a) < v_as_smallint(b);
    if (v_is_float(a) && v_is_float(b)) return v_as_float(a) < v_as_float(b);
    return obj_compare_bool(a, b, CMP_LT);
}

static int size_changed(void) {
    err_format(&Exc_RuntimeError, "list changed size during iteration");
    return -1;
}

/* Follow the path to the root, moving parents down until finding a place
 * newitem fits. */
static int siftdown(Value heap, int64_t startpos, int64_t pos, bool max) {
    int64_t size = list_size(heap);
    while (pos > startpos) {
        int64_t parentpos = (pos - 1) >> 1;
        Value newitem = v_newref(list_items(heap)[pos]);
        Value parent = v_newref(list_items(heap)[parentpos]);
        int cmp = heap_lt(newitem, parent, max);
        v_decref(newitem);
        v_decref(parent);
        if (cmp < 0) return -1;
        if (size != list_size(heap)) return size_changed();
        if (cmp == 0) break;
        Value *items = list_items(heap);
        Value t = items[parentpos];
        items[parentpos] = items[pos];
        items[pos] = t;
        pos = parentpos;
    }
    return 0;
}

static int siftup(Value heap, int64_t pos, bool max) {
    int64_t endpos = list_size(heap);
    int64_t startpos = pos;
    int64_t limit = endpos >> 1;
    /* Bubble up the smaller child until hitting a leaf. */
    while (pos < limit) {
        int64_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            Value a = v_newref(list_items(heap)[childpos]);
            Value b = v_newref(list_items(heap)[childpos + 1]);
            int cmp = heap_lt(a, b, max);
            v_decref(a);
            v_decref(b);
            if (cmp < 0) return -1;
            childpos += cmp ^ 1;
            if (endpos != list_size(heap)) return size_changed();
        }
        Value *items = list_items(heap);
        Value t = items[childpos];
        items[childpos] = items[pos];
        items[pos] = t;
        pos = childpos;
    }
    /* Bubble it up to its final resting place (by sifting its parents down). */
    return siftdown(heap, startpos, pos, max);
}

static int check_list(const char *fname, Value heap, bool argument_n) {
    if (v_is_list(heap) || (v_type(heap)->flags & TPFLAG_LIST_SUBCLASS)) return 0;
    if (argument_n)
        err_format(&Exc_TypeError, "%s() argument 1 must be list, not %s", fname, v_type_name(heap));
    else
        err_format(&Exc_TypeError, "%s() argument must be list, not %s", fname, v_type_name(heap));
    return -1;
}

static Value hq_heappush(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("heappush", nargs, kwnames, 2, 2) < 0) return V_NULL;
    Value heap = args[0];
    if (check_list("heappush", heap, true) < 0) return V_NULL;
    if (list_append(heap, args[1]) < 0) return V_NULL;
    if (siftdown(heap, 0, list_size(heap) - 1, false) < 0) return V_NULL;
    return V_NONE;
}

static Value heappop_impl(const char *fname, const Value *args, size_t nargs, Value kwnames, bool max) {
    if (mod_positional(fname, nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value heap = args[0];
    if (check_list(fname, heap, false) < 0) return V_NULL;
    int64_t n = list_size(heap);
    if (n == 0) return err_format(&Exc_IndexError, "index out of range");
    ListObject *l = v_as_list(heap);
    Value last = l->items[--l->size];
    if (l->size == 0) return last;
    Value ret = l->items[0];
    l->items[0] = last;
    if (siftup(heap, 0, max) < 0) { v_decref(ret); return V_NULL; }
    return ret;
}

static Value hq_heappop(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return heappop_impl("heappop", args, nargs, kwnames, false);
}

static Value hq_heappop_max(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return heappop_impl("_heappop_max", args, nargs, kwnames, true);
}

static Value heapreplace_impl(const char *fname, const Value *args, size_t nargs, Value kwnames, bool max) {
    if (mod_positional(fname, nargs, kwnames, 2, 2) < 0) return V_NULL;
    Value heap = args[0];
    if (check_list(fname, heap, true) < 0) return V_NULL;
    if (list_size(heap) == 0) return err_format(&Exc_IndexError, "index out of range");
    Value ret = list_items(heap)[0];
    list_items(heap)[0] = v_newref(args[1]);
    if (siftup(heap, 0, max) < 0) { v_decref(ret); return V_NULL; }
    return ret;
}

static Value hq_heapreplace(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return heapreplace_impl("heapreplace", args, nargs, kwnames, false);
}

static Value hq_heapreplace_max(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return heapreplace_impl("_heapreplace_max", args, nargs, kwnames, true);
}

static Value hq_heappushpop(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("heappushpop", nargs, kwnames, 2, 2) < 0) return V_NULL;
    Value heap = args[0], item = args[1];
    if (check_list("heappushpop", heap, true) < 0) return V_NULL;
    if (list_size(heap) == 0) return v_newref(item);
    Value top = v_newref(list_items(heap)[0]);
    int cmp = heap_lt(top, item, false);
    v_decref(top);
    if (cmp < 0) return V_NULL;
    if (cmp == 0) return v_newref(item);
    if (list_size(heap) == 0) return err_format(&Exc_IndexError, "index out of range");
    Value ret = list_items(heap)[0];
    list_items(heap)[0] = v_newref(item);
    if (siftup(heap, 0, false) < 0) { v_decref(ret); return V_NULL; }
    return ret;
}

static Value heapify_impl(const char *fname, const Value *args, size_t nargs, Value kwnames, bool max) {
    if (mod_positional(fname, nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value heap = args[0];
    if (check_list(fname, heap, false) < 0) return V_NULL;
    /* Sifting subtrees in any children-before-parents order gives the same
     * heap; this is the textbook order. */
    for (int64_t i = list_size(heap) / 2 - 1; i >= 0; i--)
        if (siftup(heap, i, max) < 0) return V_NULL;
    return V_NONE;
}

static Value hq_heapify(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return heapify_impl("heapify", args, nargs, kwnames, false);
}

static Value hq_heapify_max(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return heapify_impl("_heapify_max", args, nargs, kwnames, true);
}

/* ---- nsmallest / nlargest ------------------------------------------------------------- */

static Value n_best(const char *fname, const Value *args, size_t nargs, Value kwnames, bool largest) {
    static const char *const names[] = {"n", "iterable", "key"};
    Value a[3];
    if (args_parse(fname, args, nargs, kwnames, names, 3, 3, 2, a) < 0) return V_NULL;
    int64_t n;
    if (obj_as_index_i64(a[0], &n) < 0) return V_NULL;
    Value key = (v_is_null(a[2]) || a[2] == V_NONE) ? V_NULL : a[2];
    Value l = list_from_iterable(a[1]);
    if (v_is_null(l)) return V_NULL;
    if (n <= 0) {
        v_decref(l);
        return list_new(0);
    }
    if (list_sort(l, key, largest) < 0) { v_decref(l); return V_NULL; }
    if (n >= list_size(l)) return l;
    Value r = list_slice(l, 0, n, 1);
    v_decref(l);
    return r;
}

static Value hq_nsmallest(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return n_best("nsmallest", args, nargs, kwnames, false);
}

static Value hq_nlargest(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return n_best("nlargest", args, nargs, kwnames, true);
}

/* ---- merge --------------------------------------------------------------------------------- */

typedef struct {
    Object ob;
    int64_t n;             /* iterators */
    Value *iters;          /* V_NULL once exhausted */
    Value *heads;          /* current value of each live iterator */
    Value *keys;           /* key(head), or the head itself when key is None */
    Value key;             /* V_NONE: none */
    bool reverse;
    bool started;
} MergeObject;

static TypeObject MergeType;

static void merge_dealloc(Object *o) {
    MergeObject *m = (MergeObject *)o;
    for (int64_t i = 0; i < m->n; i++) {
        v_decref(m->iters[i]);
        v_decref(m->heads[i]);
        v_decref(m->keys[i]);
    }
    mem_free(m->iters);
    v_decref(m->key);
    obj_free(o);
}

/* Pulls the next head of iterator i: 0 ok, 0 with iters[i] cleared when
 * exhausted, -1 on error. */
static int merge_advance(MergeObject *m, int64_t i) {
    v_clear(&m->heads[i]);
    v_clear(&m->keys[i]);
    Value v = obj_iternext(m->iters[i]);
    if (v_is_null(v)) {
        v_clear(&m->iters[i]);
        return err_occurred() ? -1 : 0;
    }
    Value k;
    if (m->key == V_NONE) {
        k = v_newref(v);
    } else {
        k = obj_call1(m->key, v);
        if (v_is_null(k)) { v_decref(v); return -1; }
    }
    m->heads[i] = v;
    m->keys[i] = k;
    return 0;
}

static Value merge_next(Value self) {
    MergeObject *m = (MergeObject *)v_as_obj(self);
    if (!m->started) {
        m->started = true;
        for (int64_t i = 0; i < m->n; i++)
            if (merge_advance(m, i) < 0) return V_NULL;
    }
    int64_t best = -1;
    for (int64_t i = 0; i < m->n; i++) {
        if (v_is_null(m->iters[i])) continue;
        if (best < 0) { best = i; continue; }
        /* Strictly better only: ties stay with the earlier iterable. */
        int lt = heap_lt(m->keys[i], m->keys[best], m->reverse);
        if (lt < 0) return V_NULL;
        if (lt) best = i;
    }
    if (best < 0) return V_NULL;
    Value r = v_newref(m->heads[best]);
    if (merge_advance(m, best) < 0) { v_decref(r); return V_NULL; }
    return r;
}

static Value merge_iter(Value self) { return v_newref(self); }

static TypeObject MergeType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "generator",
    .basicsize = sizeof(MergeObject),
    .dealloc = merge_dealloc,
    .iter = merge_iter,
    .iternext = merge_next,
};

static Value hq_merge(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    Value key = V_NONE;
    bool reverse = false;
    size_t nkw = v_is_null(kwnames) ? 0 : (size_t)tuple_size(kwnames);
    for (size_t i = 0; i < nkw; i++) {
        Value k = tuple_items(kwnames)[i];
        Value v = args[nargs + i];
        if (str_eq_cstr(k, "key")) {
            key = v;
        } else if (str_eq_cstr(k, "reverse")) {
            int t = obj_truthy(v);
            if (t < 0) return V_NULL;
            reverse = t;
        } else {
            return err_format(&Exc_TypeError, "merge() got an unexpected keyword argument '%s'", str_data(k));
        }
    }
    size_t n = nargs ? nargs : 1;
    Value *arrays = mem_alloc(3 * n * sizeof(Value));
    if (!arrays) return err_nomem();
    for (size_t i = 0; i < 3 * n; i++) arrays[i] = V_NULL;
    MergeObject *m = (MergeObject *)obj_alloc(&MergeType, sizeof *m);
    if (!m) { mem_free(arrays); return V_NULL; }
    m->n = 0;
    m->iters = arrays;
    m->heads = arrays + n;
    m->keys = arrays + 2 * n;
    m->key = v_newref(key);
    m->reverse = reverse;
    m->started = false;
    Value r = v_from_obj(m);
    for (size_t i = 0; i < nargs; i++) {
        Value it = obj_iter(args[i]);
        if (v_is_null(it)) { v_decref(r); return V_NULL; }
        m->iters[i] = it;
        m->n = (int64_t)i + 1;
    }
    return r;
}

static const MethodDef heapq_functions[] = {
    {"heappush", hq_heappush, 0, "Push item onto heap, maintaining the heap invariant."},
    {"heappop", hq_heappop, 0, "Pop the smallest item off the heap, maintaining the heap invariant."},
    {"heapreplace", hq_heapreplace, 0, "Pop and return the current smallest value, and add the new item."},
    {"heappushpop", hq_heappushpop, 0, "Push item on the heap, then pop and return the smallest item from the heap."},
    {"heapify", hq_heapify, 0, "Transform list into a heap, in-place, in O(len(heap)) time."},
    {"_heappop_max", hq_heappop_max, 0, NULL},
    {"_heapreplace_max", hq_heapreplace_max, 0, NULL},
    {"_heapify_max", hq_heapify_max, 0, NULL},
    {"nsmallest", hq_nsmallest, 0, "Find the n smallest elements in a dataset."},
    {"nlargest", hq_nlargest, 0, "Find the n largest elements in a dataset."},
    {"merge", hq_merge, 0, "Merge multiple sorted inputs into a single sorted output."},
    {NULL, NULL, 0, NULL},
};

Value module_init_heapq(void) {
    if (type_ready(&MergeType) < 0) return V_NULL;
    Value m = mod_create("heapq", heapq_functions);
    if (v_is_null(m)) return V_NULL;
    Value all = tuple_new(8);
    static const char *const public[] = {"heappush", "heappop", "heapify", "heapreplace", "merge",
                                         "nlargest", "nsmallest", "heappushpop"};
    if (v_is_null(all)) { v_decref(m); return V_NULL; }
    for (int i = 0; i < 8; i++) tuple_items(all)[i] = v_newref(str_intern_cstr(public[i]));
    Value l = list_from_array(tuple_items(all), 8);
    v_decref(all);
    if (v_is_null(l) || dict_set_cstr(module_dict(m), "__all__", l) < 0) {
        v_decref(l);
        v_decref(m);
        return V_NULL;
    }
    v_decref(l);
    return m;
}

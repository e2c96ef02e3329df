/* bisect.c: the bisect module in C (CPython's _bisect semantics: lo/hi
 * bounds, key= since 3.10, list items read afresh at every probe so a key
 * function that mutates the list gets an IndexError, not a crash). */
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../int.h"
#include "../list.h"

static const char *const bisect_names[] = {"a", "x", "lo", "hi", "key"};

typedef struct {
    Value a, x, key;       /* key: V_NULL for none */
    int64_t lo, hi;
} BisectArgs;

static int parse(const char *fname, const Value *args, size_t nargs, Value kwnames, BisectArgs *out) {
    Value v[5];
    if (args_parse(fname, args, nargs, kwnames, bisect_names, 5, 4, 2, v) < 0) return -1;
    out->a = v[0];
    out->x = v[1];
    out->key = (v_is_null(v[4]) || v[4] == V_NONE) ? V_NULL : v[4];
    out->lo = 0;
    if (!v_is_null(v[2]) && obj_as_index_i64(v[2], &out->lo) < 0) return -1;
    if (out->lo < 0) {
        err_format(&Exc_ValueError, "lo must be non-negative");
        return -1;
    }
    out->hi = -1;
    if (!v_is_null(v[3]) && v[3] != V_NONE && obj_as_index_i64(v[3], &out->hi) < 0) return -1;
    if (out->hi == -1) {
        int64_t n = obj_len(out->a);
        if (n < 0) return -1;
        out->hi = n;
    }
    return 0;
}

/* a[mid], through key if any. New reference. */
static Value probe(const BisectArgs *b, int64_t mid) {
    Value item;
    if (v_is_list(b->a)) {
        if (mid >= list_size(b->a)) return err_format(&Exc_IndexError, "list index out of range");
        item = v_newref(list_items(b->a)[mid]);
    } else {
        Value idx = int_from_i64(mid);
        if (v_is_null(idx)) return V_NULL;
        item = obj_getitem(b->a, idx);
        v_decref(idx);
        if (v_is_null(item)) return V_NULL;
    }
    if (v_is_null(b->key)) return item;
    Value k = obj_call1(b->key, item);
    v_decref(item);
    return k;
}

static inline int less(Value a, Value b) {
    if (v_is_smallint(a) && v_is_smallint(b)) return v_as_smallint(a) < v_as_smallint(b);
    if (v_is_float(a) && v_is_float(b)) return v_as_float(a) < v_as_float(b);
    return obj_compare_bool(a, b, CMP_LT);
}

/* The insertion point for x in a[lo:hi]: right of equal items if right.
 * -1 on error. */
static int64_t search(const BisectArgs *b, Value x, bool right) {
    int64_t lo = b->lo, hi = b->hi;
    while (lo < hi) {
        int64_t mid = (int64_t)(((uint64_t)lo + (uint64_t)hi) / 2);
        Value item = probe(b, mid);
        if (v_is_null(item)) return -1;
        int r = right ? less(x, item) : less(item, x);
        v_decref(item);
        if (r < 0) return -1;
        if (right) {
            if (r) hi = mid;
            else lo = mid + 1;
        } else {
            if (r) lo = mid + 1;
            else hi = mid;
        }
    }
    return lo;
}

static Value bisect_impl(const char *fname, const Value *args, size_t nargs, Value kwnames, bool right) {
    BisectArgs b;
    if (parse(fname, args, nargs, kwnames, &b) < 0) return V_NULL;
    int64_t i = search(&b, b.x, right);
    return i < 0 ? V_NULL : int_from_i64(i);
}

static Value insort_impl(const char *fname, const Value *args, size_t nargs, Value kwnames, bool right) {
    BisectArgs b;
    if (parse(fname, args, nargs, kwnames, &b) < 0) return V_NULL;
    int64_t i;
    if (v_is_null(b.key)) {
        i = search(&b, b.x, right);
    } else {
        Value kx = obj_call1(b.key, b.x);
        if (v_is_null(kx)) return V_NULL;
        i = search(&b, kx, right);
        v_decref(kx);
    }
    if (i < 0) return V_NULL;
    if (v_is_list(b.a)) {
        if (list_insert(b.a, i, b.x) < 0) return V_NULL;
        return V_NONE;
    }
    Value idx = int_from_i64(i);
    if (v_is_null(idx)) return V_NULL;
    Value margs[2] = {idx, b.x};
    Value r = obj_call_method(b.a, "insert", margs, 2);
    v_decref(idx);
    if (v_is_null(r)) return V_NULL;
    v_decref(r);
    return V_NONE;
}

static Value bi_bisect_right(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return bisect_impl("bisect_right", args, nargs, kwnames, true);
}

static Value bi_bisect_left(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return bisect_impl("bisect_left", args, nargs, kwnames, false);
}

static Value bi_insort_right(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return insort_impl("insort_right", args, nargs, kwnames, true);
}

static Value bi_insort_left(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return insort_impl("insort_left", args, nargs, kwnames, false);
}

static const MethodDef bisect_functions[] = {
    {"bisect_right", bi_bisect_right, 0, "Return the index where to insert item x in list a, assuming a is sorted."},
    {"bisect_left", bi_bisect_left, 0, "Return the index where to insert item x in list a, assuming a is sorted."},
    {"insort_right", bi_insort_right, 0, "Insert item x in list a, and keep it sorted assuming a is sorted."},
    {"insort_left", bi_insort_left, 0, "Insert item x in list a, and keep it sorted assuming a is sorted."},
    {NULL, NULL, 0, NULL},
};

Value module_init_bisect(void) {
    Value m = mod_create("bisect", bisect_functions);
    if (v_is_null(m)) return V_NULL;
    Value d = module_dict(m);
    /* bisect is bisect_right and insort is insort_right: the same objects. */
    if (dict_set_cstr(d, "bisect", dict_get_cstr(d, "bisect_right")) < 0 ||
        dict_set_cstr(d, "insort", dict_get_cstr(d, "insort_right")) < 0) {
        v_decref(m);
        return V_NULL;
    }
    return m;
}

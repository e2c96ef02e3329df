/* listsort.c: list.sort, a stable natural merge sort.
 *
 * Runs (non-descending, or strictly descending and then reversed, which
 * keeps stability) are found first and extended to MIN_RUN items by binary
 * insertion; runs are then merged pairwise. Only "<" is used, and always as
 * lt(later, earlier), as CPython does, so error messages name the operands
 * in CPython's order.
 *
 * Every step keeps each item in the array exactly once, even when a
 * comparison fails halfway: the list is left permuted, never corrupted.
 */
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "errors.h"
#include "abstract.h"

typedef struct SortItem {
    Value key;
    Value val;
} SortItem;

typedef int (*LtFn)(Value a, Value b);   /* 1/0, -1 error */

#define MIN_RUN 32

static int lt_generic(Value a, Value b) { return obj_compare_bool(a, b, CMP_LT); }
static int lt_smallint(Value a, Value b) { return v_as_smallint(a) < v_as_smallint(b); }
static int lt_float(Value a, Value b) { return v_as_float(a) < v_as_float(b); }
static int lt_str(Value a, Value b) { return str_compare(a, b) < 0; }

/* Tuples whose first items are all small ints (all strs): when the first
 * items differ they decide, as tuple comparison would find them unequal
 * first; equal first items leave the whole comparison to the generic one
 * (CPython's unsafe_tuple_compare). */
static int lt_tuple_smallint(Value a, Value b) {
    Value x = tuple_items(a)[0], y = tuple_items(b)[0];
    if (x != y) return v_as_smallint(x) < v_as_smallint(y);
    return obj_compare_bool(a, b, CMP_LT);
}
static int lt_tuple_str(Value a, Value b) {
    int c = str_compare(tuple_items(a)[0], tuple_items(b)[0]);
    if (c) return c < 0;
    return obj_compare_bool(a, b, CMP_LT);
}

/* Specialised comparisons when all keys share a type whose "<" cannot be
 * overridden (CPython's unsafe_*_compare). */
static LtFn choose_lt(const SortItem *a, int64_t n) {
    bool ints = true, floats = true, strs = true, tuples = true;
    for (int64_t i = 0; i < n && (ints || floats || strs || tuples); i++) {
        Value k = a[i].key;
        ints = ints && v_is_smallint(k);
        floats = floats && v_is_float(k);
        strs = strs && v_is_str(k);
        tuples = tuples && v_is_tuple(k) && tuple_size(k) > 0;
    }
    if (ints) return lt_smallint;
    if (floats) return lt_float;
    if (strs) return lt_str;
    if (tuples) {
        bool ints0 = true, strs0 = true;
        for (int64_t i = 0; i < n && (ints0 || strs0); i++) {
            Value k = tuple_items(a[i].key)[0];
            ints0 = ints0 && v_is_smallint(k);
            strs0 = strs0 && v_is_str(k);
        }
        if (ints0) return lt_tuple_smallint;
        if (strs0) return lt_tuple_str;
    }
    return lt_generic;
}

static void reverse_items(SortItem *a, int64_t lo, int64_t hi) {
    for (hi--; lo < hi; lo++, hi--) {
        SortItem t = a[lo];
        a[lo] = a[hi];
        a[hi] = t;
    }
}

/* a[lo..start) is sorted; inserts a[start..hi) into it. */
static int binary_insertion(SortItem *a, int64_t lo, int64_t start, int64_t hi, LtFn lt) {
    for (int64_t i = start; i < hi; i++) {
        SortItem pivot = a[i];
        int64_t l = lo, r = i;
        while (l < r) {
            int64_t m = l + (r - l) / 2;
            int c = lt(pivot.key, a[m].key);
            if (c < 0) return -1;
            if (c) r = m;
            else l = m + 1;
        }
        memmove(&a[l + 1], &a[l], (size_t)(i - l) * sizeof(SortItem));
        a[l] = pivot;
    }
    return 0;
}

/* Length of the run starting at lo (descending runs are reversed in
 * place), or -1 on error. */
static int64_t count_run(SortItem *a, int64_t lo, int64_t hi, LtFn lt) {
    if (lo + 1 >= hi) return hi - lo;
    int c = lt(a[lo + 1].key, a[lo].key);
    if (c < 0) return -1;
    int64_t n = 2;
    if (c) {
        for (; lo + n < hi; n++) {
            c = lt(a[lo + n].key, a[lo + n - 1].key);
            if (c < 0) return -1;
            if (!c) break;
        }
        reverse_items(a, lo, lo + n);
    } else {
        for (; lo + n < hi; n++) {
            c = lt(a[lo + n].key, a[lo + n - 1].key);
            if (c < 0) return -1;
            if (c) break;
        }
    }
    return n;
}

/* Merges sorted a[lo..mid) and a[mid..hi) through tmp (>= mid - lo items).
 * On error the unmerged left items are copied back into the gap, which is
 * exactly their count, so nothing is lost. */
static int merge(SortItem *a, int64_t lo, int64_t mid, int64_t hi, SortItem *tmp, LtFn lt) {
    int c = lt(a[mid].key, a[mid - 1].key);
    if (c <= 0) return c;          /* already in order (or error) */
    int64_t na = mid - lo, pa = 0, pb = mid, d = lo;
    memcpy(tmp, &a[lo], (size_t)na * sizeof(SortItem));
    int rc = 0;
    while (pa < na && pb < hi) {
        c = lt(a[pb].key, tmp[pa].key);
        if (c < 0) { rc = -1; break; }
        if (c) a[d++] = a[pb++];
        else a[d++] = tmp[pa++];
    }
    memcpy(&a[d], &tmp[pa], (size_t)(na - pa) * sizeof(SortItem));
    return rc;
}

typedef struct Run {
    int64_t start, len;
} Run;

static int sort_items(SortItem *a, int64_t n, LtFn lt) {
    if (n < 2) return 0;
    int64_t maxruns = n / MIN_RUN + 2;
    Run *runs = mem_alloc((size_t)maxruns * sizeof(Run));
    SortItem *tmp = NULL;
    int rc = -1;
    if (!runs) { err_nomem(); return -1; }
    int64_t nr = 0;
    for (int64_t i = 0; i < n;) {
        int64_t len = count_run(a, i, n, lt);
        if (len < 0) goto done;
        if (len < MIN_RUN && i + len < n) {
            int64_t force = n - i < MIN_RUN ? n - i : MIN_RUN;
            if (binary_insertion(a, i, i + len, i + force, lt) < 0) goto done;
            len = force;
        }
        runs[nr].start = i;
        runs[nr].len = len;
        nr++;
        i += len;
    }
    if (nr > 1 && !(tmp = mem_alloc((size_t)n * sizeof(SortItem)))) { err_nomem(); goto done; }
    while (nr > 1) {
        int64_t w = 0, r;
        for (r = 0; r + 1 < nr; r += 2) {
            int64_t lo = runs[r].start, mid = lo + runs[r].len, hi = mid + runs[r + 1].len;
            if (merge(a, lo, mid, hi, tmp, lt) < 0) goto done;
            runs[w].start = lo;
            runs[w].len = hi - lo;
            w++;
        }
        if (r < nr) runs[w++] = runs[r];
        nr = w;
    }
    rc = 0;
done:
    mem_free(tmp);
    mem_free(runs);
    return rc;
}

static void reverse_values(Value *v, int64_t n) {
    for (int64_t lo = 0, hi = n - 1; lo < hi; lo++, hi--) {
        Value t = v[lo];
        v[lo] = v[hi];
        v[hi] = t;
    }
}

int list_sort(Value list, Value key, bool reverse) {
    ListObject *l = v_as_list(list);
    /* The list is emptied while sorting so that key functions and
     * comparisons see an empty list, and changes to it can be detected. */
    Value *items = l->items;
    int64_t n = l->size, cap = l->capacity;
    l->items = NULL;
    l->size = l->capacity = 0;
    int rc = 0;
    if (n == 1 && !v_is_null(key)) {
        /* CPython computes the keys before looking at the length: a key
         * function is called (and can fail) even for a single item. */
        Value k = obj_call1(key, items[0]);
        if (v_is_null(k)) rc = -1;
        else v_decref(k);
    }
    if (n > 1) {
        /* Reversing before and after keeps equal items in original order. */
        if (reverse) reverse_values(items, n);
        SortItem *a = mem_alloc((size_t)n * sizeof(SortItem));
        if (!a) {
            err_nomem();
            rc = -1;
        } else {
            int64_t nkeys = n;
            for (int64_t i = 0; i < n; i++) {
                a[i].val = items[i];
                if (v_is_null(key)) {
                    a[i].key = items[i];
                } else {
                    a[i].key = obj_call1(key, items[i]);
                    if (v_is_null(a[i].key)) { nkeys = i; rc = -1; break; }
                }
            }
            if (rc == 0) {
                rc = sort_items(a, n, choose_lt(a, n));
                for (int64_t i = 0; i < n; i++) items[i] = a[i].val;
            }
            if (!v_is_null(key))
                for (int64_t i = 0; i < nkeys; i++) v_decref(a[i].key);
            mem_free(a);
        }
        if (reverse) reverse_values(items, n);
    }
    if (l->items != NULL || l->size != 0) {
        Value *extra = l->items;
        int64_t nextra = l->size;
        l->items = items;
        l->size = n;
        l->capacity = cap;
        for (int64_t i = 0; i < nextra; i++) v_decref(extra[i]);
        mem_free(extra);
        if (rc == 0) {
            err_format(&Exc_ValueError, "list modified during sort");
            rc = -1;
        }
    } else {
        l->items = items;
        l->size = n;
        l->capacity = cap;
    }
    return rc;
}

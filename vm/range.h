/* range.h: range objects, slices. */
#ifndef COIL_RANGE_H
#define COIL_RANGE_H

#include "object.h"

/* start/stop/step/length are ints (small or big). */
typedef struct RangeObject {
    Object ob;
    Value start, stop, step, length;
} RangeObject;

/* Iterator over a range whose bounds fit int64 (the common case; the
 * interpreter's FOR_ITER can specialise on it). Big ranges use a generic
 * iterator of the same type with big == true. */
typedef struct RangeIterObject {
    Object ob;
    int64_t next, step, remaining;
    bool big;
    Value big_next, big_step, big_remaining;   /* used when big */
} RangeIterObject;

Value range_new(Value start, Value stop, Value step);   /* ints; ValueError on step 0 */

typedef struct SliceObject {
    Object ob;
    Value start, stop, step;   /* V_NONE where omitted */
} SliceObject;

static inline bool v_is_slice(Value v) { return v_is_ptr(v) && v_as_obj(v)->type == &SliceType; }
Value slice_new(Value start, Value stop, Value step);   /* increfs */
/* CPython's PySlice_AdjustIndices: clamps unpacked bounds to length,
 * returns the number of items. Inline: every slice of a list or tuple
 * with small-int bounds goes through here. */
static inline int64_t ctr_slice_adjust(int64_t length, int64_t *start, int64_t *stop, int64_t step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    /* steps 1 and -1 (nearly every slice): no division */
    if (step == 1) return *start < *stop ? *stop - *start : 0;
    if (step == -1) return *stop < *start ? *start - *stop : 0;
    if (step < 0) {
        if (*stop < *start) return (int64_t)((uint64_t)(*start - *stop - 1) / (uint64_t)(-step)) + 1;
    } else if (*start < *stop) {
        return (int64_t)((uint64_t)(*stop - *start - 1) / (uint64_t)step) + 1;
    }
    return 0;
}

/* Normalises a slice against a sequence length, as slice.indices() and
 * PySlice_AdjustIndices do. Returns the number of items selected, or -1
 * on error (non-int bounds: TypeError "slice indices must be integers or
 * None or have an __index__ method"; step 0: ValueError "slice step cannot be zero"). */
int64_t slice_unpack(Value slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step);
/* Bounds a, b, c of seq[a:b] / seq[a:b:c] that are small ints or None
 * (c not 0), unpacked as slice_unpack would before clamping: the fast path
 * of a subscript by a slice that is never built (eval.c's BUILD_SLICE, the
 * JIT's fused helpers). False: build the slice. */
static inline bool slice_small_bounds(Value a, Value b, Value c, int64_t *start, int64_t *stop,
                                      int64_t *step) {
    if (!(v_is_smallint(a) || a == V_NONE) || !(v_is_smallint(b) || b == V_NONE) ||
        !(v_is_smallint(c) || c == V_NONE) || c == v_from_smallint(0))
        return false;
    *step = c == V_NONE ? 1 : v_as_smallint(c);
    *start = a == V_NONE ? (*step < 0 ? INT64_MAX : 0) : v_as_smallint(a);
    *stop = b == V_NONE ? (*step < 0 ? INT64_MIN : INT64_MAX) : v_as_smallint(b);
    return true;
}

#endif

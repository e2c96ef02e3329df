/* value.h: the one-word Value, NaN-boxed.
 *
 * A Value is 64 bits. Doubles are stored as themselves (every NaN is
 * canonicalised to CANON_NAN before boxing), so any bit pattern below
 * TAG_PTR, compared as unsigned, is a float. The patterns from 0xFFF9...
 * upward are negative quiet NaNs that canonicalisation never produces; the
 * top 16 bits select what the low 48 bits hold:
 *
 *   0xFFF9  pointer to a heap Object (x86-64 / AArch64 user space fits 48 bits)
 *   0xFFFA  small int, two's complement in 48 bits: [-2^47, 2^47)
 *   0xFFFB  special constants: NULL (no value / error marker), None, False, True
 *
 * V_NULL is never a Python value: a function returning Value returns V_NULL
 * to say "an exception is pending" (see errors.h), and an unbound local slot
 * holds V_NULL. Note that the all-zero word is the float 0.0, not V_NULL:
 * arrays of Values must be filled with V_NULL explicitly.
 *
 * Ints that leave the small range become heap BigInt objects (int.h); the
 * int type is the same for both, the representation is invisible to Python.
 */
#ifndef COIL_VALUE_H
#define COIL_VALUE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t Value;

#define TAG_MASK     0xFFFF000000000000ull
#define PAYLOAD_MASK 0x0000FFFFFFFFFFFFull
#define TAG_PTR      0xFFF9000000000000ull
#define TAG_INT      0xFFFA000000000000ull
#define TAG_SPECIAL  0xFFFB000000000000ull
#define CANON_NAN    0x7FF8000000000000ull

#define V_NULL  (TAG_SPECIAL | 0)
#define V_NONE  (TAG_SPECIAL | 1)
#define V_FALSE (TAG_SPECIAL | 2)
#define V_TRUE  (TAG_SPECIAL | 3)

#define SMALLINT_MAX ((int64_t)0x00007FFFFFFFFFFFll)   /*  2^47 - 1 */
#define SMALLINT_MIN (-(int64_t)0x0000800000000000ll)  /* -2^47     */

struct Object;

static inline bool v_is_float(Value v) { return v < TAG_PTR; }
/* The tag tests shift the tag down and compare it with a 32-bit immediate:
 * fewer and shorter instructions than masking with a 64-bit constant (which
 * needs two 10-byte movabs on x86-64), at every refcount operation. */
static inline bool v_is_ptr(Value v) { return (v >> 48) == (TAG_PTR >> 48); }
static inline bool v_is_smallint(Value v) { return (v >> 48) == (TAG_INT >> 48); }
static inline bool v_is_special(Value v) { return (v >> 48) == (TAG_SPECIAL >> 48); }
static inline bool v_is_null(Value v) { return v == V_NULL; }
static inline bool v_is_none(Value v) { return v == V_NONE; }
static inline bool v_is_bool(Value v) { return v == V_TRUE || v == V_FALSE; }

static inline double v_as_float(Value v) {
    double d;
    memcpy(&d, &v, sizeof d);
    return d;
}
static inline Value v_from_float(double d) {
    Value v;
    if (d != d) return CANON_NAN;
    memcpy(&v, &d, sizeof v);
    return v;
}

static inline int64_t v_as_smallint(Value v) {
    return (int64_t)(v << 16) >> 16;   /* sign-extend the 48-bit payload */
}
static inline bool smallint_fits(int64_t i) {
    return i >= SMALLINT_MIN && i <= SMALLINT_MAX;
}
/* Only for i already known to fit; int_from_i64 (int.h) handles any int64. */
static inline Value v_from_smallint(int64_t i) {
    return TAG_INT | ((uint64_t)i & PAYLOAD_MASK);
}

static inline struct Object *v_as_obj(Value v) {
    return (struct Object *)(uintptr_t)(v & PAYLOAD_MASK);
}
static inline Value v_from_obj(const void *o) {
    return TAG_PTR | (uint64_t)(uintptr_t)o;
}

static inline Value v_from_bool(bool b) { return b ? V_TRUE : V_FALSE; }

#endif

/* helpers.c: the C side of tier 2's HELPER uops (operators, subscripts,
 * cells, building, unpacking, formatting, raise, with, imports), and
 * jit_helpers_fill, the table compiled code calls through.
 *
 * Each helper does what the interpreter does for its instruction (vm/eval.c,
 * the TARGET and its generic_ label), on the stack protocol of uops.h: the
 * inputs in io[0 .. n_in) bottom to top, the outputs in io[0 .. n_out).
 * Returns 0 done, -1 exception set with the inputs consumed, except
 * those the error exit keeps (translate.c's helper_keep): for
 * LIST_APPEND-like forms everything under the popped value(s), and the one
 * input of TO_BOOL, IMPORT_FROM and GET_LEN ([x] -> [x, y] forms).
 *
 * A specialised form whose guard fails does what the interpreter does on a
 * miss: it runs its family's generic helper for this one execution (same
 * f, io, oparg; op1 = 0, the generic forms take no cache) and returns its
 * status. Nothing here returns 1 (deopt) except COMPARE_OP_STR in the one
 * case explained there.
 *
 * The call, attribute, global/name and iteration helpers live in
 * jit/helpers_call.c.
 */
#include <string.h>
#include "helpers.h"
#include "jit.h"
#include "../vm/eval.h"
#include "../vm/frame.h"
#include "../vm/function.h"
#include "../vm/code.h"
#include "../vm/opcodes.h"
#include "../vm/errors.h"
#include "../vm/abstract.h"
#include "../vm/int.h"
#include "../vm/floatobject.h"
#include "../vm/str.h"
#include "../vm/tuple.h"
#include "../vm/list.h"
#include "../vm/dict.h"
#include "../vm/set.h"
#include "../vm/range.h"
#include "../vm/runtime.h"
#include "../vm/import.h"
#include "../vm/sigint.h"

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

#define U_ __attribute__((unused))
#define HELPER(NAME) \
    int jit_h_##NAME(Frame *f U_, Value *io U_, int64_t oparg U_, uint64_t op1 U_, uint64_t op2 U_)

static inline Value smallint_result(int64_t r) {
    return LIKELY(smallint_fits(r)) ? v_from_smallint(r) : int_from_i64(r);
}

static inline Value *frame_names(Frame *f) { return tuple_items(f->code->names); }

/* ---- runtime table -------------------------------------------------------- */

static void rt_dealloc(void *p) { obj_dealloc((Object *)p); }

static void rt_raise_unbound(void *frame, int64_t local) {
    Frame *f = frame;
    eval_unbound_local_error(f->code, (int)local);
}

void jit_helpers_fill(JitRuntime *rt) {
#define FILL(name, kind, flags) \
    rt->helpers[UOP_##name] = (kind) == UK_HELPER ? (void *)jit_h_##name : NULL;
    UOP_LIST(FILL)
#undef FILL
    rt->dealloc = rt_dealloc;
    rt->raise_unbound = rt_raise_unbound;
    /* sig_atomic_t is int on every target coil builds for. */
    _Static_assert(sizeof(sig_atomic_t) == sizeof(int), "sig_atomic_t is not an int");
    rt->sigint_pending = (volatile int *)&sigint_pending;
    rt->ts = &eval_ts;
    rt->c_stack_floor = &jit_c_stack_floor;
    rt->function_type = &FunctionType;
    rt->call_finish = jit_call_finish;
    rt->call_exit = jit_call_exit;
}

/* ---- unary operators -------------------------------------------------------- */

HELPER(H_UNARY_POSITIVE) {
    Value v = io[0];
    Value r = obj_positive(v);
    if (UNLIKELY(v_is_null(r))) { v_decref(v); return -1; }
    v_decref(v);
    io[0] = r;
    return 0;
}

HELPER(H_UNARY_NEGATIVE) {
    Value v = io[0], r;
    if (v_is_smallint(v)) {
        r = smallint_result(-v_as_smallint(v));
        if (UNLIKELY(v_is_null(r))) return -1;
    } else if (v_is_float(v)) {
        r = v_from_float(-v_as_float(v));
    } else {
        r = obj_negative(v);
        v_decref(v);
        if (UNLIKELY(v_is_null(r))) return -1;
    }
    io[0] = r;
    return 0;
}

HELPER(H_UNARY_NOT) {
    Value v = io[0];
    if (v == V_TRUE) { io[0] = V_FALSE; return 0; }
    if (v == V_FALSE) { io[0] = V_TRUE; return 0; }
    int t = obj_truthy(v);
    v_decref(v);
    if (UNLIKELY(t < 0)) return -1;
    io[0] = v_from_bool(!t);
    return 0;
}

HELPER(H_UNARY_INVERT) {
    Value v = io[0], r;
    if (v_is_smallint(v)) {
        r = v_from_smallint(~v_as_smallint(v));
    } else {
        r = obj_invert(v);
        v_decref(v);
        if (UNLIKELY(v_is_null(r))) return -1;
    }
    io[0] = r;
    return 0;
}

/* [v] -> [v, bool(v)]: POP_JUMP_IF_* and JUMP_IF_*_OR_POP's truth test.
 * On error v stays in io (the error exit keeps it: translate.c's
 * helper_keep), as for IMPORT_FROM and GET_LEN. */
HELPER(H_TO_BOOL) {
    Value v = io[0];
    if (v == V_TRUE || v == V_FALSE) { io[1] = v; return 0; }
    int t = obj_truthy(v);
    if (UNLIKELY(t < 0)) return -1;
    io[1] = v_from_bool(t);
    return 0;
}

/* ---- binary operators ---------------------------------------------------------- */

/* The interpreter's inline int/float cases: 1 with *res set, or 0. */
static int binop_inline(Value l, Value r, int op, Value *res) {
    if (v_is_smallint(l) && v_is_smallint(r)) {
        int64_t a = v_as_smallint(l), b = v_as_smallint(r), x;
        switch (op) {
        case NB_ADD: *res = smallint_result(a + b); return 1;
        case NB_SUBTRACT: *res = smallint_result(a - b); return 1;
        case NB_MULTIPLY:
            if (__builtin_mul_overflow(a, b, &x)) return 0;
            *res = smallint_result(x);
            return 1;
        case NB_FLOOR_DIVIDE:
            if (b == 0) return 0;
            x = a / b;
            if ((a % b != 0) && ((a < 0) != (b < 0))) x--;
            *res = smallint_result(x);
            return 1;
        case NB_REMAINDER:
            if (b == 0) return 0;
            x = a % b;
            if (x != 0 && ((x < 0) != (b < 0))) x += b;
            *res = v_from_smallint(x);
            return 1;
        case NB_AND: *res = v_from_smallint(a & b); return 1;
        case NB_OR: *res = v_from_smallint(a | b); return 1;
        case NB_XOR: *res = v_from_smallint(a ^ b); return 1;
        case NB_LSHIFT:
            if (b < 0 || b >= 48) return 0;
            x = (int64_t)((uint64_t)a << b);
            if ((x >> b) != a) return 0;
            *res = smallint_result(x);
            return 1;
        case NB_RSHIFT:
            if (b < 0) return 0;
            *res = v_from_smallint(a >> (b > 63 ? 63 : b));
            return 1;
        default: return 0;
        }
    }
    double a, b;
    if (v_is_float(l) && (v_is_float(r) || v_is_smallint(r))) {
        a = v_as_float(l);
        b = v_is_float(r) ? v_as_float(r) : (double)v_as_smallint(r);
    } else if (v_is_smallint(l) && v_is_float(r)) {
        a = (double)v_as_smallint(l);
        b = v_as_float(r);
    } else {
        return 0;
    }
    switch (op) {
    case NB_ADD: *res = v_from_float(a + b); return 1;
    case NB_SUBTRACT: *res = v_from_float(a - b); return 1;
    case NB_MULTIPLY: *res = v_from_float(a * b); return 1;
    case NB_TRUE_DIVIDE:
        if (b == 0.0) return 0;
        *res = v_from_float(a / b);
        return 1;
    default: return 0;
    }
}

HELPER(H_BINARY_OP) {
    Value l = io[0], r = io[1], res;
    int op = oparg >= NB_INPLACE ? (int)oparg - NB_INPLACE : (int)oparg;
    if (binop_inline(l, r, op, &res)) {
        if (UNLIKELY(v_is_null(res))) return -1;   /* out of memory for a big int */
        io[0] = res;
        return 0;
    }
    if (op == NB_ADD && v_is_str(l) && v_is_str(r) && v_as_obj(l)->refcnt == 2 && f->prev_instr) {
        /* s += t / s = s + t where the only other reference to s is the
         * local the next instruction stores the result to: the interpreter
         * drops that reference and grows s in place (linear, not quadratic,
         * string building). Here the local must stay valid for compiled
         * code (its STORE_LOCAL releases the old value), so it ends up
         * holding the result, with the reference that release takes. */
        const CodeUnit *cur = f->prev_instr;
        CodeUnit nu = cur[1 + opcode_info[CU_OP(*cur)].cache];
        Value *lp = f->localsplus;
        if (opcode_unsuper(CU_OP(nu)) == OP_STORE_FAST && lp[CU_ARG(nu)] == l) {
            lp[CU_ARG(nu)] = V_NULL;
            v_as_obj(l)->refcnt--;
            res = str_concat_steal(l, r);
            v_decref(r);
            if (UNLIKELY(v_is_null(res))) return -1;   /* l consumed; the local stays unbound */
            lp[CU_ARG(nu)] = v_newref(res);
            io[0] = res;
            return 0;
        }
    }
    res = obj_binary_op(l, r, (int)oparg);
    v_decref(l);
    v_decref(r);
    if (UNLIKELY(v_is_null(res))) return -1;
    io[0] = res;
    return 0;
}

HELPER(H_COMPARE_OP) {
    Value l = io[0], r = io[1];
    int c = compare_inline(l, r, (int)oparg);
    if (c < 0) {
        Value res = obj_compare(l, r, (int)oparg);
        v_decref(l);
        v_decref(r);
        if (UNLIKELY(v_is_null(res))) return -1;
        io[0] = res;
        return 0;
    }
    io[0] = v_from_bool(c);
    return 0;
}

/* A value whose type's == / != always answers a bool (whatever the
 * elements' __eq__ answer): inline values and a few exact builtin types.
 * Not heap types (a user __eq__), nor cells or weakref proxies (they
 * forward to their contents' comparison). */
static inline bool compare_gives_bool(Value v) {
    if (!v_is_ptr(v)) return true;
    TypeObject *t = v_type(v);
    return t == &StrType || t == &IntType || t == &BytesType || t == &TupleType ||
           t == &ListType || t == &DictType || t == &SetType || t == &FrozenSetType ||
           t == &NoneType || t == &BoolType || t == &FloatType;
}

/* The translator and optimiser take COMPARE_OP_STR's result for a bool (a
 * following POP_JUMP_IF_* branches on it directly), while a generic
 * comparison may answer any object. On a miss: when the next instruction is
 * POP_JUMP_IF_FALSE/TRUE, the result's only use is that truth test, done
 * here at once (the interpreter does it one instruction later, with nothing
 * in between); otherwise the generic form runs when both operands' types
 * answer bools, and else (a user __eq__ whose result is kept) the
 * instruction is left to the interpreter: 1, nothing consumed. */
HELPER(H_COMPARE_OP_STR) {
    Value l = io[0], r = io[1];
    if (UNLIKELY(!v_is_str(l) || !v_is_str(r))) {
        const CodeUnit *cur = f->prev_instr;
        int nop = cur ? CU_OP(cur[1 + opcode_info[CU_OP(*cur)].cache]) : -1;
        bool to_jump = nop == OP_POP_JUMP_IF_FALSE || nop == OP_POP_JUMP_IF_TRUE;
        if (!to_jump && !(compare_gives_bool(l) && compare_gives_bool(r))) return 1;
        int st = jit_h_H_COMPARE_OP(f, io, oparg, 0, 0);
        if (st != 0) return st;
        Value res = io[0];
        if (LIKELY(res == V_TRUE || res == V_FALSE)) return 0;
        int t = obj_truthy(res);
        v_decref(res);
        if (UNLIKELY(t < 0)) return -1;
        io[0] = v_from_bool(t);
        return 0;
    }
    int c = (l == r || str_eq(l, r)) ^ (oparg == CMP_NE);
    obj_decref(v_as_obj(l));
    obj_decref(v_as_obj(r));
    io[0] = v_from_bool(c);
    return 0;
}

HELPER(H_CONTAINS_OP) {
    Value item = io[0], container = io[1];
    int c = obj_contains(container, item);
    v_decref(container);
    v_decref(item);
    if (UNLIKELY(c < 0)) return -1;
    io[0] = v_from_bool(c ^ (int)oparg);
    return 0;
}

HELPER(H_CONTAINS_OP_DICT) {
    Value item = io[0], container = io[1];
    if (UNLIKELY(!v_is_dict(container))) return jit_h_H_CONTAINS_OP(f, io, oparg, 0, 0);
    int c = dict_contains(container, item);
    obj_decref(v_as_obj(container));
    v_decref(item);
    if (UNLIKELY(c < 0)) return -1;
    io[0] = v_from_bool(c ^ (int)oparg);
    return 0;
}

HELPER(H_CONTAINS_OP_SET) {
    Value item = io[0], container = io[1];
    if (UNLIKELY(!v_is_type(container, &SetType) && !v_is_type(container, &FrozenSetType)))
        return jit_h_H_CONTAINS_OP(f, io, oparg, 0, 0);
    int c = set_contains(container, item);
    obj_decref(v_as_obj(container));
    v_decref(item);
    if (UNLIKELY(c < 0)) return -1;
    io[0] = v_from_bool(c ^ (int)oparg);
    return 0;
}

/* ---- subscripts ------------------------------------------------------------------ */

HELPER(H_BINARY_SUBSCR) {
    Value container = io[0], key = io[1], res;
    if (v_is_smallint(key) && (v_is_list(container) || v_is_tuple(container))) {
        bool is_list = v_is_list(container);
        int64_t i = v_as_smallint(key);
        int64_t n = is_list ? list_size(container) : tuple_size(container);
        if (i < 0) i += n;
        if ((uint64_t)i < (uint64_t)n) {
            res = v_newref(is_list ? list_items(container)[i] : tuple_items(container)[i]);
            obj_decref(v_as_obj(container));
            io[0] = res;
            return 0;
        }
    }
    res = obj_getitem(container, key);
    v_decref(container);
    v_decref(key);
    if (UNLIKELY(v_is_null(res))) return -1;
    io[0] = res;
    return 0;
}

/* The _LIST_INT and _TUPLE_INT forms: io[0] is a sequence of n items when
 * is_seq holds; anything else (or an index out of range, whose IndexError
 * the generic path raises) takes the generic path. */
static int subscr_seq_int(Frame *f, Value *io, int64_t oparg, bool is_seq, int64_t n,
                          const Value *items) {
    Value container = io[0], key = io[1];
    if (UNLIKELY(!is_seq || !v_is_smallint(key))) return jit_h_H_BINARY_SUBSCR(f, io, oparg, 0, 0);
    int64_t i = v_as_smallint(key);
    if (i < 0) i += n;
    if (UNLIKELY((uint64_t)i >= (uint64_t)n)) return jit_h_H_BINARY_SUBSCR(f, io, oparg, 0, 0);
    Value res = v_newref(items[i]);
    obj_decref(v_as_obj(container));
    io[0] = res;
    return 0;
}

HELPER(H_BINARY_SUBSCR_LIST_INT) {
    bool ok = v_is_list(io[0]);
    return subscr_seq_int(f, io, oparg, ok, ok ? list_size(io[0]) : 0, ok ? list_items(io[0]) : NULL);
}

HELPER(H_BINARY_SUBSCR_TUPLE_INT) {
    bool ok = v_is_tuple(io[0]);
    return subscr_seq_int(f, io, oparg, ok, ok ? tuple_size(io[0]) : 0, ok ? tuple_items(io[0]) : NULL);
}

HELPER(H_BINARY_SUBSCR_DICT) {
    Value container = io[0], key = io[1];
    if (UNLIKELY(!v_is_dict(container))) return jit_h_H_BINARY_SUBSCR(f, io, oparg, 0, 0);
    Value res = dict_get(container, key);
    if (UNLIKELY(v_is_null(res))) {
        if (err_occurred()) {
            v_decref(container);
            v_decref(key);
            return -1;
        }
        /* Missing: the generic form raises the KeyError (or calls
         * __missing__ of a subclass: not an exact dict here, though). */
        return jit_h_H_BINARY_SUBSCR(f, io, oparg, 0, 0);
    }
    v_incref(res);
    obj_decref(v_as_obj(container));
    v_decref(key);
    io[0] = res;
    return 0;
}

HELPER(H_STORE_SUBSCR) {
    Value v = io[0], container = io[1], key = io[2];
    if (v_is_list(container) && v_is_smallint(key)) {
        int64_t i = v_as_smallint(key), n = list_size(container);
        if (i < 0) i += n;
        if ((uint64_t)i < (uint64_t)n) {
            v_setref(&list_items(container)[i], v);   /* steals the stack's ref */
            obj_decref(v_as_obj(container));
            return 0;
        }
    }
    int r = obj_setitem(container, key, v);
    v_decref(key);
    v_decref(container);
    v_decref(v);
    return r < 0 ? -1 : 0;
}

HELPER(H_STORE_SUBSCR_LIST_INT) {
    Value v = io[0], container = io[1], key = io[2];
    if (UNLIKELY(!v_is_list(container) || !v_is_smallint(key)))
        return jit_h_H_STORE_SUBSCR(f, io, oparg, 0, 0);
    int64_t i = v_as_smallint(key), n = list_size(container);
    if (i < 0) i += n;
    if (UNLIKELY((uint64_t)i >= (uint64_t)n)) return jit_h_H_STORE_SUBSCR(f, io, oparg, 0, 0);
    v_setref(&list_items(container)[i], v);
    obj_decref(v_as_obj(container));
    return 0;
}

HELPER(H_STORE_SUBSCR_DICT) {
    Value v = io[0], container = io[1], key = io[2];
    if (UNLIKELY(!v_is_dict(container))) return jit_h_H_STORE_SUBSCR(f, io, oparg, 0, 0);
    int r = dict_set(container, key, v);
    v_decref(key);
    obj_decref(v_as_obj(container));
    v_decref(v);
    return r < 0 ? -1 : 0;
}

HELPER(H_DELETE_SUBSCR) {
    Value container = io[0], key = io[1];
    int r = obj_delitem(container, key);
    v_decref(key);
    v_decref(container);
    return r < 0 ? -1 : 0;
}

HELPER(H_BUILD_SLICE) {
    Value start = io[0], stop = io[1], step = oparg == 3 ? io[2] : V_NONE;
    Value s = slice_new(start, stop, step);
    v_decref(step);
    v_decref(stop);
    v_decref(start);
    if (UNLIKELY(v_is_null(s))) return -1;
    io[0] = s;
    return 0;
}

/* BUILD_SLICE fused with the subscript after it (translate.c); the slice
 * is built only when the container or the bounds need it. */
HELPER(H_SLICE_SUBSCR) {
    Value container = io[0], a = io[1], b = io[2], c = oparg == 3 ? io[3] : V_NONE, res;
    int64_t start, stop, step;
    if ((v_is_list(container) || v_is_tuple(container)) && slice_small_bounds(a, b, c, &start, &stop, &step)) {
        bool il = v_is_list(container);
        ctr_slice_adjust(il ? list_size(container) : tuple_size(container), &start, &stop, step);
        res = il ? list_slice(container, start, stop, step) : tuple_slice(container, start, stop, step);
    } else {
        Value s = slice_new(a, b, c);
        v_decref(a);
        v_decref(b);
        v_decref(c);
        res = v_is_null(s) ? V_NULL : obj_getitem(container, s);
        v_decref(s);
    }
    v_decref(container);
    if (UNLIKELY(v_is_null(res))) return -1;
    io[0] = res;
    return 0;
}

HELPER(H_SLICE_STORE) {
    Value v = io[0], container = io[1], a = io[2], b = io[3], c = oparg == 3 ? io[4] : V_NONE;
    int64_t start, stop, step;
    int r;
    if (v_is_list(container) && slice_small_bounds(a, b, c, &start, &stop, &step)) {
        r = list_set_slice_steal(container, start, stop, step, v);   /* io[0] is ours */
        v_decref(container);
        return r < 0 ? -1 : 0;
    } else {
        Value s = slice_new(a, b, c);
        v_decref(a);
        v_decref(b);
        v_decref(c);
        r = v_is_null(s) ? -1 : obj_setitem(container, s, v);
        v_decref(s);
    }
    v_decref(container);
    v_decref(v);
    return r < 0 ? -1 : 0;
}

/* One bound of H_SLICE_COPY_STORE (uops.h): None or a small int, else false. */
static inline bool copy_store_bound(const Value *lp, int64_t field, uint64_t k, Value *out) {
    int mode = (int)(field >> 12 & 3);
    if (mode == 0) { *out = (Value)k; return true; }
    Value y = lp[field & 4095];
    if (mode == 1) { *out = y; return y == V_NONE || v_is_smallint(y); }
    if (!v_is_smallint(y)) return false;
    int64_t r = mode == 2 ? v_as_smallint(y) + v_as_smallint((Value)k) : v_as_smallint(y) - v_as_smallint((Value)k);
    if (!smallint_fits(r)) return false;
    *out = v_from_smallint(r);
    return true;
}

HELPER(H_SLICE_COPY_STORE) {
    Value c = io[0], a = io[1], b = io[2], st = (oparg >> 42 & 1) ? io[3] : V_NONE;
    Value *lp = f->localsplus;
    Value x = lp[oparg & 4095], vlo, vhi;
    int64_t start, stop, step;
    if (!v_is_list(c) || !v_is_list(x) || (c != x && v_as_obj(c)->refcnt == 1) ||
        !slice_small_bounds(a, b, st, &start, &stop, &step) ||
        !copy_store_bound(lp, oparg >> 12 & 0x3fff, op1, &vlo) ||
        !copy_store_bound(lp, oparg >> 26 & 0x3fff, op2, &vhi))
        return 1;
    /* From here as BINARY_SUBSCR then STORE_SUBSCR would: no code runs
     * before the replaced items are released (c outlives our reference). */
    ListObject *src = v_as_list(c), *dst = v_as_list(x);
    int64_t n = ctr_slice_adjust(src->size, &start, &stop, step);
    int64_t lo = vlo == V_NONE ? 0 : v_as_smallint(vlo), hi = vhi == V_NONE ? INT64_MAX : v_as_smallint(vhi);
    int64_t lo2 = lo, hi2 = hi;
    ctr_slice_adjust(dst->size, &lo2, &hi2, 1);
    if (hi2 < lo2) hi2 = lo2;
    if (c == x && step == -1 && n == hi2 - lo2 && start - n + 1 == lo2) {
        /* a[lo:hi] = a[hi-1:lo-1:-1]: the same items in reverse order, none
         * released (the list keeps holding each one) */
        Value *p = dst->items + lo2;
        for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
            Value t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        obj_decref(v_as_obj(c));    /* x's local still holds it */
        return 0;
    }
    if (LIKELY(n == hi2 - lo2 && n <= 64)) {
        Value buf[64];
        const Value *s = src->items + start;
        if (step == -1) {
            for (int64_t i = 0; i < n; i++) buf[i] = v_newref(s[-i]);
        } else {
            for (int64_t i = 0, j = 0; i < n; i++, j += step) buf[i] = v_newref(s[j]);
        }
        obj_decref(v_as_obj(c));    /* not the last reference (checked above) */
        Value *d = dst->items + lo2;
        for (int64_t i = 0; i < n; i++) {
            Value t = d[i];
            d[i] = buf[i];
            buf[i] = t;
        }
        /* last first, as list_ass_slice */
        for (int64_t i = n - 1; i >= 0; i--) v_decref(buf[i]);
        return 0;
    }
    Value tmp = list_slice(c, start, stop, step);
    obj_decref(v_as_obj(c));
    if (UNLIKELY(v_is_null(tmp))) return -1;
    obj_incref(v_as_obj(x));
    int r = list_set_slice_steal(x, lo, hi, 1, tmp);
    obj_decref(v_as_obj(x));
    return r < 0 ? -1 : 0;
}

/* ---- locals and cells --------------------------------------------------------------- */

HELPER(H_DELETE_FAST) {
    Value *lp = f->localsplus;
    Value v = lp[oparg];
    if (UNLIKELY(v_is_null(v))) {
        eval_unbound_local_error(f->code, (int)oparg);
        return -1;
    }
    lp[oparg] = V_NULL;
    v_decref(v);
    return 0;
}

HELPER(H_MAKE_CELL) {
    Value *lp = f->localsplus;
    Value c = cell_new(lp[oparg]);
    lp[oparg] = V_NULL;
    if (UNLIKELY(v_is_null(c))) return -1;
    lp[oparg] = c;
    return 0;
}

HELPER(H_COPY_FREE_VARS) {
    Value closure = v_as_function(f->func)->closure;
    Value *lp = f->localsplus;
    int n = (int)oparg;
    int offset = f->code->nlocalsplus - n;
    for (int i = 0; i < n; i++)
        lp[offset + i] = v_newref(tuple_items(closure)[i]);
    return 0;
}

HELPER(H_LOAD_CLOSURE) {
    io[0] = v_newref(f->localsplus[oparg]);
    return 0;
}

HELPER(H_LOAD_DEREF) {
    Value v = v_as_cell(f->localsplus[oparg])->ref;
    if (UNLIKELY(v_is_null(v))) {
        eval_unbound_deref_error(f->code, (int)oparg);
        return -1;
    }
    io[0] = v_newref(v);
    return 0;
}

HELPER(H_LOAD_CLASSDEREF) {
    Value name = tuple_items(f->code->localsplusnames)[oparg];
    Value locals = f->locals;
    if (v_is_dict(locals)) {
        Value v = dict_get_str(locals, name);
        if (!v_is_null(v)) {
            io[0] = v_newref(v);
            return 0;
        }
    }
    Value v = v_as_cell(f->localsplus[oparg])->ref;
    if (UNLIKELY(v_is_null(v))) {
        eval_unbound_deref_error(f->code, (int)oparg);
        return -1;
    }
    io[0] = v_newref(v);
    return 0;
}

HELPER(H_STORE_DEREF) {
    v_setref(&v_as_cell(f->localsplus[oparg])->ref, io[0]);
    return 0;
}

HELPER(H_DELETE_DEREF) {
    CellObject *c = v_as_cell(f->localsplus[oparg]);
    if (UNLIKELY(v_is_null(c->ref))) {
        eval_unbound_deref_error(f->code, (int)oparg);
        return -1;
    }
    v_clear(&c->ref);
    return 0;
}

/* ---- building -------------------------------------------------------------------------- */

static void decref_all(Value *items, int64_t n) {
    for (int64_t i = 0; i < n; i++) v_decref(items[i]);
}

HELPER(H_BUILD_TUPLE) {
    /* tuple_from_array_steal releases the items when it fails. */
    Value t = tuple_from_array_steal(io, oparg);
    if (UNLIKELY(v_is_null(t))) return -1;
    io[0] = t;
    return 0;
}

HELPER(H_BUILD_LIST) {
    Value l = list_from_array_steal(io, oparg);
    if (UNLIKELY(v_is_null(l))) return -1;
    io[0] = l;
    return 0;
}

HELPER(H_BUILD_SET) {
    Value s = set_new();
    if (UNLIKELY(v_is_null(s))) { decref_all(io, oparg); return -1; }
    for (int64_t i = 0; i < oparg; i++) {
        if (UNLIKELY(set_add(s, io[i]) < 0)) {
            v_decref(s);
            decref_all(io, oparg);
            return -1;
        }
    }
    decref_all(io, oparg);
    io[0] = s;
    return 0;
}

HELPER(H_BUILD_MAP) {
    Value d = dict_new_presized(oparg);
    if (UNLIKELY(v_is_null(d))) { decref_all(io, 2 * oparg); return -1; }
    for (int64_t i = 0; i < oparg; i++) {
        if (UNLIKELY(dict_set(d, io[2 * i], io[2 * i + 1]) < 0)) {
            v_decref(d);
            decref_all(io, 2 * oparg);
            return -1;
        }
    }
    decref_all(io, 2 * oparg);
    io[0] = d;
    return 0;
}

HELPER(H_BUILD_CONST_KEY_MAP) {
    Value keys = io[oparg];
    Value d = dict_new_presized(oparg);
    if (UNLIKELY(v_is_null(d))) { decref_all(io, oparg + 1); return -1; }
    for (int64_t i = 0; i < oparg; i++) {
        if (UNLIKELY(dict_set(d, tuple_items(keys)[i], io[i]) < 0)) {
            v_decref(d);
            decref_all(io, oparg + 1);
            return -1;
        }
    }
    decref_all(io, oparg + 1);
    io[0] = d;
    return 0;
}

HELPER(H_BUILD_STRING) {
    Value s = eval_build_string(io, (int)oparg);
    decref_all(io, oparg);
    if (UNLIKELY(v_is_null(s))) return -1;
    io[0] = s;
    return 0;
}

/* [list, x1 .. x(oparg-1), v] -> [list, x1 ..]: on error only v is consumed. */
HELPER(H_LIST_APPEND) {
    Value v = io[oparg];
    return list_append_steal(io[0], v) < 0 ? -1 : 0;
}

HELPER(H_SET_ADD) {
    Value v = io[oparg];
    int r = set_add(io[0], v);
    v_decref(v);
    return r < 0 ? -1 : 0;
}

/* [dict, x1 .. x(oparg-1), k, v] -> [dict, x1 ..] */
HELPER(H_MAP_ADD) {
    Value k = io[oparg], v = io[oparg + 1];
    int r = dict_set(io[0], k, v);
    v_decref(k);
    v_decref(v);
    return r < 0 ? -1 : 0;
}

HELPER(H_LIST_EXTEND) {
    Value it = io[oparg];
    int r = list_extend(io[0], it);
    if (UNLIKELY(r < 0)) {
        if (err_matches(&Exc_TypeError) && v_type(it)->iter == NULL && v_type(it)->getitem == NULL) {
            err_clear();
            err_format(&Exc_TypeError, "Value after * must be an iterable, not %s", v_type_name(it));
        }
        v_decref(it);
        return -1;
    }
    v_decref(it);
    return 0;
}

HELPER(H_SET_UPDATE) {
    Value it = io[oparg];
    int r = set_update(io[0], it);
    v_decref(it);
    return r < 0 ? -1 : 0;
}

HELPER(H_DICT_UPDATE) {
    Value u = io[oparg];
    int r = dict_update(io[0], u);
    if (UNLIKELY(r < 0)) {
        if (err_matches(&Exc_AttributeError) || (!v_is_dict(u) && err_matches(&Exc_TypeError))) {
            err_clear();
            err_format(&Exc_TypeError, "'%s' object is not a mapping", v_type_name(u));
        }
        v_decref(u);
        return -1;
    }
    v_decref(u);
    return 0;
}

/* io starts at the callable (error messages name it): after the pop of
 * the update u, the interpreter's PEEK(oparg + 2) is the callable and
 * PEEK(oparg) the dict: io[0] and io[2]; u is io[oparg + 2]. */
HELPER(H_DICT_MERGE) {
    Value u = io[oparg + 2];
    int r = eval_dict_merge(io[0], io[2], u);
    v_decref(u);
    return r < 0 ? -1 : 0;
}

HELPER(H_LIST_TO_TUPLE) {
    Value l = io[0];
    Value t = tuple_from_array(list_items(l), list_size(l));
    v_decref(l);
    if (UNLIKELY(v_is_null(t))) return -1;
    io[0] = t;
    return 0;
}

/* ---- unpacking ---------------------------------------------------------------------------- */

/* Writes items[0 .. n) to io reversed (the first item on top). */
static void push_reversed(Value *io, const Value *items, int64_t n) {
    for (int64_t i = 0; i < n; i++) io[i] = items[n - 1 - i];
}

/* obj_unpack / obj_unpack_ex into a buffer of n Values (not over seq's
 * slot: seq must stay valid until it is released). */
static int unpack_into_io(Value seq, Value *io, int64_t n, int64_t before, int64_t after) {
    Value small[16];
    Value *buf = n <= 16 ? small : mem_alloc(sizeof(Value) * (size_t)n);
    if (!buf) {
        v_decref(seq);
        err_nomem();
        return -1;
    }
    int r = before < 0 ? obj_unpack(seq, n, buf) : obj_unpack_ex(seq, before, after, buf);
    v_decref(seq);
    if (r == 0) push_reversed(io, buf, n);
    if (buf != small) mem_free(buf);
    return r < 0 ? -1 : 0;
}

HELPER(H_UNPACK_SEQUENCE) {
    Value seq = io[0];
    Value *items = NULL;
    int64_t n = -1;
    if (v_is_tuple(seq)) { items = tuple_items(seq); n = tuple_size(seq); }
    else if (v_is_list(seq)) { items = list_items(seq); n = list_size(seq); }
    if (items && n == oparg) {
        for (int64_t i = 0; i < n; i++) io[i] = v_newref(items[n - 1 - i]);
        v_decref(seq);
        return 0;
    }
    return unpack_into_io(seq, io, oparg, -1, 0);
}

HELPER(H_UNPACK_SEQUENCE_TWO_TUPLE) {
    Value seq = io[0];
    if (UNLIKELY(!v_is_tuple(seq) || tuple_size(seq) != 2))
        return jit_h_H_UNPACK_SEQUENCE(f, io, oparg, 0, 0);
    Value *items = tuple_items(seq);
    io[0] = v_newref(items[1]);
    io[1] = v_newref(items[0]);
    obj_decref(v_as_obj(seq));
    return 0;
}

HELPER(H_UNPACK_SEQUENCE_TUPLE) {
    Value seq = io[0];
    if (UNLIKELY(!v_is_tuple(seq) || tuple_size(seq) != oparg))
        return jit_h_H_UNPACK_SEQUENCE(f, io, oparg, 0, 0);
    Value *items = tuple_items(seq);
    for (int64_t i = 0; i < oparg; i++) io[i] = v_newref(items[oparg - 1 - i]);
    obj_decref(v_as_obj(seq));
    return 0;
}

HELPER(H_UNPACK_SEQUENCE_LIST) {
    Value seq = io[0];
    if (UNLIKELY(!v_is_list(seq) || list_size(seq) != oparg))
        return jit_h_H_UNPACK_SEQUENCE(f, io, oparg, 0, 0);
    Value *items = list_items(seq);
    for (int64_t i = 0; i < oparg; i++) io[i] = v_newref(items[oparg - 1 - i]);
    obj_decref(v_as_obj(seq));
    return 0;
}

HELPER(H_UNPACK_EX) {
    int64_t before = oparg & 0xFF, after = oparg >> 8;
    return unpack_into_io(io[0], io, before + 1 + after, before, after);
}

/* ---- formatting ------------------------------------------------------------------------------ */

HELPER(H_FORMAT_VALUE) {
    Value spec = (oparg & 4) ? io[1] : V_NULL;
    Value v = io[0];
    if (!(oparg & 3) && v_is_null(spec) && v_is_str(v)) return 0;
    Value r = eval_format_value(v, (int)(oparg & 3), spec);
    v_decref(spec);
    v_decref(v);
    if (UNLIKELY(v_is_null(r))) return -1;
    io[0] = r;
    return 0;
}

/* ---- classes, exceptions, with ------------------------------------------------------------------ */

HELPER(H_LOAD_BUILD_CLASS) {
    Value bc = dict_get_str(f->builtins, str_intern_cstr("__build_class__"));
    if (UNLIKELY(v_is_null(bc))) {
        err_format(&Exc_NameError, "__build_class__ not found");
        return -1;
    }
    io[0] = v_newref(bc);
    return 0;
}

/* Always -1. A bare `raise` re-raises the handled exception as the
 * interpreter does (RuntimeError if there is none). */
HELPER(H_RAISE_VARARGS) {
    if (oparg == 0) {
        Value exc = eval_current_exception();
        if (exc == V_NONE) {
            err_format(&Exc_RuntimeError, "No active exception to reraise");
            return -1;
        }
        err_restore(v_newref(exc));
        return -1;
    }
    Value cause = oparg == 2 ? io[1] : V_NULL;
    eval_raise(io[0], cause);
    return -1;
}

HELPER(H_LOAD_ASSERTION_ERROR) {
    io[0] = v_from_obj(&Exc_AssertionError);
    return 0;
}

/* [mgr] -> [bound __exit__, mgr.__enter__()] */
HELPER(H_BEFORE_WITH) {
    Value mgr = io[0];
    Value enter = eval_lookup_special(mgr, "__enter__");
    if (UNLIKELY(v_is_null(enter))) {
        if (!err_occurred()) eval_with_protocol_error(mgr, "");
        v_decref(mgr);
        return -1;
    }
    Value exit = eval_lookup_special(mgr, "__exit__");
    if (UNLIKELY(v_is_null(exit))) {
        if (!err_occurred()) eval_with_protocol_error(mgr, " (missed __exit__ method)");
        v_decref(enter);
        v_decref(mgr);
        return -1;
    }
    io[0] = exit;
    v_decref(mgr);
    Value res = obj_call0(enter);
    v_decref(enter);
    if (UNLIKELY(v_is_null(res))) {
        v_decref(exit);
        return -1;
    }
    io[1] = res;
    return 0;
}

/* ---- modules, pattern matching ----------------------------------------------------------------- */

HELPER(H_IMPORT_NAME) {
    Value level = io[0], fromlist = io[1];
    Value res = import_name(frame_names(f)[oparg], f->globals, fromlist,
                            v_is_smallint(level) ? (int)v_as_smallint(level) : 0);
    v_decref(fromlist);
    v_decref(level);
    if (UNLIKELY(v_is_null(res))) return -1;
    io[0] = res;
    return 0;
}

HELPER(H_IMPORT_FROM) {
    Value res = import_from(io[0], frame_names(f)[oparg]);
    if (UNLIKELY(v_is_null(res))) return -1;   /* the module stays in io */
    io[1] = res;
    return 0;
}

HELPER(H_GET_LEN) {
    Value o = io[0];
    int64_t n = obj_len(o);
    Value len = n < 0 ? V_NULL : int_from_i64(n);
    if (UNLIKELY(v_is_null(len))) return -1;   /* o stays in io */
    io[1] = len;
    return 0;
}

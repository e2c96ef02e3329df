/* bool.c: Python bool, a subclass of int whose only values are the inline
 * constants True and False. Arithmetic is int's (the int_* functions accept
 * bools as 1 and 0); only & | ^ between two bools give a bool back. */
#include "int.h"
#include "str.h"
#include "errors.h"
#include "abstract.h"
#include "args.h"

/* int's slots, defined in int.c and shared with bool only. */
Value int_slot_add(Value, Value), int_slot_sub(Value, Value), int_slot_mul(Value, Value),
    int_slot_floordiv(Value, Value), int_slot_mod(Value, Value), int_slot_truediv(Value, Value),
    int_slot_pow(Value, Value), int_slot_lshift(Value, Value), int_slot_rshift(Value, Value),
    int_slot_and(Value, Value), int_slot_or(Value, Value), int_slot_xor(Value, Value);
Value int_slot_ternary_pow(Value, Value, Value);
Value int_slot_richcompare(Value, Value, int);
int int_slot_bool(Value);
Value int_slot_float(Value);
Value int_exact(Value);

/* Interned and immortal: printing a bool allocates nothing. */
static Value bool_repr(Value v) {
    return str_intern_cstr(v == V_TRUE ? "True" : "False");
}

static Value bool_and(Value a, Value b) {
    if (v_is_bool(a) && v_is_bool(b)) return v_from_bool(a == V_TRUE && b == V_TRUE);
    return int_slot_and(a, b);
}

static Value bool_or(Value a, Value b) {
    if (v_is_bool(a) && v_is_bool(b)) return v_from_bool(a == V_TRUE || b == V_TRUE);
    return int_slot_or(a, b);
}

static Value bool_xor(Value a, Value b) {
    if (v_is_bool(a) && v_is_bool(b)) return v_from_bool(a != b);
    return int_slot_xor(a, b);
}

static int bool_bool(Value v) { return v == V_TRUE; }

static Value bool_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    (void)type;
    if (args_check_positional("bool", nargs, kwnames, 0, 1) < 0) return V_NULL;
    if (nargs == 0) return V_FALSE;
    int t = obj_truthy(args[0]);
    if (t < 0) return V_NULL;
    return v_from_bool(t);
}

/* bool is final (no BASETYPE). Every slot is spelled out rather than left
 * to inheritance so that bool works whatever order types are readied in. */
TypeObject BoolType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "bool",
    .base = &IntType,
    .flags = TPFLAG_INT_SUBCLASS,
    .basicsize = sizeof(Object),
    .repr = bool_repr,
    .str = bool_repr,
    .hash = int_hash,
    .richcompare = int_slot_richcompare,
    .bool_ = bool_bool,
    .nb = {
        [NB_ADD] = int_slot_add,
        [NB_AND] = bool_and,
        [NB_FLOOR_DIVIDE] = int_slot_floordiv,
        [NB_LSHIFT] = int_slot_lshift,
        [NB_MULTIPLY] = int_slot_mul,
        [NB_REMAINDER] = int_slot_mod,
        [NB_OR] = bool_or,
        [NB_POWER] = int_slot_pow,
        [NB_RSHIFT] = int_slot_rshift,
        [NB_SUBTRACT] = int_slot_sub,
        [NB_TRUE_DIVIDE] = int_slot_truediv,
        [NB_XOR] = bool_xor,
    },
    .nb_ternary_pow = int_slot_ternary_pow,
    .nb_negative = int_neg,
    .nb_positive = int_exact,
    .nb_invert = int_invert,
    .nb_absolute = int_abs,
    .nb_int = int_exact,
    .nb_float = int_slot_float,
    .nb_index = int_exact,
    .construct = bool_construct,
};

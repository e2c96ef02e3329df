/* specialize.c: deciding which specialised form an instruction becomes,
 * and rewriting it in place. The forms themselves (their guards and fast
 * bodies) are in eval.c; the layouts and the counter protocol are in
 * specialize.h. */
#include <stdio.h>
#include "specialize.h"
#include "generator.h"
#include "classobj.h"
#include "descr.h"
#include "dict.h"
#include "function.h"
#include "list.h"
#include "int.h"
#include "module.h"
#include "range.h"
#include "str.h"
#include "tuple.h"
#include "set.h"
#include "typeslots.h"
#include "runtime.h"

bool spec_stats_enabled = false;
SpecStats spec_stats[256];
CFunc spec_isinstance_fn;
CFunc spec_len_fn, spec_list_append_fn, spec_set_add_fn, spec_gen_send_fn;

/* Every form of a family keeps the family's cache size: the interpreter
 * skips caches by the executing opcode's size, and a deopt jumps from a
 * specialised body into the generic one after its skip. */
enum {
#define OP_CACHE(name, cache, flags, effect, jeffect, family) SIZE_##name = (cache),
    OPCODE_LIST(OP_CACHE)
#undef OP_CACHE
};
#define OP_SAME(name, cache, flags, effect, jeffect, family) \
    _Static_assert(SIZE_##name == SIZE_##family, #name " must have its family's cache size");
OPCODE_LIST(OP_SAME)
#undef OP_SAME

static inline int counter_backoff(CodeUnit c) { return c & (SPEC_COUNT_ONE - 1); }

/* Rewrites instr to form (keeping its argument) with a full miss budget. */
static void rewrite(CodeUnit *instr, int form) {
    int family = opcode_info[CU_OP(*instr)].family;
    int b = counter_backoff(instr[1]);
    *instr = CU_MAKE(form, CU_ARG(*instr));
    instr[1] = (CodeUnit)((SPEC_MISS_BUDGET << SPEC_BACKOFF_BITS) | b);
    spec_stats[family].success++;
    spec_stats[form].forms[form]++;
}

/* No form applies now: wait 2^backoff - 1 executions before trying again. */
static void fail(CodeUnit *instr, int reason) {
    int family = opcode_info[CU_OP(*instr)].family;
    int b = counter_backoff(instr[1]) + 1;
    if (b > SPEC_BACKOFF_MAX) b = SPEC_BACKOFF_MAX;
    instr[1] = (CodeUnit)((((1u << b) - 1u) << SPEC_BACKOFF_BITS) | (unsigned)b);
    spec_stats[family].failure++;
    spec_stats[family].reasons[reason]++;
}

void spec_miss(CodeUnit *instr, int family) {
    spec_stats[family].misses++;
    CodeUnit c = instr[1];
    if (c >= 2 * SPEC_COUNT_ONE) {
        instr[1] = (CodeUnit)(c - SPEC_COUNT_ONE);
        return;
    }
    /* Budget spent: back to the generic form, which waits before trying again. */
    spec_stats[family].deopts++;
    *instr = CU_MAKE(family, CU_ARG(*instr));
    int b = counter_backoff(c) + 1;
    if (b > SPEC_BACKOFF_MAX) b = SPEC_BACKOFF_MAX;
    instr[1] = (CodeUnit)((((1u << b) - 1u) << SPEC_BACKOFF_BITS) | (unsigned)b);
}

void spec_deoptimize_code(const CodeUnit *code, int n, CodeUnit *out) {
    for (int i = 0; i < n;) {
        int op = CU_OP(code[i]);
        int fam = opcode_info[op].name ? opcode_info[op].family : op;
        out[i] = CU_MAKE(fam, CU_ARG(code[i]));
        i++;
        for (int c = 0; c < opcode_info[fam].cache && i < n; c++, i++) out[i] = CU_MAKE(OP_CACHE, 0);
    }
}

/* The superinstruction for the pair (first, second), both generic, or -1. */
static int super_of(int first, int second) {
    switch (first) {
    case OP_LOAD_FAST:
        if (second == OP_LOAD_FAST) return OP_LOAD_FAST__LOAD_FAST;
        if (second == OP_LOAD_CONST) return OP_LOAD_FAST__LOAD_CONST;
        if (second == OP_RETURN_VALUE) return OP_LOAD_FAST__RETURN_VALUE;
        if (second == OP_LOAD_ATTR) return OP_LOAD_FAST__LOAD_ATTR;
        if (second == OP_LOAD_METHOD) return OP_LOAD_FAST__LOAD_METHOD;
        return -1;
    case OP_STORE_FAST:
        if (second == OP_LOAD_FAST) return OP_STORE_FAST__LOAD_FAST;
        if (second == OP_STORE_FAST) return OP_STORE_FAST__STORE_FAST;
        if (second == OP_JUMP_BACKWARD) return OP_STORE_FAST__JUMP_BACKWARD;
        return -1;
    case OP_LOAD_CONST:
        if (second == OP_LOAD_FAST) return OP_LOAD_CONST__LOAD_FAST;
        if (second == OP_RETURN_VALUE) return OP_LOAD_CONST__RETURN_VALUE;
        return -1;
    case OP_POP_TOP:
        return second == OP_JUMP_BACKWARD ? OP_POP_TOP__JUMP_BACKWARD : -1;
    case OP_COPY:
        return second == OP_COPY ? OP_COPY__COPY : -1;
    case OP_SWAP:
        return second == OP_SWAP ? OP_SWAP__SWAP : -1;
    default:
        return -1;
    }
}

void spec_quicken(CodeUnit *code, int n) {
    for (int i = 0; i < n;) {
        int op = CU_OP(code[i]);
        int next = i + 1 + (op < OP__COUNT ? opcode_info[op].cache : 0);
        /* The second must be its own code unit (no EXTENDED_ARG prefix):
         * the superinstruction reads its oparg from that one unit. */
        if (next < n) {
            int sup = super_of(op, CU_OP(code[next]));
            /* A LOAD_FAST before a LOAD_ATTR or LOAD_METHOD is left to
             * pair with it (LOAD_FAST__LOAD_ATTR also saves the owner's
             * refcounting), not taken as the second of this pair. */
            if (sup >= 0 && CU_OP(code[next]) == OP_LOAD_FAST && next + 1 < n &&
                (CU_OP(code[next + 1]) == OP_LOAD_ATTR || CU_OP(code[next + 1]) == OP_LOAD_METHOD))
                sup = -1;
            if (sup >= 0) code[i] = CU_MAKE(sup, CU_ARG(code[i]));
        }
        i = next;
    }
}

/* ---- operators ----------------------------------------------------------------- */

void specialize_binary_op(CodeUnit *instr, Value l, Value r, int oparg) {
    int op = oparg >= NB_INPLACE ? oparg - NB_INPLACE : oparg;
    if (v_is_smallint(l) && v_is_smallint(r)) {
        switch (op) {
        case NB_ADD: rewrite(instr, OP_BINARY_OP_ADD_INT); return;
        case NB_SUBTRACT: rewrite(instr, OP_BINARY_OP_SUBTRACT_INT); return;
        case NB_MULTIPLY: rewrite(instr, OP_BINARY_OP_MULTIPLY_INT); return;
        case NB_FLOOR_DIVIDE: rewrite(instr, OP_BINARY_OP_FLOOR_DIVIDE_INT); return;
        case NB_REMAINDER: rewrite(instr, OP_BINARY_OP_REMAINDER_INT); return;
        case NB_AND: case NB_OR: case NB_XOR: case NB_LSHIFT: case NB_RSHIFT:
            rewrite(instr, OP_BINARY_OP_INT);
            return;
        default: fail(instr, SPEC_FAIL_OPERATOR); return;
        }
    }
    if (v_is_int(l) && v_is_int(r)) {
        /* A big int on either side (the small-int forms above deopt on them). */
        switch (op) {
        case NB_ADD: case NB_SUBTRACT: case NB_MULTIPLY: case NB_FLOOR_DIVIDE: case NB_REMAINDER:
        case NB_AND: case NB_OR: case NB_XOR: case NB_LSHIFT: case NB_RSHIFT:
            rewrite(instr, OP_BINARY_OP_INT);
            return;
        default: fail(instr, SPEC_FAIL_OPERATOR); return;
        }
    }
    if (op == NB_ADD && v_is_str(l) && v_is_str(r)) { rewrite(instr, OP_BINARY_OP_ADD_STR); return; }
    /* (list += list extends in place: left to the generic form.) */
    if (oparg == NB_ADD && v_is_list(l) && v_is_list(r)) { rewrite(instr, OP_BINARY_OP_ADD_LIST); return; }
    if ((v_is_float(l) || v_is_smallint(l)) && (v_is_float(r) || v_is_smallint(r))) {
        /* At least one float: the float forms accept an int on either side. */
        switch (op) {
        case NB_ADD: rewrite(instr, OP_BINARY_OP_ADD_FLOAT); return;
        case NB_SUBTRACT: rewrite(instr, OP_BINARY_OP_SUBTRACT_FLOAT); return;
        case NB_MULTIPLY: rewrite(instr, OP_BINARY_OP_MULTIPLY_FLOAT); return;
        case NB_TRUE_DIVIDE: rewrite(instr, OP_BINARY_OP_TRUE_DIVIDE_FLOAT); return;
        case NB_POWER:
            if (v_is_float(l)) { rewrite(instr, OP_BINARY_OP_POWER_FLOAT); return; }
            fail(instr, SPEC_FAIL_TYPES);
            return;
        default: fail(instr, SPEC_FAIL_OPERATOR); return;
        }
    }
    fail(instr, SPEC_FAIL_TYPES);
}

void specialize_compare_op(CodeUnit *instr, Value l, Value r, int oparg) {
    if (v_is_smallint(l) && v_is_smallint(r)) { rewrite(instr, OP_COMPARE_OP_INT); return; }
    if (v_is_float(l) && v_is_float(r)) { rewrite(instr, OP_COMPARE_OP_FLOAT); return; }
    if (v_is_str(l) && v_is_str(r)) {
        if (oparg == CMP_EQ || oparg == CMP_NE) { rewrite(instr, OP_COMPARE_OP_STR); return; }
        fail(instr, SPEC_FAIL_OPERATOR);
        return;
    }
    fail(instr, SPEC_FAIL_TYPES);
}

void specialize_contains_op(CodeUnit *instr, Value container) {
    if (v_is_dict(container)) { rewrite(instr, OP_CONTAINS_OP_DICT); return; }
    if (v_is_type(container, &SetType) || v_is_type(container, &FrozenSetType)) {
        rewrite(instr, OP_CONTAINS_OP_SET);
        return;
    }
    fail(instr, SPEC_FAIL_TYPES);
}

void specialize_binary_subscr(CodeUnit *instr, Value container, Value key) {
    if (v_is_list(container) && v_is_smallint(key)) { rewrite(instr, OP_BINARY_SUBSCR_LIST_INT); return; }
    if (v_is_tuple(container) && v_is_smallint(key)) { rewrite(instr, OP_BINARY_SUBSCR_TUPLE_INT); return; }
    if (v_is_dict(container)) { rewrite(instr, OP_BINARY_SUBSCR_DICT); return; }
    fail(instr, SPEC_FAIL_TYPES);
}

void specialize_store_subscr(CodeUnit *instr, Value container, Value key) {
    if (v_is_list(container) && v_is_smallint(key)) { rewrite(instr, OP_STORE_SUBSCR_LIST_INT); return; }
    if (v_is_dict(container)) { rewrite(instr, OP_STORE_SUBSCR_DICT); return; }
    fail(instr, SPEC_FAIL_TYPES);
}

void specialize_unpack_sequence(CodeUnit *instr, Value seq, int oparg) {
    if (v_is_tuple(seq) && tuple_size(seq) == oparg) {
        rewrite(instr, oparg == 2 ? OP_UNPACK_SEQUENCE_TWO_TUPLE : OP_UNPACK_SEQUENCE_TUPLE);
        return;
    }
    if (v_is_list(seq) && list_size(seq) == oparg) { rewrite(instr, OP_UNPACK_SEQUENCE_LIST); return; }
    fail(instr, v_is_tuple(seq) || v_is_list(seq) ? SPEC_FAIL_ARGS : SPEC_FAIL_TYPES);
}

void specialize_for_iter(CodeUnit *instr, Value iter) {
    if (v_is_type(iter, &RangeIterType) && !((RangeIterObject *)v_as_obj(iter))->big) {
        rewrite(instr, OP_FOR_ITER_RANGE);
        return;
    }
    if (v_is_type(iter, &ListIterType)) { rewrite(instr, OP_FOR_ITER_LIST); return; }
    if (v_is_type(iter, &TupleIterType)) { rewrite(instr, OP_FOR_ITER_TUPLE); return; }
    if (generator_check(iter)) { rewrite(instr, OP_FOR_ITER_GEN); return; }
    if (v_is_type(iter, &EnumerateType)) { rewrite(instr, OP_FOR_ITER_ENUMERATE); return; }
    fail(instr, SPEC_FAIL_TYPES);
}

/* ---- names ------------------------------------------------------------------------ */

/* The index of key's entry in d's dense entry array, or -1. */
static int64_t dict_entry_index(Value d, Value key) {
    DictObject *o = v_as_dict(d);
    for (int64_t i = 0; i < o->nentries && i < 0xFFFF; i++)
        if (o->entries[i].key == key) return i;
    return -1;
}

void specialize_load_global(CodeUnit *instr, Value globals, Value builtins, Value name) {
    if (!v_is_dict(globals) || !v_is_dict(builtins)) { fail(instr, SPEC_FAIL_TYPES); return; }
    int64_t i = dict_entry_index(globals, name);
    if (i >= 0) {
        instr[2] = (CodeUnit)i;
        rewrite(instr, OP_LOAD_GLOBAL_MODULE);
        return;
    }
    if (!v_is_null(dict_get_str(globals, name))) { fail(instr, SPEC_FAIL_RANGE); return; }
    i = dict_entry_index(builtins, name);
    if (i < 0) { fail(instr, SPEC_FAIL_NOT_FOUND); return; }
    instr[2] = (CodeUnit)i;
    cache_set_u48(instr + 3, SPEC_VERSION48(v_as_dict(globals)->version));
    rewrite(instr, OP_LOAD_GLOBAL_BUILTIN);
}

/* ---- attributes -------------------------------------------------------------------- */

static inline bool is_data_descr(Value attr) {
    return v_is_ptr(attr) && (v_as_obj(attr)->type == &GetSetDescrType ||
                              v_as_obj(attr)->type->descr_set != NULL);
}

/* The shape of owner's attributes (dict slot dp): its inline block's in
 * inline mode (NULL for the root), its vector's in shape mode, else NULL. */
static Shape *owner_shape(Value owner, Value *dp) {
    if (!dp) return NULL;
    if (v_is_attrs(*dp)) return ((AttrsObject *)v_as_obj(*dp))->shape;
    if (v_is_null(*dp) && type_uses_shapes(v_type(owner))) return inline_attrs(v_as_obj(owner))->shape;
    return NULL;
}

/* The instance's dict entry index for name, or -1. */
static int64_t instance_entry_index(Value owner, Value name) {
    Value *dp = instance_dictptr(owner);
    if (!dp || v_is_null(*dp) || !v_is_dict(*dp)) return -1;
    return dict_entry_index(*dp, name);
}

static bool interned(Value name) {
    return v_is_ptr(name) && v_as_obj(name)->type == &StrType && v_as_str(name)->interned;
}

/* Whether a shape-mode attribute site should use the _POLY form (any
 * plain class, keyed on the shape alone) rather than the one-type form:
 * when the site has already deoptimised or failed (its counter has
 * backed off: typically instances of sibling classes passing through a
 * method of their base), the name is no dunder and the class is plain.
 * Monomorphic sites keep the one-type forms. */
static bool poly_site(CodeUnit *instr, TypeObject *t, Value name) {
    return counter_backoff(instr[1]) > 0 && !name_is_dunder(name) && type_is_plain(t);
}

void specialize_load_attr(CodeUnit *instr, Value owner, Value name) {
    if (!interned(name)) { fail(instr, SPEC_FAIL_OTHER); return; }
    TypeObject *t = v_type(owner);
    if (t == &ModuleType) {
        Value d = ((ModuleObject *)v_as_obj(owner))->dict;
        int64_t i = v_is_dict(d) ? dict_entry_index(d, name) : -1;
        if (i < 0) { fail(instr, SPEC_FAIL_NOT_FOUND); return; }
        instr[4] = (CodeUnit)i;
        rewrite(instr, OP_LOAD_ATTR_MODULE);
        return;
    }
    if (t == &TypeType) {
        /* A class attribute read through the class (metatype exactly type,
         * which is immutable): cacheable when type itself has no attribute
         * of that name and the value is returned as it is. */
        TypeObject *cls = (TypeObject *)v_as_obj(owner);
        if (!v_is_null(type_lookup(&TypeType, name))) { fail(instr, SPEC_FAIL_OVERRIDDEN); return; }
        Value attr = type_lookup(cls, name);
        if (v_is_null(attr)) { fail(instr, SPEC_FAIL_NOT_FOUND); return; }
        if (v_is_ptr(attr) && !v_is_function(attr) && v_type(attr)->descr_get &&
            v_type(attr) != &MethodDescrType) {
            fail(instr, SPEC_FAIL_DESCRIPTOR);
            return;
        }
        if (v_is_type(attr, &MethodDescrType) &&
            (((MethodDescrObject *)v_as_obj(attr))->def->flags & METH_CLASS)) {
            fail(instr, SPEC_FAIL_DESCRIPTOR);
            return;
        }
        if (!cls->version) { fail(instr, SPEC_FAIL_UNVERSIONED); return; }
        cache_set_u32(instr + 2, cls->version);
        cache_set_u64(instr + 5, (uint64_t)attr);
        rewrite(instr, OP_LOAD_ATTR_CLASS);
        return;
    }
    /* A class with only a __getattr__ hook (decimal.Context): the forms
     * below give the generic lookup's result and deoptimise where it could
     * fail, so they are exact for it too, but for a property (whose
     * getter's AttributeError would have to reach __getattr__). */
    bool hooked = t->getattr != NULL;
    if (hooked && !typeslots_getattr_is_fallback_only(t)) { fail(instr, SPEC_FAIL_OVERRIDDEN); return; }
    if (!t->version) { fail(instr, SPEC_FAIL_UNVERSIONED); return; }
    Value attr = type_lookup(t, name);
    if (!v_is_null(attr) && is_data_descr(attr)) {
        int64_t off = member_descr_slot_offset(attr, t);
        if (off > 0 && off <= 0xFFFF && v_is_ptr(owner)) {
            cache_set_u32(instr + 2, t->version);
            instr[4] = (CodeUnit)off;
            rewrite(instr, OP_LOAD_ATTR_SLOT);
            return;
        }
        if (v_is_type(attr, &PropertyType) && !hooked) {
            cache_set_u32(instr + 2, t->version);
            cache_set_u64(instr + 5, (uint64_t)attr);
            rewrite(instr, OP_LOAD_ATTR_PROPERTY);
            return;
        }
        fail(instr, SPEC_FAIL_DESCRIPTOR);
        return;
    }
    /* The specialised forms read the dict at a fixed offset: not for
     * str/bytes/tuple subclasses, whose dict trails variable data. */
    if (t->dictoffset < 0) { fail(instr, SPEC_FAIL_OTHER); return; }
    Value *dp = instance_dictptr(owner);
    Shape *shape = owner_shape(owner, dp);
    if (shape) {
        int k = shape_index(shape, name);
        if (k < 0) { fail(instr, SPEC_FAIL_NOT_FOUND); return; }
        cache_set_u32(instr + 2, t->version);
        instr[4] = (CodeUnit)k;
        cache_set_u64(instr + 5, (uint64_t)(uintptr_t)shape);
        rewrite(instr, poly_site(instr, t, name) ? OP_LOAD_ATTR_SHAPE_POLY
                                                 : OP_LOAD_ATTR_INSTANCE_SHAPE);
        return;
    }
    int64_t i = instance_entry_index(owner, name);
    if (i < 0) { fail(instr, t->dictoffset ? SPEC_FAIL_NOT_FOUND : SPEC_FAIL_NO_DICT); return; }
    cache_set_u32(instr + 2, t->version);
    instr[4] = (CodeUnit)i;
    rewrite(instr, OP_LOAD_ATTR_INSTANCE_VALUE);
}

void specialize_store_attr(CodeUnit *instr, Value owner, Value name) {
    if (!interned(name)) { fail(instr, SPEC_FAIL_OTHER); return; }
    TypeObject *t = v_type(owner);
    if (t->setattr) { fail(instr, SPEC_FAIL_OVERRIDDEN); return; }
    if (!t->version) { fail(instr, SPEC_FAIL_UNVERSIONED); return; }
    Value attr = type_lookup(t, name);
    if (!v_is_null(attr) && is_data_descr(attr)) {
        int64_t off = member_descr_slot_offset(attr, t);
        if (off > 0 && off <= 0xFFFF && v_is_ptr(owner)) {
            cache_set_u32(instr + 2, t->version);
            instr[4] = (CodeUnit)off;
            rewrite(instr, OP_STORE_ATTR_SLOT);
            return;
        }
        fail(instr, SPEC_FAIL_DESCRIPTOR);
        return;
    }
    if (!t->dictoffset) { fail(instr, SPEC_FAIL_NO_DICT); return; }
    if (t->dictoffset < 0) { fail(instr, SPEC_FAIL_OTHER); return; }   /* no fixed offset */
    Value *dp = instance_dictptr(owner);
    if (v_is_attrs(*dp) || (v_is_null(*dp) && type_uses_shapes(t))) {
        /* The hint: the name's slot, or (a store that adds it) the next one. */
        int k = 0;
        Shape *shape = owner_shape(owner, dp);
        if (shape) {
            k = shape_index(shape, name);
            if (k < 0) k = (int)shape->nslots;
        }
        cache_set_u32(instr + 2, t->version);
        instr[4] = (CodeUnit)k;
        rewrite(instr, poly_site(instr, t, name) ? OP_STORE_ATTR_SHAPE_POLY : OP_STORE_ATTR_SHAPE);
        return;
    }
    if (!v_is_null(*dp) && !v_is_dict(*dp)) { fail(instr, SPEC_FAIL_TYPES); return; }
    /* The hint: where the attribute is now, or (a store that adds it)
     * where the next entry will go. */
    int64_t i = instance_entry_index(owner, name);
    if (i < 0) i = v_is_null(*dp) ? 0 : v_as_dict(*dp)->nentries;
    cache_set_u32(instr + 2, t->version);
    instr[4] = (CodeUnit)(i > 0xFFFF ? 0xFFFF : i);
    rewrite(instr, OP_STORE_ATTR_INSTANCE_VALUE);
}

void specialize_load_method(CodeUnit *instr, Value owner, Value name) {
    if (!interned(name)) { fail(instr, SPEC_FAIL_OTHER); return; }
    TypeObject *t = v_type(owner);
    if (t == &ModuleType) {
        Value d = ((ModuleObject *)v_as_obj(owner))->dict;
        int64_t i = v_is_dict(d) ? dict_entry_index(d, name) : -1;
        if (i < 0) { fail(instr, SPEC_FAIL_NOT_FOUND); return; }
        instr[4] = (CodeUnit)i;
        rewrite(instr, OP_LOAD_METHOD_MODULE);
        return;
    }
    /* (A method found on the class: a __getattr__ hook never runs.) */
    if (t->getattr && !typeslots_getattr_is_fallback_only(t)) { fail(instr, SPEC_FAIL_OVERRIDDEN); return; }
    if (!t->version) { fail(instr, SPEC_FAIL_UNVERSIONED); return; }
    Value attr = type_lookup(t, name);
    if (v_is_null(attr)) { fail(instr, SPEC_FAIL_NOT_FOUND); return; }
    TypeObject *at = v_type(attr);
    bool method = (at == &MethodDescrType &&
                   !(((MethodDescrObject *)v_as_obj(attr))->def->flags & METH_CLASS)) ||
                  at == &FunctionType || at == &SlotWrapperType;
    if (!method) { fail(instr, SPEC_FAIL_DESCRIPTOR); return; }
    cache_set_u32(instr + 2, t->version);
    cache_set_u64(instr + 5, (uint64_t)attr);
    if (t->dictoffset) {
        if (t->dictoffset < 0) { fail(instr, SPEC_FAIL_OTHER); return; }   /* no fixed offset */
        if (!v_is_null(instance_get_attr(owner, name))) { fail(instr, SPEC_FAIL_OVERRIDDEN); return; }
        Value *dp = instance_dictptr(owner);
        instr[4] = 0;   /* shape ids start at 1 */
        Shape *shape = owner_shape(owner, dp);
        if (shape) {
            uint32_t id = shape->id;
            if (id <= 0xFFFF) instr[4] = (CodeUnit)id;
        }
        rewrite(instr, at == &FunctionType && (v_is_null(*dp) || v_is_attrs(*dp)) &&
                               poly_site(instr, t, name)
                           ? OP_LOAD_METHOD_POLY
                           : OP_LOAD_METHOD_WITH_DICT);
    } else {
        rewrite(instr, OP_LOAD_METHOD_NO_DICT);
    }
}

/* ---- calls ------------------------------------------------------------------------ */

static bool exact_args(Value fn, int nargs) {
    CodeObject *co = v_as_code(v_as_function(fn)->code);
    return co->argcount == nargs && !(co->flags & (CO_VARARGS | CO_VARKEYWORDS)) &&
           co->kwonlyargcount == 0;
}

/* As exact_args, but nargs may fall short of the parameter count by up to
 * the number of defaults (CALL_PY_WITH_DEFAULTS, and __init__ for
 * CALL_ALLOC_AND_ENTER_INIT). */
static bool args_with_defaults(Value fn, int nargs) {
    FunctionObject *f = v_as_function(fn);
    CodeObject *co = v_as_code(f->code);
    if ((co->flags & (CO_VARARGS | CO_VARKEYWORDS)) || co->kwonlyargcount != 0) return false;
    if (co->argcount == nargs) return true;
    int64_t nd = v_is_tuple(f->defaults) ? tuple_size(f->defaults) : 0;
    return nargs < co->argcount && co->argcount - nd <= nargs;
}

void specialize_call(CodeUnit *instr, Value callable, Value self_or_null, int oparg, Value kwnames) {
    if (!v_is_null(kwnames)) { fail(instr, SPEC_FAIL_KWNAMES); return; }
    int is_meth = !v_is_null(self_or_null);
    int nargs = oparg + is_meth;
    if (v_is_function(callable)) {
        if (!exact_args(callable, nargs)) {
            if (!args_with_defaults(callable, nargs)) { fail(instr, SPEC_FAIL_ARGS); return; }
            rewrite(instr, OP_CALL_PY_WITH_DEFAULTS);
            return;
        }
        rewrite(instr, OP_CALL_PY_EXACT_ARGS);
        return;
    }
    if (!is_meth && v_is_type(callable, &BoundMethodType)) {
        BoundMethodObject *bm = (BoundMethodObject *)v_as_obj(callable);
        if (!v_is_function(bm->func)) { fail(instr, SPEC_FAIL_TYPES); return; }
        if (!exact_args(bm->func, nargs + 1)) { fail(instr, SPEC_FAIL_ARGS); return; }
        rewrite(instr, OP_CALL_BOUND_METHOD_EXACT_ARGS);
        return;
    }
    if (v_is_type(callable, &BuiltinFunctionType)) {
        BuiltinFunctionObject *bf = (BuiltinFunctionObject *)v_as_obj(callable);
        if (!is_meth && oparg == 2 && strcmp(bf->name, "isinstance") == 0) {
            spec_isinstance_fn = bf->fn;
            rewrite(instr, OP_CALL_ISINSTANCE);
            return;
        }
        if (!is_meth && oparg == 1 && strcmp(bf->name, "len") == 0 &&
            dict_get_str(runtime_builtins(), str_intern_cstr("len")) == callable) {
            spec_len_fn = bf->fn;
            rewrite(instr, OP_CALL_LEN);
            return;
        }
        rewrite(instr, OP_CALL_BUILTIN);
        return;
    }
    if (!is_meth && v_is_ptr(callable) && v_as_obj(callable)->type == &TypeType &&
        callable != v_from_obj(&TypeType)) {
        TypeObject *t = (TypeObject *)v_as_obj(callable);
        if (type_is_heap(t)) {
            /* Class instantiation: object.__new__ + a Python __init__
             * taking self and exactly the positional arguments. */
            if (!type_spec_init(t)) { fail(instr, SPEC_FAIL_OVERRIDDEN); return; }
            Value init = as_heaptype(t)->init_func;
            if (!args_with_defaults(init, nargs + 1) ||
                (v_as_code(v_as_function(init)->code)->flags & CO_SPEC_NOT_PLAIN)) {
                fail(instr, SPEC_FAIL_ARGS);
                return;
            }
            rewrite(instr, OP_CALL_ALLOC_AND_ENTER_INIT);
            return;
        }
        if (t->construct) { rewrite(instr, OP_CALL_BUILTIN_CLASS); return; }
    }
    if (v_is_type(callable, &MethodDescrType) && is_meth &&
        ((MethodDescrObject *)v_as_obj(callable))->def->flags == 0) {
        MethodDescrObject *md = (MethodDescrObject *)v_as_obj(callable);
        if (oparg == 1 && md->owner == &ListType && strcmp(md->def->name, "append") == 0) {
            spec_list_append_fn = md->def->fn;
            rewrite(instr, OP_CALL_LIST_APPEND);
            return;
        }
        if (oparg == 1 && md->owner == &SetType && strcmp(md->def->name, "add") == 0) {
            spec_set_add_fn = md->def->fn;
            rewrite(instr, OP_CALL_SET_ADD);
            return;
        }
        if (oparg == 1 && md->owner == &GeneratorType && strcmp(md->def->name, "send") == 0) {
            spec_gen_send_fn = md->def->fn;
            rewrite(instr, OP_CALL_GEN_SEND);
            return;
        }
        rewrite(instr, OP_CALL_METHOD_DESCR);
        return;
    }
    if (callable == v_from_obj(&TypeType) && nargs == 1) { rewrite(instr, OP_CALL_TYPE_1); return; }
    fail(instr, SPEC_FAIL_TYPES);
}

/* ---- --stats ------------------------------------------------------------------------ */

static const char *const reason_names[SPEC_FAIL__COUNT] = {
    "other", "operand types", "operator", "overridden lookup", "no instance dict",
    "descriptor", "not found", "keyword arguments", "argument shape", "shadowed or range",
    "unversioned type",
};

void spec_stats_print(void *fp) {
    FILE *f = fp;
    fprintf(f, "coil specialisation statistics (%s)\n", runtime_options.specialize ? "on" : "off");
    fprintf(f, "%-18s %12s %12s %10s %8s %8s\n", "family", "hits", "misses", "deopts", "special", "failed");
    for (int fam = 0; fam < 256; fam++) {
        if (!opcode_info[fam].name || opcode_info[fam].family != fam || !opcode_info[fam].cache) continue;
        SpecStats *s = &spec_stats[fam];
        uint64_t hits = 0;
        for (int op = 0; op < 256; op++)
            if (opcode_info[op].name && op != fam && opcode_info[op].family == fam) hits += spec_stats[op].hits;
        if (!hits && !s->misses && !s->success && !s->failure) continue;
        fprintf(f, "%-18s %12llu %12llu %10llu %8llu %8llu\n", opcode_info[fam].name,
                (unsigned long long)hits, (unsigned long long)s->misses,
                (unsigned long long)s->deopts, (unsigned long long)s->success,
                (unsigned long long)s->failure);
        for (int op = 0; op < 256; op++)
            if (opcode_info[op].name && op != fam && opcode_info[op].family == fam &&
                (spec_stats[op].hits || spec_stats[op].forms[op]))
                fprintf(f, "    %-28s hits %12llu  specialised %llu\n", opcode_info[op].name,
                        (unsigned long long)spec_stats[op].hits,
                        (unsigned long long)spec_stats[op].forms[op]);
        for (int r = 0; r < SPEC_FAIL__COUNT; r++)
            if (s->reasons[r])
                fprintf(f, "    failure: %-22s %llu\n", reason_names[r], (unsigned long long)s->reasons[r]);
    }
}

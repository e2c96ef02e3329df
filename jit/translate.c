/* translate.c: a code object's specialised bytecode (+ inline caches) ->
 * uops (uops.h, ir.h).
 *
 * Passes: decode the code units; walk the reachable instructions from
 * offset 0 along normal control flow (code only reachable from exception
 * handlers stays in the interpreter) computing each one's stack depth;
 * mark block leaders and loop heads; a "definitely bound" dataflow over the
 * fast locals (drops CHECK_BOUND); then emit one block per leader in offset
 * order, plus an OSR stub block per loop head. Branch targets are recorded
 * as code offsets and resolved to block indices at the end.
 */
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>

#include "translate.h"
#include "../vm/opcodes.h"
#include "../vm/tuple.h"
#include "../vm/object.h"
#include "../vm/dict.h"
#include "../vm/str.h"
#include "../vm/list.h"
#include "../vm/range.h"
#include "../vm/classobj.h"
#include "../vm/specialize.h"
#include <stddef.h>
#include "../vm/frame.h"
#include "../vm/function.h"
#include "../vm/module.h"
#include "../vm/descr.h"
#include "../vm/modules/mathmod.h"
#include "../vm/runtime.h"
#include <math.h>

#define CO_NOT_COMPILED (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR | CO_ITERABLE_COROUTINE)
/* Generators and coroutines are compiled (async generators are not): their
 * entries are the body start after RETURN_GENERATOR and the resume points
 * after each YIELD_VALUE (F_RESUME), never offset 0 (jit.h). */
#define CO_GEN_LIKE (CO_GENERATOR | CO_COROUTINE | CO_ITERABLE_COROUTINE)

enum { F_REACH = 1, F_LEADER = 2, F_LOOPHEAD = 4, F_GENERIC = 8, F_RESUME = 16 };

typedef struct Pending { int32_t uop; int32_t target_o; } Pending;

typedef struct TS {
    CodeObject *co;
    Value globals, builtins;    /* of the frame that made co hot (V_NULL: unknown) */
    const JitRuntime *rt;
    JitFunction *fn;
    int n;
    const CodeUnit *code;
    int32_t *start;     /* per opcode unit: its instruction's start (first EXTENDED_ARG), -1 if not an opcode unit */
    int32_t *arg;       /* oparg with EXTENDED_ARG applied */
    int32_t *next;      /* the following instruction's start */
    int32_t *op_at;     /* per instruction start: the opcode unit, -1 otherwise */
    int32_t *depth;     /* stack depth before the instruction, -1 unreached */
    int32_t *blk;       /* code block index of a leader */
    uint8_t *flag;
    /* definitely-bound locals: words per set, one set per leader (block in) */
    int words;
    uint64_t *bound_in; /* n * words, indexed by opcode unit of leaders */
    uint64_t *entry_bound;
    uint64_t *cur;      /* scratch */
    Pending *pend; int npend, cappend;
    int32_t scratch;    /* fn->stacksize - 1 */
    /* what the translator knows of each slot in the current block, for the
     * float forms' guards: 0 unknown, 1 small int, 2 float */
    uint8_t *kind;
    /* a value the translator expects in slot hint_slot (-1: none), from an
     * inline LOAD_GLOBAL (the dict entry's value now) or a module method
     * load of it; only a hint: code built on it guards it at run time */
    int hint_slot;
    Value hint_val;
    bool hint_null;     /* slot hint_slot - 1 holds the NULL of LOAD_GLOBAL (oparg & 1) */
    bool hint_meth;     /* slot hint_slot holds the method an inline LOAD_METHOD_{WITH,NO}_DICT
                         * loaded (its cache's method on the hit path), the self slot above it */
    /* slots [inl_base, inl_base + inl_n) are an inlined callee's locals and
     * stack (inline_pure_call): above the frame's stack, never written to it */
    int32_t inl_base, inl_n;
    int32_t gen_start;  /* a generator's body start (after RETURN_GENERATOR), -1 otherwise */
    char *why; size_t whylen;
    bool failed;
} TS;

static void set_why(TS *t, const char *fmt, ...) {
    if (t->failed) return;
    t->failed = true;
    if (t->why && t->whylen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(t->why, t->whylen, fmt, ap);
        va_end(ap);
    }
}

/* ---- opcode -> helper uop ---- */

static int helper_uop(int op) {
    switch (op) {
#define H(name) case OP_##name: return UOP_H_##name;
    H(UNARY_POSITIVE) H(UNARY_NEGATIVE) H(UNARY_NOT) H(UNARY_INVERT)
    H(BINARY_OP) H(COMPARE_OP) H(COMPARE_OP_STR)
    H(CONTAINS_OP) H(CONTAINS_OP_DICT) H(CONTAINS_OP_SET)
    H(BINARY_SUBSCR) H(BINARY_SUBSCR_LIST_INT) H(BINARY_SUBSCR_TUPLE_INT) H(BINARY_SUBSCR_DICT)
    H(STORE_SUBSCR) H(STORE_SUBSCR_LIST_INT) H(STORE_SUBSCR_DICT) H(DELETE_SUBSCR)
    H(BUILD_SLICE) H(DELETE_FAST) H(LOAD_NAME) H(STORE_NAME) H(DELETE_NAME)
    H(LOAD_GLOBAL) H(LOAD_GLOBAL_MODULE) H(LOAD_GLOBAL_BUILTIN) H(STORE_GLOBAL) H(DELETE_GLOBAL)
    H(MAKE_CELL) H(COPY_FREE_VARS) H(LOAD_CLOSURE) H(LOAD_DEREF) H(LOAD_CLASSDEREF)
    H(STORE_DEREF) H(DELETE_DEREF)
    H(LOAD_ATTR) H(LOAD_ATTR_INSTANCE_VALUE) H(LOAD_ATTR_MODULE) H(LOAD_ATTR_INSTANCE_SHAPE)
    H(LOAD_ATTR_CLASS) H(LOAD_ATTR_PROPERTY)
    H(LOAD_ATTR_SHAPE_POLY) H(STORE_ATTR_SHAPE_POLY) H(LOAD_METHOD_POLY)
    H(STORE_ATTR) H(STORE_ATTR_SHAPE) H(STORE_ATTR_INSTANCE_VALUE) H(DELETE_ATTR)
    H(LOAD_METHOD) H(LOAD_METHOD_WITH_DICT) H(LOAD_METHOD_NO_DICT) H(LOAD_METHOD_MODULE)
    H(BUILD_TUPLE) H(BUILD_LIST) H(BUILD_SET) H(BUILD_MAP) H(BUILD_CONST_KEY_MAP) H(BUILD_STRING)
    H(LIST_APPEND) H(SET_ADD) H(MAP_ADD) H(LIST_EXTEND) H(SET_UPDATE) H(DICT_UPDATE) H(DICT_MERGE)
    H(LIST_TO_TUPLE)
    H(UNPACK_SEQUENCE) H(UNPACK_SEQUENCE_TWO_TUPLE) H(UNPACK_SEQUENCE_TUPLE) H(UNPACK_SEQUENCE_LIST)
    H(UNPACK_EX) H(FORMAT_VALUE) H(GET_ITER)
    H(FOR_ITER) H(FOR_ITER_RANGE) H(FOR_ITER_LIST) H(FOR_ITER_TUPLE)
    H(CALL) H(CALL_PY_EXACT_ARGS) H(CALL_BOUND_METHOD_EXACT_ARGS) H(CALL_PY_WITH_DEFAULTS) H(CALL_BUILTIN)
    H(CALL_METHOD_DESCR) H(CALL_TYPE_1) H(CALL_ALLOC_AND_ENTER_INIT) H(CALL_BUILTIN_CLASS)
    H(CALL_ISINSTANCE) H(CALL_FUNCTION_EX)
    H(MAKE_FUNCTION) H(LOAD_BUILD_CLASS) H(RAISE_VARARGS) H(LOAD_ASSERTION_ERROR)
    H(BEFORE_WITH) H(IMPORT_NAME) H(IMPORT_FROM) H(GET_LEN)
#undef H
    default: return -1;
    }
}

/* Instructions translated to inline uops. */
static bool inline_op(int op) {
    switch (op) {
    case OP_NOP: case OP_RESUME: case OP_POP_TOP: case OP_PUSH_NULL: case OP_COPY: case OP_SWAP:
    case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_STORE_FAST: case OP_IS_OP:
    case OP_JUMP_FORWARD: case OP_JUMP_BACKWARD: case OP_JUMP_BACKWARD_NO_INTERRUPT:
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE: case OP_RETURN_VALUE: case OP_KW_NAMES:
    case OP_BINARY_OP_ADD_INT: case OP_BINARY_OP_SUBTRACT_INT: case OP_BINARY_OP_MULTIPLY_INT:
    case OP_BINARY_OP_FLOOR_DIVIDE_INT: case OP_BINARY_OP_REMAINDER_INT:
    case OP_BINARY_OP_ADD_FLOAT: case OP_BINARY_OP_SUBTRACT_FLOAT:
    case OP_BINARY_OP_MULTIPLY_FLOAT: case OP_BINARY_OP_TRUE_DIVIDE_FLOAT:
    case OP_COMPARE_OP_INT: case OP_COMPARE_OP_FLOAT: case OP_BINARY_OP_POWER_FLOAT:
    case OP_LOAD_ATTR_SLOT: case OP_STORE_ATTR_SLOT:
        return true;
    default:
        return false;
    }
}

static bool rt_has(const JitRuntime *rt, int uop) {
    return rt && rt->helpers[uop] != NULL;
}

/* How the instruction at opcode unit o is translated: its effective opcode
 * (the generic family at a generic site or when its form has no helper),
 * and the helper uop (-1 for inline ones). Returns false when the
 * instruction is left to the interpreter (DEOPT). */
static bool resolve(TS *t, int o, int *eop, int *huop) {
    int op = opcode_unsuper(CU_OP(t->code[o]));
    int fam = opcode_info[op].family;
    if (t->flag[o] & F_GENERIC) op = fam;
    if (op == OP_YIELD_VALUE) {
        /* a generator's: UOP_YIELD (translated in emit_inst) */
        *eop = op;
        *huop = -1;
        return t->gen_start >= 0;
    }
    if (inline_op(op)) {
        /* JUMP_IF_*_OR_POP and POP_JUMP_IF_FALSE/TRUE need H_TO_BOOL */
        *eop = op;
        *huop = -1;
        return true;
    }
    if (op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP) {
        *eop = op;
        *huop = UOP_H_TO_BOOL;
        return rt_has(t->rt, UOP_H_TO_BOOL);
    }
    /* a bare `raise` re-raises without a traceback entry for this frame:
     * an error exit cannot say that, the interpreter does it */
    if (op == OP_RAISE_VARARGS && t->arg[o] == 0) return false;
    int h = helper_uop(op);
    if (h >= 0 && rt_has(t->rt, h)) { *eop = op; *huop = h; return true; }
    if (fam != op) {
        if (inline_op(fam)) { *eop = fam; *huop = -1; return true; }
        h = helper_uop(fam);
        if (h >= 0 && rt_has(t->rt, h)) { *eop = fam; *huop = h; return true; }
    }
    return false;
}

/* ---- helper stack contracts ---- */

/* Inputs of the helper for (generic family) op; outputs = inputs + the
 * instruction's stack effect. */
static int helper_nin(int fam, int oparg) {
    switch (fam) {
    case OP_UNARY_POSITIVE: case OP_UNARY_NEGATIVE: case OP_UNARY_NOT: case OP_UNARY_INVERT:
        return 1;
    case OP_BINARY_OP: case OP_COMPARE_OP: case OP_CONTAINS_OP: case OP_BINARY_SUBSCR:
    case OP_DELETE_SUBSCR: case OP_IMPORT_NAME:
        return 2;
    case OP_STORE_SUBSCR: return 3;
    case OP_BUILD_SLICE: return oparg;
    case OP_DELETE_FAST: case OP_LOAD_NAME: case OP_DELETE_NAME: case OP_LOAD_GLOBAL:
    case OP_DELETE_GLOBAL: case OP_MAKE_CELL: case OP_COPY_FREE_VARS: case OP_LOAD_CLOSURE:
    case OP_LOAD_DEREF: case OP_LOAD_CLASSDEREF: case OP_DELETE_DEREF: case OP_LOAD_BUILD_CLASS:
    case OP_LOAD_ASSERTION_ERROR:
        return 0;
    case OP_STORE_NAME: case OP_STORE_GLOBAL: case OP_STORE_DEREF: case OP_LOAD_ATTR:
    case OP_DELETE_ATTR: case OP_LOAD_METHOD: case OP_LIST_TO_TUPLE: case OP_UNPACK_SEQUENCE:
    case OP_UNPACK_EX: case OP_GET_ITER: case OP_FOR_ITER: case OP_BEFORE_WITH:
    case OP_IMPORT_FROM: case OP_GET_LEN:
        return 1;
    case OP_STORE_ATTR: return 2;
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING:
        return oparg;
    case OP_BUILD_MAP: return 2 * oparg;
    case OP_BUILD_CONST_KEY_MAP: return oparg + 1;
    case OP_LIST_APPEND: case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE:
    case OP_DICT_UPDATE:
        return oparg + 1;
    case OP_MAP_ADD: return oparg + 2;
    case OP_DICT_MERGE: return oparg + 3;
    case OP_FORMAT_VALUE: return 1 + ((oparg & 4) >> 2);
    case OP_CALL: return oparg + 2;
    case OP_CALL_FUNCTION_EX: return 3 + (oparg & 1);
    case OP_MAKE_FUNCTION: return __builtin_popcount(oparg & 0xF) + 1;
    case OP_RAISE_VARARGS: return oparg;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
        return 1;
    default: return -1;
    }
}

/* Inputs that stay live in io when the helper fails (uops.h). */
static int helper_keep(int fam, int oparg) {
    switch (fam) {
    case OP_LIST_APPEND: case OP_SET_ADD: case OP_MAP_ADD: case OP_LIST_EXTEND:
    case OP_SET_UPDATE: case OP_DICT_UPDATE:
        return oparg;
    case OP_DICT_MERGE: return oparg + 2;
    case OP_GET_LEN: case OP_IMPORT_FROM: case OP_FOR_ITER:
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
        return 1;
    default: return 0;
    }
}

/* ---- decoding and reachability ---- */

static int jump_target(TS *t, int o) {
    int op = opcode_unsuper(CU_OP(t->code[o]));
    unsigned f = opcode_info[op].flags;
    if (f & OPF_JFWD) return t->next[o] + t->arg[o];
    if (f & OPF_JBACK) return t->next[o] - t->arg[o];
    return -1;
}

static bool decode(TS *t) {
    int n = t->n;
    for (int i = 0; i < n; i++) { t->start[i] = -1; t->op_at[i] = -1; t->depth[i] = -1; t->blk[i] = -1; }
    int p = 0;
    while (p < n) {
        int s = p, arg = 0;
        while (p < n && opcode_unsuper(CU_OP(t->code[p])) == OP_EXTENDED_ARG) {
            arg = (arg << 8) | CU_ARG(t->code[p]);
            p++;
        }
        if (p >= n) { set_why(t, "truncated EXTENDED_ARG at %d", s); return false; }
        int op = opcode_unsuper(CU_OP(t->code[p]));
        if (opcode_info[op].name == NULL) { set_why(t, "bad opcode %d at %d", op, p); return false; }
        arg = (arg << 8) | CU_ARG(t->code[p]);
        t->start[p] = s;
        t->arg[p] = arg;
        t->op_at[s] = p;
        t->next[p] = p + 1 + opcode_info[op].cache;
        p = t->next[p];
    }
    return true;
}

static int target_op(TS *t, int off) {
    if (off < 0 || off >= t->n) return -1;
    return t->op_at[off];
}

static bool reach(TS *t) {
    int32_t *stack = malloc(sizeof(int32_t) * (size_t)t->n * 2 + 16);
    if (!stack) { set_why(t, "out of memory"); return false; }
    int sp = 0;
    /* a generator: from its body start, the sent None on the stack */
    stack[sp++] = t->gen_start >= 0 ? t->gen_start : t->op_at[0];
    stack[sp++] = t->gen_start >= 0 ? 1 : 0;
    bool ok = true;
#define VISIT(o_, d_) do { \
        int vo = (o_), vd = (d_); \
        if (vo < 0) { set_why(t, "jump into the middle of an instruction"); ok = false; break; } \
        if (vd < 0 || vd > t->co->stacksize) { set_why(t, "stack depth %d out of range at %d", vd, vo); ok = false; break; } \
        if (t->depth[vo] >= 0) { \
            if (t->depth[vo] != vd) { set_why(t, "inconsistent stack depth at %d", vo); ok = false; break; } \
        } else { t->depth[vo] = vd; stack[sp++] = vo; stack[sp++] = vd; } \
    } while (0)
    if (stack[0] < 0) { free(stack); set_why(t, "no instruction at 0"); return false; }
    t->depth[stack[0]] = stack[1];
    while (ok && sp > 0) {
        int d = stack[--sp];
        int o = stack[--sp];
        t->flag[o] |= F_REACH;
        int eop, h;
        if (!resolve(t, o, &eop, &h)) continue;    /* DEOPT: the path ends */
        int op = opcode_unsuper(CU_OP(t->code[o]));
        unsigned f = opcode_info[op].flags;
        int arg = t->arg[o];
        int tgt = jump_target(t, o);
        if (tgt >= 0) {
            VISIT(target_op(t, tgt), d + opcode_stack_effect(op, arg, 1));
            if (!ok) break;
        }
        if (!(f & OPF_TERMINAL)) {
            if (t->next[o] >= t->n) { set_why(t, "falls off the end at %d", o); ok = false; break; }
            VISIT(target_op(t, t->next[o]), d + opcode_stack_effect(op, arg, 0));
        }
    }
#undef VISIT
    free(stack);
    return ok;
}

/* FOR_ITER_ENUMERATE at o followed by UNPACK_SEQUENCE 2 (the
 * interpreter's fused pair): the unpack's opcode unit, translated with the
 * FOR_ITER (H_FOR_ITER_ENUMERATE2) and no block leader; else -1. */
static int enum_unpack(TS *t, int o) {
    if (opcode_unsuper(CU_OP(t->code[o])) != OP_FOR_ITER_ENUMERATE || (t->flag[o] & F_GENERIC) ||
        !rt_has(t->rt, UOP_H_FOR_ITER_ENUMERATE2) || t->next[o] >= t->n)
        return -1;
    int no = t->op_at[t->next[o]];
    if (no < 0 || opcode_info[opcode_unsuper(CU_OP(t->code[no]))].family != OP_UNPACK_SEQUENCE || t->arg[no] != 2)
        return -1;
    return no;
}

static bool ends_block(TS *t, int o) {
    int eop, h;
    if (enum_unpack(t, o) >= 0) return false;
    if (!resolve(t, o, &eop, &h)) return true;
    int op = opcode_unsuper(CU_OP(t->code[o]));
    if (op == OP_YIELD_VALUE) return true;     /* the resume point is an entry */
    unsigned f = opcode_info[op].flags;
    return (f & (OPF_TERMINAL | OPF_JUMP)) != 0;
}

static void mark_leaders(TS *t) {
    t->flag[t->op_at[0]] |= F_LEADER;
    for (int o = 0; o < t->n; o++) {
        if (!(t->flag[o] & F_REACH)) continue;
        int eop, h;
        bool ok = resolve(t, o, &eop, &h);
        int tgt = ok ? jump_target(t, o) : -1;
        if (tgt >= 0) {
            int to = target_op(t, tgt);
            t->flag[to] |= F_LEADER;
            if (opcode_unsuper(CU_OP(t->code[o])) == OP_JUMP_BACKWARD) t->flag[to] |= F_LOOPHEAD;
        }
        if (ends_block(t, o) && t->next[o] < t->n) {
            int no = target_op(t, t->next[o]);
            if (no >= 0 && (t->flag[no] & F_REACH)) t->flag[no] |= F_LEADER;
            if (no >= 0 && ok && opcode_unsuper(CU_OP(t->code[o])) == OP_YIELD_VALUE)
                t->flag[no] |= F_RESUME;
        }
    }
    if (t->gen_start >= 0) t->flag[t->gen_start] |= F_LEADER | F_RESUME;
}

/* ---- definitely-bound locals ---- */

static inline void bs_set(uint64_t *s, int i) { s[i >> 6] |= 1ull << (i & 63); }
static inline void bs_clr(uint64_t *s, int i) { s[i >> 6] &= ~(1ull << (i & 63)); }
static inline bool bs_has(const uint64_t *s, int i) { return (s[i >> 6] >> (i & 63)) & 1; }

/* Applies instruction o to the set s. */
static void bound_transfer(TS *t, int o, uint64_t *s) {
    int op = opcode_unsuper(CU_OP(t->code[o]));
    int arg = t->arg[o];
    if (op >= OP__COUNT || arg >= t->co->nlocalsplus) return;
    if (op == OP_STORE_FAST || op == OP_LOAD_FAST) bs_set(s, arg);
    else if (op == OP_DELETE_FAST) bs_clr(s, arg);
}

/* Meets set s into the in-set of leader lo; returns true if it changed. */
static bool bound_meet(TS *t, int lo, const uint64_t *s, bool *seen) {
    uint64_t *in = t->bound_in + (size_t)lo * (size_t)t->words;
    bool changed = false;
    if (!seen[lo]) {
        seen[lo] = true;
        for (int w = 0; w < t->words; w++) in[w] = s[w];
        if (t->flag[lo] & (F_LOOPHEAD | F_RESUME))     /* the OSR stub / a resume enters here too */
            for (int w = 0; w < t->words; w++) in[w] &= t->entry_bound[w];
        return true;
    }
    for (int w = 0; w < t->words; w++) {
        uint64_t v = in[w] & s[w];
        if (v != in[w]) { in[w] = v; changed = true; }
    }
    return changed;
}

static bool bound_analysis(TS *t) {
    CodeObject *co = t->co;
    t->words = (co->nlocalsplus + 63) / 64;
    if (t->words == 0) t->words = 1;
    t->bound_in = calloc((size_t)t->n * (size_t)t->words, sizeof(uint64_t));
    t->entry_bound = calloc((size_t)t->words, sizeof(uint64_t));
    t->cur = calloc((size_t)t->words, sizeof(uint64_t));
    bool *seen = calloc((size_t)t->n, 1);
    if (!t->bound_in || !t->entry_bound || !t->cur || !seen) { free(seen); set_why(t, "out of memory"); return false; }
    /* parameters are bound at any entry unless some DELETE_FAST (anywhere,
     * handlers included) unbinds them */
    int nparams = co->argcount + co->kwonlyargcount + ((co->flags & CO_VARARGS) ? 1 : 0)
                  + ((co->flags & CO_VARKEYWORDS) ? 1 : 0);
    if (nparams > co->nlocalsplus) nparams = co->nlocalsplus;
    for (int i = 0; i < nparams; i++)
        if (co->localspluskinds && (co->localspluskinds[i] & CO_FAST_LOCAL)) bs_set(t->entry_bound, i);
    for (int o = 0; o < t->n; o++)
        if (t->start[o] >= 0 && opcode_unsuper(CU_OP(t->code[o])) == OP_DELETE_FAST && t->arg[o] < co->nlocalsplus)
            bs_clr(t->entry_bound, t->arg[o]);
    /* worklist over leaders, in offset order until stable */
    int o0 = t->gen_start >= 0 ? t->gen_start : t->op_at[0];
    bound_meet(t, o0, t->entry_bound, seen);
    bool changed = true;
    while (changed) {
        changed = false;
        for (int lo = 0; lo < t->n; lo++) {
            if (!(t->flag[lo] & F_LEADER) || !seen[lo]) continue;
            memcpy(t->cur, t->bound_in + (size_t)lo * (size_t)t->words, sizeof(uint64_t) * (size_t)t->words);
            int o = lo;
            for (;;) {
                int eop, h;
                if (!resolve(t, o, &eop, &h)) break;
                int tgt = jump_target(t, o);
                if (tgt >= 0) {
                    /* the jump side of a branch: the state before the
                     * instruction (branches touch no locals) */
                    if (bound_meet(t, target_op(t, tgt), t->cur, seen)) changed = true;
                }
                bound_transfer(t, o, t->cur);
                unsigned f = opcode_info[opcode_unsuper(CU_OP(t->code[o]))].flags;
                if (f & OPF_TERMINAL) break;
                int no = target_op(t, t->next[o]);
                if (no < 0) break;
                if (t->flag[no] & F_LEADER) {
                    if (bound_meet(t, no, t->cur, seen)) changed = true;
                    break;
                }
                o = no;
            }
        }
    }
    free(seen);
    return true;
}

/* ---- emission ---- */

static int exit_deopt(TS *t, int off, int depth, int o) {
    int e = jit_add_exit(t->fn, JIT_EXIT_DEOPT, off, depth, o);
    if (e < 0) set_why(t, "out of memory");
    return e;
}
static int exit_error(TS *t, int o, int depth) {
    int e = jit_add_exit(t->fn, JIT_EXIT_ERROR, o, depth, o);
    if (e < 0) set_why(t, "out of memory");
    return e;
}

static JitUop *emit(TS *t, int uop, int o) {
    JitUop *u = jit_emit(t->fn, uop, o);
    if (!u) set_why(t, "out of memory");
    return u;
}

static void pend_target(TS *t, int o_target) {
    if (t->npend == t->cappend) {
        int nc = t->cappend ? t->cappend * 2 : 32;
        Pending *p = realloc(t->pend, sizeof(Pending) * (size_t)nc);
        if (!p) { set_why(t, "out of memory"); return; }
        t->pend = p;
        t->cappend = nc;
    }
    t->pend[t->npend].uop = t->fn->nuops - 1;
    t->pend[t->npend].target_o = o_target;
    t->npend++;
}

/* Per-emission state of the block being translated. */
typedef struct Emit {
    int bool_slot;        /* slot holding a bool the previous instruction pushed, or -1 */
    int skip;             /* the last of the instructions the previous one translated with it (fused), or -1 */
    Value kwnames;        /* from a KW_NAMES just before */
    int kw_start;         /* its start, or -1 */
} Emit;

#define set_kind(slot, k) do { int s_ = (slot); if (s_ >= 0) t->kind[s_] = (uint8_t)(k); } while (0)
#define get_kind(slot) ((slot) >= 0 ? t->kind[(slot)] : 0)

static const CodeUnit *freeze_cache(TS *t, int o) {
    int op = opcode_unsuper(CU_OP(t->code[o]));
    int nunits = 1 + opcode_info[op].cache;
    CodeUnit *c = malloc(sizeof(CodeUnit) * (size_t)nunits);
    if (!c) { set_why(t, "out of memory"); return NULL; }
    memcpy(c, t->code + o, sizeof(CodeUnit) * (size_t)nunits);
    if (!jit_keep(t->fn, c)) { set_why(t, "out of memory"); return NULL; }
    return c;
}

static void guard(TS *t, int uop, int slot, int o, int dex) {
    JitUop *u = emit(t, uop, o);
    if (!u) return;
    u->a = slot;
    u->deopt_exit = dex;
}

/* LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN inline: the frame's globals
 * (and builtins) are the dicts seen now, their versions unchanged (dict.h:
 * the version changes whenever a key is added or removed, and a dict's
 * entry array only moves or compacts inside such a change, so entry i keeps
 * its key and its address), then a load of the entry's value. Versions come
 * from one global counter, so a different dict allocated at the same
 * address fails the version guard. Only when the cache's guard holds now.
 * Returns false (nothing emitted) to leave the instruction to its helper. */
static bool emit_load_global_inline(TS *t, int eop, int o, int d, int dstart) {
    if (!v_is_dict(t->globals)) return false;
    int arg = t->arg[o];
    Value name = tuple_items(t->co->names)[arg >> 1];
    DictObject *g = v_as_dict(t->globals), *src = g;
    unsigned i = t->code[o + 2];
    if (eop == OP_LOAD_GLOBAL_MODULE) {
        if (i >= (uint64_t)g->nentries || g->entries[i].key != name) return false;
    } else {
        if (!v_is_dict(t->builtins) || !v_is_str(name)) return false;
        src = v_as_dict(t->builtins);
        if (!v_is_null(dict_get_str(t->globals, name))) return false;
        if (i >= (uint64_t)src->nentries || src->entries[i].key != name) return false;
    }
    int dex = exit_deopt(t, dstart, d, o);
    JitUop *u;
    if ((u = emit(t, UOP_GUARD_FRAME_WORD, o))) {
        u->oparg = t->fn->layout.off_globals; u->op1 = t->globals; u->deopt_exit = dex;
    }
    if ((u = emit(t, UOP_GUARD_MEM_EQ, o))) {
        u->op1 = (uint64_t)(uintptr_t)&g->version; u->op2 = g->version; u->deopt_exit = dex;
    }
    if (src != g) {
        if ((u = emit(t, UOP_GUARD_FRAME_WORD, o))) {
            u->oparg = t->fn->layout.off_builtins; u->op1 = t->builtins; u->deopt_exit = dex;
        }
        if ((u = emit(t, UOP_GUARD_MEM_EQ, o))) {
            u->op1 = (uint64_t)(uintptr_t)&src->version; u->op2 = src->version; u->deopt_exit = dex;
        }
    }
    int vd = d;
    if (arg & 1) {
        if ((u = emit(t, UOP_LOAD_CONST, o))) { u->dst = d; u->op1 = V_NULL; }
        set_kind(d, 0);
        vd = d + 1;
    }
    if ((u = emit(t, UOP_LOAD_MEM, o))) { u->dst = vd; u->op1 = (uint64_t)(uintptr_t)&src->entries[i].value; }
    if ((u = emit(t, UOP_INCREF, o))) u->a = vd;
    set_kind(vd, 0);
    t->hint_slot = vd;
    t->hint_val = src->entries[i].value;
    t->hint_null = (arg & 1) != 0;
    t->hint_meth = false;
    return true;
}

/* A CALL_PY_EXACT_ARGS with nargs positional arguments (no self slot
 * assumed) that may call the code being compiled: the code takes exactly
 * nargs positional parameters (no varargs, varkeywords or kw-only), no kwnames,
 * nargs <= 3 (H_CALL_PY_SELF's cases) and the code names itself (its name
 * is among co_names: a global or attribute load of it, the usual
 * self-recursion). The helper guards the rest at run time. */
static bool self_call_ok(TS *t, int nargs, Value kwn) {
    CodeObject *co = t->co;
    if (!v_is_null(kwn) || nargs > 3 || co->argcount != nargs || co->kwonlyargcount != 0 ||
        (co->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_NOT_COMPILED)) || !t->rt->helpers[UOP_H_CALL_PY_SELF])
        return false;
    if (!v_is_str(co->name)) return false;
    int64_t n = tuple_size(co->names);
    for (int64_t i = 0; i < n; i++) {
        Value nm = tuple_items(co->names)[i];
        if (nm == co->name || (v_is_str(nm) && str_eq(nm, co->name))) return true;
    }
    return false;
}

/* ---- slow paths (uops.h, "miss branches") ----
 * An attribute or method site whose guards fail does not deopt: the miss
 * branches jump to a block calling the instruction's own helper (which runs
 * the generic form on its own miss), and both paths join. Layout:
 *   [guard block] BRANCH_x -> S   [hit blocks ...] JUMP -> J
 *   S: helper (UOPI_SLOW), falls through   J: the rest of the stream */
typedef struct Slow { int32_t br[8]; int nbr; int32_t jn[4]; int njn; } Slow;

/* Emits a miss branch (to the slow block, patched by slow_join) and starts
 * the block its hit side falls into. */
static JitUop *miss_br(TS *t, Slow *sl, int uop, int o, int a, int64_t oparg, uint64_t op1, int d) {
    JitUop *u = emit(t, uop, o);
    if (!u) return NULL;
    u->a = a; u->oparg = oparg; u->op1 = op1;
    if (sl->nbr >= (int)(sizeof sl->br / sizeof sl->br[0])) { set_why(t, "too many miss branches at %d", o); return NULL; }
    int idx = t->fn->nuops - 1;
    sl->br[sl->nbr++] = idx;
    if (jit_add_block(t->fn, t->start[o], d, false) < 0) { set_why(t, "out of memory"); return NULL; }
    return &t->fn->uops[idx];   /* valid until the next emit */
}

/* Ends one hit path with a JUMP to the join (patched by slow_join) and
 * starts the block of an alternative path at depth d, the target of the
 * miss branches recorded in alt (which are not slow paths: e.g. a
 * STORE_ATTR adding the name after its replace test failed). */
static void alt_begin(TS *t, Slow *sl, Slow *alt, int o, int d) {
    JitFunction *fn = t->fn;
    if (t->failed) return;
    if (sl->njn >= (int)(sizeof sl->jn / sizeof sl->jn[0])) { set_why(t, "too many joins at %d", o); return; }
    if (!emit(t, UOP_JUMP, o)) return;
    sl->jn[sl->njn++] = fn->nuops - 1;
    int ab = jit_add_block(fn, t->start[o], d, false);
    if (ab < 0) { set_why(t, "out of memory"); return; }
    for (int i = 0; i < alt->nbr; i++) fn->uops[alt->br[i]].target = ab;
    alt->nbr = 0;
}

/* Ends the hit path (a JUMP to the join), emits the slow block (helper h
 * on slots [a, a + nin) -> [a, a + nout), keep inputs left on error) and
 * starts the join block (depth jd) the following instructions go into. */
static void slow_join(TS *t, Slow *sl, int o, int d, int h, int a, int nin, int nout, int keep,
                      uint64_t op1, int jd) {
    JitFunction *fn = t->fn;
    int s = t->start[o];
    if (t->failed || !emit(t, UOP_JUMP, o)) return;
    int jmp = fn->nuops - 1;
    int sb = jit_add_block(fn, s, d, false);
    if (sb < 0) { set_why(t, "out of memory"); return; }
    JitUop *u = emit(t, h, o);
    if (!u) return;
    u->a = a; u->n_in = nin; u->n_out = nout; u->oparg = t->arg[o]; u->op1 = op1;
    u->flags |= UOPI_SLOW;
    int ex = exit_error(t, o, a + keep);
    fn->uops[fn->nuops - 1].error_exit = ex;
    int jb = jit_add_block(fn, s, jd, false);
    if (jb < 0) { set_why(t, "out of memory"); return; }
    fn->uops[jmp].target = jb;
    for (int i = 0; i < sl->njn; i++) fn->uops[sl->jn[i]].target = jb;
    for (int i = 0; i < sl->nbr; i++) fn->uops[sl->br[i]].target = sb;
}

/* The checks of list[k] for slot l an exact list and slot k a small int
 * (negative: + size) in range, else deopt at instruction o (start s,
 * depth d): the raw index in slot sc, the item array's address in slot d. */
static void list_index(TS *t, int o, int s, int d, int l, int k, int sc) {
    JitUop *u;
    int dex = exit_deopt(t, s, d, o);
    if ((u = emit(t, UOP_GUARD_TYPE, o))) { u->a = l; u->op1 = (uint64_t)(uintptr_t)&ListType; u->deopt_exit = dex; }
    guard(t, UOP_GUARD_INT, k, o, dex);
    if ((u = emit(t, UOP_UNBOX_INT, o))) { u->dst = sc; u->a = k; }
    if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = d; u->a = l; u->oparg = offsetof(ListObject, size); }
    if ((u = emit(t, UOP_RAW_ADD_IF_NEG, o))) { u->dst = sc; u->a = sc; u->b = d; }
    if ((u = emit(t, UOP_GUARD_RAW_ULT, o))) { u->a = sc; u->b = d; u->deopt_exit = dex; }
    if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = d; u->a = l; u->oparg = offsetof(ListObject, items); }
}

/* ---- inlining a small pure callee (issue 8) ----
 * A CALL_PY_EXACT_ARGS whose callee the translator expects - [NULL, f,
 * x1..xn] with f the hint of an inline LOAD_GLOBAL with its NULL, or
 * [m, self, x1..xn] with m the method an inline LOAD_METHOD_{WITH,NO}_DICT
 * loaded on its hit path (hint_meth; self is then the first argument) - a
 * plain function whose code is straight-line work on its arguments: only
 * the ops below (local moves, constants, int/float arithmetic and compares,
 * attribute loads by the callee's own inline caches: LOAD_ATTR_INSTANCE_SHAPE
 * and LOAD_ATTR_SLOT), no jumps, cells, globals, calls or stores, every
 * local bound before it is read. Its body is emitted in place on slots
 * [inl_base, ...) (above the frame's stack, never written to it), guarded
 * by "that slot is a function whose __code__ is that code" and "a call now
 * would not exceed the recursion limit" (GUARD_DEPTH: the interpreter then
 * makes the call and raises RecursionError as CPython). The body never
 * consumes a reference (locals and stack are borrowed from the caller's
 * argument slots, or are inline values, constants of the pinned code, or
 * attribute values borrowed from an argument: nothing in the body can
 * change an object), and every guard of it (the types of operands, the
 * owner's type version and shape, a non-empty slot) deopts to the CALL
 * itself with the call's inputs untouched in slots [0, d): the interpreter
 * then makes the real call, which raises any error in the callee's own
 * frame, so a deopt anywhere in the body is exact. No frame is ever made
 * for it (tracing turns compiled code off; no exception can be raised
 * inside it). Attribute guards on one local are made once per body (no side
 * effect in between: its type and shape cannot change). On RETURN_VALUE:
 * incref the result, decref the arguments and the function, result in slot
 * a. The body's uops carry UOPI_INLINED (jit.c counts them as inline work).
 * The code object gets one extra reference for the life of the process (its
 * address is compared at run time, so it must never be reused). */
#define INL_SLOTS 24        /* extra slots for an inlined callee's locals + stack */
#define INL_MAX_UNITS 96    /* the callee's code units */

static bool inl_op_ok(int op) {
    switch (op) {
    case OP_NOP: case OP_RESUME: case OP_LOAD_FAST: case OP_STORE_FAST: case OP_LOAD_CONST:
    case OP_POP_TOP: case OP_RETURN_VALUE:
    case OP_BINARY_OP_ADD_INT: case OP_BINARY_OP_SUBTRACT_INT: case OP_BINARY_OP_MULTIPLY_INT:
    case OP_BINARY_OP_FLOOR_DIVIDE_INT: case OP_BINARY_OP_REMAINDER_INT:
    case OP_BINARY_OP_ADD_FLOAT: case OP_BINARY_OP_SUBTRACT_FLOAT:
    case OP_BINARY_OP_MULTIPLY_FLOAT: case OP_BINARY_OP_TRUE_DIVIDE_FLOAT:
    case OP_BINARY_OP_POWER_FLOAT: case OP_COMPARE_OP_INT: case OP_COMPARE_OP_FLOAT:
    case OP_LOAD_ATTR_INSTANCE_SHAPE: case OP_LOAD_ATTR_SLOT:
        return true;
    default:
        return false;
    }
}

/* Checks the callee code; returns its code-unit count up to and including
 * the RETURN_VALUE, or -1 if it cannot be inlined. */
static int inl_scan(TS *t, CodeObject *c, int nargs) {
    if ((c->flags & (CO_NOT_COMPILED | CO_VARARGS | CO_VARKEYWORDS)) || c->argcount != nargs ||
        c->kwonlyargcount != 0 || c->ncellvars != 0 || c->nfreevars != 0 ||
        c->nlocalsplus != c->nlocals || c->ncodeunits <= 0 || c->ncodeunits > INL_MAX_UNITS ||
        c->nlocalsplus + c->stacksize > t->inl_n)
        return -1;
    uint64_t bound = 0;
    if (c->nlocalsplus > 64) return -1;
    for (int k = 0; k < nargs; k++) bound |= 1ull << k;
    int depth = 0;
    for (int p = 0; p < c->ncodeunits;) {
        int op = opcode_unsuper(CU_OP(c->code[p]));
        int arg = CU_ARG(c->code[p]);
        if (!inl_op_ok(op)) return -1;      /* EXTENDED_ARG included */
        switch (op) {
        case OP_LOAD_FAST:
            if (arg >= c->nlocalsplus || !(bound >> arg & 1)) return -1;
            depth++;
            break;
        case OP_STORE_FAST:
            if (arg >= c->nlocalsplus || depth < 1) return -1;
            bound |= 1ull << arg;
            depth--;
            break;
        case OP_LOAD_CONST:
            if (arg >= tuple_size(c->consts)) return -1;
            depth++;
            break;
        case OP_POP_TOP:
            if (depth < 1) return -1;
            depth--;
            break;
        case OP_RETURN_VALUE:
            return depth == 1 ? p + 1 : -1;
        case OP_NOP: case OP_RESUME:
            break;
        case OP_LOAD_ATTR_INSTANCE_SHAPE: case OP_LOAD_ATTR_SLOT:
            if (depth < 1) return -1;
            break;
        default:    /* binary ops */
            if (depth < 2) return -1;
            depth--;
            break;
        }
        if (depth > c->stacksize) return -1;
        p += 1 + opcode_info[op].cache;
    }
    return -1;
}

/* The float forms' guards on slots l, r (as emit_inst's BINARY_OP_*_FLOAT). */
static void float_guards(TS *t, int o, int l, int r, int dex) {
    int kl = get_kind(l), kr = get_kind(r);
    if (kl == 1 && kr != 1) { guard(t, UOP_GUARD_INT, l, o, dex); guard(t, UOP_GUARD_FLOAT, r, o, dex); }
    else if (kr == 1 && kl != 1) { guard(t, UOP_GUARD_FLOAT, l, o, dex); guard(t, UOP_GUARD_INT, r, o, dex); }
    else if (kl == 2 && kr != 2) guard(t, UOP_GUARD_NUM, r, o, dex);
    else if (kr == 2 && kl != 2) guard(t, UOP_GUARD_NUM, l, o, dex);
    else { guard(t, UOP_GUARD_FLOAT, l, o, dex); guard(t, UOP_GUARD_FLOAT, r, o, dex); }
}

/* Tries to inline the CALL_PY_EXACT_ARGS at o (depth d, nargs arguments,
 * no kwnames); returns false with nothing emitted if it cannot. */
static bool inline_pure_call(TS *t, Emit *em, int o, int d, int nargs) {
    int a = d - nargs - 2;
    if (a < 0 || t->inl_n <= 0 || !v_is_function(t->hint_val)) return false;
    /* fs: the function's slot; first: the first argument's slot; nargs
     * counts self for a method */
    int fs, first;
    if (t->hint_slot == a + 1 && t->hint_null && !t->hint_meth) { fs = a + 1; first = a + 2; }
    else if (t->hint_slot == a && t->hint_meth) { fs = a; first = a + 1; nargs++; }
    else return false;
    FunctionObject *f = v_as_function(t->hint_val);
    if (!v_is_code(f->code)) return false;
    CodeObject *c = v_as_code(f->code);
    if (c == t->co) return false;           /* self-recursion: H_CALL_PY_SELF */
    int end = inl_scan(t, c, nargs);
    if (end < 0) return false;
    int L = t->inl_base, S = t->inl_base + c->nlocalsplus;   /* callee local k: L + k; stack j: S + j */
    int dex = exit_deopt(t, t->start[o], d, o);
    JitUop *u;
    if ((u = emit(t, UOP_GUARD_TYPE, o))) { u->a = fs; u->op1 = (uint64_t)(uintptr_t)&FunctionType; u->deopt_exit = dex; }
    if ((u = emit(t, UOP_GUARD_FIELD_EQ, o))) {
        u->a = fs; u->oparg = offsetof(FunctionObject, code); u->op1 = f->code; u->deopt_exit = dex;
    }
    /* the call would raise RecursionError: the interpreter makes it */
    if ((u = emit(t, UOP_GUARD_DEPTH, o))) u->deopt_exit = dex;
    for (int k = 0; k < nargs; k++) {
        if ((u = emit(t, UOP_COPY, o))) { u->dst = L + k; u->a = first + k; }
        set_kind(L + k, get_kind(first + k));
    }
    /* srcl[j]: the callee local stack slot j is a copy of (-1: none);
     * ver/shp[k]: the type version and shape (0: none) already guarded on
     * local k (the body has no side effect: they cannot change in it) */
    int srcl[INL_SLOTS];
    uint32_t ver[INL_SLOTS];
    uint64_t shp[INL_SLOTS];
    memset(ver, 0, sizeof ver);
    memset(shp, 0, sizeof shp);
    int first_uop = t->fn->nuops;
    bool ret_bool = false;  /* the top of the stack is the bool of a compare */
    int cd = 0;
    for (int p = 0; p < end && !t->failed;) {
        int op = opcode_unsuper(CU_OP(c->code[p]));
        int arg = CU_ARG(c->code[p]);
        switch (op) {
        case OP_LOAD_FAST:
            if ((u = emit(t, UOP_COPY, o))) { u->dst = S + cd; u->a = L + arg; }
            set_kind(S + cd, get_kind(L + arg));
            srcl[cd] = arg;
            cd++;
            break;
        case OP_STORE_FAST:
            cd--;
            if ((u = emit(t, UOP_COPY, o))) { u->dst = L + arg; u->a = S + cd; }
            set_kind(L + arg, get_kind(S + cd));
            ver[arg] = 0; shp[arg] = 0;
            break;
        case OP_LOAD_CONST: {
            Value v = tuple_items(c->consts)[arg];
            if ((u = emit(t, UOP_LOAD_CONST, o))) { u->dst = S + cd; u->op1 = v; }
            set_kind(S + cd, v_is_smallint(v) ? 1 : v_is_float(v) ? 2 : 0);
            cd++;
            break;
        }
        case OP_POP_TOP:
            cd--;
            break;
        case OP_RETURN_VALUE: {
            int r = S + cd - 1, kr = get_kind(r);
            if ((u = emit(t, UOP_INCREF, o))) u->a = r;
            for (int k = 0; k < nargs; k++)
                if ((u = emit(t, UOP_DECREF, o))) u->a = first + k;
            if ((u = emit(t, UOP_DECREF, o))) u->a = fs;
            if ((u = emit(t, UOP_COPY, o))) { u->dst = a; u->a = r; }
            for (int i = a; i < d; i++) set_kind(i, 0);
            set_kind(a, kr);
            if (ret_bool) em->bool_slot = a;
            break;
        }
        case OP_NOP: case OP_RESUME:
            break;
        case OP_LOAD_ATTR_INSTANCE_SHAPE: case OP_LOAD_ATTR_SLOT: {
            /* the callee's cache (read now): the owner's type has the
             * cached version; SHAPE: its inline block has the cached shape,
             * the value at index cc[4]; SLOT: the member at byte offset
             * cc[4] is not empty. Else deopt (to the CALL). The value is
             * borrowed: the body has no side effect, so the owner (itself
             * borrowed from an argument) keeps it alive. The owner's slot
             * doubles as the raw temp. */
            const CodeUnit *cc = c->code + p;
            int own = S + cd - 1, k = srcl[cd - 1];
            uint32_t tv = cache_u32(cc + 2);
            if (k < 0 || ver[k] != tv || !tv) {
                guard(t, UOP_GUARD_TYPE_VERSION, own, o, dex);
                if (!t->failed) t->fn->uops[t->fn->nuops - 1].op1 = tv;
                if (k >= 0) { ver[k] = tv; shp[k] = 0; }
            }
            if (op == OP_LOAD_ATTR_SLOT) {
                if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = own; u->a = own; u->oparg = cc[4]; }
                guard(t, UOP_GUARD_NOT_NULL, own, o, dex);
            } else {
                if ((u = emit(t, UOP_INLINE_ATTRS_PTR, o))) { u->dst = own; u->a = own; }
                uint64_t sh = cache_u64(cc + 5);
                if (k < 0 || shp[k] != sh || !sh) {
                    if ((u = emit(t, UOP_GUARD_FIELD_EQ, o))) {
                        u->a = own; u->oparg = offsetof(InlineAttrs, shape); u->op1 = sh;
                        u->deopt_exit = dex;
                    }
                    if (k >= 0) shp[k] = sh;
                }
                if ((u = emit(t, UOP_LOAD_FIELD, o))) {
                    u->dst = own; u->a = own;
                    u->oparg = (int64_t)offsetof(InlineAttrs, values) + (int64_t)cc[4] * (int64_t)sizeof(Value);
                }
            }
            set_kind(own, 0);
            break;
        }
        case OP_COMPARE_OP_INT: case OP_COMPARE_OP_FLOAT: {
            /* as emit_inst's: a bool (an immortal constant) */
            int l = S + cd - 2, r = S + cd - 1;
            int g = op == OP_COMPARE_OP_INT ? UOP_GUARD_INT : UOP_GUARD_FLOAT;
            if (!(g == UOP_GUARD_INT ? get_kind(l) == 1 : get_kind(l) == 2)) guard(t, g, l, o, dex);
            if (!(g == UOP_GUARD_INT ? get_kind(r) == 1 : get_kind(r) == 2)) guard(t, g, r, o, dex);
            if ((u = emit(t, op == OP_COMPARE_OP_INT ? UOP_COMPARE_INT : UOP_COMPARE_FLOAT, o))) {
                u->dst = l; u->a = l; u->b = r; u->oparg = arg;
            }
            set_kind(l, 0);
            ret_bool = true;
            cd--;
            break;
        }
        case OP_BINARY_OP_POWER_FLOAT: {
            int l = S + cd - 2, r = S + cd - 1;
            guard(t, UOP_GUARD_FLOAT, l, o, dex);
            guard(t, get_kind(r) == 1 ? UOP_GUARD_INT : UOP_GUARD_NUM, r, o, dex);
            if ((u = emit(t, UOP_POW_FLOAT, o))) { u->dst = l; u->a = l; u->b = r; u->oparg = arg; u->deopt_exit = dex; }
            set_kind(l, 2);
            cd--;
            break;
        }
        case OP_BINARY_OP_ADD_FLOAT: case OP_BINARY_OP_SUBTRACT_FLOAT:
        case OP_BINARY_OP_MULTIPLY_FLOAT: case OP_BINARY_OP_TRUE_DIVIDE_FLOAT: {
            int l = S + cd - 2, r = S + cd - 1;
            float_guards(t, o, l, r, dex);
            int uop = op == OP_BINARY_OP_ADD_FLOAT ? UOP_ADD_FLOAT : op == OP_BINARY_OP_SUBTRACT_FLOAT ? UOP_SUB_FLOAT
                    : op == OP_BINARY_OP_MULTIPLY_FLOAT ? UOP_MUL_FLOAT : UOP_DIV_FLOAT;
            if ((u = emit(t, uop, o))) {
                u->dst = l; u->a = l; u->b = r; u->oparg = arg;
                if (uop_info[uop].flags & UF_DEOPT) u->deopt_exit = dex;
            }
            set_kind(l, 2);
            cd--;
            break;
        }
        default: {  /* the int forms */
            int l = S + cd - 2, r = S + cd - 1;
            guard(t, UOP_GUARD_INT, l, o, dex);
            guard(t, UOP_GUARD_INT, r, o, dex);
            int uop = op == OP_BINARY_OP_ADD_INT ? UOP_ADD_INT : op == OP_BINARY_OP_SUBTRACT_INT ? UOP_SUB_INT
                    : op == OP_BINARY_OP_MULTIPLY_INT ? UOP_MUL_INT : op == OP_BINARY_OP_FLOOR_DIVIDE_INT
                    ? UOP_FLOORDIV_INT : UOP_MOD_INT;
            if ((u = emit(t, uop, o))) { u->dst = l; u->a = l; u->b = r; u->oparg = arg; u->deopt_exit = dex; }
            set_kind(l, 1);
            cd--;
            break;
        }
        }
        if (op != OP_COMPARE_OP_INT && op != OP_COMPARE_OP_FLOAT) ret_bool = false;
        /* a value pushed by anything but LOAD_FAST is no local's copy */
        if (op != OP_LOAD_FAST && op != OP_STORE_FAST && op != OP_POP_TOP && cd > 0 && cd <= INL_SLOTS)
            srcl[cd - 1] = -1;
        p += 1 + opcode_info[op].cache;
    }
    if (t->failed) return true;
    for (int i = first_uop; i < t->fn->nuops; i++) t->fn->uops[i].flags |= UOPI_INLINED;
    obj_incref(&c->ob);     /* pinned: see above */
    t->hint_slot = -1;
    return true;
}

/* One bound of the slice store matched by match_slice_copy_store, at unit
 * *o: LOAD_CONST k (None or a small int), LOAD_FAST y, or LOAD_FAST y,
 * LOAD_CONST k (a small int), BINARY_OP +/-. Fills a 14-bit field (mode in
 * bits 12-13: 0 const, 1 local, 2 local + k, 3 local - k; the local in
 * bits 0-11) and the constant; advances *o past it (-1 at the end). */
static int next_unit(TS *t, int o) {
    int no = t->next[o] < t->n ? t->op_at[t->next[o]] : -1;
    return no >= 0 && !(t->flag[no] & F_LEADER) ? no : -1;
}
static bool match_bound(TS *t, int *o, int64_t *field, uint64_t *k) {
    CodeObject *co = t->co;
    int op = opcode_unsuper(CU_OP(t->code[*o])), fam = opcode_info[op].family, arg = t->arg[*o];
    if (fam == OP_LOAD_CONST) {
        if (arg >= tuple_size(co->consts)) return false;
        Value c = tuple_items(co->consts)[arg];
        if (c != V_NONE && !v_is_smallint(c)) return false;
        *field = 0;
        *k = c;
        *o = next_unit(t, *o);
        return *o >= 0;
    }
    if (fam != OP_LOAD_FAST || arg >= co->nlocalsplus || arg >= 4096) return false;
    int y = arg;
    *o = next_unit(t, *o);
    if (*o < 0) return false;
    *field = (int64_t)1 << 12 | y;
    *k = V_NONE;
    int op2 = opcode_unsuper(CU_OP(t->code[*o]));
    if (opcode_info[op2].family != OP_LOAD_CONST) return true;
    int o3 = next_unit(t, *o);
    if (o3 < 0) return true;
    int op3 = opcode_unsuper(CU_OP(t->code[o3])), a3 = t->arg[o3];
    if (opcode_info[op3].family != OP_BINARY_OP) return true;
    if (a3 != NB_ADD && a3 != NB_SUBTRACT && a3 != NB_INPLACE + NB_ADD && a3 != NB_INPLACE + NB_SUBTRACT) return false;
    int ca = t->arg[*o];
    if (ca >= tuple_size(co->consts) || !v_is_smallint(tuple_items(co->consts)[ca])) return false;
    *k = tuple_items(co->consts)[ca];
    *field = (int64_t)((a3 == NB_ADD || a3 == NB_INPLACE + NB_ADD) ? 2 : 3) << 12 | y;
    *o = next_unit(t, o3);
    return *o >= 0;
}

/* After BUILD_SLICE + BINARY_SUBSCR (unit bs, the subscript): LOAD_FAST x,
 * <bound>, <bound>, BUILD_SLICE 2, STORE_SUBSCR, none of them a jump
 * target, i.e. x[start:stop] = c[i:j(:k)] with bounds the helper can
 * compute itself (no code runs between the two subscripts). oparg: x in
 * bits 0-11, start's field in 12-25, stop's in 26-39. */
static bool match_slice_copy_store(TS *t, int bs, int64_t *enc, uint64_t *k1, uint64_t *k2, int *last) {
    CodeObject *co = t->co;
    int o = next_unit(t, bs);
    if (o < 0) return false;
    int op = opcode_unsuper(CU_OP(t->code[o]));
    if (opcode_info[op].family != OP_LOAD_FAST || t->arg[o] >= co->nlocalsplus || t->arg[o] >= 4096) return false;
    int64_t x = t->arg[o], f1, f2;
    o = next_unit(t, o);
    if (o < 0 || !match_bound(t, &o, &f1, k1) || !match_bound(t, &o, &f2, k2)) return false;
    op = opcode_unsuper(CU_OP(t->code[o]));
    if (op != OP_BUILD_SLICE || t->arg[o] != 2) return false;
    o = next_unit(t, o);
    if (o < 0 || opcode_info[opcode_unsuper(CU_OP(t->code[o]))].family != OP_STORE_SUBSCR) return false;
    *enc = x | f1 << 12 | f2 << 26;
    *last = o;
    return true;
}

/* Emits the instruction at opcode unit o with depth d. Returns true when it
 * ends the block (a terminal or a branch). */
static bool emit_inst(TS *t, Emit *em, int o, int d, uint64_t *bound) {
    CodeObject *co = t->co;
    int raw = opcode_unsuper(CU_OP(t->code[o]));
    int arg = t->arg[o];
    int s = t->start[o];
    int eop, h;
    if (em->skip >= 0) {    /* up to and including em->skip */
        if (em->skip == o) em->skip = -1;
        return false;
    }
    int prev_bool = em->bool_slot;
    em->bool_slot = -1;
    bool is_call = opcode_info[raw].family == OP_CALL;
    Value kwn = V_NULL;
    int kws = -1;
    if (em->kw_start >= 0) {
        kwn = em->kwnames;
        kws = em->kw_start;
        em->kw_start = -1;
        em->kwnames = V_NULL;
        if (!is_call) { set_why(t, "KW_NAMES not followed by CALL at %d", o); return true; }
    }
    int dstart = kws >= 0 ? kws : s;   /* where a deopt resumes */

    if (!resolve(t, o, &eop, &h)) {
        JitUop *u = emit(t, UOP_DEOPT, o);
        if (u) u->deopt_exit = exit_deopt(t, dstart, d, o);
        return true;
    }
    JitUop *u;
    switch (eop) {
    case OP_NOP: case OP_RESUME:
        return false;
    case OP_YIELD_VALUE:
        /* the frame is suspended as the interpreter's YIELD_VALUE leaves it
         * (prev_instr here, the value sent in pushed at the resume point,
         * an entry block) */
        if ((u = emit(t, UOP_YIELD, o))) {
            u->a = d - 1;
            u->error_exit = jit_add_exit(t->fn, JIT_EXIT_YIELD, o, d - 1, o);
            if (u->error_exit < 0) set_why(t, "out of memory");
        }
        return true;
    case OP_KW_NAMES: {
        int no = target_op(t, t->next[o]);
        if (no < 0 || (t->flag[no] & F_LEADER) || opcode_info[opcode_unsuper(CU_OP(t->code[no]))].family != OP_CALL) {
            u = emit(t, UOP_DEOPT, o);
            if (u) u->deopt_exit = exit_deopt(t, s, d, o);
            return true;
        }
        em->kwnames = tuple_items(co->consts)[arg];
        em->kw_start = s;
        return false;
    }
    case OP_POP_TOP:
        if ((u = emit(t, UOP_DECREF, o))) u->a = d - 1;
        return false;
    case OP_PUSH_NULL:
        if ((u = emit(t, UOP_LOAD_CONST, o))) { u->dst = d; u->op1 = V_NULL; }
        set_kind(d, 0);
        return false;
    case OP_COPY:
        if ((u = emit(t, UOP_COPY, o))) { u->dst = d; u->a = d - arg; }
        if ((u = emit(t, UOP_INCREF, o))) u->a = d;
        set_kind(d, get_kind(d - arg));
        return false;
    case OP_SWAP: {
        int sc = t->scratch, x = d - 1, y = d - arg;
        if ((u = emit(t, UOP_COPY, o))) { u->dst = sc; u->a = x; }
        if ((u = emit(t, UOP_COPY, o))) { u->dst = x; u->a = y; }
        if ((u = emit(t, UOP_COPY, o))) { u->dst = y; u->a = sc; }
        if (y <= t->hint_slot) t->hint_slot = -1;   /* the hint (or its NULL) moved */
        int kx = get_kind(x);
        set_kind(x, get_kind(y));
        set_kind(y, kx);
        return false;
    }
    case OP_LOAD_CONST: {
        Value v = tuple_items(co->consts)[arg];
        if ((u = emit(t, UOP_LOAD_CONST, o))) { u->dst = d; u->op1 = v; }
        if (v_is_ptr(v) && v_as_obj(v)->refcnt < IMMORTAL_REFCNT)
            if ((u = emit(t, UOP_INCREF, o))) u->a = d;
        set_kind(d, v_is_smallint(v) ? 1 : v_is_float(v) ? 2 : 0);
        return false;
    }
    case OP_LOAD_FAST:
        if (arg >= co->nlocalsplus) { set_why(t, "bad local %d", arg); return true; }
        if (!bs_has(bound, arg)) {
            if ((u = emit(t, UOP_CHECK_BOUND, o))) { u->oparg = arg; u->error_exit = exit_error(t, o, d); }
        }
        bs_set(bound, arg);
        if ((u = emit(t, UOP_LOAD_LOCAL, o))) { u->dst = d; u->oparg = arg; }
        if ((u = emit(t, UOP_INCREF, o))) u->a = d;
        set_kind(d, 0);
        return false;
    case OP_STORE_FAST:
        if (arg >= co->nlocalsplus) { set_why(t, "bad local %d", arg); return true; }
        if ((u = emit(t, UOP_STORE_LOCAL, o))) { u->a = d - 1; u->oparg = arg; }
        bs_set(bound, arg);
        return false;
    case OP_IS_OP: {
        int sc = t->scratch;
        if ((u = emit(t, UOP_IS, o))) { u->dst = sc; u->a = d - 2; u->b = d - 1; u->oparg = arg; }
        if ((u = emit(t, UOP_DECREF, o))) u->a = d - 2;
        if ((u = emit(t, UOP_DECREF, o))) u->a = d - 1;
        if ((u = emit(t, UOP_COPY, o))) { u->dst = d - 2; u->a = sc; }
        em->bool_slot = d - 2;
        set_kind(d - 2, 0);
        return false;
    }
    case OP_JUMP_FORWARD: case OP_JUMP_BACKWARD_NO_INTERRUPT:
        if ((u = emit(t, UOP_JUMP, o))) pend_target(t, target_op(t, jump_target(t, o)));
        return true;
    case OP_JUMP_BACKWARD:
        if ((u = emit(t, UOP_LOOP_CHECK, o))) u->deopt_exit = exit_deopt(t, s, d, o);
        if ((u = emit(t, UOP_JUMP, o))) pend_target(t, target_op(t, jump_target(t, o)));
        return true;
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: {
        int br = eop == OP_POP_JUMP_IF_FALSE ? UOP_BRANCH_FALSE : UOP_BRANCH_TRUE;
        if (prev_bool == d - 1) {
            if ((u = emit(t, br, o))) { u->a = d - 1; pend_target(t, target_op(t, jump_target(t, o))); }
            return true;
        }
        if (!rt_has(t->rt, UOP_H_TO_BOOL)) {
            u = emit(t, UOP_DEOPT, o);
            if (u) u->deopt_exit = exit_deopt(t, s, d, o);
            return true;
        }
        if (d < t->scratch) {
            /* a bool, None or small int inline; anything else: H_TO_BOOL
             * on the slow path */
            Slow sl = { .nbr = 0 };
            if ((u = miss_br(t, &sl, UOP_TRUTH, o, d - 1, 0, 0, d))) u->dst = d;
            slow_join(t, &sl, o, d, UOP_H_TO_BOOL, d - 1, 1, 2, helper_keep(eop, arg), 0, d + 1);
        } else if ((u = emit(t, UOP_H_TO_BOOL, o))) {
            u->a = d - 1; u->n_in = 1; u->n_out = 2;
            u->error_exit = exit_error(t, o, d - 1 + helper_keep(eop, arg));
        }
        if ((u = emit(t, UOP_DECREF, o))) u->a = d - 1;
        if ((u = emit(t, br, o))) { u->a = d; pend_target(t, target_op(t, jump_target(t, o))); }
        return true;
    }
    case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE:
        if ((u = emit(t, UOP_DECREF, o))) u->a = d - 1;
        if ((u = emit(t, eop == OP_POP_JUMP_IF_NONE ? UOP_BRANCH_NONE : UOP_BRANCH_NOT_NONE, o))) {
            u->a = d - 1;
            pend_target(t, target_op(t, jump_target(t, o)));
        }
        return true;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: {
        if ((u = emit(t, UOP_H_TO_BOOL, o))) {
            u->a = d - 1; u->n_in = 1; u->n_out = 2;
            u->error_exit = exit_error(t, o, d - 1 + helper_keep(eop, arg));
        }
        if ((u = emit(t, eop == OP_JUMP_IF_FALSE_OR_POP ? UOP_BRANCH_FALSE : UOP_BRANCH_TRUE, o))) {
            u->a = d;
            pend_target(t, target_op(t, jump_target(t, o)));
        }
        /* the fall-through side pops the value: a block of its own */
        int no = target_op(t, t->next[o]);
        if (jit_add_block(t->fn, t->next[o], d, false) < 0) { set_why(t, "out of memory"); return true; }
        if ((u = emit(t, UOP_DECREF, o))) u->a = d - 1;
        if ((u = emit(t, UOP_JUMP, o))) pend_target(t, no);
        return true;
    }
    case OP_RETURN_VALUE:
        for (int i = 0; i < d - 1; i++)
            if ((u = emit(t, UOP_DECREF, o))) u->a = i;
        if ((u = emit(t, UOP_RETURN, o))) u->a = d - 1;
        return true;
    case OP_BINARY_OP_ADD_INT: case OP_BINARY_OP_SUBTRACT_INT: case OP_BINARY_OP_MULTIPLY_INT:
    case OP_BINARY_OP_FLOOR_DIVIDE_INT: case OP_BINARY_OP_REMAINDER_INT: {
        int dex = exit_deopt(t, s, d, o);
        guard(t, UOP_GUARD_INT, d - 2, o, dex);
        guard(t, UOP_GUARD_INT, d - 1, o, dex);
        int uop = eop == OP_BINARY_OP_ADD_INT ? UOP_ADD_INT : eop == OP_BINARY_OP_SUBTRACT_INT ? UOP_SUB_INT
                : eop == OP_BINARY_OP_MULTIPLY_INT ? UOP_MUL_INT : eop == OP_BINARY_OP_FLOOR_DIVIDE_INT
                ? UOP_FLOORDIV_INT : UOP_MOD_INT;
        if ((u = emit(t, uop, o))) { u->dst = d - 2; u->a = d - 2; u->b = d - 1; u->oparg = arg; u->deopt_exit = dex; }
        set_kind(d - 2, 1);
        return false;
    }
    case OP_BINARY_OP_ADD_FLOAT: case OP_BINARY_OP_SUBTRACT_FLOAT:
    case OP_BINARY_OP_MULTIPLY_FLOAT: case OP_BINARY_OP_TRUE_DIVIDE_FLOAT: {
        /* The interpreter's float forms take a float and a float or small
         * int, never two ints (the result would be an int). Without a
         * "not both int" guard: an operand known to be an int gets
         * GUARD_INT and the other GUARD_FLOAT; else both GUARD_FLOAT (an
         * int operand then deopts; a site that keeps deopting is
         * recompiled with the generic helper). An operand known to be a
         * float rules out two ints: the other gets GUARD_NUM (x / y * n,
         * n an int, stays inline). */
        int dex = exit_deopt(t, s, d, o);
        int kl = get_kind(d - 2), kr = get_kind(d - 1);
        if (kl == 1 && kr != 1) { guard(t, UOP_GUARD_INT, d - 2, o, dex); guard(t, UOP_GUARD_FLOAT, d - 1, o, dex); }
        else if (kr == 1 && kl != 1) { guard(t, UOP_GUARD_FLOAT, d - 2, o, dex); guard(t, UOP_GUARD_INT, d - 1, o, dex); }
        else if (kl == 2 && kr != 2) guard(t, UOP_GUARD_NUM, d - 1, o, dex);
        else if (kr == 2 && kl != 2) guard(t, UOP_GUARD_NUM, d - 2, o, dex);
        else { guard(t, UOP_GUARD_FLOAT, d - 2, o, dex); guard(t, UOP_GUARD_FLOAT, d - 1, o, dex); }
        int uop = eop == OP_BINARY_OP_ADD_FLOAT ? UOP_ADD_FLOAT : eop == OP_BINARY_OP_SUBTRACT_FLOAT ? UOP_SUB_FLOAT
                : eop == OP_BINARY_OP_MULTIPLY_FLOAT ? UOP_MUL_FLOAT : UOP_DIV_FLOAT;
        if ((u = emit(t, uop, o))) {
            u->dst = d - 2; u->a = d - 2; u->b = d - 1; u->oparg = arg;
            if (uop_info[uop].flags & UF_DEOPT) u->deopt_exit = dex;
        }
        set_kind(d - 2, 2);
        return false;
    }
    case OP_BUILD_SLICE: {
        /* followed by its subscript (not a jump target): one fused helper,
         * no slice object for a list or tuple with small bounds */
        int no = t->next[o] < t->n ? t->op_at[t->next[o]] : -1;
        if (no < 0 || (t->flag[no] & F_LEADER) || em->kw_start >= 0) break;
        int nfam = opcode_info[opcode_unsuper(CU_OP(t->code[no]))].family;
        if (nfam != OP_BINARY_SUBSCR && nfam != OP_STORE_SUBSCR) break;
        if (nfam == OP_BINARY_SUBSCR && d - arg - 1 >= 0 && !(t->flag[o] & F_GENERIC) &&
            rt_has(t->rt, UOP_H_SLICE_COPY_STORE)) {
            /* c[i:j(:k)] stored straight into x[start:stop] (H_SLICE_COPY_STORE) */
            int last;
            int64_t enc;
            uint64_t k1, k2;
            if (match_slice_copy_store(t, no, &enc, &k1, &k2, &last)) {
                int a = d - arg - 1;
                if (!(u = emit(t, UOP_H_SLICE_COPY_STORE, last))) return true;
                u->a = a; u->n_in = arg + 1; u->n_out = 0;
                u->oparg = enc | (int64_t)(arg == 3) << 42;
                u->op1 = k1; u->op2 = k2;
                u = &t->fn->uops[t->fn->nuops - 1];
                u->deopt_exit = exit_deopt(t, s, d, o);
                u = &t->fn->uops[t->fn->nuops - 1];
                u->error_exit = exit_error(t, last, a);
                set_kind(a, 0);
                em->skip = last;
                return false;
            }
        }
        int fh = nfam == OP_BINARY_SUBSCR ? UOP_H_SLICE_SUBSCR : UOP_H_SLICE_STORE;
        int nin = arg + (nfam == OP_BINARY_SUBSCR ? 1 : 2), a = d - nin;
        if (a < 0 || !rt_has(t->rt, fh)) break;
        if (!(u = emit(t, fh, no))) return true;
        u->a = a; u->n_in = nin; u->n_out = nfam == OP_BINARY_SUBSCR ? 1 : 0; u->oparg = arg;
        u = &t->fn->uops[t->fn->nuops - 1];
        u->error_exit = exit_error(t, no, a);
        set_kind(a, 0);
        em->skip = no;
        return false;
    }
    case OP_BINARY_OP_POWER_FLOAT: {
        /* as the interpreter: a float base, a float or small int exponent;
         * POW_FLOAT deopts where the interpreter takes the generic path */
        int dex = exit_deopt(t, s, d, o);
        guard(t, UOP_GUARD_FLOAT, d - 2, o, dex);
        guard(t, get_kind(d - 1) == 1 ? UOP_GUARD_INT : UOP_GUARD_NUM, d - 1, o, dex);
        if ((u = emit(t, UOP_POW_FLOAT, o))) {
            u->dst = d - 2; u->a = d - 2; u->b = d - 1; u->oparg = arg; u->deopt_exit = dex;
        }
        set_kind(d - 2, 2);
        return false;
    }
    case OP_COMPARE_OP_INT: case OP_COMPARE_OP_FLOAT: {
        int dex = exit_deopt(t, s, d, o);
        int g = eop == OP_COMPARE_OP_INT ? UOP_GUARD_INT : UOP_GUARD_FLOAT;
        guard(t, g, d - 2, o, dex);
        guard(t, g, d - 1, o, dex);
        if ((u = emit(t, eop == OP_COMPARE_OP_INT ? UOP_COMPARE_INT : UOP_COMPARE_FLOAT, o))) {
            u->dst = d - 2; u->a = d - 2; u->b = d - 1; u->oparg = arg;
        }
        em->bool_slot = d - 2;
        set_kind(d - 2, 0);
        return false;
    }
    case OP_LOAD_GLOBAL_MODULE: case OP_LOAD_GLOBAL_BUILTIN:
        if (emit_load_global_inline(t, eop, o, d, dstart)) return false;
        break;
    case OP_FOR_ITER_RANGE: {
        /* as H_FOR_ITER_RANGE: an exact range iterator (not big); while
         * remaining > 0 push next (a small int, else deopt before any
         * change: the interpreter boxes a big one), next += step,
         * remaining--; exhausted: drop the iterator and jump. Raw temps in
         * slots d + 1 and the scratch slot (above every exit's depth). */
        int it = d - 1, r1 = d + 1, sc = t->scratch;
        if (r1 >= sc) break;
        int dex = exit_deopt(t, s, d, o);
        if ((u = emit(t, UOP_GUARD_TYPE, o))) { u->a = it; u->op1 = (uint64_t)(uintptr_t)&RangeIterType; u->deopt_exit = dex; }
        if ((u = emit(t, UOP_GUARD_FIELD_U8, o))) { u->a = it; u->oparg = offsetof(RangeIterObject, big); u->op1 = 0; u->deopt_exit = dex; }
        if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = r1; u->a = it; u->oparg = offsetof(RangeIterObject, remaining); }
        int nb = t->fn->nblocks;
        if ((u = emit(t, UOP_BRANCH_RAW_GT, o))) { u->a = r1; u->op1 = 0; u->target = nb + 1; }
        /* exhausted */
        if (jit_add_block(t->fn, s, d, false) < 0) { set_why(t, "out of memory"); return true; }
        if ((u = emit(t, UOP_DECREF, o))) u->a = it;
        if ((u = emit(t, UOP_JUMP, o))) pend_target(t, target_op(t, jump_target(t, o)));
        /* the next value */
        if (jit_add_block(t->fn, s, d, false) < 0) { set_why(t, "out of memory"); return true; }
        if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = r1; u->a = it; u->oparg = offsetof(RangeIterObject, next); }
        if ((u = emit(t, UOP_BOX_INT, o))) { u->dst = d; u->a = r1; u->deopt_exit = dex; }
        if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = sc; u->a = it; u->oparg = offsetof(RangeIterObject, step); }
        if ((u = emit(t, UOP_RAW_ADD, o))) { u->dst = r1; u->a = r1; u->b = sc; }
        if ((u = emit(t, UOP_STORE_FIELD, o))) { u->a = it; u->b = r1; u->oparg = offsetof(RangeIterObject, next); }
        if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = r1; u->a = it; u->oparg = offsetof(RangeIterObject, remaining); }
        if ((u = emit(t, UOP_RAW_ADD, o))) { u->dst = r1; u->a = r1; u->b = -1; u->op1 = (uint64_t)-1; }
        if ((u = emit(t, UOP_STORE_FIELD, o))) { u->a = it; u->b = r1; u->oparg = offsetof(RangeIterObject, remaining); }
        set_kind(it, 0);
        set_kind(d, 1);
        set_kind(r1, 0);
        return false;
    }
    case OP_LOAD_DEREF: {
        /* the cell's contents, increfed; empty: H_LOAD_DEREF on the slow
         * path raises the NameError */
        if (d >= t->scratch || arg >= co->nlocalsplus) break;
        if ((u = emit(t, UOP_LOAD_LOCAL, o))) { u->dst = d; u->oparg = arg; }
        if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = d; u->a = d; u->oparg = offsetof(CellObject, ref); }
        Slow sl = { .nbr = 0 };
        miss_br(t, &sl, UOP_BRANCH_NULL, o, d, 0, 0, d);
        if ((u = emit(t, UOP_INCREF, o))) u->a = d;
        slow_join(t, &sl, o, d, UOP_H_LOAD_DEREF, d, 0, 1, 0, 0, d + 1);
        set_kind(d, 0);
        return false;
    }
    case OP_LIST_APPEND: {
        /* [list, x1.., v]: room in the list (size < capacity): v stored at
         * items[size] (the stack's reference moves in), size + 1; else
         * H_LIST_APPEND on the slow path. Raw temps in slot d and the
         * scratch slot. */
        int l = d - 1 - arg, v = d - 1, sc = t->scratch;
        if (l < 0 || arg < 1 || d >= sc || !rt_has(t->rt, UOP_H_LIST_APPEND)) break;
        if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = d; u->a = l; u->oparg = offsetof(ListObject, size); }
        if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = sc; u->a = l; u->oparg = offsetof(ListObject, capacity); }
        if ((u = emit(t, UOP_RAW_ADD, o))) { u->dst = d; u->a = d; u->b = -1; u->op1 = 1; }
        Slow sl = { .nbr = 0 };
        if ((u = miss_br(t, &sl, UOP_BRANCH_RAW_LT, o, sc, 0, 0, d))) u->b = d;   /* capacity < size + 1 */
        if ((u = emit(t, UOP_STORE_FIELD, o))) { u->a = l; u->b = d; u->oparg = offsetof(ListObject, size); }
        if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = sc; u->a = l; u->oparg = offsetof(ListObject, items); }
        if ((u = emit(t, UOP_ITEM_ADDR, o))) { u->dst = sc; u->a = sc; u->b = d; u->oparg = -(int64_t)sizeof(Value); }
        if ((u = emit(t, UOP_STORE_FIELD, o))) { u->a = sc; u->b = v; u->oparg = 0; }
        slow_join(t, &sl, o, d, UOP_H_LIST_APPEND, l, arg + 1, arg, arg, 0, d - 1);
        set_kind(d, 0);
        set_kind(v, 0);
        return false;
    }
    case OP_FOR_ITER: {
        int no = enum_unpack(t, o);
        if (no < 0 || (t->flag[no] & F_LEADER) || d + 1 >= t->scratch) break;
        if (!(u = emit(t, UOP_H_FOR_ITER_ENUMERATE2, o))) return true;
        u->a = d - 1; u->n_in = 1; u->n_out = 3; u->n_out_alt = 0; u->oparg = arg;
        u->deopt_exit = exit_deopt(t, s, d, o);
        u = &t->fn->uops[t->fn->nuops - 1];
        u->error_exit = exit_error(t, o, d);
        pend_target(t, target_op(t, jump_target(t, o)));
        if (jit_add_block(t->fn, s, d + 2, false) < 0) { set_why(t, "out of memory"); return true; }
        set_kind(d - 1, 0);
        set_kind(d, 0);
        set_kind(d + 1, 0);
        em->skip = no;
        return false;
    }
    case OP_FOR_ITER_LIST: case OP_FOR_ITER_TUPLE: {
        /* as the interpreter's FOR_ITER_LIST (tupleiter_next alike): an
         * exact list/tuple iterator; its sequence V_NULL: exhausted; index
         * < size: push items[index] (increfed), index++; else clear the
         * sequence (exhausted). Exhausted: drop the iterator and jump.
         * Raw temps in slots d, d + 1 and the scratch slot. */
        bool isl = eop == OP_FOR_ITER_LIST;
        int it = d - 1, r1 = d + 1, sc = t->scratch;
        if (r1 >= sc) break;
        size_t seq_off = isl ? offsetof(ListIterObject, list) : offsetof(TupleIterObject, tuple);
        size_t idx_off = isl ? offsetof(ListIterObject, index) : offsetof(TupleIterObject, index);
        int dex = exit_deopt(t, s, d, o);
        if ((u = emit(t, UOP_GUARD_TYPE, o))) {
            u->a = it; u->op1 = (uint64_t)(uintptr_t)(isl ? &ListIterType : &TupleIterType); u->deopt_exit = dex;
        }
        if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = r1; u->a = it; u->oparg = (int64_t)seq_off; }
        int nb = t->fn->nblocks;      /* nb: has a sequence; nb + 1: clear it; nb + 2: done; nb + 3: next */
        if ((u = emit(t, UOP_BRANCH_NULL, o))) { u->a = r1; u->target = nb + 2; }
        if (jit_add_block(t->fn, s, d, false) < 0) { set_why(t, "out of memory"); return true; }
        if ((u = emit(t, UOP_LOAD_FIELD, o))) {
            u->dst = sc; u->a = r1; u->oparg = isl ? (int64_t)offsetof(ListObject, size) : (int64_t)offsetof(TupleObject, size);
        }
        if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = d; u->a = it; u->oparg = (int64_t)idx_off; }
        if ((u = emit(t, UOP_BRANCH_RAW_LT, o))) { u->a = d; u->b = sc; u->target = nb + 3; }
        if (jit_add_block(t->fn, s, d, false) < 0) { set_why(t, "out of memory"); return true; }
        if ((u = emit(t, UOP_LOAD_CONST, o))) { u->dst = sc; u->op1 = V_NULL; }
        if ((u = emit(t, UOP_STORE_FIELD, o))) { u->a = it; u->b = sc; u->oparg = (int64_t)seq_off; }
        if ((u = emit(t, UOP_DECREF, o))) u->a = r1;
        if ((u = emit(t, UOP_JUMP, o))) u->target = nb + 2;
        if (jit_add_block(t->fn, s, d, false) < 0) { set_why(t, "out of memory"); return true; }
        if ((u = emit(t, UOP_DECREF, o))) u->a = it;
        if ((u = emit(t, UOP_JUMP, o))) pend_target(t, target_op(t, jump_target(t, o)));
        if (jit_add_block(t->fn, s, d, false) < 0) { set_why(t, "out of memory"); return true; }
        if ((u = emit(t, UOP_RAW_ADD, o))) { u->dst = sc; u->a = d; u->b = -1; u->op1 = 1; }
        if ((u = emit(t, UOP_STORE_FIELD, o))) { u->a = it; u->b = sc; u->oparg = (int64_t)idx_off; }
        if (isl) {
            if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = sc; u->a = r1; u->oparg = offsetof(ListObject, items); }
            if ((u = emit(t, UOP_LOAD_ITEM, o))) { u->dst = d; u->a = sc; u->b = d; u->oparg = 0; }
        } else {
            if ((u = emit(t, UOP_LOAD_ITEM, o))) { u->dst = d; u->a = r1; u->b = d; u->oparg = offsetof(TupleObject, items); }
        }
        if ((u = emit(t, UOP_INCREF, o))) u->a = d;
        set_kind(it, 0);
        set_kind(d, 0);
        set_kind(r1, 0);
        return false;
    }
    case OP_UNPACK_SEQUENCE_TWO_TUPLE: case OP_UNPACK_SEQUENCE_TUPLE: case OP_UNPACK_SEQUENCE_LIST: {
        /* as the interpreter: an exact tuple (list) of exactly n items, else
         * deopt (the generic form unpacks other iterables or raises); the
         * items increfed, item 0 on top, the sequence decrefed. The
         * sequence is held in the scratch slot while the outputs overwrite
         * its slot; a list's item array in slot d - 1 + n. */
        bool isl = eop == OP_UNPACK_SEQUENCE_LIST;
        int n = eop == OP_UNPACK_SEQUENCE_TWO_TUPLE ? 2 : arg, sq = d - 1, sc = t->scratch;
        if (n < 1 || sq < 0 || sq + n + (isl ? 1 : 0) > sc) break;
        int dex = exit_deopt(t, s, d, o);
        if ((u = emit(t, UOP_GUARD_TYPE, o))) {
            u->a = sq; u->op1 = (uint64_t)(uintptr_t)(isl ? &ListType : &TupleType); u->deopt_exit = dex;
        }
        if ((u = emit(t, UOP_GUARD_FIELD_EQ, o))) {
            u->a = sq; u->oparg = isl ? (int64_t)offsetof(ListObject, size) : (int64_t)offsetof(TupleObject, size);
            u->op1 = (uint64_t)n; u->deopt_exit = dex;
        }
        if ((u = emit(t, UOP_COPY, o))) { u->dst = sc; u->a = sq; }
        int base = sc;
        int64_t off0 = (int64_t)offsetof(TupleObject, items);
        if (isl) {
            base = sq + n;
            off0 = 0;
            if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = base; u->a = sc; u->oparg = offsetof(ListObject, items); }
        }
        for (int i = 0; i < n; i++) {
            int dst = sq + n - 1 - i;
            if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = dst; u->a = base; u->oparg = off0 + 8 * (int64_t)i; }
            if ((u = emit(t, UOP_INCREF, o))) u->a = dst;
            set_kind(dst, 0);
        }
        if ((u = emit(t, UOP_DECREF, o))) u->a = sc;
        if (isl) set_kind(base, 0);
        return false;
    }
    case OP_STORE_SUBSCR_LIST_INT: {
        /* as the interpreter: an exact list and a small int index
         * (negative: + size) in range, else deopt; the new item stored
         * (the stack's reference moves in), the old one decrefed, then
         * the list. Raw temps in slot d and the scratch slot. */
        int v = d - 3, l = d - 2, k = d - 1, sc = t->scratch;
        if (v < 0 || d >= sc) break;
        list_index(t, o, s, d, l, k, sc);
        if ((u = emit(t, UOP_ITEM_ADDR, o))) { u->dst = sc; u->a = d; u->b = sc; u->oparg = 0; }
        if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = d; u->a = sc; u->oparg = 0; }
        if ((u = emit(t, UOP_STORE_FIELD, o))) { u->a = sc; u->b = v; u->oparg = 0; }
        if ((u = emit(t, UOP_DECREF, o))) u->a = d;
        if ((u = emit(t, UOP_DECREF, o))) u->a = l;
        set_kind(v, 0);
        set_kind(l, 0);
        set_kind(d, 0);
        return false;
    }
    case OP_LOAD_ATTR_SHAPE_POLY: {
        /* As the interpreter: the owner's type is known plain
         * (BRANCH_NOT_PLAIN) and its inline block (inline mode) has a shape
         * with the name at slot cur[4] (the cached shape or any other: a
         * name keeps its slot in the shapes descending from the one that
         * added it); shape_none (values in an AttrsObject) has no slots.
         * The value increfed, the owner decrefed. Raw temps in slot d and
         * the scratch slot. A miss calls the helper (which looks another
         * shape up, then the generic LOAD_ATTR). */
        const CodeUnit *cur = t->code + o;
        int own = d - 1, sc = t->scratch;
        if (own < 0 || d >= sc) break;
        const CodeUnit *c = freeze_cache(t, o);
        if (!c) return true;
        int64_t i = cur[4];
        Slow sl = { .nbr = 0 };
        miss_br(t, &sl, UOP_BRANCH_NOT_PLAIN, o, own, 0, 0, d);
        if ((u = emit(t, UOP_INLINE_ATTRS_PTR, o))) { u->dst = sc; u->a = own; }
        if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = d; u->a = sc; u->oparg = offsetof(InlineAttrs, shape); }
        miss_br(t, &sl, UOP_BRANCH_FIELD32_LE, o, d, offsetof(Shape, nslots), i, d);
        if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = d; u->a = d; u->oparg = offsetof(Shape, names); }
        miss_br(t, &sl, UOP_BRANCH_FIELD_NE, o, d, i * (int64_t)sizeof(Value), tuple_items(co->names)[arg], d);
        if ((u = emit(t, UOP_LOAD_FIELD, o))) {
            u->dst = sc; u->a = sc;
            u->oparg = (int64_t)offsetof(InlineAttrs, values) + i * (int64_t)sizeof(Value);
        }
        if ((u = emit(t, UOP_INCREF, o))) u->a = sc;
        if ((u = emit(t, UOP_DECREF, o))) u->a = own;
        if ((u = emit(t, UOP_COPY, o))) { u->dst = own; u->a = sc; }
        slow_join(t, &sl, o, d, h, own, 1, 1, 0, (uint64_t)(uintptr_t)c, d);
        set_kind(own, 0); set_kind(d, 0);
        return t->failed;
    }
    case OP_LOAD_ATTR_SLOT: case OP_LOAD_ATTR_INSTANCE_SHAPE: {
        /* as the interpreter: the owner's type has the cached version (read
         * from the type now); SLOT: the __slots__ member at byte offset
         * cur[4], not empty; SHAPE: the instance's inline block (inline
         * mode) has the cached shape, the value at index cur[4] (an
         * instance whose values moved to an AttrsObject: the helper). The
         * value increfed
         * (in the scratch slot), the owner decrefed (its __del__ may run:
         * DECREF does it as for any pop). A miss calls the helper (SLOT:
         * the generic LOAD_ATTR, which raises the AttributeError). */
        const CodeUnit *cur = t->code + o;
        int own = d - 1, sc = t->scratch;
        if (own < 0 || own >= sc) {
            if (eop == OP_LOAD_ATTR_SLOT) { set_why(t, "no scratch slot at %d", o); return true; }
            break;
        }
        uint64_t fc = 0;
        if (eop == OP_LOAD_ATTR_INSTANCE_SHAPE) {
            const CodeUnit *c = freeze_cache(t, o);
            if (!c) return true;
            fc = (uint64_t)(uintptr_t)c;
        }
        Slow sl = { .nbr = 0 };
        miss_br(t, &sl, UOP_BRANCH_NOT_TYPE_VERSION, o, own, 0, cache_u32(cur + 2), d);
        if (eop == OP_LOAD_ATTR_SLOT) {
            if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = sc; u->a = own; u->oparg = cur[4]; }
            miss_br(t, &sl, UOP_BRANCH_NULL, o, sc, 0, 0, d);
        } else {
            if ((u = emit(t, UOP_INLINE_ATTRS_PTR, o))) { u->dst = sc; u->a = own; }
            miss_br(t, &sl, UOP_BRANCH_FIELD_NE, o, sc, offsetof(InlineAttrs, shape), cache_u64(cur + 5), d);
            if ((u = emit(t, UOP_LOAD_FIELD, o))) {
                u->dst = sc; u->a = sc;
                u->oparg = (int64_t)offsetof(InlineAttrs, values) + (int64_t)cur[4] * (int64_t)sizeof(Value);
            }
        }
        if ((u = emit(t, UOP_INCREF, o))) u->a = sc;
        if ((u = emit(t, UOP_DECREF, o))) u->a = own;
        if ((u = emit(t, UOP_COPY, o))) { u->dst = own; u->a = sc; }
        slow_join(t, &sl, o, d, eop == OP_LOAD_ATTR_SLOT ? UOP_H_LOAD_ATTR : UOP_H_LOAD_ATTR_INSTANCE_SHAPE,
                  own, 1, 1, 0, fc, d);
        set_kind(own, 0);
        return t->failed;
    }
    case OP_STORE_ATTR_SLOT: case OP_STORE_ATTR_SHAPE: case OP_STORE_ATTR_SHAPE_POLY: {
        /* [v, owner] -> []. As the interpreter: the owner's type has the
         * cached version (SHAPE_POLY: is known plain, BRANCH_NOT_PLAIN);
         * SLOT: the member at byte offset cur[4] (empty or not); SHAPE(_POLY):
         * the instance's inline block has a shape with the name at slot
         * i = cur[4]: the value replaced; else (i < INLINE_NSLOTS) the shape
         * has i names and one (already made) transition, whose shape has the
         * name at slot i: the value stored at slot i and the shape switched
         * to that one; else (i == 0) the shape is shape_root and the type's
         * first_shape has the name first: the value stored, the shape
         * switched to first_shape. Anything else (an instance whose values
         * moved to an AttrsObject, whose inline shape is shape_none with no
         * slots and no transitions; another transition): the helper. The
         * value stored (the stack's reference), the owner decrefed, then the
         * old value (either may run __del__: DECREF). Raw temps in slot d
         * and the scratch slot. A miss calls the helper (SLOT: the generic
         * STORE_ATTR). */
        const CodeUnit *cur = t->code + o;
        int v = d - 2, own = d - 1, sc = t->scratch;
        if (v < 0 || d >= sc) {
            if (eop == OP_STORE_ATTR_SLOT) { set_why(t, "no scratch slot at %d", o); return true; }
            break;
        }
        uint64_t fc = 0;
        if (eop != OP_STORE_ATTR_SLOT) {
            const CodeUnit *c = freeze_cache(t, o);
            if (!c) return true;
            fc = (uint64_t)(uintptr_t)c;
        }
        Slow sl = { .nbr = 0 }, alt = { .nbr = 0 };
        if (eop == OP_STORE_ATTR_SHAPE_POLY)
            miss_br(t, &sl, UOP_BRANCH_NOT_PLAIN, o, own, 0, 0, d);
        else
            miss_br(t, &sl, UOP_BRANCH_NOT_TYPE_VERSION, o, own, 0, cache_u32(cur + 2), d);
        int base = own;
        int64_t off = cur[4];
        int64_t i = cur[4];
        Value name = tuple_items(co->names)[arg];
        bool add = eop != OP_STORE_ATTR_SLOT && i < INLINE_NSLOTS;
        if (eop != OP_STORE_ATTR_SLOT) {
            if ((u = emit(t, UOP_INLINE_ATTRS_PTR, o))) { u->dst = sc; u->a = own; }
            if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = d; u->a = sc; u->oparg = offsetof(InlineAttrs, shape); }
            miss_br(t, add ? &alt : &sl, UOP_BRANCH_FIELD32_LE, o, d, offsetof(Shape, nslots), i, d);
            if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = d; u->a = d; u->oparg = offsetof(Shape, names); }
            miss_br(t, &sl, UOP_BRANCH_FIELD_NE, o, d, i * (int64_t)sizeof(Value), name, d);
            base = sc;
            off = (int64_t)offsetof(InlineAttrs, values) + i * (int64_t)sizeof(Value);
        }
        if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = d; u->a = base; u->oparg = off; }
        if ((u = emit(t, UOP_STORE_FIELD, o))) { u->a = base; u->b = v; u->oparg = off; }
        if ((u = emit(t, UOP_DECREF, o))) u->a = own;
        if ((u = emit(t, UOP_DECREF, o))) u->a = d;
        if (add) {
            /* the shape has at most i names (the replace test failed) */
            alt_begin(t, &sl, &alt, o, d);
            if (i == 0) {
                /* no names: shape_root (or shape_none, a miss), whose
                 * transitions are many: the type's first shape, if it
                 * adds the name (as the interpreter; shape_root with a
                 * single transition adding the name: that is the first
                 * shape, as no two transitions add one name) */
                miss_br(t, &sl, UOP_BRANCH_FIELD_NE, o, sc, offsetof(InlineAttrs, shape),
                        (uint64_t)(uintptr_t)&shape_root, d);
                if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = d; u->a = own; u->oparg = offsetof(Object, type); }
                miss_br(t, &sl, UOP_BRANCH_FIELD_EQ, o, d, offsetof(TypeObject, first_shape), 0, d);
                if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = d; u->a = d; u->oparg = offsetof(TypeObject, first_shape); }
                if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = d; u->a = d; u->oparg = offsetof(Shape, names); }
                miss_br(t, &sl, UOP_BRANCH_FIELD_NE, o, d, 0, name, d);
                /* reload it (one raw temp besides the block's address) */
                if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = d; u->a = own; u->oparg = offsetof(Object, type); }
                if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = d; u->a = d; u->oparg = offsetof(TypeObject, first_shape); }
            } else {
                if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = d; u->a = sc; u->oparg = offsetof(InlineAttrs, shape); }
                miss_br(t, &sl, UOP_BRANCH_FIELD32_NE, o, d, offsetof(Shape, nslots), i, d);
                miss_br(t, &sl, UOP_BRANCH_FIELD32_NE, o, d, offsetof(Shape, nnext), 1, d);
                /* d = the next shape: is->next[0] */
                if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = d; u->a = d; u->oparg = offsetof(Shape, next); }
                if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = d; u->a = d; u->oparg = 0; }
                if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = d; u->a = d; u->oparg = offsetof(Shape, names); }
                miss_br(t, &sl, UOP_BRANCH_FIELD_NE, o, d, i * (int64_t)sizeof(Value), name, d);
                /* reload it (one raw temp besides the block's address) */
                if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = d; u->a = sc; u->oparg = offsetof(InlineAttrs, shape); }
                if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = d; u->a = d; u->oparg = offsetof(Shape, next); }
                if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = d; u->a = d; u->oparg = 0; }
            }
            if ((u = emit(t, UOP_STORE_FIELD, o))) { u->a = sc; u->b = v; u->oparg = off; }
            if ((u = emit(t, UOP_STORE_FIELD, o))) { u->a = sc; u->b = d; u->oparg = offsetof(InlineAttrs, shape); }
            if ((u = emit(t, UOP_DECREF, o))) u->a = own;
        }
        slow_join(t, &sl, o, d, eop == OP_STORE_ATTR_SLOT ? UOP_H_STORE_ATTR : h,
                  v, 2, 0, 0, fc, d - 2);
        set_kind(v, 0); set_kind(own, 0); set_kind(d, 0);
        return t->failed;
    }
    case OP_LOAD_METHOD_WITH_DICT: case OP_LOAD_METHOD_NO_DICT: {
        /* [owner] -> [meth, owner]. As the interpreter: the owner's type
         * has the cached version (which pins the borrowed method cur[5..8]);
         * WITH_DICT: no instance attribute shadows it, inline only for an
         * instance in inline mode whose shape id is the cached one
         * (shape_none's id matches no cache; anything else: the helper,
         * which also does the other checks). WITH_DICT over a type without
         * inline blocks: the helper. The method
         * increfed. A miss calls the helper. */
        const CodeUnit *cur = t->code + o;
        int own = d - 1, sc = t->scratch;
        if (own < 0 || d >= sc) break;
        /* no shape seen (a dict-mode type or instance): the helper */
        if (eop == OP_LOAD_METHOD_WITH_DICT && !cur[4]) break;
        const CodeUnit *c = freeze_cache(t, o);
        if (!c) return true;
        Slow sl = { .nbr = 0 };
        miss_br(t, &sl, UOP_BRANCH_NOT_TYPE_VERSION, o, own, 0, cache_u32(cur + 2), d);
        if (eop == OP_LOAD_METHOD_WITH_DICT) {
            if ((u = emit(t, UOP_INLINE_ATTRS_PTR, o))) { u->dst = sc; u->a = own; }
            if ((u = emit(t, UOP_LOAD_FIELD, o))) { u->dst = sc; u->a = sc; u->oparg = offsetof(InlineAttrs, shape); }
            miss_br(t, &sl, UOP_BRANCH_FIELD32_NE, o, sc, offsetof(Shape, id), cur[4], d);
        }
        if ((u = emit(t, UOP_COPY, o))) { u->dst = d; u->a = own; }
        if ((u = emit(t, UOP_LOAD_CONST, o))) { u->dst = own; u->op1 = cache_u64(cur + 5); }
        if ((u = emit(t, UOP_INCREF, o))) u->a = own;
        slow_join(t, &sl, o, d, h, own, 1, 2, 0, (uint64_t)(uintptr_t)c, d + 1);
        set_kind(own, 0); set_kind(d, 0);
        /* the method, for inline_pure_call (guarded there) */
        t->hint_slot = own;
        t->hint_val = cache_u64(cur + 5);
        t->hint_null = false;
        t->hint_meth = true;
        return t->failed;
    }
    case OP_CALL: case OP_CALL_BUILTIN: {
        /* [NULL, f, x] where f is expected to be one of math's float
         * functions (the hint of its load): MATH_F1 guards that and the
         * argument, the call's helper on the slow path */
        if (arg != 1 || kws >= 0 || t->hint_slot != d - 2 || d < 3) break;
        double (*mf)(double) = math_unary_double(t->hint_val);
        if (!mf || !rt_has(t->rt, h)) break;
        int a = d - 3;
        Slow sl = { .nbr = 0 };
        int sc = t->scratch;
        if (d >= sc) break;
        if ((u = miss_br(t, &sl, UOP_MATH_F1, o, a, mf == sqrt, (uint64_t)(uintptr_t)mf, d))) {
            u->dst = sc; u->op2 = t->hint_val;
        }
        if ((u = emit(t, UOP_COPY, o))) { u->dst = a; u->a = sc; }
        if ((u = emit(t, UOP_DECREF, o))) u->a = a + 1;
        int hi = t->fn->nuops + 1;      /* slow_join: JUMP, then the helper */
        slow_join(t, &sl, o, d, h, a, 3, 1, 0, V_NULL, a + 1);
        if (!t->failed) t->fn->uops[hi].deopt_exit = exit_deopt(t, dstart, d, o);
        set_kind(a, 0);
        return t->failed;
    }
    case OP_CALL_PY_EXACT_ARGS:
        if (kws < 0 && inline_pure_call(t, em, o, d, arg)) return t->failed;
        break;
    case OP_BINARY_SUBSCR_LIST_INT: {
        /* as H_BINARY_SUBSCR_LIST_INT: an exact list and a small int index
         * (negative: + size), in range, else deopt (the interpreter raises
         * the IndexError); the item increfed, the list decrefed. Raw temps
         * in slot d and the scratch slot. */
        int l = d - 2, k = d - 1, sc = t->scratch;
        if (d >= sc) break;
        list_index(t, o, s, d, l, k, sc);
        if ((u = emit(t, UOP_LOAD_ITEM, o))) { u->dst = d; u->a = d; u->b = sc; u->oparg = 0; }
        if ((u = emit(t, UOP_INCREF, o))) u->a = d;
        if ((u = emit(t, UOP_DECREF, o))) u->a = l;
        if ((u = emit(t, UOP_COPY, o))) { u->dst = l; u->a = d; }
        set_kind(l, 0);
        set_kind(d, 0);
        return false;
    }
    default:
        break;
    }
    /* a helper */
    if (h < 0) { set_why(t, "no translation for %s", opcode_info[eop].name); return true; }
    int fam = opcode_info[eop].family;
    int nin = helper_nin(fam, arg);
    if (nin < 0) { set_why(t, "no stack contract for %s", opcode_info[eop].name); return true; }
    int nout = nin + opcode_stack_effect(eop, arg, 0);
    int a = d - nin;
    if (a < 0 || nout < 0) { set_why(t, "stack underflow at %d", o); return true; }
    if (fam == OP_DELETE_FAST && arg < co->nlocalsplus) bs_clr(bound, arg);
    if (h == UOP_H_CALL_PY_EXACT_ARGS && self_call_ok(t, arg, kwn)) h = UOP_H_CALL_PY_SELF;
    /* a module attribute loaded as a method: its value now, if the owner's
     * hint is a module whose entry the cache names */
    Value mhint = V_NULL;
    if (eop == OP_LOAD_METHOD_MODULE && t->hint_slot == d - 1 && v_is_type(t->hint_val, &ModuleType)) {
        DictObject *md = v_as_dict(module_dict(t->hint_val));
        unsigned i = t->code[o + 4];   /* cur[4], as the interpreter */
        if (i < (uint64_t)md->nentries && md->entries[i].key == tuple_items(co->names)[arg])
            mhint = md->entries[i].value;
    }
    /* a specialisable generic instruction whose counter is untouched
     * (specialize.h: a first execution specialises it or backs off) */
    bool cold = runtime_options.specialize && eop == fam && !(t->flag[o] & F_GENERIC) &&
                opcode_info[fam].cache > 0 && t->code[o + 1] == 0;
    if (cold && jit_cold_site_limit > 0) {
        /* counted: once it has run jit_cold_site_limit times here, the
         * function is compiled again from the interpreter's caches (jit.c) */
        uint64_t *cnt = jit_keep(t->fn, calloc(1, sizeof *cnt));
        if (!cnt) { set_why(t, "out of memory"); return true; }
        int e = exit_deopt(t, dstart, d, o);
        if ((u = emit(t, UOP_COUNT_COLD, o))) {
            u->op1 = (uint64_t)(uintptr_t)cnt;
            u->op2 = jit_cold_site_limit;
            u->deopt_exit = e;
        }
    }
    u = emit(t, h, o);
    if (!u) return true;
    u->a = a;
    u->n_in = nin;
    u->n_out = nout;
    u->oparg = arg;
    if (h == UOP_H_CALL_PY_SELF) {
        u->op1 = (uint64_t)(uintptr_t)co;
        u->op2 = (frame_size(co) + 15) & ~(uint64_t)15;
    } else if (fam == OP_CALL) {
        u->op1 = kwn;
    } else if (eop != fam) {
        const CodeUnit *c = freeze_cache(t, o);
        if (!c) return true;
        u = &t->fn->uops[t->fn->nuops - 1];
        u->op1 = (uint64_t)(uintptr_t)c;
    }
    if (cold) u->flags |= UOPI_COLD;
    unsigned uf = uop_info[h].flags;
    /* every helper may return 1 or -1: give it both exits when it may */
    if (uf & UF_DEOPT) u->deopt_exit = exit_deopt(t, dstart, d, o);
    if ((uf & UF_ERROR) || uop_info[h].kind == UK_HELPER) {
        u = &t->fn->uops[t->fn->nuops - 1];
        u->error_exit = exit_error(t, o, a + helper_keep(fam, arg));
    }
    if (fam == OP_FOR_ITER) {
        u = &t->fn->uops[t->fn->nuops - 1];
        u->n_out_alt = 0;
        pend_target(t, target_op(t, jump_target(t, o)));
        for (int i = a; i < a + nout; i++) set_kind(i, 0);
        return true;
    }
    for (int i = a; i < a + nout; i++) set_kind(i, 0);
    if (!v_is_null(mhint)) {
        t->hint_slot = d;
        t->hint_val = mhint;
        t->hint_null = false;
        t->hint_meth = false;
    }
    if (h == UOP_H_COMPARE_OP_STR || h == UOP_H_CONTAINS_OP || h == UOP_H_CONTAINS_OP_DICT
        || h == UOP_H_CONTAINS_OP_SET || h == UOP_H_UNARY_NOT)
        em->bool_slot = a;
    return (uf & UF_TERMINAL) != 0;
}

static void ts_free(TS *t) {
    free(t->start); free(t->arg); free(t->next); free(t->op_at); free(t->depth); free(t->blk);
    free(t->flag); free(t->bound_in); free(t->entry_bound); free(t->cur); free(t->pend);
}

uint32_t jit_cold_site_limit;

JitFunction *jit_translate(CodeObject *co, Value globals, Value builtins, const JitRuntime *rt,
                           const int32_t *generic_sites, int n_generic,
                           char *why, size_t whylen) {
    if (why && whylen) why[0] = 0;
    if (co->flags & CO_ASYNC_GENERATOR) {
        if (why) snprintf(why, whylen, "async generator");
        return NULL;
    }
    if (co->ncodeunits <= 0) {
        if (why) snprintf(why, whylen, "empty code");
        return NULL;
    }
    TS t;
    memset(&t, 0, sizeof t);
    t.co = co;
    t.globals = globals;
    t.builtins = builtins;
    t.rt = rt;
    t.n = co->ncodeunits;
    t.code = co->code;
    t.why = why;
    t.whylen = whylen;
    size_t n = (size_t)t.n;
    t.start = malloc(sizeof(int32_t) * n);
    t.arg = malloc(sizeof(int32_t) * n);
    t.next = malloc(sizeof(int32_t) * n);
    t.op_at = malloc(sizeof(int32_t) * n);
    t.depth = malloc(sizeof(int32_t) * n);
    t.blk = malloc(sizeof(int32_t) * n);
    t.flag = calloc(n, 1);
    JitFunction *fn = NULL;
    uint8_t *kinds = NULL;
    if (!t.start || !t.arg || !t.next || !t.op_at || !t.depth || !t.blk || !t.flag) {
        set_why(&t, "out of memory");
        goto fail;
    }
    if (!decode(&t)) goto fail;
    t.gen_start = -1;
    if (co->flags & CO_GEN_LIKE) {
        for (int o = 0; o < t.n; o++) {
            if (t.start[o] < 0 || opcode_unsuper(CU_OP(t.code[o])) != OP_RETURN_GENERATOR) continue;
            t.gen_start = t.next[o] < t.n ? t.op_at[t.next[o]] : -1;
            break;
        }
        if (t.gen_start < 0) { set_why(&t, "a generator without RETURN_GENERATOR"); goto fail; }
        /* yield from / await (SEND) stay interpreted, and so would every
         * resume at their yields: each would enter and leave compiled code
         * for nothing */
        for (int o = 0; o < t.n; o++) {
            if (t.start[o] < 0) continue;
            int op = opcode_unsuper(CU_OP(t.code[o]));
            if (op == OP_SEND || opcode_info[op].family == OP_SEND) {
                set_why(&t, "yield from or await (not compiled)");
                goto fail;
            }
            /* A generator iterating another generator (nqueens' recursive
             * place(): `for rest in place(...): yield ...`): interpreted,
             * FOR_ITER_GEN switches frames inline; compiled, each inner
             * resume is a helper call and a C-level resume. Measured
             * (nqueens, min of 3, CPU): compiled 0.87 s, left to the
             * interpreter 0.79 s. */
            if (op == OP_FOR_ITER_GEN) {
                set_why(&t, "a generator iterating a generator (not compiled)");
                goto fail;
            }
        }
    }
    for (int i = 0; i < n_generic; i++) {
        int g = generic_sites[i];
        if (g < 0 || g >= t.n) continue;
        int o = t.start[g] >= 0 ? g : t.op_at[g];
        if (o >= 0) t.flag[o] |= F_GENERIC;
    }
    if (!reach(&t)) goto fail;
    mark_leaders(&t);
    if (!bound_analysis(&t)) goto fail;

    fn = jit_fn_new(co, rt);
    if (!fn) { set_why(&t, "out of memory"); goto fail; }
    t.fn = fn;
    /* co->jit (a JitCode, whose first member is the JitCodeHead) exists
     * while co is compiled and lives as long as co */
    fn->jit_head = co->jit;
    t.scratch = fn->stacksize - 1;
    /* room for inlined callees (inline_pure_call) above the scratch slot
     * (the optimiser's own scratch stays the last slot) */
    for (int i = 0; i < t.n; i++) {
        if (t.start[i] >= 0 && opcode_unsuper(CU_OP(t.code[i])) == OP_CALL_PY_EXACT_ARGS) {
            t.inl_base = fn->stacksize;
            t.inl_n = INL_SLOTS;
            fn->stacksize += INL_SLOTS + 1;
            break;
        }
    }
    kinds = calloc((size_t)fn->stacksize + 1, 1);
    if (!kinds) { set_why(&t, "out of memory"); goto fail; }
    t.kind = kinds;

    int o0 = t.op_at[0];
    for (int lo = 0; lo < t.n && !t.failed; lo++) {
        if (!(t.flag[lo] & F_LEADER) || !(t.flag[lo] & F_REACH)) continue;
        bool entry = t.gen_start >= 0 ? (t.flag[lo] & F_RESUME) != 0 : lo == o0;
        int bi = jit_add_block(fn, t.start[lo], t.depth[lo], entry);
        if (bi < 0) { set_why(&t, "out of memory"); break; }
        t.blk[lo] = bi;
        memset(kinds, 0, (size_t)fn->stacksize + 1);
        memcpy(t.cur, t.bound_in + (size_t)lo * (size_t)t.words, sizeof(uint64_t) * (size_t)t.words);
        Emit em = { .bool_slot = -1, .skip = -1, .kwnames = V_NULL, .kw_start = -1 };
        int o = lo;
        t.hint_slot = -1;
        for (;;) {
            bool ends = emit_inst(&t, &em, o, t.depth[o], t.cur);
            bound_transfer(&t, o, t.cur);   /* DELETE_FAST unbinds (jit.c engineer's fix) */
            if (t.failed || ends) break;
            int no = t.next[o] < t.n ? t.op_at[t.next[o]] : -1;
            if (no < 0) { set_why(&t, "falls off the end at %d", o); break; }
            if (t.depth[no] <= t.hint_slot) t.hint_slot = -1;   /* popped */
            if (t.flag[no] & F_LEADER) {
                JitUop *u = emit(&t, UOP_JUMP, o);
                if (u) pend_target(&t, no);
                break;
            }
            o = no;
        }
    }
    if (t.failed) goto fail;
    /* OSR stubs: one entry per loop head (except a loop head at offset 0,
     * already the function's entry) */
    for (int lo = 0; lo < t.n; lo++) {
        if (!(t.flag[lo] & F_LOOPHEAD) || !(t.flag[lo] & F_REACH) || lo == o0 || (t.flag[lo] & F_RESUME)) continue;
        if (jit_add_block(fn, t.start[lo], t.depth[lo], true) < 0) { set_why(&t, "out of memory"); goto fail; }
        JitUop *u = emit(&t, UOP_JUMP, lo);
        if (!u) goto fail;
        pend_target(&t, lo);
    }
    if (t.failed) goto fail;
    /* entered only at the start (ir.h start_only): every code unit is
     * scanned (cache entries too: a false hit only keeps the dispatch) */
    {
        bool back = (co->flags & CO_NOT_COMPILED) != 0 || t.gen_start >= 0;
        for (int32_t p = 0; p < co->ncodeunits && !back; p++) {
            int op = CU_OP(co->code[p]);
            if ((opcode_info[op].flags & OPF_JBACK) || (opcode_info[opcode_unsuper(op)].flags & OPF_JBACK) ||
                op == OP_STORE_FAST__JUMP_BACKWARD || op == OP_POP_TOP__JUMP_BACKWARD)
                back = true;
        }
        int nentry = 0;
        for (int32_t i = 0; i < fn->nblocks; i++)
            if (fn->blocks[i].entry) {
                nentry++;
                if (fn->blocks[i].bc_offset != 0 || fn->blocks[i].depth != 0) back = true;
            }
        fn->start_only = !back && nentry == 1;
    }
    for (int i = 0; i < t.npend; i++) {
        int to = t.pend[i].target_o;
        if (to < 0 || t.blk[to] < 0) { set_why(&t, "branch to an untranslated offset %d", to); goto fail; }
        fn->uops[t.pend[i].uop].target = t.blk[to];
    }
    {
        char err[256];
        if (jit_fn_verify(fn, err, sizeof err) < 0) { set_why(&t, "IR verify: %s", err); goto fail; }
    }
    free(kinds);
    ts_free(&t);
    return fn;
fail:
    if (!t.failed) set_why(&t, "translation failed");
    free(kinds);
    jit_fn_free(fn);
    ts_free(&t);
    return NULL;
}

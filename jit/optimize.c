/* optimize.c: forward type propagation over the uop CFG, and the rewrites
 * it allows (ir.h: jit_optimize).
 *
 * Lattice of one operand slot or fast local:
 *   BOT (no path yet) < { consts } < INT, FLOAT, BOOL, NONE, NULL < BOUND < UNK
 * where BOUND is "some value, not NULL" (after CHECK_BOUND) and a known
 * constant Value refines its kind. Block entry states meet over the
 * predecessors; entry blocks start UNK everywhere. Sources: LOAD_CONST,
 * arithmetic results, guards (which also refine the local a slot was
 * loaded from while that local is not stored to), LOAD_LOCAL / STORE_LOCAL.
 *
 * Rewrites: proven guards and CHECK_BOUNDs become NOP; refcounting of
 * inline values becomes NOP; STORE_LOCAL of an inline old value gets
 * UOPI_OLD_INLINE; float and int uops get their operand hints; H_TO_BOOL of
 * a bool becomes a COPY; ADD/SUB/MUL_INT of two constants fold. OSR stubs
 * get guards for the types the loop head has from its other predecessors,
 * so a loop keeps its types. NOPs are then compacted away.
 */
#include <stdlib.h>
#include <string.h>

#include "ir.h"
#include "../vm/value.h"
#include "../vm/object.h"
#include "../vm/code.h"

/* T_INLNN: some inline value, not NULL (int, float, bool or None: the meet
 * of two different ones); T_INL: some inline value or NULL (e.g. a local
 * NULL at the function start and a float after a loop's first iteration).
 * Neither needs refcounting; T_INLNN is also bound. */
enum { T_BOT = 0, T_INT, T_FLOAT, T_BOOL, T_NONE, T_NULL, T_INLNN, T_INL, T_BOUND, T_UNK };

typedef struct TV {
    uint8_t k;          /* T_* */
    bool isc;           /* c is the known Value */
    uint64_t c;
} TV;

typedef struct State {
    TV *slot;           /* stacksize */
    TV *local;          /* nlocalsplus */
    int32_t *src;       /* per slot: the local it was loaded from (not stored since), -1 */
} State;

typedef struct Opt {
    JitFunction *fn;
    int ns, nl;
    State *in;          /* per block */
    bool *reached;
    State cur;
    JitOptStats *st;
    int start;          /* the function-start entry block (offset 0, no predecessor), -1 */
    int nparams;        /* locals [nparams, nlocals) are NULL there (frame_push) */
    int nvars;
} Opt;

static TV tv_unk(void) { TV t = { T_UNK, false, 0 }; return t; }
static TV tv_kind(int k) { TV t = { (uint8_t)k, false, 0 }; return t; }

static int kind_of_value(uint64_t v) {
    if (v == V_NULL) return T_NULL;
    if (v == V_NONE) return T_NONE;
    if (v == V_TRUE || v == V_FALSE) return T_BOOL;
    if (v_is_smallint(v)) return T_INT;
    if (v_is_float(v)) return T_FLOAT;
    return T_BOUND;
}

static TV tv_const(uint64_t v) { TV t = { (uint8_t)kind_of_value(v), true, v }; return t; }

/* An inline value (no refcount): int, float, bool, None, NULL. */
static bool tv_inline(TV t) {
    return t.k == T_INT || t.k == T_FLOAT || t.k == T_BOOL || t.k == T_NONE || t.k == T_NULL ||
           t.k == T_INLNN || t.k == T_INL;
}

/* No refcount operation matters: inline, or an immortal constant. */
static bool tv_norc(TV t) {
    if (tv_inline(t)) return true;
    if (t.isc && v_is_ptr(t.c) && v_as_obj(t.c)->refcnt >= IMMORTAL_REFCNT) return true;
    return false;
}

static bool tv_nonnull(TV t) {
    return t.k == T_INT || t.k == T_FLOAT || t.k == T_BOOL || t.k == T_NONE || t.k == T_INLNN ||
           t.k == T_BOUND;
}

static TV tv_meet(TV a, TV b) {
    if (a.k == T_BOT) return b;
    if (b.k == T_BOT) return a;
    if (a.k == b.k) {
        if (a.isc && b.isc && a.c == b.c) return a;
        return tv_kind(a.k);
    }
    if (tv_inline(a) && tv_inline(b))
        return tv_kind(tv_nonnull(a) && tv_nonnull(b) ? T_INLNN : T_INL);
    if (tv_nonnull(a) && tv_nonnull(b)) return tv_kind(T_BOUND);
    return tv_unk();
}

static bool tv_eq(TV a, TV b) {
    return a.k == b.k && a.isc == b.isc && (!a.isc || a.c == b.c);
}

static bool state_alloc(Opt *o, State *s) {
    s->slot = calloc((size_t)o->ns + 1, sizeof(TV));
    s->local = calloc((size_t)o->nl + 1, sizeof(TV));
    s->src = malloc(sizeof(int32_t) * ((size_t)o->ns + 1));
    if (!s->slot || !s->local || !s->src) return false;
    for (int i = 0; i < o->ns; i++) s->src[i] = -1;
    return true;
}

static void state_free(State *s) {
    free(s->slot); free(s->local); free(s->src);
}

static void state_set_unk(Opt *o, State *s) {
    for (int i = 0; i < o->ns; i++) { s->slot[i] = tv_unk(); s->src[i] = -1; }
    for (int i = 0; i < o->nl; i++) s->local[i] = tv_unk();
}

/* An entry block's state: UNK, except at the function start, where the
 * frame holds the arguments and every other variable (not the cells and
 * free variables after them) is NULL. */
static void state_entry(Opt *o, State *s, int b) {
    state_set_unk(o, s);
    if (b == o->start)
        for (int i = o->nparams; i < o->nvars && i < o->nl; i++) s->local[i] = tv_kind(T_NULL);
}

static void state_copy(Opt *o, State *d, const State *s) {
    memcpy(d->slot, s->slot, sizeof(TV) * (size_t)o->ns);
    memcpy(d->local, s->local, sizeof(TV) * (size_t)o->nl);
    memcpy(d->src, s->src, sizeof(int32_t) * (size_t)o->ns);
}

/* Meets s into block b's entry state; returns true if it changed. */
static bool meet_into(Opt *o, int b, const State *s) {
    State *d = &o->in[b];
    bool ch = false;
    if (!o->reached[b]) {
        o->reached[b] = true;
        state_copy(o, d, s);
        if (o->fn->blocks[b].entry) state_entry(o, d, b);
        return true;
    }
    if (o->fn->blocks[b].entry) return false;    /* stays UNK */
    for (int i = 0; i < o->ns; i++) {
        TV m = tv_meet(d->slot[i], s->slot[i]);
        if (!tv_eq(m, d->slot[i])) { d->slot[i] = m; ch = true; }
        if (d->src[i] != s->src[i] && d->src[i] != -1) { d->src[i] = -1; ch = true; }
    }
    for (int i = 0; i < o->nl; i++) {
        TV m = tv_meet(d->local[i], s->local[i]);
        if (!tv_eq(m, d->local[i])) { d->local[i] = m; ch = true; }
    }
    return ch;
}

static void forget_src(Opt *o, State *s, int64_t local) {
    for (int i = 0; i < o->ns; i++)
        if (s->src[i] == local) s->src[i] = -1;
}

static void set_slot(Opt *o, State *s, int slot, TV t) {
    if (slot < 0 || slot >= o->ns) return;
    s->slot[slot] = t;
    s->src[slot] = -1;
}

/* A guard proved slot a is kind k: refine it and the local it came from. */
static void refine(Opt *o, State *s, int a, int k) {
    if (a < 0 || a >= o->ns) return;
    if (s->slot[a].k != k) { s->slot[a] = tv_kind(k); }
    int l = s->src[a];
    if (l >= 0 && l < o->nl && s->local[l].k != k) s->local[l] = tv_kind(k);
}

static bool fits_small(int64_t x) { return smallint_fits(x); }

static int helper_keep(const JitUop *u) {
    switch (u->op) {
    case UOP_H_LIST_APPEND: case UOP_H_SET_ADD: case UOP_H_MAP_ADD: case UOP_H_LIST_EXTEND:
    case UOP_H_SET_UPDATE: case UOP_H_DICT_UPDATE: case UOP_H_DICT_MERGE:
        return u->n_out;
    case UOP_H_TO_BOOL: case UOP_H_GET_LEN: case UOP_H_IMPORT_FROM: case UOP_H_FOR_ITER:
    case UOP_H_FOR_ITER_RANGE: case UOP_H_FOR_ITER_LIST: case UOP_H_FOR_ITER_TUPLE: case UOP_H_FOR_ITER_ENUMERATE2:
        return 1;
    default:
        return 0;
    }
}

static void nop(JitUop *u) {
    int32_t off = u->bc_offset;
    memset(u, 0, sizeof *u);
    u->op = UOP_NOP;
    u->dst = u->a = u->b = -1;
    u->target = u->deopt_exit = u->error_exit = -1;
    u->bc_offset = off;
}

/* Applies uop u to state s; with rw, rewrites u as the state allows. */
static void transfer(Opt *o, State *s, JitUop *u, bool rw) {
    JitOptStats *st = o->st;
    switch (u->op) {
    case UOP_NOP: case UOP_JUMP: case UOP_BRANCH_TRUE: case UOP_BRANCH_FALSE:
    case UOP_BRANCH_NONE: case UOP_BRANCH_NOT_NONE: case UOP_LOOP_CHECK: case UOP_RETURN:
    case UOP_DEOPT: case UOP_YIELD:
        return;
    case UOP_LOAD_LOCAL:
        if (u->oparg >= 0 && u->oparg < o->nl && u->dst >= 0 && u->dst < o->ns) {
            s->slot[u->dst] = s->local[u->oparg];
            s->src[u->dst] = (int32_t)u->oparg;
        }
        return;
    case UOP_STORE_LOCAL:
        if (u->oparg >= 0 && u->oparg < o->nl) {
            if (rw && tv_inline(s->local[u->oparg])) u->flags |= UOPI_OLD_INLINE;
            forget_src(o, s, u->oparg);
            s->local[u->oparg] = (u->a >= 0 && u->a < o->ns) ? s->slot[u->a] : tv_unk();
        }
        return;
    case UOP_CHECK_BOUND:
        if (u->oparg >= 0 && u->oparg < o->nl) {
            if (tv_nonnull(s->local[u->oparg])) {
                if (rw) { nop(u); st->guards_removed++; }
            } else if (s->local[u->oparg].k != T_NULL) {
                s->local[u->oparg] = tv_kind(T_BOUND);
            }
        }
        return;
    case UOP_COPY:
        if (u->dst >= 0 && u->dst < o->ns && u->a >= 0 && u->a < o->ns) {
            s->slot[u->dst] = s->slot[u->a];
            s->src[u->dst] = s->src[u->a];
        }
        return;
    case UOP_LOAD_CONST:
        set_slot(o, s, u->dst, tv_const(u->op1));
        return;
    case UOP_LOAD_MEM:
        set_slot(o, s, u->dst, tv_unk());
        return;
    case UOP_LOAD_FIELD: case UOP_LOAD_ITEM: case UOP_RAW_ADD: case UOP_RAW_ADD_IF_NEG:
    case UOP_UNBOX_INT: case UOP_ITEM_ADDR:
        set_slot(o, s, u->dst, tv_unk());   /* raw (or a Value of unknown kind for LOAD_ITEM) */
        return;
    case UOP_STORE_FIELD: case UOP_GUARD_FIELD_U8: case UOP_GUARD_RAW_ULT: case UOP_BRANCH_RAW_GT:
    case UOP_BRANCH_RAW_LT:
    case UOP_GUARD_TYPE_VERSION: case UOP_GUARD_FIELD_EQ: case UOP_GUARD_NOT_NULL:
    case UOP_BRANCH_NOT_TYPE_VERSION: case UOP_BRANCH_NOT_TYPE: case UOP_BRANCH_FIELD_NE:
    case UOP_BRANCH_FIELD_EQ: case UOP_BRANCH_NOT_PLAIN:
    case UOP_BRANCH_FIELD32_NE: case UOP_BRANCH_FIELD32_LE: case UOP_BRANCH_NULL:
        return;
    case UOP_TRUTH:
        if (rw && u->a >= 0 && u->a < o->ns && s->slot[u->a].k == T_BOOL) {
            int32_t a = u->a, dst = u->dst;
            nop(u);
            u->op = UOP_COPY;
            u->dst = dst;
            u->a = a;
            st->tobool_removed++;
        }
        set_slot(o, s, u->dst, tv_kind(T_BOOL));
        return;
    case UOP_MATH_F1:
        set_slot(o, s, u->dst, tv_kind(T_FLOAT));
        return;
    case UOP_LOAD_DICT_SLOT: case UOP_INLINE_ATTRS_PTR:
        set_slot(o, s, u->dst, tv_unk());
        return;
    case UOP_BOX_INT:
        set_slot(o, s, u->dst, tv_kind(T_INT));
        return;
    case UOP_GUARD_FRAME_WORD: case UOP_GUARD_MEM_EQ: case UOP_GUARD_DEPTH:
        return;
    case UOP_INCREF: case UOP_DECREF:
        if (u->a >= 0 && u->a < o->ns) {
            TV t = s->slot[u->a];
            if (rw && tv_norc(t)) { nop(u); st->refcounts_removed++; }
            else if (rw && t.isc && v_is_ptr(t.c)) u->flags |= UOPI_A_PTR;
        }
        return;
    case UOP_GUARD_INT: case UOP_GUARD_FLOAT: {
        int k = u->op == UOP_GUARD_INT ? T_INT : T_FLOAT;
        if (u->a < 0 || u->a >= o->ns) return;
        if (s->slot[u->a].k == k) {
            if (rw) { nop(u); st->guards_removed++; }
            return;
        }
        refine(o, s, u->a, k);
        return;
    }
    case UOP_GUARD_LOCALS_NOT_PTR:
        for (int i = 0; i < 64; i++) {
            int64_t l = u->oparg + i;
            if (!((u->op1 >> i) & 1) || l < 0 || l >= o->nl) continue;
            if (tv_inline(s->local[l])) {
                if (rw) u->op1 &= ~((uint64_t)1 << i);
                continue;
            }
            s->local[l] = tv_kind(tv_nonnull(s->local[l]) ? T_INLNN : T_INL);
            for (int k = 0; k < o->ns; k++)
                if (s->src[k] == l) s->slot[k] = s->local[l];
        }
        if (rw && u->op1 == 0) { nop(u); st->guards_removed++; }
        return;
    case UOP_GUARD_NUM:
        if (u->a < 0 || u->a >= o->ns) return;
        if (s->slot[u->a].k == T_INT || s->slot[u->a].k == T_FLOAT) {
            if (rw) { nop(u); st->guards_removed++; }
        }
        return;
    case UOP_GUARD_TYPE:
        if (u->a >= 0 && u->a < o->ns && s->slot[u->a].k != T_BOUND) {
            int l = s->src[u->a];
            s->slot[u->a] = tv_kind(T_BOUND);
            s->src[u->a] = l;
        }
        return;
    case UOP_ADD_INT: case UOP_SUB_INT: case UOP_MUL_INT: case UOP_FLOORDIV_INT: case UOP_MOD_INT: {
        TV a = (u->a >= 0 && u->a < o->ns) ? s->slot[u->a] : tv_unk();
        TV b = (u->b >= 0 && u->b < o->ns) ? s->slot[u->b] : tv_unk();
        if (rw) {
            if (a.k == T_INT) u->flags |= UOPI_A_INT;
            if (b.k == T_INT) u->flags |= UOPI_B_INT;
        }
        if (a.k == T_INT && b.k == T_INT && a.isc && b.isc &&
            (u->op == UOP_ADD_INT || u->op == UOP_SUB_INT || u->op == UOP_MUL_INT)) {
            int64_t x = v_as_smallint(a.c), y = v_as_smallint(b.c), r;
            bool ovf = u->op == UOP_ADD_INT ? __builtin_add_overflow(x, y, &r)
                     : u->op == UOP_SUB_INT ? __builtin_sub_overflow(x, y, &r)
                     : __builtin_mul_overflow(x, y, &r);
            if (!ovf && fits_small(r)) {
                uint64_t v = v_from_smallint(r);
                if (rw) {
                    int32_t dst = u->dst;
                    nop(u);
                    u->op = UOP_LOAD_CONST;
                    u->dst = dst;
                    u->op1 = v;
                    st->consts_folded++;
                }
                set_slot(o, s, u->dst, tv_const(v));
                return;
            }
        }
        set_slot(o, s, u->dst, tv_kind(T_INT));
        return;
    }
    case UOP_ADD_FLOAT: case UOP_SUB_FLOAT: case UOP_MUL_FLOAT: case UOP_DIV_FLOAT:
    case UOP_POW_FLOAT: {
        TV a = (u->a >= 0 && u->a < o->ns) ? s->slot[u->a] : tv_unk();
        TV b = (u->b >= 0 && u->b < o->ns) ? s->slot[u->b] : tv_unk();
        if (rw) {
            if (a.k == T_FLOAT) u->flags |= UOPI_A_FLOAT;
            if (b.k == T_FLOAT) u->flags |= UOPI_B_FLOAT;
            if (a.k == T_INT) u->flags |= UOPI_A_INT;
            if (b.k == T_INT) u->flags |= UOPI_B_INT;
        }
        set_slot(o, s, u->dst, tv_kind(T_FLOAT));
        return;
    }
    case UOP_COMPARE_INT: case UOP_COMPARE_FLOAT: case UOP_IS: {
        if (rw && u->op == UOP_COMPARE_INT) {
            if (u->a >= 0 && u->a < o->ns && s->slot[u->a].k == T_INT) u->flags |= UOPI_A_INT;
            if (u->b >= 0 && u->b < o->ns && s->slot[u->b].k == T_INT) u->flags |= UOPI_B_INT;
        }
        if (rw && u->op == UOP_COMPARE_FLOAT) {
            if (u->a >= 0 && u->a < o->ns && s->slot[u->a].k == T_FLOAT) u->flags |= UOPI_A_FLOAT;
            if (u->b >= 0 && u->b < o->ns && s->slot[u->b].k == T_FLOAT) u->flags |= UOPI_B_FLOAT;
        }
        set_slot(o, s, u->dst, tv_kind(T_BOOL));
        return;
    }
    default:
        break;
    }
    if (uop_info[u->op].kind != UK_HELPER) return;
    /* helpers */
    if (u->op == UOP_H_TO_BOOL) {
        if (u->a >= 0 && u->a + 1 < o->ns) {
            if (s->slot[u->a].k == T_BOOL) {
                if (rw) {
                    int32_t a = u->a;
                    nop(u);
                    u->op = UOP_COPY;
                    u->dst = a + 1;
                    u->a = a;
                    st->tobool_removed++;
                }
            }
            set_slot(o, s, u->a + 1, tv_kind(T_BOOL));
        }
        return;
    }
    int keep = helper_keep(u);
    int base = u->a < 0 ? 0 : u->a;
    for (int i = base + keep; i < base + u->n_out && i < o->ns; i++) set_slot(o, s, i, tv_unk());
    /* a helper's output slots above its inputs may also be clobbered on
     * the alternative outcome; nothing reads them there */
    switch (u->op) {
    case UOP_H_COMPARE_OP_STR: case UOP_H_CONTAINS_OP: case UOP_H_CONTAINS_OP_DICT:
    case UOP_H_CONTAINS_OP_SET: case UOP_H_UNARY_NOT:
        set_slot(o, s, base, tv_kind(T_BOOL));
        break;
    case UOP_H_DELETE_FAST:
        if (u->oparg >= 0 && u->oparg < o->nl) {
            forget_src(o, s, u->oparg);
            s->local[u->oparg] = tv_kind(T_NULL);
        }
        break;
    case UOP_H_MAKE_CELL:
        if (u->oparg >= 0 && u->oparg < o->nl) {
            forget_src(o, s, u->oparg);
            s->local[u->oparg] = tv_kind(T_BOUND);
        }
        break;
    case UOP_H_COPY_FREE_VARS:
        for (int i = o->nl - (int)u->oparg; i < o->nl; i++)
            if (i >= 0) { forget_src(o, s, i); s->local[i] = tv_unk(); }
        break;
    default:
        break;
    }
}

static void successors(const JitFunction *fn, int b, int out[2], int *n) {
    *n = 0;
    const JitBlock *bl = &fn->blocks[b];
    if (bl->count == 0) {
        if (b + 1 < fn->nblocks) out[(*n)++] = b + 1;
        return;
    }
    const JitUop *l = &fn->uops[bl->first + bl->count - 1];
    unsigned f = uop_info[l->op].flags;
    if ((f & UF_BRANCH) && l->target >= 0 && l->target < fn->nblocks) out[(*n)++] = l->target;
    if (!(f & UF_TERMINAL) && b + 1 < fn->nblocks) out[(*n)++] = b + 1;
}

static bool is_osr_stub(const JitFunction *fn, int b);

/* Without stubs: the OSR stubs are left out (what the other paths into the
 * loops prove, which guard_osr_stubs then checks at the stubs). */
static void fixpoint(Opt *o, bool without_stubs) {
    JitFunction *fn = o->fn;
    for (int b = 0; b < fn->nblocks; b++) o->reached[b] = false;
    for (int b = 0; b < fn->nblocks; b++)
        if (fn->blocks[b].entry && !(without_stubs && is_osr_stub(fn, b))) {
            o->reached[b] = true;
            state_entry(o, &o->in[b], b);
        }
    bool changed = true;
    int rounds = 0;
    while (changed && rounds++ < 1000) {
        changed = false;
        for (int b = 0; b < fn->nblocks; b++) {
            if (!o->reached[b]) continue;
            state_copy(o, &o->cur, &o->in[b]);
            JitBlock *bl = &fn->blocks[b];
            for (int i = bl->first; i < bl->first + bl->count; i++) transfer(o, &o->cur, &fn->uops[i], false);
            int succ[2], ns;
            successors(fn, b, succ, &ns);
            for (int k = 0; k < ns; k++)
                if (meet_into(o, succ[k], &o->cur)) changed = true;
        }
    }
}

static bool is_osr_stub(const JitFunction *fn, int b) {
    const JitBlock *bl = &fn->blocks[b];
    if (!bl->entry || bl->count != 1) return false;
    const JitUop *u = &fn->uops[bl->first];
    return u->op == UOP_JUMP && u->target >= 0 && u->target < fn->nblocks
           && fn->blocks[u->target].bc_offset == bl->bc_offset && !fn->blocks[u->target].entry;
}

/* Rebuilds the uop array with `extra[b]` uops inserted at the start of
 * block b (the caller fills them). Returns false on OOM. */
typedef struct Insert { int32_t block; JitUop u; } Insert;

static bool insert_uops(JitFunction *fn, const Insert *ins, int nins) {
    if (nins == 0) return true;
    int32_t total = fn->nuops + nins;
    JitUop *nu = malloc(sizeof(JitUop) * (size_t)total);
    if (!nu) return false;
    int32_t w = 0;
    for (int b = 0; b < fn->nblocks; b++) {
        JitBlock *bl = &fn->blocks[b];
        int32_t first = w;
        for (int k = 0; k < nins; k++) if (ins[k].block == b) nu[w++] = ins[k].u;
        memcpy(nu + w, fn->uops + bl->first, sizeof(JitUop) * (size_t)bl->count);
        w += bl->count;
        bl->first = first;
        bl->count = w - first;
    }
    free(fn->uops);
    fn->uops = nu;
    fn->nuops = w;
    fn->capuops = total;
    return true;
}

static JitUop blank(int op, int32_t off) {
    JitUop u;
    memset(&u, 0, sizeof u);
    u.op = (uint16_t)op;
    u.dst = u.a = u.b = -1;
    u.target = u.deopt_exit = u.error_exit = -1;
    u.bc_offset = off;
    return u;
}

/* Adds guards to the OSR stubs for the loop head's types from its other
 * predecessors. Returns true if something was inserted. */
static bool guard_osr_stubs(Opt *o) {
    JitFunction *fn = o->fn;
    Insert *ins = NULL;
    int nins = 0, cap = 0;
    State other;
    if (!state_alloc(o, &other)) { state_free(&other); return false; }
    int32_t scratch = fn->stacksize - 1;
    for (int sb = 0; sb < fn->nblocks; sb++) {
        if (!is_osr_stub(fn, sb)) continue;
        int h = fn->uops[fn->blocks[sb].first].target;
        /* meet over h's predecessors other than the OSR stubs */
        bool any = false;
        for (int i = 0; i < o->ns; i++) { other.slot[i].k = T_BOT; other.slot[i].isc = false; other.src[i] = -1; }
        for (int i = 0; i < o->nl; i++) { other.local[i].k = T_BOT; other.local[i].isc = false; }
        for (int p = 0; p < fn->nblocks; p++) {
            if (is_osr_stub(fn, p) || !o->reached[p]) continue;
            int succ[2], ns;
            successors(fn, p, succ, &ns);
            bool pred = false;
            for (int k = 0; k < ns; k++) if (succ[k] == h) pred = true;
            if (!pred) continue;
            state_copy(o, &o->cur, &o->in[p]);
            JitBlock *bl = &fn->blocks[p];
            for (int i = bl->first; i < bl->first + bl->count; i++) transfer(o, &o->cur, &fn->uops[i], false);
            for (int i = 0; i < o->ns; i++) other.slot[i] = tv_meet(other.slot[i], o->cur.slot[i]);
            for (int i = 0; i < o->nl; i++) other.local[i] = tv_meet(other.local[i], o->cur.local[i]);
            any = true;
        }
        if (!any) continue;
        const JitBlock *hb = &fn->blocks[h];
        int dex = -1;
        for (int pass = 0; pass < 2; pass++) {
            int n = pass == 0 ? o->nl : hb->depth;
            int lg = -1;   /* ins index of the stub's GUARD_LOCALS_NOT_PTR (locals [oparg, oparg + 64)) */
            for (int i = 0; i < n; i++) {
                TV t = pass == 0 ? other.local[i] : other.slot[i];
                bool inl = t.k == T_INLNN || t.k == T_INL;
                if (t.k != T_INT && t.k != T_FLOAT && !(inl && pass == 0)) continue;
                if (inl && lg >= 0 && i - ins[lg].u.oparg < 64) {
                    ins[lg].u.op1 |= (uint64_t)1 << (i - ins[lg].u.oparg);
                    continue;
                }
                if (dex < 0) {
                    dex = jit_add_exit(fn, JIT_EXIT_DEOPT, hb->bc_offset, hb->depth, hb->bc_offset);
                    if (dex < 0) goto out;
                }
                if (nins + 2 > cap) {
                    cap = cap ? cap * 2 : 16;
                    Insert *ni = realloc(ins, sizeof(Insert) * (size_t)cap);
                    if (!ni) goto out;
                    ins = ni;
                }
                if (inl) {
                    JitUop g = blank(UOP_GUARD_LOCALS_NOT_PTR, hb->bc_offset);
                    g.oparg = i;
                    g.op1 = 1;
                    g.deopt_exit = dex;
                    ins[nins].block = sb;
                    ins[nins++].u = g;
                    lg = nins - 1;
                    continue;
                }
                int slot = i;
                if (pass == 0) {
                    JitUop l = blank(UOP_LOAD_LOCAL, hb->bc_offset);
                    l.dst = scratch;
                    l.oparg = i;
                    ins[nins].block = sb;
                    ins[nins++].u = l;
                    slot = scratch;
                }
                JitUop g = blank(t.k == T_INT ? UOP_GUARD_INT : UOP_GUARD_FLOAT, hb->bc_offset);
                g.a = slot;
                g.deopt_exit = dex;
                ins[nins].block = sb;
                ins[nins++].u = g;
            }
        }
    }
out:
    state_free(&other);
    bool ok = nins > 0 && insert_uops(fn, ins, nins);
    free(ins);
    return ok;
}

static void rewrite(Opt *o) {
    JitFunction *fn = o->fn;
    for (int b = 0; b < fn->nblocks; b++) {
        if (!o->reached[b]) continue;
        state_copy(o, &o->cur, &o->in[b]);
        JitBlock *bl = &fn->blocks[b];
        for (int i = bl->first; i < bl->first + bl->count; i++) transfer(o, &o->cur, &fn->uops[i], true);
    }
}

/* A GUARD_FRAME_WORD repeated in a block is removed (a frame's globals
 * and builtins never change); a GUARD_MEM_EQ too when no uop that may run
 * Python code (which may add or remove globals) or free memory (a DECREF
 * may run __del__) came between. */
static void dedupe_mem_guards(JitFunction *fn, JitOptStats *st) {
    for (int b = 0; b < fn->nblocks; b++) {
        JitBlock *bl = &fn->blocks[b];
        for (int i = bl->first; i < bl->first + bl->count; i++) {
            JitUop *u = &fn->uops[i];
            if (u->op != UOP_GUARD_FRAME_WORD && u->op != UOP_GUARD_MEM_EQ) continue;
            for (int j = i - 1; j >= bl->first; j--) {
                const JitUop *p = &fn->uops[j];
                if (p->op == u->op && p->oparg == u->oparg && p->op1 == u->op1 && p->op2 == u->op2) {
                    nop(u);
                    st->guards_removed++;
                    break;
                }
                if (u->op == UOP_GUARD_MEM_EQ &&
                    ((uop_info[p->op].flags & UF_ESCAPES) || uop_info[p->op].kind == UK_HELPER ||
                     p->op == UOP_DECREF || p->op == UOP_STORE_LOCAL))
                    break;
            }
        }
    }
}

/* ---- borrowed values (elide_borrowed) ----------------------------------------------
 *
 * A slot loaded from a fast local (LOAD_LOCAL, then COPYs of it) holds a
 * value the local keeps alive for as long as nothing stores to that local:
 * nothing else can rebind a frame's fast locals, so no Python code run in
 * between (a helper, a __del__ from a DECREF) can free it. An INCREF of
 * such a slot and a later DECREF of a slot holding the same value, in one
 * block, cancel when in between the value's reference is not given away
 * (a helper input, STORE_LOCAL, STORE_FIELD, RETURN) and the local is not
 * stored to. Each exit taken in between increfs a slot holding the value
 * (JitExit.incref_mask): the interpreter expects the reference the slot
 * would have had. E.g. `v[0] -= x` with v a local: the list's INCREF on
 * LOAD_FAST and on the COPY, and their DECREFs after BINARY_SUBSCR and
 * STORE_SUBSCR. */

static bool uop_writes_slot(const JitUop *u, int32_t t) {
    if (uop_info[u->op].kind == UK_HELPER) {
        int32_t n = u->n_out > u->n_out_alt ? u->n_out : u->n_out_alt;
        return u->a >= 0 && t >= u->a && t < u->a + n;
    }
    if (u->op == UOP_STORE_LOCAL || u->op == UOP_INCREF || u->op == UOP_DECREF ||
        u->op == UOP_STORE_FIELD || (uop_info[u->op].flags & UF_GUARD))
        return false;
    return u->dst == t;
}

static bool uop_stores_local(const JitUop *u, int64_t l) {
    switch (u->op) {
    case UOP_STORE_LOCAL: case UOP_H_DELETE_FAST: case UOP_H_MAKE_CELL:
        return u->oparg == l;
    case UOP_H_COPY_FREE_VARS:
        return true;
    default:
        return false;
    }
}

typedef struct Pick { int32_t k; bool err; int32_t slot; } Pick;

/* Tries to cancel INCREF i against a later DECREF for the value LOAD_LOCAL p
 * loaded (its block ends at end). in: the slots holding it before i. */
static bool elide_pair(JitFunction *fn, int32_t i, int32_t end, int64_t l, const bool *in, bool *h,
                       uint64_t *dmask, uint64_t *emask, Pick *pk) {
    int ns = fn->stacksize;
    memcpy(h, in, sizeof(bool) * (size_t)ns);
    int np = 0;
    for (int32_t k = i + 1; k < end; k++) {
        JitUop *u = &fn->uops[k];
        if (u->op == UOP_NOP) continue;
        if (uop_stores_local(u, l)) return false;
        bool a_in = u->a >= 0 && u->a < ns && h[u->a];
        if (u->op == UOP_DECREF && a_in) {
            for (int q = 0; q < np; q++) {
                if (pk[q].err) emask[pk[q].k] |= (uint64_t)1 << pk[q].slot;
                else dmask[pk[q].k] |= (uint64_t)1 << pk[q].slot;
            }
            nop(&fn->uops[i]);
            nop(u);
            return true;
        }
        if (u->op == UOP_STORE_LOCAL && a_in) return false;
        if (u->op == UOP_STORE_FIELD && u->b >= 0 && u->b < ns && h[u->b]) return false;
        if ((u->op == UOP_RETURN || u->op == UOP_YIELD) && a_in) return false;
        if (uop_info[u->op].kind == UK_HELPER && u->a >= 0)
            for (int32_t t = u->a; t < u->a + u->n_in && t < ns; t++)
                if (h[t]) return false;
        if (uop_info[u->op].flags & (UF_BRANCH | UF_TERMINAL)) return false;
        /* its exits (before it writes anything) */
        for (int e = 0; e < 2; e++) {
            int32_t x = e ? u->error_exit : u->deopt_exit;
            if (x < 0) continue;
            if (x >= fn->nexits || fn->exits[x].kind == JIT_EXIT_YIELD) return false;
            uint64_t used = e ? emask[k] : dmask[k];
            int32_t d = fn->exits[x].depth, got = -1;
            for (int32_t t = 0; t < d && t < 64 && t < ns; t++)
                if (h[t] && !((used >> t) & 1)) { got = t; break; }
            if (got < 0) return false;
            pk[np].k = k; pk[np].err = e != 0; pk[np].slot = got; np++;
        }
        /* its writes */
        if (u->op == UOP_COPY && u->dst >= 0 && u->dst < ns) {
            h[u->dst] = u->a >= 0 && u->a < ns && h[u->a];
        } else if (u->op == UOP_LOAD_LOCAL && u->oparg == l && u->dst >= 0 && u->dst < ns) {
            h[u->dst] = true;
        } else {
            for (int32_t t = 0; t < ns; t++)
                if (h[t] && uop_writes_slot(u, t)) h[t] = false;
        }
    }
    return false;
}

/* Exit index for exit x with incref mask m (a copy of x if needed); -1 on OOM. */
static int32_t exit_with_mask(JitFunction *fn, int32_t x, uint64_t m) {
    if (m == 0 || fn->exits[x].incref_mask == m) return x;
    JitExit e = fn->exits[x];
    e.incref_mask = m;
    for (int32_t i = 0; i < fn->nexits; i++) {
        const JitExit *o = &fn->exits[i];
        if (o->kind == e.kind && o->offset == e.offset && o->depth == e.depth &&
            o->bc_offset == e.bc_offset && o->incref_mask == m)
            return i;
    }
    if (fn->nexits >= fn->capexits) {
        int32_t nc = fn->capexits ? fn->capexits * 2 : 16;
        JitExit *ne = realloc(fn->exits, sizeof(JitExit) * (size_t)nc);
        if (!ne) return -1;
        fn->exits = ne;
        fn->capexits = nc;
    }
    fn->exits[fn->nexits] = e;
    return fn->nexits++;
}

static void elide_borrowed(JitFunction *fn, JitOptStats *st) {
    int ns = fn->stacksize;
    if (ns <= 0 || fn->nuops <= 0) return;
    uint64_t *dmask = calloc((size_t)fn->nuops, sizeof(uint64_t));
    uint64_t *emask = calloc((size_t)fn->nuops, sizeof(uint64_t));
    bool *h = calloc((size_t)ns, sizeof(bool)), *h2 = calloc((size_t)ns, sizeof(bool));
    Pick *pk = malloc(sizeof(Pick) * 2 * (size_t)fn->nuops);
    if (!dmask || !emask || !h || !h2 || !pk) goto out;
    for (int b = 0; b < fn->nblocks; b++) {
        const JitBlock *bl = &fn->blocks[b];
        int32_t end = bl->first + bl->count;
        for (int32_t p = bl->first; p < end; p++) {
            const JitUop *lu = &fn->uops[p];
            if (lu->op != UOP_LOAD_LOCAL || lu->dst < 0 || lu->dst >= ns) continue;
            int64_t l = lu->oparg;
            memset(h, 0, sizeof(bool) * (size_t)ns);
            h[lu->dst] = true;
            /* follow the value; each INCREF of it is a candidate */
            for (int32_t i = p + 1; i < end; i++) {
                JitUop *u = &fn->uops[i];
                if (uop_stores_local(u, l)) break;
                if (u->op == UOP_INCREF && u->a >= 0 && u->a < ns && h[u->a]) {
                    if (elide_pair(fn, i, end, l, h, h2, dmask, emask, pk)) st->refcounts_removed += 2;
                    continue;
                }
                if (u->op == UOP_COPY && u->dst >= 0 && u->dst < ns) {
                    h[u->dst] = u->a >= 0 && u->a < ns && h[u->a];
                } else if (u->op == UOP_LOAD_LOCAL && u->oparg == l && u->dst >= 0 && u->dst < ns) {
                    h[u->dst] = true;
                } else {
                    bool any = false;
                    for (int32_t t = 0; t < ns; t++) {
                        if (h[t] && uop_writes_slot(u, t)) h[t] = false;
                        any |= h[t];
                    }
                    if (!any) break;
                }
            }
        }
    }
    for (int32_t k = 0; k < fn->nuops; k++) {
        JitUop *u = &fn->uops[k];
        if (dmask[k]) { int32_t x = exit_with_mask(fn, u->deopt_exit, dmask[k]); if (x >= 0) u->deopt_exit = x; else goto oom; }
        if (emask[k]) { int32_t x = exit_with_mask(fn, u->error_exit, emask[k]); if (x >= 0) u->error_exit = x; else goto oom; }
    }
    goto out;
oom:
    /* cannot happen in practice; leaving a pair elided without its exit's
     * incref would be wrong: make the function fail verification instead */
    fn->nblocks = 0;
out:
    free(dmask); free(emask); free(h); free(h2); free(pk);
}

static void compact(JitFunction *fn) {
    int32_t w = 0;
    for (int b = 0; b < fn->nblocks; b++) {
        JitBlock *bl = &fn->blocks[b];
        int32_t first = w;
        for (int i = bl->first; i < bl->first + bl->count; i++)
            if (fn->uops[i].op != UOP_NOP) fn->uops[w++] = fn->uops[i];
        bl->first = first;
        bl->count = w - first;
    }
    fn->nuops = w;
}

void jit_optimize(JitFunction *fn, JitOptStats *stats) {
    JitOptStats dummy;
    if (!stats) stats = &dummy;
    memset(stats, 0, sizeof *stats);
    if (!fn || fn->nblocks == 0) return;
    Opt o;
    memset(&o, 0, sizeof o);
    o.fn = fn;
    o.ns = fn->stacksize;
    o.nl = fn->nlocalsplus;
    o.st = stats;
    o.start = -1;
    CodeObject *co = (CodeObject *)fn->code;
    if (co && co->ob.type == &CodeType) {
        o.nparams = co->argcount + co->kwonlyargcount + ((co->flags & CO_VARARGS) != 0) +
                    ((co->flags & CO_VARKEYWORDS) != 0);
        o.nvars = co->nlocals;
        for (int b = 0; b < fn->nblocks && o.start < 0; b++)
            if (fn->blocks[b].entry && fn->blocks[b].bc_offset == 0) o.start = b;
        for (int p = 0; p < fn->nblocks && o.start >= 0; p++) {
            int succ[2], ns;
            successors(fn, p, succ, &ns);
            for (int k = 0; k < ns; k++) if (succ[k] == o.start) o.start = -1;
        }
    }
    o.in = calloc((size_t)fn->nblocks, sizeof(State));
    o.reached = calloc((size_t)fn->nblocks, sizeof(bool));
    bool ok = o.in && o.reached && state_alloc(&o, &o.cur);
    for (int b = 0; ok && b < fn->nblocks; b++) ok = state_alloc(&o, &o.in[b]);
    if (ok) {
        fixpoint(&o, true);
        guard_osr_stubs(&o);
        fixpoint(&o, false);
        rewrite(&o);
        dedupe_mem_guards(fn, stats);
        compact(fn);
        if (!getenv("COIL_JIT_NO_BORROW")) {
            elide_borrowed(fn, stats);
            compact(fn);
        }
    }
    if (o.in) for (int b = 0; b < fn->nblocks; b++) state_free(&o.in[b]);
    state_free(&o.cur);
    free(o.in);
    free(o.reached);
}

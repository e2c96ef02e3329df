/* compile_match.c: the match statement (PEP 634) in CPython 3.11's
 * instruction shapes (GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS,
 * MATCH_CLASS; the runtime side is vm/match.c).
 *
 * A pattern is compiled with its subject on top of the stack and consumes
 * it, on success and on failure alike. Names it captures are not stored
 * while matching (a failed case must bind nothing): each captured value is
 * kept on the stack, below the working values, and the case stores them
 * all once the whole pattern has matched.
 *
 * Stack invariant while compiling a pattern (PatternContext):
 *
 *     [... base, captures (stores.n), working values (on_top), subject]
 *
 * where stores.items[k] is the value at depth on_top + k + 1 below the
 * subject's slot, i.e. the newest capture is the deepest. A failing test
 * jumps to fail_pop[on_top + stores.n], a chain of POP_TOPs that falls
 * through to fail_pop[0]: whatever the pattern pushed is gone and the
 * stack is back at base.
 */
#include <string.h>
#include "compiler_internal.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "../vm/str.h"
#include "../vm/tuple.h"

typedef struct NameList {
    const char **items;
    int n, cap;
} NameList;

typedef struct PatternContext {
    NameList stores;         /* captured names, in the order described above */
    bool allow_irrefutable;  /* false: a capture or wildcard here is an error */
    int *fail_pop;           /* blocks; fail_pop[i] pops i values */
    int fail_pop_size;
    int on_top;              /* working values that stay above the captures */
    Pos *loc;                /* position errors report (CPython's SET_LOC, never restored) */
} PatternContext;

static int compile_pattern(Compiler *c, const Pattern *p, PatternContext *pc);

static bool is_wildcard(const Pattern *p) {
    return p->kind == PAT_AS && !p->v.as.pattern && !p->v.as.name;
}

static bool is_star_wildcard(const Pattern *p) {
    return p->kind == PAT_STAR && !p->v.star.name;
}

static void set_pattern_loc(Compiler *c, PatternContext *pc, Pos pos) {
    *pc->loc = pos;
    set_loc(c, pos);
}

static int names_append(Compiler *c, NameList *l, const char *name) {
    if (l->n == l->cap) {
        int cap = l->cap ? 2 * l->cap : 8;
        const char **items = arena_alloc(c->arena, sizeof(char *) * (size_t)cap);
        if (!items) return compiler_nomem(c);
        if (l->n) memcpy(items, l->items, sizeof(char *) * (size_t)l->n);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = name;
    return 0;
}

static int names_index(const NameList *l, const char *name) {
    for (int i = 0; i < l->n; i++)
        if (strcmp(l->items[i], name) == 0) return i;
    return -1;
}

/* Makes fail_pop[0..n] exist. */
static int ensure_fail_pop(Compiler *c, PatternContext *pc, int n) {
    if (n < pc->fail_pop_size) return 0;
    int size = n + 1;
    int *blocks = arena_alloc(c->arena, sizeof(int) * (size_t)size);
    if (!blocks) return compiler_nomem(c);
    if (pc->fail_pop_size) memcpy(blocks, pc->fail_pop, sizeof(int) * (size_t)pc->fail_pop_size);
    for (int i = pc->fail_pop_size; i < size; i++)
        if ((blocks[i] = new_block(c)) < 0) return -1;
    pc->fail_pop = blocks;
    pc->fail_pop_size = size;
    return 0;
}

/* A conditional (or PSEUDO_JUMP) exit to the failure path, popping the
 * working values and the captures. */
static int jump_to_fail_pop(Compiler *c, PatternContext *pc, int op) {
    int pops = pc->on_top + pc->stores.n;
    if (ensure_fail_pop(c, pc, pops) < 0) return -1;
    return emit_jump(c, op, pc->fail_pop[pops]);
}

/* Lays out the failure chain: fail_pop[i] is i POP_TOPs falling through to
 * fail_pop[0], where the code that follows begins. */
static int emit_and_reset_fail_pop(Compiler *c, PatternContext *pc) {
    if (!pc->fail_pop_size) return 0;
    for (int i = pc->fail_pop_size - 1; i > 0; i--) {
        use_block(c, pc->fail_pop[i]);
        if (emit_noline(c, OP_POP_TOP, 0) < 0) return -1;
    }
    use_block(c, pc->fail_pop[0]);
    pc->fail_pop = NULL;
    pc->fail_pop_size = 0;
    return 0;
}

/* Moves the top of the stack down to depth count (1 = top), keeping the
 * order of the values it passes. */
static int rotate(Compiler *c, int count) {
    while (count > 1)
        if (emit(c, OP_SWAP, count--) < 0) return -1;
    return 0;
}

/* The subject on top is captured as name (NULL: dropped, a wildcard). */
static int store_name(Compiler *c, PatternContext *pc, const char *name) {
    if (!name) return emit(c, OP_POP_TOP, 0);
    if (strcmp(name, "__debug__") == 0)
        return compiler_error(c, *pc->loc, "cannot assign to __debug__");
    if (names_index(&pc->stores, name) >= 0)
        return compiler_error(c, *pc->loc, "multiple assignments to name '%s' in pattern", name);
    if (rotate(c, pc->on_top + pc->stores.n + 1) < 0) return -1;
    return names_append(c, &pc->stores, name);
}

/* A sub-pattern: irrefutable ones are fine inside a bigger pattern. */
static int compile_subpattern(Compiler *c, const Pattern *p, PatternContext *pc) {
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    if (compile_pattern(c, p, pc) < 0) return -1;
    pc->allow_irrefutable = allow;
    return 0;
}

/* ---- literal and value patterns ---- */

static int compile_pattern_value(Compiler *c, const Pattern *p, PatternContext *pc) {
    const Expr *v = p->v.value.value;
    if (v->kind != EXPR_CONSTANT && v->kind != EXPR_ATTRIBUTE && v->kind != EXPR_UNARYOP &&
        v->kind != EXPR_BINOP)
        return compiler_error(c, p->pos, "patterns may only match literals and attribute lookups");
    if (compile_expr(c, v) < 0) return -1;
    if (emit(c, OP_COMPARE_OP, CMP_EQ) < 0) return -1;
    return jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

static int compile_pattern_singleton(Compiler *c, const Pattern *p, PatternContext *pc) {
    ConstKind k = p->v.singleton.value;
    Value v = k == CONST_NONE ? V_NONE : k == CONST_TRUE ? V_TRUE : V_FALSE;
    if (emit_const(c, v) < 0 || emit(c, OP_IS_OP, 0) < 0) return -1;
    return jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

/* ---- capture, wildcard, as ---- */

static int compile_pattern_as(Compiler *c, const Pattern *p, PatternContext *pc) {
    if (!p->v.as.pattern) {
        if (!pc->allow_irrefutable) {
            if (p->v.as.name)
                return compiler_error(c, p->pos, "name capture '%s' makes remaining patterns unreachable",
                                      p->v.as.name);
            return compiler_error(c, p->pos, "wildcard makes remaining patterns unreachable");
        }
        return store_name(c, pc, p->v.as.name);
    }
    /* Keep a copy of the subject to capture once the inner pattern matched. */
    pc->on_top++;
    if (emit(c, OP_COPY, 1) < 0) return -1;
    if (compile_pattern(c, p->v.as.pattern, pc) < 0) return -1;
    pc->on_top--;
    return store_name(c, pc, p->v.as.name);
}

/* ---- sequence patterns ---- */

/* UNPACK_SEQUENCE / UNPACK_EX, then each sub-pattern on its item. */
static int sequence_unpack(Compiler *c, const PatternList *pats, PatternContext *pc) {
    int n = pats->n, star = -1;
    for (int i = 0; i < n; i++)
        if (pats->items[i]->kind == PAT_STAR) star = i;
    if (star >= 0) {
        if (star >= (1 << 8) || n - star - 1 >= (1 << 23))
            return compiler_error(c, *pc->loc, "too many expressions in star-unpacking sequence pattern");
        if (emit(c, OP_UNPACK_EX, star + ((n - star - 1) << 8)) < 0) return -1;
    } else if (emit(c, OP_UNPACK_SEQUENCE, n) < 0) {
        return -1;
    }
    /* The items stay on the stack while the ones before them are matched. */
    pc->on_top += n;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        if (compile_subpattern(c, pats->items[i], pc) < 0) return -1;
    }
    return 0;
}

/* With a `*_` the unmatched middle is never materialised: each item is
 * read with BINARY_SUBSCR, items after the star at len(subject) - k (the
 * subject may not support negative indexes). */
static int sequence_subscr(Compiler *c, const PatternList *pats, int star, PatternContext *pc) {
    int n = pats->n;
    pc->on_top++;
    for (int i = 0; i < n; i++) {
        const Pattern *sub = pats->items[i];
        if (i == star || is_wildcard(sub)) continue;
        if (emit(c, OP_COPY, 1) < 0) return -1;
        if (i < star) {
            if (emit_const(c, v_from_smallint(i)) < 0) return -1;
        } else {
            if (emit(c, OP_GET_LEN, 0) < 0 || emit_const(c, v_from_smallint(n - i)) < 0 ||
                emit(c, OP_BINARY_OP, NB_SUBTRACT) < 0)
                return -1;
        }
        if (emit(c, OP_BINARY_SUBSCR, 0) < 0) return -1;
        if (compile_subpattern(c, sub, pc) < 0) return -1;
    }
    pc->on_top--;
    return emit(c, OP_POP_TOP, 0);
}

static int compile_pattern_sequence(Compiler *c, const Pattern *p, PatternContext *pc) {
    const PatternList *pats = &p->v.sequence.patterns;
    int n = pats->n, star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < n; i++) {
        const Pattern *sub = pats->items[i];
        if (sub->kind == PAT_STAR) {
            if (star >= 0)
                return compiler_error(c, p->pos, "multiple starred names in sequence pattern");
            star_wildcard = is_star_wildcard(sub);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= is_wildcard(sub);
    }
    /* The subject stays on top through the type and length checks. */
    pc->on_top++;
    if (emit(c, OP_MATCH_SEQUENCE, 0) < 0 || jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) < 0) return -1;
    if (star < 0 || n > 1) {
        /* len(subject) == n, or >= n - 1 with a star. */
        if (emit(c, OP_GET_LEN, 0) < 0 || emit_const(c, v_from_smallint(star < 0 ? n : n - 1)) < 0 ||
            emit(c, OP_COMPARE_OP, star < 0 ? CMP_EQ : CMP_GE) < 0 ||
            jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) < 0)
            return -1;
    }
    pc->on_top--;
    if (only_wildcard) return emit(c, OP_POP_TOP, 0);   /* [] / [_, _] / [*_] / [_, *_] ... */
    if (star_wildcard) return sequence_subscr(c, pats, star, pc);
    return sequence_unpack(c, pats, pc);
}

static int compile_pattern_star(Compiler *c, const Pattern *p, PatternContext *pc) {
    return store_name(c, pc, p->v.star.name);
}

/* ---- mapping patterns ---- */

/* Pushes one mapping key: a literal (checked against the other literal
 * keys: duplicates are a SyntaxError) or a dotted name. */
static int compile_mapping_key(Compiler *c, const Expr *key, Value *seen, int *nseen, Pos pos) {
    if (key->kind == EXPR_ATTRIBUTE) return compile_expr(c, key);
    Value k = V_NULL;
    int r = key->kind == EXPR_CONSTANT || key->kind == EXPR_UNARYOP || key->kind == EXPR_BINOP
                ? const_fold(c, key, &k) : 0;
    if (r < 0) return -1;
    if (r == 0) {
        if (key->kind == EXPR_CONSTANT || key->kind == EXPR_UNARYOP || key->kind == EXPR_BINOP)
            return compile_expr(c, key);   /* reports what cannot be folded (complex literals) */
        return compiler_error(c, pos, "mapping pattern keys may only match literals and attribute lookups");
    }
    for (int i = 0; i < *nseen; i++) {
        int eq = obj_eq(seen[i], k);
        if (eq < 0) err_clear();
        if (eq > 0) {
            Value rep = obj_repr(k);
            v_decref(k);
            if (v_is_null(rep)) return compiler_nomem(c);
            compiler_error(c, pos, "mapping pattern checks duplicate key (%s)", str_data(rep));
            v_decref(rep);
            return -1;
        }
    }
    seen[(*nseen)++] = k;   /* owned by seen; the caller releases it */
    return emit_const(c, v_newref(k));
}

static int compile_pattern_mapping(Compiler *c, const Pattern *p, PatternContext *pc) {
    const ExprList *keys = &p->v.mapping.keys;
    const PatternList *pats = &p->v.mapping.patterns;
    const char *rest = p->v.mapping.rest;
    int n = keys->n;
    /* The subject stays on top through the type and length checks. */
    pc->on_top++;
    if (emit(c, OP_MATCH_MAPPING, 0) < 0 || jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) < 0) return -1;
    if (!n && !rest) {
        pc->on_top--;   /* {} matches any mapping */
        return emit(c, OP_POP_TOP, 0);
    }
    if (n) {
        if (emit(c, OP_GET_LEN, 0) < 0 || emit_const(c, v_from_smallint(n)) < 0 ||
            emit(c, OP_COMPARE_OP, CMP_GE) < 0 || jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) < 0)
            return -1;
    }
    Value *seen = n ? arena_alloc(c->arena, sizeof(Value) * (size_t)n) : NULL;
    if (n && !seen) return compiler_nomem(c);
    int nseen = 0, r = 0;
    for (int i = 0; i < n && r == 0; i++)
        r = compile_mapping_key(c, keys->items[i], seen, &nseen, p->pos);
    for (int i = 0; i < nseen; i++) v_decref(seen[i]);
    if (r < 0) return -1;
    /* [subject, keys] -> [subject, keys, values or None] */
    if (emit(c, OP_BUILD_TUPLE, n) < 0 || emit(c, OP_MATCH_KEYS, 0) < 0) return -1;
    pc->on_top += 2;
    if (emit(c, OP_COPY, 1) < 0 || emit_const(c, V_NONE) < 0 || emit(c, OP_IS_OP, 1) < 0 ||
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) < 0)
        return -1;
    if (emit(c, OP_UNPACK_SEQUENCE, n) < 0) return -1;
    pc->on_top += n - 1;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        if (compile_subpattern(c, pats->items[i], pc) < 0) return -1;
    }
    /* Matched: what follows consumes the keys tuple and the subject. */
    pc->on_top -= 2;
    if (!rest) {
        if (emit(c, OP_POP_TOP, 0) < 0) return -1;   /* keys */
        return emit(c, OP_POP_TOP, 0);               /* subject */
    }
    /* rest = dict(subject); for key in keys: del rest[key] */
    if (emit(c, OP_BUILD_MAP, 0) < 0 || emit(c, OP_SWAP, 3) < 0 || emit(c, OP_DICT_UPDATE, 2) < 0 ||
        emit(c, OP_UNPACK_SEQUENCE, n) < 0)
        return -1;
    for (int size = n; size > 0; size--) {
        if (emit(c, OP_COPY, 1 + size) < 0 || emit(c, OP_SWAP, 2) < 0 || emit(c, OP_DELETE_SUBSCR, 0) < 0)
            return -1;
    }
    return store_name(c, pc, rest);
}

/* ---- class patterns ---- */

static int compile_pattern_class(Compiler *c, const Pattern *p, PatternContext *pc) {
    const PatternList *args = &p->v.cls.patterns;
    const IdentList *attrs = &p->v.cls.kwd_attrs;
    const PatternList *kwpats = &p->v.cls.kwd_patterns;
    int nargs = args->n, nattrs = attrs->n;
    for (int i = 0; i < nattrs; i++) {
        set_pattern_loc(c, pc, kwpats->items[i]->pos);
        if (strcmp(attrs->items[i], "__debug__") == 0)
            return compiler_error(c, kwpats->items[i]->pos, "cannot assign to __debug__");
        for (int j = i + 1; j < nattrs; j++)
            if (strcmp(attrs->items[i], attrs->items[j]) == 0)
                return compiler_error(c, kwpats->items[j]->pos,
                                      "attribute name repeated in class pattern: %s", attrs->items[i]);
    }
    set_pattern_loc(c, pc, p->pos);
    if (compile_expr(c, p->v.cls.cls) < 0) return -1;
    Value names = tuple_new(nattrs);
    if (v_is_null(names)) return compiler_nomem(c);
    for (int i = 0; i < nattrs; i++) {
        Value s = intern_name(attrs->items[i]);
        if (v_is_null(s)) { v_decref(names); return compiler_nomem(c); }
        tuple_items(names)[i] = v_newref(s);
    }
    if (emit_const(c, names) < 0 || emit(c, OP_MATCH_CLASS, nargs) < 0) return -1;
    /* [attrs tuple or None] */
    if (emit(c, OP_COPY, 1) < 0 || emit_const(c, V_NONE) < 0 || emit(c, OP_IS_OP, 1) < 0) return -1;
    pc->on_top++;
    if (jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) < 0) return -1;
    if (emit(c, OP_UNPACK_SEQUENCE, nargs + nattrs) < 0) return -1;
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        const Pattern *sub = i < nargs ? args->items[i] : kwpats->items[i - nargs];
        if (is_wildcard(sub)) {
            if (emit(c, OP_POP_TOP, 0) < 0) return -1;
            continue;
        }
        if (compile_subpattern(c, sub, pc) < 0) return -1;
    }
    return 0;
}

/* ---- or-patterns ---- */

/* Swaps the values at depths a < b (1 = top). */
static int swap_depths(Compiler *c, int a, int b) {
    if (a == 1) return emit(c, OP_SWAP, b);
    if (emit(c, OP_SWAP, a) < 0 || emit(c, OP_SWAP, b) < 0) return -1;
    return emit(c, OP_SWAP, a);
}

/* Each alternative runs on a copy of the subject with its own captures
 * (and its own failure chain). Every alternative must capture the same
 * names; a successful one reorders its captures into the first one's
 * order, so all reach `end` with one stack layout. */
static int compile_pattern_or(Compiler *c, const Pattern *p, PatternContext *pc) {
    const PatternList *alts = &p->v.or_.patterns;
    int end = new_block(c);
    if (end < 0) return -1;
    PatternContext old = *pc;
    NameList control = { 0 };
    for (int i = 0; i < alts->n; i++) {
        const Pattern *alt = alts->items[i];
        set_pattern_loc(c, pc, alt->pos);
        pc->stores = (NameList){ 0 };
        /* An irrefutable alternative must be the last one, if allowed at all. */
        pc->allow_irrefutable = i == alts->n - 1 && old.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        if (emit(c, OP_COPY, 1) < 0 || compile_pattern(c, alt, pc) < 0) return -1;
        int nstores = pc->stores.n;
        if (i == 0) {
            control = pc->stores;
        } else if (nstores != control.n) {
            return compiler_error(c, *pc->loc, "alternative patterns bind different names");
        } else {
            /* stores.items[k] sits at depth k + 1: sort into control's order
             * by transpositions, mirroring each on the name list. */
            for (int k = 0; k < nstores; k++) {
                int at = names_index(&pc->stores, control.items[k]);
                if (at < 0) return compiler_error(c, *pc->loc, "alternative patterns bind different names");
                if (at != k) {
                    if (swap_depths(c, k + 1, at + 1) < 0) return -1;
                    const char *t = pc->stores.items[k];
                    pc->stores.items[k] = pc->stores.items[at];
                    pc->stores.items[at] = t;
                }
            }
        }
        if (emit_jump(c, PSEUDO_JUMP, end) < 0 || emit_and_reset_fail_pop(c, pc) < 0) return -1;
    }
    Pos *loc = pc->loc;
    *pc = old;
    pc->loc = loc;
    /* No alternative matched: drop the subject and fail. */
    set_loc(c, p->pos);
    if (emit(c, OP_POP_TOP, 0) < 0 || jump_to_fail_pop(c, pc, PSEUDO_JUMP) < 0) return -1;
    use_block(c, end);
    /* [.., captures, working values, subject, new captures]: move each new
     * capture below everything this pattern must keep, as if it had been
     * captured by store_name. */
    int nrots = control.n + 1 + pc->on_top + pc->stores.n;
    for (int k = 0; k < control.n; k++) {
        if (rotate(c, nrots) < 0) return -1;
        if (names_index(&pc->stores, control.items[k]) >= 0)
            return compiler_error(c, *pc->loc, "multiple assignments to name '%s' in pattern",
                                  control.items[k]);
        if (names_append(c, &pc->stores, control.items[k]) < 0) return -1;
    }
    return emit(c, OP_POP_TOP, 0);   /* the subject */
}

static int compile_pattern(Compiler *c, const Pattern *p, PatternContext *pc) {
    set_pattern_loc(c, pc, p->pos);
    switch (p->kind) {
    case PAT_VALUE: return compile_pattern_value(c, p, pc);
    case PAT_SINGLETON: return compile_pattern_singleton(c, p, pc);
    case PAT_SEQUENCE: return compile_pattern_sequence(c, p, pc);
    case PAT_MAPPING: return compile_pattern_mapping(c, p, pc);
    case PAT_CLASS: return compile_pattern_class(c, p, pc);
    case PAT_STAR: return compile_pattern_star(c, p, pc);
    case PAT_AS: return compile_pattern_as(c, p, pc);
    case PAT_OR: return compile_pattern_or(c, p, pc);
    }
    return compiler_error(c, p->pos, "compiler: unknown pattern kind");
}

/* ---- the statement ---- */

int compile_match(Compiler *c, const Stmt *s) {
    const MatchCaseList *cases = &s->v.match.cases;
    int n = cases->n;
    if (compile_expr(c, s->v.match.subject) < 0) return -1;
    int end = new_block(c);
    if (end < 0) return -1;
    /* A trailing `case _:` needs no copy of the subject, nor a test. */
    bool has_default = n > 1 && is_wildcard(cases->items[n - 1]->pattern);
    int last = n - has_default - 1;   /* the last case compiled as a pattern */
    Pos loc;
    for (int i = 0; i <= last; i++) {
        const MatchCase *m = cases->items[i];
        set_loc(c, m->pattern->pos);
        /* Every case but the last consumes a copy of the subject. */
        if (i != last && emit(c, OP_COPY, 1) < 0) return -1;
        PatternContext pc = { .allow_irrefutable = m->guard != NULL || i == n - 1, .loc = &loc };
        if (compile_pattern(c, m->pattern, &pc) < 0) return -1;
        /* Matched: bind the captures, stores.items[0] first (it is on top). */
        for (int k = 0; k < pc.stores.n; k++)
            if (compile_nameop(c, pc.stores.items[k], CTX_STORE, m->pattern->pos) < 0) return -1;
        if (m->guard) {
            if (ensure_fail_pop(c, &pc, 0) < 0) return -1;
            if (compile_jump_if(c, m->guard, pc.fail_pop[0], false) < 0) return -1;
        }
        if (i != last && emit(c, OP_POP_TOP, 0) < 0) return -1;   /* the subject */
        if (compile_stmts(c, &m->body) < 0) return -1;
        if (emit_jump_noline(c, PSEUDO_JUMP, end) < 0) return -1;
        set_loc(c, m->pattern->pos);
        if (emit_and_reset_fail_pop(c, &pc) < 0) return -1;
    }
    if (has_default) {
        const MatchCase *m = cases->items[n - 1];
        set_loc(c, m->pattern->pos);
        if (emit(c, OP_NOP, 0) < 0) return -1;   /* the line of the default case */
        if (m->guard && compile_jump_if(c, m->guard, end, false) < 0) return -1;
        if (compile_stmts(c, &m->body) < 0) return -1;
    }
    use_block(c, end);
    return 0;
}

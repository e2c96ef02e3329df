/* compile_expr.c: expressions, assignment targets, conditions, calls,
 * displays, comprehensions and constant folding (CPython 3.11's AST
 * optimiser rules and size limits). */
#include <string.h>
#include "compiler_internal.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "../vm/complex.h"
#include "../vm/int.h"
#include "../vm/set.h"
#include "../vm/str.h"
#include "../vm/tuple.h"

/* ---- constants -------------------------------------------------------------- */

static bool all_name_chars(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_'))
            return false;
    }
    return true;
}

Value const_from_ast(Compiler *c, const Constant *k, Pos pos) {
    Value v;
    switch (k->kind) {
    case CONST_NONE: return V_NONE;
    case CONST_TRUE: return V_TRUE;
    case CONST_FALSE: return V_FALSE;
    case CONST_ELLIPSIS: return v_newref(V_ELLIPSIS);
    case CONST_INT:
        v = int_from_literal(k->s, k->len ? k->len : strlen(k->s), k->int_base ? k->int_base : 10);
        break;
    case CONST_FLOAT: return v_from_float(k->f);
    case CONST_IMAG: v = complex_new(0.0, k->f); break;
    case CONST_STR:
        /* Identifier-like string constants are interned, as CPython does. */
        v = all_name_chars(k->s, k->len) ? v_newref(str_intern(k->s, k->len)) : str_new(k->s, k->len);
        break;
    case CONST_BYTES: v = bytes_new(k->s, k->len); break;
    default: v = V_NULL; break;
    }
    if (v_is_null(v)) compiler_nomem(c);
    return v;
}

#define MAX_INT_SIZE 128
#define MAX_COLLECTION_SIZE 256
#define MAX_STR_SIZE 4096

static bool is_intlike(Value v) { return v_is_int_or_bool(v); }
static int64_t int_or_bool_bits(Value v) {
    if (v_is_bool(v)) return v == V_TRUE;
    return int_bit_length(v);
}
static bool is_zero_int(Value v) { return is_intlike(v) && int_sign(v == V_TRUE ? v_from_smallint(1) : v == V_FALSE ? v_from_smallint(0) : v) == 0; }
static int64_t small_or_big(Value v) {
    int64_t n;
    if (v_is_bool(v)) return v == V_TRUE;
    if (int_as_i64(v, &n) < 0) { err_clear(); return INT64_MAX; }
    return n;
}
static int64_t seq_len(Value v) {
    if (v_is_tuple(v)) return tuple_size(v);
    if (v_is_str(v)) return str_len(v);
    if (v_is_bytes(v)) return ((BytesObject *)v_as_obj(v))->size;
    return -1;
}

/* CPython's safe_multiply / safe_power / safe_lshift / safe_mod: refuse
 * to fold what would make a huge constant (or str % formatting). */
static bool fold_is_safe(Value a, Value b, int op) {
    switch (op) {
    case NB_MULTIPLY:
        if (is_intlike(a) && is_intlike(b)) {
            if (is_zero_int(a) || is_zero_int(b)) return true;
            return int_or_bool_bits(a) + int_or_bool_bits(b) <= MAX_INT_SIZE;
        }
        if (is_intlike(b) && !is_intlike(a)) { Value t = a; a = b; b = t; }
        if (is_intlike(a)) {
            int64_t size = seq_len(b);
            if (size <= 0) return size == 0;
            int64_t n = small_or_big(a);
            int64_t limit = v_is_tuple(b) ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
            return n >= 0 && n <= limit / size;
        }
        return true;
    case NB_POWER:
        if (is_intlike(a) && is_intlike(b) && !is_zero_int(a) && int_sign(v_is_bool(b) ? v_from_smallint(b == V_TRUE) : b) > 0) {
            int64_t w = small_or_big(b);
            int64_t vbits = int_or_bool_bits(a);
            return w != INT64_MAX && vbits <= MAX_INT_SIZE / w;
        }
        return true;
    case NB_LSHIFT:
        if (is_intlike(a) && is_intlike(b) && !is_zero_int(a) && !is_zero_int(b)) {
            int64_t w = small_or_big(b);
            if (w < 0) return false;
            return w <= MAX_INT_SIZE && int_or_bool_bits(a) <= MAX_INT_SIZE - w;
        }
        return true;
    case NB_REMAINDER:
        return !v_is_str(a) && !v_is_bytes(a);
    default:
        return true;
    }
}

static bool is_starred_list(const ExprList *l) {
    for (int i = 0; i < l->n; i++)
        if (l->items[i]->kind == EXPR_STARRED) return true;
    return false;
}

static int fold_tuple_items(Compiler *c, const ExprList *l, Value *out) {
    if (is_starred_list(l)) return 0;
    Value t = tuple_new(l->n);
    if (v_is_null(t)) return compiler_nomem(c);
    for (int i = 0; i < l->n; i++) {
        Value v;
        int r = const_fold(c, l->items[i], &v);
        if (r <= 0) { v_decref(t); return r; }
        tuple_items(t)[i] = v;
    }
    *out = t;
    return 1;
}

int const_fold(Compiler *c, const Expr *e, Value *out) {
    Value a, b, r;
    int k;
    switch (e->kind) {
    case EXPR_CONSTANT:
        *out = const_from_ast(c, &e->v.constant, e->pos);
        return v_is_null(*out) ? -1 : 1;
    case EXPR_UNARYOP:
        if ((k = const_fold(c, e->v.unaryop.operand, &a)) <= 0) return k;
        switch (e->v.unaryop.op) {
        case UOP_USUB: r = obj_negative(a); break;
        case UOP_UADD: r = obj_positive(a); break;
        case UOP_INVERT: r = obj_invert(a); break;
        default: r = obj_not(a); break;
        }
        v_decref(a);
        if (v_is_null(r)) { err_clear(); return 0; }
        *out = r;
        return 1;
    case EXPR_BINOP:
        if ((k = const_fold(c, e->v.binop.left, &a)) <= 0) return k;
        if ((k = const_fold(c, e->v.binop.right, &b)) <= 0) { v_decref(a); return k; }
        if (!fold_is_safe(a, b, (int)e->v.binop.op)) { v_decref(a); v_decref(b); return 0; }
        if (e->v.binop.op == OP_POW) r = obj_power(a, b, V_NONE);
        else r = obj_binary_op(a, b, (int)e->v.binop.op);
        v_decref(a);
        v_decref(b);
        if (v_is_null(r)) { err_clear(); return 0; }
        if ((v_is_str(r) && str_len(r) > MAX_STR_SIZE) || (v_is_tuple(r) && tuple_size(r) > MAX_COLLECTION_SIZE)) {
            v_decref(r);
            return 0;
        }
        *out = r;
        return 1;
    case EXPR_TUPLE:
        if (e->v.list.ctx != CTX_LOAD) return 0;
        return fold_tuple_items(c, &e->v.list.elts, out);
    case EXPR_SUBSCRIPT:
        if (e->v.subscript.ctx != CTX_LOAD || e->v.subscript.slice->kind == EXPR_SLICE) return 0;
        if ((k = const_fold(c, e->v.subscript.value, &a)) <= 0) return k;
        if ((k = const_fold(c, e->v.subscript.slice, &b)) <= 0) { v_decref(a); return k; }
        r = obj_getitem(a, b);
        v_decref(a);
        v_decref(b);
        if (v_is_null(r)) { err_clear(); return 0; }
        *out = r;
        return 1;
    default:
        return 0;
    }
}

/* ---- names -------------------------------------------------------------------- */

typedef enum { NAMEOP_FAST, NAMEOP_GLOBAL, NAMEOP_DEREF, NAMEOP_NAME } NameOpKind;

static NameOpKind nameop_kind(Compiler *c, const char *name) {
    Scope *s = c->u->scope;
    switch (scope_resolve(s, name)) {
    case SYM_FREE:
    case SYM_CELL: return NAMEOP_DEREF;
    case SYM_LOCAL: return s->is_function ? NAMEOP_FAST : NAMEOP_NAME;
    case SYM_GLOBAL_IMPLICIT: return s->is_function ? NAMEOP_GLOBAL : NAMEOP_NAME;
    case SYM_GLOBAL_EXPLICIT: return NAMEOP_GLOBAL;
    default: return NAMEOP_NAME;
    }
}

int compile_nameop(Compiler *c, const char *name, ExprContext ctx, Pos pos) {
    if (ctx == CTX_LOAD && strcmp(name, "__debug__") == 0) return emit_const(c, V_TRUE);
    name = mangle_name(c, name);
    NameOpKind kind = nameop_kind(c, name);
    int k, op;
    switch (kind) {
    case NAMEOP_DEREF:
        k = deref_index(c->u, name);
        if (k < 0) return compiler_error(c, pos, "compiler: no cell for '%s'", name);
        if (ctx == CTX_LOAD)
            op = c->u->scope->kind == SCOPE_CLASS ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF;
        else op = ctx == CTX_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF;
        return emit(c, op, k);
    case NAMEOP_FAST:
        k = name_index(c, &c->u->varnames, name);
        if (k < 0) return -1;
        op = ctx == CTX_LOAD ? OP_LOAD_FAST : ctx == CTX_STORE ? OP_STORE_FAST : OP_DELETE_FAST;
        return emit(c, op, k);
    case NAMEOP_GLOBAL:
        if ((k = add_name(c, name)) < 0) return -1;
        if (ctx == CTX_LOAD) return emit(c, OP_LOAD_GLOBAL, k << 1);
        return emit(c, ctx == CTX_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL, k);
    default:
        if ((k = add_name(c, name)) < 0) return -1;
        op = ctx == CTX_LOAD ? OP_LOAD_NAME : ctx == CTX_STORE ? OP_STORE_NAME : OP_DELETE_NAME;
        return emit(c, op, k);
    }
}

/* ---- targets ---------------------------------------------------------------------- */

static int compile_unpack(Compiler *c, const Expr *e) {
    const ExprList *elts = &e->v.list.elts;
    int n = elts->n;
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        if (elts->items[i]->kind != EXPR_STARRED) continue;
        if (seen_star) return compiler_error(c, elts->items[i]->pos, "multiple starred expressions in assignment");
        if (i >= (1 << 8) || n - i - 1 >= (1 << 23))
            return compiler_error(c, e->pos, "too many expressions in star-unpacking assignment");
        if (emit(c, OP_UNPACK_EX, i + ((n - i - 1) << 8)) < 0) return -1;
        seen_star = true;
    }
    if (!seen_star && emit(c, OP_UNPACK_SEQUENCE, n) < 0) return -1;
    for (int i = 0; i < n; i++) {
        const Expr *t = elts->items[i];
        if (compile_store(c, t->kind == EXPR_STARRED ? t->v.starred.value : t) < 0) return -1;
    }
    return 0;
}

int compile_store(Compiler *c, const Expr *t) {
    CodePosition old = set_loc(c, t->pos);
    int r;
    switch (t->kind) {
    case EXPR_NAME: r = compile_nameop(c, t->v.name.id, CTX_STORE, t->pos); break;
    case EXPR_ATTRIBUTE: {
        if (compile_expr(c, t->v.attribute.value) < 0) return -1;
        int k = add_name(c, mangle_name(c, t->v.attribute.attr));
        r = k < 0 ? -1 : emit(c, OP_STORE_ATTR, k);
        break;
    }
    case EXPR_SUBSCRIPT:
        if (compile_expr(c, t->v.subscript.value) < 0 || compile_expr(c, t->v.subscript.slice) < 0) return -1;
        r = emit(c, OP_STORE_SUBSCR, 0);
        break;
    case EXPR_LIST:
    case EXPR_TUPLE: r = compile_unpack(c, t); break;
    case EXPR_STARRED:
        r = compiler_error(c, t->pos, "starred assignment target must be in a list or tuple");
        break;
    default:
        r = compiler_error(c, t->pos, "cannot assign to expression");
        break;
    }
    if (!c->failed) c->u->loc = old;
    return r;
}

int compile_delete(Compiler *c, const Expr *t) {
    CodePosition old = set_loc(c, t->pos);
    int r = 0;
    switch (t->kind) {
    case EXPR_NAME: r = compile_nameop(c, t->v.name.id, CTX_DEL, t->pos); break;
    case EXPR_ATTRIBUTE: {
        if (compile_expr(c, t->v.attribute.value) < 0) return -1;
        int k = add_name(c, mangle_name(c, t->v.attribute.attr));
        r = k < 0 ? -1 : emit(c, OP_DELETE_ATTR, k);
        break;
    }
    case EXPR_SUBSCRIPT:
        if (compile_expr(c, t->v.subscript.value) < 0 || compile_expr(c, t->v.subscript.slice) < 0) return -1;
        r = emit(c, OP_DELETE_SUBSCR, 0);
        break;
    case EXPR_LIST:
    case EXPR_TUPLE:
        for (int i = 0; i < t->v.list.elts.n && r == 0; i++) r = compile_delete(c, t->v.list.elts.items[i]);
        break;
    default:
        r = compiler_error(c, t->pos, "cannot delete expression");
        break;
    }
    if (!c->failed) c->u->loc = old;
    return r;
}

/* ---- conditions ---------------------------------------------------------------------- */

static int emit_compare(Compiler *c, CmpOpKind op) {
    switch (op) {
    case CMP_OP_IS: return emit(c, OP_IS_OP, 0);
    case CMP_OP_IS_NOT: return emit(c, OP_IS_OP, 1);
    case CMP_OP_IN: return emit(c, OP_CONTAINS_OP, 0);
    case CMP_OP_NOT_IN: return emit(c, OP_CONTAINS_OP, 1);
    default: return emit(c, OP_COMPARE_OP, (int)op);
    }
}

static bool is_none_const(const Expr *e) {
    return e->kind == EXPR_CONSTANT && e->v.constant.kind == CONST_NONE;
}

/* Truthiness of a constant expression: 1, 0, or -1 if not constant. */
static int const_truth(const Expr *e) {
    if (e->kind != EXPR_CONSTANT) return -1;
    const Constant *k = &e->v.constant;
    switch (k->kind) {
    case CONST_NONE: case CONST_FALSE: return 0;
    case CONST_TRUE: case CONST_ELLIPSIS: return 1;
    case CONST_STR: case CONST_BYTES: return k->len != 0;
    case CONST_FLOAT: return k->f != 0.0;
    case CONST_INT: {
        for (const char *p = k->s; *p; p++)
            if (*p != '0') return 1;
        return 0;
    }
    default: return -1;
    }
}

static int compile_comparator(Compiler *c, const Expr *e, CmpOpKind op);

/* Jumps to target when e's truth equals cond; falls through otherwise
 * (CPython's compiler_jump_if, incl. its short-circuit shapes). */
static void check_compare(Compiler *c, const Expr *e);

int compile_jump_if(Compiler *c, const Expr *e, int target, bool cond) {
    CodePosition old = set_loc(c, e->pos);
    int r = 0;
    switch (e->kind) {
    case EXPR_UNARYOP:
        if (e->v.unaryop.op == UOP_NOT) {
            r = compile_jump_if(c, e->v.unaryop.operand, target, !cond);
            goto done;
        }
        break;
    case EXPR_BOOLOP: {
        const ExprList *vals = &e->v.boolop.values;
        bool cond2 = e->v.boolop.op == BOOL_OR;
        int next2 = target;
        if (cond2 != cond && (next2 = new_block(c)) < 0) return -1;
        for (int i = 0; i < vals->n - 1; i++)
            if (compile_jump_if(c, vals->items[i], next2, cond2) < 0) return -1;
        if (compile_jump_if(c, vals->items[vals->n - 1], target, cond) < 0) return -1;
        if (next2 != target) use_block(c, next2);
        goto done;
    }
    case EXPR_IFEXP: {
        int end = new_block(c), next2 = new_block(c);
        if (next2 < 0) return -1;
        if (compile_jump_if(c, e->v.ifexp.test, next2, false) < 0) return -1;
        if (compile_jump_if(c, e->v.ifexp.body, target, cond) < 0) return -1;
        if (emit_jump_noline(c, PSEUDO_JUMP_NO_INTERRUPT, end) < 0) return -1;
        use_block(c, next2);
        if (compile_jump_if(c, e->v.ifexp.orelse, target, cond) < 0) return -1;
        use_block(c, end);
        goto done;
    }
    case EXPR_COMPARE: {
        int n = e->v.compare.n;
        if (n == 1 && (e->v.compare.ops[0] == CMP_OP_IS || e->v.compare.ops[0] == CMP_OP_IS_NOT) &&
            is_none_const(e->v.compare.comparators[0])) {
            /* `x is None` as one jump, as CPython's peephole leaves it. */
            bool is = e->v.compare.ops[0] == CMP_OP_IS;
            if (compile_expr(c, e->v.compare.left) < 0) return -1;
            r = emit_jump(c, (is == cond) ? OP_POP_JUMP_IF_NONE : OP_POP_JUMP_IF_NOT_NONE, target);
            goto done;
        }
        if (n > 1) {
            check_compare(c, e);
            int cleanup = new_block(c);
            if (cleanup < 0) return -1;
            if (compile_expr(c, e->v.compare.left) < 0) return -1;
            for (int i = 0; i < n - 1; i++) {
                if (compile_expr(c, e->v.compare.comparators[i]) < 0) return -1;
                if (emit(c, OP_SWAP, 2) < 0 || emit(c, OP_COPY, 2) < 0) return -1;
                if (emit_compare(c, e->v.compare.ops[i]) < 0) return -1;
                if (emit_jump(c, OP_POP_JUMP_IF_FALSE, cleanup) < 0) return -1;
            }
            if (compile_comparator(c, e->v.compare.comparators[n - 1], e->v.compare.ops[n - 1]) < 0) return -1;
            if (emit_compare(c, e->v.compare.ops[n - 1]) < 0) return -1;
            if (emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, target) < 0) return -1;
            int end = new_block(c);
            if (end < 0) return -1;
            if (emit_jump_noline(c, PSEUDO_JUMP, end) < 0) return -1;
            use_block(c, cleanup);
            if (emit(c, OP_POP_TOP, 0) < 0) return -1;
            if (!cond && emit_jump_noline(c, PSEUDO_JUMP, target) < 0) return -1;
            use_block(c, end);
            goto done;
        }
        break;
    }
    case EXPR_CONSTANT: {
        int t = const_truth(e);
        if (t >= 0) {
            /* Constant condition: an unconditional jump or nothing. */
            /* The NOP keeps the test's line event (dropped if redundant). */
            r = (t == 1) == cond ? emit_jump(c, PSEUDO_JUMP, target) : emit(c, OP_NOP, 0);
            goto done;
        }
        break;
    }
    default:
        break;
    }
    if (compile_expr(c, e) < 0) return -1;
    r = emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, target);
done:
    if (!c->failed) c->u->loc = old;
    return r < 0 || c->failed ? -1 : 0;
}

/* ---- displays ------------------------------------------------------------------------ */

/* CPython's starunpack_helper: [a, *b, c] and friends. */
static int starunpack(Compiler *c, const ExprList *elts, int pushed, int build, int add, int extend,
                      bool tuple) {
    int n = elts->n;
    if (n > 2 && !is_starred_list(elts)) {
        Value folded;
        int r = fold_tuple_items(c, elts, &folded);
        if (r < 0) return -1;
        if (r) {
            if (tuple && !pushed) return emit_const(c, folded);
            if (build == OP_BUILD_SET) {
                /* A frozenset constant merged into an empty set, as CPython:
                 * the set's table order (what it prints) comes from that. */
                Value fs = frozenset_new(folded);
                v_decref(folded);
                if (v_is_null(fs)) return compiler_nomem(c);
                folded = fs;
            }
            if (emit(c, build, pushed) < 0 || emit_const(c, folded) < 0 || emit(c, extend, 1) < 0) return -1;
            return tuple ? emit(c, OP_LIST_TO_TUPLE, 0) : 0;
        }
    }
    bool big = n + pushed > STACK_USE_GUIDELINE;
    bool seen_star = is_starred_list(elts);
    if (!seen_star && !big) {
        for (int i = 0; i < n; i++)
            if (compile_expr(c, elts->items[i]) < 0) return -1;
        return emit(c, tuple ? OP_BUILD_TUPLE : build, n + pushed);
    }
    bool built = false;
    if (big) {
        if (emit(c, build, pushed) < 0) return -1;
        built = true;
    }
    for (int i = 0; i < n; i++) {
        const Expr *elt = elts->items[i];
        if (elt->kind == EXPR_STARRED) {
            if (!built) {
                if (emit(c, build, i + pushed) < 0) return -1;
                built = true;
            }
            if (compile_expr(c, elt->v.starred.value) < 0 || emit(c, extend, 1) < 0) return -1;
        } else {
            if (compile_expr(c, elt) < 0) return -1;
            if (built && emit(c, add, 1) < 0) return -1;
        }
    }
    return tuple ? emit(c, OP_LIST_TO_TUPLE, 0) : 0;
}

static int compile_subdict(Compiler *c, const Expr *e, int begin, int end) {
    const ExprList *keys = &e->v.dict.keys, *vals = &e->v.dict.values;
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        Value kt = tuple_new(n);
        if (v_is_null(kt)) return compiler_nomem(c);
        int ok = 1;
        for (int i = begin; i < end && ok == 1; i++) {
            Value kv;
            ok = const_fold(c, keys->items[i], &kv);
            if (ok == 1) tuple_items(kt)[i - begin] = kv;
        }
        if (ok < 0) { v_decref(kt); return -1; }
        if (ok == 1) {
            for (int i = begin; i < end; i++)
                if (compile_expr(c, vals->items[i]) < 0) { v_decref(kt); return -1; }
            if (emit_const(c, kt) < 0) return -1;
            return emit(c, OP_BUILD_CONST_KEY_MAP, n);
        }
        v_decref(kt);
    }
    if (big && emit(c, OP_BUILD_MAP, 0) < 0) return -1;
    for (int i = begin; i < end; i++) {
        if (compile_expr(c, keys->items[i]) < 0 || compile_expr(c, vals->items[i]) < 0) return -1;
        if (big && emit(c, OP_MAP_ADD, 1) < 0) return -1;
    }
    return big ? 0 : emit(c, OP_BUILD_MAP, n);
}

static int compile_dict(Compiler *c, const Expr *e) {
    int n = e->v.dict.values.n, elements = 0;
    bool have_dict = false;
    for (int i = 0; i < n; i++) {
        if (!e->v.dict.keys.items[i]) {
            if (elements) {
                if (compile_subdict(c, e, i - elements, i) < 0) return -1;
                if (have_dict && emit(c, OP_DICT_UPDATE, 1) < 0) return -1;
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                if (emit(c, OP_BUILD_MAP, 0) < 0) return -1;
                have_dict = true;
            }
            if (compile_expr(c, e->v.dict.values.items[i]) < 0 || emit(c, OP_DICT_UPDATE, 1) < 0) return -1;
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            if (compile_subdict(c, e, i - elements, i + 1) < 0) return -1;
            if (have_dict && emit(c, OP_DICT_UPDATE, 1) < 0) return -1;
            have_dict = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        if (compile_subdict(c, e, n - elements, n) < 0) return -1;
        if (have_dict && emit(c, OP_DICT_UPDATE, 1) < 0) return -1;
        have_dict = true;
    }
    if (!have_dict) return emit(c, OP_BUILD_MAP, 0);
    return 0;
}

/* A list display iterated over (for, in, comprehension) becomes a tuple,
 * a constant set display a frozenset constant (CPython's fold_iter). */
int compile_iter_operand(Compiler *c, const Expr *e) {
    if (e->kind == EXPR_LIST && e->v.list.ctx == CTX_LOAD && !is_starred_list(&e->v.list.elts)) {
        CodePosition old = set_loc(c, e->pos);
        Value folded;
        int r = fold_tuple_items(c, &e->v.list.elts, &folded);
        if (r < 0) return -1;
        if (r) r = emit_const(c, folded);
        else r = starunpack(c, &e->v.list.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true);
        c->u->loc = old;
        return r;
    }
    if (e->kind == EXPR_SET && !is_starred_list(&e->v.set.elts)) {
        Value folded;
        int r = fold_tuple_items(c, &e->v.set.elts, &folded);
        if (r < 0) return -1;
        if (r) {
            Value fs = frozenset_new(folded);
            v_decref(folded);
            if (v_is_null(fs)) { err_clear(); return compile_expr(c, e); }
            CodePosition old = set_loc(c, e->pos);
            r = emit_const(c, fs);
            c->u->loc = old;
            return r;
        }
    }
    return compile_expr(c, e);
}

static int compile_comparator(Compiler *c, const Expr *e, CmpOpKind op) {
    if (op == CMP_OP_IN || op == CMP_OP_NOT_IN) return compile_iter_operand(c, e);
    return compile_expr(c, e);
}

/* A literal CPython's AST optimiser folds to a constant other than the
 * named singletons (None, True, False, ...): numbers, strings, bytes, and
 * -1, (1, 2), () built from them. Binary operations are left out: CPython
 * does not fold large results (2 ** 100), and a missed warning is better
 * than a spurious one. */
static bool folds_to_constant(const Expr *e) {
    switch (e->kind) {
    case EXPR_CONSTANT: return true;
    case EXPR_UNARYOP: return e->v.unaryop.op != UOP_NOT && folds_to_constant(e->v.unaryop.operand);
    case EXPR_TUPLE:
        for (int i = 0; i < e->v.list.elts.n; i++)
            if (!folds_to_constant(e->v.list.elts.items[i])) return false;
        return true;
    default: return false;
    }
}

static bool is_literal(const Expr *e) {
    if (e->kind == EXPR_CONSTANT) {
        ConstKind k = e->v.constant.kind;
        return k != CONST_NONE && k != CONST_TRUE && k != CONST_FALSE && k != CONST_ELLIPSIS;
    }
    return folds_to_constant(e);
}

/* CPython's check_compare: `x is 1` and `x is not "a"` warn. */
static void check_compare(Compiler *c, const Expr *e) {
    bool left = is_literal(e->v.compare.left);
    for (int i = 0; i < e->v.compare.n; i++) {
        CmpOpKind op = e->v.compare.ops[i];
        bool right = is_literal(e->v.compare.comparators[i]);
        if ((op == CMP_OP_IS || op == CMP_OP_IS_NOT) && (left || right)) {
            compiler_warn(c, e->pos.lineno, op == CMP_OP_IS
                              ? "\"is\" with a literal. Did you mean \"==\"?"
                              : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

void compiler_warn_condition(Compiler *c, const Expr *e) {
    switch (e->kind) {
    case EXPR_COMPARE: check_compare(c, e); break;
    case EXPR_BOOLOP:
        for (int i = 0; i < e->v.boolop.values.n; i++) compiler_warn_condition(c, e->v.boolop.values.items[i]);
        break;
    case EXPR_UNARYOP:
        if (e->v.unaryop.op == UOP_NOT) compiler_warn_condition(c, e->v.unaryop.operand);
        break;
    case EXPR_IFEXP:
        compiler_warn_condition(c, e->v.ifexp.test);
        compiler_warn_condition(c, e->v.ifexp.body);
        compiler_warn_condition(c, e->v.ifexp.orelse);
        break;
    default: break;
    }
}

static int compile_compare(Compiler *c, const Expr *e) {
    int n = e->v.compare.n;
    check_compare(c, e);
    if (compile_expr(c, e->v.compare.left) < 0) return -1;
    if (n == 1) {
        if (compile_comparator(c, e->v.compare.comparators[0], e->v.compare.ops[0]) < 0) return -1;
        return emit_compare(c, e->v.compare.ops[0]);
    }
    int cleanup = new_block(c);
    if (cleanup < 0) return -1;
    for (int i = 0; i < n - 1; i++) {
        if (compile_expr(c, e->v.compare.comparators[i]) < 0) return -1;
        if (emit(c, OP_SWAP, 2) < 0 || emit(c, OP_COPY, 2) < 0) return -1;
        if (emit_compare(c, e->v.compare.ops[i]) < 0) return -1;
        if (emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup) < 0) return -1;
    }
    if (compile_comparator(c, e->v.compare.comparators[n - 1], e->v.compare.ops[n - 1]) < 0) return -1;
    if (emit_compare(c, e->v.compare.ops[n - 1]) < 0) return -1;
    int end = new_block(c);
    if (end < 0) return -1;
    if (emit_jump(c, PSEUDO_JUMP, end) < 0) return -1;
    use_block(c, cleanup);
    if (emit(c, OP_SWAP, 2) < 0 || emit(c, OP_POP_TOP, 0) < 0) return -1;
    use_block(c, end);
    return 0;
}

/* ---- calls ------------------------------------------------------------------------------ */

static int validate_keywords(Compiler *c, const KeywordList *kws) {
    for (int i = 0; i < kws->n; i++) {
        const Keyword *k = kws->items[i];
        if (!k->arg) continue;
        for (int j = i + 1; j < kws->n; j++) {
            const Keyword *o = kws->items[j];
            if (o->arg && strcmp(k->arg, o->arg) == 0)
                return compiler_error(c, o->pos, "keyword argument repeated: %s", k->arg);
        }
    }
    return 0;
}

static int emit_kw_names(Compiler *c, const KeywordList *kws, int begin, int end) {
    Value names = tuple_new(end - begin);
    if (v_is_null(names)) return compiler_nomem(c);
    for (int i = begin; i < end; i++) tuple_items(names)[i - begin] = v_newref(intern_name(kws->items[i]->arg));
    int k = add_const(c, names);
    return k < 0 ? -1 : emit(c, OP_KW_NAMES, k);
}

/* Keyword arguments [begin, end) as one dict. */
static int compile_subkwargs(Compiler *c, const KeywordList *kws, int begin, int end) {
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        for (int i = begin; i < end; i++)
            if (compile_expr(c, kws->items[i]->value) < 0) return -1;
        Value keys = tuple_new(n);
        if (v_is_null(keys)) return compiler_nomem(c);
        for (int i = begin; i < end; i++) tuple_items(keys)[i - begin] = v_newref(intern_name(kws->items[i]->arg));
        if (emit_const(c, keys) < 0) return -1;
        return emit(c, OP_BUILD_CONST_KEY_MAP, n);
    }
    if (big && emit(c, OP_BUILD_MAP, 0) < 0) return -1;
    for (int i = begin; i < end; i++) {
        if (emit_const(c, v_newref(intern_name(kws->items[i]->arg))) < 0) return -1;
        if (compile_expr(c, kws->items[i]->value) < 0) return -1;
        if (big && emit(c, OP_MAP_ADD, 1) < 0) return -1;
    }
    return big ? 0 : emit(c, OP_BUILD_MAP, n);
}

/* Arguments and the call itself; the callable (and NULL or self) are
 * already on the stack, plus `pushed` positional arguments. */
int compile_call_helper(Compiler *c, int pushed, const ExprList *args, const KeywordList *kws) {
    if (validate_keywords(c, kws) < 0) return -1;
    int nargs = args->n, nkw = kws->n;
    bool ex = nargs + nkw * 2 > STACK_USE_GUIDELINE || is_starred_list(args);
    for (int i = 0; i < nkw && !ex; i++)
        if (!kws->items[i]->arg) ex = true;
    if (!ex) {
        for (int i = 0; i < nargs; i++)
            if (compile_expr(c, args->items[i]) < 0) return -1;
        for (int i = 0; i < nkw; i++)
            if (compile_expr(c, kws->items[i]->value) < 0) return -1;
        if (nkw && emit_kw_names(c, kws, 0, nkw) < 0) return -1;
        return emit(c, OP_CALL, pushed + nargs + nkw);
    }
    if (pushed == 0 && nargs == 1 && args->items[0]->kind == EXPR_STARRED) {
        if (compile_expr(c, args->items[0]->v.starred.value) < 0) return -1;
    } else if (starunpack(c, args, pushed, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true) < 0) {
        return -1;
    }
    if (nkw) {
        bool have_dict = false;
        int nseen = 0;
        for (int i = 0; i < nkw; i++) {
            const Keyword *k = kws->items[i];
            if (!k->arg) {
                if (nseen) {
                    if (compile_subkwargs(c, kws, i - nseen, i) < 0) return -1;
                    if (have_dict && emit(c, OP_DICT_MERGE, 1) < 0) return -1;
                    have_dict = true;
                    nseen = 0;
                }
                if (!have_dict) {
                    if (emit(c, OP_BUILD_MAP, 0) < 0) return -1;
                    have_dict = true;
                }
                if (compile_expr(c, k->value) < 0 || emit(c, OP_DICT_MERGE, 1) < 0) return -1;
            } else {
                nseen++;
            }
        }
        if (nseen) {
            if (compile_subkwargs(c, kws, nkw - nseen, nkw) < 0) return -1;
            if (have_dict && emit(c, OP_DICT_MERGE, 1) < 0) return -1;
        }
    }
    return emit(c, OP_CALL_FUNCTION_EX, nkw > 0);
}

static int compile_call(Compiler *c, const Expr *e) {
    const Expr *f = e->v.call.func;
    const ExprList *args = &e->v.call.args;
    const KeywordList *kws = &e->v.call.keywords;
    /* obj.meth(...) without * or **: LOAD_METHOD avoids a bound method. */
    if (f->kind == EXPR_ATTRIBUTE && f->v.attribute.ctx == CTX_LOAD &&
        args->n + kws->n + (kws->n != 0) < STACK_USE_GUIDELINE && !is_starred_list(args)) {
        bool ok = true;
        for (int i = 0; i < kws->n; i++)
            if (!kws->items[i]->arg) ok = false;
        if (ok) {
            if (validate_keywords(c, kws) < 0) return -1;
            if (compile_expr(c, f->v.attribute.value) < 0) return -1;
            CodePosition old = set_loc(c, f->pos);
            int k = add_name(c, mangle_name(c, f->v.attribute.attr));
            if (k < 0 || emit(c, OP_LOAD_METHOD, k) < 0) return -1;
            c->u->loc = old;
            for (int i = 0; i < args->n; i++)
                if (compile_expr(c, args->items[i]) < 0) return -1;
            for (int i = 0; i < kws->n; i++)
                if (compile_expr(c, kws->items[i]->value) < 0) return -1;
            if (kws->n && emit_kw_names(c, kws, 0, kws->n) < 0) return -1;
            return emit(c, OP_CALL, args->n + kws->n);
        }
    }
    if (f->kind == EXPR_NAME && nameop_kind(c, f->v.name.id) == NAMEOP_GLOBAL &&
        strcmp(f->v.name.id, "__debug__") != 0) {
        /* LOAD_GLOBAL pushes the NULL itself. */
        CodePosition old = set_loc(c, f->pos);
        int k = add_name(c, f->v.name.id);
        if (k < 0 || emit(c, OP_LOAD_GLOBAL, (k << 1) | 1) < 0) return -1;
        c->u->loc = old;
    } else {
        if (emit(c, OP_PUSH_NULL, 0) < 0 || compile_expr(c, f) < 0) return -1;
    }
    return compile_call_helper(c, 0, args, kws);
}

/* ---- comprehensions and generators ---------------------------------------------------------- */

/* The delegation loop of `yield from` and `await` over the iterator on top
 * of the stack (CPython 3.11's shape): SEND it None, yield what it yields
 * and SEND back what the caller sends; its return value is left on the
 * stack (RESUME 2 after `yield from`, 3 after `await`). gen_yf finds the sub-iterator by the RESUME 2 after YIELD_VALUE. */
int compile_send_loop(Compiler *c, int resume_arg) {
    if (emit_const(c, V_NONE) < 0) return -1;
    int start = new_block(c), resume = new_block(c), exit = new_block(c);
    if (exit < 0) return -1;
    use_block(c, start);
    if (emit_jump(c, OP_SEND, exit) < 0) return -1;
    use_block(c, resume);
    if (emit(c, OP_YIELD_VALUE, 0) < 0 || emit(c, OP_RESUME, resume_arg) < 0) return -1;
    if (emit_jump(c, PSEUDO_JUMP_NO_INTERRUPT, start) < 0) return -1;
    use_block(c, exit);
    return 0;
}

/* await on the value on top of the stack: GET_AWAITABLE, then the SEND loop. */
int compile_await_tail(Compiler *c) {
    if (emit(c, OP_GET_AWAITABLE, 0) < 0) return -1;
    return compile_send_loop(c, 3);
}

static int emit_yield(Compiler *c) {
    /* An async generator's items are wrapped, to tell them from what its
     * awaits yield to the event loop. */
    const Scope *s = c->u->scope;
    if (s->is_coroutine && s->is_generator && emit(c, OP_ASYNC_GEN_WRAP, 0) < 0) return -1;
    if (emit(c, OP_YIELD_VALUE, 0) < 0) return -1;
    return emit(c, OP_RESUME, 1);
}

static int comprehension_body(Compiler *c, const Expr *e, CompKind kind, int gi, int depth, int if_cleanup);
static int async_comprehension_generator(Compiler *c, const Expr *e, CompKind kind, int gi, int depth);

static int comprehension_generator(Compiler *c, const Expr *e, CompKind kind, int gi, int depth) {
    const ComprehensionList *gens = &e->v.comp.generators;
    const Comprehension *g = gens->items[gi];
    if (g->is_async) return async_comprehension_generator(c, e, kind, gi, depth);
    int start = -1;
    int if_cleanup = new_block(c), anchor = new_block(c);
    if (anchor < 0) return -1;
    if (gi == 0) {
        /* The outermost iterator arrives as the argument ".0". */
        if (emit(c, OP_LOAD_FAST, 0) < 0) return -1;
        start = 0;
    } else {
        const Expr *it = g->iter;
        if ((it->kind == EXPR_LIST || it->kind == EXPR_TUPLE) && it->v.list.elts.n == 1 &&
            it->v.list.elts.items[0]->kind != EXPR_STARRED) {
            /* `for y in [f(x)]`: a plain assignment, no loop. */
            if (compile_expr(c, it->v.list.elts.items[0]) < 0) return -1;
        } else {
            if (compile_iter_operand(c, it) < 0 || emit(c, OP_GET_ITER, 0) < 0) return -1;
            start = 0;
        }
    }
    if (start >= 0) {
        if ((start = new_block(c)) < 0) return -1;
        depth++;
        use_block(c, start);
        if (emit_jump(c, OP_FOR_ITER, anchor) < 0) return -1;
    }
    if (compile_store(c, g->target) < 0) return -1;
    if (comprehension_body(c, e, kind, gi, depth, if_cleanup) < 0) return -1;
    use_block(c, if_cleanup);
    if (start >= 0) {
        if (emit_jump(c, PSEUDO_JUMP, start) < 0) return -1;
        use_block(c, anchor);
    }
    return 0;
}

/* The conditions of generator gi (a false one jumps to if_cleanup), then
 * the next generator or the element, with depth values (iterators) on the
 * stack above the result being built. */
static int comprehension_body(Compiler *c, const Expr *e, CompKind kind, int gi, int depth, int if_cleanup) {
    const ComprehensionList *gens = &e->v.comp.generators;
    const Comprehension *g = gens->items[gi];
    for (int i = 0; i < g->ifs.n; i++)
        if (compile_jump_if(c, g->ifs.items[i], if_cleanup, false) < 0) return -1;
    if (gi + 1 < gens->n) {
        if (comprehension_generator(c, e, kind, gi + 1, depth) < 0) return -1;
    } else {
        switch (kind) {
        case COMP_GEN:
            if (compile_expr(c, e->v.comp.elt) < 0 || emit_yield(c) < 0 || emit(c, OP_POP_TOP, 0) < 0) return -1;
            break;
        case COMP_LIST:
            if (compile_expr(c, e->v.comp.elt) < 0 || emit(c, OP_LIST_APPEND, depth + 1) < 0) return -1;
            break;
        case COMP_SET:
            if (compile_expr(c, e->v.comp.elt) < 0 || emit(c, OP_SET_ADD, depth + 1) < 0) return -1;
            break;
        default:
            if (compile_expr(c, e->v.comp.key) < 0 || compile_expr(c, e->v.comp.value) < 0) return -1;
            if (emit(c, OP_MAP_ADD, depth + 1) < 0) return -1;
            break;
        }
    }
    return 0;
}

/* `async for` in a comprehension (CPython 3.11's shape, as compile_async_for):
 * the async iterator stays on the stack; each step awaits its __anext__()
 * under a SETUP_FINALLY whose handler, END_ASYNC_FOR, ends the loop on
 * StopAsyncIteration. */
static int async_comprehension_generator(Compiler *c, const Expr *e, CompKind kind, int gi, int depth) {
    const Comprehension *g = e->v.comp.generators.items[gi];
    int start = new_block(c), except = new_block(c), if_cleanup = new_block(c);
    if (if_cleanup < 0) return -1;
    if (gi == 0) {
        if (emit(c, OP_LOAD_FAST, 0) < 0) return -1;
    } else if (compile_expr(c, g->iter) < 0 || emit(c, OP_GET_AITER, 0) < 0) {
        return -1;
    }
    use_block(c, start);
    if (emit_jump(c, PSEUDO_SETUP_FINALLY, except) < 0) return -1;
    if (emit(c, OP_GET_ANEXT, 0) < 0 || compile_send_loop(c, 3) < 0) return -1;
    if (emit(c, PSEUDO_POP_BLOCK, 0) < 0) return -1;
    if (compile_store(c, g->target) < 0) return -1;
    if (comprehension_body(c, e, kind, gi, depth + 1, if_cleanup) < 0) return -1;
    use_block(c, if_cleanup);
    if (emit_jump(c, PSEUDO_JUMP, start) < 0) return -1;
    use_block(c, except);
    return emit(c, OP_END_ASYNC_FOR, 0);
}

static int compile_comprehension(Compiler *c, const Expr *e, CompKind kind) {
    static const char *names[] = { "", "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>" };
    const ComprehensionList *gens = &e->v.comp.generators;
    Scope *cs = symtable_child(c->u->scope, e);
    if (!cs) return compiler_error(c, e->pos, "compiler: missing scope for comprehension");
    /* A comprehension with `async for` or `await` is a coroutine (awaited
     * where it stands, so only inside an async function or another
     * comprehension), or for a generator expression an async generator. */
    bool is_async = cs->is_coroutine;
    const Scope *outer = c->u->scope;
    if (is_async && kind != COMP_GEN && !outer->is_coroutine && outer->kind != SCOPE_COMPREHENSION)
        return compiler_error(c, e->pos, "asynchronous comprehension outside of an asynchronous function");
    Value qualname = make_qualname(c, names[kind], cs);
    Value name = str_intern_cstr(names[kind]);
    if (v_is_null(qualname) || v_is_null(name)) { v_decref(qualname); return compiler_nomem(c); }
    if (enter_unit(c, cs, v_newref(name), e->pos.lineno) < 0) { v_decref(qualname); return -1; }
    c->u->qualname = qualname;
    c->u->argcount = 1;
    c->u->loc = pos_loc(e->pos);
    static const int build_ops[] = { 0, OP_BUILD_LIST, OP_BUILD_SET, OP_BUILD_MAP, 0 };
    if (kind != COMP_GEN && emit(c, build_ops[kind], 0) < 0) return -1;
    if (comprehension_generator(c, e, kind, 0, 0) < 0) return -1;
    if (kind != COMP_GEN && emit(c, OP_RETURN_VALUE, 0) < 0) return -1;
    int flags = CO_OPTIMIZED | CO_NEWLOCALS | (cs->is_nested ? CO_NESTED : 0) |
                (kind == COMP_GEN ? (is_async ? CO_ASYNC_GENERATOR : CO_GENERATOR) : is_async ? CO_COROUTINE : 0);
    Value co = leave_unit(c, flags);
    if (v_is_null(co)) return -1;
    if (compile_make_closure(c, co, 0) < 0) return -1;
    if (gens->items[0]->is_async) {
        if (compile_expr(c, gens->items[0]->iter) < 0 || emit(c, OP_GET_AITER, 0) < 0) return -1;
    } else {
        if (compile_iter_operand(c, gens->items[0]->iter) < 0) return -1;
        if (emit(c, OP_GET_ITER, 0) < 0) return -1;
    }
    /* [function, iterator] + CALL 0 calls function(iterator); a coroutine
     * comprehension's result is awaited. */
    if (emit(c, OP_CALL, 0) < 0) return -1;
    if (is_async && kind != COMP_GEN) return compile_await_tail(c);
    return 0;
}

/* ---- f-strings ------------------------------------------------------------------------------ */

static int compile_formatted_value(Compiler *c, const Expr *e) {
    if (compile_expr(c, e->v.formattedvalue.value) < 0) return -1;
    int oparg = 0;
    switch (e->v.formattedvalue.conversion) {
    case 's': oparg = 1; break;
    case 'r': oparg = 2; break;
    case 'a': oparg = 3; break;
    default: break;
    }
    if (e->v.formattedvalue.format_spec) {
        if (compile_expr(c, e->v.formattedvalue.format_spec) < 0) return -1;
        oparg |= 4;
    }
    return emit(c, OP_FORMAT_VALUE, oparg);
}

static int compile_joined_str(Compiler *c, const Expr *e) {
    const ExprList *vals = &e->v.joinedstr.values;
    if (vals->n > STACK_USE_GUIDELINE) {
        /* ''.join([...]) keeps the stack small. */
        int k = add_name(c, "join");
        if (k < 0 || emit_const(c, v_newref(str_intern("", 0))) < 0 || emit(c, OP_LOAD_METHOD, k) < 0) return -1;
        if (emit(c, OP_BUILD_LIST, 0) < 0) return -1;
        for (int i = 0; i < vals->n; i++)
            if (compile_expr(c, vals->items[i]) < 0 || emit(c, OP_LIST_APPEND, 1) < 0) return -1;
        return emit(c, OP_CALL, 1);
    }
    for (int i = 0; i < vals->n; i++)
        if (compile_expr(c, vals->items[i]) < 0) return -1;
    if (vals->n != 1) return emit(c, OP_BUILD_STRING, vals->n);
    return 0;
}

/* ---- expressions --------------------------------------------------------------------------------- */

static int compile_boolop(Compiler *c, const Expr *e) {
    int end = new_block(c);
    if (end < 0) return -1;
    int jump = e->v.boolop.op == BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    const ExprList *vals = &e->v.boolop.values;
    for (int i = 0; i < vals->n - 1; i++)
        if (compile_expr(c, vals->items[i]) < 0 || emit_jump(c, jump, end) < 0) return -1;
    if (compile_expr(c, vals->items[vals->n - 1]) < 0) return -1;
    use_block(c, end);
    return 0;
}

static int compile_ifexp(Compiler *c, const Expr *e) {
    int end = new_block(c), next = new_block(c);
    if (next < 0) return -1;
    if (compile_jump_if(c, e->v.ifexp.test, next, false) < 0) return -1;
    if (compile_expr(c, e->v.ifexp.body) < 0) return -1;
    if (emit_jump_noline(c, PSEUDO_JUMP_NO_INTERRUPT, end) < 0) return -1;
    use_block(c, next);
    if (compile_expr(c, e->v.ifexp.orelse) < 0) return -1;
    use_block(c, end);
    return 0;
}

static int compile_slice(Compiler *c, const Expr *e) {
    int n = 2;
    if (e->v.slice.lower ? compile_expr(c, e->v.slice.lower) : emit_const(c, V_NONE)) return -1;
    if (e->v.slice.upper ? compile_expr(c, e->v.slice.upper) : emit_const(c, V_NONE)) return -1;
    if (e->v.slice.step) {
        if (compile_expr(c, e->v.slice.step) < 0) return -1;
        n = 3;
    }
    return emit(c, OP_BUILD_SLICE, n);
}

static int compile_expr_inner(Compiler *c, const Expr *e) {
    Value folded;
    int r;
    switch (e->kind) {
    case EXPR_BOOLOP: return compile_boolop(c, e);
    case EXPR_NAMEDEXPR:
        if (compile_expr(c, e->v.namedexpr.value) < 0 || emit(c, OP_COPY, 1) < 0) return -1;
        return compile_store(c, e->v.namedexpr.target);
    case EXPR_BINOP:
        if ((r = const_fold(c, e, &folded)) != 0) return r < 0 ? -1 : emit_const(c, folded);
        if (compile_expr(c, e->v.binop.left) < 0 || compile_expr(c, e->v.binop.right) < 0) return -1;
        return emit(c, OP_BINARY_OP, (int)e->v.binop.op);
    case EXPR_UNARYOP: {
        if ((r = const_fold(c, e, &folded)) != 0) return r < 0 ? -1 : emit_const(c, folded);
        const Expr *operand = e->v.unaryop.operand;
        if (e->v.unaryop.op == UOP_NOT && operand->kind == EXPR_COMPARE && operand->v.compare.n == 1) {
            /* not (a in b) is a not in b; likewise is / is not. */
            CmpOpKind op = operand->v.compare.ops[0];
            if (op == CMP_OP_IN || op == CMP_OP_NOT_IN || op == CMP_OP_IS || op == CMP_OP_IS_NOT) {
                if (compile_expr(c, operand->v.compare.left) < 0) return -1;
                if (compile_comparator(c, operand->v.compare.comparators[0], op) < 0) return -1;
                CmpOpKind inv = op == CMP_OP_IN ? CMP_OP_NOT_IN : op == CMP_OP_NOT_IN ? CMP_OP_IN
                              : op == CMP_OP_IS ? CMP_OP_IS_NOT : CMP_OP_IS;
                return emit_compare(c, inv);
            }
        }
        if (compile_expr(c, operand) < 0) return -1;
        static const int ops[] = { OP_UNARY_INVERT, OP_UNARY_NOT, OP_UNARY_POSITIVE, OP_UNARY_NEGATIVE };
        return emit(c, ops[e->v.unaryop.op], 0);
    }
    case EXPR_LAMBDA: return compile_lambda(c, e);
    case EXPR_IFEXP: return compile_ifexp(c, e);
    case EXPR_DICT: return compile_dict(c, e);
    case EXPR_SET: return starunpack(c, &e->v.set.elts, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false);
    case EXPR_LISTCOMP: return compile_comprehension(c, e, COMP_LIST);
    case EXPR_SETCOMP: return compile_comprehension(c, e, COMP_SET);
    case EXPR_DICTCOMP: return compile_comprehension(c, e, COMP_DICT);
    case EXPR_GENEXP: return compile_comprehension(c, e, COMP_GEN);
    case EXPR_AWAIT:
        if (!c->u->scope->is_function) return compiler_error(c, e->pos, "'await' outside function");
        if (!c->u->scope->is_coroutine) return compiler_error(c, e->pos, "'await' outside async function");
        if (compile_expr(c, e->v.await_.value) < 0) return -1;
        return compile_await_tail(c);
    case EXPR_YIELD:
        if (!c->u->scope->is_function) return compiler_error(c, e->pos, "'yield' outside function");
        if (e->v.yield.value ? compile_expr(c, e->v.yield.value) : emit_const(c, V_NONE)) return -1;
        return emit_yield(c);
    case EXPR_YIELDFROM: {
        if (!c->u->scope->is_function) return compiler_error(c, e->pos, "'yield' outside function");
        if (c->u->scope->is_coroutine) return compiler_error(c, e->pos, "'yield from' inside async function");
        if (compile_expr(c, e->v.yieldfrom.value) < 0 || emit(c, OP_GET_YIELD_FROM_ITER, 0) < 0) return -1;
        return compile_send_loop(c, 2);
    }
    case EXPR_COMPARE: return compile_compare(c, e);
    case EXPR_CALL: return compile_call(c, e);
    case EXPR_FORMATTEDVALUE: return compile_formatted_value(c, e);
    case EXPR_JOINEDSTR: return compile_joined_str(c, e);
    case EXPR_CONSTANT: {
        Value v = const_from_ast(c, &e->v.constant, e->pos);
        return v_is_null(v) ? -1 : emit_const(c, v);
    }
    case EXPR_ATTRIBUTE: {
        if (e->v.attribute.ctx == CTX_STORE) return compile_store(c, e);
        if (e->v.attribute.ctx == CTX_DEL) return compile_delete(c, e);
        if (compile_expr(c, e->v.attribute.value) < 0) return -1;
        int k = add_name(c, mangle_name(c, e->v.attribute.attr));
        return k < 0 ? -1 : emit(c, OP_LOAD_ATTR, k);
    }
    case EXPR_SUBSCRIPT:
        if (e->v.subscript.ctx == CTX_STORE) return compile_store(c, e);
        if (e->v.subscript.ctx == CTX_DEL) return compile_delete(c, e);
        if ((r = const_fold(c, e, &folded)) != 0) return r < 0 ? -1 : emit_const(c, folded);
        if (compile_expr(c, e->v.subscript.value) < 0 || compile_expr(c, e->v.subscript.slice) < 0) return -1;
        return emit(c, OP_BINARY_SUBSCR, 0);
    case EXPR_STARRED:
        if (e->v.starred.ctx == CTX_STORE)
            return compiler_error(c, e->pos, "starred assignment target must be in a list or tuple");
        return compiler_error(c, e->pos, "can't use starred expression here");
    case EXPR_NAME: return compile_nameop(c, e->v.name.id, e->v.name.ctx, e->pos);
    case EXPR_LIST:
        if (e->v.list.ctx == CTX_STORE) return compile_store(c, e);
        if (e->v.list.ctx == CTX_DEL) return compile_delete(c, e);
        return starunpack(c, &e->v.list.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, false);
    case EXPR_TUPLE:
        if (e->v.list.ctx == CTX_STORE) return compile_store(c, e);
        if (e->v.list.ctx == CTX_DEL) return compile_delete(c, e);
        if ((r = const_fold(c, e, &folded)) != 0) return r < 0 ? -1 : emit_const(c, folded);
        return starunpack(c, &e->v.list.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true);
    case EXPR_SLICE: return compile_slice(c, e);
    }
    return compiler_error(c, e->pos, "compiler: unknown expression kind %d", (int)e->kind);
}

int compile_expr(Compiler *c, const Expr *e) {
    if (c->failed) return -1;
    CodePosition old = set_loc(c, e->pos);
    int r = compile_expr_inner(c, e);
    if (c->failed) return -1;
    c->u->loc = old;
    return r < 0 ? -1 : 0;
}

/* unparse.c: expression source text for `from __future__ import annotations`.
 *
 * Under that future import (PEP 563) annotations are not evaluated: each is
 * stored as the string CPython's ast unparser (Python/ast_unparse.c) gives
 * for it, so forward references work and __annotations__ shows the same
 * text, e.g. 'Dict[str, int]', "'Node'", 'int | None'. Parentheses follow
 * operator precedence exactly as CPython writes them.
 */
#include <math.h>
#include <string.h>
#include "compiler_internal.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "../vm/floatobject.h"
#include "../vm/str.h"

/* CPython's precedence levels, lowest first. */
enum {
    PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BOR = PR_EXPR, PR_BXOR, PR_BAND,
    PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM
};

typedef struct Unparser {
    Compiler *c;
    StrBuilder sb;
    bool unsupported;        /* a node kind annotations never use in practice */
} Unparser;

static void put(Unparser *u, const char *s) { sb_append(&u->sb, s, strlen(s)); }
static void put_if(Unparser *u, bool cond, const char *s) { if (cond) put(u, s); }
static void expr(Unparser *u, const Expr *e, int level);

static void put_value_repr(Unparser *u, Value v) {
    if (v_is_null(v)) { u->unsupported = true; return; }
    if (v_is_float(v) && isinf(v_as_float(v))) {
        put(u, "1e309");   /* what CPython writes for an infinite literal */
        v_decref(v);
        return;
    }
    Value r = obj_repr(v);
    v_decref(v);
    if (v_is_null(r)) { err_clear(); u->unsupported = true; return; }
    sb_append_str(&u->sb, r);
    v_decref(r);
}

static void constant(Unparser *u, const Expr *e) {
    switch (e->v.constant.kind) {
    case CONST_NONE: put(u, "None"); return;
    case CONST_TRUE: put(u, "True"); return;
    case CONST_FALSE: put(u, "False"); return;
    case CONST_ELLIPSIS: put(u, "..."); return;
    default: put_value_repr(u, const_from_ast(u->c, &e->v.constant, e->pos)); return;
    }
}

static void seq(Unparser *u, const ExprList *l, int level) {
    for (int i = 0; i < l->n; i++) {
        put_if(u, i > 0, ", ");
        expr(u, l->items[i], level);
    }
}

static const char *binop_str(BinOpKind op, int *pr) {
    switch (op) {
    case OP_ADD: *pr = PR_ARITH; return " + ";
    case OP_SUB: *pr = PR_ARITH; return " - ";
    case OP_MUL: *pr = PR_TERM; return " * ";
    case OP_MATMUL: *pr = PR_TERM; return " @ ";
    case OP_DIV: *pr = PR_TERM; return " / ";
    case OP_MOD: *pr = PR_TERM; return " % ";
    case OP_FLOORDIV: *pr = PR_TERM; return " // ";
    case OP_LSHIFT: *pr = PR_SHIFT; return " << ";
    case OP_RSHIFT: *pr = PR_SHIFT; return " >> ";
    case OP_BITOR: *pr = PR_BOR; return " | ";
    case OP_BITXOR: *pr = PR_BXOR; return " ^ ";
    case OP_BITAND: *pr = PR_BAND; return " & ";
    case OP_POW: *pr = PR_POWER; return " ** ";
    }
    *pr = PR_ATOM;
    return " ? ";
}

static const char *cmpop_str(CmpOpKind op) {
    switch (op) {
    case CMP_OP_EQ: return " == ";
    case CMP_OP_NE: return " != ";
    case CMP_OP_LT: return " < ";
    case CMP_OP_LE: return " <= ";
    case CMP_OP_GT: return " > ";
    case CMP_OP_GE: return " >= ";
    case CMP_OP_IS: return " is ";
    case CMP_OP_IS_NOT: return " is not ";
    case CMP_OP_IN: return " in ";
    case CMP_OP_NOT_IN: return " not in ";
    }
    return " ? ";
}

static void expr(Unparser *u, const Expr *e, int level) {
    if (u->unsupported) return;
    switch (e->kind) {
    case EXPR_NAME: put(u, e->v.name.id); return;
    case EXPR_CONSTANT: constant(u, e); return;
    case EXPR_ATTRIBUTE: {
        const Expr *v = e->v.attribute.value;
        expr(u, v, PR_ATOM);
        /* "1 .real": a bare int literal would swallow the dot */
        put(u, v->kind == EXPR_CONSTANT && v->v.constant.kind == CONST_INT ? " ." : ".");
        put(u, e->v.attribute.attr);
        return;
    }
    case EXPR_SUBSCRIPT: {
        expr(u, e->v.subscript.value, PR_ATOM);
        put(u, "[");
        const Expr *s = e->v.subscript.slice;
        if (s->kind == EXPR_TUPLE && s->v.list.elts.n > 0) {
            seq(u, &s->v.list.elts, PR_TEST);
            put_if(u, s->v.list.elts.n == 1, ",");
        } else {
            expr(u, s, PR_TUPLE);
        }
        put(u, "]");
        return;
    }
    case EXPR_STARRED:
        put(u, "*");
        expr(u, e->v.starred.value, PR_EXPR);
        return;
    case EXPR_TUPLE:
        if (e->v.list.elts.n == 0) { put(u, "()"); return; }
        put_if(u, level > PR_TUPLE, "(");
        seq(u, &e->v.list.elts, PR_TEST);
        put_if(u, e->v.list.elts.n == 1, ",");
        put_if(u, level > PR_TUPLE, ")");
        return;
    case EXPR_LIST:
        put(u, "[");
        seq(u, &e->v.list.elts, PR_TEST);
        put(u, "]");
        return;
    case EXPR_SET:
        put(u, "{");
        seq(u, &e->v.set.elts, PR_TEST);
        put(u, "}");
        return;
    case EXPR_DICT:
        put(u, "{");
        for (int i = 0; i < e->v.dict.values.n; i++) {
            put_if(u, i > 0, ", ");
            const Expr *k = e->v.dict.keys.items[i];
            if (k) {
                expr(u, k, PR_TEST);
                put(u, ": ");
                expr(u, e->v.dict.values.items[i], PR_TEST);
            } else {
                put(u, "**");
                expr(u, e->v.dict.values.items[i], PR_EXPR);
            }
        }
        put(u, "}");
        return;
    case EXPR_BINOP: {
        int pr;
        const char *op = binop_str(e->v.binop.op, &pr);
        bool rassoc = e->v.binop.op == OP_POW;
        put_if(u, level > pr, "(");
        expr(u, e->v.binop.left, pr + rassoc);
        put(u, op);
        expr(u, e->v.binop.right, pr + !rassoc);
        put_if(u, level > pr, ")");
        return;
    }
    case EXPR_UNARYOP: {
        int pr = e->v.unaryop.op == UOP_NOT ? PR_NOT : PR_FACTOR;
        const char *op = e->v.unaryop.op == UOP_NOT ? "not " : e->v.unaryop.op == UOP_INVERT ? "~"
                       : e->v.unaryop.op == UOP_UADD ? "+" : "-";
        put_if(u, level > pr, "(");
        put(u, op);
        expr(u, e->v.unaryop.operand, pr);
        put_if(u, level > pr, ")");
        return;
    }
    case EXPR_BOOLOP: {
        int pr = e->v.boolop.op == BOOL_AND ? PR_AND : PR_OR;
        put_if(u, level > pr, "(");
        for (int i = 0; i < e->v.boolop.values.n; i++) {
            put_if(u, i > 0, pr == PR_AND ? " and " : " or ");
            expr(u, e->v.boolop.values.items[i], pr + 1);
        }
        put_if(u, level > pr, ")");
        return;
    }
    case EXPR_COMPARE:
        put_if(u, level > PR_CMP, "(");
        expr(u, e->v.compare.left, PR_CMP + 1);
        for (int i = 0; i < e->v.compare.n; i++) {
            put(u, cmpop_str(e->v.compare.ops[i]));
            expr(u, e->v.compare.comparators[i], PR_CMP + 1);
        }
        put_if(u, level > PR_CMP, ")");
        return;
    case EXPR_IFEXP:
        put_if(u, level > PR_TEST, "(");
        expr(u, e->v.ifexp.body, PR_TEST + 1);
        put(u, " if ");
        expr(u, e->v.ifexp.test, PR_TEST + 1);
        put(u, " else ");
        expr(u, e->v.ifexp.orelse, PR_TEST);
        put_if(u, level > PR_TEST, ")");
        return;
    case EXPR_CALL: {
        expr(u, e->v.call.func, PR_ATOM);
        put(u, "(");
        bool first = true;
        for (int i = 0; i < e->v.call.args.n; i++) {
            const Expr *a = e->v.call.args.items[i];
            if (a->kind == EXPR_GENEXP) { u->unsupported = true; return; }
            put_if(u, !first, ", ");
            first = false;
            expr(u, a, PR_TEST);
        }
        for (int i = 0; i < e->v.call.keywords.n; i++) {
            const Keyword *k = e->v.call.keywords.items[i];
            put_if(u, !first, ", ");
            first = false;
            if (k->arg) {
                put(u, k->arg);
                put(u, "=");
                expr(u, k->value, PR_TEST);
            } else {
                put(u, "**");
                expr(u, k->value, PR_EXPR);
            }
        }
        put(u, ")");
        return;
    }
    case EXPR_SLICE:
        if (e->v.slice.lower) expr(u, e->v.slice.lower, PR_TEST);
        put(u, ":");
        if (e->v.slice.upper) expr(u, e->v.slice.upper, PR_TEST);
        if (e->v.slice.step) {
            put(u, ":");
            expr(u, e->v.slice.step, PR_TEST);
        }
        return;
    case EXPR_LAMBDA: {
        const Arguments *a = e->v.lambda.args;
        int npos = a->posonlyargs.n + a->args.n, ndef = a->defaults.n;
        put_if(u, level > PR_TEST, "(");
        put(u, npos ? "lambda " : "lambda");   /* CPython: "lambda*, k: k" */
        bool first = true;
        for (int i = 0; i < npos; i++) {
            const Arg *arg = i < a->posonlyargs.n ? a->posonlyargs.items[i] : a->args.items[i - a->posonlyargs.n];
            put_if(u, !first, ", ");
            first = false;
            put(u, arg->arg);
            int d = i - (npos - ndef);
            if (d >= 0) {
                put(u, "=");
                expr(u, a->defaults.items[d], PR_TEST);
            }
            if (i + 1 == a->posonlyargs.n) put(u, ", /");
        }
        if (a->vararg || a->kwonlyargs.n) {
            put_if(u, !first, ", ");
            first = false;
            put(u, "*");
            if (a->vararg) put(u, a->vararg->arg);
        }
        for (int i = 0; i < a->kwonlyargs.n; i++) {
            put(u, ", ");
            put(u, a->kwonlyargs.items[i]->arg);
            const Expr *d = a->kw_defaults.items[i];
            if (d) {
                put(u, "=");
                expr(u, d, PR_TEST);
            }
        }
        if (a->kwarg) {
            put_if(u, !first, ", ");
            put(u, "**");
            put(u, a->kwarg->arg);
        }
        put(u, ": ");
        expr(u, e->v.lambda.body, PR_TEST);
        put_if(u, level > PR_TEST, ")");
        return;
    }
    default:
        /* comprehensions, f-strings, await/yield, := in an
         * annotation: evaluated instead (see unparse_annotation). */
        u->unsupported = true;
        return;
    }
}

Value unparse_annotation(Compiler *c, const Expr *e) {
    Unparser u = { c, {NULL, 0, 0, false}, false };
    sb_init(&u.sb);
    expr(&u, e, PR_TEST);
    if (u.unsupported) {
        sb_discard(&u.sb);
        return V_NULL;
    }
    return sb_finish(&u.sb);
}

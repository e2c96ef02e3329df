/* parser.c: tokens -> AST, a hand-written recursive-descent parser for
 * Python 3.11's grammar (Grammar/python.gram).
 *
 * Shape: one function per grammar rule that needs one, each returning the
 * node it built or NULL on failure. A failure either carries a specific
 * message (the parser knows what is wrong: "expected ':'") or is generic;
 * a generic failure becomes "invalid syntax" at the furthest token the
 * parser looked at, which is where CPython's PEG parser reports it too.
 *
 * Assignment targets are parsed as expressions and then checked and given
 * the Store context, which is what the PEG grammar's star_targets accepts;
 * the few places where the grammar needs real backtracking (the
 * parenthesised with-statement, the soft keyword `match`) save and restore
 * the token position.
 *
 * Lists are built on one scratch stack of pointers (mark, push, take into
 * the arena), so no list costs a malloc.
 */
#include "parser.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tokenizer.h"

/* ---- parser state ------------------------------------------------------------ */

typedef enum { PERR_NONE, PERR_GENERIC, PERR_SPECIFIC } ParseErrorState;

typedef struct ScratchStack {
    void **items;
    int n, cap;
} ScratchStack;

typedef struct Parser {
    Arena *arena;
    const Tokenizer *tz;      /* for source lines */
    Token *toks;
    int ntoks;
    int pos;
    int furthest;
    ParseErrorState error;
    SyntaxErrorInfo *err;
    ScratchStack *stack;
    bool oom;
    int fstring_depth;        /* nesting of f-strings inside f-string expressions */
    bool in_fragment;         /* parsing an f-string expression */
    const Token *str_next;    /* the token after the string being decoded: f-string errors point there */
    int depth;                /* recursion depth guard */
} Parser;

#define MAX_DEPTH 1000

/* ---- tokens ------------------------------------------------------------------ */

static inline Token *cur(Parser *p)
{
    if (p->pos > p->furthest) p->furthest = p->pos;
    return &p->toks[p->pos];
}

static inline Token *peek_at(Parser *p, int k)
{
    int i = p->pos + k;
    if (i >= p->ntoks) i = p->ntoks - 1;
    if (i > p->furthest) p->furthest = i;
    return &p->toks[i];
}

static inline TokenType cur_type(Parser *p) { return cur(p)->type; }

static inline Token *advance(Parser *p)
{
    Token *t = cur(p);
    if (p->pos < p->ntoks - 1) p->pos++;
    return t;
}

static inline bool check(Parser *p, TokenType ty) { return cur_type(p) == ty; }

static inline Token *accept(Parser *p, TokenType ty)
{
    return check(p, ty) ? advance(p) : NULL;
}

static inline Token *last_tok(Parser *p) { return &p->toks[p->pos > 0 ? p->pos - 1 : 0]; }

static bool is_soft_kw(const Token *t, const char *kw)
{
    return t->type == TOK_NAME && strcmp(t->str, kw) == 0;
}

/* ---- errors ------------------------------------------------------------------ */

static void *fail(Parser *p)
{
    if (p->error == PERR_NONE) p->error = PERR_GENERIC;
    return NULL;
}

static const char *line_of(Parser *p, int lineno)
{
    return tokenizer_line(p->tz, lineno, NULL);
}

static __attribute__((format(printf, 7, 8)))
void *raise_at(Parser *p, SyntaxErrorKind kind, int lineno, int col, int end_lineno, int end_col,
               const char *fmt, ...)
{
    if (p->error == PERR_SPECIFIC) return NULL;
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    const char *line = line_of(p, lineno);
    const char *eline = line_of(p, end_lineno);
    frontend_error(p->err, kind, line, lineno, col, eline, end_lineno, end_col,
                   "%s%s", p->in_fragment ? "f-string: " : "", msg);
    p->error = PERR_SPECIFIC;
    return NULL;
}

#define RAISE_POS(p, ps, ...) \
    raise_at((p), SYNERR_SYNTAX, (ps).lineno, (ps).col_offset, (ps).end_lineno, (ps).end_col_offset, __VA_ARGS__)
#define RAISE_TOK(p, t, ...) \
    raise_at((p), SYNERR_SYNTAX, (t)->lineno, (t)->col_offset, (t)->end_lineno, (t)->end_col_offset, __VA_ARGS__)
#define RAISE_RANGE(p, a, b, ...) \
    raise_at((p), SYNERR_SYNTAX, (a).lineno, (a).col_offset, (b).end_lineno, (b).end_col_offset, __VA_ARGS__)

typedef struct Mark {
    int pos, furthest, stack_n;
    ParseErrorState error;
} Mark;

static Mark mark(Parser *p) { return (Mark){ p->pos, p->furthest, p->stack->n, p->error }; }

/* Backtrack: forget the tokens read and any failure since m. */
static void reset_to(Parser *p, Mark m, bool keep_furthest)
{
    p->pos = m.pos;
    if (!keep_furthest) p->furthest = m.furthest;
    p->stack->n = m.stack_n;
    if (p->error != PERR_NONE && m.error == PERR_NONE) {
        syntax_error_info_clear(p->err);
        p->error = PERR_NONE;
    }
}

/* ---- allocation ------------------------------------------------------------------ */

static void *alloc(Parser *p, size_t n)
{
    void *r = arena_alloc(p->arena, n);
    if (!r) {
        p->oom = true;
        raise_at(p, SYNERR_SYNTAX, 0, -1, 0, -1, "out of memory");
    }
    return r;
}

static bool push(Parser *p, void *item)
{
    ScratchStack *s = p->stack;
    if (s->n == s->cap) {
        int cap = s->cap ? s->cap * 2 : 256;
        void **ni = realloc(s->items, sizeof *ni * (size_t)cap);
        if (!ni) {
            p->oom = true;
            raise_at(p, SYNERR_SYNTAX, 0, -1, 0, -1, "out of memory");
            return false;
        }
        s->items = ni;
        s->cap = cap;
    }
    s->items[s->n++] = item;
    return true;
}

/* Moves the items pushed since `from` into an arena array. */
static void **take(Parser *p, int from, int *n)
{
    int cnt = p->stack->n - from;
    *n = cnt;
    void **arr = NULL;
    if (cnt > 0) {
        arr = alloc(p, sizeof *arr * (size_t)cnt);
        if (arr) memcpy(arr, p->stack->items + from, sizeof *arr * (size_t)cnt);
    }
    p->stack->n = from;
    return arr;
}

#define TAKE_LIST(p, from, list) \
    ((list).items = (void *)take((p), (from), &(list).n))

static Pos tok_pos(const Token *t)
{
    return (Pos){ t->lineno, t->col_offset, t->end_lineno, t->end_col_offset };
}

static Pos span(Pos a, Pos b)
{
    return (Pos){ a.lineno, a.col_offset, b.end_lineno, b.end_col_offset };
}

/* From token `start` to the last token consumed. */
static Pos span_from(Parser *p, const Token *start)
{
    const Token *e = last_tok(p);
    return (Pos){ start->lineno, start->col_offset, e->end_lineno, e->end_col_offset };
}

static Expr *new_expr(Parser *p, ExprKind kind, Pos pos)
{
    Expr *e = alloc(p, sizeof *e);
    if (!e) return NULL;
    e->kind = kind;
    e->pos = pos;
    return e;
}

static Stmt *new_stmt(Parser *p, StmtKind kind, Pos pos)
{
    Stmt *s = alloc(p, sizeof *s);
    if (!s) return NULL;
    s->kind = kind;
    s->pos = pos;
    return s;
}

static Expr *new_name(Parser *p, const Token *t, ExprContext ctx)
{
    Expr *e = new_expr(p, EXPR_NAME, tok_pos(t));
    if (!e) return NULL;
    e->v.name.id = t->str;
    e->v.name.ctx = ctx;
    return e;
}

/* ---- forward declarations ------------------------------------------------------- */

static Expr *parse_expression(Parser *p);
static Expr *parse_named_expression(Parser *p);
static Expr *parse_star_expressions(Parser *p);
static Expr *parse_star_named_expression(Parser *p);
static Expr *parse_yield_expr(Parser *p);
static Expr *parse_disjunction(Parser *p);
static Expr *parse_bitwise_or(Parser *p);
static Expr *parse_primary(Parser *p);
static Expr *parse_atom(Parser *p);
static Expr *parse_strings(Parser *p);
static Arguments *parse_params(Parser *p, bool lambda, TokenType closer);
static bool parse_block(Parser *p, StmtList *out, const char *what, int lineno);
static bool parse_comprehension_clauses(Parser *p, ComprehensionList *out);
static Pattern *parse_patterns(Parser *p);
static Pattern *parse_pattern(Parser *p);
static Expr *parse_star_targets(Parser *p, bool for_target);
static bool tokens_parenthesized(Parser *p, int i, int j);

static bool enter(Parser *p)
{
    if (++p->depth > MAX_DEPTH) {
        Token *t = cur(p);
        /* CPython raises MemoryError with this text; a SyntaxError is the closest we carry */
        raise_at(p, SYNERR_SYNTAX, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset,
                 "Parser stack overflowed - Python source too complex to parse");
        return false;
    }
    return true;
}
#define ENTER(p) do { if (!enter(p)) { (p)->depth--; return NULL; } } while (0)
#define LEAVE(p, v) do { void *leave_r_ = (v); (p)->depth--; return leave_r_; } while (0)

/* ---- target checking --------------------------------------------------------------- */

/* _PyPegen_get_expr_name: what an expression is called in error messages. */
static const char *expr_name(const Expr *e)
{
    switch (e->kind) {
    case EXPR_ATTRIBUTE: return "attribute";
    case EXPR_SUBSCRIPT: return "subscript";
    case EXPR_STARRED: return "starred";
    case EXPR_NAME: return "name";
    case EXPR_LIST: return "list";
    case EXPR_TUPLE: return "tuple";
    case EXPR_LAMBDA: return "lambda";
    case EXPR_CALL: return "function call";
    case EXPR_BOOLOP: case EXPR_BINOP: case EXPR_UNARYOP: return "expression";
    case EXPR_GENEXP: return "generator expression";
    case EXPR_YIELD: case EXPR_YIELDFROM: return "yield expression";
    case EXPR_AWAIT: return "await expression";
    case EXPR_LISTCOMP: return "list comprehension";
    case EXPR_SETCOMP: return "set comprehension";
    case EXPR_DICTCOMP: return "dict comprehension";
    case EXPR_DICT: return "dict literal";
    case EXPR_SET: return "set display";
    case EXPR_JOINEDSTR: case EXPR_FORMATTEDVALUE: return "f-string expression";
    case EXPR_CONSTANT:
        switch (e->v.constant.kind) {
        case CONST_NONE: return "None";
        case CONST_TRUE: return "True";
        case CONST_FALSE: return "False";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case EXPR_COMPARE: return "comparison";
    case EXPR_IFEXP: return "conditional expression";
    case EXPR_NAMEDEXPR: return "named expression";
    case EXPR_SLICE: return "slice";
    }
    return "expression";
}

typedef enum { TARGETS_STAR, TARGETS_DEL, TARGETS_FOR } TargetsType;

static const Expr *invalid_target(const Expr *e, TargetsType tt)
{
    switch (e->kind) {
    case EXPR_LIST: case EXPR_TUPLE:
        for (int i = 0; i < e->v.list.elts.n; i++) {
            const Expr *r = invalid_target(e->v.list.elts.items[i], tt);
            if (r) return r;
        }
        return NULL;
    case EXPR_STARRED:
        if (tt == TARGETS_DEL) return e;
        return invalid_target(e->v.starred.value, tt);
    case EXPR_COMPARE:
        if (tt == TARGETS_FOR) {
            if (e->v.compare.ops[0] == CMP_OP_IN) return invalid_target(e->v.compare.left, tt);
            return NULL;
        }
        return e;
    case EXPR_NAME: case EXPR_SUBSCRIPT: case EXPR_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(Expr *e, ExprContext ctx)
{
    switch (e->kind) {
    case EXPR_NAME: e->v.name.ctx = ctx; break;
    case EXPR_ATTRIBUTE: e->v.attribute.ctx = ctx; break;
    case EXPR_SUBSCRIPT: e->v.subscript.ctx = ctx; break;
    case EXPR_STARRED: e->v.starred.ctx = ctx; set_ctx(e->v.starred.value, ctx); break;
    case EXPR_LIST: case EXPR_TUPLE:
        e->v.list.ctx = ctx;
        for (int i = 0; i < e->v.list.elts.n; i++) set_ctx(e->v.list.elts.items[i], ctx);
        break;
    default: break;
    }
}

/* Checks e as a target and gives it ctx; raises CPython's message if it cannot be one. */
static bool make_target(Parser *p, Expr *e, TargetsType tt, ExprContext ctx)
{
    const Expr *bad = invalid_target(e, tt);
    if (bad) {
        RAISE_POS(p, bad->pos, tt == TARGETS_DEL ? "cannot delete %s" : "cannot assign to %s",
                  expr_name(bad));
        return false;
    }
    set_ctx(e, ctx);
    return true;
}

/* ---- expressions ------------------------------------------------------------------ */

/* Can this token begin an expression? Used only to choose error messages. */
static bool starts_expression(const Token *t)
{
    switch (t->type) {
    case TOK_NAME: case TOK_NUMBER: case TOK_STRING: case TOK_LPAR: case TOK_LSQB:
    case TOK_LBRACE: case TOK_MINUS: case TOK_PLUS: case TOK_TILDE: case TOK_ELLIPSIS:
    case TOK_KW_NONE: case TOK_KW_TRUE: case TOK_KW_FALSE: case TOK_KW_NOT:
    case TOK_KW_LAMBDA: case TOK_KW_AWAIT:
        return true;
    default:
        return false;
    }
}

/* invalid_expression / invalid_legacy_expression: `a b` where a comma or
 * a call's parentheses are missing. Called after a complete disjunction a. */
static void check_missing_comma(Parser *p, Expr *a, const Token *a_start)
{
    Token *t = cur(p);
    if (!starts_expression(t) || p->error != PERR_NONE) return;
    if (a_start->type == TOK_NAME && a_start[1].type == TOK_STRING) {
        /* `print "x"` style: only the legacy message applies */
    } else if (a_start->type == TOK_NAME &&
               (strcmp(a_start->str, "match") == 0 || strcmp(a_start->str, "case") == 0 ||
                strcmp(a_start->str, "_") == 0) && a->kind == EXPR_NAME) {
        return;
    }
    Mark m = mark(p);
    bool legacy = a->kind == EXPR_NAME &&
                  (strcmp(a->v.name.id, "print") == 0 || strcmp(a->v.name.id, "exec") == 0);
    if (legacy) {
        Expr *b = parse_star_expressions(p);
        if (b && p->error == PERR_NONE) {
            RAISE_RANGE(p, a->pos, b->pos, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                        a->v.name.id, a->v.name.id);
            return;
        }
        reset_to(p, m, false);
        return;
    }
    if (a_start->type == TOK_NAME && a_start[1].type == TOK_STRING) return;
    Expr *b = parse_expression(p);
    if (b && p->error == PERR_NONE && last_tok(p)->level > 0) {
        RAISE_RANGE(p, a->pos, b->pos, "invalid syntax. Perhaps you forgot a comma?");
        return;
    }
    reset_to(p, m, false);
}

static Expr *parse_lambdef(Parser *p)
{
    Token *start = advance(p);   /* 'lambda' */
    Arguments *args = parse_params(p, true, TOK_COLON);
    if (!args) return NULL;
    if (!accept(p, TOK_COLON)) return fail(p);
    Expr *body = parse_expression(p);
    if (!body) return NULL;
    Expr *e = new_expr(p, EXPR_LAMBDA, span_from(p, start));
    if (!e) return NULL;
    e->v.lambda.args = args;
    e->v.lambda.body = body;
    return e;
}

/* expression: disjunction ['if' disjunction 'else' expression] | lambdef */
static Expr *parse_expression(Parser *p)
{
    ENTER(p);
    if (check(p, TOK_KW_LAMBDA)) LEAVE(p, parse_lambdef(p));
    Token *start = cur(p);
    Expr *a = parse_disjunction(p);
    if (!a) LEAVE(p, NULL);
    if (check(p, TOK_KW_IF)) {
        advance(p);
        Expr *test = parse_disjunction(p);
        if (!test) LEAVE(p, NULL);
        if (!accept(p, TOK_KW_ELSE)) {
            if (!check(p, TOK_COLON))
                RAISE_RANGE(p, a->pos, test->pos, "expected 'else' after 'if' expression");
            LEAVE(p, fail(p));
        }
        Expr *orelse = parse_expression(p);
        if (!orelse) LEAVE(p, NULL);
        Expr *e = new_expr(p, EXPR_IFEXP, span_from(p, start));
        if (!e) LEAVE(p, NULL);
        e->v.ifexp.test = test;
        e->v.ifexp.body = a;
        e->v.ifexp.orelse = orelse;
        LEAVE(p, e);
    }
    check_missing_comma(p, a, start);
    if (p->error != PERR_NONE) LEAVE(p, NULL);
    LEAVE(p, a);
}

/* Is e, as written from token `start`, a bitwise_or that the grammar's
 * invalid_named_expression rule would catch? */
static bool is_plain_bitwise_or(const Expr *e, const Token *start)
{
    if (start->type == TOK_LSQB) return e->kind == EXPR_LISTCOMP;
    if (start->type == TOK_LPAR) {
        if (e->kind == EXPR_TUPLE || e->kind == EXPR_GENEXP) return false;
        return true;
    }
    switch (e->kind) {
    case EXPR_BOOLOP: case EXPR_COMPARE: case EXPR_IFEXP: case EXPR_LAMBDA:
    case EXPR_NAMEDEXPR: case EXPR_STARRED: case EXPR_TUPLE: case EXPR_LIST:
    case EXPR_GENEXP: case EXPR_YIELD: case EXPR_YIELDFROM:
        return false;
    case EXPR_UNARYOP:
        return e->v.unaryop.op != UOP_NOT;
    case EXPR_CONSTANT:
        return e->v.constant.kind != CONST_TRUE && e->v.constant.kind != CONST_FALSE &&
               e->v.constant.kind != CONST_NONE;
    default:
        return true;
    }
}

/* named_expression: NAME ':=' expression | expression !':=' */
static Expr *parse_named_expression(Parser *p)
{
    Token *start = cur(p);
    if (start->type == TOK_NAME && peek_at(p, 1)->type == TOK_COLONEQUAL) {
        advance(p);
        advance(p);
        Expr *value = parse_expression(p);
        if (!value) return NULL;
        Expr *target = new_name(p, start, CTX_STORE);
        Expr *e = new_expr(p, EXPR_NAMEDEXPR, span_from(p, start));
        if (!e || !target) return NULL;
        e->v.namedexpr.target = target;
        e->v.namedexpr.value = value;
        return e;
    }
    Expr *a = parse_expression(p);
    if (!a) return NULL;
    if (check(p, TOK_COLONEQUAL)) {
        return RAISE_POS(p, a->pos, "cannot use assignment expressions with %s", expr_name(a));
    }
    if (check(p, TOK_EQUAL)) {
        /* invalid_named_expression: `if x = 1:` */
        Mark m = mark(p);
        advance(p);
        Expr *b = parse_bitwise_or(p);
        if (b && p->error == PERR_NONE && !check(p, TOK_EQUAL) && !check(p, TOK_COLONEQUAL)) {
            if (a->kind == EXPR_NAME && start->type == TOK_NAME)
                return RAISE_RANGE(p, a->pos, b->pos,
                                   "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            if (is_plain_bitwise_or(a, start))
                return RAISE_POS(p, a->pos, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                 expr_name(a));
        }
        reset_to(p, m, false);
    }
    return a;
}

static Expr *parse_star_expr(Parser *p, bool named)
{
    if (check(p, TOK_STAR)) {
        Token *start = advance(p);
        Expr *v = parse_bitwise_or(p);
        if (!v) return NULL;
        Expr *e = new_expr(p, EXPR_STARRED, span_from(p, start));
        if (!e) return NULL;
        e->v.starred.value = v;
        e->v.starred.ctx = CTX_LOAD;
        return e;
    }
    return named ? parse_named_expression(p) : parse_expression(p);
}

static Expr *parse_star_named_expression(Parser *p) { return parse_star_expr(p, true); }

/* A comma-separated sequence that becomes a Tuple if it has a comma.
 * named: elements are star_named_expressions, else star_expressions. */
static Expr *parse_star_sequence(Parser *p, bool named)
{
    Token *start = cur(p);
    Expr *first = parse_star_expr(p, named);
    if (!first) return NULL;
    if (!check(p, TOK_COMMA)) return first;
    int m = p->stack->n;
    if (!push(p, first)) return NULL;
    while (accept(p, TOK_COMMA)) {
        if (!starts_expression(cur(p)) && !check(p, TOK_STAR)) break;
        Expr *e = parse_star_expr(p, named);
        if (!e) return NULL;
        if (!push(p, e)) return NULL;
    }
    Expr *t = new_expr(p, EXPR_TUPLE, span_from(p, start));
    if (!t) return NULL;
    TAKE_LIST(p, m, t->v.list.elts);
    t->v.list.ctx = CTX_LOAD;
    return t;
}

static Expr *parse_star_expressions(Parser *p) { return parse_star_sequence(p, false); }

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
static Expr *parse_yield_expr(Parser *p)
{
    Token *start = advance(p);
    if (accept(p, TOK_KW_FROM)) {
        Expr *v = parse_expression(p);
        if (!v) return NULL;
        Expr *e = new_expr(p, EXPR_YIELDFROM, span_from(p, start));
        if (e) e->v.yieldfrom.value = v;
        return e;
    }
    Expr *v = NULL;
    if (starts_expression(cur(p)) || check(p, TOK_STAR)) {
        v = parse_star_expressions(p);
        if (!v) return NULL;
    }
    Expr *e = new_expr(p, EXPR_YIELD, span_from(p, start));
    if (e) e->v.yield.value = v;
    return e;
}

static Expr *parse_boolop(Parser *p, bool is_or);

static Expr *parse_inversion(Parser *p)
{
    if (check(p, TOK_KW_NOT)) {
        ENTER(p);
        Token *start = advance(p);
        Expr *operand = parse_inversion(p);
        if (!operand) LEAVE(p, NULL);
        Expr *e = new_expr(p, EXPR_UNARYOP, span_from(p, start));
        if (!e) LEAVE(p, NULL);
        e->v.unaryop.op = UOP_NOT;
        e->v.unaryop.operand = operand;
        LEAVE(p, e);
    }
    /* comparison */
    Token *start = cur(p);
    Expr *left = parse_bitwise_or(p);
    if (!left) return NULL;
    int m = p->stack->n;
    for (;;) {
        CmpOpKind op;
        switch (cur_type(p)) {
        case TOK_EQEQUAL: op = CMP_OP_EQ; break;
        case TOK_NOTEQUAL:
            if (cur(p)->start[0] == '<') return fail(p);   /* '<>' outside barry_as_FLUFL */
            op = CMP_OP_NE;
            break;
        case TOK_LESS: op = CMP_OP_LT; break;
        case TOK_LESSEQUAL: op = CMP_OP_LE; break;
        case TOK_GREATER: op = CMP_OP_GT; break;
        case TOK_GREATEREQUAL: op = CMP_OP_GE; break;
        case TOK_KW_IN: op = CMP_OP_IN; break;
        case TOK_KW_IS:
            op = peek_at(p, 1)->type == TOK_KW_NOT ? CMP_OP_IS_NOT : CMP_OP_IS;
            break;
        case TOK_KW_NOT:
            if (peek_at(p, 1)->type != TOK_KW_IN) goto done;
            op = CMP_OP_NOT_IN;
            break;
        default:
            goto done;
        }
        advance(p);
        if (op == CMP_OP_IS_NOT || op == CMP_OP_NOT_IN) advance(p);
        Expr *right = parse_bitwise_or(p);
        if (!right) return NULL;
        if (!push(p, (void *)(intptr_t)op) || !push(p, right)) return NULL;
    }
done:;
    int n = (p->stack->n - m) / 2;
    if (n == 0) return left;
    Expr *e = new_expr(p, EXPR_COMPARE, span_from(p, start));
    if (!e) return NULL;
    e->v.compare.left = left;
    e->v.compare.n = n;
    e->v.compare.ops = alloc(p, sizeof(CmpOpKind) * (size_t)n);
    e->v.compare.comparators = alloc(p, sizeof(Expr *) * (size_t)n);
    if (!e->v.compare.ops || !e->v.compare.comparators) return NULL;
    for (int i = 0; i < n; i++) {
        e->v.compare.ops[i] = (CmpOpKind)(intptr_t)p->stack->items[m + 2 * i];
        e->v.compare.comparators[i] = p->stack->items[m + 2 * i + 1];
    }
    p->stack->n = m;
    return e;
}

static Expr *parse_boolop(Parser *p, bool is_or)
{
    Token *start = cur(p);
    Expr *first = is_or ? parse_boolop(p, false) : parse_inversion(p);
    if (!first) return NULL;
    TokenType opt = is_or ? TOK_KW_OR : TOK_KW_AND;
    if (!check(p, opt)) return first;
    int m = p->stack->n;
    if (!push(p, first)) return NULL;
    Expr *last = first;
    while (accept(p, opt)) {
        last = is_or ? parse_boolop(p, false) : parse_inversion(p);
        if (!last) return NULL;
        if (!push(p, last)) return NULL;
    }
    Expr *e = new_expr(p, EXPR_BOOLOP, span_from(p, start));
    if (!e) return NULL;
    e->v.boolop.op = is_or ? BOOL_OR : BOOL_AND;
    TAKE_LIST(p, m, e->v.boolop.values);
    return e;
}

static Expr *parse_disjunction(Parser *p) { return parse_boolop(p, true); }

/* Binary operator levels, loosest first. */
enum { LVL_OR, LVL_XOR, LVL_AND, LVL_SHIFT, LVL_SUM, LVL_TERM, LVL_FACTOR };

static bool binop_at_level(TokenType t, int lvl, BinOpKind *op)
{
    switch (lvl) {
    case LVL_OR: if (t == TOK_VBAR) { *op = OP_BITOR; return true; } return false;
    case LVL_XOR: if (t == TOK_CIRCUMFLEX) { *op = OP_BITXOR; return true; } return false;
    case LVL_AND: if (t == TOK_AMPER) { *op = OP_BITAND; return true; } return false;
    case LVL_SHIFT:
        if (t == TOK_LEFTSHIFT) { *op = OP_LSHIFT; return true; }
        if (t == TOK_RIGHTSHIFT) { *op = OP_RSHIFT; return true; }
        return false;
    case LVL_SUM:
        if (t == TOK_PLUS) { *op = OP_ADD; return true; }
        if (t == TOK_MINUS) { *op = OP_SUB; return true; }
        return false;
    case LVL_TERM:
        switch (t) {
        case TOK_STAR: *op = OP_MUL; return true;
        case TOK_SLASH: *op = OP_DIV; return true;
        case TOK_DOUBLESLASH: *op = OP_FLOORDIV; return true;
        case TOK_PERCENT: *op = OP_MOD; return true;
        case TOK_AT: *op = OP_MATMUL; return true;
        default: return false;
        }
    }
    return false;
}

static Expr *parse_factor(Parser *p);

static Expr *parse_binary(Parser *p, int lvl)
{
    Token *start = cur(p);
    Expr *left = lvl == LVL_TERM ? parse_factor(p) : parse_binary(p, lvl + 1);
    if (!left) return NULL;
    BinOpKind op;
    while (binop_at_level(cur_type(p), lvl, &op)) {
        advance(p);
        Expr *right = lvl == LVL_TERM ? parse_factor(p) : parse_binary(p, lvl + 1);
        if (!right) return NULL;
        Expr *e = new_expr(p, EXPR_BINOP, span_from(p, start));
        if (!e) return NULL;
        e->v.binop.left = left;
        e->v.binop.op = op;
        e->v.binop.right = right;
        left = e;
    }
    return left;
}

static Expr *parse_bitwise_or(Parser *p) { return parse_binary(p, LVL_OR); }

/* factor: ('+'|'-'|'~') factor | power;  power: await_primary ['**' factor] */
static Expr *parse_factor(Parser *p)
{
    TokenType t = cur_type(p);
    if (t == TOK_PLUS || t == TOK_MINUS || t == TOK_TILDE) {
        ENTER(p);
        Token *start = advance(p);
        Expr *operand = parse_factor(p);
        if (!operand) LEAVE(p, NULL);
        Expr *e = new_expr(p, EXPR_UNARYOP, span_from(p, start));
        if (!e) LEAVE(p, NULL);
        e->v.unaryop.op = t == TOK_PLUS ? UOP_UADD : t == TOK_MINUS ? UOP_USUB : UOP_INVERT;
        e->v.unaryop.operand = operand;
        LEAVE(p, e);
    }
    Expr *base;
    Token *start = cur(p);
    if (check(p, TOK_KW_AWAIT)) {
        advance(p);
        Expr *v = parse_primary(p);
        if (!v) return NULL;
        base = new_expr(p, EXPR_AWAIT, span_from(p, start));
        if (!base) return NULL;
        base->v.await_.value = v;
    } else {
        base = parse_primary(p);
        if (!base) return NULL;
    }
    if (check(p, TOK_DOUBLESTAR)) {
        ENTER(p);
        advance(p);
        Expr *exp = parse_factor(p);
        if (!exp) LEAVE(p, NULL);
        Expr *e = new_expr(p, EXPR_BINOP, span_from(p, start));
        if (!e) LEAVE(p, NULL);
        e->v.binop.left = base;
        e->v.binop.op = OP_POW;
        e->v.binop.right = exp;
        LEAVE(p, e);
    }
    return base;
}

/* Arguments of a call (or of a class definition) up to and including ')'. */
static bool parse_call_args(Parser *p, ExprList *args, KeywordList *kws, const Token *lpar, bool allow_genexp)
{
    int m_args = p->stack->n;
    /* arguments and keywords interleave in the source, so gather both on
     * the stack tagged, then split them */
    bool seen_kw = false, seen_kwunpack = false;
    int nitems = 0;
    Expr *first_genexp = NULL;
    while (!check(p, TOK_RPAR)) {
        Token *start = cur(p);
        if (start->type == TOK_STAR) {
            advance(p);
            Expr *v = parse_expression(p);
            if (!v) return false;
            Expr *e = new_expr(p, EXPR_STARRED, span_from(p, start));
            if (!e) return false;
            e->v.starred.value = v;
            e->v.starred.ctx = CTX_LOAD;
            if (seen_kwunpack) {
                RAISE_TOK(p, start, "iterable argument unpacking follows keyword argument unpacking");
                return false;
            }
            if (!push(p, (void *)0) || !push(p, e)) return false;
        } else if (start->type == TOK_DOUBLESTAR) {
            advance(p);
            Expr *v = parse_expression(p);
            if (!v) return false;
            Keyword *k = alloc(p, sizeof *k);
            if (!k) return false;
            k->value = v;
            k->pos = span_from(p, start);
            seen_kwunpack = true;
            if (!push(p, (void *)1) || !push(p, k)) return false;
        } else if (start->type == TOK_NAME && peek_at(p, 1)->type == TOK_EQUAL) {
            advance(p);
            advance(p);
            Expr *v = parse_expression(p);
            if (!v) return false;
            Keyword *k = alloc(p, sizeof *k);
            if (!k) return false;
            k->arg = start->str;
            k->value = v;
            k->pos = span_from(p, start);
            seen_kw = true;
            if (!push(p, (void *)1) || !push(p, k)) return false;
        } else {
            Expr *e = parse_named_expression(p);
            if (!e) return false;
            if (check(p, TOK_KW_FOR) || (check(p, TOK_KW_ASYNC) && peek_at(p, 1)->type == TOK_KW_FOR)) {
                if (!allow_genexp) {
                    fail(p);
                    return false;
                }
                Expr *g = new_expr(p, EXPR_GENEXP, e->pos);
                if (!g) return false;
                g->v.comp.elt = e;
                if (!parse_comprehension_clauses(p, &g->v.comp.generators)) return false;
                g->pos = span(e->pos, last_tok(p)->type == TOK_RPAR ? tok_pos(last_tok(p)) : tok_pos(last_tok(p)));
                if (!first_genexp) first_genexp = g;
                e = g;
            } else if (check(p, TOK_EQUAL)) {
                /* invalid_kwarg */
                Token *eq = cur(p);
                if (e->kind == EXPR_CONSTANT &&
                    (e->v.constant.kind == CONST_TRUE || e->v.constant.kind == CONST_FALSE ||
                     e->v.constant.kind == CONST_NONE)) {
                    RAISE_RANGE(p, e->pos, tok_pos(eq), "cannot assign to %s", expr_name(e));
                    return false;
                }
                RAISE_RANGE(p, e->pos, tok_pos(eq), "expression cannot contain assignment, perhaps you meant \"==\"?");
                return false;
            }
            /* CPython reports these at the token after the argument */
            if (seen_kwunpack) {
                RAISE_TOK(p, cur(p), "positional argument follows keyword argument unpacking");
                return false;
            }
            if (seen_kw) {
                RAISE_TOK(p, cur(p), "positional argument follows keyword argument");
                return false;
            }
            if (!push(p, (void *)0) || !push(p, e)) return false;
        }
        nitems++;
        if (!accept(p, TOK_COMMA)) break;
    }
    if (!check(p, TOK_RPAR)) {
        fail(p);
        return false;
    }
    Token *rpar = advance(p);
    if (first_genexp && nitems > 1) {
        RAISE_POS(p, first_genexp->pos, "Generator expression must be parenthesized");
        return false;
    }
    if (first_genexp) {
        /* the sole generator argument takes the call's parentheses as its own */
        first_genexp->pos = (Pos){ lpar->lineno, lpar->col_offset, rpar->end_lineno, rpar->end_col_offset };
    }
    int total = (p->stack->n - m_args) / 2;
    int na = 0, nk = 0;
    for (int i = 0; i < total; i++) {
        if (p->stack->items[m_args + 2 * i]) nk++;
        else na++;
    }
    args->n = na;
    kws->n = nk;
    args->items = na ? alloc(p, sizeof(Expr *) * (size_t)na) : NULL;
    kws->items = nk ? alloc(p, sizeof(Keyword *) * (size_t)nk) : NULL;
    if ((na && !args->items) || (nk && !kws->items)) return false;
    na = nk = 0;
    for (int i = 0; i < total; i++) {
        void *item = p->stack->items[m_args + 2 * i + 1];
        if (p->stack->items[m_args + 2 * i]) kws->items[nk++] = item;
        else args->items[na++] = item;
    }
    p->stack->n = m_args;
    return true;
}

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression */
static Expr *parse_slice(Parser *p)
{
    Token *start = cur(p);
    Expr *lower = NULL;
    if (!check(p, TOK_COLON)) {
        lower = parse_named_expression(p);
        if (!lower) return NULL;
        if (!check(p, TOK_COLON)) return lower;
        if (lower->kind == EXPR_NAMEDEXPR) return fail(p);
    }
    advance(p);   /* ':' */
    Expr *upper = NULL, *step = NULL;
    if (!check(p, TOK_COLON) && !check(p, TOK_RSQB) && !check(p, TOK_COMMA)) {
        upper = parse_expression(p);
        if (!upper) return NULL;
    }
    if (accept(p, TOK_COLON)) {
        if (!check(p, TOK_RSQB) && !check(p, TOK_COMMA)) {
            step = parse_expression(p);
            if (!step) return NULL;
        }
    }
    Expr *e = new_expr(p, EXPR_SLICE, span_from(p, start));
    if (!e) return NULL;
    e->v.slice.lower = lower;
    e->v.slice.upper = upper;
    e->v.slice.step = step;
    return e;
}

static Expr *parse_slices(Parser *p)
{
    Token *start = cur(p);
    Expr *first = check(p, TOK_STAR) ? parse_star_named_expression(p) : parse_slice(p);
    if (!first) return NULL;
    if (!check(p, TOK_COMMA)) {
        if (first->kind == EXPR_STARRED) goto tuple1;
        return first;
    }
tuple1:;
    int m = p->stack->n;
    if (!push(p, first)) return NULL;
    while (accept(p, TOK_COMMA)) {
        if (check(p, TOK_RSQB)) break;
        Expr *e = check(p, TOK_STAR) ? parse_star_named_expression(p) : parse_slice(p);
        if (!e) return NULL;
        if (!push(p, e)) return NULL;
    }
    Expr *t = new_expr(p, EXPR_TUPLE, span_from(p, start));
    if (!t) return NULL;
    TAKE_LIST(p, m, t->v.list.elts);
    t->v.list.ctx = CTX_LOAD;
    return t;
}

/* primary: atom followed by any number of .NAME, (args), [slices] */
static Expr *parse_primary(Parser *p)
{
    ENTER(p);
    Token *start = cur(p);
    Expr *e = parse_atom(p);
    if (!e) LEAVE(p, NULL);
    for (;;) {
        TokenType t = cur_type(p);
        if (t == TOK_DOT) {
            advance(p);
            Token *name = accept(p, TOK_NAME);
            if (!name) LEAVE(p, fail(p));
            Expr *a = new_expr(p, EXPR_ATTRIBUTE, span_from(p, start));
            if (!a) LEAVE(p, NULL);
            a->v.attribute.value = e;
            a->v.attribute.attr = name->str;
            a->v.attribute.ctx = CTX_LOAD;
            e = a;
        } else if (t == TOK_LPAR) {
            Token *lpar = advance(p);
            Expr *c = new_expr(p, EXPR_CALL, e->pos);
            if (!c) LEAVE(p, NULL);
            c->v.call.func = e;
            if (!parse_call_args(p, &c->v.call.args, &c->v.call.keywords, lpar, true)) LEAVE(p, NULL);
            c->pos = span_from(p, start);
            e = c;
        } else if (t == TOK_LSQB) {
            advance(p);
            Expr *s = parse_slices(p);
            if (!s) LEAVE(p, NULL);
            if (!accept(p, TOK_RSQB)) LEAVE(p, fail(p));
            Expr *sub = new_expr(p, EXPR_SUBSCRIPT, span_from(p, start));
            if (!sub) LEAVE(p, NULL);
            sub->v.subscript.value = e;
            sub->v.subscript.slice = s;
            sub->v.subscript.ctx = CTX_LOAD;
            e = sub;
        } else {
            break;
        }
    }
    LEAVE(p, e);
}

/* for_if_clauses */
static bool parse_comprehension_clauses(Parser *p, ComprehensionList *out)
{
    int m = p->stack->n;
    while (check(p, TOK_KW_FOR) || (check(p, TOK_KW_ASYNC) && peek_at(p, 1)->type == TOK_KW_FOR)) {
        Comprehension *c = alloc(p, sizeof *c);
        if (!c) return false;
        if (accept(p, TOK_KW_ASYNC)) c->is_async = true;
        advance(p);   /* 'for' */
        Expr *target = parse_star_targets(p, true);
        if (!target) return false;
        if (!accept(p, TOK_KW_IN)) {
            fail(p);
            return false;
        }
        if (!make_target(p, target, TARGETS_FOR, CTX_STORE)) return false;
        c->target = target;
        c->iter = parse_disjunction(p);
        if (!c->iter) return false;
        int mi = p->stack->n;
        while (accept(p, TOK_KW_IF)) {
            Expr *cond = parse_disjunction(p);
            if (!cond) return false;
            if (!push(p, cond)) return false;
        }
        TAKE_LIST(p, mi, c->ifs);
        if (!push(p, c)) return false;
    }
    TAKE_LIST(p, m, *out);
    return true;
}

static Expr *make_comp(Parser *p, ExprKind kind, Expr *elt, const Token *start)
{
    Expr *e = new_expr(p, kind, tok_pos(start));
    if (!e) return NULL;
    e->v.comp.elt = elt;
    if (!parse_comprehension_clauses(p, &e->v.comp.generators)) return NULL;
    return e;
}

static bool at_comp_for(Parser *p)
{
    return check(p, TOK_KW_FOR) || (check(p, TOK_KW_ASYNC) && peek_at(p, 1)->type == TOK_KW_FOR);
}

/* Elements of a list/set/tuple display up to the closer (not consumed). */
static bool parse_display_elts(Parser *p, Expr *first, TokenType closer, ExprList *out, bool *had_comma)
{
    int m = p->stack->n;
    *had_comma = false;
    if (first) {
        if (!push(p, first)) return false;
        if (!accept(p, TOK_COMMA)) goto end;
        *had_comma = true;
    }
    while (!check(p, closer)) {
        Expr *e = parse_star_named_expression(p);
        if (!e) return false;
        if (!push(p, e)) return false;
        if (!accept(p, TOK_COMMA)) break;
        *had_comma = true;
    }
end:
    TAKE_LIST(p, m, *out);
    return true;
}

static Expr *parse_paren(Parser *p)
{
    Token *start = advance(p);   /* '(' */
    if (accept(p, TOK_RPAR)) {
        Expr *t = new_expr(p, EXPR_TUPLE, span_from(p, start));
        if (t) t->v.list.ctx = CTX_LOAD;
        return t;
    }
    if (check(p, TOK_KW_YIELD)) {
        Expr *y = parse_yield_expr(p);
        if (!y) return NULL;
        if (!accept(p, TOK_RPAR)) return fail(p);
        return y;
    }
    Expr *first = parse_star_named_expression(p);
    if (!first) return NULL;
    if (first->kind != EXPR_STARRED && at_comp_for(p)) {
        Expr *g = make_comp(p, EXPR_GENEXP, first, start);
        if (!g) return NULL;
        if (!accept(p, TOK_RPAR)) return fail(p);
        g->pos = span_from(p, start);
        return g;
    }
    if (accept(p, TOK_RPAR)) {
        if (first->kind == EXPR_STARRED)
            return RAISE_POS(p, first->pos, "cannot use starred expression here");
        return first;   /* a group keeps its content's position */
    }
    if (!check(p, TOK_COMMA)) return fail(p);
    Expr *t = new_expr(p, EXPR_TUPLE, tok_pos(start));
    if (!t) return NULL;
    bool had_comma;
    if (!parse_display_elts(p, first, TOK_RPAR, &t->v.list.elts, &had_comma)) return NULL;
    if (!accept(p, TOK_RPAR)) return fail(p);
    t->v.list.ctx = CTX_LOAD;
    t->pos = span_from(p, start);
    return t;
}

static Expr *parse_list(Parser *p)
{
    Token *start = advance(p);   /* '[' */
    Expr *first = NULL;
    if (!check(p, TOK_RSQB)) {
        first = parse_star_named_expression(p);
        if (!first) return NULL;
        if (first->kind != EXPR_STARRED && at_comp_for(p)) {
            Expr *c = make_comp(p, EXPR_LISTCOMP, first, start);
            if (!c) return NULL;
            if (!accept(p, TOK_RSQB)) return fail(p);
            c->pos = span_from(p, start);
            return c;
        }
    }
    Expr *l = new_expr(p, EXPR_LIST, tok_pos(start));
    if (!l) return NULL;
    bool had_comma;
    if (!parse_display_elts(p, first, TOK_RSQB, &l->v.list.elts, &had_comma)) return NULL;
    if (!accept(p, TOK_RSQB)) return fail(p);
    l->v.list.ctx = CTX_LOAD;
    l->pos = span_from(p, start);
    return l;
}

static Expr *parse_brace(Parser *p)
{
    Token *start = advance(p);   /* '{' */
    if (accept(p, TOK_RBRACE)) {
        Expr *d = new_expr(p, EXPR_DICT, span_from(p, start));
        return d;
    }
    Expr *first_key = NULL, *first_val = NULL;
    if (check(p, TOK_DOUBLESTAR)) {
        advance(p);
        first_val = parse_bitwise_or(p);
        if (!first_val) return NULL;
    } else {
        int first_idx = p->pos;
        Expr *first = parse_star_named_expression(p);
        if (!first) return NULL;
        if (!check(p, TOK_COLON)) {
            /* a set */
            if (first->kind != EXPR_STARRED && at_comp_for(p)) {
                Expr *c = make_comp(p, EXPR_SETCOMP, first, start);
                if (!c) return NULL;
                if (!accept(p, TOK_RBRACE)) return fail(p);
                c->pos = span_from(p, start);
                return c;
            }
            Expr *s = new_expr(p, EXPR_SET, tok_pos(start));
            if (!s) return NULL;
            bool had_comma;
            if (!parse_display_elts(p, first, TOK_RBRACE, &s->v.set.elts, &had_comma)) return NULL;
            if (!accept(p, TOK_RBRACE)) return fail(p);
            s->pos = span_from(p, start);
            return s;
        }
        if (first->kind == EXPR_STARRED ||
            (first->kind == EXPR_NAMEDEXPR && !tokens_parenthesized(p, first_idx, p->pos)))
            return fail(p);
        advance(p);   /* ':' */
        if (check(p, TOK_RBRACE) || check(p, TOK_COMMA))
            return RAISE_TOK(p, last_tok(p), "expression expected after dictionary key and ':'");
        first_key = first;
        first_val = parse_expression(p);
        if (!first_val) return NULL;
        if (at_comp_for(p)) {
            Expr *c = new_expr(p, EXPR_DICTCOMP, tok_pos(start));
            if (!c) return NULL;
            c->v.comp.key = first_key;
            c->v.comp.value = first_val;
            if (!parse_comprehension_clauses(p, &c->v.comp.generators)) return NULL;
            if (!accept(p, TOK_RBRACE)) return fail(p);
            c->pos = span_from(p, start);
            return c;
        }
    }
    /* a dict: keys and values alternate on the stack */
    int m = p->stack->n;
    if (!push(p, first_key) || !push(p, first_val)) return NULL;
    while (accept(p, TOK_COMMA)) {
        if (check(p, TOK_RBRACE)) break;
        Expr *k = NULL, *v;
        if (accept(p, TOK_DOUBLESTAR)) {
            v = parse_bitwise_or(p);
            if (!v) return NULL;
        } else {
            k = parse_expression(p);
            if (!k) return NULL;
            if (!accept(p, TOK_COLON)) {
                if (check(p, TOK_RBRACE) || check(p, TOK_COMMA))
                    return raise_at(p, SYNERR_SYNTAX, k->pos.lineno, k->pos.col_offset, k->pos.lineno, -1,
                                    "':' expected after dictionary key");
                return fail(p);
            }
            if (check(p, TOK_RBRACE) || check(p, TOK_COMMA))
                return RAISE_TOK(p, last_tok(p), "expression expected after dictionary key and ':'");
            v = parse_expression(p);
            if (!v) return NULL;
        }
        if (!push(p, k) || !push(p, v)) return NULL;
    }
    if (!accept(p, TOK_RBRACE)) return fail(p);
    Expr *d = new_expr(p, EXPR_DICT, span_from(p, start));
    if (!d) return NULL;
    int n = (p->stack->n - m) / 2;
    d->v.dict.keys.n = d->v.dict.values.n = n;
    d->v.dict.keys.items = alloc(p, sizeof(Expr *) * (size_t)n);
    d->v.dict.values.items = alloc(p, sizeof(Expr *) * (size_t)n);
    if (!d->v.dict.keys.items || !d->v.dict.values.items) return NULL;
    for (int i = 0; i < n; i++) {
        d->v.dict.keys.items[i] = p->stack->items[m + 2 * i];
        d->v.dict.values.items[i] = p->stack->items[m + 2 * i + 1];
    }
    p->stack->n = m;
    return d;
}

/* NUMBER token -> Constant */
static Expr *parse_number(Parser *p, Token *t)
{
    Expr *e = new_expr(p, EXPR_CONSTANT, tok_pos(t));
    if (!e) return NULL;
    const char *s = t->start;
    int n = t->len;
    char *clean = alloc(p, (size_t)n + 1);
    if (!clean) return NULL;
    int k = 0;
    for (int i = 0; i < n; i++)
        if (s[i] != '_') clean[k++] = s[i];
    clean[k] = '\0';
    Constant *c = &e->v.constant;
    if (k > 1 && clean[0] == '0' && strchr("xXoObB", clean[1])) {
        c->kind = CONST_INT;
        c->int_base = (clean[1] | 0x20) == 'x' ? 16 : (clean[1] | 0x20) == 'o' ? 8 : 2;
        c->s = clean + 2;
        c->len = (size_t)(k - 2);
        return e;
    }
    char last = clean[k - 1];
    if (last == 'j' || last == 'J') {
        clean[k - 1] = '\0';
        c->kind = CONST_IMAG;
        c->f = strtod(clean, NULL);
        return e;
    }
    if (strpbrk(clean, ".eE")) {
        c->kind = CONST_FLOAT;
        c->f = strtod(clean, NULL);
        return e;
    }
    c->kind = CONST_INT;
    c->int_base = 10;
    c->s = clean;
    c->len = (size_t)k;
    return e;
}

static Expr *parse_atom(Parser *p)
{
    Token *t = cur(p);
    Expr *e;
    switch (t->type) {
    case TOK_NAME:
        advance(p);
        return new_name(p, t, CTX_LOAD);
    case TOK_NUMBER:
        advance(p);
        return parse_number(p, t);
    case TOK_STRING:
        return parse_strings(p);
    case TOK_KW_NONE: case TOK_KW_TRUE: case TOK_KW_FALSE: case TOK_ELLIPSIS:
        advance(p);
        e = new_expr(p, EXPR_CONSTANT, tok_pos(t));
        if (!e) return NULL;
        e->v.constant.kind = t->type == TOK_KW_NONE ? CONST_NONE : t->type == TOK_KW_TRUE ? CONST_TRUE :
                             t->type == TOK_KW_FALSE ? CONST_FALSE : CONST_ELLIPSIS;
        return e;
    case TOK_LPAR: {
        ENTER(p);
        LEAVE(p, parse_paren(p));
    }
    case TOK_LSQB: {
        ENTER(p);
        LEAVE(p, parse_list(p));
    }
    case TOK_LBRACE: {
        ENTER(p);
        LEAVE(p, parse_brace(p));
    }
    default:
        return fail(p);
    }
}

/* ---- string literals ---------------------------------------------------------------- */

typedef struct SBuf { char *s; size_t n, cap; } SBuf;

static bool sb_put(Parser *p, SBuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 128;
        while (cap < b->n + n + 1) cap *= 2;
        char *ns = realloc(b->s, cap);
        if (!ns) {
            p->oom = true;
            raise_at(p, SYNERR_SYNTAX, 0, -1, 0, -1, "out of memory");
            return false;
        }
        b->s = ns;
        b->cap = cap;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
    return true;
}

static bool sb_put_cp(Parser *p, SBuf *b, uint32_t cp)
{
    char u[4];
    int n;
    /* lone surrogates are encoded like any other code point, as Python strs may hold them */
    if (cp < 0x80) { u[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { u[0] = (char)(0xC0 | (cp >> 6)); u[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12)); u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18)); u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); u[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
    }
    return sb_put(p, b, u, (size_t)n);
}

int (*parser_char_name_lookup)(const char *name, size_t n, uint32_t *cp);

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* Decodes the escapes of s[0..n) into b. tok is for error positions;
 * base_off is where s starts within the literal's body (for messages). */
static bool decode_escapes(Parser *p, SBuf *b, const char *s, size_t n, bool bytes, const Token *tok)
{
    size_t i = 0;
    while (i < n) {
        const char *bs = memchr(s + i, '\\', n - i);
        size_t run = bs ? (size_t)(bs - (s + i)) : n - i;
        if (run && !sb_put(p, b, s + i, run)) return false;
        i += run;
        if (i >= n) break;
        size_t esc_start = i;
        i++;   /* backslash */
        if (i >= n) {
            if (!sb_put(p, b, "\\", 1)) return false;
            break;
        }
        char c = s[i++];
        uint32_t cp;
        switch (c) {
        case '\n': continue;
        case '\\': cp = '\\'; break;
        case '\'': cp = '\''; break;
        case '"': cp = '"'; break;
        case 'a': cp = 7; break;
        case 'b': cp = 8; break;
        case 'f': cp = 12; break;
        case 'n': cp = 10; break;
        case 'r': cp = 13; break;
        case 't': cp = 9; break;
        case 'v': cp = 11; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            cp = (uint32_t)(c - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++)
                cp = cp * 8 + (uint32_t)(s[i++] - '0');
            if (bytes) cp &= 0xFF;
            break;
        case 'x': case 'u': case 'U': {
            if (bytes && c != 'x') {
                if (!sb_put(p, b, s + esc_start, 2)) return false;
                continue;
            }
            int need = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            cp = 0;
            int got = 0;
            while (got < need && i < n && hexval((unsigned char)s[i]) >= 0) {
                cp = cp * 16 + (uint32_t)hexval((unsigned char)s[i++]);
                got++;
            }
            if (got < need) {
                if (bytes) {
                    RAISE_POS(p, tok_pos(tok), "(value error) invalid \\x escape at position %zu", esc_start);
                    return false;
                }
                raise_at(p, SYNERR_SYNTAX, tok->end_lineno, tok->end_col_offset, tok->end_lineno,
                         tok->end_col_offset,
                         "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: truncated %s escape",
                         esc_start, i - 1, c == 'x' ? "\\xXX" : c == 'u' ? "\\uXXXX" : "\\UXXXXXXXX");
                return false;
            }
            if (cp > 0x10FFFF) {
                raise_at(p, SYNERR_SYNTAX, tok->end_lineno, tok->end_col_offset, tok->end_lineno,
                         tok->end_col_offset,
                         "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: illegal Unicode character",
                         esc_start, i - 1);
                return false;
            }
            if (bytes) {
                char ch = (char)cp;
                if (!sb_put(p, b, &ch, 1)) return false;
                continue;
            }
            break;
        }
        case 'N': {
            if (bytes) {
                /* in bytes \N is not an escape */
                if (!sb_put(p, b, s + esc_start, 2)) return false;
                continue;
            }
            /* \N{name}: the character of that Unicode name or alias (any
             * case; named sequences are not characters), as CPython. */
            const char *why = "malformed \\N character escape";
            size_t last = i - 1;
            if (i < n && s[i] == '{') {
                const char *close = memchr(s + i + 1, '}', n - i - 1);
                if (close) {
                    size_t nlen = (size_t)(close - (s + i + 1));
                    last = (size_t)(close - s) - (nlen == 0);   /* CPython's span */
                    if (nlen > 0) {
                        if (parser_char_name_lookup && parser_char_name_lookup(s + i + 1, nlen, &cp)) {
                            i = last + 1;
                            break;
                        }
                        why = "unknown Unicode character name";
                    }
                } else {
                    last = n - 1;
                }
            }
            raise_at(p, SYNERR_SYNTAX, tok->end_lineno, tok->end_col_offset, tok->end_lineno,
                     tok->end_col_offset,
                     "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                     esc_start, last, why);
            return false;
        }
        default:
            /* unknown escapes stay as written */
            if (!sb_put(p, b, s + esc_start, 2)) return false;
            continue;
        }
        if (bytes) {
            char ch = (char)cp;
            if (!sb_put(p, b, &ch, 1)) return false;
        } else if (!sb_put_cp(p, b, cp)) {
            return false;
        }
    }
    return true;
}

typedef struct StrParts {
    /* the JoinedStr being built: literal text accumulates in lit until an
     * expression part arrives */
    SBuf lit;
    int stack_mark;
    Pos whole;
} StrParts;

static bool flush_literal(Parser *p, StrParts *sp, Pos pos)
{
    if (sp->lit.n == 0) return true;
    Expr *c = new_expr(p, EXPR_CONSTANT, pos);
    if (!c) return false;
    c->v.constant.kind = CONST_STR;
    c->v.constant.s = arena_strndup(p->arena, sp->lit.s, sp->lit.n);
    c->v.constant.len = sp->lit.n;
    sp->lit.n = 0;
    return push(p, c);
}

static Expr *parse_fstring_expr_fragment(Parser *p, const char *start, const char *end,
                                         int lineno, const char *line_start);

/* CPython 3.11 reports f-string errors at the token after the literal. */
#define FSTRING_ERROR(p, ...) \
    raise_at((p), SYNERR_SYNTAX, (p)->str_next->lineno, (p)->str_next->col_offset, \
             (p)->str_next->lineno, (p)->str_next->col_offset, __VA_ARGS__)

/* Location (line and line start) of pointer q inside a token that begins at t. */
static void locate(const Token *t, const Tokenizer *tz, const char *q, int *lineno, const char **line_start)
{
    int ln = t->lineno;
    const char *ls = tz->lines[ln - 1];
    for (const char *s = t->start; s < q; s++) {
        if (*s == '\n') {
            ln++;
            ls = s + 1;
        }
    }
    *lineno = ln;
    *line_start = ls;
}

static bool parse_fstring_body(Parser *p, StrParts *sp, const Token *tok, const char **ps,
                               const char *end, bool raw, int recurse_lvl);

/* One replacement field starting after '{' at *ps. */
static bool parse_fstring_field(Parser *p, StrParts *sp, const Token *tok, const char **ps,
                                const char *end, bool raw, int recurse_lvl)
{
    const char *s = *ps;
    const char *expr_start = s;
    if (recurse_lvl >= 2) {
        FSTRING_ERROR(p, "f-string: expressions nested too deeply");
        return false;
    }
    /* find the end of the expression, as fstring_find_expr does */
    char parens[200];
    int nest = 0;
    char quote = 0;
    int qsize = 0;
    const char *expr_end = NULL;
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\') {
            FSTRING_ERROR(p, "f-string expression part cannot include a backslash");
            return false;
        }
        if (quote) {
            if (ch == quote) {
                if (qsize == 3) {
                    if (s + 2 < end && s[1] == ch && s[2] == ch) { s += 2; quote = 0; }
                } else {
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (s + 2 < end && s[1] == ch && s[2] == ch) { qsize = 3; s += 2; }
            else qsize = 1;
            quote = ch;
            continue;
        }
        if (ch == '[' || ch == '(' || ch == '{') {
            if (nest >= 200) {
                FSTRING_ERROR(p, "f-string: too many nested parenthesis");
                return false;
            }
            parens[nest++] = ch;
            continue;
        }
        if (ch == '#') {
            FSTRING_ERROR(p, "f-string expression part cannot include '#'");
            return false;
        }
        if (nest == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (ch != ':' && ch != '}' && s + 1 < end && s[1] == '=') {
                /* ==, !=, >=, <= are operators */
                s++;
                continue;
            }
            if (ch == '>' || ch == '<') continue;
            expr_end = s;
            break;
        }
        if (ch == ']' || ch == ')' || ch == '}') {
            if (nest == 0) {
                FSTRING_ERROR(p, "f-string: unmatched '%c'", ch);
                return false;
            }
            char open = parens[--nest];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}'))) {
                FSTRING_ERROR(p, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                          ch, open);
                return false;
            }
        }
    }
    if (quote) {
        FSTRING_ERROR(p, "f-string: unterminated string");
        return false;
    }
    if (!expr_end) {
        if (nest > 0) FSTRING_ERROR(p, "f-string: unmatched '%c'", parens[nest - 1]);
        else FSTRING_ERROR(p, "f-string: expecting '}'");
        return false;
    }
    /* the expression must not be empty or all blanks */
    const char *q = expr_start;
    while (q < expr_end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\f' || *q == '\r')) q++;
    if (q == expr_end) {
        if (q == expr_start && *expr_end != '}')
            FSTRING_ERROR(p, "f-string: expression required before '%c'", *expr_end);
        else
            FSTRING_ERROR(p, "f-string: empty expression not allowed");
        return false;
    }
    int lineno;
    const char *line_start;
    locate(tok, p->tz, expr_start, &lineno, &line_start);
    Expr *value = parse_fstring_expr_fragment(p, expr_start, expr_end, lineno, line_start);
    if (!value) return false;
    if (value->kind == EXPR_TUPLE && *expr_start != '(') {
        /* 3.11 parses the expression wrapped in parentheses, and a bare
         * tuple takes the braces' columns as its own */
        int eln;
        const char *els;
        locate(tok, p->tz, expr_end, &eln, &els);
        value->pos = (Pos){ lineno, (int)(expr_start - 1 - line_start), eln, (int)(expr_end + 1 - els) };
    }
    s = expr_end;
    int conversion = -1;
    bool self_doc = false, explicit_conv = false;
    if (*s == '=') {
        self_doc = true;
        /* self-documenting: the expression's text and the '=' (with the
         * blanks after it) become literal text */
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f' || *s == '\r')) s++;
        if (!sb_put(p, &sp->lit, expr_start, (size_t)(s - expr_start))) return false;
        conversion = 'r';
        if (s >= end) {
            FSTRING_ERROR(p, "f-string: expecting '}'");
            return false;
        }
    }
    if (*s == '!') {
        s++;
        if (s >= end) {
            FSTRING_ERROR(p, "f-string: expecting '}'");
            return false;
        }
        char conv = *s++;
        if (conv != 's' && conv != 'r' && conv != 'a') {
            FSTRING_ERROR(p, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return false;
        }
        conversion = conv;
        explicit_conv = true;
    }
    Expr *spec = NULL;
    if (s < end && *s == ':') {
        s++;
        if (self_doc && !explicit_conv) conversion = -1;
        StrParts inner = { { NULL, 0, 0 }, p->stack->n, tok_pos(tok) };
        bool ok = parse_fstring_body(p, &inner, tok, &s, end, raw, recurse_lvl + 1);
        if (ok) ok = flush_literal(p, &inner, inner.whole);
        free(inner.lit.s);
        if (!ok) return false;
        spec = new_expr(p, EXPR_JOINEDSTR, inner.whole);
        if (!spec) return false;
        TAKE_LIST(p, inner.stack_mark, spec->v.joinedstr.values);
    }
    if (s >= end || *s != '}') {
        FSTRING_ERROR(p, "f-string: expecting '}'");
        return false;
    }
    s++;
    /* the literal text before this field comes first */
    if (!flush_literal(p, sp, sp->whole)) return false;
    Expr *fv = new_expr(p, EXPR_FORMATTEDVALUE, sp->whole);
    if (!fv) return false;
    fv->v.formattedvalue.value = value;
    fv->v.formattedvalue.conversion = conversion;
    fv->v.formattedvalue.format_spec = spec;
    if (!push(p, fv)) return false;
    *ps = s;
    return true;
}

/* Literal text and fields of an f-string body from *ps; in a format spec
 * (recurse_lvl > 0) stops at the '}' closing the field. */
static bool parse_fstring_body(Parser *p, StrParts *sp, const Token *tok, const char **ps,
                               const char *end, bool raw, int recurse_lvl)
{
    const char *s = *ps;
    while (s < end) {
        const char *lit = s;
        while (s < end && *s != '{' && *s != '}') {
            if (!raw && *s == '\\' && s + 1 < end) {
                if (s[1] == 'N' && s + 2 < end && s[2] == '{') {
                    /* \N{name}: its braces are no field; decode_escapes
                     * reads the name (or reports it malformed) */
                    const char *close = memchr(s + 3, '}', (size_t)(end - s - 3));
                    s = close ? close + 1 : end;
                    continue;
                }
                s += 2;
                continue;
            }
            s++;
        }
        if (s > lit) {
            if (raw) {
                if (!sb_put(p, &sp->lit, lit, (size_t)(s - lit))) return false;
            } else if (!decode_escapes(p, &sp->lit, lit, (size_t)(s - lit), false, tok)) {
                return false;
            }
        }
        if (s >= end) break;
        if (*s == '{') {
            if (recurse_lvl == 0 && s + 1 < end && s[1] == '{') {
                if (!sb_put(p, &sp->lit, "{", 1)) return false;
                s += 2;
                continue;
            }
            s++;
            if (!parse_fstring_field(p, sp, tok, &s, end, raw, recurse_lvl)) return false;
            continue;
        }
        /* '}' */
        if (recurse_lvl > 0) break;
        if (s + 1 < end && s[1] == '}') {
            if (!sb_put(p, &sp->lit, "}", 1)) return false;
            s += 2;
            continue;
        }
        FSTRING_ERROR(p, "f-string: single '}' is not allowed");
        return false;
    }
    *ps = s;
    return true;
}

/* strings: STRING+, concatenated; an f-string anywhere makes a JoinedStr. */
static Expr *parse_strings(Parser *p)
{
    Token *first = cur(p);
    int i0 = p->pos;
    int n = 0;
    bool any_f = false, any_bytes = false, any_str = false;
    while (p->toks[i0 + n].type == TOK_STRING) {
        const Token *t = &p->toks[i0 + n];
        for (int k = 0; k < t->len && t->start[k] != '\'' && t->start[k] != '"'; k++) {
            char c = (char)(t->start[k] | 0x20);
            if (c == 'f') any_f = true;
            if (c == 'b') any_bytes = true;
        }
        bool this_bytes = false;
        for (int k = 0; k < t->len && t->start[k] != '\'' && t->start[k] != '"'; k++)
            if ((t->start[k] | 0x20) == 'b') this_bytes = true;
        if (!this_bytes) any_str = true;
        n++;
    }
    for (int k = 0; k < n; k++) advance(p);
    p->str_next = cur(p);
    Token *last = &p->toks[i0 + n - 1];
    Pos whole = { first->lineno, first->col_offset, last->end_lineno, last->end_col_offset };
    /* As CPython, each literal is checked (and an f-string parsed) in turn,
     * and mixing bytes with str is only found on reaching the first literal
     * of the other kind: f'{a['b']}' reports the f-string's error. */
    bool mixed = any_bytes && any_str, first_bytes = false;
    StrParts sp = { { NULL, 0, 0 }, p->stack->n, whole };
    bool ok = true;
    for (int k = 0; k < n && ok; k++) {
        const Token *t = &p->toks[i0 + k];
        bool raw = false, is_f = false, is_bytes = false;
        const char *s = t->start, *end = t->start + t->len;
        while (*s != '\'' && *s != '"') {
            char c = (char)(*s | 0x20);
            if (c == 'r') raw = true;
            if (c == 'f') is_f = true;
            if (c == 'b') is_bytes = true;
            s++;
        }
        char q = *s;
        int qs = (end - s >= 6 && s[1] == q && s[2] == q) ? 3 : 1;
        s += qs;
        end -= qs;
        if (is_bytes) {
            for (const char *c = s; c < end; c++) {
                if ((unsigned char)*c >= 0x80) {
                    RAISE_TOK(p, t, "bytes can only contain ASCII literal characters");
                    ok = false;
                    break;
                }
            }
            if (!ok) break;
        }
        if (!is_f) {
            if (raw) ok = sb_put(p, &sp.lit, s, (size_t)(end - s));
            else ok = decode_escapes(p, &sp.lit, s, (size_t)(end - s), is_bytes, t);
            if (!ok) break;
        }
        if (k == 0) first_bytes = is_bytes;
        if (mixed && is_bytes != first_bytes) {
            Token *after = cur(p);
            raise_at(p, SYNERR_SYNTAX, after->lineno, after->col_offset, after->lineno, after->col_offset,
                     "cannot mix bytes and nonbytes literals");
            ok = false;
            break;
        }
        if (is_f) ok = parse_fstring_body(p, &sp, t, &s, end, raw, 0);
    }
    Expr *e = NULL;
    if (ok) {
        if (any_f) {
            ok = flush_literal(p, &sp, whole);
            if (ok) {
                e = new_expr(p, EXPR_JOINEDSTR, whole);
                if (e) TAKE_LIST(p, sp.stack_mark, e->v.joinedstr.values);
            }
        } else {
            e = new_expr(p, EXPR_CONSTANT, whole);
            if (e) {
                e->v.constant.kind = any_bytes ? CONST_BYTES : CONST_STR;
                e->v.constant.s = arena_strndup(p->arena, sp.lit.s ? sp.lit.s : "", sp.lit.n);
                e->v.constant.len = sp.lit.n;
                e->v.constant.u_prefix = first->start[0] == 'u';   /* CPython: lowercase only */
            }
        }
    }
    free(sp.lit.s);
    if (!ok) {
        p->stack->n = sp.stack_mark;
        return NULL;
    }
    return e;
}

/* ---- targets ------------------------------------------------------------------- */

/* star_targets for `for` and comprehensions: comma-separated star_target
 * (bitwise_or-level, so the `in` that follows is not swallowed). */
static Expr *parse_star_targets(Parser *p, bool for_target)
{
    (void)for_target;
    Token *start = cur(p);
    Expr *first;
    if (check(p, TOK_STAR)) {
        Token *st = advance(p);
        Expr *v = parse_bitwise_or(p);
        if (!v) return NULL;
        first = new_expr(p, EXPR_STARRED, span_from(p, st));
        if (!first) return NULL;
        first->v.starred.value = v;
    } else {
        first = parse_bitwise_or(p);
        if (!first) return NULL;
    }
    if (!check(p, TOK_COMMA)) return first;
    int m = p->stack->n;
    if (!push(p, first)) return NULL;
    while (accept(p, TOK_COMMA)) {
        if (!starts_expression(cur(p)) && !check(p, TOK_STAR)) break;
        Expr *e;
        if (check(p, TOK_STAR)) {
            Token *st = advance(p);
            Expr *v = parse_bitwise_or(p);
            if (!v) return NULL;
            e = new_expr(p, EXPR_STARRED, span_from(p, st));
            if (!e) return NULL;
            e->v.starred.value = v;
        } else {
            e = parse_bitwise_or(p);
            if (!e) return NULL;
        }
        if (!push(p, e)) return NULL;
    }
    Expr *t = new_expr(p, EXPR_TUPLE, span_from(p, start));
    if (!t) return NULL;
    TAKE_LIST(p, m, t->v.list.elts);
    return t;
}

/* Do tokens [i, j) form one bracketed group, '(' ... ')'? */
static bool tokens_parenthesized(Parser *p, int i, int j)
{
    if (j - i < 2 || p->toks[i].type != TOK_LPAR || p->toks[j - 1].type != TOK_RPAR) return false;
    int depth = 0;
    for (int k = i; k < j; k++) {
        TokenType t = p->toks[k].type;
        if (t == TOK_LPAR || t == TOK_LSQB || t == TOK_LBRACE) depth++;
        else if (t == TOK_RPAR || t == TOK_RSQB || t == TOK_RBRACE) {
            depth--;
            if (depth == 0 && k != j - 1) return false;
        }
    }
    return depth == 0;
}

/* ---- parameters ------------------------------------------------------------------ */

typedef enum { PK_POS, PK_VARARG, PK_KWONLY, PK_KWARG } ParamKind;

static Arg *parse_param(Parser *p, bool lambda, bool star_annotation)
{
    Token *name = accept(p, TOK_NAME);
    if (!name) return fail(p);
    Arg *a = alloc(p, sizeof *a);
    if (!a) return NULL;
    a->arg = name->str;
    if (!lambda && accept(p, TOK_COLON)) {
        if (star_annotation && check(p, TOK_STAR)) {
            a->annotation = parse_star_expr(p, false);
        } else {
            a->annotation = parse_expression(p);
        }
        if (!a->annotation) return NULL;
    }
    a->pos = span_from(p, name);
    return a;
}

/* parameters / lambda_parameters, up to (not including) closer */
static Arguments *parse_params(Parser *p, bool lambda, TokenType closer)
{
    Arguments *args = alloc(p, sizeof *args);
    if (!args) return NULL;
    int m = p->stack->n;   /* triples: kind, Arg*, default */
    int npos = 0, slash_at = -1;
    bool seen_star = false, seen_default = false, seen_kwarg = false;
    while (!check(p, closer)) {
        Token *t = cur(p);
        if (seen_kwarg) {
            return RAISE_TOK(p, t, "arguments cannot follow var-keyword argument");
        }
        if (t->type == TOK_SLASH) {
            if (slash_at >= 0) return RAISE_TOK(p, t, "/ may appear only once");
            if (seen_star) return RAISE_TOK(p, t, "/ must be ahead of *");
            if (npos == 0) return RAISE_TOK(p, t, "at least one argument must precede /");
            advance(p);
            slash_at = npos;
        } else if (t->type == TOK_STAR) {
            if (seen_star) return RAISE_TOK(p, t, "* argument may appear only once");
            advance(p);
            seen_star = true;
            if (check(p, TOK_NAME)) {
                Arg *a = parse_param(p, lambda, true);
                if (!a) return NULL;
                if (check(p, TOK_EQUAL))
                    return RAISE_TOK(p, cur(p), "var-positional argument cannot have default value");
                if (!push(p, (void *)PK_VARARG) || !push(p, a) || !push(p, NULL)) return NULL;
            } else {
                /* a bare '*' needs keyword-only parameters after it */
                if (check(p, closer) || (check(p, TOK_COMMA) && (peek_at(p, 1)->type == closer ||
                                                                  peek_at(p, 1)->type == TOK_DOUBLESTAR)))
                    return RAISE_TOK(p, t, "named arguments must follow bare *");
                if (!check(p, TOK_COMMA)) return fail(p);
            }
        } else if (t->type == TOK_DOUBLESTAR) {
            advance(p);
            Arg *a = parse_param(p, lambda, false);
            if (!a) return NULL;
            if (check(p, TOK_EQUAL))
                return RAISE_TOK(p, cur(p), "var-keyword argument cannot have default value");
            if (!push(p, (void *)PK_KWARG) || !push(p, a) || !push(p, NULL)) return NULL;
            seen_kwarg = true;
        } else if (t->type == TOK_NAME) {
            Arg *a = parse_param(p, lambda, false);
            if (!a) return NULL;
            Expr *def = NULL;
            if (accept(p, TOK_EQUAL)) {
                def = parse_expression(p);
                if (!def) return NULL;
            }
            if (seen_star) {
                if (!push(p, (void *)PK_KWONLY) || !push(p, a) || !push(p, def)) return NULL;
            } else {
                if (def) seen_default = true;
                else if (seen_default)
                    return RAISE_POS(p, a->pos, "non-default argument follows default argument");
                if (!push(p, (void *)PK_POS) || !push(p, a) || !push(p, def)) return NULL;
                npos++;
            }
        } else {
            return fail(p);
        }
        if (!accept(p, TOK_COMMA)) break;
    }
    /* distribute */
    int total = (p->stack->n - m) / 3;
    int nposonly = slash_at >= 0 ? slash_at : 0;
    int nargs = npos - nposonly, nkw = 0, ndef = 0;
    for (int i = 0; i < total; i++) {
        ParamKind k = (ParamKind)(intptr_t)p->stack->items[m + 3 * i];
        if (k == PK_KWONLY) nkw++;
        if (k == PK_POS && p->stack->items[m + 3 * i + 2]) ndef++;
    }
    args->posonlyargs.n = nposonly;
    args->args.n = nargs;
    args->kwonlyargs.n = nkw;
    args->kw_defaults.n = nkw;
    args->defaults.n = ndef;
    if (nposonly) args->posonlyargs.items = alloc(p, sizeof(Arg *) * (size_t)nposonly);
    if (nargs) args->args.items = alloc(p, sizeof(Arg *) * (size_t)nargs);
    if (nkw) {
        args->kwonlyargs.items = alloc(p, sizeof(Arg *) * (size_t)nkw);
        args->kw_defaults.items = alloc(p, sizeof(Expr *) * (size_t)nkw);
    }
    if (ndef) args->defaults.items = alloc(p, sizeof(Expr *) * (size_t)ndef);
    if (p->error == PERR_SPECIFIC) return NULL;
    int ipos = 0, ikw = 0, idef = 0;
    for (int i = 0; i < total; i++) {
        ParamKind k = (ParamKind)(intptr_t)p->stack->items[m + 3 * i];
        Arg *a = p->stack->items[m + 3 * i + 1];
        Expr *d = p->stack->items[m + 3 * i + 2];
        switch (k) {
        case PK_POS:
            if (ipos < nposonly) args->posonlyargs.items[ipos] = a;
            else args->args.items[ipos - nposonly] = a;
            ipos++;
            if (d) args->defaults.items[idef++] = d;
            break;
        case PK_VARARG: args->vararg = a; break;
        case PK_KWONLY:
            args->kwonlyargs.items[ikw] = a;
            args->kw_defaults.items[ikw++] = d;
            break;
        case PK_KWARG: args->kwarg = a; break;
        }
    }
    p->stack->n = m;
    return args;
}

/* ---- statements ------------------------------------------------------------------ */

static bool parse_statement(Parser *p);

/* forced: the grammar's &&':' (def, try, finally, else), which reports any
 * other token; elsewhere only a header ending the line gets "expected ':'". */
static bool expect_colon_ex(Parser *p, bool forced)
{
    if (accept(p, TOK_COLON)) return true;
    Token *t = cur(p);
    if (!forced && t->type != TOK_NEWLINE) {
        fail(p);
        return false;
    }
    raise_at(p, SYNERR_SYNTAX, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset, "expected ':'");
    return false;
}

#define expect_colon(p) expect_colon_ex((p), false)
#define expect_colon_forced(p) expect_colon_ex((p), true)

static bool parse_simple_stmts(Parser *p);

/* block: NEWLINE INDENT statements DEDENT | simple_stmts */
static bool parse_block(Parser *p, StmtList *out, const char *what, int lineno)
{
    int m = p->stack->n;
    if (accept(p, TOK_NEWLINE)) {
        if (!check(p, TOK_INDENT)) {
            Token *t = cur(p);
            if ((t->type == TOK_ENDMARKER || t->type == TOK_DEDENT) && t->lineno > p->tz->nlines) {
                /* at EOF CPython points just past the end of the last line */
                int ln = p->tz->nlines, len = 0;
                tokenizer_line(p->tz, ln, &len);
                if (p->error != PERR_SPECIFIC) {
                    raise_at(p, SYNERR_INDENTATION, ln, len, ln, -1,
                             "expected an indented block after %s on line %d", what, lineno);
                    p->err->at_eof = true;
                }
                return false;
            }
            raise_at(p, SYNERR_INDENTATION, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset,
                     "expected an indented block after %s on line %d", what, lineno);
            return false;
        }
        advance(p);
        while (!check(p, TOK_DEDENT) && !check(p, TOK_ENDMARKER)) {
            if (!parse_statement(p)) return false;
        }
        if (!accept(p, TOK_DEDENT)) {
            fail(p);
            return false;
        }
    } else {
        if (!parse_simple_stmts(p)) return false;
    }
    TAKE_LIST(p, m, *out);
    return out->n > 0 || p->error == PERR_NONE;
}

static Pos stmt_end_span(Parser *p, const Token *start)
{
    /* a compound statement ends where the last statement of its last block
     * ends, not at the DEDENT or NEWLINE that closed it */
    int i = p->pos - 1;
    while (i > 0 && (p->toks[i].type == TOK_DEDENT || p->toks[i].type == TOK_NEWLINE ||
                     p->toks[i].type == TOK_INDENT))
        i--;
    const Token *e = &p->toks[i];
    return (Pos){ start->lineno, start->col_offset, e->end_lineno, e->end_col_offset };
}

static const char *dotted_name(Parser *p, Token **end)
{
    Token *first = accept(p, TOK_NAME);
    if (!first) return fail(p);
    *end = first;
    if (!check(p, TOK_DOT)) return first->str;
    size_t len = strlen(first->str);
    int m = p->stack->n;
    if (!push(p, (void *)first->str)) return NULL;
    while (check(p, TOK_DOT) && peek_at(p, 1)->type == TOK_NAME) {
        advance(p);
        Token *n = advance(p);
        len += 1 + strlen(n->str);
        if (!push(p, (void *)n->str)) return NULL;
        *end = n;
    }
    char *s = alloc(p, len + 1);
    if (!s) return NULL;
    char *w = s;
    for (int i = m; i < p->stack->n; i++) {
        const char *part = p->stack->items[i];
        if (i > m) *w++ = '.';
        size_t l = strlen(part);
        memcpy(w, part, l);
        w += l;
    }
    *w = '\0';
    p->stack->n = m;
    return s;
}

static Alias *parse_alias(Parser *p, bool dotted)
{
    Token *start = cur(p);
    Token *end = start;
    const char *name;
    if (dotted) {
        name = dotted_name(p, &end);
        if (!name) return NULL;
    } else {
        Token *t = accept(p, TOK_NAME);
        if (!t) return fail(p);
        name = t->str;
    }
    Alias *a = alloc(p, sizeof *a);
    if (!a) return NULL;
    a->name = name;
    if (accept(p, TOK_KW_AS)) {
        Token *as = accept(p, TOK_NAME);
        if (!as) return fail(p);
        a->asname = as->str;
    }
    a->pos = span_from(p, start);
    return a;
}

static Stmt *parse_import(Parser *p)
{
    Token *start = advance(p);
    int m = p->stack->n;
    do {
        Alias *a = parse_alias(p, true);
        if (!a || !push(p, a)) return NULL;
    } while (accept(p, TOK_COMMA));
    Stmt *s = new_stmt(p, STMT_IMPORT, span_from(p, start));
    if (!s) return NULL;
    TAKE_LIST(p, m, s->v.import.names);
    return s;
}

static Stmt *parse_from_import(Parser *p)
{
    Token *start = advance(p);
    int level = 0;
    for (;;) {
        if (accept(p, TOK_DOT)) level++;
        else if (accept(p, TOK_ELLIPSIS)) level += 3;
        else break;
    }
    const char *module = NULL;
    if (check(p, TOK_NAME)) {
        Token *end;
        module = dotted_name(p, &end);
        if (!module) return NULL;
    } else if (level == 0) {
        return fail(p);
    }
    if (!accept(p, TOK_KW_IMPORT)) return fail(p);
    int m = p->stack->n;
    if (check(p, TOK_STAR)) {
        Token *st = advance(p);
        Alias *a = alloc(p, sizeof *a);
        if (!a) return NULL;
        a->name = "*";
        a->pos = tok_pos(st);
        if (!push(p, a)) return NULL;
    } else if (accept(p, TOK_LPAR)) {
        do {
            if (check(p, TOK_RPAR) && p->stack->n > m) break;
            Alias *a = parse_alias(p, false);
            if (!a || !push(p, a)) return NULL;
        } while (accept(p, TOK_COMMA));
        if (!accept(p, TOK_RPAR)) return fail(p);
    } else {
        do {
            if (p->stack->n > m && (check(p, TOK_NEWLINE) || check(p, TOK_SEMI))) {
                Token *t = cur(p);
                return raise_at(p, SYNERR_SYNTAX, t->lineno, t->col_offset, t->lineno, t->col_offset,
                                "trailing comma not allowed without surrounding parentheses");
            }
            Alias *a = parse_alias(p, false);
            if (!a || !push(p, a)) return NULL;
        } while (accept(p, TOK_COMMA));
    }
    Stmt *s = new_stmt(p, STMT_IMPORTFROM, span_from(p, start));
    if (!s) return NULL;
    s->v.importfrom.module = module;
    s->v.importfrom.level = level;
    TAKE_LIST(p, m, s->v.importfrom.names);
    return s;
}

static bool is_single_target(const Expr *e)
{
    return e->kind == EXPR_NAME || e->kind == EXPR_ATTRIBUTE || e->kind == EXPR_SUBSCRIPT;
}

static BinOpKind augassign_op(TokenType t, bool *ok)
{
    *ok = true;
    switch (t) {
    case TOK_PLUSEQUAL: return OP_ADD;
    case TOK_MINEQUAL: return OP_SUB;
    case TOK_STAREQUAL: return OP_MUL;
    case TOK_ATEQUAL: return OP_MATMUL;
    case TOK_SLASHEQUAL: return OP_DIV;
    case TOK_PERCENTEQUAL: return OP_MOD;
    case TOK_AMPEREQUAL: return OP_BITAND;
    case TOK_VBAREQUAL: return OP_BITOR;
    case TOK_CIRCUMFLEXEQUAL: return OP_BITXOR;
    case TOK_LEFTSHIFTEQUAL: return OP_LSHIFT;
    case TOK_RIGHTSHIFTEQUAL: return OP_RSHIFT;
    case TOK_DOUBLESTAREQUAL: return OP_POW;
    case TOK_DOUBLESLASHEQUAL: return OP_FLOORDIV;
    default: *ok = false; return OP_ADD;
    }
}

static Expr *parse_rhs(Parser *p)
{
    if (check(p, TOK_KW_YIELD)) return parse_yield_expr(p);
    return parse_star_expressions(p);
}

/* assignment, annotated assignment, augmented assignment or expression statement */
static Stmt *parse_expr_stmt(Parser *p)
{
    Token *start = cur(p);
    int start_idx = p->pos;
    Expr *e = parse_rhs(p);
    if (!e) return NULL;
    int end_idx = p->pos;
    bool ok;
    if (check(p, TOK_COLON)) {
        if (e->kind == EXPR_LIST || e->kind == EXPR_TUPLE) {
            if (e->kind == EXPR_TUPLE && !tokens_parenthesized(p, start_idx, end_idx) && e->v.list.elts.n > 0)
                return RAISE_POS(p, e->v.list.elts.items[0]->pos, "only single target (not tuple) can be annotated");
            return RAISE_POS(p, e->pos, "only single target (not %s) can be annotated", expr_name(e));
        }
        if (!is_single_target(e)) return RAISE_POS(p, e->pos, "illegal target for annotation");
        advance(p);
        Expr *ann = parse_expression(p);
        if (!ann) return NULL;
        Expr *value = NULL;
        if (accept(p, TOK_EQUAL)) {
            value = parse_rhs(p);
            if (!value) return NULL;
        }
        set_ctx(e, CTX_STORE);
        Stmt *s = new_stmt(p, STMT_ANNASSIGN, span_from(p, start));
        if (!s) return NULL;
        s->v.annassign.target = e;
        s->v.annassign.annotation = ann;
        s->v.annassign.value = value;
        s->v.annassign.simple = e->kind == EXPR_NAME && start->type == TOK_NAME;
        return s;
    }
    BinOpKind op = augassign_op(cur_type(p), &ok);
    if (ok) {
        if (!is_single_target(e))
            return RAISE_POS(p, e->pos, "'%s' is an illegal expression for augmented assignment", expr_name(e));
        advance(p);
        Expr *value = parse_rhs(p);
        if (!value) return NULL;
        set_ctx(e, CTX_STORE);
        Stmt *s = new_stmt(p, STMT_AUGASSIGN, span_from(p, start));
        if (!s) return NULL;
        s->v.augassign.target = e;
        s->v.augassign.op = op;
        s->v.augassign.value = value;
        return s;
    }
    if (check(p, TOK_EQUAL)) {
        int m = p->stack->n;
        if (!push(p, e)) return NULL;
        Expr *value = e;
        while (accept(p, TOK_EQUAL)) {
            value = parse_rhs(p);
            if (!value) return NULL;
            if (!push(p, value)) return NULL;
        }
        int ntargets = p->stack->n - m - 1;
        p->stack->n--;   /* the value */
        for (int i = 0; i < ntargets; i++) {
            Expr *t = p->stack->items[m + i];
            const Expr *bad = invalid_target(t, TARGETS_STAR);
            if (!bad) continue;
            if ((t->kind == EXPR_YIELD || t->kind == EXPR_YIELDFROM) && !(ntargets == 1 && start->type == TOK_LPAR))
                return RAISE_POS(p, t->pos, "assignment to yield expression not possible");
            if (ntargets == 1 && i == 0) {
                /* invalid_named_expression: `f() = 1` reads as a mistyped comparison */
                const Expr *cand = t;
                const Token *cstart = start;
                if (t->kind == EXPR_TUPLE && !tokens_parenthesized(p, start_idx, end_idx) && t->v.list.elts.n) {
                    cand = t->v.list.elts.items[t->v.list.elts.n - 1];
                    cstart = NULL;
                    for (int k = start_idx; k < end_idx; k++) {
                        if (p->toks[k].lineno == cand->pos.lineno && p->toks[k].col_offset == cand->pos.col_offset) {
                            cstart = &p->toks[k];
                            break;
                        }
                    }
                }
                if (cand == bad && cstart && is_plain_bitwise_or(cand, cstart) &&
                    value->kind != EXPR_TUPLE && value->kind != EXPR_YIELD && value->kind != EXPR_YIELDFROM)
                    return RAISE_POS(p, bad->pos, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                     expr_name(bad));
            }
            return RAISE_POS(p, bad->pos, "cannot assign to %s", expr_name(bad));
        }
        for (int i = 0; i < ntargets; i++) set_ctx(p->stack->items[m + i], CTX_STORE);
        Stmt *s = new_stmt(p, STMT_ASSIGN, span_from(p, start));
        if (!s) return NULL;
        TAKE_LIST(p, m, s->v.assign.targets);
        s->v.assign.value = value;
        return s;
    }
    Stmt *s = new_stmt(p, STMT_EXPR, span_from(p, start));
    if (!s) return NULL;
    s->v.expr.value = e;
    return s;
}

static Stmt *parse_simple_stmt(Parser *p)
{
    Token *t = cur(p);
    Stmt *s;
    switch (t->type) {
    case TOK_KW_PASS: case TOK_KW_BREAK: case TOK_KW_CONTINUE:
        advance(p);
        return new_stmt(p, t->type == TOK_KW_PASS ? STMT_PASS : t->type == TOK_KW_BREAK ? STMT_BREAK : STMT_CONTINUE,
                        tok_pos(t));
    case TOK_KW_RETURN: {
        advance(p);
        Expr *v = NULL;
        if (starts_expression(cur(p)) || check(p, TOK_STAR)) {
            v = parse_star_expressions(p);
            if (!v) return NULL;
        }
        s = new_stmt(p, STMT_RETURN, span_from(p, t));
        if (s) s->v.return_.value = v;
        return s;
    }
    case TOK_KW_IMPORT: return parse_import(p);
    case TOK_KW_FROM: return parse_from_import(p);
    case TOK_KW_RAISE: {
        advance(p);
        Expr *exc = NULL, *cause = NULL;
        if (starts_expression(cur(p))) {
            exc = parse_expression(p);
            if (!exc) return NULL;
            if (accept(p, TOK_KW_FROM)) {
                cause = parse_expression(p);
                if (!cause) return NULL;
            }
        }
        s = new_stmt(p, STMT_RAISE, span_from(p, t));
        if (s) {
            s->v.raise.exc = exc;
            s->v.raise.cause = cause;
        }
        return s;
    }
    case TOK_KW_DEL: {
        advance(p);
        int start_idx = p->pos;
        Expr *e = parse_star_sequence(p, false);
        if (!e) return NULL;
        if (!check(p, TOK_SEMI) && !check(p, TOK_NEWLINE)) return fail(p);
        int m = p->stack->n;
        if (e->kind == EXPR_TUPLE && !tokens_parenthesized(p, start_idx, p->pos)) {
            for (int i = 0; i < e->v.list.elts.n; i++)
                if (!push(p, e->v.list.elts.items[i])) return NULL;
        } else if (!push(p, e)) {
            return NULL;
        }
        for (int i = m; i < p->stack->n; i++)
            if (!make_target(p, p->stack->items[i], TARGETS_DEL, CTX_DEL)) return NULL;
        s = new_stmt(p, STMT_DELETE, span_from(p, t));
        if (!s) return NULL;
        TAKE_LIST(p, m, s->v.delete_.targets);
        return s;
    }
    case TOK_KW_ASSERT: {
        advance(p);
        Expr *test = parse_expression(p);
        if (!test) return NULL;
        Expr *msg = NULL;
        if (accept(p, TOK_COMMA)) {
            msg = parse_expression(p);
            if (!msg) return NULL;
        }
        s = new_stmt(p, STMT_ASSERT, span_from(p, t));
        if (s) {
            s->v.assert_.test = test;
            s->v.assert_.msg = msg;
        }
        return s;
    }
    case TOK_KW_GLOBAL: case TOK_KW_NONLOCAL: {
        advance(p);
        int m = p->stack->n;
        do {
            Token *n = accept(p, TOK_NAME);
            if (!n) return fail(p);
            if (!push(p, (void *)n->str)) return NULL;
        } while (accept(p, TOK_COMMA));
        s = new_stmt(p, t->type == TOK_KW_GLOBAL ? STMT_GLOBAL : STMT_NONLOCAL, span_from(p, t));
        if (!s) return NULL;
        TAKE_LIST(p, m, s->v.global.names);
        return s;
    }
    default:
        return parse_expr_stmt(p);
    }
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE; pushes the statements */
static bool parse_simple_stmts(Parser *p)
{
    for (;;) {
        Stmt *s = parse_simple_stmt(p);
        if (!s || !push(p, s)) return false;
        if (accept(p, TOK_SEMI)) {
            if (check(p, TOK_NEWLINE)) break;
            continue;
        }
        break;
    }
    if (!accept(p, TOK_NEWLINE)) {
        fail(p);
        return false;
    }
    return true;
}

static Stmt *parse_if(Parser *p, Token *kw)
{
    /* kw is 'if' or 'elif' (already current) */
    advance(p);
    Expr *test = parse_named_expression(p);
    if (!test) return NULL;
    if (!expect_colon(p)) return NULL;
    Stmt *s = new_stmt(p, STMT_IF, tok_pos(kw));
    if (!s) return NULL;
    s->v.if_.test = test;
    if (!parse_block(p, &s->v.if_.body, kw->type == TOK_KW_IF ? "'if' statement" : "'elif' statement", kw->lineno))
        return NULL;
    if (check(p, TOK_KW_ELIF)) {
        Token *el = cur(p);
        Stmt *e = parse_if(p, el);
        if (!e) return NULL;
        s->v.if_.orelse.n = 1;
        s->v.if_.orelse.items = alloc(p, sizeof(Stmt *));
        if (!s->v.if_.orelse.items) return NULL;
        s->v.if_.orelse.items[0] = e;
    } else if (check(p, TOK_KW_ELSE)) {
        Token *el = advance(p);
        if (!expect_colon_forced(p)) return NULL;
        if (!parse_block(p, &s->v.if_.orelse, "'else' statement", el->lineno)) return NULL;
    }
    s->pos = stmt_end_span(p, kw);
    return s;
}

static bool parse_else_block(Parser *p, StmtList *out)
{
    if (!check(p, TOK_KW_ELSE)) return true;
    Token *el = advance(p);
    if (!expect_colon_forced(p)) return false;
    return parse_block(p, out, "'else' statement", el->lineno);
}

static Stmt *parse_while(Parser *p)
{
    Token *kw = advance(p);
    Expr *test = parse_named_expression(p);
    if (!test) return NULL;
    if (!expect_colon(p)) return NULL;
    Stmt *s = new_stmt(p, STMT_WHILE, tok_pos(kw));
    if (!s) return NULL;
    s->v.while_.test = test;
    if (!parse_block(p, &s->v.while_.body, "'while' statement", kw->lineno)) return NULL;
    if (!parse_else_block(p, &s->v.while_.orelse)) return NULL;
    s->pos = stmt_end_span(p, kw);
    return s;
}

static Stmt *parse_for(Parser *p, Token *start, bool is_async)
{
    Token *kw = advance(p);   /* 'for' */
    Expr *target = parse_star_targets(p, true);
    if (!target) return NULL;
    if (!check(p, TOK_KW_IN)) return fail(p);
    if (!make_target(p, target, TARGETS_FOR, CTX_STORE)) return NULL;
    advance(p);
    Expr *iter = parse_star_expressions(p);
    if (!iter) return NULL;
    if (!expect_colon(p)) return NULL;
    Stmt *s = new_stmt(p, is_async ? STMT_ASYNCFOR : STMT_FOR, tok_pos(start));
    if (!s) return NULL;
    s->v.for_.target = target;
    s->v.for_.iter = iter;
    if (!parse_block(p, &s->v.for_.body, "'for' statement", kw->lineno)) return NULL;
    if (!parse_else_block(p, &s->v.for_.orelse)) return NULL;
    s->pos = stmt_end_span(p, start);
    return s;
}

static WithItem *parse_with_item(Parser *p)
{
    Expr *ctx = parse_expression(p);
    if (!ctx) return NULL;
    WithItem *w = alloc(p, sizeof *w);
    if (!w) return NULL;
    w->context_expr = ctx;
    if (accept(p, TOK_KW_AS)) {
        Expr *t = parse_star_expr(p, false);
        if (!t) return NULL;
        if (t->kind == EXPR_STARRED) {
            /* star_target: a starred target alone is a compiler error, keep it */
        }
        if (!check(p, TOK_COMMA) && !check(p, TOK_RPAR) && !check(p, TOK_COLON)) return fail(p);
        if (!make_target(p, t, TARGETS_STAR, CTX_STORE)) return NULL;
        w->optional_vars = t;
    }
    return w;
}

static Stmt *parse_with(Parser *p, Token *start, bool is_async)
{
    Token *kw = advance(p);   /* 'with' */
    int m = p->stack->n;
    bool done = false;
    if (check(p, TOK_LPAR)) {
        /* '(' with_item, ... ')' ':' -- else the '(' starts an expression */
        Mark mk = mark(p);
        advance(p);
        bool ok = true;
        do {
            if (check(p, TOK_RPAR) && p->stack->n > m) break;
            WithItem *w = parse_with_item(p);
            if (!w || !push(p, w)) { ok = false; break; }
        } while (accept(p, TOK_COMMA));
        if (ok && accept(p, TOK_RPAR) && check(p, TOK_COLON)) {
            done = true;
        } else {
            if (p->error == PERR_SPECIFIC) return NULL;
            reset_to(p, mk, true);
        }
    }
    if (!done) {
        do {
            WithItem *w = parse_with_item(p);
            if (!w || !push(p, w)) return NULL;
        } while (accept(p, TOK_COMMA));
    }
    if (!expect_colon(p)) return NULL;
    Stmt *s = new_stmt(p, is_async ? STMT_ASYNCWITH : STMT_WITH, tok_pos(start));
    if (!s) return NULL;
    TAKE_LIST(p, m, s->v.with.items);
    if (!parse_block(p, &s->v.with.body, "'with' statement", kw->lineno)) return NULL;
    s->pos = stmt_end_span(p, start);
    return s;
}

static Stmt *parse_try(Parser *p)
{
    Token *kw = advance(p);
    if (!expect_colon_forced(p)) return NULL;
    Stmt *s = new_stmt(p, STMT_TRY, tok_pos(kw));
    if (!s) return NULL;
    if (!parse_block(p, &s->v.try_.body, "'try' statement", kw->lineno)) return NULL;
    int m = p->stack->n;
    bool seen_plain = false, seen_star = false;
    while (check(p, TOK_KW_EXCEPT)) {
        Token *ex = advance(p);
        bool star = false;
        if (check(p, TOK_STAR)) {
            advance(p);
            star = true;
        }
        if (star ? seen_plain : seen_star)
            return RAISE_RANGE(p, tok_pos(ex), tok_pos(last_tok(p)),
                               "cannot have both 'except' and 'except*' on the same 'try'");
        if (star) seen_star = true;
        else seen_plain = true;
        ExceptHandler *h = alloc(p, sizeof *h);
        if (!h) return NULL;
        if (!check(p, TOK_COLON)) {
            Token *tstart = cur(p);
            h->type = parse_expression(p);
            if (!h->type) return NULL;
            if (check(p, TOK_COMMA)) {
                /* invalid_except_stmt: except A, B: */
                Mark mk = mark(p);
                advance(p);
                Expr *more = parse_star_expressions(p);
                if (more && check(p, TOK_COLON))
                    return raise_at(p, SYNERR_SYNTAX, tstart->lineno, tstart->col_offset, more->pos.end_lineno,
                                    more->pos.end_col_offset, "multiple exception types must be parenthesized");
                reset_to(p, mk, true);
                return fail(p);
            }
            if (accept(p, TOK_KW_AS)) {
                Token *n = accept(p, TOK_NAME);
                if (!n) return fail(p);
                h->name = n->str;
            }
        } else if (star) {
            return RAISE_TOK(p, cur(p), "expected one or more exception types");
        }
        if (!expect_colon(p)) return NULL;
        if (!parse_block(p, &h->body, star ? "'except*' statement" : "'except' statement", ex->lineno))
            return NULL;
        h->pos = stmt_end_span(p, ex);
        if (!push(p, h)) return NULL;
    }
    TAKE_LIST(p, m, s->v.try_.handlers);
    if (seen_star) s->kind = STMT_TRYSTAR;
    if (s->v.try_.handlers.n > 0 && !parse_else_block(p, &s->v.try_.orelse)) return NULL;
    if (check(p, TOK_KW_FINALLY)) {
        Token *f = advance(p);
        if (!expect_colon_forced(p)) return NULL;
        if (!parse_block(p, &s->v.try_.finalbody, "'finally' statement", f->lineno)) return NULL;
    }
    if (s->v.try_.handlers.n == 0 && s->v.try_.finalbody.n == 0) {
        /* CPython points at the next real token, or at the end of the
         * last line when the file ends here */
        int i = p->pos;
        while (p->toks[i].type == TOK_DEDENT) i++;
        Token *t = &p->toks[i];
        if (t->type == TOK_ENDMARKER) {
            /* the end of the last line, blank ones included (as parse_block) */
            if (p->error == PERR_SPECIFIC) return NULL;
            int ln = p->tz->nlines, len = 0;
            tokenizer_line(p->tz, ln, &len);
            raise_at(p, SYNERR_SYNTAX, ln, len, ln, -1, "expected 'except' or 'finally' block");
            p->err->at_eof = true;
            return NULL;
        }
        return RAISE_TOK(p, t, "expected 'except' or 'finally' block");
    }
    s->pos = stmt_end_span(p, kw);
    return s;
}

static Stmt *parse_funcdef(Parser *p, Token *start, bool is_async, ExprList decorators)
{
    Token *kw = advance(p);   /* 'def' */
    Token *name = accept(p, TOK_NAME);
    if (!name) return fail(p);
    if (!accept(p, TOK_LPAR)) {
        Token *t = cur(p);
        return raise_at(p, SYNERR_SYNTAX, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset,
                        "expected '('");
    }
    Arguments *args = parse_params(p, false, TOK_RPAR);
    if (!args) return NULL;
    if (!accept(p, TOK_RPAR)) return fail(p);
    Expr *returns = NULL;
    if (accept(p, TOK_RARROW)) {
        returns = parse_expression(p);
        if (!returns) return NULL;
    }
    if (!expect_colon_forced(p)) return NULL;
    Stmt *s = new_stmt(p, is_async ? STMT_ASYNCFUNCTIONDEF : STMT_FUNCTIONDEF, tok_pos(start));
    if (!s) return NULL;
    s->v.funcdef.name = name->str;
    s->v.funcdef.args = args;
    s->v.funcdef.returns = returns;
    s->v.funcdef.decorator_list = decorators;
    if (!parse_block(p, &s->v.funcdef.body, "function definition", kw->lineno)) return NULL;
    s->pos = stmt_end_span(p, start);
    return s;
}

static Stmt *parse_classdef(Parser *p, ExprList decorators)
{
    Token *kw = advance(p);
    Token *name = accept(p, TOK_NAME);
    if (!name) return fail(p);
    Stmt *s = new_stmt(p, STMT_CLASSDEF, tok_pos(kw));
    if (!s) return NULL;
    s->v.classdef.name = name->str;
    s->v.classdef.decorator_list = decorators;
    if (check(p, TOK_LPAR)) {
        Token *lpar = advance(p);
        if (!parse_call_args(p, &s->v.classdef.bases, &s->v.classdef.keywords, lpar, false)) return NULL;
    }
    if (!expect_colon(p)) return NULL;
    if (!parse_block(p, &s->v.classdef.body, "class definition", kw->lineno)) return NULL;
    s->pos = stmt_end_span(p, kw);
    return s;
}

/* ---- patterns ------------------------------------------------------------------ */

static Pattern *new_pattern(Parser *p, PatternKind kind, Pos pos)
{
    Pattern *pt = alloc(p, sizeof *pt);
    if (!pt) return NULL;
    pt->kind = kind;
    pt->pos = pos;
    return pt;
}

/* signed_number, complex_number, strings: the value of a literal pattern or mapping key */
static Expr *parse_literal_expr(Parser *p)
{
    Token *start = cur(p);
    if (start->type == TOK_STRING) return parse_strings(p);
    bool neg = false;
    if (check(p, TOK_MINUS)) {
        advance(p);
        neg = true;
    }
    Token *num = accept(p, TOK_NUMBER);
    if (!num) return fail(p);
    Expr *e = parse_number(p, num);
    if (!e) return NULL;
    if (neg) {
        Expr *u = new_expr(p, EXPR_UNARYOP, span_from(p, start));
        if (!u) return NULL;
        u->v.unaryop.op = UOP_USUB;
        u->v.unaryop.operand = e;
        e = u;
    }
    if (check(p, TOK_PLUS) || check(p, TOK_MINUS)) {
        if (e->kind == EXPR_CONSTANT && e->v.constant.kind == CONST_IMAG)
            return RAISE_POS(p, e->pos, "real number required in complex literal");
        Token *op = advance(p);
        Token *im = accept(p, TOK_NUMBER);
        if (!im) return fail(p);
        Expr *r = parse_number(p, im);
        if (!r) return NULL;
        if (r->v.constant.kind != CONST_IMAG)
            return RAISE_POS(p, r->pos, "imaginary number required in complex literal");
        Expr *b = new_expr(p, EXPR_BINOP, span_from(p, start));
        if (!b) return NULL;
        b->v.binop.left = e;
        b->v.binop.op = op->type == TOK_PLUS ? OP_ADD : OP_SUB;
        b->v.binop.right = r;
        e = b;
    }
    return e;
}

/* NAME ('.' NAME)* as Name/Attribute */
static Expr *parse_name_or_attr(Parser *p)
{
    Token *n = advance(p);
    Expr *e = new_name(p, n, CTX_LOAD);
    if (!e) return NULL;
    while (check(p, TOK_DOT)) {
        advance(p);
        Token *a = accept(p, TOK_NAME);
        if (!a) return fail(p);
        Expr *at = new_expr(p, EXPR_ATTRIBUTE, span(e->pos, tok_pos(a)));
        if (!at) return NULL;
        at->v.attribute.value = e;
        at->v.attribute.attr = a->str;
        at->v.attribute.ctx = CTX_LOAD;
        e = at;
    }
    return e;
}

static Pattern *parse_maybe_star_pattern(Parser *p)
{
    if (check(p, TOK_STAR)) {
        Token *st = advance(p);
        Token *n = accept(p, TOK_NAME);
        if (!n) return fail(p);
        Pattern *pt = new_pattern(p, PAT_STAR, span_from(p, st));
        if (pt) pt->v.star.name = strcmp(n->str, "_") == 0 ? NULL : n->str;
        return pt;
    }
    return parse_pattern(p);
}

/* Sequence patterns up to closer (not consumed); pushes them. */
static bool parse_pattern_items(Parser *p, TokenType closer, bool *had_comma)
{
    *had_comma = false;
    while (!check(p, closer)) {
        Pattern *pt = parse_maybe_star_pattern(p);
        if (!pt || !push(p, pt)) return false;
        if (!accept(p, TOK_COMMA)) break;
        *had_comma = true;
    }
    return true;
}

static Pattern *parse_class_pattern(Parser *p, Expr *cls)
{
    advance(p);   /* '(' */
    Pattern *pt = new_pattern(p, PAT_CLASS, cls->pos);
    if (!pt) return NULL;
    pt->v.cls.cls = cls;
    int m = p->stack->n;
    /* positional patterns, then NAME '=' pattern pairs */
    while (!check(p, TOK_RPAR) && !(check(p, TOK_NAME) && peek_at(p, 1)->type == TOK_EQUAL)) {
        Pattern *a = parse_pattern(p);
        if (!a || !push(p, a)) return NULL;
        if (!accept(p, TOK_COMMA)) break;
    }
    TAKE_LIST(p, m, pt->v.cls.patterns);
    int mk = p->stack->n;
    while (check(p, TOK_NAME) && peek_at(p, 1)->type == TOK_EQUAL) {
        Token *n = advance(p);
        advance(p);
        Pattern *a = parse_pattern(p);
        if (!a || !push(p, (void *)n->str) || !push(p, a)) return NULL;
        if (!accept(p, TOK_COMMA)) break;
        if (!check(p, TOK_RPAR) && !(check(p, TOK_NAME) && peek_at(p, 1)->type == TOK_EQUAL)) {
            Token *t = cur(p);
            Pattern *bad = parse_pattern(p);
            if (!bad) return NULL;
            (void)t;
            return RAISE_POS(p, bad->pos, "positional patterns follow keyword patterns");
        }
    }
    int nk = (p->stack->n - mk) / 2;
    pt->v.cls.kwd_attrs.n = pt->v.cls.kwd_patterns.n = nk;
    if (nk) {
        pt->v.cls.kwd_attrs.items = alloc(p, sizeof(char *) * (size_t)nk);
        pt->v.cls.kwd_patterns.items = alloc(p, sizeof(Pattern *) * (size_t)nk);
        if (!pt->v.cls.kwd_attrs.items || !pt->v.cls.kwd_patterns.items) return NULL;
        for (int i = 0; i < nk; i++) {
            pt->v.cls.kwd_attrs.items[i] = p->stack->items[mk + 2 * i];
            pt->v.cls.kwd_patterns.items[i] = p->stack->items[mk + 2 * i + 1];
        }
    }
    p->stack->n = mk;
    if (!accept(p, TOK_RPAR)) return fail(p);
    pt->pos = span(cls->pos, tok_pos(last_tok(p)));
    return pt;
}

static Pattern *parse_mapping_pattern(Parser *p)
{
    Token *start = advance(p);   /* '{' */
    Pattern *pt = new_pattern(p, PAT_MAPPING, tok_pos(start));
    if (!pt) return NULL;
    int m = p->stack->n;
    while (!check(p, TOK_RBRACE)) {
        if (check(p, TOK_DOUBLESTAR)) {
            advance(p);
            Token *n = accept(p, TOK_NAME);
            if (!n) return fail(p);
            pt->v.mapping.rest = n->str;
            accept(p, TOK_COMMA);
            break;
        }
        Expr *key;
        Token *t = cur(p);
        if (t->type == TOK_NAME) {
            key = parse_name_or_attr(p);
            if (!key) return NULL;
            if (key->kind == EXPR_NAME) return fail(p);
        } else if (t->type == TOK_KW_NONE || t->type == TOK_KW_TRUE || t->type == TOK_KW_FALSE) {
            key = parse_atom(p);
            if (!key) return NULL;
        } else {
            key = parse_literal_expr(p);
            if (!key) return NULL;
        }
        if (!accept(p, TOK_COLON)) return fail(p);
        Pattern *v = parse_pattern(p);
        if (!v || !push(p, key) || !push(p, v)) return NULL;
        if (!accept(p, TOK_COMMA)) break;
    }
    if (!accept(p, TOK_RBRACE)) return fail(p);
    int n = (p->stack->n - m) / 2;
    pt->v.mapping.keys.n = pt->v.mapping.patterns.n = n;
    if (n) {
        pt->v.mapping.keys.items = alloc(p, sizeof(Expr *) * (size_t)n);
        pt->v.mapping.patterns.items = alloc(p, sizeof(Pattern *) * (size_t)n);
        if (!pt->v.mapping.keys.items || !pt->v.mapping.patterns.items) return NULL;
        for (int i = 0; i < n; i++) {
            pt->v.mapping.keys.items[i] = p->stack->items[m + 2 * i];
            pt->v.mapping.patterns.items[i] = p->stack->items[m + 2 * i + 1];
        }
    }
    p->stack->n = m;
    pt->pos = span_from(p, start);
    return pt;
}

static Pattern *parse_closed_pattern(Parser *p)
{
    Token *t = cur(p);
    switch (t->type) {
    case TOK_NUMBER: case TOK_MINUS: case TOK_STRING: {
        Expr *v = parse_literal_expr(p);
        if (!v) return NULL;
        Pattern *pt = new_pattern(p, PAT_VALUE, v->pos);
        if (pt) pt->v.value.value = v;
        return pt;
    }
    case TOK_KW_NONE: case TOK_KW_TRUE: case TOK_KW_FALSE: {
        advance(p);
        Pattern *pt = new_pattern(p, PAT_SINGLETON, tok_pos(t));
        if (pt) pt->v.singleton.value = t->type == TOK_KW_NONE ? CONST_NONE :
                                        t->type == TOK_KW_TRUE ? CONST_TRUE : CONST_FALSE;
        return pt;
    }
    case TOK_NAME: {
        TokenType next = peek_at(p, 1)->type;
        if (next != TOK_DOT && next != TOK_LPAR) {
            advance(p);
            Pattern *pt = new_pattern(p, PAT_AS, tok_pos(t));
            if (pt && strcmp(t->str, "_") != 0) pt->v.as.name = t->str;
            return pt;
        }
        Expr *e = parse_name_or_attr(p);
        if (!e) return NULL;
        if (check(p, TOK_LPAR)) return parse_class_pattern(p, e);
        Pattern *pt = new_pattern(p, PAT_VALUE, e->pos);
        if (pt) pt->v.value.value = e;
        return pt;
    }
    case TOK_LPAR: case TOK_LSQB: {
        advance(p);
        TokenType closer = t->type == TOK_LPAR ? TOK_RPAR : TOK_RSQB;
        int m = p->stack->n;
        bool had_comma;
        if (!parse_pattern_items(p, closer, &had_comma)) return NULL;
        if (!accept(p, closer)) return fail(p);
        int n = p->stack->n - m;
        if (closer == TOK_RPAR && n == 1 && !had_comma && ((Pattern *)p->stack->items[m])->kind != PAT_STAR) {
            Pattern *g = p->stack->items[m];
            p->stack->n = m;
            return g;   /* group pattern */
        }
        Pattern *pt = new_pattern(p, PAT_SEQUENCE, span_from(p, t));
        if (!pt) return NULL;
        TAKE_LIST(p, m, pt->v.sequence.patterns);
        return pt;
    }
    case TOK_LBRACE:
        return parse_mapping_pattern(p);
    default:
        return fail(p);
    }
}

static Pattern *parse_pattern(Parser *p)
{
    ENTER(p);
    Token *start = cur(p);
    Pattern *first = parse_closed_pattern(p);
    if (!first) LEAVE(p, NULL);
    Pattern *res = first;
    if (check(p, TOK_VBAR)) {
        int m = p->stack->n;
        if (!push(p, first)) LEAVE(p, NULL);
        Pattern *last = first;
        while (accept(p, TOK_VBAR)) {
            last = parse_closed_pattern(p);
            if (!last || !push(p, last)) LEAVE(p, NULL);
        }
        res = new_pattern(p, PAT_OR, span_from(p, start));
        if (!res) LEAVE(p, NULL);
        TAKE_LIST(p, m, res->v.or_.patterns);
    }
    if (check(p, TOK_KW_AS)) {
        advance(p);
        Token *n = cur(p);
        if (n->type != TOK_NAME) LEAVE(p, fail(p));
        if (strcmp(n->str, "_") == 0) LEAVE(p, RAISE_TOK(p, n, "cannot use '_' as a target"));
        advance(p);
        if (check(p, TOK_DOT) || check(p, TOK_LPAR) || check(p, TOK_EQUAL)) LEAVE(p, fail(p));
        Pattern *as = new_pattern(p, PAT_AS, span_from(p, start));
        if (!as) LEAVE(p, NULL);
        as->v.as.pattern = res;
        as->v.as.name = n->str;
        res = as;
    }
    LEAVE(p, res);
}

/* patterns: open_sequence_pattern | pattern */
static Pattern *parse_patterns(Parser *p)
{
    Token *start = cur(p);
    Pattern *first = parse_maybe_star_pattern(p);
    if (!first) return NULL;
    if (!check(p, TOK_COMMA) && first->kind != PAT_STAR) return first;
    int m = p->stack->n;
    if (!push(p, first)) return NULL;
    while (accept(p, TOK_COMMA)) {
        if (check(p, TOK_COLON) || check(p, TOK_KW_IF)) break;
        Pattern *pt = parse_maybe_star_pattern(p);
        if (!pt || !push(p, pt)) return NULL;
    }
    Pattern *seq = new_pattern(p, PAT_SEQUENCE, span_from(p, start));
    if (!seq) return NULL;
    TAKE_LIST(p, m, seq->v.sequence.patterns);
    return seq;
}

/* match_stmt; returns NULL without an error if this is not a match statement. */
static Stmt *try_parse_match(Parser *p, bool *is_match)
{
    Token *kw = cur(p);
    Mark mk = mark(p);
    *is_match = false;
    advance(p);
    Expr *subject = NULL;
    if (starts_expression(cur(p)) || check(p, TOK_STAR))
        subject = parse_star_sequence(p, true);
    if (!subject || !check(p, TOK_COLON)) {
        if (subject == NULL && p->error == PERR_SPECIFIC) {
            /* the subject itself is wrong; fall back like CPython does */
        }
        reset_to(p, mk, true);
        if (p->error == PERR_SPECIFIC) {
            syntax_error_info_clear(p->err);
            p->error = PERR_NONE;
        }
        return NULL;
    }
    *is_match = true;
    advance(p);   /* ':' */
    if (!accept(p, TOK_NEWLINE)) return fail(p);
    if (!check(p, TOK_INDENT)) {
        Token *t = cur(p);
        return raise_at(p, SYNERR_INDENTATION, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset,
                        "expected an indented block after 'match' statement on line %d", kw->lineno);
    }
    advance(p);
    Stmt *s = new_stmt(p, STMT_MATCH, tok_pos(kw));
    if (!s) return NULL;
    s->v.match.subject = subject;
    int m = p->stack->n;
    while (!check(p, TOK_DEDENT) && !check(p, TOK_ENDMARKER)) {
        Token *ck = cur(p);
        if (!is_soft_kw(ck, "case")) return fail(p);
        advance(p);
        MatchCase *c = alloc(p, sizeof *c);
        if (!c) return NULL;
        c->pattern = parse_patterns(p);
        if (!c->pattern) return NULL;
        if (accept(p, TOK_KW_IF)) {
            c->guard = parse_named_expression(p);
            if (!c->guard) return NULL;
        }
        if (!expect_colon(p)) return NULL;
        if (!parse_block(p, &c->body, "'case' statement", ck->lineno)) return NULL;
        if (!push(p, c)) return NULL;
    }
    if (p->stack->n == m) return fail(p);
    if (!accept(p, TOK_DEDENT)) return fail(p);
    TAKE_LIST(p, m, s->v.match.cases);
    s->pos = stmt_end_span(p, kw);
    return s;
}

/* statement: compound_stmt | simple_stmts; pushes the statement(s). */
static bool parse_statement(Parser *p)
{
    Token *t = cur(p);
    Stmt *s = NULL;
    if (p->depth > MAX_DEPTH / 4) {
        raise_at(p, SYNERR_SYNTAX, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset,
                 "too many statically nested blocks");
        return false;
    }
    p->depth++;
    switch (t->type) {
    case TOK_KW_IF: s = parse_if(p, t); break;
    case TOK_KW_WHILE: s = parse_while(p); break;
    case TOK_KW_FOR: s = parse_for(p, t, false); break;
    case TOK_KW_WITH: s = parse_with(p, t, false); break;
    case TOK_KW_TRY: s = parse_try(p); break;
    case TOK_KW_DEF: s = parse_funcdef(p, t, false, (ExprList){ 0, NULL }); break;
    case TOK_KW_CLASS: s = parse_classdef(p, (ExprList){ 0, NULL }); break;
    case TOK_KW_ASYNC: {
        TokenType n = peek_at(p, 1)->type;
        if (n != TOK_KW_DEF && n != TOK_KW_FOR && n != TOK_KW_WITH) {
            advance(p);
            fail(p);
            break;
        }
        advance(p);
        if (n == TOK_KW_DEF) s = parse_funcdef(p, t, true, (ExprList){ 0, NULL });
        else if (n == TOK_KW_FOR) s = parse_for(p, t, true);
        else s = parse_with(p, t, true);
        break;
    }
    case TOK_AT: {
        int m = p->stack->n;
        while (accept(p, TOK_AT)) {
            Expr *d = parse_named_expression(p);
            if (!d || !push(p, d)) goto out;
            if (!accept(p, TOK_NEWLINE)) { fail(p); goto out; }
        }
        ExprList decos;
        TAKE_LIST(p, m, decos);
        Token *k = cur(p);
        if (k->type == TOK_KW_DEF) s = parse_funcdef(p, k, false, decos);
        else if (k->type == TOK_KW_CLASS) s = parse_classdef(p, decos);
        else if (k->type == TOK_KW_ASYNC && peek_at(p, 1)->type == TOK_KW_DEF) {
            advance(p);
            s = parse_funcdef(p, k, true, decos);
        } else {
            fail(p);
        }
        break;
    }
    case TOK_NAME:
        if (strcmp(t->str, "match") == 0) {
            bool is_match;
            s = try_parse_match(p, &is_match);
            if (is_match) break;
            if (p->error != PERR_NONE) break;
        }
        /* fall through */
    default:
        p->depth--;
        return parse_simple_stmts(p);
    }
out:
    p->depth--;
    if (!s) {
        fail(p);
        return false;
    }
    return push(p, s);
}

/* ---- f-string expressions ------------------------------------------------------------- */

/* CPython 3.11 parses a replacement field's expression as the source
 * "(expr)", so a syntax error inside one shows that text, with columns
 * counted in it: the error's line of the expression, "(" before its first
 * line and ")" after its last; an error at the end of the expression
 * points at the ")". Rewrites err (located in the file) that way. */
/* The 1-based column in "(expr)"'s line (which starts at ls, plus the "("
 * when paren) of 1-based code-point column col of the file line at base. */
static int fstring_byte_col(const char *base, const char *limit, int col, const char *ls, bool paren)
{
    const char *q = base;
    for (int i = 1; i < col && q < limit; i++) {
        q++;
        while (q < limit && ((unsigned char)*q & 0xC0) == 0x80) q++;
    }
    int c = (int)(q - ls) + 1 + (paren ? 1 : 0);
    return c < 1 ? 1 : c;
}

static void fstring_error_relocate(SyntaxErrorInfo *err, const char *start, const char *end,
                                   int lineno, const char *line_start)
{
    if (err->in_fstring_text || err->lineno < lineno) return;
    int k = err->lineno - lineno;
    const char *ls = start;
    for (int i = 0; i < k; i++) {
        const char *nl = memchr(ls, '\n', (size_t)(end - ls));
        if (!nl) return;
        ls = nl + 1;
    }
    const char *le = memchr(ls, '\n', (size_t)(end - ls));
    bool last = le == NULL;
    if (!le) le = end;
    size_t n = (size_t)(le - ls);
    char *text = malloc(n + 4);
    if (!text) return;
    size_t j = 0;
    if (k == 0) text[j++] = '(';
    memcpy(text + j, ls, n);
    j += n;
    if (last) text[j++] = ')';
    text[j++] = '\n';
    text[j] = '\0';
    /* columns become UTF-8 byte offsets in the shown text, as CPython's */
    const char *base = k == 0 ? line_start : ls;
    bool one_line = err->end_lineno == err->lineno;
    int col = fstring_byte_col(base, le, err->col_offset, ls, k == 0);
    if (one_line) {
        int ecol = fstring_byte_col(base, le, err->end_col_offset, ls, k == 0);
        err->end_col_offset = ecol <= col ? col + 1 : ecol;
    }
    err->col_offset = col;
    free(err->text);
    err->text = text;
    err->at_eof = false;
    err->in_fstring_text = true;
}

static Expr *parse_fstring_expr_fragment(Parser *p, const char *start, const char *end,
                                         int lineno, const char *line_start)
{
    if (p->fstring_depth > 200) {
        return raise_at(p, SYNERR_SYNTAX, lineno, 0, lineno, -1, "f-string: expressions nested too deeply");
    }
    Tokenizer ft;
    tokenizer_init_fragment(&ft, p->tz, start, end, lineno, line_start);
    if (tokenizer_run(&ft) < 0) {
        if (p->error != PERR_SPECIFIC) {
            syntax_error_info_clear(p->err);
            *p->err = ft.err;
            if (strncmp(p->err->msg, "f-string", 8) != 0) {
                size_t n = strlen(ft.err.msg);
                if (n > sizeof p->err->msg - 11) n = sizeof p->err->msg - 11;
                memcpy(p->err->msg, "f-string: ", 10);
                memcpy(p->err->msg + 10, ft.err.msg, n);
                p->err->msg[10 + n] = '\0';
            }
            p->error = PERR_SPECIFIC;
            fstring_error_relocate(p->err, start, end, lineno, line_start);
        } else {
            free(ft.err.text);
        }
        tokenizer_fini(&ft);
        return NULL;
    }
    Parser sub = *p;
    sub.toks = ft.toks;
    sub.ntoks = ft.ntoks;
    sub.pos = 0;
    sub.furthest = 0;
    sub.error = PERR_NONE;
    sub.in_fragment = true;
    sub.fstring_depth = p->fstring_depth + 1;
    Expr *e = check(&sub, TOK_KW_YIELD) ? parse_yield_expr(&sub) : parse_star_expressions(&sub);
    if (e && !check(&sub, TOK_ENDMARKER)) e = fail(&sub);
    if (e && e->kind == EXPR_STARRED)   /* "(*a)": CPython's parser rejects it */
        e = raise_at(&sub, SYNERR_SYNTAX, e->pos.lineno, e->pos.col_offset, e->pos.end_lineno,
                     e->pos.end_col_offset, "cannot use starred expression here");
    if (!e && sub.error != PERR_SPECIFIC) {
        Token *t = &sub.toks[sub.furthest < sub.ntoks ? sub.furthest : sub.ntoks - 1];
        raise_at(&sub, SYNERR_SYNTAX, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset,
                 "invalid syntax");
    }
    p->error = sub.error;
    p->oom = sub.oom;
    if (!e && sub.error == PERR_SPECIFIC && !sub.oom) fstring_error_relocate(p->err, start, end, lineno, line_start);
    tokenizer_fini(&ft);
    return e;
}

/* ---- entry point ------------------------------------------------------------------ */

void syntax_error_info_clear(SyntaxErrorInfo *e)
{
    free(e->text);
    e->text = NULL;
}

static void unclosed_error(Parser *p, const Tokenizer *tz)
{
    int lvl = tz->level - 1;
    const char *line = tokenizer_line(tz, tz->parens[lvl].lineno, NULL);
    frontend_error(p->err, SYNERR_SYNTAX, line, tz->parens[lvl].lineno, tz->parens[lvl].col,
                   line, tz->parens[lvl].lineno, -1, "'%c' was never closed", tz->parens[lvl].c);
}

static void generic_error(Parser *p, const Tokenizer *tz)
{
    Token *t = &p->toks[p->furthest < p->ntoks ? p->furthest : p->ntoks - 1];
    if (tz->eof_in_brackets && t->type == TOK_ENDMARKER) {
        unclosed_error(p, tz);
        return;
    }
    if (t->type == TOK_INDENT) {
        const char *line = tokenizer_line(tz, t->lineno, NULL);
        frontend_error(p->err, SYNERR_INDENTATION, line, t->lineno, t->col_offset - 1, NULL, t->lineno, -1,
                       "unexpected indent");
        if (t->col_offset == 0) p->err->col_offset = 0;
        return;
    }
    if (t->type == TOK_DEDENT) {
        const char *line = tokenizer_line(tz, t->lineno, NULL);
        frontend_error(p->err, SYNERR_INDENTATION, line, t->lineno, t->col_offset - 1, NULL, t->lineno, -1,
                       "unexpected unindent");
        return;
    }
    if (t->type == TOK_ENDMARKER) {
        /* at EOF CPython points just past the end of the last line */
        int ln = t->lineno > tz->nlines ? tz->nlines : t->lineno;
        int len = 0;
        const char *line = tokenizer_line(tz, ln, &len);
        frontend_error(p->err, SYNERR_SYNTAX, line, ln, len, line, ln, len, "invalid syntax");
        p->err->at_eof = true;
        return;
    }
    const char *line = tokenizer_line(tz, t->lineno, NULL);
    const char *eline = tokenizer_line(tz, t->end_lineno, NULL);
    frontend_error(p->err, SYNERR_SYNTAX, line, t->lineno, t->col_offset, eline, t->end_lineno,
                   t->end_col_offset, "invalid syntax");
}

/* Input ends before the statement does: the error (*err) is at the end of
 * the source (EOF inside brackets, a triple-quoted string or after a
 * backslash; or the furthest token the parser needed was the ENDMARKER or a
 * DEDENT generated at EOF). The REPL then reads another line. */
static ParseStatus error_at_eof(const Parser *p, const Tokenizer *tz, bool tok_failed)
{
    if (tok_failed) {
        if (strncmp(tz->err.msg, "unterminated triple-quoted", 26) == 0) return PARSE_INCOMPLETE;
        if (strcmp(tz->err.msg, "unexpected EOF while parsing") == 0) return PARSE_INCOMPLETE_BLOCK;
        return PARSE_ERROR;
    }
    for (int i = p->furthest < p->ntoks ? p->furthest : p->ntoks - 1; i < p->ntoks; i++)
        if (p->toks[i].type != TOK_DEDENT && p->toks[i].type != TOK_ENDMARKER) return PARSE_ERROR;
    return tz->eof_in_brackets ? PARSE_INCOMPLETE : PARSE_INCOMPLETE_BLOCK;
}

/* interactive: CPython's "single" input, one statement (simple statements
 * on one line, or one compound statement); *status tells an error from
 * incomplete input. */
static Module *parse_source(Arena *arena, const char *src, size_t len, const char *filename,
                            SyntaxErrorInfo *err, bool interactive, ParseStatus *status)
{
    memset(err, 0, sizeof *err);
    *status = PARSE_ERROR;
    long bad = utf8_find_invalid(src, len);
    if (bad >= 0) {
        int lineno = 1;
        for (long i = 0; i < bad; i++)
            if (src[i] == '\n') lineno++;
        frontend_error(err, SYNERR_SYNTAX, NULL, lineno, -1, NULL, lineno, -1,
                       "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                       "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                       (unsigned char)src[bad], filename ? filename : "<string>", lineno);
        return NULL;
    }
    Tokenizer tz;
    bool tok_failed = tokenizer_init(&tz, arena, src, len) < 0 || tokenizer_run(&tz) < 0;
    if (tok_failed && (tz.ntoks == 0 || tz.toks[tz.ntoks - 1].type != TOK_ENDMARKER)) {
        if (tz.has_error) *err = tz.err;
        else frontend_error(err, SYNERR_SYNTAX, NULL, 0, -1, NULL, 0, -1, "out of memory");
        tokenizer_fini(&tz);
        return NULL;
    }
    ScratchStack stack = { NULL, 0, 0 };
    Parser p;
    memset(&p, 0, sizeof p);
    p.arena = arena;
    p.tz = &tz;
    p.toks = tz.toks;
    p.ntoks = tz.ntoks;
    p.err = err;
    p.stack = &stack;
    Module *m = alloc(&p, sizeof *m);
    if (m) {
        while (!check(&p, TOK_ENDMARKER)) {
            if (!parse_statement(&p)) break;
            if (interactive && !check(&p, TOK_ENDMARKER)) {
                /* a second statement after a compound one */
                Token *t = cur(&p);
                RAISE_TOK(&p, t, "invalid syntax");
                break;
            }
        }
        if (p.error == PERR_NONE && check(&p, TOK_ENDMARKER) && !tz.eof_in_brackets) {
            TAKE_LIST(&p, 0, m->body);
        } else if (p.error == PERR_NONE) {
            fail(&p);
        }
    }
    if (interactive && (tok_failed || p.error != PERR_NONE)) *status = error_at_eof(&p, &tz, tok_failed);
    if (tok_failed) {
        /* CPython's parser pulls tokens lazily and reports a tokenizer error
         * in preference to its own, except an unexpected indent found
         * before the parser got that far */
        Token *t = &p.toks[p.furthest < p.ntoks ? p.furthest : p.ntoks - 1];
        if (p.error == PERR_GENERIC && (t->type == TOK_INDENT || t->type == TOK_DEDENT)) {
            generic_error(&p, &tz);
            free(tz.err.text);
        } else {
            syntax_error_info_clear(err);
            *err = tz.err;
        }
        m = NULL;
    } else if (p.error != PERR_NONE) {
        if (p.error == PERR_GENERIC) {
            generic_error(&p, &tz);
        } else if (tz.eof_in_brackets && !interactive) {
            /* CPython tokenizes the rest of the source after a specific
             * parser error, and a tokenizer error found there (here: EOF
             * inside brackets) takes precedence */
            syntax_error_info_clear(err);
            unclosed_error(&p, &tz);
        }
        m = NULL;
    }
    free(stack.items);
    tokenizer_fini(&tz);
    if (m) *status = PARSE_OK;
    return m;
}

Module *parse_module(Arena *arena, const char *src, size_t len, const char *filename, SyntaxErrorInfo *err)
{
    ParseStatus status;
    return parse_source(arena, src, len, filename, err, false, &status);
}

Module *parse_interactive(Arena *arena, const char *src, size_t len, const char *filename,
                          SyntaxErrorInfo *err, ParseStatus *status)
{
    return parse_source(arena, src, len, filename, err, true, status);
}

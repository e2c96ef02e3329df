/* ast.c: the arena the AST lives in, and ast.dump()-shaped debug dumps.
 *
 * The dump reproduces CPython 3.11's ast.dump() text exactly (field order,
 * omitted None fields, reprs of constants), so the parser tests compare
 * against strings printed by python3 itself.
 */
#include "ast.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ---- arena ---------------------------------------------------------------- */

#define ARENA_BLOCK (64 * 1024)

typedef struct ArenaBlock {
    struct ArenaBlock *next;
    size_t used, size;
    _Alignas(16) unsigned char data[];
} ArenaBlock;

struct Arena {
    ArenaBlock *head;
};

Arena *arena_new(void)
{
    return calloc(1, sizeof(Arena));
}

void arena_free(Arena *a)
{
    if (!a) return;
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *n = b->next;
        free(b);
        b = n;
    }
    free(a);
}

void *arena_alloc(Arena *a, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    ArenaBlock *b = a->head;
    if (!b || b->size - b->used < size) {
        size_t bsize = size > ARENA_BLOCK / 4 ? size : ARENA_BLOCK;
        /* not calloc: each allocation is zeroed when made, so a small
         * compile (coil -c, a short module) does not clear 64K it never
         * uses */
        ArenaBlock *nb = malloc(sizeof(ArenaBlock) + bsize);
        if (!nb) return NULL;
        nb->size = bsize;
        nb->used = 0;
        if (b && bsize != ARENA_BLOCK) {
            /* a big one-off block goes behind the current one, which keeps its free space */
            nb->next = b->next;
            b->next = nb;
            nb->used = size;
            memset(nb->data, 0, size);
            return nb->data;
        }
        nb->next = b;
        a->head = b = nb;
    }
    void *p = b->data + b->used;
    b->used += size;
    return memset(p, 0, size);
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

/* ---- output buffer ---------------------------------------------------------- */

typedef struct Buf {
    char *s;
    size_t n, cap;
    bool attrs;       /* include_attributes=True */
    bool oom;
} Buf;

static void buf_grow(Buf *b, size_t extra)
{
    if (b->oom) return;
    if (b->n + extra + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->n + extra + 1) cap *= 2;
    char *s = realloc(b->s, cap);
    if (!s) { b->oom = true; return; }
    b->s = s;
    b->cap = cap;
}

static void put(Buf *b, const char *s, size_t n)
{
    buf_grow(b, n);
    if (b->oom) return;
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
}

static void puts_(Buf *b, const char *s) { put(b, s, strlen(s)); }

static __attribute__((format(printf, 2, 3))) void putf(Buf *b, const char *fmt, ...)
{
    char tmp[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n >= (int)sizeof tmp) n = sizeof tmp - 1;
    put(b, tmp, (size_t)n);
}

/* ---- reprs of constants --------------------------------------------------------- */

/* Decodes one code point of the AST's UTF-8 (which may encode lone
 * surrogates, as Python strs can hold them). Returns its length. */
static int decode_cp(const unsigned char *s, size_t n, uint32_t *cp)
{
    unsigned c = s[0];
    if (c < 0x80 || n < 2) { *cp = c; return 1; }
    if ((c & 0xE0) == 0xC0) { *cp = ((c & 0x1F) << 6) | (s[1] & 0x3F); return 2; }
    if ((c & 0xF0) == 0xE0 && n >= 3) {
        *cp = ((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        return 3;
    }
    if ((c & 0xF8) == 0xF0 && n >= 4) {
        *cp = ((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
        return 4;
    }
    *cp = c;
    return 1;
}

static bool cp_printable(uint32_t cp)
{
    if (cp == ' ') return true;
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
        return false;
    default:
        return true;
    }
}

static void repr_str(Buf *b, const char *s, size_t n, bool bytes)
{
    bool has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    if (bytes) puts_(b, "b");
    put(b, &q, 1);
    const unsigned char *p = (const unsigned char *)s, *e = p + n;
    while (p < e) {
        uint32_t cp;
        int len = bytes ? 1 : decode_cp(p, (size_t)(e - p), &cp);
        if (bytes) cp = *p;
        if (cp == (uint32_t)q || cp == '\\') { putf(b, "\\%c", (char)cp); }
        else if (cp == '\t') puts_(b, "\\t");
        else if (cp == '\n') puts_(b, "\\n");
        else if (cp == '\r') puts_(b, "\\r");
        else if (cp < 0x20 || cp == 0x7F || (bytes && cp >= 0x80)) putf(b, "\\x%02x", cp);
        else if (cp < 0x7F) { char c = (char)cp; put(b, &c, 1); }
        else if (cp_printable(cp)) put(b, (const char *)p, (size_t)len);
        else if (cp < 0x100) putf(b, "\\x%02x", cp);
        else if (cp < 0x10000) putf(b, "\\u%04x", cp);
        else putf(b, "\\U%08x", cp);
        p += len;
    }
    put(b, &q, 1);
}

/* Python's repr() of a float: the shortest string that reads back to x. */
static void repr_double(Buf *b, double x, bool add_dot_0)
{
    if (isnan(x)) { puts_(b, "nan"); return; }
    if (isinf(x)) { puts_(b, x < 0 ? "-inf" : "inf"); return; }
    char tmp[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, x);
        if (strtod(tmp, NULL) == x) break;
    }
    /* tmp is [-]d[.ddd]e[+-]XX: collect digits and the decimal exponent */
    char digits[24];
    int nd = 0;
    const char *p = tmp;
    bool neg = false;
    if (*p == '-') { neg = true; p++; }
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') digits[nd++] = *p;
    int exp = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    int decpt = exp + 1;
    if (neg) puts_(b, "-");
    if (decpt > 16 || decpt < -3) {
        put(b, digits, 1);
        if (nd > 1) { puts_(b, "."); put(b, digits + 1, (size_t)(nd - 1)); }
        putf(b, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    } else if (decpt <= 0) {
        puts_(b, "0.");
        for (int i = 0; i < -decpt; i++) puts_(b, "0");
        put(b, digits, (size_t)nd);
    } else if (decpt >= nd) {
        put(b, digits, (size_t)nd);
        for (int i = nd; i < decpt; i++) puts_(b, "0");
        if (add_dot_0) puts_(b, ".0");
    } else {
        put(b, digits, (size_t)decpt);
        puts_(b, ".");
        put(b, digits + decpt, (size_t)(nd - decpt));
    }
}

/* The digits of an int literal in base `base`, printed in decimal. */
static void repr_int(Buf *b, const char *digits, size_t n, int base)
{
    if (base == 10) {
        size_t i = 0;
        while (i + 1 < n && digits[i] == '0') i++;
        put(b, digits + i, n - i);
        return;
    }
    /* little-endian limbs of 10^9 */
    size_t cap = n / 2 + 2, nl = 1;
    uint32_t *limbs = calloc(cap, sizeof *limbs);
    if (!limbs) { b->oom = true; return; }
    for (size_t i = 0; i < n; i++) {
        char c = digits[i];
        uint64_t carry = (uint64_t)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        for (size_t j = 0; j < nl; j++) {
            uint64_t v = (uint64_t)limbs[j] * (uint64_t)base + carry;
            limbs[j] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        if (carry) limbs[nl++] = (uint32_t)carry;
    }
    putf(b, "%u", limbs[nl - 1]);
    for (size_t j = nl - 1; j-- > 0;) putf(b, "%09u", limbs[j]);
    free(limbs);
}

static void dump_constant(Buf *b, const Constant *c)
{
    switch (c->kind) {
    case CONST_NONE: puts_(b, "None"); break;
    case CONST_TRUE: puts_(b, "True"); break;
    case CONST_FALSE: puts_(b, "False"); break;
    case CONST_ELLIPSIS: puts_(b, "Ellipsis"); break;
    case CONST_INT: repr_int(b, c->s, c->len, c->int_base); break;
    case CONST_FLOAT: repr_double(b, c->f, true); break;
    case CONST_IMAG: repr_double(b, c->f, false); puts_(b, "j"); break;
    case CONST_STR: repr_str(b, c->s, c->len, false); break;
    case CONST_BYTES: repr_str(b, c->s, c->len, true); break;
    }
}

/* ---- node dumps ------------------------------------------------------------------ */

static void dump_expr(Buf *b, const Expr *e);
static void dump_stmt(Buf *b, const Stmt *s);
static void dump_pattern(Buf *b, const Pattern *p);

static void dump_pos(Buf *b, const Pos *p)
{
    if (b->attrs)
        putf(b, ", lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
             p->lineno, p->col_offset, p->end_lineno, p->end_col_offset);
}

static void dump_opt_expr(Buf *b, const Expr *e)
{
    if (e) dump_expr(b, e);
    else puts_(b, "None");
}

static void dump_exprs(Buf *b, const ExprList *l)
{
    puts_(b, "[");
    for (int i = 0; i < l->n; i++) {
        if (i) puts_(b, ", ");
        dump_opt_expr(b, l->items[i]);
    }
    puts_(b, "]");
}

static void dump_stmts(Buf *b, const StmtList *l)
{
    puts_(b, "[");
    for (int i = 0; i < l->n; i++) {
        if (i) puts_(b, ", ");
        dump_stmt(b, l->items[i]);
    }
    puts_(b, "]");
}

static void dump_patterns(Buf *b, const PatternList *l)
{
    puts_(b, "[");
    for (int i = 0; i < l->n; i++) {
        if (i) puts_(b, ", ");
        dump_pattern(b, l->items[i]);
    }
    puts_(b, "]");
}

static void dump_ident(Buf *b, const char *s) { repr_str(b, s, strlen(s), false); }

static void dump_idents(Buf *b, const IdentList *l)
{
    puts_(b, "[");
    for (int i = 0; i < l->n; i++) {
        if (i) puts_(b, ", ");
        dump_ident(b, l->items[i]);
    }
    puts_(b, "]");
}

static const char *ctx_name(ExprContext c)
{
    return c == CTX_LOAD ? "Load()" : c == CTX_STORE ? "Store()" : "Del()";
}

static const char *binop_name(BinOpKind op)
{
    static const char *const names[] = {
        "Add()", "BitAnd()", "FloorDiv()", "LShift()", "MatMult()", "Mult()", "Mod()",
        "BitOr()", "Pow()", "RShift()", "Sub()", "Div()", "BitXor()"
    };
    return (unsigned)op < 13 ? names[op] : "?";
}

static const char *cmpop_name(CmpOpKind op)
{
    static const char *const names[] = {
        "Lt()", "LtE()", "Eq()", "NotEq()", "Gt()", "GtE()", "Is()", "IsNot()", "In()", "NotIn()"
    };
    return (unsigned)op < 10 ? names[op] : "?";
}

static const char *unaryop_name(UnaryOpKind op)
{
    static const char *const names[] = { "Invert()", "Not()", "UAdd()", "USub()" };
    return (unsigned)op < 4 ? names[op] : "?";
}

static void dump_arg(Buf *b, const Arg *a)
{
    puts_(b, "arg(arg=");
    dump_ident(b, a->arg);
    if (a->annotation) { puts_(b, ", annotation="); dump_expr(b, a->annotation); }
    dump_pos(b, &a->pos);
    puts_(b, ")");
}

static void dump_args_list(Buf *b, const ArgList *l)
{
    puts_(b, "[");
    for (int i = 0; i < l->n; i++) {
        if (i) puts_(b, ", ");
        dump_arg(b, l->items[i]);
    }
    puts_(b, "]");
}

static void dump_arguments(Buf *b, const Arguments *a)
{
    puts_(b, "arguments(posonlyargs=");
    dump_args_list(b, &a->posonlyargs);
    puts_(b, ", args=");
    dump_args_list(b, &a->args);
    if (a->vararg) { puts_(b, ", vararg="); dump_arg(b, a->vararg); }
    puts_(b, ", kwonlyargs=");
    dump_args_list(b, &a->kwonlyargs);
    puts_(b, ", kw_defaults=");
    dump_exprs(b, &a->kw_defaults);
    if (a->kwarg) { puts_(b, ", kwarg="); dump_arg(b, a->kwarg); }
    puts_(b, ", defaults=");
    dump_exprs(b, &a->defaults);
    puts_(b, ")");
}

static void dump_keywords(Buf *b, const KeywordList *l)
{
    puts_(b, "[");
    for (int i = 0; i < l->n; i++) {
        const Keyword *k = l->items[i];
        if (i) puts_(b, ", ");
        puts_(b, "keyword(");
        if (k->arg) { puts_(b, "arg="); dump_ident(b, k->arg); puts_(b, ", "); }
        puts_(b, "value=");
        dump_expr(b, k->value);
        dump_pos(b, &k->pos);
        puts_(b, ")");
    }
    puts_(b, "]");
}

static void dump_generators(Buf *b, const ComprehensionList *l)
{
    puts_(b, "[");
    for (int i = 0; i < l->n; i++) {
        const Comprehension *c = l->items[i];
        if (i) puts_(b, ", ");
        puts_(b, "comprehension(target=");
        dump_expr(b, c->target);
        puts_(b, ", iter=");
        dump_expr(b, c->iter);
        puts_(b, ", ifs=");
        dump_exprs(b, &c->ifs);
        putf(b, ", is_async=%d)", c->is_async ? 1 : 0);
    }
    puts_(b, "]");
}

static void dump_expr(Buf *b, const Expr *e)
{
    switch (e->kind) {
    case EXPR_BOOLOP:
        putf(b, "BoolOp(op=%s, values=", e->v.boolop.op == BOOL_AND ? "And()" : "Or()");
        dump_exprs(b, &e->v.boolop.values);
        break;
    case EXPR_NAMEDEXPR:
        puts_(b, "NamedExpr(target=");
        dump_expr(b, e->v.namedexpr.target);
        puts_(b, ", value=");
        dump_expr(b, e->v.namedexpr.value);
        break;
    case EXPR_BINOP:
        puts_(b, "BinOp(left=");
        dump_expr(b, e->v.binop.left);
        putf(b, ", op=%s, right=", binop_name(e->v.binop.op));
        dump_expr(b, e->v.binop.right);
        break;
    case EXPR_UNARYOP:
        putf(b, "UnaryOp(op=%s, operand=", unaryop_name(e->v.unaryop.op));
        dump_expr(b, e->v.unaryop.operand);
        break;
    case EXPR_LAMBDA:
        puts_(b, "Lambda(args=");
        dump_arguments(b, e->v.lambda.args);
        puts_(b, ", body=");
        dump_expr(b, e->v.lambda.body);
        break;
    case EXPR_IFEXP:
        puts_(b, "IfExp(test=");
        dump_expr(b, e->v.ifexp.test);
        puts_(b, ", body=");
        dump_expr(b, e->v.ifexp.body);
        puts_(b, ", orelse=");
        dump_expr(b, e->v.ifexp.orelse);
        break;
    case EXPR_DICT:
        puts_(b, "Dict(keys=");
        dump_exprs(b, &e->v.dict.keys);
        puts_(b, ", values=");
        dump_exprs(b, &e->v.dict.values);
        break;
    case EXPR_SET:
        puts_(b, "Set(elts=");
        dump_exprs(b, &e->v.set.elts);
        break;
    case EXPR_LISTCOMP: case EXPR_SETCOMP: case EXPR_GENEXP:
        puts_(b, e->kind == EXPR_LISTCOMP ? "ListComp(elt=" :
                 e->kind == EXPR_SETCOMP ? "SetComp(elt=" : "GeneratorExp(elt=");
        dump_expr(b, e->v.comp.elt);
        puts_(b, ", generators=");
        dump_generators(b, &e->v.comp.generators);
        break;
    case EXPR_DICTCOMP:
        puts_(b, "DictComp(key=");
        dump_expr(b, e->v.comp.key);
        puts_(b, ", value=");
        dump_expr(b, e->v.comp.value);
        puts_(b, ", generators=");
        dump_generators(b, &e->v.comp.generators);
        break;
    case EXPR_AWAIT:
        puts_(b, "Await(value=");
        dump_expr(b, e->v.await_.value);
        break;
    case EXPR_YIELD:
        puts_(b, "Yield(");
        if (e->v.yield.value) { puts_(b, "value="); dump_expr(b, e->v.yield.value); }
        if (b->attrs) {
            /* no leading ", " when there is no value */
            const Pos *p = &e->pos;
            putf(b, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d)",
                 e->v.yield.value ? ", " : "", p->lineno, p->col_offset, p->end_lineno, p->end_col_offset);
        } else {
            puts_(b, ")");
        }
        return;
    case EXPR_YIELDFROM:
        puts_(b, "YieldFrom(value=");
        dump_expr(b, e->v.yieldfrom.value);
        break;
    case EXPR_COMPARE:
        puts_(b, "Compare(left=");
        dump_expr(b, e->v.compare.left);
        puts_(b, ", ops=[");
        for (int i = 0; i < e->v.compare.n; i++) {
            if (i) puts_(b, ", ");
            puts_(b, cmpop_name(e->v.compare.ops[i]));
        }
        puts_(b, "], comparators=[");
        for (int i = 0; i < e->v.compare.n; i++) {
            if (i) puts_(b, ", ");
            dump_expr(b, e->v.compare.comparators[i]);
        }
        puts_(b, "]");
        break;
    case EXPR_CALL:
        puts_(b, "Call(func=");
        dump_expr(b, e->v.call.func);
        puts_(b, ", args=");
        dump_exprs(b, &e->v.call.args);
        puts_(b, ", keywords=");
        dump_keywords(b, &e->v.call.keywords);
        break;
    case EXPR_FORMATTEDVALUE:
        puts_(b, "FormattedValue(value=");
        dump_expr(b, e->v.formattedvalue.value);
        putf(b, ", conversion=%d", e->v.formattedvalue.conversion);
        if (e->v.formattedvalue.format_spec) {
            puts_(b, ", format_spec=");
            dump_expr(b, e->v.formattedvalue.format_spec);
        }
        break;
    case EXPR_JOINEDSTR:
        puts_(b, "JoinedStr(values=");
        dump_exprs(b, &e->v.joinedstr.values);
        break;
    case EXPR_CONSTANT:
        puts_(b, "Constant(value=");
        dump_constant(b, &e->v.constant);
        if (e->v.constant.u_prefix) puts_(b, ", kind='u'");
        break;
    case EXPR_ATTRIBUTE:
        puts_(b, "Attribute(value=");
        dump_expr(b, e->v.attribute.value);
        puts_(b, ", attr=");
        dump_ident(b, e->v.attribute.attr);
        putf(b, ", ctx=%s", ctx_name(e->v.attribute.ctx));
        break;
    case EXPR_SUBSCRIPT:
        puts_(b, "Subscript(value=");
        dump_expr(b, e->v.subscript.value);
        puts_(b, ", slice=");
        dump_expr(b, e->v.subscript.slice);
        putf(b, ", ctx=%s", ctx_name(e->v.subscript.ctx));
        break;
    case EXPR_STARRED:
        puts_(b, "Starred(value=");
        dump_expr(b, e->v.starred.value);
        putf(b, ", ctx=%s", ctx_name(e->v.starred.ctx));
        break;
    case EXPR_NAME:
        puts_(b, "Name(id=");
        dump_ident(b, e->v.name.id);
        putf(b, ", ctx=%s", ctx_name(e->v.name.ctx));
        break;
    case EXPR_LIST: case EXPR_TUPLE:
        puts_(b, e->kind == EXPR_LIST ? "List(elts=" : "Tuple(elts=");
        dump_exprs(b, &e->v.list.elts);
        putf(b, ", ctx=%s", ctx_name(e->v.list.ctx));
        break;
    case EXPR_SLICE: {
        puts_(b, "Slice(");
        bool any = false;
        if (e->v.slice.lower) { puts_(b, "lower="); dump_expr(b, e->v.slice.lower); any = true; }
        if (e->v.slice.upper) {
            puts_(b, any ? ", upper=" : "upper=");
            dump_expr(b, e->v.slice.upper);
            any = true;
        }
        if (e->v.slice.step) {
            puts_(b, any ? ", step=" : "step=");
            dump_expr(b, e->v.slice.step);
            any = true;
        }
        if (b->attrs) {
            const Pos *p = &e->pos;
            putf(b, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
                 any ? ", " : "", p->lineno, p->col_offset, p->end_lineno, p->end_col_offset);
        }
        puts_(b, ")");
        return;
    }
    }
    dump_pos(b, &e->pos);
    puts_(b, ")");
}

static void dump_alias_list(Buf *b, const AliasList *l)
{
    puts_(b, "[");
    for (int i = 0; i < l->n; i++) {
        const Alias *a = l->items[i];
        if (i) puts_(b, ", ");
        puts_(b, "alias(name=");
        dump_ident(b, a->name);
        if (a->asname) { puts_(b, ", asname="); dump_ident(b, a->asname); }
        dump_pos(b, &a->pos);
        puts_(b, ")");
    }
    puts_(b, "]");
}

static void dump_pattern(Buf *b, const Pattern *p)
{
    switch (p->kind) {
    case PAT_VALUE:
        puts_(b, "MatchValue(value=");
        dump_expr(b, p->v.value.value);
        break;
    case PAT_SINGLETON:
        putf(b, "MatchSingleton(value=%s", p->v.singleton.value == CONST_NONE ? "None" :
             p->v.singleton.value == CONST_TRUE ? "True" : "False");
        break;
    case PAT_SEQUENCE:
        puts_(b, "MatchSequence(patterns=");
        dump_patterns(b, &p->v.sequence.patterns);
        break;
    case PAT_MAPPING:
        puts_(b, "MatchMapping(keys=");
        dump_exprs(b, &p->v.mapping.keys);
        puts_(b, ", patterns=");
        dump_patterns(b, &p->v.mapping.patterns);
        if (p->v.mapping.rest) { puts_(b, ", rest="); dump_ident(b, p->v.mapping.rest); }
        break;
    case PAT_CLASS:
        puts_(b, "MatchClass(cls=");
        dump_expr(b, p->v.cls.cls);
        puts_(b, ", patterns=");
        dump_patterns(b, &p->v.cls.patterns);
        puts_(b, ", kwd_attrs=");
        dump_idents(b, &p->v.cls.kwd_attrs);
        puts_(b, ", kwd_patterns=");
        dump_patterns(b, &p->v.cls.kwd_patterns);
        break;
    case PAT_STAR:
        puts_(b, "MatchStar(");
        if (p->v.star.name) { puts_(b, "name="); dump_ident(b, p->v.star.name); }
        if (b->attrs) {
            putf(b, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
                 p->v.star.name ? ", " : "", p->pos.lineno, p->pos.col_offset,
                 p->pos.end_lineno, p->pos.end_col_offset);
        }
        puts_(b, ")");
        return;
    case PAT_AS: {
        puts_(b, "MatchAs(");
        bool any = false;
        if (p->v.as.pattern) { puts_(b, "pattern="); dump_pattern(b, p->v.as.pattern); any = true; }
        if (p->v.as.name) {
            puts_(b, any ? ", name=" : "name=");
            dump_ident(b, p->v.as.name);
            any = true;
        }
        if (b->attrs) {
            putf(b, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
                 any ? ", " : "", p->pos.lineno, p->pos.col_offset,
                 p->pos.end_lineno, p->pos.end_col_offset);
        }
        puts_(b, ")");
        return;
    }
    case PAT_OR:
        puts_(b, "MatchOr(patterns=");
        dump_patterns(b, &p->v.or_.patterns);
        break;
    }
    dump_pos(b, &p->pos);
    puts_(b, ")");
}

static void dump_stmt(Buf *b, const Stmt *s)
{
    switch (s->kind) {
    case STMT_FUNCTIONDEF: case STMT_ASYNCFUNCTIONDEF:
        puts_(b, s->kind == STMT_FUNCTIONDEF ? "FunctionDef(name=" : "AsyncFunctionDef(name=");
        dump_ident(b, s->v.funcdef.name);
        puts_(b, ", args=");
        dump_arguments(b, s->v.funcdef.args);
        puts_(b, ", body=");
        dump_stmts(b, &s->v.funcdef.body);
        puts_(b, ", decorator_list=");
        dump_exprs(b, &s->v.funcdef.decorator_list);
        if (s->v.funcdef.returns) { puts_(b, ", returns="); dump_expr(b, s->v.funcdef.returns); }
        break;
    case STMT_CLASSDEF:
        puts_(b, "ClassDef(name=");
        dump_ident(b, s->v.classdef.name);
        puts_(b, ", bases=");
        dump_exprs(b, &s->v.classdef.bases);
        puts_(b, ", keywords=");
        dump_keywords(b, &s->v.classdef.keywords);
        puts_(b, ", body=");
        dump_stmts(b, &s->v.classdef.body);
        puts_(b, ", decorator_list=");
        dump_exprs(b, &s->v.classdef.decorator_list);
        break;
    case STMT_RETURN:
        puts_(b, "Return(");
        if (s->v.return_.value) { puts_(b, "value="); dump_expr(b, s->v.return_.value); }
        if (b->attrs)
            putf(b, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
                 s->v.return_.value ? ", " : "", s->pos.lineno, s->pos.col_offset,
                 s->pos.end_lineno, s->pos.end_col_offset);
        puts_(b, ")");
        return;
    case STMT_DELETE:
        puts_(b, "Delete(targets=");
        dump_exprs(b, &s->v.delete_.targets);
        break;
    case STMT_ASSIGN:
        puts_(b, "Assign(targets=");
        dump_exprs(b, &s->v.assign.targets);
        puts_(b, ", value=");
        dump_expr(b, s->v.assign.value);
        break;
    case STMT_AUGASSIGN:
        puts_(b, "AugAssign(target=");
        dump_expr(b, s->v.augassign.target);
        putf(b, ", op=%s, value=", binop_name(s->v.augassign.op));
        dump_expr(b, s->v.augassign.value);
        break;
    case STMT_ANNASSIGN:
        puts_(b, "AnnAssign(target=");
        dump_expr(b, s->v.annassign.target);
        puts_(b, ", annotation=");
        dump_expr(b, s->v.annassign.annotation);
        if (s->v.annassign.value) { puts_(b, ", value="); dump_expr(b, s->v.annassign.value); }
        putf(b, ", simple=%d", s->v.annassign.simple ? 1 : 0);
        break;
    case STMT_FOR: case STMT_ASYNCFOR:
        puts_(b, s->kind == STMT_FOR ? "For(target=" : "AsyncFor(target=");
        dump_expr(b, s->v.for_.target);
        puts_(b, ", iter=");
        dump_expr(b, s->v.for_.iter);
        puts_(b, ", body=");
        dump_stmts(b, &s->v.for_.body);
        puts_(b, ", orelse=");
        dump_stmts(b, &s->v.for_.orelse);
        break;
    case STMT_WHILE: case STMT_IF:
        puts_(b, s->kind == STMT_WHILE ? "While(test=" : "If(test=");
        dump_expr(b, s->v.if_.test);
        puts_(b, ", body=");
        dump_stmts(b, &s->v.if_.body);
        puts_(b, ", orelse=");
        dump_stmts(b, &s->v.if_.orelse);
        break;
    case STMT_WITH: case STMT_ASYNCWITH:
        puts_(b, s->kind == STMT_WITH ? "With(items=[" : "AsyncWith(items=[");
        for (int i = 0; i < s->v.with.items.n; i++) {
            const WithItem *w = s->v.with.items.items[i];
            if (i) puts_(b, ", ");
            puts_(b, "withitem(context_expr=");
            dump_expr(b, w->context_expr);
            if (w->optional_vars) { puts_(b, ", optional_vars="); dump_expr(b, w->optional_vars); }
            puts_(b, ")");
        }
        puts_(b, "], body=");
        dump_stmts(b, &s->v.with.body);
        break;
    case STMT_MATCH:
        puts_(b, "Match(subject=");
        dump_expr(b, s->v.match.subject);
        puts_(b, ", cases=[");
        for (int i = 0; i < s->v.match.cases.n; i++) {
            const MatchCase *c = s->v.match.cases.items[i];
            if (i) puts_(b, ", ");
            puts_(b, "match_case(pattern=");
            dump_pattern(b, c->pattern);
            if (c->guard) { puts_(b, ", guard="); dump_expr(b, c->guard); }
            puts_(b, ", body=");
            dump_stmts(b, &c->body);
            puts_(b, ")");
        }
        puts_(b, "]");
        break;
    case STMT_RAISE: {
        puts_(b, "Raise(");
        bool any = false;
        if (s->v.raise.exc) { puts_(b, "exc="); dump_expr(b, s->v.raise.exc); any = true; }
        if (s->v.raise.cause) {
            puts_(b, any ? ", cause=" : "cause=");
            dump_expr(b, s->v.raise.cause);
            any = true;
        }
        if (b->attrs)
            putf(b, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
                 any ? ", " : "", s->pos.lineno, s->pos.col_offset,
                 s->pos.end_lineno, s->pos.end_col_offset);
        puts_(b, ")");
        return;
    }
    case STMT_TRY: case STMT_TRYSTAR:
        puts_(b, s->kind == STMT_TRY ? "Try(body=" : "TryStar(body=");
        dump_stmts(b, &s->v.try_.body);
        puts_(b, ", handlers=[");
        for (int i = 0; i < s->v.try_.handlers.n; i++) {
            const ExceptHandler *h = s->v.try_.handlers.items[i];
            if (i) puts_(b, ", ");
            puts_(b, "ExceptHandler(");
            if (h->type) { puts_(b, "type="); dump_expr(b, h->type); puts_(b, ", "); }
            if (h->name) { puts_(b, "name="); dump_ident(b, h->name); puts_(b, ", "); }
            puts_(b, "body=");
            dump_stmts(b, &h->body);
            dump_pos(b, &h->pos);
            puts_(b, ")");
        }
        puts_(b, "], orelse=");
        dump_stmts(b, &s->v.try_.orelse);
        puts_(b, ", finalbody=");
        dump_stmts(b, &s->v.try_.finalbody);
        break;
    case STMT_ASSERT:
        puts_(b, "Assert(test=");
        dump_expr(b, s->v.assert_.test);
        if (s->v.assert_.msg) { puts_(b, ", msg="); dump_expr(b, s->v.assert_.msg); }
        break;
    case STMT_IMPORT:
        puts_(b, "Import(names=");
        dump_alias_list(b, &s->v.import.names);
        break;
    case STMT_IMPORTFROM:
        puts_(b, "ImportFrom(");
        if (s->v.importfrom.module) {
            puts_(b, "module=");
            dump_ident(b, s->v.importfrom.module);
            puts_(b, ", ");
        }
        puts_(b, "names=");
        dump_alias_list(b, &s->v.importfrom.names);
        putf(b, ", level=%d", s->v.importfrom.level);
        break;
    case STMT_GLOBAL: case STMT_NONLOCAL:
        puts_(b, s->kind == STMT_GLOBAL ? "Global(names=" : "Nonlocal(names=");
        dump_idents(b, &s->v.global.names);
        break;
    case STMT_EXPR:
        puts_(b, "Expr(value=");
        dump_expr(b, s->v.expr.value);
        break;
    case STMT_PASS: case STMT_BREAK: case STMT_CONTINUE:
        puts_(b, s->kind == STMT_PASS ? "Pass(" : s->kind == STMT_BREAK ? "Break(" : "Continue(");
        if (b->attrs)
            putf(b, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
                 s->pos.lineno, s->pos.col_offset, s->pos.end_lineno, s->pos.end_col_offset);
        puts_(b, ")");
        return;
    }
    dump_pos(b, &s->pos);
    puts_(b, ")");
}

static char *finish(Buf *b)
{
    if (b->oom) { free(b->s); return NULL; }
    if (!b->s) return calloc(1, 1);
    return b->s;
}

/* With include_attributes: what ast.dump(tree, include_attributes=True)
 * prints; used by the tests to check positions. */
char *ast_dump_module_ex(const Module *m, bool include_attributes);
char *ast_dump_expr_ex(const Expr *e, bool include_attributes);

char *ast_dump_module_ex(const Module *m, bool include_attributes)
{
    Buf b = {0};
    b.attrs = include_attributes;
    puts_(&b, "Module(body=");
    dump_stmts(&b, &m->body);
    puts_(&b, ", type_ignores=[])");
    return finish(&b);
}

char *ast_dump_expr_ex(const Expr *e, bool include_attributes)
{
    Buf b = {0};
    b.attrs = include_attributes;
    dump_expr(&b, e);
    return finish(&b);
}

char *ast_dump_module(const Module *m) { return ast_dump_module_ex(m, false); }
char *ast_dump_expr(const Expr *e) { return ast_dump_expr_ex(e, false); }

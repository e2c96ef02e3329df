/* symtable.c: scopes and name resolution (CPython 3.11's symtable.c rules,
 * written afresh). Pass 1 (visit_*) records what each scope does with each
 * name; pass 2 (analyze_*) resolves every name to LOCAL / GLOBAL_* / FREE /
 * CELL, propagating free variables up to the function that binds them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "symtable.h"

/* ---- small helpers -------------------------------------------------------- */

static uint32_t name_hash(const char *s) {
    uint32_t h = 2166136261u;              /* FNV-1a */
    for (; *s; s++) h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

static void st_error(SymTable *st, Pos pos, const char *fmt, const char *name) {
    if (st->failed) return;
    st->failed = true;
    SyntaxErrorInfo *e = st->err;
    memset(e, 0, sizeof *e);
    e->kind = SYNERR_SYNTAX;
    snprintf(e->msg, sizeof e->msg, fmt, name);
    e->lineno = pos.lineno;
    e->col_offset = pos.col_offset + 1;
    e->end_lineno = pos.end_lineno;
    e->end_col_offset = pos.end_col_offset + 1;
    e->text = NULL;
}

static void st_nomem(SymTable *st) {
    Pos p = {0, 0, 0, 0};
    st_error(st, p, "%sout of memory", "");
}

/* Grows an arena-backed array; old storage is left to the arena. */
static void *grow(SymTable *st, void *arr, int n, int *cap, size_t elem) {
    if (n < *cap) return arr;
    int ncap = *cap ? *cap * 2 : 8;
    void *na = arena_alloc(st->arena, (size_t)ncap * elem);
    if (!na) { st_nomem(st); return NULL; }
    if (n) memcpy(na, arr, (size_t)n * elem);
    *cap = ncap;
    return na;
}

/* ---- symbols ---------------------------------------------------------------- */

Symbol *scope_lookup(const Scope *s, const char *name) {
    if (!s->capslots) return NULL;
    uint32_t h = name_hash(name);
    int mask = s->capslots - 1;
    for (int i = (int)(h & (uint32_t)mask);; i = (i + 1) & mask) {
        int k = s->slots[i];
        if (k < 0) return NULL;
        if (s->syms[k].hash == h && strcmp(s->syms[k].name, name) == 0) return &s->syms[k];
    }
}

SymScopeKind scope_resolve(const Scope *s, const char *name) {
    Symbol *sym = scope_lookup(s, name);
    return sym ? sym->scope : SYM_UNKNOWN;
}

static int rehash(SymTable *st, Scope *s, int cap) {
    int *slots = arena_alloc(st->arena, (size_t)cap * sizeof(int));
    if (!slots) { st_nomem(st); return -1; }
    for (int i = 0; i < cap; i++) slots[i] = -1;
    for (int k = 0; k < s->nsyms; k++) {
        int i = (int)(s->syms[k].hash & (uint32_t)(cap - 1));
        while (slots[i] >= 0) i = (i + 1) & (cap - 1);
        slots[i] = k;
    }
    s->slots = slots;
    s->capslots = cap;
    return 0;
}

static Symbol *symbol_get(SymTable *st, Scope *s, const char *name) {
    Symbol *sym = scope_lookup(s, name);
    if (sym) return sym;
    if ((s->nsyms + 1) * 2 > s->capslots && rehash(st, s, s->capslots ? s->capslots * 2 : 16) < 0)
        return NULL;
    s->syms = grow(st, s->syms, s->nsyms, &s->capsyms, sizeof(Symbol));
    if (!s->syms) return NULL;
    sym = &s->syms[s->nsyms];
    sym->name = name;
    sym->hash = name_hash(name);
    sym->flags = 0;
    sym->scope = SYM_UNKNOWN;
    int mask = s->capslots - 1;
    int i = (int)(sym->hash & (uint32_t)mask);
    while (s->slots[i] >= 0) i = (i + 1) & mask;
    s->slots[i] = s->nsyms++;
    return sym;
}

/* Private name mangling (CPython's _Py_Mangle): inside class C, __x
 * becomes _C__x unless it ends in two underscores or contains a dot; the
 * class name loses its leading underscores, and a name made only of them
 * disables mangling. The result lives in the arena. */
const char *symtable_mangle(Arena *arena, const char *priv, const char *name) {
    if (!priv || name[0] != '_' || name[1] != '_') return name;
    size_t n = strlen(name);
    if ((n >= 2 && name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.')) return name;
    while (*priv == '_') priv++;
    if (!*priv) return name;
    size_t p = strlen(priv);
    char *m = arena_alloc(arena, n + p + 2);
    if (!m) return name;
    m[0] = '_';
    memcpy(m + 1, priv, p);
    memcpy(m + 1 + p, name, n + 1);
    return m;
}

/* Records flag for name in scope s (CPython's symtable_add_def_helper). */
static int add_def_in(SymTable *st, Scope *s, const char *name, int flag, Pos pos) {
    name = symtable_mangle(st->arena, st->priv, name);
    Symbol *sym = symbol_get(st, s, name);
    if (!sym) return -1;
    if ((flag & DEF_PARAM) && (sym->flags & DEF_PARAM)) {
        st_error(st, pos, "duplicate argument '%s' in function definition", name);
        return -1;
    }
    sym->flags |= flag;
    if ((flag & DEF_GLOBAL) && st->top && s != st->top) {
        /* `global x` anywhere makes x a declared global of the module too
         * (CPython records it in the module's symbols): the module then
         * uses STORE_GLOBAL/LOAD_GLOBAL for x. */
        Symbol *g = symbol_get(st, st->top, name);
        if (!g) return -1;
        g->flags |= DEF_GLOBAL;
    }
    if (flag & DEF_PARAM) {
        s->params = grow(st, s->params, s->nparams, &s->capparams, sizeof(const char *));
        if (!s->params) return -1;
        s->params[s->nparams++] = name;
    }
    return 0;
}

static int add_def(SymTable *st, const char *name, int flag, Pos pos) {
    return add_def_in(st, st->cur, name, flag, pos);
}

static int record_directive(SymTable *st, const char *name, Pos pos) {
    Scope *s = st->cur;
    s->directives = grow(st, s->directives, s->ndirectives, &s->capdirectives,
                         sizeof *s->directives);
    if (!s->directives) return -1;
    s->directives[s->ndirectives].name = name;
    s->directives[s->ndirectives].pos = pos;
    s->ndirectives++;
    return 0;
}

static Pos directive_pos(const Scope *s, const char *name) {
    for (int i = s->ndirectives - 1; i >= 0; i--)
        if (strcmp(s->directives[i].name, name) == 0) return s->directives[i].pos;
    return s->pos;
}

/* ---- scopes ------------------------------------------------------------------ */

static Scope *enter_scope(SymTable *st, ScopeKind kind, const char *name, const void *node, Pos pos) {
    Scope *s = arena_alloc(st->arena, sizeof(Scope));
    if (!s) { st_nomem(st); return NULL; }
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->pos = pos;
    s->parent = st->cur;
    s->is_function = kind == SCOPE_FUNCTION || kind == SCOPE_LAMBDA || kind == SCOPE_COMPREHENSION;
    if (st->cur) {
        Scope *p = st->cur;
        s->is_nested = p->is_nested || p->is_function;
        p->children = grow(st, p->children, p->nchildren, &p->capchildren, sizeof(Scope *));
        if (!p->children) return NULL;
        p->children[p->nchildren++] = s;
    }
    st->cur = s;
    return s;
}

static void exit_scope(SymTable *st) { st->cur = st->cur->parent; }

Scope *symtable_child(const Scope *parent, const void *node) {
    for (int i = 0; i < parent->nchildren; i++)
        if (parent->children[i]->node == node) return parent->children[i];
    return NULL;
}

/* ---- pass 1: visiting ----------------------------------------------------------- */

static int visit_expr(SymTable *st, const Expr *e);
static int visit_stmts(SymTable *st, const StmtList *l);

static int visit_exprs(SymTable *st, const ExprList *l) {
    for (int i = 0; i < l->n; i++)
        if (l->items[i] && visit_expr(st, l->items[i]) < 0) return -1;
    return 0;
}

static int visit_opt(SymTable *st, const Expr *e) { return e ? visit_expr(st, e) : 0; }

static int visit_params(SymTable *st, const ArgList *l) {
    for (int i = 0; i < l->n; i++)
        if (add_def(st, l->items[i]->arg, DEF_PARAM, l->items[i]->pos) < 0) return -1;
    return 0;
}

/* Parameters, in localsplus order: posonly, args, kwonly, *args, **kwargs. */
static int visit_arguments(SymTable *st, const Arguments *a) {
    if (visit_params(st, &a->posonlyargs) < 0 || visit_params(st, &a->args) < 0 ||
        visit_params(st, &a->kwonlyargs) < 0) return -1;
    if (a->vararg) {
        if (add_def(st, a->vararg->arg, DEF_PARAM, a->vararg->pos) < 0) return -1;
        st->cur->has_varargs = true;
    }
    if (a->kwarg) {
        if (add_def(st, a->kwarg->arg, DEF_PARAM, a->kwarg->pos) < 0) return -1;
        st->cur->has_varkw = true;
    }
    return 0;
}

/* Defaults and annotations are evaluated in the enclosing scope. */
static int visit_arg_annotations(SymTable *st, const ArgList *l) {
    for (int i = 0; i < l->n; i++)
        if (visit_opt(st, l->items[i]->annotation) < 0) return -1;
    return 0;
}

static int visit_outer_arguments(SymTable *st, const Arguments *a, const Expr *returns) {
    if (visit_exprs(st, &a->defaults) < 0 || visit_exprs(st, &a->kw_defaults) < 0) return -1;
    if (visit_arg_annotations(st, &a->posonlyargs) < 0 || visit_arg_annotations(st, &a->args) < 0 ||
        visit_arg_annotations(st, &a->kwonlyargs) < 0) return -1;
    if (a->vararg && visit_opt(st, a->vararg->annotation) < 0) return -1;
    if (a->kwarg && visit_opt(st, a->kwarg->annotation) < 0) return -1;
    return visit_opt(st, returns);
}

static const char *comp_names[] = { "", "listcomp", "setcomp", "dictcomp", "genexpr" };
static const char *comp_descr[] = { "", "list comprehension", "set comprehension",
                                    "dict comprehension", "generator expression" };

/* A walrus inside a comprehension binds in the nearest enclosing
 * non-comprehension scope (PEP 572). */
static int extend_namedexpr_scope(SymTable *st, const Expr *target) {
    const char *name = target->v.name.id;
    for (Scope *s = st->cur; s; s = s->parent) {
        if (s->kind == SCOPE_COMPREHENSION) {
            Symbol *sym = scope_lookup(s, name);
            if (sym && (sym->flags & DEF_COMP_ITER)) {
                st_error(st, target->pos,
                         "assignment expression cannot rebind comprehension iteration variable '%s'",
                         name);
                return -1;
            }
            continue;
        }
        if (s->kind == SCOPE_FUNCTION || s->kind == SCOPE_LAMBDA) {
            Symbol *sym = scope_lookup(s, name);
            int flag = sym && (sym->flags & DEF_GLOBAL) ? DEF_GLOBAL : DEF_NONLOCAL;
            if (add_def(st, name, flag, target->pos) < 0 ||
                record_directive(st, name, target->pos) < 0) return -1;
            return add_def_in(st, s, name, DEF_LOCAL, target->pos);
        }
        if (s->kind == SCOPE_MODULE) {
            if (add_def(st, name, DEF_GLOBAL, target->pos) < 0 ||
                record_directive(st, name, target->pos) < 0) return -1;
            return add_def_in(st, s, name, DEF_GLOBAL, target->pos);
        }
        st_error(st, target->pos,
                 "assignment expression within a comprehension cannot be used in a class body%s", "");
        return -1;
    }
    return 0;
}

static int visit_comprehension(SymTable *st, const Expr *e, CompKind kind) {
    const ComprehensionList *gens = &e->v.comp.generators;
    if (gens->n == 0) return 0;
    const Comprehension *first = gens->items[0];
    /* The outermost iterable is evaluated in the enclosing scope. */
    st->cur->comp_iter_expr++;
    int r = visit_expr(st, first->iter);
    st->cur->comp_iter_expr--;
    if (r < 0) return -1;
    Scope *s = enter_scope(st, SCOPE_COMPREHENSION, comp_names[kind], e, e->pos);
    if (!s) return -1;
    s->comp = kind;
    if (kind == COMP_GEN) s->is_generator = true;
    if (first->is_async) s->is_coroutine = true;
    /* The implicit parameter ".0" receives the outermost iterator. */
    if (add_def(st, ".0", DEF_PARAM, e->pos) < 0) return -1;
    for (int i = 0; i < gens->n; i++) {
        const Comprehension *g = gens->items[i];
        if (i > 0) {
            s->comp_iter_expr++;
            r = visit_expr(st, g->iter);
            s->comp_iter_expr--;
            if (r < 0) return -1;
        }
        if (visit_expr(st, g->target) < 0) return -1;
        if (visit_exprs(st, &g->ifs) < 0) return -1;
        if (g->is_async) s->is_coroutine = true;
    }
    if (kind == COMP_DICT) {
        if (visit_expr(st, e->v.comp.key) < 0 || visit_expr(st, e->v.comp.value) < 0) return -1;
    } else if (visit_expr(st, e->v.comp.elt) < 0) {
        return -1;
    }
    /* A coroutine comprehension is awaited where it stands: an enclosing
     * comprehension becomes a coroutine too (a def is left for the
     * compiler to reject). */
    bool awaited = s->is_coroutine && kind != COMP_GEN;
    exit_scope(st);
    if (awaited && st->cur->kind == SCOPE_COMPREHENSION) st->cur->is_coroutine = true;
    return 0;
}

static int visit_name(SymTable *st, const Expr *e) {
    Scope *s = st->cur;
    int flag = e->v.name.ctx == CTX_LOAD ? DEF_USE : DEF_LOCAL;
    if (flag == DEF_LOCAL && s->kind == SCOPE_COMPREHENSION && s->comp_iter_expr == 0) {
        /* Comprehension targets: remembered so a walrus cannot rebind them.
         * Targets are the only stores a comprehension body can contain
         * besides walrus targets, which go through extend_namedexpr_scope. */
        flag |= DEF_COMP_ITER;
    }
    if (add_def(st, e->v.name.id, flag, e->pos) < 0) return -1;
    /* super() in a method implicitly needs __class__. */
    if (e->v.name.ctx == CTX_LOAD && s->is_function && strcmp(e->v.name.id, "super") == 0)
        return add_def(st, "__class__", DEF_USE, e->pos);
    return 0;
}

static int visit_expr(SymTable *st, const Expr *e) {
    if (st->failed) return -1;
    switch (e->kind) {
    case EXPR_BOOLOP: return visit_exprs(st, &e->v.boolop.values);
    case EXPR_NAMEDEXPR: {
        if (st->cur->comp_iter_expr > 0) {
            st_error(st, e->pos, "assignment expression cannot be used in a comprehension iterable expression%s", "");
            return -1;
        }
        if (visit_expr(st, e->v.namedexpr.value) < 0) return -1;
        if (st->cur->kind == SCOPE_COMPREHENSION)
            return extend_namedexpr_scope(st, e->v.namedexpr.target);
        return visit_expr(st, e->v.namedexpr.target);
    }
    case EXPR_BINOP:
        return visit_expr(st, e->v.binop.left) < 0 ? -1 : visit_expr(st, e->v.binop.right);
    case EXPR_UNARYOP: return visit_expr(st, e->v.unaryop.operand);
    case EXPR_LAMBDA: {
        const Arguments *a = e->v.lambda.args;
        if (visit_exprs(st, &a->defaults) < 0 || visit_exprs(st, &a->kw_defaults) < 0) return -1;
        if (!enter_scope(st, SCOPE_LAMBDA, "lambda", e, e->pos)) return -1;
        if (visit_arguments(st, a) < 0 || visit_expr(st, e->v.lambda.body) < 0) return -1;
        exit_scope(st);
        return 0;
    }
    case EXPR_IFEXP:
        if (visit_expr(st, e->v.ifexp.test) < 0 || visit_expr(st, e->v.ifexp.body) < 0) return -1;
        return visit_expr(st, e->v.ifexp.orelse);
    case EXPR_DICT:
        if (visit_exprs(st, &e->v.dict.keys) < 0) return -1;
        return visit_exprs(st, &e->v.dict.values);
    case EXPR_SET: return visit_exprs(st, &e->v.set.elts);
    case EXPR_LISTCOMP: return visit_comprehension(st, e, COMP_LIST);
    case EXPR_SETCOMP: return visit_comprehension(st, e, COMP_SET);
    case EXPR_DICTCOMP: return visit_comprehension(st, e, COMP_DICT);
    case EXPR_GENEXP: return visit_comprehension(st, e, COMP_GEN);
    case EXPR_AWAIT:
        if (visit_expr(st, e->v.await_.value) < 0) return -1;
        /* Only a comprehension becomes a coroutine by containing await;
         * a plain def stays one, so the compiler can reject the await. */
        if (st->cur->kind == SCOPE_COMPREHENSION) st->cur->is_coroutine = true;
        return 0;
    case EXPR_YIELD:
    case EXPR_YIELDFROM: {
        const Expr *v = e->kind == EXPR_YIELD ? e->v.yield.value : e->v.yieldfrom.value;
        if (v && visit_expr(st, v) < 0) return -1;
        Scope *s = st->cur;
        s->is_generator = true;
        if (s->kind == SCOPE_COMPREHENSION) {
            st_error(st, e->pos, "'yield' inside %s", comp_descr[s->comp]);
            return -1;
        }
        return 0;
    }
    case EXPR_COMPARE:
        if (visit_expr(st, e->v.compare.left) < 0) return -1;
        for (int i = 0; i < e->v.compare.n; i++)
            if (visit_expr(st, e->v.compare.comparators[i]) < 0) return -1;
        return 0;
    case EXPR_CALL:
        if (visit_expr(st, e->v.call.func) < 0 || visit_exprs(st, &e->v.call.args) < 0) return -1;
        for (int i = 0; i < e->v.call.keywords.n; i++)
            if (visit_expr(st, e->v.call.keywords.items[i]->value) < 0) return -1;
        return 0;
    case EXPR_FORMATTEDVALUE:
        if (visit_expr(st, e->v.formattedvalue.value) < 0) return -1;
        return visit_opt(st, e->v.formattedvalue.format_spec);
    case EXPR_JOINEDSTR: return visit_exprs(st, &e->v.joinedstr.values);
    case EXPR_CONSTANT: return 0;
    case EXPR_ATTRIBUTE: return visit_expr(st, e->v.attribute.value);
    case EXPR_SUBSCRIPT:
        if (visit_expr(st, e->v.subscript.value) < 0) return -1;
        return visit_expr(st, e->v.subscript.slice);
    case EXPR_STARRED: return visit_expr(st, e->v.starred.value);
    case EXPR_NAME: return visit_name(st, e);
    case EXPR_LIST:
    case EXPR_TUPLE: return visit_exprs(st, &e->v.list.elts);
    case EXPR_SLICE:
        if (visit_opt(st, e->v.slice.lower) < 0 || visit_opt(st, e->v.slice.upper) < 0) return -1;
        return visit_opt(st, e->v.slice.step);
    }
    return 0;
}

static int visit_pattern(SymTable *st, const Pattern *p);

static int visit_patterns(SymTable *st, const PatternList *l) {
    for (int i = 0; i < l->n; i++)
        if (visit_pattern(st, l->items[i]) < 0) return -1;
    return 0;
}

static int visit_pattern(SymTable *st, const Pattern *p) {
    switch (p->kind) {
    case PAT_VALUE: return visit_expr(st, p->v.value.value);
    case PAT_SINGLETON: return 0;
    case PAT_SEQUENCE: return visit_patterns(st, &p->v.sequence.patterns);
    case PAT_MAPPING:
        if (visit_exprs(st, &p->v.mapping.keys) < 0 || visit_patterns(st, &p->v.mapping.patterns) < 0)
            return -1;
        return p->v.mapping.rest ? add_def(st, p->v.mapping.rest, DEF_LOCAL, p->pos) : 0;
    case PAT_CLASS:
        if (visit_expr(st, p->v.cls.cls) < 0 || visit_patterns(st, &p->v.cls.patterns) < 0) return -1;
        return visit_patterns(st, &p->v.cls.kwd_patterns);
    case PAT_STAR: return p->v.star.name ? add_def(st, p->v.star.name, DEF_LOCAL, p->pos) : 0;
    case PAT_AS:
        if (p->v.as.pattern && visit_pattern(st, p->v.as.pattern) < 0) return -1;
        return p->v.as.name ? add_def(st, p->v.as.name, DEF_LOCAL, p->pos) : 0;
    case PAT_OR: return visit_patterns(st, &p->v.or_.patterns);
    }
    return 0;
}

static int visit_global_or_nonlocal(SymTable *st, const Stmt *s) {
    bool global = s->kind == STMT_GLOBAL;
    for (int i = 0; i < s->v.global.names.n; i++) {
        const char *name = s->v.global.names.items[i];
        Symbol *sym = scope_lookup(st->cur, name);
        int cur = sym ? sym->flags : 0;
        if (cur & (DEF_PARAM | DEF_LOCAL | DEF_USE | DEF_ANNOT)) {
            const char *fmt;
            if (cur & DEF_PARAM)
                fmt = global ? "name '%s' is parameter and global" : "name '%s' is parameter and nonlocal";
            else if (cur & DEF_USE)
                fmt = global ? "name '%s' is used prior to global declaration"
                             : "name '%s' is used prior to nonlocal declaration";
            else if (cur & DEF_ANNOT)
                fmt = global ? "annotated name '%s' can't be global" : "annotated name '%s' can't be nonlocal";
            else
                fmt = global ? "name '%s' is assigned to before global declaration"
                             : "name '%s' is assigned to before nonlocal declaration";
            st_error(st, s->pos, fmt, name);
            return -1;
        }
        if (add_def(st, name, global ? DEF_GLOBAL : DEF_NONLOCAL, s->pos) < 0) return -1;
        if (record_directive(st, name, s->pos) < 0) return -1;
    }
    return 0;
}

/* The name an import binds: asname, else the first component of the dotted name. */
static int visit_alias(SymTable *st, const Alias *a, Pos pos) {
    if (a->asname) return add_def(st, a->asname, DEF_IMPORT, a->pos);
    const char *dot = strchr(a->name, '.');
    if (strcmp(a->name, "*") == 0) {
        if (st->cur->kind != SCOPE_MODULE) {
            st_error(st, pos, "import * only allowed at module level%s", "");
            return -1;
        }
        return 0;
    }
    const char *name = dot ? arena_strndup(st->arena, a->name, (size_t)(dot - a->name)) : a->name;
    if (!name) { st_nomem(st); return -1; }
    return add_def(st, name, DEF_IMPORT, a->pos);
}

static int visit_stmt(SymTable *st, const Stmt *s) {
    if (st->failed) return -1;
    switch (s->kind) {
    case STMT_FUNCTIONDEF:
    case STMT_ASYNCFUNCTIONDEF: {
        if (add_def(st, s->v.funcdef.name, DEF_LOCAL, s->pos) < 0) return -1;
        if (visit_outer_arguments(st, s->v.funcdef.args, s->v.funcdef.returns) < 0) return -1;
        if (visit_exprs(st, &s->v.funcdef.decorator_list) < 0) return -1;
        Scope *fs = enter_scope(st, SCOPE_FUNCTION, s->v.funcdef.name, s, s->pos);
        if (!fs) return -1;
        if (s->kind == STMT_ASYNCFUNCTIONDEF) fs->is_coroutine = true;
        if (visit_arguments(st, s->v.funcdef.args) < 0) return -1;
        if (visit_stmts(st, &s->v.funcdef.body) < 0) return -1;
        exit_scope(st);
        return 0;
    }
    case STMT_CLASSDEF: {
        if (add_def(st, s->v.classdef.name, DEF_LOCAL, s->pos) < 0) return -1;
        if (visit_exprs(st, &s->v.classdef.bases) < 0) return -1;
        for (int i = 0; i < s->v.classdef.keywords.n; i++)
            if (visit_expr(st, s->v.classdef.keywords.items[i]->value) < 0) return -1;
        if (visit_exprs(st, &s->v.classdef.decorator_list) < 0) return -1;
        if (!enter_scope(st, SCOPE_CLASS, s->v.classdef.name, s, s->pos)) return -1;
        const char *saved_priv = st->priv;
        st->priv = s->v.classdef.name;
        if (visit_stmts(st, &s->v.classdef.body) < 0) return -1;
        st->priv = saved_priv;
        exit_scope(st);
        return 0;
    }
    case STMT_RETURN: return visit_opt(st, s->v.return_.value);
    case STMT_DELETE: return visit_exprs(st, &s->v.delete_.targets);
    case STMT_ASSIGN:
        if (visit_exprs(st, &s->v.assign.targets) < 0) return -1;
        return visit_expr(st, s->v.assign.value);
    case STMT_AUGASSIGN:
        if (visit_expr(st, s->v.augassign.target) < 0) return -1;
        return visit_expr(st, s->v.augassign.value);
    case STMT_ANNASSIGN: {
        const Expr *t = s->v.annassign.target;
        if (t->kind == EXPR_NAME) {
            Symbol *sym = scope_lookup(st->cur, t->v.name.id);
            int cur = sym ? sym->flags : 0;
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && s->v.annassign.simple) {
                st_error(st, s->pos, (cur & DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                                        : "annotated name '%s' can't be nonlocal",
                         t->v.name.id);
                return -1;
            }
            int flag = DEF_ANNOT | (s->v.annassign.simple && s->v.annassign.value ? DEF_LOCAL : 0);
            if (s->v.annassign.simple) flag |= DEF_LOCAL;
            if (add_def(st, t->v.name.id, flag, t->pos) < 0) return -1;
        } else if (visit_expr(st, t) < 0) {
            return -1;
        }
        if (visit_expr(st, s->v.annassign.annotation) < 0) return -1;
        return visit_opt(st, s->v.annassign.value);
    }
    case STMT_FOR:
    case STMT_ASYNCFOR:
        if (visit_expr(st, s->v.for_.target) < 0 || visit_expr(st, s->v.for_.iter) < 0) return -1;
        if (visit_stmts(st, &s->v.for_.body) < 0) return -1;
        return visit_stmts(st, &s->v.for_.orelse);
    case STMT_WHILE:
    case STMT_IF:
        if (visit_expr(st, s->v.if_.test) < 0 || visit_stmts(st, &s->v.if_.body) < 0) return -1;
        return visit_stmts(st, &s->v.if_.orelse);
    case STMT_WITH:
    case STMT_ASYNCWITH:
        for (int i = 0; i < s->v.with.items.n; i++) {
            const WithItem *w = s->v.with.items.items[i];
            if (visit_expr(st, w->context_expr) < 0 || visit_opt(st, w->optional_vars) < 0) return -1;
        }
        return visit_stmts(st, &s->v.with.body);
    case STMT_MATCH:
        if (visit_expr(st, s->v.match.subject) < 0) return -1;
        for (int i = 0; i < s->v.match.cases.n; i++) {
            const MatchCase *mc = s->v.match.cases.items[i];
            if (visit_pattern(st, mc->pattern) < 0 || visit_opt(st, mc->guard) < 0) return -1;
            if (visit_stmts(st, &mc->body) < 0) return -1;
        }
        return 0;
    case STMT_RAISE:
        return visit_opt(st, s->v.raise.exc) < 0 ? -1 : visit_opt(st, s->v.raise.cause);
    case STMT_TRY:
    case STMT_TRYSTAR:
        if (visit_stmts(st, &s->v.try_.body) < 0) return -1;
        for (int i = 0; i < s->v.try_.handlers.n; i++) {
            const ExceptHandler *h = s->v.try_.handlers.items[i];
            if (visit_opt(st, h->type) < 0) return -1;
            if (h->name && add_def(st, h->name, DEF_LOCAL, h->pos) < 0) return -1;
            if (visit_stmts(st, &h->body) < 0) return -1;
        }
        if (visit_stmts(st, &s->v.try_.orelse) < 0) return -1;
        return visit_stmts(st, &s->v.try_.finalbody);
    case STMT_ASSERT:
        return visit_expr(st, s->v.assert_.test) < 0 ? -1 : visit_opt(st, s->v.assert_.msg);
    case STMT_IMPORT:
        for (int i = 0; i < s->v.import.names.n; i++)
            if (visit_alias(st, s->v.import.names.items[i], s->pos) < 0) return -1;
        return 0;
    case STMT_IMPORTFROM:
        for (int i = 0; i < s->v.importfrom.names.n; i++)
            if (visit_alias(st, s->v.importfrom.names.items[i], s->pos) < 0) return -1;
        return 0;
    case STMT_GLOBAL:
    case STMT_NONLOCAL:
        return visit_global_or_nonlocal(st, s);
    case STMT_EXPR: return visit_expr(st, s->v.expr.value);
    case STMT_PASS:
    case STMT_BREAK:
    case STMT_CONTINUE:
        return 0;
    }
    return 0;
}

static int visit_stmts(SymTable *st, const StmtList *l) {
    for (int i = 0; i < l->n; i++)
        if (visit_stmt(st, l->items[i]) < 0) return -1;
    return 0;
}

/* ---- pass 2: analysis --------------------------------------------------------- */

/* A set of names (hash set with tombstones), arena-allocated. */
typedef struct NameSet {
    const char **keys;   /* NULL empty, TOMB removed */
    uint32_t *hashes;
    int used, cap;
} NameSet;

static const char TOMB_MARK[] = "";
#define TOMB TOMB_MARK

static int ns_init(SymTable *st, NameSet *s, int cap) {
    s->cap = cap;
    s->used = 0;
    s->keys = arena_alloc(st->arena, (size_t)cap * sizeof(char *));
    s->hashes = arena_alloc(st->arena, (size_t)cap * sizeof(uint32_t));
    if (!s->keys || !s->hashes) { st_nomem(st); return -1; }
    return 0;
}

static int ns_find(const NameSet *s, const char *name, uint32_t h) {
    if (!s || !s->cap) return -1;
    int mask = s->cap - 1;
    for (int i = (int)(h & (uint32_t)mask);; i = (i + 1) & mask) {
        if (!s->keys[i]) return -1;
        if (s->keys[i] != TOMB && s->hashes[i] == h && strcmp(s->keys[i], name) == 0) return i;
    }
}

static bool ns_has(const NameSet *s, const char *name) {
    return ns_find(s, name, name_hash(name)) >= 0;
}

static int ns_add(SymTable *st, NameSet *s, const char *name);

static int ns_grow(SymTable *st, NameSet *s) {
    NameSet old = *s;
    if (ns_init(st, s, old.cap ? old.cap * 2 : 16) < 0) return -1;
    for (int i = 0; i < old.cap; i++)
        if (old.keys[i] && old.keys[i] != TOMB && ns_add(st, s, old.keys[i]) < 0) return -1;
    return 0;
}

static int ns_add(SymTable *st, NameSet *s, const char *name) {
    uint32_t h = name_hash(name);
    if (ns_find(s, name, h) >= 0) return 0;
    if ((s->used + 1) * 2 > s->cap && ns_grow(st, s) < 0) return -1;
    int mask = s->cap - 1;
    int i = (int)(h & (uint32_t)mask);
    while (s->keys[i] && s->keys[i] != TOMB) i = (i + 1) & mask;
    if (!s->keys[i]) s->used++;
    s->keys[i] = name;
    s->hashes[i] = h;
    return 0;
}

static void ns_remove(NameSet *s, const char *name) {
    int i = ns_find(s, name, name_hash(name));
    if (i >= 0) s->keys[i] = TOMB;
}

static int ns_update(SymTable *st, NameSet *dst, const NameSet *src) {
    if (!src) return 0;
    for (int i = 0; i < src->cap; i++)
        if (src->keys[i] && src->keys[i] != TOMB && ns_add(st, dst, src->keys[i]) < 0) return -1;
    return 0;
}

static int ns_copy(SymTable *st, NameSet *dst, const NameSet *src) {
    if (ns_init(st, dst, 16) < 0) return -1;
    return ns_update(st, dst, src);
}

/* bound: names bound by enclosing functions (NULL at module level);
 * global: names declared global in enclosing scopes; free: receives the
 * names free in s (or its children) that an enclosing scope must supply. */
static int analyze_name(SymTable *st, Scope *s, Symbol *sym, NameSet *bound,
                        NameSet *local, NameSet *free, NameSet *global) {
    const char *name = sym->name;
    int flags = sym->flags;
    if (flags & DEF_GLOBAL) {
        if (flags & DEF_NONLOCAL) {
            st_error(st, directive_pos(s, name), "name '%s' is nonlocal and global", name);
            return -1;
        }
        sym->scope = SYM_GLOBAL_EXPLICIT;
        if (ns_add(st, global, name) < 0) return -1;
        if (bound) ns_remove(bound, name);
        return 0;
    }
    if (flags & DEF_NONLOCAL) {
        if (!bound) {
            st_error(st, directive_pos(s, name), "nonlocal declaration not allowed at module level%s", "");
            return -1;
        }
        if (!ns_has(bound, name)) {
            st_error(st, directive_pos(s, name), "no binding for nonlocal '%s' found", name);
            return -1;
        }
        sym->scope = SYM_FREE;
        s->has_free = true;
        return ns_add(st, free, name);
    }
    if (flags & DEF_BOUND) {
        sym->scope = SYM_LOCAL;
        if (ns_add(st, local, name) < 0) return -1;
        ns_remove(global, name);
        return 0;
    }
    if (bound && ns_has(bound, name)) {
        sym->scope = SYM_FREE;
        s->has_free = true;
        return ns_add(st, free, name);
    }
    sym->scope = SYM_GLOBAL_IMPLICIT;
    return 0;
}

static int analyze_block(SymTable *st, Scope *s, NameSet *bound, NameSet *free, NameSet *global);

static int analyze_child(SymTable *st, Scope *child, NameSet *bound, NameSet *global, NameSet *child_free) {
    NameSet b, g;
    if (ns_copy(st, &b, bound) < 0 || ns_copy(st, &g, global) < 0) return -1;
    if (ns_init(st, child_free, 16) < 0) return -1;
    return analyze_block(st, child, &b, child_free, &g);
}

static int analyze_block(SymTable *st, Scope *s, NameSet *bound, NameSet *free, NameSet *global) {
    NameSet local, newbound, newglobal, newfree;
    if (ns_init(st, &local, 16) < 0 || ns_init(st, &newbound, 16) < 0 ||
        ns_init(st, &newglobal, 16) < 0 || ns_init(st, &newfree, 16) < 0) return -1;

    /* A class body's names are invisible to its methods: children see what
     * the class itself saw, computed before the class's own names count. */
    if (s->kind == SCOPE_CLASS) {
        if (ns_update(st, &newglobal, global) < 0) return -1;
        if (bound && ns_update(st, &newbound, bound) < 0) return -1;
    }
    for (int i = 0; i < s->nsyms; i++)
        if (analyze_name(st, s, &s->syms[i], bound, &local, free, global) < 0) return -1;

    if (s->kind != SCOPE_CLASS) {
        if (s->is_function && ns_update(st, &newbound, &local) < 0) return -1;
        if (bound && ns_update(st, &newbound, bound) < 0) return -1;
        if (ns_update(st, &newglobal, global) < 0) return -1;
    } else if (ns_add(st, &newbound, "__class__") < 0) {
        return -1;
    }

    for (int i = 0; i < s->nchildren; i++) {
        Scope *c = s->children[i];
        NameSet cfree;
        if (analyze_child(st, c, &newbound, &newglobal, &cfree) < 0) return -1;
        if (ns_update(st, &newfree, &cfree) < 0) return -1;
        if (c->has_free || c->child_free) s->child_free = true;
    }

    if (s->is_function) {
        /* Locals captured by children become cells. */
        for (int i = 0; i < s->nsyms; i++) {
            Symbol *sym = &s->syms[i];
            if (sym->scope == SYM_LOCAL && ns_has(&newfree, sym->name)) {
                sym->scope = SYM_CELL;
                ns_remove(&newfree, sym->name);
            }
        }
    } else if (s->kind == SCOPE_CLASS && ns_has(&newfree, "__class__")) {
        ns_remove(&newfree, "__class__");
        s->needs_class_closure = true;
    }

    /* Free names of children that pass through this scope. */
    for (int i = 0; i < newfree.cap; i++) {
        const char *name = newfree.keys[i];
        if (!name || name == TOMB) continue;
        Symbol *sym = scope_lookup(s, name);
        if (sym) {
            if (s->kind == SCOPE_CLASS && (sym->flags & (DEF_BOUND | DEF_GLOBAL)))
                sym->flags |= DEF_FREE_CLASS;
            continue;   /* a cell, already free, or a class's own name */
        }
        if (bound && !ns_has(bound, name)) continue;   /* a global */
        sym = symbol_get(st, s, name);
        if (!sym) return -1;
        sym->scope = SYM_FREE;
        s->has_free = true;
    }
    return ns_update(st, free, &newfree);
}

SymTable *symtable_build(Arena *arena, const Module *mod, SyntaxErrorInfo *err) {
    SymTable *st = arena_alloc(arena, sizeof(SymTable));
    if (!st) {
        memset(err, 0, sizeof *err);
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return NULL;
    }
    st->arena = arena;
    st->err = err;
    Pos p = {1, 0, 1, 0};
    st->top = enter_scope(st, SCOPE_MODULE, "top", mod, p);
    if (!st->top) return NULL;
    if (visit_stmts(st, &mod->body) < 0) return NULL;
    NameSet free, global;
    if (ns_init(st, &free, 16) < 0 || ns_init(st, &global, 16) < 0) return NULL;
    if (analyze_block(st, st->top, NULL, &free, &global) < 0) return NULL;
    return st;
}

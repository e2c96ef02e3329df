/* compile_stmt.c: statements, function definitions and lambdas, with
 * CPython 3.11's instruction shapes. */
#include <string.h>
#include "compiler_internal.h"
#include "../vm/errors.h"
#include "../vm/str.h"
#include "../vm/tuple.h"

const char *docstring_of(const StmtList *body) {
    if (body->n == 0) return NULL;
    const Stmt *s = body->items[0];
    if (s->kind != STMT_EXPR) return NULL;
    const Expr *e = s->v.expr.value;
    if (e->kind != EXPR_CONSTANT || e->v.constant.kind != CONST_STR) return NULL;
    return e->v.constant.s;
}

static bool is_docstring_stmt(const Stmt *s) {
    return s->kind == STMT_EXPR && s->v.expr.value->kind == EXPR_CONSTANT &&
           s->v.expr.value->v.constant.kind == CONST_STR;
}

static Value docstring_value(const Stmt *s) {
    const Constant *k = &s->v.expr.value->v.constant;
    return str_new(k->s, k->len);
}

int compile_stmts(Compiler *c, const StmtList *l) {
    for (int i = 0; i < l->n; i++)
        if (compile_stmt(c, l->items[i]) < 0) return -1;
    return 0;
}

/* Does the body contain an annotated assignment (needs __annotations__)? */
static bool find_ann(const StmtList *l) {
    for (int i = 0; i < l->n; i++) {
        const Stmt *s = l->items[i];
        switch (s->kind) {
        case STMT_ANNASSIGN: return true;
        case STMT_FOR: case STMT_ASYNCFOR:
            if (find_ann(&s->v.for_.body) || find_ann(&s->v.for_.orelse)) return true;
            break;
        case STMT_WHILE: case STMT_IF:
            if (find_ann(&s->v.if_.body) || find_ann(&s->v.if_.orelse)) return true;
            break;
        case STMT_WITH: case STMT_ASYNCWITH:
            if (find_ann(&s->v.with.body)) return true;
            break;
        case STMT_TRY: case STMT_TRYSTAR:
            if (find_ann(&s->v.try_.body) || find_ann(&s->v.try_.orelse) ||
                find_ann(&s->v.try_.finalbody)) return true;
            for (int k = 0; k < s->v.try_.handlers.n; k++)
                if (find_ann(&s->v.try_.handlers.items[k]->body)) return true;
            break;
        case STMT_MATCH:
            for (int k = 0; k < s->v.match.cases.n; k++)
                if (find_ann(&s->v.match.cases.items[k]->body)) return true;
            break;
        default: break;
        }
    }
    return false;
}

int compile_module_body(Compiler *c, const StmtList *body) {
    int start = 0;
    if (find_ann(body) && emit(c, OP_SETUP_ANNOTATIONS, 0) < 0) return -1;
    if (c->mode != COMPILE_SINGLE && body->n && is_docstring_stmt(body->items[0])) {
        const Stmt *s = body->items[0];
        CodePosition old = set_loc(c, s->pos);
        if (emit_const(c, docstring_value(s)) < 0) return -1;
        if (compile_nameop(c, "__doc__", CTX_STORE, s->pos) < 0) return -1;
        c->u->loc = old;
        start = 1;
    }
    for (int i = start; i < body->n; i++)
        if (compile_stmt(c, body->items[i]) < 0) return -1;
    return 0;
}

/* ---- functions ------------------------------------------------------------------- */

static int code_flags(const Scope *s) {
    int flags = 0;
    if (s->is_function) {
        flags |= CO_OPTIMIZED | CO_NEWLOCALS;
        if (s->is_nested) flags |= CO_NESTED;
        if (s->is_generator && !s->is_coroutine) flags |= CO_GENERATOR;
        if (!s->is_generator && s->is_coroutine) flags |= CO_COROUTINE;
        if (s->is_generator && s->is_coroutine) flags |= CO_ASYNC_GENERATOR;
        if (s->has_varargs) flags |= CO_VARARGS;
        if (s->has_varkw) flags |= CO_VARKEYWORDS;
    }
    return flags;
}

/* Pushes the closure tuple (if the code has free variables), the code
 * object and MAKE_FUNCTION. Steals code. */
int compile_make_closure(Compiler *c, Value code, int flags) {
    if (v_is_null(code)) return -1;
    CodeObject *co = v_as_code(code);
    if (co->nfreevars) {
        for (int i = 0; i < co->nfreevars; i++) {
            Value name = tuple_items(co->localsplusnames)[co->nlocalsplus - co->nfreevars + i];
            int k = deref_index(c->u, str_data(name));
            if (k < 0) {
                v_decref(code);
                return compiler_error(c, c->u->scope->pos, "compiler: no cell for free variable '%s'",
                                      str_data(name));
            }
            if (emit(c, OP_LOAD_CLOSURE, k) < 0) { v_decref(code); return -1; }
        }
        if (emit(c, OP_BUILD_TUPLE, co->nfreevars) < 0) { v_decref(code); return -1; }
        flags |= 8;
    }
    if (emit_const(c, code) < 0) return -1;
    return emit(c, OP_MAKE_FUNCTION, flags);
}

/* Positional defaults as one tuple (folded when constant), keyword-only
 * defaults as a dict built with BUILD_CONST_KEY_MAP. */
int compile_defaults(Compiler *c, const Arguments *a, int *flags) {
    if (a->defaults.n) {
        Value folded = V_NULL;
        Expr tup;
        memset(&tup, 0, sizeof tup);
        tup.kind = EXPR_TUPLE;
        tup.v.list.elts = a->defaults;
        tup.v.list.ctx = CTX_LOAD;
        int r = const_fold(c, &tup, &folded);
        if (r < 0) return -1;
        if (r) {
            if (emit_const(c, folded) < 0) return -1;
        } else {
            for (int i = 0; i < a->defaults.n; i++)
                if (compile_expr(c, a->defaults.items[i]) < 0) return -1;
            if (emit(c, OP_BUILD_TUPLE, a->defaults.n) < 0) return -1;
        }
        *flags |= 1;
    }
    int nkw = 0;
    for (int i = 0; i < a->kw_defaults.n; i++)
        if (a->kw_defaults.items[i]) nkw++;
    if (nkw) {
        Value keys = tuple_new(nkw);
        if (v_is_null(keys)) return compiler_nomem(c);
        int k = 0;
        for (int i = 0; i < a->kw_defaults.n; i++) {
            if (!a->kw_defaults.items[i]) continue;
            if (compile_expr(c, a->kw_defaults.items[i]) < 0) { v_decref(keys); return -1; }
            tuple_items(keys)[k++] = v_newref(intern_name(a->kwonlyargs.items[i]->arg));
        }
        if (emit_const(c, keys) < 0) return -1;
        if (emit(c, OP_BUILD_CONST_KEY_MAP, nkw) < 0) return -1;
        *flags |= 2;
    }
    return 0;
}

/* An annotation's value: the expression, or under `from __future__ import
 * annotations` its source text as CPython unparses it. */
static int compile_annotation(Compiler *c, const Expr *e) {
    if (c->future_annotations) {
        Value s = unparse_annotation(c, e);
        if (!v_is_null(s)) return emit_const(c, s);
        if (err_occurred()) return compiler_nomem(c);
    }
    return compile_expr(c, e);
}

static int compile_annotation_list(Compiler *c, const ArgList *l, int *n) {
    for (int i = 0; i < l->n; i++) {
        const Arg *a = l->items[i];
        if (!a->annotation) continue;
        if (emit_const(c, v_newref(intern_name(a->arg))) < 0) return -1;
        if (compile_annotation(c, a->annotation) < 0) return -1;
        *n += 2;
    }
    return 0;
}

/* 3.11: annotations as a flat (name, value, ...) tuple. */
static int compile_annotations(Compiler *c, const Arguments *a, const Expr *returns, int *flags) {
    int n = 0;
    if (compile_annotation_list(c, &a->args, &n) < 0 || compile_annotation_list(c, &a->posonlyargs, &n) < 0)
        return -1;
    if (a->vararg && a->vararg->annotation) {
        if (emit_const(c, v_newref(intern_name(a->vararg->arg))) < 0 ||
            compile_annotation(c, a->vararg->annotation) < 0) return -1;
        n += 2;
    }
    if (compile_annotation_list(c, &a->kwonlyargs, &n) < 0) return -1;
    if (a->kwarg && a->kwarg->annotation) {
        if (emit_const(c, v_newref(intern_name(a->kwarg->arg))) < 0 ||
            compile_annotation(c, a->kwarg->annotation) < 0) return -1;
        n += 2;
    }
    if (returns) {
        if (emit_const(c, v_newref(intern_name("return"))) < 0 || compile_annotation(c, returns) < 0) return -1;
        n += 2;
    }
    if (n) {
        if (emit(c, OP_BUILD_TUPLE, n) < 0) return -1;
        *flags |= 4;
    }
    return 0;
}

static void set_arg_counts(Unit *u, const Arguments *a) {
    u->argcount = a->posonlyargs.n + a->args.n;
    u->posonlyargcount = a->posonlyargs.n;
    u->kwonlyargcount = a->kwonlyargs.n;
}

int compile_function_def(Compiler *c, const Stmt *s) {
    const ExprList *decos = &s->v.funcdef.decorator_list;
    for (int i = 0; i < decos->n; i++)
        if (compile_expr(c, decos->items[i]) < 0) return -1;
    int firstlineno = decos->n ? decos->items[0]->pos.lineno : s->pos.lineno;
    int flags = 0;
    if (compile_defaults(c, s->v.funcdef.args, &flags) < 0) return -1;
    if (compile_annotations(c, s->v.funcdef.args, s->v.funcdef.returns, &flags) < 0) return -1;

    Scope *fs = symtable_child(c->u->scope, s);
    if (!fs) return compiler_error(c, s->pos, "compiler: missing scope for '%s'", s->v.funcdef.name);
    Value qualname = make_qualname(c, s->v.funcdef.name, fs);
    Value name = str_intern_cstr(s->v.funcdef.name);
    if (v_is_null(qualname) || v_is_null(name)) { v_decref(qualname); return compiler_nomem(c); }
    if (enter_unit(c, fs, v_newref(name), firstlineno) < 0) { v_decref(qualname); return -1; }
    c->u->qualname = qualname;
    set_arg_counts(c->u, s->v.funcdef.args);
    const StmtList *body = &s->v.funcdef.body;
    int start = 0;
    if (body->n && is_docstring_stmt(body->items[0])) {
        if (add_const(c, docstring_value(body->items[0])) < 0) return -1;
        start = 1;
    } else if (add_const(c, V_NONE) < 0) {
        return -1;
    }
    for (int i = start; i < body->n; i++)
        if (compile_stmt(c, body->items[i]) < 0) return -1;
    Value co = leave_unit(c, code_flags(fs));
    if (v_is_null(co)) return -1;
    if (compile_make_closure(c, co, flags) < 0) return -1;

    for (int i = decos->n - 1; i >= 0; i--) {
        CodePosition old = set_loc(c, decos->items[i]->pos);
        if (emit(c, OP_CALL, 0) < 0) return -1;
        c->u->loc = old;
    }
    return compile_nameop(c, s->v.funcdef.name, CTX_STORE, s->pos);
}

/* ---- classes ------------------------------------------------------------------------- */

const char *mangle_name(Compiler *c, const char *name) {
    return symtable_mangle(c->arena, c->u->priv, name);
}

/* Adds the implicit __class__ cell to a class body unit (CPython's
 * compiler_enter_scope for ste_needs_class_closure). enter_unit sized
 * cellvars with one spare entry. */
static int add_class_cell(Compiler *c) {
    Unit *u = c->u;
    Value n = intern_name("__class__");
    if (v_is_null(n)) return compiler_nomem(c);
    int i = u->ncellvars;
    while (i > 0 && strcmp(str_data(u->cellvars[i - 1]), "__class__") > 0) {
        u->cellvars[i] = u->cellvars[i - 1];
        i--;
    }
    u->cellvars[i] = n;
    u->ncellvars++;
    return 0;
}

/* CPython 3.11's shape: the body becomes a function run by
 * __build_class__(func, name, *bases, **keywords) with the class namespace
 * as its locals; it stores __module__ and __qualname__ first and returns
 * the __class__ cell (also stored as __classcell__) when a method uses
 * super() or __class__, so type.__new__ can fill it. */
static int compile_class(Compiler *c, const Stmt *s) {
    const ExprList *decos = &s->v.classdef.decorator_list;
    for (int i = 0; i < decos->n; i++)
        if (compile_expr(c, decos->items[i]) < 0) return -1;
    int firstlineno = decos->n ? decos->items[0]->pos.lineno : s->pos.lineno;
    Scope *cs = symtable_child(c->u->scope, s);
    if (!cs) return compiler_error(c, s->pos, "compiler: missing scope for '%s'", s->v.classdef.name);
    Value qualname = make_qualname(c, s->v.classdef.name, cs);
    Value name = str_intern_cstr(s->v.classdef.name);
    if (v_is_null(qualname) || v_is_null(name)) { v_decref(qualname); return compiler_nomem(c); }
    if (enter_unit(c, cs, v_newref(name), firstlineno) < 0) { v_decref(qualname); return -1; }
    c->u->qualname = qualname;
    c->u->priv = s->v.classdef.name;
    if (cs->needs_class_closure && add_class_cell(c) < 0) return -1;
    c->u->loc = pos_loc(s->pos);
    int k = add_name(c, "__name__");
    if (k < 0 || emit(c, OP_LOAD_NAME, k) < 0) return -1;
    if ((k = add_name(c, "__module__")) < 0 || emit(c, OP_STORE_NAME, k) < 0) return -1;
    if (emit_const(c, v_newref(qualname)) < 0) return -1;
    if ((k = add_name(c, "__qualname__")) < 0 || emit(c, OP_STORE_NAME, k) < 0) return -1;
    const StmtList *body = &s->v.classdef.body;
    if (find_ann(body) && emit(c, OP_SETUP_ANNOTATIONS, 0) < 0) return -1;
    int start = 0;
    if (body->n && is_docstring_stmt(body->items[0])) {
        CodePosition old = set_loc(c, body->items[0]->pos);
        if (emit_const(c, docstring_value(body->items[0])) < 0) return -1;
        if ((k = add_name(c, "__doc__")) < 0 || emit(c, OP_STORE_NAME, k) < 0) return -1;
        c->u->loc = old;
        start = 1;
    }
    for (int i = start; i < body->n; i++)
        if (compile_stmt(c, body->items[i]) < 0) return -1;
    c->u->loc = (CodePosition){ -1, -1, -1, -1 };
    if (cs->needs_class_closure) {
        int cell = deref_index(c->u, "__class__");
        if (cell < 0 || emit_noline(c, OP_LOAD_CLOSURE, cell) < 0 || emit_noline(c, OP_COPY, 1) < 0)
            return -1;
        if ((k = add_name(c, "__classcell__")) < 0 || emit_noline(c, OP_STORE_NAME, k) < 0) return -1;
    } else if (emit_const(c, V_NONE) < 0) {
        return -1;
    }
    if (emit_noline(c, OP_RETURN_VALUE, 0) < 0) return -1;
    Value co = leave_unit(c, 0);
    if (v_is_null(co)) return -1;

    CodePosition old = set_loc(c, s->pos);
    if (emit(c, OP_PUSH_NULL, 0) < 0 || emit(c, OP_LOAD_BUILD_CLASS, 0) < 0) return -1;
    if (compile_make_closure(c, co, 0) < 0) return -1;
    if (emit_const(c, v_newref(name)) < 0) return -1;
    if (compile_call_helper(c, 2, &s->v.classdef.bases, &s->v.classdef.keywords) < 0) return -1;
    for (int i = decos->n - 1; i >= 0; i--) {
        set_loc(c, decos->items[i]->pos);
        if (emit(c, OP_CALL, 0) < 0) return -1;
    }
    c->u->loc = old;
    return compile_nameop(c, s->v.classdef.name, CTX_STORE, s->pos);
}

int compile_lambda(Compiler *c, const Expr *e) {
    int flags = 0;
    const Arguments *a = e->v.lambda.args;
    if (compile_defaults(c, a, &flags) < 0) return -1;
    Scope *fs = symtable_child(c->u->scope, e);
    if (!fs) return compiler_error(c, e->pos, "compiler: missing scope for lambda");
    Value qualname = make_qualname(c, "<lambda>", fs);
    Value name = str_intern_cstr("<lambda>");
    if (v_is_null(qualname) || v_is_null(name)) { v_decref(qualname); return compiler_nomem(c); }
    if (enter_unit(c, fs, v_newref(name), e->pos.lineno) < 0) { v_decref(qualname); return -1; }
    c->u->qualname = qualname;
    set_arg_counts(c->u, a);
    /* None first, so a lambda never has a docstring. */
    if (add_const(c, V_NONE) < 0) return -1;
    c->u->loc = pos_loc(e->v.lambda.body->pos);
    if (compile_expr(c, e->v.lambda.body) < 0) return -1;
    if (!fs->is_generator && emit(c, OP_RETURN_VALUE, 0) < 0) return -1;
    if (fs->is_generator && (emit(c, OP_POP_TOP, 0) < 0 || emit_const(c, V_NONE) < 0 ||
                             emit(c, OP_RETURN_VALUE, 0) < 0)) return -1;
    Value co = leave_unit(c, code_flags(fs));
    if (v_is_null(co)) return -1;
    return compile_make_closure(c, co, flags);
}

/* ---- loops and unwinding ----------------------------------------------------------- */

/* push_fblock and the unwinding of blocks live in compile_exc.c. */

/* async for (CPython 3.11's shape): GET_AITER, then per item GET_ANEXT and
 * the await loop under a SETUP_FINALLY whose handler, END_ASYNC_FOR, ends
 * the loop on StopAsyncIteration and re-raises anything else. */
static int compile_async_for(Compiler *c, const Stmt *s) {
    if (!c->u->scope->is_coroutine) return compiler_error(c, s->pos, "'async for' outside async function");
    int start = new_block(c), except = new_block(c), end = new_block(c);
    if (end < 0) return -1;
    if (compile_expr(c, s->v.for_.iter) < 0 || emit(c, OP_GET_AITER, 0) < 0) return -1;
    use_block(c, start);
    if (push_fblock(c, FB_FOR_LOOP, start, end, NULL, s->pos) < 0) return -1;
    if (emit_jump(c, PSEUDO_SETUP_FINALLY, except) < 0) return -1;
    if (emit(c, OP_GET_ANEXT, 0) < 0 || compile_send_loop(c, 3) < 0) return -1;
    if (emit(c, PSEUDO_POP_BLOCK, 0) < 0) return -1;
    if (compile_store(c, s->v.for_.target) < 0) return -1;
    if (compile_stmts(c, &s->v.for_.body) < 0) return -1;
    if (emit_jump_noline(c, PSEUDO_JUMP, start) < 0) return -1;
    c->u->nfblocks--;
    use_block(c, except);
    set_loc(c, s->v.for_.iter->pos);
    if (emit(c, OP_END_ASYNC_FOR, 0) < 0) return -1;
    if (compile_stmts(c, &s->v.for_.orelse) < 0) return -1;
    use_block(c, end);
    return 0;
}

static int compile_for(Compiler *c, const Stmt *s) {
    if (s->kind == STMT_ASYNCFOR) return compile_async_for(c, s);
    int start = new_block(c), body = new_block(c), cleanup = new_block(c), end = new_block(c);
    if (end < 0) return -1;
    if (push_fblock(c, FB_FOR_LOOP, start, end, NULL, s->pos) < 0) return -1;
    if (compile_iter_operand(c, s->v.for_.iter) < 0 || emit(c, OP_GET_ITER, 0) < 0) return -1;
    use_block(c, start);
    if (emit_jump(c, OP_FOR_ITER, cleanup) < 0) return -1;
    use_block(c, body);
    if (compile_store(c, s->v.for_.target) < 0) return -1;
    if (compile_stmts(c, &s->v.for_.body) < 0) return -1;
    if (emit_jump_noline(c, PSEUDO_JUMP, start) < 0) return -1;
    use_block(c, cleanup);
    c->u->nfblocks--;
    if (compile_stmts(c, &s->v.for_.orelse) < 0) return -1;
    use_block(c, end);
    return 0;
}

static int compile_while(Compiler *c, const Stmt *s) {
    int loop = new_block(c), body = new_block(c), anchor = new_block(c), end = new_block(c);
    if (end < 0) return -1;
    use_block(c, loop);
    if (push_fblock(c, FB_WHILE_LOOP, loop, end, NULL, s->pos) < 0) return -1;
    if (compile_jump_if(c, s->v.while_.test, anchor, false) < 0) return -1;
    use_block(c, body);
    if (compile_stmts(c, &s->v.while_.body) < 0) return -1;
    compiler_warn_condition(c, s->v.while_.test);
    /* No backward conditional jumps: the test is re-run at the top. */
    set_loc(c, s->pos);
    if (emit_jump_noline(c, PSEUDO_JUMP, loop) < 0) return -1;
    c->u->nfblocks--;
    use_block(c, anchor);
    if (compile_stmts(c, &s->v.while_.orelse) < 0) return -1;
    use_block(c, end);
    return 0;
}

static int compile_if(Compiler *c, const Stmt *s) {
    int end = new_block(c);
    if (end < 0) return -1;
    int next = end;
    if (s->v.if_.orelse.n && (next = new_block(c)) < 0) return -1;
    if (compile_jump_if(c, s->v.if_.test, next, false) < 0) return -1;
    if (compile_stmts(c, &s->v.if_.body) < 0) return -1;
    if (s->v.if_.orelse.n) {
        if (emit_jump_noline(c, PSEUDO_JUMP, end) < 0) return -1;
        use_block(c, next);
        if (compile_stmts(c, &s->v.if_.orelse) < 0) return -1;
    }
    use_block(c, end);
    return 0;
}

static int compile_return(Compiler *c, const Stmt *s) {
    if (!c->u->scope->is_function) return compiler_error(c, s->pos, "'return' outside function");
    const Expr *v = s->v.return_.value;
    if (v && c->u->scope->is_coroutine && c->u->scope->is_generator)
        return compiler_error(c, s->pos, "'return' with value in async generator");
    Value folded = V_NULL;
    int isconst = 0;
    if (v && (isconst = const_fold(c, v, &folded)) < 0) return -1;
    bool preserve_tos = v && !isconst;
    if (preserve_tos && compile_expr(c, v) < 0) return -1;
    if (c->u->nfblocks) {
        /* Line events for the return before any finally body runs. */
        if (v && !preserve_tos) {
            CodePosition old = set_loc(c, v->pos);
            if (emit(c, OP_NOP, 0) < 0) { v_decref(folded); return -1; }
            c->u->loc = old;
        }
        if ((!v || v->pos.lineno != s->pos.lineno) && emit(c, OP_NOP, 0) < 0) { v_decref(folded); return -1; }
        if (unwind_fblock_stack(c, preserve_tos, NULL) < 0) { v_decref(folded); return -1; }
    }
    if (!v) {
        if (emit_const(c, V_NONE) < 0) return -1;
    } else if (!preserve_tos) {
        if (emit_const(c, folded) < 0) return -1;
    }
    return emit(c, OP_RETURN_VALUE, 0);
}

static int compile_break_continue(Compiler *c, const Stmt *s) {
    FBlock *loop = NULL;
    if (c->u->nfblocks && emit(c, OP_NOP, 0) < 0) return -1;   /* the statement's line event */
    if (unwind_fblock_stack(c, false, &loop) < 0) return -1;
    if (!loop) {
        return compiler_error(c, s->pos, s->kind == STMT_BREAK ? "'break' outside loop"
                                                               : "'continue' not properly in loop");
    }
    if (s->kind == STMT_CONTINUE) return emit_jump(c, PSEUDO_JUMP, loop->continue_target);
    if (unwind_fblock(c, loop, false) < 0) return -1;
    return emit_jump(c, PSEUDO_JUMP, loop->exit);
}

/* ---- assignments --------------------------------------------------------------------- */

static int compile_augassign(Compiler *c, const Stmt *s) {
    const Expr *t = s->v.augassign.target;
    CodePosition old = set_loc(c, t->pos);
    switch (t->kind) {
    case EXPR_ATTRIBUTE: {
        if (compile_expr(c, t->v.attribute.value) < 0) return -1;
        if (emit(c, OP_COPY, 1) < 0) return -1;
        int k = add_name(c, mangle_name(c, t->v.attribute.attr));
        if (k < 0 || emit(c, OP_LOAD_ATTR, k) < 0) return -1;
        break;
    }
    case EXPR_SUBSCRIPT:
        if (compile_expr(c, t->v.subscript.value) < 0 || compile_expr(c, t->v.subscript.slice) < 0) return -1;
        if (emit(c, OP_COPY, 2) < 0 || emit(c, OP_COPY, 2) < 0 || emit(c, OP_BINARY_SUBSCR, 0) < 0) return -1;
        break;
    case EXPR_NAME:
        if (compile_nameop(c, t->v.name.id, CTX_LOAD, t->pos) < 0) return -1;
        break;
    default:
        return compiler_error(c, t->pos, "'%s' is an illegal expression for augmented assignment",
                              "expression");
    }
    c->u->loc = old;
    if (compile_expr(c, s->v.augassign.value) < 0) return -1;
    if (emit(c, OP_BINARY_OP, NB_INPLACE + (int)s->v.augassign.op) < 0) return -1;
    set_loc(c, t->pos);
    switch (t->kind) {
    case EXPR_ATTRIBUTE: {
        int k = add_name(c, mangle_name(c, t->v.attribute.attr));
        if (k < 0 || emit(c, OP_SWAP, 2) < 0 || emit(c, OP_STORE_ATTR, k) < 0) return -1;
        break;
    }
    case EXPR_SUBSCRIPT:
        if (emit(c, OP_SWAP, 3) < 0 || emit(c, OP_SWAP, 2) < 0 || emit(c, OP_STORE_SUBSCR, 0) < 0) return -1;
        break;
    default:
        if (compile_nameop(c, t->v.name.id, CTX_STORE, t->pos) < 0) return -1;
        break;
    }
    c->u->loc = old;
    return 0;
}

static int compile_annassign(Compiler *c, const Stmt *s) {
    const Expr *t = s->v.annassign.target;
    if (s->v.annassign.value) {
        if (compile_expr(c, s->v.annassign.value) < 0 || compile_store(c, t) < 0) return -1;
    }
    ScopeKind sk = c->u->scope->kind;
    bool module_or_class = sk == SCOPE_MODULE || sk == SCOPE_CLASS;
    switch (t->kind) {
    case EXPR_NAME:
        if (s->v.annassign.simple && module_or_class) {
            if (compile_annotation(c, s->v.annassign.annotation) < 0) return -1;
            int k = add_name(c, "__annotations__");
            if (k < 0 || emit(c, OP_LOAD_NAME, k) < 0) return -1;
            if (emit_const(c, v_newref(intern_name(t->v.name.id))) < 0) return -1;
            return emit(c, OP_STORE_SUBSCR, 0);
        }
        break;
    case EXPR_ATTRIBUTE:
        if (!s->v.annassign.value &&
            (compile_expr(c, t->v.attribute.value) < 0 || emit(c, OP_POP_TOP, 0) < 0)) return -1;
        break;
    case EXPR_SUBSCRIPT:
        if (!s->v.annassign.value &&
            (compile_expr(c, t->v.subscript.value) < 0 || emit(c, OP_POP_TOP, 0) < 0 ||
             compile_expr(c, t->v.subscript.slice) < 0 || emit(c, OP_POP_TOP, 0) < 0)) return -1;
        break;
    default:
        return compiler_error(c, t->pos, "invalid node type for annotated assignment");
    }
    if (!s->v.annassign.simple && module_or_class && !c->future_annotations) {
        if (compile_expr(c, s->v.annassign.annotation) < 0 || emit(c, OP_POP_TOP, 0) < 0) return -1;
    }
    return 0;
}

/* The last comparison CPython 3.11's compiler_jump_if compiles for e (it
 * sets the location to a Compare without restoring it), or last: a failed
 * assert's raise carries that location, so the traceback points at it. */
static const Expr *jump_if_last_compare(const Expr *e, const Expr *last) {
    switch (e->kind) {
    case EXPR_UNARYOP:
        return e->v.unaryop.op == UOP_NOT ? jump_if_last_compare(e->v.unaryop.operand, last) : last;
    case EXPR_BOOLOP:
        for (int i = 0; i < e->v.boolop.values.n; i++)
            last = jump_if_last_compare(e->v.boolop.values.items[i], last);
        return last;
    case EXPR_IFEXP:
        last = jump_if_last_compare(e->v.ifexp.test, last);
        last = jump_if_last_compare(e->v.ifexp.body, last);
        return jump_if_last_compare(e->v.ifexp.orelse, last);
    case EXPR_COMPARE:
        return e;
    default:
        return last;
    }
}

static int compile_assert(Compiler *c, const Stmt *s) {
    const Expr *t = s->v.assert_.test;
    if (t->kind == EXPR_TUPLE && t->v.list.elts.n > 0)
        compiler_warn(c, s->pos.lineno, "assertion is always true, perhaps remove parentheses?");
    int end = new_block(c);
    if (end < 0) return -1;
    if (compile_jump_if(c, s->v.assert_.test, end, true) < 0) return -1;
    const Expr *cmp = jump_if_last_compare(s->v.assert_.test, NULL);
    if (cmp) c->u->loc = pos_loc(cmp->pos);   /* the statement's own loc is restored by the caller */
    if (emit(c, OP_LOAD_ASSERTION_ERROR, 0) < 0) return -1;
    if (s->v.assert_.msg) {
        /* [AssertionError, msg] + CALL 0 calls AssertionError(msg). */
        if (compile_expr(c, s->v.assert_.msg) < 0 || emit(c, OP_CALL, 0) < 0) return -1;
    }
    if (emit(c, OP_RAISE_VARARGS, 1) < 0) return -1;
    use_block(c, end);
    return 0;
}

/* ---- import statements (CPython 3.11's shapes) ----
 * IMPORT_NAME pops [level, fromlist] and pushes the module: for a plain
 * `import a.b.c` the top-level package (bound to `a`), for a from-import
 * the module itself. `import a.b.c as d` walks down with IMPORT_FROM so the
 * submodule is bound even when a.b shadows it with an attribute. */

static int emit_import_name(Compiler *c, const char *module, int level, Value fromlist) {
    if (emit_const(c, v_from_smallint(level)) < 0 || emit_const(c, fromlist) < 0) return -1;
    int k = add_name(c, module);
    return k < 0 ? -1 : emit(c, OP_IMPORT_NAME, k);
}

static int compile_import(Compiler *c, const Stmt *s) {
    for (int i = 0; i < s->v.import.names.n; i++) {
        const Alias *a = s->v.import.names.items[i];
        if (emit_import_name(c, a->name, 0, V_NONE) < 0) return -1;
        const char *dot = strchr(a->name, '.');
        if (!a->asname) {
            const char *top = dot ? arena_strndup(c->arena, a->name, (size_t)(dot - a->name)) : a->name;
            if (!top) return compiler_nomem(c);
            if (compile_nameop(c, top, CTX_STORE, a->pos) < 0) return -1;
            continue;
        }
        if (dot) {
            const char *p = dot + 1;
            for (;;) {
                const char *next = strchr(p, '.');
                size_t n = next ? (size_t)(next - p) : strlen(p);
                const char *attr = arena_strndup(c->arena, p, n);
                if (!attr) return compiler_nomem(c);
                int k = add_name(c, attr);
                if (k < 0 || emit(c, OP_IMPORT_FROM, k) < 0) return -1;
                if (!next) break;
                if (emit(c, OP_SWAP, 2) < 0 || emit(c, OP_POP_TOP, 0) < 0) return -1;
                p = next + 1;
            }
            if (compile_nameop(c, a->asname, CTX_STORE, a->pos) < 0) return -1;
            if (emit(c, OP_POP_TOP, 0) < 0) return -1;
        } else if (compile_nameop(c, a->asname, CTX_STORE, a->pos) < 0) {
            return -1;
        }
    }
    return 0;
}

static int compile_importfrom(Compiler *c, const Stmt *s) {
    const AliasList *names = &s->v.importfrom.names;
    if (s->pos.lineno > c->future_lineno && s->v.importfrom.module && s->v.importfrom.level == 0 &&
        strcmp(s->v.importfrom.module, "__future__") == 0)
        return compiler_error(c, s->pos, "from __future__ imports must occur at the beginning of the file");
    Value fromlist = tuple_new(names->n);
    if (v_is_null(fromlist)) return compiler_nomem(c);
    for (int i = 0; i < names->n; i++)
        tuple_items(fromlist)[i] = v_newref(intern_name(names->items[i]->name));
    const char *module = s->v.importfrom.module ? s->v.importfrom.module : "";
    if (emit_import_name(c, module, s->v.importfrom.level, fromlist) < 0) return -1;
    if (names->n == 1 && strcmp(names->items[0]->name, "*") == 0)
        return emit(c, OP_IMPORT_STAR, 0);
    for (int i = 0; i < names->n; i++) {
        const Alias *a = names->items[i];
        int k = add_name(c, a->name);
        if (k < 0 || emit(c, OP_IMPORT_FROM, k) < 0) return -1;
        if (compile_nameop(c, a->asname ? a->asname : a->name, CTX_STORE, a->pos) < 0) return -1;
    }
    return emit(c, OP_POP_TOP, 0);
}

int compile_stmt(Compiler *c, const Stmt *s) {
    if (c->failed) return -1;
    CodePosition old = set_loc(c, s->pos);
    int r = 0;
    switch (s->kind) {
    case STMT_FUNCTIONDEF:
    case STMT_ASYNCFUNCTIONDEF:
        r = compile_function_def(c, s);
        break;
    case STMT_CLASSDEF:
        r = compile_class(c, s);
        break;
    case STMT_RETURN: r = compile_return(c, s); break;
    case STMT_DELETE:
        for (int i = 0; i < s->v.delete_.targets.n && r == 0; i++)
            r = compile_delete(c, s->v.delete_.targets.items[i]);
        break;
    case STMT_ASSIGN: {
        const ExprList *t = &s->v.assign.targets;
        r = compile_expr(c, s->v.assign.value);
        for (int i = 0; i < t->n && r == 0; i++) {
            if (i < t->n - 1 && emit(c, OP_COPY, 1) < 0) return -1;
            r = compile_store(c, t->items[i]);
        }
        break;
    }
    case STMT_AUGASSIGN: r = compile_augassign(c, s); break;
    case STMT_ANNASSIGN: r = compile_annassign(c, s); break;
    case STMT_FOR:
    case STMT_ASYNCFOR: r = compile_for(c, s); break;
    case STMT_WHILE: r = compile_while(c, s); break;
    case STMT_IF: r = compile_if(c, s); break;
    case STMT_WITH:
    case STMT_ASYNCWITH:
        r = compile_with(c, s);
        break;
    case STMT_MATCH:
        r = compile_match(c, s);
        break;
    case STMT_RAISE: {
        int n = 0;
        if (s->v.raise.exc) {
            if (compile_expr(c, s->v.raise.exc) < 0) return -1;
            n = 1;
            if (s->v.raise.cause) {
                if (compile_expr(c, s->v.raise.cause) < 0) return -1;
                n = 2;
            }
        }
        r = emit(c, OP_RAISE_VARARGS, n);
        break;
    }
    case STMT_TRY:
    case STMT_TRYSTAR:
        r = compile_try(c, s);
        break;
    case STMT_ASSERT: r = compile_assert(c, s); break;
    case STMT_IMPORT: r = compile_import(c, s); break;
    case STMT_IMPORTFROM: r = compile_importfrom(c, s); break;
    case STMT_GLOBAL:
    case STMT_NONLOCAL:
        break;
    case STMT_PASS:
        r = emit(c, OP_NOP, 0);
        break;
    case STMT_EXPR: {
        const Expr *v = s->v.expr.value;
        if (c->mode == COMPILE_SINGLE && !c->u->parent) {
            /* interactive: echo values of the top-level code only (loops
             * and ifs included), not inside functions or class bodies */
            r = compile_expr(c, v);
            if (r == 0) r = emit(c, OP_PRINT_EXPR, 0);
        } else if (v->kind == EXPR_CONSTANT) {
            /* A constant statement has no effect (docstrings, `...`). */
            r = emit(c, OP_NOP, 0);
        } else {
            r = compile_expr(c, v);
            if (r == 0) r = emit(c, OP_POP_TOP, 0);
        }
        break;
    }
    case STMT_BREAK:
    case STMT_CONTINUE:
        r = compile_break_continue(c, s);
        break;
    }
    if (!c->failed) c->u->loc = old;
    return r < 0 || c->failed ? -1 : 0;
}

/* compile_exc.c: try/except/else/finally, with, and the unwinding that
 * `return`, `break` and `continue` do on their way out of those blocks, in
 * CPython 3.11's instruction shapes.
 *
 * Handlers are zero-cost: SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH and
 * POP_BLOCK (pseudo instructions) bracket the protected code and the
 * assembler turns them into the exception table. Invariants of the handler
 * code, which the interpreter's PUSH_EXC_INFO / POP_EXCEPT / RERAISE rely
 * on:
 *   - every PUSH_EXC_INFO is covered by a SETUP_CLEANUP whose handler
 *     (COPY 3; POP_EXCEPT; RERAISE 1) restores the previously handled
 *     exception, so an exception never leaves a frame with exc_info
 *     changed;
 *   - an except body runs with [.., prev_exc] on the stack (the exception
 *     itself is stored in the `as` name or popped).
 */
#include <string.h>
#include "compiler_internal.h"

static const CodePosition NO_POS = { -1, -1, -1, -1 };
#define UNSET_LOC(c) ((c)->u->loc = NO_POS)

int push_fblock(Compiler *c, FBlockKind kind, int cont, int exit, const void *datum, Pos pos) {
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS)
        return compiler_error(c, pos, "too many statically nested blocks");
    u->fblocks[u->nfblocks++] = (FBlock){ kind, cont, exit, datum };
    return 0;
}

static void pop_fblock(Compiler *c) { c->u->nfblocks--; }

/* [exit, None, None, None]; CALL 2 calls exit(None, None, None): the exit
 * sits in the "method" slot of the call protocol. */
static int call_exit_with_nones(Compiler *c) {
    for (int i = 0; i < 3; i++)
        if (emit_const(c, V_NONE) < 0) return -1;
    return emit(c, OP_CALL, 2);
}

/* name = None; del name: the `as` target of an except clause does not
 * outlive its handler (it would keep the frame alive via the traceback). */
static int clear_handler_name(Compiler *c, const char *name, Pos pos) {
    if (emit_const(c, V_NONE) < 0) return -1;
    if (compile_nameop(c, name, CTX_STORE, pos) < 0) return -1;
    return compile_nameop(c, name, CTX_DEL, pos);
}

/* Undoes one block on the way out of it; preserve_tos keeps the value on
 * top of the stack (a return value) above what is popped. */
int unwind_fblock(Compiler *c, const FBlock *fb, bool preserve_tos) {
    switch (fb->kind) {
    case FB_WHILE_LOOP:
    case FB_EXCEPTION_HANDLER:
    case FB_EXCEPTION_GROUP_HANDLER:
        return 0;
    case FB_FOR_LOOP:
    case FB_POP_VALUE:
        if (preserve_tos && emit(c, OP_SWAP, 2) < 0) return -1;
        return emit(c, OP_POP_TOP, 0);
    case FB_TRY_EXCEPT:
        return emit(c, PSEUDO_POP_BLOCK, 0);
    case FB_FINALLY_TRY: {
        if (emit(c, PSEUDO_POP_BLOCK, 0) < 0) return -1;
        if (preserve_tos && push_fblock(c, FB_POP_VALUE, -1, -1, NULL, (Pos){0}) < 0) return -1;
        if (compile_stmts(c, (const StmtList *)fb->datum) < 0) return -1;
        if (preserve_tos) pop_fblock(c);
        /* What follows (the jump or return) runs after the finally body. */
        UNSET_LOC(c);
        return 0;
    }
    case FB_FINALLY_END:
        if (preserve_tos && emit(c, OP_SWAP, 2) < 0) return -1;
        if (emit(c, OP_POP_TOP, 0) < 0) return -1;   /* the exception */
        if (preserve_tos && emit(c, OP_SWAP, 2) < 0) return -1;
        if (emit(c, PSEUDO_POP_BLOCK, 0) < 0) return -1;
        return emit(c, OP_POP_EXCEPT, 0);
    case FB_WITH: {
        const Stmt *s = fb->datum;
        set_loc(c, s->pos);
        if (emit(c, PSEUDO_POP_BLOCK, 0) < 0) return -1;
        if (preserve_tos && emit(c, OP_SWAP, 2) < 0) return -1;
        if (call_exit_with_nones(c) < 0) return -1;
        if (s->kind == STMT_ASYNCWITH && compile_await_tail(c) < 0) return -1;
        if (emit(c, OP_POP_TOP, 0) < 0) return -1;
        UNSET_LOC(c);
        return 0;
    }
    case FB_HANDLER_CLEANUP: {
        const char *name = fb->datum;
        if (name && emit(c, PSEUDO_POP_BLOCK, 0) < 0) return -1;
        if (preserve_tos && emit(c, OP_SWAP, 2) < 0) return -1;
        if (emit(c, PSEUDO_POP_BLOCK, 0) < 0 || emit(c, OP_POP_EXCEPT, 0) < 0) return -1;
        if (name && clear_handler_name(c, name, (Pos){0}) < 0) return -1;
        return 0;
    }
    }
    return 0;
}

/* Unwinds every block from the innermost out, stopping at (and returning
 * in *loop) the innermost loop when loop is non-NULL. The blocks are
 * restored afterwards: the code that follows the unwinding statement is
 * still inside them. */
int unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop) {
    Unit *u = c->u;
    if (u->nfblocks == 0) return 0;
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (top->kind == FB_EXCEPTION_GROUP_HANDLER)
        return compiler_error(c, c->u->loc.lineno > 0 ? (Pos){ c->u->loc.lineno, c->u->loc.col,
                                                               c->u->loc.end_lineno, c->u->loc.end_col }
                                                      : (Pos){ 0 },
                              "'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop && (top->kind == FB_WHILE_LOOP || top->kind == FB_FOR_LOOP)) {
        *loop = top;
        return 0;
    }
    FBlock copy = *top;
    u->nfblocks--;
    if (unwind_fblock(c, &copy, preserve_tos) < 0) return -1;
    if (unwind_fblock_stack(c, preserve_tos, loop) < 0) return -1;
    u->fblocks[u->nfblocks++] = copy;
    return 0;
}

/* COPY 3; POP_EXCEPT; RERAISE 1: the cleanup handler of an except or
 * finally body. The stack is [prev_exc, lasti, exc]. */
static int pop_except_and_reraise(Compiler *c) {
    if (emit(c, OP_COPY, 3) < 0 || emit(c, OP_POP_EXCEPT, 0) < 0) return -1;
    return emit(c, OP_RERAISE, 1);
}

static int compile_try_except(Compiler *c, const Stmt *s) {
    int body = new_block(c), except = new_block(c), end = new_block(c), cleanup = new_block(c);
    if (cleanup < 0) return -1;
    if (emit_jump(c, PSEUDO_SETUP_FINALLY, except) < 0) return -1;
    use_block(c, body);
    if (push_fblock(c, FB_TRY_EXCEPT, body, -1, NULL, s->pos) < 0) return -1;
    if (compile_stmts(c, &s->v.try_.body) < 0) return -1;
    pop_fblock(c);
    if (emit_noline(c, PSEUDO_POP_BLOCK, 0) < 0) return -1;
    if (compile_stmts(c, &s->v.try_.orelse) < 0) return -1;
    if (emit_jump_noline(c, PSEUDO_JUMP, end) < 0) return -1;

    use_block(c, except);
    UNSET_LOC(c);
    if (emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup) < 0) return -1;
    if (emit(c, OP_PUSH_EXC_INFO, 0) < 0) return -1;
    /* The runtime has pushed prev_exc: nothing for `return` to undo here. */
    if (push_fblock(c, FB_EXCEPTION_HANDLER, -1, -1, NULL, s->pos) < 0) return -1;
    const ExceptHandlerList *hs = &s->v.try_.handlers;
    for (int i = 0; i < hs->n; i++) {
        const ExceptHandler *h = hs->items[i];
        set_loc(c, h->pos);
        if (!h->type && i < hs->n - 1)
            return compiler_error(c, h->pos, "default 'except:' must be last");
        int next = new_block(c);
        if (next < 0) return -1;
        if (h->type) {
            if (compile_expr(c, h->type) < 0) return -1;
            if (emit(c, OP_CHECK_EXC_MATCH, 0) < 0) return -1;
            if (emit_jump(c, OP_POP_JUMP_IF_FALSE, next) < 0) return -1;
        }
        if (h->name) {
            int cleanup_end = new_block(c), cleanup_body = new_block(c);
            if (cleanup_body < 0) return -1;
            if (compile_nameop(c, h->name, CTX_STORE, h->pos) < 0) return -1;
            /* The body runs as `try: body finally: name = None; del name`. */
            if (emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup_end) < 0) return -1;
            use_block(c, cleanup_body);
            if (push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, h->name, h->pos) < 0) return -1;
            if (compile_stmts(c, &h->body) < 0) return -1;
            pop_fblock(c);
            UNSET_LOC(c);
            if (emit(c, PSEUDO_POP_BLOCK, 0) < 0 || emit(c, PSEUDO_POP_BLOCK, 0) < 0 ||
                emit(c, OP_POP_EXCEPT, 0) < 0) return -1;
            if (clear_handler_name(c, h->name, h->pos) < 0) return -1;
            if (emit_jump(c, PSEUDO_JUMP, end) < 0) return -1;

            use_block(c, cleanup_end);
            UNSET_LOC(c);
            if (clear_handler_name(c, h->name, h->pos) < 0) return -1;
            if (emit(c, OP_RERAISE, 1) < 0) return -1;
        } else {
            int cleanup_body = new_block(c);
            if (cleanup_body < 0) return -1;
            if (emit(c, OP_POP_TOP, 0) < 0) return -1;   /* the exception */
            use_block(c, cleanup_body);
            if (push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, NULL, h->pos) < 0) return -1;
            if (compile_stmts(c, &h->body) < 0) return -1;
            pop_fblock(c);
            UNSET_LOC(c);
            if (emit(c, PSEUDO_POP_BLOCK, 0) < 0 || emit(c, OP_POP_EXCEPT, 0) < 0) return -1;
            if (emit_jump(c, PSEUDO_JUMP, end) < 0) return -1;
        }
        use_block(c, next);
    }
    /* No handler matched: re-raise, artificially. */
    UNSET_LOC(c);
    pop_fblock(c);
    if (emit(c, OP_RERAISE, 0) < 0) return -1;
    use_block(c, cleanup);
    if (pop_except_and_reraise(c) < 0) return -1;
    use_block(c, end);
    return 0;
}

static int compile_try_finally(Compiler *c, const Stmt *s) {
    int body = new_block(c), end = new_block(c), exit = new_block(c), cleanup = new_block(c);
    if (cleanup < 0) return -1;
    if (emit_jump(c, PSEUDO_SETUP_FINALLY, end) < 0) return -1;
    use_block(c, body);
    if (push_fblock(c, FB_FINALLY_TRY, body, end, &s->v.try_.finalbody, s->pos) < 0) return -1;
    if (s->v.try_.handlers.n) {
        if (compile_try_except(c, s) < 0) return -1;
    } else {
        if (compile_stmts(c, &s->v.try_.body) < 0) return -1;
    }
    if (emit_noline(c, PSEUDO_POP_BLOCK, 0) < 0) return -1;
    pop_fblock(c);
    if (compile_stmts(c, &s->v.try_.finalbody) < 0) return -1;
    if (emit_jump_noline(c, PSEUDO_JUMP, exit) < 0) return -1;

    /* The exceptional path: a second copy of the finally body. */
    use_block(c, end);
    UNSET_LOC(c);
    if (emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup) < 0) return -1;
    if (emit(c, OP_PUSH_EXC_INFO, 0) < 0) return -1;
    if (push_fblock(c, FB_FINALLY_END, end, -1, NULL, s->pos) < 0) return -1;
    if (compile_stmts(c, &s->v.try_.finalbody) < 0) return -1;
    pop_fblock(c);
    UNSET_LOC(c);
    if (emit(c, OP_RERAISE, 0) < 0) return -1;
    use_block(c, cleanup);
    if (pop_except_and_reraise(c) < 0) return -1;
    use_block(c, exit);
    return 0;
}

/* try/except* (CPython 3.11's compiler_try_star_except). The handlers run
 * with [prev_exc, orig, raised list, rest] on the stack: each clause's
 * CHECK_EG_MATCH splits rest into what it handles (stored in its name) and
 * the new rest; what a clause raises is appended to the list, and
 * PREP_RERAISE_STAR combines the list and the final rest into what
 * propagates. */
static int compile_try_star_except(Compiler *c, const Stmt *s) {
    int body = new_block(c), except = new_block(c), orelse = new_block(c), end = new_block(c),
        cleanup = new_block(c), reraise_star = new_block(c);
    if (reraise_star < 0) return -1;
    if (emit_jump(c, PSEUDO_SETUP_FINALLY, except) < 0) return -1;
    use_block(c, body);
    if (push_fblock(c, FB_TRY_EXCEPT, body, -1, NULL, s->pos) < 0) return -1;
    if (compile_stmts(c, &s->v.try_.body) < 0) return -1;
    pop_fblock(c);
    if (emit_noline(c, PSEUDO_POP_BLOCK, 0) < 0) return -1;
    if (emit_jump_noline(c, PSEUDO_JUMP, orelse) < 0) return -1;
    const ExceptHandlerList *hs = &s->v.try_.handlers;
    int n = hs->n;
    use_block(c, except);
    UNSET_LOC(c);
    if (emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup) < 0) return -1;
    if (emit(c, OP_PUSH_EXC_INFO, 0) < 0) return -1;
    if (push_fblock(c, FB_EXCEPTION_GROUP_HANDLER, -1, -1, NULL, s->pos) < 0) return -1;
    for (int i = 0; i < n; i++) {
        const ExceptHandler *h = hs->items[i];
        set_loc(c, h->pos);
        int next = new_block(c), except_with_error = new_block(c), no_match = new_block(c);
        int cleanup_end = new_block(c), cleanup_body = new_block(c);
        if (cleanup_body < 0) return -1;
        if (i == 0) {
            /* [exc] -> [orig, [], exc] */
            if (emit(c, OP_COPY, 1) < 0 || emit(c, OP_BUILD_LIST, 0) < 0 || emit(c, OP_SWAP, 2) < 0)
                return -1;
        }
        if (h->type) {
            if (compile_expr(c, h->type) < 0) return -1;
            if (emit(c, OP_CHECK_EG_MATCH, 0) < 0 || emit(c, OP_COPY, 1) < 0) return -1;
            if (emit_jump(c, OP_POP_JUMP_IF_NONE, no_match) < 0) return -1;
        }
        if (h->name) {
            if (compile_nameop(c, h->name, CTX_STORE, h->pos) < 0) return -1;
        } else if (emit(c, OP_POP_TOP, 0) < 0) {
            return -1;
        }
        if (emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup_end) < 0) return -1;
        use_block(c, cleanup_body);
        if (push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, h->name, h->pos) < 0) return -1;
        if (compile_stmts(c, &h->body) < 0) return -1;
        pop_fblock(c);
        if (emit(c, PSEUDO_POP_BLOCK, 0) < 0) return -1;
        if (h->name && clear_handler_name(c, h->name, h->pos) < 0) return -1;
        if (emit_jump(c, PSEUDO_JUMP, next) < 0) return -1;

        /* The clause raised: [.., rest, lasti, raised] -> list.append(raised). */
        use_block(c, cleanup_end);
        UNSET_LOC(c);
        if (h->name && clear_handler_name(c, h->name, h->pos) < 0) return -1;
        if (emit(c, OP_LIST_APPEND, 3) < 0 || emit(c, OP_POP_TOP, 0) < 0) return -1;
        if (emit_jump(c, PSEUDO_JUMP, except_with_error) < 0) return -1;

        use_block(c, next);
        if (emit(c, OP_NOP, 0) < 0 || emit_jump(c, PSEUDO_JUMP, except_with_error) < 0) return -1;

        use_block(c, no_match);
        if (emit(c, OP_POP_TOP, 0) < 0) return -1;   /* the None match */

        use_block(c, except_with_error);
        if (i == n - 1) {
            /* The unhandled rest (or None) joins the list. */
            if (emit(c, OP_LIST_APPEND, 1) < 0 || emit_jump(c, PSEUDO_JUMP, reraise_star) < 0) return -1;
        }
    }
    UNSET_LOC(c);
    pop_fblock(c);
    int reraise = new_block(c);
    if (reraise < 0) return -1;
    use_block(c, reraise_star);
    if (emit(c, OP_PREP_RERAISE_STAR, 0) < 0 || emit(c, OP_COPY, 1) < 0) return -1;
    if (emit_jump(c, OP_POP_JUMP_IF_NOT_NONE, reraise) < 0) return -1;
    /* Nothing to re-raise. */
    if (emit(c, OP_POP_TOP, 0) < 0 || emit(c, PSEUDO_POP_BLOCK, 0) < 0 || emit(c, OP_POP_EXCEPT, 0) < 0)
        return -1;
    if (emit_jump(c, PSEUDO_JUMP, end) < 0) return -1;
    use_block(c, reraise);
    if (emit(c, PSEUDO_POP_BLOCK, 0) < 0 || emit(c, OP_SWAP, 2) < 0 || emit(c, OP_POP_EXCEPT, 0) < 0 ||
        emit(c, OP_RERAISE, 0) < 0)
        return -1;
    use_block(c, cleanup);
    if (pop_except_and_reraise(c) < 0) return -1;
    use_block(c, orelse);
    if (compile_stmts(c, &s->v.try_.orelse) < 0) return -1;
    use_block(c, end);
    return 0;
}

int compile_try(Compiler *c, const Stmt *s) {
    if (s->kind == STMT_TRYSTAR) {
        if (!s->v.try_.finalbody.n) return compile_try_star_except(c, s);
        /* With a finally: the except-star statement nested in a try/finally. */
        Stmt inner = *s;
        inner.v.try_.finalbody.n = 0;
        Stmt outer = *s;
        outer.kind = STMT_TRY;
        outer.v.try_.handlers.n = 0;
        outer.v.try_.orelse.n = 0;
        StmtList body = { 1, (Stmt *[]){ &inner } };
        outer.v.try_.body = body;
        return compile_try_finally(c, &outer);
    }
    if (s->v.try_.finalbody.n) return compile_try_finally(c, s);
    return compile_try_except(c, s);
}

/* One with item (pos), the following ones nested inside it. */
static int compile_with_item(Compiler *c, const Stmt *s, int pos) {
    const WithItem *item = s->v.with.items.items[pos];
    int block = new_block(c), final = new_block(c), exit = new_block(c), cleanup = new_block(c);
    if (cleanup < 0) return -1;
    if (compile_expr(c, item->context_expr) < 0) return -1;
    /* BEFORE_WITH: [mgr] -> [bound __exit__, result of __enter__()].
     * async with: BEFORE_ASYNC_WITH gives __aexit__ and __aenter__()'s
     * awaitable, awaited here; the __aexit__ results are awaited below. */
    bool is_async = s->kind == STMT_ASYNCWITH;
    if (is_async) {
        if (emit(c, OP_BEFORE_ASYNC_WITH, 0) < 0 || compile_await_tail(c) < 0) return -1;
    } else if (emit(c, OP_BEFORE_WITH, 0) < 0) {
        return -1;
    }
    if (emit_jump(c, PSEUDO_SETUP_WITH, final) < 0) return -1;
    use_block(c, block);
    if (push_fblock(c, FB_WITH, block, final, s, s->pos) < 0) return -1;
    if (item->optional_vars) {
        if (compile_store(c, item->optional_vars) < 0) return -1;
    } else if (emit(c, OP_POP_TOP, 0) < 0) {
        return -1;
    }
    if (pos + 1 == s->v.with.items.n) {
        if (compile_stmts(c, &s->v.with.body) < 0) return -1;
    } else if (compile_with_item(c, s, pos + 1) < 0) {
        return -1;
    }
    UNSET_LOC(c);
    if (emit(c, PSEUDO_POP_BLOCK, 0) < 0) return -1;
    pop_fblock(c);

    /* Normal exit: __exit__(None, None, None), at the with statement. */
    set_loc(c, s->pos);
    if (call_exit_with_nones(c) < 0) return -1;
    if (is_async && compile_await_tail(c) < 0) return -1;
    if (emit(c, OP_POP_TOP, 0) < 0) return -1;
    if (emit_jump(c, PSEUDO_JUMP, exit) < 0) return -1;

    /* Exceptional exit: [exit, lasti, exc]; a true result of
     * __exit__(type, exc, tb) swallows the exception. */
    use_block(c, final);
    if (emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup) < 0) return -1;
    if (emit(c, OP_PUSH_EXC_INFO, 0) < 0 || emit(c, OP_WITH_EXCEPT_START, 0) < 0) return -1;
    if (is_async && compile_await_tail(c) < 0) return -1;
    UNSET_LOC(c);
    int suppress = new_block(c);
    if (suppress < 0) return -1;
    if (emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress) < 0) return -1;
    if (emit(c, OP_RERAISE, 2) < 0) return -1;
    use_block(c, cleanup);
    if (pop_except_and_reraise(c) < 0) return -1;
    use_block(c, suppress);
    if (emit(c, OP_POP_TOP, 0) < 0 || emit(c, PSEUDO_POP_BLOCK, 0) < 0 ||
        emit(c, OP_POP_EXCEPT, 0) < 0 || emit(c, OP_POP_TOP, 0) < 0 || emit(c, OP_POP_TOP, 0) < 0)
        return -1;
    use_block(c, exit);
    return 0;
}

int compile_with(Compiler *c, const Stmt *s) {
    if (s->kind == STMT_ASYNCWITH && !c->u->scope->is_coroutine)
        return compiler_error(c, s->pos, "'async with' outside async function");
    return compile_with_item(c, s, 0);
}

/* compiler_internal.h: what compiler.c (units, constants, assembler),
 * compile_stmt.c and compile_expr.c share. Not for use outside the frontend.
 *
 * Code is generated into basic blocks; a jump names its target block, and
 * the assembler (compiler.c) removes dead blocks, threads jumps, resolves
 * jump distances and EXTENDED_ARG prefixes, and computes the stack depth
 * from opcodes.h's effect table.
 */
#ifndef COIL_COMPILER_INTERNAL_H
#define COIL_COMPILER_INTERNAL_H

#include "compiler.h"
#include "symtable.h"
#include "../vm/opcodes.h"
#include "../vm/code.h"

/* Pseudo instructions, resolved by the assembler: JUMP becomes
 * JUMP_FORWARD or JUMP_BACKWARD from the final layout;
 * JUMP_NO_INTERRUPT likewise with JUMP_BACKWARD_NO_INTERRUPT.
 * SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH (target: the handler block)
 * push an exception handler for the code that follows them in flow order,
 * POP_BLOCK pops it; the assembler's label pass turns that into the
 * exception table and the four become NOPs. SETUP_CLEANUP and SETUP_WITH
 * handlers receive lasti under the exception (as CPython 3.11). */
enum { PSEUDO_JUMP = 256, PSEUDO_JUMP_NO_INTERRUPT,
       PSEUDO_SETUP_FINALLY, PSEUDO_SETUP_CLEANUP, PSEUDO_SETUP_WITH, PSEUDO_POP_BLOCK };

static inline bool is_block_push(int op) {
    return op == PSEUDO_SETUP_FINALLY || op == PSEUDO_SETUP_CLEANUP || op == PSEUDO_SETUP_WITH;
}

/* CPython's limit on values a construct may push before it switches to an
 * incremental build (BUILD_LIST 0 + LIST_APPEND, ...). */
#define STACK_USE_GUIDELINE 30

typedef struct Instr {
    int op;                  /* Opcode or PSEUDO_* */
    int arg;
    int target;              /* block index for jumps, else -1 */
    CodePosition loc;
    int eh;                  /* set by the assembler's label pass: handler block * 2 + lasti, -1 none */
} Instr;

typedef struct Block {
    Instr *instrs;
    int n, cap;
    int next;                /* next block in layout order, -1 at the end */
    int npred;
    int offset;              /* code-unit offset, set by the assembler */
    int depth;               /* stack depth at entry, -1 unknown */
    int hdepth;              /* entry depth as an exception handler (set by the label pass) */
    bool reachable;
} Block;

/* Kinds as CPython 3.11's fblocks: what `return`, `break` and `continue`
 * must undo on their way out (compile_stmt.c: unwind_fblock). */
typedef enum {
    FB_WHILE_LOOP, FB_FOR_LOOP,
    FB_TRY_EXCEPT,           /* inside `try:` of a try/except */
    FB_FINALLY_TRY,          /* inside `try:` of a try/finally: run the finally body (datum) */
    FB_FINALLY_END,          /* inside the exceptional copy of a finally body */
    FB_WITH,                 /* inside a with body: call __exit__ (datum: the statement) */
    FB_HANDLER_CLEANUP,      /* inside an except body (datum: the `as` name or NULL) */
    FB_POP_VALUE,            /* a value to drop (return value saved over a finally) */
    FB_EXCEPTION_HANDLER,    /* between handlers: nothing to undo */
    FB_EXCEPTION_GROUP_HANDLER, /* inside except* handlers: return/break/continue are errors */
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    int continue_target;     /* block */
    int exit;                /* block */
    const void *datum;
} FBlock;

#define MAX_FBLOCKS 20

/* A growable Value array with an index by content (for constants) or by
 * identity (for interned names). */
typedef struct ValueTable {
    Value *items;
    int n, cap;
    int *slots;              /* open addressing: index into items, -1 empty */
    int capslots;
    bool by_content;
} ValueTable;

typedef struct Unit {
    struct Unit *parent;
    Scope *scope;
    Block *blocks;
    int nblocks, capblocks;
    int entry, cur;
    ValueTable consts, names, varnames;
    Value *cellvars, *freevars;       /* interned names; cells sorted, then frees sorted */
    int ncellvars, nfreevars;
    int argcount, posonlyargcount, kwonlyargcount;
    Value name, qualname;             /* owned */
    int firstlineno;
    CodePosition loc;                 /* location given to emitted instructions */
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    const char *priv;                 /* innermost enclosing class name (mangling), or NULL */
} Unit;

typedef struct Compiler {
    Arena *arena;
    SymTable *st;
    const char *filename;
    Value filename_v;                 /* interned */
    CompileMode mode;
    Unit *u;
    SyntaxErrorInfo *err;
    bool failed;                      /* err filled or exception set */
    int future_lineno;                /* line of the last leading `from __future__` import, 0 if none */
    bool future_annotations;          /* `from __future__ import annotations`: annotations are strings */
} Compiler;

/* ---- compiler.c ---- */
int compiler_error(Compiler *c, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void compiler_warn(Compiler *c, int lineno, const char *msg);   /* a SyntaxWarning on stderr */
/* unparse.c: e as CPython's ast unparser writes it (a new str), or V_NULL
 * without an exception for the rare node kinds it does not handle. */
Value unparse_annotation(Compiler *c, const Expr *e);
/* The SyntaxWarnings compile_jump_if(e) gives, without compiling: CPython
 * compiles a while test twice and so warns twice. */
void compiler_warn_condition(Compiler *c, const Expr *e);
int compiler_nomem(Compiler *c);
int new_block(Compiler *c);
void use_block(Compiler *c, int b);      /* link b after the current block and make it current */
int emit(Compiler *c, int op, int arg);
int emit_jump(Compiler *c, int op, int target);
int emit_noline(Compiler *c, int op, int arg);
int emit_jump_noline(Compiler *c, int op, int target);
/* Adds v (stolen) to the constants, returns its index or -1. */
int add_const(Compiler *c, Value v);
int emit_const(Compiler *c, Value v);    /* steals v */
int add_name(Compiler *c, const char *name);
int name_index(Compiler *c, ValueTable *t, const char *name);
/* Index of name among the unit's cells+frees (as DEREF-family opargs are
 * encoded before assembly), or -1. */
int deref_index(Unit *u, const char *name);
Value intern_name(const char *name);

int enter_unit(Compiler *c, Scope *scope, Value name, int firstlineno);
/* Assembles the current unit into a code object and returns to the parent. */
Value leave_unit(Compiler *c, int flags_extra);
void drop_unit(Compiler *c);
Value make_qualname(Compiler *c, const char *name, Scope *scope);
CodePosition pos_loc(Pos p);
static inline CodePosition set_loc(Compiler *c, Pos p) {
    CodePosition old = c->u->loc;
    c->u->loc = pos_loc(p);
    return old;
}

/* ---- compile_expr.c ---- */
int compile_expr(Compiler *c, const Expr *e);
int compile_store(Compiler *c, const Expr *target);
int compile_delete(Compiler *c, const Expr *target);
int compile_nameop(Compiler *c, const char *name, ExprContext ctx, Pos pos);
int compile_jump_if(Compiler *c, const Expr *e, int target, bool cond);
/* 1 and *out (new reference) if e folds to a constant, 0 if not, -1 on error. */
int const_fold(Compiler *c, const Expr *e, Value *out);
Value const_from_ast(Compiler *c, const Constant *k, Pos pos);
int compile_iter_operand(Compiler *c, const Expr *e);
int compile_call_helper(Compiler *c, int pushed, const ExprList *args, const KeywordList *kws);

/* ---- compile_exc.c ---- */
int push_fblock(Compiler *c, FBlockKind kind, int cont, int exit, const void *datum, Pos pos);
int unwind_fblock(Compiler *c, const FBlock *fb, bool preserve_tos);
/* Unwinds the blocks from the innermost out for return (loop NULL) or
 * break/continue (stops at the innermost loop, returned in *loop, NULL if
 * none). */
int unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop);
int compile_try(Compiler *c, const Stmt *s);
int compile_with(Compiler *c, const Stmt *s);
/* GET_AWAITABLE and the SEND loop: awaits the value on top of the stack. */
int compile_await_tail(Compiler *c);
/* The SEND/YIELD_VALUE delegation loop over the iterator on top of the stack. */
int compile_send_loop(Compiler *c, int resume_arg);

/* ---- compile_match.c ---- */
int compile_match(Compiler *c, const Stmt *s);

/* ---- compile_stmt.c ---- */
/* __x -> _Class__x inside a class (names and attributes). */
const char *mangle_name(Compiler *c, const char *name);
int compile_stmts(Compiler *c, const StmtList *l);
int compile_module_body(Compiler *c, const StmtList *body);
int compile_stmt(Compiler *c, const Stmt *s);
int compile_function_def(Compiler *c, const Stmt *s);
int compile_lambda(Compiler *c, const Expr *e);
int compile_make_closure(Compiler *c, Value code, int flags);
int compile_defaults(Compiler *c, const Arguments *a, int *flags);
const char *docstring_of(const StmtList *body);

#endif

/* symtable.h: name resolution, CPython's rules.
 *
 * One pass over the AST builds a tree of scopes (module, function, lambda,
 * class, and one function-like scope per comprehension); a second pass
 * decides, for every name in every scope, whether it is local, global
 * (declared or implied), free (a variable of an enclosing function) or a
 * cell (a local that a nested scope captures). The compiler then only asks
 * "what is x here?".
 *
 * Scopes and symbols live in the caller's arena, like the AST they describe.
 * Names are the AST's identifier strings (compared by content).
 */
#ifndef COIL_SYMTABLE_H
#define COIL_SYMTABLE_H

#include "ast.h"
#include "parser.h"

/* What a scope's own code does with a name (bits, CPython's DEF_*). */
#define DEF_GLOBAL     (1 << 0)   /* `global x` */
#define DEF_LOCAL      (1 << 1)   /* assigned (or deleted, or a loop/with/except target) */
#define DEF_PARAM      (1 << 2)
#define DEF_NONLOCAL   (1 << 3)   /* `nonlocal x` (or a walrus in a comprehension) */
#define DEF_USE        (1 << 4)   /* read */
#define DEF_FREE_CLASS (1 << 5)   /* free in a method and also bound in the class */
#define DEF_IMPORT     (1 << 6)
#define DEF_ANNOT      (1 << 7)   /* annotated name */
#define DEF_COMP_ITER  (1 << 8)   /* a comprehension's iteration variable */
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

/* The resolved scope of a name. */
typedef enum {
    SYM_UNKNOWN = 0,
    SYM_LOCAL,
    SYM_GLOBAL_EXPLICIT,
    SYM_GLOBAL_IMPLICIT,
    SYM_FREE,
    SYM_CELL
} SymScopeKind;

typedef enum {
    SCOPE_MODULE, SCOPE_FUNCTION, SCOPE_LAMBDA, SCOPE_CLASS, SCOPE_COMPREHENSION
} ScopeKind;

typedef enum { COMP_NONE, COMP_LIST, COMP_SET, COMP_DICT, COMP_GEN } CompKind;

typedef struct Symbol {
    const char *name;
    uint32_t hash;
    int flags;                /* DEF_* */
    SymScopeKind scope;       /* set by the analysis pass */
} Symbol;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    CompKind comp;            /* for SCOPE_COMPREHENSION */
    const char *name;         /* "top", the function/class name, "lambda", "listcomp", ... */
    const void *node;         /* the Stmt / Expr that opened the scope (the key) */
    Pos pos;
    Scope *parent;
    Scope **children;         /* in source order */
    int nchildren, capchildren;

    Symbol *syms;             /* in order of first mention */
    int nsyms, capsyms;
    int *slots;               /* open-addressing index into syms, -1 empty */
    int capslots;

    const char **params;      /* parameters in slot order (CPython's ste_varnames) */
    int nparams, capparams;

    /* `global`/`nonlocal` statements, for error positions. */
    struct { const char *name; Pos pos; } *directives;
    int ndirectives, capdirectives;

    bool is_function;         /* function, lambda or comprehension: has fast locals */
    bool is_generator, is_coroutine;
    bool has_varargs, has_varkw;
    bool is_nested;           /* inside a function-like scope */
    bool has_free;            /* some name is free here */
    bool child_free;          /* some child has free variables */
    bool needs_class_closure; /* a method uses __class__ / super() */
    int comp_iter_expr;       /* > 0 while visiting a comprehension's iterable */
};

typedef struct SymTable {
    Arena *arena;
    Scope *top;
    Scope *cur;
    SyntaxErrorInfo *err;
    bool failed;
    const char *priv;         /* name of the innermost class, for __x mangling */
} SymTable;

/* Builds and analyses the scopes of mod. Returns NULL with *err filled on a
 * SyntaxError (or msg "out of memory"). */
SymTable *symtable_build(Arena *arena, const Module *mod, SyntaxErrorInfo *err);

/* The scope opened by node (a FUNCTIONDEF/CLASSDEF Stmt, a LAMBDA or
 * comprehension Expr), looked up among parent's children; NULL if none. */
Scope *symtable_child(const Scope *parent, const void *node);

/* __x inside class priv -> _priv__x (CPython's _Py_Mangle); name itself
 * when no mangling applies. */
const char *symtable_mangle(Arena *arena, const char *priv, const char *name);

/* The symbol for name in scope, or NULL. */
Symbol *scope_lookup(const Scope *s, const char *name);
/* The resolved scope of name (SYM_UNKNOWN if the scope never mentions it). */
SymScopeKind scope_resolve(const Scope *s, const char *name);

#endif

/* ast.h: the abstract syntax tree the parser builds and the compiler reads.
 *
 * Mirrors CPython 3.11's Python.asdl node for node, so that what CPython's
 * documentation says of a node holds here. Nodes live in an Arena owned by
 * the caller of the parser and are freed all at once with it.
 *
 * The AST knows nothing of the VM: constants are plain C data (an int
 * literal keeps its digits as text, a string its decoded UTF-8 bytes); the
 * compiler turns them into Values.
 *
 * Positions: lineno/end_lineno are 1-based; col_offset/end_col_offset are
 * 0-based byte offsets into the UTF-8 source line, end exclusive, as in
 * CPython's ast module.
 */
#ifndef COIL_AST_H
#define COIL_AST_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* ---- arena ------------------------------------------------------------ */

typedef struct Arena Arena;
Arena *arena_new(void);
void arena_free(Arena *a);
void *arena_alloc(Arena *a, size_t size);          /* zeroed, 16-aligned */
char *arena_strndup(Arena *a, const char *s, size_t n); /* NUL-terminated */

typedef struct Pos {
    int lineno, col_offset, end_lineno, end_col_offset;
} Pos;

typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Pattern Pattern;

typedef struct ExprList { int n; Expr **items; } ExprList;
typedef struct StmtList { int n; Stmt **items; } StmtList;
typedef struct PatternList { int n; Pattern **items; } PatternList;
typedef struct IdentList { int n; const char **items; } IdentList;

/* ---- operators ---------------------------------------------------------- */

typedef enum { BOOL_AND, BOOL_OR } BoolOpKind;

/* Same order and values as CPython 3.11's NB_* constants (the BINARY_OP
 * oparg): the compiler emits these directly. */
typedef enum {
    OP_ADD = 0, OP_BITAND = 1, OP_FLOORDIV = 2, OP_LSHIFT = 3, OP_MATMUL = 4,
    OP_MUL = 5, OP_MOD = 6, OP_BITOR = 7, OP_POW = 8, OP_RSHIFT = 9,
    OP_SUB = 10, OP_DIV = 11, OP_BITXOR = 12
} BinOpKind;

typedef enum { UOP_INVERT, UOP_NOT, UOP_UADD, UOP_USUB } UnaryOpKind;

/* The first six match CPython's COMPARE_OP oparg order (<, <=, ==, !=, >, >=). */
typedef enum {
    CMP_OP_LT = 0, CMP_OP_LE, CMP_OP_EQ, CMP_OP_NE, CMP_OP_GT, CMP_OP_GE,
    CMP_OP_IS, CMP_OP_IS_NOT, CMP_OP_IN, CMP_OP_NOT_IN
} CmpOpKind;

typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL } ExprContext;

/* ---- constants ---------------------------------------------------------- */

typedef enum {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT,    /* text: digits only, underscores removed, no prefix; base in int_base */
    CONST_FLOAT,  /* f */
    CONST_IMAG,   /* f: the imaginary part */
    CONST_STR,    /* s, len: decoded UTF-8 (may contain NUL) */
    CONST_BYTES   /* s, len: raw bytes */
} ConstKind;

typedef struct Constant {
    ConstKind kind;
    int int_base;          /* 2, 8, 10 or 16 for CONST_INT */
    const char *s;         /* CONST_INT digits, CONST_STR / CONST_BYTES data */
    size_t len;
    double f;
    bool u_prefix;         /* CONST_STR whose first literal is u'...' (ast: kind='u'; not U'...') */
} Constant;

/* ---- expressions ---------------------------------------------------------- */

typedef enum {
    EXPR_BOOLOP, EXPR_NAMEDEXPR, EXPR_BINOP, EXPR_UNARYOP, EXPR_LAMBDA,
    EXPR_IFEXP, EXPR_DICT, EXPR_SET, EXPR_LISTCOMP, EXPR_SETCOMP,
    EXPR_DICTCOMP, EXPR_GENEXP, EXPR_AWAIT, EXPR_YIELD, EXPR_YIELDFROM,
    EXPR_COMPARE, EXPR_CALL, EXPR_FORMATTEDVALUE, EXPR_JOINEDSTR,
    EXPR_CONSTANT, EXPR_ATTRIBUTE, EXPR_SUBSCRIPT, EXPR_STARRED, EXPR_NAME,
    EXPR_LIST, EXPR_TUPLE, EXPR_SLICE
} ExprKind;

typedef struct Keyword {
    const char *arg;       /* NULL for **kwargs */
    Expr *value;
    Pos pos;
} Keyword;
typedef struct KeywordList { int n; Keyword **items; } KeywordList;

typedef struct Arg {
    const char *arg;
    Expr *annotation;      /* may be NULL */
    Pos pos;
} Arg;
typedef struct ArgList { int n; Arg **items; } ArgList;

typedef struct Arguments {
    ArgList posonlyargs;
    ArgList args;
    Arg *vararg;           /* NULL if none */
    ArgList kwonlyargs;
    ExprList kw_defaults;  /* same length as kwonlyargs; an item is NULL where no default */
    Arg *kwarg;            /* NULL if none */
    ExprList defaults;     /* for the last len(defaults) of posonlyargs+args */
} Arguments;

typedef struct Comprehension {
    Expr *target;
    Expr *iter;
    ExprList ifs;
    bool is_async;
} Comprehension;
typedef struct ComprehensionList { int n; Comprehension **items; } ComprehensionList;

struct Expr {
    ExprKind kind;
    Pos pos;
    union {
        struct { BoolOpKind op; ExprList values; } boolop;
        struct { Expr *target; Expr *value; } namedexpr;
        struct { Expr *left; BinOpKind op; Expr *right; } binop;
        struct { UnaryOpKind op; Expr *operand; } unaryop;
        struct { Arguments *args; Expr *body; } lambda;
        struct { Expr *test; Expr *body; Expr *orelse; } ifexp;
        /* dict: a key is NULL for a **mapping item; values[i] is then the mapping */
        struct { ExprList keys; ExprList values; } dict;
        struct { ExprList elts; } set;
        /* listcomp, setcomp, genexp use elt; dictcomp uses key and value */
        struct { Expr *elt; Expr *key; Expr *value; ComprehensionList generators; } comp;
        struct { Expr *value; } await_;
        struct { Expr *value; } yield;        /* value may be NULL */
        struct { Expr *value; } yieldfrom;
        struct { Expr *left; int n; CmpOpKind *ops; Expr **comparators; } compare;
        struct { Expr *func; ExprList args; KeywordList keywords; } call;
        /* conversion: -1 none, 's', 'r' or 'a'; format_spec is a JOINEDSTR or NULL */
        struct { Expr *value; int conversion; Expr *format_spec; } formattedvalue;
        struct { ExprList values; } joinedstr;
        Constant constant;
        struct { Expr *value; const char *attr; ExprContext ctx; } attribute;
        struct { Expr *value; Expr *slice; ExprContext ctx; } subscript;
        struct { Expr *value; ExprContext ctx; } starred;
        struct { const char *id; ExprContext ctx; } name;
        struct { ExprList elts; ExprContext ctx; } list;   /* EXPR_LIST and EXPR_TUPLE */
        struct { Expr *lower; Expr *upper; Expr *step; } slice; /* each may be NULL */
    } v;
};

/* ---- pattern matching ----------------------------------------------------- */

typedef enum {
    PAT_VALUE, PAT_SINGLETON, PAT_SEQUENCE, PAT_MAPPING, PAT_CLASS,
    PAT_STAR, PAT_AS, PAT_OR
} PatternKind;

struct Pattern {
    PatternKind kind;
    Pos pos;
    union {
        struct { Expr *value; } value;
        struct { ConstKind value; } singleton;        /* NONE, TRUE or FALSE */
        struct { PatternList patterns; } sequence;
        struct { ExprList keys; PatternList patterns; const char *rest; } mapping;
        struct { Expr *cls; PatternList patterns; IdentList kwd_attrs; PatternList kwd_patterns; } cls;
        struct { const char *name; } star;              /* name NULL for *_ */
        struct { Pattern *pattern; const char *name; } as; /* both may be NULL (wildcard _) */
        struct { PatternList patterns; } or_;
    } v;
};

typedef struct MatchCase {
    Pattern *pattern;
    Expr *guard;           /* may be NULL */
    StmtList body;
} MatchCase;
typedef struct MatchCaseList { int n; MatchCase **items; } MatchCaseList;

/* ---- statements ----------------------------------------------------------- */

typedef enum {
    STMT_FUNCTIONDEF, STMT_ASYNCFUNCTIONDEF, STMT_CLASSDEF, STMT_RETURN,
    STMT_DELETE, STMT_ASSIGN, STMT_AUGASSIGN, STMT_ANNASSIGN, STMT_FOR,
    STMT_ASYNCFOR, STMT_WHILE, STMT_IF, STMT_WITH, STMT_ASYNCWITH,
    STMT_MATCH, STMT_RAISE, STMT_TRY, STMT_TRYSTAR, STMT_ASSERT,
    STMT_IMPORT, STMT_IMPORTFROM, STMT_GLOBAL, STMT_NONLOCAL, STMT_EXPR,
    STMT_PASS, STMT_BREAK, STMT_CONTINUE
} StmtKind;

typedef struct Alias {
    const char *name;      /* dotted name, or "*" */
    const char *asname;    /* may be NULL */
    Pos pos;
} Alias;
typedef struct AliasList { int n; Alias **items; } AliasList;

typedef struct WithItem {
    Expr *context_expr;
    Expr *optional_vars;   /* may be NULL */
} WithItem;
typedef struct WithItemList { int n; WithItem **items; } WithItemList;

typedef struct ExceptHandler {
    Expr *type;            /* may be NULL (bare except) */
    const char *name;      /* may be NULL */
    StmtList body;
    Pos pos;
} ExceptHandler;
typedef struct ExceptHandlerList { int n; ExceptHandler **items; } ExceptHandlerList;

struct Stmt {
    StmtKind kind;
    Pos pos;
    union {
        /* FUNCTIONDEF and ASYNCFUNCTIONDEF */
        struct { const char *name; Arguments *args; StmtList body;
                 ExprList decorator_list; Expr *returns; } funcdef;
        struct { const char *name; ExprList bases; KeywordList keywords;
                 StmtList body; ExprList decorator_list; } classdef;
        struct { Expr *value; } return_;                 /* value may be NULL */
        struct { ExprList targets; } delete_;
        struct { ExprList targets; Expr *value; } assign; /* a = b = value: two targets */
        struct { Expr *target; BinOpKind op; Expr *value; } augassign;
        struct { Expr *target; Expr *annotation; Expr *value; bool simple; } annassign;
        /* FOR and ASYNCFOR */
        struct { Expr *target; Expr *iter; StmtList body; StmtList orelse; } for_;
        struct { Expr *test; StmtList body; StmtList orelse; } while_;
        struct { Expr *test; StmtList body; StmtList orelse; } if_;  /* elif: orelse holds one IF */
        /* WITH and ASYNCWITH */
        struct { WithItemList items; StmtList body; } with;
        struct { Expr *subject; MatchCaseList cases; } match;
        struct { Expr *exc; Expr *cause; } raise;        /* both may be NULL */
        /* TRY and TRYSTAR */
        struct { StmtList body; ExceptHandlerList handlers; StmtList orelse;
                 StmtList finalbody; } try_;
        struct { Expr *test; Expr *msg; } assert_;
        struct { AliasList names; } import;
        struct { const char *module; AliasList names; int level; } importfrom; /* module may be NULL */
        struct { IdentList names; } global;              /* GLOBAL and NONLOCAL */
        struct { Expr *value; } expr;
    } v;
};

typedef struct Module {
    StmtList body;
} Module;

/* Debug dump in the shape of CPython's ast.dump(); returns a malloc'd string. */
char *ast_dump_module(const Module *m);
char *ast_dump_expr(const Expr *e);

#endif

/* token.h: the token kinds of Python 3.11's lexical grammar.
 *
 * One X-macro list names every kind once; the tokenizer's operator matcher,
 * the parser's keyword table and the debug names all read it.
 * Keywords are their own kinds (the parser never compares strings for
 * them); soft keywords (match, case, _) stay NAMEs, as in CPython.
 */
#ifndef COIL_TOKEN_H
#define COIL_TOKEN_H

/* X(kind, text): text is the operator or keyword spelling, or NULL. */
#define TOKEN_LIST(X) \
    X(ENDMARKER, NULL) X(NAME, NULL) X(NUMBER, NULL) X(STRING, NULL) \
    X(NEWLINE, NULL) X(INDENT, NULL) X(DEDENT, NULL) \
    /* an ASCII character no token starts with ($ ? ` !): only the parser rejects it */ \
    X(OP_UNKNOWN, NULL) \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(LBRACE, "{") X(RBRACE, "}") \
    X(COLON, ":") X(COMMA, ",") X(SEMI, ";") X(PLUS, "+") X(MINUS, "-") \
    X(STAR, "*") X(SLASH, "/") X(VBAR, "|") X(AMPER, "&") X(LESS, "<") \
    X(GREATER, ">") X(EQUAL, "=") X(DOT, ".") X(PERCENT, "%") X(TILDE, "~") \
    X(CIRCUMFLEX, "^") X(AT, "@") \
    X(EQEQUAL, "==") X(NOTEQUAL, "!=") X(LESSEQUAL, "<=") X(GREATEREQUAL, ">=") \
    X(LEFTSHIFT, "<<") X(RIGHTSHIFT, ">>") X(DOUBLESTAR, "**") X(DOUBLESLASH, "//") \
    X(PLUSEQUAL, "+=") X(MINEQUAL, "-=") X(STAREQUAL, "*=") X(SLASHEQUAL, "/=") \
    X(PERCENTEQUAL, "%=") X(AMPEREQUAL, "&=") X(VBAREQUAL, "|=") \
    X(CIRCUMFLEXEQUAL, "^=") X(ATEQUAL, "@=") X(RARROW, "->") X(COLONEQUAL, ":=") \
    X(LEFTSHIFTEQUAL, "<<=") X(RIGHTSHIFTEQUAL, ">>=") X(DOUBLESTAREQUAL, "**=") \
    X(DOUBLESLASHEQUAL, "//=") X(ELLIPSIS, "...") \
    X(KW_FALSE, "False") X(KW_NONE, "None") X(KW_TRUE, "True") X(KW_AND, "and") \
    X(KW_AS, "as") X(KW_ASSERT, "assert") X(KW_ASYNC, "async") X(KW_AWAIT, "await") \
    X(KW_BREAK, "break") X(KW_CLASS, "class") X(KW_CONTINUE, "continue") \
    X(KW_DEF, "def") X(KW_DEL, "del") X(KW_ELIF, "elif") X(KW_ELSE, "else") \
    X(KW_EXCEPT, "except") X(KW_FINALLY, "finally") X(KW_FOR, "for") \
    X(KW_FROM, "from") X(KW_GLOBAL, "global") X(KW_IF, "if") X(KW_IMPORT, "import") \
    X(KW_IN, "in") X(KW_IS, "is") X(KW_LAMBDA, "lambda") X(KW_NONLOCAL, "nonlocal") \
    X(KW_NOT, "not") X(KW_OR, "or") X(KW_PASS, "pass") X(KW_RAISE, "raise") \
    X(KW_RETURN, "return") X(KW_TRY, "try") X(KW_WHILE, "while") X(KW_WITH, "with") \
    X(KW_YIELD, "yield")

typedef enum {
#define TOKEN_ENUM(kind, text) TOK_##kind,
    TOKEN_LIST(TOKEN_ENUM)
#undef TOKEN_ENUM
    TOK__COUNT
} TokenType;

#define TOK_FIRST_KEYWORD TOK_KW_FALSE
#define TOK_LAST_KEYWORD TOK_KW_YIELD

/* "NAME", "LPAR", ... for debugging and tests. */
const char *token_type_name(TokenType t);
/* The spelling of an operator or keyword ("(", "if"), NULL for the others. */
const char *token_type_text(TokenType t);

#endif

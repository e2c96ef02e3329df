/* tokenizer.h: UTF-8 source -> tokens, following CPython 3.11's tokenizer.
 *
 * The whole source is tokenized up front into one growing array (the parser
 * backtracks over it freely). A tokenizer error stops tokenizing; the parser
 * still runs over the tokens before it, but CPython reports a tokenizer error
 * in preference to any parser error, and so does parse_module.
 *
 * Columns in tokens are 0-based byte offsets into their line, as in the AST.
 */
#ifndef COIL_TOKENIZER_H
#define COIL_TOKENIZER_H

#include <stdbool.h>
#include <stddef.h>
#include "ast.h"
#include "parser.h"
#include "token.h"

typedef struct Token {
    TokenType type;
    int lineno, col_offset, end_lineno, end_col_offset;
    const char *start;     /* the token's text in the source buffer */
    int len;
    const char *str;       /* NAME and keywords: NUL-terminated identifier (NFKC); else NULL */
    int level;             /* bracket depth before the token */
} Token;

#define TOK_MAX_INDENT 100
#define TOK_MAX_PAREN 200

typedef struct Tokenizer {
    Arena *arena;
    const char *buf;       /* normalised source: \n line ends, ends with \n, NUL-terminated */
    const char *end;       /* where tokenizing stops (buf end, or a fragment's end) */
    const char *cur;
    const char *line_start;
    int lineno;
    /* line table over the whole buffer: lines[i] starts line i+1 */
    const char **lines;
    int nlines;
    bool owns_lines;
    bool fragment;         /* an f-string expression: no NEWLINE/INDENT, stop at end */

    int indstack[TOK_MAX_INDENT], altindstack[TOK_MAX_INDENT];
    int indent, pendin;
    bool atbol;
    bool blankline;        /* the current line holds only blanks and a comment */

    struct { char c; int lineno, col; } parens[TOK_MAX_PAREN];
    int level;

    Token *toks;
    int ntoks, cap;

    bool has_error;
    /* EOF reached inside brackets: parse_module reports "'(' was never closed"
     * if the parser fails. parens[eof_level-1] is the innermost open bracket. */
    bool eof_in_brackets;
    SyntaxErrorInfo err;
} Tokenizer;

/* Copies and normalises src (BOM, \r\n, final newline) into arena. */
int tokenizer_init(Tokenizer *t, Arena *arena, const char *src, size_t len);
/* A tokenizer over [start, end) of parent's buffer, as if inside brackets;
 * positions are those in the parent's source. */
void tokenizer_init_fragment(Tokenizer *t, const Tokenizer *parent,
                             const char *start, const char *end,
                             int lineno, const char *line_start);
void tokenizer_fini(Tokenizer *t);   /* frees the token array and line table */

/* Tokenizes everything; returns 0, or -1 with t->err filled (the tokens
 * before the error stay in t->toks, followed by an ENDMARKER where the
 * error is, unless memory ran out). */
int tokenizer_run(Tokenizer *t);

/* The text of line lineno (1-based) of t's buffer, and its length without the \n. */
const char *tokenizer_line(const Tokenizer *t, int lineno, int *len);

/* Fills *e. line_start may be NULL (no text); byte columns are 0-based and
 * converted to SyntaxError's 1-based character offsets; an end column < 0
 * leaves end_col_offset 0 (unknown). */
void frontend_error(SyntaxErrorInfo *e, SyntaxErrorKind kind,
                    const char *line_start, int lineno, int col_bytes,
                    const char *end_line_start, int end_lineno, int end_col_bytes,
                    const char *fmt, ...)
    __attribute__((format(printf, 9, 10)));

/* Offset of the first byte of src that is not valid UTF-8, or -1. */
long utf8_find_invalid(const char *src, size_t len);

/* Number of code points in s[0..nbytes). */
int utf8_count_chars(const char *s, int nbytes);

#endif

/* parser.h: source text -> AST, or a SyntaxError description.
 *
 * The frontend reports errors as plain data (SyntaxErrorInfo); the VM turns
 * that into a SyntaxError / IndentationError / TabError exception object and
 * the traceback printer shows it the way CPython does:
 *
 *     File "t.py", line 3
 *       x = (1 +
 *           ^
 *   SyntaxError: '(' was never closed
 */
#ifndef COIL_PARSER_H
#define COIL_PARSER_H

#include "ast.h"

typedef enum { SYNERR_SYNTAX, SYNERR_INDENTATION, SYNERR_TAB } SyntaxErrorKind;

typedef struct SyntaxErrorInfo {
    SyntaxErrorKind kind;
    char msg[256];          /* CPython's message text, e.g. "invalid syntax" */
    int lineno;             /* 1-based */
    int col_offset;         /* 1-based column in characters (code points), as SyntaxError.offset */
    int end_lineno;         /* 0 if unknown */
    int end_col_offset;     /* 1-based, exclusive; 0 if unknown */
    char *text;             /* the offending source line incl. its newline, malloc'd; may be NULL */
    bool at_eof;            /* located at the end-of-file token: CPython's file-input tokenizer
                               reports offset 0 there, so a script shows no caret */
    bool in_fstring_text;   /* text/offsets already describe an f-string expression as
                               "(expr)" (parse_fstring_expr_fragment) */
} SyntaxErrorInfo;

void syntax_error_info_clear(SyntaxErrorInfo *e);   /* frees text */

/* Parse a whole module. src is UTF-8 of length len (need not be
 * NUL-terminated). filename is used only for messages. On success returns
 * the Module allocated in arena; on failure returns NULL and fills *err. */
Module *parse_module(Arena *arena, const char *src, size_t len,
                     const char *filename, SyntaxErrorInfo *err);

typedef enum {
    PARSE_OK,
    PARSE_ERROR,
    PARSE_INCOMPLETE,        /* EOF inside brackets or a triple-quoted string */
    PARSE_INCOMPLETE_BLOCK,  /* EOF where a block, a decorated definition or a
                                backslash-continued line needs more lines */
} ParseStatus;

/* Parse one interactive statement (the REPL; CPython's "single" input):
 * simple statements on one line or one compound statement; anything after
 * it is "invalid syntax". The INCOMPLETE statuses mean the only error is
 * that the input ends too early: the caller reads another line, except
 * that after INCOMPLETE_BLOCK an empty line ends the input (and *err, the
 * error at EOF, stands), as in CPython's REPL. *err is filled as
 * parse_module's whenever NULL is returned. */
Module *parse_interactive(Arena *arena, const char *src, size_t len,
                          const char *filename, SyntaxErrorInfo *err, ParseStatus *status);

/* The code point of the character named name[0..n) for \N{name} in str
 * literals: a Unicode name or alias in any case, not a named sequence
 * (CPython's rule); returns 1 and sets *cp, or 0 if there is none. The
 * front end has no character database: the VM sets this at start-up
 * (runtime_init, from vm/modules/unicodedata.c); while it is NULL every
 * \N{name} is an unknown name (a SyntaxError). */
extern int (*parser_char_name_lookup)(const char *name, size_t n, uint32_t *cp);

#endif

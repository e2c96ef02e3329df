/* tokenizer.c: Python 3.11's lexical grammar, error for error.
 *
 * The scanning rules and the error messages and positions follow CPython's
 * Parser/tokenizer.c (3.11): a number, a string or an indentation change is
 * accepted or rejected exactly where CPython does, so the same
 * SyntaxError comes out. Every read is bounded by t->end; the buffer is
 * NUL-terminated and ends in '\n', so one byte of lookahead is always safe.
 */
#include "tokenizer.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static const char *const token_names[] = {
#define TOKEN_NAME(kind, text) #kind,
    TOKEN_LIST(TOKEN_NAME)
#undef TOKEN_NAME
};
static const char *const token_texts[] = {
#define TOKEN_TEXT(kind, text) text,
    TOKEN_LIST(TOKEN_TEXT)
#undef TOKEN_TEXT
};

const char *token_type_name(TokenType t) { return t < TOK__COUNT ? token_names[t] : "?"; }
const char *token_type_text(TokenType t) { return t < TOK__COUNT ? token_texts[t] : NULL; }

/* ---- errors ------------------------------------------------------------- */

int utf8_count_chars(const char *s, int nbytes)
{
    int n = 0;
    for (int i = 0; i < nbytes; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
    return n;
}

static char *copy_line(const char *line_start)
{
    const char *e = strchr(line_start, '\n');
    size_t n = e ? (size_t)(e - line_start) : strlen(line_start);
    char *s = malloc(n + 2);
    if (!s) return NULL;
    memcpy(s, line_start, n);
    s[n] = '\n';
    s[n + 1] = '\0';
    return s;
}

static void error_vset(SyntaxErrorInfo *e, SyntaxErrorKind kind, const char *line_start,
                       int lineno, int offset, int end_lineno, int end_offset,
                       const char *fmt, va_list ap)
{
    free(e->text);
    e->kind = kind;
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    e->lineno = lineno;
    e->col_offset = offset;
    e->end_lineno = end_lineno;
    e->end_col_offset = end_offset;
    e->text = line_start ? copy_line(line_start) : NULL;
    e->at_eof = false;
}

void frontend_error(SyntaxErrorInfo *e, SyntaxErrorKind kind,
                    const char *line_start, int lineno, int col_bytes,
                    const char *end_line_start, int end_lineno, int end_col_bytes,
                    const char *fmt, ...)
{
    int offset = line_start ? utf8_count_chars(line_start, col_bytes) + 1 : col_bytes + 1;
    int end_offset = 0;
    if (end_col_bytes >= 0)
        end_offset = end_line_start ? utf8_count_chars(end_line_start, end_col_bytes) + 1
                                    : end_col_bytes + 1;
    va_list ap;
    va_start(ap, fmt);
    error_vset(e, kind, line_start, lineno, offset, end_lineno, end_offset, fmt, ap);
    va_end(ap);
}

/* CPython's tokenizer syntaxerror(): the offset counts the characters
 * before t->cur, so it points at the last character read. */
static __attribute__((format(printf, 3, 4)))
int tok_error_kind(Tokenizer *t, SyntaxErrorKind kind, const char *fmt, ...)
{
    int off = utf8_count_chars(t->line_start, (int)(t->cur - t->line_start));
    va_list ap;
    va_start(ap, fmt);
    error_vset(&t->err, kind, t->line_start, t->lineno, off, t->lineno, off, fmt, ap);
    va_end(ap);
    t->has_error = true;
    return -1;
}
#define tok_error(t, ...) tok_error_kind((t), SYNERR_SYNTAX, __VA_ARGS__)

long utf8_find_invalid(const char *src, size_t len)
{
    const unsigned char *s = (const unsigned char *)src;
    size_t i = 0;
    while (i < len) {
        unsigned c = s[i];
        if (c < 0x80) { i++; continue; }
        size_t n;
        unsigned min;
        if (c >= 0xC2 && c <= 0xDF) { n = 1; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { n = 2; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { n = 3; min = 0x10000; }
        else return (long)i;
        unsigned cp = c & (0x3F >> n);
        for (size_t k = 1; k <= n; k++) {
            if (i + k >= len || (s[i + k] & 0xC0) != 0x80) return (long)i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return (long)i;
        i += n + 1;
    }
    return -1;
}

/* ---- set-up ---------------------------------------------------------------- */

static int build_lines(Tokenizer *t)
{
    int cap = 64, n = 0;
    const char **lines = malloc(sizeof *lines * cap);
    if (!lines) return -1;
    const char *p = t->buf, *end = t->end;
    while (p < end) {
        if (n == cap) {
            cap *= 2;
            const char **nl = realloc(lines, sizeof *lines * cap);
            if (!nl) { free(lines); return -1; }
            lines = nl;
        }
        lines[n++] = p;
        const char *q = memchr(p, '\n', (size_t)(end - p));
        p = q ? q + 1 : end;
    }
    t->lines = lines;
    t->nlines = n;
    t->owns_lines = true;
    return 0;
}

int tokenizer_init(Tokenizer *t, Arena *arena, const char *src, size_t len)
{
    memset(t, 0, sizeof *t);
    t->arena = arena;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) { src += 3; len -= 3; }
    char *buf = arena_alloc(arena, len + 2);
    if (!buf) return -1;
    /* \r\n and lone \r become \n, as CPython's universal newlines do. */
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        char c = src[i];
        if (c == '\r') {
            if (i + 1 < len && src[i + 1] == '\n') i++;
            c = '\n';
        }
        buf[n++] = c;
    }
    if (n == 0 || buf[n - 1] != '\n') buf[n++] = '\n';
    buf[n] = '\0';
    t->buf = t->cur = t->line_start = buf;
    t->end = buf + n;
    t->lineno = 1;
    t->atbol = true;
    if (build_lines(t) < 0) return -1;
    if (memchr(buf, '\0', n)) {
        t->has_error = true;
        frontend_error(&t->err, SYNERR_SYNTAX, NULL, 0, -1, NULL, 0, -1,
                       "source code cannot contain null bytes");
        return -1;
    }
    return 0;
}

void tokenizer_init_fragment(Tokenizer *t, const Tokenizer *parent,
                             const char *start, const char *end,
                             int lineno, const char *line_start)
{
    memset(t, 0, sizeof *t);
    t->arena = parent->arena;
    t->buf = parent->buf;
    t->cur = start;
    t->end = end;
    t->lineno = lineno;
    t->line_start = line_start;
    t->lines = parent->lines;
    t->nlines = parent->nlines;
    t->fragment = true;
}

void tokenizer_fini(Tokenizer *t)
{
    free(t->toks);
    t->toks = NULL;
    if (t->owns_lines) free(t->lines);
    t->lines = NULL;
}

const char *tokenizer_line(const Tokenizer *t, int lineno, int *len)
{
    if (lineno < 1 || lineno > t->nlines) {
        if (len) *len = 0;
        return NULL;
    }
    const char *s = t->lines[lineno - 1];
    if (len) {
        const char *e = strchr(s, '\n');
        *len = e ? (int)(e - s) : (int)strlen(s);
    }
    return s;
}

/* ---- character input --------------------------------------------------------- */

#define TOK_EOF (-1)

static inline int nextc(Tokenizer *t)
{
    if (t->cur >= t->end) return TOK_EOF;
    int c = (unsigned char)*t->cur++;
    return c;
}

static inline void backup(Tokenizer *t, int c)
{
    if (c != TOK_EOF) t->cur--;
}

/* Called after consuming a '\n' that ends a physical line. */
static inline void new_line(Tokenizer *t)
{
    t->lineno++;
    t->line_start = t->cur;
}

static Token *push_token(Tokenizer *t, TokenType type, const char *start, const char *end,
                         int lineno, const char *line_start)
{
    if (t->ntoks == t->cap) {
        int cap = t->cap ? t->cap * 2 : 256;
        Token *nt = realloc(t->toks, sizeof *nt * (size_t)cap);
        if (!nt) return NULL;
        t->toks = nt;
        t->cap = cap;
    }
    Token *tk = &t->toks[t->ntoks++];
    tk->type = type;
    tk->lineno = lineno;
    tk->col_offset = (int)(start - line_start);
    tk->end_lineno = t->lineno;
    tk->end_col_offset = (int)(end - t->line_start);
    tk->start = start;
    tk->len = (int)(end - start);
    tk->str = NULL;
    tk->level = t->level + (t->fragment ? 1 : 0);
    return tk;
}

static inline bool is_id_start_ascii(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
static inline bool is_potential_id_start(int c) { return is_id_start_ascii(c) || c >= 128; }
static inline bool is_potential_id_char(int c)
{
    return is_id_start_ascii(c) || (c >= '0' && c <= '9') || c >= 128;
}

/* ---- identifiers --------------------------------------------------------------- */

static bool cp_is_xid_start(utf8proc_int32_t cp)
{
    if (cp == '_') return true;
    /* Other_ID_Start */
    if (cp == 0x1885 || cp == 0x1886 || cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C)
        return true;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_NL:
        return true;
    default:
        return false;
    }
}

static bool cp_is_xid_continue(utf8proc_int32_t cp)
{
    if (cp_is_xid_start(cp)) return true;
    /* Other_ID_Continue */
    if (cp == 0x00B7 || cp == 0x0387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA)
        return true;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_PC:
        return true;
    default:
        return false;
    }
}

static bool cp_is_printable(utf8proc_int32_t cp)
{
    if (cp == ' ') return true;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
        return false;
    default:
        return true;
    }
}

/* Checks a non-ASCII identifier [start, t->cur) and stores its NFKC form
 * in tk->str. On an invalid character, reports it like CPython. */
static int finish_nonascii_identifier(Tokenizer *t, Token *tk, const char *start)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)start;
    const utf8proc_uint8_t *e = (const utf8proc_uint8_t *)t->cur;
    bool first = true;
    while (p < e) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p, e - p, &cp);
        if (n <= 0) {
            t->cur = (const char *)p + 1;
            return tok_error(t, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte",
                             *p, (int)(p - (const utf8proc_uint8_t *)start));
        }
        if (!(first ? cp_is_xid_start(cp) : cp_is_xid_continue(cp))) {
            /* NFKC may turn the character into a valid one: check the normalised form. */
            utf8proc_uint8_t *norm = utf8proc_NFKC(p);
            bool ok = false;
            if (norm) {
                utf8proc_int32_t ncp;
                if (utf8proc_iterate(norm, -1, &ncp) > 0)
                    ok = first ? cp_is_xid_start(ncp) : cp_is_xid_continue(ncp);
                free(norm);
            }
            if (!ok) {
                t->cur = (const char *)p + n;
                if (cp_is_printable(cp)) {
                    char buf[8];
                    memcpy(buf, p, (size_t)n);
                    buf[n] = '\0';
                    return tok_error(t, "invalid character '%s' (U+%04X)", buf, (unsigned)cp);
                }
                return tok_error(t, "invalid non-printable character U+%04X", (unsigned)cp);
            }
        }
        first = false;
        p += n;
    }
    size_t len = (size_t)(t->cur - start);
    char *tmp = malloc(len + 1);
    if (!tmp) return -1;
    memcpy(tmp, start, len);
    tmp[len] = '\0';
    utf8proc_uint8_t *norm = utf8proc_NFKC((const utf8proc_uint8_t *)tmp);
    free(tmp);
    if (!norm) return tok_error(t, "invalid identifier");
    tk->str = arena_strndup(t->arena, (const char *)norm, strlen((const char *)norm));
    free(norm);
    return 0;
}

static TokenType keyword_type(const char *s, int n)
{
    /* Keywords are 2..8 ASCII letters; compare against those with the same
     * first letter only. */
    if (n < 2 || n > 8) return TOK_NAME;
    for (int k = TOK_FIRST_KEYWORD; k <= TOK_LAST_KEYWORD; k++) {
        const char *kw = token_texts[k];
        if (kw[0] == s[0] && (int)strlen(kw) == n && memcmp(kw, s, (size_t)n) == 0)
            return (TokenType)k;
    }
    return TOK_NAME;
}

/* ---- numbers --------------------------------------------------------------- */

static int lookahead(Tokenizer *t, const char *test)
{
    const char *s = test;
    int res = 0;
    const char *save = t->cur;
    while (1) {
        int c = nextc(t);
        if (*s == 0) {
            res = !is_potential_id_char(c);
            break;
        }
        if (c != (unsigned char)*s) break;
        s++;
    }
    t->cur = save;
    return res;
}

/* c was just read after a number. A number may touch a keyword that can
 * follow it in valid code (1if x else 2); anything else identifier-like is
 * an error. */
static int verify_end_of_number(Tokenizer *t, int c, const char *kind)
{
    int r = 0;
    if (c == 'a') r = lookahead(t, "nd");
    else if (c == 'e') r = lookahead(t, "lse");
    else if (c == 'f') r = lookahead(t, "or");
    else if (c == 'i') {
        int c2 = nextc(t);
        if (c2 == 'f' || c2 == 'n' || c2 == 's') r = 1;
        backup(t, c2);
    }
    else if (c == 'o') r = lookahead(t, "r");
    else if (c == 'n') r = lookahead(t, "ot");
    if (r) return 0;
    if (c != TOK_EOF && is_potential_id_char(c)) {
        backup(t, c);
        return tok_error(t, "invalid %s literal", kind);
    }
    return 0;
}

/* Returns the character after the digits, or -2 after an error. */
static int decimal_tail(Tokenizer *t)
{
    int c;
    while (1) {
        do { c = nextc(t); } while (c >= '0' && c <= '9');
        if (c != '_') break;
        c = nextc(t);
        if (!(c >= '0' && c <= '9')) {
            backup(t, c);
            tok_error(t, "invalid decimal literal");
            return -2;
        }
    }
    return c;
}

#define IS_DIGIT(c) ((c) >= '0' && (c) <= '9')

/* Scans a number whose first character c has been read ('.' for ".5").
 * On success t->cur is just past it. */
static int scan_number(Tokenizer *t, int c)
{
    if (c == '.') {
        c = nextc(t);
        goto fraction;
    }
    if (c == '0') {
        c = nextc(t);
        if (c == 'x' || c == 'X') {
            c = nextc(t);
            do {
                if (c == '_') c = nextc(t);
                if (c == TOK_EOF || !isxdigit(c)) {
                    backup(t, c);
                    return tok_error(t, "invalid hexadecimal literal");
                }
                do { c = nextc(t); } while (c != TOK_EOF && isxdigit(c));
            } while (c == '_');
            if (verify_end_of_number(t, c, "hexadecimal") < 0) return -1;
        } else if (c == 'o' || c == 'O') {
            c = nextc(t);
            do {
                if (c == '_') c = nextc(t);
                if (c < '0' || c >= '8') {
                    if (IS_DIGIT(c)) return tok_error(t, "invalid digit '%c' in octal literal", c);
                    backup(t, c);
                    return tok_error(t, "invalid octal literal");
                }
                do { c = nextc(t); } while ('0' <= c && c < '8');
            } while (c == '_');
            if (IS_DIGIT(c)) return tok_error(t, "invalid digit '%c' in octal literal", c);
            if (verify_end_of_number(t, c, "octal") < 0) return -1;
        } else if (c == 'b' || c == 'B') {
            c = nextc(t);
            do {
                if (c == '_') c = nextc(t);
                if (c != '0' && c != '1') {
                    if (IS_DIGIT(c)) return tok_error(t, "invalid digit '%c' in binary literal", c);
                    backup(t, c);
                    return tok_error(t, "invalid binary literal");
                }
                do { c = nextc(t); } while (c == '0' || c == '1');
            } while (c == '_');
            if (IS_DIGIT(c)) return tok_error(t, "invalid digit '%c' in binary literal", c);
            if (verify_end_of_number(t, c, "binary") < 0) return -1;
        } else {
            bool nonzero = false;
            const char *start = t->cur - 2;   /* the leading '0' */
            /* c is the character after the first '0' */
            while (1) {
                if (c == '_') {
                    c = nextc(t);
                    if (!IS_DIGIT(c)) {
                        backup(t, c);
                        return tok_error(t, "invalid decimal literal");
                    }
                }
                if (c != '0') break;
                c = nextc(t);
            }
            const char *zeros_end = t->cur;
            if (IS_DIGIT(c)) {
                nonzero = true;
                c = decimal_tail(t);
                if (c == -2) return -1;
            }
            if (c == '.') {
                c = nextc(t);
                goto fraction;
            } else if (c == 'e' || c == 'E') {
                goto exponent;
            } else if (c == 'j' || c == 'J') {
                goto imaginary;
            } else if (nonzero) {
                backup(t, c);
                int off = utf8_count_chars(t->line_start, (int)(start - t->line_start)) + 1;
                int end = utf8_count_chars(t->line_start, (int)(zeros_end - t->line_start));
                t->has_error = true;
                frontend_error(&t->err, SYNERR_SYNTAX, t->line_start, t->lineno, off - 1,
                               t->line_start, t->lineno, end - 1,
                               "leading zeros in decimal integer literals are not permitted; "
                               "use an 0o prefix for octal integers");
                return -1;
            }
            if (verify_end_of_number(t, c, "decimal") < 0) return -1;
        }
        backup(t, c);
        return 0;
    }
    /* decimal: the first digit was read */
    c = decimal_tail(t);
    if (c == -2) return -1;
    if (c == '.') {
        c = nextc(t);
    fraction:
        if (IS_DIGIT(c)) {
            c = decimal_tail(t);
            if (c == -2) return -1;
        }
    }
    if (c == 'e' || c == 'E') {
        int e;
    exponent:
        e = c;
        c = nextc(t);
        if (c == '+' || c == '-') {
            c = nextc(t);
            if (!IS_DIGIT(c)) {
                backup(t, c);
                return tok_error(t, "invalid decimal literal");
            }
        } else if (!IS_DIGIT(c)) {
            backup(t, c);
            if (verify_end_of_number(t, e, "decimal") < 0) return -1;
            backup(t, e);
            return 0;
        }
        c = decimal_tail(t);
        if (c == -2) return -1;
    }
    if (c == 'j' || c == 'J') {
    imaginary:
        c = nextc(t);
        if (verify_end_of_number(t, c, "imaginary") < 0) return -1;
    } else if (verify_end_of_number(t, c, "decimal") < 0) {
        return -1;
    }
    backup(t, c);
    return 0;
}

/* ---- strings ------------------------------------------------------------------ */

/* The opening quote `quote` has just been read; tok_start is the token's
 * first byte (its prefix). Scans to the end of the literal. */
static int scan_string(Tokenizer *t, int quote, const char *tok_start, int first_lineno,
                       const char *first_line_start)
{
    int quote_size = 1, end_quote_size = 0;
    int c = nextc(t);
    if (c == quote) {
        c = nextc(t);
        if (c == quote) quote_size = 3;
        else end_quote_size = 1;   /* empty string */
    }
    if (c != quote) backup(t, c);
    while (end_quote_size != quote_size) {
        c = nextc(t);
        if (c == TOK_EOF || (quote_size == 1 && c == '\n')) {
            int detected = t->lineno;
            if (c == TOK_EOF && t->line_start == t->end && detected > 1) detected--;
            t->cur = tok_start + 1;
            t->line_start = first_line_start;
            t->lineno = first_lineno;
            if (quote_size == 3)
                return tok_error(t, "unterminated triple-quoted string literal (detected at line %d)", detected);
            return tok_error(t, "unterminated string literal (detected at line %d)", detected);
        }
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\n') new_line(t);
            if (c == '\\') {
                c = nextc(t);
                if (c == '\n') new_line(t);
            }
        }
    }
    return 0;
}

/* ---- the main loop --------------------------------------------------------------- */

static int indent_error(Tokenizer *t)
{
    t->has_error = true;
    frontend_error(&t->err, SYNERR_TAB, t->line_start, t->lineno, 0, t->line_start, t->lineno, -1,
                   "inconsistent use of tabs and spaces in indentation");
    return -1;
}

/* Handles the indentation at the start of a logical line. Returns 0, or -1. */
static int at_line_start(Tokenizer *t)
{
    int col = 0, altcol = 0, cont_line_col = 0;
    int c;
    t->atbol = false;
    for (;;) {
        c = nextc(t);
        if (c == ' ') { col++; altcol++; }
        else if (c == '\t') { col = (col / 8 + 1) * 8; altcol = altcol + 1; }
        else if (c == '\014') { col = altcol = 0; }
        else if (c == '\\') {
            /* Indentation cannot be split over lines with backslashes: the
             * first backslash found fixes the level. */
            cont_line_col = cont_line_col ? cont_line_col : col;
            c = nextc(t);
            if (c != '\n') {
                if (c == TOK_EOF) goto eof_after_backslash;
                tok_error(t, "unexpected character after line continuation character");
                t->err.end_col_offset = 0;
                return -1;
            }
            new_line(t);
            c = nextc(t);
            if (c == TOK_EOF) {
            eof_after_backslash:
                t->cur = t->line_start;
                t->lineno--;
                t->line_start = t->lineno >= 1 && t->lineno <= t->nlines ? t->lines[t->lineno - 1] : t->line_start;
                t->cur = strchr(t->line_start, '\n');
                tok_error(t, "unexpected EOF while parsing");
                t->err.end_col_offset = 0;
                t->err.at_eof = true;
                return -1;
            }
            backup(t, c);
        }
        else break;
    }
    backup(t, c);
    t->blankline = (c == '#' || c == '\n' || c == TOK_EOF);
    if (t->blankline || t->level > 0) return 0;
    if (cont_line_col) { col = cont_line_col; altcol = cont_line_col; }
    if (col == t->indstack[t->indent]) {
        if (altcol != t->altindstack[t->indent]) return indent_error(t);
    } else if (col > t->indstack[t->indent]) {
        if (t->indent + 1 >= TOK_MAX_INDENT) {
            t->has_error = true;
            frontend_error(&t->err, SYNERR_INDENTATION, t->line_start, t->lineno, 0, NULL, t->lineno, -1,
                           "too many levels of indentation");
            return -1;
        }
        if (altcol <= t->altindstack[t->indent]) return indent_error(t);
        t->pendin++;
        t->indent++;
        t->indstack[t->indent] = col;
        t->altindstack[t->indent] = altcol;
    } else {
        while (t->indent > 0 && col < t->indstack[t->indent]) {
            t->pendin--;
            t->indent--;
        }
        if (col != t->indstack[t->indent]) {
            int len;
            const char *line = t->line_start;
            const char *e = strchr(line, '\n');
            len = e ? (int)(e - line) + 1 : (int)strlen(line);
            t->has_error = true;
            frontend_error(&t->err, SYNERR_INDENTATION, line, t->lineno, len - 1, NULL, t->lineno, -1,
                           "unindent does not match any outer indentation level");
            return -1;
        }
        if (altcol != t->altindstack[t->indent]) return indent_error(t);
    }
    return 0;
}

static const char *bracket_name(char c)
{
    switch (c) {
    case '(': return "(";
    case ')': return ")";
    case '[': return "[";
    case ']': return "]";
    case '{': return "{";
    default: return "}";
    }
}

/* Matches the longest operator at s; returns its kind and length. */
static TokenType match_operator(const char *s, int *len)
{
    int c1 = (unsigned char)s[0], c2 = (unsigned char)s[1], c3 = c2 ? (unsigned char)s[2] : 0;
    *len = 3;
    switch (c1) {
    case '<': if (c2 == '<' && c3 == '=') return TOK_LEFTSHIFTEQUAL; break;
    case '>': if (c2 == '>' && c3 == '=') return TOK_RIGHTSHIFTEQUAL; break;
    case '*': if (c2 == '*' && c3 == '=') return TOK_DOUBLESTAREQUAL; break;
    case '/': if (c2 == '/' && c3 == '=') return TOK_DOUBLESLASHEQUAL; break;
    case '.': if (c2 == '.' && c3 == '.') return TOK_ELLIPSIS; break;
    }
    *len = 2;
    switch (c1) {
    case '=': if (c2 == '=') return TOK_EQEQUAL; break;
    case '!': if (c2 == '=') return TOK_NOTEQUAL; break;
    case '<':
        if (c2 == '=') return TOK_LESSEQUAL;
        if (c2 == '<') return TOK_LEFTSHIFT;
        if (c2 == '>') return TOK_NOTEQUAL;   /* only valid with barry_as_FLUFL; the parser rejects it */
        break;
    case '>':
        if (c2 == '=') return TOK_GREATEREQUAL;
        if (c2 == '>') return TOK_RIGHTSHIFT;
        break;
    case '*':
        if (c2 == '*') return TOK_DOUBLESTAR;
        if (c2 == '=') return TOK_STAREQUAL;
        break;
    case '/':
        if (c2 == '/') return TOK_DOUBLESLASH;
        if (c2 == '=') return TOK_SLASHEQUAL;
        break;
    case '+': if (c2 == '=') return TOK_PLUSEQUAL; break;
    case '-':
        if (c2 == '=') return TOK_MINEQUAL;
        if (c2 == '>') return TOK_RARROW;
        break;
    case '%': if (c2 == '=') return TOK_PERCENTEQUAL; break;
    case '&': if (c2 == '=') return TOK_AMPEREQUAL; break;
    case '|': if (c2 == '=') return TOK_VBAREQUAL; break;
    case '^': if (c2 == '=') return TOK_CIRCUMFLEXEQUAL; break;
    case '@': if (c2 == '=') return TOK_ATEQUAL; break;
    case ':': if (c2 == '=') return TOK_COLONEQUAL; break;
    }
    *len = 1;
    switch (c1) {
    case '(': return TOK_LPAR;
    case ')': return TOK_RPAR;
    case '[': return TOK_LSQB;
    case ']': return TOK_RSQB;
    case '{': return TOK_LBRACE;
    case '}': return TOK_RBRACE;
    case ':': return TOK_COLON;
    case ',': return TOK_COMMA;
    case ';': return TOK_SEMI;
    case '+': return TOK_PLUS;
    case '-': return TOK_MINUS;
    case '*': return TOK_STAR;
    case '/': return TOK_SLASH;
    case '|': return TOK_VBAR;
    case '&': return TOK_AMPER;
    case '<': return TOK_LESS;
    case '>': return TOK_GREATER;
    case '=': return TOK_EQUAL;
    case '.': return TOK_DOT;
    case '%': return TOK_PERCENT;
    case '~': return TOK_TILDE;
    case '^': return TOK_CIRCUMFLEX;
    case '@': return TOK_AT;
    default: return TOK_OP_UNKNOWN;
    }
}

/* Produces the next token(s). Returns 1 after ENDMARKER, 0 to go on, -1 on error. */
static int next_token(Tokenizer *t)
{
    int c;
    if (!t->fragment && t->atbol) {
        if (at_line_start(t) < 0) return -1;
    }
    if (t->pendin != 0) {
        TokenType ty = t->pendin < 0 ? TOK_DEDENT : TOK_INDENT;
        if (t->pendin < 0) t->pendin++;
        else t->pendin--;
        /* CPython gives INDENT/DEDENT the position of the line's first token. */
        const char *p = t->cur;
        if (!push_token(t, ty, p, p, t->lineno, t->line_start)) return -1;
        return 0;
    }
again:
    do { c = nextc(t); } while (c == ' ' || c == '\t' || c == '\014');
    const char *start = t->cur - 1;
    if (c == '#') {
        while (c != TOK_EOF && c != '\n') c = nextc(t);
        start = t->cur - 1;
    }
    if (c == TOK_EOF) {
        if (t->fragment) {
            Token *tk = push_token(t, TOK_ENDMARKER, t->cur, t->cur, t->lineno, t->line_start);
            return tk ? 1 : -1;
        }
        if (t->level > 0) {
            t->eof_in_brackets = true;
        } else {
            /* close every open block */
            for (; t->indent > 0; t->indent--)
                if (!push_token(t, TOK_DEDENT, t->cur, t->cur, t->lineno, t->line_start)) return -1;
        }
        Token *tk = push_token(t, TOK_ENDMARKER, t->cur, t->cur, t->lineno, t->line_start);
        return tk ? 1 : -1;
    }
    if (is_potential_id_start(c)) {
        bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
        while (1) {
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) saw_b = true;
            else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) saw_u = true;
            else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) saw_r = true;
            else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) saw_f = true;
            else break;
            c = nextc(t);
            if (c == '"' || c == '\'') {
                int lineno = t->lineno;
                const char *ls = t->line_start;
                if (scan_string(t, c, start, lineno, ls) < 0) return -1;
                return push_token(t, TOK_STRING, start, t->cur, lineno, ls) ? 0 : -1;
            }
        }
        bool nonascii = false;
        while (c != TOK_EOF && is_potential_id_char(c)) {
            if (c >= 128) nonascii = true;
            c = nextc(t);
        }
        backup(t, c);
        int n = (int)(t->cur - start);
        TokenType ty = nonascii ? TOK_NAME : keyword_type(start, n);
        Token *tk = push_token(t, ty, start, t->cur, t->lineno, t->line_start);
        if (!tk) return -1;
        if (nonascii) {
            if (finish_nonascii_identifier(t, tk, start) < 0) {
                t->ntoks--;
                return -1;
            }
        } else {
            tk->str = ty == TOK_NAME ? arena_strndup(t->arena, start, (size_t)n) : token_texts[ty];
        }
        return 0;
    }
    if (c == '\n') {
        if (t->fragment) { new_line(t); goto again; }
        t->atbol = true;
        if (t->level > 0 || t->blankline) {
            t->blankline = false;
            new_line(t);
            return 0;
        }
        Token *tk = push_token(t, TOK_NEWLINE, start, start, t->lineno, t->line_start);
        if (!tk) return -1;
        new_line(t);
        return 0;
    }
    if (c == '.') {
        int c2 = nextc(t);
        backup(t, c2);
        if (IS_DIGIT(c2)) goto number;
    }
    if (IS_DIGIT(c)) {
    number:
        if (scan_number(t, c) < 0) return -1;
        return push_token(t, TOK_NUMBER, start, t->cur, t->lineno, t->line_start) ? 0 : -1;
    }
    if (c == '"' || c == '\'') {
        int lineno = t->lineno;
        const char *ls = t->line_start;
        if (scan_string(t, c, start, lineno, ls) < 0) return -1;
        return push_token(t, TOK_STRING, start, t->cur, lineno, ls) ? 0 : -1;
    }
    if (c == '\\') {
        c = nextc(t);
        if (c != '\n') {
            if (c == TOK_EOF) goto eof_after_backslash;
            tok_error(t, "unexpected character after line continuation character");
            t->err.end_col_offset = 0;
            return -1;
        }
        new_line(t);
        c = nextc(t);
        if (c == TOK_EOF) {
        eof_after_backslash:
            t->lineno--;
            if (t->lineno >= 1 && t->lineno <= t->nlines) t->line_start = t->lines[t->lineno - 1];
            t->cur = strchr(t->line_start, '\n');
            if (!t->cur) t->cur = t->line_start;
            t->cur++;
            tok_error(t, "unexpected EOF while parsing");
            t->err.end_col_offset = 0;
            t->err.at_eof = true;
            return -1;
        }
        backup(t, c);
        goto again;
    }
    /* operators and brackets */
    int len;
    TokenType ty = match_operator(start, &len);
    t->cur = start + len;
    switch (ty) {
    case TOK_LPAR: case TOK_LSQB: case TOK_LBRACE:
        if (t->level >= TOK_MAX_PAREN) return tok_error(t, "too many nested parentheses");
        t->parens[t->level].c = *start;
        t->parens[t->level].lineno = t->lineno;
        t->parens[t->level].col = (int)(start - t->line_start);
        t->level++;
        break;
    case TOK_RPAR: case TOK_RSQB: case TOK_RBRACE:
        if (t->level == 0) {
            if (t->fragment) break;
            return tok_error(t, "unmatched '%c'", *start);
        }
        t->level--;
        {
            char open = t->parens[t->level].c;
            char close = *start;
            if (!((open == '(' && close == ')') || (open == '[' && close == ']') ||
                  (open == '{' && close == '}'))) {
                if (t->parens[t->level].lineno != t->lineno)
                    return tok_error(t, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                                     close, open, t->parens[t->level].lineno);
                return tok_error(t, "closing parenthesis '%s' does not match opening parenthesis '%s'",
                                 bracket_name(close), bracket_name(open));
            }
        }
        break;
    default:
        break;
    }
    if (c >= 128 && ty == TOK_OP_UNKNOWN) {
        /* unreachable: bytes >= 128 start identifiers */
        return tok_error(t, "invalid character");
    }
    Token *tk = push_token(t, ty, start, t->cur, t->lineno, t->line_start);
    if (!tk) return -1;
    /* the level recorded is the depth before an opening bracket */
    if (ty == TOK_LPAR || ty == TOK_LSQB || ty == TOK_LBRACE) tk->level = t->level - 1;
    return 0;
}

int tokenizer_run(Tokenizer *t)
{
    if (t->has_error) return -1;
    for (;;) {
        int r = next_token(t);
        if (r < 0) {
            if (!t->has_error) {
                t->has_error = true;
                frontend_error(&t->err, SYNERR_SYNTAX, NULL, t->lineno, -1, NULL, 0, -1, "out of memory");
            }
            /* an ENDMARKER where the error is lets the parser run over the tokens before it */
            if (t->cur > t->end) t->cur = t->end;
            push_token(t, TOK_ENDMARKER, t->cur, t->cur, t->lineno, t->line_start);
            return -1;
        }
        if (r == 1) return 0;
    }
}

/* test_tokenizer.c: the tokenizer's tokens, positions and errors, checked
 * against what CPython 3.11's tokenizer produces for the same text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tokenizer.h"

typedef struct Fixture {
    Arena *arena;
    Tokenizer tz;
} Fixture;

static int setup(void **state)
{
    Fixture *f = calloc(1, sizeof *f);
    if (!f) return -1;
    f->arena = arena_new();
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    Fixture *f = *state;
    tokenizer_fini(&f->tz);
    free(f->tz.err.text);
    arena_free(f->arena);
    free(f);
    return 0;
}

/* Tokenizes src; returns the tokenizer's result. */
static int lex(Fixture *f, const char *src)
{
    tokenizer_fini(&f->tz);
    free(f->tz.err.text);
    f->tz.err.text = NULL;
    if (tokenizer_init(&f->tz, f->arena, src, strlen(src)) < 0) return -1;
    return tokenizer_run(&f->tz);
}

/* The token kinds as a space-separated string of names. */
static const char *kinds(Fixture *f)
{
    static char buf[4096];
    buf[0] = '\0';
    for (int i = 0; i < f->tz.ntoks; i++) {
        if (i) strcat(buf, " ");
        strcat(buf, token_type_name(f->tz.toks[i].type));
    }
    return buf;
}

static void assert_token(const Token *t, TokenType type, const char *text, int l, int c, int el, int ec)
{
    assert_string_equal(token_type_name(t->type), token_type_name(type));
    if (text) {
        assert_int_equal(t->len, (int)strlen(text));
        assert_memory_equal(t->start, text, strlen(text));
    }
    assert_int_equal(t->lineno, l);
    assert_int_equal(t->col_offset, c);
    assert_int_equal(t->end_lineno, el);
    assert_int_equal(t->end_col_offset, ec);
}

static void test_indentation(void **state)
{
    Fixture *f = *state;
    assert_int_equal(lex(f, "if x:\n    y\n\n    # c\n  \n    z\nw\n"), 0);
    assert_string_equal(kinds(f),
        "KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT NAME NEWLINE ENDMARKER");
    /* every open block is closed at the end */
    assert_int_equal(lex(f, "if a:\n if b:\n  c"), 0);
    assert_string_equal(kinds(f),
        "KW_IF NAME COLON NEWLINE INDENT KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT DEDENT ENDMARKER");
    /* a tab moves to the next multiple of 8, consistently */
    assert_int_equal(lex(f, "if a:\n\tb\n\tc\n"), 0);
    assert_string_equal(kinds(f), "KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT ENDMARKER");
    /* inside brackets, newlines and indentation mean nothing */
    assert_int_equal(lex(f, "x = (1,\n        2,\n  3)\n"), 0);
    assert_string_equal(kinds(f), "NAME EQUAL LPAR NUMBER COMMA NUMBER COMMA NUMBER RPAR NEWLINE ENDMARKER");
    /* backslash continuation */
    assert_int_equal(lex(f, "x = 1 + \\\n      2\n"), 0);
    assert_string_equal(kinds(f), "NAME EQUAL NUMBER PLUS NUMBER NEWLINE ENDMARKER");
    assert_token(&f->tz.toks[4], TOK_NUMBER, "2", 2, 6, 2, 7);
    /* a form feed resets the column count */
    assert_int_equal(lex(f, "if a:\n    b\n\f    c\n"), 0);
    assert_string_equal(kinds(f), "KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT ENDMARKER");
}

static void test_indentation_errors(void **state)
{
    Fixture *f = *state;
    assert_int_equal(lex(f, "if x:\n  a\n b\n"), -1);
    assert_int_equal(f->tz.err.kind, SYNERR_INDENTATION);
    assert_string_equal(f->tz.err.msg, "unindent does not match any outer indentation level");
    assert_int_equal(f->tz.err.lineno, 3);
    assert_int_equal(f->tz.err.col_offset, 3);
    assert_string_equal(f->tz.err.text, " b\n");

    assert_int_equal(lex(f, "if x:\n\ta\n        b\n"), -1);
    assert_int_equal(f->tz.err.kind, SYNERR_TAB);
    assert_string_equal(f->tz.err.msg, "inconsistent use of tabs and spaces in indentation");
    assert_int_equal(f->tz.err.lineno, 3);

    assert_int_equal(lex(f, "if x:\n        a\n\tb\n"), -1);
    assert_int_equal(f->tz.err.kind, SYNERR_TAB);
}

static void test_operators(void **state)
{
    Fixture *f = *state;
    const char *src = "( ) [ ] { } : , ; + - * / | & < > = . % ~ ^ @ == != <= >= << >> ** // += -= *= /= "
                      "%= &= |= ^= @= -> := <<= >>= **= //= ... $ ?\n";
    assert_int_equal(lex(f, src), 0);
    assert_string_equal(kinds(f),
        "LPAR RPAR LSQB RSQB LBRACE RBRACE COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER "
        "EQUAL DOT PERCENT TILDE CIRCUMFLEX AT EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL LEFTSHIFT "
        "RIGHTSHIFT DOUBLESTAR DOUBLESLASH PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL "
        "AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL ATEQUAL RARROW COLONEQUAL LEFTSHIFTEQUAL "
        "RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASHEQUAL ELLIPSIS OP_UNKNOWN OP_UNKNOWN NEWLINE ENDMARKER");
    /* longest match: '...' then '.', '**=' not '** =' */
    assert_int_equal(lex(f, "a....b**=c\n"), 0);
    assert_string_equal(kinds(f), "NAME ELLIPSIS DOT NAME DOUBLESTAREQUAL NAME NEWLINE ENDMARKER");
}

static void test_keywords_and_names(void **state)
{
    Fixture *f = *state;
    assert_int_equal(lex(f, "if match case _ None async await lambda nonlocal Ifx\n"), 0);
    assert_string_equal(kinds(f),
        "KW_IF NAME NAME NAME KW_NONE KW_ASYNC KW_AWAIT KW_LAMBDA KW_NONLOCAL NAME NEWLINE ENDMARKER");
    assert_string_equal(f->tz.toks[1].str, "match");
    assert_string_equal(f->tz.toks[9].str, "Ifx");
    /* PEP 3131: non-ASCII identifiers, NFKC-normalised; columns are bytes */
    assert_int_equal(lex(f, "é = ℌx\n"), 0);
    assert_token(&f->tz.toks[0], TOK_NAME, "é", 1, 0, 1, 2);
    assert_token(&f->tz.toks[2], TOK_NAME, "ℌx", 1, 5, 1, 9);
    assert_string_equal(f->tz.toks[2].str, "Hx");
    assert_int_equal(lex(f, "a€b\n"), -1);
    assert_string_equal(f->tz.err.msg, "invalid character '€' (U+20AC)");
    assert_int_equal(f->tz.err.col_offset, 2);
    assert_int_equal(lex(f, "x = \xc2\xa0\n"), -1);
    assert_string_equal(f->tz.err.msg, "invalid non-printable character U+00A0");
}

static void test_numbers(void **state)
{
    Fixture *f = *state;
    const char *ok[] = {
        "0", "00", "0_0", "123", "1_000_000", "0x1F", "0XdEaD_bEeF", "0o17", "0O1_7", "0b1010", "0B1_0",
        "1.", ".5", "1.5", "1e10", "1E+10", "1e-1_0", "1_0.0_1e1_0", "0.0", "00.5", "0777.5", "0e0",
        "1j", "1.5J", "0777j", ".5j", "1e3j",
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        char src[64];
        snprintf(src, sizeof src, "%s\n", ok[i]);
        if (lex(f, src) != 0) print_error("%s: %s\n", ok[i], f->tz.err.msg);
        assert_int_equal(lex(f, src), 0);
        assert_int_equal(f->tz.ntoks, 3);
        assert_token(&f->tz.toks[0], TOK_NUMBER, ok[i], 1, 0, 1, (int)strlen(ok[i]));
    }
    /* a number may touch a keyword that can follow it */
    assert_int_equal(lex(f, "x = 1if y else 2\n"), 0);
    assert_string_equal(kinds(f), "NAME EQUAL NUMBER KW_IF NAME KW_ELSE NUMBER NEWLINE ENDMARKER");
    assert_int_equal(lex(f, "1.__class__\n"), -1);

    struct { const char *src, *msg; int offset, end_offset; } bad[] = {
        { "x = 0777", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 5, 6 },
        { "x = 0_7", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 5, 7 },
        { "x = 1__0", "invalid decimal literal", 6, 6 },
        { "x = 1_", "invalid decimal literal", 6, 6 },
        { "x = 0b2", "invalid digit '2' in binary literal", 7, 7 },
        { "x = 0b1_", "invalid binary literal", 8, 8 },
        { "x = 0b", "invalid binary literal", 6, 6 },
        { "x = 0o8", "invalid digit '8' in octal literal", 7, 7 },
        { "x = 0o", "invalid octal literal", 6, 6 },
        { "x = 0x", "invalid hexadecimal literal", 6, 6 },
        { "0xg", "invalid hexadecimal literal", 2, 2 },
        { "x = 12abc", "invalid decimal literal", 6, 6 },
        { "x = 1.e5x", "invalid decimal literal", 8, 8 },
        { "x = 1e", "invalid decimal literal", 5, 5 },
        { "x = 5.__class__", "invalid decimal literal", 6, 6 },
        { "x = 1jx", "invalid imaginary literal", 6, 6 },
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_int_equal(lex(f, bad[i].src), -1);
        if (strcmp(f->tz.err.msg, bad[i].msg) != 0 || f->tz.err.col_offset != bad[i].offset ||
            f->tz.err.end_col_offset != bad[i].end_offset)
            print_error("%s: got %s %d %d\n", bad[i].src, f->tz.err.msg, f->tz.err.col_offset,
                        f->tz.err.end_col_offset);
        assert_string_equal(f->tz.err.msg, bad[i].msg);
        assert_int_equal(f->tz.err.kind, SYNERR_SYNTAX);
        assert_int_equal(f->tz.err.lineno, 1);
        assert_int_equal(f->tz.err.col_offset, bad[i].offset);
        assert_int_equal(f->tz.err.end_col_offset, bad[i].end_offset);
    }
}

static void test_strings(void **state)
{
    Fixture *f = *state;
    const char *prefixes[] = { "", "r", "u", "R", "U", "b", "B", "f", "F", "br", "rb", "Br", "bR", "RB",
                               "fr", "rf", "FR", "Rf" };
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
        char lit[32], src[40];
        snprintf(lit, sizeof lit, "%s'a\\'b'", prefixes[i]);
        snprintf(src, sizeof src, "%s\n", lit);
        assert_int_equal(lex(f, src), 0);
        assert_int_equal(f->tz.ntoks, 3);
        assert_token(&f->tz.toks[0], TOK_STRING, lit, 1, 0, 1, (int)strlen(lit));
    }
    /* not prefixes: ur, bu, fb, ff */
    assert_int_equal(lex(f, "ur'x' bu'x'\n"), 0);
    assert_string_equal(kinds(f), "NAME STRING NAME STRING NEWLINE ENDMARKER");
    /* triple quotes span lines; the token keeps both ends */
    assert_int_equal(lex(f, "x = '''a\n'b'\n''c''' + \"\"\"\"\"\"\n"), 0);
    assert_token(&f->tz.toks[2], TOK_STRING, "'''a\n'b'\n''c'''", 1, 4, 3, 6);
    assert_token(&f->tz.toks[4], TOK_STRING, "\"\"\"\"\"\"", 3, 9, 3, 15);
    /* an escaped newline continues a one-quote string */
    assert_int_equal(lex(f, "'a\\\nb' c\n"), 0);
    assert_token(&f->tz.toks[0], TOK_STRING, "'a\\\nb'", 1, 0, 2, 2);
    assert_token(&f->tz.toks[1], TOK_NAME, "c", 2, 3, 2, 4);

    assert_int_equal(lex(f, "x = 'abc\n"), -1);
    assert_string_equal(f->tz.err.msg, "unterminated string literal (detected at line 1)");
    assert_int_equal(f->tz.err.col_offset, 5);
    assert_int_equal(lex(f, "x = 1\ny = rb'abc\nz"), -1);
    assert_string_equal(f->tz.err.msg, "unterminated string literal (detected at line 2)");
    assert_int_equal(f->tz.err.lineno, 2);
    assert_int_equal(f->tz.err.col_offset, 5);
    assert_int_equal(lex(f, "x = '''abc\n\n"), -1);
    assert_string_equal(f->tz.err.msg, "unterminated triple-quoted string literal (detected at line 2)");
    assert_int_equal(f->tz.err.lineno, 1);
    assert_int_equal(f->tz.err.col_offset, 5);
}

static void test_comments_bom_newlines(void **state)
{
    Fixture *f = *state;
    assert_int_equal(lex(f, "# only a comment"), 0);
    assert_string_equal(kinds(f), "ENDMARKER");
    assert_int_equal(lex(f, "\xEF\xBB\xBFx = 1 # c\r\ny = 2\rz"), 0);
    assert_string_equal(kinds(f), "NAME EQUAL NUMBER NEWLINE NAME EQUAL NUMBER NEWLINE NAME NEWLINE ENDMARKER");
    assert_token(&f->tz.toks[0], TOK_NAME, "x", 1, 0, 1, 1);
    /* NEWLINE is zero-width at the end of the line, as in CPython 3.11 */
    assert_token(&f->tz.toks[3], TOK_NEWLINE, "", 1, 9, 1, 9);
    assert_token(&f->tz.toks[8], TOK_NAME, "z", 3, 0, 3, 1);
    assert_int_equal(lex(f, ""), 0);
    assert_string_equal(kinds(f), "ENDMARKER");
}

static void test_brackets(void **state)
{
    Fixture *f = *state;
    assert_int_equal(lex(f, "x = )"), -1);
    assert_string_equal(f->tz.err.msg, "unmatched ')'");
    assert_int_equal(f->tz.err.col_offset, 5);
    assert_int_equal(lex(f, "x = (1]"), -1);
    assert_string_equal(f->tz.err.msg, "closing parenthesis ']' does not match opening parenthesis '('");
    assert_int_equal(f->tz.err.col_offset, 7);
    assert_int_equal(lex(f, "x = (1\n]"), -1);
    assert_string_equal(f->tz.err.msg, "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
    /* an unclosed bracket is only reported if the parser fails: the tokenizer notes it */
    assert_int_equal(lex(f, "x = [1,\n"), 0);
    assert_true(f->tz.eof_in_brackets);
    assert_int_equal(f->tz.level, 1);
    assert_int_equal(f->tz.parens[0].c, '[');
    assert_int_equal(f->tz.parens[0].col, 4);
    /* tokens record the bracket depth */
    assert_int_equal(lex(f, "f(a, [b])\n"), 0);
    assert_int_equal(f->tz.toks[0].level, 0);
    assert_int_equal(f->tz.toks[2].level, 1);
    assert_int_equal(f->tz.toks[5].level, 2);
}

static void test_line_continuation_errors(void **state)
{
    Fixture *f = *state;
    assert_int_equal(lex(f, "x = \\ y\n"), -1);
    assert_string_equal(f->tz.err.msg, "unexpected character after line continuation character");
    assert_int_equal(f->tz.err.col_offset, 6);
    assert_int_equal(lex(f, "x = 1 \\"), -1);
    assert_string_equal(f->tz.err.msg, "unexpected EOF while parsing");
    assert_int_equal(f->tz.err.lineno, 1);
    assert_int_equal(f->tz.err.col_offset, 8);
}

static void test_null_bytes(void **state)
{
    Fixture *f = *state;
    tokenizer_fini(&f->tz);
    free(f->tz.err.text);
    f->tz.err.text = NULL;
    assert_int_equal(tokenizer_init(&f->tz, f->arena, "x = 1\0", 6), -1);
    assert_string_equal(f->tz.err.msg, "source code cannot contain null bytes");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_indentation, setup, teardown),
        cmocka_unit_test_setup_teardown(test_indentation_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_operators, setup, teardown),
        cmocka_unit_test_setup_teardown(test_keywords_and_names, setup, teardown),
        cmocka_unit_test_setup_teardown(test_numbers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_strings, setup, teardown),
        cmocka_unit_test_setup_teardown(test_comments_bom_newlines, setup, teardown),
        cmocka_unit_test_setup_teardown(test_brackets, setup, teardown),
        cmocka_unit_test_setup_teardown(test_line_continuation_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_null_bytes, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

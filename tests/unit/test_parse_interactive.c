/* test_parse_interactive.c: parse_interactive's complete / incomplete /
 * error verdicts, which decide when the REPL shows "... " for another line.
 * The expectations are what CPython 3.11's REPL does with the same lines
 * (checked by typing them into python3). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "parser.h"

typedef struct Case {
    const char *src;
    ParseStatus status;
    int nstmts;             /* statements when PARSE_OK */
    const char *msg;        /* message when PARSE_ERROR (NULL: not checked) */
    int lineno;             /* its line when PARSE_ERROR */
} Case;

static const Case cases[] = {
    /* complete simple statements */
    { "1 + 1\n", PARSE_OK, 1, NULL, 0 },
    { "x = 1; y = 2\n", PARSE_OK, 2, NULL, 0 },
    { "\n", PARSE_OK, 0, NULL, 0 },
    { "# just a comment\n", PARSE_OK, 0, NULL, 0 },
    { "   \n", PARSE_OK, 0, NULL, 0 },
    { "(1,\n2)\n", PARSE_OK, 1, NULL, 0 },
    { "'''a\nb'''\n", PARSE_OK, 1, NULL, 0 },
    { "x = 1 + \\\n  2\n", PARSE_OK, 1, NULL, 0 },
    /* a compound statement parses once it has a body; the REPL itself
     * waits for the empty line */
    { "if 1:\n  pass\n", PARSE_OK, 1, NULL, 0 },
    { "if 1: pass\n", PARSE_OK, 1, NULL, 0 },
    { "if 1:\n  pass\nelse:\n  pass\n", PARSE_OK, 1, NULL, 0 },
    { "@d\ndef f(): pass\n", PARSE_OK, 1, NULL, 0 },
    { "for i in x:\n  i\n\n", PARSE_OK, 1, NULL, 0 },
    /* more lines can complete these (a blank line too) */
    { "(1,\n", PARSE_INCOMPLETE, 0, NULL, 0 },
    { "[1, 2,\n\n", PARSE_INCOMPLETE, 0, NULL, 0 },
    { "f(a,\n  b\n", PARSE_INCOMPLETE, 0, NULL, 0 },
    { "'''abc\n", PARSE_INCOMPLETE, 0, NULL, 0 },
    { "x = '''abc\n\n", PARSE_INCOMPLETE, 0, NULL, 0 },
    { "if 1:\n  x = (\n", PARSE_INCOMPLETE, 0, NULL, 0 },
    /* more lines complete these, a blank line makes them errors */
    { "if 1:\n", PARSE_INCOMPLETE_BLOCK, 0, "expected an indented block after 'if' statement on line 1", 1 },
    { "if 1:\n\n", PARSE_INCOMPLETE_BLOCK, 0, "expected an indented block after 'if' statement on line 1", 2 },
    { "def f():\n", PARSE_INCOMPLETE_BLOCK, 0, NULL, 0 },
    { "class A:\n  def f(self):\n", PARSE_INCOMPLETE_BLOCK, 0,
      "expected an indented block after function definition on line 2", 2 },
    { "if 1:\n  pass\nelse:\n", PARSE_INCOMPLETE_BLOCK, 0, NULL, 0 },
    { "try:\n  pass\n", PARSE_INCOMPLETE_BLOCK, 0, NULL, 0 },
    { "@d\n", PARSE_INCOMPLETE_BLOCK, 0, NULL, 0 },
    { "x = 1 + \\\n", PARSE_INCOMPLETE_BLOCK, 0, NULL, 0 },
    /* errors at once, even with brackets left open */
    { "1 +\n", PARSE_ERROR, 0, "invalid syntax", 1 },
    { "def f(:\n", PARSE_ERROR, 0, "invalid syntax", 1 },
    { "x = (1 +, \n", PARSE_ERROR, 0, "invalid syntax", 1 },
    { "'abc\n", PARSE_ERROR, 0, NULL, 1 },
    { ")\n", PARSE_ERROR, 0, "unmatched ')'", 1 },
    { "  x = 1\n", PARSE_ERROR, 0, "unexpected indent", 1 },
    /* one statement only: a line after a compound statement's block */
    { "if 1:\n  print(1)\nprint(2)\n", PARSE_ERROR, 0, "invalid syntax", 3 },
    { "x = 1 + \\\n\n", PARSE_ERROR, 0, "invalid syntax", 2 },
};

static void test_cases(void **state)
{
    (void)state;
    int bad = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const Case *c = &cases[i];
        Arena *a = arena_new();
        assert_non_null(a);
        SyntaxErrorInfo err;
        ParseStatus st = (ParseStatus)-1;
        Module *m = parse_interactive(a, c->src, strlen(c->src), "<stdin>", &err, &st);
        bool ok = st == c->status && (m != NULL) == (st == PARSE_OK);
        if (ok && m) ok = m->body.n == c->nstmts;
        if (ok && !m && c->msg) ok = strcmp(err.msg, c->msg) == 0;
        if (ok && !m && c->lineno) ok = err.lineno == c->lineno;
        if (!ok) {
            fprintf(stderr, "case %zu %s: status %d (want %d), stmts %d, error '%s' line %d\n", i,
                    c->src, (int)st, (int)c->status, m ? m->body.n : -1, m ? "" : err.msg,
                    m ? 0 : err.lineno);
            bad++;
        }
        if (!m) syntax_error_info_clear(&err);
        arena_free(a);
    }
    assert_int_equal(bad, 0);
}

/* parse_module is unchanged by the interactive mode: several statements
 * after a compound one are fine in a file. */
static void test_module_mode_unaffected(void **state)
{
    (void)state;
    const char *src = "if 1:\n  print(1)\nprint(2)\n";
    Arena *a = arena_new();
    SyntaxErrorInfo err;
    Module *m = parse_module(a, src, strlen(src), "t.py", &err);
    assert_non_null(m);
    assert_int_equal(m->body.n, 2);
    arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cases),
        cmocka_unit_test(test_module_mode_unaffected),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

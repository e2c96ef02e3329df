/* repl.c: the interactive interpreter, as CPython's REPL.
 *
 * Lines are gathered into one buffer until parse_interactive says they form
 * a whole statement: open brackets, triple-quoted strings and backslashes
 * continue; a compound statement continues until an empty line. Each
 * statement is compiled in COMPILE_SINGLE mode (expression statements at
 * the top level go to PRINT_EXPR, which calls sys.displayhook: the default
 * one, here, echoes the repr of non-None values and sets builtins._) and run
 * in __main__'s globals; its line numbers start at 1, File "<stdin>".
 *
 * With stdin and stdout terminals, lines come from libedit (editing,
 * history in ~/.coil_history) through its callback interface, so a SIGINT
 * at the prompt interrupts select() and becomes "KeyboardInterrupt" and a
 * fresh prompt. libedit (and the libraries it needs) is loaded with dlopen
 * when an interactive prompt starts, so running a script never pays for
 * loading and relocating it; if it cannot be loaded the prompt reads plain
 * lines. Otherwise (coil -i with a pipe) prompts go to stderr and
 * lines are read with getline, as CPython does.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <dlfcn.h>
#include <unistd.h>
#include <editline/readline.h>

#include "coil/coil.h"
#include "repl.h"
#include "runtime.h"
#include "eval.h"
#include "errors.h"
#include "abstract.h"
#include "dict.h"
#include "str.h"
#include "import.h"
#include "module.h"
#include "tuple.h"
#include "modules/sys.h"
#include "../frontend/compiler.h"

#define STDIN_NAME "<stdin>"

/* ---- reading lines ------------------------------------------------------------ */

typedef enum { READ_LINE, READ_EOF, READ_INTERRUPT } ReadStatus;

static volatile sig_atomic_t got_sigint;
static void on_sigint(int sig) { (void)sig; got_sigint = 1; }

/* The libedit entry points and variables used here (the readline API). */
static struct {
    void (*handler_install)(const char *, void (*)(char *));
    void (*handler_remove)(void);
    void (*read_char)(void);
    void (*free_line_state)(void);
    void (*cleanup_after_signal)(void);
    void (*using_history)(void);
    void (*stifle_history)(int);
    int (*read_history)(const char *);
    int (*write_history)(const char *);
    int (*add_history)(const char *);
    FILE **instream;
    int *catch_signals;
} ed;

#ifndef COIL_EDIT_SONAME
#define COIL_EDIT_SONAME "libedit.so.2"
#endif

/* Loads libedit into ed; false if it cannot be (the plain reader is used). */
static bool edit_load(void)
{
    void *h = dlopen(COIL_EDIT_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!h) h = dlopen("libedit.so", RTLD_NOW | RTLD_LOCAL);
    if (!h) return false;
    struct { void *slot; const char *name; } syms[] = {
        {&ed.handler_install, "rl_callback_handler_install"},
        {&ed.handler_remove, "rl_callback_handler_remove"},
        {&ed.read_char, "rl_callback_read_char"},
        {&ed.free_line_state, "rl_free_line_state"},
        {&ed.cleanup_after_signal, "rl_cleanup_after_signal"},
        {&ed.using_history, "using_history"},
        {&ed.stifle_history, "stifle_history"},
        {&ed.read_history, "read_history"},
        {&ed.write_history, "write_history"},
        {&ed.add_history, "add_history"},
        {&ed.instream, "rl_instream"},
        {&ed.catch_signals, "rl_catch_signals"},
    };
    for (size_t i = 0; i < sizeof syms / sizeof *syms; i++) {
        void *p = dlsym(h, syms[i].name);
        if (!p) {
            dlclose(h);
            return false;
        }
        /* every slot is pointer-sized; POSIX makes dlsym's void * usable
         * as a function pointer */
        memcpy(syms[i].slot, &p, sizeof p);
    }
    return true;
}

static char *rl_line;
static bool rl_finished;

static void rl_on_line(char *line)
{
    rl_line = line;      /* NULL at EOF (Ctrl-D on an empty line) */
    rl_finished = true;
    ed.handler_remove();
}

/* One line from libedit, without its newline (malloc'd, in *out). SIGINT is
 * caught only while waiting here (no SA_RESTART, so select returns EINTR);
 * while code runs it keeps its previous disposition. */
static ReadStatus read_tty(const char *prompt, char **out)
{
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old);
    got_sigint = 0;
    rl_finished = false;
    rl_line = NULL;
    ed.handler_install(prompt, rl_on_line);
    ReadStatus st = READ_LINE;
    int fd = fileno(*ed.instream ? *ed.instream : stdin);
    while (!rl_finished) {
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(fd, &fds);
        int r = select(fd + 1, &fds, NULL, NULL, NULL);
        if (r > 0) {
            ed.read_char();
        } else if (r < 0 && errno == EINTR) {
            if (got_sigint) { st = READ_INTERRUPT; break; }
        } else if (r < 0) {
            st = READ_EOF;
            break;
        }
    }
    if (!rl_finished) {
        ed.free_line_state();
        ed.cleanup_after_signal();
        ed.handler_remove();
    }
    sigaction(SIGINT, &old, NULL);
    if (st != READ_LINE) return st;
    if (!rl_line) return READ_EOF;
    *out = rl_line;
    return READ_LINE;
}

/* One line from stdin, prompt on stderr (CPython's non-readline path). */
static ReadStatus read_plain(const char *prompt, char **out)
{
    fputs(prompt, stderr);
    fflush(stderr);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) {
        free(line);
        return READ_EOF;
    }
    if (n > 0 && line[n - 1] == '\n') line[--n] = '\0';
    if (n > 0 && line[n - 1] == '\r') line[--n] = '\0';
    *out = line;
    return READ_LINE;
}

/* str(sys.<name>) as a malloc'd C string, or dflt. */
static char *prompt_text(const char *name, const char *dflt)
{
    Value sys = import_sys_module();
    Value v = v_is_null(sys) ? V_NULL : dict_get_cstr(module_dict(sys), name);
    if (v_is_null(v)) return strdup(dflt);
    Value s = obj_str(v);
    if (v_is_null(s)) {
        err_clear();
        return strdup(dflt);
    }
    char *r = strdup(str_data(s));
    v_decref(s);
    return r;
}

/* ---- sys.displayhook ------------------------------------------------------------- */

/* sys.displayhook(value): CPython's default. None shows nothing; otherwise
 * builtins._ is cleared (so repr() cannot see a stale value), repr(value)
 * and a newline go to sys.stdout, and builtins._ becomes value. */
Value repl_sys_displayhook(Value self, const Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (!v_is_null(kwnames) || nargs != 1)
        return err_format(&Exc_TypeError, "displayhook() takes exactly one argument (%zu given)",
                          nargs + (v_is_null(kwnames) ? 0 : (size_t)tuple_size(kwnames)));
    Value v = args[0];
    if (v == V_NONE) return V_NONE;
    if (dict_set_cstr(runtime_builtins(), "_", V_NONE) < 0) return V_NULL;
    Value r = obj_repr(v);
    if (v_is_null(r)) return V_NULL;
    Value so = sys_stdout_redirect();
    if (!v_is_null(so)) {
        Value w = obj_call_method(so, "write", &r, 1);
        v_decref(r);
        if (v_is_null(w)) return V_NULL;
        v_decref(w);
        Value nl = str_intern_cstr("\n");
        w = obj_call_method(so, "write", &nl, 1);
        if (v_is_null(w)) return V_NULL;
        v_decref(w);
    } else {
        int w = builtins_write_stdout(str_data(r), (size_t)str_nbytes(r));
        v_decref(r);
        if (w == 0) w = builtins_write_stdout("\n", 1);
        if (w < 0) return err_format(&Exc_OSError, "[Errno %d] %s", errno, strerror(errno));
    }
    if (dict_set_cstr(runtime_builtins(), "_", v) < 0) return V_NULL;
    return V_NONE;
}

int repl_print_expr(Value v)
{
    Value sys = import_sys_module();
    Value hook = v_is_null(sys) ? V_NULL : dict_get_cstr(module_dict(sys), "displayhook");
    if (v_is_null(hook)) {
        err_format(&Exc_RuntimeError, "lost sys.displayhook");
        return -1;
    }
    v_incref(hook);      /* the hook may replace itself */
    Value r = obj_call(hook, &v, 1, V_NULL);
    v_decref(hook);
    if (v_is_null(r)) return -1;
    v_decref(r);
    return 0;
}

/* ---- running one statement ---------------------------------------------------- */

typedef struct Buffer {
    char *data;
    size_t len, cap;
} Buffer;

static int buf_append(Buffer *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        while (cap < b->len + n + 1) cap *= 2;
        char *d = realloc(b->data, cap);
        if (!d) return -1;
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

static bool is_compound(const Stmt *s)
{
    switch (s->kind) {
    case STMT_FUNCTIONDEF: case STMT_ASYNCFUNCTIONDEF: case STMT_CLASSDEF:
    case STMT_FOR: case STMT_ASYNCFOR: case STMT_WHILE: case STMT_IF:
    case STMT_WITH: case STMT_ASYNCWITH: case STMT_MATCH: case STMT_TRY:
    case STMT_TRYSTAR:
        return true;
    default:
        return false;
    }
}

/* Prints a SyntaxError from info (or the pending exception when info has
 * no message: memory ran out). Compiler errors come without the source
 * text, and CPython shows none for "<stdin>" either. */
static void report_syntax_error(SyntaxErrorInfo *info)
{
    if (info->msg[0]) {
        Value exc = exc_from_syntax_error(info, STDIN_NAME);
        if (!v_is_null(exc)) err_restore(exc);
    }
    syntax_error_info_clear(info);
    if (!err_occurred()) return;
    api_report_exception();
}

/* sys.last_type / last_value / last_traceback, as CPython's REPL keeps
 * them for pdb.pm() and inspection. */
static void remember_last(Value exc)
{
    Value sys = import_sys_module();
    if (v_is_null(sys) || !v_is_exception(exc)) return;
    Value d = module_dict(sys);
    ExceptionObject *e = (ExceptionObject *)v_as_obj(exc);
    if (dict_set_cstr(d, "last_type", v_from_obj(v_type(exc))) < 0 ||
        dict_set_cstr(d, "last_value", exc) < 0 ||
        dict_set_cstr(d, "last_traceback", e->traceback) < 0)
        err_clear();
}

enum { NEED_MORE = -1, DONE = -2 };

/* Handles the buffer after a new line (empty: the line was totally empty;
 * at_eof: input ended, which ends the statement as an empty line would).
 * Returns NEED_MORE, DONE (the statement ran or failed; the buffer is to be
 * emptied), or an exit status (SystemExit). */
static int feed(Buffer *b, bool empty, bool at_eof)
{
    Arena *arena = arena_new();
    if (!arena) {
        err_nomem();
        api_report_exception();
        return DONE;
    }
    SyntaxErrorInfo info;
    ParseStatus ps;
    Module *m = parse_interactive(arena, b->data, b->len, STDIN_NAME, &info, &ps);
    int result = DONE;
    if (ps == PARSE_INCOMPLETE && !at_eof) {
        result = NEED_MORE;
    } else if (ps == PARSE_INCOMPLETE_BLOCK && !empty && !at_eof) {
        result = NEED_MORE;
    } else if (!m) {
        report_syntax_error(&info);
    } else if (m->body.n == 0) {
        /* blank or comment-only input: nothing to run */
    } else if (is_compound(m->body.items[0]) && !empty && !at_eof) {
        result = NEED_MORE;    /* a compound statement ends at an empty line */
    } else {
        Value code = compile_module(m, STDIN_NAME, COMPILE_SINGLE, &info);
        if (v_is_null(code)) {
            report_syntax_error(&info);
        } else {
            Value globals = runtime_main_dict();
            Value r = eval_code(code, globals, globals);
            v_decref(code);
            if (!v_is_null(r)) {
                v_decref(r);
            } else {
                Value exc = err_fetch();
                bool exiting = v_is_exception(exc) && obj_isinstance_type(exc, &Exc_SystemExit);
                if (!exiting) remember_last(exc);
                err_restore(exc);
                int status = api_report_exception();
                if (exiting) result = status;
            }
        }
    }
    syntax_error_info_clear(&info);
    arena_free(arena);
    builtins_flush_stdout();
    return result;
}

/* ---- the loop ------------------------------------------------------------------ */

static char *history_path(void)
{
    const char *home = getenv("HOME");
    if (!home || !*home) return NULL;
    size_t n = strlen(home) + sizeof "/.coil_history";
    char *p = malloc(n);
    if (p) snprintf(p, n, "%s/.coil_history", home);
    return p;
}

int coil_run_interactive(int show_banner)
{
    if (coil_initialize() < 0) return 1;
    coil_set_inspect(0);     /* from now on SystemExit exits */
    bool tty = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) && edit_load();
    Value sys = import_sys_module();
    if (!v_is_null(sys)) {
        Value d = module_dict(sys);
        if (v_is_null(dict_get_cstr(d, "ps1")) && dict_set_cstr(d, "ps1", str_intern_cstr(">>> ")) < 0) err_clear();
        if (v_is_null(dict_get_cstr(d, "ps2")) && dict_set_cstr(d, "ps2", str_intern_cstr("... ")) < 0) err_clear();
    }
    if (show_banner) {
        fputs("coil " COIL_VERSION " (Python 3.11 compatible)\n"
              "Type \"exit()\" or Ctrl-D (i.e. EOF) to exit.\n", stderr);
    }
    char *hist = NULL;
    if (tty) {
        *ed.catch_signals = 0;     /* SIGINT is ours (read_tty) */
        ed.using_history();
        ed.stifle_history(1000);
        hist = history_path();
        if (hist) ed.read_history(hist);
    }
    Buffer b = { NULL, 0, 0 };
    int status = 0;
    for (;;) {
        builtins_flush_stdout();
        char *prompt = prompt_text(b.len ? "ps2" : "ps1", b.len ? "... " : ">>> ");
        char *line = NULL;
        ReadStatus st = tty ? read_tty(prompt ? prompt : "", &line) : read_plain(prompt ? prompt : "", &line);
        free(prompt);
        if (st == READ_INTERRUPT) {
            /* as CPython: the pending input is dropped */
            b.len = 0;
            fputs("\n", stdout);
            fflush(stdout);
            fputs("KeyboardInterrupt\n", stderr);
            continue;
        }
        int r;
        if (st == READ_EOF) {
            /* as CPython, EOF ends the prompt's line; it also ends a pending
             * statement (run or reported), then the next prompt sees EOF */
            fputs("\n", tty ? stdout : stderr);
            fflush(tty ? stdout : stderr);
            if (b.len == 0) break;
            r = feed(&b, true, true);
        } else {
            if (tty && line[0]) ed.add_history(line);
            if (buf_append(&b, line, strlen(line)) < 0 || buf_append(&b, "\n", 1) < 0) {
                free(line);
                err_nomem();
                api_report_exception();
                b.len = 0;
                continue;
            }
            r = feed(&b, line[0] == '\0', false);
            free(line);
        }
        if (r == NEED_MORE) continue;
        b.len = 0;
        if (r >= 0) {
            status = r;
            break;
        }
    }
    free(b.data);
    if (hist) {
        ed.write_history(hist);
        free(hist);
    }
    return status;
}

/* ---- a script on stdin ---------------------------------------------------------- */

int coil_run_stdin(void)
{
    Buffer b = { NULL, 0, 0 };
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0) {
        if (buf_append(&b, chunk, n) < 0) {
            free(b.data);
            fputs("coil: out of memory reading <stdin>\n", stderr);
            return 1;
        }
    }
    if (coil_initialize() < 0) {
        free(b.data);
        return 1;
    }
    /* as CPython, __file__ is "<stdin>" (sys.path[0] stays '') */
    if (dict_set_cstr(runtime_main_dict(), "__file__", str_intern_cstr(STDIN_NAME)) < 0) err_clear();
    int status = coil_run_string(b.data ? b.data : "", STDIN_NAME);
    free(b.data);
    return status;
}

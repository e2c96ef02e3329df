/* coil_api.c: the embedding API (include/coil/coil.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "coil/coil.h"
#include "runtime.h"
#include "modules/sys.h"
#include "eval.h"
#include "errors.h"
#include "abstract.h"
#include "code.h"
#include "dict.h"
#include "str.h"
#include "tuple.h"
#include "int.h"
#include "import.h"
#include "list.h"
#include "module.h"
#include "repl.h"
#include "../frontend/compiler.h"

static char *last_exc_type, *last_exc_msg;
static int saved_argc;
static char **saved_argv;

int coil_initialize(void) { return runtime_init(); }
int coil_finalize(void) { return runtime_finalize(); }
void coil_set_xoption(const char *opt) { runtime_set_xoption(opt); }
void coil_set_unbuffered(int on) { builtins_set_unbuffered(on != 0); }
void coil_set_argv(int argc, char **argv) {
    saved_argc = argc;
    saved_argv = argv;
}

const char *coil_last_exception_type(void) { return last_exc_type; }
const char *coil_last_exception_message(void) { return last_exc_msg; }

static void forget_exception(void) {
    free(last_exc_type);
    free(last_exc_msg);
    last_exc_type = last_exc_msg = NULL;
}

static void remember_exception(Value exc) {
    forget_exception();
    last_exc_type = strdup(v_type_name(exc));
    Value s = exc_str(exc);
    if (v_is_null(s)) {
        err_clear();
        last_exc_msg = strdup("<exception str() failed>");
    } else {
        last_exc_msg = strdup(str_data(s));
        v_decref(s);
    }
}

/* Exit status for an uncaught SystemExit, printing a non-int code to
 * stderr as CPython does. */
static int system_exit_status(Value exc) {
    ExceptionObject *e = (ExceptionObject *)v_as_obj(exc);
    Value code = V_NONE;
    if (v_is_tuple(e->args) && tuple_size(e->args) == 1) code = tuple_items(e->args)[0];
    else if (v_is_tuple(e->args) && tuple_size(e->args) > 1) code = e->args;
    if (code == V_NONE) return 0;
    if (v_is_int_or_bool(code)) {
        int64_t i;
        if (int_as_i64(code, &i) < 0) {
            err_clear();
            return 1;
        }
        return (int)(i & 0xFF);
    }
    Value s = obj_str(code);
    if (v_is_null(s)) {
        err_clear();
        return 1;
    }
    fprintf(stderr, "%s\n", str_data(s));
    v_decref(s);
    return 1;
}

static bool inspect_mode;   /* -i: the REPL follows the script */
void coil_set_inspect(int on) { inspect_mode = on != 0; }

/* An uncaught exception: sys.excepthook(type, value, tb) when the program
 * replaced it; if the hook fails, its error and then the original are
 * printed, as CPython. */
static void report_uncaught(Value exc) {
    Value hook = sys_excepthook_override();
    if (v_is_null(hook) || !v_is_exception(exc)) {
        err_clear();
        exc_print(exc);
        return;
    }
    v_incref(hook);
    Value tb = obj_getattr_cstr(exc, "__traceback__");
    if (v_is_null(tb)) {
        err_clear();
        tb = V_NONE;
    }
    Value args[3] = {v_from_obj(v_type(exc)), exc, tb};
    Value r = obj_call(hook, args, 3, V_NULL);
    v_decref(tb);
    v_decref(hook);
    if (!v_is_null(r)) {
        v_decref(r);
        builtins_flush_stdout();
        return;
    }
    Value err = err_fetch();
    builtins_flush_stdout();
    fputs("Error in sys.excepthook:\n", stderr);
    if (!v_is_null(err)) exc_print(err);
    fputs("\nOriginal exception was:\n", stderr);
    exc_print(exc);
    v_decref(err);
}

/* Reports the pending exception of a failed run; returns the exit status. */
static int report_exception(int flags) {
    Value exc = err_fetch();
    if (v_is_null(exc)) return 1;
    remember_exception(exc);
    builtins_flush_stdout();
    int status;
    if (v_is_exception(exc) && obj_isinstance_type(exc, &Exc_SystemExit) && !inspect_mode) {
        status = system_exit_status(exc);
    } else {
        if (!(flags & COIL_RUN_QUIET)) report_uncaught(exc);
        status = 1;
    }
    v_decref(exc);
    return status;
}

int api_report_exception(void) { return report_exception(0); }

/* Line lineno (1-based) of src with its newline, malloc'd; for syntax
 * errors reported without the offending text (e.g. by the compiler). */
static char *source_line(const char *src, size_t len, int lineno) {
    const char *p = src, *end = src + len;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return NULL;
        p = nl + 1;
    }
    if (p >= end) return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
    char *t = malloc(n + 1);
    if (!t) return NULL;
    memcpy(t, p, n);
    t[n] = '\0';
    return t;
}

/* Internal run flag: the source is a script file (CPython's file input),
 * where a syntax error at the end-of-file token has offset 0: no caret. */
#define RUN_FILE_INPUT 0x100

static Value compile_or_report(const char *src, size_t len, const char *filename, int flags, int *status) {
    SyntaxErrorInfo info;
    memset(&info, 0, sizeof info);
    Value code = compile_source(src, len, filename, COMPILE_EXEC, &info);
    if (!v_is_null(code)) return code;
    if (info.msg[0]) {
        if (!info.text && info.lineno > 0) info.text = source_line(src, len, info.lineno);
        if ((flags & RUN_FILE_INPUT) && info.at_eof) info.col_offset = 0;
        Value exc = exc_from_syntax_error(&info, filename);
        syntax_error_info_clear(&info);
        if (v_is_null(exc)) {
            *status = report_exception(flags);
            return V_NULL;
        }
        err_restore(exc);
    }
    *status = report_exception(flags);
    return V_NULL;
}

/* --dis --adaptive: where to disassemble the main code after it ran (its
 * instructions as the specialiser left them). */
static FILE *dis_after_run;

static int run_source(const char *src, size_t len, const char *filename, int flags) {
    forget_exception();
    if (runtime_init() < 0) return 1;
    int status = 1;
    Value code = compile_or_report(src, len, filename, flags, &status);
    if (v_is_null(code)) return status;
    Value globals;
    if (flags & COIL_RUN_FRESH) {
        globals = dict_new();
        if (v_is_null(globals)) { v_decref(code); return report_exception(flags); }
        if (dict_set_cstr(globals, "__name__", str_intern_cstr("__main__")) < 0 ||
            dict_set_cstr(globals, "__builtins__", runtime_builtins_module()) < 0) {
            v_decref(globals);
            v_decref(code);
            return report_exception(flags);
        }
    } else {
        globals = v_newref(runtime_main_dict());
    }
    Value r = eval_code(code, globals, globals);
    if (dis_after_run) {
        FILE *out = dis_after_run;
        dis_after_run = NULL;
        if (v_is_null(r)) {
            int st = report_exception(flags);
            builtins_flush_stdout();
            dis_code(code, out, true);
            v_decref(code);
            v_decref(globals);
            return st;
        }
        builtins_flush_stdout();
        dis_code(code, out, true);
        fflush(out);
    }
    v_decref(code);
    v_decref(globals);
    if (v_is_null(r)) return report_exception(flags);
    v_decref(r);
    return 0;
}

int coil_run_string_ex(const char *src, const char *filename, int flags) {
    return run_source(src, strlen(src), filename, flags);
}

int coil_run_string(const char *src, const char *filename) {
    return run_source(src, strlen(src), filename, 0);
}

/* CPython shows the script as an absolute path (tracebacks, __file__). */
static char *absolute_path(const char *path) {
    if (path[0] == '/') return strdup(path);
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd)) return strdup(path);
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *p = malloc(n);
    if (!p) return NULL;
    snprintf(p, n, "%s/%s", cwd, path);
    return p;
}

static char *read_file(const char *path, size_t *len, int *err) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        *err = errno;
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (n < cap) {
            if (ferror(f)) {
                *err = errno ? errno : EIO;
                free(buf);
                buf = NULL;
            }
            break;
        }
        cap *= 2;
        char *nb = realloc(buf, cap);
        if (!nb) { free(buf); buf = NULL; *err = ENOMEM; }
        buf = nb;
    }
    fclose(f);
    if (buf) *len = n;
    return buf;
}

int coil_run_file(const char *path) {
    char *abs = absolute_path(path);
    if (!abs) return 1;
    size_t len = 0;
    int err = 0;
    char *src = read_file(path, &len, &err);
    if (!src) {
        fprintf(stderr, "coil: can't open file '%s': [Errno %d] %s\n", abs, err, strerror(err));
        free(abs);
        return 2;
    }
    if (runtime_init() < 0) {
        free(src);
        free(abs);
        return 1;
    }
    Value file = str_from_cstr(abs);
    if (!v_is_null(file)) {
        dict_set_cstr(runtime_main_dict(), "__file__", file);
        v_decref(file);
    }
    /* sys.path[0]: the script's directory, as CPython. */
    if (import_set_script_path(abs) < 0) err_clear();
    int status = run_source(src, len, abs, RUN_FILE_INPUT);
    free(src);
    free(abs);
    return status;
}

int coil_run_module(const char *name) {
    forget_exception();
    if (runtime_init() < 0) return 1;
    char cwd[4096];
    char *script = NULL;
    /* sys.path[0] is the current directory for -m (absolute, as CPython). */
    if (getcwd(cwd, sizeof cwd)) {
        size_t n = strlen(cwd);
        char *probe = malloc(n + 3);
        if (probe) {
            snprintf(probe, n + 3, "%s/x", cwd);
            if (import_set_script_path(probe) < 0) err_clear();
            free(probe);
        }
    }
    char *src = NULL, *filename = NULL;
    size_t len = 0;
    if (import_find_main_module(name, &src, &len, &filename) < 0) {
        Value exc = err_fetch();
        Value s = v_is_null(exc) ? V_NULL : exc_str(exc);
        builtins_flush_stdout();
        fprintf(stderr, "coil: %s\n", v_is_null(s) ? "error while finding the module" : str_data(s));
        if (v_is_null(s)) err_clear();
        v_decref(s);
        v_decref(exc);
        return 1;
    }
    script = filename;
    /* sys.argv[0] becomes the module's path. */
    Value argv = dict_get_cstr(module_dict(import_sys_module()), "argv");
    Value path = str_from_cstr(script);
    if (!v_is_null(argv) && v_is_list(argv) && list_size(argv) > 0 && !v_is_null(path))
        v_setref(&list_items(argv)[0], path);
    else
        v_decref(path);
    int status = run_source(src, len, script, 0);
    free(src);
    free(script);
    return status;
}

int coil_dis_adaptive_file(const char *path, FILE *out) {
    dis_after_run = out;
    return coil_run_file(path);
}

int coil_dis_file(const char *path, FILE *out) {
    char *abs = absolute_path(path);
    if (!abs) return 1;
    size_t len = 0;
    int err = 0;
    char *src = read_file(path, &len, &err);
    if (!src) {
        fprintf(stderr, "coil: can't open file '%s': [Errno %d] %s\n", abs, err, strerror(err));
        free(abs);
        return 2;
    }
    int status = 0;
    if (runtime_init() < 0) {
        status = 1;
    } else {
        Value code = compile_or_report(src, len, abs, 0, &status);
        if (!v_is_null(code)) {
            builtins_flush_stdout();
            dis_code(code, out, false);
            fflush(out);
            v_decref(code);
        }
    }
    free(src);
    free(abs);
    return status;
}

int coil_argc(void) { return saved_argc; }
char **coil_argv(void) { return saved_argv; }

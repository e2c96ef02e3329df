/* exec.c: the dynamic-code builtins exec(), eval() and compile().
 *
 * Source strings are parsed and compiled with the same frontend as modules;
 * a code object runs through eval_code with the chosen globals dict and
 * locals mapping, exactly as a module body runs (LOAD_NAME / STORE_NAME go
 * to locals, then globals, then builtins). The caller's namespaces are
 * found from eval_ts.frame: C builtins push no frame, so it is the Python
 * frame that called exec(). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "exec.h"
#include "eval.h"
#include "frame.h"
#include "runtime.h"
#include "errors.h"
#include "abstract.h"
#include "args.h"
#include "code.h"
#include "dict.h"
#include "str.h"
#include "int.h"
#include "import.h"
#include "../frontend/compiler.h"

char *ast_dump_module_ex(const Module *m, bool include_attributes);   /* frontend/ast.c */
char *ast_dump_expr_ex(const Expr *e, bool include_attributes);

#define PYCF_ONLY_AST 0x400

/* The function NAME of the Python module _ast (lib/_ast.py), new reference. */
static Value ast_module_func(const char *name) {
    Value modname = str_from_cstr("_ast");
    if (v_is_null(modname)) return V_NULL;
    Value mod = import_module(modname);
    v_decref(modname);
    if (v_is_null(mod)) return V_NULL;
    Value f = obj_getattr_cstr(mod, name);
    v_decref(mod);
    return f;
}

/* The source line lineno of src with its newline (malloc'd, or NULL), for
 * syntax errors the compiler reports without text. */
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

static Value raise_syntax_error(SyntaxErrorInfo *info, const char *src, size_t len, const char *filename) {
    if (!info->text && info->lineno > 0) info->text = source_line(src, len, info->lineno);
    Value exc = exc_from_syntax_error(info, filename);
    syntax_error_info_clear(info);
    if (!v_is_null(exc)) err_restore(exc);
    return V_NULL;
}

/* CPython's eval grammar accepts one expression only; the module parser
 * accepts statements, so anything else is rejected here with the error
 * CPython's parser gives: "invalid syntax" at the first token after the
 * longest expression prefix (the '=' of an assignment, a statement's
 * keyword, the start of a second statement). */
static bool eval_shape_ok(const Module *m, const char *src, size_t len, SyntaxErrorInfo *info) {
    if (m->body.n == 1 && m->body.items[0]->kind == STMT_EXPR) return true;
    memset(info, 0, sizeof *info);
    snprintf(info->msg, sizeof info->msg, "invalid syntax");
    if (m->body.n == 0) {
        info->text = strdup("");
        return false;
    }
    const Stmt *s = m->body.items[m->body.items[0]->kind == STMT_EXPR ? 1 : 0];
    const Expr *target = NULL;
    if (s->kind == STMT_ASSIGN) target = s->v.assign.targets.items[0];
    else if (s->kind == STMT_AUGASSIGN) target = s->v.augassign.target;
    else if (s->kind == STMT_ANNASSIGN) target = s->v.annassign.target;
    info->lineno = s->pos.lineno;
    info->col_offset = s->pos.col_offset + 1;
    if (target && target->pos.end_lineno > 0) {
        /* Skip the blanks after the target on its last line. */
        info->lineno = target->pos.end_lineno;
        info->text = source_line(src, len, info->lineno);
        int col = target->pos.end_col_offset;
        if (info->text)
            while (info->text[col] == ' ' || info->text[col] == '\t') col++;
        info->col_offset = col + 1;
    }
    return false;
}

/* Parses src for compile()/exec()/eval() in mode: the module (in *arena,
 * which the caller frees), or NULL with the SyntaxError (or MemoryError)
 * raised and nothing to free. */
static Module *parse_for_mode(const char *src, size_t len, const char *filename, CompileMode mode,
                              Arena **arena) {
    *arena = NULL;
    if (memchr(src, '\0', len)) {
        err_format(&Exc_SyntaxError, "source code string cannot contain null bytes");
        return NULL;
    }
    SyntaxErrorInfo info;
    memset(&info, 0, sizeof info);
    Arena *a = arena_new();
    if (!a) {
        err_nomem();
        return NULL;
    }
    Module *m = parse_module(a, src, len, filename, &info);
    if (!m || (mode == COMPILE_EVAL && !eval_shape_ok(m, src, len, &info))) {
        arena_free(a);
        if (info.msg[0]) raise_syntax_error(&info, src, len, filename);
        else if (!err_occurred()) err_nomem();
        return NULL;
    }
    *arena = a;
    return m;
}

Value exec_compile_string(const char *src, size_t len, const char *filename, CompileMode mode) {
    Arena *arena;
    Module *m = parse_for_mode(src, len, filename, mode, &arena);
    if (!m) return V_NULL;
    SyntaxErrorInfo info;
    memset(&info, 0, sizeof info);
    Value co = compile_module(m, filename, mode, &info);
    arena_free(arena);
    if (v_is_null(co) && info.msg[0]) return raise_syntax_error(&info, src, len, filename);
    return co;
}

/* The source of arg 1 as UTF-8 (str, or bytes taken as UTF-8): 0 with
 * src and len set (borrowed from the object), or -1 with TypeError. */
static int source_text(const char *fname, Value v, const char **src, size_t *len, bool allow_code) {
    if (v_is_str(v)) {
        *src = str_data(v);
        *len = (size_t)str_nbytes(v);
        return 0;
    }
    if (v_is_bytes(v)) {
        BytesObject *b = (BytesObject *)v_as_obj(v);
        *src = (const char *)b->data;
        *len = (size_t)b->size;
        return 0;
    }
    if (allow_code)
        err_format(&Exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    else
        err_format(&Exc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
    return -1;
}

/* Resolves exec/eval's globals and locals arguments (V_NULL or None: not
 * given) the way CPython does: none given means the caller's namespaces;
 * globals without locals means locals = globals. Stores new references and
 * makes sure globals has __builtins__. Returns -1 with TypeError. */
static int resolve_namespaces(const char *fname, Value g, Value l, Value *gout, Value *lout) {
    if (g == V_NONE) g = V_NULL;
    if (l == V_NONE) l = V_NULL;
    if (!v_is_null(g) && !v_is_dict(g)) {
        err_format(&Exc_TypeError,
                   v_is_null(l) ? "%s() globals must be a dict, not %s" : "globals must be a real dict; try eval(expr, {}, mapping)",
                   fname, v_type_name(g));
        if (!v_is_null(l)) {
            err_clear();
            err_format(&Exc_TypeError, "globals must be a dict");
        }
        return -1;
    }
    if (!v_is_null(l) && !v_type(l)->getitem) {
        err_format(&Exc_TypeError, "locals must be a mapping or None, not %s", v_type_name(l));
        return -1;
    }
    if (v_is_null(g)) {
        Frame *f = eval_ts.frame;
        g = f ? f->globals : runtime_main_dict();
        if (v_is_null(l)) {
            l = f ? frame_locals_dict(f) : v_newref(g);
            if (v_is_null(l)) return -1;
        } else {
            v_incref(l);
        }
    } else {
        l = v_is_null(l) ? v_newref(g) : v_newref(l);
    }
    v_incref(g);
    int r = dict_contains(g, str_intern_cstr("__builtins__"));
    if (r == 0) r = dict_set_cstr(g, "__builtins__", runtime_builtins()) < 0 ? -1 : 0;
    if (r < 0) {
        v_decref(g);
        v_decref(l);
        return -1;
    }
    *gout = g;
    *lout = l;
    return 0;
}

static Value run_code(Value code, Value g, Value l) {
    if (v_as_code(code)->nfreevars > 0) {
        v_decref(g);
        v_decref(l);
        return err_format(&Exc_TypeError, "code object passed to exec() may not contain free variables");
    }
    Value r = eval_code(code, g, l);
    v_decref(g);
    v_decref(l);
    return r;
}

static Value exec_or_eval(const char *fname, CompileMode mode, const Value *args, size_t nargs,
                          Value kwnames) {
    static const char *const names[] = {NULL, "globals", "locals"};
    Value a[3];
    if (args_parse(fname, args, nargs, kwnames, names, 3, 3, 1, a) < 0) return V_NULL;
    Value code;
    if (v_is_code(a[0])) {
        code = v_newref(a[0]);
    } else {
        const char *src;
        size_t len;
        if (source_text(fname, a[0], &src, &len, true) < 0) return V_NULL;
        if (mode == COMPILE_EVAL) {
            /* eval() ignores leading blanks, so indented expressions work. */
            while (len && (*src == ' ' || *src == '\t')) src++, len--;
        }
        code = exec_compile_string(src, len, "<string>", mode);
        if (v_is_null(code)) return V_NULL;
    }
    Value g, l;
    if (resolve_namespaces(fname, a[1], a[2], &g, &l) < 0) {
        v_decref(code);
        return V_NULL;
    }
    Value r = run_code(code, g, l);
    v_decref(code);
    if (v_is_null(r) || mode == COMPILE_EVAL) return r;
    v_decref(r);
    return V_NONE;
}

Value builtin_exec(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return exec_or_eval("exec", COMPILE_EXEC, args, nargs, kwnames);
}

Value builtin_eval(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return exec_or_eval("eval", COMPILE_EVAL, args, nargs, kwnames);
}

/* compile(source, ..., flags=PyCF_ONLY_AST): parses src and hands the tree
 * to Python as the text of ast.dump(tree, include_attributes=True), which
 * _ast._from_dump evaluates with the node classes (Module, Expression for
 * mode eval, Interactive for single). */
static Value compile_to_ast(const char *src, size_t len, const char *filename, CompileMode mode,
                            Value mode_str) {
    Arena *arena;
    Module *m = parse_for_mode(src, len, filename, mode, &arena);
    if (!m) return V_NULL;
    char *text = mode == COMPILE_EVAL ? ast_dump_expr_ex(m->body.items[0]->v.expr.value, true)
                                      : ast_dump_module_ex(m, true);
    arena_free(arena);
    if (!text) return err_nomem();
    Value t = str_new(text, strlen(text));
    free(text);
    if (v_is_null(t)) return V_NULL;
    Value f = ast_module_func("_from_dump");
    if (v_is_null(f)) {
        v_decref(t);
        return V_NULL;
    }
    Value args[2] = {t, mode_str};
    Value r = obj_call(f, args, 2, V_NULL);
    v_decref(f);
    v_decref(t);
    return r;
}

static Value compile_args(Value *a) {
    const char *src;
    size_t len;
    if (source_text("compile", a[0], &src, &len, false) < 0) return V_NULL;
    if (!v_is_str(a[1]))
        return err_format(&Exc_TypeError, "compile() argument 'filename' must be str, not %s",
                          v_type_name(a[1]));
    if (!v_is_str(a[2]))
        return err_format(&Exc_TypeError, "compile() argument 'mode' must be str, not %s",
                          v_type_name(a[2]));
    const char *m = str_data(a[2]);
    CompileMode mode;
    if (strcmp(m, "exec") == 0) mode = COMPILE_EXEC;
    else if (strcmp(m, "eval") == 0) mode = COMPILE_EVAL;
    else if (strcmp(m, "single") == 0) mode = COMPILE_SINGLE;
    else return err_format(&Exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    int64_t flags = 0;
    if (!v_is_null(a[3])) {
        if (!v_is_int_or_bool(a[3]))
            return err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                              v_type_name(a[3]));
        if (int_as_i64(a[3], &flags) < 0) return V_NULL;
    }
    if (mode == COMPILE_EVAL)
        while (len && (*src == ' ' || *src == '\t')) src++, len--;
    if (flags & PYCF_ONLY_AST) return compile_to_ast(src, len, str_data(a[1]), mode, a[2]);
    return exec_compile_string(src, len, str_data(a[1]), mode);
}

Value builtin_compile(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                        "optimize", "_feature_version"};
    Value a[7];
    if (args_parse("compile", args, nargs, kwnames, names, 7, 6, 3, a) < 0) return V_NULL;
    if (v_is_code(a[0])) return v_newref(a[0]);
    if (v_is_str(a[0]) || v_is_bytes(a[0])) return compile_args(a);
    /* Anything else is taken as an AST object: _ast._tree_source validates
     * it (CPython's TypeError / ValueError for a malformed tree, TypeError
     * for a non-AST) and returns its source text, or the tree itself when
     * flags ask for an AST back. */
    Value f = ast_module_func("_tree_source");
    if (v_is_null(f)) return V_NULL;
    Value fargs[4] = {a[0], a[1], a[2], v_is_null(a[3]) ? V_NONE : a[3]};
    Value text = obj_call(f, fargs, 4, V_NULL);
    v_decref(f);
    if (v_is_null(text) || !v_is_str(text)) return text;
    a[0] = text;
    a[3] = V_NULL;
    Value r = compile_args(a);
    v_decref(text);
    return r;
}

/* dis.c: the dis module: dis.dis on functions, methods, code objects and
 * source strings, listings as CPython 3.11 prints them (the listing itself
 * is vm/dis.c's dis_code), and the opname/opmap tables derived from
 * vm/opcodes.h (coil's own numbering). */
#include <stdio.h>
#include <stdlib.h>
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../code.h"
#include "../descr.h"
#include "../function.h"
#include "../list.h"
#include "../opcodes.h"
#include "../runtime.h"
#include "../../frontend/compiler.h"
#include "sys.h"

/* The code object to disassemble for x, as a new reference. */
static Value dis_code_of(Value x) {
    if (v_is_type(x, &BoundMethodType)) x = ((BoundMethodObject *)v_as_obj(x))->func;
    if (v_is_function(x)) return v_newref(v_as_function(x)->code);
    if (v_is_code(x)) return v_newref(x);
    if (v_is_str(x)) {
        SyntaxErrorInfo info;
        memset(&info, 0, sizeof info);
        Value code = compile_source(str_data(x), (size_t)str_nbytes(x), "<dis>", COMPILE_EXEC, &info);
        if (!v_is_null(code)) return code;
        if (info.msg[0]) {
            Value exc = exc_from_syntax_error(&info, "<dis>");
            syntax_error_info_clear(&info);
            if (!v_is_null(exc)) err_restore(exc);
        }
        return V_NULL;
    }
    Value code;
    int r = obj_lookup_attr(x, str_intern_cstr("__code__"), &code);
    if (r < 0) return V_NULL;
    if (r > 0) {
        if (v_is_code(code)) return code;
        v_decref(code);
    }
    return err_format(&Exc_TypeError, "don't know how to disassemble %s objects", v_type_name(x));
}

/* Writes text to file (None: sys.stdout, through print()'s buffer). */
static int dis_write(Value file, const char *text, size_t n) {
    if (v_is_null(file) || v_is_none(file)) file = sys_stdout_redirect();
    if (v_is_null(file)) return builtins_write_stdout(text, n) < 0 ? -1 : 0;
    Value s = str_new(text, n);
    if (v_is_null(s)) return -1;
    Value r = obj_call_method(file, "write", &s, 1);
    v_decref(s);
    if (v_is_null(r)) return -1;
    v_decref(r);
    return 0;
}

static Value dis_dis(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"x", "file", "depth", "show_caches", "adaptive"};
    Value a[5];
    if (args_parse("dis", args, nargs, kwnames, kw, 5, 1, 0, a) < 0) return V_NULL;
    if (v_is_null(a[0]) || v_is_none(a[0]))
        return err_format(&Exc_RuntimeError, "no last traceback to disassemble");
    Value code = dis_code_of(a[0]);
    if (v_is_null(code)) return V_NULL;
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (!mem) { v_decref(code); return err_nomem(); }
    int adaptive = v_is_null(a[4]) ? 0 : obj_truthy(a[4]);
    if (adaptive < 0) { fclose(mem); free(buf); v_decref(code); return V_NULL; }
    dis_code(code, mem, adaptive != 0);
    fclose(mem);
    v_decref(code);
    int r = dis_write(a[1], buf, len);
    free(buf);
    return r < 0 ? V_NULL : V_NONE;
}

static Value dis_code_info_stub(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("show_code", nargs, kwnames, 1, 1) < 0) return V_NULL;
    return err_format(&Exc_NotImplementedError, "dis.show_code is not supported");
}

static const MethodDef dis_functions[] = {
    {"dis", dis_dis, 0, NULL},
    {"disassemble", dis_dis, 0, NULL},
    {"show_code", dis_code_info_stub, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value module_init_dis(void) {
    Value m = mod_create("dis", dis_functions);
    if (v_is_null(m)) return V_NULL;
    Value opname = list_new(256);
    Value opmap = dict_new();
    if (v_is_null(opname) || v_is_null(opmap)) goto fail;
    for (int op = 0; op < 256; op++) {
        Value s;
        if (op < OP__COUNT && opcode_info[op].name) {
            s = str_from_cstr(opcode_info[op].name);
            if (v_is_null(s) || dict_set(opmap, s, v_from_smallint(op)) < 0) { v_decref(s); goto fail; }
        } else {
            s = str_printf("<%d>", op);
        }
        if (v_is_null(s) || list_append_steal(opname, s) < 0) goto fail;
    }
    if (dict_set_cstr(module_dict(m), "opname", opname) < 0 ||
        dict_set_cstr(module_dict(m), "opmap", opmap) < 0)
        goto fail;
    v_decref(opname);
    v_decref(opmap);
    return m;
fail:
    v_decref(opname);
    v_decref(opmap);
    v_decref(m);
    return V_NULL;
}

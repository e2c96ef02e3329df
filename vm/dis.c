/* dis.c: listings in the format of CPython 3.11's dis.dis(): line column,
 * jump-target markers, byte offsets, opname and oparg columns, and the
 * argument's meaning in parentheses. Cache units are hidden, as dis does by
 * default. Everything about an instruction comes from opcodes.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "abstract.h"
#include "code.h"
#include "errors.h"
#include "opcodes.h"
#include "str.h"
#include "tuple.h"

#define OPNAME_WIDTH 20
#define OPARG_WIDTH 5

static const char *const cmp_symbols[] = { "<", "<=", "==", "!=", ">", ">=" };
static const char *const binop_symbols[] = { "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^" };
static const char *const makefunc_flags[] = { "defaults", "kwdefaults", "annotations", "closure" };
static const char *const format_converters[] = { "", "str", "repr", "ascii" };

/* Byte offset of the jump target of the instruction whose first unit
 * (after any EXTENDED_ARG) is at unit i. */
static int jump_target(int op, int arg, int i) {
    int end = i + 1 + opcode_info[op].cache;
    return 2 * ((opcode_info[op].flags & OPF_JBACK) ? end - arg : end + arg);
}

static void put_repr(StrBuilder *sb, Value v) {
    Value r = obj_repr(v);
    if (v_is_null(r)) {
        err_clear();
        sb_append_cstr(sb, "<repr failed>");
        return;
    }
    sb_append_str(sb, r);
    v_decref(r);
}

static void put_name(StrBuilder *sb, Value tuple, int i) {
    if (i >= 0 && i < tuple_size(tuple)) sb_append_str(sb, tuple_items(tuple)[i]);
    else sb_printf(sb, "%d", i);
}

static void argrepr(StrBuilder *sb, const CodeObject *co, int op, int arg, int i) {
    unsigned flags = opcode_info[op].flags;
    /* 3.11's dis prints only KW_NAMES's number (it is not in hasconst). */
    if ((flags & OPF_CONST) && op != OP_KW_NAMES) {
        if (arg < tuple_size(co->consts)) put_repr(sb, tuple_items(co->consts)[arg]);
    } else if (op == OP_KW_NAMES) {
        return;
    } else if (flags & OPF_GLOBAL) {
        if (arg & 1) sb_append_cstr(sb, "NULL + ");
        put_name(sb, co->names, arg >> 1);
    } else if (flags & OPF_NAME) {
        put_name(sb, co->names, arg);
    } else if (flags & OPF_JUMP) {
        sb_printf(sb, "to %d", jump_target(op, arg, i));
    } else if (flags & (OPF_LOCAL | OPF_FREE)) {
        put_name(sb, co->localsplusnames, arg);
    } else if (flags & OPF_COMPARE) {
        if (arg >= 0 && arg < 6) sb_append_cstr(sb, cmp_symbols[arg]);
    } else if (flags & OPF_BINOP) {
        int base = arg >= NB_INPLACE ? arg - NB_INPLACE : arg;
        if (base >= 0 && base < NB_BINARY_COUNT) {
            sb_append_cstr(sb, binop_symbols[base]);
            if (arg >= NB_INPLACE) sb_append_char(sb, '=');
        }
    } else if (op == OP_MAKE_FUNCTION) {
        bool first = true;
        for (int b = 0; b < 4; b++) {
            if (!(arg & (1 << b))) continue;
            if (!first) sb_append_cstr(sb, ", ");
            sb_append_cstr(sb, makefunc_flags[b]);
            first = false;
        }
    } else if (op == OP_FORMAT_VALUE) {
        sb_append_cstr(sb, format_converters[arg & 3]);
        if (arg & 4) {
            if (arg & 3) sb_append_cstr(sb, ", ");
            sb_append_cstr(sb, "with format");
        }
    }
}

static void write_str(FILE *out, Value s) {
    fwrite(str_data(s), 1, (size_t)str_nbytes(s), out);
}

static void disassemble(const CodeObject *co, FILE *out, bool adaptive) {
    int n = co->ncodeunits;
    int *linestart = malloc(sizeof(int) * (size_t)(n + 1));
    bool *label = calloc((size_t)n * 2 + 2, 1);
    if (!linestart || !label) { free(linestart); free(label); return; }

    int lastline = -1, maxline = -1;
    bool any_line = false;
    for (int i = 0; i < n; i++) {
        int line = co->positions ? co->positions[i].lineno : -1;
        linestart[i] = -1;
        if (line >= 0 && line != lastline) {
            linestart[i] = line;
            lastline = line;
            any_line = true;
            if (line > maxline) maxline = line;
        }
    }
    /* Jump targets (by byte offset). */
    int ext = 0;
    for (int i = 0; i < n;) {
        int op = CU_OP(co->code[i]);
        int arg = CU_ARG(co->code[i]) | ext;
        ext = op == OP_EXTENDED_ARG ? arg << 8 : 0;
        if (opcode_info[op].flags & OPF_JUMP) {
            int t = jump_target(op, arg, i);
            if (t >= 0 && t <= 2 * n) label[t] = true;
        }
        i += 1 + opcode_info[op].cache;
    }
    for (int k = 0; k < co->nexctable; k++) {
        int t = co->exctable[k].handler * 2;
        if (t >= 0 && t <= 2 * n) label[t] = true;
    }

    int lineno_width = 0;
    if (any_line) {
        lineno_width = 3;
        if (maxline >= 1000) lineno_width = snprintf(NULL, 0, "%d", maxline);
    }
    int maxoffset = 2 * n - 2;
    int offset_width = maxoffset >= 10000 ? snprintf(NULL, 0, "%d", maxoffset) : 4;

    ext = 0;
    for (int i = 0; i < n;) {
        int op = CU_OP(co->code[i]);
        /* Not adaptive: the instructions as compiled (the quickening pass
         * wrote superinstructions into the code object when it was made,
         * the specialiser rewrites as it runs). */
        if (!adaptive && op < OP__COUNT && opcode_info[op].name) op = opcode_info[op].family;
        int arg = CU_ARG(co->code[i]) | ext;
        ext = op == OP_EXTENDED_ARG ? arg << 8 : 0;
        int offset = 2 * i;
        StrBuilder sb;
        sb_init(&sb);
        if (any_line && linestart[i] >= 0 && offset > 0) fputc('\n', out);
        if (lineno_width) {
            if (linestart[i] >= 0) sb_printf(&sb, "%*d", lineno_width, linestart[i]);
            else sb_printf(&sb, "%*s", lineno_width, "");
            sb_append_char(&sb, ' ');
        }
        sb_append_cstr(&sb, "   ");
        sb_append_cstr(&sb, label[offset] ? " >>" : "   ");
        sb_printf(&sb, " %*d", offset_width, offset);
        const char *name = op < OP__COUNT && opcode_info[op].name ? opcode_info[op].name : "<unknown>";
        sb_printf(&sb, " %-*s", OPNAME_WIDTH, name);
        if (opcode_info[op].flags & OPF_ARG) {
            sb_printf(&sb, " %*d", OPARG_WIDTH, arg);
            StrBuilder ar;
            sb_init(&ar);
            argrepr(&ar, co, op, arg, i);
            if (ar.len) {
                sb_append_cstr(&sb, " (");
                sb_append(&sb, ar.buf, ar.len);
                sb_append_char(&sb, ')');
            }
            sb_discard(&ar);
        }
        /* rstrip, as dis does */
        while (sb.len && sb.buf[sb.len - 1] == ' ') sb.len--;
        if (sb.buf) fwrite(sb.buf, 1, sb.len, out);
        fputc('\n', out);
        sb_discard(&sb);
        i += 1 + opcode_info[op].cache;
    }
    if (co->nexctable) {
        fputs("ExceptionTable:\n", out);
        for (int k = 0; k < co->nexctable; k++) {
            const ExceptionTableEntry *e = &co->exctable[k];
            fprintf(out, "  %d to %d -> %d [%d]%s\n", e->start * 2, e->end * 2 - 2, e->handler * 2,
                    e->depth, e->lasti ? " lasti" : "");
        }
    }
    free(linestart);
    free(label);
}

void dis_code(Value code, FILE *out, bool adaptive) {
    if (!v_is_code(code)) return;
    CodeObject *co = v_as_code(code);
    disassemble(co, out, adaptive);
    for (int64_t i = 0; i < tuple_size(co->consts); i++) {
        Value k = tuple_items(co->consts)[i];
        if (!v_is_code(k)) continue;
        fputs("\nDisassembly of ", out);
        Value r = obj_repr(k);
        if (v_is_null(r)) { err_clear(); continue; }
        write_str(out, r);
        v_decref(r);
        fputs(":\n", out);
        dis_code(k, out, adaptive);
    }
}

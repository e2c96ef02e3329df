/* ir.c: the uop table, the IR builder, the dumper and the verifier. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <inttypes.h>

#include "ir.h"
#include "jit.h"
#include "../vm/code.h"
#include "../vm/frame.h"
#include "../vm/function.h"
#include "../vm/str.h"

const UopInfo uop_info[UOP__COUNT] = {
#define UOP_INFO(name, kind, flags) [UOP_##name] = { #name, kind, flags },
    UOP_LIST(UOP_INFO)
#undef UOP_INFO
};

static char *dup_str_value(Value v) {
    if (!v_is_str(v)) return strdup("?");
    size_t n = (size_t)str_nbytes(v);
    char *s = malloc(n + 1);
    if (!s) return NULL;
    memcpy(s, str_data(v), n);
    s[n] = 0;
    return s;
}

static unsigned long jit_name_counter;

JitFunction *jit_fn_new(void *code, const JitRuntime *rt) {
    CodeObject *co = code;
    JitFunction *fn = calloc(1, sizeof *fn);
    if (!fn) return NULL;
    fn->code = co;
    fn->rt = rt;
    fn->layout.off_localsplus = (uint32_t)offsetof(Frame, localsplus);
    fn->layout.off_stacktop = (uint32_t)offsetof(Frame, stacktop);
    fn->layout.off_next_instr = (uint32_t)offsetof(Frame, next_instr);
    fn->layout.off_prev_instr = (uint32_t)offsetof(Frame, prev_instr);
    fn->layout.off_globals = (uint32_t)offsetof(Frame, globals);
    fn->layout.off_builtins = (uint32_t)offsetof(Frame, builtins);
    fn->layout.off_code = (uint32_t)offsetof(Frame, code);
    fn->layout.off_func = (uint32_t)offsetof(Frame, func);
    fn->layout.off_locals = (uint32_t)offsetof(Frame, locals);
    fn->layout.off_previous = (uint32_t)offsetof(Frame, previous);
    fn->layout.off_special = (uint32_t)offsetof(Frame, special);
    fn->layout.ts_frame = (uint32_t)offsetof(ThreadState, frame);
    fn->layout.ts_stack_top = (uint32_t)offsetof(ThreadState, stack_top);
    fn->layout.ts_stack_limit = (uint32_t)offsetof(ThreadState, stack_limit);
    fn->layout.ts_depth = (uint32_t)offsetof(ThreadState, depth);
    fn->layout.ts_recursion_limit = (uint32_t)offsetof(ThreadState, recursion_limit);
    fn->layout.ob_type = (uint32_t)offsetof(Object, type);
    fn->layout.fn_code = (uint32_t)offsetof(FunctionObject, code);
    fn->layout.fn_globals = (uint32_t)offsetof(FunctionObject, globals);
    fn->layout.fn_builtins = (uint32_t)offsetof(FunctionObject, builtins);
    fn->layout.co_jit = (uint32_t)offsetof(CodeObject, jit);
    fn->layout.hd_entry = (uint32_t)offsetof(JitCodeHead, entry);
    fn->layout.hd_returns = (uint32_t)offsetof(JitCodeHead, direct_returns);
    fn->layout.hd_code = (uint32_t)offsetof(JitCodeHead, code_units);
    fn->layout.hd_nargs = (uint32_t)offsetof(JitCodeHead, direct_nargs);
    fn->layout.hd_nlp = (uint32_t)offsetof(JitCodeHead, nlocalsplus);
    fn->layout.hd_size = (uint32_t)offsetof(JitCodeHead, frame_bytes);
    if (co) {
        fn->code_base = co->code;
        fn->nlocalsplus = co->nlocalsplus;
        /* + the frame's slack (frame.h): H_TO_BOOL's output at full depth
         * and the translator's scratch slot (the last one) */
        fn->stacksize = co->stacksize + FRAME_JIT_SLACK;
        fn->ncodeunits = co->ncodeunits;
        fn->qualname = dup_str_value(co->qualname);
        fn->filename = dup_str_value(co->filename);
        if (co->ncodeunits > 0) {
            int32_t *lines = malloc(sizeof(int32_t) * (size_t)co->ncodeunits);
            if (lines)
                for (int i = 0; i < co->ncodeunits; i++) lines[i] = code_line_at(co, i);
            fn->lines = lines;
        }
    } else {
        fn->qualname = strdup("anonymous");
        fn->filename = strdup("?");
    }
    if (!fn->qualname || !fn->filename) { jit_fn_free(fn); return NULL; }
    /* "coil_<qualname sanitised>_<n>": unique per compilation */
    size_t ql = strlen(fn->qualname);
    char *name = malloc(ql + 32);
    if (!name) { jit_fn_free(fn); return NULL; }
    memcpy(name, "coil_", 5);
    for (size_t i = 0; i < ql; i++) {
        char c = fn->qualname[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        name[5 + i] = ok ? c : '_';
    }
    snprintf(name + 5 + ql, 27, "_%lu", ++jit_name_counter);
    fn->name = name;
    return fn;
}

void jit_fn_free(JitFunction *fn) {
    if (!fn) return;
    free((void *)fn->name);
    free((void *)fn->qualname);
    free((void *)fn->filename);
    free(fn->uops);
    free(fn->blocks);
    free(fn->exits);
    for (int32_t i = 0; i < fn->nkeep; i++) free(fn->keep[i]);
    free(fn->keep);
    free(fn->lines);
    free(fn);
}

static bool grow(void **arr, int32_t *cap, int32_t need, size_t elem) {
    if (need <= *cap) return true;
    int32_t nc = *cap ? *cap * 2 : 16;
    while (nc < need) nc *= 2;
    void *p = realloc(*arr, (size_t)nc * elem);
    if (!p) return false;
    *arr = p;
    *cap = nc;
    return true;
}

int jit_add_block(JitFunction *fn, int32_t bc_offset, int32_t depth, bool entry) {
    if (!grow((void **)&fn->blocks, &fn->capblocks, fn->nblocks + 1, sizeof(JitBlock)))
        return -1;
    JitBlock *b = &fn->blocks[fn->nblocks];
    b->first = fn->nuops;
    b->count = 0;
    b->bc_offset = bc_offset;
    b->depth = depth;
    b->entry = entry;
    return fn->nblocks++;
}

JitUop *jit_emit(JitFunction *fn, int op, int32_t bc_offset) {
    if (fn->nblocks == 0) return NULL;
    if (!grow((void **)&fn->uops, &fn->capuops, fn->nuops + 1, sizeof(JitUop)))
        return NULL;
    JitUop *u = &fn->uops[fn->nuops++];
    memset(u, 0, sizeof *u);
    u->op = (uint16_t)op;
    u->dst = u->a = u->b = -1;
    u->target = u->deopt_exit = u->error_exit = -1;
    u->bc_offset = bc_offset;
    fn->blocks[fn->nblocks - 1].count++;
    return u;
}

int jit_add_exit(JitFunction *fn, int kind, int32_t offset, int32_t depth, int32_t bc_offset) {
    for (int32_t i = 0; i < fn->nexits; i++) {
        JitExit *e = &fn->exits[i];
        if (e->kind == kind && e->offset == offset && e->depth == depth && e->bc_offset == bc_offset &&
            e->incref_mask == 0)
            return i;
    }
    if (!grow((void **)&fn->exits, &fn->capexits, fn->nexits + 1, sizeof(JitExit)))
        return -1;
    JitExit *e = &fn->exits[fn->nexits];
    e->kind = (uint8_t)kind;
    e->offset = offset;
    e->depth = depth;
    e->bc_offset = bc_offset;
    e->incref_mask = 0;
    return fn->nexits++;
}

void *jit_keep(JitFunction *fn, void *p) {
    if (!p) return NULL;
    if (!grow((void **)&fn->keep, &fn->capkeep, fn->nkeep + 1, sizeof(void *))) {
        free(p);
        return NULL;
    }
    fn->keep[fn->nkeep++] = p;
    return p;
}

/* ---- dump ---- */

static void dump_exit(const JitFunction *fn, FILE *out, const char *label, int32_t idx) {
    if (idx < 0) return;
    if (idx >= fn->nexits) { fprintf(out, " %s->?%d", label, idx); return; }
    const JitExit *e = &fn->exits[idx];
    fprintf(out, " %s->@%d/%d", label, e->offset, e->depth);
    if (e->incref_mask) fprintf(out, "+incref:%#llx", (unsigned long long)e->incref_mask);
}

void jit_fn_dump(const JitFunction *fn, FILE *out, const char *title) {
    fprintf(out, "=== %s: %s (%s) [%s] locals %d, stack %d, %d blocks, %d uops, %d exits\n",
            title ? title : "uops", fn->qualname ? fn->qualname : "?",
            fn->filename ? fn->filename : "?", fn->name ? fn->name : "?",
            fn->nlocalsplus, fn->stacksize, fn->nblocks, fn->nuops, fn->nexits);
    for (int32_t bi = 0; bi < fn->nblocks; bi++) {
        const JitBlock *b = &fn->blocks[bi];
        fprintf(out, "block %d (offset %d, depth %d%s)\n", bi, b->bc_offset, b->depth,
                b->entry ? ", entry" : "");
        int32_t lastline = -2;
        for (int32_t i = b->first; i < b->first + b->count; i++) {
            const JitUop *u = &fn->uops[i];
            const char *nm = u->op < UOP__COUNT ? uop_info[u->op].name : "???";
            char buf[256];
            int n = snprintf(buf, sizeof buf, "  %4d  %-22s", u->bc_offset, nm);
            if (u->dst >= 0) n += snprintf(buf + n, sizeof buf - (size_t)n, " dst=%d", u->dst);
            if (u->a >= 0) n += snprintf(buf + n, sizeof buf - (size_t)n, " a=%d", u->a);
            if (u->b >= 0) n += snprintf(buf + n, sizeof buf - (size_t)n, " b=%d", u->b);
            if (u->op < UOP__COUNT && uop_info[u->op].kind == UK_HELPER)
                n += snprintf(buf + n, sizeof buf - (size_t)n, " in=%d out=%d", u->n_in, u->n_out);
            if (u->n_out_alt)
                n += snprintf(buf + n, sizeof buf - (size_t)n, " alt=%d", u->n_out_alt);
            if (u->oparg || u->op == UOP_LOAD_LOCAL || u->op == UOP_STORE_LOCAL || u->op == UOP_CHECK_BOUND)
                n += snprintf(buf + n, sizeof buf - (size_t)n, " oparg=%" PRId64, u->oparg);
            if (u->op1) n += snprintf(buf + n, sizeof buf - (size_t)n, " op1=0x%" PRIx64, u->op1);
            if (u->op2) n += snprintf(buf + n, sizeof buf - (size_t)n, " op2=0x%" PRIx64, u->op2);
            if (u->target >= 0) n += snprintf(buf + n, sizeof buf - (size_t)n, " -> block %d", u->target);
            if (u->flags) n += snprintf(buf + n, sizeof buf - (size_t)n, " flags=%#x", u->flags);
            (void)n;
            fputs(buf, out);
            dump_exit(fn, out, "deopt", u->deopt_exit);
            dump_exit(fn, out, u->op == UOP_YIELD ? "yield" : "error", u->error_exit);
            if (fn->lines && u->bc_offset >= 0 && u->bc_offset < fn->ncodeunits) {
                int32_t line = fn->lines[u->bc_offset];
                if (line != lastline && line >= 0) fprintf(out, "   # line %d", line);
                lastline = line;
            }
            fputc('\n', out);
        }
    }
}

/* ---- verify ---- */

static int fail(char *err, size_t errlen, const char *fmt, ...) {
    if (err && errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errlen, fmt, ap);
        va_end(ap);
    }
    return -1;
}

int jit_fn_verify(const JitFunction *fn, char *err, size_t errlen) {
    if (fn->nblocks == 0) return fail(err, errlen, "no blocks");
    /* the interpreter's operand stack (fn->stacksize adds the frame's
     * FRAME_JIT_SLACK): exits and block depths must fit in it */
    int32_t frame_stack = fn->code ? ((const CodeObject *)fn->code)->stacksize : fn->stacksize;
    bool any_entry = false;
    int32_t expect_first = 0;
    for (int32_t bi = 0; bi < fn->nblocks; bi++) {
        const JitBlock *b = &fn->blocks[bi];
        if (b->entry) any_entry = true;
        if (b->first != expect_first || b->count < 0 || b->first + b->count > fn->nuops)
            return fail(err, errlen, "block %d: bad uop range [%d, +%d)", bi, b->first, b->count);
        expect_first = b->first + b->count;
        if (b->depth < 0 || b->depth > frame_stack)
            return fail(err, errlen, "block %d: depth %d outside stack %d", bi, b->depth, frame_stack);
        if (b->bc_offset < 0 || (fn->ncodeunits && b->bc_offset >= fn->ncodeunits))
            return fail(err, errlen, "block %d: bad offset %d", bi, b->bc_offset);
        if (b->entry && b->depth != 0 && b->bc_offset == 0)
            return fail(err, errlen, "block %d: function entry with depth %d", bi, b->depth);
        for (int32_t i = b->first; i < b->first + b->count; i++) {
            const JitUop *u = &fn->uops[i];
            if (u->op >= UOP__COUNT) return fail(err, errlen, "uop %d: bad op %d", i, u->op);
            const UopInfo *inf = &uop_info[u->op];
            const char *nm = inf->name;
            int32_t slots[3] = { u->dst, u->a, u->b };
            for (int k = 0; k < 3; k++)
                if (slots[k] < -1 || slots[k] >= fn->stacksize)
                    return fail(err, errlen, "uop %d (%s): slot %d outside stack %d", i, nm, slots[k], fn->stacksize);
            bool last = i == b->first + b->count - 1;
            if ((inf->flags & (UF_TERMINAL | UF_BRANCH)) && !last)
                return fail(err, errlen, "uop %d (%s): control flow in the middle of block %d", i, nm, bi);
            if (inf->flags & UF_BRANCH) {
                if (u->target < 0 || u->target >= fn->nblocks)
                    return fail(err, errlen, "uop %d (%s): bad target %d", i, nm, u->target);
            }
            if ((inf->flags & UF_DEOPT) && (u->deopt_exit < 0 || u->deopt_exit >= fn->nexits ||
                                            fn->exits[u->deopt_exit].kind != JIT_EXIT_DEOPT))
                return fail(err, errlen, "uop %d (%s): missing deopt exit", i, nm);
            if ((inf->flags & UF_ERROR) && (u->error_exit < 0 || u->error_exit >= fn->nexits ||
                                            fn->exits[u->error_exit].kind != JIT_EXIT_ERROR))
                return fail(err, errlen, "uop %d (%s): missing error exit", i, nm);
            if (inf->kind == UK_HELPER) {
                if (u->a < 0 && (u->n_in > 0 || u->n_out > 0 || u->n_out_alt > 0))
                    return fail(err, errlen, "uop %d (%s): helper without base slot", i, nm);
                if (u->n_in < 0 || u->n_out < 0 || u->n_out_alt < 0)
                    return fail(err, errlen, "uop %d (%s): negative counts", i, nm);
                int32_t base = u->a < 0 ? 0 : u->a;
                int32_t mx = u->n_in;
                if (u->n_out > mx) mx = u->n_out;
                if (u->n_out_alt > mx) mx = u->n_out_alt;
                if (base + mx > fn->stacksize)
                    return fail(err, errlen, "uop %d (%s): io [%d, +%d) outside stack %d", i, nm, base, mx, fn->stacksize);
            }
            switch (u->op) {
            case UOP_LOAD_LOCAL: case UOP_STORE_LOCAL: case UOP_CHECK_BOUND:
                if (u->oparg < 0 || u->oparg >= fn->nlocalsplus)
                    return fail(err, errlen, "uop %d (%s): bad local %" PRId64, i, nm, u->oparg);
                break;
            default: break;
            }
            switch (u->op) {
            case UOP_LOAD_LOCAL: case UOP_LOAD_CONST: case UOP_LOAD_MEM:
                if (u->dst < 0) return fail(err, errlen, "uop %d (%s): no dst", i, nm);
                if (u->op == UOP_LOAD_MEM && !u->op1) return fail(err, errlen, "uop %d (%s): no address", i, nm);
                break;
            case UOP_COPY: case UOP_ADD_INT: case UOP_SUB_INT: case UOP_MUL_INT:
            case UOP_FLOORDIV_INT: case UOP_MOD_INT: case UOP_ADD_FLOAT: case UOP_SUB_FLOAT:
            case UOP_MUL_FLOAT: case UOP_DIV_FLOAT: case UOP_POW_FLOAT: case UOP_COMPARE_INT:
            case UOP_COMPARE_FLOAT: case UOP_IS:
                if (u->dst < 0 || u->a < 0) return fail(err, errlen, "uop %d (%s): missing operand", i, nm);
                if (u->op != UOP_COPY && u->b < 0) return fail(err, errlen, "uop %d (%s): missing b", i, nm);
                break;
            case UOP_GUARD_MEM_EQ:
                if (!u->op1) return fail(err, errlen, "uop %d (%s): no address", i, nm);
                break;
            case UOP_GUARD_FRAME_WORD:
                if (u->oparg < 0 || (u->oparg & 7)) return fail(err, errlen, "uop %d (%s): bad frame offset", i, nm);
                break;
            case UOP_STORE_LOCAL: case UOP_INCREF: case UOP_DECREF: case UOP_GUARD_INT:
            case UOP_GUARD_FLOAT: case UOP_GUARD_NUM: case UOP_GUARD_TYPE: case UOP_BRANCH_TRUE:
            case UOP_BRANCH_FALSE: case UOP_BRANCH_NONE: case UOP_BRANCH_NOT_NONE: case UOP_RETURN:
                if (u->a < 0) return fail(err, errlen, "uop %d (%s): missing a", i, nm);
                break;
            case UOP_YIELD:
                if (u->a < 0) return fail(err, errlen, "uop %d (%s): missing a", i, nm);
                if (u->error_exit < 0 || u->error_exit >= fn->nexits || fn->exits[u->error_exit].kind != JIT_EXIT_YIELD)
                    return fail(err, errlen, "uop %d (%s): missing yield exit", i, nm);
                break;
            default: break;
            }
        }
        /* the last block cannot fall off the end */
        bool ends = false;
        if (b->count > 0) {
            const JitUop *l = &fn->uops[b->first + b->count - 1];
            ends = (uop_info[l->op].flags & UF_TERMINAL) != 0;
        }
        if (!ends && bi == fn->nblocks - 1)
            return fail(err, errlen, "block %d: the last block falls through", bi);
    }
    for (int32_t i = 0; i < fn->nexits; i++) {
        const JitExit *e = &fn->exits[i];
        if (e->kind != JIT_EXIT_DEOPT && e->kind != JIT_EXIT_ERROR && e->kind != JIT_EXIT_YIELD)
            return fail(err, errlen, "exit %d: bad kind", i);
        if (e->depth < 0 || e->depth > frame_stack)
            return fail(err, errlen, "exit %d: depth %d outside stack", i, e->depth);
        if (e->depth < 64 && (e->incref_mask >> e->depth) != 0)
            return fail(err, errlen, "exit %d: incref of a slot above its depth %d", i, e->depth);
        if (e->offset < 0 || (fn->ncodeunits && e->offset >= fn->ncodeunits))
            return fail(err, errlen, "exit %d: bad offset %d", i, e->offset);
    }
    if (!any_entry) return fail(err, errlen, "no entry block");
    return 0;
}

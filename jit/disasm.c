/* disasm.c: --dump-asm, x86-64 machine code of a compiled function through
 * capstone (Intel syntax). The backend's block markers (backend.h:
 * JIT_ASM_MARKER_BASE + bc_offset in an 8-byte nop) are printed as labels
 * "; offset N (line L)"; constants that are the address of a helper or of
 * a runtime entry are named in a comment.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <capstone/capstone.h>

#include "ir.h"
#include "backend.h"
#include "../vm/code.h"

void jit_disasm(FILE *out, const void *code, size_t size, const JitFunction *fn,
                const JitRuntime *rt);

/* The name of a runtime address, or NULL. */
static const char *addr_name(const JitRuntime *rt, uint64_t a) {
    if (!rt || a == 0) return NULL;
    for (int i = 0; i < UOP__COUNT; i++)
        if (rt->helpers[i] && (uint64_t)(uintptr_t)rt->helpers[i] == a) return uop_info[i].name;
    if ((uint64_t)(uintptr_t)rt->dealloc == a) return "dealloc";
    if ((uint64_t)(uintptr_t)rt->raise_unbound == a) return "raise_unbound";
    if ((uint64_t)(uintptr_t)rt->sigint_pending == a) return "sigint_pending";
    return NULL;
}

/* A marker nop: 0F 1F 84 00 imm32. Returns the bytecode offset or -1. */
static long marker_offset(const cs_insn *in, const JitFunction *fn) {
    if (in->size != 8) return -1;
    const uint8_t *b = in->bytes;
    if (b[0] != 0x0F || b[1] != 0x1F || b[2] != 0x84 || b[3] != 0x00) return -1;
    uint32_t imm = (uint32_t)b[4] | (uint32_t)b[5] << 8 | (uint32_t)b[6] << 16 |
                   (uint32_t)b[7] << 24;
    if (imm < JIT_ASM_MARKER_BASE) return -1;
    long off = (long)(imm - JIT_ASM_MARKER_BASE);
    if (fn && fn->ncodeunits > 0 && off >= fn->ncodeunits) return -1;
    return off;
}

static int line_of(const JitFunction *fn, long off) {
    if (!fn || off < 0 || off >= fn->ncodeunits) return -1;
    if (fn->lines) return fn->lines[off];
    if (fn->code) return code_line_at((const CodeObject *)fn->code, (int)off);
    return -1;
}

/* Names the first hex constant of op_str that is a runtime address. */
static const char *operand_name(const JitRuntime *rt, const char *ops) {
    for (const char *p = strstr(ops, "0x"); p; p = strstr(p + 2, "0x")) {
        uint64_t a = strtoull(p, NULL, 16);
        const char *n = addr_name(rt, a);
        if (n) return n;
    }
    return NULL;
}

void jit_disasm(FILE *out, const void *code, size_t size, const JitFunction *fn,
                const JitRuntime *rt) {
    if (!code) {
        fprintf(out, "; (no code address)\n");
        return;
    }
    csh h;
    if (cs_open(CS_ARCH_X86, CS_MODE_64, &h) != CS_ERR_OK) {
        fprintf(out, "; capstone: cannot open an x86-64 disassembler\n");
        return;
    }
    cs_option(h, CS_OPT_SYNTAX, CS_OPT_SYNTAX_INTEL);
    cs_insn *in = cs_malloc(h);
    if (!in) {
        cs_close(&h);
        return;
    }
    /* Size unknown: stop after the first ret (everything before it is code). */
    bool until_ret = size == 0;
    if (until_ret) {
        size = 1 << 16;
        fprintf(out, "; code size unknown: up to the first ret\n");
    }
    const uint8_t *p = code;
    const uint8_t *start = code;
    size_t n = size;
    uint64_t addr = (uint64_t)(uintptr_t)code;
    while (n > 0) {
        if (!cs_disasm_iter(h, &p, &n, &addr, in)) {
            if (until_ret) break;
            fprintf(out, "  %6zx:  .byte 0x%02x\n", (size_t)(p - start), *p);
            p++;
            n--;
            addr++;
            continue;
        }
        long off = marker_offset(in, fn);
        if (off >= 0) {
            fprintf(out, "; offset %ld (line %d)\n", off, line_of(fn, off));
            continue;
        }
        const char *name = operand_name(rt, in->op_str);
        fprintf(out, "  %6" PRIx64 ":  %-7s %s", in->address - (uint64_t)(uintptr_t)start,
                in->mnemonic, in->op_str);
        if (name) fprintf(out, "    ; %s", name);
        fputc('\n', out);
        if (until_ret && !strcmp(in->mnemonic, "ret")) break;
    }
    cs_free(in, 1);
    cs_close(&h);
}

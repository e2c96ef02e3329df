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
#include <dlfcn.h>
#include <capstone/capstone.h>

#include "ir.h"
#include "backend.h"
#include "../vm/code.h"

void jit_disasm(FILE *out, const void *code, size_t size, const JitFunction *fn,
                const JitRuntime *rt);

/* The entry points used here, resolved from the library whose API version
 * the headers describe (libcapstone.so.<CS_API_MAJOR>). */
typedef struct {
    cs_err (*open)(cs_arch, cs_mode, csh *);
    cs_err (*option)(csh, cs_opt_type, size_t);
    cs_insn *(*alloc)(csh);
    bool (*disasm_iter)(csh, const uint8_t **, size_t *, uint64_t *, cs_insn *);
    void (*free)(cs_insn *, size_t);
    cs_err (*close)(csh *);
} Capstone;

#define CS_STR_(x) #x
#define CS_STR(x) CS_STR_(x)

/* The loaded library, or NULL with *why set. */
static const Capstone *capstone_load(const char **why) {
    static Capstone cs;
    static int state;           /* 0 not tried, 1 loaded, -1 failed */
    static char err[256];
    if (state == 0) {
        static const char *const names[] = {
            "libcapstone.so." CS_STR(CS_API_MAJOR), "libcapstone.so",
        };
        void *h = NULL;
        for (size_t i = 0; !h && i < sizeof names / sizeof *names; i++)
            h = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
        state = -1;
        if (!h) {
            snprintf(err, sizeof err, "%s", dlerror());
        } else {
            /* ISO C forbids converting void * to a function pointer, POSIX
             * requires it to work: go through memcpy. */
            struct { void **slot; const char *name; } syms[] = {
                {(void **)&cs.open, "cs_open"},         {(void **)&cs.option, "cs_option"},
                {(void **)&cs.alloc, "cs_malloc"},      {(void **)&cs.disasm_iter, "cs_disasm_iter"},
                {(void **)&cs.free, "cs_free"},         {(void **)&cs.close, "cs_close"},
            };
            state = 1;
            for (size_t i = 0; i < sizeof syms / sizeof *syms; i++) {
                void *f = dlsym(h, syms[i].name);
                if (!f) {
                    snprintf(err, sizeof err, "no %s in libcapstone", syms[i].name);
                    state = -1;
                    break;
                }
                memcpy(syms[i].slot, &f, sizeof f);
            }
        }
    }
    *why = err;
    return state == 1 ? &cs : NULL;
}

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
    const char *why;
    const Capstone *cs = capstone_load(&why);
    if (!cs) {
        fprintf(out, "; capstone: cannot load the disassembler: %s\n", why);
        return;
    }
    csh h;
    if (cs->open(CS_ARCH_X86, CS_MODE_64, &h) != CS_ERR_OK) {
        fprintf(out, "; capstone: cannot open an x86-64 disassembler\n");
        return;
    }
    cs->option(h, CS_OPT_SYNTAX, CS_OPT_SYNTAX_INTEL);
    cs_insn *in = cs->alloc(h);
    if (!in) {
        cs->close(&h);
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
        if (!cs->disasm_iter(h, &p, &n, &addr, in)) {
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
    cs->free(in, 1);
    cs->close(&h);
}

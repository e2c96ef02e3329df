/* backend.h: the one interface every code generator implements (LLVM now,
 * libgccjit as the alternative). A backend lowers a JitFunction's uops
 * (uops.h, ir.h) to native code, nothing more: no Python semantics, no
 * policy (what to compile, when, what a deopt means live in jit.c).
 *
 * The LLVM backend is built as a loadable module (libcoil-llvm.so next to
 * the coil binary) and dlopen'ed at the first compilation, so a script that
 * never gets hot pays nothing for LLVM, not even its dynamic linking. The
 * module exports one symbol, COIL_JIT_BACKEND_SYMBOL, a function returning
 * its JitBackend.
 */
#ifndef COIL_JIT_BACKEND_H
#define COIL_JIT_BACKEND_H

#include <stddef.h>
#include <stdio.h>
#include "ir.h"

#define JIT_BACKEND_ABI 1
#define COIL_JIT_BACKEND_SYMBOL "coil_jit_backend"

typedef struct JitCompileOptions {
    int opt_level;            /* 0..3: the pass pipeline ("default<O1>" ...) */
    FILE *dump_ir;            /* non-NULL: print the backend's IR (LLVM IR) after optimisation */
    bool asm_markers;         /* put a marker at each block start (for --dump-asm labels) */
} JitCompileOptions;

/* What a successful compile produces. */
typedef struct JitCompiled {
    JitEntryFn entry;
    void *code_start;         /* the machine code of the function */
    size_t code_size;         /* 0 if unknown */
    void *handle;             /* the backend's resources for release() */
} JitCompiled;

/* Marker (x86-64, when asm_markers): an 8-byte nop
 *   0F 1F 84 00 <imm32>   nopl imm32(%rax,%rax,1)
 * with imm32 = JIT_ASM_MARKER_BASE + bc_offset, emitted at the start of the
 * block that begins at bc_offset. The disassembler (disasm.c) prints a label
 * there instead of the nop. */
#define JIT_ASM_MARKER_BASE 0x7C000000u

typedef struct JitBackend {
    int abi;                  /* JIT_BACKEND_ABI */
    const char *name;         /* "llvm" */
    /* Once, before the first compile. Returns 0, or -1 with err filled. */
    int (*init)(char *err, size_t errlen);
    /* Returns 0 and fills out, or -1 with err filled (the code object then
     * stays in the interpreter). */
    int (*compile)(const JitFunction *fn, const JitCompileOptions *opt,
                   JitCompiled *out, char *err, size_t errlen);
    /* Frees the code (no frame may be running it). */
    void (*release)(JitCompiled *c);
    /* Total time spent inside the backend, in nanoseconds (stats). */
    uint64_t (*time_ns)(void);
} JitBackend;

typedef const JitBackend *(*JitBackendGetter)(void);

#endif

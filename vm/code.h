/* code.h: code objects, the unit the compiler produces and the interpreter
 * (and later the JIT) runs.
 *
 * Locals layout ("localsplus", as CPython 3.11): the fast-local slots of a
 * frame are, in order, the variables (parameters first: positional-only,
 * positional-or-keyword, keyword-only, *args, **kwargs, then other locals),
 * then cell variables that are not parameters, then free variables (copied
 * from the function's closure by COPY_FREE_VARS). localspluskinds says what
 * each slot is. A parameter that is also a cell keeps its slot, marked
 * LOCAL|CELL; MAKE_CELL at the function start wraps its value.
 */
#ifndef COIL_CODE_H
#define COIL_CODE_H

#include <stdio.h>
#include "object.h"

/* co_flags, CPython's values */
#define CO_OPTIMIZED      0x0001
#define CO_NEWLOCALS      0x0002
#define CO_VARARGS        0x0004
#define CO_VARKEYWORDS    0x0008
#define CO_NESTED         0x0010
#define CO_GENERATOR      0x0020
#define CO_NOFREE         0x0040
#define CO_COROUTINE      0x0080
#define CO_ITERABLE_COROUTINE 0x0100
#define CO_ASYNC_GENERATOR 0x0200

/* localspluskinds */
#define CO_FAST_LOCAL 0x20
#define CO_FAST_CELL  0x40
#define CO_FAST_FREE  0x80

typedef uint16_t CodeUnit;
#define CU_OP(u)  ((u) & 0xFF)
#define CU_ARG(u) ((u) >> 8)
#define CU_MAKE(op, arg) ((CodeUnit)(((arg) << 8) | (op)))

/* Source position of one code unit (cache units repeat their
 * instruction's). lineno -1 for none (artificial instructions); columns are
 * 0-based UTF-8 byte offsets, end exclusive, -1 if unknown. */
typedef struct CodePosition {
    int32_t lineno, end_lineno;
    int32_t col, end_col;
} CodePosition;

/* Zero-cost exception table entry: an exception raised by an instruction in
 * [start, end) (code-unit offsets) pops the stack to depth, pushes the
 * offset of the raising instruction first if lasti, then the exception, and
 * jumps to handler. Entries are sorted by start and do not overlap. */
typedef struct ExceptionTableEntry {
    int32_t start, end, handler, depth;
    bool lasti;
} ExceptionTableEntry;

typedef struct CodeObject {
    Object ob;
    CodeUnit *code;               /* ncodeunits units; owned */
    int32_t ncodeunits;
    int32_t stacksize;
    int32_t argcount, posonlyargcount, kwonlyargcount;
    int32_t nlocals;              /* variables (co_varnames) */
    int32_t ncellvars, nfreevars;
    int32_t nlocalsplus;          /* nlocals + cells that are not parameters + nfreevars */
    int32_t flags;
    int32_t firstlineno;
    Value consts;                 /* tuple; nested code objects live here */
    Value names;                  /* tuple of interned str */
    Value localsplusnames;        /* tuple of interned str, nlocalsplus long */
    uint8_t *localspluskinds;     /* nlocalsplus; owned */
    Value filename, name, qualname;   /* str */
    Value docstring;              /* V_NONE or str (also consts[0] in CPython; kept here too) */
    CodePosition *positions;      /* ncodeunits; owned */
    ExceptionTableEntry *exctable;/* owned */
    int32_t nexctable;

    /* Tier-up state, owned by the interpreter and the JIT. */
    int32_t warmup;               /* calls + back-edges until tier 2 */
    void *jit;                    /* compiled code, opaque to the VM */
} CodeObject;

static inline bool v_is_code(Value v) { return v_is_ptr(v) && v_as_obj(v)->type == &CodeType; }
static inline CodeObject *v_as_code(Value v) { return (CodeObject *)v_as_obj(v); }

/* Everything the compiler fills in; code_new takes ownership of the
 * malloc'd (mem_alloc'd) arrays and steals the Values. */
typedef struct CodeSpec {
    CodeUnit *code; int32_t ncodeunits;
    int32_t stacksize, argcount, posonlyargcount, kwonlyargcount;
    int32_t nlocals, ncellvars, nfreevars, nlocalsplus, flags, firstlineno;
    Value consts, names, localsplusnames;
    uint8_t *localspluskinds;
    Value filename, name, qualname, docstring;
    CodePosition *positions;
    ExceptionTableEntry *exctable; int32_t nexctable;
} CodeSpec;

/* New reference, V_NULL on MemoryError (the spec's resources are released). */
Value code_new(CodeSpec *spec);

/* Line number of the instruction at code-unit offset i (-1 if none). */
int code_line_at(const CodeObject *co, int i);
/* Handler entry covering code-unit offset i, or NULL. */
const ExceptionTableEntry *code_find_handler(const CodeObject *co, int i);

/* Prints the code object and, recursively, every code object in its
 * constants, in the format of CPython 3.11's dis.dis(). */
void dis_code(Value code, FILE *out, bool adaptive);

#endif

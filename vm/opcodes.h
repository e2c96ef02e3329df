/* opcodes.h: the one instruction table. Everything that needs to know the
 * instruction set (the compiler's stack-depth pass and jump resolution, the
 * interpreter's dispatch table, the disassembler, the specialiser, the JIT
 * translator) expands this list; no list of opcodes is written anywhere else.
 *
 * Code unit (16 bits, little-endian in co_code as in CPython):
 *
 *     15        8 7         0
 *    +-----------+-----------+
 *    |   oparg   |  opcode   |
 *    +-----------+-----------+
 *
 * An oparg wider than 8 bits is built by EXTENDED_ARG prefixes (each shifts
 * the accumulated arg left by 8). A specialisable instruction is followed by
 * CACHE code units (its inline cache: a counter first, then what its
 * specialised forms record); execution skips them.
 *
 * Jumps: the argument is a distance in code units, measured from the
 * instruction that follows the jump and its caches: forward jumps add it,
 * JUMP_BACKWARD* subtract it (this is where loops count back-edges).
 *
 * OP(name, cache, flags, effect, jump_effect, family)
 *   cache        inline cache code units following the instruction
 *   flags        OPF_* below
 *   effect       net stack effect when execution falls through (an
 *                expression in `oparg`)
 *   jump_effect  net stack effect when the jump is taken (same as effect
 *                for non-jumps)
 *   family       the generic instruction this one belongs to: itself for a
 *                generic instruction, the generic's name for a specialised
 *                form (the specialiser issue adds those)
 *
 * Call protocol (as CPython 3.11): the stack holds [NULL or method,
 * callable or self, arg1..argN]; PUSH_NULL / LOAD_GLOBAL with oparg&1 /
 * LOAD_METHOD produce the first two slots. KW_NAMES k, immediately before
 * CALL, names the last len(co_consts[k]) arguments as keywords.
 */
#ifndef COIL_OPCODES_H
#define COIL_OPCODES_H

#define OPF_ARG      (1u << 0)   /* the oparg means something (dis prints it) */
#define OPF_CONST    (1u << 1)   /* oparg indexes co_consts */
#define OPF_NAME     (1u << 2)   /* oparg indexes co_names */
#define OPF_LOCAL    (1u << 3)   /* oparg indexes the fast locals (localsplus) */
#define OPF_FREE     (1u << 4)   /* oparg indexes localsplus, a cell or free variable */
#define OPF_JFWD     (1u << 5)   /* relative forward jump */
#define OPF_JBACK    (1u << 6)   /* relative backward jump */
#define OPF_COMPARE  (1u << 7)   /* oparg is a CMP_* */
#define OPF_BINOP    (1u << 8)   /* oparg is an NB_* */
#define OPF_TERMINAL (1u << 9)   /* never falls through (return, raise, jump) */
#define OPF_GLOBAL   (1u << 10)  /* LOAD_GLOBAL: oparg>>1 indexes co_names, oparg&1 pushes NULL first */
#define OPF_ESCAPES  (1u << 11)  /* may call arbitrary code or raise (JIT: needs a deopt point) */
#define OPF_SUPER    (1u << 12)  /* superinstruction: runs itself and the next code unit (see below) */

#define OPF_JUMP (OPF_JFWD | OPF_JBACK)

#define OPCODE_LIST(OP) \
    /* ---- stack and misc ---- */ \
    OP(CACHE,                 0, 0, 0, 0, CACHE) \
    OP(NOP,                   0, 0, 0, 0, NOP) \
    OP(RESUME,                0, OPF_ARG, 0, 0, RESUME)            /* arg 0: function start, 1: after yield */ \
    OP(POP_TOP,               0, 0, -1, -1, POP_TOP) \
    OP(PUSH_NULL,             0, 0, 1, 1, PUSH_NULL) \
    OP(COPY,                  0, OPF_ARG, 1, 1, COPY)              /* push stack[-oparg] (1 = top) */ \
    OP(SWAP,                  0, OPF_ARG, 0, 0, SWAP)              /* swap top with stack[-oparg] */ \
    OP(EXTENDED_ARG,          0, OPF_ARG, 0, 0, EXTENDED_ARG) \
    /* ---- operators ---- */ \
    OP(UNARY_POSITIVE,        0, OPF_ESCAPES, 0, 0, UNARY_POSITIVE) \
    OP(UNARY_NEGATIVE,        0, OPF_ESCAPES, 0, 0, UNARY_NEGATIVE) \
    OP(UNARY_NOT,             0, OPF_ESCAPES, 0, 0, UNARY_NOT) \
    OP(UNARY_INVERT,          0, OPF_ESCAPES, 0, 0, UNARY_INVERT) \
    OP(BINARY_OP,             1, OPF_ARG|OPF_BINOP|OPF_ESCAPES, -1, -1, BINARY_OP) \
    OP(COMPARE_OP,            1, OPF_ARG|OPF_COMPARE|OPF_ESCAPES, -1, -1, COMPARE_OP) \
    OP(IS_OP,                 0, OPF_ARG, -1, -1, IS_OP)           /* arg 1: is not */ \
    OP(CONTAINS_OP,           1, OPF_ARG|OPF_ESCAPES, -1, -1, CONTAINS_OP) /* arg 1: not in */ \
    OP(BINARY_SUBSCR,         1, OPF_ESCAPES, -1, -1, BINARY_SUBSCR) \
    OP(STORE_SUBSCR,          1, OPF_ESCAPES, -3, -3, STORE_SUBSCR) /* stack: value, container, key */ \
    OP(DELETE_SUBSCR,         0, OPF_ESCAPES, -2, -2, DELETE_SUBSCR) \
    OP(BUILD_SLICE,           0, OPF_ARG, 1 - (oparg), 1 - (oparg), BUILD_SLICE) /* oparg 2 or 3 */ \
    /* ---- names ---- */ \
    OP(LOAD_CONST,            0, OPF_ARG|OPF_CONST, 1, 1, LOAD_CONST) \
    OP(LOAD_FAST,             0, OPF_ARG|OPF_LOCAL|OPF_ESCAPES, 1, 1, LOAD_FAST) /* UnboundLocalError if unset */ \
    OP(STORE_FAST,            0, OPF_ARG|OPF_LOCAL, -1, -1, STORE_FAST) \
    OP(DELETE_FAST,           0, OPF_ARG|OPF_LOCAL|OPF_ESCAPES, 0, 0, DELETE_FAST) \
    OP(LOAD_NAME,             0, OPF_ARG|OPF_NAME|OPF_ESCAPES, 1, 1, LOAD_NAME) \
    OP(STORE_NAME,            0, OPF_ARG|OPF_NAME|OPF_ESCAPES, -1, -1, STORE_NAME) \
    OP(DELETE_NAME,           0, OPF_ARG|OPF_NAME|OPF_ESCAPES, 0, 0, DELETE_NAME) \
    OP(LOAD_GLOBAL,           5, OPF_ARG|OPF_GLOBAL|OPF_ESCAPES, 1 + ((oparg) & 1), 1 + ((oparg) & 1), LOAD_GLOBAL) \
    OP(STORE_GLOBAL,          0, OPF_ARG|OPF_NAME|OPF_ESCAPES, -1, -1, STORE_GLOBAL) \
    OP(DELETE_GLOBAL,         0, OPF_ARG|OPF_NAME|OPF_ESCAPES, 0, 0, DELETE_GLOBAL) \
    OP(MAKE_CELL,             0, OPF_ARG|OPF_FREE, 0, 0, MAKE_CELL)  /* wrap localsplus[oparg] in a new cell */ \
    OP(COPY_FREE_VARS,        0, OPF_ARG, 0, 0, COPY_FREE_VARS)      /* copy oparg closure cells into the last slots */ \
    OP(LOAD_CLOSURE,          0, OPF_ARG|OPF_FREE, 1, 1, LOAD_CLOSURE) /* push the cell itself */ \
    OP(LOAD_DEREF,            0, OPF_ARG|OPF_FREE|OPF_ESCAPES, 1, 1, LOAD_DEREF) \
    OP(LOAD_CLASSDEREF,       0, OPF_ARG|OPF_FREE|OPF_ESCAPES, 1, 1, LOAD_CLASSDEREF) \
    OP(STORE_DEREF,           0, OPF_ARG|OPF_FREE, -1, -1, STORE_DEREF) \
    OP(DELETE_DEREF,          0, OPF_ARG|OPF_FREE|OPF_ESCAPES, 0, 0, DELETE_DEREF) \
    /* ---- attributes ---- */ \
    OP(LOAD_ATTR,             8, OPF_ARG|OPF_NAME|OPF_ESCAPES, 0, 0, LOAD_ATTR) \
    OP(STORE_ATTR,            4, OPF_ARG|OPF_NAME|OPF_ESCAPES, -2, -2, STORE_ATTR) /* stack: value, owner */ \
    OP(DELETE_ATTR,           0, OPF_ARG|OPF_NAME|OPF_ESCAPES, -1, -1, DELETE_ATTR) \
    OP(LOAD_METHOD,           8, OPF_ARG|OPF_NAME|OPF_ESCAPES, 1, 1, LOAD_METHOD) /* owner -> [meth, owner] or [NULL, attr] */ \
    /* ---- building ---- */ \
    OP(BUILD_TUPLE,           0, OPF_ARG, 1 - (oparg), 1 - (oparg), BUILD_TUPLE) \
    OP(BUILD_LIST,            0, OPF_ARG, 1 - (oparg), 1 - (oparg), BUILD_LIST) \
    OP(BUILD_SET,             0, OPF_ARG|OPF_ESCAPES, 1 - (oparg), 1 - (oparg), BUILD_SET) \
    OP(BUILD_MAP,             0, OPF_ARG|OPF_ESCAPES, 1 - 2 * (oparg), 1 - 2 * (oparg), BUILD_MAP) \
    OP(BUILD_CONST_KEY_MAP,   0, OPF_ARG|OPF_ESCAPES, -(oparg), -(oparg), BUILD_CONST_KEY_MAP) /* values..., keys tuple */ \
    OP(BUILD_STRING,          0, OPF_ARG, 1 - (oparg), 1 - (oparg), BUILD_STRING) \
    OP(LIST_APPEND,           0, OPF_ARG, -1, -1, LIST_APPEND)       /* list at stack[-oparg-1] after pop */ \
    OP(SET_ADD,               0, OPF_ARG|OPF_ESCAPES, -1, -1, SET_ADD) \
    OP(MAP_ADD,               0, OPF_ARG|OPF_ESCAPES, -2, -2, MAP_ADD) \
    OP(LIST_EXTEND,           0, OPF_ARG|OPF_ESCAPES, -1, -1, LIST_EXTEND) \
    OP(SET_UPDATE,            0, OPF_ARG|OPF_ESCAPES, -1, -1, SET_UPDATE) \
    OP(DICT_UPDATE,           0, OPF_ARG|OPF_ESCAPES, -1, -1, DICT_UPDATE) \
    OP(DICT_MERGE,            0, OPF_ARG|OPF_ESCAPES, -1, -1, DICT_MERGE) /* ** in calls: duplicate keys are errors */ \
    OP(LIST_TO_TUPLE,         0, 0, 0, 0, LIST_TO_TUPLE) \
    OP(UNPACK_SEQUENCE,       1, OPF_ARG|OPF_ESCAPES, (oparg) - 1, (oparg) - 1, UNPACK_SEQUENCE) /* first item ends on top */ \
    OP(UNPACK_EX,             0, OPF_ARG|OPF_ESCAPES, ((oparg) & 0xFF) + ((oparg) >> 8), ((oparg) & 0xFF) + ((oparg) >> 8), UNPACK_EX) \
    OP(FORMAT_VALUE,          0, OPF_ARG|OPF_ESCAPES, -(((oparg) & 4) >> 2), -(((oparg) & 4) >> 2), FORMAT_VALUE) /* &3: conversion (1 s, 2 r, 3 a); &4: spec on stack */ \
    /* ---- control flow ---- */ \
    OP(JUMP_FORWARD,          0, OPF_ARG|OPF_JFWD|OPF_TERMINAL, 0, 0, JUMP_FORWARD) \
    OP(JUMP_BACKWARD,         0, OPF_ARG|OPF_JBACK|OPF_TERMINAL|OPF_ESCAPES, 0, 0, JUMP_BACKWARD) /* counts back-edges */ \
    OP(JUMP_BACKWARD_NO_INTERRUPT, 0, OPF_ARG|OPF_JBACK|OPF_TERMINAL, 0, 0, JUMP_BACKWARD_NO_INTERRUPT) \
    OP(POP_JUMP_IF_FALSE,     0, OPF_ARG|OPF_JFWD|OPF_ESCAPES, -1, -1, POP_JUMP_IF_FALSE) \
    OP(POP_JUMP_IF_TRUE,      0, OPF_ARG|OPF_JFWD|OPF_ESCAPES, -1, -1, POP_JUMP_IF_TRUE) \
    OP(POP_JUMP_IF_NONE,      0, OPF_ARG|OPF_JFWD, -1, -1, POP_JUMP_IF_NONE) \
    OP(POP_JUMP_IF_NOT_NONE,  0, OPF_ARG|OPF_JFWD, -1, -1, POP_JUMP_IF_NOT_NONE) \
    OP(JUMP_IF_FALSE_OR_POP,  0, OPF_ARG|OPF_JFWD|OPF_ESCAPES, -1, 0, JUMP_IF_FALSE_OR_POP) \
    OP(JUMP_IF_TRUE_OR_POP,   0, OPF_ARG|OPF_JFWD|OPF_ESCAPES, -1, 0, JUMP_IF_TRUE_OR_POP) \
    OP(GET_ITER,              0, OPF_ESCAPES, 0, 0, GET_ITER) \
    OP(FOR_ITER,              1, OPF_ARG|OPF_JFWD|OPF_ESCAPES, 1, -1, FOR_ITER) /* exhausted: pop iterator, jump */ \
    OP(RETURN_VALUE,          0, OPF_TERMINAL, -1, -1, RETURN_VALUE) \
    /* ---- calls and functions ---- */ \
    OP(KW_NAMES,              0, OPF_ARG|OPF_CONST, 0, 0, KW_NAMES) \
    OP(CALL,                  1, OPF_ARG|OPF_ESCAPES, -(oparg) - 1, -(oparg) - 1, CALL) \
    OP(CALL_FUNCTION_EX,      0, OPF_ARG|OPF_ESCAPES, -2 - ((oparg) & 1), -2 - ((oparg) & 1), CALL_FUNCTION_EX) /* [NULL, f, args tuple, kwargs dict if oparg&1] */ \
    OP(MAKE_FUNCTION,         0, OPF_ARG, -__builtin_popcount((oparg) & 0xF), -__builtin_popcount((oparg) & 0xF), MAKE_FUNCTION) /* pops closure(8) annotations(4) kwdefaults(2) defaults(1) under the code object */ \
    OP(LOAD_BUILD_CLASS,      0, 0, 1, 1, LOAD_BUILD_CLASS) \
    OP(SETUP_ANNOTATIONS,     0, OPF_ESCAPES, 0, 0, SETUP_ANNOTATIONS) \
    /* ---- generators ---- */ \
    OP(RETURN_GENERATOR,      0, 0, 0, 0, RETURN_GENERATOR) \
    OP(YIELD_VALUE,           0, 0, 0, 0, YIELD_VALUE) \
    OP(ASYNC_GEN_WRAP,        0, 0, 0, 0, ASYNC_GEN_WRAP)  /* [v] -> [v wrapped]: the item a `yield` in an async generator yields */ \
    OP(GET_YIELD_FROM_ITER,   0, OPF_ESCAPES, 0, 0, GET_YIELD_FROM_ITER) \
    OP(SEND,                  0, OPF_ARG|OPF_JFWD|OPF_ESCAPES, 0, -1, SEND) /* [recv, v] -> [recv, yielded]; done: [result], jump */ \
    OP(GET_AWAITABLE,         0, OPF_ESCAPES, 0, 0, GET_AWAITABLE)   /* [x] -> [coroutine or x.__await__()] */ \
    OP(GET_AITER,             0, OPF_ESCAPES, 0, 0, GET_AITER)       /* [x] -> [x.__aiter__()] */ \
    OP(GET_ANEXT,             0, OPF_ESCAPES, 1, 1, GET_ANEXT)       /* [ait] -> [ait, awaitable of ait.__anext__()] */ \
    OP(END_ASYNC_FOR,         0, OPF_ESCAPES, -2, -2, END_ASYNC_FOR) /* [ait, exc]: StopAsyncIteration pops both, else re-raised */ \
    OP(BEFORE_ASYNC_WITH,     0, OPF_ESCAPES, 1, 1, BEFORE_ASYNC_WITH) /* [mgr] -> [bound __aexit__, mgr.__aenter__()] */ \
    /* ---- exceptions ---- */ \
    OP(RAISE_VARARGS,         0, OPF_ARG|OPF_TERMINAL|OPF_ESCAPES, -(oparg), -(oparg), RAISE_VARARGS) \
    OP(RERAISE,               0, OPF_ARG|OPF_TERMINAL|OPF_ESCAPES, -1, -1, RERAISE) \
    OP(PUSH_EXC_INFO,         0, 0, 1, 1, PUSH_EXC_INFO) \
    OP(POP_EXCEPT,            0, 0, -1, -1, POP_EXCEPT) \
    OP(CHECK_EXC_MATCH,       0, OPF_ESCAPES, 0, 0, CHECK_EXC_MATCH) \
    OP(CHECK_EG_MATCH,        0, OPF_ESCAPES, 0, 0, CHECK_EG_MATCH)   /* except*: [exc, type] -> [exc, None] or [rest, match] */ \
    OP(PREP_RERAISE_STAR,     0, OPF_ESCAPES, -1, -1, PREP_RERAISE_STAR) /* [orig, list] -> [exception to raise or None] */ \
    OP(LOAD_ASSERTION_ERROR,  0, 0, 1, 1, LOAD_ASSERTION_ERROR) \
    OP(BEFORE_WITH,           0, OPF_ESCAPES, 1, 1, BEFORE_WITH) \
    OP(WITH_EXCEPT_START,     0, OPF_ESCAPES, 1, 1, WITH_EXCEPT_START) \
    /* ---- modules ---- */ \
    OP(IMPORT_NAME,           0, OPF_ARG|OPF_NAME|OPF_ESCAPES, -1, -1, IMPORT_NAME) /* [level, fromlist] -> module */ \
    OP(IMPORT_FROM,           0, OPF_ARG|OPF_NAME|OPF_ESCAPES, 1, 1, IMPORT_FROM) \
    OP(IMPORT_STAR,           0, OPF_ESCAPES, -1, -1, IMPORT_STAR) \
    OP(PRINT_EXPR,            0, OPF_ESCAPES, -1, -1, PRINT_EXPR) \
    /* ---- pattern matching (match statement, CPython 3.11's opcodes) ---- */ \
    OP(GET_LEN,               0, OPF_ESCAPES, 1, 1, GET_LEN)          /* [obj] -> [obj, len(obj)] */ \
    OP(MATCH_MAPPING,         0, 0, 1, 1, MATCH_MAPPING)              /* [subj] -> [subj, is a mapping] */ \
    OP(MATCH_SEQUENCE,        0, 0, 1, 1, MATCH_SEQUENCE)             /* [subj] -> [subj, is a sequence] */ \
    OP(MATCH_KEYS,            0, OPF_ESCAPES, 1, 1, MATCH_KEYS)       /* [subj, keys] -> [subj, keys, values tuple or None] */ \
    OP(MATCH_CLASS,           0, OPF_ARG|OPF_ESCAPES, -2, -2, MATCH_CLASS) /* [subj, cls, kw names] -> [attrs tuple or None]; oparg: positional count */ \
    /* ---- specialised forms (vm/specialize.c rewrites the generic into these; \
     *      each has its family's cache size; see specialize.h for the layouts) ---- */ \
    OP(BINARY_OP_ADD_INT,        1, OPF_ARG|OPF_BINOP, -1, -1, BINARY_OP) \
    OP(BINARY_OP_SUBTRACT_INT,   1, OPF_ARG|OPF_BINOP, -1, -1, BINARY_OP) \
    OP(BINARY_OP_MULTIPLY_INT,   1, OPF_ARG|OPF_BINOP, -1, -1, BINARY_OP) \
    OP(BINARY_OP_FLOOR_DIVIDE_INT, 1, OPF_ARG|OPF_BINOP, -1, -1, BINARY_OP) \
    OP(BINARY_OP_REMAINDER_INT,  1, OPF_ARG|OPF_BINOP, -1, -1, BINARY_OP) \
    OP(BINARY_OP_ADD_FLOAT,      1, OPF_ARG|OPF_BINOP, -1, -1, BINARY_OP) \
    OP(BINARY_OP_SUBTRACT_FLOAT, 1, OPF_ARG|OPF_BINOP, -1, -1, BINARY_OP) \
    OP(BINARY_OP_MULTIPLY_FLOAT, 1, OPF_ARG|OPF_BINOP, -1, -1, BINARY_OP) \
    OP(BINARY_OP_TRUE_DIVIDE_FLOAT, 1, OPF_ARG|OPF_BINOP, -1, -1, BINARY_OP) \
    OP(COMPARE_OP_INT,           1, OPF_ARG|OPF_COMPARE, -1, -1, COMPARE_OP) \
    OP(COMPARE_OP_FLOAT,         1, OPF_ARG|OPF_COMPARE, -1, -1, COMPARE_OP) \
    OP(COMPARE_OP_STR,           1, OPF_ARG|OPF_COMPARE, -1, -1, COMPARE_OP) \
    OP(CONTAINS_OP_DICT,         1, OPF_ARG|OPF_ESCAPES, -1, -1, CONTAINS_OP) \
    OP(CONTAINS_OP_SET,          1, OPF_ARG|OPF_ESCAPES, -1, -1, CONTAINS_OP) \
    OP(BINARY_SUBSCR_LIST_INT,   1, 0, -1, -1, BINARY_SUBSCR) \
    OP(BINARY_SUBSCR_TUPLE_INT,  1, 0, -1, -1, BINARY_SUBSCR) \
    OP(BINARY_SUBSCR_DICT,       1, OPF_ESCAPES, -1, -1, BINARY_SUBSCR) \
    OP(STORE_SUBSCR_LIST_INT,    1, 0, -3, -3, STORE_SUBSCR) \
    OP(STORE_SUBSCR_DICT,        1, OPF_ESCAPES, -3, -3, STORE_SUBSCR) \
    OP(LOAD_GLOBAL_MODULE,       5, OPF_ARG|OPF_GLOBAL, 1 + ((oparg) & 1), 1 + ((oparg) & 1), LOAD_GLOBAL) \
    OP(LOAD_GLOBAL_BUILTIN,      5, OPF_ARG|OPF_GLOBAL, 1 + ((oparg) & 1), 1 + ((oparg) & 1), LOAD_GLOBAL) \
    OP(LOAD_ATTR_INSTANCE_VALUE, 8, OPF_ARG|OPF_NAME, 0, 0, LOAD_ATTR) \
    OP(LOAD_ATTR_MODULE,         8, OPF_ARG|OPF_NAME, 0, 0, LOAD_ATTR) \
    OP(LOAD_ATTR_INSTANCE_SHAPE, 8, OPF_ARG|OPF_NAME, 0, 0, LOAD_ATTR) \
    OP(STORE_ATTR_SHAPE,         4, OPF_ARG|OPF_NAME|OPF_ESCAPES, -2, -2, STORE_ATTR) \
    OP(LOAD_ATTR_CLASS,          8, OPF_ARG|OPF_NAME, 0, 0, LOAD_ATTR) \
    OP(LOAD_ATTR_PROPERTY,       8, OPF_ARG|OPF_NAME|OPF_ESCAPES, 0, 0, LOAD_ATTR) \
    OP(STORE_ATTR_INSTANCE_VALUE, 4, OPF_ARG|OPF_NAME|OPF_ESCAPES, -2, -2, STORE_ATTR) \
    OP(LOAD_METHOD_WITH_DICT,    8, OPF_ARG|OPF_NAME, 1, 1, LOAD_METHOD) \
    OP(LOAD_METHOD_NO_DICT,      8, OPF_ARG|OPF_NAME, 1, 1, LOAD_METHOD) \
    OP(LOAD_METHOD_MODULE,       8, OPF_ARG|OPF_NAME, 1, 1, LOAD_METHOD) \
    OP(CALL_PY_EXACT_ARGS,       1, OPF_ARG|OPF_ESCAPES, -(oparg) - 1, -(oparg) - 1, CALL) \
    OP(CALL_BOUND_METHOD_EXACT_ARGS, 1, OPF_ARG|OPF_ESCAPES, -(oparg) - 1, -(oparg) - 1, CALL) \
    OP(CALL_BUILTIN,             1, OPF_ARG|OPF_ESCAPES, -(oparg) - 1, -(oparg) - 1, CALL) \
    OP(CALL_METHOD_DESCR,        1, OPF_ARG|OPF_ESCAPES, -(oparg) - 1, -(oparg) - 1, CALL) \
    OP(CALL_TYPE_1,              1, OPF_ARG, -(oparg) - 1, -(oparg) - 1, CALL) \
    OP(CALL_ALLOC_AND_ENTER_INIT, 1, OPF_ARG|OPF_ESCAPES, -(oparg) - 1, -(oparg) - 1, CALL) \
    OP(CALL_BUILTIN_CLASS,       1, OPF_ARG|OPF_ESCAPES, -(oparg) - 1, -(oparg) - 1, CALL) \
    OP(CALL_ISINSTANCE,          1, OPF_ARG|OPF_ESCAPES, -(oparg) - 1, -(oparg) - 1, CALL) \
    OP(FOR_ITER_RANGE,           1, OPF_ARG|OPF_JFWD, 1, -1, FOR_ITER) \
    OP(FOR_ITER_LIST,            1, OPF_ARG|OPF_JFWD, 1, -1, FOR_ITER) \
    OP(FOR_ITER_TUPLE,           1, OPF_ARG|OPF_JFWD, 1, -1, FOR_ITER) \
    OP(FOR_ITER_GEN,             1, OPF_ARG|OPF_JFWD|OPF_ESCAPES, 1, -1, FOR_ITER) \
    OP(UNPACK_SEQUENCE_TWO_TUPLE, 1, OPF_ARG, (oparg) - 1, (oparg) - 1, UNPACK_SEQUENCE) \
    OP(UNPACK_SEQUENCE_TUPLE,    1, OPF_ARG, (oparg) - 1, (oparg) - 1, UNPACK_SEQUENCE) \
    OP(UNPACK_SEQUENCE_LIST,     1, OPF_ARG, (oparg) - 1, (oparg) - 1, UNPACK_SEQUENCE) \
    OP(LOAD_ATTR_SLOT,           8, OPF_ARG|OPF_NAME, 0, 0, LOAD_ATTR) \
    OP(STORE_ATTR_SLOT,          4, OPF_ARG|OPF_NAME|OPF_ESCAPES, -2, -2, STORE_ATTR) \
    OP(LOAD_ATTR_SHAPE_POLY,     8, OPF_ARG|OPF_NAME, 0, 0, LOAD_ATTR) \
    OP(STORE_ATTR_SHAPE_POLY,    4, OPF_ARG|OPF_NAME|OPF_ESCAPES, -2, -2, STORE_ATTR) \
    OP(LOAD_METHOD_POLY,         8, OPF_ARG|OPF_NAME, 1, 1, LOAD_METHOD) \
    OP(CALL_PY_WITH_DEFAULTS,    1, OPF_ARG|OPF_ESCAPES, -(oparg) - 1, -(oparg) - 1, CALL) \
    OP(CALL_LEN,                 1, OPF_ARG|OPF_ESCAPES, -(oparg) - 1, -(oparg) - 1, CALL) /* [NULL, len, x] */ \
    OP(CALL_LIST_APPEND,         1, OPF_ARG|OPF_ESCAPES, -(oparg) - 1, -(oparg) - 1, CALL) /* [list.append, exact list, x] */ \
    OP(CALL_SET_ADD,             1, OPF_ARG|OPF_ESCAPES, -(oparg) - 1, -(oparg) - 1, CALL) /* [set.add, exact set, x] */ \
    OP(FOR_ITER_ENUMERATE,       1, OPF_ARG|OPF_JFWD|OPF_ESCAPES, 1, -1, FOR_ITER) /* exact enumerate; a following UNPACK_SEQUENCE 2 is done here, no tuple */ \
    OP(CALL_GEN_SEND,            1, OPF_ARG|OPF_ESCAPES, -(oparg) - 1, -(oparg) - 1, CALL) /* [generator.send, exact generator, v]: runs the frame inline */ \
    OP(BINARY_OP_POWER_FLOAT,    1, OPF_ARG|OPF_BINOP, -1, -1, BINARY_OP) /* float ** float|int, finite positive base, finite result */ \
    OP(BINARY_OP_INT,            1, OPF_ARG|OPF_BINOP|OPF_ESCAPES, -1, -1, BINARY_OP) /* exact int (small or big) + - * // % & | ^ << >>: int.c's int_* directly, no slot dispatch */ \
    OP(BINARY_OP_ADD_STR,        1, OPF_ARG|OPF_BINOP, -1, -1, BINARY_OP) /* exact str + exact str (also +=): str_concat, no slot dispatch; the generic form's in-place append when l's only other reference is the local it is stored back to */ \
    OP(BINARY_OP_ADD_LIST,       1, OPF_ARG|OPF_BINOP, -1, -1, BINARY_OP) /* exact list + exact list (not +=, which extends): a new list, no slot dispatch */ \
    /* ---- superinstructions (OPF_SUPER): written by spec_quicken when a code \
     *      object is created with specialisation on, never by the compiler. \
     *      The first instruction of an adjacent pair is rewritten; the second \
     *      stays in place (jumps to it, deopts and the traced loop run it \
     *      alone). The superinstruction does the first instruction's work \
     *      with its own oparg, then the second's with the oparg of the next \
     *      code unit (never an EXTENDED_ARG), and skips that unit. Flags and \
     *      stack effects are the first instruction's: everything but the \
     *      normal loop (traced loop, JIT translator, co_code, --dis) treats \
     *      it as its family, the first instruction. ---- */ \
    OP(LOAD_FAST__LOAD_FAST,     0, OPF_ARG|OPF_LOCAL|OPF_ESCAPES|OPF_SUPER, 1, 1, LOAD_FAST) \
    OP(LOAD_FAST__LOAD_CONST,    0, OPF_ARG|OPF_LOCAL|OPF_ESCAPES|OPF_SUPER, 1, 1, LOAD_FAST) \
    OP(STORE_FAST__LOAD_FAST,    0, OPF_ARG|OPF_LOCAL|OPF_SUPER, -1, -1, STORE_FAST) \
    OP(STORE_FAST__STORE_FAST,   0, OPF_ARG|OPF_LOCAL|OPF_SUPER, -1, -1, STORE_FAST) \
    OP(LOAD_CONST__LOAD_FAST,    0, OPF_ARG|OPF_CONST|OPF_SUPER, 1, 1, LOAD_CONST) \
    /* the second of these is entered by a direct jump to its handler */ \
    OP(STORE_FAST__JUMP_BACKWARD, 0, OPF_ARG|OPF_LOCAL|OPF_SUPER, -1, -1, STORE_FAST) \
    OP(POP_TOP__JUMP_BACKWARD,   0, OPF_SUPER, -1, -1, POP_TOP) \
    OP(LOAD_CONST__RETURN_VALUE, 0, OPF_ARG|OPF_CONST|OPF_SUPER, 1, 1, LOAD_CONST) \
    OP(LOAD_FAST__RETURN_VALUE,  0, OPF_ARG|OPF_LOCAL|OPF_ESCAPES|OPF_SUPER, 1, 1, LOAD_FAST) \
    /* x[i] op= v's COPY 2; COPY 2 and SWAP 3; SWAP 2 (each with its own oparg) */ \
    OP(COPY__COPY,               0, OPF_ARG|OPF_SUPER, 1, 1, COPY) \
    OP(SWAP__SWAP,               0, OPF_ARG|OPF_SUPER, 0, 0, SWAP) \
    /* x.attr: LOAD_FAST, then, when the LOAD_ATTR after it is in its \
     * INSTANCE_SHAPE, SLOT or SHAPE_POLY form and that form's guard \
     * passes, its load with x borrowed from the local (no reference taken \
     * and dropped), skipping it; otherwise LOAD_FAST alone (the LOAD_ATTR \
     * runs next in whatever form it has, and counts its own misses) */ \
    OP(LOAD_FAST__LOAD_ATTR,     0, OPF_ARG|OPF_LOCAL|OPF_ESCAPES|OPF_SUPER, 1, 1, LOAD_FAST) \
    /* x.m(: the same with a LOAD_METHOD in its NO_DICT or WITH_DICT form */ \
    OP(LOAD_FAST__LOAD_METHOD,   0, OPF_ARG|OPF_LOCAL|OPF_ESCAPES|OPF_SUPER, 1, 1, LOAD_FAST)

typedef enum {
#define OP_ENUM(name, cache, flags, effect, jeffect, family) OP_##name,
    OPCODE_LIST(OP_ENUM)
#undef OP_ENUM
    OP__COUNT
} Opcode;

_Static_assert(OP__COUNT <= 256, "opcodes must fit in 8 bits");

typedef struct OpcodeInfo {
    const char *name;
    unsigned char cache;
    unsigned short flags;
    unsigned char family;      /* Opcode of the generic form */
} OpcodeInfo;

/* Indexed by opcode; defined in vm/opcodes.c from OPCODE_LIST. */
extern const OpcodeInfo opcode_info[256];

/* op itself, or for a superinstruction its family (the first instruction
 * of the pair): what every reader of the code but the normal loop sees. */
static inline int opcode_unsuper(int op) {
    return (opcode_info[op].flags & OPF_SUPER) ? opcode_info[op].family : op;
}

/* Net stack effect of (op, oparg), falling through or jumping. */
static inline int opcode_stack_effect(int op, int oparg, int jump) {
    switch (op) {
#define OP_EFFECT(name, cache, flags, effect, jeffect, family) \
    case OP_##name: return jump ? (jeffect) : (effect);
        OPCODE_LIST(OP_EFFECT)
#undef OP_EFFECT
    default: return 0;
    }
}

#endif

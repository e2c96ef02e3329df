/* uops.h: the one micro-op table of tier 2.
 *
 * The translator (translate.c) turns a hot code object's specialised
 * bytecode, with its inline-cache contents, into these uops; the optimiser
 * (optimize.c) rewrites them; a backend (backend.h) lowers them to machine
 * code. Nothing else lists uops: the IR dumper, the optimiser's tables and
 * the backends expand UOP_LIST.
 *
 * Operands (fields of JitUop, ir.h):
 *   dst, a, b   operand-stack slots (0 = the bottom of the operand stack,
 *               i.e. frame->localsplus[nlocalsplus + slot]); -1 if unused
 *   oparg       the bytecode's oparg or a small uop-specific integer
 *   op1, op2    64-bit constants captured at translation (a Value, a
 *               pointer to a frozen copy of an inline cache, a type, ...)
 *   target      the block a branch goes to
 *   n_in, n_out helper uops only: see HELPER below
 *
 * Fast locals are not slots: LOAD_LOCAL / STORE_LOCAL / CHECK_BOUND name
 * them by oparg and they live in the frame itself (frame->localsplus), so
 * the frame always holds the current locals (for locals(), super(),
 * tracebacks and the cycle collector) and a backend only keeps operand-stack
 * slots in registers.
 *
 * Reference counting is explicit: every uop says what it consumes and
 * produces, exactly as the bytecode does. The optimiser removes INCREF and
 * DECREF of slots it knows hold an inline value (int, float, bool, None).
 *
 * Two kinds:
 *
 * INLINE  the backend emits the operation itself (the definitions below).
 *
 * HELPER  the backend calls a C function of the VM (jit/helpers.c),
 *           int helper(Frame *f, Value *io, int64_t oparg, uint64_t op1, uint64_t op2)
 *         with io = &f->localsplus[nlocalsplus + a]. Before the call the
 *         backend stores slots [a, a + n_in) to io[0..n_in) and stores
 *         f->prev_instr = code + bc_offset (for tracebacks and f_lineno).
 *         The helper returns
 *           0   done: its outputs are in io[0..n_out); the backend loads
 *               them into slots [a, a + n_out)
 *           2   done, the alternative outcome (UF_BRANCH helpers only, e.g.
 *               FOR_ITER exhausted): outputs io[0..n_out_alt), then the
 *               backend jumps to target
 *           1   not done (the C stack is too deep to call; a specialised
 *               form whose guard fails runs its family's generic helper
 *               instead, as the interpreter does): nothing was consumed;
 *               the backend takes the uop's deopt exit. Only uops with
 *               UF_DEOPT return 1
 *          -1   an exception is set and the inputs were consumed (no
 *               outputs): the backend takes the uop's error exit.
 *               Exception: inputs the instruction leaves in place (as the
 *               interpreter does) stay live in io and are written back by
 *               the error exit (its depth counts them): LIST_APPEND,
 *               SET_ADD, MAP_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE keep
 *               io[0..oparg); DICT_MERGE keeps io[0..oparg+2); TO_BOOL,
 *               GET_LEN, IMPORT_FROM, FOR_ITER (all forms) keep io[0]
 *         A helper with op1 != 0 and a name ending in a specialised form
 *         reads op1 as `const CodeUnit *`: a frozen copy of the
 *         instruction's code unit and inline cache, laid out as in
 *         specialize.h, made at translation and kept as long as the code.
 *
 * UOP(name, kind, flags)
 */
#ifndef COIL_JIT_UOPS_H
#define COIL_JIT_UOPS_H

#define UK_INLINE 0
#define UK_HELPER 1

#define UF_DEOPT    (1u << 0)   /* may take its deopt exit */
#define UF_ERROR    (1u << 1)   /* may take its error exit */
#define UF_BRANCH   (1u << 2)   /* may jump to target (ends its block) */
#define UF_TERMINAL (1u << 3)   /* never falls through (ends its block) */
#define UF_GUARD    (1u << 4)   /* a pure type test: removable when proven */
#define UF_ESCAPES  (1u << 5)   /* may run arbitrary Python code */
#define UF_COND     (1u << 6)   /* a branch on a value of the program (if, while, and/or): the cost model takes it half the time */

#define UOP_LIST(UOP) \
    /* ---- inline: slots, locals, constants ---- */ \
    UOP(NOP,            UK_INLINE, 0) \
    UOP(LOAD_LOCAL,     UK_INLINE, 0)           /* dst = localsplus[oparg] (borrowed: no incref) */ \
    UOP(STORE_LOCAL,    UK_INLINE, 0)           /* old = localsplus[oparg]; localsplus[oparg] = a (stolen); DECREF(old) unless UOPI_OLD_INLINE; the decref may run __del__ */ \
    UOP(CHECK_BOUND,    UK_INLINE, UF_ERROR)    /* localsplus[oparg] == V_NULL: UnboundLocalError (runtime.raise_unbound), error exit */ \
    UOP(COPY,           UK_INLINE, 0)           /* dst = a (no refcount change) */ \
    UOP(LOAD_CONST,     UK_INLINE, 0)           /* dst = op1 (a Value; no incref: add INCREF if needed) */ \
    UOP(INCREF,         UK_INLINE, 0)           /* incref a if it is a pointer */ \
    UOP(DECREF,         UK_INLINE, 0)           /* decref a if it is a pointer (dealloc at 0: runtime.dealloc, which may run __del__, i.e. any Python code: the optimiser keeps no heap fact across it) */ \
    /* ---- inline: guards (deopt exit when the test fails) ---- */ \
    UOP(GUARD_INT,      UK_INLINE, UF_DEOPT|UF_GUARD)   /* a is a small int */ \
    UOP(GUARD_FLOAT,    UK_INLINE, UF_DEOPT|UF_GUARD)   /* a is a float */ \
    UOP(GUARD_NUM,      UK_INLINE, UF_DEOPT|UF_GUARD)   /* a is a float or a small int */ \
    UOP(GUARD_TYPE,     UK_INLINE, UF_DEOPT|UF_GUARD)   /* a is a pointer to an object whose type is op1 (TypeObject *) */ \
    /* ---- inline: raw memory (no Python semantics: the translator proves what they mean) ---- */ \
    UOP(GUARD_FRAME_WORD, UK_INLINE, UF_DEOPT)  /* deopt unless the 64-bit word at byte offset oparg of the frame == op1 */ \
    UOP(GUARD_MEM_EQ,   UK_INLINE, UF_DEOPT)    /* deopt unless *(uint64_t *)op1 == op2 */ \
    UOP(LOAD_MEM,       UK_INLINE, 0)           /* dst = *(uint64_t *)op1 (no incref: add INCREF if needed) */ \
    UOP(COUNT_COLD,     UK_INLINE, UF_DEOPT)    /* before the helper of a site that had never run when translated (UOPI_COLD): *(uint64_t *)op1 += 1 (a counter the translator keeps with the code); when it becomes == op2, deopt (the exit's instruction runs in the interpreter, which specialises it; jit.c then recompiles the function from the warmed caches, a capped number of times). Nothing consumed */ \
    /* object fields: ptr(a) = a & payload mask (a Value holding a pointer, or a raw */ \
    /* address from LOAD_FIELD); offsets are offsetof() the translator computes; */ \
    /* "raw" slots hold plain int64s, never read as Values (only by the uops below) */ \
    UOP(LOAD_FIELD,     UK_INLINE, 0)           /* dst = *(uint64_t *)(ptr(a) + oparg) (raw; no incref) */ \
    UOP(STORE_FIELD,    UK_INLINE, 0)           /* *(uint64_t *)(ptr(a) + oparg) = b (raw; no refcounting) */ \
    UOP(LOAD_ITEM,      UK_INLINE, 0)           /* dst = ((uint64_t *)(ptr(a) + oparg))[b] (b raw; no incref) */ \
    UOP(GUARD_FIELD_U8, UK_INLINE, UF_DEOPT)    /* deopt unless *(uint8_t *)(ptr(a) + oparg) == op1 */ \
    UOP(RAW_ADD,        UK_INLINE, 0)           /* dst = a + b (raw int64, wrapping); b == -1: a + (int64_t)op1 */ \
    UOP(RAW_ADD_IF_NEG, UK_INLINE, 0)           /* dst = a < 0 ? a + b : a (raw int64) */ \
    UOP(GUARD_RAW_ULT,  UK_INLINE, UF_DEOPT)    /* deopt unless (uint64_t)a < (uint64_t)b (raw) */ \
    UOP(BRANCH_RAW_GT,  UK_INLINE, UF_BRANCH)   /* jump if (int64_t)a > (int64_t)op1 (raw) */ \
    UOP(BRANCH_RAW_LT,  UK_INLINE, UF_BRANCH)   /* jump if (int64_t)a < (int64_t)b (raw slots) */ \
    UOP(ITEM_ADDR,      UK_INLINE, 0)           /* dst = raw address ptr(a) + oparg + 8 * b (b raw) */ \
    UOP(BOX_INT,        UK_INLINE, UF_DEOPT)    /* dst = small int of raw a; deopt unless it fits the small range */ \
    UOP(UNBOX_INT,      UK_INLINE, 0)           /* dst = raw int64 of the small int a */ \
    UOP(GUARD_TYPE_VERSION, UK_INLINE, UF_DEOPT) /* deopt unless a is a pointer and ptr(a)->type->version == (uint32_t)op1 (read at run time: a mutated type fails) */ \
    UOP(LOAD_DICT_SLOT, UK_INLINE, 0)           /* dst = *(Value *)(ptr(a) + ptr(a)->type->dictoffset) (no incref; the type's dictoffset >= 0, pinned by a GUARD_TYPE_VERSION) */ \
    UOP(INLINE_ATTRS_PTR, UK_INLINE, 0)         /* dst = raw address ptr(a) + ptr(a)->type->dictoffset + sizeof(Value): the instance's InlineAttrs block (classobj.h; the type has TPFLAG_INLINE_ATTRS, pinned by a type-version guard/branch) */ \
    UOP(GUARD_FIELD_EQ, UK_INLINE, UF_DEOPT)    /* deopt unless *(uint64_t *)(ptr(a) + oparg) == op1 */ \
    UOP(GUARD_NOT_NULL, UK_INLINE, UF_DEOPT)    /* deopt if a == V_NULL */ \
    UOP(GUARD_LOCALS_NOT_PTR, UK_INLINE, UF_DEOPT) /* deopt if any fast local oparg + i, for each bit i set in op1, is a pointer (each must hold an inline value: small int, float, bool, None, or V_NULL: no refcounting). optimize.c puts it in OSR stubs for the locals that hold such values on every other path into the loop. No slots */ \
    UOP(GUARD_DEPTH,    UK_INLINE, UF_DEOPT)    /* deopt if the thread's recursion depth exceeds its limit (ThreadState depth > recursion_limit: a Python call made now would raise RecursionError, eval.c depth_exceeded after counting one more); guards an inlined callee (translate.c inline_pure_call), which makes no frame. No slots */ \
    /* ---- inline: miss branches (slow paths instead of deopts; attribute/method sites) ---- */ \
    /* Each jumps to target when its test fails (a cache miss), else falls through; the */ \
    /* jump is expected to be rare (lowered as a cold branch). translate.c builds the */ \
    /* pattern  guards -> fast block -> JUMP join;  target: the instruction's own */ \
    /* specialised helper (a miss there runs the generic form, see HELPER above), */ \
    /* marked UOPI_SLOW, falling through to the join. No deopt exit: a site that */ \
    /* misses costs one helper call, never a recompile. */ \
    UOP(BRANCH_NOT_TYPE_VERSION, UK_INLINE, UF_BRANCH) /* jump unless a is a pointer and ptr(a)->type->version == (uint32_t)op1 (read at run time) */ \
    UOP(BRANCH_NOT_TYPE, UK_INLINE, UF_BRANCH)  /* jump unless a is a pointer to an object whose type is op1 (TypeObject *) */ \
    UOP(BRANCH_FIELD_NE, UK_INLINE, UF_BRANCH)  /* jump if *(uint64_t *)(ptr(a) + oparg) != op1 */ \
    UOP(BRANCH_FIELD_EQ, UK_INLINE, UF_BRANCH)  /* jump if *(uint64_t *)(ptr(a) + oparg) == op1 (e.g. a NULL pointer field, op1 0) */ \
    UOP(BRANCH_NOT_PLAIN, UK_INLINE, UF_BRANCH) /* jump unless a is a pointer whose type is known plain (classobj.h type_is_plain without its refresh: type->version != 0 and type->plain_version == type->version; a type not yet refreshed takes the slow path, whose helper refreshes it) */ \
    UOP(BRANCH_FIELD32_NE, UK_INLINE, UF_BRANCH) /* jump if *(uint32_t *)(ptr(a) + oparg) != (uint32_t)op1 */ \
    UOP(BRANCH_FIELD32_LE, UK_INLINE, UF_BRANCH) /* jump if *(uint32_t *)(ptr(a) + oparg) <= (uint32_t)op1 (unsigned) */ \
    UOP(BRANCH_NULL,    UK_INLINE, UF_BRANCH)   /* jump if a == V_NULL */ \
    UOP(TRUTH,          UK_INLINE, UF_BRANCH)   /* a is a bool, None or a small int: dst = V_TRUE/V_FALSE, its truth (a not consumed); anything else: jump to target (the slow path: H_TO_BOOL) */ \
    UOP(MATH_F1,        UK_INLINE, UF_BRANCH)   /* a call [NULL, f, x] in slots a, a+1, a+2 of one of math's float functions (mathmod.h): unless slot a is V_NULL, slot a+1 == op2 (that function object) and x a float or small int, jump to target (the slow path: the call's helper); dst = ((double (*)(double))op1)((double)x) as a float, except a NaN result from a non-NaN x or an infinite one from a finite x (the call raises): jump to target. oparg 1: op1 is sqrt (a backend may use the instruction). Nothing consumed */ \
    /* ---- inline: int and float arithmetic (inputs not consumed: inline values) ---- */ \
    UOP(ADD_INT,        UK_INLINE, UF_DEOPT)    /* dst = a + b (small ints); deopt if the result leaves the small range */ \
    UOP(SUB_INT,        UK_INLINE, UF_DEOPT) \
    UOP(MUL_INT,        UK_INLINE, UF_DEOPT) \
    UOP(FLOORDIV_INT,   UK_INLINE, UF_DEOPT)    /* Python //; deopt if b == 0 or the result leaves the range */ \
    UOP(MOD_INT,        UK_INLINE, UF_DEOPT)    /* Python % (sign of b); deopt if b == 0 */ \
    UOP(ADD_FLOAT,      UK_INLINE, 0)           /* dst = (double)a + (double)b; a, b float or small int (UOPI_A_FLOAT/UOPI_B_FLOAT: known float) */ \
    UOP(SUB_FLOAT,      UK_INLINE, 0) \
    UOP(MUL_FLOAT,      UK_INLINE, 0) \
    UOP(DIV_FLOAT,      UK_INLINE, UF_DEOPT)    /* deopt if b == 0 (the interpreter raises ZeroDivisionError) */ \
    UOP(POW_FLOAT,      UK_INLINE, UF_DEOPT)    /* dst = (double)a ** (double)b by C's pow (1.0 if b == 0 or a == 1); deopt unless 0 < a < inf, b finite and the result finite (the interpreter's other cases: complex results, ZeroDivisionError, OverflowError) */ \
    UOP(COMPARE_INT,    UK_INLINE, 0)           /* dst = bool(a <cmp> b), oparg = CMP_*, small ints */ \
    UOP(COMPARE_FLOAT,  UK_INLINE, 0)           /* same on float-or-small-int operands (NaN: only != is true) */ \
    UOP(IS,             UK_INLINE, 0)           /* dst = bool((a == b) != oparg) (identity; no refcount change) */ \
    /* ---- inline: control flow ---- */ \
    UOP(JUMP,           UK_INLINE, UF_TERMINAL|UF_BRANCH) \
    UOP(BRANCH_TRUE,    UK_INLINE, UF_BRANCH|UF_COND)   /* a is V_TRUE or V_FALSE: jump if V_TRUE */ \
    UOP(BRANCH_FALSE,   UK_INLINE, UF_BRANCH|UF_COND) \
    UOP(BRANCH_NONE,    UK_INLINE, UF_BRANCH|UF_COND)   /* jump if a == V_NONE (a not consumed) */ \
    UOP(BRANCH_NOT_NONE,UK_INLINE, UF_BRANCH|UF_COND) \
    UOP(LOOP_CHECK,     UK_INLINE, UF_DEOPT)    /* a back-edge: deopt exit if runtime.sigint_pending is set */ \
    UOP(RETURN,         UK_INLINE, UF_TERMINAL) /* return a (stolen) to the caller */ \
    UOP(DEOPT,          UK_INLINE, UF_TERMINAL|UF_DEOPT) /* leave to the interpreter (an instruction tier 2 does not compile) */ \
    UOP(YIELD,          UK_INLINE, UF_TERMINAL) /* a generator's YIELD_VALUE: *ret = a (stolen), then take error_exit, a JIT_EXIT_YIELD exit (ir.h): the frame is suspended after the yield */ \
    /* ---- helpers: one per bytecode form (semantics: vm/eval.c) ---- */ \
    /* inputs/outputs written [bottom ... top], as the instruction's stack */ \
    UOP(H_UNARY_POSITIVE,     UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [v] -> [r] */ \
    UOP(H_UNARY_NEGATIVE,     UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_UNARY_NOT,          UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_UNARY_INVERT,       UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_BINARY_OP,          UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [l, r] -> [res]; oparg NB_* */ \
    UOP(H_COMPARE_OP,         UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [l, r] -> [res]; oparg CMP_* */ \
    UOP(H_COMPARE_OP_STR,     UK_HELPER, UF_DEOPT|UF_ERROR|UF_ESCAPES) /* [l, r] -> [bool] (always a bool); not both exact str: the generic compare (its truth when a POP_JUMP_IF_* follows); deopt only if the result is kept and may not be a bool */ \
    UOP(H_CONTAINS_OP,        UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [v, container] -> [bool]; oparg 1: not in */ \
    UOP(H_CONTAINS_OP_DICT,   UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_CONTAINS_OP_SET,    UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_TO_BOOL,            UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [v] -> [v, bool(v)] (v kept); n_in 1, n_out 2 */ \
    UOP(H_BINARY_SUBSCR,      UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [c, k] -> [r] */ \
    UOP(H_BINARY_SUBSCR_LIST_INT,  UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_BINARY_SUBSCR_TUPLE_INT, UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_BINARY_SUBSCR_DICT, UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_STORE_SUBSCR,       UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [v, c, k] -> [] */ \
    UOP(H_STORE_SUBSCR_LIST_INT,   UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_STORE_SUBSCR_DICT,  UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_DELETE_SUBSCR,      UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [c, k] -> [] */ \
    UOP(H_SLICE_SUBSCR,       UK_HELPER, UF_ERROR|UF_ESCAPES)   /* BUILD_SLICE + BINARY_SUBSCR fused: [c, start, stop(, step)] -> [c[start:stop(:step)]], oparg 2 or 3; a list or tuple with small int or None bounds: no slice object (as eval.c's BUILD_SLICE) */ \
    UOP(H_SLICE_STORE,        UK_HELPER, UF_ERROR|UF_ESCAPES)   /* BUILD_SLICE + STORE_SUBSCR fused: [v, c, start, stop(, step)] -> [], oparg 2 or 3 */ \
    UOP(H_SLICE_COPY_STORE,   UK_HELPER, UF_DEOPT|UF_ERROR|UF_ESCAPES) /* x[lo:hi] = c[i:j(:k)] as one statement (translate.c match_slice_copy_store: BUILD_SLICE, BINARY_SUBSCR, LOAD_FAST x, two bounds, BUILD_SLICE 2, STORE_SUBSCR): [c, i, j(, k)] -> []; oparg bits 0-11 x, 12-25 lo, 26-39 hi (a bound: bits 12-13 mode 0 const op1/op2, 1 local, 2 local + const, 3 local - const; bits 0-11 the local), bit 42 k present; op1/op2 the lo/hi constants (None or small ints). c and x exact lists, i/j/k and the bounds small ints or None (else returns 1: deopt at the BUILD_SLICE, nothing consumed; also when c != x would die with our reference). Same lengths (<= 64): the items are copied in place (the reversal a[:n] = a[n-1::-1] swaps, no list made), the replaced ones released last first; otherwise the slice is made and stored (list_set_slice_steal) */ \
    UOP(H_BUILD_SLICE,        UK_HELPER, UF_ERROR)              /* [start, stop(, step)] -> [slice]; oparg 2 or 3 */ \
    UOP(H_DELETE_FAST,        UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [] -> []; oparg local */ \
    UOP(H_LOAD_NAME,          UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [] -> [v]; oparg name index */ \
    UOP(H_STORE_NAME,         UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [v] -> [] */ \
    UOP(H_DELETE_NAME,        UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [] -> [] */ \
    UOP(H_LOAD_GLOBAL,        UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [] -> [NULL, v] if oparg & 1 else [v] */ \
    UOP(H_LOAD_GLOBAL_MODULE, UK_HELPER, UF_ERROR|UF_ESCAPES)   /* same; op1 frozen cache */ \
    UOP(H_LOAD_GLOBAL_BUILTIN,UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_STORE_GLOBAL,       UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [v] -> []; oparg name index */ \
    UOP(H_DELETE_GLOBAL,      UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_MAKE_CELL,          UK_HELPER, UF_ERROR)              /* [] -> []; oparg local */ \
    UOP(H_COPY_FREE_VARS,     UK_HELPER, 0)                     /* [] -> []; oparg count */ \
    UOP(H_LOAD_CLOSURE,       UK_HELPER, 0)                     /* [] -> [cell]; oparg local */ \
    UOP(H_LOAD_DEREF,         UK_HELPER, UF_ERROR)              /* [] -> [v] */ \
    UOP(H_LOAD_CLASSDEREF,    UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_STORE_DEREF,        UK_HELPER, UF_ESCAPES)            /* [v] -> [] (old value decref'd) */ \
    UOP(H_DELETE_DEREF,       UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_LOAD_ATTR,          UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [o] -> [v]; oparg name index */ \
    UOP(H_LOAD_ATTR_INSTANCE_VALUE, UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_LOAD_ATTR_MODULE,   UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_LOAD_ATTR_INSTANCE_SHAPE, UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_LOAD_ATTR_CLASS,    UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_LOAD_ATTR_PROPERTY, UK_HELPER, UF_DEOPT|UF_ERROR|UF_ESCAPES) /* deopt: C stack too deep for the getter */ \
    UOP(H_STORE_ATTR,         UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [v, o] -> [] */ \
    UOP(H_STORE_ATTR_SHAPE,   UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_STORE_ATTR_INSTANCE_VALUE, UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_LOAD_ATTR_SHAPE_POLY, UK_HELPER, UF_ERROR|UF_ESCAPES)  /* as eval.c's LOAD_ATTR_SHAPE_POLY (frozen cache not written back: another shape is looked up each time); a miss: H_LOAD_ATTR */ \
    UOP(H_STORE_ATTR_SHAPE_POLY, UK_HELPER, UF_ERROR|UF_ESCAPES) /* as STORE_ATTR_SHAPE_POLY: type_is_plain, then H_STORE_ATTR_SHAPE's body */ \
    UOP(H_LOAD_METHOD_POLY,   UK_HELPER, UF_ERROR|UF_ESCAPES)   /* as LOAD_METHOD_POLY (cache not written back); a miss: H_LOAD_METHOD */ \
    UOP(H_DELETE_ATTR,        UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [o] -> [] */ \
    UOP(H_LOAD_METHOD,        UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [o] -> [meth, o] or [NULL, attr] */ \
    UOP(H_LOAD_METHOD_WITH_DICT, UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_LOAD_METHOD_NO_DICT, UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_LOAD_METHOD_MODULE, UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_BUILD_TUPLE,        UK_HELPER, UF_ERROR)              /* [x1..xn] -> [t]; oparg n */ \
    UOP(H_BUILD_LIST,         UK_HELPER, UF_ERROR) \
    UOP(H_BUILD_SET,          UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_BUILD_MAP,          UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [k1, v1, ... kn, vn] -> [d] */ \
    UOP(H_BUILD_CONST_KEY_MAP,UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [v1..vn, keys] -> [d] */ \
    UOP(H_BUILD_STRING,       UK_HELPER, UF_ERROR) \
    UOP(H_LIST_APPEND,        UK_HELPER, UF_ERROR)              /* [list, x1..x(oparg-1), v] -> [list, x1..x(oparg-1)]: n_in oparg+1, n_out oparg */ \
    UOP(H_SET_ADD,            UK_HELPER, UF_ERROR|UF_ESCAPES)   /* same layout */ \
    UOP(H_MAP_ADD,            UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [dict, x1..x(oparg-1), k, v] -> [dict, x1..]: n_in oparg+2, n_out oparg */ \
    UOP(H_LIST_EXTEND,        UK_HELPER, UF_ERROR|UF_ESCAPES)   /* like LIST_APPEND */ \
    UOP(H_SET_UPDATE,         UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_DICT_UPDATE,        UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_DICT_MERGE,         UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [callable, NULL|self, ..., dict, ..., v]: io starts at the callable (error messages name it): n_in oparg+3, n_out oparg+2 */ \
    UOP(H_LIST_TO_TUPLE,      UK_HELPER, UF_ERROR)              /* [l] -> [t] */ \
    UOP(H_UNPACK_SEQUENCE,    UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [seq] -> [item(n-1) .. item0]: n_out oparg */ \
    UOP(H_UNPACK_SEQUENCE_TWO_TUPLE, UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_UNPACK_SEQUENCE_TUPLE, UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_UNPACK_SEQUENCE_LIST,  UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_UNPACK_EX,          UK_HELPER, UF_ERROR|UF_ESCAPES) \
    UOP(H_FORMAT_VALUE,       UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [v(, spec)] -> [str] */ \
    UOP(H_GET_ITER,           UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [v] -> [it] */ \
    UOP(H_FOR_ITER,           UK_HELPER, UF_ERROR|UF_ESCAPES|UF_BRANCH) /* [it] -> 0: [it, next]; 2 (exhausted): [] and jump */ \
    UOP(H_FOR_ITER_RANGE,     UK_HELPER, UF_ERROR|UF_ESCAPES|UF_BRANCH) \
    UOP(H_FOR_ITER_LIST,      UK_HELPER, UF_ERROR|UF_ESCAPES|UF_BRANCH) \
    UOP(H_FOR_ITER_TUPLE,     UK_HELPER, UF_ERROR|UF_ESCAPES|UF_BRANCH) \
    UOP(H_FOR_ITER_ENUMERATE2, UK_HELPER, UF_DEOPT|UF_ERROR|UF_ESCAPES|UF_BRANCH) /* FOR_ITER_ENUMERATE fused with the UNPACK_SEQUENCE 2 after it: [it] -> 0: [it, item, idx] (n_out 3, no tuple), 2: [] and jump; 1 (deopt, nothing consumed): it is not an exact enumerate object */ \
    UOP(H_CALL,               UK_HELPER, UF_DEOPT|UF_ERROR|UF_ESCAPES) /* [NULL|meth, callable|self, args..] -> [res]; n_in oparg+2; op1: kwnames tuple (borrowed from co_consts) or V_NULL; deopt: C stack too deep */ \
    UOP(H_CALL_PY_EXACT_ARGS, UK_HELPER, UF_DEOPT|UF_ERROR|UF_ESCAPES) /* same contract (all CALL forms: a miss runs the generic CALL; deopt: C stack too deep). A backend may emit the common case inline when op1 is V_NULL (no kwnames) and the callee has live compiled code (llvm_backend.c lower_call_direct): callable = io[0] if not NULL (then self = io[1] is the first argument) else io[1]; guards: a function whose code's JitCodeHead (co->jit, jit.h) exists with a live entry and direct_nargs = the arguments given, the recursion limit, the C stack, the frame-stack room; then frame_push_call done in place (the frame takes the callable's and the arguments' references and one of the code), a call of that entry read at run time, frame_pop after a return; the callee's exits go to JitRuntime.call_exit (jit_finish_exit). Anything else runs the helper */ \
    UOP(H_CALL_BOUND_METHOD_EXACT_ARGS, UK_HELPER, UF_DEOPT|UF_ERROR|UF_ESCAPES) \
    UOP(H_CALL_PY_WITH_DEFAULTS, UK_HELPER, UF_DEOPT|UF_ERROR|UF_ESCAPES) \
    UOP(H_CALL_BUILTIN,       UK_HELPER, UF_DEOPT|UF_ERROR|UF_ESCAPES) \
    UOP(H_CALL_METHOD_DESCR,  UK_HELPER, UF_DEOPT|UF_ERROR|UF_ESCAPES) \
    UOP(H_CALL_TYPE_1,        UK_HELPER, UF_DEOPT|UF_ERROR|UF_ESCAPES) \
    UOP(H_CALL_ALLOC_AND_ENTER_INIT, UK_HELPER, UF_DEOPT|UF_ERROR|UF_ESCAPES) \
    UOP(H_CALL_BUILTIN_CLASS, UK_HELPER, UF_DEOPT|UF_ERROR|UF_ESCAPES) \
    UOP(H_CALL_ISINSTANCE,    UK_HELPER, UF_DEOPT|UF_ERROR|UF_ESCAPES) \
    UOP(H_CALL_FUNCTION_EX,   UK_HELPER, UF_DEOPT|UF_ERROR|UF_ESCAPES) /* [NULL, f, args(, kwargs)] -> [res] */ \
    UOP(H_MAKE_FUNCTION,      UK_HELPER, UF_ERROR)              /* [extras.., code] -> [fn]; n_in popcount(oparg & 0xF) + 1 */ \
    UOP(H_LOAD_BUILD_CLASS,   UK_HELPER, UF_ERROR)              /* [] -> [__build_class__] */ \
    UOP(H_RAISE_VARARGS,      UK_HELPER, UF_ERROR|UF_ESCAPES|UF_TERMINAL) /* [exc(, cause)] -> always -1 */ \
    UOP(H_LOAD_ASSERTION_ERROR, UK_HELPER, 0)                   /* [] -> [AssertionError] */ \
    UOP(H_BEFORE_WITH,        UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [mgr] -> [exit, enter()] */ \
    UOP(H_IMPORT_NAME,        UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [level, fromlist] -> [module] */ \
    UOP(H_IMPORT_FROM,        UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [m] -> [m, attr] */ \
    UOP(H_GET_LEN,            UK_HELPER, UF_ERROR|UF_ESCAPES)   /* [o] -> [o, len] */ \
    /* ---- direct Python calls (issue 8): call forms the translator specialised further ---- */ \
    UOP(H_CALL_PY_SELF,       UK_HELPER, UF_DEOPT|UF_ERROR|UF_ESCAPES) /* CALL_PY_EXACT_ARGS [NULL, f, args..] -> [res], n_in oparg+2, where the translator expects f to be a function of the code object being compiled (op1 = that CodeObject *, kept alive by the compiled code itself; proven at translation: no kwnames, co->argcount == oparg, no varargs, varkeywords or kw-only). Guards io[0] NULL, f a function whose __code__ is op1, the recursion depth below the limit; a miss runs H_CALL_PY_EXACT_ARGS (hence generic CALL); deopt: C stack too deep. op2 = the callee frame's size in bytes (frame_size rounded up to 16). A backend may emit the common case inline (llvm_backend.c lower_call_self): the same guards plus "f is the calling frame's own function (frame->func)", "the code's live entry (JitFunction.jit_head) is this very function", the C stack (jit_c_stack_floor) and the frame-stack room, then frame_push_call + run_callee's linking done in place, a direct call of its own function, and frame_pop after a return; anything else runs the helper. Such a frame BORROWS its code and function references from the caller frame (the same code and function objects, which outlive it; the stack's reference to f is dropped at the push by a plain decrement: the caller frame keeps the count >= 1): while it runs compiled code nothing else pops it, and if its code exits (deopt or error) JitRuntime.call_finish takes both references before the interpreter finishes (and decrefs) it */

typedef enum {
#define UOP_ENUM(name, kind, flags) UOP_##name,
    UOP_LIST(UOP_ENUM)
#undef UOP_ENUM
    UOP__COUNT
} UopKind;

typedef struct UopInfo {
    const char *name;
    unsigned char kind;        /* UK_* */
    unsigned short flags;      /* UF_* */
} UopInfo;

/* Indexed by UOP_*; defined in jit/ir.c from UOP_LIST. */
extern const UopInfo uop_info[UOP__COUNT];

#endif

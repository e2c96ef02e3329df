#if EVAL_TRACED
static __attribute__((noinline))
#endif
Value EVAL_LOOP_NAME(Frame *entry_frame, int mode) {
    static const void *const dispatch_table[256] = {
#define OP_LABEL(name, cache, flags, effect, jeffect, family) [OP_##name] = &&TARGET_##name,
        OPCODE_LIST(OP_LABEL)
#undef OP_LABEL
    };

    Frame *frame = entry_frame;
    CodeObject *co;
    Value *lp;              /* frame->localsplus */
    Value *sp;              /* operand stack pointer: one past the top */
    CodeUnit *next_instr;
    CodeUnit *cur = NULL;   /* the instruction being executed */
    Value *consts;
    Value *names;
    Value kwnames = V_NULL; /* set by KW_NAMES for the CALL that follows */
    Value retval;
    int opcode, oparg;

#define LOAD_FRAME() do { \
        co = frame->code; \
        lp = frame->localsplus; \
        sp = lp + frame->stacktop; \
        next_instr = frame->next_instr; \
        cur = frame->prev_instr; \
        consts = tuple_items(co->consts); \
        names = tuple_items(co->names); \
    } while (0)
/* LOAD_FRAME for a frame just pushed: its registers are known without
 * reading back what frame_push wrote (a 16-byte reload of the two 8-byte
 * next_instr/prev_instr stores defeats store forwarding: ~10% of a call). */
#define LOAD_NEW_FRAME() do { \
        co = frame->code; \
        lp = frame->localsplus; \
        sp = lp + co->nlocalsplus; \
        next_instr = co->code; \
        cur = NULL; \
        consts = tuple_items(co->consts); \
        names = tuple_items(co->names); \
    } while (0)
#define SAVE_FRAME() do { \
        frame->next_instr = next_instr; \
        frame->prev_instr = cur; \
        frame->stacktop = (int32_t)(sp - lp); \
    } while (0)

#if EVAL_TRACED
/* The traced loop: every instruction goes through traced_dispatch (line
 * and call events), and runs in its generic form (trace_deopt). */
#define DISPATCH() do { goto traced_dispatch; } while (0)
#define DISPATCH_OPCODE() goto *dispatch_table[trace_deopt[opcode]]
#else
#define DISPATCH() do { \
        cur = next_instr; \
        /* 32 bits: the oparg is one shift (a 16-bit shift and a zero \
         * extension otherwise). */ \
        uint32_t u_ = *next_instr++; \
        opcode = (int)CU_OP(u_); \
        oparg = (int)CU_ARG(u_); \
        goto *dispatch_table[opcode]; \
    } while (0)
#define DISPATCH_OPCODE() goto *dispatch_table[opcode]
#endif
#define TARGET(name) TARGET_##name: next_instr += CACHE_SIZE_##name;
#if EVAL_TRACED
#define START_FRAME_SPEC start_frame   /* the traced loop runs every RESUME */
#else
#define START_FRAME_SPEC start_frame_spec
#endif
#define NOT_IMPLEMENTED(name) TARGET(name) { \
        err_format(&Exc_SystemError, "opcode %s not implemented", #name); \
        goto error; }

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define PEEK(n) (sp[-(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define SET_SECOND(v) (sp[-2] = (v))
#define JUMPBY(n) (next_instr += (n))

    /* Specialisation (protocol in specialize.h). cur is the instruction's
     * own code unit (after any EXTENDED_ARG), cur[1] its counter.
     * REDISPATCH runs the instruction at cur again, with the same oparg,
     * after the specialiser rewrote it. A failed guard in a specialised
     * form runs the family's generic body (label generic_FAMILY, after
     * the generic's counter tick) for this one execution. */
#define REDISPATCH() do { \
        next_instr = cur + 1; \
        opcode = CU_OP(*cur); \
        DISPATCH_OPCODE(); \
    } while (0)
#if EVAL_TRACED
#define SPECIALIZE(call) do { } while (0)
#else
#define SPECIALIZE(call) do { \
        if (UNLIKELY(cur[1] < SPEC_COUNT_ONE)) { \
            if (runtime_options.specialize) { call; REDISPATCH(); } \
        } else cur[1] -= SPEC_COUNT_ONE; \
    } while (0)
#endif
/* A generator frame just resumed inline (FOR_ITER_GEN, SEND,
 * CALL_GEN_SEND; frame and registers loaded): a resume counts as a warmup
 * event; tier-up as at start_frame (jit.h). */
#if EVAL_TRACED
#define GEN_RESUMED() do { } while (0)
#else
#define GEN_RESUMED() do { if (UNLIKELY(--co->warmup < 0)) goto tier_up_now; } while (0)
#endif
#define DEOPT_IF(cond, family) do { \
        if (UNLIKELY(cond)) { spec_miss(cur, OP_##family); goto generic_##family; } \
    } while (0)
/* A load and a never-taken branch: a read-modify-write of the counter on
 * every specialised instruction (even with stats off) cost a store each. */
#define STAT_HIT(op) do { if (UNLIKELY(spec_stats_enabled)) spec_stats[OP_##op].hits++; } while (0)

    LOAD_FRAME();
    if (UNLIKELY(mode != EVAL_NORMAL)) {
        /* A generator's throw(): the exception is raised at the yield
         * instruction that suspended the frame (not chained, as CPython). */
#if EVAL_TRACED
        if (mode == EVAL_THROW) {
            /* gen.throw() enters the frame: a 'call' event, as CPython. */
            if (trace_wanted()) trace_throw_entry(frame);
            goto error_nochain;
        }
        if (mode == EVAL_RESUME || mode == EVAL_SWITCH) DISPATCH();
#else
        if (UNLIKELY(trace_wanted())) goto switch_to_traced;
        if (mode == EVAL_THROW) goto error_nochain;
        /* After tier 2 (jit_run_frame): resume at next_instr without asking
         * for tier-up again, or unwind the instruction at prev_instr. */
        if (mode == EVAL_RESUME) DISPATCH();
#endif
        goto jit_error;
    }

start_frame:
#if !EVAL_TRACED
    /* Tier-up (jit/jit.h): a hot code object at its start, or a generator
     * frame (heap) being resumed (generator_send's entry, or FOR_ITER_GEN,
     * SEND and CALL_GEN_SEND inline). */
    if (UNLIKELY(--co->warmup < 0) && (next_instr == co->code || frame->heap)) {
    tier_up_now:
        SAVE_FRAME();
        JitRun r = jit_tier_up(frame, &retval);
        if (r == JIT_RUN_RETURNED) {
            sp = lp + co->nlocalsplus;
            goto do_return;
        }
        if (r == JIT_RUN_YIELDED) goto jit_yield;
        if (r != JIT_RUN_NONE) {
            LOAD_FRAME();
            if (r == JIT_RUN_ERROR) goto jit_error;
        }
    }
#endif
    DISPATCH();

#if !EVAL_TRACED
start_frame_spec:
    /* A frame pushed by a specialised call form (CALL_PY_EXACT_ARGS,
     * CALL_PY_WITH_DEFAULTS, CALL_ALLOC_AND_ENTER_INIT): start_frame, with
     * the RESUME that starts a function run here instead of by a dispatch
     * of its own. That RESUME does nothing unless sigint_pending is set
     * (tracing keeps it set); then, or with a tier-up due, or when the code
     * starts with MAKE_CELL/COPY_FREE_VARS, start_frame runs as usual. */
    if (LIKELY(co->warmup > 0) && LIKELY(CU_OP(*next_instr) == OP_RESUME) && LIKELY(!sigint_pending)) {
        co->warmup--;
        next_instr++;
        DISPATCH();
    }
    goto start_frame;

switch_to_traced:
    /* Tracing was turned on (vm/trace.h): the traced loop takes over this
     * activation's frames (mode: how to enter the frame) until they return
     * or tracing is off again (it then hands the running frame back). */
    retval = eval_frame_traced(frame, mode);
    if (retval != EVAL_SWITCHED_BACK) return retval;
    frame = eval_ts.frame;
    LOAD_FRAME();
    DISPATCH();
#else
traced_dispatch:
    {
        CodeUnit *prev_ = cur;
        cur = next_instr;
        if (UNLIKELY(trace_wanted())) {
            SAVE_FRAME();
            if (UNLIKELY(trace_instruction(frame, prev_, cur) < 0)) goto error;
        }
        CodeUnit u_ = *next_instr++;
        opcode = CU_OP(u_);
        oparg = CU_ARG(u_);
        DISPATCH_OPCODE();
    }
#endif

    /* ---- stack and misc ---- */
    TARGET(CACHE) {
        err_format(&Exc_SystemError, "executed a CACHE code unit");
        goto error;
    }
    TARGET(NOP) { DISPATCH(); }
    TARGET(RESUME) {
        /* Ctrl-C (sigint.h): one load, a never-taken branch. */
        if (UNLIKELY(sigint_pending)) {
            SAVE_FRAME();   /* a Python signal handler may run */
            if (sigint_check() < 0) goto error;
#if !EVAL_TRACED
            if (UNLIKELY(trace_wanted())) {
                /* The traced loop runs this RESUME again (its 'call' event). */
                next_instr = cur;
                SAVE_FRAME();
                mode = EVAL_SWITCH;
                goto switch_to_traced;
            }
#endif
        }
#if EVAL_TRACED
        if (UNLIKELY(!trace_state.any)) {
            SAVE_FRAME();
            return EVAL_SWITCHED_BACK;
        }
#endif
        DISPATCH();
    }
    TARGET(POP_TOP) {
        Value v = POP();
        v_decref(v);
        DISPATCH();
    }
    TARGET(PUSH_NULL) {
        PUSH(V_NULL);
        DISPATCH();
    }
    TARGET(COPY) {
        Value v = PEEK(oparg);
        PUSH(v_newref(v));
        DISPATCH();
    }
    TARGET(SWAP) {
        Value t = TOP();
        SET_TOP(PEEK(oparg));
        PEEK(oparg) = t;
        DISPATCH();
    }
    TARGET(EXTENDED_ARG) {
        CodeUnit u = *next_instr++;
        opcode = CU_OP(u);
        oparg = (oparg << 8) | CU_ARG(u);
        cur = next_instr - 1;
        DISPATCH_OPCODE();
    }

    /* ---- operators ---- */
    TARGET(UNARY_POSITIVE) {
        Value v = TOP();
        Value r = obj_positive(v);
        if (UNLIKELY(v_is_null(r))) goto error;
        v_decref(v);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
        Value v = TOP(), r;
        if (v_is_smallint(v)) r = smallint_result(-v_as_smallint(v));
        else if (v_is_float(v)) r = v_from_float(-v_as_float(v));
        else {
            r = obj_negative(v);
            if (UNLIKELY(v_is_null(r))) goto error;
            v_decref(v);
        }
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        Value v = TOP();
        if (v == V_TRUE) { SET_TOP(V_FALSE); DISPATCH(); }
        if (v == V_FALSE) { SET_TOP(V_TRUE); DISPATCH(); }
        int t = obj_truthy(v);
        if (UNLIKELY(t < 0)) goto error;
        v_decref(v);
        SET_TOP(v_from_bool(!t));
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        Value v = TOP(), r;
        if (v_is_smallint(v)) r = v_from_smallint(~v_as_smallint(v));
        else {
            r = obj_invert(v);
            if (UNLIKELY(v_is_null(r))) goto error;
            v_decref(v);
        }
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(BINARY_OP) {
        SPECIALIZE(specialize_binary_op(cur, SECOND(), TOP(), oparg));
    generic_BINARY_OP: ;
        Value r = TOP(), l = SECOND(), res;
        int op = oparg >= NB_INPLACE ? oparg - NB_INPLACE : oparg;
        if (v_is_smallint(l) && v_is_smallint(r)) {
            int64_t a = v_as_smallint(l), b = v_as_smallint(r), x;
            switch (op) {
            case NB_ADD: res = smallint_result(a + b); goto binop_done;
            case NB_SUBTRACT: res = smallint_result(a - b); goto binop_done;
            case NB_MULTIPLY:
                if (__builtin_mul_overflow(a, b, &x)) break;
                res = smallint_result(x);
                goto binop_done;
            case NB_FLOOR_DIVIDE:
                if (b == 0) break;
                x = a / b;
                if ((a % b != 0) && ((a < 0) != (b < 0))) x--;
                res = smallint_result(x);
                goto binop_done;
            case NB_REMAINDER:
                if (b == 0) break;
                x = a % b;
                if (x != 0 && ((x < 0) != (b < 0))) x += b;
                res = v_from_smallint(x);
                goto binop_done;
            case NB_AND: res = v_from_smallint(a & b); goto binop_done;
            case NB_OR: res = v_from_smallint(a | b); goto binop_done;
            case NB_XOR: res = v_from_smallint(a ^ b); goto binop_done;
            case NB_LSHIFT:
                if (b < 0 || b >= 48) break;
                x = (int64_t)((uint64_t)a << b);
                if ((x >> b) != a) break;
                res = smallint_result(x);
                goto binop_done;
            case NB_RSHIFT:
                if (b < 0) break;
                res = v_from_smallint(a >> (b > 63 ? 63 : b));
                goto binop_done;
            default: break;
            }
        } else if (v_is_float(l) && (v_is_float(r) || v_is_smallint(r))) {
            double a = v_as_float(l);
            double b = v_is_float(r) ? v_as_float(r) : (double)v_as_smallint(r);
            switch (op) {
            case NB_ADD: res = v_from_float(a + b); goto binop_done;
            case NB_SUBTRACT: res = v_from_float(a - b); goto binop_done;
            case NB_MULTIPLY: res = v_from_float(a * b); goto binop_done;
            case NB_TRUE_DIVIDE:
                if (b == 0.0) break;
                res = v_from_float(a / b);
                goto binop_done;
            default: break;
            }
        } else if (v_is_smallint(l) && v_is_float(r)) {
            double a = (double)v_as_smallint(l), b = v_as_float(r);
            switch (op) {
            case NB_ADD: res = v_from_float(a + b); goto binop_done;
            case NB_SUBTRACT: res = v_from_float(a - b); goto binop_done;
            case NB_MULTIPLY: res = v_from_float(a * b); goto binop_done;
            case NB_TRUE_DIVIDE:
                if (b == 0.0) break;
                res = v_from_float(a / b);
                goto binop_done;
            default: break;
            }
        }
        if (op == NB_ADD && v_is_str(l) && v_is_str(r) && v_as_obj(l)->refcnt == 2) {
            /* s += t / s = s + t where the only other reference to s is the
             * local the result is stored back to: drop that reference and
             * grow s in place, turning a build-by-concatenation loop from
             * quadratic into linear (CPython does the same). */
            CodeUnit nu = *next_instr;
            if (opcode_unsuper(CU_OP(nu)) == OP_STORE_FAST && lp[CU_ARG(nu)] == l) {
                lp[CU_ARG(nu)] = V_NULL;
                v_as_obj(l)->refcnt--;
                res = str_concat_steal(l, r);
                if (UNLIKELY(v_is_null(res))) {
                    sp--;           /* l was consumed; r is still owned */
                    v_decref(r);
                    sp--;
                    goto error;
                }
                v_decref(r);
                goto binop_done;
            }
        }
        res = obj_binary_op(l, r, oparg);
        if (UNLIKELY(v_is_null(res))) goto error;
        v_decref(l);
        v_decref(r);
    binop_done:
        sp--;
        SET_TOP(res);
        DISPATCH();
    }
    /* A comparison's result c with the operands already popped: fused
     * with a following POP_JUMP_IF_FALSE/TRUE (the usual `if a < b:` /
     * `while` shape), else pushed as a bool. */
#define COMPARE_RESULT(c) do { \
        int c_ = (c); \
        CodeUnit nu_ = *next_instr; \
        if (CU_OP(nu_) == OP_POP_JUMP_IF_FALSE) { \
            next_instr++; \
            if (!c_) JUMPBY(CU_ARG(nu_)); \
            DISPATCH(); \
        } \
        if (CU_OP(nu_) == OP_POP_JUMP_IF_TRUE) { \
            next_instr++; \
            if (c_) JUMPBY(CU_ARG(nu_)); \
            DISPATCH(); \
        } \
        PUSH(v_from_bool(c_)); \
        DISPATCH(); \
    } while (0)
    TARGET(COMPARE_OP) {
        SPECIALIZE(specialize_compare_op(cur, SECOND(), TOP(), oparg));
    generic_COMPARE_OP: ;
        Value r = TOP(), l = SECOND();
        int c = compare_inline(l, r, oparg);
        if (c < 0) {
            Value res = obj_compare(l, r, oparg);
            if (UNLIKELY(v_is_null(res))) goto error;
            v_decref(l);
            v_decref(r);
            sp--;
            SET_TOP(res);
            DISPATCH();
        }
        sp -= 2;
        COMPARE_RESULT(c);
    }
    TARGET(IS_OP) {
        Value r = POP(), l = TOP();
        /* Identity of Values: inline values are identical when their
         * words are. */
        bool res = (l == r) ^ (oparg != 0);
        v_decref(l);
        v_decref(r);
        SET_TOP(v_from_bool(res));
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        SPECIALIZE(specialize_contains_op(cur, TOP()));
    generic_CONTAINS_OP: ;
        Value container = TOP(), item = SECOND();
        int c = obj_contains(container, item);
        if (UNLIKELY(c < 0)) goto error;
        v_decref(container);
        v_decref(item);
        sp--;
        SET_TOP(v_from_bool(c ^ oparg));
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        SPECIALIZE(specialize_binary_subscr(cur, SECOND(), TOP()));
    generic_BINARY_SUBSCR: ;
        Value key = TOP(), container = SECOND(), res;
        if (v_is_list(container) && v_is_smallint(key)) {
            int64_t i = v_as_smallint(key), n = list_size(container);
            if (i < 0) i += n;
            if ((uint64_t)i < (uint64_t)n) {
                res = v_newref(list_items(container)[i]);
                obj_decref(v_as_obj(container));
                goto subscr_done;
            }
        } else if (v_is_tuple(container) && v_is_smallint(key)) {
            int64_t i = v_as_smallint(key), n = tuple_size(container);
            if (i < 0) i += n;
            if ((uint64_t)i < (uint64_t)n) {
                res = v_newref(tuple_items(container)[i]);
                obj_decref(v_as_obj(container));
                goto subscr_done;
            }
        }
        res = obj_getitem(container, key);
        if (UNLIKELY(v_is_null(res))) goto error;
        v_decref(container);
        v_decref(key);
    subscr_done:
        sp--;
        SET_TOP(res);
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        SPECIALIZE(specialize_store_subscr(cur, SECOND(), TOP()));
    generic_STORE_SUBSCR: ;
        Value key = TOP(), container = SECOND(), v = THIRD();
        if (v_is_list(container) && v_is_smallint(key)) {
            int64_t i = v_as_smallint(key), n = list_size(container);
            if (i < 0) i += n;
            if ((uint64_t)i < (uint64_t)n) {
                v_setref(&list_items(container)[i], v);   /* steals the stack's ref */
                obj_decref(v_as_obj(container));
                sp -= 3;
                DISPATCH();
            }
        }
        if (UNLIKELY(obj_setitem(container, key, v) < 0)) goto error;
        v_decref(key);
        v_decref(container);
        v_decref(v);
        sp -= 3;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        Value key = TOP(), container = SECOND();
        if (UNLIKELY(obj_delitem(container, key) < 0)) goto error;
        v_decref(key);
        v_decref(container);
        sp -= 2;
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        /* list[a:b] / list[a:b:c] read or assigned, bounds small ints or
         * None: when the subscript instruction follows, the slice object
         * is never built (as CPython 3.12's BINARY_SLICE / STORE_SLICE).
         * An adaptive form, so off under -X specialize=off. */
        if (LIKELY(runtime_options.specialize)) {
            int nop = CU_OP(*next_instr);
            Value container = PEEK(oparg + 1);
            Value a = PEEK(oparg), b = PEEK(oparg - 1), c = oparg == 3 ? TOP() : V_NONE;
            int64_t start, stop, step;
            if ((nop == OP_BINARY_SUBSCR || nop == OP_STORE_SUBSCR) && v_is_list(container) &&
                slice_small_bounds(a, b, c, &start, &stop, &step)) {
                /* From here on this is the subscript instruction (errors
                 * and tracebacks point at it). */
                cur = next_instr;
                next_instr += 1 + (nop == OP_BINARY_SUBSCR ? CACHE_SIZE_BINARY_SUBSCR : CACHE_SIZE_STORE_SUBSCR);
                if (nop == OP_BINARY_SUBSCR) {
                    ctr_slice_adjust(list_size(container), &start, &stop, step);
                    Value res = list_slice(container, start, stop, step);
                    if (UNLIKELY(v_is_null(res))) goto error;
                    sp -= oparg;                  /* small ints and None: no references */
                    obj_decref(v_as_obj(container));
                    SET_TOP(res);
                    DISPATCH();
                }
                /* [value, list, bounds...]: STORE_SUBSCR. */
                /* The value's stack reference goes to the assignment
                 * (list_set_slice_steal may move a temporary's items). */
                sp -= oparg;
                Value v = PEEK(2);
                sp -= 2;
                SAVE_FRAME();
                int r = list_set_slice_steal(container, start, stop, step, v);
                obj_decref(v_as_obj(container));
                if (UNLIKELY(r < 0)) goto error;
                DISPATCH();
            }
        }
        Value step = oparg == 3 ? POP() : V_NONE;
        Value stop = POP(), start = TOP();
        Value s = slice_new(start, stop, step);
        v_decref(step);
        v_decref(stop);
        if (UNLIKELY(v_is_null(s))) { sp--; v_decref(start); goto error; }
        v_decref(start);
        SET_TOP(s);
        DISPATCH();
    }

    /* ---- names ---- */
    /* The bodies of LOAD_CONST, LOAD_FAST and STORE_FAST, also the halves
     * of the superinstructions below. */
#define DO_LOAD_CONST() PUSH(v_newref(consts[oparg]))
#define DO_LOAD_FAST() do { \
        Value v_ = lp[oparg]; \
        if (UNLIKELY(v_is_null(v_))) { unbound_local_error(co, oparg); goto error; } \
        PUSH(v_newref(v_)); \
    } while (0)
#define DO_STORE_FAST() do { \
        Value v_ = POP(), old_ = lp[oparg]; \
        lp[oparg] = v_; \
        v_decref(old_); \
    } while (0)
    TARGET(LOAD_CONST) { DO_LOAD_CONST(); DISPATCH(); }
    TARGET(LOAD_FAST) { DO_LOAD_FAST(); DISPATCH(); }
    TARGET(STORE_FAST) { DO_STORE_FAST(); DISPATCH(); }

    /* Superinstructions (opcodes.h, OPF_SUPER): the first instruction's
     * work, then the next code unit's (cur moves to it first, so an error
     * or a traceback names the second instruction's line), skipping it.
     * The traced loop never gets here (trace_deopt maps them to their
     * family). */
#define SUPER_NEXT() do { \
        cur = next_instr; \
        oparg = CU_ARG(*next_instr++); \
    } while (0)
    TARGET(LOAD_FAST__LOAD_FAST) { DO_LOAD_FAST(); SUPER_NEXT(); DO_LOAD_FAST(); DISPATCH(); }
    TARGET(LOAD_FAST__LOAD_CONST) { DO_LOAD_FAST(); SUPER_NEXT(); DO_LOAD_CONST(); DISPATCH(); }
    TARGET(LOAD_CONST__LOAD_FAST) { DO_LOAD_CONST(); SUPER_NEXT(); DO_LOAD_FAST(); DISPATCH(); }
    TARGET(STORE_FAST__LOAD_FAST) { DO_STORE_FAST(); SUPER_NEXT(); DO_LOAD_FAST(); DISPATCH(); }
    TARGET(STORE_FAST__STORE_FAST) { DO_STORE_FAST(); SUPER_NEXT(); DO_STORE_FAST(); DISPATCH(); }
    /* Second instructions without a cache and with one handler (never
     * specialised): a direct jump to that handler, for its dispatch. */
    TARGET(STORE_FAST__JUMP_BACKWARD) { DO_STORE_FAST(); SUPER_NEXT(); goto TARGET_JUMP_BACKWARD; }
    TARGET(POP_TOP__JUMP_BACKWARD) {
        Value v_ = POP();
        v_decref(v_);
        SUPER_NEXT();
        goto TARGET_JUMP_BACKWARD;
    }
    TARGET(LOAD_CONST__RETURN_VALUE) { DO_LOAD_CONST(); SUPER_NEXT(); goto TARGET_RETURN_VALUE; }
    TARGET(LOAD_FAST__RETURN_VALUE) { DO_LOAD_FAST(); SUPER_NEXT(); goto TARGET_RETURN_VALUE; }
#define DO_COPY() do { Value v_ = PEEK(oparg); PUSH(v_newref(v_)); } while (0)
#define DO_SWAP() do { Value t_ = TOP(); SET_TOP(PEEK(oparg)); PEEK(oparg) = t_; } while (0)
    /* `c[k] op= x` compiles to COPY 2, COPY 2, BINARY_SUBSCR, x, BINARY_OP,
     * SWAP 3, SWAP 2, STORE_SUBSCR. With the subscripts specialised to
     * their list forms (so never under -X specialize=off) and [c, k] a
     * list and an index in range, COPY__COPY + BINARY_SUBSCR_LIST_INT is
     * pushing c[k], and SWAP__SWAP + STORE_SUBSCR_LIST_INT on [c, k, v] is
     * the store: one dispatch instead of two, no copies' refcounting.
     * Otherwise (guards as the list forms') the pair runs as it is. */
    TARGET(COPY__COPY) {
        if (oparg == 2 && CU_ARG(next_instr[0]) == 2 && CU_OP(next_instr[1]) == OP_BINARY_SUBSCR_LIST_INT) {
            Value key = TOP(), container = SECOND();
            if (v_is_list(container) && v_is_smallint(key)) {
                int64_t i = v_as_smallint(key), n = list_size(container);
                if (i < 0) i += n;
                if (LIKELY((uint64_t)i < (uint64_t)n)) {
                    STAT_HIT(BINARY_SUBSCR_LIST_INT);
                    PUSH(v_newref(list_items(container)[i]));
                    next_instr += 2 + CACHE_SIZE_BINARY_SUBSCR_LIST_INT;
                    DISPATCH();
                }
            }
        }
        DO_COPY(); SUPER_NEXT(); DO_COPY(); DISPATCH();
    }
    TARGET(SWAP__SWAP) {
        if (oparg == 3 && CU_ARG(next_instr[0]) == 2 && CU_OP(next_instr[1]) == OP_STORE_SUBSCR_LIST_INT) {
            Value v = TOP(), key = SECOND(), container = THIRD();
            if (v_is_list(container) && v_is_smallint(key)) {
                int64_t i = v_as_smallint(key), n = list_size(container);
                if (i < 0) i += n;
                if (LIKELY((uint64_t)i < (uint64_t)n)) {
                    STAT_HIT(STORE_SUBSCR_LIST_INT);
                    /* As STORE_SUBSCR_LIST_INT: errors and tracebacks of
                     * the old item's release name the store. */
                    cur = next_instr + 1;
                    next_instr += 2 + CACHE_SIZE_STORE_SUBSCR_LIST_INT;
                    sp -= 3;
                    v_setref(&list_items(container)[i], v);   /* steals the stack's ref */
                    obj_decref(v_as_obj(container));
                    DISPATCH();
                }
            }
        }
        DO_SWAP(); SUPER_NEXT(); DO_SWAP(); DISPATCH();
    }
#undef DO_COPY
#undef DO_SWAP
#undef SUPER_NEXT
    /* The guarded loads of LOAD_ATTR_INSTANCE_SHAPE and LOAD_ATTR_SLOT
     * for the instruction at c (caches c[1..]): v = the attribute,
     * borrowed, or goto MISS. Shape: the version pins a type using shapes
     * with no data descriptor or custom lookup for this name; the shape
     * pins the slot index, in the inline block or (past INLINE_NSLOTS
     * names) the vector. Slot: the version pins the member descriptor
     * and so the byte offset c[4]; an empty slot (AttributeError) misses. */
#define ATTR_SHAPE_GET(owner, c, v, MISS) do { \
        if (UNLIKELY(!v_is_ptr(owner))) goto MISS; \
        TypeObject *t_ = v_as_obj(owner)->type; \
        if (UNLIKELY(t_->version != cache_u32((c) + 2))) goto MISS; \
        Shape *cs_ = (Shape *)cache_u64((c) + 5); \
        InlineAttrs *ia_ = inline_attrs_at(v_as_obj(owner), t_->dictoffset); \
        if (LIKELY(ia_->shape == cs_)) { \
            (v) = ia_->values[(c)[4]]; \
        } else { \
            Value d_ = *(Value *)((char *)v_as_obj(owner) + t_->dictoffset); \
            if (UNLIKELY(!v_is_attrs(d_) || ((AttrsObject *)v_as_obj(d_))->shape != cs_)) goto MISS; \
            (v) = ((AttrsObject *)v_as_obj(d_))->values[(c)[4]]; \
        } \
    } while (0)
#define ATTR_SLOT_GET(owner, c, v, MISS) do { \
        if (UNLIKELY(!v_is_ptr(owner))) goto MISS; \
        if (UNLIKELY(v_as_obj(owner)->type->version != cache_u32((c) + 2))) goto MISS; \
        (v) = *(Value *)((char *)v_as_obj(owner) + (c)[4]); \
        if (UNLIKELY(v_is_null(v))) goto MISS; \
    } while (0)
    /* LOAD_ATTR_SHAPE_POLY's: any plain class (type_is_plain): the shape
     * alone (the tree is shared by all classes) says where the non-dunder
     * name lives. A name keeps its index in every shape descending from the
     * one that added it, so besides the cached shape any shape whose slot
     * c[4] holds the name passes: sibling classes initialised through their
     * base's __init__ share the prefix. Another shape: where it keeps the
     * name is remembered in the cache. */
#define ATTR_POLY_GET(owner, c, name, v, MISS) do { \
        if (UNLIKELY(!v_is_ptr(owner))) goto MISS; \
        TypeObject *t_ = v_as_obj(owner)->type; \
        if (UNLIKELY(!type_is_plain(t_))) goto MISS; \
        InlineAttrs *ia_ = inline_attrs_at(v_as_obj(owner), t_->dictoffset); \
        Shape *s_ = ia_->shape; \
        Value *vals_ = ia_->values; \
        if (UNLIKELY(s_ == &shape_none)) { \
            Value d_ = *(Value *)((char *)v_as_obj(owner) + t_->dictoffset); \
            if (UNLIKELY(!v_is_attrs(d_))) goto MISS; \
            s_ = ((AttrsObject *)v_as_obj(d_))->shape; \
            vals_ = ((AttrsObject *)v_as_obj(d_))->values; \
        } \
        unsigned i_ = (c)[4]; \
        if (UNLIKELY(s_ != (Shape *)cache_u64((c) + 5) && \
                     (i_ >= s_->nslots || s_->names[i_] != (name)))) { \
            int k_ = shape_index(s_, (name)); \
            if (UNLIKELY(k_ < 0)) goto MISS; \
            i_ = (unsigned)k_; \
            (c)[4] = (CodeUnit)k_; \
            cache_set_u64((c) + 5, (uint64_t)(uintptr_t)s_); \
        } \
        (v) = vals_[i_]; \
    } while (0)
    /* LOAD_METHOD_WITH_DICT's guard: the version pins the class's method
     * (cached at c[5..8]); an instance attribute of that name would shadow
     * it. In shape mode that is a fact about the shape: c[4] caches the id
     * of one shape known not to have the name. */
#define METHOD_WITH_DICT_CHECK(owner, c, name, MISS) do { \
        if (UNLIKELY(!v_is_ptr(owner))) goto MISS; \
        TypeObject *t_ = v_as_obj(owner)->type; \
        if (UNLIKELY(t_->version != cache_u32((c) + 2))) goto MISS; \
        Value d_ = *(Value *)((char *)v_as_obj(owner) + t_->dictoffset); \
        if (v_is_null(d_) && (t_->flags & TPFLAG_INLINE_ATTRS)) { \
            Shape *s_ = inline_attrs_at(v_as_obj(owner), t_->dictoffset)->shape; \
            if (UNLIKELY(s_->id != (c)[4] && shape_index(s_, (name)) >= 0)) goto MISS; \
        } else if (v_is_attrs(d_)) { \
            Shape *s_ = ((AttrsObject *)v_as_obj(d_))->shape; \
            if (UNLIKELY(s_->id != (c)[4] && shape_index(s_, (name)) >= 0)) goto MISS; \
        } else { \
            if (UNLIKELY(!v_is_null(d_) && !v_is_null(dict_get_str(d_, (name))))) goto MISS; \
        } \
    } while (0)
    TARGET(LOAD_FAST__LOAD_METHOD) {
        Value owner = lp[oparg];
        if (UNLIKELY(v_is_null(owner))) { unbound_local_error(co, oparg); goto error; }
        CodeUnit nu = *next_instr;
        if (CU_OP(nu) == OP_LOAD_METHOD_NO_DICT) {
            if (UNLIKELY(v_type(owner)->version != cache_u32(next_instr + 2))) goto load_fast_method_alone;
            STAT_HIT(LOAD_METHOD_NO_DICT);
        } else if (CU_OP(nu) == OP_LOAD_METHOD_WITH_DICT) {
            METHOD_WITH_DICT_CHECK(owner, next_instr, names[CU_ARG(nu)], load_fast_method_alone);
            STAT_HIT(LOAD_METHOD_WITH_DICT);
        } else {
            goto load_fast_method_alone;
        }
        PUSH(v_newref((Value)cache_u64(next_instr + 5)));
        PUSH(v_newref(owner));
        next_instr += 1 + CACHE_SIZE_LOAD_METHOD;
        DISPATCH();
    load_fast_method_alone:
        PUSH(v_newref(owner));
        DISPATCH();
    }
    TARGET(LOAD_FAST__LOAD_ATTR) {
        Value owner = lp[oparg];
        if (UNLIKELY(v_is_null(owner))) { unbound_local_error(co, oparg); goto error; }
        CodeUnit nu = *next_instr;
        Value v;
        if (CU_OP(nu) == OP_LOAD_ATTR_INSTANCE_SHAPE) {
            ATTR_SHAPE_GET(owner, next_instr, v, load_fast_attr_alone);
            STAT_HIT(LOAD_ATTR_INSTANCE_SHAPE);
        } else if (CU_OP(nu) == OP_LOAD_ATTR_SLOT) {
            ATTR_SLOT_GET(owner, next_instr, v, load_fast_attr_alone);
            STAT_HIT(LOAD_ATTR_SLOT);
        } else if (CU_OP(nu) == OP_LOAD_ATTR_SHAPE_POLY) {
            ATTR_POLY_GET(owner, next_instr, names[CU_ARG(nu)], v, load_fast_attr_alone);
            STAT_HIT(LOAD_ATTR_SHAPE_POLY);
        } else {
            goto load_fast_attr_alone;
        }
        next_instr += 1 + CACHE_SIZE_LOAD_ATTR;
        PUSH(v_newref(v));
        DISPATCH();
    load_fast_attr_alone:
        PUSH(v_newref(owner));
        DISPATCH();
    }
#undef DO_LOAD_CONST
#undef DO_LOAD_FAST
#undef DO_STORE_FAST
    TARGET(DELETE_FAST) {
        Value v = lp[oparg];
        if (UNLIKELY(v_is_null(v))) {
            unbound_local_error(co, oparg);
            goto error;
        }
        lp[oparg] = V_NULL;
        v_decref(v);
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        Value name = names[oparg];
        if (LIKELY(v_is_dict(frame->locals))) {
            /* Module level: locals is usually globals, so one probe suffices. */
            Value v = dict_get_str(frame->locals, name);
            if (v_is_null(v) && frame->locals != frame->globals) v = dict_get_str(frame->globals, name);
            if (v_is_null(v)) v = dict_get_str(frame->builtins, name);
            if (LIKELY(!v_is_null(v))) {
                PUSH(v_newref(v));
                DISPATCH();
            }
        }
        Value v = load_name_slow(frame, name);
        if (UNLIKELY(v_is_null(v))) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        Value v = TOP();
        Value locals = frame->locals;
        int r;
        if (LIKELY(v_is_dict(locals))) r = dict_set(locals, names[oparg], v);
        else if (v_is_null(locals)) {
            err_format(&Exc_SystemError, "no locals found when storing '%s'", str_data(names[oparg]));
            r = -1;
        } else r = obj_setitem(locals, names[oparg], v);
        if (UNLIKELY(r < 0)) goto error;
        sp--;
        v_decref(v);
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        Value locals = frame->locals;
        int r = v_is_null(locals) ? -1 : obj_delitem(locals, names[oparg]);
        if (UNLIKELY(r < 0)) {
            if (v_is_null(locals) || err_matches(&Exc_KeyError)) {
                err_clear();
                name_error(names[oparg]);
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        SPECIALIZE(specialize_load_global(cur, frame->globals, frame->builtins, names[oparg >> 1]));
    generic_LOAD_GLOBAL: ;
        Value name = names[oparg >> 1];
        Value v = dict_get_str(frame->globals, name);
        if (v_is_null(v)) {
            v = dict_get_str(frame->builtins, name);
            if (UNLIKELY(v_is_null(v))) {
                name_error(name);
                goto error;
            }
        }
        if (oparg & 1) PUSH(V_NULL);
        PUSH(v_newref(v));
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        Value v = TOP();
        if (UNLIKELY(dict_set(frame->globals, names[oparg], v) < 0)) goto error;
        sp--;
        v_decref(v);
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        if (UNLIKELY(dict_del(frame->globals, names[oparg]) < 0)) {
            if (err_matches(&Exc_KeyError)) {
                err_clear();
                name_error(names[oparg]);
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(MAKE_CELL) {
        Value c = cell_new(lp[oparg]);
        lp[oparg] = V_NULL;
        if (UNLIKELY(v_is_null(c))) goto error;
        lp[oparg] = c;
        DISPATCH();
    }
    TARGET(COPY_FREE_VARS) {
        Value closure = v_as_function(frame->func)->closure;
        int offset = co->nlocalsplus - oparg;
        for (int i = 0; i < oparg; i++)
            lp[offset + i] = v_newref(tuple_items(closure)[i]);
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) {
        PUSH(v_newref(lp[oparg]));
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        Value v = v_as_cell(lp[oparg])->ref;
        if (UNLIKELY(v_is_null(v))) {
            unbound_deref_error(co, oparg);
            goto error;
        }
        PUSH(v_newref(v));
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        Value name = tuple_items(co->localsplusnames)[oparg];
        Value locals = frame->locals;
        if (v_is_dict(locals)) {
            Value v = dict_get_str(locals, name);
            if (!v_is_null(v)) {
                PUSH(v_newref(v));
                DISPATCH();
            }
        }
        Value v = v_as_cell(lp[oparg])->ref;
        if (UNLIKELY(v_is_null(v))) {
            unbound_deref_error(co, oparg);
            goto error;
        }
        PUSH(v_newref(v));
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        Value v = POP();
        v_setref(&v_as_cell(lp[oparg])->ref, v);
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        CellObject *c = v_as_cell(lp[oparg]);
        if (UNLIKELY(v_is_null(c->ref))) {
            unbound_deref_error(co, oparg);
            goto error;
        }
        v_clear(&c->ref);
        DISPATCH();
    }

    /* ---- attributes ---- */
    TARGET(LOAD_ATTR) {
        SPECIALIZE(specialize_load_attr(cur, TOP(), names[oparg]));
    generic_LOAD_ATTR: ;
        Value owner = TOP();
        Value v = obj_getattr(owner, names[oparg]);
        if (UNLIKELY(v_is_null(v))) goto error;
        v_decref(owner);
        SET_TOP(v);
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        SPECIALIZE(specialize_store_attr(cur, TOP(), names[oparg]));
    generic_STORE_ATTR: ;
        Value owner = TOP(), v = SECOND();
        if (UNLIKELY(obj_setattr(owner, names[oparg], v) < 0)) goto error;
        v_decref(owner);
        v_decref(v);
        sp -= 2;
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        Value owner = TOP();
        if (UNLIKELY(obj_setattr(owner, names[oparg], V_NULL) < 0)) goto error;
        v_decref(owner);
        sp--;
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        SPECIALIZE(specialize_load_method(cur, TOP(), names[oparg]));
    generic_LOAD_METHOD: ;
        Value owner = TOP();
        bool is_method = false;
        Value m = obj_get_method(owner, names[oparg], &is_method);
        if (UNLIKELY(v_is_null(m))) goto error;
        if (is_method) {
            /* [meth, self]: CALL passes self as the first argument. */
            SET_TOP(m);
            PUSH(owner);
        } else {
            v_decref(owner);
            SET_TOP(V_NULL);
            PUSH(m);
        }
        DISPATCH();
    }

    /* ---- building ---- */
    TARGET(BUILD_TUPLE) {
        Value t = tuple_from_array_steal(sp - oparg, oparg);
        if (UNLIKELY(v_is_null(t))) goto error;
        sp -= oparg;
        PUSH(t);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        Value l = list_from_array_steal(sp - oparg, oparg);
        if (UNLIKELY(v_is_null(l))) goto error;
        sp -= oparg;
        PUSH(l);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        Value s = set_new();
        if (UNLIKELY(v_is_null(s))) goto error;
        for (int i = oparg; i > 0; i--) {
            if (UNLIKELY(set_add(s, PEEK(i)) < 0)) {
                v_decref(s);
                goto error;
            }
        }
        for (int i = 0; i < oparg; i++) v_decref(POP());
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        Value d = dict_new_presized(oparg);
        if (UNLIKELY(v_is_null(d))) goto error;
        for (int i = oparg; i > 0; i--) {
            if (UNLIKELY(dict_set(d, PEEK(2 * i), PEEK(2 * i - 1)) < 0)) {
                v_decref(d);
                goto error;
            }
        }
        for (int i = 0; i < 2 * oparg; i++) v_decref(POP());
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_CONST_KEY_MAP) {
        Value keys = TOP();
        Value d = dict_new_presized(oparg);
        if (UNLIKELY(v_is_null(d))) goto error;
        for (int i = 0; i < oparg; i++) {
            if (UNLIKELY(dict_set(d, tuple_items(keys)[i], PEEK(oparg + 1 - i)) < 0)) {
                v_decref(d);
                goto error;
            }
        }
        v_decref(POP());
        for (int i = 0; i < oparg; i++) v_decref(POP());
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        Value s = build_string(sp - oparg, oparg);
        if (UNLIKELY(v_is_null(s))) goto error;
        for (int i = 0; i < oparg; i++) v_decref(POP());
        PUSH(s);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        Value v = POP();
        if (UNLIKELY(list_append_steal(PEEK(oparg), v) < 0)) goto error;
        DISPATCH();
    }
    TARGET(SET_ADD) {
        Value v = POP();
        int r = set_add(PEEK(oparg), v);
        v_decref(v);
        if (UNLIKELY(r < 0)) goto error;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        Value v = POP(), k = POP();
        int r = dict_set(PEEK(oparg), k, v);
        v_decref(k);
        v_decref(v);
        if (UNLIKELY(r < 0)) goto error;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        Value it = POP();
        int r = list_extend(PEEK(oparg), it);
        if (UNLIKELY(r < 0)) {
            if (err_matches(&Exc_TypeError) && v_type(it)->iter == NULL && v_type(it)->getitem == NULL) {
                err_clear();
                err_format(&Exc_TypeError, "Value after * must be an iterable, not %s", v_type_name(it));
            }
            v_decref(it);
            goto error;
        }
        v_decref(it);
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        Value it = POP();
        int r = set_update(PEEK(oparg), it);
        v_decref(it);
        if (UNLIKELY(r < 0)) goto error;
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        Value u = POP();
        int r = dict_update(PEEK(oparg), u);
        if (UNLIKELY(r < 0)) {
            if (err_matches(&Exc_AttributeError) || (!v_is_dict(u) && err_matches(&Exc_TypeError))) {
                err_clear();
                err_format(&Exc_TypeError, "'%s' object is not a mapping", v_type_name(u));
            }
            v_decref(u);
            goto error;
        }
        v_decref(u);
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        Value u = POP();
        /* Stack: [..., NULL, func, args, dict] (+ oparg-1 more); func names the call. */
        int r = dict_merge(PEEK(oparg + 2), PEEK(oparg), u);
        v_decref(u);
        if (UNLIKELY(r < 0)) goto error;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        Value l = TOP();
        Value t = tuple_from_array(list_items(l), list_size(l));
        if (UNLIKELY(v_is_null(t))) goto error;
        v_decref(l);
        SET_TOP(t);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        SPECIALIZE(specialize_unpack_sequence(cur, TOP(), oparg));
    generic_UNPACK_SEQUENCE: ;
        Value seq = TOP();
        Value *items = NULL;
        int64_t n = -1;
        if (v_is_tuple(seq)) { items = tuple_items(seq); n = tuple_size(seq); }
        else if (v_is_list(seq)) { items = list_items(seq); n = list_size(seq); }
        if (items && n == oparg) {
            sp--;
            for (int i = oparg - 1; i >= 0; i--) PUSH(v_newref(items[i]));
            v_decref(seq);
            DISPATCH();
        }
        /* Unpack into the stack slots, then reverse so the first item ends on top. */
        sp--;
        if (UNLIKELY(obj_unpack(seq, oparg, sp) < 0)) {
            PUSH(seq);      /* the slot may hold a released item */
            goto error;
        }
        v_decref(seq);
        for (int i = 0, j = oparg - 1; i < j; i++, j--) {
            Value t = sp[i]; sp[i] = sp[j]; sp[j] = t;
        }
        sp += oparg;
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        int before = oparg & 0xFF, after = oparg >> 8;
        int total = before + 1 + after;
        Value seq = POP();
        if (UNLIKELY(obj_unpack_ex(seq, before, after, sp) < 0)) {
            PUSH(seq);      /* the slot may hold a released item */
            goto error;
        }
        v_decref(seq);
        for (int i = 0, j = total - 1; i < j; i++, j--) {
            Value t = sp[i]; sp[i] = sp[j]; sp[j] = t;
        }
        sp += total;
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        Value spec = (oparg & 4) ? POP() : V_NULL;
        Value v = TOP();
        Value r;
        if (!(oparg & 3) && v_is_null(spec) && v_is_str(v)) {
            DISPATCH();
        }
        r = format_value(v, oparg & 3, spec);
        v_decref(spec);
        if (UNLIKELY(v_is_null(r))) goto error;
        v_decref(v);
        SET_TOP(r);
        DISPATCH();
    }

    /* ---- control flow ---- */
    TARGET(JUMP_FORWARD) {
        JUMPBY(oparg);
        DISPATCH();
    }
    TARGET(JUMP_BACKWARD) {
        next_instr -= oparg;
        if (UNLIKELY(sigint_pending)) {
            SAVE_FRAME();   /* a Python signal handler may run */
            if (sigint_check() < 0) goto error;
#if !EVAL_TRACED
            if (UNLIKELY(trace_wanted())) {
                SAVE_FRAME();
                mode = EVAL_SWITCH;
                goto switch_to_traced;
            }
#endif
        }
#if EVAL_TRACED
        if (UNLIKELY(!trace_state.any)) {
            SAVE_FRAME();
            return EVAL_SWITCHED_BACK;
        }
        DISPATCH();
#endif
        /* Tier-up at a loop head (on-stack replacement). */
        if (UNLIKELY(--co->warmup < 0)) {
            SAVE_FRAME();
            JitRun r = jit_tier_up(frame, &retval);
            if (r == JIT_RUN_RETURNED) {
                sp = lp + co->nlocalsplus;
                goto do_return;
            }
            if (r == JIT_RUN_YIELDED) goto jit_yield;
            if (r != JIT_RUN_NONE) {
                LOAD_FRAME();
                if (r == JIT_RUN_ERROR) goto jit_error;
            }
        }
        DISPATCH();
    }
    TARGET(JUMP_BACKWARD_NO_INTERRUPT) {
        next_instr -= oparg;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        Value v = POP();
        if (v == V_FALSE) { JUMPBY(oparg); DISPATCH(); }
        if (v == V_TRUE) DISPATCH();
        int t = obj_truthy(v);
        v_decref(v);
        if (UNLIKELY(t < 0)) goto error;
        if (!t) JUMPBY(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        Value v = POP();
        if (v == V_TRUE) { JUMPBY(oparg); DISPATCH(); }
        if (v == V_FALSE) DISPATCH();
        int t = obj_truthy(v);
        v_decref(v);
        if (UNLIKELY(t < 0)) goto error;
        if (t) JUMPBY(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE) {
        Value v = POP();
        if (v == V_NONE) JUMPBY(oparg);
        else v_decref(v);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NOT_NONE) {
        Value v = POP();
        if (v != V_NONE) {
            v_decref(v);
            JUMPBY(oparg);
        }
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        Value v = TOP();
        int t = v == V_TRUE ? 1 : v == V_FALSE ? 0 : obj_truthy(v);
        if (UNLIKELY(t < 0)) goto error;
        if (!t) JUMPBY(oparg);
        else { sp--; v_decref(v); }
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        Value v = TOP();
        int t = v == V_TRUE ? 1 : v == V_FALSE ? 0 : obj_truthy(v);
        if (UNLIKELY(t < 0)) goto error;
        if (t) JUMPBY(oparg);
        else { sp--; v_decref(v); }
        DISPATCH();
    }
    TARGET(GET_ITER) {
        Value v = TOP();
        Value it = obj_iter(v);
        if (UNLIKELY(v_is_null(it))) goto error;
        v_decref(v);
        SET_TOP(it);
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        SPECIALIZE(specialize_for_iter(cur, TOP()));
    generic_FOR_ITER: ;
        Value it = TOP();
        Value next;
        if (v_is_type(it, &RangeIterType) && !((RangeIterObject *)v_as_obj(it))->big) {
            RangeIterObject *ri = (RangeIterObject *)v_as_obj(it);
            if (ri->remaining > 0) {
                int64_t x = ri->next;
                ri->remaining--;
                ri->next += ri->step;
                next = smallint_result(x);
                if (UNLIKELY(v_is_null(next))) goto error;
                PUSH(next);
                DISPATCH();
            }
        } else {
            UnaryFunc iternext = v_type(it)->iternext;
            if (UNLIKELY(!iternext)) {
                err_format(&Exc_TypeError, "'%s' object is not an iterator", v_type_name(it));
                goto error;
            }
#if EVAL_TRACED
            if (generator_check(it) && trace_state.tracefunc != V_NULL && !trace_state.busy) {
                SAVE_FRAME();
                next = trace_gen_next(frame, it);
            } else
#endif
            next = iternext(it);
            if (LIKELY(!v_is_null(next))) {
                PUSH(next);
                DISPATCH();
            }
            if (err_occurred()) {
                if (!err_matches(&Exc_StopIteration)) goto error;
#if EVAL_TRACED
                /* CPython's FOR_ITER: an explicit StopIteration is an
                 * 'exception' event. */
                if (trace_state.tracefunc != V_NULL && !trace_state.busy) {
                    SAVE_FRAME();
                    trace_exception(frame);
                    if (!err_matches(&Exc_StopIteration)) goto error;
                }
#endif
                err_clear();
            }
        }
        sp--;
        v_decref(it);
        JUMPBY(oparg);
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        retval = POP();
#if EVAL_TRACED
        if (trace_wanted()) {
            SAVE_FRAME();
            if (UNLIKELY(trace_return(frame, retval) < 0)) {
                v_decref(retval);
                goto exit_unwind;
            }
        }
        trace_frame_exit(frame);
#endif
    do_return:
        frame->stacktop = (int32_t)(sp - lp);
        eval_ts.depth--;
        if (LIKELY(frame->special == 0)) {
            /* A plain call frame: back to the caller's call instruction. */
            Frame *caller = frame->previous;
            frame_pop(frame);
            frame = caller;
            eval_ts.frame = frame;
            LOAD_FRAME();
            PUSH(retval);
            DISPATCH();
        }
        if (frame->is_entry) {
            eval_ts.frame = frame->previous;
            if (frame->heap) {
                frame_clear(frame);
            } else {
                frame_pop(frame);
            }
            return retval;
        }
        Frame *caller = frame->previous;
        if (UNLIKELY(frame->heap)) {
            /* A generator frame resumed inline finished. FOR_ITER_GEN:
             * the return value is dropped and the loop exits, as the
             * generic FOR_ITER does on exhaustion; SEND: the value
             * replaces the receiver and SEND jumps. The generator (the
             * caller's top) frees the frame. */
            frame = caller;
            eval_ts.frame = frame;
            LOAD_FRAME();
            Value gen = TOP();
            int mode = generator_inline_mode(gen);
            int32_t jump = generator_finish_inline(gen, false);
            if (mode == GEN_INLINE_CALL) {
                /* gen.send() (CALL_GEN_SEND): StopIteration(value) raised
                 * at the call, whose stack is just the generator. */
                sp--;
                v_decref(gen);
                generator_raise_stop(retval);
                goto error;
            }
            if (mode == GEN_INLINE_SEND) {
                /* SEND: the sub-generator's return value replaces it. */
                SET_TOP(retval);
            } else {
                v_decref(retval);
                sp--;
            }
            v_decref(gen);
            JUMPBY(jump);
            DISPATCH();
        }
        bool init_shim = frame->init_shim;
        frame_pop(frame);
        frame = caller;
        eval_ts.frame = frame;
        LOAD_FRAME();
        if (UNLIKELY(init_shim)) {
            /* __init__ entered by CALL_ALLOC_AND_ENTER_INIT: the instance is
             * already the call's result on the caller's stack. A non-None
             * return is type.__call__'s error, raised at the call (the
             * unwinding releases the instance). */
            if (UNLIKELY(retval != V_NONE)) {
                err_format(&Exc_TypeError, "__init__() should return None, not '%s'",
                           v_type_name(retval));
                v_decref(retval);
                goto error;
            }
            DISPATCH();
        }
        PUSH(retval);
        DISPATCH();
    }

    /* ---- calls and functions ---- */
    TARGET(KW_NAMES) {
        kwnames = consts[oparg];
        DISPATCH();
    }
    /* Pops and releases the operand stack down to b (a call's operands). */
#define POP_DOWN_TO(b) do { while (sp > (b)) { Value v_ = POP(); v_decref(v_); } } while (0)
    TARGET(CALL) {
        SPECIALIZE(specialize_call(cur, v_is_null(PEEK(oparg + 2)) ? PEEK(oparg + 1) : PEEK(oparg + 2),
                                   v_is_null(PEEK(oparg + 2)) ? V_NULL : PEEK(oparg + 1), oparg, kwnames));
    generic_CALL: ;
        int is_meth = !v_is_null(PEEK(oparg + 2));
        Value callable = is_meth ? PEEK(oparg + 2) : PEEK(oparg + 1);
        size_t ntotal = (size_t)oparg + (size_t)is_meth;
        Value *args = sp - ntotal;
        Value kw = kwnames;
        kwnames = V_NULL;
        size_t npos = ntotal - (v_is_null(kw) ? 0 : (size_t)tuple_size(kw));
        Value *base = sp - oparg - 2;
        if (!is_meth && v_is_type(callable, &BoundMethodType)) {
            /* Unpack a bound method into the [meth, self] form. */
            BoundMethodObject *bm = (BoundMethodObject *)v_as_obj(callable);
            Value f = v_newref(bm->func), s = v_newref(bm->self);
            base[0] = f;
            base[1] = s;
            v_decref(callable);
            callable = f;
            args = base + 1;
            ntotal++;
            npos++;
            is_meth = 1;
        }
        if (v_is_function(callable)) {
            FunctionObject *fn = v_as_function(callable);
            CodeObject *nco = v_as_code(fn->code);
            eval_ts.depth++;
            if (UNLIKELY(depth_exceeded())) {
                eval_ts.depth--;
                recursion_error();
                goto call_error;
            }
            Frame *nf = frame_push(nco, callable, fn->globals, fn->builtins, V_NULL);
            if (UNLIKELY(!nf)) {
                eval_ts.depth--;
                goto call_error;
            }
            if (LIKELY(v_is_null(kw) && npos == (size_t)nco->argcount &&
                       !(nco->flags & (CO_VARARGS | CO_VARKEYWORDS)) && nco->kwonlyargcount == 0)) {
                /* Exact positional call: the arguments' references move into the frame. */
                for (size_t i = 0; i < npos; i++) nf->localsplus[i] = args[i];
            } else {
                if (UNLIKELY(function_bind_args(fn, nf->localsplus, args, npos, kw) < 0)) {
                    frame_pop(nf);
                    eval_ts.depth--;
                    goto call_error;
                }
                for (size_t i = 0; i < ntotal; i++) v_decref(args[i]);
            }
            v_decref(callable);   /* the frame holds its own reference */
            sp = base;
            SAVE_FRAME();
            nf->previous = frame;
            frame = nf;
            eval_ts.frame = frame;
            LOAD_NEW_FRAME();
            goto start_frame;
        }
        {
            Value res;
            frame->prev_instr = cur;
#if EVAL_TRACED
            Value cfunc_;
            if (UNLIKELY(trace_state.profilefunc != V_NULL && !trace_state.busy &&
                         !v_is_null(cfunc_ = trace_c_func(callable, args, npos)))) {
                SAVE_FRAME();
                res = trace_c_call(cfunc_, callable, args, npos, kw);
            } else
#endif
            if (v_is_type(callable, &BuiltinFunctionType)) {
                BuiltinFunctionObject *bf = (BuiltinFunctionObject *)v_as_obj(callable);
                SAVE_FRAME();
                res = bf->fn(bf->self, args, npos, kw);
            } else if (v_is_type(callable, &MethodDescrType) && npos >= 1 &&
                       ((MethodDescrObject *)v_as_obj(callable))->def->flags == 0 &&
                       (v_type(args[0]) == ((MethodDescrObject *)v_as_obj(callable))->owner ||
                        type_is_subtype(v_type(args[0]), ((MethodDescrObject *)v_as_obj(callable))->owner))) {
                /* A builtin method called through LOAD_METHOD: no bound method object. */
                const MethodDef *def = ((MethodDescrObject *)v_as_obj(callable))->def;
                SAVE_FRAME();
                res = def->fn(args[0], args + 1, npos - 1, kw);
            } else {
                SAVE_FRAME();
                res = obj_call(callable, args, npos, kw);
            }
            if (UNLIKELY(v_is_null(res))) goto call_error;
            for (size_t i = 0; i < ntotal; i++) v_decref(args[i]);
            v_decref(callable);
            sp = base;
            PUSH(res);
            DISPATCH();
        }
    call_error:
        /* Release the call's operands; the error is the caller's. */
        POP_DOWN_TO(base);
        goto error;
    }
    TARGET(CALL_FUNCTION_EX) {
        Value kwargs = (oparg & 1) ? POP() : V_NULL;
        Value args = POP();
        Value func = TOP();
        SAVE_FRAME();
        Value res;
        if (!v_is_tuple(args) && v_type(args)->iter == NULL && v_type(args)->getitem == NULL) {
            char d[200];
            callable_desc(func, d, sizeof d);
            err_format(&Exc_TypeError, "%s argument after * must be an iterable, not %s",
                       d, v_type_name(args));
            res = V_NULL;
        } else {
#if EVAL_TRACED
            if (trace_state.profilefunc != V_NULL && !trace_state.busy &&
                v_is_type(func, &BuiltinFunctionType))
                res = trace_c_call_ex(func, args, kwargs);
            else
#endif
            res = call_function_ex(func, args, kwargs);
        }
        v_decref(kwargs);
        v_decref(args);
        if (UNLIKELY(v_is_null(res))) goto error;
        v_decref(func);
        sp--;
        /* The NULL slot under the function. */
        v_decref(TOP());
        SET_TOP(res);
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        Value code = POP();
        Value f = function_new(code, frame->globals);
        v_decref(code);
        if (UNLIKELY(v_is_null(f))) goto error;
        FunctionObject *fn = v_as_function(f);
        if (oparg & 8) fn->closure = POP();
        if (oparg & 4) {
            fn->annotations = annotations_dict(POP());
            if (UNLIKELY(v_is_null(fn->annotations))) { v_decref(f); goto error; }
        }
        if (oparg & 2) fn->kwdefaults = POP();
        if (oparg & 1) fn->defaults = POP();
        PUSH(f);
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        Value bc = dict_get_str(frame->builtins, str_intern_cstr("__build_class__"));
        if (UNLIKELY(v_is_null(bc))) {
            err_format(&Exc_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(v_newref(bc));
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
        Value locals = frame->locals;
        if (!v_is_dict(locals)) {
            err_format(&Exc_SystemError, "no locals found when setting up annotations");
            goto error;
        }
        if (v_is_null(dict_get_cstr(locals, "__annotations__"))) {
            Value d = dict_new();
            if (UNLIKELY(v_is_null(d))) goto error;
            int r = dict_set_cstr(locals, "__annotations__", d);
            v_decref(d);
            if (UNLIKELY(r < 0)) goto error;
        }
        DISPATCH();
    }

    /* ---- generators ---- */
    TARGET(RETURN_GENERATOR) {
        /* The frame moves into a new generator object (which will resume
         * it after this instruction); the caller gets the generator as if
         * the frame had returned it. */
        SAVE_FRAME();
        retval = generator_new_from_frame(frame);
        if (UNLIKELY(v_is_null(retval))) goto error;
        sp = lp + frame->stacktop;
        goto do_return;
    }
    TARGET(YIELD_VALUE) {
        /* Only generator frames (heap, entry) yield: suspend and return
         * the value to generator_send. */
        Value v = POP();
        SAVE_FRAME();
#if EVAL_TRACED
        if (trace_wanted() && UNLIKELY(trace_return(frame, v) < 0)) {
            v_decref(v);
            goto exit_unwind;
        }
#endif
        if (0) {
    jit_yield:
            /* compiled code's yield (JIT_RUN_YIELDED): the frame is saved,
             * the value in retval */
            v = retval;
        }
        eval_ts.depth--;
        eval_ts.frame = frame->previous;
        if (!frame->is_entry) {
            /* Resumed inline by FOR_ITER_GEN or SEND: back to the loop, whose
             * top is the generator, after the FOR_ITER_GEN. */
            frame = frame->previous;
            int mode = generator_yield_inline(frame->localsplus[frame->stacktop - 1]);
            LOAD_FRAME();
            if (mode == GEN_INLINE_CALL) {
                /* gen.send()'s result replaces the generator. */
                Value gen = TOP();
                SET_TOP(v);
                SAVE_FRAME();
                v_decref(gen);
                DISPATCH();
            }
            PUSH(v);
            DISPATCH();
        }
        return v;
    }
    TARGET(GET_YIELD_FROM_ITER) {
        Value v = TOP();
        if (!generator_check(v)) {
            Value it = obj_iter(v);
            if (UNLIKELY(v_is_null(it))) goto error;
            v_decref(v);
            SET_TOP(it);
        }
        DISPATCH();
    }
    TARGET(SEND) {
#if !EVAL_TRACED
        /* (Traced: through generator_send_value, for the StopIteration
         * event below.) */
        if (generator_or_coro_check(SECOND())) {
            /* A generator or coroutine runs in this activation, as in
             * FOR_ITER_GEN: its yield comes back after this instruction
             * with [recv, yielded], its return (do_return) replaces recv
             * and jumps by oparg, an escaping exception is raised here. */
            Value v = POP();
            SAVE_FRAME();
            Frame *gf = generator_enter_inline_send(TOP(), v, frame, oparg);
            if (LIKELY(gf != NULL)) {
                frame = gf;
                LOAD_FRAME();
                GEN_RESUMED();
                DISPATCH();
            }
            sp++;             /* v is still there: the generic path */
        }
#endif
        Value v = POP(), recv = TOP();
        Value res;
        int status = generator_send_value(recv, v, &res);
#if EVAL_TRACED
        /* CPython's SEND, tracing: the sub-iterator's return is a
         * StopIteration (next() of a generator returning None raises none),
         * an 'exception' event here. */
        if (status == 0 && trace_state.tracefunc != V_NULL && !trace_state.busy &&
            (v != V_NONE || res != V_NONE)) {
            SAVE_FRAME();
            if (trace_stop_iteration(frame, res) < 0) {
                v_decref(v);
                v_decref(res);
                goto error;
            }
        }
#endif
        v_decref(v);
        if (status < 0) goto error;
        if (status == 0) {
            /* The sub-iterator returned: its value replaces it. */
            v_decref(recv);
            SET_TOP(res);
            JUMPBY(oparg);
            DISPATCH();
        }
        PUSH(res);
        DISPATCH();
    }

    TARGET(GET_AWAITABLE) {
        Value v = TOP();
        Value it = coro_get_awaitable(v);
        if (UNLIKELY(v_is_null(it))) goto error;
        v_decref(v);
        SET_TOP(it);
        DISPATCH();
    }
    TARGET(GET_AITER) {
        /* [x] -> [x.__aiter__()], which must have __anext__. */
        Value v = TOP();
        Value it = call_special0(v, "__aiter__", "'async for' requires an object with __aiter__ method, got %s");
        if (UNLIKELY(v_is_null(it))) goto error;
        if (UNLIKELY(v_is_null(type_lookup(v_type(it), str_intern_cstr("__anext__"))))) {
            err_format(&Exc_TypeError,
                       "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                       v_type_name(it));
            v_decref(it);
            goto error;
        }
        v_decref(v);
        SET_TOP(it);
        DISPATCH();
    }
    TARGET(ASYNC_GEN_WRAP) {
        Value w = async_gen_wrap(TOP());
        if (UNLIKELY(v_is_null(w))) goto error;
        SET_TOP(w);
        DISPATCH();
    }
    TARGET(GET_ANEXT) {
        /* [ait] -> [ait, awaitable of ait.__anext__()] */
        Value ait = TOP();
        Value res = call_special0(ait, "__anext__", "'async for' requires an iterator with __anext__ method, got %s");
        if (UNLIKELY(v_is_null(res))) goto error;
        Value aw = coro_get_awaitable(res);
        if (UNLIKELY(v_is_null(aw))) {
            if (err_matches(&Exc_TypeError)) {
                err_clear();
                err_format(&Exc_TypeError, "'async for' received an invalid object from __anext__: %s",
                           v_type_name(res));
            }
            v_decref(res);
            goto error;
        }
        v_decref(res);
        PUSH(aw);
        DISPATCH();
    }
    TARGET(END_ASYNC_FOR) {
        /* Handler of the GET_ANEXT await: [ait, exc]. */
        Value exc = POP();
        if (v_is_exception(exc) && type_is_subtype(v_type(exc), &Exc_StopAsyncIteration)) {
            v_decref(exc);
            Value ait = POP();
            v_decref(ait);
            DISPATCH();
        }
        frame->prev_instr = cur;
        err_restore(exc);
        goto exception_unwind;
    }
    TARGET(BEFORE_ASYNC_WITH) {
        /* [mgr] -> [bound __aexit__, mgr.__aenter__()] (awaited next) */
        Value mgr = TOP();
        Value enter = lookup_special(mgr, "__aenter__");
        if (UNLIKELY(v_is_null(enter))) {
            if (!err_occurred())
                err_format(&Exc_TypeError, "'%s' object does not support the asynchronous context manager protocol",
                           v_type_name(mgr));
            goto error;
        }
        Value exit = lookup_special(mgr, "__aexit__");
        if (UNLIKELY(v_is_null(exit))) {
            if (!err_occurred())
                err_format(&Exc_TypeError,
                           "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                           v_type_name(mgr));
            v_decref(enter);
            goto error;
        }
        SET_TOP(exit);
        v_decref(mgr);
        Value res = obj_call0(enter);
        v_decref(enter);
        if (UNLIKELY(v_is_null(res))) goto error;
        PUSH(res);
        DISPATCH();
    }

    /* ---- exceptions ---- */
    TARGET(RAISE_VARARGS) {
        if (oparg == 0) {
            Value exc = eval_current_exception();
            if (exc == V_NONE) {
                err_format(&Exc_RuntimeError, "No active exception to reraise");
                goto error;
            }
            err_restore(v_newref(exc));
            frame->prev_instr = cur;
            goto exception_unwind;
        }
        Value cause = oparg == 2 ? POP() : V_NULL;
        Value exc = POP();
        do_raise(exc, cause);
        /* A raise always links the handled exception, even when the
         * instance already has a traceback (`raise e` of a caught one). */
        chain_context(err_peek());
        goto error_nochain;
    }
    TARGET(RERAISE) {
        Value exc = POP();
        /* The restored lasti is what a handler (and f_lasti) sees; the
         * handler lookup still uses this instruction, as in CPython. */
        frame->prev_instr = cur;
        if (oparg) {
            Value lasti = PEEK(oparg);
            if (v_is_smallint(lasti)) frame->prev_instr = co->code + v_as_smallint(lasti);
        }
        err_restore(exc);
        goto exception_unwind;
    }
    TARGET(PUSH_EXC_INFO) {
        Value exc = TOP();
        SET_TOP(eval_ts.exc_info);          /* the stack takes the old reference */
        eval_ts.exc_info = v_newref(exc);
        PUSH(exc);
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        Value prev = POP();
        v_setref(&eval_ts.exc_info, prev);
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
        Value type = TOP(), exc = SECOND();
        if (UNLIKELY(check_except_type(type) < 0)) goto error;
        int m = obj_isinstance(exc, type);
        if (UNLIKELY(m < 0)) goto error;
        v_decref(type);
        SET_TOP(v_from_bool(m));
        DISPATCH();
    }
    TARGET(CHECK_EG_MATCH) {
        Value type = TOP(), exc = SECOND();
        if (UNLIKELY(check_except_type(type) < 0 || exc_group_check_star_type(type) < 0)) goto error;
        Value match, rest;
        if (UNLIKELY(exc_group_match(exc, type, &match, &rest) < 0)) goto error;
        v_decref(type);
        if (match == V_NONE) {
            v_decref(rest);
            SET_TOP(V_NONE);           /* [exc, None] */
        } else {
            /* [rest, match]; the clause body sees match as the handled exception. */
            SET_SECOND(rest);
            SET_TOP(match);
            v_setref(&eval_ts.exc_info, v_newref(match));
            v_decref(exc);
        }
        DISPATCH();
    }
    TARGET(PREP_RERAISE_STAR) {
        Value excs = TOP(), orig = SECOND();
        Value res = exc_group_prep_reraise(orig, excs);
        if (UNLIKELY(v_is_null(res))) goto error;
        v_decref(excs);
        v_decref(orig);
        sp--;
        SET_TOP(res);
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(v_from_obj(&Exc_AssertionError));
        DISPATCH();
    }
    TARGET(BEFORE_WITH) {
        /* [mgr] -> [bound __exit__, mgr.__enter__()] */
        Value mgr = TOP();
        Value enter = lookup_special(mgr, "__enter__");
        if (UNLIKELY(v_is_null(enter))) {
            if (!err_occurred()) with_protocol_error(mgr, "");
            goto error;
        }
        Value exit = lookup_special(mgr, "__exit__");
        if (UNLIKELY(v_is_null(exit))) {
            if (!err_occurred()) with_protocol_error(mgr, " (missed __exit__ method)");
            v_decref(enter);
            goto error;
        }
        SET_TOP(exit);
        v_decref(mgr);
        Value res = obj_call0(enter);
        v_decref(enter);
        if (UNLIKELY(v_is_null(res))) goto error;
        PUSH(res);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        /* [exit, lasti, prev_exc, exc] -> [..., exc, exit(type(exc), exc, tb)] */
        Value exc = TOP(), exit = PEEK(4);
        Value args[3] = { v_from_obj(&v_type(exc)->ob), exc, V_NONE };
        if (v_is_exception(exc)) args[2] = ((ExceptionObject *)v_as_obj(exc))->traceback;
        Value res = obj_call(exit, args, 3, V_NULL);
        if (UNLIKELY(v_is_null(res))) goto error;
        PUSH(res);
        DISPATCH();
    }

    /* ---- modules ---- */
    TARGET(IMPORT_NAME) {
        /* [level, fromlist] -> module; level is a small int constant. */
        Value fromlist = TOP(), level = SECOND();
        SAVE_FRAME();
        Value res = import_name(names[oparg], frame->globals, fromlist,
                                v_is_smallint(level) ? (int)v_as_smallint(level) : 0);
        if (UNLIKELY(v_is_null(res))) goto error;
        v_decref(fromlist);
        v_decref(level);
        sp--;
        SET_TOP(res);
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        SAVE_FRAME();
        Value res = import_from(TOP(), names[oparg]);
        if (UNLIKELY(v_is_null(res))) goto error;
        PUSH(res);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        Value module = TOP();
        if (UNLIKELY(v_is_null(frame->locals))) {
            err_format(&Exc_SystemError, "no locals found during 'import *'");
            goto error;
        }
        SAVE_FRAME();
        if (UNLIKELY(import_star(module, frame->locals) < 0)) goto error;
        sp--;
        v_decref(module);
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        /* interactive code only: sys.displayhook(v) (vm/repl.c) */
        Value v = TOP();
        SAVE_FRAME();
        if (UNLIKELY(repl_print_expr(v) < 0)) goto error;
        sp--;
        v_decref(v);
        DISPATCH();
    }

    /* ---- pattern matching (helpers in match.c) ---- */
    TARGET(GET_LEN) {
        int64_t n = obj_len(TOP());
        if (UNLIKELY(n < 0)) goto error;
        Value len = int_from_i64(n);
        if (UNLIKELY(v_is_null(len))) goto error;
        PUSH(len);
        DISPATCH();
    }
    TARGET(MATCH_MAPPING) {
        Value is_mapping = v_from_bool(match_is_mapping(TOP()));
        PUSH(is_mapping);
        DISPATCH();
    }
    TARGET(MATCH_SEQUENCE) {
        Value is_sequence = v_from_bool(match_is_sequence(TOP()));
        PUSH(is_sequence);
        DISPATCH();
    }
    TARGET(MATCH_KEYS) {
        Value values = match_keys(SECOND(), TOP());
        if (UNLIKELY(v_is_null(values))) goto error;
        PUSH(values);
        DISPATCH();
    }
    TARGET(MATCH_CLASS) {
        Value kwnames = TOP(), cls = SECOND(), subject = THIRD();
        Value attrs = match_class(subject, cls, oparg, kwnames);
        if (UNLIKELY(v_is_null(attrs))) goto error;
        v_decref(kwnames);
        v_decref(cls);
        v_decref(subject);
        sp -= 2;
        SET_TOP(attrs);
        DISPATCH();
    }

    /* ---- specialised forms (chosen by vm/specialize.c; layouts in specialize.h) ----
     * Each checks its guard first (DEOPT_IF: nothing has been consumed yet)
     * and then does only the work its guard makes safe. */
#define SPEC_BOTH_INT(l, r) smallint_both(l, r)
    TARGET(BINARY_OP_ADD_INT) {
        Value r = TOP(), l = SECOND();
        DEOPT_IF(!SPEC_BOTH_INT(l, r), BINARY_OP);
        STAT_HIT(BINARY_OP_ADD_INT);
        sp--;
        SET_TOP(smallint_add_boxed(l, r));
        DISPATCH();
    }
    TARGET(BINARY_OP_SUBTRACT_INT) {
        Value r = TOP(), l = SECOND();
        DEOPT_IF(!SPEC_BOTH_INT(l, r), BINARY_OP);
        STAT_HIT(BINARY_OP_SUBTRACT_INT);
        sp--;
        SET_TOP(smallint_sub_boxed(l, r));
        DISPATCH();
    }
    TARGET(BINARY_OP_MULTIPLY_INT) {
        Value r = TOP(), l = SECOND();
        int64_t x;
        DEOPT_IF(!SPEC_BOTH_INT(l, r), BINARY_OP);
        STAT_HIT(BINARY_OP_MULTIPLY_INT);
        /* l's payload shifted to the top (smallint_add_boxed): the
         * product overflows int64 exactly when it leaves the small range. */
        if (UNLIKELY(__builtin_mul_overflow((int64_t)(l << 16), v_as_smallint(r), &x))) {
            /* A big int, without leaving this form (a deopt each time
             * would end in the generic instruction). */
            Value res = int_mul(l, r);
            if (UNLIKELY(v_is_null(res))) goto error;
            sp--;
            SET_TOP(res);
            DISPATCH();
        }
        sp--;
        SET_TOP(TAG_INT | ((uint64_t)x >> 16));
        DISPATCH();
    }
    TARGET(BINARY_OP_ADD_STR) {
        /* Exact strs: what str's nb_add slot does once binary_op1 found
         * it. An l whose only other reference is the local the result is
         * stored back to goes to the generic form (its in-place append). */
        Value r = TOP(), l = SECOND();
        DEOPT_IF(!v_is_str(l) || !v_is_str(r), BINARY_OP);
        if (v_as_obj(l)->refcnt == 2) goto generic_BINARY_OP;
        STAT_HIT(BINARY_OP_ADD_STR);
        Value res = str_concat(l, r);
        if (UNLIKELY(v_is_null(res))) goto error;
        obj_decref(v_as_obj(l));
        obj_decref(v_as_obj(r));
        sp--;
        SET_TOP(res);
        DISPATCH();
    }
    TARGET(BINARY_OP_ADD_LIST) {
        /* Exact lists, `+` (never `+=`): a new list of both. */
        Value r = TOP(), l = SECOND();
        DEOPT_IF(!v_is_list(l) || !v_is_list(r), BINARY_OP);
        STAT_HIT(BINARY_OP_ADD_LIST);
        Value res = list_concat_lists(l, r);
        if (UNLIKELY(v_is_null(res))) goto error;
        obj_decref(v_as_obj(l));
        obj_decref(v_as_obj(r));
        sp--;
        SET_TOP(res);
        DISPATCH();
    }
    TARGET(BINARY_OP_INT) {
        /* Exact ints, small or big: int.c's functions, which are what the
         * int slots call once binary_op1 has found them. */
        Value r = TOP(), l = SECOND();
        DEOPT_IF(!v_is_int(l) || !v_is_int(r), BINARY_OP);
        STAT_HIT(BINARY_OP_INT);
        Value res;
        switch (oparg >= NB_INPLACE ? oparg - NB_INPLACE : oparg) {
        case NB_AND:
            if (v_is_smallint(l) && v_is_smallint(r)) { res = v_from_smallint(v_as_smallint(l) & v_as_smallint(r)); break; }
            res = int_and(l, r);
            break;
        case NB_OR:
            if (v_is_smallint(l) && v_is_smallint(r)) { res = v_from_smallint(v_as_smallint(l) | v_as_smallint(r)); break; }
            res = int_or(l, r);
            break;
        case NB_XOR:
            if (v_is_smallint(l) && v_is_smallint(r)) { res = v_from_smallint(v_as_smallint(l) ^ v_as_smallint(r)); break; }
            res = int_xor(l, r);
            break;
        case NB_RSHIFT:
            if (v_is_smallint(l) && v_is_smallint(r) && v_as_smallint(r) >= 0) {
                int64_t b = v_as_smallint(r);
                res = v_from_smallint(v_as_smallint(l) >> (b > 63 ? 63 : b));
                break;
            }
            res = int_rshift(l, r);
            break;
        case NB_ADD: res = int_add(l, r); break;
        case NB_SUBTRACT: res = int_sub(l, r); break;
        case NB_MULTIPLY: res = int_mul(l, r); break;
        case NB_FLOOR_DIVIDE: res = int_floordiv(l, r); break;
        case NB_REMAINDER: res = int_mod(l, r); break;
        case NB_LSHIFT: res = int_lshift(l, r); break;
        default: goto generic_BINARY_OP;   /* not chosen by the specialiser */
        }
        if (UNLIKELY(v_is_null(res))) goto error;
        v_decref(l);
        v_decref(r);
        sp--;
        SET_TOP(res);
        DISPATCH();
    }
    TARGET(BINARY_OP_FLOOR_DIVIDE_INT) {
        Value r = TOP(), l = SECOND();
        DEOPT_IF(!SPEC_BOTH_INT(l, r) || v_as_smallint(r) == 0, BINARY_OP);
        STAT_HIT(BINARY_OP_FLOOR_DIVIDE_INT);
        int64_t a = v_as_smallint(l), b = v_as_smallint(r);
        int64_t x = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0))) x--;
        sp--;
        SET_TOP(smallint_result(x));
        DISPATCH();
    }
    TARGET(BINARY_OP_REMAINDER_INT) {
        Value r = TOP(), l = SECOND();
        DEOPT_IF(!SPEC_BOTH_INT(l, r) || v_as_smallint(r) == 0, BINARY_OP);
        STAT_HIT(BINARY_OP_REMAINDER_INT);
        int64_t a = v_as_smallint(l), b = v_as_smallint(r);
        int64_t x = a % b;
        if (x != 0 && ((x < 0) != (b < 0))) x += b;
        sp--;
        SET_TOP(v_from_smallint(x));
        DISPATCH();
    }
    /* The float forms take a small int on either side (Python converts it
     * exactly: |x| < 2^47), never on both: that is the int forms' case. */
#define SPEC_NUM(v) (v_is_float(v) || v_is_smallint(v))
#define SPEC_AS_DOUBLE(v) (v_is_float(v) ? v_as_float(v) : (double)v_as_smallint(v))
/* Two floats first (one unsigned compare each), then the mixed cases. */
#define SPEC_FLOAT_OPERANDS(l, r, a, b) do { \
        if (LIKELY(v_is_float(l) && v_is_float(r))) { \
            a = v_as_float(l); \
            b = v_as_float(r); \
        } else { \
            DEOPT_IF(!SPEC_NUM(l) || !SPEC_NUM(r) || (v_is_smallint(l) && v_is_smallint(r)), BINARY_OP); \
            a = SPEC_AS_DOUBLE(l); \
            b = SPEC_AS_DOUBLE(r); \
        } \
    } while (0)
#define SPEC_FLOAT_BINOP(NAME, OPER) \
    TARGET(NAME) { \
        Value r = TOP(), l = SECOND(); \
        double a_, b_; \
        SPEC_FLOAT_OPERANDS(l, r, a_, b_); \
        STAT_HIT(NAME); \
        sp--; \
        SET_TOP(v_from_float(a_ OPER b_)); \
        DISPATCH(); \
    }
    SPEC_FLOAT_BINOP(BINARY_OP_ADD_FLOAT, +)
    SPEC_FLOAT_BINOP(BINARY_OP_SUBTRACT_FLOAT, -)
    SPEC_FLOAT_BINOP(BINARY_OP_MULTIPLY_FLOAT, *)
    TARGET(BINARY_OP_TRUE_DIVIDE_FLOAT) {
        Value r = TOP(), l = SECOND();
        double a, b;
        SPEC_FLOAT_OPERANDS(l, r, a, b);
        DEOPT_IF(b == 0.0, BINARY_OP);
        STAT_HIT(BINARY_OP_TRUE_DIVIDE_FLOAT);
        sp--;
        SET_TOP(v_from_float(a / b));
        DISPATCH();
    }
    /* float ** (float or small int): only a finite positive base and a
     * finite exponent with a finite result, where float_pow is C's pow
     * (the generic path raises or goes complex for the others). */
    TARGET(BINARY_OP_POWER_FLOAT) {
        Value r = TOP(), l = SECOND();
        DEOPT_IF(!v_is_float(l) || !SPEC_NUM(r), BINARY_OP);
        Value x = spec_float_pow(v_as_float(l), SPEC_AS_DOUBLE(r));
        DEOPT_IF(v_is_null(x), BINARY_OP);
        STAT_HIT(BINARY_OP_POWER_FLOAT);
        sp--;
        SET_TOP(x);
        DISPATCH();
    }

    /* Compare forms: COMPARE_RESULT, as the generic form. */
    TARGET(COMPARE_OP_INT) {
        Value r = TOP(), l = SECOND();
        DEOPT_IF(!SPEC_BOTH_INT(l, r), COMPARE_OP);
        STAT_HIT(COMPARE_OP_INT);
        sp -= 2;
        /* The payloads shifted to the top compare as the ints do. */
        COMPARE_RESULT(compare_i64((int64_t)(l << 16), (int64_t)(r << 16), oparg));
    }
    TARGET(COMPARE_OP_FLOAT) {
        Value r = TOP(), l = SECOND();
        DEOPT_IF(!v_is_float(l) || !v_is_float(r), COMPARE_OP);
        STAT_HIT(COMPARE_OP_FLOAT);
        sp -= 2;
        COMPARE_RESULT(compare_f64(v_as_float(l), v_as_float(r), oparg));
    }
    TARGET(COMPARE_OP_STR) {
        /* == and != only (the specialiser checks the oparg). */
        Value r = TOP(), l = SECOND();
        DEOPT_IF(!v_is_str(l) || !v_is_str(r), COMPARE_OP);
        STAT_HIT(COMPARE_OP_STR);
        int c = (l == r || str_eq(l, r)) ^ (oparg == CMP_NE);
        obj_decref(v_as_obj(l));
        obj_decref(v_as_obj(r));
        sp -= 2;
        COMPARE_RESULT(c);
    }
    TARGET(CONTAINS_OP_DICT) {
        Value container = TOP(), item = SECOND();
        DEOPT_IF(!v_is_dict(container), CONTAINS_OP);
        STAT_HIT(CONTAINS_OP_DICT);
        int c = dict_contains(container, item);
        if (UNLIKELY(c < 0)) goto error;
        obj_decref(v_as_obj(container));
        v_decref(item);
        sp -= 2;
        COMPARE_RESULT(c ^ oparg);   /* with a following POP_JUMP_IF_* */
    }
    TARGET(CONTAINS_OP_SET) {
        Value container = TOP(), item = SECOND();
        DEOPT_IF(!v_is_type(container, &SetType) && !v_is_type(container, &FrozenSetType), CONTAINS_OP);
        STAT_HIT(CONTAINS_OP_SET);
        int c = v_is_smallint(item) ? set_contains_smallint(container, item) : -1;
        if (c < 0) {
            c = set_contains(container, item);
            if (UNLIKELY(c < 0)) goto error;
        }
        obj_decref(v_as_obj(container));
        v_decref(item);
        sp -= 2;
        COMPARE_RESULT(c ^ oparg);   /* with a following POP_JUMP_IF_* */
    }

    /* ---- subscripts ---- */
    /* seq[i] on an exact list or tuple with an in-range small int (negative
     * indices normalised); anything else deopts to the generic form. */
#define BINARY_SUBSCR_SEQ_INT(NAME, IS_SEQ, SEQ_SIZE, SEQ_ITEMS) \
    TARGET(NAME) { \
        Value key = TOP(), container = SECOND(); \
        DEOPT_IF(!IS_SEQ(container) || !v_is_smallint(key), BINARY_SUBSCR); \
        int64_t i = v_as_smallint(key), n = SEQ_SIZE(container); \
        if (i < 0) i += n; \
        DEOPT_IF((uint64_t)i >= (uint64_t)n, BINARY_SUBSCR); \
        STAT_HIT(NAME); \
        Value res = v_newref(SEQ_ITEMS(container)[i]); \
        obj_decref(v_as_obj(container)); \
        sp--; \
        SET_TOP(res); \
        DISPATCH(); \
    }
    BINARY_SUBSCR_SEQ_INT(BINARY_SUBSCR_LIST_INT, v_is_list, list_size, list_items)
    BINARY_SUBSCR_SEQ_INT(BINARY_SUBSCR_TUPLE_INT, v_is_tuple, tuple_size, tuple_items)
#undef BINARY_SUBSCR_SEQ_INT
    TARGET(BINARY_SUBSCR_DICT) {
        Value key = TOP(), container = SECOND();
        DEOPT_IF(!v_is_dict(container), BINARY_SUBSCR);
        Value res = dict_get(container, key);
        if (UNLIKELY(v_is_null(res))) {
            if (err_occurred()) goto error;
            /* Missing: the generic form raises the KeyError. */
            goto generic_BINARY_SUBSCR;
        }
        STAT_HIT(BINARY_SUBSCR_DICT);
        v_incref(res);
        obj_decref(v_as_obj(container));
        v_decref(key);
        sp--;
        SET_TOP(res);
        DISPATCH();
    }
    TARGET(STORE_SUBSCR_LIST_INT) {
        Value key = TOP(), container = SECOND(), v = THIRD();
        DEOPT_IF(!v_is_list(container) || !v_is_smallint(key), STORE_SUBSCR);
        int64_t i = v_as_smallint(key), n = list_size(container);
        if (i < 0) i += n;
        DEOPT_IF((uint64_t)i >= (uint64_t)n, STORE_SUBSCR);
        STAT_HIT(STORE_SUBSCR_LIST_INT);
        sp -= 3;
        v_setref(&list_items(container)[i], v);   /* steals the stack's ref */
        obj_decref(v_as_obj(container));
        DISPATCH();
    }
    TARGET(STORE_SUBSCR_DICT) {
        Value key = TOP(), container = SECOND(), v = THIRD();
        DEOPT_IF(!v_is_dict(container), STORE_SUBSCR);
        STAT_HIT(STORE_SUBSCR_DICT);
        if (UNLIKELY(dict_set(container, key, v) < 0)) goto error;
        sp -= 3;
        v_decref(key);
        obj_decref(v_as_obj(container));
        v_decref(v);
        DISPATCH();
    }

    /* ---- globals: the entry is checked by its key (interned names: a
     * pointer compare); a builtin also needs the globals' version (a
     * version names one dict with one key set: no global shadows it) ---- */
    TARGET(LOAD_GLOBAL_MODULE) {
        DictObject *g = v_as_dict(frame->globals);
        unsigned i = cur[2];
        DEOPT_IF(i >= (uint64_t)g->nentries || g->entries[i].key != names[oparg >> 1], LOAD_GLOBAL);
        STAT_HIT(LOAD_GLOBAL_MODULE);
        Value v = g->entries[i].value;
        if (oparg & 1) PUSH(V_NULL);
        PUSH(v_newref(v));
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL_BUILTIN) {
        DictObject *g = v_as_dict(frame->globals), *b = v_as_dict(frame->builtins);
        unsigned i = cur[2];
        DEOPT_IF(SPEC_VERSION48(g->version) != cache_u48(cur + 3) || i >= (uint64_t)b->nentries ||
                 b->entries[i].key != names[oparg >> 1], LOAD_GLOBAL);
        STAT_HIT(LOAD_GLOBAL_BUILTIN);
        Value v = b->entries[i].value;
        if (oparg & 1) PUSH(V_NULL);
        PUSH(v_newref(v));
        DISPATCH();
    }

    /* ---- attributes ---- */
    TARGET(LOAD_ATTR_INSTANCE_VALUE) {
        Value owner = TOP();
        DEOPT_IF(!v_is_ptr(owner), LOAD_ATTR);
        TypeObject *t = v_as_obj(owner)->type;
        DEOPT_IF(t->version != cache_u32(cur + 2), LOAD_ATTR);
        /* The version pins a type with a dict slot and no data descriptor
         * or custom lookup for this name. */
        Value d = *(Value *)((char *)v_as_obj(owner) + t->dictoffset);
        DEOPT_IF(!v_is_dict(d), LOAD_ATTR);   /* V_NULL or a shape-mode vector */
        DictObject *dd = v_as_dict(d);
        unsigned i = cur[4];
        DEOPT_IF(i >= (uint64_t)dd->nentries || dd->entries[i].key != names[oparg], LOAD_ATTR);
        STAT_HIT(LOAD_ATTR_INSTANCE_VALUE);
        Value v = v_newref(dd->entries[i].value);
        obj_decref(v_as_obj(owner));
        SET_TOP(v);
        DISPATCH();
    }
    TARGET(LOAD_ATTR_INSTANCE_SHAPE) {
        Value owner = TOP();
        Value v;
        ATTR_SHAPE_GET(owner, cur, v, load_attr_shape_miss);
        STAT_HIT(LOAD_ATTR_INSTANCE_SHAPE);
        v_incref(v);
        obj_decref(v_as_obj(owner));
        SET_TOP(v);
        DISPATCH();
    load_attr_shape_miss:
        spec_miss(cur, OP_LOAD_ATTR);
        goto generic_LOAD_ATTR;
    }
    TARGET(STORE_ATTR_SHAPE) {
        {
            Value owner = TOP();
            DEOPT_IF(!v_is_ptr(owner), STORE_ATTR);
            DEOPT_IF(v_as_obj(owner)->type->version != cache_u32(cur + 2), STORE_ATTR);
            STAT_HIT(STORE_ATTR_SHAPE);
        }
    store_attr_shape_body: ;
        /* Shared with STORE_ATTR_SHAPE_POLY once its guard passed: the
         * owner's type has a shape-mode dict slot; cur[4] is the slot hint. */
        Value owner = TOP(), v = SECOND();
        TypeObject *t = v_as_obj(owner)->type;
        Value name = names[oparg];
        InlineAttrs *ia = inline_attrs_at(v_as_obj(owner), t->dictoffset);
        Shape *is = ia->shape;
        Value d = *(Value *)((char *)v_as_obj(owner) + t->dictoffset);
        unsigned i = cur[4];
        /* Inline mode unless is is shape_none (no names, no transitions). */
        if (LIKELY(i < is->nslots && is->names[i] == name)) {
            Value old = ia->values[i];
            ia->values[i] = v;                     /* the stack's reference */
            sp -= 2;
            obj_decref(v_as_obj(owner));
            v_decref(old);
            DISPATCH();
        } else if (i == is->nslots && i < INLINE_NSLOTS && is->nnext == 1 &&
                   is->next[0]->names[i] == name) {
            /* Adding the name as slot i along the shape's only (already
             * made) transition: a slot write and a shape switch. */
            ia->values[i] = v;
            ia->shape = is->next[0];
            sp -= 2;
            obj_decref(v_as_obj(owner));
            DISPATCH();
        } else if (is == &shape_root) {
            /* No attributes yet: the class's usual first shape. */
            Shape *fs = t->first_shape;
            if (fs && fs->names[0] == name) {
                ia->values[0] = v;
                ia->shape = fs;
                sp -= 2;
                obj_decref(v_as_obj(owner));
                DISPATCH();
            }
        } else if (v_is_attrs(d)) {
            AttrsObject *a = (AttrsObject *)v_as_obj(d);
            Shape *s = a->shape;
            if (LIKELY(i < s->nslots && s->names[i] == name)) {
                Value old = a->values[i];
                a->values[i] = v;                  /* the stack's reference */
                sp -= 2;
                obj_decref(v_as_obj(owner));
                v_decref(old);
                DISPATCH();
            }
            /* Adding the name as slot i along the shape's only (already
             * made) transition: a slot write and a shape switch. */
            if (i == s->nslots && i < a->cap && s->nnext == 1 && s->next[0]->names[i] == name) {
                a->values[i] = v;
                a->shape = s->next[0];
                sp -= 2;
                obj_decref(v_as_obj(owner));
                DISPATCH();
            }
        }
        if (UNLIKELY(instance_set_attr(owner, name, v) < 0)) goto error;
        sp -= 2;
        obj_decref(v_as_obj(owner));
        v_decref(v);
        DISPATCH();
    }
    TARGET(LOAD_ATTR_MODULE) {
        Value owner = TOP();
        DEOPT_IF(!v_is_type(owner, &ModuleType), LOAD_ATTR);
        DictObject *dd = v_as_dict(((ModuleObject *)v_as_obj(owner))->dict);
        unsigned i = cur[4];
        DEOPT_IF(i >= (uint64_t)dd->nentries || dd->entries[i].key != names[oparg], LOAD_ATTR);
        STAT_HIT(LOAD_ATTR_MODULE);
        Value v = v_newref(dd->entries[i].value);
        obj_decref(v_as_obj(owner));
        SET_TOP(v);
        DISPATCH();
    }
    TARGET(LOAD_ATTR_CLASS) {
        Value owner = TOP();
        DEOPT_IF(!v_is_type(owner, &TypeType) ||
                 ((TypeObject *)v_as_obj(owner))->version != cache_u32(cur + 2), LOAD_ATTR);
        STAT_HIT(LOAD_ATTR_CLASS);
        Value v = v_newref((Value)cache_u64(cur + 5));
        obj_decref(v_as_obj(owner));
        SET_TOP(v);
        DISPATCH();
    }
    TARGET(LOAD_ATTR_PROPERTY) {
        Value owner = TOP();
        DEOPT_IF(v_type(owner)->version != cache_u32(cur + 2), LOAD_ATTR);
        STAT_HIT(LOAD_ATTR_PROPERTY);
        Value prop = (Value)cache_u64(cur + 5);
        SAVE_FRAME();
        Value v = PropertyType.descr_get(prop, owner, v_from_obj(v_type(owner)));
        if (UNLIKELY(v_is_null(v))) goto error;
        v_decref(owner);
        SET_TOP(v);
        DISPATCH();
    }
    TARGET(STORE_ATTR_INSTANCE_VALUE) {
        Value owner = TOP(), v = SECOND();
        DEOPT_IF(!v_is_ptr(owner), STORE_ATTR);
        TypeObject *t = v_as_obj(owner)->type;
        DEOPT_IF(t->version != cache_u32(cur + 2), STORE_ATTR);
        STAT_HIT(STORE_ATTR_INSTANCE_VALUE);
        Value *dp = (Value *)((char *)v_as_obj(owner) + t->dictoffset);
        Value name = names[oparg];
        if (LIKELY(v_is_dict(*dp))) {
            DictObject *dd = v_as_dict(*dp);
            unsigned i = cur[4];
            if (LIKELY(i < (uint64_t)dd->nentries && dd->entries[i].key == name)) {
                /* Replacing a value changes no key: no version bump. */
                Value old = dd->entries[i].value;
                dd->entries[i].value = v;          /* the stack's reference */
                sp -= 2;
                obj_decref(v_as_obj(owner));
                v_decref(old);
                DISPATCH();
            }
        }
        /* Adding the attribute (or elsewhere in the dict): the store
         * itself, still without the type lookup. */
        if (UNLIKELY(instance_set_attr(owner, name, v) < 0)) goto error;
        sp -= 2;
        obj_decref(v_as_obj(owner));
        v_decref(v);
        DISPATCH();
    }
    TARGET(LOAD_METHOD_WITH_DICT) {
        Value owner = TOP();
        METHOD_WITH_DICT_CHECK(owner, cur, names[oparg], load_method_dict_miss);
        STAT_HIT(LOAD_METHOD_WITH_DICT);
        SET_TOP(v_newref((Value)cache_u64(cur + 5)));
        PUSH(owner);
        DISPATCH();
    load_method_dict_miss:
        spec_miss(cur, OP_LOAD_METHOD);
        goto generic_LOAD_METHOD;
    }
    TARGET(LOAD_METHOD_NO_DICT) {
        Value owner = TOP();
        DEOPT_IF(v_type(owner)->version != cache_u32(cur + 2), LOAD_METHOD);
        STAT_HIT(LOAD_METHOD_NO_DICT);
        SET_TOP(v_newref((Value)cache_u64(cur + 5)));
        PUSH(owner);
        DISPATCH();
    }
    TARGET(LOAD_METHOD_MODULE) {
        Value owner = TOP();
        DEOPT_IF(!v_is_type(owner, &ModuleType), LOAD_METHOD);
        DictObject *dd = v_as_dict(((ModuleObject *)v_as_obj(owner))->dict);
        unsigned i = cur[4];
        DEOPT_IF(i >= (uint64_t)dd->nentries || dd->entries[i].key != names[oparg], LOAD_METHOD);
        STAT_HIT(LOAD_METHOD_MODULE);
        Value v = v_newref(dd->entries[i].value);
        obj_decref(v_as_obj(owner));
        SET_TOP(V_NULL);
        PUSH(v);
        DISPATCH();
    }

    /* ---- calls ---- */
    TARGET(CALL_BOUND_METHOD_EXACT_ARGS) {
        Value callable = PEEK(oparg + 1);
        DEOPT_IF(!v_is_null(PEEK(oparg + 2)) || !v_is_type(callable, &BoundMethodType), CALL);
        BoundMethodObject *bm = (BoundMethodObject *)v_as_obj(callable);
        DEOPT_IF(!v_is_function(bm->func), CALL);
        STAT_HIT(CALL_BOUND_METHOD_EXACT_ARGS);
        /* Into the [meth, self] form, then the function case. */
        PEEK(oparg + 2) = v_newref(bm->func);
        PEEK(oparg + 1) = v_newref(bm->self);
        obj_decref(&bm->ob);
        goto call_py_exact;
    }
    TARGET(CALL_PY_EXACT_ARGS) {
    call_py_exact: ;
        /* [NULL, func, args...] or [func, self, args...] (is_meth: self
         * is the first argument). */
        int is_meth = !v_is_null(PEEK(oparg + 2));
        Value callable = is_meth ? PEEK(oparg + 2) : PEEK(oparg + 1);
        DEOPT_IF(!v_is_null(kwnames) || !v_is_function(callable), CALL);
        FunctionObject *fn = v_as_function(callable);
        CodeObject *nco = v_as_code(fn->code);
        int nargs = oparg + is_meth;
        DEOPT_IF(nco->argcount != nargs || (nco->flags & (CO_VARARGS | CO_VARKEYWORDS)) ||
                 nco->kwonlyargcount != 0, CALL);
        /* Recursion too deep: the generic form raises the error. */
        DEOPT_IF(eval_ts.depth + 1 > eval_ts.recursion_limit + 1, CALL);
        STAT_HIT(CALL_PY_EXACT_ARGS);
        Value *base = sp - oparg - 2;
        /* The callable's and the arguments' references move into the frame. */
        Frame *nf = frame_push_call(nco, callable, fn->globals, fn->builtins, sp - nargs, nargs);
        if (UNLIKELY(!nf)) {
            POP_DOWN_TO(base);
            goto error;
        }
        eval_ts.depth++;
        sp = base;
        SAVE_FRAME();
        nf->previous = frame;
        frame = nf;
        eval_ts.frame = frame;
        LOAD_NEW_FRAME();
        goto START_FRAME_SPEC;
    }
    TARGET(CALL_PY_WITH_DEFAULTS) {
        /* As CALL_PY_EXACT_ARGS, with argcount - len(defaults) <= nargs <
         * argcount: the missing parameters come from the defaults tuple. */
        int is_meth = !v_is_null(PEEK(oparg + 2));
        Value callable = is_meth ? PEEK(oparg + 2) : PEEK(oparg + 1);
        DEOPT_IF(!v_is_null(kwnames) || !v_is_function(callable), CALL);
        FunctionObject *fn = v_as_function(callable);
        CodeObject *nco = v_as_code(fn->code);
        int nargs = oparg + is_meth;
        DEOPT_IF(nco->argcount <= nargs || (nco->flags & (CO_VARARGS | CO_VARKEYWORDS)) ||
                 nco->kwonlyargcount != 0 || !v_is_tuple(fn->defaults), CALL);
        int64_t nd = tuple_size(fn->defaults);
        DEOPT_IF(nco->argcount - nd > nargs, CALL);
        DEOPT_IF(eval_ts.depth + 1 > eval_ts.recursion_limit + 1, CALL);
        STAT_HIT(CALL_PY_WITH_DEFAULTS);
        Value *base = sp - oparg - 2;
        Value defaults = fn->defaults;   /* borrowed: the frame holds fn */
        /* The callable's and the arguments' references move into the frame. */
        Frame *nf = frame_push_call(nco, callable, fn->globals, fn->builtins, sp - nargs, nargs);
        if (UNLIKELY(!nf)) {
            POP_DOWN_TO(base);
            goto error;
        }
        {
            Value *dv = tuple_items(defaults) + (nd - (nco->argcount - nargs));
            for (int i = nargs; i < nco->argcount; i++) nf->localsplus[i] = v_newref(*dv++);
        }
        eval_ts.depth++;
        sp = base;
        SAVE_FRAME();
        nf->previous = frame;
        frame = nf;
        eval_ts.frame = frame;
        LOAD_NEW_FRAME();
        goto START_FRAME_SPEC;
    }
    TARGET(CALL_BUILTIN) {
        int is_meth = !v_is_null(PEEK(oparg + 2));
        Value callable = is_meth ? PEEK(oparg + 2) : PEEK(oparg + 1);
        DEOPT_IF(!v_is_type(callable, &BuiltinFunctionType), CALL);
        STAT_HIT(CALL_BUILTIN);
        size_t ntotal = (size_t)oparg + (size_t)is_meth;
        Value *args = sp - ntotal, *base = sp - oparg - 2;
        Value kw = kwnames;
        kwnames = V_NULL;
        size_t npos = ntotal - (v_is_null(kw) ? 0 : (size_t)tuple_size(kw));
        BuiltinFunctionObject *bf = (BuiltinFunctionObject *)v_as_obj(callable);
        SAVE_FRAME();
        Value res = bf->fn(bf->self, args, npos, kw);
        if (UNLIKELY(v_is_null(res))) {
            POP_DOWN_TO(base);
            goto error;
        }
        for (size_t i = 0; i < ntotal; i++) v_decref(args[i]);
        obj_decref(v_as_obj(callable));
        sp = base;
        PUSH(res);
        DISPATCH();
    }
    TARGET(CALL_METHOD_DESCR) {
        /* [descr, self, args...] from LOAD_METHOD on a builtin type. */
        Value callable = PEEK(oparg + 2);
        DEOPT_IF(!v_is_type(callable, &MethodDescrType) || !v_is_null(kwnames), CALL);
        MethodDescrObject *md = (MethodDescrObject *)v_as_obj(callable);
        Value self = PEEK(oparg + 1);
        DEOPT_IF(md->def->flags != 0 ||
                 (v_type(self) != md->owner && !type_is_subtype(v_type(self), md->owner)), CALL);
        STAT_HIT(CALL_METHOD_DESCR);
        Value *base = sp - oparg - 2;
        SAVE_FRAME();
        Value res = md->def->fn(self, sp - oparg, (size_t)oparg, V_NULL);
        POP_DOWN_TO(base);
        if (UNLIKELY(v_is_null(res))) goto error;
        PUSH(res);
        DISPATCH();
    }
    TARGET(CALL_TYPE_1) {
        DEOPT_IF(oparg != 1 || !v_is_null(PEEK(3)) || PEEK(2) != v_from_obj(&TypeType) ||
                 !v_is_null(kwnames), CALL);
        STAT_HIT(CALL_TYPE_1);
        Value arg = POP();
        Value res = v_from_obj(v_type(arg));
        v_incref(res);
        v_decref(arg);
        sp -= 2;              /* NULL and type (immortal) */
        PUSH(res);
        DISPATCH();
    }

    TARGET(CALL_ALLOC_AND_ENTER_INIT) {
        /* [NULL, cls, args...] where calling cls is object.__new__ then a
         * Python __init__(self, *args) (type_spec_init, cached per class
         * version: polymorphic sites stay specialised). The instance takes
         * the call's stack slot; __init__ runs in this loop with the frame
         * flagged init_shim, and RETURN_VALUE finishes the call. */
        Value callable = PEEK(oparg + 1);
        DEOPT_IF(!v_is_null(PEEK(oparg + 2)) || !v_is_null(kwnames) || !v_is_ptr(callable) ||
                 v_as_obj(callable)->type != &TypeType, CALL);
        TypeObject *t = (TypeObject *)v_as_obj(callable);
        DEOPT_IF(!type_is_heap(t) ||
                 (as_heaptype(t)->init_version != t->version && !type_spec_init(t)), CALL);
        Value init = as_heaptype(t)->init_func;
        FunctionObject *fn = v_as_function(init);
        CodeObject *nco = v_as_code(fn->code);
        DEOPT_IF(nco->argcount < oparg + 1 || nco->kwonlyargcount != 0 ||
                 (nco->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_SPEC_NOT_PLAIN)), CALL);
        /* An __init__ with defaults: the missing parameters from them. */
        int ndef = nco->argcount - (oparg + 1);
        DEOPT_IF(ndef && (!v_is_tuple(fn->defaults) || tuple_size(fn->defaults) < ndef), CALL);
        DEOPT_IF(eval_ts.depth + 1 > eval_ts.recursion_limit + 1, CALL);
        STAT_HIT(CALL_ALLOC_AND_ENTER_INIT);
        Value *base = sp - oparg - 2;
        SAVE_FRAME();
        Value self = type_alloc_plain(t);
        Frame *nf = v_is_null(self) ? NULL : frame_push(nco, init, fn->globals, fn->builtins, V_NULL);
        if (UNLIKELY(!nf)) {
            v_decref(self);
            POP_DOWN_TO(base);
            goto error;
        }
        eval_ts.depth++;
        nf->init_shim = true;
        nf->localsplus[0] = v_newref(self);
        /* The arguments' references move into the frame. */
        for (int i = 0; i < oparg; i++) nf->localsplus[i + 1] = base[2 + i];
        if (ndef) {
            Value *dv = tuple_items(fn->defaults) + (tuple_size(fn->defaults) - ndef);
            for (int i = 0; i < ndef; i++) nf->localsplus[oparg + 1 + i] = v_newref(dv[i]);
        }
        base[0] = self;
        sp = base + 1;
        obj_decref(&t->ob);   /* the instance holds its own reference to its class */
        SAVE_FRAME();
        nf->previous = frame;
        frame = nf;
        eval_ts.frame = frame;
        LOAD_NEW_FRAME();
        goto START_FRAME_SPEC;
    }
    TARGET(CALL_BUILTIN_CLASS) {
        /* [NULL, T, args...] for a builtin type T: its construct slot, as
         * type.__call__ would. */
        Value callable = PEEK(oparg + 1);
        DEOPT_IF(!v_is_null(PEEK(oparg + 2)) || !v_is_ptr(callable) ||
                 v_as_obj(callable)->type != &TypeType, CALL);
        TypeObject *t = (TypeObject *)v_as_obj(callable);
        DEOPT_IF(type_is_heap(t) || !t->construct, CALL);
        STAT_HIT(CALL_BUILTIN_CLASS);
        Value *args = sp - oparg, *base = sp - oparg - 2;
        Value kw = kwnames;
        kwnames = V_NULL;
        size_t npos = (size_t)oparg - (v_is_null(kw) ? 0 : (size_t)tuple_size(kw));
        SAVE_FRAME();
        Value res = t->construct(t, args, npos, kw);
        POP_DOWN_TO(base);
        if (UNLIKELY(v_is_null(res))) goto error;
        PUSH(res);
        DISPATCH();
    }
    TARGET(CALL_ISINSTANCE) {
        /* [NULL, isinstance, inst, cls] with cls a class of metatype type
         * (no __instancecheck__) or an exact tuple (isinstance_quick). */
        Value callable = PEEK(3), cls = PEEK(1), inst = PEEK(2);
        DEOPT_IF(oparg != 2 || !v_is_null(PEEK(4)) || !v_is_null(kwnames) ||
                 !v_is_type(callable, &BuiltinFunctionType) ||
                 ((BuiltinFunctionObject *)v_as_obj(callable))->fn != spec_isinstance_fn ||
                 !v_is_ptr(cls) || (v_as_obj(cls)->type != &TypeType && v_as_obj(cls)->type != &TupleType), CALL);
        STAT_HIT(CALL_ISINSTANCE);
        int r = isinstance_quick(inst, cls);
        if (r == -2) {
            SAVE_FRAME();
            r = obj_isinstance(inst, cls);
            if (UNLIKELY(r < 0)) {
                for (int i = 0; i < 4; i++) {
                    Value v = POP();
                    v_decref(v);
                }
                goto error;
            }
        }
        v_decref(inst);
        v_decref(cls);
        v_decref(callable);
        sp -= 4;
        PUSH(v_from_bool(r));
        DISPATCH();
    }

    TARGET(CALL_LEN) {
        /* [NULL, len, x]: builtins.len on one positional argument. */
        Value callable = PEEK(2), arg = TOP();
        DEOPT_IF(!v_is_null(PEEK(3)) || !v_is_null(kwnames) ||
                 !v_is_type(callable, &BuiltinFunctionType) ||
                 ((BuiltinFunctionObject *)v_as_obj(callable))->fn != spec_len_fn, CALL);
        int64_t n;
        if (v_is_list(arg)) {
            n = list_size(arg);
        } else {
            TypeObject *t = v_type(arg);
            DEOPT_IF(!t->len, CALL);          /* the generic form raises the TypeError */
            SAVE_FRAME();
            n = t->len(arg);
            if (UNLIKELY(n < 0)) {
                for (int i = 0; i < 3; i++) {
                    Value v = POP();
                    v_decref(v);
                }
                goto error;
            }
        }
        STAT_HIT(CALL_LEN);
        Value res = smallint_result(n);
        if (UNLIKELY(v_is_null(res))) goto error;
        v_decref(arg);
        v_decref(callable);
        sp -= 3;
        PUSH(res);
        DISPATCH();
    }
    /* list.append / set.add called through LOAD_METHOD: [descr, self, x].
     * Their None result is not pushed when a POP_TOP discards it. */
#define SKIP_POP_TOP_OR_PUSH_NONE() do { \
        if (CU_OP(*next_instr) == OP_POP_TOP) next_instr++; \
        else PUSH(V_NONE); \
    } while (0)
    TARGET(CALL_LIST_APPEND) {
        Value callable = PEEK(3), self = PEEK(2);
        DEOPT_IF(!v_is_null(kwnames) || !v_is_type(callable, &MethodDescrType) ||
                 ((MethodDescrObject *)v_as_obj(callable))->def->fn != spec_list_append_fn ||
                 !v_is_list(self), CALL);
        STAT_HIT(CALL_LIST_APPEND);
        Value arg = TOP();
        ListObject *l = v_as_list(self);
        int64_t n = l->size;
        if (LIKELY(n < l->capacity)) {
            l->items[n] = arg;                    /* steals the stack's reference */
            l->size = n + 1;
        } else {
            sp--;
            if (UNLIKELY(list_append_steal(self, arg) < 0)) goto error;   /* [descr, self] unwound */
            sp++;
        }
        sp -= 3;
        obj_decref(v_as_obj(self));
        v_decref(callable);
        SKIP_POP_TOP_OR_PUSH_NONE();
        DISPATCH();
    }
    TARGET(CALL_GEN_SEND) {
        /* [generator.send, exact generator, v]: the generator's frame runs
         * in this activation as under SEND, with [generator] left here;
         * its yield replaces that with the value, its return raises
         * StopIteration at this call (see YIELD_VALUE and do_return). */
        Value callable = PEEK(3), self = PEEK(2);
        DEOPT_IF(!v_is_null(kwnames) || !v_is_type(callable, &MethodDescrType) ||
                 ((MethodDescrObject *)v_as_obj(callable))->def->fn != spec_gen_send_fn ||
                 !v_is_type(self, &GeneratorType), CALL);
        Frame *gf = generator_enter_inline_call(self, TOP(), frame);   /* takes v */
        DEOPT_IF(!gf, CALL);
        STAT_HIT(CALL_GEN_SEND);
        sp -= 2;
        SET_TOP(self);
        v_decref(callable);
        SAVE_FRAME();
        frame = gf;
        LOAD_FRAME();
        GEN_RESUMED();
        DISPATCH();
    }
    TARGET(CALL_SET_ADD) {
        Value callable = PEEK(3), self = PEEK(2);
        DEOPT_IF(!v_is_null(kwnames) || !v_is_type(callable, &MethodDescrType) ||
                 ((MethodDescrObject *)v_as_obj(callable))->def->fn != spec_set_add_fn ||
                 !v_is_set(self), CALL);
        STAT_HIT(CALL_SET_ADD);
        Value arg = TOP();
        SAVE_FRAME();                             /* hashing may run Python code */
        if (UNLIKELY(set_add(self, arg) < 0)) goto error;   /* [descr, self, x] unwound */
        sp -= 3;
        v_decref(arg);
        obj_decref(v_as_obj(self));
        v_decref(callable);
        SKIP_POP_TOP_OR_PUSH_NONE();
        DISPATCH();
    }
#undef SKIP_POP_TOP_OR_PUSH_NONE

    /* ---- iteration ---- */
    TARGET(FOR_ITER_RANGE) {
        Value it = TOP();
        DEOPT_IF(!v_is_type(it, &RangeIterType) || ((RangeIterObject *)v_as_obj(it))->big, FOR_ITER);
        STAT_HIT(FOR_ITER_RANGE);
        RangeIterObject *ri = (RangeIterObject *)v_as_obj(it);
        if (LIKELY(ri->remaining > 0)) {
            int64_t x = ri->next;
            ri->remaining--;
            ri->next += ri->step;
            Value next = smallint_result(x);
            if (UNLIKELY(v_is_null(next))) goto error;
            PUSH(next);
            DISPATCH();
        }
        sp--;
        obj_decref(v_as_obj(it));
        JUMPBY(oparg);
        DISPATCH();
    }
    /* FOR_ITER over an exact builtin iterator type: its iternext, no
     * generic dispatch; exhaustion pops the iterator and leaves the loop. */
#define FOR_ITER_BUILTIN(NAME, ITERTYPE) \
    TARGET(NAME) { \
        Value it = TOP(); \
        DEOPT_IF(!v_is_type(it, &ITERTYPE), FOR_ITER); \
        STAT_HIT(NAME); \
        Value next = ITERTYPE.iternext(it); \
        if (LIKELY(!v_is_null(next))) { \
            PUSH(next); \
            DISPATCH(); \
        } \
        if (UNLIKELY(err_occurred())) goto error; \
        sp--; \
        obj_decref(v_as_obj(it)); \
        JUMPBY(oparg); \
        DISPATCH(); \
    }
    TARGET(FOR_ITER_LIST) {
        /* listiter_next inline. */
        Value it = TOP();
        DEOPT_IF(!v_is_type(it, &ListIterType), FOR_ITER);
        STAT_HIT(FOR_ITER_LIST);
        ListIterObject *li = (ListIterObject *)v_as_obj(it);
        if (LIKELY(!v_is_null(li->list))) {
            ListObject *l = v_as_list(li->list);
            int64_t i = li->index;
            if (LIKELY(i < l->size)) {
                li->index = i + 1;
                PUSH(v_newref(l->items[i]));
                DISPATCH();
            }
            v_clear(&li->list);
        }
        sp--;
        obj_decref(v_as_obj(it));
        JUMPBY(oparg);
        DISPATCH();
    }
    TARGET(FOR_ITER_ENUMERATE) {
        /* enumerate's step without its tuple; `for i, x in enumerate(..)`
         * (UNPACK_SEQUENCE 2 next) pushes both directly, index on top, and
         * skips the unpack. */
        Value it = TOP();
        DEOPT_IF(!v_is_type(it, &EnumerateType), FOR_ITER);
        STAT_HIT(FOR_ITER_ENUMERATE);
        Value idx, item;
        SAVE_FRAME();
        if (LIKELY(enumerate_next_pair(it, &idx, &item))) {
            CodeUnit nu = *next_instr;
            if (opcode_info[CU_OP(nu)].family == OP_UNPACK_SEQUENCE && CU_ARG(nu) == 2) {
                next_instr += 1 + opcode_info[OP_UNPACK_SEQUENCE].cache;
                PUSH(item);
                PUSH(idx);
                DISPATCH();
            }
            Value t = tuple_new(2);
            if (UNLIKELY(v_is_null(t))) {
                v_decref(idx);
                v_decref(item);
                goto error;
            }
            tuple_items(t)[0] = idx;
            tuple_items(t)[1] = item;
            PUSH(t);
            DISPATCH();
        }
        if (UNLIKELY(err_occurred())) {
            if (!err_matches(&Exc_StopIteration)) goto error;
            err_clear();
        }
        sp--;
        obj_decref(v_as_obj(it));
        JUMPBY(oparg);
        DISPATCH();
    }
    TARGET(FOR_ITER_GEN) {
        /* The generator's heap frame runs in this activation, linked below
         * this one (CPython 3.12's FOR_ITER_GEN, no C recursion): its
         * YIELD_VALUE pushes here and continues after this instruction;
         * its return or escaping exception comes back through do_return /
         * exception_unwind, which finish it and jump by oparg or raise. */
        Value it = TOP();
        DEOPT_IF(!generator_check(it), FOR_ITER);
        SAVE_FRAME();
        Frame *gf = generator_enter_inline(it, frame, oparg);
        /* Running (ValueError), finished or too deep: the generic path. */
        DEOPT_IF(!gf, FOR_ITER);
        STAT_HIT(FOR_ITER_GEN);
        frame = gf;
        LOAD_FRAME();
        GEN_RESUMED();
        DISPATCH();
    }
    FOR_ITER_BUILTIN(FOR_ITER_TUPLE, TupleIterType)
#undef FOR_ITER_BUILTIN

    /* ---- unpacking (the first item ends on top) ---- */
    TARGET(UNPACK_SEQUENCE_TWO_TUPLE) {
        Value seq = TOP();
        DEOPT_IF(!v_is_tuple(seq) || tuple_size(seq) != 2, UNPACK_SEQUENCE);
        STAT_HIT(UNPACK_SEQUENCE_TWO_TUPLE);
        Value *items = tuple_items(seq);
        SET_TOP(v_newref(items[1]));
        PUSH(v_newref(items[0]));
        obj_decref(v_as_obj(seq));
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE_TUPLE) {
        Value seq = TOP();
        DEOPT_IF(!v_is_tuple(seq) || tuple_size(seq) != oparg, UNPACK_SEQUENCE);
        STAT_HIT(UNPACK_SEQUENCE_TUPLE);
        Value *items = tuple_items(seq);
        sp--;
        for (int i = oparg - 1; i >= 0; i--) PUSH(v_newref(items[i]));
        obj_decref(v_as_obj(seq));
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE_LIST) {
        Value seq = TOP();
        DEOPT_IF(!v_is_list(seq) || list_size(seq) != oparg, UNPACK_SEQUENCE);
        STAT_HIT(UNPACK_SEQUENCE_LIST);
        Value *items = list_items(seq);
        sp--;
        for (int i = oparg - 1; i >= 0; i--) PUSH(v_newref(items[i]));
        obj_decref(v_as_obj(seq));
        DISPATCH();
    }

    /* ---- attributes: __slots__ members and polymorphic shapes ---- */
    TARGET(LOAD_ATTR_SLOT) {
        Value owner = TOP();
        Value v;
        ATTR_SLOT_GET(owner, cur, v, load_attr_slot_miss);
        STAT_HIT(LOAD_ATTR_SLOT);
        v_incref(v);
        obj_decref(v_as_obj(owner));
        SET_TOP(v);
        DISPATCH();
    load_attr_slot_miss:
        spec_miss(cur, OP_LOAD_ATTR);
        goto generic_LOAD_ATTR;
    }
    TARGET(STORE_ATTR_SLOT) {
        Value owner = TOP(), v = SECOND();
        DEOPT_IF(!v_is_ptr(owner), STORE_ATTR);
        TypeObject *t = v_as_obj(owner)->type;
        DEOPT_IF(t->version != cache_u32(cur + 2), STORE_ATTR);
        STAT_HIT(STORE_ATTR_SLOT);
        Value *slot = (Value *)((char *)v_as_obj(owner) + cur[4]);
        Value old = *slot;
        *slot = v;                                 /* the stack's reference */
        sp -= 2;
        obj_decref(v_as_obj(owner));
        v_decref(old);                             /* V_NULL: nothing */
        DISPATCH();
    }
    TARGET(LOAD_ATTR_SHAPE_POLY) {
        Value owner = TOP();
        Value v;
        ATTR_POLY_GET(owner, cur, names[oparg], v, load_attr_poly_miss);
        STAT_HIT(LOAD_ATTR_SHAPE_POLY);
        v_incref(v);
        obj_decref(v_as_obj(owner));
        SET_TOP(v);
        DISPATCH();
    load_attr_poly_miss:
        spec_miss(cur, OP_LOAD_ATTR);
        goto generic_LOAD_ATTR;
    }
    TARGET(LOAD_METHOD_POLY) {
        /* A Python function found on any plain class (the mro lookup
         * through the type cache, inline), not shadowed by an instance
         * attribute: cur[4] caches the id of one shape known not to have
         * the name. */
        Value owner = TOP();
        DEOPT_IF(!v_is_ptr(owner), LOAD_METHOD);
        TypeObject *t = v_as_obj(owner)->type;
        DEOPT_IF(!type_is_plain(t), LOAD_METHOD);
        Value d = *(Value *)((char *)v_as_obj(owner) + t->dictoffset);
        Value name = names[oparg];
        Shape *s = inline_attrs_at(v_as_obj(owner), t->dictoffset)->shape;
        if (LIKELY(s != &shape_none) || v_is_attrs(d)) {
            if (s == &shape_none) s = ((AttrsObject *)v_as_obj(d))->shape;
            if (UNLIKELY(s->id != cur[4])) {
                DEOPT_IF(shape_index(s, name) >= 0, LOAD_METHOD);
                if (s->id <= 0xFFFF) cur[4] = (CodeUnit)s->id;
            }
        } else {
            DEOPT_IF(!v_is_null(d), LOAD_METHOD);
        }
        Value meth = type_lookup_interned(t, name);
        DEOPT_IF(!v_is_function(meth), LOAD_METHOD);
        STAT_HIT(LOAD_METHOD_POLY);
        SET_TOP(v_newref(meth));
        PUSH(owner);
        DISPATCH();
    }
    TARGET(STORE_ATTR_SHAPE_POLY) {
        Value owner = TOP();
        DEOPT_IF(!v_is_ptr(owner), STORE_ATTR);
        DEOPT_IF(!type_is_plain(v_as_obj(owner)->type), STORE_ATTR);
        STAT_HIT(STORE_ATTR_SHAPE_POLY);
        goto store_attr_shape_body;
    }

jit_error:
    /* Tier 2 left through an error exit: the instruction at cur raised.
     * A bare `raise` re-raising the handled exception unwinds without a
     * traceback entry, as RAISE_VARARGS does here. */
    if (CU_OP(*cur) == OP_RAISE_VARARGS && CU_ARG(*cur) == 0) {
        Value exc = err_peek();
        if (v_is_exception(exc) && ((ExceptionObject *)v_as_obj(exc))->traceback != V_NONE)
            goto exception_unwind;
    }
error:
    /* An exception is pending, raised by the instruction at cur. A fresh
     * one (no traceback yet: raised by C code here) gets the handled
     * exception as __context__; one that already passed through a frame
     * was linked where it was raised. */
    {
        Value exc = err_peek();
        if (UNLIKELY(v_is_null(exc))) {
            err_format(&Exc_SystemError, "error return without exception set");
            exc = err_peek();
        }
        if (v_is_exception(exc) && ((ExceptionObject *)v_as_obj(exc))->traceback == V_NONE)
            chain_context(exc);
    }
error_nochain:
    {
        Value exc = err_peek();
        frame->prev_instr = cur;
        exc_add_traceback(exc, co, (int)(cur - co->code) * 2, frame);
#if EVAL_TRACED
        if (trace_state.tracefunc != V_NULL && !trace_state.busy) {
            SAVE_FRAME();
            trace_exception(frame);
        }
#endif
    }
exception_unwind:
    kwnames = V_NULL;
    {
        int lasti = (int)(cur - co->code);
        const ExceptionTableEntry *h = code_find_handler(co, lasti);
        if (h) {
            Value *target = lp + co->nlocalsplus + h->depth;
            while (sp > target) {
                Value v = POP();
                v_decref(v);
            }
            if (h->lasti) PUSH(v_from_smallint(frame->prev_instr - co->code));
            PUSH(err_fetch());
            next_instr = co->code + h->handler;
            DISPATCH();
        }
        /* No handler here: this frame is done. */
#if EVAL_TRACED
        if (trace_wanted()) {
            /* frame->prev_instr is the raising instruction (RERAISE
             * restored it): the event's f_lineno. */
            frame->stacktop = (int32_t)(sp - lp);
            trace_unwind(frame);
        }
    exit_unwind:
        trace_frame_exit(frame);
#endif
        frame->stacktop = (int32_t)(sp - lp);
        eval_ts.depth--;
        if (frame->is_entry) {
            eval_ts.frame = frame->previous;
            if (frame->heap) frame_clear(frame);
            else frame_pop(frame);
            return V_NULL;
        }
        Frame *caller = frame->previous;
        if (UNLIKELY(frame->heap)) {
            /* A generator frame resumed inline by FOR_ITER_GEN or SEND: its
             * FOR_ITER raised, exactly as generator_next would have made it
             * (PEP 479 included, hence `error` for a fresh RuntimeError). */
            frame = caller;
            eval_ts.frame = frame;
            LOAD_FRAME();
            generator_finish_inline(TOP(), true);
            goto error;
        }
        frame_pop(frame);
        frame = caller;
        eval_ts.frame = frame;
        LOAD_FRAME();
        /* The caller's call instruction raised. */
        goto error_nochain;
    }
}

#undef LOAD_FRAME
#undef LOAD_NEW_FRAME
#undef SAVE_FRAME
#undef DISPATCH
#undef DISPATCH_OPCODE
#undef TARGET
#undef NOT_IMPLEMENTED
#undef START_FRAME_SPEC
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef THIRD
#undef PEEK
#undef SET_TOP
#undef SET_SECOND
#undef JUMPBY
#undef REDISPATCH
#undef SPECIALIZE
#undef DEOPT_IF
#undef GEN_RESUMED
#undef STAT_HIT
#undef SPEC_BOTH_INT
#undef SPEC_NUM
#undef SPEC_AS_DOUBLE
#undef SPEC_FLOAT_OPERANDS
#undef SPEC_FLOAT_BINOP
#undef COMPARE_RESULT
#undef POP_DOWN_TO

/* frameobject.c: the `frame` type, made on demand.
 *
 * Design (ARCHITECTURE.md "Frames and calls": frame objects are made only
 * when someone asks). An interpreter Frame lives on the contiguous frame
 * stack and is reused as soon as its call returns; nothing on the call or
 * return path tells anyone that a frame went away (that would cost every
 * call). So a frame object cannot safely keep a pointer to its Frame: it
 * copies what it needs when it is made.
 *
 *  - sys._getframe(d) snapshots the target frame and, eagerly, every
 *    caller down to the bottom of the stack (f_back chain). Cost: one
 *    allocation + the fast locals' increfs per frame on the stack, paid
 *    only by the caller of sys._getframe.
 *  - f_lineno / f_lasti are those of the moment of the snapshot. The
 *    interpreter stores prev_instr before a CALL and compiled code before
 *    every helper call, so callers' lines are right for calls; a frame that
 *    called into Python implicitly (a property, an operator method) shows
 *    the last instruction that saved its position.
 *  - f_locals of a function frame is a dict built on first access from the
 *    fast locals copied at the snapshot (cell contents are read at access
 *    time), then kept; later assignments in the running frame are not seen
 *    (CPython re-syncs on each access). Module and class frames return
 *    their live locals mapping.
 *  - traceback entries snapshot nothing while unwinding (it must stay
 *    cheap): they keep the frame's globals (and locals mapping) and its
 *    address. On first tb_frame access, a frame of the running chain at
 *    that address with the same code (typically the frame whose handler
 *    runs) is snapshotted as sys._getframe would (f_back, f_locals);
 *    otherwise (the frame has returned) f_locals is the module/class
 *    mapping or an empty dict for a function frame, f_lineno the entry's
 *    line, and f_back None.
 *  - clear() drops the locals snapshot; it never raises.
 */
#include "frameobject.h"
#include "errors.h"
#include "dict.h"
#include "tuple.h"
#include "str.h"
#include "module.h"
#include "abstract.h"
#include "function.h"
#include "gc.h"
#include "trace.h"

static FrameObject *fo_alloc(CodeObject *co, int32_t nfast) {
    FrameObject *fo = (FrameObject *)obj_alloc(&FrameType, sizeof(FrameObject) + sizeof(Value) * (size_t)nfast);
    if (!fo) {
        err_nomem();
        return NULL;
    }
    fo->code = co;
    obj_incref(&co->ob);
    fo->globals = V_NULL;
    fo->builtins = V_NULL;
    fo->locals = V_NULL;
    fo->back = V_NONE;
    fo->trace = V_NONE;
    fo->lasti = -1;
    fo->lineno = co->firstlineno;
    fo->live = NULL;
    fo->trace_lines = true;
    fo->trace_opcodes = false;
    fo->nfast = nfast;
    for (int32_t i = 0; i < nfast; i++) fo->fast[i] = V_NULL;
    return fo;
}

static FrameObject *fo_snapshot(Frame *f) {
    CodeObject *co = f->code;
    bool function = v_is_null(f->locals);
    int32_t nfast = function ? co->nlocalsplus : 0;
    FrameObject *fo = fo_alloc(co, nfast);
    if (!fo) return NULL;
    fo->globals = v_newref(f->globals);
    fo->builtins = v_newref(f->builtins);
    fo->locals = v_newref(f->locals);
    fo->lasti = frame_lasti(f);
    fo->lineno = frame_lineno(f);
    for (int32_t i = 0; i < nfast; i++) fo->fast[i] = v_newref(f->localsplus[i]);
    return fo;
}

/* f_lineno of a running frame: an instruction the compiler gave no line
 * (cleanup code) counts as part of the line before it, as CPython's
 * assembler propagates line numbers. */
static int live_lineno(Frame *f) {
    int i = frame_lasti(f);
    if (i < 0) i = 0;
    int line = code_line_at(f->code, i);
    while (line < 0 && i > 0) line = code_line_at(f->code, --i);
    return line < 0 ? f->code->firstlineno : line;
}

Value frame_object_live(Frame *f) {
    CodeObject *co = f->code;
    bool function = v_is_null(f->locals);
    FrameObject *fo = fo_alloc(co, function ? co->nlocalsplus : 0);
    if (!fo) return V_NULL;
    fo->globals = v_newref(f->globals);
    fo->builtins = v_newref(f->builtins);
    fo->locals = v_newref(f->locals);
    fo->live = f;
    return v_from_obj(fo);
}

void frame_object_detach(FrameObject *fo) {
    Frame *f = fo->live;
    if (!f) return;
    fo->live = NULL;
    /* A stack frame that returned outside the traced loop may be reused
     * (or cleared): nothing to snapshot then. */
    if (f->code != fo->code) return;
    fo->lasti = frame_lasti(f);
    fo->lineno = live_lineno(f);
    if (fo->code->flags & CO_OPTIMIZED) {
        /* f_locals from now on: the locals as the frame left them. */
        v_clear(&fo->locals);
        for (int32_t i = 0; i < fo->nfast && i < f->stacktop; i++)
            v_setref(&fo->fast[i], v_newref(f->localsplus[i]));
    }
}

Value frame_object_new(Frame *f) {
    /* While tracing, the running frames' live objects (f_trace set on
     * them is the frame's: bdb's set_trace). */
    if (trace_wanted()) return trace_frame_object(f);
    /* Built from the bottom up so each object gets its f_back. */
    int n = 0;
    for (Frame *p = f; p; p = p->previous)
        if (p->code) n++;
    Frame **chain = mem_alloc(sizeof(Frame *) * (size_t)(n ? n : 1));
    if (!chain) return err_nomem();
    int k = 0;
    for (Frame *p = f; p; p = p->previous)
        if (p->code) chain[k++] = p;
    Value back = V_NONE;
    for (int i = n - 1; i >= 0; i--) {
        FrameObject *fo = fo_snapshot(chain[i]);
        if (!fo) {
            v_decref(back);
            mem_free(chain);
            return V_NULL;
        }
        fo->back = back;    /* takes the reference */
        back = v_from_obj(fo);
    }
    mem_free(chain);
    return back;
}

Value frame_object_for_tb(CodeObject *code, Value globals, Value locals, int lasti_units, int lineno) {
    FrameObject *fo = fo_alloc(code, 0);
    if (!fo) return V_NULL;
    fo->globals = v_newref(globals);
    fo->locals = v_newref(locals);
    fo->lasti = lasti_units;
    fo->lineno = lineno;
    return v_from_obj(fo);
}

static inline FrameObject *as_fo(Value v) { return (FrameObject *)v_as_obj(v); }

/* The running frame of a live object, NULL if none (or if that stack
 * frame returned outside the traced loop and was reused). */
static inline Frame *fo_live(FrameObject *fo) {
    return fo->live && fo->live->code == fo->code ? fo->live : NULL;
}

static void fo_drop_fast(FrameObject *fo) {
    for (int32_t i = 0; i < fo->nfast; i++) v_clear(&fo->fast[i]);
}

static void frame_dealloc(Object *o) {
    FrameObject *fo = (FrameObject *)o;
    /* f_back chains can be as long as the recursion: unlink the ones whose
     * last reference is ours in a loop, not recursively. */
    for (;;) {
        Value back = fo->back;
        fo->back = V_NONE;
        fo_drop_fast(fo);
        v_decref(fo->globals);
        v_decref(fo->builtins);
        v_decref(fo->locals);
        v_decref(fo->trace);
        obj_decref(&fo->code->ob);
        obj_free(&fo->ob);
        if (!v_is_type(back, &FrameType) || v_as_obj(back)->refcnt != 1) {
            v_decref(back);
            return;
        }
        fo = as_fo(back);
        fo->ob.refcnt = 0;   /* owned here now; frames have no weak references */
    }
}

static void frame_traverse(Object *o, void (*visit)(Value v, void *arg), void *arg) {
    FrameObject *fo = (FrameObject *)o;
    visit(fo->globals, arg);
    visit(fo->builtins, arg);
    visit(fo->locals, arg);
    visit(fo->back, arg);
    visit(fo->trace, arg);
    for (int32_t i = 0; i < fo->nfast; i++) visit(fo->fast[i], arg);
}

static void frame_clear_slot(Object *o) {
    FrameObject *fo = (FrameObject *)o;
    fo_drop_fast(fo);
    v_setref(&fo->back, V_NONE);
    v_setref(&fo->trace, V_NONE);
    v_clear(&fo->locals);
}

static Value get_f_code(Value self) { return v_newref(v_from_obj(as_fo(self)->code)); }
static Value get_f_globals(Value self) { return v_newref(as_fo(self)->globals); }
static Value get_f_builtins(Value self) {
    FrameObject *fo = as_fo(self);
    if (v_is_null(fo->builtins)) {
        /* A traceback's frame: the builtins its globals name. */
        Value b = v_is_dict(fo->globals) ? dict_get_cstr(fo->globals, "__builtins__") : V_NULL;
        if (!v_is_null(b) && v_is_module(b)) b = module_dict(b);
        if (v_is_null(b) || !v_is_dict(b)) return dict_new();
        fo->builtins = v_newref(b);
    }
    return v_newref(fo->builtins);
}
static Value get_f_locals(Value self) {
    FrameObject *fo = as_fo(self);
    if (fo_live(fo) && v_is_null(fo->live->locals)) {
        /* A running function frame: its locals now. */
        Value d = frame_locals_dict(fo->live);
        if (v_is_null(d)) return V_NULL;
        v_setref(&fo->locals, v_newref(d));
        return d;
    }
    if (!v_is_null(fo->locals)) return v_newref(fo->locals);
    Value d = frame_slots_dict(fo->code, fo->fast, fo->nfast);
    if (v_is_null(d)) return V_NULL;
    fo->locals = v_newref(d);
    return d;
}
static Value get_f_lineno(Value self) {
    FrameObject *fo = as_fo(self);
    return v_from_smallint(fo_live(fo) ? live_lineno(fo->live) : fo->lineno);
}
static Value get_f_lasti(Value self) {
    FrameObject *fo = as_fo(self);
    int i = fo_live(fo) ? frame_lasti(fo->live) : fo->lasti;
    return v_from_smallint(i < 0 ? -1 : i * 2);
}
static Value get_f_back(Value self) {
    FrameObject *fo = as_fo(self);
    if (fo_live(fo)) {
        Frame *p = fo->live->previous;
        while (p && !p->code) p = p->previous;
        return p ? trace_frame_object(p) : V_NONE;
    }
    return v_newref(fo->back);
}
static Value get_f_trace(Value self) { return v_newref(as_fo(self)->trace); }
static int set_f_trace(Value self, Value v) {
    v_setref(&as_fo(self)->trace, v_is_null(v) ? V_NONE : v_newref(v));
    return 0;
}
static Value get_f_trace_lines(Value self) { return as_fo(self)->trace_lines ? V_TRUE : V_FALSE; }
static Value get_f_trace_opcodes(Value self) { return as_fo(self)->trace_opcodes ? V_TRUE : V_FALSE; }
static int set_bool_attr(Value v, bool *out) {
    if (v_is_null(v)) {
        err_format(&Exc_AttributeError, "cannot delete attribute");
        return -1;
    }
    if (v != V_TRUE && v != V_FALSE) {
        err_format(&Exc_TypeError, "attribute value type must be bool");
        return -1;
    }
    *out = v == V_TRUE;
    return 0;
}
static int set_f_trace_lines(Value self, Value v) { return set_bool_attr(v, &as_fo(self)->trace_lines); }
static int set_f_trace_opcodes(Value self, Value v) { return set_bool_attr(v, &as_fo(self)->trace_opcodes); }

static const GetSetDef frame_getset[] = {
    {"f_code", get_f_code, NULL},
    {"f_globals", get_f_globals, NULL},
    {"f_builtins", get_f_builtins, NULL},
    {"f_locals", get_f_locals, NULL},
    {"f_lineno", get_f_lineno, NULL},
    {"f_lasti", get_f_lasti, NULL},
    {"f_back", get_f_back, NULL},
    {"f_trace", get_f_trace, set_f_trace},
    {"f_trace_lines", get_f_trace_lines, set_f_trace_lines},
    {"f_trace_opcodes", get_f_trace_opcodes, set_f_trace_opcodes},
    {NULL, NULL, NULL},
};

static Value frame_clear_method(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (nargs || (!v_is_null(kwnames) && tuple_size(kwnames)))
        return err_format(&Exc_TypeError, "frame.clear() takes no arguments (%zu given)", nargs);
    FrameObject *fo = as_fo(self);
    fo_drop_fast(fo);
    /* A function frame's f_locals snapshot goes too; a mapping stays. */
    if (fo->code->flags & CO_OPTIMIZED) v_clear(&fo->locals);
    return V_NONE;
}

static const MethodDef frame_methods[] = {
    {"clear", frame_clear_method, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value frame_repr(Value self) {
    FrameObject *fo = as_fo(self);
    Value fname = obj_repr(fo->code->filename);
    if (v_is_null(fname)) return V_NULL;
    Value name = fo->code->name;
    Value r = str_printf("<frame at %p, file %s, line %d, code %s>", (void *)v_as_obj(self),
                         str_data(fname), fo_live(fo) ? live_lineno(fo->live) : fo->lineno, v_is_str(name) ? str_data(name) : "?");
    v_decref(fname);
    return r;
}

TypeObject FrameType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "frame",
    .base = &ObjectType,
    .basicsize = sizeof(FrameObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = frame_dealloc,
    .traverse = frame_traverse,
    .clear = frame_clear_slot,
    .repr = frame_repr,
    .getset = frame_getset,
    .methods = frame_methods,
};

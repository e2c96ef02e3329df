/* frame.c: the per-thread frame stack. */
#define _GNU_SOURCE
#include <sys/mman.h>
#include "frame.h"
#include "errors.h"
#include "dict.h"
#include "tuple.h"
#include "function.h"

ThreadState eval_ts = { .recursion_limit = 1000, .exc_info = V_NONE };

/* Reserved once; the OS commits pages as frames touch them, so the
 * reservation costs nothing until used. 256 MiB holds far more frames than
 * any recursion limit a program can reasonably set. */
#define FRAME_STACK_BYTES ((size_t)256 << 20)

int frame_stack_init(void) {
    if (eval_ts.stack_base) return 0;
    void *p = mmap(NULL, FRAME_STACK_BYTES, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) return -1;
    eval_ts.stack_base = eval_ts.stack_top = p;
    eval_ts.stack_limit = (char *)p + FRAME_STACK_BYTES;
    return 0;
}

void frame_stack_fini(void) {
    if (!eval_ts.stack_base) return;
    munmap(eval_ts.stack_base, FRAME_STACK_BYTES);
    eval_ts.stack_base = eval_ts.stack_top = eval_ts.stack_limit = NULL;
}

Frame *frame_push_slow(CodeObject *co, Value func, Value globals, Value builtins, Value locals) {
    size_t size = (frame_size(co) + 15) & ~(size_t)15;
    if (!eval_ts.stack_base && frame_stack_init() == 0 &&
        (size_t)(eval_ts.stack_limit - eval_ts.stack_top) >= size)
        return frame_push(co, func, globals, builtins, locals);
    err_nomem();
    return NULL;
}

int frame_lineno(const Frame *f) {
    int i = frame_lasti(f);
    return code_line_at(f->code, i < 0 ? 0 : i);
}

Value frame_slots_dict(CodeObject *co, const Value *slots, int32_t n) {
    Value d = dict_new();
    if (v_is_null(d)) return V_NULL;
    Value *names = tuple_items(co->localsplusnames);
    for (int32_t i = 0; i < n; i++) {
        Value v = slots[i];
        if (v_is_null(v)) continue;
        uint8_t kind = co->localspluskinds[i];
        /* A cell slot holds the cell once MAKE_CELL ran; before that a
         * parameter slot still holds the plain value. */
        if ((kind & (CO_FAST_CELL | CO_FAST_FREE)) && v_is_cell(v)) {
            v = v_as_cell(v)->ref;
            if (v_is_null(v)) continue;
        }
        if (dict_set(d, names[i], v) < 0) {
            v_decref(d);
            return V_NULL;
        }
    }
    return d;
}

Value frame_locals_dict(Frame *f) {
    if (!v_is_null(f->locals)) return v_newref(f->locals);
    return frame_slots_dict(f->code, f->localsplus, f->code->nlocalsplus);
}

/* errors.c: the pending exception. The VM is single-threaded, so it is one
 * static Value: V_NULL when nothing is pending, else an exception instance
 * (owned). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "errors.h"
#include "abstract.h"
#include "str.h"
#include "tuple.h"
#include "gc.h"

static Value pending = V_NULL;

static void set_pending(Value exc) {
    Value old = pending;
    pending = exc;
    v_decref(old);
}

Value err_vformat(TypeObject *type, const char *fmt, va_list ap) {
    char small[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    Value msg;
    if (n < 0) {
        msg = str_from_cstr(fmt);
    } else if ((size_t)n < sizeof small) {
        msg = str_new(small, (size_t)n);
    } else {
        char *big = mem_alloc((size_t)n + 1);
        if (!big) {
            va_end(ap2);
            return err_nomem();
        }
        vsnprintf(big, (size_t)n + 1, fmt, ap2);
        msg = str_new(big, (size_t)n);
        mem_free(big);
    }
    va_end(ap2);
    if (v_is_null(msg)) return V_NULL;
    err_set_value(type, msg);
    v_decref(msg);
    return V_NULL;
}

Value err_format(TypeObject *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    err_vformat(type, fmt, ap);
    va_end(ap);
    return V_NULL;
}

Value err_set_value(TypeObject *type, Value arg) {
    Value args = tuple_pack(1, arg);
    if (v_is_null(args)) return V_NULL;
    Value exc = exc_new(type, args);
    v_decref(args);
    if (v_is_null(exc)) return V_NULL;
    set_pending(exc);
    return V_NULL;
}

Value err_set_none(TypeObject *type) {
    Value args = tuple_empty();
    Value exc = exc_new(type, args);
    v_decref(args);
    if (v_is_null(exc)) return V_NULL;
    set_pending(exc);
    return V_NULL;
}

Value err_set_object(Value exc) {
    if (v_is_exception(exc)) {
        set_pending(exc);
        return V_NULL;
    }
    if (v_is_exception_type(exc)) {
        Value inst = obj_call0(exc);
        if (!v_is_null(inst) && !v_is_exception(inst)) {
            err_format(&Exc_TypeError,
                       "calling %s should have returned an instance of BaseException, not %s",
                       ((TypeObject *)v_as_obj(exc))->name, v_type_name(inst));
            v_clear(&inst);
        }
        v_decref(exc);
        if (v_is_null(inst)) return V_NULL;
        set_pending(inst);
        return V_NULL;
    }
    v_decref(exc);
    return err_format(&Exc_TypeError, "exceptions must derive from BaseException");
}

/* MemoryError must not need memory it cannot get: when even the instance
 * cannot be allocated, a static one (never freed, args ()) stands in. */
static ExceptionObject static_memerr = {
    .ob = OBJECT_HEAD_INIT(&Exc_MemoryError),
};

Value err_nomem(void) {
    /* Not obj_alloc, which would report its own failure through here; but
     * exceptions are containers, so the memory comes with its GC head. */
    size_t size = Exc_MemoryError.basicsize ? Exc_MemoryError.basicsize : sizeof(ExceptionObject);
    ExceptionObject *e = (ExceptionObject *)gc_alloc(&Exc_MemoryError, size);
    if (e) {
        memset(e, 0, size);
        e->ob.refcnt = 1;
        e->ob.type = &Exc_MemoryError;
    } else {
        e = &static_memerr;
        v_clear(&e->traceback);
        v_clear(&e->context);
        v_clear(&e->cause);
        v_clear(&e->dict);
    }
    e->args = tuple_empty();
    e->traceback = V_NONE;
    e->context = V_NONE;
    e->cause = V_NONE;
    e->suppress_context = false;
    e->dict = V_NULL;
    set_pending(v_from_obj(e));
    return V_NULL;
}

Value err_internal(const char *file, int line) {
    return err_format(&Exc_SystemError, "%s:%d: bad internal call", file, line);
}

bool err_occurred(void) { return !v_is_null(pending); }

bool err_matches(TypeObject *type) {
    if (v_is_null(pending)) return false;
    return type_is_subtype(v_type(pending), type);
}

Value err_fetch(void) {
    Value e = pending;
    pending = V_NULL;
    return e;
}

void err_restore(Value exc) { set_pending(exc); }

void err_clear(void) { set_pending(V_NULL); }

Value err_peek(void) { return pending; }

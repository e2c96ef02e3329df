/* code.c: the code object type. Code objects are immutable once built;
 * the interpreter and JIT own only the tier-up fields. */
#include "specialize.h"
#include <stdlib.h>
#include <string.h>
#include "code.h"
#include "errors.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "abstract.h"
#include "../jit/jit.h"
#include "runtime.h"

/* The compiler allocates the arrays with malloc (it grows them with
 * realloc); they are released with free here. */
static void spec_release(CodeSpec *s) {
    free(s->code);
    free(s->localspluskinds);
    free(s->positions);
    free(s->exctable);
    v_decref(s->consts);
    v_decref(s->names);
    v_decref(s->localsplusnames);
    v_decref(s->filename);
    v_decref(s->name);
    v_decref(s->qualname);
    v_decref(s->docstring);
    memset(s, 0, sizeof *s);
}

Value code_new(CodeSpec *s) {
    if (v_is_null(s->consts) || v_is_null(s->names) || v_is_null(s->localsplusnames) ||
        v_is_null(s->filename) || v_is_null(s->name) || v_is_null(s->qualname)) {
        spec_release(s);
        return err_occurred() ? V_NULL : err_nomem();
    }
    CodeObject *co = (CodeObject *)obj_alloc(&CodeType, sizeof(CodeObject));
    if (!co) { spec_release(s); return V_NULL; }
    co->code = s->code;
    co->ncodeunits = s->ncodeunits;
    co->stacksize = s->stacksize;
    co->argcount = s->argcount;
    co->posonlyargcount = s->posonlyargcount;
    co->kwonlyargcount = s->kwonlyargcount;
    co->nlocals = s->nlocals;
    co->ncellvars = s->ncellvars;
    co->nfreevars = s->nfreevars;
    co->nlocalsplus = s->nlocalsplus;
    co->flags = s->flags;
    co->firstlineno = s->firstlineno;
    co->consts = s->consts;
    co->names = s->names;
    co->localsplusnames = s->localsplusnames;
    co->localspluskinds = s->localspluskinds;
    co->filename = s->filename;
    co->name = s->name;
    co->qualname = s->qualname;
    co->docstring = v_is_null(s->docstring) ? V_NONE : s->docstring;
    co->positions = s->positions;
    co->exctable = s->exctable;
    co->nexctable = s->nexctable;
    /* Superinstructions are the specialising interpreter's: with
     * -X specialize=off the code runs exactly as compiled. */
    if (runtime_options.specialize) spec_quicken(co->code, co->ncodeunits);
    co->warmup = jit_initial_warmup();
    co->jit = NULL;
    memset(s, 0, sizeof *s);
    return v_from_obj(co);
}

static void code_dealloc(Object *o) {
    CodeObject *co = (CodeObject *)o;
    if (co->jit) jit_code_free(co->jit);
    free(co->code);
    free(co->localspluskinds);
    free(co->positions);
    free(co->exctable);
    v_decref(co->consts);
    v_decref(co->names);
    v_decref(co->localsplusnames);
    v_decref(co->filename);
    v_decref(co->name);
    v_decref(co->qualname);
    v_decref(co->docstring);
    obj_free(o);
}

int code_line_at(const CodeObject *co, int i) {
    if (i < 0 || i >= co->ncodeunits || !co->positions) return -1;
    return co->positions[i].lineno;
}

const ExceptionTableEntry *code_find_handler(const CodeObject *co, int i) {
    int lo = 0, hi = co->nexctable;
    /* Last entry whose start <= i. */
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (co->exctable[mid].start <= i) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return NULL;
    const ExceptionTableEntry *e = &co->exctable[lo - 1];
    return i < e->end ? e : NULL;
}

static Value code_repr(Value self) {
    CodeObject *co = v_as_code(self);
    return str_printf("<code object %s at %p, file \"%s\", line %d>", str_data(co->name), (void *)co,
                      str_data(co->filename), co->firstlineno);
}

/* ---- attributes ----------------------------------------------------------------- */

static Value get_co_code(Value self) {
    CodeObject *co = v_as_code(self);
    uint8_t *buf = malloc((size_t)co->ncodeunits * 2 + 1);
    CodeUnit *generic = malloc((size_t)co->ncodeunits * sizeof(CodeUnit) + 1);
    if (!buf || !generic) { free(buf); free(generic); return err_nomem(); }
    /* The instructions as compiled, whatever the specialiser rewrote. */
    spec_deoptimize_code(co->code, co->ncodeunits, generic);
    for (int i = 0; i < co->ncodeunits; i++) {
        buf[2 * i] = (uint8_t)CU_OP(generic[i]);
        buf[2 * i + 1] = (uint8_t)CU_ARG(generic[i]);
    }
    free(generic);
    Value b = bytes_new(buf, (size_t)co->ncodeunits * 2);
    free(buf);
    return b;
}

static Value names_of_kind(CodeObject *co, uint8_t kind) {
    int n = 0;
    for (int i = 0; i < co->nlocalsplus; i++)
        if (co->localspluskinds[i] & kind) n++;
    Value t = tuple_new(n);
    if (v_is_null(t)) return t;
    int k = 0;
    for (int i = 0; i < co->nlocalsplus; i++)
        if (co->localspluskinds[i] & kind) tuple_items(t)[k++] = v_newref(tuple_items(co->localsplusnames)[i]);
    return t;
}

static Value get_co_consts(Value self) { return v_newref(v_as_code(self)->consts); }
static Value get_co_names(Value self) { return v_newref(v_as_code(self)->names); }
static Value get_co_varnames(Value self) {
    CodeObject *co = v_as_code(self);
    return tuple_slice(co->localsplusnames, 0, co->nlocals, 1);
}
static Value get_co_cellvars(Value self) { return names_of_kind(v_as_code(self), CO_FAST_CELL); }
static Value get_co_freevars(Value self) { return names_of_kind(v_as_code(self), CO_FAST_FREE); }
static Value get_co_argcount(Value self) { return int_from_i64(v_as_code(self)->argcount); }
static Value get_co_posonlyargcount(Value self) { return int_from_i64(v_as_code(self)->posonlyargcount); }
static Value get_co_kwonlyargcount(Value self) { return int_from_i64(v_as_code(self)->kwonlyargcount); }
static Value get_co_nlocals(Value self) { return int_from_i64(v_as_code(self)->nlocals); }
static Value get_co_stacksize(Value self) { return int_from_i64(v_as_code(self)->stacksize); }
static Value get_co_flags(Value self) { return int_from_i64(v_as_code(self)->flags); }
static Value get_co_filename(Value self) { return v_newref(v_as_code(self)->filename); }
static Value get_co_name(Value self) { return v_newref(v_as_code(self)->name); }
static Value get_co_qualname(Value self) { return v_newref(v_as_code(self)->qualname); }
static Value get_co_firstlineno(Value self) { return int_from_i64(v_as_code(self)->firstlineno); }

/* code.co_positions(): an iterator of (lineno, end_lineno, col, end_col)
 * per code unit (columns are UTF-8 byte offsets, None where unknown), as
 * CPython's; the traceback module takes its carets from it. */
static Value pos_item(int32_t v) { return v < 0 ? V_NONE : v_from_smallint(v); }
static Value code_co_positions(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (nargs || (!v_is_null(kwnames) && tuple_size(kwnames)))
        return err_format(&Exc_TypeError, "co_positions() takes no arguments");
    CodeObject *co = v_as_code(self);
    Value list = list_new(co->ncodeunits);
    if (v_is_null(list)) return V_NULL;
    for (int32_t i = 0; i < co->ncodeunits; i++) {
        CodePosition p = co->positions ? co->positions[i] : (CodePosition){-1, -1, -1, -1};
        Value t = tuple_pack(4, pos_item(p.lineno), pos_item(p.end_lineno), pos_item(p.col), pos_item(p.end_col));
        if (v_is_null(t) || list_append_steal(list, t) < 0) {
            v_decref(list);
            return V_NULL;
        }
    }
    Value it = obj_iter(list);
    v_decref(list);
    return it;
}

static const MethodDef code_methods[] = {
    {"co_positions", code_co_positions, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef code_getset[] = {
    {"co_code", get_co_code, NULL},
    {"co_consts", get_co_consts, NULL},
    {"co_names", get_co_names, NULL},
    {"co_varnames", get_co_varnames, NULL},
    {"co_cellvars", get_co_cellvars, NULL},
    {"co_freevars", get_co_freevars, NULL},
    {"co_argcount", get_co_argcount, NULL},
    {"co_posonlyargcount", get_co_posonlyargcount, NULL},
    {"co_kwonlyargcount", get_co_kwonlyargcount, NULL},
    {"co_nlocals", get_co_nlocals, NULL},
    {"co_stacksize", get_co_stacksize, NULL},
    {"co_flags", get_co_flags, NULL},
    {"co_filename", get_co_filename, NULL},
    {"co_name", get_co_name, NULL},
    {"co_qualname", get_co_qualname, NULL},
    {"co_firstlineno", get_co_firstlineno, NULL},
    {NULL, NULL, NULL},
};

TypeObject CodeType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "code",
    .basicsize = sizeof(CodeObject),
    .dealloc = code_dealloc,
    .repr = code_repr,
    .getset = code_getset,
    .methods = code_methods,
};

/* compiler.c: compilation units, constant and name tables, and the
 * assembler that turns a unit's basic blocks into a code object.
 *
 * The assembler follows CPython 3.11's shape so that our listings read like
 * its own: dead blocks are dropped, jumps to jumps are threaded, small exit
 * blocks are copied into the blocks that jump to them, line numbers are
 * propagated to artificial instructions, then jump distances (and their
 * EXTENDED_ARG prefixes) are iterated to a fixed point. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "compiler_internal.h"
#include "../vm/errors.h"
#include "../vm/str.h"
#include "../vm/tuple.h"
#include "../vm/int.h"
#include "../vm/abstract.h"

/* ---- errors --------------------------------------------------------------- */

int compiler_error(Compiler *c, Pos pos, const char *fmt, ...) {
    if (c->failed) return -1;
    c->failed = true;
    SyntaxErrorInfo *e = c->err;
    memset(e, 0, sizeof *e);
    e->kind = SYNERR_SYNTAX;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    e->lineno = pos.lineno;
    e->col_offset = pos.col_offset + 1;
    e->end_lineno = pos.end_lineno;
    e->end_col_offset = pos.end_col_offset + 1;
    return -1;
}

/* A compile-time SyntaxWarning as CPython's default warnings filter shows
 * it: "FILE:LINE: SyntaxWarning: MSG", then the source line stripped, read
 * back from the file as linecache does (so nothing for "<string>"). The
 * compiler passes no registry, so every occurrence is shown. */
void compiler_warn(Compiler *c, int lineno, const char *msg) {
    const char *fname = c->filename ? c->filename : "<unknown>";
    fflush(stdout);
    fprintf(stderr, "%s:%d: SyntaxWarning: %s\n", fname, lineno, msg);
    FILE *f = fname[0] != '<' ? fopen(fname, "r") : NULL;
    if (!f) return;
    char buf[4096];
    int ln = 1;
    bool at_start = true;
    while (fgets(buf, sizeof buf, f)) {
        size_t n = strlen(buf);
        if (ln == lineno && at_start) {
            char *s = buf;
            while (*s == ' ' || *s == '\t' || *s == '\f') s++;
            n = strlen(s);
            while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
                n--;
            if (n) fprintf(stderr, "  %.*s\n", (int)n, s);
            break;
        }
        at_start = n > 0 && buf[n - 1] == '\n';
        if (at_start) ln++;
    }
    fclose(f);
}

/* MemoryError: the exception is set (err->msg stays empty). */
int compiler_nomem(Compiler *c) {
    if (!c->failed) {
        c->failed = true;
        memset(c->err, 0, sizeof *c->err);
        if (!err_occurred()) err_nomem();
    }
    return -1;
}

CodePosition pos_loc(Pos p) {
    CodePosition l = { p.lineno, p.end_lineno, p.col_offset, p.end_col_offset };
    return l;
}

static const CodePosition NO_LOC = { -1, -1, -1, -1 };

/* ---- value tables ------------------------------------------------------------ */

static uint64_t mix64(uint64_t x) {
    x ^= x >> 33; x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33; x *= 0xc4ceb9fe1a85ec53ull;
    return x ^ (x >> 33);
}

/* Constants are keyed by type and value: 1, 1.0 and True are distinct,
 * as are 0.0 and -0.0 (their bits differ), and (1,) and (1.0,). */
static uint64_t const_hash(Value v) {
    if (!v_is_ptr(v)) return mix64(v);
    Object *o = v_as_obj(v);
    if (o->type == &StrType) return (uint64_t)str_hash(v) ^ 0x5555;
    if (o->type == &IntType) return (uint64_t)int_hash(v) ^ 0x1234;
    if (o->type == &BytesType) {
        BytesObject *b = (BytesObject *)o;
        uint64_t h = 1469598103934665603ull;
        for (int64_t i = 0; i < b->size; i++) h = (h ^ b->data[i]) * 1099511628211ull;
        return h;
    }
    if (o->type == &TupleType) {
        uint64_t h = 0x345678 + (uint64_t)tuple_size(v);
        for (int64_t i = 0; i < tuple_size(v); i++) h = mix64(h ^ const_hash(tuple_items(v)[i]));
        return h;
    }
    return mix64(v);
}

static bool const_equal(Value a, Value b) {
    if (a == b) return true;
    if (!v_is_ptr(a) || !v_is_ptr(b)) return false;
    Object *x = v_as_obj(a), *y = v_as_obj(b);
    if (x->type != y->type) return false;
    if (x->type == &StrType) return str_eq(a, b);
    if (x->type == &IntType) return int_compare(a, b) == 0;
    if (x->type == &BytesType) {
        BytesObject *p = (BytesObject *)x, *q = (BytesObject *)y;
        return p->size == q->size && memcmp(p->data, q->data, (size_t)p->size) == 0;
    }
    if (x->type == &TupleType) {
        if (tuple_size(a) != tuple_size(b)) return false;
        for (int64_t i = 0; i < tuple_size(a); i++)
            if (!const_equal(tuple_items(a)[i], tuple_items(b)[i])) return false;
        return true;
    }
    return false;
}

static uint64_t vt_hash(const ValueTable *t, Value v) { return t->by_content ? const_hash(v) : mix64(v); }
static bool vt_equal(const ValueTable *t, Value a, Value b) { return t->by_content ? const_equal(a, b) : a == b; }

static int vt_rehash(ValueTable *t, int cap) {
    int *slots = malloc((size_t)cap * sizeof(int));
    if (!slots) return -1;
    for (int i = 0; i < cap; i++) slots[i] = -1;
    for (int k = 0; k < t->n; k++) {
        int i = (int)(vt_hash(t, t->items[k]) & (uint64_t)(cap - 1));
        while (slots[i] >= 0) i = (i + 1) & (cap - 1);
        slots[i] = k;
    }
    free(t->slots);
    t->slots = slots;
    t->capslots = cap;
    return 0;
}

static int vt_find(const ValueTable *t, Value v) {
    if (!t->capslots) return -1;
    int mask = t->capslots - 1;
    for (int i = (int)(vt_hash(t, v) & (uint64_t)mask);; i = (i + 1) & mask) {
        int k = t->slots[i];
        if (k < 0) return -1;
        if (vt_equal(t, t->items[k], v)) return k;
    }
}

/* Index of v, appending it if new. Steals v. -1 on MemoryError. */
static int vt_add(ValueTable *t, Value v) {
    int k = vt_find(t, v);
    if (k >= 0) { v_decref(v); return k; }
    if (t->n == t->cap) {
        int ncap = t->cap ? t->cap * 2 : 8;
        Value *ni = realloc(t->items, (size_t)ncap * sizeof(Value));
        if (!ni) { v_decref(v); return -1; }
        t->items = ni;
        t->cap = ncap;
    }
    if ((t->n + 1) * 2 > t->capslots && vt_rehash(t, t->capslots ? t->capslots * 2 : 16) < 0) {
        v_decref(v);
        return -1;
    }
    t->items[t->n] = v;
    int mask = t->capslots - 1;
    int i = (int)(vt_hash(t, v) & (uint64_t)mask);
    while (t->slots[i] >= 0) i = (i + 1) & mask;
    t->slots[i] = t->n;
    return t->n++;
}

static void vt_free(ValueTable *t) {
    for (int i = 0; i < t->n; i++) v_decref(t->items[i]);
    free(t->items);
    free(t->slots);
    memset(t, 0, sizeof *t);
}

/* Steals the items into a new tuple. */
static Value vt_to_tuple(ValueTable *t) {
    Value tup = tuple_from_array(t->items, t->n);
    return tup;
}

Value intern_name(const char *name) { return str_intern_cstr(name); }

int add_const(Compiler *c, Value v) {
    if (v_is_null(v)) return compiler_nomem(c);
    int k = vt_add(&c->u->consts, v);
    return k < 0 ? compiler_nomem(c) : k;
}

int emit_const(Compiler *c, Value v) {
    int k = add_const(c, v);
    return k < 0 ? -1 : emit(c, OP_LOAD_CONST, k);
}

int name_index(Compiler *c, ValueTable *t, const char *name) {
    Value s = intern_name(name);
    if (v_is_null(s)) return compiler_nomem(c);
    int k = vt_add(t, s);
    return k < 0 ? compiler_nomem(c) : k;
}

int add_name(Compiler *c, const char *name) { return name_index(c, &c->u->names, name); }

int deref_index(Unit *u, const char *name) {
    Value s = intern_name(name);
    for (int i = 0; i < u->ncellvars; i++)
        if (u->cellvars[i] == s) return i;
    for (int i = 0; i < u->nfreevars; i++)
        if (u->freevars[i] == s) return u->ncellvars + i;
    return -1;
}

/* ---- blocks and emission ---------------------------------------------------------- */

int new_block(Compiler *c) {
    Unit *u = c->u;
    if (u->nblocks == u->capblocks) {
        int ncap = u->capblocks ? u->capblocks * 2 : 16;
        Block *nb = realloc(u->blocks, (size_t)ncap * sizeof(Block));
        if (!nb) return compiler_nomem(c);
        u->blocks = nb;
        u->capblocks = ncap;
    }
    Block *b = &u->blocks[u->nblocks];
    memset(b, 0, sizeof *b);
    b->next = -1;
    b->depth = -1;
    return u->nblocks++;
}

void use_block(Compiler *c, int b) {
    Unit *u = c->u;
    u->blocks[u->cur].next = b;
    u->cur = b;
}

static int block_append(Compiler *c, Block *b, Instr in) {
    if (b->n == b->cap) {
        int ncap = b->cap ? b->cap * 2 : 8;
        Instr *ni = realloc(b->instrs, (size_t)ncap * sizeof(Instr));
        if (!ni) return compiler_nomem(c);
        b->instrs = ni;
        b->cap = ncap;
    }
    b->instrs[b->n++] = in;
    return 0;
}

static bool ends_block(int op, int target) {
    /* SETUP_* do not end a block: the handler block then starts with its
     * own SETUP (a NOP after labelling) and real code, never empty. */
    if (op >= PSEUDO_JUMP) return op == PSEUDO_JUMP || op == PSEUDO_JUMP_NO_INTERRUPT;
    return target >= 0 || (opcode_info[op].flags & OPF_TERMINAL);
}

/* A jump or an exit ends its block (as CPython's CFG requires): what
 * follows starts a new one, reached by falling through. */
static int emit_at(Compiler *c, int op, int arg, int target, CodePosition loc) {
    if (c->failed) return -1;
    Instr in = { op, arg, target, loc, -1 };
    if (block_append(c, &c->u->blocks[c->u->cur], in) < 0) return -1;
    if (ends_block(op, target)) {
        int nb = new_block(c);
        if (nb < 0) return -1;
        use_block(c, nb);
    }
    return 0;
}

int emit(Compiler *c, int op, int arg) { return emit_at(c, op, arg, -1, c->u->loc); }
int emit_jump(Compiler *c, int op, int target) { return emit_at(c, op, 0, target, c->u->loc); }
int emit_noline(Compiler *c, int op, int arg) { return emit_at(c, op, arg, -1, NO_LOC); }
int emit_jump_noline(Compiler *c, int op, int target) { return emit_at(c, op, 0, target, NO_LOC); }

/* ---- units ------------------------------------------------------------------------- */

static int cmp_names(const void *a, const void *b) {
    return strcmp(str_data(*(const Value *)a), str_data(*(const Value *)b));
}

int enter_unit(Compiler *c, Scope *scope, Value name, int firstlineno) {
    Unit *u = calloc(1, sizeof(Unit));
    if (!u) { v_decref(name); return compiler_nomem(c); }
    u->parent = c->u;
    u->scope = scope;
    u->name = name;
    u->qualname = V_NULL;
    u->firstlineno = firstlineno;
    u->priv = u->parent ? u->parent->priv : NULL;
    u->consts.by_content = true;
    u->cur = u->entry = -1;
    c->u = u;
    u->entry = u->cur = new_block(c);
    if (u->entry < 0) return -1;

    for (int i = 0; i < scope->nparams; i++)
        if (name_index(c, &u->varnames, scope->params[i]) < 0) return -1;
    int ncell = 0, nfree = 0;
    for (int i = 0; i < scope->nsyms; i++) {
        Symbol *s = &scope->syms[i];
        if (s->scope == SYM_CELL) ncell++;
        else if (s->scope == SYM_FREE || (s->flags & DEF_FREE_CLASS)) nfree++;
    }
    u->cellvars = calloc((size_t)ncell + 1, sizeof(Value));
    u->freevars = calloc((size_t)nfree + 1, sizeof(Value));
    if (!u->cellvars || !u->freevars) return compiler_nomem(c);
    for (int i = 0; i < scope->nsyms; i++) {
        Symbol *s = &scope->syms[i];
        Value n = intern_name(s->name);
        if (v_is_null(n)) return compiler_nomem(c);
        if (s->scope == SYM_CELL) u->cellvars[u->ncellvars++] = n;
        else if (s->scope == SYM_FREE || (s->flags & DEF_FREE_CLASS)) u->freevars[u->nfreevars++] = n;
    }
    qsort(u->cellvars, (size_t)u->ncellvars, sizeof(Value), cmp_names);
    qsort(u->freevars, (size_t)u->nfreevars, sizeof(Value), cmp_names);

    /* The module's RESUME belongs to line 0, as CPython's. */
    u->loc = (CodePosition){ scope->kind == SCOPE_MODULE ? 0 : firstlineno,
                             scope->kind == SCOPE_MODULE ? 1 : firstlineno, -1, -1 };
    if (scope->kind == SCOPE_MODULE) u->loc = (CodePosition){ 0, 1, 0, 0 };
    return emit(c, OP_RESUME, 0);
}

static void unit_free(Unit *u) {
    for (int i = 0; i < u->nblocks; i++) free(u->blocks[i].instrs);
    free(u->blocks);
    vt_free(&u->consts);
    vt_free(&u->names);
    vt_free(&u->varnames);
    free(u->cellvars);
    free(u->freevars);
    v_decref(u->name);
    v_decref(u->qualname);
    free(u);
}

void drop_unit(Compiler *c) {
    Unit *u = c->u;
    c->u = u->parent;
    unit_free(u);
}

Value make_qualname(Compiler *c, const char *name, Scope *scope) {
    Unit *p = c->u;
    if (!p || p->scope->kind == SCOPE_MODULE) return str_from_cstr(name);
    /* A function declared global in its parent is qualified by name alone. */
    if (scope->kind == SCOPE_FUNCTION || scope->kind == SCOPE_CLASS) {
        if (scope_resolve(p->scope, name) == SYM_GLOBAL_EXPLICIT) return str_from_cstr(name);
    }
    const char *pq = str_data(p->qualname);
    if (p->scope->kind == SCOPE_CLASS) return str_printf("%s.%s", pq, name);
    return str_printf("%s.<locals>.%s", pq, name);
}

/* ---- assembler ------------------------------------------------------------------------ */

static bool is_uncond_jump(int op) {
    return op == PSEUDO_JUMP || op == PSEUDO_JUMP_NO_INTERRUPT || op == OP_JUMP_FORWARD ||
           op == OP_JUMP_BACKWARD || op == OP_JUMP_BACKWARD_NO_INTERRUPT;
}
static bool is_terminal(int op) {
    if (op >= PSEUDO_JUMP) return op == PSEUDO_JUMP || op == PSEUDO_JUMP_NO_INTERRUPT;
    return opcode_info[op].flags & OPF_TERMINAL;
}
static bool is_scope_exit(int op) {
    return op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}
static Instr *last_instr(Block *b) { return b->n ? &b->instrs[b->n - 1] : NULL; }
static bool falls_through(Block *b) {
    Instr *l = last_instr(b);
    return !l || !is_terminal(l->op);
}

/* Instructions after a terminal one in the same block can never run. */
static void truncate_dead_tails(Unit *u) {
    for (int i = 0; i < u->nblocks; i++) {
        Block *b = &u->blocks[i];
        for (int k = 0; k < b->n; k++)
            if (is_terminal(b->instrs[k].op)) { b->n = k + 1; break; }
    }
}

static int mark_reachable(Compiler *c) {
    Unit *u = c->u;
    int *stack = malloc(sizeof(int) * (size_t)(u->nblocks + 1));
    if (!stack) return compiler_nomem(c);
    for (int i = 0; i < u->nblocks; i++) { u->blocks[i].reachable = false; u->blocks[i].npred = 0; }
    int sp = 0;
    stack[sp++] = u->entry;
    u->blocks[u->entry].reachable = true;
    /* A handler whose SETUP was reachable stays, even if nothing it
     * covers can raise (as CPython keeps it). hdepth > 0 marks them. */
    for (int i = 0; i < u->nblocks; i++)
        if (u->blocks[i].hdepth > 0 && !u->blocks[i].reachable) {
            u->blocks[i].reachable = true;
            stack[sp++] = i;
        }
    while (sp) {
        Block *b = &u->blocks[stack[--sp]];
        for (int k = 0; k < b->n; k++) {
            Instr *in = &b->instrs[k];
            if (in->target >= 0) {
                Block *t = &u->blocks[in->target];
                t->npred++;
                if (!t->reachable) { t->reachable = true; stack[sp++] = in->target; }
            }
            if (in->eh >= 0 && !u->blocks[in->eh >> 1].reachable) {
                u->blocks[in->eh >> 1].reachable = true;
                stack[sp++] = in->eh >> 1;
            }
        }
        if (falls_through(b) && b->next >= 0) {
            Block *t = &u->blocks[b->next];
            t->npred++;
            if (!t->reachable) { t->reachable = true; stack[sp++] = b->next; }
        }
    }
    free(stack);
    return 0;
}

/* Unlinks unreachable and empty blocks from the layout. An empty block's
 * jumpers are redirected to the block it falls into. */
static void prune_layout(Unit *u) {
    /* Redirect jumps into empty blocks first. */
    for (int i = 0; i < u->nblocks; i++) {
        Block *b = &u->blocks[i];
        for (int k = 0; k < b->n; k++) {
            Instr *in = &b->instrs[k];
            int guard = 0;
            while (in->target >= 0 && u->blocks[in->target].n == 0 && u->blocks[in->target].next >= 0 &&
                   guard++ < u->nblocks)
                in->target = u->blocks[in->target].next;
            /* Likewise a handler (its depth goes with it). */
            guard = 0;
            while (in->eh >= 0 && u->blocks[in->eh >> 1].n == 0 && u->blocks[in->eh >> 1].next >= 0 &&
                   guard++ < u->nblocks) {
                Block *old = &u->blocks[in->eh >> 1];
                u->blocks[old->next].hdepth = old->hdepth;
                in->eh = old->next * 2 + (in->eh & 1);
            }
        }
    }
    int prev = u->entry;
    for (int b = u->blocks[prev].next; b >= 0; b = u->blocks[b].next) {
        Block *blk = &u->blocks[b];
        if (!blk->reachable || blk->n == 0) {
            u->blocks[prev].next = blk->next;
            continue;
        }
        prev = b;
    }
}

static int layout_index(Unit *u, int *pos) {
    int i = 0;
    for (int b = u->entry; b >= 0; b = u->blocks[b].next) pos[b] = i++;
    return i;
}

static bool is_cond_pop_jump(int op) {
    return op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE ||
           op == OP_POP_JUMP_IF_NONE || op == OP_POP_JUMP_IF_NOT_NONE;
}

/* Jump threading (CPython's optimize_basic_block): a jump to a jump goes to
 * the final target, and `a and b or c` shapes turn JUMP_IF_X_OR_POP into
 * POP_JUMP_IF_X past the following test. Only within one line, so line
 * events do not move; conditional jumps only forward (the instruction set
 * has no backward conditional jumps). */
static void thread_jumps(Unit *u, int *pos) {
    for (int b = u->entry; b >= 0; b = u->blocks[b].next) {
        Block *blk = &u->blocks[b];
        Instr *in = last_instr(blk);
        if (!in || in->target < 0) continue;
        for (int hops = 0; hops < 8; hops++) {
            Block *t = &u->blocks[in->target];
            if (t->n == 0) break;
            Instr *ti = &t->instrs[0];
            if (ti->target < 0 || ti->loc.lineno != in->loc.lineno) break;
            int op = in->op, nop = op, nt = -1;
            bool is_false = op == OP_JUMP_IF_FALSE_OR_POP;
            if (op == PSEUDO_JUMP) {
                if (ti->op == PSEUDO_JUMP) nt = ti->target;
            } else if (is_cond_pop_jump(op)) {
                if (ti->op == PSEUDO_JUMP) nt = ti->target;
            } else if (op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP) {
                int same_pop = is_false ? OP_POP_JUMP_IF_FALSE : OP_POP_JUMP_IF_TRUE;
                int other_pop = is_false ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE;
                int other_keep = is_false ? OP_JUMP_IF_TRUE_OR_POP : OP_JUMP_IF_FALSE_OR_POP;
                if (ti->op == same_pop) { nop = same_pop; nt = ti->target; }
                else if (ti->op == PSEUDO_JUMP || ti->op == op) nt = ti->target;
                else if (ti->op == other_keep || ti->op == other_pop) {
                    /* The other test pops the value we know the truth of. */
                    nop = same_pop;
                    nt = t->next;
                }
            }
            if (nt < 0 || nt == in->target) break;
            if (nop != PSEUDO_JUMP && pos[nt] <= pos[b]) break;
            in->op = nop;
            in->target = nt;
        }
    }
}

/* BUILD_TUPLE n; UNPACK_SEQUENCE n (as in `a, b = b, a`) is a no-op or a
 * SWAP; a SWAP followed by stores to distinct fast locals becomes a
 * reordering of the stores. */
static void optimize_swaps(Unit *u) {
    for (int b = u->entry; b >= 0; b = u->blocks[b].next) {
        Block *blk = &u->blocks[b];
        for (int k = 0; k + 1 < blk->n; k++) {
            Instr *in = &blk->instrs[k], *nx = &blk->instrs[k + 1];
            if (in->op != OP_BUILD_TUPLE || nx->op != OP_UNPACK_SEQUENCE || in->arg != nx->arg) continue;
            if (in->arg == 1) { in->op = OP_NOP; nx->op = OP_NOP; }
            else if (in->arg == 2 || in->arg == 3) { in->op = OP_NOP; nx->op = OP_SWAP; }
            else continue;
            if (nx->op != OP_SWAP) continue;
            /* Static swap: SWAP n followed by n STORE_FASTs on one line. */
            int n = nx->arg, j = k + 2;
            if (j + n > blk->n) continue;
            bool ok = true;
            for (int q = j; q < j + n && ok; q++) {
                if (blk->instrs[q].op != OP_STORE_FAST || blk->instrs[q].loc.lineno != blk->instrs[j].loc.lineno)
                    ok = false;
                for (int r = j; r < q && ok; r++)
                    if (blk->instrs[r].arg == blk->instrs[q].arg) ok = false;
            }
            if (!ok) continue;
            nx->op = OP_NOP;
            Instr tmp = blk->instrs[j];
            blk->instrs[j] = blk->instrs[j + n - 1];
            blk->instrs[j + n - 1] = tmp;
        }
    }
}

/* LOAD_CONST + conditional jump: the constant's truth decides at compile
 * time (`while 1:`, `x = 'a' and y`). Constants are of types whose truth
 * cannot fail. */
static void fold_const_conditions(Unit *u) {
    for (int b = u->entry; b >= 0; b = u->blocks[b].next) {
        Block *blk = &u->blocks[b];
        if (blk->n < 2) continue;
        Instr *ld = &blk->instrs[blk->n - 2], *j = &blk->instrs[blk->n - 1];
        if (ld->op != OP_LOAD_CONST) continue;
        bool pop = j->op == OP_POP_JUMP_IF_FALSE || j->op == OP_POP_JUMP_IF_TRUE;
        bool keep = j->op == OP_JUMP_IF_FALSE_OR_POP || j->op == OP_JUMP_IF_TRUE_OR_POP;
        if (!pop && !keep) continue;
        int truth = obj_truthy(u->consts.items[ld->arg]);
        if (truth < 0) { err_clear(); continue; }
        bool jump_if_true = j->op == OP_POP_JUMP_IF_TRUE || j->op == OP_JUMP_IF_TRUE_OR_POP;
        if (truth == jump_if_true) {
            if (pop) ld->op = OP_NOP;
            j->op = PSEUDO_JUMP;
        } else {
            ld->op = OP_NOP;
            j->op = OP_NOP;
            j->target = -1;
        }
    }
}

/* A NOP stays only where it is the sole instruction of its line (it
 * carries a line event, e.g. `pass`); CPython's remove_redundant_nops. */
static void remove_redundant_nops(Unit *u) {
    for (int b = u->entry; b >= 0; b = u->blocks[b].next) {
        Block *blk = &u->blocks[b];
        int dest = 0, prev_lineno = -1;
        for (int src = 0; src < blk->n; src++) {
            Instr *in = &blk->instrs[src];
            int lineno = in->loc.lineno;
            if (in->op == OP_NOP) {
                if (lineno < 0 || prev_lineno == lineno) continue;
                if (src < blk->n - 1) {
                    Instr *nx = &blk->instrs[src + 1];
                    if (nx->loc.lineno < 0 || nx->loc.lineno == lineno) {
                        if (nx->loc.lineno < 0) nx->loc = in->loc;
                        continue;
                    }
                } else {
                    int nb = blk->next;
                    while (nb >= 0 && u->blocks[nb].n == 0) nb = u->blocks[nb].next;
                    if (nb >= 0 && u->blocks[nb].instrs[0].loc.lineno == lineno) continue;
                }
            }
            blk->instrs[dest++] = *in;
            prev_lineno = lineno;
        }
        blk->n = dest;
    }
}

/* An exit block still without a line takes the last line seen before it. */
static void guarantee_lineno_for_exits(Unit *u) {
    CodePosition last = { u->firstlineno, u->firstlineno, -1, -1 };
    for (int b = u->entry; b >= 0; b = u->blocks[b].next) {
        Block *blk = &u->blocks[b];
        if (!blk->n) continue;
        Instr *l = &blk->instrs[blk->n - 1];
        if (l->loc.lineno < 0) {
            if (l->op == OP_RETURN_VALUE)
                for (int k = 0; k < blk->n; k++) blk->instrs[k].loc = last;
        } else {
            last = l->loc;
        }
    }
}

#define MAX_COPY_SIZE 4

static bool is_exit_block(Block *b) {
    Instr *l = last_instr(b);
    return l && is_scope_exit(l->op);
}

/* A block ending in an unconditional jump to a small exit block gets a copy
 * of that block instead of the jump (CPython's extend_block). */
static int extend_blocks(Compiler *c) {
    Unit *u = c->u;
    for (int b = u->entry; b >= 0; b = u->blocks[b].next) {
        Block *blk = &u->blocks[b];
        Instr *l = last_instr(blk);
        if (!l || !is_uncond_jump(l->op) || l->target < 0) continue;
        int t = l->target;
        if (!is_exit_block(&u->blocks[t]) || u->blocks[t].n > MAX_COPY_SIZE) continue;
        /* Only artificial exits (the implicit `return None`) are copied. */
        bool has_line = false;
        for (int k = 0; k < u->blocks[t].n; k++)
            if (u->blocks[t].instrs[k].loc.lineno >= 0) has_line = true;
        if (has_line) continue;
        blk->n--;
        int n = u->blocks[t].n;
        for (int k = 0; k < n; k++) {
            Instr in = u->blocks[t].instrs[k];   /* u->blocks may not move here */
            if (block_append(c, &u->blocks[b], in) < 0) return -1;
            blk = &u->blocks[b];
        }
    }
    return 0;
}

/* A jump to the block that follows becomes a NOP (kept only if it carries
 * a line of its own). */
static void remove_jumps_to_next(Unit *u) {
    for (int b = u->entry; b >= 0; b = u->blocks[b].next) {
        Block *blk = &u->blocks[b];
        Instr *l = last_instr(blk);
        if (!l || !is_uncond_jump(l->op)) continue;
        int nx = blk->next;
        while (nx >= 0 && u->blocks[nx].n == 0) nx = u->blocks[nx].next;
        if (l->target == nx) { l->op = OP_NOP; l->target = -1; }
    }
    remove_redundant_nops(u);
}

/* Exit blocks without a line number that several blocks jump to are
 * copied per jumper, so each copy can carry its jumper's line. */
static int duplicate_exits_without_lineno(Compiler *c) {
    Unit *u = c->u;
    int last = u->entry;
    while (u->blocks[last].next >= 0) last = u->blocks[last].next;
    for (int b = u->entry; b >= 0; b = u->blocks[b].next) {
        Instr *l = last_instr(&u->blocks[b]);
        /* Handlers (SETUP_* targets) are not jumped to: never copied. */
        if (!l || l->target < 0 || is_block_push(l->op)) continue;
        int t = l->target;
        Block *tb = &u->blocks[t];
        if (!is_exit_block(tb) || tb->npred <= 1) continue;
        bool has_line = false;
        for (int k = 0; k < tb->n; k++)
            if (tb->instrs[k].loc.lineno >= 0) has_line = true;
        if (has_line) continue;
        int nb = new_block(c);
        if (nb < 0) return -1;
        for (int k = 0; k < u->blocks[t].n; k++)
            if (block_append(c, &u->blocks[nb], u->blocks[t].instrs[k]) < 0) return -1;
        l = last_instr(&u->blocks[b]);
        u->blocks[nb].instrs[0].loc = l->loc;
        u->blocks[nb].reachable = true;
        u->blocks[nb].npred = 1;
        u->blocks[t].npred--;
        l->target = nb;
        u->blocks[last].next = nb;
        last = nb;
    }
    /* A fall-through into an exit without a line takes its predecessor's. */
    for (int b = u->entry; b >= 0; b = u->blocks[b].next) {
        Block *blk = &u->blocks[b];
        if (!falls_through(blk) || blk->next < 0 || blk->n == 0) continue;
        Block *nx = &u->blocks[blk->next];
        if (is_exit_block(nx) && nx->instrs[0].loc.lineno < 0)
            nx->instrs[0].loc = blk->instrs[blk->n - 1].loc;
    }
    return 0;
}

static void propagate_line_numbers(Unit *u) {
    for (int b = u->entry; b >= 0; b = u->blocks[b].next) {
        Block *blk = &u->blocks[b];
        if (!blk->n) continue;
        CodePosition prev = NO_LOC;
        for (int k = 0; k < blk->n; k++) {
            if (blk->instrs[k].loc.lineno < 0) blk->instrs[k].loc = prev;
            else prev = blk->instrs[k].loc;
        }
        if (falls_through(blk) && blk->next >= 0) {
            Block *nx = &u->blocks[blk->next];
            if (nx->npred == 1 && nx->n && nx->instrs[0].loc.lineno < 0) nx->instrs[0].loc = prev;
        }
        Instr *l = last_instr(blk);
        if (l->target >= 0 && !is_block_push(l->op)) {
            Block *t = &u->blocks[l->target];
            if (t->npred == 1 && t->n && t->instrs[0].loc.lineno < 0) t->instrs[0].loc = prev;
        }
    }
}

static int stack_effect_of(const Instr *in, bool jump) {
    /* A handler entered from SETUP_* sees the exception pushed (and lasti
     * under it for CLEANUP); SETUP_WITH's handler also drops the result of
     * __enter__, which its +1 accounts for. */
    if (in->op == PSEUDO_SETUP_FINALLY) return jump ? 1 : 0;
    if (in->op == PSEUDO_SETUP_CLEANUP) return jump ? 2 : 0;
    if (in->op == PSEUDO_SETUP_WITH) return jump ? 1 : 0;
    if (in->op >= PSEUDO_JUMP) return 0;
    return opcode_stack_effect(in->op, in->arg, jump);
}

/* Maximum stack depth, by a flow pass over the blocks using opcodes.h's
 * fall-through and taken-jump effects. */
static int compute_stacksize(Compiler *c) {
    Unit *u = c->u;
    int *work = malloc(sizeof(int) * (size_t)(u->nblocks + 1));
    if (!work) return compiler_nomem(c);
    for (int i = 0; i < u->nblocks; i++) u->blocks[i].depth = -1;
    int sp = 0, maxdepth = 0;
    u->blocks[u->entry].depth = 0;
    work[sp++] = u->entry;
    while (sp) {
        int bi = work[--sp];
        Block *b = &u->blocks[bi];
        int depth = b->depth;
        bool fell = true;
        for (int k = 0; k < b->n; k++) {
            Instr *in = &b->instrs[k];
            if (in->eh >= 0) {
                /* Unwinding enters the handler at its recorded depth. */
                Block *h = &u->blocks[in->eh >> 1];
                if (h->depth < 0) {
                    h->depth = h->hdepth;
                    if (h->depth > maxdepth) maxdepth = h->depth;
                    work[sp++] = in->eh >> 1;
                }
            }
            if (in->target >= 0) {
                int td = depth + stack_effect_of(in, true);
                if (td > maxdepth) maxdepth = td;
                Block *t = &u->blocks[in->target];
                if (t->depth < 0) { t->depth = td; work[sp++] = in->target; }
            }
            depth += stack_effect_of(in, false);
            if (depth < 0) { free(work); err_format(&Exc_SystemError, "compiler: negative stack depth"); return compiler_nomem(c); }
            if (depth > maxdepth) maxdepth = depth;
            if (is_terminal(in->op)) { fell = false; break; }
        }
        if (fell && b->next >= 0) {
            Block *t = &u->blocks[b->next];
            if (t->depth < 0) { t->depth = depth; work[sp++] = b->next; }
        }
    }
    free(work);
    return maxdepth;
}

/* CPython's label_exception_targets: walks the flow graph carrying the
 * stack of active handlers (SETUP_* pushes, POP_BLOCK pops) and records in
 * each instruction the handler covering it (Instr.eh); a block's stack is
 * the one of its first predecessor in the walk (the compiler emits code
 * whose predecessors agree). The SETUP_* and POP_BLOCK pseudo instructions
 * then become NOPs. */
static int label_exception_targets(Compiler *c) {
    Unit *u = c->u;
    int nb = u->nblocks;
    int **stacks = calloc((size_t)nb + 1, sizeof(int *));
    int *depths = calloc((size_t)nb + 1, sizeof(int));
    int *todo = malloc(sizeof(int) * ((size_t)nb + 1));
    int cap = 16, *cur = malloc(sizeof(int) * (size_t)cap);
    bool *seen = calloc((size_t)nb + 1, sizeof(bool));
    int rc = -1, sp = 0;
    if (!stacks || !depths || !todo || !cur || !seen) goto done;
#define SAVE_STACK(blk, d) do { \
        int b_ = (blk); \
        stacks[b_] = malloc(sizeof(int) * ((size_t)(d) + 1)); \
        if (!stacks[b_]) goto done; \
        memcpy(stacks[b_], cur, sizeof(int) * (size_t)(d)); \
        depths[b_] = (d); seen[b_] = true; todo[sp++] = b_; \
    } while (0)
    int d = 0;
    SAVE_STACK(u->entry, 0);
    while (sp) {
        int bi = todo[--sp];
        Block *b = &u->blocks[bi];
        d = depths[bi];
        if (d > cap) {
            cap = d * 2;
            int *nc = realloc(cur, sizeof(int) * (size_t)cap);
            if (!nc) goto done;
            cur = nc;
        }
        memcpy(cur, stacks[bi], sizeof(int) * (size_t)d);
        for (int k = 0; k < b->n; k++) {
            Instr *in = &b->instrs[k];
            int top = d ? cur[d - 1] : -1;
            if (is_block_push(in->op)) {
                in->eh = -1;
                u->blocks[in->target].hdepth = u->blocks[in->target].depth;
                if (!seen[in->target]) SAVE_STACK(in->target, d);
                if (d == cap) {
                    cap *= 2;
                    int *nc = realloc(cur, sizeof(int) * (size_t)cap);
                    if (!nc) goto done;
                    cur = nc;
                }
                cur[d++] = in->target * 2 + (in->op != PSEUDO_SETUP_FINALLY);
            } else if (in->op == PSEUDO_POP_BLOCK) {
                in->eh = -1;
                if (d) d--;
            } else {
                in->eh = top;
                if (in->target >= 0 && !seen[in->target]) SAVE_STACK(in->target, d);
            }
        }
        if (falls_through(b) && b->next >= 0 && !seen[b->next]) SAVE_STACK(b->next, d);
    }
#undef SAVE_STACK
    for (int i = 0; i < nb; i++) {
        Block *b = &u->blocks[i];
        for (int k = 0; k < b->n; k++) {
            Instr *in = &b->instrs[k];
            if (is_block_push(in->op) || in->op == PSEUDO_POP_BLOCK) {
                in->op = OP_NOP;
                in->arg = 0;
                in->target = -1;
                in->eh = -1;
            } else if (!seen[i]) {
                in->eh = -1;
            }
        }
    }
    rc = 0;
done:
    if (stacks)
        for (int i = 0; i < nb; i++) free(stacks[i]);
    free(stacks);
    free(depths);
    free(todo);
    free(cur);
    free(seen);
    return rc < 0 ? compiler_nomem(c) : 0;
}

/* Appends the entry for code units [start, end) handled by eh (Instr.eh
 * encoding; nothing for -1 or an empty run). Its depth is the handler's
 * entry depth less what unwinding pushes: the exception, and lasti. */
static int add_exc_entry(Unit *u, ExceptionTableEntry **tab, int *n, int *cap, int start, int end, int eh) {
    if (eh < 0 || end <= start) return 0;
    if (*n == *cap) {
        int ncap = *cap ? *cap * 2 : 8;
        ExceptionTableEntry *nt = realloc(*tab, sizeof *nt * (size_t)ncap);
        if (!nt) return -1;
        *tab = nt;
        *cap = ncap;
    }
    Block *hb = &u->blocks[eh >> 1];
    bool lasti = eh & 1;
    (*tab)[(*n)++] = (ExceptionTableEntry){ start, end, hb->offset, hb->hdepth - 1 - (int)lasti, lasti };
    return 0;
}

static int ext_count(int arg) {
    return arg > 0xFFFFFF ? 3 : arg > 0xFFFF ? 2 : arg > 0xFF ? 1 : 0;
}

static int real_op(const Instr *in, int *pos, int from_block) {
    if (in->op == PSEUDO_JUMP)
        return pos[in->target] <= pos[from_block] ? OP_JUMP_BACKWARD : OP_JUMP_FORWARD;
    if (in->op == PSEUDO_JUMP_NO_INTERRUPT)
        return pos[in->target] <= pos[from_block] ? OP_JUMP_BACKWARD_NO_INTERRUPT : OP_JUMP_FORWARD;
    return in->op;
}

static int instr_size(int op, int arg) {
    return ext_count(arg) + 1 + opcode_info[op].cache;
}

/* Prefix run before RESUME: cells made, closure copied, generator created. */
static int insert_prefix(Compiler *c, int nlocals, const int *cellslot, int flags) {
    Unit *u = c->u;
    Instr pre[260];
    int np = 0;
    Block *entry = &u->blocks[u->entry];
    /* MAKE_CELL in slot order; cells that are parameters come first. */
    int ncellslots = nlocals + u->ncellvars;
    for (int slot = 0; slot < ncellslots && np < 250; slot++)
        for (int i = 0; i < u->ncellvars; i++)
            if (cellslot[i] == slot) pre[np++] = (Instr){ OP_MAKE_CELL, slot, -1, NO_LOC, -1 };
    if (u->nfreevars) pre[np++] = (Instr){ OP_COPY_FREE_VARS, u->nfreevars, -1, NO_LOC, -1 };
    if (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
        /* The def line, as CPython: an exception thrown into a generator
         * that never started is reported at "line N, in g" (the def). */
        CodePosition defloc = { u->firstlineno, u->firstlineno, -1, -1 };
        pre[np++] = (Instr){ OP_RETURN_GENERATOR, 0, -1, defloc, -1 };
        pre[np++] = (Instr){ OP_POP_TOP, 0, -1, defloc, -1 };
    }
    if (!np) return 0;
    if (u->ncellvars > 240) return compiler_error(c, u->scope->pos, "too many cell variables");
    Instr *ni = malloc(sizeof(Instr) * (size_t)(entry->n + np));
    if (!ni) return compiler_nomem(c);
    memcpy(ni, pre, sizeof(Instr) * (size_t)np);
    memcpy(ni + np, entry->instrs, sizeof(Instr) * (size_t)entry->n);
    free(entry->instrs);
    entry->instrs = ni;
    entry->n += np;
    entry->cap = entry->n;
    return 0;
}

static Value assemble(Compiler *c, int flags) {
    Unit *u = c->u;
    Scope *s = u->scope;

    /* Falling off the end returns None (no line: it takes its predecessor's). */
    if (falls_through(&u->blocks[u->cur])) {
        int k = add_const(c, V_NONE);
        if (k < 0) return V_NULL;
        if (emit_noline(c, OP_LOAD_CONST, k) < 0 || emit_noline(c, OP_RETURN_VALUE, 0) < 0) return V_NULL;
    }
    truncate_dead_tails(u);
    int *pos = malloc(sizeof(int) * (size_t)(u->nblocks + 1) * 2);
    if (!pos) { compiler_nomem(c); return V_NULL; }
    if (mark_reachable(c) < 0) goto fail;
    /* Handlers are labelled before the optimisations, as CPython does:
     * from here on an instruction carries its handler (Instr.eh) wherever
     * it is moved or copied, and SETUP_* / POP_BLOCK are NOPs that jumps
     * thread through. The first depth pass gives the handlers' depths. */
    if (compute_stacksize(c) < 0) goto fail;
    if (label_exception_targets(c) < 0) goto fail;
    remove_redundant_nops(u);
    if (mark_reachable(c) < 0) goto fail;
    prune_layout(u);
    layout_index(u, pos);
    fold_const_conditions(u);
    thread_jumps(u, pos);
    optimize_swaps(u);
    remove_redundant_nops(u);
    if (extend_blocks(c) < 0) goto fail;
    if (mark_reachable(c) < 0) goto fail;
    prune_layout(u);
    remove_redundant_nops(u);
    remove_jumps_to_next(u);
    if (mark_reachable(c) < 0) goto fail;
    prune_layout(u);
    if (mark_reachable(c) < 0) goto fail;
    if (duplicate_exits_without_lineno(c) < 0) goto fail;
    free(pos);
    pos = malloc(sizeof(int) * (size_t)(u->nblocks + 1));
    if (!pos) { compiler_nomem(c); return V_NULL; }
    if (mark_reachable(c) < 0) goto fail;
    propagate_line_numbers(u);
    guarantee_lineno_for_exits(u);

    int stacksize = compute_stacksize(c);
    if (stacksize < 0) goto fail;
    if ((flags & CO_GENERATOR) && stacksize < 1) stacksize = 1;

    /* Localsplus: variables, then cells that are not parameters, then frees. */
    int nlocals = u->varnames.n;
    int *cellslot = malloc(sizeof(int) * (size_t)(u->ncellvars + 1));
    if (!cellslot) { compiler_nomem(c); goto fail; }
    int nextra = 0;
    for (int i = 0; i < u->ncellvars; i++) {
        int k = vt_find(&u->varnames, u->cellvars[i]);
        cellslot[i] = k >= 0 ? k : nlocals + nextra++;
    }
    int nlocalsplus = nlocals + nextra + u->nfreevars;
    for (int b = u->entry; b >= 0; b = u->blocks[b].next) {
        Block *blk = &u->blocks[b];
        for (int k = 0; k < blk->n; k++) {
            Instr *in = &blk->instrs[k];
            if (in->op < PSEUDO_JUMP && (opcode_info[in->op].flags & OPF_FREE))
                in->arg = in->arg < u->ncellvars ? cellslot[in->arg]
                                                 : nlocals + nextra + (in->arg - u->ncellvars);
        }
    }
    if (insert_prefix(c, nlocals, cellslot, flags) < 0) { free(cellslot); goto fail; }

    /* Jump resolution: sizes depend on args, args on offsets; iterate. */
    layout_index(u, pos);
    int total = 0;
    for (int iter = 0;; iter++) {
        total = 0;
        for (int b = u->entry; b >= 0; b = u->blocks[b].next) {
            Block *blk = &u->blocks[b];
            blk->offset = total;
            for (int k = 0; k < blk->n; k++) {
                Instr *in = &blk->instrs[k];
                total += instr_size(real_op(in, pos, b), in->arg);
            }
        }
        bool changed = false;
        for (int b = u->entry; b >= 0; b = u->blocks[b].next) {
            Block *blk = &u->blocks[b];
            int off = blk->offset;
            for (int k = 0; k < blk->n; k++) {
                Instr *in = &blk->instrs[k];
                int op = real_op(in, pos, b);
                int size = instr_size(op, in->arg);
                if (in->target >= 0) {
                    int end = off + size;
                    int t = u->blocks[in->target].offset;
                    int arg = (opcode_info[op].flags & OPF_JBACK) ? end - t : t - end;
                    if (arg < 0) arg = 0;   /* cannot happen once stable */
                    if (arg != in->arg) { in->arg = arg; changed = true; }
                }
                off += size;
            }
        }
        if (!changed || iter > 40) break;
    }

    CodeUnit *code = malloc(sizeof(CodeUnit) * (size_t)(total + 1));
    CodePosition *positions = malloc(sizeof(CodePosition) * (size_t)(total + 1));
    if (!code || !positions) { free(code); free(positions); free(cellslot); compiler_nomem(c); goto fail; }
    /* Exception table: maximal runs of instructions with the same handler. */
    ExceptionTableEntry *exctable = NULL;
    int nexc = 0, capexc = 0, run_eh = -1, run_start = 0;
    int w = 0;
    for (int b = u->entry; b >= 0; b = u->blocks[b].next) {
        Block *blk = &u->blocks[b];
        for (int k = 0; k < blk->n; k++) {
            Instr *in = &blk->instrs[k];
            if (in->eh != run_eh) {
                if (add_exc_entry(u, &exctable, &nexc, &capexc, run_start, w, run_eh) < 0) {
                    free(exctable); free(code); free(positions); free(cellslot);
                    compiler_nomem(c);
                    goto fail;
                }
                run_eh = in->eh;
                run_start = w;
            }
            int op = real_op(in, pos, b);
            int arg = in->arg;
            for (int e = ext_count(arg); e > 0; e--) {
                positions[w] = in->loc;
                code[w++] = CU_MAKE(OP_EXTENDED_ARG, (arg >> (8 * e)) & 0xFF);
            }
            positions[w] = in->loc;
            code[w++] = CU_MAKE(op, arg & 0xFF);
            for (int q = 0; q < opcode_info[op].cache; q++) {
                positions[w] = in->loc;
                code[w++] = CU_MAKE(OP_CACHE, 0);
            }
        }
    }
    if (add_exc_entry(u, &exctable, &nexc, &capexc, run_start, w, run_eh) < 0) {
        free(exctable); free(code); free(positions); free(cellslot);
        compiler_nomem(c);
        goto fail;
    }
    free(pos);
    pos = NULL;

    /* localsplusnames / kinds */
    Value lpn = tuple_new(nlocalsplus);
    uint8_t *kinds = malloc((size_t)nlocalsplus + 1);
    if (v_is_null(lpn) || !kinds) {
        v_decref(lpn); free(kinds); free(code); free(positions); free(cellslot); free(exctable);
        compiler_nomem(c);
        return V_NULL;
    }
    for (int i = 0; i < nlocals; i++) {
        tuple_items(lpn)[i] = v_newref(u->varnames.items[i]);
        kinds[i] = CO_FAST_LOCAL;
    }
    for (int i = 0; i < u->ncellvars; i++) {
        tuple_items(lpn)[cellslot[i]] = v_newref(u->cellvars[i]);
        if (cellslot[i] < nlocals) kinds[cellslot[i]] |= CO_FAST_CELL;
        else kinds[cellslot[i]] = CO_FAST_CELL;
    }
    for (int i = 0; i < u->nfreevars; i++) {
        tuple_items(lpn)[nlocals + nextra + i] = v_newref(u->freevars[i]);
        kinds[nlocals + nextra + i] = CO_FAST_FREE;
    }
    free(cellslot);

    CodeSpec spec;
    memset(&spec, 0, sizeof spec);
    spec.code = code;
    spec.ncodeunits = total;
    spec.stacksize = stacksize;
    spec.argcount = u->argcount;
    spec.posonlyargcount = u->posonlyargcount;
    spec.kwonlyargcount = u->kwonlyargcount;
    spec.nlocals = nlocals;
    spec.ncellvars = u->ncellvars;
    spec.nfreevars = u->nfreevars;
    spec.nlocalsplus = nlocalsplus;
    spec.flags = flags;
    spec.firstlineno = u->firstlineno;
    spec.consts = vt_to_tuple(&u->consts);
    spec.names = vt_to_tuple(&u->names);
    spec.localsplusnames = lpn;
    spec.localspluskinds = kinds;
    spec.filename = v_newref(c->filename_v);
    spec.name = v_newref(u->name);
    spec.qualname = v_newref(v_is_null(u->qualname) ? u->name : u->qualname);
    spec.docstring = V_NONE;
    if (s->kind == SCOPE_FUNCTION && u->consts.n > 0 && v_is_str(u->consts.items[0]))
        spec.docstring = v_newref(u->consts.items[0]);
    spec.positions = positions;
    spec.exctable = exctable;
    spec.nexctable = nexc;
    if (v_is_null(spec.consts) || v_is_null(spec.names)) {
        /* code_new releases what the spec holds. */
        Value r = code_new(&spec);
        v_decref(r);
        compiler_nomem(c);
        return V_NULL;
    }
    Value co = code_new(&spec);
    if (v_is_null(co)) compiler_nomem(c);
    return co;

fail:
    free(pos);
    return V_NULL;
}

Value leave_unit(Compiler *c, int flags) {
    Value co = c->failed ? V_NULL : assemble(c, flags);
    drop_unit(c);
    return co;
}

/* ---- entry points ------------------------------------------------------------------ */

/* CPython's future_parse: the `from __future__ import` statements allowed
 * are those at the top of the module (after the docstring); their feature
 * names are checked here, before the symbol table, with a caret at the
 * statement's start. c->future_lineno gets the last one's line, so a later
 * one is rejected when compiled. Returns -1 with the error set. */
static int check_future_imports(Compiler *c, const Module *mod) {
    static const char *const known[] = {"nested_scopes", "generators", "division", "absolute_import",
                                        "with_statement", "print_function", "unicode_literals",
                                        "barry_as_FLUFL", "generator_stop", "annotations", NULL};
    int i = 0, prev_line = 0;
    bool done = false;
    if (mod->body.n && mod->body.items[0]->kind == STMT_EXPR) {
        const Expr *e = mod->body.items[0]->v.expr.value;
        if (e->kind == EXPR_CONSTANT && e->v.constant.kind == CONST_STR) i = 1;
    }
    for (; i < mod->body.n; i++) {
        const Stmt *s = mod->body.items[i];
        if (done && s->pos.lineno > prev_line) return 0;
        prev_line = s->pos.lineno;
        if (s->kind != STMT_IMPORTFROM || !s->v.importfrom.module ||
            strcmp(s->v.importfrom.module, "__future__") != 0) {
            done = true;
            continue;
        }
        Pos at = s->pos;
        at.end_lineno = at.lineno;
        at.end_col_offset = -1;     /* a single caret */
        if (done) {
            at.col_offset -= 1;   /* CPython's future.c reports the 0-based column here */
            return compiler_error(c, at, "from __future__ imports must occur at the beginning of the file");
        }
        for (int k = 0; k < s->v.importfrom.names.n; k++) {
            const char *name = s->v.importfrom.names.items[k]->name;
            int j = 0;
            while (known[j] && strcmp(known[j], name) != 0) j++;
            if (known[j]) {
                if (strcmp(name, "annotations") == 0) c->future_annotations = true;
                continue;
            }
            if (strcmp(name, "braces") == 0) return compiler_error(c, at, "not a chance");
            return compiler_error(c, at, "future feature %.100s is not defined", name);
        }
        c->future_lineno = s->pos.lineno;
    }
    return 0;
}

Value compile_module(const Module *mod, const char *filename, CompileMode mode, SyntaxErrorInfo *err) {
    memset(err, 0, sizeof *err);
    Arena *arena = arena_new();
    if (!arena) return err_nomem();
    Compiler c;
    memset(&c, 0, sizeof c);
    c.arena = arena;
    c.filename = filename;
    c.mode = mode;
    c.err = err;
    if (check_future_imports(&c, mod) < 0) {
        arena_free(arena);
        return V_NULL;
    }
    c.st = symtable_build(arena, mod, err);
    if (!c.st) {
        arena_free(arena);
        if (strcmp(err->msg, "out of memory") == 0) { err->msg[0] = 0; return err_nomem(); }
        return V_NULL;
    }
    c.filename_v = str_intern_cstr(filename);
    Value modname = str_intern_cstr("<module>");
    if (v_is_null(c.filename_v) || v_is_null(modname)) { arena_free(arena); return err_nomem(); }
    Value co = V_NULL;
    if (enter_unit(&c, c.st->top, v_newref(modname), 1) == 0) {
        int r;
        if (mode == COMPILE_EVAL && mod->body.n == 1 && mod->body.items[0]->kind == STMT_EXPR) {
            const Stmt *s = mod->body.items[0];
            set_loc(&c, s->pos);
            r = compile_expr(&c, s->v.expr.value);
            if (r == 0) r = emit(&c, OP_RETURN_VALUE, 0);
        } else {
            r = compile_module_body(&c, &mod->body);
        }
        (void)r;
        co = leave_unit(&c, 0);
    }
    while (c.u) drop_unit(&c);
    arena_free(arena);
    return co;
}

Value compile_source(const char *src, size_t len, const char *filename, CompileMode mode,
                     SyntaxErrorInfo *err) {
    memset(err, 0, sizeof *err);
    Arena *arena = arena_new();
    if (!arena) return err_nomem();
    Module *m = parse_module(arena, src, len, filename, err);
    if (!m) { arena_free(arena); return V_NULL; }
    Value co = compile_module(m, filename, mode, err);
    arena_free(arena);
    return co;
}

/* collections.c: the module _collections: deque, defaultdict and
 * _count_elements (Counter's fast path). lib/collections/__init__.py
 * re-exports them and defines Counter, OrderedDict, namedtuple, ChainMap.
 *
 * deque is a ring buffer (capacity a power of two, head index, size): O(1)
 * at both ends and O(1) indexing. `state` counts mutations so iterators can
 * raise CPython's "deque mutated during iteration". */
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../int.h"
#include "../list.h"

/* ---- deque ------------------------------------------------------------------------- */

typedef struct {
    Object ob;
    Value *buf;            /* cap slots; [head, head+size) mod cap own references */
    int64_t cap;           /* power of two, or 0 before the first store */
    int64_t head;
    int64_t size;
    int64_t maxlen;        /* -1: unbounded */
    uint64_t state;
} DequeObject;

static TypeObject DequeType, DequeIterType, DequeRevIterType;

static inline DequeObject *as_deque(Value v) { return (DequeObject *)v_as_obj(v); }
static inline bool is_deque(Value v) {
    return v_is_ptr(v) && type_is_subtype(v_type(v), &DequeType);
}
static inline Value *dq_slot(DequeObject *d, int64_t i) { return &d->buf[(d->head + i) & (d->cap - 1)]; }

static int dq_grow(DequeObject *d) {
    int64_t ncap = d->cap ? d->cap * 2 : 8;
    Value *nb = mem_alloc((size_t)ncap * sizeof(Value));
    if (!nb) { err_nomem(); return -1; }
    for (int64_t i = 0; i < d->size; i++) nb[i] = *dq_slot(d, i);
    mem_free(d->buf);
    d->buf = nb;
    d->cap = ncap;
    d->head = 0;
    return 0;
}

/* Remove and return (new reference) the rightmost / leftmost item; size > 0. */
static Value dq_take_right(DequeObject *d) {
    Value v = *dq_slot(d, d->size - 1);
    d->size--;
    d->state++;
    return v;
}

static Value dq_take_left(DequeObject *d) {
    Value v = d->buf[d->head];
    d->head = (d->head + 1) & (d->cap - 1);
    d->size--;
    d->state++;
    return v;
}

/* Steals item. A full bounded deque drops from the other end. */
static int dq_push_right(DequeObject *d, Value item) {
    if (d->maxlen == 0) { v_decref(item); return 0; }
    if (d->size == d->cap && dq_grow(d) < 0) { v_decref(item); return -1; }
    *dq_slot(d, d->size) = item;
    d->size++;
    d->state++;
    if (d->maxlen >= 0 && d->size > d->maxlen) v_decref(dq_take_left(d));
    return 0;
}

static int dq_push_left(DequeObject *d, Value item) {
    if (d->maxlen == 0) { v_decref(item); return 0; }
    if (d->size == d->cap && dq_grow(d) < 0) { v_decref(item); return -1; }
    d->head = (d->head - 1) & (d->cap - 1);
    d->buf[d->head] = item;
    d->size++;
    d->state++;
    if (d->maxlen >= 0 && d->size > d->maxlen) v_decref(dq_take_right(d));
    return 0;
}

static void dq_clear(DequeObject *d) {
    /* Items are released after the deque is emptied, in case a __del__ looks at it. */
    while (d->size > 0) v_decref(dq_take_right(d));
    d->head = 0;
    d->state++;
}

static Value dq_alloc(TypeObject *type, int64_t maxlen) {
    DequeObject *d = (DequeObject *)obj_alloc(type, type->basicsize);
    if (!d) return V_NULL;
    d->buf = NULL;
    d->cap = d->head = d->size = 0;
    d->maxlen = maxlen;
    d->state = 0;
    return v_from_obj(d);
}

static int dq_extend(DequeObject *d, Value iterable, bool left) {
    Value src = iterable;
    /* extend(self) iterates over a snapshot, as CPython. */
    if (v_from_obj(d) == iterable) {
        src = list_from_iterable(iterable);
        if (v_is_null(src)) return -1;
    }
    Value it = obj_iter(src);
    if (src != iterable) v_decref(src);
    if (v_is_null(it)) return -1;
    for (;;) {
        Value x = obj_iternext(it);
        if (v_is_null(x)) break;
        if ((left ? dq_push_left(d, x) : dq_push_right(d, x)) < 0) break;
    }
    v_decref(it);
    return err_occurred() ? -1 : 0;
}

static Value deque_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"iterable", "maxlen"};
    Value a[2];
    if (args_parse("deque", args, nargs, kwnames, names, 2, 2, 0, a) < 0) return V_NULL;
    int64_t maxlen = -1;
    if (!v_is_null(a[1]) && a[1] != V_NONE) {
        if (!v_is_int_or_bool(a[1]) && !(v_type(a[1])->flags & TPFLAG_INT_SUBCLASS))
            return err_format(&Exc_TypeError, "an integer is required");
        if (obj_as_index_i64(a[1], &maxlen) < 0) return V_NULL;
        if (maxlen < 0) return err_format(&Exc_ValueError, "maxlen must be non-negative");
    }
    Value d = dq_alloc(type, maxlen);
    if (v_is_null(d)) return V_NULL;
    if (!v_is_null(a[0]) && dq_extend(as_deque(d), a[0], false) < 0) { v_decref(d); return V_NULL; }
    return d;
}

static void deque_dealloc(Object *o) {
    DequeObject *d = (DequeObject *)o;
    dq_clear(d);
    mem_free(d->buf);
    obj_free(o);
}

static void deque_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    DequeObject *d = (DequeObject *)o;
    for (int64_t i = 0; i < d->size; i++) visit(*dq_slot(d, i), arg);
}

static void deque_clear_slot(Object *o) { dq_clear((DequeObject *)o); }

static int64_t deque_len(Value self) { return as_deque(self)->size; }
static int deque_bool(Value self) { return as_deque(self)->size != 0; }

#define NOARGS(fname)                                                              \
    do {                                                                           \
        (void)args;                                                                \
        if (mod_positional(fname, nargs, kwnames, 0, 0) < 0) return V_NULL;        \
    } while (0)
#define ONEARG(fname)                                                              \
    do {                                                                           \
        if (mod_no_kwargs(fname, kwnames) < 0) return V_NULL;                      \
        if (nargs != 1)                                                            \
            return err_format(&Exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs); \
    } while (0)

static Value dq_append(Value self, const Value *args, size_t nargs, Value kwnames) {
    ONEARG("deque.append");
    return dq_push_right(as_deque(self), v_newref(args[0])) < 0 ? V_NULL : V_NONE;
}

static Value dq_appendleft(Value self, const Value *args, size_t nargs, Value kwnames) {
    ONEARG("deque.appendleft");
    return dq_push_left(as_deque(self), v_newref(args[0])) < 0 ? V_NULL : V_NONE;
}

static Value dq_pop(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOARGS("pop");
    DequeObject *d = as_deque(self);
    if (d->size == 0) return err_format(&Exc_IndexError, "pop from an empty deque");
    return dq_take_right(d);
}

static Value dq_popleft(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOARGS("popleft");
    DequeObject *d = as_deque(self);
    if (d->size == 0) return err_format(&Exc_IndexError, "pop from an empty deque");
    return dq_take_left(d);
}

static Value dq_extend_m(Value self, const Value *args, size_t nargs, Value kwnames) {
    ONEARG("deque.extend");
    return dq_extend(as_deque(self), args[0], false) < 0 ? V_NULL : V_NONE;
}

static Value dq_extendleft(Value self, const Value *args, size_t nargs, Value kwnames) {
    ONEARG("deque.extendleft");
    return dq_extend(as_deque(self), args[0], true) < 0 ? V_NULL : V_NONE;
}

static void dq_rotate(DequeObject *d, int64_t n) {
    int64_t len = d->size;
    if (len <= 1) return;
    n %= len;
    if (n < 0) n += len;
    if (n == 0) return;
    d->state++;
    if (d->size == d->cap) {
        /* Full ring: rotating is moving the head. */
        d->head = (d->head - n) & (d->cap - 1);
        return;
    }
    for (int64_t i = 0; i < n; i++) {
        Value v = *dq_slot(d, d->size - 1);
        d->size--;
        d->head = (d->head - 1) & (d->cap - 1);
        d->buf[d->head] = v;
        d->size++;
    }
}

static Value dq_rotate_m(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_no_kwargs("rotate", kwnames) < 0) return V_NULL;
    if (nargs > 1) return err_format(&Exc_TypeError, "rotate expected at most 1 argument, got %zu", nargs);
    int64_t n = 1;
    if (nargs == 1 && obj_as_index_i64(args[0], &n) < 0) return V_NULL;
    dq_rotate(as_deque(self), n);
    return V_NONE;
}

static Value dq_clear_m(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOARGS("clear");
    dq_clear(as_deque(self));
    return V_NONE;
}

static Value dq_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    ONEARG("deque.count");
    DequeObject *d = as_deque(self);
    uint64_t state = d->state;
    int64_t n = 0;
    for (int64_t i = 0; i < d->size; i++) {
        Value item = v_newref(*dq_slot(d, i));
        int eq = obj_eq(item, args[0]);
        v_decref(item);
        if (eq < 0) return V_NULL;
        if (d->state != state) return err_format(&Exc_RuntimeError, "deque mutated during iteration");
        n += eq;
    }
    return int_from_i64(n);
}

/* Normalises a slice bound as list.index does (clamped into [0, size]). */
static int norm_bound(Value v, int64_t size, int64_t *out) {
    int64_t i;
    if (obj_as_index_i64(v, &i) < 0) return -1;
    if (i < 0) {
        i += size;
        if (i < 0) i = 0;
    }
    if (i > size) i = size;
    *out = i;
    return 0;
}

static Value dq_index(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("index", nargs, kwnames, 1, 3) < 0) return V_NULL;
    DequeObject *d = as_deque(self);
    int64_t start = 0, stop = d->size;
    if (nargs > 1 && norm_bound(args[1], d->size, &start) < 0) return V_NULL;
    if (nargs > 2 && norm_bound(args[2], d->size, &stop) < 0) return V_NULL;
    uint64_t state = d->state;
    for (int64_t i = start; i < stop && i < d->size; i++) {
        Value item = v_newref(*dq_slot(d, i));
        int eq = obj_eq(item, args[0]);
        v_decref(item);
        if (eq < 0) return V_NULL;
        if (d->state != state) return err_format(&Exc_RuntimeError, "deque mutated during iteration");
        if (eq) return int_from_i64(i);
    }
    Value r = obj_repr(args[0]);
    if (v_is_null(r)) return V_NULL;
    err_format(&Exc_ValueError, "%s is not in deque", str_data(r));
    v_decref(r);
    return V_NULL;
}

static Value dq_insert(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("insert", nargs, kwnames, 2, 2) < 0) return V_NULL;
    DequeObject *d = as_deque(self);
    int64_t i;
    if (obj_as_index_i64(args[0], &i) < 0) return V_NULL;
    if (d->maxlen >= 0 && d->size >= d->maxlen)
        return err_format(&Exc_IndexError, "deque already at its maximum size");
    int64_t n = d->size;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    /* rotate(-i); appendleft(x); rotate(i), as CPython. */
    dq_rotate(d, -i);
    if (dq_push_left(d, v_newref(args[1])) < 0) return V_NULL;
    dq_rotate(d, i);
    return V_NONE;
}

/* Deletes the item at index i (in range). */
static void dq_del_at(DequeObject *d, int64_t i) {
    dq_rotate(d, -i);
    Value v = dq_take_left(d);
    dq_rotate(d, i);
    v_decref(v);
}

static Value dq_remove(Value self, const Value *args, size_t nargs, Value kwnames) {
    ONEARG("deque.remove");
    DequeObject *d = as_deque(self);
    uint64_t state = d->state;
    for (int64_t i = 0; i < d->size; i++) {
        Value item = v_newref(*dq_slot(d, i));
        int eq = obj_eq(item, args[0]);
        v_decref(item);
        if (eq < 0) return V_NULL;
        if (d->state != state) return err_format(&Exc_IndexError, "deque mutated during remove().");
        if (eq) {
            dq_del_at(d, i);
            return V_NONE;
        }
    }
    Value r = obj_repr(args[0]);
    if (v_is_null(r)) return V_NULL;
    err_format(&Exc_ValueError, "%s is not in deque", str_data(r));
    v_decref(r);
    return V_NULL;
}

static Value dq_reverse(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOARGS("reverse");
    DequeObject *d = as_deque(self);
    for (int64_t i = 0, j = d->size - 1; i < j; i++, j--) {
        Value t = *dq_slot(d, i);
        *dq_slot(d, i) = *dq_slot(d, j);
        *dq_slot(d, j) = t;
    }
    d->state++;
    return V_NONE;
}

/* A deque of the same type and maxlen with the same items. New reference. */
static Value dq_copy_of(Value self) {
    DequeObject *d = as_deque(self);
    Value c = dq_alloc(v_type(self), d->maxlen);
    if (v_is_null(c)) return V_NULL;
    for (int64_t i = 0; i < d->size; i++) {
        if (dq_push_right(as_deque(c), v_newref(*dq_slot(d, i))) < 0) { v_decref(c); return V_NULL; }
    }
    return c;
}

static Value dq_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOARGS("copy");
    return dq_copy_of(self);
}

static Value dq_get_maxlen(Value self) {
    DequeObject *d = as_deque(self);
    return d->maxlen < 0 ? V_NONE : int_from_i64(d->maxlen);
}

/* Index in [0, size) or IndexError "deque index out of range". */
static int dq_index_arg(DequeObject *d, Value key, int64_t *out) {
    if (!v_is_int_or_bool(key) && !v_type(key)->nb_index) {
        err_format(&Exc_TypeError, "sequence index must be integer, not '%s'", v_type_name(key));
        return -1;
    }
    int64_t i;
    if (obj_as_index_i64(key, &i) < 0) {
        if (err_matches(&Exc_OverflowError)) {
            err_clear();
            err_format(&Exc_IndexError, "deque index out of range");
        }
        return -1;
    }
    if (i < 0) i += d->size;
    if (i < 0 || i >= d->size) {
        err_format(&Exc_IndexError, "deque index out of range");
        return -1;
    }
    *out = i;
    return 0;
}

static Value deque_getitem(Value self, Value key) {
    DequeObject *d = as_deque(self);
    if (v_is_smallint(key)) {
        int64_t i = v_as_smallint(key);
        if (i < 0) i += d->size;
        if (i >= 0 && i < d->size) return v_newref(*dq_slot(d, i));
    }
    int64_t i;
    if (dq_index_arg(d, key, &i) < 0) return V_NULL;
    return v_newref(*dq_slot(d, i));
}

static int deque_setitem(Value self, Value key, Value v) {
    DequeObject *d = as_deque(self);
    int64_t i;
    if (dq_index_arg(d, key, &i) < 0) return -1;
    if (v_is_null(v)) {
        dq_del_at(d, i);
        return 0;
    }
    v_setref(dq_slot(d, i), v_newref(v));
    return 0;
}

static int deque_contains(Value self, Value item) {
    DequeObject *d = as_deque(self);
    uint64_t state = d->state;
    for (int64_t i = 0; i < d->size; i++) {
        Value x = v_newref(*dq_slot(d, i));
        int eq = obj_eq(x, item);
        v_decref(x);
        if (eq != 0) return eq;
        if (d->state != state) {
            err_format(&Exc_RuntimeError, "deque mutated during iteration");
            return -1;
        }
    }
    return 0;
}

static Value deque_repr(Value self) {
    DequeObject *d = as_deque(self);
    const char *tn = v_type(self)->name;
    const char *dot = strrchr(tn, '.');
    if (dot) tn = dot + 1;
    int rr = ctr_repr_enter(self);
    if (rr != 0) return rr > 0 ? str_from_cstr("[...]") : V_NULL;
    StrBuilder sb;
    sb_init(&sb);
    sb_printf(&sb, "%s([", tn);
    for (int64_t i = 0; i < d->size; i++) {
        Value x = v_newref(*dq_slot(d, i));
        Value s = obj_repr(x);
        v_decref(x);
        if (v_is_null(s)) { sb_discard(&sb); ctr_repr_leave(self); return V_NULL; }
        if (i) sb_append(&sb, ", ", 2);
        sb_append_str(&sb, s);
        v_decref(s);
    }
    sb_append(&sb, "]", 1);
    if (d->maxlen >= 0) sb_printf(&sb, ", maxlen=%lld", (long long)d->maxlen);
    sb_append_char(&sb, ')');
    ctr_repr_leave(self);
    return sb_finish(&sb);
}

static Value deque_richcompare(Value a, Value b, int op) {
    if (!is_deque(a) || !is_deque(b)) return V_NOTIMPL;
    DequeObject *x = as_deque(a), *y = as_deque(b);
    if ((op == CMP_EQ || op == CMP_NE) && x->size != y->size) return v_from_bool(op == CMP_NE);
    int64_t i;
    for (i = 0; i < x->size && i < y->size; i++) {
        Value p = v_newref(*dq_slot(x, i)), q = v_newref(*dq_slot(y, i));
        int eq = obj_eq(p, q);
        if (eq <= 0) {
            if (eq < 0) { v_decref(p); v_decref(q); return V_NULL; }
            Value r;
            if (op == CMP_EQ) r = V_FALSE;
            else if (op == CMP_NE) r = V_TRUE;
            else r = obj_compare(p, q, op);
            v_decref(p);
            v_decref(q);
            return r;
        }
        v_decref(p);
        v_decref(q);
    }
    int64_t m = x->size, n = y->size;
    bool r;
    switch (op) {
    case CMP_LT: r = m < n; break;
    case CMP_LE: r = m <= n; break;
    case CMP_EQ: r = m == n; break;
    case CMP_NE: r = m != n; break;
    case CMP_GT: r = m > n; break;
    default: r = m >= n; break;
    }
    return v_from_bool(r);
}

static Value deque_add(Value a, Value b) {
    if (!is_deque(a)) return V_NOTIMPL;
    if (!is_deque(b))
        return err_format(&Exc_TypeError, "can only concatenate deque (not \"%s\") to deque", v_type_name(b));
    Value c = dq_copy_of(a);
    if (v_is_null(c)) return V_NULL;
    if (dq_extend(as_deque(c), b, false) < 0) { v_decref(c); return V_NULL; }
    return c;
}

static Value deque_iadd(Value a, Value b) {
    if (!is_deque(a)) return V_NOTIMPL;
    if (dq_extend(as_deque(a), b, false) < 0) return V_NULL;
    return v_newref(a);
}

/* d *= n in place for an unbounded deque: the first size slots keep the
 * original items while copies are appended. */
static int dq_repeat_inplace(DequeObject *d, int64_t n) {
    int64_t size = d->size;
    for (int64_t k = 1; k < n; k++)
        for (int64_t i = 0; i < size; i++)
            if (dq_push_right(d, v_newref(*dq_slot(d, i))) < 0) return -1;
    return 0;
}

static Value deque_imul(Value a, Value b) {
    if (!is_deque(a) || (!v_is_int_or_bool(b) && !v_type(b)->nb_index)) return V_NOTIMPL;
    int64_t n;
    if (obj_as_index_i64(b, &n) < 0) return V_NULL;
    DequeObject *d = as_deque(a);
    if (d->maxlen >= 0 || n <= 0) {
        /* Bounded: build the full repetition through a list, then keep the tail. */
        Value items = list_new(0);
        if (v_is_null(items)) return V_NULL;
        for (int64_t k = 0; k < n; k++)
            for (int64_t i = 0; i < d->size; i++)
                if (list_append(items, *dq_slot(d, i)) < 0) { v_decref(items); return V_NULL; }
        dq_clear(d);
        int r = dq_extend(d, items, false);
        v_decref(items);
        if (r < 0) return V_NULL;
        return v_newref(a);
    }
    if (dq_repeat_inplace(d, n) < 0) return V_NULL;
    return v_newref(a);
}

static Value deque_mul(Value a, Value b) {
    Value dq = a, n = b;
    if (!is_deque(dq)) { dq = b; n = a; }
    if (!is_deque(dq) || (!v_is_int_or_bool(n) && !v_type(n)->nb_index)) return V_NOTIMPL;
    Value c = dq_copy_of(dq);
    if (v_is_null(c)) return V_NULL;
    Value r = deque_imul(c, n);
    v_decref(c);
    return r;
}

/* ---- deque iterators ---- */

typedef struct {
    Object ob;
    Value deque;
    int64_t index;         /* items produced so far */
    uint64_t state;
} DequeIterObject;

static Value dqiter_new(TypeObject *type, Value deque) {
    DequeIterObject *it = (DequeIterObject *)obj_alloc(type, sizeof *it);
    if (!it) return V_NULL;
    it->deque = v_newref(deque);
    it->index = 0;
    it->state = as_deque(deque)->state;
    return v_from_obj(it);
}

static Value deque_iter(Value self) { return dqiter_new(&DequeIterType, self); }

static Value dqiter_next_dir(Value self, bool reverse) {
    DequeIterObject *it = (DequeIterObject *)v_as_obj(self);
    if (v_is_null(it->deque)) return V_NULL;
    DequeObject *d = as_deque(it->deque);
    if (d->state != it->state) {
        it->index = d->size;   /* keeps raising, as CPython's counter does */
        return err_format(&Exc_RuntimeError, "deque mutated during iteration");
    }
    if (it->index >= d->size) {
        v_clear(&it->deque);
        return V_NULL;
    }
    int64_t i = reverse ? d->size - 1 - it->index : it->index;
    it->index++;
    return v_newref(*dq_slot(d, i));
}

static Value dqiter_next(Value self) { return dqiter_next_dir(self, false); }
static Value dqreviter_next(Value self) { return dqiter_next_dir(self, true); }
static Value dqiter_self(Value self) { return v_newref(self); }

static Value dqiter_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOARGS("__length_hint__");
    DequeIterObject *it = (DequeIterObject *)v_as_obj(self);
    if (v_is_null(it->deque)) return v_from_smallint(0);
    int64_t left = as_deque(it->deque)->size - it->index;
    return int_from_i64(left < 0 ? 0 : left);
}

static const MethodDef dqiter_methods[] = {
    {"__length_hint__", dqiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static void dqiter_dealloc(Object *o) {
    v_decref(((DequeIterObject *)o)->deque);
    obj_free(o);
}

static TypeObject DequeIterType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "_collections._deque_iterator",
    .basicsize = sizeof(DequeIterObject),
    .dealloc = dqiter_dealloc,
    .iter = dqiter_self,
    .iternext = dqiter_next,
    .methods = dqiter_methods,
};

static TypeObject DequeRevIterType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "_collections._deque_reverse_iterator",
    .basicsize = sizeof(DequeIterObject),
    .dealloc = dqiter_dealloc,
    .iter = dqiter_self,
    .iternext = dqreviter_next,
    .methods = dqiter_methods,
};

static Value dq_reversed(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOARGS("__reversed__");
    return dqiter_new(&DequeRevIterType, self);
}

static const MethodDef deque_methods[] = {
    {"append", dq_append, 0, "Add an element to the right side of the deque."},
    {"appendleft", dq_appendleft, 0, "Add an element to the left side of the deque."},
    {"pop", dq_pop, 0, "Remove and return the rightmost element."},
    {"popleft", dq_popleft, 0, "Remove and return the leftmost element."},
    {"extend", dq_extend_m, 0, "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", dq_extendleft, 0, "Extend the left side of the deque with elements from the iterable"},
    {"rotate", dq_rotate_m, 0, "Rotate the deque n steps to the right (default n=1)."},
    {"clear", dq_clear_m, 0, "Remove all elements from the deque."},
    {"count", dq_count, 0, "D.count(value) -- return number of occurrences of value"},
    {"index", dq_index, 0, NULL},
    {"insert", dq_insert, 0, "D.insert(index, object) -- insert object before index"},
    {"remove", dq_remove, 0, "D.remove(value) -- remove first occurrence of value."},
    {"reverse", dq_reverse, 0, "D.reverse() -- reverse *IN PLACE*"},
    {"copy", dq_copy, 0, "Return a shallow copy of a deque."},
    {"__copy__", dq_copy, 0, "Return a shallow copy of a deque."},
    {"__reversed__", dq_reversed, 0, "D.__reversed__() -- return a reverse iterator over the deque"},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef deque_getset[] = {
    {"maxlen", dq_get_maxlen, NULL},
    {NULL, NULL, NULL},
};

static TypeObject DequeType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "collections.deque",
    .basicsize = sizeof(DequeObject),
    .flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_SEQUENCE,
    .dealloc = deque_dealloc,
    .repr = deque_repr,
    .richcompare = deque_richcompare,
    .bool_ = deque_bool,
    .len = deque_len,
    .nb = {[NB_ADD] = deque_add, [NB_MULTIPLY] = deque_mul},
    .nb_inplace = {[NB_ADD] = deque_iadd, [NB_MULTIPLY] = deque_imul},
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = deque_contains,
    .iter = deque_iter,
    .construct = deque_construct,
    .methods = deque_methods,
    .getset = deque_getset,
    .traverse = deque_traverse,
    .clear = deque_clear_slot,
};

/* ---- defaultdict ------------------------------------------------------------------------ */

typedef struct {
    DictObject dict;
    Value default_factory;   /* V_NONE: behaves as a dict */
} DefaultDictObject;

static TypeObject DefaultDictType;

static inline DefaultDictObject *as_dd(Value v) { return (DefaultDictObject *)v_as_obj(v); }

static Value dd_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    Value factory = V_NONE;
    if (nargs > 0) {
        factory = args[0];
        if (factory != V_NONE && !v_type(factory)->call)
            return err_format(&Exc_TypeError, "first argument must be callable or None");
        args++;
        nargs--;
    }
    /* dict's constructor allocates type->basicsize (zeroed: dict is a GC
     * type), so default_factory reads as a non-pointer until it is set. */
    Value d = DictType.construct(type, args, nargs, kwnames);
    if (v_is_null(d)) return V_NULL;
    as_dd(d)->default_factory = v_newref(factory);
    return d;
}

static Value dd_missing(Value self, const Value *args, size_t nargs, Value kwnames) {
    ONEARG("__missing__");
    Value factory = as_dd(self)->default_factory;
    if (factory == V_NONE || v_is_null(factory)) return err_set_value(&Exc_KeyError, args[0]);
    Value v = obj_call0(factory);
    if (v_is_null(v)) return V_NULL;
    if (obj_setitem(self, args[0], v) < 0) { v_decref(v); return V_NULL; }
    return v;
}

static Value dd_copy_of(Value self) {
    Value fargs[2] = {as_dd(self)->default_factory, self};
    return obj_call(v_from_obj(v_type(self)), fargs, 2, V_NULL);
}

static Value dd_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOARGS("copy");
    return dd_copy_of(self);
}

static Value dd_repr(Value self) {
    Value factory = as_dd(self)->default_factory;
    Value base = DictType.repr(self);
    if (v_is_null(base)) return V_NULL;
    Value fr;
    if (factory == V_NONE || v_is_null(factory)) {
        fr = str_from_cstr("None");
    } else {
        int rr = ctr_repr_enter(factory);
        if (rr < 0) { v_decref(base); return V_NULL; }
        if (rr > 0) {
            fr = str_from_cstr("...");
        } else {
            fr = obj_repr(factory);
            ctr_repr_leave(factory);
        }
    }
    if (v_is_null(fr)) { v_decref(base); return V_NULL; }
    const char *tn = v_type(self)->name;
    const char *dot = strrchr(tn, '.');
    if (dot) tn = dot + 1;
    Value r = str_printf("%s(%s, %s)", tn, str_data(fr), str_data(base));
    v_decref(fr);
    v_decref(base);
    return r;
}

static Value dd_get_factory(Value self) { return v_newref(as_dd(self)->default_factory); }
static int dd_set_factory(Value self, Value v) {
    v_setref(&as_dd(self)->default_factory, v_newref(v_is_null(v) ? V_NONE : v));
    return 0;
}

static void dd_dealloc(Object *o) {
    v_clear(&((DefaultDictObject *)o)->default_factory);
    DictType.dealloc(o);
}

static void dd_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    DefaultDictObject *d = (DefaultDictObject *)o;
    if (v_is_ptr(d->default_factory)) visit(d->default_factory, arg);
    DictType.traverse(o, visit, arg);
}

static const MethodDef dd_methods[] = {
    {"__missing__", dd_missing, 0, NULL},
    {"copy", dd_copy, 0, "D.copy() -> a shallow copy of D."},
    {"__copy__", dd_copy, 0, "D.copy() -> a shallow copy of D."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef dd_getset[] = {
    {"default_factory", dd_get_factory, dd_set_factory},
    {NULL, NULL, NULL},
};

static TypeObject DefaultDictType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "collections.defaultdict",
    .base = &DictType,
    .basicsize = sizeof(DefaultDictObject),
    .flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC,
    .dealloc = dd_dealloc,
    .repr = dd_repr,
    .construct = dd_construct,
    .methods = dd_methods,
    .getset = dd_getset,
    .traverse = dd_traverse,
};

/* ---- _count_elements ----------------------------------------------------------------------- */

/* _count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1
 * for each x. A plain dict (or a subclass that overrides neither get nor
 * item assignment, such as Counter) takes the direct path. */
static Value co_count_elements(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("_count_elements", nargs, kwnames, 2, 2) < 0) return V_NULL;
    Value mapping = args[0];
    TypeObject *t = v_type(mapping);
    Value get_name = str_intern_cstr("get"), set_name = str_intern_cstr("__setitem__");
    /* dict's own __setitem__ and get (not the setitem slot, which is also
     * __delitem__'s: Counter overrides that one) */
    bool direct = (t->flags & TPFLAG_DICT_SUBCLASS) &&
                  type_lookup(t, set_name) == type_lookup(&DictType, set_name) &&
                  type_lookup(t, get_name) == type_lookup(&DictType, get_name);
    Value it = obj_iter(args[1]);
    if (v_is_null(it)) return V_NULL;
    Value one = v_from_smallint(1);
    for (;;) {
        Value x = obj_iternext(it);
        if (v_is_null(x)) break;
        int r;
        if (direct) {
            Value old = dict_get(mapping, x);
            if (v_is_null(old) && err_occurred()) { v_decref(x); break; }
            Value nv;
            if (v_is_null(old)) nv = v_newref(one);
            else if (v_is_smallint(old) && v_as_smallint(old) < SMALLINT_MAX) nv = v_from_smallint(v_as_smallint(old) + 1);
            else nv = obj_binary_op(old, one, NB_ADD);
            r = v_is_null(nv) ? -1 : dict_set(mapping, x, nv);
            v_decref(nv);
        } else {
            Value gargs[2] = {x, v_from_smallint(0)};
            Value old = obj_call_method(mapping, "get", gargs, 2);
            Value nv = v_is_null(old) ? V_NULL : obj_binary_op(old, one, NB_ADD);
            v_decref(old);
            r = v_is_null(nv) ? -1 : obj_setitem(mapping, x, nv);
            v_decref(nv);
        }
        v_decref(x);
        if (r < 0) break;
    }
    v_decref(it);
    return err_occurred() ? V_NULL : V_NONE;
}

static const MethodDef collections_functions[] = {
    {"_count_elements", co_count_elements, 0, "Count elements in the iterable, updating the mapping"},
    {NULL, NULL, 0, NULL},
};

Value module_init_collections(void) {
    Value m = mod_create("_collections", collections_functions);
    if (v_is_null(m)) return V_NULL;
    if (mod_add_type(m, "deque", &DequeType) < 0 || mod_add_type(m, "defaultdict", &DefaultDictType) < 0 ||
        mod_add_type(m, "_deque_iterator", &DequeIterType) < 0 ||
        mod_add_type(m, "_deque_reverse_iterator", &DequeRevIterType) < 0) {
        v_decref(m);
        return V_NULL;
    }
    return m;
}

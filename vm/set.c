/* set.c: set and frozenset, and their iterator.
 *
 * The table follows CPython's setobject exactly (sizes, growth policy and
 * probe sequence: up to LINEAR_PROBES neighbours, then i = 5i + 1 + perturb),
 * because a set's iteration order is its table order and programs print
 * sets: {3, 1, 2} must show as {1, 2, 3}, as in CPython.
 *
 * Entries: unused (key V_NULL, hash 0), dummy (key SET_DUMMY, hash -1),
 * active (any other key; a real hash is never -1). fill counts active +
 * dummy; the table is grown when fill reaches 3/5 of it.
 *
 * A set's table starts as the 8 entries inside the object (small): sets of
 * up to 5 keys never allocate one. (The shared read-only empty_table is
 * kept for safety: everything that writes to the table first makes sure it
 * does not point there.) Only a table that is neither is freed.
 *
 * SetObject.hash: frozenset's cached hash (-1 = not computed). Mutable sets
 * have no hash, so they keep pop()'s search start there instead.
 */
#include "set.h"
#include "dict.h"
#include "tuple.h"
#include "list.h"
#include "str.h"
#include "int.h"
#include "errors.h"
#include "abstract.h"

/* Shared container helpers, defined in list.c. */
int ctr_repr_enter(Value v);
void ctr_repr_leave(Value v);
int ctr_check_nargs(const char *fname, size_t nargs, size_t min, size_t max);
int ctr_no_kwargs(const char *fname, Value kwnames);
int ctr_one_arg(const char *qualname, size_t nargs, Value kwnames);

#define SET_DUMMY (TAG_SPECIAL | 0x5e7)     /* never a Python value */
#define SET_MINSIZE 8
_Static_assert(sizeof(((SetObject *)0)->small) == SET_MINSIZE * sizeof(SetEntry), "small table size");
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

#define UNUSED {0, V_NULL}
static SetEntry empty_table[SET_MINSIZE] = {UNUSED, UNUSED, UNUSED, UNUSED,
                                            UNUSED, UNUSED, UNUSED, UNUSED};

static inline SetObject *as_set(Value v) { return (SetObject *)v_as_obj(v); }
static inline bool is_frozen_type(TypeObject *t) {
    return t == &FrozenSetType || (t != &SetType && type_is_subtype(t, &FrozenSetType));
}
static inline bool is_active(const SetEntry *e) { return !v_is_null(e->key) && e->key != SET_DUMMY; }

static inline int64_t key_hash(Value key) {
    if (v_is_str(key)) {
        int64_t h = v_as_str(key)->hash;
        return h != -1 ? h : str_hash(key);
    }
    if (v_is_smallint(key)) {
        int64_t i = v_as_smallint(key);
        return i == -1 ? -2 : i;
    }
    return obj_hash(key);
}

static inline bool heap_table(const SetObject *so) {
    return so->table != empty_table && so->table != so->small;
}

static inline void reset_small(SetObject *so) {
    for (int i = 0; i < SET_MINSIZE; i++) {
        so->small[i].hash = 0;
        so->small[i].key = V_NULL;
    }
    so->table = so->small;
    so->mask = SET_MINSIZE - 1;
}

static SetEntry *alloc_entries(int64_t n) {
    SetEntry *t = mem_alloc((size_t)n * sizeof(SetEntry));
    if (!t) { err_nomem(); return NULL; }
    for (int64_t i = 0; i < n; i++) {
        t[i].hash = 0;
        t[i].key = V_NULL;
    }
    return t;
}

static inline int ensure_own_table(SetObject *so) {
    if (so->table != empty_table) return 0;
    SetEntry *t = alloc_entries(SET_MINSIZE);
    if (!t) return -1;
    so->table = t;
    so->mask = SET_MINSIZE - 1;
    return 0;
}

/* Places a key known to be absent into a table without dummies. */
static void table_place(SetEntry *table, uint64_t mask, Value key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        SetEntry *e = &table[i];
        if (v_is_null(e->key)) { e->key = key; e->hash = hash; return; }
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (v_is_null(e->key)) { e->key = key; e->hash = hash; return; }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Rebuilds the table with the smallest power-of-two size > minused. */
static int table_resize(SetObject *so, int64_t minused) {
    int64_t newsize = SET_MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    SetEntry *old = so->table, tmp[SET_MINSIZE], *nt;
    int64_t oldsize = so->mask + 1;
    bool free_old = heap_table(so);
    if (newsize == SET_MINSIZE) {
        /* Back into (or rebuilt within) the small table. */
        if (old == so->small) {
            memcpy(tmp, old, sizeof tmp);
            old = tmp;
        }
        reset_small(so);
        nt = so->small;
    } else {
        nt = alloc_entries(newsize);
        if (!nt) return -1;
    }
    for (int64_t i = 0; i < oldsize; i++)
        if (is_active(&old[i])) table_place(nt, (uint64_t)(newsize - 1), old[i].key, old[i].hash);
    so->table = nt;
    so->mask = newsize - 1;
    so->fill = so->used;
    if (free_old) mem_free(old);
    return 0;
}

/* The entry holding key, or an unused entry if absent, or NULL on error. */
static SetEntry *lookkey(SetObject *so, Value key, int64_t hash) {
restart:;
    SetEntry *table = so->table;
    uint64_t mask = (uint64_t)so->mask, i = (uint64_t)hash & mask, perturb = (uint64_t)hash;
    for (;;) {
        SetEntry *e = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (v_is_null(e->key)) return e;
            if (e->hash == hash) {
                Value sk = e->key;
                if (sk == key) return e;
                if (v_is_str(sk) && v_is_str(key)) {
                    if (str_eq(sk, key)) return e;
                } else {
                    v_incref(sk);
                    int c = obj_eq(sk, key);
                    v_decref(sk);
                    if (c < 0) return NULL;
                    if (table != so->table || e->key != sk) goto restart;
                    if (c) return e;
                }
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Adds key (increfs when inserted). A new key goes into the last dummy
 * slot seen on its probe sequence, if any, else the unused slot that ended
 * the search: CPython 3.11 does the same, and iteration order shows it. */
static int add_entry(SetObject *so, Value key, int64_t hash) {
    if (ensure_own_table(so) < 0) return -1;
restart:;
    SetEntry *table = so->table, *freeslot = NULL;
    uint64_t mask = (uint64_t)so->mask, i = (uint64_t)hash & mask, perturb = (uint64_t)hash;
    for (;;) {
        SetEntry *e = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (v_is_null(e->key)) {
                if (freeslot) {
                    freeslot->key = v_newref(key);
                    freeslot->hash = hash;
                    so->used++;
                    return 0;
                }
                e->key = v_newref(key);
                e->hash = hash;
                so->fill++;
                so->used++;
                if ((uint64_t)so->fill * 5 < mask * 3) return 0;
                return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
            }
            if (e->hash == hash) {
                Value sk = e->key;
                if (sk == key) return 0;
                if (v_is_str(sk) && v_is_str(key)) {
                    if (str_eq(sk, key)) return 0;
                } else {
                    v_incref(sk);
                    int c = obj_eq(sk, key);
                    v_decref(sk);
                    if (c < 0) return -1;
                    if (table != so->table || e->key != sk) goto restart;
                    if (c) return 0;
                    mask = (uint64_t)so->mask;
                }
            } else if (e->hash == -1) {
                freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* 1 removed, 0 absent, -1 error. */
static int discard_entry(SetObject *so, Value key, int64_t hash) {
    SetEntry *e = lookkey(so, key, hash);
    if (!e) return -1;
    if (v_is_null(e->key)) return 0;
    Value old = e->key;
    e->key = SET_DUMMY;
    e->hash = -1;
    so->used--;
    v_decref(old);
    return 1;
}

/* Hashes a key for lookup; an unhashable set is looked up as the
 * equivalent frozenset (`{1} in {frozenset({1})}`), in *tmp. */
static int64_t lookup_hash(Value key, Value *tmp) {
    *tmp = V_NULL;
    int64_t h = key_hash(key);
    if (h != -1 || !v_is_ptr(key) || !type_is_subtype(v_type(key), &SetType) ||
        !err_matches(&Exc_TypeError))
        return h;
    err_clear();
    *tmp = frozenset_new(key);
    if (v_is_null(*tmp)) return -1;
    return key_hash(*tmp);
}

static void clear_table(SetObject *so) {
    SetEntry *t = so->table, tmp[SET_MINSIZE];
    int64_t n = so->mask + 1;
    bool free_t = heap_table(so);
    /* The keys are released after the set is empty (a key's __del__ may
     * look at it): a small table's entries are moved out first. */
    if (t == so->small) {
        memcpy(tmp, t, sizeof tmp);
        t = tmp;
    }
    reset_small(so);
    so->used = so->fill = 0;
    if (!is_frozen_type(so->ob.type)) so->hash = 0;
    if (t == empty_table) return;
    for (int64_t i = 0; i < n; i++)
        if (is_active(&t[i])) v_decref(t[i].key);
    if (free_t) mem_free(t);
}

/* ---- construction and merging ----------------------------------------------------- */

static Value set_alloc(TypeObject *type) {
    size_t sz = type->basicsize > sizeof(SetObject) ? type->basicsize : sizeof(SetObject);
    SetObject *so = (SetObject *)obj_alloc(type, sz);
    if (!so) return V_NULL;
    so->used = so->fill = 0;
    reset_small(so);
    so->hash = is_frozen_type(type) ? -1 : 0;
    return v_from_obj(so);
}

static int set_merge(SetObject *so, SetObject *other) {
    if (so == other || other->used == 0) return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (table_resize(so, (so->used + other->used) * 2) < 0) return -1;
    }
    if (ensure_own_table(so) < 0) return -1;
    SetEntry *ot = other->table;
    int64_t on = other->mask + 1;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        /* Same geometry and no dummies: copy positions, so the copy iterates
         * identically. (With dummies, a copied chain would break where a
         * dummy becomes an unused slot.) */
        for (int64_t i = 0; i < on; i++) {
            if (is_active(&ot[i])) {
                so->table[i].key = v_newref(ot[i].key);
                so->table[i].hash = ot[i].hash;
            }
        }
        so->fill = so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        for (int64_t i = 0; i < on; i++)
            if (is_active(&ot[i]))
                table_place(so->table, (uint64_t)so->mask, v_newref(ot[i].key), ot[i].hash);
        so->fill = so->used = other->used;
        return 0;
    }
    for (int64_t i = 0; i < other->mask + 1; i++) {
        SetEntry *e = &other->table[i];
        if (!is_active(e)) continue;
        Value k = v_newref(e->key);
        int r = add_entry(so, k, e->hash);
        v_decref(k);
        if (r < 0) return -1;
    }
    return 0;
}

static int update_internal(SetObject *so, Value other) {
    if (v_is_anyset(other)) return set_merge(so, as_set(other));
    if (v_is_dict(other)) {
        int64_t n = dict_size(other);
        if ((so->fill + n) * 5 >= so->mask * 3) {
            if (table_resize(so, (so->used + n) * 2) < 0) return -1;
        }
        DictObject *d = v_as_dict(other);
        for (int64_t i = 0; i < d->nentries; i++) {
            DictEntry *e = &d->entries[i];
            if (v_is_null(e->key)) continue;
            Value k = v_newref(e->key);
            int r = add_entry(so, k, e->hash);
            v_decref(k);
            if (r < 0) return -1;
        }
        return 0;
    }
    Value it = obj_iter(other);
    if (v_is_null(it)) return -1;
    for (;;) {
        Value k = obj_iternext(it);
        if (v_is_null(k)) break;
        int64_t h = key_hash(k);
        int r = h == -1 ? -1 : add_entry(so, k, h);
        v_decref(k);
        if (r < 0) { v_decref(it); return -1; }
    }
    v_decref(it);
    return err_occurred() ? -1 : 0;
}

static Value make_set(TypeObject *type, Value iterable) {
    Value r = set_alloc(type);
    if (v_is_null(r) || v_is_null(iterable)) return r;
    if (update_internal(as_set(r), iterable) < 0) { v_decref(r); return V_NULL; }
    return r;
}

/* Results of set operations are plain set/frozenset even for subclasses. */
static TypeObject *base_type(Value so) {
    return is_frozen_type(v_type(so)) ? &FrozenSetType : &SetType;
}

static Value set_copy_of(Value so) { return make_set(base_type(so), so); }

Value set_new(void) { return set_alloc(&SetType); }
Value set_from_iterable(Value iterable) { return make_set(&SetType, iterable); }

Value frozenset_new(Value iterable) {
    if (!v_is_null(iterable) && v_is_type(iterable, &FrozenSetType)) return v_newref(iterable);
    return make_set(&FrozenSetType, iterable);
}

int set_add(Value s, Value key) {
    int64_t h = key_hash(key);
    if (h == -1) return -1;
    return add_entry(as_set(s), key, h);
}

int set_contains(Value s, Value key) {
    if (v_is_smallint(key) || v_is_str(key)) {   /* hashable, no frozenset retry */
        SetEntry *e = lookkey(as_set(s), key, key_hash(key));
        if (!e) return -1;
        return !v_is_null(e->key);
    }
    Value tmp;
    int64_t h = lookup_hash(key, &tmp);
    if (h == -1) return -1;
    SetEntry *e = lookkey(as_set(s), v_is_null(tmp) ? key : tmp, h);
    v_decref(tmp);
    if (!e) return -1;
    return !v_is_null(e->key);
}

int set_discard(Value s, Value key) {
    Value tmp;
    int64_t h = lookup_hash(key, &tmp);
    if (h == -1) return -1;
    int r = discard_entry(as_set(s), v_is_null(tmp) ? key : tmp, h);
    v_decref(tmp);
    return r;
}

int set_update(Value s, Value iterable) { return update_internal(as_set(s), iterable); }

int64_t set_size(Value s) { return as_set(s)->used; }

bool set_next(Value s, int64_t *pos, Value *key) {
    SetObject *so = as_set(s);
    int64_t i = *pos;
    while (i <= so->mask && !is_active(&so->table[i])) i++;
    if (i > so->mask) { *pos = i; return false; }
    *key = so->table[i].key;
    *pos = i + 1;
    return true;
}

/* ---- set algebra (CPython's algorithms, so result orders match) ---------------------- */

static Value set_intersection(Value sv, Value other) {
    Value result = set_alloc(base_type(sv));
    if (v_is_null(result)) return result;
    SetObject *so = as_set(sv), *rs = as_set(result);
    if (v_is_anyset(other)) {
        SetObject *a = so, *b = as_set(other);
        if (b->used > a->used) { SetObject *t = a; a = b; b = t; }
        for (int64_t i = 0; i <= b->mask; i++) {
            SetEntry *e = &b->table[i];
            if (!is_active(e)) continue;
            Value k = v_newref(e->key);
            int64_t h = e->hash;
            SetEntry *f = lookkey(a, k, h);
            int r = !f ? -1 : v_is_null(f->key) ? 0 : add_entry(rs, k, h);
            v_decref(k);
            if (r < 0) { v_decref(result); return V_NULL; }
        }
        return result;
    }
    Value it = obj_iter(other);
    if (v_is_null(it)) { v_decref(result); return V_NULL; }
    for (;;) {
        Value k = obj_iternext(it);
        if (v_is_null(k)) break;
        int64_t h = key_hash(k);
        int r = -1;
        if (h != -1) {
            SetEntry *f = lookkey(so, k, h);
            r = !f ? -1 : v_is_null(f->key) ? 0 : add_entry(rs, k, h);
        }
        v_decref(k);
        if (r < 0) { v_decref(it); v_decref(result); return V_NULL; }
    }
    v_decref(it);
    if (err_occurred()) { v_decref(result); return V_NULL; }
    return result;
}

/* Swaps table contents so that `so` keeps its identity but takes tmp's
 * elements (intersection_update). */
static void swap_bodies(SetObject *a, SetObject *b) {
    /* A small table stays in its own object: its entries are copied. */
    SetEntry ta[SET_MINSIZE], tb[SET_MINSIZE];
    bool a_small = a->table == a->small, b_small = b->table == b->small;
    if (a_small) memcpy(ta, a->small, sizeof ta);
    if (b_small) memcpy(tb, b->small, sizeof tb);
    SetEntry *t = a->table; a->table = b->table; b->table = t;
    if (b_small) { memcpy(a->small, tb, sizeof tb); a->table = a->small; }
    if (a_small) { memcpy(b->small, ta, sizeof ta); b->table = b->small; }
    int64_t x = a->used; a->used = b->used; b->used = x;
    x = a->fill; a->fill = b->fill; b->fill = x;
    x = a->mask; a->mask = b->mask; b->mask = x;
}

int ctr_set_intersection_update(Value s, Value other) {
    Value tmp = set_intersection(s, other);
    if (v_is_null(tmp)) return -1;
    swap_bodies(as_set(s), as_set(tmp));
    v_decref(tmp);
    return 0;
}

int ctr_set_difference_update(Value s, Value other) {
    SetObject *so = as_set(s);
    if (v_is_ptr(other) && v_as_obj(other) == &so->ob) {
        clear_table(so);
        return 0;
    }
    if (v_is_anyset(other)) {
        SetObject *o = as_set(other);
        for (int64_t i = 0; i <= o->mask; i++) {
            SetEntry *e = &o->table[i];
            if (!is_active(e)) continue;
            Value k = v_newref(e->key);
            int r = discard_entry(so, k, e->hash);
            v_decref(k);
            if (r < 0) return -1;
        }
    } else {
        Value it = obj_iter(other);
        if (v_is_null(it)) return -1;
        for (;;) {
            Value k = obj_iternext(it);
            if (v_is_null(k)) break;
            int64_t h = key_hash(k);
            int r = h == -1 ? -1 : discard_entry(so, k, h);
            v_decref(k);
            if (r < 0) { v_decref(it); return -1; }
        }
        v_decref(it);
        if (err_occurred()) return -1;
    }
    /* Many dummies left behind: shrink. */
    if ((so->fill - so->used) * 5 < so->mask) return 0;
    return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static Value set_difference(Value sv, Value other) {
    SetObject *so = as_set(sv);
    bool fast = v_is_anyset(other) || v_is_dict(other);
    if (!fast || (so->used >> 2) > (v_is_dict(other) ? dict_size(other) : as_set(other)->used)) {
        Value r = set_copy_of(sv);
        if (v_is_null(r)) return r;
        if (ctr_set_difference_update(r, other) < 0) { v_decref(r); return V_NULL; }
        return r;
    }
    Value result = set_alloc(base_type(sv));
    if (v_is_null(result)) return result;
    for (int64_t i = 0; i <= so->mask; i++) {
        SetEntry *e = &so->table[i];
        if (!is_active(e)) continue;
        Value k = v_newref(e->key);
        int64_t h = e->hash;
        int r;
        if (v_is_dict(other)) {
            Value v = dict_get_hashed(other, k, h);
            r = !v_is_null(v) ? 0 : err_occurred() ? -1 : add_entry(as_set(result), k, h);
        } else {
            SetEntry *f = lookkey(as_set(other), k, h);
            r = !f ? -1 : !v_is_null(f->key) ? 0 : add_entry(as_set(result), k, h);
        }
        v_decref(k);
        if (r < 0) { v_decref(result); return V_NULL; }
    }
    return result;
}

int ctr_set_symmetric_difference_update(Value s, Value other) {
    SetObject *so = as_set(s);
    if (v_is_ptr(other) && v_as_obj(other) == &so->ob) {
        clear_table(so);
        return 0;
    }
    Value os;
    if (v_is_anyset(other)) os = v_newref(other);
    else {
        os = make_set(base_type(s), other);
        if (v_is_null(os)) return -1;
    }
    SetObject *o = as_set(os);
    for (int64_t i = 0; i <= o->mask; i++) {
        SetEntry *e = &o->table[i];
        if (!is_active(e)) continue;
        Value k = v_newref(e->key);
        int64_t h = e->hash;
        int r = discard_entry(so, k, h);
        if (r == 0) r = add_entry(so, k, h);
        v_decref(k);
        if (r < 0) { v_decref(os); return -1; }
    }
    v_decref(os);
    return 0;
}

static Value set_symmetric_difference(Value sv, Value other) {
    Value r = make_set(base_type(sv), other);
    if (v_is_null(r)) return r;
    if (ctr_set_symmetric_difference_update(r, sv) < 0) { v_decref(r); return V_NULL; }
    return r;
}

/* a <= b for two sets: 1/0/-1. */
static int set_issubset_of(SetObject *a, SetObject *b) {
    if (a->used > b->used) return 0;
    for (int64_t i = 0; i <= a->mask; i++) {
        SetEntry *e = &a->table[i];
        if (!is_active(e)) continue;
        Value k = v_newref(e->key);
        SetEntry *f = lookkey(b, k, e->hash);
        v_decref(k);
        if (!f) return -1;
        if (v_is_null(f->key)) return 0;
    }
    return 1;
}

/* ---- slots -------------------------------------------------------------------------- */

static void set_dealloc(Object *o) {
    SetObject *so = (SetObject *)o;
    if (so->table != empty_table) {
        for (int64_t i = 0; i <= so->mask; i++)
            if (is_active(&so->table[i])) v_decref(so->table[i].key);
        if (heap_table(so)) mem_free(so->table);
    }
    obj_free(o);
}

static void set_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    SetObject *so = (SetObject *)o;
    for (int64_t i = 0; i <= so->mask; i++)
        if (is_active(&so->table[i])) visit(so->table[i].key, arg);
}

/* The collector's clear; frozensets too (their hash stays valid: garbage
 * is never looked up again). */
static void set_gc_clear(Object *o) { clear_table((SetObject *)o); }

static Value set_repr(Value self) {
    SetObject *so = as_set(self);
    const char *tname = v_type_name(self);
    bool exact_set = v_type(self) == &SetType;
    if (so->used == 0) return str_printf("%s()", tname);
    int rr = ctr_repr_enter(self);
    if (rr != 0) return rr > 0 ? str_printf("%s(...)", tname) : V_NULL;
    /* Snapshot the keys: a key's repr may mutate the set. */
    Value keys = list_new(so->used);
    if (v_is_null(keys)) { ctr_repr_leave(self); return keys; }
    for (int64_t i = 0; i <= so->mask; i++)
        if (is_active(&so->table[i])) list_append(keys, so->table[i].key);
    StrBuilder sb;
    sb_init(&sb);
    if (!exact_set) { sb_append_cstr(&sb, tname); sb_append_char(&sb, '('); }
    sb_append_char(&sb, '{');
    for (int64_t i = 0; i < list_size(keys); i++) {
        if (i) sb_append(&sb, ", ", 2);
        Value s = obj_repr(list_items(keys)[i]);
        if (v_is_null(s)) { sb_discard(&sb); v_decref(keys); ctr_repr_leave(self); return V_NULL; }
        sb_append_str(&sb, s);
        v_decref(s);
    }
    sb_append_char(&sb, '}');
    if (!exact_set) sb_append_char(&sb, ')');
    v_decref(keys);
    ctr_repr_leave(self);
    return sb_finish(&sb);
}

static int64_t set_len(Value self) { return as_set(self)->used; }

static int set_contains_slot(Value self, Value key) { return set_contains(self, key); }

static uint64_t shuffle_bits(uint64_t h) {
    return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull;
}

/* CPython's frozenset hash: order-independent xor of shuffled entry
 * hashes (the contributions of unused and dummy slots cancel out, so only
 * active entries are visited here), then the size, then dispersion. */
static int64_t frozenset_hash(Value self) {
    SetObject *so = as_set(self);
    if (so->hash != -1) return so->hash;
    uint64_t h = 0;
    for (int64_t i = 0; i <= so->mask; i++)
        if (is_active(&so->table[i])) h ^= shuffle_bits((uint64_t)so->table[i].hash);
    h ^= ((uint64_t)so->used + 1) * 1927868237ull;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + 907133923ull;
    if (h == (uint64_t)-1) h = 590923713ull;
    so->hash = (int64_t)h;
    return so->hash;
}

static Value set_richcompare(Value a, Value b, int op) {
    if (!v_is_anyset(a) || !v_is_anyset(b)) return v_newref(V_NOTIMPL);
    SetObject *x = as_set(a), *y = as_set(b);
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (x->used != y->used) r = 0;
        else if (is_frozen_type(v_type(a)) && is_frozen_type(v_type(b)) && x->hash != -1 &&
                 y->hash != -1 && x->hash != y->hash)
            r = 0;
        else r = set_issubset_of(x, y);
        if (r >= 0 && op == CMP_NE) r = !r;
        break;
    case CMP_LE: r = set_issubset_of(x, y); break;
    case CMP_GE: r = set_issubset_of(y, x); break;
    case CMP_LT: r = x->used < y->used ? set_issubset_of(x, y) : 0; break;
    default: r = x->used > y->used ? set_issubset_of(y, x) : 0; break;
    }
    if (r < 0) return V_NULL;
    return v_from_bool(r);
}

static Value set_or(Value a, Value b) {
    if (!v_is_anyset(a) || !v_is_anyset(b)) return v_newref(V_NOTIMPL);
    Value r = set_copy_of(a);
    if (v_is_null(r)) return r;
    if (set_merge(as_set(r), as_set(b)) < 0) { v_decref(r); return V_NULL; }
    return r;
}

static Value set_and(Value a, Value b) {
    if (!v_is_anyset(a) || !v_is_anyset(b)) return v_newref(V_NOTIMPL);
    return set_intersection(a, b);
}

static Value set_sub(Value a, Value b) {
    if (!v_is_anyset(a) || !v_is_anyset(b)) return v_newref(V_NOTIMPL);
    return set_difference(a, b);
}

static Value set_xor(Value a, Value b) {
    if (!v_is_anyset(a) || !v_is_anyset(b)) return v_newref(V_NOTIMPL);
    return set_symmetric_difference(a, b);
}

static Value set_ior(Value a, Value b) {
    if (!v_is_anyset(a) || !v_is_anyset(b)) return v_newref(V_NOTIMPL);
    if (set_merge(as_set(a), as_set(b)) < 0) return V_NULL;
    return v_newref(a);
}

static Value set_iand(Value a, Value b) {
    if (!v_is_anyset(a) || !v_is_anyset(b)) return v_newref(V_NOTIMPL);
    if (ctr_set_intersection_update(a, b) < 0) return V_NULL;
    return v_newref(a);
}

static Value set_isub(Value a, Value b) {
    if (!v_is_anyset(a) || !v_is_anyset(b)) return v_newref(V_NOTIMPL);
    if (ctr_set_difference_update(a, b) < 0) return V_NULL;
    return v_newref(a);
}

static Value set_ixor(Value a, Value b) {
    if (!v_is_anyset(a) || !v_is_anyset(b)) return v_newref(V_NOTIMPL);
    if (ctr_set_symmetric_difference_update(a, b) < 0) return V_NULL;
    return v_newref(a);
}

/* ---- iterator -------------------------------------------------------------------------- */

typedef struct SetIterObject {
    Object ob;
    Value set;               /* V_NULL once exhausted */
    int64_t pos;
    int64_t used;            /* size when iteration started; -1 after a size error */
    int64_t remaining;
} SetIterObject;

static Value set_iter(Value self) {
    SetIterObject *it = (SetIterObject *)obj_alloc(&SetIterType, sizeof(SetIterObject));
    if (!it) return V_NULL;
    it->set = v_newref(self);
    it->pos = 0;
    it->used = it->remaining = as_set(self)->used;
    return v_from_obj(it);
}

static Value setiter_next(Value self) {
    SetIterObject *it = (SetIterObject *)v_as_obj(self);
    if (v_is_null(it->set)) return V_NULL;
    SetObject *so = as_set(it->set);
    if (it->used != so->used) {
        it->used = -1;
        return err_format(&Exc_RuntimeError, "Set changed size during iteration");
    }
    int64_t i = it->pos;
    while (i <= so->mask && !is_active(&so->table[i])) i++;
    if (i > so->mask) {
        it->pos = i;
        v_clear(&it->set);
        return V_NULL;
    }
    it->pos = i + 1;
    it->remaining--;
    return v_newref(so->table[i].key);
}

static Value iter_self(Value self) { return v_newref(self); }

static void setiter_dealloc(Object *o) {
    v_decref(((SetIterObject *)o)->set);
    obj_free(o);
}

static void setiter_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    visit(((SetIterObject *)o)->set, arg);
}

static Value setiter_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    SetIterObject *it = (SetIterObject *)v_as_obj(self);
    int64_t n = 0;
    if (!v_is_null(it->set) && it->used == as_set(it->set)->used && it->remaining > 0) n = it->remaining;
    return int_from_i64(n);
}

static const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject SetIterType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "set_iterator",
    .basicsize = sizeof(SetIterObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = setiter_dealloc,
    .iter = iter_self,
    .iternext = setiter_next,
    .methods = setiter_methods,
    .traverse = setiter_traverse,
};

/* ---- methods ------------------------------------------------------------------------------ */

#define NOARGS(name)                                                                  \
    (void)args;                                                                       \
    if (ctr_no_kwargs(name, kwnames) < 0 || ctr_check_nargs(name, nargs, 0, 0) < 0) \
        return V_NULL

static Value m_add(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_one_arg("set.add", nargs, kwnames) < 0) return V_NULL;
    if (set_add(self, args[0]) < 0) return V_NULL;
    return V_NONE;
}

static Value m_discard(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_one_arg("set.discard", nargs, kwnames) < 0) return V_NULL;
    if (set_discard(self, args[0]) < 0) return V_NULL;
    return V_NONE;
}

static Value m_remove(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_one_arg("set.remove", nargs, kwnames) < 0) return V_NULL;
    int r = set_discard(self, args[0]);
    if (r < 0) return V_NULL;
    if (r == 0) return err_set_value(&Exc_KeyError, args[0]);
    return V_NONE;
}

static Value m_pop(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOARGS("pop");
    SetObject *so = as_set(self);
    if (so->used == 0) return err_format(&Exc_KeyError, "pop from an empty set");
    int64_t i = so->hash & so->mask;     /* the finger, see the top */
    while (!is_active(&so->table[i])) i = (i + 1) & so->mask;
    Value k = so->table[i].key;
    so->table[i].key = SET_DUMMY;
    so->table[i].hash = -1;
    so->used--;
    so->hash = i + 1;
    return k;
}

static Value m_clear(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOARGS("clear");
    clear_table(as_set(self));
    return V_NONE;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOARGS("copy");
    if (v_is_type(self, &FrozenSetType)) return v_newref(self);
    return set_copy_of(self);
}

static Value m_update(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_no_kwargs("set.update", kwnames) < 0) return V_NULL;
    for (size_t i = 0; i < nargs; i++)
        if (update_internal(as_set(self), args[i]) < 0) return V_NULL;
    return V_NONE;
}

static Value m_union(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_no_kwargs("union", kwnames) < 0) return V_NULL;
    Value r = set_copy_of(self);
    if (v_is_null(r)) return r;
    for (size_t i = 0; i < nargs; i++)
        if (update_internal(as_set(r), args[i]) < 0) { v_decref(r); return V_NULL; }
    return r;
}

static Value m_intersection(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_no_kwargs("intersection", kwnames) < 0) return V_NULL;
    if (nargs == 0) return set_copy_of(self);
    Value r = v_newref(self);
    for (size_t i = 0; i < nargs; i++) {
        Value n = set_intersection(r, args[i]);
        v_decref(r);
        if (v_is_null(n)) return n;
        r = n;
    }
    return r;
}

static Value m_intersection_update(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_no_kwargs("intersection_update", kwnames) < 0) return V_NULL;
    Value r = m_intersection(self, args, nargs, V_NULL);
    if (v_is_null(r)) return r;
    swap_bodies(as_set(self), as_set(r));
    v_decref(r);
    return V_NONE;
}

static Value m_difference(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_no_kwargs("difference", kwnames) < 0) return V_NULL;
    if (nargs == 0) return set_copy_of(self);
    Value r = set_difference(self, args[0]);
    if (v_is_null(r)) return r;
    for (size_t i = 1; i < nargs; i++)
        if (ctr_set_difference_update(r, args[i]) < 0) { v_decref(r); return V_NULL; }
    return r;
}

static Value m_difference_update(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_no_kwargs("difference_update", kwnames) < 0) return V_NULL;
    for (size_t i = 0; i < nargs; i++)
        if (ctr_set_difference_update(self, args[i]) < 0) return V_NULL;
    return V_NONE;
}

static Value m_symmetric_difference(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_one_arg("set.symmetric_difference", nargs, kwnames) < 0) return V_NULL;
    return set_symmetric_difference(self, args[0]);
}

static Value m_symmetric_difference_update(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_one_arg("set.symmetric_difference_update", nargs, kwnames) < 0) return V_NULL;
    if (ctr_set_symmetric_difference_update(self, args[0]) < 0) return V_NULL;
    return V_NONE;
}

static Value m_issubset(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_one_arg("set.issubset", nargs, kwnames) < 0) return V_NULL;
    Value other = args[0];
    Value tmp = V_NULL;
    if (!v_is_anyset(other)) {
        tmp = set_from_iterable(other);
        if (v_is_null(tmp)) return tmp;
        other = tmp;
    }
    int r = set_issubset_of(as_set(self), as_set(other));
    v_decref(tmp);
    return r < 0 ? V_NULL : v_from_bool(r);
}

static Value m_issuperset(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_one_arg("set.issuperset", nargs, kwnames) < 0) return V_NULL;
    Value other = args[0];
    if (v_is_anyset(other)) {
        int r = set_issubset_of(as_set(other), as_set(self));
        return r < 0 ? V_NULL : v_from_bool(r);
    }
    Value it = obj_iter(other);
    if (v_is_null(it)) return it;
    for (;;) {
        Value k = obj_iternext(it);
        if (v_is_null(k)) break;
        int r = set_contains(self, k);
        v_decref(k);
        if (r <= 0) { v_decref(it); return r < 0 ? V_NULL : V_FALSE; }
    }
    v_decref(it);
    return err_occurred() ? V_NULL : V_TRUE;
}

static Value m_isdisjoint(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_one_arg("set.isdisjoint", nargs, kwnames) < 0) return V_NULL;
    Value other = args[0];
    if (v_is_anyset(other)) {
        SetObject *a = as_set(self), *b = as_set(other);
        if (a->used > b->used) { SetObject *t = a; a = b; b = t; }
        for (int64_t i = 0; i <= a->mask; i++) {
            SetEntry *e = &a->table[i];
            if (!is_active(e)) continue;
            Value k = v_newref(e->key);
            SetEntry *f = lookkey(b, k, e->hash);
            v_decref(k);
            if (!f) return V_NULL;
            if (!v_is_null(f->key)) return V_FALSE;
        }
        return V_TRUE;
    }
    Value it = obj_iter(other);
    if (v_is_null(it)) return it;
    for (;;) {
        Value k = obj_iternext(it);
        if (v_is_null(k)) break;
        int r = set_contains(self, k);
        v_decref(k);
        if (r != 0) { v_decref(it); return r < 0 ? V_NULL : V_FALSE; }
    }
    v_decref(it);
    return err_occurred() ? V_NULL : V_TRUE;
}

static Value m_contains(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_one_arg("set.__contains__", nargs, kwnames) < 0) return V_NULL;
    int r = set_contains(self, args[0]);
    return r < 0 ? V_NULL : v_from_bool(r);
}

static const MethodDef set_methods[] = {
    {"add", m_add, 0, "Add an element to a set."},
    {"discard", m_discard, 0, "Remove an element from a set if it is a member."},
    {"remove", m_remove, 0, "Remove an element from a set; it must be a member."},
    {"pop", m_pop, 0, "Remove and return an arbitrary set element."},
    {"clear", m_clear, 0, "Remove all elements from this set."},
    {"copy", m_copy, 0, "Return a shallow copy of a set."},
    {"update", m_update, 0, "Update a set with the union of itself and others."},
    {"union", m_union, 0, "Return the union of sets as a new set."},
    {"intersection", m_intersection, 0, "Return the intersection of two sets as a new set."},
    {"intersection_update", m_intersection_update, 0, "Update a set with the intersection of itself and another."},
    {"difference", m_difference, 0, "Return the difference of two or more sets as a new set."},
    {"difference_update", m_difference_update, 0, "Remove all elements of another set from this set."},
    {"symmetric_difference", m_symmetric_difference, 0, "Return the symmetric difference of two sets as a new set."},
    {"symmetric_difference_update", m_symmetric_difference_update, 0, "Update a set with the symmetric difference of itself and another."},
    {"issubset", m_issubset, 0, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, 0, "Report whether this set contains another set."},
    {"isdisjoint", m_isdisjoint, 0, "Return True if two sets have a null intersection."},
    {"__contains__", m_contains, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef frozenset_methods[] = {
    {"copy", m_copy, 0, "Return a shallow copy of a set."},
    {"union", m_union, 0, "Return the union of sets as a new set."},
    {"intersection", m_intersection, 0, "Return the intersection of two sets as a new set."},
    {"difference", m_difference, 0, "Return the difference of two or more sets as a new set."},
    {"symmetric_difference", m_symmetric_difference, 0, "Return the symmetric difference of two sets as a new set."},
    {"issubset", m_issubset, 0, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, 0, "Report whether this set contains another set."},
    {"isdisjoint", m_isdisjoint, 0, "Return True if two sets have a null intersection."},
    {"__contains__", m_contains, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value set_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_no_kwargs("set", kwnames) < 0 || ctr_check_nargs("set", nargs, 0, 1) < 0) return V_NULL;
    return make_set(type, nargs ? args[0] : V_NULL);
}

static Value frozenset_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_no_kwargs("frozenset", kwnames) < 0 || ctr_check_nargs("frozenset", nargs, 0, 1) < 0)
        return V_NULL;
    if (type == &FrozenSetType) return frozenset_new(nargs ? args[0] : V_NULL);
    return make_set(type, nargs ? args[0] : V_NULL);
}

TypeObject SetType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "set",
    .basicsize = sizeof(SetObject),
    .flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .richcompare = set_richcompare,
    .len = set_len,
    .nb = {[NB_OR] = set_or, [NB_AND] = set_and, [NB_SUBTRACT] = set_sub, [NB_XOR] = set_xor},
    .nb_inplace = {[NB_OR] = set_ior, [NB_AND] = set_iand, [NB_SUBTRACT] = set_isub, [NB_XOR] = set_ixor},
    .contains = set_contains_slot,
    .iter = set_iter,
    .construct = set_construct,
    .methods = set_methods,
    .traverse = set_traverse,
    .clear = set_gc_clear,
};

TypeObject FrozenSetType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "frozenset",
    .basicsize = sizeof(SetObject),
    .flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_NEW_TAKES_ARGS,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .len = set_len,
    .nb = {[NB_OR] = set_or, [NB_AND] = set_and, [NB_SUBTRACT] = set_sub, [NB_XOR] = set_xor},
    .contains = set_contains_slot,
    .iter = set_iter,
    .construct = frozenset_construct,
    .methods = frozenset_methods,
    .traverse = set_traverse,
    .clear = set_gc_clear,
};

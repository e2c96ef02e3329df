/* dict.c: the dict type, its views and iterators.
 *
 * Layout (CPython's compact dict): `indices` is an open-addressed table of
 * mask+1 int32 slots holding DKIX_EMPTY, DKIX_DUMMY (deleted) or an index
 * into `entries`, the dense array of (hash, key, value) in insertion order.
 * Both live in one allocation (indices first). A deleted entry keeps its
 * place with key V_NULL until the next resize compacts the array.
 *
 * Invariants:
 *  - nentries <= capacity; capacity <= USABLE(mask + 1), which keeps at
 *    least one EMPTY slot so every probe sequence terminates. Precisely:
 *    (non-EMPTY slots) + (capacity - nentries) <= USABLE(mask + 1); popitem
 *    shrinks capacity together with nentries to preserve it.
 *  - An empty dict shares the static empty_indices table (capacity 0): the
 *    first insert allocates.
 *  - version changes (from one global counter, so versions never repeat
 *    across dicts) on every key insertion, deletion or clear; a resize only
 *    happens inside an insertion. Lookups use it to detect that a
 *    user-defined __eq__ mutated the dict under them.
 *
 * Probing: i = hash & mask, then i = 5i + 1 + (perturb >>= 5), as CPython.
 */
#include "dict.h"
#include "runtime.h"
#include "tuple.h"
#include "list.h"
#include "set.h"
#include "str.h"
#include "int.h"
#include "errors.h"
#include "abstract.h"
#include "gc.h"
#include <inttypes.h>

/* Shared container helpers, defined in list.c / set.c. */
int ctr_repr_enter(Value v);
void ctr_repr_leave(Value v);
int ctr_check_nargs(const char *fname, size_t nargs, size_t min, size_t max);
int ctr_no_kwargs(const char *fname, Value kwnames);
int ctr_one_arg(const char *qualname, size_t nargs, Value kwnames);
int ctr_set_difference_update(Value s, Value other);
int ctr_set_intersection_update(Value s, Value other);
int ctr_set_symmetric_difference_update(Value s, Value other);

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define DKIX_ERROR (-3)
#define MIN_SIZE 8
#define USABLE(n) (((n) << 1) / 3)
#define PERTURB_SHIFT 5

static const int32_t empty_indices[MIN_SIZE] = {-1, -1, -1, -1, -1, -1, -1, -1};
static uint64_t version_counter;

static inline uint64_t next_version(void) { return ++version_counter; }
static inline int32_t *dict_ix(DictObject *d) { return (int32_t *)d->indices; }

static inline bool is_dict(Value v) {
    return v_is_ptr(v) && (v_as_obj(v)->type == &DictType ||
                           (v_as_obj(v)->type->flags & TPFLAG_DICT_SUBCLASS));
}

/* Hash with the common key types inlined. Small ints hash to themselves
 * (|i| < 2^47 < the modulus 2^61 - 1), except -1 which Python maps to -2. */
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

static void set_empty_table(DictObject *d) {
    d->used = 0;
    d->nentries = 0;
    d->capacity = 0;
    d->mask = MIN_SIZE - 1;
    d->indices = (void *)empty_indices;
    d->entries = NULL;
}

static void free_table(DictObject *d) {
    if (d->indices != (void *)empty_indices) mem_free(d->indices);
}

/* A table of `size` slots (power of two >= MIN_SIZE), all EMPTY. */
static int alloc_table(DictObject *d, int64_t size) {
    int64_t usable = USABLE(size);
    size_t ixbytes = (size_t)size * sizeof(int32_t);
    void *block = mem_alloc(ixbytes + (size_t)usable * sizeof(DictEntry));
    if (!block) { err_nomem(); return -1; }
    memset(block, 0xff, ixbytes);                    /* every slot DKIX_EMPTY */
    d->indices = block;
    d->entries = (DictEntry *)((char *)block + ixbytes);
    d->mask = size - 1;
    d->capacity = usable;
    d->nentries = 0;
    d->used = 0;
    return 0;
}

/* Smallest table whose usable part holds n entries. */
static int64_t size_for(int64_t n) {
    int64_t size = MIN_SIZE;
    while (USABLE(size) < n) {
        if (size >= ((int64_t)1 << 31)) return -1;
        size <<= 1;
    }
    return size;
}

/* The slot an insertion of a key not in the table uses: the first EMPTY
 * or DUMMY slot of its probe sequence. */
static inline uint64_t find_free_slot(DictObject *d, int64_t hash) {
    int32_t *ix = dict_ix(d);
    uint64_t mask = (uint64_t)d->mask, i = (uint64_t)hash & mask, perturb = (uint64_t)hash;
    while (ix[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Rebuilds the table with at least `minsize` slots, compacting out
 * deleted entries. */
static int dict_resize(DictObject *d, int64_t minsize) {
    int64_t size = MIN_SIZE;
    while (size < minsize) {
        if (size >= ((int64_t)1 << 31)) { err_nomem(); return -1; }
        size <<= 1;
    }
    DictObject old = *d;
    if (alloc_table(d, size) < 0) {
        d->indices = old.indices; d->entries = old.entries; d->mask = old.mask;
        d->capacity = old.capacity; d->nentries = old.nentries; d->used = old.used;
        return -1;
    }
    int32_t *ix = dict_ix(d);
    int64_t n = 0;
    for (int64_t i = 0; i < old.nentries; i++) {
        DictEntry *e = &old.entries[i];
        if (v_is_null(e->key)) continue;
        d->entries[n] = *e;
        ix[find_free_slot(d, e->hash)] = (int32_t)n;
        n++;
    }
    d->nentries = n;
    d->used = n;
    /* the entries moved (compiled code reads them by address while the
     * version is unchanged) */
    d->version = next_version();
    free_table(&old);
    return 0;
}

/* Entry index of key, DKIX_EMPTY if absent, DKIX_ERROR if its __eq__
 * failed. *slot receives the index-table position when found. */
static int64_t lookup(DictObject *d, Value key, int64_t hash, uint64_t *slot) {
restart:;
    int32_t *ix = dict_ix(d);
    DictEntry *ents = d->entries;
    uint64_t mask = (uint64_t)d->mask, i = (uint64_t)hash & mask, perturb = (uint64_t)hash;
    for (;;) {
        int32_t e = ix[i];
        if (e >= 0) {
            DictEntry *ep = &ents[e];
            if (ep->key == key) { *slot = i; return e; }
            if (ep->hash == hash) {
                Value sk = ep->key;
                if (v_is_str(sk) && v_is_str(key)) {
                    if (str_eq(sk, key)) { *slot = i; return e; }
                } else {
                    uint64_t ver = d->version;
                    v_incref(sk);
                    int c = obj_eq(sk, key);
                    v_decref(sk);
                    if (c < 0) return DKIX_ERROR;
                    if (d->version != ver || d->entries != ents) goto restart;
                    if (c) { *slot = i; return e; }
                }
            }
        } else if (e == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Appends a key known to be absent (steals key and value). */
static int insert_new(DictObject *d, Value key, int64_t hash, Value value) {
    if (d->nentries >= d->capacity) {
        if (dict_resize(d, d->used * 3) < 0) {
            v_decref(key);
            v_decref(value);
            return -1;
        }
    }
    uint64_t i = find_free_slot(d, hash);
    DictEntry *e = &d->entries[d->nentries];
    e->hash = hash;
    e->key = key;
    e->value = value;
    dict_ix(d)[i] = (int32_t)d->nentries;
    d->nentries++;
    d->used++;
    d->version = next_version();
    return 0;
}

/* Sets d[key] = value, stealing both references. */
static int insert(DictObject *d, Value key, int64_t hash, Value value) {
    uint64_t slot;
    int64_t ix = lookup(d, key, hash, &slot);
    if (ix == DKIX_ERROR) {
        v_decref(key);
        v_decref(value);
        return -1;
    }
    if (ix >= 0) {
        Value old = d->entries[ix].value;
        d->entries[ix].value = value;
        v_decref(key);
        v_decref(old);
        return 0;
    }
    return insert_new(d, key, hash, value);
}

/* Unlinks entry ix found at slot; the caller releases *key and *value
 * once it no longer needs the dict consistent. */
static void delete_at(DictObject *d, uint64_t slot, int64_t ix, Value *key, Value *value) {
    DictEntry *e = &d->entries[ix];
    dict_ix(d)[slot] = DKIX_DUMMY;
    *key = e->key;
    *value = e->value;
    e->key = V_NULL;
    e->value = V_NULL;
    d->used--;
    d->version = next_version();
}

/* ---- public API -------------------------------------------------------------- */

static Value dict_alloc(TypeObject *type) {
    size_t sz = type->basicsize > sizeof(DictObject) ? type->basicsize : sizeof(DictObject);
    DictObject *d = (DictObject *)obj_alloc(type, sz);
    if (!d) return V_NULL;
    set_empty_table(d);
    d->version = next_version();
    return v_from_obj(d);
}

Value dict_new(void) { return dict_alloc(&DictType); }

Value dict_new_presized(int64_t n) {
    Value r = dict_new();
    if (v_is_null(r) || n <= USABLE(MIN_SIZE)) return r;
    int64_t size = size_for(n);
    if (size < 0 || alloc_table(v_as_dict(r), size) < 0) {
        if (size < 0) err_nomem();
        v_decref(r);
        return V_NULL;
    }
    return r;
}

Value dict_get_hashed(Value dv, Value key, int64_t hash) {
    DictObject *d = v_as_dict(dv);
    uint64_t slot;
    int64_t ix = lookup(d, key, hash, &slot);
    return ix >= 0 ? d->entries[ix].value : V_NULL;
}

Value dict_get(Value dv, Value key) {
    int64_t hash = key_hash(key);
    if (hash == -1) return V_NULL;
    return dict_get_hashed(dv, key, hash);
}

/* The name-lookup path: interned strings usually match by pointer; two
 * distinct interned strings are never equal, so only non-interned pairs
 * compare bytes. */
Value dict_get_str(Value dv, Value key) {
    DictObject *d = v_as_dict(dv);
    StrObject *s = v_as_str(key);
    int64_t hash = s->hash;
    if (hash == -1) hash = str_hash(key);
    int32_t *ix = dict_ix(d);
    DictEntry *ents = d->entries;
    uint64_t mask = (uint64_t)d->mask, i = (uint64_t)hash & mask, perturb = (uint64_t)hash;
    for (;;) {
        int32_t e = ix[i];
        if (e >= 0) {
            DictEntry *ep = &ents[e];
            if (ep->key == key) return ep->value;
            if (ep->hash == hash && v_is_str(ep->key) &&
                !(s->interned && v_as_str(ep->key)->interned) && str_eq(ep->key, key))
                return ep->value;
        } else if (e == DKIX_EMPTY) {
            return V_NULL;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Value dict_get_cstr(Value d, const char *key) {
    Value k = str_intern_cstr(key);
    if (v_is_null(k)) { err_clear(); return V_NULL; }
    return dict_get_str(d, k);
}

int dict_set(Value d, Value key, Value value) {
    int64_t hash = key_hash(key);
    if (hash == -1) return -1;
    v_incref(key);
    v_incref(value);
    return insert(v_as_dict(d), key, hash, value);
}

int dict_set_cstr(Value d, const char *key, Value value) {
    Value k = str_intern_cstr(key);
    if (v_is_null(k)) return -1;
    return dict_set(d, k, value);
}

int dict_pop(Value dv, Value key, Value *out) {
    DictObject *d = v_as_dict(dv);
    if (d->used == 0) {
        /* Still hash the key: CPython reports unhashable keys here too. */
        if (key_hash(key) == -1) return -1;
        return 0;
    }
    int64_t hash = key_hash(key);
    if (hash == -1) return -1;
    uint64_t slot;
    int64_t ix = lookup(d, key, hash, &slot);
    if (ix == DKIX_ERROR) return -1;
    if (ix < 0) return 0;
    Value k, v;
    delete_at(d, slot, ix, &k, &v);
    v_decref(k);
    *out = v;
    return 1;
}

int dict_del(Value d, Value key) {
    Value v;
    int r = dict_pop(d, key, &v);
    if (r < 0) return -1;
    if (r == 0) { err_set_value(&Exc_KeyError, key); return -1; }
    v_decref(v);
    return 0;
}

int dict_contains(Value dv, Value key) {
    int64_t hash = key_hash(key);
    if (hash == -1) return -1;
    uint64_t slot;
    int64_t ix = lookup(v_as_dict(dv), key, hash, &slot);
    if (ix == DKIX_ERROR) return -1;
    return ix >= 0;
}

void dict_clear(Value dv) {
    DictObject *d = v_as_dict(dv);
    DictObject old = *d;
    set_empty_table(d);
    d->version = next_version();
    for (int64_t i = 0; i < old.nentries; i++) {
        if (v_is_null(old.entries[i].key)) continue;
        v_decref(old.entries[i].key);
        v_decref(old.entries[i].value);
    }
    free_table(&old);
}

bool dict_next(Value dv, int64_t *pos, Value *key, Value *value) {
    DictObject *d = v_as_dict(dv);
    int64_t i = *pos;
    while (i < d->nentries && v_is_null(d->entries[i].key)) i++;
    if (i >= d->nentries) { *pos = i; return false; }
    if (key) *key = d->entries[i].key;
    if (value) *value = d->entries[i].value;
    *pos = i + 1;
    return true;
}

/* Merges a dict into d with the stored hashes; the source is re-read each
 * step because a key's __eq__ may change it. */
static int dict_merge_dict(DictObject *d, DictObject *src) {
    if (d->used == 0 && src->used > d->capacity) {
        int64_t size = size_for(src->used);
        if (size < 0) { err_nomem(); return -1; }
        if (dict_resize(d, size) < 0) return -1;
    }
    for (int64_t i = 0; i < src->nentries; i++) {
        DictEntry *e = &src->entries[i];
        if (v_is_null(e->key)) continue;
        v_incref(e->key);
        v_incref(e->value);
        if (insert(d, e->key, e->hash, e->value) < 0) return -1;
    }
    return 0;
}

Value dict_copy(Value dv) {
    DictObject *src = v_as_dict(dv);
    Value r = dict_new_presized(src->used);
    if (v_is_null(r)) return r;
    DictObject *d = v_as_dict(r);
    /* Keys are distinct: append without lookups. */
    for (int64_t i = 0; i < src->nentries; i++) {
        DictEntry *e = &src->entries[i];
        if (v_is_null(e->key)) continue;
        v_incref(e->key);
        v_incref(e->value);
        if (insert_new(d, e->key, e->hash, e->value) < 0) { v_decref(r); return V_NULL; }
    }
    return r;
}

/* d.update(iterable of pairs). */
static int dict_merge_pairs(Value d, Value seq) {
    Value it = obj_iter(seq);
    if (v_is_null(it)) return -1;
    for (int64_t n = 0;; n++) {
        Value item = obj_iternext(it);
        if (v_is_null(item)) {
            v_decref(it);
            return err_occurred() ? -1 : 0;
        }
        Value fast;
        if (v_is_tuple(item) || v_is_list(item)) {
            fast = v_newref(item);
        } else {
            Value sub = obj_iter(item);
            if (v_is_null(sub)) {
                if (err_matches(&Exc_TypeError)) {
                    err_clear();
                    err_format(&Exc_TypeError, "cannot convert dictionary update sequence element #%" PRId64
                               " to a sequence", n);
                }
                v_decref(item);
                v_decref(it);
                return -1;
            }
            v_decref(sub);
            fast = list_from_iterable(item);
        }
        v_decref(item);
        if (v_is_null(fast)) { v_decref(it); return -1; }
        int64_t len = v_is_tuple(fast) ? tuple_size(fast) : list_size(fast);
        if (len != 2) {
            v_decref(fast);
            v_decref(it);
            err_format(&Exc_ValueError, "dictionary update sequence element #%" PRId64
                       " has length %" PRId64 "; 2 is required", n, len);
            return -1;
        }
        const Value *kv = v_is_tuple(fast) ? tuple_items(fast) : list_items(fast);
        int r = is_dict(d) ? dict_set(d, kv[0], kv[1]) : obj_setitem(d, kv[0], kv[1]);
        v_decref(fast);
        if (r < 0) { v_decref(it); return -1; }
    }
}

/* d.update(mapping) for a non-dict with keys(). */
static int dict_merge_mapping(Value d, Value m, Value keys_fn) {
    Value keys = obj_call0(keys_fn);
    if (v_is_null(keys)) return -1;
    Value it = obj_iter(keys);
    v_decref(keys);
    if (v_is_null(it)) return -1;
    for (;;) {
        Value k = obj_iternext(it);
        if (v_is_null(k)) break;
        Value v = obj_getitem(m, k);
        if (v_is_null(v)) { v_decref(k); v_decref(it); return -1; }
        int r = dict_set(d, k, v);
        v_decref(k);
        v_decref(v);
        if (r < 0) { v_decref(it); return -1; }
    }
    v_decref(it);
    return err_occurred() ? -1 : 0;
}

int dict_update(Value d, Value other) {
    if (is_dict(other) && v_type(other)->iter == DictType.iter)
        return dict_merge_dict(v_as_dict(d), v_as_dict(other));
    Value keys_fn;
    int r = obj_lookup_attr(other, str_intern_cstr("keys"), &keys_fn);
    if (r < 0) return -1;
    if (r) {
        r = dict_merge_mapping(d, other, keys_fn);
        v_decref(keys_fn);
        return r;
    }
    return dict_merge_pairs(d, other);
}

static Value dict_list_of(Value dv, int kind) {
    DictObject *d = v_as_dict(dv);
    Value r = list_new(d->used);
    if (v_is_null(r)) return r;
    ListObject *l = v_as_list(r);
    for (int64_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (v_is_null(e->key)) continue;
        Value x;
        if (kind == 0) x = v_newref(e->key);
        else if (kind == 1) x = v_newref(e->value);
        else {
            x = tuple_pack(2, e->key, e->value);
            if (v_is_null(x)) { v_decref(r); return x; }
        }
        l->items[l->size++] = x;
    }
    return r;
}

Value dict_keys_list(Value d) { return dict_list_of(d, 0); }
Value dict_values_list(Value d) { return dict_list_of(d, 1); }
Value dict_items_list(Value d) { return dict_list_of(d, 2); }

/* ---- dict slots ---------------------------------------------------------------- */

static void dict_dealloc(Object *o) {
    DictObject *d = (DictObject *)o;
    for (int64_t i = 0; i < d->nentries; i++) {
        if (v_is_null(d->entries[i].key)) continue;
        v_decref(d->entries[i].key);
        v_decref(d->entries[i].value);
    }
    free_table(d);
    obj_free(o);
}

static void dict_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    DictObject *d = (DictObject *)o;
    for (int64_t i = 0; i < d->nentries; i++) {
        if (v_is_null(d->entries[i].key)) continue;
        visit(d->entries[i].key, arg);
        visit(d->entries[i].value, arg);
    }
}

static void dict_gc_clear(Object *o) { dict_clear(v_from_obj(o)); }

static Value dict_repr(Value self) {
    DictObject *d = v_as_dict(self);
    if (d->used == 0) return str_from_cstr("{}");
    int rr = ctr_repr_enter(self);
    if (rr != 0) return rr > 0 ? str_from_cstr("{...}") : V_NULL;
    StrBuilder sb;
    sb_init(&sb);
    sb_append_char(&sb, '{');
    bool first = true;
    for (int64_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (v_is_null(e->key)) continue;
        Value k = v_newref(e->key), v = v_newref(e->value);
        if (!first) sb_append(&sb, ", ", 2);
        first = false;
        Value s = obj_repr(k);
        if (!v_is_null(s)) {
            sb_append_str(&sb, s);
            v_decref(s);
            sb_append(&sb, ": ", 2);
            s = obj_repr(v);
            if (!v_is_null(s)) { sb_append_str(&sb, s); v_decref(s); }
        }
        v_decref(k);
        v_decref(v);
        if (v_is_null(s)) { sb_discard(&sb); ctr_repr_leave(self); return V_NULL; }
    }
    sb_append_char(&sb, '}');
    ctr_repr_leave(self);
    return sb_finish(&sb);
}

static int64_t dict_len(Value self) { return v_as_dict(self)->used; }

static Value dict_getitem(Value self, Value key) {
    int64_t hash = key_hash(key);
    if (hash == -1) return V_NULL;
    uint64_t slot;
    DictObject *d = v_as_dict(self);
    int64_t ix = lookup(d, key, hash, &slot);
    if (ix >= 0) return v_newref(d->entries[ix].value);
    if (ix == DKIX_ERROR) return V_NULL;
    if (v_type(self) != &DictType) {
        /* dict subclasses (defaultdict, Counter) may define __missing__. */
        Value missing = type_lookup(v_type(self), str_intern_cstr("__missing__"));
        if (!v_is_null(missing)) {
            Value args[2] = {self, key};
            return obj_call(missing, args, 2, V_NULL);
        }
    }
    return err_set_value(&Exc_KeyError, key);
}

static int dict_setitem(Value self, Value key, Value v) {
    if (v_is_null(v)) return dict_del(self, key);
    return dict_set(self, key, v);
}

static int dict_contains_slot(Value self, Value key) { return dict_contains(self, key); }

/* 1 equal, 0 not, -1 error. */
static int dict_equal(DictObject *a, DictObject *b) {
    if (a->used != b->used) return 0;
    for (int64_t i = 0; i < a->nentries; i++) {
        DictEntry *e = &a->entries[i];
        if (v_is_null(e->key)) continue;
        Value k = v_newref(e->key), av = v_newref(e->value);
        uint64_t slot;
        int64_t ix = lookup(b, k, e->hash, &slot);
        int r;
        if (ix == DKIX_ERROR) r = -1;
        else if (ix < 0) r = 0;
        else {
            Value bv = v_newref(b->entries[ix].value);
            r = obj_eq(av, bv);
            v_decref(bv);
        }
        v_decref(k);
        v_decref(av);
        if (r <= 0) return r;
    }
    return 1;
}

static Value dict_richcompare(Value a, Value b, int op) {
    if (!is_dict(a) || !is_dict(b) || (op != CMP_EQ && op != CMP_NE)) return v_newref(V_NOTIMPL);
    int r = dict_equal(v_as_dict(a), v_as_dict(b));
    if (r < 0) return V_NULL;
    return v_from_bool((r == 1) == (op == CMP_EQ));
}

static Value dict_or(Value a, Value b) {
    if (!is_dict(a) || !is_dict(b)) return v_newref(V_NOTIMPL);
    Value r = dict_copy(a);
    if (v_is_null(r)) return r;
    if (dict_update(r, b) < 0) { v_decref(r); return V_NULL; }
    return r;
}

static Value dict_ior(Value a, Value b) {
    if (!is_dict(a)) return v_newref(V_NOTIMPL);
    if (dict_update(a, b) < 0) return V_NULL;
    return v_newref(a);
}

/* ---- iterators -------------------------------------------------------------------- */

enum { ITER_KEYS, ITER_VALUES, ITER_ITEMS };

typedef struct DictIterObject {
    Object ob;
    Value dict;              /* V_NULL once exhausted */
    int64_t pos;             /* next entry index to look at */
    int64_t used;            /* d->used when iteration started; -1 after a size error */
    int64_t remaining;
    int kind;
    Value result;            /* items: a 2-tuple recycled while nobody else holds it */
} DictIterObject;

static Value dictiter_new(Value dict, int kind) {
    DictIterObject *it = (DictIterObject *)obj_alloc(&DictIterType, sizeof(DictIterObject));
    if (!it) return V_NULL;
    it->dict = v_newref(dict);
    it->pos = 0;
    it->used = dict_size(dict);
    it->remaining = it->used;
    it->kind = kind;
    it->result = V_NULL;
    return v_from_obj(it);
}

static Value dictiter_next(Value self) {
    DictIterObject *it = (DictIterObject *)v_as_obj(self);
    if (v_is_null(it->dict)) return V_NULL;
    DictObject *d = v_as_dict(it->dict);
    if (it->used != d->used) {
        it->used = -1;     /* keep failing, as CPython does */
        return err_format(&Exc_RuntimeError, "dictionary changed size during iteration");
    }
    int64_t i = it->pos;
    while (i < d->nentries && v_is_null(d->entries[i].key)) i++;
    if (i >= d->nentries) {
        it->pos = i;
        v_clear(&it->dict);
        return V_NULL;
    }
    if (it->remaining <= 0) {
        it->remaining = -1;
        return err_format(&Exc_RuntimeError, "dictionary keys changed during iteration");
    }
    it->remaining--;
    it->pos = i + 1;
    DictEntry *e = &d->entries[i];
    if (it->kind == ITER_KEYS) return v_newref(e->key);
    if (it->kind == ITER_VALUES) return v_newref(e->value);
    Value r = it->result;
    if (!v_is_null(r) && v_as_obj(r)->refcnt == 1) {
        Value *t = tuple_items(r);
        Value ok = t[0], ov = t[1];
        t[0] = v_newref(e->key);
        t[1] = v_newref(e->value);
        v_decref(ok);
        v_decref(ov);
        /* The collector untracks tuples of atomic values; this one may
         * now hold containers. */
        gc_track(v_as_obj(r));
        return v_newref(r);
    }
    r = tuple_pack(2, e->key, e->value);
    if (v_is_null(r)) return r;
    v_setref(&it->result, v_newref(r));
    return r;
}

static Value iter_self(Value self) { return v_newref(self); }

static void dictiter_dealloc(Object *o) {
    DictIterObject *it = (DictIterObject *)o;
    v_decref(it->dict);
    v_decref(it->result);
    obj_free(o);
}

static void dictiter_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    DictIterObject *it = (DictIterObject *)o;
    visit(it->dict, arg);
    visit(it->result, arg);
}

static Value dictiter_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    DictIterObject *it = (DictIterObject *)v_as_obj(self);
    int64_t n = 0;
    if (!v_is_null(it->dict) && it->used == dict_size(it->dict) && it->remaining > 0) n = it->remaining;
    return int_from_i64(n);
}

static const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject DictIterType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "dict_keyiterator",
    .basicsize = sizeof(DictIterObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = dictiter_dealloc,
    .iter = iter_self,
    .iternext = dictiter_next,
    .methods = dictiter_methods,
    .traverse = dictiter_traverse,
};

static Value dict_iter(Value self) { return dictiter_new(self, ITER_KEYS); }

/* ---- views ------------------------------------------------------------------------ */

typedef struct DictViewObject {
    Object ob;
    Value dict;
} DictViewObject;

static inline Value view_dict(Value v) { return ((DictViewObject *)v_as_obj(v))->dict; }

static Value view_new(Value dict, TypeObject *type) {
    DictViewObject *v = (DictViewObject *)obj_alloc(type, sizeof(DictViewObject));
    if (!v) return V_NULL;
    v->dict = v_newref(dict);
    return v_from_obj(v);
}

static void view_dealloc(Object *o) {
    v_decref(((DictViewObject *)o)->dict);
    obj_free(o);
}

static void view_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    visit(((DictViewObject *)o)->dict, arg);
}

static int64_t view_len(Value self) { return dict_size(view_dict(self)); }

static Value keys_iter(Value self) { return dictiter_new(view_dict(self), ITER_KEYS); }
static Value values_iter(Value self) { return dictiter_new(view_dict(self), ITER_VALUES); }
static Value items_iter(Value self) { return dictiter_new(view_dict(self), ITER_ITEMS); }

static int keys_contains(Value self, Value key) { return dict_contains(view_dict(self), key); }

static int items_contains(Value self, Value item) {
    if (!v_is_tuple(item) || tuple_size(item) != 2) return 0;
    Value k = tuple_items(item)[0];
    Value v = dict_get(view_dict(self), k);
    if (v_is_null(v)) return err_occurred() ? -1 : 0;
    v_incref(v);
    int r = obj_eq(v, tuple_items(item)[1]);
    v_decref(v);
    return r;
}

static Value view_repr(Value self) {
    const char *name = v_type_name(self);
    int rr = ctr_repr_enter(self);
    if (rr != 0) return rr > 0 ? str_from_cstr("...") : V_NULL;
    Value l;
    if (v_type(self) == &DictKeysType) l = dict_keys_list(view_dict(self));
    else if (v_type(self) == &DictValuesType) l = dict_values_list(view_dict(self));
    else l = dict_items_list(view_dict(self));
    Value s = v_is_null(l) ? V_NULL : obj_repr(l);
    v_decref(l);
    ctr_repr_leave(self);
    if (v_is_null(s)) return s;
    Value r = str_printf("%s(%s)", name, str_data(s));
    v_decref(s);
    return r;
}

static inline bool is_setlike_view(Value v) {
    return v_is_ptr(v) && (v_as_obj(v)->type == &DictKeysType || v_as_obj(v)->type == &DictItemsType);
}

/* Every item of a is in b: 1/0/-1. */
static int all_contained_in(Value a, Value b) {
    Value it = obj_iter(a);
    if (v_is_null(it)) return -1;
    for (;;) {
        Value x = obj_iternext(it);
        if (v_is_null(x)) { v_decref(it); return err_occurred() ? -1 : 1; }
        int r = obj_contains(b, x);
        v_decref(x);
        if (r <= 0) { v_decref(it); return r; }
    }
}

static Value view_richcompare(Value a, Value b, int op) {
    if (!is_setlike_view(a) || (!v_is_anyset(b) && !is_setlike_view(b))) return v_newref(V_NOTIMPL);
    int64_t la = obj_len(a), lb = obj_len(b);
    if (la < 0 || lb < 0) return V_NULL;
    int r = 0;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (la == lb) r = all_contained_in(a, b);
        if (r >= 0 && op == CMP_NE) r = !r;
        break;
    case CMP_LT: if (la < lb) r = all_contained_in(a, b); break;
    case CMP_LE: if (la <= lb) r = all_contained_in(a, b); break;
    case CMP_GT: if (la > lb) r = all_contained_in(b, a); break;
    case CMP_GE: if (la >= lb) r = all_contained_in(b, a); break;
    }
    if (r < 0) return V_NULL;
    return v_from_bool(r);
}

/* Set operations on keys/items views (either operand may be the view):
 * set(a), then the in-place operation with b. */
static Value view_setop(Value a, Value b, int which) {
    Value s = set_from_iterable(a);
    if (v_is_null(s)) return s;
    int r;
    switch (which) {
    case NB_OR: r = set_update(s, b); break;
    case NB_AND: r = ctr_set_intersection_update(s, b); break;
    case NB_SUBTRACT: r = ctr_set_difference_update(s, b); break;
    default: r = ctr_set_symmetric_difference_update(s, b); break;
    }
    if (r < 0) { v_decref(s); return V_NULL; }
    return s;
}

static Value view_or(Value a, Value b) { return view_setop(a, b, NB_OR); }
static Value view_and(Value a, Value b) { return view_setop(a, b, NB_AND); }
static Value view_sub(Value a, Value b) { return view_setop(a, b, NB_SUBTRACT); }
static Value view_xor(Value a, Value b) { return view_setop(a, b, NB_XOR); }

static Value view_isdisjoint(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_one_arg("isdisjoint", nargs, kwnames) < 0) return V_NULL;
    Value it = obj_iter(args[0]);
    if (v_is_null(it)) return V_NULL;
    for (;;) {
        Value x = obj_iternext(it);
        if (v_is_null(x)) { v_decref(it); return err_occurred() ? V_NULL : V_TRUE; }
        int r = obj_contains(self, x);
        v_decref(x);
        if (r != 0) { v_decref(it); return r < 0 ? V_NULL : V_FALSE; }
    }
}

static Value view_mapping(Value self) {
    /* CPython returns a read-only proxy; the dict itself is the closest we have. */
    return v_newref(view_dict(self));
}

static const MethodDef setview_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, "Return True if the view and the given iterable have a null intersection."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef view_getset[] = {
    {"mapping", view_mapping, NULL},
    {NULL, NULL, NULL},
};

TypeObject DictKeysType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "dict_keys",
    .basicsize = sizeof(DictViewObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .len = view_len,
    .nb = {[NB_OR] = view_or, [NB_AND] = view_and, [NB_SUBTRACT] = view_sub, [NB_XOR] = view_xor},
    .contains = keys_contains,
    .iter = keys_iter,
    .methods = setview_methods,
    .getset = view_getset,
    .traverse = view_traverse,
};

TypeObject DictItemsType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "dict_items",
    .basicsize = sizeof(DictViewObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .len = view_len,
    .nb = {[NB_OR] = view_or, [NB_AND] = view_and, [NB_SUBTRACT] = view_sub, [NB_XOR] = view_xor},
    .contains = items_contains,
    .iter = items_iter,
    .methods = setview_methods,
    .getset = view_getset,
    .traverse = view_traverse,
};

TypeObject DictValuesType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "dict_values",
    .basicsize = sizeof(DictViewObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .len = view_len,
    .iter = values_iter,
    .getset = view_getset,
    .traverse = view_traverse,
};

/* ---- methods ---------------------------------------------------------------------- */

static Value m_reversed(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (ctr_no_kwargs("dict.__reversed__", kwnames) < 0 || ctr_check_nargs("dict.__reversed__", nargs, 0, 0) < 0)
        return V_NULL;
    return dict_reversed_iter(self);
}

static Value m_keys(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (ctr_no_kwargs("dict.keys", kwnames) < 0 || ctr_check_nargs("dict.keys", nargs, 0, 0) < 0) return V_NULL;
    return view_new(self, &DictKeysType);
}

static Value m_values(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (ctr_no_kwargs("dict.values", kwnames) < 0 || ctr_check_nargs("dict.values", nargs, 0, 0) < 0) return V_NULL;
    return view_new(self, &DictValuesType);
}

static Value m_items(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (ctr_no_kwargs("dict.items", kwnames) < 0 || ctr_check_nargs("dict.items", nargs, 0, 0) < 0) return V_NULL;
    return view_new(self, &DictItemsType);
}

static Value m_get(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_no_kwargs("dict.get", kwnames) < 0 || ctr_check_nargs("dict.get", nargs, 1, 2) < 0) return V_NULL;
    Value v = dict_get(self, args[0]);
    if (!v_is_null(v)) return v_newref(v);
    if (err_occurred()) return V_NULL;
    return nargs > 1 ? v_newref(args[1]) : V_NONE;
}

static Value m_setdefault(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_no_kwargs("dict.setdefault", kwnames) < 0 || ctr_check_nargs("dict.setdefault", nargs, 1, 2) < 0)
        return V_NULL;
    Value v = dict_get(self, args[0]);
    if (!v_is_null(v)) return v_newref(v);
    if (err_occurred()) return V_NULL;
    Value def = nargs > 1 ? args[1] : V_NONE;
    if (dict_set(self, args[0], def) < 0) return V_NULL;
    return v_newref(def);
}

static Value m_pop(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_no_kwargs("dict.pop", kwnames) < 0 || ctr_check_nargs("dict.pop", nargs, 1, 2) < 0) return V_NULL;
    Value v;
    int r = dict_pop(self, args[0], &v);
    if (r < 0) return V_NULL;
    if (r) return v;
    if (nargs > 1) return v_newref(args[1]);
    return err_set_value(&Exc_KeyError, args[0]);
}

static Value m_popitem(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (ctr_no_kwargs("dict.popitem", kwnames) < 0 || ctr_check_nargs("dict.popitem", nargs, 0, 0) < 0) return V_NULL;
    DictObject *d = v_as_dict(self);
    if (d->used == 0) return err_format(&Exc_KeyError, "popitem(): dictionary is empty");
    int64_t i = d->nentries - 1;
    while (v_is_null(d->entries[i].key)) i--;
    /* Find the entry's slot by probing for the entry index itself. */
    DictEntry *e = &d->entries[i];
    int32_t *ix = dict_ix(d);
    uint64_t mask = (uint64_t)d->mask, j = (uint64_t)e->hash & mask, perturb = (uint64_t)e->hash;
    while (ix[j] != (int32_t)i) {
        perturb >>= PERTURB_SHIFT;
        j = (j * 5 + perturb + 1) & mask;
    }
    Value r = tuple_new(2);
    if (v_is_null(r)) return r;
    Value k, v;
    delete_at(d, j, i, &k, &v);
    /* Trim trailing deleted entries; capacity shrinks with them (see the
     * invariant at the top). */
    d->capacity -= d->nentries - i;
    d->nentries = i;
    tuple_items(r)[0] = k;
    tuple_items(r)[1] = v;
    return r;
}

/* update(other=(), /, **kwargs): kwargs values follow the positionals. */
static int update_with_kwargs(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs == 1 && dict_update(self, args[0]) < 0) return -1;
    if (!v_is_null(kwnames)) {
        for (int64_t i = 0; i < tuple_size(kwnames); i++)
            if (dict_set(self, tuple_items(kwnames)[i], args[nargs + (size_t)i]) < 0) return -1;
    }
    return 0;
}

static Value m_update(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_check_nargs("update", nargs, 0, 1) < 0) return V_NULL;
    if (update_with_kwargs(self, args, nargs, kwnames) < 0) return V_NULL;
    return V_NONE;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (ctr_no_kwargs("dict.copy", kwnames) < 0 || ctr_check_nargs("dict.copy", nargs, 0, 0) < 0) return V_NULL;
    return dict_copy(self);
}

static Value m_clear(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (ctr_no_kwargs("dict.clear", kwnames) < 0 || ctr_check_nargs("dict.clear", nargs, 0, 0) < 0) return V_NULL;
    dict_clear(self);
    return V_NONE;
}

static Value m_fromkeys(Value cls, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_no_kwargs("dict.fromkeys", kwnames) < 0 || ctr_check_nargs("dict.fromkeys", nargs, 1, 2) < 0) return V_NULL;
    Value value = nargs > 1 ? args[1] : V_NONE;
    Value d = v_as_obj(cls) == (Object *)&DictType ? dict_new() : obj_call0(cls);
    if (v_is_null(d)) return d;
    Value it = obj_iter(args[0]);
    if (v_is_null(it)) { v_decref(d); return V_NULL; }
    bool exact = v_is_dict(d);
    for (;;) {
        Value k = obj_iternext(it);
        if (v_is_null(k)) break;
        int r = exact ? dict_set(d, k, value) : obj_setitem(d, k, value);
        v_decref(k);
        if (r < 0) { v_decref(it); v_decref(d); return V_NULL; }
    }
    v_decref(it);
    if (err_occurred()) { v_decref(d); return V_NULL; }
    return d;
}

static Value m_getitem(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_one_arg("dict.__getitem__", nargs, kwnames) < 0) return V_NULL;
    return dict_getitem(self, args[0]);
}

static Value m_contains(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_one_arg("dict.__contains__", nargs, kwnames) < 0) return V_NULL;
    int r = dict_contains(self, args[0]);
    return r < 0 ? V_NULL : v_from_bool(r);
}

static const MethodDef dict_methods[] = {
    {"__reversed__", m_reversed, 0, "Return a reverse iterator over the dict keys."},
    {"keys", m_keys, 0, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", m_values, 0, "D.values() -> an object providing a view on D's values"},
    {"items", m_items, 0, "D.items() -> a set-like object providing a view on D's items"},
    {"get", m_get, 0, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", m_setdefault, 0, "Insert key with a value of default if key is not in the dictionary."},
    {"pop", m_pop, 0, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", m_popitem, 0, "Remove and return a (key, value) pair as a 2-tuple."},
    {"update", m_update, 0, "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"copy", m_copy, 0, "D.copy() -> a shallow copy of D"},
    {"clear", m_clear, 0, "D.clear() -> None.  Remove all items from D."},
    {"fromkeys", m_fromkeys, METH_CLASS, "Create a new dictionary with keys from iterable and values set to value."},
    {"__getitem__", m_getitem, 0, NULL},
    {"__contains__", m_contains, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value dict_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (ctr_check_nargs("dict", nargs, 0, 1) < 0) return V_NULL;
    Value d = dict_alloc(type);
    if (v_is_null(d)) return d;
    if (update_with_kwargs(d, args, nargs, kwnames) < 0) { v_decref(d); return V_NULL; }
    return d;
}

TypeObject DictType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "dict",
    .basicsize = sizeof(DictObject),
    .flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_DICT_SUBCLASS,
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .len = dict_len,
    .nb = {[NB_OR] = dict_or},
    .nb_inplace = {[NB_OR] = dict_ior},
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains_slot,
    .iter = dict_iter,
    .construct = dict_construct,
    .methods = dict_methods,
    .traverse = dict_traverse,
    .clear = dict_gc_clear,
};

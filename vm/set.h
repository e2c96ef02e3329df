/* set.h: Python set and frozenset (open-addressing hash table). */
#ifndef COIL_SET_H
#define COIL_SET_H

#include "object.h"

typedef struct SetEntry {
    int64_t hash;
    Value key;               /* V_NULL: empty; SET_DUMMY: deleted */
} SetEntry;

typedef struct SetObject {
    Object ob;
    int64_t used;            /* live keys */
    int64_t fill;            /* live + dummy */
    int64_t mask;            /* table size - 1 */
    SetEntry *table;         /* small, or a heap array once it outgrows it */
    int64_t hash;            /* frozenset only, -1 until computed */
    SetEntry small[8];       /* the table of a set of up to 5 keys (SET_MINSIZE) */
} SetObject;

static inline bool v_is_set(Value v) { return v_is_ptr(v) && v_as_obj(v)->type == &SetType; }
/* set, frozenset or a subclass of either (CPython's PyAnySet_Check): all
 * share the SetObject layout. */
static inline bool v_is_anyset(Value v) {
    if (!v_is_ptr(v)) return false;
    TypeObject *t = v_as_obj(v)->type;
    if (t == &SetType || t == &FrozenSetType) return true;
    return (t->flags & TPFLAG_HEAPTYPE) &&
           (type_is_subtype(t, &SetType) || type_is_subtype(t, &FrozenSetType));
}

Value set_new(void);                             /* empty set, new reference */
Value frozenset_new(Value iterable);             /* iterable may be V_NULL */
Value set_from_iterable(Value iterable);
int set_add(Value s, Value key);
/* `key in s` for a small int key on a set or frozenset, probing as
 * set.c's lookkey does (same table order): 1 present, 0 absent, -1 when an
 * entry with the same hash is not the identical value (True, 3.0, ...):
 * then set_contains decides. Never raises. */
static inline int set_contains_smallint(Value s, Value key) {
    const SetObject *so = (const SetObject *)v_as_obj(s);
    int64_t h = v_as_smallint(key);
    if (h == -1) h = -2;
    const SetEntry *table = so->table;
    uint64_t mask = (uint64_t)so->mask, i = (uint64_t)h & mask, perturb = (uint64_t)h;
    for (;;) {
        const SetEntry *e = &table[i];
        int probes = (i + 9 <= mask) ? 9 : 0;    /* set.c's LINEAR_PROBES */
        do {
            Value k = e->key;
            if (k == key) return 1;
            if (v_is_null(k)) return 0;
            if (e->hash == h) return -1;
            e++;
        } while (probes--);
        perturb >>= 5;                            /* set.c's PERTURB_SHIFT */
        i = (i * 5 + 1 + perturb) & mask;
    }
}
int set_contains(Value s, Value key);            /* 0/1, -1 error (unhashable) */
int set_discard(Value s, Value key);             /* 1 removed, 0 absent, -1 error */
int set_update(Value s, Value iterable);
int64_t set_size(Value s);
bool set_next(Value s, int64_t *pos, Value *key); /* borrowed */

#endif

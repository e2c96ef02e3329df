/* dict.h: Python dict, insertion-ordered (CPython's compact layout: a
 * sparse index table over a dense entry array), any hashable key.
 *
 * version changes whenever a key is added or removed (not when a value is
 * replaced): global-variable caches and JIT code key on it.
 *
 * Lookups of str keys compare interned strings by pointer first, so name
 * lookups (globals, builtins, attributes) rarely call __eq__.
 */
#ifndef COIL_DICT_H
#define COIL_DICT_H

#include "object.h"

typedef struct DictEntry {
    int64_t hash;
    Value key;               /* V_NULL: deleted */
    Value value;
} DictEntry;

typedef struct DictObject {
    Object ob;
    int64_t used;            /* live entries */
    int64_t nentries;        /* entries in use incl. deleted */
    int64_t capacity;        /* entry array size */
    uint64_t version;
    int64_t mask;            /* index table size - 1 (power of two) */
    void *indices;           /* index table: int8/16/32/64 by size, or one int64 array */
    DictEntry *entries;
} DictObject;

static inline bool v_is_dict(Value v) { return v_is_ptr(v) && v_as_obj(v)->type == &DictType; }
static inline DictObject *v_as_dict(Value v) { return (DictObject *)v_as_obj(v); }
static inline int64_t dict_size(Value d) { return v_as_dict(d)->used; }

Value dict_new(void);                                       /* new reference */
Value dict_new_presized(int64_t n);
/* Borrowed reference, or V_NULL if absent. V_NULL with an exception set
 * means the key's hash or __eq__ failed: check err_occurred(). */
Value dict_get(Value d, Value key);
/* Same, with a precomputed hash. */
Value dict_get_hashed(Value d, Value key, int64_t hash);
/* Fast path for str keys (no exceptions possible). */
Value dict_get_str(Value d, Value key);
Value dict_get_cstr(Value d, const char *key);
int dict_set(Value d, Value key, Value value);             /* increfs both */
int dict_set_cstr(Value d, const char *key, Value value);  /* key interned */
int dict_del(Value d, Value key);                           /* KeyError if absent */
/* 1 found (and *out = new reference, entry removed), 0 absent, -1 error. */
int dict_pop(Value d, Value key, Value *out);
int dict_contains(Value d, Value key);
void dict_clear(Value d);
Value dict_copy(Value d);
int dict_update(Value d, Value other);   /* other: dict, or iterable of pairs, or mapping with keys() */
/* Iteration in insertion order: start with *pos = 0; borrowed key/value. */
bool dict_next(Value d, int64_t *pos, Value *key, Value *value);
Value dict_keys_list(Value d);
Value dict_values_list(Value d);
Value dict_items_list(Value d);

/* types.MappingProxyType (mappingproxy.c): a read-only view of a mapping,
 * what cls.__dict__ returns. mappingproxy_mapping: the wrapped mapping,
 * borrowed. */
extern TypeObject MappingProxyType;
Value mappingproxy_new(Value mapping);
Value mappingproxy_mapping(Value proxy);
static inline bool v_is_mappingproxy(Value v) { return v_is_type(v, &MappingProxyType); }

#endif

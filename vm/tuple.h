/* tuple.h: Python tuple; items inline after the header. The empty tuple
 * is a unique immortal singleton. */
#ifndef COIL_TUPLE_H
#define COIL_TUPLE_H

#include "object.h"

typedef struct TupleObject {
    Object ob;
    int64_t size;
    Value items[];
} TupleObject;

/* tuple's iterator (TupleIterType); the JIT steps it inline. */
typedef struct TupleIterObject {
    Object ob;
    Value tuple;             /* V_NULL once exhausted */
    int64_t index;
} TupleIterObject;

static inline bool v_is_tuple(Value v) { return v_is_ptr(v) && v_as_obj(v)->type == &TupleType; }
static inline TupleObject *v_as_tuple(Value v) { return (TupleObject *)v_as_obj(v); }
static inline int64_t tuple_size(Value t) { return v_as_tuple(t)->size; }
static inline Value *tuple_items(Value t) { return v_as_tuple(t)->items; }

/* A tuple of n slots set to V_NULL, to be filled (each slot owns a
 * reference) before it escapes. New reference. */
Value tuple_new(int64_t n);
Value tuple_from_array(const Value *items, int64_t n);       /* increfs items */
Value tuple_from_array_steal(Value *items, int64_t n);       /* steals items */
Value tuple_pack(int64_t n, ...);                            /* increfs the Values */
Value tuple_from_iterable(Value it);
Value tuple_empty(void);                                     /* new reference to () */
Value tuple_slice(Value t, int64_t start, int64_t stop, int64_t step);

#endif

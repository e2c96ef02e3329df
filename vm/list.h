/* list.h: Python list, an over-allocated array of Values. */
#ifndef COIL_LIST_H
#define COIL_LIST_H

#include "object.h"

typedef struct ListObject {
    Object ob;
    int64_t size;
    int64_t capacity;
    Value *items;            /* each slot in [0, size) owns a reference */
} ListObject;

static inline bool v_is_list(Value v) { return v_is_ptr(v) && v_as_obj(v)->type == &ListType; }
static inline ListObject *v_as_list(Value v) { return (ListObject *)v_as_obj(v); }
static inline int64_t list_size(Value l) { return v_as_list(l)->size; }
static inline Value *list_items(Value l) { return v_as_list(l)->items; }

/* list's iterator (ListIterType); the interpreter's FOR_ITER_LIST steps it
 * inline. */
typedef struct ListIterObject {
    Object ob;
    Value list;              /* V_NULL once exhausted */
    int64_t index;
} ListIterObject;

Value list_new(int64_t capacity);                           /* empty, new reference */
Value list_from_array(const Value *items, int64_t n);       /* increfs */
Value list_from_array_steal(Value *items, int64_t n);       /* steals */
Value list_from_iterable(Value it);
/* a + b for two exact lists (BINARY_OP_ADD_LIST): a new list, new reference. */
Value list_concat_lists(Value a, Value b);
int list_append(Value list, Value item);                    /* increfs item */
int list_append_steal(Value list, Value item);
int list_extend(Value list, Value iterable);
int list_insert(Value list, int64_t index, Value item);
Value list_pop(Value list, int64_t index);                  /* new reference */
int list_sort(Value list, Value key, bool reverse);         /* stable (Timsort-like or merge sort) */
void list_reverse(Value list);
Value list_slice(Value list, int64_t start, int64_t stop, int64_t step);
int list_set_slice(Value list, Value slice, Value items);   /* items V_NULL: delete */
/* list_set_slice with the slice's bounds already unpacked (PySlice_Unpack:
 * not yet adjusted to the size; step != 0). */
int list_set_slice_raw(Value list, int64_t start, int64_t stop, int64_t step, Value items);
/* list_set_slice_raw that consumes items: a list only the caller holds
 * (refcount 1) of the slice's length with step 1/-1 has its items moved
 * in. Only for callers that own their reference to items outright. */
int list_set_slice_steal(Value list, int64_t start, int64_t stop, int64_t step, Value items);

#endif

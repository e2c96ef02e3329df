/* bytearray.h: Python bytearray, a mutable growable byte buffer. */
#ifndef COIL_BYTEARRAY_H
#define COIL_BYTEARRAY_H

#include "object.h"

typedef struct ByteArrayObject {
    Object ob;
    int64_t size;
    int64_t alloc;       /* bytes allocated at data (>= size + 1 when data != NULL) */
    uint8_t *data;       /* NUL-terminated when not NULL; NULL while empty */
} ByteArrayObject;

extern TypeObject ByteArrayType, ByteArrayIterType;

static inline bool v_is_bytearray(Value v) {
    return v_is_ptr(v) && type_is_subtype(v_as_obj(v)->type, &ByteArrayType);
}

Value bytearray_new(const void *data, size_t size);   /* new reference */

/* The contents of a bytes or bytearray (borrowed, valid until the object
 * changes): true with data and size set, or false if v is neither. */
bool bytes_like_view(Value v, const uint8_t **data, int64_t *size);

#endif

/* memoryview.h: a basic one-dimensional memoryview over bytes/bytearray. */
#ifndef COIL_MEMORYVIEW_H
#define COIL_MEMORYVIEW_H

#include "object.h"

extern TypeObject MemoryViewType;

bool v_is_memoryview(Value v);
/* The viewed bytes (borrowed); false with ValueError when released. */
bool memoryview_data(Value v, const uint8_t **data, int64_t *size);

#endif

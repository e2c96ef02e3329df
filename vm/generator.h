/* generator.h: generator objects. A generator owns a heap copy of its
 * frame (moved off the frame stack by RETURN_GENERATOR) and runs it with
 * eval_frame each time it is resumed. */
#ifndef COIL_GENERATOR_H
#define COIL_GENERATOR_H

#include "object.h"
#include "frame.h"

extern TypeObject GeneratorType;

/* Moves the running frame f (its references included) into a new
 * generator; f is left empty for the caller to pop. New reference. */
Value generator_new_from_frame(Frame *f);
static inline bool generator_check(Value v) { return v_is_type(v, &GeneratorType); }

/* next(gen): like the iternext slot, but a return value other than None
 * raises StopIteration(value) as CPython's next() shows it. */
Value generator_next(Value gen);

/* SEND: resumes recv (a generator or any iterator) with v. Returns 1 with
 * *res the yielded value, 0 with *res the return value (StopIteration's
 * value), -1 on error. */
int generator_send_value(Value recv, Value v, Value *res);

#endif

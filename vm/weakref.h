/* weakref.h: weak references (weakref.ref, weakref.proxy; module _weakref).
 *
 * Objects carry no weak-list field. Instead a side table keyed by object
 * address maps each object that has weak references to the doubly linked
 * list of them. weakref_nreferents counts the table's entries, so the
 * deallocation path pays one load and one predictable branch while a
 * program has no weakly referenced object alive:
 *
 *     if (weakref_nreferents) weakref_on_dealloc(o);
 *
 * Invariant: a weakref whose referent is alive is linked in its referent's
 * list, and the referent has a table entry; when the referent dies (its
 * refcount reaches zero, or the cycle collector finds it to be garbage)
 * every weakref to it is unlinked and made dead (referent NULL) before any
 * of the object's fields are released, then the callbacks run.
 */
#ifndef COIL_WEAKREF_H
#define COIL_WEAKREF_H

#include "object.h"

struct GCHead;

extern int64_t weakref_nreferents;
extern TypeObject WeakrefRefType, WeakrefProxyType, WeakrefCallableProxyType;

/* obj_dealloc's hook: clears o's weakrefs (and calls their callbacks)
 * unless o is an instance of a class with __del__ that has not run yet:
 * subtype_dealloc then calls weakref_clear_referent after __del__, as
 * CPython keeps weakrefs alive during __del__. */
void weakref_on_dealloc(Object *o);
/* Kills every weakref to o and calls their callbacks. No-op if o has none. */
void weakref_clear_referent(Object *o);
/* The cycle collector, before running finalizers of the garbage in
 * `unreachable` (objects flagged GC_FLAG_UNREACHABLE): kills every weakref
 * to garbage; callbacks of weakrefs that are not garbage themselves are
 * called (CPython's handle_weakrefs). */
void weakref_handle_garbage(struct GCHead *unreachable);

/* Builds the _weakref module. */
Value module_init_weakref(void);

#endif

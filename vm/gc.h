/* gc.h: the generational cycle collector.
 *
 * Reference counting frees everything that is not part of a cycle; this
 * collector finds the cycles. It follows CPython's design:
 *
 * - Objects of types with TPFLAG_HAVE_GC ("containers") carry a GCHead
 *   placed in memory just BEFORE their Object header, so a Value still
 *   points at the Object and no field offset changes. obj_alloc allocates
 *   head+object and links it into generation 0 (gc_alloc below); obj_free
 *   unlinks it. Both decide by o->type's flag, so a type never gains or
 *   loses TPFLAG_HAVE_GC once it has instances. Statically allocated
 *   objects of such types (the empty tuple) have no head: they are
 *   immortal, and every function here tests immortality before touching a
 *   head. A heap object made immortal keeps its head and is untracked by
 *   the next collection that sees it.
 * - Three generations with CPython's thresholds (700, 10, 10). Allocations
 *   minus deallocations of containers since the last collection trigger a
 *   generation-0 collection; every 10 of those a generation-1 collection,
 *   and so on; survivors move to the next generation. A full collection
 *   also waits until the objects it would examine for the first time are
 *   at least 25% of the long-lived ones (CPython's rule, keeps it linear).
 * - A collection: copy each refcount to gc_refs, subtract the references
 *   the collected objects hold to each other (traverse), objects left with
 *   gc_refs > 0 are referenced from outside (frames, C locals, older
 *   generations) and everything they reach is alive; the rest is garbage.
 *   Garbage gets its finalizer run (once per object, ever), is re-checked
 *   for resurrection, then cleared (the clear slot drops the references
 *   that form the cycles; refcounting then frees the objects).
 * - Collections are triggered from obj_alloc, before the new object is
 *   linked. Whatever C code holds without a reference stays alive because
 *   the holder's own reference is external (frames on the frame stack are
 *   not tracked, so everything they hold is external too). The rules for
 *   C code: a constructor initialises every field its traverse reads
 *   before it allocates anything else (instances of heap types, whose
 *   extra slots are filled later, are zeroed by gc_alloc); a container
 *   being filled keeps its size covering only initialised slots or holds
 *   V_NULL in the others, which traverse functions skip; a traverse visits
 *   only references the object owns (visiting fewer is safe: the cycle is
 *   just not found).
 * - Tuples whose items cannot lead back to them (no containers) are
 *   untracked by the first collection that sees them, as in CPython; code
 *   that stores into an existing tuple calls gc_track again.
 * - Plain instances (TPFLAG_GC_INLINE_ONLY) whose attribute values are all
 *   atomic leave the generations for the atomic list the first time a
 *   young collection sees them. They stay tracked (gc.is_tracked, the
 *   list of gc.get_objects()) but no collection traverses them: young
 *   collections treat them as roots, as any older object; a full
 *   collection re-checks each (a store may have added a container since:
 *   no write barrier is needed) and counts its reference to its type as
 *   internal. If that full collection then finds garbage that is a type
 *   or references an atomic instance, it is redone with every atomic
 *   instance taking part, so the result is exactly the plain algorithm's.
 */
#ifndef COIL_GC_H
#define COIL_GC_H

#include <mimalloc.h>
#include "object.h"

typedef struct GCHead {
    struct GCHead *next;       /* NULL: not tracked */
    struct GCHead *prev;
    /* Low bits: GC_FLAG_*. Above them, gc_refs while a collection runs. */
    uint64_t state;
} GCHead;

#define GC_FLAG_FINALIZED   1u   /* the finalize slot has run (never twice) */
#define GC_FLAG_COLLECTING  2u   /* in the set being collected right now */
#define GC_FLAG_UNREACHABLE 4u   /* tentatively unreachable (move_unreachable) */
#define GC_FLAG_ATOMIC      8u   /* on the atomic-instances list (gc.c) */
#define GC_REFS_SHIFT 4

#define GC_NGENS 3

static inline GCHead *gc_head(Object *o) { return (GCHead *)o - 1; }
static inline Object *gc_object(GCHead *g) { return (Object *)(g + 1); }

/* True for objects that carry a GCHead: heap objects of GC types. Static
 * objects are immortal (their refcount never drops below half of
 * IMMORTAL_REFCNT). */
static inline bool gc_has_head(Object *o) {
    return (o->type->flags & TPFLAG_HAVE_GC) && o->refcnt < IMMORTAL_REFCNT / 2;
}

/* Link o (which has a head) into generation 0 / remove it from its
 * generation. Both are no-ops if already in that state. */
void gc_track(Object *o);
void gc_untrack(Object *o);
bool gc_is_tracked(Object *o);     /* safe on any object */

/* The finalized bit, for deallocators that run finalizers themselves (a
 * heap type's __del__ on refcount zero): run it only if !gc_is_finalized,
 * then gc_set_finalized. Safe on objects without a head (always false /
 * no-op). */
bool gc_is_finalized(Object *o);
void gc_set_finalized(Object *o);

/* Collects generations 0..generation (0-2). Returns the number of
 * unreachable objects found, 0 if a collection is already running. Runs
 * even when automatic collection is disabled. Leaves any pending exception
 * as it was. */
int64_t gc_collect(int generation);

typedef struct GCGenStats {
    int64_t collections;
    int64_t collected;
    int64_t uncollectable;
} GCGenStats;

/* State the gc module reads and writes. */
struct GCState {
    bool enabled;
    bool collecting;
    int threshold[GC_NGENS];
    int64_t count[GC_NGENS];
    int64_t long_lived_total;      /* survivors of the last full collection */
    int64_t long_lived_pending;    /* objects promoted to gen 2 since then */
    GCGenStats stats[GC_NGENS];
};
typedef struct GCState GCState;

extern GCState gc_state;

extern GCHead gc_generations[GC_NGENS];   /* sentinels of circular lists */

/* The slow path of gc_alloc: runs the collections that are due. */
void gc_alloc_collect(void);

/* Called by obj_alloc/obj_free for GC types only (inline: every list,
 * tuple and dict creation goes through here). gc_alloc may run a
 * collection first, then returns the object memory (refcnt/type unset)
 * linked into generation 0, or NULL (no exception set). Builtin
 * constructors initialise their traversed fields before allocating
 * anything else; instances of heap types are zeroed, because their extra
 * slots are filled only after the builtin constructor (which may run
 * Python code) returns. */
static inline Object *gc_alloc(TypeObject *type, size_t size) {
    if (__builtin_expect(gc_state.count[0] > gc_state.threshold[0], 0)) gc_alloc_collect();
    GCHead *g = (type->flags & TPFLAG_HEAPTYPE) ? mi_zalloc(sizeof(GCHead) + size)
                                                : mi_malloc(sizeof(GCHead) + size);
    if (!g) return NULL;
    GCHead *gen0 = &gc_generations[0], *last = gen0->prev;
    g->state = 0;
    g->prev = last;
    g->next = gen0;
    last->next = g;
    gen0->prev = g;
    gc_state.count[0]++;
    return (Object *)(g + 1);
}

static inline void gc_free(Object *o) {
    GCHead *g = (GCHead *)o - 1;
    if (g->next) {
        g->prev->next = g->next;
        g->next->prev = g->prev;
    }
    if (gc_state.count[0] > 0) gc_state.count[0]--;
    mi_free(g);
}


/* Free lists for small builtin GC objects made and dropped at a high rate
 * (list iterators, slices): the memory of up to GC_FREELIST_MAX dead
 * objects of one type, GCHead included, linked through GCHead.next.
 * gc_freelist_alloc is gc_alloc (a collection may run first; the object
 * comes back linked into generation 0) reusing that memory when it can;
 * gc_freelist_free is gc_free keeping the memory. Only for one builtin
 * type per list and one size. */
#define GC_FREELIST_MAX 32
typedef struct GCFreeList {
    GCHead *head;
    int n;
} GCFreeList;

static inline Object *gc_freelist_alloc(GCFreeList *fl, TypeObject *type, size_t size) {
    GCHead *g = fl->head;
    if (!g || __builtin_expect(gc_state.count[0] > gc_state.threshold[0], 0))
        return gc_alloc(type, size);
    fl->head = g->next;
    fl->n--;
    GCHead *gen0 = &gc_generations[0], *last = gen0->prev;
    g->state = 0;
    g->prev = last;
    g->next = gen0;
    last->next = g;
    gen0->prev = g;
    gc_state.count[0]++;
    return (Object *)(g + 1);
}

static inline void gc_freelist_free(GCFreeList *fl, Object *o) {
    if (fl->n >= GC_FREELIST_MAX) {
        gc_free(o);
        return;
    }
    GCHead *g = (GCHead *)o - 1;
    if (g->next) {
        g->prev->next = g->next;
        g->next->prev = g->prev;
    }
    if (gc_state.count[0] > 0) gc_state.count[0]--;
    g->next = fl->head;
    fl->head = g;
    fl->n++;
}

/* Calls fn(o, arg) for every tracked object of generation gen (0-2), or
 * of all generations and the permanent one if gen < 0. fn must not
 * allocate GC objects or free tracked ones; returning nonzero stops the
 * walk, and that value is returned. */
int gc_for_each(int gen, int (*fn)(Object *o, void *arg), void *arg);

/* gc.freeze(): move every tracked object to the permanent generation,
 * ignored by collections; gc.unfreeze() moves them back to the oldest. */
void gc_freeze(void);
void gc_unfreeze(void);
int64_t gc_freeze_count(void);

#endif

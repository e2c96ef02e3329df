/* gc.c: the generational cycle collector (design notes in gc.h). */
#include "gc.h"
#include "errors.h"
#include "tuple.h"
#include "weakref.h"
#include "classobj.h"

/* ---- generation lists ----------------------------------------------------------
 * Circular doubly-linked lists with a sentinel head. The sentinels are
 * initialised statically: objects are allocated (and tracked) before any
 * init function could run. */

GCHead gc_generations[GC_NGENS] = {
    { &gc_generations[0], &gc_generations[0], 0 },
    { &gc_generations[1], &gc_generations[1], 0 },
    { &gc_generations[2], &gc_generations[2], 0 },
};
static GCHead permanent = { &permanent, &permanent, 0 };
/* Plain instances holding only atomic values (GC_FLAG_ATOMIC; gc.h). */
static GCHead atomic_list = { &atomic_list, &atomic_list, 0 };

GCState gc_state = {
    .enabled = true,
    .threshold = { 700, 10, 10 },
};

static inline void list_init(GCHead *h) { h->next = h->prev = h; }
static inline bool list_empty(const GCHead *h) { return h->next == h; }

static inline void list_append(GCHead *h, GCHead *g) {
    GCHead *last = h->prev;
    g->prev = last;
    g->next = h;
    last->next = g;
    h->prev = g;
}

static inline void list_unlink(GCHead *g) {
    g->prev->next = g->next;
    g->next->prev = g->prev;
}

static inline void list_move(GCHead *g, GCHead *to) {
    list_unlink(g);
    list_append(to, g);
}

/* Appends every element of from to to; from ends up empty. */
static void list_merge(GCHead *from, GCHead *to) {
    if (list_empty(from)) return;
    GCHead *tail = to->prev;
    tail->next = from->next;
    from->next->prev = tail;
    to->prev = from->prev;
    from->prev->next = to;
    list_init(from);
}

static int64_t list_size(const GCHead *h) {
    int64_t n = 0;
    for (const GCHead *g = h->next; g != h; g = g->next) n++;
    return n;
}

/* ---- allocation, tracking ---------------------------------------------------------- */

static int64_t collect_main(int gen);

/* CPython's trigger: the oldest generation whose count passed its
 * threshold; a full collection only once the pending long-lived objects
 * are a quarter of those that survived the last one, so that a program
 * building a large structure does not pay quadratic time. */
static void collect_generations(void) {
    for (int i = GC_NGENS - 1; i >= 0; i--) {
        if (gc_state.count[i] > gc_state.threshold[i]) {
            if (i == GC_NGENS - 1 && gc_state.long_lived_pending < gc_state.long_lived_total / 4)
                continue;
            collect_main(i);
            return;
        }
    }
}

void gc_alloc_collect(void) {
    if (gc_state.enabled && gc_state.threshold[0] > 0 && !gc_state.collecting)
        collect_generations();
}

void gc_track(Object *o) {
    if (!gc_has_head(o)) return;
    GCHead *g = gc_head(o);
    if (g->next) return;
    g->state &= GC_FLAG_FINALIZED;
    list_append(&gc_generations[0], g);
}

void gc_untrack(Object *o) {
    if (!gc_has_head(o)) return;
    GCHead *g = gc_head(o);
    if (!g->next) return;
    list_unlink(g);
    g->next = g->prev = NULL;
    g->state &= GC_FLAG_FINALIZED;   /* no longer part of a running collection */
}

bool gc_is_tracked(Object *o) { return gc_has_head(o) && gc_head(o)->next != NULL; }

bool gc_is_finalized(Object *o) {
    return gc_has_head(o) && (gc_head(o)->state & GC_FLAG_FINALIZED);
}

void gc_set_finalized(Object *o) {
    if (gc_has_head(o)) gc_head(o)->state |= GC_FLAG_FINALIZED;
}

/* ---- the collection ------------------------------------------------------------------ */

#define REFS_ONE ((uint64_t)1 << GC_REFS_SHIFT)
#define FLAGS_MASK (REFS_ONE - 1)

static inline uint64_t head_refs(const GCHead *g) { return g->state >> GC_REFS_SHIFT; }

/* The head of v if v is an object taking part in the current collection. */
static inline GCHead *collecting_head(Value v) {
    if (!v_is_ptr(v)) return NULL;
    Object *o = v_as_obj(v);
    if (!gc_has_head(o)) return NULL;
    GCHead *g = gc_head(o);
    return (g->state & GC_FLAG_COLLECTING) ? g : NULL;
}

static bool tuple_is_atomic(Object *o);

/* A value that cannot lead back to a container: anything but an object of
 * a GC type (untracked tuples and static objects count as atomic). */
static inline bool value_is_atomic(Value v) {
    if (!v_is_ptr(v)) return true;
    Object *x = v_as_obj(v);
    if (!(x->type->flags & TPFLAG_HAVE_GC)) return true;
    if (!gc_has_head(x)) return true;
    return x->type == &TupleType && gc_head(x)->next == NULL;
}

/* A plain class's instance (TPFLAG_GC_INLINE_ONLY) whose attribute values
 * are all atomic: apart from its type it references nothing a cycle could
 * go through. */
static bool instance_is_atomic(Object *o) {
    TypeObject *t = o->type;
    Value d = *(Value *)((char *)o + t->dictoffset);
    if (!v_is_null(d)) {
        if (!v_is_attrs(d)) return false;
        AttrsObject *a = (AttrsObject *)v_as_obj(d);
        for (uint32_t i = 0; i < a->shape->nslots; i++)
            if (!value_is_atomic(a->values[i])) return false;
    }
    InlineAttrs *ia = inline_attrs_at(o, t->dictoffset);
    uint32_t n = ia->shape->nslots;
    for (uint32_t i = 0; i < n; i++)
        if (!value_is_atomic(ia->values[i])) return false;
    return true;
}

/* gc_refs = refcount for everything in the list. Immortal objects are
 * roots forever, and tuples of atomic values reference nothing tracked:
 * untrack both instead of examining them every time (for the tuples,
 * before the two traversals, which is where most of a young collection's
 * time would go). */
static void update_refs(GCHead *list, bool young_gen) {
    GCHead *g = list->next;
    while (g != list) {
        GCHead *next = g->next;
        Object *o = gc_object(g);
        if (o->refcnt >= IMMORTAL_REFCNT / 2 || (o->type == &TupleType && tuple_is_atomic(o))) {
            list_unlink(g);
            g->next = g->prev = NULL;
            g->state &= GC_FLAG_FINALIZED;
        } else if (young_gen && (o->type->flags & TPFLAG_GC_INLINE_ONLY) && instance_is_atomic(o)) {
            /* A plain instance holding only atomic values can be garbage
             * only through its type, which a young collection cannot
             * free anyway: it goes to the atomic list (a young collection
             * treats it as a root from there, as any older object; full
             * collections re-check it, so later stores need no barrier). */
            list_move(g, &atomic_list);
            g->state = (g->state & GC_FLAG_FINALIZED) | GC_FLAG_ATOMIC;
            gc_state.long_lived_pending++;
        } else {
            uint64_t rc = o->refcnt > 0 ? (uint64_t)o->refcnt : 0;
            g->state = (g->state & GC_FLAG_FINALIZED) | GC_FLAG_COLLECTING | (rc << GC_REFS_SHIFT);
        }
        g = next;
    }
}

/* o's traverse, with the commonest layout walked here so that the visit
 * function inlines: a plain class's instance (TPFLAG_GC_INLINE_ONLY)
 * references its dict slot's value (a dict or an AttrsObject's values),
 * its inline attribute values and its type, as subtype_traverse visits
 * them. */
static __attribute__((always_inline)) inline void gc_traverse(Object *o, void (*visit)(Value, void *),
                                                              void *arg) {
    TypeObject *t = o->type;
    if (t->flags & TPFLAG_GC_INLINE_ONLY) {
        Value d = *(Value *)((char *)o + t->dictoffset);
        if (!v_is_null(d)) {
            if (v_is_attrs(d)) attrs_visit(d, visit, arg);
            else visit(d, arg);
        }
        InlineAttrs *ia = inline_attrs_at(o, t->dictoffset);
        uint32_t n = ia->shape->nslots;
        for (uint32_t i = 0; i < n; i++)
            if (v_is_ptr(ia->values[i])) visit(ia->values[i], arg);
        visit(v_from_obj(&t->ob), arg);
    } else if (t->traverse) {
        t->traverse(o, visit, arg);
    }
}

static void visit_decref(Value v, void *arg) {
    (void)arg;
    GCHead *g = collecting_head(v);
    /* A positive guard: a traverse that visits a reference it does not
     * own would otherwise wrap gc_refs around. */
    if (g && head_refs(g) > 0) g->state -= REFS_ONE;
}

/* Leaves gc_refs = the references from outside the list. */
static void subtract_refs(GCHead *list) {
    for (GCHead *g = list->next; g != list; g = g->next) {
        gc_traverse(gc_object(g), visit_decref, NULL);
    }
}

/* A reachable object points at v: v is reachable too. If v was already
 * moved to the unreachable list it goes back to the end of young, where
 * move_unreachable's scan will still reach it. */
static void visit_reachable(Value v, void *arg) {
    GCHead *g = collecting_head(v);
    if (!g) return;
    if (g->state & GC_FLAG_UNREACHABLE) {
        list_move(g, (GCHead *)arg);
        g->state = (g->state & FLAGS_MASK & ~(uint64_t)GC_FLAG_UNREACHABLE) | REFS_ONE;
    } else if (head_refs(g) == 0) {
        g->state |= REFS_ONE;
    }
}

/* Splits young into reachable (stays) and unreachable. One pass: an object
 * with gc_refs > 0 is reachable and marks what it references; one with 0 is
 * tentatively unreachable until something reachable points at it. A
 * reachable object's state is reset for the next collection as soon as it
 * has been traversed (it leaves the collecting set: later visits of it have
 * nothing left to do), which saves the survivors a fourth pass over memory.
 * Returns the number of survivors. */
static int64_t move_unreachable(GCHead *young, GCHead *unreachable) {
    int64_t survivors = 0;
    GCHead *g = young->next;
    while (g != young) {
        if (head_refs(g) > 0) {
            gc_traverse(gc_object(g), visit_reachable, young);
            g->state &= GC_FLAG_FINALIZED;
            survivors++;
            g = g->next;
        } else {
            GCHead *next = g->next;
            list_move(g, unreachable);
            g->state |= GC_FLAG_UNREACHABLE;
            g = next;
        }
    }
    return survivors;
}

/* A tuple whose items can never lead back to it needs no tracking (CPython
 * does the same): tuples are immutable, so this stays true. Items that are
 * containers keep it tracked, except untracked tuples; V_NULL means the
 * tuple is still being filled. */
static bool tuple_is_atomic(Object *o) {
    TupleObject *t = (TupleObject *)o;
    for (int64_t i = 0; i < t->size; i++) {
        Value v = t->items[i];
        if (v_is_null(v)) return false;
        if (!v_is_ptr(v)) continue;
        Object *x = v_as_obj(v);
        if (!(x->type->flags & TPFLAG_HAVE_GC)) continue;
        if (x->type == &TupleType && !gc_is_tracked(x)) continue;
        if (!gc_has_head(x)) continue;     /* static (the empty tuple) */
        return false;
    }
    return true;
}

/* A full collection's view of the atomic list (young is the oldest
 * generation, gc_refs just set by update_refs): an instance that a store
 * has made non-atomic since rejoins the collection; each one still atomic
 * references nothing collectable but its type, and that reference counts
 * as internal (as if the instance were collected alongside). Returns the
 * number left on the list. */
static int64_t check_atomic(GCHead *young) {
    int64_t n = 0;
    GCHead *g = atomic_list.next;
    while (g != &atomic_list) {
        GCHead *next = g->next;
        Object *o = gc_object(g);
        if (o->refcnt < IMMORTAL_REFCNT / 2 && (o->type->flags & TPFLAG_GC_INLINE_ONLY) &&
            instance_is_atomic(o)) {
            visit_decref(v_from_obj(&o->type->ob), NULL);
            n++;
        } else {
            list_move(g, young);
            uint64_t rc = o->refcnt > 0 ? (uint64_t)o->refcnt : 0;
            g->state = (g->state & GC_FLAG_FINALIZED) | GC_FLAG_COLLECTING | (rc << GC_REFS_SHIFT);
        }
        g = next;
    }
    return n;
}

static void visit_find_atomic(Value v, void *arg) {
    if (!v_is_ptr(v)) return;
    Object *o = v_as_obj(v);
    if (gc_has_head(o) && (gc_head(o)->state & GC_FLAG_ATOMIC)) *(bool *)arg = true;
}

/* After a full collection that left the atomic instances out: its garbage
 * is exact unless some garbage object is a type (an atomic instance
 * outside the garbage may still use it: its reference was counted as
 * internal) or references an atomic instance (which would be garbage too,
 * finalized and counted as such). */
static bool unreachable_needs_atomic(GCHead *unreachable) {
    bool found = false;
    for (GCHead *g = unreachable->next; g != unreachable && !found; g = g->next) {
        Object *o = gc_object(g);
        if (o->type->flags & TPFLAG_TYPE_SUBCLASS) return true;
        gc_traverse(o, visit_find_atomic, &found);
    }
    return found;
}

/* Runs each garbage object's finalizer, at most once in its life. The
 * object being finalized is moved to `seen` first: a finalizer may free
 * other garbage objects (they unlink themselves) but never the list
 * position being iterated. Returns whether any finalizer ran. */
static bool finalize_garbage(GCHead *collectable) {
    bool ran = false;
    GCHead seen;
    list_init(&seen);
    while (!list_empty(collectable)) {
        GCHead *g = collectable->next;
        list_move(g, &seen);
        Object *o = gc_object(g);
        if (o->type->finalize && !(g->state & GC_FLAG_FINALIZED)) {
            g->state |= GC_FLAG_FINALIZED;
            ran = true;
            obj_incref(o);
            o->type->finalize(v_from_obj(o));
            if (err_occurred()) err_clear();
            obj_decref(o);
        }
    }
    list_merge(&seen, collectable);
    return ran;
}

/* After finalizers: anything in unreachable that is now referenced from
 * outside the set was resurrected; it moves to old, the rest stays. */
static void handle_resurrected(GCHead *unreachable, GCHead *still_unreachable, GCHead *old) {
    update_refs(unreachable, false);
    subtract_refs(unreachable);   /* update_refs reset the UNREACHABLE bits */
    move_unreachable(unreachable, still_unreachable);
    list_merge(unreachable, old);
}

/* Breaks the cycles: the clear slot drops the object's references, and
 * refcounting frees whatever that leaves unreferenced. An object that
 * survives its clear (no clear slot, or something still holds it) moves
 * to old. */
static void delete_garbage(GCHead *collectable, GCHead *old) {
    while (!list_empty(collectable)) {
        GCHead *g = collectable->next;
        Object *o = gc_object(g);
        if (o->type->clear) {
            obj_incref(o);
            o->type->clear(o);
            if (err_occurred()) err_clear();
            obj_decref(o);
        }
        /* g may be freed now; comparing the pointer is still sound, since
         * new objects go to generation 0, never to this list. */
        if (collectable->next == g) {
            list_move(g, old);
            g->state &= GC_FLAG_FINALIZED;
        }
    }
}

static int64_t collect_main(int gen) {
    GCState *st = &gc_state;
    st->collecting = true;
    Value saved = err_fetch();

    if (gen + 1 < GC_NGENS) st->count[gen + 1]++;
    for (int i = 0; i <= gen; i++) st->count[i] = 0;
    for (int i = 0; i < gen; i++) list_merge(&gc_generations[i], &gc_generations[gen]);
    GCHead *young = &gc_generations[gen];
    GCHead *old = gen + 1 < GC_NGENS ? &gc_generations[gen + 1] : young;

    GCHead unreachable;
    list_init(&unreachable);
    int64_t survivors;
    if (young != old) {
        update_refs(young, true);
        subtract_refs(young);
        survivors = move_unreachable(young, &unreachable);
    } else {
        update_refs(young, false);
        int64_t natomic = check_atomic(young);
        subtract_refs(young);
        survivors = move_unreachable(young, &unreachable);
        if (natomic && unreachable_needs_atomic(&unreachable)) {
            /* Redo it the plain way, every atomic instance taking part. */
            list_merge(&unreachable, young);
            for (GCHead *g = atomic_list.next; g != &atomic_list; g = g->next)
                g->state &= ~(uint64_t)GC_FLAG_ATOMIC;
            list_merge(&atomic_list, young);
            update_refs(young, false);
            subtract_refs(young);
            survivors = move_unreachable(young, &unreachable);
        } else {
            survivors += natomic;
        }
    }
    if (young != old) {
        if (gen == GC_NGENS - 2) st->long_lived_pending += survivors;
        list_merge(young, old);
    } else {
        st->long_lived_pending = 0;
        st->long_lived_total = survivors;
    }

    GCHead final_unreachable;
    list_init(&final_unreachable);
    /* Weakrefs to garbage die before any finalizer can see them. */
    if (weakref_nreferents) weakref_handle_garbage(&unreachable);
    if (finalize_garbage(&unreachable)) {
        handle_resurrected(&unreachable, &final_unreachable, old);
    } else {
        list_merge(&unreachable, &final_unreachable);
    }
    /* Counted after the finalizers, as CPython 3.11: an object one
     * resurrected was not collected. */
    int64_t found = list_size(&final_unreachable);
    delete_garbage(&final_unreachable, old);

    st->stats[gen].collections++;
    st->stats[gen].collected += found;
    err_restore(saved);
    st->collecting = false;
    return found;
}

int64_t gc_collect(int generation) {
    if (gc_state.collecting) return 0;
    if (generation < 0) generation = 0;
    if (generation >= GC_NGENS) generation = GC_NGENS - 1;
    return collect_main(generation);
}

/* ---- introspection ------------------------------------------------------------------- */

int gc_for_each(int gen, int (*fn)(Object *o, void *arg), void *arg) {
    GCHead *lists[GC_NGENS + 2];
    int n = 0;
    if (gen >= 0 && gen < GC_NGENS) {
        lists[n++] = &gc_generations[gen];
        /* The atomic instances count as the oldest generation's. */
        if (gen == GC_NGENS - 1) lists[n++] = &atomic_list;
    } else {
        for (int i = 0; i < GC_NGENS; i++) lists[n++] = &gc_generations[i];
        lists[n++] = &atomic_list;
        lists[n++] = &permanent;
    }
    for (int i = 0; i < n; i++) {
        for (GCHead *g = lists[i]->next; g != lists[i]; g = g->next) {
            int r = fn(gc_object(g), arg);
            if (r) return r;
        }
    }
    return 0;
}

void gc_freeze(void) {
    for (GCHead *g = atomic_list.next; g != &atomic_list; g = g->next)
        g->state &= ~(uint64_t)GC_FLAG_ATOMIC;
    list_merge(&atomic_list, &permanent);
    for (int i = 0; i < GC_NGENS; i++) {
        list_merge(&gc_generations[i], &permanent);
        gc_state.count[i] = 0;
    }
}

void gc_unfreeze(void) { list_merge(&permanent, &gc_generations[GC_NGENS - 1]); }

int64_t gc_freeze_count(void) { return list_size(&permanent); }

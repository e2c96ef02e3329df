/* gc.c: the gc module, the Python face of the cycle collector (vm/gc.h). */
#include "registry.h"
#include "../gc.h"
#include "../abstract.h"
#include "../args.h"
#include "../dict.h"
#include "../errors.h"
#include "../int.h"
#include "../list.h"
#include "../module.h"
#include "../str.h"
#include "../tuple.h"

/* CPython's DEBUG_* flags; coil records them for get_debug() but prints
 * no debugging output. */
#define DEBUG_STATS         1
#define DEBUG_COLLECTABLE   2
#define DEBUG_UNCOLLECTABLE 4
#define DEBUG_SAVEALL       32
#define DEBUG_LEAK          (DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL)

static int64_t debug_flags;

/* An int argument as CPython's clinic "i" converter reads it. */
static int int_arg(Value v, int64_t *out) {
    Value i = obj_index(v);
    if (v_is_null(i)) return -1;
    int r = int_as_i64(i, out);
    v_decref(i);
    return r;
}

static Value gc_collect_fn(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"generation"};
    Value a[1];
    if (args_parse("collect", args, nargs, kwnames, names, 1, 1, 0, a) < 0) return V_NULL;
    int64_t gen = GC_NGENS - 1;
    if (!v_is_null(a[0]) && int_arg(a[0], &gen) < 0) return V_NULL;
    if (gen < 0 || gen >= GC_NGENS) return err_format(&Exc_ValueError, "invalid generation");
    return int_from_i64(gc_collect((int)gen));
}

static Value gc_enable_fn(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("enable", nargs, kwnames, 0, 0) < 0) return V_NULL;
    gc_state.enabled = true;
    return V_NONE;
}

static Value gc_disable_fn(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("disable", nargs, kwnames, 0, 0) < 0) return V_NULL;
    gc_state.enabled = false;
    return V_NONE;
}

static Value gc_isenabled_fn(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("isenabled", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return v_from_bool(gc_state.enabled);
}

static Value int_triple(int64_t a, int64_t b, int64_t c) {
    Value t = tuple_new(3);
    if (v_is_null(t)) return V_NULL;
    int64_t x[3] = {a, b, c};
    for (int i = 0; i < 3; i++) {
        Value v = int_from_i64(x[i]);
        if (v_is_null(v)) {
            v_decref(t);
            return V_NULL;
        }
        tuple_items(t)[i] = v;
    }
    return t;
}

static Value gc_get_count_fn(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("get_count", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return int_triple(gc_state.count[0], gc_state.count[1], gc_state.count[2]);
}

static Value gc_get_threshold_fn(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("get_threshold", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return int_triple(gc_state.threshold[0], gc_state.threshold[1], gc_state.threshold[2]);
}

/* set_threshold(threshold0[, threshold1[, threshold2]]): CPython's "i|ii". */
static Value gc_set_threshold_fn(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (!v_is_null(kwnames) && tuple_size(kwnames))
        return err_format(&Exc_TypeError, "set_threshold() takes no keyword arguments");
    if (nargs < 1)
        return err_format(&Exc_TypeError, "set_threshold() takes at least 1 argument (0 given)");
    if (nargs > 3)
        return err_format(&Exc_TypeError, "set_threshold() takes at most 3 arguments (%zu given)",
                          nargs);
    int64_t t[GC_NGENS];
    for (size_t i = 0; i < nargs; i++) {
        if (int_arg(args[i], &t[i]) < 0) return V_NULL;
        if (t[i] > INT32_MAX || t[i] < INT32_MIN)
            return err_format(&Exc_OverflowError,
                              t[i] > 0 ? "signed integer is greater than maximum"
                                       : "signed integer is less than minimum");
    }
    for (size_t i = 0; i < nargs; i++) gc_state.threshold[i] = (int)t[i];
    return V_NONE;
}

static Value gc_set_debug_fn(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("set_debug", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t f;
    if (int_arg(args[0], &f) < 0) return V_NULL;
    debug_flags = f;
    return V_NONE;
}

static Value gc_get_debug_fn(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("get_debug", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return int_from_i64(debug_flags);
}

static Value gc_is_tracked_fn(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("is_tracked", nargs, kwnames, 1, 1) < 0) return V_NULL;
    return v_from_bool(v_is_ptr(args[0]) && gc_is_tracked(v_as_obj(args[0])));
}

static Value gc_is_finalized_fn(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("is_finalized", nargs, kwnames, 1, 1) < 0) return V_NULL;
    return v_from_bool(v_is_ptr(args[0]) && gc_is_finalized(v_as_obj(args[0])));
}

/* Appending to a list never allocates a GC object (only its item array),
 * so the generation lists do not change under the walk. */
typedef struct CollectArg {
    Value list;
    Object *skip;
} CollectArg;

/* A tuple with V_NULL slots is still being filled by C code that called
 * back into Python: it must not escape to Python code. */
static bool under_construction(Object *o) {
    if (o->type != &TupleType) return false;
    TupleObject *t = (TupleObject *)o;
    for (int64_t i = 0; i < t->size; i++)
        if (v_is_null(t->items[i])) return true;
    return false;
}

static int collect_object(Object *o, void *arg) {
    CollectArg *c = arg;
    if (o == c->skip || under_construction(o)) return 0;
    return list_append(c->list, v_from_obj(o)) < 0 ? -1 : 0;
}

static Value gc_get_objects_fn(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"generation"};
    Value a[1];
    if (args_parse("get_objects", args, nargs, kwnames, names, 1, 1, 0, a) < 0) return V_NULL;
    int64_t gen = -1;
    if (!v_is_null(a[0]) && a[0] != V_NONE) {
        if (int_arg(a[0], &gen) < 0) return V_NULL;
        if (gen >= GC_NGENS)
            return err_format(&Exc_ValueError, "generation parameter must be less than the "
                              "number of available generations (%d)", GC_NGENS);
        if (gen < 0) return err_format(&Exc_ValueError, "generation parameter cannot be negative");
    }
    Value list = list_new(0);
    if (v_is_null(list)) return V_NULL;
    CollectArg c = {list, v_as_obj(list)};
    if (gc_for_each((int)gen, collect_object, &c) < 0) {
        v_decref(list);
        return V_NULL;
    }
    return list;
}

static Value gc_get_stats_fn(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("get_stats", nargs, kwnames, 0, 0) < 0) return V_NULL;
    Value list = list_new(GC_NGENS);
    if (v_is_null(list)) return V_NULL;
    for (int i = 0; i < GC_NGENS; i++) {
        Value d = dict_new();
        if (v_is_null(d)) goto fail;
        const GCGenStats *s = &gc_state.stats[i];
        const char *keys[3] = {"collections", "collected", "uncollectable"};
        int64_t vals[3] = {s->collections, s->collected, s->uncollectable};
        for (int k = 0; k < 3; k++) {
            Value v = int_from_i64(vals[k]);
            int r = v_is_null(v) ? -1 : dict_set_cstr(d, keys[k], v);
            v_decref(v);
            if (r < 0) {
                v_decref(d);
                goto fail;
            }
        }
        if (list_append_steal(list, d) < 0) goto fail;
    }
    return list;
fail:
    v_decref(list);
    return V_NULL;
}

/* ---- referents / referrers ------------------------------------------------------- */

typedef struct RefArg {
    Value list;
    const Value *targets;     /* get_referrers: the objects looked for */
    size_t ntargets;
    bool found;
    int error;
} RefArg;

static void add_referent(Value v, void *arg) {
    RefArg *r = arg;
    if (r->error || !v_is_ptr(v)) return;
    if (list_append(r->list, v) < 0) r->error = -1;
}

static Value gc_get_referents_fn(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("get_referents", nargs, kwnames, 0, SIZE_MAX) < 0) return V_NULL;
    RefArg r = {list_new(0), NULL, 0, false, 0};
    if (v_is_null(r.list)) return V_NULL;
    for (size_t i = 0; i < nargs && !r.error; i++) {
        if (!v_is_ptr(args[i])) continue;
        Object *o = v_as_obj(args[i]);
        if ((o->type->flags & TPFLAG_HAVE_GC) && o->type->traverse)
            o->type->traverse(o, add_referent, &r);
    }
    if (r.error) {
        v_decref(r.list);
        return V_NULL;
    }
    return r.list;
}

static void match_target(Value v, void *arg) {
    RefArg *r = arg;
    for (size_t i = 0; i < r->ntargets && !r->found; i++)
        if (v == r->targets[i]) r->found = true;
}

static int collect_referrer(Object *o, void *arg) {
    RefArg *r = arg;
    if (o == v_as_obj(r->list) || !o->type->traverse) return 0;
    r->found = false;
    o->type->traverse(o, match_target, r);
    if (r->found && !under_construction(o) && list_append(r->list, v_from_obj(o)) < 0) return -1;
    return 0;
}

static Value gc_get_referrers_fn(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("get_referrers", nargs, kwnames, 0, SIZE_MAX) < 0) return V_NULL;
    RefArg r = {list_new(0), args, nargs, false, 0};
    if (v_is_null(r.list)) return V_NULL;
    if (gc_for_each(-1, collect_referrer, &r) < 0) {
        v_decref(r.list);
        return V_NULL;
    }
    return r.list;
}

/* ---- freeze ------------------------------------------------------------------------ */

static Value gc_freeze_fn(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("freeze", nargs, kwnames, 0, 0) < 0) return V_NULL;
    gc_freeze();
    return V_NONE;
}

static Value gc_unfreeze_fn(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("unfreeze", nargs, kwnames, 0, 0) < 0) return V_NULL;
    gc_unfreeze();
    return V_NONE;
}

static Value gc_get_freeze_count_fn(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("get_freeze_count", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return int_from_i64(gc_freeze_count());
}

static const MethodDef gc_methods[] = {
    {"collect", gc_collect_fn, 0, NULL},
    {"enable", gc_enable_fn, 0, NULL},
    {"disable", gc_disable_fn, 0, NULL},
    {"isenabled", gc_isenabled_fn, 0, NULL},
    {"get_count", gc_get_count_fn, 0, NULL},
    {"get_threshold", gc_get_threshold_fn, 0, NULL},
    {"set_threshold", gc_set_threshold_fn, 0, NULL},
    {"set_debug", gc_set_debug_fn, 0, NULL},
    {"get_debug", gc_get_debug_fn, 0, NULL},
    {"is_tracked", gc_is_tracked_fn, 0, NULL},
    {"is_finalized", gc_is_finalized_fn, 0, NULL},
    {"get_objects", gc_get_objects_fn, 0, NULL},
    {"get_stats", gc_get_stats_fn, 0, NULL},
    {"get_referents", gc_get_referents_fn, 0, NULL},
    {"get_referrers", gc_get_referrers_fn, 0, NULL},
    {"freeze", gc_freeze_fn, 0, NULL},
    {"unfreeze", gc_unfreeze_fn, 0, NULL},
    {"get_freeze_count", gc_get_freeze_count_fn, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value module_init_gc(void) {
    Value m = registry_module_new("gc", gc_methods);
    if (v_is_null(m)) return V_NULL;
    Value d = module_dict(m);
    static const struct { const char *name; int64_t value; } consts[] = {
        {"DEBUG_STATS", DEBUG_STATS}, {"DEBUG_COLLECTABLE", DEBUG_COLLECTABLE},
        {"DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE}, {"DEBUG_SAVEALL", DEBUG_SAVEALL},
        {"DEBUG_LEAK", DEBUG_LEAK},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (dict_set_cstr(d, consts[i].name, v_from_smallint(consts[i].value)) < 0) goto fail;
    /* Uncollectable objects do not exist since PEP 442, so garbage stays
     * empty; callbacks are accepted but not called yet. */
    const char *lists[2] = {"garbage", "callbacks"};
    for (int i = 0; i < 2; i++) {
        Value l = list_new(0);
        if (v_is_null(l)) goto fail;
        int r = dict_set_cstr(d, lists[i], l);
        v_decref(l);
        if (r < 0) goto fail;
    }
    return m;
fail:
    v_decref(m);
    return V_NULL;
}

/* typeobject.c: classes defined in Python (heap types): creation by
 * type(name, bases, dict) and __build_class__, the C3 method resolution
 * order, instance layout, instantiation (type.__call__ -> __new__ ->
 * __init__), attribute assignment on classes (version tags), and the
 * object/type methods that class code reaches (object.__init__,
 * object.__new__, type.mro, type.__subclasses__, ...). */
#include <stdio.h>
#include <string.h>

#include "classobj.h"
#include "abstract.h"
#include "args.h"
#include "descr.h"
#include "dict.h"
#include "errors.h"
#include "eval.h"
#include "function.h"
#include "int.h"
#include "import.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "typeslots.h"
#include "weakref.h"

/* The slots engineer's bridge may not be linked in every build yet. */
#pragma weak typeslots_install
#pragma weak typeslots_clear
#pragma weak typeslots_run_finalizer

/* From object.c and descr.c. */
void type_inherit_slots(TypeObject *t, TypeObject *b);
extern Value descr_get(Value attr, Value obj, TypeObject *type);

static inline TypeObject *as_type(Value v) { return (TypeObject *)v_as_obj(v); }
static inline bool is_type(Value v) {
    return v_is_ptr(v) && (v_as_obj(v)->type->flags & TPFLAG_TYPE_SUBCLASS);
}
static bool has_kw(Value kwnames) { return !v_is_null(kwnames) && tuple_size(kwnames) > 0; }

/* ---- names ------------------------------------------------------------------ */

Value type_full_name(TypeObject *t) {
    Value qual = type_is_heap(t) ? as_heaptype(t)->qualname : V_NULL;
    const char *q = v_is_null(qual) ? t->name : str_data(qual);
    Value mod = type_is_heap(t) ? dict_get_cstr(t->dict, "__module__") : V_NULL;
    if (v_is_null(mod) || !v_is_str(mod) || str_eq_cstr(mod, "builtins"))
        return str_from_cstr(q);
    return str_printf("%s.%s", str_data(mod), q);
}

/* ---- subclass lists ------------------------------------------------------------ */

int type_add_subclass(TypeObject *base, TypeObject *sub) {
    TypeList *l = base->subclasses;
    if (!l) {
        l = mem_calloc(1, sizeof *l);
        if (!l) { err_nomem(); return -1; }
        base->subclasses = l;
    }
    if (l->n == l->cap) {
        int ncap = l->cap ? l->cap * 2 : 4;
        TypeObject **items = mem_realloc(l->items, sizeof(TypeObject *) * (size_t)ncap);
        if (!items) { err_nomem(); return -1; }
        l->items = items;
        l->cap = ncap;
    }
    l->items[l->n++] = sub;
    return 0;
}

void type_remove_subclass(TypeObject *base, TypeObject *sub) {
    TypeList *l = base->subclasses;
    if (!l) return;
    for (int i = 0; i < l->n; i++)
        if (l->items[i] == sub) {
            memmove(&l->items[i], &l->items[i + 1], sizeof(TypeObject *) * (size_t)(l->n - i - 1));
            l->n--;
            return;
        }
}

/* A new version tag for t and every (transitive) subclass: their cached
 * lookups may have gone through t's dict. */
static void bump_versions(TypeObject *t) {
    t->version = type_next_version();
    if (t->subclasses)
        for (int i = 0; i < t->subclasses->n; i++) bump_versions(t->subclasses->items[i]);
}

static int reinstall_slots(TypeObject *t) {
    if (typeslots_install && typeslots_install(t) < 0) return -1;
    if (t->subclasses)
        for (int i = 0; i < t->subclasses->n; i++)
            if (reinstall_slots(t->subclasses->items[i]) < 0) return -1;
    return 0;
}

static bool is_dunder(Value name) {
    if (!v_is_str(name)) return false;
    int64_t n = str_nbytes(name);
    const char *s = str_data(name);
    return n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

int heaptype_setattr(TypeObject *t, Value name, Value v) {
    int r;
    if (v_is_null(v)) {
        r = dict_del(t->dict, name);
        if (r < 0 && err_matches(&Exc_KeyError)) {
            err_clear();
            err_format(&Exc_AttributeError, "type object '%s' has no attribute '%s'", t->name,
                       str_data(name));
        }
    } else {
        r = dict_set(t->dict, name, v);
    }
    bump_versions(t);
    if (r == 0 && str_eq_cstr(name, "__abstractmethods__")) {
        /* CPython's type_set_abstractmethods: instantiation checks the flag. */
        int abstract = v_is_null(v) ? 0 : obj_truthy(v);
        if (abstract < 0) return -1;
        if (abstract) t->flags |= TPFLAG_IS_ABSTRACT;
        else t->flags &= ~TPFLAG_IS_ABSTRACT;
        return 0;
    }
    if (r == 0 && is_dunder(name)) r = reinstall_slots(t);
    return r;
}

/* ---- the C3 linearisation ---------------------------------------------------------- */

static bool in_tail(TypeObject *t, TypeObject ***seqs, const int *lens, const int *heads, int nseq) {
    for (int i = 0; i < nseq; i++)
        for (int k = heads[i] + 1; k < lens[i]; k++)
            if (seqs[i][k] == t) return true;
    return false;
}

/* CPython's mro_implementation: merges the mros of the bases and the list
 * of bases, keeping local precedence order and monotonicity. New reference
 * to a tuple starting with t. */
static Value c3_mro(TypeObject *t, Value bases) {
    int nb = (int)tuple_size(bases);
    int nseq = nb + 1;
    TypeObject ***seqs = mem_calloc((size_t)nseq, sizeof *seqs);
    int *lens = mem_calloc((size_t)nseq, sizeof(int));
    int *heads = mem_calloc((size_t)nseq, sizeof(int));
    int total = 1;
    for (int i = 0; i < nb; i++) total += (int)tuple_size(as_type(tuple_items(bases)[i])->mro);
    TypeObject **out = mem_alloc(sizeof(TypeObject *) * (size_t)total);
    Value result = V_NULL;
    if (!seqs || !lens || !heads || !out) { err_nomem(); goto done; }
    for (int i = 0; i < nb; i++) {
        Value m = as_type(tuple_items(bases)[i])->mro;
        lens[i] = (int)tuple_size(m);
        seqs[i] = mem_alloc(sizeof(TypeObject *) * (size_t)(lens[i] + 1));
        if (!seqs[i]) { err_nomem(); goto done; }
        for (int k = 0; k < lens[i]; k++) seqs[i][k] = as_type(tuple_items(m)[k]);
    }
    seqs[nb] = mem_alloc(sizeof(TypeObject *) * (size_t)(nb + 1));
    if (!seqs[nb]) { err_nomem(); goto done; }
    for (int i = 0; i < nb; i++) seqs[nb][i] = as_type(tuple_items(bases)[i]);
    lens[nb] = nb;
    int n = 0;
    out[n++] = t;
    for (;;) {
        bool any = false, found = false;
        for (int i = 0; i < nseq; i++) {
            if (heads[i] >= lens[i]) continue;
            any = true;
            TypeObject *cand = seqs[i][heads[i]];
            if (in_tail(cand, seqs, lens, heads, nseq)) continue;
            out[n++] = cand;
            for (int k = 0; k < nseq; k++)
                if (heads[k] < lens[k] && seqs[k][heads[k]] == cand) heads[k]++;
            found = true;
            break;
        }
        if (!any) break;
        if (!found) {
            /* The remaining heads, each once, in order. */
            StrBuilder sb;
            sb_init(&sb);
            sb_append_cstr(&sb, "Cannot create a consistent method resolution\norder (MRO) for bases ");
            TypeObject *seen[64];
            int nseen = 0;
            for (int i = 0; i < nseq; i++) {
                if (heads[i] >= lens[i]) continue;
                TypeObject *h = seqs[i][heads[i]];
                bool dup = false;
                for (int k = 0; k < nseen; k++) dup |= seen[k] == h;
                if (dup || nseen == 64) continue;
                if (nseen) sb_append_cstr(&sb, ", ");
                seen[nseen++] = h;
                sb_append_cstr(&sb, h->name);
            }
            Value msg = sb_finish(&sb);
            if (!v_is_null(msg)) {
                err_format(&Exc_TypeError, "%s", str_data(msg));
                v_decref(msg);
            }
            goto done;
        }
    }
    result = tuple_new(n);
    if (v_is_null(result)) goto done;
    for (int i = 0; i < n; i++) tuple_items(result)[i] = v_newref(v_from_obj(out[i]));
done:
    if (seqs)
        for (int i = 0; i < nseq; i++) mem_free(seqs[i]);
    mem_free(seqs);
    mem_free(lens);
    mem_free(heads);
    mem_free(out);
    return result;
}

/* ---- layout -------------------------------------------------------------------------- */

/* The builtin type whose C layout instances of t have (object, list,
 * dict, an exception struct...). */
static TypeObject *static_base(TypeObject *t) {
    while (type_is_heap(t)) t = t->base;
    return t;
}

/* CPython's solid_base: the nearest type that adds C-level fields to its
 * base (a builtin, or a class with __slots__). A class that only adds a
 * __dict__ shares its base's layout. */
static TypeObject *solid_base(TypeObject *t) {
    /* __slots__ = () adds no fields either (the collections.abc ABCs). */
    while (type_is_heap(t) && (v_is_null(as_heaptype(t)->slots) || tuple_size(as_heaptype(t)->slots) == 0))
        t = t->base;
    if (!type_is_heap(t)) {
        /* Builtins sharing their base's struct (most exceptions) are not
         * solid themselves. */
        while (t->base && t->basicsize == t->base->basicsize && t != &ObjectType &&
               (t->flags & TPFLAG_BASE_EXC_SUBCLASS) && t->base != &ObjectType)
            t = t->base;
    }
    return t;
}

static TypeObject *best_base(Value bases) {
    TypeObject *winner = NULL, *base = NULL;
    for (int64_t i = 0; i < tuple_size(bases); i++) {
        TypeObject *b = as_type(tuple_items(bases)[i]);
        TypeObject *s = solid_base(b);
        if (!winner) {
            winner = s;
            base = b;
        } else if (type_is_subtype(winner, s)) {
            /* keep */
        } else if (type_is_subtype(s, winner)) {
            winner = s;
            base = b;
        } else {
            err_format(&Exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

/* bool is final, as in CPython. int and float subclass instances are heap
 * objects with a fixed layout (BigInt, FloatSubObject); str, bytes and
 * tuple keep their data inline after the header, so their subclasses'
 * dict slot sits at the end of each object (dictoffset < 0, see
 * var_sized_base and instance_var_dictptr). */
static bool layout_supported(TypeObject *s) {
    return s != &BoolType;
}

/* Builtins whose instances have a variable size (data inline after the
 * header): a subclass cannot put fields at fixed offsets after them. */
static bool var_sized_base(TypeObject *sb) {
    return sb == &StrType || sb == &BytesType || sb == &TupleType;
}

Value *instance_var_dictptr(Object *o) {
    TypeObject *sb = static_base(o->type);
    size_t end;
    if (sb == &StrType) end = str_object_size((StrObject *)o);
    else if (sb == &BytesType) end = offsetof(BytesObject, data) + (size_t)((BytesObject *)o)->size + 1;
    else end = sizeof(TupleObject) + (size_t)((TupleObject *)o)->size * sizeof(Value);
    end = (end + sizeof(Value) - 1) & ~(sizeof(Value) - 1);
    return (Value *)((char *)o + end);
}

/* The dict slot of a var-sized subclass instance (not among the
 * fixed-offset Values the loops below walk), or NULL. */
static Value *var_dict_slot(Object *o) {
    return o->type->dictoffset < 0 ? instance_var_dictptr(o) : NULL;
}

/* ---- instances ------------------------------------------------------------------------ */

/* The byte offset of t's inline attribute block, or 0 (no offset the
 * Value loops below reach). */
static inline size_t inline_skip(TypeObject *t) {
    return (t->flags & TPFLAG_INLINE_ATTRS) ? (size_t)t->dictoffset + sizeof(Value) : 0;
}

/* Releases the Value fields heap types added after the builtin layout
 * (the dict slot, __slots__ members), then lets the builtin free the rest. */
static void subtype_dealloc(Object *o) {
    TypeObject *t = o->type;
    TypeObject *sb = static_base(t);
    if (t->finalize && typeslots_run_finalizer && typeslots_run_finalizer(o)) return;
    /* obj_dealloc left the weakrefs alive through __del__ (weakref.h). */
    if (t->finalize && weakref_nreferents) weakref_clear_referent(o);
    Value *vd = var_dict_slot(o);
    if (vd) v_clear(vd);
    size_t skip = inline_skip(t);
    for (size_t off = sb->basicsize; off + sizeof(Value) <= t->basicsize; off += sizeof(Value)) {
        if (off == skip) {
            inline_attrs_clear(o);
            off += sizeof(InlineAttrs) - sizeof(Value);
            continue;
        }
        Value *slot = (Value *)((char *)o + off);
        Value v = *slot;
        *slot = V_NULL;
        v_decref(v);
    }
    sb->dealloc(o);
}

/* Cycle collection: the Values heap types added, then the builtin's own. */
static void subtype_traverse(Object *o, void (*visit)(Value v, void *arg), void *arg) {
    TypeObject *t = o->type;
    TypeObject *sb = static_base(t);
    Value *vd = var_dict_slot(o);
    if (vd && !v_is_null(*vd)) visit(*vd, arg);
    size_t skip = inline_skip(t);
    for (size_t off = sb->basicsize; off + sizeof(Value) <= t->basicsize; off += sizeof(Value)) {
        if (off == skip) {
            inline_attrs_visit(o, visit, arg);
            off += sizeof(InlineAttrs) - sizeof(Value);
            continue;
        }
        Value v = *(Value *)((char *)o + off);
        /* The shape-mode attribute vector is no GC object: its values are
         * the instance's references. */
        if (v_is_attrs(v)) attrs_visit(v, visit, arg);
        else if (!v_is_null(v)) visit(v, arg);
    }
    /* Every instance owns a reference to its heap type (obj_alloc), so a
     * class reachable only from its instances is collectable. */
    visit(v_from_obj(&t->ob), arg);
    if (sb->traverse) sb->traverse(o, visit, arg);
}

static void subtype_clear(Object *o) {
    TypeObject *t = o->type;
    TypeObject *sb = static_base(t);
    Value *vd = var_dict_slot(o);
    if (vd) v_clear(vd);
    size_t skip = inline_skip(t);
    for (size_t off = sb->basicsize; off + sizeof(Value) <= t->basicsize; off += sizeof(Value)) {
        if (off == skip) {
            inline_attrs_clear(o);
            off += sizeof(InlineAttrs) - sizeof(Value);
            continue;
        }
        Value *slot = (Value *)((char *)o + off);
        Value v = *slot;
        *slot = V_NULL;
        v_decref(v);
    }
    if (sb->clear) sb->clear(o);
}

static void fill_extra(Object *o, TypeObject *t, TypeObject *sb) {
    size_t skip = inline_skip(t);
    for (size_t off = sb->basicsize; off + sizeof(Value) <= t->basicsize; off += sizeof(Value)) {
        if (off == skip) {
            /* The inline block: the root shape; values past it are unread. */
            ((InlineAttrs *)((char *)o + off))->shape = &shape_root;
            off += sizeof(InlineAttrs) - sizeof(Value);
            continue;
        }
        *(Value *)((char *)o + off) = V_NULL;
    }
}

/* Where a heap type's __new__ / __init__ come from: the first class of the
 * mro defining it, or NULL when the first builtin in the mro is reached
 * (its C constructor then does the work). */
static Value find_heap_method(TypeObject *t, const char *name) {
    Value mro = t->mro;
    Value key = str_intern_cstr(name);
    for (int64_t i = 0; i < tuple_size(mro); i++) {
        TypeObject *k = as_type(tuple_items(mro)[i]);
        if (!type_is_heap(k)) return V_NULL;
        Value v = dict_get_str(k->dict, key);
        if (!v_is_null(v)) return v;
    }
    return V_NULL;
}

/* object.__new__(cls) for a heap class cls: allocation through the
 * builtin layout cls extends. args go to that builtin's constructor only
 * when pass_args (no Python __init__ will see them). */
/* "Can't instantiate abstract class C with abstract methods f, g" (3.11:
 * sorted names; "method" for one). */
static Value abstract_instance_error(TypeObject *cls) {
    Value am = dict_get_cstr(cls->dict, "__abstractmethods__");
    Value names = v_is_null(am) ? V_NULL : obj_call(v_from_obj(&ListType), &am, 1, V_NULL);
    if (v_is_null(names)) return V_NULL;
    if (list_sort(names, V_NULL, false) < 0) { v_decref(names); return V_NULL; }
    StrBuilder sb;
    sb_init(&sb);
    sb_printf(&sb, "Can't instantiate abstract class %s with abstract method%s ", cls->name,
              list_size(names) > 1 ? "s" : "");
    for (int64_t i = 0; i < list_size(names); i++) {
        if (i) sb_append_cstr(&sb, ", ");
        Value s = obj_str(list_items(names)[i]);
        if (v_is_null(s)) { sb_discard(&sb); v_decref(names); return V_NULL; }
        sb_append_str(&sb, s);
        v_decref(s);
    }
    v_decref(names);
    Value msg = sb_finish(&sb);
    if (v_is_null(msg)) return V_NULL;
    err_set_value(&Exc_TypeError, msg);
    v_decref(msg);
    return V_NULL;
}

static Value alloc_instance(TypeObject *cls, const Value *args, size_t nargs, Value kwnames,
                            bool pass_args) {
    if (__builtin_expect(cls->flags & TPFLAG_IS_ABSTRACT, 0)) return abstract_instance_error(cls);
    TypeObject *sb = static_base(cls);
    Object *o;
    if (sb == &ObjectType) {
        o = obj_alloc(cls, cls->basicsize);
        if (!o) return V_NULL;
        fill_extra(o, cls, sb);
        return v_from_obj(o);
    }
    Value r;
    if (sb->flags & TPFLAG_BASE_EXC_SUBCLASS) {
        /* BaseException.__new__ keeps the positional arguments as args. */
        r = sb->construct(cls, args, nargs, pass_args ? kwnames : V_NULL);
    } else if (pass_args || (sb->flags & TPFLAG_NEW_TAKES_ARGS)) {
        /* An immutable value (or an iterator built by __new__) gets its
         * contents from __new__'s arguments even when an __init__ follows
         * (tuple.__new__(cls, iterable), int.__new__(cls, x)). The
         * var-sized constructors set the trailing dict slot themselves. */
        r = sb->construct(cls, args, nargs, kwnames);
    } else {
        r = sb->construct(cls, NULL, 0, V_NULL);
    }
    if (v_is_null(r)) return r;
    /* A metaclass's instance is a class: type's constructor filled its
     * heap-type fields, past TypeType's basicsize (metaclasses add no
     * dict slot or __slots__ members of their own). */
    if (v_is_ptr(r) && v_as_obj(r)->type == cls && sb != &TypeType) fill_extra(v_as_obj(r), cls, sb);
    return r;
}

/* type.__call__ for classes: __new__, then __init__ if __new__ returned an
 * instance of the class, with CPython's excess-argument rules. */
static Value heaptype_construct(TypeObject *t, const Value *args, size_t nargs, Value kwnames) {
    bool excess = nargs || has_kw(kwnames);
    Value user_new = find_heap_method(t, "__new__");
    Value user_init = find_heap_method(t, "__init__");
    Value obj;
    if (!v_is_null(user_new)) {
        Value f = user_new;
        if (v_is_type(f, &StaticMethodType)) f = *(Value *)((char *)v_as_obj(f) + sizeof(Object));
        v_incref(f);
        obj = obj_call_with_first(f, v_from_obj(t), args, nargs, kwnames);
        v_decref(f);
    } else {
        TypeObject *sb = static_base(t);
        if (sb == &ObjectType && excess && v_is_null(user_init))
            return err_format(&Exc_TypeError, "%s() takes no arguments", t->name);
        obj = alloc_instance(t, args, nargs, kwnames, v_is_null(user_init));
    }
    if (v_is_null(obj) || v_is_null(user_init)) return obj;
    if (!type_is_subtype(v_type(obj), t)) return obj;
    v_incref(user_init);
    Value r = obj_call_with_first(user_init, obj, args, nargs, kwnames);
    v_decref(user_init);
    if (v_is_null(r)) {
        v_decref(obj);
        return V_NULL;
    }
    if (r != V_NONE) {
        err_format(&Exc_TypeError, "__init__() should return None, not '%s'", v_type_name(r));
        v_decref(r);
        v_decref(obj);
        return V_NULL;
    }
    return obj;
}

/* The conditions under which heaptype_construct reduces to alloc_instance
 * without arguments followed by a call of a Python __init__: checked
 * once per class version, then cached on the class. */
bool type_spec_init(TypeObject *t) {
    if (!type_is_heap(t) || t->ob.type != &TypeType || t->version == 0 ||
        t->construct != heaptype_construct || (t->flags & TPFLAG_IS_ABSTRACT))
        return false;
    HeapTypeObject *ht = as_heaptype(t);
    if (ht->init_version == t->version) return true;
    if (static_base(t) != &ObjectType || !v_is_null(find_heap_method(t, "__new__"))) return false;
    Value init = find_heap_method(t, "__init__");
    if (v_is_null(init) || !v_is_function(init)) return false;
    ht->init_func = init;
    ht->init_version = t->version;
    return true;
}

Value type_alloc_plain(TypeObject *t) {
    return alloc_instance(t, NULL, 0, V_NULL, false);
}

/* ---- creating a class --------------------------------------------------------------------- */

void heaptype_clear(TypeObject *t) {
    HeapTypeObject *ht = as_heaptype(t);
    if (v_is_tuple(ht->bases))
        for (int64_t i = 0; i < tuple_size(ht->bases); i++)
            type_remove_subclass(as_type(tuple_items(ht->bases)[i]), t);
    if (typeslots_clear) typeslots_clear(t);
    if (t->subclasses) {
        mem_free(t->subclasses->items);
        mem_free(t->subclasses);
        t->subclasses = NULL;
    }
    v_clear(&ht->bases);
    v_clear(&ht->slots);
    v_clear(&ht->qualname);
    t->name = "?";
    v_clear(&ht->name);
}

static bool valid_identifier(Value s) {
    const char *p = str_data(s);
    int64_t n = str_nbytes(s);
    if (n == 0) return false;
    for (int64_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)p[i];
        if (ch >= 0x80 || ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) continue;
        if (i > 0 && ch >= '0' && ch <= '9') continue;
        return false;
    }
    return true;
}

/* CPython's _Py_Mangle for __slots__ names: __x inside class C -> _C__x. */
static Value mangle_slot(Value cls_name, Value name) {
    const char *n = str_data(name);
    int64_t len = str_nbytes(name);
    if (len < 2 || n[0] != '_' || n[1] != '_' || (n[len - 1] == '_' && n[len - 2] == '_') ||
        memchr(n, '.', (size_t)len))
        return v_newref(name);
    const char *c = str_data(cls_name);
    while (*c == '_') c++;
    if (!*c) return v_newref(name);
    return str_printf("_%s%s", c, n);
}

/* __slots__: validates the names, adds a member descriptor per slot, and
 * returns whether instances still get a __dict__ ('__dict__' listed). */
static int setup_slots(HeapTypeObject *ht, Value dict, Value slots_v, bool *want_dict) {
    TypeObject *t = &ht->type;
    Value seq = v_is_str(slots_v) ? tuple_pack(1, slots_v) : tuple_from_iterable(slots_v);
    if (v_is_null(seq)) return -1;
    int64_t n = tuple_size(seq);
    Value names = tuple_new(n);
    if (v_is_null(names)) { v_decref(seq); return -1; }
    int64_t k = 0;
    *want_dict = false;
    for (int64_t i = 0; i < n; i++) {
        Value s = tuple_items(seq)[i];
        if (!v_is_str(s)) {
            err_format(&Exc_TypeError, "__slots__ items must be strings, not '%s'", v_type_name(s));
            goto fail;
        }
        if (!valid_identifier(s)) {
            err_format(&Exc_TypeError, "__slots__ must be identifiers");
            goto fail;
        }
        if (str_eq_cstr(s, "__dict__")) {
            if (*want_dict || t->base->dictoffset) {
                err_format(&Exc_TypeError, "__dict__ slot disallowed: we already got one");
                goto fail;
            }
            *want_dict = true;
            continue;
        }
        if (str_eq_cstr(s, "__weakref__")) continue;
        Value m = mangle_slot(ht->name, s);
        if (v_is_null(m)) goto fail;
        Value im = str_intern_value(m);
        if (!v_is_null(dict_get_str(dict, im))) {
            err_format(&Exc_ValueError, "'%s' in __slots__ conflicts with class variable", str_data(s));
            v_decref(im);
            goto fail;
        }
        tuple_items(names)[k++] = im;
    }
    v_as_tuple(names)->size = k;   /* shrinking in place is safe: the rest is unused */
    ht->slots = names;
    v_decref(seq);
    return 0;
fail:
    v_as_tuple(names)->size = k;
    v_decref(names);
    v_decref(seq);
    return -1;
}

static int add_member_descrs(HeapTypeObject *ht) {
    TypeObject *t = &ht->type;
    Value names = ht->slots;
    for (int64_t i = 0; i < tuple_size(names); i++) {
        Value d = member_descr_new(tuple_items(names)[i], t,
                                   ht->slots_offset + (int64_t)sizeof(Value) * i);
        if (v_is_null(d)) return -1;
        int r = dict_set(t->dict, tuple_items(names)[i], d);
        v_decref(d);
        if (r < 0) return -1;
    }
    return 0;
}

/* The __dict__ attribute of instances of classes that introduce the slot. */
static Value dict_getter(Value self) { return instance_dict(self); }
static int dict_setter(Value self, Value v) {
    Value *dp = instance_dictptr(self);
    if (v_is_null(v)) {
        err_format(&Exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!v_is_dict(v)) {
        err_format(&Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", v_type_name(v));
        return -1;
    }
    if (v_is_null(*dp) && type_uses_shapes(v_type(self))) {
        /* Leaving inline mode: the dict replaces the inline values. */
        *dp = v_newref(v);
        inline_attrs_clear(v_as_obj(self));
        inline_attrs(v_as_obj(self))->shape = &shape_none;
        return 0;
    }
    v_setref(dp, v_newref(v));
    return 0;
}
static const GetSetDef dict_getset = {"__dict__", dict_getter, dict_setter};

/* Wraps a plain function stored under name in the namespace into
 * staticmethod/classmethod, as type_new does for __new__,
 * __init_subclass__ and __class_getitem__. */
static int wrap_special(Value dict, const char *name, TypeObject *wrapper) {
    Value f = dict_get_cstr(dict, name);
    if (v_is_null(f) || !v_is_function(f)) return 0;
    Value w = obj_call1(v_from_obj(wrapper), f);
    if (v_is_null(w)) return -1;
    int r = dict_set_cstr(dict, name, w);
    v_decref(w);
    return r;
}

/* obj.__set_name__(owner, name) for every namespace entry whose type has it. */
static int call_set_names(TypeObject *t) {
    Value items = dict_items_list(t->dict);
    if (v_is_null(items)) return -1;
    Value key = str_intern_cstr("__set_name__");
    int rc = 0;
    for (int64_t i = 0; i < list_size(items) && rc == 0; i++) {
        Value kv = list_items(items)[i];
        Value v = tuple_items(kv)[1];
        Value m = type_lookup(v_type(v), key);
        if (v_is_null(m)) continue;
        Value bound = obj_getattr(v, key);
        if (v_is_null(bound)) { rc = -1; break; }
        Value a[2] = { v_from_obj(t), tuple_items(kv)[0] };
        Value r = obj_call(bound, a, 2, V_NULL);
        v_decref(bound);
        if (v_is_null(r)) {
            rc = -1;
            break;
        }
        v_decref(r);
    }
    v_decref(items);
    return rc;
}

/* super(t, t).__init_subclass__(**kwds). */
static int call_init_subclass(TypeObject *t, Value kwnames, const Value *kwvalues) {
    Value key = str_intern_cstr("__init_subclass__");
    Value mro = t->mro;
    for (int64_t i = 1; i < tuple_size(mro); i++) {
        TypeObject *k = as_type(tuple_items(mro)[i]);
        Value f = dict_get_str(k->dict, key);
        if (v_is_null(f)) continue;
        Value bound = descr_get(f, V_NULL, t);
        if (v_is_null(bound)) return -1;
        Value r = obj_call(bound, kwvalues, 0, kwnames);
        v_decref(bound);
        if (v_is_null(r)) return -1;
        v_decref(r);
        return 0;
    }
    return 0;
}

Value type_new(TypeObject *meta, Value name, Value bases, Value ns, Value kwnames,
               const Value *kwvalues) {
    if (!v_is_str(name))
        return err_format(&Exc_TypeError, "type.__new__() argument 1 must be str, not %s",
                          v_type_name(name));
    if (!v_is_tuple(bases))
        return err_format(&Exc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                          v_type_name(bases));
    if (!v_is_dict(ns))
        return err_format(&Exc_TypeError, "type.__new__() argument 3 must be dict, not %s",
                          v_type_name(ns));
    int64_t nb = tuple_size(bases);
    for (int64_t i = 0; i < nb; i++) {
        Value b = tuple_items(bases)[i];
        if (!is_type(b))
            return err_format(&Exc_TypeError, "bases must be types");
        if (!(as_type(b)->flags & TPFLAG_BASETYPE) || !layout_supported(as_type(b)))
            return err_format(&Exc_TypeError, "type '%s' is not an acceptable base type",
                              as_type(b)->name);
        for (int64_t k = 0; k < i; k++)
            if (tuple_items(bases)[k] == b)
                return err_format(&Exc_TypeError, "duplicate base class %s", as_type(b)->name);
    }
    /* The most derived metaclass among meta and the bases' metaclasses. */
    TypeObject *winner = meta;
    for (int64_t i = 0; i < nb; i++) {
        TypeObject *bm = v_type(tuple_items(bases)[i]);
        if (type_is_subtype(winner, bm)) continue;
        if (type_is_subtype(bm, winner)) { winner = bm; continue; }
        return err_format(&Exc_TypeError,
                          "metaclass conflict: the metaclass of a derived class must be a "
                          "(non-strict) subclass of the metaclasses of all its bases");
    }
    meta = winner;

    Value own_bases = nb ? v_newref(bases) : tuple_pack(1, v_from_obj(&ObjectType));
    if (v_is_null(own_bases)) return V_NULL;
    TypeObject *base = best_base(own_bases);
    if (!base) { v_decref(own_bases); return V_NULL; }
    Value dict = dict_copy(ns);
    if (v_is_null(dict)) { v_decref(own_bases); return V_NULL; }

    HeapTypeObject *ht = (HeapTypeObject *)obj_alloc(meta, sizeof(HeapTypeObject));
    if (!ht) { v_decref(own_bases); v_decref(dict); return V_NULL; }
    memset((char *)ht + sizeof(Object), 0, sizeof(HeapTypeObject) - sizeof(Object));
    TypeObject *t = &ht->type;
    Value self = v_from_obj(ht);
    t->dict = dict;
    t->mro = V_NULL;
    t->flags = TPFLAG_HEAPTYPE | TPFLAG_BASETYPE;
    t->base = base;
    /* base is kept alive by the bases tuple. */
    ht->bases = own_bases;
    ht->slots = V_NULL;
    ht->qualname = V_NULL;
    ht->name = str_intern_value(v_newref(name));
    t->name = str_data(ht->name);

    /* __module__ from the defining frame, __qualname__ out of the dict. */
    if (v_is_null(dict_get_cstr(dict, "__module__"))) {
        Value g = eval_globals();
        Value mod = v_is_null(g) ? V_NULL : dict_get_cstr(g, "__name__");
        if (!v_is_null(mod) && dict_set_cstr(dict, "__module__", mod) < 0) goto fail;
    }
    Value qn = dict_get_cstr(dict, "__qualname__");
    if (!v_is_null(qn)) {
        if (!v_is_str(qn)) {
            err_format(&Exc_TypeError, "type __qualname__ must be a str, not %s", v_type_name(qn));
            goto fail;
        }
        ht->qualname = v_newref(qn);
        if (dict_del(dict, str_intern_cstr("__qualname__")) < 0) goto fail;
    } else {
        ht->qualname = v_newref(ht->name);
    }
    if (v_is_null(dict_get_cstr(dict, "__doc__")) && dict_set_cstr(dict, "__doc__", V_NONE) < 0)
        goto fail;
    if (wrap_special(dict, "__new__", &StaticMethodType) < 0 ||
        wrap_special(dict, "__init_subclass__", &ClassMethodType) < 0 ||
        wrap_special(dict, "__class_getitem__", &ClassMethodType) < 0)
        goto fail;

    /* Layout: the base's, then a dict slot unless a base has one or
     * __slots__ excludes it, then the __slots__ members. */
    TypeObject *sb = static_base(base);
    bool is_meta = type_is_subtype(base, &TypeType);
    t->basicsize = is_meta ? sizeof(HeapTypeObject) : base->basicsize;
    t->dictoffset = base->dictoffset;
    if (!t->dictoffset && (sb->flags & TPFLAG_BASE_EXC_SUBCLASS))
        t->dictoffset = (int64_t)offsetof(ExceptionObject, dict);
    Value slots_v = dict_get_cstr(dict, "__slots__");
    bool want_dict = true;
    if (!v_is_null(slots_v) && !is_meta) {
        if (setup_slots(ht, dict, slots_v, &want_dict) < 0) goto fail;
    }
    if (var_sized_base(sb) && !is_meta) {
        /* Data follows the header inline, so no fixed-offset fields:
         * the dict goes after the data (dictoffset < 0, as CPython's
         * tp_dictoffset for str/bytes/tuple subclasses). */
        if (!v_is_null(ht->slots) && tuple_size(ht->slots) > 0) {
            err_format(&Exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                       sb->name);
            goto fail;
        }
        if (want_dict && !t->dictoffset) t->dictoffset = -(int64_t)sizeof(Value);
    }
    if (want_dict && !t->dictoffset && !is_meta) {
        t->dictoffset = (int64_t)t->basicsize;
        t->basicsize += sizeof(Value);
        /* Over object: the inline attribute block follows the slot. */
        if (sb == &ObjectType) t->basicsize += sizeof(InlineAttrs);
    }
    if (sb == &ObjectType && t->dictoffset > 0 && !is_meta) t->flags |= TPFLAG_INLINE_ATTRS;
    if (!v_is_null(ht->slots)) {
        ht->slots_offset = (int64_t)t->basicsize;
        t->basicsize += sizeof(Value) * (size_t)tuple_size(ht->slots);
        if (add_member_descrs(ht) < 0) goto fail;
    }

    if (t->dictoffset && !is_meta && v_is_null(type_lookup(base, str_intern_cstr("__dict__")))) {
        Value d = getset_descr_new(&dict_getset, t);
        if (v_is_null(d)) goto fail;
        int r = dict_set_cstr(dict, "__dict__", d);
        v_decref(d);
        if (r < 0) goto fail;
    }
    t->mro = c3_mro(t, own_bases);
    if (v_is_null(t->mro)) goto fail;
    if (!is_meta) {
        t->dealloc = subtype_dealloc;
        t->construct = heaptype_construct;
        t->traverse = subtype_traverse;
        t->clear = subtype_clear;
        t->flags |= TPFLAG_HAVE_GC;
    }
    for (int64_t i = 1; i < tuple_size(t->mro); i++)
        type_inherit_slots(t, as_type(tuple_items(t->mro)[i]));
    /* The layout gc.c's instance walk assumes (TPFLAG_GC_INLINE_ONLY):
     * exactly what subtype_traverse would visit for it. */
    if (!is_meta && t->traverse == subtype_traverse && sb == &ObjectType && !ObjectType.traverse &&
        (t->flags & TPFLAG_INLINE_ATTRS) && t->dictoffset == (int64_t)ObjectType.basicsize &&
        t->basicsize == ObjectType.basicsize + sizeof(Value) + sizeof(InlineAttrs))
        t->flags |= TPFLAG_GC_INLINE_ONLY;
    if (is_meta) {
        /* Classes made by a metaclass are built by type_new itself, via
         * heaptype_construct -> type.__new__ (see type_dunder_new). */
        t->construct = heaptype_construct;
    }
    t->flags |= TPFLAG_READY;
    t->version = type_next_version();
    for (int64_t i = 0; i < tuple_size(own_bases); i++)
        if (type_add_subclass(as_type(tuple_items(own_bases)[i]), t) < 0) goto fail;

    /* The __class__ cell of zero-argument super(). */
    Value cell = dict_get_cstr(dict, "__classcell__");
    if (!v_is_null(cell)) {
        if (!v_is_cell(cell)) {
            err_format(&Exc_TypeError, "__classcell__ must be a nonlocal cell, not %s",
                       v_type_name(cell));
            goto fail;
        }
        v_setref(&v_as_cell(cell)->ref, v_newref(self));
        if (dict_del(dict, str_intern_cstr("__classcell__")) < 0) goto fail;
    }
    if (typeslots_install && typeslots_install(t) < 0) goto fail;
    if (call_set_names(t) < 0) goto fail;
    if (call_init_subclass(t, kwnames, kwvalues) < 0) goto fail;
    return self;
fail:
    v_decref(self);
    return V_NULL;
}

/* ---- __build_class__ ------------------------------------------------------------------------ */

/* PEP 560: a base that is not a class but has __mro_entries__ is replaced
 * by the tuple that method returns (typing.Generic[T], NamedTuple). Returns
 * bases itself (new reference) when nothing changes, else a new tuple. */
static Value resolve_mro_entries(Value bases) {
    int64_t n = tuple_size(bases);
    bool any = false;
    for (int64_t i = 0; i < n && !any; i++)
        if (!is_type(tuple_items(bases)[i])) any = true;
    if (!any) return v_newref(bases);
    Value out = list_new(0);
    if (v_is_null(out)) return V_NULL;
    bool changed = false;
    for (int64_t i = 0; i < n; i++) {
        Value b = tuple_items(bases)[i], me = V_NULL;
        int r = is_type(b) ? 0 : obj_lookup_attr(b, str_intern_cstr("__mro_entries__"), &me);
        if (r < 0) goto fail;
        if (r == 0) {
            if (list_append(out, b) < 0) goto fail;
            continue;
        }
        Value ent = obj_call(me, &bases, 1, V_NULL);
        v_decref(me);
        if (v_is_null(ent)) goto fail;
        if (!v_is_tuple(ent)) {
            v_decref(ent);
            err_format(&Exc_TypeError, "__mro_entries__ must return a tuple");
            goto fail;
        }
        for (int64_t j = 0; j < tuple_size(ent); j++)
            if (list_append(out, tuple_items(ent)[j]) < 0) { v_decref(ent); goto fail; }
        v_decref(ent);
        changed = true;
    }
    if (!changed) {
        v_decref(out);
        return v_newref(bases);
    }
    Value t = tuple_from_array(list_items(out), list_size(out));
    v_decref(out);
    return t;
fail:
    v_decref(out);
    return V_NULL;
}

Value build_class(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (nargs < 2) return err_format(&Exc_TypeError, "__build_class__: not enough arguments");
    Value func = args[0], name = args[1];
    if (!v_is_function(func))
        return err_format(&Exc_TypeError, "__build_class__: func must be a function");
    if (!v_is_str(name)) return err_format(&Exc_TypeError, "__build_class__: name is not a string");
    Value orig_bases = tuple_from_array(args + 2, (int64_t)nargs - 2);
    if (v_is_null(orig_bases)) return V_NULL;
    Value bases = resolve_mro_entries(orig_bases);
    if (v_is_null(bases)) { v_decref(orig_bases); return V_NULL; }
    /* Only kept (for ns["__orig_bases__"]) when __mro_entries__ changed them. */
    if (bases == orig_bases) { v_decref(orig_bases); orig_bases = V_NULL; }

    /* Keywords: metaclass= is ours, the rest go to the metaclass. */
    Value meta = V_NULL;
    int64_t nkw = v_is_null(kwnames) ? 0 : tuple_size(kwnames);
    Value kw_rest = V_NULL;
    Value kwv[64];
    int64_t nrest = 0;
    if (nkw > 64) {
        v_decref(bases);
        v_decref(orig_bases);
        return err_format(&Exc_TypeError, "too many class keywords");
    }
    Value restnames[64];
    for (int64_t i = 0; i < nkw; i++) {
        Value k = tuple_items(kwnames)[i];
        if (str_eq_cstr(k, "metaclass")) meta = args[nargs + i];
        else {
            restnames[nrest] = k;
            kwv[nrest++] = args[nargs + i];
        }
    }
    if (nrest) {
        kw_rest = tuple_from_array(restnames, nrest);
        if (v_is_null(kw_rest)) { v_decref(bases); v_decref(orig_bases); return V_NULL; }
    }
    bool meta_is_type = false;
    if (v_is_null(meta)) {
        meta = tuple_size(bases) ? v_from_obj(v_type(tuple_items(bases)[0])) : v_from_obj(&TypeType);
        meta_is_type = true;
    } else {
        meta_is_type = is_type(meta);
    }
    if (meta_is_type) {
        /* The most derived metaclass wins (CPython's _PyType_CalculateMetaclass). */
        TypeObject *winner = as_type(meta);
        for (int64_t i = 0; i < tuple_size(bases); i++) {
            TypeObject *bm = v_type(tuple_items(bases)[i]);
            if (type_is_subtype(winner, bm)) continue;
            if (type_is_subtype(bm, winner)) { winner = bm; continue; }
            v_decref(bases);
            v_decref(orig_bases);
            v_decref(kw_rest);
            return err_format(&Exc_TypeError,
                              "metaclass conflict: the metaclass of a derived class must be a "
                              "(non-strict) subclass of the metaclasses of all its bases");
        }
        meta = v_from_obj(winner);
    }
    v_incref(meta);

    /* __prepare__ (type's gives a plain dict). */
    Value ns;
    Value prep = V_NULL;
    int pr = meta == v_from_obj(&TypeType) ? 0
                                           : obj_lookup_attr(meta, str_intern_cstr("__prepare__"), &prep);
    if (pr < 0) { ns = V_NULL; goto out; }
    if (pr == 0) {
        ns = dict_new();
    } else {
        Value pa[2 + 64];
        pa[0] = name;
        pa[1] = bases;
        for (int64_t i = 0; i < nrest; i++) pa[2 + i] = kwv[i];
        ns = obj_call(prep, pa, 2, kw_rest);
        v_decref(prep);
    }
    if (v_is_null(ns)) goto out;
    if (!v_is_null(orig_bases) && obj_setitem(ns, str_intern_cstr("__orig_bases__"), orig_bases) < 0) {
        v_decref(ns);
        ns = V_NULL;
        goto out;
    }
    Value cell = eval_call_function_locals(func, ns);
    if (v_is_null(cell)) {
        v_decref(ns);
        ns = V_NULL;
        goto out;
    }
    Value cls;
    {
        Value ca[3 + 64];
        ca[0] = name;
        ca[1] = bases;
        ca[2] = ns;
        for (int64_t i = 0; i < nrest; i++) ca[3 + i] = kwv[i];
        if (meta == v_from_obj(&TypeType))
            cls = type_new(&TypeType, name, bases, ns, kw_rest, kwv);
        else
            cls = obj_call(meta, ca, 3, kw_rest);
    }
    if (!v_is_null(cls) && v_is_cell(cell) && is_type(cls) && v_as_cell(cell)->ref != cls) {
        if (v_is_null(v_as_cell(cell)->ref))
            v_setref(&v_as_cell(cell)->ref, v_newref(cls));
    }
    v_decref(cell);
    v_decref(ns);
    v_decref(meta);
    v_decref(bases);
    v_decref(orig_bases);
    v_decref(kw_rest);
    return cls;
out:
    v_decref(meta);
    v_decref(bases);
    v_decref(orig_bases);
    v_decref(kw_rest);
    return V_NULL;
}

/* ---- methods of object and type that classes reach ------------------------------------------- */

static Value object_dunder_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (nargs || has_kw(kwnames)) {
        TypeObject *t = v_type(self);
        if (!v_is_null(find_heap_method(t, "__init__")) || !type_is_heap(t))
            return err_format(&Exc_TypeError,
                              "object.__init__() takes exactly one argument (the instance to initialize)");
        if (v_is_null(find_heap_method(t, "__new__")))
            return err_format(&Exc_TypeError,
                              "%s.__init__() takes exactly one argument (the instance to initialize)",
                              t->name);
    }
    return V_NONE;
}

/* object.__new__(cls, ...): a METH_STATIC entry (self is V_NULL). */
static Value object_dunder_new(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (nargs == 0) return err_format(&Exc_TypeError, "object.__new__(): not enough arguments");
    if (!is_type(args[0]))
        return err_format(&Exc_TypeError, "object.__new__(X): X is not a type object (%s)",
                          v_type_name(args[0]));
    TypeObject *cls = as_type(args[0]);
    if (!type_is_heap(cls)) return obj_call(args[0], args + 1, nargs - 1, kwnames);
    if (nargs > 1 || has_kw(kwnames)) {
        if (!v_is_null(find_heap_method(cls, "__new__")) && static_base(cls) == &ObjectType)
            return err_format(&Exc_TypeError,
                              "object.__new__() takes exactly one argument (the type to instantiate)");
        if (v_is_null(find_heap_method(cls, "__init__")) && static_base(cls) == &ObjectType)
            return err_format(&Exc_TypeError, "%s() takes no arguments", cls->name);
    }
    return alloc_instance(cls, args + 1, nargs - 1, kwnames, false);
}

/* int.__new__ / float.__new__ / str.__new__ / bytes.__new__ /
 * tuple.__new__(cls, ...): self is the builtin (bound at classes_init).
 * For a class over it, allocation through the builtin's constructor with
 * the arguments (immutable values get their contents here). */
static Value value_dunder_new(Value self, const Value *args, size_t nargs, Value kwnames) {
    TypeObject *base = as_type(self);
    if (nargs == 0) return err_format(&Exc_TypeError, "%s.__new__(): not enough arguments", base->name);
    if (!is_type(args[0]))
        return err_format(&Exc_TypeError, "%s.__new__(X): X is not a type object (%s)", base->name,
                          v_type_name(args[0]));
    TypeObject *cls = as_type(args[0]);
    if (!type_is_subtype(cls, base))
        return err_format(&Exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", base->name,
                          cls->name, cls->name, base->name);
    if (!type_is_heap(cls)) return obj_call(args[0], args + 1, nargs - 1, kwnames);
    return alloc_instance(cls, args + 1, nargs - 1, kwnames, true);
}

/* object.__subclasshook__: NotImplemented, so abc falls back to the mro. */
static Value object_subclasshook(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args; (void)nargs; (void)kwnames;
    return V_NOTIMPL;
}

static Value object_init_subclass(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (nargs || has_kw(kwnames))
        return err_format(&Exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                          is_type(self) ? as_type(self)->name : "object");
    return V_NONE;
}

static Value type_mro_method(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("mro", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return list_from_array(tuple_items(as_type(self)->mro), tuple_size(as_type(self)->mro));
}

static Value type_subclasses_method(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("__subclasses__", nargs, kwnames, 0, 0) < 0) return V_NULL;
    TypeList *l = as_type(self)->subclasses;
    Value r = list_new(l ? l->n : 0);
    if (v_is_null(r) || !l) return r;
    for (int i = 0; i < l->n; i++)
        if (list_append(r, v_from_obj(l->items[i])) < 0) { v_decref(r); return V_NULL; }
    return r;
}

/* type.__new__(meta, name, bases, dict, **kw): what a metaclass's __new__
 * reaches through super(). */
static Value type_dunder_new(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (nargs != 4 && !(nargs == 2))
        return err_format(&Exc_TypeError, "type.__new__() takes exactly 3 arguments (%d given)",
                          (int)nargs - 1);
    if (!is_type(args[0]))
        return err_format(&Exc_TypeError, "type.__new__(X): X is not a type object (%s)",
                          v_type_name(args[0]));
    if (nargs == 2) return v_newref(v_from_obj(v_type(args[1])));
    return type_new(as_type(args[0]), args[1], args[2], args[3], kwnames, args + nargs);
}

static Value type_dunder_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args; (void)kwnames;
    if (nargs != 1 && nargs != 3)
        return err_format(&Exc_TypeError, "type.__init__() takes 1 or 3 arguments");
    return V_NONE;
}

/* list.__init__ / dict.__init__ / BaseException.__init__: reached by
 * super().__init__(...) from a subclass's __init__. */
static Value list_dunder_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("list", nargs, kwnames, 0, 1) < 0) return V_NULL;
    Value fresh = ListType.construct(&ListType, args, nargs, V_NULL);
    if (v_is_null(fresh)) return V_NULL;
    Value cl = obj_call_method(self, "clear", NULL, 0);
    int r = v_is_null(cl) ? -1 : 0;
    v_decref(cl);
    if (r == 0) {
        Value sl = obj_call_method(self, "extend", &fresh, 1);
        if (v_is_null(sl)) r = -1;
        else v_decref(sl);
    }
    v_decref(fresh);
    return r < 0 ? V_NULL : V_NONE;
}

static Value dict_dunder_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value r = obj_call_method(self, "update", args, nargs);
    if (v_is_null(r)) return V_NULL;
    v_decref(r);
    if (has_kw(kwnames)) {
        for (int64_t i = 0; i < tuple_size(kwnames); i++)
            if (obj_setitem(self, tuple_items(kwnames)[i], args[nargs + (size_t)i]) < 0) return V_NULL;
    }
    return V_NONE;
}

static Value exc_dunder_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (has_kw(kwnames))
        return err_format(&Exc_TypeError, "%s() takes no keyword arguments", v_type_name(self));
    Value t = tuple_from_array(args, (int64_t)nargs);
    if (v_is_null(t)) return V_NULL;
    v_setref(&((ExceptionObject *)v_as_obj(self))->args, t);
    return V_NONE;
}

/* object.__reduce_ex__ / __reduce__ / __getstate__: the pickle protocol's
 * defaults are written in Python, in copyreg (_coil_object_reduce_ex,
 * _coil_object_reduce, _coil_object_getstate: CPython's reduce_newobj,
 * copyreg._reduce_ex and object_getstate); these forward to them. */
static Value call_copyreg(const char *fn, const Value *args, size_t nargs) {
    Value mod = import_module(str_intern_cstr("copyreg"));
    if (v_is_null(mod)) return V_NULL;
    Value f = obj_getattr_cstr(mod, fn);
    v_decref(mod);
    if (v_is_null(f)) return V_NULL;
    Value r = obj_call(f, args, nargs, V_NULL);
    v_decref(f);
    return r;
}

static Value object_reduce_ex(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("__reduce_ex__", nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value a[2] = {self, args[0]};
    return call_copyreg("_coil_object_reduce_ex", a, 2);
}

static Value object_reduce(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("__reduce__", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return call_copyreg("_coil_object_reduce", &self, 1);
}

static Value object_getstate(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("__getstate__", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return call_copyreg("_coil_object_getstate", &self, 1);
}

static Value object_dir(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("__dir__", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return obj_dir_names(self);
}

/* object.__sizeof__: sys.getsizeof's figure less the collector's header
 * that getsizeof adds for tracked objects, as CPython. */
static Value object_sizeof(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_check_positional("__sizeof__", nargs, kwnames, 0, 0) < 0) return V_NULL;
    int64_t header;
    int64_t n = obj_sizeof_estimate(self, &header);
    return int_from_i64(n - header);
}

static const MethodDef object_extra[] = {
    {"__dir__", object_dir, 0, NULL},
    {"__sizeof__", object_sizeof, 0, NULL},
    {"__reduce_ex__", object_reduce_ex, 0, NULL},
    {"__reduce__", object_reduce, 0, NULL},
    {"__getstate__", object_getstate, 0, NULL},
    {"__init__", object_dunder_init, 0, NULL},
    {"__new__", object_dunder_new, METH_STATIC, NULL},
    {"__init_subclass__", object_init_subclass, METH_CLASS, NULL},
    {"__subclasshook__", object_subclasshook, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};
static const MethodDef type_extra[] = {
    {"mro", type_mro_method, 0, NULL},
    {"__subclasses__", type_subclasses_method, 0, NULL},
    {"__new__", type_dunder_new, METH_STATIC, NULL},
    {"__init__", type_dunder_init, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const MethodDef list_extra[] = {{"__init__", list_dunder_init, 0, NULL}, {NULL, NULL, 0, NULL}};
static const MethodDef dict_extra[] = {{"__init__", dict_dunder_init, 0, NULL}, {NULL, NULL, 0, NULL}};
static const MethodDef exc_extra[] = {{"__init__", exc_dunder_init, 0, NULL}, {NULL, NULL, 0, NULL}};

/* Adds methods to a ready builtin type; an existing entry (e.g. a slot
 * wrapper from typeslots.c) is replaced only where replace is set, since
 * these implement CPython's exact argument rules for classes. */
static int add_methods(TypeObject *t, const MethodDef *defs, bool replace) {
    for (const MethodDef *m = defs; m->name; m++) {
        if (!replace && !v_is_null(dict_get_cstr(t->dict, m->name))) continue;
        Value d = (m->flags & METH_STATIC) ? cfunc_new(m->name, m->fn, V_NULL)
                                           : method_descr_new(m, t);
        if (v_is_null(d)) return -1;
        obj_make_immortal(v_as_obj(d));
        if (dict_set_cstr(t->dict, m->name, d) < 0) return -1;
    }
    t->version = type_next_version();
    return 0;
}

int classes_init(Value builtins) {
    if (descr_py_init() < 0) return -1;
    if (add_methods(&ObjectType, object_extra, true) < 0 || add_methods(&TypeType, type_extra, true) < 0 ||
        add_methods(&ListType, list_extra, false) < 0 || add_methods(&DictType, dict_extra, false) < 0 ||
        add_methods(&Exc_BaseException, exc_extra, false) < 0)
        return -1;
    /* The value types' __new__ (enum's data-type detection and explicit
     * int.__new__(cls, x) calls find it in the type's own dict). */
    TypeObject *value_types[] = {&IntType, &FloatType, &StrType, &BytesType, &TupleType};
    for (size_t i = 0; i < sizeof value_types / sizeof value_types[0]; i++) {
        TypeObject *vt = value_types[i];
        if (!v_is_null(dict_get_cstr(vt->dict, "__new__"))) continue;
        Value f = cfunc_new("__new__", value_dunder_new, v_from_obj(vt));
        if (v_is_null(f)) return -1;
        obj_make_immortal(v_as_obj(f));
        if (dict_set_cstr(vt->dict, "__new__", f) < 0) return -1;
        vt->version = type_next_version();
    }
    Value bc = cfunc_new("__build_class__", build_class, V_NULL);
    if (v_is_null(bc)) return -1;
    obj_make_immortal(v_as_obj(bc));
    if (dict_set_cstr(builtins, "__build_class__", bc) < 0) return -1;
    static const struct { const char *name; TypeObject *type; } types[] = {
        {"property", &PropertyType}, {"classmethod", &ClassMethodType},
        {"staticmethod", &StaticMethodType}, {"super", &SuperType},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (dict_set_cstr(builtins, types[i].name, v_from_obj(types[i].type)) < 0) return -1;
    return 0;
}

/* typeslots.h: the bridge between Python-level special methods and the C
 * slots of TypeObject, in both directions.
 *
 * Python -> C: a class defining __add__ gets nb[NB_ADD] set to a generic
 * C function that looks __add__/__radd__ up on the operand types and calls
 * them (typeslots_install). A class that overrides nothing keeps the slots
 * it inherited, so instances of plain subclasses of builtins stay fast.
 *
 * C -> Python: every slot a builtin type defines is visible in its dict as
 * a "slot wrapper" descriptor (int.__add__, list.__len__, object.__eq__),
 * so Python code can call it and super() can reach it
 * (typeslots_add_wrappers, called by type_ready). Bound to an instance it is
 * a "method-wrapper" ((5).__add__).
 *
 * The two meet in typeslots_install: a special method found on the mro
 * that is a slot wrapper is not an override (the inherited C slot is used
 * directly); anything else is (the generic C function calls it).
 */
#ifndef COIL_TYPESLOTS_H
#define COIL_TYPESLOTS_H

#include "object.h"

extern TypeObject SlotWrapperType;    /* wrapper_descriptor */
extern TypeObject MethodWrapperType;  /* method-wrapper */
extern TypeObject SeqIterType;        /* iterator: __getitem__-based iteration */

/* For heap types, once the type (dict, mro, inherited slots, its own C
 * slots such as dealloc) is complete, and again on a type and all its
 * subclasses whenever a special method is set or deleted on it or a base.
 * The first call records the type's C slots as its "native" ones (what it
 * falls back to when no Python override exists), so call it after setting
 * them. On that first call a class whose own dict defines __eq__ but not
 * __hash__ gets __hash__ = None, as CPython's type_new does. Also drops the
 * special-method cache. Returns -1 with an exception on error. */
int typeslots_install(TypeObject *type);

/* True if name (a str) is one of the special method names that feed a C
 * slot: the class machinery calls typeslots_install after setting it. */
bool typeslots_is_slot_name(Value name);

/* Called by type_ready for static types (after the dict is filled and the
 * slots inherited): adds a slot wrapper for each slot the type defines
 * itself (not inherited), __hash__ = None where equality is defined without
 * a hash, and __new__/__init__ where the type constructs. Never replaces an
 * entry of the MethodDef table. Heap types are skipped. */
int typeslots_add_wrappers(TypeObject *type);

/* True when t's attribute lookup is the generic one (object's, no
 * __getattribute__ of its own or a base's, no C-level lookup inherited)
 * plus at most a Python __getattr__, which runs only when that lookup
 * raises AttributeError. A specialised load that gives the generic
 * lookup's successful result, and falls back to the generic instruction
 * wherever that lookup could fail, is then exact for t. Holds while
 * t->version is unchanged (setting a special method bumps it). */
bool typeslots_getattr_is_fallback_only(TypeObject *t);

/* Releases type->slotstate (heap type dealloc). */
void typeslots_clear(TypeObject *type);

/* Looks the special method `name` up on type(self) (not the instance) and
 * calls it with self and args. *found is false (and V_NULL returned, no
 * exception) when type(self) has no such attribute. New reference. For
 * builtins that consult a special method: round(), math.floor(), reversed(). */
Value typeslots_call_special(Value self, const char *name, const Value *args, size_t nargs,
                             bool *found);

/* format(v, spec) when type(v) overrides __format__: *handled is set and
 * the result returned; otherwise *handled is false and obj_format proceeds
 * with the builtin formatting. */
Value typeslots_format(Value v, Value spec, bool *handled);

/* The __del__ call of the instance dealloc path: runs type(self)->finalize
 * (if any) with self resurrected, reporting an exception as CPython's
 * "Exception ignored in: ..." and preserving a pending exception. Returns
 * true if __del__ resurrected the object (its refcount is then > 0 and the
 * caller must not free it). self's refcount must be 0 on entry. */
bool typeslots_run_finalizer(Object *self);

#endif

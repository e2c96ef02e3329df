/* docs.h: CPython's docstrings for builtin functions, types and methods
 * (vm/docs.c). */
#ifndef COIL_DOCS_H
#define COIL_DOCS_H

#include "object.h"

/* The doc of owner.name (name NULL: of owner itself), or NULL. owner is a
 * builtin type's name or "builtins"/a module name. */
const char *doc_lookup(const char *owner, const char *name);
/* The same for __text_signature__ ("($module, obj, /)"). */
const char *doc_sig_lookup(const char *owner, const char *name);
/* The doc (sig: the text signature) of method name of static type t or
 * its nearest static base that has an entry, or NULL. */
const char *doc_for_type_method(TypeObject *t, const char *name, bool sig);
/* A str of doc, or None when doc is NULL. New reference. */
Value doc_value(const char *doc);

#endif

/* import.h: the import system (IMPORT_NAME / IMPORT_FROM / IMPORT_STAR,
 * __import__, sys.modules, module finding and loading).
 *
 * Finders, in order, as CPython's meta path: the builtin C modules of
 * vm/modules/registry.c, then each sys.path entry. An entry is a directory
 * (the main script's directory is sys.path[0], as CPython), or the virtual
 * entry IMPORT_LIB_ENTRY naming the Python library embedded in the binary
 * (lib/, compiled in by scripts/embed_lib.cmake). In a directory, a package
 * (NAME/__init__.py) wins over a module (NAME.py), as CPython's FileFinder.
 */
#ifndef COIL_IMPORT_H
#define COIL_IMPORT_H

#include <stddef.h>
#include "object.h"

/* One file of lib/, path relative to lib/ ("json/__init__.py"). The table
 * is generated at build time (coil_lib_embedded.c). */
typedef struct EmbeddedFile {
    const char *path;
    const unsigned char *data;
    size_t size;
} EmbeddedFile;
extern const EmbeddedFile coil_embedded_lib[];
extern const size_t coil_embedded_lib_count;

/* The embedded library's modules compiled at build time (the coil binary
 * links build/coil_lib_frozen.c, written by scripts/freeze_lib.c with
 * import_freeze_embedded): entry i is coil_embedded_lib[i]'s module code,
 * marshalled, with the size and hash of the source it was compiled from.
 * Importing such a module unmarshals it instead of parsing and compiling
 * the source (about 85% of the cost of an import); an entry whose source
 * does not match, or that fails to load, falls back to the source. Weak:
 * programs linking the VM without a frozen table (the freezer itself, the
 * unit tests) compile from source. */
typedef struct FrozenModule {
    const unsigned char *data;
    size_t size;
    size_t source_size;
    uint64_t source_hash;     /* import_source_hash of the source */
} FrozenModule;
extern const FrozenModule coil_frozen_lib[] __attribute__((weak));
extern const size_t coil_frozen_lib_count __attribute__((weak));

uint64_t import_source_hash(const unsigned char *data, size_t size);

/* Compiles every embedded module and writes the frozen table as C to
 * c_path, with the marshalled code in bin_path (which the C file .incbin's).
 * Returns 0, or -1 with a message on stderr. */
int import_freeze_embedded(const char *c_path, const char *bin_path);

/* The source of an embedded file by its __file__ path (IMPORT_LIB_ENTRY
 * "/name.py"): true with data and len set, or false. For tracebacks. */
bool import_embedded_source(const char *path, const char **data, size_t *len);

/* The sys.path entry of the embedded library; a package inside it has
 * __path__ [IMPORT_LIB_ENTRY "/pkg"] and its files __file__
 * IMPORT_LIB_ENTRY "/pkg/mod.py". */
#define IMPORT_LIB_ENTRY "<coil-lib>"

/* Creates sys.modules and the sys module and registers builtins, __main__
 * and sys in it. Called by runtime_init once the builtins and __main__
 * modules exist. Returns -1 with an exception set on failure. */
int import_init(void);

/* sys.modules (borrowed; the dict the import system uses even if a program
 * rebinds sys.modules, as CPython). */
Value import_modules(void);
/* The sys module (borrowed). */
Value import_sys_module(void);

/* IMPORT_NAME / __import__(name, globals, locals, fromlist, level): name a
 * str, globals the importer's globals (for relative imports; may be V_NULL
 * when level is 0), fromlist V_NONE or a sequence of str. Returns the
 * top-level package for a plain `import a.b`, else the named module. New
 * reference or V_NULL. */
Value import_name(Value name, Value globals, Value fromlist, int level);
/* IMPORT_FROM: attribute name of module, falling back to the submodule
 * sys.modules[module.__name__ + "." + name]; ImportError "cannot import
 * name ..." as CPython. New reference or V_NULL. */
Value import_from(Value module, Value name);
/* IMPORT_STAR: binds module's public names (its __all__, else every name
 * not starting with '_') in locals. Returns -1 with an exception set. */
int import_star(Value module, Value locals);
/* importlib.import_module(name): the module itself (not the top-level
 * package). New reference or V_NULL. */
Value import_module(Value name);

/* Sets sys.path[0] to the directory of the main script (path absolute). */
int import_set_script_path(const char *script_path);

/* For `coil -m NAME`: finds module NAME (importing its parent packages; for
 * a package, NAME.__main__), and prepares __main__'s globals as runpy does
 * (__file__, __package__, __spec__). On success returns 0 with *src (malloc'd,
 * caller frees), *len and *filename (malloc'd) set. Returns -1 with an
 * exception set (ModuleNotFoundError "No module named 'x'" ...). */
int import_find_main_module(const char *name, char **src, size_t *len, char **filename);

/* builtins.__import__ (a CFunc). */
Value import_builtin___import__(Value self, const Value *args, size_t nargs, Value kwnames);
/* The importlib module (registry init function). */
Value importlib_module_init(void);

#endif

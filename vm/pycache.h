/* pycache.h: the compiled-module cache, as CPython's __pycache__.
 *
 * A module imported from SOURCE.py is compiled once and its code object
 * saved as DIR/__pycache__/SOURCE.<tag>.pyc (tag: sys.implementation.cache_tag,
 * "coil-010" for coil 0.1.0). The file is
 *
 *   offset  size
 *    0      4    "coil"
 *    4      4    magic: a hash of MARSHAL_FORMAT_VERSION, PYCACHE_BYTECODE_VERSION
 *                and the text of OPCODE_LIST, so any change to the instruction
 *                set invalidates every cache file without anyone remembering to
 *    8      8    source st_mtime in nanoseconds
 *   16      8    source size in bytes
 *   24      8    payload length
 *   32      8    payload checksum (FNV-1a style, over 8-byte words)
 *   40      ...  payload: marshal_dumps(module code object)
 *
 * all integers little-endian. A cache file is used only when every header
 * field matches and the payload unmarshals and verifies; anything else
 * (stale, truncated, corrupt, foreign) means "compile the source", and the
 * fresh code is written back. Writes go to a temporary name that is renamed
 * over the cache file, so a reader never sees half a file; a failure to
 * write (read-only directory, full disk) is silently ignored, as CPython.
 *
 * Modules of the embedded library (lib/) are cached in memory only: the
 * code object is kept for a re-import (importlib.reload, a deleted
 * sys.modules entry) in the same process.
 */
#ifndef COIL_PYCACHE_H
#define COIL_PYCACHE_H

#include <stdbool.h>
#include <stdint.h>
#include "object.h"

/* Bump when the meaning of the bytecode changes without the text of
 * OPCODE_LIST changing (an opcode's semantics, the compiler's output). */
#define PYCACHE_BYTECODE_VERSION 1

/* The source file's identity when it was read; valid is false when it
 * could not be stat'ed (then nothing is cached). */
typedef struct PycacheStamp {
    bool valid;
    int64_t mtime_ns;
    int64_t size;
} PycacheStamp;

/* sys.implementation.cache_tag: "coil-" and the digits of COIL_VERSION. */
const char *pycache_tag(void);

/* The magic number of this build's cache files. */
uint32_t pycache_magic(void);

/* The cache file path for source_path ("d/m.py" -> "d/__pycache__/m.coil-010.pyc")
 * as a str, or V_NONE when source_path does not end in ".py". New reference;
 * V_NULL on MemoryError. */
Value pycache_cached_path(const char *source_path);

/* Stats source_path into *stamp, then returns the cached code object for it
 * when a valid cache file exists (new reference), else V_NULL. Never leaves
 * an exception set. co_filename of the result is filename. */
Value pycache_read(const char *source_path, Value filename, PycacheStamp *stamp);

/* Saves code (compiled from source_path as it was at *stamp) unless
 * sys.dont_write_bytecode is true. Never fails, never sets an exception. */
void pycache_write(const char *source_path, const PycacheStamp *stamp, Value code);

/* In-memory cache of the embedded library's code objects, keyed by the
 * index of the file in coil_embedded_lib. get: borrowed or V_NULL. */
Value pycache_embedded_get(size_t index);
void pycache_embedded_put(size_t index, Value code);

#endif

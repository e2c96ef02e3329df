/* marshal.h: coil's serialisation of code objects and their constants, the
 * payload of the __pycache__/NAME.coil-XYZ.pyc files (vm/pycache.c).
 *
 * The format is coil's own (CPython's marshal format describes CPython's
 * code objects, not coil's): one tag byte per value, LEB128 varints for
 * counts and lengths, zigzag varints for signed numbers. Supported values:
 * None, True, False, Ellipsis, int (small and big), float, str, bytes,
 * tuple, frozenset and code objects with every CodeObject field (bytecode,
 * positions, exception table, ...). Interned strings stay interned, and each
 * is written once and referenced by index afterwards.
 *
 * Reading never trusts the input: every tag, length, count and index is
 * checked against the bytes left and against the code object it belongs to
 * (opargs index existing constants/names/locals, jumps and exception-table
 * entries stay inside the code), and any violation is a ValueError
 * "bad marshal data (...)", never a crash. Accidental corruption that still
 * parses is the header checksum's job (pycache.c).
 */
#ifndef COIL_MARSHAL_H
#define COIL_MARSHAL_H

#include <stddef.h>
#include <stdint.h>
#include "object.h"

/* Bumped by hand whenever the serialised layout changes; pycache.c mixes it
 * (and the opcode table) into the pyc magic number. */
#define MARSHAL_FORMAT_VERSION 2

/* Serialises v (a code object or any supported constant). Returns a
 * malloc'd buffer (caller frees) with *len set, or NULL with an exception
 * set (ValueError "unmarshallable object" for an unsupported type,
 * MemoryError). Specialised instructions are written in their generic form
 * with zeroed inline caches, so a code object that has already run
 * serialises like a freshly compiled one. */
uint8_t *marshal_dumps(Value v, size_t *len);

/* Deserialises exactly len bytes (trailing bytes are an error). filename:
 * V_NULL keeps each code object's stored co_filename; a str replaces it in
 * every code object (as CPython fixes co_filename when a pyc is loaded from
 * a moved tree). New reference, or V_NULL with an exception set. */
Value marshal_loads(const uint8_t *data, size_t len, Value filename);

/* The marshal module's loads: the value at the start of data (bytes after
 * it are left alone; *used says how many were read). */
Value marshal_loads_prefix(const uint8_t *data, size_t len, size_t *used);

#endif

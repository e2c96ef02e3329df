/* siphash.h: SipHash-1-3 with a per-process key, the hash of str and bytes.
 *
 * The key is drawn from the OS at first use. PYTHONHASHSEED=0 selects the
 * all-zero key and PYTHONHASHSEED=N (decimal, 1..4294967295) a key derived
 * from N, so runs can be made reproducible as with CPython (the values
 * themselves differ from CPython's: it hashes its internal Latin-1/UCS-2/
 * UCS-4 form, coil hashes UTF-8).
 */
#ifndef COIL_SIPHASH_H
#define COIL_SIPHASH_H

#include <stddef.h>
#include <stdint.h>

/* The raw 64-bit SipHash-1-3 of data under the process key. */
uint64_t siphash13(const void *data, size_t len);

/* Python's hash of a byte string: 0 for the empty string, never -1. */
int64_t hash_bytes(const void *data, size_t len);

#endif

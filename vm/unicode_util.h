/* unicode_util.h: Unicode character properties and case mapping as CPython
 * 3.11 defines them (utf8proc underneath, corrected by small tables where
 * Python's definitions differ from plain general categories), plus the
 * internals shared by str.c, str_methods.c and bytes.c.
 */
#ifndef COIL_UNICODE_UTIL_H
#define COIL_UNICODE_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "object.h"
#include "str.h"

/* ---- character properties (str.isX for one code point) ------------------- */
bool uni_isspace(uint32_t cp);
/* For int() and float() of a str: if s has non-ASCII bytes, returns a
 * malloc'd copy (length in *outlen) with Unicode decimal digits folded to
 * ASCII digits and Unicode whitespace to ' ', other characters kept;
 * returns NULL when s is pure ASCII (or out of memory: callers then parse
 * the original, which fails cleanly). */
char *uni_fold_digits_spaces(const char *s, size_t len, size_t *outlen);
bool uni_isprintable(uint32_t cp);
bool uni_isalpha(uint32_t cp);
bool uni_isdecimal(uint32_t cp);
bool uni_isdigit(uint32_t cp);
bool uni_isnumeric(uint32_t cp);
bool uni_islower(uint32_t cp);
bool uni_isupper(uint32_t cp);
bool uni_istitle(uint32_t cp);
bool uni_iscased(uint32_t cp);
bool uni_iscaseignorable(uint32_t cp);
bool uni_isidstart(uint32_t cp);
bool uni_isidcontinue(uint32_t cp);
bool uni_islinebreak(uint32_t cp);

/* Full case mappings (SpecialCasing included): write 1..3 code points to
 * out and return how many. Final sigma is the caller's business. */
int uni_toupper_full(uint32_t cp, uint32_t out[3]);
int uni_tolower_full(uint32_t cp, uint32_t out[3]);
int uni_totitle_full(uint32_t cp, uint32_t out[3]);
int uni_casefold_full(uint32_t cp, uint32_t out[3]);

/* ASCII whitespace as str.split() sees it: \t \n \v \f \r, 0x1c-0x1f, space. */
extern const uint8_t uni_ascii_space[256];

/* ---- str internals ----------------------------------------------------------
 * Not part of the str.h contract; shared by the files of the str subsystem. */

/* str or a subclass of str (instances share StrObject's layout). */
static inline bool v_is_strlike(Value v) {
    return v_is_ptr(v) && (v_as_obj(v)->type->flags & TPFLAG_STR_SUBCLASS);
}
/* A str with known length and ASCII flag; returns the shared singleton for
 * '' and one-character Latin-1 strings. New reference. */
Value str_new_known(const char *utf8, size_t nbytes, int64_t length, bool is_ascii);
/* An unfilled exact str of known length/ASCII-ness (never a singleton);
 * fill data[0..nbytes) before it escapes. New reference. */
Value str_alloc_known(size_t nbytes, int64_t length, bool is_ascii);
/* New reference to ''. */
Value str_empty(void);
/* Byte offset of code point index i, 0 <= i <= length. */
int64_t str_byte_offset(Value s, int64_t i);
/* Exact str with the same content (self if exact). New reference. */
Value str_exact(Value s);
/* Length in code points / ASCII-ness of a UTF-8 buffer. */
int64_t utf8_count(const char *s, size_t n);
bool utf8_all_ascii(const char *s, size_t n);
/* How many bytes of w have bit 7 set, given that w has no other bits set
 * (no popcnt instruction in the baseline x86-64: a multiply sums the
 * bytes into the top one). */
static inline int count_high_bytes(uint64_t w) {
    return (int)(((w >> 7) * 0x0101010101010101ull) >> 56);
}
/* Length of the UTF-8 sequence starting with lead byte b (1 for stray bytes). */
static inline int utf8_seq_len(uint8_t b) {
    return b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}
/* Decodes bytes as UTF-8 / ASCII / Latin-1 under an error handler
 * ("strict", "ignore", "replace", "backslashreplace", "surrogateescape");
 * encoding is a normalised name or any alias. New str or V_NULL with
 * UnicodeDecodeError/LookupError. */
Value codec_decode(const char *data, size_t n, const char *encoding, const char *errors);
/* str -> bytes. New reference or V_NULL (UnicodeEncodeError/LookupError). */
Value codec_encode(Value s, const char *encoding, const char *errors);

/* Successive non-overlapping occurrences of needle[0, m) in hay[0, n),
 * left to right (str.c): finder_init, then finder_next until it returns
 * -1 (each result is a byte offset; the next search starts after it). */
typedef struct {
    const char *hay, *needle;
    size_t n, m;
    size_t pos;        /* next block to scan */
    size_t base;       /* offset of mask bit 0 */
    size_t next;       /* earliest start allowed (after the last match) */
    uint32_t mask;     /* candidates of the current block not yet tried */
    int32_t false_hits;
    int mode;          /* memchr, blocks or memmem (str.c) */
} Finder;
void finder_init(Finder *f, const char *hay, size_t n, const char *needle, size_t m);
int64_t finder_next(Finder *f);
/* The next (at most) cap occurrences into out; returns how many (fewer
 * than cap: no more). */
size_t finder_fill(Finder *f, int64_t *out, size_t cap);
/* Offsets of up to max non-overlapping occurrences (m >= 1) in a new
 * array *out (mem_free it; NULL when there are none); returns their number,
 * or -1 with MemoryError. */
int64_t str_find_all(const char *hay, size_t n, const char *needle, size_t m, int64_t max, int64_t **out);
/* Number of non-overlapping occurrences (m >= 1), counting stops at max. */
int64_t str_count_bytes(const char *hay, size_t n, const char *needle, size_t m, int64_t max);

/* Method table of str (str_methods.c). */
extern const MethodDef str_method_table[];

/* Shared between str and bytes methods: CPython's ADJUST_INDICES on a
 * sequence of length len. */
static inline void adjust_indices(int64_t *start, int64_t *end, int64_t len) {
    if (*end > len) *end = len;
    else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
    if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}
/* Parses an optional start/end argument of find/count/...: V_NULL or None
 * leave *out unchanged; ints (or __index__) are clamped to int64. */
int parse_slice_index(Value v, int64_t *out);

/* The count n of seq * n for str and bytes (ints, bools, __index__):
 * 1 ok, 0 NotImplemented (a class's __rmul__ may apply), -1 error
 * ("can't multiply sequence by non-int of type 'float'"). */
int seq_repeat_count(Value n, int64_t *out);

#endif

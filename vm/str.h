/* str.h: Python str, and bytes.
 *
 * A str is immutable UTF-8 with its length in code points, an ASCII flag
 * (ASCII strings index in O(1); others walk or use a cached index), a
 * cached hash (SipHash-1-3 keyed per process, as CPython; -1 = not yet
 * computed) and interning for identifiers (interned strings are immortal
 * and unique, so names compare by pointer).
 *
 * data is NUL-terminated for C convenience but may contain NUL bytes;
 * nbytes is authoritative.
 */
#ifndef COIL_STR_H
#define COIL_STR_H

#include "object.h"

typedef struct StrObject {
    Object ob;
    int64_t length;          /* code points */
    int64_t nbytes;          /* UTF-8 bytes, excluding the trailing NUL */
    int64_t hash;            /* -1 until computed */
    uint8_t is_ascii;
    uint8_t interned;
    char data[];             /* nbytes + 1 */
} StrObject;

static inline bool v_is_str(Value v) { return v_is_ptr(v) && v_as_obj(v)->type == &StrType; }
static inline StrObject *v_as_str(Value v) { return (StrObject *)v_as_obj(v); }
static inline const char *str_data(Value v) { return v_as_str(v)->data; }
static inline int64_t str_nbytes(Value v) { return v_as_str(v)->nbytes; }
static inline int64_t str_len(Value v) { return v_as_str(v)->length; }

/* Constructors, new references. Input must be valid UTF-8 (the frontend
 * and str methods guarantee it); str_new_checked validates and raises
 * UnicodeDecodeError otherwise. */
Value str_new(const char *utf8, size_t nbytes);
Value str_new_checked(const char *utf8, size_t nbytes);
Value str_from_cstr(const char *s);
Value str_from_codepoint(uint32_t cp);
Value str_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* An empty string of nbytes bytes to fill in before anyone sees it; call
 * str_finish to compute length and the ASCII flag. */
Value str_alloc(size_t nbytes);
Value str_finish(Value s);

/* Interned, immortal, unique per content. Returns a borrowed reference
 * that lives forever (callers may still incref/decref freely). */
Value str_intern(const char *utf8, size_t nbytes);
Value str_intern_cstr(const char *s);
/* Interns s: returns the canonical string (steals s, returns a new ref). */
Value str_intern_value(Value s);

int64_t str_hash(Value s);
bool str_eq(Value a, Value b);               /* both str */
int str_compare(Value a, Value b);           /* -1 0 1, by code point */
bool str_eq_cstr(Value s, const char *c);

Value str_concat(Value a, Value b);          /* new reference */
/* a + b, stealing a: when the caller held the only reference to a, a is
 * grown in place (amortised linear string building); else a new string. */
Value str_concat_steal(Value a, Value b);
Value str_repeat(Value s, int64_t n);
Value str_repr(Value s);                      /* 'quoted', with CPython's quote choice and escapes */
Value str_getitem_index(Value s, int64_t i);  /* i already normalised, in range */
Value str_slice(Value s, int64_t start, int64_t stop, int64_t step);
int str_contains(Value s, Value sub);
/* The first occurrence of the m bytes at needle in the n bytes at hay, or
 * NULL (memmem, faster for the short needles str methods search for:
 * memchr for the first byte, then a compare; memmem once the first byte
 * keeps matching elsewhere). */
const char *str_find_bytes(const char *hay, size_t n, const char *needle, size_t m);
/* Code point at index i (normalised, in range). */
uint32_t str_char_at(Value s, int64_t i);

/* UTF-8 helpers shared with the frontend-facing code. */
int utf8_encode(uint32_t cp, char *out);      /* returns bytes written (1-4) */
uint32_t utf8_decode(const char *s, int *len);/* decodes one code point */

/* ---- string builder --------------------------------------------------------
 * Growable UTF-8 buffer, for repr of containers, join, formatting. */
/* Bytes a str subclass instance's data (and index table) occupy from its
 * start, as its allocation reserved them; its dict slot, if the type has
 * one, follows rounded up to a Value boundary (instance_var_dictptr). */
size_t str_object_size(const StrObject *s);

typedef struct StrBuilder {
    char *buf;
    size_t len, cap;
    bool failed;             /* out of memory happened; finish returns V_NULL */
} StrBuilder;
void sb_init(StrBuilder *sb);
void sb_append(StrBuilder *sb, const char *s, size_t n);
void sb_append_cstr(StrBuilder *sb, const char *s);
void sb_append_char(StrBuilder *sb, char c);
void sb_append_str(StrBuilder *sb, Value s);   /* a str Value */
void sb_printf(StrBuilder *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
Value sb_finish(StrBuilder *sb);               /* new str, frees the buffer */
void sb_discard(StrBuilder *sb);

/* ---- bytes ------------------------------------------------------------------ */
typedef struct BytesObject {
    Object ob;
    int64_t size;
    int64_t hash;            /* -1 until computed */
    uint8_t data[];          /* size + 1, NUL-terminated */
} BytesObject;

static inline bool v_is_bytes(Value v) { return v_is_ptr(v) && v_as_obj(v)->type == &BytesType; }
/* bytes or an instance of a bytes subclass (same BytesObject layout). */
static inline bool v_is_byteslike(Value v) {
    return v_is_ptr(v) && (v_as_obj(v)->type->flags & TPFLAG_BYTES_SUBCLASS);
}
Value bytes_new(const void *data, size_t size);    /* new reference */
Value bytes_repr(Value b);

#endif

/* str_methods.c: the methods of str, with CPython 3.11's semantics and
 * error messages. ASCII strings take byte-level fast paths; other strings
 * are searched as UTF-8 bytes (UTF-8 is self-synchronising, so a byte match
 * of a valid needle is a code point match) and converted back to code
 * point indices only where a result needs one.
 */
#define _GNU_SOURCE   /* memmem, memrchr */
#include "str.h"
#include "format.h"

#include "abstract.h"
#include "args.h"
#include "dict.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "tuple.h"
#include "unicode_util.h"

#define METHOD(name) static Value str_##name(Value self, const Value *args, size_t nargs, Value kwnames)

/* ---- shared helpers -------------------------------------------------------------- */

int parse_slice_index(Value v, int64_t *out) {
    if (v == V_NULL || v == V_NONE) return 0;
    Value i;
    if (v_is_int_or_bool(v)) {
        i = v_newref(v);
    } else if (v_type(v)->nb_index && !v_is_float(v)) {
        i = obj_index(v);
        if (i == V_NULL) return -1;
    } else {
        err_format(&Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    if (int_as_i64(i, out) < 0) {
        /* Out-of-range bounds clamp, as CPython's _PyEval_SliceIndex does. */
        if (!err_matches(&Exc_OverflowError)) {
            v_decref(i);
            return -1;
        }
        err_clear();
        *out = int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    v_decref(i);
    return 0;
}

/* A substring of s by byte range, with length/ASCII-ness derived cheaply. */
static Value sub_bytes(Value s, int64_t b0, int64_t b1) {
    StrObject *o = v_as_str(s);
    if (b0 == 0 && b1 == o->nbytes) return str_exact(s);
    int64_t nb = b1 - b0, len;
    if (o->is_ascii) return str_new_known(o->data + b0, (size_t)nb, nb, true);
    /* count the code points of the shorter side: what is kept, or what is cut */
    if (nb > o->nbytes / 2)
        len = o->length - utf8_count(o->data, (size_t)b0) - utf8_count(o->data + b1, (size_t)(o->nbytes - b1));
    else
        len = utf8_count(o->data + b0, (size_t)nb);
    return str_new_known(o->data + b0, (size_t)nb, len, len == nb);
}

/* Byte position to code point index within s (b within [0, nbytes]). */
static int64_t cp_index(Value s, int64_t from_cp, int64_t from_b, int64_t b) {
    if (v_as_str(s)->is_ascii) return b;
    return from_cp + utf8_count(str_data(s) + from_b, (size_t)(b - from_b));
}

/* Decodes the code point ending just before byte *pos; moves *pos to its start. */
static uint32_t decode_before(const char *d, int64_t *pos) {
    int64_t p = *pos - 1;
    while (p > 0 && ((uint8_t)d[p] & 0xC0) == 0x80) p--;
    *pos = p;
    int len;
    return utf8_decode(d + p, &len);
}

/* Last occurrence of needle in hay, or NULL. */
static const char *rev_memmem(const char *hay, size_t n, const char *needle, size_t m) {
    if (m > n) return NULL;
    if (m == 0) return hay + n;
    const char *p = hay + (n - m);
    for (;;) {
        const char *q = memrchr(hay, needle[0], (size_t)(p - hay) + 1);
        if (!q) return NULL;
        if (memcmp(q, needle, m) == 0) return q;
        if (q == hay) return NULL;
        p = q - 1;
    }
}

static int parse_count(Value v, int64_t *out) {
    if (v == V_NULL) return 0;
    return obj_as_index_i64(v, out);
}

static int no_args(const char *name, size_t nargs, Value kwnames) {
    return args_check_positional(name, nargs, kwnames, 0, 0);
}

/* ---- find family ------------------------------------------------------------------ */

enum { FIND, RFIND, INDEX, RINDEX, COUNT };

/* find/rfind/index/rindex/count(sub[, start[, end]]). */
static Value find_common(Value self, const Value *args, size_t nargs, Value kwnames,
                         const char *name, int kind) {
    if (args_check_old_style(name, nargs, kwnames, 1, 3) < 0) return V_NULL;
    Value a[3] = {args[0], nargs > 1 ? args[1] : V_NULL, nargs > 2 ? args[2] : V_NULL};
    if (!v_is_strlike(a[0])) return err_format(&Exc_TypeError, "must be str, not %s", v_type_name(a[0]));
    int64_t len = str_len(self), cs = 0, ce = INT64_MAX / 2;
    if (parse_slice_index(a[1], &cs) < 0 || parse_slice_index(a[2], &ce) < 0) return V_NULL;
    adjust_indices(&cs, &ce, len);
    int64_t result = -1;
    Value sub = a[0];
    if (kind == COUNT) {
        if (cs > ce) return v_from_smallint(0);
        if (str_len(sub) == 0) return int_from_i64(ce - cs + 1);
        int64_t b0 = str_byte_offset(self, cs), b1 = str_byte_offset(self, ce);
        return int_from_i64(str_count_bytes(str_data(self) + b0, (size_t)(b1 - b0), str_data(sub),
                                            (size_t)str_nbytes(sub), INT64_MAX));
    }
    if (cs <= ce && str_len(sub) <= ce - cs) {
        if (str_len(sub) == 0) {
            result = (kind == FIND || kind == INDEX) ? cs : ce;
        } else {
            int64_t b0 = str_byte_offset(self, cs), b1 = str_byte_offset(self, ce);
            const char *d = str_data(self), *q;
            if (kind == FIND || kind == INDEX)
                q = str_find_bytes(d + b0, (size_t)(b1 - b0), str_data(sub), (size_t)str_nbytes(sub));
            else
                q = rev_memmem(d + b0, (size_t)(b1 - b0), str_data(sub), (size_t)str_nbytes(sub));
            if (q) result = cp_index(self, cs, b0, q - d);
        }
    }
    if (result < 0 && (kind == INDEX || kind == RINDEX))
        return err_format(&Exc_ValueError, "substring not found");
    return int_from_i64(result);
}

METHOD(find) { return find_common(self, args, nargs, kwnames, "find", FIND); }
METHOD(rfind) { return find_common(self, args, nargs, kwnames, "rfind", RFIND); }
METHOD(index) { return find_common(self, args, nargs, kwnames, "index", INDEX); }
METHOD(rindex) { return find_common(self, args, nargs, kwnames, "rindex", RINDEX); }
METHOD(count) { return find_common(self, args, nargs, kwnames, "count", COUNT); }

/* Does sub occur in self at code point start (or end at end)? CPython's tailmatch. */
static bool tailmatch(Value self, Value sub, int64_t start, int64_t end, bool at_end) {
    int64_t len = str_len(self), sublen = str_len(sub);
    adjust_indices(&start, &end, len);
    end -= sublen;
    if (end < start) return false;
    if (sublen == 0) return true;
    int64_t nb = str_nbytes(sub), b;
    if (at_end) {
        b = str_byte_offset(self, end + sublen) - nb;
        if (b < 0) return false;
    } else {
        b = str_byte_offset(self, start);
        if (b + nb > str_nbytes(self)) return false;
    }
    return memcmp(str_data(self) + b, str_data(sub), (size_t)nb) == 0;
}

static Value startsendswith(Value self, const Value *args, size_t nargs, Value kwnames,
                            const char *name, bool at_end) {
    if (args_check_old_style(name, nargs, kwnames, 1, 3) < 0) return V_NULL;
    Value a[3] = {args[0], nargs > 1 ? args[1] : V_NULL, nargs > 2 ? args[2] : V_NULL};
    int64_t start = 0, end = INT64_MAX / 2;
    if (parse_slice_index(a[1], &start) < 0 || parse_slice_index(a[2], &end) < 0) return V_NULL;
    if (v_is_tuple(a[0])) {
        for (int64_t i = 0; i < tuple_size(a[0]); i++) {
            Value sub = tuple_items(a[0])[i];
            if (!v_is_strlike(sub))
                return err_format(&Exc_TypeError, "tuple for %s must only contain str, not %s",
                                  name, v_type_name(sub));
            if (tailmatch(self, sub, start, end, at_end)) return V_TRUE;
        }
        return V_FALSE;
    }
    if (!v_is_strlike(a[0]))
        return err_format(&Exc_TypeError, "%s first arg must be str or a tuple of str, not %s",
                          name, v_type_name(a[0]));
    return v_from_bool(tailmatch(self, a[0], start, end, at_end));
}

METHOD(startswith) { return startsendswith(self, args, nargs, kwnames, "startswith", false); }
METHOD(endswith) { return startsendswith(self, args, nargs, kwnames, "endswith", true); }

/* ---- split family ---------------------------------------------------------------------- */

static int append_sub(Value list, Value s, int64_t b0, int64_t b1) {
    Value sub = sub_bytes(s, b0, b1);
    if (sub == V_NULL) return -1;
    return list_append_steal(list, sub);
}

/* Whitespace test at byte i; *len receives the code point's byte length. */
static inline bool space_at(const char *d, int64_t i, int *len) {
    uint8_t c = (uint8_t)d[i];
    if (c < 0x80) {
        *len = 1;
        return uni_ascii_space[c];
    }
    return uni_isspace(utf8_decode(d + i, len));
}

/* split() of an ASCII str without maxsplit: count the words, then fill
 * a list of exactly that size (no regrowth). */
static Value split_whitespace_ascii(Value self) {
    const unsigned char *d = (const unsigned char *)str_data(self);
    int64_t n = str_nbytes(self), words = 0;
    for (int64_t i = 0; i < n; i++)
        words += !uni_ascii_space[d[i]] && (i == 0 || uni_ascii_space[d[i - 1]]);
    Value list = list_new(words);
    if (list == V_NULL) return V_NULL;
    ListObject *l = v_as_list(list);
    int64_t i = 0;
    for (int64_t k = 0; k < words; k++) {
        while (uni_ascii_space[d[i]]) i++;
        int64_t j = i + 1;
        while (j < n && !uni_ascii_space[d[j]]) j++;
        Value w = (i == 0 && j == n) ? str_exact(self)
                                     : str_new_known((const char *)d + i, (size_t)(j - i), j - i, true);
        if (w == V_NULL) { v_decref(list); return V_NULL; }
        l->items[k] = w;
        l->size = k + 1;
        i = j;
    }
    return list;
}

static Value split_whitespace(Value self, int64_t maxsplit) {
    if (maxsplit < 0 && v_as_str(self)->is_ascii) return split_whitespace_ascii(self);
    Value list = list_new(0);
    if (list == V_NULL) return V_NULL;
    const char *d = str_data(self);
    int64_t n = str_nbytes(self), i = 0;
    int len;
    while (i < n) {
        while (i < n && space_at(d, i, &len)) i += len;
        if (i >= n) break;
        if (maxsplit-- == 0) {
            /* The rest, leading whitespace skipped, trailing kept. */
            if (append_sub(list, self, i, n) < 0) goto fail;
            break;
        }
        int64_t j = i;
        while (j < n && !space_at(d, j, &len)) j += len;
        if (append_sub(list, self, i, j) < 0) goto fail;
        i = j;
    }
    return list;
fail:
    v_decref(list);
    return V_NULL;
}

static Value rsplit_whitespace(Value self, int64_t maxsplit) {
    Value list = list_new(0);
    if (list == V_NULL) return V_NULL;
    const char *d = str_data(self);
    int64_t j = str_nbytes(self);
    while (j > 0) {
        int64_t p = j;
        while (p > 0 && uni_isspace(decode_before(d, &p))) j = p;
        if (j <= 0) break;
        if (maxsplit-- == 0) {
            if (append_sub(list, self, 0, j) < 0) goto fail;
            break;
        }
        int64_t i = j;
        p = i;
        while (p > 0 && !uni_isspace(decode_before(d, &p))) i = p;
        if (append_sub(list, self, i, j) < 0) goto fail;
        j = i;
    }
    list_reverse(list);
    return list;
fail:
    v_decref(list);
    return V_NULL;
}

static Value split_sep(Value self, Value sep, int64_t maxsplit, bool reverse) {
    Value list = list_new(0);
    if (list == V_NULL) return V_NULL;
    const char *d = str_data(self), *s = str_data(sep);
    int64_t n = str_nbytes(self);
    size_t m = (size_t)str_nbytes(sep);
    if (!reverse) {
        int64_t i = 0;
        while (maxsplit-- != 0) {
            const char *q = str_find_bytes(d + i, (size_t)(n - i), s, m);
            if (!q) break;
            if (append_sub(list, self, i, q - d) < 0) goto fail;
            i = (q - d) + (int64_t)m;
        }
        if (append_sub(list, self, i, n) < 0) goto fail;
    } else {
        int64_t j = n;
        while (maxsplit-- != 0) {
            const char *q = rev_memmem(d, (size_t)j, s, m);
            if (!q) break;
            if (append_sub(list, self, (q - d) + (int64_t)m, j) < 0) goto fail;
            j = q - d;
        }
        if (append_sub(list, self, 0, j) < 0) goto fail;
        list_reverse(list);
    }
    return list;
fail:
    v_decref(list);
    return V_NULL;
}

static Value split_common(Value self, const Value *args, size_t nargs, Value kwnames,
                          const char *name, bool reverse) {
    static const char *const names[] = {"sep", "maxsplit"};
    Value a[2];
    if (args_parse(name, args, nargs, kwnames, names, 2, 2, 0, a) < 0) return V_NULL;
    int64_t maxsplit = -1;
    if (parse_count(a[1], &maxsplit) < 0) return V_NULL;
    if (maxsplit < 0) maxsplit = -1;
    if (a[0] == V_NULL || a[0] == V_NONE)
        return reverse ? rsplit_whitespace(self, maxsplit) : split_whitespace(self, maxsplit);
    if (!v_is_strlike(a[0])) return err_format(&Exc_TypeError, "must be str or None, not %s", v_type_name(a[0]));
    if (str_nbytes(a[0]) == 0) return err_format(&Exc_ValueError, "empty separator");
    return split_sep(self, a[0], maxsplit, reverse);
}

METHOD(split) { return split_common(self, args, nargs, kwnames, "split", false); }
METHOD(rsplit) { return split_common(self, args, nargs, kwnames, "rsplit", true); }

METHOD(splitlines) {
    static const char *const names[] = {"keepends"};
    Value a[1];
    if (args_parse("splitlines", args, nargs, kwnames, names, 1, 1, 0, a) < 0) return V_NULL;
    int64_t keepends = 0;
    if (parse_count(a[0], &keepends) < 0) return V_NULL;
    Value list = list_new(0);
    if (list == V_NULL) return V_NULL;
    const char *d = str_data(self);
    int64_t n = str_nbytes(self), i = 0;
    while (i < n) {
        int64_t start = i, eol = -1;
        int len = 1;
        while (i < n) {
            uint8_t c = (uint8_t)d[i];
            uint32_t cp = c < 0x80 ? c : utf8_decode(d + i, &len);
            if (c < 0x80) len = 1;
            if (uni_islinebreak(cp)) {
                eol = i;
                i += len;
                if (cp == '\r' && i < n && d[i] == '\n') i++;
                break;
            }
            i += len;
        }
        if (eol < 0) eol = i;
        if (append_sub(list, self, start, keepends ? i : eol) < 0) {
            v_decref(list);
            return V_NULL;
        }
    }
    return list;
}

static Value partition_common(Value self, Value sep, bool reverse) {
    if (!v_is_strlike(sep)) return err_format(&Exc_TypeError, "must be str, not %s", v_type_name(sep));
    if (str_nbytes(sep) == 0) return err_format(&Exc_ValueError, "empty separator");
    const char *d = str_data(self);
    int64_t n = str_nbytes(self), m = str_nbytes(sep);
    const char *q = reverse ? rev_memmem(d, (size_t)n, str_data(sep), (size_t)m)
                            : str_find_bytes(d, (size_t)n, str_data(sep), (size_t)m);
    Value parts[3];
    if (!q) {
        parts[0] = reverse ? str_empty() : str_exact(self);
        parts[1] = str_empty();
        parts[2] = reverse ? str_exact(self) : str_empty();
    } else {
        parts[0] = sub_bytes(self, 0, q - d);
        parts[1] = str_exact(sep);
        parts[2] = sub_bytes(self, (q - d) + m, n);
    }
    if (parts[0] == V_NULL || parts[1] == V_NULL || parts[2] == V_NULL) {
        for (int k = 0; k < 3; k++) v_decref(parts[k]);
        return V_NULL;
    }
    return tuple_from_array_steal(parts, 3);
}

METHOD(partition) {
    if (args_check_positional("str.partition", nargs, kwnames, 1, 1) < 0) return V_NULL;
    return partition_common(self, args[0], false);
}
METHOD(rpartition) {
    if (args_check_positional("str.rpartition", nargs, kwnames, 1, 1) < 0) return V_NULL;
    return partition_common(self, args[0], true);
}

/* ---- join ------------------------------------------------------------------------------ */

METHOD(join) {
    if (args_check_positional("str.join", nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value seq = args[0], owned = V_NULL;
    const Value *items;
    int64_t n;
    if (v_is_list(seq)) {
        items = list_items(seq);
        n = list_size(seq);
    } else if (v_is_tuple(seq)) {
        items = tuple_items(seq);
        n = tuple_size(seq);
    } else {
        Value it = obj_iter(seq);
        if (it == V_NULL) {
            if (err_matches(&Exc_TypeError)) {
                err_clear();
                err_format(&Exc_TypeError, "can only join an iterable");
            }
            return V_NULL;
        }
        v_decref(it);
        owned = list_from_iterable(seq);
        if (owned == V_NULL) return V_NULL;
        items = list_items(owned);
        n = list_size(owned);
    }
    Value result = V_NULL;
    if (n == 0) {
        result = str_empty();
        goto done;
    }
    if (n == 1 && v_is_str(items[0])) {
        result = v_newref(items[0]);
        goto done;
    }
    StrObject *sep = v_as_str(self);
    int64_t nbytes = sep->nbytes * (n - 1), length = sep->length * (n - 1);
    bool ascii = sep->is_ascii;
    for (int64_t i = 0; i < n; i++) {
        if (!v_is_strlike(items[i])) {
            err_format(&Exc_TypeError, "sequence item %lld: expected str instance, %s found",
                       (long long)i, v_type_name(items[i]));
            goto done;
        }
        StrObject *s = v_as_str(items[i]);
        nbytes += s->nbytes;
        length += s->length;
        ascii = ascii && s->is_ascii;
    }
    result = str_alloc_known((size_t)nbytes, length, ascii);
    if (result == V_NULL) goto done;
    char *p = v_as_str(result)->data;
    for (int64_t i = 0; i < n; i++) {
        if (i > 0 && sep->nbytes) {
            memcpy(p, sep->data, (size_t)sep->nbytes);
            p += sep->nbytes;
        }
        StrObject *s = v_as_str(items[i]);
        size_t k = (size_t)s->nbytes;
        if (k <= 4) {
            /* characters: no memcpy call */
            for (size_t j = 0; j < k; j++) p[j] = s->data[j];
        } else {
            memcpy(p, s->data, k);
        }
        p += k;
    }
done:
    v_decref(owned);
    return result;
}

/* ---- strip ----------------------------------------------------------------------------- */

enum { LEFT = 1, RIGHT = 2 };

/* The characters to strip: whitespace (no argument or None), or the
 * argument's characters - ASCII ones in a 128-bit map, others in a list. */
typedef struct {
    bool whitespace;
    uint64_t ascii[2];
    uint32_t *cps;      /* non-ASCII members */
    int64_t ncps;
} CharSet;

/* str.isspace of an ASCII character: \t \n \v \f \r, \x1c-\x1f, space. */
static const uint64_t ascii_space[2] = {
    (1ull << 9) | (1ull << 10) | (1ull << 11) | (1ull << 12) | (1ull << 13) | (0xFull << 28) |
        (1ull << 32),
    0,
};

static inline bool ascii_in(const uint64_t map[2], unsigned c) {
    return (map[c >> 6] >> (c & 63)) & 1;
}

static bool charset_has(const CharSet *cs, uint32_t cp) {
    if (cs->whitespace) return cp < 128 ? ascii_in(ascii_space, cp) : uni_isspace(cp);
    if (cp < 128) return ascii_in(cs->ascii, cp);
    for (int64_t i = 0; i < cs->ncps; i++)
        if (cs->cps[i] == cp) return true;
    return false;
}

static Value strip_common(Value self, const Value *args, size_t nargs, Value kwnames,
                          const char *name, int where) {
    if (args_check_positional(name, nargs, kwnames, 0, 1) < 0) return V_NULL;
    CharSet cs = {.whitespace = true};
    if (nargs == 1 && args[0] != V_NONE) {
        if (!v_is_strlike(args[0]))
            return err_format(&Exc_TypeError, "%s arg must be None or str", strchr(name, '.') + 1);
        cs.whitespace = false;
        StrObject *c = v_as_str(args[0]);
        if (c->is_ascii) {
            for (int64_t i = 0; i < c->nbytes; i++) {
                unsigned ch = (unsigned char)c->data[i];
                cs.ascii[ch >> 6] |= 1ull << (ch & 63);
            }
        } else {
            cs.cps = mem_alloc((size_t)c->length * sizeof(uint32_t));
            if (!cs.cps) return err_nomem();
            for (int64_t i = 0; i < c->nbytes;) {
                int len;
                uint32_t cp = utf8_decode(c->data + i, &len);
                i += len;
                if (cp < 128) cs.ascii[cp >> 6] |= 1ull << (cp & 63);
                else cs.cps[cs.ncps++] = cp;
            }
        }
    }
    const char *d = str_data(self);
    int64_t b0 = 0, b1 = str_nbytes(self);
    if (v_as_str(self)->is_ascii) {
        /* bytes are characters: no decoding */
        const uint64_t *map = cs.whitespace ? ascii_space : cs.ascii;
        if (where & LEFT)
            while (b0 < b1 && ascii_in(map, (unsigned char)d[b0])) b0++;
        if (where & RIGHT)
            while (b1 > b0 && ascii_in(map, (unsigned char)d[b1 - 1])) b1--;
    } else {
        if (where & LEFT) {
            while (b0 < b1) {
                int len;
                uint32_t cp = utf8_decode(d + b0, &len);
                if (!charset_has(&cs, cp)) break;
                b0 += len;
            }
        }
        if (where & RIGHT) {
            while (b1 > b0) {
                int64_t p = b1;
                if (!charset_has(&cs, decode_before(d, &p))) break;
                b1 = p;
            }
        }
    }
    mem_free(cs.cps);
    return sub_bytes(self, b0, b1);
}

METHOD(strip) { return strip_common(self, args, nargs, kwnames, "str.strip", LEFT | RIGHT); }
METHOD(lstrip) { return strip_common(self, args, nargs, kwnames, "str.lstrip", LEFT); }
METHOD(rstrip) { return strip_common(self, args, nargs, kwnames, "str.rstrip", RIGHT); }

/* Argument clinic's bad-argument message names None as "None", any other
 * value by its type ("must be str, not None" / "not int"). */
static const char *clinic_type_name(Value v) { return v_is_none(v) ? "None" : v_type_name(v); }

METHOD(removeprefix) {
    if (args_check_positional("str.removeprefix", nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value p = args[0];
    if (!v_is_strlike(p))
        return err_format(&Exc_TypeError, "removeprefix() argument must be str, not %s", clinic_type_name(p));
    int64_t m = str_nbytes(p);
    if (m <= str_nbytes(self) && memcmp(str_data(self), str_data(p), (size_t)m) == 0)
        return sub_bytes(self, m, str_nbytes(self));
    return str_exact(self);
}

METHOD(removesuffix) {
    if (args_check_positional("str.removesuffix", nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value p = args[0];
    if (!v_is_strlike(p))
        return err_format(&Exc_TypeError, "removesuffix() argument must be str, not %s", clinic_type_name(p));
    int64_t m = str_nbytes(p), n = str_nbytes(self);
    if (m > 0 && m <= n && memcmp(str_data(self) + n - m, str_data(p), (size_t)m) == 0)
        return sub_bytes(self, 0, n - m);
    return str_exact(self);
}

/* ---- replace ----------------------------------------------------------------------------- */

METHOD(replace) {
    static const char *const names[] = {NULL, NULL, NULL};
    Value a[3];
    /* a wrong count: CPython's positional-only message ("replace expected
     * at least 2 arguments, got 1") */
    if ((nargs < 2 || nargs > 3 || !v_is_null(kwnames)) &&
        args_check_positional("str.replace", nargs, kwnames, 2, 3) < 0)
        return V_NULL;
    if (args_parse("replace", args, nargs, kwnames, names, 3, 3, 2, a) < 0) return V_NULL;
    for (int k = 0; k < 2; k++)
        if (!v_is_strlike(a[k]))
            return err_format(&Exc_TypeError, "replace() argument %d must be str, not %s", k + 1,
                              clinic_type_name(a[k]));
    int64_t count = -1;
    if (parse_count(a[2], &count) < 0) return V_NULL;
    if (count < 0) count = INT64_MAX;
    Value old = a[0], new = a[1];
    const char *d = str_data(self), *o = str_data(old);
    int64_t n = str_nbytes(self), m = str_nbytes(old);
    if (count == 0) return str_exact(self);
    StrBuilder sb;
    sb_init(&sb);
    if (m == 0) {
        /* Insert new before every character and at the end, count times. */
        int64_t i = 0;
        while (count > 0) {
            sb_append_str(&sb, new);
            count--;
            if (i >= n) break;
            int len = utf8_seq_len((uint8_t)d[i]);
            sb_append(&sb, d + i, (size_t)len);
            i += len;
        }
        sb_append(&sb, d + i, (size_t)(n - i));
        return sb_finish(&sb);
    }
    /* Find the occurrences first, then fill a result of exactly the right
     * size (its length and ASCII-ness follow from the counts). */
    int64_t *pos;
    int64_t k = str_find_all(d, (size_t)n, o, (size_t)m, count, &pos);
    if (k <= 0) return k < 0 ? V_NULL : str_exact(self);
    int64_t nn = str_nbytes(new);
    if (nn > m && k > (INT64_MAX / 4 - n) / (nn - m)) {
        mem_free(pos);
        return err_nomem();
    }
    int64_t rbytes = n + k * (nn - m);
    int64_t rlen = str_len(self) + k * (str_len(new) - str_len(old));
    Value r = rbytes == 0 ? str_empty() : str_alloc_known((size_t)rbytes, rlen, rlen == rbytes);
    if (r == V_NULL || rbytes == 0) {
        mem_free(pos);
        return r;
    }
    char *out = v_as_str(r)->data;
    const char *nd = str_data(new);
    int64_t i = 0;
    for (int64_t j = 0; j < k; j++) {
        int64_t q = pos[j];
        memcpy(out, d + i, (size_t)(q - i));
        out += q - i;
        memcpy(out, nd, (size_t)nn);
        out += nn;
        i = q + m;
    }
    mem_free(pos);
    memcpy(out, d + i, (size_t)(n - i));
    return r;
}

/* ---- case mapping --------------------------------------------------------------------------- */

typedef int (*FullMap)(uint32_t cp, uint32_t out[3]);

/* Case mapping works on the UTF-8 directly: ASCII bytes map by themselves
 * (8 at a time for upper/lower/casefold), other code points are decoded
 * one at a time and mapped, through a per-mapping table of the UTF-8
 * results for code points below 0x800 (Latin, Greek, Cyrillic, ...),
 * filled on first use. */
typedef struct {
    char *buf;
    size_t len, cap;
    int64_t ncp;          /* code points written */
    bool nonascii;        /* a byte >= 0x80 written */
    bool failed;
} CaseOut;

static bool cout_reserve(CaseOut *o, size_t extra) {
    if (o->cap - o->len >= extra) return true;
    size_t ncap = o->cap * 2 + extra;
    char *nb = mem_realloc(o->buf, ncap);
    if (!nb) {
        o->failed = true;
        return false;
    }
    o->buf = nb;
    o->cap = ncap;
    return true;
}

static void cout_cp(CaseOut *o, uint32_t cp) {
    if (!cout_reserve(o, 4)) return;
    o->len += (size_t)utf8_encode(cp, o->buf + o->len);
    o->ncp++;
    o->nonascii |= cp >= 0x80;
}

enum { MAP_UPPER, MAP_LOWER, MAP_CASEFOLD, MAP_TITLE, MAP_COUNT };
static const FullMap map_funcs[MAP_COUNT] = {uni_toupper_full, uni_tolower_full, uni_casefold_full,
                                             uni_totitle_full};

typedef struct {
    uint8_t nb, ncp, nonascii;
    char b[9];            /* at most 3 code points below 0x800 -> 9 bytes */
} CaseEntry;
static CaseEntry case_tab[MAP_COUNT][0x800];
static bool case_tab_ready[MAP_COUNT];

static void case_tab_fill(int map) {
    for (uint32_t cp = 0; cp < 0x800; cp++) {
        uint32_t out[3];
        int k = map_funcs[map](cp, out);
        CaseEntry *e = &case_tab[map][cp];
        int nb = 0;
        for (int j = 0; j < k; j++) {
            char tmp[4];
            int l = utf8_encode(out[j], tmp);
            if (nb + l > (int)sizeof e->b) { nb = -1; break; }
            memcpy(e->b + nb, tmp, (size_t)l);
            nb += l;
            if (out[j] >= 0x80) e->nonascii = 1;
        }
        /* nb 0 marks "not tabulated": mapped through the function */
        e->nb = nb < 0 ? 0 : (uint8_t)nb;
        e->ncp = (uint8_t)k;
    }
    case_tab_ready[map] = true;
}

static void cout_map(CaseOut *o, int map, uint32_t cp) {
    if (cp < 0x800) {
        if (!case_tab_ready[map]) case_tab_fill(map);
        const CaseEntry *e = &case_tab[map][cp];
        if (e->nb) {
            if (!cout_reserve(o, sizeof e->b)) return;
            memcpy(o->buf + o->len, e->b, sizeof e->b);
            o->len += e->nb;
            o->ncp += e->ncp;
            o->nonascii |= e->nonascii;
            return;
        }
    }
    uint32_t out[3];
    int k = map_funcs[map](cp, out);
    for (int j = 0; j < k; j++) cout_cp(o, out[j]);
}

/* Σ lowercases to final ς at the end of a word: preceded by a cased letter
 * and not followed by one, ignoring case-ignorable characters between. The
 * Σ occupies bytes [pos, pos + 2) of d[0, n). */
static uint32_t lower_sigma_utf8(const char *d, int64_t n, int64_t pos) {
    int64_t p = pos;
    uint32_t c = 0;
    bool found = false;
    while (p > 0) {
        c = decode_before(d, &p);
        if (!uni_iscaseignorable(c)) { found = true; break; }
    }
    if (!found || !uni_iscased(c)) return 0x3C3;
    for (int64_t q = pos + 2; q < n;) {
        int len;
        c = utf8_decode(d + q, &len);
        q += len;
        if (!uni_iscaseignorable(c)) return uni_iscased(c) ? 0x3C3 : 0x3C2;
    }
    return 0x3C2;
}

static inline void cout_lower(CaseOut *o, const char *d, int64_t n, int64_t pos, uint32_t cp) {
    if (cp == 0x3A3) cout_cp(o, lower_sigma_utf8(d, n, pos));
    else cout_map(o, MAP_LOWER, cp);
}

enum { CASE_UPPER, CASE_LOWER, CASE_CASEFOLD, CASE_SWAP, CASE_CAPITALIZE, CASE_TITLE };

static Value ascii_case(Value self, int mode) {
    StrObject *s = v_as_str(self);
    Value r = str_alloc_known((size_t)s->nbytes, s->length, true);
    if (r == V_NULL) return V_NULL;
    char *out = v_as_str(r)->data;
    const char *d = s->data;
    if (mode == CASE_UPPER || mode == CASE_LOWER) {
        /* 8 ASCII bytes at a time: a byte c gets bit 7 set by
         * c + (0x80 - lo) when c >= lo and by c + (0x80 - lo - 26) when
         * c >= lo + 26 (no carries: every byte < 0x80), so their xor marks
         * the letters to flip (bit 5, 0x20) */
        const uint64_t ones = 0x0101010101010101u;
        unsigned lo = mode == CASE_UPPER ? 'a' : 'A';
        uint64_t add1 = (0x80 - lo) * ones, add2 = (0x80 - lo - 26) * ones;
        int64_t n = s->nbytes, i = 0;
        for (; i + 8 <= n; i += 8) {
            uint64_t x;
            memcpy(&x, d + i, 8);
            x ^= (((x + add1) ^ (x + add2)) & (0x80 * ones)) >> 2;
            memcpy(out + i, &x, 8);
        }
        for (; i < n; i++) {
            unsigned c = (unsigned char)d[i];
            out[i] = (char)(c - lo < 26 ? c ^ 0x20 : c);
        }
        return r;
    }
    bool prev_cased = false;
    for (int64_t i = 0; i < s->nbytes; i++) {
        char c = d[i];
        bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        bool to_upper;
        switch (mode) {
        case CASE_UPPER: to_upper = true; break;
        case CASE_SWAP: to_upper = low; break;
        case CASE_CAPITALIZE: to_upper = i == 0; break;
        case CASE_TITLE: to_upper = !prev_cased; break;
        default: to_upper = false; break;
        }
        prev_cased = up || low;
        if (to_upper && low) c = (char)(c - 32);
        else if (!to_upper && up) c = (char)(c + 32);
        out[i] = c;
    }
    return r;
}

static Value case_common(Value self, size_t nargs, Value kwnames, const char *name, int mode) {
    if (no_args(name, nargs, kwnames) < 0) return V_NULL;
    if (v_as_str(self)->is_ascii) return ascii_case(self, mode);
    const char *d = str_data(self);
    int64_t n = str_nbytes(self);
    CaseOut o = {0};
    if (!cout_reserve(&o, (size_t)n + 16)) return err_nomem();
    bool prev_cased = false;
    const uint64_t hi = 0x8080808080808080ull, ones = 0x0101010101010101ull;
    bool word_mode = mode == CASE_UPPER || mode == CASE_LOWER || mode == CASE_CASEFOLD;
    unsigned lo = mode == CASE_UPPER ? 'a' : 'A';
    uint64_t add1 = (0x80 - lo) * ones, add2 = (0x80 - lo - 26) * ones;
    /* Invariant: room for the rest of the input plus 16 bytes, so ASCII
     * bytes (which map 1:1) and 8-byte words are written unchecked; only a
     * non-ASCII character's mapping can grow the output. */
    for (int64_t i = 0; i < n && !o.failed;) {
        uint8_t c = (uint8_t)d[i];
        if (c < 0x80) {
            if (word_mode) {
                /* as ascii_case, on the ASCII bytes of a word (masked to 7
                 * bits: no carries; only bytes without bit 7 flip); the
                 * word is stored whole but only its ASCII prefix kept */
                while (i + 8 <= n) {
                    uint64_t x, a;
                    memcpy(&x, d + i, 8);
                    a = x & ~hi;
                    x ^= (((a + add1) ^ (a + add2)) & hi & ~x) >> 2;
                    memcpy(o.buf + o.len, &x, 8);
                    uint64_t h = x & hi;
                    if (h) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                        int k = __builtin_ctzll(h) >> 3;
#else
                        int k = 0;
                        while (!((uint8_t)d[i + k] & 0x80)) k++;
#endif
                        o.len += (size_t)k;
                        o.ncp += k;
                        i += k;
                        break;
                    }
                    o.len += 8;
                    o.ncp += 8;
                    i += 8;
                }
                if (i >= n || (uint8_t)d[i] >= 0x80) continue;
                c = (uint8_t)d[i];
                o.buf[o.len++] = (char)(c - lo < 26 ? c ^ 0x20 : c);
                o.ncp++;
                i++;
                continue;
            }
            bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
            bool to_upper;
            switch (mode) {
            case CASE_SWAP: to_upper = low; break;
            case CASE_CAPITALIZE: to_upper = i == 0; break;
            default: to_upper = !prev_cased; break;   /* CASE_TITLE */
            }
            prev_cased = up || low;
            if (to_upper && low) c = (uint8_t)(c - 32);
            else if (!to_upper && up) c = (uint8_t)(c + 32);
            o.buf[o.len++] = (char)c;
            o.ncp++;
            i++;
            continue;
        }
        int len;
        uint32_t cp = utf8_decode(d + i, &len);
        switch (mode) {
        case CASE_UPPER: cout_map(&o, MAP_UPPER, cp); break;
        case CASE_LOWER: cout_lower(&o, d, n, i, cp); break;
        case CASE_CASEFOLD: cout_map(&o, MAP_CASEFOLD, cp); break;
        case CASE_SWAP:
            if (uni_isupper(cp)) cout_lower(&o, d, n, i, cp);
            else if (uni_islower(cp)) cout_map(&o, MAP_UPPER, cp);
            else cout_cp(&o, cp);
            break;
        case CASE_CAPITALIZE:
            if (i == 0) cout_map(&o, MAP_TITLE, cp);
            else cout_lower(&o, d, n, i, cp);
            break;
        case CASE_TITLE:
            if (prev_cased) cout_lower(&o, d, n, i, cp);
            else cout_map(&o, MAP_TITLE, cp);
            prev_cased = uni_iscased(cp);
            break;
        }
        i += len;
        if (o.cap - o.len < (size_t)(n - i) + 16) cout_reserve(&o, (size_t)(n - i) + 16);
    }
    if (o.failed) {
        mem_free(o.buf);
        return err_nomem();
    }
    Value r = str_new_known(o.buf, o.len, o.ncp, !o.nonascii);
    mem_free(o.buf);
    return r;
}

METHOD(upper) { (void)args; return case_common(self, nargs, kwnames, "str.upper", CASE_UPPER); }
METHOD(lower) { (void)args; return case_common(self, nargs, kwnames, "str.lower", CASE_LOWER); }
METHOD(casefold) { (void)args; return case_common(self, nargs, kwnames, "str.casefold", CASE_CASEFOLD); }
METHOD(swapcase) { (void)args; return case_common(self, nargs, kwnames, "str.swapcase", CASE_SWAP); }
METHOD(capitalize) { (void)args; return case_common(self, nargs, kwnames, "str.capitalize", CASE_CAPITALIZE); }
METHOD(title) { (void)args; return case_common(self, nargs, kwnames, "str.title", CASE_TITLE); }

/* ---- predicates ----------------------------------------------------------------------------- */

typedef bool (*CpPred)(uint32_t cp);

/* True if s is non-empty and every code point satisfies pred. */
static Value all_chars(Value self, size_t nargs, Value kwnames, const char *name, CpPred pred) {
    if (no_args(name, nargs, kwnames) < 0) return V_NULL;
    const char *d = str_data(self);
    int64_t n = str_nbytes(self);
    if (n == 0) return V_FALSE;
    for (int64_t i = 0; i < n;) {
        int len = 1;
        uint32_t cp = (uint8_t)d[i] < 0x80 ? (uint8_t)d[i] : utf8_decode(d + i, &len);
        if (!pred(cp)) return V_FALSE;
        i += len;
    }
    return V_TRUE;
}

static bool is_alnum_cp(uint32_t cp) {
    return uni_isalpha(cp) || uni_isdecimal(cp) || uni_isdigit(cp) || uni_isnumeric(cp);
}

METHOD(isspace) { (void)args; return all_chars(self, nargs, kwnames, "str.isspace", uni_isspace); }
METHOD(isalpha) { (void)args; return all_chars(self, nargs, kwnames, "str.isalpha", uni_isalpha); }
METHOD(isalnum) { (void)args; return all_chars(self, nargs, kwnames, "str.isalnum", is_alnum_cp); }
METHOD(isdigit) { (void)args; return all_chars(self, nargs, kwnames, "str.isdigit", uni_isdigit); }
METHOD(isdecimal) { (void)args; return all_chars(self, nargs, kwnames, "str.isdecimal", uni_isdecimal); }
METHOD(isnumeric) { (void)args; return all_chars(self, nargs, kwnames, "str.isnumeric", uni_isnumeric); }

METHOD(isprintable) {
    (void)args;
    if (no_args("str.isprintable", nargs, kwnames) < 0) return V_NULL;
    if (str_nbytes(self) == 0) return V_TRUE;
    Value r = all_chars(self, 0, V_NULL, "str.isprintable", uni_isprintable);
    return r;
}

METHOD(isascii) {
    (void)args;
    if (no_args("str.isascii", nargs, kwnames) < 0) return V_NULL;
    return v_from_bool(v_as_str(self)->is_ascii);
}

METHOD(isidentifier) {
    (void)args;
    if (no_args("str.isidentifier", nargs, kwnames) < 0) return V_NULL;
    const char *d = str_data(self);
    int64_t n = str_nbytes(self);
    if (n == 0) return V_FALSE;
    int len;
    if (!uni_isidstart(utf8_decode(d, &len))) return V_FALSE;
    for (int64_t i = len; i < n; i += len)
        if (!uni_isidcontinue(utf8_decode(d + i, &len))) return V_FALSE;
    return V_TRUE;
}

/* islower/isupper: no character of the opposite case (titlecase counts as
 * both) and at least one cased character. */
static Value case_pred(Value self, size_t nargs, Value kwnames, const char *name, bool lower) {
    if (no_args(name, nargs, kwnames) < 0) return V_NULL;
    const char *d = str_data(self);
    int64_t n = str_nbytes(self);
    bool cased = false;
    for (int64_t i = 0; i < n;) {
        int len;
        uint32_t cp = utf8_decode(d + i, &len);
        i += len;
        bool want = lower ? uni_islower(cp) : uni_isupper(cp);
        bool other = lower ? (uni_isupper(cp) || uni_istitle(cp)) : (uni_islower(cp) || uni_istitle(cp));
        if (other) return V_FALSE;
        if (want) cased = true;
    }
    return v_from_bool(cased);
}

METHOD(islower) { (void)args; return case_pred(self, nargs, kwnames, "str.islower", true); }
METHOD(isupper) { (void)args; return case_pred(self, nargs, kwnames, "str.isupper", false); }

METHOD(istitle) {
    (void)args;
    if (no_args("str.istitle", nargs, kwnames) < 0) return V_NULL;
    const char *d = str_data(self);
    int64_t n = str_nbytes(self);
    bool cased = false, prev_cased = false;
    for (int64_t i = 0; i < n;) {
        int len;
        uint32_t cp = utf8_decode(d + i, &len);
        i += len;
        if (uni_isupper(cp) || uni_istitle(cp)) {
            if (prev_cased) return V_FALSE;
            prev_cased = cased = true;
        } else if (uni_islower(cp)) {
            if (!prev_cased) return V_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return v_from_bool(cased);
}

/* ---- padding ---------------------------------------------------------------------------------- */

static Value pad(Value self, int64_t left, int64_t right, uint32_t fill) {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return str_exact(self);
    char fb[4];
    int fl = utf8_encode(fill, fb);
    StrObject *s = v_as_str(self);
    Value r = str_alloc_known((size_t)(s->nbytes + (left + right) * fl), s->length + left + right,
                              s->is_ascii && fill < 0x80);
    if (r == V_NULL) return V_NULL;
    char *p = v_as_str(r)->data;
    for (int64_t i = 0; i < left; i++, p += fl) memcpy(p, fb, (size_t)fl);
    memcpy(p, s->data, (size_t)s->nbytes);
    p += s->nbytes;
    for (int64_t i = 0; i < right; i++, p += fl) memcpy(p, fb, (size_t)fl);
    return r;
}

static Value justify(Value self, const Value *args, size_t nargs, Value kwnames, const char *name, int how) {
    if (args_check_positional(name, nargs, kwnames, 1, 2) < 0) return V_NULL;
    int64_t width;
    if (obj_as_index_i64(args[0], &width) < 0) return V_NULL;
    uint32_t fill = ' ';
    if (nargs == 2) {
        if (!v_is_strlike(args[1]))
            return err_format(&Exc_TypeError, "The fill character must be a unicode character, not %s",
                              v_type_name(args[1]));
        if (str_len(args[1]) != 1)
            return err_format(&Exc_TypeError, "The fill character must be exactly one character long");
        fill = str_char_at(args[1], 0);
    }
    int64_t len = str_len(self);
    if (width <= len) return str_exact(self);
    int64_t marg = width - len;
    if (how < 0) return pad(self, 0, marg, fill);
    if (how > 0) return pad(self, marg, 0, fill);
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

METHOD(ljust) { return justify(self, args, nargs, kwnames, "str.ljust", -1); }
METHOD(rjust) { return justify(self, args, nargs, kwnames, "str.rjust", 1); }
METHOD(center) { return justify(self, args, nargs, kwnames, "str.center", 0); }

METHOD(zfill) {
    if (args_check_positional("str.zfill", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t width;
    if (obj_as_index_i64(args[0], &width) < 0) return V_NULL;
    int64_t len = str_len(self);
    if (width <= len) return str_exact(self);
    Value r = pad(self, width - len, 0, '0');
    if (r == V_NULL) return V_NULL;
    /* A sign moves to the front, ahead of the zeros. */
    char *p = v_as_str(r)->data;
    int64_t fill = width - len;
    if (p[fill] == '+' || p[fill] == '-') {
        p[0] = p[fill];
        p[fill] = '0';
    }
    return r;
}

METHOD(expandtabs) {
    static const char *const names[] = {"tabsize"};
    Value a[1];
    if (args_parse("expandtabs", args, nargs, kwnames, names, 1, 1, 0, a) < 0) return V_NULL;
    int64_t tabsize = 8;
    if (parse_count(a[0], &tabsize) < 0) return V_NULL;
    const char *d = str_data(self);
    int64_t n = str_nbytes(self);
    if (!memchr(d, '\t', (size_t)n)) return str_exact(self);
    StrBuilder sb;
    sb_init(&sb);
    int64_t col = 0;
    for (int64_t i = 0; i < n;) {
        char c = d[i];
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - (col % tabsize);
                col += incr;
                for (int64_t k = 0; k < incr; k++) sb_append_char(&sb, ' ');
            }
            i++;
        } else {
            int len = utf8_seq_len((uint8_t)c);
            sb_append(&sb, d + i, (size_t)len);
            i += len;
            col++;
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    return sb_finish(&sb);
}

/* ---- encode ------------------------------------------------------------------------------------- */

METHOD(encode) {
    static const char *const names[] = {"encoding", "errors"};
    Value a[2];
    if (args_parse("encode", args, nargs, kwnames, names, 2, 2, 0, a) < 0) return V_NULL;
    const char *enc = "utf-8", *errs = "strict";
    if (a[0] != V_NULL) {
        if (!v_is_strlike(a[0]))
            return err_format(&Exc_TypeError, "encode() argument 'encoding' must be str, not %s",
                              clinic_type_name(a[0]));
        enc = str_data(a[0]);
    }
    if (a[1] != V_NULL) {
        if (!v_is_strlike(a[1]))
            return err_format(&Exc_TypeError, "encode() argument 'errors' must be str, not %s",
                              clinic_type_name(a[1]));
        errs = str_data(a[1]);
    }
    return codec_encode(self, enc, errs);
}

/* ---- maketrans / translate ---------------------------------------------------------------------- */

/* str.maketrans(x[, y[, z]]), a static method: the table maps code points
 * (ints) to ints, strs or None, as CPython's unicode_maketrans_impl. */
static Value str_maketrans(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (args_check_positional("str.maketrans", nargs, kwnames, 1, 3) < 0) return V_NULL;
    Value table = dict_new();
    if (v_is_null(table)) return V_NULL;
    if (nargs == 1) {
        Value x = args[0];
        if (!v_is_dict(x)) {
            v_decref(table);
            return err_format(&Exc_TypeError, "if you give only one argument to maketrans it must be a dict");
        }
        int64_t pos = 0;
        Value k, v;
        while (dict_next(x, &pos, &k, &v)) {
            Value key;
            if (v_is_strlike(k)) {
                if (str_len(k) != 1) {
                    v_decref(table);
                    return err_format(&Exc_ValueError, "string keys in translate table must be of length 1");
                }
                key = int_from_i64(str_char_at(k, 0));
            } else if (v_is_int_or_bool(k)) {
                key = v_newref(k);
            } else {
                v_decref(table);
                return err_format(&Exc_TypeError, "keys in translate table must be strings or integers");
            }
            int r = v_is_null(key) ? -1 : dict_set(table, key, v);
            v_decref(key);
            if (r < 0) {
                v_decref(table);
                return V_NULL;
            }
        }
        return table;
    }
    /* CPython's argument clinic checks y and z (typed str) before the
     * body checks x. */
    for (size_t i = 1; i < nargs; i++) {
        if (!v_is_strlike(args[i])) {
            v_decref(table);
            return err_format(&Exc_TypeError, "maketrans() argument %zu must be str, not %s", i + 1,
                              clinic_type_name(args[i]));
        }
    }
    if (!v_is_strlike(args[0])) {
        v_decref(table);
        return err_format(&Exc_TypeError, "first maketrans argument must be a string if there is a second argument");
    }
    Value x = args[0], y = args[1];
    if (str_len(x) != str_len(y)) {
        v_decref(table);
        return err_format(&Exc_ValueError, "the first two maketrans arguments must have equal length");
    }
    const char *px = str_data(x), *py = str_data(y);
    for (int64_t i = 0, n = str_len(x); i < n; i++) {
        int lx, ly;
        Value k = int_from_i64(utf8_decode(px, &lx));
        Value v = int_from_i64(utf8_decode(py, &ly));
        px += lx;
        py += ly;
        int r = dict_set(table, k, v);
        v_decref(k);
        v_decref(v);
        if (r < 0) {
            v_decref(table);
            return V_NULL;
        }
    }
    if (nargs == 3) {
        const char *pz = str_data(args[2]);
        for (int64_t i = 0, n = str_len(args[2]); i < n; i++) {
            int lz;
            Value k = int_from_i64(utf8_decode(pz, &lz));
            pz += lz;
            int r = dict_set(table, k, V_NONE);
            v_decref(k);
            if (r < 0) {
                v_decref(table);
                return V_NULL;
            }
        }
    }
    return table;
}

/* str.translate(table): each code point is looked up with table[cp]; a
 * LookupError keeps the character, None deletes it, an int or str replaces
 * it. A dict table is probed directly (no KeyError raised and cleared per
 * character). */
METHOD(translate) {
    if (nargs != 1 || !v_is_null(kwnames)) {
        if (!v_is_null(kwnames)) return err_format(&Exc_TypeError, "str.translate() takes no keyword arguments");
        return err_format(&Exc_TypeError, "str.translate() takes exactly one argument (%zu given)", nargs);
    }
    Value table = args[0];
    bool is_dict = v_is_dict(table);
    const char *d = str_data(self);
    int64_t n = str_nbytes(self);
    StrBuilder sb;
    sb_init(&sb);
    /* An ASCII string looks each distinct character up once (as CPython's
     * fast path does): what it maps to, when that is "itself", "deleted" or
     * one ASCII character, is remembered for the rest of the string. */
    enum { TR_UNKNOWN = -2, TR_DELETE = -1, TR_SELF = 128, TR_SLOW = 129 };
    int16_t memo[128];
    bool use_memo = v_as_str(self)->is_ascii;
    if (use_memo)
        for (int k = 0; k < 128; k++) memo[k] = TR_UNKNOWN;
    for (int64_t i = 0; i < n;) {
        int len;
        uint32_t cp;
        if (use_memo) {
            cp = (unsigned char)d[i];
            len = 1;
            int16_t r = memo[cp];
            if (r != TR_UNKNOWN && r != TR_SLOW) {
                if (r != TR_DELETE) {
                    char c = r == TR_SELF ? d[i] : (char)r;
                    if (sb.len < sb.cap) sb.buf[sb.len++] = c;
                    else sb_append_char(&sb, c);
                }
                i++;
                continue;
            }
        } else {
            cp = utf8_decode(d + i, &len);
        }
        Value key = int_from_i64(cp);
        Value m;
        if (is_dict) {
            m = dict_get(table, key);   /* borrowed or V_NULL */
            if (v_is_null(m) && err_occurred()) {
                v_decref(key);
                goto fail;
            }
            if (!v_is_null(m)) v_incref(m);
        } else {
            m = obj_getitem(table, key);
            if (v_is_null(m)) {
                if (!err_matches(&Exc_LookupError)) {
                    v_decref(key);
                    goto fail;
                }
                err_clear();
            }
        }
        v_decref(key);
        int16_t learned = TR_SLOW;
        if (v_is_null(m)) {
            sb_append(&sb, d + i, (size_t)len);
            learned = TR_SELF;
        } else if (m == V_NONE) {
            /* deleted */
            learned = TR_DELETE;
        } else if (v_is_int_or_bool(m)) {
            int64_t c;
            if (int_as_i64(m, &c) < 0 || c < 0 || c > 0x10FFFF) {
                if (err_occurred()) err_clear();
                v_decref(m);
                sb_discard(&sb);
                return err_format(&Exc_ValueError, "character mapping must be in range(0x110000)");
            }
            char buf[4];
            sb_append(&sb, buf, (size_t)utf8_encode((uint32_t)c, buf));
            if (c < 128) learned = (int16_t)c;
        } else if (v_is_strlike(m)) {
            sb_append_str(&sb, m);
            if (str_nbytes(m) == 1) learned = (int16_t)(unsigned char)str_data(m)[0];
        } else {
            v_decref(m);
            sb_discard(&sb);
            return err_format(&Exc_TypeError, "character mapping must return integer, None or str");
        }
        if (!v_is_null(m)) v_decref(m);
        if (use_memo) memo[cp] = learned;
        i += len;
    }
    return sb_finish(&sb);
fail:
    sb_discard(&sb);
    return V_NULL;
}

/* ---- the table ------------------------------------------------------------------------------------ */

METHOD(getnewargs) {
    (void)args;
    if (no_args("str.__getnewargs__", nargs, kwnames) < 0) return V_NULL;
    Value copy = v_is_str(self) ? v_newref(self) : str_new(str_data(self), (size_t)str_nbytes(self));
    if (v_is_null(copy)) return V_NULL;
    return tuple_from_array_steal(&copy, 1);
}

#define M(name) {#name, str_##name, 0, NULL}
const MethodDef str_method_table[] = {
    {"__getnewargs__", str_getnewargs, 0, NULL},
    {"format", str_format_method, 0, NULL},
    {"format_map", str_format_map_method, 0, NULL},
    M(join), M(split), M(rsplit), M(splitlines), M(partition), M(rpartition),
    M(strip), M(lstrip), M(rstrip), M(removeprefix), M(removesuffix), M(replace),
    M(find), M(rfind), M(index), M(rindex), M(count), M(startswith), M(endswith),
    M(upper), M(lower), M(casefold), M(swapcase), M(capitalize), M(title),
    M(isspace), M(isalpha), M(isalnum), M(isdigit), M(isdecimal), M(isnumeric),
    M(isprintable), M(isascii), M(isidentifier), M(islower), M(isupper), M(istitle),
    M(ljust), M(rjust), M(center), M(zfill), M(expandtabs), M(encode), M(translate),
    {"maketrans", str_maketrans, METH_STATIC, NULL},
    {NULL, NULL, 0, NULL},
};

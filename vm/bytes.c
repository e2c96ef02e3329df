/* bytes.c: the bytes object and the codecs (UTF-8, ASCII, Latin-1) that
 * convert between str and bytes, with CPython's error handlers and
 * UnicodeDecodeError/UnicodeEncodeError messages.
 *
 * Only bytes itself counts as "bytes-like" until bytearray/memoryview exist.
 */
#define _GNU_SOURCE   /* memmem, memrchr */
#include "str.h"
#include "format.h"

#include <ctype.h>
#include <stdio.h>

#include "abstract.h"
#include "args.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "siphash.h"
#include "tuple.h"
#include "unicode_util.h"
#include "bytearray.h"
#include "floatobject.h"
#include "import.h"
#include "eval.h"

/* args_check_positional for a method bytes and bytearray share: the
 * messages that name the type ("bytearray.lower() takes no arguments (1
 * given)") name self's - or bytearray's when bytearray.c delegates the call
 * to bytes' method on a snapshot (bytes_called_for_bytearray, set just
 * before the call and consumed by the check at the method's start). */
bool bytes_called_for_bytearray;

static int bcheck(Value self, const char *name, size_t nargs, Value kwnames, size_t min, size_t max) {
    bool ba = bytes_called_for_bytearray;
    bytes_called_for_bytearray = false;
    if (nargs >= min && nargs <= max && (v_is_null(kwnames) || tuple_size(kwnames) == 0)) return 0;
    char q[64];
    snprintf(q, sizeof q, "%s.%s", ba || v_is_bytearray(self) ? "bytearray" : "bytes", name);
    return args_check_positional(q, nargs, kwnames, min, max);
}

#define METHOD(name) static Value bytes_##name(Value self, const Value *args, size_t nargs, Value kwnames)

static inline BytesObject *as_bytes(Value v) { return (BytesObject *)v_as_obj(v); }
static inline const char *bdata(Value v) { return (const char *)as_bytes(v)->data; }
static inline int64_t bsize(Value v) { return as_bytes(v)->size; }

/* ---- construction ----------------------------------------------------------------- */

static BytesObject *bytes_alloc(size_t size) {
    if (size >= (size_t)INT64_MAX / 2) {
        err_nomem();
        return NULL;
    }
    BytesObject *b = (BytesObject *)obj_alloc(&BytesType, offsetof(BytesObject, data) + size + 1);
    if (!b) return NULL;
    b->size = (int64_t)size;
    b->hash = -1;
    b->data[size] = 0;
    return b;
}

static Value empty_bytes;           /* immortal singletons, 0 until made */
static Value byte_singletons[256];

Value bytes_new(const void *data, size_t size) {
    Value *cache = size == 0 ? &empty_bytes : size == 1 ? &byte_singletons[*(const uint8_t *)data] : NULL;
    if (cache && *cache) return *cache;
    BytesObject *b = bytes_alloc(size);
    if (!b) return V_NULL;
    if (size) memcpy(b->data, data, size);
    if (cache) {
        obj_make_immortal(&b->ob);
        *cache = v_from_obj(b);
    }
    return v_from_obj(b);
}

/* A bytes object from a builder's contents; frees the builder. */
static Value bytes_from_sb(StrBuilder *sb) {
    if (sb->failed) {
        sb_discard(sb);
        return err_nomem();
    }
    Value r = bytes_new(sb->buf ? sb->buf : "", sb->len);
    sb_discard(sb);
    return r;
}

/* ---- codecs -------------------------------------------------------------------------- */

enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_UTF16, ENC_UTF16LE, ENC_UTF16BE, ENC_UTF32, ENC_UTF32LE,
       ENC_UTF32BE };

/* Normalises an encoding name as Python's codec lookup does (case and
 * '_'/'-'/' ' insensitive). -1 with LookupError if unknown. */
static int lookup_encoding(const char *name) {
    char norm[32];
    size_t n = 0;
    for (const char *p = name; *p; p++) {
        if (n + 1 >= sizeof norm) goto unknown;
        char c = (char)tolower((unsigned char)*p);
        norm[n++] = (c == '_' || c == ' ') ? '-' : c;
    }
    norm[n] = 0;
    static const char *const utf8[] = {"utf-8", "utf8", "u8", "utf", "cp65001", NULL};
    static const char *const ascii[] = {"ascii", "us-ascii", "646", "us", NULL};
    static const char *const latin1[] = {"latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859",
                                         "cp819", "latin", "l1", "iso-ir-100", NULL};
    for (int i = 0; utf8[i]; i++) if (strcmp(norm, utf8[i]) == 0) return ENC_UTF8;
    for (int i = 0; ascii[i]; i++) if (strcmp(norm, ascii[i]) == 0) return ENC_ASCII;
    for (int i = 0; latin1[i]; i++) if (strcmp(norm, latin1[i]) == 0) return ENC_LATIN1;
    static const struct { const char *name; int enc; } wide[] = {
        {"utf-16", ENC_UTF16}, {"utf16", ENC_UTF16}, {"u16", ENC_UTF16},
        {"utf-16-le", ENC_UTF16LE}, {"utf-16le", ENC_UTF16LE}, {"utf-16-be", ENC_UTF16BE}, {"utf-16be", ENC_UTF16BE},
        {"utf-32", ENC_UTF32}, {"utf32", ENC_UTF32}, {"u32", ENC_UTF32},
        {"utf-32-le", ENC_UTF32LE}, {"utf-32le", ENC_UTF32LE}, {"utf-32-be", ENC_UTF32BE}, {"utf-32be", ENC_UTF32BE},
    };
    for (size_t i = 0; i < sizeof wide / sizeof wide[0]; i++)
        if (strcmp(norm, wide[i].name) == 0) return wide[i].enc;
unknown:
    err_format(&Exc_LookupError, "unknown encoding: %s", name);
    return -1;
}

static const char *const enc_names[] = {"utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be",
                                        "utf-32", "utf-32-le", "utf-32-be"};

/* Encodings other than those above (UTF-8, ASCII, Latin-1, UTF-16, UTF-32) are written in Python: codecs.py's
 * _coil_encode(str, encoding, errors) / _coil_decode(bytes, encoding,
 * errors) look them up in the codec registry (LookupError if unknown). */
static Value python_codec(const char *fn, Value obj, const char *encoding, const char *errors) {
    Value mod = import_module(str_intern_cstr("codecs"));
    if (v_is_null(mod)) return V_NULL;
    Value f = obj_getattr_cstr(mod, fn);
    v_decref(mod);
    if (v_is_null(f)) return V_NULL;
    Value args[3] = {obj, str_from_cstr(encoding), str_from_cstr(errors)};
    Value r = V_NULL;
    if (!v_is_null(args[1]) && !v_is_null(args[2])) r = obj_call(f, args, 3, V_NULL);
    v_decref(args[1]);
    v_decref(args[2]);
    v_decref(f);
    return r;
}

static void sb_append_cp(StrBuilder *sb, uint32_t cp) {
    char buf[4];
    sb_append(sb, buf, (size_t)utf8_encode(cp, buf));
}

/* Applies the decode error handler to the bad bytes d[start, end).
 * Returns 0 if handled, -1 with an exception set. */
static int decode_error(StrBuilder *sb, const char *errors, int enc, const uint8_t *d,
                        int64_t n, int64_t start, int64_t end, const char *reason) {
    /* surrogatepass accepts encoded surrogates (utf8_check_seq) and leaves
     * every other error to be raised */
    if (strcmp(errors, "strict") == 0 || strcmp(errors, "surrogatepass") == 0) {
        err_unicode_decode(enc_names[enc], d, n, start, end, reason);
        return -1;
    }
    if (strcmp(errors, "ignore") == 0) return 0;
    if (strcmp(errors, "replace") == 0) {
        sb_append_cp(sb, 0xFFFD);
        return 0;
    }
    if (strcmp(errors, "backslashreplace") == 0) {
        for (int64_t i = start; i < end; i++) sb_printf(sb, "\\x%02x", d[i]);
        return 0;
    }
    if (strcmp(errors, "surrogateescape") == 0) {
        for (int64_t i = start; i < end; i++) sb_append_cp(sb, 0xDC00 + d[i]);
        return 0;
    }
    err_format(&Exc_LookupError, "unknown error handler name '%s'", errors);
    return -1;
}

/* Length of the valid UTF-8 sequence at d[i] (1..4), or 0 with *bad set to
 * the number of bytes the error covers and *reason to CPython's wording. */
static int utf8_check_seq(const uint8_t *d, int64_t i, int64_t n, bool surrogatepass,
                          int64_t *bad, const char **reason) {
    uint8_t c = d[i];
    int need;
    uint8_t lo = 0x80, hi = 0xBF;   /* allowed range of the second byte */
    if (c < 0x80) return 1;
    if (c < 0xC2) need = 0;
    else if (c < 0xE0) need = 1;
    else if (c < 0xF0) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        else if (c == 0xED && !surrogatepass) hi = 0x9F;
    } else if (c < 0xF5) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        else if (c == 0xF4) hi = 0x8F;
    } else need = 0;
    if (need == 0) {
        *bad = 1;
        *reason = "invalid start byte";
        return 0;
    }
    for (int k = 1; k <= need; k++) {
        if (i + k >= n) {
            *bad = n - i;
            *reason = "unexpected end of data";
            return 0;
        }
        uint8_t b = d[i + k];
        bool ok = k == 1 ? (b >= lo && b <= hi) : (b & 0xC0) == 0x80;
        if (!ok) {
            *bad = k;
            *reason = "invalid continuation byte";
            return 0;
        }
    }
    return need + 1;
}

static void format_char(char *buf, size_t size, uint32_t cp) {
    if (cp < 0x100) snprintf(buf, size, "\\x%02x", cp);
    else if (cp < 0x10000) snprintf(buf, size, "\\u%04x", cp);
    else snprintf(buf, size, "\\U%08x", cp);
}

/* ---- UTF-16 and UTF-32 ----
 * "utf-16"/"utf-32" decode after a byte-order mark if there is one (little
 * endian otherwise, the native order here) and encode with one. */

static bool wide_is32(int enc) { return enc >= ENC_UTF32; }
static bool wide_is_be(int enc) { return enc == ENC_UTF16BE || enc == ENC_UTF32BE; }

static uint32_t read_unit(const uint8_t *p, int size, bool be) {
    uint32_t u = 0;
    for (int k = 0; k < size; k++) u |= (uint32_t)p[be ? size - 1 - k : k] << (8 * k);
    return u;
}

static void write_unit(StrBuilder *sb, uint32_t u, int size, bool be) {
    char b[4];
    for (int k = 0; k < size; k++) b[be ? size - 1 - k : k] = (char)(u >> (8 * k));
    sb_append(sb, b, (size_t)size);
}

static Value decode_wide(const uint8_t *d, int64_t n, int enc, const char *errors) {
    bool is32 = wide_is32(enc), be = wide_is_be(enc);
    int size = is32 ? 4 : 2;
    int64_t i = 0;
    if (enc == ENC_UTF16 && n >= 2) {
        if (d[0] == 0xFF && d[1] == 0xFE) i = 2;
        else if (d[0] == 0xFE && d[1] == 0xFF) { i = 2; be = true; }
    } else if (enc == ENC_UTF32 && n >= 4) {
        if (d[0] == 0xFF && d[1] == 0xFE && d[2] == 0 && d[3] == 0) i = 4;
        else if (d[0] == 0 && d[1] == 0 && d[2] == 0xFE && d[3] == 0xFF) { i = 4; be = true; }
    }
    /* Errors name the byte order in use, as CPython's do. */
    if (enc == ENC_UTF16) enc = be ? ENC_UTF16BE : ENC_UTF16LE;
    else if (enc == ENC_UTF32) enc = be ? ENC_UTF32BE : ENC_UTF32LE;
    bool sp = strcmp(errors, "surrogatepass") == 0;   /* lone surrogates decode as themselves */
    StrBuilder sb;
    sb_init(&sb);
    while (i < n) {
        if (n - i < size) {
            if (decode_error(&sb, errors, enc, d, n, i, n, "truncated data") < 0) goto fail;
            break;
        }
        uint32_t u = read_unit(d + i, size, be);
        if (is32) {
            if (sp && u >= 0xD800 && u < 0xE000) {
                sb_append_cp(&sb, u);
            } else if (u > 0x10FFFF || (u >= 0xD800 && u < 0xE000)) {
                const char *why = u > 0x10FFFF ? "code point not in range(0x110000)"
                                                : "code point in surrogate code point range(0xd800, 0xe000)";
                if (decode_error(&sb, errors, enc, d, n, i, i + 4, why) < 0) goto fail;
            } else {
                sb_append_cp(&sb, u);
            }
            i += 4;
            continue;
        }
        if (u < 0xD800 || u >= 0xE000) {
            sb_append_cp(&sb, u);
            i += 2;
        } else if (sp && (u >= 0xDC00 || n - i < 4 || read_unit(d + i + 2, 2, be) < 0xDC00 ||
                          read_unit(d + i + 2, 2, be) >= 0xE000)) {
            sb_append_cp(&sb, u);
            i += 2;
        } else if (u >= 0xDC00) {
            if (decode_error(&sb, errors, enc, d, n, i, i + 2, "illegal encoding") < 0) goto fail;
            i += 2;
        } else if (n - i < 4) {
            if (decode_error(&sb, errors, enc, d, n, i, n, "unexpected end of data") < 0) goto fail;
            i = n;
        } else {
            uint32_t lo = read_unit(d + i + 2, 2, be);
            if (lo < 0xDC00 || lo >= 0xE000) {
                if (decode_error(&sb, errors, enc, d, n, i, i + 2, "illegal UTF-16 surrogate") < 0) goto fail;
                i += 2;
            } else {
                sb_append_cp(&sb, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                i += 4;
            }
        }
    }
    return sb_finish(&sb);
fail:
    sb_discard(&sb);
    return V_NULL;
}

static void write_wide_cp(StrBuilder *sb, uint32_t cp, bool is32, bool be) {
    if (is32) write_unit(sb, cp, 4, be);
    else if (cp >= 0x10000) {
        write_unit(sb, 0xD800 + ((cp - 0x10000) >> 10), 2, be);
        write_unit(sb, 0xDC00 + ((cp - 0x10000) & 0x3FF), 2, be);
    } else write_unit(sb, cp, 2, be);
}

static Value encode_wide(Value s, int enc, const char *errors) {
    bool is32 = wide_is32(enc), be = wide_is_be(enc);
    StrObject *o = v_as_str(s);
    const char *d = o->data;
    int64_t n = o->nbytes;
    StrBuilder sb;
    sb_init(&sb);
    if (enc == ENC_UTF16 || enc == ENC_UTF32) write_wide_cp(&sb, 0xFEFF, is32, be);
    int64_t pos = 0;
    for (int64_t i = 0; i < n; pos++) {
        int len;
        uint32_t cp = utf8_decode(d + i, &len);
        i += len;
        if (cp < 0xD800 || cp >= 0xE000 || strcmp(errors, "surrogatepass") == 0) {
            write_wide_cp(&sb, cp, is32, be);
            continue;
        }
        if (strcmp(errors, "strict") == 0 || strcmp(errors, "surrogateescape") == 0) {
            int64_t end = pos + 1;
            for (int64_t j = i; j < n; end++) {
                int l2;
                uint32_t c2 = utf8_decode(d + j, &l2);
                if (c2 < 0xD800 || c2 >= 0xE000) break;
                j += l2;
            }
            err_unicode_encode(enc_names[enc], s, pos, end, "surrogates not allowed");
            goto fail;
        } else if (strcmp(errors, "ignore") == 0) {
        } else if (strcmp(errors, "replace") == 0) {
            write_wide_cp(&sb, '?', is32, be);
        } else if (strcmp(errors, "backslashreplace") == 0 || strcmp(errors, "xmlcharrefreplace") == 0) {
            char cb[16];
            if (errors[0] == 'b') format_char(cb, sizeof cb, cp);
            else snprintf(cb, sizeof cb, "&#%u;", cp);
            for (char *p = cb; *p; p++) write_wide_cp(&sb, (uint8_t)*p, is32, be);
        } else {
            err_format(&Exc_LookupError, "unknown error handler name '%s'", errors);
            goto fail;
        }
    }
    return bytes_from_sb(&sb);
fail:
    sb_discard(&sb);
    return V_NULL;
}

/* Latin-1 bytes (not all ASCII) to str: bytes >= 0x80 become two. */
static Value decode_latin1(const uint8_t *d, size_t n) {
    const uint64_t hi = 0x8080808080808080ull;
    size_t high = 0, i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, d + i, 8);
        high += (size_t)count_high_bytes(w & hi);
    }
    for (; i < n; i++) high += d[i] >> 7;
    Value r = str_alloc_known(n + high, (int64_t)n, high == 0);
    if (v_is_null(r)) return V_NULL;
    uint8_t *out = (uint8_t *)v_as_str(r)->data;
    for (i = 0; i < n;) {
        if (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, d + i, 8);
            if (!(w & hi)) {
                memcpy(out, &w, 8);
                out += 8;
                i += 8;
                continue;
            }
        }
        /* branch-free: both bytes of the two-byte form are written, an
         * ASCII byte overwrites the first and advances by one */
        uint8_t c = d[i++];
        out[0] = c < 0x80 ? c : (uint8_t)(0xC0 | (c >> 6));
        out[1] = (uint8_t)(0x80 | (c & 0x3F));
        out += 1 + (c >> 7);
    }
    *out = 0;   /* the terminator, which an ASCII last byte wrote over */
    return r;
}

/* The number of code points of d[0, n) if it is valid UTF-8 (no
 * surrogates), else -1. */
static int64_t utf8_valid_count(const uint8_t *d, int64_t n) {
    const uint64_t hi = 0x8080808080808080ull;
    int64_t i = 0, ncp = 0;
    while (i < n) {
        if (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, d + i, 8);
            if (!(w & hi)) {
                i += 8;
                ncp += 8;
                continue;
            }
            /* the ASCII bytes before the first high one (little-endian:
             * byte order is bit order) */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            int skip = __builtin_ctzll(w & hi) >> 3;
            i += skip;
            ncp += skip;
#endif
        }
        if (d[i] < 0x80) {
            i++;
            ncp++;
            continue;
        }
        if (d[i] >= 0xC2 && d[i] < 0xE0 && i + 1 < n && (d[i + 1] & 0xC0) == 0x80) {
            i += 2;
            ncp++;
            continue;
        }
        int64_t bad;
        const char *reason;
        int k = utf8_check_seq(d, i, n, false, &bad, &reason);
        if (k == 0) return -1;
        i += k;
        ncp++;
    }
    return ncp;
}

Value codec_decode(const char *data, size_t n, const char *encoding, const char *errors) {
    int enc = lookup_encoding(encoding);
    if (enc < 0) {
        err_clear();
        Value b = bytes_new(data, n);
        if (v_is_null(b)) return V_NULL;
        Value r = python_codec("_coil_decode", b, encoding, errors);
        v_decref(b);
        return r;
    }
    const uint8_t *d = (const uint8_t *)data;
    if (enc >= ENC_UTF16) return decode_wide(d, (int64_t)n, enc, errors);
    if (utf8_all_ascii(data, n)) return str_new_known(data, n, (int64_t)n, true);
    if (enc == ENC_LATIN1) return decode_latin1(d, n);
    if (enc == ENC_UTF8) {
        /* valid UTF-8 (the common case) is the str's data as it is */
        int64_t ncp = utf8_valid_count(d, (int64_t)n);
        if (ncp >= 0) return str_new_known(data, n, ncp, false);
    }
    StrBuilder sb;
    sb_init(&sb);
    bool surrogatepass = strcmp(errors, "surrogatepass") == 0;
    int64_t len = (int64_t)n;
    for (int64_t i = 0; i < len;) {
        if (d[i] < 0x80) {
            int64_t j = i + 1;
            while (j < len && d[j] < 0x80) j++;
            sb_append(&sb, data + i, (size_t)(j - i));
            i = j;
            continue;
        }
        if (enc == ENC_LATIN1) {
            sb_append_cp(&sb, d[i]);
            i++;
            continue;
        }
        if (enc == ENC_ASCII) {
            if (decode_error(&sb, errors, enc, d, len, i, i + 1, "ordinal not in range(128)") < 0) goto fail;
            i++;
            continue;
        }
        int64_t bad;
        const char *reason;
        int k = utf8_check_seq(d, i, len, surrogatepass, &bad, &reason);
        if (k > 0) {
            sb_append(&sb, data + i, (size_t)k);
            i += k;
        } else {
            if (decode_error(&sb, errors, enc, d, len, i, i + bad, reason) < 0) goto fail;
            i += bad;
        }
    }
    return sb_finish(&sb);
fail:
    sb_discard(&sb);
    return V_NULL;
}

Value codec_encode(Value s, const char *encoding, const char *errors) {
    int enc = lookup_encoding(encoding);
    if (enc < 0) {
        err_clear();
        return python_codec("_coil_encode", s, encoding, errors);
    }
    if (enc >= ENC_UTF16) return encode_wide(s, enc, errors);
    StrObject *o = v_as_str(s);
    if (o->is_ascii) return bytes_new(o->data, (size_t)o->nbytes);
    const char *d = o->data;
    int64_t n = o->nbytes;
    if (enc == ENC_UTF8) {
        /* Only surrogates (ED A0..BF xx) cannot be encoded. */
        bool clean = true;
        for (int64_t i = 0; i + 1 < n; i++)
            if ((uint8_t)d[i] == 0xED && (uint8_t)d[i + 1] >= 0xA0) { clean = false; break; }
        if (clean || strcmp(errors, "surrogatepass") == 0) return bytes_new(d, (size_t)n);
    }
    uint32_t limit = enc == ENC_ASCII ? 0x80 : enc == ENC_LATIN1 ? 0x100 : 0;
    const char *reason = enc == ENC_ASCII ? "ordinal not in range(128)"
                       : enc == ENC_LATIN1 ? "ordinal not in range(256)" : "surrogates not allowed";
    StrBuilder sb;
    sb_init(&sb);
    int64_t pos = 0;
    for (int64_t i = 0; i < n;) {
        int len;
        uint32_t cp = utf8_decode(d + i, &len);
        bool bad = enc == ENC_UTF8 ? (cp >= 0xD800 && cp < 0xE000) : cp >= limit;
        if (!bad) {
            if (enc == ENC_UTF8) sb_append(&sb, d + i, (size_t)len);
            else sb_append_char(&sb, (char)cp);
            i += len;
            pos++;
            continue;
        }
        if (strcmp(errors, "strict") == 0) {
            /* The error covers the whole run of unencodable characters. */
            int64_t end = pos + 1, j = i + len;
            while (j < n) {
                int l2;
                uint32_t c2 = utf8_decode(d + j, &l2);
                bool b2 = enc == ENC_UTF8 ? (c2 >= 0xD800 && c2 < 0xE000) : c2 >= limit;
                if (!b2) break;
                end++;
                j += l2;
            }
            err_unicode_encode(enc_names[enc], s, pos, end, reason);
            goto fail;
        } else if (strcmp(errors, "ignore") == 0) {
        } else if (strcmp(errors, "replace") == 0) {
            sb_append_char(&sb, '?');
        } else if (strcmp(errors, "backslashreplace") == 0) {
            char cb[16];
            format_char(cb, sizeof cb, cp);
            sb_append_cstr(&sb, cb);
        } else if (strcmp(errors, "xmlcharrefreplace") == 0) {
            sb_printf(&sb, "&#%u;", cp);
        } else if (strcmp(errors, "surrogateescape") == 0 && cp >= 0xDC80 && cp <= 0xDCFF) {
            sb_append_char(&sb, (char)(cp - 0xDC00));
        } else if (strcmp(errors, "surrogateescape") == 0 || strcmp(errors, "surrogatepass") == 0) {
            err_unicode_encode(enc_names[enc], s, pos, pos + 1, reason);
            goto fail;
        } else {
            err_format(&Exc_LookupError, "unknown error handler name '%s'", errors);
            goto fail;
        }
        i += len;
        pos++;
    }
    return bytes_from_sb(&sb);
fail:
    sb_discard(&sb);
    return V_NULL;
}

/* ---- repr, hash, compare ------------------------------------------------------------------ */

Value bytes_repr(Value v) {
    const uint8_t *d = as_bytes(v)->data;
    size_t n = (size_t)bsize(v);
    bool has_sq = memchr(d, '\'', n) != NULL, has_dq = memchr(d, '"', n) != NULL;
    char quote = (has_sq && !has_dq) ? '"' : '\'';
    StrBuilder sb;
    sb_init(&sb);
    sb_append_char(&sb, 'b');
    sb_append_char(&sb, quote);
    for (size_t i = 0; i < n; i++) {
        uint8_t c = d[i];
        if (c == (uint8_t)quote || c == '\\') {
            sb_append_char(&sb, '\\');
            sb_append_char(&sb, (char)c);
        } else if (c == '\t') sb_append(&sb, "\\t", 2);
        else if (c == '\n') sb_append(&sb, "\\n", 2);
        else if (c == '\r') sb_append(&sb, "\\r", 2);
        else if (c < 0x20 || c >= 0x7F) sb_printf(&sb, "\\x%02x", c);
        else sb_append_char(&sb, (char)c);
    }
    sb_append_char(&sb, quote);
    return sb_finish(&sb);
}

static Value bytes_repr_slot(Value self) { return bytes_repr(self); }

static int64_t bytes_hash(Value self) {
    BytesObject *b = as_bytes(self);
    if (b->hash == -1) b->hash = hash_bytes(b->data, (size_t)b->size);
    return b->hash;
}

static Value bytes_richcompare(Value a, Value b, int op) {
    if (!v_is_byteslike(a) || !v_is_byteslike(b)) return v_newref(V_NOTIMPL);
    int64_t na = bsize(a), nb = bsize(b);
    if (op == CMP_EQ || op == CMP_NE) {
        bool eq = na == nb && memcmp(bdata(a), bdata(b), (size_t)na) == 0;
        return v_from_bool(op == CMP_EQ ? eq : !eq);
    }
    int c = memcmp(bdata(a), bdata(b), (size_t)(na < nb ? na : nb));
    if (c == 0) c = na < nb ? -1 : na > nb;
    return v_from_bool(cmp_order_holds(op, c));
}

static int64_t bytes_len(Value self) { return bsize(self); }

/* self as an exact bytes (new reference): methods that may return their
 * operand unchanged return a plain bytes for subclass instances, as CPython. */
static Value bytes_exact(Value self) {
    if (v_is_bytes(self)) return v_newref(self);
    return bytes_new(bdata(self), (size_t)bsize(self));
}

static Value bytes_concat(Value a, Value b) {
    if (bsize(a) == 0) return bytes_exact(b);
    if (bsize(b) == 0) return bytes_exact(a);
    BytesObject *r = bytes_alloc((size_t)(bsize(a) + bsize(b)));
    if (!r) return V_NULL;
    memcpy(r->data, bdata(a), (size_t)bsize(a));
    memcpy(r->data + bsize(a), bdata(b), (size_t)bsize(b));
    return v_from_obj(r);
}

static Value bytes_nb_add(Value a, Value b) {
    if (v_is_byteslike(a) && v_is_byteslike(b)) return bytes_concat(a, b);
    if (v_is_byteslike(a) && v_is_bytearray(b)) {     /* bytes + bytearray is bytes */
        ByteArrayObject *y = (ByteArrayObject *)v_as_obj(b);
        BytesObject *r = bytes_alloc((size_t)(bsize(a) + y->size));
        if (!r) return V_NULL;
        memcpy(r->data, bdata(a), (size_t)bsize(a));
        if (y->size) memcpy(r->data + bsize(a), y->data, (size_t)y->size);
        return v_from_obj(r);
    }
    if (v_is_byteslike(a) && !(v_type(b)->flags & TPFLAG_HEAPTYPE))
        return err_format(&Exc_TypeError, "can't concat %s to bytes", v_type_name(b));
    return v_newref(V_NOTIMPL);
}

static Value bytes_nb_multiply(Value a, Value b) {
    Value seq, cnt;
    if (v_is_byteslike(a)) { seq = a; cnt = b; }
    else if (v_is_byteslike(b)) { seq = b; cnt = a; }
    else return v_newref(V_NOTIMPL);
    int64_t n;
    int r = seq_repeat_count(cnt, &n);
    if (r < 0) return V_NULL;
    if (r == 0) return v_newref(V_NOTIMPL);
    int64_t size = bsize(seq);
    if (n <= 0 || size == 0) return bytes_new("", 0);
    if (n == 1) return bytes_exact(seq);
    if (size > INT64_MAX / n) return err_format(&Exc_OverflowError, "repeated bytes are too long");
    BytesObject *o = bytes_alloc((size_t)(size * n));
    if (!o) return V_NULL;
    for (int64_t i = 0; i < n; i++) memcpy(o->data + i * size, bdata(seq), (size_t)size);
    return v_from_obj(o);
}

static Value bytes_getitem(Value self, Value key) {
    int64_t i;
    if (v_is_smallint(key)) {
        i = v_as_smallint(key);
    } else if (v_is_bool(key)) {
        i = key == V_TRUE;
    } else if (v_is_slice(key)) {
        int64_t start, stop, step;
        int64_t count = slice_unpack(key, bsize(self), &start, &stop, &step);
        if (count < 0) return V_NULL;
        if (step == 1) {
            if (count == bsize(self)) return bytes_exact(self);
            return bytes_new(bdata(self) + start, (size_t)count);
        }
        BytesObject *r = bytes_alloc((size_t)count);
        if (!r) return V_NULL;
        for (int64_t k = 0, j = start; k < count; k++, j += step) r->data[k] = (uint8_t)bdata(self)[j];
        return v_from_obj(r);
    } else if (v_is_bigint(key)) {
        return err_format(&Exc_IndexError, "cannot fit 'int' into an index-sized integer");
    } else if (v_type(key)->nb_index && !v_is_float(key)) {
        if (obj_as_index_i64(key, &i) < 0) return V_NULL;
    } else {
        return err_format(&Exc_TypeError, "byte indices must be integers or slices, not %s", v_type_name(key));
    }
    if (i < 0) i += bsize(self);
    if (i < 0 || i >= bsize(self)) return err_format(&Exc_IndexError, "index out of range");
    return v_from_smallint(as_bytes(self)->data[i]);
}

/* An int argument that must be a byte value (contains/find/count). 1 ok, 0 not an int, -1 error. */
static int byte_value(Value v, int *out) {
    if (!v_is_int_or_bool(v) && !(v_type(v)->nb_index && !v_is_float(v) && !v_is_strlike(v) && !v_is_byteslike(v)))
        return 0;
    int64_t i;
    if (obj_as_index_i64(v, &i) < 0) {
        if (!err_matches(&Exc_OverflowError)) return -1;
        err_clear();
        i = -1;
    }
    if (i < 0 || i > 255) {
        err_format(&Exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (int)i;
    return 1;
}

static int bytes_contains(Value self, Value item) {
    int b;
    int r = byte_value(item, &b);
    if (r < 0) return -1;
    if (r > 0) return memchr(bdata(self), b, (size_t)bsize(self)) != NULL;
    if (v_is_bytearray(item)) {
        ByteArrayObject *ba = (ByteArrayObject *)v_as_obj(item);
        if (ba->size == 0) return 1;
        return memmem(bdata(self), (size_t)bsize(self), ba->data, (size_t)ba->size) != NULL;
    }
    if (!v_is_byteslike(item)) {
        err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(item));
        return -1;
    }
    if (bsize(item) == 0) return 1;
    return memmem(bdata(self), (size_t)bsize(self), bdata(item), (size_t)bsize(item)) != NULL;
}

/* ---- iterator ------------------------------------------------------------------------------------ */

typedef struct BytesIterObject {
    Object ob;
    Value bytes;     /* V_NULL once exhausted */
    int64_t index;
} BytesIterObject;

static Value bytes_iter(Value self) {
    BytesIterObject *it = (BytesIterObject *)obj_alloc(&BytesIterType, sizeof(BytesIterObject));
    if (!it) return V_NULL;
    it->bytes = v_newref(self);
    it->index = 0;
    return v_from_obj(it);
}

static Value bytes_iter_next(Value self) {
    BytesIterObject *it = (BytesIterObject *)v_as_obj(self);
    if (it->bytes == V_NULL) return V_NULL;
    if (it->index >= bsize(it->bytes)) {
        v_clear(&it->bytes);
        return V_NULL;
    }
    return v_from_smallint(as_bytes(it->bytes)->data[it->index++]);
}

static Value bytes_iter_self(Value self) { return v_newref(self); }

static void bytes_iter_dealloc(Object *o) {
    v_clear(&((BytesIterObject *)o)->bytes);
    obj_free(o);
}

static void bytes_iter_traverse(Object *o, void (*visit)(Value v, void *arg), void *arg) {
    BytesIterObject *it = (BytesIterObject *)o;
    if (it->bytes != V_NULL) visit(it->bytes, arg);
}

/* ---- bytes(...) ------------------------------------------------------------------------------------ */

/* One int item of bytes(iterable): appended, or -1 with ValueError/TypeError. */
static int append_byte_item(StrBuilder *sb, Value item) {
    int64_t b;
    if (obj_as_index_i64(item, &b) < 0) {
        if (!err_matches(&Exc_OverflowError)) return -1;
        err_clear();
        b = -1;
    }
    if (b < 0 || b > 255) {
        err_format(&Exc_ValueError, "bytes must be in range(0, 256)");
        return -1;
    }
    sb_append_char(sb, (char)b);
    return 0;
}

static Value bytes_from_iterable(Value src) {
    const uint8_t *bd;
    int64_t bn;
    /* bytearray / memoryview: copy the buffer instead of iterating */
    if (bytes_like_view(src, &bd, &bn)) return bytes_new(bd, (size_t)bn);
    if (v_is_list(src) || v_is_tuple(src)) {
        bool list = v_is_list(src);
        int64_t n = list ? list_size(src) : tuple_size(src);
        StrBuilder sb;
        sb_init(&sb);
        for (int64_t i = 0; i < n; i++) {
            /* Re-read each time: an item's __index__ may mutate the list. */
            if (list && i >= list_size(src)) break;
            Value item = list ? list_items(src)[i] : tuple_items(src)[i];
            if (append_byte_item(&sb, item) < 0) {
                sb_discard(&sb);
                return V_NULL;
            }
        }
        return bytes_from_sb(&sb);
    }
    Value it = obj_iter(src);
    if (it == V_NULL) {
        if (err_matches(&Exc_TypeError)) {
            err_clear();
            err_format(&Exc_TypeError, "cannot convert '%s' object to bytes", v_type_name(src));
        }
        return V_NULL;
    }
    StrBuilder sb;
    sb_init(&sb);
    Value item;
    while ((item = obj_iternext(it)) != V_NULL) {
        int r = append_byte_item(&sb, item);
        v_decref(item);
        if (r < 0) goto fail;
    }
    if (err_occurred()) goto fail;
    v_decref(it);
    return bytes_from_sb(&sb);
fail:
    v_decref(it);
    sb_discard(&sb);
    return V_NULL;
}

static Value bytes_construct_exact(const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"source", "encoding", "errors"};
    Value a[3];
    if (args_parse("bytes", args, nargs, kwnames, names, 3, 3, 0, a) < 0) return V_NULL;
    Value src = a[0];
    if (a[1] != V_NULL || a[2] != V_NULL) {
        const char *enc = "utf-8", *errs = "strict";
        if (a[1] != V_NULL) {
            if (!v_is_strlike(a[1]))
                return err_format(&Exc_TypeError, "bytes() argument 'encoding' must be str, not %s",
                                  v_type_name(a[1]));
            enc = str_data(a[1]);
        }
        if (a[2] != V_NULL) {
            if (!v_is_strlike(a[2]))
                return err_format(&Exc_TypeError, "bytes() argument 'errors' must be str, not %s",
                                  v_type_name(a[2]));
            errs = str_data(a[2]);
        }
        if (src == V_NULL || !v_is_strlike(src)) {
            if (a[1] != V_NULL) return err_format(&Exc_TypeError, "encoding without a string argument");
            return err_format(&Exc_TypeError, "errors without a string argument");
        }
        return codec_encode(src, enc, errs);
    }
    if (src == V_NULL) return bytes_new("", 0);
    if (v_is_bytes(src)) return v_newref(src);
    /* An object with __bytes__ (looked up on its type) converts itself. */
    if (!v_is_strlike(src) && !v_is_bytearray(src) &&
        !v_is_null(type_lookup(v_type(src), str_intern_cstr("__bytes__")))) {
        Value meth = eval_lookup_special(src, "__bytes__");
        if (v_is_null(meth)) return V_NULL;
        Value r = obj_call(meth, NULL, 0, V_NULL);
        v_decref(meth);
        if (v_is_null(r)) return V_NULL;
        if (!v_is_bytes(r)) {
            err_format(&Exc_TypeError, "__bytes__ returned non-bytes (type %.200s)", v_type_name(r));
            v_decref(r);
            return V_NULL;
        }
        return r;
    }
    if (v_is_bytearray(src)) {
        ByteArrayObject *ba = (ByteArrayObject *)v_as_obj(src);
        return bytes_new(ba->data ? (const char *)ba->data : "", (size_t)ba->size);
    }
    if (v_is_strlike(src)) return err_format(&Exc_TypeError, "string argument without an encoding");
    if (v_is_int_or_bool(src) || (v_type(src)->nb_index && !v_is_float(src))) {
        int64_t n;
        if (obj_as_index_i64(src, &n) < 0) return V_NULL;
        if (n < 0) return err_format(&Exc_ValueError, "negative count");
        BytesObject *b = bytes_alloc((size_t)n);
        if (!b) return V_NULL;
        memset(b->data, 0, (size_t)n);
        return v_from_obj(b);
    }
    return bytes_from_iterable(src);
}

/* ---- methods ------------------------------------------------------------------------------------- */

static Value need_bytes(Value v) {
    return err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(v));
}

/* The data of any bytes-like argument (bytes or subclass, bytearray,
 * memoryview); borrowed, valid until the object changes. False if v is
 * not bytes-like (no exception set). */
static bool buf_of(Value v, const char **d, int64_t *n) {
    if (v_is_byteslike(v)) {
        *d = bdata(v);
        *n = bsize(v);
        return true;
    }
    const uint8_t *p;
    if (!bytes_like_view(v, &p, n)) return false;
    *d = (const char *)p;
    return true;
}

METHOD(decode) {
    static const char *const names[] = {"encoding", "errors"};
    Value a[2];
    if (args_parse("decode", args, nargs, kwnames, names, 2, 2, 0, a) < 0) return V_NULL;
    const char *enc = "utf-8", *errs = "strict";
    if (a[0] != V_NULL) {
        if (!v_is_strlike(a[0]))
            return err_format(&Exc_TypeError, "decode() argument 'encoding' must be str, not %s",
                              v_type_name(a[0]));
        enc = str_data(a[0]);
    }
    if (a[1] != V_NULL) {
        if (!v_is_strlike(a[1]))
            return err_format(&Exc_TypeError, "decode() argument 'errors' must be str, not %s",
                              v_type_name(a[1]));
        errs = str_data(a[1]);
    }
    return codec_decode(bdata(self), (size_t)bsize(self), enc, errs);
}

METHOD(join) {
    if (bcheck(self, "join", nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value seq = args[0];
    Value it;
    if (v_is_list(seq) || v_is_tuple(seq)) {
        it = v_newref(seq);
    } else {
        /* Materialise so that list and generic iterables share one loop. */
        Value probe = obj_iter(seq);
        if (probe == V_NULL) {
            if (err_matches(&Exc_TypeError)) {
                err_clear();
                err_format(&Exc_TypeError, "can only join an iterable");
            }
            return V_NULL;
        }
        v_decref(probe);
        it = list_from_iterable(seq);
        if (it == V_NULL) return V_NULL;
    }
    bool list = v_is_list(it);
    StrBuilder sb;
    sb_init(&sb);
    Value item;
    int64_t i = 0;
    for (; i < (list ? list_size(it) : tuple_size(it)); i++) {
        item = list ? list_items(it)[i] : tuple_items(it)[i];
        const uint8_t *idata;
        int64_t isize;
        if (v_is_byteslike(item)) {
            idata = as_bytes(item)->data;
            isize = bsize(item);
        } else if (!bytes_like_view(item, &idata, &isize)) {
            err_format(&Exc_TypeError, "sequence item %lld: expected a bytes-like object, %s found",
                       (long long)i, v_type_name(item));
            goto fail;
        }
        if (i > 0) sb_append(&sb, bdata(self), (size_t)bsize(self));
        sb_append(&sb, (const char *)idata, (size_t)isize);
    }
    v_decref(it);
    return bytes_from_sb(&sb);
fail:
    v_decref(it);
    sb_discard(&sb);
    return V_NULL;
}

static const uint8_t bytes_space[256] = {
    [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\v'] = 1, ['\f'] = 1,
};

static int append_piece(Value list, const char *p, int64_t n) {
    Value b = bytes_new(p, (size_t)n);
    if (b == V_NULL) return -1;
    return list_append_steal(list, b);
}

static Value split_common(Value self, const Value *args, size_t nargs, Value kwnames,
                          const char *name, bool reverse) {
    static const char *const names[] = {"sep", "maxsplit"};
    Value a[2];
    if (args_parse(name, args, nargs, kwnames, names, 2, 2, 0, a) < 0) return V_NULL;
    int64_t maxsplit = -1;
    if (a[1] != V_NULL && obj_as_index_i64(a[1], &maxsplit) < 0) return V_NULL;
    if (maxsplit < 0) maxsplit = -1;
    bool ws = a[0] == V_NULL || a[0] == V_NONE;
    const char *s = NULL;
    int64_t sepn = 0;
    if (!ws && !buf_of(a[0], &s, &sepn)) return need_bytes(a[0]);
    if (!ws && sepn == 0) return err_format(&Exc_ValueError, "empty separator");
    Value list = list_new(0);
    if (list == V_NULL) return V_NULL;
    const char *d = bdata(self);
    int64_t n = bsize(self);
    if (ws) {
        if (!reverse) {
            int64_t i = 0;
            while (i < n) {
                while (i < n && bytes_space[(uint8_t)d[i]]) i++;
                if (i >= n) break;
                int64_t j = i;
                if (maxsplit-- == 0) j = n;
                else while (j < n && !bytes_space[(uint8_t)d[j]]) j++;
                if (append_piece(list, d + i, j - i) < 0) goto fail;
                i = j;
            }
        } else {
            int64_t j = n;
            while (j > 0) {
                while (j > 0 && bytes_space[(uint8_t)d[j - 1]]) j--;
                if (j <= 0) break;
                int64_t i = j;
                if (maxsplit-- == 0) i = 0;
                else while (i > 0 && !bytes_space[(uint8_t)d[i - 1]]) i--;
                if (append_piece(list, d + i, j - i) < 0) goto fail;
                j = i;
            }
            list_reverse(list);
        }
        return list;
    }
    size_t m = (size_t)sepn;
    if (!reverse) {
        int64_t i = 0;
        while (maxsplit-- != 0) {
            const char *q = memmem(d + i, (size_t)(n - i), s, m);
            if (!q) break;
            if (append_piece(list, d + i, (q - d) - i) < 0) goto fail;
            i = (q - d) + (int64_t)m;
        }
        if (append_piece(list, d + i, n - i) < 0) goto fail;
    } else {
        int64_t j = n;
        while (maxsplit-- != 0 && j >= (int64_t)m) {
            int64_t q = j - (int64_t)m;
            while (q >= 0 && memcmp(d + q, s, m) != 0) q--;
            if (q < 0) break;
            if (append_piece(list, d + q + m, j - q - (int64_t)m) < 0) goto fail;
            j = q;
        }
        if (append_piece(list, d, j) < 0) goto fail;
        list_reverse(list);
    }
    return list;
fail:
    v_decref(list);
    return V_NULL;
}

METHOD(split) { return split_common(self, args, nargs, kwnames, "split", false); }
METHOD(rsplit) { return split_common(self, args, nargs, kwnames, "rsplit", true); }

static Value strip_common(Value self, const Value *args, size_t nargs, Value kwnames,
                          const char *name, bool left, bool right) {
    if (bcheck(self, name, nargs, kwnames, 0, 1) < 0) return V_NULL;
    uint8_t set[256];
    if (nargs == 0 || args[0] == V_NONE) {
        memcpy(set, bytes_space, sizeof set);
    } else {
        const char *cs;
        int64_t cn;
        if (!buf_of(args[0], &cs, &cn)) return need_bytes(args[0]);
        memset(set, 0, sizeof set);
        for (int64_t i = 0; i < cn; i++) set[(uint8_t)cs[i]] = 1;
    }
    const char *d = bdata(self);
    int64_t i = 0, j = bsize(self);
    if (left) while (i < j && set[(uint8_t)d[i]]) i++;
    if (right) while (j > i && set[(uint8_t)d[j - 1]]) j--;
    if (i == 0 && j == bsize(self)) return bytes_exact(self);
    return bytes_new(d + i, (size_t)(j - i));
}

METHOD(strip) { return strip_common(self, args, nargs, kwnames, "strip", true, true); }
METHOD(lstrip) { return strip_common(self, args, nargs, kwnames, "lstrip", true, false); }
METHOD(rstrip) { return strip_common(self, args, nargs, kwnames, "rstrip", false, true); }

static bool tailmatch(Value self, Value sub, int64_t start, int64_t end, bool at_end) {
    const char *sd;
    int64_t len = bsize(self), m;
    buf_of(sub, &sd, &m);
    adjust_indices(&start, &end, len);
    end -= m;
    if (end < start) return false;
    if (m == 0) return true;
    int64_t at = at_end ? end : start;
    return memcmp(bdata(self) + at, sd, (size_t)m) == 0;
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
            const char *sd;
            int64_t sn;
            if (!buf_of(sub, &sd, &sn)) return need_bytes(sub);
            if (tailmatch(self, sub, start, end, at_end)) return V_TRUE;
        }
        return V_FALSE;
    }
    const char *sd;
    int64_t sn;
    if (!buf_of(a[0], &sd, &sn))
        return err_format(&Exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
                          name, v_type_name(a[0]));
    return v_from_bool(tailmatch(self, a[0], start, end, at_end));
}

METHOD(startswith) { return startsendswith(self, args, nargs, kwnames, "startswith", false); }
METHOD(endswith) { return startsendswith(self, args, nargs, kwnames, "endswith", true); }

enum { FIND, RFIND, INDEX, RINDEX, COUNT };

static Value find_common(Value self, const Value *args, size_t nargs, Value kwnames,
                         const char *name, int kind) {
    if (args_check_old_style(name, nargs, kwnames, 1, 3) < 0) return V_NULL;
    Value a[3] = {args[0], nargs > 1 ? args[1] : V_NULL, nargs > 2 ? args[2] : V_NULL};
    char one;
    const char *sub;
    int64_t m;
    int b;
    int r = byte_value(a[0], &b);
    if (r < 0) return V_NULL;
    if (r > 0) {
        one = (char)b;
        sub = &one;
        m = 1;
    } else if (!buf_of(a[0], &sub, &m)) {
        return err_format(&Exc_TypeError, "argument should be integer or bytes-like object, not '%s'",
                          v_type_name(a[0]));
    }
    int64_t start = 0, end = INT64_MAX / 2, len = bsize(self);
    if (parse_slice_index(a[1], &start) < 0 || parse_slice_index(a[2], &end) < 0) return V_NULL;
    adjust_indices(&start, &end, len);
    const char *d = bdata(self);
    if (kind == COUNT) {
        if (start > end) return v_from_smallint(0);
        if (m == 0) return int_from_i64(end - start + 1);
        return int_from_i64(str_count_bytes(d + start, (size_t)(end - start), sub, (size_t)m, INT64_MAX));
    }
    int64_t result = -1;
    if (start <= end && m <= end - start) {
        if (kind == FIND || kind == INDEX) {
            const char *q = str_find_bytes(d + start, (size_t)(end - start), sub, (size_t)m);
            if (q) result = q - d;
        } else {
            for (int64_t i = end - m; i >= start; i--)
                if (memcmp(d + i, sub, (size_t)m) == 0) { result = i; break; }
        }
    }
    if (result < 0 && (kind == INDEX || kind == RINDEX))
        return err_format(&Exc_ValueError, "subsection not found");
    return int_from_i64(result);
}

METHOD(find) { return find_common(self, args, nargs, kwnames, "find", FIND); }
METHOD(rfind) { return find_common(self, args, nargs, kwnames, "rfind", RFIND); }
METHOD(index) { return find_common(self, args, nargs, kwnames, "index", INDEX); }
METHOD(rindex) { return find_common(self, args, nargs, kwnames, "rindex", RINDEX); }
METHOD(count) { return find_common(self, args, nargs, kwnames, "count", COUNT); }

METHOD(replace) {
    if (bcheck(self, "replace", nargs, kwnames, 2, 3) < 0) return V_NULL;
    Value a[3] = {args[0], args[1], nargs > 2 ? args[2] : V_NULL};
    const char *o, *nw;
    int64_t m, nwn;
    if (!buf_of(a[0], &o, &m)) return need_bytes(a[0]);
    if (!buf_of(a[1], &nw, &nwn)) return need_bytes(a[1]);
    int64_t count = -1;
    if (a[2] != V_NULL && obj_as_index_i64(a[2], &count) < 0) return V_NULL;
    if (count < 0) count = INT64_MAX;
    const char *d = bdata(self);
    int64_t n = bsize(self);
    StrBuilder sb;
    sb_init(&sb);
    if (m == 0) {
        int64_t i = 0;
        while (count-- > 0) {
            sb_append(&sb, nw, (size_t)nwn);
            if (i >= n) break;
            sb_append_char(&sb, d[i++]);
        }
        sb_append(&sb, d + i, (size_t)(n - i));
        return bytes_from_sb(&sb);
    }
    /* find the occurrences, then fill a result of exactly the right size */
    int64_t *pos;
    int64_t k = str_find_all(d, (size_t)n, o, (size_t)m, count, &pos);
    if (k <= 0) return k < 0 ? V_NULL : bytes_exact(self);
    if (nwn > m && k > (INT64_MAX / 4 - n) / (nwn - m)) {
        mem_free(pos);
        return err_nomem();
    }
    int64_t rn = n + k * (nwn - m);
    BytesObject *r = bytes_alloc((size_t)rn);
    if (!r) {
        mem_free(pos);
        return V_NULL;
    }
    uint8_t *out = r->data;
    int64_t i = 0;
    for (int64_t j = 0; j < k; j++) {
        int64_t q = pos[j];
        memcpy(out, d + i, (size_t)(q - i));
        out += q - i;
        memcpy(out, nw, (size_t)nwn);
        out += nwn;
        i = q + m;
    }
    mem_free(pos);
    memcpy(out, d + i, (size_t)(n - i));
    return v_from_obj(r);
}

static Value bytes_case(Value self, size_t nargs, Value kwnames, const char *name, bool upper) {
    if (bcheck(self, name, nargs, kwnames, 0, 0) < 0) return V_NULL;
    BytesObject *r = bytes_alloc((size_t)bsize(self));
    if (!r) return V_NULL;
    const char *d = bdata(self);
    for (int64_t i = 0; i < bsize(self); i++) {
        char c = d[i];
        if (upper && c >= 'a' && c <= 'z') c = (char)(c - 32);
        else if (!upper && c >= 'A' && c <= 'Z') c = (char)(c + 32);
        r->data[i] = (uint8_t)c;
    }
    return v_from_obj(r);
}

METHOD(upper) { (void)args; return bytes_case(self, nargs, kwnames, "upper", true); }
METHOD(lower) { (void)args; return bytes_case(self, nargs, kwnames, "lower", false); }

/* hex(sep=None, bytes_per_sep=1): groups of bytes_per_sep bytes counted
 * from the right (from the left when negative). */
METHOD(hex) {
    static const char *const names[] = {"sep", "bytes_per_sep"};
    Value a[2];
    if (args_parse("hex", args, nargs, kwnames, names, 2, 2, 0, a) < 0) return V_NULL;
    char sep = 0;
    if (a[0] != V_NULL && a[0] != V_NONE) {
        const char *sp;
        int64_t sl;
        if (v_is_strlike(a[0])) {
            sp = str_data(a[0]);
            sl = str_len(a[0]);
            if (sl == 1 && !v_as_str(a[0])->is_ascii)
                return err_format(&Exc_ValueError, "sep must be ASCII.");
        } else if (v_is_byteslike(a[0])) {
            sp = bdata(a[0]);
            sl = bsize(a[0]);
        } else {
            return err_format(&Exc_TypeError, "sep must be str or bytes.");
        }
        if (sl != 1) return err_format(&Exc_ValueError, "sep must be length 1.");
        sep = sp[0];
    }
    int64_t per = 1;
    if (a[1] != V_NULL && obj_as_index_i64(a[1], &per) < 0) return V_NULL;
    const uint8_t *d = as_bytes(self)->data;
    int64_t n = bsize(self);
    static const char digits[] = "0123456789abcdef";
    int64_t group = per < 0 ? -per : per;
    if (!sep || group == 0 || group >= n) {
        /* no separators: two digits per byte, straight into the str */
        if (n == 0) return str_empty();
        Value r = str_alloc_known((size_t)n * 2, n * 2, true);
        if (v_is_null(r)) return V_NULL;
        char *out = v_as_str(r)->data;
        for (int64_t i = 0; i < n; i++) {
            out[2 * i] = digits[d[i] >> 4];
            out[2 * i + 1] = digits[d[i] & 15];
        }
        return r;
    }
    StrBuilder sb;
    sb_init(&sb);
    for (int64_t i = 0; i < n; i++) {
        if (sep && group > 0 && i > 0) {
            bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (boundary) sb_append_char(&sb, sep);
        }
        sb_append_char(&sb, digits[d[i] >> 4]);
        sb_append_char(&sb, digits[d[i] & 15]);
    }
    return sb_finish(&sb);
}

/* ---- parity methods (partition, padding, case, predicates, translate) ---- */

static Value partition_common(Value self, const Value *args, size_t nargs, Value kwnames,
                              const char *name, bool reverse) {
    if (bcheck(self, name, nargs, kwnames, 1, 1) < 0) return V_NULL;
    const char *s, *d = bdata(self);
    int64_t m, n = bsize(self);
    if (!buf_of(args[0], &s, &m)) return need_bytes(args[0]);
    if (m == 0) return err_format(&Exc_ValueError, "empty separator");
    int64_t at = -1;
    if (!reverse) {
        const char *q = memmem(d, (size_t)n, s, (size_t)m);
        if (q) at = q - d;
    } else {
        for (int64_t i = n - m; i >= 0; i--)
            if (memcmp(d + i, s, (size_t)m) == 0) { at = i; break; }
    }
    Value t = tuple_new(3);
    if (t == V_NULL) return V_NULL;
    for (int i = 0; i < 3; i++) tuple_items(t)[i] = V_NONE;
    Value parts[3];
    if (at < 0) {
        Value e = bytes_new("", 0);
        parts[reverse ? 2 : 0] = bytes_exact(self);
        parts[1] = e;
        parts[reverse ? 0 : 2] = e == V_NULL ? V_NULL : v_newref(e);
    } else {
        parts[0] = bytes_new(d, (size_t)at);
        parts[1] = v_newref(args[0]);   /* CPython returns the separator object itself */
        parts[2] = bytes_new(d + at + m, (size_t)(n - at - m));
    }
    for (int i = 0; i < 3; i++) {
        if (parts[i] == V_NULL) {
            for (int j = 0; j < 3; j++) if (parts[j] != V_NULL) v_decref(parts[j]);
            v_decref(t);
            return V_NULL;
        }
        tuple_items(t)[i] = parts[i];
    }
    return t;
}

METHOD(partition) { return partition_common(self, args, nargs, kwnames, "partition", false); }
METHOD(rpartition) { return partition_common(self, args, nargs, kwnames, "rpartition", true); }

/* Pads self to width with fill: left bytes before, the rest after. */
static Value pad(Value self, int64_t left, int64_t right, char fill) {
    int64_t n = bsize(self);
    if (left <= 0 && right <= 0) return bytes_exact(self);
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    BytesObject *r = bytes_alloc((size_t)(left + n + right));
    if (!r) return V_NULL;
    memset(r->data, fill, (size_t)left);
    memcpy(r->data + left, bdata(self), (size_t)n);
    memset(r->data + left + n, fill, (size_t)right);
    return v_from_obj(r);
}

enum { PAD_CENTER, PAD_LJUST, PAD_RJUST };

static Value justify(Value self, const Value *args, size_t nargs, Value kwnames,
                     const char *name, int how) {
    if (bcheck(self, name, nargs, kwnames, 1, 2) < 0) return V_NULL;
    int64_t width;
    if (obj_as_index_i64(args[0], &width) < 0) return V_NULL;
    char fill = ' ';
    if (nargs > 1) {
        const char *f;
        int64_t fn;
        if (!buf_of(args[1], &f, &fn) || fn != 1)
            return err_format(&Exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s",
                              name, v_type_name(args[1]));
        fill = f[0];
    }
    int64_t n = bsize(self), marg = width - n;
    if (marg <= 0) return bytes_exact(self);
    if (how == PAD_LJUST) return pad(self, 0, marg, fill);
    if (how == PAD_RJUST) return pad(self, marg, 0, fill);
    /* CPython's rounding: the odd byte goes left when both are odd */
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

METHOD(center) { return justify(self, args, nargs, kwnames, "center", PAD_CENTER); }
METHOD(ljust) { return justify(self, args, nargs, kwnames, "ljust", PAD_LJUST); }
METHOD(rjust) { return justify(self, args, nargs, kwnames, "rjust", PAD_RJUST); }

METHOD(zfill) {
    if (bcheck(self, "zfill", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t width;
    if (obj_as_index_i64(args[0], &width) < 0) return V_NULL;
    int64_t n = bsize(self);
    if (width <= n) return bytes_exact(self);
    Value r = pad(self, width - n, 0, '0');
    if (r == V_NULL) return V_NULL;
    uint8_t *d = as_bytes(r)->data;
    /* a sign moves to the front, ahead of the zeros */
    if (n > 0 && (d[width - n] == '+' || d[width - n] == '-')) {
        d[0] = d[width - n];
        d[width - n] = '0';
    }
    return r;
}

METHOD(expandtabs) {
    static const char *const names[] = {"tabsize"};
    Value a[1];
    if (args_parse("expandtabs", args, nargs, kwnames, names, 1, 1, 0, a) < 0) return V_NULL;
    int64_t tab = 8;
    if (a[0] != V_NULL && obj_as_index_i64(a[0], &tab) < 0) return V_NULL;
    const char *d = bdata(self);
    StrBuilder sb;
    sb_init(&sb);
    int64_t col = 0;
    for (int64_t i = 0; i < bsize(self); i++) {
        char c = d[i];
        if (c == '\t') {
            if (tab > 0) {
                int64_t k = tab - col % tab;
                col += k;
                while (k--) sb_append_char(&sb, ' ');
            }
        } else {
            sb_append_char(&sb, c);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    return bytes_from_sb(&sb);
}

METHOD(splitlines) {
    static const char *const names[] = {"keepends"};
    Value a[1];
    if (args_parse("splitlines", args, nargs, kwnames, names, 1, 1, 0, a) < 0) return V_NULL;
    int keep = 0;
    if (a[0] != V_NULL) {
        if (v_is_float(a[0]))
            return err_format(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
        keep = obj_truthy(a[0]);
        if (keep < 0) return V_NULL;
    }
    const char *d = bdata(self);
    int64_t n = bsize(self), i = 0;
    Value list = list_new(0);
    if (list == V_NULL) return V_NULL;
    while (i < n) {
        int64_t j = i;
        while (j < n && d[j] != '\n' && d[j] != '\r') j++;
        int64_t eol = j;
        if (j < n) j += (d[j] == '\r' && j + 1 < n && d[j + 1] == '\n') ? 2 : 1;
        if (append_piece(list, d + i, (keep ? j : eol) - i) < 0) {
            v_decref(list);
            return V_NULL;
        }
        i = j;
    }
    return list;
}

static inline bool b_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
static inline bool b_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }

enum { CASE_TITLE, CASE_CAPITALIZE, CASE_SWAP };

static Value recase(Value self, size_t nargs, Value kwnames, const char *name, int how) {
    if (bcheck(self, name, nargs, kwnames, 0, 0) < 0) return V_NULL;
    int64_t n = bsize(self);
    BytesObject *r = bytes_alloc((size_t)n);
    if (!r) return V_NULL;
    const uint8_t *d = as_bytes(self)->data;
    bool prev_cased = false;
    for (int64_t i = 0; i < n; i++) {
        uint8_t c = d[i];
        bool want_upper;
        if (how == CASE_SWAP) want_upper = b_lower(c);
        else if (how == CASE_CAPITALIZE) want_upper = i == 0;
        else want_upper = !prev_cased;
        bool cased = b_lower(c) || b_upper(c);
        if (cased) c = want_upper ? (uint8_t)(c & ~0x20) : (uint8_t)(c | 0x20);
        prev_cased = cased;
        r->data[i] = c;
    }
    return v_from_obj(r);
}

METHOD(title) { (void)args; return recase(self, nargs, kwnames, "title", CASE_TITLE); }
METHOD(capitalize) { (void)args; return recase(self, nargs, kwnames, "capitalize", CASE_CAPITALIZE); }
METHOD(swapcase) { (void)args; return recase(self, nargs, kwnames, "swapcase", CASE_SWAP); }

enum { IS_ALPHA, IS_DIGIT, IS_ALNUM, IS_SPACE, IS_ASCII };

static Value is_class(Value self, size_t nargs, Value kwnames, const char *name, int what) {
    if (bcheck(self, name, nargs, kwnames, 0, 0) < 0) return V_NULL;
    const uint8_t *d = as_bytes(self)->data;
    int64_t n = bsize(self);
    if (n == 0) return v_from_bool(what == IS_ASCII);
    for (int64_t i = 0; i < n; i++) {
        uint8_t c = d[i];
        bool ok;
        switch (what) {
        case IS_ALPHA: ok = b_lower(c) || b_upper(c); break;
        case IS_DIGIT: ok = c >= '0' && c <= '9'; break;
        case IS_ALNUM: ok = b_lower(c) || b_upper(c) || (c >= '0' && c <= '9'); break;
        case IS_SPACE: ok = bytes_space[c]; break;
        default: ok = c < 128; break;
        }
        if (!ok) return V_FALSE;
    }
    return V_TRUE;
}

METHOD(isalpha) { (void)args; return is_class(self, nargs, kwnames, "isalpha", IS_ALPHA); }
METHOD(isdigit) { (void)args; return is_class(self, nargs, kwnames, "isdigit", IS_DIGIT); }
METHOD(isalnum) { (void)args; return is_class(self, nargs, kwnames, "isalnum", IS_ALNUM); }
METHOD(isspace) { (void)args; return is_class(self, nargs, kwnames, "isspace", IS_SPACE); }
METHOD(isascii) { (void)args; return is_class(self, nargs, kwnames, "isascii", IS_ASCII); }

/* isupper/islower: at least one cased byte and none of the other case. */
static Value is_case(Value self, size_t nargs, Value kwnames, const char *name, bool upper) {
    if (bcheck(self, name, nargs, kwnames, 0, 0) < 0) return V_NULL;
    const uint8_t *d = as_bytes(self)->data;
    bool cased = false;
    for (int64_t i = 0; i < bsize(self); i++) {
        if (upper ? b_lower(d[i]) : b_upper(d[i])) return V_FALSE;
        if (upper ? b_upper(d[i]) : b_lower(d[i])) cased = true;
    }
    return v_from_bool(cased);
}

METHOD(isupper) { (void)args; return is_case(self, nargs, kwnames, "isupper", true); }
METHOD(islower) { (void)args; return is_case(self, nargs, kwnames, "islower", false); }

METHOD(istitle) {
    (void)args;
    if (bcheck(self, "istitle", nargs, kwnames, 0, 0) < 0) return V_NULL;
    const uint8_t *d = as_bytes(self)->data;
    bool cased = false, prev = false;
    for (int64_t i = 0; i < bsize(self); i++) {
        if (b_upper(d[i])) {
            if (prev) return V_FALSE;
            prev = cased = true;
        } else if (b_lower(d[i])) {
            if (!prev) return V_FALSE;
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return v_from_bool(cased);
}

METHOD(translate) {
    static const char *const names[] = {NULL, "delete"};
    Value a[2];
    if (args_parse("translate", args, nargs, kwnames, names, 2, 2, 1, a) < 0) return V_NULL;
    const char *table = NULL, *del = NULL;
    int64_t tn = 0, dn = 0;
    if (a[0] != V_NONE) {
        if (!buf_of(a[0], &table, &tn)) return need_bytes(a[0]);
        if (tn != 256)
            return err_format(&Exc_ValueError, "translation table must be 256 characters long");
    }
    if (a[1] != V_NULL && !buf_of(a[1], &del, &dn)) return need_bytes(a[1]);
    uint8_t drop[256] = {0};
    for (int64_t i = 0; i < dn; i++) drop[(uint8_t)del[i]] = 1;
    const uint8_t *d = as_bytes(self)->data;
    int64_t n = bsize(self);
    StrBuilder sb;
    sb_init(&sb);
    bool changed = false;
    for (int64_t i = 0; i < n; i++) {
        if (drop[d[i]]) { changed = true; continue; }
        char c = table ? table[d[i]] : (char)d[i];
        changed |= (uint8_t)c != d[i];
        sb_append_char(&sb, c);
    }
    if (!changed) {
        sb_discard(&sb);
        return bytes_exact(self);
    }
    return bytes_from_sb(&sb);
}

/* bytes.maketrans(frm, to): a static method (self is V_NULL). */
METHOD(maketrans) {
    (void)self;
    if (bcheck(self, "maketrans", nargs, kwnames, 2, 2) < 0) return V_NULL;
    const char *f, *t;
    int64_t fn, tn;
    if (!buf_of(args[0], &f, &fn)) return need_bytes(args[0]);
    if (!buf_of(args[1], &t, &tn)) return need_bytes(args[1]);
    if (fn != tn) return err_format(&Exc_ValueError, "maketrans arguments must have same length");
    BytesObject *r = bytes_alloc(256);
    if (!r) return V_NULL;
    for (int i = 0; i < 256; i++) r->data[i] = (uint8_t)i;
    for (int64_t i = 0; i < fn; i++) r->data[(uint8_t)f[i]] = (uint8_t)t[i];
    return v_from_obj(r);
}

static Value remove_affix(Value self, const Value *args, size_t nargs, Value kwnames,
                          const char *name, bool suffix) {
    if (bcheck(self, name, nargs, kwnames, 1, 1) < 0) return V_NULL;
    const char *p;
    int64_t m, n = bsize(self);
    if (!buf_of(args[0], &p, &m)) return need_bytes(args[0]);
    if (m > 0 && m <= n && memcmp(bdata(self) + (suffix ? n - m : 0), p, (size_t)m) == 0)
        return bytes_new(bdata(self) + (suffix ? 0 : m), (size_t)(n - m));
    return bytes_exact(self);
}

METHOD(removeprefix) { return remove_affix(self, args, nargs, kwnames, "removeprefix", false); }
METHOD(removesuffix) { return remove_affix(self, args, nargs, kwnames, "removesuffix", true); }

#define M(name) {#name, bytes_##name, 0, NULL}
/* bytes.fromhex(str): the parsing is bytearray.fromhex's; the result is
 * copied into a bytes (or handed to a subclass's constructor). */
METHOD(fromhex) {
    if (bcheck(self, "fromhex", nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value ba = obj_call_method(v_from_obj(&ByteArrayType), "fromhex", args, 1);
    if (ba == V_NULL) return V_NULL;
    ByteArrayObject *b = (ByteArrayObject *)v_as_obj(ba);
    Value r = bytes_new(b->data ? (const char *)b->data : "", (size_t)b->size);
    v_decref(ba);
    if (r == V_NULL || self == v_from_obj(&BytesType)) return r;
    Value sub = obj_call1(self, r);
    v_decref(r);
    return sub;
}

METHOD(getnewargs) {
    (void)args;
    if (args_check_positional("bytes.__getnewargs__", nargs, kwnames, 0, 0) < 0) return V_NULL;
    Value copy = v_is_bytes(self) ? v_newref(self) : bytes_new(bdata(self), (size_t)bsize(self));
    if (v_is_null(copy)) return V_NULL;
    return tuple_from_array_steal(&copy, 1);
}

static const MethodDef bytes_methods[] = {
    {"__getnewargs__", bytes_getnewargs, 0, NULL},
    {"fromhex", bytes_fromhex, METH_CLASS, NULL},
    M(decode), M(join), M(split), M(rsplit), M(strip), M(lstrip), M(rstrip),
    M(startswith), M(endswith), M(find), M(rfind), M(index), M(rindex), M(count),
    M(replace), M(upper), M(lower), M(hex),
    M(partition), M(rpartition), M(center), M(ljust), M(rjust), M(zfill), M(expandtabs),
    M(splitlines), M(title), M(capitalize), M(swapcase), M(isalpha), M(isdigit), M(isalnum),
    M(isspace), M(isupper), M(islower), M(istitle), M(isascii), M(translate),
    M(removeprefix), M(removesuffix),
    {"maketrans", bytes_maketrans, METH_STATIC, NULL},
    {NULL, NULL, 0, NULL},
};

static void bytes_dealloc(Object *o) { obj_free(o); }

static int bytes_bool(Value self) { return bsize(self) != 0; }

/* bytes(...) for bytes or a subclass: a subclass instance copies the
 * data; its dict slot (dictoffset < 0) follows the data rounded up to a
 * Value boundary (instance_var_dictptr). */
static Value bytes_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    Value r = bytes_construct_exact(args, nargs, kwnames);
    if (type == &BytesType || v_is_null(r)) return r;
    BytesObject *src = (BytesObject *)v_as_obj(r);
    size_t n = (size_t)src->size;
    size_t size = offsetof(BytesObject, data) + n + 1;
    if (size < type->basicsize) size = type->basicsize;
    size_t end = (size + sizeof(Value) - 1) & ~(sizeof(Value) - 1);
    if (type->dictoffset < 0) size = end + sizeof(Value);
    BytesObject *b = (BytesObject *)obj_alloc(type, size);
    if (!b) { v_decref(r); return V_NULL; }
    b->size = (int64_t)n;
    b->hash = -1;
    memcpy(b->data, src->data, n + 1);
    if (type->dictoffset < 0) *(Value *)((char *)b + end) = V_NULL;
    v_decref(r);
    return v_from_obj(b);
}

TypeObject BytesType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "bytes",
    .base = &ObjectType,
    .dict = V_NULL,
    .mro = V_NULL,
    .flags = TPFLAG_BASETYPE | TPFLAG_BYTES_SUBCLASS | TPFLAG_NEW_TAKES_ARGS,
    .basicsize = sizeof(BytesObject),
    .dealloc = bytes_dealloc,
    .repr = bytes_repr_slot,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .bool_ = bytes_bool,
    .len = bytes_len,
    .nb = {
        [NB_ADD] = bytes_nb_add,
        [NB_MULTIPLY] = bytes_nb_multiply,
        [NB_REMAINDER] = format_bytes_remainder,
    },
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .iter = bytes_iter,
    .construct = bytes_construct,
    .methods = bytes_methods,
};

TypeObject BytesIterType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "bytes_iterator",
    .base = &ObjectType,
    .dict = V_NULL,
    .mro = V_NULL,
    .basicsize = sizeof(BytesIterObject),
    .dealloc = bytes_iter_dealloc,
    .iter = bytes_iter_self,
    .iternext = bytes_iter_next,
    .traverse = bytes_iter_traverse,
};

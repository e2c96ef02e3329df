/* binascii.c: conversions between binary data and ASCII encodings (hex,
 * base64) and the CRC-32 checksum, as CPython's binascii module. Inputs
 * are bytes-like objects, or ASCII str for the a2b_* functions. */
#include <stdio.h>
#include <string.h>
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../bytearray.h"
#include "../int.h"
#include "../dict.h"
#include "../tuple.h"

static Value ErrorType = V_NULL, IncompleteType = V_NULL;

/* Binary input: bytes-like only (b2a_* and crc32). */
static int bin_arg(Value v, const uint8_t **p, int64_t *n) {
    if (bytes_like_view(v, p, n)) return 0;
    err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(v));
    return -1;
}

/* ASCII input: bytes-like or a str of ASCII characters (a2b_*). */
static int ascii_arg(Value v, const uint8_t **p, int64_t *n) {
    if (v_is_str(v)) {
        const char *d = str_data(v);
        int64_t len = str_nbytes(v);
        for (int64_t i = 0; i < len; i++) {
            if ((uint8_t)d[i] >= 0x80) {
                err_format(&Exc_ValueError, "string argument should contain only ASCII characters");
                return -1;
            }
        }
        *p = (const uint8_t *)d;
        *n = len;
        return 0;
    }
    if (bytes_like_view(v, p, n)) return 0;
    err_format(&Exc_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", v_type_name(v));
    return -1;
}

static Value raise_error(const char *msg) {
    return err_format(v_is_null(ErrorType) ? &Exc_ValueError : (TypeObject *)v_as_obj(ErrorType), "%s", msg);
}

/* ---- hex ---- */

static Value hexlify_impl(const char *fname, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"data", "sep", "bytes_per_sep"};
    Value a[3];
    if (args_parse(fname, args, nargs, kwnames, kw, 3, 3, 1, a) < 0) return V_NULL;
    const uint8_t *p;
    int64_t n;
    if (bin_arg(a[0], &p, &n) < 0) return V_NULL;
    char sep = 0;
    int64_t per = 1;
    if (!v_is_null(a[1]) && a[1] != V_NONE) {
        const uint8_t *sp;
        int64_t sn;
        if (v_is_str(a[1])) {
            sp = (const uint8_t *)str_data(a[1]);
            sn = str_nbytes(a[1]);
        } else if (!bytes_like_view(a[1], &sp, &sn)) {
            return err_format(&Exc_TypeError, "sep must be str or bytes.");
        }
        if (sn != 1) return err_format(&Exc_ValueError, "sep must be length 1.");
        if (sp[0] >= 0x80) return err_format(&Exc_ValueError, "sep must be ASCII.");
        sep = (char)sp[0];
        if (!v_is_null(a[2]) && obj_as_index_i64(a[2], &per) < 0) return V_NULL;
    }
    static const char digits[] = "0123456789abcdef";
    int64_t group = per < 0 ? -per : per;
    int64_t nseps = (sep && group > 0 && n > 0) ? (n - 1) / group : 0;
    size_t outlen = (size_t)(2 * n + nseps);
    char *out = mem_alloc(outlen + 1);
    if (!out) return err_nomem();
    size_t o = 0;
    for (int64_t i = 0; i < n; i++) {
        if (nseps && i > 0) {
            /* per > 0 groups from the right, per < 0 from the left */
            int64_t pos = per > 0 ? n - i : i;
            if (pos % group == 0) out[o++] = sep;
        }
        out[o++] = digits[p[i] >> 4];
        out[o++] = digits[p[i] & 15];
    }
    Value r = bytes_new(out, o);
    mem_free(out);
    return r;
}

static Value ba_hexlify(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return hexlify_impl("hexlify", args, nargs, kwnames);
}

static Value ba_b2a_hex(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return hexlify_impl("b2a_hex", args, nargs, kwnames);
}

static int hexval(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static Value unhexlify_impl(const char *fname, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"hexstr"};
    Value a[1];
    if (args_parse(fname, args, nargs, kwnames, kw, 1, 1, 1, a) < 0) return V_NULL;
    const uint8_t *p;
    int64_t n;
    if (ascii_arg(a[0], &p, &n) < 0) return V_NULL;
    if (n % 2) return raise_error("Odd-length string");
    uint8_t *out = mem_alloc((size_t)(n / 2) + 1);
    if (!out) return err_nomem();
    for (int64_t i = 0; i < n; i += 2) {
        int hi = hexval(p[i]), lo = hexval(p[i + 1]);
        if (hi < 0 || lo < 0) {
            mem_free(out);
            return raise_error("Non-hexadecimal digit found");
        }
        out[i / 2] = (uint8_t)(hi << 4 | lo);
    }
    Value r = bytes_new(out, (size_t)(n / 2));
    mem_free(out);
    return r;
}

static Value ba_unhexlify(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return unhexlify_impl("unhexlify", args, nargs, kwnames);
}

static Value ba_a2b_hex(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return unhexlify_impl("a2b_hex", args, nargs, kwnames);
}

/* ---- base64 ---- */

static const char b64chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64val(uint8_t c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

static Value ba_b2a_base64(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {NULL, "newline"};
    Value a[2];
    if (args_parse("b2a_base64", args, nargs, kwnames, kw, 2, 1, 1, a) < 0) return V_NULL;
    const uint8_t *p;
    int64_t n;
    if (bin_arg(a[0], &p, &n) < 0) return V_NULL;
    int newline = 1;
    if (!v_is_null(a[1])) {
        newline = obj_truthy(a[1]);
        if (newline < 0) return V_NULL;
    }
    size_t outlen = (size_t)((n + 2) / 3 * 4) + (size_t)newline;
    char *out = mem_alloc(outlen + 1);
    if (!out) return err_nomem();
    size_t o = 0;
    int64_t i = 0;
    for (; i + 2 < n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
        out[o++] = b64chars[v >> 18];
        out[o++] = b64chars[(v >> 12) & 63];
        out[o++] = b64chars[(v >> 6) & 63];
        out[o++] = b64chars[v & 63];
    }
    if (n - i == 1) {
        uint32_t v = (uint32_t)p[i] << 16;
        out[o++] = b64chars[v >> 18];
        out[o++] = b64chars[(v >> 12) & 63];
        out[o++] = '=';
        out[o++] = '=';
    } else if (n - i == 2) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8;
        out[o++] = b64chars[v >> 18];
        out[o++] = b64chars[(v >> 12) & 63];
        out[o++] = b64chars[(v >> 6) & 63];
        out[o++] = '=';
    }
    if (newline) out[o++] = '\n';
    Value r = bytes_new(out, o);
    mem_free(out);
    return r;
}

/* CPython's rules: outside strict mode, characters that are not in the
 * alphabet are skipped and data after complete padding is ignored; the
 * number of data characters must not be 1 mod 4 ("Invalid base64-encoded
 * string: number of data characters (N) cannot be 1 more than a multiple
 * of 4"), and missing padding is "Incorrect padding". */
static Value ba_a2b_base64(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {NULL, "strict_mode"};
    Value a[2];
    if (args_parse("a2b_base64", args, nargs, kwnames, kw, 2, 1, 1, a) < 0) return V_NULL;
    const uint8_t *p;
    int64_t n;
    if (ascii_arg(a[0], &p, &n) < 0) return V_NULL;
    int strict = 0;
    if (!v_is_null(a[1])) {
        strict = obj_truthy(a[1]);
        if (strict < 0) return V_NULL;
    }
    uint8_t *out = mem_alloc((size_t)(n / 4 * 3) + 3);
    if (!out) return err_nomem();
    size_t o = 0;
    uint32_t acc = 0;
    int64_t quad = 0, pads = 0, ndata = 0;
    bool padding_started = false;
    Value err = V_NULL;
    if (strict && n > 0 && p[0] == '=') {
        mem_free(out);
        return raise_error("Leading padding not allowed");
    }
    for (int64_t i = 0; i < n; i++) {
        uint8_t c = p[i];
        if (c == '=') {
            padding_started = true;
            if (quad >= 2 && quad + ++pads >= 4) {
                /* complete: the rest is ignored (strict: must be empty) */
                if (strict && i + 1 < n) {
                    mem_free(out);
                    return raise_error("Excess data after padding");
                }
                goto done;
            }
            continue;
        }
        int v = b64val(c);
        if (v < 0) {
            if (strict) {
                mem_free(out);
                return raise_error("Only base64 data is allowed");
            }
            continue;
        }
        if (strict && padding_started) {
            mem_free(out);
            return raise_error("Discontinuous padding not allowed");
        }
        pads = 0;
        ndata++;
        acc = acc << 6 | (uint32_t)v;
        if (++quad == 4) {
            out[o++] = (uint8_t)(acc >> 16);
            out[o++] = (uint8_t)(acc >> 8);
            out[o++] = (uint8_t)acc;
            acc = 0;
            quad = 0;
        }
    }
    if (quad != 0) {
        char msg[160];
        if (quad == 1) {
            snprintf(msg, sizeof msg,
                     "Invalid base64-encoded string: number of data characters (%lld) cannot be 1 more "
                     "than a multiple of 4", (long long)ndata);
            err = raise_error(msg);
        } else {
            err = raise_error("Incorrect padding");
        }
        (void)err;
        mem_free(out);
        return V_NULL;
    }
    goto finish;
done:
    if (quad == 2) out[o++] = (uint8_t)(acc >> 4);
    else if (quad == 3) {
        out[o++] = (uint8_t)(acc >> 10);
        out[o++] = (uint8_t)(acc >> 2);
    }
finish:;
    Value r = bytes_new(out, o);
    mem_free(out);
    return r;
}

/* ---- CRC-32 (the zlib polynomial, table made at first use) ---- */

static uint32_t crc_table[256];

static void crc_init(void) {
    if (crc_table[1]) return;
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
}

uint32_t binascii_crc32(uint32_t crc, const uint8_t *p, size_t n) {
    crc_init();
    crc = ~crc;
    for (size_t i = 0; i < n; i++) crc = crc_table[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

static Value ba_crc32(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_no_kwargs("crc32", kwnames) < 0 || mod_check_nargs("crc32", nargs, 1, 2) < 0) return V_NULL;
    const uint8_t *p;
    int64_t n;
    if (bin_arg(args[0], &p, &n) < 0) return V_NULL;
    uint32_t start = 0;
    if (nargs > 1) {
        /* any int: only its low 32 bits count (CPython masks it) */
        Value m = obj_binary_op(args[1], v_from_smallint(0xFFFFFFFF), NB_AND);
        if (v_is_null(m)) return V_NULL;
        int64_t s;
        int r = int_as_i64(m, &s);
        v_decref(m);
        if (r < 0) return V_NULL;
        start = (uint32_t)s;
    }
    return v_from_smallint(binascii_crc32(start, p, (size_t)n));
}

static Value ba_crc_hqx(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_no_kwargs("crc_hqx", kwnames) < 0 || mod_check_nargs("crc_hqx", nargs, 2, 2) < 0) return V_NULL;
    const uint8_t *p;
    int64_t n, start;
    if (bin_arg(args[0], &p, &n) < 0 || obj_as_index_i64(args[1], &start) < 0) return V_NULL;
    uint32_t crc = (uint32_t)start & 0xFFFF;
    for (int64_t i = 0; i < n; i++) {
        crc ^= (uint32_t)p[i] << 8;
        for (int k = 0; k < 8; k++) crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
    }
    return v_from_smallint(crc);
}

static const MethodDef binascii_functions[] = {
    {"hexlify", ba_hexlify, 0, "Hexadecimal representation of binary data."},
    {"b2a_hex", ba_b2a_hex, 0, "Hexadecimal representation of binary data."},
    {"unhexlify", ba_unhexlify, 0, "Binary data of hexadecimal representation."},
    {"a2b_hex", ba_a2b_hex, 0, "Binary data of hexadecimal representation."},
    {"b2a_base64", ba_b2a_base64, 0, "Base64-code line of data."},
    {"a2b_base64", ba_a2b_base64, 0, "Decode a line of base64 data."},
    {"crc32", ba_crc32, 0, "Compute CRC-32 incrementally."},
    {"crc_hqx", ba_crc_hqx, 0, "Compute CRC-CCITT incrementally."},
    {NULL, NULL, 0, NULL},
};

Value module_init_binascii(void) {
    Value m = mod_create("binascii", binascii_functions);
    if (v_is_null(m)) return V_NULL;
    /* Error(ValueError) and Incomplete(Exception), made with type() so they
     * are ordinary heap classes. */
    Value mod_name = str_from_cstr("binascii");
    Value ns = dict_new();
    Value bases1 = tuple_new(1), bases2 = tuple_new(1);
    if (v_is_null(mod_name) || v_is_null(ns) || v_is_null(bases1) || v_is_null(bases2)) goto fail;
    tuple_items(bases1)[0] = v_newref(v_from_obj(&Exc_ValueError));
    tuple_items(bases2)[0] = v_newref(v_from_obj(&Exc_Exception));
    if (dict_set_cstr(ns, "__module__", mod_name) < 0) goto fail;
    Value targs[3] = {str_from_cstr("Error"), bases1, ns};
    if (v_is_null(targs[0])) goto fail;
    ErrorType = obj_call(v_from_obj(&TypeType), targs, 3, V_NULL);
    v_decref(targs[0]);
    if (v_is_null(ErrorType)) goto fail;
    targs[0] = str_from_cstr("Incomplete");
    targs[1] = bases2;
    if (v_is_null(targs[0])) goto fail;
    IncompleteType = obj_call(v_from_obj(&TypeType), targs, 3, V_NULL);
    v_decref(targs[0]);
    if (v_is_null(IncompleteType)) goto fail;
    if (dict_set_cstr(module_dict(m), "Error", ErrorType) < 0 ||
        dict_set_cstr(module_dict(m), "Incomplete", IncompleteType) < 0)
        goto fail;
    v_decref(mod_name);
    v_decref(ns);
    v_decref(bases1);
    v_decref(bases2);
    return m;
fail:
    v_decref(mod_name);
    v_decref(ns);
    v_decref(bases1);
    v_decref(bases2);
    v_decref(m);
    return V_NULL;
}

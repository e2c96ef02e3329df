/* bz2lzma.c: the _bz2 and _lzma modules, on the system's libbz2 and
 * liblzma (Debian: libbz2-dev, liblzma-dev; both optional at build time:
 * COIL_HAVE_BZ2 / COIL_HAVE_LZMA). One compressor and one decompressor type
 * per library, as CPython 3.11's:
 *
 *   _bz2.BZ2Compressor(compresslevel=9): compress(data), flush()
 *   _bz2.BZ2Decompressor(): decompress(data, max_length=-1), eof,
 *       unused_data, needs_input
 *   _lzma.LZMACompressor(format=FORMAT_XZ, check=-1, preset=None,
 *       filters=None) and _lzma.LZMADecompressor(format=FORMAT_AUTO,
 *       memlimit=None, filters=None) (plus .check), is_check_supported(),
 *       LZMAError and the FORMAT_/CHECK_/FILTER_/MF_/MODE_/PRESET_ constants.
 *
 * The streaming logic (growing output, max_length, keeping unconsumed
 * input between decompress calls, unused_data after the end of stream) is
 * shared; each library supplies a step function running its coder once.
 * lib/bz2.py and lib/lzma.py build BZ2File/LZMAFile and the one-shot
 * functions on top, as CPython's do. */
#include <string.h>
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../bytearray.h"
#include "../int.h"
#include "../dict.h"
#include "../list.h"
#ifdef COIL_HAVE_BZ2
#include <bzlib.h>
#endif
#ifdef COIL_HAVE_LZMA
#include <lzma.h>
#endif

#if defined(COIL_HAVE_BZ2) || defined(COIL_HAVE_LZMA)

/* ---- the shared coder object ---------------------------------------------------------------- */

enum { LIB_BZ2, LIB_LZMA };
enum { STEP_ERROR = -1, STEP_OK = 0, STEP_END = 1, STEP_STUCK = 2 };

typedef struct {
    Object ob;
    int lib;
    bool compressor;
    bool inited;        /* the library's stream is set up and not ended */
    bool flushed;       /* compressor: flush() done */
    bool eof;           /* decompressor: end of stream seen */
    bool needs_input;
    int check;          /* lzma decompressor: the stream's integrity check */
    uint8_t *inbuf;     /* decompressor: input not consumed yet */
    size_t inlen;
    Value unused_data;  /* decompressor: bytes after the end of stream */
#ifdef COIL_HAVE_BZ2
    bz_stream bz;
#endif
#ifdef COIL_HAVE_LZMA
    lzma_stream lz;
#endif
} Coder;

typedef struct {
    uint8_t *p;
    size_t len, cap;
} OutBuf;

static int ob_grow(OutBuf *b, size_t limit) {
    if (b->cap - b->len > 0 && b->cap <= limit) return 0;
    size_t nc = b->cap ? b->cap * 2 : 8192;
    if (nc > limit) nc = limit;
    if (nc <= b->len) return 0;
    uint8_t *np = mem_realloc(b->p, nc);
    if (!np) {
        err_nomem();
        return -1;
    }
    b->p = np;
    b->cap = nc;
    return 0;
}

static Value ob_finish(OutBuf *b) {
    Value r = bytes_new(b->p ? b->p : (uint8_t *)"", b->len);
    mem_free(b->p);
    b->p = NULL;
    return r;
}

/* Runs the library's coder once over (*in, *inlen) into (*out, *outlen),
 * advancing both. finish: compressor's flush. */
static int coder_step(Coder *c, const uint8_t **in, size_t *inlen, uint8_t **out, size_t *outlen,
                      bool finish);

static Value bytes_empty(void) { return bytes_new("", 0); }

/* Feeds all of [p, p+n) (finish: then ends the stream) through a
 * compressor; returns the output. */
static Value coder_compress_run(Coder *c, const uint8_t *p, size_t n, bool finish) {
    OutBuf out = {0};
    for (;;) {
        if (ob_grow(&out, SIZE_MAX) < 0) return V_NULL;
        uint8_t *o = out.p + out.len;
        size_t room = out.cap - out.len;
        int r = coder_step(c, &p, &n, &o, &room, finish);
        out.len = out.cap - room;
        if (r == STEP_ERROR) {
            mem_free(out.p);
            return V_NULL;
        }
        if (r == STEP_END) break;
        if (!finish && n == 0 && room > 0) break;
    }
    return ob_finish(&out);
}

static int data_arg(Value v, const uint8_t **p, int64_t *n) {
    if (bytes_like_view(v, p, n)) return 0;
    err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(v));
    return -1;
}

static Value coder_compress(Value self, const Value *args, size_t nargs, Value kwnames) {
    Coder *c = (Coder *)v_as_obj(self);
    if (mod_positional("compress", nargs, kwnames, 1, 1) < 0) return V_NULL;
    const uint8_t *p;
    int64_t n;
    if (data_arg(args[0], &p, &n) < 0) return V_NULL;
    if (c->flushed) return err_format(&Exc_ValueError, "Compressor has been flushed");
    return coder_compress_run(c, p, (size_t)n, false);
}

static Value coder_flush(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    Coder *c = (Coder *)v_as_obj(self);
    if (mod_positional("flush", nargs, kwnames, 0, 0) < 0) return V_NULL;
    if (c->flushed) return err_format(&Exc_ValueError, "Repeated call to flush()");
    c->flushed = true;
    return coder_compress_run(c, (const uint8_t *)"", 0, true);
}

/* decompress(data, max_length=-1): CPython's semantics. Input left over
 * when max_length stops the output is kept for the next call
 * (needs_input false); after the end of stream the rest is unused_data. */
static Value coder_decompress(Value self, const Value *args, size_t nargs, Value kwnames) {
    Coder *c = (Coder *)v_as_obj(self);
    static const char *const kw[] = {"data", "max_length"};
    Value a[2];
    if (args_parse("decompress", args, nargs, kwnames, kw, 2, 2, 1, a) < 0) return V_NULL;
    const uint8_t *p;
    int64_t n, max_length = -1;
    if (data_arg(a[0], &p, &n) < 0) return V_NULL;
    if (!v_is_null(a[1]) && obj_as_index_i64(a[1], &max_length) < 0) return V_NULL;
    if (c->eof)
        return err_format(&Exc_EOFError, c->lib == LIB_BZ2 ? "End of stream already reached"
                                                           : "Already at end of stream");
    /* the input: what was left plus the new data */
    const uint8_t *in = p;
    size_t inlen = (size_t)n;
    uint8_t *joined = NULL;
    if (c->inlen) {
        joined = mem_alloc(c->inlen + inlen + 1);
        if (!joined) return err_nomem();
        memcpy(joined, c->inbuf, c->inlen);
        memcpy(joined + c->inlen, p, inlen);
        in = joined;
        inlen += c->inlen;
    }
    size_t limit = max_length < 0 ? SIZE_MAX : (size_t)max_length;
    OutBuf out = {0};
    int r = STEP_OK;
    bool out_full = false;
    for (;;) {
        if (out.len >= limit) {
            out_full = true;
            break;
        }
        if (ob_grow(&out, limit) < 0) goto fail;
        uint8_t *o = out.p + out.len;
        size_t room = out.cap - out.len;
        r = coder_step(c, &in, &inlen, &o, &room, false);
        out.len = out.cap - room;
        if (r == STEP_ERROR) goto fail;
        if (r == STEP_END || r == STEP_STUCK) break;
        if (inlen == 0 && room > 0) break;
    }
    if (r == STEP_END) {
        c->eof = true;
        c->needs_input = false;
        if (inlen) {
            Value u = bytes_new(in, inlen);
            if (v_is_null(u)) goto fail;
            v_setref(&c->unused_data, u);
        }
        inlen = 0;
    } else if (inlen == 0) {
        /* all input consumed: more is needed, unless the output limit was
         * hit (the coder may hold output back) */
        c->needs_input = !(out_full && out.len > 0);
    } else {
        c->needs_input = false;
    }
    /* keep the unconsumed input */
    uint8_t *keep = NULL;
    if (inlen) {
        keep = mem_alloc(inlen);
        if (!keep) {
            err_nomem();
            goto fail;
        }
        memcpy(keep, in, inlen);
    }
    mem_free(c->inbuf);
    c->inbuf = keep;
    c->inlen = inlen;
    mem_free(joined);
    return ob_finish(&out);
fail:
    mem_free(out.p);
    mem_free(joined);
    return V_NULL;
}

static Value coder_get_eof(Value self) { return v_from_bool(((Coder *)v_as_obj(self))->eof); }
static Value coder_get_needs_input(Value self) { return v_from_bool(((Coder *)v_as_obj(self))->needs_input); }
static Value coder_get_unused(Value self) { return v_newref(((Coder *)v_as_obj(self))->unused_data); }

static void coder_dealloc(Object *o) {
    Coder *c = (Coder *)o;
    if (c->inited) {
#ifdef COIL_HAVE_BZ2
        if (c->lib == LIB_BZ2) {
            if (c->compressor) BZ2_bzCompressEnd(&c->bz);
            else BZ2_bzDecompressEnd(&c->bz);
        }
#endif
#ifdef COIL_HAVE_LZMA
        if (c->lib == LIB_LZMA) lzma_end(&c->lz);
#endif
    }
    mem_free(c->inbuf);
    v_decref(c->unused_data);
    obj_free(o);
}

static Coder *coder_alloc(TypeObject *type, int lib, bool compressor) {
    Coder *c = (Coder *)obj_alloc(type, sizeof(Coder));
    if (!c) return NULL;
    c->lib = lib;
    c->compressor = compressor;
    c->inited = c->flushed = c->eof = false;
    c->needs_input = true;
    c->check = 0;
    c->inbuf = NULL;
    c->inlen = 0;
    c->unused_data = bytes_empty();
#ifdef COIL_HAVE_BZ2
    memset(&c->bz, 0, sizeof c->bz);
#endif
#ifdef COIL_HAVE_LZMA
    lzma_stream init = LZMA_STREAM_INIT;
    c->lz = init;
#endif
    if (v_is_null(c->unused_data)) {
        obj_decref(&c->ob);
        return NULL;
    }
    return c;
}

static const MethodDef compressor_methods[] = {
    {"compress", coder_compress, 0, "Provide data to the compressor object."},
    {"flush", coder_flush, 0, "Finish the compression process."},
    {NULL, NULL, 0, NULL},
};

static const MethodDef decompressor_methods[] = {
    {"decompress", coder_decompress, 0, "Decompress data."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef decompressor_getset[] = {
    {"eof", coder_get_eof, NULL},
    {"needs_input", coder_get_needs_input, NULL},
    {"unused_data", coder_get_unused, NULL},
    {NULL, NULL, NULL},
};

#endif /* either library */

/* ---- _bz2 ------------------------------------------------------------------------------------- */

#ifdef COIL_HAVE_BZ2

static int bz2_error(int err) {
    switch (err) {
    case BZ_PARAM_ERROR:
        err_format(&Exc_ValueError, "Internal error - invalid parameters passed to libbzip2");
        break;
    case BZ_MEM_ERROR: err_nomem(); break;
    case BZ_DATA_ERROR:
    case BZ_DATA_ERROR_MAGIC: err_format(&Exc_OSError, "Invalid data stream"); break;
    case BZ_IO_ERROR: err_format(&Exc_OSError, "Unknown I/O error"); break;
    case BZ_UNEXPECTED_EOF:
        err_format(&Exc_EOFError, "Compressed file ended before the logical end-of-stream was detected");
        break;
    case BZ_SEQUENCE_ERROR:
        err_format(&Exc_RuntimeError, "Internal error - Invalid sequence of commands sent to libbzip2");
        break;
    default: err_format(&Exc_OSError, "Unrecognized error from libbzip2: %d", err); break;
    }
    return STEP_ERROR;
}

static int bz2_step(Coder *c, const uint8_t **in, size_t *inlen, uint8_t **out, size_t *outlen,
                    bool finish) {
    unsigned int ain = *inlen > UINT32_MAX ? UINT32_MAX : (unsigned int)*inlen;
    unsigned int aout = *outlen > UINT32_MAX ? UINT32_MAX : (unsigned int)*outlen;
    c->bz.next_in = (char *)*in;
    c->bz.avail_in = ain;
    c->bz.next_out = (char *)*out;
    c->bz.avail_out = aout;
    int err = c->compressor ? BZ2_bzCompress(&c->bz, finish ? BZ_FINISH : BZ_RUN)
                            : BZ2_bzDecompress(&c->bz);
    size_t used = ain - c->bz.avail_in, made = aout - c->bz.avail_out;
    *in += used;
    *inlen -= used;
    *out += made;
    *outlen -= made;
    if (err == BZ_STREAM_END) return STEP_END;
    /* BZ_RUN without input and without pending output is "no progress" */
    if (err == BZ_PARAM_ERROR && c->compressor && !finish && ain == 0) return STEP_OK;
    if (err == BZ_OK || err == BZ_RUN_OK || err == BZ_FINISH_OK || err == BZ_FLUSH_OK) return STEP_OK;
    return bz2_error(err);
}

static TypeObject BZ2CompressorType, BZ2DecompressorType;

static Value bz2_compressor_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    (void)type;
    int64_t level = 9;
    if (mod_positional("BZ2Compressor", nargs, kwnames, 0, 1) < 0) return V_NULL;
    if (nargs && obj_as_index_i64(args[0], &level) < 0) return V_NULL;
    if (level < 1 || level > 9) return err_format(&Exc_ValueError, "compresslevel must be between 1 and 9");
    Coder *c = coder_alloc(&BZ2CompressorType, LIB_BZ2, true);
    if (!c) return V_NULL;
    int err = BZ2_bzCompressInit(&c->bz, (int)level, 0, 0);
    if (err != BZ_OK) {
        bz2_error(err);
        obj_decref(&c->ob);
        return V_NULL;
    }
    c->inited = true;
    return v_from_obj(&c->ob);
}

static Value bz2_decompressor_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    (void)type;
    (void)args;
    if (mod_positional("BZ2Decompressor", nargs, kwnames, 0, 0) < 0) return V_NULL;
    Coder *c = coder_alloc(&BZ2DecompressorType, LIB_BZ2, false);
    if (!c) return V_NULL;
    int err = BZ2_bzDecompressInit(&c->bz, 0, 0);
    if (err != BZ_OK) {
        bz2_error(err);
        obj_decref(&c->ob);
        return V_NULL;
    }
    c->inited = true;
    return v_from_obj(&c->ob);
}

static TypeObject BZ2CompressorType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "_bz2.BZ2Compressor",
    .basicsize = sizeof(Coder),
    .dealloc = coder_dealloc,
    .construct = bz2_compressor_new,
    .methods = compressor_methods,
};

static TypeObject BZ2DecompressorType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "_bz2.BZ2Decompressor",
    .basicsize = sizeof(Coder),
    .dealloc = coder_dealloc,
    .construct = bz2_decompressor_new,
    .methods = decompressor_methods,
    .getset = decompressor_getset,
};

static const MethodDef bz2_functions[] = {
    {NULL, NULL, 0, NULL},
};

Value module_init_bz2(void) {
    Value m = mod_create("_bz2", bz2_functions);
    if (v_is_null(m)) return V_NULL;
    Value d = module_dict(m);
    if (type_ready(&BZ2CompressorType) < 0 || type_ready(&BZ2DecompressorType) < 0 ||
        dict_set_cstr(d, "BZ2Compressor", v_from_obj(&BZ2CompressorType.ob)) < 0 ||
        dict_set_cstr(d, "BZ2Decompressor", v_from_obj(&BZ2DecompressorType.ob)) < 0) {
        v_decref(m);
        return V_NULL;
    }
    return m;
}

#endif /* COIL_HAVE_BZ2 */

/* ---- _lzma ------------------------------------------------------------------------------------ */

#ifdef COIL_HAVE_LZMA

enum { FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW };

static Value LZMAError = V_NULL;

static int lzma_error(lzma_ret r) {
    TypeObject *t = (TypeObject *)v_as_obj(LZMAError);
    switch (r) {
    case LZMA_UNSUPPORTED_CHECK: err_format(t, "Unsupported integrity check"); break;
    case LZMA_MEM_ERROR: err_nomem(); break;
    case LZMA_MEMLIMIT_ERROR: err_format(t, "Memory usage limit exceeded"); break;
    case LZMA_FORMAT_ERROR: err_format(t, "Input format not supported by decoder"); break;
    case LZMA_OPTIONS_ERROR: err_format(t, "Invalid or unsupported options"); break;
    case LZMA_DATA_ERROR: err_format(t, "Corrupt input data"); break;
    case LZMA_BUF_ERROR: err_format(t, "Insufficient buffer space"); break;
    case LZMA_PROG_ERROR: err_format(t, "Internal error"); break;
    default: err_format(t, "Unrecognized error from liblzma: %d", (int)r); break;
    }
    return STEP_ERROR;
}

static int lzma_step(Coder *c, const uint8_t **in, size_t *inlen, uint8_t **out, size_t *outlen,
                     bool finish) {
    c->lz.next_in = *in;
    c->lz.avail_in = *inlen;
    c->lz.next_out = *out;
    c->lz.avail_out = *outlen;
    size_t ain = *inlen, aout = *outlen;
    lzma_ret r = lzma_code(&c->lz, finish ? LZMA_FINISH : LZMA_RUN);
    size_t used = ain - c->lz.avail_in, made = aout - c->lz.avail_out;
    *in += used;
    *inlen -= used;
    *out += made;
    *outlen -= made;
    switch (r) {
    case LZMA_OK: return STEP_OK;
    case LZMA_STREAM_END: return STEP_END;
    case LZMA_GET_CHECK:
    case LZMA_NO_CHECK:
        c->check = (int)lzma_get_check(&c->lz);
        return STEP_OK;
    case LZMA_BUF_ERROR:
        /* no progress possible: only an error when input remains */
        if (!c->compressor && *inlen == 0) return STEP_STUCK;
        return lzma_error(r);
    default: return lzma_error(r);
    }
}

static TypeObject LZMACompressorType, LZMADecompressorType;

/* One filter spec (a mapping with "id" and the filter's options) into
 * f; options allocated with mem_alloc go to f->options. */
static int dict_u32(Value spec, const char *key, uint32_t *out) {
    Value v = dict_get_cstr(spec, key);
    if (v_is_null(v)) return 0;
    int64_t i;
    if (obj_as_index_i64(v, &i) < 0) return -1;
    if (i < 0 || i > UINT32_MAX) {
        err_format(&Exc_OverflowError, "Value too large for uint32_t type");
        return -1;
    }
    *out = (uint32_t)i;
    return 0;
}

static int parse_filter(Value spec, lzma_filter *f) {
    if (!v_is_dict(spec)) {
        err_format(&Exc_TypeError, "Filter specifier must be a dict or dict-like object");
        return -1;
    }
    Value idv = dict_get_cstr(spec, "id");
    if (v_is_null(idv)) {
        err_format(&Exc_ValueError, "Filter specifier must have an \"id\" entry");
        return -1;
    }
    int64_t id;
    if (obj_as_index_i64(idv, &id) < 0) return -1;
    f->id = (lzma_vli)id;
    f->options = NULL;
    if (id == LZMA_FILTER_LZMA1 || id == LZMA_FILTER_LZMA2) {
        lzma_options_lzma *o = mem_alloc(sizeof *o);
        if (!o) {
            err_nomem();
            return -1;
        }
        f->options = o;
        uint32_t preset = LZMA_PRESET_DEFAULT;
        if (dict_u32(spec, "preset", &preset) < 0) return -1;
        if (lzma_lzma_preset(o, preset)) {
            err_format((TypeObject *)v_as_obj(LZMAError), "Invalid compression preset: %u", preset);
            return -1;
        }
        uint32_t mode = o->mode, mf = o->mf;
        if (dict_u32(spec, "dict_size", &o->dict_size) < 0 || dict_u32(spec, "lc", &o->lc) < 0 ||
            dict_u32(spec, "lp", &o->lp) < 0 || dict_u32(spec, "pb", &o->pb) < 0 ||
            dict_u32(spec, "mode", &mode) < 0 || dict_u32(spec, "nice_len", &o->nice_len) < 0 ||
            dict_u32(spec, "mf", &mf) < 0 || dict_u32(spec, "depth", &o->depth) < 0)
            return -1;
        o->mode = (lzma_mode)mode;
        o->mf = (lzma_match_finder)mf;
    } else if (id == LZMA_FILTER_DELTA) {
        lzma_options_delta *o = mem_alloc(sizeof *o);
        if (!o) {
            err_nomem();
            return -1;
        }
        memset(o, 0, sizeof *o);
        f->options = o;
        o->type = LZMA_DELTA_TYPE_BYTE;
        o->dist = 1;
        if (dict_u32(spec, "dist", &o->dist) < 0) return -1;
    } else if (id == LZMA_FILTER_X86 || id == LZMA_FILTER_POWERPC || id == LZMA_FILTER_IA64 ||
               id == LZMA_FILTER_ARM || id == LZMA_FILTER_ARMTHUMB || id == LZMA_FILTER_SPARC) {
        lzma_options_bcj *o = mem_alloc(sizeof *o);
        if (!o) {
            err_nomem();
            return -1;
        }
        f->options = o;
        o->start_offset = 0;
        if (dict_u32(spec, "start_offset", &o->start_offset) < 0) return -1;
    } else {
        err_format(&Exc_ValueError, "Invalid filter ID: %lld", (long long)id);
        return -1;
    }
    return 0;
}

static void free_filters(lzma_filter *f) {
    for (size_t i = 0; i <= LZMA_FILTERS_MAX; i++) {
        if (f[i].id == LZMA_VLI_UNKNOWN) break;
        mem_free(f[i].options);
    }
}

static int parse_filter_chain(Value chain, lzma_filter *f) {
    for (size_t i = 0; i <= LZMA_FILTERS_MAX; i++) f[i].id = LZMA_VLI_UNKNOWN, f[i].options = NULL;
    Value seq = list_from_iterable(chain);
    if (v_is_null(seq)) return -1;
    int64_t n = list_size(seq);
    if (n > LZMA_FILTERS_MAX) {
        v_decref(seq);
        err_format(&Exc_ValueError, "Too many filters - liblzma supports a maximum of %d",
                   LZMA_FILTERS_MAX);
        return -1;
    }
    for (int64_t i = 0; i < n; i++) {
        if (parse_filter(list_items(seq)[i], &f[i]) < 0) {
            f[i + 1].id = LZMA_VLI_UNKNOWN;
            v_decref(seq);
            free_filters(f);
            return -1;
        }
    }
    v_decref(seq);
    return 0;
}

static bool opt_given(Value v) { return !v_is_null(v) && !v_is_none(v); }

static Value lzma_compressor_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    (void)type;
    static const char *const kw[] = {"format", "check", "preset", "filters"};
    Value a[4];
    if (args_parse("LZMACompressor", args, nargs, kwnames, kw, 4, 4, 0, a) < 0) return V_NULL;
    int64_t format = FORMAT_XZ, check = -1, preset = LZMA_PRESET_DEFAULT;
    if (!v_is_null(a[0]) && obj_as_index_i64(a[0], &format) < 0) return V_NULL;
    if (!v_is_null(a[1]) && obj_as_index_i64(a[1], &check) < 0) return V_NULL;
    if (format != FORMAT_XZ && check != -1 && check != LZMA_CHECK_NONE)
        return err_format(&Exc_ValueError, "Integrity checks are only supported by FORMAT_XZ");
    if (opt_given(a[2]) && opt_given(a[3]))
        return err_format(&Exc_ValueError, "Cannot specify both preset and filter chain");
    if (opt_given(a[2]) && obj_as_index_i64(a[2], &preset) < 0) return V_NULL;
    Coder *c = coder_alloc(&LZMACompressorType, LIB_LZMA, true);
    if (!c) return V_NULL;
    lzma_filter filters[LZMA_FILTERS_MAX + 1];
    bool have_filters = opt_given(a[3]);
    if (have_filters && parse_filter_chain(a[3], filters) < 0) goto fail;
    lzma_ret r;
    switch (format) {
    case FORMAT_XZ:
        if (check == -1) check = LZMA_CHECK_CRC64;
        r = have_filters ? lzma_stream_encoder(&c->lz, filters, (lzma_check)check)
                         : lzma_easy_encoder(&c->lz, (uint32_t)preset, (lzma_check)check);
        break;
    case FORMAT_ALONE: {
        lzma_options_lzma opts;
        if (have_filters) {
            if (filters[0].id != LZMA_FILTER_LZMA1 || filters[1].id != LZMA_VLI_UNKNOWN) {
                free_filters(filters);
                err_format(&Exc_ValueError, "Invalid filter chain for FORMAT_ALONE - "
                                            "must be a single LZMA1 filter");
                goto fail;
            }
            opts = *(lzma_options_lzma *)filters[0].options;
        } else if (lzma_lzma_preset(&opts, (uint32_t)preset)) {
            err_format((TypeObject *)v_as_obj(LZMAError), "Invalid compression preset: %u",
                       (unsigned)preset);
            goto fail;
        }
        r = lzma_alone_encoder(&c->lz, &opts);
        break;
    }
    case FORMAT_RAW:
        if (!have_filters) {
            err_format(&Exc_ValueError, "Must specify filters for FORMAT_RAW");
            goto fail;
        }
        r = lzma_raw_encoder(&c->lz, filters);
        break;
    default:
        if (have_filters) free_filters(filters);
        err_format(&Exc_ValueError, "Invalid container format: %lld", (long long)format);
        goto fail;
    }
    if (have_filters) free_filters(filters);
    if (r != LZMA_OK) {
        lzma_error(r);
        goto fail;
    }
    c->inited = true;
    return v_from_obj(&c->ob);
fail:
    obj_decref(&c->ob);
    return V_NULL;
}

static Value lzma_decompressor_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    (void)type;
    static const char *const kw[] = {"format", "memlimit", "filters"};
    Value a[3];
    if (args_parse("LZMADecompressor", args, nargs, kwnames, kw, 3, 3, 0, a) < 0) return V_NULL;
    int64_t format = FORMAT_AUTO;
    uint64_t memlimit = UINT64_MAX;
    if (!v_is_null(a[0]) && obj_as_index_i64(a[0], &format) < 0) return V_NULL;
    if (opt_given(a[1])) {
        if (format == FORMAT_RAW)
            return err_format(&Exc_ValueError, "Cannot specify memory limit with FORMAT_RAW");
        int64_t m;
        if (obj_as_index_i64(a[1], &m) < 0) return V_NULL;
        memlimit = (uint64_t)m;
    }
    bool have_filters = opt_given(a[2]);
    if (format == FORMAT_RAW && !have_filters)
        return err_format(&Exc_ValueError, "Must specify filters for FORMAT_RAW");
    if (format != FORMAT_RAW && have_filters)
        return err_format(&Exc_ValueError, "Cannot specify filters except with FORMAT_RAW");
    Coder *c = coder_alloc(&LZMADecompressorType, LIB_LZMA, false);
    if (!c) return V_NULL;
    const uint32_t flags = LZMA_TELL_ANY_CHECK | LZMA_TELL_NO_CHECK;
    lzma_ret r;
    c->check = LZMA_CHECK_NONE;
    switch (format) {
    case FORMAT_AUTO:
        c->check = 16;   /* CHECK_UNKNOWN until the header is read */
        r = lzma_auto_decoder(&c->lz, memlimit, flags);
        break;
    case FORMAT_XZ:
        c->check = 16;
        r = lzma_stream_decoder(&c->lz, memlimit, flags);
        break;
    case FORMAT_ALONE: r = lzma_alone_decoder(&c->lz, memlimit); break;
    case FORMAT_RAW: {
        lzma_filter filters[LZMA_FILTERS_MAX + 1];
        if (parse_filter_chain(a[2], filters) < 0) goto fail;
        r = lzma_raw_decoder(&c->lz, filters);
        free_filters(filters);
        break;
    }
    default:
        err_format(&Exc_ValueError, "Invalid container format: %lld", (long long)format);
        goto fail;
    }
    if (r != LZMA_OK) {
        lzma_error(r);
        goto fail;
    }
    c->inited = true;
    return v_from_obj(&c->ob);
fail:
    obj_decref(&c->ob);
    return V_NULL;
}

static Value lzma_get_check_attr(Value self) { return v_from_smallint(((Coder *)v_as_obj(self))->check); }

static const GetSetDef lzma_decompressor_getset[] = {
    {"eof", coder_get_eof, NULL},
    {"needs_input", coder_get_needs_input, NULL},
    {"unused_data", coder_get_unused, NULL},
    {"check", lzma_get_check_attr, NULL},
    {NULL, NULL, NULL},
};

static TypeObject LZMACompressorType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "_lzma.LZMACompressor",
    .basicsize = sizeof(Coder),
    .dealloc = coder_dealloc,
    .construct = lzma_compressor_new,
    .methods = compressor_methods,
};

static TypeObject LZMADecompressorType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "_lzma.LZMADecompressor",
    .basicsize = sizeof(Coder),
    .dealloc = coder_dealloc,
    .construct = lzma_decompressor_new,
    .methods = decompressor_methods,
    .getset = lzma_decompressor_getset,
};

static Value lzma_is_check_supported(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("is_check_supported", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int64_t id;
    if (obj_as_index_i64(args[0], &id) < 0) return V_NULL;
    return v_from_bool(id >= 0 && id <= LZMA_CHECK_ID_MAX && lzma_check_is_supported((lzma_check)id));
}

static const MethodDef lzma_functions[] = {
    {"is_check_supported", lzma_is_check_supported, 0,
     "Test whether the given integrity check is supported."},
    {NULL, NULL, 0, NULL},
};

Value module_init_lzma(void) {
    Value m = mod_create("_lzma", lzma_functions);
    if (v_is_null(m)) return V_NULL;
    Value d = module_dict(m);
    if (v_is_null(LZMAError)) {
        LZMAError = mod_new_exception("_lzma", "LZMAError", v_from_obj(&Exc_Exception));
        if (v_is_null(LZMAError)) goto fail;
    }
    if (dict_set_cstr(d, "LZMAError", LZMAError) < 0) goto fail;
    if (type_ready(&LZMACompressorType) < 0 || type_ready(&LZMADecompressorType) < 0 ||
        dict_set_cstr(d, "LZMACompressor", v_from_obj(&LZMACompressorType.ob)) < 0 ||
        dict_set_cstr(d, "LZMADecompressor", v_from_obj(&LZMADecompressorType.ob)) < 0)
        goto fail;
    static const struct { const char *name; int64_t value; } ints[] = {
        {"FORMAT_AUTO", FORMAT_AUTO}, {"FORMAT_XZ", FORMAT_XZ}, {"FORMAT_ALONE", FORMAT_ALONE},
        {"FORMAT_RAW", FORMAT_RAW}, {"CHECK_NONE", LZMA_CHECK_NONE}, {"CHECK_CRC32", LZMA_CHECK_CRC32},
        {"CHECK_CRC64", LZMA_CHECK_CRC64}, {"CHECK_SHA256", LZMA_CHECK_SHA256},
        {"CHECK_ID_MAX", LZMA_CHECK_ID_MAX}, {"CHECK_UNKNOWN", LZMA_CHECK_ID_MAX + 1},
        {"FILTER_LZMA1", (int64_t)LZMA_FILTER_LZMA1}, {"FILTER_LZMA2", (int64_t)LZMA_FILTER_LZMA2},
        {"FILTER_DELTA", (int64_t)LZMA_FILTER_DELTA}, {"FILTER_X86", (int64_t)LZMA_FILTER_X86},
        {"FILTER_IA64", (int64_t)LZMA_FILTER_IA64}, {"FILTER_ARM", (int64_t)LZMA_FILTER_ARM},
        {"FILTER_ARMTHUMB", (int64_t)LZMA_FILTER_ARMTHUMB}, {"FILTER_SPARC", (int64_t)LZMA_FILTER_SPARC},
        {"FILTER_POWERPC", (int64_t)LZMA_FILTER_POWERPC}, {"MF_HC3", LZMA_MF_HC3},
        {"MF_HC4", LZMA_MF_HC4}, {"MF_BT2", LZMA_MF_BT2}, {"MF_BT3", LZMA_MF_BT3},
        {"MF_BT4", LZMA_MF_BT4}, {"MODE_FAST", LZMA_MODE_FAST}, {"MODE_NORMAL", LZMA_MODE_NORMAL},
        {"PRESET_DEFAULT", LZMA_PRESET_DEFAULT}, {"PRESET_EXTREME", (int64_t)LZMA_PRESET_EXTREME},
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        Value v = int_from_i64(ints[i].value);
        int r = v_is_null(v) ? -1 : dict_set_cstr(d, ints[i].name, v);
        v_decref(v);
        if (r < 0) goto fail;
    }
    return m;
fail:
    v_decref(m);
    return V_NULL;
}

#endif /* COIL_HAVE_LZMA */

#if defined(COIL_HAVE_BZ2) || defined(COIL_HAVE_LZMA)
static int coder_step(Coder *c, const uint8_t **in, size_t *inlen, uint8_t **out, size_t *outlen,
                      bool finish) {
#ifdef COIL_HAVE_BZ2
    if (c->lib == LIB_BZ2) return bz2_step(c, in, inlen, out, outlen, finish);
#endif
#ifdef COIL_HAVE_LZMA
    if (c->lib == LIB_LZMA) return lzma_step(c, in, inlen, out, outlen, finish);
#endif
    err_format(&Exc_SystemError, "bad coder");
    return STEP_ERROR;
}
#endif

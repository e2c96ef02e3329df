/* zlib.c: the zlib module, on the system's libz. compress/decompress,
 * compressobj()/decompressobj() (types zlib.Compress / zlib.Decompress,
 * with wbits selecting zlib (9..15), raw deflate (-15..-9), gzip (25..31)
 * or auto-detected zlib/gzip (40..47) framing), crc32, adler32 and error,
 * with CPython 3.11's messages ("Error -3 while decompressing data:
 * incorrect header check"). lib/gzip.py builds on it. */
#include <zlib.h>
#include <string.h>
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../bytearray.h"
#include "../int.h"

static Value ZlibError = V_NULL;

/* ---- helpers ------------------------------------------------------------------------------ */

/* A growing output buffer. */
typedef struct {
    uint8_t *p;
    size_t len, cap;
} OutBuf;

static int ob_reserve(OutBuf *b, size_t want) {
    if (b->cap - b->len >= want) return 0;
    size_t nc = b->cap ? b->cap : 256;
    while (nc - b->len < want) nc *= 2;
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

static Value zerror(z_stream *zs, int err, const char *msg) {
    const char *zmsg = err == Z_VERSION_ERROR ? "library version mismatch" : zs ? zs->msg : NULL;
    if (!zmsg) {
        switch (err) {
        case Z_BUF_ERROR: zmsg = "incomplete or truncated stream"; break;
        case Z_STREAM_ERROR: zmsg = "inconsistent stream state"; break;
        case Z_DATA_ERROR: zmsg = "invalid input data"; break;
        }
    }
    TypeObject *t = (TypeObject *)v_as_obj(ZlibError);
    if (zmsg) return err_format(t, "Error %d %s: %.200s", err, msg, zmsg);
    return err_format(t, "Error %d %s", err, msg);
}

static int data_arg(Value v, const uint8_t **p, int64_t *n) {
    if (bytes_like_view(v, p, n)) return 0;
    err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(v));
    return -1;
}

static int int_opt(Value v, int64_t dflt, int64_t *out) {
    if (v_is_null(v)) {
        *out = dflt;
        return 0;
    }
    if (v_is_float(v)) {
        err_format(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    return obj_as_index_i64(v, out);
}

static void *zalloc(void *opaque, unsigned items, unsigned size) {
    (void)opaque;
    return mem_alloc((size_t)items * size);
}
static void zfree(void *opaque, void *p) {
    (void)opaque;
    mem_free(p);
}

static void zs_init(z_stream *zs) {
    memset(zs, 0, sizeof *zs);
    zs->zalloc = zalloc;
    zs->zfree = zfree;
}

/* Runs deflate(flush) over [p, p+n) appending to out. Returns the last
 * deflate result or -100 with an exception set. */
static int run_deflate(z_stream *zs, const uint8_t *p, size_t n, int flush, OutBuf *out) {
    zs->next_in = (Bytef *)p;
    int err = Z_OK;
    size_t left = n;
    do {
        uInt chunk = left > (1u << 30) ? (1u << 30) : (uInt)left;
        zs->avail_in = chunk;
        left -= chunk;
        int f = left ? Z_NO_FLUSH : flush;
        do {
            if (ob_reserve(out, 16384) < 0) return -100;
            size_t room = out->cap - out->len;
            zs->next_out = out->p + out->len;
            zs->avail_out = room > (1u << 30) ? (1u << 30) : (uInt)room;
            uInt before = zs->avail_out;
            err = deflate(zs, f);
            out->len += before - zs->avail_out;
            if (err == Z_STREAM_ERROR) {
                zerror(zs, err, "while compressing data");
                return -100;
            }
        } while (zs->avail_out == 0);
    } while (left);
    return err;
}

/* ---- module functions --------------------------------------------------------------------- */

static Value zl_compress(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {NULL, "level", "wbits"};
    Value a[3];
    if (args_parse("compress", args, nargs, kwnames, kw, 3, 3, 1, a) < 0) return V_NULL;
    const uint8_t *p;
    int64_t n, level, wbits;
    if (data_arg(a[0], &p, &n) < 0 || int_opt(a[1], Z_DEFAULT_COMPRESSION, &level) < 0 ||
        int_opt(a[2], MAX_WBITS, &wbits) < 0)
        return V_NULL;
    z_stream zs;
    zs_init(&zs);
    int err = deflateInit2(&zs, (int)level, Z_DEFLATED, (int)wbits, 8, Z_DEFAULT_STRATEGY);
    if (err == Z_MEM_ERROR) return err_format(&Exc_MemoryError, "Out of memory while compressing data");
    if (err == Z_STREAM_ERROR) return err_format((TypeObject *)v_as_obj(ZlibError), "Bad compression level");
    if (err != Z_OK) {
        deflateEnd(&zs);
        return zerror(&zs, err, "while compressing data");
    }
    OutBuf out = {0};
    err = run_deflate(&zs, p, (size_t)n, Z_FINISH, &out);
    deflateEnd(&zs);
    if (err == -100) {
        mem_free(out.p);
        return V_NULL;
    }
    if (err != Z_STREAM_END) {
        mem_free(out.p);
        return zerror(&zs, err, "while compressing data");
    }
    return ob_finish(&out);
}

static Value zl_decompress(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {NULL, "wbits", "bufsize"};
    Value a[3];
    if (args_parse("decompress", args, nargs, kwnames, kw, 3, 3, 1, a) < 0) return V_NULL;
    const uint8_t *p;
    int64_t n, wbits, bufsize;
    if (data_arg(a[0], &p, &n) < 0 || int_opt(a[1], MAX_WBITS, &wbits) < 0 ||
        int_opt(a[2], 16384, &bufsize) < 0)
        return V_NULL;
    if (bufsize < 0) return err_format(&Exc_ValueError, "bufsize must be non-negative");
    if (bufsize == 0) bufsize = 1;
    z_stream zs;
    zs_init(&zs);
    zs.next_in = (Bytef *)p;
    int err = inflateInit2(&zs, (int)wbits);
    if (err == Z_MEM_ERROR) return err_format(&Exc_MemoryError, "Out of memory while decompressing data");
    if (err != Z_OK) {
        inflateEnd(&zs);
        return zerror(&zs, err, "while preparing to decompress data");
    }
    OutBuf out = {0};
    size_t left = (size_t)n;
    size_t grow = (size_t)bufsize;
    do {
        uInt chunk = left > (1u << 30) ? (1u << 30) : (uInt)left;
        zs.avail_in = chunk;
        left -= chunk;
        do {
            if (ob_reserve(&out, grow) < 0) goto fail_nomsg;
            size_t room = out.cap - out.len;
            zs.next_out = out.p + out.len;
            zs.avail_out = room > (1u << 30) ? (1u << 30) : (uInt)room;
            uInt before = zs.avail_out;
            err = inflate(&zs, Z_NO_FLUSH);
            out.len += before - zs.avail_out;
            if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
                if (err == Z_MEM_ERROR) {
                    inflateEnd(&zs);
                    mem_free(out.p);
                    return err_format(&Exc_MemoryError, "Out of memory while decompressing data");
                }
                zerror(&zs, err, "while decompressing data");
                goto fail_nomsg;
            }
        } while (zs.avail_out == 0 && err != Z_STREAM_END);
        /* inflate stops with output room left only once its input is
         * used up: the next chunk, if any (data after the end of the
         * stream is ignored, as CPython does) */
    } while (err != Z_STREAM_END && left);
    if (err != Z_STREAM_END) {
        zerror(&zs, err == Z_OK ? Z_BUF_ERROR : err, "while decompressing data");
        goto fail_nomsg;
    }
    inflateEnd(&zs);
    return ob_finish(&out);
fail_nomsg:
    inflateEnd(&zs);
    mem_free(out.p);
    return V_NULL;
}

static Value checksum(const char *fname, const Value *args, size_t nargs, Value kwnames, uint32_t start,
                      bool adler) {
    if (mod_no_kwargs(fname, kwnames) < 0 || mod_check_nargs(fname, nargs, 1, 2) < 0) return V_NULL;
    const uint8_t *p;
    int64_t n;
    if (data_arg(args[0], &p, &n) < 0) return V_NULL;
    if (nargs > 1) {
        if (v_is_float(args[1]))
            return err_format(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
        Value m = obj_binary_op(args[1], v_from_smallint(0xFFFFFFFF), NB_AND);
        if (v_is_null(m)) return V_NULL;
        int64_t s;
        int r = int_as_i64(m, &s);
        v_decref(m);
        if (r < 0) return V_NULL;
        start = (uint32_t)s;
    }
    uLong v = start;
    while (n > 0) {
        uInt chunk = n > (1 << 30) ? (1u << 30) : (uInt)n;
        v = adler ? adler32(v, p, chunk) : crc32(v, p, chunk);
        p += chunk;
        n -= chunk;
    }
    return v_from_smallint((int64_t)(uint32_t)v);
}

static Value zl_crc32(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return checksum("crc32", args, nargs, kwnames, 0, false);
}

static Value zl_adler32(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return checksum("adler32", args, nargs, kwnames, 1, true);
}

/* ---- Compress ----------------------------------------------------------------------------- */

typedef struct {
    Object ob;
    z_stream zs;
    bool inited;     /* deflateInit2 done and not ended */
    bool finished;   /* flush(Z_FINISH) done */
} CompObject;

static TypeObject CompType, DecompType;

static void comp_dealloc(Object *o) {
    CompObject *c = (CompObject *)o;
    if (c->inited) deflateEnd(&c->zs);
    obj_free(o);
}

static Value zl_compressobj(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"level", "method", "wbits", "memLevel", "strategy", "zdict"};
    Value a[6];
    if (args_parse("compressobj", args, nargs, kwnames, kw, 6, 6, 0, a) < 0) return V_NULL;
    int64_t level, method, wbits, memlevel, strategy;
    if (int_opt(a[0], Z_DEFAULT_COMPRESSION, &level) < 0 || int_opt(a[1], Z_DEFLATED, &method) < 0 ||
        int_opt(a[2], MAX_WBITS, &wbits) < 0 || int_opt(a[3], 8, &memlevel) < 0 ||
        int_opt(a[4], Z_DEFAULT_STRATEGY, &strategy) < 0)
        return V_NULL;
    const uint8_t *zd = NULL;
    int64_t zdn = 0;
    if (!v_is_null(a[5]) && a[5] != V_NONE) {
        if (!bytes_like_view(a[5], &zd, &zdn))
            return err_format(&Exc_TypeError, "zdict argument must support the buffer protocol");
    }
    CompObject *c = (CompObject *)obj_alloc(&CompType, sizeof(CompObject));
    if (!c) return V_NULL;
    c->inited = c->finished = false;
    zs_init(&c->zs);
    int err = deflateInit2(&c->zs, (int)level, (int)method, (int)wbits, (int)memlevel, (int)strategy);
    if (err == Z_OK) {
        c->inited = true;
        if (zd && (err = deflateSetDictionary(&c->zs, zd, (uInt)zdn)) != Z_OK) {
            obj_decref(&c->ob);
            return err_format(&Exc_ValueError, "Invalid dictionary");
        }
        return v_from_obj(&c->ob);
    }
    obj_decref(&c->ob);
    if (err == Z_MEM_ERROR) return err_format(&Exc_MemoryError, "Can't allocate memory for compression object");
    if (err == Z_STREAM_ERROR) return err_format(&Exc_ValueError, "Invalid initialization option");
    return zerror(NULL, err, "while creating compression object");
}

static Value comp_compress(Value self, const Value *args, size_t nargs, Value kwnames) {
    CompObject *c = (CompObject *)v_as_obj(self);
    if (mod_no_kwargs("compress", kwnames) < 0 || mod_check_nargs("compress", nargs, 1, 1) < 0) return V_NULL;
    const uint8_t *p;
    int64_t n;
    if (data_arg(args[0], &p, &n) < 0) return V_NULL;
    if (!c->inited) return zerror(NULL, Z_STREAM_ERROR, "while compressing data");
    OutBuf out = {0};
    int err = run_deflate(&c->zs, p, (size_t)n, Z_NO_FLUSH, &out);
    if (err == -100) {
        mem_free(out.p);
        return V_NULL;
    }
    return ob_finish(&out);
}

static Value comp_flush(Value self, const Value *args, size_t nargs, Value kwnames) {
    CompObject *c = (CompObject *)v_as_obj(self);
    static const char *const kw[] = {NULL};
    Value a[1];
    if (args_parse("flush", args, nargs, kwnames, kw, 1, 1, 0, a) < 0) return V_NULL;
    int64_t mode;
    if (int_opt(a[0], Z_FINISH, &mode) < 0) return V_NULL;
    if (mode == Z_NO_FLUSH) return bytes_new("", 0);
    if (!c->inited) return zerror(NULL, Z_STREAM_ERROR, "while flushing");
    OutBuf out = {0};
    int err = run_deflate(&c->zs, NULL, 0, (int)mode, &out);
    if (err == -100) {
        mem_free(out.p);
        return V_NULL;
    }
    if (err == Z_STREAM_END && mode == Z_FINISH) {
        deflateEnd(&c->zs);
        c->inited = false;
        c->finished = true;
    } else if (err != Z_OK && err != Z_BUF_ERROR) {
        mem_free(out.p);
        return zerror(&c->zs, err, "while flushing");
    }
    return ob_finish(&out);
}

static Value comp_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    CompObject *c = (CompObject *)v_as_obj(self);
    if (!c->inited) return err_format(&Exc_ValueError, "Inconsistent stream state");
    CompObject *d = (CompObject *)obj_alloc(&CompType, sizeof(CompObject));
    if (!d) return V_NULL;
    d->inited = d->finished = false;
    int err = deflateCopy(&d->zs, &c->zs);
    if (err != Z_OK) {
        obj_decref(&d->ob);
        if (err == Z_STREAM_ERROR) return err_format(&Exc_ValueError, "Inconsistent stream state");
        return zerror(&c->zs, err, "while copying compression object");
    }
    d->inited = true;
    return v_from_obj(&d->ob);
}

static const MethodDef comp_methods[] = {
    {"compress", comp_compress, 0, "Returns a bytes object containing compressed data."},
    {"flush", comp_flush, 0, "Return a bytes object containing any remaining compressed data."},
    {"copy", comp_copy, 0, "Return a copy of the compression object."},
    {"__copy__", comp_copy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static TypeObject CompType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "zlib.Compress",
    .basicsize = sizeof(CompObject),
    .dealloc = comp_dealloc,
    .methods = comp_methods,
};

/* ---- Decompress --------------------------------------------------------------------------- */

typedef struct {
    Object ob;
    z_stream zs;
    bool inited;
    bool eof;
    Value unused_data;       /* bytes */
    Value unconsumed_tail;   /* bytes */
    Value zdict;             /* V_NULL or a bytes-like object */
} DecompObject;

static void decomp_dealloc(Object *o) {
    DecompObject *d = (DecompObject *)o;
    if (d->inited) inflateEnd(&d->zs);
    v_decref(d->unused_data);
    v_decref(d->unconsumed_tail);
    v_decref(d->zdict);
    obj_free(o);
}

static int set_zdict(DecompObject *d) {
    const uint8_t *p;
    int64_t n;
    if (!bytes_like_view(d->zdict, &p, &n)) {
        err_format(&Exc_TypeError, "zdict argument must support the buffer protocol");
        return -1;
    }
    int err = inflateSetDictionary(&d->zs, p, (uInt)n);
    if (err != Z_OK) {
        zerror(&d->zs, err, "while setting zdict");
        return -1;
    }
    return 0;
}

static DecompObject *decomp_alloc(void) {
    DecompObject *d = (DecompObject *)obj_alloc(&DecompType, sizeof(DecompObject));
    if (!d) return NULL;
    d->inited = d->eof = false;
    d->zdict = V_NULL;
    d->unused_data = bytes_new("", 0);
    d->unconsumed_tail = bytes_new("", 0);
    zs_init(&d->zs);
    if (v_is_null(d->unused_data) || v_is_null(d->unconsumed_tail)) {
        obj_decref(&d->ob);
        return NULL;
    }
    return d;
}

static Value zl_decompressobj(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"wbits", "zdict"};
    Value a[2];
    if (args_parse("decompressobj", args, nargs, kwnames, kw, 2, 2, 0, a) < 0) return V_NULL;
    int64_t wbits;
    if (int_opt(a[0], MAX_WBITS, &wbits) < 0) return V_NULL;
    if (!v_is_null(a[1])) {
        const uint8_t *p;
        int64_t n;
        if (!bytes_like_view(a[1], &p, &n))
            return err_format(&Exc_TypeError, "zdict argument must support the buffer protocol");
    }
    DecompObject *d = decomp_alloc();
    if (!d) return V_NULL;
    if (!v_is_null(a[1])) d->zdict = v_newref(a[1]);
    int err = inflateInit2(&d->zs, (int)wbits);
    if (err != Z_OK) {
        obj_decref(&d->ob);
        if (err == Z_STREAM_ERROR) return err_format(&Exc_ValueError, "Invalid initialization option");
        if (err == Z_MEM_ERROR)
            return err_format(&Exc_MemoryError, "Can't allocate memory for decompression object");
        return zerror(NULL, err, "while creating decompression object");
    }
    d->inited = true;
    /* raw deflate: the dictionary is set up front */
    if (wbits < 0 && !v_is_null(d->zdict) && set_zdict(d) < 0) {
        obj_decref(&d->ob);
        return V_NULL;
    }
    return v_from_obj(&d->ob);
}

/* After an inflate run over [p, p+n): the input not consumed goes to
 * unused_data (past the end of the stream) or unconsumed_tail. */
static int save_unconsumed(DecompObject *d, const uint8_t *p, int64_t n, int err) {
    int64_t used = (int64_t)((const uint8_t *)d->zs.next_in - p);
    int64_t rest = n - used;
    if (err == Z_STREAM_END && rest > 0) {
        BytesObject *u = (BytesObject *)v_as_obj(d->unused_data);
        uint8_t *tmp = mem_alloc((size_t)(u->size + rest) + 1);
        if (!tmp) {
            err_nomem();
            return -1;
        }
        memcpy(tmp, u->data, (size_t)u->size);
        memcpy(tmp + u->size, p + used, (size_t)rest);
        Value nu = bytes_new(tmp, (size_t)(u->size + rest));
        mem_free(tmp);
        if (v_is_null(nu)) return -1;
        v_setref(&d->unused_data, nu);
        rest = 0;
    }
    if (rest > 0 || ((BytesObject *)v_as_obj(d->unconsumed_tail))->size > 0) {
        Value t = bytes_new(p + (n - rest), (size_t)rest);
        if (v_is_null(t)) return -1;
        v_setref(&d->unconsumed_tail, t);
    }
    return 0;
}

/* The inflate loop shared by decompress (flush = Z_SYNC_FLUSH, max output
 * max_length or 0) and flush (Z_FINISH). Returns the output or V_NULL. */
static Value decomp_run(DecompObject *d, const uint8_t *p, int64_t n, int64_t max_length, int flush,
                        bool raise, size_t grow) {
    OutBuf out = {0};
    int err = Z_OK;
    d->zs.next_in = (Bytef *)p;
    d->zs.avail_in = (uInt)n;
    if (!d->inited) {
        /* after the end of the stream: everything is unused data */
        err = Z_STREAM_END;
        goto save;
    }
    for (;;) {
        size_t want = grow;
        if (max_length > 0) {
            if (out.len >= (size_t)max_length) break;
            if (want > (size_t)max_length - out.len) want = (size_t)max_length - out.len;
        }
        if (ob_reserve(&out, want) < 0) goto fail;
        size_t room = out.cap - out.len;
        if (max_length > 0 && room > (size_t)max_length - out.len) room = (size_t)max_length - out.len;
        d->zs.next_out = out.p + out.len;
        d->zs.avail_out = (uInt)room;
        uInt before = d->zs.avail_out;
        err = inflate(&d->zs, flush);
        out.len += before - d->zs.avail_out;
        if (err == Z_NEED_DICT && !v_is_null(d->zdict)) {
            if (set_zdict(d) < 0) goto fail;
            continue;
        }
        if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
            if (!raise) break;
            if (save_unconsumed(d, p, n, err) < 0) goto fail;
            zerror(&d->zs, err, "while decompressing data");
            goto fail;
        }
        if (err == Z_STREAM_END || d->zs.avail_out != 0) break;
    }
save:
    if (save_unconsumed(d, p, n, err) < 0) goto fail;
    if (err == Z_STREAM_END) {
        d->eof = true;
        if (d->inited && flush == Z_FINISH) {
            inflateEnd(&d->zs);
            d->inited = false;
        }
    }
    return ob_finish(&out);
fail:
    mem_free(out.p);
    return V_NULL;
}

static Value decomp_decompress(Value self, const Value *args, size_t nargs, Value kwnames) {
    DecompObject *d = (DecompObject *)v_as_obj(self);
    static const char *const kw[] = {NULL, "max_length"};
    Value a[2];
    if (args_parse("decompress", args, nargs, kwnames, kw, 2, 2, 1, a) < 0) return V_NULL;
    const uint8_t *p;
    int64_t n, maxlen;
    if (data_arg(a[0], &p, &n) < 0 || int_opt(a[1], 0, &maxlen) < 0) return V_NULL;
    if (maxlen < 0) return err_format(&Exc_ValueError, "max_length must be non-negative");
    Value keep = v_newref(a[0]);
    Value r = decomp_run(d, p, n, maxlen, Z_SYNC_FLUSH, true, 16384);
    v_decref(keep);
    return r;
}

static Value decomp_flush(Value self, const Value *args, size_t nargs, Value kwnames) {
    DecompObject *d = (DecompObject *)v_as_obj(self);
    static const char *const kw[] = {NULL};
    Value a[1];
    if (args_parse("flush", args, nargs, kwnames, kw, 1, 1, 0, a) < 0) return V_NULL;
    int64_t length;
    if (int_opt(a[0], 16384, &length) < 0) return V_NULL;
    if (length <= 0) return err_format(&Exc_ValueError, "length must be greater than zero");
    Value tail = v_newref(d->unconsumed_tail);
    BytesObject *t = (BytesObject *)v_as_obj(tail);
    Value r = decomp_run(d, t->data, t->size, 0, Z_FINISH, false, (size_t)length);
    v_decref(tail);
    return r;
}

static Value decomp_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    DecompObject *d = (DecompObject *)v_as_obj(self);
    if (!d->inited) return err_format(&Exc_ValueError, "Inconsistent stream state");
    DecompObject *c = decomp_alloc();
    if (!c) return V_NULL;
    int err = inflateCopy(&c->zs, &d->zs);
    if (err != Z_OK) {
        obj_decref(&c->ob);
        if (err == Z_STREAM_ERROR) return err_format(&Exc_ValueError, "Inconsistent stream state");
        return zerror(&d->zs, err, "while copying decompression object");
    }
    c->inited = true;
    c->eof = d->eof;
    v_setref(&c->unused_data, v_newref(d->unused_data));
    v_setref(&c->unconsumed_tail, v_newref(d->unconsumed_tail));
    c->zdict = v_newref(d->zdict);
    return v_from_obj(&c->ob);
}

static Value decomp_get_unused(Value self) { return v_newref(((DecompObject *)v_as_obj(self))->unused_data); }
static Value decomp_get_tail(Value self) { return v_newref(((DecompObject *)v_as_obj(self))->unconsumed_tail); }
static Value decomp_get_eof(Value self) { return v_from_bool(((DecompObject *)v_as_obj(self))->eof); }

static const MethodDef decomp_methods[] = {
    {"decompress", decomp_decompress, 0, "Return a bytes object containing the decompressed version of the data."},
    {"flush", decomp_flush, 0, "Return a bytes object containing any remaining decompressed data."},
    {"copy", decomp_copy, 0, "Return a copy of the decompression object."},
    {"__copy__", decomp_copy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef decomp_getset[] = {
    {"unused_data", decomp_get_unused, NULL},
    {"unconsumed_tail", decomp_get_tail, NULL},
    {"eof", decomp_get_eof, NULL},
    {NULL, NULL, NULL},
};

static TypeObject DecompType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "zlib.Decompress",
    .basicsize = sizeof(DecompObject),
    .dealloc = decomp_dealloc,
    .methods = decomp_methods,
    .getset = decomp_getset,
};

/* ---- the module ----------------------------------------------------------------------------- */

static const MethodDef zlib_functions[] = {
    {"compress", zl_compress, 0, "Returns a bytes object containing compressed data."},
    {"decompress", zl_decompress, 0, "Returns a bytes object containing the uncompressed data."},
    {"compressobj", zl_compressobj, 0, "Return a compressor object."},
    {"decompressobj", zl_decompressobj, 0, "Return a decompressor object."},
    {"crc32", zl_crc32, 0, "Compute a CRC-32 checksum of data."},
    {"adler32", zl_adler32, 0, "Compute an Adler-32 checksum of data."},
    {NULL, NULL, 0, NULL},
};

Value module_init_zlib(void) {
    Value m = mod_create("zlib", zlib_functions);
    if (v_is_null(m)) return V_NULL;
    Value d = module_dict(m);
    if (v_is_null(ZlibError)) {
        ZlibError = mod_new_exception("zlib", "error", v_from_obj(&Exc_Exception));
        if (v_is_null(ZlibError)) goto fail;
    }
    if (dict_set_cstr(d, "error", ZlibError) < 0) goto fail;
    if (type_ready(&CompType) < 0 || type_ready(&DecompType) < 0) goto fail;
    static const struct { const char *name; int value; } ints[] = {
        {"MAX_WBITS", MAX_WBITS}, {"DEFLATED", Z_DEFLATED}, {"DEF_MEM_LEVEL", 8},
        {"DEF_BUF_SIZE", 16384}, {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
        {"Z_BEST_SPEED", Z_BEST_SPEED}, {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
        {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION}, {"Z_FILTERED", Z_FILTERED},
        {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY}, {"Z_RLE", Z_RLE}, {"Z_FIXED", Z_FIXED},
        {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY}, {"Z_NO_FLUSH", Z_NO_FLUSH},
        {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH}, {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
        {"Z_FULL_FLUSH", Z_FULL_FLUSH}, {"Z_FINISH", Z_FINISH}, {"Z_BLOCK", Z_BLOCK},
        {"Z_TREES", Z_TREES},
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        if (dict_set_cstr(d, ints[i].name, v_from_smallint(ints[i].value)) < 0) goto fail;
    Value v1 = str_from_cstr(ZLIB_VERSION), v2 = str_from_cstr(zlibVersion());
    int r = (v_is_null(v1) || v_is_null(v2)) ? -1 : 0;
    if (r == 0) r = dict_set_cstr(d, "ZLIB_VERSION", v1);
    if (r == 0) r = dict_set_cstr(d, "ZLIB_RUNTIME_VERSION", v2);
    v_decref(v1);
    v_decref(v2);
    if (r < 0) goto fail;
    return m;
fail:
    v_decref(m);
    return V_NULL;
}

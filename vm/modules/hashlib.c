/* hashlib.c: the _hashlib module, secure hashes from OpenSSL's libcrypto
 * (EVP). lib/hashlib.py builds the public hashlib API on it.
 *
 * One type, HASH: an EVP_MD_CTX plus the algorithm's Python-visible name.
 * new(name, data=b'', *, usedforsecurity=True) makes one; update(data),
 * digest(), hexdigest(), copy() and the name / digest_size / block_size
 * attributes behave as CPython's. The XOF algorithms (shake_128,
 * shake_256) take the digest length: digest(length), hexdigest(length). */
#include <openssl/evp.h>
#include <openssl/crypto.h>
#include <dlfcn.h>
#include <string.h>
#include <strings.h>
#include "stdmod.h"
#include "../args.h"
#include "../bytearray.h"
#include "../abstract.h"
#include "../list.h"

/* libcrypto is loaded at the first import (dlopen), not linked: every
 * function used goes through this table. */
#define CRYPTO_FUNCS(X) \
    X(EVP_MD_CTX *, EVP_MD_CTX_new, (void)) \
    X(void, EVP_MD_CTX_free, (EVP_MD_CTX *)) \
    X(const EVP_MD *, EVP_get_digestbyname, (const char *)) \
    X(int, EVP_DigestInit_ex, (EVP_MD_CTX *, const EVP_MD *, ENGINE *)) \
    X(int, EVP_DigestUpdate, (EVP_MD_CTX *, const void *, size_t)) \
    X(int, EVP_DigestFinal_ex, (EVP_MD_CTX *, unsigned char *, unsigned int *)) \
    X(int, EVP_DigestFinalXOF, (EVP_MD_CTX *, unsigned char *, size_t)) \
    X(int, EVP_MD_CTX_copy_ex, (EVP_MD_CTX *, const EVP_MD_CTX *)) \
    X(unsigned long, EVP_MD_get_flags, (const EVP_MD *)) \
    X(int, EVP_MD_get_size, (const EVP_MD *)) \
    X(int, EVP_MD_get_block_size, (const EVP_MD *)) \
    X(int, PKCS5_PBKDF2_HMAC, (const char *, int, const unsigned char *, int, int, const EVP_MD *, int, \
                               unsigned char *)) \
    X(int, CRYPTO_memcmp, (const void *, const void *, size_t))

#define DECLARE_FN(ret, name, params) static ret(*p_##name) params;
CRYPTO_FUNCS(DECLARE_FN)
#undef DECLARE_FN

/* OpenSSL 3's explicit fetch (absent from older libcrypto): a digest got
 * by name with EVP_get_digestbyname is a legacy handle that every
 * EVP_DigestInit_ex fetches again (a locked provider lookup by name); a
 * fetched one, kept for the process, skips that. */
static EVP_MD *(*p_EVP_MD_fetch)(void *libctx, const char *algorithm, const char *properties);

static int load_crypto(void) {
    static void *lib;
    if (lib) return 0;
    void *h = dlopen("libcrypto.so.3", RTLD_NOW | RTLD_LOCAL);
    if (!h) h = dlopen("libcrypto.so", RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        err_format(&Exc_ImportError, "_hashlib: cannot load OpenSSL's libcrypto (%s)", dlerror());
        return -1;
    }
#define LOAD_FN(ret, name, params) \
    if (!(p_##name = (ret(*) params)dlsym(h, #name))) { \
        err_format(&Exc_ImportError, "_hashlib: libcrypto lacks %s", #name); \
        dlclose(h); \
        return -1; \
    }
    CRYPTO_FUNCS(LOAD_FN)
#undef LOAD_FN
    p_EVP_MD_fetch = (EVP_MD * (*)(void *, const char *, const char *))dlsym(h, "EVP_MD_fetch");
    lib = h;
    return 0;
}

typedef struct HashObject {
    Object ob;
    EVP_MD_CTX *ctx;
    const EVP_MD *md;
    char name[24];
} HashObject;

static TypeObject HashType;

/* Python's names -> OpenSSL's. */
static const struct { const char *py, *ossl; } algorithms[] = {
    {"md5", "md5"},           {"sha1", "sha1"},         {"sha224", "sha224"},
    {"sha256", "sha256"},     {"sha384", "sha384"},     {"sha512", "sha512"},
    {"sha512_224", "sha512-224"}, {"sha512_256", "sha512-256"},
    {"sha3_224", "sha3-224"}, {"sha3_256", "sha3-256"}, {"sha3_384", "sha3-384"},
    {"sha3_512", "sha3-512"}, {"shake_128", "shake128"}, {"shake_256", "shake256"},
    {"blake2b", "blake2b512"}, {"blake2s", "blake2s256"}, {"sm3", "sm3"},
    {"ripemd160", "ripemd160"}, {"md5-sha1", "md5-sha1"},
};

#define N_ALGORITHMS (sizeof algorithms / sizeof algorithms[0])

static const EVP_MD *find_md(const char *name, const char **pyname) {
    static const EVP_MD *cache[N_ALGORITHMS];     /* fetched once, never freed */
    for (size_t i = 0; i < N_ALGORITHMS; i++) {
        if (!strcasecmp(name, algorithms[i].py) || !strcasecmp(name, algorithms[i].ossl)) {
            const EVP_MD *md = cache[i];
            if (!md && p_EVP_MD_fetch) md = cache[i] = p_EVP_MD_fetch(NULL, algorithms[i].ossl, NULL);
            if (!md) md = p_EVP_get_digestbyname(algorithms[i].ossl);
            if (md) *pyname = algorithms[i].py;
            return md;
        }
    }
    return NULL;
}

static bool is_xof(const HashObject *h) { return (p_EVP_MD_get_flags(h->md) & EVP_MD_FLAG_XOF) != 0; }

static int data_arg(Value v, const uint8_t **data, int64_t *size) {
    if (v_is_str(v)) {
        err_format(&Exc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    if (!bytes_like_view(v, data, size)) {
        err_format(&Exc_TypeError, "object supporting the buffer API required");
        return -1;
    }
    return 0;
}

static Value hash_new_object(const EVP_MD *md, const char *pyname) {
    HashObject *h = (HashObject *)obj_alloc(&HashType, sizeof(HashObject));
    if (!h) return err_nomem();
    h->md = md;
    h->ctx = p_EVP_MD_CTX_new();
    size_t nlen = strlen(pyname);
    if (nlen >= sizeof h->name) nlen = sizeof h->name - 1;
    memcpy(h->name, pyname, nlen);
    h->name[nlen] = 0;
    if (!h->ctx || !p_EVP_DigestInit_ex(h->ctx, md, NULL)) {
        obj_decref(&h->ob);
        return err_format(&Exc_ValueError, "unsupported hash type %s", pyname);
    }
    return v_from_obj(&h->ob);
}

static void hash_dealloc(Object *o) {
    HashObject *h = (HashObject *)o;
    if (h->ctx) p_EVP_MD_CTX_free(h->ctx);
    obj_free(o);
}

static int hash_update_raw(HashObject *h, Value data) {
    const uint8_t *p;
    int64_t n;
    if (data_arg(data, &p, &n) < 0) return -1;
    if (!p_EVP_DigestUpdate(h->ctx, p, (size_t)n)) {
        err_format(&Exc_ValueError, "hash update failed");
        return -1;
    }
    return 0;
}

static Value hl_new(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"name", "data", "usedforsecurity", "string"};
    Value a[4];
    if (args_parse("new", args, nargs, kwnames, kw, 4, 2, 1, a) < 0) return V_NULL;
    if (!v_is_str(a[0])) return err_format(&Exc_TypeError, "new() argument 'name' must be str, not %s",
                                           v_type_name(a[0]));
    const char *pyname = NULL;
    const EVP_MD *md = find_md(str_data(a[0]), &pyname);
    if (!md) return err_format(&Exc_ValueError, "unsupported hash type %s", str_data(a[0]));
    Value h = hash_new_object(md, pyname);
    if (v_is_null(h)) return V_NULL;
    Value data = !v_is_null(a[1]) ? a[1] : a[3];
    if (!v_is_null(data) && hash_update_raw((HashObject *)v_as_obj(h), data) < 0) {
        v_decref(h);
        return V_NULL;
    }
    return h;
}

static Value hash_update(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_no_kwargs("update", kwnames) < 0 || mod_check_nargs("update", nargs, 1, 1) < 0) return V_NULL;
    if (hash_update_raw((HashObject *)v_as_obj(self), args[0]) < 0) return V_NULL;
    return V_NONE;
}

/* The digest of a copy of the state (the object stays usable). Writes
 * len bytes into out (len = the digest size, or the XOF length). */
static int final_copy(HashObject *h, uint8_t *out, size_t len) {
    EVP_MD_CTX *c = p_EVP_MD_CTX_new();
    if (!c) {
        err_nomem();
        return -1;
    }
    int ok = p_EVP_MD_CTX_copy_ex(c, h->ctx);
    if (ok) {
        if (is_xof(h)) ok = p_EVP_DigestFinalXOF(c, out, len);
        else {
            unsigned int n = 0;
            ok = p_EVP_DigestFinal_ex(c, out, &n);
        }
    }
    p_EVP_MD_CTX_free(c);
    if (!ok) {
        err_format(&Exc_ValueError, "hash finalisation failed");
        return -1;
    }
    return 0;
}

/* The output length: the digest size, or digest(length) for XOFs. */
static int out_length(HashObject *h, const char *fname, const Value *args, size_t nargs, Value kwnames,
                      size_t *len) {
    if (is_xof(h)) {
        static const char *const kw[] = {"length"};
        Value a[1];
        if (args_parse(fname, args, nargs, kwnames, kw, 1, 1, 1, a) < 0) return -1;
        int64_t n;
        if (obj_as_index_i64(a[0], &n) < 0) return -1;
        if (n < 0) {
            err_format(&Exc_ValueError, "length must be non-negative");
            return -1;
        }
        if (n > (1 << 28)) {
            err_format(&Exc_ValueError, "digest length is too large");
            return -1;
        }
        *len = (size_t)n;
        return 0;
    }
    if (mod_no_kwargs(fname, kwnames) < 0 || mod_check_nargs(fname, nargs, 0, 0) < 0) return -1;
    *len = (size_t)p_EVP_MD_get_size(h->md);
    return 0;
}

static Value hash_digest(Value self, const Value *args, size_t nargs, Value kwnames) {
    HashObject *h = (HashObject *)v_as_obj(self);
    size_t len;
    if (out_length(h, "digest", args, nargs, kwnames, &len) < 0) return V_NULL;
    uint8_t small[EVP_MAX_MD_SIZE], *buf = len <= sizeof small ? small : mem_alloc(len);
    if (!buf) return err_nomem();
    Value r = final_copy(h, buf, len) < 0 ? V_NULL : bytes_new(buf, len);
    if (buf != small) mem_free(buf);
    return r;
}

static Value hash_hexdigest(Value self, const Value *args, size_t nargs, Value kwnames) {
    HashObject *h = (HashObject *)v_as_obj(self);
    size_t len;
    if (out_length(h, "hexdigest", args, nargs, kwnames, &len) < 0) return V_NULL;
    uint8_t small[EVP_MAX_MD_SIZE], *buf = len <= sizeof small ? small : mem_alloc(len);
    char *hex = mem_alloc(2 * len + 1);
    if (!buf || !hex) {
        if (buf != small) mem_free(buf);
        mem_free(hex);
        return err_nomem();
    }
    Value r = V_NULL;
    if (final_copy(h, buf, len) == 0) {
        static const char digits[] = "0123456789abcdef";
        for (size_t i = 0; i < len; i++) {
            hex[2 * i] = digits[buf[i] >> 4];
            hex[2 * i + 1] = digits[buf[i] & 15];
        }
        r = str_new(hex, 2 * len);
    }
    if (buf != small) mem_free(buf);
    mem_free(hex);
    return r;
}

static Value hash_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (mod_no_kwargs("copy", kwnames) < 0 || mod_check_nargs("copy", nargs, 0, 0) < 0) return V_NULL;
    HashObject *h = (HashObject *)v_as_obj(self);
    Value c = hash_new_object(h->md, h->name);
    if (v_is_null(c)) return V_NULL;
    if (!p_EVP_MD_CTX_copy_ex(((HashObject *)v_as_obj(c))->ctx, h->ctx)) {
        v_decref(c);
        return err_format(&Exc_ValueError, "hash copy failed");
    }
    return c;
}

static Value hash_get_name(Value self) { return str_from_cstr(((HashObject *)v_as_obj(self))->name); }
static Value hash_get_digest_size(Value self) {
    HashObject *h = (HashObject *)v_as_obj(self);
    return v_from_smallint(is_xof(h) ? 0 : p_EVP_MD_get_size(h->md));
}
static Value hash_get_block_size(Value self) {
    return v_from_smallint(p_EVP_MD_get_block_size(((HashObject *)v_as_obj(self))->md));
}

static Value hash_repr(Value self) {
    HashObject *h = (HashObject *)v_as_obj(self);
    char buf[96];
    snprintf(buf, sizeof buf, "<%s _hashlib.HASH object @ %p>", h->name, (void *)h);
    return str_from_cstr(buf);
}

static const MethodDef hash_methods[] = {
    {"update", hash_update, 0, "Update this hash object's state with the provided string."},
    {"digest", hash_digest, 0, "Return the digest value as a bytes object."},
    {"hexdigest", hash_hexdigest, 0, "Return the digest value as a string of hexadecimal digits."},
    {"copy", hash_copy, 0, "Return a copy of the hash object."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef hash_getset[] = {
    {"name", hash_get_name, NULL},
    {"digest_size", hash_get_digest_size, NULL},
    {"block_size", hash_get_block_size, NULL},
    {NULL, NULL, NULL},
};

static TypeObject HashType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "_hashlib.HASH",
    .basicsize = sizeof(HashObject),
    .dealloc = hash_dealloc,
    .repr = hash_repr,
    .methods = hash_methods,
    .getset = hash_getset,
};

/* pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None) */
static Value hl_pbkdf2_hmac(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"hash_name", "password", "salt", "iterations", "dklen"};
    Value a[5];
    if (args_parse("pbkdf2_hmac", args, nargs, kwnames, kw, 5, 5, 4, a) < 0) return V_NULL;
    if (!v_is_str(a[0])) return err_format(&Exc_TypeError, "pbkdf2_hmac() argument 'hash_name' must be str");
    const char *pyname;
    const EVP_MD *md = find_md(str_data(a[0]), &pyname);
    if (!md) return err_format(&Exc_ValueError, "unsupported hash type %s", str_data(a[0]));
    const uint8_t *pw, *salt;
    int64_t npw, nsalt, iters, dklen = p_EVP_MD_get_size(md);
    if (data_arg(a[1], &pw, &npw) < 0 || data_arg(a[2], &salt, &nsalt) < 0) return V_NULL;
    if (obj_as_index_i64(a[3], &iters) < 0) return V_NULL;
    if (iters < 1) return err_format(&Exc_ValueError, "iteration value must be greater than 0.");
    if (!v_is_null(a[4]) && a[4] != V_NONE && obj_as_index_i64(a[4], &dklen) < 0) return V_NULL;
    if (dklen < 1) return err_format(&Exc_ValueError, "key length must be greater than 0.");
    uint8_t *out = mem_alloc((size_t)dklen);
    if (!out) return err_nomem();
    Value r = V_NULL;
    if (p_PKCS5_PBKDF2_HMAC((const char *)pw, (int)npw, salt, (int)nsalt, (int)iters, md, (int)dklen, out))
        r = bytes_new(out, (size_t)dklen);
    else
        err_format(&Exc_ValueError, "pbkdf2 failed");
    mem_free(out);
    return r;
}

/* compare_digest(a, b): constant-time equality of two bytes-like or two
 * ASCII str values. */
static Value hl_compare_digest(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_no_kwargs("compare_digest", kwnames) < 0 || mod_check_nargs("compare_digest", nargs, 2, 2) < 0)
        return V_NULL;
    const uint8_t *p, *q;
    int64_t np, nq;
    if (v_is_str(args[0]) && v_is_str(args[1])) {
        p = (const uint8_t *)str_data(args[0]);
        np = str_nbytes(args[0]);
        q = (const uint8_t *)str_data(args[1]);
        nq = str_nbytes(args[1]);
    } else if (!bytes_like_view(args[0], &p, &np) || !bytes_like_view(args[1], &q, &nq)) {
        return err_format(&Exc_TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'",
                          v_type_name(args[0]), v_type_name(args[1]));
    }
    if (np != nq) return V_FALSE;
    return v_from_bool(p_CRYPTO_memcmp(p, q, (size_t)np) == 0);
}

static const MethodDef hashlib_functions[] = {
    {"new", hl_new, 0, "Return a new hash object using the named algorithm."},
    {"pbkdf2_hmac", hl_pbkdf2_hmac, 0, "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC."},
    {"compare_digest", hl_compare_digest, 0, "Return 'a == b' in a way that resists timing attacks."},
    {NULL, NULL, 0, NULL},
};

Value module_init_hashlib(void) {
    if (load_crypto() < 0) return V_NULL;
    Value m = mod_create("_hashlib", hashlib_functions);
    if (v_is_null(m)) return V_NULL;
    if (mod_add_type(m, "HASH", &HashType) < 0) {
        v_decref(m);
        return V_NULL;
    }
    /* the algorithms this libcrypto has */
    Value names = list_new(0);
    if (v_is_null(names)) {
        v_decref(m);
        return V_NULL;
    }
    for (size_t i = 0; i < sizeof algorithms / sizeof algorithms[0]; i++) {
        if (!p_EVP_get_digestbyname(algorithms[i].ossl)) continue;
        Value s = str_from_cstr(algorithms[i].py);
        if (v_is_null(s) || list_append(names, s) < 0) {
            v_decref(s);
            v_decref(names);
            v_decref(m);
            return V_NULL;
        }
        v_decref(s);
    }
    int r = dict_set_cstr(module_dict(m), "_algorithms", names);
    v_decref(names);
    if (r < 0) {
        v_decref(m);
        return V_NULL;
    }
    return m;
}

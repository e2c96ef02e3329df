/* pycache.c: __pycache__ files for imported source modules (the format and
 * the rules are in pycache.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "pycache.h"
#include "abstract.h"
#include "coil/coil.h"
#include "code.h"
#include "dict.h"
#include "errors.h"
#include "import.h"
#include "marshal.h"
#include "module.h"
#include "opcodes.h"
#include "str.h"

#define HEADER_SIZE 40
/* Larger cache files are not read (no module compiles to that much). */
#define MAX_PYC_SIZE ((int64_t)1 << 28)

/* ---- magic number and tag ------------------------------------------------------ */

#define STR_(x) #x
#define STR(x) STR_(x)
/* The whole instruction table as one string literal, built by the
 * preprocessor: any added, removed, renamed or reordered opcode, or a
 * changed cache size, flag set or stack effect, changes the text and so the
 * magic number. */
#define OP_TEXT(name, cache, flags, effect, jeffect, family) \
    #name "," #cache "," #flags "," #effect "," #jeffect "," #family ";"
static const char opcode_table_text[] =
    "coil-pyc/" STR(MARSHAL_FORMAT_VERSION) "/" STR(PYCACHE_BYTECODE_VERSION) "/" OPCODE_LIST(OP_TEXT);
#undef OP_TEXT

static uint64_t fnv1a64(const uint8_t *p, size_t n) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 0x100000001b3ull;
    }
    return h;
}

/* The payload checksum: FNV-1a's multiply-xor over 8-byte words (8 times
 * fewer steps than per byte; a cache file is read at every import) with an
 * xor-shift so high bits reach the low ones, then the length. Detects
 * accidental damage; it is not meant to resist forgery. */
static uint64_t payload_hash(const uint8_t *p, size_t n) {
    uint64_t h = 0xcbf29ce484222325ull;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w = 0;
        for (int k = 0; k < 8; k++) w |= (uint64_t)p[i + k] << (8 * k);   /* becomes one load */
        h = (h ^ w) * 0x100000001b3ull;
        h ^= h >> 29;
    }
    for (; i < n; i++) h = (h ^ p[i]) * 0x100000001b3ull;
    return h ^ (uint64_t)n;
}

uint32_t pycache_magic(void) {
    static uint32_t magic;
    if (!magic) {
        uint64_t h = fnv1a64((const uint8_t *)opcode_table_text, sizeof opcode_table_text - 1);
        magic = (uint32_t)(h ^ (h >> 32));
        if (!magic) magic = 1;
    }
    return magic;
}

const char *pycache_tag(void) {
    static char tag[32];
    if (!tag[0]) {
        size_t n = snprintf(tag, sizeof tag, "coil-");
        for (const char *v = COIL_VERSION; *v && n + 1 < sizeof tag; v++)
            if (*v >= '0' && *v <= '9') tag[n++] = *v;
        tag[n] = '\0';
    }
    return tag;
}

/* ---- paths ------------------------------------------------------------------ */

/* "d/m.py" -> "d/__pycache__/m.<tag>.pyc" (malloc'd), NULL if source_path
 * is not a .py file or on MemoryError. */
static char *cache_path_of(const char *source_path) {
    size_t n = strlen(source_path);
    if (n < 4 || strcmp(source_path + n - 3, ".py") != 0) return NULL;
    const char *slash = strrchr(source_path, '/');
    size_t dirlen = slash ? (size_t)(slash - source_path) + 1 : 0;
    const char *base = source_path + dirlen;
    size_t baselen = n - dirlen - 3;
    if (baselen == 0) return NULL;
    const char *tag = pycache_tag();
    size_t total = dirlen + strlen("__pycache__/") + baselen + 1 + strlen(tag) + strlen(".pyc") + 1;
    char *p = malloc(total);
    if (!p) return NULL;
    snprintf(p, total, "%.*s__pycache__/%.*s.%s.pyc", (int)dirlen, source_path, (int)baselen, base, tag);
    return p;
}

Value pycache_cached_path(const char *source_path) {
    size_t n = strlen(source_path);
    if (n < 4 || strcmp(source_path + n - 3, ".py") != 0) return V_NONE;
    char *p = cache_path_of(source_path);
    if (!p) return err_nomem();
    Value s = str_new_checked(p, strlen(p));
    free(p);
    return s;
}

/* ---- little-endian fields ------------------------------------------------------ */

static void put_u32(uint8_t *p, uint32_t x) {
    for (int i = 0; i < 4; i++) p[i] = (uint8_t)(x >> (8 * i));
}
static void put_u64(uint8_t *p, uint64_t x) {
    for (int i = 0; i < 8; i++) p[i] = (uint8_t)(x >> (8 * i));
}
static uint32_t get_u32(const uint8_t *p) {
    uint32_t x = 0;
    for (int i = 0; i < 4; i++) x |= (uint32_t)p[i] << (8 * i);
    return x;
}
static uint64_t get_u64(const uint8_t *p) {
    uint64_t x = 0;
    for (int i = 0; i < 8; i++) x |= (uint64_t)p[i] << (8 * i);
    return x;
}

/* ---- reading ------------------------------------------------------------------ */

/* The whole regular file at path (malloc'd) or NULL. */
static uint8_t *slurp(const char *path, size_t *len) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return NULL;
    struct stat st;
    uint8_t *buf = NULL;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= HEADER_SIZE && st.st_size <= MAX_PYC_SIZE) {
        size_t size = (size_t)st.st_size, got = 0;
        buf = malloc(size);
        while (buf && got < size) {
            ssize_t r = read(fd, buf + got, size - got);
            if (r < 0 && errno == EINTR) continue;
            if (r <= 0) { free(buf); buf = NULL; break; }
            got += (size_t)r;
        }
        *len = got;
    }
    close(fd);
    return buf;
}

Value pycache_read(const char *source_path, Value filename, PycacheStamp *stamp) {
    memset(stamp, 0, sizeof *stamp);
    struct stat st;
    if (stat(source_path, &st) != 0) return V_NULL;
    stamp->valid = true;
    stamp->mtime_ns = (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
    stamp->size = (int64_t)st.st_size;
    char *path = cache_path_of(source_path);
    if (!path) return V_NULL;
    size_t len = 0;
    uint8_t *buf = slurp(path, &len);
    free(path);
    if (!buf) return V_NULL;
    Value code = V_NULL;
    if (len >= HEADER_SIZE && !memcmp(buf, "coil", 4) && get_u32(buf + 4) == pycache_magic() &&
        get_u64(buf + 8) == (uint64_t)stamp->mtime_ns && get_u64(buf + 16) == (uint64_t)stamp->size &&
        get_u64(buf + 24) == len - HEADER_SIZE &&
        get_u64(buf + 32) == payload_hash(buf + HEADER_SIZE, len - HEADER_SIZE)) {
        code = marshal_loads(buf + HEADER_SIZE, len - HEADER_SIZE, filename);
        if (!v_is_null(code) && !v_is_code(code)) v_clear(&code);
        /* A bad payload is a cache miss, not an import error. */
        if (v_is_null(code)) err_clear();
    }
    free(buf);
    return code;
}

/* ---- writing ------------------------------------------------------------------ */

static bool dont_write_bytecode(void) {
    Value sys = import_sys_module();
    if (v_is_null(sys)) return false;
    Value flag = dict_get_cstr(module_dict(sys), "dont_write_bytecode");
    if (v_is_null(flag)) return false;
    int t = obj_truthy(flag);
    if (t < 0) { err_clear(); return true; }
    return t == 1;
}

static bool write_all(int fd, const uint8_t *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return false;
        p += w;
        n -= (size_t)w;
    }
    return true;
}

void pycache_write(const char *source_path, const PycacheStamp *stamp, Value code) {
    if (!stamp->valid || dont_write_bytecode()) return;
    Value pending = err_fetch();   /* untouched by anything below */
    char *path = cache_path_of(source_path), *tmp = NULL;
    size_t plen = 0;
    uint8_t *payload = path ? marshal_dumps(code, &plen) : NULL;
    uint8_t *file = payload ? malloc(HEADER_SIZE + plen) : NULL;
    if (!file) goto done;
    memcpy(file, "coil", 4);
    put_u32(file + 4, pycache_magic());
    put_u64(file + 8, (uint64_t)stamp->mtime_ns);
    put_u64(file + 16, (uint64_t)stamp->size);
    put_u64(file + 24, plen);
    put_u64(file + 32, payload_hash(payload, plen));
    memcpy(file + HEADER_SIZE, payload, plen);

    char *slash = strrchr(path, '/');   /* the one before the file name: in "__pycache__/" */
    *slash = '\0';
    if (mkdir(path, 0777) != 0 && errno != EEXIST) { *slash = '/'; goto done; }
    *slash = '/';

    /* A name no other process uses (pid) and no earlier failed attempt of
     * ours left behind (O_EXCL, counter). */
    size_t tlen = strlen(path) + 48;
    tmp = malloc(tlen);
    if (!tmp) goto done;
    /* Owner-writable, otherwise the source's permissions (CPython's _calc_mode). */
    struct stat st;
    mode_t mode = stat(source_path, &st) == 0 ? ((st.st_mode & 0666) | 0200) : 0644;
    int fd = -1;
    for (int attempt = 0; attempt < 8 && fd < 0; attempt++) {
        snprintf(tmp, tlen, "%s.%ld.%d.tmp", path, (long)getpid(), attempt);
        fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (fd < 0 && errno != EEXIST) break;
    }
    if (fd < 0) goto done;
    bool ok = write_all(fd, file, HEADER_SIZE + plen);
    if (close(fd) != 0) ok = false;
    if (!ok || rename(tmp, path) != 0) unlink(tmp);
done:
    free(tmp);
    free(file);
    free(payload);
    free(path);
    err_clear();   /* marshal_dumps' errors: nothing to report, just no cache */
    err_restore(pending);
}

/* ---- the embedded library ------------------------------------------------------ */

/* Indexed by the file's position in coil_embedded_lib; strong references,
 * kept for the life of the process. */
static Value *embedded_codes;

Value pycache_embedded_get(size_t index) {
    if (!embedded_codes || index >= coil_embedded_lib_count) return V_NULL;
    return embedded_codes[index];
}

void pycache_embedded_put(size_t index, Value code) {
    if (index >= coil_embedded_lib_count) return;
    if (!embedded_codes) {
        embedded_codes = malloc(coil_embedded_lib_count * sizeof *embedded_codes);
        if (!embedded_codes) return;
        for (size_t i = 0; i < coil_embedded_lib_count; i++) embedded_codes[i] = V_NULL;
    }
    v_incref(code);
    v_setref(&embedded_codes[index], code);
}

/* unicodedata.c: the unicodedata module (Unicode 14.0.0, as CPython 3.11):
 * name, lookup (with name aliases and named sequences), category,
 * bidirectional, combining, east_asian_width, mirrored, decomposition,
 * decimal, digit, numeric, normalize and is_normalized (NFC, NFD, NFKC,
 * NFKD), unidata_version.
 *
 * The database is vm/modules/unicodedata.ucd, made by
 * scripts/gen_unicodedata.py (format documented there) and linked into
 * the binary as it is (.incbin below); the first import inflates it with
 * zlib and indexes it: property records by runs of code points (binary
 * search), sorted tables for decompositions, numeric values, names and
 * composition exclusions, hash tables for lookup() and for the canonical
 * compositions. Hangul syllables (names, decomposition, composition) are
 * computed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../bytearray.h"
#include "../unicode_util.h"

#ifndef COIL_UCD_PATH
#error "COIL_UCD_PATH must name vm/modules/unicodedata.ucd (CMakeLists.txt sets it)"
#endif

__asm__(".section .rodata\n"
        ".balign 16\n"
        ".globl coil_ucd_blob\n"
        ".hidden coil_ucd_blob\n"
        "coil_ucd_blob:\n"
        ".incbin \"" COIL_UCD_PATH "\"\n"
        ".globl coil_ucd_blob_end\n"
        ".hidden coil_ucd_blob_end\n"
        "coil_ucd_blob_end:\n"
        ".previous\n");
extern const unsigned char coil_ucd_blob[], coil_ucd_blob_end[];

/* ---- the database in memory ---- */

typedef struct {
    uint8_t cat, bidi, comb, eaw, mirrored;
} Record;

typedef struct {
    uint32_t cp;
    uint32_t len;
    const char *s;
} CpStr;

typedef struct {
    uint32_t cp;
    int8_t dec, dig;
    uint8_t len;
    const char *s;
} Numeric;

typedef struct {
    uint32_t first, last;
    const char *prefix;
    uint8_t plen;
} Derived;

typedef struct {
    const char *name;
    uint8_t len;
    uint8_t n;
    uint32_t cps[8];
} Alias;

static struct {
    bool loaded;
    uint8_t *raw;                /* the inflated blob: strings point into it */
    char version[9];
    const char *cats[64], *bidis[64], *eaws[16];
    Record *recs;
    uint32_t nruns, *run_start;
    uint16_t *run_rec;
    CpStr *decomp;
    uint32_t ndecomp;
    Numeric *num;
    uint32_t nnum;
    uint32_t *excl, nexcl;
    CpStr *names;
    uint32_t nnames;
    Derived *derived;
    uint32_t nderived;
    Alias *aliases;
    uint32_t naliases;
    /* lookup(): open addressing over names + aliases, index+1 (0 empty);
     * indices >= nnames are aliases */
    uint32_t *name_hash, name_hash_size;
    /* composition pairs: key (first << 21 | second) -> composite */
    uint64_t *comp_key;
    uint32_t *comp_val, comp_size;
} db;

typedef struct {
    const uint8_t *p, *end;
    bool bad;
} Reader;

static uint32_t rd_varint(Reader *r) {
    uint32_t v = 0;
    int shift = 0;
    while (r->p < r->end) {
        uint8_t b = *r->p++;
        v |= (uint32_t)(b & 0x7F) << shift;
        if (!(b & 0x80)) return v;
        shift += 7;
        if (shift > 28) break;
    }
    r->bad = true;
    return 0;
}

static uint8_t rd_u8(Reader *r) {
    if (r->p >= r->end) {
        r->bad = true;
        return 0;
    }
    return *r->p++;
}

static const char *rd_bytes(Reader *r, size_t n) {
    if ((size_t)(r->end - r->p) < n) {
        r->bad = true;
        return "";
    }
    const char *s = (const char *)r->p;
    r->p += n;
    return s;
}

static int rd_strings(Reader *r, const char **out, int max) {
    int n = rd_u8(r);
    if (n > max) {
        r->bad = true;
        return 0;
    }
    for (int i = 0; i < n; i++) {
        const char *s = (const char *)r->p;
        while (r->p < r->end && *r->p) r->p++;
        if (r->p >= r->end) {
            r->bad = true;
            return 0;
        }
        r->p++;
        out[i] = s;
    }
    return n;
}

static uint64_t hash_name(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (uint8_t)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

static void name_hash_add(uint32_t index, const char *s, size_t n) {
    uint32_t mask = db.name_hash_size - 1;
    uint32_t i = (uint32_t)hash_name(s, n) & mask;
    while (db.name_hash[i]) i = (i + 1) & mask;
    db.name_hash[i] = index + 1;
}

static int32_t find_decomp(uint32_t cp);
static bool is_excluded(uint32_t cp);

static void comp_add(uint32_t a, uint32_t b, uint32_t c) {
    uint64_t key = (uint64_t)a << 21 | b;
    uint32_t mask = db.comp_size - 1;
    uint32_t i = (uint32_t)((key * 0x9E3779B97F4A7C15ull) >> 40) & mask;
    while (db.comp_val[i]) i = (i + 1) & mask;
    db.comp_key[i] = key;
    db.comp_val[i] = c;
}

static uint32_t comp_find(uint32_t a, uint32_t b) {
    uint64_t key = (uint64_t)a << 21 | b;
    uint32_t mask = db.comp_size - 1;
    uint32_t i = (uint32_t)((key * 0x9E3779B97F4A7C15ull) >> 40) & mask;
    while (db.comp_val[i]) {
        if (db.comp_key[i] == key) return db.comp_val[i];
        i = (i + 1) & mask;
    }
    return 0;
}

static int db_load(void) {
    if (db.loaded) return 0;
    /* inflate */
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    if (inflateInit(&zs) != Z_OK) goto corrupt;
    size_t cap = 1 << 20, len = 0;
    uint8_t *buf = malloc(cap);
    if (!buf) {
        inflateEnd(&zs);
        err_nomem();
        return -1;
    }
    zs.next_in = (Bytef *)coil_ucd_blob;
    zs.avail_in = (uInt)(coil_ucd_blob_end - coil_ucd_blob);
    int zr;
    do {
        if (cap - len < 65536) {
            uint8_t *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                inflateEnd(&zs);
                err_nomem();
                return -1;
            }
            buf = nb;
            cap *= 2;
        }
        zs.next_out = buf + len;
        zs.avail_out = (uInt)(cap - len);
        zr = inflate(&zs, Z_NO_FLUSH);
        len = cap - zs.avail_out;
    } while (zr == Z_OK);
    inflateEnd(&zs);
    if (zr != Z_STREAM_END) {
        free(buf);
        goto corrupt;
    }
    db.raw = buf;
    Reader r = {buf, buf + len, false};
    if (memcmp(rd_bytes(&r, 4), "UCD1", 4) != 0) goto corrupt;
    memcpy(db.version, rd_bytes(&r, 8), 8);
    db.version[8] = 0;
    rd_strings(&r, db.cats, 64);
    rd_strings(&r, db.bidis, 64);
    rd_strings(&r, db.eaws, 16);
    uint32_t nrec = rd_varint(&r);
    db.recs = calloc(nrec + 1, sizeof(Record));
    for (uint32_t i = 0; db.recs && i < nrec; i++) {
        db.recs[i].cat = rd_u8(&r);
        db.recs[i].bidi = rd_u8(&r);
        db.recs[i].comb = rd_u8(&r);
        db.recs[i].eaw = rd_u8(&r);
        db.recs[i].mirrored = rd_u8(&r);
    }
    uint32_t cp = 0;
    db.nruns = rd_varint(&r);
    db.run_start = calloc(db.nruns + 1, sizeof(uint32_t));
    db.run_rec = calloc(db.nruns + 1, sizeof(uint16_t));
    for (uint32_t i = 0; db.run_start && db.run_rec && i < db.nruns; i++) {
        cp += rd_varint(&r);
        db.run_start[i] = cp;
        db.run_rec[i] = (uint16_t)rd_varint(&r);
        if (db.run_rec[i] >= nrec) r.bad = true;
    }
    cp = 0;
    db.ndecomp = rd_varint(&r);
    db.decomp = calloc(db.ndecomp + 1, sizeof(CpStr));
    for (uint32_t i = 0; db.decomp && i < db.ndecomp; i++) {
        cp += rd_varint(&r);
        db.decomp[i].cp = cp;
        db.decomp[i].len = rd_u8(&r);
        db.decomp[i].s = rd_bytes(&r, db.decomp[i].len);
    }
    cp = 0;
    db.nnum = rd_varint(&r);
    db.num = calloc(db.nnum + 1, sizeof(Numeric));
    for (uint32_t i = 0; db.num && i < db.nnum; i++) {
        cp += rd_varint(&r);
        db.num[i].cp = cp;
        db.num[i].dec = (int8_t)rd_u8(&r);
        db.num[i].dig = (int8_t)rd_u8(&r);
        db.num[i].len = rd_u8(&r);
        db.num[i].s = rd_bytes(&r, db.num[i].len);
    }
    cp = 0;
    db.nexcl = rd_varint(&r);
    db.excl = calloc(db.nexcl + 1, sizeof(uint32_t));
    for (uint32_t i = 0; db.excl && i < db.nexcl; i++) db.excl[i] = cp += rd_varint(&r);
    cp = 0;
    db.nnames = rd_varint(&r);
    db.names = calloc(db.nnames + 1, sizeof(CpStr));
    for (uint32_t i = 0; db.names && i < db.nnames; i++) {
        cp += rd_varint(&r);
        db.names[i].cp = cp;
        db.names[i].len = rd_u8(&r);
        db.names[i].s = rd_bytes(&r, db.names[i].len);
    }
    db.nderived = rd_varint(&r);
    db.derived = calloc(db.nderived + 1, sizeof(Derived));
    for (uint32_t i = 0; db.derived && i < db.nderived; i++) {
        db.derived[i].first = rd_varint(&r);
        db.derived[i].last = rd_varint(&r);
        db.derived[i].plen = rd_u8(&r);
        db.derived[i].prefix = rd_bytes(&r, db.derived[i].plen);
    }
    db.naliases = rd_varint(&r);
    db.aliases = calloc(db.naliases + 1, sizeof(Alias));
    for (uint32_t i = 0; db.aliases && i < db.naliases; i++) {
        db.aliases[i].len = rd_u8(&r);
        db.aliases[i].name = rd_bytes(&r, db.aliases[i].len);
        uint32_t n = rd_varint(&r);
        if (n > 8) {
            r.bad = true;
            break;
        }
        db.aliases[i].n = (uint8_t)n;
        for (uint32_t k = 0; k < n; k++) db.aliases[i].cps[k] = rd_varint(&r);
    }
    if (r.bad) goto corrupt;
    if (!db.recs || !db.run_start || !db.run_rec || !db.decomp || !db.num || !db.excl || !db.names ||
        !db.derived || !db.aliases) {
        err_nomem();
        return -1;
    }
    /* lookup() hash */
    uint32_t total = db.nnames + db.naliases;
    db.name_hash_size = 1;
    while (db.name_hash_size < total * 2) db.name_hash_size <<= 1;
    db.name_hash = calloc(db.name_hash_size, sizeof(uint32_t));
    if (!db.name_hash) {
        err_nomem();
        return -1;
    }
    for (uint32_t i = 0; i < db.nnames; i++) name_hash_add(i, db.names[i].s, db.names[i].len);
    for (uint32_t i = 0; i < db.naliases; i++)
        name_hash_add(db.nnames + i, db.aliases[i].name, db.aliases[i].len);
    /* canonical composition pairs */
    db.comp_size = 1;
    while (db.comp_size < db.ndecomp * 2) db.comp_size <<= 1;
    db.comp_key = calloc(db.comp_size, sizeof(uint64_t));
    db.comp_val = calloc(db.comp_size, sizeof(uint32_t));
    if (!db.comp_key || !db.comp_val) {
        err_nomem();
        return -1;
    }
    for (uint32_t i = 0; i < db.ndecomp; i++) {
        const CpStr *d = &db.decomp[i];
        if (d->len && d->s[0] == '<') continue;
        if (is_excluded(d->cp)) continue;
        unsigned a, b;
        char tail;
        char tmp[64];
        if (d->len >= sizeof tmp) continue;
        memcpy(tmp, d->s, d->len);
        tmp[d->len] = 0;
        if (sscanf(tmp, "%x %x%c", &a, &b, &tail) == 2) comp_add(a, b, d->cp);
    }
    db.loaded = true;
    return 0;
corrupt:
    err_format(&Exc_ImportError, "unicodedata: the character database is corrupt");
    return -1;
}

static const Record *record_of(uint32_t cp) {
    uint32_t lo = 0, hi = db.nruns;   /* the last run starting <= cp */
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if (db.run_start[mid] <= cp) lo = mid;
        else hi = mid;
    }
    return &db.recs[db.run_rec[lo]];
}

static int32_t find_decomp(uint32_t cp) {
    uint32_t lo = 0, hi = db.ndecomp;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (db.decomp[mid].cp < cp) lo = mid + 1;
        else hi = mid;
    }
    return lo < db.ndecomp && db.decomp[lo].cp == cp ? (int32_t)lo : -1;
}

static int32_t find_numeric(uint32_t cp) {
    uint32_t lo = 0, hi = db.nnum;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (db.num[mid].cp < cp) lo = mid + 1;
        else hi = mid;
    }
    return lo < db.nnum && db.num[lo].cp == cp ? (int32_t)lo : -1;
}

static bool is_excluded(uint32_t cp) {
    uint32_t lo = 0, hi = db.nexcl;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (db.excl[mid] < cp) lo = mid + 1;
        else hi = mid;
    }
    return lo < db.nexcl && db.excl[lo] == cp;
}

/* ---- Hangul ---- */

enum { S_BASE = 0xAC00, L_BASE = 0x1100, V_BASE = 0x1161, T_BASE = 0x11A7,
       L_COUNT = 19, V_COUNT = 21, T_COUNT = 28, N_COUNT = V_COUNT * T_COUNT, S_COUNT = L_COUNT * N_COUNT };

static const char *const jamo_l[L_COUNT] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                            "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
static const char *const jamo_v[V_COUNT] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                                            "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
static const char *const jamo_t[T_COUNT] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
                                            "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
                                            "SS", "NG", "J", "C", "K", "T", "P", "H"};

static bool is_hangul(uint32_t cp) { return cp >= S_BASE && cp < S_BASE + S_COUNT; }

/* ---- names ---- */

/* Writes cp's name to buf (NUL-terminated); false if it has none. */
static bool name_of(uint32_t cp, char *buf, size_t size) {
    if (is_hangul(cp)) {
        uint32_t s = cp - S_BASE;
        snprintf(buf, size, "HANGUL SYLLABLE %s%s%s", jamo_l[s / N_COUNT], jamo_v[(s % N_COUNT) / T_COUNT],
                 jamo_t[s % T_COUNT]);
        return true;
    }
    for (uint32_t i = 0; i < db.nderived; i++) {
        if (cp >= db.derived[i].first && cp <= db.derived[i].last) {
            snprintf(buf, size, "%.*s%04X", (int)db.derived[i].plen, db.derived[i].prefix, cp);
            return true;
        }
    }
    uint32_t lo = 0, hi = db.nnames;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (db.names[mid].cp < cp) lo = mid + 1;
        else hi = mid;
    }
    if (lo < db.nnames && db.names[lo].cp == cp) {
        snprintf(buf, size, "%.*s", (int)db.names[lo].len, db.names[lo].s);
        return true;
    }
    return false;
}

/* The longest entry of tab that starts s (CPython's greedy syllable
 * parse); -1 if none. */
static int jamo_longest(const char *s, size_t n, const char *const *tab, int count, size_t *used) {
    int best = -1;
    size_t bestlen = 0;
    for (int i = 0; i < count; i++) {
        size_t l = strlen(tab[i]);
        if (l <= n && !memcmp(s, tab[i], l) && (best < 0 || l > bestlen)) {
            best = i;
            bestlen = l;
        }
    }
    *used = bestlen;
    return best;
}

/* The code points named orig (upper: the same upper-cased): 1 for a
 * character, more for a named sequence, 0 if unknown. As CPython 3.11:
 * Hangul syllables and CJK unified ideographs are matched case-sensitively
 * (4 or 5 upper-case hex digits), other names and aliases in any case;
 * Tangut ideographs are not found (CPython's lookup does not know them). */
static int lookup_name(const char *orig, const char *name, size_t n, uint32_t *out) {
    static const char hangul[] = "HANGUL SYLLABLE ";
    static const char cjk[] = "CJK UNIFIED IDEOGRAPH-";
    if (n >= sizeof hangul - 1 && !memcmp(orig, hangul, sizeof hangul - 1)) {
        const char *s = orig + sizeof hangul - 1;
        size_t rest = n - (sizeof hangul - 1), ul, uv, ut;
        int l = jamo_longest(s, rest, jamo_l, L_COUNT, &ul);
        int v = l < 0 ? -1 : jamo_longest(s + ul, rest - ul, jamo_v, V_COUNT, &uv);
        int t = v < 0 ? -1 : jamo_longest(s + ul + uv, rest - ul - uv, jamo_t, T_COUNT, &ut);
        if (t >= 0 && ul + uv + ut == rest) {
            out[0] = S_BASE + (uint32_t)((l * V_COUNT + v) * T_COUNT + t);
            return 1;
        }
        return 0;
    }
    if (n >= sizeof cjk - 1 && !memcmp(orig, cjk, sizeof cjk - 1)) {
        size_t digits = n - (sizeof cjk - 1);
        if (digits != 4 && digits != 5) return 0;
        uint32_t v = 0;
        for (size_t k = sizeof cjk - 1; k < n; k++) {
            char c = orig[k];
            if (c >= '0' && c <= '9') v = v * 16 + (uint32_t)(c - '0');
            else if (c >= 'A' && c <= 'F') v = v * 16 + (uint32_t)(c - 'A' + 10);
            else return 0;
        }
        for (uint32_t i = 0; i < db.nderived; i++) {
            if (db.derived[i].plen == sizeof cjk - 1 && !memcmp(db.derived[i].prefix, cjk, sizeof cjk - 1) &&
                v >= db.derived[i].first && v <= db.derived[i].last) {
                out[0] = v;
                return 1;
            }
        }
        return 0;
    }
    for (uint32_t i = 0; i < db.nderived; i++) {
        size_t pl = db.derived[i].plen;
        if (n > pl && !memcmp(name, db.derived[i].prefix, pl) && memcmp(name, cjk, sizeof cjk - 1) &&
            memcmp(name, "TANGUT IDEOGRAPH-", 17)) {
            uint32_t v = 0;
            size_t k = pl;
            for (; k < n && k < pl + 6; k++) {
                char c = name[k];
                if (c >= '0' && c <= '9') v = v * 16 + (uint32_t)(c - '0');
                else if (c >= 'A' && c <= 'F') v = v * 16 + (uint32_t)(c - 'A' + 10);
                else break;
            }
            char canon[16];
            int cl = snprintf(canon, sizeof canon, "%04X", v);
            if (k == n && (size_t)cl == n - pl && !memcmp(canon, name + pl, (size_t)cl) &&
                v >= db.derived[i].first && v <= db.derived[i].last) {
                out[0] = v;
                return 1;
            }
        }
    }
    uint32_t mask = db.name_hash_size - 1;
    for (uint32_t i = (uint32_t)hash_name(name, n) & mask; db.name_hash[i]; i = (i + 1) & mask) {
        uint32_t idx = db.name_hash[i] - 1;
        if (idx < db.nnames) {
            if (db.names[idx].len == n && !memcmp(db.names[idx].s, name, n)) {
                out[0] = db.names[idx].cp;
                return 1;
            }
        } else {
            const Alias *a = &db.aliases[idx - db.nnames];
            if (a->len == n && !memcmp(a->name, name, n)) {
                for (int k = 0; k < a->n; k++) out[k] = a->cps[k];
                return a->n;
            }
        }
    }
    return 0;
}

/* parser_char_name_lookup (frontend/parser.h) for \N{name} escapes: one
 * character by name or alias, any case; named sequences are not
 * characters. */
int unicodedata_char_by_name(const char *name, size_t n, uint32_t *cp) {
    if (n > 255) return 0;
    if (db_load() < 0) {
        err_clear();
        return 0;
    }
    char up[256];
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        up[i] = (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
    }
    uint32_t cps[8];
    if (lookup_name(name, up, n, cps) != 1) return 0;
    *cp = cps[0];
    return 1;
}

/* ---- argument helpers ---- */

/* The code point of a one-character str argument. */
static int char_arg(const char *fname, Value v, uint32_t *cp) {
    if (!v_is_str(v) && !v_is_strlike(v)) {
        err_format(&Exc_TypeError, "%s must be a unicode character, not %s", fname, v_type_name(v));
        return -1;
    }
    if (str_len(v) != 1) {
        err_format(&Exc_TypeError, "%s must be a unicode character, not str", fname);
        return -1;
    }
    int l;
    *cp = utf8_decode(str_data(v), &l);
    return 0;
}

static Value ud_loaded_check(void) { return db_load() < 0 ? V_NULL : V_NONE; }

#define ONE_CHAR(fname, label)                                                     \
    if (v_is_null(ud_loaded_check())) return V_NULL;                               \
    if (mod_no_kwargs(fname, kwnames) < 0 || mod_check_nargs(fname, nargs, 1, 1) < 0) \
        return V_NULL;                                                              \
    uint32_t cp;                                                                    \
    if (char_arg(label, args[0], &cp) < 0) return V_NULL;

static Value ud_category(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    ONE_CHAR("category", "category() argument");
    return str_from_cstr(db.cats[record_of(cp)->cat]);
}

static Value ud_bidirectional(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    ONE_CHAR("bidirectional", "bidirectional() argument");
    return str_from_cstr(db.bidis[record_of(cp)->bidi]);
}

static Value ud_combining(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    ONE_CHAR("combining", "combining() argument");
    return v_from_smallint(record_of(cp)->comb);
}

static Value ud_mirrored(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    ONE_CHAR("mirrored", "mirrored() argument");
    return v_from_smallint(record_of(cp)->mirrored);
}

static Value ud_east_asian_width(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    ONE_CHAR("east_asian_width", "east_asian_width() argument");
    return str_from_cstr(db.eaws[record_of(cp)->eaw]);
}

static Value ud_decomposition(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    ONE_CHAR("decomposition", "decomposition() argument");
    int32_t i = find_decomp(cp);
    if (i < 0) return str_from_cstr("");
    return str_new(db.decomp[i].s, db.decomp[i].len);
}

static Value ud_name(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (db_load() < 0) return V_NULL;
    if (mod_no_kwargs("name", kwnames) < 0 || mod_check_nargs("name", nargs, 1, 2) < 0) return V_NULL;
    uint32_t cp;
    if (char_arg("name() argument 1", args[0], &cp) < 0) return V_NULL;
    char buf[256];
    if (name_of(cp, buf, sizeof buf)) return str_from_cstr(buf);
    if (nargs > 1) return v_newref(args[1]);
    return err_format(&Exc_ValueError, "no such name");
}

static Value ud_lookup(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (db_load() < 0) return V_NULL;
    if (mod_no_kwargs("lookup", kwnames) < 0 || mod_check_nargs("lookup", nargs, 1, 1) < 0) return V_NULL;
    const char *s;
    int64_t n;
    if (v_is_str(args[0]) || v_is_strlike(args[0])) {
        s = str_data(args[0]);
        n = str_nbytes(args[0]);
    } else if (!bytes_like_view(args[0], (const uint8_t **)&s, &n)) {
        return err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(args[0]));
    }
    if (n > 255) return err_set_value(&Exc_KeyError, str_from_cstr("name too long"));
    char up[256];
    for (int64_t i = 0; i < n; i++) {
        char c = s[i];
        up[i] = (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
    }
    uint32_t cps[8];
    int k = lookup_name(s, up, (size_t)n, cps);
    if (k == 0) {
        Value q = str_new(s, (size_t)n);
        if (v_is_null(q)) return V_NULL;
        Value msg = str_printf("undefined character name '%s'", str_data(q));
        v_decref(q);
        if (v_is_null(msg)) return V_NULL;
        err_set_value(&Exc_KeyError, msg);
        v_decref(msg);
        return V_NULL;
    }
    char out[40];
    size_t o = 0;
    for (int i = 0; i < k; i++) o += (size_t)utf8_encode(cps[i], out + o);
    return str_new(out, o);
}

static Value numeric_common(const char *fname, const Value *args, size_t nargs, Value kwnames, int kind) {
    if (db_load() < 0) return V_NULL;
    if (mod_no_kwargs(fname, kwnames) < 0 || mod_check_nargs(fname, nargs, 1, 2) < 0) return V_NULL;
    char label[48];
    snprintf(label, sizeof label, "%s() argument 1", fname);
    uint32_t cp;
    if (char_arg(label, args[0], &cp) < 0) return V_NULL;
    int32_t i = find_numeric(cp);
    if (i >= 0) {
        const Numeric *nm = &db.num[i];
        if (kind == 0 && nm->dec >= 0) return v_from_smallint(nm->dec);
        if (kind == 1 && nm->dig >= 0) return v_from_smallint(nm->dig);
        if (kind == 2) {
            char tmp[32];
            snprintf(tmp, sizeof tmp, "%.*s", (int)nm->len, nm->s);
            char *slash = strchr(tmp, '/');
            double v;
            if (slash) {
                *slash = 0;
                v = strtod(tmp, NULL) / strtod(slash + 1, NULL);
            } else {
                v = strtod(tmp, NULL);
            }
            return v_from_float(v);
        }
    }
    if (nargs > 1) return v_newref(args[1]);
    return err_format(&Exc_ValueError, "%s",
                      kind == 0 ? "not a decimal" : kind == 1 ? "not a digit" : "not a numeric character");
}

static Value ud_decimal(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return numeric_common("decimal", args, nargs, kwnames, 0);
}

static Value ud_digit(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return numeric_common("digit", args, nargs, kwnames, 1);
}

static Value ud_numeric(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return numeric_common("numeric", args, nargs, kwnames, 2);
}

/* ---- normalization ---- */

typedef struct {
    uint32_t *p;
    size_t len, cap;
} CpBuf;

static int cb_push(CpBuf *b, uint32_t cp) {
    if (b->len == b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 64;
        uint32_t *np = realloc(b->p, nc * sizeof(uint32_t));
        if (!np) {
            err_nomem();
            return -1;
        }
        b->p = np;
        b->cap = nc;
    }
    b->p[b->len++] = cp;
    return 0;
}

/* Appends the full decomposition of cp (compat: compatibility mappings too). */
static int decompose(uint32_t cp, bool compat, CpBuf *out) {
    if (is_hangul(cp)) {
        uint32_t s = cp - S_BASE;
        if (cb_push(out, L_BASE + s / N_COUNT) < 0 || cb_push(out, V_BASE + (s % N_COUNT) / T_COUNT) < 0)
            return -1;
        if (s % T_COUNT && cb_push(out, T_BASE + s % T_COUNT) < 0) return -1;
        return 0;
    }
    int32_t i = find_decomp(cp);
    if (i < 0) return cb_push(out, cp);
    const CpStr *d = &db.decomp[i];
    const char *s = d->s, *end = d->s + d->len;
    if (*s == '<') {
        if (!compat) return cb_push(out, cp);
        while (s < end && *s != '>') s++;
        s++;
    }
    while (s < end) {
        while (s < end && *s == ' ') s++;
        if (s >= end) break;
        uint32_t v = 0;
        while (s < end && *s != ' ') {
            char c = *s++;
            v = v * 16 + (uint32_t)(c <= '9' ? c - '0' : c - 'A' + 10);
        }
        if (decompose(v, compat, out) < 0) return -1;
    }
    return 0;
}

static uint8_t ccc(uint32_t cp) { return record_of(cp)->comb; }

static void canonical_order(CpBuf *b) {
    /* a stable insertion sort by combining class within each run of
     * non-starters */
    for (size_t i = 1; i < b->len; i++) {
        uint32_t c = b->p[i];
        uint8_t cc = ccc(c);
        if (cc == 0) continue;
        size_t j = i;
        while (j > 0) {
            uint8_t pc = ccc(b->p[j - 1]);
            if (pc == 0 || pc <= cc) break;
            b->p[j] = b->p[j - 1];
            j--;
        }
        b->p[j] = c;
    }
}

static uint32_t compose_pair(uint32_t s, uint32_t c) {
    if (s >= L_BASE && s < L_BASE + L_COUNT && c >= V_BASE && c < V_BASE + V_COUNT)
        return S_BASE + ((s - L_BASE) * V_COUNT + (c - V_BASE)) * T_COUNT;
    if (is_hangul(s) && (s - S_BASE) % T_COUNT == 0 && c > T_BASE && c < T_BASE + T_COUNT)
        return s + (c - T_BASE);
    return comp_find(s, c);
}

/* Canonical composition of a canonically ordered buffer, in place: a
 * character combines with the last starter unless blocked by one in
 * between whose class is 0 or not lower than its own. */
static void compose(CpBuf *b) {
    size_t out = 0;
    int64_t starter = -1;
    int last_cc = 0;
    for (size_t i = 0; i < b->len; i++) {
        uint32_t c = b->p[i];
        int cc = ccc(c);
        if (starter >= 0) {
            bool between = out > (size_t)starter + 1;
            if (!between || (last_cc != 0 && last_cc < cc)) {
                uint32_t comp = compose_pair(b->p[starter], c);
                if (comp) {
                    b->p[starter] = comp;
                    continue;
                }
            }
        }
        if (cc == 0) starter = (int64_t)out;
        last_cc = cc;
        b->p[out++] = c;
    }
    b->len = out;
}

static int form_of(Value v, bool *compat, bool *comp) {
    if (!v_is_str(v) && !v_is_strlike(v)) {
        err_format(&Exc_TypeError, "normalize() argument 1 must be str, not %s", v_type_name(v));
        return -1;
    }
    const char *f = str_data(v);
    if (!strcmp(f, "NFC")) *compat = false, *comp = true;
    else if (!strcmp(f, "NFKC")) *compat = true, *comp = true;
    else if (!strcmp(f, "NFD")) *compat = false, *comp = false;
    else if (!strcmp(f, "NFKD")) *compat = true, *comp = false;
    else {
        err_format(&Exc_ValueError, "invalid normalization form");
        return -1;
    }
    return 0;
}

/* The normalized string: a new reference (s itself when unchanged). */
static Value normalize_str(Value s, bool compat, bool comp) {
    const char *p = str_data(s);
    size_t n = (size_t)str_nbytes(s);
    if (utf8_all_ascii(p, n)) return v_newref(s);
    CpBuf b = {NULL, 0, 0};
    for (size_t i = 0; i < n;) {
        int l;
        uint32_t cp = utf8_decode(p + i, &l);
        i += (size_t)l;
        if (decompose(cp, compat, &b) < 0) {
            free(b.p);
            return V_NULL;
        }
    }
    canonical_order(&b);
    if (comp) compose(&b);
    char *out = malloc(b.len * 4 + 1);
    if (!out) {
        free(b.p);
        return err_nomem();
    }
    size_t o = 0;
    for (size_t i = 0; i < b.len; i++) o += (size_t)utf8_encode(b.p[i], out + o);
    free(b.p);
    Value r;
    if (o == n && !memcmp(out, p, n)) r = v_newref(s);
    else r = str_new(out, o);
    free(out);
    return r;
}

static Value ud_normalize(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (db_load() < 0) return V_NULL;
    if (mod_no_kwargs("normalize", kwnames) < 0 || mod_check_nargs("normalize", nargs, 2, 2) < 0) return V_NULL;
    bool compat, comp;
    if (form_of(args[0], &compat, &comp) < 0) return V_NULL;
    if (!v_is_str(args[1]) && !v_is_strlike(args[1]))
        return err_format(&Exc_TypeError, "normalize() argument 2 must be str, not %s", v_type_name(args[1]));
    Value r = normalize_str(args[1], compat, comp);
    if (!v_is_null(r) && !v_is_str(r)) {
        Value e = str_exact(r);
        v_decref(r);
        r = e;
    }
    return r;
}

static Value ud_is_normalized(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (db_load() < 0) return V_NULL;
    if (mod_no_kwargs("is_normalized", kwnames) < 0 || mod_check_nargs("is_normalized", nargs, 2, 2) < 0)
        return V_NULL;
    bool compat, comp;
    if (form_of(args[0], &compat, &comp) < 0) return V_NULL;
    if (!v_is_str(args[1]) && !v_is_strlike(args[1]))
        return err_format(&Exc_TypeError, "is_normalized() argument 2 must be str, not %s",
                          v_type_name(args[1]));
    Value r = normalize_str(args[1], compat, comp);
    if (v_is_null(r)) return V_NULL;
    bool same = str_nbytes(r) == str_nbytes(args[1]) &&
                !memcmp(str_data(r), str_data(args[1]), (size_t)str_nbytes(r));
    v_decref(r);
    return v_from_bool(same);
}

static const MethodDef ud_functions[] = {
    {"name", ud_name, 0, "Returns the name assigned to the character chr as a string."},
    {"lookup", ud_lookup, 0, "Look up character by name."},
    {"category", ud_category, 0, "Returns the general category assigned to the character chr as string."},
    {"bidirectional", ud_bidirectional, 0, "Returns the bidirectional class assigned to the character chr as string."},
    {"combining", ud_combining, 0, "Returns the canonical combining class assigned to the character chr as integer."},
    {"mirrored", ud_mirrored, 0, "Returns the mirrored property assigned to the character chr as integer."},
    {"east_asian_width", ud_east_asian_width, 0, "Returns the east asian width assigned to the character chr as string."},
    {"decomposition", ud_decomposition, 0, "Returns the character decomposition mapping assigned to the character chr as string."},
    {"decimal", ud_decimal, 0, "Converts a Unicode character into its equivalent decimal value."},
    {"digit", ud_digit, 0, "Converts a Unicode character into its equivalent digit value."},
    {"numeric", ud_numeric, 0, "Converts a Unicode character into its equivalent numeric value."},
    {"normalize", ud_normalize, 0, "Return the normal form 'form' for the Unicode string unistr."},
    {"is_normalized", ud_is_normalized, 0, "Return whether the Unicode string unistr is in the normal form 'form'."},
    {NULL, NULL, 0, NULL},
};

Value module_init_unicodedata(void) {
    if (db_load() < 0) return V_NULL;
    Value m = mod_create("unicodedata", ud_functions);
    if (v_is_null(m)) return V_NULL;
    Value v = str_from_cstr(db.version);
    int r = v_is_null(v) ? -1 : dict_set_cstr(module_dict(m), "unidata_version", v);
    v_decref(v);
    if (r < 0) {
        v_decref(m);
        return V_NULL;
    }
    return m;
}

/* siphash.c: SipHash-1-3 (Aumasson & Bernstein; 1 compression round and
 * 3 finalisation rounds, the variant CPython uses for str/bytes hashing). */
#define _GNU_SOURCE
#include "siphash.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/random.h>

static uint64_t key0, key1;
static bool key_ready;

/* splitmix64: spreads a small seed over the 128 key bits. */
static uint64_t splitmix64(uint64_t *state) {
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static void fill_random(void *buf, size_t n) {
    uint8_t *p = buf;
    while (n > 0) {
        ssize_t got = getrandom(p, n, 0);
        if (got < 0) {
            if (errno == EINTR) continue;
            break;
        }
        p += got;
        n -= (size_t)got;
    }
    if (n == 0) return;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        while (n > 0) {
            ssize_t got = read(fd, p, n);
            if (got <= 0) {
                if (got < 0 && errno == EINTR) continue;
                break;
            }
            p += got;
            n -= (size_t)got;
        }
        close(fd);
    }
    if (n > 0) {
        /* No entropy source at all: hashing must still work, so fall back
         * to something that at least varies per process. */
        uint64_t st = (uint64_t)getpid() ^ (uint64_t)(uintptr_t)&key0;
        while (n > 0) {
            *p++ = (uint8_t)splitmix64(&st);
            n--;
        }
    }
}

static void key_init(void) {
    const char *seed = getenv("PYTHONHASHSEED");
    key_ready = true;
    if (seed && *seed && strcmp(seed, "random") != 0) {
        char *end;
        errno = 0;
        unsigned long long n = strtoull(seed, &end, 10);
        if (*end == '\0' && errno == 0 && n <= 4294967295ull) {
            if (n == 0) {
                key0 = key1 = 0;
            } else {
                uint64_t st = n;
                key0 = splitmix64(&st);
                key1 = splitmix64(&st);
            }
            return;
        }
    }
    uint64_t k[2];
    fill_random(k, sizeof k);
    key0 = k[0];
    key1 = k[1];
}

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND(v0, v1, v2, v3) do {                      \
        v0 += v1; v1 = ROTL(v1, 13); v1 ^= v0; v0 = ROTL(v0, 32); \
        v2 += v3; v3 = ROTL(v3, 16); v3 ^= v2;             \
        v0 += v3; v3 = ROTL(v3, 21); v3 ^= v0;             \
        v2 += v1; v1 = ROTL(v1, 17); v1 ^= v2; v2 = ROTL(v2, 32); \
    } while (0)

static inline uint64_t load_le64(const uint8_t *p) {
    uint64_t w;
    memcpy(&w, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    w = __builtin_bswap64(w);
#endif
    return w;
}

uint64_t siphash13(const void *data, size_t len) {
    if (!key_ready) key_init();
    const uint8_t *p = data;
    uint64_t v0 = key0 ^ 0x736f6d6570736575ull;
    uint64_t v1 = key1 ^ 0x646f72616e646f6dull;
    uint64_t v2 = key0 ^ 0x6c7967656e657261ull;
    uint64_t v3 = key1 ^ 0x7465646279746573ull;

    size_t nwords = len / 8;
    for (size_t i = 0; i < nwords; i++, p += 8) {
        uint64_t m = load_le64(p);
        v3 ^= m;
        SIPROUND(v0, v1, v2, v3);
        v0 ^= m;
    }
    /* Last block: the remaining 0..7 bytes, little-endian, length in the top byte. */
    uint64_t b = (uint64_t)len << 56;
    switch (len & 7) {
    case 7: b |= (uint64_t)p[6] << 48; /* fall through */
    case 6: b |= (uint64_t)p[5] << 40; /* fall through */
    case 5: b |= (uint64_t)p[4] << 32; /* fall through */
    case 4: b |= (uint64_t)p[3] << 24; /* fall through */
    case 3: b |= (uint64_t)p[2] << 16; /* fall through */
    case 2: b |= (uint64_t)p[1] << 8;  /* fall through */
    case 1: b |= (uint64_t)p[0];       /* fall through */
    case 0: break;
    }
    v3 ^= b;
    SIPROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    return v0 ^ v1 ^ v2 ^ v3;
}

int64_t hash_bytes(const void *data, size_t len) {
    if (len == 0) return 0;
    int64_t h = (int64_t)siphash13(data, len);
    return h == -1 ? -2 : h;
}

/* mt19937.c: MT19937 as CPython's _randommodule.c, and SHA-512. */
#include <gmp.h>
#include <stdbool.h>
#include <string.h>
#include "mt19937.h"

#define MT_M 397
#define MATRIX_A 0x9908b0dfU
#define UPPER_MASK 0x80000000U
#define LOWER_MASK 0x7fffffffU

void mt_init_genrand(MTState *s, uint32_t seed) {
    uint32_t *mt = s->mt;
    mt[0] = seed;
    for (int i = 1; i < MT_N; i++) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    s->index = MT_N;
}

void mt_init_by_array(MTState *s, const uint32_t *key, size_t key_length) {
    uint32_t *mt = s->mt;
    mt_init_genrand(s, 19650218U);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > key_length ? MT_N : key_length; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= key_length) j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;   /* MSB set: the state is never all zero */
}

uint32_t mt_genrand_uint32(MTState *s) {
    static const uint32_t mag01[2] = {0x0U, MATRIX_A};
    uint32_t *mt = s->mt, y;
    if (s->index >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[MT_N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        s->index = 0;
    }
    y = mt[s->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

double mt_genrand_res53(MTState *s) {
    uint32_t a = mt_genrand_uint32(s) >> 5, b = mt_genrand_uint32(s) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* ---- SHA-512 --------------------------------------------------------------
 * The round constants are the first 64 bits of the fractional parts of the
 * cube roots of the first 80 primes, the initial hash those of the square
 * roots of the first 8: computed exactly with GMP's integer roots rather
 * than transcribed. */

static uint64_t sha_k[80], sha_h0[8];
static int sha_ready;

static uint64_t frac_root_bits(unsigned long p, unsigned long n) {
    mpz_t z;
    mpz_init_set_ui(z, p);
    mpz_mul_2exp(z, z, 64 * n);          /* root(p * 2^(64n)) = root(p) * 2^64 */
    mpz_root(z, z, n);
    uint64_t r = (uint64_t)mpz_getlimbn(z, 0);   /* the low 64 bits are the fraction */
    mpz_clear(z);
    return r;
}

static void sha_init_tables(void) {
    unsigned long p = 2;
    for (int i = 0; i < 80; p++) {
        bool prime = true;
        for (unsigned long d = 2; d * d <= p; d++)
            if (p % d == 0) prime = false;
        if (!prime) continue;
        if (i < 8) sha_h0[i] = frac_root_bits(p, 2);
        sha_k[i++] = frac_root_bits(p, 3);
    }
    sha_ready = 1;
}

static inline uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static void sha_block(uint64_t h[8], const uint8_t *blk) {
    uint64_t w[80];
    for (int t = 0; t < 16; t++) {
        uint64_t v = 0;
        for (int b = 0; b < 8; b++) v = (v << 8) | blk[t * 8 + b];
        w[t] = v;
    }
    for (int t = 16; t < 80; t++) {
        uint64_t s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
        uint64_t s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
        w[t] = s1 + w[t - 7] + s0 + w[t - 16];
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 80; t++) {
        uint64_t t1 = hh + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) + ((e & f) ^ (~e & g)) + sha_k[t] + w[t];
        uint64_t t2 = (rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
    h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

void sha512(const void *data, size_t len, uint8_t digest[64]) {
    if (!sha_ready) sha_init_tables();
    uint64_t h[8];
    memcpy(h, sha_h0, sizeof h);
    const uint8_t *p = data;
    size_t full = len / 128;
    for (size_t i = 0; i < full; i++) sha_block(h, p + i * 128);
    /* Padding: 0x80, zeros, the 128-bit big-endian bit length. */
    uint8_t tail[256] = {0};
    size_t rest = len - full * 128;
    memcpy(tail, p + full * 128, rest);
    tail[rest] = 0x80;
    size_t tlen = rest + 1 + 16 <= 128 ? 128 : 256;
    uint64_t bits = (uint64_t)len * 8;
    for (int b = 0; b < 8; b++) tail[tlen - 1 - b] = (uint8_t)(bits >> (8 * b));
    sha_block(h, tail);
    if (tlen == 256) sha_block(h, tail + 128);
    for (int i = 0; i < 8; i++)
        for (int b = 0; b < 8; b++) digest[i * 8 + b] = (uint8_t)(h[i] >> (56 - 8 * b));
}

/* mt19937.h: the Mersenne Twister exactly as CPython's _random module runs
 * it (Matsumoto & Nishimura's reference code, 2002/1/26 version), and
 * SHA-512 (FIPS 180-4) for seeding from str/bytes. */
#ifndef COIL_MT19937_H
#define COIL_MT19937_H

#include <stddef.h>
#include <stdint.h>

#define MT_N 624

typedef struct MTState {
    uint32_t mt[MT_N];
    int index;            /* next word to temper; MT_N means "regenerate first" */
} MTState;

void mt_init_genrand(MTState *s, uint32_t seed);
/* CPython seeds with the 32-bit words of |seed|, least significant first. */
void mt_init_by_array(MTState *s, const uint32_t *key, size_t key_length);
uint32_t mt_genrand_uint32(MTState *s);
/* random.random(): 53 random bits in [0, 1). */
double mt_genrand_res53(MTState *s);

void sha512(const void *data, size_t len, uint8_t digest[64]);

#endif

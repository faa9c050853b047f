/* Block copies between two 256 KiB buffers at varying offsets (32-bit words, unrolled),
 * then a checksum: load/store throughput through the soft-TLB. */
#include "bench.h"

#define WORDS (64 * 1024)
#define ROUNDS 8000

static uint32_t src[WORDS + 64], dst[WORDS + 64];

static void copy_words(uint32_t *d, const uint32_t *s, uint32_t n)
{
    uint32_t i = 0;
    for (; i + 4 <= n; i += 4) {
        uint32_t a = s[i], b = s[i + 1], c = s[i + 2], e = s[i + 3];
        d[i] = a;
        d[i + 1] = b;
        d[i + 2] = c;
        d[i + 3] = e;
    }
    for (; i < n; i++)
        d[i] = s[i];
}

uint32_t bench_run(void)
{
    uint32_t s = 99;
    for (uint32_t i = 0; i < WORDS + 64; i++)
        src[i] = bench_rand(&s);
    uint32_t sum = 0;
    for (uint32_t r = 0; r < ROUNDS; r++) {
        uint32_t off = r & 31;
        copy_words(dst + (off ^ 7), src + off, WORDS);
        sum += dst[r & (WORDS - 1)] + dst[(r * 7919) & (WORDS - 1)];
        src[r & (WORDS - 1)] ^= sum;
    }
    return sum;
}

/* Sieve of Eratosthenes up to 2^21, repeated: byte stores with strides, a counting pass. */
#include "bench.h"

#define LIMIT (1u << 21)
#define ROUNDS 40

static uint8_t composite[LIMIT];

uint32_t bench_run(void)
{
    uint32_t total = 0;
    for (int r = 0; r < ROUNDS; r++) {
        for (uint32_t i = 0; i < LIMIT; i++)
            composite[i] = 0;
        for (uint32_t i = 2; i * i < LIMIT; i++)
            if (!composite[i])
                for (uint32_t j = i * i; j < LIMIT; j += i)
                    composite[j] = 1;
        uint32_t count = 0;
        for (uint32_t i = 2; i < LIMIT; i++)
            count += !composite[i];
        total += count;
    }
    return total;
}

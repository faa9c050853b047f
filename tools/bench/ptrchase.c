/* Pointer chasing through a random cyclic permutation of 128K nodes (512 KiB): every
 * load's address depends on the previous load. */
#include "bench.h"

#define NODES (128 * 1024)
#define STEPS (60u * 1000 * 1000)

static uint32_t next[NODES];

uint32_t bench_run(void)
{
    /* Sattolo's shuffle: one cycle through every node. */
    for (uint32_t i = 0; i < NODES; i++)
        next[i] = i;
    uint32_t s = 4242;
    for (uint32_t i = NODES - 1; i > 0; i--) {
        uint32_t j = bench_rand(&s) % i;
        uint32_t t = next[i];
        next[i] = next[j];
        next[j] = t;
    }
    uint32_t p = 0, sum = 0;
    for (uint32_t k = 0; k < STEPS; k++) {
        p = next[p];
        sum += p;
    }
    return sum ^ p;
}

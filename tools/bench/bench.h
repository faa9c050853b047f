/* The benchmark kernels: each file defines bench_run(), which does a fixed amount of
 * work and returns a checksum. The same source is built as a bare-metal guest (with
 * guest_entry.c and boot.asm) and as a native program (native_main.c). No libc: a few
 * integer helpers live here. */
#ifndef TOOLS_BENCH_BENCH_H
#define TOOLS_BENCH_BENCH_H

#include <stddef.h>
#include <stdint.h>

uint32_t bench_run(void);

/* A small deterministic random source (xorshift32). */
static inline uint32_t bench_rand(uint32_t *s)
{
    uint32_t x = *s;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return *s = x;
}

#endif

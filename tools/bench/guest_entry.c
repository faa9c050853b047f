/* Guest side of a benchmark kernel: the entry that boot.asm calls (zeroes .bss, runs the
 * kernel) and the memory functions the compiler may call even in freestanding code. */
#include "bench.h"

extern char __bss_start[], __bss_end[];

void *memcpy(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);

void *memcpy(void *d, const void *s, size_t n)
{
    char *dp = d;
    const char *sp = s;
    while (n--)
        *dp++ = *sp++;
    return d;
}

void *memset(void *d, int c, size_t n)
{
    char *dp = d;
    while (n--)
        *dp++ = (char)c;
    return d;
}

__attribute__((section(".text.entry"))) uint32_t bench_entry(void)
{
    for (char *p = __bss_start; p < __bss_end; p++)
        *p = 0;
    return bench_run();
}

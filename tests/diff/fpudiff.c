/* fpudiff: runs every cpu/fpu operation on random operands (fpudiff_gen.c) both in the
 * soft-float library and on this host's x87/SSE (fpudiff_host.c), and compares results
 * bit for bit together with the exception flags, x87 C0-C3 and MXCSR. Transcendentals
 * are compared within an ulp tolerance (fpudiff_trans.c). Prints "N passed, M failed"
 * and exits non-zero on any mismatch. Usage: fpudiff [--count N] [--seed S]; the default
 * (500000 cases per operation, about 22 million comparisons) runs in a few seconds. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tests/diff/fpudiff.h"

uint64_t fd_passed, fd_failed;

#define MAX_SHOWN 6

bool fd_check(const char *test, bool ok, const char *fmt, ...)
{
    static const char *names[128];
    static unsigned shown[128];
    if (ok) {
        fd_passed++;
        return true;
    }
    fd_failed++;
    unsigned i = 0;
    while (i < 128 && names[i] && strcmp(names[i], test))
        i++;
    if (i < 128) {
        names[i] = test;
        if (shown[i]++ >= MAX_SHOWN)
            return false;
    }
    va_list ap;
    va_start(ap, fmt);
    printf("FAIL %s: ", test);
    vprintf(fmt, ap);
    printf("\n");
    va_end(ap);
    return false;
}

int main(int argc, char **argv)
{
    unsigned count = 500000;
    uint64_t seed = 1;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--count") && i + 1 < argc)
            count = (unsigned)strtoul(argv[++i], NULL, 0);
        else if (!strcmp(argv[i], "--seed") && i + 1 < argc)
            seed = strtoull(argv[++i], NULL, 0);
        else {
            fprintf(stderr, "usage: %s [--count N] [--seed S]   (seed 0: from the clock)\n",
                    argv[0]);
            return 2;
        }
    }
    if (!seed)
        seed = (uint64_t)time(NULL);
    printf("fpudiff: seed %llu, %u cases per operation\n", (unsigned long long)seed, count);
    fd_seed(seed);
    clock_t t0 = clock();
    fd_run_x87_arith(count);
    fd_run_x87_misc(count);
    fd_run_x87_conv(count);
    fd_run_sse(count);
    printf("exact operations: %llu passed, %llu failed (%.1f s)\n",
           (unsigned long long)fd_passed, (unsigned long long)fd_failed,
           (double)(clock() - t0) / CLOCKS_PER_SEC);
    printf("transcendentals (tolerance %d ulp):\n", FD_TRANS_TOLERANCE);
    fd_run_transcendentals(count / 8);
    printf("%llu passed, %llu failed\n", (unsigned long long)fd_passed,
           (unsigned long long)fd_failed);
    return fd_failed ? 1 : 0;
}

/* Quicksort (median of three, insertion sort below 16) of 100000 random integers, over
 * and over: compares, swaps, recursion, unpredictable branches. */
#include "bench.h"

#define N 100000
#define ROUNDS 30

static int32_t a[N];

static void insertion(int32_t *v, int n)
{
    for (int i = 1; i < n; i++) {
        int32_t x = v[i];
        int j = i - 1;
        while (j >= 0 && v[j] > x) {
            v[j + 1] = v[j];
            j--;
        }
        v[j + 1] = x;
    }
}

static void quicksort(int32_t *v, int n)
{
    while (n > 16) {
        int32_t p0 = v[0], p1 = v[n / 2], p2 = v[n - 1];
        int32_t p = p0 < p1 ? (p1 < p2 ? p1 : p0 < p2 ? p2 : p0) : (p0 < p2 ? p0 : p1 < p2 ? p2 : p1);
        int i = 0, j = n - 1;
        for (;;) {
            while (v[i] < p)
                i++;
            while (v[j] > p)
                j--;
            if (i >= j)
                break;
            int32_t t = v[i];
            v[i] = v[j];
            v[j] = t;
            i++;
            j--;
        }
        /* recurse into the smaller side, loop on the larger */
        if (j + 1 < n - j - 1) {
            quicksort(v, j + 1);
            v += j + 1;
            n -= j + 1;
        } else {
            quicksort(v + j + 1, n - j - 1);
            n = j + 1;
        }
    }
    insertion(v, n);
}

uint32_t bench_run(void)
{
    uint32_t s = 7, sum = 0;
    for (int r = 0; r < ROUNDS; r++) {
        for (int i = 0; i < N; i++)
            a[i] = (int32_t)bench_rand(&s);
        quicksort(a, N);
        for (int i = 0; i < N; i += 97)
            sum = sum * 31 + (uint32_t)a[i];
    }
    return sum;
}

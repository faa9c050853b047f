/* Native side of a benchmark kernel: runs it once and prints the result the way the
 * guest does, so the runner can check both computed the same thing. */
#include <stdio.h>

#include "bench.h"

int main(void)
{
    printf("result %08x\n", (unsigned)bench_run());
    return 0;
}

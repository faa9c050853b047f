/* CLI and minimizer scaffolding shared by the hostdiff mains (hd_common.h). */
#include <stdlib.h>
#include "hd_common.h"

bool hd_parse_u64(const char *s, uint64_t *v)
{
    char *end;
    if (!s || !*s)
        return false;
    *v = strtoull(s, &end, 0);
    return *end == 0;
}

int hd_minimize(int n, bool *keep, bool (*still_ok)(const bool *keep, const void *ctx),
                const void *ctx)
{
    int prefix = n;
    for (int k = 1; k < n; k++) {
        for (int i = 0; i < n; i++)
            keep[i] = i < k;
        if (!still_ok(keep, ctx)) {
            prefix = k;
            break;
        }
    }
    for (int i = 0; i < n; i++)
        keep[i] = i < prefix;
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < prefix; i++) {
            if (!keep[i])
                continue;
            keep[i] = false;
            if (still_ok(keep, ctx))
                keep[i] = true;
            else
                changed = true;
        }
    }
    if (still_ok(keep, ctx))
        return -1;
    int left = 0;
    for (int i = 0; i < n; i++)
        left += keep[i];
    return left;
}

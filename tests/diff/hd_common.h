/* CLI and minimizer scaffolding shared by hostdiff, hostdiff64 and hostdiff_x87 (their
 * mains keep what depends on the state they compare). */
#ifndef TESTS_DIFF_HD_COMMON_H
#define TESTS_DIFF_HD_COMMON_H

#include <stdbool.h>
#include <stdint.h>

/* A whole-string number in any C base; false for NULL, empty or trailing junk. */
bool hd_parse_u64(const char *s, uint64_t *v);

/* Shrinks a failing case of n items: first the shortest failing prefix, then drops items
 * one at a time while it still fails. still_ok(keep, ctx) reruns the case with only the
 * items keep[] marks; the last call is on the final keep[], so its results are what the
 * caller reports. Returns the number of items left, or -1 if the failure went away. */
int hd_minimize(int n, bool *keep, bool (*still_ok)(const bool *keep, const void *ctx),
                const void *ctx);

#endif

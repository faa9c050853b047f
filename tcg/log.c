/* -d logging: the category names of the command line, the mask they select, and the
 * output stream (stderr unless -D names a file). */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "tcg/log.h"

unsigned tern_log_mask;
FILE *tern_log_file;

static const struct { const char *name; unsigned mask; const char *help; } log_items[] = {
    { "in_asm", LOG_IN_ASM, "guest code of each new TB, disassembled" },
    { "op", LOG_OP, "IR of each new TB, after optimization" },
    { "op_opt", LOG_OP_OPT, "IR of each new TB before optimization too" },
    { "out_asm", LOG_OUT_ASM, "host code of each new TB (JIT)" },
    { "exec", LOG_EXEC, "each TB executed" },
    { "cpu", LOG_CPU, "registers before each TB executed" },
    { "int", LOG_INT, "interrupts and exceptions" },
    { "unimp", LOG_UNIMP, "unimplemented instructions, ports, MSRs and registers" },
    { "mmu", LOG_MMU, "page walks and TLB fills" },
    { "tb", LOG_TB, "per-TB statistics" },
    { "stats", LOG_STATS, "hot-path counters at exit" },
    { "guest_errors", LOG_GUEST_ERRORS, "guest errors (bad register accesses...)" },
};
#define NB_LOG_ITEMS (sizeof(log_items) / sizeof(log_items[0]))

void tern_log(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(tern_log_file ? tern_log_file : stderr, fmt, ap);
    va_end(ap);
}

void tern_log_line(void *opaque, const char *line)
{
    (void)opaque;
    tern_log("%s\n", line);
}

bool tern_log_parse(const char *list, unsigned *mask, char *err, size_t errlen)
{
    unsigned m = 0;
    const char *p = list;
    if (errlen)
        err[0] = 0;
    while (*p) {
        size_t n = strcspn(p, ",");
        if (n == 4 && memcmp(p, "help", 4) == 0) {
            printf("Log items (comma separated):\n");
            for (size_t i = 0; i < NB_LOG_ITEMS; i++)
                printf("%-13s %s\n", log_items[i].name, log_items[i].help);
            return false;
        }
        size_t i;
        for (i = 0; i < NB_LOG_ITEMS; i++)
            if (strlen(log_items[i].name) == n && memcmp(log_items[i].name, p, n) == 0)
                break;
        if (i == NB_LOG_ITEMS && n) {
            snprintf(err, errlen, "unknown -d item '%.*s' (try -d help)", (int)n, p);
            return false;
        }
        if (i < NB_LOG_ITEMS)
            m |= log_items[i].mask;
        p += n;
        if (*p == ',')
            p++;
    }
    *mask = m;
    return true;
}

bool tern_log_set_file(const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        snprintf(err, errlen, "cannot open log file '%s': %s", path, strerror(errno));
        return false;
    }
    /* Line buffered so that a crash or an abort still leaves the last lines. */
    setvbuf(f, NULL, _IOLBF, 0);
    if (tern_log_file && tern_log_file != stderr)
        fclose(tern_log_file);
    tern_log_file = f;
    return true;
}

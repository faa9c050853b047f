/* -d logging: the category names of the command line, the mask they select, the
 * output stream (stderr unless -D names a file) and the -dfilter address ranges. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
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
    { "nochain", LOG_NOCHAIN, "do not chain TBs (every TB returns to the execution loop)" },
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

/* ---- -dfilter ---- */

typedef struct { uint64_t first, last; } LogRange; /* both included */
static LogRange *dfilter_ranges;
unsigned tern_dfilter_count;

bool tern_dfilter_match_slow(uint64_t addr)
{
    for (unsigned i = 0; i < tern_dfilter_count; i++)
        if (addr >= dfilter_ranges[i].first && addr <= dfilter_ranges[i].last)
            return true;
    return false;
}

/* A number as QEMU takes it: 0x hex, or decimal; *end after it. */
static bool parse_u64(const char *p, const char **end, uint64_t *out)
{
    if (!((*p >= '0' && *p <= '9')))
        return false;
    char *e;
    errno = 0;
    unsigned long long v = strtoull(p, &e, p[0] == '0' && (p[1] == 'x' || p[1] == 'X') ? 16 : 10);
    if (errno || e == p)
        return false;
    *out = v;
    *end = e;
    return true;
}

static bool parse_range(const char *item, size_t n, LogRange *r)
{
    char buf[128];
    if (n == 0 || n >= sizeof(buf))
        return false;
    memcpy(buf, item, n);
    buf[n] = 0;
    const char *p;
    uint64_t a, b;
    if (!parse_u64(buf, &p, &a))
        return false;
    if (p[0] == '.' && p[1] == '.') {
        const char *q;
        if (!parse_u64(p + 2, &q, &b) || *q || b < a)
            return false;
        *r = (LogRange){ a, b };
        return true;
    }
    if (*p != '+' && *p != '-')
        return false;
    const char *q;
    if (!parse_u64(p + 1, &q, &b) || *q || b == 0)
        return false;
    if (*p == '+') {
        if (b - 1 > UINT64_MAX - a)
            return false;
        *r = (LogRange){ a, a + (b - 1) };
    } else {
        if (b > a)
            return false;
        *r = (LogRange){ a - b, a - 1 };
    }
    return true;
}

bool tern_dfilter_parse(const char *spec, char *err, size_t errlen)
{
    unsigned count = 1;
    for (const char *c = spec; *c; c++)
        count += *c == ',';
    LogRange *r = calloc(count, sizeof(*r));
    if (!r) {
        snprintf(err, errlen, "-dfilter: out of memory");
        return false;
    }
    unsigned n = 0;
    for (const char *p = spec;;) {
        size_t len = strcspn(p, ",");
        if (!parse_range(p, len, &r[n])) {
            snprintf(err, errlen, "-dfilter: bad range '%.*s' (use 0xSTART..0xEND, "
                     "0xSTART+SIZE or 0xSTART-SIZE, comma-separated)", (int)(len > 64 ? 64 : len), p);
            free(r);
            return false;
        }
        n++;
        p += len;
        if (!*p)
            break;
        p++;
    }
    free(dfilter_ranges);
    dfilter_ranges = r;
    tern_dfilter_count = n;
    return true;
}

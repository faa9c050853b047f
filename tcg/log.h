/* -d logging, QEMU's spelling: a mask of categories chosen on the command line, written
 * to stderr or to the -D file. Lives at the bottom of the dependency chain (tcg/) so the
 * translator, the CPU and the machine all log the same way. */
#ifndef TCG_LOG_H
#define TCG_LOG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define LOG_IN_ASM  (1u << 0) /* guest code of each new TB, disassembled (Capstone) */
#define LOG_OP      (1u << 1) /* IR of each new TB, after optimization */
#define LOG_OP_OPT  (1u << 2) /* IR before optimization too */
#define LOG_OUT_ASM (1u << 3) /* host code (JIT) */
#define LOG_EXEC    (1u << 4) /* each TB executed, with the instruction count */
#define LOG_CPU     (1u << 5) /* registers before each TB executed */
#define LOG_INT     (1u << 6) /* interrupts and exceptions */
#define LOG_UNIMP   (1u << 7) /* unimplemented instructions, ports, MSRs, registers */
#define LOG_MMU     (1u << 8) /* page walks, TLB fills */
#define LOG_TB      (1u << 9) /* per-TB statistics */
#define LOG_STATS   (1u << 10)/* hot-path counters at exit */
#define LOG_GUEST_ERRORS (1u << 11)
#define LOG_NOCHAIN (1u << 12)/* not a log: TBs are never chained (each returns to the loop) */

extern unsigned tern_log_mask;
extern FILE *tern_log_file;

static inline bool tern_log_enabled(unsigned mask) { return (tern_log_mask & mask) != 0; }
void tern_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Parses "in_asm,op,int" into a mask; on an unknown item returns false and names it in
 * err. "help" lists the items on stdout and returns false with err empty. */
bool tern_log_parse(const char *list, unsigned *mask, char *err, size_t errlen);
bool tern_log_set_file(const char *path, char *err, size_t errlen);
/* Adapter for dump functions that print one line at a time. */
void tern_log_line(void *opaque, const char *line);

/* -dfilter, QEMU's syntax: comma-separated ranges START..END (END included), START+SIZE,
 * START-SIZE (the SIZE bytes below START). The per-TB logs (in_asm, op, op_opt, out_asm,
 * exec, cpu) are then written only for TBs whose first guest address is in a range.
 * Returns false with a message in err on a malformed list. */
bool tern_dfilter_parse(const char *spec, char *err, size_t errlen);
extern unsigned tern_dfilter_count; /* ranges set; 0: no filter */
bool tern_dfilter_match_slow(uint64_t addr);
static inline bool tern_dfilter_match(uint64_t addr)
{
    return tern_dfilter_count == 0 || tern_dfilter_match_slow(addr);
}

#endif

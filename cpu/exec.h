/* The execution loop's services beyond x86_cpu_exec (cpu/cpu.h): raising interrupt
 * requests, keeping the per-CPU jump cache coherent with the MMU, and its counters. */
#ifndef CPU_EXEC_H
#define CPU_EXEC_H

#include <stdint.h>
#include "cpu/cpu.h"

/* Sets CPU_INTERRUPT_* bits and makes the running TB stop at its next entry, so the
 * loop sees the request promptly. Safe to call from helpers and device callbacks. */
void x86_cpu_interrupt(CPUX86State *env, int mask);
void x86_cpu_reset_interrupt(CPUX86State *env, int mask);

/* The jump cache maps virtual pc to TB; a change of the virtual-to-physical mapping
 * must drop it (full TLB flush: all; INVLPG: the page). */
void x86_jmp_cache_flush(CPUX86State *env);
void x86_jmp_cache_flush_page(CPUX86State *env, uint64_t linear);

/* -d stats: the loop's and the TB cache's counters, one line each, through print. */
void x86_exec_print_stats(void (*print)(void *opaque, const char *line), void *opaque);

#endif

/* Internal interface of cpu/misc_helper.c: the CPUID model the CPU is created with, and
 * the control-register writes shared with other system code (reset, tests). */
#ifndef CPU_MISC_HELPER_H
#define CPU_MISC_HELPER_H

#include <stdint.h>
#include "cpu/cpu.h"

/* Fills env's cpuid_* fields: what CPUID reports (and what the CPU implements). */
void x86_cpuid_model_init(CPUX86State *env);
void x86_cpuid(CPUX86State *env, uint32_t leaf, uint32_t *eax, uint32_t *ebx, uint32_t *ecx,
               uint32_t *edx);
/* MOV to CR0 / CR4 with their checks (#GP given ra, 0 = no state restore). */
void x86_write_cr0(CPUX86State *env, uint64_t val, uintptr_t ra);
void x86_write_cr4(CPUX86State *env, uint64_t val, uintptr_t ra);

#endif

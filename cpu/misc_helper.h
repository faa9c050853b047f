/* Internal interface of cpu/misc_helper.c: the CPUID model the CPU is created with, and
 * the control-register writes shared with other system code (reset, task switch, tests). */
#ifndef CPU_MISC_HELPER_H
#define CPU_MISC_HELPER_H

#include <stdbool.h>
#include <stdint.h>
#include "cpu/cpu.h"

/* CPUID.01H:EDX feature flags (SDM vol. 2A, CPUID, table 3-11). */
#define CPUID_FPU (1u << 0)
#define CPUID_VME (1u << 1) /* CR4.VME and CR4.PVI, EFLAGS.VIF/VIP (cpu/v86_helper.c) */
#define CPUID_DE (1u << 2)  /* CR4.DE: I/O breakpoints, DR4/DR5 #UD (cpu/excp.c) */
#define CPUID_PSE (1u << 3)
#define CPUID_TSC (1u << 4)
#define CPUID_MSR (1u << 5)
#define CPUID_PAE (1u << 6)
#define CPUID_CX8 (1u << 8)
#define CPUID_APIC (1u << 9)
#define CPUID_SEP (1u << 11)
#define CPUID_MTRR (1u << 12)
#define CPUID_PGE (1u << 13)
#define CPUID_CMOV (1u << 15)
#define CPUID_PAT (1u << 16)
#define CPUID_PSE36 (1u << 17)
#define CPUID_CLFSH (1u << 19) /* CLFLUSH (cpu/translate_sys.c); line size in 01H EBX[15:8] */
#define CPUID_FXSR (1u << 24)
/* MMX/SSE family (the sse helper's): CPUID.01H:EDX and ECX (env->cpuid_ext_features). */
#define CPUID_MMX (1u << 23)
#define CPUID_SSE (1u << 25)
#define CPUID_SSE2 (1u << 26)
#define CPUID_EXT_SSE3 (1u << 0)
#define CPUID_EXT_CX16 (1u << 13) /* CMPXCHG16B (64-bit mode; cpu/translate_64.c) */
#define CPUID_EXT_SSSE3 (1u << 9)
#define CPUID_EXT_SSE41 (1u << 19)
#define CPUID_EXT_SSE42 (1u << 20)
#define CPUID_EXT_POPCNT (1u << 23)
#define CPUID_EXT_XSAVE (1u << 26)
#define CPUID_EXT_OSXSAVE (1u << 27) /* CR4.OSXSAVE, reported as it is */
/* CPUID.80000001H:EDX (env->cpuid_ext2_features). */
#define CPUID_EXT2_SYSCALL (1u << 11)
#define CPUID_EXT2_NX (1u << 20)
#define CPUID_EXT2_PDPE1GB (1u << 26)
#define CPUID_EXT2_RDTSCP (1u << 27)
#define CPUID_EXT2_LM (1u << 29)
/* CPUID.80000001H:ECX (env->cpuid_ext3_features). */
#define CPUID_EXT3_LAHF_LM (1u << 0)

/* Fills env's cpuid_* fields: what CPUID reports (and what the CPU implements). */
void x86_cpuid_model_init(CPUX86State *env);
/* Long mode in the CPUID model: LM, SYSCALL, 1 GiB pages, LAHF/SAHF in 64-bit mode and
 * 48-bit linear addresses (80000008H). The MMU and EFER are complete for it; turn it on
 * when 64-bit execution is built. Until then tests use it to reach 4-level paging. */
void x86_cpuid_set_long_mode(CPUX86State *env, bool on);
/* RDTSCP (CPUID.80000001H:EDX[27]) and with it the IA32_TSC_AUX MSR. */
void x86_cpuid_set_rdtscp(CPUX86State *env, bool on);
void x86_cpuid(CPUX86State *env, uint32_t leaf, uint32_t *eax, uint32_t *ebx, uint32_t *ecx,
               uint32_t *edx);
/* MOV to CR0 / CR3 / CR4 with their checks and TLB/PDPTE side effects (#GP given ra,
 * 0 = no state restore). CR3 writes by a task switch go through x86_write_cr3 too. */
void x86_write_cr0(CPUX86State *env, uint64_t val, uintptr_t ra);
void x86_write_cr3(CPUX86State *env, uint64_t val, uintptr_t ra);
void x86_write_cr4(CPUX86State *env, uint64_t val, uintptr_t ra);

#endif

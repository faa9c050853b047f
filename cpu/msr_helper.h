/* Internal interface of cpu/msr_helper.c: the model-specific registers (RDMSR/WRMSR,
 * SDM vol. 4, table 2-2 "IA-32 Architectural MSRs"), EFER and the time-stamp counter,
 * for the other system files and tests/unit. */
#ifndef CPU_MSR_HELPER_H
#define CPU_MSR_HELPER_H

#include <stdbool.h>
#include <stdint.h>
#include "cpu/cpu.h"

#define MSR_IA32_TSC 0x10
#define MSR_IA32_APIC_BASE 0x1b
#define MSR_IA32_BIOS_SIGN_ID 0x8b
#define MSR_IA32_MTRRCAP 0xfe
#define MSR_IA32_ARCH_CAPABILITIES 0x10a
/* IA32_ARCH_CAPABILITIES (SDM vol. 4, table 2-2; enumerated by CPUID.(EAX=07H,ECX=0):EDX[29]).
 * Tern executes nothing speculatively and has no fill, store or load-port buffers to
 * sample, so it is not susceptible to any of the transient-execution issues these bits
 * rule out: RDCL_NO (Meltdown; bit 0), SSB_NO (4), MDS_NO (5), IF_PSCHANGE_MC_NO (6),
 * TAA_NO (8), SBDR_SSDP_NO (13), FBSDP_NO (14), PSDP_NO (15), BHI_NO (20), PBRSB_NO (24),
 * GDS_NO (26), RFDS_NO (27). A guest kernel that reads them needs no page-table isolation
 * and no buffer clearing on kernel exit. Read-only. */
#define ARCH_CAPABILITIES_VALUE ((1ull << 0) | (1ull << 4) | (1ull << 5) | (1ull << 6) | \
                                 (1ull << 8) | (1ull << 13) | (1ull << 14) | (1ull << 15) | \
                                 (1ull << 20) | (1ull << 24) | (1ull << 26) | (1ull << 27))
#define MSR_IA32_SYSENTER_CS 0x174
#define MSR_IA32_SYSENTER_ESP 0x175
#define MSR_IA32_SYSENTER_EIP 0x176
#define MSR_IA32_MISC_ENABLE 0x1a0
#define MSR_IA32_MTRR_PHYSBASE0 0x200 /* PhysBase n = 200H + 2n, PhysMask n = 201H + 2n */
#define MSR_IA32_MTRR_FIX64K_00000 0x250
#define MSR_IA32_MTRR_FIX16K_80000 0x258
#define MSR_IA32_MTRR_FIX16K_A0000 0x259
#define MSR_IA32_MTRR_FIX4K_C0000 0x268 /* ... FIX4K_F8000 = 26FH */
#define MSR_IA32_PAT 0x277
#define MSR_IA32_TSC_DEADLINE 0x6e0
#define MSR_IA32_MTRR_DEF_TYPE 0x2ff
#define MSR_IA32_EFER 0xc0000080u
#define MSR_IA32_STAR 0xc0000081u
#define MSR_IA32_LSTAR 0xc0000082u
#define MSR_IA32_CSTAR 0xc0000083u
#define MSR_IA32_FMASK 0xc0000084u
#define MSR_IA32_FS_BASE 0xc0000100u
#define MSR_IA32_GS_BASE 0xc0000101u
#define MSR_IA32_KERNEL_GS_BASE 0xc0000102u
#define MSR_IA32_TSC_AUX 0xc0000103u

/* IA32_APIC_BASE bits (SDM vol. 3, 11.4.4). */
#define APIC_BASE_BSP (1ull << 8)
#define APIC_BASE_ENABLE (1ull << 11)
/* IA32_MISC_ENABLE bits this model has (SDM vol. 4, table 2-2). */
#define MISC_ENABLE_FAST_STRING (1ull << 0)
#define MISC_ENABLE_TCC (1ull << 3)
#define MISC_ENABLE_BTS_UNAVAIL (1ull << 11)
#define MISC_ENABLE_PEBS_UNAVAIL (1ull << 12)
#define MISC_ENABLE_LIMIT_CPUID (1ull << 22)
#define MISC_ENABLE_XTPR_DISABLE (1ull << 23)
#define MISC_ENABLE_XD_DISABLE (1ull << 34)

/* Number of variable-range MTRRs (IA32_MTRRCAP.VCNT). */
#define X86_MTRR_VCNT 8

typedef enum {
    X86_MSR_OK,
    X86_MSR_ABSENT,   /* no such MSR in this CPU model: #GP(0), logged under -d unimp */
    X86_MSR_INVALID,  /* reserved bits or a forbidden transition: #GP(0) */
} X86MsrStatus;

/* Power-on / reset values of the MSRs (SDM vol. 3, 10.1.1, table 10-1; vol. 4). */
void x86_msr_reset(CPUX86State *env);
/* RDMSR / WRMSR of one register, without the CPL check. */
X86MsrStatus x86_msr_read(CPUX86State *env, uint32_t msr, uint64_t *val);
X86MsrStatus x86_msr_write(CPUX86State *env, uint32_t msr, uint64_t val);
/* The MSR's architectural name ("IA32_PAT"), or NULL if Tern does not know it. */
const char *x86_msr_name(uint32_t msr);
/* The time-stamp counter: retired instructions plus the offset WRMSR set (DESIGN.md,
 * deterministic virtual time). */
uint64_t x86_read_tsc(CPUX86State *env);

/* The TSC's time base before IA32_TSC's offset: the local APIC's virtual-time ticks when
 * the board gave the CPU one (so RDTSC and the TSC-deadline timer agree, idle skips
 * included), else the retired-instruction count. */
uint64_t x86_tsc_base(CPUX86State *env);

#endif

/* System instructions: control and debug registers, LMSW/CLTS/INVLPG, CPUID, HLT, port
 * I/O with its IOPL / I/O-bitmap check, and the #UD path for instructions not built yet.
 * SDM vol. 2 per instruction; vol. 3, 2.5 (control registers), 4.1-4.4 and 10.8.5
 * (paging-mode changes), 17.2 (debug registers), 19.5 (I/O permission bitmap). MSRs,
 * EFER and the time-stamp counter are cpu/msr_helper.c. */
#include <stdio.h>
#include <string.h>
#include "cpu/apic_iface.h"
#include "cpu/cpu.h"
#include "cpu/excp.h"
#include "cpu/exec.h"
#include "cpu/helper.h"
#include "cpu/misc_helper.h"
#include "cpu/mmu.h"
#include "cpu/msr_helper.h"
#include "cpu/pagewalk.h"
#include "cpu/seg_helper.h"
#include "cpu/sse_helper.h"
#include "machine/memory.h"
#include "tcg/log.h"

/* ---- CPUID model ----
 * GenuineIntel, family 6, so guests take their ordinary P6 paths. Every bit stands for
 * something Tern implements, nothing more (SDM vol. 2A, CPUID):
 *   01H EDX: PSE (4 MiB pages), TSC (RDTSC, CR4.TSD), MSR (RDMSR/WRMSR, cpu/msr_helper.c),
 *     PAE (PAE paging, 2 MiB pages), CX8 (CMPXCHG8B), MTRR (the MTRR MSRs: storage and
 *     checks; memory types have no effect in an emulator), PGE (global pages kept across
 *     CR3 writes), CMOV, PAT (IA32_PAT and the PAT bits of the paging entries), PSE-36
 *     (4 MiB pages above 4 GiB, up to MAXPHYADDR).
 *   80000001H EDX: NX (EFER.NXE, the XD bit); RDTSCP (with IA32_TSC_AUX, cpu/msr_helper.c,
 *     tests/guest/rdtscp.asm). LM, SYSCALL and 1 GiB pages come with 64-bit execution
 *     (x86_cpuid_set_long_mode).
 *   80000008H EAX: MAXPHYADDR 36 (X86_PHYS_BITS), 32 linear-address bits (48 with LM).
 *   01H EDX also: FPU (the x87 on chip, cpu/fpu_*.c, FCMOVcc with CMOV) and FXSR
 *     (FXSAVE/FXRSTOR, cpu/fpu_env_helper.c), both checked against the host CPU by
 *     tests/diff/hostdiff_x87.
 *   01H EDX/ECX, 0DH (the sse helper's: cpu/translate_sse*.c, cpu/sse_*helper.c,
 *     cpu/xsave_helper.c, checked against the host CPU by tests/diff/ssediff): MMX, SSE,
 *     SSE2, SSE3, SSSE3, SSE4.1, SSE4.2, POPCNT, XSAVE (x87 and SSE state, XSAVEOPT) with
 *     OSXSAVE mirroring CR4.OSXSAVE. Hence the maximum basic leaf 0DH; leaves 2-0CH report
 *     nothing but the one leaf-7 bit below (no cache/topology descriptors).
 *   01H EDX also: SEP (SYSENTER/SYSEXIT and their MSRs, cpu/far_helper.c; the tasks
 *     helper's, tests/guest/sysenter.asm).
 *   01H EDX also: VME (CR4.VME: virtual-8086 mode extensions, VIF/VIP, the interrupt
 *     redirection bitmap; CR4.PVI: protected-mode virtual interrupts; cpu/v86_helper.c,
 *     tests/guest/v86_vme.asm).
 *   01H EDX also: DE (CR4.DE: I/O breakpoints, DR4/DR5 #UD; SDM vol. 3, 18.2.2, 18.2.4).
 *   07H sub-leaf 0 EDX[29]: the IA32_ARCH_CAPABILITIES MSR (cpu/msr_helper.h), whose
 *     bits say Tern has none of the transient-execution weaknesses of real P6-family
 *     parts (so Linux runs without page-table isolation, as on QEMU's default AMD model).
 * Not offered yet: APIC, MCE. */
#define CPUID_MAX_EXT 0x80000008u

static const char brand[48] = "Tern virtual x86 CPU";

void x86_cpuid_model_init(CPUX86State *env)
{
    env->cpuid_level = 1;
    memcpy(&env->cpuid_vendor[0], "Genu", 4); /* EBX, EDX, ECX order */
    memcpy(&env->cpuid_vendor[1], "ineI", 4);
    memcpy(&env->cpuid_vendor[2], "ntel", 4);
    /* Family 6, model 6, stepping 3: a P6-family signature past the Pentium Pro ones
     * (model < 3 and stepping < 3) whose SYSENTER software must not trust (SDM vol. 2,
     * SYSENTER "the SEP flag ... is not supported on family 6, model < 3, stepping < 3"),
     * so guests use the SEP bit we advertise. The features come from the bits, not the
     * model. */
    env->cpuid_version = (6u << 8) | (6u << 4) | 3u;
    env->cpuid_features = CPUID_FPU | CPUID_PSE | CPUID_TSC | CPUID_MSR | CPUID_PAE |
                          CPUID_CX8 | CPUID_MTRR | CPUID_PGE | CPUID_CMOV | CPUID_PAT |
                          CPUID_PSE36 | CPUID_FXSR | CPUID_VME | CPUID_DE;
    env->cpuid_ext_features = 0;
    env->cpuid_features |= CPUID_MMX | CPUID_SSE | CPUID_SSE2;
    env->cpuid_features |= CPUID_SEP;
    env->cpuid_ext_features |= CPUID_EXT_SSE3 | CPUID_EXT_SSSE3 | CPUID_EXT_SSE41 |
                               CPUID_EXT_SSE42 | CPUID_EXT_POPCNT | CPUID_EXT_XSAVE;
    env->cpuid_level = 0xD;
    env->cpuid_ext2_features = CPUID_EXT2_NX;
    env->cpuid_ext3_features = 0;
    env->cpuid_phys_bits = X86_PHYS_BITS;
    env->cpuid_linear_bits = 32;
    /* 64-bit execution exists (cpu/translate_64.c, cpu/lm_*helper.c): LM, SYSCALL,
     * LAHF/SAHF in 64-bit mode, 1 GiB pages, and CMPXCHG16B. */
    x86_cpuid_set_long_mode(env, true);
    env->cpuid_ext_features |= CPUID_EXT_CX16;
    /* CLFLUSH (translator-2: cpu/translate_sys.c, cpu/insn_helper.c) */
    env->cpuid_features |= CPUID_CLFSH;
    x86_cpuid_set_rdtscp(env, true);
    /* The MSRs' power-on values; x86_cpu_reset sets them again (x86_msr_reset). */
    x86_msr_reset(env);
}

void x86_cpuid_set_long_mode(CPUX86State *env, bool on)
{
    const uint32_t ext2 = CPUID_EXT2_LM | CPUID_EXT2_SYSCALL | CPUID_EXT2_PDPE1GB;
    if (on) {
        env->cpuid_ext2_features |= ext2;
        env->cpuid_ext3_features |= CPUID_EXT3_LAHF_LM;
        env->cpuid_linear_bits = 48;
    } else {
        env->cpuid_ext2_features &= ~ext2;
        env->cpuid_ext3_features &= ~CPUID_EXT3_LAHF_LM;
        env->cpuid_linear_bits = 32;
    }
}

void x86_cpuid_set_rdtscp(CPUX86State *env, bool on)
{
    if (on)
        env->cpuid_ext2_features |= CPUID_EXT2_RDTSCP;
    else
        env->cpuid_ext2_features &= ~CPUID_EXT2_RDTSCP;
}

void x86_cpuid(CPUX86State *env, uint32_t leaf, uint32_t *eax, uint32_t *ebx, uint32_t *ecx,
               uint32_t *edx)
{
    uint32_t max_basic = env->cpuid_level;
    /* IA32_MISC_ENABLE[22] limits the basic leaves to 2 (SDM vol. 4, table 2-2). */
    if ((env->misc_enable & MISC_ENABLE_LIMIT_CPUID) && max_basic > 2)
        max_basic = 2;
    /* A leaf above the maximum returns the highest basic leaf (SDM vol. 2, CPUID). */
    if ((leaf < 0x80000000u && leaf > max_basic) || leaf > CPUID_MAX_EXT)
        leaf = max_basic;
    *eax = *ebx = *ecx = *edx = 0;
    switch (leaf) {
    case 0:
        *eax = max_basic;
        *ebx = env->cpuid_vendor[0];
        *edx = env->cpuid_vendor[1];
        *ecx = env->cpuid_vendor[2];
        break;
    case 1:
        *eax = env->cpuid_version;
        *ecx = env->cpuid_ext_features;
        *edx = env->cpuid_features;
        if ((env->cpuid_ext_features & CPUID_EXT_XSAVE) && (env->cr[4] & CR4_OSXSAVE))
            *ecx |= CPUID_EXT_OSXSAVE;
        /* CLFLUSH line size in 8-byte units: 64 bytes (SDM vol. 2A, CPUID, table 3-8) */
        if (env->cpuid_features & CPUID_CLFSH)
            *ebx |= 8u << 8;
        /* A local APIC exists only when the board gave one; its EN bit shows in EDX.APIC
         * (SDM vol. 3, 11.4.3); TSC-deadline mode comes with it (ECX[24]). No x2APIC. */
        if (env->apic_ops) {
            if (env->apic_ops->base_read(env->apic_opaque) & APIC_BASE_ENABLE)
                *edx |= 1u << 9;
            *ecx |= 1u << 24;
        }
        break;
    case 7: /* sub-leaf 0 EDX[29]: IA32_ARCH_CAPABILITIES (cpu/msr_helper.h); EAX = 0, the
             * highest sub-leaf; no other structured-extended feature */
        if ((uint32_t)env->regs[R_ECX] == 0)
            *edx = 1u << 29;
        break;
    case 6: /* EAX[2] ARAT: the board's APIC timer runs in every state (SDM vol. 2A, CPUID) */
        if (env->apic_ops)
            *eax |= 1u << 2;
        break;
    case 0xD: /* XSAVE components and sizes; sub-leaf in ECX (cpu/xsave_helper.c) */
        x86_cpuid_xsave_leaf(env, (uint32_t)env->regs[R_ECX], eax, ebx, ecx, edx);
        break;
    case 0x80000000u:
        *eax = CPUID_MAX_EXT;
        break;
    case 0x80000001u:
        *ecx = env->cpuid_ext3_features;
        *edx = env->cpuid_ext2_features;
        /* IA32_MISC_ENABLE[34] (XD bit disable) hides NX (SDM vol. 4, table 2-2). */
        if (env->misc_enable & MISC_ENABLE_XD_DISABLE)
            *edx &= ~CPUID_EXT2_NX;
        break;
    case 0x80000002u: case 0x80000003u: case 0x80000004u: {
        const char *p = brand + (leaf - 0x80000002u) * 16;
        memcpy(eax, p, 4);
        memcpy(ebx, p + 4, 4);
        memcpy(ecx, p + 8, 4);
        memcpy(edx, p + 12, 4);
        break;
    }
    case 0x80000008u:
        *eax = env->cpuid_phys_bits | (env->cpuid_linear_bits << 8);
        break;
    default: /* 80000005H-80000007H: nothing reported (Intel reserves 5 and 7) */
        break;
    }
}

void helper_cpuid(CPUX86State *env)
{
    uint32_t a, b, c, d;
    x86_cpuid(env, (uint32_t)env->regs[R_EAX], &a, &b, &c, &d);
    env->regs[R_EAX] = a;
    env->regs[R_EBX] = b;
    env->regs[R_ECX] = c;
    env->regs[R_EDX] = d;
}

/* ---- control registers ---- */

static void check_cpl0(CPUX86State *env, uintptr_t ra)
{
    if (x86_cpl(env) != 0)
        x86_raise_exception(env, EXCP_GP, 0, ra);
}

static _Noreturn void cr_fault(CPUX86State *env, const char *why, uintptr_t ra)
{
    if (tern_log_enabled(LOG_GUEST_ERRORS))
        tern_log("MOV to CR: %s: #GP(0)\n", why);
    x86_raise_exception(env, EXCP_GP, 0, ra);
}

#define CR0_DEFINED (CR0_PE | CR0_MP | CR0_EM | CR0_TS | CR0_ET | CR0_NE | CR0_WP | CR0_AM | \
                     CR0_NW | CR0_CD | CR0_PG)
/* OSFXSR, OSXMMEXCPT, OSXSAVE: the SSE/XSAVE helper's (cpu/translate_sse.c keys its TBs
 * on OSFXSR through HF_OSFXSR_MASK; OSXMMEXCPT and OSXSAVE are read at run time). */
#define CR4_IMPLEMENTED (CR4_VME | CR4_PVI | CR4_TSD | CR4_PSE | CR4_PAE | CR4_PGE | \
                         CR4_OSFXSR | CR4_OSXMMEXCPT | CR4_OSXSAVE | CR4_DE)

/* PAE paging will be in force with these values: PG, PAE, and no IA-32e mode (LME
 * decides, since setting PG with LME=1 activates it). */
static bool pae_paging(uint64_t cr0, uint64_t cr4, uint64_t efer)
{
    return (cr0 & CR0_PG) && (cr4 & CR4_PAE) && !(efer & EFER_LME);
}

/* SDM vol. 2, MOV to CR0: bits 63:32 set, PG without PE, or NW without CD are #GP(0);
 * writes to the other reserved bits of CR0[31:0] are ignored; ET is fixed at 1 on P6.
 * Paging-mode changes: vol. 3, 4.1.2 and 10.8.5. */
void x86_write_cr0(CPUX86State *env, uint64_t val, uintptr_t ra)
{
    if ((val >> 32) || ((val & CR0_PG) && !(val & CR0_PE)) ||
        ((val & CR0_NW) && !(val & CR0_CD)))
        x86_raise_exception(env, EXCP_GP, 0, ra);
    val = (val & CR0_DEFINED) | CR0_ET;
    uint64_t old = env->cr[0];
    bool pg_on = !(old & CR0_PG) && (val & CR0_PG);
    bool pg_off = (old & CR0_PG) && !(val & CR0_PG);
    if (pg_on && (env->efer & EFER_LME)) {
        /* Activating IA-32e mode needs PAE, and neither a 64-bit CS nor a 16-bit TSS
         * (vol. 2, MOV CR, protected-mode exceptions). */
        unsigned tr_type = (env->tr.flags >> DESC_TYPE_SHIFT) & 0xf;
        if (!(env->cr[4] & CR4_PAE))
            cr_fault(env, "paging with EFER.LME=1 and CR4.PAE=0", ra);
        if (env->segs[R_CS].flags & DESC_L_MASK)
            cr_fault(env, "activating IA-32e mode with CS.L=1", ra);
        if (tr_type == 1 || tr_type == 3)
            cr_fault(env, "activating IA-32e mode with a 16-bit TSS in TR", ra);
    }
    if (pg_off && (env->hflags & HF_CODE64_MASK))
        cr_fault(env, "clearing CR0.PG in 64-bit mode", ra);
    /* PAE paging loads the PDPTE registers when MOV to CR0 changes PG, CD or NW (4.4.1);
     * a reserved bit in a present one is #GP(0) with CR0 unchanged. */
    if (pae_paging(val, env->cr[4], env->efer) && ((old ^ val) & (CR0_PG | CR0_CD | CR0_NW)) &&
        !x86_load_pdptes(env, env->cr[3]))
        cr_fault(env, "reserved bit in a PDPTE", ra);
    env->cr[0] = val;
    if (pg_on && (env->efer & EFER_LME))
        env->efer |= EFER_LMA;
    else if (pg_off)
        env->efer &= ~(uint64_t)EFER_LMA;
    /* Changing PG or WP changes every translation and permission the TLB caches
     * (4.10.4.1; this TLB holds rights computed with WP, so WP flushes too); PE changes
     * the CPL and so the MMU index in use. */
    if ((old ^ val) & (CR0_PG | CR0_WP | CR0_PE))
        x86_tlb_flush(env);
    x86_update_hflags(env);
}

/* MOV to CR3: the paging-structure base. Outside 64-bit mode the operand is 32 bits; in
 * IA-32e mode bits 63:MAXPHYADDR are reserved (#GP(0)). With PAE paging the PDPTEs are
 * loaded from the new value first (4.4.1). Non-global TLB entries go (4.10.4.1). */
void x86_write_cr3(CPUX86State *env, uint64_t val, uintptr_t ra)
{
    if (!(env->hflags & HF_CODE64_MASK))
        val = (uint32_t)val;
    if ((env->efer & EFER_LMA) && (val & ~X86_PHYS_MASK))
        cr_fault(env, "reserved bit in CR3", ra);
    if (x86_paging_mode(env) == X86_PAGING_PAE && !x86_load_pdptes(env, val))
        cr_fault(env, "reserved bit in a PDPTE", ra);
    env->cr[3] = val;
    x86_tlb_flush_nonglobal(env);
}

/* MOV to CR4: reserved bits are #GP(0); so is clearing PAE in IA-32e mode. With PAE
 * paging in force afterwards, changing PAE, PGE or PSE reloads the PDPTEs (4.4.1).
 * Changing PGE, PAE or PSE flushes every TLB entry, global ones too (4.10.4.1). */
void x86_write_cr4(CPUX86State *env, uint64_t val, uintptr_t ra)
{
    if (val & ~(uint64_t)CR4_IMPLEMENTED) {
        if (tern_log_enabled(LOG_UNIMP))
            tern_log("unimplemented: CR4 bits %08llx\n",
                     (unsigned long long)(val & ~(uint64_t)CR4_IMPLEMENTED));
        x86_raise_exception(env, EXCP_GP, 0, ra);
    }
    uint64_t old = env->cr[4];
    if ((env->efer & EFER_LMA) && !(val & CR4_PAE))
        cr_fault(env, "clearing CR4.PAE in IA-32e mode", ra);
    if (pae_paging(env->cr[0], val, env->efer) && ((old ^ val) & (CR4_PAE | CR4_PGE | CR4_PSE)) &&
        !x86_load_pdptes(env, env->cr[3]))
        cr_fault(env, "reserved bit in a PDPTE", ra);
    env->cr[4] = val;
    if ((old ^ val) & (CR4_PSE | CR4_PGE | CR4_PAE))
        x86_tlb_flush(env);
    x86_update_hflags(env);
}

void helper_mov_to_cr(CPUX86State *env, uint32_t reg, uint64_t val)
{
    uintptr_t ra = GETPC();
    check_cpl0(env, ra);
    switch (reg) {
    case 0:
        x86_write_cr0(env, val, ra);
        break;
    case 2:
        env->cr[2] = (env->hflags & HF_CODE64_MASK) ? val : (uint32_t)val;
        break;
    case 3:
        x86_write_cr3(env, val, ra);
        break;
    case 4:
        x86_write_cr4(env, val, ra);
        break;
    default:
        x86_raise_exception(env, EXCP_UD, 0, ra);
    }
}

uint64_t helper_mov_from_cr(CPUX86State *env, uint32_t reg)
{
    uintptr_t ra = GETPC();
    check_cpl0(env, ra);
    if (reg == 1 || reg > 4)
        x86_raise_exception(env, EXCP_UD, 0, ra);
    return env->cr[reg];
}

void helper_lmsw(CPUX86State *env, uint64_t val)
{
    uintptr_t ra = GETPC();
    check_cpl0(env, ra);
    /* Only PE MP EM TS are loaded, and PE cannot be cleared (SDM vol. 2, LMSW). */
    uint64_t cr0 = (env->cr[0] & ~0xfull) | (val & 0xf) | (env->cr[0] & CR0_PE);
    x86_write_cr0(env, cr0, ra);
}

void helper_clts(CPUX86State *env)
{
    check_cpl0(env, GETPC());
    env->cr[0] &= ~(uint64_t)CR0_TS;
    x86_update_hflags(env);
}

void helper_invlpg(CPUX86State *env, uint64_t linear)
{
    check_cpl0(env, GETPC());
    /* In 64-bit mode INVLPG of a non-canonical address is a NOP (SDM vol. 2, INVLPG). */
    if ((env->hflags & HF_LMA_MASK) && !x86_is_canonical(linear))
        return;
    x86_tlb_flush_page(env, linear);
}

/* ---- debug registers (SDM vol. 3, 17.2) ---- */

#define DR7_GD (1u << 13)

/* DR4/DR5 alias DR6/DR7 when CR4.DE=0; with DE=1 they are #UD (SDM vol. 3, 18.2.2). A
 * MOV DR with DR7.GD set raises #DB with DR6.BD first (18.2.4). */
static int dr_index(CPUX86State *env, uint32_t reg, uintptr_t ra)
{
    check_cpl0(env, ra);
    if (reg > 7 || ((reg == 4 || reg == 5) && (env->cr[4] & CR4_DE)))
        x86_raise_exception(env, EXCP_UD, 0, ra);
    if (env->dr[7] & DR7_GD) {
        env->dr[6] |= 1u << 13;
        env->dr[7] &= ~(uint64_t)DR7_GD;
        x86_raise_exception(env, EXCP_DB, X86_DB_FAULT, ra);
    }
    return reg == 4 || reg == 5 ? (int)reg + 2 : (int)reg;
}

void helper_mov_to_dr(CPUX86State *env, uint32_t reg, uint64_t val)
{
    uintptr_t ra = GETPC();
    int i = dr_index(env, reg, ra);
    /* 64-bit operands in 64-bit mode: DR0-DR3 hold 64-bit linear addresses; a 1 in bits
     * 63:32 of DR6 or DR7 is #GP(0) (SDM vol. 2, MOV DR; vol. 3, 18.2.6). */
    if (!(env->hflags & HF_CODE64_MASK))
        val = (uint32_t)val;
    else if (i >= 6 && (val >> 32))
        x86_raise_exception(env, EXCP_GP, 0, ra);
    uint32_t v = (uint32_t)val;
    uint64_t old[8];
    memcpy(old, env->dr, sizeof(old));
    if (i == 6) {
        env->dr[6] = (v & 0x0000e00fu) | 0xffff0ff0u;
    } else if (i == 7) {
        env->dr[7] = (v & 0xffff23ffu) | 0x400u;
    } else {
        env->dr[i] = val;
    }
    x86_debug_regs_changed(env, old); /* breakpoint bookkeeping (cpu/excp.c) */
}

uint64_t helper_mov_from_dr(CPUX86State *env, uint32_t reg)
{
    return env->dr[dr_index(env, reg, GETPC())];
}

/* ---- HLT, PAUSE ---- */

void helper_hlt(CPUX86State *env, uint32_t next_eip_addend)
{
    uintptr_t ra = GETPC();
    check_cpl0(env, ra);
    x86_restore_insn_state(env, ra);
    env->eip += next_eip_addend;
    if (!(env->hflags & HF_CS32_MASK))
        env->eip &= 0xffff;
    env->halted = true;
    env->exception_index = EXCP_HLT;
    x86_loop_exit(env);
}

void helper_pause(CPUX86State *env)
{
    (void)env; /* a spin-wait hint; nothing to yield to with one virtual CPU */
}

/* ---- port I/O ---- */

/* SDM vol. 3, 19.5.2: with CPL > IOPL (or in v86 mode) every byte of the access must
 * have a clear bit in the 32-bit TSS's I/O permission bitmap; the processor reads two
 * bytes, so both must lie within the TSS limit. */
void helper_check_io(CPUX86State *env, uint32_t port, uint32_t size)
{
    uintptr_t ra = GETPC();
    if (!(env->cr[0] & CR0_PE))
        return;
    int iopl = (int)((env->eflags & IOPL_MASK) >> IOPL_SHIFT);
    if (!(env->eflags & VM_MASK) && x86_cpl(env) <= iopl)
        return;
    unsigned type = (env->tr.flags >> DESC_TYPE_SHIFT) & 0xf;
    if (!(env->tr.flags & DESC_P_MASK) || (type != 9 && type != 11) || env->tr.limit < 103)
        x86_raise_exception(env, EXCP_GP, 0, ra);
    uint32_t io_base = (uint32_t)x86_ld(env, env->tr.base + 0x66, MO_16, MMU_KERNEL_IDX, ra);
    uint32_t off = io_base + ((port & 0xffff) >> 3);
    if (off + 1 > env->tr.limit)
        x86_raise_exception(env, EXCP_GP, 0, ra);
    uint32_t bits = (uint32_t)x86_ld(env, env->tr.base + off, MO_16, MMU_KERNEL_IDX, ra);
    uint32_t mask = ((1u << size) - 1) << (port & 7);
    if (bits & mask)
        x86_raise_exception(env, EXCP_GP, 0, ra);
}

/* I/O breakpoints (DR7 R/Wn = 10 with CR4.DE=1) are traps: the access happens and #DB
 * follows the instruction, or the iteration of a REP INS/OUTS (SDM vol. 3, 18.3.1.3). */
static void io_breakpoint_check(CPUX86State *env, uint32_t port, uint32_t size)
{
    if (env->dr[7] & 0xff) {
        uint32_t bits = x86_io_breakpoints(env, port, size);
        if (bits)
            x86_debug_trap_after(env, bits);
    }
}

uint32_t helper_in(CPUX86State *env, uint32_t port, uint32_t size)
{
    uint32_t v = as_port_in(env->as, (uint16_t)port, size);
    io_breakpoint_check(env, port, size);
    return v;
}

void helper_out(CPUX86State *env, uint32_t port, uint32_t val, uint32_t size)
{
    as_port_out(env->as, (uint16_t)port, val, size);
    io_breakpoint_check(env, port, size);
}

/* ---- not built yet ---- */

void helper_unimplemented(CPUX86State *env, uint64_t pc)
{
    uintptr_t ra = GETPC();
    x86_restore_insn_state(env, ra);
    if (tern_log_enabled(LOG_UNIMP)) {
        uint8_t bytes[15];
        char hex[15 * 3 + 1] = "";
        size_t n = x86_code_fetch(env, pc, bytes, sizeof(bytes));
        for (size_t i = 0; i < n; i++)
            snprintf(hex + i * 3, 4, " %02x", bytes[i]);
        tern_log("unimplemented instruction at %04x:%08x (linear %08llx):%s\n",
                 env->segs[R_CS].selector, (uint32_t)env->eip, (unsigned long long)pc, hex);
    }
    x86_raise_at(env, EXCP_UD, 0, 0, false);
}

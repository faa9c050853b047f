/* System instructions: control and debug registers, LMSW/CLTS/INVLPG, CPUID, RDTSC,
 * RDMSR/WRMSR, HLT, port I/O with its IOPL / I/O-bitmap check, and the #UD path for
 * instructions not built yet. SDM vol. 2 per instruction; vol. 3, 2.5 (control
 * registers), 17.2 (debug registers), 19.5 (I/O permission bitmap). */
#include <stdio.h>
#include <string.h>
#include "cpu/cpu.h"
#include "cpu/excp.h"
#include "cpu/helper.h"
#include "cpu/misc_helper.h"
#include "cpu/seg_helper.h"
#include "machine/memory.h"
#include "tcg/log.h"

/* ---- CPUID model ----
 * GenuineIntel, family 6, so guests take their ordinary P6 paths. EDX advertises only
 * what Tern implements: TSC (RDTSC, CR4.TSD), MSR (RDMSR/WRMSR with the MSRs below),
 * PSE (4 MiB pages), CX8 (CMPXCHG8B), PGE (CR4.PGE accepted; TLB flushes drop global
 * entries too, which the SDM permits) and CMOV. No FPU, MMX, SSE, PAE, APIC, SEP, VME:
 * those come with later issues and their bits with them. */
#define CPUID_PSE (1u << 3)
#define CPUID_TSC (1u << 4)
#define CPUID_MSR (1u << 5)
#define CPUID_CX8 (1u << 8)
#define CPUID_PGE (1u << 13)
#define CPUID_CMOV (1u << 15)
#define CPUID_MAX_EXT 0x80000004u

static const char brand[48] = "Tern virtual x86 CPU";

void x86_cpuid_model_init(CPUX86State *env)
{
    env->cpuid_level = 1;
    memcpy(&env->cpuid_vendor[0], "Genu", 4); /* EBX, EDX, ECX order */
    memcpy(&env->cpuid_vendor[1], "ineI", 4);
    memcpy(&env->cpuid_vendor[2], "ntel", 4);
    env->cpuid_version = (6u << 8) | (1u << 4) | 1u; /* family 6, model 1, stepping 1 */
    env->cpuid_features = CPUID_PSE | CPUID_TSC | CPUID_MSR | CPUID_CX8 | CPUID_PGE |
                          CPUID_CMOV;
    env->cpuid_ext_features = 0;
}

void x86_cpuid(CPUX86State *env, uint32_t leaf, uint32_t *eax, uint32_t *ebx, uint32_t *ecx,
               uint32_t *edx)
{
    /* A leaf above the maximum returns the highest basic leaf (SDM vol. 2, CPUID). */
    if ((leaf < 0x80000000u && leaf > env->cpuid_level) || leaf > CPUID_MAX_EXT)
        leaf = env->cpuid_level;
    *eax = *ebx = *ecx = *edx = 0;
    switch (leaf) {
    case 0:
        *eax = env->cpuid_level;
        *ebx = env->cpuid_vendor[0];
        *edx = env->cpuid_vendor[1];
        *ecx = env->cpuid_vendor[2];
        break;
    case 1:
        *eax = env->cpuid_version;
        *ecx = env->cpuid_ext_features;
        *edx = env->cpuid_features;
        break;
    case 0x80000000u:
        *eax = CPUID_MAX_EXT;
        break;
    case 0x80000002u: case 0x80000003u: case 0x80000004u: {
        const char *p = brand + (leaf - 0x80000002u) * 16;
        memcpy(eax, p, 4);
        memcpy(ebx, p + 4, 4);
        memcpy(ecx, p + 8, 4);
        memcpy(edx, p + 12, 4);
        break;
    }
    default: /* 0x80000001: no extended features */
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

static _Noreturn void pae_unimp(CPUX86State *env, uintptr_t ra)
{
    if (tern_log_enabled(LOG_UNIMP))
        tern_log("unimplemented: PAE paging (CR0.PG with CR4.PAE)\n");
    x86_raise_exception(env, EXCP_GP, 0, ra);
}

#define CR0_DEFINED (CR0_PE | CR0_MP | CR0_EM | CR0_TS | CR0_ET | CR0_NE | CR0_WP | CR0_AM | \
                     CR0_NW | CR0_CD | CR0_PG)
#define CR4_IMPLEMENTED (CR4_TSD | CR4_PSE | CR4_PAE | CR4_PGE)

/* SDM vol. 2, MOV to CR0: bits 63:32 set, PG without PE, or NW without CD are #GP(0);
 * writes to the other reserved bits of CR0[31:0] are ignored; ET is fixed at 1 on P6. */
void x86_write_cr0(CPUX86State *env, uint64_t val, uintptr_t ra)
{
    if ((val >> 32) || ((val & CR0_PG) && !(val & CR0_PE)) ||
        ((val & CR0_NW) && !(val & CR0_CD)))
        x86_raise_exception(env, EXCP_GP, 0, ra);
    if ((val & CR0_PG) && (env->cr[4] & CR4_PAE))
        pae_unimp(env, ra);
    val = (val & CR0_DEFINED) | CR0_ET;
    uint64_t old = env->cr[0];
    env->cr[0] = val;
    /* Changing PG or WP changes every translation and permission the TLB caches
     * (SDM vol. 3, 4.10.4.1); PE changes the CPL and so the MMU index in use. */
    if ((old ^ val) & (CR0_PG | CR0_WP | CR0_PE))
        x86_tlb_flush(env);
    x86_update_hflags(env);
}

void x86_write_cr4(CPUX86State *env, uint64_t val, uintptr_t ra)
{
    if (val & ~(uint64_t)CR4_IMPLEMENTED) {
        if (tern_log_enabled(LOG_UNIMP))
            tern_log("unimplemented: CR4 bits %08llx\n",
                     (unsigned long long)(val & ~(uint64_t)CR4_IMPLEMENTED));
        x86_raise_exception(env, EXCP_GP, 0, ra);
    }
    if ((val & CR4_PAE) && (env->cr[0] & CR0_PG))
        pae_unimp(env, ra);
    uint64_t old = env->cr[4];
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
        env->cr[2] = (uint32_t)val;
        break;
    case 3:
        /* 32-bit paging uses bits 31:12 (and PWT/PCD); a write flushes the non-global
         * TLB entries (SDM vol. 3, 4.10.4.1). We flush all: allowed, simpler. */
        env->cr[3] = (uint32_t)val;
        x86_tlb_flush(env);
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
    x86_tlb_flush_page(env, linear);
}

/* ---- debug registers (SDM vol. 3, 17.2) ---- */

#define DR7_GD (1u << 13)

/* DR4/DR5 alias DR6/DR7 unless CR4.DE (not offered by this model, so always). A MOV DR
 * with DR7.GD set raises #DB with DR6.BD first (17.2.4). */
static int dr_index(CPUX86State *env, uint32_t reg, uintptr_t ra)
{
    check_cpl0(env, ra);
    if (reg > 7)
        x86_raise_exception(env, EXCP_UD, 0, ra);
    if (env->dr[7] & DR7_GD) {
        env->dr[6] |= 1u << 13;
        env->dr[7] &= ~(uint64_t)DR7_GD;
        x86_raise_exception(env, EXCP_DB, 0, ra);
    }
    return reg == 4 || reg == 5 ? (int)reg + 2 : (int)reg;
}

void helper_mov_to_dr(CPUX86State *env, uint32_t reg, uint64_t val)
{
    int i = dr_index(env, reg, GETPC());
    uint32_t v = (uint32_t)val;
    if (i == 6) {
        env->dr[6] = (v & 0x0000e00fu) | 0xffff0ff0u;
    } else if (i == 7) {
        env->dr[7] = (v & 0xffff23ffu) | 0x400u;
        if ((v & 0xff) && tern_log_enabled(LOG_UNIMP))
            tern_log("unimplemented: hardware breakpoints (DR7=%08x); they never trigger\n", v);
    } else {
        env->dr[i] = v;
    }
}

uint64_t helper_mov_from_dr(CPUX86State *env, uint32_t reg)
{
    return env->dr[dr_index(env, reg, GETPC())];
}

/* ---- time-stamp counter and MSRs ---- */

#define MSR_TSC 0x10
#define MSR_APIC_BASE 0x1b
#define MSR_SYSENTER_CS 0x174
#define MSR_SYSENTER_ESP 0x175
#define MSR_SYSENTER_EIP 0x176
/* The power-on value: xAPIC at FEE00000H, enabled, bootstrap processor. */
#define APIC_BASE_DEFAULT 0xfee00900ull

/* Deterministic: the TSC counts retired instructions (DESIGN.md, virtual time). */
static uint64_t read_tsc(CPUX86State *env)
{
    return env->icount + env->tsc_offset;
}

void helper_rdtsc(CPUX86State *env)
{
    uintptr_t ra = GETPC();
    if ((env->cr[4] & CR4_TSD) && x86_cpl(env) != 0)
        x86_raise_exception(env, EXCP_GP, 0, ra);
    uint64_t t = read_tsc(env);
    env->regs[R_EAX] = (uint32_t)t;
    env->regs[R_EDX] = (uint32_t)(t >> 32);
}

void helper_rdmsr(CPUX86State *env)
{
    uintptr_t ra = GETPC();
    check_cpl0(env, ra);
    uint32_t msr = (uint32_t)env->regs[R_ECX];
    uint64_t v;
    switch (msr) {
    case MSR_TSC: v = read_tsc(env); break;
    case MSR_APIC_BASE: v = APIC_BASE_DEFAULT; break;
    case MSR_SYSENTER_CS: v = env->sysenter_cs; break;
    case MSR_SYSENTER_ESP: v = env->sysenter_esp; break;
    case MSR_SYSENTER_EIP: v = env->sysenter_eip; break;
    default:
        if (tern_log_enabled(LOG_UNIMP))
            tern_log("unimplemented: RDMSR %08x\n", msr);
        x86_raise_exception(env, EXCP_GP, 0, ra);
    }
    env->regs[R_EAX] = (uint32_t)v;
    env->regs[R_EDX] = (uint32_t)(v >> 32);
}

void helper_wrmsr(CPUX86State *env)
{
    uintptr_t ra = GETPC();
    check_cpl0(env, ra);
    uint32_t msr = (uint32_t)env->regs[R_ECX];
    uint64_t v = (uint32_t)env->regs[R_EAX] | (env->regs[R_EDX] << 32);
    switch (msr) {
    case MSR_TSC: env->tsc_offset = v - env->icount; break;
    case MSR_SYSENTER_CS: env->sysenter_cs = v & 0xffff; break;
    case MSR_SYSENTER_ESP: env->sysenter_esp = v; break;
    case MSR_SYSENTER_EIP: env->sysenter_eip = v; break;
    case MSR_APIC_BASE:
        if (v != APIC_BASE_DEFAULT && tern_log_enabled(LOG_UNIMP))
            tern_log("unimplemented: WRMSR APIC_BASE=%016llx (no local APIC), ignored\n",
                     (unsigned long long)v);
        break;
    default:
        if (tern_log_enabled(LOG_UNIMP))
            tern_log("unimplemented: WRMSR %08x value %016llx\n", msr,
                     (unsigned long long)v);
        x86_raise_exception(env, EXCP_GP, 0, ra);
    }
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

uint32_t helper_in(CPUX86State *env, uint32_t port, uint32_t size)
{
    return as_port_in(env->as, (uint16_t)port, size);
}

void helper_out(CPUX86State *env, uint32_t port, uint32_t val, uint32_t size)
{
    as_port_out(env->as, (uint16_t)port, val, size);
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

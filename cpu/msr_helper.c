/* Model-specific registers: RDMSR/WRMSR, RDTSC/RDTSCP, EFER with its paging-mode rules,
 * and the MSRs Linux touches (SDM vol. 4, table 2-2; vol. 3, 2.2.1 (EFER), 10.8.5
 * (IA-32e mode), 11.4.4 (APIC base), 12.11 (MTRRs), 12.12 (PAT)). An MSR this CPU model
 * does not have raises #GP(0), as Linux's rdmsr_safe expects, and is logged by name. */
#include <string.h>
#include "cpu/apic_iface.h"
#include "cpu/cpu.h"
#include "cpu/excp.h"
#include "cpu/helper.h"
#include "cpu/misc_helper.h"
#include "cpu/msr_helper.h"
#include "cpu/pagewalk.h"
#include "cpu/seg_helper.h"
#include "tcg/log.h"

/* Memory types (SDM vol. 3, table 12-8 / 12-10): 2 and 3 are reserved everywhere, 7
 * (UC-) only exists in the PAT. */
static bool mtrr_type_ok(uint64_t t) { return t == 0 || t == 1 || (t >= 4 && t <= 6); }
static bool pat_type_ok(uint64_t t) { return t == 0 || t == 1 || (t >= 4 && t <= 7); }

/* Power-on IA32_PAT: WB WT UC- UC, twice (SDM vol. 3, 12.12.4, table 12-12). */
#define PAT_RESET 0x0007040600070406ull
/* IA32_MTRRCAP: VCNT variable ranges, fixed ranges (bit 8), write-combining (bit 10);
 * no SMRR. */
#define MTRRCAP_VALUE (X86_MTRR_VCNT | (1u << 8) | (1u << 10))
/* Microcode update signature reported in IA32_BIOS_SIGN_ID[63:32]. */
#define UCODE_REVISION 1ull
/* The xAPIC's power-on base, FEE00000H; the BSP flag; enabled (SDM vol. 3, 11.4.4). */
#define APIC_BASE_RESET (0xfee00000ull | APIC_BASE_BSP | APIC_BASE_ENABLE)
#define MISC_ENABLE_RESET (MISC_ENABLE_FAST_STRING | MISC_ENABLE_BTS_UNAVAIL | \
                           MISC_ENABLE_PEBS_UNAVAIL)
#define MISC_ENABLE_WRITABLE (MISC_ENABLE_FAST_STRING | MISC_ENABLE_TCC | \
                              MISC_ENABLE_LIMIT_CPUID | MISC_ENABLE_XTPR_DISABLE | \
                              MISC_ENABLE_XD_DISABLE)

void x86_msr_reset(CPUX86State *env)
{
    env->pat = PAT_RESET;
    env->apic_base = APIC_BASE_RESET;
    env->misc_enable = MISC_ENABLE_RESET;
    env->mtrr_deftype = 0;
    memset(env->mtrr_fixed, 0, sizeof(env->mtrr_fixed));
    memset(env->mtrr_var, 0, sizeof(env->mtrr_var));
    env->star = env->lstar = env->cstar = env->fmask = env->kernel_gs_base = 0;
    env->tsc_aux = 0;
}

uint64_t x86_tsc_base(CPUX86State *env)
{
    return env->apic_ops ? env->apic_ops->tsc_ticks(env->apic_opaque) : x86_icount(env);
}

uint64_t x86_read_tsc(CPUX86State *env)
{
    return x86_tsc_base(env) + env->tsc_offset;
}

static bool has_lm(const CPUX86State *env)
{
    return (env->cpuid_ext2_features & CPUID_EXT2_LM) != 0;
}

static bool has_nx(const CPUX86State *env)
{
    return (env->cpuid_ext2_features & CPUID_EXT2_NX) &&
           !(env->misc_enable & MISC_ENABLE_XD_DISABLE);
}

/* ---- EFER (SDM vol. 3, 2.2.1, 4.1.2, 10.8.5) ---- */

/* EFER exists with NX or LM (vol. 4, table 2-2); each bit only with its feature: SCE with
 * SYSCALL, LME with LM, NXE with NX. LMA is the processor's: WRMSR leaves it alone. */
static X86MsrStatus write_efer(CPUX86State *env, uint64_t val)
{
    uint64_t writable = 0;
    if (env->cpuid_ext2_features & (CPUID_EXT2_SYSCALL | CPUID_EXT2_LM))
        writable |= EFER_SCE;
    if (has_lm(env))
        writable |= EFER_LME;
    if (has_nx(env))
        writable |= EFER_NXE;
    val &= ~(uint64_t)EFER_LMA;
    if (val & ~writable)
        return X86_MSR_INVALID;
    /* LME cannot change while paging is on (10.8.5; 4.1.2). */
    if (((val ^ env->efer) & EFER_LME) && (env->cr[0] & CR0_PG))
        return X86_MSR_INVALID;
    uint64_t old = env->efer;
    env->efer = (old & EFER_LMA) | val;
    /* The TLB holds execute rights computed with NXE. */
    if ((old ^ env->efer) & EFER_NXE)
        x86_tlb_flush(env);
    x86_update_hflags(env);
    return X86_MSR_OK;
}

/* ---- MTRRs and PAT (SDM vol. 3, 12.11.2, 12.12.2) ---- */

static X86MsrStatus write_mtrr_var(CPUX86State *env, unsigned n, uint64_t val)
{
    /* PhysBase: type in 7:0, base in (M-1):12; PhysMask: V in bit 11, mask in (M-1):12.
     * Everything else is reserved. */
    bool is_mask = n & 1;
    uint64_t rsvd = ~X86_PHYS_MASK | (is_mask ? 0x7ffull : 0xf00ull);
    if ((val & rsvd) || (!is_mask && !mtrr_type_ok(val & 0xff)))
        return X86_MSR_INVALID;
    env->mtrr_var[n] = val;
    return X86_MSR_OK;
}

static bool fixed_mtrr_index(uint32_t msr, unsigned *i)
{
    if (msr == MSR_IA32_MTRR_FIX64K_00000)
        *i = 0;
    else if (msr == MSR_IA32_MTRR_FIX16K_80000 || msr == MSR_IA32_MTRR_FIX16K_A0000)
        *i = 1 + (msr - MSR_IA32_MTRR_FIX16K_80000);
    else if (msr >= MSR_IA32_MTRR_FIX4K_C0000 && msr <= MSR_IA32_MTRR_FIX4K_C0000 + 7)
        *i = 3 + (msr - MSR_IA32_MTRR_FIX4K_C0000);
    else
        return false;
    return true;
}

/* Eight one-byte fields, each a memory type. */
static bool types_ok(uint64_t val, bool (*ok)(uint64_t))
{
    for (int i = 0; i < 8; i++)
        if (!ok((val >> (8 * i)) & 0xff))
            return false;
    return true;
}

/* ---- the registers ---- */

/* FS/GS bases, LSTAR, CSTAR, KERNEL_GS_BASE and, on a CPU with Intel 64, the SYSENTER
 * ESP/EIP hold linear addresses: non-canonical values are #GP(0) (vol. 2, WRMSR). */
static X86MsrStatus set_address(uint64_t *field, uint64_t val)
{
    if (!x86_is_canonical(val))
        return X86_MSR_INVALID;
    *field = val;
    return X86_MSR_OK;
}

X86MsrStatus x86_msr_read(CPUX86State *env, uint32_t msr, uint64_t *val)
{
    unsigned i;
    switch (msr) {
    case MSR_IA32_TSC: *val = x86_read_tsc(env); return X86_MSR_OK;
    case MSR_IA32_APIC_BASE:
        *val = env->apic_ops ? env->apic_ops->base_read(env->apic_opaque) : env->apic_base;
        return X86_MSR_OK;
    case MSR_IA32_TSC_DEADLINE: /* only with a local APIC (SDM vol. 3, 11.5.4.1) */
        if (!env->apic_ops)
            return X86_MSR_ABSENT;
        *val = env->apic_ops->tsc_deadline_read(env->apic_opaque);
        return X86_MSR_OK;
    case MSR_IA32_BIOS_SIGN_ID: *val = UCODE_REVISION << 32; return X86_MSR_OK;
    case MSR_IA32_MTRRCAP: *val = MTRRCAP_VALUE; return X86_MSR_OK;
    case MSR_IA32_ARCH_CAPABILITIES: *val = ARCH_CAPABILITIES_VALUE; return X86_MSR_OK;
    case MSR_IA32_SYSENTER_CS: *val = env->sysenter_cs; return X86_MSR_OK;
    case MSR_IA32_SYSENTER_ESP: *val = env->sysenter_esp; return X86_MSR_OK;
    case MSR_IA32_SYSENTER_EIP: *val = env->sysenter_eip; return X86_MSR_OK;
    case MSR_IA32_MISC_ENABLE: *val = env->misc_enable; return X86_MSR_OK;
    case MSR_IA32_PAT: *val = env->pat; return X86_MSR_OK;
    case MSR_IA32_MTRR_DEF_TYPE: *val = env->mtrr_deftype; return X86_MSR_OK;
    case MSR_IA32_EFER:
        if (!(env->cpuid_ext2_features & (CPUID_EXT2_NX | CPUID_EXT2_LM)))
            return X86_MSR_ABSENT;
        *val = env->efer;
        return X86_MSR_OK;
    case MSR_IA32_TSC_AUX:
        if (!(env->cpuid_ext2_features & CPUID_EXT2_RDTSCP))
            return X86_MSR_ABSENT;
        *val = env->tsc_aux;
        return X86_MSR_OK;
    case MSR_IA32_STAR: case MSR_IA32_LSTAR: case MSR_IA32_CSTAR: case MSR_IA32_FMASK:
    case MSR_IA32_FS_BASE: case MSR_IA32_GS_BASE: case MSR_IA32_KERNEL_GS_BASE:
        if (!has_lm(env))
            return X86_MSR_ABSENT;
        *val = msr == MSR_IA32_STAR ? env->star : msr == MSR_IA32_LSTAR ? env->lstar
             : msr == MSR_IA32_CSTAR ? env->cstar : msr == MSR_IA32_FMASK ? env->fmask
             : msr == MSR_IA32_FS_BASE ? env->segs[R_FS].base
             : msr == MSR_IA32_GS_BASE ? env->segs[R_GS].base : env->kernel_gs_base;
        return X86_MSR_OK;
    default:
        break;
    }
    if (msr >= MSR_IA32_MTRR_PHYSBASE0 && msr < MSR_IA32_MTRR_PHYSBASE0 + 2 * X86_MTRR_VCNT) {
        *val = env->mtrr_var[msr - MSR_IA32_MTRR_PHYSBASE0];
        return X86_MSR_OK;
    }
    if (fixed_mtrr_index(msr, &i)) {
        *val = env->mtrr_fixed[i];
        return X86_MSR_OK;
    }
    return X86_MSR_ABSENT;
}

X86MsrStatus x86_msr_write(CPUX86State *env, uint32_t msr, uint64_t val)
{
    unsigned i;
    switch (msr) {
    case MSR_IA32_TSC:
        env->tsc_offset = val - x86_tsc_base(env);
        if (env->apic_ops)
            env->apic_ops->tsc_offset_changed(env->apic_opaque, env->tsc_offset);
        return X86_MSR_OK;
    case MSR_IA32_TSC_DEADLINE:
        if (!env->apic_ops)
            return X86_MSR_ABSENT;
        env->apic_ops->tsc_deadline_write(env->apic_opaque, val, env->tsc_offset);
        return X86_MSR_OK;
    case MSR_IA32_APIC_BASE:
        /* Base in (M-1):12, EN in 11; BSP (8) is set by the processor and kept; x2APIC
         * mode (10) does not exist here; the rest is reserved (11.4.4). */
        if (val & ~(X86_PHYS_MASK & ~0xfffull) & ~(APIC_BASE_ENABLE | APIC_BASE_BSP))
            return X86_MSR_INVALID;
        val = (val & ~APIC_BASE_BSP) | (env->apic_base & APIC_BASE_BSP);
        if (env->apic_ops) {
            if (!env->apic_ops->base_write(env->apic_opaque, val))
                return X86_MSR_INVALID;
            val = env->apic_ops->base_read(env->apic_opaque);
        } else if (val != env->apic_base && tern_log_enabled(LOG_UNIMP)) {
            tern_log("unimplemented: IA32_APIC_BASE = %016llx: this machine has no local "
                     "APIC, stored only\n", (unsigned long long)val);
        }
        env->apic_base = val;
        return X86_MSR_OK;
    case MSR_IA32_BIOS_SIGN_ID:
        /* Software writes 0 then runs CPUID to have the signature loaded; it is fixed. */
        return X86_MSR_OK;
    case MSR_IA32_MTRRCAP:
    case MSR_IA32_ARCH_CAPABILITIES:
        return X86_MSR_INVALID; /* read-only */
    case MSR_IA32_SYSENTER_CS:
        env->sysenter_cs = has_lm(env) ? val : (uint32_t)val;
        return X86_MSR_OK;
    case MSR_IA32_SYSENTER_ESP:
    case MSR_IA32_SYSENTER_EIP: {
        uint64_t *f = msr == MSR_IA32_SYSENTER_ESP ? &env->sysenter_esp : &env->sysenter_eip;
        if (!has_lm(env)) {
            *f = (uint32_t)val; /* 32-bit registers without Intel 64 */
            return X86_MSR_OK;
        }
        return set_address(f, val);
    }
    case MSR_IA32_MISC_ENABLE:
        /* Only the writable bits may change; the others are read-only or reserved. */
        if ((val ^ env->misc_enable) & ~MISC_ENABLE_WRITABLE)
            return X86_MSR_INVALID;
        env->misc_enable = val;
        return X86_MSR_OK;
    case MSR_IA32_PAT:
        if (!types_ok(val, pat_type_ok))
            return X86_MSR_INVALID;
        env->pat = val;
        return X86_MSR_OK;
    case MSR_IA32_MTRR_DEF_TYPE:
        /* Type in 7:0, FE (10), E (11) (12.11.2.1). */
        if ((val & ~0xcffull) || !mtrr_type_ok(val & 0xff))
            return X86_MSR_INVALID;
        env->mtrr_deftype = val;
        return X86_MSR_OK;
    case MSR_IA32_EFER:
        if (!(env->cpuid_ext2_features & (CPUID_EXT2_NX | CPUID_EXT2_LM)))
            return X86_MSR_ABSENT;
        return write_efer(env, val);
    case MSR_IA32_TSC_AUX:
        if (!(env->cpuid_ext2_features & CPUID_EXT2_RDTSCP))
            return X86_MSR_ABSENT;
        if (val >> 32)
            return X86_MSR_INVALID;
        env->tsc_aux = val;
        return X86_MSR_OK;
    case MSR_IA32_STAR: case MSR_IA32_LSTAR: case MSR_IA32_CSTAR: case MSR_IA32_FMASK:
    case MSR_IA32_FS_BASE: case MSR_IA32_GS_BASE: case MSR_IA32_KERNEL_GS_BASE:
        if (!has_lm(env))
            return X86_MSR_ABSENT;
        if (msr == MSR_IA32_STAR) {
            env->star = val;
            return X86_MSR_OK;
        }
        if (msr == MSR_IA32_FMASK) {
            if (val >> 32) /* the EFLAGS mask is 32 bits; 63:32 reserved */
                return X86_MSR_INVALID;
            env->fmask = val;
            return X86_MSR_OK;
        }
        return set_address(msr == MSR_IA32_LSTAR ? &env->lstar
                           : msr == MSR_IA32_CSTAR ? &env->cstar
                           : msr == MSR_IA32_FS_BASE ? &env->segs[R_FS].base
                           : msr == MSR_IA32_GS_BASE ? &env->segs[R_GS].base
                           : &env->kernel_gs_base, val);
    default:
        break;
    }
    if (msr >= MSR_IA32_MTRR_PHYSBASE0 && msr < MSR_IA32_MTRR_PHYSBASE0 + 2 * X86_MTRR_VCNT)
        return write_mtrr_var(env, msr - MSR_IA32_MTRR_PHYSBASE0, val);
    if (fixed_mtrr_index(msr, &i)) {
        if (!types_ok(val, mtrr_type_ok))
            return X86_MSR_INVALID;
        env->mtrr_fixed[i] = val;
        return X86_MSR_OK;
    }
    return X86_MSR_ABSENT;
}

/* Names for the log: the MSRs above and the ones guests commonly probe (SDM vol. 4). */
static const struct { uint32_t msr; const char *name; } msr_names[] = {
    { 0x10, "IA32_TSC" }, { 0x17, "IA32_PLATFORM_ID" }, { 0x1b, "IA32_APIC_BASE" },
    { 0x2a, "MSR_EBL_CR_POWERON" }, { 0x34, "MSR_SMI_COUNT" },
    { 0x3a, "IA32_FEATURE_CONTROL" }, { 0x3b, "IA32_TSC_ADJUST" },
    { 0x48, "IA32_SPEC_CTRL" }, { 0x49, "IA32_PRED_CMD" }, { 0x79, "IA32_BIOS_UPDT_TRIG" },
    { 0x8b, "IA32_BIOS_SIGN_ID" }, { 0xc1, "IA32_PMC0" }, { 0xc2, "IA32_PMC1" },
    { 0xce, "MSR_PLATFORM_INFO" }, { 0xe2, "MSR_PKG_CST_CONFIG_CONTROL" },
    { 0xe7, "IA32_MPERF" }, { 0xe8, "IA32_APERF" }, { 0xfe, "IA32_MTRRCAP" },
    { 0x10a, "IA32_ARCH_CAPABILITIES" }, { 0x10b, "IA32_FLUSH_CMD" },
    { 0x140, "MSR_MISC_FEATURES_ENABLES" }, { 0x174, "IA32_SYSENTER_CS" },
    { 0x175, "IA32_SYSENTER_ESP" }, { 0x176, "IA32_SYSENTER_EIP" },
    { 0x179, "IA32_MCG_CAP" }, { 0x17a, "IA32_MCG_STATUS" }, { 0x17b, "IA32_MCG_CTL" },
    { 0x186, "IA32_PERFEVTSEL0" }, { 0x187, "IA32_PERFEVTSEL1" },
    { 0x198, "IA32_PERF_STATUS" }, { 0x199, "IA32_PERF_CTL" },
    { 0x19a, "IA32_CLOCK_MODULATION" }, { 0x19b, "IA32_THERM_INTERRUPT" },
    { 0x19c, "IA32_THERM_STATUS" }, { 0x1a0, "IA32_MISC_ENABLE" },
    { 0x1a2, "MSR_TEMPERATURE_TARGET" }, { 0x1b0, "IA32_ENERGY_PERF_BIAS" },
    { 0x1d9, "IA32_DEBUGCTL" }, { 0x1db, "MSR_LASTBRANCHFROMIP" },
    { 0x1dc, "MSR_LASTBRANCHTOIP" }, { 0x277, "IA32_PAT" }, { 0x2ff, "IA32_MTRR_DEF_TYPE" },
    { 0x250, "IA32_MTRR_FIX64K_00000" }, { 0x258, "IA32_MTRR_FIX16K_80000" },
    { 0x259, "IA32_MTRR_FIX16K_A0000" }, { 0x345, "IA32_PERF_CAPABILITIES" },
    { 0x38d, "IA32_FIXED_CTR_CTRL" }, { 0x38f, "IA32_PERF_GLOBAL_CTRL" },
    { 0x400, "IA32_MC0_CTL" }, { 0x480, "IA32_VMX_BASIC" }, { 0x6e0, "IA32_TSC_DEADLINE" },
    { 0xda0, "IA32_XSS" }, { 0xc0000080u, "IA32_EFER" }, { 0xc0000081u, "IA32_STAR" },
    { 0xc0000082u, "IA32_LSTAR" }, { 0xc0000083u, "IA32_CSTAR" },
    { 0xc0000084u, "IA32_FMASK" }, { 0xc0000100u, "IA32_FS_BASE" },
    { 0xc0000101u, "IA32_GS_BASE" }, { 0xc0000102u, "IA32_KERNEL_GS_BASE" },
    { 0xc0000103u, "IA32_TSC_AUX" }, { 0xc0010015u, "AMD HWCR" },
};

const char *x86_msr_name(uint32_t msr)
{
    static const char *const var_names[2 * X86_MTRR_VCNT] = {
        "IA32_MTRR_PHYSBASE0", "IA32_MTRR_PHYSMASK0", "IA32_MTRR_PHYSBASE1",
        "IA32_MTRR_PHYSMASK1", "IA32_MTRR_PHYSBASE2", "IA32_MTRR_PHYSMASK2",
        "IA32_MTRR_PHYSBASE3", "IA32_MTRR_PHYSMASK3", "IA32_MTRR_PHYSBASE4",
        "IA32_MTRR_PHYSMASK4", "IA32_MTRR_PHYSBASE5", "IA32_MTRR_PHYSMASK5",
        "IA32_MTRR_PHYSBASE6", "IA32_MTRR_PHYSMASK6", "IA32_MTRR_PHYSBASE7",
        "IA32_MTRR_PHYSMASK7",
    };
    static const char *const fix4k_names[8] = {
        "IA32_MTRR_FIX4K_C0000", "IA32_MTRR_FIX4K_C8000", "IA32_MTRR_FIX4K_D0000",
        "IA32_MTRR_FIX4K_D8000", "IA32_MTRR_FIX4K_E0000", "IA32_MTRR_FIX4K_E8000",
        "IA32_MTRR_FIX4K_F0000", "IA32_MTRR_FIX4K_F8000",
    };
    if (msr >= MSR_IA32_MTRR_PHYSBASE0 && msr < MSR_IA32_MTRR_PHYSBASE0 + 2 * X86_MTRR_VCNT)
        return var_names[msr - MSR_IA32_MTRR_PHYSBASE0];
    if (msr >= MSR_IA32_MTRR_FIX4K_C0000 && msr <= MSR_IA32_MTRR_FIX4K_C0000 + 7)
        return fix4k_names[msr - MSR_IA32_MTRR_FIX4K_C0000];
    for (size_t i = 0; i < sizeof(msr_names) / sizeof(msr_names[0]); i++)
        if (msr_names[i].msr == msr)
            return msr_names[i].name;
    return NULL;
}

static void log_failure(CPUX86State *env, bool write, uint32_t msr, uint64_t val,
                        X86MsrStatus st)
{
    const char *name = x86_msr_name(msr);
    (void)env;
    if (st == X86_MSR_ABSENT && tern_log_enabled(LOG_UNIMP)) {
        if (write)
            tern_log("unimplemented: WRMSR %08x (%s) value %016llx: #GP\n", msr,
                     name ? name : "unknown MSR", (unsigned long long)val);
        else
            tern_log("unimplemented: RDMSR %08x (%s): #GP\n", msr, name ? name : "unknown MSR");
    } else if (st == X86_MSR_INVALID && tern_log_enabled(LOG_GUEST_ERRORS)) {
        tern_log("WRMSR %08x (%s) value %016llx: reserved bits or invalid value: #GP\n", msr,
                 name ? name : "?", (unsigned long long)val);
    }
}

static void check_cpl0(CPUX86State *env, uintptr_t ra)
{
    if (x86_cpl(env) != 0)
        x86_raise_exception(env, EXCP_GP, 0, ra);
}

void helper_rdmsr(CPUX86State *env)
{
    uintptr_t ra = GETPC();
    check_cpl0(env, ra);
    uint32_t msr = (uint32_t)env->regs[R_ECX];
    uint64_t v = 0;
    X86MsrStatus st = x86_msr_read(env, msr, &v);
    if (st != X86_MSR_OK) {
        log_failure(env, false, msr, 0, st);
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
    uint64_t v = (uint32_t)env->regs[R_EAX] | ((uint64_t)(uint32_t)env->regs[R_EDX] << 32);
    X86MsrStatus st = x86_msr_write(env, msr, v);
    if (st != X86_MSR_OK) {
        log_failure(env, true, msr, v, st);
        x86_raise_exception(env, EXCP_GP, 0, ra);
    }
}

/* ---- RDTSC / RDTSCP (SDM vol. 2B) ---- */

static void read_tsc_to_edx_eax(CPUX86State *env, uintptr_t ra)
{
    /* CR4.TSD restricts the counter to CPL 0. */
    if ((env->cr[4] & CR4_TSD) && x86_cpl(env) != 0)
        x86_raise_exception(env, EXCP_GP, 0, ra);
    uint64_t t = x86_read_tsc(env);
    env->regs[R_EAX] = (uint32_t)t;
    env->regs[R_EDX] = (uint32_t)(t >> 32);
}

void helper_rdtsc(CPUX86State *env)
{
    read_tsc_to_edx_eax(env, GETPC());
}

/* EDX:EAX = TSC, ECX = IA32_TSC_AUX[31:0]; #UD where CPUID does not offer it. */
void helper_rdtscp(CPUX86State *env)
{
    uintptr_t ra = GETPC();
    if (!(env->cpuid_ext2_features & CPUID_EXT2_RDTSCP)) {
        if (tern_log_enabled(LOG_UNIMP))
            tern_log("unimplemented: RDTSCP (not offered by CPUID): #UD\n");
        x86_raise_exception(env, EXCP_UD, 0, ra);
    }
    read_tsc_to_edx_eax(env, ra);
    env->regs[R_ECX] = (uint32_t)env->tsc_aux;
}

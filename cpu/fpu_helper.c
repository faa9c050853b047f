/* The x87 FPU's state machinery: power-on and FNINIT states, status/control/tag words,
 * pending-exception delivery (#MF or FERR#), guest memory for the x87 helpers, and the
 * register-stack instructions that move values without arithmetic (FLD/FST ST(i), FXCH,
 * FCMOVcc, FFREE, FLDCW, FNCLEX, FNINIT). SDM vol. 1, chapter 8; vol. 3, 10.1 (reset). */
#include <string.h>
#include "cpu/fpu_internal.h"
#include "cpu/helper.h"
#include "tcg/log.h"

void (*x86_fpu_ferr_hook)(void *opaque);
void *x86_fpu_ferr_opaque;

/* ---- whole-state operations ---- */

void x86_fpu_init(CPUX86State *env)
{
    env->fpu_cw = FPU_CW_INIT;
    env->fpu_sw = 0;
    env->fpu_top = 0;
    env->fpu_empty = 0xff;
    env->fpu_fop = 0;
    env->fpu_cs = env->fpu_ds = 0;
    env->fpu_ip = env->fpu_dp = 0;
}

void x86_fpu_reset(CPUX86State *env)
{
    x86_fpu_init(env);
    env->fpu_cw = FPU_CW_POWER_ON;
    /* Tag word 5555H: every register holds +0.0 and is tagged "zero", not empty. */
    memset(env->fpregs, 0, sizeof(env->fpregs));
    env->fpu_empty = 0;
    memset(env->xmm, 0, sizeof(env->xmm));
    env->mxcsr = X86_MXCSR_RESET;
    env->xcr0 = 1; /* the x87 bit of XCR0 is always set (vol. 1, 13.3) */
}

uint16_t x86_fpu_get_sw(const CPUX86State *env)
{
    return (uint16_t)((env->fpu_sw & ~FPUS_TOP) | ((env->fpu_top & 7) << FPUS_TOP_SHIFT));
}

/* ES (and B, which mirrors it on every x87 since the 387) summarize the unmasked
 * exception flags: loading a control or status word recomputes them (verified on the host
 * with FLDCW, FLDENV and FNSTENV; vol. 1, 8.1.3.1 and FLDCW's "will be generated upon
 * execution of the next floating-point instruction"). */
static void fpu_update_es(CPUX86State *env)
{
    if (env->fpu_sw & ~env->fpu_cw & FPUC_EXC_MASKS)
        env->fpu_sw |= FPUS_ES | FPUS_B;
    else
        env->fpu_sw &= (uint16_t)~(FPUS_ES | FPUS_B);
}

void x86_fpu_set_sw(CPUX86State *env, uint16_t sw)
{
    env->fpu_top = (sw & FPUS_TOP) >> FPUS_TOP_SHIFT;
    env->fpu_sw = sw & (uint16_t)~FPUS_TOP;
    fpu_update_es(env);
}

/* Bit 6 reads as 1, bits 7 and 13-15 as 0; the infinity control bit 12 is kept although
 * it means nothing since the 387 (vol. 1, 8.1.5.3). */
void x86_fpu_set_cw(CPUX86State *env, uint16_t cw)
{
    env->fpu_cw = (uint16_t)((cw & 0x1F3F) | 0x0040);
    fpu_update_es(env);
}

/* Tag of a non-empty register from its contents (vol. 1, 8.1.7, figure 8-7): 00 valid,
 * 01 zero, 10 special (NaN, infinity, denormal, pseudo-denormal, unsupported). */
static unsigned fpu_tag_of(const X86FPReg *r)
{
    unsigned exp = r->se & 0x7fff;
    if (exp == 0x7fff)
        return 2;
    if (exp == 0)
        return r->sig == 0 ? 1 : 2;
    return (r->sig >> 63) ? 0 : 2;
}

uint16_t x86_fpu_get_tag_word(const CPUX86State *env)
{
    uint16_t tw = 0;
    for (unsigned p = 0; p < 8; p++) {
        unsigned tag = (env->fpu_empty >> p) & 1 ? 3 : fpu_tag_of(&env->fpregs[p]);
        tw |= (uint16_t)(tag << (2 * p));
    }
    return tw;
}

uint8_t x86_fpu_get_abridged_tag(const CPUX86State *env)
{
    return (uint8_t)~env->fpu_empty;
}

/* ---- #MF / FERR# ---- */

/* A waiting x87 instruction found SW.ES set (the translator tests it inline). CR0.NE = 1:
 * #MF with this instruction's EIP, the faulting one being in FIP (vol. 3, 6.15
 * "Interrupt 16"). CR0.NE = 0: the PC-compatible FERR# path (vol. 1, D.1). */
void helper_fpu_check_mf(CPUX86State *env)
{
    if (env->cr[0] & CR0_NE)
        x86_raise_exception_noerr(env, EXCP_MF, GETPC());
    if (x86_fpu_ferr_hook) {
        x86_fpu_ferr_hook(x86_fpu_ferr_opaque);
        return;
    }
    static bool logged;
    if (!logged && tern_log_enabled(LOG_UNIMP)) {
        logged = true;
        tern_log("x87 FERR# with CR0.NE=0 (IRQ 13): no board hook, exception ignored\n");
    }
}

/* ---- guest memory ---- */

static MemOp size_op(int size)
{
    return size == 1 ? MO_8 : size == 2 ? MO_16 : size == 4 ? MO_32 : MO_64;
}

uint64_t fpu_ld(CPUX86State *env, uint64_t addr, int size, uintptr_t ra)
{
    return x86_ld(env, addr, size_op(size), x86_mmu_index(env), ra);
}

void fpu_st(CPUX86State *env, uint64_t addr, uint64_t val, int size, uintptr_t ra)
{
    x86_st(env, addr, val, size_op(size), x86_mmu_index(env), ra);
}

static uint64_t fpu_addr_mask(const CPUX86State *env)
{
    return (env->hflags & HF_LMA_MASK) ? ~0ull : 0xffffffffull;
}

void fpu_ld_bytes(CPUX86State *env, uint64_t addr, uint8_t *buf, unsigned len, uintptr_t ra)
{
    uint64_t mask = fpu_addr_mask(env);
    unsigned i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t v = fpu_ld(env, (addr + i) & mask, 8, ra);
        for (unsigned k = 0; k < 8; k++)
            buf[i + k] = (uint8_t)(v >> (8 * k));
    }
    for (; i < len; i++)
        buf[i] = (uint8_t)fpu_ld(env, (addr + i) & mask, 1, ra);
}

void fpu_st_bytes(CPUX86State *env, uint64_t addr, const uint8_t *buf, unsigned len,
                  uintptr_t ra)
{
    uint64_t mask = fpu_addr_mask(env);
    if (len == 0)
        return;
    /* An access of several pieces must not be left half done by a fault on a later page:
     * probe every page first (lowest first, as the fault order is), rewriting one byte
     * with its own value, which is invisible for RAM. */
    uint64_t last = (addr + len - 1) & mask;
    if ((addr & TCG_PAGE_MASK) != (last & TCG_PAGE_MASK)) {
        for (uint64_t a = addr;; a = ((a & TCG_PAGE_MASK) + TCG_PAGE_SIZE) & mask) {
            fpu_st(env, a, fpu_ld(env, a, 1, ra), 1, ra);
            if ((a & TCG_PAGE_MASK) == (last & TCG_PAGE_MASK))
                break;
        }
    }
    unsigned i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t v = 0;
        for (unsigned k = 0; k < 8; k++)
            v |= (uint64_t)buf[i + k] << (8 * k);
        fpu_st(env, (addr + i) & mask, v, 8, ra);
    }
    for (; i < len; i++)
        fpu_st(env, (addr + i) & mask, buf[i], 1, ra);
}

/* ---- control instructions ---- */

void helper_fpu_fninit(CPUX86State *env)
{
    x86_fpu_init(env);
}

void helper_fpu_fldcw(CPUX86State *env, uint32_t cw)
{
    x86_fpu_set_cw(env, (uint16_t)cw);
}

/* FNCLEX: the exception flags, SF, ES and B; C0-C3 and TOP stay (vol. 2, FCLEX). */
void helper_fpu_fnclex(CPUX86State *env)
{
    env->fpu_sw &= (uint16_t)~(FPUS_ES | FPUS_B | FPUS_SF | SF_FLAG_ALL);
}

uint32_t helper_fpu_get_sw(CPUX86State *env)
{
    return x86_fpu_get_sw(env);
}

/* FFREE ST(i) (and the FFREEP alias, DF C0+i): the tag becomes empty; C0-C3 are
 * undefined in the SDM, the host CPU clears C1 and keeps the others. */
void helper_fpu_ffree(CPUX86State *env, uint32_t arg)
{
    env->fpu_empty |= (uint8_t)(1u << fpu_phys(env, (int)(arg & 7)));
    fpu_set_c1(env, false);
    if (arg & FPU_POP)
        fpu_pop(env);
}

/* ---- register-stack moves ---- */

/* FLD ST(i): a copy pushed unchanged, no exception but the stack fault (vol. 2, FLD).
 * An empty source is reported before a full stack (C1 = 0; host CPU). */
void helper_fpu_fld_st(CPUX86State *env, uint32_t i)
{
    if (fpu_push_overflows(env) || fpu_empty(env, (int)i)) {
        if (fpu_stack_fault(env, !fpu_empty(env, (int)i)))
            fpu_push(env, fpu_indefinite());
        return;
    }
    sf_f80 v = fpu_get(env, (int)i);
    fpu_push(env, v);
    fpu_set_c1(env, false);
}

/* FST/FSTP ST(i): ST(0) copied bit for bit (no conversion, so no exception). The
 * undocumented D9 D8+i form does not check for an empty ST(0): it is then only popped
 * (AMD's FSTPNCE; Intel documents no such opcode). */
void helper_fpu_fst_st(CPUX86State *env, uint32_t arg)
{
    int i = (int)(arg & 7);
    if (fpu_empty(env, 0) && (arg & FPU_NOCHECK)) {
        fpu_set_c1(env, false);
    } else if (fpu_empty(env, 0)) {
        if (!fpu_stack_fault(env, false))
            return;
        fpu_set(env, i, fpu_indefinite());
    } else {
        fpu_set(env, i, fpu_get(env, 0));
        fpu_set_c1(env, false);
    }
    if (arg & FPU_POP)
        fpu_pop(env);
}

/* FXCH: an empty operand is a stack underflow; masked, it reads as the indefinite. */
void helper_fpu_fxch(CPUX86State *env, uint32_t i)
{
    bool e0 = fpu_empty(env, 0), ei = fpu_empty(env, (int)i);
    if (e0 || ei) {
        if (!fpu_stack_fault(env, false))
            return;
    } else {
        fpu_set_c1(env, false);
    }
    sf_f80 a = e0 ? fpu_indefinite() : fpu_get(env, 0);
    sf_f80 b = ei ? fpu_indefinite() : fpu_get(env, (int)i);
    fpu_set(env, 0, b);
    fpu_set(env, (int)i, a);
}

/* FCMOVcc ST(0), ST(i): the move happens when cond (computed from EFLAGS by the
 * translator) is true. The operands are checked for underflow either way, and a masked
 * one leaves the indefinite in ST(0) whatever the condition (host CPU). Without a stack
 * fault C1 stays (the SDM defines it only for the fault). */
void helper_fpu_fcmov(CPUX86State *env, uint32_t i, uint32_t cond)
{
    if (fpu_empty(env, 0) || fpu_empty(env, (int)i)) {
        if (fpu_stack_fault(env, false))
            fpu_set(env, 0, fpu_indefinite());
        return;
    }
    if (cond)
        fpu_set(env, 0, fpu_get(env, (int)i));
}

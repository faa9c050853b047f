/* IA-32e (long mode) system side: interrupt and exception delivery through 64-bit IDT
 * gates with IST stacks (SDM vol. 3, 6.14), IRET in IA-32e mode, SYSCALL/SYSRET (vol. 2;
 * vol. 3, 5.8.8), CR8, LTR/LLDT with 16-byte descriptors, and the stack cursor and
 * return checks shared with the far transfers of cpu/lm_far_helper.c. */
#include "cpu/apic_iface.h"
#include "cpu/cpu.h"
#include "cpu/excp.h"
#include "cpu/helper.h"
#include "cpu/lm_helper.h"
#include "cpu/pagewalk.h"
#include "cpu/seg_helper.h"
#include "tcg/log.h"

static _Noreturn void lm_raise(CPUX86State *env, int vec, int err, uintptr_t ra)
{
    x86_raise_at(env, vec, err, ra, ra != 0);
}

/* ---- stack cursor ---- */

void x86_lm_stack_current(CPUX86State *env, X86LmStack *st, uintptr_t ra)
{
    st->wide = (env->hflags & HF_CODE64_MASK) != 0;
    st->base = st->wide ? 0 : env->segs[R_SS].base;
    st->mask = st->wide ? ~0ull : (env->hflags & HF_SS32_MASK) ? 0xffffffffull : 0xffffull;
    st->sp = env->regs[R_ESP] & st->mask;
    st->mmu_idx = x86_mmu_index(env);
    st->ss_err = 0;
    st->ra = ra;
}

static uint64_t lm_stack_addr(CPUX86State *env, X86LmStack *st, int bytes)
{
    if (!st->wide)
        return (uint32_t)(st->base + st->sp);
    /* Every byte of the access must be canonical (SDM vol. 1, 3.3.7.1): via SS, #SS. */
    if (!x86_is_canonical(st->sp) || !x86_is_canonical(st->sp + (uint64_t)bytes - 1))
        lm_raise(env, EXCP_SS, st->ss_err, st->ra);
    return st->sp;
}

static MemOp lm_memop(int bytes)
{
    return bytes == 8 ? MO_64 : bytes == 4 ? MO_32 : MO_16;
}

void x86_lm_push(CPUX86State *env, X86LmStack *st, uint64_t val, int bytes)
{
    st->sp = (st->sp - (uint64_t)bytes) & st->mask;
    x86_st(env, lm_stack_addr(env, st, bytes), val, lm_memop(bytes), st->mmu_idx, st->ra);
}

uint64_t x86_lm_pop(CPUX86State *env, X86LmStack *st, int bytes)
{
    uint64_t v = x86_ld(env, lm_stack_addr(env, st, bytes), lm_memop(bytes), st->mmu_idx, st->ra);
    st->sp = (st->sp + (uint64_t)bytes) & st->mask;
    return v;
}

void x86_lm_set_rsp(CPUX86State *env, uint64_t sp, uint64_t mask)
{
    env->regs[R_ESP] = (env->regs[R_ESP] & ~mask) | (sp & mask);
}

/* ---- descriptors ---- */

bool x86_lm_desc_read16(CPUX86State *env, uint32_t sel, uint32_t e[4], uintptr_t ra)
{
    const SegmentCache *dt = (sel & 4) ? &env->ldt : &env->gdt;
    uint32_t index = sel & 0xfff8;
    if (index + 15 > dt->limit)
        return false;
    for (int i = 0; i < 4; i++)
        e[i] = (uint32_t)x86_ld(env, dt->base + index + 4 * (uint32_t)i, MO_32, MMU_KERNEL_IDX, ra);
    return true;
}

bool x86_lm_lar_type_ok(unsigned type, bool lsl)
{
    switch (type) {
    case 9: case 11:         /* available / busy 64-bit TSS */
        return true;
    case 0: case 2:          /* LSL only: the upper half of a 16-byte descriptor, LDT */
        return lsl;
    case 12:                 /* 64-bit call gate: LAR only */
        return !lsl;
    default:                 /* 16-bit TSSs and call gates, task, interrupt, trap gates */
        return false;
    }
}

bool x86_lm_load_null_ss(CPUX86State *env, uint32_t sel)
{
    int cpl = x86_cpl(env);
    if (!(env->hflags & HF_CODE64_MASK) || cpl == 3 || (int)(sel & 3) != cpl)
        return false;
    x86_lm_load_ss(env, sel, 0, 0, cpl, 0);
    return true;
}

/* SDM vol. 2, LTR: in IA-32e mode only an available 64-bit TSS (type 9); it becomes busy. */
void x86_ltr_lm(CPUX86State *env, uint32_t sel, uintptr_t ra)
{
    uint32_t e[4] = { 0 };
    int err = (int)(sel & 0xfffc);
    if ((sel & 4) || !x86_lm_desc_read16(env, sel, e, ra) || x86_desc_type(e[1]) != 9 ||
        !x86_lm_upper_half_ok(e))
        lm_raise(env, EXCP_GP, err, ra);
    if (!(e[1] & DESC_P_MASK))
        lm_raise(env, EXCP_NP, err, ra);
    uint64_t base = x86_desc_base(e[0], e[1]) | ((uint64_t)e[2] << 32);
    if (!x86_is_canonical(base))
        lm_raise(env, EXCP_GP, err, ra);
    e[1] |= 2u << DESC_TYPE_SHIFT; /* busy */
    x86_st(env, env->gdt.base + (sel & 0xfff8) + 4, e[1], MO_32, MMU_KERNEL_IDX, ra);
    env->tr = (SegmentCache){ sel, x86_desc_limit(e[0], e[1]), base, e[1] & 0x00f0ff00u };
}

void x86_lldt_lm(CPUX86State *env, uint32_t sel, uintptr_t ra)
{
    uint32_t e[4] = { 0 };
    int err = (int)(sel & 0xfffc);
    if ((sel & 4) || !x86_lm_desc_read16(env, sel, e, ra) || x86_desc_type(e[1]) != 2 ||
        !x86_lm_upper_half_ok(e))
        lm_raise(env, EXCP_GP, err, ra);
    if (!(e[1] & DESC_P_MASK))
        lm_raise(env, EXCP_NP, err, ra);
    uint64_t base = x86_desc_base(e[0], e[1]) | ((uint64_t)e[2] << 32);
    if (!x86_is_canonical(base))
        lm_raise(env, EXCP_GP, err, ra);
    env->ldt = (SegmentCache){ sel, x86_desc_limit(e[0], e[1]), base, e[1] & 0x00f0ff00u };
}

/* The 64-bit TSS (SDM vol. 3, figure 7-11). */
uint64_t x86_lm_tss_stack(CPUX86State *env, uint32_t off, int ext, uintptr_t ra)
{
    if (off + 7 > env->tr.limit)
        lm_raise(env, EXCP_TS, (int)(env->tr.selector & 0xfffc) + ext, ra);
    return x86_ld(env, env->tr.base + off, MO_64, MMU_KERNEL_IDX, ra);
}

/* ---- interrupts and exceptions (SDM vol. 3, 6.14; vol. 2, INT n "IA-32e-MODE") ---- */

/* Exceptions that push an error code (SDM vol. 3, table 6-1). */
static bool has_error_code(int vec)
{
    return vec == EXCP_DF || (vec >= EXCP_TS && vec <= EXCP_PF) || vec == EXCP_AC;
}

void x86_do_interrupt64(CPUX86State *env, int vec, bool is_int, bool is_hw, int err,
                        uint64_t next_rip)
{
    int ext = is_int ? 0 : 1;
    int idt_err = vec * 8 + 2 + ext;
    int cpl = x86_cpl(env);

    if ((uint32_t)vec * 16 + 15 > env->idt.limit)
        lm_raise(env, EXCP_GP, idt_err, 0);
    uint32_t g[4];
    for (int i = 0; i < 4; i++)
        g[i] = (uint32_t)x86_ld(env, env->idt.base + (uint32_t)vec * 16 + 4 * (uint32_t)i,
                                MO_32, MMU_KERNEL_IDX, 0);
    /* Only 64-bit interrupt and trap gates exist in IA-32e mode (6.14.1). */
    unsigned type = x86_desc_type(g[1]);
    if (type != 14 && type != 15)
        lm_raise(env, EXCP_GP, idt_err, 0);
    if (is_int && x86_desc_dpl(g[1]) < cpl)
        lm_raise(env, EXCP_GP, idt_err, 0);
    if (!(g[1] & DESC_P_MASK))
        lm_raise(env, EXCP_NP, idt_err, 0);

    uint32_t sel = g[0] >> 16;
    uint64_t rip = (g[0] & 0xffff) | (g[1] & 0xffff0000u) | ((uint64_t)g[2] << 32);
    unsigned ist = g[1] & 7;
    uint32_t c1, c2;
    int sel_err = (int)(sel & 0xfffc) + ext;
    if ((sel & 0xfffc) == 0)
        lm_raise(env, EXCP_GP, ext, 0);
    if (!x86_desc_read(env, sel, &c1, &c2, 0))
        lm_raise(env, EXCP_GP, sel_err, 0);
    int dpl = x86_desc_dpl(c2);
    /* The handler runs in 64-bit mode: a 64-bit code segment (L=1, D=0). */
    if ((c2 & (DESC_S_MASK | DESC_CS_MASK)) != (DESC_S_MASK | DESC_CS_MASK) || dpl > cpl ||
        !(c2 & DESC_L_MASK) || (c2 & DESC_B_MASK))
        lm_raise(env, EXCP_GP, sel_err, 0);
    if (!(c2 & DESC_P_MASK))
        lm_raise(env, EXCP_NP, sel_err, 0);
    if (!x86_is_canonical(rip))
        lm_raise(env, EXCP_GP, ext, 0);

    bool inner = !(c2 & DESC_C_MASK) && dpl < cpl;
    int new_cpl = inner ? dpl : cpl;
    X86LmStack st = { .wide = true, .mask = ~0ull, .ss_err = ext, .ra = 0,
                      .mmu_idx = new_cpl == 3 ? MMU_USER_IDX : MMU_KERNEL_IDX };
    /* The IST, if the gate names one, is used whatever the privilege (6.14.5); else a
     * privilege change takes RSPn from the TSS; else the current stack. */
    if (ist)
        st.sp = x86_lm_tss_stack(env, 0x24 + 8 * (ist - 1), ext, 0);
    else if (inner)
        st.sp = x86_lm_tss_stack(env, 4 + 8 * (uint32_t)dpl, ext, 0);
    else
        st.sp = env->regs[R_ESP];
    st.sp &= ~0xfull; /* 16-byte aligned frame (6.14.2) */

    x86_lm_push(env, &st, env->segs[R_SS].selector, 8);
    x86_lm_push(env, &st, env->regs[R_ESP], 8);
    x86_lm_push(env, &st, x86_get_eflags(env), 8);
    x86_lm_push(env, &st, env->segs[R_CS].selector, 8);
    x86_lm_push(env, &st, next_rip, 8);
    if (!is_int && !is_hw && has_error_code(vec))
        x86_lm_push(env, &st, (uint32_t)err, 8);

    /* Nothing can fault any more: commit. A privilege change loads SS with a null
     * selector whose RPL is the new CPL (6.14.4). */
    x86_desc_set_accessed(env, sel, &c2, 0);
    if (inner)
        x86_lm_load_ss(env, (uint32_t)new_cpl, 0, 0, new_cpl, 0);
    env->regs[R_ESP] = st.sp;
    x86_load_seg_desc(env, R_CS, (sel & 0xfffc) | (uint32_t)new_cpl, c1, c2);
    env->eip = rip;
    x86_set_eflags(env, 0, TF_MASK | VM_MASK | RF_MASK | NT_MASK | ((type & 1) ? 0 : IF_MASK));
}

/* ---- returns: checks shared with lm_far_helper.c ---- */

void x86_lm_check_return_cs(CPUX86State *env, uint32_t sel, uint32_t *e1, uint32_t *e2,
                            uintptr_t ra)
{
    int err = (int)(sel & 0xfffc);
    if ((sel & 0xfffc) == 0)
        lm_raise(env, EXCP_GP, 0, ra);
    if (!x86_desc_read(env, sel, e1, e2, ra) ||
        (*e2 & (DESC_S_MASK | DESC_CS_MASK)) != (DESC_S_MASK | DESC_CS_MASK))
        lm_raise(env, EXCP_GP, err, ra);
    int rpl = sel & 3, dpl = x86_desc_dpl(*e2);
    if (rpl < x86_cpl(env) || ((*e2 & DESC_C_MASK) ? dpl > rpl : dpl != rpl) ||
        ((*e2 & DESC_L_MASK) && (*e2 & DESC_B_MASK)))
        lm_raise(env, EXCP_GP, err, ra);
    if (!(*e2 & DESC_P_MASK))
        lm_raise(env, EXCP_NP, err, ra);
}

void x86_lm_check_return_ss(CPUX86State *env, uint32_t ss, int rpl, bool to64, uint32_t *e1,
                            uint32_t *e2, uintptr_t ra)
{
    int err = (int)(ss & 0xfffc);
    *e1 = *e2 = 0;
    if ((ss & 0xfffc) == 0) {
        /* A null SS is only for 64-bit code at CPL 0-2, with RPL = the new CPL (vol. 2,
         * IRET "IA-32e-MODE-RETURN"). */
        if (!to64 || rpl == 3 || (int)(ss & 3) != rpl)
            lm_raise(env, EXCP_GP, 0, ra);
        return;
    }
    if ((int)(ss & 3) != rpl || !x86_desc_read(env, ss, e1, e2, ra) ||
        (*e2 & (DESC_S_MASK | DESC_CS_MASK | DESC_W_MASK)) != (DESC_S_MASK | DESC_W_MASK) ||
        x86_desc_dpl(*e2) != rpl)
        lm_raise(env, EXCP_GP, err, ra);
    if (!(*e2 & DESC_P_MASK))
        lm_raise(env, EXCP_SS, err, ra);
}

void x86_lm_load_ss(CPUX86State *env, uint32_t ss, uint32_t e1, uint32_t e2, int cpl,
                    uintptr_t ra)
{
    if ((ss & 0xfffc) == 0) {
        /* The hidden part keeps the CPL in its DPL, as hflags derive the CPL from it. */
        x86_load_seg_cache(env, R_SS, ss, 0, 0, (uint32_t)cpl << DESC_DPL_SHIFT);
        return;
    }
    x86_desc_set_accessed(env, ss, &e2, ra);
    x86_load_seg_desc(env, R_SS, ss, e1, e2);
}

void x86_lm_invalidate_segs(CPUX86State *env, int cpl)
{
    static const int segs[] = { R_ES, R_DS, R_FS, R_GS };
    for (unsigned i = 0; i < 4; i++) {
        const SegmentCache *sc = &env->segs[segs[i]];
        bool conforming = (sc->flags & DESC_CS_MASK) && (sc->flags & DESC_C_MASK);
        /* A null selector points at no segment and stays, FS/GS base included (64-bit
         * code keeps its FS/GS bases in null-selector registers). */
        if ((sc->selector & 0xfffc) == 0 || conforming)
            continue;
        if ((int)((sc->flags >> DESC_DPL_SHIFT) & 3) < cpl)
            x86_load_seg_cache(env, segs[i], 0, 0, 0, 0);
    }
}

void x86_lm_check_target(CPUX86State *env, uint64_t rip, uint32_t c1, uint32_t c2,
                         uintptr_t ra)
{
    bool bad = (c2 & DESC_L_MASK) ? !x86_is_canonical(rip) : rip > x86_desc_limit(c1, c2);
    if (bad)
        lm_raise(env, EXCP_GP, 0, ra);
}

/* ---- IRET in IA-32e mode (SDM vol. 2, IRET "IA-32e-MODE"; vol. 3, 6.14.3) ---- */

void helper_iret_lm(CPUX86State *env, uint32_t shift, uint64_t next_eip)
{
    uintptr_t ra = GETPC();
    (void)next_eip;
    /* No task switches in IA-32e mode. */
    if (env->eflags & NT_MASK)
        lm_raise(env, EXCP_GP, 0, ra);
    int size = 2 << shift;
    int cpl = x86_cpl(env);
    bool from64 = (env->hflags & HF_CODE64_MASK) != 0;
    X86LmStack st;
    x86_lm_stack_current(env, &st, ra);
    uint64_t rip = x86_lm_pop(env, &st, size);
    uint32_t cs = (uint32_t)x86_lm_pop(env, &st, size) & 0xffff;
    uint32_t flags = (uint32_t)x86_lm_pop(env, &st, size);
    int rpl = cs & 3;
    /* 64-bit mode always pops SS:RSP; compatibility mode only on a privilege change. */
    bool pop_ss = from64 || rpl > cpl;
    uint64_t rsp = 0;
    uint32_t ss = 0, s1 = 0, s2 = 0, c1, c2;
    if (pop_ss) {
        rsp = x86_lm_pop(env, &st, size);
        ss = (uint32_t)x86_lm_pop(env, &st, size) & 0xffff;
    }
    x86_lm_check_return_cs(env, cs, &c1, &c2, ra);
    bool to64 = (c2 & DESC_L_MASK) != 0;
    x86_lm_check_target(env, rip, c1, c2, ra);
    if (pop_ss)
        x86_lm_check_return_ss(env, ss, rpl, to64, &s1, &s2, ra);

    /* The EFLAGS bits the image may change, judged at the old CPL (as in protected
     * mode); VM cannot be set in IA-32e mode. */
    uint32_t mask = CC_ALL | TF_MASK | DF_MASK | NT_MASK;
    if (size >= 4)
        mask |= RF_MASK | AC_MASK | ID_MASK;
    if (cpl <= (int)((env->eflags & IOPL_MASK) >> IOPL_SHIFT))
        mask |= IF_MASK;
    if (cpl == 0) {
        mask |= IOPL_MASK;
        if (size >= 4)
            mask |= VIF_MASK | VIP_MASK;
    }
    if (size == 2)
        mask &= 0xffff;

    x86_desc_set_accessed(env, cs, &c2, ra);
    x86_load_seg_desc(env, R_CS, cs, c1, c2);
    if (pop_ss) {
        x86_lm_load_ss(env, ss, s1, s2, rpl, ra);
        x86_lm_set_rsp(env, rsp, to64 ? ~0ull : (s2 & DESC_B_MASK) ? 0xffffffffull : 0xffffull);
    } else {
        x86_lm_set_rsp(env, st.sp, st.mask);
    }
    env->eip = rip;
    x86_set_eflags(env, flags, mask);
    if (rpl > cpl)
        x86_lm_invalidate_segs(env, rpl);
}

/* ---- SYSCALL / SYSRET (SDM vol. 2; vol. 3, 5.8.8). The translator sends them here only
 * from 64-bit mode (Intel: #UD elsewhere); SYSRET checks the CPL after EFER.SCE. ---- */

#define FLAT_CODE64 (DESC_P_MASK | DESC_S_MASK | DESC_CS_MASK | DESC_R_MASK | DESC_A_MASK | \
                     DESC_G_MASK | DESC_L_MASK)
#define FLAT_CODE32 (DESC_P_MASK | DESC_S_MASK | DESC_CS_MASK | DESC_R_MASK | DESC_A_MASK | \
                     DESC_G_MASK | DESC_B_MASK)
#define FLAT_DATA (DESC_P_MASK | DESC_S_MASK | DESC_W_MASK | DESC_A_MASK | DESC_G_MASK | \
                   DESC_B_MASK)

void helper_syscall(CPUX86State *env, uint64_t next_rip)
{
    uintptr_t ra = GETPC();
    if (!(env->efer & EFER_SCE))
        lm_raise(env, EXCP_UD, 0, ra);
    uint32_t sel = (uint32_t)(env->star >> 32) & 0xffff;
    env->regs[R_ECX] = next_rip;
    env->regs[11] = x86_get_eflags(env) & ~(uint32_t)RF_MASK;
    /* Fixed flat descriptors, not read from the GDT: CS ring 0 64-bit, SS just above. */
    x86_load_seg_cache(env, R_CS, sel & 0xfffc, 0, 0xffffffff, FLAT_CODE64);
    x86_load_seg_cache(env, R_SS, (sel + 8) & 0xffff, 0, 0xffffffff, FLAT_DATA);
    x86_set_eflags(env, 0, (uint32_t)env->fmask | RF_MASK | VM_MASK);
    env->eip = env->lstar;
}

/* dflag64: REX.W, a return to 64-bit mode; else to compatibility mode. */
void helper_sysret(CPUX86State *env, uint32_t dflag64)
{
    uintptr_t ra = GETPC();
    if (!(env->efer & EFER_SCE))
        lm_raise(env, EXCP_UD, 0, ra);
    if (x86_cpl(env) != 0)
        lm_raise(env, EXCP_GP, 0, ra);
    uint64_t rcx = env->regs[R_ECX];
    /* Intel checks RCX before anything changes: the #GP is taken at CPL 0. */
    if (dflag64 && !x86_is_canonical(rcx))
        lm_raise(env, EXCP_GP, 0, ra);
    uint32_t sel = (uint32_t)(env->star >> 48) & 0xffff;
    const uint32_t dpl3 = 3u << DESC_DPL_SHIFT;
    if (dflag64)
        x86_load_seg_cache(env, R_CS, (sel + 16) | 3, 0, 0xffffffff, FLAT_CODE64 | dpl3);
    else
        x86_load_seg_cache(env, R_CS, sel | 3, 0, 0xffffffff, FLAT_CODE32 | dpl3);
    x86_load_seg_cache(env, R_SS, ((sel + 8) & 0xffff) | 3, 0, 0xffffffff, FLAT_DATA | dpl3);
    /* RFLAGS from R11 without RF and VM, bit 1 set. */
    x86_set_eflags(env, ((uint32_t)env->regs[11] & 0x3C7FD7u) | 2, 0xffffffffu);
    env->eip = dflag64 ? rcx : (uint32_t)rcx;
}

/* ---- CR8: the task-priority register's class, TPR[7:4] (SDM vol. 3, 11.8.6) ---- */

uint64_t helper_read_cr8(CPUX86State *env)
{
    if (env->apic_ops)
        return env->apic_ops->cr8_read(env->apic_opaque);
    return env->cr8;
}

void helper_write_cr8(CPUX86State *env, uint64_t val)
{
    /* Bits 63:4 are reserved (vol. 2, MOV CR). */
    if (val >> 4)
        lm_raise(env, EXCP_GP, 0, GETPC());
    if (env->apic_ops)
        env->apic_ops->cr8_write(env->apic_opaque, val);
    else
        env->cr8 = val;
}

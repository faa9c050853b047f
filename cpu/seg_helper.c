/* Segmentation: descriptor-table access, segment register loads with the protected-mode
 * checks (SDM vol. 3, 5.4-5.6; vol. 2, MOV/POP sreg, LLDT, LTR, LAR, LSL, VERR/VERW), the
 * stack cursor used by far transfers and interrupts, and the exception-raising helpers. */
#include "cpu/cpu.h"
#include "cpu/excp.h"
#include "cpu/helper.h"
#include "cpu/lm_helper.h"
#include "cpu/seg_helper.h"
#include "tcg/log.h"

/* ---- descriptors ---- */

bool x86_desc_read(CPUX86State *env, uint32_t sel, uint32_t *e1, uint32_t *e2, uintptr_t ra)
{
    const SegmentCache *dt = (sel & 4) ? &env->ldt : &env->gdt;
    uint32_t index = sel & 0xfff8;
    if (index + 7 > dt->limit)
        return false;
    uint64_t addr = dt->base + index;
    *e1 = (uint32_t)x86_ld(env, addr, MO_32, MMU_KERNEL_IDX, ra);
    *e2 = (uint32_t)x86_ld(env, addr + 4, MO_32, MMU_KERNEL_IDX, ra);
    return true;
}

void x86_desc_set_accessed(CPUX86State *env, uint32_t sel, uint32_t *e2, uintptr_t ra)
{
    if (*e2 & DESC_A_MASK)
        return;
    *e2 |= DESC_A_MASK;
    const SegmentCache *dt = (sel & 4) ? &env->ldt : &env->gdt;
    x86_st(env, dt->base + (sel & 0xfff8) + 4, *e2, MO_32, MMU_KERNEL_IDX, ra);
}

uint64_t x86_desc_base(uint32_t e1, uint32_t e2)
{
    return (e1 >> 16) | ((e2 & 0xff) << 16) | (e2 & 0xff000000u);
}

uint32_t x86_desc_limit(uint32_t e1, uint32_t e2)
{
    uint32_t limit = (e1 & 0xffff) | (e2 & 0x000f0000u);
    if (e2 & DESC_G_MASK)
        limit = (limit << 12) | 0xfff;
    return limit;
}

void x86_load_seg_desc(CPUX86State *env, int seg, uint32_t sel, uint32_t e1, uint32_t e2)
{
    x86_load_seg_cache(env, seg, sel, x86_desc_base(e1, e2), x86_desc_limit(e1, e2),
                       e2 & X86_DESC_FLAGS_MASK);
}

void x86_load_seg_real(CPUX86State *env, int seg, uint32_t sel)
{
    sel &= 0xffff;
    if (env->eflags & VM_MASK) {
        /* Virtual-8086 mode: 64 KiB read/write segments at privilege 3 (SDM vol. 3,
         * 20.1.1). */
        x86_load_seg_cache(env, seg, sel, (uint64_t)sel << 4, 0xffff,
                           DESC_P_MASK | DESC_S_MASK | DESC_W_MASK | DESC_A_MASK |
                               (3u << DESC_DPL_SHIFT));
    } else {
        /* Real mode changes only selector and base; limit and attributes stay as the
         * last protected-mode load left them, as on hardware ("unreal" mode). */
        const SegmentCache *sc = &env->segs[seg];
        x86_load_seg_cache(env, seg, sel, (uint64_t)sel << 4, sc->limit, sc->flags);
    }
}

void x86_tss_stack(CPUX86State *env, int dpl, uint32_t *ss, uint32_t *esp, int ext,
                   uintptr_t ra)
{
    bool tss32 = (env->tr.flags & (8u << DESC_TYPE_SHIFT)) != 0;
    uint32_t off = tss32 ? (uint32_t)dpl * 8 + 4 : (uint32_t)dpl * 4 + 2;
    uint32_t len = tss32 ? 6 : 4;
    if (off + len - 1 > env->tr.limit)
        x86_raise_at(env, EXCP_TS, (env->tr.selector & 0xfffc) + ext, ra, ra != 0);
    if (tss32) {
        *esp = (uint32_t)x86_ld(env, env->tr.base + off, MO_32, MMU_KERNEL_IDX, ra);
        *ss = (uint32_t)x86_ld(env, env->tr.base + off + 4, MO_16, MMU_KERNEL_IDX, ra);
    } else {
        *esp = (uint32_t)x86_ld(env, env->tr.base + off, MO_16, MMU_KERNEL_IDX, ra);
        *ss = (uint32_t)x86_ld(env, env->tr.base + off + 2, MO_16, MMU_KERNEL_IDX, ra);
    }
}

/* SDM vol. 2, CALL "MORE-PRIVILEGE" and INT n "INTER-PRIVILEGE-LEVEL-INTERRUPT". */
void x86_check_inner_ss(CPUX86State *env, uint32_t ss, int new_cpl, uint32_t *e1,
                        uint32_t *e2, int ext, uintptr_t ra)
{
    bool restore = ra != 0;
    int err = (int)(ss & 0xfffc) + ext;
    if ((ss & 0xfffc) == 0)
        x86_raise_at(env, EXCP_TS, ext, ra, restore);
    if ((int)(ss & 3) != new_cpl || !x86_desc_read(env, ss, e1, e2, ra))
        x86_raise_at(env, EXCP_TS, err, ra, restore);
    if ((*e2 & (DESC_S_MASK | DESC_CS_MASK | DESC_W_MASK)) != (DESC_S_MASK | DESC_W_MASK) ||
        x86_desc_dpl(*e2) != new_cpl)
        x86_raise_at(env, EXCP_TS, err, ra, restore);
    if (!(*e2 & DESC_P_MASK))
        x86_raise_at(env, EXCP_SS, err, ra, restore);
}

/* ---- stack cursor ---- */

/* Limit checks apply in protected mode outside 64-bit code (SDM vol. 3, 5.3; 64-bit mode
 * has no stack limit, 3.2.4). Real mode is left unchecked as the translator's own pushes
 * are. */
static bool stack_checked(const CPUX86State *env)
{
    return (env->cr[0] & CR0_PE) && !(env->hflags & HF_CODE64_MASK);
}

void x86_stack_current(CPUX86State *env, X86Stack *st, uintptr_t ra)
{
    const SegmentCache *ss = &env->segs[R_SS];
    st->base = ss->base;
    st->mask = (env->hflags & HF_SS32_MASK) ? 0xffffffffu : 0xffffu;
    st->sp = (uint32_t)env->regs[R_ESP] & st->mask; /* SP alone when SS.B = 0 (SDM vol. 1, 6.2.3) */
    st->limit = ss->limit;
    st->expand_down = (ss->flags & (DESC_S_MASK | DESC_CS_MASK | DESC_E_MASK)) ==
                      (DESC_S_MASK | DESC_E_MASK);
    st->checked = stack_checked(env);
    st->mmu_idx = x86_mmu_index(env);
    st->ss_err = 0;
    st->ra = ra;
}

void x86_stack_new(CPUX86State *env, X86Stack *st, uint32_t e1, uint32_t e2, uint32_t sp,
                   int dpl, int ss_err, uintptr_t ra)
{
    st->base = x86_desc_base(e1, e2);
    st->mask = (e2 & DESC_B_MASK) ? 0xffffffffu : 0xffffu;
    st->sp = sp & st->mask;
    st->limit = x86_desc_limit(e1, e2);
    st->expand_down = (e2 & DESC_E_MASK) != 0; /* a writable data segment (checked) */
    st->checked = stack_checked(env);
    st->mmu_idx = dpl == 3 ? MMU_USER_IDX : MMU_KERNEL_IDX;
    st->ss_err = ss_err;
    st->ra = ra;
}

/* Whether the bytes [off, off + len) of the stack segment are within its limit: below or
 * at the limit when expand-up, above it (up to FFFFH or FFFFFFFFH by the B flag) when
 * expand-down (SDM vol. 3, 3.4.5.1). A range running past the top of the 16- or 32-bit
 * stack wraps to offset 0 (the stack pointer does). */
static bool stack_range_ok(const X86Stack *st, uint32_t off, uint32_t len)
{
    uint64_t last = (uint64_t)off + len - 1;
    if (last > st->mask)
        return stack_range_ok(st, off, st->mask - off + 1) &&
               stack_range_ok(st, 0, (uint32_t)(last - st->mask));
    return st->expand_down ? off > st->limit : last <= st->limit;
}

static void stack_check(CPUX86State *env, const X86Stack *st, uint32_t off, uint32_t len)
{
    if (st->checked && len && !stack_range_ok(st, off & st->mask, len))
        x86_raise_at(env, EXCP_SS, st->ss_err, st->ra, st->ra != 0);
}

void x86_stack_need_push(CPUX86State *env, const X86Stack *st, uint32_t bytes)
{
    stack_check(env, st, st->sp - bytes, bytes);
}

void x86_stack_need_pop(CPUX86State *env, const X86Stack *st, uint32_t bytes)
{
    stack_check(env, st, st->sp, bytes);
}

void x86_stack_push(CPUX86State *env, X86Stack *st, uint32_t val, int bytes)
{
    uint32_t sp = (st->sp - (uint32_t)bytes) & st->mask;
    stack_check(env, st, sp, (uint32_t)bytes);
    st->sp = sp;
    x86_st(env, (uint32_t)(st->base + st->sp), val, bytes == 4 ? MO_32 : MO_16, st->mmu_idx,
           st->ra);
}

uint32_t x86_stack_pop(CPUX86State *env, X86Stack *st, int bytes)
{
    stack_check(env, st, st->sp, (uint32_t)bytes);
    uint32_t v = (uint32_t)x86_ld(env, (uint32_t)(st->base + st->sp),
                                  bytes == 4 ? MO_32 : MO_16, st->mmu_idx, st->ra);
    st->sp = (st->sp + (uint32_t)bytes) & st->mask;
    return v;
}

void x86_set_sp(CPUX86State *env, uint32_t mask, uint32_t sp)
{
    if (mask == 0xffff)
        env->regs[R_ESP] = (env->regs[R_ESP] & ~0xffffull) | (sp & 0xffff);
    else
        env->regs[R_ESP] = sp;
}

/* ---- segment register loads ---- */

/* MOV/POP to DS ES FS GS SS (SDM vol. 2, MOV "IF SS is loaded" / "IF DS, ES, FS, or GS is
 * loaded"; vol. 3, 5.6 and 5.7). */
void helper_load_seg(CPUX86State *env, uint32_t seg, uint32_t selector)
{
    uintptr_t ra = GETPC();
    uint32_t sel = selector & 0xffff;
    if (seg > R_GS || seg == R_CS)
        x86_raise_exception(env, EXCP_UD, 0, ra);
    if (!(env->cr[0] & CR0_PE) || (env->eflags & VM_MASK)) {
        x86_load_seg_real(env, (int)seg, sel);
        return;
    }
    int cpl = x86_cpl(env), rpl = sel & 3;
    int err = (int)(sel & 0xfffc);
    if ((sel & 0xfffc) == 0) {
        /* A null selector may sit in DS/ES/FS/GS (faulting on use), never in SS, except
         * in 64-bit mode at CPL < 3 (cpu/lm_helper.c). */
        if (seg == R_SS) {
            if (!x86_lm_load_null_ss(env, sel))
                x86_raise_exception(env, EXCP_GP, 0, ra);
            return;
        }
        x86_load_seg_cache(env, (int)seg, sel, 0, 0, 0);
        return;
    }
    uint32_t e1 = 0, e2 = 0;
    if (!x86_desc_read(env, sel, &e1, &e2, ra) || !(e2 & DESC_S_MASK))
        x86_raise_exception(env, EXCP_GP, err, ra);
    int dpl = x86_desc_dpl(e2);
    if (seg == R_SS) {
        if (rpl != cpl || dpl != cpl || (e2 & DESC_CS_MASK) || !(e2 & DESC_W_MASK))
            x86_raise_exception(env, EXCP_GP, err, ra);
        if (!(e2 & DESC_P_MASK))
            x86_raise_exception(env, EXCP_SS, err, ra);
    } else {
        if ((e2 & DESC_CS_MASK) && !(e2 & DESC_R_MASK))
            x86_raise_exception(env, EXCP_GP, err, ra);
        /* Data and non-conforming code: DPL must be >= both CPL and RPL. */
        bool conforming = (e2 & DESC_CS_MASK) && (e2 & DESC_C_MASK);
        if (!conforming && (dpl < cpl || dpl < rpl))
            x86_raise_exception(env, EXCP_GP, err, ra);
        if (!(e2 & DESC_P_MASK))
            x86_raise_exception(env, EXCP_NP, err, ra);
    }
    x86_desc_set_accessed(env, sel, &e2, ra);
    x86_load_seg_desc(env, (int)seg, sel, e1, e2);
}

/* LLDT / LTR are protected-mode, CPL 0 instructions (#UD in real and v86 mode). */
static void check_system_insn(CPUX86State *env, uintptr_t ra)
{
    if (!(env->cr[0] & CR0_PE) || (env->eflags & VM_MASK))
        x86_raise_exception(env, EXCP_UD, 0, ra);
    if (x86_cpl(env) != 0)
        x86_raise_exception(env, EXCP_GP, 0, ra);
}

/* SDM vol. 2, LLDT: a null selector leaves the LDTR invalid (any use faults). */
void helper_lldt(CPUX86State *env, uint32_t selector)
{
    uintptr_t ra = GETPC();
    uint32_t sel = selector & 0xffff;
    check_system_insn(env, ra);
    if ((sel & 0xfffc) == 0) {
        env->ldt = (SegmentCache){ sel, 0, 0, 0 };
        return;
    }
    if (env->hflags & HF_LMA_MASK) { /* 16-byte descriptor (cpu/lm_helper.c) */
        x86_lldt_lm(env, sel, ra);
        return;
    }
    uint32_t e1 = 0, e2 = 0;
    if ((sel & 4) || !x86_desc_read(env, sel, &e1, &e2, ra) || x86_desc_type(e2) != 2)
        x86_raise_exception(env, EXCP_GP, (int)(sel & 0xfffc), ra);
    if (!(e2 & DESC_P_MASK))
        x86_raise_exception(env, EXCP_NP, (int)(sel & 0xfffc), ra);
    env->ldt = (SegmentCache){ sel, x86_desc_limit(e1, e2), x86_desc_base(e1, e2),
                               e2 & X86_DESC_FLAGS_MASK };
}

/* SDM vol. 2, LTR: an available 16- or 32-bit TSS, which becomes busy. */
void helper_ltr(CPUX86State *env, uint32_t selector)
{
    uintptr_t ra = GETPC();
    uint32_t sel = selector & 0xffff;
    check_system_insn(env, ra);
    if ((sel & 0xfffc) == 0)
        x86_raise_exception(env, EXCP_GP, 0, ra);
    if (env->hflags & HF_LMA_MASK) { /* 64-bit TSS, 16-byte descriptor (cpu/lm_helper.c) */
        x86_ltr_lm(env, sel, ra);
        return;
    }
    uint32_t e1 = 0, e2 = 0;
    unsigned type = 0;
    if (!(sel & 4) && x86_desc_read(env, sel, &e1, &e2, ra))
        type = x86_desc_type(e2);
    if (type != 1 && type != 9)
        x86_raise_exception(env, EXCP_GP, (int)(sel & 0xfffc), ra);
    if (!(e2 & DESC_P_MASK))
        x86_raise_exception(env, EXCP_NP, (int)(sel & 0xfffc), ra);
    e2 |= 2u << DESC_TYPE_SHIFT; /* busy */
    x86_st(env, env->gdt.base + (sel & 0xfff8) + 4, e2, MO_32, MMU_KERNEL_IDX, ra);
    env->tr = (SegmentCache){ sel, x86_desc_limit(e1, e2), x86_desc_base(e1, e2),
                              e2 & X86_DESC_FLAGS_MASK };
}

/* ---- LAR, LSL, VERR, VERW: ZF reports success (SDM vol. 2) ---- */

static void set_zf(CPUX86State *env, bool zf, uintptr_t ra)
{
    x86_restore_cc_op(env, ra);
    uint32_t f = helper_cc_compute_all(env->cc_dst, env->cc_src, env->cc_src2, env->cc_op);
    env->cc_src = zf ? (f | CC_Z) : (f & ~CC_Z);
    env->cc_op = CC_OP_EFLAGS;
}

/* Reads the descriptor for LAR/LSL/VERR/VERW; false for a null or out-of-table selector.
 * These instructions never fault on a bad selector. */
static bool probe_desc(CPUX86State *env, uint32_t sel, uint32_t *e1, uint32_t *e2,
                       uintptr_t ra)
{
    if (!(env->cr[0] & CR0_PE) || (env->eflags & VM_MASK))
        x86_raise_exception(env, EXCP_UD, 0, ra);
    return (sel & 0xfffc) != 0 && x86_desc_read(env, sel, e1, e2, ra);
}

/* Privilege rule shared by all four: conforming code is always visible, anything else
 * needs DPL >= CPL and DPL >= RPL. */
static bool visible(CPUX86State *env, uint32_t sel, uint32_t e2)
{
    bool conforming = (e2 & DESC_S_MASK) && (e2 & DESC_CS_MASK) && (e2 & DESC_C_MASK);
    int dpl = x86_desc_dpl(e2);
    return conforming || (dpl >= x86_cpl(env) && dpl >= (int)(sel & 3));
}

uint64_t helper_lar(CPUX86State *env, uint64_t selector)
{
    uintptr_t ra = GETPC();
    uint32_t sel = (uint32_t)selector & 0xffff, e1 = 0, e2 = 0;
    bool ok = probe_desc(env, sel, &e1, &e2, ra);
    if (ok && !(e2 & DESC_S_MASK)) {
        /* System types LAR accepts: TSSs, LDT, call and task gates (no interrupt or trap
         * gates), SDM vol. 2, LAR table 3-54; IA-32e mode has its own column. */
        if (env->hflags & HF_LMA_MASK)
            ok = x86_lm_lar_type_ok(x86_desc_type(e2), false);
        else
        switch (x86_desc_type(e2)) {
        case 1: case 2: case 3: case 4: case 5: case 9: case 11: case 12:
            break;
        default:
            ok = false;
        }
    }
    ok = ok && visible(env, sel, e2);
    set_zf(env, ok, ra);
    return ok ? (e2 & 0x00f0ff00u) : 0;
}

uint64_t helper_lsl(CPUX86State *env, uint64_t selector)
{
    uintptr_t ra = GETPC();
    uint32_t sel = (uint32_t)selector & 0xffff, e1 = 0, e2 = 0;
    bool ok = probe_desc(env, sel, &e1, &e2, ra);
    if (ok && !(e2 & DESC_S_MASK)) {
        if (env->hflags & HF_LMA_MASK) /* IA-32e mode column of LSL's table */
            ok = x86_lm_lar_type_ok(x86_desc_type(e2), true);
        else
        switch (x86_desc_type(e2)) { /* TSSs and LDT only (SDM vol. 2, LSL) */
        case 1: case 2: case 3: case 9: case 11:
            break;
        default:
            ok = false;
        }
    }
    ok = ok && visible(env, sel, e2);
    set_zf(env, ok, ra);
    return ok ? x86_desc_limit(e1, e2) : 0;
}

void helper_verr(CPUX86State *env, uint64_t selector)
{
    uintptr_t ra = GETPC();
    uint32_t sel = (uint32_t)selector & 0xffff, e1 = 0, e2 = 0;
    bool ok = probe_desc(env, sel, &e1, &e2, ra) && (e2 & DESC_S_MASK) &&
              (!(e2 & DESC_CS_MASK) || (e2 & DESC_R_MASK)) && visible(env, sel, e2);
    set_zf(env, ok, ra);
}

void helper_verw(CPUX86State *env, uint64_t selector)
{
    uintptr_t ra = GETPC();
    uint32_t sel = (uint32_t)selector & 0xffff, e1 = 0, e2 = 0;
    bool ok = probe_desc(env, sel, &e1, &e2, ra) && (e2 & DESC_S_MASK) &&
              !(e2 & DESC_CS_MASK) && (e2 & DESC_W_MASK) && visible(env, sel, e2);
    set_zf(env, ok, ra);
}

/* ARPL: the translator adjusts the RPL itself and passes whether it did (the new ZF). */
void helper_arpl_check(CPUX86State *env, uint32_t zf)
{
    set_zf(env, zf != 0, GETPC());
}

/* ---- raising from translated code ---- */

void helper_raise_exception(CPUX86State *env, uint32_t vec)
{
    x86_raise_exception(env, (int)vec, 0, GETPC());
}

void helper_raise_exception_err(CPUX86State *env, uint32_t vec, uint32_t err)
{
    x86_raise_exception(env, (int)vec, (int)err, GETPC());
}

/* INT n, and INT3 through it: a software interrupt returns to the next instruction. The
 * v86-mode IOPL check of INT n (#GP(0) below IOPL 3, SDM vol. 3, 20.3.1.1) is the
 * translator's: only it can tell INT 3 (CD 03, sensitive) from INT3 (CC, not). */
void helper_raise_interrupt(CPUX86State *env, uint32_t vec, uint32_t next_eip_addend)
{
    x86_raise_software_int(env, (int)(vec & 0xff), (int)next_eip_addend, GETPC());
}

void helper_into(CPUX86State *env, uint32_t next_eip_addend)
{
    uintptr_t ra = GETPC();
    x86_restore_cc_op(env, ra);
    if (helper_cc_compute_all(env->cc_dst, env->cc_src, env->cc_src2, env->cc_op) & CC_O)
        x86_raise_software_int(env, EXCP_OF, (int)next_eip_addend, ra);
}

/* Far transfers: JMP/CALL far through code segments, call gates and (handed to
 * cpu/task_helper.c) TSSs and task gates, RET far and IRET in real, protected and
 * virtual-8086 mode, SYSENTER/SYSEXIT; with the privilege checks, stack switches and
 * stack-limit checks of SDM vol. 3, 5.8 and vol. 2 (JMP, CALL, RET, IRET, SYSENTER,
 * SYSEXIT pseudo-code). */
#include "cpu/cpu.h"
#include "cpu/excp.h"
#include "cpu/helper.h"
#include "cpu/pagewalk.h"
#include "cpu/seg_helper.h"
#include "cpu/task_helper.h"
#include "cpu/v86_helper.h"
#include "tcg/log.h"

/* The target of a far JMP/CALL must be code: conforming with DPL <= CPL, or
 * non-conforming with DPL = CPL and RPL <= CPL (SDM vol. 3, 5.8.1, 5.8.2). rpl is -1 for
 * a selector taken from a gate (its RPL is ignored). */
static void check_code_target(CPUX86State *env, uint32_t sel, uint32_t e2, int rpl,
                              uintptr_t ra)
{
    int cpl = x86_cpl(env), dpl = x86_desc_dpl(e2);
    int err = (int)(sel & 0xfffc);
    if ((e2 & (DESC_S_MASK | DESC_CS_MASK)) != (DESC_S_MASK | DESC_CS_MASK))
        x86_raise_exception(env, EXCP_GP, err, ra);
    if (e2 & DESC_C_MASK) {
        if (dpl > cpl)
            x86_raise_exception(env, EXCP_GP, err, ra);
    } else if (dpl != cpl || rpl > cpl) {
        x86_raise_exception(env, EXCP_GP, err, ra);
    }
    if (!(e2 & DESC_P_MASK))
        x86_raise_exception(env, EXCP_NP, err, ra);
}

/* A call gate and the code segment it names (SDM vol. 3, 5.8.4): gate DPL >= CPL and
 * >= RPL; target code DPL <= CPL. Returns the target descriptor and offset; the offset is
 * checked against the limit by the caller, after the stack (vol. 2, CALL). */
static void read_call_gate(CPUX86State *env, uint32_t sel, uint32_t e1, uint32_t e2,
                           uint32_t *gsel, uint32_t *c1, uint32_t *c2, uint32_t *offset,
                           uintptr_t ra)
{
    int cpl = x86_cpl(env), dpl = x86_desc_dpl(e2);
    if (dpl < cpl || dpl < (int)(sel & 3))
        x86_raise_exception(env, EXCP_GP, (int)(sel & 0xfffc), ra);
    if (!(e2 & DESC_P_MASK))
        x86_raise_exception(env, EXCP_NP, (int)(sel & 0xfffc), ra);
    *gsel = e1 >> 16;
    *offset = e1 & 0xffff;
    if (x86_desc_type(e2) == 12)
        *offset |= e2 & 0xffff0000u;
    if ((*gsel & 0xfffc) == 0)
        x86_raise_exception(env, EXCP_GP, 0, ra);
    int err = (int)(*gsel & 0xfffc);
    if (!x86_desc_read(env, *gsel, c1, c2, ra) ||
        (*c2 & (DESC_S_MASK | DESC_CS_MASK)) != (DESC_S_MASK | DESC_CS_MASK) ||
        x86_desc_dpl(*c2) > cpl)
        x86_raise_exception(env, EXCP_GP, err, ra);
    if (!(*c2 & DESC_P_MASK))
        x86_raise_exception(env, EXCP_NP, err, ra);
}

static void check_eip(CPUX86State *env, uint32_t eip, uint32_t e1, uint32_t e2, uintptr_t ra)
{
    if (eip > x86_desc_limit(e1, e2))
        x86_raise_exception(env, EXCP_GP, 0, ra);
}

void helper_ljmp_protected(CPUX86State *env, uint32_t selector, uint64_t offset,
                           uint64_t next_eip)
{
    uintptr_t ra = GETPC();
    uint32_t sel = selector & 0xffff, eip = (uint32_t)offset;
    uint32_t e1 = 0, e2 = 0;
    if ((sel & 0xfffc) == 0)
        x86_raise_exception(env, EXCP_GP, 0, ra);
    if (!x86_desc_read(env, sel, &e1, &e2, ra))
        x86_raise_exception(env, EXCP_GP, (int)(sel & 0xfffc), ra);
    if (e2 & DESC_S_MASK) {
        check_code_target(env, sel, e2, (int)(sel & 3), ra);
        if (eip > x86_desc_limit(e1, e2))
            x86_raise_exception(env, EXCP_GP, 0, ra);
    } else {
        switch (x86_desc_type(e2)) {
        case 4: case 12:
            read_call_gate(env, sel, e1, e2, &sel, &e1, &e2, &eip, ra);
            /* JMP through a gate never changes privilege (SDM vol. 2, JMP). */
            if (!(e2 & DESC_C_MASK) && x86_desc_dpl(e2) != x86_cpl(env))
                x86_raise_exception(env, EXCP_GP, (int)(sel & 0xfffc), ra);
            check_eip(env, eip, e1, e2, ra);
            break;
        case 1: case 3: case 5: case 9: case 11:
            x86_task_far(env, sel, e1, e2, false, (uint32_t)next_eip, ra);
            return;
        default:
            x86_raise_exception(env, EXCP_GP, (int)(sel & 0xfffc), ra);
        }
    }
    x86_desc_set_accessed(env, sel, &e2, ra);
    x86_load_seg_desc(env, R_CS, (sel & 0xfffc) | (uint32_t)x86_cpl(env), e1, e2);
    env->eip = eip;
}

void helper_lcall_real(CPUX86State *env, uint32_t selector, uint64_t offset, uint32_t shift,
                       uint64_t next_eip)
{
    uintptr_t ra = GETPC();
    int size = shift ? 4 : 2;
    X86Stack st;
    x86_stack_current(env, &st, ra);
    x86_stack_need_push(env, &st, 2 * (uint32_t)size);
    x86_stack_push(env, &st, env->segs[R_CS].selector, size);
    x86_stack_push(env, &st, (uint32_t)next_eip, size);
    x86_set_sp(env, st.mask, st.sp);
    x86_load_seg_real(env, R_CS, selector);
    env->eip = (uint32_t)offset;
}

void helper_lcall_protected(CPUX86State *env, uint32_t selector, uint64_t offset,
                            uint32_t shift, uint64_t next_eip)
{
    uintptr_t ra = GETPC();
    uint32_t sel = selector & 0xffff, eip = (uint32_t)offset;
    uint32_t e1 = 0, e2 = 0;
    int cpl = x86_cpl(env);
    int size = shift ? 4 : 2;
    X86Stack st;

    if ((sel & 0xfffc) == 0)
        x86_raise_exception(env, EXCP_GP, 0, ra);
    if (!x86_desc_read(env, sel, &e1, &e2, ra))
        x86_raise_exception(env, EXCP_GP, (int)(sel & 0xfffc), ra);

    if (e2 & DESC_S_MASK) {
        check_code_target(env, sel, e2, (int)(sel & 3), ra);
        x86_stack_current(env, &st, ra);
        x86_stack_need_push(env, &st, 2 * (uint32_t)size);
        check_eip(env, eip, e1, e2, ra);
        x86_stack_push(env, &st, env->segs[R_CS].selector, size);
        x86_stack_push(env, &st, (uint32_t)next_eip, size);
        x86_desc_set_accessed(env, sel, &e2, ra);
        x86_set_sp(env, st.mask, st.sp);
        x86_load_seg_desc(env, R_CS, (sel & 0xfffc) | (uint32_t)cpl, e1, e2);
        env->eip = eip;
        return;
    }

    unsigned type = x86_desc_type(e2);
    if (type == 1 || type == 3 || type == 5 || type == 9 || type == 11) {
        x86_task_far(env, sel, e1, e2, true, (uint32_t)next_eip, ra);
        return;
    }
    if (type != 4 && type != 12)
        x86_raise_exception(env, EXCP_GP, (int)(sel & 0xfffc), ra);

    /* Call gate: its size, not the operand size, sets the push width (SDM vol. 3,
     * 5.8.5). */
    unsigned nparams = e2 & 0x1f;
    uint32_t gsel, c1, c2;
    read_call_gate(env, sel, e1, e2, &gsel, &c1, &c2, &eip, ra);
    size = type == 12 ? 4 : 2;
    int dpl = x86_desc_dpl(c2);

    if (!(c2 & DESC_C_MASK) && dpl < cpl) {
        /* To an inner level: new stack from the TSS, then old SS:ESP, the parameters
         * copied from the caller's stack, and the return address (SDM vol. 3, 5.8.5,
         * figure 5-13). */
        uint32_t ss, esp, s1, s2, params[31];
        x86_tss_stack(env, dpl, &ss, &esp, 0, ra);
        x86_check_inner_ss(env, ss, dpl, &s1, &s2, 0, ra);
        /* Room for SS, ESP, the parameters, CS, EIP: #SS(new SS) (vol. 2, CALL
         * "MORE-PRIVILEGE"); the parameters are read from the caller's stack. */
        x86_stack_new(env, &st, s1, s2, esp, dpl, (int)(ss & 0xfffc), ra);
        x86_stack_need_push(env, &st, (4 + nparams) * (uint32_t)size);
        check_eip(env, eip, c1, c2, ra);
        X86Stack old;
        x86_stack_current(env, &old, ra);
        for (unsigned i = 0; i < nparams; i++)
            params[i] = x86_stack_pop(env, &old, size);
        x86_stack_push(env, &st, env->segs[R_SS].selector, size);
        x86_stack_push(env, &st, (uint32_t)env->regs[R_ESP], size);
        for (unsigned i = nparams; i-- > 0;)
            x86_stack_push(env, &st, params[i], size);
        x86_stack_push(env, &st, env->segs[R_CS].selector, size);
        x86_stack_push(env, &st, (uint32_t)next_eip, size);
        x86_desc_set_accessed(env, gsel, &c2, ra);
        x86_desc_set_accessed(env, ss, &s2, ra);
        x86_load_seg_desc(env, R_SS, ss, s1, s2);
        env->regs[R_ESP] = esp;
        x86_set_sp(env, st.mask, st.sp);
        x86_load_seg_desc(env, R_CS, (gsel & 0xfffc) | (uint32_t)dpl, c1, c2);
    } else {
        x86_stack_current(env, &st, ra);
        x86_stack_need_push(env, &st, 2 * (uint32_t)size);
        check_eip(env, eip, c1, c2, ra);
        x86_stack_push(env, &st, env->segs[R_CS].selector, size);
        x86_stack_push(env, &st, (uint32_t)next_eip, size);
        x86_desc_set_accessed(env, gsel, &c2, ra);
        x86_set_sp(env, st.mask, st.sp);
        x86_load_seg_desc(env, R_CS, (gsel & 0xfffc) | (uint32_t)cpl, c1, c2);
    }
    env->eip = eip;
}

/* The code segment a RET/IRET returns to: RPL >= CPL; conforming: DPL <= RPL;
 * non-conforming: DPL = RPL (SDM vol. 2, RET "PROTECTED-MODE"). */
static void check_return_cs(CPUX86State *env, uint32_t sel, uint32_t *e1, uint32_t *e2,
                            uintptr_t ra)
{
    int err = (int)(sel & 0xfffc);
    if ((sel & 0xfffc) == 0)
        x86_raise_exception(env, EXCP_GP, 0, ra);
    if (!x86_desc_read(env, sel, e1, e2, ra) ||
        (*e2 & (DESC_S_MASK | DESC_CS_MASK)) != (DESC_S_MASK | DESC_CS_MASK))
        x86_raise_exception(env, EXCP_GP, err, ra);
    int rpl = sel & 3, dpl = x86_desc_dpl(*e2);
    if (rpl < x86_cpl(env) || ((*e2 & DESC_C_MASK) ? dpl > rpl : dpl != rpl))
        x86_raise_exception(env, EXCP_GP, err, ra);
    if (!(*e2 & DESC_P_MASK))
        x86_raise_exception(env, EXCP_NP, err, ra);
}

/* The stack segment of a return to an outer level: RPL = DPL = the new CPL, writable
 * data, present. */
static void check_return_ss(CPUX86State *env, uint32_t ss, int rpl, uint32_t *e1,
                            uint32_t *e2, uintptr_t ra)
{
    int err = (int)(ss & 0xfffc);
    if ((ss & 0xfffc) == 0)
        x86_raise_exception(env, EXCP_GP, 0, ra);
    if ((int)(ss & 3) != rpl || !x86_desc_read(env, ss, e1, e2, ra) ||
        (*e2 & (DESC_S_MASK | DESC_CS_MASK | DESC_W_MASK)) != (DESC_S_MASK | DESC_W_MASK) ||
        x86_desc_dpl(*e2) != rpl)
        x86_raise_exception(env, EXCP_GP, err, ra);
    if (!(*e2 & DESC_P_MASK))
        x86_raise_exception(env, EXCP_SS, err, ra);
}

/* After a return to an outer level, data segments the new CPL may not use become null
 * (SDM vol. 2, RET: "FOR each SegReg in (ES, FS, GS, and DS)"). */
static void invalidate_inner_segs(CPUX86State *env, int cpl)
{
    static const int segs[] = { R_ES, R_DS, R_FS, R_GS };
    for (unsigned i = 0; i < 4; i++) {
        const SegmentCache *sc = &env->segs[segs[i]];
        bool conforming = (sc->flags & DESC_CS_MASK) && (sc->flags & DESC_C_MASK);
        if (!conforming && (int)((sc->flags >> DESC_DPL_SHIFT) & 3) < cpl)
            x86_load_seg_cache(env, segs[i], 0, 0, 0, 0);
    }
}

/* Pops the outer SS:ESP and commits a return to an outer privilege level. */
static void return_to_outer(CPUX86State *env, X86Stack *st, int size, uint32_t addend,
                            uint32_t cs, uint32_t c1, uint32_t c2, uint32_t eip, uintptr_t ra)
{
    int rpl = cs & 3;
    uint32_t esp = x86_stack_pop(env, st, size);
    uint32_t ss = x86_stack_pop(env, st, size) & 0xffff, s1, s2;
    check_return_ss(env, ss, rpl, &s1, &s2, ra);
    check_eip(env, eip, c1, c2, ra);
    x86_desc_set_accessed(env, cs, &c2, ra);
    x86_desc_set_accessed(env, ss, &s2, ra);
    x86_load_seg_desc(env, R_CS, cs, c1, c2);
    x86_load_seg_desc(env, R_SS, ss, s1, s2);
    x86_set_sp(env, (s2 & DESC_B_MASK) ? 0xffffffffu : 0xffffu, esp + addend);
    env->eip = eip;
    invalidate_inner_segs(env, rpl);
}

void helper_lret_protected(CPUX86State *env, uint32_t shift, uint32_t addend)
{
    uintptr_t ra = GETPC();
    int size = shift ? 4 : 2;
    X86Stack st;
    x86_stack_current(env, &st, ra);
    x86_stack_need_pop(env, &st, 2 * (uint32_t)size);
    uint32_t eip = x86_stack_pop(env, &st, size);
    uint32_t cs = x86_stack_pop(env, &st, size) & 0xffff, c1, c2;
    if (size == 2)
        eip &= 0xffff;
    check_return_cs(env, cs, &c1, &c2, ra);
    st.sp = (st.sp + addend) & st.mask;
    if ((int)(cs & 3) > x86_cpl(env)) {
        /* "IF top (16 + SRC) bytes of stack are not within stack limits" (vol. 2, RET). */
        x86_stack_need_pop(env, &st, 2 * (uint32_t)size);
        return_to_outer(env, &st, size, addend, cs, c1, c2, eip, ra);
        return;
    }
    check_eip(env, eip, c1, c2, ra);
    x86_desc_set_accessed(env, cs, &c2, ra);
    x86_set_sp(env, st.mask, st.sp);
    x86_load_seg_desc(env, R_CS, cs, c1, c2);
    env->eip = eip;
}

/* SDM vol. 2, IRET "REAL-ADDRESS-MODE" and "RETURN-FROM-VIRTUAL-8086-MODE" (v86 with
 * IOPL 3; the translator raises #GP(0) itself below IOPL 3): a 32-bit IRET keeps VM,
 * VIF, VIP; in v86 mode IOPL is kept too. */
static void iret_real(CPUX86State *env, int size, uintptr_t ra)
{
    X86Stack st;
    x86_stack_current(env, &st, ra);
    x86_stack_need_pop(env, &st, 3 * (uint32_t)size);
    uint32_t eip = x86_stack_pop(env, &st, size);
    uint32_t cs = x86_stack_pop(env, &st, size) & 0xffff;
    uint32_t flags = x86_stack_pop(env, &st, size);
    if (eip > env->segs[R_CS].limit)
        x86_raise_exception(env, EXCP_GP, 0, ra);
    uint32_t mask = size == 4 ? 0x257fd5u : 0x7fd5u;
    if (env->eflags & VM_MASK)
        mask &= ~(uint32_t)IOPL_MASK;
    x86_set_sp(env, st.mask, st.sp);
    x86_load_seg_real(env, R_CS, cs);
    env->eip = eip;
    x86_set_eflags(env, flags, mask);
}

void helper_iret_real(CPUX86State *env, uint32_t shift)
{
    iret_real(env, shift ? 4 : 2, GETPC());
}

void helper_iret_protected(CPUX86State *env, uint32_t shift, uint64_t next_eip)
{
    uintptr_t ra = GETPC();
    int size = shift ? 4 : 2;
    if (env->eflags & VM_MASK) { /* the translator sends v86 IRETs to helper_iret_real */
        iret_real(env, size, ra);
        return;
    }
    if (env->eflags & NT_MASK) {
        x86_task_return(env, (uint32_t)next_eip, ra);
        return;
    }
    int cpl = x86_cpl(env);
    X86Stack st;
    x86_stack_current(env, &st, ra);
    x86_stack_need_pop(env, &st, 3 * (uint32_t)size);
    uint32_t eip = x86_stack_pop(env, &st, size);
    uint32_t cs = x86_stack_pop(env, &st, size) & 0xffff, c1, c2;
    uint32_t flags = x86_stack_pop(env, &st, size);
    if (size == 2)
        eip &= 0xffff;
    /* VM=1 in the image at CPL 0 (never in IA-32e mode, which has no v86 mode). */
    if (size == 4 && (flags & VM_MASK) && cpl == 0 && !(env->efer & EFER_LMA)) {
        x86_iret_to_v86(env, &st, eip, cs, flags);
        return;
    }
    check_return_cs(env, cs, &c1, &c2, ra);

    /* Which EFLAGS bits the popped image may change, judged at the old CPL (SDM vol. 2,
     * IRET "RETURN-TO-SAME-PRIVILEGE-LEVEL" and "RETURN-TO-OUTER-PRIVILEGE-LEVEL"). */
    uint32_t mask = CC_ALL | TF_MASK | DF_MASK | NT_MASK;
    if (size == 4)
        mask |= RF_MASK | AC_MASK | ID_MASK;
    if (cpl <= (int)((env->eflags & IOPL_MASK) >> IOPL_SHIFT))
        mask |= IF_MASK;
    if (cpl == 0) {
        mask |= IOPL_MASK;
        if (size == 4)
            mask |= VIF_MASK | VIP_MASK;
    }

    if ((int)(cs & 3) > cpl) {
        x86_stack_need_pop(env, &st, 2 * (uint32_t)size);
        return_to_outer(env, &st, size, 0, cs, c1, c2, eip, ra);
    } else {
        check_eip(env, eip, c1, c2, ra);
        x86_desc_set_accessed(env, cs, &c2, ra);
        x86_set_sp(env, st.mask, st.sp);
        x86_load_seg_desc(env, R_CS, cs, c1, c2);
        env->eip = eip;
    }
    x86_set_eflags(env, flags, mask);
}

/* ---- SYSENTER / SYSEXIT (SDM vol. 2B; vol. 3, 5.8.7) ---- */

/* The flat segments both instructions load without reading any descriptor: base 0,
 * limit 4 GiB, accessed, DPL = the new CPL; CS execute/read (64-bit for IA-32e SYSENTER
 * and REX.W SYSEXIT), SS read/write 32-bit. */
static void load_flat_cs_ss(CPUX86State *env, uint32_t cs, int dpl, bool code64)
{
    uint32_t common = DESC_P_MASK | DESC_S_MASK | DESC_A_MASK | DESC_G_MASK |
                      ((uint32_t)dpl << DESC_DPL_SHIFT);
    x86_load_seg_cache(env, R_CS, cs, 0, 0xffffffffu,
                       common | DESC_CS_MASK | DESC_R_MASK | (code64 ? DESC_L_MASK : DESC_B_MASK));
    x86_load_seg_cache(env, R_SS, (cs + 8) & 0xffff, 0, 0xffffffffu,
                       common | DESC_W_MASK | DESC_B_MASK);
}

/* #GP(0) in real mode and when IA32_SYSENTER_CS[15:2] is 0; clears VM, IF and RF; CPL 0
 * at SYSENTER_CS (RPL cleared), SS = that + 8, ESP/EIP from their MSRs (whole RSP/RIP in
 * IA-32e mode). */
void helper_sysenter(CPUX86State *env)
{
    uintptr_t ra = GETPC();
    if (!(env->cr[0] & CR0_PE) || (env->sysenter_cs & 0xfffc) == 0)
        x86_raise_exception(env, EXCP_GP, 0, ra);
    bool lma = (env->efer & EFER_LMA) != 0;
    x86_set_eflags(env, 0, VM_MASK | IF_MASK | RF_MASK);
    load_flat_cs_ss(env, (uint32_t)env->sysenter_cs & 0xfffc, 0, lma);
    env->regs[R_ESP] = lma ? env->sysenter_esp : (uint32_t)env->sysenter_esp;
    env->eip = lma ? env->sysenter_eip : (uint32_t)env->sysenter_eip;
}

/* #GP(0) unless protected mode at CPL 0 (v86 is CPL 3) with IA32_SYSENTER_CS[15:2] != 0;
 * to CPL 3 at SYSENTER_CS + 16 (+ 32 with REX.W, shift 2), SS = that + 8, ESP = ECX,
 * EIP = EDX (RSP/RIP = RCX/RDX, canonical, with REX.W). EFLAGS are unchanged. */
void helper_sysexit(CPUX86State *env, uint32_t shift)
{
    uintptr_t ra = GETPC();
    bool w = shift == 2;
    if (!(env->cr[0] & CR0_PE) || (env->sysenter_cs & 0xfffc) == 0 || x86_cpl(env) != 0)
        x86_raise_exception(env, EXCP_GP, 0, ra);
    uint64_t rsp = env->regs[R_ECX], rip = env->regs[R_EDX];
    if (w) {
        if (!x86_is_canonical(rsp) || !x86_is_canonical(rip))
            x86_raise_exception(env, EXCP_GP, 0, ra);
    } else {
        rsp = (uint32_t)rsp;
        rip = (uint32_t)rip;
    }
    uint32_t cs = ((uint32_t)env->sysenter_cs + (w ? 32 : 16)) | 3;
    load_flat_cs_ss(env, cs & 0xffff, 3, w);
    env->regs[R_ESP] = rsp;
    env->eip = rip;
}

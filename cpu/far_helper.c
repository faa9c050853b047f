/* Far transfers: JMP/CALL far through code segments and call gates, RET far and IRET,
 * in real and protected mode, with the privilege checks and stack switches of SDM vol. 3,
 * 5.8 and vol. 2 (JMP, CALL, RET, IRET pseudo-code). Task switches are a later issue:
 * they raise #GP and log under -d unimp. */
#include "cpu/cpu.h"
#include "cpu/excp.h"
#include "cpu/helper.h"
#include "cpu/seg_helper.h"
#include "tcg/log.h"

static _Noreturn void task_switch_unimp(CPUX86State *env, const char *what, uint32_t sel,
                                        uintptr_t ra)
{
    if (tern_log_enabled(LOG_UNIMP))
        tern_log("unimplemented: %s (task switch) through selector %04x\n", what, sel);
    x86_raise_exception(env, EXCP_GP, (int)(sel & 0xfffc), ra);
}

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
 * >= RPL; target code DPL <= CPL. Returns the target descriptor, offset and the gate's
 * parameter count. */
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
    if (*offset > x86_desc_limit(*c1, *c2))
        x86_raise_exception(env, EXCP_GP, 0, ra);
}

void helper_ljmp_protected(CPUX86State *env, uint32_t selector, uint64_t offset,
                           uint64_t next_eip)
{
    uintptr_t ra = GETPC();
    uint32_t sel = selector & 0xffff, eip = (uint32_t)offset;
    uint32_t e1 = 0, e2 = 0;
    (void)next_eip;
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
            break;
        case 1: case 5: case 9:
            task_switch_unimp(env, "far JMP to a TSS or task gate", sel, ra);
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
        if (eip > x86_desc_limit(e1, e2))
            x86_raise_exception(env, EXCP_GP, 0, ra);
        x86_stack_current(env, &st, ra);
        x86_stack_push(env, &st, env->segs[R_CS].selector, size);
        x86_stack_push(env, &st, (uint32_t)next_eip, size);
        x86_desc_set_accessed(env, sel, &e2, ra);
        x86_set_sp(env, st.mask, st.sp);
        x86_load_seg_desc(env, R_CS, (sel & 0xfffc) | (uint32_t)cpl, e1, e2);
        env->eip = eip;
        return;
    }

    unsigned type = x86_desc_type(e2);
    if (type == 1 || type == 5 || type == 9)
        task_switch_unimp(env, "far CALL to a TSS or task gate", sel, ra);
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
        X86Stack old;
        x86_stack_current(env, &old, ra);
        for (unsigned i = 0; i < nparams; i++)
            params[i] = x86_stack_pop(env, &old, size);
        st.base = x86_desc_base(s1, s2);
        st.mask = (s2 & DESC_B_MASK) ? 0xffffffffu : 0xffffu;
        st.sp = esp;
        st.mmu_idx = dpl == 3 ? MMU_USER_IDX : MMU_KERNEL_IDX;
        st.ra = ra;
        x86_stack_push(env, &st, env->segs[R_SS].selector, size);
        x86_stack_push(env, &st, (uint32_t)env->regs[R_ESP], size);
        for (unsigned i = nparams; i-- > 0;)
            x86_stack_push(env, &st, params[i], size);
        x86_stack_push(env, &st, env->segs[R_CS].selector, size);
        x86_stack_push(env, &st, (uint32_t)next_eip, size);
        x86_desc_set_accessed(env, gsel, &c2, ra);
        x86_desc_set_accessed(env, ss, &s2, ra);
        x86_load_seg_desc(env, R_SS, ss, s1, s2);
        x86_set_sp(env, st.mask, st.sp);
        x86_load_seg_desc(env, R_CS, (gsel & 0xfffc) | (uint32_t)dpl, c1, c2);
    } else {
        x86_stack_current(env, &st, ra);
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
    if (eip > x86_desc_limit(c1, c2))
        x86_raise_exception(env, EXCP_GP, 0, ra);
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
    uint32_t eip = x86_stack_pop(env, &st, size);
    uint32_t cs = x86_stack_pop(env, &st, size) & 0xffff, c1, c2;
    if (size == 2)
        eip &= 0xffff;
    check_return_cs(env, cs, &c1, &c2, ra);
    st.sp = (st.sp + addend) & st.mask;
    if ((int)(cs & 3) > x86_cpl(env)) {
        return_to_outer(env, &st, size, addend, cs, c1, c2, eip, ra);
        return;
    }
    if (eip > x86_desc_limit(c1, c2))
        x86_raise_exception(env, EXCP_GP, 0, ra);
    x86_desc_set_accessed(env, cs, &c2, ra);
    x86_set_sp(env, st.mask, st.sp);
    x86_load_seg_desc(env, R_CS, cs, c1, c2);
    env->eip = eip;
}

/* SDM vol. 2, IRET "REAL-ADDRESS-MODE" (and v86 mode with IOPL 3, which the translator
 * sends here): a 32-bit IRET keeps VM, VIF, VIP. */
void helper_iret_real(CPUX86State *env, uint32_t shift)
{
    uintptr_t ra = GETPC();
    int size = shift ? 4 : 2;
    X86Stack st;
    x86_stack_current(env, &st, ra);
    uint32_t eip = x86_stack_pop(env, &st, size);
    uint32_t cs = x86_stack_pop(env, &st, size) & 0xffff;
    uint32_t flags = x86_stack_pop(env, &st, size);
    if (eip > env->segs[R_CS].limit)
        x86_raise_exception(env, EXCP_GP, 0, ra);
    uint32_t mask = shift ? 0x257fd5u : 0x7fd5u;
    if (env->eflags & VM_MASK)
        mask &= ~(uint32_t)IOPL_MASK; /* v86 mode with IOPL 3: IOPL is kept (IRET, "VM=1") */
    x86_set_sp(env, st.mask, st.sp);
    x86_load_seg_real(env, R_CS, cs);
    env->eip = eip;
    x86_set_eflags(env, flags, mask);
}

/* IRET with NT=1 returns to the task in the current TSS's back link. The checks on the
 * link come first (SDM vol. 2, IRET "TASK-RETURN"; vol. 3, 7.4 and table 6-6); the task
 * switch itself is a later issue. */
static _Noreturn void iret_task_return(CPUX86State *env, uintptr_t ra)
{
    uint32_t link = (uint32_t)x86_ld(env, env->tr.base, MO_16, MMU_KERNEL_IDX, ra);
    uint32_t e1 = 0, e2 = 0;
    unsigned type = 0;
    if ((link & 0xfffc) != 0 && !(link & 4) && x86_desc_read(env, link, &e1, &e2, ra))
        type = x86_desc_type(e2);
    if (type != 3 && type != 11) /* must be a busy TSS in the GDT */
        x86_raise_exception(env, EXCP_TS, (int)(link & 0xfffc), ra);
    if (!(e2 & DESC_P_MASK))
        x86_raise_exception(env, EXCP_NP, (int)(link & 0xfffc), ra);
    task_switch_unimp(env, "IRET with NT=1 (task return)", link, ra);
}

void helper_iret_protected(CPUX86State *env, uint32_t shift, uint64_t next_eip)
{
    uintptr_t ra = GETPC();
    (void)next_eip;
    if (env->eflags & VM_MASK) {
        if (tern_log_enabled(LOG_UNIMP))
            tern_log("unimplemented: IRET in virtual-8086 mode\n");
        x86_raise_exception(env, EXCP_GP, 0, ra);
    }
    if (env->eflags & NT_MASK)
        iret_task_return(env, ra);
    int cpl = x86_cpl(env);
    int size = shift ? 4 : 2;
    X86Stack st;
    x86_stack_current(env, &st, ra);
    uint32_t eip = x86_stack_pop(env, &st, size);
    uint32_t cs = x86_stack_pop(env, &st, size) & 0xffff, c1, c2;
    uint32_t flags = x86_stack_pop(env, &st, size);
    if (size == 2)
        eip &= 0xffff;
    if (size == 4 && (flags & VM_MASK) && cpl == 0) {
        if (tern_log_enabled(LOG_UNIMP))
            tern_log("unimplemented: IRET to virtual-8086 mode\n");
        x86_raise_exception(env, EXCP_GP, 0, ra);
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
        return_to_outer(env, &st, size, 0, cs, c1, c2, eip, ra);
    } else {
        if (eip > x86_desc_limit(c1, c2))
            x86_raise_exception(env, EXCP_GP, 0, ra);
        x86_desc_set_accessed(env, cs, &c2, ra);
        x86_set_sp(env, st.mask, st.sp);
        x86_load_seg_desc(env, R_CS, cs, c1, c2);
        env->eip = eip;
    }
    x86_set_eflags(env, flags, mask);
}

/* Far JMP, CALL and RET in IA-32e mode (64-bit and compatibility mode): to code segments
 * and through 64-bit call gates, the 16-byte descriptors of SDM vol. 3, 5.8.3.1, with the
 * stack switch of 5.8.6 (vol. 2, JMP/CALL/RET "IA-32e mode"). IA-32e mode has no task
 * switches: a TSS or task gate as the target is #GP(selector). */
#include "cpu/cpu.h"
#include "cpu/excp.h"
#include "cpu/helper.h"
#include "cpu/lm_helper.h"
#include "cpu/pagewalk.h"
#include "cpu/seg_helper.h"

static _Noreturn void raise_err(CPUX86State *env, int vec, uint32_t err, uintptr_t ra)
{
    x86_raise_at(env, vec, (int)err, ra, true);
}

/* A code segment as a direct far JMP/CALL target (5.8.1, 5.8.2): conforming with DPL <=
 * CPL, or non-conforming with DPL = CPL and RPL <= CPL; not L and D together (reserved,
 * vol. 2, JMP); present. */
static void check_code_target(CPUX86State *env, uint32_t sel, uint32_t e2, uintptr_t ra)
{
    int cpl = x86_cpl(env), dpl = x86_desc_dpl(e2);
    uint32_t err = sel & 0xfffc;
    if ((e2 & (DESC_S_MASK | DESC_CS_MASK)) != (DESC_S_MASK | DESC_CS_MASK) ||
        ((e2 & DESC_L_MASK) && (e2 & DESC_B_MASK)))
        raise_err(env, EXCP_GP, err, ra);
    if ((e2 & DESC_C_MASK) ? dpl > cpl : (dpl != cpl || (int)(sel & 3) > cpl))
        raise_err(env, EXCP_GP, err, ra);
    if (!(e2 & DESC_P_MASK))
        raise_err(env, EXCP_NP, err, ra);
}

/* A 64-bit call gate (type 12 in IA-32e mode, 16 bytes): DPL >= CPL and >= RPL, present;
 * it names a 64-bit code segment (L=1, D=0) with DPL <= CPL and a canonical RIP. */
static void read_gate64(CPUX86State *env, uint32_t sel, uint32_t *gsel, uint32_t *c1,
                        uint32_t *c2, uint64_t *rip, uintptr_t ra)
{
    uint32_t e[4];
    int cpl = x86_cpl(env);
    if (!x86_lm_desc_read16(env, sel, e, ra) || x86_desc_type(e[1]) != 12 ||
        !x86_lm_upper_half_ok(e))
        raise_err(env, EXCP_GP, sel & 0xfffc, ra);
    int dpl = x86_desc_dpl(e[1]);
    if (dpl < cpl || dpl < (int)(sel & 3))
        raise_err(env, EXCP_GP, sel & 0xfffc, ra);
    if (!(e[1] & DESC_P_MASK))
        raise_err(env, EXCP_NP, sel & 0xfffc, ra);
    *gsel = e[0] >> 16;
    *rip = (e[0] & 0xffff) | (e[1] & 0xffff0000u) | ((uint64_t)e[2] << 32);
    if ((*gsel & 0xfffc) == 0)
        raise_err(env, EXCP_GP, 0, ra);
    if (!x86_desc_read(env, *gsel, c1, c2, ra) ||
        (*c2 & (DESC_S_MASK | DESC_CS_MASK)) != (DESC_S_MASK | DESC_CS_MASK) ||
        x86_desc_dpl(*c2) > cpl || !(*c2 & DESC_L_MASK) || (*c2 & DESC_B_MASK))
        raise_err(env, EXCP_GP, *gsel & 0xfffc, ra);
    if (!(*c2 & DESC_P_MASK))
        raise_err(env, EXCP_NP, *gsel & 0xfffc, ra);
    if (!x86_is_canonical(*rip))
        raise_err(env, EXCP_GP, 0, ra);
}

/* The selector's 8-byte descriptor (for a gate, its first half). */
static void read_target(CPUX86State *env, uint32_t sel, uint32_t *e1, uint32_t *e2,
                        uintptr_t ra)
{
    if ((sel & 0xfffc) == 0)
        raise_err(env, EXCP_GP, 0, ra);
    if (!x86_desc_read(env, sel, e1, e2, ra))
        raise_err(env, EXCP_GP, sel & 0xfffc, ra);
    if (!(*e2 & DESC_S_MASK) && x86_desc_type(*e2) != 12)
        raise_err(env, EXCP_GP, sel & 0xfffc, ra);
}

void helper_ljmp_lm(CPUX86State *env, uint32_t selector, uint64_t offset, uint64_t next_eip)
{
    uintptr_t ra = GETPC();
    uint32_t sel = selector & 0xffff, e1, e2;
    uint32_t cpl = (uint32_t)x86_cpl(env);
    (void)next_eip;
    read_target(env, sel, &e1, &e2, ra);
    if (e2 & DESC_S_MASK) {
        check_code_target(env, sel, e2, ra);
        x86_lm_check_target(env, offset, e1, e2, ra);
    } else {
        uint32_t gsel;
        read_gate64(env, sel, &gsel, &e1, &e2, &offset, ra);
        /* JMP through a gate never changes privilege (vol. 2, JMP). */
        if (!(e2 & DESC_C_MASK) && (uint32_t)x86_desc_dpl(e2) != cpl)
            raise_err(env, EXCP_GP, gsel & 0xfffc, ra);
        sel = gsel;
    }
    x86_desc_set_accessed(env, sel, &e2, ra);
    x86_load_seg_desc(env, R_CS, (sel & 0xfffc) | cpl, e1, e2);
    env->eip = offset;
}

void helper_lcall_lm(CPUX86State *env, uint32_t selector, uint64_t offset, uint32_t shift,
                     uint64_t next_eip)
{
    uintptr_t ra = GETPC();
    uint32_t sel = selector & 0xffff, e1, e2;
    int cpl = x86_cpl(env);
    int size = 2 << shift;
    X86LmStack st;
    read_target(env, sel, &e1, &e2, ra);

    if (e2 & DESC_S_MASK) {
        check_code_target(env, sel, e2, ra);
        x86_lm_check_target(env, offset, e1, e2, ra);
        x86_lm_stack_current(env, &st, ra);
        x86_lm_push(env, &st, env->segs[R_CS].selector, size);
        x86_lm_push(env, &st, next_eip, size);
        x86_desc_set_accessed(env, sel, &e2, ra);
        x86_lm_set_rsp(env, st.sp, st.mask);
        x86_load_seg_desc(env, R_CS, (sel & 0xfffc) | (uint32_t)cpl, e1, e2);
        env->eip = offset;
        return;
    }

    /* Through a 64-bit call gate: pushes are 8 bytes whatever the operand size, and no
     * parameters are copied (5.8.6). */
    uint32_t gsel;
    uint64_t rip;
    read_gate64(env, sel, &gsel, &e1, &e2, &rip, ra);
    int dpl = x86_desc_dpl(e2);
    if (!(e2 & DESC_C_MASK) && dpl < cpl) {
        /* To an inner level: RSPn of the 64-bit TSS, SS null with RPL = the new CPL. */
        st = (X86LmStack){ .wide = true, .mask = ~0ull, .ss_err = 0, .ra = ra,
                           .mmu_idx = dpl == 3 ? MMU_USER_IDX : MMU_KERNEL_IDX };
        st.sp = x86_lm_tss_stack(env, 4 + 8 * (uint32_t)dpl, 0, ra);
        x86_lm_push(env, &st, env->segs[R_SS].selector, 8);
        x86_lm_push(env, &st, env->regs[R_ESP], 8);
        x86_lm_push(env, &st, env->segs[R_CS].selector, 8);
        x86_lm_push(env, &st, next_eip, 8);
        x86_desc_set_accessed(env, gsel, &e2, ra);
        x86_lm_load_ss(env, (uint32_t)dpl, 0, 0, dpl, ra);
        env->regs[R_ESP] = st.sp;
        cpl = dpl;
    } else {
        x86_lm_stack_current(env, &st, ra);
        x86_lm_push(env, &st, env->segs[R_CS].selector, 8);
        x86_lm_push(env, &st, next_eip, 8);
        x86_desc_set_accessed(env, gsel, &e2, ra);
        x86_lm_set_rsp(env, st.sp, st.mask);
    }
    x86_load_seg_desc(env, R_CS, (gsel & 0xfffc) | (uint32_t)cpl, e1, e2);
    env->eip = rip;
}

void helper_lret_lm(CPUX86State *env, uint32_t shift, uint32_t addend)
{
    uintptr_t ra = GETPC();
    int size = 2 << shift;
    int cpl = x86_cpl(env);
    X86LmStack st;
    x86_lm_stack_current(env, &st, ra);
    uint64_t rip = x86_lm_pop(env, &st, size);
    uint32_t cs = (uint32_t)x86_lm_pop(env, &st, size) & 0xffff, c1, c2;
    int rpl = cs & 3;
    x86_lm_check_return_cs(env, cs, &c1, &c2, ra);
    bool to64 = (c2 & DESC_L_MASK) != 0;
    st.sp = (st.sp + addend) & st.mask;
    if (rpl > cpl) {
        /* To an outer level: the caller's SS:RSP follows the released parameters. */
        uint64_t rsp = x86_lm_pop(env, &st, size);
        uint32_t ss = (uint32_t)x86_lm_pop(env, &st, size) & 0xffff, s1, s2;
        x86_lm_check_return_ss(env, ss, rpl, to64, &s1, &s2, ra);
        x86_lm_check_target(env, rip, c1, c2, ra);
        x86_desc_set_accessed(env, cs, &c2, ra);
        x86_load_seg_desc(env, R_CS, cs, c1, c2);
        x86_lm_load_ss(env, ss, s1, s2, rpl, ra);
        x86_lm_set_rsp(env, rsp + addend,
                       to64 ? ~0ull : (s2 & DESC_B_MASK) ? 0xffffffffull : 0xffffull);
        env->eip = rip;
        x86_lm_invalidate_segs(env, rpl);
        return;
    }
    x86_lm_check_target(env, rip, c1, c2, ra);
    x86_desc_set_accessed(env, cs, &c2, ra);
    x86_load_seg_desc(env, R_CS, cs, c1, c2);
    x86_lm_set_rsp(env, st.sp, st.mask);
    env->eip = rip;
}

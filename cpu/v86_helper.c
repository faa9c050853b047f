/* Virtual-8086 mode entry through IRET: SDM vol. 2, IRET "RETURN-TO-VIRTUAL-8086-MODE";
 * vol. 3, 20.2.1 (entering v86 mode) and 20.1.1 (its segments: base = selector << 4,
 * 64 KiB, privilege 3). The IOPL-sensitive instructions of v86 mode are checked by the
 * translator (cpu/translate_sys.c, translate_ctl.c); its I/O by helper_check_io. With
 * IOPL < 3 the virtual-8086 mode extensions (CR4.VME, vol. 3, 20.3) and the protected-mode
 * virtual interrupts (CR4.PVI, 20.4) are decided here at run time: CLI/STI/PUSHF/POPF/
 * IRET work on EFLAGS.VIF instead of faulting, and INT n may be redirected through the
 * interrupt redirection bitmap to the 8086 program's own vector table. */
#include "cpu/cpu.h"
#include "cpu/excp.h"
#include "cpu/helper.h"
#include "cpu/seg_helper.h"
#include "cpu/v86_helper.h"

#define EFLAGS_ALL (CC_ALL | TF_MASK | IF_MASK | DF_MASK | IOPL_MASK | NT_MASK | RF_MASK | \
                    VM_MASK | AC_MASK | VIF_MASK | VIP_MASK | ID_MASK)

void x86_iret_to_v86(CPUX86State *env, X86Stack *st, uint32_t eip, uint32_t cs,
                     uint32_t eflags)
{
    /* "IF top 24 bytes of stack are not within stack segment limits THEN #SS(0)"; the
     * new CS:EIP must fit a 64 KiB v86 code segment (#GP(0)). Both before any change. */
    x86_stack_need_pop(env, st, 24);
    if (eip > 0xffff)
        x86_raise_at(env, EXCP_GP, 0, st->ra, st->ra != 0);
    uint32_t esp = x86_stack_pop(env, st, 4);
    uint32_t sels[6];
    sels[R_SS] = x86_stack_pop(env, st, 4) & 0xffff;
    sels[R_ES] = x86_stack_pop(env, st, 4) & 0xffff;
    sels[R_DS] = x86_stack_pop(env, st, 4) & 0xffff;
    sels[R_FS] = x86_stack_pop(env, st, 4) & 0xffff;
    sels[R_GS] = x86_stack_pop(env, st, 4) & 0xffff;
    sels[R_CS] = cs & 0xffff;

    /* At CPL 0 the whole image is taken, VM included; with VM set the segment loads
     * below take the v86 form and the CPL becomes 3. */
    x86_set_eflags(env, eflags, EFLAGS_ALL);
    for (int i = 0; i < 6; i++)
        x86_load_seg_real(env, i, sels[i]);
    env->regs[R_ESP] = esp;
    env->eip = eip;
    x86_v86_check_vip(env);
}

void x86_v86_check_vip(CPUX86State *env)
{
    uint64_t f = env->eflags;
    if ((f & VM_MASK) && (env->cr[4] & CR4_VME) && (f & IOPL_MASK) != IOPL_MASK &&
        (f & (VIF_MASK | VIP_MASK)) == (VIF_MASK | VIP_MASK))
        x86_raise_at(env, EXCP_GP, 0, 0, false);
}

/* ---- CR4.VME / CR4.PVI (SDM vol. 3, 20.3-20.4; vol. 2 CLI, STI, PUSHF, POPF, IRET, INT n) ---- */

static int iopl_of(const CPUX86State *env)
{
    return (int)((env->eflags & IOPL_MASK) >> IOPL_SHIFT);
}

/* The translator calls this for CLI/STI only when IOPL does not allow them: in v86 mode
 * with IOPL < 3, or at CPL > IOPL in protected mode. */
void helper_cli_sti_virtual(CPUX86State *env, uint32_t sti)
{
    uintptr_t ra = GETPC();
    bool vm = (env->eflags & VM_MASK) != 0;
    /* "(IOPL < 3) and (VME = 1)" in v86 mode; "(IOPL < CPL) and (CPL = 3) and (PVI = 1)"
     * in protected mode. */
    bool virt = vm ? (env->cr[4] & CR4_VME) != 0
                   : (env->cr[4] & CR4_PVI) && x86_cpl(env) == 3;
    if (!virt)
        x86_raise_exception(env, EXCP_GP, 0, ra);
    if (!sti) {
        env->eflags &= ~(uint64_t)VIF_MASK;
        return;
    }
    /* A pending virtual interrupt (VIP) goes to the monitor instead (20.3.2). */
    if (env->eflags & VIP_MASK)
        x86_raise_exception(env, EXCP_GP, 0, ra);
    env->eflags |= VIF_MASK;
}

/* PUSHF (16-bit operand size) in v86 mode, IOPL < 3: with VME the image has IF = VIF and
 * IOPL = 3; without, #GP(0). PUSHFD never gets here (#GP(0) in the translator). */
void helper_pushf_vme(CPUX86State *env)
{
    uintptr_t ra = GETPC();
    if (!(env->cr[4] & CR4_VME))
        x86_raise_exception(env, EXCP_GP, 0, ra);
    x86_restore_cc_op(env, ra);
    uint32_t f = x86_get_eflags(env) & 0xffff;
    f = (f & ~(uint32_t)(IF_MASK | IOPL_MASK)) | IOPL_MASK;
    if (env->eflags & VIF_MASK)
        f |= IF_MASK;
    X86Stack st;
    x86_stack_current(env, &st, ra);
    x86_stack_push(env, &st, f, 2);
    x86_set_sp(env, st.mask, st.sp);
}

/* The 16-bit FLAGS image a VME POPF or IRET loads: IF goes to VIF, IOPL and IF stay; a
 * set TF, or IF = 1 while VIP = 1, is #GP(0) before anything changes. */
static void load_vme_flags(CPUX86State *env, uint32_t f)
{
    uint32_t mask = (CC_ALL | TF_MASK | DF_MASK | NT_MASK) & 0xffff;
    x86_set_eflags(env, f, mask);
    if (f & IF_MASK)
        env->eflags |= VIF_MASK;
    else
        env->eflags &= ~(uint64_t)VIF_MASK;
}

static void check_vme_flags(CPUX86State *env, uint32_t f, uintptr_t ra)
{
    if ((f & TF_MASK) || ((f & IF_MASK) && (env->eflags & VIP_MASK)))
        x86_raise_exception(env, EXCP_GP, 0, ra);
}

/* POPF (16-bit) in v86 mode, IOPL < 3 (vol. 2, POPF: "ELSE IF (CR4.VME = 1 and
 * OperandSize = 16)"). */
void helper_popf_vme(CPUX86State *env)
{
    uintptr_t ra = GETPC();
    if (!(env->cr[4] & CR4_VME))
        x86_raise_exception(env, EXCP_GP, 0, ra);
    X86Stack st;
    x86_stack_current(env, &st, ra);
    x86_stack_need_pop(env, &st, 2);
    uint32_t f = x86_stack_pop(env, &st, 2);
    check_vme_flags(env, f, ra);
    x86_restore_cc_op(env, ra);
    x86_set_sp(env, st.mask, st.sp);
    load_vme_flags(env, f);
}

/* IRET (16-bit) in v86 mode, IOPL < 3 (vol. 2, IRET: "IF (CR4.VME = 1) ... tempFlags ←
 * [SP+4]"): IP, CS and FLAGS popped, VIF from the image's IF. */
void helper_iret_vme(CPUX86State *env)
{
    uintptr_t ra = GETPC();
    if (!(env->cr[4] & CR4_VME))
        x86_raise_exception(env, EXCP_GP, 0, ra);
    X86Stack st;
    x86_stack_current(env, &st, ra);
    x86_stack_need_pop(env, &st, 6);
    uint32_t ip = x86_stack_pop(env, &st, 2);
    uint32_t cs = x86_stack_pop(env, &st, 2);
    uint32_t f = x86_stack_pop(env, &st, 2);
    check_vme_flags(env, f, ra);
    x86_restore_cc_op(env, ra);
    x86_set_sp(env, st.mask, st.sp);
    x86_load_seg_real(env, R_CS, cs);
    env->eip = ip;
    load_vme_flags(env, f);
}

/* Bit vec of the interrupt redirection bitmap: the 32 bytes just below the I/O
 * permission bitmap of the 32-bit TSS (20.3.3, figure 20-5); 1 = through the IDT. A map
 * outside the TSS limit is #GP(0). */
static bool redirect_bit(CPUX86State *env, uint32_t vec, uintptr_t ra)
{
    unsigned type = (env->tr.flags >> DESC_TYPE_SHIFT) & 0xf;
    if (!(env->tr.flags & DESC_P_MASK) || (type != 9 && type != 11) || env->tr.limit < 103)
        x86_raise_exception(env, EXCP_GP, 0, ra);
    uint32_t io_base = (uint32_t)x86_ld(env, env->tr.base + 0x66, MO_16, MMU_KERNEL_IDX, ra);
    uint32_t off = io_base - 32 + vec / 8;
    if (io_base < 32 || off > env->tr.limit)
        x86_raise_exception(env, EXCP_GP, 0, ra);
    uint32_t b = (uint32_t)x86_ld(env, env->tr.base + off, MO_8, MMU_KERNEL_IDX, ra);
    return (b >> (vec & 7)) & 1;
}

/* INT n (CD ib) in v86 mode: the six methods of table 20-2. */
void helper_int_v86(CPUX86State *env, uint32_t vec, uint32_t next_eip_addend)
{
    uintptr_t ra = GETPC();
    vec &= 0xff;
    int iopl = iopl_of(env);
    if (!(env->cr[4] & CR4_VME) || redirect_bit(env, vec, ra)) {
        /* Methods 1-4: through the IDT with IOPL 3, else #GP(0) to the monitor. */
        if (iopl < 3)
            x86_raise_exception(env, EXCP_GP, 0, ra);
        x86_raise_software_int(env, (int)vec, (int)next_eip_addend, ra);
    }
    /* Methods 5 and 6: to the 8086 program's handler through its vector table at linear
     * 0, as in real mode, in v86 mode (CPL 3 accesses). With IOPL < 3 the FLAGS image has
     * IF = VIF and IOPL = 3, and VIF (not IF) is cleared. */
    x86_restore_insn_state(env, ra);
    uint32_t ret_ip = (uint32_t)(env->eip + next_eip_addend) & 0xffff;
    uint32_t f = x86_get_eflags(env) & 0xffff;
    if (iopl < 3) {
        f = (f & ~(uint32_t)(IF_MASK | IOPL_MASK)) | IOPL_MASK;
        if (env->eflags & VIF_MASK)
            f |= IF_MASK;
    }
    int mmu_idx = x86_mmu_index(env);
    uint32_t ip = (uint32_t)x86_ld(env, vec * 4, MO_16, mmu_idx, ra);
    uint32_t cs = (uint32_t)x86_ld(env, vec * 4 + 2, MO_16, mmu_idx, ra);
    X86Stack st;
    x86_stack_current(env, &st, ra);
    x86_stack_need_push(env, &st, 6);
    x86_stack_push(env, &st, f, 2);
    x86_stack_push(env, &st, env->segs[R_CS].selector, 2);
    x86_stack_push(env, &st, ret_ip, 2);
    x86_set_sp(env, st.mask, st.sp);
    x86_load_seg_real(env, R_CS, cs);
    env->eip = ip;
    if (iopl < 3)
        x86_set_eflags(env, 0, VIF_MASK | TF_MASK);
    else
        x86_set_eflags(env, 0, IF_MASK | TF_MASK);
}

/* Virtual-8086 mode entry through IRET: SDM vol. 2, IRET "RETURN-TO-VIRTUAL-8086-MODE";
 * vol. 3, 20.2.1 (entering v86 mode) and 20.1.1 (its segments: base = selector << 4,
 * 64 KiB, privilege 3). The IOPL-sensitive instructions of v86 mode are checked by the
 * translator (cpu/translate_sys.c, translate_ctl.c); its I/O by helper_check_io. */
#include "cpu/cpu.h"
#include "cpu/excp.h"
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
}

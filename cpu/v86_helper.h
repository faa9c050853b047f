/* Internal interface of cpu/v86_helper.c: entering virtual-8086 mode through IRET (SDM
 * vol. 3, 20.2.1). Leaving it by an interrupt or exception is part of delivery
 * (cpu/excp.c), entering it by a task switch part of cpu/task_helper.c. */
#ifndef CPU_V86_HELPER_H
#define CPU_V86_HELPER_H

#include <stdint.h>
#include "cpu/cpu.h"
#include "cpu/seg_helper.h"

/* IRET at CPL 0 whose popped 32-bit EFLAGS image has VM=1: st is the stack just past
 * EIP, CS, EFLAGS; pops ESP, SS, ES, DS, FS, GS and resumes in v86 mode at CPL 3. */
void x86_iret_to_v86(CPUX86State *env, X86Stack *st, uint32_t eip, uint32_t cs,
                     uint32_t eflags);

/* "If the processor finds that both the VIF and VIP flags are set at the beginning of an
 * instruction, it generates a general-protection exception" (SDM vol. 3, 20.3.2; possible
 * only right after entering v86 mode by IRET or a task switch): with the virtual
 * interrupt flag in use (v86 mode, VME, IOPL < 3), #GP(0) at the first v86 instruction.
 * Called with the new state in place. */
void x86_v86_check_vip(CPUX86State *env);

#endif

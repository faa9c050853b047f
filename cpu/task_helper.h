/* Internal interface of cpu/task_helper.c: hardware task switches (SDM vol. 3, chapter 7)
 * for far JMP/CALL (cpu/far_helper.c), IRET with NT=1, and task gates in the IDT
 * (cpu/excp.c). Not for the translator. */
#ifndef CPU_TASK_HELPER_H
#define CPU_TASK_HELPER_H

#include <stdbool.h>
#include <stdint.h>
#include "cpu/cpu.h"

/* What started a switch: it decides the busy bits, NT, the back link and which checks
 * raise #GP or #TS (SDM vol. 3, 7.3 and table 7-2). */
typedef enum X86TaskSource {
    X86_TASK_JMP,
    X86_TASK_CALL,
    X86_TASK_IRET,
    X86_TASK_INT, /* interrupt or exception through a task gate */
} X86TaskSource;

/* TSS layout (SDM vol. 3, figures 7-2 and 7-10). */
#define TSS32_MIN_LIMIT 0x67
#define TSS16_MIN_LIMIT 0x2b
#define DR6_BT (1u << 15)      /* the debug trap was the T bit of a new TSS (17.2.3) */

/* Far JMP/CALL whose selector names a TSS descriptor or a task gate (descriptor e1/e2
 * already read; sel is the operand's selector). ret_eip: the instruction after the JMP or
 * CALL, saved in the old TSS. ra as for x86_raise_exception. */
void x86_task_far(CPUX86State *env, uint32_t sel, uint32_t e1, uint32_t e2, bool call,
                  uint32_t ret_eip, uintptr_t ra);
/* IRET with EFLAGS.NT=1: back to the task in the current TSS's previous-task link. */
void x86_task_return(CPUX86State *env, uint32_t ret_eip, uintptr_t ra);
/* Event delivery through a task gate of the IDT (gate's low dword gate_e1): the switch,
 * then the error code on the new task's stack when push_err (SDM vol. 2, INT n
 * "TASK-GATE"). ext: 1 for exceptions and external interrupts. */
void x86_task_gate_interrupt(CPUX86State *env, uint32_t gate_e1, int ext, uint32_t ret_eip,
                             bool push_err, int err);
/* The switch itself, once the descriptor checks of its source passed: sel/e1/e2 name the
 * new TSS (available, or busy for IRET). Returns whether the new TSS has its T bit set;
 * the caller raises that #DB (x86_task_debug_trap) after its own last step. Faults before
 * the commit point leave the old task (restored through ra); later ones are taken in the
 * new task. */
bool x86_task_switch(CPUX86State *env, uint32_t sel, uint32_t e1, uint32_t e2,
                     X86TaskSource src, uint32_t ret_eip, int ext, uintptr_t ra);
_Noreturn void x86_task_debug_trap(CPUX86State *env);

#endif

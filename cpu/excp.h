/* Internal interface of cpu/excp.c for the other system helpers: raising with explicit
 * control over state restore, software interrupts, and lazy-flag sync for helpers that
 * read EFLAGS. Not for the translator (it uses the helpers in cpu/helpers.def). */
#ifndef CPU_EXCP_H
#define CPU_EXCP_H

#include <stdbool.h>
#include <stdint.h>
#include "cpu/cpu.h"

/* Unwinds to the loop with exception vec pending. When restore is set, the faulting
 * instruction's EIP and cc_op are first recovered through tcg_restore_state(ra). Applies
 * the double-fault rules of SDM vol. 3, 6.15 (table 6-5) when raised during delivery. */
_Noreturn void x86_raise_at(CPUX86State *env, int vec, int err, uintptr_t ra, bool restore);
/* INT n / INT3 / INTO: the pushed return address is the next insn (EIP + addend). */
_Noreturn void x86_raise_software_int(CPUX86State *env, int vec, int addend, uintptr_t ra);
/* A helper that reads EFLAGS calls this first: env->cc_op may lag behind the translator's
 * static value; the insn_start words of the current insn hold the right one. */
void x86_restore_cc_op(CPUX86State *env, uintptr_t ra);
/* env->eip and env->cc_op of the instruction executing at ra (a helper about to leave
 * the TB at a point of its own choosing, e.g. HLT). */
void x86_restore_insn_state(CPUX86State *env, uintptr_t ra);

#endif

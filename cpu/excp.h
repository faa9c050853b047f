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

/* The error_code of a #DB that is a fault (DR7.GD general detect, SDM vol. 3, 17.3.1.2):
 * #DB pushes no error code; the value only tells delivery to set RF in the image. */
#define X86_DB_FAULT 1
/* DR6 B0-B3 bits of the enabled instruction breakpoints (DR7 Ln/Gn, R/Wn = 00) at linear
 * (SDM vol. 3, 17.2.4, 17.3.1.1); translated code has them built in. */
uint32_t x86_insn_breakpoints(const CPUX86State *env, uint64_t linear);
/* DR6 B0-B3 bits of the enabled data breakpoints (R/Wn = 01 on writes, 11 on reads and
 * writes) whose aligned LENn range shares a byte with [linear, linear+size) (18.2.5). */
uint32_t x86_data_breakpoints(const CPUX86State *env, uint64_t linear, unsigned size,
                              bool is_write);
/* An enabled data breakpoint covers a byte of [linear_page, linear_page+page_size). */
bool x86_data_breakpoint_page(const CPUX86State *env, uint64_t linear_page, uint64_t page_size);
/* DR6 B0-B3 bits of the enabled I/O breakpoints (R/Wn = 10 with CR4.DE=1, 18.2.4) that
 * match an access of size bytes at port. */
uint32_t x86_io_breakpoints(const CPUX86State *env, uint32_t port, unsigned size);
/* After DR0-DR3 or DR7 changed (MOV DR, task switch): old holds their values before. Drops
 * every translation when the set of instruction breakpoints changed, refills the TLB when
 * that of data breakpoints changed, and logs (-d unimp) the encodings left undefined. */
void x86_debug_regs_changed(CPUX86State *env, const uint64_t old[8]);

#endif

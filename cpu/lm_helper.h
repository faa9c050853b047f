/* Internal interface of cpu/lm_helper.c: the IA-32e (long mode) system side that the
 * legacy system helpers dispatch to when EFER.LMA is set: 64-bit IDT delivery, LTR/LLDT
 * with 16-byte descriptors, null SS in 64-bit mode, LAR/LSL type rules (SDM vol. 3,
 * 3.4.5, 5.8.8, 6.14, 7.7). Not for the translator (it uses cpu/helpers.def). */
#ifndef CPU_LM_HELPER_H
#define CPU_LM_HELPER_H

#include <stdbool.h>
#include <stdint.h>
#include "cpu/cpu.h"

/* Delivers vector vec through the 64-bit IDT (16-byte gates, IST, 16-byte aligned frame
 * of SS, RSP, RFLAGS, CS, RIP [, error code]). next_rip: the return address pushed.
 * Raises (ra 0, no restore) like the legacy delivery. */
void x86_do_interrupt64(CPUX86State *env, int vec, bool is_int, bool is_hw, int err,
                        uint64_t next_rip);
/* LTR / LLDT in IA-32e mode: 16-byte TSS/LDT descriptors, base bits 63:32 from the upper
 * half (SDM vol. 3, 7.2.3, 3.5.2). sel is not null (the caller checked). */
void x86_ltr_lm(CPUX86State *env, uint32_t sel, uintptr_t ra);
void x86_lldt_lm(CPUX86State *env, uint32_t sel, uintptr_t ra);
/* MOV/POP SS with a null selector: allowed in 64-bit mode at CPL < 3 with RPL = CPL
 * (SDM vol. 2, MOV). Loads it and returns true; false when it must be #GP(0). */
bool x86_lm_load_null_ss(CPUX86State *env, uint32_t sel);
/* The system-descriptor types LAR (lsl = false) or LSL accepts in IA-32e mode (SDM
 * vol. 2, the IA-32e mode columns of the LAR and LSL "Segment and Gate Types" tables:
 * LAR takes 64-bit TSSs and call gates, not the LDT; LSL takes the TSSs, the LDT and
 * type 0, the upper half of a 16-byte descriptor). */
bool x86_lm_lar_type_ok(unsigned type, bool lsl);

/* ---- shared by cpu/lm_helper.c and cpu/lm_far_helper.c ---- */

/* A stack being pushed/popped before it is committed to SS:RSP. wide: a 64-bit stack
 * (64-bit mode, or the new stack of a 64-bit gate): RSP as is, no SS base, addresses must
 * be canonical (#SS(ss_err) otherwise, SDM vol. 3, 6.14.4). Otherwise the compatibility-
 * mode stack: SS.base + SP or ESP by SS.B, 32-bit linear addresses. */
typedef struct X86LmStack {
    bool wide;
    uint64_t base, sp, mask;
    int mmu_idx;
    int ss_err;
    uintptr_t ra;
} X86LmStack;
void x86_lm_stack_current(CPUX86State *env, X86LmStack *st, uintptr_t ra);
void x86_lm_push(CPUX86State *env, X86LmStack *st, uint64_t val, int bytes);
uint64_t x86_lm_pop(CPUX86State *env, X86LmStack *st, int bytes);
/* RSP after a transfer: a 64-bit target takes it whole; a compatibility-mode one keeps
 * the bits above SS's stack width (SDM vol. 1, 6.2.3). */
void x86_lm_set_rsp(CPUX86State *env, uint64_t sp, uint64_t mask);
/* RSPn (off 4 + 8n) or ISTn (off 24H + 8(n-1)) of the 64-bit TSS; #TS(TR + ext) beyond
 * its limit. */
uint64_t x86_lm_tss_stack(CPUX86State *env, uint32_t off, int ext, uintptr_t ra);
/* Reads the 16-byte system descriptor sel names (IA-32e mode: LDT, TSS, call gates).
 * e[0..1] the legacy half, e[2] base/offset bits 63:32, e[3] must have type bits 12:8 zero
 * (the caller checks). False when beyond the table limit. */
bool x86_lm_desc_read16(CPUX86State *env, uint32_t sel, uint32_t e[4], uintptr_t ra);
/* The upper half's type field (bits 12:8 of e[3]) is 0, as a 16-byte descriptor needs. */
static inline bool x86_lm_upper_half_ok(const uint32_t e[4]) { return ((e[3] >> 8) & 0x1f) == 0; }
/* The code-segment checks of a far return to sel with RPL >= CPL (SDM vol. 2, RET and
 * IRET IA-32e mode): code, conforming DPL <= RPL or DPL = RPL, not L and D both, present. */
void x86_lm_check_return_cs(CPUX86State *env, uint32_t sel, uint32_t *e1, uint32_t *e2,
                            uintptr_t ra);
/* The stack segment popped by a return to privilege rpl; to64: the return goes to 64-bit
 * mode, where a null SS with RPL = rpl < 3 is allowed. Loads nothing. */
void x86_lm_check_return_ss(CPUX86State *env, uint32_t ss, int rpl, bool to64, uint32_t *e1,
                            uint32_t *e2, uintptr_t ra);
/* Loads SS (null allowed, with the new CPL as its DPL) after x86_lm_check_return_ss. */
void x86_lm_load_ss(CPUX86State *env, uint32_t ss, uint32_t e1, uint32_t e2, int cpl,
                    uintptr_t ra);
/* After a return to an outer level: data segments the new CPL may not use become null. */
void x86_lm_invalidate_segs(CPUX86State *env, int cpl);
/* #GP(0) when a 64-bit target RIP is not canonical, or a compatibility-mode EIP exceeds
 * the code segment's limit. */
void x86_lm_check_target(CPUX86State *env, uint64_t rip, uint32_t c1, uint32_t c2,
                         uintptr_t ra);

#endif

/* Internal interface of cpu/seg_helper.c: descriptor-table access and the small stack
 * cursor shared by segment loads, far transfers (cpu/far_helper.c) and interrupt
 * delivery (cpu/excp.c). Descriptor layout: SDM vol. 3, 3.4.5 and 6.11. */
#ifndef CPU_SEG_HELPER_H
#define CPU_SEG_HELPER_H

#include <stdbool.h>
#include <stdint.h>
#include "cpu/cpu.h"

/* Attribute bits of a descriptor's high dword kept in SegmentCache.flags. */
#define X86_DESC_FLAGS_MASK 0x00f0ff00u
/* The type field with the S bit: system types are 0x00-0x0f, code/data 0x10-0x1f. */
static inline unsigned x86_desc_type(uint32_t e2) { return (e2 >> 8) & 0x1f; }
static inline int x86_desc_dpl(uint32_t e2) { return (e2 >> DESC_DPL_SHIFT) & 3; }
static inline int x86_cpl(const CPUX86State *env) { return env->hflags & HF_CPL_MASK; }

/* Reads the two dwords of the descriptor sel names in the GDT or LDT (supervisor
 * accesses; a #PF on the table is raised with ra). False when the index lies beyond the
 * table limit (or the LDT is null). */
bool x86_desc_read(CPUX86State *env, uint32_t sel, uint32_t *e1, uint32_t *e2, uintptr_t ra);
/* Sets the accessed bit of a code/data descriptor in memory (SDM vol. 3, 3.4.5.1). */
void x86_desc_set_accessed(CPUX86State *env, uint32_t sel, uint32_t *e2, uintptr_t ra);
uint64_t x86_desc_base(uint32_t e1, uint32_t e2);
uint32_t x86_desc_limit(uint32_t e1, uint32_t e2); /* byte-granular */
void x86_load_seg_desc(CPUX86State *env, int seg, uint32_t sel, uint32_t e1, uint32_t e2);
/* Real / virtual-8086 mode segment load: base = sel << 4 (SDM vol. 3, 20.1.1). */
void x86_load_seg_real(CPUX86State *env, int seg, uint32_t sel);

/* SS:ESP for privilege level dpl from the current TSS (SDM vol. 3, 7.2.1 / 7.6);
 * #TS(TSS selector + ext) when the TSS is too short. */
void x86_tss_stack(CPUX86State *env, int dpl, uint32_t *ss, uint32_t *esp, int ext,
                   uintptr_t ra);
/* The checks on the new stack segment of a call gate or interrupt to an inner level:
 * #TS(ss + ext) / #SS(ss + ext); returns its descriptor. */
void x86_check_inner_ss(CPUX86State *env, uint32_t ss, int new_cpl, uint32_t *e1,
                        uint32_t *e2, int ext, uintptr_t ra);

/* A stack being pushed to or popped from before it is committed to SS:ESP. In protected
 * mode (checked) every access is tested against the segment limit, expand-down included
 * (SDM vol. 3, 5.3 and 6.12.1); a violation raises #SS(ss_err): 0 on the current stack
 * of an instruction, EXT on it during event delivery, the new SS selector (+ EXT) on the
 * stack of a privilege change. */
typedef struct X86Stack {
    uint64_t base;
    uint32_t mask;   /* 0xffff (16-bit SS) or 0xffffffff */
    uint32_t sp;
    uint32_t limit;  /* byte-granular SS limit */
    bool expand_down;
    bool checked;
    int mmu_idx;
    int ss_err;
    uintptr_t ra;
} X86Stack;
void x86_stack_current(CPUX86State *env, X86Stack *st, uintptr_t ra);
/* The inner stack of a call gate or interrupt: SS descriptor e1/e2, stack pointer sp,
 * privilege level dpl. */
void x86_stack_new(CPUX86State *env, X86Stack *st, uint32_t e1, uint32_t e2, uint32_t sp,
                   int dpl, int ss_err, uintptr_t ra);
/* "IF stack does not have room for N bytes" / "IF top N bytes of stack are not within
 * stack limits" of the vol. 2 pseudo-code: #SS(ss_err) before anything is written. */
void x86_stack_need_push(CPUX86State *env, const X86Stack *st, uint32_t bytes);
void x86_stack_need_pop(CPUX86State *env, const X86Stack *st, uint32_t bytes);
void x86_stack_push(CPUX86State *env, X86Stack *st, uint32_t val, int bytes);
uint32_t x86_stack_pop(CPUX86State *env, X86Stack *st, int bytes);
/* Writes sp to ESP (a 16-bit stack keeps ESP's upper half). */
void x86_set_sp(CPUX86State *env, uint32_t mask, uint32_t sp);

#endif

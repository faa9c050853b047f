/* Internal interface of cpu/mmu.c beyond cpu/cpu.h: the TLB invalidations that the
 * control-register writes need (SDM vol. 3, 4.10.4.1). */
#ifndef CPU_MMU_H
#define CPU_MMU_H

#include "cpu/cpu.h"

/* MOV to CR3 / task switch: every entry except those for global pages (CR4.PGE = 1 and
 * G = 1 in the entry that maps the page). The full flush is x86_tlb_flush (cpu/cpu.h). */
void x86_tlb_flush_nonglobal(CPUX86State *env);

/* Flag bits a tag may carry besides the page (tcg/tlb.h). */
#define X86_TLB_TAG_FLAGS (TLB_MMIO | TLB_NOTDIRTY | TLB_WATCH)

/* The page-walk checks of a byte load at linear without reading anything: fills the TLB
 * or raises #PF/#GP as that load would (ra as for x86_ld). */
void x86_tlb_probe(CPUX86State *env, uint64_t linear, int mmu_idx, uintptr_t ra);
/* The same for a byte store (ENTER's final-rSP check, cpu/translate_helper.c). */
void x86_tlb_probe_write(CPUX86State *env, uint64_t linear, int mmu_idx, uintptr_t ra);

/* The host address of the size-byte access at linear (read, or write when write) when it
 * stays in one page of plain RAM that the access may use without the slow path's work
 * (no MMIO or ROM, no translated code for a write, no watchpoint); NULL otherwise. Fills
 * the TLB on a miss, raising the #PF/#GP the access raises (ra as for x86_ld; for an
 * access crossing a page, both pages are checked, lower first, and NULL returned). */
void *x86_tlb_host(CPUX86State *env, uint64_t linear, int size, bool write, int mmu_idx,
                   uintptr_t ra);

#endif

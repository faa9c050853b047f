/* Run-time helpers that exist for the translator's own TB structure rather than for one
 * instruction's semantics: the EFLAGS.TF single-step trap at the end of a TB. */
#include "cpu/excp.h"
#include "cpu/helper.h"
#include "cpu/mmu.h"
#include "tcg/backend.h"
#include "tcg/tb.h"

#define DR6_BS (1u << 14)

/* A trap: the state in env is already that of the next instruction, so unlike
 * x86_raise_exception nothing is restored from the TB (SDM vol. 3, 17.3.1.4). */
void helper_single_step(CPUX86State *env)
{
    env->dr[6] |= DR6_BS;
    env->exception_index = EXCP_DB;
    env->error_code = 0;
    env->exception_is_int = 0;
    x86_loop_exit(env);
}

/* ENTER: "#PF(fault-code) If a page fault occurs or if a write using the final value of
 * the stack pointer (within the current stack segment) would cause a page fault" (SDM
 * vol. 2, ENTER): the page checks of that write, without the write. */
/* The slow path of gen_code_page2_check (cpu/translate.c): the TLB no longer holds the
 * code translation of vpage as the TB was translated. Refilled, it may still map to
 * phys_page (an entry evicted or flushed): go on. Otherwise the TB is stale from this
 * instruction on: retire it and restart the instruction from the loop, which translates
 * it anew (or takes the fault of fetching it). */
void helper_code_page2(CPUX86State *env, uint64_t vpage, uint64_t phys_page)
{
    uint64_t phys;
    if (x86_code_phys(env, vpage, &phys, false) && (phys & TCG_PAGE_MASK) == phys_page)
        return;
    x86_restore_insn_state(env, GETPC());
    if (tcg_restored_tb)
        tb_invalidate(tcg_restored_tb);
    x86_loop_exit(env);
}

void helper_probe_write(CPUX86State *env, uint64_t linear, uint32_t size)
{
    uintptr_t ra = GETPC();
    int mmu_idx = x86_mmu_index(env);
    x86_tlb_probe_write(env, linear, mmu_idx, ra);
    uint64_t last = linear + size - 1;
    if ((last ^ linear) & TCG_PAGE_MASK)
        x86_tlb_probe_write(env, last, mmu_idx, ra);
}

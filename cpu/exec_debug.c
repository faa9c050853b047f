/* Debugger support in the execution loop: breakpoints that never touch guest memory
 * (the translator ends TBs before them; TBs covering one are invalidated when the list
 * changes), watchpoints checked on the soft-MMU's slow path (their pages are kept out
 * of the TLB's fast path), and the resume / single-step / stop-at-count requests of the
 * gdb stub. */
#include <setjmp.h>
#include <string.h>

#include "cpu/exec_internal.h"
#include "cpu/excp.h"
#include "tcg/backend.h"
#include "tcg/tb.h"
#include "tcg/tlb.h"

ExecDebug exec_debug = { .stop_icount = UINT64_MAX };

typedef struct Breakpoint {
    uint64_t pc;
    int type;
} Breakpoint;
typedef struct Watchpoint {
    uint64_t start, len;
    int type;
} Watchpoint;

static Breakpoint breakpoints[X86_MAX_BREAKPOINTS];
static Watchpoint watchpoints[X86_MAX_WATCHPOINTS];
unsigned x86_nb_breakpoints;
unsigned x86_nb_watchpoints;

bool x86_debug_phys(CPUX86State *env, uint64_t linear, uint64_t *phys)
{
    return x86_mmu_debug_translate(env, linear, phys);
}

/* TBs holding the byte at linear were translated with the old breakpoint list. When the
 * address is not mapped now, a TB for it may still come back with its mapping: drop all. */
static void invalidate_code_at(CPUX86State *env, uint64_t linear)
{
    uint64_t phys;
    if (x86_debug_phys(env, linear, &phys))
        tb_invalidate_phys_range(phys, phys + 1);
    else
        tb_flush_all();
}

bool x86_breakpoint_hit(CPUX86State *env, uint64_t pc)
{
    (void)env;
    if (exec_debug.bp_suppressed)
        return false;
    for (unsigned i = 0; i < x86_nb_breakpoints; i++)
        if (breakpoints[i].pc == pc)
            return true;
    return false;
}

X86StopReason exec_breakpoint_reason(uint64_t pc)
{
    X86StopReason r = X86_STOP_SW_BP;
    for (unsigned i = 0; i < x86_nb_breakpoints; i++) {
        if (breakpoints[i].pc == pc) {
            if (breakpoints[i].type == X86_BP_SW)
                return X86_STOP_SW_BP;
            r = X86_STOP_HW_BP;
        }
    }
    return r;
}

bool x86_breakpoint_insert(CPUX86State *env, uint64_t linear, int type)
{
    for (unsigned i = 0; i < x86_nb_breakpoints; i++)
        if (breakpoints[i].pc == linear && breakpoints[i].type == type)
            return true;
    if (x86_nb_breakpoints == X86_MAX_BREAKPOINTS)
        return false;
    breakpoints[x86_nb_breakpoints++] = (Breakpoint){ linear, type };
    invalidate_code_at(env, linear);
    return true;
}

bool x86_breakpoint_remove(CPUX86State *env, uint64_t linear, int type)
{
    for (unsigned i = 0; i < x86_nb_breakpoints; i++) {
        if (breakpoints[i].pc == linear && breakpoints[i].type == type) {
            breakpoints[i] = breakpoints[--x86_nb_breakpoints];
            invalidate_code_at(env, linear);
            return true;
        }
    }
    return false;
}

/* [a, a+alen) and [b, b+blen) overlap; lengths >= 1, no wrap past 2^64 assumed by the
 * callers' checks. */
static inline bool overlaps(uint64_t a, uint64_t alen, uint64_t b, uint64_t blen)
{
    return a <= b + (blen - 1) && b <= a + (alen - 1);
}

bool x86_watch_page(const CPUX86State *env, uint64_t linear_page)
{
    if ((env->dr[7] & 0xff) && x86_data_breakpoint_page(env, linear_page, TCG_PAGE_SIZE))
        return true;
    for (unsigned i = 0; i < x86_nb_watchpoints; i++)
        if (overlaps(watchpoints[i].start, watchpoints[i].len, linear_page, TCG_PAGE_SIZE))
            return true;
    return false;
}

bool x86_watchpoint_insert(CPUX86State *env, uint64_t linear, uint64_t len, int type)
{
    if (len == 0 || len > (1ull << 32) || linear + (len - 1) < linear ||
        type < X86_WATCH_WRITE || type > X86_WATCH_ACCESS)
        return false;
    for (unsigned i = 0; i < x86_nb_watchpoints; i++)
        if (watchpoints[i].start == linear && watchpoints[i].len == len &&
            watchpoints[i].type == type)
            return true;
    if (x86_nb_watchpoints == X86_MAX_WATCHPOINTS)
        return false;
    watchpoints[x86_nb_watchpoints++] = (Watchpoint){ linear, len, type };
    /* Refill every entry so the watched pages get TLB_WATCH. */
    x86_tlb_flush(env);
    return true;
}

bool x86_watchpoint_remove(CPUX86State *env, uint64_t linear, uint64_t len, int type)
{
    for (unsigned i = 0; i < x86_nb_watchpoints; i++) {
        if (watchpoints[i].start == linear && watchpoints[i].len == len &&
            watchpoints[i].type == type) {
            watchpoints[i] = watchpoints[--x86_nb_watchpoints];
            x86_tlb_flush(env);
            return true;
        }
    }
    return false;
}

void x86_debug_remove_all(CPUX86State *env)
{
    if (x86_nb_breakpoints) {
        x86_nb_breakpoints = 0;
        tb_flush_all();
    }
    if (x86_nb_watchpoints) {
        x86_nb_watchpoints = 0;
        x86_tlb_flush(env);
    }
    exec_debug.stop_icount = UINT64_MAX;
    exec_debug.stepping = false;
    exec_debug.watch_suppressed = false;
    exec_update_limit(env);
}

/* env->eip and cc_op of the instruction at ra, and its RF: the TB's first instruction
 * cleared RF before the access, but RF=1 must again suppress its instruction breakpoint
 * when it runs anew (SDM vol. 3, 18.3.1.1). */
static bool restore_for_rerun(CPUX86State *env, uintptr_t ra)
{
    uint64_t data[TCG_INSN_START_WORDS];
    if (!exec_debug.in_tb || !tcg_restore_state(ra, data))
        return false;
    env->eip = data[0];
    if (data[1] != CC_OP_DYNAMIC)
        env->cc_op = (uint32_t)data[1];
    if (tcg_restored_insn == 0 && tcg_restored_tb && (tcg_restored_tb->flags & HF_RF_MASK)) {
        env->eflags |= RF_MASK;
        env->hflags |= HF_RF_MASK;
    }
    return true;
}

void x86_debug_trap_after(CPUX86State *env, uint32_t bits)
{
    exec_debug.guest_bits |= bits;
    if (exec_debug.guest_rerun && exec_debug.guest_env == env)
        return; /* the re-run instruction collects its hits */
    /* Port I/O ends its TB and a REP string checks icount_limit between iterations, so
     * x86_icount(env) is the count after the current instruction (iteration). */
    exec_debug.guest_rerun = true;
    exec_debug.guest_env = env;
    exec_debug.guest_target = x86_icount(env);
    exec_update_limit(env);
}

/* A guest data breakpoint hit: data breakpoints are traps (18.3.1.2), reported after the
 * instruction with every breakpoint its accesses hit. In generated code the access has
 * not happened yet: unwind and re-run the instruction alone, collecting hits. */
static void guest_data_hit(CPUX86State *env, uint32_t bits, uintptr_t ra)
{
    if (!(exec_debug.guest_rerun && exec_debug.guest_env == env) &&
        restore_for_rerun(env, ra)) {
        exec_debug.guest_hit = true;
        exec_debug.guest_env = env;
        env->exception_index = -1;
        longjmp(env->jmp_env, 1);
    }
    x86_debug_trap_after(env, bits);
}

void exec_guest_db_unwound(CPUX86State *env)
{
    if (!exec_debug.guest_hit)
        return;
    exec_debug.guest_hit = false;
    exec_debug.guest_rerun = true;
    exec_debug.guest_bits = 0; /* the re-run finds the hits again, all of them */
    exec_debug.guest_env = env;
    exec_debug.guest_target = x86_icount(env) + 1;
    exec_update_limit(env);
}

void exec_guest_db_exception(CPUX86State *env)
{
    int idx = env->exception_index;
    if (!exec_debug.guest_rerun || exec_debug.guest_env != env || idx >= EXCP_INTERRUPT)
        return;
    if (idx == EXCP_DB && env->error_code != X86_DB_FAULT && !env->exception_is_int) {
        /* A trap after the same instruction (EFLAGS.TF single step, TSS T bit): one #DB
         * reports every condition in DR6 (18.2.3). */
        env->dr[6] |= exec_debug.guest_bits;
    } else if (env->exception_is_int || x86_icount(env) >= exec_debug.guest_target) {
        return; /* the instruction completed: the trap follows this event's delivery */
    }
    /* else a fault: the instruction did not complete and will hit again when restarted */
    exec_debug.guest_rerun = false;
    exec_debug.guest_bits = 0;
    exec_update_limit(env);
}

bool exec_guest_db_due(CPUX86State *env)
{
    if (!exec_debug.guest_rerun || exec_debug.guest_env != env ||
        x86_icount(env) < exec_debug.guest_target)
        return false;
    exec_debug.guest_rerun = false;
    exec_update_limit(env);
    if (!exec_debug.guest_bits)
        return true; /* nothing hit this time: the loop goes on (its limit is recomputed) */
    env->dr[6] |= exec_debug.guest_bits;
    exec_debug.guest_bits = 0;
    env->exception_index = EXCP_DB;
    env->error_code = 0;
    env->exception_is_int = 0;
    return true;
}

/* gdb reports a write watchpoint after the store (x86 data breakpoints are traps, SDM
 * vol. 3, 17.3.1.2): a hit in generated code restores the instruction's state and
 * unwinds before the access; the loop then runs that instruction alone with watchpoints
 * off and stops after it. Guest data breakpoints (DR0-DR3) are checked first. */
void x86_watchpoint_check(CPUX86State *env, uint64_t linear, unsigned size, bool is_write,
                          uintptr_t ra)
{
    if (size == 0)
        return;
    if (env->dr[7] & 0xff) {
        uint32_t bits = x86_data_breakpoints(env, linear, size, is_write);
        if (bits)
            guest_data_hit(env, bits, ra);
    }
    if (exec_debug.watch_suppressed || !x86_nb_watchpoints)
        return;
    int need = is_write ? X86_WATCH_WRITE : X86_WATCH_READ;
    for (unsigned i = 0; i < x86_nb_watchpoints; i++) {
        const Watchpoint *w = &watchpoints[i];
        if (!(w->type & need) || !overlaps(linear, size, w->start, w->len))
            continue;
        X86DebugStop stop = { .reason = X86_STOP_WATCH, .watch_type = w->type,
                              .addr = linear > w->start ? linear : w->start };
        if (restore_for_rerun(env, ra)) {
            exec_debug.step_stop = stop;
            exec_debug.watch_hit = true;
            env->exception_index = -1;
            longjmp(env->jmp_env, 1);
        }
        /* Outside generated code (exception delivery, the loop): the access goes on and
         * the loop stops once the current step is over. */
        exec_debug.stop = stop;
        exec_debug.stop_pending = true;
        return;
    }
}

X86DebugStop x86_cpu_debug_stop(CPUX86State *env)
{
    (void)env;
    return exec_debug.stop;
}

void x86_cpu_debug_resume(CPUX86State *env, bool step)
{
    uint64_t pc = env->segs[R_CS].base + env->eip;
    if (!(env->hflags & HF_CODE64_MASK))
        pc = (uint32_t)pc;
    exec_debug.stop = (X86DebugStop){ .reason = X86_STOP_NONE };
    exec_debug.resume_armed = true;
    exec_debug.resume_pc = pc;
    exec_debug.stop_pending = false;
    exec_debug.stepping = step;
    if (step) {
        exec_debug.step_target = x86_icount(env) + 1;
        exec_debug.step_stop = (X86DebugStop){ .reason = X86_STOP_STEP };
    }
    exec_update_limit(env);
}

void x86_cpu_debug_stop_at_icount(CPUX86State *env, uint64_t icount)
{
    exec_debug.stop_icount = icount;
    exec_update_limit(env);
}

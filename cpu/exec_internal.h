/* Private to the execution loop's files: cpu/exec.c (the loop), cpu/exec_tb.c (making
 * TBs) and cpu/exec_debug.c (debugger state). One CPU is debugged at a time, as gdb's
 * all-stop mode sees it. */
#ifndef CPU_EXEC_INTERNAL_H
#define CPU_EXEC_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>
#include "cpu/exec.h"
#include "tcg/tb.h"

typedef struct ExecDebug {
    X86DebugStop stop;         /* reason of the last EXCP_DEBUG */
    /* A one-instruction run is pending: the loop stops with step_stop once icount
     * reaches step_target or an exception / interrupt has been delivered. */
    bool stepping;
    uint64_t step_target;
    X86DebugStop step_stop;
    uint64_t stop_icount;      /* X86_STOP_ICOUNT target, UINT64_MAX none */
    /* Resume over a breakpoint: the first instruction at resume_pc runs from a TB
     * translated with breakpoints suppressed. */
    bool resume_armed;
    uint64_t resume_pc;
    bool bp_suppressed;        /* while such a TB is translated */
    bool watch_suppressed;     /* while the instruction that hit a watchpoint re-runs */
    bool watch_hit;            /* x86_watchpoint_check unwound: re-run it, then stop */
    bool stop_pending;         /* a hit outside generated code: stop at the next boundary */
    bool in_tb;                /* generated code is running: an unwind comes from it */
    /* The guest's own data / I/O breakpoints (DR0-DR3), traps (SDM vol. 3, 18.3.1.2-3):
     * an access in generated code that hits one unwinds (guest_hit) and the loop re-runs
     * that one instruction (a REP string: one iteration) with hits only collected
     * (guest_rerun), then raises #DB once x86_icount(guest_env) reaches guest_target. */
    bool guest_hit;
    bool guest_rerun;
    uint64_t guest_target;
    uint32_t guest_bits;       /* DR6 B0-B3 to report */
    CPUX86State *guest_env;
} ExecDebug;

extern ExecDebug exec_debug;

/* exec.c: recomputes env->icount_limit from the deadline and the debugger's targets. */
void exec_update_limit(CPUX86State *env);
/* exec_debug.c, guest data / I/O breakpoints: after an unwind (arms the re-run); before an
 * exception is handled (a fault of the re-run instruction drops the trap, a #DB trap of
 * the same instruction reports both); at icount_limit: true when the re-run is over (its
 * #DB trap, if anything hit, then pending in exception_index) and the loop goes on. */
void exec_guest_db_unwound(CPUX86State *env);
void exec_guest_db_exception(CPUX86State *env);
bool exec_guest_db_due(CPUX86State *env);
/* exec_debug.c: the kind of breakpoint at pc (X86_STOP_SW_BP / HW_BP), for the report. */
X86StopReason exec_breakpoint_reason(uint64_t pc);

/* exec_tb.c: translates the TB at (pc, cs_base, flags) with cflags, makes it executable
 * and (unless CF_NO_CACHE) enters it in the cache. Every TB starts with the instruction
 * count update and budget check. May unwind (code fetch fault). */
TranslationBlock *exec_tb_gen_code(CPUX86State *env, uint64_t pc, uint64_t cs_base,
                                   uint32_t flags, uint32_t cflags, uint64_t phys_pc);
/* exec_tb.c: after an unwind out of exec_tb_gen_code, undo its temporary state. */
void exec_tb_gen_unwound(void);
/* exec_tb.c: tb_flush_hook; drops every CPU's jump cache (exec.c) and sets the flag. */
void exec_tb_flush_hook(void);
void exec_flush_jump_caches(void);
extern bool exec_tb_flushed;        /* held TB pointers dangle */
extern uint64_t exec_gen_code_full; /* -d stats */

#endif

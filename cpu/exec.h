/* The execution loop's services beyond x86_cpu_exec (cpu/cpu.h): raising interrupt
 * requests, keeping the per-CPU jump cache coherent with the MMU, the exact retired
 * instruction count and its deadlines, debugger control (breakpoints, watchpoints,
 * single-step: cpu/exec_debug.c) and the loop's counters. */
#ifndef CPU_EXEC_H
#define CPU_EXEC_H

#include <stdbool.h>
#include <stdint.h>
#include "cpu/cpu.h"

/* Sets CPU_INTERRUPT_* bits and makes the running TB stop at its next entry, so the
 * loop sees the request promptly. Safe to call from helpers, device callbacks and other
 * threads; from another thread the stop comes within X86_EXEC_MAX_ROOM instructions
 * and the request may be lost: repeat the call until the CPU stopped. */
void x86_cpu_interrupt(CPUX86State *env, int mask);
/* The most instructions one budget allows (env->icount_left's low half). The JIT keeps
 * the count in a register and sees an exit request from another thread only at a helper
 * call or an exit, so the room is also what bounds the wait for such a request: ~1 ms. A
 * farther limit is reached in steps, which cost one return to the loop each, and no TB
 * is cut short for a step. */
#define X86_EXEC_MAX_ROOM (1u << 20)
/* Only the stop at the next TB entry (no request bit): the loop looks at its requests. */
void x86_cpu_kick(CPUX86State *env);
void x86_cpu_reset_interrupt(CPUX86State *env, int mask);
/* Does a pending request end a HLT: an NMI, or a maskable interrupt with IF=1 (SDM vol. 2A,
 * HLT)? The execution loop and a board's idle loop ask the same question. */
bool x86_cpu_hlt_wakes(const CPUX86State *env);

/* The jump cache maps virtual pc to TB; a change of the virtual-to-physical mapping
 * must drop it (full TLB flush: all; INVLPG: the page). */
void x86_jmp_cache_flush(CPUX86State *env);
void x86_jmp_cache_flush_page(CPUX86State *env, uint64_t linear);
/* A CR3 write that keeps global translations (CR4.PGE): drops all but the TBs whose code
 * is on global pages, whose translation outlives it (SDM vol. 3A, 4.10.2.4). */
void x86_jmp_cache_flush_nonglobal(CPUX86State *env);

/* ---- instruction count ----
 * x86_icount(env) (cpu/cpu.h) counts retired instructions exactly (a REP string
 * instruction once per iteration; a faulting instruction not at all; INT n, INT3, INTO and
 * HLT once), with either backend: every TB counts its size at entry and an unwind takes
 * off what did not retire. Seen from inside a TB (helpers, device callbacks) it already
 * includes the rest of that TB.
 * x86_cpu_exec returns EXCP_ICOUNT when the count reaches the deadline, exactly (the
 * TB that would cross it is cut short). UINT64_MAX, the default, means none. */
void x86_cpu_set_icount_deadline(CPUX86State *env, uint64_t icount);
/* Every TB holds one instruction (QEMU's one-insn-per-tb): slower, for comparisons. */
void x86_exec_set_one_insn_per_tb(bool on);

/* ---- debugging (cpu/exec_debug.c); the lists are shared by all CPUs ---- */
enum { X86_BP_SW = 0, X86_BP_HW = 1 };  /* gdb Z0 / Z1: both stop before the insn */
enum { X86_WATCH_WRITE = 1, X86_WATCH_READ = 2, X86_WATCH_ACCESS = 3 }; /* Z2 / Z3 / Z4 */
#define X86_MAX_BREAKPOINTS 256
#define X86_MAX_WATCHPOINTS 64
/* Breakpoints are on linear addresses (CS.base + EIP) and never change guest memory: the
 * translator ends a TB before one and raises EXCP_DEBUG at it. Inserting an existing one
 * or removing a missing one is not an error (gdb re-sends). false: the table is full /
 * nothing matched for remove. */
bool x86_breakpoint_insert(CPUX86State *env, uint64_t linear, int type);
bool x86_breakpoint_remove(CPUX86State *env, uint64_t linear, int type);
/* Watchpoints on [linear, linear + len) of type X86_WATCH_*; len 1 to 2^32. */
bool x86_watchpoint_insert(CPUX86State *env, uint64_t linear, uint64_t len, int type);
bool x86_watchpoint_remove(CPUX86State *env, uint64_t linear, uint64_t len, int type);
void x86_debug_remove_all(CPUX86State *env);
/* Linear -> physical for a debugger (memory access, breakpoint bookkeeping): false when
 * not mapped. */
bool x86_debug_phys(CPUX86State *env, uint64_t linear, uint64_t *phys);

/* Why x86_cpu_exec returned EXCP_DEBUG. */
typedef enum {
    X86_STOP_NONE,
    X86_STOP_STEP,    /* one instruction retired, or one exception / interrupt delivered */
    X86_STOP_SW_BP,   /* at a breakpoint, before its instruction */
    X86_STOP_HW_BP,
    X86_STOP_WATCH,   /* after the instruction whose access hit a watchpoint */
    X86_STOP_ICOUNT,  /* the debugger's instruction-count stop was reached */
} X86StopReason;
typedef struct X86DebugStop {
    X86StopReason reason;
    int watch_type;     /* X86_WATCH_*: the watchpoint's type */
    uint64_t addr;      /* X86_STOP_WATCH: the accessed address inside the watched range */
} X86DebugStop;
X86DebugStop x86_cpu_debug_stop(CPUX86State *env);

/* Before the next x86_cpu_exec: step = run exactly one instruction (or deliver the
 * exception it raises and stop at the handler) with interrupts held off, then return
 * EXCP_DEBUG; else run freely. Either way, an instruction under a breakpoint at the
 * current pc executes instead of stopping again. */
void x86_cpu_debug_resume(CPUX86State *env, bool step);
/* The next x86_cpu_exec returns EXCP_DEBUG (X86_STOP_ICOUNT) when the count reaches
 * icount; UINT64_MAX cancels. */
void x86_cpu_debug_stop_at_icount(CPUX86State *env, uint64_t icount);

/* For the translator: is there a breakpoint at this linear pc? One load when none. */
extern unsigned x86_nb_breakpoints;
bool x86_breakpoint_hit(CPUX86State *env, uint64_t pc);
static inline bool x86_breakpoint_check(CPUX86State *env, uint64_t pc)
{
    return x86_nb_breakpoints != 0 && x86_breakpoint_hit(env, pc);
}

/* For cpu/mmu.c: TLB entries of pages for which x86_watch_page() is true (a debugger
 * watchpoint or an enabled guest data breakpoint, DR7 R/W = 01 / 11) get TLB_WATCH
 * (tcg/tlb.h), so every access there takes the slow path, which calls
 * x86_watchpoint_check before the access (after it is known not to fault). A hit in
 * generated code unwinds (the access has not happened): the loop re-runs that one
 * instruction unwatched and then returns EXCP_DEBUG (a guest breakpoint: re-runs it
 * collecting DR6 bits, then raises the #DB trap); a hit elsewhere (exception delivery)
 * stops the loop once the current step is done. */
extern unsigned x86_nb_watchpoints;
static inline bool x86_watch_any(const CPUX86State *env)
{
    return x86_nb_watchpoints != 0 || (env->dr[7] & 0xff) != 0;
}
bool x86_watch_page(const CPUX86State *env, uint64_t linear_page);
void x86_watchpoint_check(CPUX86State *env, uint64_t linear, unsigned size, bool is_write,
                          uintptr_t ra);
/* A guest breakpoint (DR6 B0-B3 in bits) matched an access that goes on (port I/O, or
 * memory outside generated code): #DB trap once the current instruction, or REP
 * iteration, is over (SDM vol. 3, 18.3.1.2-3). */
void x86_debug_trap_after(CPUX86State *env, uint32_t bits);

/* -d stats: the loop's and the TB cache's counters, one line each, through print. */
void x86_exec_print_stats(void (*print)(void *opaque, const char *line), void *opaque);

#endif

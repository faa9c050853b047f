/* The machine's one virtual clock and its timers. Guest time is in nanoseconds from
 * machine start. Deterministic mode (the default): time = retired instructions x a fixed
 * rate (CLOCK_DEFAULT_NS_PER_INSN) plus the idle time skipped while the CPU was halted,
 * so a run depends only on its inputs. Realtime mode: the host's CLOCK_MONOTONIC.
 * Devices arm timers at the moment they next need attention; nothing polls. */
#ifndef MACHINE_CLOCK_H
#define MACHINE_CLOCK_H

#include <stdbool.h>
#include <stdint.h>

#include "machine/state.h"

#define CLOCK_NEVER INT64_MAX
#define CLOCK_NS_PER_SEC 1000000000ll
/* 1 ns per instruction: a 1 GHz one-instruction-per-cycle guest, close enough to a real
 * PC that kernels calibrating loops against the PIT see sane numbers. */
#define CLOCK_DEFAULT_NS_PER_INSN 1
/* Realtime mode: the longest stretch the CPU runs without looking at the host clock, in
 * instructions, and the longest an idle wait sleeps before letting the board poll input. */
#define CLOCK_REALTIME_SLICE_INSNS 1000000u
#define CLOCK_IDLE_MAX_WAIT_NS 10000000ll

typedef enum ClockMode { CLOCK_MODE_DETERMINISTIC, CLOCK_MODE_REALTIME } ClockMode;

typedef struct Clock Clock;
typedef struct ClockTimer ClockTimer;
typedef void ClockTimerFn(void *opaque);
/* The CPU's retired-instruction count (the board wires it to x86_icount()). */
typedef uint64_t ClockIcountFn(void *opaque);
/* Called when a newly armed timer became the earliest deadline, so a running CPU can
 * cut its current slice short (the board sets CPU_INTERRUPT_EXIT). */
typedef void ClockNotifyFn(void *opaque);

Clock *clock_new(ClockMode mode);
/* Frees the clock and any timers still attached to it. */
void clock_free(Clock *c);
ClockMode clock_mode(const Clock *c);

/* Deterministic mode reads guest time from this count; without a source the count is 0
 * and time moves only by clock_advance / idle skips. Time is continuous across a change
 * of source or rate. */
void clock_set_icount_source(Clock *c, ClockIcountFn *fn, void *opaque);
void clock_set_ns_per_insn(Clock *c, uint32_t ns_per_insn); /* >= 1 */
void clock_set_deadline_notify(Clock *c, ClockNotifyFn *fn, void *opaque);

/* Guest time now, in ns; never goes backwards. */
int64_t clock_now(Clock *c);
/* Moves guest time forward by ns (idle skips, tests). */
void clock_advance(Clock *c, int64_t ns);

/* Timers fire from clock_run_expired, never from inside clock_timer_arm. */
ClockTimer *clock_timer_new(Clock *c, ClockTimerFn *fn, void *opaque);
void clock_timer_free(ClockTimer *t);   /* NULL is fine; cancels first */
/* (Re)arms at an absolute guest time; a deadline already past fires at the next
 * clock_run_expired. */
void clock_timer_arm(ClockTimer *t, int64_t deadline_ns);
void clock_timer_cancel(ClockTimer *t);
bool clock_timer_armed(const ClockTimer *t);
int64_t clock_timer_deadline(const ClockTimer *t); /* CLOCK_NEVER when not armed */

/* The earliest armed deadline, CLOCK_NEVER if none. */
int64_t clock_next_deadline(const Clock *c);
/* How many instructions the CPU may run before it must come back to the loop: in
 * deterministic mode the instructions until the next deadline (0 when one is due), at
 * most max; in realtime mode min(max, CLOCK_REALTIME_SLICE_INSNS). */
uint64_t clock_insns_to_deadline(Clock *c, uint64_t max);
/* Fires every timer whose deadline is <= now, earliest first; equal deadlines fire in
 * the order the timers were created. A callback may arm timers (itself included); one
 * armed at or before the same now fires in this call too. Returns how many fired. */
unsigned clock_run_expired(Clock *c);
/* The CPU is halted. Deterministic: jump straight to the next deadline (true), or
 * return false when no timer is armed (nothing can ever wake the guest). Realtime: sleep
 * until the next deadline, at most CLOCK_IDLE_MAX_WAIT_NS, and return true. */
bool clock_idle(Clock *c);

/* Conversions for devices counting a fixed-frequency input (ns >= 0, ticks >= 0):
 * ticks = the number of whole periods of hz elapsed by ns (floor); ns = the first
 * instant at which that many periods have elapsed (ceil). Exact for hz < 9e9. */
int64_t clock_ns_to_ticks(int64_t ns, uint64_t hz);
int64_t clock_ticks_to_ns(int64_t ticks, uint64_t hz);

/* Snapshot state: the current guest time and rate. Load it after the CPU state (the
 * instruction count it continues from) and before any device (their post_load re-arms
 * their timers against the restored time). */
extern const StateDesc clock_state_desc;
void *clock_state_obj(Clock *c);

#endif

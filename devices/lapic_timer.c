/* The local APIC timer (Intel SDM vol. 3, 11.5.4 and 11.5.4.1): a 32-bit down-counter
 * on the bus clock (LAPIC_BUS_HZ) through the divide configuration register, one-shot or
 * periodic, or a comparator against the TSC in TSC-deadline mode. The count is computed
 * from virtual time on demand; a clock timer is armed only for the next expiry. */
#include "devices/lapic_internal.h"

/* A periodic timer faster than this is serviced at most once per interval: the expiries
 * in between collapse into the one IRR bit, as they do on a CPU that cannot keep up. It
 * keeps a guest's 1-tick period from turning every nanosecond into a host event. */
#define LAPIC_TIMER_MIN_EVENT_NS 200
/* A deadline further away than this (about 100 years) never fires in practice, and
 * converting it to nanoseconds could overflow. */
#define LAPIC_TSC_MAX_DELTA 3000000000000000000ull

/* Divide configuration: bits 3, 1, 0 = 000 -> 2, 001 -> 4 ... 110 -> 128, 111 -> 1
 * (SDM vol. 3, figure 11-10). */
static uint64_t timer_divisor(const Lapic *l)
{
    unsigned v = (l->timer_dcr & 3) | ((l->timer_dcr & 8) >> 1);
    return v == 7 ? 1 : 2ull << v;
}

static uint64_t elapsed_ticks(const Lapic *l, int64_t now)
{
    if (now <= l->timer_start_ns)
        return 0;
    return (uint64_t)clock_ns_to_ticks(now - l->timer_start_ns, LAPIC_BUS_HZ);
}

static int64_t tick_time(const Lapic *l, uint64_t ticks)
{
    return l->timer_start_ns + clock_ticks_to_ns((int64_t)ticks, LAPIC_BUS_HZ);
}

static uint64_t timer_period(const Lapic *l)
{
    return (uint64_t)l->timer_initial * timer_divisor(l);
}

/* Moves timer_next past bus tick e (and at least min ticks beyond it), in whole periods. */
static void skip_to_after(Lapic *l, uint64_t e, uint64_t min)
{
    uint64_t period = timer_period(l);
    uint64_t want = e + (min ? min : 1);
    if (period == 0 || l->timer_next >= want)
        return;
    uint64_t k = (want - l->timer_next + period - 1) / period;
    l->timer_next += k * period;
}

static void arm_countdown(Lapic *l)
{
    /* A masked periodic timer keeps counting (the current count is arithmetic) but needs
     * no events; a one-shot is armed anyway so that it stops at its expiry. */
    if (!l->timer_active ||
        (lapic_timer_mode(l) == TIMER_PERIODIC && (l->lvt[LVT_TIMER] & LVT_MASKED))) {
        clock_timer_cancel(l->timer);
        return;
    }
    clock_timer_arm(l->timer, tick_time(l, l->timer_next));
}

uint64_t lapic_tsc_ticks(void *opaque)
{
    Lapic *l = opaque;
    return (uint64_t)clock_ns_to_ticks(clock_now(l->clock), X86_TSC_HZ);
}

/* TSC-deadline: fires when the guest TSC (ticks + offset, wrapping like the counter it
 * is) reaches the deadline, compared as unsigned 64-bit values. */
static void arm_deadline(Lapic *l)
{
    if (l->tsc_deadline == 0) {
        clock_timer_cancel(l->timer);
        return;
    }
    int64_t now = clock_now(l->clock);
    uint64_t base_now = (uint64_t)clock_ns_to_ticks(now, X86_TSC_HZ);
    uint64_t tsc = base_now + l->tsc_offset;
    if (tsc >= l->tsc_deadline) {
        clock_timer_arm(l->timer, now);
        return;
    }
    uint64_t delta = l->tsc_deadline - tsc;
    if (delta > LAPIC_TSC_MAX_DELTA) {
        clock_timer_cancel(l->timer);
        return;
    }
    clock_timer_arm(l->timer, clock_ticks_to_ns((int64_t)(base_now + delta), X86_TSC_HZ));
}

void lapic_timer_rearm(Lapic *l)
{
    if (lapic_timer_mode(l) == TIMER_TSC_DEADLINE)
        arm_deadline(l);
    else
        arm_countdown(l);
}

void lapic_timer_reset(Lapic *l)
{
    l->timer_initial = 0;
    l->timer_dcr = 0;
    l->timer_active = false;
    l->timer_start_ns = 0;
    l->timer_first = 0;
    l->timer_next = 0;
    l->tsc_deadline = 0;
    clock_timer_cancel(l->timer);
}

void lapic_timer_cb(void *opaque)
{
    Lapic *l = opaque;
    int64_t now = clock_now(l->clock);
    if (lapic_timer_mode(l) == TIMER_TSC_DEADLINE) {
        uint64_t tsc = (uint64_t)clock_ns_to_ticks(now, X86_TSC_HZ) + l->tsc_offset;
        if (l->tsc_deadline == 0)
            return;
        if (tsc < l->tsc_deadline) {
            arm_deadline(l);   /* the offset moved the deadline away */
            return;
        }
        /* The timer disarms itself and the MSR reads 0 from now on (11.5.4.1). */
        l->tsc_deadline = 0;
        lapic_fire_lvt(l, LVT_TIMER);
        return;
    }
    if (!l->timer_active)
        return;
    uint64_t e = elapsed_ticks(l, now);
    if (e < l->timer_next) {
        arm_countdown(l);
        return;
    }
    lapic_fire_lvt(l, LVT_TIMER);
    if (lapic_timer_mode(l) == TIMER_PERIODIC && l->timer_initial != 0) {
        skip_to_after(l, e, (uint64_t)clock_ns_to_ticks(LAPIC_TIMER_MIN_EVENT_NS, LAPIC_BUS_HZ));
    } else {
        l->timer_active = false;   /* one-shot: stays at 0 until reprogrammed */
    }
    arm_countdown(l);
}

/* Current count (SDM vol. 3, 11.5.4): counts down from timer_first; in periodic mode it
 * reloads from the initial count when it reaches 0, so after the first expiry it reads
 * initial - (ticks since the last reload). */
uint32_t lapic_timer_current(Lapic *l)
{
    if (lapic_timer_mode(l) == TIMER_TSC_DEADLINE || !l->timer_active)
        return 0;
    uint64_t t = elapsed_ticks(l, clock_now(l->clock)) / timer_divisor(l);
    if (t < l->timer_first)
        return (uint32_t)(l->timer_first - t);
    if (lapic_timer_mode(l) != TIMER_PERIODIC || l->timer_initial == 0)
        return 0;
    return l->timer_initial - (uint32_t)((t - l->timer_first) % l->timer_initial);
}

/* A write starts the count from the new value in both modes; 0 stops the timer. In
 * TSC-deadline mode the register ignores writes (11.5.4.1). */
void lapic_timer_write_initial(Lapic *l, uint32_t val)
{
    if (lapic_timer_mode(l) == TIMER_TSC_DEADLINE)
        return;
    l->timer_initial = val;
    if (val == 0) {
        l->timer_active = false;
        clock_timer_cancel(l->timer);
        return;
    }
    l->timer_active = true;
    l->timer_start_ns = clock_now(l->clock);
    l->timer_first = val;
    l->timer_next = (uint64_t)val * timer_divisor(l);
    arm_countdown(l);
}

/* A new divisor applies from now on: the count continues from its current value at the
 * new rate. An expired one-shot whose interrupt is due this instant keeps its schedule. */
void lapic_timer_write_dcr(Lapic *l, uint32_t val)
{
    uint32_t cur = lapic_timer_current(l);
    l->timer_dcr = val & 0xb;
    if (!l->timer_active || lapic_timer_mode(l) == TIMER_TSC_DEADLINE || cur == 0)
        return;
    l->timer_start_ns = clock_now(l->clock);
    l->timer_first = cur;
    l->timer_next = (uint64_t)cur * timer_divisor(l);
    arm_countdown(l);
}

void lapic_timer_lvt_changed(Lapic *l, uint32_t old)
{
    uint32_t now_lvt = l->lvt[LVT_TIMER];
    if ((old ^ now_lvt) & LVT_TIMER_MODE_MASK) {
        /* "A write to the LVT Timer Register that changes the timer mode disarms the local
         * APIC timer" (11.5.4.1): the count stops and the deadline is cleared. */
        l->timer_initial = 0;
        l->timer_active = false;
        l->tsc_deadline = 0;
        clock_timer_cancel(l->timer);
        if (lapic_timer_mode(l) == 3 && tern_log_enabled(LOG_GUEST_ERRORS))
            tern_log("lapic: LVT timer mode 3 is reserved; counting as one-shot\n");
        return;
    }
    if ((old & LVT_MASKED) && !(now_lvt & LVT_MASKED) && l->timer_active &&
        lapic_timer_mode(l) == TIMER_PERIODIC) {
        /* The expiries that fell while masked raised nothing; resume at the next one. */
        skip_to_after(l, elapsed_ticks(l, clock_now(l->clock)), 0);
    }
    lapic_timer_rearm(l);
}

uint64_t lapic_tsc_deadline_read(void *opaque)
{
    Lapic *l = opaque;
    if (!lapic_hw_enabled(l) || lapic_timer_mode(l) != TIMER_TSC_DEADLINE)
        return 0;
    return l->tsc_deadline;
}

/* Outside TSC-deadline mode the MSR ignores writes; 0 disarms; a deadline already
 * passed fires at once (11.5.4.1). */
void lapic_tsc_deadline_write(void *opaque, uint64_t deadline, uint64_t tsc_offset)
{
    Lapic *l = opaque;
    l->tsc_offset = tsc_offset;
    if (!lapic_hw_enabled(l) || lapic_timer_mode(l) != TIMER_TSC_DEADLINE)
        return;
    l->tsc_deadline = deadline;
    arm_deadline(l);
}

void lapic_tsc_offset_changed(void *opaque, uint64_t tsc_offset)
{
    Lapic *l = opaque;
    l->tsc_offset = tsc_offset;
    if (lapic_timer_mode(l) == TIMER_TSC_DEADLINE)
        arm_deadline(l);
}

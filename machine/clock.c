/* The virtual clock (machine/clock.h). Deterministic time is
 *   base_ns + (icount - icount_base) * ns_per_insn
 * where base_ns absorbs idle skips and changes of source or rate; realtime time is the
 * host's CLOCK_MONOTONIC since clock_new plus base_ns. Armed timers sit in one list
 * sorted by (deadline, creation number), so firing order never depends on arming order. */
#include "machine/clock.h"

#include <stddef.h>
#include <stdlib.h>
#include <time.h>

struct ClockTimer {
    Clock *clock;
    ClockTimerFn *fn;
    void *opaque;
    uint64_t id;              /* creation order: breaks deadline ties */
    int64_t deadline;
    bool armed;
    ClockTimer *next;         /* in the armed list */
    ClockTimer *all_next;     /* every timer of the clock, for clock_free */
};

struct Clock {
    ClockMode mode;
    ClockIcountFn *icount_fn;
    void *icount_opaque;
    uint64_t icount_base;
    int64_t base_ns;
    uint32_t ns_per_insn;
    int64_t host_start_ns;    /* realtime: CLOCK_MONOTONIC at clock_new */
    int64_t last_now;         /* keeps clock_now monotonic */
    int64_t saved_now;        /* snapshot field, filled by pre_save */
    uint64_t next_id;
    ClockTimer *armed;        /* sorted: earliest first */
    ClockTimer *all;
    ClockNotifyFn *notify_fn;
    void *notify_opaque;
};

static int64_t clock_host_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * CLOCK_NS_PER_SEC + ts.tv_nsec;
}

static uint64_t clock_icount(const Clock *c)
{
    return c->icount_fn ? c->icount_fn(c->icount_opaque) : 0;
}

/* Time from the sources, before the monotonic guard. */
static int64_t clock_raw_now(const Clock *c)
{
    if (c->mode == CLOCK_MODE_REALTIME)
        return clock_host_ns() - c->host_start_ns + c->base_ns;
    return c->base_ns + (int64_t)((clock_icount(c) - c->icount_base) * c->ns_per_insn);
}

Clock *clock_new(ClockMode mode)
{
    Clock *c = calloc(1, sizeof(*c));
    if (!c)
        return NULL;
    c->mode = mode;
    c->ns_per_insn = CLOCK_DEFAULT_NS_PER_INSN;
    c->host_start_ns = clock_host_ns();
    return c;
}

void clock_free(Clock *c)
{
    if (!c)
        return;
    ClockTimer *t = c->all;
    while (t) {
        ClockTimer *n = t->all_next;
        free(t);
        t = n;
    }
    free(c);
}

ClockMode clock_mode(const Clock *c)
{
    return c->mode;
}

int64_t clock_now(Clock *c)
{
    int64_t now = clock_raw_now(c);
    if (now < c->last_now)
        now = c->last_now;
    c->last_now = now;
    return now;
}

/* Makes the current time the new base, so the formula can change without a jump. */
static void clock_rebase(Clock *c)
{
    int64_t now = clock_now(c);
    c->icount_base = clock_icount(c);
    if (c->mode == CLOCK_MODE_REALTIME)
        c->base_ns = now - (clock_host_ns() - c->host_start_ns);
    else
        c->base_ns = now;
}

void clock_set_icount_source(Clock *c, ClockIcountFn *fn, void *opaque)
{
    int64_t now = clock_now(c);
    c->icount_fn = fn;
    c->icount_opaque = opaque;
    c->icount_base = clock_icount(c);
    if (c->mode == CLOCK_MODE_DETERMINISTIC)
        c->base_ns = now;
}

void clock_set_ns_per_insn(Clock *c, uint32_t ns_per_insn)
{
    clock_rebase(c);
    c->ns_per_insn = ns_per_insn ? ns_per_insn : 1;
}

void clock_set_deadline_notify(Clock *c, ClockNotifyFn *fn, void *opaque)
{
    c->notify_fn = fn;
    c->notify_opaque = opaque;
}

void clock_advance(Clock *c, int64_t ns)
{
    if (ns > 0) {
        c->base_ns += ns;
        clock_now(c);
    }
}

ClockTimer *clock_timer_new(Clock *c, ClockTimerFn *fn, void *opaque)
{
    ClockTimer *t = calloc(1, sizeof(*t));
    if (!t)
        return NULL;
    t->clock = c;
    t->fn = fn;
    t->opaque = opaque;
    t->id = c->next_id++;
    t->deadline = CLOCK_NEVER;
    t->all_next = c->all;
    c->all = t;
    return t;
}

static void clock_unlink(ClockTimer *t)
{
    if (!t->armed)
        return;
    ClockTimer **pp = &t->clock->armed;
    while (*pp != t)
        pp = &(*pp)->next;
    *pp = t->next;
    t->next = NULL;
    t->armed = false;
    t->deadline = CLOCK_NEVER;
}

void clock_timer_free(ClockTimer *t)
{
    if (!t)
        return;
    clock_unlink(t);
    ClockTimer **pp = &t->clock->all;
    while (*pp != t)
        pp = &(*pp)->all_next;
    *pp = t->all_next;
    free(t);
}

static bool clock_before(const ClockTimer *a, const ClockTimer *b)
{
    return a->deadline < b->deadline || (a->deadline == b->deadline && a->id < b->id);
}

void clock_timer_arm(ClockTimer *t, int64_t deadline_ns)
{
    Clock *c = t->clock;
    int64_t old_first = c->armed ? c->armed->deadline : CLOCK_NEVER;
    clock_unlink(t);
    t->deadline = deadline_ns;
    t->armed = true;
    ClockTimer **pp = &c->armed;
    while (*pp && clock_before(*pp, t))
        pp = &(*pp)->next;
    t->next = *pp;
    *pp = t;
    if (c->armed == t && deadline_ns < old_first && c->notify_fn)
        c->notify_fn(c->notify_opaque);
}

void clock_timer_cancel(ClockTimer *t)
{
    clock_unlink(t);
}

bool clock_timer_armed(const ClockTimer *t)
{
    return t->armed;
}

int64_t clock_timer_deadline(const ClockTimer *t)
{
    return t->armed ? t->deadline : CLOCK_NEVER;
}

int64_t clock_next_deadline(const Clock *c)
{
    return c->armed ? c->armed->deadline : CLOCK_NEVER;
}

uint64_t clock_insns_to_deadline(Clock *c, uint64_t max)
{
    if (c->mode == CLOCK_MODE_REALTIME)
        return max < CLOCK_REALTIME_SLICE_INSNS ? max : CLOCK_REALTIME_SLICE_INSNS;
    int64_t next = clock_next_deadline(c);
    if (next == CLOCK_NEVER)
        return max;
    int64_t now = clock_now(c);
    if (next <= now)
        return 0;
    /* The instruction that crosses the deadline is the last one allowed to run. */
    uint64_t n = ((uint64_t)(next - now) + c->ns_per_insn - 1) / c->ns_per_insn;
    return n < max ? n : max;
}

unsigned clock_run_expired(Clock *c)
{
    int64_t now = clock_now(c);
    unsigned fired = 0;
    while (c->armed && c->armed->deadline <= now) {
        ClockTimer *t = c->armed;
        clock_unlink(t);
        fired++;
        t->fn(t->opaque);
    }
    return fired;
}

bool clock_idle(Clock *c)
{
    int64_t next = clock_next_deadline(c);
    int64_t now = clock_now(c);
    if (c->mode == CLOCK_MODE_DETERMINISTIC) {
        if (next == CLOCK_NEVER)
            return false;
        if (next > now)
            clock_advance(c, next - now);
        return true;
    }
    int64_t wait = next == CLOCK_NEVER ? CLOCK_IDLE_MAX_WAIT_NS : next - now;
    if (wait > CLOCK_IDLE_MAX_WAIT_NS)
        wait = CLOCK_IDLE_MAX_WAIT_NS;
    if (wait > 0) {
        struct timespec ts = { wait / CLOCK_NS_PER_SEC, wait % CLOCK_NS_PER_SEC };
        nanosleep(&ts, NULL);
    }
    return true;
}

int64_t clock_ns_to_ticks(int64_t ns, uint64_t hz)
{
    int64_t q = ns / CLOCK_NS_PER_SEC, r = ns % CLOCK_NS_PER_SEC;
    return q * (int64_t)hz + (int64_t)((uint64_t)r * hz / CLOCK_NS_PER_SEC);
}

int64_t clock_ticks_to_ns(int64_t ticks, uint64_t hz)
{
    int64_t q = ticks / (int64_t)hz, r = ticks % (int64_t)hz;
    return q * CLOCK_NS_PER_SEC +
           (int64_t)(((uint64_t)r * CLOCK_NS_PER_SEC + hz - 1) / hz);
}

/* ---- snapshot ---- */

static void clock_pre_save(void *obj)
{
    Clock *c = obj;
    c->saved_now = clock_now(c);
}

static bool clock_post_load(void *obj)
{
    Clock *c = obj;
    if (c->saved_now < 0 || c->ns_per_insn == 0)
        return false;
    c->last_now = 0;
    c->icount_base = clock_icount(c);
    if (c->mode == CLOCK_MODE_REALTIME)
        c->base_ns = c->saved_now - (clock_host_ns() - c->host_start_ns);
    else
        c->base_ns = c->saved_now;
    c->last_now = c->saved_now;
    return true;
}

static const StateField clock_fields[] = {
    STATE_I64(Clock, saved_now),
    STATE_U32(Clock, ns_per_insn),
    STATE_END,
};

const StateDesc clock_state_desc = {
    .name = "clock",
    .version = 1,
    .size = sizeof(Clock),
    .fields = clock_fields,
    .pre_save = clock_pre_save,
    .post_load = clock_post_load,
};

void *clock_state_obj(Clock *c)
{
    return c;
}

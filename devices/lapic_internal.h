/* What the local APIC's files share: devices/lapic.c (acceptance, priorities, INTA, EOI,
 * pins, messages, IPIs), devices/lapic_regs.c (registers, MMIO, reset, CPU operations,
 * state) and devices/lapic_timer.c (the APIC timer, SDM vol. 3, 11.5.4). Not for others. */
#ifndef DEVICES_LAPIC_INTERNAL_H
#define DEVICES_LAPIC_INTERNAL_H

#include "devices/lapic.h"
#include "tcg/log.h"

#define LAPIC_LOG(mask, ...)              \
    do {                                  \
        if (tern_log_enabled(mask))       \
            tern_log(__VA_ARGS__);        \
    } while (0)

/* Local vector table entries, in register order from 320H. */
enum { LVT_TIMER, LVT_THERMAL, LVT_PERF, LVT_LINT0, LVT_LINT1, LVT_ERROR, LVT_NB };

#define LVT_VECTOR 0xffu
#define LVT_DM_SHIFT 8
#define LVT_DM_MASK (7u << 8)
#define LVT_POLARITY (1u << 13)     /* LINT: active low */
#define LVT_REMOTE_IRR (1u << 14)   /* LINT, fixed level: accepted, awaiting EOI */
#define LVT_LEVEL (1u << 15)        /* LINT0 trigger mode */
#define LVT_MASKED (1u << 16)
#define LVT_TIMER_MODE_SHIFT 17
#define LVT_TIMER_MODE_MASK (3u << 17)
enum { TIMER_ONESHOT = 0, TIMER_PERIODIC = 1, TIMER_TSC_DEADLINE = 2 };

/* Error status bits (SDM vol. 3, 11.5.3, table 11-6). */
#define ESR_SEND_ILLEGAL_VECTOR (1u << 5)
#define ESR_RECV_ILLEGAL_VECTOR (1u << 6)
#define ESR_ILLEGAL_REGISTER (1u << 7)

#define SVR_ENABLE (1u << 8)

#define APIC_BASE_BSP (1ull << 8)
#define APIC_BASE_EXTD (1ull << 10)
#define APIC_BASE_EN (1ull << 11)
#define APIC_BASE_ADDR_MASK (~0xfffull)

#define LAPIC_MAX_WINDOWS 4

/* The APIC page at one base the guest used. under: the MMIO region it covers (NULL:
 * unassigned space), which a dead window passes accesses on to. */
typedef struct LapicWindow {
    Lapic *lapic;
    uint64_t base;
    MemRegion *mr;
    const MemRegion *under;
    uint64_t under_offset;
} LapicWindow;

struct Lapic {
    /* --- state (lapic_state_desc) --- */
    uint64_t apic_base;       /* IA32_APIC_BASE */
    uint32_t id;              /* ID register: APIC ID in 31:24 */
    uint32_t tpr, ldr, dfr, svr;
    uint32_t irr[8], isr[8], tmr[8];   /* 256-bit registers, bit v = vector v */
    uint32_t esr;             /* what a read returns: the errors up to the last write */
    uint32_t esr_pending;     /* errors since the last ESR write */
    uint32_t icr_lo, icr_hi;
    uint32_t lvt[LVT_NB];
    uint32_t timer_initial, timer_dcr;
    /* Countdown (one-shot / periodic): counting since timer_start_ns from timer_first;
     * timer_next is the bus tick (from timer_start_ns) of the next expiry not yet
     * delivered; each later one comes timer_initial x divisor ticks after it. */
    bool timer_active;
    int64_t timer_start_ns;
    uint32_t timer_first;
    uint64_t timer_next;
    /* TSC-deadline mode: the IA32_TSC_DEADLINE value (0: disarmed) and the CPU's TSC
     * offset, guest TSC = ticks of virtual time at X86_TSC_HZ + offset. */
    uint64_t tsc_deadline, tsc_offset;
    uint8_t lint_level[2];    /* pin levels as driven (before polarity) */
    bool extint_msg;          /* an ExtINT bus message awaits INTA */
    bool intr;                /* the INTR level last signalled to the CPU */

    /* --- wiring --- */
    AddressSpace *as;
    Clock *clock;
    ClockTimer *timer;
    X86ApicSignalFn *signal;
    void *cpu_opaque;
    LapicExtAckFn *ext_ack;
    void *ext_opaque;
    LapicEoiFn *eoi_fn;
    void *eoi_opaque;
    LapicWindow windows[LAPIC_MAX_WINDOWS];
    unsigned nb_windows;
    uint8_t initial_id;
    bool bsp;
};

static inline bool lapic_hw_enabled(const Lapic *l)
{
    return (l->apic_base & APIC_BASE_EN) != 0;
}

static inline bool lapic_sw_enabled(const Lapic *l)
{
    return lapic_hw_enabled(l) && (l->svr & SVR_ENABLE);
}

static inline unsigned lapic_timer_mode(const Lapic *l)
{
    return (l->lvt[LVT_TIMER] & LVT_TIMER_MODE_MASK) >> LVT_TIMER_MODE_SHIFT;
}

static inline unsigned lapic_lvt_mode(uint32_t lvt)
{
    return (lvt & LVT_DM_MASK) >> LVT_DM_SHIFT;
}

/* lapic.c */
uint32_t lapic_ppr(const Lapic *l);
uint32_t lapic_apr(const Lapic *l);
/* The vector an acknowledge would take from IRR now, or -1. */
int lapic_deliverable(const Lapic *l);
/* An ExtINT source is asserted (the 8259A answers the acknowledge). */
bool lapic_extint_active(const Lapic *l);
/* Drives INTR from the state; force re-signals an asserted level. */
void lapic_update_intr(Lapic *l, bool force);
/* Records errors in the ESR and raises the error LVT interrupt. */
void lapic_error(Lapic *l, uint32_t bits);
/* An LVT entry's interrupt now (timer, error...), subject to its mask. */
void lapic_fire_lvt(Lapic *l, int lvt);
/* Re-evaluates LINT pin 0/1 after its level (rising: an asserting edge) or entry changed. */
void lapic_lint_service(Lapic *l, int pin, bool rising);
void lapic_eoi(Lapic *l);
/* Sends the IPI that ICR now describes. */
void lapic_send_ipi(Lapic *l);

/* lapic_timer.c */
void lapic_timer_reset(Lapic *l);
void lapic_timer_cb(void *opaque);
uint32_t lapic_timer_current(Lapic *l);
void lapic_timer_write_initial(Lapic *l, uint32_t val);
void lapic_timer_write_dcr(Lapic *l, uint32_t val);
/* After the LVT timer entry changed from old (mode change: disarm; unmask: resume). */
void lapic_timer_lvt_changed(Lapic *l, uint32_t old);
/* Re-arms the clock timer from the state (after load). */
void lapic_timer_rearm(Lapic *l);
uint64_t lapic_tsc_deadline_read(void *opaque);
void lapic_tsc_deadline_write(void *opaque, uint64_t deadline, uint64_t tsc_offset);
void lapic_tsc_offset_changed(void *opaque, uint64_t tsc_offset);
uint64_t lapic_tsc_ticks(void *opaque);

#endif

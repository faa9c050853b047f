/* The local APIC's interrupt logic (devices/lapic.h): acceptance and priorities, the
 * LINT pins, the acknowledge and EOI, bus messages, MSI and IPIs. Registers are in
 * devices/lapic_regs.c, the timer in devices/lapic_timer.c. Section numbers are those of
 * the Intel SDM vol. 3, chapter 11. Delivery is instantaneous, so every "delivery
 * status" bit reads idle; INTR is a level the CPU samples, re-asserted after each
 * acknowledge that leaves another interrupt deliverable. */
#include "devices/lapic_internal.h"

#define ICR_DEST_LOGICAL (1u << 11)
#define ICR_LEVEL_ASSERT (1u << 14)
#define ICR_TRIGGER_LEVEL (1u << 15)
#define ICR_SHORTHAND_SHIFT 18

/* ---- 256-bit registers and priorities (11.8.3.1, 11.8.4) ---- */

static int highest_bit(const uint32_t r[8])
{
    for (int i = 7; i >= 0; i--) {
        if (r[i])
            return i * 32 + 31 - __builtin_clz(r[i]);
    }
    return -1;
}

static bool test_bit(const uint32_t r[8], unsigned v) { return (r[v >> 5] >> (v & 31)) & 1; }
static void set_bit(uint32_t r[8], unsigned v) { r[v >> 5] |= 1u << (v & 31); }
static void clear_bit(uint32_t r[8], unsigned v) { r[v >> 5] &= ~(1u << (v & 31)); }

/* PPR: the TPR, or the class of the highest in-service vector if that is higher. */
uint32_t lapic_ppr(const Lapic *l)
{
    int isrv = highest_bit(l->isr);
    uint32_t isr_class = isrv < 0 ? 0 : (uint32_t)isrv & 0xf0;
    return (l->tpr & 0xf0) >= isr_class ? l->tpr & 0xff : isr_class;
}

/* APR (figure 11-15): the TPR when it is at least the highest request and above the
 * highest in-service class, else the highest of the three classes. */
uint32_t lapic_apr(const Lapic *l)
{
    int irrv = highest_bit(l->irr), isrv = highest_bit(l->isr);
    uint32_t tpr_class = l->tpr & 0xf0;
    uint32_t irr_class = irrv < 0 ? 0 : (uint32_t)irrv & 0xf0;
    uint32_t isr_class = isrv < 0 ? 0 : (uint32_t)isrv & 0xf0;
    if (tpr_class >= irr_class && tpr_class > isr_class)
        return l->tpr & 0xff;
    uint32_t m = tpr_class > irr_class ? tpr_class : irr_class;
    return m > isr_class ? m : isr_class;
}

/* The vector an acknowledge would deliver from IRR: its class must be above PPR's. */
int lapic_deliverable(const Lapic *l)
{
    int v = highest_bit(l->irr);
    if (v < 0 || ((uint32_t)v & 0xf0) <= (lapic_ppr(l) & 0xf0))
        return -1;
    return v;
}

static bool lint_asserted(const Lapic *l, int pin)
{
    bool level = l->lint_level[pin] != 0;
    return (l->lvt[LVT_LINT0 + pin] & LVT_POLARITY) ? !level : level;
}

/* An ExtINT source: the 8259A answers the acknowledge. With the APIC hardware disabled
 * LINT0 is the CPU's INTR pin (11.4.3: a processor without an APIC). ExtINT on a LINT
 * pin is always level sensitive (11.5.1). */
bool lapic_extint_active(const Lapic *l)
{
    if (!lapic_hw_enabled(l))
        return l->lint_level[0] != 0;
    if (l->extint_msg)
        return true;
    for (int pin = 0; pin < 2; pin++) {
        uint32_t lvt = l->lvt[LVT_LINT0 + pin];
        if (!(lvt & LVT_MASKED) && lapic_lvt_mode(lvt) == LAPIC_DM_EXTINT && lint_asserted(l, pin))
            return true;
    }
    return false;
}

/* Drives INTR; force re-signals an asserted level (the loop cleared its request bit). */
void lapic_update_intr(Lapic *l, bool force)
{
    bool level = lapic_extint_active(l) || (lapic_hw_enabled(l) && lapic_deliverable(l) >= 0);
    if (level != l->intr || (force && level)) {
        l->intr = level;
        if (l->signal)
            l->signal(l->cpu_opaque, X86_APIC_INTR, level);
    }
}

static void signal_pin(Lapic *l, X86ApicSignal pin)
{
    if (l->signal)
        l->signal(l->cpu_opaque, pin, 1);
}

/* ---- errors (11.5.3) ---- */

void lapic_error(Lapic *l, uint32_t bits)
{
    l->esr_pending |= bits;
    lapic_fire_lvt(l, LVT_ERROR);
}

/* Acceptance into IRR (11.8.4): TMR records the trigger mode; a vector below 16 is
 * illegal and is dropped with a receive error. */
static bool accept_irr(Lapic *l, unsigned vector, bool level, bool from_error_lvt)
{
    if (vector < 16) {
        if (from_error_lvt)
            l->esr_pending |= ESR_RECV_ILLEGAL_VECTOR;  /* no error interrupt loop */
        else
            lapic_error(l, ESR_RECV_ILLEGAL_VECTOR);
        return false;
    }
    set_bit(l->irr, vector);
    if (level)
        set_bit(l->tmr, vector);
    else
        clear_bit(l->tmr, vector);
    lapic_update_intr(l, false);
    return true;
}

/* ---- local interrupts (11.5.1) ---- */

void lapic_fire_lvt(Lapic *l, int idx)
{
    uint32_t lvt = l->lvt[idx];
    if (lvt & LVT_MASKED)
        return;
    /* Timer and error entries have no delivery mode field: always fixed, edge. */
    unsigned dm = (idx == LVT_TIMER || idx == LVT_ERROR) ? LAPIC_DM_FIXED : lapic_lvt_mode(lvt);
    switch (dm) {
    case LAPIC_DM_FIXED:
        accept_irr(l, lvt & LVT_VECTOR, false, idx == LVT_ERROR);
        break;
    case LAPIC_DM_NMI: signal_pin(l, X86_APIC_NMI); break;
    case LAPIC_DM_SMI: signal_pin(l, X86_APIC_SMI); break;
    case LAPIC_DM_INIT: signal_pin(l, X86_APIC_INIT); break;
    case LAPIC_DM_EXTINT:
        lapic_update_intr(l, false);
        break;
    default:
        LAPIC_LOG(LOG_GUEST_ERRORS, "lapic: LVT %d has reserved delivery mode %u\n", idx, dm);
        break;
    }
}

/* A LINT pin changed (rising: an edge of the asserted level) or its entry did. Fixed
 * level-triggered input (LINT0 only: LINT1 is edge only, 11.5.1): accepted while asserted
 * and Remote IRR is clear; Remote IRR holds it off until the EOI of its vector. */
void lapic_lint_service(Lapic *l, int pin, bool rising)
{
    if (!lapic_hw_enabled(l)) {
        if (pin == 1 && rising)
            signal_pin(l, X86_APIC_NMI);  /* LINT1 is the NMI pin without an APIC */
        return;
    }
    uint32_t *lvt = &l->lvt[LVT_LINT0 + pin];
    if (*lvt & LVT_MASKED)
        return;
    unsigned dm = lapic_lvt_mode(*lvt);
    if (dm == LAPIC_DM_FIXED && pin == 0 && (*lvt & LVT_LEVEL)) {
        if (lint_asserted(l, pin) && !(*lvt & LVT_REMOTE_IRR) &&
            accept_irr(l, *lvt & LVT_VECTOR, true, false))
            *lvt |= LVT_REMOTE_IRR;
        return;
    }
    if (rising && dm != LAPIC_DM_EXTINT)
        lapic_fire_lvt(l, LVT_LINT0 + pin);
}

void lapic_set_lint(Lapic *l, int pin, int level)
{
    if (pin < 0 || pin > 1)
        return;
    bool before = lapic_hw_enabled(l) ? lint_asserted(l, pin) : l->lint_level[pin] != 0;
    l->lint_level[pin] = level != 0;
    bool after = lapic_hw_enabled(l) ? lint_asserted(l, pin) : l->lint_level[pin] != 0;
    lapic_lint_service(l, pin, !before && after);
    lapic_update_intr(l, false);
}

void lapic_lint_handler(void *opaque, int line, int level)
{
    lapic_set_lint(opaque, line, level);
}

IrqLine lapic_lint_line(Lapic *l, int pin)
{
    return irq_line(lapic_lint_handler, l, pin);
}

void lapic_pic_intr(void *opaque, int level)
{
    lapic_set_lint(opaque, 0, level);
}

/* ---- acknowledge and EOI (11.8.4, 11.8.5, 11.9) ---- */

int lapic_get_interrupt(void *opaque)
{
    Lapic *l = opaque;
    int vec;
    if (!lapic_hw_enabled(l) || lapic_extint_active(l)) {
        l->extint_msg = false;
        vec = l->ext_ack ? l->ext_ack(l->ext_opaque) : -1;
        if (vec < 0 && lapic_hw_enabled(l))
            vec = (int)(l->svr & 0xff);
        lapic_update_intr(l, true);
        return vec;
    }
    vec = lapic_deliverable(l);
    if (vec >= 0) {
        clear_bit(l->irr, (unsigned)vec);
        set_bit(l->isr, (unsigned)vec);
    } else {
        /* INTR was asserted but nothing is deliverable now (the TPR rose, the request
         * went away): the spurious vector, which leaves ISR alone (11.9). */
        vec = (int)(l->svr & 0xff);
    }
    lapic_update_intr(l, true);
    return vec;
}

void lapic_eoi(Lapic *l)
{
    int v = highest_bit(l->isr);
    if (v < 0)
        return;   /* an EOI with nothing in service does nothing */
    clear_bit(l->isr, (unsigned)v);
    if (test_bit(l->tmr, (unsigned)v)) {
        /* Level-triggered: the EOI goes to the IOAPICs and to LINT0's Remote IRR; a
         * still-asserted input is then accepted again. */
        uint32_t *lvt = &l->lvt[LVT_LINT0];
        if ((*lvt & LVT_REMOTE_IRR) && (*lvt & LVT_VECTOR) == (uint32_t)v) {
            *lvt &= ~LVT_REMOTE_IRR;
            lapic_lint_service(l, 0, false);
        }
        if (l->eoi_fn)
            l->eoi_fn(l->eoi_opaque, v);
    }
    lapic_update_intr(l, false);
}

/* ---- messages and IPIs (11.6) ---- */

/* 11.6.2.1 / 11.6.2.2: physical ID or broadcast FFH; logical flat (DFR model 1111B: a
 * bit of LDR[31:24]) or cluster (0000B: cluster in 7:4 or all-clusters FH, and a bit in
 * 3:0). */
static bool dest_match(const Lapic *l, uint8_t dest, bool logical)
{
    if (!logical)
        return dest == 0xff || dest == (uint8_t)(l->id >> 24);
    uint8_t ldr = (uint8_t)(l->ldr >> 24);
    switch (l->dfr >> 28) {
    case 0xf:
        return (ldr & dest) != 0;
    case 0x0:
        return ((dest >> 4) == 0xf || (dest >> 4) == (ldr >> 4)) && (dest & ldr & 0xf) != 0;
    default:
        return false;
    }
}

/* A message this APIC is a destination of. Fixed and lowest-priority interrupts need the
 * APIC software-enabled; NMI, SMI, INIT and SIPI do not (11.4.7.2). */
static bool deliver_local(Lapic *l, const LapicMsg *m)
{
    switch (m->delivery) {
    case LAPIC_DM_FIXED:
    case LAPIC_DM_LOWEST:
        if (!lapic_sw_enabled(l))
            return false;
        return accept_irr(l, m->vector, m->level, false);
    case LAPIC_DM_NMI: signal_pin(l, X86_APIC_NMI); return true;
    case LAPIC_DM_SMI: signal_pin(l, X86_APIC_SMI); return true;
    case LAPIC_DM_INIT: signal_pin(l, X86_APIC_INIT); return true;
    case LAPIC_DM_STARTUP:
        return true;   /* a processor not waiting for SIPI ignores it (SDM vol. 3, 9.4.4) */
    case LAPIC_DM_EXTINT:
        l->extint_msg = true;
        lapic_update_intr(l, false);
        return true;
    default:
        LAPIC_LOG(LOG_GUEST_ERRORS, "lapic: message with reserved delivery mode %u\n",
                  m->delivery);
        return false;
    }
}

bool lapic_deliver(Lapic *l, const LapicMsg *msg)
{
    if (!lapic_hw_enabled(l) || !dest_match(l, msg->dest, msg->logical))
        return false;
    return deliver_local(l, msg);
}

bool lapic_deliver_msg(void *opaque, const LapicMsg *msg)
{
    return lapic_deliver(opaque, msg);
}

/* 11.11.1: address FEExxxxxH with the destination ID in 19:12 and the destination mode
 * in bit 2; data: vector 7:0, delivery mode 10:8, trigger mode 15. */
bool lapic_msi(Lapic *l, uint64_t addr, uint32_t data)
{
    if ((addr >> 20) != 0xfee)
        return false;
    LapicMsg m = {
        .dest = (uint8_t)(addr >> 12),
        .logical = (addr & 4) != 0,
        .delivery = (uint8_t)((data >> 8) & 7),
        .vector = (uint8_t)data,
        .level = (data & 0x8000) != 0,
    };
    return lapic_deliver(l, &m);
}

static const char *const dm_names[8] = {
    "fixed", "lowest-priority", "SMI", "reserved", "NMI", "INIT", "start-up", "reserved",
};

/* A write to ICR[31:0] sends (11.6.1). One processor: other destinations are nobody. */
void lapic_send_ipi(Lapic *l)
{
    uint32_t lo = l->icr_lo;
    unsigned vector = lo & 0xff, dm = (lo >> 8) & 7, shorthand = (lo >> ICR_SHORTHAND_SHIFT) & 3;
    bool logical = (lo & ICR_DEST_LOGICAL) != 0;
    bool trig_level = (lo & ICR_TRIGGER_LEVEL) != 0;
    uint8_t dest = (uint8_t)(l->icr_hi >> 24);

    /* INIT level de-assert: a synchronisation message only P6/Pentium buses used. */
    if (dm == LAPIC_DM_INIT && !(lo & ICR_LEVEL_ASSERT) && trig_level)
        return;
    if (dm == 3 || dm == LAPIC_DM_EXTINT) {
        LAPIC_LOG(LOG_GUEST_ERRORS, "lapic: ICR with reserved delivery mode %u\n", dm);
        return;
    }
    if ((dm == LAPIC_DM_FIXED || dm == LAPIC_DM_LOWEST) && vector < 16) {
        lapic_error(l, ESR_SEND_ILLEGAL_VECTOR);
        return;
    }
    bool to_self, to_others;
    switch (shorthand) {
    case 1:  /* self: fixed only (table 11-3) */
        if (dm != LAPIC_DM_FIXED) {
            LAPIC_LOG(LOG_GUEST_ERRORS, "lapic: self IPI with %s delivery is invalid\n",
                      dm_names[dm]);
            return;
        }
        to_self = true;
        to_others = false;
        break;
    case 2: to_self = true; to_others = true; break;
    case 3: to_self = false; to_others = true; break;
    default:
        to_self = dest_match(l, dest, logical);
        to_others = logical || dest == 0xff || !to_self;
        break;
    }
    if (to_others && (dm == LAPIC_DM_INIT || dm == LAPIC_DM_STARTUP))
        LAPIC_LOG(LOG_UNIMP, "unimplemented: %s IPI to other processors (ICR %08x:%08x): "
                  "this machine has one CPU\n", dm_names[dm], l->icr_hi, lo);
    else if (!to_self)
        LAPIC_LOG(LOG_GUEST_ERRORS, "lapic: %s IPI vector %02x to destination %02x reaches "
                  "no processor\n", dm_names[dm], vector, dest);
    if (to_self) {
        LapicMsg m = { dest, logical, (uint8_t)dm, (uint8_t)vector, trig_level };
        deliver_local(l, &m);
    }
}

/* The local APIC's register file (SDM vol. 3, table 11-1), its MMIO window(s) at
 * IA32_APIC_BASE, reset, the CPU-side operations (cpu/apic_iface.h) and the snapshot
 * table. The interrupt logic is in devices/lapic.c, the timer in devices/lapic_timer.c. */
#include "devices/lapic_internal.h"

#include <stdlib.h>

/* Above the chipset's MMIO decoding of the same page: the APIC page shadows it. */
#define LAPIC_MMIO_PRIORITY 10
#define LAPIC_MMIO_SIZE 0x1000

#define ICR_LO_WRITABLE 0x000ccfffu  /* 11.6.1: 7:0, 10:8, 11, 14, 15, 19:18 */

/* Writable bits of each LVT entry (figure 11-8); delivery status and Remote IRR are
 * read-only. */
static const uint32_t lvt_writable[LVT_NB] = {
    [LVT_TIMER] = 0x000700ffu,
    [LVT_THERMAL] = 0x000107ffu,
    [LVT_PERF] = 0x000107ffu,
    [LVT_LINT0] = 0x0001a7ffu,
    [LVT_LINT1] = 0x0001a7ffu,
    [LVT_ERROR] = 0x000100ffu,
};

/* ---- registers (table 11-1) ---- */

static void lvt_write(Lapic *l, int idx, uint32_t val)
{
    uint32_t old = l->lvt[idx];
    uint32_t v = val & lvt_writable[idx];
    /* While software-disabled the mask bits stay set (11.4.7.2). */
    if (!lapic_sw_enabled(l))
        v |= LVT_MASKED;
    if (idx == LVT_LINT0 && lapic_lvt_mode(v) == LAPIC_DM_FIXED && (v & LVT_LEVEL))
        v |= old & LVT_REMOTE_IRR;   /* Remote IRR only means something for fixed level */
    l->lvt[idx] = v;
    if (idx == LVT_TIMER)
        lapic_timer_lvt_changed(l, old);
    if (idx == LVT_LINT0 || idx == LVT_LINT1)
        lapic_lint_service(l, idx - LVT_LINT0, false);
    lapic_update_intr(l, false);
}

static void svr_write(Lapic *l, uint32_t val)
{
    /* 7:0 vector, 8 APIC enable, 9 focus checking (no effect with one processor); EOI
     * broadcast suppression (12) is not offered by the version register. */
    l->svr = val & 0x3ff;
    if (!(val & SVR_ENABLE)) {
        /* An explicit software disable masks every LVT entry (11.4.7.2). */
        for (int i = 0; i < LVT_NB; i++) {
            uint32_t old = l->lvt[i];
            l->lvt[i] |= LVT_MASKED;
            if (i == LVT_TIMER)
                lapic_timer_lvt_changed(l, old);
        }
    }
    lapic_update_intr(l, false);
}

static uint32_t reg_read(Lapic *l, unsigned reg)
{
    switch (reg) {
    case 0x020: return l->id;
    case 0x030: return LAPIC_VERSION;
    case 0x080: return l->tpr;
    case 0x090: return lapic_apr(l);
    case 0x0a0: return lapic_ppr(l);
    case 0x0b0: return 0;            /* EOI: write-only */
    case 0x0c0: return 0;            /* remote read: no remote reads on this bus */
    case 0x0d0: return l->ldr;
    case 0x0e0: return l->dfr | 0x0fffffffu;
    case 0x0f0: return l->svr;
    case 0x280: return l->esr;
    case 0x300: return l->icr_lo;    /* delivery status: idle */
    case 0x310: return l->icr_hi;
    case 0x380: return l->timer_initial;
    case 0x390: return lapic_timer_current(l);
    case 0x3e0: return l->timer_dcr;
    }
    if (reg >= 0x100 && reg < 0x180)
        return l->isr[(reg - 0x100) >> 4];
    if (reg >= 0x180 && reg < 0x200)
        return l->tmr[(reg - 0x180) >> 4];
    if (reg >= 0x200 && reg < 0x280)
        return l->irr[(reg - 0x200) >> 4];
    if (reg >= 0x320 && reg < 0x380)
        return l->lvt[(reg - 0x320) >> 4];
    /* Reserved (CMCI at 2F0H too: max LVT entry 5): illegal register address. */
    lapic_error(l, ESR_ILLEGAL_REGISTER);
    return 0;
}

static bool reg_read_only(unsigned reg)
{
    return reg == 0x030 || reg == 0x090 || reg == 0x0a0 || reg == 0x0c0 || reg == 0x390 ||
           (reg >= 0x100 && reg < 0x280);
}

static void reg_write(Lapic *l, unsigned reg, uint32_t val)
{
    if (reg_read_only(reg)) {
        LAPIC_LOG(LOG_GUEST_ERRORS, "lapic: write %08x to read-only register %03x ignored\n",
                  val, reg);
        return;
    }
    switch (reg) {
    case 0x020: l->id = val & 0xff000000u; return;
    case 0x080:
        l->tpr = val & 0xff;
        lapic_update_intr(l, false);
        return;
    case 0x0b0: lapic_eoi(l); return;
    case 0x0d0: l->ldr = val & 0xff000000u; return;
    case 0x0e0: l->dfr = val & 0xf0000000u; return;
    case 0x0f0: svr_write(l, val); return;
    case 0x280:
        /* Write before read: the write latches the errors seen since the last write and
         * starts collecting anew (11.5.3). */
        l->esr = l->esr_pending;
        l->esr_pending = 0;
        return;
    case 0x300:
        l->icr_lo = val & ICR_LO_WRITABLE;
        lapic_send_ipi(l);
        return;
    case 0x310: l->icr_hi = val & 0xff000000u; return;
    case 0x380: lapic_timer_write_initial(l, val); return;
    case 0x3e0: lapic_timer_write_dcr(l, val); return;
    }
    if (reg >= 0x320 && reg < 0x380) {
        lvt_write(l, (int)((reg - 0x320) >> 4), val);
        return;
    }
    lapic_error(l, ESR_ILLEGAL_REGISTER);
}

/* ---- the MMIO window(s) ---- */

/* A window answers while the APIC is hardware-enabled at its base. One left behind by a
 * relocation, or of a disabled APIC, passes accesses to what it covers: a device
 * region, or unassigned space (all ones, writes dropped). */
static bool window_live(const LapicWindow *w)
{
    return lapic_hw_enabled(w->lapic) && w->base == (w->lapic->apic_base & APIC_BASE_ADDR_MASK);
}

static uint64_t size_mask(unsigned size)
{
    return size >= 8 ? ~0ull : (1ull << (8 * size)) - 1;
}

/* Registers are 32 bits at 16-byte-aligned offsets (11.4.1). Narrower or unaligned reads
 * get the bytes of the register's dword (bytes 4-15 of a slot read 0). */
static uint64_t lapic_mmio_read(void *opaque, uint64_t offset, unsigned size)
{
    LapicWindow *w = opaque;
    if (!window_live(w)) {
        if (w->under)
            return w->under->ops->read(w->under->opaque, w->under_offset + offset, size);
        return size_mask(size);
    }
    unsigned byte = offset & 0xf;
    uint64_t v = byte < 4 ? (uint64_t)reg_read(w->lapic, (unsigned)offset & 0xff0) >> (8 * byte)
                          : 0;
    return v & size_mask(size);
}

static void lapic_mmio_write(void *opaque, uint64_t offset, uint64_t val, unsigned size)
{
    LapicWindow *w = opaque;
    if (!window_live(w)) {
        if (w->under)
            w->under->ops->write(w->under->opaque, w->under_offset + offset, val, size);
        return;
    }
    if ((offset & 0xf) || size < 4) {
        LAPIC_LOG(LOG_GUEST_ERRORS, "lapic: %u-byte write at offset %03llx ignored (registers "
                  "take aligned 32-bit stores)\n", size, (unsigned long long)offset);
        return;
    }
    reg_write(w->lapic, (unsigned)offset & 0xff0, (uint32_t)val);
}

static const MemRegionOps lapic_mmio_ops = { lapic_mmio_read, lapic_mmio_write };

/* Makes the registers appear at the current base. The address space cannot move a
 * region, so each base the guest uses gets its own window (at most LAPIC_MAX_WINDOWS),
 * which wins over the device region or hole it covers and passes accesses on to it when
 * dead. Not over RAM or ROM: the CPU's TLB maps those pages directly, so the APIC page
 * would not be seen there. */
static void lapic_map(Lapic *l)
{
    if (!l->as || !lapic_hw_enabled(l))
        return;
    uint64_t base = l->apic_base & APIC_BASE_ADDR_MASK;
    for (unsigned i = 0; i < l->nb_windows; i++) {
        if (l->windows[i].base == base)
            return;
    }
    MemLookup lk = as_lookup(l->as, base);
    const char *why = NULL;
    if (l->nb_windows == LAPIC_MAX_WINDOWS)
        why = "too many relocations";
    else if (lk.avail < LAPIC_MMIO_SIZE)
        why = "a page shared with another region";
    else if (lk.mr && (lk.mr->kind != MR_MMIO || lk.mr->priority >= LAPIC_MMIO_PRIORITY))
        why = lk.mr->name;
    if (why) {
        LAPIC_LOG(LOG_UNIMP, "unimplemented: local APIC at %llx (over %s): its registers are "
                  "not mapped\n", (unsigned long long)base, why);
        return;
    }
    LapicWindow *w = &l->windows[l->nb_windows];
    w->lapic = l;
    w->base = base;
    w->under = lk.mr;
    w->under_offset = lk.offset;
    w->mr = as_add_mmio(l->as, "lapic", base, LAPIC_MMIO_SIZE, &lapic_mmio_ops, w,
                        LAPIC_MMIO_PRIORITY);
    if (!w->mr) {
        LAPIC_LOG(LOG_UNIMP, "unimplemented: local APIC at %llx: %s\n",
                  (unsigned long long)base, as_error(l->as));
        return;
    }
    l->nb_windows++;
}

/* ---- reset, CPU interface ---- */

/* Registers to their power-up values (11.4.7.1); the APIC ID is the caller's. */
static void reset_registers(Lapic *l)
{
    l->tpr = l->ldr = 0;
    l->dfr = 0xffffffffu;
    l->svr = 0xff;
    for (int i = 0; i < 8; i++)
        l->irr[i] = l->isr[i] = l->tmr[i] = 0;
    l->esr = l->esr_pending = 0;
    l->icr_lo = l->icr_hi = 0;
    for (int i = 0; i < LVT_NB; i++)
        l->lvt[i] = LVT_MASKED;
    if (l->bsp)
        l->lvt[LVT_LINT0] = (uint32_t)LAPIC_DM_EXTINT << LVT_DM_SHIFT;
    l->extint_msg = false;
    lapic_timer_reset(l);
}

void lapic_reset(Lapic *l)
{
    l->apic_base = LAPIC_DEFAULT_BASE | APIC_BASE_EN | (l->bsp ? APIC_BASE_BSP : 0);
    l->id = (uint32_t)l->initial_id << 24;
    reset_registers(l);
    lapic_map(l);
    lapic_update_intr(l, false);
}

static uint64_t lapic_base_read(void *opaque)
{
    return ((Lapic *)opaque)->apic_base;
}

/* 11.4.4 / 11.4.5: relocation and the global enable. Disabling loses the programming
 * (the APIC "may return to the state after power-up", 11.4.3). */
static bool lapic_base_write(void *opaque, uint64_t val)
{
    Lapic *l = opaque;
    if (val & APIC_BASE_EXTD) {
        LAPIC_LOG(LOG_UNIMP, "unimplemented: IA32_APIC_BASE.EXTD (x2APIC mode)\n");
        return false;
    }
    bool was_enabled = lapic_hw_enabled(l);
    l->apic_base = (val & ~APIC_BASE_BSP) | (l->bsp ? APIC_BASE_BSP : 0);
    if (was_enabled && !lapic_hw_enabled(l))
        reset_registers(l);
    lapic_map(l);
    lapic_update_intr(l, false);
    return true;
}

static uint64_t lapic_cr8_read(void *opaque)
{
    return (((Lapic *)opaque)->tpr >> 4) & 0xf;
}

/* MOV to CR8 sets TPR[7:4] and clears TPR[3:0] (11.8.6). */
static void lapic_cr8_write(void *opaque, uint64_t val)
{
    Lapic *l = opaque;
    l->tpr = (uint32_t)(val & 0xf) << 4;
    lapic_update_intr(l, false);
}

const X86ApicOps lapic_cpu_ops = {
    .base_read = lapic_base_read,
    .base_write = lapic_base_write,
    .tsc_deadline_read = lapic_tsc_deadline_read,
    .tsc_deadline_write = lapic_tsc_deadline_write,
    .tsc_offset_changed = lapic_tsc_offset_changed,
    .tsc_ticks = lapic_tsc_ticks,
    .cr8_read = lapic_cr8_read,
    .cr8_write = lapic_cr8_write,
};

Lapic *lapic_new(AddressSpace *as, Clock *clock, uint8_t apic_id, bool bsp,
                 X86ApicSignalFn *signal, void *cpu_opaque)
{
    Lapic *l = calloc(1, sizeof(*l));
    if (!l)
        return NULL;
    l->as = as;
    l->clock = clock;
    l->signal = signal;
    l->cpu_opaque = cpu_opaque;
    l->initial_id = apic_id;
    l->bsp = bsp;
    l->timer = clock_timer_new(clock, lapic_timer_cb, l);
    if (!l->timer) {
        free(l);
        return NULL;
    }
    lapic_reset(l);
    return l;
}

void lapic_free(Lapic *l)
{
    if (!l)
        return;
    clock_timer_free(l->timer);
    free(l);
}

void lapic_set_extint_ack(Lapic *l, LapicExtAckFn *fn, void *opaque)
{
    l->ext_ack = fn;
    l->ext_opaque = opaque;
}

void lapic_set_eoi_broadcast(Lapic *l, LapicEoiFn *fn, void *opaque)
{
    l->eoi_fn = fn;
    l->eoi_opaque = opaque;
}

/* ---- state ---- */

static const StateField lapic_fields[] = {
    STATE_U64(Lapic, apic_base), STATE_U32(Lapic, id), STATE_U32(Lapic, tpr),
    STATE_U32(Lapic, ldr), STATE_U32(Lapic, dfr), STATE_U32(Lapic, svr),
    STATE_U32_ARRAY(Lapic, irr, 8), STATE_U32_ARRAY(Lapic, isr, 8),
    STATE_U32_ARRAY(Lapic, tmr, 8), STATE_U32(Lapic, esr), STATE_U32(Lapic, esr_pending),
    STATE_U32(Lapic, icr_lo), STATE_U32(Lapic, icr_hi), STATE_U32_ARRAY(Lapic, lvt, LVT_NB),
    STATE_U32(Lapic, timer_initial), STATE_U32(Lapic, timer_dcr),
    STATE_BOOL(Lapic, timer_active), STATE_I64(Lapic, timer_start_ns),
    STATE_U32(Lapic, timer_first), STATE_U64(Lapic, timer_next),
    STATE_U64(Lapic, tsc_deadline), STATE_U64(Lapic, tsc_offset),
    STATE_U8_ARRAY(Lapic, lint_level, 2), STATE_BOOL(Lapic, extint_msg),
    STATE_BOOL(Lapic, intr),
    STATE_END,
};

static bool lapic_post_load(void *obj)
{
    Lapic *l = obj;
    if ((l->timer_dcr & ~0xbu) || l->lint_level[0] > 1 || l->lint_level[1] > 1 ||
        (l->apic_base & APIC_BASE_EXTD))
        return false;
    for (int i = 0; i < LVT_NB; i++) {
        if (l->lvt[i] & ~(lvt_writable[i] | LVT_REMOTE_IRR))
            return false;
    }
    lapic_map(l);
    lapic_timer_rearm(l);
    /* The CPU's request bit is not part of this state: say the level again, 0 too. */
    l->intr = lapic_extint_active(l) || (lapic_hw_enabled(l) && lapic_deliverable(l) >= 0);
    if (l->signal)
        l->signal(l->cpu_opaque, X86_APIC_INTR, l->intr);
    return true;
}

const StateDesc lapic_state_desc = {
    .name = "lapic", .version = 1, .size = sizeof(Lapic), .fields = lapic_fields,
    .post_load = lapic_post_load,
};

void *lapic_state_obj(Lapic *l)
{
    return l;
}

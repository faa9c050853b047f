/* Unit tests for the local APIC (devices/lapic.c, devices/lapic_timer.c) against the Intel
 * SDM vol. 3, chapter 11: timer modes over virtual time (one-shot expiry instants, divide
 * values, periodic reload, TSC-deadline), TPR/PPR masking, nested EOI order, the spurious
 * vector, self IPIs and destinations, LVT masking, LINT0 ExtINT and the 8259A behind it,
 * level-triggered LINT0 with Remote IRR, relocation, MSI and snapshots. */
#include <check.h>
#include <stdlib.h>

#include "devices/lapic.h"
#include "devices/pic.h"
#include "machine/clock.h"
#include "machine/memory.h"
#include "machine/state.h"

#define BASE LAPIC_DEFAULT_BASE

static Clock *clk;
static AddressSpace *as;
static Lapic *l;
static int intr_level, intr_signals, nmi_count, smi_count, init_count;
static int eoi_vec[32], n_eoi;
static int pic_vector, pic_acks;

static void cpu_signal(void *opaque, X86ApicSignal pin, int level)
{
    (void)opaque;
    switch (pin) {
    case X86_APIC_INTR:
        intr_level = level;
        intr_signals++;
        break;
    case X86_APIC_NMI: nmi_count++; break;
    case X86_APIC_SMI: smi_count++; break;
    case X86_APIC_INIT: init_count++; break;
    }
}

static int fake_pic_ack(void *opaque)
{
    (void)opaque;
    pic_acks++;
    return pic_vector;
}

static void rec_eoi(void *opaque, int vector)
{
    (void)opaque;
    if (n_eoi < 32)
        eoi_vec[n_eoi] = vector;
    n_eoi++;
}

static void setup(void)
{
    clk = clock_new(CLOCK_MODE_DETERMINISTIC);
    as = as_new();
    intr_level = 0;
    intr_signals = nmi_count = smi_count = init_count = n_eoi = pic_acks = 0;
    pic_vector = 0x08;
    l = lapic_new(as, clk, 0, true, cpu_signal, NULL);
    ck_assert_ptr_nonnull(l);
    lapic_set_extint_ack(l, fake_pic_ack, NULL);
    lapic_set_eoi_broadcast(l, rec_eoi, NULL);
}

static void teardown(void)
{
    lapic_free(l);
    as_free(as);
    clock_free(clk);
}

static uint32_t rd(unsigned off) { return (uint32_t)as_read(as, BASE + off, 4); }
static void wr(unsigned off, uint32_t v) { as_write(as, BASE + off, v, 4); }

static bool vec_bit(unsigned reg, int v)
{
    return (rd(reg + (unsigned)(v / 32) * 0x10) >> (v % 32)) & 1;
}
static bool irr_has(int v) { return vec_bit(0x200, v); }
static bool isr_has(int v) { return vec_bit(0x100, v); }
static bool tmr_has(int v) { return vec_bit(0x180, v); }

static bool isr_empty(void)
{
    for (unsigned i = 0; i < 8; i++) {
        if (rd(0x100 + i * 0x10))
            return false;
    }
    return true;
}

/* Moves guest time to t, firing timers on the way at their deadlines. */
static void run_until(int64_t t)
{
    for (;;) {
        int64_t next = clock_next_deadline(clk);
        int64_t now = clock_now(clk);
        int64_t stop = next < t ? next : t;
        if (stop > now)
            clock_advance(clk, stop - now);
        clock_run_expired(clk);
        if (stop >= t)
            break;
    }
}

static void advance(int64_t ns) { run_until(clock_now(clk) + ns); }
static void enable(void) { wr(0xf0, 0x1ff); }
static int inta(void) { return lapic_get_interrupt(l); }
static void eoi(void) { wr(0xb0, 0); }
static void self_ipi(uint32_t vector) { wr(0x300, 0x40000 | vector); }

/* 11.4.7.1, plus LINT0 in virtual-wire mode on the BSP; 11.4.8 version. */
START_TEST(test_reset_state)
{
    ck_assert_uint_eq(rd(0x030), 0x00050014);
    ck_assert_uint_eq(rd(0x020), 0);
    ck_assert_uint_eq(rd(0x080), 0);
    ck_assert_uint_eq(rd(0x0e0), 0xffffffff);
    ck_assert_uint_eq(rd(0x0f0), 0xff);
    ck_assert_uint_eq(rd(0x320), 0x10000);
    ck_assert_uint_eq(rd(0x330), 0x10000);
    ck_assert_uint_eq(rd(0x340), 0x10000);
    ck_assert_uint_eq(rd(0x350), 0x700);
    ck_assert_uint_eq(rd(0x360), 0x10000);
    ck_assert_uint_eq(rd(0x370), 0x10000);
    ck_assert_uint_eq(rd(0x380), 0);
    ck_assert_uint_eq(rd(0x390), 0);
    ck_assert_uint_eq(rd(0x3e0), 0);
    ck_assert_uint_eq(lapic_cpu_ops.base_read(l), 0xfee00900ull);
    ck_assert_int_eq(intr_level, 0);
    ck_assert(isr_empty());
}
END_TEST

/* One-shot (11.5.4): divide-by-1, initial 1000: interrupt exactly 1000 ns later, the
 * count stays 0 afterwards and no timer is left armed (nothing polls). */
START_TEST(test_oneshot)
{
    enable();
    wr(0x3e0, 0xb);
    wr(0x320, 0x40);
    int64_t t0 = clock_now(clk);
    wr(0x380, 1000);
    ck_assert_uint_eq(rd(0x390), 1000);
    run_until(t0 + 400);
    ck_assert_uint_eq(rd(0x390), 600);
    run_until(t0 + 999);
    ck_assert_int_eq(intr_level, 0);
    ck_assert_uint_eq(rd(0x390), 1);
    run_until(t0 + 1000);
    ck_assert_int_eq(intr_level, 1);
    ck_assert(irr_has(0x40));
    ck_assert_uint_eq(rd(0x390), 0);
    ck_assert_int_eq(inta(), 0x40);
    ck_assert_int_eq(intr_level, 0);
    ck_assert(isr_has(0x40));
    eoi();
    ck_assert(isr_empty());
    ck_assert_int_eq(clock_next_deadline(clk), CLOCK_NEVER);
    advance(100000);
    ck_assert_int_eq(intr_level, 0);
    ck_assert(!irr_has(0x40));
    ck_assert_uint_eq(rd(0x380), 1000);
}
END_TEST

/* Divide configuration (figure 11-10): every encoding, expiry at initial x divisor. */
START_TEST(test_divide_values)
{
    static const struct { uint32_t dcr, div; } tab[] = {
        { 0x0, 2 }, { 0x1, 4 }, { 0x2, 8 }, { 0x3, 16 },
        { 0x8, 32 }, { 0x9, 64 }, { 0xa, 128 }, { 0xb, 1 },
    };
    enable();
    wr(0x320, 0x40);
    for (unsigned i = 0; i < sizeof(tab) / sizeof(tab[0]); i++) {
        wr(0x3e0, tab[i].dcr);
        ck_assert_uint_eq(rd(0x3e0), tab[i].dcr);
        int64_t t0 = clock_now(clk);
        wr(0x380, 10);
        run_until(t0 + 5 * tab[i].div);
        ck_assert_uint_eq(rd(0x390), 5);
        run_until(t0 + 10 * tab[i].div - 1);
        ck_assert_msg(intr_level == 0, "dcr %x fired early", tab[i].dcr);
        run_until(t0 + 10 * tab[i].div);
        ck_assert_msg(intr_level == 1, "dcr %x did not fire at %u ns", tab[i].dcr,
                      10 * tab[i].div);
        ck_assert_int_eq(inta(), 0x40);
        eoi();
    }
}
END_TEST

/* A divide change mid-count continues from the current count at the new rate. */
START_TEST(test_divide_change_midcount)
{
    enable();
    wr(0x320, 0x40);
    wr(0x3e0, 0xb);                  /* divide by 1 */
    int64_t t0 = clock_now(clk);
    wr(0x380, 100);
    run_until(t0 + 40);              /* 60 left */
    wr(0x3e0, 0x0);                  /* divide by 2: 120 ns more */
    ck_assert_uint_eq(rd(0x390), 60);
    run_until(t0 + 40 + 119);
    ck_assert_int_eq(intr_level, 0);
    run_until(t0 + 40 + 120);
    ck_assert_int_eq(intr_level, 1);
}
END_TEST

/* Periodic (11.5.4): reload at 0, one interrupt per period, current count reloads. */
START_TEST(test_periodic)
{
    enable();
    wr(0x3e0, 0xb);
    wr(0x320, 0x20041);
    int64_t t0 = clock_now(clk);
    wr(0x380, 500);
    for (int k = 1; k <= 5; k++) {
        run_until(t0 + 500 * k - 1);
        ck_assert_msg(intr_level == 0, "period %d early", k);
        run_until(t0 + 500 * k);
        ck_assert_msg(intr_level == 1, "period %d missing", k);
        ck_assert_int_eq(inta(), 0x41);
        eoi();
        run_until(t0 + 500 * k + 100);
        ck_assert_uint_eq(rd(0x390), 400);
    }
    /* Unserviced periods collapse into the one IRR bit. */
    run_until(t0 + 500 * 9);
    ck_assert(irr_has(0x41));
    ck_assert_int_eq(inta(), 0x41);
    ck_assert_int_eq(intr_level, 0);
    eoi();
    /* Initial count 0 stops it. */
    wr(0x380, 0);
    ck_assert_uint_eq(rd(0x390), 0);
    ck_assert_int_eq(clock_next_deadline(clk), CLOCK_NEVER);
    advance(10000);
    ck_assert_int_eq(intr_level, 0);
}
END_TEST

/* A period shorter than the event floor (200 ns) is serviced at the first expiry at least
 * 200 ns after the last; the count itself stays exact. */
START_TEST(test_periodic_fast_coalesces)
{
    enable();
    wr(0x3e0, 0xb);
    wr(0x320, 0x20041);
    int64_t t0 = clock_now(clk);
    wr(0x380, 50);
    run_until(t0 + 50);
    ck_assert_int_eq(inta(), 0x41);
    eoi();
    run_until(t0 + 249);
    ck_assert_int_eq(intr_level, 0);
    run_until(t0 + 250);
    ck_assert_int_eq(intr_level, 1);
    run_until(t0 + 260);
    ck_assert_uint_eq(rd(0x390), 40);
}
END_TEST

/* A masked periodic timer keeps counting without events; unmasked, it resumes at the next
 * period boundary (the ones while masked raised nothing). */
START_TEST(test_periodic_masked_resume)
{
    enable();
    wr(0x3e0, 0xb);
    wr(0x320, 0x30041);              /* periodic, masked */
    int64_t t0 = clock_now(clk);
    wr(0x380, 1000);
    ck_assert_int_eq(clock_next_deadline(clk), CLOCK_NEVER);
    run_until(t0 + 5500);
    ck_assert_int_eq(intr_level, 0);
    ck_assert(!irr_has(0x41));
    ck_assert_uint_eq(rd(0x390), 500);
    wr(0x320, 0x20041);              /* unmask */
    run_until(t0 + 5999);
    ck_assert_int_eq(intr_level, 0);
    run_until(t0 + 6000);
    ck_assert_int_eq(intr_level, 1);
}
END_TEST

/* TSC-deadline mode (11.5.4.1). */
START_TEST(test_tsc_deadline)
{
    const X86ApicOps *ops = &lapic_cpu_ops;
    enable();
    advance(12345);
    ck_assert_uint_eq(ops->tsc_ticks(l), 12345);   /* X86_TSC_HZ = 1 GHz of virtual time */
    /* Outside deadline mode the MSR ignores writes and reads 0. */
    ops->tsc_deadline_write(l, 99999, 0);
    ck_assert_uint_eq(ops->tsc_deadline_read(l), 0);
    wr(0x320, 0x40042);
    wr(0x380, 1234);                 /* ignored in this mode */
    ck_assert_uint_eq(rd(0x380), 0);
    ck_assert_uint_eq(rd(0x390), 0);

    uint64_t offset = 5000;
    uint64_t tsc = ops->tsc_ticks(l) + offset;
    ops->tsc_deadline_write(l, tsc + 700, offset);
    ck_assert_uint_eq(ops->tsc_deadline_read(l), tsc + 700);
    advance(699);
    ck_assert_int_eq(intr_level, 0);
    advance(1);
    ck_assert_int_eq(intr_level, 1);
    ck_assert_uint_eq(ops->tsc_deadline_read(l), 0);   /* disarmed after firing */
    ck_assert_int_eq(inta(), 0x42);
    eoi();

    /* A deadline already passed fires at once. */
    tsc = ops->tsc_ticks(l) + offset;
    ops->tsc_deadline_write(l, tsc - 1, offset);
    advance(0);
    ck_assert_int_eq(intr_level, 1);
    ck_assert_int_eq(inta(), 0x42);
    eoi();

    /* 0 disarms. */
    ops->tsc_deadline_write(l, tsc + 100, offset);
    ops->tsc_deadline_write(l, 0, offset);
    advance(1000);
    ck_assert_int_eq(intr_level, 0);

    /* The TSC jumping forward (WRMSR IA32_TSC) brings the deadline closer. */
    tsc = ops->tsc_ticks(l) + offset;
    ops->tsc_deadline_write(l, tsc + 1000, offset);
    ops->tsc_offset_changed(l, offset + 500);
    advance(499);
    ck_assert_int_eq(intr_level, 0);
    advance(1);
    ck_assert_int_eq(intr_level, 1);
    ck_assert_int_eq(inta(), 0x42);
    eoi();
    offset += 500;

    /* Changing the timer mode disarms. */
    tsc = ops->tsc_ticks(l) + offset;
    ops->tsc_deadline_write(l, tsc + 1000, offset);
    wr(0x320, 0x42);
    ck_assert_uint_eq(ops->tsc_deadline_read(l), 0);
    wr(0x320, 0x40042);
    ck_assert_uint_eq(ops->tsc_deadline_read(l), 0);
    advance(5000);
    ck_assert_int_eq(intr_level, 0);
    ck_assert_int_eq(clock_next_deadline(clk), CLOCK_NEVER);
}
END_TEST

/* 11.8.3.1: an IRR vector is delivered only when its class is above PPR's; CR8 is
 * TPR[7:4] (11.8.6); APR per figure 11-15. */
START_TEST(test_tpr_masking)
{
    const X86ApicOps *ops = &lapic_cpu_ops;
    enable();
    wr(0x080, 0x27);
    ck_assert_uint_eq(rd(0x090), 0x27);          /* APR = TPR with nothing pending */
    wr(0x080, 0);
    self_ipi(0x55);
    ck_assert(irr_has(0x55));
    ck_assert_int_eq(intr_level, 1);
    wr(0x080, 0x60);
    ck_assert_int_eq(intr_level, 0);
    ck_assert_uint_eq(rd(0x0a0), 0x60);
    wr(0x080, 0x50);                             /* same class: still held */
    ck_assert_int_eq(intr_level, 0);
    wr(0x080, 0x4f);
    ck_assert_int_eq(intr_level, 1);
    ck_assert_uint_eq(ops->cr8_read(l), 4);
    ops->cr8_write(l, 6);
    ck_assert_uint_eq(rd(0x080), 0x60);
    ck_assert_int_eq(intr_level, 0);
    wr(0x080, 0x20);
    ck_assert_uint_eq(rd(0x090), 0x50);          /* APR: the pending class is higher */
    ops->cr8_write(l, 0);
    ck_assert_int_eq(intr_level, 1);
    ck_assert_int_eq(inta(), 0x55);
    ck_assert_uint_eq(rd(0x0a0), 0x50);          /* PPR: the in-service class */
    eoi();
    ck_assert_uint_eq(rd(0x0a0), 0);
}
END_TEST

/* Nested interrupts: a higher class preempts, a lower one waits; each EOI ends the
 * highest in-service vector (11.8.4, 11.8.5); edge EOIs are not broadcast. */
START_TEST(test_nested_eoi)
{
    enable();
    self_ipi(0x40);
    ck_assert_int_eq(inta(), 0x40);
    self_ipi(0x30);
    ck_assert_int_eq(intr_level, 0);             /* class 3 below in-service class 4 */
    self_ipi(0x60);
    ck_assert_int_eq(intr_level, 1);
    ck_assert_int_eq(inta(), 0x60);
    ck_assert(isr_has(0x40) && isr_has(0x60));
    ck_assert_int_eq(intr_level, 0);
    eoi();
    ck_assert(!isr_has(0x60) && isr_has(0x40));
    ck_assert_int_eq(intr_level, 0);             /* 0x30 still below 0x40 */
    eoi();
    ck_assert(isr_empty());
    ck_assert_int_eq(intr_level, 1);
    ck_assert_int_eq(inta(), 0x30);
    eoi();
    eoi();                                       /* nothing in service: no effect */
    ck_assert(isr_empty());
    ck_assert_int_eq(n_eoi, 0);
    /* The same vector can be both in service and requested once more (11.8.4). */
    self_ipi(0x70);
    ck_assert_int_eq(inta(), 0x70);
    self_ipi(0x70);
    self_ipi(0x70);
    ck_assert(isr_has(0x70) && irr_has(0x70));
    eoi();
    ck_assert_int_eq(inta(), 0x70);
    eoi();
    ck_assert(isr_empty() && !irr_has(0x70));
}
END_TEST

/* 11.9: an acknowledge that finds nothing deliverable gets the spurious vector, which
 * does not go in service. */
START_TEST(test_spurious)
{
    wr(0x0f0, 0x1ef);
    self_ipi(0x40);
    ck_assert_int_eq(intr_level, 1);
    wr(0x080, 0xf0);                             /* TPR rises before the INTA cycle */
    ck_assert_int_eq(inta(), 0xef);
    ck_assert(isr_empty());
    ck_assert(irr_has(0x40));
    wr(0x080, 0);
    ck_assert_int_eq(inta(), 0x40);
    eoi();
    ck_assert_int_eq(inta(), 0xef);              /* nothing at all pending */
    ck_assert(isr_empty());
}
END_TEST

/* ICR (11.6.1, 11.6.2): shorthands, physical and logical destinations, illegal vector
 * with ESR write-before-read (11.5.3), NMI to self. */
START_TEST(test_self_ipi)
{
    enable();
    self_ipi(0x70);
    ck_assert(irr_has(0x70));
    ck_assert_uint_eq(rd(0x300), 0x40070);       /* delivery status idle */
    wr(0x310, 0x00000000);
    wr(0x300, 0x71);                             /* physical, own ID 0 */
    ck_assert(irr_has(0x71));
    wr(0x310, 0x05000000);
    wr(0x300, 0x72);                             /* physical ID 5: nobody */
    ck_assert(!irr_has(0x72));
    wr(0x310, 0xff000000);
    wr(0x300, 0x73);                             /* physical broadcast */
    ck_assert(irr_has(0x73));
    wr(0x0d0, 0x02000000);                       /* flat model, logical ID bit 1 */
    wr(0x310, 0x02000000);
    wr(0x300, 0x800 | 0x74);
    ck_assert(irr_has(0x74));
    wr(0x310, 0x01000000);
    wr(0x300, 0x800 | 0x75);
    ck_assert(!irr_has(0x75));
    wr(0x0e0, 0x0fffffff);                       /* cluster model */
    ck_assert_uint_eq(rd(0x0e0), 0x0fffffff);
    wr(0x0d0, 0x31000000);                       /* cluster 3, member bit 0 */
    wr(0x310, 0x31000000);
    wr(0x300, 0x800 | 0x76);
    ck_assert(irr_has(0x76));
    wr(0x310, 0x21000000);
    wr(0x300, 0x800 | 0x77);
    ck_assert(!irr_has(0x77));
    wr(0x310, 0xf1000000);                       /* all clusters */
    wr(0x300, 0x800 | 0x78);
    ck_assert(irr_has(0x78));
    wr(0x300, 0x80000 | 0x79);                   /* all including self */
    ck_assert(irr_has(0x79));
    wr(0x300, 0xc0000 | 0x7a);                   /* all excluding self */
    ck_assert(!irr_has(0x7a));
    wr(0x300, 0xc0500);                          /* INIT to the others: none exist */
    ck_assert_int_eq(init_count, 0);
    wr(0x300, 0x80400);                          /* NMI to all including self */
    ck_assert_int_eq(nmi_count, 1);

    ck_assert_uint_eq(rd(0x280), 0);
    self_ipi(0x05);                              /* illegal vector */
    ck_assert(!irr_has(0x05));
    ck_assert_uint_eq(rd(0x280), 0);             /* not visible before an ESR write */
    wr(0x280, 0);
    ck_assert_uint_eq(rd(0x280), 0x20);          /* send illegal vector */
    wr(0x280, 0);
    ck_assert_uint_eq(rd(0x280), 0);

    wr(0x0f0, 0xff);                             /* software-disabled: fixed not accepted */
    self_ipi(0x7b);
    ck_assert(!irr_has(0x7b));
}
END_TEST

/* LVT mask bits (11.5.1); software disable masks everything and keeps it masked
 * (11.4.7.2); LINT1 as NMI is edge-triggered; the error LVT (11.5.3). */
START_TEST(test_lvt_masking)
{
    enable();
    wr(0x3e0, 0xb);
    wr(0x320, 0x10040);                          /* masked one-shot */
    wr(0x380, 100);
    advance(200);
    ck_assert(!irr_has(0x40));
    ck_assert_int_eq(intr_level, 0);
    ck_assert_int_eq(clock_next_deadline(clk), CLOCK_NEVER);

    wr(0x360, 0x400);                            /* LINT1: NMI, unmasked */
    lapic_set_lint(l, 1, 1);
    ck_assert_int_eq(nmi_count, 1);
    lapic_set_lint(l, 1, 1);
    ck_assert_int_eq(nmi_count, 1);
    lapic_set_lint(l, 1, 0);
    lapic_set_lint(l, 1, 1);
    ck_assert_int_eq(nmi_count, 2);
    lapic_set_lint(l, 1, 0);
    wr(0x360, 0x10400);
    lapic_set_lint(l, 1, 1);
    ck_assert_int_eq(nmi_count, 2);
    lapic_set_lint(l, 1, 0);

    wr(0x370, 0xfe);                             /* error LVT */
    (void)rd(0x3f0);                             /* reserved register (x2APIC self IPI) */
    ck_assert(irr_has(0xfe));
    wr(0x280, 0);
    ck_assert_uint_eq(rd(0x280), 0x80);          /* illegal register address */

    wr(0x320, 0x40);
    ck_assert_uint_eq(rd(0x320), 0x40);
    wr(0x0f0, 0xff);                             /* explicit software disable */
    for (unsigned off = 0x320; off <= 0x370; off += 0x10)
        ck_assert_msg(rd(off) & 0x10000, "LVT %x not masked", off);
    wr(0x320, 0x40);
    ck_assert_uint_eq(rd(0x320), 0x10040);       /* cannot be unmasked while disabled */
    wr(0x380, 100);
    advance(200);
    ck_assert(!irr_has(0x40));
}
END_TEST

/* LINT0 as ExtINT (virtual wire): the PIC's INT is INTR and the acknowledge is the
 * PIC's; masking LINT0 cuts it; with the APIC hardware-disabled LINT0/LINT1 are INTR/NMI
 * and the registers are gone (11.4.3). */
START_TEST(test_extint_passthrough)
{
    lapic_set_lint(l, 0, 1);                     /* reset state passes the PIC through */
    ck_assert_int_eq(intr_level, 1);
    int before = intr_signals;
    ck_assert_int_eq(inta(), 0x08);
    ck_assert_int_eq(pic_acks, 1);
    ck_assert_int_eq(intr_level, 1);
    ck_assert_int_gt(intr_signals, before);      /* re-asserted after the acknowledge */
    lapic_set_lint(l, 0, 0);
    ck_assert_int_eq(intr_level, 0);

    enable();
    wr(0x350, 0x10700);                          /* masked */
    lapic_set_lint(l, 0, 1);
    ck_assert_int_eq(intr_level, 0);
    wr(0x350, 0x700);
    ck_assert_int_eq(intr_level, 1);
    lapic_set_lint(l, 0, 0);
    wr(0x350, 0x10700);

    ck_assert(lapic_cpu_ops.base_write(l, 0xfee00000ull));   /* EN = 0 */
    ck_assert_uint_eq(lapic_cpu_ops.base_read(l), 0xfee00100ull);
    ck_assert_uint_eq(rd(0x030), 0xffffffff);
    lapic_set_lint(l, 0, 1);
    ck_assert_int_eq(intr_level, 1);
    pic_vector = 0x0d;
    ck_assert_int_eq(inta(), 0x0d);
    lapic_set_lint(l, 0, 0);
    ck_assert_int_eq(intr_level, 0);
    lapic_set_lint(l, 1, 1);
    ck_assert_int_eq(nmi_count, 1);
    lapic_set_lint(l, 1, 0);
    LapicMsg m = { 0, false, LAPIC_DM_FIXED, 0x44, false };
    ck_assert(!lapic_deliver(l, &m));            /* not on the bus */

    ck_assert(lapic_cpu_ops.base_write(l, 0xfee00800ull));
    ck_assert_uint_eq(rd(0x030), 0x00050014);
    ck_assert_uint_eq(rd(0x0f0), 0xff);          /* programming lost */
    ck_assert_uint_eq(rd(0x350), 0x700);
}
END_TEST

static int real_pic_ack(void *opaque)
{
    return pic_get_interrupt(opaque);
}

/* The real 8259A pair behind LINT0. */
START_TEST(test_extint_real_pic)
{
    PicPair *pic = pic_new(as, lapic_pic_intr, l);
    ck_assert_ptr_nonnull(pic);
    lapic_set_extint_ack(l, real_pic_ack, pic);
    as_port_out(as, 0x20, 0x11, 1);              /* ICW1 */
    as_port_out(as, 0x21, 0x20, 1);              /* ICW2: vectors 20H-27H */
    as_port_out(as, 0x21, 0x04, 1);
    as_port_out(as, 0x21, 0x01, 1);
    as_port_out(as, 0x21, 0x00, 1);              /* OCW1: all unmasked */
    pic_set_irq(pic, 1, 1);
    ck_assert_int_eq(intr_level, 1);
    ck_assert_int_eq(inta(), 0x21);
    ck_assert_int_eq(intr_level, 0);             /* IR1 in service holds INT low */
    pic_set_irq(pic, 1, 0);
    as_port_out(as, 0x20, 0x20, 1);              /* non-specific EOI */
    pic_set_irq(pic, 3, 1);
    ck_assert_int_eq(inta(), 0x23);
    pic_free(pic);
}
END_TEST

/* LINT0 fixed, level-triggered: TMR set, Remote IRR until the EOI, which is broadcast;
 * a still-asserted input is accepted again (11.5.1, 11.8.5). */
START_TEST(test_lint0_level_remote_irr)
{
    enable();
    wr(0x350, 0x8050);
    lapic_set_lint(l, 0, 1);
    ck_assert(irr_has(0x50));
    ck_assert(tmr_has(0x50));
    ck_assert(rd(0x350) & 0x4000);
    ck_assert_int_eq(inta(), 0x50);
    ck_assert(!irr_has(0x50));
    lapic_set_lint(l, 0, 1);
    ck_assert(!irr_has(0x50));                   /* held off by Remote IRR */
    eoi();
    ck_assert_int_eq(n_eoi, 1);
    ck_assert_int_eq(eoi_vec[0], 0x50);
    ck_assert(irr_has(0x50));                    /* still asserted: again */
    ck_assert(rd(0x350) & 0x4000);
    lapic_set_lint(l, 0, 0);
    ck_assert_int_eq(inta(), 0x50);
    eoi();
    ck_assert_int_eq(n_eoi, 2);
    ck_assert(!(rd(0x350) & 0x4000));
    ck_assert(!irr_has(0x50));
    ck_assert_int_eq(intr_level, 0);
}
END_TEST

/* IA32_APIC_BASE relocation (11.4.5): the registers follow the base; BSP is kept; EXTD
 * (x2APIC) is refused. */
START_TEST(test_relocation)
{
    ck_assert(lapic_cpu_ops.base_write(l, 0xfed00800ull));
    ck_assert_uint_eq(lapic_cpu_ops.base_read(l), 0xfed00900ull);
    ck_assert_uint_eq(as_read(as, 0xfed00030ull, 4), 0x00050014);
    ck_assert_uint_eq(rd(0x030), 0xffffffff);
    as_write(as, 0xfed000f0ull, 0x1ff, 4);
    ck_assert_uint_eq(as_read(as, 0xfed000f0ull, 4), 0x1ff);
    ck_assert(lapic_cpu_ops.base_write(l, 0xfee00800ull));
    ck_assert_uint_eq(rd(0x0f0), 0x1ff);
    ck_assert_uint_eq(as_read(as, 0xfed00030ull, 4), 0xffffffff);
    ck_assert(!lapic_cpu_ops.base_write(l, 0xfee00c00ull));
    ck_assert_uint_eq(lapic_cpu_ops.base_read(l), 0xfee00900ull);
}
END_TEST

static uint64_t dev_last_write;
static uint64_t dev_read(void *opaque, uint64_t offset, unsigned size)
{
    (void)opaque;
    (void)size;
    return 0x12340000u | (uint32_t)offset;
}
static void dev_write(void *opaque, uint64_t offset, uint64_t val, unsigned size)
{
    (void)opaque;
    (void)size;
    dev_last_write = offset << 32 | val;
}
static const MemRegionOps dev_ops = { dev_read, dev_write };

/* Relocated over a lower-priority device region, the APIC page shadows it; moved away,
 * the device shows through again. Over RAM the registers are not mapped (RAM is seen). */
START_TEST(test_relocation_over_device)
{
    ck_assert_ptr_nonnull(as_add_mmio(as, "dev", 0xfec80000ull, 0x10000, &dev_ops, NULL, 0));
    ck_assert_uint_eq(as_read(as, 0xfec81030ull, 4), 0x12341030);
    ck_assert(lapic_cpu_ops.base_write(l, 0xfec81800ull));
    ck_assert_uint_eq(as_read(as, 0xfec81030ull, 4), 0x00050014);
    ck_assert(lapic_cpu_ops.base_write(l, 0xfee00800ull));
    ck_assert_uint_eq(as_read(as, 0xfec81030ull, 4), 0x12341030);
    as_write(as, 0xfec81080ull, 0x55, 4);
    ck_assert_uint_eq(dev_last_write, (0x1080ull << 32) | 0x55);
    ck_assert_uint_eq(rd(0x080), 0);

    ck_assert_ptr_nonnull(as_add_ram(as, "ram", 0, 0x200000));
    ck_assert(lapic_cpu_ops.base_write(l, 0x00100800ull));
    ck_assert_uint_eq(as_read(as, 0x100030ull, 4), 0);
    ck_assert_uint_eq(rd(0x030), 0xffffffff);
}
END_TEST

/* Bus messages (IOAPIC/MSI, 11.11): destination check, TMR for level, NMI, ExtINT. */
START_TEST(test_messages_and_msi)
{
    enable();
    ck_assert(lapic_msi(l, 0xfee00000ull, 0x0062));
    ck_assert(irr_has(0x62));
    ck_assert(!tmr_has(0x62));
    ck_assert(!lapic_msi(l, 0xfee01000ull, 0x0063));   /* APIC ID 1 */
    ck_assert(!irr_has(0x63));
    ck_assert(!lapic_msi(l, 0xfed00000ull, 0x0064));   /* not an MSI address */
    LapicMsg lvl = { 0, false, LAPIC_DM_FIXED, 0x65, true };
    ck_assert(lapic_deliver(l, &lvl));
    ck_assert(tmr_has(0x65));
    LapicMsg nmi = { 0xff, false, LAPIC_DM_NMI, 0, false };
    ck_assert(lapic_deliver(l, &nmi));
    ck_assert_int_eq(nmi_count, 1);
    wr(0x080, 0xf0);
    LapicMsg ext = { 0, false, LAPIC_DM_EXTINT, 0, false };
    ck_assert(lapic_deliver(l, &ext));
    ck_assert_int_eq(intr_level, 1);             /* ExtINT ignores the TPR */
    pic_vector = 0x0b;
    ck_assert_int_eq(inta(), 0x0b);
    ck_assert_int_eq(intr_level, 0);
}
END_TEST

/* Save mid-period with a request pending, load into a fresh APIC on a clock at the same
 * time: same registers, same next expiries. */
START_TEST(test_state_round_trip)
{
    char err[200];
    ck_assert_msg(state_desc_check(&lapic_state_desc, err, sizeof(err)), "%s", err);
    enable();
    wr(0x3e0, 0xb);
    wr(0x320, 0x20041);
    wr(0x380, 1000);
    self_ipi(0x90);
    ck_assert_int_eq(inta(), 0x90);
    self_ipi(0x80);
    advance(300);
    StateBuf b;
    state_buf_init(&b);
    ck_assert(state_save(&b, &lapic_state_desc, lapic_state_obj(l)));

    Clock *c2 = clock_new(CLOCK_MODE_DETERMINISTIC);
    AddressSpace *as2 = as_new();
    clock_advance(c2, clock_now(clk));
    Lapic *l2 = lapic_new(as2, c2, 0, true, cpu_signal, NULL);
    StateReader r;
    state_reader_init(&r, b.data, b.len);
    intr_level = 1;
    ck_assert_msg(state_load(&r, &lapic_state_desc, lapic_state_obj(l2), err, sizeof(err)),
                  "%s", err);
    ck_assert_int_eq(intr_level, 0);             /* 0x80 waits below in-service 0x90 */
    ck_assert_uint_eq(as_read(as2, BASE + 0x390, 4), 700);
    ck_assert_uint_eq(as_read(as2, BASE + 0x140, 4), 1u << 16);   /* ISR 0x90 */
    ck_assert_int_eq(clock_next_deadline(c2), clock_next_deadline(clk));
    as_write(as2, BASE + 0xb0, 0, 4);
    ck_assert_int_eq(intr_level, 1);
    ck_assert_int_eq(lapic_get_interrupt(l2), 0x80);
    lapic_free(l2);
    as_free(as2);
    clock_free(c2);
    state_buf_free(&b);
}
END_TEST

static Suite *lapic_suite(void)
{
    Suite *s = suite_create("lapic");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_reset_state);
    tcase_add_test(tc, test_oneshot);
    tcase_add_test(tc, test_divide_values);
    tcase_add_test(tc, test_divide_change_midcount);
    tcase_add_test(tc, test_periodic);
    tcase_add_test(tc, test_periodic_fast_coalesces);
    tcase_add_test(tc, test_periodic_masked_resume);
    tcase_add_test(tc, test_tsc_deadline);
    tcase_add_test(tc, test_tpr_masking);
    tcase_add_test(tc, test_nested_eoi);
    tcase_add_test(tc, test_spurious);
    tcase_add_test(tc, test_self_ipi);
    tcase_add_test(tc, test_lvt_masking);
    tcase_add_test(tc, test_extint_passthrough);
    tcase_add_test(tc, test_extint_real_pic);
    tcase_add_test(tc, test_lint0_level_remote_irr);
    tcase_add_test(tc, test_relocation);
    tcase_add_test(tc, test_relocation_over_device);
    tcase_add_test(tc, test_messages_and_msi);
    tcase_add_test(tc, test_state_round_trip);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(lapic_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

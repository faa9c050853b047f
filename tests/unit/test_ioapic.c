/* Unit tests for the I/O APIC (devices/ioapic.c) against the Intel 82093AA datasheet:
 * IOREGSEL/IOWIN, ID/version/arbitration, edge and level pins with Remote IRR and EOI
 * (from a recorder and through a real local APIC), polarity, masking, the version-20H
 * EOI register, ExtINT through the LAPIC to the 8259A, and snapshots. */
#include <check.h>
#include <stdlib.h>

#include "devices/ioapic.h"
#include "devices/lapic.h"
#include "devices/pic.h"
#include "machine/clock.h"
#include "machine/memory.h"
#include "machine/state.h"

#define BASE IOAPIC_DEFAULT_BASE

static AddressSpace *as;
static Ioapic *io;
static LapicMsg msgs[64];
static int nmsgs;
static bool accept;

static bool rec_deliver(void *opaque, const LapicMsg *m)
{
    (void)opaque;
    if (nmsgs < 64)
        msgs[nmsgs] = *m;
    nmsgs++;
    return accept;
}

static void setup(void)
{
    as = as_new();
    nmsgs = 0;
    accept = true;
    io = ioapic_new(as, BASE, rec_deliver, NULL);
    ck_assert_ptr_nonnull(io);
}

static void teardown(void)
{
    ioapic_free(io);
    as_free(as);
}

static uint32_t reg_rd(uint32_t reg)
{
    as_write(as, BASE, reg, 4);
    return (uint32_t)as_read(as, BASE + 0x10, 4);
}

static void reg_wr(uint32_t reg, uint32_t v)
{
    as_write(as, BASE, reg, 4);
    as_write(as, BASE + 0x10, v, 4);
}

static void rte_wr(int pin, uint64_t v)
{
    reg_wr(0x10 + 2 * (uint32_t)pin + 1, (uint32_t)(v >> 32));
    reg_wr(0x10 + 2 * (uint32_t)pin, (uint32_t)v);
}

static uint64_t rte_rd(int pin)
{
    return reg_rd(0x10 + 2 * (uint32_t)pin) |
           (uint64_t)reg_rd(0x10 + 2 * (uint32_t)pin + 1) << 32;
}

#define RIRR (1ull << 14)
#define LEVEL (1ull << 15)
#define MASK (1ull << 16)
#define LOW (1ull << 13)

START_TEST(test_registers)
{
    ck_assert_uint_eq(reg_rd(0x01), 0x00170020);           /* 24 entries, version 20H */
    ck_assert_uint_eq(reg_rd(0x00), 0);
    reg_wr(0x00, 0xffffffff);
    ck_assert_uint_eq(reg_rd(0x00), 0x0f000000);           /* ID in 27:24 */
    ck_assert_uint_eq(reg_rd(0x02), 0x0f000000);           /* arbitration ID follows */
    reg_wr(0x01, 0);
    ck_assert_uint_eq(reg_rd(0x01), 0x00170020);           /* read-only */
    as_write(as, BASE, 0x12, 4);
    ck_assert_uint_eq(as_read(as, BASE, 4), 0x12);         /* IOREGSEL reads back */
    for (int pin = 0; pin < IOAPIC_NUM_PINS; pin++)
        ck_assert_uint_eq(rte_rd(pin), MASK);              /* reset: masked */
    rte_wr(5, 0xffffffffffffffffull);
    ck_assert_uint_eq(rte_rd(5), 0xff0000000001afffull);   /* RO status, RIRR; reserved */
    ck_assert_int_eq(nmsgs, 0);
}
END_TEST

/* Edge-triggered: one message per asserting edge; edges while masked are lost. */
START_TEST(test_edge)
{
    rte_wr(3, 0x0300000000000033ull | (1ull << 11));        /* logical dest 3, vector 33H */
    ioapic_set_irq(io, 3, 1);
    ck_assert_int_eq(nmsgs, 1);
    ck_assert_uint_eq(msgs[0].vector, 0x33);
    ck_assert_uint_eq(msgs[0].dest, 3);
    ck_assert(msgs[0].logical);
    ck_assert(!msgs[0].level);
    ck_assert_uint_eq(msgs[0].delivery, LAPIC_DM_FIXED);
    ioapic_set_irq(io, 3, 1);
    ck_assert_int_eq(nmsgs, 1);
    ioapic_set_irq(io, 3, 0);
    ioapic_set_irq(io, 3, 1);
    ck_assert_int_eq(nmsgs, 2);
    ioapic_set_irq(io, 3, 0);
    rte_wr(3, 0x33 | MASK);
    ioapic_set_irq(io, 3, 1);
    ck_assert_int_eq(nmsgs, 2);
    rte_wr(3, 0x33);                                         /* unmask: the edge is gone */
    ck_assert_int_eq(nmsgs, 2);
    ck_assert(!(rte_rd(3) & RIRR));
}
END_TEST

/* Level-triggered: Remote IRR set on acceptance, nothing more until the EOI, then again
 * while still asserted. */
START_TEST(test_level_remote_irr)
{
    rte_wr(9, 0x39 | LEVEL);
    ioapic_set_irq(io, 9, 1);
    ck_assert_int_eq(nmsgs, 1);
    ck_assert(msgs[0].level);
    ck_assert(rte_rd(9) & RIRR);
    ioapic_set_irq(io, 9, 0);
    ioapic_set_irq(io, 9, 1);
    ck_assert_int_eq(nmsgs, 1);                              /* waits for the EOI */
    ioapic_eoi(io, 0x38);                                    /* another vector */
    ck_assert(rte_rd(9) & RIRR);
    ioapic_eoi(io, 0x39);
    ck_assert_int_eq(nmsgs, 2);                              /* still asserted: again */
    ck_assert(rte_rd(9) & RIRR);
    ioapic_set_irq(io, 9, 0);
    ioapic_eoi(io, 0x39);
    ck_assert_int_eq(nmsgs, 2);
    ck_assert(!(rte_rd(9) & RIRR));
    /* Not accepted: no Remote IRR, so a later EOI or unmask can send it. */
    accept = false;
    ioapic_set_irq(io, 9, 1);
    ck_assert_int_eq(nmsgs, 3);
    ck_assert(!(rte_rd(9) & RIRR));
}
END_TEST

/* The EOI register (version 20H) and masking of an asserted level input. */
START_TEST(test_level_mask_and_eoi_register)
{
    rte_wr(10, 0x4a | LEVEL | MASK);
    ioapic_set_irq(io, 10, 1);
    ck_assert_int_eq(nmsgs, 0);
    rte_wr(10, 0x4a | LEVEL);                                /* unmask: delivered now */
    ck_assert_int_eq(nmsgs, 1);
    ck_assert(rte_rd(10) & RIRR);
    as_write(as, BASE + 0x40, 0x4a, 4);
    ck_assert_int_eq(nmsgs, 2);
    ioapic_set_irq(io, 10, 0);
    as_write(as, BASE + 0x40, 0x4a, 4);
    ck_assert(!(rte_rd(10) & RIRR));
    rte_wr(10, 0x4a);                                        /* to edge: no Remote IRR */
    ck_assert_int_eq(nmsgs, 2);
}
END_TEST

/* Active-low polarity inverts the pin. */
START_TEST(test_polarity)
{
    rte_wr(11, 0x5b | LOW);
    ioapic_set_irq(io, 11, 1);
    ck_assert_int_eq(nmsgs, 0);
    ioapic_set_irq(io, 11, 0);                               /* asserted (low) */
    ck_assert_int_eq(nmsgs, 1);
    rte_wr(12, 0x5c | LOW | LEVEL | MASK);
    ioapic_set_irq(io, 12, 1);
    rte_wr(12, 0x5c | LOW | LEVEL);
    ck_assert_int_eq(nmsgs, 1);                              /* high = idle */
    ioapic_set_irq(io, 12, 0);
    ck_assert_int_eq(nmsgs, 2);
    ck_assert_uint_eq(msgs[1].vector, 0x5c);
}
END_TEST

/* Delivery modes pass through; NMI has no Remote IRR even when level-triggered. */
START_TEST(test_delivery_modes)
{
    rte_wr(4, (uint64_t)LAPIC_DM_NMI << 8 | LEVEL);
    ioapic_set_irq(io, 4, 1);
    ck_assert_int_eq(nmsgs, 1);
    ck_assert_uint_eq(msgs[0].delivery, LAPIC_DM_NMI);
    ck_assert(!(rte_rd(4) & RIRR));
    ioapic_set_irq(io, 4, 1);
    ck_assert_int_eq(nmsgs, 1);
    rte_wr(6, 0x0200000000000000ull | (uint64_t)LAPIC_DM_LOWEST << 8 | 0x66);
    ioapic_set_irq(io, 6, 1);
    ck_assert_uint_eq(msgs[1].delivery, LAPIC_DM_LOWEST);
    ck_assert_uint_eq(msgs[1].dest, 2);
}
END_TEST

/* Save with Remote IRR set and a pin asserted; a fresh IOAPIC loaded from it behaves
 * the same at the next EOI. */
START_TEST(test_state_round_trip)
{
    char err[200];
    ck_assert_msg(state_desc_check(&ioapic_state_desc, err, sizeof(err)), "%s", err);
    reg_wr(0x00, 0x03000000);
    rte_wr(9, 0x0100000000000039ull | LEVEL);
    rte_wr(3, 0x33);
    ioapic_set_irq(io, 9, 1);
    ck_assert_int_eq(nmsgs, 1);
    as_write(as, BASE, 0x13, 4);
    StateBuf b;
    state_buf_init(&b);
    ck_assert(state_save(&b, &ioapic_state_desc, ioapic_state_obj(io)));
    Ioapic *io2 = ioapic_new(NULL, BASE, rec_deliver, NULL);
    StateReader r;
    state_reader_init(&r, b.data, b.len);
    ck_assert_msg(state_load(&r, &ioapic_state_desc, ioapic_state_obj(io2), err, sizeof(err)),
                  "%s", err);
    ioapic_free(io);
    io = io2;   /* teardown frees it; the old window's opaque is gone, so no MMIO below */
    ioapic_eoi(io, 0x39);
    ck_assert_int_eq(nmsgs, 2);                  /* pin 9 still asserted after load */
    ck_assert_uint_eq(msgs[1].dest, 1);
    ioapic_set_irq(io, 3, 1);
    ck_assert_int_eq(nmsgs, 3);
    ck_assert_uint_eq(msgs[2].vector, 0x33);
    state_buf_free(&b);
}
END_TEST

/* ---- a real local APIC and 8259A behind the IOAPIC ---- */

static Clock *clk;
static Lapic *lapic;
static PicPair *pic;
static int intr_level;

static void cpu_signal(void *opaque, X86ApicSignal pin, int level)
{
    (void)opaque;
    if (pin == X86_APIC_INTR)
        intr_level = level;
}

static int pic_ack(void *opaque)
{
    return pic_get_interrupt(opaque);
}

/* The 8259A's INT wired to LINT0 and to IOAPIC pin 0, as a board may do. */
static void pic_int_to_both(void *opaque, int level)
{
    (void)opaque;
    lapic_pic_intr(lapic, level);
    ioapic_set_irq(io, 0, level);
}

static void sys_setup(void)
{
    as = as_new();
    clk = clock_new(CLOCK_MODE_DETERMINISTIC);
    intr_level = 0;
    lapic = lapic_new(as, clk, 0, true, cpu_signal, NULL);
    io = ioapic_new(as, BASE, lapic_deliver_msg, lapic);
    ck_assert_ptr_nonnull(lapic);
    ck_assert_ptr_nonnull(io);
    lapic_set_eoi_broadcast(lapic, ioapic_eoi_handler, io);
    pic = pic_new(as, pic_int_to_both, NULL);
    lapic_set_extint_ack(lapic, pic_ack, pic);
    as_write(as, LAPIC_DEFAULT_BASE + 0xf0, 0x1ff, 4);      /* APIC software-enabled */
}

static void sys_teardown(void)
{
    pic_free(pic);
    ioapic_free(io);
    lapic_free(lapic);
    clock_free(clk);
    as_free(as);
}

static void lapic_eoi(void) { as_write(as, LAPIC_DEFAULT_BASE + 0xb0, 0, 4); }

/* Level: IOAPIC -> LAPIC (TMR set) -> INTA -> EOI at the LAPIC -> broadcast -> Remote IRR
 * cleared -> still asserted: again. Edge EOIs are not broadcast. */
START_TEST(test_through_lapic)
{
    rte_wr(16, 0x61 | LEVEL);
    ioapic_set_irq(io, 16, 1);
    ck_assert_int_eq(intr_level, 1);
    ck_assert(rte_rd(16) & RIRR);
    ck_assert_uint_eq(as_read(as, LAPIC_DEFAULT_BASE + 0x1b0, 4), 1u << 1); /* TMR 61H */
    ck_assert_int_eq(lapic_get_interrupt(lapic), 0x61);
    ck_assert_int_eq(intr_level, 0);
    lapic_eoi();
    ck_assert(rte_rd(16) & RIRR);                            /* sent again at once */
    ck_assert_int_eq(intr_level, 1);
    ck_assert_int_eq(lapic_get_interrupt(lapic), 0x61);
    ioapic_set_irq(io, 16, 0);
    lapic_eoi();
    ck_assert(!(rte_rd(16) & RIRR));
    ck_assert_int_eq(intr_level, 0);

    rte_wr(1, 0x31);                                         /* edge */
    ioapic_set_irq(io, 1, 1);
    ck_assert_int_eq(lapic_get_interrupt(lapic), 0x31);
    rte_wr(17, 0x62 | LEVEL);
    ioapic_set_irq(io, 17, 1);                               /* class 6 preempts 3 */
    ck_assert_int_eq(lapic_get_interrupt(lapic), 0x62);
    lapic_eoi();                                             /* ends 0x62: broadcast */
    ck_assert_int_eq(lapic_get_interrupt(lapic), 0x62);
    ioapic_set_irq(io, 17, 0);
    lapic_eoi();
    lapic_eoi();                                             /* ends 0x31 */
    ck_assert(!(rte_rd(17) & RIRR));
    ck_assert_uint_eq(as_read(as, LAPIC_DEFAULT_BASE + 0x110, 4), 0);  /* ISR 20H-3FH */

    rte_wr(18, 0x0100000000000063ull | LEVEL);               /* APIC ID 1: nobody */
    ioapic_set_irq(io, 18, 1);
    ck_assert(!(rte_rd(18) & RIRR));
    ck_assert_int_eq(intr_level, 0);
}
END_TEST

/* ExtINT through IOAPIC pin 0 (Linux's "through the 8259A" timer route): LINT0 is
 * masked, the message makes the LAPIC ask the PIC for the vector. */
START_TEST(test_extint_via_ioapic)
{
    as_write(as, LAPIC_DEFAULT_BASE + 0x350, 0x10700, 4);    /* LINT0 masked */
    as_port_out(as, 0x20, 0x11, 1);
    as_port_out(as, 0x21, 0x20, 1);
    as_port_out(as, 0x21, 0x04, 1);
    as_port_out(as, 0x21, 0x01, 1);
    as_port_out(as, 0x21, 0x00, 1);
    pic_set_irq(pic, 4, 1);
    ck_assert_int_eq(intr_level, 0);                         /* pin 0 still masked */
    pic_set_irq(pic, 4, 0);
    rte_wr(0, (uint64_t)LAPIC_DM_EXTINT << 8);
    pic_set_irq(pic, 4, 1);
    ck_assert_int_eq(intr_level, 1);
    ck_assert_int_eq(lapic_get_interrupt(lapic), 0x24);
    ck_assert_int_eq(intr_level, 0);
    ck_assert_uint_eq(as_read(as, LAPIC_DEFAULT_BASE + 0x110, 4), 0);  /* not in ISR */
}
END_TEST

static Suite *ioapic_suite(void)
{
    Suite *s = suite_create("ioapic");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_registers);
    tcase_add_test(tc, test_edge);
    tcase_add_test(tc, test_level_remote_irr);
    tcase_add_test(tc, test_level_mask_and_eoi_register);
    tcase_add_test(tc, test_polarity);
    tcase_add_test(tc, test_delivery_modes);
    tcase_add_test(tc, test_state_round_trip);
    suite_add_tcase(s, tc);
    TCase *sys = tcase_create("system");
    tcase_add_checked_fixture(sys, sys_setup, sys_teardown);
    tcase_add_test(sys, test_through_lapic);
    tcase_add_test(sys, test_extint_via_ioapic);
    suite_add_tcase(s, sys);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(ioapic_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

/* Unit tests for the 8259A pair (devices/pic.c), each expectation from the Intel 8259A
 * datasheet: fully nested priorities, EOI variants and rotation, AEOI, edge/level (ICW1
 * LTIM and ELCR), cascade through IR2, poll, special mask and special fully nested
 * modes, spurious IR7, IRR/ISR/IMR reads, and a state round trip. */
#include <check.h>
#include <stdlib.h>

#include "devices/pic.h"
#include "machine/memory.h"

static AddressSpace *as;
static PicPair *pic;
static int intr_level;
static int intr_calls;

static void rec_intr(void *opaque, int level)
{
    (void)opaque;
    intr_level = level;
    intr_calls++;
}

static void out8(uint16_t port, uint8_t v) { as_port_out(as, port, v, 1); }
static uint8_t in8(uint16_t port) { return (uint8_t)as_port_in(as, port, 1); }

/* The PC BIOS programming: master vectors 0x20, slave 0x28, cascade on IR2. */
static void init_pair(uint8_t master_icw4, uint8_t slave_icw4)
{
    out8(0x20, 0x11);
    out8(0x21, 0x20);
    out8(0x21, 0x04);
    out8(0x21, master_icw4);
    out8(0xa0, 0x11);
    out8(0xa1, 0x28);
    out8(0xa1, 0x02);
    out8(0xa1, slave_icw4);
}

static uint8_t read_isr(uint16_t base)
{
    out8(base, 0x0b);
    return in8(base);
}

static uint8_t read_irr(uint16_t base)
{
    out8(base, 0x0a);
    return in8(base);
}

static void setup(void)
{
    as = as_new();
    intr_level = 0;
    intr_calls = 0;
    pic = pic_new(as, rec_intr, NULL);
    ck_assert_ptr_nonnull(pic);
    init_pair(0x01, 0x01);
}

static void teardown(void)
{
    pic_free(pic);
    as_free(as);
}

START_TEST(test_basic_vector_and_eoi)
{
    ck_assert_int_eq(intr_level, 0);
    pic_set_irq(pic, 3, 1);
    ck_assert_int_eq(intr_level, 1);
    ck_assert_uint_eq(read_irr(0x20), 0x08);
    out8(0x21, 0x40);
    ck_assert_uint_eq(as_port_in(as, 0x20, 2), 0x4008);   /* IRR, then IMR at 0x21 */
    out8(0x21, 0x00);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x23);
    ck_assert_int_eq(intr_level, 0);
    ck_assert_uint_eq(read_isr(0x20), 0x08);
    ck_assert_uint_eq(read_irr(0x20), 0x00);     /* edge latch consumed by INTA */
    out8(0x20, 0x20);                            /* non-specific EOI */
    ck_assert_uint_eq(read_isr(0x20), 0x00);
    ck_assert_int_eq(intr_level, 0);             /* edge mode: a held line does not repeat */
}
END_TEST

/* Fully nested mode: IR0 highest; an in-service level blocks itself and lower ones. */
START_TEST(test_priorities)
{
    pic_set_irq(pic, 5, 1);
    pic_set_irq(pic, 3, 1);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x23);
    ck_assert_int_eq(intr_level, 0);             /* 5 is below 3 */
    pic_set_irq(pic, 1, 1);
    ck_assert_int_eq(intr_level, 1);             /* 1 is above 3 */
    ck_assert_int_eq(pic_get_interrupt(pic), 0x21);
    ck_assert_uint_eq(read_isr(0x20), 0x0a);
    out8(0x20, 0x20);                            /* ends the highest: 1 */
    ck_assert_uint_eq(read_isr(0x20), 0x08);
    ck_assert_int_eq(intr_level, 0);
    out8(0x20, 0x63);                            /* specific EOI of level 3 */
    ck_assert_uint_eq(read_isr(0x20), 0x00);
    ck_assert_int_eq(intr_level, 1);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x25);
}
END_TEST

/* After an acknowledge that leaves another request deliverable, INT is signalled
 * again even though its level did not change. */
START_TEST(test_intr_reasserted_after_ack)
{
    out8(0x21, 0x00);
    out8(0x20, 0x0b);
    /* AEOI: nothing goes in service, so both requests are deliverable in turn */
    init_pair(0x03, 0x01);
    pic_set_irq(pic, 4, 1);
    pic_set_irq(pic, 6, 1);
    int calls = intr_calls;
    ck_assert_int_eq(pic_get_interrupt(pic), 0x24);
    ck_assert_int_gt(intr_calls, calls);
    ck_assert_int_eq(intr_level, 1);
    ck_assert_uint_eq(read_isr(0x20), 0x00);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x26);
    ck_assert_int_eq(intr_level, 0);
}
END_TEST

/* Rotation: rotate on non-specific EOI makes the ended level the lowest; set priority
 * names the lowest directly; rotate on specific EOI does both. */
START_TEST(test_rotation)
{
    pic_set_irq(pic, 0, 1);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x20);
    out8(0x20, 0xa0);                            /* rotate on non-specific EOI: 0 lowest */
    pic_set_irq(pic, 0, 0);
    pic_set_irq(pic, 0, 1);
    pic_set_irq(pic, 7, 1);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x27);   /* 7 now outranks 0 */
    out8(0x20, 0xe7);                            /* rotate on specific EOI 7: 7 lowest */
    ck_assert_int_eq(pic_get_interrupt(pic), 0x20);
    out8(0x20, 0x20);
    out8(0x20, 0xc4);                            /* set priority: 4 lowest, 5 highest */
    pic_set_irq(pic, 2 + 1, 1);
    pic_set_irq(pic, 6, 1);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x26);
    out8(0x20, 0x20);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x23);
}
END_TEST

/* AEOI with rotation (OCW2 0x80): each acknowledged level becomes the lowest. */
START_TEST(test_aeoi_rotate)
{
    init_pair(0x03, 0x01);
    out8(0x20, 0x80);
    pic_set_irq(pic, 1, 1);
    pic_set_irq(pic, 3, 1);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x21);
    pic_set_irq(pic, 1, 0);
    pic_set_irq(pic, 1, 1);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x23);   /* 1 is lowest now */
    ck_assert_int_eq(pic_get_interrupt(pic), 0x21);
    ck_assert_uint_eq(read_isr(0x20), 0);
    out8(0x20, 0x00);                            /* rotate in AEOI off */
    pic_set_irq(pic, 1, 0);
    pic_set_irq(pic, 1, 1);
    pic_set_irq(pic, 3, 0);
    pic_set_irq(pic, 3, 1);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x23);   /* 1 was made lowest and stays */
}
END_TEST

/* ELCR: level mode per line; the reserved bits read 0. A level request repeats after
 * EOI while the line is high; one that falls before INTA gives the IR7 vector with no
 * in-service bit ("Edge and Level Triggered Modes"). */
START_TEST(test_elcr_level)
{
    as_port_out(as, 0x4d0, 0xff, 1);
    as_port_out(as, 0x4d1, 0xff, 1);
    ck_assert_uint_eq(as_port_in(as, 0x4d0, 1), 0xf8);
    ck_assert_uint_eq(as_port_in(as, 0x4d1, 1), 0xde);
    pic_set_irq(pic, 5, 1);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x25);
    ck_assert_uint_eq(read_irr(0x20), 0x20);     /* IRR follows the level */
    out8(0x20, 0x20);
    ck_assert_int_eq(intr_level, 1);             /* still high: again */
    ck_assert_int_eq(pic_get_interrupt(pic), 0x25);
    pic_set_irq(pic, 5, 0);
    out8(0x20, 0x20);
    ck_assert_int_eq(intr_level, 0);
    pic_set_irq(pic, 6, 1);
    ck_assert_int_eq(intr_level, 1);
    pic_set_irq(pic, 6, 0);                      /* gone before the acknowledge */
    ck_assert_int_eq(intr_level, 0);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x27);
    ck_assert_uint_eq(read_isr(0x20), 0x00);
}
END_TEST

/* ICW1 LTIM selects level mode for every input of that chip. */
START_TEST(test_ltim)
{
    out8(0x20, 0x19);
    out8(0x21, 0x20);
    out8(0x21, 0x04);
    out8(0x21, 0x01);
    pic_set_irq(pic, 0, 1);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x20);
    out8(0x20, 0x20);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x20);
}
END_TEST

/* An edge request that falls before INTA is lost too; masking after the request gives
 * the spurious vector as well. */
START_TEST(test_spurious_edge_and_mask)
{
    pic_set_irq(pic, 4, 1);
    pic_set_irq(pic, 4, 0);
    ck_assert_int_eq(intr_level, 0);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x27);
    pic_set_irq(pic, 4, 1);
    out8(0x21, 0x10);
    ck_assert_int_eq(intr_level, 0);
    ck_assert_uint_eq(in8(0x21), 0x10);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x27);
    ck_assert_uint_eq(read_isr(0x20), 0x00);
    out8(0x21, 0x00);                            /* latched request still there */
    ck_assert_int_eq(pic_get_interrupt(pic), 0x24);
}
END_TEST

/* Cascade: IRQ 12 goes through master IR2; both chips set their in-service bits. */
START_TEST(test_cascade)
{
    pic_set_irq(pic, 12, 1);
    ck_assert_int_eq(intr_level, 1);
    ck_assert_uint_eq(read_irr(0x20), 0x04);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x2c);
    ck_assert_uint_eq(read_isr(0x20), 0x04);
    ck_assert_uint_eq(read_isr(0xa0), 0x10);
    /* a higher slave request is held by the master's IR2 in service (not SFNM) */
    pic_set_irq(pic, 9, 1);
    ck_assert_int_eq(intr_level, 0);
    out8(0xa0, 0x20);
    out8(0x20, 0x20);
    ck_assert_int_eq(intr_level, 1);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x29);
    /* a master request above IR2 preempts a slave in service */
    pic_set_irq(pic, 1, 1);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x21);
    /* driving the cascade wire itself is refused */
    pic_set_irq(pic, 2, 1);
    ck_assert_uint_eq(read_irr(0x20) & 0x04, 0);
}
END_TEST

/* Special fully nested mode (master ICW4 bit 4): a higher request from the same slave
 * gets through while the slave's IR2 is in service. */
START_TEST(test_sfnm)
{
    init_pair(0x11, 0x01);
    pic_set_irq(pic, 12, 1);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x2c);
    pic_set_irq(pic, 9, 1);
    ck_assert_int_eq(intr_level, 1);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x29);
    ck_assert_uint_eq(read_isr(0xa0), 0x12);
    /* lower master levels stay blocked by IR2 in service */
    pic_set_irq(pic, 5, 1);
    ck_assert_int_eq(intr_level, 0);
}
END_TEST

/* Poll: the read after OCW3 P=1 acts as the acknowledge and returns I + level. */
START_TEST(test_poll)
{
    out8(0x20, 0x0c);
    ck_assert_uint_eq(in8(0x20), 0x00);          /* nothing requested: I = 0 */
    pic_set_irq(pic, 6, 1);
    out8(0x20, 0x0c);
    ck_assert_uint_eq(in8(0x20), 0x86);
    ck_assert_uint_eq(read_isr(0x20), 0x40);
    ck_assert_int_eq(intr_level, 0);
    /* the poll is over after one read: the next read is a register again */
    out8(0x20, 0x0a);
    ck_assert_uint_eq(in8(0x20), 0x00);
}
END_TEST

/* Special mask mode: masking the level in service lets lower levels through; a
 * non-specific EOI skips in-service bits that are masked. */
START_TEST(test_special_mask)
{
    pic_set_irq(pic, 3, 1);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x23);
    pic_set_irq(pic, 5, 1);
    ck_assert_int_eq(intr_level, 0);
    out8(0x20, 0x68);                            /* set special mask mode */
    out8(0x21, 0x08);                            /* mask 3 */
    ck_assert_int_eq(intr_level, 1);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x25);
    ck_assert_uint_eq(read_isr(0x20), 0x28);
    out8(0x20, 0x20);                            /* ends 5, not the masked 3 */
    ck_assert_uint_eq(read_isr(0x20), 0x08);
    out8(0x20, 0x48);                            /* reset special mask mode */
    out8(0x20, 0x20);
    ck_assert_uint_eq(read_isr(0x20), 0x00);
}
END_TEST

/* ICW1 clears IMR and the edge sense: a line held high across initialisation must fall
 * and rise again to request. */
START_TEST(test_icw1_resets)
{
    out8(0x21, 0xff);
    pic_set_irq(pic, 6, 1);
    init_pair(0x01, 0x01);
    ck_assert_uint_eq(in8(0x21), 0x00);
    ck_assert_int_eq(intr_level, 0);
    pic_set_irq(pic, 6, 0);
    pic_set_irq(pic, 6, 1);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x26);
    /* ICW2 low bits are ignored in 8086 mode */
    out8(0xa0, 0x11);
    out8(0xa1, 0x77);
    out8(0xa1, 0x02);
    out8(0xa1, 0x01);
    pic_set_irq(pic, 8, 1);
    out8(0x20, 0x20);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x70);
}
END_TEST

START_TEST(test_state_round_trip)
{
    char err[200];
    ck_assert_msg(state_desc_check(&pic_state_desc, err, sizeof(err)), "%s", err);
    as_port_out(as, 0x4d1, 0x08, 1);             /* IRQ 11 level */
    pic_set_irq(pic, 11, 1);
    pic_set_irq(pic, 4, 1);
    out8(0x21, 0x80);
    ck_assert_int_eq(pic_get_interrupt(pic), 0x2b);   /* IR2 outranks IR4 */
    StateBuf b;
    state_buf_init(&b);
    ck_assert(state_save(&b, &pic_state_desc, pic_state_obj(pic)));

    AddressSpace *as2 = as_new();
    int before = intr_calls;
    PicPair *p2 = pic_new(as2, rec_intr, NULL);
    StateReader r;
    state_reader_init(&r, b.data, b.len);
    ck_assert_msg(state_load(&r, &pic_state_desc, pic_state_obj(p2), err, sizeof(err)), "%s", err);
    ck_assert_int_gt(intr_calls, before);
    ck_assert_int_eq(intr_level, 0);             /* IR4 waits below IR2 in service */
    ck_assert_uint_eq(as_port_in(as2, 0x21, 1), 0x80);
    ck_assert_uint_eq(as_port_in(as2, 0x4d1, 1), 0x08);
    as_port_out(as2, 0xa0, 0x20, 1);
    as_port_out(as2, 0x20, 0x20, 1);
    ck_assert_int_eq(intr_level, 1);
    ck_assert_int_eq(pic_get_interrupt(p2), 0x2b);   /* IRQ 11 still high: level repeat */
    pic_set_irq(p2, 11, 0);
    as_port_out(as2, 0xa0, 0x20, 1);
    as_port_out(as2, 0x20, 0x20, 1);
    ck_assert_int_eq(pic_get_interrupt(p2), 0x24);
    /* a corrupted image is refused and leaves the PIC as it was */
    b.data[b.len - 1] ^= 0xff;                   /* the 'intr' bool becomes 0xfe/0xff */
    state_reader_init(&r, b.data, b.len);
    ck_assert(!state_load(&r, &pic_state_desc, pic_state_obj(p2), err, sizeof(err)));
    ck_assert_uint_eq(as_port_in(as2, 0x21, 1), 0x80);
    pic_free(p2);
    as_free(as2);
    state_buf_free(&b);
}
END_TEST

static Suite *pic_suite(void)
{
    Suite *s = suite_create("pic");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_basic_vector_and_eoi);
    tcase_add_test(tc, test_priorities);
    tcase_add_test(tc, test_intr_reasserted_after_ack);
    tcase_add_test(tc, test_rotation);
    tcase_add_test(tc, test_aeoi_rotate);
    tcase_add_test(tc, test_elcr_level);
    tcase_add_test(tc, test_ltim);
    tcase_add_test(tc, test_spurious_edge_and_mask);
    tcase_add_test(tc, test_cascade);
    tcase_add_test(tc, test_sfnm);
    tcase_add_test(tc, test_poll);
    tcase_add_test(tc, test_special_mask);
    tcase_add_test(tc, test_icw1_resets);
    tcase_add_test(tc, test_state_round_trip);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(pic_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

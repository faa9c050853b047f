/* Unit tests for the 8042 keyboard controller, its PS/2 keyboard and port 0x92
 * (devices/i8042.c): self-test and interface tests, command byte, the output port's A20
 * and reset lines, pulse commands, fast A20/reset at 0x92, keyboard commands and their
 * answers with and without set 1 translation, IRQ 1 / IRQ 12 routing, state round trip. */
#include <check.h>
#include <stdlib.h>

#include "devices/i8042.h"
#include "machine/memory.h"

static AddressSpace *as;
static I8042 *kbc;
static int irq1, irq12, irq1_rises;
static int a20_calls, a20_state, resets;

static void rec_irq(void *opaque, int line, int level)
{
    (void)opaque;
    if (line == 1) {
        if (level && !irq1)
            irq1_rises++;
        irq1 = level;
    } else {
        irq12 = level;
    }
}

static void rec_a20(void *opaque, bool on)
{
    (void)opaque;
    a20_calls++;
    a20_state = on;
}

static void rec_reset(void *opaque)
{
    (void)opaque;
    resets++;
}

static void out8(uint16_t port, uint8_t v) { as_port_out(as, port, v, 1); }
static uint8_t in8(uint16_t port) { return (uint8_t)as_port_in(as, port, 1); }

static void setup(void)
{
    as = as_new();
    irq1 = irq12 = irq1_rises = 0;
    a20_calls = resets = 0;
    a20_state = 1;
    kbc = i8042_new(as, irq_line(rec_irq, NULL, 1), irq_line(rec_irq, NULL, 12), rec_a20,
                    rec_reset, NULL);
    ck_assert_ptr_nonnull(kbc);
}

static void teardown(void)
{
    i8042_free(kbc);
    as_free(as);
}

/* Reads one byte, checking that the status said it was there. */
static uint8_t read_data(void)
{
    ck_assert_uint_eq(in8(0x64) & 0x01, 0x01);
    return in8(0x60);
}

static void expect_empty(void)
{
    ck_assert_uint_eq(in8(0x64) & 0x01, 0x00);
}

START_TEST(test_self_test)
{
    ck_assert_uint_eq(in8(0x64), 0x14);          /* SYS, not inhibited */
    out8(0x64, 0xaa);
    ck_assert_uint_eq(in8(0x64), 0x1d);          /* + OBF, A2 (command written) */
    ck_assert_int_eq(irq1, 1);
    ck_assert_uint_eq(read_data(), 0x55);
    ck_assert_int_eq(irq1, 0);
    expect_empty();
    out8(0x64, 0xab);
    ck_assert_uint_eq(read_data(), 0x00);
    out8(0x64, 0xa9);
    ck_assert_uint_eq(read_data(), 0x00);
    out8(0x64, 0xa4);
    ck_assert_uint_eq(read_data(), 0xf1);
}
END_TEST

START_TEST(test_command_byte)
{
    out8(0x64, 0x20);
    ck_assert_uint_eq(read_data(), 0x45);
    out8(0x64, 0x60);
    out8(0x60, 0x00);                            /* IRQs off, SYS off */
    ck_assert_uint_eq(in8(0x64) & 0x0c, 0x00);   /* A2 cleared by the data write */
    out8(0x64, 0x20);
    ck_assert_int_eq(irq1, 0);
    ck_assert_uint_eq(read_data(), 0x00);
    out8(0x64, 0x7f);                            /* controller RAM byte 31 */
    out8(0x60, 0x99);
    out8(0x64, 0x3f);
    ck_assert_uint_eq(read_data(), 0x99);
    out8(0x64, 0xad);
    out8(0x64, 0xa7);
    out8(0x64, 0x20);
    ck_assert_uint_eq(read_data(), 0x30);
    out8(0x64, 0xae);
    out8(0x64, 0xa8);
    out8(0x64, 0x20);
    ck_assert_uint_eq(read_data(), 0x00);
}
END_TEST

/* Output port bit 1 is the A20 gate, ORed with port 0x92 bit 1; 0xDD/0xDF too. */
START_TEST(test_a20)
{
    out8(0x64, 0xd0);
    ck_assert_uint_eq(read_data(), 0xcf);
    ck_assert(i8042_a20_enabled(kbc));
    out8(0x64, 0xd1);
    out8(0x60, 0xcd);
    ck_assert_int_eq(a20_calls, 1);
    ck_assert_int_eq(a20_state, 0);
    out8(0x64, 0xd0);
    ck_assert_uint_eq(read_data(), 0xcd);
    out8(0x92, 0x02);
    ck_assert_int_eq(a20_state, 1);
    ck_assert_uint_eq(in8(0x92), 0x02);
    out8(0x92, 0x00);
    ck_assert_int_eq(a20_state, 0);
    out8(0x64, 0xdf);
    ck_assert_int_eq(a20_state, 1);
    out8(0x64, 0xdd);
    ck_assert_int_eq(a20_state, 0);
    ck_assert_int_eq(a20_calls, 5);
    ck_assert_int_eq(resets, 0);
    /* the output port read shows OBF when keyboard data waits */
    out8(0x64, 0xd2);
    out8(0x60, 0x11);
    out8(0x64, 0xd0);                            /* answered after the 0x11 */
    ck_assert_uint_eq(read_data(), 0x11);
    ck_assert_uint_eq(read_data(), 0xdd);        /* bit 4: keyboard byte in OB then */
}
END_TEST

/* Reset: 0xF0-0xFE with bit 0 clear pulse the reset line (0xFE is the usual one);
 * writing output port bit 0 as 0; port 0x92 bit 0 going 0 -> 1. */
START_TEST(test_reset_pulses)
{
    out8(0x64, 0xff);
    ck_assert_int_eq(resets, 0);
    out8(0x64, 0xfe);
    ck_assert_int_eq(resets, 1);
    out8(0x64, 0xf0);
    ck_assert_int_eq(resets, 2);
    out8(0x64, 0xf1);
    ck_assert_int_eq(resets, 2);
    out8(0x64, 0xd1);
    out8(0x60, 0xce);
    ck_assert_int_eq(resets, 3);
    out8(0x64, 0xd0);
    ck_assert_uint_eq(read_data() & 1, 1);       /* the line was pulsed, not held */
    out8(0x92, 0x01);
    ck_assert_int_eq(resets, 4);
    out8(0x92, 0x01);
    ck_assert_int_eq(resets, 4);
    out8(0x92, 0x00);
    out8(0x92, 0x03);
    ck_assert_int_eq(resets, 5);
}
END_TEST

/* Keyboard reset 0xFF -> ACK, BAT OK; identify with translation (0xAB 0x41) and
 * without (0xAB 0x83); LEDs; echo; scan code set; an unknown command -> resend. */
START_TEST(test_keyboard_commands)
{
    out8(0x60, 0xff);
    ck_assert_uint_eq(read_data(), 0xfa);
    ck_assert_uint_eq(read_data(), 0xaa);
    expect_empty();
    ck_assert_int_eq(irq1_rises, 2);             /* one edge per byte */
    out8(0x60, 0xf2);
    ck_assert_uint_eq(read_data(), 0xfa);
    ck_assert_uint_eq(read_data(), 0xab);
    ck_assert_uint_eq(read_data(), 0x41);
    out8(0x60, 0xf0);
    out8(0x60, 0x00);
    ck_assert_uint_eq(read_data(), 0xfa);
    ck_assert_uint_eq(read_data(), 0xfa);
    ck_assert_uint_eq(read_data(), 0x41);        /* set 2, translated */
    out8(0x64, 0x60);
    out8(0x60, 0x05);                            /* translation off */
    out8(0x60, 0xf2);
    ck_assert_uint_eq(read_data(), 0xfa);
    ck_assert_uint_eq(read_data(), 0xab);
    ck_assert_uint_eq(read_data(), 0x83);
    out8(0x60, 0xf0);
    out8(0x60, 0x03);
    out8(0x60, 0xf0);
    out8(0x60, 0x00);
    for (int i = 0; i < 4; i++)                  /* F0, 03, F0, 00 each acknowledged */
        ck_assert_uint_eq(read_data(), 0xfa);
    ck_assert_uint_eq(read_data(), 0x03);
    out8(0x60, 0xed);
    out8(0x60, 0x07);
    ck_assert_uint_eq(read_data(), 0xfa);
    ck_assert_uint_eq(read_data(), 0xfa);
    out8(0x60, 0xee);
    ck_assert_uint_eq(read_data(), 0xee);
    out8(0x60, 0xfe);                            /* resend the last byte */
    ck_assert_uint_eq(read_data(), 0xee);
    out8(0x60, 0x12);
    ck_assert_uint_eq(read_data(), 0xfe);
    out8(0x60, 0xf4);
    ck_assert_uint_eq(read_data(), 0xfa);
    expect_empty();
}
END_TEST

/* Data "from the keyboard" (0xD2) raises IRQ 1; "from the aux device" (0xD3) sets AUXB
 * and raises IRQ 12 when the command byte enables it. With no mouse, a byte for the aux
 * device (0xD4) is answered 0xFE. */
START_TEST(test_irq_routing)
{
    out8(0x64, 0x60);
    out8(0x60, 0x47);                            /* IRQ 1 and IRQ 12 on */
    out8(0x64, 0xd3);
    out8(0x60, 0x34);
    ck_assert_uint_eq(in8(0x64) & 0x21, 0x21);
    ck_assert_int_eq(irq12, 1);
    ck_assert_int_eq(irq1, 0);
    ck_assert_uint_eq(in8(0x60), 0x34);
    ck_assert_int_eq(irq12, 0);
    out8(0x64, 0xd2);
    out8(0x60, 0x12);
    ck_assert_uint_eq(in8(0x64) & 0x21, 0x01);
    ck_assert_int_eq(irq1, 1);
    ck_assert_uint_eq(in8(0x60), 0x12);
    out8(0x64, 0xd4);
    out8(0x60, 0xf2);
    ck_assert_int_eq(irq12, 1);
    ck_assert_uint_eq(in8(0x60), 0xfe);
    /* aux disabled: its data waits */
    out8(0x64, 0xa7);
    out8(0x64, 0xd4);
    out8(0x60, 0xff);
    expect_empty();
    out8(0x64, 0xa8);
    ck_assert_uint_eq(read_data(), 0xfe);
}
END_TEST

START_TEST(test_state_round_trip)
{
    char err[200];
    ck_assert_msg(state_desc_check(&i8042_state_desc, err, sizeof(err)), "%s", err);
    out8(0x64, 0xdd);
    out8(0x60, 0xf2);                            /* three bytes queued, one in OB */
    StateBuf b;
    state_buf_init(&b);
    ck_assert(state_save(&b, &i8042_state_desc, i8042_state_obj(kbc)));
    AddressSpace *as2 = as_new();
    I8042 *k2 = i8042_new(as2, irq_line(rec_irq, NULL, 1), irq_line(rec_irq, NULL, 12),
                          rec_a20, rec_reset, NULL);
    a20_state = 1;
    irq1 = 0;
    StateReader r;
    state_reader_init(&r, b.data, b.len);
    ck_assert_msg(state_load(&r, &i8042_state_desc, i8042_state_obj(k2), err, sizeof(err)), "%s", err);
    ck_assert_int_eq(a20_state, 0);
    ck_assert_int_eq(irq1, 1);
    ck_assert_uint_eq(as_port_in(as2, 0x60, 1), 0xfa);
    ck_assert_uint_eq(as_port_in(as2, 0x60, 1), 0xab);
    ck_assert_uint_eq(as_port_in(as2, 0x60, 1), 0x41);
    ck_assert_uint_eq(as_port_in(as2, 0x64, 1) & 1, 0);
    i8042_free(k2);
    as_free(as2);
    state_buf_free(&b);
}
END_TEST

static Suite *i8042_suite(void)
{
    Suite *s = suite_create("i8042");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_self_test);
    tcase_add_test(tc, test_command_byte);
    tcase_add_test(tc, test_a20);
    tcase_add_test(tc, test_reset_pulses);
    tcase_add_test(tc, test_keyboard_commands);
    tcase_add_test(tc, test_irq_routing);
    tcase_add_test(tc, test_state_round_trip);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(i8042_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

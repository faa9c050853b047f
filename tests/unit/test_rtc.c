/* Unit tests for the MC146818A RTC (devices/rtc.c), expectations from the Motorola
 * MC146818A datasheet: the update cycle and UIP window timing, UF/AF/PF flags and IRQ 8
 * edges at their exact 32.768 kHz ticks, alarm don't-care bytes, periodic rates from
 * register A, BCD/binary and 12/24-hour formats, calendar carries, SET, divider reset,
 * daylight saving, the NMI mask bit, CMOS RAM and a state round trip. */
#include <check.h>
#include <stdlib.h>

#include "devices/rtc.h"
#include "machine/clock.h"
#include "machine/memory.h"

static Clock *clk;
static AddressSpace *as;
static Rtc *rtc;
static int64_t rises[256];
static int nrises;
static int irq_now;

static void rec_irq(void *opaque, int line, int level)
{
    (void)opaque;
    (void)line;
    if (level && !irq_now && nrises < 256)
        rises[nrises++] = clock_ns_to_ticks(clock_now(clk), RTC_HZ);
    irq_now = level;
}

static void out8(uint16_t port, uint8_t v) { as_port_out(as, port, v, 1); }
static uint8_t in8(uint16_t port) { return (uint8_t)as_port_in(as, port, 1); }

static uint8_t rd(uint8_t idx)
{
    out8(0x70, idx);
    return in8(0x71);
}

static void wr(uint8_t idx, uint8_t v)
{
    out8(0x70, idx);
    out8(0x71, v);
}

static void goto_tick(int64_t k)
{
    int64_t target = clock_ticks_to_ns(k, RTC_HZ);
    for (;;) {
        int64_t next = clock_next_deadline(clk);
        int64_t now = clock_now(clk);
        int64_t stop = next < target ? next : target;
        if (stop > now)
            clock_advance(clk, stop - now);
        clock_run_expired(clk);
        if (stop == target)
            break;
    }
}

static void make(const RtcDateTime *start)
{
    clk = clock_new(CLOCK_MODE_DETERMINISTIC);
    as = as_new();
    nrises = 0;
    irq_now = 0;
    rtc = rtc_new(as, clk, irq_line(rec_irq, NULL, 8), start);
    ck_assert_ptr_nonnull(rtc);
}

static void setup(void)
{
    make(NULL);
}

static void teardown(void)
{
    rtc_free(rtc);
    as_free(as);
    clock_free(clk);
}

/* Sets a time with SET held, in the current format. */
static void set_time(uint8_t b, uint8_t sec, uint8_t min, uint8_t hour, uint8_t dow,
                     uint8_t day, uint8_t mon, uint8_t year, uint8_t century)
{
    wr(0x0b, b | 0x80);
    wr(0x00, sec);
    wr(0x02, min);
    wr(0x04, hour);
    wr(0x06, dow);
    wr(0x07, day);
    wr(0x08, mon);
    wr(0x09, year);
    wr(0x32, century);
    wr(0x0b, b);
}

START_TEST(test_power_on)
{
    ck_assert_uint_eq(rd(0x00), 0x00);
    ck_assert_uint_eq(rd(0x02), 0x00);
    ck_assert_uint_eq(rd(0x04), 0x00);
    ck_assert_uint_eq(rd(0x06), 7);              /* 2000-01-01 was a Saturday */
    ck_assert_uint_eq(rd(0x07), 0x01);
    ck_assert_uint_eq(rd(0x08), 0x01);
    ck_assert_uint_eq(rd(0x09), 0x00);
    ck_assert_uint_eq(rd(0x32), 0x20);
    ck_assert_uint_eq(rd(0x0a), 0x26);
    ck_assert_uint_eq(rd(0x0b), 0x02);
    ck_assert_uint_eq(rd(0x0c), 0x00);
    ck_assert_uint_eq(rd(0x0d), 0x80);
}
END_TEST

/* UIP is 1 for 244 us + 1984 us (8 + 65 ticks) before the new time appears; the new
 * second and UF appear together at the update. */
START_TEST(test_update_and_uip)
{
    wr(0x0a, 0x20);                              /* no periodic flag in the way */
    goto_tick(32768 - 74);
    ck_assert_uint_eq(rd(0x0a) & 0x80, 0);
    goto_tick(32768 - 73);
    ck_assert_uint_eq(rd(0x0a) & 0x80, 0x80);
    ck_assert_uint_eq(rd(0x00), 0x00);
    goto_tick(32767);
    ck_assert_uint_eq(rd(0x0a) & 0x80, 0x80);
    ck_assert_uint_eq(rd(0x0c), 0x00);
    goto_tick(32768);
    ck_assert_uint_eq(rd(0x0a) & 0x80, 0);
    ck_assert_uint_eq(rd(0x00), 0x01);
    ck_assert_uint_eq(rd(0x0c), 0x10);           /* UF, no IRQF (UIE off) */
    ck_assert_uint_eq(rd(0x0c), 0x00);           /* the read cleared it */
    goto_tick(59 * 32768LL);
    ck_assert_uint_eq(rd(0x00), 0x59);           /* BCD */
    goto_tick(60 * 32768LL);
    ck_assert_uint_eq(rd(0x00), 0x00);
    ck_assert_uint_eq(rd(0x02), 0x01);
    ck_assert_int_eq(nrises, 0);
}
END_TEST

/* UIE: IRQ 8 rises at each update, once register C is read in between. */
START_TEST(test_update_interrupt)
{
    wr(0x0a, 0x20);
    wr(0x0b, 0x12);
    goto_tick(3 * 32768 + 100);
    ck_assert_int_eq(nrises, 1);                 /* held high until C is read */
    ck_assert_int_eq(rises[0], 32768);
    ck_assert_uint_eq(rd(0x0c), 0x90);
    ck_assert_int_eq(irq_now, 0);
    goto_tick(5 * 32768);
    ck_assert_int_eq(nrises, 2);
    ck_assert_int_eq(rises[1], 4 * 32768);
}
END_TEST

/* Binary, 12-hour: 11:59:59 PM Friday 1999-12-31 rolls to 12:00:00 AM Saturday
 * 2000-01-01, century included. */
START_TEST(test_binary_12h_rollover)
{
    set_time(0x04, 59, 59, 0x80 | 11, 6, 31, 12, 99, 19);
    goto_tick(32768);
    ck_assert_uint_eq(rd(0x00), 0);
    ck_assert_uint_eq(rd(0x02), 0);
    ck_assert_uint_eq(rd(0x04), 12);             /* 12 AM: no PM bit */
    ck_assert_uint_eq(rd(0x06), 7);
    ck_assert_uint_eq(rd(0x07), 1);
    ck_assert_uint_eq(rd(0x08), 1);
    ck_assert_uint_eq(rd(0x09), 0);
    ck_assert_uint_eq(rd(0x32), 20);
    /* 11:59:59 AM -> 12:00:00 PM */
    set_time(0x04, 59, 59, 11, 7, 1, 1, 0, 20);
    goto_tick(2 * 32768);
    ck_assert_uint_eq(rd(0x04), 0x80 | 12);
}
END_TEST

/* BCD calendar: leap day in 2000 (year % 4), none in 2001; 30-day months. */
START_TEST(test_bcd_calendar)
{
    set_time(0x02, 0x59, 0x59, 0x23, 2, 0x28, 0x02, 0x00, 0x20);
    goto_tick(32768);
    ck_assert_uint_eq(rd(0x07), 0x29);
    ck_assert_uint_eq(rd(0x08), 0x02);
    ck_assert_uint_eq(rd(0x06), 3);
    set_time(0x02, 0x59, 0x59, 0x23, 4, 0x28, 0x02, 0x01, 0x20);
    goto_tick(2 * 32768);
    ck_assert_uint_eq(rd(0x07), 0x01);
    ck_assert_uint_eq(rd(0x08), 0x03);
    set_time(0x02, 0x59, 0x59, 0x23, 1, 0x30, 0x04, 0x01, 0x20);
    goto_tick(3 * 32768);
    ck_assert_uint_eq(rd(0x07), 0x01);
    ck_assert_uint_eq(rd(0x08), 0x05);
    ck_assert_uint_eq(rd(0x04), 0x00);
}
END_TEST

/* Alarm: AF when seconds, minutes and hours match; 0xC0-0xFF bytes match anything. */
START_TEST(test_alarm)
{
    wr(0x0a, 0x20);
    wr(0x01, 0x05);
    wr(0x03, 0x00);
    wr(0x05, 0x00);
    wr(0x0b, 0x22);                              /* AIE */
    goto_tick(10 * 32768);
    ck_assert_int_eq(nrises, 1);
    ck_assert_int_eq(rises[0], 5 * 32768);
    ck_assert_uint_eq(rd(0x0c), 0xb0);           /* IRQF AF UF */
    /* every second */
    wr(0x01, 0xc0);
    wr(0x03, 0xff);
    wr(0x05, 0xd3);
    goto_tick(11 * 32768);
    ck_assert_int_eq(nrises, 2);
    ck_assert_int_eq(rises[1], 11 * 32768);
    ck_assert_uint_eq(rd(0x0c), 0xb0);
    /* an hour that does not match: no AF */
    wr(0x05, 0x01);
    goto_tick(12 * 32768);
    ck_assert_uint_eq(rd(0x0c), 0x10);
    ck_assert_int_eq(nrises, 2);
}
END_TEST

/* Periodic flags at 2^(RS-1) ticks (RS 1, 2 = 256, 128 Hz); PIE routes them to IRQ 8. */
START_TEST(test_periodic)
{
    wr(0x0b, 0x42);                              /* PIE, rate 6: 1024 Hz = 32 ticks */
    goto_tick(100);
    ck_assert_int_eq(nrises, 1);
    ck_assert_int_eq(rises[0], 32);
    ck_assert_uint_eq(rd(0x0c), 0xc0);
    goto_tick(129);
    ck_assert_int_eq(nrises, 2);
    ck_assert_int_eq(rises[1], 128);
    rd(0x0c);
    wr(0x0a, 0x23);                              /* 8192 Hz: 4 ticks, from 129 */
    goto_tick(131);
    ck_assert_int_eq(nrises, 2);
    goto_tick(133);
    ck_assert_int_eq(nrises, 3);
    ck_assert_int_eq(rises[2], 132);
    rd(0x0c);
    wr(0x0a, 0x21);                              /* RS 1: 256 Hz = 128 ticks */
    goto_tick(300);
    ck_assert_int_eq(nrises, 4);
    ck_assert_int_eq(rises[3], 256);
    rd(0x0c);
    wr(0x0a, 0x2f);                              /* RS 15: 2 Hz = 16384 ticks */
    goto_tick(40000);
    ck_assert_int_eq(nrises, 5);
    ck_assert_int_eq(rises[4], 16384);
    rd(0x0c);
    /* PF without PIE is a flag only */
    wr(0x0b, 0x02);
    wr(0x0a, 0x26);
    goto_tick(40040);
    ck_assert_uint_eq(rd(0x0c), 0x40);
    ck_assert_int_eq(nrises, 5);
    wr(0x0a, 0x20);                              /* RS 0: none */
    goto_tick(41000);
    ck_assert_uint_eq(rd(0x0c), 0x00);
}
END_TEST

/* SET stops updates, clears UIE and UIP; clearing it resumes on the next boundary. */
START_TEST(test_set_bit)
{
    wr(0x0a, 0x20);
    wr(0x0b, 0x12);
    wr(0x0b, 0x92);
    ck_assert_uint_eq(rd(0x0b), 0x82);           /* UIE cleared by SET */
    goto_tick(32768 - 10);
    ck_assert_uint_eq(rd(0x0a) & 0x80, 0);
    goto_tick(3 * 32768);
    ck_assert_uint_eq(rd(0x00), 0x00);
    ck_assert_uint_eq(rd(0x0c), 0x00);
    wr(0x0b, 0x02);
    goto_tick(4 * 32768);
    ck_assert_uint_eq(rd(0x00), 0x01);
}
END_TEST

/* Divider reset (DV = 11x) stops the clock; leaving it starts the first update half a
 * second later. */
START_TEST(test_divider_reset)
{
    wr(0x0a, 0x70);
    goto_tick(5 * 32768);
    ck_assert_uint_eq(rd(0x00), 0x00);
    ck_assert_uint_eq(rd(0x0a), 0x70);
    wr(0x0a, 0x26);                              /* released at 163840 */
    goto_tick(5 * 32768 + 16383);
    ck_assert_uint_eq(rd(0x00), 0x00);
    goto_tick(5 * 32768 + 16384);
    ck_assert_uint_eq(rd(0x00), 0x01);
    goto_tick(6 * 32768 + 16384);
    ck_assert_uint_eq(rd(0x00), 0x02);
}
END_TEST

/* DSE: last Sunday of April 1:59:59 -> 3:00:00; last Sunday of October the first
 * 1:59:59 -> 1:00:00, the second time on to 2:00:00. */
START_TEST(test_daylight_saving)
{
    set_time(0x03, 0x59, 0x59, 0x01, 1, 0x30, 0x04, 0x00, 0x20);  /* 2000-04-30 Sun */
    goto_tick(32768);
    ck_assert_uint_eq(rd(0x04), 0x03);
    ck_assert_uint_eq(rd(0x02), 0x00);
    set_time(0x03, 0x59, 0x59, 0x01, 1, 0x29, 0x10, 0x00, 0x20);  /* 2000-10-29 Sun */
    goto_tick(2 * 32768);
    ck_assert_uint_eq(rd(0x04), 0x01);
    ck_assert_uint_eq(rd(0x02), 0x00);
    wr(0x0b, 0x83);
    wr(0x02, 0x59);
    wr(0x00, 0x59);
    wr(0x0b, 0x03);
    goto_tick(3 * 32768);
    ck_assert_uint_eq(rd(0x04), 0x02);
    /* not the last Sunday: no jump */
    set_time(0x03, 0x59, 0x59, 0x01, 1, 0x23, 0x04, 0x00, 0x20);
    goto_tick(4 * 32768);
    ck_assert_uint_eq(rd(0x04), 0x02);
}
END_TEST

START_TEST(test_nmi_mask_and_cmos)
{
    ck_assert(!rtc_nmi_masked(rtc));
    out8(0x70, 0x8f);
    ck_assert(rtc_nmi_masked(rtc));
    out8(0x71, 0x5a);
    ck_assert_uint_eq(rtc_cmos_get(rtc, 0x0f), 0x5a);
    out8(0x70, 0x0f);
    ck_assert(!rtc_nmi_masked(rtc));
    ck_assert_uint_eq(in8(0x71), 0x5a);
    rtc_cmos_set(rtc, 0x7f, 0xa5);
    ck_assert_uint_eq(rd(0x7f), 0xa5);
    rtc_cmos_set(rtc, 0x00, 0x33);               /* clock registers are not board RAM */
    ck_assert_uint_eq(rd(0x00), 0x00);
    wr(0x0c, 0xff);
    wr(0x0d, 0x00);
    ck_assert_uint_eq(rd(0x0c), 0x00);
    ck_assert_uint_eq(rd(0x0d), 0x80);
}
END_TEST

START_TEST(test_base_parsing)
{
    RtcDateTime d;
    ck_assert(rtc_parse_base("2024-02-29T23:59:58", &d));
    ck_assert_int_eq(d.year, 2024);
    ck_assert_int_eq(d.month, 2);
    ck_assert_int_eq(d.day, 29);
    ck_assert_int_eq(d.second, 58);
    ck_assert(!rtc_parse_base("2023-02-29T00:00:00", &d));
    ck_assert(!rtc_parse_base("2024-13-01T00:00:00", &d));
    ck_assert(!rtc_parse_base("2024-01-01T24:00:00", &d));
    ck_assert(!rtc_parse_base("2024-01-01 00:00:00", &d));
    ck_assert(!rtc_parse_base("2024-01-01T00:00:00Z", &d));
    ck_assert(!rtc_parse_base("2024-1-01T00:00:00", &d));
    d = rtc_datetime_from_unix(951782400);       /* 2000-02-29T00:00:00Z */
    ck_assert_int_eq(d.year, 2000);
    ck_assert_int_eq(d.month, 2);
    ck_assert_int_eq(d.day, 29);
    d = rtc_datetime_from_unix(1700000000);      /* 2023-11-14T22:13:20Z */
    ck_assert_int_eq(d.year, 2023);
    ck_assert_int_eq(d.month, 11);
    ck_assert_int_eq(d.day, 14);
    ck_assert_int_eq(d.hour, 22);
    ck_assert_int_eq(d.minute, 13);
    ck_assert_int_eq(d.second, 20);
}
END_TEST

/* A start date with a fraction of a second: the first update comes 1 s - nsec later;
 * the day of week is computed from the date (2024-02-29 was a Thursday = 5). */
START_TEST(test_start_date)
{
    teardown();
    RtcDateTime d = { 2024, 2, 29, 13, 5, 9, 750000000 };
    make(&d);
    ck_assert_uint_eq(rd(0x06), 5);
    ck_assert_uint_eq(rd(0x04), 0x13);
    ck_assert_uint_eq(rd(0x32), 0x20);
    goto_tick(8191);
    ck_assert_uint_eq(rd(0x00), 0x09);
    goto_tick(8192);
    ck_assert_uint_eq(rd(0x00), 0x10);
}
END_TEST

START_TEST(test_state_round_trip)
{
    char err[200];
    ck_assert_msg(state_desc_check(&rtc_state_desc, err, sizeof(err)), "%s", err);
    wr(0x0a, 0x20);
    wr(0x0b, 0x12);
    wr(0x40, 0x77);
    goto_tick(32768 + 5);                        /* UF pending, IRQ high */
    StateBuf b;
    state_buf_init(&b);
    ck_assert(state_save(&b, &rtc_state_desc, rtc_state_obj(rtc)));
    AddressSpace *as2 = as_new();
    Rtc *r2 = rtc_new(as2, clk, irq_line(rec_irq, NULL, 8), NULL);
    irq_now = 0;
    StateReader rd2;
    state_reader_init(&rd2, b.data, b.len);
    ck_assert_msg(state_load(&rd2, &rtc_state_desc, rtc_state_obj(r2), err, sizeof(err)), "%s", err);
    ck_assert_int_eq(irq_now, 1);                /* the line is driven again */
    ck_assert_uint_eq(rtc_cmos_get(r2, 0x40), 0x77);
    /* the copy keeps time and flags as the original */
    goto_tick(5 * 32768);
    as_port_out(as2, 0x70, 0x00, 1);
    ck_assert_uint_eq(as_port_in(as2, 0x71, 1), 0x05);
    as_port_out(as2, 0x70, 0x0c, 1);
    ck_assert_uint_eq(as_port_in(as2, 0x71, 1), 0x90);
    ck_assert_uint_eq(rd(0x00), 0x05);
    rtc_free(r2);
    as_free(as2);
    state_buf_free(&b);
}
END_TEST

static Suite *rtc_suite(void)
{
    Suite *s = suite_create("rtc");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_power_on);
    tcase_add_test(tc, test_update_and_uip);
    tcase_add_test(tc, test_update_interrupt);
    tcase_add_test(tc, test_binary_12h_rollover);
    tcase_add_test(tc, test_bcd_calendar);
    tcase_add_test(tc, test_alarm);
    tcase_add_test(tc, test_periodic);
    tcase_add_test(tc, test_set_bit);
    tcase_add_test(tc, test_divider_reset);
    tcase_add_test(tc, test_daylight_saving);
    tcase_add_test(tc, test_nmi_mask_and_cmos);
    tcase_add_test(tc, test_base_parsing);
    tcase_add_test(tc, test_start_date);
    tcase_add_test(tc, test_state_round_trip);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(rtc_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

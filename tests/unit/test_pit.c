/* Unit tests for the 8254 PIT (devices/pit.c): OUT waveforms of modes 0-5 tick by tick
 * against the Intel 8254 datasheet's mode descriptions, latch and read-back, BCD, gates
 * and port 0x61, and IRQ 0 edges delivered by timers over a second of virtual time. */
#include <check.h>
#include <stdlib.h>

#include "devices/pic.h"
#include "devices/pit.h"
#include "machine/clock.h"
#include "machine/memory.h"

typedef struct Edge {
    int64_t tick;
    int level;
} Edge;

static Clock *clk;
static AddressSpace *as;
static Pit *pit;
static Edge edges[4096];
static int nedges;
static int level_now;

static void rec_irq(void *opaque, int line, int level)
{
    (void)opaque;
    (void)line;
    if (level == level_now)
        return;
    level_now = level;
    if (nedges < 4096) {
        edges[nedges].tick = clock_ns_to_ticks(clock_now(clk), PIT_HZ);
        edges[nedges].level = level;
        nedges++;
    }
}

static void setup(void)
{
    clk = clock_new(CLOCK_MODE_DETERMINISTIC);
    as = as_new();
    nedges = 0;
    level_now = -1;
    pit = pit_new(as, clk, irq_line(rec_irq, NULL, 0));
    ck_assert_ptr_nonnull(pit);
    ck_assert_int_eq(level_now, 0);   /* reset: mode 0 without a count, OUT low */
    nedges = 0;
}

static void teardown(void)
{
    pit_free(pit);
    as_free(as);
    clock_free(clk);
}

/* Moves guest time to CLK pulse k, firing timers on the way. */
static void goto_tick(int64_t k)
{
    int64_t target = clock_ticks_to_ns(k, PIT_HZ);
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
    ck_assert_int_eq(clock_ns_to_ticks(clock_now(clk), PIT_HZ), k);
}

static void out8(uint16_t port, uint8_t v) { as_port_out(as, port, v, 1); }
static uint8_t in8(uint16_t port) { return (uint8_t)as_port_in(as, port, 1); }

static uint16_t latch_read(int ch)
{
    out8(0x43, (uint8_t)(ch << 6));           /* counter latch */
    uint8_t lo = in8((uint16_t)(0x40 + ch));
    uint8_t hi = in8((uint16_t)(0x40 + ch));
    return (uint16_t)(lo | hi << 8);
}

static void program(int ch, int mode, uint16_t count)
{
    out8(0x43, (uint8_t)(ch << 6 | 0x30 | mode << 1));
    out8((uint16_t)(0x40 + ch), (uint8_t)count);
    out8((uint16_t)(0x40 + ch), (uint8_t)(count >> 8));
}

static void expect_edges(const Edge *want, int n)
{
    ck_assert_int_eq(nedges, n);
    for (int i = 0; i < n; i++) {
        ck_assert_int_eq(edges[i].tick, want[i].tick);
        ck_assert_int_eq(edges[i].level, want[i].level);
    }
}

/* Mode 0: OUT low from the control word; count N written at pulse 0 is loaded at pulse
 * 1 and OUT rises N+1 pulses after the write; the counter then wraps and keeps going. */
START_TEST(test_mode0)
{
    program(0, 0, 5);
    ck_assert(!pit_get_out(pit, 0));
    goto_tick(3);
    ck_assert_uint_eq(latch_read(0), 3);
    goto_tick(5);
    ck_assert(!pit_get_out(pit, 0));
    goto_tick(6);
    ck_assert(pit_get_out(pit, 0));
    goto_tick(7);
    ck_assert_uint_eq(latch_read(0), 0xffff);
    goto_tick(100);
    Edge want[] = { { 6, 1 } };                  /* OUT was already low at reset */
    expect_edges(want, 1);
}
END_TEST

/* Mode 0, two-byte count written while counting: the first byte stops counting and
 * drops OUT, the second loads on the next pulse. */
START_TEST(test_mode0_rewrite)
{
    program(0, 0, 100);
    goto_tick(10);
    out8(0x40, 4);
    ck_assert(!pit_get_out(pit, 0));
    goto_tick(20);
    ck_assert_uint_eq(latch_read(0), 100 - 9);   /* frozen since pulse 10 */
    out8(0x40, 0);
    goto_tick(25);
    ck_assert(pit_get_out(pit, 0));              /* loaded at 21, TC at 25 */
}
END_TEST

/* Mode 1: a GATE trigger loads on the next pulse and drops OUT for N pulses; a
 * retrigger restarts the full count. Counter 2, gate from port 0x61 bit 0. */
START_TEST(test_mode1_retrigger)
{
    pit_connect_output(pit, 2, irq_line(rec_irq, NULL, 2));
    nedges = 0;
    level_now = 1;
    program(2, 1, 3);
    goto_tick(10);
    ck_assert(pit_get_out(pit, 2));
    out8(0x61, 1);                               /* trigger at 10 */
    goto_tick(12);
    out8(0x61, 0);
    out8(0x61, 1);                               /* retrigger at 12 */
    goto_tick(30);
    Edge want[] = { { 11, 0 }, { 16, 1 } };
    expect_edges(want, 2);
}
END_TEST

/* Mode 2 with N=4: loaded at 1, OUT low at the pulse where CE reaches 1 (4), high
 * again on the reload (5); period 4. */
START_TEST(test_mode2)
{
    program(0, 2, 4);
    uint16_t ce[6];
    for (int t = 1; t <= 5; t++) {
        goto_tick(t);
        ce[t] = latch_read(0);
    }
    ck_assert_uint_eq(ce[1], 4);
    ck_assert_uint_eq(ce[2], 3);
    ck_assert_uint_eq(ce[3], 2);
    ck_assert_uint_eq(ce[4], 1);
    ck_assert_uint_eq(ce[5], 4);
    goto_tick(13);
    Edge want[] = { { 0, 1 }, { 4, 0 }, { 5, 1 }, { 8, 0 }, { 9, 1 }, { 12, 0 }, { 13, 1 } };
    expect_edges(want, 7);
}
END_TEST

/* Mode 2: a new count waits for the end of the current period. */
START_TEST(test_mode2_new_count)
{
    program(0, 2, 10);
    goto_tick(3);
    out8(0x40, 3);
    out8(0x40, 0);
    goto_tick(20);
    /* first period 1..10 (low at 10), then period 3 from 11: low at 13, 16, 19 */
    Edge want[] = { { 0, 1 }, { 10, 0 }, { 11, 1 }, { 13, 0 }, { 14, 1 }, { 16, 0 },
                    { 17, 1 }, { 19, 0 }, { 20, 1 } };
    expect_edges(want, 9);
}
END_TEST

/* Mode 3, even N=4: high 2 pulses, low 2; CE counts 4, 2. */
START_TEST(test_mode3_even)
{
    program(0, 3, 4);
    goto_tick(1);
    ck_assert_uint_eq(latch_read(0), 4);
    goto_tick(2);
    ck_assert_uint_eq(latch_read(0), 2);
    goto_tick(3);
    ck_assert_uint_eq(latch_read(0), 4);
    goto_tick(9);
    Edge want[] = { { 0, 1 }, { 3, 0 }, { 5, 1 }, { 7, 0 }, { 9, 1 } };
    expect_edges(want, 5);
}
END_TEST

/* Mode 3, odd N=5: high (N+1)/2 = 3 pulses, low (N-1)/2 = 2; CE loads N-1 and counts by
 * two, showing 0 on the last pulse of the high half. */
START_TEST(test_mode3_odd)
{
    program(0, 3, 5);
    uint16_t want_ce[] = { 0, 4, 2, 0, 4, 2, 4 };
    for (int t = 1; t <= 6; t++) {
        goto_tick(t);
        ck_assert_uint_eq(latch_read(0), want_ce[t]);
    }
    goto_tick(11);
    Edge want[] = { { 0, 1 }, { 4, 0 }, { 6, 1 }, { 9, 0 }, { 11, 1 } };
    expect_edges(want, 5);
}
END_TEST

/* Mode 3: GATE low forces OUT high at once; the rising GATE reloads. */
START_TEST(test_mode3_gate)
{
    pit_connect_output(pit, 2, irq_line(rec_irq, NULL, 2));
    out8(0x61, 1);
    nedges = 0;
    level_now = 1;
    program(2, 3, 6);                            /* high 1-3, low 4-6 */
    goto_tick(5);
    ck_assert(!pit_get_out(pit, 2));
    ck_assert_uint_eq(in8(0x61) & 0x20, 0);
    out8(0x61, 0);                               /* gate low at 5 */
    ck_assert(pit_get_out(pit, 2));
    ck_assert_uint_eq(in8(0x61) & 0x20, 0x20);
    goto_tick(20);
    out8(0x61, 1);                               /* reload at 21 */
    goto_tick(27);
    Edge want[] = { { 4, 0 }, { 5, 1 }, { 24, 0 }, { 27, 1 } };
    expect_edges(want, 4);
}
END_TEST

/* Mode 4: one strobe of one pulse N+1 pulses after the write, nothing after. */
START_TEST(test_mode4)
{
    program(0, 4, 3);
    goto_tick(50);
    Edge want[] = { { 0, 1 }, { 4, 0 }, { 5, 1 } };
    expect_edges(want, 3);
}
END_TEST

/* Mode 5: a strobe N+1 pulses after the GATE trigger. */
START_TEST(test_mode5)
{
    pit_connect_output(pit, 2, irq_line(rec_irq, NULL, 2));
    nedges = 0;
    level_now = 1;
    program(2, 5, 3);
    goto_tick(10);
    out8(0x61, 1);
    goto_tick(40);
    Edge want[] = { { 14, 0 }, { 15, 1 } };
    expect_edges(want, 2);
}
END_TEST

/* A machine reset in the middle of a wave: OUT 0 drops and no timer is left. */
START_TEST(test_reset_mid_count)
{
    program(0, 2, 10);
    out8(0x61, 0x01);
    program(2, 3, 4);
    goto_tick(25);
    pit_reset(pit);
    ck_assert(!pit_get_out(pit, 0));
    ck_assert_int_eq(clock_next_deadline(clk), CLOCK_NEVER);
    ck_assert_uint_eq(in8(0x61), 0x10);          /* gate 2 low, refresh phase 1 at 25 */
    int n = nedges;
    goto_tick(1000);
    ck_assert_int_eq(nedges, n);
}
END_TEST

/* Latch: the value holds while time moves; a second latch before the read is ignored. */
START_TEST(test_latch)
{
    program(0, 2, 1000);
    goto_tick(11);
    out8(0x43, 0x00);
    goto_tick(20);
    out8(0x43, 0x00);                            /* ignored */
    ck_assert_uint_eq(in8(0x40), (1000 - 10) & 0xff);
    goto_tick(30);
    ck_assert_uint_eq(in8(0x40), (1000 - 10) >> 8);
    /* released: the next read is live */
    ck_assert_uint_eq(latch_read(0), 1000 - 29);
}
END_TEST

/* Read-back: status byte = OUT, null count, RW, mode, BCD; status first, then count. */
START_TEST(test_read_back)
{
    out8(0x43, 0x34);                            /* ch0, LSB+MSB, mode 2 */
    out8(0x43, 0xe2);                            /* latch status of ch0 */
    ck_assert_uint_eq(in8(0x40), 0xf4);          /* OUT 1, null count 1, RW 3, mode 2 */
    out8(0x40, 0x34);
    out8(0x40, 0x12);
    out8(0x43, 0xe2);
    ck_assert_uint_eq(in8(0x40), 0xf4);          /* not loaded yet: null count still 1 */
    goto_tick(3);
    out8(0x43, 0xc2);                            /* status and count */
    ck_assert_uint_eq(in8(0x40), 0xb4);
    ck_assert_uint_eq(in8(0x40), (0x1234 - 2) & 0xff);
    ck_assert_uint_eq(in8(0x40), (0x1234 - 2) >> 8);
    /* mode 7 reads back as written; BCD bit */
    out8(0x43, 0x80 | 0x10 | 7 << 1 | 1);        /* ch2, LSB only, mode 7 (=3), BCD */
    out8(0x43, 0xe8);                            /* status of ch2 */
    ck_assert_uint_eq(in8(0x42), 0x80 | 0x40 | 0x10 | 7 << 1 | 1);
}
END_TEST

/* BCD counting: 10 (BCD) counts down in decimal; 0 means 10000 and wraps to 9999. */
START_TEST(test_bcd)
{
    out8(0x43, 0x31);                            /* ch0, LSB+MSB, mode 0, BCD */
    out8(0x40, 0x10);
    out8(0x40, 0x00);
    goto_tick(4);
    ck_assert_uint_eq(latch_read(0), 0x0007);
    out8(0x43, 0x31);
    out8(0x40, 0x00);
    out8(0x40, 0x00);                            /* loaded at 5 */
    goto_tick(6);
    ck_assert_uint_eq(latch_read(0), 0x9999);
    goto_tick(5 + 10000);
    ck_assert(pit_get_out(pit, 0));
}
END_TEST

/* LSB-only and MSB-only access: the other byte of the count is 0. */
START_TEST(test_rw_single_byte)
{
    out8(0x43, 0x14);                            /* ch0, LSB only, mode 2 */
    out8(0x40, 200);
    goto_tick(2);
    ck_assert_uint_eq(in8(0x40), 199);
    ck_assert_uint_eq(in8(0x40), 199);           /* every read is the LSB */
    out8(0x43, 0x24);                            /* MSB only */
    out8(0x40, 0x02);                            /* count 0x200, loaded at 3 */
    goto_tick(3 + 0x100);
    ck_assert_uint_eq(in8(0x40), 0x01);
}
END_TEST

/* Port 0x61: gate/speaker bits read back, refresh toggles every 18 pulses, counter 2's
 * OUT on bit 5. */
START_TEST(test_port61)
{
    out8(0x61, 0x03);
    ck_assert_uint_eq(in8(0x61) & 0x0f, 0x03);
    goto_tick(17);
    uint8_t a = in8(0x61) & 0x10;
    goto_tick(18);
    uint8_t b = in8(0x61) & 0x10;
    goto_tick(36);
    uint8_t c = in8(0x61) & 0x10;
    ck_assert_uint_eq(a, 0);
    ck_assert_uint_eq(b, 0x10);
    ck_assert_uint_eq(c, 0);
    out8(0x43, 0xb0);                            /* ch2 mode 0: OUT low */
    ck_assert_uint_eq(in8(0x61) & 0x20, 0);
    out8(0x42, 2);
    out8(0x42, 0);                               /* loaded at 37, TC at 39 */
    goto_tick(39);
    ck_assert_uint_eq(in8(0x61) & 0x20, 0x20);
}
END_TEST

/* A 1 kHz rate generator on IRQ 0 for one virtual second, driven only by the timers the
 * PIT arms: every edge at its exact pulse. */
START_TEST(test_irq0_second)
{
    program(0, 2, 1193);
    goto_tick(PIT_HZ);
    int rises = 0;
    ck_assert_int_eq(edges[0].tick, 0);          /* the control word raises OUT */
    for (int i = 1; i < nedges; i++) {
        if (edges[i].level) {
            rises++;
            ck_assert_int_eq(edges[i].tick, 1 + 1193 * rises);
        } else {
            ck_assert_int_eq(edges[i].tick, 1193 * (rises + 1));
        }
    }
    ck_assert_int_eq(rises, (PIT_HZ - 1) / 1193);
}
END_TEST

static int pic_intr;

static void rec_intr(void *opaque, int level)
{
    (void)opaque;
    pic_intr = level;
}

/* The PC wiring: OUT0 -> IRQ 0 of an edge-triggered 8259A. A 100 Hz rate generator,
 * acknowledged and EOIed at each INT like a kernel's tick handler, gives one interrupt
 * per period over a virtual second. */
START_TEST(test_through_pic)
{
    PicPair *p = pic_new(as, rec_intr, NULL);
    pit_connect_output(pit, 0, pic_irq_line(p, 0));
    static const uint8_t init[] = { 0x11, 0x08, 0x04, 0x01 };
    out8(0x20, init[0]);
    for (int i = 1; i < 4; i++)
        out8(0x21, init[i]);
    out8(0x21, 0xfe);                            /* only IRQ 0 */
    program(0, 2, 11932);                        /* 100.0 Hz */
    int ticks = 0;
    int64_t end = clock_ticks_to_ns(PIT_HZ, PIT_HZ);
    while (clock_now(clk) < end) {
        int64_t next = clock_next_deadline(clk);
        clock_advance(clk, (next < end ? next : end) - clock_now(clk));
        clock_run_expired(clk);
        if (pic_intr) {
            ck_assert_int_eq(pic_get_interrupt(p), 0x08);
            out8(0x20, 0x20);
            ticks++;
        }
    }
    /* the control word itself raised OUT (low since reset): one more edge at 0 */
    ck_assert_int_eq(ticks, 1 + (PIT_HZ - 1) / 11932);
    pit_connect_output(pit, 0, irq_line(NULL, NULL, 0));
    pic_free(p);
}
END_TEST

/* Save in the middle of a mode 3 wave, load into a fresh PIT: same edges afterwards. */
START_TEST(test_state_round_trip)
{
    char err[200];
    ck_assert_msg(state_desc_check(&pit_state_desc, err, sizeof(err)), "%s", err);
    program(0, 3, 7);
    program(1, 0, 500);
    goto_tick(100);
    out8(0x43, 0x40);                            /* ch1 latched, stays in the image */
    StateBuf b;
    state_buf_init(&b);
    ck_assert(state_save(&b, &pit_state_desc, pit_state_obj(pit)));
    goto_tick(200);
    int n_before = nedges;
    Edge tail[64];
    for (int i = 0; i < n_before && i < 64; i++)
        tail[i] = edges[i];

    /* second PIT on the same clock, time rewound to 100 */
    Clock *c2 = clock_new(CLOCK_MODE_DETERMINISTIC);
    AddressSpace *as2 = as_new();
    clock_advance(c2, clock_ticks_to_ns(100, PIT_HZ));
    Clock *saved_clk = clk;
    clk = c2;
    nedges = 0;
    Pit *p2 = pit_new(as2, c2, irq_line(rec_irq, NULL, 0));
    StateReader r;
    state_reader_init(&r, b.data, b.len);
    ck_assert_msg(state_load(&r, &pit_state_desc, pit_state_obj(p2), err, sizeof(err)), "%s", err);
    nedges = 0;
    level_now = pit_get_out(p2, 0);
    goto_tick(200);
    int j = 0;
    for (int i = 0; i < n_before; i++) {
        if (tail[i].tick > 100) {
            ck_assert_int_eq(edges[j].tick, tail[i].tick);
            ck_assert_int_eq(edges[j].level, tail[i].level);
            j++;
        }
    }
    ck_assert_int_eq(j, nedges);
    ck_assert_int_gt(j, 10);
    ck_assert_uint_eq(as_port_in(as2, 0x41, 1), (500 - 99) & 0xff);
    pit_free(p2);
    as_free(as2);
    clock_free(c2);
    clk = saved_clk;
    state_buf_free(&b);
}
END_TEST

static Suite *pit_suite(void)
{
    Suite *s = suite_create("pit");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_mode0);
    tcase_add_test(tc, test_mode0_rewrite);
    tcase_add_test(tc, test_mode1_retrigger);
    tcase_add_test(tc, test_mode2);
    tcase_add_test(tc, test_mode2_new_count);
    tcase_add_test(tc, test_mode3_even);
    tcase_add_test(tc, test_mode3_odd);
    tcase_add_test(tc, test_mode3_gate);
    tcase_add_test(tc, test_mode4);
    tcase_add_test(tc, test_mode5);
    tcase_add_test(tc, test_reset_mid_count);
    tcase_add_test(tc, test_latch);
    tcase_add_test(tc, test_read_back);
    tcase_add_test(tc, test_bcd);
    tcase_add_test(tc, test_rw_single_byte);
    tcase_add_test(tc, test_port61);
    tcase_add_test(tc, test_irq0_second);
    tcase_add_test(tc, test_through_pic);
    tcase_add_test(tc, test_state_round_trip);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(pit_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

/* Unit tests for the virtual clock (machine/clock.c) and the state tables
 * (machine/state.c): deterministic time from the instruction count, firing order with
 * deterministic ties, instruction budgets, idle skips, the deadline notification,
 * realtime mode, tick conversions; state save/load, versioning, corruption, images. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "machine/clock.h"
#include "machine/state.h"

static uint64_t icount;

static uint64_t get_icount(void *opaque)
{
    (void)opaque;
    return icount;
}

/* ---- clock ---- */

static char order[64];
static int norder;

static void cb_letter(void *opaque)
{
    if (norder < 63)
        order[norder++] = *(const char *)opaque;
    order[norder] = 0;
}

START_TEST(test_deterministic_time)
{
    Clock *c = clock_new(CLOCK_MODE_DETERMINISTIC);
    icount = 500;
    clock_set_icount_source(c, get_icount, NULL);
    ck_assert_int_eq(clock_now(c), 0);           /* time continues from the attach */
    icount = 1500;
    ck_assert_int_eq(clock_now(c), 1000);        /* 1 ns per instruction */
    clock_set_ns_per_insn(c, 4);
    ck_assert_int_eq(clock_now(c), 1000);
    icount = 1510;
    ck_assert_int_eq(clock_now(c), 1040);
    clock_advance(c, 60);
    ck_assert_int_eq(clock_now(c), 1100);
    icount = 1511;
    ck_assert_int_eq(clock_now(c), 1104);
    ck_assert_int_eq(clock_mode(c), CLOCK_MODE_DETERMINISTIC);
    clock_free(c);
}
END_TEST

/* Deadline order; equal deadlines by creation order, whatever the arming order. */
START_TEST(test_firing_order)
{
    Clock *c = clock_new(CLOCK_MODE_DETERMINISTIC);
    static const char a = 'a', b = 'b', cc = 'c', d = 'd';
    ClockTimer *ta = clock_timer_new(c, cb_letter, (void *)&a);
    ClockTimer *tb = clock_timer_new(c, cb_letter, (void *)&b);
    ClockTimer *tc = clock_timer_new(c, cb_letter, (void *)&cc);
    ClockTimer *td = clock_timer_new(c, cb_letter, (void *)&d);
    norder = 0;
    clock_timer_arm(td, 100);
    clock_timer_arm(tc, 50);
    clock_timer_arm(tb, 100);
    clock_timer_arm(ta, 100);
    clock_timer_arm(tc, 100);                    /* re-arming moves it */
    ck_assert_int_eq(clock_next_deadline(c), 100);
    clock_advance(c, 99);
    ck_assert_uint_eq(clock_run_expired(c), 0);
    clock_advance(c, 1);
    ck_assert_uint_eq(clock_run_expired(c), 4);
    ck_assert_str_eq(order, "abcd");
    ck_assert_int_eq(clock_next_deadline(c), CLOCK_NEVER);
    clock_timer_arm(ta, 300);
    clock_timer_arm(tb, 200);
    clock_timer_cancel(tb);
    ck_assert(!clock_timer_armed(tb));
    ck_assert_int_eq(clock_timer_deadline(tb), CLOCK_NEVER);
    ck_assert_int_eq(clock_timer_deadline(ta), 300);
    clock_advance(c, 1000);
    clock_run_expired(c);
    ck_assert_str_eq(order, "abcda");
    clock_timer_arm(td, 2000);
    clock_timer_free(td);                        /* freeing an armed timer unlinks it */
    ck_assert_int_eq(clock_next_deadline(c), CLOCK_NEVER);
    clock_free(c);                               /* frees the others */
}
END_TEST

static ClockTimer *periodic;
static int periodic_fired;

static void cb_periodic(void *opaque)
{
    (void)opaque;
    periodic_fired++;
    clock_timer_arm(periodic, 10 * (periodic_fired + 1)); /* every 10 ns from 10 */
}

/* A callback re-arming itself at or before "now" fires again in the same call. */
START_TEST(test_rearm_in_callback)
{
    Clock *c = clock_new(CLOCK_MODE_DETERMINISTIC);
    periodic = clock_timer_new(c, cb_periodic, NULL);
    periodic_fired = 0;
    clock_timer_arm(periodic, 10);
    clock_advance(c, 35);
    ck_assert_uint_eq(clock_run_expired(c), 3);  /* 10, 20, 30 */
    ck_assert_int_eq(clock_timer_deadline(periodic), 40);
    clock_free(c);
}
END_TEST

START_TEST(test_insn_budget)
{
    Clock *c = clock_new(CLOCK_MODE_DETERMINISTIC);
    icount = 0;
    clock_set_icount_source(c, get_icount, NULL);
    ClockTimer *t = clock_timer_new(c, cb_letter, (void *)"x");
    ck_assert_uint_eq(clock_insns_to_deadline(c, 12345), 12345);   /* no timer */
    clock_timer_arm(t, 100);
    ck_assert_uint_eq(clock_insns_to_deadline(c, 1000000), 100);
    ck_assert_uint_eq(clock_insns_to_deadline(c, 40), 40);
    icount = 99;
    ck_assert_uint_eq(clock_insns_to_deadline(c, 1000), 1);
    icount = 100;
    ck_assert_uint_eq(clock_insns_to_deadline(c, 1000), 0);
    clock_set_ns_per_insn(c, 3);                 /* now 100; deadline 110: ceil(10/3) */
    clock_timer_arm(t, 110);
    ck_assert_uint_eq(clock_insns_to_deadline(c, 1000), 4);
    clock_free(c);
}
END_TEST

/* HLT: deterministic mode jumps to the next deadline; with no timer nothing can wake. */
START_TEST(test_idle)
{
    Clock *c = clock_new(CLOCK_MODE_DETERMINISTIC);
    ck_assert(!clock_idle(c));
    ClockTimer *t = clock_timer_new(c, cb_letter, (void *)"y");
    clock_timer_arm(t, 123456789);
    ck_assert(clock_idle(c));
    ck_assert_int_eq(clock_now(c), 123456789);
    ck_assert(clock_idle(c));                    /* already there: no move */
    ck_assert_int_eq(clock_now(c), 123456789);
    norder = 0;
    clock_run_expired(c);
    ck_assert_str_eq(order, "y");
    clock_free(c);
}
END_TEST

static int notified;

static void cb_notify(void *opaque)
{
    (void)opaque;
    notified++;
}

/* The board hears when a newly armed timer became the earliest. */
START_TEST(test_deadline_notify)
{
    Clock *c = clock_new(CLOCK_MODE_DETERMINISTIC);
    clock_set_deadline_notify(c, cb_notify, NULL);
    ClockTimer *t1 = clock_timer_new(c, cb_letter, (void *)"1");
    ClockTimer *t2 = clock_timer_new(c, cb_letter, (void *)"2");
    notified = 0;
    clock_timer_arm(t1, 1000);
    ck_assert_int_eq(notified, 1);
    clock_timer_arm(t2, 2000);
    ck_assert_int_eq(notified, 1);
    clock_timer_arm(t2, 500);
    ck_assert_int_eq(notified, 2);
    clock_timer_arm(t2, 500);
    ck_assert_int_eq(notified, 2);
    clock_free(c);
}
END_TEST

START_TEST(test_realtime)
{
    Clock *c = clock_new(CLOCK_MODE_REALTIME);
    int64_t t0 = clock_now(c);
    ck_assert_int_ge(t0, 0);
    ClockTimer *t = clock_timer_new(c, cb_letter, (void *)"r");
    clock_timer_arm(t, t0 + 2000000);            /* 2 ms */
    ck_assert_uint_eq(clock_insns_to_deadline(c, UINT64_MAX), CLOCK_REALTIME_SLICE_INSNS);
    ck_assert(clock_idle(c));
    ck_assert(clock_idle(c));
    int64_t t1 = clock_now(c);
    ck_assert_int_ge(t1, t0 + 2000000);
    ck_assert_int_lt(t1, t0 + 2 * CLOCK_IDLE_MAX_WAIT_NS + 1000000000);
    norder = 0;
    clock_run_expired(c);
    ck_assert_str_eq(order, "r");
    clock_advance(c, CLOCK_NS_PER_SEC);
    ck_assert_int_ge(clock_now(c), t1 + CLOCK_NS_PER_SEC);
    clock_free(c);
}
END_TEST

/* ticks(ns) = floor(ns * hz / 1e9); ns(ticks) = the first ns with that many ticks. */
START_TEST(test_tick_conversions)
{
    static const uint64_t hz[] = { 1193182, 32768, 1843200 / 16, 1000000000, 3579545 };
    for (size_t h = 0; h < sizeof(hz) / sizeof(hz[0]); h++) {
        for (int64_t k = 0; k < 5000; k++) {
            int64_t ns = clock_ticks_to_ns(k, hz[h]);
            ck_assert_int_eq(clock_ns_to_ticks(ns, hz[h]), k);
            if (ns > 0)
                ck_assert_int_eq(clock_ns_to_ticks(ns - 1, hz[h]), k - 1);
        }
        int64_t big = 86400LL * 365 * CLOCK_NS_PER_SEC + 12345;  /* a year, no overflow */
        int64_t k = clock_ns_to_ticks(big, hz[h]);
        ck_assert_int_le(clock_ticks_to_ns(k, hz[h]), big);
        ck_assert_int_gt(clock_ticks_to_ns(k + 1, hz[h]), big);
    }
    ck_assert_int_eq(clock_ns_to_ticks(CLOCK_NS_PER_SEC, 1193182), 1193182);
    ck_assert_int_eq(clock_ticks_to_ns(1, 1193182), 839);   /* 838.1 ns, rounded up */
}
END_TEST

START_TEST(test_clock_state)
{
    char err[200];
    ck_assert_msg(state_desc_check(&clock_state_desc, err, sizeof(err)), "%s", err);
    Clock *c = clock_new(CLOCK_MODE_DETERMINISTIC);
    icount = 1000;
    clock_set_icount_source(c, get_icount, NULL);
    clock_set_ns_per_insn(c, 2);
    icount = 1500;                               /* now 1000 */
    clock_advance(c, 5);
    StateBuf b;
    state_buf_init(&b);
    ck_assert(state_save(&b, &clock_state_desc, clock_state_obj(c)));
    Clock *d = clock_new(CLOCK_MODE_DETERMINISTIC);
    icount = 77;                                 /* the CPU restored first */
    clock_set_icount_source(d, get_icount, NULL);
    StateReader r;
    state_reader_init(&r, b.data, b.len);
    ck_assert_msg(state_load(&r, &clock_state_desc, clock_state_obj(d), err, sizeof(err)), "%s", err);
    ck_assert_int_eq(clock_now(d), 1005);
    icount = 87;
    ck_assert_int_eq(clock_now(d), 1025);        /* the rate came along */
    state_buf_free(&b);
    clock_free(c);
    clock_free(d);
}
END_TEST

/* ---- state tables ---- */

typedef struct Inner {
    uint16_t w;
    bool flag;
} Inner;

typedef struct Obj {
    uint8_t a;
    uint16_t b;
    uint32_t c[3];
    uint64_t d;
    int32_t e;
    int64_t f;
    bool g;
    Inner in[2];
    uint32_t added;          /* only in version 2 */
    void *not_state;
} Obj;

static const StateField inner_fields[] = {
    STATE_U16(Inner, w), STATE_BOOL(Inner, flag), STATE_END,
};
static const StateDesc inner_desc = {
    .name = "inner", .version = 1, .size = sizeof(Inner), .fields = inner_fields,
};

#define OBJ_V1_FIELDS \
    STATE_U8(Obj, a), STATE_U16(Obj, b), STATE_U32_ARRAY(Obj, c, 3), STATE_U64(Obj, d), \
    STATE_I32(Obj, e), STATE_I64(Obj, f), STATE_BOOL(Obj, g), \
    STATE_STRUCT_ARRAY(Obj, in, inner_desc, 2)

static const StateField obj_v1_fields[] = { OBJ_V1_FIELDS, STATE_END };
static const StateField obj_v2_fields[] = {
    OBJ_V1_FIELDS, { "added", offsetof(Obj, added), 4, STATE_T_U32, 1, NULL, 2 }, STATE_END,
};
static const StateField obj_v2_required_fields[] = {
    OBJ_V1_FIELDS, STATE_U32(Obj, added), STATE_END,
};
static const StateDesc obj_v1 = { .name = "obj", .version = 1, .size = sizeof(Obj),
                                  .fields = obj_v1_fields };
static const StateDesc obj_v2 = { .name = "obj", .version = 2, .size = sizeof(Obj),
                                  .fields = obj_v2_fields };
static const StateDesc obj_v2_required = { .name = "obj", .version = 2, .size = sizeof(Obj),
                                           .fields = obj_v2_required_fields };

static Obj sample(void)
{
    Obj o;
    memset(&o, 0, sizeof(o));
    o.a = 0xa1;
    o.b = 0xb2c3;
    o.c[0] = 1;
    o.c[1] = 0xdeadbeef;
    o.c[2] = 3;
    o.d = 0x0123456789abcdefull;
    o.e = -5;
    o.f = -1234567890123ll;
    o.g = true;
    o.in[0].w = 7;
    o.in[1].w = 0xffff;
    o.in[1].flag = true;
    o.added = 42;
    return o;
}

static bool obj_equal_v1(const Obj *x, const Obj *y)
{
    return x->a == y->a && x->b == y->b && !memcmp(x->c, y->c, sizeof(x->c)) && x->d == y->d &&
           x->e == y->e && x->f == y->f && x->g == y->g && x->in[0].w == y->in[0].w &&
           x->in[0].flag == y->in[0].flag && x->in[1].w == y->in[1].w &&
           x->in[1].flag == y->in[1].flag;
}

START_TEST(test_state_round_trip)
{
    char err[200];
    ck_assert_msg(state_desc_check(&obj_v2, err, sizeof(err)), "%s", err);
    Obj o = sample(), p;
    memset(&p, 0, sizeof(p));
    int marker;
    p.not_state = &marker;
    StateBuf b;
    state_buf_init(&b);
    ck_assert(state_save(&b, &obj_v2, &o));
    StateReader r;
    state_reader_init(&r, b.data, b.len);
    ck_assert_msg(state_load(&r, &obj_v2, &p, err, sizeof(err)), "%s", err);
    ck_assert(obj_equal_v1(&o, &p));
    ck_assert_uint_eq(p.added, 42);
    ck_assert_ptr_eq(p.not_state, &marker);      /* only described fields move */
    ck_assert_uint_eq(r.pos, b.len);
    state_buf_free(&b);
}
END_TEST

/* A version-1 image loads into version 2 (the new field stays as it was); a version-2
 * image loads into version 1 (the unknown field is skipped); a newer image is refused,
 * as is one missing a field that is not newer than it. */
START_TEST(test_state_versions)
{
    char err[200];
    Obj o = sample(), p;
    StateBuf b1, b2;
    StateReader r;
    state_buf_init(&b1);
    state_buf_init(&b2);
    ck_assert(state_save(&b1, &obj_v1, &o));
    ck_assert(state_save(&b2, &obj_v2, &o));
    memset(&p, 0, sizeof(p));
    p.added = 9;
    state_reader_init(&r, b1.data, b1.len);
    ck_assert_msg(state_load(&r, &obj_v2, &p, err, sizeof(err)), "%s", err);
    ck_assert(obj_equal_v1(&o, &p));
    ck_assert_uint_eq(p.added, 9);
    memset(&p, 0, sizeof(p));
    state_reader_init(&r, b2.data, b2.len);
    ck_assert_msg(state_load(&r, &obj_v2_required, &p, err, sizeof(err)), "%s", err);
    ck_assert_uint_eq(p.added, 42);
    state_reader_init(&r, b2.data, b2.len);
    ck_assert(!state_load(&r, &obj_v1, &p, err, sizeof(err)));
    ck_assert_ptr_nonnull(strstr(err, "newer"));
    memset(&p, 0, sizeof(p));
    state_reader_init(&r, b1.data, b1.len);
    ck_assert(!state_load(&r, &obj_v2_required, &p, err, sizeof(err)));
    ck_assert_ptr_nonnull(strstr(err, "added"));
    ck_assert_uint_eq(p.a, 0);                   /* all or nothing */
    state_buf_free(&b1);
    state_buf_free(&b2);
}
END_TEST

/* Damaged input never crashes and never half-loads. */
START_TEST(test_state_corruption)
{
    char err[200];
    Obj o = sample(), p;
    StateBuf b;
    StateReader r;
    state_buf_init(&b);
    ck_assert(state_save(&b, &obj_v2, &o));
    for (size_t cut = 0; cut < b.len; cut++) {
        memset(&p, 0x5a, sizeof(p));
        state_reader_init(&r, b.data, cut);
        ck_assert(!state_load(&r, &obj_v2, &p, err, sizeof(err)));
        ck_assert_uint_eq(p.a, 0x5a);
        ck_assert_uint_eq(r.pos, 0);
    }
    /* a bool holding 2 is refused: find field "g" (name, type 7, count 1, length 1) */
    static const uint8_t g_field[] = { 1, 0, 'g', STATE_T_BOOL, 1, 0, 0, 0, 1, 0, 0, 0, 1 };
    size_t at = 0;
    while (at + sizeof(g_field) <= b.len && memcmp(b.data + at, g_field, sizeof(g_field)))
        at++;
    ck_assert_uint_lt(at + sizeof(g_field), b.len);
    b.data[at + sizeof(g_field) - 1] = 2;
    memset(&p, 0x5a, sizeof(p));
    state_reader_init(&r, b.data, b.len);
    ck_assert(!state_load(&r, &obj_v2, &p, err, sizeof(err)));
    ck_assert_ptr_nonnull(strstr(err, "bool"));
    ck_assert_uint_eq(p.a, 0x5a);
    b.data[at + sizeof(g_field) - 1] = 1;
    /* wrong section name */
    StateDesc other = obj_v2;
    other.name = "pit";
    state_reader_init(&r, b.data, b.len);
    ck_assert(!state_load(&r, &other, &p, err, sizeof(err)));
    /* flip every byte once: either refused, or loaded in full */
    for (size_t i = 0; i < b.len; i++) {
        b.data[i] ^= 0x41;
        state_reader_init(&r, b.data, b.len);
        state_load(&r, &obj_v2, &p, err, sizeof(err));
        b.data[i] ^= 0x41;
    }
    state_buf_free(&b);
}
END_TEST

START_TEST(test_state_desc_check)
{
    char err[200];
    static const StateField bad_size[] = {
        { "b", offsetof(Obj, b), 4, STATE_T_U16, 1, NULL, 0 }, STATE_END,
    };
    static const StateField dup[] = { STATE_U8(Obj, a), STATE_U8(Obj, a), STATE_END };
    static const StateField outside[] = {
        { "x", sizeof(Obj) - 2, 4, STATE_T_U32, 1, NULL, 0 }, STATE_END,
    };
    StateDesc d = { .name = "obj", .version = 1, .size = sizeof(Obj), .fields = bad_size };
    ck_assert(!state_desc_check(&d, err, sizeof(err)));
    d.fields = dup;
    ck_assert(!state_desc_check(&d, err, sizeof(err)));
    ck_assert_ptr_nonnull(strstr(err, "twice"));
    d.fields = outside;
    ck_assert(!state_desc_check(&d, err, sizeof(err)));
    d.fields = obj_v2_fields;
    ck_assert(!state_desc_check(&d, err, sizeof(err)));   /* field since 2 > version 1 */
    ck_assert(state_desc_check(&obj_v1, err, sizeof(err)));
}
END_TEST

/* The image container: CRC-32 over the payload, optional zlib. */
START_TEST(test_state_image)
{
    char err[200];
    Obj o = sample(), p;
    StateBuf payload, img, back;
    state_buf_init(&payload);
    for (int i = 0; i < 50; i++)
        ck_assert(state_save(&payload, &obj_v2, &o));
    for (int z = 0; z < 2; z++) {
        state_buf_init(&img);
        state_buf_init(&back);
        ck_assert(state_image_pack(&payload, z, &img));
        ck_assert(!memcmp(img.data, "TERNSTAT", 8));
        if (z)
            ck_assert_uint_lt(img.len, payload.len);
        ck_assert_msg(state_image_unpack(img.data, img.len, &back, err, sizeof(err)), "%s", err);
        ck_assert_uint_eq(back.len, payload.len);
        ck_assert(!memcmp(back.data, payload.data, payload.len));
        StateReader r;
        state_reader_init(&r, back.data, back.len);
        for (int i = 0; i < 50; i++) {
            memset(&p, 0, sizeof(p));
            ck_assert(state_load(&r, &obj_v2, &p, err, sizeof(err)));
            ck_assert(obj_equal_v1(&o, &p));
        }
        /* one flipped bit anywhere is caught */
        for (size_t i = 0; i < img.len; i += 7) {
            img.data[i] ^= 0x10;
            ck_assert(!state_image_unpack(img.data, img.len, &back, err, sizeof(err)));
            img.data[i] ^= 0x10;
        }
        ck_assert(!state_image_unpack(img.data, img.len - 1, &back, err, sizeof(err)));
        state_buf_free(&img);
        state_buf_free(&back);
    }
    state_buf_free(&payload);
}
END_TEST

static Suite *clock_suite(void)
{
    Suite *s = suite_create("clock");
    TCase *tc = tcase_create("clock");
    tcase_add_test(tc, test_deterministic_time);
    tcase_add_test(tc, test_firing_order);
    tcase_add_test(tc, test_rearm_in_callback);
    tcase_add_test(tc, test_insn_budget);
    tcase_add_test(tc, test_idle);
    tcase_add_test(tc, test_deadline_notify);
    tcase_add_test(tc, test_realtime);
    tcase_add_test(tc, test_tick_conversions);
    tcase_add_test(tc, test_clock_state);
    suite_add_tcase(s, tc);
    TCase *ts = tcase_create("state");
    tcase_add_test(ts, test_state_round_trip);
    tcase_add_test(ts, test_state_versions);
    tcase_add_test(ts, test_state_corruption);
    tcase_add_test(ts, test_state_desc_check);
    tcase_add_test(ts, test_state_image);
    suite_add_tcase(s, ts);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(clock_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

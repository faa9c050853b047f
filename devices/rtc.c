/* MC146818A real-time clock (devices/rtc.h). Everything runs on ticks of its 32.768 kHz
 * time base since machine start: the divider chain's phase is div_origin (updates at
 * div_origin + k x 32768, periodic flags at multiples of the rate from it). Flags are
 * brought up to date when the guest looks (sync on each access); a timer is armed only
 * when a flag it would set can raise IRQ 8. Section names are those of the MC146818A
 * datasheet ("Update Cycle", "Register A" ... "Register D"). */
#include "devices/rtc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tcg/log.h"

#define REG_SEC 0x00
#define REG_SEC_ALARM 0x01
#define REG_MIN 0x02
#define REG_MIN_ALARM 0x03
#define REG_HOUR 0x04
#define REG_HOUR_ALARM 0x05
#define REG_DOW 0x06
#define REG_DAY 0x07
#define REG_MONTH 0x08
#define REG_YEAR 0x09
#define REG_A 0x0a
#define REG_B 0x0b
#define REG_C 0x0c
#define REG_D 0x0d

#define A_UIP 0x80
#define A_DV_MASK 0x70
#define A_DV_32K 0x20
#define B_SET 0x80
#define B_PIE 0x40
#define B_AIE 0x20
#define B_UIE 0x10
#define B_DM_BINARY 0x04
#define B_24H 0x02
#define B_DSE 0x01
#define C_IRQF 0x80
#define C_PF 0x40
#define C_AF 0x20
#define C_UF 0x10
#define D_VRT 0x80

#define RTC_TICKS_PER_SEC 32768
/* UIP rises t_BUC = 244 us before the update cycle, which lasts t_UC = 1984 us with a
 * 32.768 kHz time base ("Register A", table "Update Cycle Times"): 8 + 65 ticks. The new
 * time and UF appear when the window closes. */
#define RTC_UIP_TICKS 73

struct Rtc {
    uint8_t cmos[128];
    uint8_t index;
    bool nmi_masked;
    bool divider_running;
    bool dst_fallback_done;
    int64_t div_origin;       /* tick at which the divider chain was at 0 */
    int64_t next_update;      /* first update boundary not yet processed */
    int64_t next_periodic;    /* first periodic flag tick not yet processed */
    bool irq_level;
    Clock *clock;
    ClockTimer *timer;
    IrqLine irq;
};

/* ---- calendar ---- */

static bool rtc_leap_gregorian(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int rtc_days_in_month(int month, int year, bool gregorian)
{
    static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (month < 1 || month > 12)
        return 31;
    if (month == 2 && (gregorian ? rtc_leap_gregorian(year) : year % 4 == 0))
        return 29;
    return days[month - 1];
}

/* Day of week by Zeller's congruence, in the RTC's numbering (1 = Sunday). */
static int rtc_day_of_week(int year, int month, int day)
{
    if (month < 3) {
        month += 12;
        year -= 1;
    }
    int k = year % 100, j = year / 100;
    int h = (day + 13 * (month + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7; /* 0 = Saturday */
    return h == 0 ? 7 : h;
}

bool rtc_parse_base(const char *s, RtcDateTime *out)
{
    RtcDateTime d = { 0 };
    int n = 0;
    if (sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%n", &d.year, &d.month, &d.day, &d.hour,
               &d.minute, &d.second, &n) != 6 || s[n] != 0 || n != 19)
        return false;
    if (d.year < 0 || d.month < 1 || d.month > 12 || d.day < 1 ||
        d.day > rtc_days_in_month(d.month, d.year, true) || d.hour > 23 || d.minute > 59 ||
        d.second > 59)
        return false;
    *out = d;
    return true;
}

RtcDateTime rtc_datetime_from_unix(int64_t secs)
{
    RtcDateTime d = { 0 };
    if (secs < 0)
        secs = 0;
    int64_t days = secs / 86400, rem = secs % 86400;
    d.hour = (int)(rem / 3600);
    d.minute = (int)(rem / 60 % 60);
    d.second = (int)(rem % 60);
    d.year = 1970;
    for (;;) {
        int len = rtc_leap_gregorian(d.year) ? 366 : 365;
        if (days < len)
            break;
        days -= len;
        d.year++;
    }
    d.month = 1;
    while (days >= rtc_days_in_month(d.month, d.year, true)) {
        days -= rtc_days_in_month(d.month, d.year, true);
        d.month++;
    }
    d.day = (int)days + 1;
    return d;
}

/* ---- register encoding ---- */

static bool rtc_binary(const Rtc *r)
{
    return r->cmos[REG_B] & B_DM_BINARY;
}

static int rtc_dec(const Rtc *r, uint8_t v)
{
    return rtc_binary(r) ? v : (v >> 4) * 10 + (v & 0xf);
}

static uint8_t rtc_enc(const Rtc *r, int v)
{
    return rtc_binary(r) ? (uint8_t)v : (uint8_t)((v / 10) << 4 | v % 10);
}

static int rtc_get_hour24(const Rtc *r)
{
    uint8_t h = r->cmos[REG_HOUR];
    if (r->cmos[REG_B] & B_24H)
        return rtc_dec(r, h);
    int h12 = rtc_dec(r, h & 0x7f) % 12;
    return h12 + ((h & 0x80) ? 12 : 0);
}

static void rtc_set_hour24(Rtc *r, int h)
{
    if (r->cmos[REG_B] & B_24H) {
        r->cmos[REG_HOUR] = rtc_enc(r, h);
    } else {
        int h12 = h % 12 ? h % 12 : 12;
        r->cmos[REG_HOUR] = (uint8_t)(rtc_enc(r, h12) | (h >= 12 ? 0x80 : 0));
    }
}

static void rtc_set_datetime(Rtc *r, const RtcDateTime *d)
{
    r->cmos[REG_SEC] = rtc_enc(r, d->second);
    r->cmos[REG_MIN] = rtc_enc(r, d->minute);
    rtc_set_hour24(r, d->hour);
    r->cmos[REG_DOW] = rtc_enc(r, rtc_day_of_week(d->year, d->month, d->day));
    r->cmos[REG_DAY] = rtc_enc(r, d->day);
    r->cmos[REG_MONTH] = rtc_enc(r, d->month);
    r->cmos[REG_YEAR] = rtc_enc(r, d->year % 100);
    r->cmos[RTC_CENTURY_INDEX] = rtc_enc(r, d->year / 100 % 100);
}

/* One update cycle ("Update Cycle"): advance one second with end-of-month and leap-year
 * recognition (every fourth year, the chip's rule), the daylight-saving jumps when DSE
 * is set ("Register B": last Sunday of April 1:59:59 -> 3:00:00, last Sunday of
 * October the first 1:59:59 -> 1:00:00), then UF, and AF if the alarm matches. */
static void rtc_update_cycle(Rtc *r)
{
    uint8_t *c = r->cmos;
    int sec = rtc_dec(r, c[REG_SEC]) + 1, min = rtc_dec(r, c[REG_MIN]);
    int hour = rtc_get_hour24(r), dow = rtc_dec(r, c[REG_DOW]), day = rtc_dec(r, c[REG_DAY]);
    int month = rtc_dec(r, c[REG_MONTH]), year = rtc_dec(r, c[REG_YEAR]);
    int century = rtc_dec(r, c[RTC_CENTURY_INDEX]);
    if (sec >= 60) {
        sec = 0;
        if (++min >= 60) {
            min = 0;
            if (++hour >= 24) {
                hour = 0;
                dow = dow >= 7 ? 1 : dow + 1;
                if (++day > rtc_days_in_month(month, year, false)) {
                    day = 1;
                    if (++month > 12) {
                        month = 1;
                        if (++year > 99) {
                            year = 0;
                            century = (century + 1) % 100;
                        }
                    }
                }
            }
        }
    }
    bool last_sunday = dow == 1 && day + 7 > rtc_days_in_month(month, year, false);
    if (!(month == 10 && last_sunday))
        r->dst_fallback_done = false;
    if ((c[REG_B] & B_DSE) && last_sunday && hour == 2 && min == 0 && sec == 0) {
        if (month == 4) {
            hour = 3;
        } else if (month == 10 && !r->dst_fallback_done) {
            hour = 1;
            r->dst_fallback_done = true;
        }
    }
    c[REG_SEC] = rtc_enc(r, sec);
    c[REG_MIN] = rtc_enc(r, min);
    rtc_set_hour24(r, hour);
    c[REG_DOW] = rtc_enc(r, dow);
    c[REG_DAY] = rtc_enc(r, day);
    c[REG_MONTH] = rtc_enc(r, month);
    c[REG_YEAR] = rtc_enc(r, year);
    c[RTC_CENTURY_INDEX] = rtc_enc(r, century);

    c[REG_C] |= C_UF;
    /* An alarm byte of 0xC0-0xFF matches any value ("don't care"). */
    static const int pairs[3][2] = { { REG_SEC_ALARM, REG_SEC }, { REG_MIN_ALARM, REG_MIN },
                                     { REG_HOUR_ALARM, REG_HOUR } };
    bool match = true;
    for (int i = 0; i < 3; i++) {
        uint8_t a = c[pairs[i][0]];
        if ((a & 0xc0) != 0xc0 && a != c[pairs[i][1]])
            match = false;
    }
    if (match)
        c[REG_C] |= C_AF;
}

/* ---- time base ---- */

static int64_t rtc_now_tick(Rtc *r)
{
    return clock_ns_to_ticks(clock_now(r->clock), RTC_HZ);
}

/* Periodic interrupt period in ticks for RS3-RS0 with a 32.768 kHz time base ("Register
 * A", table "Periodic Interrupt Rate"): 0 none, 1 and 2 are 256 and 128 Hz, n >= 3 is
 * 2^(n-1) ticks. */
static int64_t rtc_periodic_ticks(const Rtc *r)
{
    int rs = r->cmos[REG_A] & 0x0f;
    if (rs == 0)
        return 0;
    if (rs < 3)
        rs += 7;
    return (int64_t)1 << (rs - 1);
}

static int64_t rtc_next_multiple(int64_t origin, int64_t period, int64_t after)
{
    int64_t k = (after - origin) / period;
    int64_t t = origin + k * period;
    while (t <= after)
        t += period;
    return t;
}

/* Brings flags and time up to tick. */
static void rtc_sync(Rtc *r, int64_t tick)
{
    if (!r->divider_running)
        return;
    int64_t period = rtc_periodic_ticks(r);
    if (period && r->next_periodic <= tick) {
        r->cmos[REG_C] |= C_PF;
        r->next_periodic = rtc_next_multiple(r->div_origin, period, tick);
    }
    while (r->next_update <= tick) {
        if (!(r->cmos[REG_B] & B_SET))
            rtc_update_cycle(r);
        r->next_update += RTC_TICKS_PER_SEC;
    }
}

static void rtc_update_irq(Rtc *r)
{
    uint8_t c = r->cmos[REG_C], b = r->cmos[REG_B];
    bool irqf = ((c & C_PF) && (b & B_PIE)) || ((c & C_AF) && (b & B_AIE)) ||
                ((c & C_UF) && (b & B_UIE));
    if (irqf)
        r->cmos[REG_C] |= C_IRQF;
    else
        r->cmos[REG_C] &= (uint8_t)~C_IRQF;
    if (irqf != r->irq_level) {
        r->irq_level = irqf;
        irq_set(&r->irq, irqf);
    }
}

/* Arms the timer at the next event that could raise IRQ 8; a flag already set keeps
 * the line as it is until register C is read, so it needs no timer. */
static void rtc_rearm(Rtc *r)
{
    int64_t next = -1;
    uint8_t b = r->cmos[REG_B], c = r->cmos[REG_C];
    if (r->divider_running) {
        if ((b & B_PIE) && !(c & C_PF) && rtc_periodic_ticks(r))
            next = r->next_periodic;
        if (!(b & B_SET) && (((b & B_UIE) && !(c & C_UF)) || ((b & B_AIE) && !(c & C_AF))) &&
            (next < 0 || r->next_update < next))
            next = r->next_update;
    }
    if (next < 0)
        clock_timer_cancel(r->timer);
    else
        clock_timer_arm(r->timer, clock_ticks_to_ns(next, RTC_HZ));
}

static void rtc_timer_cb(void *opaque)
{
    Rtc *r = opaque;
    rtc_sync(r, rtc_now_tick(r));
    rtc_update_irq(r);
    rtc_rearm(r);
}

/* Divider control ("Register A", DV2-DV0): 010 runs from the 32.768 kHz crystal, 11x
 * holds the chain in reset, and leaving reset starts the first update half a second
 * later. The other codes select crystals a PC does not have. */
static void rtc_write_a(Rtc *r, uint8_t val, int64_t tick)
{
    uint8_t dv = val & A_DV_MASK;
    bool run = dv == A_DV_32K;
    if (!run && (dv >> 4) < 6 && tern_log_enabled(LOG_UNIMP))
        tern_log("rtc: register A divider %u (a time base other than 32.768 kHz) not "
                 "emulated: the clock stops\n", dv >> 4);
    r->cmos[REG_A] = val & 0x7f;
    if (run && !r->divider_running) {
        r->div_origin = tick - RTC_TICKS_PER_SEC / 2;
        r->next_update = tick + RTC_TICKS_PER_SEC / 2;
    }
    r->divider_running = run;
    int64_t period = rtc_periodic_ticks(r);
    if (period)
        r->next_periodic = rtc_next_multiple(r->div_origin, period, tick);
}

static bool rtc_uip(Rtc *r, int64_t tick)
{
    if (!r->divider_running || (r->cmos[REG_B] & B_SET))
        return false;
    return r->next_update - tick <= RTC_UIP_TICKS;
}

static uint8_t rtc_read(Rtc *r, int idx)
{
    int64_t tick = rtc_now_tick(r);
    rtc_sync(r, tick);
    switch (idx) {
    case REG_A:
        return (uint8_t)(r->cmos[REG_A] | (rtc_uip(r, tick) ? A_UIP : 0));
    case REG_C: {
        rtc_update_irq(r);
        uint8_t v = r->cmos[REG_C];
        r->cmos[REG_C] = 0;          /* reading C clears every flag and IRQF */
        rtc_update_irq(r);
        rtc_rearm(r);
        return v;
    }
    case REG_D:
        return D_VRT;
    default:
        return r->cmos[idx];
    }
}

static void rtc_write(Rtc *r, int idx, uint8_t val)
{
    int64_t tick = rtc_now_tick(r);
    rtc_sync(r, tick);
    switch (idx) {
    case REG_A:
        rtc_write_a(r, val, tick);
        break;
    case REG_B:
        /* SET inhibits updates and clears UIE ("Register B") */
        if (val & B_SET)
            val &= (uint8_t)~B_UIE;
        r->cmos[REG_B] = val;
        break;
    case REG_C:
    case REG_D:
        break;                       /* read-only */
    default:
        r->cmos[idx] = val;
        break;
    }
    rtc_update_irq(r);
    rtc_rearm(r);
}

/* ---- ports ---- */

static uint32_t rtc_in8(void *opaque, uint16_t port)
{
    Rtc *r = opaque;
    if (port == 0x70)
        return 0xff;                 /* the index register is write-only */
    return rtc_read(r, r->index);
}

static void rtc_out8(void *opaque, uint16_t port, uint32_t val)
{
    Rtc *r = opaque;
    if (port == 0x70) {
        r->index = val & 0x7f;
        r->nmi_masked = (val & 0x80) != 0;
        return;
    }
    rtc_write(r, r->index, (uint8_t)val);
}

static bool rtc_claims(const void *opaque, uint16_t port)
{
    (void)opaque;
    return port == 0x70 || port == 0x71;
}

/* A wider access is that many byte accesses at consecutive ports, as the ISA bus splits
 * it; a byte at a port this device does not decode reads 0xFF. */
static uint32_t rtc_port_in(void *opaque, uint16_t port, unsigned size)
{
    uint32_t v = 0;
    for (unsigned i = 0; i < size; i++) {
        uint16_t p = (uint16_t)(port + i);
        v |= (rtc_claims(opaque, p) ? rtc_in8(opaque, p) & 0xff : 0xff) << (8 * i);
    }
    return v;
}

static void rtc_port_out(void *opaque, uint16_t port, uint32_t val, unsigned size)
{
    for (unsigned i = 0; i < size; i++) {
        uint16_t p = (uint16_t)(port + i);
        if (rtc_claims(opaque, p))
            rtc_out8(opaque, p, (val >> (8 * i)) & 0xff);
    }
}

static const PortOps rtc_ops = { rtc_port_in, rtc_port_out };

Rtc *rtc_new(AddressSpace *as, Clock *clock, IrqLine irq8, const RtcDateTime *start)
{
    Rtc *r = calloc(1, sizeof(*r));
    if (!r)
        return NULL;
    r->clock = clock;
    r->irq = irq8;
    r->timer = clock_timer_new(clock, rtc_timer_cb, r);
    if (!r->timer) {
        free(r);
        return NULL;
    }
    RtcDateTime def = RTC_DEFAULT_BASE;
    if (!start)
        start = &def;
    r->cmos[REG_A] = A_DV_32K | 0x06;
    r->cmos[REG_B] = B_24H;
    r->cmos[REG_D] = D_VRT;
    rtc_set_datetime(r, start);
    int64_t tick = rtc_now_tick(r);
    int64_t into = clock_ns_to_ticks(start->nsec, RTC_HZ);
    r->divider_running = true;
    r->div_origin = tick - into;
    r->next_update = r->div_origin + RTC_TICKS_PER_SEC;
    r->next_periodic = rtc_next_multiple(r->div_origin, rtc_periodic_ticks(r), tick);
    if (as)
        as_register_ports(as, 0x70, 2, &rtc_ops, r);
    return r;
}

void rtc_free(Rtc *rtc)
{
    if (!rtc)
        return;
    clock_timer_free(rtc->timer);
    free(rtc);
}

bool rtc_nmi_masked(const Rtc *rtc)
{
    return rtc->nmi_masked;
}

uint8_t rtc_cmos_get(const Rtc *rtc, int index)
{
    return (index >= 0x0e && index < 128) ? rtc->cmos[index] : 0xff;
}

void rtc_cmos_set(Rtc *rtc, int index, uint8_t val)
{
    if (index >= 0x0e && index < 128)
        rtc->cmos[index] = val;
}

/* ---- state ---- */

static const StateField rtc_fields[] = {
    STATE_U8_ARRAY(Rtc, cmos, 128),
    STATE_U8(Rtc, index),
    STATE_BOOL(Rtc, nmi_masked),
    STATE_BOOL(Rtc, divider_running),
    STATE_BOOL(Rtc, dst_fallback_done),
    STATE_I64(Rtc, div_origin),
    STATE_I64(Rtc, next_update),
    STATE_I64(Rtc, next_periodic),
    STATE_BOOL(Rtc, irq_level),
    STATE_END,
};

static bool rtc_post_load(void *obj)
{
    Rtc *r = obj;
    if (r->index > 0x7f)
        return false;
    irq_set(&r->irq, r->irq_level);
    rtc_rearm(r);
    return true;
}

const StateDesc rtc_state_desc = {
    .name = "rtc", .version = 1, .size = sizeof(Rtc), .fields = rtc_fields,
    .post_load = rtc_post_load,
};

void *rtc_state_obj(Rtc *rtc)
{
    return rtc;
}

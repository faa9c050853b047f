/* Intel 8254 (devices/pit.h). Each counter's counting element is kept as a closed-form
 * state at a base tick (the last CLK pulse accounted for) and moved forward in one step
 * to any later tick; loads (count written, gate trigger) happen on "the next CLK pulse"
 * after the write. Ticks are CLK pulses since machine start: pulse k happens at guest
 * time k / 1.193182 MHz. Section names are those of the 8254 datasheet ("Mode 0" ...
 * "Mode 5", "Read-Back Command", "Status Byte"). */
#include "devices/pit.h"

#include <stdlib.h>

#include "tcg/log.h"

#define PIT_RW_LSB 1
#define PIT_RW_MSB 2
#define PIT_RW_BOTH 3
#define PIT_REFRESH_TICKS 18   /* the BIOS's counter 1 period: a refresh every 15.1 us */

typedef struct PitCounter {
    /* programming */
    uint8_t mode;            /* 0-5 (6 and 7 are 2 and 3) */
    uint8_t mode_bits;       /* M2-M0 as written, for the status byte */
    uint8_t rw;              /* PIT_RW_* */
    bool bcd;
    bool write_msb_next;     /* two-byte writes: the LSB has been written */
    uint8_t write_lsb;
    bool read_msb_next;      /* two-byte reads of the live count */
    uint16_t cr;             /* count register */
    bool count_written;      /* CR holds a count written since the control word */
    bool null_count;
    bool gate;
    /* latches */
    bool ol_valid, ol_msb_next;
    uint16_t ol;
    bool status_valid;
    uint8_t status;
    /* counting element, as of base_tick */
    int64_t base_tick;
    uint32_t ce;             /* modes 0 1 4 5: 1..M while counting to terminal count, else
                                0..M-1; modes 2 3: the value shown while not counting */
    uint32_t period, pos;    /* modes 2 3: the count loaded (1..M) and the tick within it */
    bool counting;           /* CE holds a loaded count */
    bool tc_pending;         /* modes 0 1 4 5: terminal count not reached since the load */
    bool strobe;             /* modes 4 5: OUT is in its one-CLK low strobe */
    bool stopped;            /* mode 0: first byte of a two-byte count written */
    bool load_pending;       /* CR -> CE at load_tick */
    int64_t load_tick;
    bool reload_pending;     /* modes 2 3: new count at the end of the period / half-cycle */
    bool out;
    bool out_reported;       /* the level last sent to the output line */
    /* wiring (not state) */
    struct Pit *pit;
    IrqLine line;
    ClockTimer *timer;
} PitCounter;

struct Pit {
    PitCounter c[3];
    uint8_t port61;          /* bits 0-3 as written */
    Clock *clock;
};

static int64_t pit_now_tick(Pit *p)
{
    return clock_ns_to_ticks(clock_now(p->clock), PIT_HZ);
}

static uint32_t pit_modulus(const PitCounter *c)
{
    return c->bcd ? 10000 : 65536;
}

static uint32_t pit_from_bcd(uint16_t v)
{
    return (v & 0xf) + ((v >> 4) & 0xf) * 10 + ((v >> 8) & 0xf) * 100 + ((v >> 12) & 0xf) * 1000;
}

static uint16_t pit_to_bcd(uint32_t v)
{
    return (uint16_t)((v % 10) | (v / 10 % 10) << 4 | (v / 100 % 10) << 8 | (v / 1000 % 10) << 12);
}

/* The count a load puts into CE: 0 stands for the modulus (2^16, or 10^4 in BCD). */
static uint32_t pit_load_value(const PitCounter *c)
{
    uint32_t v = c->bcd ? pit_from_bcd(c->cr) : c->cr;
    return v ? v : pit_modulus(c);
}

static uint32_t pit_high_len(uint32_t period)
{
    return (period + 1) / 2;
}

/* Does CE decrement on CLK pulses now? GATE enables counting in modes 0 2 3 4; in
 * modes 1 and 5 it only triggers. */
static bool pit_active(const PitCounter *c)
{
    if (!c->counting || c->stopped)
        return false;
    return c->mode == 1 || c->mode == 5 || c->gate;
}

static bool pit_connected(const PitCounter *c)
{
    return c->line.handler != NULL;
}

/* The value a read or latch sees, before BCD conversion: modulo M. */
static uint32_t pit_ce_value(const PitCounter *c)
{
    uint32_t m = pit_modulus(c), v;
    if (!c->counting || c->mode < 2 || c->mode > 3) {
        v = c->ce;
    } else if (c->mode == 2) {
        v = c->period - c->pos;
    } else {
        /* Mode 3 (8254 datasheet): an even count decrements by two from N; an odd one
         * loads N-1 and decrements by two, expiring at 0 one CLK before the high half
         * ends. */
        uint32_t h = pit_high_len(c->period);
        uint32_t j = c->pos < h ? c->pos : c->pos - h;
        v = (c->period & 1) ? c->period - 1 - 2 * j : c->period - 2 * j;
    }
    return v % m;
}

static uint16_t pit_read_value(const PitCounter *c)
{
    uint32_t v = pit_ce_value(c);
    return c->bcd ? pit_to_bcd(v) : (uint16_t)v;
}

static void pit_report(PitCounter *c)
{
    if (c->out == c->out_reported)
        return;
    c->out_reported = c->out;
    irq_set(&c->line, c->out);
}

/* The next tick at which OUT changes by counting alone, or -1. */
static int64_t pit_next_edge(const PitCounter *c)
{
    if (c->strobe)
        return c->base_tick + 1;
    if (!pit_active(c))
        return -1;
    switch (c->mode) {
    case 2:
        if (c->period < 2)
            return -1;
        return c->base_tick + (c->pos < c->period - 1 ? c->period - 1 - c->pos : 1);
    case 3: {
        uint32_t h = pit_high_len(c->period);
        if (c->period < 2)
            return -1;
        return c->base_tick + (c->pos < h ? h - c->pos : c->period - c->pos);
    }
    default:
        return c->tc_pending ? c->base_tick + c->ce : -1;
    }
}

static void pit_jump_oneshot(PitCounter *c, int64_t d)
{
    uint32_t m = pit_modulus(c);
    if (c->strobe) {                 /* the strobe lasts one CLK */
        c->strobe = false;
        c->out = true;
    }
    if (!pit_active(c))
        return;
    if (c->tc_pending) {
        if (d < c->ce) {
            c->ce -= (uint32_t)d;
            return;
        }
        d -= c->ce;
        c->ce = 0;
        c->tc_pending = false;
        if (c->mode == 0 || c->mode == 1) {
            c->out = true;
        } else if (d == 0) {
            c->out = false;
            c->strobe = true;
        }
    }
    c->ce = (uint32_t)((c->ce + m - (uint32_t)(d % m)) % m);
}

static void pit_jump_periodic(PitCounter *c, int64_t d)
{
    if (!pit_active(c))
        return;
    uint32_t h = pit_high_len(c->period);
    if (c->reload_pending) {
        /* Mode 2 takes a new count at the end of the period, mode 3 at the end of the
         * current half-cycle. */
        bool high = c->pos < h;
        uint32_t rem = (c->mode == 3 && high) ? h - c->pos : c->period - c->pos;
        if (d < rem) {
            c->pos += (uint32_t)d;
            goto done;
        }
        d -= rem;
        c->period = pit_load_value(c);
        h = pit_high_len(c->period);
        c->pos = (c->mode == 3 && high) ? h % c->period : 0;
        c->reload_pending = false;
        c->null_count = false;
    }
    c->pos = (uint32_t)((c->pos + (uint64_t)(d % c->period)) % c->period);
done:
    if (c->mode == 2)
        c->out = !(c->period >= 2 && c->pos == c->period - 1);
    else
        c->out = c->pos < h;
}

/* Moves the counting element from base_tick to tick with no load in between. */
static void pit_jump(PitCounter *c, int64_t tick)
{
    int64_t d = tick - c->base_tick;
    if (d <= 0)
        return;
    c->base_tick = tick;
    if (c->mode == 2 || c->mode == 3)
        pit_jump_periodic(c, d);
    else
        pit_jump_oneshot(c, d);
}

/* CR -> CE: "the count is loaded on the next CLK pulse" (this pulse does not count). */
static void pit_apply_load(PitCounter *c)
{
    c->load_pending = false;
    c->base_tick = c->load_tick;
    c->counting = true;
    c->null_count = false;
    c->strobe = false;
    switch (c->mode) {
    case 2:
    case 3:
        c->period = pit_load_value(c);
        c->pos = 0;
        c->reload_pending = false;
        c->out = true;
        break;
    default:
        c->ce = pit_load_value(c);
        c->tc_pending = true;
        /* Modes 0 and 1 hold OUT low until terminal count; a load in mode 4 or 5
         * starts from OUT high (a strobe under way ends with its CLK). */
        c->out = c->mode >= 4;
        break;
    }
}

/* Brings a counter up to tick, reporting every OUT edge on the way when its output is
 * connected (so an edge-triggered PIC sees each one). */
static void pit_advance(PitCounter *c, int64_t tick)
{
    for (;;) {
        int64_t stop = tick;
        bool load = c->load_pending && c->load_tick <= tick;
        if (load)
            stop = c->load_tick;
        if (pit_connected(c)) {
            for (;;) {
                int64_t e = pit_next_edge(c);
                if (e < 0 || e > stop)
                    break;
                pit_jump(c, e);
                pit_report(c);
            }
        }
        pit_jump(c, stop);
        if (!load)
            break;
        pit_apply_load(c);
        pit_report(c);
    }
    if (c->base_tick < tick)
        c->base_tick = tick;
    pit_report(c);
}

static void pit_rearm(PitCounter *c)
{
    if (!c->timer)
        return;
    int64_t next = -1;
    if (pit_connected(c)) {
        next = pit_next_edge(c);
        if (c->load_pending && (next < 0 || c->load_tick < next))
            next = c->load_tick;
    }
    if (next < 0)
        clock_timer_cancel(c->timer);
    else
        clock_timer_arm(c->timer, clock_ticks_to_ns(next, PIT_HZ));
}

static void pit_sync(PitCounter *c)
{
    pit_advance(c, pit_now_tick(c->pit));
}

static void pit_timer_cb(void *opaque)
{
    PitCounter *c = opaque;
    pit_sync(c);
    pit_rearm(c);
}

/* ---- programming ---- */

static void pit_latch_count(PitCounter *c)
{
    if (c->ol_valid)                 /* a second latch before the read is ignored */
        return;
    pit_sync(c);
    c->ol = pit_read_value(c);
    c->ol_valid = true;
    c->ol_msb_next = false;
}

static void pit_latch_status(PitCounter *c)
{
    if (c->status_valid)
        return;
    pit_sync(c);
    c->status = (uint8_t)((c->out ? 0x80 : 0) | (c->null_count ? 0x40 : 0) | c->rw << 4 |
                          c->mode_bits << 1 | (c->bcd ? 1 : 0));
    c->status_valid = true;
}

/* A control word resets the counter's control logic and sets OUT to its mode's initial
 * state: low in mode 0, high in the others. */
static void pit_write_control(PitCounter *c, uint8_t val)
{
    pit_sync(c);
    c->ce = pit_ce_value(c);         /* CE keeps its value until the next load */
    c->rw = (val >> 4) & 3;
    c->mode_bits = (val >> 1) & 7;
    c->mode = c->mode_bits > 5 ? c->mode_bits - 4 : c->mode_bits;
    c->bcd = val & 1;
    c->counting = false;
    c->tc_pending = false;
    c->strobe = false;
    c->stopped = false;
    c->load_pending = false;
    c->reload_pending = false;
    c->count_written = false;
    c->null_count = true;
    c->write_msb_next = false;
    c->read_msb_next = false;
    c->ol_valid = false;
    c->status_valid = false;
    c->out = c->mode != 0;
    pit_report(c);
    pit_rearm(c);
}

static void pit_write_count(PitCounter *c, uint8_t val)
{
    int64_t now = pit_now_tick(c->pit);
    pit_advance(c, now);
    switch (c->rw) {
    case PIT_RW_LSB:
        c->cr = val;
        break;
    case PIT_RW_MSB:
        c->cr = (uint16_t)(val << 8);
        break;
    default:
        if (!c->write_msb_next) {
            c->write_lsb = val;
            c->write_msb_next = true;
            if (c->mode == 0) {      /* Mode 0: the first byte disables counting, OUT low */
                c->stopped = true;
                c->out = false;
                pit_report(c);
                pit_rearm(c);
            }
            return;
        }
        c->cr = (uint16_t)(c->write_lsb | val << 8);
        c->write_msb_next = false;
        break;
    }
    c->count_written = true;
    c->null_count = true;
    switch (c->mode) {
    case 0:
        /* The old count stops here: OUT must not reach terminal count in the CLK
         * before the new count is loaded. */
        c->ce = pit_ce_value(c);
        c->counting = false;
        c->stopped = false;
        c->out = false;
        /* fall through */
    case 4:
        c->load_pending = true;
        c->load_tick = now + 1;
        break;
    case 2:
    case 3:
        if (c->counting) {
            c->reload_pending = true;
        } else {
            c->load_pending = true;
            c->load_tick = now + 1;
        }
        break;
    default:                         /* modes 1 and 5 wait for a trigger */
        break;
    }
    pit_report(c);
    pit_rearm(c);
}

static uint8_t pit_read_counter(PitCounter *c)
{
    if (c->status_valid) {
        c->status_valid = false;
        return c->status;
    }
    uint16_t v;
    bool *msb_next;
    if (c->ol_valid) {
        v = c->ol;
        msb_next = &c->ol_msb_next;
    } else {
        pit_sync(c);
        v = pit_read_value(c);
        msb_next = &c->read_msb_next;
    }
    uint8_t byte;
    bool done = true;
    switch (c->rw) {
    case PIT_RW_LSB:
        byte = (uint8_t)v;
        break;
    case PIT_RW_MSB:
        byte = (uint8_t)(v >> 8);
        break;
    default:
        byte = *msb_next ? (uint8_t)(v >> 8) : (uint8_t)v;
        done = *msb_next;
        *msb_next = !*msb_next;
        break;
    }
    if (c->ol_valid && done)
        c->ol_valid = false;
    return byte;
}

/* Read-back (8254 datasheet "Read-Back Command"): bit 5 = 0 latches the counts, bit
 * 4 = 0 the status bytes, of the counters selected by bits 1-3. */
static void pit_read_back(Pit *p, uint8_t val)
{
    for (int i = 0; i < 3; i++) {
        if (!(val & (2u << i)))
            continue;
        if (!(val & 0x10))
            pit_latch_status(&p->c[i]);
        if (!(val & 0x20))
            pit_latch_count(&p->c[i]);
    }
}

void pit_set_gate(Pit *pit, int counter, bool level)
{
    PitCounter *c = &pit->c[counter];
    int64_t now = pit_now_tick(pit);
    pit_advance(c, now);
    if (c->gate == level)
        return;
    c->gate = level;
    switch (c->mode) {
    case 2:
    case 3:
        if (!level) {
            c->out = true;           /* GATE low forces OUT high at once */
            break;
        }
        /* a rising GATE reloads the count, as a trigger does in modes 1 and 5 */
        /* fall through */
    case 1:
    case 5:
        if (level && c->count_written) {
            c->load_pending = true;
            c->load_tick = now + 1;
        }
        break;
    default:                         /* modes 0 and 4: GATE only pauses counting */
        break;
    }
    pit_report(c);
    pit_rearm(c);
}

bool pit_get_out(Pit *pit, int counter)
{
    PitCounter *c = &pit->c[counter];
    pit_sync(c);
    return c->out;
}

/* ---- ports ---- */

static uint32_t pit_in8(void *opaque, uint16_t port)
{
    Pit *p = opaque;
    if (port == 0x61) {
        int64_t tick = pit_now_tick(p);
        bool refresh = (tick / PIT_REFRESH_TICKS) & 1;
        return (p->port61 & 0x0f) | (refresh ? 0x10 : 0) | (pit_get_out(p, 2) ? 0x20 : 0);
    }
    if (port == 0x43)
        return 0xff;                 /* the control word register cannot be read */
    return pit_read_counter(&p->c[port - 0x40]);
}

static void pit_out8(void *opaque, uint16_t port, uint32_t val32)
{
    Pit *p = opaque;
    uint8_t val = (uint8_t)val32;
    if (port == 0x61) {
        p->port61 = val & 0x0f;
        pit_set_gate(p, 2, val & 1);
        return;
    }
    if (port != 0x43) {
        pit_write_count(&p->c[port - 0x40], val);
        return;
    }
    int sc = val >> 6;
    if (sc == 3)
        pit_read_back(p, val);
    else if (((val >> 4) & 3) == 0)
        pit_latch_count(&p->c[sc]);
    else
        pit_write_control(&p->c[sc], val);
}

static bool pit_claims(const void *opaque, uint16_t port)
{
    (void)opaque;
    return (port >= 0x40 && port <= 0x43) || port == 0x61;
}

/* A wider access is that many byte accesses at consecutive ports, as the ISA bus splits
 * it; a byte at a port this device does not decode reads 0xFF. */
static uint32_t pit_port_in(void *opaque, uint16_t port, unsigned size)
{
    uint32_t v = 0;
    for (unsigned i = 0; i < size; i++) {
        uint16_t p = (uint16_t)(port + i);
        v |= (pit_claims(opaque, p) ? pit_in8(opaque, p) & 0xff : 0xff) << (8 * i);
    }
    return v;
}

static void pit_port_out(void *opaque, uint16_t port, uint32_t val, unsigned size)
{
    for (unsigned i = 0; i < size; i++) {
        uint16_t p = (uint16_t)(port + i);
        if (pit_claims(opaque, p))
            pit_out8(opaque, p, (val >> (8 * i)) & 0xff);
    }
}

static const PortOps pit_ops = { pit_port_in, pit_port_out };

void pit_reset(Pit *pit)
{
    pit->port61 = 0;
    for (int i = 0; i < 3; i++) {
        PitCounter *c = &pit->c[i];
        c->gate = i != 2;
        c->load_pending = false;     /* nothing of the old programming survives */
        c->reload_pending = false;
        c->counting = false;
        c->strobe = false;
        c->base_tick = pit_now_tick(pit);
        c->ce = 0;
        c->cr = 0;
        c->period = 1;
        c->pos = 0;
        pit_write_control(c, (uint8_t)(i << 6 | PIT_RW_BOTH << 4));
    }
}

void pit_connect_output(Pit *pit, int counter, IrqLine line)
{
    PitCounter *c = &pit->c[counter];
    pit_sync(c);
    c->line = line;
    c->out_reported = c->out;
    irq_set(&c->line, c->out);
    pit_rearm(c);
}

Pit *pit_new(AddressSpace *as, Clock *clock, IrqLine irq0)
{
    Pit *p = calloc(1, sizeof(*p));
    if (!p)
        return NULL;
    p->clock = clock;
    for (int i = 0; i < 3; i++) {
        p->c[i].pit = p;
        p->c[i].timer = clock_timer_new(clock, pit_timer_cb, &p->c[i]);
        if (!p->c[i].timer) {
            pit_free(p);
            return NULL;
        }
    }
    pit_reset(p);
    pit_connect_output(p, 0, irq0);
    if (as) {
        as_register_ports(as, 0x40, 4, &pit_ops, p);
        as_register_ports(as, 0x61, 1, &pit_ops, p);
    }
    return p;
}

void pit_free(Pit *pit)
{
    if (!pit)
        return;
    for (int i = 0; i < 3; i++)
        clock_timer_free(pit->c[i].timer);
    free(pit);
}

/* ---- state ---- */

static const StateField pit_counter_fields[] = {
    STATE_U8(PitCounter, mode), STATE_U8(PitCounter, mode_bits), STATE_U8(PitCounter, rw),
    STATE_BOOL(PitCounter, bcd), STATE_BOOL(PitCounter, write_msb_next),
    STATE_U8(PitCounter, write_lsb), STATE_BOOL(PitCounter, read_msb_next),
    STATE_U16(PitCounter, cr), STATE_BOOL(PitCounter, count_written),
    STATE_BOOL(PitCounter, null_count), STATE_BOOL(PitCounter, gate),
    STATE_BOOL(PitCounter, ol_valid), STATE_BOOL(PitCounter, ol_msb_next),
    STATE_U16(PitCounter, ol), STATE_BOOL(PitCounter, status_valid),
    STATE_U8(PitCounter, status), STATE_I64(PitCounter, base_tick),
    STATE_U32(PitCounter, ce), STATE_U32(PitCounter, period), STATE_U32(PitCounter, pos),
    STATE_BOOL(PitCounter, counting), STATE_BOOL(PitCounter, tc_pending),
    STATE_BOOL(PitCounter, strobe), STATE_BOOL(PitCounter, stopped),
    STATE_BOOL(PitCounter, load_pending), STATE_I64(PitCounter, load_tick),
    STATE_BOOL(PitCounter, reload_pending), STATE_BOOL(PitCounter, out),
    STATE_BOOL(PitCounter, out_reported),
    STATE_END,
};

static const StateDesc pit_counter_desc = {
    .name = "pit-counter", .version = 1, .size = sizeof(PitCounter),
    .fields = pit_counter_fields,
};

static const StateField pit_fields[] = {
    STATE_STRUCT_ARRAY(Pit, c, pit_counter_desc, 3),
    STATE_U8(Pit, port61),
    STATE_END,
};

static bool pit_post_load(void *obj)
{
    Pit *p = obj;
    for (int i = 0; i < 3; i++) {
        PitCounter *c = &p->c[i];
        uint32_t m = pit_modulus(c);
        if (c->mode > 5 || c->rw < 1 || c->rw > 3 || c->ce > m || c->period < 1 ||
            c->period > m || c->pos >= c->period)
            return false;
        c->out_reported = c->out;
        irq_set(&c->line, c->out);
        pit_rearm(c);
    }
    return true;
}

const StateDesc pit_state_desc = {
    .name = "pit", .version = 1, .size = sizeof(Pit), .fields = pit_fields,
    .post_load = pit_post_load,
};

void *pit_state_obj(Pit *pit)
{
    return pit;
}

/* Two Intel 8259A interrupt controllers in the PC's cascade (devices/pic.h). Section
 * names below are those of the Intel 8259A/8259A-2 datasheet. The request register of a
 * level-triggered input is the input itself; an edge-triggered input latches its rising
 * edge and loses it if the input falls before the acknowledge, which then answers the
 * spurious IR7 vector, as on silicon. So a device holds its line high until serviced (a
 * raise-and-lower pulse within one call is lost). */
#include "devices/pic.h"

#include <stddef.h>
#include <stdlib.h>

#include "tcg/log.h"

#define PIC_ICW1 0x10
#define PIC_ICW1_IC4 0x01
#define PIC_ICW1_SNGL 0x02
#define PIC_ICW1_LTIM 0x08
#define PIC_OCW3 0x08
#define PIC_ICW4_UPM 0x01
#define PIC_ICW4_AEOI 0x02
#define PIC_ICW4_SFNM 0x10
#define PIC_CASCADE_INPUT 2    /* PC wiring: slave INT -> master IR2, slave ID 2 */

typedef struct PicChip {
    uint8_t irr;          /* edge latches (edge-triggered inputs only) */
    uint8_t lines;        /* input levels now */
    uint8_t isr, imr;
    uint8_t elcr, elcr_mask;
    uint8_t lowest;       /* the level with the lowest priority (7 after ICW1) */
    uint8_t vector_base;  /* ICW2 T7-T3 */
    uint8_t icw1, icw3, icw4;
    uint8_t init_step;    /* 0: operational, else the ICW (2, 3, 4) expected next */
    bool read_isr;        /* OCW3 RIS: a read at A0=0 returns ISR, else IRR */
    bool poll;            /* OCW3 P: the next read at A0=0 is a poll */
    bool special_mask;
    bool rotate_aeoi;
    bool is_master;
} PicChip;

struct PicPair {
    PicChip chip[2];      /* 0 master, 1 slave */
    bool intr;
    PicIntrFn *intr_fn;
    void *intr_opaque;
};

/* ---- one chip ---- */

static uint8_t chip_level_mask(const PicChip *c)
{
    return (c->icw1 & PIC_ICW1_LTIM) ? 0xff : c->elcr;
}

/* IRR as the datasheet defines it: latched edges, and level inputs as they are. */
static uint8_t chip_irr(const PicChip *c)
{
    uint8_t lvl = chip_level_mask(c);
    return (uint8_t)((c->irr & ~lvl) | (c->lines & lvl));
}

/* The highest-priority level among bits ("Fully Nested Mode"; the rotation commands
 * move which level is lowest). -1 if bits is 0. */
static int chip_highest(const PicChip *c, uint8_t bits)
{
    for (int i = 0; i < 8; i++) {
        int level = (c->lowest + 1 + i) & 7;
        if (bits & (1u << level))
            return level;
    }
    return -1;
}

static int chip_rank(const PicChip *c, int level)
{
    return (level - c->lowest - 1) & 7;
}

static bool chip_is_cascade(const PicChip *c, int level)
{
    return c->is_master && !(c->icw1 & PIC_ICW1_SNGL) && (c->icw3 & (1u << level));
}

/* The request an acknowledge would pick now, or -1. An in-service level blocks itself
 * and everything below it, except: in special mask mode a masked in-service level
 * blocks nothing ("Special Mask Mode"), and in special fully nested mode a cascade
 * input in service lets requests of its own level through ("Special Fully Nested
 * Mode"). */
static int chip_pending(const PicChip *c)
{
    uint8_t req = chip_irr(c) & ~c->imr;
    if (!req)
        return -1;
    int irq = chip_highest(c, req);
    uint8_t blocking = c->special_mask ? (uint8_t)(c->isr & ~c->imr) : c->isr;
    int cur = chip_highest(c, blocking);
    if (cur < 0 || chip_rank(c, irq) < chip_rank(c, cur))
        return irq;
    if (irq == cur && (c->icw4 & PIC_ICW4_SFNM) && chip_is_cascade(c, cur))
        return irq;
    return -1;
}

static void chip_set_input(PicChip *c, int n, int level)
{
    uint8_t bit = (uint8_t)(1u << n);
    if (level) {
        if (!(c->lines & bit))
            c->irr |= bit;              /* rising edge */
        c->lines |= bit;
    } else {
        c->lines &= (uint8_t)~bit;
        c->irr &= (uint8_t)~bit;        /* "must remain high until ... first INTA" */
    }
}

/* The acknowledge of level irq: the request is consumed and the level goes in service,
 * or with AEOI is ended at once (rotating if so programmed, "Automatic Rotation"). */
static void chip_ack(PicChip *c, int irq)
{
    uint8_t bit = (uint8_t)(1u << irq);
    c->irr &= (uint8_t)~bit;
    if (c->icw4 & PIC_ICW4_AEOI) {
        if (c->rotate_aeoi)
            c->lowest = (uint8_t)irq;
    } else {
        c->isr |= bit;
    }
}

static void chip_init(PicChip *c, bool master)
{
    uint8_t lines = c->lines;
    *c = (PicChip){ 0 };
    c->lines = lines;             /* the pins keep their levels across a reset */
    c->is_master = master;
    c->lowest = 7;
    c->elcr_mask = master ? 0xf8 : 0xde; /* PIIX: IRQ 0, 1, 2, 8, 13 are edge only */
}

/* ICW1 ("Initialization Command Words"): the edge sense circuit is reset (a line that
 * is high must fall and rise again), IMR cleared, IR7 lowest, special mask mode off,
 * status read set to IRR, and without IC4 every ICW4 function is zero. In-service bits
 * are dropped too, so a controller re-initialised from inside a handler starts clean. */
static void chip_write_icw1(PicChip *c, uint8_t val)
{
    c->icw1 = val;
    c->irr = 0;
    c->isr = 0;
    c->imr = 0;
    c->lowest = 7;
    c->special_mask = false;
    c->read_isr = false;
    c->poll = false;
    c->rotate_aeoi = false;
    c->icw3 = 0;
    c->icw4 = 0;
    c->init_step = 2;
    if (!(val & PIC_ICW1_IC4) && tern_log_enabled(LOG_UNIMP))
        tern_log("pic: ICW1 0x%02x without ICW4 selects MCS-80/85 mode, not emulated "
                 "(vectors are delivered as in 8086 mode)\n", val);
}

static void chip_write_icw(PicChip *c, uint8_t val)
{
    switch (c->init_step) {
    case 2:
        c->vector_base = val & 0xf8;
        if (!(c->icw1 & PIC_ICW1_SNGL))
            c->init_step = 3;
        else
            c->init_step = (c->icw1 & PIC_ICW1_IC4) ? 4 : 0;
        break;
    case 3:
        c->icw3 = val;
        c->init_step = (c->icw1 & PIC_ICW1_IC4) ? 4 : 0;
        break;
    case 4:
        c->icw4 = val;
        c->init_step = 0;
        if (!(val & PIC_ICW4_UPM) && tern_log_enabled(LOG_UNIMP))
            tern_log("pic: ICW4 0x%02x selects MCS-80/85 mode, not emulated (vectors are "
                     "delivered as in 8086 mode)\n", val);
        break;
    }
}

/* OCW2: the R, SL and EOI bits select one of eight commands ("Operation Command
 * Words", "End of Interrupt", "Automatic Rotation", "Specific Rotation"). A
 * non-specific EOI ends the highest-priority in-service level, skipping masked ones in
 * special mask mode. */
static void chip_write_ocw2(PicChip *c, uint8_t val)
{
    int level = val & 7;
    uint8_t isr = c->special_mask ? (uint8_t)(c->isr & ~c->imr) : c->isr;
    switch (val >> 5) {
    case 1: /* non-specific EOI */
    case 5: /* rotate on non-specific EOI */
        level = chip_highest(c, isr);
        if (level < 0)
            break;
        c->isr &= (uint8_t)~(1u << level);
        if (val >> 5 == 5)
            c->lowest = (uint8_t)level;
        break;
    case 3: /* specific EOI */
        c->isr &= (uint8_t)~(1u << level);
        break;
    case 7: /* rotate on specific EOI */
        c->isr &= (uint8_t)~(1u << level);
        c->lowest = (uint8_t)level;
        break;
    case 6: /* set priority */
        c->lowest = (uint8_t)level;
        break;
    case 4:
        c->rotate_aeoi = true;
        break;
    case 0:
        c->rotate_aeoi = false;
        break;
    default: /* 2: no operation */
        break;
    }
}

static void chip_write_ocw3(PicChip *c, uint8_t val)
{
    if (val & 0x40)
        c->special_mask = (val & 0x20) != 0;
    if (val & 0x04)
        c->poll = true;
    if (val & 0x02)
        c->read_isr = (val & 0x01) != 0;
}

/* ---- the pair ---- */

static void pic_update(PicPair *p, bool force)
{
    PicChip *m = &p->chip[0], *s = &p->chip[1];
    chip_set_input(m, PIC_CASCADE_INPUT, chip_pending(s) >= 0);
    bool intr = chip_pending(m) >= 0;
    if (intr != p->intr || force) {
        p->intr = intr;
        if (p->intr_fn)
            p->intr_fn(p->intr_opaque, intr);
    }
}

/* The slave's INT drops during its acknowledge; if it still has a request it rises
 * again, which the master's edge detector sees as a new request on IR2. */
static void pic_cascade_pulse(PicPair *p)
{
    chip_set_input(&p->chip[0], PIC_CASCADE_INPUT, 0);
}

/* The poll command ("Poll Command"): the read acts as an acknowledge and returns
 * I (bit 7) and the level W2-W0. */
static uint8_t pic_poll(PicPair *p, int which)
{
    PicChip *c = &p->chip[which];
    c->poll = false;
    int irq = chip_pending(c);
    if (irq < 0)
        return 0;
    chip_ack(c, irq);
    if (which == 1)
        pic_cascade_pulse(p);
    pic_update(p, false);
    return (uint8_t)(0x80 | irq);
}

int pic_get_interrupt(PicPair *pic)
{
    PicChip *m = &pic->chip[0], *s = &pic->chip[1];
    int vector;
    int irq = chip_pending(m);
    if (irq < 0) {
        /* The request went away before the acknowledge: the 8259A answers as if IR7
         * was active but sets no in-service bit ("Edge and Level Triggered Modes"). */
        vector = m->vector_base | 7;
    } else {
        chip_ack(m, irq);
        if (!chip_is_cascade(m, irq)) {
            vector = m->vector_base | irq;
        } else if ((s->icw3 & 7) != irq) {
            if (tern_log_enabled(LOG_GUEST_ERRORS))
                tern_log("pic: master acknowledged cascade IR%d but the slave's ID is %d: "
                         "no vector driven\n", irq, s->icw3 & 7);
            vector = 0xff;
        } else {
            int sirq = chip_pending(s);
            if (sirq < 0) {
                vector = s->vector_base | 7;     /* spurious IRQ 15 */
            } else {
                chip_ack(s, sirq);
                vector = s->vector_base | sirq;
            }
            pic_cascade_pulse(pic);
        }
    }
    if (tern_log_enabled(LOG_INT))
        tern_log("pic: acknowledge -> vector 0x%02x\n", vector);
    pic_update(pic, true);
    return vector;
}

bool pic_intr_level(const PicPair *pic)
{
    return pic->intr;
}

void pic_set_irq(PicPair *pic, int line, int level)
{
    if (line < 0 || line > 15 || line == PIC_CASCADE_INPUT) {
        if (tern_log_enabled(LOG_GUEST_ERRORS))
            tern_log("pic: input %d cannot be driven\n", line);
        return;
    }
    chip_set_input(&pic->chip[line >> 3], line & 7, level);
    pic_update(pic, false);
}

void pic_irq_handler(void *opaque, int line, int level)
{
    pic_set_irq(opaque, line, level);
}

IrqLine pic_irq_line(PicPair *pic, int line)
{
    return irq_line(pic_irq_handler, pic, line);
}

/* ---- ports ---- */

static uint32_t pic_in8(void *opaque, uint16_t port)
{
    PicPair *p = opaque;
    if (port == 0x4d0 || port == 0x4d1)
        return p->chip[port & 1].elcr;
    int which = (port & 0x80) ? 1 : 0;
    PicChip *c = &p->chip[which];
    if (port & 1)
        return c->imr;
    if (c->poll)
        return pic_poll(p, which);
    return c->read_isr ? c->isr : chip_irr(c);
}

static void pic_out8(void *opaque, uint16_t port, uint32_t val32)
{
    PicPair *p = opaque;
    uint8_t val = (uint8_t)val32;
    if (port == 0x4d0 || port == 0x4d1) {
        PicChip *c = &p->chip[port & 1];
        c->elcr = val & c->elcr_mask;
        c->irr &= (uint8_t)~c->elcr;     /* level inputs have no edge latch */
        pic_update(p, false);
        return;
    }
    PicChip *c = &p->chip[(port & 0x80) ? 1 : 0];
    if (!(port & 1)) {
        if (val & PIC_ICW1)
            chip_write_icw1(c, val);
        else if (val & PIC_OCW3)
            chip_write_ocw3(c, val);
        else
            chip_write_ocw2(c, val);
    } else if (c->init_step) {
        chip_write_icw(c, val);
    } else {
        c->imr = val;
    }
    pic_update(p, false);
}

static bool pic_claims(const void *opaque, uint16_t port)
{
    (void)opaque;
    return (port & ~1) == 0x20 || (port & ~1) == 0xa0 || (port & ~1) == 0x4d0;
}

/* A wider access is that many byte accesses at consecutive ports, as the ISA bus splits
 * it; a byte at a port this device does not decode reads 0xFF. */
static uint32_t pic_port_in(void *opaque, uint16_t port, unsigned size)
{
    uint32_t v = 0;
    for (unsigned i = 0; i < size; i++) {
        uint16_t p = (uint16_t)(port + i);
        v |= (pic_claims(opaque, p) ? pic_in8(opaque, p) & 0xff : 0xff) << (8 * i);
    }
    return v;
}

static void pic_port_out(void *opaque, uint16_t port, uint32_t val, unsigned size)
{
    for (unsigned i = 0; i < size; i++) {
        uint16_t p = (uint16_t)(port + i);
        if (pic_claims(opaque, p))
            pic_out8(opaque, p, (val >> (8 * i)) & 0xff);
    }
}

static const PortOps pic_ops = { pic_port_in, pic_port_out };

void pic_reset(PicPair *pic)
{
    chip_init(&pic->chip[0], true);
    chip_init(&pic->chip[1], false);
    pic_update(pic, true);
}

PicPair *pic_new(AddressSpace *as, PicIntrFn *intr, void *opaque)
{
    PicPair *p = calloc(1, sizeof(*p));
    if (!p)
        return NULL;
    p->intr_fn = intr;
    p->intr_opaque = opaque;
    chip_init(&p->chip[0], true);
    chip_init(&p->chip[1], false);
    if (as) {
        as_register_ports(as, 0x20, 2, &pic_ops, p);
        as_register_ports(as, 0xa0, 2, &pic_ops, p);
        as_register_ports(as, 0x4d0, 2, &pic_ops, p);
    }
    return p;
}

void pic_free(PicPair *pic)
{
    free(pic);
}

/* ---- state ---- */

static const StateField pic_chip_fields[] = {
    STATE_U8(PicChip, irr), STATE_U8(PicChip, lines), STATE_U8(PicChip, isr),
    STATE_U8(PicChip, imr), STATE_U8(PicChip, elcr), STATE_U8(PicChip, elcr_mask),
    STATE_U8(PicChip, lowest), STATE_U8(PicChip, vector_base), STATE_U8(PicChip, icw1),
    STATE_U8(PicChip, icw3), STATE_U8(PicChip, icw4), STATE_U8(PicChip, init_step),
    STATE_BOOL(PicChip, read_isr), STATE_BOOL(PicChip, poll),
    STATE_BOOL(PicChip, special_mask), STATE_BOOL(PicChip, rotate_aeoi),
    STATE_BOOL(PicChip, is_master),
    STATE_END,
};

static const StateDesc pic_chip_desc = {
    .name = "pic-chip", .version = 1, .size = sizeof(PicChip), .fields = pic_chip_fields,
};

static const StateField pic_fields[] = {
    STATE_STRUCT_ARRAY(PicPair, chip, pic_chip_desc, 2),
    STATE_BOOL(PicPair, intr),
    STATE_END,
};

static bool pic_post_load(void *obj)
{
    PicPair *p = obj;
    for (int i = 0; i < 2; i++) {
        PicChip *c = &p->chip[i];
        if (c->lowest > 7 || (c->init_step != 0 && (c->init_step < 2 || c->init_step > 4)) ||
            c->is_master != (i == 0))
            return false;
    }
    pic_update(p, true);
    return true;
}

const StateDesc pic_state_desc = {
    .name = "pic", .version = 1, .size = sizeof(PicPair), .fields = pic_fields,
    .post_load = pic_post_load,
};

void *pic_state_obj(PicPair *pic)
{
    return pic;
}

/* 8042 keyboard controller, PS/2 keyboard and port 0x92 (devices/i8042.h). Bytes for the
 * host come from three sources, queued apart because the controller holds back a
 * disabled interface's data: the controller's own answers (first), the keyboard, the
 * aux port. The output buffer is refilled from them whenever the guest empties it. */
#include "devices/i8042.h"

#include <stdlib.h>
#include <string.h>

#include "tcg/log.h"

#define ST_OBF 0x01
#define ST_SYS 0x04
#define ST_A2 0x08          /* last write went to the command port */
#define ST_INH 0x10         /* 1: keyboard not inhibited (keylock open) */
#define ST_AUXB 0x20

#define CB_INT 0x01
#define CB_INT2 0x02
#define CB_SYS 0x04
#define CB_DISABLE_KBD 0x10
#define CB_DISABLE_AUX 0x20
#define CB_XLAT 0x40

#define OP_RESET 0x01       /* output port: CPU reset line, active low */
#define OP_A20 0x02
#define OP_DEFAULT 0xcf     /* reset high, A20 on, clock/data lines idle high */

#define SRC_CTRL 0
#define SRC_KBD 1
#define SRC_AUX 2

#define KBD_ACK 0xfa
#define KBD_RESEND 0xfe
#define KBD_BAT_OK 0xaa
#define QUEUE_SIZE 16

typedef struct I8042Queue {
    uint8_t data[QUEUE_SIZE];
    uint8_t src[QUEUE_SIZE];
    uint8_t head, count;
} I8042Queue;

struct I8042 {
    uint8_t ram[32];          /* ram[0] is the command byte */
    uint8_t outport;
    uint8_t out_byte;
    bool obf, out_aux, a2;
    uint8_t pending_cmd;      /* a controller command waiting for its data byte, or 0 */
    I8042Queue ctrl, kbd, aux;
    bool xlat_break;          /* translation saw 0xF0: the next byte gets bit 7 */
    /* the keyboard */
    bool kbd_scanning;
    uint8_t kbd_set, kbd_leds, kbd_typematic;
    uint8_t kbd_pending;      /* a keyboard command waiting for its argument, or 0 */
    uint8_t kbd_last;         /* for 0xFE resend */
    uint8_t port92;
    bool a20_out, irq1_level, irq12_level;
    /* wiring */
    IrqLine irq1, irq12;
    I8042A20Fn *a20_fn;
    I8042ResetFn *reset_fn;
    void *opaque;
};

static void q_push(I8042Queue *q, uint8_t v, uint8_t src)
{
    if (q->count == QUEUE_SIZE) {
        if (tern_log_enabled(LOG_GUEST_ERRORS))
            tern_log("i8042: output queue full, byte 0x%02x dropped\n", v);
        return;
    }
    unsigned at = (q->head + q->count) % QUEUE_SIZE;
    q->data[at] = v;
    q->src[at] = src;
    q->count++;
}

static uint8_t q_pop(I8042Queue *q, uint8_t *src)
{
    uint8_t v = q->data[q->head];
    if (src)
        *src = q->src[q->head];
    q->head = (q->head + 1) % QUEUE_SIZE;
    q->count--;
    return v;
}

/* Scan code set 2 -> set 1 translation (command byte bit 6) for the bytes this keyboard
 * sends: answers >= 0x80 pass unchanged, 0xF0 marks the next byte as a release (bit 7),
 * the identify byte 0x83 and the scan code set numbers come out as an XT-compatible
 * controller's table has them (0x41; 0x43 0x41 0x3F). */
static bool i8042_translate(I8042 *k, uint8_t in, uint8_t *out)
{
    if (in == 0xf0) {
        k->xlat_break = true;
        return false;
    }
    uint8_t v = in;
    switch (in) {
    case 0x83: v = 0x41; break;
    case 0x01: v = 0x43; break;
    case 0x02: v = 0x41; break;
    case 0x03: v = 0x3f; break;
    default:
        if (in < 0x80 && tern_log_enabled(LOG_UNIMP))
            tern_log("i8042: no set 1 translation for keyboard byte 0x%02x\n", in);
        break;
    }
    if (k->xlat_break)
        v |= 0x80;
    k->xlat_break = false;
    *out = v;
    return true;
}

static void i8042_update_irq(I8042 *k)
{
    uint8_t cb = k->ram[0];
    bool irq1 = k->obf && !k->out_aux && (cb & CB_INT);
    bool irq12 = k->obf && k->out_aux && (cb & CB_INT2);
    if (irq1 != k->irq1_level) {
        k->irq1_level = irq1;
        irq_set(&k->irq1, irq1);
    }
    if (irq12 != k->irq12_level) {
        k->irq12_level = irq12;
        irq_set(&k->irq12, irq12);
    }
}

/* Loads the output buffer if it is empty and a source may deliver. */
static void i8042_refill(I8042 *k)
{
    while (!k->obf) {
        uint8_t src, v;
        if (k->ctrl.count) {
            v = q_pop(&k->ctrl, &src);
        } else if (k->kbd.count && !(k->ram[0] & CB_DISABLE_KBD)) {
            v = q_pop(&k->kbd, &src);
            if ((k->ram[0] & CB_XLAT) && !i8042_translate(k, v, &v))
                continue;
        } else if (k->aux.count && !(k->ram[0] & CB_DISABLE_AUX)) {
            v = q_pop(&k->aux, &src);
        } else {
            break;
        }
        k->out_byte = v;
        k->out_aux = src == SRC_AUX;
        k->obf = true;
    }
    i8042_update_irq(k);
}

static void i8042_reply(I8042 *k, uint8_t v)
{
    q_push(&k->ctrl, v, SRC_CTRL);
}

static void i8042_set_a20(I8042 *k)
{
    bool on = (k->outport & OP_A20) || (k->port92 & 0x02);
    if (on != k->a20_out) {
        k->a20_out = on;
        if (k->a20_fn)
            k->a20_fn(k->opaque, on);
    }
}

static void i8042_reset_cpu(I8042 *k)
{
    if (tern_log_enabled(LOG_INT))
        tern_log("i8042: CPU reset requested\n");
    if (k->reset_fn)
        k->reset_fn(k->opaque);
}

static void i8042_write_outport(I8042 *k, uint8_t v)
{
    k->outport = v;
    i8042_set_a20(k);
    if (!(v & OP_RESET)) {
        k->outport |= OP_RESET;      /* the line is pulsed, not held */
        i8042_reset_cpu(k);
    }
}

static uint8_t i8042_read_outport(const I8042 *k)
{
    uint8_t v = k->outport & (uint8_t)~0x30;
    if (k->obf && !k->out_aux)
        v |= 0x10;
    if (k->obf && k->out_aux)
        v |= 0x20;
    return v;
}

/* ---- the keyboard ---- */

static void kbd_send(I8042 *k, uint8_t v)
{
    k->kbd_last = v;
    q_push(&k->kbd, v, SRC_KBD);
}

static void kbd_defaults(I8042 *k)
{
    k->kbd_set = 2;
    k->kbd_leds = 0;
    k->kbd_typematic = 0x2b;         /* 10.9 characters/s after 500 ms */
    k->kbd_pending = 0;
}

static void kbd_command(I8042 *k, uint8_t v)
{
    if (k->kbd_pending && !(v & 0x80)) {
        uint8_t cmd = k->kbd_pending;
        k->kbd_pending = 0;
        switch (cmd) {
        case 0xed:
            k->kbd_leds = v & 7;
            kbd_send(k, KBD_ACK);
            return;
        case 0xf3:
            k->kbd_typematic = v & 0x7f;
            kbd_send(k, KBD_ACK);
            return;
        case 0xf0:
            if (v == 0) {
                kbd_send(k, KBD_ACK);
                kbd_send(k, k->kbd_set);
            } else if (v <= 3) {
                k->kbd_set = v;
                kbd_send(k, KBD_ACK);
            } else {
                kbd_send(k, KBD_RESEND);
            }
            return;
        }
    }
    k->kbd_pending = 0;
    switch (v) {
    case 0xed:
    case 0xf3:
    case 0xf0:
        k->kbd_pending = v;
        kbd_send(k, KBD_ACK);
        break;
    case 0xee:
        kbd_send(k, 0xee);
        break;
    case 0xf2:
        kbd_send(k, KBD_ACK);
        kbd_send(k, 0xab);
        kbd_send(k, 0x83);
        break;
    case 0xf4:
        k->kbd_scanning = true;
        kbd_send(k, KBD_ACK);
        break;
    case 0xf5:
        kbd_defaults(k);
        k->kbd_scanning = false;
        kbd_send(k, KBD_ACK);
        break;
    case 0xf6:
        kbd_defaults(k);
        kbd_send(k, KBD_ACK);
        break;
    case 0xf7: case 0xf8: case 0xf9: case 0xfa: case 0xfb: case 0xfc: case 0xfd:
        /* scan code set 3 key attributes: accepted, and meaningless without keys */
        kbd_send(k, KBD_ACK);
        break;
    case 0xfe:
        q_push(&k->kbd, k->kbd_last, SRC_KBD);
        break;
    case 0xff:
        kbd_defaults(k);
        k->kbd_scanning = true;
        k->kbd.count = 0;
        kbd_send(k, KBD_ACK);
        kbd_send(k, KBD_BAT_OK);
        break;
    default:
        if (tern_log_enabled(LOG_UNIMP))
            tern_log("i8042: keyboard command 0x%02x not implemented (answered 0xFE)\n", v);
        kbd_send(k, KBD_RESEND);
        break;
    }
}

/* ---- the controller ---- */

static void i8042_command(I8042 *k, uint8_t cmd)
{
    if (cmd >= 0x20 && cmd < 0x40) {
        i8042_reply(k, k->ram[cmd & 0x1f]);
        return;
    }
    if ((cmd >= 0x60 && cmd < 0x80) || cmd == 0xd1 || cmd == 0xd2 || cmd == 0xd3 ||
        cmd == 0xd4) {
        k->pending_cmd = cmd;
        return;
    }
    if (cmd >= 0xf0) {
        /* Pulse output port bits 0-3 low where the command's bit is 0: bit 0 is reset. */
        if (!(cmd & 1))
            i8042_reset_cpu(k);
        return;
    }
    switch (cmd) {
    case 0xa4:
        i8042_reply(k, 0xf1);        /* no password installed */
        break;
    case 0xa7:
        k->ram[0] |= CB_DISABLE_AUX;
        break;
    case 0xa8:
        k->ram[0] &= (uint8_t)~CB_DISABLE_AUX;
        break;
    case 0xa9:
        i8042_reply(k, 0x00);        /* aux interface test: no error */
        break;
    case 0xaa:
        i8042_reply(k, 0x55);        /* self-test passed */
        break;
    case 0xab:
        i8042_reply(k, 0x00);        /* keyboard interface test: no error */
        break;
    case 0xad:
        k->ram[0] |= CB_DISABLE_KBD;
        break;
    case 0xae:
        k->ram[0] &= (uint8_t)~CB_DISABLE_KBD;
        break;
    case 0xc0:
        i8042_reply(k, 0xa0);        /* input port: keyboard not inhibited, no jumper */
        break;
    case 0xd0:
        i8042_reply(k, i8042_read_outport(k));
        break;
    case 0xdd:
        k->outport &= (uint8_t)~OP_A20;
        i8042_set_a20(k);
        break;
    case 0xdf:
        k->outport |= OP_A20;
        i8042_set_a20(k);
        break;
    case 0xe0:
        i8042_reply(k, 0x00);        /* test inputs */
        break;
    default:
        if (tern_log_enabled(LOG_UNIMP))
            tern_log("i8042: controller command 0x%02x not implemented\n", cmd);
        break;
    }
}

static void i8042_data(I8042 *k, uint8_t v)
{
    uint8_t cmd = k->pending_cmd;
    k->pending_cmd = 0;
    if (cmd >= 0x60 && cmd < 0x80) {
        k->ram[cmd & 0x1f] = v;
        return;
    }
    switch (cmd) {
    case 0xd1:
        i8042_write_outport(k, v);
        break;
    case 0xd2:
        q_push(&k->ctrl, v, SRC_KBD);
        break;
    case 0xd3:
        q_push(&k->ctrl, v, SRC_AUX);
        break;
    case 0xd4:
        /* No mouse on the aux port: the byte is not acknowledged. */
        q_push(&k->aux, KBD_RESEND, SRC_AUX);
        break;
    default:
        /* A byte for the keyboard re-enables its interface, so the answer can come. */
        k->ram[0] &= (uint8_t)~CB_DISABLE_KBD;
        kbd_command(k, v);
        break;
    }
}

static uint32_t i8042_in8(void *opaque, uint16_t port)
{
    I8042 *k = opaque;
    if (port == 0x92)
        return k->port92;
    if (port == 0x64) {
        return (uint32_t)((k->obf ? ST_OBF : 0) | ((k->ram[0] & CB_SYS) ? ST_SYS : 0) |
                          (k->a2 ? ST_A2 : 0) | ST_INH | (k->obf && k->out_aux ? ST_AUXB : 0));
    }
    uint8_t v = k->out_byte;
    k->obf = false;
    /* The line drops before the next byte is loaded: each byte is a new edge for an
     * edge-triggered PIC. */
    i8042_update_irq(k);
    i8042_refill(k);
    return v;
}

static void i8042_out8(void *opaque, uint16_t port, uint32_t val32)
{
    I8042 *k = opaque;
    uint8_t v = (uint8_t)val32;
    if (port == 0x92) {
        bool reset = (v & 1) && !(k->port92 & 1);
        k->port92 = v;
        i8042_set_a20(k);
        if (reset)
            i8042_reset_cpu(k);
        return;
    }
    if (port == 0x64) {
        k->a2 = true;
        k->pending_cmd = 0;
        i8042_command(k, v);
    } else {
        k->a2 = false;
        i8042_data(k, v);
    }
    i8042_refill(k);
}

static bool i8042_claims(const void *opaque, uint16_t port)
{
    (void)opaque;
    return port == 0x60 || port == 0x64 || port == 0x92;
}

/* A wider access is that many byte accesses at consecutive ports, as the ISA bus splits
 * it; a byte at a port this device does not decode reads 0xFF. */
static uint32_t i8042_port_in(void *opaque, uint16_t port, unsigned size)
{
    uint32_t v = 0;
    for (unsigned i = 0; i < size; i++) {
        uint16_t p = (uint16_t)(port + i);
        v |= (i8042_claims(opaque, p) ? i8042_in8(opaque, p) & 0xff : 0xff) << (8 * i);
    }
    return v;
}

static void i8042_port_out(void *opaque, uint16_t port, uint32_t val, unsigned size)
{
    for (unsigned i = 0; i < size; i++) {
        uint16_t p = (uint16_t)(port + i);
        if (i8042_claims(opaque, p))
            i8042_out8(opaque, p, (val >> (8 * i)) & 0xff);
    }
}

static const PortOps i8042_ops = { i8042_port_in, i8042_port_out };

void i8042_reset(I8042 *kbc)
{
    memset(kbc->ram, 0, sizeof(kbc->ram));
    kbc->ram[0] = CB_INT | CB_SYS | CB_XLAT;
    kbc->outport = OP_DEFAULT;
    kbc->obf = false;
    kbc->out_aux = false;
    kbc->a2 = false;
    kbc->pending_cmd = 0;
    kbc->xlat_break = false;
    memset(&kbc->ctrl, 0, sizeof(kbc->ctrl));
    memset(&kbc->kbd, 0, sizeof(kbc->kbd));
    memset(&kbc->aux, 0, sizeof(kbc->aux));
    kbd_defaults(kbc);
    kbc->kbd_scanning = true;
    kbc->kbd_last = 0;
    kbc->port92 = 0;
    i8042_set_a20(kbc);
    i8042_update_irq(kbc);
}

I8042 *i8042_new(AddressSpace *as, IrqLine irq1, IrqLine irq12, I8042A20Fn *a20,
                 I8042ResetFn *reset, void *opaque)
{
    I8042 *k = calloc(1, sizeof(*k));
    if (!k)
        return NULL;
    k->irq1 = irq1;
    k->irq12 = irq12;
    k->a20_fn = a20;
    k->reset_fn = reset;
    k->opaque = opaque;
    k->a20_out = true;               /* matches the CPU's reset state: no call needed */
    i8042_reset(k);
    if (as) {
        as_register_ports(as, 0x60, 1, &i8042_ops, k);
        as_register_ports(as, 0x64, 1, &i8042_ops, k);
        as_register_ports(as, 0x92, 1, &i8042_ops, k);
    }
    return k;
}

void i8042_free(I8042 *kbc)
{
    free(kbc);
}

bool i8042_a20_enabled(const I8042 *kbc)
{
    return kbc->a20_out;
}

/* ---- state ---- */

static const StateField i8042_queue_fields[] = {
    STATE_U8_ARRAY(I8042Queue, data, QUEUE_SIZE),
    STATE_U8_ARRAY(I8042Queue, src, QUEUE_SIZE),
    STATE_U8(I8042Queue, head),
    STATE_U8(I8042Queue, count),
    STATE_END,
};

static const StateDesc i8042_queue_desc = {
    .name = "i8042-queue", .version = 1, .size = sizeof(I8042Queue),
    .fields = i8042_queue_fields,
};

static const StateField i8042_fields[] = {
    STATE_U8_ARRAY(I8042, ram, 32),
    STATE_U8(I8042, outport), STATE_U8(I8042, out_byte),
    STATE_BOOL(I8042, obf), STATE_BOOL(I8042, out_aux), STATE_BOOL(I8042, a2),
    STATE_U8(I8042, pending_cmd),
    STATE_STRUCT_ARRAY(I8042, ctrl, i8042_queue_desc, 1),
    STATE_STRUCT_ARRAY(I8042, kbd, i8042_queue_desc, 1),
    STATE_STRUCT_ARRAY(I8042, aux, i8042_queue_desc, 1),
    STATE_BOOL(I8042, xlat_break), STATE_BOOL(I8042, kbd_scanning),
    STATE_U8(I8042, kbd_set), STATE_U8(I8042, kbd_leds), STATE_U8(I8042, kbd_typematic),
    STATE_U8(I8042, kbd_pending), STATE_U8(I8042, kbd_last), STATE_U8(I8042, port92),
    STATE_BOOL(I8042, a20_out), STATE_BOOL(I8042, irq1_level), STATE_BOOL(I8042, irq12_level),
    STATE_END,
};

static bool i8042_post_load(void *obj)
{
    I8042 *k = obj;
    const I8042Queue *qs[3] = { &k->ctrl, &k->kbd, &k->aux };
    for (int i = 0; i < 3; i++) {
        if (qs[i]->head >= QUEUE_SIZE || qs[i]->count > QUEUE_SIZE)
            return false;
    }
    irq_set(&k->irq1, k->irq1_level);
    irq_set(&k->irq12, k->irq12_level);
    if (k->a20_fn)
        k->a20_fn(k->opaque, k->a20_out);
    return true;
}

const StateDesc i8042_state_desc = {
    .name = "i8042", .version = 1, .size = sizeof(I8042), .fields = i8042_fields,
    .post_load = i8042_post_load,
};

void *i8042_state_obj(I8042 *kbc)
{
    return kbc;
}

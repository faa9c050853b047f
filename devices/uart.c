/* 16550A UART (devices/uart.h). Register and bit names follow the PC16550D datasheet
 * ("Registers": RBR THR IER IIR FCR LCR MCR LSR MSR SCR DLL DLM; table "Interrupt
 * Control Functions" for the IIR priorities). */
#include "devices/uart.h"

#include <stdlib.h>
#include <string.h>

#include "tcg/log.h"

#define IER_ERBFI 0x01
#define IER_ETBEI 0x02
#define IER_ELSI 0x04
#define IER_EDSSI 0x08

#define IIR_NONE 0x01
#define IIR_RLS 0x06
#define IIR_RDA 0x04
#define IIR_TIMEOUT 0x0c
#define IIR_THRE 0x02
#define IIR_MSR 0x00
#define IIR_FIFOS 0xc0

#define FCR_ENABLE 0x01
#define FCR_RX_RESET 0x02
#define FCR_TX_RESET 0x04

#define LCR_DLAB 0x80
#define LCR_BREAK 0x40

#define MCR_DTR 0x01
#define MCR_RTS 0x02
#define MCR_OUT1 0x04
#define MCR_OUT2 0x08
#define MCR_LOOP 0x10

#define LSR_DR 0x01
#define LSR_OE 0x02
#define LSR_PE 0x04
#define LSR_FE 0x08
#define LSR_BI 0x10
#define LSR_THRE 0x20
#define LSR_TEMT 0x40
#define LSR_FIFO_ERR 0x80
#define LSR_ERRORS (LSR_OE | LSR_PE | LSR_FE | LSR_BI)

#define MSR_DCTS 0x01
#define MSR_DDSR 0x02
#define MSR_TERI 0x04
#define MSR_DDCD 0x08
#define MSR_CTS 0x10
#define MSR_DSR 0x20
#define MSR_RI 0x40
#define MSR_DCD 0x80

struct Uart {
    uint8_t ier, lcr, mcr, fcr, scr, dll, dlm;
    uint8_t lsr_err;          /* OE, and PE/FE/BI of the character at the FIFO's top */
    uint8_t msr_delta;        /* DCTS DDSR TERI DDCD */
    uint8_t msr_status;       /* CTS DSR RI DCD as last seen (bits 4-7) */
    uint8_t modem_in;         /* external inputs (bits 4-7) */
    uint8_t rbr;              /* the last character read */
    uint8_t rx_fifo[UART_FIFO_SIZE], rx_err[UART_FIFO_SIZE];
    uint8_t rx_head, rx_count;
    bool thre_pending;        /* THR-empty interrupt not yet acknowledged */
    bool timeout_pending;
    bool rx_refused;          /* uart_receive turned bytes away: tell rx_ready later */
    bool irq_level;
    uint16_t base;
    Clock *clock;
    ClockTimer *timer;
    IrqLine irq;
    UartBackend backend;
};

static bool uart_fifo_on(const Uart *u)
{
    return u->fcr & FCR_ENABLE;
}

static unsigned uart_rx_capacity(const Uart *u)
{
    return uart_fifo_on(u) ? UART_FIFO_SIZE : 1;
}

/* Receiver FIFO trigger levels 1, 4, 8, 14 (FCR bits 7-6). */
static unsigned uart_trigger(const Uart *u)
{
    static const unsigned levels[4] = { 1, 4, 8, 14 };
    return levels[u->fcr >> 6];
}

/* The highest-priority pending interrupt (table "Interrupt Control Functions"):
 * receiver line status, received data available / character timeout, THR empty,
 * modem status. */
static uint8_t uart_iir_id(const Uart *u)
{
    if ((u->ier & IER_ELSI) && (u->lsr_err & LSR_ERRORS))
        return IIR_RLS;
    if (u->ier & IER_ERBFI) {
        if (u->rx_count >= (uart_fifo_on(u) ? uart_trigger(u) : 1))
            return IIR_RDA;
        if (uart_fifo_on(u) && u->timeout_pending && u->rx_count)
            return IIR_TIMEOUT;
    }
    if ((u->ier & IER_ETBEI) && u->thre_pending)
        return IIR_THRE;
    if ((u->ier & IER_EDSSI) && (u->msr_delta & 0x0f))
        return IIR_MSR;
    return IIR_NONE;
}

static void uart_update_irq(Uart *u)
{
    bool level = uart_iir_id(u) != IIR_NONE && (u->mcr & MCR_OUT2) && !(u->mcr & MCR_LOOP);
    if (level != u->irq_level) {
        u->irq_level = level;
        irq_set(&u->irq, level);
    }
}

/* Four character times at the programmed divisor and frame (start, data, parity, stop
 * bits), in ns: the character timeout ("FIFO Interrupt Mode Operation"). */
static int64_t uart_timeout_ns(const Uart *u)
{
    unsigned divisor = (unsigned)u->dll | (unsigned)u->dlm << 8;
    if (divisor == 0)
        divisor = 65536;
    unsigned data = 5 + (u->lcr & 3);
    unsigned stop_half = (u->lcr & 4) ? (data == 5 ? 3 : 4) : 2;
    unsigned half_bits = 2 * (1 + data + ((u->lcr & 8) ? 1 : 0)) + stop_half;
    /* 4 chars x half_bits/2 bits x 16 clocks per bit x divisor / 1.8432 MHz */
    return (int64_t)half_bits * 32 * divisor * CLOCK_NS_PER_SEC / UART_CLOCK_HZ;
}

static void uart_restart_timeout(Uart *u)
{
    u->timeout_pending = false;
    if (uart_fifo_on(u) && u->rx_count)
        clock_timer_arm(u->timer, clock_now(u->clock) + uart_timeout_ns(u));
    else
        clock_timer_cancel(u->timer);
}

static void uart_timer_cb(void *opaque)
{
    Uart *u = opaque;
    if (uart_fifo_on(u) && u->rx_count)
        u->timeout_pending = true;
    uart_update_irq(u);
}

/* The error bits of the character now at the top of the FIFO become visible in LSR. */
static void uart_expose_top(Uart *u)
{
    if (u->rx_count)
        u->lsr_err |= u->rx_err[u->rx_head];
}

/* One character off the line into the receiver. A full FIFO (or a full RBR without
 * FIFOs) is an overrun: with FIFOs the new character is lost, without them it replaces
 * the unread one ("Line Status Register", bit 1). */
static void uart_rx_char(Uart *u, uint8_t ch, uint8_t err)
{
    if (u->rx_count >= uart_rx_capacity(u)) {
        u->lsr_err |= LSR_OE;
        if (!uart_fifo_on(u)) {
            u->rx_fifo[u->rx_head] = ch;
            u->rx_err[u->rx_head] = err;
            u->lsr_err |= err;
        }
    } else {
        unsigned at = (u->rx_head + u->rx_count) % UART_FIFO_SIZE;
        u->rx_fifo[at] = ch;
        u->rx_err[at] = err;
        u->rx_count++;
        if (u->rx_count == 1)
            uart_expose_top(u);
    }
    uart_restart_timeout(u);
}

static void uart_clear_rx(Uart *u)
{
    u->rx_head = 0;
    u->rx_count = 0;
    memset(u->rx_err, 0, sizeof(u->rx_err));
    uart_restart_timeout(u);
}

/* MSR bits 4-7: the modem inputs, or in loopback DTR->DSR, RTS->CTS, OUT1->RI,
 * OUT2->DCD. Changes set the delta bits (RI only on its trailing edge, TERI). */
static void uart_update_msr(Uart *u)
{
    uint8_t st;
    if (u->mcr & MCR_LOOP) {
        st = (uint8_t)(((u->mcr & MCR_DTR) ? MSR_DSR : 0) | ((u->mcr & MCR_RTS) ? MSR_CTS : 0) |
                       ((u->mcr & MCR_OUT1) ? MSR_RI : 0) | ((u->mcr & MCR_OUT2) ? MSR_DCD : 0));
    } else {
        st = u->modem_in & 0xf0;
    }
    uint8_t changed = st ^ u->msr_status;
    if (changed & MSR_CTS)
        u->msr_delta |= MSR_DCTS;
    if (changed & MSR_DSR)
        u->msr_delta |= MSR_DDSR;
    if (changed & MSR_DCD)
        u->msr_delta |= MSR_DDCD;
    if ((changed & MSR_RI) && !(st & MSR_RI))
        u->msr_delta |= MSR_TERI;
    u->msr_status = st;
}

static void uart_transmit(Uart *u, uint8_t ch)
{
    u->thre_pending = false;
    uart_update_irq(u);              /* the write clears the THRE interrupt... */
    if (u->mcr & MCR_LOOP) {
        uart_rx_char(u, ch, 0);
    } else if (u->backend.write) {
        u->backend.write(u->backend.opaque, &ch, 1);
    }
    u->thre_pending = true;          /* ...and the byte is gone at once: THR empty again */
}

static uint8_t uart_read_rbr(Uart *u)
{
    if (u->rx_count) {
        u->rbr = u->rx_fifo[u->rx_head];
        u->rx_err[u->rx_head] = 0;
        u->rx_head = (u->rx_head + 1) % UART_FIFO_SIZE;
        u->rx_count--;
        uart_expose_top(u);
        if (u->rx_refused && u->backend.rx_ready) {
            u->rx_refused = false;
            u->backend.rx_ready(u->backend.opaque);
        }
    }
    uart_restart_timeout(u);
    return u->rbr;
}

static uint8_t uart_read_lsr(Uart *u)
{
    uint8_t v = (uint8_t)(u->lsr_err | LSR_THRE | LSR_TEMT | (u->rx_count ? LSR_DR : 0));
    if (uart_fifo_on(u)) {
        for (unsigned i = 0; i < u->rx_count; i++) {
            if (u->rx_err[(u->rx_head + i) % UART_FIFO_SIZE])
                v |= LSR_FIFO_ERR;
        }
    }
    u->lsr_err = 0;                  /* reading LSR clears OE, PE, FE, BI */
    return v;
}

static uint32_t uart_in8(void *opaque, uint16_t port)
{
    Uart *u = opaque;
    uint8_t v;
    switch (port - u->base) {
    case 0:
        v = (u->lcr & LCR_DLAB) ? u->dll : uart_read_rbr(u);
        break;
    case 1:
        v = (u->lcr & LCR_DLAB) ? u->dlm : u->ier;
        break;
    case 2: {
        uint8_t id = uart_iir_id(u);
        if (id == IIR_THRE)
            u->thre_pending = false; /* reading IIR acknowledges a THRE interrupt */
        v = (uint8_t)(id | (uart_fifo_on(u) ? IIR_FIFOS : 0));
        break;
    }
    case 3:
        v = u->lcr;
        break;
    case 4:
        v = u->mcr;
        break;
    case 5:
        v = uart_read_lsr(u);
        break;
    case 6:
        uart_update_msr(u);
        v = (uint8_t)(u->msr_status | u->msr_delta);
        u->msr_delta = 0;
        break;
    default:
        v = u->scr;
        break;
    }
    uart_update_irq(u);
    return v;
}

static void uart_write_fcr(Uart *u, uint8_t val)
{
    if ((val ^ u->fcr) & FCR_ENABLE) {
        u->fcr = val & FCR_ENABLE;   /* switching FIFO mode clears both FIFOs */
        uart_clear_rx(u);
    }
    if (!(val & FCR_ENABLE))
        return;                      /* other bits are only written with bit 0 set */
    u->fcr = val & 0xc9;             /* enable, DMA mode, trigger level */
    if (val & FCR_RX_RESET)
        uart_clear_rx(u);
    /* FCR_TX_RESET: the transmitter FIFO is always empty here */
    uart_restart_timeout(u);
}

static void uart_out8(void *opaque, uint16_t port, uint32_t val32)
{
    Uart *u = opaque;
    uint8_t val = (uint8_t)val32;
    switch (port - u->base) {
    case 0:
        if (u->lcr & LCR_DLAB)
            u->dll = val;
        else
            uart_transmit(u, val);
        break;
    case 1:
        if (u->lcr & LCR_DLAB) {
            u->dlm = val;
        } else {
            /* Enabling ETBEI while THR is empty raises the THRE interrupt. */
            if ((val & IER_ETBEI) && !(u->ier & IER_ETBEI))
                u->thre_pending = true;
            u->ier = val & 0x0f;
        }
        break;
    case 2:
        uart_write_fcr(u, val);
        break;
    case 3:
        if ((val & LCR_BREAK) && !(u->lcr & LCR_BREAK) && (u->mcr & MCR_LOOP))
            uart_rx_char(u, 0, LSR_BI | LSR_FE);  /* our own break comes back */
        u->lcr = val;
        break;
    case 4:
        u->mcr = val & 0x1f;
        uart_update_msr(u);
        break;
    case 5:
    case 6:
        if (tern_log_enabled(LOG_GUEST_ERRORS))
            tern_log("uart 0x%x: write 0x%02x to read-only %s ignored\n", u->base, val,
                     port - u->base == 5 ? "LSR" : "MSR");
        break;
    default:
        u->scr = val;
        break;
    }
    uart_update_irq(u);
}

static bool uart_claims(const void *opaque, uint16_t port)
{
    const Uart *u = opaque;
    return (uint16_t)(port - u->base) < 8;
}

/* A wider access is that many byte accesses at consecutive ports, as the ISA bus splits
 * it; a byte at a port this device does not decode reads 0xFF. */
static uint32_t uart_port_in(void *opaque, uint16_t port, unsigned size)
{
    uint32_t v = 0;
    for (unsigned i = 0; i < size; i++) {
        uint16_t p = (uint16_t)(port + i);
        v |= (uart_claims(opaque, p) ? uart_in8(opaque, p) & 0xff : 0xff) << (8 * i);
    }
    return v;
}

static void uart_port_out(void *opaque, uint16_t port, uint32_t val, unsigned size)
{
    for (unsigned i = 0; i < size; i++) {
        uint16_t p = (uint16_t)(port + i);
        if (uart_claims(opaque, p))
            uart_out8(opaque, p, (val >> (8 * i)) & 0xff);
    }
}

static const PortOps uart_ops = { uart_port_in, uart_port_out };

size_t uart_rx_space(const Uart *uart)
{
    return uart_rx_capacity(uart) - uart->rx_count;
}

size_t uart_receive(Uart *uart, const uint8_t *buf, size_t len)
{
    size_t n = uart_rx_space(uart);
    if (n > len)
        n = len;
    if (uart->mcr & MCR_LOOP)
        n = 0;                       /* loopback disconnects the serial input */
    for (size_t i = 0; i < n; i++)
        uart_rx_char(uart, buf[i], 0);
    if (n < len)
        uart->rx_refused = true;
    uart_update_irq(uart);
    return n;
}

void uart_receive_break(Uart *uart)
{
    if (uart->mcr & MCR_LOOP)
        return;
    uart_rx_char(uart, 0, LSR_BI | LSR_FE);
    uart_update_irq(uart);
}

void uart_set_modem_inputs(Uart *uart, uint8_t msr_bits)
{
    uart->modem_in = msr_bits & 0xf0;
    uart_update_msr(uart);
    uart_update_irq(uart);
}

void uart_reset(Uart *uart)
{
    uart->ier = 0;
    uart->lcr = 0;
    uart->mcr = 0;
    uart->fcr = 0;
    uart->lsr_err = 0;
    uart->msr_delta = 0;
    uart->thre_pending = false;
    uart_clear_rx(uart);
    uart->msr_status = uart->modem_in & 0xf0;
    uart_update_irq(uart);
}

Uart *uart_new(AddressSpace *as, uint16_t base, Clock *clock, IrqLine irq,
               const UartBackend *backend)
{
    Uart *u = calloc(1, sizeof(*u));
    if (!u)
        return NULL;
    u->base = base;
    u->clock = clock;
    u->irq = irq;
    if (backend)
        u->backend = *backend;
    u->timer = clock_timer_new(clock, uart_timer_cb, u);
    if (!u->timer) {
        free(u);
        return NULL;
    }
    u->dll = 12;                     /* 9600 baud until the guest programs it */
    u->modem_in = MSR_CTS | MSR_DSR | MSR_DCD;
    uart_reset(u);
    if (as)
        as_register_ports(as, base, 8, &uart_ops, u);
    return u;
}

void uart_free(Uart *uart)
{
    if (!uart)
        return;
    clock_timer_free(uart->timer);
    free(uart);
}

/* ---- state ---- */

static const StateField uart_fields[] = {
    STATE_U8(Uart, ier), STATE_U8(Uart, lcr), STATE_U8(Uart, mcr), STATE_U8(Uart, fcr),
    STATE_U8(Uart, scr), STATE_U8(Uart, dll), STATE_U8(Uart, dlm), STATE_U8(Uart, lsr_err),
    STATE_U8(Uart, msr_delta), STATE_U8(Uart, msr_status), STATE_U8(Uart, modem_in),
    STATE_U8(Uart, rbr),
    STATE_U8_ARRAY(Uart, rx_fifo, UART_FIFO_SIZE),
    STATE_U8_ARRAY(Uart, rx_err, UART_FIFO_SIZE),
    STATE_U8(Uart, rx_head), STATE_U8(Uart, rx_count),
    STATE_BOOL(Uart, thre_pending), STATE_BOOL(Uart, timeout_pending),
    STATE_BOOL(Uart, rx_refused), STATE_BOOL(Uart, irq_level),
    STATE_END,
};

static bool uart_post_load(void *obj)
{
    Uart *u = obj;
    if (u->rx_head >= UART_FIFO_SIZE || u->rx_count > uart_rx_capacity(u))
        return false;
    bool pending = u->timeout_pending;
    irq_set(&u->irq, u->irq_level);
    uart_restart_timeout(u);         /* the timeout restarts from the load: at most late */
    u->timeout_pending = pending;
    uart_update_irq(u);
    return true;
}

const StateDesc uart_state_desc = {
    .name = "uart", .version = 1, .size = sizeof(Uart), .fields = uart_fields,
    .post_load = uart_post_load,
};

void *uart_state_obj(Uart *uart)
{
    return uart;
}

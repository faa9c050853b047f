/* Unit tests for the 16550A UART (devices/uart.c), expectations from the PC16550D
 * datasheet: register reset values, DLAB, transmit to the backend, receive FIFO and
 * trigger levels, character timeout timing, LSR bits and overrun, IIR priorities and
 * how each source is cleared, loopback wiring of the modem lines, the PC's OUT2 gate on
 * the IRQ, and a state round trip. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "devices/uart.h"
#include "machine/clock.h"
#include "machine/memory.h"

#define COM1 0x3f8

static Clock *clk;
static AddressSpace *as;
static Uart *uart;
static uint8_t sent[256];
static size_t nsent;
static int irq_now, irq_rises, rx_ready_calls;

static void be_write(void *opaque, const uint8_t *buf, size_t len)
{
    (void)opaque;
    for (size_t i = 0; i < len && nsent < sizeof(sent); i++)
        sent[nsent++] = buf[i];
}

static void be_rx_ready(void *opaque)
{
    (void)opaque;
    rx_ready_calls++;
}

static void rec_irq(void *opaque, int line, int level)
{
    (void)opaque;
    (void)line;
    if (level && !irq_now)
        irq_rises++;
    irq_now = level;
}

static void out8(int reg, uint8_t v) { as_port_out(as, (uint16_t)(COM1 + reg), v, 1); }
static uint8_t in8(int reg) { return (uint8_t)as_port_in(as, (uint16_t)(COM1 + reg), 1); }

static void setup(void)
{
    clk = clock_new(CLOCK_MODE_DETERMINISTIC);
    as = as_new();
    nsent = 0;
    irq_now = irq_rises = rx_ready_calls = 0;
    UartBackend be = { be_write, be_rx_ready, NULL };
    uart = uart_new(as, COM1, clk, irq_line(rec_irq, NULL, 4), &be);
    ck_assert_ptr_nonnull(uart);
}

static void teardown(void)
{
    uart_free(uart);
    as_free(as);
    clock_free(clk);
}

static void advance_ns(int64_t ns)
{
    clock_advance(clk, ns);
    clock_run_expired(clk);
}

static void rx(const char *s)
{
    size_t n = strlen(s);
    ck_assert_uint_eq(uart_receive(uart, (const uint8_t *)s, n), n);
}

START_TEST(test_reset_values)
{
    ck_assert_uint_eq(in8(1), 0x00);
    ck_assert_uint_eq(in8(2), 0x01);
    ck_assert_uint_eq(in8(3), 0x00);
    ck_assert_uint_eq(in8(4), 0x00);
    ck_assert_uint_eq(in8(5), 0x60);             /* THRE | TEMT */
    ck_assert_uint_eq(in8(6), 0xb0);             /* CTS DSR DCD from the backend side */
    out8(7, 0x5a);
    ck_assert_uint_eq(in8(7), 0x5a);
    out8(1, 0xff);
    ck_assert_uint_eq(in8(1), 0x0f);             /* IER bits 7-4 are 0 */
    out8(4, 0xff);
    ck_assert_uint_eq(in8(4), 0x1f);             /* MCR bits 7-5 are 0 */
}
END_TEST

START_TEST(test_dlab_and_tx)
{
    out8(3, 0x80);
    out8(0, 0x01);
    out8(1, 0x00);
    ck_assert_uint_eq(in8(0), 0x01);
    ck_assert_uint_eq(in8(1), 0x00);
    out8(3, 0x03);
    ck_assert_uint_eq(nsent, 0);                 /* divisor writes send nothing */
    /* a 16-bit access is two byte accesses: DLL and DLM at once */
    out8(3, 0x80);
    as_port_out(as, COM1, 0x0203, 2);
    ck_assert_uint_eq(in8(0), 0x03);
    ck_assert_uint_eq(in8(1), 0x02);
    ck_assert_uint_eq(as_port_in(as, COM1, 2), 0x0203);
    ck_assert_uint_eq(as_port_in(as, COM1 + 7, 2), 0xff00 | in8(7)); /* 0x3FF + 0x400 */
    out8(3, 0x03);
    out8(0, 'h');
    out8(0, 'i');
    ck_assert_uint_eq(nsent, 2);
    ck_assert_uint_eq(sent[0], 'h');
    ck_assert_uint_eq(sent[1], 'i');
    ck_assert_uint_eq(in8(5), 0x60);
}
END_TEST

/* THRE interrupt: raised when enabled with THR empty, cleared by an IIR read that
 * reports it or by a THR write, raised again when the byte has gone. The PC passes
 * INTR to the IRQ only with OUT2 set. */
START_TEST(test_thre_interrupt)
{
    out8(1, 0x02);
    ck_assert_int_eq(irq_now, 0);                /* OUT2 clear: IRQ gated */
    out8(4, 0x08);
    ck_assert_int_eq(irq_now, 1);
    ck_assert_uint_eq(in8(2), 0x02);             /* read acknowledges... */
    ck_assert_int_eq(irq_now, 0);
    ck_assert_uint_eq(in8(2), 0x01);             /* ...so now nothing is pending */
    int before = irq_rises;
    out8(0, 'x');
    ck_assert_int_eq(irq_rises, before + 1);     /* an edge per byte sent */
    ck_assert_int_eq(irq_now, 1);
    out8(1, 0x00);
    ck_assert_int_eq(irq_now, 0);
    out8(1, 0x02);                               /* re-enabling with THR empty */
    ck_assert_int_eq(irq_now, 1);
    ck_assert_uint_eq(in8(2), 0x02);
}
END_TEST

/* Without FIFOs: one holding register; a byte offered while it is full is refused (the
 * backend keeps it) and rx_ready announces the room. */
START_TEST(test_rx_no_fifo)
{
    out8(4, 0x08);
    out8(1, 0x01);
    ck_assert_uint_eq(uart_rx_space(uart), 1);
    uint8_t two[2] = { 'a', 'b' };
    ck_assert_uint_eq(uart_receive(uart, two, 2), 1);
    ck_assert_int_eq(irq_now, 1);
    ck_assert_uint_eq(in8(2), 0x04);
    ck_assert_uint_eq(in8(5), 0x61);
    ck_assert_uint_eq(in8(0), 'a');
    ck_assert_int_eq(rx_ready_calls, 1);
    ck_assert_int_eq(irq_now, 0);
    ck_assert_uint_eq(in8(5), 0x60);
    ck_assert_uint_eq(in8(0), 'a');              /* RBR keeps the last byte */
}
END_TEST

/* FIFO trigger levels 1, 4, 8, 14: RDA only from the level up; IIR bits 7-6 set. */
START_TEST(test_fifo_trigger_levels)
{
    static const uint8_t fcr[4] = { 0x01, 0x41, 0x81, 0xc1 };
    static const int level[4] = { 1, 4, 8, 14 };
    out8(1, 0x01);
    for (int i = 0; i < 4; i++) {
        out8(2, fcr[i] | 0x02);                  /* also reset the receive FIFO */
        ck_assert_uint_eq(in8(5) & 1, 0);
        for (int n = 1; n <= 16; n++) {
            rx("z");
            uint8_t iir = in8(2);
            ck_assert_uint_eq(iir & 0xc0, 0xc0);
            if (n < level[i])
                ck_assert_uint_eq(iir & 0x0f, 0x01);
            else
                ck_assert_uint_eq(iir & 0x0f, 0x04);
        }
        ck_assert_uint_eq(uart_rx_space(uart), 0);
    }
    /* draining below the level clears RDA */
    for (int n = 16; n > 13; n--)
        in8(0);
    ck_assert_uint_eq(in8(2) & 0x0f, 0x01);
}
END_TEST

/* Character timeout: 4 character times after the last character in or out of the
 * FIFO; at 8N1 and divisor 1 a character is 10 bits of 16 / 1.8432 MHz. */
START_TEST(test_char_timeout)
{
    out8(3, 0x80);
    out8(0, 0x01);
    out8(1, 0x00);
    out8(3, 0x03);
    out8(2, 0xc1);
    out8(1, 0x01);
    out8(4, 0x08);
    rx("ab");
    int64_t four_chars = 4 * 10 * 16 * CLOCK_NS_PER_SEC / UART_CLOCK_HZ; /* 347222 ns */
    advance_ns(four_chars - 1);
    ck_assert_uint_eq(in8(2), 0xc1);
    ck_assert_int_eq(irq_now, 0);
    advance_ns(1);
    ck_assert_int_eq(irq_now, 1);
    ck_assert_uint_eq(in8(2), 0xcc);
    ck_assert_uint_eq(in8(0), 'a');              /* a read clears it and restarts */
    ck_assert_uint_eq(in8(2), 0xc1);
    advance_ns(four_chars);
    ck_assert_uint_eq(in8(2), 0xcc);
    ck_assert_uint_eq(in8(0), 'b');
    advance_ns(10 * four_chars);
    ck_assert_uint_eq(in8(2), 0xc1);             /* empty FIFO: no timeout */
    /* 7 data bits, parity, 2 stop bits, divisor 12: 11 bits */
    out8(3, 0x80);
    out8(0, 12);
    out8(3, 0x0e);
    rx("c");
    int64_t t = 4 * 11 * 16 * 12 * CLOCK_NS_PER_SEC / UART_CLOCK_HZ;
    advance_ns(t - 1);
    ck_assert_uint_eq(in8(2), 0xc1);
    advance_ns(1);
    ck_assert_uint_eq(in8(2), 0xcc);
}
END_TEST

/* Overrun: with FIFOs the 17th character is lost; without, the new one replaces the
 * unread one. Either way LSR bit 1, cleared by reading LSR. */
START_TEST(test_overrun)
{
    out8(4, 0x10);                               /* loopback: THR feeds our receiver */
    out8(2, 0x01);
    for (int i = 0; i < 17; i++)
        out8(0, (uint8_t)('A' + i));
    ck_assert_uint_eq(nsent, 0);
    ck_assert_uint_eq(in8(5), 0x63);
    ck_assert_uint_eq(in8(5), 0x61);
    for (int i = 0; i < 16; i++)
        ck_assert_uint_eq(in8(0), 'A' + i);
    ck_assert_uint_eq(in8(5), 0x60);
    out8(2, 0x00);                               /* FIFOs off */
    out8(0, '1');
    out8(0, '2');
    ck_assert_uint_eq(in8(5), 0x63);
    ck_assert_uint_eq(in8(0), '2');
}
END_TEST

/* IIR priorities: line status > received data > THR empty > modem status, each
 * cleared its own way; loopback keeps the IRQ off (OUT2 is internal then). */
START_TEST(test_iir_priorities)
{
    out8(2, 0x01);
    out8(4, 0x18);                               /* loopback, OUT2 */
    out8(1, 0x0f);
    out8(3, 0x40);                               /* set break: it comes back as BI */
    out8(3, 0x00);
    out8(4, 0x19);                               /* DTR: DSR changes in loopback */
    ck_assert_uint_eq(in8(2), 0xc6);             /* RLS */
    ck_assert_int_eq(irq_now, 0);
    ck_assert_uint_eq(in8(5), 0xf9);             /* FIFO err, THRE TEMT, BI FE, DR */
    ck_assert_uint_eq(in8(2), 0xc4);             /* RDA */
    ck_assert_uint_eq(in8(0), 0x00);
    ck_assert_uint_eq(in8(2), 0xc2);             /* THRE, cleared by this read */
    ck_assert_uint_eq(in8(2), 0xc0);             /* modem status */
    /* DSR from DTR, DCD from OUT2; deltas: CTS and DSR changed since the external
     * inputs (CTS DSR DCD) were replaced by the loopback wiring */
    ck_assert_uint_eq(in8(6), 0xa0 | 0x03);
    ck_assert_uint_eq(in8(2), 0xc1);
    ck_assert_uint_eq(in8(5), 0x60);
}
END_TEST

/* Loopback: DTR->DSR, RTS->CTS, OUT1->RI, OUT2->DCD; TERI on RI's trailing edge. */
START_TEST(test_loopback_modem)
{
    out8(4, 0x10);
    in8(6);                                      /* drop deltas from entering loopback */
    out8(4, 0x1f);
    ck_assert_uint_eq(in8(6), 0xf0 | 0x0b);      /* no TERI on RI rising */
    out8(4, 0x10);
    ck_assert_uint_eq(in8(6), 0x00 | 0x0f);
    out8(4, 0x00);                               /* leave loopback: inputs again */
    ck_assert_uint_eq(in8(6) & 0xf0, 0xb0);
    uart_set_modem_inputs(uart, 0x30);           /* carrier lost */
    ck_assert_uint_eq(in8(6), 0x30 | 0x08);
    /* loopback disconnects the serial input */
    out8(4, 0x10);
    uint8_t c = 'q';
    ck_assert_uint_eq(uart_receive(uart, &c, 1), 0);
}
END_TEST

/* FCR: RX reset empties the FIFO; turning FIFOs off empties it too; bits other than
 * enable are ignored while enable is 0. */
START_TEST(test_fcr)
{
    out8(2, 0x01);
    rx("abc");
    out8(2, 0x03);
    ck_assert_uint_eq(in8(5) & 1, 0);
    rx("abc");
    out8(2, 0x00);
    ck_assert_uint_eq(in8(5) & 1, 0);
    ck_assert_uint_eq(in8(2), 0x01);
    out8(2, 0xc0);                               /* trigger bits without enable */
    out8(2, 0x01);
    out8(1, 0x01);
    rx("a");
    ck_assert_uint_eq(in8(2), 0xc4);             /* still trigger level 1 */
}
END_TEST

START_TEST(test_break_from_backend)
{
    out8(2, 0x01);
    out8(1, 0x04);
    uart_receive_break(uart);
    ck_assert_uint_eq(in8(2), 0xc6);
    ck_assert_uint_eq(in8(5), 0xf9);
    ck_assert_uint_eq(in8(2), 0xc1);
}
END_TEST

START_TEST(test_state_round_trip)
{
    char err[200];
    ck_assert_msg(state_desc_check(&uart_state_desc, err, sizeof(err)), "%s", err);
    out8(3, 0x80);
    out8(0, 0x03);
    out8(3, 0x03);
    out8(2, 0x41);
    out8(4, 0x0b);
    out8(1, 0x01);
    rx("12345");
    StateBuf b;
    state_buf_init(&b);
    ck_assert(state_save(&b, &uart_state_desc, uart_state_obj(uart)));
    AddressSpace *as2 = as_new();
    Uart *u2 = uart_new(as2, 0x2f8, clk, irq_line(rec_irq, NULL, 3), NULL);
    irq_now = 0;
    StateReader r;
    state_reader_init(&r, b.data, b.len);
    ck_assert_msg(state_load(&r, &uart_state_desc, uart_state_obj(u2), err, sizeof(err)), "%s", err);
    ck_assert_int_eq(irq_now, 1);
    ck_assert_uint_eq(as_port_in(as2, 0x2f8 + 2, 1), 0xc4);
    for (int i = 0; i < 5; i++)
        ck_assert_uint_eq(as_port_in(as2, 0x2f8, 1), '1' + i);
    ck_assert_uint_eq(as_port_in(as2, 0x2f8 + 4, 1), 0x0b);
    uart_free(u2);
    as_free(as2);
    state_buf_free(&b);
}
END_TEST

static Suite *uart_suite(void)
{
    Suite *s = suite_create("uart");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_reset_values);
    tcase_add_test(tc, test_dlab_and_tx);
    tcase_add_test(tc, test_thre_interrupt);
    tcase_add_test(tc, test_rx_no_fifo);
    tcase_add_test(tc, test_fifo_trigger_levels);
    tcase_add_test(tc, test_char_timeout);
    tcase_add_test(tc, test_overrun);
    tcase_add_test(tc, test_iir_priorities);
    tcase_add_test(tc, test_loopback_modem);
    tcase_add_test(tc, test_fcr);
    tcase_add_test(tc, test_break_from_backend);
    tcase_add_test(tc, test_state_round_trip);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(uart_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

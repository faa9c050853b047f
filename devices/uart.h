/* A National Semiconductor PC16550D-compatible UART (16550A): eight registers at a base
 * port (COM1 0x3F8, IRQ 4), 16-byte receive FIFO with trigger levels and character
 * timeout, line and modem status, all four interrupt sources by priority, loopback. The
 * guest's output goes to a character backend; the board pushes input bytes in.
 * Transmission is instantaneous: a byte written to THR reaches the backend at once and
 * THR/transmitter are empty again when the OUT returns (THRE and TEMT always read 1),
 * while the THRE interrupt still follows the datasheet (cleared by the THR write or an
 * IIR read that reports it, raised again as the byte leaves). Follows the PC16550D
 * datasheet. */
#ifndef DEVICES_UART_H
#define DEVICES_UART_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "machine/clock.h"
#include "machine/irq.h"
#include "machine/memory.h"
#include "machine/state.h"

#define UART_FIFO_SIZE 16
#define UART_CLOCK_HZ 1843200u   /* the PC's baud-rate crystal */

typedef struct UartBackend {
    /* Bytes the guest transmitted (not in loopback). */
    void (*write)(void *opaque, const uint8_t *buf, size_t len);
    /* Optional: the receiver has room again after uart_receive took less than offered. */
    void (*rx_ready)(void *opaque);
    void *opaque;
} UartBackend;

typedef struct Uart Uart;

/* Claims ports base..base+7. irq is the PC's IRQ line: asserted while an enabled
 * interrupt is pending and MCR OUT2 is set (a PC gates the INTR pin with OUT2, which
 * loopback forces inactive). backend may be NULL (output dropped). */
Uart *uart_new(AddressSpace *as, uint16_t base, Clock *clock, IrqLine irq,
               const UartBackend *backend);
void uart_free(Uart *uart);
/* Master reset: IER, IIR, FCR, LCR, MCR, LSR, MSR deltas to their reset values and the
 * FIFO emptied; the divisor and scratch register are kept. */
void uart_reset(Uart *uart);

/* Input from the outside world: takes as many bytes as the receiver has room for and
 * returns that count (the backend keeps the rest: no overrun from the host side). */
size_t uart_receive(Uart *uart, const uint8_t *buf, size_t len);
size_t uart_rx_space(const Uart *uart);
/* A break condition on the line: a zero character with BI (and FE) set. */
void uart_receive_break(Uart *uart);
/* The modem inputs CTS, DSR, RI, DCD as MSR bits 4-7 (default CTS|DSR|DCD = 0xB0). */
void uart_set_modem_inputs(Uart *uart, uint8_t msr_bits);

extern const StateDesc uart_state_desc;
void *uart_state_obj(Uart *uart);

#endif

/* Interrupt lines between devices and interrupt controllers: a device holds an IrqLine
 * and drives its level; whoever the board connected at the other end (a PIC input, an
 * IOAPIC pin, a test recorder) gets (opaque, line, level) calls. Levels, not events: a
 * device keeps its line high while its condition holds, and the receiver detects edges. */
#ifndef MACHINE_IRQ_H
#define MACHINE_IRQ_H

#include <stddef.h>

typedef void IrqHandler(void *opaque, int line, int level);

typedef struct IrqLine {
    IrqHandler *handler;   /* NULL: not connected, levels are dropped */
    void *opaque;
    int line;              /* passed back to handler: the input number at the receiver */
} IrqLine;

static inline IrqLine irq_line(IrqHandler *handler, void *opaque, int line)
{
    IrqLine l = { handler, opaque, line };
    return l;
}

static inline void irq_set(const IrqLine *irq, int level)
{
    if (irq && irq->handler)
        irq->handler(irq->opaque, irq->line, level != 0);
}

static inline void irq_raise(const IrqLine *irq) { irq_set(irq, 1); }
static inline void irq_lower(const IrqLine *irq) { irq_set(irq, 0); }

#endif

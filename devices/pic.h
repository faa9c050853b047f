/* The PC's pair of Intel 8259A programmable interrupt controllers: master on ports
 * 0x20-0x21, slave on 0xA0-0xA1 cascaded into master input 2, and the PIIX edge/level
 * control registers (ELCR) on 0x4D0-0x4D1. Follows the Intel 8259A/8259A-2 datasheet. */
#ifndef DEVICES_PIC_H
#define DEVICES_PIC_H

#include <stdbool.h>
#include <stdint.h>

#include "machine/irq.h"
#include "machine/memory.h"
#include "machine/state.h"

typedef struct PicPair PicPair;

/* The master's INT output: level 1 = an interrupt is requested. Called on every change,
 * and again after each acknowledge that leaves INT asserted (the CPU loop clears its
 * request bit when it takes an interrupt, so it must hear "still pending"). */
typedef void PicIntrFn(void *opaque, int level);

/* Registers the six ports. NULL when out of memory. */
PicPair *pic_new(AddressSpace *as, PicIntrFn *intr, void *opaque);
void pic_free(PicPair *pic);
/* Machine reset: both chips uninitialised (vector base 0, nothing masked, nothing
 * pending or in service, IR7 lowest priority), ELCR all edge. */
void pic_reset(PicPair *pic);

/* Drives input line 0-15 (8-15: the slave's IR0-IR7). Line 2 is the cascade wire and
 * cannot be driven: ISA IRQ 2 is wired to line 9 on a PC. */
void pic_set_irq(PicPair *pic, int line, int level);
/* The same, shaped as an IrqHandler (opaque = the PicPair), and a ready-made line. */
void pic_irq_handler(void *opaque, int line, int level);
IrqLine pic_irq_line(PicPair *pic, int line);

/* The interrupt-acknowledge cycle: returns the vector the controllers put on the bus
 * and moves the request to in-service (8259A datasheet, "Interrupt Sequence"). With no
 * request left it answers the spurious IR7 vector of the chip concerned. */
int pic_get_interrupt(PicPair *pic);
bool pic_intr_level(const PicPair *pic);

extern const StateDesc pic_state_desc;
void *pic_state_obj(PicPair *pic);

#endif

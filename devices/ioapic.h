/* The I/O APIC (Intel 82093AA I/O Advanced Programmable Interrupt Controller datasheet,
 * with the EOI register of later chipsets' version 20H IOAPICs): 24 input pins, each
 * with a redirection table entry that turns an edge or a level into an interrupt message
 * to the local APICs (devices/lapic.h). Registers are reached through IOREGSEL/IOWIN at
 * FEC00000H. */
#ifndef DEVICES_IOAPIC_H
#define DEVICES_IOAPIC_H

#include <stdbool.h>
#include <stdint.h>

#include "devices/lapic.h"
#include "machine/irq.h"
#include "machine/memory.h"
#include "machine/state.h"

#define IOAPIC_DEFAULT_BASE 0xfec00000ull
#define IOAPIC_NUM_PINS 24
/* Version register: version 20H, maximum redirection entry 23 (17H). */
#define IOAPIC_VERSION 0x00170020u

typedef struct Ioapic Ioapic;

/* Sends one interrupt message; true when a local APIC accepted it (lapic_deliver_msg
 * with the Lapic as opaque, on a one-processor board). */
typedef bool IoapicDeliverFn(void *opaque, const LapicMsg *msg);

/* Registers the 4 KiB MMIO window at base (as may be NULL for tests). NULL when out of
 * memory or the window cannot be added. */
Ioapic *ioapic_new(AddressSpace *as, uint64_t base, IoapicDeliverFn *deliver, void *opaque);
void ioapic_free(Ioapic *io);
/* RESET: ID 0, every entry masked (82093AA "Register Description"); pins keep levels. */
void ioapic_reset(Ioapic *io);

/* Drives input pin 0-23 (a level: the IOAPIC detects edges itself). */
void ioapic_set_irq(Ioapic *io, int pin, int level);
void ioapic_irq_handler(void *opaque, int line, int level);
IrqLine ioapic_irq_line(Ioapic *io, int pin);

/* A local APIC's EOI of a level-triggered vector: every level entry with that vector
 * has its Remote IRR cleared and, if its pin is still asserted, sends again.
 * ioapic_eoi_handler has the LapicEoiFn shape (opaque = the Ioapic). */
void ioapic_eoi(Ioapic *io, int vector);
void ioapic_eoi_handler(void *opaque, int vector);

extern const StateDesc ioapic_state_desc;
void *ioapic_state_obj(Ioapic *io);

#endif

/* The Intel 8254 programmable interval timer on ports 0x40-0x43 (three counters clocked
 * at 1.193182 MHz) and the PC's system control port B at 0x61 (counter 2 gate, speaker
 * enable, refresh toggle, counter 2 output). Counter 0's output drives IRQ 0. Counting is
 * computed from the virtual clock; a timer is armed only at the next output edge of a
 * counter whose output is connected. Follows the Intel 8254 datasheet. */
#ifndef DEVICES_PIT_H
#define DEVICES_PIT_H

#include <stdbool.h>
#include <stdint.h>

#include "machine/clock.h"
#include "machine/irq.h"
#include "machine/memory.h"
#include "machine/state.h"

#define PIT_HZ 1193182u

typedef struct Pit Pit;

/* Registers 0x40-0x43 and 0x61; irq0 receives counter 0's OUT. */
Pit *pit_new(AddressSpace *as, Clock *clock, IrqLine irq0);
void pit_free(Pit *pit);
/* Power-on: every counter waiting for a control word (mode 0, OUT low, no count),
 * gates 0 and 1 high, port 0x61 all zero (gate 2 low). */
void pit_reset(Pit *pit);

/* Connects counter n's OUT to a line (counter 0 starts connected to irq0). */
void pit_connect_output(Pit *pit, int counter, IrqLine line);
/* The GATE input of counter n (0 and 1 are tied high on a PC; 2 follows port 0x61). */
void pit_set_gate(Pit *pit, int counter, bool level);
bool pit_get_out(Pit *pit, int counter);

extern const StateDesc pit_state_desc;
void *pit_state_obj(Pit *pit);

#endif

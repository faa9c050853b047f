/* The PC keyboard controller (Intel 8042 and its PS/2 successors) on ports 0x60 (data)
 * and 0x64 (status/command), with a minimal PS/2 keyboard behind it (reset, LEDs,
 * scan code set, identify, enable/disable; it has no keys to press yet), the aux port
 * with no mouse attached, and the chipset's port 0x92 ("fast A20" bit 1, fast reset bit
 * 0). The A20 gate (output port bit 1 OR port 0x92 bit 1) and the reset line go out
 * through callbacks. Behaviour follows the IBM PC AT and PS/2 technical references'
 * keyboard controller chapters. */
#ifndef DEVICES_I8042_H
#define DEVICES_I8042_H

#include <stdbool.h>
#include <stdint.h>

#include "machine/irq.h"
#include "machine/memory.h"
#include "machine/state.h"

typedef struct I8042 I8042;

/* enabled: the A20 line now passes address bit 20 (called on every change). */
typedef void I8042A20Fn(void *opaque, bool enabled);
/* The guest pulsed the CPU reset line (command 0xFE and friends, output port bit 0
 * written 0, port 0x92 bit 0 going 0 -> 1). Called from inside the OUT. */
typedef void I8042ResetFn(void *opaque);

/* Registers 0x60, 0x64 and 0x92. irq1: keyboard data in the output buffer, irq12: aux
 * data. The A20 gate starts enabled (as the CPU's a20_mask does). */
I8042 *i8042_new(AddressSpace *as, IrqLine irq1, IrqLine irq12, I8042A20Fn *a20,
                 I8042ResetFn *reset, void *opaque);
void i8042_free(I8042 *kbc);
/* Power-on state: command byte 0x45 (as a BIOS leaves it: IRQ 1 on, system flag,
 * translation), output buffer empty, keyboard at defaults, A20 enabled, port 0x92 0. */
void i8042_reset(I8042 *kbc);
bool i8042_a20_enabled(const I8042 *kbc);

extern const StateDesc i8042_state_desc;
void *i8042_state_obj(I8042 *kbc);

#endif

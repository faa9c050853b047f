/* The debug console: a byte written to its port goes to a host stream (Bochs/QEMU
 * "port 0xE9 hack"); reading the port returns 0xE9 so a guest can detect it. */
#ifndef DEVICES_DEBUGCON_H
#define DEVICES_DEBUGCON_H

#include <stdint.h>
#include <stdio.h>
#include "machine/memory.h"

typedef struct DebugCon DebugCon;

/* Claims port (usually 0xE9); bytes go to out. NULL when out of memory. */
DebugCon *debugcon_new(AddressSpace *as, uint16_t port, FILE *out);
void debugcon_free(DebugCon *dc);

#endif

/* The x86 I/O port space behind as_register_ports / as_port_in / as_port_out: a
 * 65536-entry dispatch table. Internal to machine/: devices use machine/memory.h. */
#ifndef MACHINE_IOPORT_H
#define MACHINE_IOPORT_H

#include <stdint.h>
#include "machine/memory.h"

typedef struct PortSpace PortSpace;

PortSpace *port_space_new(void);
void port_space_free(PortSpace *ps);
void port_space_register(PortSpace *ps, uint16_t first, unsigned count, const PortOps *ops,
                         void *opaque);
uint32_t port_space_in(PortSpace *ps, uint16_t port, unsigned size);
void port_space_out(PortSpace *ps, uint16_t port, uint32_t val, unsigned size);

#endif

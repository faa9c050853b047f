/* isa-debug-exit on port 0xF4, as QEMU's device of that name behaves with its default
 * one-byte I/O size: writing v asks the machine to exit with status (v << 1) | 1. The
 * status is always odd, so it never looks like a clean exit (0). Reads float high. */
#include "devices/isa_debug_exit.h"

#include <stdlib.h>

struct IsaDebugExit {
    void (*request_exit)(void *opaque, int status);
    void *opaque;
};

static uint32_t debug_exit_in(void *opaque, uint16_t port, unsigned size)
{
    (void)opaque;
    (void)port;
    return size >= 4 ? UINT32_MAX : (1u << (8 * size)) - 1;
}

/* The device's register is one byte wide: a wider OUT contributes its low byte. */
static void debug_exit_out(void *opaque, uint16_t port, uint32_t val, unsigned size)
{
    IsaDebugExit *d = opaque;
    (void)port;
    (void)size;
    d->request_exit(d->opaque, (int)(((val & 0xff) << 1) | 1));
}

static const PortOps debug_exit_ops = { debug_exit_in, debug_exit_out };

IsaDebugExit *isa_debug_exit_new(AddressSpace *as, uint16_t port,
                                 void (*request_exit)(void *opaque, int status), void *opaque)
{
    IsaDebugExit *d = calloc(1, sizeof(*d));
    if (!d)
        return NULL;
    d->request_exit = request_exit;
    d->opaque = opaque;
    as_register_ports(as, port, 1, &debug_exit_ops, d);
    return d;
}

void isa_debug_exit_free(IsaDebugExit *d)
{
    free(d);
}

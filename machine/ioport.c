/* The I/O port space: a table of one small index per port into a list of handlers, so
 * that IN/OUT dispatch is two loads. A port nobody claimed reads as all ones (the ISA
 * bus floats high) and ignores writes, logged under -d unimp with the port named. */
#include "machine/ioport.h"

#include <stdlib.h>

#include "tcg/log.h"

typedef struct PortHandler {
    const PortOps *ops;
    void *opaque;
} PortHandler;

struct PortSpace {
    uint16_t index[65536];  /* 0: unclaimed, else handlers[index - 1] */
    PortHandler *handlers;
    unsigned nb_handlers, cap_handlers;
};

PortSpace *port_space_new(void)
{
    return calloc(1, sizeof(PortSpace));
}

void port_space_free(PortSpace *ps)
{
    if (ps) {
        free(ps->handlers);
        free(ps);
    }
}

/* A later registration takes the ports over from an earlier one, so a board can
 * replace a default device. Past 65535 handlers the registration is dropped (logged):
 * every port would already have its own. */
void port_space_register(PortSpace *ps, uint16_t first, unsigned count, const PortOps *ops,
                         void *opaque)
{
    if (count == 0 || !ops)
        return;
    if (ps->nb_handlers == ps->cap_handlers) {
        unsigned cap = ps->cap_handlers ? 2 * ps->cap_handlers : 16;
        PortHandler *v = cap <= 65535 ? realloc(ps->handlers, sizeof(*v) * cap) : NULL;
        if (!v) {
            tern_log("ports 0x%04x+%u: cannot register handler\n", first, count);
            return;
        }
        ps->handlers = v;
        ps->cap_handlers = cap;
    }
    ps->handlers[ps->nb_handlers++] = (PortHandler){ ops, opaque };
    for (unsigned i = 0; i < count && first + i <= 0xffff; i++)
        ps->index[first + i] = (uint16_t)ps->nb_handlers;
}

static uint32_t port_ones(unsigned size)
{
    return size >= 4 ? UINT32_MAX : (1u << (8 * size)) - 1;
}

/* A wide access is handed whole to the handler of its first port. */
uint32_t port_space_in(PortSpace *ps, uint16_t port, unsigned size)
{
    unsigned i = ps->index[port];
    if (i && ps->handlers[i - 1].ops->in)
        return ps->handlers[i - 1].ops->in(ps->handlers[i - 1].opaque, port, size) &
               port_ones(size);
    if (tern_log_enabled(LOG_UNIMP))
        tern_log("unassigned port in 0x%04x size %u\n", port, size);
    return port_ones(size);
}

void port_space_out(PortSpace *ps, uint16_t port, uint32_t val, unsigned size)
{
    unsigned i = ps->index[port];
    if (i && ps->handlers[i - 1].ops->out) {
        ps->handlers[i - 1].ops->out(ps->handlers[i - 1].opaque, port, val & port_ones(size),
                                     size);
        return;
    }
    if (tern_log_enabled(LOG_UNIMP))
        tern_log("unassigned port out 0x%04x size %u value 0x%x\n", port, size, val);
}

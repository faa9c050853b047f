/* The debug console on port 0xE9 (the Bochs/QEMU convention): each byte written is
 * copied to a host stream; a read returns 0xE9, the value QEMU's debugcon answers with,
 * which guests use to probe for it. */
#include "devices/debugcon.h"

#include <stdlib.h>

#include "tcg/log.h"

struct DebugCon {
    FILE *out;
    uint16_t port;
};

static uint32_t debugcon_in(void *opaque, uint16_t port, unsigned size)
{
    (void)opaque;
    (void)port;
    (void)size;
    return 0xe9;
}

/* Only the low byte of a wider OUT is the character. The stream is flushed at each line
 * end, and at every byte while -d logging is on, so guest output and log lines (or the
 * exit message on stderr) appear in the order they happened. */
static void debugcon_out(void *opaque, uint16_t port, uint32_t val, unsigned size)
{
    DebugCon *dc = opaque;
    (void)port;
    (void)size;
    int c = (int)(val & 0xff);
    fputc(c, dc->out);
    if (c == '\n' || tern_log_mask)
        fflush(dc->out);
}

static const PortOps debugcon_ops = { debugcon_in, debugcon_out };

DebugCon *debugcon_new(AddressSpace *as, uint16_t port, FILE *out)
{
    DebugCon *dc = calloc(1, sizeof(*dc));
    if (!dc)
        return NULL;
    dc->out = out;
    dc->port = port;
    as_register_ports(as, port, 1, &debugcon_ops, dc);
    return dc;
}

void debugcon_free(DebugCon *dc)
{
    if (dc)
        fflush(dc->out);
    free(dc);
}

/* The I/O APIC (devices/ioapic.h). Register and bit names follow the Intel 82093AA
 * datasheet ("Register Description", "I/O Redirection Table Registers"). Messages are
 * delivered at once, so Delivery Status always reads idle. Only fixed and
 * lowest-priority entries use Remote IRR (it waits for an EOI, which NMI, SMI, INIT and
 * ExtINT never get); level-triggered entries of those modes send once per assertion. */
#include "devices/ioapic.h"

#include <stdlib.h>

#include "tcg/log.h"

#define IOAPIC_MMIO_SIZE 0x1000
#define IOAPIC_MMIO_PRIORITY 10

#define IOREGSEL 0x00
#define IOWIN 0x10
#define IOEOI 0x40   /* version 20H: a write of a vector acts as its EOI */

#define REG_ID 0x00
#define REG_VER 0x01
#define REG_ARB 0x02
#define REG_REDTBL 0x10

#define RTE_VECTOR 0xffull
#define RTE_DM_SHIFT 8
#define RTE_DEST_LOGICAL (1ull << 11)
#define RTE_POLARITY_LOW (1ull << 13)
#define RTE_REMOTE_IRR (1ull << 14)
#define RTE_LEVEL (1ull << 15)
#define RTE_MASKED (1ull << 16)
#define RTE_DEST_SHIFT 56
/* Software sets vector, delivery mode, destination mode, polarity, trigger mode, mask
 * and the destination; delivery status (12) and Remote IRR (14) are read-only. */
#define RTE_WRITABLE (0xff00000000000000ull | 0x1afffull)

#define IOAPIC_LOG(mask, ...)             \
    do {                                  \
        if (tern_log_enabled(mask))       \
            tern_log(__VA_ARGS__);        \
    } while (0)

struct Ioapic {
    /* state */
    uint32_t id;           /* ID register: 27:24 */
    uint32_t regsel;       /* IOREGSEL: 7:0 */
    uint64_t redir[IOAPIC_NUM_PINS];
    uint32_t pins;         /* input levels as driven (before polarity) */
    /* wiring */
    IoapicDeliverFn *deliver;
    void *deliver_opaque;
};

static unsigned rte_mode(uint64_t rte)
{
    return (unsigned)(rte >> RTE_DM_SHIFT) & 7;
}

static bool rte_uses_remote_irr(uint64_t rte)
{
    return (rte & RTE_LEVEL) &&
           (rte_mode(rte) == LAPIC_DM_FIXED || rte_mode(rte) == LAPIC_DM_LOWEST);
}

static bool pin_asserted(const Ioapic *io, int pin)
{
    bool level = (io->pins >> pin) & 1;
    return (io->redir[pin] & RTE_POLARITY_LOW) ? !level : level;
}

static bool send(Ioapic *io, int pin)
{
    uint64_t rte = io->redir[pin];
    LapicMsg m = {
        .dest = (uint8_t)(rte >> RTE_DEST_SHIFT),
        .logical = (rte & RTE_DEST_LOGICAL) != 0,
        .delivery = (uint8_t)rte_mode(rte),
        .vector = (uint8_t)(rte & RTE_VECTOR),
        .level = (rte & RTE_LEVEL) != 0,
    };
    bool ok = io->deliver && io->deliver(io->deliver_opaque, &m);
    if (!ok)
        IOAPIC_LOG(LOG_GUEST_ERRORS, "ioapic: pin %d (vector %02x, destination %02x) reached "
                   "no local APIC\n", pin, m.vector, m.dest);
    return ok;
}

/* A level-triggered fixed/lowest entry sends while its pin is asserted, unmasked and
 * not waiting for an EOI; the accepting APIC sets Remote IRR. */
static void service_level(Ioapic *io, int pin)
{
    uint64_t *rte = &io->redir[pin];
    if (!rte_uses_remote_irr(*rte) || (*rte & (RTE_MASKED | RTE_REMOTE_IRR)) ||
        !pin_asserted(io, pin))
        return;
    if (send(io, pin))
        *rte |= RTE_REMOTE_IRR;
}

void ioapic_set_irq(Ioapic *io, int pin, int level)
{
    if (pin < 0 || pin >= IOAPIC_NUM_PINS)
        return;
    bool before = pin_asserted(io, pin);
    if (level)
        io->pins |= 1u << pin;
    else
        io->pins &= ~(1u << pin);
    bool after = pin_asserted(io, pin);
    uint64_t rte = io->redir[pin];
    if (rte_uses_remote_irr(rte)) {
        service_level(io, pin);
        return;
    }
    /* Edge (or a level entry of a mode without EOI): the asserting edge sends; one that
     * arrives while the entry is masked is lost. */
    if (!before && after && !(rte & RTE_MASKED))
        send(io, pin);
}

void ioapic_irq_handler(void *opaque, int line, int level)
{
    ioapic_set_irq(opaque, line, level);
}

IrqLine ioapic_irq_line(Ioapic *io, int pin)
{
    return irq_line(ioapic_irq_handler, io, pin);
}

void ioapic_eoi(Ioapic *io, int vector)
{
    for (int pin = 0; pin < IOAPIC_NUM_PINS; pin++) {
        uint64_t *rte = &io->redir[pin];
        if ((*rte & RTE_REMOTE_IRR) && (int)(*rte & RTE_VECTOR) == vector) {
            *rte &= ~RTE_REMOTE_IRR;
            service_level(io, pin);
        }
    }
}

void ioapic_eoi_handler(void *opaque, int vector)
{
    ioapic_eoi(opaque, vector);
}

/* ---- registers ---- */

static uint32_t reg_read(Ioapic *io, uint32_t reg)
{
    switch (reg) {
    case REG_ID: return io->id;
    case REG_VER: return IOAPIC_VERSION;
    case REG_ARB: return io->id;   /* the arbitration ID is loaded from the APIC ID */
    }
    if (reg >= REG_REDTBL && reg < REG_REDTBL + 2 * IOAPIC_NUM_PINS) {
        uint64_t rte = io->redir[(reg - REG_REDTBL) / 2];
        return (uint32_t)(reg & 1 ? rte >> 32 : rte);
    }
    IOAPIC_LOG(LOG_GUEST_ERRORS, "ioapic: read of undefined register %02x\n", reg);
    return 0;
}

static void reg_write(Ioapic *io, uint32_t reg, uint32_t val)
{
    if (reg == REG_ID) {
        io->id = val & 0x0f000000u;
        return;
    }
    if (reg < REG_REDTBL || reg >= REG_REDTBL + 2 * IOAPIC_NUM_PINS) {
        IOAPIC_LOG(LOG_GUEST_ERRORS, "ioapic: write %08x to %s register %02x ignored\n", val,
                   reg == REG_VER || reg == REG_ARB ? "read-only" : "undefined", reg);
        return;
    }
    int pin = (int)(reg - REG_REDTBL) / 2;
    uint64_t old = io->redir[pin];
    uint64_t v = reg & 1 ? ((uint64_t)val << 32) | (old & 0xffffffffull)
                         : (old & 0xffffffff00000000ull) | val;
    v = (v & RTE_WRITABLE) | (old & RTE_REMOTE_IRR);
    if (!rte_uses_remote_irr(v))
        v &= ~RTE_REMOTE_IRR;
    io->redir[pin] = v;
    /* An unmasked (or newly level) entry whose pin is asserted sends now. */
    service_level(io, pin);
}

static uint64_t ioapic_mmio_read(void *opaque, uint64_t offset, unsigned size)
{
    Ioapic *io = opaque;
    if (offset == IOREGSEL)
        return io->regsel;
    if (offset == IOWIN && size == 4)
        return reg_read(io, io->regsel);
    IOAPIC_LOG(LOG_GUEST_ERRORS, "ioapic: %u-byte read at offset %02llx\n", size,
               (unsigned long long)offset);
    return 0;
}

static void ioapic_mmio_write(void *opaque, uint64_t offset, uint64_t val, unsigned size)
{
    Ioapic *io = opaque;
    if (offset == IOREGSEL) {
        io->regsel = (uint32_t)val & 0xff;
        return;
    }
    if (offset == IOWIN && size == 4) {
        reg_write(io, io->regsel, (uint32_t)val);
        return;
    }
    if (offset == IOEOI && size == 4) {
        ioapic_eoi(io, (int)(val & 0xff));
        return;
    }
    IOAPIC_LOG(LOG_GUEST_ERRORS, "ioapic: %u-byte write of %llx at offset %02llx ignored\n",
               size, (unsigned long long)val, (unsigned long long)offset);
}

static const MemRegionOps ioapic_mmio_ops = { ioapic_mmio_read, ioapic_mmio_write };

void ioapic_reset(Ioapic *io)
{
    io->id = 0;
    io->regsel = 0;
    for (int i = 0; i < IOAPIC_NUM_PINS; i++)
        io->redir[i] = RTE_MASKED;
}

Ioapic *ioapic_new(AddressSpace *as, uint64_t base, IoapicDeliverFn *deliver, void *opaque)
{
    Ioapic *io = calloc(1, sizeof(*io));
    if (!io)
        return NULL;
    io->deliver = deliver;
    io->deliver_opaque = opaque;
    ioapic_reset(io);
    if (as && !as_add_mmio(as, "ioapic", base, IOAPIC_MMIO_SIZE, &ioapic_mmio_ops, io,
                           IOAPIC_MMIO_PRIORITY)) {
        free(io);
        return NULL;
    }
    return io;
}

void ioapic_free(Ioapic *io)
{
    free(io);
}

/* ---- state ---- */

static const StateField ioapic_fields[] = {
    STATE_U32(Ioapic, id), STATE_U32(Ioapic, regsel),
    STATE_FIELD(Ioapic, redir, STATE_T_U64, IOAPIC_NUM_PINS),
    STATE_U32(Ioapic, pins),
    STATE_END,
};

static bool ioapic_post_load(void *obj)
{
    Ioapic *io = obj;
    if ((io->id & ~0x0f000000u) || io->regsel > 0xff || (io->pins >> IOAPIC_NUM_PINS))
        return false;
    for (int i = 0; i < IOAPIC_NUM_PINS; i++) {
        if (io->redir[i] & ~(RTE_WRITABLE | RTE_REMOTE_IRR))
            return false;
    }
    return true;
}

const StateDesc ioapic_state_desc = {
    .name = "ioapic", .version = 1, .size = sizeof(Ioapic), .fields = ioapic_fields,
    .post_load = ioapic_post_load,
};

void *ioapic_state_obj(Ioapic *io)
{
    return io;
}

/* PCI bus 0, configuration mechanism #1 and the generic function header (devices/pci.h).
 * Follows the PCI Local Bus Specification 3.0: 3.2.2.3.2 (CONFIG_ADDRESS / CONFIG_DATA),
 * 6.1-6.2 (header layout, COMMAND, STATUS), 6.2.5.1 (BAR sizing: the low bits of a BAR
 * are hardwired to zero, so writing all ones reads back the size mask). */
#include "devices/pci.h"

#include <stdlib.h>
#include <string.h>

#include "tcg/log.h"

#define PCI_CONFIG_ADDRESS_PORT 0xcf8
#define PCI_CONFIG_DATA_PORT 0xcfc
#define PCI_CONFIG_ENABLE 0x80000000u
#define PCI_COMMAND_INTX_DISABLE 0x0400
#define PCI_STATUS_INTERRUPT 0x0008
#define PCI_MAX_DEVFN 256

typedef struct PciBar {
    PciDevice *dev;
    PciBarType type;
    uint64_t size;
    uint64_t mapped;            /* PCI_BAR_UNMAPPED or the decoded address */
    const MemRegionOps *ops;
    void *opaque;
} PciBar;

struct PciDevice {
    PciBus *bus;
    uint8_t devfn;
    uint8_t config[PCI_CONFIG_SIZE];
    uint8_t init[PCI_CONFIG_SIZE];   /* power-on contents */
    uint8_t wmask[PCI_CONFIG_SIZE];
    uint8_t w1cmask[PCI_CONFIG_SIZE];
    PciBar bars[PCI_NUM_BARS];
    bool irq_level;                  /* as the device drives it */
    bool irq_asserted;               /* as the router sees it (INTx Disable applied) */
    const PciDeviceOps *ops;
    void *opaque;
};

/* A range of physical memory where memory BARs decode (the MMIO region's opaque). */
typedef struct PciWindow {
    PciBus *bus;
    uint64_t base;
} PciWindow;

#define PCI_MAX_WINDOWS 4

struct PciBus {
    AddressSpace *as;
    PciWindow *windows[PCI_MAX_WINDOWS];
    unsigned nb_windows;
    uint32_t config_address;
    PciDevice *devs[PCI_MAX_DEVFN];
    PciIrqRouter router;
    unsigned input_count[PCI_MAX_IRQ_INPUTS];
};

static uint32_t ones(unsigned size)
{
    return size >= 4 ? UINT32_MAX : (1u << (8 * size)) - 1;
}

/* ---- BAR windows ---- */

static uint32_t bar_io_in(void *opaque, uint16_t port, unsigned size)
{
    PciBar *b = opaque;
    if (b->mapped == PCI_BAR_UNMAPPED || !b->ops->read)
        return ones(size);
    return (uint32_t)b->ops->read(b->opaque, (uint64_t)port - b->mapped, size);
}

static void bar_io_out(void *opaque, uint16_t port, uint32_t val, unsigned size)
{
    PciBar *b = opaque;
    if (b->mapped != PCI_BAR_UNMAPPED && b->ops->write)
        b->ops->write(b->opaque, (uint64_t)port - b->mapped, val, size);
}

static const PortOps bar_io_ops = { bar_io_in, bar_io_out };

/* Ports a BAR stops decoding float high again (the ISA bus's unclaimed value). */
static uint32_t released_in(void *opaque, uint16_t port, unsigned size)
{
    (void)opaque;
    if (tern_log_enabled(LOG_UNIMP))
        tern_log("unassigned port in 0x%04x size %u (released PCI BAR)\n", port, size);
    return ones(size);
}

static void released_out(void *opaque, uint16_t port, uint32_t val, unsigned size)
{
    (void)opaque;
    if (tern_log_enabled(LOG_UNIMP))
        tern_log("unassigned port out 0x%04x size %u value 0x%x (released PCI BAR)\n", port,
                 size, val);
}

static const PortOps released_ops = { released_in, released_out };

void pci_release_ports(AddressSpace *as, uint16_t first, unsigned count)
{
    as_register_ports(as, first, count, &released_ops, NULL);
}

static uint64_t bar_decoded_address(const PciDevice *d, int n)
{
    const PciBar *b = &d->bars[n];
    uint16_t cmd = (uint16_t)(d->config[PCI_COMMAND] | d->config[PCI_COMMAND + 1] << 8);
    uint32_t raw = pci_get_long(d, PCI_BASE_ADDRESS_0 + 4 * (unsigned)n);
    uint64_t addr;
    if (b->type == PCI_BAR_IO) {
        if (!(cmd & PCI_COMMAND_IO))
            return PCI_BAR_UNMAPPED;
        addr = raw & 0xfffcu;
        if (addr + b->size > 0x10000)
            return PCI_BAR_UNMAPPED;
    } else if (b->type == PCI_BAR_MEM32) {
        if (!(cmd & PCI_COMMAND_MEMORY))
            return PCI_BAR_UNMAPPED;
        addr = raw & 0xfffffff0u;
    } else {
        return PCI_BAR_UNMAPPED;
    }
    /* Address 0 is how firmware leaves a BAR it did not assign. */
    return addr ? addr : PCI_BAR_UNMAPPED;
}

static void bar_update(PciDevice *d, int n)
{
    PciBar *b = &d->bars[n];
    uint64_t addr = bar_decoded_address(d, n);
    if (addr == b->mapped)
        return;
    if (b->type == PCI_BAR_IO) {
        if (b->mapped != PCI_BAR_UNMAPPED)
            pci_release_ports(d->bus->as, (uint16_t)b->mapped, (unsigned)b->size);
        if (addr != PCI_BAR_UNMAPPED)
            as_register_ports(d->bus->as, (uint16_t)addr, (unsigned)b->size, &bar_io_ops, b);
    }
    /* Memory BARs are looked up at access time by the MMIO window. */
    b->mapped = addr;
}

static void bars_update(PciDevice *d)
{
    for (int n = 0; n < PCI_NUM_BARS; n++)
        if (d->bars[n].type != PCI_BAR_NONE)
            bar_update(d, n);
}

static PciBar *window_find(PciWindow *w, uint64_t addr, unsigned size)
{
    for (unsigned i = 0; i < PCI_MAX_DEVFN; i++) {
        PciDevice *d = w->bus->devs[i];
        if (!d)
            continue;
        for (int n = 0; n < PCI_NUM_BARS; n++) {
            PciBar *b = &d->bars[n];
            if (b->type == PCI_BAR_MEM32 && b->mapped != PCI_BAR_UNMAPPED &&
                addr >= b->mapped && addr + size <= b->mapped + b->size)
                return b;
        }
    }
    return NULL;
}

static uint64_t win_read(void *opaque, uint64_t offset, unsigned size)
{
    PciWindow *w = opaque;
    uint64_t addr = w->base + offset;
    PciBar *b = window_find(w, addr, size);
    if (!b || !b->ops->read) {
        if (!b && tern_log_enabled(LOG_UNIMP))
            tern_log("unassigned PCI memory read at 0x%llx size %u\n", (unsigned long long)addr,
                     size);
        return UINT64_MAX;
    }
    return b->ops->read(b->opaque, addr - b->mapped, size);
}

static void win_write(void *opaque, uint64_t offset, uint64_t val, unsigned size)
{
    PciWindow *w = opaque;
    uint64_t addr = w->base + offset;
    PciBar *b = window_find(w, addr, size);
    if (b && b->ops->write)
        b->ops->write(b->opaque, addr - b->mapped, val, size);
    else if (!b && tern_log_enabled(LOG_UNIMP))
        tern_log("unassigned PCI memory write at 0x%llx size %u value 0x%llx\n",
                 (unsigned long long)addr, size, (unsigned long long)val);
}

static const MemRegionOps window_ops = { win_read, win_write };

/* ---- interrupts ---- */

static void irq_update(PciDevice *d)
{
    uint16_t cmd = pci_get_word(d, PCI_COMMAND);
    bool assert = d->irq_level && !(cmd & PCI_COMMAND_INTX_DISABLE);
    /* STATUS bit 3 shows the device's condition whatever INTx Disable says. */
    if (d->irq_level)
        d->config[PCI_STATUS] |= PCI_STATUS_INTERRUPT;
    else
        d->config[PCI_STATUS] &= (uint8_t)~PCI_STATUS_INTERRUPT;
    if (assert == d->irq_asserted)
        return;
    d->irq_asserted = assert;
    PciBus *bus = d->bus;
    int pin = d->config[PCI_INTERRUPT_PIN];
    if (pin < 1 || pin > 4 || !bus->router.map)
        return;
    int input = bus->router.map(bus->router.opaque, d->devfn, pin - 1);
    if (input < 0 || (unsigned)input >= bus->router.nb_inputs || input >= PCI_MAX_IRQ_INPUTS)
        return;
    unsigned before = bus->input_count[input];
    bus->input_count[input] += assert ? 1u : (unsigned)-1;
    if ((before == 0) != (bus->input_count[input] == 0))
        bus->router.set(bus->router.opaque, input, bus->input_count[input] != 0);
}

void pci_device_set_pin(PciDevice *d, int pin)
{
    pci_set_byte(d, PCI_INTERRUPT_PIN, (uint8_t)(pin >= 0 && pin <= 4 ? pin : 0));
}

void pci_set_irq(PciDevice *d, bool level)
{
    d->irq_level = level;
    irq_update(d);
}

/* ---- configuration space ---- */

uint8_t pci_get_byte(const PciDevice *d, unsigned offset)
{
    return offset < PCI_CONFIG_SIZE ? d->config[offset] : 0xff;
}

uint16_t pci_get_word(const PciDevice *d, unsigned offset)
{
    return (uint16_t)(pci_get_byte(d, offset) | pci_get_byte(d, offset + 1) << 8);
}

uint32_t pci_get_long(const PciDevice *d, unsigned offset)
{
    return (uint32_t)pci_get_word(d, offset) | (uint32_t)pci_get_word(d, offset + 2) << 16;
}

void pci_set_byte(PciDevice *d, unsigned offset, uint8_t val)
{
    if (offset < PCI_CONFIG_SIZE)
        d->config[offset] = d->init[offset] = val;
}

void pci_set_word(PciDevice *d, unsigned offset, uint16_t val)
{
    pci_set_byte(d, offset, (uint8_t)val);
    pci_set_byte(d, offset + 1, (uint8_t)(val >> 8));
}

void pci_set_long(PciDevice *d, unsigned offset, uint32_t val)
{
    pci_set_word(d, offset, (uint16_t)val);
    pci_set_word(d, offset + 2, (uint16_t)(val >> 16));
}

void pci_set_wmask(PciDevice *d, unsigned offset, unsigned len, uint8_t mask)
{
    for (unsigned i = 0; i < len && offset + i < PCI_CONFIG_SIZE; i++)
        d->wmask[offset + i] = mask;
}

void pci_store_byte(PciDevice *d, unsigned offset, uint8_t val)
{
    if (offset < PCI_CONFIG_SIZE)
        d->config[offset] = val;
}

static PciDevice *find_dev(PciBus *bus, uint8_t devfn)
{
    return bus->devs[devfn];
}

uint32_t pci_config_read(PciBus *bus, uint8_t devfn, unsigned offset, unsigned size)
{
    PciDevice *d = find_dev(bus, devfn);
    if (!d || offset + size > PCI_CONFIG_SIZE)
        return ones(size);
    if (d->ops && d->ops->config_read)
        return d->ops->config_read(d, offset, size) & ones(size);
    uint32_t v = 0;
    for (unsigned i = 0; i < size; i++)
        v |= (uint32_t)d->config[offset + i] << (8 * i);
    return v;
}

void pci_config_write(PciBus *bus, uint8_t devfn, unsigned offset, uint32_t val, unsigned size)
{
    PciDevice *d = find_dev(bus, devfn);
    if (!d || offset + size > PCI_CONFIG_SIZE)
        return;
    bool touches_decode = false;
    for (unsigned i = 0; i < size; i++) {
        unsigned o = offset + i;
        uint8_t b = (uint8_t)(val >> (8 * i));
        d->config[o] = (uint8_t)((d->config[o] & ~d->wmask[o]) | (b & d->wmask[o]));
        d->config[o] &= (uint8_t)~(b & d->w1cmask[o]);
        if ((o >= PCI_COMMAND && o < PCI_COMMAND + 2) ||
            (o >= PCI_BASE_ADDRESS_0 && o < PCI_BASE_ADDRESS_0 + 4 * PCI_NUM_BARS))
            touches_decode = true;
    }
    if (touches_decode) {
        bars_update(d);
        irq_update(d);
    }
    if (d->ops && d->ops->config_write)
        d->ops->config_write(d, offset, val & ones(size), size);
}

/* CONFIG_ADDRESS: enable bit 31, bus 23:16, device 15:11, function 10:8, register 7:2;
 * bits 1:0 read as zero. Only a dword access is the bridge's. */
static uint32_t addr_in(void *opaque, uint16_t port, unsigned size)
{
    PciBus *bus = opaque;
    (void)port;
    if (size != 4)
        return ones(size);
    return bus->config_address;
}

static void addr_out(void *opaque, uint16_t port, uint32_t val, unsigned size)
{
    PciBus *bus = opaque;
    (void)port;
    if (size == 4)
        bus->config_address = val & 0x80fffffcu;
}

static const PortOps addr_ops = { addr_in, addr_out };

/* Decodes CONFIG_ADDRESS for an access at data port `port`: false when it does not
 * target a register of bus 0 (the access then floats). */
static bool data_target(PciBus *bus, uint16_t port, unsigned size, uint8_t *devfn,
                        unsigned *offset)
{
    uint32_t a = bus->config_address;
    if (!(a & PCI_CONFIG_ENABLE) || ((a >> 16) & 0xff) != 0)
        return false;
    *devfn = (uint8_t)(a >> 8);
    *offset = (a & 0xfc) + (port & 3u);
    return *offset + size <= PCI_CONFIG_SIZE;
}

static uint32_t data_in(void *opaque, uint16_t port, unsigned size)
{
    PciBus *bus = opaque;
    uint8_t devfn;
    unsigned offset;
    if (!data_target(bus, port, size, &devfn, &offset))
        return ones(size);
    return pci_config_read(bus, devfn, offset, size);
}

static void data_out(void *opaque, uint16_t port, uint32_t val, unsigned size)
{
    PciBus *bus = opaque;
    uint8_t devfn;
    unsigned offset;
    if (data_target(bus, port, size, &devfn, &offset))
        pci_config_write(bus, devfn, offset, val, size);
}

static const PortOps data_ops = { data_in, data_out };

PciBus *pci_bus_new(AddressSpace *as)
{
    PciBus *bus = calloc(1, sizeof(*bus));
    if (!bus)
        return NULL;
    bus->as = as;
    as_register_ports(as, PCI_CONFIG_ADDRESS_PORT, 1, &addr_ops, bus);
    as_register_ports(as, PCI_CONFIG_DATA_PORT, 4, &data_ops, bus);
    return bus;
}

void pci_bus_free(PciBus *bus)
{
    if (!bus)
        return;
    for (unsigned i = 0; i < PCI_MAX_DEVFN; i++)
        free(bus->devs[i]);
    for (unsigned i = 0; i < bus->nb_windows; i++)
        free(bus->windows[i]);
    free(bus);
}

void pci_bus_reset(PciBus *bus)
{
    bus->config_address = 0;
    for (unsigned i = 0; i < PCI_MAX_DEVFN; i++) {
        PciDevice *d = bus->devs[i];
        if (!d)
            continue;
        memcpy(d->config, d->init, PCI_CONFIG_SIZE);
        d->irq_level = false;
        irq_update(d);
        bars_update(d);
    }
}

void pci_bus_set_irq_router(PciBus *bus, const PciIrqRouter *router)
{
    bus->router = *router;
    memset(bus->input_count, 0, sizeof(bus->input_count));
}

bool pci_bus_add_mmio_window(PciBus *bus, uint64_t base, uint64_t size)
{
    if (bus->nb_windows == PCI_MAX_WINDOWS)
        return false;
    PciWindow *w = calloc(1, sizeof(*w));
    if (!w)
        return false;
    w->bus = bus;
    w->base = base;
    if (!as_add_mmio(bus->as, "pci-mmio", base, size, &window_ops, w, 0)) {
        free(w);
        return false;
    }
    bus->windows[bus->nb_windows++] = w;
    return true;
}

AddressSpace *pci_bus_address_space(PciBus *bus)
{
    return bus->as;
}

PciDevice *pci_device_new(PciBus *bus, uint8_t devfn, uint16_t vendor, uint16_t device,
                          uint32_t class_code, uint8_t revision, const PciDeviceOps *ops,
                          void *opaque)
{
    if (bus->devs[devfn])
        return NULL;
    PciDevice *d = calloc(1, sizeof(*d));
    if (!d)
        return NULL;
    d->bus = bus;
    d->devfn = devfn;
    d->ops = ops;
    d->opaque = opaque;
    for (int n = 0; n < PCI_NUM_BARS; n++)
        d->bars[n].mapped = PCI_BAR_UNMAPPED;
    pci_set_word(d, PCI_VENDOR_ID, vendor);
    pci_set_word(d, PCI_DEVICE_ID, device);
    pci_set_byte(d, PCI_REVISION_ID, revision);
    pci_set_byte(d, PCI_CLASS_PROG, (uint8_t)class_code);
    pci_set_word(d, PCI_CLASS_DEVICE, (uint16_t)(class_code >> 8));
    pci_set_wmask(d, PCI_COMMAND, 1,
                  PCI_COMMAND_IO | PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER);
    pci_set_wmask(d, PCI_COMMAND + 1, 1, PCI_COMMAND_INTX_DISABLE >> 8);
    /* STATUS error bits (15:11, 8) are write-one-to-clear (6.2.3). */
    d->w1cmask[PCI_STATUS + 1] = 0xf9;
    pci_set_wmask(d, PCI_INTERRUPT_LINE, 1, 0xff);
    bus->devs[devfn] = d;
    if (PCI_FUNC(devfn) != 0) {
        PciDevice *f0 = bus->devs[devfn & ~7u];
        if (f0)
            pci_set_byte(f0, PCI_HEADER_TYPE,
                         pci_get_byte(f0, PCI_HEADER_TYPE) | PCI_HEADER_MULTI_FUNCTION);
    } else {
        for (unsigned f = 1; f < 8; f++)
            if (bus->devs[devfn + f])
                pci_set_byte(d, PCI_HEADER_TYPE, PCI_HEADER_MULTI_FUNCTION);
    }
    return d;
}

void *pci_device_opaque(const PciDevice *d)
{
    return d->opaque;
}

uint8_t pci_device_devfn(const PciDevice *d)
{
    return d->devfn;
}

PciBus *pci_device_bus(const PciDevice *d)
{
    return d->bus;
}

bool pci_device_add_bar(PciDevice *d, int bar, PciBarType type, uint64_t size,
                        const MemRegionOps *ops, void *opaque)
{
    if (bar < 0 || bar >= PCI_NUM_BARS || !ops || (size & (size - 1)) || d->bars[bar].type)
        return false;
    unsigned off = PCI_BASE_ADDRESS_0 + 4 * (unsigned)bar;
    uint32_t mask;
    if (type == PCI_BAR_IO) {
        if (size < 4 || size > 256)
            return false;
        mask = (uint32_t)~(size - 1) & 0xfffcu;
        pci_set_long(d, off, 0x1);   /* bit 0: I/O space indicator */
    } else if (type == PCI_BAR_MEM32) {
        if (size < 16 || size > (1ull << 31))
            return false;
        mask = (uint32_t)~(size - 1) & 0xfffffff0u;
        pci_set_long(d, off, 0x0);   /* 32-bit, not prefetchable */
    } else {
        return false;
    }
    for (unsigned i = 0; i < 4; i++)
        d->wmask[off + i] = (uint8_t)(mask >> (8 * i));
    d->bars[bar] = (PciBar){ d, type, size, PCI_BAR_UNMAPPED, ops, opaque };
    return true;
}

uint64_t pci_bar_address(const PciDevice *d, int bar)
{
    if (bar < 0 || bar >= PCI_NUM_BARS)
        return PCI_BAR_UNMAPPED;
    return d->bars[bar].mapped;
}

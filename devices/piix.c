/* i440FX host bridge and PIIX3 ISA bridge (devices/piix.h): PAM attributes, PIRQ
 * routing, the reset control register. Registers not listed here keep what the guest
 * writes in 0x40-0xFF (firmware tunes timing registers the emulation does not need). */
#include "devices/piix.h"

#include <stddef.h>
#include <stdlib.h>

#include "tcg/log.h"

#define I440FX_PAM0 0x59
#define I440FX_SMRAM 0x72
#define PIIX_PIRQRC 0x60
#define PIIX_TOM 0x69
#define PIIX_MBIRQ0 0x70
#define PIIX_RCR_PORT 0xcf9
#define PIRQ_DISABLE 0x80

#define RCR_SYS_RST 0x02   /* 1: the reset that follows is a hard (full) reset */
#define RCR_RST_CPU 0x04   /* 0 -> 1: reset */

typedef struct PiixState {
    uint8_t rcr;            /* port 0xCF9 as last written (bits 1 and 2 kept) */
    uint8_t pirq_level[4];  /* PIRQ A-D as the PCI devices drive them */
} PiixState;

struct Piix {
    PiixState s;
    PciBus *bus;
    PciDevice *host, *isa;
    PiixConfig cfg;
    int pam_mode[PIIX_PAM_SEGMENTS];
    bool isa_level[16];     /* what we last drove on each ISA line */
};

uint32_t piix_pam_segment_base(int segment)
{
    return segment == 0 ? 0xf0000u : 0xc0000u + 0x4000u * (uint32_t)(segment - 1);
}

uint32_t piix_pam_segment_size(int segment)
{
    return segment == 0 ? 0x10000u : 0x4000u;
}

/* Segment s's two attribute bits: PAM register and shift (440FX datasheet, PAM[6:0]). */
static void pam_bits(int segment, unsigned *reg, unsigned *shift)
{
    if (segment == 0) {
        *reg = I440FX_PAM0;
        *shift = 4;
    } else {
        *reg = I440FX_PAM0 + 1 + (unsigned)(segment - 1) / 2;
        *shift = (segment - 1) % 2 ? 4 : 0;
    }
}

static void pam_update(Piix *p, bool force)
{
    for (int s = 0; s < PIIX_PAM_SEGMENTS; s++) {
        unsigned reg, shift;
        pam_bits(s, &reg, &shift);
        int mode = (pci_get_byte(p->host, reg) >> shift) & 3;
        if (mode == p->pam_mode[s] && !force)
            continue;
        p->pam_mode[s] = mode;
        if (p->cfg.pam)
            p->cfg.pam(p->cfg.opaque, s, mode);
    }
}

static void host_config_write(PciDevice *d, unsigned offset, uint32_t val, unsigned size)
{
    Piix *p = pci_device_opaque(d);
    (void)val;
    if (offset < I440FX_PAM0 + 7 && offset + size > I440FX_PAM0)
        pam_update(p, false);
    if (offset <= I440FX_SMRAM && offset + size > I440FX_SMRAM &&
        (pci_get_byte(d, I440FX_SMRAM) & 0x48) && tern_log_enabled(LOG_UNIMP))
        tern_log("unimplemented: i440FX SMRAM window (SMRAM 0x%02x): SMM is not modelled\n",
                 pci_get_byte(d, I440FX_SMRAM));
}

static const PciDeviceOps host_ops = { host_config_write, NULL };

/* PIRQ route control: bit 7 disables the route, bits 3:0 pick the ISA IRQ; 0-2, 8 and 13
 * are reserved (PIIX3 datasheet 2.3.8: those choices route nowhere). */
static int pirq_target(const Piix *p, int pirq)
{
    uint8_t r = pci_get_byte(p->isa, PIIX_PIRQRC + (unsigned)pirq);
    int irq = r & 0x0f;
    if ((r & PIRQ_DISABLE) || irq < 3 || irq == 8 || irq == 13)
        return -1;
    return irq;
}

static void pirq_update(Piix *p)
{
    bool level[16] = { false };
    for (int i = 0; i < 4; i++) {
        int irq = pirq_target(p, i);
        if (irq >= 0 && p->s.pirq_level[i])
            level[irq] = true;
    }
    for (int irq = 0; irq < 16; irq++) {
        /* Only lines some PIRQ drives or drove: ISA devices own the others. */
        if (level[irq] != p->isa_level[irq]) {
            p->isa_level[irq] = level[irq];
            irq_set(&p->cfg.isa_irq[irq], level[irq]);
        }
    }
}

static void isa_config_write(PciDevice *d, unsigned offset, uint32_t val, unsigned size)
{
    Piix *p = pci_device_opaque(d);
    (void)val;
    if (offset < PIIX_PIRQRC + 4 && offset + size > PIIX_PIRQRC)
        pirq_update(p);
}

static const PciDeviceOps isa_ops = { isa_config_write, NULL };

int piix_pirq_of(uint8_t devfn, int pin)
{
    return (PCI_SLOT(devfn) + pin - 1) & 3;
}

static int router_map(void *opaque, uint8_t devfn, int pin)
{
    (void)opaque;
    return piix_pirq_of(devfn, pin);
}

static void router_set(void *opaque, int input, bool level)
{
    Piix *p = opaque;
    p->s.pirq_level[input] = level;
    irq_set(&p->cfg.pirq_apic[input], level);
    pirq_update(p);
}

static uint32_t rcr_in(void *opaque, uint16_t port, unsigned size)
{
    Piix *p = opaque;
    (void)port;
    return size == 1 ? p->s.rcr : (size >= 4 ? UINT32_MAX : (1u << (8 * size)) - 1);
}

/* Writing RST_CPU = 1 resets the machine (PIIX3 datasheet 2.9.1; soft or hard makes no
 * difference to this emulation: both restart at the reset vector). */
static void rcr_out(void *opaque, uint16_t port, uint32_t val, unsigned size)
{
    Piix *p = opaque;
    (void)port;
    if (size != 1)
        return;
    p->s.rcr = (uint8_t)(val & RCR_SYS_RST);
    if ((val & RCR_RST_CPU) && p->cfg.reset)
        p->cfg.reset(p->cfg.opaque);
}

static const PortOps rcr_ops = { rcr_in, rcr_out };

Piix *piix_new(PciBus *bus, const PiixConfig *cfg)
{
    Piix *p = calloc(1, sizeof(*p));
    if (!p)
        return NULL;
    p->bus = bus;
    p->cfg = *cfg;
    /* 82441FX: class 06 00 00 (host bridge), revision 02. */
    p->host = pci_device_new(bus, PIIX_HOST_DEVFN, 0x8086, 0x1237, 0x060000, 0x02, &host_ops, p);
    /* 82371SB function 0: class 06 01 00 (ISA bridge); functions 1.1+ make it
     * multi-function when they are added. */
    p->isa = pci_device_new(bus, PIIX_ISA_DEVFN, 0x8086, 0x7000, 0x060100, 0x00, &isa_ops, p);
    if (!p->host || !p->isa) {
        free(p);
        return NULL;
    }
    pci_set_word(p->host, PCI_STATUS, 0x0280);   /* fast back-to-back, medium DEVSEL */
    pci_set_word(p->host, PCI_COMMAND, 0x0006);  /* memory and bus master always on */
    pci_set_wmask(p->host, 0x50, 0x30, 0xff);   /* PMCCFG .. SMRAM: plain storage */
    pci_set_wmask(p->host, I440FX_PAM0, 1, 0x30);
    pci_set_wmask(p->host, I440FX_PAM0 + 1, 6, 0x33);
    pci_set_byte(p->host, I440FX_SMRAM, 0x02);   /* C_BASE_SEG = 010: 0xA0000 */
    pci_set_wmask(p->host, I440FX_SMRAM, 1, 0x78);

    pci_set_word(p->isa, PCI_STATUS, 0x0200);
    pci_set_word(p->isa, PCI_COMMAND, 0x0007);
    pci_set_wmask(p->isa, 0x40, 0xc0, 0xff);
    for (unsigned i = 0; i < 4; i++)
        pci_set_byte(p->isa, PIIX_PIRQRC + i, PIRQ_DISABLE);
    pci_set_wmask(p->isa, PIIX_PIRQRC, 4, 0x8f);
    pci_set_byte(p->isa, PIIX_TOM, 0x02);
    pci_set_byte(p->isa, PIIX_MBIRQ0, PIRQ_DISABLE);
    pci_set_byte(p->isa, PIIX_MBIRQ0 + 1, PIRQ_DISABLE);

    PciIrqRouter r = { router_map, router_set, p, 4 };
    pci_bus_set_irq_router(bus, &r);
    as_register_ports(pci_bus_address_space(bus), PIIX_RCR_PORT, 1, &rcr_ops, p);
    for (int s = 0; s < PIIX_PAM_SEGMENTS; s++)
        p->pam_mode[s] = -1;
    return p;
}

void piix_free(Piix *p)
{
    free(p); /* the PCI functions belong to the bus */
}

void piix_reset(Piix *p)
{
    p->s.rcr = 0;
    for (int i = 0; i < 4; i++)
        p->s.pirq_level[i] = 0;
    pirq_update(p);
    pam_update(p, true);
}

int piix_pam_mode(const Piix *p, int segment)
{
    return segment >= 0 && segment < PIIX_PAM_SEGMENTS ? p->pam_mode[segment] : -1;
}

void piix_set_all_pam(Piix *p, int mode)
{
    uint8_t m = (uint8_t)(mode & 3);
    pci_store_byte(p->host, I440FX_PAM0, (uint8_t)(m << 4));
    for (unsigned i = 1; i < 7; i++)
        pci_store_byte(p->host, I440FX_PAM0 + i, (uint8_t)(m | m << 4));
    pam_update(p, false);
}

void piix_set_pirq_route(Piix *p, int pirq, uint8_t val)
{
    if (pirq < 0 || pirq > 3)
        return;
    pci_store_byte(p->isa, PIIX_PIRQRC + (unsigned)pirq, val & 0x8f);
    pirq_update(p);
}

static bool piix_post_load(void *obj)
{
    Piix *p = obj;
    for (int i = 0; i < 4; i++)
        p->s.pirq_level[i] = p->s.pirq_level[i] ? 1 : 0;
    pirq_update(p);
    return true;
}

static const StateField piix_fields[] = {
    STATE_U8(PiixState, rcr),
    STATE_U8_ARRAY(PiixState, pirq_level, 4),
    STATE_END
};

/* The PCI headers themselves are the bus's; this is the chipset's own latch state. */
const StateDesc piix_state_desc = {
    .name = "piix", .version = 1, .size = sizeof(PiixState), .fields = piix_fields,
    .post_load = piix_post_load,
};

void *piix_state_obj(Piix *p)
{
    return &p->s;
}

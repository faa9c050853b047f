/* ACPI power management (devices/acpi.h): the PIIX4 function 3 header, the PM I/O block
 * and the APM control ports. The PM timer is computed from the virtual clock; a clock
 * timer is armed only while its overflow can raise the SCI (TMR_EN set). */
#include "devices/acpi.h"

#include <stddef.h>
#include <stdlib.h>

#include "tcg/log.h"

#define PIIX4_PMBA 0x40
#define PIIX4_DEVACTB 0x58
#define PIIX4_PMREGMISC 0x80
#define PIIX4_SMBBA 0x90
#define PMREGMISC_PMIOSE 0x01

#define REG_PMSTS 0
#define REG_PMEN 2
#define REG_PMCNTRL 4
#define REG_PMTMR 8

#define TMR_BITS 24
#define TMR_MSB_SHIFT (TMR_BITS - 1)
#define STS_W1C (ACPI_PM1_TMR_STS | ACPI_PM1_GBL_STS | ACPI_PM1_PWRBTN_STS | \
                 ACPI_PM1_RTC_STS | ACPI_PM1_WAK_STS | 0x0010 /* BM_STS */)
#define EN_BITS (ACPI_PM1_TMR_STS | ACPI_PM1_GBL_STS | ACPI_PM1_PWRBTN_STS | ACPI_PM1_RTC_STS)
#define CNT_RW (ACPI_PM1_SCI_EN | 0x0002 /* BRLD_EN_BM */ | (7u << ACPI_PM1_SLP_TYP_SHIFT))
#define CNT_GBL_RLS 0x0004

typedef struct AcpiPmState {
    uint16_t sts;           /* sticky status bits; TMR_STS also follows tmr_ref */
    uint16_t en;
    uint16_t cnt;
    int64_t tmr_ref;        /* PM timer ticks when TMR_STS was last cleared */
    uint8_t apm_cnt, apm_sts;
} AcpiPmState;

struct AcpiPm {
    AcpiPmState s;          /* first: the state object is the device */
    PciDevice *dev;
    AddressSpace *as;
    Clock *clock;
    ClockTimer *timer;
    IrqLine sci;
    AcpiPowerOffFn *poweroff;
    void *opaque;
    uint16_t mapped;        /* base of the decoding PM block, 0 when off */
};

static int64_t now_ticks(AcpiPm *pm)
{
    return clock_ns_to_ticks(clock_now(pm->clock), ACPI_PM_TIMER_HZ);
}

uint32_t acpi_pm_timer_value(AcpiPm *pm)
{
    return (uint32_t)now_ticks(pm) & ((1u << TMR_BITS) - 1);
}

/* TMR_STS is set whenever the timer's most significant bit changes (ACPI 6.4 4.8.3.3):
 * i.e. when a multiple of 2^23 ticks lies between the last clear and now. */
static uint16_t status(AcpiPm *pm)
{
    uint16_t s = pm->s.sts;
    if ((now_ticks(pm) >> TMR_MSB_SHIFT) != (pm->s.tmr_ref >> TMR_MSB_SHIFT))
        s |= ACPI_PM1_TMR_STS;
    return s;
}

static void update(AcpiPm *pm)
{
    uint16_t s = status(pm);
    bool level = (pm->s.cnt & ACPI_PM1_SCI_EN) && (s & pm->s.en & EN_BITS);
    irq_set(&pm->sci, level);
    if ((pm->s.en & ACPI_PM1_TMR_STS) && !(s & ACPI_PM1_TMR_STS)) {
        int64_t next = ((pm->s.tmr_ref >> TMR_MSB_SHIFT) + 1) << TMR_MSB_SHIFT;
        clock_timer_arm(pm->timer, clock_ticks_to_ns(next, ACPI_PM_TIMER_HZ));
    } else {
        clock_timer_cancel(pm->timer);
    }
}

static void timer_fired(void *opaque)
{
    update(opaque);
}

static void sleep_request(AcpiPm *pm)
{
    unsigned typ = (pm->s.cnt >> ACPI_PM1_SLP_TYP_SHIFT) & 7;
    if (typ == ACPI_SLP_TYP_SOFT_OFF) {
        if (pm->poweroff)
            pm->poweroff(pm->opaque);
        return;
    }
    if (tern_log_enabled(LOG_UNIMP))
        tern_log("unimplemented: ACPI sleep state SUS_TYP %u (only soft-off is modelled)\n", typ);
}

static uint16_t reg16(AcpiPm *pm, unsigned reg)
{
    switch (reg) {
    case REG_PMSTS: return status(pm);
    case REG_PMEN: return pm->s.en;
    case REG_PMCNTRL: return pm->s.cnt;
    default: return 0;
    }
}

static void reg16_write(AcpiPm *pm, unsigned reg, uint16_t val, uint16_t mask)
{
    val &= mask;
    switch (reg) {
    case REG_PMSTS:
        if (val & ACPI_PM1_TMR_STS) {
            pm->s.tmr_ref = now_ticks(pm);
            pm->s.sts &= (uint16_t)~ACPI_PM1_TMR_STS;
        }
        pm->s.sts &= (uint16_t)~(val & STS_W1C);
        break;
    case REG_PMEN:
        pm->s.en = (uint16_t)((pm->s.en & ~mask) | (val & EN_BITS));
        break;
    case REG_PMCNTRL:
        pm->s.cnt = (uint16_t)((pm->s.cnt & ~(mask & CNT_RW)) | (val & CNT_RW));
        if ((val & CNT_GBL_RLS) && tern_log_enabled(LOG_UNIMP))
            tern_log("unimplemented: ACPI GBL_RLS (an SMI to the BIOS) ignored\n");
        if (val & ACPI_PM1_SLP_EN)
            sleep_request(pm);
        break;
    }
}

static uint64_t block_read(void *opaque, uint64_t offset, unsigned size)
{
    AcpiPm *pm = opaque;
    if (offset >= REG_PMTMR && offset < REG_PMTMR + 4)
        return (uint64_t)(acpi_pm_timer_value(pm) >> (8 * (offset - REG_PMTMR)));
    if (offset >= 6) {
        if (tern_log_enabled(LOG_UNIMP))
            tern_log("unimplemented: PIIX4 PM register +0x%02x read\n", (unsigned)offset);
        return 0;
    }
    uint64_t v = 0;
    for (unsigned i = 0; i < size && offset + i < 6; i++) {
        unsigned o = (unsigned)offset + i;
        v |= (uint64_t)((reg16(pm, o & ~1u) >> (8 * (o & 1))) & 0xff) << (8 * i);
    }
    return v;
}

static void block_write(void *opaque, uint64_t offset, uint64_t val, unsigned size)
{
    AcpiPm *pm = opaque;
    if (offset >= 6) {
        if (tern_log_enabled(LOG_UNIMP))
            tern_log("unimplemented: PIIX4 PM register +0x%02x write 0x%llx\n", (unsigned)offset,
                     (unsigned long long)val);
        return;
    }
    for (unsigned reg = 0; reg < 6; reg += 2) {
        uint16_t data = 0, mask = 0;
        for (unsigned i = 0; i < size; i++) {
            unsigned o = (unsigned)offset + i;
            if ((o & ~1u) != reg)
                continue;
            data |= (uint16_t)(((val >> (8 * i)) & 0xff) << (8 * (o & 1)));
            mask |= (uint16_t)(0xff << (8 * (o & 1)));
        }
        if (mask)
            reg16_write(pm, reg, data, mask);
    }
    update(pm);
}

static uint32_t block_in(void *opaque, uint16_t port, unsigned size)
{
    AcpiPm *pm = opaque;
    return (uint32_t)block_read(pm, (uint64_t)(port - pm->mapped), size);
}

static void block_out(void *opaque, uint16_t port, uint32_t val, unsigned size)
{
    AcpiPm *pm = opaque;
    block_write(pm, (uint64_t)(port - pm->mapped), val, size);
}

static const PortOps block_ops = { block_in, block_out };

/* PMBA bits 15:6 hold the base, PMREGMISC bit 0 turns the block on (PIIX4 7.1.x). */
static void remap(AcpiPm *pm)
{
    uint16_t base = (uint16_t)(pci_get_long(pm->dev, PIIX4_PMBA) & 0xffc0u);
    if (!(pci_get_byte(pm->dev, PIIX4_PMREGMISC) & PMREGMISC_PMIOSE))
        base = 0;
    if (base == pm->mapped)
        return;
    if (pm->mapped)
        pci_release_ports(pm->as, pm->mapped, ACPI_PM_BLOCK_SIZE);
    if (base)
        as_register_ports(pm->as, base, ACPI_PM_BLOCK_SIZE, &block_ops, pm);
    pm->mapped = base;
}

static void pm_config_write(PciDevice *d, unsigned offset, uint32_t val, unsigned size)
{
    (void)val;
    if ((offset < PIIX4_PMBA + 4 && offset + size > PIIX4_PMBA) ||
        (offset <= PIIX4_PMREGMISC && offset + size > PIIX4_PMREGMISC))
        remap(pci_device_opaque(d));
}

static const PciDeviceOps pm_pci_ops = { pm_config_write, NULL };

static uint32_t apm_in(void *opaque, uint16_t port, unsigned size)
{
    AcpiPm *pm = opaque;
    (void)size;
    return port == ACPI_APM_CNT_PORT ? pm->s.apm_cnt : pm->s.apm_sts;
}

/* On a real board an SMI handler in firmware answers APMC writes; the two values of
 * the ACPI mode switch are handled here directly, anything else would need SMM. */
static void apm_out(void *opaque, uint16_t port, uint32_t val, unsigned size)
{
    AcpiPm *pm = opaque;
    (void)size;
    if (port != ACPI_APM_CNT_PORT) {
        pm->s.apm_sts = (uint8_t)val;
        return;
    }
    pm->s.apm_cnt = (uint8_t)val;
    if (val == ACPI_ENABLE_VALUE)
        pm->s.cnt |= ACPI_PM1_SCI_EN;
    else if (val == ACPI_DISABLE_VALUE)
        pm->s.cnt &= (uint16_t)~ACPI_PM1_SCI_EN;
    else if (tern_log_enabled(LOG_UNIMP))
        tern_log("unimplemented: SMI through APM control port 0xb2 (value 0x%02x): no SMM\n",
                 (unsigned)(val & 0xff));
    update(pm);
}

static const PortOps apm_ops = { apm_in, apm_out };

AcpiPm *acpi_pm_new(PciBus *bus, uint8_t devfn, Clock *clock, IrqLine sci,
                    AcpiPowerOffFn *poweroff, void *opaque)
{
    AcpiPm *pm = calloc(1, sizeof(*pm));
    if (!pm)
        return NULL;
    pm->as = pci_bus_address_space(bus);
    pm->clock = clock;
    pm->sci = sci;
    pm->poweroff = poweroff;
    pm->opaque = opaque;
    pm->timer = clock_timer_new(clock, timer_fired, pm);
    /* 82371AB function 3: class 06 80 00 (other bridge), revision 03. */
    pm->dev = pci_device_new(bus, devfn, 0x8086, 0x7113, 0x068000, 0x03, &pm_pci_ops, pm);
    if (!pm->timer || !pm->dev) {
        clock_timer_free(pm->timer);
        free(pm);
        return NULL;
    }
    pci_set_word(pm->dev, PCI_STATUS, 0x0280);
    pci_device_set_pin(pm->dev, 1);
    pci_set_wmask(pm->dev, 0x44, 0xbc, 0xff);        /* chipset storage 0x44-0xFF */
    pci_set_long(pm->dev, PIIX4_PMBA, 0x00000001);   /* bit 0: I/O space */
    pci_set_wmask(pm->dev, PIIX4_PMBA, 1, 0xc0);
    pci_set_wmask(pm->dev, PIIX4_PMBA + 1, 1, 0xff);
    pci_set_wmask(pm->dev, PIIX4_PMBA + 2, 2, 0x00);
    pci_set_wmask(pm->dev, PIIX4_PMREGMISC, 1, PMREGMISC_PMIOSE);
    /* DEVACTB.APMC_EN (bit 25): APM control writes raise SMIs. Set from power-on, so
     * firmware that would install an SMM handler sees it as done already: Tern has no
     * SMM, and an SMI it cannot deliver would leave such firmware waiting forever. */
    pci_set_long(pm->dev, PIIX4_DEVACTB, 1u << 25);
    pci_set_long(pm->dev, PIIX4_SMBBA, 0x00000001);
    pci_set_wmask(pm->dev, PIIX4_SMBBA, 1, 0xf0);
    pci_set_wmask(pm->dev, PIIX4_SMBBA + 2, 2, 0x00);
    as_register_ports(pm->as, ACPI_APM_CNT_PORT, 2, &apm_ops, pm);
    acpi_pm_reset(pm);
    return pm;
}

void acpi_pm_free(AcpiPm *pm)
{
    if (!pm)
        return;
    clock_timer_free(pm->timer);
    free(pm);
}

void acpi_pm_reset(AcpiPm *pm)
{
    pm->s.sts = 0;
    pm->s.en = 0;
    pm->s.cnt = 0;
    pm->s.apm_cnt = pm->s.apm_sts = 0;
    pm->s.tmr_ref = now_ticks(pm);
    remap(pm);
    update(pm);
}

void acpi_pm_setup(AcpiPm *pm, uint16_t base, bool acpi_mode)
{
    PciBus *bus = pci_device_bus(pm->dev);
    uint8_t devfn = pci_device_devfn(pm->dev);
    pci_config_write(bus, devfn, PIIX4_PMBA, (uint32_t)base | 1u, 4);
    pci_config_write(bus, devfn, PIIX4_PMREGMISC, PMREGMISC_PMIOSE, 1);
    if (acpi_mode)
        pm->s.cnt |= ACPI_PM1_SCI_EN;
    update(pm);
}

uint16_t acpi_pm_base(const AcpiPm *pm)
{
    return pm->mapped;
}

void acpi_pm_power_button(AcpiPm *pm)
{
    pm->s.sts |= ACPI_PM1_PWRBTN_STS;
    update(pm);
}

static bool acpi_pm_post_load(void *obj)
{
    AcpiPm *pm = obj;
    remap(pm);
    update(pm);
    return true;
}

static const StateField acpi_pm_fields[] = {
    STATE_U16(AcpiPmState, sts),
    STATE_U16(AcpiPmState, en),
    STATE_U16(AcpiPmState, cnt),
    STATE_I64(AcpiPmState, tmr_ref),
    STATE_U8(AcpiPmState, apm_cnt),
    STATE_U8(AcpiPmState, apm_sts),
    STATE_END
};

const StateDesc acpi_pm_state_desc = {
    .name = "acpi-pm", .version = 1, .size = sizeof(AcpiPmState), .fields = acpi_pm_fields,
    .post_load = acpi_pm_post_load,
};

void *acpi_pm_state_obj(AcpiPm *pm)
{
    return &pm->s;
}

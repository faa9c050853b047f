/* The DSDT's contents for the pc board (devices/acpi_tables.h, acpi_dsdt_aml): the soft-off
 * package, the processor device and the PCI root bridge, whose _CRS (ACPI 6.4, 6.4
 * "Resource Data Types": address space descriptors 6.4.3.5, I/O port descriptor 6.4.2.5)
 * hands the OS the bus numbers, I/O and memory windows to enumerate and assign in, and
 * whose _PRT (6.2.13) maps each slot's INTA-D to an I/O APIC input. */
#include "devices/acpi_tables.h"

#include <string.h>

#include "devices/aml.h"

#define PCI_SLOTS 32

typedef struct Res {
    uint8_t b[160];
    size_t n;
} Res;

static void put_le(uint8_t *p, uint64_t v, unsigned n)
{
    for (unsigned i = 0; i < n; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

/* General flags of the bridge's address ranges: minimum and maximum fixed, positive
 * decode, the bridge produces the range for the devices below it (6.4.3.5.1 table 6.45). */
#define ADDR_FLAGS 0x0c

/* Word Address Space Descriptor (6.4.3.5.3): type 1 I/O, 2 bus numbers. */
static void word_range(Res *r, uint8_t type, uint8_t type_flags, uint16_t min, uint16_t max)
{
    uint8_t *p = r->b + r->n;
    p[0] = 0x88;
    put_le(p + 1, 13, 2);
    p[3] = type;
    p[4] = ADDR_FLAGS;
    p[5] = type_flags;
    put_le(p + 6, 0, 2);                        /* granularity */
    put_le(p + 8, min, 2);
    put_le(p + 10, max, 2);
    put_le(p + 12, 0, 2);                       /* translation offset */
    put_le(p + 14, (uint32_t)max - min + 1, 2); /* length */
    r->n += 16;
}

/* DWord Address Space Descriptor (6.4.3.5.2), memory, read/write, cacheable. */
static void dword_memory(Res *r, uint32_t min, uint32_t max)
{
    uint8_t *p = r->b + r->n;
    p[0] = 0x87;
    put_le(p + 1, 23, 2);
    p[3] = 0;                                   /* memory range */
    p[4] = ADDR_FLAGS;
    p[5] = 0x03;                                /* cacheable, read/write */
    put_le(p + 6, 0, 4);
    put_le(p + 10, min, 4);
    put_le(p + 14, max, 4);
    put_le(p + 18, 0, 4);
    put_le(p + 22, (uint64_t)max - min + 1, 4);
    r->n += 26;
}

/* The host bridge's own ports: I/O port descriptor (6.4.2.5), 16-bit decode. */
static void io_port(Res *r, uint16_t base, uint8_t len)
{
    uint8_t *p = r->b + r->n;
    p[0] = 0x47;
    p[1] = 0x01;
    put_le(p + 2, base, 2);
    put_le(p + 4, base, 2);
    p[6] = 1;
    p[7] = len;
    r->n += 8;
}

static void end_tag(Res *r)
{
    r->b[r->n++] = 0x79;
    r->b[r->n++] = 0;           /* checksum 0: "the template is correct" (6.4.2.9) */
}

static void pci_root(AmlBuf *a, const AcpiTablesConfig *cfg)
{
    size_t dev = aml_device_open(a, "PCI0");
    aml_name_decl(a, "_HID");
    aml_eisa_id(a, "PNP0A03");
    aml_name_decl(a, "_ADR");
    aml_integer(a, 0);
    aml_name_decl(a, "_UID");
    aml_integer(a, 0);
    aml_name_decl(a, "_BBN");
    aml_integer(a, 0);

    Res r = { .n = 0 };
    word_range(&r, 2, 0, 0x00, 0xff);           /* bus 0-255 */
    io_port(&r, 0xcf8, 8);                      /* CONFIG_ADDRESS / CONFIG_DATA */
    word_range(&r, 1, 0x03, 0x0000, 0x0cf7);    /* I/O below and above the bridge's */
    word_range(&r, 1, 0x03, 0x0d00, 0xffff);
    dword_memory(&r, 0xa0000, 0xbffff);         /* the VGA window */
    dword_memory(&r, (uint32_t)cfg->pci_mem_start, (uint32_t)(cfg->pci_mem_end - 1));
    end_tag(&r);
    aml_name_decl(a, "_CRS");
    aml_buffer(a, r.b, r.n);

    /* _PRT entries: Address = slot << 16 | 0xFFFF (any function), Pin 0-3, Source 0 (a
     * global system interrupt, not a link device), Source Index = the GSI. */
    aml_name_decl(a, "_PRT");
    size_t prt = aml_package_open(a, (PCI_SLOTS - 1) * 4);
    for (unsigned slot = 1; slot < PCI_SLOTS; slot++) {
        for (unsigned pin = 0; pin < 4; pin++) {
            size_t e = aml_package_open(a, 4);
            aml_integer(a, (uint64_t)slot << 16 | 0xffff);
            aml_integer(a, pin);
            aml_integer(a, 0);
            aml_integer(a, cfg->pci_gsi_base + ((slot + pin - 1) & 3));
            aml_close(a, e);
        }
    }
    aml_close(a, prt);
    aml_close(a, dev);
}

bool acpi_dsdt_aml(AmlBuf *a, const AcpiTablesConfig *cfg)
{
    /* \_S5: SLP_TYPa, SLP_TYPb and two reserved elements (7.4.2.5 System \_S5 state). */
    aml_name_decl(a, "\\_S5");
    size_t pkg = aml_package_open(a, 4);
    aml_integer(a, cfg->slp_typ_s5);
    aml_integer(a, cfg->slp_typ_s5);
    aml_integer(a, 0);
    aml_integer(a, 0);
    aml_close(a, pkg);
    size_t sb = aml_scope_open(a, "\\_SB");
    /* The processor as a device (8.4 "Declaring Processors"): its _UID matches the MADT's
     * ACPI Processor UID. */
    size_t cpu = aml_device_open(a, "CPU0");
    aml_name_decl(a, "_HID");
    aml_string(a, "ACPI0007");
    aml_name_decl(a, "_UID");
    aml_integer(a, 0);
    aml_close(a, cpu);
    if (cfg->pci_mem_end > cfg->pci_mem_start && cfg->pci_mem_end <= (1ull << 32))
        pci_root(a, cfg);
    aml_close(a, sb);
    return !a->failed;
}

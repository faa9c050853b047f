/* ACPI table builder (devices/acpi_tables.h). Field offsets are those of ACPI 6.4
 * chapter 5; every table is assembled in a host buffer, checksummed, then copied into
 * guest memory in one piece. */
#include "devices/acpi_tables.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/aml.h"

#define ACPI_HEADER_SIZE 36
#define ACPI_OEM_ID "TERN  "
#define ACPI_OEM_TABLE_ID "TERNPC  "
#define FADT_SIZE 276       /* revision 6 (5.2.9, table 5.9) */
#define FACS_SIZE 64
#define TABLES_MAX 8192

/* FADT flags (5.2.9 table 5.10) and IA-PC boot architecture flags (5.2.9.3). */
#define FADT_WBINVD (1u << 0)
#define FADT_PROC_C1 (1u << 2)
#define FADT_PWR_BUTTON (1u << 4)   /* 1: no fixed-feature power button */
#define FADT_SLP_BUTTON (1u << 5)   /* 1: no fixed-feature sleep button */
#define FADT_TMR_VAL_EXT (1u << 8)
#define FADT_RESET_REG_SUP (1u << 10)
#define IAPC_LEGACY_DEVICES (1u << 0)
#define IAPC_8042 (1u << 1)
#define IAPC_VGA_NOT_PRESENT (1u << 2)

typedef struct TableBuf {
    uint8_t data[TABLES_MAX];
    size_t len;
    bool overflow;
} TableBuf;

uint8_t acpi_checksum(const uint8_t *p, size_t len)
{
    uint8_t sum = 0;
    for (size_t i = 0; i < len; i++)
        sum = (uint8_t)(sum + p[i]);
    return (uint8_t)(0u - sum);
}

static void put_le(uint8_t *p, uint64_t v, unsigned n)
{
    for (unsigned i = 0; i < n; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

/* Reserves len zeroed bytes at the next multiple of align; returns the offset. */
static size_t tb_alloc(TableBuf *t, size_t len, size_t align)
{
    size_t off = (t->len + align - 1) & ~(align - 1);
    if (off + len > TABLES_MAX) {
        t->overflow = true;
        return 0;
    }
    memset(t->data + off, 0, len);
    t->len = off + len;
    return off;
}

/* The common header (5.2.6): signature, length, revision, OEM fields, creator. */
static void header(uint8_t *p, const char sig[4], size_t len, uint8_t rev)
{
    memcpy(p, sig, 4);
    put_le(p + 4, len, 4);
    p[8] = rev;
    memcpy(p + 10, ACPI_OEM_ID, 6);
    memcpy(p + 16, ACPI_OEM_TABLE_ID, 8);
    put_le(p + 24, 1, 4);           /* OEM revision */
    memcpy(p + 28, "TERN", 4);      /* creator ID */
    put_le(p + 32, 1, 4);           /* creator revision */
}

static void finish(uint8_t *p, size_t len)
{
    p[9] = 0;
    p[9] = acpi_checksum(p, len);
}

/* Generic Address Structure (5.2.3.2): system I/O space, bit width, byte offset, access
 * size, address. */
static void gas_io(uint8_t *p, unsigned bits, unsigned access, uint64_t addr)
{
    p[0] = 1;             /* System I/O */
    p[1] = (uint8_t)bits;
    p[2] = 0;
    p[3] = (uint8_t)access; /* 1 byte, 2 word, 3 dword */
    put_le(p + 4, addr, 8);
}

static bool build_dsdt(TableBuf *t, const AcpiTablesConfig *cfg, size_t *off_out)
{
    AmlBuf a;
    aml_init(&a);
    bool ok = acpi_dsdt_aml(&a, cfg);
    if (ok) {
        size_t len = ACPI_HEADER_SIZE + a.len;
        size_t off = tb_alloc(t, len, 16);
        if (!t->overflow) {
            /* Revision 2: integers are 64 bits wide (5.2.11.1). */
            header(t->data + off, "DSDT", len, 2);
            memcpy(t->data + off + ACPI_HEADER_SIZE, a.data, a.len);
            finish(t->data + off, len);
            *off_out = off;
        }
    }
    aml_free(&a);
    return ok && !t->overflow;
}

static size_t build_fadt(TableBuf *t, const AcpiTablesConfig *cfg, uint64_t facs, uint64_t dsdt)
{
    size_t off = tb_alloc(t, FADT_SIZE, 16);
    if (t->overflow)
        return 0;
    uint8_t *f = t->data + off;
    header(f, "FACP", FADT_SIZE, 6);
    put_le(f + 36, facs, 4);                 /* FIRMWARE_CTRL */
    put_le(f + 40, dsdt, 4);                 /* DSDT */
    f[45] = 0;                               /* Preferred_PM_Profile: unspecified */
    put_le(f + 46, cfg->sci_irq, 2);         /* SCI_INT */
    put_le(f + 48, cfg->smi_cmd, 4);         /* SMI_CMD */
    f[52] = cfg->acpi_enable;
    f[53] = cfg->acpi_disable;
    put_le(f + 56, cfg->pm_base, 4);         /* PM1a_EVT_BLK */
    put_le(f + 64, cfg->pm_base + 4u, 4);    /* PM1a_CNT_BLK */
    put_le(f + 76, cfg->pm_base + 8u, 4);    /* PM_TMR_BLK */
    f[88] = 4;                               /* PM1_EVT_LEN: status + enable words */
    f[89] = 2;                               /* PM1_CNT_LEN */
    f[91] = 4;                               /* PM_TMR_LEN */
    put_le(f + 96, 101, 2);                  /* P_LVL2_LAT > 100: no C2 */
    put_le(f + 98, 1001, 2);                 /* P_LVL3_LAT > 1000: no C3 */
    f[108] = cfg->century;
    uint16_t iapc = IAPC_LEGACY_DEVICES | IAPC_8042;
    if (!cfg->vga_present)
        iapc |= IAPC_VGA_NOT_PRESENT;
    put_le(f + 109, iapc, 2);
    uint32_t flags = FADT_WBINVD | FADT_PROC_C1 | FADT_PWR_BUTTON | FADT_SLP_BUTTON;
    if (cfg->pm_timer_32bit)
        flags |= FADT_TMR_VAL_EXT;
    if (cfg->reset_port) {
        flags |= FADT_RESET_REG_SUP;
        gas_io(f + 116, 8, 1, cfg->reset_port); /* RESET_REG */
        f[128] = cfg->reset_value;
    }
    put_le(f + 112, flags, 4);
    f[131] = 4;                              /* FADT minor version: ACPI 6.4 */
    put_le(f + 132, facs, 8);                /* X_FIRMWARE_CTRL */
    put_le(f + 140, dsdt, 8);                /* X_DSDT */
    gas_io(f + 148, 32, 2, cfg->pm_base);    /* X_PM1a_EVT_BLK */
    gas_io(f + 172, 16, 2, cfg->pm_base + 4u); /* X_PM1a_CNT_BLK */
    gas_io(f + 208, 32, 3, cfg->pm_base + 8u); /* X_PM_TMR_BLK */
    finish(f, FADT_SIZE);
    return off;
}

/* MADT (5.2.12) with Processor Local APIC (type 0), I/O APIC (1), Interrupt Source
 * Override (2) and Local APIC NMI (4) entries. MPS INTI flags (table 5.26): polarity bits
 * 1:0 (01 active high), trigger mode bits 3:2 (01 edge, 11 level). */
static size_t build_madt(TableBuf *t, const AcpiTablesConfig *cfg)
{
    uint8_t e[128];
    size_t n = 0;
    e[n++] = 0; e[n++] = 8;                  /* local APIC */
    e[n++] = 0;                              /* ACPI processor UID (CPU0's _UID) */
    e[n++] = cfg->lapic_id;
    put_le(e + n, 1, 4); n += 4;             /* enabled */
    e[n++] = 1; e[n++] = 12;                 /* I/O APIC */
    e[n++] = cfg->ioapic_id;
    e[n++] = 0;
    put_le(e + n, cfg->ioapic_addr, 4); n += 4;
    put_le(e + n, 0, 4); n += 4;             /* global system interrupt base */
    /* ISA IRQ 0 (the PIT) arrives on I/O APIC input 2, edge, as ISA wants. */
    e[n++] = 2; e[n++] = 10; e[n++] = 0; e[n++] = 0;
    put_le(e + n, 2, 4); n += 4;
    put_le(e + n, 0, 2); n += 2;             /* conforms to the bus */
    /* The SCI: level triggered, active high (how the PM device drives it). */
    e[n++] = 2; e[n++] = 10; e[n++] = 0; e[n++] = cfg->sci_irq;
    put_le(e + n, cfg->sci_irq, 4); n += 4;
    put_le(e + n, 0x000d, 2); n += 2;
    /* LINT1 of every processor is the NMI input. */
    e[n++] = 4; e[n++] = 6; e[n++] = 0xff;
    put_le(e + n, 0, 2); n += 2;
    e[n++] = 1;

    size_t len = ACPI_HEADER_SIZE + 8 + n;
    size_t off = tb_alloc(t, len, 16);
    if (t->overflow)
        return 0;
    uint8_t *m = t->data + off;
    header(m, "APIC", len, 5);
    put_le(m + 36, cfg->lapic_addr, 4);
    put_le(m + 40, 1, 4);                    /* PCAT_COMPAT: the 8259s are there too */
    memcpy(m + 44, e, n);
    finish(m, len);
    return off;
}

static size_t build_root(TableBuf *t, const char sig[4], unsigned entry_size,
                         const uint64_t *entries, unsigned count)
{
    size_t len = ACPI_HEADER_SIZE + (size_t)entry_size * count;
    size_t off = tb_alloc(t, len, 16);
    if (t->overflow)
        return 0;
    header(t->data + off, sig, len, 1);
    for (unsigned i = 0; i < count; i++)
        put_le(t->data + off + ACPI_HEADER_SIZE + (size_t)entry_size * i, entries[i],
               entry_size);
    finish(t->data + off, len);
    return off;
}

bool acpi_build_tables(AddressSpace *as, const AcpiTablesConfig *cfg, uint64_t rsdp_addr,
                       uint64_t base, size_t max, AcpiTablesLayout *out, char *err,
                       size_t errlen)
{
    AcpiTablesLayout lay = { 0 };
    TableBuf *t = calloc(1, sizeof(*t));
    if (!t) {
        snprintf(err, errlen, "ACPI tables: out of memory");
        return false;
    }
    bool ok = false;
    if ((base & 63) || (rsdp_addr & 15) || base + TABLES_MAX < base) {
        snprintf(err, errlen, "ACPI tables: misaligned addresses");
        goto done;
    }
    /* FACS (5.2.10): 64-byte aligned, no checksum; version 2 layout. */
    size_t facs = tb_alloc(t, FACS_SIZE, 64);
    memcpy(t->data + facs, "FACS", 4);
    put_le(t->data + facs + 4, FACS_SIZE, 4);
    t->data[facs + 32] = 2;
    lay.facs = base + facs;

    size_t dsdt = 0;
    if (!build_dsdt(t, cfg, &dsdt)) {
        snprintf(err, errlen, "ACPI tables: the DSDT could not be encoded");
        goto done;
    }
    lay.dsdt = base + dsdt;
    lay.fadt = base + build_fadt(t, cfg, lay.facs, lay.dsdt);
    uint64_t entries[2] = { lay.fadt, 0 };
    unsigned count = 1;
    if (cfg->apic) {
        lay.madt = base + build_madt(t, cfg);
        entries[count++] = lay.madt;
    }
    lay.rsdt = base + build_root(t, "RSDT", 4, entries, count);
    lay.xsdt = base + build_root(t, "XSDT", 8, entries, count);
    if (t->overflow || t->len > max) {
        snprintf(err, errlen, "ACPI tables: %zu bytes do not fit in %zu", t->len, max);
        goto done;
    }

    /* RSDP (5.2.5.3): revision 2; the first checksum covers bytes 0-19 (the ACPI 1.0
     * structure), the extended one all 36. */
    uint8_t rsdp[36] = { 0 };
    memcpy(rsdp, "RSD PTR ", 8);
    memcpy(rsdp + 9, ACPI_OEM_ID, 6);
    rsdp[15] = 2;
    put_le(rsdp + 16, lay.rsdt, 4);
    put_le(rsdp + 20, sizeof(rsdp), 4);
    put_le(rsdp + 24, lay.xsdt, 8);
    rsdp[8] = acpi_checksum(rsdp, 20);
    rsdp[32] = acpi_checksum(rsdp, sizeof(rsdp));
    if (!as_write_bytes(as, base, t->data, t->len) ||
        !as_write_bytes(as, rsdp_addr, rsdp, sizeof(rsdp))) {
        snprintf(err, errlen, "ACPI tables: guest memory at 0x%llx is not RAM",
                 (unsigned long long)base);
        goto done;
    }
    lay.rsdp = rsdp_addr;
    lay.size = t->len;
    if (out)
        *out = lay;
    ok = true;
done:
    free(t);
    return ok;
}

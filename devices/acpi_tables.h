/* ACPI tables for a firmware-less boot, written into guest memory: RSDP, RSDT and XSDT,
 * FADT (revision 6) with its FACS and DSDT (\_S5 for soft-off, the processor device,
 * the PCI root bridge),
 * and a MADT (one local APIC, one I/O APIC, interrupt source overrides for IRQ 0 -> GSI 2
 * and the SCI) when the board has APICs. Layouts and checksums follow ACPI 6.4 chapter 5
 * (5.2.5 RSDP, 5.2.6 table header, 5.2.7 RSDT, 5.2.8 XSDT, 5.2.9 FADT, 5.2.10 FACS,
 * 5.2.11.1 DSDT, 5.2.12 MADT). */
#ifndef DEVICES_ACPI_TABLES_H
#define DEVICES_ACPI_TABLES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "machine/memory.h"

typedef struct AcpiTablesConfig {
    uint16_t pm_base;        /* PM1a_EVT_BLK; PM1a_CNT_BLK = +4; PM_TMR_BLK = +8 */
    uint8_t sci_irq;         /* ISA IRQ of the SCI (9 on PIIX4) */
    uint16_t smi_cmd;        /* 0: no SMI command port: the machine is always in ACPI mode */
    uint8_t acpi_enable, acpi_disable;
    uint8_t slp_typ_s5;      /* SLP_TYP value for soft-off (\_S5), written to PM1a_CNT */
    bool pm_timer_32bit;     /* FADT TMR_VAL_EXT */
    uint16_t reset_port;     /* 0: no RESET_REG; else an I/O port taking reset_value */
    uint8_t reset_value;
    uint8_t century;         /* CMOS index of the century byte, 0: none */
    bool vga_present;
    bool apic;               /* emit a MADT */
    uint32_t lapic_addr, ioapic_addr;
    uint8_t lapic_id, ioapic_id;
    /* The PCI root bridge in the DSDT (\_SB.PCI0): memory window [pci_mem_start,
     * pci_mem_end) besides the VGA window; PCI interrupts routed as the PIIX3 wires them
     * (slot s pin p -> PIRQ (s + p - 1) mod 4) to I/O APIC inputs pci_gsi_base + PIRQ.
     * pci_mem_end 0: no PCI root bridge described. */
    uint64_t pci_mem_start, pci_mem_end;
    uint32_t pci_gsi_base;
} AcpiTablesConfig;

/* Where each table went (0 for a table not built), for tests and boot_params. */
typedef struct AcpiTablesLayout {
    uint64_t rsdp, rsdt, xsdt, fadt, facs, dsdt, madt;
    size_t size;             /* bytes used from base */
} AcpiTablesLayout;

/* The RSDP goes at rsdp_addr (16-byte aligned: OSes scan 0xE0000-0xFFFFF for it on
 * 16-byte boundaries, 5.2.5.1); the other tables from base (64-byte aligned for the
 * FACS), using at most max bytes. false (and a message in err) if they do not fit or
 * the memory there is not RAM. */
bool acpi_build_tables(AddressSpace *as, const AcpiTablesConfig *cfg, uint64_t rsdp_addr,
                       uint64_t base, size_t max, AcpiTablesLayout *out, char *err,
                       size_t errlen);

/* The DSDT's AML (devices/acpi_dsdt.c): \_S5, \_SB.CPU0 and, when configured, the PCI
 * root bridge \_SB.PCI0 with _CRS and _PRT. false when it cannot be encoded. */
struct AmlBuf;
bool acpi_dsdt_aml(struct AmlBuf *a, const AcpiTablesConfig *cfg);

/* The byte that makes a table sum to zero (mod 256) when the checksum field is 0. */
uint8_t acpi_checksum(const uint8_t *p, size_t len);

#endif

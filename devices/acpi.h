/* The ACPI power-management function of the chipset, as the Intel 82371AB PIIX4's
 * function 3 (8086:7113) that firmware looks for next to a PIIX3 ISA bridge: its PCI
 * header with the PM I/O base (PMBA, 0x40) and enable (PMREGMISC bit 0, 0x80); the
 * 64-byte PM I/O block with PM1 status/enable (PMSTS/PMEN, +0/+2), PM1 control (PMCNTRL,
 * +4: SCI_EN, SUS_TYP, SUS_EN) and the 24-bit 3.579545 MHz power-management timer
 * (PMTMR, +8); the SCI on its IRQ line; and the APM control ports 0xB2/0xB3 through which
 * an OS switches to ACPI mode. A soft-off request (SUS_TYP 0 with SUS_EN) calls the
 * board's power-off callback. Follows the 82371AB PIIX4 datasheet, 7.x (function 3
 * configuration registers) and 7.2 (power management I/O registers), and ACPI 6.4
 * 4.8.3 (PM1 event and control registers, the PM timer). */
#ifndef DEVICES_ACPI_H
#define DEVICES_ACPI_H

#include <stdbool.h>
#include <stdint.h>

#include "devices/pci.h"
#include "machine/clock.h"
#include "machine/irq.h"
#include "machine/state.h"

#define ACPI_PM_TIMER_HZ 3579545u
#define ACPI_PM_BLOCK_SIZE 64
#define ACPI_PM_DEVFN PCI_DEVFN(1, 3)

/* PM1 status/enable bits (ACPI 6.4 tables 4.16/4.17; PIIX4 PMSTS/PMEN). */
#define ACPI_PM1_TMR_STS 0x0001
#define ACPI_PM1_GBL_STS 0x0020
#define ACPI_PM1_PWRBTN_STS 0x0100
#define ACPI_PM1_RTC_STS 0x0400
#define ACPI_PM1_WAK_STS 0x8000
/* PM1 control bits (table 4.18). */
#define ACPI_PM1_SCI_EN 0x0001
#define ACPI_PM1_SLP_TYP_SHIFT 10
#define ACPI_PM1_SLP_EN 0x2000
/* PIIX4 SUS_TYP encodings (PMCNTRL bits 12:10). */
#define ACPI_SLP_TYP_SOFT_OFF 0
#define ACPI_SLP_TYP_STR 1

/* APM control: the value an OS writes to SMI_CMD to enter/leave ACPI mode. */
#define ACPI_APM_CNT_PORT 0xb2
#define ACPI_ENABLE_VALUE 0xf1
#define ACPI_DISABLE_VALUE 0xf0

typedef struct AcpiPm AcpiPm;
typedef void AcpiPowerOffFn(void *opaque);

/* Adds the function at devfn on bus; sci is the SCI line (ISA IRQ 9 on a PC). */
AcpiPm *acpi_pm_new(PciBus *bus, uint8_t devfn, Clock *clock, IrqLine sci,
                    AcpiPowerOffFn *poweroff, void *opaque);
void acpi_pm_free(AcpiPm *pm);
/* After pci_bus_reset: the PM block unmapped, registers at power-on values, timer
 * running. */
void acpi_pm_reset(AcpiPm *pm);
/* What firmware does before handing over: PMBA = base, PM I/O enabled, and (with
 * acpi_mode) SCI_EN set, for an OS told there is no SMI command port. */
void acpi_pm_setup(AcpiPm *pm, uint16_t base, bool acpi_mode);
/* The PM block's base while it decodes, else 0. */
uint16_t acpi_pm_base(const AcpiPm *pm);
/* The power button was pressed (PWRBTN_STS; an SCI if enabled). */
void acpi_pm_power_button(AcpiPm *pm);
/* The PM timer's value now (24 bits). */
uint32_t acpi_pm_timer_value(AcpiPm *pm);

extern const StateDesc acpi_pm_state_desc;
void *acpi_pm_state_obj(AcpiPm *pm);

#endif

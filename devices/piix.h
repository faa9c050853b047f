/* The PC's PCI chipset identities on bus 0: the Intel 82441FX host bridge (i440FX PMC,
 * 8086:1237, device 0) with its PAM registers deciding whether the 0xC0000-0xFFFFF
 * window reads RAM or the BIOS ROM, and the 82371SB PIIX3 PCI-to-ISA bridge (8086:7000,
 * device 1 function 0) with its PIRQ[A-D] route control registers and the reset control
 * register at port 0xCF9. Follows the Intel 440FX PCIset datasheet (82441FX 3.2.x
 * register descriptions) and the 82371FB/SB PIIX/PIIX3 datasheet (2.3 PCI registers,
 * 2.9 reset control). */
#ifndef DEVICES_PIIX_H
#define DEVICES_PIIX_H

#include <stdbool.h>
#include <stdint.h>

#include "devices/pci.h"
#include "machine/irq.h"
#include "machine/state.h"

#define PIIX_HOST_DEVFN PCI_DEVFN(0, 0)
#define PIIX_ISA_DEVFN PCI_DEVFN(1, 0)

/* The 13 PAM segments: 0 = 0xF0000-0xFFFFF (64 KiB, PAM0 bits 5:4), 1..12 = 16 KiB
 * pieces from 0xC0000 to 0xEFFFF (PAM1 bits 1:0 = 0xC0000, PAM1 bits 5:4 = 0xC4000 ...
 * PAM6 bits 5:4 = 0xEC000). */
#define PIIX_PAM_SEGMENTS 13
/* Attribute of a segment (the two PAM bits): where reads and writes go. */
enum { PIIX_PAM_PCI = 0, PIIX_PAM_READ_DRAM = 1, PIIX_PAM_WRITE_DRAM = 2, PIIX_PAM_DRAM = 3 };
uint32_t piix_pam_segment_base(int segment);
uint32_t piix_pam_segment_size(int segment);

typedef void PiixPamFn(void *opaque, int segment, int mode);
typedef void PiixResetFn(void *opaque);

typedef struct PiixConfig {
    IrqLine isa_irq[16];     /* where a PIRQ routed to ISA IRQ n goes (the PIC input n) */
    IrqLine pirq_apic[4];    /* optional: PIRQA-D straight to IOAPIC inputs (16-19) */
    PiixPamFn *pam;          /* a PAM attribute changed (also once per segment at reset) */
    PiixResetFn *reset;      /* port 0xCF9 asked for a CPU reset */
    void *opaque;
} PiixConfig;

typedef struct Piix Piix;

/* Adds the host bridge and the ISA bridge to bus, installs the PIRQ router and claims
 * port 0xCF9. NULL when out of memory or the slots are taken. */
Piix *piix_new(PciBus *bus, const PiixConfig *cfg);
void piix_free(Piix *p);
/* After pci_bus_reset: PIRQs unrouted, PAM all PCI (reported through cfg->pam). */
void piix_reset(Piix *p);
/* PAM attribute of a segment as the registers say now. */
int piix_pam_mode(const Piix *p, int segment);
/* For a firmware-less boot: set every PAM segment to mode (the registers too). */
void piix_set_all_pam(Piix *p, int mode);
/* PIRQ route control byte n (0-3 = A-D), e.g. to route for a firmware-less boot. */
void piix_set_pirq_route(Piix *p, int pirq, uint8_t val);

/* The PIRQ a device's INTx reaches: (slot + pin) mod 4 from device 1 INTA = PIRQA,
 * the i440FX boards' wiring that firmware tables ($PIR, ACPI _PRT) describe. */
int piix_pirq_of(uint8_t devfn, int pin);

extern const StateDesc piix_state_desc;
void *piix_state_obj(Piix *p);

#endif

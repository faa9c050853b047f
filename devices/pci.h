/* PCI bus 0 behind a host bridge with configuration mechanism #1 (ports 0xCF8 address,
 * 0xCFC-0xCFF data; PCI Local Bus Specification 3.0, 3.2.2.3.2), and the generic part of
 * every PCI function: its 256-byte type 0 configuration header (ibid. 6.1, 6.2) with
 * guest-writable bits, base address registers (6.2.5.1) that map I/O or memory windows
 * while their decode bit in COMMAND is on, and INTx pins routed by the chipset. */
#ifndef DEVICES_PCI_H
#define DEVICES_PCI_H

#include <stdbool.h>
#include <stdint.h>

#include "machine/memory.h"

#define PCI_CONFIG_SIZE 256
#define PCI_NUM_BARS 6
#define PCI_DEVFN(slot, fn) ((uint8_t)(((slot) << 3) | (fn)))
#define PCI_SLOT(devfn) ((devfn) >> 3)
#define PCI_FUNC(devfn) ((devfn) & 7)

/* Configuration header offsets (type 0). */
#define PCI_VENDOR_ID 0x00
#define PCI_DEVICE_ID 0x02
#define PCI_COMMAND 0x04
#define PCI_STATUS 0x06
#define PCI_REVISION_ID 0x08
#define PCI_CLASS_PROG 0x09
#define PCI_CLASS_DEVICE 0x0a
#define PCI_HEADER_TYPE 0x0e
#define PCI_BASE_ADDRESS_0 0x10
#define PCI_SUBSYSTEM_VENDOR_ID 0x2c
#define PCI_SUBSYSTEM_ID 0x2e
#define PCI_INTERRUPT_LINE 0x3c
#define PCI_INTERRUPT_PIN 0x3d

#define PCI_COMMAND_IO 0x0001
#define PCI_COMMAND_MEMORY 0x0002
#define PCI_COMMAND_MASTER 0x0004
#define PCI_HEADER_MULTI_FUNCTION 0x80

typedef enum PciBarType { PCI_BAR_NONE, PCI_BAR_IO, PCI_BAR_MEM32 } PciBarType;
#define PCI_BAR_UNMAPPED UINT64_MAX

typedef struct PciBus PciBus;
typedef struct PciDevice PciDevice;

typedef struct PciDeviceOps {
    /* After the generic code stored a configuration write (only the writable bits
     * changed): device-specific registers react here (PAM, PIRQ routing, PM base). */
    void (*config_write)(PciDevice *d, unsigned offset, uint32_t val, unsigned size);
    /* Optional: the value of a configuration read, for registers with side effects or
     * live contents; NULL reads the stored bytes. */
    uint32_t (*config_read)(PciDevice *d, unsigned offset, unsigned size);
} PciDeviceOps;

/* The chipset's interrupt routing: which of its inputs a device's INTx pin (0 = INTA)
 * reaches, and that input's level (the router ORs devices sharing an input). */
typedef struct PciIrqRouter {
    int (*map)(void *opaque, uint8_t devfn, int pin);
    void (*set)(void *opaque, int input, bool level);
    void *opaque;
    unsigned nb_inputs;  /* at most PCI_MAX_IRQ_INPUTS */
} PciIrqRouter;
#define PCI_MAX_IRQ_INPUTS 8

/* Registers the host bridge's ports 0xCF8 (dword accesses only: other sizes there and
 * at 0xCF9-0xCFB are not the bridge's) and 0xCFC-0xCFF. NULL when out of memory. */
PciBus *pci_bus_new(AddressSpace *as);
/* Frees the bus and every device on it. */
void pci_bus_free(PciBus *bus);
/* Machine reset: CONFIG_ADDRESS 0, every device's header back to its power-on bytes. */
void pci_bus_reset(PciBus *bus);
void pci_bus_set_irq_router(PciBus *bus, const PciIrqRouter *router);
/* Claims [base, base + size) of physical memory as a window in which memory BARs decode
 * (the PCI hole below 4 GiB). Accesses that hit no BAR read all ones. */
bool pci_bus_add_mmio_window(PciBus *bus, uint64_t base, uint64_t size);
AddressSpace *pci_bus_address_space(PciBus *bus);

/* Configuration cycles as the host bridge issues them (tests and firmware helpers):
 * bus 0 only; a missing function reads all ones. */
uint32_t pci_config_read(PciBus *bus, uint8_t devfn, unsigned offset, unsigned size);
void pci_config_write(PciBus *bus, uint8_t devfn, unsigned offset, uint32_t val, unsigned size);

/* Adds a function at devfn with its identity; class_code = base class << 16 | subclass
 * << 8 | programming interface. COMMAND's I/O, memory and bus-master bits, the
 * interrupt line and the BARs it adds are writable; everything else is read-only until
 * the device calls pci_set_wmask. Adding function n > 0 sets the multi-function bit of
 * function 0. NULL if devfn is taken or out of memory. */
PciDevice *pci_device_new(PciBus *bus, uint8_t devfn, uint16_t vendor, uint16_t device,
                          uint32_t class_code, uint8_t revision, const PciDeviceOps *ops,
                          void *opaque);
void *pci_device_opaque(const PciDevice *d);
uint8_t pci_device_devfn(const PciDevice *d);
PciBus *pci_device_bus(const PciDevice *d);

/* Power-on contents of the header (restored by pci_bus_reset), little-endian. */
void pci_set_byte(PciDevice *d, unsigned offset, uint8_t val);
void pci_set_word(PciDevice *d, unsigned offset, uint16_t val);
void pci_set_long(PciDevice *d, unsigned offset, uint32_t val);
/* Which bits of the bytes at [offset, offset + len) the guest may change. */
void pci_set_wmask(PciDevice *d, unsigned offset, unsigned len, uint8_t mask);
/* The header as the guest sees it now. */
uint8_t pci_get_byte(const PciDevice *d, unsigned offset);
uint16_t pci_get_word(const PciDevice *d, unsigned offset);
uint32_t pci_get_long(const PciDevice *d, unsigned offset);
/* Changes live bytes without going through the write masks (device status bits). */
void pci_store_byte(PciDevice *d, unsigned offset, uint8_t val);

/* A base address register: size is a power of two (I/O: 4 to 256 bytes; memory: 16 bytes
 * and up). ops receive offsets from the BAR's start. The window decodes while the BAR
 * holds an address and COMMAND enables its space. */
bool pci_device_add_bar(PciDevice *d, int bar, PciBarType type, uint64_t size,
                        const MemRegionOps *ops, void *opaque);
/* Where BAR n decodes now, or PCI_BAR_UNMAPPED. */
uint64_t pci_bar_address(const PciDevice *d, int bar);

/* Gives ports a decoder stopped answering back to the floating bus (reads all ones,
 * writes dropped, both logged under -d unimp): for chipset registers that move an I/O
 * block outside the BARs (PIIX4 PMBA). A device that owned the ports before is not
 * restored. */
void pci_release_ports(AddressSpace *as, uint16_t first, unsigned count);

/* Interrupt pin: pin 1-4 = INTA-INTD (0: none), written to INTERRUPT_PIN. */
void pci_device_set_pin(PciDevice *d, int pin);
/* Drives the device's INTx line (held while the condition lasts). */
void pci_set_irq(PciDevice *d, bool level);

#endif

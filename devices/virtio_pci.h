/* The virtio PCI transport (Virtio 1.2 spec 4.1) of a transitional device: a PCI
 * function (vendor 0x1AF4, device ID from the 0x1000-0x103F range of 4.1.2.1, revision 0,
 * subsystem ID = the virtio device type) with both interfaces. Legacy (4.1.4.8 "Legacy
 * Interfaces: A Note on PCI Device Layout"): I/O BAR 0 holds the common registers and, at
 * offset 20 (no MSI-X), the device configuration. Modern (4.1.4): vendor-specific
 * capabilities point at the common configuration, ISR, device configuration and
 * notification blocks in memory BAR 4, and the PCI configuration access capability
 * reaches them through configuration space. No MSI-X: interrupts are INTA, asserted
 * while the ISR is non-zero. */
#ifndef DEVICES_VIRTIO_PCI_H
#define DEVICES_VIRTIO_PCI_H

#include <stdint.h>

#include "devices/pci.h"
#include "devices/virtio.h"

#define VIRTIO_PCI_VENDOR 0x1af4

/* Legacy register offsets in BAR 0 (4.1.4.8). */
#define VIRTIO_PCI_HOST_FEATURES 0     /* 32-bit, read-only: device features 0-31 */
#define VIRTIO_PCI_GUEST_FEATURES 4    /* 32-bit: driver features 0-31 */
#define VIRTIO_PCI_QUEUE_PFN 8         /* 32-bit: queue address >> 12 */
#define VIRTIO_PCI_QUEUE_NUM 12        /* 16-bit, read-only: queue size */
#define VIRTIO_PCI_QUEUE_SEL 14        /* 16-bit */
#define VIRTIO_PCI_QUEUE_NOTIFY 16     /* 16-bit */
#define VIRTIO_PCI_STATUS 18           /* 8-bit */
#define VIRTIO_PCI_ISR 19              /* 8-bit, read clears */
#define VIRTIO_PCI_CONFIG 20           /* device configuration without MSI-X */

/* Capability types (4.1.4) and the layout of BAR 4. */
#define VIRTIO_PCI_CAP_COMMON_CFG 1
#define VIRTIO_PCI_CAP_NOTIFY_CFG 2
#define VIRTIO_PCI_CAP_ISR_CFG 3
#define VIRTIO_PCI_CAP_DEVICE_CFG 4
#define VIRTIO_PCI_CAP_PCI_CFG 5
#define VIRTIO_PCI_MODERN_BAR 4
#define VIRTIO_PCI_MODERN_BAR_SIZE 0x4000u
#define VIRTIO_PCI_COMMON_OFFSET 0x0000u
#define VIRTIO_PCI_COMMON_SIZE 0x38u
#define VIRTIO_PCI_ISR_OFFSET 0x1000u
#define VIRTIO_PCI_DEVICE_OFFSET 0x2000u
#define VIRTIO_PCI_NOTIFY_OFFSET 0x3000u
#define VIRTIO_PCI_NOTIFY_MULTIPLIER 4u

/* struct virtio_pci_common_cfg (4.1.4.3). */
#define VIRTIO_PCI_COMMON_DFSELECT 0
#define VIRTIO_PCI_COMMON_DF 4
#define VIRTIO_PCI_COMMON_GFSELECT 8
#define VIRTIO_PCI_COMMON_GF 12
#define VIRTIO_PCI_COMMON_MSIX 16
#define VIRTIO_PCI_COMMON_NUMQ 18
#define VIRTIO_PCI_COMMON_STATUS 20
#define VIRTIO_PCI_COMMON_CFGGENERATION 21
#define VIRTIO_PCI_COMMON_Q_SELECT 22
#define VIRTIO_PCI_COMMON_Q_SIZE 24
#define VIRTIO_PCI_COMMON_Q_MSIX 26
#define VIRTIO_PCI_COMMON_Q_ENABLE 28
#define VIRTIO_PCI_COMMON_Q_NOFF 30
#define VIRTIO_PCI_COMMON_Q_DESC 32
#define VIRTIO_PCI_COMMON_Q_AVAIL 40
#define VIRTIO_PCI_COMMON_Q_USED 48
#define VIRTIO_PCI_NO_VECTOR 0xffff

typedef struct VirtioPci VirtioPci;

/* Puts vdev on bus at devfn with INTA; modern: also the modern interface (else a legacy
 * device: no capabilities, no BAR 4, no VERSION_1). NULL when the device type has no
 * transitional ID, devfn is taken or memory runs out. */
VirtioPci *virtio_pci_new(PciBus *bus, uint8_t devfn, VirtioDevice *vdev, bool modern);
void virtio_pci_free(VirtioPci *p);
/* Machine reset, after pci_bus_reset: the virtio device is reset too. */
void virtio_pci_reset(VirtioPci *p);
PciDevice *virtio_pci_device(VirtioPci *p);
/* The transitional PCI device ID of a virtio device type (4.1.2.1), 0 if it has none. */
uint16_t virtio_pci_transitional_id(uint16_t device_type);

#endif

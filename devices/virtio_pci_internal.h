/* The pieces of the virtio PCI transport shared by devices/virtio_pci.c (identity,
 * capabilities, legacy registers) and devices/virtio_pci_modern.c (the modern register
 * blocks in BAR 4). Not an interface for anything else. */
#ifndef DEVICES_VIRTIO_PCI_INTERNAL_H
#define DEVICES_VIRTIO_PCI_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "devices/virtio_pci.h"

struct VirtioPci {
    PciDevice *pci;
    VirtioDevice *vdev;
    uint16_t queue_sel;
    /* modern interface */
    uint32_t device_feature_select, driver_feature_select;
    uint64_t driver_features;      /* as the driver wrote them, checked at FEATURES_OK */
};

/* A register access the device ignores: one -d guest_errors line. */
void virtio_pci_guest_error(VirtioPci *p, const char *what, uint64_t offset, unsigned size);
/* The driver's notification of queue n, if bus mastering is on. */
void virtio_pci_notify(VirtioPci *p, unsigned n);
/* Device configuration space accesses, bounds-checked. */
uint64_t virtio_pci_config_read(VirtioPci *p, unsigned offset, unsigned size);
void virtio_pci_config_write(VirtioPci *p, unsigned offset, uint64_t val, unsigned size);

/* BAR 4: the modern register blocks (4.1.4.3-4.1.4.6). */
extern const MemRegionOps virtio_pci_modern_ops;
/* Transport fields back to their reset values (driver writes 0 to the status). */
void virtio_pci_transport_reset(VirtioPci *p);

#endif

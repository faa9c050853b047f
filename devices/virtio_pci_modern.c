/* The modern virtio PCI register blocks in BAR 4 (devices/virtio_pci.h), after the Virtio
 * 1.2 spec 4.1.4.3 (common configuration: 64-bit feature words through select
 * registers, per-queue size, enable and the three ring addresses), 4.1.4.4
 * (notifications), 4.1.4.5 (ISR: reading clears it) and 4.1.4.6 (device configuration),
 * with the driver initialisation of 3.1.1 (FEATURES_OK is refused for features the device
 * did not offer, or without VERSION_1, which the modern interface requires). */
#include "devices/virtio_pci_internal.h"

#include "tcg/log.h"

static unsigned num_queues(const VirtioDevice *vdev)
{
    unsigned n = 0;
    for (unsigned i = 0; i < VIRTIO_MAX_QUEUES; i++)
        if (vdev->vq[i].size_max)
            n = i + 1;
    return n;
}

static VirtQueue *selected(VirtioPci *p)
{
    return p->queue_sel < VIRTIO_MAX_QUEUES && p->vdev->vq[p->queue_sel].size_max ?
           &p->vdev->vq[p->queue_sel] : NULL;
}

static uint64_t common_read(VirtioPci *p, unsigned offset, unsigned size)
{
    VirtioDevice *vdev = p->vdev;
    uint8_t b[VIRTIO_PCI_COMMON_SIZE] = { 0 };
    VirtQueue *vq = selected(p);
    uint32_t dsel = p->device_feature_select, gsel = p->driver_feature_select;
    virtio_st_le(b + VIRTIO_PCI_COMMON_DFSELECT, dsel, 4);
    virtio_st_le(b + VIRTIO_PCI_COMMON_DF, dsel < 2 ? vdev->host_features >> (32 * dsel) : 0,
                 4);
    virtio_st_le(b + VIRTIO_PCI_COMMON_GFSELECT, gsel, 4);
    virtio_st_le(b + VIRTIO_PCI_COMMON_GF, gsel < 2 ? p->driver_features >> (32 * gsel) : 0,
                 4);
    virtio_st_le(b + VIRTIO_PCI_COMMON_MSIX, VIRTIO_PCI_NO_VECTOR, 2);   /* no MSI-X */
    virtio_st_le(b + VIRTIO_PCI_COMMON_NUMQ, num_queues(vdev), 2);
    b[VIRTIO_PCI_COMMON_STATUS] = vdev->status;
    b[VIRTIO_PCI_COMMON_CFGGENERATION] = vdev->config_generation;
    virtio_st_le(b + VIRTIO_PCI_COMMON_Q_SELECT, p->queue_sel, 2);
    virtio_st_le(b + VIRTIO_PCI_COMMON_Q_MSIX, VIRTIO_PCI_NO_VECTOR, 2);
    if (vq) {
        virtio_st_le(b + VIRTIO_PCI_COMMON_Q_SIZE, vq->size, 2);
        virtio_st_le(b + VIRTIO_PCI_COMMON_Q_ENABLE, vq->enabled, 2);
        virtio_st_le(b + VIRTIO_PCI_COMMON_Q_NOFF, p->queue_sel, 2);
        virtio_st_le(b + VIRTIO_PCI_COMMON_Q_DESC, vq->desc, 8);
        virtio_st_le(b + VIRTIO_PCI_COMMON_Q_AVAIL, vq->avail, 8);
        virtio_st_le(b + VIRTIO_PCI_COMMON_Q_USED, vq->used, 8);
    }
    if (offset + size > VIRTIO_PCI_COMMON_SIZE)
        size = VIRTIO_PCI_COMMON_SIZE - offset;
    return virtio_ld_le(b + offset, size);
}

/* 3.1.1 step 5-6: FEATURES_OK sticks only if the device accepts the driver's features. */
static uint8_t check_features(VirtioPci *p, uint8_t status)
{
    VirtioDevice *vdev = p->vdev;
    if (!(status & VIRTIO_STATUS_FEATURES_OK) || (vdev->status & VIRTIO_STATUS_FEATURES_OK))
        return status;
    uint64_t extra = p->driver_features & ~vdev->host_features;
    if (extra || !(p->driver_features >> VIRTIO_F_VERSION_1 & 1)) {
        if (tern_log_enabled(LOG_GUEST_ERRORS))
            tern_log("%s: FEATURES_OK refused: the driver accepted 0x%llx (%s)\n", vdev->name,
                     (unsigned long long)p->driver_features,
                     extra ? "features that were not offered" : "no VERSION_1");
        return (uint8_t)(status & ~VIRTIO_STATUS_FEATURES_OK);
    }
    virtio_set_guest_features(vdev, p->driver_features);
    return status;
}

/* A 64-bit ring address written whole or as two 32-bit halves (4.1.3.1). */
static void set_address(VirtQueue *vq, unsigned field, unsigned offset, uint64_t val,
                        unsigned size)
{
    uint64_t *a = field == VIRTIO_PCI_COMMON_Q_DESC ? &vq->desc :
                  field == VIRTIO_PCI_COMMON_Q_AVAIL ? &vq->avail : &vq->used;
    if (size == 8)
        *a = val;
    else if (offset == field)
        *a = (*a & ~(uint64_t)UINT32_MAX) | (uint32_t)val;
    else
        *a = (*a & UINT32_MAX) | (uint64_t)(uint32_t)val << 32;
}

static bool common_write(VirtioPci *p, unsigned offset, uint64_t val, unsigned size)
{
    VirtioDevice *vdev = p->vdev;
    VirtQueue *vq = selected(p);
    switch (offset) {
    case VIRTIO_PCI_COMMON_DFSELECT:
        p->device_feature_select = (uint32_t)val;
        return size == 4;
    case VIRTIO_PCI_COMMON_GFSELECT:
        p->driver_feature_select = (uint32_t)val;
        return size == 4;
    case VIRTIO_PCI_COMMON_GF:
        if (size != 4 || p->driver_feature_select > 1)
            return false;
        unsigned shift = 32 * p->driver_feature_select;
        p->driver_features = (p->driver_features & ~((uint64_t)UINT32_MAX << shift)) |
                             (uint64_t)(uint32_t)val << shift;
        return true;
    case VIRTIO_PCI_COMMON_MSIX:
    case VIRTIO_PCI_COMMON_Q_MSIX:
        return size == 2;   /* no MSI-X: the vector stays NO_VECTOR */
    case VIRTIO_PCI_COMMON_STATUS:
        if (size != 1)
            return false;
        if (!val)
            virtio_pci_transport_reset(p);
        virtio_set_status(vdev, check_features(p, (uint8_t)val));
        return true;
    case VIRTIO_PCI_COMMON_Q_SELECT:
        p->queue_sel = (uint16_t)val;
        return size == 2;
    case VIRTIO_PCI_COMMON_Q_SIZE:
        if (size != 2 || !vq || vq->enabled)
            return false;
        vq->size = (uint16_t)val;
        return true;
    case VIRTIO_PCI_COMMON_Q_ENABLE:
        /* 4.1.4.3.2: the driver writes 1 only; disabling goes by a device reset. */
        if (size != 2 || !vq || val != 1)
            return false;
        virtio_queue_enable(vdev, p->queue_sel);
        return true;
    default:
        break;
    }
    if (offset >= VIRTIO_PCI_COMMON_Q_DESC && offset < VIRTIO_PCI_COMMON_SIZE && vq &&
        !vq->enabled && (size == 4 || (size == 8 && offset % 8 == 0)) && offset % 4 == 0) {
        set_address(vq, offset & ~7u, offset, val, size);
        return true;
    }
    return false;
}

static uint64_t modern_read(void *opaque, uint64_t offset, unsigned size)
{
    VirtioPci *p = opaque;
    if (offset < VIRTIO_PCI_COMMON_OFFSET + VIRTIO_PCI_COMMON_SIZE)
        return common_read(p, (unsigned)offset, size);
    if (offset == VIRTIO_PCI_ISR_OFFSET)
        return virtio_isr_read_clear(p->vdev);
    if (offset >= VIRTIO_PCI_DEVICE_OFFSET && offset < VIRTIO_PCI_NOTIFY_OFFSET)
        return virtio_pci_config_read(p, (unsigned)(offset - VIRTIO_PCI_DEVICE_OFFSET), size);
    if (offset >= VIRTIO_PCI_NOTIFY_OFFSET)
        return 0;           /* the notification block is write-only */
    virtio_pci_guest_error(p, "read of an unused part of BAR 4", offset, size);
    return 0;
}

static void modern_write(void *opaque, uint64_t offset, uint64_t val, unsigned size)
{
    VirtioPci *p = opaque;
    if (offset < VIRTIO_PCI_COMMON_OFFSET + VIRTIO_PCI_COMMON_SIZE) {
        if (!common_write(p, (unsigned)offset, val, size))
            virtio_pci_guest_error(p, "common configuration write", offset, size);
        return;
    }
    if (offset >= VIRTIO_PCI_DEVICE_OFFSET && offset < VIRTIO_PCI_NOTIFY_OFFSET) {
        virtio_pci_config_write(p, (unsigned)(offset - VIRTIO_PCI_DEVICE_OFFSET), val, size);
        return;
    }
    uint64_t off = offset - VIRTIO_PCI_NOTIFY_OFFSET;
    /* 4.1.4.4: the queue is the one whose notify offset the address names. */
    if (offset >= VIRTIO_PCI_NOTIFY_OFFSET && off % VIRTIO_PCI_NOTIFY_MULTIPLIER == 0 &&
        off / VIRTIO_PCI_NOTIFY_MULTIPLIER < VIRTIO_MAX_QUEUES) {
        virtio_pci_notify(p, (unsigned)(off / VIRTIO_PCI_NOTIFY_MULTIPLIER));
        return;
    }
    virtio_pci_guest_error(p, "write to a read-only or unused part of BAR 4", offset, size);
}

const MemRegionOps virtio_pci_modern_ops = { modern_read, modern_write };

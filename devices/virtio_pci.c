/* The virtio PCI transport (devices/virtio_pci.h), after the Virtio 1.2 spec 4.1.2 (PCI
 * device discovery), 4.1.4 (the virtio structure capabilities), 4.1.4.8 ("Legacy
 * Interfaces: A Note on PCI Device Layout": the registers in BAR 0) and 4.1.5.1.1
 * (legacy queue setup: the driver reads the fixed queue size and writes the queue's page
 * frame number). Register accesses of another size than the register's are logged under
 * -d guest_errors and ignored (reads still return the register bytes). The modern
 * blocks are in devices/virtio_pci_modern.c. */
#include "devices/virtio_pci_internal.h"

#include <stdlib.h>

#include "tcg/log.h"

#define PCI_CLASS_OTHER 0xff0000u   /* base class FFh: fits no defined class */
#define VIRTIO_PCI_HEADER_SIZE 20
#define PCI_STATUS_CAP_LIST 0x10
#define PCI_CAPABILITY_LIST 0x34
#define PCI_CAP_ID_VNDR 0x09
#define CAP_FIRST 0x40

uint16_t virtio_pci_transitional_id(uint16_t device_type)
{
    /* 4.1.2.1 table "Transitional PCI Device ID". */
    switch (device_type) {
    case 1: return 0x1000;      /* network card */
    case 2: return 0x1001;      /* block device */
    case 5: return 0x1002;      /* memory ballooning (traditional) */
    case 3: return 0x1003;      /* console */
    case 8: return 0x1004;      /* SCSI host */
    case 4: return 0x1005;      /* entropy source */
    case 9: return 0x1009;      /* 9P transport */
    default: return 0;
    }
}

static void isr_changed(void *transport, uint8_t isr)
{
    VirtioPci *p = transport;
    pci_set_irq(p->pci, isr != 0);
}

void virtio_pci_guest_error(VirtioPci *p, const char *what, uint64_t offset, unsigned size)
{
    if (tern_log_enabled(LOG_GUEST_ERRORS))
        tern_log("%s: %s of size %u at offset 0x%llx ignored\n", p->vdev->name, what, size,
                 (unsigned long long)offset);
}

void virtio_pci_notify(VirtioPci *p, unsigned n)
{
    /* A function may not master the bus before the driver enables it (PCI 3.0, 6.2.2
     * Command register bit 2). */
    if (!(pci_get_word(p->pci, PCI_COMMAND) & PCI_COMMAND_MASTER)) {
        virtio_pci_guest_error(p, "queue notification with bus mastering off", n, 2);
        return;
    }
    virtio_queue_notify(p->vdev, n);
}

uint64_t virtio_pci_config_read(VirtioPci *p, unsigned offset, unsigned size)
{
    VirtioDevice *vdev = p->vdev;
    if (offset + size > vdev->config_size || size > 4 || !vdev->ops->config_read) {
        virtio_pci_guest_error(p, "device configuration read", offset, size);
        return size >= 8 ? UINT64_MAX : (1ull << (8 * size)) - 1;
    }
    return vdev->ops->config_read(vdev, offset, size);
}

void virtio_pci_config_write(VirtioPci *p, unsigned offset, uint64_t val, unsigned size)
{
    VirtioDevice *vdev = p->vdev;
    if (offset + size > vdev->config_size || size > 4 || !vdev->ops->config_write)
        virtio_pci_guest_error(p, "device configuration write", offset, size);
    else
        vdev->ops->config_write(vdev, offset, (uint32_t)val, size);
}

void virtio_pci_transport_reset(VirtioPci *p)
{
    p->queue_sel = 0;
    p->device_feature_select = p->driver_feature_select = 0;
    p->driver_features = 0;
}

static uint64_t bar_read(void *opaque, uint64_t offset, unsigned size)
{
    VirtioPci *p = opaque;
    VirtioDevice *vdev = p->vdev;
    if (offset >= VIRTIO_PCI_CONFIG)
        return virtio_pci_config_read(p, (unsigned)(offset - VIRTIO_PCI_CONFIG), size);
    uint8_t regs[VIRTIO_PCI_HEADER_SIZE] = { 0 };
    unsigned sel = p->queue_sel;
    uint16_t qnum = sel < VIRTIO_MAX_QUEUES ? vdev->vq[sel].size : 0;
    uint32_t qpfn = sel < VIRTIO_MAX_QUEUES ? vdev->vq[sel].pfn : 0;
    /* The legacy registers carry feature bits 0-31 only. */
    virtio_st_le(regs + VIRTIO_PCI_HOST_FEATURES, (uint32_t)vdev->host_features, 4);
    virtio_st_le(regs + VIRTIO_PCI_GUEST_FEATURES, (uint32_t)vdev->guest_features, 4);
    virtio_st_le(regs + VIRTIO_PCI_QUEUE_PFN, qpfn, 4);
    virtio_st_le(regs + VIRTIO_PCI_QUEUE_NUM, qnum, 2);
    virtio_st_le(regs + VIRTIO_PCI_QUEUE_SEL, p->queue_sel, 2);
    regs[VIRTIO_PCI_STATUS] = vdev->status;
    uint64_t v = 0;
    for (unsigned i = 0; i < size && offset + i < VIRTIO_PCI_HEADER_SIZE; i++) {
        uint8_t b = regs[offset + i];
        /* Reading the ISR clears it and withdraws the interrupt (4.1.4.5). */
        if (offset + i == VIRTIO_PCI_ISR)
            b = virtio_isr_read_clear(vdev);
        v |= (uint64_t)b << (8 * i);
    }
    return v;
}

static void bar_write(void *opaque, uint64_t offset, uint64_t val, unsigned size)
{
    VirtioPci *p = opaque;
    VirtioDevice *vdev = p->vdev;
    if (offset >= VIRTIO_PCI_CONFIG) {
        virtio_pci_config_write(p, (unsigned)(offset - VIRTIO_PCI_CONFIG), val, size);
        return;
    }
    switch (offset) {
    case VIRTIO_PCI_GUEST_FEATURES:
        if (size != 4)
            break;
        /* The legacy interface carries feature bits 0-31 only. */
        virtio_set_guest_features(vdev, (uint32_t)val);
        return;
    case VIRTIO_PCI_QUEUE_PFN:
        if (size != 4)
            break;
        if (p->queue_sel < VIRTIO_MAX_QUEUES)
            virtio_queue_set_pfn(vdev, p->queue_sel, (uint32_t)val);
        else
            virtio_pci_guest_error(p, "legacy queue address write for a missing queue",
                                   offset, size);
        return;
    case VIRTIO_PCI_QUEUE_SEL:
        if (size != 2)
            break;
        p->queue_sel = (uint16_t)val;
        return;
    case VIRTIO_PCI_QUEUE_NOTIFY:
        if (size != 2)
            break;
        virtio_pci_notify(p, (uint16_t)val);
        return;
    case VIRTIO_PCI_STATUS:
        if (size != 1)
            break;
        if (!val)
            virtio_pci_transport_reset(p);
        virtio_set_status(vdev, (uint8_t)val);
        return;
    default:
        virtio_pci_guest_error(p, "legacy write to a read-only register", offset, size);
        return;
    }
    virtio_pci_guest_error(p, "legacy register write", offset, size);
}

static const MemRegionOps bar_ops = { bar_read, bar_write };

/* ---- virtio structure capabilities (4.1.4) ---- */

/* One struct virtio_pci_cap at off: vendor-specific ID, next pointer, length, cfg_type,
 * BAR, padding, offset and length of the structure in the BAR. */
static void put_cap(PciDevice *d, unsigned off, unsigned next, unsigned len, uint8_t type,
                    uint8_t bar, uint32_t offset, uint32_t length)
{
    pci_set_byte(d, off, PCI_CAP_ID_VNDR);
    pci_set_byte(d, off + 1, (uint8_t)next);
    pci_set_byte(d, off + 2, (uint8_t)len);
    pci_set_byte(d, off + 3, type);
    pci_set_byte(d, off + 4, bar);
    pci_set_long(d, off + 8, offset);
    pci_set_long(d, off + 12, length);
}

#define CAP_COMMON CAP_FIRST
#define CAP_ISR (CAP_COMMON + 16)
#define CAP_DEVICE (CAP_ISR + 16)
#define CAP_NOTIFY (CAP_DEVICE + 16)
#define CAP_PCI_CFG (CAP_NOTIFY + 20)
#define CAP_PCI_CFG_DATA (CAP_PCI_CFG + 16)

static void add_capabilities(VirtioPci *p)
{
    PciDevice *d = p->pci;
    pci_set_byte(d, PCI_STATUS, PCI_STATUS_CAP_LIST);
    pci_set_byte(d, PCI_CAPABILITY_LIST, CAP_COMMON);
    put_cap(d, CAP_COMMON, CAP_ISR, 16, VIRTIO_PCI_CAP_COMMON_CFG, VIRTIO_PCI_MODERN_BAR,
            VIRTIO_PCI_COMMON_OFFSET, VIRTIO_PCI_COMMON_SIZE);
    put_cap(d, CAP_ISR, CAP_DEVICE, 16, VIRTIO_PCI_CAP_ISR_CFG, VIRTIO_PCI_MODERN_BAR,
            VIRTIO_PCI_ISR_OFFSET, 1);
    put_cap(d, CAP_DEVICE, CAP_NOTIFY, 16, VIRTIO_PCI_CAP_DEVICE_CFG, VIRTIO_PCI_MODERN_BAR,
            VIRTIO_PCI_DEVICE_OFFSET, p->vdev->config_size);
    /* 4.1.4.4: queue n's notification address is notify offset + n * multiplier. */
    put_cap(d, CAP_NOTIFY, CAP_PCI_CFG, 20, VIRTIO_PCI_CAP_NOTIFY_CFG, VIRTIO_PCI_MODERN_BAR,
            VIRTIO_PCI_NOTIFY_OFFSET, VIRTIO_PCI_NOTIFY_MULTIPLIER * VIRTIO_MAX_QUEUES);
    pci_set_long(d, CAP_NOTIFY + 16, VIRTIO_PCI_NOTIFY_MULTIPLIER);
    /* The "PCI configuration access capability": a window through configuration space
     * whose bar, offset, length and data are the driver's to write. */
    put_cap(d, CAP_PCI_CFG, 0, 20, VIRTIO_PCI_CAP_PCI_CFG, 0, 0, 0);
    pci_set_wmask(d, CAP_PCI_CFG + 4, 1, 0xff);
    pci_set_wmask(d, CAP_PCI_CFG + 8, 8, 0xff);
    pci_set_wmask(d, CAP_PCI_CFG_DATA, 4, 0xff);
}

/* The access the PCI configuration access capability describes (its device
 * requirements): cap.length bytes (1, 2 or 4) at cap.offset of the BAR cap.bar names. */
static bool cfg_window(VirtioPci *p, const MemRegionOps **ops, uint32_t *offset,
                       unsigned *len)
{
    uint8_t bar = pci_get_byte(p->pci, CAP_PCI_CFG + 4);
    *offset = pci_get_long(p->pci, CAP_PCI_CFG + 8);
    *len = pci_get_long(p->pci, CAP_PCI_CFG + 12);
    *ops = bar == VIRTIO_PCI_MODERN_BAR ? &virtio_pci_modern_ops : bar == 0 ? &bar_ops : NULL;
    if (!*ops || (*len != 1 && *len != 2 && *len != 4) ||
        *offset + *len > (bar == 0 ? 256u : VIRTIO_PCI_MODERN_BAR_SIZE)) {
        virtio_pci_guest_error(p, "PCI configuration access capability access", *offset,
                               *len);
        return false;
    }
    return true;
}

static bool touches_cfg_data(unsigned offset, unsigned size)
{
    return offset < CAP_PCI_CFG_DATA + 4 && offset + size > CAP_PCI_CFG_DATA;
}

static uint32_t pci_cfg_read(PciDevice *d, unsigned offset, unsigned size)
{
    VirtioPci *p = pci_device_opaque(d);
    const MemRegionOps *ops;
    uint32_t off;
    unsigned len;
    if (touches_cfg_data(offset, size) && cfg_window(p, &ops, &off, &len)) {
        uint64_t v = ops->read(p, off, len);
        for (unsigned i = 0; i < len; i++)
            pci_store_byte(d, CAP_PCI_CFG_DATA + i, (uint8_t)(v >> (8 * i)));
    }
    uint32_t v = 0;
    for (unsigned i = 0; i < size; i++)
        v |= (uint32_t)pci_get_byte(d, offset + i) << (8 * i);
    return v;
}

static void pci_cfg_write(PciDevice *d, unsigned offset, uint32_t val, unsigned size)
{
    VirtioPci *p = pci_device_opaque(d);
    const MemRegionOps *ops;
    uint32_t off;
    unsigned len;
    (void)val;
    if (touches_cfg_data(offset, size) && cfg_window(p, &ops, &off, &len))
        ops->write(p, off, pci_get_long(d, CAP_PCI_CFG_DATA) & (len == 4 ? UINT32_MAX :
                   (1u << (8 * len)) - 1), len);
}

static const PciDeviceOps pci_ops = { pci_cfg_write, pci_cfg_read };

VirtioPci *virtio_pci_new(PciBus *bus, uint8_t devfn, VirtioDevice *vdev, bool modern)
{
    uint16_t id = virtio_pci_transitional_id(vdev->device_id);
    if (!id)
        return NULL;
    VirtioPci *p = calloc(1, sizeof(*p));
    if (!p)
        return NULL;
    p->vdev = vdev;
    /* 4.1.2.1: a transitional device has revision 0 and the virtio device type as its
     * subsystem ID. */
    p->pci = pci_device_new(bus, devfn, VIRTIO_PCI_VENDOR, id, PCI_CLASS_OTHER, 0, &pci_ops,
                            p);
    if (!p->pci) {
        free(p);
        return NULL;
    }
    pci_set_word(p->pci, PCI_SUBSYSTEM_VENDOR_ID, VIRTIO_PCI_VENDOR);
    pci_set_word(p->pci, PCI_SUBSYSTEM_ID, vdev->device_id);
    pci_device_set_pin(p->pci, 1);
    uint64_t bar_size = 32;
    while (bar_size < VIRTIO_PCI_CONFIG + (uint64_t)vdev->config_size)
        bar_size <<= 1;
    if (bar_size > 256 || !pci_device_add_bar(p->pci, 0, PCI_BAR_IO, bar_size, &bar_ops, p) ||
        (modern && !pci_device_add_bar(p->pci, VIRTIO_PCI_MODERN_BAR, PCI_BAR_MEM32,
                                       VIRTIO_PCI_MODERN_BAR_SIZE, &virtio_pci_modern_ops, p))) {
        free(p);   /* the bus owns the PciDevice */
        return NULL;
    }
    /* A device with the modern interface offers VERSION_1 (6.1); the legacy registers
     * show bits 0-31 only, so a legacy driver never sees it. */
    if (modern) {
        add_capabilities(p);
        vdev->host_features |= 1ull << VIRTIO_F_VERSION_1;
    } else {
        vdev->host_features &= ~(1ull << VIRTIO_F_VERSION_1);
    }
    vdev->isr_changed = isr_changed;
    vdev->transport = p;
    return p;
}

void virtio_pci_free(VirtioPci *p)
{
    free(p);
}

void virtio_pci_reset(VirtioPci *p)
{
    virtio_pci_transport_reset(p);
    virtio_reset(p->vdev);
}

PciDevice *virtio_pci_device(VirtioPci *p)
{
    return p->pci;
}

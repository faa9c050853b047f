/* Generic virtio device state and split virtqueues (devices/virtio.h), following the
 * Virtio 1.2 specification: 2.1 (device status), 2.2 (feature bits), 2.7 (split
 * virtqueues) with the legacy layout of 2.7.2. The guest is never trusted: a chain that
 * loops, leaves its table, is longer than the queue or lies outside RAM stops the device
 * (NEEDS_RESET) instead of touching host memory. */
#include "devices/virtio.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "tcg/log.h"

#define VIRTQ_DESC_SIZE 16
#define VIRTQ_USED_ELEM_SIZE 8

static bool guest_read16(AddressSpace *as, uint64_t addr, uint16_t *out)
{
    uint8_t b[2];
    if (!as_read_bytes(as, addr, b, sizeof(b)))
        return false;
    *out = (uint16_t)virtio_ld_le(b, 2);
    return true;
}

void virtio_init(VirtioDevice *vdev, AddressSpace *as, const char *name, uint16_t device_id,
                 unsigned config_size, const VirtioDeviceOps *ops, void *opaque)
{
    memset(vdev, 0, sizeof(*vdev));
    vdev->as = as;
    vdev->name = name;
    vdev->device_id = device_id;
    vdev->config_size = config_size;
    vdev->ops = ops;
    vdev->opaque = opaque;
    for (unsigned n = 0; n < VIRTIO_MAX_QUEUES; n++) {
        vdev->vq[n].vdev = vdev;
        vdev->vq[n].index = n;
    }
}

void virtio_add_queue(VirtioDevice *vdev, unsigned n, uint16_t size, VirtqHandler *handler)
{
    if (n >= VIRTIO_MAX_QUEUES || !size || size > VIRTQ_MAX_SIZE || (size & (size - 1)))
        return;
    vdev->vq[n].size_max = vdev->vq[n].size = size;
    vdev->vq[n].handler = handler;
}

static void isr_update(VirtioDevice *vdev)
{
    if (vdev->isr_changed)
        vdev->isr_changed(vdev->transport, vdev->isr);
}

void virtio_reset(VirtioDevice *vdev)
{
    vdev->status = 0;
    vdev->guest_features = 0;
    vdev->isr = 0;
    vdev->broken = false;
    for (unsigned n = 0; n < VIRTIO_MAX_QUEUES; n++) {
        VirtQueue *vq = &vdev->vq[n];
        vq->size = vq->size_max;
        vq->pfn = 0;
        vq->enabled = false;
        vq->desc = vq->avail = vq->used = 0;
        vq->last_avail = vq->used_idx = 0;
    }
    if (vdev->ops && vdev->ops->reset)
        vdev->ops->reset(vdev);
    isr_update(vdev);
}

void virtio_set_status(VirtioDevice *vdev, uint8_t status)
{
    if (status == 0) {
        virtio_reset(vdev);
        return;
    }
    bool ready = !(vdev->status & VIRTIO_STATUS_DRIVER_OK) &&
                 (status & VIRTIO_STATUS_DRIVER_OK);
    /* NEEDS_RESET is the device's to set; only a reset clears it. */
    vdev->status = (uint8_t)((status & ~VIRTIO_STATUS_NEEDS_RESET) |
                             (vdev->status & VIRTIO_STATUS_NEEDS_RESET));
    /* Buffers the driver made available (and notified) before DRIVER_OK wait for it
     * (2.1.2: no buffer is consumed before); now they are taken. */
    for (unsigned n = 0; ready && n < VIRTIO_MAX_QUEUES; n++)
        if (vdev->vq[n].enabled && vdev->vq[n].handler && !vdev->broken)
            vdev->vq[n].handler(vdev, &vdev->vq[n]);
}

void virtio_set_guest_features(VirtioDevice *vdev, uint64_t features)
{
    uint64_t extra = features & ~vdev->host_features;
    if (extra && tern_log_enabled(LOG_GUEST_ERRORS))
        tern_log("%s: the driver accepted features 0x%llx that were not offered; "
                 "ignored\n", vdev->name, (unsigned long long)extra);
    vdev->guest_features = features & vdev->host_features;
}

bool virtio_has_feature(const VirtioDevice *vdev, unsigned bit)
{
    return bit < 64 && (vdev->guest_features >> bit & 1);
}

/* 2.7.2 legacy layout: descriptor table, then the available ring (flags, idx, ring[size],
 * used_event), then at the next 4096-byte boundary the used ring. */
void virtio_queue_set_pfn(VirtioDevice *vdev, unsigned n, uint32_t pfn)
{
    if (n >= VIRTIO_MAX_QUEUES || !vdev->vq[n].size) {
        if (tern_log_enabled(LOG_GUEST_ERRORS))
            tern_log("%s: queue address written for queue %u, which does not exist\n",
                     vdev->name, n);
        return;
    }
    VirtQueue *vq = &vdev->vq[n];
    vq->pfn = pfn;
    vq->enabled = pfn != 0;
    vq->last_avail = vq->used_idx = 0;
    if (!pfn) {
        vq->desc = vq->avail = vq->used = 0;
        return;
    }
    vq->desc = (uint64_t)pfn * VIRTQ_LEGACY_ALIGN;
    vq->avail = vq->desc + (uint64_t)VIRTQ_DESC_SIZE * vq->size;
    uint64_t avail_end = vq->avail + 2 * (3 + (uint64_t)vq->size);
    vq->used = (avail_end + VIRTQ_LEGACY_ALIGN - 1) & ~(uint64_t)(VIRTQ_LEGACY_ALIGN - 1);
}

void virtio_queue_set_addresses(VirtioDevice *vdev, unsigned n, uint64_t desc,
                                uint64_t avail, uint64_t used)
{
    if (n >= VIRTIO_MAX_QUEUES || !vdev->vq[n].size_max)
        return;
    vdev->vq[n].desc = desc;
    vdev->vq[n].avail = avail;
    vdev->vq[n].used = used;
}

bool virtio_queue_enable(VirtioDevice *vdev, unsigned n)
{
    if (n >= VIRTIO_MAX_QUEUES || !vdev->vq[n].size_max)
        return false;
    VirtQueue *vq = &vdev->vq[n];
    /* Split rings index modulo the size with 16-bit counters: a power of two (2.7). */
    if (!vq->size || vq->size > vq->size_max || (vq->size & (vq->size - 1))) {
        virtio_error(vdev, "queue %u enabled with size %u (at most %u, a power of two)", n,
                     vq->size, vq->size_max);
        return false;
    }
    vq->last_avail = vq->used_idx = 0;
    vq->enabled = true;
    return true;
}

void virtio_queue_notify(VirtioDevice *vdev, unsigned n)
{
    if (n >= VIRTIO_MAX_QUEUES || !vdev->vq[n].size) {
        if (tern_log_enabled(LOG_GUEST_ERRORS))
            tern_log("%s: notification for queue %u, which does not exist\n", vdev->name, n);
        return;
    }
    VirtQueue *vq = &vdev->vq[n];
    if (vdev->broken || !vq->enabled || !vq->handler)
        return;
    if (!(vdev->status & VIRTIO_STATUS_DRIVER_OK)) {
        if (tern_log_enabled(LOG_GUEST_ERRORS))
            tern_log("%s: notification for queue %u before DRIVER_OK; its buffers wait for "
                     "it\n", vdev->name, n);
        return;
    }
    vq->handler(vdev, vq);
}

uint8_t virtio_isr_read_clear(VirtioDevice *vdev)
{
    uint8_t v = vdev->isr;
    if (v) {
        vdev->isr = 0;
        isr_update(vdev);
    }
    return v;
}

void virtio_config_changed(VirtioDevice *vdev)
{
    vdev->config_generation++;
    vdev->isr |= VIRTIO_ISR_CONFIG;
    isr_update(vdev);
}

void virtio_error(VirtioDevice *vdev, const char *fmt, ...)
{
    if (tern_log_enabled(LOG_GUEST_ERRORS)) {
        char msg[256];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(msg, sizeof(msg), fmt, ap);
        va_end(ap);
        tern_log("%s: %s; the device stops until it is reset (NEEDS_RESET)\n", vdev->name,
                 msg);
    }
    if (vdev->broken)
        return;
    vdev->broken = true;
    vdev->status |= VIRTIO_STATUS_NEEDS_RESET;
    if (vdev->status & VIRTIO_STATUS_DRIVER_OK)
        virtio_config_changed(vdev);
}

/* ---- split virtqueues (2.7) ---- */

typedef struct Desc {
    uint64_t addr;
    uint32_t len;
    uint16_t flags, next;
} Desc;

static bool read_desc(AddressSpace *as, uint64_t table, unsigned i, Desc *d)
{
    uint8_t b[VIRTQ_DESC_SIZE];
    if (!as_read_bytes(as, table + (uint64_t)i * VIRTQ_DESC_SIZE, b, sizeof(b)))
        return false;
    d->addr = virtio_ld_le(b, 8);
    d->len = (uint32_t)virtio_ld_le(b + 8, 4);
    d->flags = (uint16_t)virtio_ld_le(b + 12, 2);
    d->next = (uint16_t)virtio_ld_le(b + 14, 2);
    return true;
}

/* Follows one chain from head (2.7.5, indirect tables 2.7.5.3). Every step is bounded:
 * a table of n entries cannot be walked more than n times, and the whole chain, indirect
 * entries included, may not exceed the queue size (2.7.5.3.1 driver requirements). */
static bool walk_chain(VirtQueue *vq, uint16_t head, VirtqElem *elem)
{
    VirtioDevice *vdev = vq->vdev;
    uint64_t table = vq->desc;
    uint32_t table_len = vq->size;
    uint32_t i = head, steps = 0;
    bool indirect = false, seen_write = false;
    elem->head = head;
    elem->nb_segs = 0;
    for (;;) {
        Desc d;
        if (steps++ >= table_len) {
            virtio_error(vdev, "queue %u: descriptor chain from %u loops", vq->index, head);
            return false;
        }
        if (!read_desc(vdev->as, table, i, &d)) {
            virtio_error(vdev, "queue %u: descriptor %u of the %s table at 0x%llx is not in "
                         "RAM", vq->index, i, indirect ? "indirect" : "queue's",
                         (unsigned long long)table);
            return false;
        }
        if (d.flags & VIRTQ_DESC_F_INDIRECT) {
            if (!virtio_has_feature(vdev, VIRTIO_RING_F_INDIRECT_DESC) || indirect ||
                (d.flags & VIRTQ_DESC_F_NEXT) || !d.len || d.len % VIRTQ_DESC_SIZE) {
                virtio_error(vdev, "queue %u: bad indirect descriptor %u (flags 0x%x, length "
                             "%u%s)", vq->index, i, d.flags, d.len,
                             indirect ? ", inside an indirect table" : "");
                return false;
            }
            table = d.addr;
            table_len = d.len / VIRTQ_DESC_SIZE;
            indirect = true;
            i = 0;
            steps = 0;
            continue;
        }
        if (elem->nb_segs >= vq->size) {
            virtio_error(vdev, "queue %u: descriptor chain from %u is longer than the queue "
                         "(%u)", vq->index, head, vq->size);
            return false;
        }
        bool write = d.flags & VIRTQ_DESC_F_WRITE;
        if (d.addr + d.len < d.addr || (!write && seen_write)) {
            virtio_error(vdev, "queue %u: descriptor %u %s", vq->index, i,
                         seen_write && !write ? "is device-readable after a device-writable "
                         "one (2.7.4.2)" : "wraps around the address space");
            return false;
        }
        seen_write |= write;
        elem->segs[elem->nb_segs++] = (VirtqSeg){ d.addr, d.len, write };
        if (!(d.flags & VIRTQ_DESC_F_NEXT))
            return true;
        i = d.next;
        if (i >= table_len) {
            virtio_error(vdev, "queue %u: descriptor chain from %u continues at %u, outside "
                         "its table of %u", vq->index, head, i, table_len);
            return false;
        }
    }
}

int virtq_pop(VirtQueue *vq, VirtqElem *elem)
{
    VirtioDevice *vdev = vq->vdev;
    if (vdev->broken || !vq->enabled || !vq->size)
        return 0;
    uint16_t avail_idx, head;
    if (!guest_read16(vdev->as, vq->avail + 2, &avail_idx)) {
        virtio_error(vdev, "queue %u: the available ring at 0x%llx is not in RAM", vq->index,
                     (unsigned long long)vq->avail);
        return -1;
    }
    uint16_t pending = (uint16_t)(avail_idx - vq->last_avail);
    if (!pending)
        return 0;
    if (pending > vq->size) {
        virtio_error(vdev, "queue %u: available index %u is %u entries ahead of the device's "
                     "%u, more than the queue's %u", vq->index, avail_idx, pending,
                     vq->last_avail, vq->size);
        return -1;
    }
    uint64_t slot = vq->avail + 4 + 2 * (uint64_t)(vq->last_avail % vq->size);
    if (!guest_read16(vdev->as, slot, &head)) {
        virtio_error(vdev, "queue %u: available ring entry not in RAM", vq->index);
        return -1;
    }
    if (head >= vq->size) {
        virtio_error(vdev, "queue %u: available ring names descriptor %u of %u", vq->index,
                     head, vq->size);
        return -1;
    }
    if (!walk_chain(vq, head, elem))
        return -1;
    vq->last_avail++;
    return 1;
}

void virtq_push(VirtQueue *vq, const VirtqElem *elem, uint32_t len)
{
    VirtioDevice *vdev = vq->vdev;
    if (vdev->broken)
        return;
    uint8_t e[VIRTQ_USED_ELEM_SIZE], idx[2];
    virtio_st_le(e, elem->head, 4);
    virtio_st_le(e + 4, len, 4);
    uint64_t slot = vq->used + 4 + (uint64_t)VIRTQ_USED_ELEM_SIZE * (vq->used_idx % vq->size);
    virtio_st_le(idx, (uint16_t)(vq->used_idx + 1), 2);
    /* The element before the index that publishes it (2.7.8). */
    if (!as_write_bytes(vdev->as, slot, e, sizeof(e)) ||
        !as_write_bytes(vdev->as, vq->used + 2, idx, sizeof(idx))) {
        virtio_error(vdev, "queue %u: the used ring at 0x%llx is not in RAM", vq->index,
                     (unsigned long long)vq->used);
        return;
    }
    vq->used_idx++;
}

void virtq_notify(VirtQueue *vq)
{
    VirtioDevice *vdev = vq->vdev;
    uint16_t flags;
    if (vdev->broken || !vq->enabled)
        return;
    if (!guest_read16(vdev->as, vq->avail, &flags)) {
        virtio_error(vdev, "queue %u: the available ring at 0x%llx is not in RAM", vq->index,
                     (unsigned long long)vq->avail);
        return;
    }
    if (flags & VIRTQ_AVAIL_F_NO_INTERRUPT)
        return;
    vdev->isr |= VIRTIO_ISR_QUEUE;
    isr_update(vdev);
}

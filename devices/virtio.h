/* The transport-independent part of a virtio device (Virtio 1.2 spec, OASIS, chapters 2
 * and 3): feature bits, the device status byte, the interrupt status (ISR) and split
 * virtqueues in the legacy layout (2.7 with 2.7.2 "Legacy Interfaces: A Note on
 * Virtqueue Layout": one guest-physical area, used ring aligned to 4096 bytes). A device
 * type (the balloon) fills a VirtioDevice; a transport (virtio_pci) maps its registers and
 * raises the interrupt when the ISR changes. Guest memory goes through machine/memory.h. */
#ifndef DEVICES_VIRTIO_H
#define DEVICES_VIRTIO_H

#include <stdbool.h>
#include <stdint.h>

#include "machine/memory.h"

/* Device status bits (2.1). */
#define VIRTIO_STATUS_ACKNOWLEDGE 0x01
#define VIRTIO_STATUS_DRIVER 0x02
#define VIRTIO_STATUS_DRIVER_OK 0x04
#define VIRTIO_STATUS_FEATURES_OK 0x08
#define VIRTIO_STATUS_NEEDS_RESET 0x40
#define VIRTIO_STATUS_FAILED 0x80

/* ISR bits (4.1.4.5): a used buffer notification, a configuration change. */
#define VIRTIO_ISR_QUEUE 0x01
#define VIRTIO_ISR_CONFIG 0x02

/* Reserved feature bits (6) the virtqueue code implements. */
#define VIRTIO_RING_F_INDIRECT_DESC 28
#define VIRTIO_F_VERSION_1 32

/* Descriptor flags (2.7.5) and the available ring's flag (2.7.6). */
#define VIRTQ_DESC_F_NEXT 1
#define VIRTQ_DESC_F_WRITE 2
#define VIRTQ_DESC_F_INDIRECT 4
#define VIRTQ_AVAIL_F_NO_INTERRUPT 1

/* The legacy queue layout's alignment and page unit of the queue address (2.7.2). */
#define VIRTQ_LEGACY_ALIGN 4096u
#define VIRTQ_MAX_SIZE 256        /* the largest queue a device here offers */
#define VIRTIO_MAX_QUEUES 8

typedef struct VirtioDevice VirtioDevice;
typedef struct VirtQueue VirtQueue;

/* Little-endian fields of guest structures (rings, PFN arrays, register images). */
static inline uint64_t virtio_ld_le(const uint8_t *p, unsigned n)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < n; i++)
        v |= (uint64_t)p[i] << (8 * i);
    return v;
}

static inline void virtio_st_le(uint8_t *p, uint64_t v, unsigned n)
{
    for (unsigned i = 0; i < n; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

/* One guest-physical piece of a descriptor chain; write: the device may write it. */
typedef struct VirtqSeg {
    uint64_t addr;
    uint32_t len;
    bool write;
} VirtqSeg;

/* A popped descriptor chain: readable segments first, then writable ones (2.7.4.2). */
typedef struct VirtqElem {
    uint16_t head;                /* the id to give back with virtq_push */
    unsigned nb_segs;
    VirtqSeg segs[VIRTQ_MAX_SIZE];
} VirtqElem;

typedef void VirtqHandler(VirtioDevice *vdev, VirtQueue *vq);

struct VirtQueue {
    VirtioDevice *vdev;
    unsigned index;
    uint16_t size_max;            /* 0: the queue does not exist */
    uint16_t size;                /* the legacy interface fixes it at size_max */
    bool enabled;                 /* the device processes the queue */
    uint32_t pfn;                 /* legacy queue address >> 12; 0: not in use */
    uint64_t desc, avail, used;   /* guest-physical addresses of the three parts */
    uint16_t last_avail;          /* the next available ring entry the device takes */
    uint16_t used_idx;            /* the device's copy of used->idx */
    VirtqHandler *handler;        /* the driver notified the queue */
};

typedef struct VirtioDeviceOps {
    /* Device-specific configuration space (little-endian); size 1, 2 or 4. */
    uint32_t (*config_read)(VirtioDevice *vdev, unsigned offset, unsigned size);
    void (*config_write)(VirtioDevice *vdev, unsigned offset, uint32_t val, unsigned size);
    /* Device reset (status 0 or a machine reset): back to the initial state. */
    void (*reset)(VirtioDevice *vdev);
} VirtioDeviceOps;

/* The transport's side: the ISR changed, so the interrupt line follows it. */
typedef void VirtioIsrFn(void *transport, uint8_t isr);

struct VirtioDevice {
    AddressSpace *as;
    const char *name;             /* for log lines */
    uint16_t device_id;           /* virtio device type (5.x) */
    unsigned config_size;
    const VirtioDeviceOps *ops;
    void *opaque;                 /* the device type's state */
    uint64_t host_features;
    uint64_t guest_features;
    uint8_t status;
    uint8_t isr;
    uint8_t config_generation;    /* changes with every configuration change (4.1.4.3) */
    bool broken;                  /* NEEDS_RESET: queues stay stopped until a reset */
    VirtQueue vq[VIRTIO_MAX_QUEUES];
    VirtioIsrFn *isr_changed;
    void *transport;
};

/* Sets up the generic part; queues are added with virtio_add_queue. */
void virtio_init(VirtioDevice *vdev, AddressSpace *as, const char *name, uint16_t device_id,
                 unsigned config_size, const VirtioDeviceOps *ops, void *opaque);
/* Queue n with size entries (a power of two, at most VIRTQ_MAX_SIZE). */
void virtio_add_queue(VirtioDevice *vdev, unsigned n, uint16_t size, VirtqHandler *handler);
/* Device reset (status written 0, machine reset): status, features, ISR, queues and the
 * device type's state back to their initial values; the interrupt is withdrawn. */
void virtio_reset(VirtioDevice *vdev);
/* The driver wrote the status byte (0 resets). */
void virtio_set_status(VirtioDevice *vdev, uint8_t status);
/* The driver accepted features: only offered ones are kept (2.2.1). */
void virtio_set_guest_features(VirtioDevice *vdev, uint64_t features);
bool virtio_has_feature(const VirtioDevice *vdev, unsigned bit);
/* Legacy queue address: the queue occupies guest pages from pfn << 12 (0: unused). */
void virtio_queue_set_pfn(VirtioDevice *vdev, unsigned n, uint32_t pfn);
/* Modern interface: the queue's parts at their own addresses, the size the driver
 * chose; enable starts it after checking the size (a power of two up to size_max). */
void virtio_queue_set_addresses(VirtioDevice *vdev, unsigned n, uint64_t desc,
                                uint64_t avail, uint64_t used);
bool virtio_queue_enable(VirtioDevice *vdev, unsigned n);
/* The driver's notification of queue n: runs the queue's handler. */
void virtio_queue_notify(VirtioDevice *vdev, unsigned n);
/* Reads and clears the ISR (the legacy register's read side effect, 4.1.4.5). */
uint8_t virtio_isr_read_clear(VirtioDevice *vdev);
/* The device changed its configuration: a new generation and a configuration change
 * notification (ISR bit 1). */
void virtio_config_changed(VirtioDevice *vdev);
/* The driver broke the rules: logged under -d guest_errors, then NEEDS_RESET is set and
 * every queue stops until the next reset (2.1.2 device requirements: with DRIVER_OK, a
 * configuration change notification follows). */
void virtio_error(VirtioDevice *vdev, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Takes the next available descriptor chain: 1 with elem filled, 0 when the queue is
 * empty, unused or stopped, -1 when the chain is malformed (virtio_error was called). */
int virtq_pop(VirtQueue *vq, VirtqElem *elem);
/* Puts a chain on the used ring with the number of bytes the device wrote into it. */
void virtq_push(VirtQueue *vq, const VirtqElem *elem, uint32_t len);
/* Used buffer notification unless the driver suppressed it (2.7.7.2: without
 * VIRTIO_F_EVENT_IDX, VIRTQ_AVAIL_F_NO_INTERRUPT in avail->flags). */
void virtq_notify(VirtQueue *vq);

#endif

/* virtio-balloon (Virtio 1.2 spec 5.5, device type 5): the driver gives guest pages to the
 * host through the inflate queue and takes them back through the deflate queue, and with
 * VIRTIO_BALLOON_F_PAGE_REPORTING it reports free blocks of guest memory on the reporting
 * queue. Pages inflated or reported are handed to the machine's discard callback, which
 * gives their host memory back (they read as zero afterwards). Offered features: page
 * reporting and deflate-on-OOM when configured, indirect descriptors. */
#ifndef DEVICES_VIRTIO_BALLOON_H
#define DEVICES_VIRTIO_BALLOON_H

#include <stdbool.h>
#include <stdint.h>

#include "devices/virtio.h"

#define VIRTIO_ID_BALLOON 5

/* Feature bits (5.5.3). */
#define VIRTIO_BALLOON_F_MUST_TELL_HOST 0
#define VIRTIO_BALLOON_F_STATS_VQ 1
#define VIRTIO_BALLOON_F_DEFLATE_ON_OOM 2
#define VIRTIO_BALLOON_F_FREE_PAGE_HINT 3
#define VIRTIO_BALLOON_F_PAGE_POISON 4
#define VIRTIO_BALLOON_F_PAGE_REPORTING 5

/* Queues (5.5.2): statsq and free_page_vq are not offered, so the reporting queue,
 * which follows them, is queue 2. */
#define VIRTIO_BALLOON_Q_INFLATE 0
#define VIRTIO_BALLOON_Q_DEFLATE 1
#define VIRTIO_BALLOON_Q_REPORTING 2
#define VIRTIO_BALLOON_QUEUE_SIZE 128

/* Configuration layout (5.5.4), little-endian even through the legacy interface. */
#define VIRTIO_BALLOON_CFG_NUM_PAGES 0
#define VIRTIO_BALLOON_CFG_ACTUAL 4
#define VIRTIO_BALLOON_CONFIG_SIZE 8

#define VIRTIO_BALLOON_PFN_SHIFT 12   /* PFNs count 4096-byte pages whatever the guest's */

/* Gives the host memory behind guest-physical [addr, addr + len) back; returns the bytes
 * it gave back (parts that are not RAM are left alone). The machine also drops
 * translated code there. */
typedef uint64_t VirtioBalloonDiscardFn(void *opaque, uint64_t addr, uint64_t len);

typedef struct VirtioBalloonConfig {
    bool free_page_reporting;     /* offer VIRTIO_BALLOON_F_PAGE_REPORTING */
    bool deflate_on_oom;          /* offer VIRTIO_BALLOON_F_DEFLATE_ON_OOM */
    VirtioBalloonDiscardFn *discard;
    void *opaque;
} VirtioBalloonConfig;

typedef struct VirtioBalloonStats {
    uint64_t inflated_pages;      /* PFNs received on the inflate queue */
    uint64_t deflated_pages;      /* PFNs received on the deflate queue */
    uint64_t reported_bytes;      /* bytes of free memory reported */
    uint64_t discarded_bytes;     /* bytes the discard callback gave back */
    uint32_t num_pages, actual;   /* the configuration fields */
} VirtioBalloonStats;

typedef struct VirtioBalloon VirtioBalloon;

VirtioBalloon *virtio_balloon_new(AddressSpace *as, const VirtioBalloonConfig *cfg);
void virtio_balloon_free(VirtioBalloon *b);
/* The generic device, for a transport (virtio_pci_new). */
VirtioDevice *virtio_balloon_vdev(VirtioBalloon *b);
/* The host's target balloon size in 4 KiB pages (num_pages): the driver is told with a
 * configuration change notification. */
void virtio_balloon_set_target(VirtioBalloon *b, uint32_t pages);
void virtio_balloon_get_stats(const VirtioBalloon *b, VirtioBalloonStats *out);
/* The counters as one line ("virtio-balloon: ..."), e.g. for -d stats at exit. */
void virtio_balloon_print_stats(const VirtioBalloon *b, void (*line)(void *opaque,
                                const char *text), void *opaque);

#endif

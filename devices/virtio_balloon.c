/* virtio-balloon (devices/virtio_balloon.h), after the Virtio 1.2 spec 5.5: 5.5.6 device
 * operation (inflate/deflate buffers carry arrays of le32 page frame numbers in 4096-byte
 * units) and its "Free Page Reporting" part (each buffer on the reporting queue describes
 * free guest memory the device may discard before marking the buffer used). Page contents
 * need no preserving: PAGE_POISON is never offered, and a page the driver takes back from
 * the balloon or reuses after a report may read as zero (5.5.6). */
#include "devices/virtio_balloon.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "tcg/log.h"

#define PFN_BATCH 256
#define PAGE_BYTES (1ull << VIRTIO_BALLOON_PFN_SHIFT)

struct VirtioBalloon {
    VirtioDevice vdev;
    VirtioBalloonConfig cfg;
    uint32_t num_pages, actual;
    VirtioBalloonStats stats;
};

static VirtioBalloon *balloon_of(VirtioDevice *vdev)
{
    return vdev->opaque;
}

static void discard(VirtioBalloon *b, uint64_t addr, uint64_t len)
{
    uint64_t done = b->cfg.discard ? b->cfg.discard(b->cfg.opaque, addr, len) : 0;
    b->stats.discarded_bytes += done;
    if (done < len && tern_log_enabled(LOG_GUEST_ERRORS))
        tern_log("%s: 0x%" PRIx64 "+0x%" PRIx64 ": %" PRIu64 " bytes are not RAM (or not "
                 "whole pages) and were kept\n", b->vdev.name, addr, len, len - done);
}

/* Reads the PFN array of one segment and discards runs of consecutive pages at once.
 * Returns the number of PFNs, or -1 when the array is not in RAM. */
static int64_t pfn_array(VirtioBalloon *b, const VirtqSeg *s, bool do_discard)
{
    uint64_t count = s->len / 4;
    uint64_t run_start = 0, run_pages = 0;
    uint8_t buf[PFN_BATCH * 4];
    for (uint64_t i = 0; i < count;) {
        uint64_t n = count - i < PFN_BATCH ? count - i : PFN_BATCH;
        if (!as_read_bytes(b->vdev.as, s->addr + 4 * i, buf, n * 4))
            return -1;
        for (uint64_t k = 0; do_discard && k < n; k++) {
            uint64_t pfn = virtio_ld_le(buf + 4 * k, 4);
            if (run_pages && pfn == run_start + run_pages) {
                run_pages++;
                continue;
            }
            if (run_pages)
                discard(b, run_start << VIRTIO_BALLOON_PFN_SHIFT, run_pages * PAGE_BYTES);
            run_start = pfn;
            run_pages = 1;
        }
        i += n;
    }
    if (run_pages)
        discard(b, run_start << VIRTIO_BALLOON_PFN_SHIFT, run_pages * PAGE_BYTES);
    return (int64_t)count;
}

/* inflateq and deflateq: the device only reads these buffers, so a device-writable
 * segment is a driver error (5.5.6: the driver hands PFN arrays to the device to read). */
static void pfn_queue(VirtioDevice *vdev, VirtQueue *vq, bool inflate)
{
    VirtioBalloon *b = balloon_of(vdev);
    VirtqElem elem;
    int r;
    bool used = false;
    while ((r = virtq_pop(vq, &elem)) > 0) {
        uint64_t pages = 0;
        for (unsigned i = 0; i < elem.nb_segs; i++) {
            const VirtqSeg *s = &elem.segs[i];
            int64_t n = s->write ? -2 : pfn_array(b, s, inflate);
            if (n < 0) {
                virtio_error(vdev, "%s queue: buffer 0x%" PRIx64 "+%u %s", inflate ?
                             "inflate" : "deflate", s->addr, s->len, n == -2 ?
                             "is device-writable" : "is not in RAM");
                return;
            }
            pages += (uint64_t)n;
        }
        if (inflate)
            b->stats.inflated_pages += pages;
        else
            b->stats.deflated_pages += pages;
        virtq_push(vq, &elem, 0);
        used = true;
    }
    if (used)
        virtq_notify(vq);
}

static void inflate_handler(VirtioDevice *vdev, VirtQueue *vq)
{
    pfn_queue(vdev, vq, true);
}

static void deflate_handler(VirtioDevice *vdev, VirtQueue *vq)
{
    pfn_queue(vdev, vq, false);
}

/* Free page reporting: every segment of a buffer is a free range (the driver makes them
 * device-writable); it is discarded, then the buffer goes back as used, which tells the
 * driver the report is complete. */
static void reporting_handler(VirtioDevice *vdev, VirtQueue *vq)
{
    VirtioBalloon *b = balloon_of(vdev);
    VirtqElem elem;
    bool used = false;
    while (virtq_pop(vq, &elem) > 0) {
        for (unsigned i = 0; i < elem.nb_segs; i++) {
            b->stats.reported_bytes += elem.segs[i].len;
            discard(b, elem.segs[i].addr, elem.segs[i].len);
        }
        virtq_push(vq, &elem, 0);
        used = true;
    }
    if (used)
        virtq_notify(vq);
}

static uint8_t config_byte(VirtioBalloon *b, unsigned off)
{
    uint32_t v = off < 4 ? b->num_pages : b->actual;
    return (uint8_t)(v >> (8 * (off & 3)));
}

static uint32_t config_read(VirtioDevice *vdev, unsigned offset, unsigned size)
{
    VirtioBalloon *b = balloon_of(vdev);
    uint32_t v = 0;
    for (unsigned i = 0; i < size && offset + i < VIRTIO_BALLOON_CONFIG_SIZE; i++)
        v |= (uint32_t)config_byte(b, offset + i) << (8 * i);
    return v;
}

/* The driver writes actual; num_pages is the device's (5.5.4). */
static void config_write(VirtioDevice *vdev, unsigned offset, uint32_t val, unsigned size)
{
    VirtioBalloon *b = balloon_of(vdev);
    for (unsigned i = 0; i < size && offset + i < VIRTIO_BALLOON_CONFIG_SIZE; i++) {
        unsigned o = offset + i;
        if (o < VIRTIO_BALLOON_CFG_ACTUAL) {
            if (tern_log_enabled(LOG_GUEST_ERRORS))
                tern_log("%s: write to num_pages (read-only for the driver) ignored\n",
                         vdev->name);
            return;
        }
        unsigned shift = 8 * (o & 3);
        b->actual = (b->actual & ~(0xffu << shift)) | (uint32_t)(uint8_t)(val >> (8 * i))
                    << shift;
    }
}

static void balloon_reset(VirtioDevice *vdev)
{
    VirtioBalloon *b = balloon_of(vdev);
    b->actual = 0;   /* a driver starting again starts with an empty balloon */
}

static const VirtioDeviceOps balloon_ops = { config_read, config_write, balloon_reset };

VirtioBalloon *virtio_balloon_new(AddressSpace *as, const VirtioBalloonConfig *cfg)
{
    VirtioBalloon *b = calloc(1, sizeof(*b));
    if (!b)
        return NULL;
    b->cfg = *cfg;
    VirtioDevice *vdev = &b->vdev;
    virtio_init(vdev, as, "virtio-balloon", VIRTIO_ID_BALLOON, VIRTIO_BALLOON_CONFIG_SIZE,
                &balloon_ops, b);
    vdev->host_features = 1ull << VIRTIO_RING_F_INDIRECT_DESC;
    if (cfg->deflate_on_oom)
        vdev->host_features |= 1ull << VIRTIO_BALLOON_F_DEFLATE_ON_OOM;
    virtio_add_queue(vdev, VIRTIO_BALLOON_Q_INFLATE, VIRTIO_BALLOON_QUEUE_SIZE,
                     inflate_handler);
    virtio_add_queue(vdev, VIRTIO_BALLOON_Q_DEFLATE, VIRTIO_BALLOON_QUEUE_SIZE,
                     deflate_handler);
    if (cfg->free_page_reporting) {
        vdev->host_features |= 1ull << VIRTIO_BALLOON_F_PAGE_REPORTING;
        virtio_add_queue(vdev, VIRTIO_BALLOON_Q_REPORTING, VIRTIO_BALLOON_QUEUE_SIZE,
                         reporting_handler);
    }
    return b;
}

void virtio_balloon_free(VirtioBalloon *b)
{
    free(b);
}

VirtioDevice *virtio_balloon_vdev(VirtioBalloon *b)
{
    return &b->vdev;
}

void virtio_balloon_set_target(VirtioBalloon *b, uint32_t pages)
{
    if (b->num_pages == pages)
        return;
    b->num_pages = pages;
    if (b->vdev.status & VIRTIO_STATUS_DRIVER_OK)
        virtio_config_changed(&b->vdev);
}

void virtio_balloon_get_stats(const VirtioBalloon *b, VirtioBalloonStats *out)
{
    *out = b->stats;
    out->num_pages = b->num_pages;
    out->actual = b->actual;
}

void virtio_balloon_print_stats(const VirtioBalloon *b, void (*line)(void *opaque,
                                const char *text), void *opaque)
{
    char text[256];
    snprintf(text, sizeof(text), "virtio-balloon: %" PRIu64 " bytes discarded (%" PRIu64
             " bytes reported free, %" PRIu64 " pages inflated, %" PRIu64 " deflated; "
             "balloon %u of %u pages)", b->stats.discarded_bytes, b->stats.reported_bytes,
             b->stats.inflated_pages, b->stats.deflated_pages, b->actual, b->num_pages);
    line(opaque, text);
}

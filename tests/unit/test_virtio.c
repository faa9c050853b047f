/* Unit tests for virtio (devices/virtio.c, virtio_pci.c, virtio_balloon.c), following the
 * Virtio 1.2 spec: split virtqueues in the legacy layout (2.7, 2.7.2), descriptor chains
 * and indirect tables (2.7.5), the used ring (2.7.8), notification suppression
 * (2.7.7.2), malformed chains setting NEEDS_RESET (2.1), the legacy PCI interface
 * (4.1.2.1 IDs, 4.1.4.8 registers, 4.1.4.5 ISR), the modern one (4.1.4 capabilities,
 * common configuration, notifications, the PCI configuration access capability, 3.1.1
 * FEATURES_OK) and the balloon (5.5: inflate, deflate,
 * free page reporting, configuration, feature bits). The test plays the driver: it
 * writes rings into guest RAM and talks to the device through ports 0xCF8/0xCFC and the
 * I/O BAR. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "devices/pci.h"
#include "devices/virtio.h"
#include "devices/virtio_balloon.h"
#include "devices/virtio_pci.h"
#include "machine/memory.h"

#define RAM_SIZE (4u << 20)
#define QSIZE 16
#define QPFN 0x10u                 /* the queue of the bare virtqueue tests at 0x10000 */
#define BAR 0xc000u
#define MBAR 0xe0000000u           /* where the tests put the modern BAR 4 */
#define SLOT 3

static AddressSpace *as;

/* ---- the driver side of a legacy split virtqueue ---- */

typedef struct Ring {
    uint64_t desc, avail, used;
    uint16_t size, avail_idx;
} Ring;

/* 2.7.2's legacy layout computed independently of the device. */
static Ring ring_at(uint32_t pfn, uint16_t size)
{
    Ring r = { .size = size };
    r.desc = (uint64_t)pfn << 12;
    r.avail = r.desc + 16u * size;
    r.used = (r.avail + 2u * (3u + size) + 4095) & ~4095ull;
    return r;
}

static void put16(uint64_t addr, uint16_t v)
{
    uint8_t b[2] = { (uint8_t)v, (uint8_t)(v >> 8) };
    ck_assert(as_write_bytes(as, addr, b, 2));
}

static void put32(uint64_t addr, uint32_t v)
{
    put16(addr, (uint16_t)v);
    put16(addr + 2, (uint16_t)(v >> 16));
}

static uint32_t get32(uint64_t addr)
{
    uint8_t b[4];
    ck_assert(as_read_bytes(as, addr, b, 4));
    return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}

static void desc_at(uint64_t table, unsigned i, uint64_t addr, uint32_t len, uint16_t flags,
                    uint16_t next)
{
    uint64_t d = table + 16u * i;
    put32(d, (uint32_t)addr);
    put32(d + 4, (uint32_t)(addr >> 32));
    put32(d + 8, len);
    put16(d + 12, flags);
    put16(d + 14, next);
}

static void ring_desc(Ring *r, unsigned i, uint64_t addr, uint32_t len, uint16_t flags,
                      uint16_t next)
{
    desc_at(r->desc, i, addr, len, flags, next);
}

static void ring_offer(Ring *r, uint16_t head)
{
    put16(r->avail + 4 + 2u * (r->avail_idx % r->size), head);
    r->avail_idx++;
    put16(r->avail + 2, r->avail_idx);
}

static uint16_t used_idx(const Ring *r)
{
    return (uint16_t)get32(r->used + 2);
}

static uint32_t used_id(const Ring *r, unsigned n)
{
    return get32(r->used + 4 + 8u * (n % r->size));
}

static uint32_t used_len(const Ring *r, unsigned n)
{
    return get32(r->used + 8 + 8u * (n % r->size));
}

static void fill(uint64_t addr, uint8_t byte, size_t len)
{
    uint8_t *p = as_ram_ptr(as, addr, (unsigned)len);
    ck_assert_ptr_nonnull(p);
    memset(p, byte, len);
}

/* True when [addr, addr + len) holds only byte. */
static bool all(uint64_t addr, uint8_t byte, size_t len)
{
    const uint8_t *p = as_ram_ptr(as, addr, (unsigned)len);
    ck_assert_ptr_nonnull(p);
    for (size_t i = 0; i < len; i++)
        if (p[i] != byte)
            return false;
    return true;
}

/* ---- bare virtqueues on a test device ---- */

static VirtioDevice vdev;
static Ring q;
static int isr_calls;
static uint8_t last_isr;

static void rec_isr(void *transport, uint8_t isr)
{
    (void)transport;
    isr_calls++;
    last_isr = isr;
}

static void vq_setup(void)
{
    as = as_new();
    ck_assert_ptr_nonnull(as_add_ram(as, "ram", 0, RAM_SIZE));
    virtio_init(&vdev, as, "virtio-test", 99, 0, NULL, NULL);
    virtio_add_queue(&vdev, 0, QSIZE, NULL);
    vdev.host_features = 1ull << VIRTIO_RING_F_INDIRECT_DESC;
    vdev.isr_changed = rec_isr;
    virtio_set_status(&vdev, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER);
    virtio_queue_set_pfn(&vdev, 0, QPFN);
    virtio_set_status(&vdev, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER |
                      VIRTIO_STATUS_DRIVER_OK);
    q = ring_at(QPFN, QSIZE);
    isr_calls = 0;
    last_isr = 0;
}

static void vq_teardown(void)
{
    as_free(as);
}

static bool needs_reset(void)
{
    return (vdev.status & VIRTIO_STATUS_NEEDS_RESET) != 0;
}

START_TEST(test_legacy_layout)
{
    VirtQueue *vq = &vdev.vq[0];
    ck_assert_uint_eq(vq->desc, q.desc);
    ck_assert_uint_eq(vq->avail, q.avail);
    ck_assert_uint_eq(vq->used, q.used);
    ck_assert_uint_eq(vq->used, 0x11000);   /* 16 * 16 + 2 * 19 bytes, then aligned */
    virtio_queue_set_pfn(&vdev, 0, 0);     /* PFN 0: the queue is gone */
    VirtqElem e;
    ring_desc(&q, 0, 0x20000, 8, 0, 0);
    ring_offer(&q, 0);
    ck_assert_int_eq(virtq_pop(vq, &e), 0);
}
END_TEST

START_TEST(test_chain_and_used)
{
    VirtQueue *vq = &vdev.vq[0];
    VirtqElem e;
    ck_assert_int_eq(virtq_pop(vq, &e), 0);           /* empty */
    /* out of order in the table: 5 -> 2 -> 9; two readable, then one writable */
    ring_desc(&q, 5, 0x20000, 100, VIRTQ_DESC_F_NEXT, 2);
    ring_desc(&q, 2, 0x30000, 200, VIRTQ_DESC_F_NEXT, 9);
    ring_desc(&q, 9, 0x40000, 300, VIRTQ_DESC_F_WRITE, 0);
    ring_desc(&q, 7, 0x50000, 64, 0, 0);
    ring_offer(&q, 5);
    ring_offer(&q, 7);
    ck_assert_int_eq(virtq_pop(vq, &e), 1);
    ck_assert_uint_eq(e.head, 5);
    ck_assert_uint_eq(e.nb_segs, 3);
    ck_assert_uint_eq(e.segs[0].addr, 0x20000);
    ck_assert_uint_eq(e.segs[0].len, 100);
    ck_assert(!e.segs[0].write);
    ck_assert_uint_eq(e.segs[1].addr, 0x30000);
    ck_assert(!e.segs[1].write);
    ck_assert_uint_eq(e.segs[2].addr, 0x40000);
    ck_assert_uint_eq(e.segs[2].len, 300);
    ck_assert(e.segs[2].write);
    virtq_push(vq, &e, 300);
    ck_assert_uint_eq(used_idx(&q), 1);
    ck_assert_uint_eq(used_id(&q, 0), 5);
    ck_assert_uint_eq(used_len(&q, 0), 300);
    ck_assert_int_eq(virtq_pop(vq, &e), 1);
    ck_assert_uint_eq(e.head, 7);
    ck_assert_uint_eq(e.nb_segs, 1);
    virtq_push(vq, &e, 0);
    ck_assert_uint_eq(used_idx(&q), 2);
    ck_assert_uint_eq(used_id(&q, 1), 7);
    ck_assert_int_eq(virtq_pop(vq, &e), 0);
    ck_assert(!needs_reset());
}
END_TEST

START_TEST(test_ring_wraps)
{
    VirtQueue *vq = &vdev.vq[0];
    VirtqElem e;
    /* 40 buffers through a 16-entry ring: the indices wrap modulo the size */
    for (unsigned n = 0; n < 40; n++) {
        uint16_t head = (uint16_t)(n % QSIZE);
        ring_desc(&q, head, 0x20000 + n, n + 1, 0, 0);
        ring_offer(&q, head);
        ck_assert_int_eq(virtq_pop(vq, &e), 1);
        ck_assert_uint_eq(e.segs[0].len, n + 1);
        virtq_push(vq, &e, n);
        ck_assert_uint_eq(used_idx(&q), n + 1);
        ck_assert_uint_eq(used_len(&q, n), n);
    }
}
END_TEST

START_TEST(test_notify_suppression)
{
    VirtQueue *vq = &vdev.vq[0];
    virtq_notify(vq);
    ck_assert_uint_eq(vdev.isr, VIRTIO_ISR_QUEUE);
    ck_assert_int_eq(isr_calls, 1);
    ck_assert_uint_eq(last_isr, VIRTIO_ISR_QUEUE);
    ck_assert_uint_eq(virtio_isr_read_clear(&vdev), VIRTIO_ISR_QUEUE);
    ck_assert_uint_eq(vdev.isr, 0);
    ck_assert_uint_eq(last_isr, 0);
    ck_assert_uint_eq(virtio_isr_read_clear(&vdev), 0);
    /* 2.7.7.2: VIRTQ_AVAIL_F_NO_INTERRUPT without EVENT_IDX: no notification */
    put16(q.avail, VIRTQ_AVAIL_F_NO_INTERRUPT);
    int calls = isr_calls;
    virtq_notify(vq);
    ck_assert_uint_eq(vdev.isr, 0);
    ck_assert_int_eq(isr_calls, calls);
    put16(q.avail, 0);
    virtq_notify(vq);
    ck_assert_uint_eq(vdev.isr, VIRTIO_ISR_QUEUE);
}
END_TEST

START_TEST(test_indirect)
{
    VirtQueue *vq = &vdev.vq[0];
    VirtqElem e;
    virtio_set_guest_features(&vdev, 1ull << VIRTIO_RING_F_INDIRECT_DESC);
    uint64_t table = 0x60000;
    desc_at(table, 0, 0x21000, 10, VIRTQ_DESC_F_NEXT, 2);
    desc_at(table, 2, 0x22000, 20, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT, 1);
    desc_at(table, 1, 0x23000, 30, VIRTQ_DESC_F_WRITE, 0);
    ring_desc(&q, 4, table, 3 * 16, VIRTQ_DESC_F_INDIRECT, 0);
    ring_offer(&q, 4);
    ck_assert_int_eq(virtq_pop(vq, &e), 1);
    ck_assert_uint_eq(e.head, 4);
    ck_assert_uint_eq(e.nb_segs, 3);
    ck_assert_uint_eq(e.segs[0].addr, 0x21000);
    ck_assert(!e.segs[0].write);
    ck_assert_uint_eq(e.segs[1].addr, 0x22000);
    ck_assert(e.segs[1].write);
    ck_assert_uint_eq(e.segs[2].len, 30);
    ck_assert(!needs_reset());
}
END_TEST

START_TEST(test_indirect_not_negotiated)
{
    VirtqElem e;
    desc_at(0x60000, 0, 0x21000, 10, 0, 0);
    ring_desc(&q, 0, 0x60000, 16, VIRTQ_DESC_F_INDIRECT, 0);
    ring_offer(&q, 0);
    ck_assert_int_eq(virtq_pop(&vdev.vq[0], &e), -1);
    ck_assert(needs_reset());
}
END_TEST

/* A malformed chain stops the device: NEEDS_RESET, a configuration change interrupt
 * (DRIVER_OK is set), no further buffers taken until a reset. */
static void expect_broken(void)
{
    VirtqElem e;
    ck_assert_int_eq(virtq_pop(&vdev.vq[0], &e), -1);
    ck_assert(needs_reset());
    ck_assert(vdev.isr & VIRTIO_ISR_CONFIG);
    ck_assert_int_eq(virtq_pop(&vdev.vq[0], &e), 0);
    /* the reset brings the device back */
    virtio_set_status(&vdev, 0);
    ck_assert_uint_eq(vdev.status, 0);
    ck_assert_uint_eq(vdev.isr, 0);
    ck_assert_uint_eq(vdev.vq[0].pfn, 0);
    virtio_queue_set_pfn(&vdev, 0, QPFN);
    q.avail_idx = 0;
    put16(q.avail + 2, 0);
    ring_desc(&q, 0, 0x20000, 1, 0, 0);
    ring_offer(&q, 0);
    ck_assert_int_eq(virtq_pop(&vdev.vq[0], &e), 1);
}

START_TEST(test_bad_loop)
{
    ring_desc(&q, 0, 0x20000, 8, VIRTQ_DESC_F_NEXT, 1);
    ring_desc(&q, 1, 0x20000, 8, VIRTQ_DESC_F_NEXT, 0);
    ring_offer(&q, 0);
    expect_broken();
}
END_TEST

START_TEST(test_bad_next)
{
    ring_desc(&q, 0, 0x20000, 8, VIRTQ_DESC_F_NEXT, QSIZE);
    ring_offer(&q, 0);
    expect_broken();
}
END_TEST

START_TEST(test_bad_head)
{
    ring_offer(&q, QSIZE + 3);
    expect_broken();
}
END_TEST

START_TEST(test_bad_avail_idx)
{
    put16(q.avail + 2, QSIZE + 1);      /* more buffers than the queue holds */
    expect_broken();
}
END_TEST

START_TEST(test_bad_order)
{
    ring_desc(&q, 0, 0x20000, 8, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT, 1);
    ring_desc(&q, 1, 0x21000, 8, 0, 0);
    ring_offer(&q, 0);
    expect_broken();
}
END_TEST

START_TEST(test_bad_wrap)
{
    ring_desc(&q, 0, UINT64_MAX - 4, 8, 0, 0);
    ring_offer(&q, 0);
    expect_broken();
}
END_TEST

START_TEST(test_bad_indirect)
{
    virtio_set_guest_features(&vdev, 1ull << VIRTIO_RING_F_INDIRECT_DESC);
    switch (_i) {
    case 0:   /* INDIRECT with NEXT */
        ring_desc(&q, 0, 0x60000, 16, VIRTQ_DESC_F_INDIRECT | VIRTQ_DESC_F_NEXT, 1);
        desc_at(0x60000, 0, 0x21000, 8, 0, 0);
        break;
    case 1:   /* a length that is not whole descriptors */
        ring_desc(&q, 0, 0x60000, 24, VIRTQ_DESC_F_INDIRECT, 0);
        break;
    case 2:   /* an indirect descriptor inside the indirect table */
        ring_desc(&q, 0, 0x60000, 32, VIRTQ_DESC_F_INDIRECT, 0);
        desc_at(0x60000, 0, 0x21000, 8, VIRTQ_DESC_F_NEXT, 1);
        desc_at(0x60000, 1, 0x61000, 16, VIRTQ_DESC_F_INDIRECT, 0);
        break;
    case 3:   /* a loop inside the table */
        ring_desc(&q, 0, 0x60000, 32, VIRTQ_DESC_F_INDIRECT, 0);
        desc_at(0x60000, 0, 0x21000, 8, VIRTQ_DESC_F_NEXT, 1);
        desc_at(0x60000, 1, 0x21000, 8, VIRTQ_DESC_F_NEXT, 0);
        break;
    case 4:   /* a table outside RAM */
        ring_desc(&q, 0, 0xfee00000ull, 32, VIRTQ_DESC_F_INDIRECT, 0);
        break;
    default:  /* a chain of QSIZE + 1 descriptors, longer than the queue (2.7.5.3.1) */
        ring_desc(&q, 0, 0x60000, 16 * (QSIZE + 1), VIRTQ_DESC_F_INDIRECT, 0);
        for (unsigned i = 0; i <= QSIZE; i++)
            desc_at(0x60000, i, 0x21000, 8, i < QSIZE ? VIRTQ_DESC_F_NEXT : 0,
                    (uint16_t)(i + 1));
        break;
    }
    ring_offer(&q, 0);
    expect_broken();
}
END_TEST

START_TEST(test_queue_outside_ram)
{
    /* the rings of a queue placed beyond RAM: an error, never a host access */
    virtio_queue_set_pfn(&vdev, 0, (RAM_SIZE >> 12) + 16);
    VirtqElem e;
    ck_assert_int_eq(virtq_pop(&vdev.vq[0], &e), -1);
    ck_assert(needs_reset());
}
END_TEST

START_TEST(test_features_offered_only)
{
    virtio_set_guest_features(&vdev, (1ull << VIRTIO_RING_F_INDIRECT_DESC) | (1ull << 3));
    ck_assert_uint_eq(vdev.guest_features, 1ull << VIRTIO_RING_F_INDIRECT_DESC);
    ck_assert(virtio_has_feature(&vdev, VIRTIO_RING_F_INDIRECT_DESC));
    ck_assert(!virtio_has_feature(&vdev, 3));
}
END_TEST

/* ---- the balloon behind the legacy PCI transport ---- */

static PciBus *bus;
static VirtioBalloon *balloon;
static VirtioPci *vpci;
static bool irq_level;
typedef struct Range {
    uint64_t addr, len;
} Range;
static Range discarded[64];
static unsigned nb_discarded;
static Ring rq[3];

static int router_map(void *opaque, uint8_t devfn, int pin)
{
    (void)opaque;
    ck_assert_uint_eq(devfn, PCI_DEVFN(SLOT, 0));
    ck_assert_int_eq(pin, 0);                     /* INTA */
    return 0;
}

static void router_set(void *opaque, int input, bool level)
{
    (void)opaque;
    (void)input;
    irq_level = level;
}

static uint64_t rec_discard(void *opaque, uint64_t addr, uint64_t len)
{
    ck_assert_ptr_eq(opaque, &nb_discarded);
    ck_assert_uint_lt(nb_discarded, 64);
    discarded[nb_discarded++] = (Range){ addr, len };
    return as_discard_ram(as, addr, len);
}

/* The discard callback's call n covered [addr, addr + len). */
static void expect_discard(unsigned n, uint64_t addr, uint64_t len)
{
    ck_assert_uint_gt(nb_discarded, n);
    ck_assert_uint_eq(discarded[n].addr, addr);
    ck_assert_uint_eq(discarded[n].len, len);
}

/* Every page of [base, base + len) reads as zero if a discard covered it, else holds
 * its pattern byte. */
static void expect_zero_where_discarded(uint64_t base, uint64_t len, uint8_t byte)
{
    for (uint64_t a = base; a < base + len; a += 4096) {
        bool d = false;
        for (unsigned i = 0; i < nb_discarded; i++)
            d |= a >= discarded[i].addr && a < discarded[i].addr + discarded[i].len;
        ck_assert_msg(all(a, d ? 0 : byte, 4096), "page 0x%llx", (unsigned long long)a);
    }
}

static uint32_t cfg_read(unsigned reg, unsigned size)
{
    as_port_out(as, 0xcf8, 0x80000000u | SLOT << 11 | (reg & ~3u), 4);
    return as_port_in(as, (uint16_t)(0xcfc + (reg & 3)), size);
}

static void cfg_write(unsigned reg, uint32_t val, unsigned size)
{
    as_port_out(as, 0xcf8, 0x80000000u | SLOT << 11 | (reg & ~3u), 4);
    as_port_out(as, (uint16_t)(0xcfc + (reg & 3)), val, size);
}

static uint32_t reg_in(unsigned off, unsigned size)
{
    return as_port_in(as, (uint16_t)(BAR + off), size);
}

static void reg_out(unsigned off, uint32_t val, unsigned size)
{
    as_port_out(as, (uint16_t)(BAR + off), val, size);
}

static void make_balloon(bool reporting, bool deflate_on_oom, bool modern)
{
    as = as_new();
    ck_assert_ptr_nonnull(as_add_ram(as, "ram", 0, RAM_SIZE));
    bus = pci_bus_new(as);
    ck_assert_ptr_nonnull(bus);
    PciIrqRouter router = { router_map, router_set, NULL, 1 };
    pci_bus_set_irq_router(bus, &router);
    ck_assert(pci_bus_add_mmio_window(bus, MBAR, 0x1000000));
    VirtioBalloonConfig cfg = { .free_page_reporting = reporting,
                                .deflate_on_oom = deflate_on_oom,
                                .discard = rec_discard, .opaque = &nb_discarded };
    balloon = virtio_balloon_new(as, &cfg);
    ck_assert_ptr_nonnull(balloon);
    vpci = virtio_pci_new(bus, PCI_DEVFN(SLOT, 0), virtio_balloon_vdev(balloon), modern);
    ck_assert_ptr_nonnull(vpci);
    nb_discarded = 0;
    irq_level = false;
}

/* What Linux's legacy probe does: BAR 0, I/O decode and bus mastering on, status
 * ACKNOWLEDGE | DRIVER, features, the queues (4.1.5.1.1 legacy), DRIVER_OK. */
static void driver_up(uint32_t features)
{
    cfg_write(PCI_BASE_ADDRESS_0, BAR, 4);
    cfg_write(PCI_COMMAND, PCI_COMMAND_IO | PCI_COMMAND_MASTER, 2);
    reg_out(VIRTIO_PCI_STATUS, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER, 1);
    reg_out(VIRTIO_PCI_GUEST_FEATURES, features, 4);
    for (unsigned n = 0; n < 3; n++) {
        reg_out(VIRTIO_PCI_QUEUE_SEL, n, 2);
        uint16_t size = (uint16_t)reg_in(VIRTIO_PCI_QUEUE_NUM, 2);
        if (!size)
            continue;
        uint32_t pfn = 0x30 + 0x10 * n;
        reg_out(VIRTIO_PCI_QUEUE_PFN, pfn, 4);
        ck_assert_uint_eq(reg_in(VIRTIO_PCI_QUEUE_PFN, 4), pfn);
        rq[n] = ring_at(pfn, size);
    }
    reg_out(VIRTIO_PCI_STATUS, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER |
            VIRTIO_STATUS_DRIVER_OK, 1);
}

static void balloon_setup(void)
{
    make_balloon(true, false, true);
}

static void balloon_teardown(void)
{
    pci_bus_free(bus);
    virtio_pci_free(vpci);
    virtio_balloon_free(balloon);
    as_free(as);
}

START_TEST(test_pci_identity)
{
    ck_assert_uint_eq(cfg_read(PCI_VENDOR_ID, 2), 0x1af4);
    ck_assert_uint_eq(cfg_read(PCI_DEVICE_ID, 2), 0x1002);        /* 4.1.2.1 balloon */
    ck_assert_uint_eq(cfg_read(PCI_REVISION_ID, 1), 0);            /* transitional */
    ck_assert_uint_eq(cfg_read(PCI_SUBSYSTEM_VENDOR_ID, 2), 0x1af4);
    ck_assert_uint_eq(cfg_read(PCI_SUBSYSTEM_ID, 2), VIRTIO_ID_BALLOON);
    ck_assert_uint_eq(cfg_read(PCI_INTERRUPT_PIN, 1), 1);
    /* BAR 0: I/O, 32 bytes (20 bytes of registers + 8 of configuration) */
    cfg_write(PCI_BASE_ADDRESS_0, 0xffffffffu, 4);
    ck_assert_uint_eq(cfg_read(PCI_BASE_ADDRESS_0, 4), 0x0000ffe1u);
    ck_assert_uint_eq(virtio_pci_transitional_id(1), 0x1000);
    ck_assert_uint_eq(virtio_pci_transitional_id(4), 0x1005);
    ck_assert_uint_eq(virtio_pci_transitional_id(6), 0);
}
END_TEST

START_TEST(test_pci_registers)
{
    cfg_write(PCI_BASE_ADDRESS_0, BAR, 4);
    cfg_write(PCI_COMMAND, PCI_COMMAND_IO, 2);
    /* offered: PAGE_REPORTING (5) and INDIRECT_DESC (28); not DEFLATE_ON_OOM here */
    ck_assert_uint_eq(reg_in(VIRTIO_PCI_HOST_FEATURES, 4),
                      1u << VIRTIO_BALLOON_F_PAGE_REPORTING | 1u << VIRTIO_RING_F_INDIRECT_DESC);
    reg_out(VIRTIO_PCI_HOST_FEATURES, 0, 4);                       /* read-only */
    ck_assert_uint_ne(reg_in(VIRTIO_PCI_HOST_FEATURES, 4), 0);
    /* the driver cannot accept what was not offered */
    reg_out(VIRTIO_PCI_GUEST_FEATURES, 0xffffffffu, 4);
    ck_assert_uint_eq(reg_in(VIRTIO_PCI_GUEST_FEATURES, 4), reg_in(VIRTIO_PCI_HOST_FEATURES, 4));
    /* queue sizes: 0, 1 and the reporting queue 2 exist; 3 does not */
    for (unsigned n = 0; n < 4; n++) {
        reg_out(VIRTIO_PCI_QUEUE_SEL, n, 2);
        ck_assert_uint_eq(reg_in(VIRTIO_PCI_QUEUE_SEL, 2), n);
        ck_assert_uint_eq(reg_in(VIRTIO_PCI_QUEUE_NUM, 2), n < 3 ? VIRTIO_BALLOON_QUEUE_SIZE : 0);
    }
    reg_out(VIRTIO_PCI_STATUS, VIRTIO_STATUS_ACKNOWLEDGE, 1);
    ck_assert_uint_eq(reg_in(VIRTIO_PCI_STATUS, 1), VIRTIO_STATUS_ACKNOWLEDGE);
    /* configuration at offset 20: num_pages then actual, little-endian */
    virtio_balloon_set_target(balloon, 0x12345);
    ck_assert_uint_eq(reg_in(VIRTIO_PCI_CONFIG + VIRTIO_BALLOON_CFG_NUM_PAGES, 4), 0x12345);
    ck_assert_uint_eq(reg_in(VIRTIO_PCI_CONFIG + 1, 1), 0x23);
    reg_out(VIRTIO_PCI_CONFIG + VIRTIO_BALLOON_CFG_NUM_PAGES, 7, 4);  /* the device's */
    ck_assert_uint_eq(reg_in(VIRTIO_PCI_CONFIG, 4), 0x12345);
    reg_out(VIRTIO_PCI_CONFIG + VIRTIO_BALLOON_CFG_ACTUAL, 0x100, 4);
    reg_out(VIRTIO_PCI_CONFIG + VIRTIO_BALLOON_CFG_ACTUAL + 1, 0x02, 1);
    ck_assert_uint_eq(reg_in(VIRTIO_PCI_CONFIG + VIRTIO_BALLOON_CFG_ACTUAL, 4), 0x200);
    /* reset: status, features and actual back to 0; the target stays the host's */
    reg_out(VIRTIO_PCI_STATUS, 0, 1);
    ck_assert_uint_eq(reg_in(VIRTIO_PCI_STATUS, 1), 0);
    ck_assert_uint_eq(reg_in(VIRTIO_PCI_GUEST_FEATURES, 4), 0);
    ck_assert_uint_eq(reg_in(VIRTIO_PCI_CONFIG + VIRTIO_BALLOON_CFG_ACTUAL, 4), 0);
    ck_assert_uint_eq(reg_in(VIRTIO_PCI_CONFIG + VIRTIO_BALLOON_CFG_NUM_PAGES, 4), 0x12345);
}
END_TEST

START_TEST(test_features_per_config)
{
    balloon_teardown();
    make_balloon(false, true, false);
    driver_up(0);
    ck_assert_uint_eq(reg_in(VIRTIO_PCI_HOST_FEATURES, 4),
                      1u << VIRTIO_BALLOON_F_DEFLATE_ON_OOM | 1u << VIRTIO_RING_F_INDIRECT_DESC);
    reg_out(VIRTIO_PCI_QUEUE_SEL, VIRTIO_BALLOON_Q_REPORTING, 2);
    ck_assert_uint_eq(reg_in(VIRTIO_PCI_QUEUE_NUM, 2), 0);   /* no reporting queue */
    /* legacy only: no capabilities, no BAR 4, no VERSION_1 */
    ck_assert_uint_eq(cfg_read(PCI_STATUS, 2) & 0x10, 0);
    cfg_write(PCI_BASE_ADDRESS_0 + 16, 0xffffffffu, 4);
    ck_assert_uint_eq(cfg_read(PCI_BASE_ADDRESS_0 + 16, 4), 0);
    ck_assert_uint_eq(virtio_balloon_vdev(balloon)->host_features >> 32, 0);
}
END_TEST

START_TEST(test_inflate_discards)
{
    driver_up(1u << VIRTIO_BALLOON_F_PAGE_REPORTING);
    fill(0x200000, 0xa5, 0x10000);               /* pages 0x200-0x20f hold a pattern */
    /* PFNs 0x201, 0x202, 0x203 (one run) and 0x208 */
    uint64_t arr = 0x80000;
    put32(arr, 0x201);
    put32(arr + 4, 0x202);
    put32(arr + 8, 0x203);
    put32(arr + 12, 0x208);
    Ring *r = &rq[VIRTIO_BALLOON_Q_INFLATE];
    ring_desc(r, 0, arr, 16, 0, 0);
    ring_offer(r, 0);
    ck_assert(!irq_level);
    reg_out(VIRTIO_PCI_QUEUE_NOTIFY, VIRTIO_BALLOON_Q_INFLATE, 2);
    ck_assert_uint_eq(nb_discarded, 2);
    expect_discard(0, 0x201000, 0x3000);
    expect_discard(1, 0x208000, 0x1000);
    expect_zero_where_discarded(0x200000, 0x10000, 0xa5);
    ck_assert_uint_eq(used_idx(r), 1);
    ck_assert_uint_eq(used_id(r, 0), 0);
    /* INTA is up until the ISR is read */
    ck_assert(irq_level);
    ck_assert_uint_eq(reg_in(VIRTIO_PCI_ISR, 1), VIRTIO_ISR_QUEUE);
    ck_assert(!irq_level);
    ck_assert_uint_eq(reg_in(VIRTIO_PCI_ISR, 1), 0);
    VirtioBalloonStats st;
    virtio_balloon_get_stats(balloon, &st);
    ck_assert_uint_eq(st.inflated_pages, 4);
    ck_assert_uint_eq(st.discarded_bytes, 0x4000);
    /* deflate: the pages come back (they read as zero), nothing is discarded */
    r = &rq[VIRTIO_BALLOON_Q_DEFLATE];
    ring_desc(r, 3, arr, 8, 0, 0);
    ring_offer(r, 3);
    reg_out(VIRTIO_PCI_QUEUE_NOTIFY, VIRTIO_BALLOON_Q_DEFLATE, 2);
    ck_assert_uint_eq(nb_discarded, 2);
    ck_assert_uint_eq(used_idx(r), 1);
    ck_assert_uint_eq(used_id(r, 0), 3);
    virtio_balloon_get_stats(balloon, &st);
    ck_assert_uint_eq(st.deflated_pages, 2);
}
END_TEST

START_TEST(test_buffers_wait_for_driver_ok)
{
    /* 2.1.2: nothing is consumed before DRIVER_OK; the buffer is taken when it comes */
    cfg_write(PCI_BASE_ADDRESS_0, BAR, 4);
    cfg_write(PCI_COMMAND, PCI_COMMAND_IO | PCI_COMMAND_MASTER, 2);
    reg_out(VIRTIO_PCI_STATUS, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER, 1);
    reg_out(VIRTIO_PCI_QUEUE_SEL, VIRTIO_BALLOON_Q_INFLATE, 2);
    reg_out(VIRTIO_PCI_QUEUE_PFN, 0x30, 4);
    Ring r = ring_at(0x30, VIRTIO_BALLOON_QUEUE_SIZE);
    put32(0x80000, 0x300);
    ring_desc(&r, 0, 0x80000, 4, 0, 0);
    ring_offer(&r, 0);
    reg_out(VIRTIO_PCI_QUEUE_NOTIFY, VIRTIO_BALLOON_Q_INFLATE, 2);
    ck_assert_uint_eq(nb_discarded, 0);
    ck_assert_uint_eq(used_idx(&r), 0);
    reg_out(VIRTIO_PCI_STATUS, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER |
            VIRTIO_STATUS_DRIVER_OK, 1);
    expect_discard(0, 0x300000, 0x1000);
    ck_assert_uint_eq(used_idx(&r), 1);
}
END_TEST

START_TEST(test_inflate_outside_ram)
{
    driver_up(0);
    put32(0x80000, 0xfee00);                     /* the local APIC page: not RAM */
    ring_desc(&rq[0], 0, 0x80000, 4, 0, 0);
    ring_offer(&rq[0], 0);
    reg_out(VIRTIO_PCI_QUEUE_NOTIFY, VIRTIO_BALLOON_Q_INFLATE, 2);
    ck_assert_uint_eq(nb_discarded, 1);
    VirtioBalloonStats st;
    virtio_balloon_get_stats(balloon, &st);
    ck_assert_uint_eq(st.discarded_bytes, 0);
    ck_assert_uint_eq(used_idx(&rq[0]), 1);      /* a guest mistake, not a broken ring */
    ck_assert_uint_eq(reg_in(VIRTIO_PCI_STATUS, 1) & VIRTIO_STATUS_NEEDS_RESET, 0);
}
END_TEST

START_TEST(test_inflate_writable_buffer)
{
    driver_up(0);
    ring_desc(&rq[0], 0, 0x80000, 4, VIRTQ_DESC_F_WRITE, 0);
    ring_offer(&rq[0], 0);
    reg_out(VIRTIO_PCI_QUEUE_NOTIFY, VIRTIO_BALLOON_Q_INFLATE, 2);
    ck_assert_uint_eq(nb_discarded, 0);
    ck_assert_uint_eq(used_idx(&rq[0]), 0);
    ck_assert(reg_in(VIRTIO_PCI_STATUS, 1) & VIRTIO_STATUS_NEEDS_RESET);
    /* a configuration change interrupt says so */
    ck_assert(irq_level);
    ck_assert_uint_eq(reg_in(VIRTIO_PCI_ISR, 1), VIRTIO_ISR_CONFIG);
}
END_TEST

START_TEST(test_reporting_discards)
{
    driver_up(1u << VIRTIO_BALLOON_F_PAGE_REPORTING | 1u << VIRTIO_RING_F_INDIRECT_DESC);
    fill(0x100000, 0x5a, 0x100000);
    Ring *r = &rq[VIRTIO_BALLOON_Q_REPORTING];
    /* one report of two free ranges (device-writable, as the driver offers them) through
     * an indirect table, and a second report of one range */
    desc_at(0x90000, 0, 0x110000, 0x8000, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT, 1);
    desc_at(0x90000, 1, 0x180000, 0x2000, VIRTQ_DESC_F_WRITE, 0);
    ring_desc(r, 0, 0x90000, 32, VIRTQ_DESC_F_INDIRECT, 0);
    ring_desc(r, 1, 0x1f0000, 0x1000, VIRTQ_DESC_F_WRITE, 0);
    ring_offer(r, 0);
    ring_offer(r, 1);
    put16(r->avail, VIRTQ_AVAIL_F_NO_INTERRUPT);
    reg_out(VIRTIO_PCI_QUEUE_NOTIFY, VIRTIO_BALLOON_Q_REPORTING, 2);
    ck_assert_uint_eq(nb_discarded, 3);
    expect_discard(0, 0x110000, 0x8000);
    expect_discard(1, 0x180000, 0x2000);
    expect_discard(2, 0x1f0000, 0x1000);
    expect_zero_where_discarded(0x100000, 0x100000, 0x5a);
    ck_assert_uint_eq(used_idx(r), 2);
    ck_assert_uint_eq(used_id(r, 0), 0);
    ck_assert_uint_eq(used_id(r, 1), 1);
    /* the driver asked for no interrupt */
    ck_assert(!irq_level);
    VirtioBalloonStats st;
    virtio_balloon_get_stats(balloon, &st);
    ck_assert_uint_eq(st.reported_bytes, 0xb000);
    ck_assert_uint_eq(st.discarded_bytes, 0xb000);
}
END_TEST

START_TEST(test_notify_needs_master)
{
    driver_up(0);
    cfg_write(PCI_COMMAND, PCI_COMMAND_IO, 2);   /* bus mastering off */
    put32(0x80000, 0x300);
    ring_desc(&rq[0], 0, 0x80000, 4, 0, 0);
    ring_offer(&rq[0], 0);
    reg_out(VIRTIO_PCI_QUEUE_NOTIFY, VIRTIO_BALLOON_Q_INFLATE, 2);
    ck_assert_uint_eq(nb_discarded, 0);
    ck_assert_uint_eq(used_idx(&rq[0]), 0);
    cfg_write(PCI_COMMAND, PCI_COMMAND_IO | PCI_COMMAND_MASTER, 2);
    reg_out(VIRTIO_PCI_QUEUE_NOTIFY, VIRTIO_BALLOON_Q_INFLATE, 2);
    ck_assert_uint_eq(nb_discarded, 1);
}
END_TEST

START_TEST(test_config_change_and_reset)
{
    driver_up(0);
    virtio_balloon_set_target(balloon, 256);
    ck_assert(irq_level);
    ck_assert_uint_eq(reg_in(VIRTIO_PCI_ISR, 1), VIRTIO_ISR_CONFIG);
    ck_assert(!irq_level);
    /* a pending interrupt goes away with a device reset, and the queues with it */
    virtio_balloon_set_target(balloon, 512);
    ck_assert(irq_level);
    virtio_pci_reset(vpci);
    ck_assert(!irq_level);
    reg_out(VIRTIO_PCI_QUEUE_SEL, 0, 2);
    ck_assert_uint_eq(reg_in(VIRTIO_PCI_QUEUE_PFN, 4), 0);
    ck_assert_uint_eq(reg_in(VIRTIO_PCI_STATUS, 1), 0);
    /* a machine reset also clears the PCI header: the BAR is unassigned again */
    pci_bus_reset(bus);
    virtio_pci_reset(vpci);
    ck_assert_uint_eq(reg_in(VIRTIO_PCI_STATUS, 1), 0xff);
    ck_assert_uint_eq(cfg_read(PCI_BASE_ADDRESS_0, 4), 1);
}
END_TEST

/* ---- the modern interface ---- */

static uint64_t mread(unsigned off, unsigned size)
{
    return as_read(as, MBAR + off, size);
}

static void mwrite(unsigned off, uint64_t val, unsigned size)
{
    as_write(as, MBAR + off, val, size);
}

static uint64_t common_in(unsigned off, unsigned size)
{
    return mread(VIRTIO_PCI_COMMON_OFFSET + off, size);
}

static void common_out(unsigned off, uint64_t val, unsigned size)
{
    mwrite(VIRTIO_PCI_COMMON_OFFSET + off, val, size);
}

static void modern_bar_on(void)
{
    cfg_write(PCI_BASE_ADDRESS_0 + 4 * VIRTIO_PCI_MODERN_BAR, MBAR, 4);
    cfg_write(PCI_COMMAND, PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER, 2);
}

/* 3.1.1 up to FEATURES_OK; returns the status read back. */
static uint8_t modern_features(uint64_t features)
{
    modern_bar_on();
    common_out(VIRTIO_PCI_COMMON_STATUS, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER, 1);
    for (unsigned sel = 0; sel < 2; sel++) {
        common_out(VIRTIO_PCI_COMMON_GFSELECT, sel, 4);
        common_out(VIRTIO_PCI_COMMON_GF, (uint32_t)(features >> (32 * sel)), 4);
    }
    common_out(VIRTIO_PCI_COMMON_STATUS, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER |
               VIRTIO_STATUS_FEATURES_OK, 1);
    return (uint8_t)common_in(VIRTIO_PCI_COMMON_STATUS, 1);
}

START_TEST(test_modern_capabilities)
{
    ck_assert(cfg_read(PCI_STATUS, 2) & 0x10);                    /* capabilities list */
    unsigned seen = 0, cap = cfg_read(0x34, 1);
    for (unsigned n = 0; cap && n < 16; n++, cap = cfg_read(cap + 1, 1)) {
        ck_assert_uint_eq(cfg_read(cap, 1), 0x09);                 /* vendor-specific */
        unsigned type = cfg_read(cap + 3, 1);
        uint32_t off = cfg_read(cap + 8, 4), len = cfg_read(cap + 12, 4);
        seen |= 1u << type;
        if (type == VIRTIO_PCI_CAP_PCI_CFG) {
            ck_assert_uint_eq(cfg_read(cap + 2, 1), 20);
            continue;
        }
        ck_assert_uint_eq(cfg_read(cap + 4, 1), VIRTIO_PCI_MODERN_BAR);
        switch (type) {
        case VIRTIO_PCI_CAP_COMMON_CFG:
            ck_assert_uint_eq(off, VIRTIO_PCI_COMMON_OFFSET);
            ck_assert_uint_ge(len, 0x38);
            break;
        case VIRTIO_PCI_CAP_ISR_CFG:
            ck_assert_uint_eq(off, VIRTIO_PCI_ISR_OFFSET);
            break;
        case VIRTIO_PCI_CAP_DEVICE_CFG:
            ck_assert_uint_eq(off, VIRTIO_PCI_DEVICE_OFFSET);
            ck_assert_uint_eq(len, VIRTIO_BALLOON_CONFIG_SIZE);
            break;
        default:
            ck_assert_uint_eq(type, VIRTIO_PCI_CAP_NOTIFY_CFG);
            ck_assert_uint_eq(cfg_read(cap + 2, 1), 20);
            ck_assert_uint_eq(cfg_read(cap + 16, 4), VIRTIO_PCI_NOTIFY_MULTIPLIER);
            ck_assert_uint_eq(off, VIRTIO_PCI_NOTIFY_OFFSET);
            break;
        }
    }
    ck_assert_uint_eq(seen, 0x3e);                                 /* types 1 to 5 */
    /* BAR 4: 16 KiB of 32-bit memory */
    cfg_write(PCI_BASE_ADDRESS_0 + 16, 0xffffffffu, 4);
    ck_assert_uint_eq(cfg_read(PCI_BASE_ADDRESS_0 + 16, 4), 0xffffc000u);
}
END_TEST

START_TEST(test_modern_features)
{
    modern_bar_on();
    common_out(VIRTIO_PCI_COMMON_DFSELECT, 0, 4);
    ck_assert_uint_eq(common_in(VIRTIO_PCI_COMMON_DF, 4),
                      1u << VIRTIO_BALLOON_F_PAGE_REPORTING | 1u << VIRTIO_RING_F_INDIRECT_DESC);
    common_out(VIRTIO_PCI_COMMON_DFSELECT, 1, 4);
    ck_assert_uint_eq(common_in(VIRTIO_PCI_COMMON_DF, 4), 1);       /* VERSION_1 */
    common_out(VIRTIO_PCI_COMMON_DFSELECT, 2, 4);
    ck_assert_uint_eq(common_in(VIRTIO_PCI_COMMON_DF, 4), 0);
    ck_assert_uint_eq(common_in(VIRTIO_PCI_COMMON_NUMQ, 2), 3);
    ck_assert_uint_eq(common_in(VIRTIO_PCI_COMMON_MSIX, 2), VIRTIO_PCI_NO_VECTOR);
    /* the modern interface needs VERSION_1; unoffered features are refused too */
    ck_assert_uint_eq(modern_features(1ull << VIRTIO_BALLOON_F_PAGE_REPORTING) &
                      VIRTIO_STATUS_FEATURES_OK, 0);
    ck_assert_uint_eq(modern_features(1ull << VIRTIO_F_VERSION_1 |
                                      1ull << VIRTIO_BALLOON_F_STATS_VQ) &
                      VIRTIO_STATUS_FEATURES_OK, 0);
    ck_assert_uint_eq(modern_features(1ull << VIRTIO_F_VERSION_1 |
                                      1ull << VIRTIO_BALLOON_F_PAGE_REPORTING),
                      VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER |
                      VIRTIO_STATUS_FEATURES_OK);
    common_out(VIRTIO_PCI_COMMON_GFSELECT, 1, 4);
    ck_assert_uint_eq(common_in(VIRTIO_PCI_COMMON_GF, 4), 1);
    /* a reset clears the status and the driver's features */
    common_out(VIRTIO_PCI_COMMON_STATUS, 0, 1);
    ck_assert_uint_eq(common_in(VIRTIO_PCI_COMMON_STATUS, 1), 0);
    ck_assert_uint_eq(common_in(VIRTIO_PCI_COMMON_GF, 4), 0);
}
END_TEST

START_TEST(test_modern_reporting)
{
    ck_assert(modern_features(1ull << VIRTIO_F_VERSION_1 | 1ull << VIRTIO_BALLOON_F_PAGE_REPORTING)
              & VIRTIO_STATUS_FEATURES_OK);
    /* the reporting queue shrunk to 32 entries, its parts where the driver likes */
    Ring r = { .desc = 0x70000, .avail = 0x71000 - 0x46, .used = 0x72008, .size = 32 };
    common_out(VIRTIO_PCI_COMMON_Q_SELECT, VIRTIO_BALLOON_Q_REPORTING, 2);
    ck_assert_uint_eq(common_in(VIRTIO_PCI_COMMON_Q_SIZE, 2), VIRTIO_BALLOON_QUEUE_SIZE);
    ck_assert_uint_eq(common_in(VIRTIO_PCI_COMMON_Q_NOFF, 2), VIRTIO_BALLOON_Q_REPORTING);
    common_out(VIRTIO_PCI_COMMON_Q_SIZE, 32, 2);
    common_out(VIRTIO_PCI_COMMON_Q_DESC, r.desc, 4);              /* two 32-bit halves */
    common_out(VIRTIO_PCI_COMMON_Q_DESC + 4, 0, 4);
    common_out(VIRTIO_PCI_COMMON_Q_AVAIL, r.avail, 8);            /* or one 64-bit write */
    common_out(VIRTIO_PCI_COMMON_Q_USED, r.used, 4);
    common_out(VIRTIO_PCI_COMMON_Q_ENABLE, 1, 2);
    ck_assert_uint_eq(common_in(VIRTIO_PCI_COMMON_Q_ENABLE, 2), 1);
    ck_assert_uint_eq(common_in(VIRTIO_PCI_COMMON_Q_AVAIL, 8), r.avail);
    common_out(VIRTIO_PCI_COMMON_Q_SIZE, 64, 2);                  /* enabled: ignored */
    ck_assert_uint_eq(common_in(VIRTIO_PCI_COMMON_Q_SIZE, 2), 32);
    common_out(VIRTIO_PCI_COMMON_STATUS, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER |
               VIRTIO_STATUS_FEATURES_OK | VIRTIO_STATUS_DRIVER_OK, 1);
    fill(0x300000, 0x77, 0x4000);
    for (unsigned n = 0; n < 40; n++) {       /* more reports than entries: the ring wraps */
        ring_desc(&r, (uint16_t)(n % 32), 0x300000 + 0x1000 * (n % 4), 0x1000,
                  VIRTQ_DESC_F_WRITE, 0);
        ring_offer(&r, (uint16_t)(n % 32));
        mwrite(VIRTIO_PCI_NOTIFY_OFFSET + VIRTIO_PCI_NOTIFY_MULTIPLIER *
               VIRTIO_BALLOON_Q_REPORTING, VIRTIO_BALLOON_Q_REPORTING, 2);
        ck_assert_uint_eq(used_idx(&r), n + 1);
        ck_assert_uint_eq(used_id(&r, n), n % 32);
    }
    ck_assert_uint_eq(nb_discarded, 40);
    ck_assert(all(0x300000, 0, 0x4000));
    /* the ISR block: read clears, INTA follows */
    ck_assert(irq_level);
    ck_assert_uint_eq(mread(VIRTIO_PCI_ISR_OFFSET, 1), VIRTIO_ISR_QUEUE);
    ck_assert(!irq_level);
    ck_assert_uint_eq(mread(VIRTIO_PCI_ISR_OFFSET, 1), 0);
    /* device configuration and its generation */
    uint8_t gen = (uint8_t)common_in(VIRTIO_PCI_COMMON_CFGGENERATION, 1);
    virtio_balloon_set_target(balloon, 1000);
    ck_assert_uint_ne(common_in(VIRTIO_PCI_COMMON_CFGGENERATION, 1), gen);
    ck_assert_uint_eq(mread(VIRTIO_PCI_DEVICE_OFFSET + VIRTIO_BALLOON_CFG_NUM_PAGES, 4), 1000);
    mwrite(VIRTIO_PCI_DEVICE_OFFSET + VIRTIO_BALLOON_CFG_ACTUAL, 12, 4);
    ck_assert_uint_eq(mread(VIRTIO_PCI_DEVICE_OFFSET + VIRTIO_BALLOON_CFG_ACTUAL, 4), 12);
    ck_assert_uint_eq(mread(VIRTIO_PCI_ISR_OFFSET, 1), VIRTIO_ISR_CONFIG);
}
END_TEST

START_TEST(test_modern_bad_queue_size)
{
    modern_features(1ull << VIRTIO_F_VERSION_1);
    common_out(VIRTIO_PCI_COMMON_Q_SELECT, 0, 2);
    common_out(VIRTIO_PCI_COMMON_Q_SIZE, 48, 2);                  /* not a power of two */
    common_out(VIRTIO_PCI_COMMON_Q_ENABLE, 1, 2);
    ck_assert_uint_eq(common_in(VIRTIO_PCI_COMMON_Q_ENABLE, 2), 0);
    ck_assert(common_in(VIRTIO_PCI_COMMON_STATUS, 1) & VIRTIO_STATUS_NEEDS_RESET);
    common_out(VIRTIO_PCI_COMMON_STATUS, 0, 1);
    ck_assert_uint_eq(common_in(VIRTIO_PCI_COMMON_STATUS, 1), 0);
    ck_assert_uint_eq(common_in(VIRTIO_PCI_COMMON_Q_SIZE, 2), VIRTIO_BALLOON_QUEUE_SIZE);
}
END_TEST

/* BAR accesses through the "PCI configuration access capability" (4.1.4). */
START_TEST(test_pci_cfg_window)
{
    unsigned cap = cfg_read(0x34, 1);
    while (cfg_read(cap + 3, 1) != VIRTIO_PCI_CAP_PCI_CFG)
        cap = cfg_read(cap + 1, 1);
    /* the BARs need not even be mapped */
    cfg_write(cap + 4, VIRTIO_PCI_MODERN_BAR, 1);
    cfg_write(cap + 8, VIRTIO_PCI_COMMON_OFFSET + VIRTIO_PCI_COMMON_NUMQ, 4);
    cfg_write(cap + 12, 2, 4);
    ck_assert_uint_eq(cfg_read(cap + 16, 2), 3);
    cfg_write(cap + 8, VIRTIO_PCI_COMMON_OFFSET + VIRTIO_PCI_COMMON_Q_SELECT, 4);
    cfg_write(cap + 16, 2, 2);
    ck_assert_uint_eq(cfg_read(cap + 16, 2), 2);
    cfg_write(cap + 8, VIRTIO_PCI_COMMON_OFFSET + VIRTIO_PCI_COMMON_Q_NOFF, 4);
    ck_assert_uint_eq(cfg_read(cap + 16, 2), 2);
    /* the legacy BAR 0 through the window: the host features */
    cfg_write(cap + 4, 0, 1);
    cfg_write(cap + 8, VIRTIO_PCI_HOST_FEATURES, 4);
    cfg_write(cap + 12, 4, 4);
    ck_assert_uint_eq(cfg_read(cap + 16, 4),
                      1u << VIRTIO_BALLOON_F_PAGE_REPORTING | 1u << VIRTIO_RING_F_INDIRECT_DESC);
    /* a length other than 1, 2 or 4 does nothing */
    cfg_write(cap + 12, 3, 4);
    ck_assert_uint_eq(cfg_read(cap + 16, 4),
                      1u << VIRTIO_BALLOON_F_PAGE_REPORTING | 1u << VIRTIO_RING_F_INDIRECT_DESC);
}
END_TEST

static Suite *virtio_suite(void)
{
    Suite *s = suite_create("virtio");
    TCase *tc = tcase_create("virtqueue");
    tcase_add_checked_fixture(tc, vq_setup, vq_teardown);
    tcase_add_test(tc, test_legacy_layout);
    tcase_add_test(tc, test_chain_and_used);
    tcase_add_test(tc, test_ring_wraps);
    tcase_add_test(tc, test_notify_suppression);
    tcase_add_test(tc, test_indirect);
    tcase_add_test(tc, test_indirect_not_negotiated);
    tcase_add_test(tc, test_bad_loop);
    tcase_add_test(tc, test_bad_next);
    tcase_add_test(tc, test_bad_head);
    tcase_add_test(tc, test_bad_avail_idx);
    tcase_add_test(tc, test_bad_order);
    tcase_add_test(tc, test_bad_wrap);
    tcase_add_loop_test(tc, test_bad_indirect, 0, 6);
    tcase_add_test(tc, test_queue_outside_ram);
    tcase_add_test(tc, test_features_offered_only);
    suite_add_tcase(s, tc);
    tc = tcase_create("balloon");
    tcase_add_checked_fixture(tc, balloon_setup, balloon_teardown);
    tcase_add_test(tc, test_pci_identity);
    tcase_add_test(tc, test_pci_registers);
    tcase_add_test(tc, test_features_per_config);
    tcase_add_test(tc, test_inflate_discards);
    tcase_add_test(tc, test_buffers_wait_for_driver_ok);
    tcase_add_test(tc, test_inflate_outside_ram);
    tcase_add_test(tc, test_inflate_writable_buffer);
    tcase_add_test(tc, test_reporting_discards);
    tcase_add_test(tc, test_notify_needs_master);
    tcase_add_test(tc, test_config_change_and_reset);
    tcase_add_test(tc, test_modern_capabilities);
    tcase_add_test(tc, test_modern_features);
    tcase_add_test(tc, test_modern_reporting);
    tcase_add_test(tc, test_modern_bad_queue_size);
    tcase_add_test(tc, test_pci_cfg_window);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(virtio_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

/* Unit tests for the machine's address space (machine/memory.h): region lookup and
 * priorities, aliases, ROM, MMIO dispatch, unassigned memory, port I/O, and the two
 * port devices of the bare machine (debugcon, isa-debug-exit). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "devices/debugcon.h"
#include "devices/isa_debug_exit.h"
#include "machine/memory.h"

#define MiB (1ull << 20)

/* --- a recording MMIO device --- */
typedef struct Dev {
    uint64_t last_off, last_val, reads, writes;
    unsigned last_size;
    uint64_t read_base; /* read returns read_base + offset */
} Dev;

static uint64_t dev_read(void *opaque, uint64_t off, unsigned size)
{
    Dev *d = opaque;
    d->reads++;
    d->last_off = off;
    d->last_size = size;
    return d->read_base + off;
}

static void dev_write(void *opaque, uint64_t off, uint64_t val, unsigned size)
{
    Dev *d = opaque;
    d->writes++;
    d->last_off = off;
    d->last_val = val;
    d->last_size = size;
}

static const MemRegionOps dev_ops = { dev_read, dev_write };

START_TEST(test_ram_lookup)
{
    AddressSpace *as = as_new();
    MemRegion *ram = as_add_ram(as, "ram", 0, 2 * MiB);
    ck_assert_ptr_nonnull(ram);
    ck_assert_int_eq(ram->kind, MR_RAM);
    MemLookup l = as_lookup(as, 0x1234);
    ck_assert_ptr_eq(l.mr, ram);
    ck_assert_uint_eq(l.offset, 0x1234);
    ck_assert_uint_eq(l.avail, 2 * MiB - 0x1234);
    /* RAM starts zeroed and is little-endian */
    ck_assert_uint_eq(as_read(as, 0x100, 4), 0);
    as_write(as, 0x100, 0x1122334455667788ull, 8);
    ck_assert_uint_eq(ram->host[0x100], 0x88);
    ck_assert_uint_eq(ram->host[0x107], 0x11);
    ck_assert_uint_eq(as_read(as, 0x102, 2), 0x5566);
    /* just past the end: a hole up to 2^64 */
    l = as_lookup(as, 2 * MiB);
    ck_assert_ptr_null(l.mr);
    ck_assert_uint_eq(l.avail, UINT64_MAX - 2 * MiB + 1);
    as_free(as);
}
END_TEST

START_TEST(test_unassigned)
{
    AddressSpace *as = as_new();
    ck_assert_ptr_nonnull(as_add_ram(as, "ram", 0x10000, 0x1000));
    ck_assert_uint_eq(as_read(as, 0x5000, 1), 0xff);
    ck_assert_uint_eq(as_read(as, 0x5000, 2), 0xffff);
    ck_assert_uint_eq(as_read(as, 0x5000, 4), 0xffffffffu);
    ck_assert_uint_eq(as_read(as, 0x5000, 8), UINT64_MAX);
    as_write(as, 0x5000, 0, 4); /* ignored */
    ck_assert_uint_eq(as_read(as, 0x5000, 4), 0xffffffffu);
    MemLookup l = as_lookup(as, 0xf000);
    ck_assert_ptr_null(l.mr);
    ck_assert_uint_eq(l.avail, 0x1000);
    /* an access straddling RAM's end: RAM bytes, then ones */
    as_write(as, 0x10ffe, 0xabcd, 2);
    ck_assert_uint_eq(as_read(as, 0x10ffe, 4), 0xffffabcdu);
    /* ... and its write half lands in RAM only */
    as_write(as, 0x10fff, 0x1234, 2);
    ck_assert_uint_eq(as_read(as, 0x10fff, 1), 0x34);
    as_free(as);
}
END_TEST

START_TEST(test_rom)
{
    AddressSpace *as = as_new();
    const uint8_t data[4] = { 1, 2, 3, 4 };
    MemRegion *rom = as_add_rom(as, "rom", 0xfffff000ull, 0x1000, data, sizeof(data));
    ck_assert_ptr_nonnull(rom);
    ck_assert_uint_eq(as_read(as, 0xfffff000ull, 4), 0x04030201u);
    /* past the data: erased flash */
    ck_assert_uint_eq(as_read(as, 0xfffff004ull, 1), 0xff);
    as_write(as, 0xfffff000ull, 0, 4); /* the guest cannot write ROM */
    ck_assert_uint_eq(as_read(as, 0xfffff000ull, 4), 0x04030201u);
    /* loaders can */
    const uint8_t patch[2] = { 0xaa, 0xbb };
    ck_assert(as_write_bytes(as, 0xfffff001ull, patch, 2));
    ck_assert_uint_eq(as_read(as, 0xfffff000ull, 4), 0x04bbaa01u);
    /* data larger than the region is refused */
    uint8_t big[8] = { 0 };
    ck_assert_ptr_null(as_add_rom(as, "big", 0x100000, 4, big, sizeof(big)));
    ck_assert_str_ne(as_error(as), "");
    as_free(as);
}
END_TEST

START_TEST(test_priority_and_overlap)
{
    AddressSpace *as = as_new();
    MemRegion *ram = as_add_ram(as, "ram", 0, MiB);
    Dev d = { .read_base = 0x1000 };
    MemRegion *io = as_add_mmio(as, "dev", 0x8000, 0x100, &dev_ops, &d, 1);
    ck_assert_ptr_nonnull(io);
    MemLookup l = as_lookup(as, 0x8010);
    ck_assert_ptr_eq(l.mr, io);
    ck_assert_uint_eq(l.offset, 0x10);
    ck_assert_uint_eq(l.avail, 0xf0);
    /* RAM below the device: visible extent cut at the device */
    l = as_lookup(as, 0x7000);
    ck_assert_ptr_eq(l.mr, ram);
    ck_assert_uint_eq(l.avail, 0x1000);
    /* RAM above it resumes with the right offset */
    l = as_lookup(as, 0x8100);
    ck_assert_ptr_eq(l.mr, ram);
    ck_assert_uint_eq(l.offset, 0x8100);
    /* a lower priority region under RAM is hidden */
    Dev d2 = { 0 };
    ck_assert_ptr_nonnull(as_add_mmio(as, "under", 0x9000, 0x100, &dev_ops, &d2, -1));
    l = as_lookup(as, 0x9000);
    ck_assert_ptr_eq(l.mr, ram);
    /* equal priority overlap is refused, with a message */
    ck_assert_ptr_null(as_add_ram(as, "ram2", 0x80000, MiB));
    ck_assert_ptr_nonnull(strstr(as_error(as), "overlaps"));
    /* the refused region left the map as it was */
    l = as_lookup(as, MiB + 5);
    ck_assert_ptr_null(l.mr);
    /* zero-sized and wrapping regions are refused */
    ck_assert_ptr_null(as_add_mmio(as, "zero", 0x200000, 0, &dev_ops, &d2, 0));
    ck_assert_ptr_null(as_add_mmio(as, "wrap", UINT64_MAX - 10, 100, &dev_ops, &d2, 0));
    as_free(as);
}
END_TEST

START_TEST(test_mmio_dispatch)
{
    AddressSpace *as = as_new();
    Dev d = { .read_base = 0x5000 };
    ck_assert_ptr_nonnull(as_add_mmio(as, "dev", 0xfee00000ull, 0x1000, &dev_ops, &d, 0));
    ck_assert_uint_eq(as_read(as, 0xfee00020ull, 4), 0x5020);
    ck_assert_uint_eq(d.last_off, 0x20);
    ck_assert_uint_eq(d.last_size, 4);
    as_write(as, 0xfee000b0ull, 0x12345678, 4);
    ck_assert_uint_eq(d.writes, 1);
    ck_assert_uint_eq(d.last_off, 0xb0);
    ck_assert_uint_eq(d.last_val, 0x12345678);
    /* the value handed over is cut to the access size */
    as_write(as, 0xfee00000ull, 0x1ff, 1);
    ck_assert_uint_eq(d.last_val, 0xff);
    ck_assert_uint_eq(d.last_size, 1);
    /* bulk copies refuse device memory and leave RAM untouched */
    MemRegion *ram = as_add_ram(as, "ram", 0xfedff000ull, 0x1000);
    uint8_t buf[32];
    memset(buf, 0x77, sizeof(buf));
    ck_assert(!as_write_bytes(as, 0xfedffff0ull, buf, sizeof(buf)));
    ck_assert_uint_eq(ram->host[0xff0], 0);
    ck_assert(!as_read_bytes(as, 0xfee00000ull, buf, 4));
    ck_assert(as_write_bytes(as, 0xfedff000ull, buf, 16));
    ck_assert(as_read_bytes(as, 0xfedff008ull, buf, 8));
    ck_assert_uint_eq(buf[7], 0x77);
    as_free(as);
}
END_TEST

START_TEST(test_alias)
{
    AddressSpace *as = as_new();
    MemRegion *ram = as_add_ram(as, "ram", 0, MiB);
    const uint8_t img[8] = { 0xea, 0x5b, 0xe0, 0x00, 0xf0, 'B', 'I', 'O' };
    MemRegion *rom = as_add_rom(as, "bios", 0xfffe0000ull, 0x20000, NULL, 0);
    ck_assert(as_write_bytes(as, 0xffffff00ull, img, sizeof(img)));
    /* the top 64 KiB of the ROM shows again below 1 MiB, above RAM */
    MemRegion *low = as_add_alias(as, "bios-low", 0xf0000, rom, 0x10000, 0x10000, 1);
    ck_assert_ptr_nonnull(low);
    ck_assert_int_eq(low->kind, MR_ROM);
    ck_assert_uint_eq(as_read(as, 0xfff00, 1), 0xea);
    ck_assert_uint_eq(as_read(as, 0xfff05, 1), 'B');
    MemLookup l = as_lookup(as, 0xf1234);
    ck_assert_ptr_eq(l.mr, low);
    ck_assert_ptr_eq(l.mr->host + l.offset, rom->host + 0x11234);
    /* writing through the alias does nothing: it is ROM */
    as_write(as, 0xfff00, 0, 1);
    ck_assert_uint_eq(as_read(as, 0xffffff00ull, 1), 0xea);
    /* RAM below the alias is unchanged and still visible */
    as_write(as, 0xeffff, 0x5a, 1);
    ck_assert_uint_eq(ram->host[0xeffff], 0x5a);
    /* an alias of RAM shares the storage */
    ck_assert_ptr_nonnull(as_add_alias(as, "mirror", 0x200000, ram, 0x1000, 0x1000, 0));
    as_write(as, 0x200010, 0xbeef, 2);
    ck_assert_uint_eq(as_read(as, 0x1010, 2), 0xbeef);
    /* an alias of MMIO forwards with its offset */
    Dev d = { .read_base = 0 };
    MemRegion *io = as_add_mmio(as, "dev", 0x300000, 0x100, &dev_ops, &d, 0);
    ck_assert_ptr_nonnull(as_add_alias(as, "dev-alias", 0x400000, io, 0x40, 0x40, 0));
    ck_assert_uint_eq(as_read(as, 0x400004, 2), 0x44);
    ck_assert_uint_eq(d.last_off, 0x44);
    /* an alias reaching past its target is refused */
    ck_assert_ptr_null(as_add_alias(as, "bad", 0x500000, io, 0x80, 0x100, 0));
    as_free(as);
}
END_TEST

START_TEST(test_top_of_space)
{
    AddressSpace *as = as_new();
    Dev d = { 0 };
    ck_assert_ptr_nonnull(as_add_mmio(as, "top", UINT64_MAX - 0xfff, 0x1000, &dev_ops, &d, 0));
    MemLookup l = as_lookup(as, UINT64_MAX);
    ck_assert_ptr_nonnull(l.mr);
    ck_assert_uint_eq(l.offset, 0xfff);
    ck_assert_uint_eq(l.avail, 1);
    l = as_lookup(as, 0);
    ck_assert_ptr_null(l.mr);
    ck_assert_uint_eq(l.avail, UINT64_MAX - 0xfff);
    as_free(as);
}
END_TEST

/* --- ports --- */
typedef struct PortDev {
    uint16_t last_port;
    unsigned last_size;
    uint32_t last_val;
    int tag;
} PortDev;

static uint32_t pd_in(void *opaque, uint16_t port, unsigned size)
{
    PortDev *p = opaque;
    p->last_port = port;
    p->last_size = size;
    return 0xabcdef00u | (uint32_t)p->tag;
}

static void pd_out(void *opaque, uint16_t port, uint32_t val, unsigned size)
{
    PortDev *p = opaque;
    p->last_port = port;
    p->last_size = size;
    p->last_val = val;
}

static const PortOps pd_ops = { pd_in, pd_out };

#define TEST_PAGE 4096u
/* Whether the host has the 4 KiB guest page at host mapped (one host page per guest
 * page: the tests below need 4 KiB host pages). */
static bool resident(const uint8_t *host)
{
    unsigned char v = 0;
    ck_assert_int_eq(mincore((void *)host, TEST_PAGE, &v), 0);
    return v & 1;
}

START_TEST(test_release_zero_pages)
{
    if (as_host_page_size() != TEST_PAGE)
        return; /* madvise works on whole host pages */
    AddressSpace *as = as_new();
    MemRegion *ram = as_add_ram(as, "ram", 0, 1 * MiB);
    ck_assert_ptr_nonnull(ram);
    uint8_t *h = ram->host;
    h[3 * 4096] = 1;             /* data at the start of a page */
    h[10 * 4096 + 4095] = 2;     /* ... and only in its last byte */
    h[5 * 4096 + 100] = 0;       /* written with zeros */
    h[6 * 4096 + 7] = 9;         /* written, then cleared again */
    h[6 * 4096 + 7] = 0;
    memset(h + 20 * 4096, 0, 3 * 4096); /* a run of three */
    ck_assert(resident(h + 5 * 4096) && resident(h + 6 * 4096) && resident(h + 21 * 4096));
    ck_assert_uint_eq(as_release_zero_pages(as), 5);
    ck_assert(!resident(h + 5 * 4096));
    ck_assert(!resident(h + 6 * 4096));
    for (int i = 20; i < 23; i++)
        ck_assert(!resident(h + i * 4096));
    ck_assert(resident(h + 3 * 4096) && resident(h + 10 * 4096));
    ck_assert_uint_eq(h[3 * 4096], 1);
    ck_assert_uint_eq(h[10 * 4096 + 4095], 2);
    /* released pages read as zero and take writes again */
    ck_assert_uint_eq(as_read(as, 6 * 4096 + 7, 1), 0);
    as_write(as, 5 * 4096 + 8, 0xabcd, 2);
    ck_assert_uint_eq(as_read(as, 5 * 4096 + 8, 2), 0xabcd);
    /* page 6, read since, maps the host's zero page: Linux counts it as resident */
    ck_assert_uint_le(as_release_zero_pages(as), 1);
    ck_assert_uint_eq(as_read(as, 5 * 4096 + 8, 2), 0xabcd);
    as_free(as);
}
END_TEST

START_TEST(test_discard_ram)
{
    if (as_host_page_size() != TEST_PAGE)
        return;
    AddressSpace *as = as_new();
    MemRegion *ram = as_add_ram(as, "ram", 0, 1 * MiB);
    Dev d = { 0 };
    MemRegion *io = as_add_mmio(as, "io", 0x8000, 0x1000, &dev_ops, &d, 1);
    ck_assert_ptr_nonnull(ram);
    ck_assert_ptr_nonnull(io);
    for (uint64_t a = 0x2000; a < 0xb000; a += 0x800)
        if (a < 0x8000 || a >= 0x9000)
            as_write(as, a, 0x5a, 1);
    /* only whole pages inside the range go */
    ck_assert_uint_eq(as_discard_ram(as, 0x2800, 0x2000), 0x1000);
    ck_assert_uint_eq(as_read(as, 0x2800, 1), 0x5a);
    ck_assert_uint_eq(as_read(as, 0x3000, 1), 0);
    ck_assert_uint_eq(as_read(as, 0x3800, 1), 0);
    ck_assert_uint_eq(as_read(as, 0x4000, 1), 0x5a);
    /* RAM on both sides of an MMIO window: the window is left alone */
    ck_assert_uint_eq(as_discard_ram(as, 0x7000, 0x3000), 0x2000);
    ck_assert_uint_eq(as_read(as, 0x7000, 1), 0);
    ck_assert_uint_eq(as_read(as, 0x9800, 1), 0);
    ck_assert_uint_eq(as_read(as, 0xa000, 1), 0x5a);
    ck_assert_uint_eq(d.writes, 0);
    /* past the end of RAM: the hole is skipped, wrapping ranges stop at the top */
    as_write(as, MiB - 0x1000, 0x77, 1);
    ck_assert_uint_eq(as_discard_ram(as, MiB - 0x1000, 16 * MiB), 0x1000);
    ck_assert_uint_eq(as_read(as, MiB - 0x1000, 1), 0);
    ck_assert_uint_eq(as_discard_ram(as, UINT64_MAX - 0x1fff, 0x10000), 0);
    ck_assert_uint_eq(as_discard_ram(as, 0x5000, 0), 0);
    as_free(as);
}
END_TEST

START_TEST(test_ram_ptr)
{
    AddressSpace *as = as_new();
    MemRegion *ram = as_add_ram(as, "ram", 0, 1 * MiB);
    MemRegion *rom = as_add_rom(as, "rom", 2 * MiB, 0x1000, "\x11\x22", 2);
    Dev d = { 0 };
    MemRegion *io = as_add_mmio(as, "io", 0x8000, 0x1000, &dev_ops, &d, 1);
    ck_assert_ptr_nonnull(ram);
    ck_assert_ptr_nonnull(rom);
    ck_assert_ptr_nonnull(io);
    /* RAM in place, on both sides of the MMIO window over it */
    ck_assert_ptr_eq(as_ram_ptr(as, 0x1000, 8), ram->host + 0x1000);
    ck_assert_ptr_eq(as_ram_ptr(as, 0x9000, 4), ram->host + 0x9000);
    ck_assert_ptr_eq(as_ram_ptr(as, 0x7ff8, 8), ram->host + 0x7ff8);
    /* not RAM: the window, ROM, a hole; a span leaving the range */
    ck_assert_ptr_null(as_ram_ptr(as, 0x8000, 4));
    ck_assert_ptr_null(as_ram_ptr(as, 0x7ffc, 8));
    ck_assert_ptr_null(as_ram_ptr(as, 2 * MiB, 1));
    ck_assert_ptr_null(as_ram_ptr(as, MiB + 0x10, 4));
    ck_assert_ptr_null(as_ram_ptr(as, MiB - 4, 8));
    ck_assert_ptr_eq(as_ram_ptr(as, MiB - 8, 8), ram->host + MiB - 8);
    /* after a hit, lookups elsewhere still find their own range */
    ck_assert_ptr_nonnull(as_ram_ptr(as, 0x100, 4));
    MemLookup l = as_lookup(as, 0x8010);
    ck_assert_ptr_eq(l.mr, io);
    ck_assert_uint_eq(l.offset, 0x10);
    l = as_lookup(as, MiB + 0x10);
    ck_assert_ptr_null(l.mr);
    ck_assert_uint_eq(l.avail, MiB - 0x10);
    l = as_lookup(as, 0x200);
    ck_assert_ptr_eq(l.mr, ram);
    ck_assert_uint_eq(l.avail, 0x8000 - 0x200);
    /* a region changing kind in place (as the PAM registers do) is seen at once */
    ck_assert_ptr_nonnull(as_ram_ptr(as, 0x100, 4));
    ram->kind = MR_ROM;
    ck_assert_ptr_null(as_ram_ptr(as, 0x100, 4));
    ram->kind = MR_RAM;
    /* a region added later over a cached range wins */
    ck_assert_ptr_nonnull(as_ram_ptr(as, 0x20000, 4));
    ck_assert_ptr_nonnull(as_add_mmio(as, "io2", 0x20000, 0x1000, &dev_ops, &d, 1));
    ck_assert_ptr_null(as_ram_ptr(as, 0x20000, 4));
    ck_assert_ptr_eq(as_ram_ptr(as, 0x21000, 4), ram->host + 0x21000);
    as_free(as);
}
END_TEST

START_TEST(test_ports)
{
    AddressSpace *as = as_new();
    PortDev a = { .tag = 1 }, b = { .tag = 2 };
    as_register_ports(as, 0x60, 5, &pd_ops, &a);
    ck_assert_uint_eq(as_port_in(as, 0x64, 1), 0x01);
    ck_assert_uint_eq(a.last_port, 0x64);
    ck_assert_uint_eq(as_port_in(as, 0x60, 4), 0xabcdef01u);
    ck_assert_uint_eq(a.last_size, 4);
    as_port_out(as, 0x61, 0x1234, 2);
    ck_assert_uint_eq(a.last_port, 0x61);
    ck_assert_uint_eq(a.last_val, 0x1234);
    /* unclaimed ports float high and swallow writes */
    ck_assert_uint_eq(as_port_in(as, 0x65, 1), 0xff);
    ck_assert_uint_eq(as_port_in(as, 0x5f, 2), 0xffff);
    ck_assert_uint_eq(as_port_in(as, 0xffff, 4), 0xffffffffu);
    as_port_out(as, 0x65, 0, 1);
    ck_assert_uint_eq(a.last_port, 0x61);
    /* a later registration takes a port over */
    as_register_ports(as, 0x62, 1, &pd_ops, &b);
    ck_assert_uint_eq(as_port_in(as, 0x62, 1), 0x02);
    ck_assert_uint_eq(as_port_in(as, 0x63, 1), 0x01);
    /* the top port */
    as_register_ports(as, 0xffff, 1, &pd_ops, &b);
    ck_assert_uint_eq(as_port_in(as, 0xffff, 1), 0x02);
    as_free(as);
}
END_TEST

START_TEST(test_debugcon)
{
    AddressSpace *as = as_new();
    FILE *f = tmpfile();
    ck_assert_ptr_nonnull(f);
    DebugCon *dc = debugcon_new(as, 0xe9, f);
    ck_assert_ptr_nonnull(dc);
    ck_assert_uint_eq(as_port_in(as, 0xe9, 1), 0xe9);
    as_port_out(as, 0xe9, 'h', 1);
    as_port_out(as, 0xe9, 0x4100 | 'i', 2); /* only the low byte is a character */
    as_port_out(as, 0xe9, '\n', 1);
    debugcon_free(dc);
    rewind(f);
    char buf[16] = { 0 };
    ck_assert_uint_eq(fread(buf, 1, sizeof(buf), f), 3);
    ck_assert_str_eq(buf, "hi\n");
    fclose(f);
    as_free(as);
}
END_TEST

static int exit_status = -1;
static void *exit_opaque;
static void record_exit(void *opaque, int status)
{
    exit_opaque = opaque;
    exit_status = status;
}

START_TEST(test_isa_debug_exit)
{
    AddressSpace *as = as_new();
    int token;
    IsaDebugExit *d = isa_debug_exit_new(as, 0xf4, record_exit, &token);
    ck_assert_ptr_nonnull(d);
    as_port_out(as, 0xf4, 0, 1);
    ck_assert_int_eq(exit_status, 1);
    ck_assert_ptr_eq(exit_opaque, &token);
    as_port_out(as, 0xf4, 0x10, 1);
    ck_assert_int_eq(exit_status, 0x21);
    as_port_out(as, 0xf4, 0x7f, 4);
    ck_assert_int_eq(exit_status, 0xff);
    /* other ports are not the device */
    exit_status = -1;
    as_port_out(as, 0xf5, 1, 1);
    ck_assert_int_eq(exit_status, -1);
    isa_debug_exit_free(d);
    as_free(as);
}
END_TEST

static Suite *memory_suite(void)
{
    Suite *s = suite_create("memory");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_ram_lookup);
    tcase_add_test(tc, test_unassigned);
    tcase_add_test(tc, test_rom);
    tcase_add_test(tc, test_priority_and_overlap);
    tcase_add_test(tc, test_mmio_dispatch);
    tcase_add_test(tc, test_alias);
    tcase_add_test(tc, test_top_of_space);
    tcase_add_test(tc, test_ram_ptr);
    tcase_add_test(tc, test_release_zero_pages);
    tcase_add_test(tc, test_discard_ram);
    tcase_add_test(tc, test_ports);
    tcase_add_test(tc, test_debugcon);
    tcase_add_test(tc, test_isa_debug_exit);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(memory_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

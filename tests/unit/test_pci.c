/* Unit tests for the PCI host bridge and chipset functions (devices/pci.c, devices/piix.c):
 * configuration mechanism #1 through ports 0xCF8/0xCFC (PCI Local Bus Specification 3.0,
 * 3.2.2.3.2), identities and headers of the i440FX and PIIX3, BAR sizing and decoding
 * (6.2.5.1), STATUS write-one-to-clear bits, INTx routing through the PIIX3 PIRQ route
 * control registers, PAM attribute changes (440FX datasheet) and the reset control
 * register at 0xCF9 (PIIX3 datasheet). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "devices/pci.h"
#include "devices/piix.h"
#include "machine/memory.h"

static AddressSpace *as;
static PciBus *bus;
static Piix *piix;
static int isa_level[16];
static int isa_changes;
static int apic_level[4];
static int pam_mode[PIIX_PAM_SEGMENTS];
static int pam_calls;
static int resets;

static void rec_isa(void *opaque, int line, int level)
{
    (void)opaque;
    isa_level[line] = level;
    isa_changes++;
}

static void rec_apic(void *opaque, int line, int level)
{
    (void)opaque;
    apic_level[line] = level;
}

static void rec_pam(void *opaque, int seg, int mode)
{
    (void)opaque;
    pam_mode[seg] = mode;
    pam_calls++;
}

static void rec_reset(void *opaque)
{
    (void)opaque;
    resets++;
}

static void setup(void)
{
    as = as_new();
    ck_assert_ptr_nonnull(as);
    bus = pci_bus_new(as);
    ck_assert_ptr_nonnull(bus);
    PiixConfig cfg = { .pam = rec_pam, .reset = rec_reset };
    for (int i = 0; i < 16; i++)
        cfg.isa_irq[i] = irq_line(rec_isa, NULL, i);
    for (int i = 0; i < 4; i++)
        cfg.pirq_apic[i] = irq_line(rec_apic, NULL, i);
    piix = piix_new(bus, &cfg);
    ck_assert_ptr_nonnull(piix);
    memset(isa_level, 0, sizeof(isa_level));
    memset(apic_level, 0, sizeof(apic_level));
    memset(pam_mode, -1, sizeof(pam_mode));
    isa_changes = pam_calls = resets = 0;
}

static void teardown(void)
{
    piix_free(piix);
    pci_bus_free(bus);
    as_free(as);
}

static uint32_t cfg_addr(unsigned dev, unsigned fn, unsigned reg)
{
    return 0x80000000u | dev << 11 | fn << 8 | reg;
}

static uint32_t cfg_read(unsigned dev, unsigned fn, unsigned reg, unsigned size)
{
    as_port_out(as, 0xcf8, cfg_addr(dev, fn, reg & ~3u), 4);
    return as_port_in(as, (uint16_t)(0xcfc + (reg & 3)), size);
}

static void cfg_write(unsigned dev, unsigned fn, unsigned reg, uint32_t val, unsigned size)
{
    as_port_out(as, 0xcf8, cfg_addr(dev, fn, reg & ~3u), 4);
    as_port_out(as, (uint16_t)(0xcfc + (reg & 3)), val, size);
}

START_TEST(test_identities)
{
    ck_assert_uint_eq(cfg_read(0, 0, 0x00, 4), 0x12378086);
    ck_assert_uint_eq(cfg_read(0, 0, 0x08, 4) >> 8, 0x060000);
    ck_assert_uint_eq(cfg_read(0, 0, 0x08, 1), 0x02);          /* 82441FX revision */
    ck_assert_uint_eq(cfg_read(1, 0, 0x00, 4), 0x70008086);
    ck_assert_uint_eq(cfg_read(1, 0, 0x08, 4) >> 8, 0x060100);  /* ISA bridge */
    /* A single function so far: no multi-function bit. */
    ck_assert_uint_eq(cfg_read(1, 0, 0x0e, 1), 0x00);
    ck_assert_uint_eq(cfg_read(2, 0, 0x00, 4), 0xffffffffu);
    ck_assert_uint_eq(cfg_read(0, 1, 0x00, 2), 0xffff);
}
END_TEST

START_TEST(test_config_address)
{
    /* bits 1:0 read as zero; reserved bits 30:24 too */
    as_port_out(as, 0xcf8, 0xff000a0bu, 4);
    ck_assert_uint_eq(as_port_in(as, 0xcf8, 4), 0x80000a08u);
    /* a byte access at 0xCF8 is not the bridge's: the address stays */
    as_port_out(as, 0xcf8, 0x12, 1);
    ck_assert_uint_eq(as_port_in(as, 0xcf8, 4), 0x80000a08u);
    /* enable bit clear: data reads float */
    as_port_out(as, 0xcf8, cfg_addr(0, 0, 0) & 0x7fffffffu, 4);
    ck_assert_uint_eq(as_port_in(as, 0xcfc, 4), 0xffffffffu);
    /* bus 1 does not exist */
    as_port_out(as, 0xcf8, 0x80010000u, 4);
    ck_assert_uint_eq(as_port_in(as, 0xcfc, 4), 0xffffffffu);
    /* byte and word lanes of CONFIG_DATA */
    ck_assert_uint_eq(cfg_read(0, 0, 0x02, 2), 0x1237);
    ck_assert_uint_eq(cfg_read(0, 0, 0x03, 1), 0x12);
    ck_assert_uint_eq(cfg_read(1, 0, 0x01, 1), 0x80);
}
END_TEST

START_TEST(test_read_only_and_w1c)
{
    cfg_write(0, 0, 0x00, 0xdeadbeef, 4);                  /* IDs are read-only */
    ck_assert_uint_eq(cfg_read(0, 0, 0x00, 4), 0x12378086);
    /* a generic function: COMMAND's decode bits are writable, STATUS error bits W1C */
    PciDevice *d = pci_device_new(bus, PCI_DEVFN(3, 0), 0x1234, 0x5678, 0x010000, 1, NULL, NULL);
    ck_assert_ptr_nonnull(d);
    cfg_write(3, 0, 0x04, 0xffff, 2);
    ck_assert_uint_eq(cfg_read(3, 0, 0x04, 2), 0x0407);
    pci_store_byte(d, PCI_STATUS + 1, 0xa0);              /* pretend: master abort seen */
    cfg_write(3, 0, 0x06, 0x2000, 2);                      /* clear bit 13 only */
    ck_assert_uint_eq(cfg_read(3, 0, 0x06, 2), 0x8000);
    ck_assert_ptr_null(pci_device_new(bus, PCI_DEVFN(3, 0), 1, 1, 0, 0, NULL, NULL));
}
END_TEST

static uint64_t last_off;
static unsigned last_size;
static uint64_t last_val;

static uint64_t bar_read(void *opaque, uint64_t off, unsigned size)
{
    (void)opaque;
    last_off = off;
    last_size = size;
    return 0xab00 + off;
}

static void bar_write(void *opaque, uint64_t off, uint64_t val, unsigned size)
{
    (void)opaque;
    last_off = off;
    last_size = size;
    last_val = val;
}

static const MemRegionOps bar_ops = { bar_read, bar_write };

START_TEST(test_io_bar)
{
    PciDevice *d = pci_device_new(bus, PCI_DEVFN(4, 0), 0x1af4, 0x1000, 0x020000, 0, NULL, NULL);
    ck_assert(pci_device_add_bar(d, 0, PCI_BAR_IO, 32, &bar_ops, NULL));
    ck_assert(!pci_device_add_bar(d, 0, PCI_BAR_IO, 32, &bar_ops, NULL));  /* taken */
    ck_assert(!pci_device_add_bar(d, 1, PCI_BAR_IO, 24, &bar_ops, NULL));  /* not 2^n */
    ck_assert_uint_eq(cfg_read(4, 0, 0x10, 4), 0x1);       /* I/O indicator */
    /* sizing: all ones reads back the size mask (16-bit decoder: upper bits zero) */
    cfg_write(4, 0, 0x10, 0xffffffffu, 4);
    ck_assert_uint_eq(cfg_read(4, 0, 0x10, 4), 0x0000ffe1u);
    cfg_write(4, 0, 0x10, 0xc040, 4);
    ck_assert_uint_eq(cfg_read(4, 0, 0x10, 4), 0xc041u);
    ck_assert_uint_eq(pci_bar_address(d, 0), PCI_BAR_UNMAPPED);   /* I/O decode off */
    ck_assert_uint_eq(as_port_in(as, 0xc044, 2), 0xffff);
    cfg_write(4, 0, 0x04, PCI_COMMAND_IO, 2);
    ck_assert_uint_eq(pci_bar_address(d, 0), 0xc040);
    ck_assert_uint_eq(as_port_in(as, 0xc044, 2), 0xab04);
    ck_assert_uint_eq(last_size, 2);
    as_port_out(as, 0xc05f, 0x77, 1);
    ck_assert_uint_eq(last_off, 0x1f);
    ck_assert_uint_eq(last_val, 0x77);
    /* moved: the old ports float again, the new ones decode */
    cfg_write(4, 0, 0x10, 0xd000, 4);
    ck_assert_uint_eq(as_port_in(as, 0xc044, 1), 0xff);
    ck_assert_uint_eq(as_port_in(as, 0xd001, 1), 0x01);
    cfg_write(4, 0, 0x04, 0, 2);
    ck_assert_uint_eq(as_port_in(as, 0xd001, 1), 0xff);
}
END_TEST

START_TEST(test_mem_bar)
{
    ck_assert(pci_bus_add_mmio_window(bus, 0xe0000000ull, 0x1ec00000ull));
    PciDevice *d = pci_device_new(bus, PCI_DEVFN(5, 0), 0x1234, 0x1111, 0x030000, 0, NULL, NULL);
    ck_assert(pci_device_add_bar(d, 1, PCI_BAR_MEM32, 0x1000, &bar_ops, NULL));
    cfg_write(5, 0, 0x14, 0xffffffffu, 4);
    ck_assert_uint_eq(cfg_read(5, 0, 0x14, 4), 0xfffff000u);
    cfg_write(5, 0, 0x14, 0xe0100000u, 4);
    ck_assert_uint_eq(as_read(as, 0xe0100010ull, 4), 0xffffffffu);  /* memory decode off */
    cfg_write(5, 0, 0x04, PCI_COMMAND_MEMORY, 2);
    ck_assert_uint_eq(as_read(as, 0xe0100010ull, 4), 0xab10);
    as_write(as, 0xe0100ffcull, 0x12345678, 4);
    ck_assert_uint_eq(last_off, 0xffc);
    ck_assert_uint_eq(last_val, 0x12345678);
    ck_assert_uint_eq(as_read(as, 0xe0101000ull, 4), 0xffffffffu);  /* past the BAR */
}
END_TEST

START_TEST(test_pirq_routing)
{
    /* device 3 INTA -> PIRQ (3 + 0 - 1) & 3 = C; device 4 INTB -> (4 + 1 - 1) & 3 = A */
    ck_assert_int_eq(piix_pirq_of(PCI_DEVFN(3, 0), 0), 2);
    ck_assert_int_eq(piix_pirq_of(PCI_DEVFN(4, 0), 1), 0);
    PciDevice *a = pci_device_new(bus, PCI_DEVFN(3, 0), 1, 2, 0x020000, 0, NULL, NULL);
    PciDevice *b = pci_device_new(bus, PCI_DEVFN(7, 0), 1, 3, 0x020000, 0, NULL, NULL);
    pci_device_set_pin(a, 1);
    pci_device_set_pin(b, 1);                 /* (7 + 0 - 1) & 3 = C as well */
    ck_assert_uint_eq(cfg_read(1, 0, 0x60, 4), 0x80808080u);   /* all routes disabled */
    pci_set_irq(a, true);
    ck_assert_int_eq(isa_level[11], 0);
    ck_assert_int_eq(apic_level[2], 1);       /* the IOAPIC sees PIRQC directly */
    ck_assert_uint_eq(cfg_read(3, 0, 0x06, 2) & 0x08, 0x08);   /* STATUS.interrupt */
    cfg_write(1, 0, 0x62, 0x0b, 1);           /* PIRQC -> IRQ 11 */
    ck_assert_int_eq(isa_level[11], 1);
    pci_set_irq(b, true);                     /* shared: still high */
    pci_set_irq(a, false);
    ck_assert_int_eq(isa_level[11], 1);
    pci_set_irq(b, false);
    ck_assert_int_eq(isa_level[11], 0);
    ck_assert_int_eq(apic_level[2], 0);
    /* INTx Disable (COMMAND bit 10) keeps the pin quiet; STATUS still shows it */
    cfg_write(3, 0, 0x04, 0x0400, 2);
    pci_set_irq(a, true);
    ck_assert_int_eq(isa_level[11], 0);
    ck_assert_uint_eq(cfg_read(3, 0, 0x06, 2) & 0x08, 0x08);
    cfg_write(3, 0, 0x04, 0x0000, 2);
    ck_assert_int_eq(isa_level[11], 1);
    /* moving the route lowers the old line and raises the new one */
    cfg_write(1, 0, 0x62, 0x0a, 1);
    ck_assert_int_eq(isa_level[11], 0);
    ck_assert_int_eq(isa_level[10], 1);
    /* reserved targets (0-2, 8, 13) route nowhere */
    cfg_write(1, 0, 0x62, 0x08, 1);
    ck_assert_int_eq(isa_level[10], 0);
    ck_assert_int_eq(isa_level[8], 0);
    /* disable bit */
    cfg_write(1, 0, 0x62, 0x8a, 1);
    ck_assert_int_eq(isa_level[10], 0);
}
END_TEST

START_TEST(test_pam)
{
    piix_reset(piix);
    for (int s = 0; s < PIIX_PAM_SEGMENTS; s++)
        ck_assert_int_eq(pam_mode[s], PIIX_PAM_PCI);
    ck_assert_uint_eq(piix_pam_segment_base(0), 0xf0000);
    ck_assert_uint_eq(piix_pam_segment_base(1), 0xc0000);
    ck_assert_uint_eq(piix_pam_segment_base(12), 0xec000);
    pam_calls = 0;
    /* PAM0 bits 5:4 -> F segment; its low nibble is reserved */
    cfg_write(0, 0, 0x59, 0x3f, 1);
    ck_assert_uint_eq(cfg_read(0, 0, 0x59, 1), 0x30);
    ck_assert_int_eq(pam_mode[0], PIIX_PAM_DRAM);
    ck_assert_int_eq(pam_calls, 1);
    /* PAM5 = 0x21: 0xE0000 read-only DRAM, 0xE4000 write-only DRAM */
    cfg_write(0, 0, 0x5e, 0x21, 1);
    ck_assert_int_eq(pam_mode[9], PIIX_PAM_READ_DRAM);
    ck_assert_int_eq(pam_mode[10], PIIX_PAM_WRITE_DRAM);
    ck_assert_int_eq(pam_calls, 3);
    /* a dword write over PAM3-PAM6 (SeaBIOS's way) */
    cfg_write(0, 0, 0x5c, 0x33333333u, 4);
    for (int s = 5; s <= 12; s++)
        ck_assert_int_eq(piix_pam_mode(piix, s), PIIX_PAM_DRAM);
    piix_set_all_pam(piix, PIIX_PAM_READ_DRAM);
    for (int s = 0; s < PIIX_PAM_SEGMENTS; s++)
        ck_assert_int_eq(pam_mode[s], PIIX_PAM_READ_DRAM);
    /* reset: back to PCI, and the registers too */
    pci_bus_reset(bus);
    piix_reset(piix);
    ck_assert_uint_eq(cfg_read(0, 0, 0x5c, 4), 0);
    ck_assert_int_eq(pam_mode[12], PIIX_PAM_PCI);
}
END_TEST

START_TEST(test_reset_control)
{
    as_port_out(as, 0xcf9, 0x02, 1);        /* hard reset type, no reset yet */
    ck_assert_int_eq(resets, 0);
    ck_assert_uint_eq(as_port_in(as, 0xcf9, 1), 0x02);
    as_port_out(as, 0xcf9, 0x06, 1);
    ck_assert_int_eq(resets, 1);
    /* a dword at 0xCF8 is still the bridge's, not a reset */
    as_port_out(as, 0xcf8, 0x80000000u | 0x04, 4);
    ck_assert_int_eq(resets, 1);
}
END_TEST

START_TEST(test_multifunction)
{
    ck_assert_ptr_nonnull(pci_device_new(bus, PCI_DEVFN(1, 3), 0x8086, 0x7113, 0x068000, 3,
                                         NULL, NULL));
    ck_assert_uint_eq(cfg_read(1, 0, 0x0e, 1), 0x80);
    ck_assert_uint_eq(cfg_read(1, 3, 0x00, 4), 0x71138086);
    /* a function 0 added after its other functions gets the bit as well */
    ck_assert_ptr_nonnull(pci_device_new(bus, PCI_DEVFN(6, 2), 1, 1, 0, 0, NULL, NULL));
    ck_assert_ptr_nonnull(pci_device_new(bus, PCI_DEVFN(6, 0), 1, 2, 0, 0, NULL, NULL));
    ck_assert_uint_eq(cfg_read(6, 0, 0x0e, 1), 0x80);
}
END_TEST

static Suite *pci_suite(void)
{
    Suite *s = suite_create("pci");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_identities);
    tcase_add_test(tc, test_config_address);
    tcase_add_test(tc, test_read_only_and_w1c);
    tcase_add_test(tc, test_io_bar);
    tcase_add_test(tc, test_mem_bar);
    tcase_add_test(tc, test_pirq_routing);
    tcase_add_test(tc, test_pam);
    tcase_add_test(tc, test_reset_control);
    tcase_add_test(tc, test_multifunction);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(pci_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

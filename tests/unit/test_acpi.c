/* Unit tests for ACPI: the AML emitter's encodings (ACPI 6.4 chapter 20: integers,
 * strings, name strings, PkgLength), the table builder (chapter 5: RSDP checksums,
 * RSDT/XSDT entries, FADT fields, FACS alignment, a DSDT with \_S5, MADT entries), and the
 * PIIX4 power-management function (PMBA/PMREGMISC, the 24-bit 3.579545 MHz PM timer and
 * TMR_STS, the SCI, SLP_TYP/SLP_EN soft-off, APM control port ACPI mode switch). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "devices/acpi.h"
#include "devices/acpi_tables.h"
#include "devices/aml.h"
#include "devices/pci.h"
#include "machine/clock.h"
#include "machine/memory.h"

/* ---- AML ---- */

static void expect_bytes(const AmlBuf *b, const uint8_t *want, size_t n)
{
    ck_assert(!b->failed);
    ck_assert_uint_eq(b->len, n);
    ck_assert(memcmp(b->data, want, n) == 0);
}

START_TEST(test_aml_integers)
{
    static const struct { uint64_t v; uint8_t bytes[9]; size_t n; } cases[] = {
        { 0, { 0x00 }, 1 },
        { 1, { 0x01 }, 1 },
        { 0x2a, { 0x0a, 0x2a }, 2 },
        { 0x1234, { 0x0b, 0x34, 0x12 }, 3 },
        { 0x12345678, { 0x0c, 0x78, 0x56, 0x34, 0x12 }, 5 },
        { 0x100000000ull, { 0x0e, 0, 0, 0, 0, 1, 0, 0, 0 }, 9 },
        { UINT64_MAX, { 0xff }, 1 },
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        AmlBuf b;
        aml_init(&b);
        aml_integer(&b, cases[i].v);
        expect_bytes(&b, cases[i].bytes, cases[i].n);
        aml_free(&b);
    }
}
END_TEST

START_TEST(test_aml_names)
{
    AmlBuf b;
    aml_init(&b);
    aml_name_string(&b, "_S5");
    static const uint8_t one[] = { '_', 'S', '5', '_' };
    expect_bytes(&b, one, sizeof(one));
    aml_free(&b);

    aml_init(&b);
    aml_name_string(&b, "\\_SB.PCI0");
    static const uint8_t dual[] = { 0x5c, 0x2e, '_', 'S', 'B', '_', 'P', 'C', 'I', '0' };
    expect_bytes(&b, dual, sizeof(dual));
    aml_free(&b);

    aml_init(&b);
    aml_name_string(&b, "^^A.B.C");
    static const uint8_t multi[] = { 0x5e, 0x5e, 0x2f, 3, 'A', '_', '_', '_', 'B', '_', '_', '_',
                                     'C', '_', '_', '_' };
    expect_bytes(&b, multi, sizeof(multi));
    aml_free(&b);

    const char *bad[] = { "1ABC", "ABCDE", "a", "A..B", "A." };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        aml_init(&b);
        aml_name_string(&b, bad[i]);
        ck_assert_msg(b.failed, "'%s' accepted", bad[i]);
        aml_free(&b);
    }

    aml_init(&b);
    aml_eisa_id(&b, "PNP0A03");
    static const uint8_t eisa[] = { 0x0c, 0x41, 0xd0, 0x0a, 0x03 };
    expect_bytes(&b, eisa, sizeof(eisa));
    aml_free(&b);

    aml_init(&b);
    aml_string(&b, "ACPI0007");
    static const uint8_t str[] = { 0x0d, 'A', 'C', 'P', 'I', '0', '0', '0', '7', 0 };
    expect_bytes(&b, str, sizeof(str));
    aml_free(&b);
}
END_TEST

START_TEST(test_aml_pkg_length)
{
    uint8_t e[4];
    /* one byte while contents + 1 < 64 */
    ck_assert_uint_eq(aml_pkg_length(62, e), 1);
    ck_assert_uint_eq(e[0], 63);
    /* 63 bytes of contents: 65 with two length bytes: 0x41 0x04 */
    ck_assert_uint_eq(aml_pkg_length(63, e), 2);
    ck_assert_uint_eq(e[0], 0x40 | (65 & 0x0f));
    ck_assert_uint_eq(e[1], 65 >> 4);
    ck_assert_uint_eq(aml_pkg_length(4093, e), 2);        /* 4095 */
    ck_assert_uint_eq(aml_pkg_length(4094, e), 3);        /* 4097 needs three */
    ck_assert_uint_eq(e[0], 0x80 | 1);
    ck_assert_uint_eq(e[1], 0x00);
    ck_assert_uint_eq(e[2], 0x01);
    ck_assert_uint_eq(aml_pkg_length((1u << 28) - 4, e), 0);

    /* Name(\_S5, Package(4){0, 0, 0, 0}) */
    AmlBuf b;
    aml_init(&b);
    aml_name_decl(&b, "\\_S5");
    size_t h = aml_package_open(&b, 4);
    for (int i = 0; i < 4; i++)
        aml_integer(&b, 0);
    aml_close(&b, h);
    static const uint8_t s5[] = { 0x08, 0x5c, '_', 'S', '5', '_', 0x12, 0x06, 0x04, 0, 0, 0, 0 };
    expect_bytes(&b, s5, sizeof(s5));
    aml_free(&b);

    /* a scope whose contents need a two-byte PkgLength */
    aml_init(&b);
    h = aml_scope_open(&b, "\\_SB");
    for (int i = 0; i < 20; i++)
        aml_integer(&b, 0x1234);       /* 60 bytes + 5 of name = 65 */
    aml_close(&b, h);
    ck_assert(!b.failed);
    ck_assert_uint_eq(b.data[0], 0x10);
    ck_assert_uint_eq(b.data[1], 0x40 | ((65 + 2) & 0x0f));
    ck_assert_uint_eq(b.data[2], (65 + 2) >> 4);
    ck_assert_uint_eq(b.len, 1 + 2 + 65);
    aml_free(&b);
}
END_TEST

/* ---- tables ---- */

#define RSDP 0xf0000u
#define BASE 0xe0000u

static uint32_t rd32(const uint8_t *p) { return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24; }
static uint16_t rd16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }

static uint8_t sum(const uint8_t *p, size_t n)
{
    uint8_t s = 0;
    while (n--)
        s = (uint8_t)(s + *p++);
    return s;
}

/* Reads a table at addr into buf (at most max bytes); checks its header checksum. */
static size_t read_table(AddressSpace *as, uint64_t addr, const char *sig, uint8_t *buf,
                         size_t max)
{
    ck_assert(as_read_bytes(as, addr, buf, 36));
    ck_assert_msg(memcmp(buf, sig, 4) == 0, "no %s at 0x%llx", sig, (unsigned long long)addr);
    size_t len = rd32(buf + 4);
    ck_assert_uint_le(len, max);
    ck_assert(as_read_bytes(as, addr, buf, len));
    ck_assert_msg(sum(buf, len) == 0, "%s checksum", sig);
    return len;
}

static AddressSpace *tables_as(const AcpiTablesConfig *cfg, AcpiTablesLayout *lay)
{
    AddressSpace *as = as_new();
    ck_assert_ptr_nonnull(as_add_ram(as, "ram", 0, 1 << 20));
    char err[128];
    ck_assert_msg(acpi_build_tables(as, cfg, RSDP, BASE, 0x10000, lay, err, sizeof(err)),
                  "%s", err);
    return as;
}

START_TEST(test_tables)
{
    AcpiTablesConfig cfg = { .pm_base = 0x600, .sci_irq = 9, .slp_typ_s5 = 0,
                             .reset_port = 0xcf9, .reset_value = 6, .century = 0x32,
                             .apic = true, .lapic_addr = 0xfee00000u,
                             .ioapic_addr = 0xfec00000u, .pci_mem_start = 0x8000000,
                             .pci_mem_end = 0xfec00000u, .pci_gsi_base = 16 };
    AcpiTablesLayout lay;
    AddressSpace *as = tables_as(&cfg, &lay);
    uint8_t buf[4096];

    /* RSDP: "RSD PTR ", revision 2, both checksums */
    ck_assert(as_read_bytes(as, RSDP, buf, 36));
    ck_assert(memcmp(buf, "RSD PTR ", 8) == 0);
    ck_assert_uint_eq(sum(buf, 20), 0);
    ck_assert_uint_eq(sum(buf, 36), 0);
    ck_assert_uint_eq(buf[15], 2);
    ck_assert_uint_eq(rd32(buf + 20), 36);
    ck_assert_uint_eq(rd32(buf + 16), lay.rsdt);
    ck_assert_uint_eq(rd32(buf + 24), lay.xsdt);
    ck_assert_uint_eq(rd32(buf + 28), 0);

    /* RSDT and XSDT: FADT then MADT */
    size_t len = read_table(as, lay.rsdt, "RSDT", buf, sizeof(buf));
    ck_assert_uint_eq(len, 36 + 8);
    ck_assert_uint_eq(rd32(buf + 36), lay.fadt);
    ck_assert_uint_eq(rd32(buf + 40), lay.madt);
    len = read_table(as, lay.xsdt, "XSDT", buf, sizeof(buf));
    ck_assert_uint_eq(len, 36 + 16);
    ck_assert_uint_eq(rd32(buf + 36), lay.fadt);
    ck_assert_uint_eq(rd32(buf + 44), lay.madt);

    /* FADT revision 6 */
    len = read_table(as, lay.fadt, "FACP", buf, sizeof(buf));
    ck_assert_uint_eq(len, 276);
    ck_assert_uint_eq(buf[8], 6);
    ck_assert_uint_eq(rd32(buf + 36), lay.facs);
    ck_assert_uint_eq(rd32(buf + 40), lay.dsdt);
    ck_assert_uint_eq(rd16(buf + 46), 9);                 /* SCI_INT */
    ck_assert_uint_eq(rd32(buf + 48), 0);                 /* no SMI_CMD */
    ck_assert_uint_eq(rd32(buf + 56), 0x600);             /* PM1a_EVT_BLK */
    ck_assert_uint_eq(rd32(buf + 64), 0x604);             /* PM1a_CNT_BLK */
    ck_assert_uint_eq(rd32(buf + 76), 0x608);             /* PM_TMR_BLK */
    ck_assert_uint_eq(buf[88], 4);
    ck_assert_uint_eq(buf[89], 2);
    ck_assert_uint_eq(buf[91], 4);
    ck_assert_uint_eq(buf[108], 0x32);                    /* CENTURY */
    ck_assert_uint_eq(rd32(buf + 112) & (1u << 8), 0);    /* 24-bit PM timer */
    ck_assert_uint_ne(rd32(buf + 112) & (1u << 10), 0);   /* RESET_REG_SUP */
    ck_assert_uint_eq(buf[116], 1);                       /* RESET_REG in I/O space */
    ck_assert_uint_eq(rd32(buf + 120), 0xcf9);
    ck_assert_uint_eq(buf[128], 6);
    ck_assert_uint_eq(rd32(buf + 140), lay.dsdt);         /* X_DSDT */
    ck_assert_uint_eq(buf[148], 1);                       /* X_PM1a_EVT_BLK: I/O */
    ck_assert_uint_eq(rd32(buf + 152), 0x600);
    ck_assert_uint_eq(rd32(buf + 212), 0x608);

    /* FACS: 64-byte aligned, 64 bytes */
    ck_assert_uint_eq(lay.facs & 63, 0);
    ck_assert(as_read_bytes(as, lay.facs, buf, 64));
    ck_assert(memcmp(buf, "FACS", 4) == 0);
    ck_assert_uint_eq(rd32(buf + 4), 64);

    /* DSDT: revision 2 and the \_S5 package */
    len = read_table(as, lay.dsdt, "DSDT", buf, sizeof(buf));
    ck_assert_uint_eq(buf[8], 2);
    static const uint8_t s5[] = { 0x08, 0x5c, '_', 'S', '5', '_', 0x12, 0x06, 0x04 };
    ck_assert(memmem(buf + 36, len - 36, s5, sizeof(s5)) != NULL);
    ck_assert(memmem(buf + 36, len - 36, "ACPI0007", 8) != NULL);
    /* \_SB.PCI0: _HID PNP0A03, the memory window in _CRS (DWord descriptor: min, max),
     * and _PRT: slot 1 INTA -> GSI 16, slot 2 INTD -> GSI 16 + (2 + 3 - 1) % 4 = 16 */
    static const uint8_t hid[] = { 'P', 'C', 'I', '0', 0x08, '_', 'H', 'I', 'D', 0x0c,
                                   0x41, 0xd0, 0x0a, 0x03 };
    ck_assert(memmem(buf + 36, len - 36, hid, sizeof(hid)) != NULL);
    static const uint8_t win[] = { 0x00, 0x00, 0x00, 0x08, 0xff, 0xff, 0xbf, 0xfe };
    ck_assert(memmem(buf + 36, len - 36, win, sizeof(win)) != NULL);
    static const uint8_t prt1[] = { 0x12, 0x0b, 0x04, 0x0c, 0xff, 0xff, 0x01, 0x00, 0x00, 0x00,
                                    0x0a, 0x10 };
    ck_assert(memmem(buf + 36, len - 36, prt1, sizeof(prt1)) != NULL);
    static const uint8_t prt2[] = { 0x12, 0x0c, 0x04, 0x0c, 0xff, 0xff, 0x02, 0x00, 0x0a, 0x03,
                                    0x00, 0x0a, 0x10 };
    ck_assert(memmem(buf + 36, len - 36, prt2, sizeof(prt2)) != NULL);

    /* MADT: LAPIC address, PCAT_COMPAT, local APIC, I/O APIC, two overrides, NMI */
    len = read_table(as, lay.madt, "APIC", buf, sizeof(buf));
    ck_assert_uint_eq(rd32(buf + 36), 0xfee00000u);
    ck_assert_uint_eq(rd32(buf + 40), 1);
    unsigned types[8] = { 0 }, n = 0;
    int irq0_gsi = -1, sci_flags = -1;
    for (size_t off = 44; off < len; off += buf[off + 1]) {
        ck_assert_uint_ge(buf[off + 1], 2);
        if (n < 8)
            types[n++] = buf[off];
        if (buf[off] == 1)
            ck_assert_uint_eq(rd32(buf + off + 4), 0xfec00000u);
        if (buf[off] == 2 && buf[off + 3] == 0)
            irq0_gsi = (int)rd32(buf + off + 4);
        if (buf[off] == 2 && buf[off + 3] == 9)
            sci_flags = rd16(buf + off + 8);
    }
    ck_assert_uint_eq(n, 5);
    ck_assert_uint_eq(types[0], 0);
    ck_assert_uint_eq(types[1], 1);
    ck_assert_int_eq(irq0_gsi, 2);
    ck_assert_int_eq(sci_flags, 0x000d);     /* level, active high */
    as_free(as);
}
END_TEST

START_TEST(test_tables_without_apic)
{
    AcpiTablesConfig cfg = { .pm_base = 0xb000, .sci_irq = 9, .pm_timer_32bit = true };
    AcpiTablesLayout lay;
    AddressSpace *as = tables_as(&cfg, &lay);
    uint8_t buf[4096];
    ck_assert_uint_eq(lay.madt, 0);
    size_t len = read_table(as, lay.dsdt, "DSDT", buf, sizeof(buf));
    ck_assert(memmem(buf + 36, len - 36, "PCI0", 4) == NULL);   /* no PCI root configured */
    len = read_table(as, lay.rsdt, "RSDT", buf, sizeof(buf));
    ck_assert_uint_eq(len, 40);
    read_table(as, lay.fadt, "FACP", buf, sizeof(buf));
    ck_assert_uint_ne(rd32(buf + 112) & (1u << 8), 0);    /* TMR_VAL_EXT */
    ck_assert_uint_eq(rd32(buf + 112) & (1u << 10), 0);   /* no RESET_REG */
    ck_assert_uint_eq(rd32(buf + 76), 0xb008);
    as_free(as);

    /* not RAM there: refused */
    as = as_new();
    ck_assert_ptr_nonnull(as_add_ram(as, "ram", 0, 0x80000));
    char err[128];
    ck_assert(!acpi_build_tables(as, &cfg, RSDP, BASE, 0x10000, NULL, err, sizeof(err)));
    ck_assert(strstr(err, "not RAM") != NULL);
    /* too small a window */
    ck_assert_ptr_nonnull(as_add_ram(as, "ram2", 0x80000, 0x80000));
    ck_assert(!acpi_build_tables(as, &cfg, RSDP, BASE, 256, NULL, err, sizeof(err)));
    ck_assert(strstr(err, "do not fit") != NULL);
    as_free(as);
}
END_TEST

/* ---- PM function ---- */

static Clock *clk;
static AddressSpace *pas;
static PciBus *bus;
static AcpiPm *pm;
static int sci;
static int poweroffs;

static void rec_sci(void *opaque, int line, int level)
{
    (void)opaque;
    (void)line;
    sci = level;
}

static void rec_off(void *opaque)
{
    (void)opaque;
    poweroffs++;
}

static void pm_setup(void)
{
    clk = clock_new(CLOCK_MODE_DETERMINISTIC);
    pas = as_new();
    bus = pci_bus_new(pas);
    sci = 0;
    poweroffs = 0;
    pm = acpi_pm_new(bus, ACPI_PM_DEVFN, clk, irq_line(rec_sci, NULL, 9), rec_off, NULL);
    ck_assert_ptr_nonnull(pm);
}

static void pm_teardown(void)
{
    acpi_pm_free(pm);
    pci_bus_free(bus);
    as_free(pas);
    clock_free(clk);
}

static void cfgw(unsigned reg, uint32_t v, unsigned size)
{
    pci_config_write(bus, ACPI_PM_DEVFN, reg, v, size);
}

static void run_to(int64_t ns)
{
    for (;;) {
        int64_t next = clock_next_deadline(clk);
        int64_t stop = next < ns ? next : ns;
        if (stop > clock_now(clk))
            clock_advance(clk, stop - clock_now(clk));
        clock_run_expired(clk);
        if (stop == ns)
            break;
    }
}

START_TEST(test_pm_identity_and_base)
{
    ck_assert_uint_eq(pci_config_read(bus, ACPI_PM_DEVFN, 0, 4), 0x71138086);
    ck_assert_uint_eq(pci_config_read(bus, ACPI_PM_DEVFN, 0x08, 4) >> 8, 0x068000);
    ck_assert_uint_eq(pci_config_read(bus, ACPI_PM_DEVFN, 0x40, 4), 1);
    ck_assert_uint_eq(acpi_pm_base(pm), 0);
    ck_assert_uint_eq(as_port_in(pas, 0x608, 4), 0xffffffffu);
    cfgw(0x40, 0x0601, 4);                     /* base, but PMIOSE still off */
    ck_assert_uint_eq(acpi_pm_base(pm), 0);
    cfgw(0x40, 0xffffffffu, 4);
    ck_assert_uint_eq(pci_config_read(bus, ACPI_PM_DEVFN, 0x40, 4), 0xffc1);  /* 64-byte block */
    cfgw(0x40, 0x0600, 4);
    cfgw(0x80, 0x01, 1);
    ck_assert_uint_eq(acpi_pm_base(pm), 0x600);
    ck_assert_uint_eq(as_port_in(pas, 0x604, 2), 0);
    /* moved */
    cfgw(0x40, 0xb000, 4);
    ck_assert_uint_eq(acpi_pm_base(pm), 0xb000);
    ck_assert_uint_eq(as_port_in(pas, 0x604, 2), 0xffff);
    ck_assert_uint_eq(as_port_in(pas, 0xb004, 2), 0);
}
END_TEST

START_TEST(test_pm_timer)
{
    acpi_pm_setup(pm, 0x600, false);
    ck_assert_uint_eq(as_port_in(pas, 0x608, 4), 0);
    /* 3.579545 MHz: 1 s of guest time is 3579545 ticks */
    clock_advance(clk, CLOCK_NS_PER_SEC);
    ck_assert_uint_eq(as_port_in(pas, 0x608, 4), 3579545);
    ck_assert_uint_eq(acpi_pm_timer_value(pm), 3579545);
    /* byte lanes of the 32-bit register */
    ck_assert_uint_eq(as_port_in(pas, 0x60a, 1), (3579545 >> 16) & 0xff);
    /* 24 bits: wraps after 2^24 ticks */
    clock_advance(clk, clock_ticks_to_ns(1 << 24, ACPI_PM_TIMER_HZ) - CLOCK_NS_PER_SEC);
    ck_assert_uint_lt(as_port_in(pas, 0x608, 4), 16);
    /* TMR_STS: bit 23 has toggled twice since power-on */
    ck_assert_uint_eq(as_port_in(pas, 0x600, 2) & ACPI_PM1_TMR_STS, ACPI_PM1_TMR_STS);
    as_port_out(pas, 0x600, ACPI_PM1_TMR_STS, 2);        /* write one to clear */
    ck_assert_uint_eq(as_port_in(pas, 0x600, 2) & ACPI_PM1_TMR_STS, 0);
}
END_TEST

START_TEST(test_pm_sci)
{
    acpi_pm_setup(pm, 0x600, true);
    ck_assert_uint_eq(as_port_in(pas, 0x604, 2) & ACPI_PM1_SCI_EN, ACPI_PM1_SCI_EN);
    ck_assert_int_eq(sci, 0);
    as_port_out(pas, 0x602, ACPI_PM1_TMR_STS, 2);        /* TMR_EN */
    ck_assert_int_eq(sci, 0);
    ck_assert_int_ne(clock_next_deadline(clk), CLOCK_NEVER);
    /* the overflow comes at 2^23 ticks */
    int64_t edge = clock_ticks_to_ns(1 << 23, ACPI_PM_TIMER_HZ);
    run_to(edge - 1);
    ck_assert_int_eq(sci, 0);
    run_to(edge);
    ck_assert_int_eq(sci, 1);
    ck_assert_int_eq(clock_next_deadline(clk), CLOCK_NEVER);  /* nothing more to wait for */
    as_port_out(pas, 0x600, ACPI_PM1_TMR_STS, 2);
    ck_assert_int_eq(sci, 0);
    /* the power button, with and without its enable bit */
    acpi_pm_power_button(pm);
    ck_assert_int_eq(sci, 0);
    ck_assert_uint_eq(as_port_in(pas, 0x600, 2) & ACPI_PM1_PWRBTN_STS, ACPI_PM1_PWRBTN_STS);
    as_port_out(pas, 0x602, ACPI_PM1_PWRBTN_STS, 2);
    ck_assert_int_eq(sci, 1);
    /* SCI_EN off (SMI routing): no SCI */
    as_port_out(pas, 0xb2, ACPI_DISABLE_VALUE, 1);
    ck_assert_int_eq(sci, 0);
    as_port_out(pas, 0xb2, ACPI_ENABLE_VALUE, 1);
    ck_assert_int_eq(sci, 1);
    ck_assert_uint_eq(as_port_in(pas, 0xb2, 1), ACPI_ENABLE_VALUE);
    as_port_out(pas, 0x600, ACPI_PM1_PWRBTN_STS, 2);
    ck_assert_int_eq(sci, 0);
}
END_TEST

START_TEST(test_pm_sleep)
{
    acpi_pm_setup(pm, 0x600, true);
    /* SLP_TYP alone does nothing; S3 (SUS_TYP 1) is not modelled */
    as_port_out(pas, 0x604, ACPI_PM1_SCI_EN, 2);
    as_port_out(pas, 0x604, ACPI_PM1_SCI_EN | (1 << 10) | ACPI_PM1_SLP_EN, 2);
    ck_assert_int_eq(poweroffs, 0);
    ck_assert_uint_eq(as_port_in(pas, 0x604, 2), ACPI_PM1_SCI_EN | (1 << 10)); /* SLP_EN reads 0 */
    /* soft off: SUS_TYP 0 with SUS_EN, written as a byte to the high half too */
    as_port_out(pas, 0x605, ACPI_PM1_SLP_EN >> 8, 1);
    ck_assert_int_eq(poweroffs, 1);
    /* a reset puts the block back where PCI reset left it (unmapped) */
    pci_bus_reset(bus);
    acpi_pm_reset(pm);
    ck_assert_uint_eq(acpi_pm_base(pm), 0);
    as_port_out(pas, 0x605, ACPI_PM1_SLP_EN >> 8, 1);
    ck_assert_int_eq(poweroffs, 1);
}
END_TEST

static Suite *acpi_suite(void)
{
    Suite *s = suite_create("acpi");
    TCase *tc = tcase_create("aml");
    tcase_add_test(tc, test_aml_integers);
    tcase_add_test(tc, test_aml_names);
    tcase_add_test(tc, test_aml_pkg_length);
    suite_add_tcase(s, tc);
    tc = tcase_create("tables");
    tcase_add_test(tc, test_tables);
    tcase_add_test(tc, test_tables_without_apic);
    suite_add_tcase(s, tc);
    tc = tcase_create("pm");
    tcase_add_checked_fixture(tc, pm_setup, pm_teardown);
    tcase_add_test(tc, test_pm_identity_and_base);
    tcase_add_test(tc, test_pm_timer);
    tcase_add_test(tc, test_pm_sci);
    tcase_add_test(tc, test_pm_sleep);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(acpi_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

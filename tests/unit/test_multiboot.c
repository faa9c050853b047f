/* Unit tests for the Multiboot v1 loader (machine/multiboot.c), Multiboot Specification
 * 0.6.96: the header search (first 8 KiB, 4-byte aligned, checksum), a.out-kludge loading
 * with bss (3.1.3), ELF32 loading by program headers with the entry translated to its
 * physical address, the boot information (3.3: flags, mem_lower/upper, cmdline, mods with
 * page-aligned modules and their strings, the mmap with 20-byte entries, loader name),
 * the entry state (3.2: EAX magic, EBX info), and refused images. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "machine/boot.h"
#include "machine/memory.h"
#include "machine/multiboot.h"

#define MIB (1u << 20)

static AddressSpace *as;
static E820Map e820;

static void put16(uint8_t *p, uint32_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); }
static void put32(uint8_t *p, uint32_t v) { put16(p, v); put16(p + 2, v >> 16); }
static uint32_t get32(const uint8_t *p) { return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24; }

static void setup(void)
{
    as = as_new();
    ck_assert_ptr_nonnull(as_add_ram(as, "ram", 0, 32 * MIB));
    e820_init(&e820);
    e820_add(&e820, 0, 0x9fc00, E820_RAM);
    e820_add(&e820, 0x9fc00, 0x400, E820_RESERVED);
    e820_add(&e820, 0xe0000, 0x20000, E820_RESERVED);
    e820_add(&e820, MIB, 31 * MIB, E820_RAM);
}

static void teardown(void)
{
    as_free(as);
}

static uint32_t guest32(uint64_t addr)
{
    uint8_t b[4];
    ck_assert(as_read_bytes(as, addr, b, 4));
    return get32(b);
}

static void guest_str(uint64_t addr, char *out, size_t n)
{
    ck_assert(as_read_bytes(as, addr, out, n));
    out[n - 1] = 0;
}

/* An a.out-kludge image: header at hdr_off, loaded at 0x200000 + the file. */
static uint8_t *aout_image(size_t size, size_t hdr_off, uint32_t flags, uint32_t bss_extra)
{
    uint8_t *img = calloc(1, size);
    for (size_t i = 0; i < size; i++)
        img[i] = (uint8_t)(i * 13 + 1);
    uint8_t *h = img + hdr_off;
    const uint32_t load = 0x200000;
    put32(h, MULTIBOOT_HEADER_MAGIC);
    put32(h + 4, flags);
    put32(h + 8, (uint32_t)-(MULTIBOOT_HEADER_MAGIC + flags));
    put32(h + 12, load + (uint32_t)hdr_off);       /* header_addr */
    put32(h + 16, load);                           /* load_addr */
    put32(h + 20, 0);                              /* load_end_addr: whole file */
    put32(h + 24, bss_extra ? load + (uint32_t)size + bss_extra : 0);
    put32(h + 28, load + 0x40);                    /* entry */
    return img;
}

START_TEST(test_header_search)
{
    uint8_t *img = aout_image(16384, 0x1000, MULTIBOOT_AOUT_KLUDGE, 0);
    ck_assert_int_eq(multiboot_find_header(img, 16384), 0x1000);
    /* not 4-byte aligned: not found */
    memmove(img + 0x1002, img + 0x1000, 32);
    memset(img + 0x1000, 0, 2);
    ck_assert_int_eq(multiboot_find_header(img, 16384), -1);
    free(img);
    /* beyond the first 8 KiB: not found */
    img = aout_image(16384, 8192, MULTIBOOT_AOUT_KLUDGE, 0);
    ck_assert_int_eq(multiboot_find_header(img, 16384), -1);
    free(img);
    /* bad checksum */
    img = aout_image(4096, 0, MULTIBOOT_AOUT_KLUDGE, 0);
    img[8] ^= 1;
    ck_assert_int_eq(multiboot_find_header(img, 4096), -1);
    free(img);
}
END_TEST

START_TEST(test_aout_load_and_info)
{
    const size_t size = 10000;
    uint8_t *img = aout_image(size, 0x80, MULTIBOOT_AOUT_KLUDGE | MULTIBOOT_MEMORY_INFO |
                              MULTIBOOT_PAGE_ALIGN, 0x3000);
    /* dirty the bss area first: the loader must clear it */
    uint8_t junk[0x3000];
    memset(junk, 0xee, sizeof(junk));
    ck_assert(as_write_bytes(as, 0x200000 + size, junk, sizeof(junk)));
    uint8_t mod1[5000], mod2[17];
    memset(mod1, 0x11, sizeof(mod1));
    memset(mod2, 0x22, sizeof(mod2));
    MultibootModule mods[2] = { { mod1, sizeof(mod1), "initrd.img arg=1" },
                                { mod2, sizeof(mod2), "second" } };
    MultibootConfig cfg = { .image = img, .size = size, .cmdline = "kernel.bin quiet",
                            .mods = mods, .nb_mods = 2, .e820 = &e820 };
    BootEntry e;
    MultibootInfo info;
    char err[256] = "";
    ck_assert_msg(multiboot_load(as, &cfg, &e, &info, err, sizeof(err)), "%s", err);
    /* the file at load_addr, the bss zeroed */
    uint8_t *got = malloc(size);
    ck_assert(as_read_bytes(as, 0x200000, got, size));
    ck_assert(memcmp(got, img, size) == 0);
    free(got);
    ck_assert(as_read_bytes(as, 0x200000 + size, junk, sizeof(junk)));
    for (size_t i = 0; i < sizeof(junk); i++)
        ck_assert_uint_eq(junk[i], 0);
    ck_assert_uint_eq(info.load_end, 0x200000 + size + 0x3000);
    /* entry state */
    ck_assert_uint_eq(e.eip, 0x200040);
    ck_assert_uint_eq(e.eax, MULTIBOOT_BOOTLOADER_MAGIC);
    ck_assert_uint_eq(e.ebx, MULTIBOOT_INFO_ADDR);
    /* the information structure */
    uint64_t mbi = e.ebx;
    uint32_t flags = guest32(mbi);
    ck_assert_uint_eq(flags, MULTIBOOT_INFO_MEMORY | MULTIBOOT_INFO_CMDLINE |
                             MULTIBOOT_INFO_MODS | MULTIBOOT_INFO_MEM_MAP |
                             MULTIBOOT_INFO_LOADER_NAME);
    ck_assert_uint_eq(guest32(mbi + 4), 639);
    ck_assert_uint_eq(guest32(mbi + 8), 31 * 1024);
    char s[64];
    guest_str(guest32(mbi + 16), s, 17);
    ck_assert_str_eq(s, "kernel.bin quiet");
    guest_str(guest32(mbi + 64), s, 5);
    ck_assert_str_eq(s, "Tern");
    /* modules: page aligned after the kernel's bss, in order, with their strings */
    ck_assert_uint_eq(guest32(mbi + 20), 2);
    uint64_t mods_at = guest32(mbi + 24);
    uint32_t m0 = guest32(mods_at), m0_end = guest32(mods_at + 4);
    uint32_t m1 = guest32(mods_at + 16), m1_end = guest32(mods_at + 20);
    ck_assert_uint_eq(m0 & 4095, 0);
    ck_assert_uint_ge(m0, info.load_end);
    ck_assert_uint_eq(m0_end - m0, sizeof(mod1));
    ck_assert_uint_eq(m1 & 4095, 0);
    ck_assert_uint_ge(m1, m0_end);
    ck_assert_uint_eq(m1_end - m1, sizeof(mod2));
    guest_str(guest32(mods_at + 8), s, 17);
    ck_assert_str_eq(s, "initrd.img arg=1");
    guest_str(guest32(mods_at + 24), s, 7);
    ck_assert_str_eq(s, "second");
    uint8_t b;
    ck_assert(as_read_bytes(as, m0 + 4999, &b, 1));
    ck_assert_uint_eq(b, 0x11);
    ck_assert(as_read_bytes(as, m1, &b, 1));
    ck_assert_uint_eq(b, 0x22);
    /* mmap: four 24-byte entries, size field 20 */
    ck_assert_uint_eq(guest32(mbi + 44), 4 * 24);
    uint64_t mm = guest32(mbi + 48);
    ck_assert_uint_eq(guest32(mm), 20);
    ck_assert_uint_eq(guest32(mm + 4), 0);
    ck_assert_uint_eq(guest32(mm + 12), 0x9fc00);
    ck_assert_uint_eq(guest32(mm + 20), E820_RAM);
    ck_assert_uint_eq(guest32(mm + 3 * 24 + 4), MIB);
    ck_assert_uint_eq(guest32(mm + 3 * 24 + 12), 31 * MIB);
    ck_assert_uint_eq(guest32(mm + 24 + 20), E820_RESERVED);
    /* the GDT the entry's selectors use */
    ck_assert_uint_eq(guest32(MULTIBOOT_GDT_ADDR + BOOT_CS + 4), 0x00cf9b00);
    free(img);
}
END_TEST

/* ELF32: one PT_LOAD with vaddr 0xC0100000 -> paddr 0x100000 (a higher-half kernel), and
 * a bss part (memsz > filesz). */
START_TEST(test_elf_load)
{
    uint8_t img[0x3000];
    memset(img, 0, sizeof(img));
    memcpy(img, "\x7f" "ELF", 4);
    img[4] = 1;                      /* 32-bit */
    img[5] = 1;                      /* little-endian */
    img[6] = 1;
    put16(img + 16, 2);              /* ET_EXEC */
    put16(img + 18, 3);              /* EM_386 */
    put32(img + 20, 1);
    put32(img + 24, 0xc0100010);     /* e_entry (virtual) */
    put32(img + 28, 52);             /* e_phoff */
    put16(img + 42, 32);             /* e_phentsize */
    put16(img + 44, 1);              /* e_phnum */
    uint8_t *ph = img + 52;
    put32(ph, 1);                    /* PT_LOAD */
    put32(ph + 4, 0x1000);           /* p_offset */
    put32(ph + 8, 0xc0100000);       /* p_vaddr */
    put32(ph + 12, 0x100000);        /* p_paddr */
    put32(ph + 16, 0x2000);          /* p_filesz */
    put32(ph + 20, 0x5000);          /* p_memsz */
    /* the multiboot header (no a.out fields) inside the segment */
    const uint32_t flags = MULTIBOOT_MEMORY_INFO;
    put32(img + 0x1000, MULTIBOOT_HEADER_MAGIC);
    put32(img + 0x1004, flags);
    put32(img + 0x1008, (uint32_t)-(MULTIBOOT_HEADER_MAGIC + flags));
    for (int i = 0x100c; i < 0x3000; i++)
        img[i] = (uint8_t)i;
    uint8_t junk[0x3000];
    memset(junk, 0x99, sizeof(junk));
    ck_assert(as_write_bytes(as, 0x102000, junk, sizeof(junk)));
    MultibootConfig cfg = { .image = img, .size = sizeof(img), .e820 = &e820 };
    BootEntry e;
    MultibootInfo info;
    char err[256] = "";
    ck_assert_msg(multiboot_load(as, &cfg, &e, &info, err, sizeof(err)), "%s", err);
    ck_assert(info.elf);
    ck_assert_uint_eq(e.eip, 0x100010);
    ck_assert_uint_eq(info.load_start, 0x100000);
    ck_assert_uint_eq(info.load_end, 0x105000);
    ck_assert_uint_eq(guest32(0x100000), MULTIBOOT_HEADER_MAGIC);
    ck_assert_uint_eq(guest32(0x101ffc), get32(img + 0x2ffc));
    ck_assert_uint_eq(guest32(0x102000), 0);
    ck_assert_uint_eq(guest32(0x104ffc), 0);
    /* no modules: the flag is off */
    ck_assert_uint_eq(guest32(MULTIBOOT_INFO_ADDR) & MULTIBOOT_INFO_MODS, 0);
    char s[4];
    guest_str(guest32(MULTIBOOT_INFO_ADDR + 16), s, 1);
    ck_assert_str_eq(s, "");

    /* not i386: refused */
    put16(img + 18, 62);
    ck_assert(!multiboot_load(as, &cfg, &e, &info, err, sizeof(err)));
    ck_assert(strstr(err, "ELF32 i386") != NULL);
}
END_TEST

START_TEST(test_refused)
{
    BootEntry e;
    char err[256];
    /* video mode required (flag 2) */
    uint8_t *img = aout_image(4096, 0, MULTIBOOT_AOUT_KLUDGE | MULTIBOOT_VIDEO_MODE, 0);
    MultibootConfig cfg = { .image = img, .size = 4096, .e820 = &e820 };
    ck_assert(!multiboot_load(as, &cfg, &e, NULL, err, sizeof(err)));
    ck_assert(strstr(err, "video mode") != NULL);
    free(img);
    /* loads beyond RAM: the message names -m */
    img = aout_image(4096, 0, MULTIBOOT_AOUT_KLUDGE, 64 * MIB);
    cfg.image = img;
    ck_assert(!multiboot_load(as, &cfg, &e, NULL, err, sizeof(err)));
    ck_assert(strstr(err, "-m") != NULL);
    free(img);
    /* a module that does not fit */
    img = aout_image(4096, 0, MULTIBOOT_AOUT_KLUDGE, 0);
    cfg.image = img;
    static uint8_t big[31 * MIB];
    MultibootModule m = { big, sizeof(big), "big" };
    cfg.mods = &m;
    cfg.nb_mods = 1;
    ck_assert(!multiboot_load(as, &cfg, &e, NULL, err, sizeof(err)));
    ck_assert(strstr(err, "-initrd") != NULL);
    free(img);
    /* load_addr above header_addr */
    img = aout_image(4096, 0, MULTIBOOT_AOUT_KLUDGE, 0);
    put32(img + 16, 0x300000);
    cfg.image = img;
    cfg.nb_mods = 0;
    ck_assert(!multiboot_load(as, &cfg, &e, NULL, err, sizeof(err)));
    ck_assert(strstr(err, "bad multiboot addresses") != NULL);
    free(img);
}
END_TEST

static Suite *multiboot_suite(void)
{
    Suite *s = suite_create("multiboot");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_header_search);
    tcase_add_test(tc, test_aout_load_and_info);
    tcase_add_test(tc, test_elf_load);
    tcase_add_test(tc, test_refused);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(multiboot_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

/* Unit tests for the Linux x86 boot protocol loader (machine/linux_boot.c) against
 * Documentation/arch/x86/boot.rst and zero-page.rst: synthetic bzImages with chosen
 * header fields are loaded into a RAM-backed address space, then the protected-mode
 * kernel's place, boot_params (setup header copy, type_of_loader, loadflags, command line
 * pointer, initrd placement under initrd_addr_max, E820 table, acpi_rsdp_addr), the GDT
 * and the 32-bit entry registers are checked; bad images and sizes give the documented
 * one-line errors. The reset path (the board reads -kernel again through a LoaderImage
 * and loads it anew) must find the same file or refuse it. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "machine/boot.h"
#include "machine/linux_boot.h"
#include "machine/loader.h"
#include "machine/memory.h"

#define MIB (1u << 20)

static AddressSpace *as;
static E820Map e820;

static void put16(uint8_t *p, uint32_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); }
static void put32(uint8_t *p, uint32_t v) { put16(p, v); put16(p + 2, v >> 16); }
static uint32_t get16(const uint8_t *p) { return p[0] | (uint32_t)p[1] << 8; }
static uint32_t get32(const uint8_t *p) { return get16(p) | get16(p + 2) << 16; }

typedef struct ImageSpec {
    uint16_t version;
    uint8_t setup_sects;
    size_t payload;
    bool relocatable;
    uint32_t pref, init_size, align, initrd_max, cmdline_size;
    uint8_t loadflags;
} ImageSpec;

static ImageSpec default_spec(void)
{
    return (ImageSpec){ .version = 0x020f, .setup_sects = 4, .payload = 64 * 1024,
                        .relocatable = false, .pref = 0x100000, .init_size = 4 * MIB,
                        .align = 0x200000, .initrd_max = 0x7fffffff, .cmdline_size = 2047,
                        .loadflags = LINUX_LOADED_HIGH };
}

static uint8_t *make_image(const ImageSpec *s, size_t *size)
{
    size_t setup = ((size_t)s->setup_sects + 1) * 512;
    *size = setup + s->payload;
    uint8_t *img = calloc(1, *size);
    img[LINUX_HDR_SETUP_SECTS] = s->setup_sects;
    put32(img + LINUX_HDR_SYSSIZE, (uint32_t)(s->payload / 16));
    put16(img + LINUX_HDR_BOOT_FLAG, 0xaa55);
    img[LINUX_HDR_JUMP] = 0xeb;
    img[LINUX_HDR_JUMP + 1] = 0x66;                 /* header ends at 0x268 */
    memcpy(img + LINUX_HDR_MAGIC, "HdrS", 4);
    put16(img + LINUX_HDR_VERSION, s->version);
    img[LINUX_HDR_LOADFLAGS] = s->loadflags;
    put32(img + LINUX_HDR_CODE32_START, 0x100000);
    put32(img + LINUX_HDR_INITRD_ADDR_MAX, s->initrd_max);
    put32(img + LINUX_HDR_KERNEL_ALIGNMENT, s->align);
    img[LINUX_HDR_RELOCATABLE] = s->relocatable;
    put16(img + LINUX_HDR_XLOADFLAGS, LINUX_XLF_KERNEL_64);
    put32(img + LINUX_HDR_CMDLINE_SIZE, s->cmdline_size);
    put32(img + LINUX_HDR_PREF_ADDRESS, s->pref);
    put32(img + LINUX_HDR_INIT_SIZE, s->init_size);
    img[0x264] = 0x5a;                              /* handover_offset: inside the header */
    for (size_t i = 0; i < s->payload; i++)
        img[setup + i] = (uint8_t)(i * 7 + 3);
    return img;
}

/* A PC map with ram_mib of RAM below 4 GiB. */
static void setup_ram(unsigned ram_mib)
{
    as = as_new();
    ck_assert_ptr_nonnull(as_add_ram(as, "ram", 0, (uint64_t)ram_mib * MIB));
    e820_init(&e820);
    e820_add(&e820, 0, 0x9fc00, E820_RAM);
    e820_add(&e820, 0x9fc00, 0x400, E820_RESERVED);
    e820_add(&e820, 0xe0000, 0x20000, E820_RESERVED);
    e820_add(&e820, MIB, (uint64_t)(ram_mib - 1) * MIB, E820_RAM);
}

static void teardown(void)
{
    as_free(as);
    as = NULL;
}

static uint8_t params[4096];

static void read_params(void)
{
    ck_assert(as_read_bytes(as, LINUX_PARAMS_ADDR, params, sizeof(params)));
}

START_TEST(test_basic_load)
{
    setup_ram(64);
    ImageSpec s = default_spec();
    size_t size;
    uint8_t *img = make_image(&s, &size);
    uint8_t *initrd = malloc(MIB + 123);
    for (size_t i = 0; i < MIB + 123; i++)
        initrd[i] = (uint8_t)(i ^ 0x5a);
    const char *cmd = "console=ttyS0 root=/dev/ram0";
    LinuxBootConfig cfg = { .kernel = img, .kernel_size = size, .initrd = initrd,
                            .initrd_size = MIB + 123, .initrd_name = "initrd.img",
                            .cmdline = cmd, .e820 = &e820, .rsdp_addr = 0xf0000 };
    BootEntry e;
    LinuxBootInfo info;
    char err[256] = "";
    ck_assert_msg(linux_boot_load(as, &cfg, &e, &info, err, sizeof(err)), "%s", err);
    ck_assert_uint_eq(info.version, 0x020f);
    ck_assert(info.kernel_64);
    /* the protected-mode code follows (setup_sects + 1) sectors, at 1 MiB */
    ck_assert_uint_eq(info.load_addr, 0x100000);
    uint8_t *got = malloc(s.payload);
    ck_assert(as_read_bytes(as, 0x100000, got, s.payload));
    ck_assert(memcmp(got, img + 5 * 512, s.payload) == 0);
    free(got);
    /* 32-bit protocol entry */
    ck_assert_uint_eq(e.eip, 0x100000);
    ck_assert_uint_eq(e.esi, LINUX_PARAMS_ADDR);
    ck_assert_uint_eq(e.ebx, 0);
    ck_assert_uint_eq(e.ebp, 0);
    ck_assert_uint_eq(e.edi, 0);
    ck_assert_uint_eq(e.gdt_base, LINUX_GDT_ADDR);
    uint8_t gdt[32];
    ck_assert(as_read_bytes(as, LINUX_GDT_ADDR, gdt, sizeof(gdt)));
    ck_assert_uint_eq(get32(gdt + BOOT_CS), 0x0000ffff);
    ck_assert_uint_eq(get32(gdt + BOOT_CS + 4), 0x00cf9b00);
    ck_assert_uint_eq(get32(gdt + BOOT_DS + 4), 0x00cf9300);

    read_params();
    ck_assert(memcmp(params + LINUX_HDR_MAGIC, "HdrS", 4) == 0);       /* header copied */
    ck_assert_uint_eq(params[0x264], 0x5a);                            /* up to 0x268 */
    ck_assert_uint_eq(params[0x1ef], 0);                               /* sentinel clear */
    ck_assert_uint_eq(params[LINUX_HDR_TYPE_OF_LOADER], 0xff);
    ck_assert_uint_eq(params[LINUX_HDR_LOADFLAGS], LINUX_LOADED_HIGH | LINUX_CAN_USE_HEAP);
    ck_assert_uint_eq(get16(params + LINUX_HDR_VID_MODE), 0xffff);
    ck_assert_uint_eq(get16(params + LINUX_HDR_HEAP_END_PTR), 0xfe00);
    ck_assert_uint_eq(get32(params + LINUX_HDR_CODE32_START), 0x100000);
    ck_assert_uint_eq(get32(params + LINUX_HDR_CMD_LINE_PTR), LINUX_CMDLINE_ADDR);
    ck_assert_uint_eq(get32(params + LINUX_BP_EXT_CMD_LINE_PTR), 0);
    char line[64];
    ck_assert(as_read_bytes(as, LINUX_CMDLINE_ADDR, line, strlen(cmd) + 1));
    ck_assert_str_eq(line, cmd);
    /* the initrd: as high as RAM allows, page aligned, above the kernel's init area */
    uint32_t rd = get32(params + LINUX_HDR_RAMDISK_IMAGE);
    ck_assert_uint_eq(get32(params + LINUX_HDR_RAMDISK_SIZE), MIB + 123);
    ck_assert_uint_eq(rd & 4095, 0);
    ck_assert_uint_eq(rd, (64 * MIB - (MIB + 123)) & ~4095u);
    ck_assert_uint_eq(rd, info.initrd_addr);
    ck_assert_uint_ge(rd, info.runtime_end);
    ck_assert_uint_eq(get32(params + LINUX_BP_EXT_RAMDISK_IMAGE), 0);
    ck_assert_uint_eq(get32(params + LINUX_BP_EXT_RAMDISK_SIZE), 0);
    uint8_t *rdgot = malloc(MIB + 123);
    ck_assert(as_read_bytes(as, rd, rdgot, MIB + 123));
    ck_assert(memcmp(rdgot, initrd, MIB + 123) == 0);
    free(rdgot);
    /* the E820 table and the RSDP pointer */
    ck_assert_uint_eq(params[LINUX_BP_E820_ENTRIES], 4);
    const uint8_t *t = params + LINUX_BP_E820_TABLE;
    ck_assert_uint_eq(get32(t + 8), 0x9fc00);
    ck_assert_uint_eq(get32(t + 16), E820_RAM);
    ck_assert_uint_eq(get32(t + 20 * 3), MIB);
    ck_assert_uint_eq(get32(t + 20 * 3 + 8), 63 * MIB);
    ck_assert_uint_eq(get32(t + 20 * 3 + 16), E820_RAM);
    ck_assert_uint_eq(get32(t + 20 * 1 + 16), E820_RESERVED);
    ck_assert_uint_eq(get32(params + LINUX_BP_ACPI_RSDP_ADDR), 0xf0000);
    ck_assert_uint_eq(get32(params + LINUX_BP_ALT_MEM_K), 63 * 1024);
    free(initrd);
    free(img);
    teardown();
}
END_TEST

START_TEST(test_relocatable_and_initrd_max)
{
    setup_ram(64);
    ImageSpec s = default_spec();
    s.relocatable = true;
    s.pref = 0x1000000;
    s.init_size = 8 * MIB;
    s.initrd_max = 0x01ffffff;              /* the initrd must end below 32 MiB */
    size_t size;
    uint8_t *img = make_image(&s, &size);
    uint8_t initrd[5000] = { 1, 2, 3 };
    LinuxBootConfig cfg = { .kernel = img, .kernel_size = size, .initrd = initrd,
                            .initrd_size = sizeof(initrd), .e820 = &e820 };
    BootEntry e;
    LinuxBootInfo info;
    char err[256] = "";
    ck_assert_msg(linux_boot_load(as, &cfg, &e, &info, err, sizeof(err)), "%s", err);
    ck_assert_uint_eq(info.load_addr, 0x1000000);      /* pref_address */
    ck_assert_uint_eq(e.eip, 0x1000000);
    ck_assert_uint_eq(info.runtime_end, 0x1000000 + 8 * MIB);
    read_params();
    ck_assert_uint_eq(get32(params + LINUX_HDR_CODE32_START), 0x1000000);
    uint32_t rd = get32(params + LINUX_HDR_RAMDISK_IMAGE);
    ck_assert_uint_eq(rd, (0x2000000 - sizeof(initrd)) & ~4095u);
    ck_assert_uint_eq(get32(params + LINUX_BP_ACPI_RSDP_ADDR), 0);
    /* no initrd: the fields stay zero; an empty command line is an empty string */
    cfg.initrd = NULL;
    cfg.initrd_size = 0;
    cfg.cmdline = NULL;
    ck_assert(linux_boot_load(as, &cfg, &e, &info, err, sizeof(err)));
    read_params();
    ck_assert_uint_eq(get32(params + LINUX_HDR_RAMDISK_IMAGE), 0);
    ck_assert_uint_eq(get32(params + LINUX_HDR_RAMDISK_SIZE), 0);
    char c = 'x';
    ck_assert(as_read_bytes(as, LINUX_CMDLINE_ADDR, &c, 1));
    ck_assert_int_eq(c, 0);
    free(img);
    teardown();
}
END_TEST

/* Loads spec with the given RAM size, initrd size and command line; expects failure
 * with err containing each of the words. */
static void expect_error(const ImageSpec *s, unsigned ram_mib, size_t initrd_size,
                         const char *cmdline, const char *w1, const char *w2)
{
    setup_ram(ram_mib);
    size_t size;
    uint8_t *img = make_image(s, &size);
    uint8_t *initrd = initrd_size ? calloc(1, initrd_size) : NULL;
    LinuxBootConfig cfg = { .kernel = img, .kernel_size = size, .initrd = initrd,
                            .initrd_size = initrd_size, .initrd_name = "big.img",
                            .cmdline = cmdline, .e820 = &e820 };
    BootEntry e;
    char err[256] = "";
    ck_assert(!linux_boot_load(as, &cfg, &e, NULL, err, sizeof(err)));
    ck_assert_msg(strstr(err, w1) && strstr(err, w2), "message: %s", err);
    ck_assert(strchr(err, '\n') == NULL);
    free(initrd);
    free(img);
    teardown();
}

START_TEST(test_errors)
{
    ImageSpec s = default_spec();
    s.version = 0x0205;
    expect_error(&s, 64, 0, NULL, "-kernel", "2.05 is too old");
    s = default_spec();
    s.loadflags = 0;
    expect_error(&s, 64, 0, NULL, "-kernel", "zImage");
    s = default_spec();
    s.init_size = 32 * MIB;
    expect_error(&s, 16, 0, NULL, "-m", "too small");
    s = default_spec();
    expect_error(&s, 64, 62 * MIB, NULL, "-initrd", "does not fit");
    s = default_spec();
    s.cmdline_size = 16;
    expect_error(&s, 64, 0, "console=ttyS0 earlyprintk=serial", "-append", "at most 16");

    /* no signature; truncated payload */
    setup_ram(64);
    s = default_spec();
    size_t size;
    uint8_t *img = make_image(&s, &size);
    BootEntry e;
    char err[256];
    LinuxBootConfig cfg = { .kernel = img, .kernel_size = size, .e820 = &e820 };
    img[LINUX_HDR_MAGIC] = 'X';
    ck_assert(!linux_is_bzimage(img, size));
    ck_assert(!linux_boot_load(as, &cfg, &e, NULL, err, sizeof(err)));
    ck_assert(strstr(err, "not a Linux bzImage") != NULL);
    img[LINUX_HDR_MAGIC] = 'H';
    ck_assert(linux_is_bzimage(img, size));
    cfg.kernel_size = size - 4096;            /* syssize says more than is there */
    ck_assert(!linux_boot_load(as, &cfg, &e, NULL, err, sizeof(err)));
    ck_assert(strstr(err, "truncated") != NULL);
    ck_assert(!linux_is_bzimage(img, 100));
    free(img);
    teardown();
}
END_TEST

START_TEST(test_e820_helpers)
{
    setup_ram(64);
    ck_assert(e820_is_ram(&e820, 0, 0x9fc00));
    ck_assert(!e820_is_ram(&e820, 0x9f000, 0x1000));
    ck_assert(e820_is_ram(&e820, MIB, 63 * MIB));
    ck_assert(!e820_is_ram(&e820, MIB, 64 * MIB));
    ck_assert_uint_eq(e820_lower_kib(&e820), 639);
    ck_assert_uint_eq(e820_upper_kib(&e820), 63 * 1024);
    ck_assert_uint_eq(e820_find_top(&e820, 0x3000, 4096, 0, 0x100000), 0x9c000);
    ck_assert_uint_eq(e820_find_top(&e820, 0x3000, 4096, 0, 8 * MIB), 8 * MIB - 0x3000);
    ck_assert_uint_eq(e820_find_top(&e820, 64 * MIB, 4096, 0, UINT64_MAX), UINT64_MAX);
    /* entries stay sorted whatever the order they come in */
    E820Map m;
    e820_init(&m);
    e820_add(&m, 0x100000, 0x1000, E820_RAM);
    e820_add(&m, 0, 0x1000, E820_RAM);
    e820_add(&m, 0x5000, 0x1000, E820_ACPI);
    ck_assert_uint_eq(m.e[0].addr, 0);
    ck_assert_uint_eq(m.e[1].addr, 0x5000);
    ck_assert_uint_eq(m.e[2].addr, 0x100000);
    ck_assert(!e820_add(&m, 0, 0, E820_RAM));
    teardown();
}
END_TEST

static void write_file(const char *path, const uint8_t *data, size_t n, const char *mode)
{
    FILE *f = fopen(path, mode);
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(data, 1, n, f), n);
    ck_assert_int_eq(fclose(f), 0);
}

/* A machine reset reads the kernel file again and loads it over whatever the guest left
 * in RAM; a file that changed size or contents, or went away, is refused in one line. */
START_TEST(test_reset_reload)
{
    setup_ram(64);
    ImageSpec s = default_spec();
    size_t size;
    uint8_t *img = make_image(&s, &size);
    const char *dir = getenv("TMPDIR");
    char path[512];
    snprintf(path, sizeof(path), "%s/tern-linux-boot-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    close(fd);
    write_file(path, img, size, "wb");

    LoaderImage im;
    ck_assert(loader_image_init(&im, "-kernel", path, 16 * MIB));
    char err[512] = "";
    LinuxBootConfig cfg = { .e820 = &e820 };
    BootEntry e;
    uint8_t *got = malloc(s.payload);
    for (int boot = 0; boot < 2; boot++) {
        cfg.kernel = loader_image_get(&im, &cfg.kernel_size, err, sizeof(err));
        ck_assert_msg(cfg.kernel != NULL, "boot %d: %s", boot, err);
        ck_assert_uint_eq(cfg.kernel_size, size);
        ck_assert_msg(linux_boot_load(as, &cfg, &e, NULL, err, sizeof(err)), "%s", err);
        loader_image_put(&im, cfg.kernel);
        ck_assert(as_read_bytes(as, 0x100000, got, s.payload));
        ck_assert(memcmp(got, img + 5 * 512, s.payload) == 0);
        ck_assert_ptr_null(im.kept);            /* a regular file is not kept */
        /* the guest runs and overwrites its kernel before it reboots */
        memset(got, 0xcc, s.payload);
        ck_assert(as_write_bytes(as, 0x100000, got, s.payload));
    }
    free(got);

    img[size - 1] ^= 0xff;                      /* same size, other contents */
    write_file(path, img, size, "wb");
    ck_assert_ptr_null(loader_image_get(&im, &size, err, sizeof(err)));
    ck_assert_msg(strstr(err, "-kernel: '") && strstr(err, "changed since Tern started "
                                                        "(same size"), "%s", err);
    img[size - 1] ^= 0xff;
    write_file(path, img, size, "wb");
    size_t again = 0;
    const uint8_t *back = loader_image_get(&im, &again, err, sizeof(err));
    ck_assert_msg(back != NULL && again == size, "%s", err);   /* restored: accepted */
    loader_image_put(&im, back);

    write_file(path, img, 1, "ab");             /* one byte longer */
    ck_assert_ptr_null(loader_image_get(&im, &again, err, sizeof(err)));
    char want[64];
    snprintf(want, sizeof(want), "(%zu bytes, now %zu)", size, size + 1);
    ck_assert_msg(strstr(err, want) != NULL, "%s", err);

    ck_assert_int_eq(unlink(path), 0);
    ck_assert_ptr_null(loader_image_get(&im, &again, err, sizeof(err)));
    ck_assert_msg(strstr(err, "-kernel: cannot open '") != NULL, "%s", err);
    loader_image_free(&im);
    free(img);
    teardown();
}
END_TEST

static Suite *linux_boot_suite(void)
{
    Suite *s = suite_create("linux_boot");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_basic_load);
    tcase_add_test(tc, test_relocatable_and_initrd_max);
    tcase_add_test(tc, test_errors);
    tcase_add_test(tc, test_e820_helpers);
    tcase_add_test(tc, test_reset_reload);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(linux_boot_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

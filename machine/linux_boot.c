/* The Linux x86 boot protocol, loader side (machine/linux_boot.h). Section names in the
 * comments are those of Documentation/arch/x86/boot.rst. */
#include "machine/linux_boot.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MIB (1ull << 20)
#define PARAMS_SIZE 4096
#define SETUP_HEADER_END_MAX 0x290   /* edd_mbr_sig_buffer follows the header */

static uint32_t rd16(const uint8_t *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8; }
static uint32_t rd32(const uint8_t *p) { return rd16(p) | rd16(p + 2) << 16; }
static uint64_t rd64(const uint8_t *p) { return rd32(p) | (uint64_t)rd32(p + 4) << 32; }

static void wr16(uint8_t *p, uint32_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); }
static void wr32(uint8_t *p, uint32_t v) { wr16(p, v); wr16(p + 2, v >> 16); }
static void wr64(uint8_t *p, uint64_t v) { wr32(p, (uint32_t)v); wr32(p + 4, (uint32_t)(v >> 32)); }

bool linux_is_bzimage(const uint8_t *img, size_t size)
{
    return size >= 0x400 && !memcmp(img + LINUX_HDR_MAGIC, "HdrS", 4);
}

static uint64_t align_up(uint64_t v, uint64_t a)
{
    return a > 1 ? (v + a - 1) & ~(a - 1) : v;
}

/* "Details of Header Fields" and "The 32-bit Boot Protocol": copy the setup header into
 * a zeroed boot_params, then fill what a loader writes. */
static void fill_params(uint8_t *bp, const LinuxBootConfig *cfg, const LinuxBootInfo *info,
                        size_t hdr_end, uint64_t initrd_size)
{
    memcpy(bp + LINUX_HDR_SETUP_SECTS, cfg->kernel + LINUX_HDR_SETUP_SECTS,
           hdr_end - LINUX_HDR_SETUP_SECTS);
    wr16(bp + LINUX_HDR_VID_MODE, 0xffff);                  /* "normal" */
    bp[LINUX_HDR_TYPE_OF_LOADER] = 0xff;                    /* no assigned loader ID */
    bp[LINUX_HDR_LOADFLAGS] |= LINUX_CAN_USE_HEAP;
    bp[LINUX_HDR_LOADFLAGS] &= (uint8_t)~0x20;              /* QUIET_FLAG off */
    /* The real-mode setup does not run under the 32-bit protocol; a heap end at the
     * conventional 0xFE00 is still what a 2.02+ loader writes. */
    wr16(bp + LINUX_HDR_HEAP_END_PTR, 0xfe00);
    wr32(bp + LINUX_HDR_CODE32_START, (uint32_t)info->load_addr);
    wr32(bp + LINUX_HDR_CMD_LINE_PTR, LINUX_CMDLINE_ADDR);
    wr32(bp + LINUX_BP_EXT_CMD_LINE_PTR, 0);
    wr32(bp + LINUX_HDR_RAMDISK_IMAGE, (uint32_t)info->initrd_addr);
    wr32(bp + LINUX_HDR_RAMDISK_SIZE, (uint32_t)initrd_size);
    wr32(bp + LINUX_BP_EXT_RAMDISK_IMAGE, (uint32_t)(info->initrd_addr >> 32));
    wr32(bp + LINUX_BP_EXT_RAMDISK_SIZE, (uint32_t)(initrd_size >> 32));
    wr64(bp + LINUX_BP_ACPI_RSDP_ADDR, cfg->rsdp_addr);
    /* Zero-page "alt_mem_k": KiB of memory above 1 MiB, for kernels that look. */
    wr32(bp + LINUX_BP_ALT_MEM_K, e820_upper_kib(cfg->e820));
    unsigned n = cfg->e820->n;
    bp[LINUX_BP_E820_ENTRIES] = (uint8_t)n;
    for (unsigned i = 0; i < n; i++) {
        uint8_t *e = bp + LINUX_BP_E820_TABLE + 20 * i;
        wr64(e, cfg->e820->e[i].addr);
        wr64(e + 8, cfg->e820->e[i].size);
        wr32(e + 16, cfg->e820->e[i].type);
    }
}

bool linux_boot_load(AddressSpace *as, const LinuxBootConfig *cfg, BootEntry *entry,
                     LinuxBootInfo *info_out, char *err, size_t errlen)
{
    const uint8_t *img = cfg->kernel;
    size_t size = cfg->kernel_size;
    LinuxBootInfo info = { 0 };
    if (!linux_is_bzimage(img, size)) {
        snprintf(err, errlen, "-kernel: not a Linux bzImage (no \"HdrS\" signature)");
        return false;
    }
    info.version = (uint16_t)rd16(img + LINUX_HDR_VERSION);
    if (info.version < 0x0206) {
        snprintf(err, errlen, "-kernel: Linux boot protocol %u.%02u is too old (2.06 or newer "
                 "is needed)", info.version >> 8, info.version & 0xff);
        return false;
    }
    if (!(img[LINUX_HDR_LOADFLAGS] & LINUX_LOADED_HIGH)) {
        snprintf(err, errlen, "-kernel: a zImage (loaded low) is not supported; use a bzImage");
        return false;
    }
    /* "The Real-Mode Kernel Header": setup_sects 0 means 4; the protected-mode code
     * follows the boot sector and the setup sectors. */
    unsigned setup_sects = img[LINUX_HDR_SETUP_SECTS] ? img[LINUX_HDR_SETUP_SECTS] : 4;
    size_t setup_size = (size_t)(setup_sects + 1) * 512;
    uint64_t syssize = (uint64_t)rd32(img + LINUX_HDR_SYSSIZE) * 16;
    if (setup_size >= size || syssize > size - setup_size) {
        snprintf(err, errlen, "-kernel: the bzImage is truncated (%zu bytes; its header "
                 "describes %zu + %llu)", size, setup_size, (unsigned long long)syssize);
        return false;
    }
    size_t hdr_end = 0x202 + (size_t)img[LINUX_HDR_JUMP + 1];
    if (hdr_end > SETUP_HEADER_END_MAX)
        hdr_end = SETUP_HEADER_END_MAX;
    info.load_size = size - setup_size;
    info.kernel_64 = info.version >= 0x020c &&
                     (rd16(img + LINUX_HDR_XLOADFLAGS) & LINUX_XLF_KERNEL_64);

    /* Where it runs: "init_size" gives runtime_start = align_up(load, kernel_alignment)
     * for a relocatable kernel, pref_address otherwise; a relocatable x86 kernel also
     * never runs below its pref_address (LOAD_PHYSICAL_ADDR), so load it there. */
    bool reloc = img[LINUX_HDR_RELOCATABLE] != 0;
    uint64_t align = rd32(img + LINUX_HDR_KERNEL_ALIGNMENT);
    if (align & (align - 1))
        align = 0;
    uint64_t pref = 0x100000, init_size = info.load_size;
    if (info.version >= 0x020a) {
        pref = rd64(img + LINUX_HDR_PREF_ADDRESS);
        init_size = rd32(img + LINUX_HDR_INIT_SIZE);
        if (init_size < info.load_size)
            init_size = info.load_size;
    }
    info.load_addr = 0x100000;
    if (reloc && pref > info.load_addr && (!align || (pref & (align - 1)) == 0))
        info.load_addr = pref;
    uint64_t runtime = reloc ? align_up(info.load_addr, align) : pref;
    if (reloc && runtime < pref)
        runtime = pref;
    info.runtime_end = runtime + init_size;
    uint64_t need_end = info.runtime_end > info.load_addr + info.load_size
                            ? info.runtime_end : info.load_addr + info.load_size;
    if (!e820_is_ram(cfg->e820, info.load_addr, info.load_size) ||
        !e820_is_ram(cfg->e820, runtime, init_size)) {
        snprintf(err, errlen, "-m: too small for this kernel: it needs RAM up to %llu MiB "
                 "(load address 0x%llx, init_size %llu MiB); try -m %lluM",
                 (unsigned long long)((need_end + MIB - 1) / MIB),
                 (unsigned long long)info.load_addr, (unsigned long long)(init_size / MIB),
                 (unsigned long long)((need_end + MIB - 1) / MIB + 32));
        return false;
    }

    /* "The Kernel Command Line": at most cmdline_size characters plus the NUL. */
    const char *cmdline = cfg->cmdline ? cfg->cmdline : "";
    size_t cmd_len = strlen(cmdline);
    uint32_t cmd_max = rd32(img + LINUX_HDR_CMDLINE_SIZE);
    if (cmd_max >= LINUX_CMDLINE_MAX)
        cmd_max = LINUX_CMDLINE_MAX - 1;
    if (cmd_len > cmd_max) {
        snprintf(err, errlen, "-append: the command line has %zu characters; this kernel "
                 "takes at most %u", cmd_len, cmd_max);
        return false;
    }

    /* initrd_addr_max is the highest byte the initrd may occupy; the initrd also stays
     * below 4 GiB and above everything the kernel needs. */
    if (cfg->initrd) {
        uint64_t max = (uint64_t)rd32(img + LINUX_HDR_INITRD_ADDR_MAX) + 1;
        if (max > (1ull << 32))
            max = 1ull << 32;
        info.initrd_addr = e820_find_top(cfg->e820, cfg->initrd_size, 4096,
                                         (need_end + 4095) & ~4095ull, max);
        if (info.initrd_addr == UINT64_MAX || cfg->initrd_size == 0) {
            snprintf(err, errlen, "-initrd: '%s' (%llu KiB) does not fit in RAM between the "
                     "kernel (up to %llu MiB) and %llu MiB; give more -m",
                     cfg->initrd_name ? cfg->initrd_name : "initrd",
                     (unsigned long long)(cfg->initrd_size >> 10),
                     (unsigned long long)((need_end + MIB - 1) / MIB),
                     (unsigned long long)(max / MIB));
            return false;
        }
    }

    uint8_t *bp = calloc(1, PARAMS_SIZE);
    if (!bp) {
        snprintf(err, errlen, "-kernel: out of memory");
        return false;
    }
    fill_params(bp, cfg, &info, hdr_end, cfg->initrd ? cfg->initrd_size : 0);
    bool ok = as_write_bytes(as, info.load_addr, img + setup_size, info.load_size) &&
              as_write_bytes(as, LINUX_PARAMS_ADDR, bp, PARAMS_SIZE) &&
              as_write_bytes(as, LINUX_CMDLINE_ADDR, cmdline, cmd_len + 1) &&
              boot_write_gdt(as, LINUX_GDT_ADDR) &&
              (!cfg->initrd || as_write_bytes(as, info.initrd_addr, cfg->initrd, cfg->initrd_size));
    free(bp);
    if (!ok) {
        snprintf(err, errlen, "-kernel: the boot areas are not RAM (is -m large enough?)");
        return false;
    }
    /* "32-bit Boot Protocol": %esi = boot_params; %ebp, %edi, %ebx zero. */
    *entry = (BootEntry){ .eip = (uint32_t)info.load_addr, .esi = LINUX_PARAMS_ADDR,
                          .esp = LINUX_PARAMS_ADDR, .gdt_base = LINUX_GDT_ADDR };
    if (info_out)
        *info_out = info;
    return true;
}

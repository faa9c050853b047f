/* Multiboot v1 loader (machine/multiboot.h); section numbers are those of the Multiboot
 * Specification version 0.6.96. */
#include "machine/multiboot.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define INFO_SIZE 0x80
#define EM_386 3
#define PT_LOAD 1

static uint32_t rd16(const uint8_t *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8; }
static uint32_t rd32(const uint8_t *p) { return rd16(p) | rd16(p + 2) << 16; }
static void wr32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

long multiboot_find_header(const uint8_t *img, size_t size)
{
    size_t limit = size < MULTIBOOT_SEARCH ? size : MULTIBOOT_SEARCH;
    for (size_t off = 0; off + 12 <= limit; off += 4) {
        uint32_t magic = rd32(img + off), flags = rd32(img + off + 4);
        uint32_t sum = rd32(img + off + 8);
        if (magic == MULTIBOOT_HEADER_MAGIC && (uint32_t)(magic + flags + sum) == 0)
            return (long)off;
    }
    return -1;
}

/* A range [addr, addr + len) the image occupies: RAM, and not the loader's own area. */
static bool range_ok(const MultibootConfig *cfg, uint64_t addr, uint64_t len, char *err,
                     size_t errlen)
{
    if (len == 0)
        return true;
    if (addr < MULTIBOOT_INFO_END && addr + len > MULTIBOOT_GDT_ADDR) {
        snprintf(err, errlen, "-kernel: the multiboot image loads at 0x%llx, over the boot "
                 "information area 0x%x-0x%x", (unsigned long long)addr, MULTIBOOT_GDT_ADDR,
                 MULTIBOOT_INFO_END);
        return false;
    }
    if (!e820_is_ram(cfg->e820, addr, len)) {
        snprintf(err, errlen, "-m: too small for this kernel: the multiboot image loads at "
                 "0x%llx-0x%llx, which is not RAM", (unsigned long long)addr,
                 (unsigned long long)(addr + len));
        return false;
    }
    return true;
}

/* 3.1.3: header_addr and load_addr place the file: the byte at the header's offset goes
 * to header_addr; load_end_addr 0 means "to the end of the file"; bss_end_addr 0: none. */
static bool load_aout(AddressSpace *as, const MultibootConfig *cfg, long hdr,
                      MultibootInfo *info, char *err, size_t errlen)
{
    const uint8_t *h = cfg->image + hdr;
    if ((size_t)hdr + 32 > cfg->size) {
        snprintf(err, errlen, "-kernel: the multiboot header is truncated");
        return false;
    }
    uint32_t header_addr = rd32(h + 12), load_addr = rd32(h + 16);
    uint32_t load_end_addr = rd32(h + 20), bss_end_addr = rd32(h + 24);
    if (load_addr > header_addr || header_addr - load_addr > (uint32_t)hdr) {
        snprintf(err, errlen, "-kernel: bad multiboot addresses (load_addr 0x%x, header_addr "
                 "0x%x)", load_addr, header_addr);
        return false;
    }
    size_t file_off = (size_t)hdr - (header_addr - load_addr);
    uint64_t len = load_end_addr ? (uint64_t)load_end_addr - load_addr : cfg->size - file_off;
    if (load_end_addr && (load_end_addr < load_addr || len > cfg->size - file_off)) {
        snprintf(err, errlen, "-kernel: multiboot load_end_addr 0x%x is outside the file",
                 load_end_addr);
        return false;
    }
    uint64_t end = load_addr + len;
    if (bss_end_addr && bss_end_addr < end) {
        snprintf(err, errlen, "-kernel: multiboot bss_end_addr 0x%x is below load_end_addr",
                 bss_end_addr);
        return false;
    }
    uint64_t bss_end = bss_end_addr ? bss_end_addr : end;
    if (!range_ok(cfg, load_addr, bss_end - load_addr, err, errlen))
        return false;
    as_write_bytes(as, load_addr, cfg->image + file_off, len);
    if (bss_end > end) {
        uint8_t *z = calloc(1, bss_end - end);
        if (!z) {
            snprintf(err, errlen, "-kernel: out of memory");
            return false;
        }
        as_write_bytes(as, end, z, bss_end - end);
        free(z);
    }
    info->load_start = load_addr;
    info->load_end = bss_end;
    info->entry = rd32(h + 28);
    return true;
}

/* Without the a.out kludge the image must be ELF32 for i386 (3.1.3): PT_LOAD segments at
 * their physical addresses, the entry translated like them. */
static bool load_elf(AddressSpace *as, const MultibootConfig *cfg, MultibootInfo *info,
                     char *err, size_t errlen)
{
    const uint8_t *e = cfg->image;
    if (cfg->size < 52 || memcmp(e, "\x7f" "ELF", 4) || e[4] != 1 || e[5] != 1 ||
        rd16(e + 18) != EM_386 || rd16(e + 16) != 2) {
        snprintf(err, errlen, "-kernel: a multiboot image without address fields (flag 16) "
                 "must be an ELF32 i386 executable");
        return false;
    }
    uint32_t entry = rd32(e + 24), phoff = rd32(e + 28);
    unsigned phentsize = rd16(e + 42), phnum = rd16(e + 44);
    if (phentsize < 32 || phoff > cfg->size || (uint64_t)phnum * phentsize > cfg->size - phoff) {
        snprintf(err, errlen, "-kernel: the ELF program headers are outside the file");
        return false;
    }
    uint64_t lo = UINT64_MAX, hi = 0;
    bool entry_mapped = false;
    for (int pass = 0; pass < 2; pass++) {
        for (unsigned i = 0; i < phnum; i++) {
            const uint8_t *ph = e + phoff + (size_t)i * phentsize;
            if (rd32(ph) != PT_LOAD)
                continue;
            uint32_t off = rd32(ph + 4), vaddr = rd32(ph + 8), paddr = rd32(ph + 12);
            uint32_t filesz = rd32(ph + 16), memsz = rd32(ph + 20);
            if (filesz > memsz || off > cfg->size || filesz > cfg->size - off) {
                snprintf(err, errlen, "-kernel: ELF segment %u is outside the file", i);
                return false;
            }
            if (pass == 0) {
                if (!range_ok(cfg, paddr, memsz, err, errlen))
                    return false;
                if (memsz && paddr < lo)
                    lo = paddr;
                if ((uint64_t)paddr + memsz > hi)
                    hi = (uint64_t)paddr + memsz;
                if (!entry_mapped && entry >= vaddr && entry - vaddr < memsz) {
                    entry = entry - vaddr + paddr;
                    entry_mapped = true;
                }
                continue;
            }
            as_write_bytes(as, paddr, e + off, filesz);
            if (memsz > filesz) {
                uint8_t *z = calloc(1, memsz - filesz);
                if (!z) {
                    snprintf(err, errlen, "-kernel: out of memory");
                    return false;
                }
                as_write_bytes(as, (uint64_t)paddr + filesz, z, memsz - filesz);
                free(z);
            }
        }
    }
    if (hi == 0) {
        snprintf(err, errlen, "-kernel: the ELF image has no loadable segment");
        return false;
    }
    info->load_start = lo;
    info->load_end = hi;
    info->entry = entry;
    info->elf = true;
    return true;
}

/* Appends bytes to the information area; returns their guest address or 0 if full. */
static uint32_t info_put(uint8_t *area, uint32_t *used, const void *p, size_t n)
{
    uint32_t at = (*used + 3) & ~3u;
    if (at + n > MULTIBOOT_INFO_END - MULTIBOOT_INFO_ADDR)
        return 0;
    memcpy(area + at, p, n);
    *used = at + (uint32_t)n;
    return MULTIBOOT_INFO_ADDR + at;
}

bool multiboot_load(AddressSpace *as, const MultibootConfig *cfg, BootEntry *entry,
                    MultibootInfo *info_out, char *err, size_t errlen)
{
    MultibootInfo info = { 0 };
    long hdr = multiboot_find_header(cfg->image, cfg->size);
    if (hdr < 0) {
        snprintf(err, errlen, "-kernel: no multiboot header in the first 8 KiB");
        return false;
    }
    uint32_t flags = rd32(cfg->image + hdr + 4);
    info.header_flags = flags;
    /* 3.1.2: bits 0-15 are requirements; a loader that cannot meet one must not boot. */
    uint32_t unmet = flags & 0xffffu & ~(MULTIBOOT_PAGE_ALIGN | MULTIBOOT_MEMORY_INFO);
    if (unmet) {
        snprintf(err, errlen, "-kernel: the multiboot header requires %s (flags 0x%x), which "
                 "Tern does not provide", (unmet & MULTIBOOT_VIDEO_MODE) ? "a video mode" :
                 "unknown features", flags);
        return false;
    }
    if (cfg->nb_mods > 16) {
        snprintf(err, errlen, "-initrd: at most 16 multiboot modules");
        return false;
    }
    bool ok = (flags & MULTIBOOT_AOUT_KLUDGE) ? load_aout(as, cfg, hdr, &info, err, errlen)
                                              : load_elf(as, cfg, &info, err, errlen);
    if (!ok)
        return false;

    uint8_t *area = calloc(1, MULTIBOOT_INFO_END - MULTIBOOT_INFO_ADDR);
    if (!area) {
        snprintf(err, errlen, "-kernel: out of memory");
        return false;
    }
    uint32_t used = INFO_SIZE;
    uint8_t *mbi = area;
    uint32_t iflags = MULTIBOOT_INFO_MEMORY | MULTIBOOT_INFO_CMDLINE | MULTIBOOT_INFO_MEM_MAP |
                      MULTIBOOT_INFO_LOADER_NAME;
    wr32(mbi + 4, e820_lower_kib(cfg->e820));
    wr32(mbi + 8, e820_upper_kib(cfg->e820));
    const char *cmd = cfg->cmdline ? cfg->cmdline : "";
    uint32_t cmd_at = info_put(area, &used, cmd, strlen(cmd) + 1);
    uint32_t name_at = info_put(area, &used, "Tern", 5);
    /* 3.3 mmap: each entry's size field counts the 20 bytes after it. */
    uint32_t mmap_at = 0;
    for (unsigned i = 0; i < cfg->e820->n; i++) {
        uint8_t ent[24];
        const E820Entry *e = &cfg->e820->e[i];
        wr32(ent, 20);
        wr32(ent + 4, (uint32_t)e->addr);
        wr32(ent + 8, (uint32_t)(e->addr >> 32));
        wr32(ent + 12, (uint32_t)e->size);
        wr32(ent + 16, (uint32_t)(e->size >> 32));
        wr32(ent + 20, e->type);
        uint32_t at = info_put(area, &used, ent, sizeof(ent));
        if (i == 0)
            mmap_at = at;
        if (!at)
            mmap_at = 0;
    }
    /* 3.3 mods: page-aligned after the kernel (also meets flag 0's requirement). */
    uint64_t next = (info.load_end + 4095) & ~4095ull;
    uint8_t mods[16][16];
    for (unsigned i = 0; i < cfg->nb_mods; i++) {
        const MultibootModule *m = &cfg->mods[i];
        if (!e820_is_ram(cfg->e820, next, m->size ? m->size : 1) || next + m->size > (1ull << 32)) {
            snprintf(err, errlen, "-initrd: multiboot module %u (%zu KiB) does not fit in RAM "
                     "after the kernel at 0x%llx; give more -m", i + 1, m->size >> 10,
                     (unsigned long long)next);
            free(area);
            return false;
        }
        as_write_bytes(as, next, m->data, m->size);
        const char *s = m->cmdline ? m->cmdline : "";
        uint32_t s_at = info_put(area, &used, s, strlen(s) + 1);
        wr32(mods[i], (uint32_t)next);
        wr32(mods[i] + 4, (uint32_t)(next + m->size));
        wr32(mods[i] + 8, s_at);
        wr32(mods[i] + 12, 0);
        info.mods_addr[i] = (uint32_t)next;
        next = (next + m->size + 4095) & ~4095ull;
        if (!s_at)
            cmd_at = 0;  /* out of room: reported below */
    }
    uint32_t mods_at = cfg->nb_mods ? info_put(area, &used, mods, 16u * cfg->nb_mods) : 0;
    if (!cmd_at || !name_at || !mmap_at || (cfg->nb_mods && !mods_at)) {
        snprintf(err, errlen, "-append: the multiboot command lines do not fit in the "
                 "boot information area (%u bytes)", MULTIBOOT_INFO_END - MULTIBOOT_INFO_ADDR);
        free(area);
        return false;
    }
    if (cfg->nb_mods)
        iflags |= MULTIBOOT_INFO_MODS;
    wr32(mbi, iflags);
    wr32(mbi + 16, cmd_at);
    wr32(mbi + 20, cfg->nb_mods);
    wr32(mbi + 24, mods_at);
    wr32(mbi + 44, 24u * cfg->e820->n);
    wr32(mbi + 48, mmap_at);
    wr32(mbi + 64, name_at);
    ok = as_write_bytes(as, MULTIBOOT_INFO_ADDR, area, used) &&
         boot_write_gdt(as, MULTIBOOT_GDT_ADDR);
    free(area);
    if (!ok) {
        snprintf(err, errlen, "-m: too small: the multiboot information area is not RAM");
        return false;
    }
    /* 3.2: EAX = the boot loader magic, EBX = the information's physical address. */
    *entry = (BootEntry){ .eip = info.entry, .eax = MULTIBOOT_BOOTLOADER_MAGIC,
                          .ebx = MULTIBOOT_INFO_ADDR, .esp = MULTIBOOT_INFO_ADDR,
                          .gdt_base = MULTIBOOT_GDT_ADDR };
    if (info_out)
        *info_out = info;
    return true;
}

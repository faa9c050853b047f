/* The pc board's memory: RAM below and above the 4 GiB hole, the firmware ROM, the PAM
 * overlays of 0xC0000-0xFFFFF, the E820 map given to firmware-less kernels, and the
 * memory-size facts firmware reads from CMOS and fw_cfg. */
#include "machine/pc_internal.h"

#include <stdlib.h>
#include <string.h>

#include "cpu/exec.h"
#include "tcg/tb.h"

#define PC_4G (1ull << 32)
#define PC_1M (1ull << 20)
#define BIOS_LOW_BASE 0xe0000u
#define BIOS_LOW_SIZE 0x20000u   /* the last 128 KiB of the image also end at 1 MiB */

static uint64_t ones(unsigned size)
{
    return size >= 8 ? UINT64_MAX : (1ull << (8 * size)) - 1;
}

/* What a segment shows when PAM sends its reads to PCI: the BIOS ROM's low copy in
 * 0xE0000-0xFFFFF, nothing (a floating bus) below. */
static const uint8_t *pci_side(const PcBoard *b, uint32_t base)
{
    if (!b->bios_low || base < BIOS_LOW_BASE)
        return NULL;
    return b->bios_low + (base - BIOS_LOW_BASE);
}

/* The overlay's handler, used while the segment is write-only DRAM (reads from PCI,
 * writes to RAM) or PCI without a ROM behind it. */
static uint64_t pam_read(void *opaque, uint64_t offset, unsigned size)
{
    PcPamSeg *s = opaque;
    const uint8_t *rom = pci_side(s->board, piix_pam_segment_base(s->segment));
    if (!rom)
        return ones(size);
    uint64_t v = 0;
    for (unsigned i = 0; i < size; i++)
        v |= (uint64_t)rom[offset + i] << (8 * i);
    return v;
}

static void pam_write(void *opaque, uint64_t offset, uint64_t val, unsigned size)
{
    PcPamSeg *s = opaque;
    if (s->mode != PIIX_PAM_WRITE_DRAM)
        return;
    uint8_t *ram = s->board->ram_low->host + piix_pam_segment_base(s->segment) + offset;
    for (unsigned i = 0; i < size; i++)
        ram[i] = (uint8_t)(val >> (8 * i));
}

static const MemRegionOps pam_ops = { pam_read, pam_write };

/* The 440FX PAM attributes (datasheet 3.2.18): the overlay region of the segment is
 * re-pointed in place (the address space's flat view holds region pointers, so the
 * next lookup sees the change); translations of the old contents are dropped. */
void pc_pam_changed(void *opaque, int segment, int mode)
{
    PcBoard *b = opaque;
    MemRegion *mr = b->pam_region[segment];
    uint32_t base = piix_pam_segment_base(segment);
    uint8_t *ram = b->ram_low->host + base;
    const uint8_t *rom = pci_side(b, base);
    b->pam_seg[segment].mode = mode;
    switch (mode) {
    case PIIX_PAM_DRAM:
        mr->kind = MR_RAM;
        mr->host = ram;
        break;
    case PIIX_PAM_READ_DRAM:      /* writes go to PCI, where nothing takes them */
        mr->kind = MR_ROM;
        mr->host = ram;
        break;
    case PIIX_PAM_WRITE_DRAM:
        mr->kind = MR_MMIO;
        mr->host = NULL;
        break;
    default:
        mr->kind = rom ? MR_ROM : MR_MMIO;
        mr->host = (uint8_t *)rom;
        break;
    }
    tb_invalidate_phys_range(base, base + piix_pam_segment_size(segment));
    if (b->cpu_ready) {
        x86_tlb_flush(b->env);
        x86_jmp_cache_flush(b->env);
    }
}

static bool map_bios(PcBoard *b, char *err, size_t errlen)
{
    const PcConfig *cfg = b->cfg;
    uint64_t rom_size = (cfg->bios_size + TCG_PAGE_SIZE - 1) & TCG_PAGE_MASK;
    uint8_t *img = malloc(rom_size);
    b->bios_low = malloc(BIOS_LOW_SIZE);
    if (!img || !b->bios_low) {
        free(img);
        snprintf(err, errlen, "out of memory");
        return false;
    }
    /* Padding before a short image reads as erased flash. */
    memset(img, 0xff, rom_size - cfg->bios_size);
    memcpy(img + (rom_size - cfg->bios_size), cfg->bios, cfg->bios_size);
    size_t low = rom_size < BIOS_LOW_SIZE ? (size_t)rom_size : BIOS_LOW_SIZE;
    memset(b->bios_low, 0xff, BIOS_LOW_SIZE);
    memcpy(b->bios_low + BIOS_LOW_SIZE - low, img + rom_size - low, low);
    MemRegion *rom = as_add_rom(b->as, "bios", PC_4G - rom_size, rom_size, img, rom_size);
    free(img);
    if (!rom) {
        snprintf(err, errlen, "%s", as_error(b->as));
        return false;
    }
    return true;
}

/* The map a firmware-less kernel gets: conventional memory up to the EBDA, the BIOS
 * area 0xE0000-0xFFFFF (holding Tern's ACPI tables) reserved, RAM from 1 MiB, the
 * APIC windows reserved, RAM above 4 GiB. The VGA window stays a hole. */
static void build_e820(PcBoard *b)
{
    E820Map *m = &b->e820;
    e820_init(m);
    e820_add(m, 0, 0x9fc00, E820_RAM);
    e820_add(m, 0x9fc00, 0x400, E820_RESERVED);
    e820_add(m, 0xe0000, 0x20000, E820_RESERVED);
    e820_add(m, PC_1M, b->lowmem - PC_1M, E820_RAM);
    if (b->lapic || b->ioapic) {
        e820_add(m, IOAPIC_DEFAULT_BASE, 0x1000, E820_RESERVED);
        e820_add(m, LAPIC_DEFAULT_BASE, 0x1000, E820_RESERVED);
    }
    if (b->highmem)
        e820_add(m, PC_HIGHMEM_START, b->highmem, E820_RAM);
}

bool pc_mem_init(PcBoard *b, char *err, size_t errlen)
{
    uint64_t ram = b->cfg->ram_size;
    b->lowmem = ram < PC_LOWMEM_MAX ? ram : PC_LOWMEM_MAX;
    b->highmem = ram - b->lowmem;
    b->ram_low = as_add_ram(b->as, "ram", 0, b->lowmem);
    if (!b->ram_low || (b->highmem &&
        !(b->ram_high = as_add_ram(b->as, "ram-high", PC_HIGHMEM_START, b->highmem)))) {
        snprintf(err, errlen, "%s", as_error(b->as));
        return false;
    }
    if (b->cfg->bios && !map_bios(b, err, errlen))
        return false;
    for (int s = 0; s < PIIX_PAM_SEGMENTS; s++) {
        b->pam_seg[s] = (PcPamSeg){ b, s, PIIX_PAM_PCI };
        b->pam_region[s] = as_add_mmio(b->as, "pam", piix_pam_segment_base(s),
                                       piix_pam_segment_size(s), &pam_ops, &b->pam_seg[s], 1);
        if (!b->pam_region[s]) {
            snprintf(err, errlen, "%s", as_error(b->as));
            return false;
        }
    }
    build_e820(b);
    return true;
}

void pc_mem_free(PcBoard *b)
{
    free(b->bios_low);
    b->bios_low = NULL;
}

static void cmos_word(Rtc *rtc, int index, unsigned v)
{
    rtc_cmos_set(rtc, index, (uint8_t)v);
    rtc_cmos_set(rtc, index + 1, (uint8_t)(v >> 8));
}

/* The IBM PC AT CMOS layout firmware reads memory sizes from: base memory in KiB
 * (0x15), extended memory 1-64 MiB in KiB (0x17, copy at 0x30), memory above 16 MiB in
 * 64 KiB units (0x34, QEMU/Bochs convention) and above 4 GiB (0x5B-0x5D), CPU count - 1
 * (0x5F), equipment (0x14), drives (0x10, 0x12: none); checksum of 0x10-0x2D at 0x2E. */
void pc_cmos_init(PcBoard *b)
{
    Rtc *rtc = b->rtc;
    rtc_cmos_set(rtc, 0x10, 0);
    rtc_cmos_set(rtc, 0x12, 0);
    rtc_cmos_set(rtc, 0x14, 0x06);               /* math coprocessor, PS/2 mouse port */
    cmos_word(rtc, 0x15, 640);
    uint64_t ext = (b->lowmem - PC_1M) >> 10;
    cmos_word(rtc, 0x17, ext > 0xffff ? 0xffff : (unsigned)ext);
    cmos_word(rtc, 0x30, ext > 0xffff ? 0xffff : (unsigned)ext);
    uint64_t above16 = b->lowmem > (16ull << 20) ? (b->lowmem - (16ull << 20)) >> 16 : 0;
    cmos_word(rtc, 0x34, above16 > 0xffff ? 0xffff : (unsigned)above16);
    uint64_t above4g = b->highmem >> 16;
    rtc_cmos_set(rtc, 0x5b, (uint8_t)above4g);
    rtc_cmos_set(rtc, 0x5c, (uint8_t)(above4g >> 8));
    rtc_cmos_set(rtc, 0x5d, (uint8_t)(above4g >> 16));
    rtc_cmos_set(rtc, 0x5f, 0);
    rtc_cmos_set(rtc, 0x3d, 0x02);               /* boot order: hard disk */
    unsigned sum = 0;
    for (int i = 0x10; i <= 0x2d; i++)
        sum += rtc_cmos_get(rtc, i);
    rtc_cmos_set(rtc, 0x2e, (uint8_t)(sum >> 8));
    rtc_cmos_set(rtc, 0x2f, (uint8_t)sum);
}

/* What SeaBIOS asks fw_cfg for: RAM size, CPU counts, the RAM map ("etc/e820": 20-byte
 * little-endian address, length, type entries) and, as the board has no VGA, the port
 * of the serial console to mirror its screen output on ("etc/sercon-port"). */
bool pc_fw_cfg_init(PcBoard *b)
{
    FwCfg *fc = b->fw_cfg;
    bool ok = fw_cfg_add_i64(fc, FW_CFG_RAM_SIZE, b->cfg->ram_size) &&
              fw_cfg_add_i16(fc, FW_CFG_NB_CPUS, 1) && fw_cfg_add_i16(fc, FW_CFG_MAX_CPUS, 1) &&
              fw_cfg_add_i16(fc, FW_CFG_NOGRAPHIC, b->cfg->nographic ? 1 : 0);
    uint8_t e820[2 * 20] = { 0 };
    size_t n = 0;
    uint64_t ranges[2][2] = { { 0, b->lowmem }, { PC_HIGHMEM_START, b->highmem } };
    for (int r = 0; r < 2; r++) {
        if (!ranges[r][1])
            continue;
        for (int i = 0; i < 8; i++) {
            e820[n * 20 + (size_t)i] = (uint8_t)(ranges[r][0] >> (8 * i));
            e820[n * 20 + 8 + (size_t)i] = (uint8_t)(ranges[r][1] >> (8 * i));
        }
        e820[n * 20 + 16] = E820_RAM;
        n++;
    }
    ok = ok && fw_cfg_add_file(fc, "etc/e820", e820, n * 20);
    if (b->uart) {
        uint8_t port[2] = { 0xf8, 0x03 };
        ok = ok && fw_cfg_add_file(fc, "etc/sercon-port", port, sizeof(port));
    }
    return ok;
}

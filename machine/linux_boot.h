/* Direct Linux boot by the x86 boot protocol (the kernel's Documentation/arch/x86/
 * boot.rst and zero-page.rst): the bzImage's setup header is read (protocol 2.06 or
 * newer), the protected-mode kernel is loaded at pref_address (relocatable kernels) or
 * 0x100000, the initrd as high as initrd_addr_max and the RAM allow, and boot_params
 * (the "zero page": setup header copy, E820 map, command line, initrd, ACPI RSDP) is
 * built in low memory. The kernel is entered by the 32-bit boot protocol, which both
 * i386 and x86_64 kernels accept. */
#ifndef MACHINE_LINUX_BOOT_H
#define MACHINE_LINUX_BOOT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "machine/boot.h"
#include "machine/memory.h"

/* Low-memory places the loader uses (all below the EBDA at 0x9FC00). */
#define LINUX_GDT_ADDR 0x5000
#define LINUX_PARAMS_ADDR 0x7000      /* boot_params, 4 KiB; the entry ESP sits below it */
#define LINUX_CMDLINE_ADDR 0x20000
#define LINUX_CMDLINE_MAX 0x10000

/* Offsets in boot_params (zero-page.rst) and in the setup header (boot.rst). */
#define LINUX_BP_EXT_RAMDISK_IMAGE 0x0c0
#define LINUX_BP_EXT_RAMDISK_SIZE 0x0c4
#define LINUX_BP_EXT_CMD_LINE_PTR 0x0c8
#define LINUX_BP_ACPI_RSDP_ADDR 0x070
#define LINUX_BP_ALT_MEM_K 0x1e0
#define LINUX_BP_E820_ENTRIES 0x1e8
#define LINUX_BP_E820_TABLE 0x2d0
#define LINUX_HDR_SETUP_SECTS 0x1f1
#define LINUX_HDR_SYSSIZE 0x1f4
#define LINUX_HDR_VID_MODE 0x1fa
#define LINUX_HDR_BOOT_FLAG 0x1fe
#define LINUX_HDR_JUMP 0x200
#define LINUX_HDR_MAGIC 0x202
#define LINUX_HDR_VERSION 0x206
#define LINUX_HDR_TYPE_OF_LOADER 0x210
#define LINUX_HDR_LOADFLAGS 0x211
#define LINUX_HDR_CODE32_START 0x214
#define LINUX_HDR_RAMDISK_IMAGE 0x218
#define LINUX_HDR_RAMDISK_SIZE 0x21c
#define LINUX_HDR_HEAP_END_PTR 0x224
#define LINUX_HDR_CMD_LINE_PTR 0x228
#define LINUX_HDR_INITRD_ADDR_MAX 0x22c
#define LINUX_HDR_KERNEL_ALIGNMENT 0x230
#define LINUX_HDR_RELOCATABLE 0x234
#define LINUX_HDR_XLOADFLAGS 0x236
#define LINUX_HDR_CMDLINE_SIZE 0x238
#define LINUX_HDR_PREF_ADDRESS 0x258
#define LINUX_HDR_INIT_SIZE 0x260
#define LINUX_LOADED_HIGH 0x01
#define LINUX_CAN_USE_HEAP 0x80
#define LINUX_XLF_KERNEL_64 0x01

typedef struct LinuxBootConfig {
    const uint8_t *kernel;
    size_t kernel_size;
    const uint8_t *initrd;       /* NULL: none */
    size_t initrd_size;
    const char *initrd_name;     /* for messages */
    const char *cmdline;         /* NULL: empty */
    const E820Map *e820;         /* the board's memory map, also given to the kernel */
    uint64_t rsdp_addr;          /* 0: no ACPI */
} LinuxBootConfig;

typedef struct LinuxBootInfo {
    uint16_t version;            /* boot protocol, e.g. 0x020f */
    uint64_t load_addr;          /* where the protected-mode kernel went (the entry) */
    uint64_t load_size;
    uint64_t runtime_end;        /* runtime start + init_size: must be RAM */
    uint64_t initrd_addr;        /* 0: none */
    bool kernel_64;              /* XLF_KERNEL_64: a 64-bit entry exists (unused) */
} LinuxBootInfo;

/* The "HdrS" signature of a boot-protocol 2.00+ image. */
bool linux_is_bzimage(const uint8_t *img, size_t size);
/* Loads everything into as and fills the entry state (32-bit protocol: ESI = boot_params,
 * EBP = EDI = EBX = 0). On failure nothing useful is in memory and err holds one line
 * naming the option at fault (-kernel, -initrd, -append, -m). */
bool linux_boot_load(AddressSpace *as, const LinuxBootConfig *cfg, BootEntry *entry,
                     LinuxBootInfo *info, char *err, size_t errlen);

#endif

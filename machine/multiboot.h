/* Multiboot version 1 (the Multiboot Specification 0.6.96): the header is searched in
 * the image's first 8 KiB on 4-byte boundaries (3.1.1); the image is loaded by the
 * header's address fields (flags bit 16, "a.out kludge", 3.1.3) or as an ELF32 executable
 * by its program headers; modules (Tern's -initrd) go page-aligned after the kernel;
 * the boot information (3.3: mem_lower/upper, cmdline, mods, mmap, boot_loader_name) is
 * built in low memory and the kernel entered in 32-bit protected mode with
 * EAX = 0x2BADB002 and EBX = the information's address (3.2). */
#ifndef MACHINE_MULTIBOOT_H
#define MACHINE_MULTIBOOT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "machine/boot.h"
#include "machine/memory.h"

#define MULTIBOOT_HEADER_MAGIC 0x1badb002u
#define MULTIBOOT_BOOTLOADER_MAGIC 0x2badb002u
#define MULTIBOOT_SEARCH 8192
#define MULTIBOOT_GDT_ADDR 0x5000
#define MULTIBOOT_INFO_ADDR 0x9000       /* info, then mmap, modules, strings */
#define MULTIBOOT_INFO_END 0x9f000

/* Header flags (3.1.2) and info flags (3.3). */
#define MULTIBOOT_PAGE_ALIGN (1u << 0)
#define MULTIBOOT_MEMORY_INFO (1u << 1)
#define MULTIBOOT_VIDEO_MODE (1u << 2)
#define MULTIBOOT_AOUT_KLUDGE (1u << 16)
#define MULTIBOOT_INFO_MEMORY (1u << 0)
#define MULTIBOOT_INFO_CMDLINE (1u << 2)
#define MULTIBOOT_INFO_MODS (1u << 3)
#define MULTIBOOT_INFO_MEM_MAP (1u << 6)
#define MULTIBOOT_INFO_LOADER_NAME (1u << 9)

typedef struct MultibootModule {
    const uint8_t *data;
    size_t size;
    const char *cmdline;   /* the module's string (its name and arguments) */
} MultibootModule;

typedef struct MultibootConfig {
    const uint8_t *image;
    size_t size;
    const char *cmdline;   /* the kernel's command line (NULL: empty) */
    const MultibootModule *mods;
    unsigned nb_mods;
    const E820Map *e820;
} MultibootConfig;

typedef struct MultibootInfo {
    uint32_t header_flags;
    uint64_t load_start, load_end;   /* the image's extent in memory, bss included */
    uint32_t entry;
    bool elf;
    uint32_t mods_addr[16];          /* where the first modules went */
} MultibootInfo;

/* The offset of a valid header (magic and checksum) in the first 8 KiB, or -1. */
long multiboot_find_header(const uint8_t *img, size_t size);
/* Loads the image and modules and fills the entry state; on failure err holds one line
 * naming the option at fault. */
bool multiboot_load(AddressSpace *as, const MultibootConfig *cfg, BootEntry *entry,
                    MultibootInfo *info, char *err, size_t errlen);

#endif

/* What the firmware-less loaders (Linux boot protocol, Multiboot) share: the BIOS
 * INT 15h E820 memory map the board describes its memory with (ACPI 6.4, 15.1 "INT 15H
 * E820H - Query System Address Map", address range types table 15.1), and the CPU state
 * they hand over: 32-bit protected mode, paging off, flat 4 GiB code and data segments
 * from a small GDT the loader writes into guest memory. */
#ifndef MACHINE_BOOT_H
#define MACHINE_BOOT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "machine/memory.h"

enum { E820_RAM = 1, E820_RESERVED = 2, E820_ACPI = 3, E820_NVS = 4, E820_UNUSABLE = 5 };
#define E820_MAX_ENTRIES 128

typedef struct E820Entry {
    uint64_t addr, size;
    uint32_t type;
} E820Entry;

typedef struct E820Map {
    E820Entry e[E820_MAX_ENTRIES];
    unsigned n;
} E820Map;

void e820_init(E820Map *m);
/* Adds [addr, addr + size), keeping the map sorted by address. The caller adds ranges
 * that do not overlap. false when full or size is 0. */
bool e820_add(E820Map *m, uint64_t addr, uint64_t size, uint32_t type);
/* true when every byte of [addr, addr + size) is in E820_RAM ranges. */
bool e820_is_ram(const E820Map *m, uint64_t addr, uint64_t size);
/* The highest address (aligned to align, a power of two) at which size bytes of RAM
 * fit entirely inside [min, max); UINT64_MAX if none. */
uint64_t e820_find_top(const E820Map *m, uint64_t size, uint64_t align, uint64_t min,
                       uint64_t max);
/* Bytes of RAM in [0, 640 KiB) starting at 0, and contiguous from 1 MiB (KiB units, as
 * Multiboot's mem_lower/mem_upper and the old BIOS calls count). */
uint32_t e820_lower_kib(const E820Map *m);
uint32_t e820_upper_kib(const E820Map *m);

/* Selectors of the flat segments in the loaders' GDT: the Linux boot protocol's
 * __BOOT_CS and __BOOT_DS. */
#define BOOT_CS 0x10
#define BOOT_DS 0x18
#define BOOT_GDT_SIZE 32

/* Writes the GDT (null, null, flat code 0x10, flat data 0x18; accessed bits set) at
 * addr. false if that is not RAM. */
bool boot_write_gdt(AddressSpace *as, uint64_t addr);

/* The CPU state at the entry of a loaded kernel: protected mode, paging off, IF=0,
 * CS = BOOT_CS and the other segments BOOT_DS, all flat; GDTR = gdt_base/BOOT_GDT_SIZE;
 * IDTR base 0 limit 0. */
typedef struct BootEntry {
    uint32_t eip;
    uint32_t eax, ebx, ecx, edx, esp, ebp, esi, edi;
    uint32_t gdt_base;
} BootEntry;

#endif

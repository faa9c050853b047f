/* The guest physical address space and the I/O port space of one machine: RAM, ROM and
 * MMIO regions; port handlers. The CPU's MMU resolves guest physical addresses here;
 * devices register their regions and ports here. */
#ifndef MACHINE_MEMORY_H
#define MACHINE_MEMORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct MemRegionOps {
    /* size: 1, 2, 4 or 8 bytes; offset is relative to the region start */
    uint64_t (*read)(void *opaque, uint64_t offset, unsigned size);
    void (*write)(void *opaque, uint64_t offset, uint64_t val, unsigned size);
} MemRegionOps;

typedef enum { MR_RAM, MR_ROM, MR_MMIO } MemRegionKind;

typedef struct MemRegion {
    const char *name;
    MemRegionKind kind;
    uint64_t base, size;
    uint8_t *host;            /* RAM/ROM backing */
    const MemRegionOps *ops;  /* MMIO */
    void *opaque;
    int priority;             /* higher wins where regions overlap */
} MemRegion;

/* What one physical address resolves to. */
typedef struct MemLookup {
    const MemRegion *mr;      /* NULL: unassigned (reads all ones, writes ignored) */
    uint64_t offset;          /* within mr */
    uint64_t avail;           /* bytes from offset to the end of mr (or of the hole) */
} MemLookup;

typedef struct PortOps {
    uint32_t (*in)(void *opaque, uint16_t port, unsigned size);
    void (*out)(void *opaque, uint16_t port, uint32_t val, unsigned size);
} PortOps;

typedef struct AddressSpace AddressSpace;

AddressSpace *as_new(void);
void as_free(AddressSpace *as);
/* Adds a region; RAM is zeroed, ROM is filled from data (len bytes) if given. Returns
 * NULL with an error message in err when it cannot (overlap at equal priority, no memory). */
MemRegion *as_add_ram(AddressSpace *as, const char *name, uint64_t base, uint64_t size);
MemRegion *as_add_rom(AddressSpace *as, const char *name, uint64_t base, uint64_t size,
                      const void *data, size_t len);
MemRegion *as_add_alias(AddressSpace *as, const char *name, uint64_t base, const MemRegion *of,
                        uint64_t of_offset, uint64_t size, int priority);
MemRegion *as_add_mmio(AddressSpace *as, const char *name, uint64_t base, uint64_t size,
                       const MemRegionOps *ops, void *opaque, int priority);
MemLookup as_lookup(const AddressSpace *as, uint64_t addr);
/* The message of the last as_add_* that returned NULL ("" after a success). */
const char *as_error(const AddressSpace *as);
/* Gives the host back the RAM pages (host pages, as_host_page_size) that are resident but
 * hold only zeros (they read as zero again when next touched): returns how many. Callers
 * make sure nothing writes guest RAM meanwhile. */
size_t as_release_zero_pages(AddressSpace *as);
size_t as_host_page_size(void);
/* Gives the host back the whole host pages of RAM in [addr, addr + len) (a balloon's
 * pages): they read as zero afterwards. Other kinds of memory are left alone. Returns the bytes
 * given back. The caller invalidates translations of code there. */
uint64_t as_discard_ram(AddressSpace *as, uint64_t addr, uint64_t len);

/* Slow-path physical access (MMIO, unassigned, crossing regions); little-endian. */
uint64_t as_read(AddressSpace *as, uint64_t addr, unsigned size);
void as_write(AddressSpace *as, uint64_t addr, uint64_t val, unsigned size);
/* The host address of [addr, addr + len) (len >= 1) when it is all in one RAM region
 * (not ROM, MMIO or a hole), else NULL: the fast path for reads and writes of guest
 * physical memory that need no device, e.g. paging-structure entries. */
uint8_t *as_ram_ptr(AddressSpace *as, uint64_t addr, unsigned len);
/* Bulk copies for loaders and tests; return false if any byte is not RAM/ROM. */
bool as_write_bytes(AddressSpace *as, uint64_t addr, const void *buf, size_t len);
bool as_read_bytes(AddressSpace *as, uint64_t addr, void *buf, size_t len);

/* Port I/O. Unclaimed ports read as all ones and ignore writes (logged with -d unimp). */
void as_register_ports(AddressSpace *as, uint16_t first, unsigned count, const PortOps *ops,
                       void *opaque);
uint32_t as_port_in(AddressSpace *as, uint16_t port, unsigned size);
void as_port_out(AddressSpace *as, uint16_t port, uint32_t val, unsigned size);

#endif

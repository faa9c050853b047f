/* E820 map helpers and the loaders' GDT (machine/boot.h). */
#include "machine/boot.h"

#include <string.h>

void e820_init(E820Map *m)
{
    memset(m, 0, sizeof(*m));
}

bool e820_add(E820Map *m, uint64_t addr, uint64_t size, uint32_t type)
{
    if (size == 0 || m->n == E820_MAX_ENTRIES)
        return false;
    unsigned i = m->n;
    while (i > 0 && m->e[i - 1].addr > addr) {
        m->e[i] = m->e[i - 1];
        i--;
    }
    m->e[i] = (E820Entry){ addr, size, type };
    m->n++;
    return true;
}

bool e820_is_ram(const E820Map *m, uint64_t addr, uint64_t size)
{
    /* Sorted and non-overlapping: walk forward through adjacent RAM ranges. */
    uint64_t end = addr + size;
    if (end < addr)
        return false;
    for (unsigned i = 0; i < m->n && addr < end; i++) {
        const E820Entry *e = &m->e[i];
        if (e->type != E820_RAM || e->addr > addr || e->addr + e->size <= addr)
            continue;
        addr = e->addr + e->size;
    }
    return addr >= end;
}

uint64_t e820_find_top(const E820Map *m, uint64_t size, uint64_t align, uint64_t min,
                       uint64_t max)
{
    uint64_t best = UINT64_MAX;
    for (unsigned i = 0; i < m->n; i++) {
        const E820Entry *e = &m->e[i];
        if (e->type != E820_RAM)
            continue;
        uint64_t lo = e->addr > min ? e->addr : min;
        uint64_t hi = e->addr + e->size < max ? e->addr + e->size : max;
        if (hi <= lo || hi - lo < size)
            continue;
        uint64_t at = (hi - size) & ~(align - 1);
        if (at < lo)
            continue;
        if (best == UINT64_MAX || at > best)
            best = at;
    }
    return best;
}

uint32_t e820_lower_kib(const E820Map *m)
{
    uint64_t end = 0;
    for (unsigned i = 0; i < m->n; i++)
        if (m->e[i].type == E820_RAM && m->e[i].addr <= end && m->e[i].addr + m->e[i].size > end)
            end = m->e[i].addr + m->e[i].size;
    if (end > 0xa0000)
        end = 0xa0000;
    return (uint32_t)(end >> 10);
}

uint32_t e820_upper_kib(const E820Map *m)
{
    uint64_t end = 0x100000;
    for (unsigned i = 0; i < m->n; i++)
        if (m->e[i].type == E820_RAM && m->e[i].addr <= end && m->e[i].addr + m->e[i].size > end)
            end = m->e[i].addr + m->e[i].size;
    uint64_t kib = (end - 0x100000) >> 10;
    return kib > UINT32_MAX ? UINT32_MAX : (uint32_t)kib;
}

bool boot_write_gdt(AddressSpace *as, uint64_t addr)
{
    /* Base 0, limit 0xFFFFF pages (G=1), D/B=1, present, DPL 0: code type 0xB (execute/
     * read, accessed) and data type 0x3 (read/write, accessed); SDM vol. 3, 3.4.5. */
    static const uint64_t gdt[4] = { 0, 0, 0x00cf9b000000ffffull, 0x00cf93000000ffffull };
    uint8_t bytes[BOOT_GDT_SIZE];
    for (unsigned i = 0; i < 4; i++)
        for (unsigned b = 0; b < 8; b++)
            bytes[i * 8 + b] = (uint8_t)(gdt[i] >> (8 * b));
    return as_write_bytes(as, addr, bytes, sizeof(bytes));
}

/* The soft-TLB layout shared by generated code (inline probe) and the guest MMU (fill).
 * A guest keeps NB_MMU modes of TCG_TLB_SIZE entries in its CPU state, at the env offset
 * given to tcg_set_tlb(). tcg owns the layout and the fast path; the guest owns filling
 * (page walks, permissions) and the slow path through TCGGuestMemHooks. */
#ifndef TCG_TLB_H
#define TCG_TLB_H

#include <stdint.h>
#include "tcg.h"

#define TCG_PAGE_BITS 12
#define TCG_PAGE_SIZE (1ull << TCG_PAGE_BITS)
#define TCG_PAGE_MASK (~(TCG_PAGE_SIZE - 1))
/* 4096 entries per mode: a Linux boot fills a 256-entry TLB 4.5 times as often (conflict
 * misses), and a flush costs what was filled since the last one, not the size (cpu/mmu.c). */
#define TCG_TLB_BITS 12
#define TCG_TLB_SIZE (1u << TCG_TLB_BITS)
#define TCG_MAX_MMU_MODES 4

/* Flag bits kept in the low (in-page) bits of addr_read/addr_write/addr_code. A tag with
 * any of them set never matches an address on the fast path, so the access goes slow. */
#define TLB_INVALID  (1ull << 11) /* entry empty */
#define TLB_MMIO     (1ull << 10) /* device memory: dispatch through the guest's hooks */
#define TLB_NOTDIRTY (1ull << 9)  /* page holds translated code: writes must invalidate it */
#define TLB_WATCH    (1ull << 8)  /* page holds a debugger watchpoint: check every access */
#define TLB_FLAGS_MASK (TLB_INVALID | TLB_MMIO | TLB_NOTDIRTY)

typedef struct TCGTLBEntry {
    uint64_t addr_read;  /* page-aligned guest virtual address | flags, or TLB_INVALID */
    uint64_t addr_write;
    uint64_t addr_code;
    uintptr_t addend;    /* host address = addend + guest virtual address (RAM pages) */
} TCGTLBEntry;

typedef struct TCGTLBTable {
    TCGTLBEntry e[TCG_TLB_SIZE];
} TCGTLBTable;

static inline unsigned tcg_tlb_index(uint64_t addr) { return (addr >> TCG_PAGE_BITS) & (TCG_TLB_SIZE - 1); }

/* Guest hooks, called on any access the inline probe cannot finish: TLB miss, MMIO,
 * a page-crossing access, a write to a page with code. ra is the host return address
 * inside generated code (0 from the interpreter, which records its own position). They
 * may raise a guest exception (unwinding to the execution loop). */
typedef struct TCGGuestMemHooks {
    uint64_t (*load)(void *env, uint64_t addr, MemOpIdx oi, uintptr_t ra);
    void (*store)(void *env, uint64_t addr, uint64_t val, MemOpIdx oi, uintptr_t ra);
} TCGGuestMemHooks;

void tcg_set_tlb(int64_t env_offset, const TCGGuestMemHooks *hooks);
extern int64_t tcg_tlb_env_offset;
extern TCGGuestMemHooks tcg_mem_hooks;

#endif

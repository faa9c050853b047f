/* The guest MMU: linear -> physical translation (no paging, or 32-bit two-level paging
 * with 4 KiB and PSE 4 MiB pages, SDM vol. 3, 4.3), #PF with its error code (4.7),
 * accessed/dirty bits (4.8), filling the soft-TLB of tcg/tlb.h, and the slow paths the
 * inline probe cannot finish: MMIO, ROM writes, page-crossing accesses, and writes to
 * pages that hold translated code (self-modifying code). */
#include <stddef.h>
#include <string.h>
#include "cpu/cpu.h"
#include "cpu/exec.h"
#include "cpu/excp.h"
#include "machine/memory.h"
#include "tcg/log.h"
#include "tcg/tb.h"
#include "tcg/tlb.h"

enum { ACC_READ, ACC_WRITE, ACC_CODE };

/* Page-fault error code bits (SDM vol. 3, 4.7, figure 4-12). I/D stays 0: 32-bit paging
 * without NX or SMEP never reports it. */
#define PF_P 1u
#define PF_W 2u
#define PF_U 4u
#define PF_RSVD 8u

/* Paging-structure entry bits (4.3, tables 4-4 to 4-6). */
#define PTE_P 1u
#define PTE_RW 2u
#define PTE_US 4u
#define PTE_A 0x20u
#define PTE_D 0x40u
#define PDE_PS 0x80u
/* Without PSE-36, bits 21:13 of a 4 MiB PDE are reserved (MAXPHYADDR 32, table 4-4). */
#define PDE4M_RSVD 0x003fe000u

/* The CPU whose TLB tb_page_gained_code_hook updates (one CPU for now). */
static CPUX86State *mmu_env;

static uint64_t linear_mask(const CPUX86State *env)
{
    return (env->hflags & HF_LMA_MASK) ? ~0ull : 0xffffffffull;
}

/* ---- page walk ---- */

static uint32_t pt_read(CPUX86State *env, uint64_t pa)
{
    return (uint32_t)as_read(env->as, pa & env->a20_mask, 4);
}

static void pt_write(CPUX86State *env, uint64_t pa, uint32_t val)
{
    pa &= env->a20_mask;
    if (tb_page_has_code(pa))
        tb_invalidate_phys_range(pa, pa + 4);
    as_write(env->as, pa, val, 4);
}

/* Access rights of 4.6: user accesses need U/S=1 (and R/W=1 to write); supervisor
 * writes need R/W=1 only when CR0.WP=1. Effective U/S and R/W are the AND over levels. */
static bool access_ok(const CPUX86State *env, bool user, int acc, uint32_t rights)
{
    if (user && !(rights & PTE_US))
        return false;
    if (acc != ACC_WRITE)
        return true;
    return (rights & PTE_RW) || (!user && !(env->cr[0] & CR0_WP));
}

/* Translates addr for acc; on success sets *page (physical page), *writable (a write
 * may go straight to memory: allowed and the dirty bit already set) and A/D bits; on
 * failure returns false with the #PF error code in *err. */
static bool page_walk(CPUX86State *env, uint64_t addr, int acc, bool user, uint64_t *page,
                      bool *writable, uint32_t *err)
{
    uint32_t code = (acc == ACC_WRITE ? PF_W : 0) | (user ? PF_U : 0);
    uint64_t pde_pa = (env->cr[3] & 0xfffff000u) + ((addr >> 20) & 0xffc);
    uint32_t pde = pt_read(env, pde_pa);
    if (!(pde & PTE_P)) {
        *err = code;
        return false;
    }
    if ((env->cr[4] & CR4_PSE) && (pde & PDE_PS)) {
        if (pde & PDE4M_RSVD) {
            *err = code | PF_P | PF_RSVD;
            return false;
        }
        if (!access_ok(env, user, acc, pde)) {
            *err = code | PF_P;
            return false;
        }
        uint32_t set = PTE_A | (acc == ACC_WRITE ? PTE_D : 0);
        if ((pde & set) != set)
            pt_write(env, pde_pa, pde |= set);
        *page = (pde & 0xffc00000u) | (addr & 0x003ff000u);
        *writable = (pde & PTE_D) && access_ok(env, user, ACC_WRITE, pde);
        env->tlb_large_page = true;
        return true;
    }
    uint64_t pte_pa = (pde & 0xfffff000u) + ((addr >> 10) & 0xffc);
    uint32_t pte = pt_read(env, pte_pa);
    if (!(pte & PTE_P)) {
        *err = code;
        return false;
    }
    uint32_t rights = pde & pte;
    if (!access_ok(env, user, acc, rights)) {
        *err = code | PF_P;
        return false;
    }
    if (!(pde & PTE_A))
        pt_write(env, pde_pa, pde | PTE_A);
    uint32_t set = PTE_A | (acc == ACC_WRITE ? PTE_D : 0);
    if ((pte & set) != set)
        pt_write(env, pte_pa, pte |= set);
    *page = pte & 0xfffff000u;
    *writable = (pte & PTE_D) && access_ok(env, user, ACC_WRITE, rights);
    return true;
}

static bool translate(CPUX86State *env, uint64_t addr, int acc, int mmu_idx, uint64_t *page,
                      bool *writable, uint32_t *err)
{
    if (mmu_idx == MMU_PHYS_IDX || !(env->cr[0] & CR0_PG)) {
        *page = addr & TCG_PAGE_MASK;
        *writable = true;
    } else if (!page_walk(env, addr, acc, mmu_idx == MMU_USER_IDX, page, writable, err)) {
        return false;
    }
    *page &= env->a20_mask;
    return true;
}

/* ---- TLB ---- */

static TCGTLBEntry *tlb_install(CPUX86State *env, uint64_t addr, int mmu_idx, uint64_t page,
                                bool writable)
{
    uint64_t vpage = addr & TCG_PAGE_MASK;
    unsigned idx = tcg_tlb_index(vpage);
    TCGTLBEntry *e = &env->tlb[mmu_idx].e[idx];
    MemLookup l = as_lookup(env->as, page);
    uint64_t flags = 0, wflags = 0;
    uintptr_t addend = 0;
    if (l.mr && l.mr->kind != MR_MMIO && l.avail >= TCG_PAGE_SIZE) {
        addend = (uintptr_t)(l.mr->host + l.offset) - (uintptr_t)vpage;
        if (l.mr->kind == MR_ROM)
            wflags = TLB_MMIO; /* as_write drops ROM writes */
    } else {
        flags = TLB_MMIO; /* device, hole, or a page shared by several regions */
    }
    if (tb_page_has_code(page))
        wflags |= TLB_NOTDIRTY;
    e->addr_read = vpage | flags;
    e->addr_code = vpage | flags;
    e->addr_write = writable ? (vpage | flags | wflags) : TLB_INVALID;
    e->addend = addend;
    env->tlb_phys[mmu_idx][idx] = page;
    if (tern_log_enabled(LOG_MMU))
        tern_log("tlb fill: mmu %d lin %08llx -> phys %08llx%s%s\n", mmu_idx,
                 (unsigned long long)vpage, (unsigned long long)page,
                 writable ? " w" : "", flags ? " mmio" : "");
    return e;
}

static TCGTLBEntry *tlb_fill(CPUX86State *env, uint64_t addr, int acc, int mmu_idx,
                             uintptr_t ra, bool restore)
{
    uint64_t page;
    bool writable;
    uint32_t err;
    if (!translate(env, addr, acc, mmu_idx, &page, &writable, &err)) {
        env->cr[2] = addr;
        if (tern_log_enabled(LOG_MMU))
            tern_log("page fault: lin %08llx err %x\n", (unsigned long long)addr, err);
        x86_raise_at(env, EXCP_PF, (int)err, ra, restore);
    }
    return tlb_install(env, addr, mmu_idx, page, writable);
}

static uint64_t entry_tag(const TCGTLBEntry *e, int acc)
{
    return acc == ACC_WRITE ? e->addr_write : acc == ACC_CODE ? e->addr_code : e->addr_read;
}

/* The entry for addr that permits acc, filled (walking the page tables) on a miss. */
static TCGTLBEntry *tlb_entry(CPUX86State *env, uint64_t addr, int acc, int mmu_idx,
                              uintptr_t ra, bool restore)
{
    TCGTLBEntry *e = &env->tlb[mmu_idx].e[tcg_tlb_index(addr)];
    if ((entry_tag(e, acc) & ~(TLB_MMIO | TLB_NOTDIRTY)) == (addr & TCG_PAGE_MASK))
        return e;
    return tlb_fill(env, addr, acc, mmu_idx, ra, restore);
}

static uint64_t entry_phys(CPUX86State *env, int mmu_idx, uint64_t addr)
{
    return env->tlb_phys[mmu_idx][tcg_tlb_index(addr)] | (addr & ~TCG_PAGE_MASK);
}

void x86_tlb_flush(CPUX86State *env)
{
    for (int m = 0; m < NB_MMU_MODES; m++) {
        for (unsigned i = 0; i < TCG_TLB_SIZE; i++) {
            TCGTLBEntry *e = &env->tlb[m].e[i];
            e->addr_read = e->addr_write = e->addr_code = TLB_INVALID;
            e->addend = 0;
        }
    }
    env->tlb_large_page = false;
    x86_jmp_cache_flush(env);
}

void x86_tlb_flush_page(CPUX86State *env, uint64_t linear)
{
    /* A 4 MiB page is cached as 4 KiB pieces; INVLPG on any address in it must drop
     * them all (SDM vol. 3, 4.10.4.1), so fall back to a full flush. */
    if (env->tlb_large_page) {
        x86_tlb_flush(env);
        return;
    }
    uint64_t page = linear & linear_mask(env) & TCG_PAGE_MASK;
    for (int m = 0; m < NB_MMU_MODES; m++) {
        TCGTLBEntry *e = &env->tlb[m].e[tcg_tlb_index(page)];
        const uint64_t keep = ~(TLB_MMIO | TLB_NOTDIRTY);
        if ((e->addr_read & keep) == page || (e->addr_write & keep) == page ||
            (e->addr_code & keep) == page) {
            e->addr_read = e->addr_write = e->addr_code = TLB_INVALID;
            e->addend = 0;
        }
    }
    x86_jmp_cache_flush_page(env, page);
}

/* A physical page just got its first TB: writes through existing entries must now take
 * the slow path so they invalidate that code. */
static void page_gained_code(uint64_t phys_page)
{
    CPUX86State *env = mmu_env;
    if (!env)
        return;
    phys_page &= TCG_PAGE_MASK;
    for (int m = 0; m < NB_MMU_MODES; m++)
        for (unsigned i = 0; i < TCG_TLB_SIZE; i++)
            if (env->tlb_phys[m][i] == phys_page && !(env->tlb[m].e[i].addr_write & TLB_INVALID))
                env->tlb[m].e[i].addr_write |= TLB_NOTDIRTY;
}

/* ---- slow-path access ---- */

static uint64_t load_in_page(CPUX86State *env, uint64_t addr, unsigned size, int mmu_idx,
                             uintptr_t ra, bool restore)
{
    TCGTLBEntry *e = tlb_entry(env, addr, ACC_READ, mmu_idx, ra, restore);
    if (e->addr_read & TLB_MMIO)
        return as_read(env->as, entry_phys(env, mmu_idx, addr), size);
    uint64_t v = 0;
    memcpy(&v, (const void *)(e->addend + (uintptr_t)addr), size); /* little-endian host */
    return v;
}

static void store_in_page(CPUX86State *env, uint64_t addr, uint64_t val, unsigned size,
                          int mmu_idx, uintptr_t ra, bool restore)
{
    TCGTLBEntry *e = tlb_entry(env, addr, ACC_WRITE, mmu_idx, ra, restore);
    uint64_t phys = entry_phys(env, mmu_idx, addr);
    if (e->addr_write & TLB_MMIO) {
        as_write(env->as, phys, val, size);
        return;
    }
    if (e->addr_write & TLB_NOTDIRTY) {
        tb_invalidate_phys_range(phys, phys + size);
        if (!tb_page_has_code(phys))
            e->addr_write &= ~TLB_NOTDIRTY;
    }
    memcpy((void *)(e->addend + (uintptr_t)addr), &val, size);
}

static uint64_t mmu_load(CPUX86State *env, uint64_t addr, MemOp op, int mmu_idx,
                         uintptr_t ra, bool restore)
{
    uint64_t mask = linear_mask(env);
    unsigned size = 1u << (op & MO_SIZE);
    uint64_t v = 0;
    addr &= mask;
    if ((addr & ~TCG_PAGE_MASK) + size > TCG_PAGE_SIZE) {
        /* Both pages must translate before the access counts: fault on the first byte
         * of whichever page fails, lower page first. */
        tlb_entry(env, addr, ACC_READ, mmu_idx, ra, restore);
        tlb_entry(env, ((addr | ~TCG_PAGE_MASK) + 1) & mask, ACC_READ, mmu_idx, ra, restore);
        for (unsigned i = 0; i < size; i++)
            v |= load_in_page(env, (addr + i) & mask, 1, mmu_idx, ra, restore) << (8 * i);
    } else {
        v = load_in_page(env, addr, size, mmu_idx, ra, restore);
    }
    if ((op & MO_SIGN) && size < 8) {
        unsigned sh = 64 - 8 * size;
        v = (uint64_t)((int64_t)(v << sh) >> sh);
    }
    return v;
}

static void mmu_store(CPUX86State *env, uint64_t addr, uint64_t val, MemOp op, int mmu_idx,
                      uintptr_t ra, bool restore)
{
    uint64_t mask = linear_mask(env);
    unsigned size = 1u << (op & MO_SIZE);
    addr &= mask;
    if ((addr & ~TCG_PAGE_MASK) + size > TCG_PAGE_SIZE) {
        /* No byte is written before both pages are known writable. */
        tlb_entry(env, addr, ACC_WRITE, mmu_idx, ra, restore);
        tlb_entry(env, ((addr | ~TCG_PAGE_MASK) + 1) & mask, ACC_WRITE, mmu_idx, ra, restore);
        for (unsigned i = 0; i < size; i++)
            store_in_page(env, (addr + i) & mask, (val >> (8 * i)) & 0xff, 1, mmu_idx, ra,
                          restore);
    } else {
        store_in_page(env, addr, val, size, mmu_idx, ra, restore);
    }
}

/* The hooks run from translated code: a fault always restores the insn's state (the
 * interpreter passes ra 0 and knows its position itself). */
static uint64_t hook_load(void *opaque, uint64_t addr, MemOpIdx oi, uintptr_t ra)
{
    return mmu_load(opaque, addr, get_memop(oi), (int)get_mmuidx(oi), ra, true);
}

static void hook_store(void *opaque, uint64_t addr, uint64_t val, MemOpIdx oi, uintptr_t ra)
{
    mmu_store(opaque, addr, val, get_memop(oi), (int)get_mmuidx(oi), ra, true);
}

static const TCGGuestMemHooks x86_mem_hooks = { hook_load, hook_store };

uint64_t x86_ld(CPUX86State *env, uint64_t linear, MemOp op, int mmu_idx, uintptr_t ra)
{
    return mmu_load(env, linear, op, mmu_idx, ra, ra != 0);
}

void x86_st(CPUX86State *env, uint64_t linear, uint64_t val, MemOp op, int mmu_idx, uintptr_t ra)
{
    mmu_store(env, linear, val, op, mmu_idx, ra, ra != 0);
}

/* ---- code ---- */

bool x86_code_phys(CPUX86State *env, uint64_t linear, uint64_t *phys, bool may_raise)
{
    int mmu_idx = x86_mmu_index(env);
    linear &= linear_mask(env);
    TCGTLBEntry *e = &env->tlb[mmu_idx].e[tcg_tlb_index(linear)];
    if ((e->addr_code & ~(TLB_MMIO | TLB_NOTDIRTY)) != (linear & TCG_PAGE_MASK)) {
        if (may_raise) {
            e = tlb_fill(env, linear, ACC_CODE, mmu_idx, 0, false);
        } else {
            uint64_t page;
            bool writable;
            uint32_t err;
            if (!translate(env, linear, ACC_CODE, mmu_idx, &page, &writable, &err))
                return false;
            tlb_install(env, linear, mmu_idx, page, writable);
        }
    }
    *phys = entry_phys(env, mmu_idx, linear);
    return true;
}

size_t x86_code_fetch(CPUX86State *env, uint64_t linear, uint8_t *buf, size_t len)
{
    uint64_t mask = linear_mask(env);
    size_t n = 0;
    while (n < len) {
        uint64_t lin = (linear + n) & mask, phys;
        if (!x86_code_phys(env, lin, &phys, false))
            break;
        size_t chunk = TCG_PAGE_SIZE - (lin & ~TCG_PAGE_MASK);
        if (chunk > len - n)
            chunk = len - n;
        MemLookup l = as_lookup(env->as, phys);
        if (l.mr && l.mr->kind != MR_MMIO && l.avail >= chunk) {
            memcpy(buf + n, l.mr->host + l.offset, chunk);
        } else if (!l.mr && l.avail >= chunk) {
            memset(buf + n, 0xff, chunk); /* unassigned reads as all ones */
        } else {
            for (size_t i = 0; i < chunk; i++)
                buf[n + i] = (uint8_t)as_read(env->as, phys + i, 1);
        }
        n += chunk;
    }
    return n;
}

_Noreturn void x86_code_fault(CPUX86State *env, uint64_t linear)
{
    uint64_t phys;
    x86_code_phys(env, linear, &phys, true); /* raises the #PF if there is one */
    if (tern_log_enabled(LOG_GUEST_ERRORS))
        tern_log("code fetch at %08llx (phys %08llx) failed without a page fault: #GP\n",
                 (unsigned long long)linear, (unsigned long long)phys);
    x86_raise_at(env, EXCP_GP, 0, 0, false);
}

void x86_mmu_init(CPUX86State *env)
{
    tcg_set_tlb((int64_t)offsetof(CPUX86State, tlb), &x86_mem_hooks);
    tb_page_gained_code_hook = page_gained_code;
    mmu_env = env;
    for (int m = 0; m < NB_MMU_MODES; m++)
        for (unsigned i = 0; i < TCG_TLB_SIZE; i++) {
            TCGTLBEntry *e = &env->tlb[m].e[i];
            e->addr_read = e->addr_write = e->addr_code = TLB_INVALID;
            e->addend = 0;
        }
}

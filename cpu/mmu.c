/* The guest MMU: linear -> physical translation (the page walks are cpu/pagewalk.c),
 * filling the soft-TLB of tcg/tlb.h with exactly the rights the walk granted, the TLB
 * invalidation rules (global pages, large pages; SDM vol. 3, 4.10.4), #PF with CR2, and
 * the slow paths the inline probe cannot finish: MMIO, ROM writes, page-crossing
 * accesses, and writes to pages that hold translated code (self-modifying code). */
#include <stddef.h>
#include <string.h>
#include "cpu/cpu.h"
#include "cpu/exec.h"
#include "cpu/excp.h"
#include "cpu/mmu.h"
#include "cpu/pagewalk.h"
#include "machine/memory.h"
#include "tcg/log.h"
#include "tcg/tb.h"
#include "tcg/tlb.h"

enum { ACC_READ = X86_ACC_READ, ACC_WRITE = X86_ACC_WRITE, ACC_CODE = X86_ACC_CODE };

/* env->tlb_attr: bit 0 = global page; bits 6:1 = log2 of the guest page's size; bit 7 =
 * the index is in env->tlb_used. */
#define ATTR_GLOBAL 1u
#define ATTR_BITS_SHIFT 1
#define ATTR_BITS_MASK 0x3fu
#define ATTR_USED 0x80u

/* Flushes cost what was filled since the last one, not the size of the TLB: each mode
 * lists the indices of the entries it filled (env->tlb_used, each index at most once),
 * and every entry outside the list is invalid. */
_Static_assert(TCG_TLB_SIZE <= 65536, "env->tlb_used holds 16-bit indices");

/* The CPU whose TLB tb_page_gained_code_hook updates (one CPU for now). */
static CPUX86State *mmu_env;

static uint64_t linear_mask(const CPUX86State *env)
{
    return (env->hflags & HF_LMA_MASK) ? ~0ull : 0xffffffffull;
}

/* ---- translation ---- */

static bool translate(CPUX86State *env, uint64_t addr, int acc, int mmu_idx,
                      X86Translation *t, uint32_t *err)
{
    if (mmu_idx == MMU_PHYS_IDX || !(env->cr[0] & CR0_PG)) {
        t->phys = addr & TCG_PAGE_MASK;
        t->page_bits = TCG_PAGE_BITS;
        t->prot = X86_PROT_READ | X86_PROT_WRITE | X86_PROT_EXEC;
        t->global = false;
    } else if (!x86_page_walk(env, addr, acc, mmu_idx == MMU_USER_IDX, t, err)) {
        return false;
    }
    t->phys &= env->a20_mask;
    return true;
}

/* 4-level paging translates 48-bit linear addresses; a non-canonical one never reaches
 * the page walk on a real CPU (segmentation raises #GP/#SS first, SDM vol. 1, 3.3.7.1).
 * The translator does those checks; this keeps a stray one out of the TLB. */
static bool noncanonical(const CPUX86State *env, uint64_t addr)
{
    return (env->hflags & HF_LMA_MASK) && !x86_is_canonical(addr);
}

/* ---- TLB ---- */

/* Empties entry i; it stays listed in env->tlb_used if it was. */
static void entry_invalidate(CPUX86State *env, int mmu_idx, unsigned i)
{
    TCGTLBEntry *e = &env->tlb[mmu_idx].e[i];
    e->addr_read = e->addr_write = e->addr_code = TLB_INVALID;
    e->addend = 0;
    env->tlb_attr[mmu_idx][i] &= ATTR_USED;
}

static void entry_list(CPUX86State *env, int mmu_idx, unsigned i)
{
    if (!(env->tlb_attr[mmu_idx][i] & ATTR_USED))
        env->tlb_used[mmu_idx][env->tlb_nb_used[mmu_idx]++] = (uint16_t)i;
}

static unsigned entry_page_bits(const CPUX86State *env, int mmu_idx, unsigned i)
{
    return (env->tlb_attr[mmu_idx][i] >> ATTR_BITS_SHIFT) & ATTR_BITS_MASK;
}

#define TAG_FLAGS X86_TLB_TAG_FLAGS

/* The linear page an entry caches, or -1 when it is empty. */
static uint64_t entry_vpage(const TCGTLBEntry *e)
{
    const uint64_t keep = ~TAG_FLAGS;
    if (!(e->addr_read & TLB_INVALID))
        return e->addr_read & keep;
    if (!(e->addr_write & TLB_INVALID))
        return e->addr_write & keep;
    if (!(e->addr_code & TLB_INVALID))
        return e->addr_code & keep;
    return ~0ull;
}

#define NB_LARGE_RANGES (sizeof(((CPUX86State *)0)->tlb_large_base) / sizeof(uint64_t))

/* The smallest naturally aligned range (as base & mask) that covers two such ranges. */
static uint64_t covering_mask(uint64_t base_a, uint64_t mask_a, uint64_t base_b, uint64_t mask_b)
{
    uint64_t m = mask_a & mask_b;
    while ((base_a ^ base_b) & m)
        m <<= 1;
    return m;
}

/* Makes the naturally aligned ranges known to hold every cached large page also cover the
 * 2^bits-byte page at addr. INVLPG outside them need not look further than the one 4 KiB
 * entry. Several ranges, because a kernel maps its large pages in distant places (the
 * direct map, its own image) and one range covering both would also cover the 4 KiB
 * mappings between them (fixmap, vmalloc): when all are in use, the two ranges (the new
 * page counting as one) whose union is smallest become that union. */
static void note_large_page(CPUX86State *env, uint64_t addr, unsigned bits)
{
    uint64_t base[NB_LARGE_RANGES + 1], mask[NB_LARGE_RANGES + 1];
    unsigned n = env->tlb_nb_large;
    for (unsigned i = 0; i < n; i++) {
        uint64_t m = env->tlb_large_mask[i];
        if ((m & ~((1ull << bits) - 1)) == m && (addr & m) == env->tlb_large_base[i])
            return; /* already covered */
        base[i] = env->tlb_large_base[i];
        mask[i] = m;
    }
    mask[n] = ~((1ull << bits) - 1);
    base[n] = addr & mask[n];
    if (n == NB_LARGE_RANGES) {
        unsigned a = 0, b = 1;
        uint64_t best = 0;
        for (unsigned i = 0; i < n; i++) {
            for (unsigned j = i + 1; j <= n; j++) {
                uint64_t m = covering_mask(base[i], mask[i], base[j], mask[j]);
                if (m >= best) { /* a larger mask is a smaller range */
                    best = m;
                    a = i;
                    b = j;
                }
            }
        }
        mask[a] = best;
        base[a] &= best;
        base[b] = base[n];
        mask[b] = mask[n];
    } else {
        n++;
    }
    for (unsigned i = 0; i < n; i++) {
        env->tlb_large_base[i] = base[i];
        env->tlb_large_mask[i] = mask[i];
    }
    env->tlb_nb_large = (uint8_t)n;
}

static bool in_large_range(const CPUX86State *env, uint64_t page)
{
    for (unsigned i = 0; i < env->tlb_nb_large; i++)
        if ((page & env->tlb_large_mask[i]) == env->tlb_large_base[i])
            return true;
    return false;
}

/* Installs the translation of addr's page for mmu_idx. Each of the three tags is set only
 * for what the walk allowed: addr_write only when writes are allowed and the dirty flag
 * is already set (so the first write to a clean page walks again and sets D), addr_code
 * only when the page is executable (NX). */
static TCGTLBEntry *tlb_install(CPUX86State *env, uint64_t addr, int mmu_idx,
                                const X86Translation *t)
{
    uint64_t vpage = addr & TCG_PAGE_MASK;
    uint64_t page = t->phys;
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
    /* A debugger watchpoint or guest data breakpoint on the page: data accesses take the
     * slow path, which checks them (fetches are breakpoints' business). */
    uint64_t watch = (x86_watch_any(env) && x86_watch_page(env, vpage)) ? TLB_WATCH : 0;
    e->addr_read = (t->prot & X86_PROT_READ) ? (vpage | flags | watch) : TLB_INVALID;
    e->addr_code = (t->prot & X86_PROT_EXEC) ? (vpage | flags) : TLB_INVALID;
    e->addr_write = (t->prot & X86_PROT_WRITE) ? (vpage | flags | wflags | watch) : TLB_INVALID;
    e->addend = addend;
    env->tlb_phys[mmu_idx][idx] = page;
    entry_list(env, mmu_idx, idx);
    env->tlb_attr[mmu_idx][idx] = (uint8_t)(ATTR_USED | (t->global ? ATTR_GLOBAL : 0) |
                                            (t->page_bits << ATTR_BITS_SHIFT));
    if (t->page_bits > TCG_PAGE_BITS)
        note_large_page(env, vpage, t->page_bits);
    if (tern_log_enabled(LOG_MMU))
        tern_log("tlb fill: mmu %d lin %08llx -> phys %08llx %c%c%c%s%s\n", mmu_idx,
                 (unsigned long long)vpage, (unsigned long long)page,
                 (t->prot & X86_PROT_READ) ? 'r' : '-', (t->prot & X86_PROT_WRITE) ? 'w' : '-',
                 (t->prot & X86_PROT_EXEC) ? 'x' : '-', t->global ? " global" : "",
                 flags ? " mmio" : "");
    return e;
}

static _Noreturn void raise_page_fault(CPUX86State *env, uint64_t addr, uint32_t err,
                                       uintptr_t ra, bool restore)
{
    env->cr[2] = addr;
    if (tern_log_enabled(LOG_MMU))
        tern_log("page fault: lin %08llx err %x\n", (unsigned long long)addr, err);
    x86_raise_at(env, EXCP_PF, (int)err, ra, restore);
}

static TCGTLBEntry *tlb_fill(CPUX86State *env, uint64_t addr, int acc, int mmu_idx,
                             uintptr_t ra, bool restore)
{
    X86Translation t;
    uint32_t err;
    if (noncanonical(env, addr))
        x86_raise_at(env, EXCP_GP, 0, ra, restore);
    if (!translate(env, addr, acc, mmu_idx, &t, &err))
        raise_page_fault(env, addr, err, ra, restore);
    return tlb_install(env, addr, mmu_idx, &t);
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
    if ((entry_tag(e, acc) & ~TAG_FLAGS) == (addr & TCG_PAGE_MASK))
        return e;
    return tlb_fill(env, addr, acc, mmu_idx, ra, restore);
}

static uint64_t entry_phys(CPUX86State *env, int mmu_idx, uint64_t addr)
{
    return env->tlb_phys[mmu_idx][tcg_tlb_index(addr)] | (addr & ~TCG_PAGE_MASK);
}

/* ---- invalidation (SDM vol. 3, 4.10.4.1) ---- */

/* Empties the listed entries for which keep is false; the list keeps the others. */
static void flush_listed(CPUX86State *env, bool keep_global)
{
    for (int m = 0; m < NB_MMU_MODES; m++) {
        uint16_t *used = env->tlb_used[m];
        uint32_t n = env->tlb_nb_used[m], k = 0;
        for (uint32_t j = 0; j < n; j++) {
            unsigned i = used[j];
            if (keep_global && (env->tlb_attr[m][i] & ATTR_GLOBAL)) {
                used[k++] = (uint16_t)i;
            } else {
                entry_invalidate(env, m, i);
                env->tlb_attr[m][i] = 0;
            }
        }
        env->tlb_nb_used[m] = k;
    }
}

void x86_tlb_flush(CPUX86State *env)
{
    flush_listed(env, false);
    env->tlb_nb_large = 0;
    x86_jmp_cache_flush(env);
}

void x86_tlb_flush_nonglobal(CPUX86State *env)
{
    flush_listed(env, true);
    /* The large-page ranges may now be wider than needed; they only have to cover. */
    x86_jmp_cache_flush_nonglobal(env);
}

bool x86_code_page_global(CPUX86State *env, uint64_t linear)
{
    int mmu_idx = x86_mmu_index(env);
    linear &= linear_mask(env);
    unsigned i = tcg_tlb_index(linear);
    return (env->tlb[mmu_idx].e[i].addr_code & ~TAG_FLAGS) == (linear & TCG_PAGE_MASK) &&
           (env->tlb_attr[mmu_idx][i] & ATTR_GLOBAL);
}

void x86_tlb_flush_page(CPUX86State *env, uint64_t linear)
{
    uint64_t page = linear & linear_mask(env) & TCG_PAGE_MASK;
    /* A large page is cached as 4 KiB pieces; INVLPG of any address in it must drop
     * every piece (4.10.4.1, "including those for global pages", and 4.10.2.3). */
    if (in_large_range(env, page)) {
        for (int m = 0; m < NB_MMU_MODES; m++) {
            for (uint32_t j = 0; j < env->tlb_nb_used[m]; j++) {
                unsigned i = env->tlb_used[m][j];
                unsigned bits = entry_page_bits(env, m, i);
                if (bits <= TCG_PAGE_BITS)
                    continue;
                uint64_t vpage = entry_vpage(&env->tlb[m].e[i]);
                if (vpage != ~0ull && !((vpage ^ page) >> bits))
                    entry_invalidate(env, m, i);
            }
        }
        /* TBs anywhere in that page may sit in the jump cache. */
        x86_jmp_cache_flush(env);
    }
    for (int m = 0; m < NB_MMU_MODES; m++) {
        unsigned i = tcg_tlb_index(page);
        if (entry_vpage(&env->tlb[m].e[i]) == page)
            entry_invalidate(env, m, i);
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
    for (int m = 0; m < NB_MMU_MODES; m++) {
        for (uint32_t j = 0; j < env->tlb_nb_used[m]; j++) {
            unsigned i = env->tlb_used[m][j];
            if (env->tlb_phys[m][i] == phys_page && !(env->tlb[m].e[i].addr_write & TLB_INVALID))
                env->tlb[m].e[i].addr_write |= TLB_NOTDIRTY;
        }
    }
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

/* Debugger watchpoints and guest data breakpoints see an access once it is known not to
 * fault and before any byte moves (cpu/exec.h); the check may unwind. */
static inline void watch_check(CPUX86State *env, uint64_t addr, unsigned size, bool is_write,
                               uintptr_t ra)
{
    if (x86_watch_any(env))
        x86_watchpoint_check(env, addr, size, is_write, ra);
}

/* A stack access (MO_SS) with any byte non-canonical is #SS(0); other non-canonical
 * accesses are #GP(0) in tlb_fill. Then the MO_ALIGN_16 check. */
static void access_checks(CPUX86State *env, uint64_t addr, unsigned size, MemOp op,
                            uintptr_t ra, bool restore)
{
    if ((op & MO_SS) && (noncanonical(env, addr) || noncanonical(env, addr + size - 1)))
        x86_raise_at(env, EXCP_SS, 0, ra, restore);
    /* A 16-byte operand that must be aligned (SDM vol. 1, 11.4.1): #GP(0), checked
     * after the canonical form, as the translator's explicit checks used to be. */
    if ((op & MO_ALIGN_16) && (addr & 15))
        x86_raise_at(env, EXCP_GP, 0, ra, restore);
}

static uint64_t mmu_load(CPUX86State *env, uint64_t addr, MemOp op, int mmu_idx,
                         uintptr_t ra, bool restore)
{
    uint64_t mask = linear_mask(env);
    unsigned size = 1u << (op & MO_SIZE);
    uint64_t v = 0;
    addr &= mask;
    access_checks(env, addr, size, op, ra, restore);
    if ((addr & ~TCG_PAGE_MASK) + size > TCG_PAGE_SIZE) {
        /* Both pages must translate before the access counts: fault on the first byte
         * of whichever page fails, lower page first. */
        tlb_entry(env, addr, ACC_READ, mmu_idx, ra, restore);
        tlb_entry(env, ((addr | ~TCG_PAGE_MASK) + 1) & mask, ACC_READ, mmu_idx, ra, restore);
        watch_check(env, addr, size, false, ra);
        for (unsigned i = 0; i < size; i++)
            v |= load_in_page(env, (addr + i) & mask, 1, mmu_idx, ra, restore) << (8 * i);
    } else {
        tlb_entry(env, addr, ACC_READ, mmu_idx, ra, restore);
        watch_check(env, addr, size, false, ra);
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
    access_checks(env, addr, size, op, ra, restore);
    if ((addr & ~TCG_PAGE_MASK) + size > TCG_PAGE_SIZE) {
        /* No byte is written before both pages are known writable. */
        tlb_entry(env, addr, ACC_WRITE, mmu_idx, ra, restore);
        tlb_entry(env, ((addr | ~TCG_PAGE_MASK) + 1) & mask, ACC_WRITE, mmu_idx, ra, restore);
        watch_check(env, addr, size, true, ra);
        for (unsigned i = 0; i < size; i++)
            store_in_page(env, (addr + i) & mask, (val >> (8 * i)) & 0xff, 1, mmu_idx, ra,
                          restore);
    } else {
        tlb_entry(env, addr, ACC_WRITE, mmu_idx, ra, restore);
        watch_check(env, addr, size, true, ra);
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

/* The translation of a byte load without the load (no device read): fills the TLB entry
 * or raises the #PF/#GP the load would (CLFLUSH, cpu/insn_helper.c). */
void x86_tlb_probe(CPUX86State *env, uint64_t linear, int mmu_idx, uintptr_t ra)
{
    tlb_entry(env, linear & linear_mask(env), ACC_READ, mmu_idx, ra, ra != 0);
}

void x86_tlb_probe_write(CPUX86State *env, uint64_t linear, int mmu_idx, uintptr_t ra)
{
    tlb_entry(env, linear & linear_mask(env), ACC_WRITE, mmu_idx, ra, ra != 0);
}

void *x86_tlb_host(CPUX86State *env, uint64_t linear, int size, bool write, int mmu_idx,
                   uintptr_t ra)
{
    uint64_t mask = linear_mask(env);
    int acc = write ? ACC_WRITE : ACC_READ;
    linear &= mask;
    TCGTLBEntry *e = tlb_entry(env, linear, acc, mmu_idx, ra, ra != 0);
    if ((linear & ~TCG_PAGE_MASK) + (uint64_t)size > TCG_PAGE_SIZE) {
        tlb_entry(env, ((linear | ~TCG_PAGE_MASK) + 1) & mask, acc, mmu_idx, ra, ra != 0);
        return NULL;
    }
    if (entry_tag(e, acc) & TAG_FLAGS)
        return NULL;
    return (void *)(e->addend + (uintptr_t)linear);
}

/* ---- debugger ---- */

bool x86_mmu_debug_translate(CPUX86State *env, uint64_t linear, uint64_t *phys)
{
    X86Translation t;
    linear &= linear_mask(env);
    if (!(env->cr[0] & CR0_PG)) {
        *phys = linear & env->a20_mask;
        return true;
    }
    if (noncanonical(env, linear) || !x86_page_probe(env, linear, &t))
        return false;
    *phys = ((t.phys & TCG_PAGE_MASK) | (linear & ~TCG_PAGE_MASK)) & env->a20_mask;
    return true;
}

/* ---- code ---- */

bool x86_code_phys(CPUX86State *env, uint64_t linear, uint64_t *phys, bool may_raise)
{
    int mmu_idx = x86_mmu_index(env);
    linear &= linear_mask(env);
    TCGTLBEntry *e = &env->tlb[mmu_idx].e[tcg_tlb_index(linear)];
    if ((e->addr_code & ~TAG_FLAGS) != (linear & TCG_PAGE_MASK)) {
        if (may_raise) {
            tlb_fill(env, linear, ACC_CODE, mmu_idx, 0, false);
        } else {
            X86Translation t;
            uint32_t err;
            if (noncanonical(env, linear) || !translate(env, linear, ACC_CODE, mmu_idx, &t, &err))
                return false;
            tlb_install(env, linear, mmu_idx, &t);
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
    for (int m = 0; m < NB_MMU_MODES; m++) {
        for (unsigned i = 0; i < TCG_TLB_SIZE; i++) {
            entry_invalidate(env, m, i);
            env->tlb_attr[m][i] = 0;
        }
        env->tlb_nb_used[m] = 0;
    }
    env->tlb_nb_large = 0;
}

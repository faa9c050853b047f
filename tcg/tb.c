/* The TB cache: a fixed pool of TBs, a hash table on (phys_pc, pc, cs_base, flags,
 * cflags), per-physical-page lists for invalidation when guest code is written, and
 * the lists of chained jumps into each TB so that invalidation can unlink them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "tcg/backend.h"
#include "tcg/tb.h"
#include "tcg/tcg-internal.h"
#include "tcg/tlb.h"

#define TB_DEFAULT_POOL 65536u
#define PAGE_EMPTY UINT64_MAX

void (*tb_page_gained_code_hook)(uint64_t phys_page);
void (*tb_flush_hook)(void);
void (*tb_invalidate_hook)(TranslationBlock *tb);
TBStats tb_stats;

static TranslationBlock *pool;
static unsigned pool_size, pool_used;
static TranslationBlock **hash_tab;
static unsigned hash_mask;

/* lo/hi: offsets in the page that bound the bytes of every TB on the list (they only
 * grow until the list empties), so a write beside the code skips the list walk; chunks:
 * bit i set when a TB on the list may hold a byte of [64 i, 64 i + 64) (exact again
 * after each walk), so a write between the TBs (a page cleared around its code, a
 * string copy) skips it too. */
typedef struct PageEnt {
    uint64_t page;
    TranslationBlock *first;
    uint32_t lo, hi;
    uint64_t chunks;
} PageEnt;
#define CHUNK_BITS 6
_Static_assert(TCG_PAGE_SIZE >> CHUNK_BITS == 64, "one chunk bit per 64 bytes of a page");

/* The chunk bits of page offsets [lo, hi), hi <= TCG_PAGE_SIZE. */
static uint64_t chunk_mask(uint32_t lo, uint32_t hi)
{
    if (hi <= lo)
        return 0;
    unsigned a = lo >> CHUNK_BITS, b = (hi - 1) >> CHUNK_BITS;
    uint64_t upto_b = b == 63 ? ~0ull : (2ull << b) - 1;
    return upto_b & ~((1ull << a) - 1);
}
static PageEnt *page_tab;
static unsigned page_cap, page_used;

static void *xcalloc(size_t n, size_t sz)
{
    void *p = calloc(n, sz);
    if (!p)
        tcg_internal_error("out of memory for the TB cache");
    return p;
}

/* The pool and the hash table are mapped on their own so that a flush gives their pages
 * back to the host: after a flush only the TBs translated since take memory. */
static void *big_alloc(size_t bytes, bool low)
{
    void *p = MAP_FAILED;
#ifdef MAP_32BIT
    /* Generated code holds TB pointers as immediates (exit values, chaining): below 2 GiB
     * the x86-64 JIT loads one with a 5-byte MOV r32, imm32 instead of a 10-byte MOVABS,
     * ~2% of its code. Anywhere else works too. */
    if (low)
        p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT,
                 -1, 0);
#else
    (void)low;
#endif
    if (p == MAP_FAILED)
        p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        tcg_internal_error("out of memory for the TB cache");
    return p;
}

static void big_free(void *p, size_t bytes)
{
    if (p)
        munmap(p, bytes);
}

/* The first bytes of p (a big_alloc) read as zero again and their pages are released. */
static void big_clear(void *p, size_t bytes)
{
    size_t host_page = (size_t)sysconf(_SC_PAGESIZE);
    size_t whole = bytes & ~(host_page - 1);
    if (whole && madvise(p, whole, MADV_DONTNEED) != 0)
        memset(p, 0, whole);
    memset((char *)p + whole, 0, bytes - whole);
}

static void page_tab_reset(unsigned cap)
{
    if (cap != page_cap) {
        free(page_tab);
        page_tab = xcalloc(cap, sizeof(PageEnt));
        page_cap = cap;
    }
    for (unsigned i = 0; i < page_cap; i++)
        page_tab[i] = (PageEnt){ PAGE_EMPTY, NULL, 0, 0, 0 };
    page_used = 0;
}

void tb_cache_init(unsigned max_tbs)
{
    if (max_tbs < 16)
        max_tbs = 16;
    big_free(pool, (size_t)pool_size * sizeof(TranslationBlock));
    if (hash_tab)
        big_free(hash_tab, (size_t)(hash_mask + 1) * sizeof(TranslationBlock *));
    pool = big_alloc((size_t)max_tbs * sizeof(TranslationBlock), true);
    pool_size = max_tbs;
    /* One bucket per TB at most: the loop's jump caches answer nearly all lookups (the
     * table saw ~1.4M in a Linux boot and workload), and a full pool's chains average
     * one TB; twice the buckets cost 0.5 MiB more of resident memory. */
    unsigned buckets = 1;
    while (buckets < max_tbs)
        buckets *= 2;
    hash_tab = big_alloc((size_t)buckets * sizeof(TranslationBlock *), false);
    hash_mask = buckets - 1;
    page_tab_reset(page_cap ? page_cap : 1024);
    pool_used = 0;
    if (tcg_backend && tcg_backend->flush)
        tcg_backend->flush();
    if (tb_flush_hook)
        tb_flush_hook(); /* the old pool's TBs may sit in jump caches */
}

static void ensure_init(void)
{
    if (!pool)
        tb_cache_init(TB_DEFAULT_POOL);
}

static unsigned tb_hash(uint64_t phys_pc, uint64_t pc, uint64_t cs_base, uint32_t flags,
                        uint32_t cflags)
{
    uint64_t h = phys_pc * 0x9E3779B97F4A7C15ull;
    h ^= (pc + (cs_base << 7)) * 0xC2B2AE3D27D4EB4Full;
    h ^= (((uint64_t)flags << 32) | cflags) * 0x165667B19E3779F9ull;
    h ^= h >> 29;
    return (unsigned)(h ^ (h >> 32)) & hash_mask;
}

TranslationBlock *tb_lookup(uint64_t phys_pc, uint64_t pc, uint64_t cs_base, uint32_t flags,
                            uint32_t cflags)
{
    ensure_init();
    tb_stats.lookups++;
    for (TranslationBlock *tb = hash_tab[tb_hash(phys_pc, pc, cs_base, flags, cflags)]; tb;
         tb = tb->hash_next) {
        if (tb->phys_pc == phys_pc && tb->pc == pc && tb->cs_base == cs_base &&
            tb->flags == flags && tb->cflags == cflags && !tb->invalid) {
            tb_stats.hits++;
            return tb;
        }
    }
    return NULL;
}

TranslationBlock *tb_alloc(void)
{
    ensure_init();
    if (pool_used == pool_size)
        return NULL;
    TranslationBlock *tb = &pool[pool_used++];
    memset(tb, 0, sizeof(*tb));
    tb->page_addr[0] = PAGE_EMPTY;
    tb->page_addr[1] = PAGE_EMPTY;
    return tb;
}

void tb_discard(TranslationBlock *tb)
{
    if (tcg_backend && tcg_backend->release)
        tcg_backend->release(tb);
    if (pool_used && tb == &pool[pool_used - 1])
        pool_used--;
}

/* --- physical pages holding code --- */

static PageEnt *page_find(uint64_t page, bool create)
{
    if (create && (page_used + 1) * 2 > page_cap) {
        PageEnt *old = page_tab;
        unsigned old_cap = page_cap;
        page_tab = NULL;
        page_cap = 0;
        page_tab_reset(old_cap * 2);
        for (unsigned i = 0; i < old_cap; i++)
            if (old[i].page != PAGE_EMPTY)
                *page_find(old[i].page, true) = old[i];
        free(old);
    }
    uint64_t h = (page >> TCG_PAGE_BITS) * 0x9E3779B97F4A7C15ull;
    unsigned i = (unsigned)(h >> 32) & (page_cap - 1);
    while (page_tab[i].page != PAGE_EMPTY) {
        if (page_tab[i].page == page)
            return &page_tab[i];
        i = (i + 1) & (page_cap - 1);
    }
    if (!create)
        return NULL;
    page_tab[i].page = page;
    page_tab[i].first = NULL;
    page_used++;
    return &page_tab[i];
}

static unsigned page_slot(const TranslationBlock *tb, uint64_t page)
{
    return tb->page_addr[0] == page ? 0 : 1;
}

bool tb_page_has_code(uint64_t phys_addr)
{
    ensure_init();
    PageEnt *e = page_find(phys_addr & TCG_PAGE_MASK, false);
    return e && e->first;
}

static void page_add(TranslationBlock *tb, unsigned n)
{
    uint64_t page = tb->page_addr[n];
    PageEnt *e = page_find(page, true);
    bool gained = e->first == NULL;
    uint64_t size = tb->size ? tb->size : 1;
    uint32_t off0 = (uint32_t)(tb->phys_pc & ~TCG_PAGE_MASK);
    uint64_t len0 = TCG_PAGE_SIZE - off0 < size ? TCG_PAGE_SIZE - off0 : size;
    uint32_t lo = n ? 0 : off0, hi = (uint32_t)(n ? size - len0 : off0 + len0);
    e->lo = gained || lo < e->lo ? lo : e->lo;
    e->hi = gained || hi > e->hi ? hi : e->hi;
    e->chunks = (gained ? 0 : e->chunks) | chunk_mask(lo, hi);
    tb->page_next[n] = e->first;
    e->first = tb;
    if (gained && tb_page_gained_code_hook)
        tb_page_gained_code_hook(page);
}

static void page_remove(TranslationBlock *tb, unsigned n)
{
    uint64_t page = tb->page_addr[n];
    if (page == PAGE_EMPTY)
        return;
    PageEnt *e = page_find(page, false);
    if (!e)
        return;
    for (TranslationBlock **pp = &e->first; *pp; pp = &(*pp)->page_next[page_slot(*pp, page)]) {
        if (*pp == tb) {
            *pp = tb->page_next[n];
            tb->page_next[n] = NULL;
            return;
        }
    }
}

void tb_insert(TranslationBlock *tb)
{
    ensure_init();
    tb->page_addr[0] = tb->phys_pc & TCG_PAGE_MASK;
    if (tb->page_addr[1] != PAGE_EMPTY) {
        tb->page_addr[1] &= TCG_PAGE_MASK;
        if (tb->page_addr[1] == tb->page_addr[0])
            tb->page_addr[1] = PAGE_EMPTY;
    }
    unsigned h = tb_hash(tb->phys_pc, tb->pc, tb->cs_base, tb->flags, tb->cflags);
    tb->hash_next = hash_tab[h];
    hash_tab[h] = tb;
    page_add(tb, 0);
    if (tb->page_addr[1] != PAGE_EMPTY)
        page_add(tb, 1);
    tb_stats.translations++;
}

/* --- chaining --- */

/* dest->jmp_in heads a list of (source TB | slot) values linked through the sources'
 * jmp_in_next[slot]. */
static void jmp_list_remove(TranslationBlock *dest, TranslationBlock *src, unsigned n)
{
    uintptr_t want = (uintptr_t)src | n;
    if ((uintptr_t)dest->jmp_in == want) {
        dest->jmp_in = (TranslationBlock *)src->jmp_in_next[n];
        src->jmp_in_next[n] = 0;
        return;
    }
    for (uintptr_t cur = (uintptr_t)dest->jmp_in; cur;) {
        TranslationBlock *t = (TranslationBlock *)(cur & ~(uintptr_t)TB_EXIT_MASK);
        unsigned k = cur & TB_EXIT_MASK;
        if (t->jmp_in_next[k] == want) {
            t->jmp_in_next[k] = src->jmp_in_next[n];
            src->jmp_in_next[n] = 0;
            return;
        }
        cur = t->jmp_in_next[k];
    }
}

static void tb_unlink_out(TranslationBlock *tb, unsigned n)
{
    TranslationBlock *dest = tb->jmp_dest[n];
    if (!dest)
        return;
    jmp_list_remove(dest, tb, n);
    tb->jmp_dest[n] = NULL;
    if (tcg_backend && tcg_backend->patch_link)
        tcg_backend->patch_link(tb, n, NULL);
}

static bool same_page(uint64_t a, uint64_t b)
{
    return ((a ^ b) & TCG_PAGE_MASK) == 0;
}

void tb_link(TranslationBlock *tb, unsigned n, TranslationBlock *dest)
{
    if (n > 1 || !dest || tb->invalid || dest->invalid)
        return;
    if ((tb->cflags | dest->cflags) & CF_NO_CACHE || (tb->cflags & CF_SINGLE_STEP))
        return;
    /* A chained jump skips the lookup that maps the guest virtual pc to a physical
     * page, so it is only safe when the target lies on a virtual page the source TB
     * itself was fetched from: that mapping cannot change without leaving the TB. */
    uint64_t last = tb->pc + (tb->size ? tb->size - 1 : 0);
    if (!same_page(dest->pc, tb->pc) && !same_page(dest->pc, last))
        return;
    if (tb->jmp_dest[n] == dest)
        return;
    tb_unlink_out(tb, n);
    tb->jmp_dest[n] = dest;
    tb->jmp_in_next[n] = (uintptr_t)dest->jmp_in;
    dest->jmp_in = (TranslationBlock *)((uintptr_t)tb | n);
    if (tcg_backend && tcg_backend->patch_link)
        tcg_backend->patch_link(tb, n, dest);
}

void tb_invalidate(TranslationBlock *tb)
{
    if (tb->invalid)
        return;
    tb->invalid = true;
    if (tb_invalidate_hook)
        tb_invalidate_hook(tb);
    if (hash_tab) {
        unsigned h = tb_hash(tb->phys_pc, tb->pc, tb->cs_base, tb->flags, tb->cflags);
        for (TranslationBlock **pp = &hash_tab[h]; *pp; pp = &(*pp)->hash_next) {
            if (*pp == tb) {
                *pp = tb->hash_next;
                break;
            }
        }
    }
    page_remove(tb, 0);
    page_remove(tb, 1);
    tb_unlink_out(tb, 0);
    tb_unlink_out(tb, 1);
    for (uintptr_t cur = (uintptr_t)tb->jmp_in; cur;) {
        TranslationBlock *src = (TranslationBlock *)(cur & ~(uintptr_t)TB_EXIT_MASK);
        unsigned k = cur & TB_EXIT_MASK;
        cur = src->jmp_in_next[k];
        src->jmp_in_next[k] = 0;
        src->jmp_dest[k] = NULL;
        if (tcg_backend && tcg_backend->patch_link)
            tcg_backend->patch_link(src, k, NULL);
    }
    tb->jmp_in = NULL;
    tb_stats.invalidations++;
}

/* Does tb hold a byte of guest code in [start, end) of physical memory? */
static bool tb_overlaps(const TranslationBlock *tb, uint64_t start, uint64_t end)
{
    uint64_t size = tb->size ? tb->size : 1;
    uint64_t len0 = TCG_PAGE_SIZE - (tb->phys_pc & ~TCG_PAGE_MASK);
    if (len0 > size)
        len0 = size;
    if (tb->phys_pc < end && start < tb->phys_pc + len0)
        return true;
    if (tb->page_addr[1] != PAGE_EMPTY && size > len0) {
        uint64_t b = tb->page_addr[1];
        if (b < end && start < b + (size - len0))
            return true;
    }
    return false;
}

/* The chunk bits of the bytes tb holds in page (one of its pages). */
static uint64_t tb_chunks_in(const TranslationBlock *tb, uint64_t page)
{
    uint64_t size = tb->size ? tb->size : 1;
    uint32_t off0 = (uint32_t)(tb->phys_pc & ~TCG_PAGE_MASK);
    uint64_t len0 = TCG_PAGE_SIZE - off0 < size ? TCG_PAGE_SIZE - off0 : size;
    if (page == tb->page_addr[0])
        return chunk_mask(off0, (uint32_t)(off0 + len0));
    return chunk_mask(0, (uint32_t)(size - len0));
}

static unsigned invalidate_in_page(PageEnt *e, uint64_t start, uint64_t end)
{
    unsigned count = 0;
    uint64_t page = e->page;
    if (end <= page + e->lo || start >= page + e->hi)
        return 0;
    uint32_t lo = start > page ? (uint32_t)(start - page) : 0;
    uint32_t hi = end - page < TCG_PAGE_SIZE ? (uint32_t)(end - page) : TCG_PAGE_SIZE;
    if (!(e->chunks & chunk_mask(lo, hi)))
        return 0;
    uint64_t left = 0; /* the chunks of the TBs that stay */
    TranslationBlock *t = e->first;
    while (t) {
        TranslationBlock *next = t->page_next[page_slot(t, page)];
        if (tb_overlaps(t, start, end)) {
            tb_invalidate(t);
            count++;
        } else {
            left |= tb_chunks_in(t, page);
        }
        t = next;
    }
    e->chunks = left;
    return count;
}

unsigned tb_invalidate_phys_range(uint64_t start, uint64_t end)
{
    ensure_init();
    if (end <= start)
        return 0;
    uint64_t first = start & TCG_PAGE_MASK, last = (end - 1) & TCG_PAGE_MASK;
    uint64_t npages = ((last - first) >> TCG_PAGE_BITS) + 1;
    unsigned count = 0;
    if (npages > page_cap) {
        for (unsigned i = 0; i < page_cap; i++)
            if (page_tab[i].page != PAGE_EMPTY && page_tab[i].first &&
                page_tab[i].page >= first && page_tab[i].page <= last)
                count += invalidate_in_page(&page_tab[i], start, end);
        return count;
    }
    for (uint64_t p = first;; p += TCG_PAGE_SIZE) {
        PageEnt *e = page_find(p, false);
        if (e && e->first)
            count += invalidate_in_page(e, start, end);
        if (p == last)
            break;
    }
    return count;
}

void tb_flush_all(void)
{
    ensure_init();
    big_clear(pool, (size_t)pool_used * sizeof(TranslationBlock));
    pool_used = 0;
    big_clear(hash_tab, (size_t)(hash_mask + 1) * sizeof(TranslationBlock *));
    page_tab_reset(page_cap);
    if (tcg_backend && tcg_backend->flush)
        tcg_backend->flush();
    if (tb_flush_hook)
        tb_flush_hook();
    tb_stats.flushes++;
}

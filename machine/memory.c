/* The guest physical address space (machine/memory.h): RAM, ROM, aliases and MMIO
 * regions with priorities, flattened into a sorted array of non-overlapping ranges so
 * that as_lookup (the MMU's TLB-miss path) is one binary search. Port I/O is delegated to
 * machine/ioport.c. */
#include "machine/memory.h"

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "machine/ioport.h"
#include "tcg/log.h"

/* The public MemRegion plus what only this file needs. */
typedef struct Region {
    MemRegion mr;             /* first: a MemRegion * is a Region * */
    size_t map_size;          /* RAM: mmap'd length; ROM: malloc'd; 0: not owned (alias) */
    unsigned char *resident;  /* RAM: mincore's vector for as_release_zero_pages */
    const MemRegion *alias_of;/* MMIO alias: the target and the offset into it */
    uint64_t alias_offset;
} Region;

/* One visible piece of the address space: [start, last] (inclusive, so a range may end
 * at 2^64 - 1) shows mr from offset. */
typedef struct FlatRange {
    uint64_t start, last;
    const MemRegion *mr;
    uint64_t offset;
} FlatRange;

struct AddressSpace {
    Region **regions;
    unsigned nb_regions, cap_regions;
    FlatRange *flat;
    unsigned nb_flat;
    const FlatRange *hot;     /* the range as_ram_ptr found last, or NULL */
    PortSpace *ports;
    char err[160];
};

AddressSpace *as_new(void)
{
    AddressSpace *as = calloc(1, sizeof(*as));
    if (!as)
        return NULL;
    as->ports = port_space_new();
    if (!as->ports) {
        free(as);
        return NULL;
    }
    return as;
}

void as_free(AddressSpace *as)
{
    if (!as)
        return;
    for (unsigned i = 0; i < as->nb_regions; i++) {
        Region *r = as->regions[i];
        if (r->map_size && r->mr.kind == MR_RAM)
            munmap(r->mr.host, r->map_size);
        else if (r->map_size)
            free(r->mr.host);
        free(r->resident);
        free((char *)r->mr.name);
        free(r);
    }
    free(as->regions);
    free(as->flat);
    port_space_free(as->ports);
    free(as);
}

const char *as_error(const AddressSpace *as)
{
    return as->err;
}

static void set_err(AddressSpace *as, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void set_err(AddressSpace *as, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(as->err, sizeof(as->err), fmt, ap);
    va_end(ap);
}

static uint64_t region_last(const MemRegion *mr)
{
    return mr->base + (mr->size - 1);
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Rebuilds the flat view. Regions are few (tens) and added at machine setup, so a simple
 * quadratic sweep over the region boundaries is plenty. */
static bool rebuild_flat(AddressSpace *as)
{
    unsigned n = as->nb_regions;
    uint64_t *pts = malloc(sizeof(*pts) * (2 * n + 1));
    FlatRange *flat = malloc(sizeof(*flat) * (2 * n + 1));
    if (!pts || !flat) {
        free(pts);
        free(flat);
        return false;
    }
    unsigned np = 0;
    pts[np++] = 0;
    for (unsigned i = 0; i < n; i++) {
        const MemRegion *mr = &as->regions[i]->mr;
        pts[np++] = mr->base;
        if (region_last(mr) != UINT64_MAX)
            pts[np++] = region_last(mr) + 1;
    }
    qsort(pts, np, sizeof(*pts), cmp_u64);
    unsigned nf = 0;
    for (unsigned p = 0; p < np; p++) {
        if (p > 0 && pts[p] == pts[p - 1])
            continue;
        uint64_t start = pts[p];
        uint64_t last = UINT64_MAX;
        for (unsigned q = p + 1; q < np; q++) {
            if (pts[q] != start) {
                last = pts[q] - 1;
                break;
            }
        }
        const MemRegion *best = NULL;
        for (unsigned i = 0; i < n; i++) {
            const MemRegion *mr = &as->regions[i]->mr;
            if (start >= mr->base && start <= region_last(mr) &&
                (!best || mr->priority > best->priority))
                best = mr;
        }
        if (!best)
            continue;
        FlatRange *prev = nf ? &flat[nf - 1] : NULL;
        if (prev && prev->mr == best && prev->last + 1 == start &&
            prev->offset + (start - prev->start) == start - best->base) {
            prev->last = last;
            continue;
        }
        flat[nf++] = (FlatRange){ start, last, best, start - best->base };
    }
    free(pts);
    free(as->flat);
    as->flat = flat;
    as->nb_flat = nf;
    as->hot = NULL;
    return true;
}

/* Checks and inserts r (whose mr is filled in); frees r on failure. */
static MemRegion *add_region(AddressSpace *as, Region *r, const char *name)
{
    MemRegion *mr = &r->mr;
    if (mr->size == 0 || mr->base + (mr->size - 1) < mr->base) {
        set_err(as, "region '%s': bad range base 0x%" PRIx64 " size 0x%" PRIx64, name,
                mr->base, mr->size);
        goto fail;
    }
    for (unsigned i = 0; i < as->nb_regions; i++) {
        const MemRegion *o = &as->regions[i]->mr;
        if (o->priority == mr->priority && mr->base <= region_last(o) &&
            o->base <= region_last(mr)) {
            set_err(as, "region '%s' [0x%" PRIx64 "-0x%" PRIx64 "] overlaps '%s' at the same "
                    "priority %d", name, mr->base, region_last(mr), o->name, mr->priority);
            goto fail;
        }
    }
    mr->name = strdup(name ? name : "?");
    if (!mr->name)
        goto nomem;
    if (as->nb_regions == as->cap_regions) {
        unsigned cap = as->cap_regions ? 2 * as->cap_regions : 16;
        Region **v = realloc(as->regions, sizeof(*v) * cap);
        if (!v)
            goto nomem;
        as->regions = v;
        as->cap_regions = cap;
    }
    as->regions[as->nb_regions++] = r;
    if (!rebuild_flat(as)) {
        as->nb_regions--;
        goto nomem;
    }
    as->err[0] = 0;
    return mr;
nomem:
    set_err(as, "region '%s': out of memory", name);
fail:
    if (r->map_size && mr->kind == MR_RAM)
        munmap(mr->host, r->map_size);
    else if (r->map_size)
        free(mr->host);
    free((char *)mr->name);
    free(r);
    return NULL;
}

static Region *new_region(AddressSpace *as, MemRegionKind kind, uint64_t base, uint64_t size,
                          int priority)
{
    Region *r = calloc(1, sizeof(*r));
    if (!r) {
        set_err(as, "out of memory");
        return NULL;
    }
    r->mr = (MemRegion){ .kind = kind, .base = base, .size = size, .priority = priority };
    return r;
}

MemRegion *as_add_ram(AddressSpace *as, const char *name, uint64_t base, uint64_t size)
{
    Region *r = new_region(as, MR_RAM, base, size, 0);
    if (!r)
        return NULL;
    if (size == 0 || size > SIZE_MAX)
        return add_region(as, r, name); /* reports the bad range */
    /* Anonymous memory is zeroed and committed page by page as the guest touches it, so
     * a large -m costs nothing until used. */
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
    if (p == MAP_FAILED) {
        set_err(as, "cannot allocate %" PRIu64 " MiB for '%s': %s", size >> 20, name,
                strerror(errno));
        free(r);
        return NULL;
    }
    r->mr.host = p;
    r->map_size = size;
    return add_region(as, r, name);
}

size_t as_host_page_size(void)
{
    static size_t size;
    if (!size) {
        long v = sysconf(_SC_PAGESIZE);
        size = v > 0 ? (size_t)v : 4096;
    }
    return size;
}

/* True when the len bytes at p (a multiple of 64) are all zero. Most pages that hold
 * data differ from zero in their first bytes, so the test reads one cache line of them. */
static bool all_zero(const uint8_t *p, size_t len)
{
    const uint64_t *w = (const uint64_t *)p;
    for (size_t i = 0; i < len / 8; i += 8) {
        if (w[i] | w[i + 1] | w[i + 2] | w[i + 3] | w[i + 4] | w[i + 5] | w[i + 6] | w[i + 7])
            return false;
    }
    return true;
}

uint64_t as_discard_ram(AddressSpace *as, uint64_t addr, uint64_t len)
{
    const uint64_t ps = as_host_page_size();
    uint64_t done = 0;
    uint64_t end = addr + len < addr ? UINT64_MAX : addr + len;
    addr = (addr + ps - 1) & ~(ps - 1);
    end &= ~(ps - 1);
    while (addr < end) {
        MemLookup l = as_lookup(as, addr);
        uint64_t n = end - addr;
        if (n > l.avail)
            n = l.avail & ~(ps - 1);
        if (!n)
            break;
        const Region *r = (const Region *)l.mr;
        /* the mapping is page-aligned: so is the host address, unless the region itself
         * starts off a page boundary */
        if (r && r->mr.kind == MR_RAM && r->map_size && (l.offset & (ps - 1)) == 0 &&
            madvise(l.mr->host + l.offset, n, MADV_DONTNEED) == 0)
            done += n;
        addr += n;
    }
    return done;
}

size_t as_release_zero_pages(AddressSpace *as)
{
    const size_t ps = as_host_page_size();
    size_t released = 0;
    for (unsigned i = 0; i < as->nb_regions; i++) {
        Region *r = as->regions[i];
        if (r->mr.kind != MR_RAM || !r->map_size)
            continue;
        size_t pages = r->map_size / ps;
        if (!r->resident && !(r->resident = malloc(pages + 1)))
            continue;
        if (mincore(r->mr.host, r->map_size, r->resident) != 0)
            continue;
        size_t run = 0;
        for (size_t pg = 0; pg <= pages; pg++) {
            if (pg < pages && (r->resident[pg] & 1) && all_zero(r->mr.host + pg * ps, ps)) {
                run++;
                continue;
            }
            if (run && madvise(r->mr.host + (pg - run) * ps, run * ps, MADV_DONTNEED) == 0)
                released += run;
            run = 0;
        }
    }
    return released;
}

MemRegion *as_add_rom(AddressSpace *as, const char *name, uint64_t base, uint64_t size,
                      const void *data, size_t len)
{
    Region *r = new_region(as, MR_ROM, base, size, 0);
    if (!r)
        return NULL;
    if (size == 0 || size > SIZE_MAX)
        return add_region(as, r, name);
    if (len > size) {
        set_err(as, "ROM '%s': %zu bytes of data do not fit in 0x%" PRIx64, name, len, size);
        free(r);
        return NULL;
    }
    uint8_t *p = malloc(size);
    if (!p) {
        set_err(as, "ROM '%s': out of memory", name);
        free(r);
        return NULL;
    }
    /* Bytes past the data read as erased flash. */
    memset(p, 0xff, size);
    if (data && len)
        memcpy(p, data, len);
    r->mr.host = p;
    r->map_size = size;
    return add_region(as, r, name);
}

static uint64_t alias_read(void *opaque, uint64_t offset, unsigned size)
{
    const Region *r = opaque;
    const MemRegion *of = r->alias_of;
    if (!of->ops->read)
        return size == 8 ? UINT64_MAX : (1ull << (8 * size)) - 1;
    return of->ops->read(of->opaque, r->alias_offset + offset, size);
}

static void alias_write(void *opaque, uint64_t offset, uint64_t val, unsigned size)
{
    const Region *r = opaque;
    const MemRegion *of = r->alias_of;
    if (of->ops->write)
        of->ops->write(of->opaque, r->alias_offset + offset, val, size);
}

static const MemRegionOps alias_ops = { alias_read, alias_write };

MemRegion *as_add_alias(AddressSpace *as, const char *name, uint64_t base, const MemRegion *of,
                        uint64_t of_offset, uint64_t size, int priority)
{
    if (!of || of_offset >= of->size || size > of->size - of_offset) {
        set_err(as, "alias '%s': range outside its target", name);
        return NULL;
    }
    Region *r = new_region(as, of->kind, base, size, priority);
    if (!r)
        return NULL;
    if (of->kind == MR_MMIO) {
        r->alias_of = of;
        r->alias_offset = of_offset;
        r->mr.ops = &alias_ops;
        r->mr.opaque = r;
    } else {
        r->mr.host = of->host + of_offset;
    }
    return add_region(as, r, name);
}

MemRegion *as_add_mmio(AddressSpace *as, const char *name, uint64_t base, uint64_t size,
                       const MemRegionOps *ops, void *opaque, int priority)
{
    if (!ops) {
        set_err(as, "MMIO region '%s' has no ops", name);
        return NULL;
    }
    Region *r = new_region(as, MR_MMIO, base, size, priority);
    if (!r)
        return NULL;
    r->mr.ops = ops;
    r->mr.opaque = opaque;
    return add_region(as, r, name);
}

/* The range holding addr, by binary search; NULL in a hole. *next: the index of the
 * first range starting above addr. */
static const FlatRange *find_range(const AddressSpace *as, uint64_t addr, unsigned *next)
{
    const FlatRange *f = as->flat;
    unsigned lo = 0, hi = as->nb_flat; /* first range with start > addr is in [lo, hi] */
    while (lo < hi) {
        unsigned mid = (lo + hi) / 2;
        if (f[mid].start <= addr)
            lo = mid + 1;
        else
            hi = mid;
    }
    *next = lo;
    return lo > 0 && addr <= f[lo - 1].last ? &f[lo - 1] : NULL;
}

/* avail is the visible extent: a higher-priority region further on cuts it short, which
 * is what lets the MMU map a whole page only when the page is one range. The range
 * as_ram_ptr found last is tried first (TLB fills mostly look up RAM it just read). */
MemLookup as_lookup(const AddressSpace *as, uint64_t addr)
{
    const FlatRange *r = as->hot;
    unsigned lo = 0;
    if (!r || addr < r->start || addr > r->last)
        r = find_range(as, addr, &lo);
    MemLookup l;
    if (r) {
        l.mr = r->mr;
        l.offset = r->offset + (addr - r->start);
        l.avail = r->last - addr + 1;
        if (l.avail == 0) /* the range reaches 2^64 - 1 from 0 */
            l.avail = UINT64_MAX;
        return l;
    }
    l.mr = NULL;
    l.offset = addr;
    if (lo < as->nb_flat)
        l.avail = as->flat[lo].start - addr;
    else
        l.avail = addr ? UINT64_MAX - addr + 1 : UINT64_MAX;
    return l;
}

/* The page walker reads paging-structure entries one at a time, nearly always from the
 * same RAM range: the last one found is tried before the search. A range's region may
 * change kind in place (PAM, machine/pc_mem.c), so the kind is checked on every use. */
uint8_t *as_ram_ptr(AddressSpace *as, uint64_t addr, unsigned len)
{
    const FlatRange *f = as->hot;
    if (!f || addr < f->start || addr > f->last) {
        unsigned next;
        f = find_range(as, addr, &next);
        if (!f)
            return NULL;
        as->hot = f;
    }
    if (f->mr->kind != MR_RAM || f->last - addr < (uint64_t)len - 1)
        return NULL;
    return f->mr->host + f->offset + (addr - f->start);
}

static uint64_t ones(unsigned size)
{
    return size >= 8 ? UINT64_MAX : (1ull << (8 * size)) - 1;
}

static uint64_t ld_le(const uint8_t *p, unsigned size)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < size; i++)
        v |= (uint64_t)p[i] << (8 * i);
    return v;
}

static void st_le(uint8_t *p, uint64_t v, unsigned size)
{
    for (unsigned i = 0; i < size; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

static void log_unassigned(const char *what, uint64_t addr, unsigned size, uint64_t val)
{
    if (tern_log_enabled(LOG_UNIMP | LOG_GUEST_ERRORS))
        tern_log("unassigned memory %s at 0x%" PRIx64 " size %u value 0x%" PRIx64 "\n", what,
                 addr, size, val);
}

uint64_t as_read(AddressSpace *as, uint64_t addr, unsigned size)
{
    MemLookup l = as_lookup(as, addr);
    if (l.avail < size) {
        /* Crosses a boundary: assemble from single bytes, each resolved on its own. */
        uint64_t v = 0;
        for (unsigned i = 0; i < size; i++)
            v |= as_read(as, addr + i, 1) << (8 * i);
        return v;
    }
    if (!l.mr) {
        log_unassigned("read", addr, size, ones(size));
        return ones(size);
    }
    if (l.mr->kind != MR_MMIO)
        return ld_le(l.mr->host + l.offset, size);
    if (!l.mr->ops->read)
        return ones(size);
    return l.mr->ops->read(l.mr->opaque, l.offset, size) & ones(size);
}

void as_write(AddressSpace *as, uint64_t addr, uint64_t val, unsigned size)
{
    MemLookup l = as_lookup(as, addr);
    if (l.avail < size) {
        for (unsigned i = 0; i < size; i++)
            as_write(as, addr + i, (val >> (8 * i)) & 0xff, 1);
        return;
    }
    if (!l.mr) {
        log_unassigned("write", addr, size, val);
        return;
    }
    switch (l.mr->kind) {
    case MR_RAM:
        st_le(l.mr->host + l.offset, val, size);
        break;
    case MR_ROM:
        if (tern_log_enabled(LOG_GUEST_ERRORS))
            tern_log("write to ROM '%s' at 0x%" PRIx64 " ignored\n", l.mr->name, addr);
        break;
    case MR_MMIO:
        if (l.mr->ops->write)
            l.mr->ops->write(l.mr->opaque, l.offset, val & ones(size), size);
        break;
    }
}

/* Walks [addr, addr + len) one range at a time; with buf NULL only checks that every
 * byte is RAM or ROM. */
static bool bulk_copy(AddressSpace *as, uint64_t addr, uint8_t *buf, size_t len, bool to_guest)
{
    while (len) {
        MemLookup l = as_lookup(as, addr);
        if (!l.mr || l.mr->kind == MR_MMIO)
            return false;
        size_t n = l.avail < len ? (size_t)l.avail : len;
        if (buf) {
            if (to_guest)
                memcpy(l.mr->host + l.offset, buf, n);
            else
                memcpy(buf, l.mr->host + l.offset, n);
            buf += n;
        }
        addr += n;
        len -= n;
        if (len && addr == 0) /* wrapped past 2^64 */
            return false;
    }
    return true;
}

bool as_write_bytes(AddressSpace *as, uint64_t addr, const void *buf, size_t len)
{
    /* Check first so that a failed load leaves guest memory untouched. */
    if (!bulk_copy(as, addr, NULL, len, true))
        return false;
    return bulk_copy(as, addr, (uint8_t *)buf, len, true);
}

bool as_read_bytes(AddressSpace *as, uint64_t addr, void *buf, size_t len)
{
    if (!bulk_copy(as, addr, NULL, len, false))
        return false;
    return bulk_copy(as, addr, buf, len, false);
}

void as_register_ports(AddressSpace *as, uint16_t first, unsigned count, const PortOps *ops,
                       void *opaque)
{
    port_space_register(as->ports, first, count, ops, opaque);
}

uint32_t as_port_in(AddressSpace *as, uint16_t port, unsigned size)
{
    return port_space_in(as->ports, port, size);
}

void as_port_out(AddressSpace *as, uint16_t port, uint32_t val, unsigned size)
{
    port_space_out(as->ports, port, val, size);
}

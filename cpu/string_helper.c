/* REP-prefixed string instructions (MOVS CMPS STOS LODS SCAS INS OUTS) run many iterations
 * per call: runs of elements that stay in one page of plain RAM go through host pointers
 * from the soft-TLB (filled on a miss, source before destination, and kept even when the
 * two pages share a TLB entry) for copy/fill/compare; everything else (MMIO, pages with
 * code or watchpoints, page-crossing elements, segment-limit edges, port I/O) one
 * element at a time through x86_ld/x86_st. The architectural rules kept: the
 * registers are updated as iterations complete, so a fault leaves rCX/rSI/rDI at the
 * faulting iteration and the instruction restarts there; an interrupt request or the
 * instruction-count deadline stops between iterations and the instruction is executed
 * again (SDM vol. 2, REP/REPE/REPNE; vol. 1, 7.3.9.1). Each iteration counts as one
 * instruction in the retired count, as when every iteration was its own TB. */
#include <string.h>
#include "cpu/helper.h"
#include "cpu/mmu.h"
#include "cpu/string_helper.h"
#include "tcg/backend.h"

typedef struct RepStr {
    CPUX86State *env;
    int op, size, size_log2, mmu_idx, src_seg;
    bool repne, code64;
    uint64_t amask;  /* address size: offsets wrap here */
    uint64_t lmask;  /* linear addresses: 32 bits outside 64-bit mode */
    int64_t step;    /* +-size by EFLAGS.DF */
    uint16_t port;   /* INS/OUTS: DX */
    uintptr_t ra;
} RepStr;

/* ---- registers, at the address size (SDM vol. 1, 3.4.1.1 for the 32-bit zero-extension) */

static uint64_t reg_get(const RepStr *r, int reg)
{
    return r->env->regs[reg] & r->amask;
}

static void reg_set(const RepStr *r, int reg, uint64_t v)
{
    uint64_t *p = &r->env->regs[reg];
    if (r->amask == 0xffff)
        *p = (*p & ~0xffffull) | (v & 0xffff);
    else
        *p = v & r->amask;
}

static void reg_step(const RepStr *r, int reg, uint64_t n)
{
    reg_set(r, reg, reg_get(r, reg) + (uint64_t)r->step * n);
}

static uint64_t elem_mask(const RepStr *r)
{
    return r->size == 8 ? ~0ull : (1ull << (r->size * 8)) - 1;
}

static uint64_t acc_get(const RepStr *r)
{
    return r->env->regs[R_EAX] & elem_mask(r);
}

static void acc_set(const RepStr *r, uint64_t v)
{
    uint64_t *p = &r->env->regs[R_EAX];
    if (r->size < 4)
        *p = (*p & ~elem_mask(r)) | (v & elem_mask(r));
    else
        *p = v & elem_mask(r);
}

/* ---- memory ---- */

/* As gen_linear: in 64-bit mode only FS/GS have a base. */
static uint64_t linear(const RepStr *r, int seg, uint64_t off)
{
    uint64_t base = r->env->segs[seg].base;
    if (r->code64 && seg != R_FS && seg != R_GS)
        base = 0;
    return (base + off) & r->lmask;
}

static bool segchk_on(const RepStr *r, int seg)
{
    return (r->env->hflags & (1u << (HF_SEGCHK_SHIFT + seg))) != 0;
}

/* The access-time segment check of cpu/translate_segchk.c (SDM vol. 3, 5.3/5.4). */
static void seg_check(const RepStr *r, int seg, uint64_t off, bool write)
{
    const CPUX86State *env = r->env;
    if (!segchk_on(r, seg))
        return;
    if (off < env->segchk_lo[seg][write] || off + (uint64_t)r->size - 1 > env->segchk_hi[seg][write])
        x86_raise_exception(r->env, seg == R_SS ? EXCP_SS : EXCP_GP, 0, r->ra);
}

static uint64_t mem_ld(const RepStr *r, int seg, uint64_t off)
{
    seg_check(r, seg, off, false);
    return x86_ld(r->env, linear(r, seg, off), (MemOp)r->size_log2, r->mmu_idx, r->ra);
}

static void mem_st(const RepStr *r, int seg, uint64_t off, uint64_t v)
{
    seg_check(r, seg, off, true);
    x86_st(r->env, linear(r, seg, off), v, (MemOp)r->size_log2, r->mmu_idx, r->ra);
}

/* Guest memory is little-endian; fixed-size copies so the compiler inlines them. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define HOST_LE 1
#else
#define HOST_LE 0
#endif

static inline uint64_t host_get(const uint8_t *p, int size)
{
    uint16_t w;
    uint32_t l;
    uint64_t q;
    if (!HOST_LE) {
        q = 0;
        for (int i = size - 1; i >= 0; i--)
            q = q << 8 | p[i];
        return q;
    }
    switch (size) {
    case 1: return p[0];
    case 2: memcpy(&w, p, 2); return w;
    case 4: memcpy(&l, p, 4); return l;
    default: memcpy(&q, p, 8); return q;
    }
}

static inline void host_put(uint8_t *p, uint64_t v, int size)
{
    uint16_t w = (uint16_t)v;
    uint32_t l = (uint32_t)v;
    if (!HOST_LE) {
        for (int i = 0; i < size; i++)
            p[i] = (uint8_t)(v >> (8 * i));
        return;
    }
    switch (size) {
    case 1: p[0] = (uint8_t)v; break;
    case 2: memcpy(p, &w, 2); break;
    case 4: memcpy(p, &l, 4); break;
    default: memcpy(p, &v, 8); break;
    }
}

static uint64_t min_u64(uint64_t a, uint64_t b)
{
    return a < b ? a : b;
}

/* How many elements, from offset off in seg stepping r->step, one host pointer reaches:
 * the same page, plain RAM for this access (no MMIO, code, watchpoint), no address-size
 * wrap, all inside the segment's valid range. A TLB miss is filled here, raising the
 * #PF the element's access raises (after the segment check, as the slow way does); the
 * host pointer stays valid after a later fill evicts the entry (source and destination
 * pages that share a TLB index), as nothing can change the mappings before the run is
 * done. 0: the first element must go the slow way (which raises the #GP/#SS). */
static uint64_t stream_run(const RepStr *r, int seg, uint64_t off, bool write, uint8_t **host)
{
    CPUX86State *env = r->env;
    uint64_t size = (uint64_t)r->size, lin = linear(r, seg, off);
    int sh = r->size_log2;
    uint64_t in_page = lin & ~TCG_PAGE_MASK, n;
    if (in_page + size > TCG_PAGE_SIZE)
        return 0;
    if (r->step > 0)
        n = min_u64((TCG_PAGE_SIZE - in_page) >> sh, ((r->amask - off) >> sh) + 1);
    else
        n = min_u64((in_page >> sh) + 1, (off >> sh) + 1);
    if (segchk_on(r, seg)) {
        uint64_t lo = env->segchk_lo[seg][write], hi = env->segchk_hi[seg][write];
        if (off < lo || off + size - 1 > hi)
            return 0;
        n = min_u64(n, r->step > 0 ? ((hi - (off + size - 1)) >> sh) + 1 : ((off - lo) >> sh) + 1);
    }
    const TCGTLBEntry *e = &env->tlb[r->mmu_idx].e[tcg_tlb_index(lin)];
    if ((write ? e->addr_write : e->addr_read) == (lin & TCG_PAGE_MASK))
        *host = (uint8_t *)(uintptr_t)(e->addend + lin);
    else if (!(*host = x86_tlb_host(env, lin, r->size, write, r->mmu_idx, r->ra)))
        return 0;
    return n;
}

/* ---- CMPS/SCAS: flags of the last comparison, as SUB (cpu/cpu.h CC_OP_SUB) ---- */

/* Records a - b as the flags; true when the REPE/REPNE condition ends the instruction
 * (REPE: not equal, ZF=0; REPNE: equal, ZF=1). */
static inline bool compare(const RepStr *r, uint64_t a, uint64_t b)
{
    CPUX86State *env = r->env;
    uint64_t m = elem_mask(r);
    env->cc_dst = (a - b) & m;
    env->cc_src = b & m;
    env->cc_op = (uint32_t)(CC_OP_SUBB + r->size_log2);
    return r->repne ? (a & m) == (b & m) : (a & m) != (b & m);
}

/* ---- a run of up to max elements through host pointers; *stop: CMPS/SCAS ended ---- */

static bool ranges_overlap(const uint8_t *a, const uint8_t *b, uint64_t len)
{
    return a < b + len && b < a + len;
}

/* INS/OUTS over up to n elements of one RAM page at host: a device sees each access at
 * its exact instruction count, and an interrupt request it raises (or the deadline) ends
 * the run before the next element; so does a TLB change a device may cause (A20 gate).
 * Returns the elements done (at least 1). */
static uint64_t port_run(const RepStr *r, uint64_t n, uint8_t *host, int seg, uint64_t off)
{
    CPUX86State *env = r->env;
    int size = r->size;
    bool in = r->op == STR_INS;
    uint64_t lin = linear(r, seg, off);
    const TCGTLBEntry *e = &env->tlb[r->mmu_idx].e[tcg_tlb_index(lin)];
    const uint64_t *tag = in ? &e->addr_write : &e->addr_read;
    uint64_t page = lin & TCG_PAGE_MASK, done = 0;
    for (;;) {
        if (in)
            host_put(host, helper_in(env, r->port, (uint32_t)size), size);
        else
            helper_out(env, r->port, (uint32_t)host_get(host, size), (uint32_t)size);
        if (++done == n || x86_exit_requested(env) || x86_icount_room(env) == 0 ||
            *tag != page)
            return done;
        x86_icount_retire(env, 1);
        host += r->step;
    }
}

static uint64_t fast_run(const RepStr *r, uint64_t max, bool *stop)
{
    uint8_t *hs = NULL, *hd = NULL;
    uint64_t si = reg_get(r, R_ESI), di = reg_get(r, R_EDI), n = max;
    int size = r->size;
    int64_t step = r->step;
    *stop = false;
    /* Source first, then destination: the order in which the slow way accesses them,
     * and so the order of their faults. */
    if (r->op == STR_MOVS || r->op == STR_CMPS || r->op == STR_LODS || r->op == STR_OUTS) {
        n = min_u64(n, stream_run(r, r->src_seg, si, false, &hs));
        if (n == 0)
            return 0;
    }
    if (r->op != STR_LODS && r->op != STR_OUTS)
        n = min_u64(n, stream_run(r, R_ES, di, r->op != STR_CMPS && r->op != STR_SCAS, &hd));
    if (n == 0)
        return 0;
    uint64_t len = n * (uint64_t)size, done = n;
    /* lowest byte of each block (DF=1 walks down from the first element) */
    uint8_t *ls = hs && step < 0 ? hs - (len - (uint64_t)size) : hs;
    uint8_t *ld = hd && step < 0 ? hd - (len - (uint64_t)size) : hd;
    switch (r->op) {
    case STR_MOVS:
        if (!ranges_overlap(ls, ld, len)) {
            memcpy(ld, ls, len);
        } else {
            /* Overlapping blocks: element by element in the architectural order (a
             * forward copy onto itself + 1 replicates, as on hardware). */
            for (uint64_t i = 0; i < n; i++)
                host_put(hd + (int64_t)i * step, host_get(hs + (int64_t)i * step, size), size);
        }
        break;
    case STR_STOS: {
        uint64_t v = acc_get(r);
        if (size == 1) {
            memset(ld, (int)v, len);
        } else {
            /* every element is the same value: fill the block whichever the direction */
            host_put(ld, v, size);
            for (uint64_t have = (uint64_t)size; have < len;) {
                uint64_t k = min_u64(have, len - have);
                memcpy(ld + have, ld, k);
                have += k;
            }
        }
        break;
    }
    case STR_LODS:
        acc_set(r, host_get(hs + (int64_t)(n - 1) * step, size));
        break;
    case STR_INS:
    case STR_OUTS:
        done = hs ? port_run(r, n, hs, r->src_seg, si) : port_run(r, n, hd, R_ES, di);
        break;
    case STR_SCAS: {
        uint64_t a = acc_get(r);
        for (done = 1; done <= n; done++)
            if ((*stop = compare(r, a, host_get(hd + (int64_t)(done - 1) * step, size))))
                break;
        done = *stop ? done : n;
        break;
    }
    default: /* CMPS */
        for (done = 1; done <= n; done++) {
            uint64_t a = host_get(hs + (int64_t)(done - 1) * step, size);
            uint64_t b = host_get(hd + (int64_t)(done - 1) * step, size);
            if ((*stop = compare(r, a, b)))
                break;
        }
        done = *stop ? done : n;
        break;
    }
    if (hs)
        reg_step(r, R_ESI, done);
    if (hd)
        reg_step(r, R_EDI, done);
    reg_set(r, R_ECX, reg_get(r, R_ECX) - done);
    if (r->op != STR_INS && r->op != STR_OUTS)
        x86_icount_retire(r->env, (uint32_t)(done - 1)); /* nothing could look meanwhile */
    return done;
}

/* ---- one iteration the slow way (may raise); true: CMPS/SCAS ended ---- */

static bool slow_one(const RepStr *r)
{
    CPUX86State *env = r->env;
    uint64_t si = reg_get(r, R_ESI), di = reg_get(r, R_EDI), v;
    bool stop = false;
    switch (r->op) {
    case STR_MOVS:
        v = mem_ld(r, r->src_seg, si);
        mem_st(r, R_ES, di, v);
        break;
    case STR_CMPS:
        v = mem_ld(r, r->src_seg, si);
        stop = compare(r, v, mem_ld(r, R_ES, di));
        break;
    case STR_STOS:
        mem_st(r, R_ES, di, acc_get(r));
        break;
    case STR_LODS:
        acc_set(r, mem_ld(r, r->src_seg, si));
        break;
    case STR_SCAS:
        stop = compare(r, acc_get(r), mem_ld(r, R_ES, di));
        break;
    case STR_INS: {
        uint8_t *h;
        /* The destination must be writable before the port is read: a fault restarts the
         * instruction, which would read the port again. */
        if (!stream_run(r, R_ES, di, true, &h))
            mem_st(r, R_ES, di, 0);
        v = helper_in(env, r->port, (uint32_t)r->size);
        mem_st(r, R_ES, di, v);
        break;
    }
    default: /* OUTS */
        v = mem_ld(r, r->src_seg, si);
        helper_out(env, r->port, (uint32_t)v, (uint32_t)r->size);
        break;
    }
    if (r->op == STR_MOVS || r->op == STR_CMPS || r->op == STR_LODS || r->op == STR_OUTS)
        reg_step(r, R_ESI, 1);
    if (r->op != STR_LODS && r->op != STR_OUTS)
        reg_step(r, R_EDI, 1);
    reg_set(r, R_ECX, reg_get(r, R_ECX) - 1);
    return stop;
}

uint32_t helper_rep_string(CPUX86State *env, uint32_t desc)
{
    RepStr r = {
        .env = env,
        .op = (int)STR_OP(desc),
        .size_log2 = (int)STR_SIZE_LOG2(desc),
        .src_seg = (int)STR_SRC_SEG(desc),
        .repne = (desc & STR_REPNE) != 0,
        .code64 = (env->hflags & HF_CODE64_MASK) != 0,
        .mmu_idx = x86_mmu_index(env),
        .port = (uint16_t)env->regs[R_EDX],
        .ra = GETPC(),
    };
    int asize_log2 = (int)STR_ASIZE_LOG2(desc);
    r.size = 1 << r.size_log2;
    r.step = env->df < 0 ? -(int64_t)r.size : (int64_t)r.size;
    r.amask = asize_log2 == 3 ? ~0ull : (1ull << (8 << asize_log2)) - 1;
    r.lmask = r.code64 ? ~0ull : 0xffffffffull;
    /* The TB counted the first iteration; each later one counts (and may stop) here. */
    for (bool first = true;; first = false) {
        uint64_t cx = reg_get(&r, R_ECX);
        if (cx == 0)
            return STR_DONE;
        if (!first) {
            if (x86_icount_room(env) == 0 || x86_exit_requested(env))
                return STR_RESUME;
            x86_icount_retire(env, 1);
        }
        uint64_t room = x86_icount_room(env);
        bool stop;
        uint64_t n = fast_run(&r, room >= cx - 1 ? cx : room + 1, &stop);
        if (n) {
            if (stop)
                return STR_DONE;
            continue;
        }
        if (slow_one(&r))
            return STR_DONE;
    }
}

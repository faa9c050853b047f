/* Page walks: linear -> physical through the guest's paging structures for 32-bit paging
 * (with PSE 4 MiB pages and PSE-36), PAE paging (PDPTE registers, 2 MiB pages, XD) and
 * 4-level paging (1 GiB pages when CPUID offers them), with the reserved-bit checks, the
 * access rights and the accessed/dirty updates of SDM vol. 3, 4.3-4.8. */
#include "cpu/pagewalk.h"
#include "cpu/misc_helper.h"
#include "machine/memory.h"
#include "tcg/tb.h"

/* Paging-structure entry bits (SDM vol. 3, tables 4-4 to 4-20). */
#define PTE_P 0x001ull
#define PTE_RW 0x002ull
#define PTE_US 0x004ull
#define PTE_A 0x020ull
#define PTE_D 0x040ull
#define PTE_PS 0x080ull
#define PTE_G 0x100ull
#define PTE_XD (1ull << 63)

/* Bits (MAXPHYADDR-1):12 of an entry: the physical address it points to. */
#define PTE_ADDR (X86_PHYS_MASK & ~0xfffull)
/* Bits 20:13 (2 MiB PDE) and 29:13 (1 GiB PDPTE): reserved below the address (4.4, 4.5). */
#define RSVD_2M 0x00000000001fe000ull
#define RSVD_1G 0x000000003fffe000ull
/* PAE PDPTE registers: bits 2:1 and 8:5 are reserved, and so are 63:MAXPHYADDR (table
 * 4-8): XD does not exist at that level. */
#define RSVD_PDPTE_PAE (0x1e6ull | ~X86_PHYS_MASK)
/* 32-bit paging, 4 MiB PDE: bits 20:13 give physical-address bits 39:32 (PSE-36); those
 * at and above MAXPHYADDR are reserved, and so is bit 21 (table 4-4). */
#define RSVD_4M ((1ull << 21) | (((1ull << 21) - 1) & ~((1ull << (13 + X86_PHYS_BITS - 32)) - 1)))

X86PagingMode x86_paging_mode(const CPUX86State *env)
{
    if (!(env->cr[0] & CR0_PG))
        return X86_PAGING_NONE;
    if (!(env->cr[4] & CR4_PAE))
        return X86_PAGING_32;
    return (env->efer & EFER_LMA) ? X86_PAGING_4LEVEL : X86_PAGING_PAE;
}

/* Entries are naturally aligned (4 or 8 bytes), so one never straddles two regions;
 * RAM is read in place, anything else (MMIO, a hole) through the device path. */
static uint64_t pt_read(CPUX86State *env, uint64_t pa, unsigned size)
{
    pa &= env->a20_mask;
    const uint8_t *p = as_ram_ptr(env->as, pa, size);
    if (!p)
        return as_read(env->as, pa, size);
    uint64_t v = 0;
    for (unsigned i = 0; i < size; i++)
        v |= (uint64_t)p[i] << (8 * i);
    return v;
}

/* Sets flags (A, D: both in the low dword) in the entry read from pa. The processor
 * updates them with a locked read-modify-write (4.8); with one CPU nothing can come
 * between the read and this write, so writing the low dword back is that update. A page
 * table may share a page with translated code: keep the code cache coherent. */
static void pt_set_flags(CPUX86State *env, uint64_t pa, uint64_t entry, uint64_t flags)
{
    pa &= env->a20_mask;
    if (tb_page_has_code(pa))
        tb_invalidate_phys_range(pa, pa + 4);
    uint32_t v = (uint32_t)(entry | flags);
    uint8_t *p = as_ram_ptr(env->as, pa, 4);
    if (!p) {
        as_write(env->as, pa, v, 4);
        return;
    }
    for (unsigned i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

/* The walk's running state: what every level so far allows. */
typedef struct Walk {
    uint64_t rights;  /* AND of R/W and U/S over the levels that have them (4.6) */
    bool xd;          /* some level has XD = 1 (with EFER.NXE = 1) */
    bool probe;       /* a debugger's look: no rights checked, no flags set */
} Walk;

/* Sets the accessed flag of a non-leaf entry the walk goes through: it is used even if
 * the access fails further down (4.8: "whenever the processor uses a paging-structure
 * entry as part of linear-address translation"). */
static void mark_used(CPUX86State *env, const Walk *w, uint64_t pa, uint64_t entry)
{
    if (!w->probe && !(entry & PTE_A))
        pt_set_flags(env, pa, entry, PTE_A);
}

/* Access rights of SDM vol. 3, 4.6 (no SMEP/SMAP: not offered by this CPU model):
 * user accesses need U/S = 1 everywhere; writes need R/W = 1 everywhere, except
 * supervisor writes with CR0.WP = 0; fetches need XD = 0 everywhere. */
static bool access_allowed(const CPUX86State *env, const Walk *w, int acc, bool user)
{
    if (user && !(w->rights & PTE_US))
        return false;
    if (acc == X86_ACC_WRITE)
        return (w->rights & PTE_RW) || (!user && !(env->cr[0] & CR0_WP));
    if (acc == X86_ACC_CODE)
        return !w->xd;
    return true;
}

/* The walk reached the entry that maps the page (leaf at pa, page of 2^page_bits bytes at
 * frame): check the access, set A (and D on a write), and describe what the resulting
 * TLB entry may allow. The dirty flag is set only by writes, so a translation made for
 * a read allows writes only once D is already set: the first write still walks. */
static bool finish(CPUX86State *env, uint64_t linear, int acc, bool user, const Walk *w,
                   uint64_t pa, uint64_t leaf, uint64_t frame, unsigned page_bits,
                   X86Translation *t, uint32_t *err, uint32_t code)
{
    if (!w->probe && !access_allowed(env, w, acc, user)) {
        *err = code | X86_PF_P;
        return false;
    }
    uint64_t set = PTE_A | (acc == X86_ACC_WRITE ? PTE_D : 0);
    if (!w->probe && (leaf & set) != set) {
        pt_set_flags(env, pa, leaf, set);
        leaf |= set;
    }
    t->phys = frame + (linear & ((1ull << page_bits) - 1) & ~0xfffull);
    t->page_bits = page_bits;
    t->global = (env->cr[4] & CR4_PGE) && (leaf & PTE_G);
    t->prot = 0;
    if (access_allowed(env, w, X86_ACC_READ, user))
        t->prot |= X86_PROT_READ;
    if ((leaf & PTE_D) && access_allowed(env, w, X86_ACC_WRITE, user))
        t->prot |= X86_PROT_WRITE;
    if (access_allowed(env, w, X86_ACC_CODE, user))
        t->prot |= X86_PROT_EXEC;
    return true;
}

/* 32-bit paging (4.3): a page directory of 1024 4-byte PDEs at CR3[31:12]; with CR4.PSE
 * a PDE with PS = 1 maps a 4 MiB page, otherwise it points to a page table. */
static bool walk32(CPUX86State *env, uint64_t linear, int acc, bool user, Walk *w,
                   X86Translation *t, uint32_t *err, uint32_t code)
{
    uint64_t pde_pa = (env->cr[3] & 0xfffff000u) | ((linear >> 20) & 0xffc);
    uint64_t pde = pt_read(env, pde_pa, 4);
    if (!(pde & PTE_P)) {
        *err = code;
        return false;
    }
    if ((env->cr[4] & CR4_PSE) && (pde & PTE_PS)) {
        if (pde & RSVD_4M) {
            *err = code | X86_PF_P | X86_PF_RSVD;
            return false;
        }
        w->rights &= pde;
        uint64_t frame = (pde & 0xffc00000u) | (((pde >> 13) & 0xff) << 32);
        return finish(env, linear, acc, user, w, pde_pa, pde, frame, 22, t, err, code);
    }
    mark_used(env, w, pde_pa, pde);
    w->rights &= pde;
    uint64_t pte_pa = (pde & 0xfffff000u) | ((linear >> 10) & 0xffc);
    uint64_t pte = pt_read(env, pte_pa, 4);
    if (!(pte & PTE_P)) {
        *err = code;
        return false;
    }
    w->rights &= pte;
    return finish(env, linear, acc, user, w, pte_pa, pte, pte & 0xfffff000u, 12, t, err, code);
}

/* PAE (4.4) and 4-level (4.5) paging: 8-byte entries, 512 per table. PAE starts from the
 * PDPTE registers (no rights, no accessed flag at that level); 4-level starts from the
 * PML4 table at CR3. Leaves: PTE, PDE with PS = 1 (2 MiB), and in 4-level paging a PDPTE
 * with PS = 1 (1 GiB) when CPUID.80000001H:EDX.Page1GB[26] = 1, else PS is reserved. */
static bool walk64(CPUX86State *env, uint64_t linear, int acc, bool user, bool four_level,
                   Walk *w, X86Translation *t, uint32_t *err, uint32_t code)
{
    bool nxe = (env->efer & EFER_NXE) != 0;
    /* Above the address: 4-level reserves 51:M (62:52 are ignored), PAE 62:M; bit 63 is
     * XD with NXE = 1 and reserved otherwise (tables 4-11 to 4-19). */
    uint64_t rsvd = (four_level ? 0x000fffffffffffffull : 0x7fffffffffffffffull) & ~X86_PHYS_MASK;
    if (!nxe)
        rsvd |= PTE_XD;
    bool gbpages = (env->cpuid_ext2_features & CPUID_EXT2_PDPE1GB) != 0;
    uint64_t table;
    int shift;
    if (four_level) {
        table = env->cr[3] & PTE_ADDR;
        shift = 39;
    } else {
        uint64_t pdpte = env->pdpte[(linear >> 30) & 3];
        if (!(pdpte & PTE_P)) {
            *err = code;
            return false;
        }
        table = pdpte & PTE_ADDR;
        shift = 21;
    }
    for (;; shift -= 9) {
        uint64_t pa = table | (((linear >> shift) & 0x1ff) << 3);
        uint64_t e = pt_read(env, pa, 8);
        if (!(e & PTE_P)) {
            *err = code;
            return false;
        }
        bool leaf = shift == 12;
        uint64_t r = rsvd;
        if (shift == 39) {
            r |= PTE_PS; /* PML4Es never map a page */
        } else if (shift == 30 && (e & PTE_PS)) {
            r |= gbpages ? RSVD_1G : PTE_PS;
            leaf = true;
        } else if (shift == 21 && (e & PTE_PS)) {
            r |= RSVD_2M;
            leaf = true;
        }
        if (e & r) {
            *err = code | X86_PF_P | X86_PF_RSVD;
            return false;
        }
        w->rights &= e;
        if (nxe && (e & PTE_XD))
            w->xd = true;
        if (leaf) {
            uint64_t frame = e & PTE_ADDR & ~((1ull << shift) - 1);
            return finish(env, linear, acc, user, w, pa, e, frame, (unsigned)shift, t, err,
                          code);
        }
        mark_used(env, w, pa, e);
        table = e & PTE_ADDR;
    }
}

static bool walk(CPUX86State *env, uint64_t linear, int acc, bool user, bool probe,
                 X86Translation *t, uint32_t *err)
{
    Walk w = { PTE_RW | PTE_US, false, probe };
    X86PagingMode mode = x86_paging_mode(env);
    uint32_t code = (acc == X86_ACC_WRITE ? X86_PF_W : 0) | (user ? X86_PF_U : 0);
    /* I/D is reported for fetches only when NX is in force (4.7; no SMEP here). */
    if (acc == X86_ACC_CODE && mode >= X86_PAGING_PAE && (env->efer & EFER_NXE))
        code |= X86_PF_ID;
    switch (mode) {
    case X86_PAGING_32:
        return walk32(env, linear & 0xffffffffu, acc, user, &w, t, err, code);
    case X86_PAGING_PAE:
        return walk64(env, linear & 0xffffffffu, acc, user, false, &w, t, err, code);
    case X86_PAGING_4LEVEL:
        return walk64(env, linear, acc, user, true, &w, t, err, code);
    default:
        t->phys = linear & 0xfffffffffffff000ull;
        t->page_bits = 12;
        t->prot = X86_PROT_READ | X86_PROT_WRITE | X86_PROT_EXEC;
        t->global = false;
        return true;
    }
}

bool x86_page_walk(CPUX86State *env, uint64_t linear, int acc, bool user, X86Translation *t,
                   uint32_t *err)
{
    return walk(env, linear, acc, user, false, t, err);
}

bool x86_page_probe(CPUX86State *env, uint64_t linear, X86Translation *t)
{
    uint32_t err;
    return walk(env, linear, X86_ACC_READ, false, true, t, &err);
}

bool x86_load_pdptes(CPUX86State *env, uint64_t cr3)
{
    uint64_t e[4];
    uint64_t base = cr3 & 0xffffffe0u;
    for (int i = 0; i < 4; i++) {
        e[i] = pt_read(env, base + 8 * (uint64_t)i, 8);
        if ((e[i] & PTE_P) && (e[i] & RSVD_PDPTE_PAE))
            return false;
    }
    for (int i = 0; i < 4; i++)
        env->pdpte[i] = e[i];
    return true;
}

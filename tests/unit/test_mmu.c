/* Unit tests for the MMU and the registers around it: page walks in 32-bit, PAE and
 * 4-level paging against the access-rights rules of SDM vol. 3, 4.6 (every combination),
 * #PF error codes and CR2 (4.7), accessed/dirty flags (4.8), reserved bits and MAXPHYADDR,
 * PDPTE loading (4.4.1), NX, global pages and the TLB invalidation rules (4.10.4), the
 * soft-TLB keeping the rights of each access kind apart, EFER and the paging-mode
 * transitions (10.8.5), the MSRs (vol. 4, table 2-2) and CPUID. */
#include <check.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/cpu.h"
#include "cpu/exec.h"
#include "cpu/helper.h"
#include "cpu/misc_helper.h"
#include "cpu/msr_helper.h"
#include "cpu/pagewalk.h"
#include "machine/memory.h"

#define MiB (1ull << 20)

static CPUX86State cpu;
static CPUX86State *env = &cpu;
static AddressSpace *as;

static void setup(void)
{
    as = as_new();
    ck_assert_ptr_nonnull(as_add_ram(as, "ram", 0, 64 * MiB));
    x86_cpu_init(env, as);
    /* Flat protected mode at CPL 0; paging is turned on by each test. */
    x86_write_cr0(env, CR0_PE | CR0_ET, 0);
}

static void teardown(void)
{
    as_free(as);
    as = NULL;
}

static void wr32(uint64_t pa, uint32_t v) { as_write(as, pa, v, 4); }
static void wr64(uint64_t pa, uint64_t v) { as_write(as, pa, v, 8); }
static uint32_t rd32(uint64_t pa) { return (uint32_t)as_read(as, pa, 4); }
static uint64_t rd64(uint64_t pa) { return as_read(as, pa, 8); }

/* Runs a statement; the vector it raised, or -1. Only outputs read after a normal
 * return are written between setjmp and longjmp. */
#ifndef __clang__
#pragma GCC diagnostic ignored "-Wclobbered"
#endif
#define TRY(stmt) ({ int r_ = -1; \
    if (setjmp(env->jmp_env) == 0) { stmt; } else { r_ = env->exception_index; } r_; })

static int ld(uint64_t lin, bool user, uint64_t *val)
{
    return TRY(*val = x86_ld(env, lin, MO_32, user ? MMU_USER_IDX : MMU_KERNEL_IDX, 0));
}

static int st(uint64_t lin, bool user, uint32_t val)
{
    return TRY(x86_st(env, lin, val, MO_32, user ? MMU_USER_IDX : MMU_KERNEL_IDX, 0));
}

/* An instruction fetch at CPL 3 or 0: the MMU index comes from the CPL in hflags. */
static int fetch(uint64_t lin, bool user)
{
    env->hflags = (env->hflags & ~HF_CPL_MASK) | (user ? 3u : 0u);
    uint64_t phys;
    int r = TRY(x86_code_phys(env, lin, &phys, true));
    env->hflags &= ~HF_CPL_MASK;
    return r;
}

static int cr(int n, uint64_t val) { return TRY(helper_mov_to_cr(env, (uint32_t)n, val)); }

static int wrmsr(uint32_t msr, uint64_t val)
{
    env->regs[R_ECX] = msr;
    env->regs[R_EAX] = (uint32_t)val;
    env->regs[R_EDX] = val >> 32;
    return TRY(helper_wrmsr(env));
}

static int rdmsr(uint32_t msr, uint64_t *val)
{
    env->regs[R_ECX] = msr;
    int r = TRY(helper_rdmsr(env));
    *val = (env->regs[R_EDX] << 32) | (uint32_t)env->regs[R_EAX];
    return r;
}

/* Error-code bits (SDM vol. 3, 4.7). */
enum { P = 1, W = 2, U = 4, RSVD = 8, ID = 16 };
enum { ACC_R, ACC_W, ACC_X };

static int access(int acc, uint64_t lin, bool user)
{
    uint64_t v;
    return acc == ACC_R ? ld(lin, user, &v) : acc == ACC_W ? st(lin, user, 0x5a5a5a5a)
                                                           : fetch(lin, user);
}

/* ---- paging set-ups (tables in RAM from 1 MiB) ---- */

#define PD32 0x100000u  /* 32-bit page directory */
#define PT32 0x101000u
#define PDPT 0x102000u  /* PAE PDPT (32-byte aligned) / 4-level PDPT */
#define PDIR 0x103000u  /* PAE / 4-level page directory */
#define PTAB 0x104000u  /* PAE / 4-level page table */
#define PML4 0x105000u
#define DATA 0x200000u  /* the pages the tests map */
#define LIN 0x00400000u /* the linear address they map at */

/* 32-bit paging with CR4.PSE: PDE 0 identity 4 MiB (tables), PDE 1 -> PT32 with
 * PTE 0 -> DATA. pde/pte give the low flag bits. */
static void paging32(uint32_t pde, uint32_t pte)
{
    wr32(PD32, 0x83);
    wr32(PD32 + 4, PT32 | pde);
    wr32(PT32, DATA | pte);
    x86_write_cr4(env, CR4_PSE, 0);
    ck_assert_int_eq(cr(3, PD32), -1);
    x86_write_cr0(env, CR0_PE | CR0_ET | CR0_PG, 0);
}

/* PAE paging: PDPTE 0 -> PDIR; PDE 2 (LIN) -> PTAB; PTE 0 -> DATA. */
static void paging_pae(uint64_t pde, uint64_t pte)
{
    wr64(PDPT, PDIR | 1);
    wr64(PDIR + 2 * 8, PTAB | pde);
    wr64(PTAB, DATA | pte);
    x86_write_cr4(env, CR4_PAE, 0);
    ck_assert_int_eq(cr(3, PDPT), -1);
    x86_write_cr0(env, CR0_PE | CR0_ET | CR0_PG, 0);
}

/* 4-level paging (CPUID model with long mode): PML4E 0 -> PDPT; PDPTE 0 -> PDIR;
 * PDE 2 -> PTAB; PTE 0 -> DATA. */
static void paging_4level(uint64_t pml4e, uint64_t pdpte, uint64_t pde, uint64_t pte)
{
    x86_cpuid_set_long_mode(env, true);
    wr64(PML4, PDPT | pml4e);
    wr64(PDPT, PDIR | pdpte);
    wr64(PDIR + 2 * 8, PTAB | pde);
    wr64(PTAB, DATA | pte);
    ck_assert_int_eq(wrmsr(MSR_IA32_EFER, EFER_LME | env->efer), -1);
    x86_write_cr4(env, CR4_PAE, 0);
    ck_assert_int_eq(cr(3, PML4), -1);
    x86_write_cr0(env, CR0_PE | CR0_ET | CR0_PG, 0);
    ck_assert(env->efer & EFER_LMA);
}

/* ---- the access-rights matrix (SDM vol. 3, 4.6) ---- */

/* What 4.6 says, written from its text: user-mode accesses need U/S = 1 at every level;
 * user writes need R/W = 1 at every level; supervisor writes need it only with WP = 1;
 * fetches need XD = 0 at every level (NXE = 1); supervisor reads are always allowed. */
static bool sdm_allows(int acc, bool user, bool us, bool rw, bool xd, bool wp)
{
    if (user && !us)
        return false;
    if (acc == ACC_W)
        return rw || (!user && !wp);
    if (acc == ACC_X)
        return !xd;
    return true;
}

START_TEST(test_rights_32bit)
{
    for (unsigned combo = 0; combo < 64; combo++) {
        bool us1 = combo & 1, rw1 = combo & 2, us2 = combo & 4, rw2 = combo & 8;
        bool wp = combo & 16, user = combo & 32;
        paging32(1 | (rw1 ? 2 : 0) | (us1 ? 4 : 0), 1 | (rw2 ? 2 : 0) | (us2 ? 4 : 0));
        x86_write_cr0(env, env->cr[0] | (wp ? CR0_WP : 0), 0);
        for (int acc = ACC_R; acc <= ACC_X; acc++) {
            x86_tlb_flush(env);
            env->cr[2] = 0;
            bool ok = sdm_allows(acc, user, us1 && us2, rw1 && rw2, false, wp);
            int r = access(acc, LIN + 0x10, user);
            ck_assert_msg(r == (ok ? -1 : EXCP_PF), "combo %u acc %d: vec %d", combo, acc, r);
            if (!ok) {
                /* No I/D with 32-bit paging (4.7). */
                int err = P | (acc == ACC_W ? W : 0) | (user ? U : 0);
                ck_assert_msg(env->error_code == err, "combo %u acc %d: err %x want %x", combo,
                              acc, env->error_code, err);
                ck_assert_uint_eq(env->cr[2], LIN + 0x10);
            }
        }
        x86_write_cr0(env, CR0_PE | CR0_ET, 0);
    }
}
END_TEST

START_TEST(test_rights_pae_nx)
{
    ck_assert_int_eq(wrmsr(MSR_IA32_EFER, EFER_NXE), -1);
    for (unsigned combo = 0; combo < 256; combo++) {
        bool us1 = combo & 1, rw1 = combo & 2, us2 = combo & 4, rw2 = combo & 8;
        bool xd1 = combo & 16, xd2 = combo & 32, wp = combo & 64, user = combo & 128;
        paging_pae(1 | (rw1 ? 2 : 0) | (us1 ? 4 : 0) | (xd1 ? 1ull << 63 : 0),
                   1 | (rw2 ? 2 : 0) | (us2 ? 4 : 0) | (xd2 ? 1ull << 63 : 0));
        x86_write_cr0(env, env->cr[0] | (wp ? CR0_WP : 0), 0);
        for (int acc = ACC_R; acc <= ACC_X; acc++) {
            x86_tlb_flush(env);
            bool ok = sdm_allows(acc, user, us1 && us2, rw1 && rw2, xd1 || xd2, wp);
            int r = access(acc, LIN + 0x20, user);
            ck_assert_msg(r == (ok ? -1 : EXCP_PF), "combo %u acc %d: vec %d", combo, acc, r);
            if (!ok) {
                int err = P | (acc == ACC_W ? W : 0) | (user ? U : 0) | (acc == ACC_X ? ID : 0);
                ck_assert_msg(env->error_code == err, "combo %u acc %d: err %x want %x", combo,
                              acc, env->error_code, err);
            }
        }
        x86_write_cr0(env, CR0_PE | CR0_ET, 0);
    }
}
END_TEST

START_TEST(test_rights_4level)
{
    ck_assert_int_eq(TRY(x86_cpuid_set_long_mode(env, true)), -1);
    ck_assert_int_eq(wrmsr(MSR_IA32_EFER, EFER_NXE), -1);
    paging_4level(7, 7, 7, 7);
    static const uint64_t where[4] = { PML4, PDPT, PDIR + 16, PTAB };
    static const uint64_t next[4] = { PDPT, PDIR, PTAB, DATA };
    /* Every U/S and R/W combination over the four levels, XD at none or one level, both
     * WP values, user and supervisor, the three kinds of access. */
    for (unsigned bits = 0; bits < 256; bits++) {
        for (int xd_lvl = -1; xd_lvl < 4; xd_lvl++) {
            bool us = true, rw = true;
            for (int l = 0; l < 4; l++) {
                bool l_us = (bits >> (2 * l)) & 1, l_rw = (bits >> (2 * l + 1)) & 1;
                us = us && l_us;
                rw = rw && l_rw;
                wr64(where[l], next[l] | 1 | (l_rw ? 2 : 0) | (l_us ? 4 : 0) |
                                   (xd_lvl == l ? 1ull << 63 : 0));
            }
            for (int wp = 0; wp < 2; wp++) {
                x86_write_cr0(env, CR0_PE | CR0_ET | CR0_PG | (wp ? CR0_WP : 0), 0);
                for (int user = 0; user < 2; user++) {
                    for (int acc = ACC_R; acc <= ACC_X; acc++) {
                        x86_tlb_flush(env);
                        bool ok = sdm_allows(acc, user, us, rw, xd_lvl >= 0, wp);
                        int r = access(acc, LIN, user);
                        ck_assert_msg(r == (ok ? -1 : EXCP_PF),
                                      "bits %02x xd %d wp %d user %d acc %d: vec %d", bits,
                                      xd_lvl, wp, user, acc, r);
                        if (!ok)
                            ck_assert_int_eq(env->error_code, P | (acc == ACC_W ? W : 0) |
                                                                  (user ? U : 0) |
                                                                  (acc == ACC_X ? ID : 0));
                    }
                }
            }
        }
    }
}
END_TEST

/* ---- not-present entries and reserved bits ---- */

START_TEST(test_not_present_and_reserved_32bit)
{
    paging32(7, 7);
    /* PDE not present, PTE not present: P = 0. */
    ck_assert_int_eq(st(0x00c00000, true, 1), EXCP_PF);
    ck_assert_int_eq(env->error_code, W | U);
    wr32(PT32 + 4, 0);
    ck_assert_int_eq(access(ACC_X, LIN + 0x1000, false), EXCP_PF);
    ck_assert_int_eq(env->error_code, 0); /* fetch: no I/D in 32-bit paging */
    ck_assert_uint_eq(env->cr[2], LIN + 0x1000);
    /* 4 MiB pages: bit 21 and address bits at/above MAXPHYADDR (PDE bits 20:17) are
     * reserved; bits 16:13 are physical-address bits 35:32 (PSE-36). */
    wr32(PD32 + 8, 0x87 | (1u << 21));
    x86_tlb_flush(env);
    ck_assert_int_eq(ld(0x800000, true, &(uint64_t){ 0 }), EXCP_PF);
    ck_assert_int_eq(env->error_code, P | U | RSVD);
    wr32(PD32 + 8, 0x87 | (1u << 17));
    x86_tlb_flush(env);
    ck_assert_int_eq(ld(0x800000, false, &(uint64_t){ 0 }), EXCP_PF);
    ck_assert_int_eq(env->error_code, P | RSVD);
    wr32(PD32 + 8, 0x87 | (1u << 16)); /* a page at 32 GiB: no memory there, reads ones */
    x86_tlb_flush(env);
    uint64_t v = 0;
    ck_assert_int_eq(ld(0x800000, false, &v), -1);
    ck_assert_uint_eq(v, 0xffffffffu);
    /* Without CR4.PSE there are no reserved bits and PS is ignored (4.3). */
    wr32(PD32 + 8, PT32 | 0x87);
    x86_write_cr4(env, 0, 0);
    wr32(DATA, 0x11223344);
    ck_assert_int_eq(ld(0x800000, false, &v), -1);
    ck_assert_uint_eq(v, 0x11223344);
}
END_TEST

START_TEST(test_reserved_pae)
{
    uint64_t v;
    /* In the PDE (lvl 0) and the PTE (lvl 1). */
    struct { uint64_t bits; int nxe; bool fault; } cases[] = {
        { 1ull << 36, 0, true },  /* 62:MAXPHYADDR */
        { 1ull << 62, 0, true },
        { 1ull << 63, 0, true },  /* XD without NXE */
        { 1ull << 63, 1, false }, /* XD with NXE: fine for a read */
        { 1ull << 9, 0, false },  /* ignored */
        { 1ull << 35, 0, false }, /* highest address bit (PTE only: no table up there) */
    };
    for (unsigned lvl = 0; lvl < 2; lvl++) {
        for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
            if (lvl == 0 && cases[i].bits == 1ull << 35)
                continue;
            x86_write_cr0(env, CR0_PE | CR0_ET, 0);
            ck_assert_int_eq(wrmsr(MSR_IA32_EFER, cases[i].nxe ? EFER_NXE : 0), -1);
            paging_pae(lvl == 0 ? 7 | cases[i].bits : 7, lvl == 1 ? 7 | cases[i].bits : 7);
            int r = ld(LIN, true, &v);
            ck_assert_msg(r == (cases[i].fault ? EXCP_PF : -1), "lvl %u case %u", lvl, i);
            if (cases[i].fault)
                ck_assert_int_eq(env->error_code, P | U | RSVD);
        }
    }
    /* 2 MiB page: bits 20:13 reserved; bit 12 is PAT. */
    x86_write_cr0(env, CR0_PE | CR0_ET, 0);
    ck_assert_int_eq(wrmsr(MSR_IA32_EFER, 0), -1);
    paging_pae(7, 7);
    wr64(PDIR + 3 * 8, 0x400000 | 0x87 | (1ull << 12));
    wr32(0x400000 + 0x1234, 0xfeedbeef);
    ck_assert_int_eq(ld(0x600000 + 0x1234, false, &v), -1);
    ck_assert_uint_eq(v, 0xfeedbeef);
    wr64(PDIR + 3 * 8, 0x400000 | 0x87 | (1ull << 13));
    x86_tlb_flush(env);
    ck_assert_int_eq(st(0x600000, false, 0), EXCP_PF);
    ck_assert_int_eq(env->error_code, P | W | RSVD);
    /* A reserved bit wins over a missing permission below it: the walk stops there. */
    wr64(PTAB, DATA | 5 | (1ull << 40));
    x86_tlb_flush(env);
    ck_assert_int_eq(st(LIN, true, 0), EXCP_PF);
    ck_assert_int_eq(env->error_code, P | W | U | RSVD);
}
END_TEST

START_TEST(test_pdptes)
{
    uint64_t v;
    /* Reserved bits of a present PDPTE: 2:1, 8:5, 63:MAXPHYADDR (4.4.1, table 4-8). */
    static const uint64_t bad[] = { 2, 4, 0x20, 0x100, 1ull << 36, 1ull << 63 };
    for (unsigned i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        x86_write_cr0(env, CR0_PE | CR0_ET, 0);
        x86_write_cr4(env, 0, 0);
        paging_pae(7, 7);
        uint64_t cr3 = env->cr[3];
        wr64(PDPT + 0x20 + 8, PDIR | 1 | bad[i]);
        /* MOV to CR3: #GP(0), CR3 unchanged. */
        ck_assert_int_eq(cr(3, PDPT + 0x20), EXCP_GP);
        ck_assert_int_eq(env->error_code, 0);
        ck_assert_uint_eq(env->cr[3], cr3);
        /* A not-present PDPTE may hold anything. */
        wr64(PDPT + 0x20 + 8, bad[i]);
        ck_assert_int_eq(cr(3, PDPT + 0x20), -1);
        /* Setting CR0.PG with PAE loads them too; so does changing CR4.PGE/PSE. */
        wr64(PDPT + 0x20 + 8, PDIR | 1 | bad[i]);
        x86_write_cr0(env, CR0_PE | CR0_ET, 0);
        ck_assert_int_eq(cr(0, CR0_PE | CR0_ET | CR0_PG), EXCP_GP);
        ck_assert(!(env->cr[0] & CR0_PG));
        wr64(PDPT + 0x20 + 8, 0);
        ck_assert_int_eq(cr(0, CR0_PE | CR0_ET | CR0_PG), -1);
        wr64(PDPT + 0x20 + 8, PDIR | 1 | bad[i]);
        ck_assert_int_eq(cr(4, CR4_PAE | CR4_PGE), EXCP_GP);
        ck_assert_uint_eq(env->cr[4], CR4_PAE);
        wr64(PDPT + 0x20 + 8, 0);
    }
    /* The PDPTEs are registers: changing the PDPT in memory has no effect until the next
     * load, even after INVLPG (4.4.1, 4.10.4). */
    x86_write_cr0(env, CR0_PE | CR0_ET, 0);
    paging_pae(7, 7);
    wr32(DATA, 0xabcd);
    ck_assert_int_eq(ld(LIN, false, &v), -1);
    wr64(PDPT, 0);
    x86_tlb_flush_page(env, LIN);
    ck_assert_int_eq(ld(LIN, false, &v), -1);
    ck_assert_uint_eq(v, 0xabcd);
    ck_assert_int_eq(cr(3, PDPT), -1);
    ck_assert_int_eq(ld(LIN, false, &v), EXCP_PF);
    ck_assert_int_eq(env->error_code, 0); /* not-present PDPTE */
    /* No accessed flag in PDPTEs with PAE paging (bit 5 is reserved there). */
    wr64(PDPT, PDIR | 1);
    ck_assert_int_eq(cr(3, PDPT), -1);
    ck_assert_int_eq(ld(LIN, false, &v), -1);
    ck_assert_uint_eq(rd64(PDPT), PDIR | 1);
}
END_TEST

START_TEST(test_reserved_4level)
{
    uint64_t v;
    /* PS in a PML4E is reserved. */
    paging_4level(7 | 0x80, 7, 7, 7);
    ck_assert_int_eq(ld(LIN, false, &v), EXCP_PF);
    ck_assert_int_eq(env->error_code, P | RSVD);
    /* 51:MAXPHYADDR reserved at every level; 62:52 ignored. */
    for (int lvl = 0; lvl < 4; lvl++) {
        uint64_t e[4] = { 7, 7, 7, 7 };
        e[lvl] |= 1ull << 51;
        x86_write_cr0(env, CR0_PE | CR0_ET, 0);
        ck_assert_int_eq(wrmsr(MSR_IA32_EFER, 0), -1);
        paging_4level(e[0], e[1], e[2], e[3]);
        ck_assert_int_eq(st(LIN, true, 0), EXCP_PF);
        ck_assert_int_eq(env->error_code, P | W | U | RSVD);
        e[lvl] ^= (1ull << 51) | (1ull << 52) | (1ull << 62);
        wr64(PML4, PDPT | e[0]);
        wr64(PDPT, PDIR | e[1]);
        wr64(PDIR + 16, PTAB | e[2]);
        wr64(PTAB, DATA | e[3]);
        x86_tlb_flush(env);
        ck_assert_int_eq(st(LIN, true, 0), -1);
        /* XD without NXE is reserved. */
        wr64(lvl == 0 ? PML4 : lvl == 1 ? PDPT : lvl == 2 ? PDIR + 16 : PTAB,
             (lvl == 0 ? PDPT : lvl == 1 ? PDIR : lvl == 2 ? PTAB : DATA) | 7 | (1ull << 63));
        x86_tlb_flush(env);
        ck_assert_int_eq(ld(LIN, false, &v), EXCP_PF);
        ck_assert_int_eq(env->error_code, P | RSVD);
    }
    /* 1 GiB pages: bits 29:13 reserved; PS is reserved when CPUID lacks Page1GB. */
    x86_write_cr0(env, CR0_PE | CR0_ET, 0);
    paging_4level(7, 7, 7, 7);
    wr64(PDPT + 8, 0x87); /* linear 1 GiB -> physical 0 */
    wr32(0x3000, 0x1234abcd);
    ck_assert_int_eq(ld(0x40003000, false, &v), -1);
    ck_assert_uint_eq(v, 0x1234abcd);
    wr64(PDPT + 8, 0x87 | (1ull << 13));
    x86_tlb_flush(env);
    ck_assert_int_eq(ld(0x40003000, false, &v), EXCP_PF);
    ck_assert_int_eq(env->error_code, P | RSVD);
    wr64(PDPT + 8, 0x87);
    env->cpuid_ext2_features &= ~CPUID_EXT2_PDPE1GB;
    x86_tlb_flush(env);
    ck_assert_int_eq(ld(0x40003000, false, &v), EXCP_PF);
    ck_assert_int_eq(env->error_code, P | RSVD);
    /* Non-canonical linear addresses never translate: #GP(0). Canonical high ones walk
     * with bits 47:39 (PML4 index 256 here: not present). */
    ck_assert_int_eq(ld(0x0000800000000000ull, false, &v), EXCP_GP);
    ck_assert_int_eq(ld(0xffff800000000000ull, false, &v), EXCP_PF);
    ck_assert_uint_eq(env->cr[2], 0xffff800000000000ull);
    wr64(PML4 + 256 * 8, PDPT | 7);
    ck_assert_int_eq(ld(0xffff800000400000ull, false, &v), -1);
}
END_TEST

/* ---- accessed and dirty flags (4.8) ---- */

START_TEST(test_accessed_dirty)
{
    uint64_t v;
    paging32(7, 7);
    wr32(PD32 + 4, PT32 | 7);
    wr32(PT32, DATA | 7);
    x86_tlb_flush(env);
    ck_assert_int_eq(ld(LIN, false, &v), -1);
    ck_assert_uint_eq(rd32(PD32 + 4) & 0x60, 0x20); /* A on the PDE, never D */
    ck_assert_uint_eq(rd32(PT32) & 0x60, 0x20);
    /* A write after a read-filled TLB entry still sets D (the entry was not writable). */
    ck_assert_int_eq(st(LIN + 4, false, 1), -1);
    ck_assert_uint_eq(rd32(PT32) & 0x60, 0x60);
    ck_assert_uint_eq(rd32(PD32 + 4) & 0x40, 0);
    /* The software clears D and invalidates: the next write sets it again. */
    wr32(PT32, DATA | 0x27);
    x86_tlb_flush_page(env, LIN);
    ck_assert_int_eq(ld(LIN, false, &v), -1);
    ck_assert_uint_eq(rd32(PT32) & 0x40, 0);
    ck_assert_int_eq(st(LIN, false, 2), -1);
    ck_assert_uint_eq(rd32(PT32) & 0x40, 0x40);
    /* A faulting write sets no D (and no A on the PTE); the PDE was used: A. */
    wr32(PD32 + 4, PT32 | 7);
    wr32(PT32, DATA | 5);
    x86_tlb_flush(env);
    ck_assert_int_eq(st(LIN, true, 3), EXCP_PF);
    ck_assert_uint_eq(rd32(PT32) & 0x60, 0);
    ck_assert_uint_eq(rd32(PD32 + 4) & 0x20, 0x20);
    /* A fetch sets A, not D. */
    wr32(PT32, DATA | 7);
    x86_tlb_flush(env);
    ck_assert_int_eq(fetch(LIN, false), -1);
    ck_assert_uint_eq(rd32(PT32) & 0x60, 0x20);
    /* 4 MiB page: A and D in the PDE. */
    wr32(PD32 + 8, 0x400000 | 0x87);
    ck_assert_int_eq(ld(0x800000, false, &v), -1);
    ck_assert_uint_eq(rd32(PD32 + 8) & 0x60, 0x20);
    ck_assert_int_eq(st(0x800000, false, 0), -1);
    ck_assert_uint_eq(rd32(PD32 + 8) & 0x60, 0x60);
}
END_TEST

START_TEST(test_accessed_dirty_4level)
{
    uint64_t v;
    paging_4level(7, 7, 7, 7);
    ck_assert_int_eq(ld(LIN, true, &v), -1);
    ck_assert_uint_eq(rd64(PML4) & 0x60, 0x20);
    ck_assert_uint_eq(rd64(PDPT) & 0x60, 0x20);
    ck_assert_uint_eq(rd64(PDIR + 16) & 0x60, 0x20);
    ck_assert_uint_eq(rd64(PTAB) & 0x60, 0x20);
    ck_assert_int_eq(st(LIN, true, 9), -1);
    ck_assert_uint_eq(rd64(PTAB) & 0x60, 0x60);
    ck_assert_uint_eq(rd64(PDIR + 16) & 0x40, 0);
    ck_assert_uint_eq(rd64(PML4) & 0x40, 0);
    /* The high dword of an entry is left alone (XD, ignored bits). */
    wr64(PTAB, DATA | 7 | (0x5ull << 52));
    x86_tlb_flush(env);
    ck_assert_int_eq(st(LIN, true, 9), -1);
    ck_assert_uint_eq(rd64(PTAB), DATA | 0x67 | (0x5ull << 52));
    /* 2 MiB and 1 GiB pages: A/D in the leaf. */
    wr64(PDIR + 3 * 8, 0x400000 | 0x87);
    ck_assert_int_eq(st(0x600000, false, 1), -1);
    ck_assert_uint_eq(rd64(PDIR + 3 * 8) & 0x60, 0x60);
    wr64(PDPT + 8, 0x87);
    ck_assert_int_eq(ld(0x40000000, false, &v), -1);
    ck_assert_uint_eq(rd64(PDPT + 8) & 0x60, 0x20);
}
END_TEST

/* ---- the soft-TLB keeps each access kind's rights ---- */

START_TEST(test_tlb_rights)
{
    uint64_t v, phys;
    ck_assert_int_eq(wrmsr(MSR_IA32_EFER, EFER_NXE), -1);
    paging_pae(7, 5 | (1ull << 63)); /* user read-only, no execute */
    x86_write_cr0(env, env->cr[0] | CR0_WP, 0);
    ck_assert_int_eq(ld(LIN, true, &v), -1);
    /* The read filled the entry: a write and a fetch must still fault. */
    ck_assert_int_eq(st(LIN, true, 1), EXCP_PF);
    ck_assert_int_eq(env->error_code, P | W | U);
    ck_assert_int_eq(fetch(LIN, true), EXCP_PF);
    ck_assert_int_eq(env->error_code, P | U | ID);
    ck_assert(!x86_code_phys(env, LIN, &phys, false));
    /* A supervisor entry does not serve user accesses. */
    wr64(PTAB, DATA | 3);
    x86_tlb_flush(env);
    ck_assert_int_eq(ld(LIN, false, &v), -1);
    ck_assert_int_eq(ld(LIN, true, &v), EXCP_PF);
    ck_assert_int_eq(env->error_code, P | U);
    /* Changing WP flushes: a write allowed with WP=0 faults once WP=1. */
    x86_write_cr0(env, env->cr[0] & ~(uint64_t)CR0_WP, 0);
    wr64(PTAB, DATA | 5);
    x86_tlb_flush(env);
    ck_assert_int_eq(st(LIN, false, 1), -1);
    x86_write_cr0(env, env->cr[0] | CR0_WP, 0);
    ck_assert_int_eq(st(LIN, false, 1), EXCP_PF);
    ck_assert_int_eq(env->error_code, P | W);
    /* Changing NXE flushes too: the fetch allowed before faults as reserved after. */
    wr64(PTAB, DATA | 7 | (1ull << 63));
    x86_tlb_flush(env);
    ck_assert_int_eq(ld(LIN, false, &v), -1);
    ck_assert_int_eq(wrmsr(MSR_IA32_EFER, 0), -1);
    ck_assert_int_eq(ld(LIN, false, &v), EXCP_PF);
    ck_assert_int_eq(env->error_code, P | RSVD);
    /* Instruction fetch of a not-present page reports I/D with NX on (4.7). */
    ck_assert_int_eq(wrmsr(MSR_IA32_EFER, EFER_NXE), -1);
    ck_assert_int_eq(fetch(LIN + 0x1000, false), EXCP_PF);
    ck_assert_int_eq(env->error_code, ID);
    ck_assert_uint_eq(env->cr[2], LIN + 0x1000);
    /* The implicit supervisor accesses of CPL 3 code (descriptor tables) use the
     * supervisor index: U/S = 0 in the error code. */
    env->hflags |= 3;
    ck_assert_int_eq(TRY(x86_ld(env, LIN + 0x1000, MO_32, MMU_KERNEL_IDX, 0)), EXCP_PF);
    ck_assert_int_eq(env->error_code, 0);
    env->hflags &= ~3u;
}
END_TEST

/* ---- global pages and invalidation (4.10.4) ---- */

START_TEST(test_global_pages)
{
    uint64_t v;
    wr32(DATA, 111);
    wr32(DATA + 0x1000, 222);
    wr32(DATA + 0x2000, 333);
    paging32(7, 7 | 0x100);                /* LIN: global */
    wr32(PT32 + 4, (DATA + 0x1000) | 7);   /* LIN+1000: not global */
    x86_write_cr4(env, CR4_PSE | CR4_PGE, 0);
    ck_assert_int_eq(ld(LIN, false, &v), -1);
    ck_assert_int_eq(ld(LIN + 0x1000, false, &v), -1);
    /* Remap both to DATA+2000; MOV CR3 drops only the non-global one. */
    wr32(PT32, (DATA + 0x2000) | 7 | 0x100);
    wr32(PT32 + 4, (DATA + 0x2000) | 7);
    ck_assert_int_eq(cr(3, PD32), -1);
    ck_assert_int_eq(ld(LIN, false, &v), -1);
    ck_assert_uint_eq(v, 111);
    ck_assert_int_eq(ld(LIN + 0x1000, false, &v), -1);
    ck_assert_uint_eq(v, 333);
    /* INVLPG drops a global entry. */
    x86_tlb_flush_page(env, LIN + 0x123);
    ck_assert_int_eq(ld(LIN, false, &v), -1);
    ck_assert_uint_eq(v, 333);
    /* Toggling CR4.PGE drops global entries. */
    wr32(PT32, DATA | 7 | 0x100);
    ck_assert_int_eq(cr(3, PD32), -1);
    ck_assert_int_eq(ld(LIN, false, &v), -1);
    ck_assert_uint_eq(v, 333);
    ck_assert_int_eq(cr(4, CR4_PSE), -1);
    ck_assert_int_eq(ld(LIN, false, &v), -1);
    ck_assert_uint_eq(v, 111);
    /* With PGE = 0 the G bit means nothing: MOV CR3 drops the entry. */
    wr32(PT32, (DATA + 0x2000) | 7 | 0x100);
    ck_assert_int_eq(cr(3, PD32), -1);
    ck_assert_int_eq(ld(LIN, false, &v), -1);
    ck_assert_uint_eq(v, 333);
    /* Clearing CR0.PG drops global entries as well. */
    ck_assert_int_eq(cr(4, CR4_PSE | CR4_PGE), -1);
    ck_assert_int_eq(ld(LIN, false, &v), -1);
    wr32(PT32, DATA | 7 | 0x100);
    ck_assert_int_eq(cr(0, CR0_PE | CR0_ET), -1);
    ck_assert_int_eq(cr(0, CR0_PE | CR0_ET | CR0_PG), -1);
    ck_assert_int_eq(ld(LIN, false, &v), -1);
    ck_assert_uint_eq(v, 111);
    /* A 4 MiB global page survives CR3 too, and INVLPG of any address inside it drops
     * the pieces cached for the other addresses. */
    wr32(PD32 + 8, 0x400000 | 0x187);
    wr32(0x400000, 0x44);
    wr32(0x400000 + 0x3ff000, 0x55);
    ck_assert_int_eq(ld(0x800000, false, &v), -1);
    ck_assert_int_eq(ld(0xbff000, false, &v), -1);
    wr32(PD32 + 8, 0x000000 | 0x187);
    ck_assert_int_eq(cr(3, PD32), -1);
    ck_assert_int_eq(ld(0x800000, false, &v), -1);
    ck_assert_uint_eq(v, 0x44);
    x86_tlb_flush_page(env, 0x9ff000);
    ck_assert_int_eq(ld(0x800000, false, &v), -1);
    ck_assert_uint_eq(v, rd32(0));
    ck_assert_int_eq(ld(0xbff000, false, &v), -1);
    ck_assert_uint_eq(v, rd32(0x3ff000));
}
END_TEST

START_TEST(test_invlpg_large_pae)
{
    uint64_t v;
    paging_pae(7, 7);
    /* 2 MiB page at linear 6 MiB -> physical 4 MiB, cached at two 4 KiB offsets. */
    wr64(PDIR + 3 * 8, 0x400000 | 0x87);
    wr32(0x400000, 1);
    wr32(0x5ff000, 2);
    ck_assert_int_eq(ld(0x600000, false, &v), -1);
    ck_assert_int_eq(ld(0x7ff000, false, &v), -1);
    wr64(PDIR + 3 * 8, 0x800000 | 0x87);
    wr32(0x800000, 3);
    wr32(0x9ff000, 4);
    /* An INVLPG elsewhere keeps them; one inside the page drops both. */
    x86_tlb_flush_page(env, LIN);
    ck_assert_int_eq(ld(0x7ff000, false, &v), -1);
    ck_assert_uint_eq(v, 2);
    x86_tlb_flush_page(env, 0x6abcde);
    ck_assert_int_eq(ld(0x600000, false, &v), -1);
    ck_assert_uint_eq(v, 3);
    ck_assert_int_eq(ld(0x7ff000, false, &v), -1);
    ck_assert_uint_eq(v, 4);
}
END_TEST

/* Six 2 MiB pages far apart (more than the MMU keeps separate ranges for, so some get
 * merged): INVLPG of any address in one drops the 4 KiB pieces cached for it, whatever
 * range it ended up in; an INVLPG of a 4 KiB page elsewhere leaves them (4.10.4.1). An
 * entry invalidated and refilled many times is listed once (flush bookkeeping). */
START_TEST(test_invlpg_large_far)
{
    uint64_t v;
    enum { NP = 6 };
    paging_pae(7, 7);
    wr32(DATA, 0x77);
    for (unsigned k = 0; k < NP; k++) {
        uint64_t lin = k * 0x8000000ull + (k + 3) * 0x200000ull;
        uint64_t old = 0x400000 + k * 0x200000ull, new = 0x1000000 + k * 0x200000ull;
        wr32(old, 0x100 + k);
        wr32(old + 0x1ff000, 0x200 + k);
        wr32(new, 0x300 + k);
        wr32(new + 0x1ff000, 0x400 + k);
        wr64(PDIR + (lin >> 21) * 8, old | 0x87);
        ck_assert_int_eq(ld(lin, false, &v), -1);
        ck_assert_uint_eq(v, 0x100 + k);
        ck_assert_int_eq(ld(lin + 0x1ff000, false, &v), -1);
        ck_assert_uint_eq(v, 0x200 + k);
        wr64(PDIR + (lin >> 21) * 8, new | 0x87);
    }
    ck_assert_int_eq(ld(LIN, false, &v), -1);
    ck_assert_uint_eq(v, 0x77);
    x86_tlb_flush_page(env, LIN);
    for (unsigned k = 0; k < NP; k++) {
        uint64_t lin = k * 0x8000000ull + (k + 3) * 0x200000ull;
        ck_assert_int_eq(ld(lin + 0x1ff000, false, &v), -1);
        ck_assert_uint_eq(v, 0x200 + k); /* still the cached translation */
        x86_tlb_flush_page(env, lin + 0xabcde);
        ck_assert_int_eq(ld(lin, false, &v), -1);
        ck_assert_uint_eq(v, 0x300 + k);
        ck_assert_int_eq(ld(lin + 0x1ff000, false, &v), -1);
        ck_assert_uint_eq(v, 0x400 + k);
    }
    for (unsigned i = 0; i < 3 * TCG_TLB_SIZE; i++) {
        x86_tlb_flush_page(env, LIN);
        ck_assert_int_eq(ld(LIN, false, &v), -1);
    }
    ck_assert_uint_le(env->tlb_nb_used[MMU_KERNEL_IDX], TCG_TLB_SIZE);
}
END_TEST

/* ---- paging-mode transitions and EFER (SDM vol. 3, 4.1.2, 10.8.5) ---- */

START_TEST(test_efer_and_modes)
{
    uint64_t v;
    x86_cpuid_set_long_mode(env, false); /* the default model has LM since 64-bit execution */
    /* Without LM in CPUID: EFER has NXE only; SCE and LME are reserved; LMA ignored. */
    ck_assert_int_eq(rdmsr(MSR_IA32_EFER, &v), -1);
    ck_assert_uint_eq(v, 0);
    ck_assert_int_eq(wrmsr(MSR_IA32_EFER, EFER_SCE), EXCP_GP);
    ck_assert_int_eq(wrmsr(MSR_IA32_EFER, EFER_LME), EXCP_GP);
    ck_assert_int_eq(wrmsr(MSR_IA32_EFER, 1ull << 12), EXCP_GP);
    ck_assert_int_eq(wrmsr(MSR_IA32_EFER, EFER_LMA | EFER_NXE), -1);
    ck_assert_int_eq(rdmsr(MSR_IA32_EFER, &v), -1);
    ck_assert_uint_eq(v, EFER_NXE);
    /* Long mode in the model: LME and SCE writable. */
    x86_cpuid_set_long_mode(env, true);
    ck_assert_int_eq(wrmsr(MSR_IA32_EFER, EFER_SCE | EFER_LME | EFER_NXE), -1);
    /* PG with LME needs PAE. */
    ck_assert_int_eq(cr(0, CR0_PE | CR0_ET | CR0_PG), EXCP_GP);
    ck_assert(!(env->cr[0] & CR0_PG));
    /* ... and a CS without L. */
    env->segs[R_CS].flags |= DESC_L_MASK;
    ck_assert_int_eq(cr(4, CR4_PAE), -1);
    wr64(PML4, 0);
    ck_assert_int_eq(cr(3, PML4), -1);
    ck_assert_int_eq(cr(0, CR0_PE | CR0_ET | CR0_PG), EXCP_GP);
    env->segs[R_CS].flags &= ~(uint32_t)DESC_L_MASK;
    ck_assert_int_eq(cr(0, CR0_PE | CR0_ET | CR0_PG), -1);
    ck_assert(env->efer & EFER_LMA);
    ck_assert(env->hflags & HF_LMA_MASK);
    ck_assert_int_eq(rdmsr(MSR_IA32_EFER, &v), -1);
    ck_assert_uint_eq(v, EFER_SCE | EFER_LME | EFER_LMA | EFER_NXE);
    /* LME cannot change with paging on; PAE cannot be cleared in IA-32e mode. */
    ck_assert_int_eq(wrmsr(MSR_IA32_EFER, EFER_NXE), EXCP_GP);
    ck_assert_int_eq(cr(4, 0), EXCP_GP);
    ck_assert_uint_eq(env->cr[4], CR4_PAE);
    /* CR3 bits 63:MAXPHYADDR are reserved in IA-32e mode (64-bit operand). */
    env->hflags |= HF_CODE64_MASK;
    ck_assert_int_eq(cr(3, PML4 | (1ull << 36)), EXCP_GP);
    ck_assert_uint_eq(env->cr[3], PML4);
    /* 64-bit mode cannot clear PG. */
    ck_assert_int_eq(cr(0, CR0_PE | CR0_ET), EXCP_GP);
    env->hflags &= ~HF_CODE64_MASK;
    /* Compatibility mode can: LMA goes back to 0, then LME may change. */
    ck_assert_int_eq(cr(0, CR0_PE | CR0_ET), -1);
    ck_assert(!(env->efer & EFER_LMA));
    ck_assert(!(env->hflags & HF_LMA_MASK));
    ck_assert_int_eq(wrmsr(MSR_IA32_EFER, 0), -1);
    /* 32-bit paging -> PAE paging with PG on is allowed and loads the PDPTEs. */
    x86_write_cr4(env, 0, 0);
    wr32(PD32, 0x83);
    ck_assert_int_eq(cr(3, PD32), -1);
    ck_assert_int_eq(cr(0, CR0_PE | CR0_ET | CR0_PG), -1);
    wr64(PDPT, PDIR | 1);
    wr64(PDIR, 0x83);
    ck_assert_int_eq(cr(3, PDPT), -1);
    ck_assert_int_eq(cr(4, CR4_PAE), -1);
    ck_assert_uint_eq(env->pdpte[0], PDIR | 1);
    wr32(0x1000, 0x77);
    ck_assert_int_eq(ld(0x1000, false, &v), -1);
    ck_assert_uint_eq(v, 0x77);
}
END_TEST

/* ---- MSRs (SDM vol. 4, table 2-2) ---- */

START_TEST(test_msrs)
{
    uint64_t v;
    x86_cpuid_set_long_mode(env, false); /* the model without LM (the default has it) */
    /* PAT: reset value, memory types 2 and 3 and bits 7:3 of a field are #GP. */
    ck_assert_int_eq(rdmsr(MSR_IA32_PAT, &v), -1);
    ck_assert_uint_eq(v, 0x0007040600070406ull);
    ck_assert_int_eq(wrmsr(MSR_IA32_PAT, 0x0007040600070402ull), EXCP_GP);
    ck_assert_int_eq(wrmsr(MSR_IA32_PAT, 0x0007040600070403ull), EXCP_GP);
    ck_assert_int_eq(wrmsr(MSR_IA32_PAT, 0x0807040600070406ull), EXCP_GP);
    ck_assert_int_eq(wrmsr(MSR_IA32_PAT, 0x0001050600070407ull), -1);
    ck_assert_int_eq(rdmsr(MSR_IA32_PAT, &v), -1);
    ck_assert_uint_eq(v, 0x0001050600070407ull);
    /* MTRRs: capability read-only, default type and ranges with reserved bits. */
    ck_assert_int_eq(rdmsr(MSR_IA32_MTRRCAP, &v), -1);
    ck_assert_uint_eq(v & 0xff, X86_MTRR_VCNT);
    ck_assert(v & 0x100);
    ck_assert_int_eq(wrmsr(MSR_IA32_MTRRCAP, v), EXCP_GP);
    ck_assert_int_eq(wrmsr(MSR_IA32_MTRR_DEF_TYPE, 0xc06), -1);
    ck_assert_int_eq(wrmsr(MSR_IA32_MTRR_DEF_TYPE, 0xc07), EXCP_GP); /* UC- not an MTRR type */
    ck_assert_int_eq(wrmsr(MSR_IA32_MTRR_DEF_TYPE, 0x1006), EXCP_GP);
    ck_assert_int_eq(wrmsr(MSR_IA32_MTRR_PHYSBASE0 + 2, 0x80000006ull), -1);
    ck_assert_int_eq(wrmsr(MSR_IA32_MTRR_PHYSBASE0 + 2, 0x80000106ull), EXCP_GP);
    ck_assert_int_eq(wrmsr(MSR_IA32_MTRR_PHYSBASE0 + 2, 1ull << 36), EXCP_GP);
    ck_assert_int_eq(wrmsr(MSR_IA32_MTRR_PHYSBASE0 + 3, 0xf80000800ull), -1);
    ck_assert_int_eq(wrmsr(MSR_IA32_MTRR_PHYSBASE0 + 3, 0xf80000801ull), EXCP_GP);
    ck_assert_int_eq(rdmsr(MSR_IA32_MTRR_PHYSBASE0 + 3, &v), -1);
    ck_assert_uint_eq(v, 0xf80000800ull);
    ck_assert_int_eq(wrmsr(MSR_IA32_MTRR_PHYSBASE0 + 16, 0), EXCP_GP); /* beyond VCNT */
    ck_assert_int_eq(wrmsr(MSR_IA32_MTRR_FIX4K_C0000 + 7, 0x0505050505050505ull), -1);
    ck_assert_int_eq(wrmsr(MSR_IA32_MTRR_FIX16K_A0000, 0x0000000000000200ull), EXCP_GP);
    ck_assert_int_eq(rdmsr(MSR_IA32_MTRR_FIX4K_C0000 + 7, &v), -1);
    ck_assert_uint_eq(v, 0x0505050505050505ull);
    /* APIC base: BSP kept, EN and base writable, x2APIC and reserved bits #GP. */
    ck_assert_int_eq(rdmsr(MSR_IA32_APIC_BASE, &v), -1);
    ck_assert_uint_eq(v, 0xfee00900u);
    ck_assert_int_eq(wrmsr(MSR_IA32_APIC_BASE, 0xfec00000u), -1);
    ck_assert_int_eq(rdmsr(MSR_IA32_APIC_BASE, &v), -1);
    ck_assert_uint_eq(v, 0xfec00100u);
    ck_assert_int_eq(wrmsr(MSR_IA32_APIC_BASE, 0xfee00c00u), EXCP_GP);
    ck_assert_int_eq(wrmsr(MSR_IA32_APIC_BASE, 0x1000fee00800ull), EXCP_GP);
    /* MISC_ENABLE: read-only bits must not change; XD disable hides NX. */
    ck_assert_int_eq(rdmsr(MSR_IA32_MISC_ENABLE, &v), -1);
    ck_assert(v & MISC_ENABLE_FAST_STRING);
    ck_assert_int_eq(wrmsr(MSR_IA32_MISC_ENABLE, v & ~MISC_ENABLE_BTS_UNAVAIL), EXCP_GP);
    ck_assert_int_eq(wrmsr(MSR_IA32_MISC_ENABLE, v | MISC_ENABLE_XD_DISABLE), -1);
    env->regs[R_EAX] = 0x80000001u;
    helper_cpuid(env);
    ck_assert_uint_eq(env->regs[R_EDX] & CPUID_EXT2_NX, 0);
    ck_assert_int_eq(wrmsr(MSR_IA32_EFER, EFER_NXE), EXCP_GP);
    ck_assert_int_eq(wrmsr(MSR_IA32_MISC_ENABLE, v), -1);
    ck_assert_int_eq(wrmsr(MSR_IA32_EFER, EFER_NXE), -1);
    /* Microcode signature, TSC. */
    ck_assert_int_eq(wrmsr(MSR_IA32_BIOS_SIGN_ID, 0), -1);
    ck_assert_int_eq(rdmsr(MSR_IA32_BIOS_SIGN_ID, &v), -1);
    ck_assert_uint_ne(v >> 32, 0);
    x86_icount_set(env, 500);
    ck_assert_int_eq(wrmsr(MSR_IA32_TSC, 0x100000000ull), -1);
    x86_icount_set(env, 510);
    ck_assert_int_eq(rdmsr(MSR_IA32_TSC, &v), -1);
    ck_assert_uint_eq(v, 0x10000000aull);
    /* Unknown MSRs and MSRs this model lacks: #GP(0). */
    ck_assert_int_eq(rdmsr(0x3a, &v), EXCP_GP);
    ck_assert_int_eq(env->error_code, 0);
    ck_assert_int_eq(wrmsr(0x12345678, 0), EXCP_GP);
    ck_assert_int_eq(rdmsr(MSR_IA32_LSTAR, &v), EXCP_GP);
    x86_cpuid_set_rdtscp(env, false); /* TSC_AUX exists with RDTSCP only */
    ck_assert_int_eq(rdmsr(MSR_IA32_TSC_AUX, &v), EXCP_GP);
    x86_cpuid_set_rdtscp(env, true);
    ck_assert_str_eq(x86_msr_name(0x3a), "IA32_FEATURE_CONTROL");
    ck_assert_str_eq(x86_msr_name(0x20f), "IA32_MTRR_PHYSMASK7");
    ck_assert_ptr_null(x86_msr_name(0x12345678));
    /* SYSENTER MSRs are 32 bits without Intel 64. */
    ck_assert_int_eq(wrmsr(MSR_IA32_SYSENTER_EIP, 0x123456789ull), -1);
    ck_assert_uint_eq(env->sysenter_eip, 0x23456789u);
    /* CPL 3: #GP whatever the MSR. */
    env->hflags |= 3;
    ck_assert_int_eq(rdmsr(MSR_IA32_PAT, &v), EXCP_GP);
    env->hflags &= ~3u;
}
END_TEST

START_TEST(test_msrs_long_mode)
{
    uint64_t v;
    x86_cpuid_set_long_mode(env, true);
    x86_cpuid_set_rdtscp(env, true);
    ck_assert_int_eq(wrmsr(MSR_IA32_STAR, 0x0023001000000000ull), -1);
    ck_assert_uint_eq(env->star, 0x0023001000000000ull);
    ck_assert_int_eq(wrmsr(MSR_IA32_LSTAR, 0xffffffff81000000ull), -1);
    ck_assert_int_eq(wrmsr(MSR_IA32_LSTAR, 0x0000800000000000ull), EXCP_GP);
    ck_assert_uint_eq(env->lstar, 0xffffffff81000000ull);
    ck_assert_int_eq(wrmsr(MSR_IA32_CSTAR, 0x1000), -1);
    ck_assert_int_eq(wrmsr(MSR_IA32_FMASK, 0x47700), -1);
    ck_assert_int_eq(wrmsr(MSR_IA32_FMASK, 1ull << 32), EXCP_GP);
    /* FS/GS bases are the segment caches' bases. */
    ck_assert_int_eq(wrmsr(MSR_IA32_FS_BASE, 0x00007f0000001000ull), -1);
    ck_assert_uint_eq(env->segs[R_FS].base, 0x00007f0000001000ull);
    env->segs[R_GS].base = 0x5000;
    ck_assert_int_eq(rdmsr(MSR_IA32_GS_BASE, &v), -1);
    ck_assert_uint_eq(v, 0x5000);
    ck_assert_int_eq(wrmsr(MSR_IA32_GS_BASE, 0xfff0000000000000ull), EXCP_GP);
    ck_assert_int_eq(wrmsr(MSR_IA32_KERNEL_GS_BASE, 0xffff888000000000ull), -1);
    ck_assert_uint_eq(env->kernel_gs_base, 0xffff888000000000ull);
    ck_assert_int_eq(wrmsr(MSR_IA32_SYSENTER_ESP, 0xffff800000000000ull), -1);
    ck_assert_int_eq(wrmsr(MSR_IA32_SYSENTER_ESP, 0x0000800000000000ull), EXCP_GP);
    /* TSC_AUX and RDTSCP. */
    ck_assert_int_eq(wrmsr(MSR_IA32_TSC_AUX, 0x12345678), -1);
    ck_assert_int_eq(wrmsr(MSR_IA32_TSC_AUX, 1ull << 32), EXCP_GP);
    x86_icount_set(env, 77);
    env->tsc_offset = 0;
    ck_assert_int_eq(TRY(helper_rdtscp(env)), -1);
    ck_assert_uint_eq(env->regs[R_ECX], 0x12345678);
    ck_assert_uint_eq(env->regs[R_EAX], 77);
    x86_cpuid_set_rdtscp(env, false);
    ck_assert_int_eq(TRY(helper_rdtscp(env)), EXCP_UD);
}
END_TEST

START_TEST(test_cpuid_model)
{
    env->regs[R_EAX] = 0x80000001u;
    helper_cpuid(env);
    ck_assert(env->regs[R_EDX] & CPUID_EXT2_LM); /* long mode is in the default model */
    x86_cpuid_set_long_mode(env, false);        /* the rest checks the model without it */
    env->regs[R_EAX] = 1;
    helper_cpuid(env);
    uint32_t edx = (uint32_t)env->regs[R_EDX];
    ck_assert_uint_eq(edx & (CPUID_PSE | CPUID_PAE | CPUID_PGE | CPUID_PAT | CPUID_MTRR |
                             CPUID_PSE36 | CPUID_MSR | CPUID_TSC),
                      CPUID_PSE | CPUID_PAE | CPUID_PGE | CPUID_PAT | CPUID_MTRR |
                          CPUID_PSE36 | CPUID_MSR | CPUID_TSC);
    env->regs[R_EAX] = 0x80000000u;
    helper_cpuid(env);
    ck_assert_uint_ge(env->regs[R_EAX], 0x80000008u);
    env->regs[R_EAX] = 0x80000001u;
    helper_cpuid(env);
    ck_assert_uint_eq(env->regs[R_EDX], CPUID_EXT2_NX | CPUID_EXT2_RDTSCP); /* no LM, SYSCALL */
    env->regs[R_EAX] = 0x80000008u;
    helper_cpuid(env);
    ck_assert_uint_eq(env->regs[R_EAX], 0x2000u | X86_PHYS_BITS);
    x86_cpuid_set_long_mode(env, true);
    env->regs[R_EAX] = 0x80000008u;
    helper_cpuid(env);
    ck_assert_uint_eq(env->regs[R_EAX], 0x3000u | X86_PHYS_BITS);
    env->regs[R_EAX] = 0x80000001u;
    helper_cpuid(env);
    ck_assert(env->regs[R_EDX] & CPUID_EXT2_LM);
}
END_TEST

/* ---- debugger services ---- */

START_TEST(test_debugger_hooks)
{
    uint64_t v, phys;
    paging32(7, 1); /* supervisor read-only page, nothing accessed yet */
    wr32(PD32 + 4, PT32 | 1);
    /* The debugger's translation sets no flags, ignores rights, fills no TLB entry. */
    ck_assert(x86_mmu_debug_translate(env, LIN + 0x123, &phys));
    ck_assert_uint_eq(phys, DATA + 0x123);
    ck_assert_uint_eq(rd32(PD32 + 4) & 0x20, 0);
    ck_assert_uint_eq(rd32(PT32) & 0x20, 0);
    ck_assert(!x86_mmu_debug_translate(env, LIN + 0x1000, &phys)); /* not present */
    ck_assert(x86_mmu_debug_translate(env, 0x1234, &phys));         /* 4 MiB page */
    ck_assert_uint_eq(phys, 0x1234);
    ck_assert_uint_eq(rd32(PD32) & 0x20, 0);
    wr32(PD32 + 8, 0x87 | (1u << 21));
    ck_assert(!x86_mmu_debug_translate(env, 0x800000, &phys));      /* reserved bit */
    /* A watched page's data entries carry TLB_WATCH (every access goes slow); its code
     * entry does not. */
    ck_assert(x86_watchpoint_insert(env, LIN + 0x10, 4, X86_WATCH_WRITE));
    ck_assert_int_eq(ld(LIN, false, &v), -1);
    ck_assert_int_eq(fetch(LIN, false), -1);
    const TCGTLBEntry *e = &env->tlb[MMU_KERNEL_IDX].e[tcg_tlb_index(LIN)];
    ck_assert(e->addr_read & TLB_WATCH);
    ck_assert(!(e->addr_code & TLB_WATCH));
    ck_assert_uint_eq(e->addr_code, LIN);
    x86_debug_remove_all(env);
    ck_assert_int_eq(ld(LIN, false, &v), -1);
    ck_assert_uint_eq(env->tlb[MMU_KERNEL_IDX].e[tcg_tlb_index(LIN)].addr_read, LIN);
}
END_TEST

static Suite *mmu_suite(void)
{
    Suite *s = suite_create("mmu");
    TCase *tc = tcase_create("paging");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_rights_32bit);
    tcase_add_test(tc, test_rights_pae_nx);
    tcase_add_test(tc, test_rights_4level);
    tcase_add_test(tc, test_not_present_and_reserved_32bit);
    tcase_add_test(tc, test_reserved_pae);
    tcase_add_test(tc, test_pdptes);
    tcase_add_test(tc, test_reserved_4level);
    tcase_add_test(tc, test_accessed_dirty);
    tcase_add_test(tc, test_accessed_dirty_4level);
    tcase_add_test(tc, test_tlb_rights);
    tcase_add_test(tc, test_global_pages);
    tcase_add_test(tc, test_invlpg_large_pae);
    tcase_add_test(tc, test_invlpg_large_far);
    tcase_add_test(tc, test_efer_and_modes);
    tcase_add_test(tc, test_msrs);
    tcase_add_test(tc, test_msrs_long_mode);
    tcase_add_test(tc, test_cpuid_model);
    tcase_add_test(tc, test_debugger_hooks);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(mmu_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

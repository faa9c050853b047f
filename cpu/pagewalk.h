/* Internal interface of cpu/pagewalk.c: translation of a linear address through the
 * guest's paging structures in every paging mode (SDM vol. 3, chapter 4), used by the
 * soft-TLB fill (cpu/mmu.c), the control-register writes (cpu/misc_helper.c) and tests. */
#ifndef CPU_PAGEWALK_H
#define CPU_PAGEWALK_H

#include <stdbool.h>
#include <stdint.h>
#include "cpu/cpu.h"

/* The kind of access a translation is for. */
enum { X86_ACC_READ, X86_ACC_WRITE, X86_ACC_CODE };

/* MAXPHYADDR (SDM vol. 3, 4.1.4), reported in CPUID 80000008H EAX[7:0]. 36 bits, as on the
 * P6-family parts this model imitates (and on QEMU's i386 target): entry bits 35:12 hold
 * the address, the ones above up to 51 (or 62) are reserved. */
#define X86_PHYS_BITS 36
#define X86_PHYS_MASK ((1ull << X86_PHYS_BITS) - 1)

/* Page-fault error code (SDM vol. 3, 4.7, figure 4-12). */
#define X86_PF_P 0x01u    /* 0: not-present entry; 1: protection or reserved-bit violation */
#define X86_PF_W 0x02u    /* the access was a write */
#define X86_PF_U 0x04u    /* the access was a user-mode one (CPL 3, not implicit) */
#define X86_PF_RSVD 0x08u /* a reserved bit was set in some paging-structure entry */
#define X86_PF_ID 0x10u   /* instruction fetch, reported with NX (PAE/4-level, EFER.NXE) */

/* What a translation allows the access mode (user or supervisor) it was walked for. */
#define X86_PROT_READ 1u
#define X86_PROT_WRITE 2u /* writes allowed AND the dirty flag already set */
#define X86_PROT_EXEC 4u

typedef enum {
    X86_PAGING_NONE,   /* CR0.PG = 0 */
    X86_PAGING_32,     /* CR4.PAE = 0 (4.3) */
    X86_PAGING_PAE,    /* CR4.PAE = 1, EFER.LMA = 0 (4.4) */
    X86_PAGING_4LEVEL, /* CR4.PAE = 1, EFER.LMA = 1 (4.5) */
} X86PagingMode;

X86PagingMode x86_paging_mode(const CPUX86State *env);

typedef struct X86Translation {
    uint64_t phys;      /* physical address of the 4 KiB frame holding the linear address */
    unsigned page_bits; /* log2 of the guest page's size: 12, 21 (2 MiB), 22 (4 MiB), 30 */
    unsigned prot;      /* X86_PROT_* */
    bool global;        /* the leaf entry has G = 1 and CR4.PGE = 1 */
} X86Translation;

/* Translates linear for an access of kind acc (X86_ACC_*) made in user mode (CPL 3) or
 * supervisor mode, setting accessed and dirty flags in memory as the processor does
 * (4.8). On failure returns false with the #PF error code in *err; CR2 is the caller's. */
bool x86_page_walk(CPUX86State *env, uint64_t linear, int acc, bool user, X86Translation *t,
                   uint32_t *err);

/* The same walk for a debugger: nothing written (no accessed/dirty flags), no rights
 * checked; false when no translation exists (not present, reserved bits). */
bool x86_page_probe(CPUX86State *env, uint64_t linear, X86Translation *t);

/* PAE paging: loads the four PDPTEs at cr3[31:5] into env->pdpte. If a present one sets a
 * reserved bit nothing is loaded and it returns false: the caller raises #GP(0) and
 * leaves the control registers unchanged (4.4.1). */
bool x86_load_pdptes(CPUX86State *env, uint64_t cr3);

/* 48-bit linear addresses: bits 63:47 all equal (SDM vol. 1, 3.3.7.1). */
static inline bool x86_is_canonical(uint64_t addr)
{
    return (uint64_t)((int64_t)(addr << 16) >> 16) == addr;
}

#endif

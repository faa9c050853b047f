/* The x86 guest CPU: architectural state, lazy-flag encoding, mode bits (hflags) that
 * key translation, and the entry points the machine uses. Register state is 64-bit wide
 * from the start so long mode (issue 4) extends rather than rewrites it. */
#ifndef CPU_CPU_H
#define CPU_CPU_H

#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>
#include "../tcg/tlb.h"

enum { R_EAX, R_ECX, R_EDX, R_EBX, R_ESP, R_EBP, R_ESI, R_EDI };
enum { R_ES, R_CS, R_SS, R_DS, R_FS, R_GS };

/* EFLAGS bits (SDM vol. 1, 3.4.3) */
#define CC_C 0x0001
#define CC_P 0x0004
#define CC_A 0x0010
#define CC_Z 0x0040
#define CC_S 0x0080
#define CC_O 0x0800
#define CC_ALL (CC_C | CC_P | CC_A | CC_Z | CC_S | CC_O)
#define TF_MASK 0x00000100
#define IF_MASK 0x00000200
#define DF_MASK 0x00000400
#define IOPL_MASK 0x00003000
#define IOPL_SHIFT 12
#define NT_MASK 0x00004000
#define RF_MASK 0x00010000
#define VM_MASK 0x00020000
#define AC_MASK 0x00040000
#define VIF_MASK 0x00080000
#define VIP_MASK 0x00100000
#define ID_MASK 0x00200000

/* Segment descriptor attribute bits as in the descriptor's high dword (SDM vol. 3, 3.4.5),
 * kept in SegmentCache.flags at the same positions. */
#define DESC_TYPE_SHIFT 8
#define DESC_TYPE_MASK (15 << 8)
#define DESC_A_MASK (1 << 8)
#define DESC_W_MASK (1 << 9)   /* data: writable */
#define DESC_R_MASK (1 << 9)   /* code: readable */
#define DESC_E_MASK (1 << 10)  /* data: expand-down */
#define DESC_C_MASK (1 << 10)  /* code: conforming */
#define DESC_CS_MASK (1 << 11) /* code segment */
#define DESC_S_MASK (1 << 12)  /* 1 = code/data, 0 = system */
#define DESC_DPL_SHIFT 13
#define DESC_DPL_MASK (3 << 13)
#define DESC_P_MASK (1 << 15)
#define DESC_AVL_MASK (1 << 20)
#define DESC_L_MASK (1 << 21)
#define DESC_B_MASK (1 << 22)  /* D/B: 32-bit segment */
#define DESC_G_MASK (1 << 23)

/* CR0 / CR4 / EFER bits */
#define CR0_PE (1u << 0)
#define CR0_MP (1u << 1)
#define CR0_EM (1u << 2)
#define CR0_TS (1u << 3)
#define CR0_ET (1u << 4)
#define CR0_NE (1u << 5)
#define CR0_WP (1u << 16)
#define CR0_AM (1u << 18)
#define CR0_NW (1u << 29)
#define CR0_CD (1u << 30)
#define CR0_PG (1u << 31)
#define CR4_VME (1u << 0)
#define CR4_PVI (1u << 1)
#define CR4_TSD (1u << 2)
#define CR4_DE (1u << 3)
#define CR4_PSE (1u << 4)
#define CR4_PAE (1u << 5)
#define CR4_PGE (1u << 7)
#define CR4_OSFXSR (1u << 9)
#define CR4_OSXMMEXCPT (1u << 10)
#define CR4_OSXSAVE (1u << 18)
/* IA32_EFER (MSR C0000080H, SDM vol. 3, 2.2.1): LMA is set by the processor. */
#define EFER_SCE (1u << 0)
#define EFER_LME (1u << 8)
#define EFER_LMA (1u << 10)
#define EFER_NXE (1u << 11)

/* Exception vectors (SDM vol. 3, 6.3.1) */
enum {
    EXCP_DE = 0, EXCP_DB = 1, EXCP_NMI = 2, EXCP_BP = 3, EXCP_OF = 4, EXCP_BR = 5,
    EXCP_UD = 6, EXCP_NM = 7, EXCP_DF = 8, EXCP_TS = 10, EXCP_NP = 11, EXCP_SS = 12,
    EXCP_GP = 13, EXCP_PF = 14, EXCP_MF = 16, EXCP_AC = 17, EXCP_MC = 18, EXCP_XM = 19,
};
/* Non-architectural exits of the execution loop (exception_index >= 0x100). */
#define EXCP_INTERRUPT 0x100 /* leave the loop to look at interrupt_request */
#define EXCP_HLT 0x101       /* HLT executed */
#define EXCP_HALTED 0x102    /* HLT with IF=0 and nothing can wake it: end of run */
#define EXCP_DEBUG 0x103     /* breakpoint / single step for gdb */
#define EXCP_TRIPLE_FAULT 0x104 /* a fault while delivering #DF (SDM vol. 3, 6.15, #DF):
                                 * the processor shuts down; the machine decides what next */
#define EXCP_ICOUNT 0x105   /* x86_icount() reached the deadline set with
                             * x86_cpu_set_icount_deadline (cpu/exec.h) */

/* Lazy flags (DESIGN.md): the last flag-setting operation is recorded as cc_op with
 * cc_dst (result), cc_src (an operand) and cc_src2 (carry-in for ADC/SBB); EFLAGS'
 * arithmetic bits are computed only when read. Sizes: B W L Q. */
#define CC_OP_SIZES(X, name) X(name##B) X(name##W) X(name##L) X(name##Q)
#define CC_OP_LIST(X) \
    X(CC_OP_DYNAMIC) /* translator only: the value is in env->cc_op */ \
    X(CC_OP_EFLAGS)  /* all flags computed: cc_src holds them (CC_* bits) */ \
    CC_OP_SIZES(X, CC_OP_MUL)  /* cc_dst = low result, cc_src = high part != 0 / overflow */ \
    CC_OP_SIZES(X, CC_OP_ADD)  /* cc_dst = result, cc_src = src2 */ \
    CC_OP_SIZES(X, CC_OP_ADC)  /* cc_dst = result, cc_src = src2, cc_src2 = carry in */ \
    CC_OP_SIZES(X, CC_OP_SUB)  /* cc_dst = result, cc_src = src2 (dst + src = src1) */ \
    CC_OP_SIZES(X, CC_OP_SBB)  /* cc_dst = result, cc_src = src2, cc_src2 = borrow in */ \
    CC_OP_SIZES(X, CC_OP_LOGIC)/* cc_dst = result */ \
    CC_OP_SIZES(X, CC_OP_INC)  /* cc_dst = result, cc_src = CF before */ \
    CC_OP_SIZES(X, CC_OP_DEC)  /* cc_dst = result, cc_src = CF before */ \
    CC_OP_SIZES(X, CC_OP_SHL)  /* cc_dst = result, cc_src = value shifted by count-1 */ \
    CC_OP_SIZES(X, CC_OP_SAR)  /* cc_dst = result, cc_src = value shifted by count-1 */ \
    CC_OP_SIZES(X, CC_OP_BMI)  /* reserved for BMI: cc_dst = result, cc_src = CF */ \
    X(CC_OP_CLR)     /* ZF=1 PF=1, others 0 (xor r,r) */
enum CCOp {
#define CC_ENUM(n) n,
    CC_OP_LIST(CC_ENUM)
#undef CC_ENUM
    CC_OP_NB
};

/* x87 register: the 80-bit value as cpu/fpu/softfloat.h's sf_f80 (sig, se), padded. */
typedef struct X86FPReg {
    uint64_t sig;
    uint16_t se;
    uint16_t pad[3];
} X86FPReg;

/* MXCSR (SDM vol. 1, 10.2.3): flags 0-5, DAZ 6, masks 7-12, RC 13-14, FTZ 15. With DAZ
 * supported all 16 low bits are writable; a set bit above them is #GP(0) for LDMXCSR,
 * FXRSTOR and XRSTOR, and FXSAVE stores this as its MXCSR_MASK field (11.6.6). */
#define X86_MXCSR_RESET 0x1F80u
#define X86_MXCSR_MASK 0x0000FFFFu

typedef union X86XMMReg {
    uint8_t b[16];
    uint16_t w[8];
    uint32_t l[4];
    uint64_t q[2];
} X86XMMReg;

typedef struct SegmentCache {
    uint32_t selector;
    uint32_t limit;  /* byte-granular, already scaled by G */
    uint64_t base;
    uint32_t flags;  /* descriptor attribute bits, DESC_* positions */
} SegmentCache;

/* hflags: mode bits derived from the state; part of the TB key (tb->flags). */
#define HF_CPL_MASK   0x0003
#define HF_CS32_MASK  (1u << 2)  /* CS.D: default 32-bit operand/address size */
#define HF_SS32_MASK  (1u << 3)  /* SS.B: 32-bit stack pointer */
#define HF_PE_MASK    (1u << 4)  /* CR0.PE */
#define HF_VM_MASK    (1u << 5)  /* EFLAGS.VM */
#define HF_ADDSEG_MASK (1u << 6) /* DS/ES/SS base may be non-zero: add segment bases */
#define HF_CODE64_MASK (1u << 7) /* 64-bit code segment */
#define HF_LMA_MASK   (1u << 8)  /* EFER.LMA */
#define HF_TF_MASK    (1u << 9)  /* EFLAGS.TF: end TB after each insn, raise #DB */
#define HF_INHIBIT_IRQ_MASK (1u << 10) /* after MOV SS / POP SS / STI: one insn without IRQs */
#define HF_IOPL_SHIFT 12
#define HF_IOPL_MASK  (3u << 12) /* EFLAGS.IOPL copy */
#define HF_EM_MASK    (1u << 14) /* CR0.EM */
#define HF_TS_MASK    (1u << 15) /* CR0.TS */
#define HF_MP_MASK    (1u << 16) /* CR0.MP */
#define HF_PG_MASK    (1u << 17) /* CR0.PG */
#define HF_OSFXSR_MASK (1u << 18) /* CR4.OSFXSR: SSE instructions allowed (SDM vol. 3, 2.5) */
/* CS.limit is below the largest offset of the code size (FFFFH 16-bit, FFFFFFFFH 32-bit):
 * every instruction's fetch is checked against it at run time (cpu/translate_segchk.c). */
#define HF_CSLIM_MASK (1u << 19)
/* EFLAGS.RF: the first instruction ignores instruction breakpoints, then clears RF (SDM
 * vol. 3, 17.3.1.1). */
#define HF_RF_MASK    (1u << 20)
/* Bit HF_SEGCHK_SHIFT + seg (R_ES..R_GS): data accesses through that segment need limit
 * and access-rights checks (SDM vol. 3, 5.3 and 5.4): set unless the segment is a present,
 * 4 GiB, expand-up, writable data (CS: readable code) segment, so also for the 64 KiB
 * segments of real and v86 mode; never in 64-bit code. Computed by x86_segchk_update. */
#define HF_SEGCHK_SHIFT 24
#define HF_SEGCHK_MASK (0x3fu << HF_SEGCHK_SHIFT)

/* MMU indexes (TLB tables): kernel, user, and physical/no-paging accesses. */
#define MMU_KERNEL_IDX 0
#define MMU_USER_IDX 1
#define MMU_PHYS_IDX 2
#define NB_MMU_MODES 3

#define X86_FRAME_SLOTS 512 /* TEMP_TB slots for one TB (8 bytes each) */

struct AddressSpace;

/* One jump cache entry (cpu/exec.c; the JIT's lookup_and_goto probe reads it through
 * TCGJumpCacheProbe): the key of a live TB the loop runs and the code to enter, so that a
 * hit reads one host cache line (a set of two entries) and never the TB. */
typedef struct X86JumpCacheEntry {
    uint64_t pc;           /* linear pc (exec_pc) */
    uint64_t cs_base;
    uint32_t flags;        /* hflags */
    uint32_t global;       /* all its code on global pages: kept across CR3 writes */
    union {
        const void *code;  /* tb->code */
        uint64_t code_space; /* 32 bytes on any host */
    };
} X86JumpCacheEntry;

typedef struct CPUX86State {
    /* --- translated code accesses these as IR globals --- */
    uint64_t regs[16];
    uint64_t eip;          /* offset in CS; written back only at TB exits and on faults */
    uint64_t cc_dst, cc_src, cc_src2;
    uint32_t cc_op;        /* enum CCOp */
    int32_t df;            /* +1 or -1: EFLAGS.DF as a string step */
    uint64_t eflags;       /* all bits except CF PF AF ZF SF OF (lazy) and DF (in df) */
    SegmentCache segs[6];
    uint32_t hflags;
    /* cpu/translate_segchk.c: for each segment, the valid offsets [lo, hi] of a read [0]
     * and of a write [1] (lo > hi: every access faults); derived from segs by
     * x86_update_hflags, read by translated code when the segment's HF_SEGCHK bit is set. */
    uint64_t segchk_lo[6][2], segchk_hi[6][2];

    /* --- system state --- */
    SegmentCache ldt, tr, gdt, idt; /* gdt/idt: base and limit only */
    uint64_t cr[5];        /* cr0, (cr1 unused), cr2, cr3, cr4 */
    uint64_t efer;
    uint64_t dr[8];
    uint64_t a20_mask;     /* ~(1 << 20) when the A20 gate is closed, else all ones */
    uint64_t tsc_offset;
    /* Retired guest instructions (the deterministic clock) are icount_limit less the low
     * 32 bits of icount_left: read them with x86_icount(). Every TB takes its instruction
     * count off icount_left at entry (tcg's budget op), or exits there when that would go
     * below zero, so the count stops at icount_limit exactly; inside a TB the count
     * already holds the whole TB (cpu/exec.c fixes it on an unwind). The high 32 bits are
     * all ones while an exit is requested (x86_cpu_kick): any TB entry then exits. Both
     * are cpu/exec.c's (the limit follows x86_cpu_set_icount_deadline, exec.h). */
    uint64_t icount_limit;
    union {
        int64_t v;
        uint32_t half[2];
    } icount_left;

    /* --- exceptions and interrupts --- */
    int exception_index;   /* pending exception/exit, -1 if none */
    int error_code;
    int exception_is_int;  /* software INT n / INT3 / INTO: uses next_eip and IDT DPL check */
    uint64_t exception_next_eip;
    int old_exception;     /* for #DF escalation (SDM vol. 3, 6.15, table 6-5); -1 none */
    volatile int interrupt_request; /* bits: CPU_INTERRUPT_* */
    bool halted;
    jmp_buf jmp_env;       /* the execution loop's unwind point */

    /* --- translation support --- */
    TCGTLBTable tlb[NB_MMU_MODES];
    uint64_t tlb_phys[NB_MMU_MODES][TCG_TLB_SIZE]; /* physical page of each entry */
    uint64_t tcg_frame[X86_FRAME_SLOTS];
    /* The jump cache by virtual pc: 1024 sets of 4 entries from the first 128-byte
     * boundary in tb_jmp_cache (env is only 16-byte aligned), and each entry's TB
     * (cpu/exec.c; the sizes are tcg/backend.h's, checked there). */
    X86JumpCacheEntry tb_jmp_cache[4096 + 4];
    struct TranslationBlock *tb_jmp_cache_tb[4096];
    /* The jump cache's generations (cpu/exec.c, TCGJumpCacheProbe): new values whenever
     * entries may go stale; jc_gen_all also when only the non-global ones do. */
    uint64_t jc_gen_global, jc_gen_all;
    /* Sets that got an entry not on global pages since the cache was last emptied (a set
     * may repeat); more than fit: jc_nb_nonglobal > the array's size (cpu/exec.c). */
    uint16_t jc_nonglobal[512];
    uint32_t jc_nb_nonglobal;
    /* cpu/mmu.c private: how many naturally aligned linear ranges together cover every
     * large (2/4 MiB, 1 GiB) page cached in 4 KiB pieces (INVLPG must drop all pieces),
     * and those ranges; per-entry attributes (global page, size of the guest page). */
    uint8_t tlb_nb_large;
    uint8_t tlb_attr[NB_MMU_MODES][TCG_TLB_SIZE];
    uint16_t tlb_used[NB_MMU_MODES][TCG_TLB_SIZE]; /* indices filled since the last flush */
    uint32_t tlb_nb_used[NB_MMU_MODES];
    uint64_t tlb_large_base[4], tlb_large_mask[4];
    uint64_t pdpte[4];     /* PAE paging's PDPTE registers (SDM vol. 3, 4.4.1) */

    /* --- x87, MMX and SSE (SDM vol. 1, 8.1 and 10.2); owned by cpu/fpu_helper.c and
     * cpu/sse_helper*.c. Values are exact on every host (cpu/fpu/softfloat.h). --- */
    X86FPReg fpregs[8];    /* physical registers R0-R7; ST(i) = fpregs[(fpu_top + i) & 7];
                              MMX register i is fpregs[i].sig (SDM vol. 1, 9.5) */
    uint32_t fpu_top;      /* status word TOP, 0-7 */
    uint16_t fpu_cw;       /* control word */
    uint16_t fpu_sw;       /* status word with its TOP field (bits 11-13) kept zero */
    uint8_t fpu_empty;     /* bit i set: fpregs[i] is empty (tag 11b); other tags derive
                              from the contents when the full tag word is stored */
    uint16_t fpu_fop;      /* last non-control instruction's opcode (11 bits) */
    uint16_t fpu_cs, fpu_ds;
    uint64_t fpu_ip, fpu_dp; /* last instruction and data pointers */
    X86XMMReg xmm[16];
    uint32_t mxcsr;        /* X86_MXCSR_RESET at power-on; X86_MXCSR_MASK bits writable */
    uint64_t xcr0;         /* XSAVE feature mask (XCR0) */
    X86XMMReg xmm_t0;      /* not architectural: the translator loads an SSE/MMX memory
                              source operand here for the helpers (cpu/translate_sse.c) */

    /* --- CPUID model and MSRs --- */
    uint32_t cpuid_level, cpuid_vendor[3], cpuid_version, cpuid_features, cpuid_ext_features;
    uint64_t sysenter_cs, sysenter_esp, sysenter_eip;
    uint32_t cpuid_ext2_features, cpuid_ext3_features; /* CPUID 80000001H EDX, ECX */
    uint32_t cpuid_phys_bits, cpuid_linear_bits;       /* CPUID 80000008H EAX */
    uint64_t star, lstar, cstar, fmask, kernel_gs_base; /* SYSCALL / SWAPGS (long mode) */
    uint64_t cr8;          /* CR8 (TPR bits 7:4) of a CPU without a local APIC (apic_ops NULL) */
    uint64_t tsc_aux, apic_base, pat, misc_enable;
    uint64_t mtrr_deftype, mtrr_fixed[11], mtrr_var[16]; /* var: PhysBase0, PhysMask0, ... */

    struct AddressSpace *as;  /* guest physical memory and I/O ports (machine/memory.h) */
    /* The local APIC behind the MSRs, CR8 and the TSC (cpu/apic_iface.h), set by the
     * board; NULL: this CPU has none. */
    const struct X86ApicOps *apic_ops;
    void *apic_opaque;
} CPUX86State;

#define CPU_INTERRUPT_HARD 0x01 /* an external interrupt line is asserted (PIC/APIC) */
#define CPU_INTERRUPT_NMI 0x02
#define CPU_INTERRUPT_EXIT 0x04 /* leave the loop (device deadline, debugger, shutdown) */
#define CPU_INTERRUPT_SMI 0x08
#define CPU_INTERRUPT_RESET 0x10

/* ---- entry points (cpu/exec.c, cpu/seg_helper.c, cpu/cpu.c) ---- */
void x86_cpu_init(CPUX86State *env, struct AddressSpace *as);
void x86_cpu_reset(CPUX86State *env);     /* power-on state: F000:FFF0, real mode */
/* Runs until an exit: returns the EXCP_* reason that ended the loop (EXCP_HALTED, a
 * machine shutdown request, EXCP_DEBUG...). */
int x86_cpu_exec(CPUX86State *env);
/* The machine's answer to "which interrupt vector now?" (PIC/APIC), set by the board;
 * returns -1 if none is pending after all. */
extern int (*x86_get_irq_vector)(void *opaque);
extern void *x86_irq_opaque;

/* EFLAGS as the guest sees it (lazy bits computed). */
uint32_t x86_get_eflags(CPUX86State *env);
void x86_set_eflags(CPUX86State *env, uint32_t val, uint32_t update_mask);
void x86_update_hflags(CPUX86State *env); /* recompute hflags from CR0, segs, EFLAGS, EFER */
void x86_load_seg_cache(CPUX86State *env, int seg, uint32_t sel, uint64_t base,
                        uint32_t limit, uint32_t flags);
/* Recomputes env->segchk_lo/hi from the segment caches; returns the HF_SEGCHK bits
 * (cpu/translate_segchk.c, called by x86_update_hflags). */
uint32_t x86_segchk_update(CPUX86State *env);

/* Raise a guest exception from a helper: restores the faulting instruction's state from
 * the TB (ra: host return address in generated code, or 0) and unwinds to the loop.
 * ra == 0 skips the restore: env->eip / cc_op are already those of the faulting insn. */
_Noreturn void x86_raise_exception(CPUX86State *env, int vec, int error_code, uintptr_t ra);
_Noreturn void x86_raise_exception_noerr(CPUX86State *env, int vec, uintptr_t ra);
_Noreturn void x86_loop_exit(CPUX86State *env);          /* longjmp to the loop */
_Noreturn void x86_loop_exit_restore(CPUX86State *env, uintptr_t ra);
/* Delivers env->exception_index through the IVT/IDT (real, protected mode). */
void x86_do_interrupt(CPUX86State *env);
/* Delivers an external interrupt (PIC/APIC vector, or NMI = 2): no error code, EXT=1 in
 * the error codes of faults it causes, no gate DPL check. May longjmp like a raise. */
void x86_do_hw_interrupt(CPUX86State *env, int vector);
void x86_dump_state(CPUX86State *env, void (*print)(void *, const char *), void *opaque);

/* ---- translation (cpu/translate.c) ---- */
struct TranslationBlock;
void x86_tcg_init(CPUX86State *env);  /* IR globals for the fields above; once */
/* Emits the IR of the TB starting at tb->pc (linear) / tb->cs_base / tb->flags (hflags)
 * into tcg_ctx, at most max_insns instructions; sets tb->size and tb->icount.
 * insn_start words: [0] = EIP of the insn (offset in CS), [1] = its cc_op at entry, or
 * CC_OP_DYNAMIC when env->cc_op is already right. */
void x86_translate(CPUX86State *env, struct TranslationBlock *tb, int max_insns);
/* The EIP a TB starts at: its linear pc less CS.base, in the code size of its flags. */
uint64_t x86_tb_eip(uint64_t pc, uint64_t cs_base, uint32_t flags);

/* ---- memory as the CPU sees it (cpu/mmu.c) ---- */
/* Guest physical address of linear code address (walks page tables when paging is on);
 * raises #PF on failure when may_raise, else returns false. */
bool x86_code_phys(CPUX86State *env, uint64_t linear, uint64_t *phys, bool may_raise);
/* Whether the TLB holds linear's code page from a global translation (PTE.G with
 * CR4.PGE), which a CR3 write keeps (SDM vol. 3A, 4.10.2.4). */
bool x86_code_page_global(CPUX86State *env, uint64_t linear);
/* Copies up to len code bytes from linear into buf, stopping at the first byte that
 * cannot be fetched (unmapped, not executable); returns the count. Never raises. */
size_t x86_code_fetch(CPUX86State *env, uint64_t linear, uint8_t *buf, size_t len);
/* Linear -> physical for a debugger, in the current paging mode: reads the paging
 * structures only (no accessed/dirty flags, no TLB fill, no exception), ignores U/S and
 * R/W; false when the address has no translation. */
bool x86_mmu_debug_translate(CPUX86State *env, uint64_t linear, uint64_t *phys);
/* Raises the fault that fetching code at linear would take (#PF / #GP). */
_Noreturn void x86_code_fault(CPUX86State *env, uint64_t linear);
/* Data access from helpers (go through the TLB; raise #PF/#GP precisely given ra). */
/* An access through SS: in 64-bit mode a non-canonical address is #SS(0), not #GP(0)
 * (SDM vol. 1, 3.3.7.1). Checked by the load/store slow path only, which every
 * non-canonical access reaches: no TLB entry is ever filled for one. */
#define MO_SS MO_GUEST_FLAG
uint64_t x86_ld(CPUX86State *env, uint64_t linear, MemOp op, int mmu_idx, uintptr_t ra);
void x86_st(CPUX86State *env, uint64_t linear, uint64_t val, MemOp op, int mmu_idx, uintptr_t ra);
void x86_tlb_flush(CPUX86State *env);                /* all entries */
void x86_tlb_flush_page(CPUX86State *env, uint64_t linear);
void x86_mmu_init(CPUX86State *env);                 /* registers the TLB with tcg */
static inline int x86_mmu_index(const CPUX86State *env)
{
    return (env->hflags & HF_CPL_MASK) == 3 ? MMU_USER_IDX : MMU_KERNEL_IDX;
}

#define GETPC() ((uintptr_t)__builtin_return_address(0))

/* env->icount_left (see there): the half that holds the exit request. */
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define X86_ICOUNT_REQ_HALF 1
#else
#define X86_ICOUNT_REQ_HALF 0
#endif
/* Instructions the loop lets run before its limit, and the retired count. */
static inline uint32_t x86_icount_room(const CPUX86State *env)
{
    return (uint32_t)env->icount_left.v;
}
static inline uint64_t x86_icount(const CPUX86State *env)
{
    return env->icount_limit - x86_icount_room(env);
}
static inline bool x86_exit_requested(const CPUX86State *env)
{
    return env->icount_left.half[X86_ICOUNT_REQ_HALF] != 0;
}
/* One more retired instruction (a REP iteration) when there is room; n back off the
 * count (instructions of an entered TB that did not retire). */
static inline void x86_icount_retire(CPUX86State *env, uint32_t n)
{
    env->icount_left.v -= n;
}
static inline void x86_icount_unretire(CPUX86State *env, uint32_t n)
{
    env->icount_left.v += n;
}
/* The count of a CPU outside x86_cpu_exec (which sets the room again on entry). */
static inline void x86_icount_set(CPUX86State *env, uint64_t n)
{
    env->icount_limit = n;
    env->icount_left.v = 0;
}

#endif

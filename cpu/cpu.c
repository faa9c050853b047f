/* The x86 CPU object: creation, power-on reset (SDM vol. 3, 10.1), the EFLAGS view of the
 * lazy flags, the derived mode bits (hflags) that key translation, segment cache loads
 * and the register dump used by -d cpu and by a triple fault. */
#include <stdio.h>
#include <string.h>
#include "cpu/cpu.h"
#include "cpu/fpu_helper.h"
#include "cpu/helper.h"
#include "cpu/misc_helper.h"
#include "cpu/msr_helper.h"

/* Bit 1 of EFLAGS always reads 1 (SDM vol. 1, 3.4.3). */
#define EFLAGS_FIXED1 0x2u

void x86_cpu_init(CPUX86State *env, struct AddressSpace *as)
{
    memset(env, 0, sizeof(*env));
    env->as = as;
    x86_mmu_init(env);
    x86_tcg_init(env);
    x86_cpuid_model_init(env);
    x86_cpu_reset(env);
}

/* Power-up state, SDM vol. 3, 10.1.1, table 10-1 "IA-32 Processor States Following
 * Power-up, Reset, or INIT". */
void x86_cpu_reset(CPUX86State *env)
{
    memset(env->regs, 0, sizeof(env->regs));
    env->regs[R_EDX] = env->cpuid_version; /* processor signature: family/model/stepping */
    env->eip = 0xfff0;
    env->eflags = EFLAGS_FIXED1;
    env->cc_op = CC_OP_EFLAGS;
    env->cc_src = env->cc_dst = env->cc_src2 = 0;
    env->df = 1;

    env->cr[0] = CR0_CD | CR0_NW | CR0_ET; /* 60000010H */
    env->cr[1] = env->cr[2] = env->cr[3] = env->cr[4] = 0;
    env->efer = 0;
    env->cr8 = 0;
    memset(env->dr, 0, sizeof(env->dr));
    env->dr[6] = 0xffff0ff0;
    env->dr[7] = 0x00000400;
    env->a20_mask = ~0ull;
    env->tsc_offset = -x86_tsc_base(env); /* the time-stamp counter restarts at 0 */
    env->sysenter_cs = env->sysenter_esp = env->sysenter_eip = 0;

    env->hflags = 0;
    /* Data segments: selector 0, base 0, limit FFFFH, present read/write accessed. */
    const uint32_t data = DESC_P_MASK | DESC_S_MASK | DESC_W_MASK | DESC_A_MASK;
    for (int i = 0; i < 6; i++)
        env->segs[i] = (SegmentCache){ 0, 0xffff, 0, data };
    /* CS: selector F000H, base FFFF0000H, so the first fetch is at FFFFFFF0H. */
    env->segs[R_CS] = (SegmentCache){ 0xf000, 0xffff, 0xffff0000ull,
                                      DESC_P_MASK | DESC_S_MASK | DESC_CS_MASK | DESC_R_MASK |
                                          DESC_A_MASK };
    env->gdt = (SegmentCache){ 0, 0xffff, 0, 0 };
    env->idt = (SegmentCache){ 0, 0xffff, 0, 0 };
    env->ldt = (SegmentCache){ 0, 0xffff, 0, DESC_P_MASK | (2u << DESC_TYPE_SHIFT) };
    env->tr = (SegmentCache){ 0, 0xffff, 0, DESC_P_MASK | (11u << DESC_TYPE_SHIFT) };

    env->exception_index = -1;
    env->error_code = 0;
    env->exception_is_int = 0;
    env->exception_next_eip = 0;
    env->old_exception = -1;
    env->halted = false;
    env->interrupt_request &= ~CPU_INTERRUPT_RESET;
    x86_msr_reset(env); /* MSR power-on values (SDM vol. 3, table 10-1 and chapter 2) */
    x86_fpu_reset(env); /* x87: CW 0040H, SW 0, tags 5555H; MXCSR 1F80H (table 10-1) */

    x86_update_hflags(env);
    x86_tlb_flush(env);
}

uint32_t x86_get_eflags(CPUX86State *env)
{
    uint32_t f = (uint32_t)env->eflags & ~(CC_ALL | DF_MASK);
    f |= helper_cc_compute_all(env->cc_dst, env->cc_src, env->cc_src2, env->cc_op);
    if (env->df < 0)
        f |= DF_MASK;
    return f | EFLAGS_FIXED1;
}

/* Bits in update_mask come from val; the arithmetic flags collapse to CC_OP_EFLAGS. */
void x86_set_eflags(CPUX86State *env, uint32_t val, uint32_t update_mask)
{
    uint32_t f = (x86_get_eflags(env) & ~update_mask) | (val & update_mask);
    env->cc_src = f & CC_ALL;
    env->cc_dst = 0;
    env->cc_src2 = 0;
    env->cc_op = CC_OP_EFLAGS;
    env->df = (f & DF_MASK) ? -1 : 1;
    env->eflags = (f & ~(uint32_t)(CC_ALL | DF_MASK)) | EFLAGS_FIXED1;
    x86_update_hflags(env);
}

void x86_update_hflags(CPUX86State *env)
{
    uint32_t hf = env->hflags & HF_INHIBIT_IRQ_MASK; /* transient, not derived */
    uint64_t cr0 = env->cr[0];
    bool pe = (cr0 & CR0_PE) != 0;
    bool vm = pe && (env->eflags & VM_MASK);

    /* CPL: 0 in real mode, 3 in virtual-8086 mode, otherwise SS.DPL, which always equals
     * the CPL in protected mode (SDM vol. 3, 5.5: "SS.DPL = CPL"), even when CS is a
     * conforming segment whose DPL differs. */
    if (pe)
        hf |= vm ? 3 : (env->segs[R_SS].flags >> DESC_DPL_SHIFT) & 3;
    if (pe)
        hf |= HF_PE_MASK;
    if (vm)
        hf |= HF_VM_MASK;
    if (env->efer & (1u << 10)) {
        hf |= HF_LMA_MASK;
        /* 64-bit code is "not 16-bit" for everything that asks CS32/SS32. */
        if (env->segs[R_CS].flags & DESC_L_MASK)
            hf |= HF_CODE64_MASK | HF_CS32_MASK | HF_SS32_MASK;
    }
    if (env->segs[R_CS].flags & DESC_B_MASK)
        hf |= HF_CS32_MASK;
    if (env->segs[R_SS].flags & DESC_B_MASK)
        hf |= HF_SS32_MASK;
    /* Segment bases must be added unless the flat case holds: in real and v86 mode the
     * bases are selector*16; in protected mode only DS/ES/SS matter (FS/GS overrides
     * always add their base). */
    if (!pe || vm || env->segs[R_DS].base || env->segs[R_ES].base || env->segs[R_SS].base)
        hf |= HF_ADDSEG_MASK;
    if (env->eflags & TF_MASK)
        hf |= HF_TF_MASK;
    if (env->eflags & RF_MASK)
        hf |= HF_RF_MASK;
    hf |= (uint32_t)(env->eflags & IOPL_MASK) >> IOPL_SHIFT << HF_IOPL_SHIFT;
    if (cr0 & CR0_EM)
        hf |= HF_EM_MASK;
    if (cr0 & CR0_TS)
        hf |= HF_TS_MASK;
    if (cr0 & CR0_MP)
        hf |= HF_MP_MASK;
    if (cr0 & CR0_PG)
        hf |= HF_PG_MASK;
    if (env->cr[4] & CR4_OSFXSR)
        hf |= HF_OSFXSR_MASK;
    hf |= x86_segchk_update(env);
    env->hflags = hf;
}

void x86_load_seg_cache(CPUX86State *env, int seg, uint32_t sel, uint64_t base,
                        uint32_t limit, uint32_t flags)
{
    SegmentCache *sc = &env->segs[seg];
    sc->selector = sel & 0xffff;
    sc->base = base;
    sc->limit = limit;
    sc->flags = flags;
    x86_update_hflags(env);
}

/* ---- register dump ---- */

static const char *const cc_op_names[CC_OP_NB] = {
#define CC_NAME(n) [n] = #n,
    CC_OP_LIST(CC_NAME)
#undef CC_NAME
};

static void dump_seg(char *buf, size_t n, const char *name, const SegmentCache *sc)
{
    snprintf(buf, n, "%-3s=%04x %08llx %08x %08x %s%s", name, sc->selector & 0xffff,
             (unsigned long long)sc->base, sc->limit, sc->flags,
             !(sc->flags & DESC_S_MASK) ? "SYS" : (sc->flags & DESC_CS_MASK) ? "CODE" : "DATA",
             !(sc->flags & DESC_S_MASK) ? ""
             : ((sc->flags & DESC_CS_MASK) && (sc->flags & DESC_L_MASK)) ? "64"
             : (sc->flags & DESC_B_MASK) ? "32" : "16");
}

void x86_dump_state(CPUX86State *env, void (*print)(void *, const char *), void *opaque)
{
    static const char *const seg_names[6] = { "ES", "CS", "SS", "DS", "FS", "GS" };
    char line[160];
    uint32_t ef = x86_get_eflags(env);
    const uint64_t *r = env->regs;

    if (env->hflags & HF_LMA_MASK) {
        /* IA-32e mode: all 64 bits of the 16 registers and RIP */
        static const char *const n64[16] = { "RAX", "RCX", "RDX", "RBX", "RSP", "RBP", "RSI",
                                             "RDI", "R8", "R9", "R10", "R11", "R12", "R13",
                                             "R14", "R15" };
        for (int i = 0; i < 16; i += 4) {
            snprintf(line, sizeof(line), "%-3s=%016llx %-3s=%016llx %-3s=%016llx %-3s=%016llx",
                     n64[i], (unsigned long long)r[i], n64[i + 1], (unsigned long long)r[i + 1],
                     n64[i + 2], (unsigned long long)r[i + 2], n64[i + 3],
                     (unsigned long long)r[i + 3]);
            print(opaque, line);
        }
        snprintf(line, sizeof(line), "RIP=%016llx EFER=%llx", (unsigned long long)env->eip,
                 (unsigned long long)env->efer);
        print(opaque, line);
    }
    snprintf(line, sizeof(line), "EAX=%08x EBX=%08x ECX=%08x EDX=%08x", (uint32_t)r[R_EAX],
             (uint32_t)r[R_EBX], (uint32_t)r[R_ECX], (uint32_t)r[R_EDX]);
    print(opaque, line);
    snprintf(line, sizeof(line), "ESI=%08x EDI=%08x EBP=%08x ESP=%08x", (uint32_t)r[R_ESI],
             (uint32_t)r[R_EDI], (uint32_t)r[R_EBP], (uint32_t)r[R_ESP]);
    print(opaque, line);
    snprintf(line, sizeof(line), "EIP=%08x EFL=%08x [%c%c%c%c%c%c%c] CPL=%u II=%d A20=%d HLT=%d",
             (uint32_t)env->eip, ef, ef & DF_MASK ? 'D' : '-', ef & CC_O ? 'O' : '-',
             ef & CC_S ? 'S' : '-', ef & CC_Z ? 'Z' : '-', ef & CC_A ? 'A' : '-',
             ef & CC_P ? 'P' : '-', ef & CC_C ? 'C' : '-', env->hflags & HF_CPL_MASK,
             (env->hflags & HF_INHIBIT_IRQ_MASK) != 0, (int)((env->a20_mask >> 20) & 1),
             env->halted);
    print(opaque, line);
    for (int i = 0; i < 6; i++) {
        dump_seg(line, sizeof(line), seg_names[i], &env->segs[i]);
        print(opaque, line);
    }
    dump_seg(line, sizeof(line), "LDT", &env->ldt);
    print(opaque, line);
    dump_seg(line, sizeof(line), "TR", &env->tr);
    print(opaque, line);
    snprintf(line, sizeof(line), "GDT=     %08llx %08x", (unsigned long long)env->gdt.base,
             env->gdt.limit);
    print(opaque, line);
    snprintf(line, sizeof(line), "IDT=     %08llx %08x", (unsigned long long)env->idt.base,
             env->idt.limit);
    print(opaque, line);
    snprintf(line, sizeof(line), "CR0=%08x CR2=%08x CR3=%08x CR4=%08x", (uint32_t)env->cr[0],
             (uint32_t)env->cr[2], (uint32_t)env->cr[3], (uint32_t)env->cr[4]);
    print(opaque, line);
    snprintf(line, sizeof(line), "DR0=%08x DR1=%08x DR2=%08x DR3=%08x", (uint32_t)env->dr[0],
             (uint32_t)env->dr[1], (uint32_t)env->dr[2], (uint32_t)env->dr[3]);
    print(opaque, line);
    snprintf(line, sizeof(line), "DR6=%08x DR7=%08x", (uint32_t)env->dr[6],
             (uint32_t)env->dr[7]);
    print(opaque, line);
    snprintf(line, sizeof(line), "CCS=%08x CCD=%08x CCO=%s", (uint32_t)env->cc_src,
             (uint32_t)env->cc_dst,
             env->cc_op < CC_OP_NB ? cc_op_names[env->cc_op] + 6 : "?");
    print(opaque, line);
}

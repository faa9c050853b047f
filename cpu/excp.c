/* Exceptions and interrupts: raising them precisely from helpers (unwinding to the
 * execution loop), the double-fault rules, and delivery through the real-mode IVT or the
 * protected-mode IDT (SDM vol. 3, chapter 6; vol. 2, INT n). */
#include <string.h>
#include "cpu/cpu.h"
#include "cpu/excp.h"
#include "cpu/lm_helper.h"
#include "cpu/seg_helper.h"
#include "cpu/task_helper.h"
#include "tcg/backend.h"
#include "tcg/log.h"
#include "tcg/tb.h"

/* ---- raising ---- */

/* Exception classes of SDM vol. 3, 6.15, table 6-4. */
enum { CLASS_BENIGN, CLASS_CONTRIBUTORY, CLASS_PAGE_FAULT, CLASS_DOUBLE_FAULT };

static int exception_class(int vec)
{
    switch (vec) {
    case EXCP_DE: case EXCP_TS: case EXCP_NP: case EXCP_SS: case EXCP_GP:
        return CLASS_CONTRIBUTORY;
    case EXCP_PF:
        return CLASS_PAGE_FAULT;
    case EXCP_DF:
        return CLASS_DOUBLE_FAULT;
    default:
        return CLASS_BENIGN;
    }
}

void x86_restore_cc_op(CPUX86State *env, uintptr_t ra)
{
    uint64_t data[TCG_INSN_START_WORDS];
    if (ra && tcg_restore_state(ra, data) && data[1] != CC_OP_DYNAMIC)
        env->cc_op = (uint32_t)data[1];
}

void x86_restore_insn_state(CPUX86State *env, uintptr_t ra)
{
    uint64_t data[TCG_INSN_START_WORDS];
    if (tcg_restore_state(ra, data)) {
        env->eip = data[0];
        if (data[1] != CC_OP_DYNAMIC)
            env->cc_op = (uint32_t)data[1];
    }
}

_Noreturn void x86_raise_at(CPUX86State *env, int vec, int err, uintptr_t ra, bool restore)
{
    if (restore)
        x86_restore_insn_state(env, ra);
    /* A fault while delivering an earlier exception (old_exception is set only during
     * delivery): SDM vol. 3, 6.15, table 6-5. */
    if (env->old_exception >= 0) {
        int first = exception_class(env->old_exception);
        int second = exception_class(vec);
        bool serious = second == CLASS_CONTRIBUTORY || second == CLASS_PAGE_FAULT;
        if (first == CLASS_DOUBLE_FAULT && serious) {
            if (tern_log_enabled(LOG_INT))
                tern_log("triple fault: v=%02x while delivering #DF\n", vec);
            env->old_exception = -1;
            env->exception_index = EXCP_TRIPLE_FAULT;
            env->error_code = 0;
            env->exception_is_int = 0;
            longjmp(env->jmp_env, 1);
        }
        if ((first == CLASS_CONTRIBUTORY && second == CLASS_CONTRIBUTORY) ||
            (first == CLASS_PAGE_FAULT && serious)) {
            if (tern_log_enabled(LOG_INT))
                tern_log("double fault: v=%02x while delivering v=%02x\n", vec,
                         env->old_exception);
            vec = EXCP_DF;
            err = 0;
        }
    }
    env->exception_index = vec;
    env->error_code = err;
    env->exception_is_int = 0;
    env->exception_next_eip = env->eip;
    longjmp(env->jmp_env, 1);
}

_Noreturn void x86_raise_exception(CPUX86State *env, int vec, int error_code, uintptr_t ra)
{
    x86_raise_at(env, vec, error_code, ra, ra != 0);
}

_Noreturn void x86_raise_exception_noerr(CPUX86State *env, int vec, uintptr_t ra)
{
    x86_raise_at(env, vec, 0, ra, ra != 0);
}

_Noreturn void x86_raise_software_int(CPUX86State *env, int vec, int addend, uintptr_t ra)
{
    if (ra)
        x86_restore_insn_state(env, ra);
    env->exception_index = vec;
    env->error_code = 0;
    env->exception_is_int = 1;
    env->exception_next_eip = env->eip + (uint32_t)addend;
    longjmp(env->jmp_env, 1);
}

_Noreturn void x86_loop_exit(CPUX86State *env)
{
    longjmp(env->jmp_env, 1);
}

_Noreturn void x86_loop_exit_restore(CPUX86State *env, uintptr_t ra)
{
    x86_restore_insn_state(env, ra);
    longjmp(env->jmp_env, 1);
}

/* ---- delivery ---- */

/* Exceptions that push an error code (SDM vol. 3, 6.13 and table 6-1). */
static bool has_error_code(int vec)
{
    return vec == EXCP_DF || (vec >= EXCP_TS && vec <= EXCP_PF) || vec == EXCP_AC;
}

static void log_interrupt(CPUX86State *env, int vec, bool is_int, bool is_hw, int err)
{
    static unsigned count;
    const SegmentCache *cs = &env->segs[R_CS], *ss = &env->segs[R_SS];
    uint32_t eip = (uint32_t)env->eip;
    char cr2[24] = "";
    if (vec == EXCP_PF && !is_int && !is_hw)
        snprintf(cr2, sizeof(cr2), " CR2=%08x", (uint32_t)env->cr[2]);
    tern_log("%6u: v=%02x e=%04x i=%d hw=%d cpl=%u IP=%04x:%08x pc=%08x SP=%04x:%08x%s"
             " icount=%llu\n",
             count++, vec, err & 0xffff, is_int, is_hw, env->hflags & HF_CPL_MASK,
             cs->selector, eip, (uint32_t)(cs->base + eip), ss->selector,
             (uint32_t)env->regs[R_ESP], cr2, (unsigned long long)x86_icount(env));
}

/* Real-address mode: the IVT of 4-byte far pointers at IDTR.base (SDM vol. 3, 20.1.4;
 * vol. 2, INT n "REAL-ADDRESS-MODE"). */
static void do_interrupt_real(CPUX86State *env, int vec, uint32_t ret_eip)
{
    if ((uint32_t)vec * 4 + 3 > env->idt.limit)
        x86_raise_at(env, EXCP_GP, vec * 8 + 2, 0, false);
    uint64_t ent = env->idt.base + (uint32_t)vec * 4;
    uint32_t off = (uint32_t)x86_ld(env, ent, MO_16, MMU_KERNEL_IDX, 0);
    uint32_t sel = (uint32_t)x86_ld(env, ent + 2, MO_16, MMU_KERNEL_IDX, 0);

    X86Stack st;
    x86_stack_current(env, &st, 0);
    x86_stack_push(env, &st, x86_get_eflags(env) & 0xffff, 2);
    x86_stack_push(env, &st, env->segs[R_CS].selector, 2);
    x86_stack_push(env, &st, ret_eip & 0xffff, 2);

    x86_set_sp(env, st.mask, st.sp);
    x86_load_seg_real(env, R_CS, sel);
    env->eip = off;
    x86_set_eflags(env, 0, IF_MASK | TF_MASK | AC_MASK | RF_MASK);
}

/* Protected mode: interrupt, trap and task gates of the IDT (SDM vol. 3, 6.10-6.12; vol.
 * 2, INT n "PROTECTED-MODE" pseudo-code), including interrupts out of virtual-8086 mode
 * (vol. 3, 20.3.1.1; INT n "INTERRUPT-FROM-VIRTUAL-8086-MODE"). */
static void do_interrupt_protected(CPUX86State *env, int vec, bool is_int, bool is_hw,
                                   int err, uint32_t ret_eip)
{
    int ext = is_int ? 0 : 1;
    int idt_err = vec * 8 + 2 + ext;
    int cpl = x86_cpl(env);
    bool vm86 = (env->eflags & VM_MASK) != 0;
    bool push_err = !is_int && !is_hw && has_error_code(vec);

    if ((uint32_t)vec * 8 + 7 > env->idt.limit)
        x86_raise_at(env, EXCP_GP, idt_err, 0, false);
    uint64_t ent = env->idt.base + (uint32_t)vec * 8;
    uint32_t g1 = (uint32_t)x86_ld(env, ent, MO_32, MMU_KERNEL_IDX, 0);
    uint32_t g2 = (uint32_t)x86_ld(env, ent + 4, MO_32, MMU_KERNEL_IDX, 0);
    unsigned type = x86_desc_type(g2);
    if (type != 5 && type != 6 && type != 7 && type != 14 && type != 15)
        x86_raise_at(env, EXCP_GP, idt_err, 0, false);
    /* Only INT n / INT3 / INTO are checked against the gate's DPL (6.12.1.1). */
    if (is_int && x86_desc_dpl(g2) < cpl)
        x86_raise_at(env, EXCP_GP, vec * 8 + 2, 0, false);
    if (!(g2 & DESC_P_MASK))
        x86_raise_at(env, EXCP_NP, idt_err, 0, false);
    if (type == 5) {
        x86_task_gate_interrupt(env, g1, ext, ret_eip, push_err, err);
        return;
    }

    bool gate32 = (type & 8) != 0;
    bool trap_gate = (type & 1) != 0;
    int size = gate32 ? 4 : 2;
    uint32_t sel = g1 >> 16;
    uint32_t offset = (g1 & 0xffff) | (g2 & 0xffff0000u);
    if (!gate32)
        offset &= 0xffff;

    uint32_t c1, c2;
    int cs_err = (int)(sel & 0xfffc) + ext;
    if ((sel & 0xfffc) == 0)
        x86_raise_at(env, EXCP_GP, ext, 0, false);
    if (!x86_desc_read(env, sel, &c1, &c2, 0))
        x86_raise_at(env, EXCP_GP, cs_err, 0, false);
    int dpl = x86_desc_dpl(c2);
    if ((c2 & (DESC_S_MASK | DESC_CS_MASK)) != (DESC_S_MASK | DESC_CS_MASK) || dpl > cpl)
        x86_raise_at(env, EXCP_GP, cs_err, 0, false);
    if (!(c2 & DESC_P_MASK))
        x86_raise_at(env, EXCP_NP, cs_err, 0, false);
    bool inner = !(c2 & DESC_C_MASK) && dpl < cpl;
    /* From virtual-8086 mode only a non-conforming ring-0 handler will do. */
    if (vm86 && (!inner || dpl != 0))
        x86_raise_at(env, EXCP_GP, cs_err, 0, false);

    uint32_t eflags = x86_get_eflags(env);
    int new_cpl = inner ? dpl : cpl;
    /* The frame: [GS FS DS ES] (from v86) [SS ESP] (inner level) EFLAGS CS EIP [error]. */
    uint32_t words = (vm86 ? 4 : 0) + (inner ? 2 : 0) + 3 + (push_err ? 1 : 0);
    X86Stack st;
    uint32_t ss = 0, s1 = 0, s2 = 0, esp = 0;

    if (inner) {
        x86_tss_stack(env, dpl, &ss, &esp, ext, 0);
        x86_check_inner_ss(env, ss, dpl, &s1, &s2, ext, 0);
        x86_stack_new(env, &st, s1, s2, esp, dpl, (int)(ss & 0xfffc) + ext, 0);
    } else {
        x86_stack_current(env, &st, 0);
        st.ss_err = ext;
    }
    x86_stack_need_push(env, &st, words * (uint32_t)size);
    if (offset > x86_desc_limit(c1, c2))
        x86_raise_at(env, EXCP_GP, ext, 0, false);
    if (vm86) {
        x86_stack_push(env, &st, env->segs[R_GS].selector, size);
        x86_stack_push(env, &st, env->segs[R_FS].selector, size);
        x86_stack_push(env, &st, env->segs[R_DS].selector, size);
        x86_stack_push(env, &st, env->segs[R_ES].selector, size);
    }
    if (inner) {
        x86_stack_push(env, &st, env->segs[R_SS].selector, size);
        x86_stack_push(env, &st, (uint32_t)env->regs[R_ESP], size);
    }
    x86_stack_push(env, &st, gate32 ? eflags : eflags & 0xffff, size);
    x86_stack_push(env, &st, env->segs[R_CS].selector, size);
    x86_stack_push(env, &st, ret_eip, size);
    if (push_err)
        x86_stack_push(env, &st, (uint32_t)err, size);

    /* Everything that can fault is done: commit. */
    x86_desc_set_accessed(env, sel, &c2, 0);
    if (inner) {
        x86_desc_set_accessed(env, ss, &s2, 0);
        x86_load_seg_desc(env, R_SS, ss, s1, s2);
        env->regs[R_ESP] = esp; /* the new ESP; its low half is set below */
    }
    x86_set_sp(env, st.mask, st.sp);
    x86_load_seg_desc(env, R_CS, (sel & 0xfffc) | (uint32_t)new_cpl, c1, c2);
    if (vm86) {
        /* The v86 data segments are meaningless to the handler: null (20.3.1.1). */
        x86_load_seg_cache(env, R_ES, 0, 0, 0, 0);
        x86_load_seg_cache(env, R_DS, 0, 0, 0, 0);
        x86_load_seg_cache(env, R_FS, 0, 0, 0, 0);
        x86_load_seg_cache(env, R_GS, 0, 0, 0, 0);
    }
    env->eip = offset;
    uint32_t clear = TF_MASK | VM_MASK | RF_MASK | NT_MASK | (trap_gate ? 0 : IF_MASK);
    x86_set_eflags(env, 0, clear);
}

/* The RF image pushed for an event (SDM vol. 3, 17.3.1.1): 1 for every fault-class
 * exception except an instruction-breakpoint #DB, so that the restarted instruction does
 * not hit its breakpoint again; otherwise the current EFLAGS.RF (cleared at the start of
 * every instruction, so 0 for INT n and for traps after an instruction, 1 when an
 * interrupted REP string instruction or an IRET that set RF left it set). */
static bool image_sets_rf(int vec, bool is_int, bool is_hw, int err)
{
    if (is_int || is_hw)
        return false;
    switch (vec) {
    case EXCP_DB:
        return err == X86_DB_FAULT; /* general detect; breakpoints and traps keep RF */
    case EXCP_DE: case EXCP_BR: case EXCP_UD: case EXCP_NM: case EXCP_TS: case EXCP_NP:
    case EXCP_SS: case EXCP_GP: case EXCP_PF: case EXCP_MF: case EXCP_AC: case EXCP_XM:
        return true;
    default: /* NMI; #BP/#OF come from INT3/INTO; #DF and #MC are aborts */
        return false;
    }
}

static void deliver(CPUX86State *env, int vec, bool is_int, bool is_hw, int err,
                    uint64_t ret_eip)
{
    if (tern_log_enabled(LOG_INT))
        log_interrupt(env, vec, is_int, is_hw, err);
    /* The EFLAGS image (stack frame or old TSS) carries RF; every kind of delivery then
     * clears RF for the handler. */
    if (image_sets_rf(vec, is_int, is_hw, err))
        x86_set_eflags(env, RF_MASK, RF_MASK);
    /* "The processor clears the GD flag upon entering to the debug exception handler"
     * (17.2.4). */
    if (vec == EXCP_DB && !is_int && !is_hw)
        env->dr[7] &= ~(uint64_t)(1u << 13);
    /* Arm the double-fault rules for faults during this delivery: only an exception of
     * the contributory or page-fault class (or #DF itself) can escalate. */
    env->old_exception = (!is_int && !is_hw && exception_class(vec) != CLASS_BENIGN) ? vec : -1;
    if (env->hflags & HF_LMA_MASK) /* IA-32e mode: 64-bit IDT (cpu/lm_helper.c) */
        x86_do_interrupt64(env, vec, is_int, is_hw, err, ret_eip);
    else if (env->cr[0] & CR0_PE)
        do_interrupt_protected(env, vec, is_int, is_hw, err, (uint32_t)ret_eip);
    else
        do_interrupt_real(env, vec, (uint32_t)ret_eip);
    env->old_exception = -1;
    env->exception_index = -1;
    env->exception_is_int = 0;
    env->error_code = 0;
}

void x86_do_interrupt(CPUX86State *env)
{
    int vec = env->exception_index;
    if (vec < 0 || vec >= 0x100)
        return;
    bool is_int = env->exception_is_int != 0;
    uint64_t ret_eip = is_int ? env->exception_next_eip : env->eip;
    deliver(env, vec, is_int, false, env->error_code, ret_eip);
}

void x86_do_hw_interrupt(CPUX86State *env, int vector)
{
    env->exception_index = vector;
    env->exception_is_int = 0;
    env->error_code = 0;
    deliver(env, vector & 0xff, false, true, 0, env->eip);
}

/* ---- debug registers: breakpoint recognition (SDM vol. 3, 18.2) ---- */

/* DR7: Ln/Gn enable bits 2n/2n+1, R/Wn bits 16+4n..17+4n (00 instruction execution, 01
 * data writes, 10 I/O reads and writes (CR4.DE=1; undefined with DE=0), 11 data reads and
 * writes), LENn bits 18+4n..19+4n (18.2.4). */
static bool dr7_enabled(uint64_t dr7, int n)
{
    return ((dr7 >> (2 * n)) & 3) != 0;
}

static unsigned dr7_rw(uint64_t dr7, int n)
{
    return (unsigned)(dr7 >> (16 + 4 * n)) & 3;
}

static bool dr7_insn_bp(uint64_t dr7, int n)
{
    return dr7_enabled(dr7, n) && dr7_rw(dr7, n) == 0;
}

static bool dr7_data_bp(uint64_t dr7, int n)
{
    return dr7_enabled(dr7, n) && (dr7_rw(dr7, n) & 1);
}

/* LENn 00 = 1 byte, 01 = 2, 11 = 4, 10 = 8 (18.2.4; 10 is defined for IA-32e mode and by
 * the Core-family processors in every mode: Tern takes it as 8 bytes everywhere and says
 * so with -d unimp outside IA-32e mode, x86_debug_regs_changed). */
static uint64_t dr7_len(uint64_t dr7, int n)
{
    static const uint8_t len[4] = { 1, 2, 8, 4 };
    return len[(dr7 >> (18 + 4 * n)) & 3];
}

/* [a, a+alen) and [b, b+blen) share a byte (lengths >= 1). */
static bool ranges_meet(uint64_t a, uint64_t alen, uint64_t b, uint64_t blen)
{
    return a <= b + (blen - 1) && b <= a + (alen - 1);
}

/* The range breakpoint n covers: "the address in a debug register is aligned on the
 * boundary of its length" by ignoring the low address bits (18.2.5), so an access that
 * touches any byte of that aligned range matches. */
static uint64_t dr_range_start(const CPUX86State *env, int n, uint64_t len, uint64_t amask)
{
    return env->dr[n] & amask & ~(len - 1);
}

/* Outside IA-32e mode linear addresses, and the compare, are 32 bits. */
static uint64_t dr_linear_mask(const CPUX86State *env)
{
    return (env->hflags & HF_LMA_MASK) ? ~0ull : 0xffffffffull;
}

uint32_t x86_insn_breakpoints(const CPUX86State *env, uint64_t linear)
{
    uint64_t dr7 = env->dr[7];
    if (!(dr7 & 0xff))
        return 0;
    uint64_t mask = dr_linear_mask(env);
    uint32_t hits = 0;
    for (int n = 0; n < 4; n++)
        if (dr7_insn_bp(dr7, n) && ((env->dr[n] ^ linear) & mask) == 0)
            hits |= 1u << n;
    return hits;
}

/* Only enabled breakpoints are reported: DR6.Bn "may" also be set for a matching
 * breakpoint that is not enabled (18.2.3), but only pages of enabled ones are watched, so
 * reporting the others would depend on which page an access falls in. */
uint32_t x86_data_breakpoints(const CPUX86State *env, uint64_t linear, unsigned size,
                              bool is_write)
{
    uint64_t dr7 = env->dr[7];
    uint64_t mask = dr_linear_mask(env);
    uint32_t hits = 0;
    for (int n = 0; n < 4; n++) {
        /* R/W 01 breaks on writes only, 11 on reads and writes (not on fetches). */
        if (!dr7_data_bp(dr7, n) || (!is_write && dr7_rw(dr7, n) != 3))
            continue;
        uint64_t len = dr7_len(dr7, n);
        if (ranges_meet(linear & mask, size, dr_range_start(env, n, len, mask), len))
            hits |= 1u << n;
    }
    return hits;
}

bool x86_data_breakpoint_page(const CPUX86State *env, uint64_t linear_page, uint64_t page_size)
{
    uint64_t dr7 = env->dr[7];
    uint64_t mask = dr_linear_mask(env);
    for (int n = 0; n < 4; n++) {
        if (!dr7_data_bp(dr7, n))
            continue;
        uint64_t len = dr7_len(dr7, n);
        if (ranges_meet(linear_page, page_size, dr_range_start(env, n, len, mask), len))
            return true;
    }
    return false;
}

uint32_t x86_io_breakpoints(const CPUX86State *env, uint32_t port, unsigned size)
{
    uint64_t dr7 = env->dr[7];
    if (!(dr7 & 0xff) || !(env->cr[4] & CR4_DE))
        return 0;
    uint32_t hits = 0;
    for (int n = 0; n < 4; n++) {
        if (!dr7_enabled(dr7, n) || dr7_rw(dr7, n) != 2)
            continue;
        uint64_t len = dr7_len(dr7, n);
        if (ranges_meet(port & 0xffff, size, dr_range_start(env, n, len, 0xffff), len))
            hits |= 1u << n;
    }
    return hits;
}

void x86_debug_regs_changed(CPUX86State *env, const uint64_t old[8])
{
    bool same_insn = true, same_data = true;
    for (int n = 0; n < 4; n++) {
        bool was = dr7_insn_bp(old[7], n), is = dr7_insn_bp(env->dr[7], n);
        if (was != is || (is && old[n] != env->dr[n]))
            same_insn = false;
        was = dr7_data_bp(old[7], n);
        is = dr7_data_bp(env->dr[7], n);
        if (was != is || (is && (old[n] != env->dr[n] ||
                                 (((old[7] ^ env->dr[7]) >> (16 + 4 * n)) & 0xf))))
            same_data = false;
    }
    if (!same_insn)
        tb_flush_all(); /* translations check the breakpoint addresses statically */
    if (!same_data)
        x86_tlb_flush(env); /* refill: pages with a data breakpoint get TLB_WATCH (mmu.c) */
    if (tern_log_enabled(LOG_UNIMP) && old[7] != env->dr[7]) {
        for (int n = 0; n < 4; n++) {
            if (!dr7_enabled(env->dr[7], n))
                continue;
            if (dr7_rw(env->dr[7], n) == 2 && !(env->cr[4] & CR4_DE))
                tern_log("unimplemented: breakpoint %d has R/W=10 with CR4.DE=0 (undefined, "
                         "SDM vol. 3, 18.2.4; DR7=%08x); it never triggers\n", n,
                         (uint32_t)env->dr[7]);
            if (dr7_rw(env->dr[7], n) != 0 && ((env->dr[7] >> (18 + 4 * n)) & 3) == 2 &&
                !(env->hflags & HF_LMA_MASK))
                tern_log("unimplemented: breakpoint %d has LEN=10 outside IA-32e mode "
                         "(undefined on P6, 18.2.4; DR7=%08x); taken as 8 bytes\n", n,
                         (uint32_t)env->dr[7]);
        }
    }
}

/* Hardware task switches: far JMP/CALL to a TSS or task gate, interrupts and exceptions
 * through a task gate, IRET with NT=1; 16- and 32-bit TSS formats. SDM vol. 3, chapter 7
 * (7.3 steps, table 7-1 checks, table 7-2 busy/NT/link rules, 7.6 16-bit TSS) and vol. 2
 * pseudo-code of JMP, CALL, INT n ("TASK-GATE") and IRET ("TASK-RETURN"). */
#include <string.h>
#include "cpu/cpu.h"
#include "cpu/excp.h"
#include "cpu/misc_helper.h"
#include "cpu/seg_helper.h"
#include "cpu/task_helper.h"
#include "cpu/v86_helper.h"
#include "tcg/log.h"

#define TSS_BUSY (2u << DESC_TYPE_SHIFT) /* type 1/9 available, 3/11 busy */
#define EFLAGS_ALL (CC_ALL | TF_MASK | IF_MASK | DF_MASK | IOPL_MASK | NT_MASK | RF_MASK | \
                    VM_MASK | AC_MASK | VIF_MASK | VIP_MASK | ID_MASK)
#define DR7_LOCAL_ENABLES 0x155u /* L0-L3 and LE: cleared by every task switch (17.2.4) */

/* The dynamic state a TSS holds (what a switch loads). Segment order is ES CS SS DS FS
 * GS, as in both TSS formats and R_ES..R_GS. */
typedef struct TaskImage {
    uint32_t cr3, eip, eflags, ldt;
    uint32_t regs[8];
    uint32_t segs[6];
    bool trap;
} TaskImage;

static bool tss_is32(uint32_t e2) { return (e2 & (8u << DESC_TYPE_SHIFT)) != 0; }

static uint32_t ld16(CPUX86State *env, uint64_t a, uintptr_t ra)
{
    return (uint32_t)x86_ld(env, a, MO_16, MMU_KERNEL_IDX, ra);
}

static uint32_t ld32(CPUX86State *env, uint64_t a, uintptr_t ra)
{
    return (uint32_t)x86_ld(env, a, MO_32, MMU_KERNEL_IDX, ra);
}

static void st16(CPUX86State *env, uint64_t a, uint32_t v, uintptr_t ra)
{
    x86_st(env, a, v, MO_16, MMU_KERNEL_IDX, ra);
}

static void st32(CPUX86State *env, uint64_t a, uint32_t v, uintptr_t ra)
{
    x86_st(env, a, v, MO_32, MMU_KERNEL_IDX, ra);
}

/* The whole new TSS is read before anything changes, so a #PF on it is taken in the old
 * task (7.3 step 5). A 16-bit TSS has no CR3, FS, GS, T bit or upper halves: the SDM
 * (7.6) says the upper register halves are "modified and not maintained"; Tern sets them
 * to ones, FS and GS become null, and EFLAGS[31:16] (VM among them) clear (17.27.4). */
static void tss_read(CPUX86State *env, uint64_t base, bool tss32, TaskImage *t, uintptr_t ra)
{
    if (tss32) {
        t->cr3 = ld32(env, base + 0x1c, ra);
        t->eip = ld32(env, base + 0x20, ra);
        t->eflags = ld32(env, base + 0x24, ra);
        for (int i = 0; i < 8; i++)
            t->regs[i] = ld32(env, base + 0x28 + 4 * (unsigned)i, ra);
        for (int i = 0; i < 6; i++)
            t->segs[i] = ld16(env, base + 0x48 + 4 * (unsigned)i, ra);
        t->ldt = ld16(env, base + 0x60, ra);
        t->trap = (ld16(env, base + 0x64, ra) & 1) != 0;
    } else {
        t->cr3 = 0;
        t->eip = ld16(env, base + 0x0e, ra);
        t->eflags = ld16(env, base + 0x10, ra);
        for (int i = 0; i < 8; i++)
            t->regs[i] = 0xffff0000u | ld16(env, base + 0x12 + 2 * (unsigned)i, ra);
        for (int i = 0; i < 4; i++)
            t->segs[i] = ld16(env, base + 0x22 + 2 * (unsigned)i, ra);
        t->segs[R_FS] = t->segs[R_GS] = 0;
        t->ldt = ld16(env, base + 0x2a, ra);
        t->trap = false;
    }
}

/* 7.3 step 8: the old task's dynamic fields (CR3, LDT and the stacks are static). */
static void tss_save(CPUX86State *env, uint32_t eip, uint32_t eflags, uintptr_t ra)
{
    uint64_t base = env->tr.base;
    if (tss_is32(env->tr.flags)) {
        st32(env, base + 0x20, eip, ra);
        st32(env, base + 0x24, eflags, ra);
        for (int i = 0; i < 8; i++)
            st32(env, base + 0x28 + 4 * (unsigned)i, (uint32_t)env->regs[i], ra);
        for (int i = 0; i < 6; i++)
            st16(env, base + 0x48 + 4 * (unsigned)i, env->segs[i].selector, ra);
    } else {
        st16(env, base + 0x0e, eip, ra);
        st16(env, base + 0x10, eflags, ra);
        for (int i = 0; i < 8; i++)
            st16(env, base + 0x12 + 2 * (unsigned)i, (uint32_t)env->regs[i], ra);
        for (int i = 0; i < 4; i++)
            st16(env, base + 0x22 + 2 * (unsigned)i, env->segs[i].selector, ra);
    }
}

/* Sets or clears the busy bit of the TSS descriptor sel names in the GDT. */
static void set_busy(CPUX86State *env, uint32_t sel, bool busy, uintptr_t ra)
{
    uint64_t a = env->gdt.base + (sel & 0xfff8) + 4;
    uint32_t e2 = ld32(env, a, ra);
    st32(env, a, busy ? (e2 | TSS_BUSY) : (e2 & ~TSS_BUSY), ra);
}

/* A fault after the commit point: taken in the new task, whose EIP is already in env. */
static _Noreturn void fault_new(CPUX86State *env, int vec, uint32_t sel, int ext)
{
    x86_raise_at(env, vec, (int)(sel & 0xfffc) + ext, 0, false);
}

/* The new LDT (7.3 step 12): null, or an LDT descriptor in the GDT. Returns whether it
 * is present; the presence check comes later in table 7-1's order. */
static bool load_ldt(CPUX86State *env, uint32_t sel, int ext)
{
    uint32_t e1 = 0, e2 = 0;
    if ((sel & 0xfffc) == 0) {
        env->ldt = (SegmentCache){ sel, 0, 0, 0 };
        return true;
    }
    if ((sel & 4) || !x86_desc_read(env, sel, &e1, &e2, 0) || x86_desc_type(e2) != 2)
        fault_new(env, EXCP_TS, sel, ext);
    env->ldt = (SegmentCache){ sel, x86_desc_limit(e1, e2), x86_desc_base(e1, e2),
                               e2 & X86_DESC_FLAGS_MASK };
    return (e2 & DESC_P_MASK) != 0;
}

/* Reads the descriptor of a segment register's new selector; false for a null one or
 * one outside its table. */
static bool seg_desc(CPUX86State *env, uint32_t sel, uint32_t *e1, uint32_t *e2)
{
    *e1 = *e2 = 0;
    return (sel & 0xfffc) != 0 && x86_desc_read(env, sel, e1, e2, 0);
}

/* The protected-mode segment registers of the new task, checked in the order of SDM
 * vol. 3, table 7-1 (the P6 family's; model specific): LDT valid, CS DPL against its
 * RPL, SS valid / present / DPL = CPL, LDT present, CS valid / present, SS RPL, then the
 * data segments (valid, readable, present, DPL). The selectors are already in the
 * registers, so a fault shows them to the handler with the descriptors not loaded. */
static void load_task_segs(CPUX86State *env, const TaskImage *t, int ext)
{
    uint32_t cs = t->segs[R_CS], ss = t->segs[R_SS];
    int cpl = cs & 3;
    uint32_t c1, c2, s1, s2;
    bool ldt_present = load_ldt(env, t->ldt, ext);
    bool cs_ok = seg_desc(env, cs, &c1, &c2) &&
                 (c2 & (DESC_S_MASK | DESC_CS_MASK)) == (DESC_S_MASK | DESC_CS_MASK);
    if (cs_ok && ((c2 & DESC_C_MASK) ? x86_desc_dpl(c2) > cpl : x86_desc_dpl(c2) != cpl))
        fault_new(env, EXCP_TS, cs, ext);
    if (!seg_desc(env, ss, &s1, &s2) ||
        (s2 & (DESC_S_MASK | DESC_CS_MASK | DESC_W_MASK)) != (DESC_S_MASK | DESC_W_MASK))
        fault_new(env, EXCP_TS, ss, ext);
    if (!(s2 & DESC_P_MASK))
        fault_new(env, EXCP_SS, ss, ext);
    if (x86_desc_dpl(s2) != cpl)
        fault_new(env, EXCP_TS, ss, ext);
    if (!ldt_present)
        fault_new(env, EXCP_TS, t->ldt, ext);
    if (!cs_ok)
        fault_new(env, EXCP_TS, cs, ext);
    if (!(c2 & DESC_P_MASK))
        fault_new(env, EXCP_NP, cs, ext);
    if ((int)(ss & 3) != cpl)
        fault_new(env, EXCP_TS, ss, ext);

    static const int data_segs[4] = { R_DS, R_ES, R_FS, R_GS };
    uint32_t d1[4], d2[4];
    for (int i = 0; i < 4; i++) {
        uint32_t sel = t->segs[data_segs[i]];
        if ((sel & 0xfffc) == 0)
            continue;
        if (!seg_desc(env, sel, &d1[i], &d2[i]) || !(d2[i] & DESC_S_MASK) ||
            (d2[i] & (DESC_CS_MASK | DESC_R_MASK)) == DESC_CS_MASK)
            fault_new(env, EXCP_TS, sel, ext);
        if (!(d2[i] & DESC_P_MASK))
            fault_new(env, EXCP_NP, sel, ext);
        bool conforming = (d2[i] & (DESC_CS_MASK | DESC_C_MASK)) == (DESC_CS_MASK | DESC_C_MASK);
        int dpl = x86_desc_dpl(d2[i]);
        if (!conforming && (dpl < cpl || dpl < (int)(sel & 3)))
            fault_new(env, EXCP_TS, sel, ext);
    }

    x86_desc_set_accessed(env, cs, &c2, 0);
    x86_desc_set_accessed(env, ss, &s2, 0);
    x86_load_seg_desc(env, R_CS, cs, c1, c2);
    x86_load_seg_desc(env, R_SS, ss, s1, s2);
    for (int i = 0; i < 4; i++) {
        uint32_t sel = t->segs[data_segs[i]];
        if ((sel & 0xfffc) == 0) {
            x86_load_seg_cache(env, data_segs[i], sel, 0, 0, 0);
            continue;
        }
        x86_desc_set_accessed(env, sel, &d2[i], 0);
        x86_load_seg_desc(env, data_segs[i], sel, d1[i], d2[i]);
    }
}

bool x86_task_switch(CPUX86State *env, uint32_t sel, uint32_t e1, uint32_t e2,
                     X86TaskSource src, uint32_t ret_eip, int ext, uintptr_t ra)
{
    bool restore = ra != 0;
    bool tss32 = tss_is32(e2);
    uint32_t limit = x86_desc_limit(e1, e2);
    uint64_t base = x86_desc_base(e1, e2);
    uint32_t old_sel = env->tr.selector;

    if (tern_log_enabled(LOG_INT))
        tern_log("task switch: %s %04x -> %04x (%d-bit TSS)\n",
                 src == X86_TASK_JMP ? "JMP" : src == X86_TASK_CALL ? "CALL" :
                 src == X86_TASK_IRET ? "IRET" : "INT", old_sel, sel, tss32 ? 32 : 16);
    /* Table 7-1: a TSS too short for its format is #TS(new TSS) in the old task. Saving
     * into a current TSS too short for the state is the "stores to the old TSS fault"
     * case of table 6-6. */
    if (limit < (tss32 ? TSS32_MIN_LIMIT : TSS16_MIN_LIMIT))
        x86_raise_at(env, EXCP_TS, (int)(sel & 0xfffc) + ext, ra, restore);
    if (env->tr.limit < (tss_is32(env->tr.flags) ? 0x5fu : 0x29u))
        x86_raise_at(env, EXCP_TS, (int)(old_sel & 0xfffc) + ext, ra, restore);

    TaskImage t;
    tss_read(env, base, tss32, &t, ra);

    /* Old task: IRET clears NT in its saved EFLAGS image (7.3 step 7); JMP and IRET
     * leave it not busy (step 6, table 7-2). */
    uint32_t eflags = x86_get_eflags(env);
    if (src == X86_TASK_IRET)
        eflags &= ~(uint32_t)NT_MASK;
    tss_save(env, ret_eip, eflags, ra);
    if (src == X86_TASK_JMP || src == X86_TASK_IRET)
        set_busy(env, old_sel, false, ra);
    /* Nesting (7.4): CALL and events link back to the old task and set NT. */
    if (src == X86_TASK_CALL || src == X86_TASK_INT) {
        st16(env, base, old_sel, ra);
        t.eflags |= NT_MASK;
    }
    if (src != X86_TASK_IRET)
        set_busy(env, sel, true, ra);

    /* Commit point (7.3 step 11): TR names the new task; any fault from here on is taken
     * in it, at its first instruction. */
    env->tr = (SegmentCache){ sel, limit, base, (e2 | TSS_BUSY) & X86_DESC_FLAGS_MASK };
    env->eip = t.eip;
    env->cr[0] |= CR0_TS;
    uint64_t old_dr[8];
    memcpy(old_dr, env->dr, sizeof(old_dr));
    env->dr[7] &= ~(uint64_t)DR7_LOCAL_ENABLES;
    x86_debug_regs_changed(env, old_dr);
    /* CR3 only from a 32-bit TSS and only with paging on; through the MOV CR3 path for
     * the PDPTE load and TLB flush rules (4.4.1, 4.10.4.1). */
    if (tss32 && (env->cr[0] & CR0_PG))
        x86_write_cr3(env, t.cr3, 0);
    x86_set_eflags(env, t.eflags, EFLAGS_ALL);
    for (int i = 0; i < 8; i++)
        env->regs[i] = t.regs[i];

    if (t.eflags & VM_MASK) {
        /* A task in virtual-8086 mode (vol. 3, 20.2.1): real-mode style segments, CPL 3. */
        for (int i = 0; i < 6; i++)
            x86_load_seg_real(env, i, t.segs[i]);
        if (!load_ldt(env, t.ldt, ext))
            fault_new(env, EXCP_TS, t.ldt, ext);
    } else {
        /* The selectors first, with empty descriptors; SS carries the new CPL so the
         * privilege level is the new task's even if a check below faults. */
        int cpl = t.segs[R_CS] & 3;
        for (int i = 0; i < 6; i++)
            x86_load_seg_cache(env, i, t.segs[i], 0, 0,
                               i == R_SS ? (uint32_t)cpl << DESC_DPL_SHIFT : 0);
        load_task_segs(env, &t, ext);
    }
    return t.trap;
}

_Noreturn void x86_task_debug_trap(CPUX86State *env)
{
    /* The T bit: a #DB trap before the new task's first instruction (7.2.1, 17.3.1.5). */
    env->dr[6] |= DR6_BT;
    env->old_exception = -1;
    x86_raise_at(env, EXCP_DB, 0, 0, false);
}

/* The new task's EIP must lie within its CS (JMP/CALL/IRET: #GP(0); events: #GP(EXT)),
 * then a pending T-bit trap. */
static void task_finish(CPUX86State *env, bool trap, int ext)
{
    if ((uint32_t)env->eip > env->segs[R_CS].limit)
        x86_raise_at(env, EXCP_GP, ext, 0, false);
    if (trap)
        x86_task_debug_trap(env);
    x86_v86_check_vip(env);
}

/* Task switching does not exist in IA-32e mode (SDM vol. 3, 7.7): #GP. */
static void check_legacy(CPUX86State *env, int err, uintptr_t ra)
{
    if (env->efer & EFER_LMA)
        x86_raise_at(env, EXCP_GP, err, ra, ra != 0);
}

void x86_task_far(CPUX86State *env, uint32_t sel, uint32_t e1, uint32_t e2, bool call,
                  uint32_t ret_eip, uintptr_t ra)
{
    int err = (int)(sel & 0xfffc);
    int cpl = x86_cpl(env), dpl = x86_desc_dpl(e2);
    check_legacy(env, err, ra);
    /* The gate's or TSS's DPL must admit both CPL and RPL (vol. 2, JMP/CALL). */
    if (dpl < cpl || dpl < (int)(sel & 3))
        x86_raise_exception(env, EXCP_GP, err, ra);
    if (x86_desc_type(e2) == 5) {
        if (!(e2 & DESC_P_MASK))
            x86_raise_exception(env, EXCP_NP, err, ra);
        sel = e1 >> 16;
        err = (int)(sel & 0xfffc);
        if ((sel & 4) || !x86_desc_read(env, sel, &e1, &e2, ra))
            x86_raise_exception(env, EXCP_GP, err, ra);
    } else if (sel & 4) {
        x86_raise_exception(env, EXCP_GP, err, ra); /* TSS descriptors live in the GDT */
    }
    unsigned type = x86_desc_type(e2);
    if (type != 1 && type != 9) /* not a TSS, or busy */
        x86_raise_exception(env, EXCP_GP, err, ra);
    if (!(e2 & DESC_P_MASK))
        x86_raise_exception(env, EXCP_NP, err, ra);
    bool trap = x86_task_switch(env, sel, e1, e2, call ? X86_TASK_CALL : X86_TASK_JMP,
                                ret_eip, 0, ra);
    task_finish(env, trap, 0);
}

/* SDM vol. 2, IRET "TASK-RETURN": the link must name a busy TSS in the GDT (#TS), present
 * (#NP); the abandoned task becomes not busy. */
void x86_task_return(CPUX86State *env, uint32_t ret_eip, uintptr_t ra)
{
    check_legacy(env, 0, ra);
    uint32_t link = ld16(env, env->tr.base, ra);
    uint32_t e1 = 0, e2 = 0;
    unsigned type = 0;
    if ((link & 0xfffc) != 0 && !(link & 4) && x86_desc_read(env, link, &e1, &e2, ra))
        type = x86_desc_type(e2);
    if (type != 3 && type != 11)
        x86_raise_exception(env, EXCP_TS, (int)(link & 0xfffc), ra);
    if (!(e2 & DESC_P_MASK))
        x86_raise_exception(env, EXCP_NP, (int)(link & 0xfffc), ra);
    bool trap = x86_task_switch(env, link, e1, e2, X86_TASK_IRET, ret_eip, 0, ra);
    task_finish(env, trap, 0);
}

/* SDM vol. 2, INT n "TASK-GATE": the TSS selector must name an available TSS in the GDT
 * (#GP / #NP with EXT); after the switch the error code goes on the new stack, as a
 * doubleword for a 32-bit TSS (6.13), #SS(EXT) if it does not fit. */
void x86_task_gate_interrupt(CPUX86State *env, uint32_t gate_e1, int ext, uint32_t ret_eip,
                             bool push_err, int err)
{
    uint32_t sel = gate_e1 >> 16, e1 = 0, e2 = 0;
    int tss_err = (int)(sel & 0xfffc) + ext;
    check_legacy(env, tss_err, 0);
    if ((sel & 4) || !x86_desc_read(env, sel, &e1, &e2, 0))
        x86_raise_at(env, EXCP_GP, tss_err, 0, false);
    unsigned type = x86_desc_type(e2);
    if (type != 1 && type != 9)
        x86_raise_at(env, EXCP_GP, tss_err, 0, false);
    if (!(e2 & DESC_P_MASK))
        x86_raise_at(env, EXCP_NP, tss_err, 0, false);
    bool trap = x86_task_switch(env, sel, e1, e2, X86_TASK_INT, ret_eip, ext, 0);
    if (push_err) {
        int bytes = tss_is32(e2) ? 4 : 2;
        X86Stack st;
        x86_stack_current(env, &st, 0);
        st.ss_err = ext;
        x86_stack_push(env, &st, (uint32_t)err, bytes);
        x86_set_sp(env, st.mask, st.sp);
    }
    task_finish(env, trap, ext);
}

/* Unit tests for the x86 system layer: power-on state (SDM vol. 3, 10.1), the EFLAGS view
 * of the lazy flags, hflags, segment loads with descriptor checks, far calls through
 * gates, interrupt delivery with stack switches and the double/triple fault rules, and
 * the MMU (page walk error codes, A/D bits, TLB flushes, page-crossing and MMIO access).
 * Helpers run outside translated code; their exceptions unwind to a setjmp here. */
#include <check.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/cpu.h"
#include "cpu/helper.h"
#include "cpu/misc_helper.h"
#include "cpu/seg_helper.h"
#include "machine/memory.h"

#define MiB (1ull << 20)

static CPUX86State cpu;
static CPUX86State *env = &cpu;
static AddressSpace *as;

static void setup(void)
{
    as = as_new();
    ck_assert_ptr_nonnull(as_add_ram(as, "ram", 0, 16 * MiB));
    x86_cpu_init(env, as);
}

static void teardown(void)
{
    as_free(as);
    as = NULL;
}

static void wr32(uint64_t pa, uint32_t v) { as_write(as, pa, v, 4); }
static uint32_t rd32(uint64_t pa) { return (uint32_t)as_read(as, pa, 4); }
static uint32_t rd16(uint64_t pa) { return (uint32_t)as_read(as, pa, 2); }

/* Descriptor from base, limit, access byte (P DPL S type) and the G/DB/L/AVL nibble. */
static void put_desc(uint64_t table, unsigned sel, uint32_t base, uint32_t limit,
                     uint32_t access, uint32_t gdb)
{
    uint32_t e1 = (limit & 0xffff) | (base << 16);
    uint32_t e2 = ((base >> 16) & 0xff) | (access << 8) | (limit & 0xf0000) | (gdb << 20) |
                  (base & 0xff000000u);
    wr32(table + (sel & ~7u), e1);
    wr32(table + (sel & ~7u) + 4, e2);
}

static void put_gate(uint64_t table, unsigned index_bytes, uint32_t sel, uint32_t off,
                     uint32_t access, unsigned params)
{
    wr32(table + index_bytes, (off & 0xffff) | (sel << 16));
    wr32(table + index_bytes + 4, (off & 0xffff0000u) | (access << 8) | params);
}

/* Runs a helper; returns the vector it raised, or -1. The setjmp sits in the test
 * function itself, so GCC warns that locals might be clobbered: the only locals written
 * between setjmp and longjmp are outputs (v, r) that are read only when no exception
 * unwound, and r_, which is assigned after the unwind. */
#pragma GCC diagnostic ignored "-Wclobbered"
#define TRY(stmt) ({ int r_ = -1; \
    if (setjmp(env->jmp_env) == 0) { stmt; } else { r_ = env->exception_index; } r_; })

#define GDT 0x1000u
#define TSS 0x2000u
#define IDT 0x4000u

/* A GDT for the protected-mode tests (see the selectors in each test). */
static void build_gdt(void)
{
    put_desc(GDT, 0x08, 0, 0xfffff, 0x9a, 0xc);  /* code32 DPL0 readable */
    put_desc(GDT, 0x10, 0, 0xfffff, 0x92, 0xc);  /* data32 DPL0, accessed bit clear */
    put_desc(GDT, 0x18, 0, 0xfffff, 0x12, 0xc);  /* data, not present */
    put_desc(GDT, 0x20, 0, 0xfffff, 0x98, 0xc);  /* code execute-only */
    put_desc(GDT, 0x28, 0, 0xfffff, 0x90, 0xc);  /* data read-only */
    put_desc(GDT, 0x30, 0, 0xfffff, 0xf2, 0xc);  /* data32 DPL3 */
    put_desc(GDT, 0x38, 0x3000, 0x17, 0x82, 0);  /* LDT */
    put_desc(GDT, 0x40, 0, 0xfffff, 0xfa, 0xc);  /* code32 DPL3 */
    put_desc(GDT, 0x48, TSS, 0x67, 0x89, 0);     /* 32-bit TSS, available */
    put_gate(GDT, 0x50, 0x08, 0x12345, 0xec, 2); /* call gate 32, DPL3 -> 0x08, 2 params */
    put_desc(GDT, 0x58, 0, 0xfffff, 0x9e, 0xc);  /* conforming code DPL0 readable */
    put_desc(GDT, 0x60, 0x100000, 0xffff, 0x92, 0x0); /* data16, base 1 MiB */
    env->gdt.base = GDT;
    env->gdt.limit = 0x67;
    wr32(TSS + 4, 0x9000); /* ESP0 */
    wr32(TSS + 8, 0x10);   /* SS0 */
}

/* Protected mode at CPL 0 (flat) or CPL 3 (flat, selectors 0x43/0x33). */
static void enter_pm(int cpl)
{
    build_gdt();
    x86_write_cr0(env, env->cr[0] | CR0_PE, 0);
    uint32_t code = DESC_P_MASK | DESC_S_MASK | DESC_CS_MASK | DESC_R_MASK | DESC_A_MASK |
                    DESC_B_MASK | DESC_G_MASK;
    uint32_t data = DESC_P_MASK | DESC_S_MASK | DESC_W_MASK | DESC_A_MASK | DESC_B_MASK |
                    DESC_G_MASK;
    uint32_t dpl = (uint32_t)cpl << DESC_DPL_SHIFT;
    x86_load_seg_cache(env, R_CS, cpl ? 0x43 : 0x08, 0, 0xffffffff, code | dpl);
    x86_load_seg_cache(env, R_SS, cpl ? 0x33 : 0x10, 0, 0xffffffff, data | dpl);
    for (int s = R_DS; s <= R_GS; s++)
        x86_load_seg_cache(env, s, cpl ? 0x33 : 0x10, 0, 0xffffffff, data | dpl);
    x86_load_seg_cache(env, R_ES, cpl ? 0x33 : 0x10, 0, 0xffffffff, data | dpl);
}

/* ---- reset, EFLAGS, hflags ---- */

START_TEST(test_reset_state)
{
    /* SDM vol. 3, table 10-1. */
    ck_assert_uint_eq(env->segs[R_CS].selector, 0xf000);
    ck_assert_uint_eq(env->segs[R_CS].base, 0xffff0000u);
    ck_assert_uint_eq(env->segs[R_CS].limit, 0xffff);
    ck_assert_uint_eq(env->eip, 0xfff0);
    ck_assert_uint_eq(env->cr[0], 0x60000010u);
    ck_assert_uint_eq(x86_get_eflags(env), 0x2);
    ck_assert_uint_eq((env->regs[R_EDX] >> 8) & 0xf, 6); /* family 6 signature */
    ck_assert_uint_eq(env->regs[R_EDX], env->cpuid_version);
    ck_assert_uint_eq(env->regs[R_EAX], 0);
    ck_assert_uint_eq(env->dr[6], 0xffff0ff0u);
    ck_assert_uint_eq(env->dr[7], 0x400);
    ck_assert_uint_eq(env->gdt.limit, 0xffff);
    ck_assert_uint_eq(env->idt.base, 0);
    ck_assert_uint_eq(env->idt.limit, 0xffff);
    for (int s = 0; s < 6; s++) {
        ck_assert(env->segs[s].flags & DESC_P_MASK);
        ck_assert_uint_eq(env->segs[s].limit, 0xffff);
        if (s != R_CS) {
            ck_assert_uint_eq(env->segs[s].selector, 0);
            ck_assert_uint_eq(env->segs[s].base, 0);
        }
    }
    ck_assert(env->segs[R_CS].flags & DESC_CS_MASK);
    ck_assert_uint_eq(env->hflags & (HF_CPL_MASK | HF_PE_MASK | HF_CS32_MASK | HF_SS32_MASK), 0);
    ck_assert(env->hflags & HF_ADDSEG_MASK);
    ck_assert_int_eq(env->exception_index, -1);
    /* Reset restores the state after it was changed. */
    env->regs[R_EBX] = 5;
    env->cr[0] |= CR0_PE;
    env->eip = 0;
    x86_cpu_reset(env);
    ck_assert_uint_eq(env->regs[R_EBX], 0);
    ck_assert_uint_eq(env->cr[0], 0x60000010u);
    ck_assert_uint_eq(env->eip, 0xfff0);
}
END_TEST

START_TEST(test_eflags_lazy)
{
    /* 1 - 2 in 32 bits: CF (borrow), AF (borrow from bit 4), SF, PF (0xff has eight
     * ones); no ZF, no OF. */
    env->cc_op = CC_OP_SUBL;
    env->cc_dst = 0xffffffffu;
    env->cc_src = 2;
    ck_assert_uint_eq(x86_get_eflags(env) & CC_ALL, CC_C | CC_A | CC_S | CC_P);
    /* Updating only CF keeps the other lazily computed bits. */
    x86_set_eflags(env, 0, CC_C);
    ck_assert_uint_eq(env->cc_op, CC_OP_EFLAGS);
    ck_assert_uint_eq(x86_get_eflags(env), 0x2 | CC_A | CC_S | CC_P);
    /* DF lives in env->df. */
    x86_set_eflags(env, DF_MASK, DF_MASK);
    ck_assert_int_eq(env->df, -1);
    ck_assert(x86_get_eflags(env) & DF_MASK);
    ck_assert(!(env->eflags & DF_MASK));
    /* Full round trips. */
    static const uint32_t vals[] = { 0x2, 0x8d7, 0x246, 0x3202, 0x44fd7, 0x200202 };
    for (unsigned i = 0; i < sizeof(vals) / sizeof(vals[0]); i++) {
        x86_set_eflags(env, vals[i], ~0u);
        ck_assert_uint_eq(x86_get_eflags(env), vals[i] | 2);
        ck_assert_uint_eq(env->eflags & (CC_ALL | DF_MASK), 0);
    }
    /* TF and IOPL reach hflags. */
    x86_set_eflags(env, TF_MASK | (2u << IOPL_SHIFT), ~0u);
    ck_assert(env->hflags & HF_TF_MASK);
    ck_assert_uint_eq((env->hflags & HF_IOPL_MASK) >> HF_IOPL_SHIFT, 2);
}
END_TEST

START_TEST(test_hflags)
{
    enter_pm(0);
    uint32_t hf = env->hflags;
    ck_assert_uint_eq(hf & HF_CPL_MASK, 0);
    ck_assert(hf & HF_PE_MASK);
    ck_assert(hf & HF_CS32_MASK);
    ck_assert(hf & HF_SS32_MASK);
    ck_assert(!(hf & HF_ADDSEG_MASK)); /* flat */
    /* A non-zero DS base needs segment bases added. */
    x86_load_seg_cache(env, R_DS, 0x60, 0x100000, 0xffff, DESC_P_MASK | DESC_S_MASK);
    ck_assert(env->hflags & HF_ADDSEG_MASK);
    /* ...but FS alone does not (FS/GS overrides always add their base). */
    x86_load_seg_cache(env, R_DS, 0x10, 0, 0xffffffff, DESC_P_MASK | DESC_S_MASK);
    x86_load_seg_cache(env, R_FS, 0x60, 0x100000, 0xffff, DESC_P_MASK | DESC_S_MASK);
    ck_assert(!(env->hflags & HF_ADDSEG_MASK));
    /* CPL follows SS.DPL; a 16-bit SS clears SS32. */
    x86_load_seg_cache(env, R_SS, 0x33, 0, 0xffff, DESC_P_MASK | DESC_S_MASK | DESC_W_MASK |
                                                       (3u << DESC_DPL_SHIFT));
    ck_assert_uint_eq(env->hflags & HF_CPL_MASK, 3);
    ck_assert(!(env->hflags & HF_SS32_MASK));
    ck_assert_uint_eq(x86_mmu_index(env), MMU_USER_IDX);
    /* v86 mode: CPL 3 and ADDSEG whatever the caches say. */
    x86_load_seg_cache(env, R_SS, 0x10, 0, 0xffffffff, DESC_P_MASK | DESC_S_MASK | DESC_W_MASK);
    ck_assert_uint_eq(env->hflags & HF_CPL_MASK, 0);
    x86_set_eflags(env, VM_MASK, VM_MASK);
    ck_assert_uint_eq(env->hflags & HF_CPL_MASK, 3);
    ck_assert(env->hflags & (HF_VM_MASK | HF_ADDSEG_MASK));
    x86_set_eflags(env, 0, VM_MASK);
    /* CR0 bits. */
    x86_write_cr0(env, env->cr[0] | CR0_TS | CR0_EM | CR0_MP, 0);
    ck_assert_uint_eq(env->hflags & (HF_TS_MASK | HF_EM_MASK | HF_MP_MASK),
                      HF_TS_MASK | HF_EM_MASK | HF_MP_MASK);
    /* The inhibit bit is not derived state: recomputing keeps it. */
    env->hflags |= HF_INHIBIT_IRQ_MASK;
    x86_update_hflags(env);
    ck_assert(env->hflags & HF_INHIBIT_IRQ_MASK);
    /* Real mode: CPL 0, ADDSEG. */
    x86_write_cr0(env, 0x60000010u, 0);
    ck_assert_uint_eq(env->hflags & (HF_PE_MASK | HF_CPL_MASK), 0);
    ck_assert(env->hflags & HF_ADDSEG_MASK);
}
END_TEST

/* ---- segment loads ---- */

START_TEST(test_load_seg_real)
{
    ck_assert_int_eq(TRY(helper_load_seg(env, R_DS, 0x1234)), -1);
    ck_assert_uint_eq(env->segs[R_DS].base, 0x12340);
    ck_assert_uint_eq(env->segs[R_DS].selector, 0x1234);
    ck_assert_uint_eq(env->segs[R_DS].limit, 0xffff);
    /* Even SS may be "null" in real mode. */
    ck_assert_int_eq(TRY(helper_load_seg(env, R_SS, 0)), -1);
}
END_TEST

START_TEST(test_load_seg_checks)
{
    enter_pm(0);
    /* A valid data segment: loaded, accessed bit set in the GDT. */
    ck_assert_int_eq(TRY(helper_load_seg(env, R_DS, 0x10)), -1);
    ck_assert_uint_eq(env->segs[R_DS].limit, 0xffffffffu);
    ck_assert_uint_eq(env->segs[R_DS].base, 0);
    ck_assert(rd32(GDT + 0x10 + 4) & DESC_A_MASK);
    ck_assert(env->segs[R_DS].flags & DESC_A_MASK);
    /* Byte granularity and a base. */
    ck_assert_int_eq(TRY(helper_load_seg(env, R_ES, 0x60)), -1);
    ck_assert_uint_eq(env->segs[R_ES].base, 0x100000);
    ck_assert_uint_eq(env->segs[R_ES].limit, 0xffff);
    ck_assert(env->hflags & HF_ADDSEG_MASK);

    struct { int seg; unsigned sel; int vec, err; } cases[] = {
        { R_DS, 0x18, EXCP_NP, 0x18 },  /* not present */
        { R_SS, 0x18, EXCP_SS, 0x18 },  /* SS not present: #SS */
        { R_DS, 0x20, EXCP_GP, 0x20 },  /* execute-only code */
        { R_SS, 0x28, EXCP_GP, 0x28 },  /* read-only data for SS */
        { R_SS, 0x08, EXCP_GP, 0x08 },  /* code for SS */
        { R_SS, 0x30, EXCP_GP, 0x30 },  /* SS DPL 3 != CPL 0 */
        { R_SS, 0x13, EXCP_GP, 0x10 },  /* SS RPL 3 != CPL 0 */
        { R_DS, 0x38, EXCP_GP, 0x38 },  /* system descriptor */
        { R_DS, 0x68, EXCP_GP, 0x68 },  /* beyond the GDT limit */
        { R_DS, 0x0c, EXCP_GP, 0x0c },  /* LDT (null LDTR: limit 0) */
        { R_SS, 0x00, EXCP_GP, 0 },     /* null SS */
        { R_SS, 0x03, EXCP_GP, 0 },
    };
    for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        env->ldt.limit = 0;
        SegmentCache before = env->segs[cases[i].seg];
        int v = TRY(helper_load_seg(env, (uint32_t)cases[i].seg, cases[i].sel));
        ck_assert_msg(v == cases[i].vec && env->error_code == cases[i].err,
                      "case %u: sel %x got vec %d err %x", i, cases[i].sel, v, env->error_code);
        ck_assert_uint_eq(env->segs[cases[i].seg].selector, before.selector);
    }
    /* Conforming readable code may go in DS; a null DS is allowed. */
    ck_assert_int_eq(TRY(helper_load_seg(env, R_DS, 0x58)), -1);
    ck_assert_int_eq(TRY(helper_load_seg(env, R_DS, 0)), -1);
    ck_assert_uint_eq(env->segs[R_DS].flags & DESC_P_MASK, 0);

    /* At CPL 3: DPL 0 data is out of reach (DPL < CPL), DPL 3 data is fine, and RPL 3
     * on DPL 0 data fails even at CPL 0. */
    enter_pm(3);
    int v = TRY(helper_load_seg(env, R_DS, 0x10));
    ck_assert_int_eq(v, EXCP_GP);
    ck_assert_int_eq(env->error_code, 0x10);
    ck_assert_int_eq(TRY(helper_load_seg(env, R_DS, 0x33)), -1);
    ck_assert_int_eq(TRY(helper_load_seg(env, R_SS, 0x33)), -1);
    ck_assert_int_eq(TRY(helper_load_seg(env, R_ES, 0x5b)), -1); /* conforming code */
    enter_pm(0);
    ck_assert_int_eq(TRY(helper_load_seg(env, R_DS, 0x13)), EXCP_GP);
}
END_TEST

START_TEST(test_ldt_tr_lar)
{
    enter_pm(0);
    /* LLDT, then a data segment from the LDT. */
    put_desc(0x3000, 0x08, 0x5000, 0xfff, 0x92, 0);
    ck_assert_int_eq(TRY(helper_lldt(env, 0x38)), -1);
    ck_assert_uint_eq(env->ldt.base, 0x3000);
    ck_assert_uint_eq(env->ldt.limit, 0x17);
    ck_assert_int_eq(TRY(helper_load_seg(env, R_FS, 0x0c)), -1);
    ck_assert_uint_eq(env->segs[R_FS].base, 0x5000);
    ck_assert_int_eq(TRY(helper_lldt(env, 0x10)), EXCP_GP); /* not an LDT */
    ck_assert_int_eq(env->error_code, 0x10);
    /* LTR marks the TSS busy; a busy TSS cannot be loaded again. */
    ck_assert_int_eq(TRY(helper_ltr(env, 0x48)), -1);
    ck_assert_uint_eq((rd32(GDT + 0x48 + 4) >> 8) & 0xf, 0xb);
    ck_assert_uint_eq(env->tr.base, TSS);
    ck_assert_int_eq(TRY(helper_ltr(env, 0x48)), EXCP_GP);
    /* LAR / LSL / VERR / VERW report through ZF (CC_OP_EFLAGS). */
    uint64_t r = 0;
    ck_assert_int_eq(TRY(r = helper_lar(env, 0x08)), -1);
    ck_assert_uint_eq(env->cc_op, CC_OP_EFLAGS);
    ck_assert(env->cc_src & CC_Z);
    ck_assert_uint_eq(r, 0x00c09a00u);
    ck_assert_int_eq(TRY(r = helper_lsl(env, 0x60)), -1);
    ck_assert(env->cc_src & CC_Z);
    ck_assert_uint_eq(r, 0xffff);
    ck_assert_int_eq(TRY(helper_lsl(env, 0x68)), -1); /* beyond the limit: ZF=0, no fault */
    ck_assert(!(env->cc_src & CC_Z));
    ck_assert_int_eq(TRY(helper_verw(env, 0x28)), -1); /* read-only */
    ck_assert(!(env->cc_src & CC_Z));
    ck_assert_int_eq(TRY(helper_verr(env, 0x28)), -1);
    ck_assert(env->cc_src & CC_Z);
    ck_assert_int_eq(TRY(helper_verr(env, 0x20)), -1); /* execute-only code */
    ck_assert(!(env->cc_src & CC_Z));
    /* The other flags survive: CF set before stays set. */
    x86_set_eflags(env, CC_C, CC_ALL);
    ck_assert_int_eq(TRY(helper_verr(env, 0x10)), -1);
    ck_assert_uint_eq(env->cc_src & (CC_Z | CC_C), CC_Z | CC_C);
}
END_TEST

/* ---- far transfers ---- */

START_TEST(test_call_gate_and_return)
{
    enter_pm(3);
    ck_assert_int_eq(TRY(helper_ltr(env, 0x48)), EXCP_GP); /* CPL 3 */
    env->tr = (SegmentCache){ 0x48, 0x67, TSS, DESC_P_MASK | (11u << DESC_TYPE_SHIFT) };
    env->regs[R_ESP] = 0x7000;
    wr32(0x7000, 0x11111111); /* parameter 1 (lowest address) */
    wr32(0x7004, 0x22222222); /* parameter 2 */
    /* CALL FAR 0x53:xxx through the DPL3 call gate to ring 0 with 2 dword parameters. */
    ck_assert_int_eq(TRY(helper_lcall_protected(env, 0x53, 0, 1, 0x401000)), -1);
    ck_assert_uint_eq(env->hflags & HF_CPL_MASK, 0);
    ck_assert_uint_eq(env->segs[R_CS].selector, 0x08);
    ck_assert_uint_eq(env->eip, 0x12345);
    ck_assert_uint_eq(env->segs[R_SS].selector, 0x10);
    uint32_t sp = (uint32_t)env->regs[R_ESP];
    ck_assert_uint_eq(sp, 0x9000 - 6 * 4);
    ck_assert_uint_eq(rd32(sp), 0x401000);        /* return EIP */
    ck_assert_uint_eq(rd32(sp + 4), 0x43);        /* return CS */
    ck_assert_uint_eq(rd32(sp + 8), 0x11111111);  /* parameters, same order */
    ck_assert_uint_eq(rd32(sp + 12), 0x22222222);
    ck_assert_uint_eq(rd32(sp + 16), 0x7000);     /* old ESP */
    ck_assert_uint_eq(rd32(sp + 20), 0x33);       /* old SS */
    /* RET FAR 8 back to ring 3: releases the parameters on both stacks; DS with DPL 0
     * becomes null. */
    x86_load_seg_cache(env, R_DS, 0x10, 0, 0xffffffff, DESC_P_MASK | DESC_S_MASK | DESC_W_MASK);
    ck_assert_int_eq(TRY(helper_lret_protected(env, 1, 8)), -1);
    ck_assert_uint_eq(env->hflags & HF_CPL_MASK, 3);
    ck_assert_uint_eq(env->segs[R_CS].selector, 0x43);
    ck_assert_uint_eq(env->eip, 0x401000);
    ck_assert_uint_eq(env->segs[R_SS].selector, 0x33);
    ck_assert_uint_eq(env->regs[R_ESP], 0x7008);
    ck_assert_uint_eq(env->segs[R_DS].selector, 0);
    ck_assert_uint_eq(env->segs[R_ES].selector, 0x33); /* DPL 3: kept */

    /* A far call straight to a DPL 0 non-conforming segment from CPL 3: #GP(sel). */
    ck_assert_int_eq(TRY(helper_lcall_protected(env, 0x08, 0x1000, 1, 0)), EXCP_GP);
    ck_assert_int_eq(env->error_code, 0x08);
    /* ...to a conforming one: allowed, CPL stays 3 and CS.RPL = 3. */
    ck_assert_int_eq(TRY(helper_lcall_protected(env, 0x58, 0x1000, 1, 0x401234)), -1);
    ck_assert_uint_eq(env->hflags & HF_CPL_MASK, 3);
    ck_assert_uint_eq(env->segs[R_CS].selector, 0x5b);
    /* Offset beyond the limit: #GP(0). */
    put_desc(GDT, 0x40, 0, 0xfff, 0xfa, 0x4);
    ck_assert_int_eq(TRY(helper_ljmp_protected(env, 0x43, 0x2000, 0)), EXCP_GP);
    ck_assert_int_eq(env->error_code, 0);
    ck_assert_int_eq(TRY(helper_ljmp_protected(env, 0x43, 0x800, 0)), -1);
    ck_assert_uint_eq(env->eip, 0x800);
    ck_assert(env->hflags & HF_CS32_MASK);
}
END_TEST

START_TEST(test_real_mode_far_and_iret)
{
    env->regs[R_ESP] = 0x8000;
    ck_assert_int_eq(TRY(helper_lcall_real(env, 0x2000, 0x0100, 0, 0xfff5)), -1);
    ck_assert_uint_eq(env->segs[R_CS].base, 0x20000);
    ck_assert_uint_eq(env->eip, 0x100);
    ck_assert_uint_eq(env->regs[R_ESP], 0x7ffc);
    ck_assert_uint_eq(rd16(0x7ffc), 0xfff5);
    ck_assert_uint_eq(rd16(0x7ffe), 0xf000);
    /* IRET (16-bit): IP, CS, FLAGS. */
    as_write(as, 0x7000, 0x1234, 2);
    as_write(as, 0x7002, 0x0050, 2);
    as_write(as, 0x7004, 0x08c3, 2); /* OF SF ZF CF */
    env->regs[R_ESP] = 0x7000;
    ck_assert_int_eq(TRY(helper_iret_real(env, 0)), -1);
    ck_assert_uint_eq(env->eip, 0x1234);
    ck_assert_uint_eq(env->segs[R_CS].base, 0x500);
    ck_assert_uint_eq(x86_get_eflags(env), 0x08c3 | 2);
    ck_assert_uint_eq(env->regs[R_ESP], 0x7006);
}
END_TEST

/* ---- interrupts ---- */

START_TEST(test_real_mode_interrupt)
{
    /* IVT entry 0x21 -> 1234:5678; INT 21h at F000:FFF0 (2 bytes). */
    wr32(0x21 * 4, 0x12345678);
    env->regs[R_ESP] = 0x8000;
    x86_set_eflags(env, IF_MASK | TF_MASK | CC_C, ~0u);
    env->exception_index = 0x21;
    env->exception_is_int = 1;
    env->exception_next_eip = 0xfff2;
    ck_assert_int_eq(TRY(x86_do_interrupt(env)), -1);
    ck_assert_uint_eq(env->segs[R_CS].selector, 0x1234);
    ck_assert_uint_eq(env->segs[R_CS].base, 0x12340);
    ck_assert_uint_eq(env->eip, 0x5678);
    ck_assert_uint_eq(env->regs[R_ESP], 0x7ffa);
    ck_assert_uint_eq(rd16(0x7ffa), 0xfff2);
    ck_assert_uint_eq(rd16(0x7ffc), 0xf000);
    ck_assert_uint_eq(rd16(0x7ffe), IF_MASK | TF_MASK | CC_C | 2);
    ck_assert_uint_eq(x86_get_eflags(env) & (IF_MASK | TF_MASK), 0);
    ck_assert(x86_get_eflags(env) & CC_C);
    ck_assert_int_eq(env->exception_index, -1);
}
END_TEST

static void build_idt(void)
{
    put_gate(IDT, 13 * 8, 0x08, 0x5000, 0x8e, 0);   /* #GP: interrupt gate 32, DPL0 */
    put_gate(IDT, 0x80 * 8, 0x08, 0x6000, 0xef, 0); /* trap gate 32, DPL3 */
    put_gate(IDT, 0x81 * 8, 0x08, 0x6100, 0x8e, 0); /* interrupt gate DPL0 */
    put_gate(IDT, 0x82 * 8, 0x08, 0x6200, 0x0e, 0); /* not present */
    put_gate(IDT, 0x83 * 8, 0x48, 0, 0xe5, 0);      /* task gate */
    put_gate(IDT, 0x84 * 8, 0x08, 0x6400, 0x86, 0); /* 16-bit interrupt gate */
    env->idt.base = IDT;
    env->idt.limit = 0x85 * 8 - 1;
    env->tr = (SegmentCache){ 0x48, 0x67, TSS, DESC_P_MASK | (11u << DESC_TYPE_SHIFT) };
}

static int deliver(int vec, int is_int, int err)
{
    env->exception_index = vec;
    env->exception_is_int = is_int;
    env->error_code = err;
    env->exception_next_eip = env->eip + 2;
    return TRY(x86_do_interrupt(env));
}

START_TEST(test_pm_interrupt_stack_switch)
{
    enter_pm(3);
    build_idt();
    env->eip = 0x401000;
    env->regs[R_ESP] = 0x7000;
    x86_set_eflags(env, IF_MASK | CC_Z, ~0u);
    /* #GP(0x1234) raised at CPL 3: ring-0 handler on the TSS stack, with error code. */
    ck_assert_int_eq(deliver(EXCP_GP, 0, 0x1234), -1);
    ck_assert_uint_eq(env->hflags & HF_CPL_MASK, 0);
    ck_assert_uint_eq(env->segs[R_CS].selector, 0x08);
    ck_assert_uint_eq(env->eip, 0x5000);
    ck_assert_uint_eq(env->segs[R_SS].selector, 0x10);
    uint32_t sp = (uint32_t)env->regs[R_ESP];
    ck_assert_uint_eq(sp, 0x9000 - 24);
    ck_assert_uint_eq(rd32(sp), 0x1234);           /* error code */
    ck_assert_uint_eq(rd32(sp + 4), 0x401000);     /* faulting EIP */
    ck_assert_uint_eq(rd32(sp + 8), 0x43);         /* CS */
    /* A fault's EFLAGS image has RF set (SDM vol. 3, 17.3.1.1). */
    ck_assert_uint_eq(rd32(sp + 12), IF_MASK | CC_Z | RF_MASK | 2);
    ck_assert_uint_eq(rd32(sp + 16), 0x7000);      /* ESP */
    ck_assert_uint_eq(rd32(sp + 20), 0x33);        /* SS */
    ck_assert(!(x86_get_eflags(env) & IF_MASK));   /* interrupt gate */
    /* IRET back to ring 3 (after dropping the error code). */
    env->regs[R_ESP] = sp + 4;
    ck_assert_int_eq(TRY(helper_iret_protected(env, 1, 0)), -1);
    ck_assert_uint_eq(env->hflags & HF_CPL_MASK, 3);
    ck_assert_uint_eq(env->eip, 0x401000);
    ck_assert_uint_eq(env->regs[R_ESP], 0x7000);
    /* RF comes back from the image; the next instruction clears it as it starts
     * (17.3.1.1), which translated code does: here by hand. */
    ck_assert_uint_eq(x86_get_eflags(env), IF_MASK | CC_Z | RF_MASK | 2);
    x86_set_eflags(env, 0, RF_MASK);

    /* INT 80h through a DPL 3 trap gate: IF stays set, return address after INT. */
    ck_assert_int_eq(deliver(0x80, 1, 0), -1);
    ck_assert_uint_eq(env->eip, 0x6000);
    ck_assert(x86_get_eflags(env) & IF_MASK);
    sp = (uint32_t)env->regs[R_ESP];
    ck_assert_uint_eq(sp, 0x9000 - 20);
    ck_assert_uint_eq(rd32(sp), 0x401002);
}
END_TEST

START_TEST(test_pm_interrupt_faults)
{
    enter_pm(3);
    build_idt();
    env->eip = 0x401000;
    env->regs[R_ESP] = 0x7000;
    /* INT 81h from CPL 3 through a DPL 0 gate: #GP(vec*8+2), no EXT. */
    ck_assert_int_eq(deliver(0x81, 1, 0), EXCP_GP);
    ck_assert_int_eq(env->error_code, 0x81 * 8 + 2);
    ck_assert_uint_eq(env->hflags & HF_CPL_MASK, 3); /* nothing committed */
    /* The same vector raised by hardware is not DPL-checked. */
    env->old_exception = -1;
    ck_assert_int_eq(TRY(x86_do_hw_interrupt(env, 0x81)), -1);
    ck_assert_uint_eq(env->eip, 0x6100);
    ck_assert_uint_eq(rd32((uint32_t)env->regs[R_ESP]), 0x401000); /* no error code */
    enter_pm(3);
    env->idt.base = IDT;
    env->regs[R_ESP] = 0x7000;
    /* Not-present gate, from hardware: #NP(vec*8+2+EXT). */
    ck_assert_int_eq(TRY(x86_do_hw_interrupt(env, 0x82)), EXCP_NP);
    ck_assert_int_eq(env->error_code, 0x82 * 8 + 3);
    /* Task gate to the all-zero TSS 0x48: the switch commits, then its null SS is
     * #TS(EXT) in the new task (SDM vol. 3, table 7-1; tests/unit/test_tasks.c). */
    env->old_exception = -1;
    ck_assert_int_eq(TRY(x86_do_hw_interrupt(env, 0x83)), EXCP_TS);
    ck_assert_int_eq(env->error_code, 1);
    ck_assert_uint_eq(env->tr.selector, 0x48);
    /* Beyond the IDT limit. */
    env->old_exception = -1;
    ck_assert_int_eq(TRY(x86_do_hw_interrupt(env, 0x90)), EXCP_GP);
    ck_assert_int_eq(env->error_code, 0x90 * 8 + 3);
}
END_TEST

START_TEST(test_double_and_triple_fault)
{
    enter_pm(0);
    build_idt();
    env->regs[R_ESP] = 0x8000;
    /* #NP whose IDT entry is empty (type 0): #GP during delivery of a contributory
     * exception -> #DF (SDM vol. 3, table 6-5). */
    ck_assert_int_eq(deliver(EXCP_NP, 0, 0x10), EXCP_DF);
    ck_assert_int_eq(env->error_code, 0);
    /* Delivering that #DF: vector 8 is also missing -> #GP while delivering #DF ->
     * triple fault (shutdown). */
    ck_assert_int_eq(deliver(EXCP_DF, 0, 0), EXCP_TRIPLE_FAULT);
    /* A benign first exception is just followed serially: #UD whose gate is missing
     * gives #GP, not #DF. */
    env->old_exception = -1;
    ck_assert_int_eq(deliver(EXCP_UD, 0, 0), EXCP_GP);
    ck_assert_int_eq(env->error_code, EXCP_UD * 8 + 2 + 1);
    /* #PF then #PF -> #DF. */
    env->old_exception = -1;
    ck_assert_int_eq(deliver(EXCP_PF, 0, 2), EXCP_DF);
    /* With a #DF handler: the #DF is delivered with error code 0. */
    put_gate(IDT, 8 * 8, 0x08, 0x7700, 0x8e, 0);
    env->regs[R_ESP] = 0x8000;
    ck_assert_int_eq(deliver(EXCP_DF, 0, 0), -1);
    ck_assert_uint_eq(env->eip, 0x7700);
    ck_assert_uint_eq(rd32(0x8000 - 16), 0);
    ck_assert_int_eq(env->old_exception, -1);
}
END_TEST

/* ---- paging ---- */

#define PD 0x10000u
#define PT 0x11000u

static void build_paging(void)
{
    wr32(PD + 1 * 4, PT | 0x7);                 /* 0x00400000: PT, user, writable */
    wr32(PT + 0 * 4, 0x20000 | 0x7);            /* 0x400000 -> 0x20000 user rw */
    wr32(PT + 1 * 4, 0x21000 | 0x5);            /* 0x401000 -> 0x21000 user ro */
    wr32(PT + 2 * 4, 0x22000 | 0x3);            /* 0x402000 -> 0x22000 supervisor rw */
    wr32(PT + 3 * 4, 0x23000 | 0x6);            /* 0x403000 not present */
    wr32(PD + 2 * 4, 0x800000 | 0x80 | 0x7);    /* 0x00800000: 4 MiB page, user rw */
    wr32(PD + 0 * 4, 0x00000 | 0x80 | 0x3);     /* 0: identity 4 MiB, supervisor */
    env->cr[3] = PD;
    x86_write_cr4(env, CR4_PSE, 0);
    x86_write_cr0(env, CR0_PE | CR0_PG | CR0_ET, 0);
}

static int ld(uint64_t lin, int mmu, uint64_t *val)
{
    return TRY(*val = x86_ld(env, lin, MO_32, mmu, 0));
}

static int st(uint64_t lin, int mmu, uint32_t val)
{
    return TRY(x86_st(env, lin, val, MO_32, mmu, 0));
}

START_TEST(test_page_walk)
{
    build_paging();
    uint64_t v = 0;
    wr32(0x20010, 0xcafef00d);
    ck_assert_int_eq(ld(0x400010, MMU_USER_IDX, &v), -1);
    ck_assert_uint_eq(v, 0xcafef00d);
    /* Accessed bits set in PDE and PTE, dirty not. */
    ck_assert(rd32(PD + 4) & 0x20);
    ck_assert_uint_eq(rd32(PT) & 0x60, 0x20);
    ck_assert_int_eq(st(0x400010, MMU_USER_IDX, 0x1234), -1);
    ck_assert_uint_eq(rd32(PT) & 0x60, 0x60);
    ck_assert_uint_eq(rd32(0x20010), 0x1234);

    /* #PF error codes (SDM vol. 3, 4.7): P W/R U/S RSVD, CR2 = the linear address. */
    struct { uint64_t lin; int mmu; int write; int err; } cases[] = {
        { 0x401000, MMU_USER_IDX, 1, 7 },   /* user write to read-only */
        { 0x402008, MMU_USER_IDX, 0, 5 },   /* user read of supervisor page */
        { 0x403000, MMU_KERNEL_IDX, 0, 0 }, /* not present */
        { 0x403004, MMU_USER_IDX, 1, 6 },
        { 0xc00000, MMU_KERNEL_IDX, 1, 2 }, /* PDE not present */
        { 0x000000, MMU_USER_IDX, 0, 5 },   /* supervisor 4 MiB page */
    };
    for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        int r = cases[i].write ? st(cases[i].lin, cases[i].mmu, 0) : ld(cases[i].lin, cases[i].mmu, &v);
        ck_assert_msg(r == EXCP_PF && env->error_code == cases[i].err,
                      "case %u: vec %d err %d", i, r, env->error_code);
        ck_assert_uint_eq(env->cr[2], cases[i].lin);
    }
    /* A failed walk sets no accessed bit. */
    ck_assert_uint_eq(rd32(PT + 8) & 0x20, 0);
    /* Supervisor writes to a read-only user page: allowed with WP=0, #PF(P|W) with WP=1. */
    ck_assert_int_eq(st(0x401000, MMU_KERNEL_IDX, 0x55), -1);
    x86_write_cr0(env, env->cr[0] | CR0_WP, 0);
    ck_assert_int_eq(st(0x401004, MMU_KERNEL_IDX, 0x55), EXCP_PF);
    ck_assert_int_eq(env->error_code, 3);
    /* 4 MiB page, and a reserved bit in its PDE. */
    wr32(0x800123, 0xabcdef01);
    ck_assert_int_eq(ld(0x800123, MMU_USER_IDX, &v), -1);
    ck_assert_uint_eq(v, 0xabcdef01);
    ck_assert(rd32(PD + 8) & 0x20);
    /* Bit 21 is reserved in every 4 MiB PDE; bits 20:13 carry address bits 39:32
     * (PSE-36), reserved only from MAXPHYADDR up (SDM vol. 3, table 4-4). */
    wr32(PD + 8, rd32(PD + 8) | (1u << 21));
    x86_tlb_flush(env);
    ck_assert_int_eq(ld(0x800123, MMU_USER_IDX, &v), EXCP_PF);
    ck_assert_int_eq(env->error_code, 1 | 4 | 8);
    /* Without CR4.PSE the PS bit is ignored: the PDE names a page table. */
    wr32(PD + 8, 0x11000 | 0x80 | 0x7);
    x86_write_cr4(env, 0, 0);
    ck_assert_int_eq(ld(0x800010, MMU_USER_IDX, &v), -1);
    ck_assert_uint_eq(v, 0x1234); /* through PT entry 0 -> 0x20000 */
}
END_TEST

START_TEST(test_tlb_flush)
{
    build_paging();
    uint64_t v = 0;
    wr32(0x20000, 111);
    wr32(0x22000, 222);
    ck_assert_int_eq(ld(0x400000, MMU_KERNEL_IDX, &v), -1);
    ck_assert_uint_eq(v, 111);
    /* Remap the page: the TLB still holds the old translation until flushed. */
    wr32(PT, 0x22000 | 0x7);
    ck_assert_int_eq(ld(0x400000, MMU_KERNEL_IDX, &v), -1);
    ck_assert_uint_eq(v, 111);
    x86_tlb_flush_page(env, 0x400abc);
    ck_assert_int_eq(ld(0x400000, MMU_KERNEL_IDX, &v), -1);
    ck_assert_uint_eq(v, 222);
    /* MOV CR3 flushes everything. */
    wr32(PT, 0x20000 | 0x7);
    ck_assert_int_eq(TRY(helper_mov_to_cr(env, 3, PD)), -1);
    ck_assert_int_eq(ld(0x400000, MMU_KERNEL_IDX, &v), -1);
    ck_assert_uint_eq(v, 111);
    /* Clearing PG goes back to linear = physical. */
    x86_write_cr0(env, CR0_PE | CR0_ET, 0);
    ck_assert_int_eq(ld(0x20000, MMU_KERNEL_IDX, &v), -1);
    ck_assert_uint_eq(v, 111);
    ck_assert_int_eq(ld(0x400000, MMU_KERNEL_IDX, &v), -1);
    ck_assert_uint_eq(v, 0);
}
END_TEST

START_TEST(test_page_crossing)
{
    build_paging();
    uint64_t v = 0;
    as_write(as, 0x20ffe, 0xbbaa, 2);
    as_write(as, 0x21000, 0xddcc, 2);
    ck_assert_int_eq(ld(0x400ffe, MMU_USER_IDX, &v), -1);
    ck_assert_uint_eq(v, 0xddccbbaa);
    /* The second page is read-only for the user: the store faults on it (CR2 = its
     * first byte) and writes nothing into the first page. */
    ck_assert_int_eq(st(0x400ffe, MMU_USER_IDX, 0x11223344), EXCP_PF);
    ck_assert_int_eq(env->error_code, 7);
    ck_assert_uint_eq(env->cr[2], 0x401000);
    ck_assert_uint_eq(rd16(0x20ffe), 0xbbaa);
    /* Sign-extending loads through the slow path. */
    ck_assert_int_eq(TRY(v = x86_ld(env, 0x400fff, MO_SW, MMU_USER_IDX, 0)), -1);
    ck_assert_uint_eq(v, 0xffffffffffffccbbull);
    /* Linear addresses wrap at 4 GiB outside long mode. */
    x86_write_cr0(env, CR0_PE | CR0_ET, 0);
    ck_assert_int_eq(TRY(x86_st(env, 0x1000000000ull + 0x30000, 0x77, MO_8, MMU_KERNEL_IDX, 0)), -1);
    ck_assert_uint_eq(as_read(as, 0x30000, 1), 0x77);
}
END_TEST

typedef struct { uint64_t last_off, last_val; unsigned writes, reads; } Dev;
static Dev dev;
static uint64_t dev_read(void *o, uint64_t off, unsigned size)
{
    (void)o; (void)size;
    dev.reads++;
    dev.last_off = off;
    return 0x5a5a0000u + off;
}
static void dev_write(void *o, uint64_t off, uint64_t val, unsigned size)
{
    (void)o; (void)size;
    dev.writes++;
    dev.last_off = off;
    dev.last_val = val;
}
static const MemRegionOps dev_ops = { dev_read, dev_write };

START_TEST(test_mmio_rom_a20)
{
    memset(&dev, 0, sizeof(dev));
    ck_assert_ptr_nonnull(as_add_mmio(as, "dev", 0xfee00000u, 0x1000, &dev_ops, NULL, 1));
    uint8_t rom[4096];
    memset(rom, 0x90, sizeof(rom));
    ck_assert_ptr_nonnull(as_add_rom(as, "rom", 0xfffff000u, 0x1000, rom, sizeof(rom)));
    uint64_t v = 0;
    ck_assert_int_eq(TRY(v = x86_ld(env, 0xfee00020u, MO_32, MMU_KERNEL_IDX, 0)), -1);
    ck_assert_uint_eq(v, 0x5a5a0020u);
    ck_assert_int_eq(TRY(x86_st(env, 0xfee00030u, 0x99, MO_32, MMU_KERNEL_IDX, 0)), -1);
    ck_assert_uint_eq(dev.writes, 1);
    ck_assert_uint_eq(dev.last_val, 0x99);
    /* Every access goes to the device, none is cached. */
    ck_assert_int_eq(TRY(v = x86_ld(env, 0xfee00020u, MO_32, MMU_KERNEL_IDX, 0)), -1);
    ck_assert_uint_eq(dev.reads, 2);
    /* ROM reads, ignores writes. */
    ck_assert_int_eq(TRY(x86_st(env, 0xfffff010u, 0x12345678, MO_32, MMU_KERNEL_IDX, 0)), -1);
    ck_assert_int_eq(TRY(v = x86_ld(env, 0xfffff010u, MO_32, MMU_KERNEL_IDX, 0)), -1);
    ck_assert_uint_eq(v, 0x90909090u);
    /* Code fetch through ROM, and across its end at 4 GiB (wrapping to 0). */
    uint8_t buf[8];
    wr32(0, 0x44332211);
    ck_assert_uint_eq(x86_code_fetch(env, 0xfffffffcu, buf, 8), 8);
    ck_assert_uint_eq(buf[0], 0x90);
    ck_assert_uint_eq(buf[4], 0x11);
    /* A20 closed: 1 MiB + x aliases x. */
    env->a20_mask = ~(1ull << 20);
    x86_tlb_flush(env);
    wr32(0x10, 0xa20a20);
    ck_assert_int_eq(TRY(v = x86_ld(env, 0x100010, MO_32, MMU_KERNEL_IDX, 0)), -1);
    ck_assert_uint_eq(v, 0xa20a20);
}
END_TEST

/* ---- system instructions ---- */

START_TEST(test_cr_and_cpuid)
{
    /* PG without PE, NW without CD, bits 63:32: #GP(0). */
    ck_assert_int_eq(TRY(helper_mov_to_cr(env, 0, CR0_PG | CR0_ET)), EXCP_GP);
    ck_assert_int_eq(TRY(helper_mov_to_cr(env, 0, CR0_NW | CR0_ET)), EXCP_GP);
    ck_assert_int_eq(TRY(helper_mov_to_cr(env, 0, 1ull << 32)), EXCP_GP);
    /* OSFXSR is defined since CPUID offers FXSR (SDM vol. 3, 2.5) */
    ck_assert_int_eq(TRY(helper_mov_to_cr(env, 4, CR4_OSFXSR)), -1);
    ck_assert_int_eq(TRY(helper_mov_to_cr(env, 4, 0)), -1);
    ck_assert_int_eq(TRY(helper_mov_to_cr(env, 1, 0)), EXCP_UD);
    /* ET reads 1; PE enables hflags.PE; LMSW cannot clear PE. */
    ck_assert_int_eq(TRY(helper_mov_to_cr(env, 0, CR0_PE)), -1);
    ck_assert_uint_eq(env->cr[0], CR0_PE | CR0_ET);
    ck_assert(env->hflags & HF_PE_MASK);
    ck_assert_int_eq(TRY(helper_lmsw(env, CR0_TS)), -1);
    ck_assert_uint_eq(env->cr[0], CR0_PE | CR0_ET | CR0_TS);
    ck_assert_int_eq(TRY(helper_clts(env)), -1);
    ck_assert_uint_eq(env->cr[0], CR0_PE | CR0_ET);
    /* PAE paging (tests/unit/test_mmu.c has the details): the PDPTEs at CR3 = 0 are
     * all zero (not present), so paging can be turned on; then off again. */
    ck_assert_int_eq(TRY(helper_mov_to_cr(env, 4, CR4_PAE)), -1);
    ck_assert_int_eq(TRY(helper_mov_to_cr(env, 0, CR0_PE | CR0_PG)), -1);
    ck_assert_int_eq(TRY(helper_mov_to_cr(env, 0, CR0_PE)), -1);
    ck_assert_int_eq(TRY(helper_mov_to_cr(env, 4, 0)), -1);
    /* CPL 3: privileged. */
    enter_pm(3);
    ck_assert_int_eq(TRY(helper_mov_from_cr(env, 0)), EXCP_GP);
    ck_assert_int_eq(TRY(helper_rdmsr(env)), EXCP_GP);
    /* RDTSC at CPL 3 unless CR4.TSD. */
    ck_assert_int_eq(TRY(helper_rdtsc(env)), -1);
    env->cr[4] |= CR4_TSD;
    ck_assert_int_eq(TRY(helper_rdtsc(env)), EXCP_GP);

    /* CPUID: GenuineIntel, family 6, only implemented features. */
    env->regs[R_EAX] = 0;
    helper_cpuid(env);
    ck_assert_uint_eq(env->regs[R_EAX], 0xD); /* up to the XSAVE leaf (sse helper) */
    char vendor[13] = { 0 };
    memcpy(vendor, &env->regs[R_EBX], 4);
    memcpy(vendor + 4, &env->regs[R_EDX], 4);
    memcpy(vendor + 8, &env->regs[R_ECX], 4);
    ck_assert_str_eq(vendor, "GenuineIntel");
    env->regs[R_EAX] = 1;
    helper_cpuid(env);
    ck_assert_uint_eq((env->regs[R_EAX] >> 8) & 0xf, 6);
    ck_assert(env->regs[R_EDX] & (1u << 15)); /* CMOV */
    ck_assert(env->regs[R_EDX] & (1u << 8));  /* CX8 */
    ck_assert(env->regs[R_EDX] & (1u << 4));  /* TSC */
    ck_assert(env->regs[R_EDX] & (1u << 6));  /* PAE */
    ck_assert(env->regs[R_EDX] & (1u << 0));  /* FPU */
    ck_assert(env->regs[R_EDX] & (1u << 24)); /* FXSR */
    ck_assert_uint_eq(env->regs[R_EDX] & (1u << 9), 0); /* no APIC (no board here) */
    /* MMX SSE SSE2; SSE3 SSSE3 SSE4.1 SSE4.2 POPCNT XSAVE, OSXSAVE only with CR4.OSXSAVE */
    ck_assert_uint_eq(env->regs[R_EDX] & 0x06800000u, 0x06800000u);
    ck_assert_uint_eq(env->regs[R_ECX] & 0x0C980201u, 0x04980201u);
}
END_TEST

START_TEST(test_msr_tsc_io)
{
    x86_icount_set(env, 1000);
    env->regs[R_ECX] = 0x10;
    env->regs[R_EAX] = 5000;
    env->regs[R_EDX] = 0;
    ck_assert_int_eq(TRY(helper_wrmsr(env)), -1);
    x86_icount_set(env, 1100);
    ck_assert_int_eq(TRY(helper_rdtsc(env)), -1);
    ck_assert_uint_eq(env->regs[R_EAX], 5100);
    env->regs[R_ECX] = 0x1b;
    ck_assert_int_eq(TRY(helper_rdmsr(env)), -1);
    ck_assert_uint_eq(env->regs[R_EAX], 0xfee00900u);
    env->regs[R_ECX] = 0x12345;
    ck_assert_int_eq(TRY(helper_rdmsr(env)), EXCP_GP);
    env->regs[R_ECX] = 0x174;
    env->regs[R_EAX] = 0x08;
    ck_assert_int_eq(TRY(helper_wrmsr(env)), -1);
    ck_assert_uint_eq(env->sysenter_cs, 0x08);

    /* I/O bitmap at CPL 3 with IOPL 0: port 0x3f8 allowed, 0x3f9 denied; a 2-byte
     * access at 0x3f8 touches the denied port too. */
    enter_pm(3);
    env->tr = (SegmentCache){ 0x48, 0x67 + 0x80 + 1, TSS, DESC_P_MASK | (11u << DESC_TYPE_SHIFT) };
    as_write(as, TSS + 0x66, 0x68, 2);
    as_write(as, TSS + 0x68 + 0x3f8 / 8, 0x02, 1); /* bit 1 = port 0x3f9 */
    ck_assert_int_eq(TRY(helper_check_io(env, 0x3f8, 1)), -1);
    ck_assert_int_eq(TRY(helper_check_io(env, 0x3f9, 1)), EXCP_GP);
    ck_assert_int_eq(TRY(helper_check_io(env, 0x3f8, 2)), EXCP_GP);
    /* Beyond the TSS limit: denied. */
    ck_assert_int_eq(TRY(helper_check_io(env, 0xfff0, 1)), EXCP_GP);
    /* IOPL 3 allows everything without looking. */
    x86_set_eflags(env, 3u << IOPL_SHIFT, IOPL_MASK);
    ck_assert_int_eq(TRY(helper_check_io(env, 0x3f9, 1)), -1);
    /* HLT at CPL 3: #GP; at CPL 0: halts past the insn. */
    ck_assert_int_eq(TRY(helper_hlt(env, 1)), EXCP_GP);
    enter_pm(0);
    env->eip = 0x100;
    ck_assert_int_eq(TRY(helper_hlt(env, 1)), EXCP_HLT);
    ck_assert(env->halted);
    ck_assert_uint_eq(env->eip, 0x101);
}
END_TEST

static Suite *cpu_suite(void)
{
    Suite *s = suite_create("cpu");
    TCase *tc = tcase_create("system");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_reset_state);
    tcase_add_test(tc, test_eflags_lazy);
    tcase_add_test(tc, test_hflags);
    tcase_add_test(tc, test_load_seg_real);
    tcase_add_test(tc, test_load_seg_checks);
    tcase_add_test(tc, test_ldt_tr_lar);
    tcase_add_test(tc, test_call_gate_and_return);
    tcase_add_test(tc, test_real_mode_far_and_iret);
    tcase_add_test(tc, test_real_mode_interrupt);
    tcase_add_test(tc, test_pm_interrupt_stack_switch);
    tcase_add_test(tc, test_pm_interrupt_faults);
    tcase_add_test(tc, test_double_and_triple_fault);
    tcase_add_test(tc, test_page_walk);
    tcase_add_test(tc, test_tlb_flush);
    tcase_add_test(tc, test_page_crossing);
    tcase_add_test(tc, test_mmio_rom_a20);
    tcase_add_test(tc, test_cr_and_cpuid);
    tcase_add_test(tc, test_msr_tsc_io);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(cpu_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

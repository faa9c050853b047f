/* Unit tests for hardware task switches (SDM vol. 3, chapter 7), virtual-8086 mode entry
 * and exit (chapter 20), the stack-limit checks of far transfers and event delivery (5.3,
 * 6.12.1) and SYSENTER/SYSEXIT (vol. 2B). Helpers run outside translated code; their
 * exceptions unwind to a setjmp here. */
#include <check.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/cpu.h"
#include "cpu/helper.h"
#include "cpu/misc_helper.h"
#include "cpu/seg_helper.h"
#include "cpu/task_helper.h"
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
static void wr16(uint64_t pa, uint32_t v) { as_write(as, pa, v, 2); }
static uint32_t rd32(uint64_t pa) { return (uint32_t)as_read(as, pa, 4); }
static uint32_t rd16(uint64_t pa) { return (uint32_t)as_read(as, pa, 2); }
static uint32_t rd8(uint64_t pa) { return (uint32_t)as_read(as, pa, 1); }

#pragma GCC diagnostic ignored "-Wclobbered"
#define TRY(stmt) ({ int r_ = -1; \
    if (setjmp(env->jmp_env) == 0) { stmt; } else { r_ = env->exception_index; } r_; })

#define GDT 0x1000u
#define TSS1 0x2000u   /* the running task */
#define TSS2 0x2100u
#define TSS16 0x2200u
#define LDT 0x3000u
#define IDT 0x4000u

/* selectors */
enum {
    S_CODE = 0x08, S_DATA = 0x10, S_CODE3 = 0x18, S_DATA3 = 0x20, S_TSS1 = 0x28,
    S_TSS2 = 0x30, S_TSS16 = 0x38, S_TGATE = 0x40, S_LDT = 0x48, S_DATA16 = 0x50,
    S_CODE16 = 0x58, S_SMALL = 0x60, S_EXPDN = 0x68, S_TSSSHORT = 0x70, S_TSSNP = 0x78,
    S_DATANP = 0x80, S_XONLY = 0x88, S_SMALL3 = 0x90, S_GATE3 = 0x98,
};

static void put_desc(unsigned sel, uint32_t base, uint32_t limit, uint32_t access,
                     uint32_t gdb)
{
    uint32_t e1 = (limit & 0xffff) | (base << 16);
    uint32_t e2 = ((base >> 16) & 0xff) | (access << 8) | (limit & 0xf0000) | (gdb << 20) |
                  (base & 0xff000000u);
    wr32(GDT + (sel & ~7u), e1);
    wr32(GDT + (sel & ~7u) + 4, e2);
}

static void put_gate(uint64_t table, unsigned index_bytes, uint32_t sel, uint32_t off,
                     uint32_t access, unsigned params)
{
    wr32(table + index_bytes, (off & 0xffff) | (sel << 16));
    wr32(table + index_bytes + 4, (off & 0xffff0000u) | (access << 8) | params);
}

/* A 32-bit TSS for flat ring-0 code at eip with stack esp. */
static void put_tss32(uint32_t base, uint32_t eip, uint32_t esp)
{
    for (uint32_t i = 0; i < 0x68; i += 4)
        wr32(base + i, 0);
    wr32(base + 0x04, 0x9000); /* ESP0 / SS0 for interrupts in that task */
    wr32(base + 0x08, S_DATA);
    wr32(base + 0x20, eip);
    wr32(base + 0x24, 2);
    for (int i = 0; i < 8; i++)
        wr32(base + 0x28 + 4 * (uint32_t)i, 0x11110000u + (uint32_t)i);
    wr32(base + 0x38, esp);
    for (int i = 0; i < 6; i++)
        wr32(base + 0x48 + 4 * (uint32_t)i, i == R_CS ? S_CODE : S_DATA);
    wr16(base + 0x66, 0x68);
}

/* Flat protected mode at CPL 0, running the task of TSS1 (busy). */
static void enter_pm0(void)
{
    put_desc(S_CODE, 0, 0xfffff, 0x9a, 0xc);
    put_desc(S_DATA, 0, 0xfffff, 0x92, 0xc);
    put_desc(S_CODE3, 0, 0xfffff, 0xfa, 0xc);
    put_desc(S_DATA3, 0, 0xfffff, 0xf2, 0xc);
    put_desc(S_TSS1, TSS1, 0x67, 0x8b, 0);
    put_desc(S_TSS2, TSS2, 0x67, 0x89, 0);
    put_desc(S_TSS16, TSS16, 0x2b, 0x81, 0);
    put_gate(GDT, S_TGATE, S_TSS2, 0, 0x85, 0);
    put_desc(S_LDT, LDT, 0x17, 0x82, 0);
    put_desc(S_DATA16, 0, 0xffff, 0x92, 0);
    put_desc(S_CODE16, 0xf0000, 0xffff, 0x9a, 0);
    put_desc(S_SMALL, 0x100000, 0xfff, 0x92, 0x4);
    put_desc(S_EXPDN, 0x100000, 0xfff, 0x96, 0x4);
    put_desc(S_TSSSHORT, TSS2, 0x50, 0x89, 0);
    put_desc(S_TSSNP, TSS2, 0x67, 0x09, 0);
    put_desc(S_DATANP, 0, 0xfffff, 0x12, 0xc);
    put_desc(S_XONLY, 0, 0xfffff, 0x98, 0xc);
    put_desc(S_SMALL3, 0x100000, 0xfff, 0xf2, 0x4);
    put_gate(GDT, S_GATE3, S_CODE, 0x7000, 0xec, 0);
    env->gdt.base = GDT;
    env->gdt.limit = 0xff;
    env->idt.base = IDT;
    env->idt.limit = 0x7ff;
    put_tss32(TSS1, 0x100, 0x8000);
    put_tss32(TSS2, 0x5000, 0x6000);
    x86_write_cr0(env, env->cr[0] | CR0_PE, 0);
    x86_set_eflags(env, 2, ~0u);
    env->efer = 0;
    env->old_exception = -1;
    uint32_t code = DESC_P_MASK | DESC_S_MASK | DESC_CS_MASK | DESC_R_MASK | DESC_A_MASK |
                    DESC_B_MASK | DESC_G_MASK;
    uint32_t data = DESC_P_MASK | DESC_S_MASK | DESC_W_MASK | DESC_A_MASK | DESC_B_MASK |
                    DESC_G_MASK;
    x86_load_seg_cache(env, R_CS, S_CODE, 0, 0xffffffff, code);
    for (int s = R_ES; s <= R_GS; s++)
        if (s != R_CS)
            x86_load_seg_cache(env, s, S_DATA, 0, 0xffffffff, data);
    env->tr = (SegmentCache){ S_TSS1, 0x67, TSS1, DESC_P_MASK | (11u << DESC_TYPE_SHIFT) };
    env->regs[R_ESP] = 0x8000;
    env->eip = 0x1000;
}

static void enter_cpl3(void)
{
    uint32_t dpl3 = 3u << DESC_DPL_SHIFT;
    x86_load_seg_cache(env, R_CS, S_CODE3 | 3, 0, 0xffffffff,
                       DESC_P_MASK | DESC_S_MASK | DESC_CS_MASK | DESC_R_MASK | DESC_A_MASK |
                           DESC_B_MASK | DESC_G_MASK | dpl3);
    x86_load_seg_cache(env, R_SS, S_DATA3 | 3, 0, 0xffffffff,
                       DESC_P_MASK | DESC_S_MASK | DESC_W_MASK | DESC_A_MASK | DESC_B_MASK |
                           DESC_G_MASK | dpl3);
}

/* ---- task switches ---- */

START_TEST(test_jmp_call_iret)
{
    enter_pm0();
    wr16(TSS2, 0x7777);                      /* back link: a JMP leaves it */
    wr32(TSS2 + 0x24, 2 | CC_C);
    wr16(TSS2 + 0x60, S_LDT);
    wr32(TSS2 + 0x58, 0);                    /* FS null */
    for (int i = 0; i < 8; i++)
        env->regs[i] = 0xa0a0a000u + (uint32_t)i;
    x86_set_eflags(env, CC_Z | IF_MASK, ~0u);

    ck_assert_int_eq(TRY(helper_ljmp_protected(env, S_TSS2, 0, 0x1234)), -1);
    /* new task loaded (7.3 step 12) */
    ck_assert_uint_eq(env->tr.selector, S_TSS2);
    ck_assert_uint_eq(env->tr.base, TSS2);
    ck_assert_uint_eq(env->eip, 0x5000);
    ck_assert_uint_eq(env->regs[R_EAX], 0x11110000u);
    ck_assert_uint_eq(env->regs[R_ESP], 0x6000);
    ck_assert_uint_eq(env->regs[R_EDI], 0x11110007u);
    ck_assert_uint_eq(x86_get_eflags(env), 2 | CC_C);      /* NT from the image: clear */
    ck_assert_uint_eq(env->segs[R_CS].selector, S_CODE);
    ck_assert_uint_eq(env->segs[R_FS].selector, 0);
    ck_assert_uint_eq(env->segs[R_DS].limit, 0xffffffffu);
    ck_assert_uint_eq(env->ldt.selector, S_LDT);
    ck_assert_uint_eq(env->ldt.base, LDT);
    ck_assert(env->cr[0] & CR0_TS);
    ck_assert(env->hflags & HF_TS_MASK);
    /* old task saved (step 8), busy bits (table 7-2), link untouched by JMP */
    ck_assert_uint_eq(rd32(TSS1 + 0x20), 0x1234);
    ck_assert_uint_eq(rd32(TSS1 + 0x24), 2 | CC_Z | IF_MASK);
    ck_assert_uint_eq(rd32(TSS1 + 0x28), 0xa0a0a000u);
    ck_assert_uint_eq(rd16(TSS1 + 0x4c), S_CODE);
    ck_assert_uint_eq(rd8(GDT + S_TSS1 + 5), 0x89);
    ck_assert_uint_eq(rd8(GDT + S_TSS2 + 5), 0x8b);
    ck_assert_uint_eq(rd16(TSS2), 0x7777);
    /* DS got its accessed bit */
    ck_assert_uint_eq(rd8(GDT + S_DATA + 5), 0x93);

    /* CALL back to TSS1: nesting sets NT and the link; both busy */
    env->cr[0] &= ~(uint64_t)CR0_TS;
    ck_assert_int_eq(TRY(helper_lcall_protected(env, S_TSS1, 0, 1, 0x5005)), -1);
    ck_assert_uint_eq(env->tr.selector, S_TSS1);
    ck_assert_uint_eq(env->eip, 0x1234);
    ck_assert(x86_get_eflags(env) & NT_MASK);
    ck_assert_uint_eq(rd16(TSS1), S_TSS2);
    ck_assert_uint_eq(rd8(GDT + S_TSS1 + 5), 0x8b);
    ck_assert_uint_eq(rd8(GDT + S_TSS2 + 5), 0x8b);
    ck_assert(env->cr[0] & CR0_TS);

    /* IRET with NT: back to TSS2, TSS1 no longer busy, its saved NT cleared */
    ck_assert_int_eq(TRY(helper_iret_protected(env, 1, 0x1240)), -1);
    ck_assert_uint_eq(env->tr.selector, S_TSS2);
    ck_assert_uint_eq(env->eip, 0x5005);
    ck_assert_uint_eq(rd8(GDT + S_TSS1 + 5), 0x89);
    ck_assert_uint_eq(rd8(GDT + S_TSS2 + 5), 0x8b);
    ck_assert_uint_eq(rd32(TSS1 + 0x20), 0x1240);
    ck_assert_uint_eq(rd32(TSS1 + 0x24) & NT_MASK, 0);
    ck_assert_uint_eq(x86_get_eflags(env) & NT_MASK, 0);

    /* JMP through a task gate (in the GDT) to the now available TSS1 */
    ck_assert_int_eq(TRY(helper_ljmp_protected(env, S_TGATE, 0, 0)), EXCP_GP); /* TSS2 busy */
    ck_assert_int_eq(env->error_code, S_TSS2);
    put_gate(GDT, S_TGATE, S_TSS1, 0, 0x85, 0);
    ck_assert_int_eq(TRY(helper_ljmp_protected(env, S_TGATE, 0, 0x5010)), -1);
    ck_assert_uint_eq(env->tr.selector, S_TSS1);
    ck_assert_uint_eq(env->eip, 0x1240);
}
END_TEST

/* Checks before the commit point are taken in the old task (nothing changes). */
START_TEST(test_switch_faults_before_commit)
{
    enter_pm0();
    struct { uint32_t sel; int vec, err; } cases[] = {
        { S_TSS1, EXCP_GP, S_TSS1 },           /* busy */
        { S_TSS2 | 3, EXCP_GP, S_TSS2 },       /* RPL 3 > DPL 0 */
        { S_TSSNP, EXCP_NP, S_TSSNP },
        { S_TSSSHORT, EXCP_TS, S_TSSSHORT },   /* limit < 67H */
        { S_TGATE | 3, EXCP_GP, S_TGATE },
    };
    for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        ck_assert_int_eq(TRY(helper_ljmp_protected(env, cases[i].sel, 0, 0)), cases[i].vec);
        ck_assert_int_eq(env->error_code, cases[i].err);
        ck_assert_uint_eq(env->tr.selector, S_TSS1);
        ck_assert_uint_eq(rd8(GDT + S_TSS1 + 5), 0x8b);
        ck_assert_uint_eq(rd8(GDT + S_TSS2 + 5), 0x89);
        ck_assert_uint_eq(env->cr[0] & CR0_TS, 0);
    }
    /* a task gate not present; a task gate naming a non-TSS */
    put_gate(GDT, S_TGATE, S_TSS2, 0, 0x05, 0);
    ck_assert_int_eq(TRY(helper_lcall_protected(env, S_TGATE, 0, 1, 0)), EXCP_NP);
    ck_assert_int_eq(env->error_code, S_TGATE);
    put_gate(GDT, S_TGATE, S_DATA, 0, 0x85, 0);
    ck_assert_int_eq(TRY(helper_lcall_protected(env, S_TGATE, 0, 1, 0)), EXCP_GP);
    ck_assert_int_eq(env->error_code, S_DATA);
    /* IRET task return: the link must be a busy TSS (#TS) */
    x86_set_eflags(env, NT_MASK, NT_MASK);
    wr16(TSS1, S_TSS2);
    ck_assert_int_eq(TRY(helper_iret_protected(env, 1, 0)), EXCP_TS);
    ck_assert_int_eq(env->error_code, S_TSS2);
    /* no task switching in IA-32e mode (7.7) */
    env->efer |= EFER_LMA;
    ck_assert_int_eq(TRY(helper_iret_protected(env, 1, 0)), EXCP_GP);
    ck_assert_int_eq(env->error_code, 0);
    x86_set_eflags(env, 0, NT_MASK);
    ck_assert_int_eq(TRY(helper_ljmp_protected(env, S_TSS2, 0, 0)), EXCP_GP);
    ck_assert_int_eq(env->error_code, S_TSS2);
    ck_assert_uint_eq(env->tr.selector, S_TSS1);
}
END_TEST

/* Faults after the commit point: taken in the new task, at its first instruction. */
static void bad_field(uint32_t off, uint32_t val, int vec, int err)
{
    enter_pm0();
    wr16(TSS2 + off, val);
    ck_assert_int_eq(TRY(helper_ljmp_protected(env, S_TSS2, 0, 0x1234)), vec);
    ck_assert_int_eq(env->error_code, err);
    ck_assert_uint_eq(env->tr.selector, S_TSS2);
    ck_assert_uint_eq(env->eip, 0x5000);
    ck_assert_uint_eq(rd8(GDT + S_TSS2 + 5), 0x8b);
    ck_assert_uint_eq(rd32(TSS1 + 0x20), 0x1234);
}

START_TEST(test_switch_faults_after_commit)
{
    bad_field(0x4c, S_DATA, EXCP_TS, S_DATA);          /* CS not code */
    bad_field(0x4c, 0, EXCP_TS, 0);                    /* CS null */
    bad_field(0x4c, S_CODE | 3, EXCP_TS, S_CODE);      /* CS DPL 0 != RPL 3 */
    bad_field(0x50, 0, EXCP_TS, 0);                    /* SS null */
    bad_field(0x50, S_DATANP, EXCP_SS, S_DATANP);      /* SS not present */
    bad_field(0x50, S_DATA3 | 3, EXCP_TS, S_DATA3);    /* SS DPL 3 != CPL 0 */
    bad_field(0x50, S_XONLY, EXCP_TS, S_XONLY);        /* SS not writable data */
    bad_field(0x54, S_DATANP, EXCP_NP, S_DATANP);      /* DS not present */
    bad_field(0x54, S_XONLY, EXCP_TS, S_XONLY);        /* DS execute-only */
    bad_field(0x54, 0x7ff8, EXCP_TS, 0x7ff8);          /* DS beyond the GDT */
    bad_field(0x60, S_DATA, EXCP_TS, S_DATA);          /* LDT selector not an LDT */
    bad_field(0x60, S_LDT | 4, EXCP_TS, S_LDT | 4);    /* LDT selector with TI */
    /* the selectors are in the registers even though a check failed */
    bad_field(0x54, S_DATANP, EXCP_NP, S_DATANP);
    ck_assert_uint_eq(env->segs[R_DS].selector, S_DATANP);
    ck_assert_uint_eq(env->segs[R_CS].selector, S_CODE);
    ck_assert(env->cr[0] & CR0_TS);
}
END_TEST

START_TEST(test_tss16)
{
    enter_pm0();
    for (uint32_t i = 0; i < 0x2c; i += 2)
        wr16(TSS16 + i, 0);
    wr16(TSS16 + 0x0e, 0x0100);              /* IP */
    wr16(TSS16 + 0x10, 2 | CC_S);            /* FLAGS */
    wr16(TSS16 + 0x12, 0x1234);              /* AX */
    wr16(TSS16 + 0x1a, 0x0800);              /* SP */
    wr16(TSS16 + 0x22, S_DATA16);
    wr16(TSS16 + 0x24, S_CODE16);
    wr16(TSS16 + 0x26, S_DATA16);
    wr16(TSS16 + 0x28, S_DATA16);
    env->regs[R_FS] = 0;
    ck_assert_int_eq(TRY(helper_ljmp_protected(env, S_TSS16, 0, 0x42)), -1);
    ck_assert_uint_eq(env->tr.selector, S_TSS16);
    ck_assert_uint_eq(env->eip, 0x100);
    ck_assert_uint_eq(env->regs[R_EAX] & 0xffff, 0x1234);
    ck_assert_uint_eq(env->regs[R_ESP] & 0xffff, 0x0800);
    ck_assert_uint_eq(x86_get_eflags(env), 2 | CC_S);
    ck_assert_uint_eq(env->segs[R_FS].selector, 0);
    ck_assert_uint_eq(env->segs[R_GS].selector, 0);
    ck_assert_uint_eq(env->segs[R_CS].base, 0xf0000);
    ck_assert(!(env->hflags & HF_CS32_MASK));
    ck_assert_uint_eq(rd8(GDT + S_TSS16 + 5), 0x83);
    /* back to the 32-bit task: the 16-bit TSS gets 16-bit fields */
    env->regs[R_EBX] = 0xdead5678;
    ck_assert_int_eq(TRY(helper_ljmp_protected(env, S_TSS1, 0, 0x0123)), -1);
    ck_assert_uint_eq(env->tr.selector, S_TSS1);
    ck_assert_uint_eq(env->eip, 0x42);
    ck_assert_uint_eq(rd16(TSS16 + 0x0e), 0x0123);
    ck_assert_uint_eq(rd16(TSS16 + 0x18), 0x5678);
    ck_assert_uint_eq(rd16(TSS16 + 0x1a), 0x0800);
    ck_assert_uint_eq(rd8(GDT + S_TSS16 + 5), 0x81);
}
END_TEST

/* Event delivery through task gates in the IDT (SDM vol. 2, INT n "TASK-GATE"). */
START_TEST(test_task_gate_interrupt)
{
    enter_pm0();
    put_gate(IDT, EXCP_DF * 8, S_TSS2, 0, 0x85, 0);
    put_gate(IDT, 0x40 * 8, S_TSS2, 0, 0x85, 0);
    env->eip = 0x1111;
    env->exception_index = EXCP_DF;
    env->error_code = 0;
    env->exception_is_int = 0;
    ck_assert_int_eq(TRY(x86_do_interrupt(env)), -1);
    ck_assert_uint_eq(env->tr.selector, S_TSS2);
    ck_assert_uint_eq(env->eip, 0x5000);
    ck_assert_uint_eq(env->regs[R_ESP], 0x6000 - 4);          /* error code pushed */
    ck_assert_uint_eq(rd32(0x6000 - 4), 0);
    ck_assert(x86_get_eflags(env) & NT_MASK);
    ck_assert_uint_eq(rd16(TSS2), S_TSS1);
    ck_assert_uint_eq(rd32(TSS1 + 0x20), 0x1111);             /* the faulting EIP */
    ck_assert_uint_eq(rd8(GDT + S_TSS1 + 5), 0x8b);
    /* IRET back, then INT 40h: saved EIP after the INT, no error code */
    ck_assert_int_eq(TRY(helper_iret_protected(env, 1, 0x5004)), -1);
    ck_assert_uint_eq(env->tr.selector, S_TSS1);
    ck_assert_uint_eq(env->eip, 0x1111);
    env->exception_index = 0x40;
    env->exception_is_int = 1;
    env->exception_next_eip = 0x1113;
    ck_assert_int_eq(TRY(x86_do_interrupt(env)), -1);
    ck_assert_uint_eq(env->eip, 0x5004);                       /* resumed after its IRET */
    ck_assert_uint_eq(rd32(TSS1 + 0x20), 0x1113);
    ck_assert_uint_eq(env->regs[R_ESP], 0x6000 - 4);           /* nothing more pushed */
    /* the TSS is busy now: a hardware interrupt through the gate is #GP(TSS + EXT) */
    env->old_exception = -1;
    ck_assert_int_eq(TRY(x86_do_hw_interrupt(env, 0x40)), EXCP_GP);
    ck_assert_int_eq(env->error_code, S_TSS2 + 1);
}
END_TEST

START_TEST(test_trap_bit_and_cr3)
{
    enter_pm0();
    wr16(TSS2 + 0x64, 1);
    wr32(TSS2 + 0x1c, 0x55000);
    ck_assert_int_eq(TRY(helper_ljmp_protected(env, S_TSS2, 0, 0)), EXCP_DB);
    ck_assert_uint_eq(env->tr.selector, S_TSS2);
    ck_assert_uint_eq(env->eip, 0x5000);                       /* a trap before it */
    ck_assert(env->dr[6] & DR6_BT);
    ck_assert_uint_eq(env->cr[3], 0);                          /* paging off: CR3 kept */

    /* with paging: CR3 from a 32-bit TSS (two identity-mapping 4 MiB directories) */
    enter_pm0();
    wr32(0x50000, 0x83);
    wr32(0x51000, 0x83);
    wr32(TSS2 + 0x1c, 0x51000);
    x86_write_cr4(env, CR4_PSE, 0);
    x86_write_cr3(env, 0x50000, 0);
    x86_write_cr0(env, env->cr[0] | CR0_PG, 0);
    env->dr[7] = 0x455;                                        /* L0 L1 L2 L3 LE */
    ck_assert_int_eq(TRY(helper_ljmp_protected(env, S_TSS2, 0, 0)), -1);
    ck_assert_uint_eq(env->cr[3], 0x51000);
    ck_assert_uint_eq(rd32(TSS1 + 0x1c), 0);                   /* CR3 is not saved */
    ck_assert_uint_eq(env->dr[7], 0x400);                      /* local enables cleared */
}
END_TEST

/* ---- virtual-8086 mode ---- */

static void push32(uint32_t *sp, uint32_t v)
{
    *sp -= 4;
    wr32(*sp, v);
}

START_TEST(test_v86_iret_and_interrupt)
{
    enter_pm0();
    uint32_t sp = 0x8000;
    push32(&sp, 0x7000);                     /* GS */
    push32(&sp, 0x6000);                     /* FS */
    push32(&sp, 0x5000);                     /* DS */
    push32(&sp, 0x4000);                     /* ES */
    push32(&sp, 0x3000);                     /* SS */
    push32(&sp, 0x0800);                     /* ESP */
    push32(&sp, VM_MASK | IOPL_MASK | 2 | CC_C);
    push32(&sp, 0x2000);                     /* CS */
    push32(&sp, 0x0100);                     /* EIP */
    env->regs[R_ESP] = sp;
    ck_assert_int_eq(TRY(helper_iret_protected(env, 1, 0)), -1);
    ck_assert(env->hflags & HF_VM_MASK);
    ck_assert_uint_eq(env->hflags & HF_CPL_MASK, 3);
    ck_assert_uint_eq(env->eip, 0x100);
    ck_assert_uint_eq(env->regs[R_ESP], 0x800);
    ck_assert_uint_eq(x86_get_eflags(env), VM_MASK | IOPL_MASK | 2 | CC_C);
    static const uint32_t sels[6] = { 0x4000, 0x2000, 0x3000, 0x5000, 0x6000, 0x7000 };
    for (int i = 0; i < 6; i++) {
        ck_assert_uint_eq(env->segs[i].selector, sels[i]);
        ck_assert_uint_eq(env->segs[i].base, sels[i] << 4);
        ck_assert_uint_eq(env->segs[i].limit, 0xffff);
        ck_assert_uint_eq((env->segs[i].flags >> DESC_DPL_SHIFT) & 3, 3);
    }
    ck_assert(!(env->hflags & (HF_CS32_MASK | HF_SS32_MASK)));

    /* out of v86 mode through a DPL 3 interrupt gate to ring 0 (20.3.1.1) */
    put_gate(IDT, 0x21 * 8, S_CODE, 0x6100, 0xee, 0);
    wr32(TSS1 + 4, 0x9000);
    wr32(TSS1 + 8, S_DATA);
    env->exception_index = 0x21;
    env->exception_is_int = 1;
    env->exception_next_eip = 0x102;
    ck_assert_int_eq(TRY(x86_do_interrupt(env)), -1);
    ck_assert_uint_eq(env->hflags & HF_CPL_MASK, 0);
    ck_assert(!(env->hflags & HF_VM_MASK));
    ck_assert_uint_eq(env->eip, 0x6100);
    ck_assert_uint_eq(env->regs[R_ESP], 0x9000 - 36);
    static const uint32_t frame[9] = { 0x102, 0x2000, 0, 0x800, 0x3000, 0x4000, 0x5000,
                                       0x6000, 0x7000 };
    for (int i = 0; i < 9; i++) {
        uint32_t v = rd32(0x9000 - 36 + 4 * (uint32_t)i);
        if (i == 2)
            ck_assert_uint_eq(v & (VM_MASK | IOPL_MASK), VM_MASK | IOPL_MASK);
        else
            ck_assert_uint_eq(v, frame[i]);
    }
    for (int s = R_ES; s <= R_GS; s++)
        if (s != R_CS && s != R_SS)
            ck_assert_uint_eq(env->segs[s].selector, 0);
    /* and IRET back: the same v86 state */
    ck_assert_int_eq(TRY(helper_iret_protected(env, 1, 0)), -1);
    ck_assert(env->hflags & HF_VM_MASK);
    ck_assert_uint_eq(env->eip, 0x102);
    ck_assert_uint_eq(env->segs[R_DS].base, 0x50000);

    /* an exception from v86 mode pushes its error code too; a handler that is not a
     * non-conforming ring-0 segment is #GP(selector + EXT) */
    put_gate(IDT, EXCP_GP * 8, S_CODE, 0x6200, 0x8e, 0);
    env->exception_index = EXCP_GP;
    env->exception_is_int = 0;
    env->error_code = 0;
    ck_assert_int_eq(TRY(x86_do_interrupt(env)), -1);
    ck_assert_uint_eq(env->regs[R_ESP], 0x9000 - 40);
    ck_assert_uint_eq(rd32(0x9000 - 40), 0);
    env->regs[R_ESP] += 4;                   /* the handler drops the error code */
    ck_assert_int_eq(TRY(helper_iret_protected(env, 1, 0)), -1);
    ck_assert(env->hflags & HF_VM_MASK);
    put_gate(IDT, 0x22 * 8, S_CODE3, 0x6300, 0xee, 0);
    env->old_exception = -1;
    ck_assert_int_eq(TRY(x86_do_hw_interrupt(env, 0x22)), EXCP_GP);
    ck_assert_int_eq(env->error_code, S_CODE3 + 1);
    ck_assert(env->hflags & HF_VM_MASK);

    /* IRET to v86 with EIP beyond 64 KiB: #GP(0) before anything changes */
    enter_pm0();
    sp = 0x8000;
    for (int i = 0; i < 6; i++)
        push32(&sp, 0);
    push32(&sp, VM_MASK | 2);
    push32(&sp, 0);
    push32(&sp, 0x10000);
    env->regs[R_ESP] = sp;
    ck_assert_int_eq(TRY(helper_iret_protected(env, 1, 0)), EXCP_GP);
    ck_assert(!(env->hflags & HF_VM_MASK));
    ck_assert_uint_eq(env->regs[R_ESP], sp);
}
END_TEST

/* ---- stack limits ---- */

START_TEST(test_stack_cursor_limits)
{
    enter_pm0();
    X86Stack st;
    uint32_t e1 = rd32(GDT + S_EXPDN), e2 = rd32(GDT + S_EXPDN + 4);
    /* expand-down, limit FFFh, B=1: offsets 1000h-FFFFFFFFh */
    x86_stack_new(env, &st, e1, e2, 0x1008, 0, 0x55, 0);
    ck_assert_int_eq(TRY(x86_stack_need_push(env, &st, 8)), -1);
    ck_assert_int_eq(TRY(x86_stack_need_push(env, &st, 12)), EXCP_SS);
    ck_assert_int_eq(env->error_code, 0x55);
    /* expand-up, limit FFFh */
    e1 = rd32(GDT + S_SMALL);
    e2 = rd32(GDT + S_SMALL + 4);
    x86_stack_new(env, &st, e1, e2, 0xffc, 0, 7, 0);
    ck_assert_int_eq(TRY(x86_stack_need_pop(env, &st, 4)), -1);
    ck_assert_int_eq(TRY(x86_stack_need_pop(env, &st, 8)), EXCP_SS);
    ck_assert_int_eq(env->error_code, 7);
    ck_assert_int_eq(TRY(x86_stack_pop(env, &st, 4)), -1);
    ck_assert_uint_eq(st.sp, 0x1000);
    ck_assert_int_eq(TRY(x86_stack_pop(env, &st, 2)), EXCP_SS);
    /* a 16-bit flat stack wraps at 64 KiB: fine with limit FFFFh */
    e1 = rd32(GDT + S_DATA16);
    e2 = rd32(GDT + S_DATA16 + 4);
    x86_stack_new(env, &st, e1, e2, 2, 0, 0, 0);
    ck_assert_int_eq(TRY(x86_stack_need_push(env, &st, 6)), -1);
    ck_assert_int_eq(TRY(x86_stack_push(env, &st, 0xabcd, 4)), -1);
    ck_assert_uint_eq(st.sp, 0xfffe);
    /* real mode: not checked */
    x86_write_cr0(env, env->cr[0] & ~(uint64_t)CR0_PE, 0);
    x86_stack_new(env, &st, rd32(GDT + S_SMALL), rd32(GDT + S_SMALL + 4), 0x2000, 0, 0, 0);
    ck_assert_int_eq(TRY(x86_stack_need_push(env, &st, 4)), -1);
}
END_TEST

START_TEST(test_delivery_and_far_limits)
{
    enter_pm0();
    put_gate(IDT, 0x30 * 8, S_CODE, 0x6000, 0x8e, 0);
    put_gate(IDT, EXCP_GP * 8, S_CODE, 0x6100, 0x8e, 0);
    /* same level on SS = small segment (limit FFFh): 12 bytes needed */
    x86_load_seg_cache(env, R_SS, S_SMALL, 0x100000, 0xfff,
                       DESC_P_MASK | DESC_S_MASK | DESC_W_MASK | DESC_A_MASK | DESC_B_MASK);
    env->regs[R_ESP] = 10;
    env->old_exception = -1;
    ck_assert_int_eq(TRY(x86_do_hw_interrupt(env, 0x30)), EXCP_SS);
    ck_assert_int_eq(env->error_code, 1);                      /* EXT */
    ck_assert_uint_eq(env->regs[R_ESP], 10);
    env->exception_index = 0x30;
    env->exception_is_int = 1;
    env->exception_next_eip = 0x1002;
    env->old_exception = -1;
    ck_assert_int_eq(TRY(x86_do_interrupt(env)), EXCP_SS);
    ck_assert_int_eq(env->error_code, 0);                      /* INT n: EXT = 0 */
    env->regs[R_ESP] = 12;
    env->old_exception = -1;
    ck_assert_int_eq(TRY(x86_do_hw_interrupt(env, 0x30)), -1);
    ck_assert_uint_eq(env->regs[R_ESP], 0);
    /* an exception with an error code needs 16 */
    env->regs[R_ESP] = 12;
    env->eip = 0x1000;
    env->exception_index = EXCP_GP;
    env->exception_is_int = 0;
    env->error_code = 0;
    env->old_exception = -1;
    ck_assert_int_eq(TRY(x86_do_interrupt(env)), EXCP_DF);     /* #SS(1) while delivering #GP */
    env->old_exception = -1;                 /* as the loop does after a delivery */

    /* far CALL at the same level: 8 bytes */
    enter_pm0();
    x86_load_seg_cache(env, R_SS, S_SMALL, 0x100000, 0xfff,
                       DESC_P_MASK | DESC_S_MASK | DESC_W_MASK | DESC_A_MASK | DESC_B_MASK);
    env->regs[R_ESP] = 6;
    ck_assert_int_eq(TRY(helper_lcall_protected(env, S_CODE, 0x2000, 1, 0x1005)), EXCP_SS);
    ck_assert_int_eq(env->error_code, 0);
    ck_assert_uint_eq(env->regs[R_ESP], 6);
    env->regs[R_ESP] = 8;
    ck_assert_int_eq(TRY(helper_lcall_protected(env, S_CODE, 0x2000, 1, 0x1005)), -1);
    ck_assert_uint_eq(env->regs[R_ESP], 0);
    ck_assert_uint_eq(env->eip, 0x2000);
    /* RETF with the return address past the limit */
    env->regs[R_ESP] = 0xffc;
    ck_assert_int_eq(TRY(helper_lret_protected(env, 1, 0)), EXCP_SS);
    ck_assert_int_eq(env->error_code, 0);

    /* call gate from ring 3 to ring 0 on a short ring-0 stack: #SS(new SS) */
    enter_pm0();
    enter_cpl3();
    wr32(TSS1 + 4, 12);
    wr32(TSS1 + 8, S_SMALL);
    env->regs[R_ESP] = 0x7000;
    ck_assert_int_eq(TRY(helper_lcall_protected(env, S_GATE3 | 3, 0, 1, 0x1005)), EXCP_SS);
    ck_assert_int_eq(env->error_code, S_SMALL);
    ck_assert_uint_eq(env->hflags & HF_CPL_MASK, 3);
    wr32(TSS1 + 4, 16);
    ck_assert_int_eq(TRY(helper_lcall_protected(env, S_GATE3 | 3, 0, 1, 0x1005)), -1);
    ck_assert_uint_eq(env->hflags & HF_CPL_MASK, 0);
    ck_assert_uint_eq(env->regs[R_ESP], 0);
    /* an interrupt from ring 3 to that stack: #SS(new SS + EXT) */
    enter_pm0();
    enter_cpl3();
    wr32(TSS1 + 4, 16);
    wr32(TSS1 + 8, S_SMALL);
    env->old_exception = -1;
    ck_assert_int_eq(TRY(x86_do_hw_interrupt(env, 0x30)), EXCP_SS);
    ck_assert_int_eq(env->error_code, S_SMALL + 1);
}
END_TEST

/* ---- SYSENTER / SYSEXIT ---- */

START_TEST(test_sysenter_sysexit)
{
    /* real mode, and SYSENTER_CS = 0: #GP(0) */
    ck_assert_int_eq(TRY(helper_sysenter(env)), EXCP_GP);
    enter_pm0();
    ck_assert_int_eq(TRY(helper_sysenter(env)), EXCP_GP);
    ck_assert_int_eq(env->error_code, 0);
    ck_assert_int_eq(TRY(helper_sysexit(env, 1)), EXCP_GP);

    env->sysenter_cs = S_CODE | 3;           /* RPL is ignored */
    env->sysenter_esp = 0x100009000ull;      /* bits 63:32 ignored outside IA-32e mode */
    env->sysenter_eip = 0x100005000ull;
    enter_cpl3();
    x86_set_eflags(env, IF_MASK | RF_MASK | CC_C, ~0u);
    ck_assert_int_eq(TRY(helper_sysenter(env)), -1);
    ck_assert_uint_eq(env->hflags & HF_CPL_MASK, 0);
    ck_assert_uint_eq(env->segs[R_CS].selector, S_CODE);
    ck_assert_uint_eq(env->segs[R_CS].base, 0);
    ck_assert_uint_eq(env->segs[R_CS].limit, 0xffffffffu);
    ck_assert(env->hflags & HF_CS32_MASK);
    ck_assert_uint_eq(env->segs[R_SS].selector, S_DATA);
    ck_assert(env->hflags & HF_SS32_MASK);
    ck_assert_uint_eq(env->regs[R_ESP], 0x9000);
    ck_assert_uint_eq(env->eip, 0x5000);
    ck_assert_uint_eq(x86_get_eflags(env), 2 | CC_C);

    env->regs[R_ECX] = 0x7000;
    env->regs[R_EDX] = 0x401000;
    ck_assert_int_eq(TRY(helper_sysexit(env, 1)), -1);
    ck_assert_uint_eq(env->hflags & HF_CPL_MASK, 3);
    ck_assert_uint_eq(env->segs[R_CS].selector, S_CODE + 16 + 3);
    ck_assert_uint_eq(env->segs[R_SS].selector, S_CODE + 24 + 3);
    ck_assert_uint_eq((env->segs[R_CS].flags >> DESC_DPL_SHIFT) & 3, 3);
    ck_assert_uint_eq(env->regs[R_ESP], 0x7000);
    ck_assert_uint_eq(env->eip, 0x401000);
    ck_assert_uint_eq(x86_get_eflags(env), 2 | CC_C);
    ck_assert_int_eq(TRY(helper_sysexit(env, 1)), EXCP_GP);    /* CPL 3 */

    /* from v86 mode: VM cleared */
    x86_set_eflags(env, VM_MASK, VM_MASK);
    ck_assert_int_eq(TRY(helper_sysenter(env)), -1);
    ck_assert(!(env->hflags & HF_VM_MASK));
    ck_assert_uint_eq(env->hflags & HF_CPL_MASK, 0);

    /* IA-32e mode: a 64-bit CS and whole RSP/RIP; REX.W SYSEXIT to CS + 32 */
    env->efer |= EFER_LMA;
    ck_assert_int_eq(TRY(helper_sysenter(env)), -1);
    ck_assert(env->segs[R_CS].flags & DESC_L_MASK);
    ck_assert_uint_eq(env->regs[R_ESP], 0x100009000ull);
    ck_assert_uint_eq(env->eip, 0x100005000ull);
    env->regs[R_ECX] = 0x00007fffffff0000ull;
    env->regs[R_EDX] = 0x0000800000000000ull;                 /* not canonical */
    ck_assert_int_eq(TRY(helper_sysexit(env, 2)), EXCP_GP);
    env->regs[R_EDX] = 0xffff800000001000ull;
    ck_assert_int_eq(TRY(helper_sysexit(env, 2)), -1);
    ck_assert_uint_eq(env->segs[R_CS].selector, S_CODE + 32 + 3);
    ck_assert(env->segs[R_CS].flags & DESC_L_MASK);
    ck_assert_uint_eq(env->eip, 0xffff800000001000ull);
}
END_TEST

static Suite *tasks_suite(void)
{
    Suite *s = suite_create("tasks");
    TCase *tc = tcase_create("tasks");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_jmp_call_iret);
    tcase_add_test(tc, test_switch_faults_before_commit);
    tcase_add_test(tc, test_switch_faults_after_commit);
    tcase_add_test(tc, test_tss16);
    tcase_add_test(tc, test_task_gate_interrupt);
    tcase_add_test(tc, test_trap_bit_and_cr3);
    tcase_add_test(tc, test_v86_iret_and_interrupt);
    tcase_add_test(tc, test_stack_cursor_limits);
    tcase_add_test(tc, test_delivery_and_far_limits);
    tcase_add_test(tc, test_sysenter_sysexit);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(tasks_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

/* Unit tests for the x87 helpers (cpu/fpu_*.c) called directly, outside translated code:
 * power-on and FNINIT state, the register stack (TOP, tags, stack faults), exception
 * flags and ES/B, the FSTENV/FSAVE images in their four layouts and the FXSAVE image,
 * loads and stores through guest memory, #MF / FERR#, FCOMI's EFLAGS.
 * SDM vol. 1, chapter 8 and 10.5.1; vol. 3, table 10-1. */
#include <check.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/cpu.h"
#include "cpu/fpu/softfloat.h"
#include "cpu/fpu_helper.h"
#include "cpu/helper.h"
#include "machine/memory.h"

static CPUX86State cpu;
static CPUX86State *env = &cpu;
static AddressSpace *as;

static void setup(void)
{
    as = as_new();
    ck_assert_ptr_nonnull(as_add_ram(as, "ram", 0, 1 << 20));
    x86_cpu_init(env, as);
}

static void teardown(void)
{
    as_free(as);
    as = NULL;
}

#pragma GCC diagnostic ignored "-Wclobbered"
#define TRY(stmt) ({ int r_ = -1; \
    if (setjmp(env->jmp_env) == 0) { stmt; } else { r_ = env->exception_index; } r_; })

static uint32_t rd(uint64_t pa, unsigned n) { return (uint32_t)as_read(as, pa, n); }

static uint16_t get16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint32_t get32(const uint8_t *p) { return get16(p) | (uint32_t)get16(p + 2) << 16; }

static sf_f80 st(int i)
{
    const X86FPReg *r = &env->fpregs[(env->fpu_top + (unsigned)i) & 7];
    return sf_f80_make(r->se, r->sig);
}

#define ONE sf_f80_make(0x3fff, 1ull << 63)
#define ck_f80(v, se_, sig_) do { sf_f80 v_ = (v); ck_assert_uint_eq(v_.se, se_); \
    ck_assert_uint_eq(v_.sig, sig_); } while (0)

/* ---- state ---- */

START_TEST(test_power_on_and_init)
{
    /* x86_cpu_init resets: table 10-1 */
    ck_assert_uint_eq(env->fpu_cw, 0x0040);
    ck_assert_uint_eq(x86_fpu_get_sw(env), 0);
    ck_assert_uint_eq(x86_fpu_get_tag_word(env), 0x5555);
    ck_assert_uint_eq(env->mxcsr, 0x1f80);
    ck_assert_uint_eq(env->xcr0, 1);
    helper_fpu_fninit(env);
    ck_assert_uint_eq(env->fpu_cw, 0x037f);
    ck_assert_uint_eq(x86_fpu_get_tag_word(env), 0xffff);
    ck_assert_uint_eq(x86_fpu_get_abridged_tag(env), 0);
    /* reserved control-word bits read back fixed */
    x86_fpu_set_cw(env, 0xffff);
    ck_assert_uint_eq(env->fpu_cw, 0x1f7f);
    x86_fpu_set_cw(env, 0x0000);
    ck_assert_uint_eq(env->fpu_cw, 0x0040);
}
END_TEST

START_TEST(test_stack_and_tags)
{
    helper_fpu_fninit(env);
    helper_fpu_misc(env, FPU_OP_LD1);  /* R7 valid */
    helper_fpu_misc(env, FPU_OP_LDZ);  /* R6 zero */
    helper_fpu_misc(env, FPU_OP_LDPI); /* R5 valid */
    ck_assert_uint_eq(env->fpu_top, 5);
    ck_assert_uint_eq(x86_fpu_get_tag_word(env), 0x13ff);
    ck_assert_uint_eq(x86_fpu_get_abridged_tag(env), 0xe0);
    ck_f80(st(0), 0x4000, 0xc90fdaa22168c235ull);
    helper_fpu_fxch(env, 2);
    ck_f80(st(0), 0x3fff, 1ull << 63);
    ck_f80(st(2), 0x4000, 0xc90fdaa22168c235ull);
    helper_fpu_ffree(env, 1); /* R6 empty */
    ck_assert_uint_eq(x86_fpu_get_tag_word(env), 0x33ff);
    helper_fpu_misc(env, FPU_OP_INCSTP);
    ck_assert_uint_eq(env->fpu_top, 6);
    helper_fpu_misc(env, FPU_OP_DECSTP);
    helper_fpu_misc(env, FPU_OP_DECSTP);
    ck_assert_uint_eq(env->fpu_top, 4);
    helper_fpu_ffree(env, 1 | FPU_POP); /* FFREEP: frees R5, pops R4 */
    ck_assert_uint_eq(env->fpu_top, 5);
    /* a special register: infinity tags 10 */
    env->fpregs[7] = (X86FPReg){ .sig = 1ull << 63, .se = 0x7fff };
    ck_assert_uint_eq((x86_fpu_get_tag_word(env) >> 14) & 3, 2);
    /* denormal and unnormal are special too */
    env->fpregs[7] = (X86FPReg){ .sig = 1, .se = 0 };
    ck_assert_uint_eq((x86_fpu_get_tag_word(env) >> 14) & 3, 2);
    env->fpregs[7] = (X86FPReg){ .sig = 1ull << 62, .se = 0x3fff };
    ck_assert_uint_eq((x86_fpu_get_tag_word(env) >> 14) & 3, 2);
}
END_TEST

/* vol. 1, 8.5.1.1: IE + SF, C1 = 1 for overflow, 0 for underflow; masked: the indefinite. */
START_TEST(test_stack_faults)
{
    helper_fpu_fninit(env);
    for (int i = 0; i < 8; i++)
        helper_fpu_misc(env, FPU_OP_LD1);
    helper_fpu_misc(env, FPU_OP_LDZ);
    ck_assert_uint_eq(x86_fpu_get_sw(env), 0x3a41);
    ck_f80(st(0), 0xffff, 0xc000000000000000ull);
    /* unmasked: ES and B, nothing pushed */
    helper_fpu_fnclex(env);
    helper_fpu_fldcw(env, 0x037e);
    unsigned top = env->fpu_top;
    helper_fpu_misc(env, FPU_OP_LDZ);
    ck_assert_uint_eq(env->fpu_top, top);
    ck_assert_uint_eq(env->fpu_sw & 0xffc1, FPUS_B | FPUS_C1 | FPUS_ES | FPUS_SF | FPUS_IE);
    /* underflow, masked */
    helper_fpu_fninit(env);
    helper_fpu_misc(env, FPU_OP_LD1);
    helper_fpu_arith(env, SF_X87_ADD, 0, 3);
    ck_assert_uint_eq(x86_fpu_get_sw(env), 0x3841);
    ck_f80(st(0), 0xffff, 0xc000000000000000ull);
}
END_TEST

START_TEST(test_arith_and_exceptions)
{
    helper_fpu_fninit(env);
    helper_fpu_misc(env, FPU_OP_LD1);
    helper_fpu_misc(env, FPU_OP_LD1);
    helper_fpu_arith(env, SF_X87_ADD, 0, 1);          /* 2 1 */
    helper_fpu_arith(env, SF_X87_SUBR | FPU_POP, 1, 0); /* st1 = st0 - st1 = 1 */
    ck_assert_uint_eq(env->fpu_top, 7);
    ck_f80(st(0), 0x3fff, 1ull << 63);
    helper_fpu_misc(env, FPU_OP_LDZ);                 /* 0 1 */
    helper_fpu_arith(env, SF_X87_DIVR, 0, 1);         /* st0 = st1 / st0: #Z masked */
    ck_f80(st(0), 0x7fff, 1ull << 63);
    ck_assert_uint_eq(env->fpu_sw & 0xff, FPUS_ZE);
    /* unmasked #Z: no write, no pop, ES and B; masking it again clears ES and B */
    helper_fpu_fninit(env);
    helper_fpu_fldcw(env, 0x037b);
    helper_fpu_misc(env, FPU_OP_LD1);
    helper_fpu_misc(env, FPU_OP_LDZ);
    helper_fpu_arith(env, SF_X87_DIV | FPU_POP, 1, 0);
    ck_assert_uint_eq(env->fpu_top, 6);
    ck_f80(st(1), 0x3fff, 1ull << 63);
    ck_assert_uint_eq(env->fpu_sw & 0x80ff, FPUS_B | FPUS_ES | FPUS_ZE);
    helper_fpu_fldcw(env, 0x037f);
    ck_assert_uint_eq(env->fpu_sw & 0x80ff, FPUS_ZE);
    /* FCOMI: flags as CC_OP_EFLAGS, OF SF AF cleared */
    env->cc_op = CC_OP_EFLAGS;
    env->cc_src = CC_O | CC_S | CC_A;
    helper_fpu_comi(env, 1 | FPU_POP);               /* 0 vs 1: less */
    ck_assert_uint_eq(env->cc_op, CC_OP_EFLAGS);
    ck_assert_uint_eq(env->cc_src, CC_C);
    ck_assert_uint_eq(env->fpu_top, 7);
}
END_TEST

/* ---- images ---- */

static void some_state(void)
{
    helper_fpu_fninit(env);
    helper_fpu_fldcw(env, 0x0c7f);
    helper_fpu_misc(env, FPU_OP_LD1);
    helper_fpu_misc(env, FPU_OP_LDPI); /* rounded toward zero: ...C234 */
    env->fpu_sw |= FPUS_C3;
    env->fpu_ip = 0x1234;
    env->fpu_cs = 0x0f00;
    env->fpu_fop = 0x5d9;
    env->fpu_dp = 0x5678;
    env->fpu_ds = 0x0100;
}

START_TEST(test_env_images)
{
    uint8_t b[108];
    some_state();
    /* 32-bit protected mode (figure 8-9) */
    x86_fpu_store_env(env, b, FPU_ENV_32 | FPU_ENV_PM | FPU_ENV_REGS);
    ck_assert_uint_eq(get32(b + 0), 0xffff0c7f);
    ck_assert_uint_eq(get16(b + 4), 0x7000); /* C3, TOP 6 */
    ck_assert_uint_eq(get16(b + 8), 0x0fff);
    ck_assert_uint_eq(get32(b + 12), 0x1234);
    ck_assert_uint_eq(get32(b + 16), 0x0f00 | 0x5d9u << 16);
    ck_assert_uint_eq(get32(b + 20), 0x5678);
    ck_assert_uint_eq(get16(b + 24), 0x0100);
    ck_assert_uint_eq(get16(b + 28 + 8), 0x4000); /* ST0 = pi */
    ck_assert_uint_eq(get32(b + 28), 0x2168c234);
    ck_assert_uint_eq(get16(b + 38 + 8), 0x3fff); /* ST1 = 1 */
    /* 16-bit protected mode (figure 8-11) */
    x86_fpu_store_env(env, b, FPU_ENV_PM);
    ck_assert_uint_eq(get16(b + 0), 0x0c7f);
    ck_assert_uint_eq(get16(b + 2), 0x7000);
    ck_assert_uint_eq(get16(b + 4), 0x0fff);
    ck_assert_uint_eq(get16(b + 6), 0x1234);
    ck_assert_uint_eq(get16(b + 8), 0x0f00);
    ck_assert_uint_eq(get16(b + 10), 0x5678);
    ck_assert_uint_eq(get16(b + 12), 0x0100);
    /* real mode: linear pointers, 20 bits (figure 8-10) and 32 bits (figure 8-12) */
    x86_fpu_store_env(env, b, 0);
    ck_assert_uint_eq(get16(b + 6), 0x0234);          /* 0xf000 + 0x1234 = 0x10234 */
    ck_assert_uint_eq(get16(b + 8), 0x1000 | 0x5d9);
    ck_assert_uint_eq(get16(b + 10), 0x6678);         /* 0x1000 + 0x5678 */
    ck_assert_uint_eq(get16(b + 12), 0);
    x86_fpu_store_env(env, b, FPU_ENV_32);
    ck_assert_uint_eq(get16(b + 12), 0x0234);
    ck_assert_uint_eq(get32(b + 16), 1u << 12 | 0x5d9);
    ck_assert_uint_eq(get16(b + 20), 0x6678);
    ck_assert_uint_eq(get32(b + 24), 0);
    /* round trip through FRSTOR, 32-bit protected layout */
    x86_fpu_store_env(env, b, FPU_ENV_32 | FPU_ENV_PM | FPU_ENV_REGS);
    CPUX86State saved = *env;
    helper_fpu_fninit(env);
    x86_fpu_load_env(env, b, FPU_ENV_32 | FPU_ENV_PM | FPU_ENV_REGS);
    ck_assert_uint_eq(env->fpu_cw, saved.fpu_cw);
    ck_assert_uint_eq(x86_fpu_get_sw(env), x86_fpu_get_sw(&saved));
    ck_assert_uint_eq(env->fpu_empty, saved.fpu_empty);
    ck_assert_uint_eq(env->fpu_ip, 0x1234);
    ck_assert_uint_eq(env->fpu_fop, 0x5d9);
    ck_assert_mem_eq(env->fpregs, saved.fpregs, sizeof(env->fpregs));
    /* tags come from the contents; 11 means empty (R7 here) */
    b[9] = 0xcf; /* tag word 0xcfff: R6 "valid", R7 empty */
    x86_fpu_load_env(env, b, FPU_ENV_32 | FPU_ENV_PM);
    ck_assert_uint_eq(x86_fpu_get_tag_word(env), 0xcfff);
    /* ES and B follow the loaded flags and masks */
    b[4] = 0x84; /* ZE and ES */
    x86_fpu_load_env(env, b, FPU_ENV_32 | FPU_ENV_PM); /* all masked: ES dropped */
    ck_assert_uint_eq(env->fpu_sw & 0x80ff, FPUS_ZE);
    b[0] = 0x7b; /* ZE unmasked */
    x86_fpu_load_env(env, b, FPU_ENV_32 | FPU_ENV_PM);
    ck_assert_uint_eq(env->fpu_sw & 0x80ff, FPUS_B | FPUS_ES | FPUS_ZE);
}
END_TEST

START_TEST(test_fxsave_image)
{
    uint8_t b[512];
    memset(b, 0xee, sizeof b);
    some_state();
    env->mxcsr = 0x1f80;
    env->xmm[3].q[0] = 0x1122334455667788ull;
    x86_fpu_fxsave_image(env, b, 8, false);
    ck_assert_uint_eq(get16(b + 0), 0x0c7f);
    ck_assert_uint_eq(get16(b + 2), 0x7000);
    ck_assert_uint_eq(b[4], 0xc0); /* R6 R7 */
    ck_assert_uint_eq(get16(b + 6), 0x5d9);
    ck_assert_uint_eq(get32(b + 8), 0x1234);
    ck_assert_uint_eq(get16(b + 12), 0x0f00);
    ck_assert_uint_eq(get32(b + 16), 0x5678);
    ck_assert_uint_eq(get16(b + 20), 0x0100);
    ck_assert_uint_eq(get32(b + 24), 0x1f80);
    ck_assert_uint_eq(get32(b + 28), X86_MXCSR_MASK);
    ck_assert_uint_eq(get16(b + 32 + 8), 0x4000);
    ck_assert_uint_eq(get16(b + 48 + 8), 0x3fff);
    ck_assert_uint_eq(get32(b + 160 + 48), 0x55667788);
    ck_assert_uint_eq(b[300], 0xee); /* XMM8-15 area untouched outside 64-bit mode */
    /* FXRSTOR: a reserved MXCSR bit refuses the whole image */
    uint8_t bad[512];
    memcpy(bad, b, sizeof bad);
    bad[26] = 0x01;
    helper_fpu_fninit(env);
    ck_assert(!x86_fpu_fxrstor_image(env, bad, 8, false));
    ck_assert_uint_eq(env->fpu_cw, 0x037f);
    ck_assert(x86_fpu_fxrstor_image(env, b, 8, false));
    ck_assert_uint_eq(env->fpu_cw, 0x0c7f);
    ck_assert_uint_eq(env->fpu_top, 6);
    ck_assert_uint_eq(x86_fpu_get_abridged_tag(env), 0xc0);
    ck_f80(st(0), 0x4000, 0xc90fdaa22168c234ull);
}
END_TEST

/* ---- memory, #MF, FERR# ---- */

START_TEST(test_memory_forms)
{
    helper_fpu_fninit(env);
    as_write(as, 0x1000, 0x3fc00000, 4); /* 1.5f */
    helper_fpu_ld(env, FPU_M32F, 0x1000);
    helper_fpu_st(env, FPU_M80F, 0x2000);       /* FST m80 is FSTP-only, but stores raw */
    ck_assert_uint_eq(rd(0x2000 + 4, 4), 0xc0000000);
    ck_assert_uint_eq(rd(0x2000 + 8, 2), 0x3fff);
    /* an m80 across a page boundary */
    helper_fpu_st(env, FPU_M80F | FPU_POP, 0x2ffb);
    ck_assert_uint_eq(rd(0x2ffb + 8, 2), 0x3fff);
    ck_assert_uint_eq(env->fpu_top, 0);
    helper_fpu_ld(env, FPU_M80F, 0x2ffb);
    ck_f80(st(0), 0x3fff, 0xc000000000000000ull);
    /* FIST m16 of 1.5, nearest even: 2; FISTTP truncates: 1 */
    helper_fpu_st(env, FPU_M16I, 0x3000);
    ck_assert_uint_eq(rd(0x3000, 2), 2);
    helper_fpu_st(env, FPU_M16I_T | FPU_POP, 0x3002);
    ck_assert_uint_eq(rd(0x3002, 2), 1);
    /* FSTP with an empty ST0, masked: the indefinite of the format, and a pop */
    helper_fpu_st(env, FPU_M32F | FPU_POP, 0x3004);
    ck_assert_uint_eq(rd(0x3004, 4), 0xffc00000);
    ck_assert_uint_eq(env->fpu_sw & 0x0241, FPUS_SF | FPUS_IE);
    /* FSTENV/FLDENV through memory, then FSTENV masks everything */
    helper_fpu_fninit(env);
    helper_fpu_fldcw(env, 0x0360);
    helper_fpu_fstenv(env, FPU_ENV_32 | FPU_ENV_PM, 0x4000);
    ck_assert_uint_eq(rd(0x4000, 2), 0x0360);
    ck_assert_uint_eq(env->fpu_cw, 0x037f);
    helper_fpu_fldenv(env, FPU_ENV_32 | FPU_ENV_PM, 0x4000);
    ck_assert_uint_eq(env->fpu_cw, 0x0360);
    /* FNSAVE initializes afterwards */
    helper_fpu_fstenv(env, FPU_ENV_32 | FPU_ENV_PM | FPU_ENV_REGS, 0x4100);
    ck_assert_uint_eq(env->fpu_cw, 0x037f);
    /* FXSAVE: 16-byte alignment, #GP(0) */
    ck_assert_int_eq(TRY(helper_fpu_fxsave(env, 0, 0x5008)), EXCP_GP);
    ck_assert_int_eq(TRY(helper_fpu_fxsave(env, 0, 0x5000)), -1);
    ck_assert_uint_eq(rd(0x5000, 2), 0x037f);
}
END_TEST

static int ferr_count;
static void ferr_hook(void *opaque)
{
    (void)opaque;
    ferr_count++;
}

START_TEST(test_mf_and_ferr)
{
    env->cr[0] |= CR0_NE;
    ck_assert_int_eq(TRY(helper_fpu_check_mf(env)), EXCP_MF);
    ck_assert_int_eq(env->error_code, 0);
    env->cr[0] &= ~(uint64_t)CR0_NE;
    x86_fpu_ferr_hook = ferr_hook;
    ck_assert_int_eq(TRY(helper_fpu_check_mf(env)), -1);
    ck_assert_int_eq(ferr_count, 1);
    x86_fpu_ferr_hook = NULL;
    ck_assert_int_eq(TRY(helper_fpu_check_mf(env)), -1); /* no hook: logged, ignored */
}
END_TEST

static Suite *fpu_suite(void)
{
    Suite *s = suite_create("fpu");
    TCase *tc = tcase_create("x87");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_power_on_and_init);
    tcase_add_test(tc, test_stack_and_tags);
    tcase_add_test(tc, test_stack_faults);
    tcase_add_test(tc, test_arith_and_exceptions);
    tcase_add_test(tc, test_env_images);
    tcase_add_test(tc, test_fxsave_image);
    tcase_add_test(tc, test_memory_forms);
    tcase_add_test(tc, test_mf_and_ferr);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(fpu_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

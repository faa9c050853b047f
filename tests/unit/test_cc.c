/* Unit tests of the lazy-flag evaluation (cpu/cc_helper.c) and the integer helpers
 * (cpu/int_helper.c). Every expected value is worked out by hand from the Intel SDM:
 * vol. 1, 3.4.3.1 (status flags) and the vol. 2 "Flags Affected" / "Operation" sections
 * of ADD ADC SUB SBB AND INC DEC SAL/SHR/SAR MUL DAA DAS AAA AAS AAM AAD DIV IDIV RCL RCR. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/helper.h"

#define ALL(d, s, s2, op) helper_cc_compute_all((d), (s), (s2), (op))

/* Builds an expected flag word from letters: "CPAZSO". */
static uint32_t F(const char *letters)
{
    uint32_t f = 0;
    for (const char *p = letters; *p; p++) {
        switch (*p) {
        case 'C': f |= CC_C; break;
        case 'P': f |= CC_P; break;
        case 'A': f |= CC_A; break;
        case 'Z': f |= CC_Z; break;
        case 'S': f |= CC_S; break;
        case 'O': f |= CC_O; break;
        default: ck_abort_msg("bad flag letter %c", *p);
        }
    }
    return f;
}

#define CHECK_FLAGS(got, want) \
    ck_assert_msg((got) == (want), "flags %03x, expected %03x", (unsigned)(got), (unsigned)(want))

START_TEST(test_add)
{
    /* 7F + 01 = 80: signed overflow, carry out of bit 3, one bit set (odd parity). */
    CHECK_FLAGS(ALL(0x80, 0x01, 0, CC_OP_ADDB), F("AOS"));
    /* FF + 01 = 00 (carry out): CF ZF AF PF. */
    CHECK_FLAGS(ALL(0x00, 0x01, 0, CC_OP_ADDB), F("CZAP"));
    /* 8000 + 8000 = 0000: CF OF ZF PF, no nibble carry. */
    CHECK_FLAGS(ALL(0x0000, 0x8000, 0, CC_OP_ADDW), F("COZP"));
    /* FFFFFFFF + FFFFFFFF = FFFFFFFE: CF SF AF, FE has 7 ones: PF clear. */
    CHECK_FLAGS(ALL(0xfffffffe, 0xffffffff, 0, CC_OP_ADDL), F("CSA"));
    /* 64-bit: 8000..0 + 8000..0 = 0 */
    CHECK_FLAGS(ALL(0, 0x8000000000000000ull, 0, CC_OP_ADDQ), F("COZP"));
    /* bits above the operand size are ignored: 1_00 as a byte result is 00 */
    CHECK_FLAGS(ALL(0x100, 0x01, 0, CC_OP_ADDB), F("CZAP"));
    /* 1 + 2 = 3: PF (two ones), nothing else */
    CHECK_FLAGS(ALL(3, 2, 0, CC_OP_ADDB), F("P"));
}
END_TEST

START_TEST(test_adc)
{
    /* FF + 00 + CF=1 = 00: the carry-in makes the carry out (dst <= src). */
    CHECK_FLAGS(ALL(0x00, 0x00, 1, CC_OP_ADCB), F("CZAP"));
    /* 7F + 00 + 1 = 80: OF SF AF. */
    CHECK_FLAGS(ALL(0x80, 0x00, 1, CC_OP_ADCB), F("OSA"));
    /* FFFF + FFFF + 1 = FFFF, carry: CF SF AF PF (FF has 8 ones). */
    CHECK_FLAGS(ALL(0xffff, 0xffff, 1, CC_OP_ADCW), F("CSAP"));
    /* without carry-in it is ADD */
    CHECK_FLAGS(ALL(0x00, 0x01, 0, CC_OP_ADCB), F("CZAP"));
}
END_TEST

START_TEST(test_sub)
{
    /* 00 - 01 = FF: borrow CF, AF, SF, PF (8 ones). */
    CHECK_FLAGS(ALL(0xff, 0x01, 0, CC_OP_SUBB), F("CASP"));
    /* 80 - 01 = 7F: OF (negative minus positive gives positive), AF; 7 ones: no PF. */
    CHECK_FLAGS(ALL(0x7f, 0x01, 0, CC_OP_SUBB), F("OA"));
    /* 5 - 5 = 0: ZF PF. */
    CHECK_FLAGS(ALL(0, 5, 0, CC_OP_SUBL), F("ZP"));
    /* 0 - 80000000 = 80000000: CF, OF, SF; low byte 00: PF. */
    CHECK_FLAGS(ALL(0x80000000, 0x80000000, 0, CC_OP_SUBL), F("COSP"));
    /* NEG 0 recorded as SUB 0 - 0: no carry. */
    CHECK_FLAGS(ALL(0, 0, 0, CC_OP_SUBW), F("ZP"));
}
END_TEST

START_TEST(test_sbb)
{
    /* 00 - 00 - 1 = FF: CF (src1 <= src with borrow-in), AF, SF, PF. */
    CHECK_FLAGS(ALL(0xff, 0x00, 1, CC_OP_SBBB), F("CASP"));
    /* 80 - 7F - 1 = 00: no unsigned borrow; -128 - 127 - 1 overflows: OF; ZF PF; AF. */
    CHECK_FLAGS(ALL(0x00, 0x7f, 1, CC_OP_SBBB), F("OZPA"));
    /* FF - FF - 1 = FF: borrow (src1 == src with borrow-in). */
    CHECK_FLAGS(ALL(0xff, 0xff, 1, CC_OP_SBBB), F("CASP"));
}
END_TEST

START_TEST(test_logic)
{
    CHECK_FLAGS(ALL(0, 0x1234, 0, CC_OP_LOGICW), F("ZP"));
    CHECK_FLAGS(ALL(0x80, 0, 0, CC_OP_LOGICB), F("S"));
    CHECK_FLAGS(ALL(0x8000000000000003ull, 0, 0, CC_OP_LOGICQ), F("SP"));
    CHECK_FLAGS(ALL(0, 0, 0, CC_OP_CLR), F("ZP"));
}
END_TEST

START_TEST(test_inc_dec)
{
    /* INC 7F -> 80 with CF=1 kept: OF SF AF CF. */
    CHECK_FLAGS(ALL(0x80, 1, 0, CC_OP_INCB), F("OSAC"));
    /* INC FF -> 00, CF=0 kept: ZF AF PF. */
    CHECK_FLAGS(ALL(0x00, 0, 0, CC_OP_INCB), F("ZAP"));
    /* DEC 80 -> 7F: OF AF, CF=0. */
    CHECK_FLAGS(ALL(0x7f, 0, 0, CC_OP_DECB), F("OA"));
    /* DEC 0001 -> 0000 with CF=1 kept. */
    CHECK_FLAGS(ALL(0x0000, 1, 0, CC_OP_DECW), F("ZPC"));
    /* DEC 80000000 -> 7FFFFFFF: OF AF; low byte FF: PF. */
    CHECK_FLAGS(ALL(0x7fffffff, 0, 0, CC_OP_DECL), F("OAP"));
}
END_TEST

START_TEST(test_shifts)
{
    /* SHL 81 by 1: result 02, CF = old bit 7 = 1, OF = MSB(result) ^ CF = 1. */
    CHECK_FLAGS(ALL(0x02, 0x81, 0, CC_OP_SHLB), F("CO"));
    /* SHL 40 by 1: result 80, CF 0, OF = 1 ^ 0, SF. */
    CHECK_FLAGS(ALL(0x80, 0x40, 0, CC_OP_SHLB), F("OS"));
    /* SHL C0 by 1: result 80, CF 1, OF 0. */
    CHECK_FLAGS(ALL(0x80, 0xc0, 0, CC_OP_SHLB), F("CS"));
    /* SHR 81 by 1: result 40, CF 1, OF = MSB of the original = 1. */
    CHECK_FLAGS(ALL(0x40, 0x81, 0, CC_OP_SARB), F("CO"));
    /* SAR 81 by 1: result C0, CF 1, OF 0, SF, PF (C0: two ones). */
    CHECK_FLAGS(ALL(0xc0, 0x81, 0, CC_OP_SARB), F("CSP"));
    /* SHR 8000 by 4: cc_src = 8000 >> 3 = 1000, CF = 0; result 0800: ZF? no. PF: 00 */
    CHECK_FLAGS(ALL(0x0800, 0x1000, 0, CC_OP_SARW), F("P"));
    /* SHR 0001 by 1: result 0, CF 1, ZF PF. */
    CHECK_FLAGS(ALL(0, 1, 0, CC_OP_SARL), F("CZP"));
}
END_TEST

START_TEST(test_mul_eflags)
{
    /* MUL: CF=OF=1 iff the high half is non-zero. */
    CHECK_FLAGS(ALL(0x00, 0x01, 0, CC_OP_MULB) & (CC_C | CC_O), F("CO"));
    CHECK_FLAGS(ALL(0x10, 0x00, 0, CC_OP_MULW) & (CC_C | CC_O), 0);
    /* CC_OP_EFLAGS hands back the recorded flags (only the six CC bits). */
    CHECK_FLAGS(ALL(0, 0xffffffff, 0, CC_OP_EFLAGS), F("CPAZSO"));
    ck_assert_uint_eq(helper_cc_compute_c(0xff, 1, 0, CC_OP_SUBB), 1); /* 00 - 01 */
    ck_assert_uint_eq(helper_cc_compute_c(5, 1, 0, CC_OP_SUBB), 0);
}
END_TEST

static CPUX86State *new_env(void)
{
    CPUX86State *env = calloc(1, sizeof(*env));
    ck_assert_ptr_nonnull(env);
    env->df = 1;
    env->eflags = 0x2;
    return env;
}

START_TEST(test_eflags_rw)
{
    CPUX86State *env = new_env();
    env->cc_op = CC_OP_SUBB;
    env->cc_dst = 0xff;
    env->cc_src = 0x01;
    /* bit 1 always reads 1 */
    ck_assert_uint_eq(helper_read_eflags(env), 0x2 | F("CASP"));
    /* POPF-style write of the arithmetic flags and DF */
    helper_write_eflags(env, CC_O | CC_Z | DF_MASK, CC_ALL | DF_MASK);
    ck_assert_int_eq(env->cc_op, CC_OP_EFLAGS);
    ck_assert_int_eq(env->df, -1);
    ck_assert_uint_eq(helper_read_eflags(env), 0x2 | CC_O | CC_Z | DF_MASK);
    /* bits outside the mask keep their value */
    helper_write_eflags(env, 0, CC_C);
    ck_assert_uint_eq(helper_read_eflags(env), 0x2 | CC_O | CC_Z | DF_MASK);
    helper_write_eflags(env, IF_MASK, IF_MASK | DF_MASK);
    ck_assert_uint_eq(helper_read_eflags(env), 0x2 | CC_O | CC_Z | IF_MASK);
    ck_assert_int_eq(env->df, 1);
    free(env);
}
END_TEST

/* Puts the flags of an 8-bit ADD/SUB into env as the translator would. */
static void set_cc(CPUX86State *env, int op, uint64_t dst, uint64_t src)
{
    env->cc_op = (uint32_t)op;
    env->cc_dst = dst;
    env->cc_src = src;
    env->cc_src2 = 0;
}

static uint32_t flags_of(CPUX86State *env)
{
    return helper_cc_compute_all(env->cc_dst, env->cc_src, env->cc_src2, env->cc_op);
}

START_TEST(test_bcd)
{
    CPUX86State *env = new_env();
    /* 79 + 35 = AE (binary); DAA gives 14 with CF: 79 + 35 = 114 in BCD. */
    env->regs[R_EAX] = 0xae;
    set_cc(env, CC_OP_ADDB, 0xae, 0x35);
    helper_daa(env);
    ck_assert_uint_eq(env->regs[R_EAX] & 0xff, 0x14);
    ck_assert(flags_of(env) & CC_C);
    ck_assert(flags_of(env) & CC_A);
    /* 14 - 35 = DF with borrow and nibble borrow; DAS gives 79, CF: 14 - 35 = -21. */
    env->regs[R_EAX] = 0xdf;
    set_cc(env, CC_OP_SUBB, 0xdf, 0x35);
    helper_das(env);
    ck_assert_uint_eq(env->regs[R_EAX] & 0xff, 0x79);
    ck_assert(flags_of(env) & CC_C);
    /* AAA after 8 + 7 = 0F: AX 0105, AF=CF=1. */
    env->regs[R_EAX] = 0x000f;
    set_cc(env, CC_OP_ADDB, 0x0f, 0x07);
    helper_aaa(env);
    ck_assert_uint_eq(env->regs[R_EAX] & 0xffff, 0x0105);
    ck_assert_uint_eq(flags_of(env) & (CC_A | CC_C), CC_A | CC_C);
    /* AAA without adjustment clears AF and CF and the high nibble of AL */
    env->regs[R_EAX] = 0x0235;
    set_cc(env, CC_OP_ADDB, 0x35, 0x01);
    helper_aaa(env);
    ck_assert_uint_eq(env->regs[R_EAX] & 0xffff, 0x0205);
    ck_assert_uint_eq(flags_of(env) & (CC_A | CC_C), 0);
    /* AAS, SDM example: AX 02FF with AF -> AH 01 AL 09. */
    env->regs[R_EAX] = 0x02ff;
    set_cc(env, CC_OP_EFLAGS, 0, CC_A);
    helper_aas(env);
    ck_assert_uint_eq(env->regs[R_EAX] & 0xffff, 0x0109);
    /* AAS borrowing from AL into AH (AX - 6, then AH - 1): 0205 -> 000F. */
    env->regs[R_EAX] = 0x0205;
    set_cc(env, CC_OP_EFLAGS, 0, CC_A);
    helper_aas(env);
    ck_assert_uint_eq(env->regs[R_EAX] & 0xffff, 0x000f);
    /* AAM 10: 79 -> AH 7, AL 9; AAD 10: 0709 -> 004F; ZF/SF/PF from AL. */
    env->regs[R_EAX] = 0x4f;
    helper_aam(env, 10);
    ck_assert_uint_eq(env->regs[R_EAX] & 0xffff, 0x0709);
    helper_aad(env, 10);
    ck_assert_uint_eq(env->regs[R_EAX] & 0xffff, 0x004f);
    ck_assert_uint_eq(flags_of(env) & (CC_Z | CC_S | CC_P), 0); /* 4F: five ones */
    env->regs[R_EAX] = 0;
    helper_aad(env, 10);
    ck_assert_uint_eq(flags_of(env) & (CC_Z | CC_P), CC_Z | CC_P);
    free(env);
}
END_TEST

START_TEST(test_div)
{
    CPUX86State *env = new_env();
    env->regs[R_EDX] = 0x0001;
    env->regs[R_EAX] = 0x0000;
    helper_divw(env, 0x10); /* 10000 / 10 = 1000 r 0 */
    ck_assert_uint_eq(env->regs[R_EAX], 0x1000);
    ck_assert_uint_eq(env->regs[R_EDX], 0);
    env->regs[R_EAX] = 0xfff9; /* -7 / 2 = -3 r -1 (truncation toward zero) */
    helper_idivb(env, 2);
    ck_assert_uint_eq(env->regs[R_EAX] & 0xffff, 0xfffd);
    env->regs[R_EDX] = 0xffffffff; /* -100 / 7 = -14 r -2 */
    env->regs[R_EAX] = (uint32_t)-100;
    helper_idivl(env, 7);
    ck_assert_uint_eq(env->regs[R_EAX], (uint32_t)-14);
    ck_assert_uint_eq(env->regs[R_EDX], (uint32_t)-2);
    /* a 32-bit result zero-extends into the 64-bit register */
    env->regs[R_EDX] = 0xdead000000000000ull;
    env->regs[R_EAX] = 0xbeef000000000064ull;
    helper_divl(env, 10);
    ck_assert_uint_eq(env->regs[R_EAX], 10);
    ck_assert_uint_eq(env->regs[R_EDX], 0);
    /* 16-bit writes keep the upper bits */
    env->regs[R_EDX] = 0x1234567800000000ull;
    env->regs[R_EAX] = 0x0000000100000064ull;
    helper_divw(env, 10);
    ck_assert_uint_eq(env->regs[R_EAX], 0x000000010000000aull);
    ck_assert_uint_eq(env->regs[R_EDX], 0x1234567800000000ull);
    free(env);
}
END_TEST

START_TEST(test_rcl_rcr)
{
    CPUX86State *env = new_env();
    /* RCL 80 by 1 with CF=0: result 00, CF=1, OF = MSB(result) ^ CF = 1. */
    set_cc(env, CC_OP_EFLAGS, 0, 0);
    ck_assert_uint_eq(helper_rcl(env, 0x80, 1, 1), 0x00);
    ck_assert_uint_eq(flags_of(env) & (CC_C | CC_O), CC_C | CC_O);
    /* RCR 01 by 1 with CF=1: result 80, CF=1, OF = MSB(dest) ^ CF before = 1. */
    set_cc(env, CC_OP_EFLAGS, 0, CC_C);
    ck_assert_uint_eq(helper_rcr(env, 0x01, 1, 1), 0x80);
    ck_assert_uint_eq(flags_of(env) & (CC_C | CC_O), CC_C | CC_O);
    /* 8-bit RCL by 9 is a full turn through CF: unchanged value and CF. */
    set_cc(env, CC_OP_EFLAGS, 0, CC_C | CC_Z);
    ck_assert_uint_eq(helper_rcl(env, 0x5a, 9, 1), 0x5a);
    ck_assert_uint_eq(flags_of(env) & (CC_C | CC_Z), CC_C | CC_Z);
    /* 32-bit RCL by 1 of 80000000 with CF=1: 00000001, CF=1. */
    set_cc(env, CC_OP_EFLAGS, 0, CC_C);
    ck_assert_uint_eq(helper_rcl(env, 0x80000000, 1, 4), 1);
    ck_assert(flags_of(env) & CC_C);
    /* count 0: value and flags untouched */
    set_cc(env, CC_OP_EFLAGS, 0, CC_S | CC_O);
    ck_assert_uint_eq(helper_rcr(env, 0x1234, 0, 2), 0x1234);
    ck_assert_uint_eq(flags_of(env), CC_S | CC_O);
    /* 16-bit RCR by 17: identity */
    set_cc(env, CC_OP_EFLAGS, 0, 0);
    ck_assert_uint_eq(helper_rcr(env, 0xbeef, 17, 2), 0xbeef);
    /* 64-bit RCR by 1 of 1 with CF=0: 0, CF=1 */
    set_cc(env, CC_OP_EFLAGS, 0, 0);
    ck_assert_uint_eq(helper_rcr(env, 1, 1, 8), 0);
    ck_assert(flags_of(env) & CC_C);
    free(env);
}
END_TEST

#define CF(d, s, s2, op) helper_cc_compute_c((d), (s), (s2), (op))

/* helper_cc_compute_c has its own CF-only switch: hand-worked cases per cc_op kind, then
 * agreement with the full evaluation over every cc_op and many operand patterns. */
START_TEST(test_compute_c)
{
    /* CMP 5,7 (byte): 5 - 7 = FE borrows; cc_dst = FE, cc_src = 7. */
    ck_assert_uint_eq(CF(0xfe, 7, 0, CC_OP_SUBB), 1);
    /* CMP 7,5 = 2: no borrow. Bits above the size are ignored (dst 0x102). */
    ck_assert_uint_eq(CF(0x102, 5, 0, CC_OP_SUBB), 0);
    /* 32-bit CMP 0,1 = FFFFFFFF: borrow. CMP x,x = 0: none. */
    ck_assert_uint_eq(CF(0xffffffff, 1, 0, CC_OP_SUBL), 1);
    ck_assert_uint_eq(CF(0, 0x1234, 0, CC_OP_SUBL), 0);
    /* 64-bit SUB 0 - 8000..0 = 8000..0: borrow. */
    ck_assert_uint_eq(CF(0x8000000000000000ull, 0x8000000000000000ull, 0, CC_OP_SUBQ), 1);
    /* ADD FFFF + 2 = 0001: carry; 1 + 2 = 3: none. */
    ck_assert_uint_eq(CF(0x0001, 2, 0, CC_OP_ADDW), 1);
    ck_assert_uint_eq(CF(3, 2, 0, CC_OP_ADDW), 0);
    /* ADC FF + 00 + 1 = 00: carry out although dst == src. */
    ck_assert_uint_eq(CF(0, 0, 1, CC_OP_ADCB), 1);
    ck_assert_uint_eq(CF(0, 0, 0, CC_OP_ADCB), 0);
    /* SBB 0 - 0 - 1 = FFFF: borrow; 5 - 0 - 1 = 4: none. */
    ck_assert_uint_eq(CF(0xffff, 0, 1, CC_OP_SBBW), 1);
    ck_assert_uint_eq(CF(4, 0, 1, CC_OP_SBBW), 0);
    /* Logic ops clear CF; INC/DEC keep the CF recorded in cc_src. */
    ck_assert_uint_eq(CF(0, 0xff, 0, CC_OP_LOGICB), 0);
    ck_assert_uint_eq(CF(0x80, 1, 0, CC_OP_INCB), 1);
    ck_assert_uint_eq(CF(0x7f, 0, 0, CC_OP_DECL), 0);
    /* SHL: last bit out = top bit of the value shifted by count-1; SAR/SHR: bit 0. */
    ck_assert_uint_eq(CF(0x00, 0x80, 0, CC_OP_SHLB), 1);
    ck_assert_uint_eq(CF(0x00, 0x40, 0, CC_OP_SHLB), 0);
    ck_assert_uint_eq(CF(0, 0x80000000u, 0, CC_OP_SHLL), 1);
    ck_assert_uint_eq(CF(0, 3, 0, CC_OP_SARQ), 1);
    /* MUL: high half significant; EFLAGS image; CLR. */
    ck_assert_uint_eq(CF(0, 1, 0, CC_OP_MULL), 1);
    ck_assert_uint_eq(CF(0, 0, 0, CC_OP_MULL), 0);
    ck_assert_uint_eq(CF(0, CC_C | CC_Z, 0, CC_OP_EFLAGS), 1);
    ck_assert_uint_eq(CF(0, CC_Z, 0, CC_OP_EFLAGS), 0);
    ck_assert_uint_eq(CF(0, 1, 1, CC_OP_CLR), 0);

    static const uint64_t pat[] = {
        0, 1, 2, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x10000, 0x7fffffff,
        0x80000000u, 0xffffffffu, 0x100000000ull, 0x7fffffffffffffffull,
        0x8000000000000000ull, 0xffffffffffffffffull, 0x123456789abcdef0ull,
    };
    const int n = (int)(sizeof(pat) / sizeof(pat[0]));
    uint64_t x = 0x9e3779b97f4a7c15ull;
    for (uint32_t op = CC_OP_DYNAMIC; op < CC_OP_NB; op++) {
        for (int i = 0; i < n + 40; i++) {
            for (int j = 0; j < n + 40; j++) {
                uint64_t d, v;
                /* the fixed patterns, then xorshift values */
                x ^= x << 13, x ^= x >> 7, x ^= x << 17;
                d = i < n ? pat[i] : x;
                v = j < n ? pat[j] : x * 0x2545f4914f6cdd1dull;
                for (uint64_t c = 0; c < 2; c++) {
                    uint64_t want = ALL(d, v, c, op) & CC_C;
                    ck_assert_msg(CF(d, v, c, op) == want,
                                  "op %u dst %llx src %llx src2 %llu: CF %llu, expected %llu",
                                  (unsigned)op, (unsigned long long)d, (unsigned long long)v,
                                  (unsigned long long)c, (unsigned long long)CF(d, v, c, op),
                                  (unsigned long long)want);
                }
            }
        }
    }
}
END_TEST

static Suite *cc_suite(void)
{
    Suite *s = suite_create("cc");
    TCase *tc = tcase_create("flags");
    tcase_add_test(tc, test_add);
    tcase_add_test(tc, test_adc);
    tcase_add_test(tc, test_sub);
    tcase_add_test(tc, test_sbb);
    tcase_add_test(tc, test_logic);
    tcase_add_test(tc, test_inc_dec);
    tcase_add_test(tc, test_shifts);
    tcase_add_test(tc, test_mul_eflags);
    tcase_add_test(tc, test_eflags_rw);
    tcase_add_test(tc, test_compute_c);
    suite_add_tcase(s, tc);
    TCase *ti = tcase_create("int");
    tcase_add_test(ti, test_bcd);
    tcase_add_test(ti, test_div);
    tcase_add_test(ti, test_rcl_rcr);
    suite_add_tcase(s, ti);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(cc_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

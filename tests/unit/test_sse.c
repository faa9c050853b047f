/* Unit tests for the MMX/SSE helpers (cpu/sse_*helper.c, cpu/xsave_helper.c): packed
 * integer edge cases, shifts, PCMPxSTRx aggregations, CRC-32C, the SIMD floating-point
 * exception rules (masked results, unmasked #XM/#UD with the destination kept, pre- before
 * post-computation flags, DPPS step by step, the precision flag of unmasked underflow and
 * overflow), LDMXCSR, MASKMOVDQU, XSAVE/XRSTOR and CPUID leaf 0DH. Expected values are
 * worked out from the SDM (vol. 1 chapters 10-13, vol. 2 instruction pages) and were
 * confirmed on the host CPU by tests/diff/ssediff where a host can show them. */
#include <check.h>
#include <setjmp.h>
#include <string.h>

#include "cpu/cpu.h"
#include "cpu/helper.h"
#include "cpu/sse_helper.h"
#include "cpu/sse_host.h"
#include "machine/memory.h"

static CPUX86State cpu;
static CPUX86State *env = &cpu;
static AddressSpace *as;

static void setup(void)
{
    as = as_new();
    ck_assert_ptr_nonnull(as_add_ram(as, "ram", 0, 1u << 20));
    x86_cpu_init(env, as);
    env->cr[4] |= CR4_OSFXSR;
    env->mxcsr = X86_MXCSR_RESET;
}

static void teardown(void)
{
    as_free(as);
    as = NULL;
}

#pragma GCC diagnostic ignored "-Wclobbered"
#define TRY(stmt) ({ int r_ = -1; \
    if (setjmp(env->jmp_env) == 0) { stmt; } else { r_ = env->exception_index; } r_; })

static X86XMMReg xl(uint32_t a, uint32_t b, uint32_t c, uint32_t d)
{
    X86XMMReg r = { .l = { a, b, c, d } };
    return r;
}

static void ck_xmm(const X86XMMReg *r, uint32_t a, uint32_t b, uint32_t c, uint32_t d)
{
    ck_assert_uint_eq(r->l[0], a);
    ck_assert_uint_eq(r->l[1], b);
    ck_assert_uint_eq(r->l[2], c);
    ck_assert_uint_eq(r->l[3], d);
}

START_TEST(test_int_edges)
{
    /* PADDSB saturates at 7FH / 80H; PADDUSB at FFH; PSUBUSB at 0 */
    X86XMMReg d = xl(0x80FF7F01, 0, 0, 0), s = xl(0xFF017F7F, 0, 0, 0);
    sse_int_op(SSE_PADDSB | SSE_OP_XMM, &d, &s);
    ck_assert_uint_eq(d.l[0], 0x80007F7F);
    d = xl(0x80FF7F01, 0, 0, 0);
    sse_int_op(SSE_PADDUSB, &d, &s);
    ck_assert_uint_eq(d.l[0], 0xFFFFFE80);
    d = xl(0x80FF7F01, 0, 0, 0);
    sse_int_op(SSE_PSUBUSB, &d, &s);
    ck_assert_uint_eq(d.l[0], 0x00FE0000);
    /* PMADDWD: 8000H * 8000H twice wraps to 80000000H (vol. 2 PMADDWD) */
    d = xl(0x80008000, 0x00020003, 0, 0);
    s = xl(0x80008000, 0xFFFF0004, 0, 0);
    sse_int_op(SSE_PMADDWD | SSE_OP_XMM, &d, &s);
    ck_xmm(&d, 0x80000000, 10, 0, 0);
    /* PMULHRSW: (a*b >> 14) + 1 >> 1, i.e. rounded; -1 * 1 -> 0 */
    d = xl(0x4000FFFF, 0, 0, 0);
    s = xl(0x40000001, 0, 0, 0);
    sse_int_op(SSE_PMULHRSW, &d, &s);
    ck_assert_uint_eq(d.l[0], 0x20000000);
    /* PACKSSWB / PACKUSWB */
    d = xl(0x80007FFF, 0xFF800100, 0, 0);
    s = xl(0x00050005, 0, 0, 0);
    sse_int_op(SSE_PACKSSWB, &d, &s);
    ck_assert_uint_eq(d.l[0], 0x807F807F);
    ck_assert_uint_eq(d.l[1], 0x00000505);
    d = xl(0x80007FFF, 0xFF800100, 0, 0);
    sse_int_op(SSE_PACKUSWB, &d, &s);
    ck_assert_uint_eq(d.l[0], 0x00FF00FF);
    /* PSADBW: per quadword sum in the low word */
    d = xl(0x00FF00FF, 0, 1, 0);
    s = xl(0xFF00FF00, 0, 0, 0);
    sse_int_op(SSE_PSADBW | SSE_OP_XMM, &d, &s);
    ck_xmm(&d, 4 * 255, 0, 1, 0);
    /* PSHUFB: bit 7 zeroes, the low 4 bits index (3 bits for MMX) */
    d = xl(0x03020100, 0x07060504, 0x0B0A0908, 0x0F0E0D0C);
    s = xl(0x8F1F0F00, 0x01020304, 0, 0);
    sse_int_op(SSE_PSHUFB | SSE_OP_XMM, &d, &s);
    ck_xmm(&d, 0x000F0F00, 0x01020304, 0, 0);
    d = xl(0x03020100, 0x07060504, 0, 0);
    s = xl(0x0F0E0908, 0, 0, 0);
    sse_int_op(SSE_PSHUFB, &d, &s);
    ck_assert_uint_eq(d.l[0], 0x07060100);
    /* PHMINPOSUW: the lowest index among equal minima */
    s = xl(0x00050007, 0x00030003, 0x00040003, 0x00090008);
    sse_int_op(SSE_PHMINPOSUW | SSE_OP_XMM, &d, &s);
    ck_xmm(&d, 0x00020003, 0, 0, 0);
    /* PMOVSXBW / PMOVZXBW from the low 8 bytes */
    s = xl(0x80017FFF, 0x00000002, 0xAAAAAAAA, 0xAAAAAAAA);
    sse_int_op(SSE_PMOVSXBW | SSE_OP_XMM, &d, &s);
    ck_xmm(&d, 0x007FFFFF, 0xFF800001, 0x00000002, 0);
    sse_int_op(SSE_PMOVZXBW | SSE_OP_XMM, &d, &s);
    ck_xmm(&d, 0x007F00FF, 0x00800001, 0x00000002, 0);
}
END_TEST

START_TEST(test_imm_and_shift)
{
    X86XMMReg d = xl(0x03020100, 0x07060504, 0x0B0A0908, 0x0F0E0D0C);
    X86XMMReg s = xl(0x13121110, 0x17161514, 0x1B1A1918, 0x1F1E1D1C);
    /* PALIGNR: (d:s) >> 8*imm; past 32 bytes only zeros */
    X86XMMReg r = d;
    sse_int_imm_op(SSE_PALIGNR | SSE_OP_XMM, &r, &s, 13, NULL);
    ck_xmm(&r, 0x001F1E1D, 0x04030201, 0x08070605, 0x0C0B0A09);
    r = d;
    sse_int_imm_op(SSE_PALIGNR | SSE_OP_XMM, &r, &s, 32, NULL);
    ck_xmm(&r, 0, 0, 0, 0);
    /* MPSADBW imm 5: window from destination byte 4, source bytes 4-7 */
    r = d;
    sse_int_imm_op(SSE_MPSADBW | SSE_OP_XMM, &r, &s, 5, NULL);
    ck_assert_uint_eq(r.w[0], 4 * 16);
    ck_assert_uint_eq(r.w[7], (16 - 7) * 4);
    /* shifts: counts beyond the width clear (logical) or fill with the sign */
    r = xl(0x80000001, 0x7FFFFFFF, 0x00008000, 0xFFFF0001);
    sse_shift_op(SSE_PSRAW | SSE_OP_XMM, &r, 100);
    ck_xmm(&r, 0xFFFF0000, 0x0000FFFF, 0x0000FFFF, 0xFFFF0000);
    r = xl(0x80000001, 0, 0, 0);
    sse_shift_op(SSE_PSLLD | SSE_OP_XMM, &r, 32);
    ck_xmm(&r, 0, 0, 0, 0);
    r = xl(0x80000001, 0x00000001, 0, 0);
    sse_shift_op(SSE_PSRLQ, &r, (1ull << 32) + 1); /* whole 64-bit count: > 63 */
    ck_assert_uint_eq(r.l[0], 0);
}
END_TEST

static X86XMMReg str16(const char *t)
{
    X86XMMReg r = { .q = { 0, 0 } };
    memcpy(r.b, t, strlen(t) < 16 ? strlen(t) : 16);
    return r;
}

/* xorshift64: inputs that hit every case (short strings, nulls, repeats: few values). */
static uint64_t rnd_state = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void)
{
    rnd_state ^= rnd_state << 13;
    rnd_state ^= rnd_state >> 7;
    rnd_state ^= rnd_state << 17;
    return rnd_state;
}

static X86XMMReg rnd_xmm(void)
{
    X86XMMReg r;
    unsigned kind = rnd() % 4;
    for (int i = 0; i < 16; i++) {
        uint64_t v = rnd();
        /* bytes from a small alphabet, with nulls and 0x80-0xFF (signed formats) */
        r.b[i] = kind == 0 ? (uint8_t)v : (uint8_t)((v % 6) * (kind == 3 ? 0x31 : 1) +
                                                    (kind == 1 ? 'a' : 0));
    }
    return r;
}

/* The host-instruction paths (cpu/sse_host.c) against the portable code, on random
 * inputs and every PCMPxSTRx control byte: on an x86-64 host the host is the reference
 * for the portable code, which other hosts run. */
START_TEST(test_host_paths)
{
    X86XMMReg a = rnd_xmm(), b = rnd_xmm(), r;
    uint32_t hres, hflags;
    if (!sse_host_pcmpstr(&a, &b, 0, 0, 0, false, &hres, &hflags) ||
        !sse_host_pshufb(&r, &a, &b))
        return; /* not an x86-64 host with SSE4.2 and SSSE3: nothing to compare */
    for (int n = 0; n < 20000; n++) {
        a = rnd_xmm();
        b = rnd_xmm();
        unsigned imm = (unsigned)rnd() & 0x3f;
        bool explicit_form = rnd() & 1;
        int64_t la = (int64_t)(rnd() % 41) - 20, lb = (int64_t)(rnd() % 41) - 20;
        int ub = (imm & 1) ? 8 : 16;
        int sla = (int)(la < 0 ? -la : la), slb = (int)(lb < 0 ? -lb : lb);
        sla = sla > ub ? ub : sla;
        slb = slb > ub ? ub : slb;
        uint32_t cflags, cres = sse_pcmpstr(&a, &b, la, lb, imm, explicit_form, &cflags);
        ck_assert(sse_host_pcmpstr(&a, &b, sla, slb, imm, explicit_form, &hres, &hflags));
        ck_assert_msg(cres == hres && cflags == hflags,
                      "imm %#x %s: portable %#x flags %#x, host %#x flags %#x", imm,
                      explicit_form ? "explicit" : "implicit", cres, cflags, hres, hflags);
        X86XMMReg c = a;
        sse_int_op(SSE_PSHUFB | SSE_OP_XMM, &c, &b);
        ck_assert(sse_host_pshufb(&r, &a, &b));
        ck_assert_msg(c.q[0] == r.q[0] && c.q[1] == r.q[1], "pshufb differs");
    }
}
END_TEST

START_TEST(test_pcmpstr)
{
    uint32_t f;
    /* equal any: which bytes of "xxbxxaxx" are in the set "abc" (implicit lengths) */
    X86XMMReg set = str16("abc"), text = str16("xxbxxaxx");
    ck_assert_uint_eq(sse_pcmpstr(&set, &text, 0, 0, 0x00, false, &f), 0x24);
    ck_assert_uint_eq(f, CC_C | CC_Z | CC_S);
    /* ranges: "az" against "Hello" -> the lower-case letters */
    X86XMMReg rng = str16("az"), word = str16("Hello");
    ck_assert_uint_eq(sse_pcmpstr(&rng, &word, 0, 0, 0x04, false, &f), 0x1E);
    /* equal each, negative polarity masked to the valid source bytes */
    X86XMMReg a = str16("abcd"), b = str16("abXd");
    ck_assert_uint_eq(sse_pcmpstr(&a, &b, 0, 0, 0x08, false, &f), 0xFFFB);
    ck_assert_uint_eq(sse_pcmpstr(&a, &b, 0, 0, 0x38, false, &f), 0xFFF4);
    /* equal ordered: "lo" in "hello world xxxl" at 3, and the "l" that the end of the
     * register cuts short counts; inside a shorter string a cut match does not */
    X86XMMReg needle = str16("lo"), hay = str16("hello world xxxl");
    ck_assert_uint_eq(sse_pcmpstr(&needle, &hay, 0, 0, 0x0C, false, &f), (1u << 3) | (1u << 15));
    ck_assert_uint_eq(f, CC_C | CC_S);
    hay = str16("hello world l");
    ck_assert_uint_eq(sse_pcmpstr(&needle, &hay, 0, 0, 0x0C, false, &f), 1u << 3);
    /* explicit lengths: |-3| = 3, 100 saturates to 16 */
    X86XMMReg x = str16("aaaaaaaaaaaaaaaa");
    ck_assert_uint_eq(sse_pcmpstr(&x, &x, -3, 100, 0x00, true, &f), 0xFFFF);
    ck_assert_uint_eq(f, CC_C | CC_S | CC_O);
    /* words: equal each on 8 elements */
    X86XMMReg w1 = xl(0x00020001, 0x00040003, 0, 0), w2 = xl(0x00020001, 0x00050003, 0, 0);
    ck_assert_uint_eq(sse_pcmpstr(&w1, &w2, 0, 0, 0x09, false, &f), 0xF7);
}
END_TEST

START_TEST(test_crc32)
{
    uint32_t c = 0xFFFFFFFF;
    for (const char *p = "123456789"; *p; p++)
        c = sse_crc32c(c, (uint8_t)*p, 1);
    ck_assert_uint_eq(~c, 0xE3069283); /* the CRC-32C check value */
    ck_assert_uint_eq(sse_crc32c(0, 1, 1), 0xF26B8303);
    ck_assert_uint_eq(sse_crc32c(0, 0x0000000100000000ull, 8),
                      sse_crc32c(sse_crc32c(0, 0, 4), 1, 4));
}
END_TEST

#define XO(i) SSE_XMM_OFF(i)

START_TEST(test_fp_exceptions)
{
    /* 0/0 in element 0 (invalid: pre-computation), 1/3 in element 1 (precision: post) */
    const X86XMMReg a = xl(0, 0x3F800000, 0x3F800000, 0x3F800000);
    const X86XMMReg b = xl(0, 0x40400000, 0x3F800000, 0x3F800000);
    env->xmm[1] = a;
    env->xmm[2] = b;
    ck_assert_int_eq(TRY(helper_sse_fop(env, SSE_F_DIV | SSE_FMT_PS, XO(1), XO(2))), -1);
    ck_xmm(&env->xmm[1], 0xFFC00000, 0x3EAAAAAB, 0x3F800000, 0x3F800000);
    ck_assert_uint_eq(env->mxcsr, X86_MXCSR_RESET | 0x21);
    /* IM and PM unmasked: only IE is recorded, #UD without CR4.OSXMMEXCPT, no write */
    env->xmm[1] = a;
    env->mxcsr = X86_MXCSR_RESET & ~0x1080u;
    ck_assert_int_eq(TRY(helper_sse_fop(env, SSE_F_DIV | SSE_FMT_PS, XO(1), XO(2))), EXCP_UD);
    ck_xmm(&env->xmm[1], 0, 0x3F800000, 0x3F800000, 0x3F800000);
    ck_assert_uint_eq(env->mxcsr, (X86_MXCSR_RESET & ~0x1080u) | 0x01);
    env->cr[4] |= CR4_OSXMMEXCPT;
    env->mxcsr = X86_MXCSR_RESET & ~0x1000u; /* PM only: the masked invalid lets both compute */
    ck_assert_int_eq(TRY(helper_sse_fop(env, SSE_F_DIV | SSE_FMT_PS, XO(1), XO(2))), EXCP_XM);
    ck_assert_uint_eq(env->mxcsr, (X86_MXCSR_RESET & ~0x1000u) | 0x21);
    ck_xmm(&env->xmm[1], 0, 0x3F800000, 0x3F800000, 0x3F800000);
    /* unmasked underflow: PE only when the unbounded-exponent result is inexact */
    env->mxcsr = X86_MXCSR_RESET & ~0x0800u;
    env->xmm[1] = xl(0xC11046F0, 0, 0, 0);  /* -9.01... * 2^-134 (denormal): exact */
    env->xmm[2] = xl(0x00008000, 0, 0, 0);
    ck_assert_int_eq(TRY(helper_sse_fop(env, SSE_F_MUL | SSE_FMT_SS, XO(1), XO(2))), EXCP_XM);
    ck_assert_uint_eq(env->mxcsr & MXCSR_FLAGS, 0x12);
    env->mxcsr = X86_MXCSR_RESET & ~0x0800u;
    env->xmm[1] = xl(0x3F000001, 0, 0, 0);  /* (0.5 + ulp) * (2^-126 + ulp): inexact */
    env->xmm[2] = xl(0x00800001, 0, 0, 0);
    ck_assert_int_eq(TRY(helper_sse_fop(env, SSE_F_MUL | SSE_FMT_SS, XO(1), XO(2))), EXCP_XM);
    ck_assert_uint_eq(env->mxcsr & MXCSR_FLAGS, 0x30);
    /* unmasked overflow of an exact product: OE without PE */
    env->mxcsr = X86_MXCSR_RESET & ~0x0400u;
    env->xmm[1] = xl(0xFBFF4C9D, 0, 0, 0);
    env->xmm[2] = xl(0xCF000000, 0, 0, 0);
    ck_assert_int_eq(TRY(helper_sse_fop(env, SSE_F_MUL | SSE_FMT_SS, XO(1), XO(2))), EXCP_XM);
    ck_assert_uint_eq(env->mxcsr & MXCSR_FLAGS, 0x08);
    /* DPPS: an unmasked overflow of the products raises before the additions run */
    env->mxcsr = X86_MXCSR_RESET & ~0x0400u;
    env->xmm[1] = xl(0x7F000000, 0x00000001, 0, 0);
    env->xmm[2] = xl(0x40000000, 0x3F800000, 0, 0);
    ck_assert_int_eq(TRY(helper_sse_fop_imm(env, SSE_F_DPPS, XO(1), XO(2), 0x11)), EXCP_XM);
    ck_assert_uint_eq(env->mxcsr & MXCSR_FLAGS, 0x08); /* 2^128 is exact: no PE */
    env->mxcsr = X86_MXCSR_RESET;
    ck_assert_int_eq(TRY(helper_sse_fop_imm(env, SSE_F_DPPS, XO(1), XO(2), 0xF1)), -1);
    ck_xmm(&env->xmm[1], 0x7F800000, 0, 0, 0);
    ck_assert_uint_eq(env->mxcsr & MXCSR_FLAGS, 0x2A); /* OE PE, DE of the denormal */
}
END_TEST

START_TEST(test_comis_cvt_ldmxcsr)
{
    env->xmm[1] = xl(0x7FC00000, 0, 0, 0);
    env->xmm[2] = xl(0x3F800000, 0, 0, 0);
    uint64_t f = 0;
    ck_assert_int_eq(TRY(f = helper_sse_comis(env, SSE_COMI_QUIET, XO(1), XO(2))), -1);
    ck_assert_uint_eq(f, CC_Z | CC_P | CC_C);
    ck_assert_uint_eq(env->mxcsr, X86_MXCSR_RESET);
    ck_assert_int_eq(TRY(f = helper_sse_comis(env, 0, XO(1), XO(2))), -1);
    ck_assert_uint_eq(env->mxcsr, X86_MXCSR_RESET | 1);
    /* CVTTSS2SI of 2^31: integer indefinite */
    env->mxcsr = X86_MXCSR_RESET;
    env->xmm[3] = xl(0x4F000000, 0, 0, 0);
    ck_assert_int_eq(TRY(f = helper_sse_cvt_f2i(env, SSE_CVT_TRUNC, XO(3))), -1);
    ck_assert_uint_eq(f, 0x80000000u);
    ck_assert_int_eq(TRY(f = helper_sse_cvt_f2i(env, SSE_CVT_TRUNC | SSE_CVT_I64, XO(3))), -1);
    ck_assert_uint_eq(f, 0x80000000u);
    /* LDMXCSR: bits above 15 are reserved */
    ck_assert_int_eq(TRY(helper_ldmxcsr(env, 0x10000)), EXCP_GP);
    ck_assert_int_eq(TRY(helper_ldmxcsr(env, 0xFFFF)), -1);
    ck_assert_uint_eq(env->mxcsr, 0xFFFF);
}
END_TEST

START_TEST(test_maskmov)
{
    env->xmm[1] = xl(0x44332211, 0x88776655, 0xCCBBAA99, 0x00FFEEDD);
    env->xmm[2] = xl(0x000080FF, 0x80000000, 0, 0x7F800001);
    for (int i = 0; i < 16; i++)
        as_write(as, 0x5000 + (uint64_t)i, 0x5A, 1);
    ck_assert_int_eq(TRY(helper_sse_maskmov(env, XO(1), XO(2), 0x5000, 16)), -1);
    ck_assert_uint_eq(as_read(as, 0x5000, 4), 0x5A5A2211);
    ck_assert_uint_eq(as_read(as, 0x5004, 4), 0x885A5A5A);
    ck_assert_uint_eq(as_read(as, 0x5008, 4), 0x5A5A5A5A);
    ck_assert_uint_eq(as_read(as, 0x500C, 4), 0x5AFF5A5A);
}
END_TEST

START_TEST(test_xsave)
{
    uint32_t a, b, c, d;
    x86_cpuid_xsave_leaf(env, 0, &a, &b, &c, &d);
    ck_assert_uint_eq(a, 3);
    ck_assert_uint_eq(b, 576);
    ck_assert_uint_eq(c, 576);
    ck_assert_uint_eq(d, 0);
    x86_cpuid_xsave_leaf(env, 1, &a, &b, &c, &d);
    ck_assert_uint_eq(a, 1); /* XSAVEOPT */
    /* #UD without CR4.OSXSAVE */
    env->regs[R_EAX] = 3;
    env->regs[R_EDX] = 0;
    ck_assert_int_eq(TRY(helper_xsave(env, 0x8000, 0)), EXCP_UD);
    env->cr[4] |= CR4_OSXSAVE;
    env->regs[R_ECX] = 0;
    env->regs[R_EAX] = 3;
    ck_assert_int_eq(TRY(helper_xsetbv(env)), -1);
    ck_assert_uint_eq(env->xcr0, 3);
    env->regs[R_EAX] = 2;
    ck_assert_int_eq(TRY(helper_xsetbv(env)), EXCP_GP);
    env->regs[R_EAX] = 3;
    ck_assert_int_eq(TRY(helper_xsave(env, 0x8020, 0)), EXCP_GP); /* not 64-byte aligned */
    env->xmm[5] = xl(1, 2, 3, 4);
    env->mxcsr = 0x1FA0;
    ck_assert_int_eq(TRY(helper_xsave(env, 0x8000, 0)), -1);
    ck_assert_uint_eq(as_read(as, 0x8000 + 24, 4), 0x1FA0);
    ck_assert_uint_eq(as_read(as, 0x8000 + 28, 4), 0xFFFF);
    ck_assert_uint_eq(as_read(as, 0x8000 + 160 + 5 * 16 + 12, 4), 4);
    ck_assert_uint_eq(as_read(as, 0x8000 + 512, 8), 3);
    env->xmm[5] = xl(0, 0, 0, 0);
    env->mxcsr = X86_MXCSR_RESET;
    ck_assert_int_eq(TRY(helper_xrstor(env, 0x8000, 0)), -1);
    ck_xmm(&env->xmm[5], 1, 2, 3, 4);
    ck_assert_uint_eq(env->mxcsr, 0x1FA0);
    /* XSTATE_BV = 1: SSE initialized, MXCSR still loaded */
    as_write(as, 0x8000 + 512, 1, 8);
    env->mxcsr = X86_MXCSR_RESET;
    ck_assert_int_eq(TRY(helper_xrstor(env, 0x8000, 0)), -1);
    ck_xmm(&env->xmm[5], 0, 0, 0, 0);
    ck_assert_uint_eq(env->mxcsr, 0x1FA0);
    /* header checks */
    as_write(as, 0x8000 + 512, 4, 8);
    ck_assert_int_eq(TRY(helper_xrstor(env, 0x8000, 0)), EXCP_GP);
    as_write(as, 0x8000 + 512, 3, 8);
    as_write(as, 0x8000 + 520, 1ull << 63, 8); /* compacted form: no XSAVEC here */
    ck_assert_int_eq(TRY(helper_xrstor(env, 0x8000, 0)), EXCP_GP);
    as_write(as, 0x8000 + 520, 0, 8);
    as_write(as, 0x8000 + 24, 0x10000, 4);
    ck_assert_int_eq(TRY(helper_xrstor(env, 0x8000, 0)), EXCP_GP);
    ck_assert_uint_eq(env->mxcsr, 0x1FA0); /* nothing changed */
}
END_TEST

static Suite *sse_suite(void)
{
    Suite *s = suite_create("sse");
    TCase *tc = tcase_create("helpers");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_int_edges);
    tcase_add_test(tc, test_imm_and_shift);
    tcase_add_test(tc, test_pcmpstr);
    tcase_add_test(tc, test_host_paths);
    tcase_add_test(tc, test_crc32);
    tcase_add_test(tc, test_fp_exceptions);
    tcase_add_test(tc, test_comis_cvt_ldmxcsr);
    tcase_add_test(tc, test_maskmov);
    tcase_add_test(tc, test_xsave);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(sse_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}

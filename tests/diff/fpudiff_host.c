/* fpudiff: the reference side — each operation executed by this host's x87 or SSE unit
 * through inline assembly, with the control word / MXCSR given and all exceptions
 * masked. Every x87 sequence starts and ends with FNINIT so no state leaks between ops. */
#include <string.h>

#include "tests/diff/fpudiff.h"

#define X87_BEGIN "fninit\n\tfldcw %[cw]\n\t"

/* st1 = b, st0 = a; run insn; status word; store st0 and st1. */
#define X87_2(insn)                                                                        \
    __asm__ volatile(X87_BEGIN "fldt %[b]\n\tfldt %[a]\n\t" insn "\n\tfnstsw %[sw]\n\t"    \
                     "fstpt %[r0]\n\tfstpt %[r1]\n\tfninit"                                \
                     : [sw] "=m"(sw), [r0] "=m"(*r0), [r1] "=m"(*r1)                       \
                     : [cw] "m"(cw), [a] "m"(a), [b] "m"(b)                                \
                     : "memory")

uint16_t fd_x87(int op, uint16_t cw, sf_f80 a, sf_f80 b, sf_f80 *r0, sf_f80 *r1)
{
    uint16_t sw = 0;
    memset(r0, 0, sizeof(*r0));
    memset(r1, 0, sizeof(*r1));
    switch (op) {
    case FD_X87_ADD: X87_2("fadd %%st(1), %%st"); break;
    case FD_X87_SUB: X87_2("fsub %%st(1), %%st"); break;
    case FD_X87_MUL: X87_2("fmul %%st(1), %%st"); break;
    case FD_X87_DIV: X87_2("fdiv %%st(1), %%st"); break;
    case FD_X87_SQRT: X87_2("fsqrt"); break;
    case FD_X87_PREM: X87_2("fprem"); break;
    case FD_X87_PREM1: X87_2("fprem1"); break;
    case FD_X87_RNDINT: X87_2("frndint"); break;
    case FD_X87_SCALE: X87_2("fscale"); break;
    case FD_X87_COM: X87_2("fcom %%st(1)"); break;
    case FD_X87_UCOM: X87_2("fucom %%st(1)"); break;
    case FD_X87_XAM: X87_2("fxam"); break;
    case FD_X87_F2XM1: X87_2("f2xm1"); break;
    case FD_X87_YL2X: X87_2("fyl2x"); break;
    case FD_X87_YL2XP1: X87_2("fyl2xp1"); break;
    case FD_X87_PATAN: X87_2("fpatan"); break;
    case FD_X87_SIN: X87_2("fsin"); break;
    case FD_X87_COS: X87_2("fcos"); break;
    case FD_X87_PTAN: X87_2("fptan"); break;
    case FD_X87_SINCOS: X87_2("fsincos"); break;
    case FD_X87_XTRACT: X87_2("fxtract"); break;
    default: break;
    }
    return sw;
}

uint16_t fd_x87_ldconst(int which, uint16_t cw, sf_f80 *r)
{
    uint16_t sw = 0;
    memset(r, 0, sizeof(*r));
#define LDC(insn)                                                                          \
    __asm__ volatile(X87_BEGIN insn "\n\tfnstsw %[sw]\n\tfstpt %[r]\n\tfninit"             \
                     : [sw] "=m"(sw), [r] "=m"(*r) : [cw] "m"(cw) : "memory")
    switch (which) {
    case SF_CONST_L2T: LDC("fldl2t"); break;
    case SF_CONST_L2E: LDC("fldl2e"); break;
    case SF_CONST_PI: LDC("fldpi"); break;
    case SF_CONST_LG2: LDC("fldlg2"); break;
    case SF_CONST_LN2: LDC("fldln2"); break;
    default: break;
    }
#undef LDC
    return sw;
}

uint16_t fd_x87_mem(int op, int bits, uint16_t cw, sf_f80 a, uint64_t m, sf_f80 *r)
{
    uint16_t sw = 0;
    uint32_t m32 = (uint32_t)m;
    memset(r, 0, sizeof(*r));
#define MEMOP(insn, src)                                                                   \
    __asm__ volatile(X87_BEGIN "fldt %[a]\n\t" insn " %[m]\n\tfnstsw %[sw]\n\tfstpt %[r]\n\t"  \
                     "fninit"                                                              \
                     : [sw] "=m"(sw), [r] "=m"(*r) : [cw] "m"(cw), [a] "m"(a), [m] "m"(src)  \
                     : "memory")
#define MEMOPS(sfx, src)                                                                   \
    switch (op) {                                                                          \
    case SF_X87_ADD: MEMOP("fadd" sfx, src); break;                                        \
    case SF_X87_SUB: MEMOP("fsub" sfx, src); break;                                        \
    case SF_X87_SUBR: MEMOP("fsubr" sfx, src); break;                                      \
    case SF_X87_MUL: MEMOP("fmul" sfx, src); break;                                        \
    case SF_X87_DIV: MEMOP("fdiv" sfx, src); break;                                        \
    case SF_X87_DIVR: MEMOP("fdivr" sfx, src); break;                                      \
    default: MEMOP("fcom" sfx, src); break;                                                \
    }
    if (bits == 32)
        MEMOPS("s", m32)
    else
        MEMOPS("l", m)
#undef MEMOPS
#undef MEMOP
    return sw;
}

uint16_t fd_x87_ld32(uint16_t cw, sf_f32 a, sf_f80 *r)
{
    uint16_t sw;
    memset(r, 0, sizeof(*r));
    __asm__ volatile(X87_BEGIN "flds %[a]\n\tfnstsw %[sw]\n\tfstpt %[r]\n\tfninit"
                     : [sw] "=m"(sw), [r] "=m"(*r) : [cw] "m"(cw), [a] "m"(a) : "memory");
    return sw;
}

uint16_t fd_x87_ld64(uint16_t cw, sf_f64 a, sf_f80 *r)
{
    uint16_t sw;
    memset(r, 0, sizeof(*r));
    __asm__ volatile(X87_BEGIN "fldl %[a]\n\tfnstsw %[sw]\n\tfstpt %[r]\n\tfninit"
                     : [sw] "=m"(sw), [r] "=m"(*r) : [cw] "m"(cw), [a] "m"(a) : "memory");
    return sw;
}

uint16_t fd_x87_st32(uint16_t cw, sf_f80 a, sf_f32 *r)
{
    uint16_t sw;
    __asm__ volatile(X87_BEGIN "fldt %[a]\n\tfstps %[r]\n\tfnstsw %[sw]\n\tfninit"
                     : [sw] "=m"(sw), [r] "=m"(*r) : [cw] "m"(cw), [a] "m"(a) : "memory");
    return sw;
}

uint16_t fd_x87_st64(uint16_t cw, sf_f80 a, sf_f64 *r)
{
    uint16_t sw;
    __asm__ volatile(X87_BEGIN "fldt %[a]\n\tfstpl %[r]\n\tfnstsw %[sw]\n\tfninit"
                     : [sw] "=m"(sw), [r] "=m"(*r) : [cw] "m"(cw), [a] "m"(a) : "memory");
    return sw;
}

uint16_t fd_x87_ist(int bits, bool trunc, uint16_t cw, sf_f80 a, int64_t *r)
{
    uint16_t sw = 0;
    int16_t r16 = 0;
    int32_t r32 = 0;
    int64_t r64 = 0;
#define IST(insn, dst)                                                                     \
    __asm__ volatile(X87_BEGIN "fldt %[a]\n\t" insn " %[r]\n\tfnstsw %[sw]\n\tfninit"      \
                     : [sw] "=m"(sw), [r] "=m"(dst) : [cw] "m"(cw), [a] "m"(a) : "memory")
    if (bits == 16) {
        if (trunc)
            IST("fisttps", r16);
        else
            IST("fistps", r16);
        *r = r16;
    } else if (bits == 32) {
        if (trunc)
            IST("fisttpl", r32);
        else
            IST("fistpl", r32);
        *r = r32;
    } else {
        if (trunc)
            IST("fisttpll", r64);
        else
            IST("fistpll", r64);
        *r = r64;
    }
#undef IST
    return sw;
}

uint16_t fd_x87_ild(int bits, uint16_t cw, int64_t a, sf_f80 *r)
{
    uint16_t sw = 0;
    int16_t a16 = (int16_t)a;
    int32_t a32 = (int32_t)a;
    memset(r, 0, sizeof(*r));
#define ILD(insn, src)                                                                     \
    __asm__ volatile(X87_BEGIN insn " %[a]\n\tfnstsw %[sw]\n\tfstpt %[r]\n\tfninit"        \
                     : [sw] "=m"(sw), [r] "=m"(*r) : [cw] "m"(cw), [a] "m"(src) : "memory")
    if (bits == 16)
        ILD("filds", a16);
    else if (bits == 32)
        ILD("fildl", a32);
    else
        ILD("fildll", a);
#undef ILD
    return sw;
}

uint16_t fd_x87_bstp(uint16_t cw, sf_f80 a, uint8_t bcd[10])
{
    uint16_t sw;
    __asm__ volatile(X87_BEGIN "fldt %[a]\n\tfbstp %[r]\n\tfnstsw %[sw]\n\tfninit"
                     : [sw] "=m"(sw), [r] "=m"(*(uint8_t(*)[10])bcd)
                     : [cw] "m"(cw), [a] "m"(a) : "memory");
    return sw;
}

uint16_t fd_x87_bld(uint16_t cw, const uint8_t bcd[10], sf_f80 *r)
{
    uint16_t sw;
    memset(r, 0, sizeof(*r));
    __asm__ volatile(X87_BEGIN "fbld %[a]\n\tfnstsw %[sw]\n\tfstpt %[r]\n\tfninit"
                     : [sw] "=m"(sw), [r] "=m"(*r)
                     : [cw] "m"(cw), [a] "m"(*(const uint8_t(*)[10])bcd) : "memory");
    return sw;
}

/* ---------------- SSE ---------------- */

#define SSE_BIN(mov, insn, a, b, res)                                                      \
    __asm__ volatile("ldmxcsr %[m]\n\t" mov " %[ra], %%xmm0\n\t" mov " %[rb], %%xmm1\n\t"  \
                     insn " %%xmm1, %%xmm0\n\t" mov " %%xmm0, %[rr]\n\tstmxcsr %[mo]"      \
                     : [rr] "=r"(res), [mo] "=m"(out)                                      \
                     : [m] "m"(mxcsr), [ra] "r"(a), [rb] "r"(b)                            \
                     : "xmm0", "xmm1")

uint32_t fd_sse32(int op, uint32_t mxcsr, sf_f32 a, sf_f32 b, sf_f32 *r)
{
    uint32_t out = 0, res = 0;
    switch (op) {
    case FD_SSE_ADD: SSE_BIN("movd", "addss", a, b, res); break;
    case FD_SSE_SUB: SSE_BIN("movd", "subss", a, b, res); break;
    case FD_SSE_MUL: SSE_BIN("movd", "mulss", a, b, res); break;
    case FD_SSE_DIV: SSE_BIN("movd", "divss", a, b, res); break;
    case FD_SSE_SQRT: SSE_BIN("movd", "sqrtss", a, b, res); break;
    case FD_SSE_MIN: SSE_BIN("movd", "minss", a, b, res); break;
    case FD_SSE_MAX: SSE_BIN("movd", "maxss", a, b, res); break;
    default: break;
    }
    *r = res;
    return out;
}

uint32_t fd_sse64(int op, uint32_t mxcsr, sf_f64 a, sf_f64 b, sf_f64 *r)
{
    uint32_t out = 0;
    uint64_t res = 0;
    switch (op) {
    case FD_SSE_ADD: SSE_BIN("movq", "addsd", a, b, res); break;
    case FD_SSE_SUB: SSE_BIN("movq", "subsd", a, b, res); break;
    case FD_SSE_MUL: SSE_BIN("movq", "mulsd", a, b, res); break;
    case FD_SSE_DIV: SSE_BIN("movq", "divsd", a, b, res); break;
    case FD_SSE_SQRT: SSE_BIN("movq", "sqrtsd", a, b, res); break;
    case FD_SSE_MIN: SSE_BIN("movq", "minsd", a, b, res); break;
    case FD_SSE_MAX: SSE_BIN("movq", "maxsd", a, b, res); break;
    default: break;
    }
    *r = res;
    return out;
}

static int rel_from_flags(uint8_t z, uint8_t p, uint8_t c)
{
    if (p)
        return SF_CMP_UNORDERED;
    if (z)
        return SF_CMP_EQUAL;
    return c ? SF_CMP_LESS : SF_CMP_GREATER;
}

#define SSE_CMP(mov, insn)                                                                 \
    __asm__ volatile("ldmxcsr %[m]\n\t" mov " %[ra], %%xmm0\n\t" mov " %[rb], %%xmm1\n\t"  \
                     insn " %%xmm1, %%xmm0\n\tsetz %[z]\n\tsetp %[p]\n\tsetc %[c]\n\t"     \
                     "stmxcsr %[mo]"                                                       \
                     : [z] "=q"(z), [p] "=q"(p), [c] "=q"(c), [mo] "=m"(out)               \
                     : [m] "m"(mxcsr), [ra] "r"(a), [rb] "r"(b)                            \
                     : "xmm0", "xmm1", "cc")

uint32_t fd_sse_cmp32(bool quiet, uint32_t mxcsr, sf_f32 a, sf_f32 b, int *rel)
{
    uint32_t out = 0;
    uint8_t z, p, c;
    if (quiet)
        SSE_CMP("movd", "ucomiss");
    else
        SSE_CMP("movd", "comiss");
    *rel = rel_from_flags(z, p, c);
    return out;
}

uint32_t fd_sse_cmp64(bool quiet, uint32_t mxcsr, sf_f64 a, sf_f64 b, int *rel)
{
    uint32_t out = 0;
    uint8_t z, p, c;
    if (quiet)
        SSE_CMP("movq", "ucomisd");
    else
        SSE_CMP("movq", "comisd");
    *rel = rel_from_flags(z, p, c);
    return out;
}

uint32_t fd_sse_cvt_s2d(uint32_t mxcsr, sf_f32 a, sf_f64 *r)
{
    uint32_t out;
    uint64_t res;
    __asm__ volatile("ldmxcsr %[m]\n\tmovd %[ra], %%xmm1\n\tcvtss2sd %%xmm1, %%xmm0\n\t"
                     "movq %%xmm0, %[rr]\n\tstmxcsr %[mo]"
                     : [rr] "=r"(res), [mo] "=m"(out) : [m] "m"(mxcsr), [ra] "r"(a)
                     : "xmm0", "xmm1");
    *r = res;
    return out;
}

uint32_t fd_sse_cvt_d2s(uint32_t mxcsr, sf_f64 a, sf_f32 *r)
{
    uint32_t out, res;
    __asm__ volatile("ldmxcsr %[m]\n\tmovq %[ra], %%xmm1\n\tcvtsd2ss %%xmm1, %%xmm0\n\t"
                     "movd %%xmm0, %[rr]\n\tstmxcsr %[mo]"
                     : [rr] "=r"(res), [mo] "=m"(out) : [m] "m"(mxcsr), [ra] "r"(a)
                     : "xmm0", "xmm1");
    *r = res;
    return out;
}

#define SSE_CVT2I(mov, insn, reg)                                                          \
    __asm__ volatile("ldmxcsr %[m]\n\t" mov " %[ra], %%xmm1\n\t" insn " %%xmm1, %" reg     \
                     "[rr]\n\tstmxcsr %[mo]"                                               \
                     : [rr] "=r"(res), [mo] "=m"(out) : [m] "m"(mxcsr), [ra] "r"(a)        \
                     : "xmm1")

uint32_t fd_sse_cvt_s2i(int bits, bool trunc, uint32_t mxcsr, sf_f32 a, int64_t *r)
{
    uint32_t out = 0;
    uint64_t res = 0;
    if (bits == 32) {
        if (trunc)
            SSE_CVT2I("movd", "cvttss2si", "k");
        else
            SSE_CVT2I("movd", "cvtss2si", "k");
        *r = (int32_t)res;
    } else {
        if (trunc)
            SSE_CVT2I("movd", "cvttss2si", "q");
        else
            SSE_CVT2I("movd", "cvtss2si", "q");
        *r = (int64_t)res;
    }
    return out;
}

uint32_t fd_sse_cvt_d2i(int bits, bool trunc, uint32_t mxcsr, sf_f64 a, int64_t *r)
{
    uint32_t out = 0;
    uint64_t res = 0;
    if (bits == 32) {
        if (trunc)
            SSE_CVT2I("movq", "cvttsd2si", "k");
        else
            SSE_CVT2I("movq", "cvtsd2si", "k");
        *r = (int32_t)res;
    } else {
        if (trunc)
            SSE_CVT2I("movq", "cvttsd2si", "q");
        else
            SSE_CVT2I("movq", "cvtsd2si", "q");
        *r = (int64_t)res;
    }
    return out;
}

uint32_t fd_sse_cvt_i2s(int bits, uint32_t mxcsr, int64_t a, sf_f32 *r)
{
    uint32_t out, res;
    if (bits == 32)
        __asm__ volatile("ldmxcsr %[m]\n\tcvtsi2ssl %k[ra], %%xmm0\n\tmovd %%xmm0, %[rr]\n\t"
                         "stmxcsr %[mo]"
                         : [rr] "=r"(res), [mo] "=m"(out) : [m] "m"(mxcsr), [ra] "r"(a)
                         : "xmm0");
    else
        __asm__ volatile("ldmxcsr %[m]\n\tcvtsi2ssq %q[ra], %%xmm0\n\tmovd %%xmm0, %[rr]\n\t"
                         "stmxcsr %[mo]"
                         : [rr] "=r"(res), [mo] "=m"(out) : [m] "m"(mxcsr), [ra] "r"(a)
                         : "xmm0");
    *r = res;
    return out;
}

uint32_t fd_sse_cvt_i2d(int bits, uint32_t mxcsr, int64_t a, sf_f64 *r)
{
    uint32_t out;
    uint64_t res;
    if (bits == 32)
        __asm__ volatile("ldmxcsr %[m]\n\tcvtsi2sdl %k[ra], %%xmm0\n\tmovq %%xmm0, %[rr]\n\t"
                         "stmxcsr %[mo]"
                         : [rr] "=r"(res), [mo] "=m"(out) : [m] "m"(mxcsr), [ra] "r"(a)
                         : "xmm0");
    else
        __asm__ volatile("ldmxcsr %[m]\n\tcvtsi2sdq %q[ra], %%xmm0\n\tmovq %%xmm0, %[rr]\n\t"
                         "stmxcsr %[mo]"
                         : [rr] "=r"(res), [mo] "=m"(out) : [m] "m"(mxcsr), [ra] "r"(a)
                         : "xmm0");
    *r = res;
    return out;
}

#define ROUND_CASE(mov, insn, n)                                                           \
    case n:                                                                                \
        __asm__ volatile("ldmxcsr %[m]\n\t" mov " %[ra], %%xmm1\n\t" insn " $" #n          \
                         ", %%xmm1, %%xmm0\n\t" mov " %%xmm0, %[rr]\n\tstmxcsr %[mo]"      \
                         : [rr] "=r"(res), [mo] "=m"(out) : [m] "m"(mxcsr), [ra] "r"(a)    \
                         : "xmm0", "xmm1");                                                \
        break;
#define ROUND_SWITCH(mov, insn)                                                            \
    switch (imm & 15) {                                                                    \
        ROUND_CASE(mov, insn, 0) ROUND_CASE(mov, insn, 1) ROUND_CASE(mov, insn, 2)         \
        ROUND_CASE(mov, insn, 3) ROUND_CASE(mov, insn, 4) ROUND_CASE(mov, insn, 5)         \
        ROUND_CASE(mov, insn, 6) ROUND_CASE(mov, insn, 7) ROUND_CASE(mov, insn, 8)         \
        ROUND_CASE(mov, insn, 9) ROUND_CASE(mov, insn, 10) ROUND_CASE(mov, insn, 11)       \
        ROUND_CASE(mov, insn, 12) ROUND_CASE(mov, insn, 13) ROUND_CASE(mov, insn, 14)      \
        ROUND_CASE(mov, insn, 15)                                                          \
    }

uint32_t fd_sse_round32(int imm, uint32_t mxcsr, sf_f32 a, sf_f32 *r)
{
    uint32_t out = 0, res = 0;
    ROUND_SWITCH("movd", "roundss")
    *r = res;
    return out;
}

uint32_t fd_sse_round64(int imm, uint32_t mxcsr, sf_f64 a, sf_f64 *r)
{
    uint32_t out = 0;
    uint64_t res = 0;
    ROUND_SWITCH("movq", "roundsd")
    *r = res;
    return out;
}

/* Internal interface of the MMX/SSE helpers (cpu/sse_*helper.c, cpu/xsave_helper.c) and
 * of the translator files that call them (cpu/translate_sse*.c): the operation codes the
 * helpers take, register access by env offset, MXCSR and SIMD exception rules, and the
 * pieces of state handling FXSAVE/XSAVE and reset share. SDM vol. 1, chapters 9-12. */
#ifndef CPU_SSE_HELPER_H
#define CPU_SSE_HELPER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "cpu/cpu.h"
#include "cpu/fpu/softfloat.h"

/* Operands are passed to helpers as byte offsets into CPUX86State: an XMM register, an
 * MMX register (fpregs[i].sig) or env->xmm_t0 holding a memory operand. Values move
 * through memcpy: MMX registers are 8 bytes inside X86FPReg, not an X86XMMReg. The
 * X86XMMReg views (b/w/l/q) assume a little-endian host, like the rest of Tern. */
#define SSE_XMM_OFF(r) ((uint32_t)offsetof(CPUX86State, xmm[r]))
#define SSE_MMX_OFF(r) ((uint32_t)offsetof(CPUX86State, fpregs[r].sig))
#define SSE_T0_OFF ((uint32_t)offsetof(CPUX86State, xmm_t0))

/* bytes is 8 or 16. The generated code writes registers as 64-bit halves, and on x86
 * hosts a wider load of data still in the store buffer as narrower stores cannot be
 * forwarded and stalls: registers are read as two 8-byte loads, never one 16-byte one.
 * The volatile accesses keep the compiler from merging them. */
static inline void sse_get(const CPUX86State *env, uint32_t off, X86XMMReg *v, int bytes)
{
    const volatile uint64_t *p =
        (const volatile uint64_t *)(const void *)((const uint8_t *)env + off);
    v->q[0] = p[0];
    if (bytes > 8)
        v->q[1] = p[1];
}

static inline void sse_put(CPUX86State *env, uint32_t off, const X86XMMReg *v, int bytes)
{
    volatile uint64_t *p = (volatile uint64_t *)(void *)((uint8_t *)env + off);
    p[0] = v->q[0];
    if (bytes > 8)
        p[1] = v->q[1];
}

/* MXCSR's exception flag bits (layout and masks: X86_MXCSR_* in cpu/cpu.h). */
#define MXCSR_FLAGS 0x3Fu
#define SSE_PRE_FLAGS 0x07u /* invalid, denormal, divide-by-zero: pre-computation */

/* Helper op argument: the operation in bits 0-7, bit 8 set for the 128-bit (XMM) form,
 * clear for the 64-bit (MMX) form. */
#define SSE_OP_XMM 0x100u
#define SSE_OP_BYTES(op) (((op) & SSE_OP_XMM) ? 16 : 8)

/* ---- packed integer operations (helper sse_iop / sse_iop_imm / sse_shift) ---- */
#define SSE_INT_OPS(X) \
    X(PADDSB) X(PADDSW) X(PADDUSB) X(PADDUSW) X(PSUBSB) X(PSUBSW) X(PSUBUSB) X(PSUBUSW) \
    X(PMULLW) X(PMULHW) X(PMULHUW) X(PMULUDQ) X(PMADDWD) X(PSADBW) X(PAVGB) X(PAVGW) \
    X(PMINSW) X(PMAXSW) X(PCMPGTB) X(PCMPGTW) X(PCMPGTD) \
    X(PACKSSWB) X(PACKUSWB) X(PACKSSDW) \
    X(PSHUFB) X(PHADDW) X(PHADDD) X(PHADDSW) X(PHSUBW) X(PHSUBD) X(PHSUBSW) \
    X(PMADDUBSW) X(PMULHRSW) X(PSIGNB) X(PSIGNW) X(PSIGND) X(PABSB) X(PABSW) X(PABSD) \
    X(PMINSB) X(PMINSD) X(PMINUW) X(PMINUD) X(PMAXSB) X(PMAXSD) X(PMAXUW) X(PMAXUD) \
    X(PMULLD) X(PMULDQ) X(PCMPEQQ) X(PCMPGTQ) X(PACKUSDW) \
    X(PMOVSXBW) X(PMOVSXBD) X(PMOVSXBQ) X(PMOVSXWD) X(PMOVSXWQ) X(PMOVSXDQ) \
    X(PMOVZXBW) X(PMOVZXBD) X(PMOVZXBQ) X(PMOVZXWD) X(PMOVZXWQ) X(PMOVZXDQ) \
    X(PHMINPOSUW) \
    X(MOVSLDUP) X(MOVSHDUP) X(MOVDDUP)
/* with an imm8 (helper sse_iop_imm) */
#define SSE_INT_IMM_OPS(X) \
    X(PALIGNR) \
    X(PBLENDW) X(BLENDPS) X(BLENDPD) X(MPSADBW) X(INSERTPS) \
    X(PBLENDVB) X(BLENDVPS) X(BLENDVPD) /* imm unused: the mask is XMM0 */
/* shifts (helper sse_shift, count as a 64-bit value) */
#define SSE_SHIFT_OPS(X) \
    X(PSLLW) X(PSLLD) X(PSLLQ) X(PSRLW) X(PSRLD) X(PSRLQ) X(PSRAW) X(PSRAD)

#define SSE_ENUM(n) SSE_##n,
enum { SSE_INT_OPS(SSE_ENUM) SSE_INT_OP_COUNT };
enum { SSE_INT_IMM_OPS(SSE_ENUM) SSE_INT_IMM_OP_COUNT };
enum { SSE_SHIFT_OPS(SSE_ENUM) SSE_SHIFT_OP_COUNT };

/* ---- floating point (helper sse_fop / sse_fop_imm): operation in bits 0-5, format in
 * bits 6-7 ---- */
#define SSE_FMT_PS 0x00u
#define SSE_FMT_PD 0x40u
#define SSE_FMT_SS 0x80u
#define SSE_FMT_SD 0xC0u
#define SSE_FMT(op) ((op) & 0xC0u)
#define SSE_FOPS(X) \
    X(ADD) X(SUB) X(MUL) X(DIV) X(MIN) X(MAX) X(SQRT) X(RCP) X(RSQRT) \
    X(HADD) X(HSUB) X(ADDSUB) \
    /* conversions: the format bits are unused, the name says it all */ \
    X(CVTPS2PD) X(CVTPD2PS) X(CVTSS2SD) X(CVTSD2SS) X(CVTDQ2PS) X(CVTPS2DQ) \
    X(CVTTPS2DQ) X(CVTDQ2PD) X(CVTPD2DQ) X(CVTTPD2DQ) X(CVTPI2PS) X(CVTPI2PD) \
    X(CVTPS2PI) X(CVTTPS2PI) X(CVTPD2PI) X(CVTTPD2PI)
#define SSE_FOPS_IMM(X) X(CMP) X(ROUND) X(DPPS) X(DPPD)
#define SSE_FENUM(n) SSE_F_##n,
enum { SSE_FOPS(SSE_FENUM) SSE_FOP_COUNT };
enum { SSE_FOPS_IMM(SSE_FENUM) SSE_FOP_IMM_COUNT };

/* scalar conversions to/from general registers (helpers sse_cvt_f2i, sse_cvt_i2f):
 * bit 0 double source/destination, bit 1 truncate, bit 2 64-bit integer */
#define SSE_CVT_SD 1u
#define SSE_CVT_TRUNC 2u
#define SSE_CVT_I64 4u
/* COMISS & co (helper sse_comis): bit 0 double, bit 1 quiet (UCOMIS*) */
#define SSE_COMI_SD 1u
#define SSE_COMI_QUIET 2u

/* ---- shared by the helper files ---- */
/* The flags of the elements of one instruction, OR-ed (SDM vol. 1, 11.5.3.1): each
 * element runs on a copy of base (flags clear) and adds its flags here. */
typedef struct SseFpAcc {
    sf_status base;
    unsigned pre, all;
} SseFpAcc;

static inline void sse_fp_note(SseFpAcc *acc, const sf_status *e)
{
    acc->pre |= e->flags & SSE_PRE_FLAGS;
    acc->all |= e->flags;
}

/* An unmasked underflow or overflow reports the precision flag when the result, rounded
 * to the destination's precision with an unbounded exponent, is inexact (the host CPU's
 * rule, found with tests/diff/ssediff; cpu/fpu reports the inexactness of the denormalized
 * or overflowed result instead). fix_ue_* take the flags of one operation and return them corrected;
 * op is SSE_F_ADD/SUB/MUL/DIV, or SSE_F_CVTSD2SS for a float64 -> float32 conversion. */
unsigned sse_fix_ue32(unsigned flags, unsigned traps, unsigned op, sf_f32 a, sf_f32 b);
unsigned sse_fix_ue64(unsigned flags, unsigned traps, unsigned op, sf_f64 a, sf_f64 b);

/* The conversions of helper sse_fop (cpu/sse_cvt_helper.c): r = op(a, b); *bytes is how
 * much of r to write back (8 for an MMX destination). */
void sse_convert(SseFpAcc *acc, unsigned op, X86XMMReg *r, const X86XMMReg *a,
                 const X86XMMReg *b, int *bytes);
/* #XM when CR4.OSXMMEXCPT = 1, else #UD (SDM vol. 1, 11.5.3.2 step 2). */
_Noreturn void sse_raise_simd(CPUX86State *env, uintptr_t ra);
/* The end of an SSE floating-point instruction (SDM vol. 1, 11.5.3): pre = the OR of the
 * pre-computation flags of every element, all = the OR of all flags. An unmasked
 * pre-computation exception reports only the pre-computation flags; otherwise every flag
 * is recorded. Returns normally when the destination may be written; else raises. */
void sse_fp_finish_flags(CPUX86State *env, unsigned pre, unsigned all, uintptr_t ra);
static inline void sse_fp_finish(CPUX86State *env, unsigned pre, unsigned all, uintptr_t ra)
{
    if (all) /* most operations raise no flag at all */
        sse_fp_finish_flags(env, pre, all, ra);
}

/* ---- XSAVE (cpu/xsave_helper.c) ---- */
/* CPUID leaf 0DH (SDM vol. 2A, CPUID; vol. 1, 13.2) for the x87 and SSE components. */
void x86_cpuid_xsave_leaf(CPUX86State *env, uint32_t subleaf, uint32_t *eax, uint32_t *ebx,
                          uint32_t *ecx, uint32_t *edx);

/* Pure operations the helpers are made of, exported for tests/unit/test_sse.c. */
void sse_int_op(unsigned op, X86XMMReg *d, const X86XMMReg *s);
void sse_int_imm_op(unsigned op, X86XMMReg *d, const X86XMMReg *s, unsigned imm,
                    const X86XMMReg *xmm0);
void sse_shift_op(unsigned op, X86XMMReg *d, uint64_t count);
uint32_t sse_crc32c(uint32_t crc, uint64_t val, int bytes);
/* PCMPxSTRx core: returns IntRes2 (16 bits) and sets *flags (CC_* bits). la/lb are the
 * lengths (implicit forms: computed from the null terminator when explicit is false). */
uint32_t sse_pcmpstr(const X86XMMReg *a, const X86XMMReg *b, int64_t la, int64_t lb,
                     unsigned imm, bool explicit_len, uint32_t *flags);

#endif

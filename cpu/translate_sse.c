/* MMX/SSE translation core: the table from mnemonic to handler, operand decoding for the
 * SDM's V/U/W/P/N/Q kinds, the CR0.EM / CR0.TS / CR4.OSFXSR checks and the pending x87
 * exception of MMX instructions, the x87 -> MMX state transition, and the register and
 * memory plumbing the handlers in cpu/translate_sse_*.c share. SDM vol. 1, 9.5-9.6,
 * 11.4.1 (alignment), 11.6.2; vol. 3, 2.5 and 13.1. */
#include "cpu/fpu_helper.h"
#include "cpu/helper.h"
#include "cpu/sse_helper.h"
#include "cpu/translate_sse.h"
#include "tcg/log.h"

#define ENV tcg_ctx->env
#define U SE_UNALIGNED

/* Inline selectors (the op field of the handlers that are not helper calls). */
enum { LOGIC_AND, LOGIC_ANDN, LOGIC_OR, LOGIC_XOR };
#define ADDSUB(sub, lg) ((sub) << 3 | (lg))

static const SseEntry sse_table[X86_MN_COUNT] = {
    /* ---- MMX and SSE2 integer ---- */
    [X86_MN_paddb] = { sse_gen_addsub, ADDSUB(0, 0), 0 },
    [X86_MN_paddw] = { sse_gen_addsub, ADDSUB(0, 1), 0 },
    [X86_MN_paddd] = { sse_gen_addsub, ADDSUB(0, 2), 0 },
    [X86_MN_paddq] = { sse_gen_addsub, ADDSUB(0, 3), 0 },
    [X86_MN_psubb] = { sse_gen_addsub, ADDSUB(1, 0), 0 },
    [X86_MN_psubw] = { sse_gen_addsub, ADDSUB(1, 1), 0 },
    [X86_MN_psubd] = { sse_gen_addsub, ADDSUB(1, 2), 0 },
    [X86_MN_psubq] = { sse_gen_addsub, ADDSUB(1, 3), 0 },
    [X86_MN_pcmpeqb] = { sse_gen_cmpeq, 0, 0 },
    [X86_MN_pcmpeqw] = { sse_gen_cmpeq, 1, 0 },
    [X86_MN_pcmpeqd] = { sse_gen_cmpeq, 2, 0 },
    [X86_MN_pand] = { sse_gen_logic, LOGIC_AND, 0 },
    [X86_MN_pandn] = { sse_gen_logic, LOGIC_ANDN, 0 },
    [X86_MN_por] = { sse_gen_logic, LOGIC_OR, 0 },
    [X86_MN_pxor] = { sse_gen_logic, LOGIC_XOR, 0 },
    [X86_MN_paddsb] = { sse_gen_iop, SSE_PADDSB, 0 },
    [X86_MN_paddsw] = { sse_gen_iop, SSE_PADDSW, 0 },
    [X86_MN_paddusb] = { sse_gen_iop, SSE_PADDUSB, 0 },
    [X86_MN_paddusw] = { sse_gen_iop, SSE_PADDUSW, 0 },
    [X86_MN_psubsb] = { sse_gen_iop, SSE_PSUBSB, 0 },
    [X86_MN_psubsw] = { sse_gen_iop, SSE_PSUBSW, 0 },
    [X86_MN_psubusb] = { sse_gen_iop, SSE_PSUBUSB, 0 },
    [X86_MN_psubusw] = { sse_gen_iop, SSE_PSUBUSW, 0 },
    [X86_MN_pcmpgtb] = { sse_gen_iop, SSE_PCMPGTB, 0 },
    [X86_MN_pcmpgtw] = { sse_gen_iop, SSE_PCMPGTW, 0 },
    [X86_MN_pcmpgtd] = { sse_gen_iop, SSE_PCMPGTD, 0 },
    [X86_MN_pmullw] = { sse_gen_iop, SSE_PMULLW, 0 },
    [X86_MN_pmulhw] = { sse_gen_iop, SSE_PMULHW, 0 },
    [X86_MN_pmulhuw] = { sse_gen_iop, SSE_PMULHUW, 0 },
    [X86_MN_pmuludq] = { sse_gen_iop, SSE_PMULUDQ, 0 },
    [X86_MN_pmaddwd] = { sse_gen_iop, SSE_PMADDWD, 0 },
    [X86_MN_psadbw] = { sse_gen_iop, SSE_PSADBW, 0 },
    [X86_MN_pavgb] = { sse_gen_iop, SSE_PAVGB, 0 },
    [X86_MN_pavgw] = { sse_gen_iop, SSE_PAVGW, 0 },
    [X86_MN_pminub] = { sse_gen_minmax_ub, 0, 0 },
    [X86_MN_pmaxub] = { sse_gen_minmax_ub, 1, 0 },
    [X86_MN_pminsw] = { sse_gen_iop, SSE_PMINSW, 0 },
    [X86_MN_pmaxsw] = { sse_gen_iop, SSE_PMAXSW, 0 },
    [X86_MN_packsswb] = { sse_gen_iop, SSE_PACKSSWB, 0 },
    [X86_MN_packuswb] = { sse_gen_iop, SSE_PACKUSWB, 0 },
    [X86_MN_packssdw] = { sse_gen_iop, SSE_PACKSSDW, 0 },
    [X86_MN_punpcklbw] = { sse_gen_unpack, SSE_UNPACK(0, 0), 0 },
    [X86_MN_punpcklwd] = { sse_gen_unpack, SSE_UNPACK(0, 1), 0 },
    [X86_MN_punpckldq] = { sse_gen_unpack, SSE_UNPACK(0, 2), 0 },
    [X86_MN_punpckhbw] = { sse_gen_unpack, SSE_UNPACK(1, 0), 0 },
    [X86_MN_punpckhwd] = { sse_gen_unpack, SSE_UNPACK(1, 1), 0 },
    [X86_MN_punpckhdq] = { sse_gen_unpack, SSE_UNPACK(1, 2), 0 },
    [X86_MN_punpcklqdq] = { sse_gen_unpack_q, 0, 0 },
    [X86_MN_punpckhqdq] = { sse_gen_unpack_q, 1, 0 },
    [X86_MN_psllw] = { sse_gen_shift, SSE_PSLLW, 0 },
    [X86_MN_pslld] = { sse_gen_shift, SSE_PSLLD, 0 },
    [X86_MN_psllq] = { sse_gen_shift, SSE_PSLLQ, 0 },
    [X86_MN_psrlw] = { sse_gen_shift, SSE_PSRLW, 0 },
    [X86_MN_psrld] = { sse_gen_shift, SSE_PSRLD, 0 },
    [X86_MN_psrlq] = { sse_gen_shift, SSE_PSRLQ, 0 },
    [X86_MN_psraw] = { sse_gen_shift, SSE_PSRAW, 0 },
    [X86_MN_psrad] = { sse_gen_shift, SSE_PSRAD, 0 },
    [X86_MN_pslldq] = { sse_gen_shift_bytes, 0, 0 },
    [X86_MN_psrldq] = { sse_gen_shift_bytes, 1, 0 },
    [X86_MN_pshufw] = { sse_gen_shuffle, SSE_PSHUFW, 0 },
    [X86_MN_pshufd] = { sse_gen_shuffle, SSE_PSHUFD, 0 },
    [X86_MN_pshuflw] = { sse_gen_shuffle, SSE_PSHUFLW, 0 },
    [X86_MN_pshufhw] = { sse_gen_shuffle, SSE_PSHUFHW, 0 },
    [X86_MN_pextrw] = { sse_gen_extract, 2, SE_M16 },
    [X86_MN_pinsrw] = { sse_gen_insert, 2, SE_M16 },
    [X86_MN_pmovmskb] = { sse_gen_movmsk, SSE_MSK_B, 0 },
    [X86_MN_maskmovq] = { sse_gen_maskmov, 0, 0 },
    [X86_MN_maskmovdqu] = { sse_gen_maskmov, 0, 0 },
    [X86_MN_movntq] = { sse_gen_mov64, 0, 0 },
    [X86_MN_movntdq] = { sse_gen_mov128, 0, 0 },
    [X86_MN_movnti] = { sse_gen_movnti, 0, SE_PLAIN },
    [X86_MN_emms] = { sse_gen_emms, 0, SE_MMXSTATE },
    [X86_MN_movd] = { sse_gen_movd, 0, 0 },
    [X86_MN_movq] = { sse_gen_mov64, 0, 0 },
    [X86_MN_movdqa] = { sse_gen_mov128, 0, 0 },
    [X86_MN_movdqu] = { sse_gen_mov128, 0, U },
    [X86_MN_movq2dq] = { sse_gen_mov64, 0, 0 },
    [X86_MN_movdq2q] = { sse_gen_mov64, 0, 0 },
    /* ---- SSE / SSE2 floating point and moves ---- */
    [X86_MN_movups] = { sse_gen_mov128, 0, U },
    [X86_MN_movupd] = { sse_gen_mov128, 0, U },
    [X86_MN_movaps] = { sse_gen_mov128, 0, 0 },
    [X86_MN_movapd] = { sse_gen_mov128, 0, 0 },
    [X86_MN_movntps] = { sse_gen_mov128, 0, 0 },
    [X86_MN_movntpd] = { sse_gen_mov128, 0, 0 },
    [X86_MN_movss] = { sse_gen_movs, 4, 0 },
    [X86_MN_movsd] = { sse_gen_movs, 8, 0 },
    [X86_MN_movlps] = { sse_gen_movlh, 0, 0 },
    [X86_MN_movlpd] = { sse_gen_movlh, 0, 0 },
    [X86_MN_movhps] = { sse_gen_movlh, 1, 0 },
    [X86_MN_movhpd] = { sse_gen_movlh, 1, 0 },
    [X86_MN_movhlps] = { sse_gen_movlh, 2, 0 },
    [X86_MN_movlhps] = { sse_gen_movlh, 3, 0 },
    [X86_MN_movmskps] = { sse_gen_movmsk, SSE_MSK_PS, 0 },
    [X86_MN_movmskpd] = { sse_gen_movmsk, SSE_MSK_PD, 0 },
    [X86_MN_unpcklps] = { sse_gen_unpack, SSE_UNPACK(0, 2), 0 },
    [X86_MN_unpckhps] = { sse_gen_unpack, SSE_UNPACK(1, 2), 0 },
    [X86_MN_unpcklpd] = { sse_gen_unpack_q, 0, 0 },
    [X86_MN_unpckhpd] = { sse_gen_unpack_q, 1, 0 },
    [X86_MN_shufps] = { sse_gen_shuffle, SSE_SHUFPS, 0 },
    [X86_MN_shufpd] = { sse_gen_shuffle, SSE_SHUFPD, 0 },
    [X86_MN_andps] = { sse_gen_logic, LOGIC_AND, 0 },
    [X86_MN_andpd] = { sse_gen_logic, LOGIC_AND, 0 },
    [X86_MN_andnps] = { sse_gen_logic, LOGIC_ANDN, 0 },
    [X86_MN_andnpd] = { sse_gen_logic, LOGIC_ANDN, 0 },
    [X86_MN_orps] = { sse_gen_logic, LOGIC_OR, 0 },
    [X86_MN_orpd] = { sse_gen_logic, LOGIC_OR, 0 },
    [X86_MN_xorps] = { sse_gen_logic, LOGIC_XOR, 0 },
    [X86_MN_xorpd] = { sse_gen_logic, LOGIC_XOR, 0 },
#define FP4(mn, F) \
    [X86_MN_##mn##ps] = { sse_gen_fop, SSE_F_##F | SSE_FMT_PS, 0 }, \
    [X86_MN_##mn##pd] = { sse_gen_fop, SSE_F_##F | SSE_FMT_PD, 0 }, \
    [X86_MN_##mn##ss] = { sse_gen_fop, SSE_F_##F | SSE_FMT_SS, 0 }, \
    [X86_MN_##mn##sd] = { sse_gen_fop, SSE_F_##F | SSE_FMT_SD, 0 },
    FP4(add, ADD) FP4(sub, SUB) FP4(mul, MUL) FP4(div, DIV) FP4(min, MIN) FP4(max, MAX)
    FP4(sqrt, SQRT)
#undef FP4
    [X86_MN_rcpps] = { sse_gen_fop, SSE_F_RCP | SSE_FMT_PS, 0 },
    [X86_MN_rcpss] = { sse_gen_fop, SSE_F_RCP | SSE_FMT_SS, 0 },
    [X86_MN_rsqrtps] = { sse_gen_fop, SSE_F_RSQRT | SSE_FMT_PS, 0 },
    [X86_MN_rsqrtss] = { sse_gen_fop, SSE_F_RSQRT | SSE_FMT_SS, 0 },
    [X86_MN_cmpps] = { sse_gen_fop_imm, SSE_F_CMP | SSE_FMT_PS, 0 },
    [X86_MN_cmppd] = { sse_gen_fop_imm, SSE_F_CMP | SSE_FMT_PD, 0 },
    [X86_MN_cmpss] = { sse_gen_fop_imm, SSE_F_CMP | SSE_FMT_SS, 0 },
    [X86_MN_cmpsd] = { sse_gen_fop_imm, SSE_F_CMP | SSE_FMT_SD, 0 },
    [X86_MN_comiss] = { sse_gen_comis, 0, 0 },
    [X86_MN_comisd] = { sse_gen_comis, SSE_COMI_SD, 0 },
    [X86_MN_ucomiss] = { sse_gen_comis, SSE_COMI_QUIET, 0 },
    [X86_MN_ucomisd] = { sse_gen_comis, SSE_COMI_QUIET | SSE_COMI_SD, 0 },
    [X86_MN_cvtpi2ps] = { sse_gen_fop, SSE_F_CVTPI2PS, 0 },
    [X86_MN_cvtps2pi] = { sse_gen_fop, SSE_F_CVTPS2PI, 0 },
    [X86_MN_cvttps2pi] = { sse_gen_fop, SSE_F_CVTTPS2PI, 0 },
    [X86_MN_cvtpi2pd] = { sse_gen_fop, SSE_F_CVTPI2PD, 0 },
    [X86_MN_cvtpd2pi] = { sse_gen_fop, SSE_F_CVTPD2PI, 0 },
    [X86_MN_cvttpd2pi] = { sse_gen_fop, SSE_F_CVTTPD2PI, 0 },
    [X86_MN_cvtps2pd] = { sse_gen_fop, SSE_F_CVTPS2PD, 0 },
    [X86_MN_cvtpd2ps] = { sse_gen_fop, SSE_F_CVTPD2PS, 0 },
    [X86_MN_cvtss2sd] = { sse_gen_fop, SSE_F_CVTSS2SD, 0 },
    [X86_MN_cvtsd2ss] = { sse_gen_fop, SSE_F_CVTSD2SS, 0 },
    [X86_MN_cvtdq2ps] = { sse_gen_fop, SSE_F_CVTDQ2PS, 0 },
    [X86_MN_cvtps2dq] = { sse_gen_fop, SSE_F_CVTPS2DQ, 0 },
    [X86_MN_cvttps2dq] = { sse_gen_fop, SSE_F_CVTTPS2DQ, 0 },
    [X86_MN_cvtdq2pd] = { sse_gen_fop, SSE_F_CVTDQ2PD, 0 },
    [X86_MN_cvtpd2dq] = { sse_gen_fop, SSE_F_CVTPD2DQ, 0 },
    [X86_MN_cvttpd2dq] = { sse_gen_fop, SSE_F_CVTTPD2DQ, 0 },
    [X86_MN_cvtsi2ss] = { sse_gen_cvt_i2f, 0, 0 },
    [X86_MN_cvtsi2sd] = { sse_gen_cvt_i2f, SSE_CVT_SD, 0 },
    [X86_MN_cvtss2si] = { sse_gen_cvt_f2i, 0, 0 },
    [X86_MN_cvttss2si] = { sse_gen_cvt_f2i, SSE_CVT_TRUNC, 0 },
    [X86_MN_cvtsd2si] = { sse_gen_cvt_f2i, SSE_CVT_SD, 0 },
    [X86_MN_cvttsd2si] = { sse_gen_cvt_f2i, SSE_CVT_SD | SSE_CVT_TRUNC, 0 },
    [X86_MN_ldmxcsr] = { sse_gen_ldmxcsr, 0, SE_XMMSTATE },
    [X86_MN_stmxcsr] = { sse_gen_stmxcsr, 0, SE_XMMSTATE },
    /* one CPU, in order: the fences have nothing to wait for */
    [X86_MN_sfence] = { sse_gen_nop, 0, SE_PLAIN },
    [X86_MN_lfence] = { sse_gen_nop, 0, SE_PLAIN },
    [X86_MN_mfence] = { sse_gen_nop, 0, SE_PLAIN },
    /* ---- SSE3 ---- */
    [X86_MN_addsubps] = { sse_gen_fop, SSE_F_ADDSUB | SSE_FMT_PS, 0 },
    [X86_MN_addsubpd] = { sse_gen_fop, SSE_F_ADDSUB | SSE_FMT_PD, 0 },
    [X86_MN_haddps] = { sse_gen_fop, SSE_F_HADD | SSE_FMT_PS, 0 },
    [X86_MN_haddpd] = { sse_gen_fop, SSE_F_HADD | SSE_FMT_PD, 0 },
    [X86_MN_hsubps] = { sse_gen_fop, SSE_F_HSUB | SSE_FMT_PS, 0 },
    [X86_MN_hsubpd] = { sse_gen_fop, SSE_F_HSUB | SSE_FMT_PD, 0 },
    [X86_MN_lddqu] = { sse_gen_mov128, 0, U },
    [X86_MN_movddup] = { sse_gen_iop, SSE_MOVDDUP, 0 },
    [X86_MN_movshdup] = { sse_gen_iop, SSE_MOVSHDUP, 0 },
    [X86_MN_movsldup] = { sse_gen_iop, SSE_MOVSLDUP, 0 },
    /* ---- SSSE3 ---- */
    [X86_MN_pshufb] = { sse_gen_iop, SSE_PSHUFB, 0 },
    [X86_MN_phaddw] = { sse_gen_iop, SSE_PHADDW, 0 },
    [X86_MN_phaddd] = { sse_gen_iop, SSE_PHADDD, 0 },
    [X86_MN_phaddsw] = { sse_gen_iop, SSE_PHADDSW, 0 },
    [X86_MN_phsubw] = { sse_gen_iop, SSE_PHSUBW, 0 },
    [X86_MN_phsubd] = { sse_gen_iop, SSE_PHSUBD, 0 },
    [X86_MN_phsubsw] = { sse_gen_iop, SSE_PHSUBSW, 0 },
    [X86_MN_pmaddubsw] = { sse_gen_iop, SSE_PMADDUBSW, 0 },
    [X86_MN_pmulhrsw] = { sse_gen_iop, SSE_PMULHRSW, 0 },
    [X86_MN_psignb] = { sse_gen_iop, SSE_PSIGNB, 0 },
    [X86_MN_psignw] = { sse_gen_iop, SSE_PSIGNW, 0 },
    [X86_MN_psignd] = { sse_gen_iop, SSE_PSIGND, 0 },
    [X86_MN_pabsb] = { sse_gen_iop, SSE_PABSB, 0 },
    [X86_MN_pabsw] = { sse_gen_iop, SSE_PABSW, 0 },
    [X86_MN_pabsd] = { sse_gen_iop, SSE_PABSD, 0 },
    [X86_MN_palignr] = { sse_gen_iop_imm, SSE_PALIGNR, 0 },
    /* ---- SSE4.1 ---- */
    [X86_MN_pblendvb] = { sse_gen_iop_imm, SSE_PBLENDVB, 0 },
    [X86_MN_blendvps] = { sse_gen_iop_imm, SSE_BLENDVPS, 0 },
    [X86_MN_blendvpd] = { sse_gen_iop_imm, SSE_BLENDVPD, 0 },
    [X86_MN_ptest] = { sse_gen_ptest, 0, 0 },
    [X86_MN_pmovsxbw] = { sse_gen_iop, SSE_PMOVSXBW, 0 },
    [X86_MN_pmovsxbd] = { sse_gen_iop, SSE_PMOVSXBD, 0 },
    [X86_MN_pmovsxbq] = { sse_gen_iop, SSE_PMOVSXBQ, 0 },
    [X86_MN_pmovsxwd] = { sse_gen_iop, SSE_PMOVSXWD, 0 },
    [X86_MN_pmovsxwq] = { sse_gen_iop, SSE_PMOVSXWQ, 0 },
    [X86_MN_pmovsxdq] = { sse_gen_iop, SSE_PMOVSXDQ, 0 },
    [X86_MN_pmovzxbw] = { sse_gen_iop, SSE_PMOVZXBW, 0 },
    [X86_MN_pmovzxbd] = { sse_gen_iop, SSE_PMOVZXBD, 0 },
    [X86_MN_pmovzxbq] = { sse_gen_iop, SSE_PMOVZXBQ, 0 },
    [X86_MN_pmovzxwd] = { sse_gen_iop, SSE_PMOVZXWD, 0 },
    [X86_MN_pmovzxwq] = { sse_gen_iop, SSE_PMOVZXWQ, 0 },
    [X86_MN_pmovzxdq] = { sse_gen_iop, SSE_PMOVZXDQ, 0 },
    [X86_MN_pmuldq] = { sse_gen_iop, SSE_PMULDQ, 0 },
    [X86_MN_pcmpeqq] = { sse_gen_cmpeq, 3, 0 },
    [X86_MN_movntdqa] = { sse_gen_mov128, 0, 0 },
    [X86_MN_packusdw] = { sse_gen_iop, SSE_PACKUSDW, 0 },
    [X86_MN_pminsb] = { sse_gen_iop, SSE_PMINSB, 0 },
    [X86_MN_pminsd] = { sse_gen_iop, SSE_PMINSD, 0 },
    [X86_MN_pminuw] = { sse_gen_iop, SSE_PMINUW, 0 },
    [X86_MN_pminud] = { sse_gen_iop, SSE_PMINUD, 0 },
    [X86_MN_pmaxsb] = { sse_gen_iop, SSE_PMAXSB, 0 },
    [X86_MN_pmaxsd] = { sse_gen_iop, SSE_PMAXSD, 0 },
    [X86_MN_pmaxuw] = { sse_gen_iop, SSE_PMAXUW, 0 },
    [X86_MN_pmaxud] = { sse_gen_iop, SSE_PMAXUD, 0 },
    [X86_MN_pmulld] = { sse_gen_iop, SSE_PMULLD, 0 },
    [X86_MN_phminposuw] = { sse_gen_iop, SSE_PHMINPOSUW, 0 },
    [X86_MN_roundps] = { sse_gen_fop_imm, SSE_F_ROUND | SSE_FMT_PS, 0 },
    [X86_MN_roundpd] = { sse_gen_fop_imm, SSE_F_ROUND | SSE_FMT_PD, 0 },
    [X86_MN_roundss] = { sse_gen_fop_imm, SSE_F_ROUND | SSE_FMT_SS, SE_M32 },
    [X86_MN_roundsd] = { sse_gen_fop_imm, SSE_F_ROUND | SSE_FMT_SD, SE_M64 },
    [X86_MN_blendps] = { sse_gen_iop_imm, SSE_BLENDPS, 0 },
    [X86_MN_blendpd] = { sse_gen_iop_imm, SSE_BLENDPD, 0 },
    [X86_MN_pblendw] = { sse_gen_iop_imm, SSE_PBLENDW, 0 },
    [X86_MN_pextrb] = { sse_gen_extract, 1, SE_M8 },
    [X86_MN_pextrd] = { sse_gen_extract, 4, 0 },
    [X86_MN_extractps] = { sse_gen_extract, 4, 0 },
    [X86_MN_pinsrb] = { sse_gen_insert, 1, SE_M8 },
    [X86_MN_pinsrd] = { sse_gen_insert, 4, 0 },
    [X86_MN_insertps] = { sse_gen_iop_imm, SSE_INSERTPS, 0 },
    [X86_MN_dpps] = { sse_gen_fop_imm, SSE_F_DPPS, 0 },
    [X86_MN_dppd] = { sse_gen_fop_imm, SSE_F_DPPD, 0 },
    [X86_MN_mpsadbw] = { sse_gen_iop_imm, SSE_MPSADBW, 0 },
    /* ---- SSE4.2, POPCNT ---- */
    [X86_MN_pcmpgtq] = { sse_gen_iop, SSE_PCMPGTQ, 0 },
    /* the string instructions need no alignment (SDM vol. 2, 2.4, exception type 4) */
    [X86_MN_pcmpestri] = { sse_gen_pcmpstr, 1, U },
    [X86_MN_pcmpestrm] = { sse_gen_pcmpstr, 3, U },
    [X86_MN_pcmpistri] = { sse_gen_pcmpstr, 0, U },
    [X86_MN_pcmpistrm] = { sse_gen_pcmpstr, 2, U },
    [X86_MN_crc32] = { sse_gen_crc32, 0, SE_PLAIN },
    [X86_MN_popcnt] = { sse_gen_popcnt, 0, SE_PLAIN },
    /* ---- XSAVE: checks of their own (cpu/translate_sse_misc.c) ---- */
    [X86_MN_xsave] = { sse_gen_xsave, 0, SE_PLAIN },
    [X86_MN_xsaveopt] = { sse_gen_xsave, 0, SE_PLAIN },
    [X86_MN_xrstor] = { sse_gen_xsave, 1, SE_PLAIN },
    [X86_MN_xgetbv] = { sse_gen_xgetbv, 0, SE_PLAIN },
    [X86_MN_xsetbv] = { sse_gen_xgetbv, 1, SE_PLAIN },
};

/* ---- register and memory plumbing ---- */

void sse_ld_half(TCGv dst, uint32_t off, int half)
{
    tcg_gen_ld_i64(dst, ENV, (int32_t)(off + 8u * (unsigned)half));
}

void sse_st_half(TCGv val, uint32_t off, int half)
{
    tcg_gen_st_i64(val, ENV, (int32_t)(off + 8u * (unsigned)half));
}

TCGv gen_sse_addr(DisasContext *s, SseInsn *si, int size)
{
    TCGv a = gen_mem_addr(s);
    /* SDM vol. 1, 11.4.1: 16-byte operands of the legacy SSE instructions must be
     * 16-byte aligned, except for the unaligned moves (and the string compares). The
     * first access (a 64-bit half, gen_ld/gen_st) checks it on its slow path. */
    if (!si->align_checked && size == 16 && !(si->e->flags & SE_UNALIGNED)) {
        s->align16_pending = true;
        si->align_checked = true;
    }
    return a;
}

/* addr + 8, wrapping at 4 GiB outside 64-bit mode */
static TCGv gen_addr_plus8(DisasContext *s, TCGv addr)
{
    TCGv a8 = tcg_temp_new_i64();
    tcg_gen_addi_i64(a8, addr, 8);
    if (!s->code64)
        tcg_gen_ext32u_i64(a8, a8);
    return a8;
}

uint32_t gen_sse_src(DisasContext *s, SseInsn *si, int n)
{
    SseOpnd *o = &si->o[n];
    if (o->kind == SO_XMM || o->kind == SO_MMX) {
        gen_sse_mmx_begin(si);
        return o->off;
    }
    TCGv addr = gen_sse_addr(s, si, o->size);
    TCGv v = tcg_temp_new_i64();
    switch (o->size) {
    case 16: {
        TCGv a8 = gen_addr_plus8(s, addr);
        TCGv hi = tcg_temp_new_i64();
        gen_ld(s, v, addr, MO_64);
        gen_ld(s, hi, a8, MO_64);
        sse_st_half(v, SSE_T0_OFF, 0);
        sse_st_half(hi, SSE_T0_OFF, 1);
        tcg_temp_free_i64(hi);
        tcg_temp_free_i64(a8);
        break;
    }
    case 8:
        gen_ld(s, v, addr, MO_64);
        sse_st_half(v, SSE_T0_OFF, 0);
        break;
    case 4:
        gen_ld(s, v, addr, MO_32);
        tcg_gen_st32_i64(v, ENV, (int32_t)SSE_T0_OFF);
        break;
    case 2:
        gen_ld(s, v, addr, MO_16);
        tcg_gen_st16_i64(v, ENV, (int32_t)SSE_T0_OFF);
        break;
    default:
        gen_ld(s, v, addr, MO_8);
        tcg_gen_st8_i64(v, ENV, (int32_t)SSE_T0_OFF);
        break;
    }
    tcg_temp_free_i64(v);
    gen_sse_mmx_begin(si);
    return SSE_T0_OFF;
}

void gen_sse_store128(DisasContext *s, TCGv addr, TCGv lo, TCGv hi)
{
    /* Only an unaligned store can cross a page; it goes through a helper that touches
     * both pages with its first access, so a fault leaves memory unchanged. The segment
     * check covers all 16 bytes first (cpu/translate_segchk.c). */
    gen_segchk_access(s, addr, 16, SEGCHK_WRITE);
    TCGLabelId slow = gen_new_label(), done = gen_new_label();
    TCGv t = tcg_temp_new_i64();
    tcg_gen_andi_i64(t, addr, TCG_PAGE_SIZE - 1);
    tcg_gen_brcondi_i64(TCG_COND_GTU, t, TCG_PAGE_SIZE - 16, slow);
    TCGv a8 = gen_addr_plus8(s, addr);
    gen_st(s, lo, addr, MO_64);
    gen_st(s, hi, a8, MO_64);
    tcg_gen_br(done);
    gen_set_label(slow);
    if (s->code64 && s->seg_last == R_SS) /* not an MO_SS access (cpu/translate_mem.c) */
        gen_check_canonical(s, addr, EXCP_SS);
    gen_helper_sse_st16(ENV, addr, lo, hi);
    gen_set_label(done);
    tcg_temp_free_i64(a8);
    tcg_temp_free_i64(t);
}

void gen_mmx_written(int reg)
{
    TCGv_i32 t = tcg_constant_i32(0xFFFF);
    tcg_gen_st16_i32(t, ENV, (int32_t)offsetof(CPUX86State, fpregs[reg].se));
}

void gen_sse_set_flags(DisasContext *s, TCGv val)
{
    gen_set_eflags_cc(s, val);
}

/* ---- checks and the x87 side of MMX ---- */

/* SDM vol. 1, 9.5.1: every MMX instruction sets TOP to 0 and all tags to valid. */
void gen_sse_mmx_begin(SseInsn *si)
{
    if (!si->transition_pending)
        return;
    si->transition_pending = false;
    tcg_gen_st_i32(tcg_constant_i32(0), ENV, (int32_t)offsetof(CPUX86State, fpu_top));
    tcg_gen_st8_i32(tcg_constant_i32(0), ENV, (int32_t)offsetof(CPUX86State, fpu_empty));
}

/* A pending unmasked x87 exception (SW.ES) is taken before an MMX instruction, as
 * before a waiting x87 instruction (SDM vol. 1, 9.6.2 and 8.7): the x87 helper's
 * fpu_check_mf raises #MF (CR0.NE = 1) or signals FERR# and goes on (CR0.NE = 0). */
static void gen_mmx_fpu_pending(void)
{
    TCGLabelId none = gen_new_label();
    TCGv t = tcg_temp_new_i64();
    tcg_gen_ld16u_i64(t, ENV, (int32_t)offsetof(CPUX86State, fpu_sw));
    tcg_gen_andi_i64(t, t, FPUS_ES);
    tcg_gen_brcondi_i64(TCG_COND_EQ, t, 0, none);
    gen_helper_fpu_check_mf(ENV);
    gen_set_label(none);
    tcg_temp_free_i64(t);
}

/* SDM vol. 3, 13.1 table 13-1 and vol. 2 "#UD If CR0.EM = 1. If CR4.OSFXSR = 0" / "#NM
 * If CR0.TS = 1": EM and OSFXSR come before TS. MMX-register forms do not need OSFXSR. */
static bool gen_sse_checks(DisasContext *s, const SseInsn *si)
{
    if ((s->flags & HF_EM_MASK) || (si->xmm && !(s->flags & HF_OSFXSR_MASK))) {
        gen_exception(s, EXCP_UD);
        return false;
    }
    if (s->flags & HF_TS_MASK) {
        gen_exception(s, EXCP_NM);
        return false;
    }
    if (si->mmx)
        gen_mmx_fpu_pending();
    return true;
}

/* ---- operands ---- */

static void opnd_xmm(SseOpnd *o, int reg)
{
    *o = (SseOpnd){ .kind = SO_XMM, .reg = (uint8_t)reg, .size = 16, .off = SSE_XMM_OFF(reg) };
}

static void opnd_mmx(SseOpnd *o, int reg)
{
    reg &= 7; /* REX.R / REX.B do not extend MMX register numbers */
    *o = (SseOpnd){ .kind = SO_MMX, .reg = (uint8_t)reg, .size = 8, .off = SSE_MMX_OFF(reg) };
}

static void opnd_mem(SseOpnd *o, int size)
{
    *o = (SseOpnd){ .kind = SO_MEM, .size = (uint8_t)size };
}

static int mem_override(const SseEntry *e, int size)
{
    if (e->flags & SE_M8)
        return 1;
    if (e->flags & SE_M16)
        return 2;
    if (e->flags & SE_M32)
        return 4;
    if (e->flags & SE_M64)
        return 8;
    return size;
}

static void sse_decode(DisasContext *s, SseInsn *si)
{
    const X86Insn *in = &s->insn;
    bool reg_form = in->mod == 3;
    for (int n = 0; n < 3; n++) {
        SseOpnd *o = &si->o[n];
        const X86Operand *x = &s->op[n];
        *o = (SseOpnd){ .kind = SO_NONE };
        switch (in->entry->operands[n]) {
        case X86_OPK_Vx:
            opnd_xmm(o, in->reg);
            si->xmm = true;
            break;
        case X86_OPK_Ux:
            opnd_xmm(o, in->rm);
            si->xmm = true;
            break;
        case X86_OPK_Wx: case X86_OPK_Wd: case X86_OPK_Wq: case X86_OPK_Ww: {
            int k = in->entry->operands[n];
            int size = k == X86_OPK_Wx ? 16 : k == X86_OPK_Wq ? 8 : k == X86_OPK_Wd ? 4 : 2;
            if (reg_form)
                opnd_xmm(o, in->rm);
            else
                opnd_mem(o, mem_override(si->e, size));
            si->xmm = true;
            break;
        }
        case X86_OPK_Mx:
            opnd_mem(o, 16);
            si->xmm = true;
            break;
        case X86_OPK_Mq:
            opnd_mem(o, 8);
            break;
        case X86_OPK_Md:
            opnd_mem(o, 4);
            break;
        case X86_OPK_My:
            opnd_mem(o, in->op_size == 8 ? 8 : 4);
            break;
        case X86_OPK_M:
            opnd_mem(o, 0);
            break;
        case X86_OPK_Px:
            opnd_mmx(o, in->reg);
            si->mmx = true;
            break;
        case X86_OPK_Nq:
            opnd_mmx(o, in->rm);
            si->mmx = true;
            break;
        case X86_OPK_Qx:
            if (reg_form) {
                opnd_mmx(o, in->rm);
                si->mmx = true;
            } else {
                opnd_mem(o, 8);
            }
            break;
        case X86_OPK_Ib:
            *o = (SseOpnd){ .kind = SO_IMM, .size = 1 };
            break;
        default:
            /* general-register kinds (Ey, Ed, Ew, Gd, Gy, Gv, Ev): decode_operands did them */
            if (x->type == OPND_REG)
                *o = (SseOpnd){ .kind = SO_GPR, .reg = x->reg, .size = x->size };
            else if (x->type == OPND_MEM)
                opnd_mem(o, mem_override(si->e, x->size));
            break;
        }
    }
}

void trans_sse(DisasContext *s)
{
    const SseEntry *e = &sse_table[insn_mnemonic(s)];
    /* AVX is not offered: every VEX form is #UD (SDM vol. 2, 2.3.12: VEX with
     * CPUID.AVX = 0 or XCR0.AVX = 0). */
    if (s->insn.vex_len) {
        gen_exception(s, EXCP_UD);
        return;
    }
    if (!e->gen) {
        gen_unimplemented(s);
        return;
    }
    SseInsn si = { .e = e, .mmx = (e->flags & SE_MMXSTATE) != 0,
                   .xmm = (e->flags & SE_XMMSTATE) != 0 };
    sse_decode(s, &si);
    if (!(e->flags & SE_PLAIN) && !gen_sse_checks(s, &si))
        return;
    si.transition_pending = si.mmx && insn_mnemonic(s) != X86_MN_emms;
    e->gen(s, &si);
    if (s->is_jmp == DISAS_NEXT)
        gen_sse_mmx_begin(&si);
}

/* Internal interface of the MMX/SSE translator files (cpu/translate_sse*.c): the decoded
 * operands of an MMX/SSE instruction, the emitters they share (state checks, register and
 * memory access, alignment), and the dispatch entries cpu/translate.c puts in its table. */
#ifndef CPU_TRANSLATE_SSE_H
#define CPU_TRANSLATE_SSE_H

#include "cpu/translate.h"

/* Every MMX/SSE* mnemonic, POPCNT, CRC32, the fences, MXCSR and XSAVE instructions go to
 * trans_sse, which looks the mnemonic up in its own table (cpu/translate_sse.c). */
void trans_sse(DisasContext *s);

#define X86_SSE_MNEMONICS(X) \
    /* MMX / SSE2 integer */ \
    X(paddb) X(paddw) X(paddd) X(paddq) X(psubb) X(psubw) X(psubd) X(psubq) \
    X(paddsb) X(paddsw) X(paddusb) X(paddusw) X(psubsb) X(psubsw) X(psubusb) X(psubusw) \
    X(pand) X(pandn) X(por) X(pxor) X(pcmpeqb) X(pcmpeqw) X(pcmpeqd) \
    X(pcmpgtb) X(pcmpgtw) X(pcmpgtd) X(pmullw) X(pmulhw) X(pmulhuw) X(pmuludq) \
    X(pmaddwd) X(psadbw) X(pavgb) X(pavgw) X(pminub) X(pmaxub) X(pminsw) X(pmaxsw) \
    X(packsswb) X(packuswb) X(packssdw) X(punpcklbw) X(punpcklwd) X(punpckldq) \
    X(punpckhbw) X(punpckhwd) X(punpckhdq) X(punpcklqdq) X(punpckhqdq) \
    X(psllw) X(pslld) X(psllq) X(psrlw) X(psrld) X(psrlq) X(psraw) X(psrad) \
    X(pslldq) X(psrldq) X(pshufw) X(pshufd) X(pshuflw) X(pshufhw) \
    X(pextrw) X(pinsrw) X(pmovmskb) X(maskmovq) X(maskmovdqu) X(movntq) X(movntdq) \
    X(movnti) X(emms) X(movd) X(movq) X(movdqa) X(movdqu) X(movq2dq) X(movdq2q) \
    /* SSE / SSE2 floating point */ \
    X(movups) X(movupd) X(movaps) X(movapd) X(movss) X(movsd) X(movlps) X(movlpd) \
    X(movhps) X(movhpd) X(movhlps) X(movlhps) X(movntps) X(movntpd) X(movmskps) \
    X(movmskpd) X(unpcklps) X(unpcklpd) X(unpckhps) X(unpckhpd) X(shufps) X(shufpd) \
    X(andps) X(andpd) X(andnps) X(andnpd) X(orps) X(orpd) X(xorps) X(xorpd) \
    X(addps) X(addpd) X(addss) X(addsd) X(subps) X(subpd) X(subss) X(subsd) \
    X(mulps) X(mulpd) X(mulss) X(mulsd) X(divps) X(divpd) X(divss) X(divsd) \
    X(minps) X(minpd) X(minss) X(minsd) X(maxps) X(maxpd) X(maxss) X(maxsd) \
    X(sqrtps) X(sqrtpd) X(sqrtss) X(sqrtsd) X(rcpps) X(rcpss) X(rsqrtps) X(rsqrtss) \
    X(cmpps) X(cmppd) X(cmpss) X(cmpsd) X(comiss) X(comisd) X(ucomiss) X(ucomisd) \
    X(cvtpi2ps) X(cvtps2pi) X(cvttps2pi) X(cvtsi2ss) X(cvtss2si) X(cvttss2si) \
    X(cvtpi2pd) X(cvtpd2pi) X(cvttpd2pi) X(cvtsi2sd) X(cvtsd2si) X(cvttsd2si) \
    X(cvtps2pd) X(cvtpd2ps) X(cvtss2sd) X(cvtsd2ss) X(cvtdq2ps) X(cvtps2dq) \
    X(cvttps2dq) X(cvtdq2pd) X(cvtpd2dq) X(cvttpd2dq) \
    X(ldmxcsr) X(stmxcsr) X(sfence) X(lfence) X(mfence) \
    /* SSE3 */ \
    X(addsubps) X(addsubpd) X(haddps) X(haddpd) X(hsubps) X(hsubpd) X(lddqu) \
    X(movddup) X(movshdup) X(movsldup) \
    /* SSSE3 */ \
    X(pshufb) X(phaddw) X(phaddd) X(phaddsw) X(phsubw) X(phsubd) X(phsubsw) \
    X(pmaddubsw) X(pmulhrsw) X(psignb) X(psignw) X(psignd) X(pabsb) X(pabsw) X(pabsd) \
    X(palignr) \
    /* SSE4.1 */ \
    X(pblendvb) X(blendvps) X(blendvpd) X(ptest) X(pmovsxbw) X(pmovsxbd) X(pmovsxbq) \
    X(pmovsxwd) X(pmovsxwq) X(pmovsxdq) X(pmovzxbw) X(pmovzxbd) X(pmovzxbq) \
    X(pmovzxwd) X(pmovzxwq) X(pmovzxdq) X(pmuldq) X(pcmpeqq) X(movntdqa) X(packusdw) \
    X(pminsb) X(pminsd) X(pminuw) X(pminud) X(pmaxsb) X(pmaxsd) X(pmaxuw) X(pmaxud) \
    X(pmulld) X(phminposuw) X(roundps) X(roundpd) X(roundss) X(roundsd) X(blendps) \
    X(blendpd) X(pblendw) X(pextrb) X(pextrd) X(extractps) X(pinsrb) X(insertps) \
    X(pinsrd) X(dpps) X(dppd) X(mpsadbw) \
    /* SSE4.2 and POPCNT */ \
    X(pcmpgtq) X(pcmpestrm) X(pcmpestri) X(pcmpistrm) X(pcmpistri) X(crc32) X(popcnt) \
    /* XSAVE */ \
    X(xsave) X(xrstor) X(xsaveopt) X(xgetbv) X(xsetbv)

#define X86_SSE_TRANS_ENTRY(mn) [X86_MN_##mn] = trans_sse,
#define X86_SSE_TRANS_ENTRIES X86_SSE_MNEMONICS(X86_SSE_TRANS_ENTRY)

/* ---- shared by cpu/translate_sse*.c ---- */

/* One operand of an MMX/SSE instruction. */
enum { SO_NONE, SO_XMM, SO_MMX, SO_MEM, SO_GPR, SO_IMM };
typedef struct SseOpnd {
    uint8_t kind;  /* SO_* */
    uint8_t reg;   /* XMM/MMX/GPR number */
    uint8_t size;  /* bytes: memory operand size, GPR size */
    uint32_t off;  /* SO_XMM / SO_MMX: byte offset of the register in env */
} SseOpnd;

typedef struct SseEntry SseEntry;
typedef struct SseInsn {
    SseOpnd o[3];
    const SseEntry *e;
    bool mmx;      /* touches MMX registers: the x87 -> MMX transition */
    bool xmm;      /* an SSE-class instruction (CR4.OSFXSR) */
    bool transition_pending; /* the transition is still to be emitted */
    bool align_checked;      /* the 16-byte alignment check has been emitted */
} SseInsn;

typedef void (*SseGenFn)(DisasContext *s, SseInsn *si);
struct SseEntry {
    SseGenFn gen;
    uint16_t op;    /* helper op code or the handler's own selector */
    uint16_t flags; /* SE_* */
};
#define SE_UNALIGNED 0x01 /* a 16-byte memory operand need not be aligned (SDM vol. 1, 11.4.1) */
#define SE_PLAIN 0x02     /* not an MMX/SSE state instruction: no CR0/CR4 checks */
#define SE_M8 0x04        /* the memory form of the Ed/Wx operand is 8, 16, 32 bits */
#define SE_M16 0x08
#define SE_M32 0x10
#define SE_M64 0x20
#define SE_MMXSTATE 0x40  /* an MMX instruction without MMX operands (EMMS) */
#define SE_XMMSTATE 0x80  /* an SSE instruction without XMM operands (LDMXCSR, STMXCSR) */

/* Selectors of the inline handlers: sse_gen_unpack (lanes of 8 << lg bits, the low or high
 * halves), sse_gen_shuffle, sse_gen_movmsk. */
#define SSE_UNPACK(high, lg) ((high) << 2 | (lg))
enum { SSE_PSHUFW, SSE_PSHUFD, SSE_PSHUFLW, SSE_PSHUFHW, SSE_SHUFPS, SSE_SHUFPD };
enum { SSE_MSK_PS, SSE_MSK_PD, SSE_MSK_B };

/* Register halves and memory. */
void sse_ld_half(TCGv dst, uint32_t off, int half);
void sse_st_half(TCGv val, uint32_t off, int half);
/* The memory operand's linear address; when the entry requires alignment and size is 16,
 * the first access to it (gen_ld/gen_st) checks the alignment (MO_ALIGN_16). */
TCGv gen_sse_addr(DisasContext *s, SseInsn *si, int size);
/* A source operand as an env offset: registers directly, memory loaded into xmm_t0. */
uint32_t gen_sse_src(DisasContext *s, SseInsn *si, int n);
/* A 16-byte store to the memory operand (a page-crossing one stores nothing unless both
 * pages are writable). */
void gen_sse_store128(DisasContext *s, TCGv addr, TCGv lo, TCGv hi);
/* The x87 -> MMX transition (TOP = 0, all tags valid), once the source operands are read:
 * the host CPU makes it after a misaligned-operand #GP would have been raised, before a
 * #XM. Handlers call it after their loads; trans_sse emits it last if nobody did. */
void gen_sse_mmx_begin(SseInsn *si);
/* An MMX register write: bits 64-79 of the x87 register become all ones (SDM vol. 1, 9.5.1). */
void gen_mmx_written(int reg);
/* Flags CC_* in val become EFLAGS (cc_op = CC_OP_EFLAGS). */
void gen_sse_set_flags(DisasContext *s, TCGv val);

/* handlers (cpu/translate_sse_int.c, translate_sse_fp.c, translate_sse_mov.c,
 * translate_sse_misc.c) */
void sse_gen_iop(DisasContext *s, SseInsn *si);
void sse_gen_iop_imm(DisasContext *s, SseInsn *si);
void sse_gen_logic(DisasContext *s, SseInsn *si);
void sse_gen_addsub(DisasContext *s, SseInsn *si);
void sse_gen_cmpeq(DisasContext *s, SseInsn *si);
void sse_gen_shift(DisasContext *s, SseInsn *si);
void sse_gen_shift_bytes(DisasContext *s, SseInsn *si);
void sse_gen_unpack_q(DisasContext *s, SseInsn *si);
void sse_gen_unpack(DisasContext *s, SseInsn *si);
void sse_gen_minmax_ub(DisasContext *s, SseInsn *si);
void sse_gen_shuffle(DisasContext *s, SseInsn *si);
void sse_gen_fop(DisasContext *s, SseInsn *si);
void sse_gen_fop_imm(DisasContext *s, SseInsn *si);
void sse_gen_comis(DisasContext *s, SseInsn *si);
void sse_gen_cvt_f2i(DisasContext *s, SseInsn *si);
void sse_gen_cvt_i2f(DisasContext *s, SseInsn *si);
void sse_gen_mov128(DisasContext *s, SseInsn *si);
void sse_gen_mov64(DisasContext *s, SseInsn *si);
void sse_gen_movd(DisasContext *s, SseInsn *si);
void sse_gen_movs(DisasContext *s, SseInsn *si);
void sse_gen_movlh(DisasContext *s, SseInsn *si);
void sse_gen_movmsk(DisasContext *s, SseInsn *si);
void sse_gen_extract(DisasContext *s, SseInsn *si);
void sse_gen_insert(DisasContext *s, SseInsn *si);
void sse_gen_maskmov(DisasContext *s, SseInsn *si);
void sse_gen_movnti(DisasContext *s, SseInsn *si);
void sse_gen_emms(DisasContext *s, SseInsn *si);
void sse_gen_nop(DisasContext *s, SseInsn *si);
void sse_gen_ldmxcsr(DisasContext *s, SseInsn *si);
void sse_gen_stmxcsr(DisasContext *s, SseInsn *si);
void sse_gen_ptest(DisasContext *s, SseInsn *si);
void sse_gen_pcmpstr(DisasContext *s, SseInsn *si);
void sse_gen_popcnt(DisasContext *s, SseInsn *si);
void sse_gen_crc32(DisasContext *s, SseInsn *si);
void sse_gen_xsave(DisasContext *s, SseInsn *si);
void sse_gen_xgetbv(DisasContext *s, SseInsn *si);

#endif

/* ssediff's generator: a table of MMX/SSE/SSE2/SSE3/SSSE3/SSE4.1/SSE4.2/POPCNT/CRC32
 * encoding forms (legacy encodings, operands written as ModRM.reg / ModRM.rm kinds), random
 * cases of them with inputs biased to the values where implementations go wrong (NaNs,
 * infinities, zeros, denormals, extreme integers, every MXCSR mode), and the assembler that
 * turns a case into the same bytes for the host and for Tern. */
#include <string.h>
#include "ssediff.h"

enum { K_NONE, K_X, K_M, K_G, K_EXT };
#define F_A16 0x001     /* a 16-byte memory operand must be aligned */
#define F_IMM 0x002     /* imm8 follows */
#define F_MEMONLY 0x004 /* ModRM.rm must be memory */
#define F_EDI 0x008     /* MASKMOV*: EDI points into the data area */
#define F_LEN 0x010     /* PCMPESTR*: EAX/EDX lengths */
#define F_MXCSR 0x020   /* LDMXCSR: the memory operand gets an MXCSR value first */
#define F_SHIMM 0x040   /* shift count immediate: small values mostly */
#define F_O16 0x080     /* a 66 operand-size prefix before the mandatory one */
#define F_RNDIMM 0x100  /* ROUNDxx: imm8 0-15 */
#define F_NOMODRM 0x200 /* EMMS */
#define F_APPROX 0x400  /* RCP/RSQRT: approximate results */
#define F_CMPIMM 0x800  /* CMPxx: imm8 mostly 0-7 */

typedef struct Form {
    const char *name;
    uint8_t pfx, map, opc;
    uint8_t regk, rmk, msize;
    uint16_t fl;
    uint8_t ext;
} Form;

#define MM(n, o) { n " mm", 0, 1, o, K_M, K_M, 8, 0, 0 }
#define XI(n, o) { n " xmm", 0x66, 1, o, K_X, K_X, 16, F_A16, 0 }
#define MX(n, o) MM(n, o), XI(n, o)
#define S3(n, o) { n " mm", 0, 2, o, K_M, K_M, 8, 0, 0 }, { n " xmm", 0x66, 2, o, K_X, K_X, 16, F_A16, 0 }
#define S4(n, o, m) { n, 0x66, 2, o, K_X, K_X, m, (m) == 16 ? F_A16 : 0, 0 }
#define FP(n, o, fl) { n "ps", 0, 1, o, K_X, K_X, 16, F_A16 | (fl), 0 }, \
                     { n "pd", 0x66, 1, o, K_X, K_X, 16, F_A16 | (fl), 0 }, \
                     { n "ss", 0xF3, 1, o, K_X, K_X, 4, (fl), 0 }, \
                     { n "sd", 0xF2, 1, o, K_X, K_X, 8, (fl), 0 }
#define SHIMM(n, o, e) { n " mm,imm", 0, 1, o, K_EXT, K_M, 0, F_IMM | F_SHIMM, e }, \
                       { n " xmm,imm", 0x66, 1, o, K_EXT, K_X, 0, F_IMM | F_SHIMM, e }

static const Form forms[] = {
    /* MMX and SSE2 integer */
    MX("punpcklbw", 0x60), MX("punpcklwd", 0x61), MX("punpckldq", 0x62), MX("packsswb", 0x63),
    MX("pcmpgtb", 0x64), MX("pcmpgtw", 0x65), MX("pcmpgtd", 0x66), MX("packuswb", 0x67),
    MX("punpckhbw", 0x68), MX("punpckhwd", 0x69), MX("punpckhdq", 0x6A), MX("packssdw", 0x6B),
    XI("punpcklqdq", 0x6C), XI("punpckhqdq", 0x6D),
    { "movd mm,r/m32", 0, 1, 0x6E, K_M, K_G, 4, 0, 0 },
    { "movd xmm,r/m32", 0x66, 1, 0x6E, K_X, K_G, 4, 0, 0 },
    { "movq mm,mm/m64", 0, 1, 0x6F, K_M, K_M, 8, 0, 0 },
    { "movdqa xmm,xmm/m128", 0x66, 1, 0x6F, K_X, K_X, 16, F_A16, 0 },
    { "movdqu xmm,xmm/m128", 0xF3, 1, 0x6F, K_X, K_X, 16, 0, 0 },
    { "pshufw", 0, 1, 0x70, K_M, K_M, 8, F_IMM, 0 },
    { "pshufd", 0x66, 1, 0x70, K_X, K_X, 16, F_A16 | F_IMM, 0 },
    { "pshufhw", 0xF3, 1, 0x70, K_X, K_X, 16, F_A16 | F_IMM, 0 },
    { "pshuflw", 0xF2, 1, 0x70, K_X, K_X, 16, F_A16 | F_IMM, 0 },
    SHIMM("psrlw", 0x71, 2), SHIMM("psraw", 0x71, 4), SHIMM("psllw", 0x71, 6),
    SHIMM("psrld", 0x72, 2), SHIMM("psrad", 0x72, 4), SHIMM("pslld", 0x72, 6),
    SHIMM("psrlq", 0x73, 2), SHIMM("psllq", 0x73, 6),
    { "psrldq", 0x66, 1, 0x73, K_EXT, K_X, 0, F_IMM | F_SHIMM, 3 },
    { "pslldq", 0x66, 1, 0x73, K_EXT, K_X, 0, F_IMM | F_SHIMM, 7 },
    MX("pcmpeqb", 0x74), MX("pcmpeqw", 0x75), MX("pcmpeqd", 0x76),
    { "emms", 0, 1, 0x77, K_NONE, K_NONE, 0, F_NOMODRM, 0 },
    { "movd r/m32,mm", 0, 1, 0x7E, K_M, K_G, 4, 0, 0 },
    { "movd r/m32,xmm", 0x66, 1, 0x7E, K_X, K_G, 4, 0, 0 },
    { "movq xmm,xmm/m64", 0xF3, 1, 0x7E, K_X, K_X, 8, 0, 0 },
    { "movq mm/m64,mm", 0, 1, 0x7F, K_M, K_M, 8, 0, 0 },
    { "movdqa xmm/m128,xmm", 0x66, 1, 0x7F, K_X, K_X, 16, F_A16, 0 },
    { "movdqu xmm/m128,xmm", 0xF3, 1, 0x7F, K_X, K_X, 16, 0, 0 },
    { "pinsrw mm", 0, 1, 0xC4, K_M, K_G, 2, F_IMM, 0 },
    { "pinsrw xmm", 0x66, 1, 0xC4, K_X, K_G, 2, F_IMM, 0 },
    { "pextrw r32,mm", 0, 1, 0xC5, K_G, K_M, 0, F_IMM, 0 },
    { "pextrw r32,xmm", 0x66, 1, 0xC5, K_G, K_X, 0, F_IMM, 0 },
    MX("psrlw", 0xD1), MX("psrld", 0xD2), MX("psrlq", 0xD3), MX("paddq", 0xD4),
    MX("pmullw", 0xD5),
    { "movq xmm/m64,xmm", 0x66, 1, 0xD6, K_X, K_X, 8, 0, 0 },
    { "movq2dq", 0xF3, 1, 0xD6, K_X, K_M, 0, 0, 0 },
    { "movdq2q", 0xF2, 1, 0xD6, K_M, K_X, 0, 0, 0 },
    { "pmovmskb mm", 0, 1, 0xD7, K_G, K_M, 0, 0, 0 },
    { "pmovmskb xmm", 0x66, 1, 0xD7, K_G, K_X, 0, 0, 0 },
    MX("psubusb", 0xD8), MX("psubusw", 0xD9), MX("pminub", 0xDA), MX("pand", 0xDB),
    MX("paddusb", 0xDC), MX("paddusw", 0xDD), MX("pmaxub", 0xDE), MX("pandn", 0xDF),
    MX("pavgb", 0xE0), MX("psraw", 0xE1), MX("psrad", 0xE2), MX("pavgw", 0xE3),
    MX("pmulhuw", 0xE4), MX("pmulhw", 0xE5),
    { "cvttpd2dq", 0x66, 1, 0xE6, K_X, K_X, 16, F_A16, 0 },
    { "cvtdq2pd", 0xF3, 1, 0xE6, K_X, K_X, 8, 0, 0 },
    { "cvtpd2dq", 0xF2, 1, 0xE6, K_X, K_X, 16, F_A16, 0 },
    { "movntq", 0, 1, 0xE7, K_M, K_M, 8, F_MEMONLY, 0 },
    { "movntdq", 0x66, 1, 0xE7, K_X, K_X, 16, F_MEMONLY | F_A16, 0 },
    MX("psubsb", 0xE8), MX("psubsw", 0xE9), MX("pminsw", 0xEA), MX("por", 0xEB),
    MX("paddsb", 0xEC), MX("paddsw", 0xED), MX("pmaxsw", 0xEE), MX("pxor", 0xEF),
    { "lddqu", 0xF2, 1, 0xF0, K_X, K_X, 16, F_MEMONLY, 0 },
    MX("psllw", 0xF1), MX("pslld", 0xF2), MX("psllq", 0xF3), MX("pmuludq", 0xF4),
    MX("pmaddwd", 0xF5), MX("psadbw", 0xF6),
    { "maskmovq", 0, 1, 0xF7, K_M, K_M, 0, F_EDI, 0 },
    { "maskmovdqu", 0x66, 1, 0xF7, K_X, K_X, 0, F_EDI, 0 },
    MX("psubb", 0xF8), MX("psubw", 0xF9), MX("psubd", 0xFA), MX("psubq", 0xFB),
    MX("paddb", 0xFC), MX("paddw", 0xFD), MX("paddd", 0xFE),
    /* SSE / SSE2 floating point and moves */
    { "movups", 0, 1, 0x10, K_X, K_X, 16, 0, 0 }, { "movupd", 0x66, 1, 0x10, K_X, K_X, 16, 0, 0 },
    { "movss", 0xF3, 1, 0x10, K_X, K_X, 4, 0, 0 }, { "movsd", 0xF2, 1, 0x10, K_X, K_X, 8, 0, 0 },
    { "movups st", 0, 1, 0x11, K_X, K_X, 16, 0, 0 }, { "movupd st", 0x66, 1, 0x11, K_X, K_X, 16, 0, 0 },
    { "movss st", 0xF3, 1, 0x11, K_X, K_X, 4, 0, 0 }, { "movsd st", 0xF2, 1, 0x11, K_X, K_X, 8, 0, 0 },
    { "movlps/movhlps", 0, 1, 0x12, K_X, K_X, 8, 0, 0 },
    { "movlpd", 0x66, 1, 0x12, K_X, K_X, 8, F_MEMONLY, 0 },
    { "movsldup", 0xF3, 1, 0x12, K_X, K_X, 16, F_A16, 0 },
    { "movddup", 0xF2, 1, 0x12, K_X, K_X, 8, 0, 0 },
    { "movlps st", 0, 1, 0x13, K_X, K_X, 8, F_MEMONLY, 0 },
    { "movlpd st", 0x66, 1, 0x13, K_X, K_X, 8, F_MEMONLY, 0 },
    { "unpcklps", 0, 1, 0x14, K_X, K_X, 16, F_A16, 0 },
    { "unpcklpd", 0x66, 1, 0x14, K_X, K_X, 16, F_A16, 0 },
    { "unpckhps", 0, 1, 0x15, K_X, K_X, 16, F_A16, 0 },
    { "unpckhpd", 0x66, 1, 0x15, K_X, K_X, 16, F_A16, 0 },
    { "movhps/movlhps", 0, 1, 0x16, K_X, K_X, 8, 0, 0 },
    { "movhpd", 0x66, 1, 0x16, K_X, K_X, 8, F_MEMONLY, 0 },
    { "movshdup", 0xF3, 1, 0x16, K_X, K_X, 16, F_A16, 0 },
    { "movhps st", 0, 1, 0x17, K_X, K_X, 8, F_MEMONLY, 0 },
    { "movhpd st", 0x66, 1, 0x17, K_X, K_X, 8, F_MEMONLY, 0 },
    { "movaps", 0, 1, 0x28, K_X, K_X, 16, F_A16, 0 }, { "movapd", 0x66, 1, 0x28, K_X, K_X, 16, F_A16, 0 },
    { "movaps st", 0, 1, 0x29, K_X, K_X, 16, F_A16, 0 }, { "movapd st", 0x66, 1, 0x29, K_X, K_X, 16, F_A16, 0 },
    { "cvtpi2ps", 0, 1, 0x2A, K_X, K_M, 8, 0, 0 },
    { "cvtpi2pd", 0x66, 1, 0x2A, K_X, K_M, 8, 0, 0 },
    { "cvtsi2ss", 0xF3, 1, 0x2A, K_X, K_G, 4, 0, 0 },
    { "cvtsi2sd", 0xF2, 1, 0x2A, K_X, K_G, 4, 0, 0 },
    { "movntps", 0, 1, 0x2B, K_X, K_X, 16, F_MEMONLY | F_A16, 0 },
    { "movntpd", 0x66, 1, 0x2B, K_X, K_X, 16, F_MEMONLY | F_A16, 0 },
    { "cvttps2pi", 0, 1, 0x2C, K_M, K_X, 8, 0, 0 },
    { "cvttpd2pi", 0x66, 1, 0x2C, K_M, K_X, 16, F_A16, 0 },
    { "cvttss2si", 0xF3, 1, 0x2C, K_G, K_X, 4, 0, 0 },
    { "cvttsd2si", 0xF2, 1, 0x2C, K_G, K_X, 8, 0, 0 },
    { "cvtps2pi", 0, 1, 0x2D, K_M, K_X, 8, 0, 0 },
    { "cvtpd2pi", 0x66, 1, 0x2D, K_M, K_X, 16, F_A16, 0 },
    { "cvtss2si", 0xF3, 1, 0x2D, K_G, K_X, 4, 0, 0 },
    { "cvtsd2si", 0xF2, 1, 0x2D, K_G, K_X, 8, 0, 0 },
    { "ucomiss", 0, 1, 0x2E, K_X, K_X, 4, 0, 0 }, { "ucomisd", 0x66, 1, 0x2E, K_X, K_X, 8, 0, 0 },
    { "comiss", 0, 1, 0x2F, K_X, K_X, 4, 0, 0 }, { "comisd", 0x66, 1, 0x2F, K_X, K_X, 8, 0, 0 },
    { "movmskps", 0, 1, 0x50, K_G, K_X, 0, 0, 0 }, { "movmskpd", 0x66, 1, 0x50, K_G, K_X, 0, 0, 0 },
    FP("sqrt", 0x51, 0),
    { "rsqrtps", 0, 1, 0x52, K_X, K_X, 16, F_A16 | F_APPROX, 0 },
    { "rsqrtss", 0xF3, 1, 0x52, K_X, K_X, 4, F_APPROX, 0 },
    { "rcpps", 0, 1, 0x53, K_X, K_X, 16, F_A16 | F_APPROX, 0 },
    { "rcpss", 0xF3, 1, 0x53, K_X, K_X, 4, F_APPROX, 0 },
    { "andps", 0, 1, 0x54, K_X, K_X, 16, F_A16, 0 }, { "andpd", 0x66, 1, 0x54, K_X, K_X, 16, F_A16, 0 },
    { "andnps", 0, 1, 0x55, K_X, K_X, 16, F_A16, 0 }, { "andnpd", 0x66, 1, 0x55, K_X, K_X, 16, F_A16, 0 },
    { "orps", 0, 1, 0x56, K_X, K_X, 16, F_A16, 0 }, { "orpd", 0x66, 1, 0x56, K_X, K_X, 16, F_A16, 0 },
    { "xorps", 0, 1, 0x57, K_X, K_X, 16, F_A16, 0 }, { "xorpd", 0x66, 1, 0x57, K_X, K_X, 16, F_A16, 0 },
    FP("add", 0x58, 0), FP("mul", 0x59, 0),
    { "cvtps2pd", 0, 1, 0x5A, K_X, K_X, 8, 0, 0 },
    { "cvtpd2ps", 0x66, 1, 0x5A, K_X, K_X, 16, F_A16, 0 },
    { "cvtss2sd", 0xF3, 1, 0x5A, K_X, K_X, 4, 0, 0 },
    { "cvtsd2ss", 0xF2, 1, 0x5A, K_X, K_X, 8, 0, 0 },
    { "cvtdq2ps", 0, 1, 0x5B, K_X, K_X, 16, F_A16, 0 },
    { "cvtps2dq", 0x66, 1, 0x5B, K_X, K_X, 16, F_A16, 0 },
    { "cvttps2dq", 0xF3, 1, 0x5B, K_X, K_X, 16, F_A16, 0 },
    FP("sub", 0x5C, 0), FP("min", 0x5D, 0), FP("div", 0x5E, 0), FP("max", 0x5F, 0),
    FP("cmp", 0xC2, F_IMM | F_CMPIMM),
    { "shufps", 0, 1, 0xC6, K_X, K_X, 16, F_A16 | F_IMM, 0 },
    { "shufpd", 0x66, 1, 0xC6, K_X, K_X, 16, F_A16 | F_IMM, 0 },
    { "ldmxcsr", 0, 1, 0xAE, K_EXT, K_X, 4, F_MEMONLY | F_MXCSR, 2 },
    { "stmxcsr", 0, 1, 0xAE, K_EXT, K_X, 4, F_MEMONLY, 3 },
    /* SSE3 */
    { "addsubpd", 0x66, 1, 0xD0, K_X, K_X, 16, F_A16, 0 },
    { "addsubps", 0xF2, 1, 0xD0, K_X, K_X, 16, F_A16, 0 },
    { "haddpd", 0x66, 1, 0x7C, K_X, K_X, 16, F_A16, 0 },
    { "haddps", 0xF2, 1, 0x7C, K_X, K_X, 16, F_A16, 0 },
    { "hsubpd", 0x66, 1, 0x7D, K_X, K_X, 16, F_A16, 0 },
    { "hsubps", 0xF2, 1, 0x7D, K_X, K_X, 16, F_A16, 0 },
    /* SSSE3 */
    S3("pshufb", 0x00), S3("phaddw", 0x01), S3("phaddd", 0x02), S3("phaddsw", 0x03),
    S3("pmaddubsw", 0x04), S3("phsubw", 0x05), S3("phsubd", 0x06), S3("phsubsw", 0x07),
    S3("psignb", 0x08), S3("psignw", 0x09), S3("psignd", 0x0A), S3("pmulhrsw", 0x0B),
    S3("pabsb", 0x1C), S3("pabsw", 0x1D), S3("pabsd", 0x1E),
    { "palignr mm", 0, 3, 0x0F, K_M, K_M, 8, F_IMM, 0 },
    { "palignr xmm", 0x66, 3, 0x0F, K_X, K_X, 16, F_IMM | F_A16, 0 },
    /* SSE4.1 */
    S4("pblendvb", 0x10, 16), S4("blendvps", 0x14, 16), S4("blendvpd", 0x15, 16),
    S4("ptest", 0x17, 16),
    S4("pmovsxbw", 0x20, 8), S4("pmovsxbd", 0x21, 4), S4("pmovsxbq", 0x22, 2),
    S4("pmovsxwd", 0x23, 8), S4("pmovsxwq", 0x24, 4), S4("pmovsxdq", 0x25, 8),
    S4("pmovzxbw", 0x30, 8), S4("pmovzxbd", 0x31, 4), S4("pmovzxbq", 0x32, 2),
    S4("pmovzxwd", 0x33, 8), S4("pmovzxwq", 0x34, 4), S4("pmovzxdq", 0x35, 8),
    S4("pmuldq", 0x28, 16), S4("pcmpeqq", 0x29, 16),
    { "movntdqa", 0x66, 2, 0x2A, K_X, K_X, 16, F_MEMONLY | F_A16, 0 },
    S4("packusdw", 0x2B, 16), S4("pcmpgtq", 0x37, 16),
    S4("pminsb", 0x38, 16), S4("pminsd", 0x39, 16), S4("pminuw", 0x3A, 16), S4("pminud", 0x3B, 16),
    S4("pmaxsb", 0x3C, 16), S4("pmaxsd", 0x3D, 16), S4("pmaxuw", 0x3E, 16), S4("pmaxud", 0x3F, 16),
    S4("pmulld", 0x40, 16), S4("phminposuw", 0x41, 16),
    { "roundps", 0x66, 3, 0x08, K_X, K_X, 16, F_A16 | F_IMM | F_RNDIMM, 0 },
    { "roundpd", 0x66, 3, 0x09, K_X, K_X, 16, F_A16 | F_IMM | F_RNDIMM, 0 },
    { "roundss", 0x66, 3, 0x0A, K_X, K_X, 4, F_IMM | F_RNDIMM, 0 },
    { "roundsd", 0x66, 3, 0x0B, K_X, K_X, 8, F_IMM | F_RNDIMM, 0 },
    { "blendps", 0x66, 3, 0x0C, K_X, K_X, 16, F_A16 | F_IMM, 0 },
    { "blendpd", 0x66, 3, 0x0D, K_X, K_X, 16, F_A16 | F_IMM, 0 },
    { "pblendw", 0x66, 3, 0x0E, K_X, K_X, 16, F_A16 | F_IMM, 0 },
    { "pextrb", 0x66, 3, 0x14, K_X, K_G, 1, F_IMM, 0 },
    { "pextrw r/m16", 0x66, 3, 0x15, K_X, K_G, 2, F_IMM, 0 },
    { "pextrd", 0x66, 3, 0x16, K_X, K_G, 4, F_IMM, 0 },
    { "extractps", 0x66, 3, 0x17, K_X, K_G, 4, F_IMM, 0 },
    { "pinsrb", 0x66, 3, 0x20, K_X, K_G, 1, F_IMM, 0 },
    { "insertps", 0x66, 3, 0x21, K_X, K_X, 4, F_IMM, 0 },
    { "pinsrd", 0x66, 3, 0x22, K_X, K_G, 4, F_IMM, 0 },
    { "dpps", 0x66, 3, 0x40, K_X, K_X, 16, F_A16 | F_IMM, 0 },
    { "dppd", 0x66, 3, 0x41, K_X, K_X, 16, F_A16 | F_IMM, 0 },
    { "mpsadbw", 0x66, 3, 0x42, K_X, K_X, 16, F_A16 | F_IMM, 0 },
    /* SSE4.2, POPCNT, CRC32 */
    { "pcmpestrm", 0x66, 3, 0x60, K_X, K_X, 16, F_IMM | F_LEN, 0 },
    { "pcmpestri", 0x66, 3, 0x61, K_X, K_X, 16, F_IMM | F_LEN, 0 },
    { "pcmpistrm", 0x66, 3, 0x62, K_X, K_X, 16, F_IMM, 0 },
    { "pcmpistri", 0x66, 3, 0x63, K_X, K_X, 16, F_IMM, 0 },
    { "popcnt r32", 0xF3, 1, 0xB8, K_G, K_G, 4, 0, 0 },
    { "popcnt r16", 0xF3, 1, 0xB8, K_G, K_G, 2, F_O16, 0 },
    { "crc32 r32,r/m8", 0xF2, 2, 0xF0, K_G, K_G, 1, 0, 0 },
    { "crc32 r32,r/m16", 0xF2, 2, 0xF1, K_G, K_G, 2, F_O16, 0 },
    { "crc32 r32,r/m32", 0xF2, 2, 0xF1, K_G, K_G, 4, 0, 0 },
};

#define NFORMS (sizeof(forms) / sizeof(forms[0]))

const char *sd_form_name(unsigned form)
{
    return form < NFORMS ? forms[form].name : "?";
}

unsigned sd_form_count(void)
{
    return NFORMS;
}

bool sd_form_is_approx(unsigned form)
{
    return form < NFORMS && (forms[form].fl & F_APPROX);
}

/* ---- random values ---- */

uint64_t sd_rand(uint64_t *s)
{
    /* splitmix64 */
    uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static unsigned below(uint64_t *s, unsigned n)
{
    return (unsigned)(sd_rand(s) % n);
}

uint32_t sd_gen_f32(uint64_t *s)
{
    static const uint32_t special[] = {
        0x00000000, 0x80000000, 0x3F800000, 0xBF800000, 0x7F800000, 0xFF800000,
        0x7FC00000, 0xFFC00000, 0x7F800001, 0x7FBFFFFF, 0xFFA00000, 0x00000001, 0x807FFFFF,
        0x00800000, 0x7F7FFFFF, 0xFF7FFFFF, 0x4F000000, 0xCF000000, 0x4EFFFFFF, 0x5F000000,
        0x3F000000, 0x3FC00000, 0xBFC00000, 0x40200000, 0x00400000, 0x0C000000,
    };
    uint32_t sign = (uint32_t)(sd_rand(s) & 1) << 31;
    switch (below(s, 8)) {
    case 0: case 1: return special[below(s, sizeof special / 4)];
    case 2: return sign | (uint32_t)(sd_rand(s) & 0x007FFFFF);          /* denormal */
    case 3: return sign | (uint32_t)((110 + below(s, 40)) << 23) | (uint32_t)(sd_rand(s) & 0x7FFFFF);
    case 4: return sign | (uint32_t)((below(s, 2) ? 1 + below(s, 4) : 250 + below(s, 4)) << 23) |
                   (uint32_t)(sd_rand(s) & 0x7FFFFF);                   /* near the ends */
    case 5: return sign | (uint32_t)((127 + below(s, 33)) << 23) | (uint32_t)(sd_rand(s) & 0x7F0000);
    default: return (uint32_t)sd_rand(s);
    }
}

uint64_t sd_gen_f64(uint64_t *s)
{
    static const uint64_t special[] = {
        0, 0x8000000000000000ull, 0x3FF0000000000000ull, 0xBFF0000000000000ull,
        0x7FF0000000000000ull, 0xFFF0000000000000ull, 0x7FF8000000000000ull,
        0xFFF8000000000000ull, 0x7FF0000000000001ull, 0x7FF4000000000000ull, 1,
        0x800FFFFFFFFFFFFFull, 0x0010000000000000ull, 0x7FEFFFFFFFFFFFFFull,
        0x41E0000000000000ull, 0xC1E0000000000000ull, 0x41DFFFFFFFC00000ull,
        0xC1E0000000200000ull, 0x43E0000000000000ull, 0x3FE0000000000000ull,
        0x3FF8000000000000ull, 0x47EFFFFFE0000000ull, 0x36A0000000000000ull,
        0x3810000000000000ull,
    };
    uint64_t sign = (sd_rand(s) & 1) << 63;
    switch (below(s, 8)) {
    case 0: case 1: return special[below(s, sizeof special / 8)];
    case 2: return sign | (sd_rand(s) & 0x000FFFFFFFFFFFFFull);
    case 3: return sign | ((uint64_t)(1023 - 160 + below(s, 320)) << 52) | (sd_rand(s) & 0xFFFFFFFFFFFFFull);
    case 4: return sign | ((uint64_t)(1023 + below(s, 65)) << 52) | (sd_rand(s) & 0xFFFFF00000000ull);
    case 5: return sign | ((uint64_t)(below(s, 2) ? 1 + below(s, 4) : 2040 + below(s, 6)) << 52) |
                   (sd_rand(s) & 0xFFFFFFFFFFFFFull);
    default: return sd_rand(s);
    }
}

static uint32_t gen_i32(uint64_t *s)
{
    static const uint32_t special[] = { 0, 1, 0xFFFFFFFF, 0x80000000, 0x7FFFFFFF, 0x8000,
                                        0x7FFF, 0xFFFF8000, 0x80, 0x7F, 0xFF, 0xFF80, 0x10000 };
    switch (below(s, 4)) {
    case 0: return special[below(s, sizeof special / 4)];
    case 1: return (uint32_t)(sd_rand(s) & 0x80808080u) * (below(s, 2) ? 1 : 0) |
                   (uint32_t)(sd_rand(s) & 0x7F7F7F7Fu & (below(s, 2) ? 0x03030303u : ~0u));
    default: return (uint32_t)sd_rand(s);
    }
}

/* 16 bytes of one register or memory slot: lanes of one kind */
static void gen_vec(uint64_t *s, uint8_t *p)
{
    unsigned kind = below(s, 5);
    for (int i = 0; i < 16;) {
        if (kind == 0) {
            uint64_t v = sd_gen_f64(s);
            memcpy(p + i, &v, 8);
            i += 8;
        } else if (kind == 1) {
            uint32_t v = sd_gen_f32(s);
            memcpy(p + i, &v, 4);
            i += 4;
        } else if (kind == 2) {
            uint32_t v = gen_i32(s);
            memcpy(p + i, &v, 4);
            i += 4;
        } else if (kind == 3) {
            /* text-like bytes for the string compares: small alphabet and nulls */
            p[i] = below(s, 8) == 0 ? 0 : (uint8_t)("abcAB0\x80\xFF"[below(s, 8)]);
            i++;
        } else {
            uint64_t v = sd_rand(s);
            memcpy(p + i, &v, 8);
            i += 8;
        }
    }
}

static uint32_t gen_mxcsr(uint64_t *s)
{
    uint32_t m = (uint32_t)(below(s, 4) << 13);            /* rounding */
    if (below(s, 3) == 0)
        m |= 1u << 15;                                   /* FTZ */
    if (below(s, 3) == 0)
        m |= 1u << 6;                                    /* DAZ */
    m |= (uint32_t)(sd_rand(s) & 0x3F) * (below(s, 3) == 0); /* sticky flags */
    /* masks: all set mostly; sometimes random, so #XM happens */
    m |= below(s, 8) == 0 && !sd_gen_no_faults ? (uint32_t)(sd_rand(s) & 0x1F80) : 0x1F80u;
    return m;
}

static void put16(uint8_t *p, uint16_t v) { memcpy(p, &v, 2); }
static void put32(uint8_t *p, uint32_t v) { memcpy(p, &v, 4); }

static void gen_state(uint64_t *s, SdState *st)
{
    memset(st, 0, sizeof *st);
    uint8_t *fx = st->fx;
    put16(fx + 0, 0x037F);                                 /* FCW: all masked */
    if (below(s, 60) == 0 && !sd_gen_no_faults) {
        /* a pending unmasked x87 exception: the next MMX instruction takes #MF */
        put16(fx + 0, 0x037E);
        put16(fx + 2, 0x8081);
    }
    fx[4] = (uint8_t)sd_rand(s);                           /* abridged tags */
    put32(fx + 24, gen_mxcsr(s));
    for (int i = 0; i < 8; i++) {
        uint64_t mm;
        uint8_t v[16];
        gen_vec(s, v);
        memcpy(&mm, v, 8);
        memcpy(fx + 32 + 16 * i, &mm, 8);
        put16(fx + 40 + 16 * i, below(s, 2) ? 0xFFFF : (uint16_t)sd_rand(s));
    }
    for (int i = 0; i < 8; i++)
        gen_vec(s, fx + 160 + 16 * i);
    for (int r = 0; r < 8; r++)
        st->gpr[r] = below(s, 2) ? gen_i32(s) : sd_gen_f32(s);
    st->gpr[SD_EBX] = SD_DATA_PTR;
    st->gpr[SD_ESP] = 0;
    st->eflags = 0x2 | ((uint32_t)sd_rand(s) & SD_STATUS_FLAGS);
}

static const uint8_t gpr_choice[6] = { SD_EAX, SD_ECX, SD_EDX, SD_EBP, SD_ESI, SD_EDI };

uint32_t sd_host_mxcsr_mask = 0xFFFF;
bool sd_gen_no_faults;

static void gen_item_form(uint64_t *s, SdItem *it, unsigned f);

static void gen_item(uint64_t *s, SdItem *it)
{
    gen_item_form(s, it, below(s, NFORMS));
}

void sd_regen_item(SdCase *c, int k, unsigned form)
{
    uint64_t s = c->seed * 0x9E3779B97F4A7C15ull + (uint64_t)k * 7919u + 3;
    gen_item_form(&s, &c->item[k], form < NFORMS ? form : 0);
}

static void gen_item_form(uint64_t *s, SdItem *it, unsigned f)
{
    const Form *fm = &forms[f];
    memset(it, 0, sizeof *it);
    it->form = (uint16_t)f;
    it->reg = (uint8_t)(fm->regk == K_G ? gpr_choice[below(s, 6)] : below(s, 8));
    it->rm = (uint8_t)(fm->rmk == K_G ? gpr_choice[below(s, 6)] : below(s, 8));
    it->mem = fm->msize && ((fm->fl & F_MEMONLY) || below(s, 2));
    if (it->mem) {
        int size = fm->msize;
        int32_t lo = -0x1000, hi = 0x1000 - size;
        int32_t d = lo + (int32_t)below(s, (unsigned)(hi - lo + 1));
        if ((fm->fl & F_A16) && (below(s, 100) != 0 || sd_gen_no_faults))
            d &= ~15;
        else if (below(s, 3) == 0)
            d = -(int32_t)below(s, (unsigned)size + 1) + (below(s, 2) ? 0 : (int32_t)below(s, 16));
        if (d < lo)
            d = lo;
        if (d > hi)
            d = hi;
        it->disp = d;
    }
    unsigned imm = (unsigned)sd_rand(s) & 0xFF;
    if (fm->fl & F_SHIMM)
        imm = below(s, 4) ? below(s, 18) : (below(s, 2) ? below(s, 70) : imm);
    if (fm->fl & F_RNDIMM)
        imm = below(s, 8) ? below(s, 16) : imm;
    if (fm->fl & F_CMPIMM)
        imm = below(s, 8) ? below(s, 8) : imm;
    it->imm = (uint8_t)imm;
    if (fm->fl & F_EDI)
        it->setup[0] = (uint32_t)(int32_t)(-0x1000 + (int32_t)below(s, 0x2000 - 16));
    if (fm->fl & F_LEN) {
        for (int k = 0; k < 2; k++) {
            unsigned c = below(s, 6);
            it->setup[k] = c == 0 ? (uint32_t)sd_rand(s)
                           : c == 1 ? (uint32_t)-(int32_t)below(s, 20) : below(s, 20);
        }
    }
    if (fm->fl & F_MXCSR) {
        it->setup[0] = gen_mxcsr(s);
        uint32_t bit = 1u << (16 + below(s, 16));
        if (below(s, 30) == 0 && !(bit & sd_host_mxcsr_mask) && !sd_gen_no_faults)
            it->setup[0] |= bit;                           /* reserved bit: #GP */
    }
}

void sd_gen_case(SdCase *c, uint64_t seed, int len)
{
    uint64_t s = seed * 0x2545F4914F6CDD1Dull + 1;
    memset(c, 0, sizeof *c);
    c->seed = seed;
    if (len > SD_MAX_ITEMS)
        len = SD_MAX_ITEMS;
    c->nitems = len;
    for (int i = 0; i < len; i++)
        gen_item(&s, &c->item[i]);
    for (int k = 0; k < SD_NINPUTS; k++) {
        gen_state(&s, &c->in[k]);
        for (unsigned o = 0; o < SD_DATA_SIZE; o += 16)
            gen_vec(&s, c->data[k] + o);
    }
}

/* ---- assembly ---- */

typedef struct Emit {
    SdProgram *p;
} Emit;

static void e8(Emit *e, uint8_t v)
{
    if (e->p->len < SD_SEQ_MAX)
        e->p->code[e->p->len++] = v;
}

static void e32(Emit *e, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        e8(e, (uint8_t)(v >> (8 * i)));
}

static void begin_insn(Emit *e, int item)
{
    SdProgram *p = e->p;
    if (p->ninsn < (int)(sizeof p->insn / sizeof p->insn[0])) {
        p->insn[p->ninsn].off = p->len;
        p->insn[p->ninsn].item = (int16_t)item;
    }
}

static void end_insn(Emit *e)
{
    SdProgram *p = e->p;
    if (p->ninsn < (int)(sizeof p->insn / sizeof p->insn[0])) {
        p->insn[p->ninsn].len = (uint8_t)(p->len - p->insn[p->ninsn].off);
        p->ninsn++;
    }
}

static void emit_item(Emit *e, const SdItem *it, int idx)
{
    const Form *fm = &forms[it->form];
    if (fm->fl & F_EDI) {                                  /* mov edi, SD_DATA_PTR + off */
        begin_insn(e, idx);
        e8(e, 0xBF);
        e32(e, SD_DATA_PTR + it->setup[0]);
        end_insn(e);
    }
    if (fm->fl & F_LEN) {                                  /* mov eax, la; mov edx, lb */
        begin_insn(e, idx);
        e8(e, 0xB8);
        e32(e, it->setup[0]);
        end_insn(e);
        begin_insn(e, idx);
        e8(e, 0xBA);
        e32(e, it->setup[1]);
        end_insn(e);
    }
    if ((fm->fl & F_MXCSR) && it->mem) {                   /* mov dword [ebx+disp], mxcsr */
        begin_insn(e, idx);
        e8(e, 0xC7);
        e8(e, 0x83);
        e32(e, (uint32_t)it->disp);
        e32(e, it->setup[0]);
        end_insn(e);
    }
    begin_insn(e, idx);
    if (fm->fl & F_O16)
        e8(e, 0x66);
    if (fm->pfx)
        e8(e, fm->pfx);
    e8(e, 0x0F);
    if (fm->map == 2)
        e8(e, 0x38);
    else if (fm->map == 3)
        e8(e, 0x3A);
    e8(e, fm->opc);
    if (!(fm->fl & F_NOMODRM)) {
        uint8_t reg = fm->regk == K_EXT ? fm->ext : it->reg;
        if (it->mem) {
            e8(e, (uint8_t)(0x80 | (reg & 7) << 3 | SD_EBX));  /* [ebx + disp32] */
            e32(e, (uint32_t)it->disp);
        } else {
            e8(e, (uint8_t)(0xC0 | (reg & 7) << 3 | (it->rm & 7)));
        }
        if (fm->fl & F_IMM)
            e8(e, it->imm);
    }
    end_insn(e);
}

void sd_assemble(const SdCase *c, const bool *keep, SdProgram *p, bool ret)
{
    Emit e = { p };
    p->len = 0;
    p->ninsn = 0;
    for (int i = 0; i < c->nitems; i++)
        if (!keep || keep[i])
            emit_item(&e, &c->item[i], i);
    e8(&e, ret ? 0xC3 : 0xF4);
}

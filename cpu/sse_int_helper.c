/* Packed integer operations of MMX, SSE2, SSSE3 and SSE4.1 that are not emitted inline:
 * saturating arithmetic, multiplies, min/max, packs, PSHUFB/PALIGNR, horizontal ops,
 * blends, shifts by a register or an immediate. One function per form family works on 8 (MMX)
 * or 16 (XMM) bytes. SDM vol. 2, each instruction's "Operation" section. */
#include "cpu/helper.h"
#include "cpu/sse_helper.h"
#include "cpu/sse_host.h"

static int8_t sat_s8(int32_t v)
{
    return (int8_t)(v > 127 ? 127 : v < -128 ? -128 : v);
}

static uint8_t sat_u8(int32_t v)
{
    return (uint8_t)(v > 255 ? 255 : v < 0 ? 0 : v);
}

static int16_t sat_s16(int32_t v)
{
    return (int16_t)(v > 32767 ? 32767 : v < -32768 ? -32768 : v);
}

static uint16_t sat_u16(int32_t v)
{
    return (uint16_t)(v > 65535 ? 65535 : v < 0 ? 0 : v);
}

#define S8(x) ((int8_t)(x))
#define S16(x) ((int16_t)(x))
#define S32(x) ((int32_t)(x))
#define S64(x) ((int64_t)(x))
/* lanes of a type in n bytes */
#define NB (n)
#define NW (n / 2)
#define NL (n / 4)
#define NQ (n / 8)
#define EACH(cnt) for (int i = 0; i < (cnt); i++)

/* r = op(a, b), r not a or b; every operation writes all n bytes of r-> For the unary forms
 * (PABS*, PMOVSX/ZX, MOVS*DUP) a is unused. No operand is copied whole: the helpers fill
 * them with 8-byte stores, and a 16-byte load of those would stall (sse_get). */
static void int_op(unsigned op, X86XMMReg *r, const X86XMMReg *a, const X86XMMReg *b)
{
    const int n = SSE_OP_BYTES(op);
    switch (op & 0xff) {
    case SSE_PADDSB: EACH(NB) r->b[i] = (uint8_t)sat_s8(S8(a->b[i]) + S8(b->b[i])); break;
    case SSE_PADDSW: EACH(NW) r->w[i] = (uint16_t)sat_s16(S16(a->w[i]) + S16(b->w[i])); break;
    case SSE_PADDUSB: EACH(NB) r->b[i] = sat_u8(a->b[i] + b->b[i]); break;
    case SSE_PADDUSW: EACH(NW) r->w[i] = sat_u16(a->w[i] + b->w[i]); break;
    case SSE_PSUBSB: EACH(NB) r->b[i] = (uint8_t)sat_s8(S8(a->b[i]) - S8(b->b[i])); break;
    case SSE_PSUBSW: EACH(NW) r->w[i] = (uint16_t)sat_s16(S16(a->w[i]) - S16(b->w[i])); break;
    case SSE_PSUBUSB: EACH(NB) r->b[i] = sat_u8(a->b[i] - b->b[i]); break;
    case SSE_PSUBUSW: EACH(NW) r->w[i] = sat_u16(a->w[i] - b->w[i]); break;
    case SSE_PMULLW: EACH(NW) r->w[i] = (uint16_t)((uint32_t)a->w[i] * b->w[i]); break;
    case SSE_PMULHW:
        EACH(NW) r->w[i] = (uint16_t)((uint32_t)(S16(a->w[i]) * S16(b->w[i])) >> 16);
        break;
    case SSE_PMULHUW: EACH(NW) r->w[i] = (uint16_t)(((uint32_t)a->w[i] * b->w[i]) >> 16); break;
    case SSE_PMULUDQ: EACH(NQ) r->q[i] = (uint64_t)a->l[2 * i] * b->l[2 * i]; break;
    case SSE_PMULDQ: EACH(NQ) r->q[i] = (uint64_t)(S64(S32(a->l[2 * i])) * S32(b->l[2 * i])); break;
    case SSE_PMULLD: EACH(NL) r->l[i] = (uint32_t)((uint64_t)a->l[i] * b->l[i]); break;
    case SSE_PMADDWD:
        /* 8000H * 8000H twice wraps to 80000000H (SDM vol. 2, PMADDWD) */
        EACH(NL) r->l[i] = (uint32_t)(S64(S16(a->w[2 * i])) * S16(b->w[2 * i]) +
                                     S64(S16(a->w[2 * i + 1])) * S16(b->w[2 * i + 1]));
        break;
    case SSE_PMADDUBSW: /* destination bytes unsigned, source bytes signed */
        EACH(NW) r->w[i] = (uint16_t)sat_s16(a->b[2 * i] * S8(b->b[2 * i]) +
                                            a->b[2 * i + 1] * S8(b->b[2 * i + 1]));
        break;
    case SSE_PMULHRSW:
        EACH(NW) {
            int32_t t = S16(a->w[i]) * S16(b->w[i]);
            r->w[i] = (uint16_t)(((t >> 14) + 1) >> 1);
        }
        break;
    case SSE_PSADBW:
        EACH(NQ) {
            uint32_t sum = 0;
            for (int j = 0; j < 8; j++) {
                int diff = a->b[8 * i + j] - b->b[8 * i + j];
                sum += (uint32_t)(diff < 0 ? -diff : diff);
            }
            r->q[i] = sum;
        }
        break;
    case SSE_PAVGB: EACH(NB) r->b[i] = (uint8_t)((a->b[i] + b->b[i] + 1) >> 1); break;
    case SSE_PAVGW: EACH(NW) r->w[i] = (uint16_t)((a->w[i] + b->w[i] + 1) >> 1); break;
    case SSE_PMINSW: EACH(NW) r->w[i] = S16(a->w[i]) < S16(b->w[i]) ? a->w[i] : b->w[i]; break;
    case SSE_PMAXSW: EACH(NW) r->w[i] = S16(a->w[i]) > S16(b->w[i]) ? a->w[i] : b->w[i]; break;
    case SSE_PMINSB: EACH(NB) r->b[i] = S8(a->b[i]) < S8(b->b[i]) ? a->b[i] : b->b[i]; break;
    case SSE_PMAXSB: EACH(NB) r->b[i] = S8(a->b[i]) > S8(b->b[i]) ? a->b[i] : b->b[i]; break;
    case SSE_PMINUW: EACH(NW) r->w[i] = a->w[i] < b->w[i] ? a->w[i] : b->w[i]; break;
    case SSE_PMAXUW: EACH(NW) r->w[i] = a->w[i] > b->w[i] ? a->w[i] : b->w[i]; break;
    case SSE_PMINSD: EACH(NL) r->l[i] = S32(a->l[i]) < S32(b->l[i]) ? a->l[i] : b->l[i]; break;
    case SSE_PMAXSD: EACH(NL) r->l[i] = S32(a->l[i]) > S32(b->l[i]) ? a->l[i] : b->l[i]; break;
    case SSE_PMINUD: EACH(NL) r->l[i] = a->l[i] < b->l[i] ? a->l[i] : b->l[i]; break;
    case SSE_PMAXUD: EACH(NL) r->l[i] = a->l[i] > b->l[i] ? a->l[i] : b->l[i]; break;
    case SSE_PCMPGTB: EACH(NB) r->b[i] = S8(a->b[i]) > S8(b->b[i]) ? 0xFF : 0; break;
    case SSE_PCMPGTW: EACH(NW) r->w[i] = S16(a->w[i]) > S16(b->w[i]) ? 0xFFFF : 0; break;
    case SSE_PCMPGTD: EACH(NL) r->l[i] = S32(a->l[i]) > S32(b->l[i]) ? ~0u : 0; break;
    case SSE_PCMPGTQ: EACH(NQ) r->q[i] = S64(a->q[i]) > S64(b->q[i]) ? ~0ull : 0; break;
    case SSE_PCMPEQQ: EACH(NQ) r->q[i] = a->q[i] == b->q[i] ? ~0ull : 0; break;
    /* packs: the destination's elements fill the low half, the source's the high half */
    case SSE_PACKSSWB:
        EACH(NW) {
            r->b[i] = (uint8_t)sat_s8(S16(a->w[i]));
            r->b[NW + i] = (uint8_t)sat_s8(S16(b->w[i]));
        }
        break;
    case SSE_PACKUSWB:
        EACH(NW) {
            r->b[i] = sat_u8(S16(a->w[i]));
            r->b[NW + i] = sat_u8(S16(b->w[i]));
        }
        break;
    case SSE_PACKSSDW:
        EACH(NL) {
            r->w[i] = (uint16_t)sat_s16(S32(a->l[i]));
            r->w[NL + i] = (uint16_t)sat_s16(S32(b->l[i]));
        }
        break;
    case SSE_PACKUSDW:
        EACH(NL) {
            r->w[i] = sat_u16(S32(a->l[i]));
            r->w[NL + i] = sat_u16(S32(b->l[i]));
        }
        break;
    case SSE_PSHUFB: /* index bit 7 zeroes the byte; the index wraps within the register */
        EACH(NB) r->b[i] = (b->b[i] & 0x80) ? 0 : a->b[b->b[i] & (n - 1)];
        break;
    /* horizontal: pairs of the destination, then pairs of the source */
    case SSE_PHADDW:
        EACH(NW / 2) {
            r->w[i] = (uint16_t)(a->w[2 * i] + a->w[2 * i + 1]);
            r->w[NW / 2 + i] = (uint16_t)(b->w[2 * i] + b->w[2 * i + 1]);
        }
        break;
    case SSE_PHSUBW:
        EACH(NW / 2) {
            r->w[i] = (uint16_t)(a->w[2 * i] - a->w[2 * i + 1]);
            r->w[NW / 2 + i] = (uint16_t)(b->w[2 * i] - b->w[2 * i + 1]);
        }
        break;
    case SSE_PHADDSW:
        EACH(NW / 2) {
            r->w[i] = (uint16_t)sat_s16(S16(a->w[2 * i]) + S16(a->w[2 * i + 1]));
            r->w[NW / 2 + i] = (uint16_t)sat_s16(S16(b->w[2 * i]) + S16(b->w[2 * i + 1]));
        }
        break;
    case SSE_PHSUBSW:
        EACH(NW / 2) {
            r->w[i] = (uint16_t)sat_s16(S16(a->w[2 * i]) - S16(a->w[2 * i + 1]));
            r->w[NW / 2 + i] = (uint16_t)sat_s16(S16(b->w[2 * i]) - S16(b->w[2 * i + 1]));
        }
        break;
    case SSE_PHADDD:
        EACH(NL / 2) {
            r->l[i] = a->l[2 * i] + a->l[2 * i + 1];
            r->l[NL / 2 + i] = b->l[2 * i] + b->l[2 * i + 1];
        }
        break;
    case SSE_PHSUBD:
        EACH(NL / 2) {
            r->l[i] = a->l[2 * i] - a->l[2 * i + 1];
            r->l[NL / 2 + i] = b->l[2 * i] - b->l[2 * i + 1];
        }
        break;
    case SSE_PSIGNB:
        EACH(NB) r->b[i] = S8(b->b[i]) < 0 ? (uint8_t)-a->b[i] : b->b[i] ? a->b[i] : 0;
        break;
    case SSE_PSIGNW:
        EACH(NW) r->w[i] = S16(b->w[i]) < 0 ? (uint16_t)-a->w[i] : b->w[i] ? a->w[i] : 0;
        break;
    case SSE_PSIGND:
        EACH(NL) r->l[i] = S32(b->l[i]) < 0 ? -a->l[i] : b->l[i] ? a->l[i] : 0;
        break;
    case SSE_PABSB: EACH(NB) r->b[i] = S8(b->b[i]) < 0 ? (uint8_t)-b->b[i] : b->b[i]; break;
    case SSE_PABSW: EACH(NW) r->w[i] = S16(b->w[i]) < 0 ? (uint16_t)-b->w[i] : b->w[i]; break;
    case SSE_PABSD: EACH(NL) r->l[i] = S32(b->l[i]) < 0 ? -b->l[i] : b->l[i]; break;
    /* PMOVSX/PMOVZX read the low 8, 4 or 2 bytes of the source (SDM vol. 2, PMOVSX) */
    case SSE_PMOVSXBW: EACH(8) r->w[i] = (uint16_t)S8(b->b[i]); break;
    case SSE_PMOVSXBD: EACH(4) r->l[i] = (uint32_t)S8(b->b[i]); break;
    case SSE_PMOVSXBQ: EACH(2) r->q[i] = (uint64_t)S8(b->b[i]); break;
    case SSE_PMOVSXWD: EACH(4) r->l[i] = (uint32_t)S16(b->w[i]); break;
    case SSE_PMOVSXWQ: EACH(2) r->q[i] = (uint64_t)S16(b->w[i]); break;
    case SSE_PMOVSXDQ: EACH(2) r->q[i] = (uint64_t)S32(b->l[i]); break;
    case SSE_PMOVZXBW: EACH(8) r->w[i] = b->b[i]; break;
    case SSE_PMOVZXBD: EACH(4) r->l[i] = b->b[i]; break;
    case SSE_PMOVZXBQ: EACH(2) r->q[i] = b->b[i]; break;
    case SSE_PMOVZXWD: EACH(4) r->l[i] = b->w[i]; break;
    case SSE_PMOVZXWQ: EACH(2) r->q[i] = b->w[i]; break;
    case SSE_PMOVZXDQ: EACH(2) r->q[i] = b->l[i]; break;
    case SSE_PHMINPOSUW: {
        /* the lowest index wins among equal minima */
        unsigned idx = 0;
        for (unsigned i = 1; i < 8; i++)
            if (b->w[i] < b->w[idx])
                idx = i;
        r->q[0] = b->w[idx] | ((uint64_t)idx << 16);
        r->q[1] = 0;
        break;
    }
    case SSE_MOVSLDUP:
        r->l[0] = r->l[1] = b->l[0];
        r->l[2] = r->l[3] = b->l[2];
        break;
    case SSE_MOVSHDUP:
        r->l[0] = r->l[1] = b->l[1];
        r->l[2] = r->l[3] = b->l[3];
        break;
    case SSE_MOVDDUP:
        r->q[0] = r->q[1] = b->q[0];
        break;
    default:
        r->q[0] = a->q[0];
        r->q[1] = a->q[1];
        break;
    }
}

void sse_int_op(unsigned op, X86XMMReg *d, const X86XMMReg *s)
{
    X86XMMReg r = *d; /* the bytes past an MMX operand stay */
    int_op(op, &r, d, s);
    *d = r;
}

/* r = op(a, b, imm), as int_op */
static void int_imm_op(unsigned op, X86XMMReg *r, const X86XMMReg *a, const X86XMMReg *b,
                       unsigned imm, const X86XMMReg *xmm0)
{
    const int n = SSE_OP_BYTES(op);
    imm &= 0xff;
    switch (op & 0xff) {
    case SSE_PALIGNR: {
        /* destination:source as one 2n-byte value, shifted right by imm bytes */
        uint8_t t[32];
        memcpy(t, b->b, (size_t)n);
        memcpy(t + n, a->b, (size_t)n);
        EACH(NB) r->b[i] = imm + (unsigned)i < 2u * (unsigned)n ? t[imm + (unsigned)i] : 0;
        break;
    }
    case SSE_PBLENDW: EACH(8) r->w[i] = ((imm >> i) & 1) ? b->w[i] : a->w[i]; break;
    case SSE_BLENDPS: EACH(4) r->l[i] = ((imm >> i) & 1) ? b->l[i] : a->l[i]; break;
    case SSE_BLENDPD: EACH(2) r->q[i] = ((imm >> i) & 1) ? b->q[i] : a->q[i]; break;
    case SSE_PBLENDVB: EACH(16) r->b[i] = (xmm0->b[i] & 0x80) ? b->b[i] : a->b[i]; break;
    case SSE_BLENDVPS: EACH(4) r->l[i] = (xmm0->l[i] >> 31) ? b->l[i] : a->l[i]; break;
    case SSE_BLENDVPD: EACH(2) r->q[i] = (xmm0->q[i] >> 63) ? b->q[i] : a->q[i]; break;
    case SSE_MPSADBW: {
        /* eight sums of absolute differences of a sliding 4-byte window of the
         * destination (from byte 4*imm[2]) against source bytes 4*imm[1:0] .. +3 */
        unsigned o1 = ((imm >> 2) & 1) * 4, o2 = (imm & 3) * 4;
        EACH(8) {
            unsigned sum = 0;
            for (unsigned j = 0; j < 4; j++) {
                int diff = a->b[o1 + (unsigned)i + j] - b->b[o2 + j];
                sum += (unsigned)(diff < 0 ? -diff : diff);
            }
            r->w[i] = (uint16_t)sum;
        }
        break;
    }
    case SSE_INSERTPS: {
        /* imm[7:6] source element (the translator clears it for a memory source),
         * imm[5:4] destination element, imm[3:0] elements zeroed afterwards */
        EACH(4) r->l[i] = a->l[i];
        r->l[(imm >> 4) & 3] = b->l[(imm >> 6) & 3];
        EACH(4) if ((imm >> i) & 1) r->l[i] = 0;
        break;
    }
    default:
        r->q[0] = a->q[0];
        r->q[1] = a->q[1];
        break;
    }
}

void sse_int_imm_op(unsigned op, X86XMMReg *d, const X86XMMReg *s, unsigned imm,
                    const X86XMMReg *xmm0)
{
    X86XMMReg r = *d; /* the bytes past an MMX operand stay */
    int_imm_op(op, &r, d, s, imm, xmm0);
    *d = r;
}

/* A count above the element width clears every element; arithmetic shifts fill with the
 * sign instead (SDM vol. 2, PSLLW/PSRAW/PSRLW). The count is the whole 64-bit value. */
void sse_shift_op(unsigned op, X86XMMReg *d, uint64_t count)
{
    const int n = SSE_OP_BYTES(op);
    X86XMMReg r = *d;
    switch (op & 0xff) {
    case SSE_PSLLW: EACH(NW) r.w[i] = count > 15 ? 0 : (uint16_t)(r.w[i] << count); break;
    case SSE_PSRLW: EACH(NW) r.w[i] = count > 15 ? 0 : (uint16_t)(r.w[i] >> count); break;
    case SSE_PSLLD: EACH(NL) r.l[i] = count > 31 ? 0 : r.l[i] << count; break;
    case SSE_PSRLD: EACH(NL) r.l[i] = count > 31 ? 0 : r.l[i] >> count; break;
    case SSE_PSLLQ: EACH(NQ) r.q[i] = count > 63 ? 0 : r.q[i] << count; break;
    case SSE_PSRLQ: EACH(NQ) r.q[i] = count > 63 ? 0 : r.q[i] >> count; break;
    case SSE_PSRAW: {
        unsigned c = count > 15 ? 15 : (unsigned)count;
        EACH(NW) r.w[i] = (uint16_t)(S16(r.w[i]) >> c);
        break;
    }
    case SSE_PSRAD: {
        unsigned c = count > 31 ? 31 : (unsigned)count;
        EACH(NL) r.l[i] = (uint32_t)(S32(r.l[i]) >> c);
        break;
    }
    default:
        break;
    }
    *d = r;
}

void helper_sse_iop(CPUX86State *env, uint32_t op, uint32_t d, uint32_t s)
{
    int n = SSE_OP_BYTES(op);
    X86XMMReg a = { 0 }, b = { 0 }, r;
    sse_get(env, d, &a, n);
    sse_get(env, s, &b, n);
    if (!((op & 0xff) == SSE_PSHUFB && n == 16 && sse_host_pshufb(&r, &a, &b)))
        int_op(op, &r, &a, &b);
    sse_put(env, d, &r, n);
}

void helper_sse_iop_imm(CPUX86State *env, uint32_t op, uint32_t d, uint32_t s, uint32_t imm)
{
    int n = SSE_OP_BYTES(op);
    X86XMMReg a = { 0 }, b = { 0 }, r;
    sse_get(env, d, &a, n);
    sse_get(env, s, &b, n);
    int_imm_op(op, &r, &a, &b, imm, &env->xmm[0]);
    sse_put(env, d, &r, n);
}

void helper_sse_shift(CPUX86State *env, uint32_t op, uint32_t d, uint64_t count)
{
    int n = SSE_OP_BYTES(op);
    X86XMMReg a = { 0 };
    sse_get(env, d, &a, n);
    sse_shift_op(op, &a, count);
    sse_put(env, d, &a, n);
}

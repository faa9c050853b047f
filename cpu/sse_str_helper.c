/* SSE4.2 string and text instructions PCMPESTRI/PCMPESTRM/PCMPISTRI/PCMPISTRM: every mode
 * of the imm8 control byte (element format, aggregation, polarity, output selection) as
 * SDM vol. 2B, 4.1 "Imm8 Control Byte Operation" defines them. */
#include "cpu/helper.h"
#include "cpu/sse_helper.h"
#include "cpu/sse_host.h"

/* Element e of v as a comparable value: bytes or words, unsigned or signed (imm8[1:0]). */
static int32_t elem(const X86XMMReg *v, int e, unsigned fmt)
{
    switch (fmt & 3) {
    case 0: return v->b[e];
    case 1: return v->w[e];
    case 2: return (int8_t)v->b[e];
    default: return (int16_t)v->w[e];
    }
}

/* Implicit length: the index of the first null element, or the element count. */
static int implicit_len(const int32_t *v, int count)
{
    for (int i = 0; i < count; i++)
        if (v[i] == 0)
            return i;
    return count;
}

/* Explicit length: |value|, saturated to the element count (SDM vol. 2B, 4.1.1). */
static int explicit_len(int64_t v, int count)
{
    uint64_t mag = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    return mag > (uint64_t)count ? count : (int)mag;
}

/* Implicit length of 16 bytes: the first zero byte's index, or 16. */
static int implicit_len_bytes(const X86XMMReg *v)
{
    uint32_t zero = 0;
    for (int i = 0; i < 16; i++)
        zero |= (uint32_t)(v->b[i] == 0) << i;
    return __builtin_ctz(zero | 0x10000u);
}

/* a: the first operand (xmm1), b: the second (xmm2/m128). Invalid elements (beyond a
 * string's length) force the comparison result as in SDM vol. 2B, table 4-7. */
uint32_t sse_pcmpstr(const X86XMMReg *a, const X86XMMReg *b, int64_t la_in, int64_t lb_in,
                     unsigned imm, bool explicit_len_form, uint32_t *flags)
{
    const int ub = (imm & 1) ? 8 : 16;
    const unsigned fmt = imm & 3, agg = (imm >> 2) & 3, pol = (imm >> 4) & 3;
    /* Bytes compared for equality (equal any, equal each) need neither conversion nor
     * sign: equal raw bytes are equal values. */
    const bool raw = ub == 16 && (agg == 0 || agg == 2);
    int32_t ea[16], eb[16]; /* the elements, converted once */
    for (int i = 0; i < ub && !raw; i++) {
        ea[i] = elem(a, i, fmt);
        eb[i] = elem(b, i, fmt);
    }
    int la = explicit_len_form ? explicit_len(la_in, ub)
             : raw ? implicit_len_bytes(a) : implicit_len(ea, ub);
    int lb = explicit_len_form ? explicit_len(lb_in, ub)
             : raw ? implicit_len_bytes(b) : implicit_len(eb, ub);
    uint32_t res1 = 0;

    if (raw && agg == 2) {
        /* equal each (strcmp): both invalid is true, one invalid false (table 4-7) */
        uint32_t eq = 0, va = (1u << la) - 1, vb = (1u << lb) - 1;
        for (int j = 0; j < 16; j++)
            eq |= (uint32_t)(a->b[j] == b->b[j]) << j;
        res1 = (eq & va & vb) | (~va & ~vb & 0xffffu);
    } else if (raw) {
        /* equal any on bytes (glibc's strcspn, strspn, strpbrk): a set of a's valid
         * values, then one lookup per valid element of b; equality of the raw byte is
         * equality of the signed or unsigned value */
        uint64_t set[4] = { 0, 0, 0, 0 };
        for (int i = 0; i < la; i++)
            set[a->b[i] >> 6] |= 1ull << (a->b[i] & 63);
        for (int j = 0; j < lb; j++)
            if ((set[b->b[j] >> 6] >> (b->b[j] & 63)) & 1)
                res1 |= 1u << j;
    } else {
        for (int j = 0; j < ub; j++) {
            bool bit = false;
            bool bv = j < lb;
            switch (agg) {
            case 0: /* equal any: b[j] is one of the valid elements of a */
                for (int i = 0; i < la && bv && !bit; i++)
                    bit = ea[i] == eb[j];
                break;
            case 1: /* ranges: a[i] <= b[j] <= a[i+1] for some valid pair */
                for (int i = 0; i + 1 < ub && bv && !bit; i += 2) {
                    bool lo = i < la && eb[j] >= ea[i];
                    bool hi = i + 1 < la && eb[j] <= ea[i + 1];
                    bit = lo && hi;
                }
                break;
            case 2: { /* equal each: both invalid is true, one invalid is false */
                bool av = j < la;
                bit = (!av && !bv) || (av && bv && ea[j] == eb[j]);
                break;
            }
            default: /* equal ordered: a (up to its length) occurs in b at j */
                bit = true;
                for (int i = 0, k = j; i < ub - j && bit; i++, k++) {
                    if (i >= la)
                        break; /* invalid a: forced true */
                    bit = k < lb && ea[i] == eb[k];
                }
                break;
            }
            if (bit)
                res1 |= 1u << j;
        }
    }

    const uint32_t all = (1u << ub) - 1;
    uint32_t res2;
    switch (pol) {
    case 1: res2 = ~res1 & all; break;
    case 3: res2 = res1 ^ ((1u << lb) - 1); break; /* negate only the valid elements of b */
    default: res2 = res1; break;
    }
    *flags = (res2 ? CC_C : 0) | (lb < ub ? CC_Z : 0) | (la < ub ? CC_S : 0) |
             ((res2 & 1) ? CC_O : 0);
    return res2;
}

/* op bit 0: explicit lengths (PCMPESTRx, from rax/rdx, 64-bit with bit 2 = REX.W);
 * bit 1: mask output to XMM0 (PCMPxSTRM) instead of an index. imm8 in bits 8-15.
 * Returns the CC_* flags in bits 32-39 and, for the index forms, the index in 0-31. */
uint64_t helper_sse_pcmpstr(CPUX86State *env, uint32_t op, uint32_t d, uint32_t s,
                            uint64_t rax, uint64_t rdx)
{
    X86XMMReg a, b;
    unsigned imm = (op >> 8) & 0xff;
    sse_get(env, d, &a, 16);
    sse_get(env, s, &b, 16);
    int64_t la = (op & 4) ? (int64_t)rax : (int32_t)rax;
    int64_t lb = (op & 4) ? (int64_t)rdx : (int32_t)rdx;
    uint32_t flags, res;
    const int ub = (imm & 1) ? 8 : 16;
    if (!sse_host_pcmpstr(&a, &b, explicit_len(la, ub), explicit_len(lb, ub), imm, op & 1,
                          &res, &flags))
        res = sse_pcmpstr(&a, &b, la, lb, imm, op & 1, &flags);
    uint64_t out = (uint64_t)flags << 32;
    if (op & 2) {
        X86XMMReg m = { .q = { 0, 0 } };
        if (imm & 0x40) {
            for (int i = 0; i < ub; i++) {
                if (!((res >> i) & 1))
                    continue;
                if (ub == 8)
                    m.w[i] = 0xFFFF;
                else
                    m.b[i] = 0xFF;
            }
        } else {
            m.q[0] = res;
        }
        env->xmm[0] = m;
    } else {
        uint32_t idx = (uint32_t)ub;
        if (res) {
            if (imm & 0x40) {
                idx = 31;
                while (!((res >> idx) & 1))
                    idx--;
            } else {
                idx = 0;
                while (!((res >> idx) & 1))
                    idx++;
            }
        }
        out |= idx;
    }
    return out;
}

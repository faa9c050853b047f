/* Unpacking of the three formats and the single rounding routine: precision control,
 * rounding modes, tininess after rounding, denormal results, overflow, FTZ and the x87
 * unmasked overflow/underflow bias (SDM vol. 1, 4.8.3, 4.9.1.4-4.9.1.5, 8.5.4-8.5.5). */
#include "cpu/fpu/sf-internal.h"

const sf_fmt sf_fmt32 = { SF_K32, 24, -126, 127, 127 };
const sf_fmt sf_fmt64 = { SF_K64, 53, -1022, 1023, 1023 };
const sf_fmt sf_fmt80 = { SF_K80, 64, -16382, 16383, 16383 };

/* The x87 adjusts the exponent of a register result by this much when overflow or
 * underflow is unmasked, so the handler sees the significand (SDM vol. 1, 8.5.4). */
#define SF_X87_BIAS_ADJUST 24576

sf_status sf_status_x87(uint16_t cw)
{
    static const uint8_t pc_bits[4] = { 24, 64, 53, 64 }; /* PC=01 is reserved */
    sf_status s = { 0 };
    s.round = (cw >> 10) & 3;
    s.prec = pc_bits[(cw >> 8) & 3];
    s.traps = ~cw & SF_FLAG_ALL;
    return s;
}

/* Entry i is the status of MXCSR bits 6-15 = i: bit 0 DAZ, bits 1-6 the exception masks,
 * bits 7-8 RC, bit 9 FTZ (SDM vol. 1, 10.2.3). */
#define SSE_ST(i) { .round = ((i) >> 7) & 3, .prec = 64, .traps = ~((i) >> 1) & SF_FLAG_ALL, \
                    .ftz = ((i) >> 9) & 1, .daz = (i) & 1 }
#define SSE_ST4(i) SSE_ST(i), SSE_ST((i) + 1), SSE_ST((i) + 2), SSE_ST((i) + 3)
#define SSE_ST16(i) SSE_ST4(i), SSE_ST4((i) + 4), SSE_ST4((i) + 8), SSE_ST4((i) + 12)
#define SSE_ST64(i) SSE_ST16(i), SSE_ST16((i) + 16), SSE_ST16((i) + 32), SSE_ST16((i) + 48)
#define SSE_ST256(i) SSE_ST64(i), SSE_ST64((i) + 64), SSE_ST64((i) + 128), SSE_ST64((i) + 192)
const sf_status sf_sse_status[1024] = {
    SSE_ST256(0), SSE_ST256(256), SSE_ST256(512), SSE_ST256(768)
};

uint64_t sf_div128(uint64_t hi, uint64_t lo, uint64_t d, uint64_t *rem)
{
    const uint64_t b = 1ull << 32;
    int sh = sf_clz64(d);
    if (sh) {
        d <<= sh;
        hi = (hi << sh) | (lo >> (64 - sh));
        lo <<= sh;
    }
    uint64_t dh = d >> 32, dl = (uint32_t)d;
    uint64_t u1 = lo >> 32, u0 = (uint32_t)lo;

    /* Each quotient digit estimated from the top digits is at most 2 too large. */
    uint64_t q1 = hi / dh, r = hi % dh;
    while (q1 >= b || q1 * dl > ((r << 32) | u1)) {
        q1--;
        r += dh;
        if (r >= b)
            break;
    }
    uint64_t mid = (hi << 32 | u1) - q1 * d;
    uint64_t q0 = mid / dh;
    r = mid % dh;
    while (q0 >= b || q0 * dl > ((r << 32) | u0)) {
        q0--;
        r += dh;
        if (r >= b)
            break;
    }
    if (rem)
        *rem = ((mid << 32 | u0) - q0 * d) >> sh;
    return (q1 << 32) | q0;
}

sf_unp sf_unpack32(sf_f32 a, bool daz)
{
    sf_unp u = { 0 };
    uint32_t field = (a >> 23) & 0xff, frac = a & 0x7fffff;
    u.sign = a >> 31;
    if (field == 0xff) {
        if (!frac) {
            u.cls = SF_CLS_INF;
        } else {
            u.sig = (1ull << 63) | (uint64_t)frac << 40;
            u.cls = (frac & 0x400000) ? SF_CLS_QNAN : SF_CLS_SNAN;
        }
    } else if (field == 0) {
        if (!frac || daz) {
            u.cls = SF_CLS_ZERO;
        } else {
            int k = sf_clz64((uint64_t)frac << 40);
            u.cls = SF_CLS_NORMAL;
            u.denorm = true;
            u.sig = (uint64_t)frac << (40 + k);
            u.exp = -126 - k;
        }
    } else {
        u.cls = SF_CLS_NORMAL;
        u.sig = (1ull << 63) | (uint64_t)frac << 40;
        u.exp = (int32_t)field - 127;
    }
    return u;
}

sf_unp sf_unpack64(sf_f64 a, bool daz)
{
    sf_unp u = { 0 };
    uint32_t field = (a >> 52) & 0x7ff;
    uint64_t frac = a & 0xfffffffffffffull;
    u.sign = a >> 63;
    if (field == 0x7ff) {
        if (!frac) {
            u.cls = SF_CLS_INF;
        } else {
            u.sig = (1ull << 63) | frac << 11;
            u.cls = (frac >> 51) ? SF_CLS_QNAN : SF_CLS_SNAN;
        }
    } else if (field == 0) {
        if (!frac || daz) {
            u.cls = SF_CLS_ZERO;
        } else {
            int k = sf_clz64(frac << 11);
            u.cls = SF_CLS_NORMAL;
            u.denorm = true;
            u.sig = frac << (11 + k);
            u.exp = -1022 - k;
        }
    } else {
        u.cls = SF_CLS_NORMAL;
        u.sig = (1ull << 63) | frac << 11;
        u.exp = (int32_t)field - 1023;
    }
    return u;
}

/* SDM vol. 1, 8.2.2 table 8-3: with the integer bit clear, a maximum exponent is a
 * pseudo-infinity/pseudo-NaN and any other non-zero exponent an unnormal — all invalid
 * operands. A zero exponent with the integer bit set is a pseudo-denormal, which the
 * 387 and later still accept (with #D) as a value with exponent 1. */
sf_unp sf_unpack80(sf_f80 a)
{
    sf_unp u = { 0 };
    uint32_t field = a.se & 0x7fff;
    u.sign = a.se >> 15;
    if (field == 0x7fff) {
        if (!(a.sig >> 63)) {
            u.cls = SF_CLS_UNSUP;
        } else if (!(a.sig << 1)) {
            u.cls = SF_CLS_INF;
        } else {
            u.sig = a.sig;
            u.cls = (a.sig >> 62) & 1 ? SF_CLS_QNAN : SF_CLS_SNAN;
        }
    } else if (field == 0) {
        if (!a.sig) {
            u.cls = SF_CLS_ZERO;
        } else {
            int k = sf_clz64(a.sig);
            u.cls = SF_CLS_NORMAL;
            u.denorm = true;
            u.sig = a.sig << k;
            u.exp = -16382 - k;
        }
    } else if (!(a.sig >> 63)) {
        u.cls = SF_CLS_UNSUP;
    } else {
        u.cls = SF_CLS_NORMAL;
        u.sig = a.sig;
        u.exp = (int32_t)field - 16383;
    }
    return u;
}

/* Encodes sign, biased exponent field and a prec-bit significand (integer bit included,
 * clear for a denormal). */
static sf_f80 pack_bits(const sf_fmt *fmt, int prec, bool sign, uint32_t field, uint64_t sig)
{
    sf_f80 r = { 0, 0 };
    switch (fmt->kind) {
    case SF_K32:
        r.sig = (uint64_t)sign << 31 | (uint64_t)field << 23 | (sig & 0x7fffff);
        break;
    case SF_K64:
        r.sig = (uint64_t)sign << 63 | (uint64_t)field << 52 | (sig & 0xfffffffffffffull);
        break;
    default:
        r.se = (uint16_t)(sign << 15 | field);
        r.sig = sig << (64 - prec);
        break;
    }
    return r;
}

sf_f80 sf_pack_zero(const sf_fmt *fmt, bool sign)
{
    return pack_bits(fmt, fmt->prec, sign, 0, 0);
}

sf_f80 sf_pack_inf(const sf_fmt *fmt, bool sign)
{
    uint32_t field = (uint32_t)(fmt->emax + fmt->bias + 1);
    return pack_bits(fmt, fmt->prec, sign, field, fmt->kind == SF_K80 ? 1ull << 63 : 0);
}

sf_f80 sf_pack_qnan(const sf_fmt *fmt, const sf_unp *u)
{
    uint32_t field = (uint32_t)(fmt->emax + fmt->bias + 1);
    uint64_t sig = u->sig | 1ull << 62;
    /* Narrowing keeps the payload's high bits (SDM vol. 1, 4.8.3.5). */
    return pack_bits(fmt, 64, u->sign, field, fmt->kind == SF_K80 ? sig : sig >> (64 - fmt->prec));
}

sf_f80 sf_default_nan(const sf_fmt *fmt)
{
    sf_unp u = { SF_CLS_QNAN, true, false, 0, 3ull << 62 };
    return sf_pack_qnan(fmt, &u);
}

sf_f80 sf_pack_special(const sf_fmt *fmt, const sf_unp *u)
{
    switch (u->cls) {
    case SF_CLS_ZERO:
        return sf_pack_zero(fmt, u->sign);
    case SF_CLS_INF:
        return sf_pack_inf(fmt, u->sign);
    case SF_CLS_QNAN:
    case SF_CLS_SNAN: {
        uint32_t field = (uint32_t)(fmt->emax + fmt->bias + 1);
        return pack_bits(fmt, 64, u->sign, field,
                         fmt->kind == SF_K80 ? u->sig : u->sig >> (64 - fmt->prec));
    }
    case SF_CLS_NORMAL: {
        sf_status dummy = { 0 };
        return sf_round_pack(fmt, fmt->prec, u->sign, u->exp, u->sig, 0, &dummy);
    }
    default:
        return sf_default_nan(fmt);
    }
}

/* Top prec bits of (hi:lo) and the rest left-aligned in 64 bits, lower bits jammed. */
static void split(uint64_t hi, uint64_t lo, int prec, uint64_t *sig, uint64_t *extra)
{
    if (prec == 64) {
        *sig = hi;
        *extra = lo;
    } else {
        *sig = hi >> (64 - prec);
        *extra = (hi << prec) | (lo >> (64 - prec)) | ((lo << prec) != 0);
    }
}

bool sf_round_increment(int mode, bool sign, uint64_t sig, uint64_t extra)
{
    switch (mode) {
    case SF_ROUND_NEAREST:
        return extra > (1ull << 63) || (extra == (1ull << 63) && (sig & 1));
    case SF_ROUND_UP:
        return !sign && extra;
    case SF_ROUND_DOWN:
        return sign && extra;
    default:
        return false;
    }
}

sf_f80 sf_round_pack(const sf_fmt *fmt, int prec, bool sign, int32_t exp, uint64_t hi,
                     uint64_t lo, sf_status *s)
{
    uint64_t sig, extra, top = prec == 64 ? ~0ull : (1ull << prec) - 1;
    bool x87 = fmt->kind == SF_K80;
    s->c1 = false;
    if (!hi && !lo)
        return sf_pack_zero(fmt, sign);
    int n = sf_clz128(hi, lo);
    sf_shl128(&hi, &lo, n);
    exp -= n;

    if (exp < fmt->emin) {
        /* Tiny when the result rounded to prec bits with an unbounded exponent is below
         * the smallest normal (SDM vol. 1, 4.9.1.5: detected after rounding). */
        split(hi, lo, prec, &sig, &extra);
        bool carry = sf_round_increment(s->round, sign, sig, extra) && sig == top;
        bool tiny = !(carry && exp + 1 == fmt->emin);
        if (tiny) {
            /* A result too tiny even for the bias (only FSCALE gets there) is
             * delivered as if masked, still flagged. */
            if (x87 && (s->traps & SF_FLAG_UNDERFLOW) &&
                exp + SF_X87_BIAS_ADJUST >= fmt->emin) {
                s->flags |= SF_FLAG_UNDERFLOW;
                exp += SF_X87_BIAS_ADJUST;
                goto normal;
            }
            if (!x87 && s->ftz && !(s->traps & SF_FLAG_UNDERFLOW)) {
                s->flags |= SF_FLAG_UNDERFLOW | SF_FLAG_INEXACT;
                return sf_pack_zero(fmt, sign);
            }
            sf_shr128_jam(&hi, &lo, fmt->emin - exp);
            split(hi, lo, prec, &sig, &extra);
            if (extra || (s->traps & SF_FLAG_UNDERFLOW))
                s->flags |= SF_FLAG_UNDERFLOW;
            if (extra)
                s->flags |= SF_FLAG_INEXACT;
            if (sf_round_increment(s->round, sign, sig, extra)) {
                sig++;
                s->c1 = true;
            }
            uint32_t field = (sig >> (prec - 1)) ? (uint32_t)(fmt->emin + fmt->bias) : 0;
            return pack_bits(fmt, prec, sign, field, sig);
        }
    }

normal:
    split(hi, lo, prec, &sig, &extra);
    if (sf_round_increment(s->round, sign, sig, extra)) {
        s->c1 = true;
        if (sig == top) {
            sig = 1ull << (prec - 1);
            exp++;
        } else {
            sig++;
        }
    }
    if (extra)
        s->flags |= SF_FLAG_INEXACT;
    if (exp > fmt->emax) {
        s->flags |= SF_FLAG_OVERFLOW;
        if (x87 && (s->traps & SF_FLAG_OVERFLOW) && exp - SF_X87_BIAS_ADJUST <= fmt->emax) {
            exp -= SF_X87_BIAS_ADJUST;
        } else {
            s->flags |= SF_FLAG_INEXACT;
            bool to_inf = s->round == SF_ROUND_NEAREST || (s->round == SF_ROUND_UP && !sign) ||
                          (s->round == SF_ROUND_DOWN && sign);
            s->c1 = to_inf;
            if (to_inf)
                return sf_pack_inf(fmt, sign);
            sig = top;
            exp = fmt->emax;
        }
    }
    return pack_bits(fmt, prec, sign, (uint32_t)(exp + fmt->bias), sig);
}

/* Remainders: the IEEE remainder of every format and the x87's partial remainders FPREM
 * (truncated quotient) and FPREM1 (nearest), which reduce the exponent by at most 63
 * per instruction and report quotient bits in C0/C3/C1 (SDM vol. 2, FPREM, FPREM1).
 * All results are exact: the remainder is a multiple of the divisor's ulp. */
#include "cpu/fpu/sf-internal.h"

typedef struct rem_result {
    sf_f80 value;
    uint64_t quot;   /* low 64 bits of the quotient's magnitude */
    bool partial;    /* FPREM stopped before the end: C2 */
} rem_result;

/* |a| mod |b| for a = ma 2^(ea-63), b = mb 2^(eb-63), d = ea - eb >= 0: long division
 * of ma 2^d by mb, 62 quotient bits per step. Returns the remainder in units of
 * 2^(eb-63) and the low 64 bits of the truncated quotient. */
static uint64_t rem_mag(uint64_t ma, uint64_t mb, int32_t d, uint64_t *quot)
{
    uint64_t r = ma, q = 0;
    if (r >= mb) {
        r -= mb;
        q = 1;
    }
    while (d > 0) {
        int k = d > 62 ? 62 : d;
        uint64_t qk = sf_div128(r >> (64 - k), r << k, mb, &r);
        q = (q << k) | qk;
        d -= k;
    }
    *quot = q;
    return r;
}

/* The remainder core. max_d: the largest exponent difference reduced in one go (-1 for
 * no limit); beyond it the x87 reduces by only some bits and sets C2. */
static rem_result rem_unp(const sf_fmt *fmt, sf_unp a, sf_unp b, bool nearest, int32_t max_d,
                          sf_status *s)
{
    rem_result res = { { 0, 0 }, 0, false };
    s->c1 = false;
    if (a.cls == SF_CLS_UNSUP || b.cls == SF_CLS_UNSUP) {
        res.value = sf_invalid(fmt, s);
        return res;
    }
    if (sf_is_nan_cls(&a) || sf_is_nan_cls(&b)) {
        res.value = sf_propagate_nan2(fmt, &a, &b, s);
        return res;
    }
    /* x mod 0 and inf mod y are invalid; there is no divide-by-zero here. */
    if (a.cls == SF_CLS_INF || b.cls == SF_CLS_ZERO) {
        res.value = sf_invalid(fmt, s);
        return res;
    }
    sf_flag_denormal(&a, &b, s);
    if (a.cls == SF_CLS_ZERO || b.cls == SF_CLS_INF) {
        res.value = sf_round_pack(fmt, fmt->prec, a.sign, a.exp, a.cls == SF_CLS_ZERO ? 0 : a.sig,
                                  0, s);
        return res;
    }

    int32_t d = a.exp - b.exp, eb = b.exp;
    if (max_d >= 0 && d > max_d) {
        /* Partial: reduce modulo b * 2^(d - n) with a truncated quotient of n bits, n in
         * [32, 63] "implementation-dependent" (SDM vol. 2, FPREM); real x87s (measured on
         * AMD Zen) take n = 32 + d mod 32, for FPREM1 as well. */
        int32_t n = 32 + (d - max_d - 1) % 32;
        eb += d - n;
        d = n;
        nearest = false;
        res.partial = true;
    }
    if (d < -1) {
        res.value = sf_round_pack(fmt, fmt->prec, a.sign, a.exp, a.sig, 0, s);
        return res;
    }
    bool sign = a.sign;
    uint64_t r, q = 0;
    if (d == -1) {
        /* |a| < |b|: the quotient is 0, or 1 when rounding to nearest and |a| > |b| / 2;
         * the remainder is then in units of |a|'s ulp. */
        r = a.sig;
        eb = a.exp;
        if (nearest && a.sig > b.sig) {
            r = b.sig - (a.sig - b.sig);
            sign = !sign;
            q = 1;
        }
    } else {
        r = rem_mag(a.sig, b.sig, d, &q);
        if (nearest && (r > b.sig - r || (r == b.sig - r && (q & 1)))) {
            r = b.sig - r;
            sign = !sign;
            q++;
        }
    }
    res.quot = q;
    res.value = sf_round_pack(fmt, fmt->prec, r ? sign : a.sign, eb, r, 0, s);
    return res;
}

/* x87 condition codes of a partial remainder: C2 = incomplete, else quotient bits
 * Q2 -> C0, Q1 -> C3, Q0 -> C1. */
static uint16_t rem_cc(const rem_result *r)
{
    if (r->partial)
        return SF_C2;
    return (uint16_t)((r->quot & 4 ? SF_C0 : 0) | (r->quot & 2 ? SF_C3 : 0) |
                      (r->quot & 1 ? SF_C1 : 0));
}

uint16_t sf_f80_fprem(sf_f80 *a, sf_f80 b, bool ieee, sf_status *s)
{
    rem_result r = rem_unp(&sf_fmt80, sf_unpack80(*a), sf_unpack80(b), ieee, 63, s);
    *a = r.value;
    return rem_cc(&r);
}

sf_f80 sf_f80_rem(sf_f80 a, sf_f80 b, sf_status *s)
{
    return rem_unp(&sf_fmt80, sf_unpack80(a), sf_unpack80(b), true, -1, s).value;
}

sf_f64 sf_f64_rem(sf_f64 a, sf_f64 b, sf_status *s)
{
    sf_unp ua = sf_unpack64(a, s->daz), ub = sf_unpack64(b, s->daz);
    return sf_to64(rem_unp(&sf_fmt64, ua, ub, true, -1, s).value);
}

sf_f32 sf_f32_rem(sf_f32 a, sf_f32 b, sf_status *s)
{
    sf_unp ua = sf_unpack32(a, s->daz), ub = sf_unpack32(b, s->daz);
    return sf_to32(rem_unp(&sf_fmt32, ua, ub, true, -1, s).value);
}

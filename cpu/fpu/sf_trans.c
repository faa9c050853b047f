/* x87 exponential, logarithms and arctangent: F2XM1, FYL2X, FYL2XP1, FPATAN. Special
 * operands follow the result tables of SDM vol. 2 (FYL2X table 3-48, FYL2XP1 table 3-49,
 * FPATAN table 3-30); finite cases are evaluated in the 128-bit sf_xf format and rounded
 * once, so the error stays well under 1 ulp of the 64-bit result. */
#include "cpu/fpu/sf-xf.h"

/* Terms below 2^-STOP relative to the sum no longer matter to a 128-bit result. */
#define STOP 130

/* expm1(t) = t + t^2/2! + ... for |t| < 0.75 */
static sf_xf expm1_series(sf_xf t)
{
    sf_xf term = t, sum = t;
    for (uint32_t n = 2; n < 64; n++) {
        term = sf_xf_div_small(sf_xf_mul(term, t), n);
        sum = sf_xf_add(sum, term);
        if (sf_xf_is_zero(term) || term.exp < sum.exp - STOP)
            break;
    }
    return sum;
}

/* 2 atanh(u) = ln((1 + u) / (1 - u)) = 2u (1 + u^2/3 + u^4/5 + ...) for |u| < 0.35 */
static sf_xf atanh2_series(sf_xf u)
{
    sf_xf t = sf_xf_mul(u, u), p = sf_xf_one, sum = sf_xf_one;
    for (uint32_t k = 3; k < 400; k += 2) {
        p = sf_xf_mul(p, t);
        sf_xf term = sf_xf_div_small(p, k);
        sum = sf_xf_add(sum, term);
        if (sf_xf_is_zero(term) || term.exp < -STOP)
            break;
    }
    return sf_xf_ldexp(sf_xf_mul(u, sum), 1);
}

/* log2(v) for v > 0: v = m 2^e with m in [sqrt(1/2), sqrt(2)), so e and log2(m) never
 * cancel, and ln(m) = 2 atanh((m - 1) / (m + 1)). */
static sf_xf sf_xf_log2(sf_xf v)
{
    int32_t e = v.exp;
    sf_xf m = v;
    m.exp = 0;
    m.sign = false;
    const uint64_t sqrt2_hi = 0xB504F333F9DE6484ull, sqrt2_lo = 0x597D89B3754ABE9Full;
    if (sf_lt128(sqrt2_hi, sqrt2_lo, m.hi, m.lo)) {
        m.exp = -1;
        e++;
    }
    sf_xf u = sf_xf_div(sf_xf_sub(m, sf_xf_one), sf_xf_add(m, sf_xf_one));
    return sf_xf_add(sf_xf_from_int(e), sf_xf_mul(atanh2_series(u), sf_xf_log2e));
}

static bool is_one(const sf_unp *u)
{
    return u->cls == SF_CLS_NORMAL && !u->sign && u->exp == 0 && u->sig == 1ull << 63;
}

sf_f80 sf_f80_f2xm1(sf_f80 a, sf_status *s)
{
    const sf_fmt *f = &sf_fmt80;
    sf_unp u = sf_unpack80(a);
    s->c1 = false;
    switch (u.cls) {
    case SF_CLS_UNSUP: return sf_invalid(f, s);
    case SF_CLS_QNAN:
    case SF_CLS_SNAN: return sf_propagate_nan1(f, &u, s);
    case SF_CLS_ZERO: return sf_pack_zero(f, u.sign);
    case SF_CLS_INF:
        return u.sign ? sf_f80_make(0xbfff, 1ull << 63) : sf_pack_inf(f, false);
    default: break;
    }
    sf_flag_denormal(&u, NULL, s);
    if (u.exp > 0 || (u.exp == 0 && u.sig != 1ull << 63)) {
        /* Outside the documented domain [-1, 1] the result is undefined (SDM vol. 2,
         * F2XM1); real x87s (observed on AMD Zen) return the operand, inexact. */
        s->flags |= SF_FLAG_INEXACT;
        return a;
    }
    if (u.exp == 0) {
        /* 2^-1 - 1 comes out exactly -1/2, 2^1 - 1 as a value just under 1, both
         * flagged inexact, as the hardware does. */
        if (u.sign) {
            s->flags |= SF_FLAG_INEXACT;
            return sf_f80_make(0xbffe, 1ull << 63);
        }
        return sf_xf_round_f80(sf_xf_make(false, -1, ~0ull, ~0ull), s);
    }
    return sf_xf_round_f80(expm1_series(sf_xf_mul(sf_xf_from_unp(&u), sf_xf_ln2)), s);
}

/* y * L for a finite non-zero y and an approximation L of log2(x) or log2(1 + x). */
static sf_f80 y_times(const sf_unp *y, sf_xf l, sf_status *s)
{
    return sf_xf_round_f80(sf_xf_mul(sf_xf_from_unp(y), l), s);
}

/* The sign of y * log(...) when log(...) is negative exactly when neg_log. */
static bool prod_sign(const sf_unp *y, bool neg_log)
{
    return y->sign != neg_log;
}

sf_f80 sf_f80_yl2x(sf_f80 y, sf_f80 x, sf_status *s)
{
    const sf_fmt *f = &sf_fmt80;
    sf_unp uy = sf_unpack80(y), ux = sf_unpack80(x);
    s->c1 = false;
    if (ux.cls == SF_CLS_UNSUP || uy.cls == SF_CLS_UNSUP)
        return sf_invalid(f, s);
    if (sf_is_nan_cls(&ux) || sf_is_nan_cls(&uy))
        return sf_propagate_nan2(f, &ux, &uy, s);
    if (ux.sign && ux.cls != SF_CLS_ZERO)
        return sf_invalid(f, s);
    if (ux.cls == SF_CLS_ZERO) {
        /* log2(0) = -inf: 0 * -inf is invalid; a finite y divides by zero, and #Z outranks
         * the #D of a denormal y (SDM vol. 1, 4.9.2). */
        if (uy.cls == SF_CLS_ZERO)
            return sf_invalid(f, s);
        if (uy.cls != SF_CLS_INF)
            s->flags |= SF_FLAG_DIVZERO;
        return sf_pack_inf(f, !uy.sign);
    }
    sf_flag_denormal(&ux, &uy, s);
    if (ux.cls == SF_CLS_INF) {
        if (uy.cls == SF_CLS_ZERO)
            return sf_invalid(f, s);
        return sf_pack_inf(f, uy.sign);
    }
    if (is_one(&ux)) {
        if (uy.cls == SF_CLS_INF)
            return sf_invalid(f, s);
        return sf_pack_zero(f, uy.sign);
    }
    bool neg_log = ux.exp < 0;
    if (uy.cls == SF_CLS_INF)
        return sf_pack_inf(f, prod_sign(&uy, neg_log));
    if (uy.cls == SF_CLS_ZERO)
        return sf_pack_zero(f, prod_sign(&uy, neg_log));
    if (ux.sig == 1ull << 63) {
        /* log2 of a power of two is an integer: the product is rounded as FMUL would,
         * but the hardware still reports it inexact (and tiny results as underflow). */
        sf_unp e = { SF_CLS_NORMAL, ux.exp < 0, false, 0, 0 };
        uint32_t m = ux.exp < 0 ? (uint32_t)-ux.exp : (uint32_t)ux.exp;
        int k = sf_clz64(m);
        e.sig = (uint64_t)m << k;
        e.exp = 63 - k;
        sf_f80 r = sf_mul_unp(f, 64, uy, e, s);
        s->flags |= SF_FLAG_INEXACT;
        if (!(r.se & 0x7fff))
            s->flags |= SF_FLAG_UNDERFLOW;
        return r;
    }
    return y_times(&uy, sf_xf_log2(sf_xf_from_unp(&ux)), s);
}

sf_f80 sf_f80_yl2xp1(sf_f80 y, sf_f80 x, sf_status *s)
{
    const sf_fmt *f = &sf_fmt80;
    sf_unp uy = sf_unpack80(y), ux = sf_unpack80(x);
    s->c1 = false;
    if (ux.cls == SF_CLS_UNSUP || uy.cls == SF_CLS_UNSUP)
        return sf_invalid(f, s);
    if (sf_is_nan_cls(&ux) || sf_is_nan_cls(&uy))
        return sf_propagate_nan2(f, &ux, &uy, s);
    if (ux.sign && ux.cls == SF_CLS_INF)
        return sf_invalid(f, s);
    sf_flag_denormal(&ux, &uy, s);
    if (ux.cls == SF_CLS_ZERO) {
        if (uy.cls == SF_CLS_INF)
            return sf_invalid(f, s);
        return sf_pack_zero(f, uy.sign != ux.sign);
    }
    /* Beyond the documented domain |x| < 1 - sqrt(2)/2 the result is undefined (SDM vol. 2,
     * FYL2XP1). What real x87s do (observed on AMD Zen) is kept: log2(1 + x) for any
     * x > -1; for a finite x <= -1, a zero or infinite y gives the signed zero or
     * infinity of a negative logarithm and any other y returns x itself, inexact. */
    sf_xf xv = sf_xf_from_unp(&ux), l;
    if (ux.sign && sf_xf_cmp_abs(xv, sf_xf_one) >= 0 && uy.cls == SF_CLS_NORMAL) {
        s->flags |= SF_FLAG_INEXACT;
        return x;
    }
    if (ux.cls == SF_CLS_INF) {
        if (uy.cls == SF_CLS_ZERO)
            return sf_invalid(f, s);
        return sf_pack_inf(f, uy.sign);
    }
    if (uy.cls == SF_CLS_INF)
        return sf_pack_inf(f, prod_sign(&uy, ux.sign));
    if (uy.cls == SF_CLS_ZERO)
        return sf_pack_zero(f, prod_sign(&uy, ux.sign));
    if (ux.exp < -1 || (ux.exp == -1 && !ux.sign)) {
        /* |x| < 1/4, or 0 < x < 1/2: ln(1 + x) = 2 atanh(x / (2 + x)) keeps the full
         * relative precision of a tiny x. */
        sf_xf u = sf_xf_div(xv, sf_xf_add(sf_xf_ldexp(sf_xf_one, 1), xv));
        l = sf_xf_mul(atanh2_series(u), sf_xf_log2e);
    } else {
        l = sf_xf_log2(sf_xf_add(sf_xf_one, xv));
    }
    return y_times(&uy, l, s);
}

/* atan(k/8), k = 1..7, to 128 bits. */
static const sf_xf atan_k8[8] = {
    { false, 0, 0, 0 },
    { false, -4, 0xFEADD4D5617B6E32ull, 0xC897989F3E888EF7ull },
    { false, -3, 0xFADBAFC96406EB15ull, 0x6DC79EF5F7A217E5ull },
    { false, -2, 0xB7B0CA0F26F78473ull, 0x8AA32122DCFE4483ull },
    { false, -2, 0xED63382B0DDA7B45ull, 0x6FE445ECBC3A8D03ull },
    { false, -1, 0x8F005D5EF7F59F9Bull, 0x5C835E1665C43747ull },
    { false, -1, 0xA4BC7D1934F70924ull, 0x19A87F2A457DAC9Eull },
    { false, -1, 0xB8053E2BC2319E73ull, 0xCB2DA55210A4443Dull },
};

/* atan(t) for 0 <= t <= 1: t = c + d with c = k/8 the nearest eighth, then
 * atan(t) = atan(c) + atan((t - c) / (1 + t c)) with the second argument below 1/16. */
static sf_xf sf_xf_atan01(sf_xf t)
{
    if (sf_xf_is_zero(t))
        return t;
    if (t.exp >= 0)
        return sf_xf_pi_4; /* t = 1 */
    uint32_t k = 0;
    if (t.exp >= -4) {
        /* k = round(8 t) from the top bits: 8t = hi * 2^(exp + 3 - 63). */
        uint64_t eight_t_q = t.hi >> (63 - (t.exp + 3) - 1); /* 8t in units of 1/2 */
        k = (uint32_t)((eight_t_q + 1) >> 1);
    }
    sf_xf u = t, base = { false, 0, 0, 0 };
    if (k) {
        sf_xf c = sf_xf_ldexp(sf_xf_from_int(k), -3);
        u = sf_xf_div(sf_xf_sub(t, c), sf_xf_add(sf_xf_one, sf_xf_mul(t, c)));
        base = k == 8 ? sf_xf_pi_4 : atan_k8[k];
    }
    /* atan(u) = u (1 - u^2/3 + u^4/5 - ...) */
    sf_xf w = sf_xf_mul(u, u), p = sf_xf_one, sum = sf_xf_one;
    for (uint32_t n = 3; n < 200 && !sf_xf_is_zero(u); n += 2) {
        p = sf_xf_neg(sf_xf_mul(p, w));
        sf_xf term = sf_xf_div_small(p, n);
        sum = sf_xf_add(sum, term);
        if (sf_xf_is_zero(term) || term.exp < -STOP)
            break;
    }
    return sf_xf_add(base, sf_xf_mul(u, sum));
}

sf_f80 sf_f80_patan(sf_f80 y, sf_f80 x, sf_status *s)
{
    const sf_fmt *f = &sf_fmt80;
    sf_unp uy = sf_unpack80(y), ux = sf_unpack80(x);
    s->c1 = false;
    if (ux.cls == SF_CLS_UNSUP || uy.cls == SF_CLS_UNSUP)
        return sf_invalid(f, s);
    if (sf_is_nan_cls(&ux) || sf_is_nan_cls(&uy))
        return sf_propagate_nan2(f, &ux, &uy, s);
    sf_flag_denormal(&ux, &uy, s);
    sf_xf r;
    if (uy.cls == SF_CLS_ZERO) {
        /* +-0 for x = +0 or x > 0, +-pi for x = -0 or x < 0 (table 3-30). */
        if (!ux.sign)
            return sf_pack_zero(f, uy.sign);
        r = sf_xf_pi;
    } else if (uy.cls == SF_CLS_INF) {
        if (ux.cls == SF_CLS_INF)
            r = ux.sign ? sf_xf_3pi_4 : sf_xf_pi_4;
        else
            r = sf_xf_pi_2;
    } else if (ux.cls == SF_CLS_ZERO) {
        r = sf_xf_pi_2;
    } else if (ux.cls == SF_CLS_INF) {
        if (!ux.sign)
            return sf_pack_zero(f, uy.sign);
        r = sf_xf_pi;
    } else {
        sf_xf a = sf_xf_abs(sf_xf_from_unp(&uy)), b = sf_xf_abs(sf_xf_from_unp(&ux));
        if (sf_xf_cmp_abs(a, b) <= 0)
            r = sf_xf_atan01(sf_xf_div(a, b));
        else
            r = sf_xf_sub(sf_xf_pi_2, sf_xf_atan01(sf_xf_div(b, a)));
        if (ux.sign)
            r = sf_xf_sub(sf_xf_pi, r);
    }
    r.sign = uy.sign;
    return sf_xf_round_f80(r, s);
}

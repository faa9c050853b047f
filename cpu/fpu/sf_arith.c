/* Add, subtract, multiply, divide and square root for all three formats: exact results
 * in 128 bits (plus a sticky bit) rounded once by sf_round_pack. Special operands follow
 * SDM vol. 1, 4.8.3 and 8.5.1 (table 8-10 invalid operations). */
#include "cpu/fpu/sf-internal.h"

/* An unsupported floatx80 encoding or a NaN decides the result before anything else. */
static bool nan_or_unsup(const sf_fmt *fmt, const sf_unp *a, const sf_unp *b, sf_status *s,
                         sf_f80 *r)
{
    if (a->cls == SF_CLS_UNSUP || (b && b->cls == SF_CLS_UNSUP)) {
        *r = sf_invalid(fmt, s);
        return true;
    }
    if (sf_is_nan_cls(a) || (b && sf_is_nan_cls(b))) {
        *r = b ? sf_propagate_nan2(fmt, a, b, s) : sf_propagate_nan1(fmt, a, s);
        return true;
    }
    return false;
}

static sf_f80 round_unp(const sf_fmt *fmt, int prec, const sf_unp *u, sf_status *s)
{
    return sf_round_pack(fmt, prec, u->sign, u->exp, u->sig, 0, s);
}

sf_f80 sf_add_unp(const sf_fmt *fmt, int prec, sf_unp a, sf_unp b, bool negate_b, sf_status *s)
{
    sf_f80 r;
    s->c1 = false;
    if (negate_b && !sf_is_nan_cls(&b))
        b.sign = !b.sign;
    if (nan_or_unsup(fmt, &a, &b, s, &r))
        return r;
    sf_flag_denormal(&a, &b, s);
    if (a.cls == SF_CLS_INF) {
        if (b.cls == SF_CLS_INF && a.sign != b.sign)
            return sf_invalid(fmt, s);
        return sf_pack_inf(fmt, a.sign);
    }
    if (b.cls == SF_CLS_INF)
        return sf_pack_inf(fmt, b.sign);
    if (a.cls == SF_CLS_ZERO && b.cls == SF_CLS_ZERO) {
        /* +0 + -0 is +0 except when rounding down (IEEE 754, 6.3). */
        bool sign = a.sign == b.sign ? a.sign : s->round == SF_ROUND_DOWN;
        return sf_pack_zero(fmt, sign);
    }
    /* x + 0 still rounds: under x87 precision control a 64-bit x becomes shorter. */
    if (a.cls == SF_CLS_ZERO)
        return round_unp(fmt, prec, &b, s);
    if (b.cls == SF_CLS_ZERO)
        return round_unp(fmt, prec, &a, s);

    if (b.exp > a.exp || (b.exp == a.exp && b.sig > a.sig)) {
        sf_unp t = a;
        a = b;
        b = t;
    }
    /* One bit of headroom above the significands for the carry of an addition. */
    uint64_t ah = a.sig >> 1, al = a.sig << 63, bh = b.sig >> 1, bl = b.sig << 63, rh, rl;
    sf_shr128_jam(&bh, &bl, a.exp - b.exp);
    if (a.sign == b.sign) {
        sf_add128(ah, al, bh, bl, &rh, &rl);
    } else {
        sf_sub128(ah, al, bh, bl, &rh, &rl);
        if (!rh && !rl)
            return sf_pack_zero(fmt, s->round == SF_ROUND_DOWN);
    }
    return sf_round_pack(fmt, prec, a.sign, a.exp + 1, rh, rl, s);
}

sf_f80 sf_mul_unp(const sf_fmt *fmt, int prec, sf_unp a, sf_unp b, sf_status *s)
{
    sf_f80 r;
    bool sign = a.sign != b.sign;
    s->c1 = false;
    if (nan_or_unsup(fmt, &a, &b, s, &r))
        return r;
    if ((a.cls == SF_CLS_INF && b.cls == SF_CLS_ZERO) ||
        (a.cls == SF_CLS_ZERO && b.cls == SF_CLS_INF))
        return sf_invalid(fmt, s);
    sf_flag_denormal(&a, &b, s);
    if (a.cls == SF_CLS_INF || b.cls == SF_CLS_INF)
        return sf_pack_inf(fmt, sign);
    if (a.cls == SF_CLS_ZERO || b.cls == SF_CLS_ZERO)
        return sf_pack_zero(fmt, sign);
    uint64_t hi, lo;
    sf_mul64(a.sig, b.sig, &hi, &lo);
    return sf_round_pack(fmt, prec, sign, a.exp + b.exp + 1, hi, lo, s);
}

sf_f80 sf_div_unp(const sf_fmt *fmt, int prec, sf_unp a, sf_unp b, sf_status *s)
{
    sf_f80 r;
    bool sign = a.sign != b.sign;
    s->c1 = false;
    if (nan_or_unsup(fmt, &a, &b, s, &r))
        return r;
    if ((a.cls == SF_CLS_INF && b.cls == SF_CLS_INF) ||
        (a.cls == SF_CLS_ZERO && b.cls == SF_CLS_ZERO))
        return sf_invalid(fmt, s);
    if (b.cls == SF_CLS_ZERO && a.cls == SF_CLS_NORMAL) {
        /* #Z outranks #D (SDM vol. 1, 4.9.2). */
        s->flags |= SF_FLAG_DIVZERO;
        return sf_pack_inf(fmt, sign);
    }
    sf_flag_denormal(&a, &b, s);
    if (a.cls == SF_CLS_INF || b.cls == SF_CLS_ZERO)
        return sf_pack_inf(fmt, sign);
    if (a.cls == SF_CLS_ZERO || b.cls == SF_CLS_INF)
        return sf_pack_zero(fmt, sign);
    /* Quotient a.sig * 2^127 / b.sig in two 64-bit digits, remainder as sticky bit. */
    uint64_t rem, rem2;
    uint64_t q1 = sf_div128(a.sig >> 1, a.sig << 63, b.sig, &rem);
    uint64_t q2 = sf_div128(rem, 0, b.sig, &rem2);
    return sf_round_pack(fmt, prec, sign, a.exp - b.exp, q1, q2 | (rem2 != 0), s);
}

/* Integer square root of (nh:nl) >= 2^126, one result bit per step; also reports
 * whether the remainder exceeds the root (the true root's next bit is 1). */
static uint64_t isqrt128(uint64_t nh, uint64_t nl, bool *above_half, bool *inexact)
{
    uint64_t rh = 0, rl = 0, root = 0;
    for (int i = 63; i >= 0; i--) {
        uint64_t pair = i >= 32 ? (nh >> (2 * (i - 32))) & 3 : (nl >> (2 * i)) & 3;
        sf_shl128(&rh, &rl, 2);
        rl |= pair;
        uint64_t th = root >> 62, tl = (root << 2) | 1;
        root <<= 1;
        if (!sf_lt128(rh, rl, th, tl)) {
            sf_sub128(rh, rl, th, tl, &rh, &rl);
            root |= 1;
        }
    }
    /* (root + 1/2)^2 <= N exactly when N - root^2 > root. */
    *above_half = rh || rl > root;
    *inexact = rh || rl;
    return root;
}

static sf_f80 sqrt_unp(const sf_fmt *fmt, int prec, sf_unp a, sf_status *s)
{
    sf_f80 r;
    s->c1 = false;
    if (nan_or_unsup(fmt, &a, NULL, s, &r))
        return r;
    if (a.cls == SF_CLS_ZERO)
        return sf_pack_zero(fmt, a.sign);
    if (a.sign)
        return sf_invalid(fmt, s);
    sf_flag_denormal(&a, NULL, s);
    if (a.cls == SF_CLS_INF)
        return sf_pack_inf(fmt, false);
    uint64_t nh, nl;
    int32_t exp;
    if (a.exp & 1) {
        nh = a.sig;
        nl = 0;
        exp = (a.exp - 127) / 2 + 63;
    } else {
        nh = a.sig >> 1;
        nl = a.sig << 63;
        exp = (a.exp - 126) / 2 + 63;
    }
    bool half, inexact;
    uint64_t root = isqrt128(nh, nl, &half, &inexact);
    uint64_t extra = half ? (1ull << 63) | 1 : inexact;
    return sf_round_pack(fmt, prec, false, exp, root, extra, s);
}

/* ---- per-format entry points ---- */

#define SF_BINOP32(name, call)                                                        \
    sf_f32 sf_f32_##name(sf_f32 a, sf_f32 b, sf_status *s)                            \
    {                                                                                 \
        sf_unp ua = sf_unpack32(a, s->daz), ub = sf_unpack32(b, s->daz);              \
        return sf_to32(call(&sf_fmt32, 24, ua, ub, s));                               \
    }
#define SF_BINOP64(name, call)                                                        \
    sf_f64 sf_f64_##name(sf_f64 a, sf_f64 b, sf_status *s)                            \
    {                                                                                 \
        sf_unp ua = sf_unpack64(a, s->daz), ub = sf_unpack64(b, s->daz);              \
        return sf_to64(call(&sf_fmt64, 53, ua, ub, s));                               \
    }
#define SF_BINOP80(name, call)                                                        \
    sf_f80 sf_f80_##name(sf_f80 a, sf_f80 b, sf_status *s)                            \
    {                                                                                 \
        return call(&sf_fmt80, s->prec, sf_unpack80(a), sf_unpack80(b), s);           \
    }

static sf_f80 add_op(const sf_fmt *f, int p, sf_unp a, sf_unp b, sf_status *s)
{
    return sf_add_unp(f, p, a, b, false, s);
}

static sf_f80 sub_op(const sf_fmt *f, int p, sf_unp a, sf_unp b, sf_status *s)
{
    return sf_add_unp(f, p, a, b, true, s);
}

SF_BINOP32(add, add_op)
SF_BINOP32(sub, sub_op)
SF_BINOP32(mul, sf_mul_unp)
SF_BINOP32(div, sf_div_unp)
SF_BINOP64(add, add_op)
SF_BINOP64(sub, sub_op)
SF_BINOP64(mul, sf_mul_unp)
SF_BINOP64(div, sf_div_unp)
SF_BINOP80(add, add_op)
SF_BINOP80(sub, sub_op)
SF_BINOP80(mul, sf_mul_unp)
SF_BINOP80(div, sf_div_unp)

/* x87 arithmetic with a float32/float64 memory operand, unpacked as it is. */
static sf_f80 arith_mem(int op, sf_f80 st0, sf_unp m, sf_status *s)
{
    sf_unp a = sf_unpack80(st0);
    const sf_fmt *f = &sf_fmt80;
    switch (op) {
    case SF_X87_ADD: return sf_add_unp(f, s->prec, a, m, false, s);
    case SF_X87_SUB: return sf_add_unp(f, s->prec, a, m, true, s);
    case SF_X87_SUBR: return sf_add_unp(f, s->prec, m, a, true, s);
    case SF_X87_MUL: return sf_mul_unp(f, s->prec, a, m, s);
    case SF_X87_DIV: return sf_div_unp(f, s->prec, a, m, s);
    case SF_X87_DIVR: return sf_div_unp(f, s->prec, m, a, s);
    default: return sf_invalid(f, s);
    }
}

sf_f80 sf_f80_arith_f32(int op, sf_f80 st0, sf_f32 m, sf_status *s)
{
    return arith_mem(op, st0, sf_unpack32(m, false), s);
}

sf_f80 sf_f80_arith_f64(int op, sf_f80 st0, sf_f64 m, sf_status *s)
{
    return arith_mem(op, st0, sf_unpack64(m, false), s);
}

sf_f32 sf_f32_sqrt(sf_f32 a, sf_status *s)
{
    return sf_to32(sqrt_unp(&sf_fmt32, 24, sf_unpack32(a, s->daz), s));
}

sf_f64 sf_f64_sqrt(sf_f64 a, sf_status *s)
{
    return sf_to64(sqrt_unp(&sf_fmt64, 53, sf_unpack64(a, s->daz), s));
}

sf_f80 sf_f80_sqrt(sf_f80 a, sf_status *s)
{
    return sqrt_unp(&sf_fmt80, s->prec, sf_unpack80(a), s);
}

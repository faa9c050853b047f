/* x87 FSIN, FCOS, FSINCOS, FPTAN. Like the hardware, the argument is reduced modulo
 * pi/2 using the x87's internal pi with a 66-bit mantissa (SDM vol. 1, 8.3.8), and the
 * reduction itself is exact, so results agree with a real x87 near multiples of pi too.
 * |x| >= 2^63 is out of range: C2 is set and the operand left as it is (SDM vol. 2,
 * FSIN). */
#include "cpu/fpu/sf-xf.h"

#define STOP 130

/* pi66 = P * 2^-64 with P the 66-bit integer 0x3_243F6A88_85A308D3. */
#define P66_HI 0x3ull
#define P66_LO 0x243F6A8885A308D3ull

/* |x| = k * pi66/2 + r with |r| <= pi66/4; returns r exactly and k mod 4. */
static sf_xf reduce(const sf_unp *u, unsigned *quadrant)
{
    sf_xf x = sf_xf_make(false, u->exp, u->sig, 0);
    *quadrant = 0;
    /* pi66/4 = 0xC90FDAA22168C234.11b * 2^-64 */
    if (u->exp < -1 || (u->exp == -1 && u->sig <= 0xC90FDAA22168C234ull))
        return x;
    /* |x| in units of 2^-65 (the last bit of pi66/2): sig << (exp + 2), at most 128 bits
     * for exp <= 62. Binary long division by P leaves the exact remainder. */
    uint64_t xh = 0, xl = u->sig, rh = 0, rl = 0, q = 0;
    sf_shl128(&xh, &xl, u->exp + 2);
    int top = 127 - sf_clz128(xh, xl);
    for (int bit = top; bit >= 0; bit--) {
        uint64_t next = (bit >= 64 ? xh >> (bit - 64) : xl >> bit) & 1;
        rh = rh << 1 | rl >> 63;
        rl = rl << 1 | next;
        q <<= 1;
        if (!sf_lt128(rh, rl, P66_HI, P66_LO)) {
            sf_sub128(rh, rl, P66_HI, P66_LO, &rh, &rl);
            q |= 1;
        }
    }
    bool neg = false;
    /* Remainders above P/2 (P is odd: never equal) go to the next multiple. */
    uint64_t dh = rh << 1 | rl >> 63, dl = rl << 1;
    if (sf_lt128(P66_HI, P66_LO, dh, dl)) {
        sf_sub128(P66_HI, P66_LO, rh, rl, &rh, &rl);
        neg = true;
        q++;
    }
    *quadrant = (unsigned)(q & 3);
    return sf_xf_norm(neg, 127 - 65, rh, rl);
}

/* sin(r) and/or cos(r) for |r| <= pi/4 by their Taylor series. */
static void sincos_series(sf_xf r, bool need_sin, bool need_cos, sf_xf *sn, sf_xf *cs)
{
    sf_xf w = sf_xf_mul(r, r), t = sf_xf_one, sum = sf_xf_one;
    *sn = *cs = r;
    for (uint32_t n = 2; n < 80 && need_sin; n += 2) {
        t = sf_xf_div_small(sf_xf_neg(sf_xf_mul(t, w)), n * (n + 1));
        sum = sf_xf_add(sum, t);
        if (sf_xf_is_zero(t) || t.exp < -STOP)
            break;
    }
    if (need_sin)
        *sn = sf_xf_mul(r, sum);
    t = sf_xf_one;
    sum = sf_xf_one;
    for (uint32_t n = 1; n < 80 && need_cos; n += 2) {
        t = sf_xf_div_small(sf_xf_neg(sf_xf_mul(t, w)), n * (n + 1));
        sum = sf_xf_add(sum, t);
        if (sf_xf_is_zero(t) || t.exp < -STOP)
            break;
    }
    *cs = sum;
}

enum { WANT_SIN = 1, WANT_COS = 2, WANT_TAN = 4 };

/* Evaluates the requested functions of a into out[0] (sin), out[1] (cos), out[2] (tan). */
static bool trig(sf_f80 a, int want, sf_f80 out[3], sf_status *s)
{
    const sf_fmt *f = &sf_fmt80;
    sf_unp u = sf_unpack80(a);
    s->c1 = false;
    switch (u.cls) {
    case SF_CLS_UNSUP:
    case SF_CLS_INF:
        out[0] = out[1] = out[2] = sf_invalid(f, s);
        return true;
    case SF_CLS_QNAN:
    case SF_CLS_SNAN:
        out[0] = out[1] = out[2] = sf_propagate_nan1(f, &u, s);
        return true;
    case SF_CLS_ZERO:
        out[0] = out[2] = a;
        out[1] = sf_f80_make(0x3fff, 1ull << 63);
        return true;
    default:
        break;
    }
    if (u.exp >= 63)
        return false;
    sf_flag_denormal(&u, NULL, s);
    unsigned k;
    sf_xf r = reduce(&u, &k), sn, cs, fs, fc;
    /* Odd quadrants swap the roles of sine and cosine. */
    bool tan = want & WANT_TAN;
    bool need_sn = tan || (want & (k & 1 ? WANT_COS : WANT_SIN));
    bool need_cs = tan || (want & (k & 1 ? WANT_SIN : WANT_COS));
    sincos_series(r, need_sn, need_cs, &sn, &cs);
    switch (k) {
    case 0: fs = sn; fc = cs; break;
    case 1: fs = cs; fc = sf_xf_neg(sn); break;
    case 2: fs = sf_xf_neg(sn); fc = sf_xf_neg(cs); break;
    default: fs = sf_xf_neg(cs); fc = sn; break;
    }
    if (u.sign)
        fs = sf_xf_neg(fs);
    if (tan) {
        sf_xf t;
        if (r.exp < -40) {
            /* For a tiny r, sin r and cos r differ from r and 1 by far less than 2^-128 and
             * their quotient would lose which side of r (or 1/r) the value lies: use
             * tan r = r + r^3/3 and -cot r = -(1/r - r/3) (period pi). */
            if (k & 1)
                t = sf_xf_neg(sf_xf_sub(sf_xf_div(sf_xf_one, r), sf_xf_div_small(r, 3)));
            else
                t = sf_xf_add(r, sf_xf_div_small(sf_xf_mul(r, sf_xf_mul(r, r)), 3));
            if (u.sign)
                t = sf_xf_neg(t);
        } else {
            t = sf_xf_div(fs, fc);
        }
        out[2] = sf_xf_round_f80(t, s);
    }
    if (want & WANT_SIN)
        out[0] = sf_xf_round_f80(fs, s);
    if (want & WANT_COS) {
        bool c1 = s->c1;
        out[1] = sf_xf_round_f80(fc, s);
        /* FSINCOS reports C1 of the sine, which ends up in ST(1). */
        if (want & WANT_SIN)
            s->c1 = c1;
    }
    return true;
}

bool sf_f80_sin(sf_f80 a, sf_f80 *r, sf_status *s)
{
    sf_f80 out[3];
    if (!trig(a, WANT_SIN, out, s))
        return false;
    *r = out[0];
    return true;
}

bool sf_f80_cos(sf_f80 a, sf_f80 *r, sf_status *s)
{
    sf_f80 out[3];
    if (!trig(a, WANT_COS, out, s))
        return false;
    *r = out[1];
    return true;
}

bool sf_f80_tan(sf_f80 a, sf_f80 *r, sf_status *s)
{
    sf_f80 out[3];
    if (!trig(a, WANT_TAN, out, s))
        return false;
    *r = out[2];
    return true;
}

bool sf_f80_sincos(sf_f80 a, sf_f80 *sin, sf_f80 *cos, sf_status *s)
{
    sf_f80 out[3];
    if (!trig(a, WANT_SIN | WANT_COS, out, s))
        return false;
    *sin = out[0];
    *cos = out[1];
    return true;
}

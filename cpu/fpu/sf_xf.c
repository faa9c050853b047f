/* The 128-bit-significand working format of the transcendentals (see sf-xf.h): add,
 * multiply, divide, small-integer divide, and the final rounding to floatx80. */
#include "cpu/fpu/sf-xf.h"

const sf_xf sf_xf_one = { false, 0, 1ull << 63, 0 };
const sf_xf sf_xf_ln2 = { false, -1, 0xB17217F7D1CF79ABull, 0xC9E3B39803F2F6AFull };
const sf_xf sf_xf_log2e = { false, 0, 0xB8AA3B295C17F0BBull, 0xBE87FED0691D3E88ull };
const sf_xf sf_xf_pi = { false, 1, 0xC90FDAA22168C234ull, 0xC4C6628B80DC1CD1ull };
const sf_xf sf_xf_pi_2 = { false, 0, 0xC90FDAA22168C234ull, 0xC4C6628B80DC1CD1ull };
const sf_xf sf_xf_pi_4 = { false, -1, 0xC90FDAA22168C234ull, 0xC4C6628B80DC1CD1ull };
const sf_xf sf_xf_3pi_4 = { false, 1, 0x96CBE3F9990E91A7ull, 0x9394C9E8A0A5159Cull };

sf_xf sf_xf_norm(bool sign, int32_t exp, uint64_t hi, uint64_t lo)
{
    if (!hi && !lo)
        return sf_xf_make(sign, 0, 0, 0);
    int n = sf_clz128(hi, lo);
    sf_shl128(&hi, &lo, n);
    return sf_xf_make(sign, exp - n, hi, lo);
}

sf_xf sf_xf_from_unp(const sf_unp *u)
{
    if (u->cls != SF_CLS_NORMAL)
        return sf_xf_make(u->sign, 0, 0, 0);
    return sf_xf_make(u->sign, u->exp, u->sig, 0);
}

sf_xf sf_xf_from_int(int64_t v)
{
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    return sf_xf_norm(v < 0, 63, m, 0);
}

int sf_xf_cmp_abs(sf_xf a, sf_xf b)
{
    if (sf_xf_is_zero(a) || sf_xf_is_zero(b))
        return sf_xf_is_zero(a) ? (sf_xf_is_zero(b) ? 0 : -1) : 1;
    if (a.exp != b.exp)
        return a.exp > b.exp ? 1 : -1;
    if (a.hi != b.hi || a.lo != b.lo)
        return sf_lt128(a.hi, a.lo, b.hi, b.lo) ? -1 : 1;
    return 0;
}

sf_xf sf_xf_add(sf_xf a, sf_xf b)
{
    if (sf_xf_is_zero(b))
        return a;
    if (sf_xf_is_zero(a))
        return b;
    if (sf_xf_cmp_abs(a, b) < 0) {
        sf_xf t = a;
        a = b;
        b = t;
    }
    /* A negligible b still counts as a sticky bit with its sign, so the direction of
     * the error is kept (sin x must round as "just under x"). */
    int64_t d = (int64_t)a.exp - b.exp;
    if (d > 200)
        d = 200;
    /* One bit of headroom for the carry. */
    uint64_t ah = a.hi, al = a.lo, bh = b.hi, bl = b.lo, rh, rl;
    sf_shr128_jam(&ah, &al, 1);
    sf_shr128_jam(&bh, &bl, (int32_t)d + 1);
    if (a.sign == b.sign)
        sf_add128(ah, al, bh, bl, &rh, &rl);
    else
        sf_sub128(ah, al, bh, bl, &rh, &rl);
    return sf_xf_norm(a.sign, a.exp + 1, rh, rl);
}

sf_xf sf_xf_sub(sf_xf a, sf_xf b)
{
    return sf_xf_add(a, sf_xf_neg(b));
}

sf_xf sf_xf_mul(sf_xf a, sf_xf b)
{
    bool sign = a.sign != b.sign;
    if (sf_xf_is_zero(a) || sf_xf_is_zero(b))
        return sf_xf_make(sign, 0, 0, 0);
    /* Full 256-bit product r3:r2:r1:r0 of the two 128-bit significands. */
    uint64_t hh_h, hh_l, hl_h, hl_l, lh_h, lh_l, ll_h, ll_l;
    sf_mul64(a.hi, b.hi, &hh_h, &hh_l);
    sf_mul64(a.hi, b.lo, &hl_h, &hl_l);
    sf_mul64(a.lo, b.hi, &lh_h, &lh_l);
    sf_mul64(a.lo, b.lo, &ll_h, &ll_l);
    uint64_t r1 = ll_h, r2 = hh_l, r3 = hh_h, c;
    r1 += hl_l;
    c = r1 < hl_l;
    r1 += lh_l;
    c += r1 < lh_l;
    uint64_t mid = hl_h + c;
    uint64_t c2 = mid < c;
    r2 += mid;
    c2 += r2 < mid;
    r2 += lh_h;
    c2 += r2 < lh_h;
    r3 += c2;
    /* The bits below the kept 128 are jammed into the last one. */
    bool sticky = (r1 << 1) != 0 || ll_l != 0;
    if (r3 >> 63)
        return sf_xf_make(sign, a.exp + b.exp + 1, r3, r2 | (r1 != 0) | sticky);
    return sf_xf_make(sign, a.exp + b.exp, r3 << 1 | r2 >> 63, r2 << 1 | r1 >> 63 | sticky);
}

sf_xf sf_xf_div(sf_xf a, sf_xf b)
{
    bool sign = a.sign != b.sign;
    if (sf_xf_is_zero(a))
        return sf_xf_make(sign, 0, 0, 0);
    /* Restoring division: Q = floor(A * 2^127 / B), one bit per step; R < 2B needs a
     * 129th bit, kept in carry. */
    uint64_t rh = a.hi, rl = a.lo, qh = 0, ql = 0;
    bool carry = false;
    for (int bit = 127; bit >= 0; bit--) {
        if (carry || !sf_lt128(rh, rl, b.hi, b.lo)) {
            sf_sub128(rh, rl, b.hi, b.lo, &rh, &rl);
            if (bit >= 64)
                qh |= 1ull << (bit - 64);
            else
                ql |= 1ull << bit;
        }
        carry = rh >> 63;
        sf_shl128(&rh, &rl, 1);
    }
    return sf_xf_norm(sign, a.exp - b.exp, qh, ql | ((rh | rl) != 0));
}

sf_xf sf_xf_div_small(sf_xf a, uint32_t d)
{
    /* Five 32-bit quotient digits: the 128-bit dividend and one more below it. */
    uint32_t digits[5] = { (uint32_t)(a.hi >> 32), (uint32_t)a.hi, (uint32_t)(a.lo >> 32),
                           (uint32_t)a.lo, 0 };
    uint64_t r = 0, q[5];
    for (int i = 0; i < 5; i++) {
        uint64_t cur = r << 32 | digits[i];
        q[i] = cur / d;
        r = cur % d;
    }
    uint64_t hi = q[0] << 32 | q[1], lo = q[2] << 32 | q[3] | (r != 0);
    int n = sf_clz128(hi, lo);
    sf_shl128(&hi, &lo, n);
    /* A dividend >= 2^127 and d < 2^32 leave at most 32 leading zeros; a zero dividend
     * leaves 128 and nothing to bring in (a shift by 32 - n would be undefined). */
    if (n && n < 32)
        lo |= q[4] >> (32 - n);
    return sf_xf_make(a.sign, a.exp - n, hi, lo);
}

sf_f80 sf_xf_round_f80(sf_xf a, sf_status *s)
{
    return sf_round_pack(&sf_fmt80, 64, a.sign, a.exp, a.hi, a.lo | 1, s);
}

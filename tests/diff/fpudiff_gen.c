/* fpudiff: random operands biased towards the places where floating point goes wrong —
 * zeros, infinities, both kinds of NaN, denormals, pseudo-denormals and unsupported
 * floatx80 encodings, exponents at the range ends, significands of all ones or a single
 * bit, and pairs of operands close to each other (cancellation, ties, halfway cases). */
#include "tests/diff/fpudiff.h"

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

void fd_seed(uint64_t seed)
{
    rng_state = seed ^ 0x9e3779b97f4a7c15ull;
}

/* splitmix64 */
uint64_t fd_rand(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* A 64-bit significand with bit 63 set and an edge-prone bit pattern. */
static uint64_t gen_sig(void)
{
    unsigned k = fd_below(64);
    switch (fd_below(10)) {
    case 0: return ~0ull;
    case 1: return 1ull << 63;
    case 2: return (1ull << 63) | (fd_rand() & ((1ull << k) - 1));
    case 3: return (1ull << 63) | (fd_rand() << k);
    case 4: return ~0ull << k;
    case 5: return (1ull << 63) | (1ull << (k & 62));
    case 6: return (1ull << 63) | (~0ull >> (k % 63 + 1)) >> (fd_below(2) * 30);
    default: return (1ull << 63) | fd_rand();
    }
}

sf_f80 fd_f80_in(int lo, int hi, int sign)
{
    int e = lo + (int)fd_below((unsigned)(hi - lo + 1));
    uint16_t sbit = (uint16_t)((sign < 0 ? fd_rand() & 1 : (uint64_t)sign) << 15);
    return sf_f80_make(sbit | (uint16_t)(e + 16383), gen_sig());
}

sf_f80 fd_gen_f80(void)
{
    uint16_t sign = (uint16_t)((fd_rand() & 1) << 15);
    uint64_t sig = gen_sig();
    switch (fd_below(32)) {
    case 0: return sf_f80_make(sign, 0);
    case 1: return sf_f80_make(sign | 0x7fff, 1ull << 63);
    case 2: return sf_f80_make(sign | 0x7fff, (3ull << 62) | (fd_rand() >> fd_below(64)));
    case 3: /* SNaN: quiet bit clear, payload not zero */
        return sf_f80_make(sign | 0x7fff, (1ull << 63) | ((fd_rand() >> 2) | 1) >> fd_below(62));
    case 4:
    case 5: return sf_f80_make(sign, sig >> (1 + fd_below(63)));
    case 6: /* pseudo-denormal */
        if (fd_below(4) == 0)
            return sf_f80_make(sign, sig);
        return sf_f80_make(sign, sig >> 1);
    case 7: /* unsupported: pseudo-NaN/-infinity, unnormal, pseudo-zero */
        if (fd_below(4) == 0) {
            uint16_t e = fd_below(2) ? 0x7fff : (uint16_t)(1 + fd_below(0x7ffe));
            return sf_f80_make(sign | e, fd_below(4) ? sig >> 1 : 0);
        }
        return sf_f80_make(sign | (uint16_t)(1 + fd_below(70)), sig);
    case 8:
    case 9: return sf_f80_make(sign | (uint16_t)(1 + fd_below(70)), sig);
    case 10:
    case 11: return sf_f80_make(sign | (uint16_t)(0x7ffe - fd_below(70)), sig);
    case 12: case 13: case 14: case 15: case 16: case 17: case 18:
        return sf_f80_make(sign | (uint16_t)(0x3fff - 70 + fd_below(141)), sig);
    case 19: /* values of the float32/float64 ranges' edges */
        return sf_f80_make(sign | (uint16_t)(16383 + (fd_below(2) ? 127 : -126) +
                                             (int)fd_below(50) - 25), sig);
    case 20:
        return sf_f80_make(sign | (uint16_t)(16383 + (fd_below(2) ? 1023 : -1022) +
                                             (int)fd_below(110) - 55), sig);
    default: return sf_f80_make(sign | (uint16_t)(1 + fd_below(0x7ffe)), sig);
    }
}

/* float32/float64 from a generic (exponent class, significand) choice. */
static uint64_t gen_ieee(int ebits, int fbits)
{
    uint64_t emax = (1ull << ebits) - 1, bias = emax >> 1;
    uint64_t sign = (fd_rand() & 1) << (ebits + fbits);
    uint64_t frac = (gen_sig() << 1) >> (64 - fbits), e;
    uint64_t fmask = (1ull << fbits) - 1;
    switch (fd_below(24)) {
    case 0: return sign;
    case 1: return sign | emax << fbits;
    case 2: /* QNaN */
        return sign | emax << fbits | 1ull << (fbits - 1) | (fd_rand() & fmask) >> fd_below(fbits);
    case 3: return sign | emax << fbits | (((fd_rand() & (fmask >> 1)) | 1) >> fd_below(fbits - 1));
    case 4:
    case 5: return sign | ((frac >> fd_below((unsigned)fbits)) | (fd_below(8) == 0));
    case 6:
    case 7: e = 1 + fd_below(30); break;
    case 8:
    case 9: e = emax - 1 - fd_below(30); break;
    case 10: case 11: case 12: case 13: case 14: case 15:
        e = bias - 30 + fd_below(61);
        break;
    default: e = 1 + fd_below((unsigned)emax - 1); break;
    }
    return sign | e << fbits | frac;
}

sf_f64 fd_gen_f64(void)
{
    return gen_ieee(11, 52);
}

sf_f32 fd_gen_f32(void)
{
    return (sf_f32)gen_ieee(8, 23);
}

sf_f80 fd_near_f80(sf_f80 a)
{
    unsigned k = fd_below(64);
    int e = a.se & 0x7fff;
    switch (fd_below(7)) {
    case 0: return sf_f80_make(a.se ^ (uint16_t)((fd_rand() & 1) << 15), gen_sig());
    case 1: return sf_f80_make(a.se, a.sig ^ (fd_rand() & ((1ull << k) - 1)));
    case 2: {
        int ne = e + (int)fd_below(140) - 70;
        if (ne < 1 || ne > 0x7ffe)
            ne = e ? e : 1;
        return sf_f80_make((uint16_t)((a.se & 0x8000) | ne), gen_sig());
    }
    case 3: return sf_f80_make(a.se ^ 0x8000, a.sig ^ (fd_rand() & ((1ull << (k & 15)) - 1)));
    case 4: return fd_below(2) ? a : sf_f80_make(a.se ^ 0x8000, a.sig);
    default: return fd_gen_f80();
    }
}

static uint64_t near_ieee(uint64_t a, int ebits, int fbits)
{
    unsigned k = fd_below((unsigned)fbits + 1);
    uint64_t signbit = 1ull << (ebits + fbits), fmask = (1ull << fbits) - 1;
    uint64_t emask = ((1ull << ebits) - 1) << fbits;
    switch (fd_below(7)) {
    case 0: return (a & emask) | (fd_rand() & (fmask | signbit));
    case 1: return a ^ (fd_rand() & ((1ull << k) - 1));
    case 2: {
        int64_t e = (int64_t)((a & emask) >> fbits) + (int64_t)fd_below(60) - 30;
        if (e < 1 || e >= (1 << ebits) - 1)
            e = 1;
        return (a & signbit) | (uint64_t)e << fbits | (fd_rand() & fmask);
    }
    case 3: return (a ^ signbit) ^ (fd_rand() & ((1ull << (k & 15)) - 1));
    case 4: return fd_below(2) ? a : a ^ signbit;
    default: return gen_ieee(ebits, fbits);
    }
}

sf_f64 fd_near_f64(sf_f64 a)
{
    return near_ieee(a, 11, 52);
}

sf_f32 fd_near_f32(sf_f32 a)
{
    return (sf_f32)near_ieee(a, 8, 23);
}

uint16_t fd_gen_cw(void)
{
    static const uint16_t pc[3] = { 0, 2, 3 };
    return (uint16_t)(0x007f | pc[fd_below(3)] << 8 | fd_below(4) << 10);
}

uint32_t fd_gen_mxcsr(void)
{
    uint32_t m = 0x1f80 | fd_below(4) << 13;
    if (fd_below(4) == 0)
        m |= 0x8000; /* FTZ */
    if (fd_below(4) == 0)
        m |= 0x40; /* DAZ */
    return m;
}

/* fpudiff: x87 transcendentals against the host x87 over their documented domains (SDM
 * vol. 2: F2XM1 |x| <= 1, FYL2XP1 |x| < 1 - sqrt(2)/2, FSIN/FCOS/FPTAN/FSINCOS |x| < 2^63,
 * FYL2X and FPATAN everywhere). Neither side is correctly rounded, so finite results may
 * differ by up to FD_TRANS_TOLERANCE ulps (of the 64-bit significand); special results
 * (zeros, infinities, NaNs, out of range) must match exactly, with their flags. The
 * largest difference seen for each instruction is printed. */
#include <stdio.h>

#include "tests/diff/fpudiff.h"

#define HEX80(x) (x).se, (unsigned long long)(x).sig

/* Position of a finite floatx80 on the number line, in ulps (denormals included). */
static __int128 ordinal(sf_f80 a)
{
    __int128 e = a.se & 0x7fff;
    __int128 v = e ? e * ((__int128)1 << 63) + (__int128)(a.sig - (1ull << 63))
                   : (__int128)a.sig;
    return (a.se & 0x8000) ? -v : v;
}

static bool is_finite_nonzero(sf_f80 a)
{
    return (a.se & 0x7fff) != 0x7fff && (a.sig != 0);
}

typedef struct trans_stats {
    const char *name;
    unsigned long cases, differ, worst, c1_differ;
} trans_stats;

/* Compares one result; flags must match except that C1 and the rounding flags (PE/UE)
 * may follow the differing last bit. */
static void compare(trans_stats *ts, sf_f80 a, sf_f80 b, sf_f80 h, uint16_t sw, sf_f80 r,
                    const sf_status *st)
{
    ts->cases++;
    bool ok;
    if (fd_f80_eq(h, r)) {
        ok = (sw & SF_FLAG_ALL) == st->flags;
        if (ok && !!(sw & SF_C1) != st->c1)
            ts->c1_differ++;
    } else if (is_finite_nonzero(h) && is_finite_nonzero(r) && (h.se >> 15) == (r.se >> 15)) {
        __int128 d = ordinal(h) - ordinal(r);
        unsigned long ad = (unsigned long)(d < 0 ? -d : d);
        if (d > 1000000 || d < -1000000)
            ad = 1000000;
        ts->differ++;
        if (ad > ts->worst)
            ts->worst = ad;
        uint8_t mask = SF_FLAG_ALL & ~(SF_FLAG_INEXACT | SF_FLAG_UNDERFLOW);
        ok = ad <= FD_TRANS_TOLERANCE && ((sw & mask) == (st->flags & mask));
    } else {
        ok = false;
    }
    fd_check(ts->name, ok,
             "a %04x:%016llx b %04x:%016llx -> host %04x:%016llx sw %04x, soft %04x:%016llx "
             "flags %02x", HEX80(a), HEX80(b), HEX80(h), sw, HEX80(r), st->flags);
}

/* Mostly in-domain operands, sometimes a special one. */
static sf_f80 operand(int lo, int hi, int sign)
{
    if (fd_below(16) == 0)
        return fd_gen_f80();
    return fd_f80_in(lo, hi, sign);
}

/* k * pi/2 nudged by a few ulps: where the 66-bit pi of the reduction shows. */
static sf_f80 near_pi_multiple(void)
{
    sf_status st = sf_status_x87(0x37f);
    int64_t k = (int64_t)(fd_rand() >> fd_below(64)) >> 1;
    sf_f80 m = sf_f80_mul(sf_i64_to_f80(k ? k : 1, &st), sf_f80_const(SF_CONST_PI, &st), &st);
    m.se = (uint16_t)(m.se - 1);
    m.sig += fd_rand() & 7;
    m.sig -= fd_rand() & 7;
    m.sig |= 1ull << 63;
    if ((m.se & 0x7fff) >= 0x3fff + 63)
        m.se = 0x3fff + 62;
    return m;
}

void fd_run_transcendentals(unsigned count)
{
    trans_stats f2xm1 = { "x87 f2xm1", 0, 0, 0, 0 }, yl2x = { "x87 fyl2x", 0, 0, 0, 0 };
    trans_stats yl2xp1 = { "x87 fyl2xp1", 0, 0, 0, 0 }, patan = { "x87 fpatan", 0, 0, 0, 0 };
    trans_stats fsin = { "x87 fsin", 0, 0, 0, 0 }, fcos = { "x87 fcos", 0, 0, 0, 0 };
    trans_stats ptan = { "x87 fptan", 0, 0, 0, 0 }, sincos = { "x87 fsincos", 0, 0, 0, 0 };
    sf_f80 h0, h1, r, r2;
    for (unsigned i = 0; i < count; i++) {
        uint16_t cw = fd_gen_cw(), sw;
        sf_status st;

        sf_f80 x = operand(-70, -1, -1);
        if (fd_below(32) == 0)
            x = sf_f80_make(fd_below(2) ? 0x3fff : 0xbfff, 1ull << 63);
        sw = fd_x87(FD_X87_F2XM1, cw, x, x, &h0, &h1);
        st = sf_status_x87(cw);
        r = sf_f80_f2xm1(x, &st);
        compare(&f2xm1, x, x, h0, sw, r, &st);

        sf_f80 y = operand(-80, 80, -1);
        x = fd_below(3) ? fd_f80_in(-1, 0, 0) : operand(-16000, 16000, 0);
        if (fd_below(4) == 0) { /* close to 1 */
            uint64_t d = fd_rand() >> fd_below(64);
            x = fd_below(2) ? sf_f80_make(0x3fff, (1ull << 63) | d)
                            : sf_f80_make(0x3ffe, ~0ull - d);
        }
        sw = fd_x87(FD_X87_YL2X, cw, x, y, &h0, &h1);
        st = sf_status_x87(cw);
        r = sf_f80_yl2x(y, x, &st);
        compare(&yl2x, x, y, h0, sw, r, &st);

        x = operand(-70, -3, -1);
        if (fd_below(4) == 0)
            x = fd_f80_in(-2, -2, -1); /* up to 1/2; keep under 0.29 */
        if ((x.se & 0x7fff) == 0x3ffd && x.sig > 0x95f619980c4336f7ull)
            x.sig = 0x95f619980c4336f7ull;
        sw = fd_x87(FD_X87_YL2XP1, cw, x, y, &h0, &h1);
        st = sf_status_x87(cw);
        r = sf_f80_yl2xp1(y, x, &st);
        compare(&yl2xp1, x, y, h0, sw, r, &st);

        x = operand(-100, 100, -1);
        y = fd_below(2) ? fd_near_f80(x) : operand(-100, 100, -1);
        sw = fd_x87(FD_X87_PATAN, cw, x, y, &h0, &h1);
        st = sf_status_x87(cw);
        r = sf_f80_patan(y, x, &st);
        compare(&patan, x, y, h0, sw, r, &st);

        x = fd_below(4) == 0 ? near_pi_multiple() : operand(-70, 64, -1);
        sw = fd_x87(FD_X87_SIN, cw, x, x, &h0, &h1);
        st = sf_status_x87(cw);
        if (!sf_f80_sin(x, &r, &st))
            r = x;
        compare(&fsin, x, x, h0, sw, r, &st);

        sw = fd_x87(FD_X87_COS, cw, x, x, &h0, &h1);
        st = sf_status_x87(cw);
        if (!sf_f80_cos(x, &r, &st))
            r = x;
        compare(&fcos, x, x, h0, sw, r, &st);

        sw = fd_x87(FD_X87_PTAN, cw, x, x, &h0, &h1);
        st = sf_status_x87(cw);
        /* FPTAN leaves 1.0 in ST(0) and tan in ST(1) unless out of range; a NaN result
         * is pushed in place of the 1.0. */
        if (sf_f80_tan(x, &r, &st)) {
            sf_f80 pushed = sf_f80_is_nan(r) ? r : sf_f80_make(0x3fff, 1ull << 63);
            fd_check("x87 fptan push", fd_f80_eq(h0, pushed),
                     "a %04x:%016llx -> st0 %04x:%016llx", HEX80(x), HEX80(h0));
            h0 = h1;
        } else {
            r = x;
        }
        compare(&ptan, x, x, h0, sw, r, &st);

        sw = fd_x87(FD_X87_SINCOS, cw, x, x, &h0, &h1);
        st = sf_status_x87(cw);
        if (sf_f80_sincos(x, &r, &r2, &st)) {
            sf_status st2 = st;
            compare(&sincos, x, x, h1, sw, r, &st);     /* sin in ST(1) */
            compare(&sincos, x, x, h0, sw, r2, &st2);   /* cos in ST(0) */
        } else {
            compare(&sincos, x, x, h0, sw, x, &st);
        }
    }
    trans_stats *all[] = { &f2xm1, &yl2x, &yl2xp1, &patan, &fsin, &fcos, &ptan, &sincos };
    for (size_t k = 0; k < sizeof(all) / sizeof(all[0]); k++)
        printf("  %-12s %8lu results, %7lu differ by 1+ ulp (max %lu), %lu equal with other C1\n",
               all[k]->name, all[k]->cases, all[k]->differ, all[k]->worst, all[k]->c1_differ);
}

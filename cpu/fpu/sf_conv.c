/* Conversions: between float32, float64 and floatx80 (FLD/FST m32/m64, CVTSS2SD,
 * CVTSD2SS) and to/from integers (FIST/FISTTP/FILD, CVT(T)SS2SI, CVTSI2SS...). Out of
 * range or NaN to integer gives the "integer indefinite" with #IA (SDM vol. 2, FIST and
 * CVTSS2SI); NaNs keep their payload's high bits and become quiet (vol. 1, 4.8.3.5). */
#include "cpu/fpu/sf-internal.h"

/* Converts u to fmt, rounding with s when it does not fit. */
static sf_f80 convert(const sf_fmt *fmt, const sf_unp *u, sf_status *s)
{
    s->c1 = false;
    switch (u->cls) {
    case SF_CLS_UNSUP:
        return sf_invalid(fmt, s);
    case SF_CLS_QNAN:
    case SF_CLS_SNAN:
        return sf_propagate_nan1(fmt, u, s);
    case SF_CLS_NORMAL:
        sf_flag_denormal(u, NULL, s);
        return sf_round_pack(fmt, fmt->prec, u->sign, u->exp, u->sig, 0, s);
    default:
        return sf_pack_special(fmt, u);
    }
}

sf_f64 sf_f32_to_f64(sf_f32 a, sf_status *s)
{
    sf_unp u = sf_unpack32(a, s->daz);
    return sf_to64(convert(&sf_fmt64, &u, s));
}

sf_f32 sf_f64_to_f32(sf_f64 a, sf_status *s)
{
    sf_unp u = sf_unpack64(a, s->daz);
    return sf_to32(convert(&sf_fmt32, &u, s));
}

sf_f80 sf_f32_to_f80(sf_f32 a, sf_status *s)
{
    sf_unp u = sf_unpack32(a, s->daz);
    return convert(&sf_fmt80, &u, s);
}

sf_f80 sf_f64_to_f80(sf_f64 a, sf_status *s)
{
    sf_unp u = sf_unpack64(a, s->daz);
    return convert(&sf_fmt80, &u, s);
}

/* FST m32/m64 does not report a denormal source (SDM vol. 2, FST: no #D). */
sf_f32 sf_f80_to_f32(sf_f80 a, sf_status *s)
{
    sf_unp u = sf_unpack80(a);
    u.denorm = false;
    return sf_to32(convert(&sf_fmt32, &u, s));
}

sf_f64 sf_f80_to_f64(sf_f80 a, sf_status *s)
{
    sf_unp u = sf_unpack80(a);
    u.denorm = false;
    return sf_to64(convert(&sf_fmt64, &u, s));
}

/* ---------------- to integers ---------------- */

uint64_t sf_int_part(const sf_unp *u, uint64_t *extra)
{
    if (u->exp >= 0) {
        *extra = u->sig << (u->exp + 1);
        return u->sig >> (63 - u->exp);
    }
    if (u->exp < -63)
        *extra = 1;
    else if (u->exp == -1)
        *extra = u->sig;
    else
        *extra = (u->sig >> (-1 - u->exp)) | (u->sig << (65 + u->exp) != 0);
    return 0;
}

static int64_t to_int(const sf_unp *u, int bits, int mode, sf_status *s)
{
    const int64_t indefinite = (int64_t)(~0ull << (bits - 1));
    uint64_t mag, extra;
    s->c1 = false;
    switch (u->cls) {
    case SF_CLS_ZERO:
        return 0;
    case SF_CLS_NORMAL:
        break;
    default:
        s->flags |= SF_FLAG_INVALID;
        return indefinite;
    }
    if (u->exp > 63) {
        s->flags |= SF_FLAG_INVALID;
        return indefinite;
    }
    if (u->exp == 63) {
        mag = u->sig;
        extra = 0;
    } else {
        mag = sf_int_part(u, &extra);
    }
    bool inc = sf_round_increment(mode, u->sign, mag, extra);
    if (inc && mag == ~0ull) {
        s->flags |= SF_FLAG_INVALID;
        return indefinite;
    }
    mag += inc;
    uint64_t limit = (1ull << (bits - 1)) - !u->sign;
    if (mag > limit) {
        s->flags |= SF_FLAG_INVALID;
        return indefinite;
    }
    if (extra)
        s->flags |= SF_FLAG_INEXACT;
    s->c1 = inc;
    return u->sign ? (int64_t)(0 - mag) : (int64_t)mag;
}

#define SF_TO_INT(fmt, type, unpack, bits, itype)                                          \
    itype sf_##fmt##_to_i##bits(type a, sf_status *s)                                      \
    {                                                                                      \
        sf_unp u = unpack;                                                                 \
        return (itype)to_int(&u, bits, s->round, s);                                       \
    }                                                                                      \
    itype sf_##fmt##_to_i##bits##_trunc(type a, sf_status *s)                              \
    {                                                                                      \
        sf_unp u = unpack;                                                                 \
        return (itype)to_int(&u, bits, SF_ROUND_ZERO, s);                                  \
    }

SF_TO_INT(f32, sf_f32, sf_unpack32(a, s->daz), 16, int16_t)
SF_TO_INT(f32, sf_f32, sf_unpack32(a, s->daz), 32, int32_t)
SF_TO_INT(f32, sf_f32, sf_unpack32(a, s->daz), 64, int64_t)
SF_TO_INT(f64, sf_f64, sf_unpack64(a, s->daz), 16, int16_t)
SF_TO_INT(f64, sf_f64, sf_unpack64(a, s->daz), 32, int32_t)
SF_TO_INT(f64, sf_f64, sf_unpack64(a, s->daz), 64, int64_t)
SF_TO_INT(f80, sf_f80, sf_unpack80(a), 16, int16_t)
SF_TO_INT(f80, sf_f80, sf_unpack80(a), 32, int32_t)
SF_TO_INT(f80, sf_f80, sf_unpack80(a), 64, int64_t)

/* ---------------- from integers ---------------- */

static sf_f80 from_int(const sf_fmt *fmt, int64_t a, sf_status *s)
{
    bool sign = a < 0;
    uint64_t mag = sign ? 0 - (uint64_t)a : (uint64_t)a;
    return sf_round_pack(fmt, fmt->prec, sign, 63, mag, 0, s);
}

sf_f32 sf_i32_to_f32(int32_t a, sf_status *s)
{
    return sf_to32(from_int(&sf_fmt32, a, s));
}

sf_f32 sf_i64_to_f32(int64_t a, sf_status *s)
{
    return sf_to32(from_int(&sf_fmt32, a, s));
}

sf_f64 sf_i32_to_f64(int32_t a, sf_status *s)
{
    return sf_to64(from_int(&sf_fmt64, a, s));
}

sf_f64 sf_i64_to_f64(int64_t a, sf_status *s)
{
    return sf_to64(from_int(&sf_fmt64, a, s));
}

sf_f80 sf_i32_to_f80(int32_t a, sf_status *s)
{
    return from_int(&sf_fmt80, a, s);
}

sf_f80 sf_i64_to_f80(int64_t a, sf_status *s)
{
    return from_int(&sf_fmt80, a, s);
}

/* ---------------- packed BCD ---------------- */

/* FBLD: digits are not checked; an invalid digit gives an undefined value (SDM vol. 2,
 * FBLD), here the weighted sum. */
sf_f80 sf_bcd_to_f80(const uint8_t bcd[10], sf_status *s)
{
    uint64_t v = 0;
    for (int i = 8; i >= 0; i--)
        v = v * 100 + (uint64_t)(bcd[i] >> 4) * 10 + (bcd[i] & 15);
    return sf_round_pack(&sf_fmt80, 64, bcd[9] >> 7, 63, v, 0, s);
}

/* FBSTP: rounds with s->round; beyond 18 digits, NaN or unsupported -> #IA and the
 * packed BCD indefinite (SDM vol. 2, FBSTP). A denormal source is not #D. */
void sf_f80_to_bcd(sf_f80 a, uint8_t bcd[10], sf_status *s)
{
    sf_unp u = sf_unpack80(a);
    sf_status t = *s;
    t.flags = 0;
    int64_t v = to_int(&u, 64, s->round, &t);
    uint64_t mag = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    s->c1 = false;
    if ((t.flags & SF_FLAG_INVALID) || mag > 999999999999999999ull) {
        static const uint8_t indefinite[10] = { 0, 0, 0, 0, 0, 0, 0, 0xc0, 0xff, 0xff };
        for (int i = 0; i < 10; i++)
            bcd[i] = indefinite[i];
        s->flags |= SF_FLAG_INVALID;
        return;
    }
    s->flags |= t.flags;
    s->c1 = t.c1;
    for (int i = 0; i < 9; i++) {
        bcd[i] = (uint8_t)((mag % 10) | (mag / 10 % 10) << 4);
        mag /= 100;
    }
    bcd[9] = u.sign ? 0x80 : 0;
}

/* Round to integral (FRNDINT, ROUNDSS/ROUNDSD), FSCALE, FXTRACT and the x87 load-constant
 * values (FLDPI and kin). SDM vol. 2: FRNDINT, ROUNDSS ("Precision exception signaled
 * only if imm8 bit 3 is 0"), FSCALE (table 3-45), FXTRACT, FLD1/FLDL2T/.../FLDZ. */
#include "cpu/fpu/sf-internal.h"

static sf_f80 rint_unp(const sf_fmt *fmt, sf_unp a, int mode, bool suppress_inexact,
                       sf_status *s)
{
    s->c1 = false;
    if (a.cls == SF_CLS_UNSUP)
        return sf_invalid(fmt, s);
    if (sf_is_nan_cls(&a))
        return sf_propagate_nan1(fmt, &a, s);
    if (a.cls != SF_CLS_NORMAL)
        return sf_pack_special(fmt, &a);
    if (fmt->kind == SF_K80)
        sf_flag_denormal(&a, NULL, s);
    if (a.exp >= 63)
        return sf_round_pack(fmt, fmt->prec, a.sign, a.exp, a.sig, 0, s);
    uint64_t extra, mag = sf_int_part(&a, &extra);
    bool inc = sf_round_increment(mode, a.sign, mag, extra);
    sf_f80 r = sf_round_pack(fmt, fmt->prec, a.sign, 63, mag + inc, 0, s);
    if (extra && !suppress_inexact)
        s->flags |= SF_FLAG_INEXACT;
    s->c1 = inc;
    return r;
}

sf_f80 sf_f80_round_to_int(sf_f80 a, sf_status *s)
{
    return rint_unp(&sf_fmt80, sf_unpack80(a), s->round, false, s);
}

sf_f32 sf_f32_round_to_int(sf_f32 a, int mode, bool suppress_inexact, sf_status *s)
{
    return sf_to32(rint_unp(&sf_fmt32, sf_unpack32(a, s->daz), mode, suppress_inexact, s));
}

sf_f64 sf_f64_round_to_int(sf_f64 a, int mode, bool suppress_inexact, sf_status *s)
{
    return sf_to64(rint_unp(&sf_fmt64, sf_unpack64(a, s->daz), mode, suppress_inexact, s));
}

/* Beyond this, a scale factor over- or underflows every floatx80 anyway. */
#define SCALE_LIMIT (1 << 20)

sf_f80 sf_f80_scale(sf_f80 a, sf_f80 b, sf_status *s)
{
    const sf_fmt *f = &sf_fmt80;
    sf_unp ua = sf_unpack80(a), ub = sf_unpack80(b);
    s->c1 = false;
    if (ua.cls == SF_CLS_UNSUP || ub.cls == SF_CLS_UNSUP)
        return sf_invalid(f, s);
    if (sf_is_nan_cls(&ua) || sf_is_nan_cls(&ub))
        return sf_propagate_nan2(f, &ua, &ub, s);
    if (ub.cls == SF_CLS_INF) {
        /* 0 * 2^+inf and inf * 2^-inf are invalid (table 3-45). */
        if ((!ub.sign && ua.cls == SF_CLS_ZERO) || (ub.sign && ua.cls == SF_CLS_INF))
            return sf_invalid(f, s);
        sf_flag_denormal(&ua, NULL, s);
        return ub.sign ? sf_pack_zero(f, ua.sign) : sf_pack_inf(f, ua.sign);
    }
    sf_flag_denormal(&ua, &ub, s);
    if (ua.cls != SF_CLS_NORMAL)
        return sf_pack_special(f, &ua);
    int32_t n = 0;
    if (ub.cls == SF_CLS_NORMAL && ub.exp >= 0) {
        n = ub.exp > 20 ? SCALE_LIMIT : (int32_t)(ub.sig >> (63 - ub.exp));
        if (ub.sign)
            n = -n;
    }
    return sf_round_pack(f, 64, ua.sign, ua.exp + n, ua.sig, 0, s);
}

void sf_f80_extract(sf_f80 a, sf_f80 *exp, sf_f80 *sig, sf_status *s)
{
    const sf_fmt *f = &sf_fmt80;
    sf_unp u = sf_unpack80(a);
    s->c1 = false;
    switch (u.cls) {
    case SF_CLS_UNSUP:
        *exp = *sig = sf_invalid(f, s);
        return;
    case SF_CLS_QNAN:
    case SF_CLS_SNAN:
        *exp = *sig = sf_propagate_nan1(f, &u, s);
        return;
    case SF_CLS_ZERO:
        /* SDM vol. 2, FXTRACT: a zero gives #Z, exponent -inf, significand the zero. */
        s->flags |= SF_FLAG_DIVZERO;
        *exp = sf_pack_inf(f, true);
        *sig = sf_pack_zero(f, u.sign);
        return;
    case SF_CLS_INF:
        *exp = sf_pack_inf(f, false);
        *sig = sf_pack_inf(f, u.sign);
        return;
    default:
        sf_flag_denormal(&u, NULL, s);
        *exp = sf_i32_to_f80(u.exp, s);
        *sig = sf_f80_make((uint16_t)(u.sign << 15 | 0x3fff), u.sig);
        return;
    }
}

/* The constants to 128 bits: value = (hi:lo) / 2^127 * 2^exp. */
static const struct {
    int32_t exp;
    uint64_t hi, lo;
} x87_consts[] = {
    [SF_CONST_L2T] = { 1, 0xD49A784BCD1B8AFEull, 0x492BF6FF4DAFDB4Cull },
    [SF_CONST_L2E] = { 0, 0xB8AA3B295C17F0BBull, 0xBE87FED0691D3E88ull },
    [SF_CONST_PI] = { 1, 0xC90FDAA22168C234ull, 0xC4C6628B80DC1CD1ull },
    [SF_CONST_LG2] = { -2, 0x9A209A84FBCFF798ull, 0x8F8959AC0B7C9178ull },
    [SF_CONST_LN2] = { -1, 0xB17217F7D1CF79ABull, 0xC9E3B39803F2F6AFull },
};

/* Rounded with RC but without raising inexact or setting C1 (SDM vol. 1, 8.3.4 and
 * vol. 2, FLDPI: the internal constants are more precise than 64 bits). */
sf_f80 sf_f80_const(int which, sf_status *s)
{
    uint8_t flags = s->flags;
    if (which < 0 || which > SF_CONST_LN2)
        return sf_default_nan(&sf_fmt80);
    sf_f80 r = sf_round_pack(&sf_fmt80, 64, false, x87_consts[which].exp, x87_consts[which].hi,
                             x87_consts[which].lo, s);
    s->flags = flags;
    s->c1 = false;
    return r;
}

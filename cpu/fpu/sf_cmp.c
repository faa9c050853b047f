/* Comparisons (FCOM/FUCOM, COMISS/UCOMISS and the SD forms), SSE MIN/MAX and FXAM
 * classification. SDM vol. 2: FCOM ("unordered" and #IA rules), FUCOM, COMISS, UCOMISS,
 * MINSS ("if either value is a NaN ... the second operand is returned"), FXAM. */
#include "cpu/fpu/sf-internal.h"

/* Orders two non-NaN operands: -1, 0, 1. Zeros of either sign are equal. */
static int order(const sf_unp *a, const sf_unp *b)
{
    if (a->cls == SF_CLS_ZERO && b->cls == SF_CLS_ZERO)
        return 0;
    if (a->sign != b->sign)
        return a->sign ? -1 : 1;
    /* Same sign: compare magnitudes (zero < finite < infinity). */
    int mag;
    if (a->cls != b->cls) {
        mag = a->cls == SF_CLS_INF || b->cls == SF_CLS_ZERO ? 1 : -1;
    } else if (a->cls != SF_CLS_NORMAL) {
        mag = 0;
    } else if (a->exp != b->exp) {
        mag = a->exp > b->exp ? 1 : -1;
    } else {
        mag = a->sig == b->sig ? 0 : (a->sig > b->sig ? 1 : -1);
    }
    return a->sign ? -mag : mag;
}

static int compare(const sf_unp *a, const sf_unp *b, bool quiet, sf_status *s)
{
    static const int rel[3] = { SF_CMP_LESS, SF_CMP_EQUAL, SF_CMP_GREATER };
    s->c1 = false;
    if (a->cls == SF_CLS_UNSUP || b->cls == SF_CLS_UNSUP) {
        s->flags |= SF_FLAG_INVALID;
        return SF_CMP_UNORDERED;
    }
    if (sf_is_nan_cls(a) || sf_is_nan_cls(b)) {
        if (!quiet || a->cls == SF_CLS_SNAN || b->cls == SF_CLS_SNAN)
            s->flags |= SF_FLAG_INVALID;
        return SF_CMP_UNORDERED;
    }
    sf_flag_denormal(a, b, s);
    return rel[order(a, b) + 1];
}

/* The common case of the float32/float64 compares, with no flag to report: neither
 * operand is a NaN or a denormal (zeros and infinities are fine). Sign-magnitude mapped
 * to two's complement orders such values as integers, -0 and +0 both becoming 0. */
static int compare_plain(int64_t ka, int64_t kb)
{
    return ka < kb ? SF_CMP_LESS : ka == kb ? SF_CMP_EQUAL : SF_CMP_GREATER;
}

static bool plain32(sf_f32 x)
{
    uint32_t mag = x & 0x7FFFFFFFu;
    return mag <= 0x7F800000u && (mag >= 0x00800000u || mag == 0);
}

static bool plain64(sf_f64 x)
{
    uint64_t mag = x & 0x7FFFFFFFFFFFFFFFull;
    return mag <= 0x7FF0000000000000ull && (mag >= 0x0010000000000000ull || mag == 0);
}

static int64_t key32(sf_f32 x)
{
    int64_t mag = x & 0x7FFFFFFFu;
    return (x >> 31) ? -mag : mag;
}

static int64_t key64(sf_f64 x)
{
    int64_t mag = (int64_t)(x & 0x7FFFFFFFFFFFFFFFull);
    return (x >> 63) ? -mag : mag;
}

int sf_f32_compare(sf_f32 a, sf_f32 b, bool quiet, sf_status *s)
{
    if (plain32(a) && plain32(b)) {
        s->c1 = false;
        return compare_plain(key32(a), key32(b));
    }
    sf_unp ua = sf_unpack32(a, s->daz), ub = sf_unpack32(b, s->daz);
    return compare(&ua, &ub, quiet, s);
}

int sf_f64_compare(sf_f64 a, sf_f64 b, bool quiet, sf_status *s)
{
    if (plain64(a) && plain64(b)) {
        s->c1 = false;
        return compare_plain(key64(a), key64(b));
    }
    sf_unp ua = sf_unpack64(a, s->daz), ub = sf_unpack64(b, s->daz);
    return compare(&ua, &ub, quiet, s);
}

int sf_f80_compare(sf_f80 a, sf_f80 b, bool quiet, sf_status *s)
{
    sf_unp ua = sf_unpack80(a), ub = sf_unpack80(b);
    return compare(&ua, &ub, quiet, s);
}

int sf_f80_compare_f32(sf_f80 st0, sf_f32 m, bool quiet, sf_status *s)
{
    sf_unp ua = sf_unpack80(st0), ub = sf_unpack32(m, false);
    return compare(&ua, &ub, quiet, s);
}

int sf_f80_compare_f64(sf_f80 st0, sf_f64 m, bool quiet, sf_status *s)
{
    sf_unp ua = sf_unpack80(st0), ub = sf_unpack64(m, false);
    return compare(&ua, &ub, quiet, s);
}

/* MIN/MAX are signalling comparisons; NaN operands are returned as they are, not
 * quietened. A DAZ-flushed denormal that is returned comes back as a zero. */
static uint64_t minmax(const sf_fmt *fmt, uint64_t a, uint64_t b, const sf_unp *ua,
                       const sf_unp *ub, bool max, sf_status *s)
{
    s->c1 = false;
    if (sf_is_nan_cls(ua) || sf_is_nan_cls(ub)) {
        s->flags |= SF_FLAG_INVALID;
        return ub->cls == SF_CLS_ZERO ? sf_pack_zero(fmt, ub->sign).sig : b;
    }
    sf_flag_denormal(ua, ub, s);
    int o = order(ua, ub);
    bool pick_a = max ? o > 0 : o < 0;
    const sf_unp *u = pick_a ? ua : ub;
    if (u->cls == SF_CLS_ZERO)
        return sf_pack_zero(fmt, u->sign).sig;
    return pick_a ? a : b;
}

sf_f32 sf_f32_min(sf_f32 a, sf_f32 b, sf_status *s)
{
    sf_unp ua = sf_unpack32(a, s->daz), ub = sf_unpack32(b, s->daz);
    return (sf_f32)minmax(&sf_fmt32, a, b, &ua, &ub, false, s);
}

sf_f32 sf_f32_max(sf_f32 a, sf_f32 b, sf_status *s)
{
    sf_unp ua = sf_unpack32(a, s->daz), ub = sf_unpack32(b, s->daz);
    return (sf_f32)minmax(&sf_fmt32, a, b, &ua, &ub, true, s);
}

sf_f64 sf_f64_min(sf_f64 a, sf_f64 b, sf_status *s)
{
    sf_unp ua = sf_unpack64(a, s->daz), ub = sf_unpack64(b, s->daz);
    return minmax(&sf_fmt64, a, b, &ua, &ub, false, s);
}

sf_f64 sf_f64_max(sf_f64 a, sf_f64 b, sf_status *s)
{
    sf_unp ua = sf_unpack64(a, s->daz), ub = sf_unpack64(b, s->daz);
    return minmax(&sf_fmt64, a, b, &ua, &ub, true, s);
}

/* FXAM: C3 C2 C0 = 000 unsupported, 001 NaN, 010 normal, 011 infinity, 100 zero,
 * 110 denormal (pseudo-denormals included); C1 = sign. */
uint16_t sf_f80_fxam(sf_f80 a)
{
    sf_unp u = sf_unpack80(a);
    uint16_t c = u.sign ? SF_C1 : 0;
    switch (u.cls) {
    case SF_CLS_QNAN:
    case SF_CLS_SNAN: return c | SF_C0;
    case SF_CLS_INF: return c | SF_C2 | SF_C0;
    case SF_CLS_ZERO: return c | SF_C3;
    case SF_CLS_NORMAL: return c | (u.denorm ? SF_C3 | SF_C2 : SF_C2);
    default: return c;
    }
}

/* NaN rules of x86: quiet-bit conventions, the default ("indefinite") NaN, SNaN -> QNaN
 * conversion with #IA, and which NaN a two-operand operation returns — the x87 and SSE
 * differ (SDM vol. 1, 4.8.3.5 table 4-7, 4.8.3.7, 8.2.2). */
#include "cpu/fpu/sf-internal.h"

sf_f80 sf_invalid(const sf_fmt *fmt, sf_status *s)
{
    s->flags |= SF_FLAG_INVALID;
    s->c1 = false;
    return sf_default_nan(fmt);
}

sf_f80 sf_propagate_nan1(const sf_fmt *fmt, const sf_unp *a, sf_status *s)
{
    if (a->cls == SF_CLS_SNAN)
        s->flags |= SF_FLAG_INVALID;
    s->c1 = false;
    return sf_pack_qnan(fmt, a);
}

sf_f80 sf_propagate_nan2(const sf_fmt *fmt, const sf_unp *a, const sf_unp *b, sf_status *s)
{
    const sf_unp *pick;
    if (a->cls == SF_CLS_SNAN || b->cls == SF_CLS_SNAN)
        s->flags |= SF_FLAG_INVALID;
    s->c1 = false;
    if (fmt->kind != SF_K80) {
        /* SSE: the first source operand when it is a NaN. */
        pick = sf_is_nan_cls(a) ? a : b;
    } else if (!sf_is_nan_cls(b)) {
        pick = a;
    } else if (!sf_is_nan_cls(a)) {
        pick = b;
    } else if (a->cls != b->cls) {
        /* One SNaN, one QNaN: the x87 returns the QNaN. */
        pick = a->cls == SF_CLS_QNAN ? a : b;
    } else if (a->sig != b->sig) {
        pick = a->sig > b->sig ? a : b;
    } else {
        /* Equal significands: the positive one. */
        pick = a->sign ? b : a;
    }
    return sf_pack_qnan(fmt, pick);
}

bool sf_f32_is_nan(sf_f32 a)
{
    return (a & 0x7fffffff) > 0x7f800000;
}

bool sf_f32_is_snan(sf_f32 a)
{
    return sf_f32_is_nan(a) && !(a & 0x400000);
}

bool sf_f64_is_nan(sf_f64 a)
{
    return (a & ~(1ull << 63)) > 0x7ff0000000000000ull;
}

bool sf_f64_is_snan(sf_f64 a)
{
    return sf_f64_is_nan(a) && !(a & (1ull << 51));
}

bool sf_f80_is_nan(sf_f80 a)
{
    sf_unp u = sf_unpack80(a);
    return sf_is_nan_cls(&u);
}

bool sf_f80_is_snan(sf_f80 a)
{
    return sf_unpack80(a).cls == SF_CLS_SNAN;
}

bool sf_f80_is_unsupported(sf_f80 a)
{
    return sf_unpack80(a).cls == SF_CLS_UNSUP;
}

/* SSE/SSE2 conversions: between float32 and float64, between packed floats and packed
 * doubleword integers in XMM or MMX registers (CVT*PI*, CVT*DQ*), and the scalar forms to
 * and from general registers (CVTSI2SS, CVT[T]SS2SI...). Out-of-range and NaN sources give
 * the integer indefinite (SDM vol. 1, 4.8.3.7; vol. 2, each CVT page). */
#include "cpu/helper.h"
#include "cpu/sse_helper.h"

static uint32_t cvt_f32_i32(SseFpAcc *acc, sf_f32 a, bool trunc)
{
    sf_status e = acc->base;
    int32_t v = trunc ? sf_f32_to_i32_trunc(a, &e) : sf_f32_to_i32(a, &e);
    sse_fp_note(acc, &e);
    return (uint32_t)v;
}

static uint32_t cvt_f64_i32(SseFpAcc *acc, sf_f64 a, bool trunc)
{
    sf_status e = acc->base;
    int32_t v = trunc ? sf_f64_to_i32_trunc(a, &e) : sf_f64_to_i32(a, &e);
    sse_fp_note(acc, &e);
    return (uint32_t)v;
}

static sf_f32 cvt_i32_f32(SseFpAcc *acc, uint32_t a)
{
    sf_status e = acc->base;
    sf_f32 v = sf_i32_to_f32((int32_t)a, &e);
    sse_fp_note(acc, &e);
    return v;
}

static sf_f64 cvt_i32_f64(SseFpAcc *acc, uint32_t a)
{
    sf_status e = acc->base;
    sf_f64 v = sf_i32_to_f64((int32_t)a, &e);
    sse_fp_note(acc, &e);
    return v;
}

static sf_f64 cvt_f32_f64(SseFpAcc *acc, sf_f32 a)
{
    sf_status e = acc->base;
    sf_f64 v = sf_f32_to_f64(a, &e);
    sse_fp_note(acc, &e);
    return v;
}

static sf_f32 cvt_f64_f32(SseFpAcc *acc, sf_f64 a)
{
    sf_status e = acc->base;
    sf_f32 v = sf_f64_to_f32(a, &e);
    e.flags = (uint8_t)sse_fix_ue64(e.flags, e.traps, SSE_F_CVTSD2SS, a, a);
    sse_fp_note(acc, &e);
    return v;
}

/* r starts as a copy of the destination; the forms that leave part of it alone say so. */
void sse_convert(SseFpAcc *acc, unsigned op, X86XMMReg *r, const X86XMMReg *a,
                 const X86XMMReg *b, int *bytes)
{
    (void)a;
    switch (op) {
    case SSE_F_CVTPS2PD: {
        uint32_t lo = b->l[0], hi = b->l[1];
        r->q[0] = cvt_f32_f64(acc, lo);
        r->q[1] = cvt_f32_f64(acc, hi);
        break;
    }
    case SSE_F_CVTPD2PS: /* the upper half of the destination is zeroed */
        r->l[0] = cvt_f64_f32(acc, b->q[0]);
        r->l[1] = cvt_f64_f32(acc, b->q[1]);
        r->q[1] = 0;
        break;
    case SSE_F_CVTSS2SD:
        r->q[0] = cvt_f32_f64(acc, b->l[0]);
        break;
    case SSE_F_CVTSD2SS:
        r->l[0] = cvt_f64_f32(acc, b->q[0]);
        break;
    case SSE_F_CVTDQ2PS:
        for (int i = 0; i < 4; i++)
            r->l[i] = cvt_i32_f32(acc, b->l[i]);
        break;
    case SSE_F_CVTPS2DQ:
    case SSE_F_CVTTPS2DQ:
        for (int i = 0; i < 4; i++)
            r->l[i] = cvt_f32_i32(acc, b->l[i], op == SSE_F_CVTTPS2DQ);
        break;
    case SSE_F_CVTDQ2PD: {
        uint32_t lo = b->l[0], hi = b->l[1];
        r->q[0] = cvt_i32_f64(acc, lo);
        r->q[1] = cvt_i32_f64(acc, hi);
        break;
    }
    case SSE_F_CVTPD2DQ:
    case SSE_F_CVTTPD2DQ:
        r->l[0] = cvt_f64_i32(acc, b->q[0], op == SSE_F_CVTTPD2DQ);
        r->l[1] = cvt_f64_i32(acc, b->q[1], op == SSE_F_CVTTPD2DQ);
        r->q[1] = 0;
        break;
    case SSE_F_CVTPI2PS: /* the upper half of the destination is kept */
        r->l[0] = cvt_i32_f32(acc, b->l[0]);
        r->l[1] = cvt_i32_f32(acc, b->l[1]);
        break;
    case SSE_F_CVTPI2PD: {
        uint32_t lo = b->l[0], hi = b->l[1];
        r->q[0] = cvt_i32_f64(acc, lo);
        r->q[1] = cvt_i32_f64(acc, hi);
        break;
    }
    case SSE_F_CVTPS2PI: /* MMX destination */
    case SSE_F_CVTTPS2PI:
        r->l[0] = cvt_f32_i32(acc, b->l[0], op == SSE_F_CVTTPS2PI);
        r->l[1] = cvt_f32_i32(acc, b->l[1], op == SSE_F_CVTTPS2PI);
        *bytes = 8;
        break;
    case SSE_F_CVTPD2PI:
    case SSE_F_CVTTPD2PI:
        r->l[0] = cvt_f64_i32(acc, b->q[0], op == SSE_F_CVTTPD2PI);
        r->l[1] = cvt_f64_i32(acc, b->q[1], op == SSE_F_CVTTPD2PI);
        *bytes = 8;
        break;
    default:
        break;
    }
}

/* CVTSS2SI & co: the integer from the low element of s (32-bit results zero-extended,
 * the translator stores the operand size). */
uint64_t helper_sse_cvt_f2i(CPUX86State *env, uint32_t op, uint32_t s)
{
    uintptr_t ra = GETPC();
    X86XMMReg b;
    sse_get(env, s, &b, 8);
    sf_status e = sf_status_sse(env->mxcsr);
    bool trunc = (op & SSE_CVT_TRUNC) != 0;
    uint64_t v;
    if (op & SSE_CVT_I64) {
        int64_t x = (op & SSE_CVT_SD) ? (trunc ? sf_f64_to_i64_trunc(b.q[0], &e)
                                               : sf_f64_to_i64(b.q[0], &e))
                                      : (trunc ? sf_f32_to_i64_trunc(b.l[0], &e)
                                               : sf_f32_to_i64(b.l[0], &e));
        v = (uint64_t)x;
    } else {
        int32_t x = (op & SSE_CVT_SD) ? (trunc ? sf_f64_to_i32_trunc(b.q[0], &e)
                                               : sf_f64_to_i32(b.q[0], &e))
                                      : (trunc ? sf_f32_to_i32_trunc(b.l[0], &e)
                                               : sf_f32_to_i32(b.l[0], &e));
        v = (uint32_t)x;
    }
    sse_fp_finish(env, e.flags & SSE_PRE_FLAGS, e.flags, ra);
    return v;
}

/* CVTSI2SS/CVTSI2SD: the low element of d from a 32- or 64-bit integer; the rest of d is
 * kept. */
void helper_sse_cvt_i2f(CPUX86State *env, uint32_t op, uint32_t d, uint64_t val)
{
    uintptr_t ra = GETPC();
    X86XMMReg r;
    sse_get(env, d, &r, 16);
    sf_status e = sf_status_sse(env->mxcsr);
    bool i64 = (op & SSE_CVT_I64) != 0;
    if (op & SSE_CVT_SD)
        r.q[0] = i64 ? sf_i64_to_f64((int64_t)val, &e) : sf_i32_to_f64((int32_t)val, &e);
    else
        r.l[0] = i64 ? sf_i64_to_f32((int64_t)val, &e) : sf_i32_to_f32((int32_t)val, &e);
    sse_fp_finish(env, e.flags & SSE_PRE_FLAGS, e.flags, ra);
    sse_put(env, d, &r, 16);
}

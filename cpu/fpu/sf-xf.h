/* A wide internal float for the x87 transcendentals: 128-bit significand, 32-bit exponent,
 * truncating arithmetic (relative error about 2^-127 per operation), so that results can
 * be rounded once to the 64-bit floatx80 significand. Internal to cpu/fpu. */
#ifndef CPU_FPU_SF_XF_H
#define CPU_FPU_SF_XF_H

#include "cpu/fpu/sf-internal.h"

/* value = (-1)^sign * (hi:lo) / 2^127 * 2^exp, hi bit 63 set; zero when hi = lo = 0. */
typedef struct sf_xf {
    bool sign;
    int32_t exp;
    uint64_t hi, lo;
} sf_xf;

static inline bool sf_xf_is_zero(sf_xf a)
{
    return !a.hi && !a.lo;
}

static inline sf_xf sf_xf_make(bool sign, int32_t exp, uint64_t hi, uint64_t lo)
{
    sf_xf r = { sign, exp, hi, lo };
    return r;
}

static inline sf_xf sf_xf_neg(sf_xf a)
{
    a.sign = !a.sign;
    return a;
}

static inline sf_xf sf_xf_abs(sf_xf a)
{
    a.sign = false;
    return a;
}

/* a * 2^n */
static inline sf_xf sf_xf_ldexp(sf_xf a, int32_t n)
{
    a.exp += n;
    return a;
}

sf_xf sf_xf_norm(bool sign, int32_t exp, uint64_t hi, uint64_t lo);
sf_xf sf_xf_from_unp(const sf_unp *u); /* NORMAL or ZERO */
sf_xf sf_xf_from_int(int64_t v);
sf_xf sf_xf_add(sf_xf a, sf_xf b);
sf_xf sf_xf_sub(sf_xf a, sf_xf b);
sf_xf sf_xf_mul(sf_xf a, sf_xf b);
sf_xf sf_xf_div(sf_xf a, sf_xf b);
sf_xf sf_xf_div_small(sf_xf a, uint32_t d);
/* -1, 0, 1 comparing |a| with |b| */
int sf_xf_cmp_abs(sf_xf a, sf_xf b);
/* Rounds an approximation of an irrational value to floatx80 (64 bits, s->round): the
 * last bit is jammed so the result is always inexact and never a false tie. */
sf_f80 sf_xf_round_f80(sf_xf a, sf_status *s);

/* Constants to 128 bits. */
extern const sf_xf sf_xf_one, sf_xf_ln2, sf_xf_log2e, sf_xf_pi, sf_xf_pi_2, sf_xf_pi_4, sf_xf_3pi_4;

#endif

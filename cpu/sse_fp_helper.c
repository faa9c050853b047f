/* SSE/SSE2/SSE3/SSE4.1 floating-point arithmetic on packed and scalar float32/float64:
 * ADD..SQRT, MIN/MAX, the RCP/RSQRT approximations, horizontal and ADDSUB forms, CMPxx
 * predicates, ROUNDxx, DPPS/DPPD and (U)COMISx, all through cpu/fpu (MXCSR rounding,
 * DAZ, FTZ) with the exception rules of SDM vol. 1, 11.5. */
#include "cpu/fpu/softfloat.h"
#include "cpu/helper.h"
#include "cpu/sse_helper.h"

static void fp_begin(SseFpAcc *acc, const CPUX86State *env)
{
    acc->base = sf_status_sse(env->mxcsr);
    acc->pre = acc->all = 0;
}

/* RCPxS/RSQRTxS: approximations with |relative error| <= 1.5 * 2^-12 and no exception
 * flags (SDM vol. 2, RCPSS/RSQRTSS). Tern returns the correctly rounded value, which is
 * within that bound. Zeros and denormals give an infinity of their sign, tiny reciprocals
 * are flushed to zero, NaNs come back quiet, negative RSQRT operands give the default NaN. */
static sf_f32 sse_rcp32(sf_f32 a)
{
    sf_status t = sf_status_sse(X86_MXCSR_RESET);
    uint32_t sign = a & 0x80000000u, mag = a & 0x7FFFFFFFu;
    if (mag > 0x7F800000u)
        return a | 0x00400000u;
    if (mag < 0x00800000u)
        return sign | 0x7F800000u;
    sf_f32 r = sf_f32_div(0x3F800000u, a, &t);
    if ((r & 0x7F800000u) == 0)
        r = sign;
    return r;
}

static sf_f32 sse_rsqrt32(sf_f32 a)
{
    sf_status t = sf_status_sse(X86_MXCSR_RESET);
    uint32_t sign = a & 0x80000000u, mag = a & 0x7FFFFFFFu;
    if (mag > 0x7F800000u)
        return a | 0x00400000u;
    if (mag < 0x00800000u)
        return sign | 0x7F800000u;
    if (sign)
        return SF_F32_DEFAULT_NAN;
    /* in float64: sqrt and the division each round once, far below the allowed error */
    sf_f64 root = sf_f64_sqrt(sf_f32_to_f64(a, &t), &t);
    return sf_f64_to_f32(sf_f64_div(0x3FF0000000000000ull, root, &t), &t);
}

static sf_f32 f32_arith(unsigned op, sf_f32 a, sf_f32 b, sf_status *s)
{
    switch (op) {
    case SSE_F_ADD: return sf_f32_add(a, b, s);
    case SSE_F_SUB: return sf_f32_sub(a, b, s);
    case SSE_F_MUL: return sf_f32_mul(a, b, s);
    case SSE_F_DIV: return sf_f32_div(a, b, s);
    case SSE_F_MIN: return sf_f32_min(a, b, s);
    case SSE_F_MAX: return sf_f32_max(a, b, s);
    case SSE_F_SQRT: return sf_f32_sqrt(b, s);
    case SSE_F_RCP: return sse_rcp32(b);
    case SSE_F_RSQRT: return sse_rsqrt32(b);
    default: return a;
    }
}

static sf_f64 f64_arith(unsigned op, sf_f64 a, sf_f64 b, sf_status *s)
{
    switch (op) {
    case SSE_F_ADD: return sf_f64_add(a, b, s);
    case SSE_F_SUB: return sf_f64_sub(a, b, s);
    case SSE_F_MUL: return sf_f64_mul(a, b, s);
    case SSE_F_DIV: return sf_f64_div(a, b, s);
    case SSE_F_MIN: return sf_f64_min(a, b, s);
    case SSE_F_MAX: return sf_f64_max(a, b, s);
    case SSE_F_SQRT: return sf_f64_sqrt(b, s);
    default: return a;
    }
}

/* The exact result in floatx80 (64-bit significand, no underflow for these operands):
 * does it fit in prec significant bits? */
static bool fits_f80(sf_f80 x, const sf_status *st, int prec)
{
    if (st->flags & SF_FLAG_INEXACT)
        return false;
    return (x.sig & ((1ull << (64 - prec)) - 1)) == 0;
}

static bool unbounded_exact(unsigned op, sf_f80 x, sf_f80 y, int prec)
{
    sf_status st = sf_status_x87(0x037F); /* 64-bit precision, nearest, masked */
    sf_f80 r;
    switch (op) {
    case SSE_F_ADD: r = sf_f80_add(x, y, &st); break;
    case SSE_F_SUB: r = sf_f80_sub(x, y, &st); break;
    case SSE_F_MUL: r = sf_f80_mul(x, y, &st); break;
    case SSE_F_DIV: r = sf_f80_div(x, y, &st); break;
    default: r = x; break; /* a conversion: the operand itself */
    }
    return fits_f80(r, &st, prec);
}

unsigned sse_fix_ue32(unsigned flags, unsigned traps, unsigned op, sf_f32 a, sf_f32 b)
{
    if (!(flags & traps & (SF_FLAG_UNDERFLOW | SF_FLAG_OVERFLOW)))
        return flags;
    sf_status t = sf_status_x87(0x037F);
    flags &= ~(unsigned)SF_FLAG_INEXACT;
    if (!unbounded_exact(op, sf_f32_to_f80(a, &t), sf_f32_to_f80(b, &t), 24))
        flags |= SF_FLAG_INEXACT;
    return flags;
}

unsigned sse_fix_ue64(unsigned flags, unsigned traps, unsigned op, sf_f64 a, sf_f64 b)
{
    if (!(flags & traps & (SF_FLAG_UNDERFLOW | SF_FLAG_OVERFLOW)))
        return flags;
    sf_status t = sf_status_x87(0x037F);
    flags &= ~(unsigned)SF_FLAG_INEXACT;
    int prec = op == SSE_F_CVTSD2SS ? 24 : 53;
    if (!unbounded_exact(op, sf_f64_to_f80(a, &t), sf_f64_to_f80(b, &t), prec))
        flags |= SF_FLAG_INEXACT;
    return flags;
}

static sf_f32 f32_elem(SseFpAcc *acc, unsigned op, sf_f32 a, sf_f32 b)
{
    sf_status e = acc->base;
    sf_f32 r = f32_arith(op, a, b, &e);
    e.flags = (uint8_t)sse_fix_ue32(e.flags, e.traps, op, a, b);
    sse_fp_note(acc, &e);
    return r;
}

static sf_f64 f64_elem(SseFpAcc *acc, unsigned op, sf_f64 a, sf_f64 b)
{
    sf_status e = acc->base;
    sf_f64 r = f64_arith(op, a, b, &e);
    e.flags = (uint8_t)sse_fix_ue64(e.flags, e.traps, op, a, b);
    sse_fp_note(acc, &e);
    return r;
}

static void fp_arith(SseFpAcc *acc, unsigned op, X86XMMReg *r, const X86XMMReg *a,
                     const X86XMMReg *b)
{
    unsigned f = op & 0x3F;
    switch (SSE_FMT(op)) {
    case SSE_FMT_PS:
        for (int i = 0; i < 4; i++)
            r->l[i] = f32_elem(acc, f, a->l[i], b->l[i]);
        break;
    case SSE_FMT_PD:
        for (int i = 0; i < 2; i++)
            r->q[i] = f64_elem(acc, f, a->q[i], b->q[i]);
        break;
    case SSE_FMT_SS:
        r->l[0] = f32_elem(acc, f, a->l[0], b->l[0]);
        break;
    default:
        r->q[0] = f64_elem(acc, f, a->q[0], b->q[0]);
        break;
    }
}

/* HADD/HSUB: element pairs of the destination, then of the source; ADDSUB: subtract in
 * the even elements, add in the odd ones (SDM vol. 2, HADDPS, ADDSUBPS). */
static void fp_horizontal(SseFpAcc *acc, unsigned op, X86XMMReg *r, const X86XMMReg *a,
                          const X86XMMReg *b)
{
    unsigned f = op & 0x3F;
    bool pd = SSE_FMT(op) == SSE_FMT_PD;
    if (f == SSE_F_ADDSUB) {
        if (pd) {
            r->q[0] = f64_elem(acc, SSE_F_SUB, a->q[0], b->q[0]);
            r->q[1] = f64_elem(acc, SSE_F_ADD, a->q[1], b->q[1]);
        } else {
            for (int i = 0; i < 4; i++)
                r->l[i] = f32_elem(acc, (i & 1) ? SSE_F_ADD : SSE_F_SUB, a->l[i], b->l[i]);
        }
        return;
    }
    unsigned e = f == SSE_F_HADD ? SSE_F_ADD : SSE_F_SUB;
    if (pd) {
        r->q[0] = f64_elem(acc, e, a->q[0], a->q[1]);
        r->q[1] = f64_elem(acc, e, b->q[0], b->q[1]);
    } else {
        r->l[0] = f32_elem(acc, e, a->l[0], a->l[1]);
        r->l[1] = f32_elem(acc, e, a->l[2], a->l[3]);
        r->l[2] = f32_elem(acc, e, b->l[0], b->l[1]);
        r->l[3] = f32_elem(acc, e, b->l[2], b->l[3]);
    }
}

/* d = op(d, s). Operands are read whole (16 bytes: an MMX register's X86FPReg is 16 bytes
 * too) and the result is written only when no unmasked exception occurred. */
void helper_sse_fop(CPUX86State *env, uint32_t op, uint32_t d, uint32_t s)
{
    uintptr_t ra = GETPC();
    X86XMMReg a, b, r;
    int bytes = 16;
    sse_get(env, d, &a, 16);
    sse_get(env, s, &b, 16);
    sse_get(env, d, &r, 16); /* not r = a: a 16-byte copy of a would stall (sse_get) */
    SseFpAcc acc;
    fp_begin(&acc, env);
    unsigned f = op & 0x3F;
    if (f >= SSE_F_CVTPS2PD)
        sse_convert(&acc, f, &r, &a, &b, &bytes);
    else if (f >= SSE_F_HADD)
        fp_horizontal(&acc, op, &r, &a, &b);
    else
        fp_arith(&acc, op, &r, &a, &b);
    sse_fp_finish(env, acc.pre, acc.all, ra);
    sse_put(env, d, &r, bytes);
}

/* CMPPS & co, imm8[2:0] (SDM vol. 2, CMPPS table 3-1): EQ, LT, LE, UNORD, NEQ, NLT, NLE,
 * ORD. LT, LE, NLT and NLE signal invalid on QNaN operands too. */
static bool cmp_pred(unsigned pred, int rel)
{
    switch (pred & 7) {
    case 0: return rel == SF_CMP_EQUAL;
    case 1: return rel == SF_CMP_LESS;
    case 2: return rel == SF_CMP_LESS || rel == SF_CMP_EQUAL;
    case 3: return rel == SF_CMP_UNORDERED;
    case 4: return rel != SF_CMP_EQUAL;
    case 5: return rel != SF_CMP_LESS;
    case 6: return rel != SF_CMP_LESS && rel != SF_CMP_EQUAL;
    default: return rel != SF_CMP_UNORDERED;
    }
}

static bool cmp_quiet(unsigned pred)
{
    pred &= 7;
    return pred == 0 || pred == 3 || pred == 4 || pred == 7;
}

static uint32_t cmp32(SseFpAcc *acc, unsigned imm, sf_f32 a, sf_f32 b)
{
    sf_status e = acc->base;
    int rel = sf_f32_compare(a, b, cmp_quiet(imm), &e);
    sse_fp_note(acc, &e);
    return cmp_pred(imm, rel) ? ~0u : 0;
}

static uint64_t cmp64(SseFpAcc *acc, unsigned imm, sf_f64 a, sf_f64 b)
{
    sf_status e = acc->base;
    int rel = sf_f64_compare(a, b, cmp_quiet(imm), &e);
    sse_fp_note(acc, &e);
    return cmp_pred(imm, rel) ? ~0ull : 0;
}

/* ROUNDxx imm8: [1:0] rounding mode, [2] use MXCSR.RC instead, [3] suppress #P. */
static sf_f32 round32(SseFpAcc *acc, unsigned imm, sf_f32 a)
{
    sf_status e = acc->base;
    int mode = (imm & 4) ? e.round : (int)(imm & 3);
    sf_f32 r = sf_f32_round_to_int(a, mode, (imm & 8) != 0, &e);
    sse_fp_note(acc, &e);
    return r;
}

static sf_f64 round64(SseFpAcc *acc, unsigned imm, sf_f64 a)
{
    sf_status e = acc->base;
    int mode = (imm & 4) ? e.round : (int)(imm & 3);
    sf_f64 r = sf_f64_round_to_int(a, mode, (imm & 8) != 0, &e);
    sse_fp_note(acc, &e);
    return r;
}

/* DPPS/DPPD (SDM vol. 2, DPPS "DP_primitive"): products of the elements selected by
 * imm8[7:4] (+0.0 for the others), summed pairwise with a rounding at each step, the sum
 * broadcast into the elements selected by imm8[3:0] (+0.0 elsewhere). Each step is a SIMD
 * operation of its own for the exception rules: its flags reach MXCSR and an unmasked
 * one raises before the next step runs; the intermediate values are operands like any
 * other (DAZ flushes them, a denormal one is #D). Checked against the host CPU
 * (tests/diff/ssediff). */
static void dp_step_end(CPUX86State *env, SseFpAcc *acc, uintptr_t ra)
{
    sse_fp_finish(env, acc->pre, acc->all, ra);
    acc->pre = acc->all = 0;
}

static void dpps(CPUX86State *env, SseFpAcc *acc, unsigned imm, X86XMMReg *r,
                 const X86XMMReg *a, const X86XMMReg *b, uintptr_t ra)
{
    sf_f32 t[4];
    for (int i = 0; i < 4; i++)
        t[i] = ((imm >> (4 + i)) & 1) ? f32_elem(acc, SSE_F_MUL, a->l[i], b->l[i]) : 0;
    dp_step_end(env, acc, ra);
    sf_f32 lo = f32_elem(acc, SSE_F_ADD, t[0], t[1]);
    sf_f32 hi = f32_elem(acc, SSE_F_ADD, t[2], t[3]);
    dp_step_end(env, acc, ra);
    sf_f32 sum = f32_elem(acc, SSE_F_ADD, lo, hi);
    for (int i = 0; i < 4; i++)
        r->l[i] = ((imm >> i) & 1) ? sum : 0;
}

static void dppd(CPUX86State *env, SseFpAcc *acc, unsigned imm, X86XMMReg *r,
                 const X86XMMReg *a, const X86XMMReg *b, uintptr_t ra)
{
    sf_f64 t[2];
    for (int i = 0; i < 2; i++)
        t[i] = ((imm >> (4 + i)) & 1) ? f64_elem(acc, SSE_F_MUL, a->q[i], b->q[i]) : 0;
    dp_step_end(env, acc, ra);
    sf_f64 sum = f64_elem(acc, SSE_F_ADD, t[0], t[1]);
    for (int i = 0; i < 2; i++)
        r->q[i] = ((imm >> i) & 1) ? sum : 0;
}

void helper_sse_fop_imm(CPUX86State *env, uint32_t op, uint32_t d, uint32_t s, uint32_t imm)
{
    uintptr_t ra = GETPC();
    X86XMMReg a, b, r;
    sse_get(env, d, &a, 16);
    sse_get(env, s, &b, 16);
    sse_get(env, d, &r, 16); /* not r = a: a 16-byte copy of a would stall (sse_get) */
    SseFpAcc acc;
    fp_begin(&acc, env);
    unsigned fmt = SSE_FMT(op);
    switch (op & 0x3F) {
    case SSE_F_CMP:
        if (fmt == SSE_FMT_PS)
            for (int i = 0; i < 4; i++)
                r.l[i] = cmp32(&acc, imm, a.l[i], b.l[i]);
        else if (fmt == SSE_FMT_PD)
            for (int i = 0; i < 2; i++)
                r.q[i] = cmp64(&acc, imm, a.q[i], b.q[i]);
        else if (fmt == SSE_FMT_SS)
            r.l[0] = cmp32(&acc, imm, a.l[0], b.l[0]);
        else
            r.q[0] = cmp64(&acc, imm, a.q[0], b.q[0]);
        break;
    case SSE_F_ROUND:
        if (fmt == SSE_FMT_PS)
            for (int i = 0; i < 4; i++)
                r.l[i] = round32(&acc, imm, b.l[i]);
        else if (fmt == SSE_FMT_PD)
            for (int i = 0; i < 2; i++)
                r.q[i] = round64(&acc, imm, b.q[i]);
        else if (fmt == SSE_FMT_SS)
            r.l[0] = round32(&acc, imm, b.l[0]);
        else
            r.q[0] = round64(&acc, imm, b.q[0]);
        break;
    case SSE_F_DPPS:
        dpps(env, &acc, imm, &r, &a, &b, ra);
        break;
    case SSE_F_DPPD:
        dppd(env, &acc, imm, &r, &a, &b, ra);
        break;
    default:
        break;
    }
    sse_fp_finish(env, acc.pre, acc.all, ra);
    sse_put(env, d, &r, 16);
}

/* COMISS/UCOMISS/COMISD/UCOMISD (SDM vol. 2, COMISS): ZF PF CF = 111 unordered, 000
 * greater, 001 less, 100 equal; OF SF AF cleared. Returns the CC_* bits. */
uint64_t helper_sse_comis(CPUX86State *env, uint32_t op, uint32_t d, uint32_t s)
{
    uintptr_t ra = GETPC();
    X86XMMReg a, b;
    sse_get(env, d, &a, 8);
    sse_get(env, s, &b, 8);
    sf_status e = sf_status_sse(env->mxcsr);
    bool quiet = (op & SSE_COMI_QUIET) != 0;
    int rel = (op & SSE_COMI_SD) ? sf_f64_compare(a.q[0], b.q[0], quiet, &e)
                                 : sf_f32_compare(a.l[0], b.l[0], quiet, &e);
    sse_fp_finish(env, e.flags & SSE_PRE_FLAGS, e.flags, ra);
    switch (rel) {
    case SF_CMP_UNORDERED: return CC_Z | CC_P | CC_C;
    case SF_CMP_LESS: return CC_C;
    case SF_CMP_EQUAL: return CC_Z;
    default: return 0;
    }
}

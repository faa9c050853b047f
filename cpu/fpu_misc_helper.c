/* The x87 instructions without an explicit operand (D9 E0-FF, SDM vol. 2, table A-8):
 * FCHS FABS FTST FXAM, the constants, F2XM1 FYL2X FYL2XP1 FPTAN FPATAN FSIN FCOS FSINCOS,
 * FXTRACT FPREM FPREM1 FSQRT FRNDINT FSCALE, FDECSTP FINCSTP. One helper dispatches on
 * ModRM & 0x1F (FPU_OP_*); the values come from cpu/fpu (transcendentals included). */
#include "cpu/fpu_internal.h"
#include "cpu/helper.h"

/* The sign of ST(0)'s contents, for C1 of FXAM even on an empty register. */
static bool fpu_st0_sign(const CPUX86State *env)
{
    return env->fpregs[fpu_phys(env, 0)].se >> 15;
}

static void fpu_load_const(CPUX86State *env, int op)
{
    static const int which[] = {
        [FPU_OP_LDL2T] = SF_CONST_L2T, [FPU_OP_LDL2E] = SF_CONST_L2E,
        [FPU_OP_LDPI] = SF_CONST_PI, [FPU_OP_LDLG2] = SF_CONST_LG2,
        [FPU_OP_LDLN2] = SF_CONST_LN2,
    };
    if (fpu_push_overflows(env)) {
        if (fpu_stack_fault(env, true))
            fpu_push(env, fpu_indefinite());
        return;
    }
    sf_status st = fpu_status(env);
    sf_f80 v;
    if (op == FPU_OP_LD1)
        v = sf_f80_make(0x3fff, 1ull << 63);
    else if (op == FPU_OP_LDZ)
        v = sf_f80_make(0, 0);
    else
        v = sf_f80_const(which[op], &st); /* rounded by RC, no #P (vol. 1, 8.3.4) */
    fpu_push(env, v);
    fpu_set_c1(env, false);
}

/* ST(0) = f(ST(0)): FSQRT FRNDINT F2XM1, and FSIN/FCOS whose false return means "out of
 * range": C2 = 1 and ST(0) unchanged (vol. 2, FSIN). */
static void fpu_unary(CPUX86State *env, int op)
{
    sf_status st = fpu_status(env);
    sf_f80 a = fpu_get(env, 0), r = a;
    bool in_range = true;
    switch (op) {
    case FPU_OP_SQRT: r = sf_f80_sqrt(a, &st); break;
    case FPU_OP_RNDINT: r = sf_f80_round_to_int(a, &st); break;
    case FPU_OP_F2XM1: r = sf_f80_f2xm1(a, &st); break;
    case FPU_OP_SIN: in_range = sf_f80_sin(a, &r, &st); break;
    default: in_range = sf_f80_cos(a, &r, &st); break;
    }
    bool trig = op == FPU_OP_SIN || op == FPU_OP_COS;
    if (!in_range) {
        fpu_set_cc(env, FPUS_C2, FPUS_C2);
        return;
    }
    if (fpu_merge_status(env, &st)) {
        fpu_set_cc(env, trig ? FPUS_C1 | FPUS_C2 : FPUS_C1, 0); /* C2 too (host CPU) */
        return;
    }
    if (trig)
        fpu_set_cc(env, FPUS_C2, 0);
    fpu_set_c1(env, st.c1);
    fpu_set(env, 0, r);
}

/* FSCALE alone can over- or underflow so far that even the 24576 bias of an unmasked
 * #O/#U does not bring the exponent into range: then a properly signed infinity or zero
 * is stored (SDM vol. 1, 8.5.4 and 8.5.5, "massive overflow/underflow"). */
static sf_f80 fpu_scale_massive(sf_f80 r, const sf_status *st, bool *c1)
{
    unsigned exp = r.se & 0x7fff;
    uint16_t sign = r.se & 0x8000;
    if ((st->flags & st->traps & SF_FLAG_OVERFLOW) && exp >= 0x7ffe) {
        *c1 = true;
        return sf_f80_make(sign | 0x7fff, 1ull << 63);
    }
    if ((st->flags & st->traps & SF_FLAG_UNDERFLOW) && exp == 0) {
        *c1 = false;
        return sf_f80_make(sign, 0);
    }
    return r;
}

/* FSCALE, FPREM, FPREM1 (result in ST(0)) and FYL2X, FYL2XP1, FPATAN (result in ST(1),
 * then a pop). */
static void fpu_binary(CPUX86State *env, int op)
{
    bool to_st1 = op == FPU_OP_YL2X || op == FPU_OP_YL2XP1 || op == FPU_OP_PATAN;
    if (fpu_empty(env, 0) || fpu_empty(env, 1)) {
        if (op == FPU_OP_PREM || op == FPU_OP_PREM1)
            fpu_set_cc(env, FPUS_C2, 0); /* masked or not (host CPU) */
        if (!fpu_stack_fault(env, false))
            return;
        fpu_set(env, to_st1 ? 1 : 0, fpu_indefinite());
        if (to_st1)
            fpu_pop(env);
        return;
    }
    sf_status st = fpu_status(env);
    sf_f80 a = fpu_get(env, 0), b = fpu_get(env, 1), r = a;
    uint16_t cc = 0;
    switch (op) {
    case FPU_OP_SCALE: r = sf_f80_scale(a, b, &st); break;
    case FPU_OP_PREM: cc = sf_f80_fprem(&r, b, false, &st); break;
    case FPU_OP_PREM1: cc = sf_f80_fprem(&r, b, true, &st); break;
    case FPU_OP_YL2X: r = sf_f80_yl2x(b, a, &st); break;
    case FPU_OP_YL2XP1: r = sf_f80_yl2xp1(b, a, &st); break;
    default: r = sf_f80_patan(b, a, &st); break;
    }
    bool prem = op == FPU_OP_PREM || op == FPU_OP_PREM1;
    if (fpu_merge_status(env, &st)) {
        fpu_set_cc(env, prem ? FPUS_C1 | FPUS_C2 : FPUS_C1, 0);
        return;
    }
    bool c1 = st.c1;
    if (op == FPU_OP_SCALE)
        r = fpu_scale_massive(r, &st, &c1);
    if (prem && sf_f80_is_nan(r))
        fpu_set_cc(env, FPUS_C1 | FPUS_C2, 0); /* no quotient: C0 and C3 stay (host CPU) */
    else if (prem)
        fpu_set_cc(env, FPUS_CC, cc); /* C2: incomplete; C0 C3 C1: quotient bits */
    else
        fpu_set_c1(env, c1);
    fpu_set(env, to_st1 ? 1 : 0, r);
    if (to_st1)
        fpu_pop(env);
}

/* FPTAN, FSINCOS, FXTRACT: ST(0) replaced and a second result pushed. */
static void fpu_two_results(CPUX86State *env, int op)
{
    if (fpu_empty(env, 0) || fpu_push_overflows(env)) {
        if (op != FPU_OP_XTRACT)
            fpu_set_cc(env, FPUS_C2, 0); /* C2 = 0: not "out of range" (host CPU) */
        if (!fpu_stack_fault(env, !fpu_empty(env, 0)))
            return;
        fpu_set(env, 0, fpu_indefinite());
        fpu_push(env, fpu_indefinite());
        return;
    }
    sf_status st = fpu_status(env);
    sf_f80 a = fpu_get(env, 0), r0 = a, r1 = a;
    bool in_range = true;
    switch (op) {
    case FPU_OP_PTAN:
        in_range = sf_f80_tan(a, &r0, &st);
        /* 1.0 follows a numeric result; a NaN result is pushed again (the hardware's way,
         * cpu/fpu/softfloat.h). */
        r1 = sf_f80_is_nan(r0) ? r0 : sf_f80_make(0x3fff, 1ull << 63);
        break;
    case FPU_OP_SINCOS:
        in_range = sf_f80_sincos(a, &r0, &r1, &st);
        break;
    default:
        sf_f80_extract(a, &r0, &r1, &st); /* ST(1) = exponent, ST(0) = significand */
        break;
    }
    if (!in_range) {
        fpu_set_cc(env, FPUS_C2, FPUS_C2);
        return;
    }
    if (fpu_merge_status(env, &st)) {
        fpu_set_cc(env, op != FPU_OP_XTRACT ? FPUS_C1 | FPUS_C2 : FPUS_C1, 0);
        return;
    }
    if (op != FPU_OP_XTRACT)
        fpu_set_cc(env, FPUS_C2, 0);
    fpu_set_c1(env, st.c1);
    fpu_set(env, 0, r0);
    fpu_push(env, r1);
}

void helper_fpu_misc(CPUX86State *env, uint32_t op)
{
    switch (op) {
    case FPU_OP_LD1: case FPU_OP_LDL2T: case FPU_OP_LDL2E: case FPU_OP_LDPI:
    case FPU_OP_LDLG2: case FPU_OP_LDLN2: case FPU_OP_LDZ:
        fpu_load_const(env, (int)op);
        return;
    case FPU_OP_DECSTP: case FPU_OP_INCSTP:
        /* TOP moves; tags and contents stay (vol. 2, FDECSTP/FINCSTP). */
        env->fpu_top = (env->fpu_top + (op == FPU_OP_INCSTP ? 1 : 7)) & 7;
        fpu_set_c1(env, false);
        return;
    case FPU_OP_XAM: {
        /* Empty: C3 C2 C0 = 101, C1 the sign (vol. 2, FXAM table 3-40); no exception. */
        uint16_t cc = fpu_empty(env, 0) ? (uint16_t)(FPUS_C3 | FPUS_C0 |
                                                     (fpu_st0_sign(env) ? FPUS_C1 : 0))
                                        : sf_f80_fxam(fpu_get(env, 0));
        fpu_set_cc(env, FPUS_CC, cc);
        return;
    }
    case FPU_OP_PTAN: case FPU_OP_SINCOS: case FPU_OP_XTRACT:
        fpu_two_results(env, (int)op);
        return;
    case FPU_OP_SCALE: case FPU_OP_PREM: case FPU_OP_PREM1: case FPU_OP_YL2X:
    case FPU_OP_YL2XP1: case FPU_OP_PATAN:
        fpu_binary(env, (int)op);
        return;
    default:
        break;
    }
    /* The rest work on ST(0) alone. FTST reports "unordered" for a stack fault, masked
     * or not, like FCOM (cpu/fpu_arith_helper.c). */
    if (fpu_empty(env, 0)) {
        if (op == FPU_OP_SIN || op == FPU_OP_COS)
            fpu_set_cc(env, FPUS_C2, 0);
        bool masked = fpu_stack_fault(env, false);
        if (op == FPU_OP_TST)
            fpu_set_cc(env, FPUS_C0 | FPUS_C2 | FPUS_C3, FPUS_C0 | FPUS_C2 | FPUS_C3);
        else if (masked)
            fpu_set(env, 0, fpu_indefinite());
        return;
    }
    switch (op) {
    case FPU_OP_CHS: case FPU_OP_ABS: {
        /* Sign bit only: no exception even for an SNaN (vol. 2, FCHS/FABS). */
        sf_f80 a = fpu_get(env, 0);
        a.se = op == FPU_OP_CHS ? a.se ^ 0x8000 : a.se & 0x7fff;
        fpu_set(env, 0, a);
        fpu_set_c1(env, false);
        return;
    }
    case FPU_OP_TST: {
        sf_status st = fpu_status(env);
        int rel = sf_f80_compare(fpu_get(env, 0), sf_f80_make(0, 0), false, &st);
        static const uint16_t cc[4] = {
            [SF_CMP_LESS] = FPUS_C0, [SF_CMP_EQUAL] = FPUS_C3, [SF_CMP_GREATER] = 0,
            [SF_CMP_UNORDERED] = FPUS_C0 | FPUS_C2 | FPUS_C3,
        };
        fpu_merge_status(env, &st);
        if (fpu_blocked(&st, SF_FLAG_INVALID)) /* unmasked #IA: no condition code */
            fpu_set_c1(env, false);
        else
            fpu_set_cc(env, FPUS_CC, cc[rel & 3]);
        return;
    }
    default:
        fpu_unary(env, (int)op);
        return;
    }
}

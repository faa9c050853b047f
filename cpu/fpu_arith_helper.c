/* x87 arithmetic, compares, loads and stores: FADD..FDIVR (register, m32/m64 real, m16/m32
 * integer), FCOM/FUCOM/FICOM/FCOMI families, FLD/FILD/FBLD and FST/FIST/FISTTP/FBSTP.
 * Values go through the soft-float library (cpu/fpu/softfloat.h) with the status from the
 * control word; stack faults and unmasked exceptions follow SDM vol. 1, 8.5. */
#include "cpu/fpu_internal.h"
#include "cpu/helper.h"

static sf_f80 fpu_binop(int op, sf_f80 a, sf_f80 b, sf_status *st)
{
    switch (op) {
    case SF_X87_ADD: return sf_f80_add(a, b, st);
    case SF_X87_SUB: return sf_f80_sub(a, b, st);
    case SF_X87_SUBR: return sf_f80_sub(b, a, st);
    case SF_X87_MUL: return sf_f80_mul(a, b, st);
    case SF_X87_DIV: return sf_f80_div(a, b, st);
    default: return sf_f80_div(b, a, st);
    }
}

/* Result r of an operation on ST(dst): flags into SW; an unmasked #I/#D/#Z leaves the
 * destination and TOP alone; otherwise C1 = rounded up, the write and the pop. */
static void fpu_commit(CPUX86State *env, int dst, sf_f80 r, const sf_status *st, unsigned pop)
{
    if (fpu_merge_status(env, st)) {
        fpu_set_c1(env, false); /* nothing rounded (host CPU) */
        return;
    }
    fpu_set_c1(env, st->c1);
    fpu_set(env, dst, r);
    if (pop & FPU_POP)
        fpu_pop(env);
}

/* FADD/FSUB/FSUBR/FMUL/FDIV/FDIVR[P] ST(dst), ST(src): ST(dst) = ST(dst) op ST(src). */
void helper_fpu_arith(CPUX86State *env, uint32_t op, uint32_t dst, uint32_t src)
{
    if (fpu_empty(env, (int)dst) || fpu_empty(env, (int)src)) {
        if (!fpu_stack_fault(env, false))
            return;
        fpu_set(env, (int)dst, fpu_indefinite());
        if (op & FPU_POP)
            fpu_pop(env);
        return;
    }
    sf_status st = fpu_status(env);
    sf_f80 r = fpu_binop(op & 0xff, fpu_get(env, (int)dst), fpu_get(env, (int)src), &st);
    fpu_commit(env, (int)dst, r, &st, op);
}

/* The memory operand of kind as a raw value (little-endian, zero-extended). */
static uint64_t fpu_load_operand(CPUX86State *env, int kind, uint64_t addr, uintptr_t ra)
{
    switch (kind) {
    case FPU_M16I: return fpu_ld(env, addr, 2, ra);
    case FPU_M32I: case FPU_M32F: return fpu_ld(env, addr, 4, ra);
    default: return fpu_ld(env, addr, 8, ra);
    }
}

/* An integer operand as an exact floatx80 (vol. 1, 8.3.3: FI* convert without rounding). */
static sf_f80 fpu_int_operand(int kind, uint64_t raw, sf_status *st)
{
    if (kind == FPU_M16I)
        return sf_i32_to_f80((int16_t)raw, st);
    if (kind == FPU_M32I)
        return sf_i32_to_f80((int32_t)raw, st);
    return sf_i64_to_f80((int64_t)raw, st);
}

/* FADD..FDIVR m32fp/m64fp and FIADD..FIDIVR m16int/m32int with ST(0). The real operand
 * is widened inside the operation (sf_f80_arith_f32/f64) so that an SNaN and a denormal
 * are seen as the hardware sees them. */
void helper_fpu_arith_mem(CPUX86State *env, uint32_t op, uint32_t kind, uint64_t addr)
{
    uintptr_t ra = GETPC();
    uint64_t raw = fpu_load_operand(env, (int)kind, addr, ra);
    if (fpu_empty(env, 0)) {
        if (fpu_stack_fault(env, false))
            fpu_set(env, 0, fpu_indefinite());
        return;
    }
    sf_status st = fpu_status(env);
    sf_f80 a = fpu_get(env, 0), r;
    if (kind == FPU_M32F)
        r = sf_f80_arith_f32((int)op, a, (sf_f32)raw, &st);
    else if (kind == FPU_M64F)
        r = sf_f80_arith_f64((int)op, a, raw, &st);
    else
        r = fpu_binop((int)op, a, fpu_int_operand((int)kind, raw, &st), &st);
    fpu_commit(env, 0, r, &st, 0);
}

/* ---- compares ---- */

/* Condition codes of a compare (vol. 2, FCOM table 3-21): C3 C2 C0. */
static uint16_t fpu_cmp_cc(int rel)
{
    static const uint16_t cc[4] = {
        [SF_CMP_LESS] = FPUS_C0, [SF_CMP_EQUAL] = FPUS_C3, [SF_CMP_GREATER] = 0,
        [SF_CMP_UNORDERED] = FPUS_C0 | FPUS_C2 | FPUS_C3,
    };
    return cc[rel & 3];
}

static void fpu_compare_pops(CPUX86State *env, uint32_t flags)
{
    if (flags & (FPU_POP | FPU_POP2))
        fpu_pop(env);
    if (flags & FPU_POP2)
        fpu_pop(env);
}

/* The end of FCOM-like instructions. The condition codes are set even when an unmasked
 * exception stops the pop, except for an unmasked #IA (vol. 2, FCOM table 3-21: "Flags
 * not set if unmasked invalid-arithmetic-operand (#IA) exception is generated"; the AMD
 * host sets them anyway). C1 is cleared. */
static void fpu_compare_finish(CPUX86State *env, int rel, const sf_status *st, uint32_t flags)
{
    bool blocked = fpu_merge_status(env, st);
    if (fpu_blocked(st, SF_FLAG_INVALID))
        fpu_set_c1(env, false);
    else
        fpu_set_cc(env, FPUS_CC, fpu_cmp_cc(rel));
    if (!blocked)
        fpu_compare_pops(env, flags);
}

/* A stack fault in a compare: "unordered" whether masked or not (it is #IS, not #IA);
 * the pops only when masked. */
static void fpu_compare_stack_fault(CPUX86State *env, uint32_t flags)
{
    bool masked = fpu_stack_fault(env, false);
    fpu_set_cc(env, FPUS_C0 | FPUS_C2 | FPUS_C3, FPUS_C0 | FPUS_C2 | FPUS_C3);
    if (masked)
        fpu_compare_pops(env, flags);
}

/* FCOM/FCOMP/FCOMPP/FUCOM/FUCOMP/FUCOMPP ST(0), ST(i); FTST compares with +0.0 from the
 * misc helper. flags: FPU_QUIET, FPU_POP, FPU_POP2 and ST index i in bits 0-2. */
void helper_fpu_com(CPUX86State *env, uint32_t flags)
{
    int i = (int)(flags & 7);
    if (fpu_empty(env, 0) || fpu_empty(env, i)) {
        fpu_compare_stack_fault(env, flags);
        return;
    }
    sf_status st = fpu_status(env);
    int rel = sf_f80_compare(fpu_get(env, 0), fpu_get(env, i), flags & FPU_QUIET, &st);
    fpu_compare_finish(env, rel, &st, flags);
}

/* FCOM/FCOMP m32fp/m64fp and FICOM/FICOMP m16int/m32int. flags: FPU_POP. */
void helper_fpu_com_mem(CPUX86State *env, uint32_t flags, uint32_t kind, uint64_t addr)
{
    uintptr_t ra = GETPC();
    uint64_t raw = fpu_load_operand(env, (int)kind, addr, ra);
    if (fpu_empty(env, 0)) {
        fpu_compare_stack_fault(env, flags);
        return;
    }
    sf_status st = fpu_status(env);
    sf_f80 a = fpu_get(env, 0);
    int rel;
    if (kind == FPU_M32F)
        rel = sf_f80_compare_f32(a, (sf_f32)raw, false, &st);
    else if (kind == FPU_M64F)
        rel = sf_f80_compare_f64(a, raw, false, &st);
    else
        rel = sf_f80_compare(a, fpu_int_operand((int)kind, raw, &st), false, &st);
    fpu_compare_finish(env, rel, &st, flags);
}

/* FCOMI/FCOMIP/FUCOMI/FUCOMIP: ZF PF CF from the compare, OF SF AF cleared (vol. 2,
 * FCOMI table 3-23); written as CC_OP_EFLAGS like the other helpers that set flags (the
 * translator syncs env->cc_op first). An unmasked #IA leaves ZF PF CF alone ("set only if
 * the exception is masked"; the AMD host sets them anyway). A stack fault gives
 * "unordered" either way. C1 changes only with a stack fault (host CPU). */
void helper_fpu_comi(CPUX86State *env, uint32_t flags)
{
    static const uint32_t ef[4] = {
        [SF_CMP_LESS] = CC_C, [SF_CMP_EQUAL] = CC_Z, [SF_CMP_GREATER] = 0,
        [SF_CMP_UNORDERED] = CC_Z | CC_P | CC_C,
    };
    int i = (int)(flags & 7);
    int rel = SF_CMP_UNORDERED;
    bool set_flags = true, pop;
    if (fpu_empty(env, 0) || fpu_empty(env, i)) {
        pop = fpu_stack_fault(env, false);
    } else {
        sf_status st = fpu_status(env);
        rel = sf_f80_compare(fpu_get(env, 0), fpu_get(env, i), flags & FPU_QUIET, &st);
        pop = !fpu_merge_status(env, &st);
        set_flags = !fpu_blocked(&st, SF_FLAG_INVALID);
    }
    if (set_flags) {
        env->cc_src = ef[rel & 3];
    } else {
        /* ZF PF CF stay; OF SF AF are cleared "regardless of whether an invalid-operation
         * exception is detected" */
        env->cc_src = helper_cc_compute_all(env->cc_dst, env->cc_src, env->cc_src2,
                                            env->cc_op) & (CC_Z | CC_P | CC_C);
    }
    env->cc_op = CC_OP_EFLAGS;
    if (pop && (flags & FPU_POP))
        fpu_pop(env);
}

/* ---- loads ---- */

/* FLD m32fp/m64fp/m80fp, FILD m16/m32/m64int, FBLD m80bcd: convert, then push. */
void helper_fpu_ld(CPUX86State *env, uint32_t kind, uint64_t addr)
{
    uintptr_t ra = GETPC();
    uint8_t buf[10];
    uint64_t raw = 0;
    if (kind == FPU_M80F || kind == FPU_M80BCD)
        fpu_ld_bytes(env, addr, buf, 10, ra);
    else
        raw = fpu_load_operand(env, (int)kind, addr, ra);
    if (fpu_push_overflows(env)) {
        if (fpu_stack_fault(env, true))
            fpu_push(env, fpu_indefinite());
        return;
    }
    sf_status st = fpu_status(env);
    sf_f80 v;
    switch (kind) {
    case FPU_M32F: v = sf_f32_to_f80((sf_f32)raw, &st); break;
    case FPU_M64F: v = sf_f64_to_f80(raw, &st); break;
    case FPU_M80F: {
        /* Loaded as is: no conversion, so no exception (vol. 2, FLD). */
        uint64_t sig = 0;
        for (int k = 0; k < 8; k++)
            sig |= (uint64_t)buf[k] << (8 * k);
        v = sf_f80_make((uint16_t)(buf[8] | buf[9] << 8), sig);
        break;
    }
    case FPU_M80BCD: v = sf_bcd_to_f80(buf, &st); break;
    default: v = fpu_int_operand((int)kind, raw, &st); break;
    }
    bool blocked = fpu_merge_status(env, &st);
    fpu_set_c1(env, false);
    if (!blocked)
        fpu_push(env, v);
}

/* ---- stores ---- */

/* The value a store writes, in bytes; *n its size. */
static void fpu_convert_store(int kind, sf_f80 a, bool empty, uint8_t *buf, int *n,
                              sf_status *st)
{
    uint64_t v;
    switch (kind) {
    case FPU_M32F:
        *n = 4;
        v = empty ? SF_F32_DEFAULT_NAN : sf_f80_to_f32(a, st);
        break;
    case FPU_M64F:
        *n = 8;
        v = empty ? SF_F64_DEFAULT_NAN : sf_f80_to_f64(a, st);
        break;
    case FPU_M80F:
        /* Stored as is (vol. 2, FST: no conversion for the double extended format). */
        *n = 10;
        if (empty)
            a = fpu_indefinite();
        for (int k = 0; k < 8; k++)
            buf[k] = (uint8_t)(a.sig >> (8 * k));
        buf[8] = (uint8_t)a.se;
        buf[9] = (uint8_t)(a.se >> 8);
        return;
    case FPU_M80BCD:
        *n = 10;
        if (empty) {
            /* The packed BCD indefinite: FFFFC000000000000000H (vol. 1, table 4-4). */
            static const uint8_t bcd_indef[10] = { 0, 0, 0, 0, 0, 0, 0, 0xC0, 0xFF, 0xFF };
            for (int k = 0; k < 10; k++)
                buf[k] = bcd_indef[k];
        } else {
            sf_f80_to_bcd(a, buf, st);
        }
        return;
    /* The integer indefinite is the most negative value (vol. 1, 4.2.2). */
    case FPU_M16I: case FPU_M16I_T:
        *n = 2;
        v = empty ? 0x8000u
                  : (uint16_t)(kind == FPU_M16I ? sf_f80_to_i16(a, st) : sf_f80_to_i16_trunc(a, st));
        break;
    case FPU_M32I: case FPU_M32I_T:
        *n = 4;
        v = empty ? 0x80000000u
                  : (uint32_t)(kind == FPU_M32I ? sf_f80_to_i32(a, st) : sf_f80_to_i32_trunc(a, st));
        break;
    default:
        *n = 8;
        v = empty ? 0x8000000000000000ull
                  : (uint64_t)(kind == FPU_M64I ? sf_f80_to_i64(a, st) : sf_f80_to_i64_trunc(a, st));
        break;
    }
    for (int k = 0; k < *n; k++)
        buf[k] = (uint8_t)(v >> (8 * k));
}

/* FST/FSTP m32fp/m64fp/m80fp, FIST/FISTP/FISTTP m16/m32/m64int, FBSTP m80bcd. Memory is
 * written before any state changes, so a #PF leaves the FPU as it was. An unmasked #I, #O
 * or #U stores nothing and leaves TOP (vol. 1, 8.5.1.2, 8.5.4, 8.5.5). */
void helper_fpu_st(CPUX86State *env, uint32_t arg, uint64_t addr)
{
    uintptr_t ra = GETPC();
    int kind = (int)(arg & 0xff), n;
    uint8_t buf[10];
    sf_status st = fpu_status(env);
    bool empty = fpu_empty(env, 0);
    if (empty && !fpu_ie_masked(env)) {
        fpu_stack_fault(env, false);
        return;
    }
    fpu_convert_store(kind, fpu_get(env, 0), empty, buf, &n, &st);
    if (!empty && fpu_blocked(&st, FPU_MEM_EXC)) {
        /* Nothing was stored, so nothing was rounded: no #P, C1 clear (host CPU). */
        fpu_merge_flags(env, st.flags & ~SF_FLAG_INEXACT);
        fpu_set_c1(env, false);
        return;
    }
    if (n == 10) {
        fpu_st_bytes(env, addr, buf, 10, ra);
    } else {
        uint64_t v = 0;
        for (int k = 0; k < n; k++)
            v |= (uint64_t)buf[k] << (8 * k);
        fpu_st(env, addr, v, n, ra);
    }
    if (empty)
        fpu_stack_fault(env, false);
    else {
        fpu_merge_flags(env, st.flags);
        fpu_set_c1(env, st.c1);
    }
    if (arg & FPU_POP)
        fpu_pop(env);
}

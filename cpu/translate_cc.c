/* Lazy flags in the translator: which operation last set the flags is tracked at
 * translation time (s->cc_op) and stored to env only when someone else must read it.
 * Conditions (Jcc/SETcc/CMOVcc, SDM vol. 1, appendix B) are evaluated straight from the
 * recorded operands for the common cases and through helper_cc_compute_all otherwise. */
#include "cpu/helper.h"
#include "cpu/translate.h"

/* Which of cc_dst (1), cc_src (2) and cc_src2 (4) an operation's flags are computed from
 * (cpu/cpu.h, CC_OP_LIST). */
static unsigned cc_op_inputs(int op)
{
    if (op == CC_OP_DYNAMIC)
        return 7;
    if (op == CC_OP_EFLAGS)
        return 2;
    if (op == CC_OP_CLR)
        return 0;
    int kind = op - ((op - CC_OP_MULB) & 3);
    if (kind == CC_OP_LOGICB)
        return 1;
    if (kind == CC_OP_ADCB || kind == CC_OP_SBBB)
        return 7;
    return 3;
}

void set_cc_op(DisasContext *s, int op)
{
    s->cc_srcT_valid = false;
    if (s->cc_op == op)
        return;
    /* The inputs the new operation does not use are dead from here: discarding them lets
     * liveness drop whatever only computed them, e.g. the flags a rotate materialised
     * (helper_cc_compute_all) just before a logic op replaces them all. */
    unsigned dead = cc_op_inputs(s->cc_op) & ~cc_op_inputs(op);
    if (dead & 1)
        tcg_gen_discard_i64(x86_ir_cc_dst);
    if (dead & 2)
        tcg_gen_discard_i64(x86_ir_cc_src);
    if (dead & 4)
        tcg_gen_discard_i64(x86_ir_cc_src2);
    s->cc_op = op;
    /* DYNAMIC means the IR itself keeps env->cc_op right. */
    s->cc_op_dirty = op != CC_OP_DYNAMIC;
}

void gen_update_cc_op(DisasContext *s)
{
    if (s->cc_op_dirty) {
        tcg_gen_movi_i32(x86_ir_cc_op, (uint32_t)s->cc_op);
        s->cc_op_dirty = false;
    }
}

static void gen_zext(TCGv dst, TCGv src, int size)
{
    switch (size) {
    case 1: tcg_gen_ext8u_i64(dst, src); break;
    case 2: tcg_gen_ext16u_i64(dst, src); break;
    case 4: tcg_gen_ext32u_i64(dst, src); break;
    default: tcg_gen_mov_i64(dst, src); break;
    }
}

static void gen_sext(TCGv dst, TCGv src, int size)
{
    switch (size) {
    case 1: tcg_gen_ext8s_i64(dst, src); break;
    case 2: tcg_gen_ext16s_i64(dst, src); break;
    case 4: tcg_gen_ext32s_i64(dst, src); break;
    default: tcg_gen_mov_i64(dst, src); break;
    }
}

/* cc_dst is kept zero-extended from the operand size, so ZF is a plain compare. The
 * caller passes src already zero-extended (or a 0/1 carry). */
void gen_set_cc(DisasContext *s, int base_op, int size, TCGv dst, TCGv src)
{
    gen_zext(x86_ir_cc_dst, dst, size);
    if (src.idx != TCG_NO_TEMP)
        tcg_gen_mov_i64(x86_ir_cc_src, src);
    set_cc_op(s, base_op + size_log2(size));
}

void gen_set_cc_sub(DisasContext *s, int size, TCGv dst, TCGv src1, TCGv src2)
{
    gen_set_cc(s, CC_OP_SUBB, size, dst, src2);
    if (s->cc_srcT.idx == TCG_NO_TEMP)
        s->cc_srcT = tcg_temp_new_i64();
    tcg_gen_mov_i64(s->cc_srcT, src1);
    s->cc_srcT_valid = true;
}

static int cc_size(int op)
{
    return 1 << ((op - CC_OP_MULB) & 3);
}

static int cc_kind(int op)
{
    return op - ((op - CC_OP_MULB) & 3);
}

TCGv gen_compute_eflags(DisasContext *s)
{
    TCGv r = tcg_temp_new_i64();
    if (s->cc_op == CC_OP_EFLAGS) {
        tcg_gen_andi_i64(r, x86_ir_cc_src, CC_ALL);
        return r;
    }
    if (s->cc_op == CC_OP_CLR) {
        tcg_gen_movi_i64(r, CC_Z | CC_P);
        return r;
    }
    TCGv_i32 op = s->cc_op == CC_OP_DYNAMIC ? x86_ir_cc_op : tcg_constant_i32((uint32_t)s->cc_op);
    TCGv_i32 res = tcg_temp_new_i32();
    gen_helper_cc_compute_all(res, x86_ir_cc_dst, x86_ir_cc_src, x86_ir_cc_src2, op);
    tcg_gen_extu_i32_i64(r, res);
    tcg_temp_free_i32(res);
    return r;
}

void gen_set_eflags_cc(DisasContext *s, TCGv flags)
{
    tcg_gen_mov_i64(x86_ir_cc_src, flags);
    set_cc_op(s, CC_OP_EFLAGS);
}

/* src1 of a recorded SUB/CMP (zero-extended): kept from the instruction when it is in
 * this TB, else dst + src at the operand size. */
static TCGv gen_sub_src1(DisasContext *s, int size)
{
    TCGv t = tcg_temp_new_i64();
    if (s->cc_srcT_valid) {
        tcg_gen_mov_i64(t, s->cc_srcT);
        return t;
    }
    tcg_gen_add_i64(t, x86_ir_cc_dst, x86_ir_cc_src);
    gen_zext(t, t, size);
    return t;
}

/* CF of s->cc_op as 0/1 in r: inline when cc_op is known, else helper_cc_compute_c. */
static void gen_cf_into(DisasContext *s, TCGv r)
{
    int op = s->cc_op;
    if (op >= CC_OP_MULB && op < CC_OP_CLR) {
        int size = cc_size(op);
        switch (cc_kind(op)) {
        case CC_OP_SUBB: {
            TCGv src1 = gen_sub_src1(s, size);
            tcg_gen_setcond_i64(TCG_COND_LTU, r, src1, x86_ir_cc_src);
            tcg_temp_free_i64(src1);
            return;
        }
        case CC_OP_ADDB:
            tcg_gen_setcond_i64(TCG_COND_LTU, r, x86_ir_cc_dst, x86_ir_cc_src);
            return;
        case CC_OP_ADCB: case CC_OP_SBBB: {
            /* With a carry-in the carry-out condition includes equality (the same rule
             * as helper_cc_compute_all). */
            TCGv a = x86_ir_cc_dst, t = tcg_temp_new_i64(), u = tcg_temp_new_i64();
            TCGv src1 = { TCG_NO_TEMP };
            if (cc_kind(op) == CC_OP_SBBB) {
                src1 = tcg_temp_new_i64();
                tcg_gen_add_i64(src1, x86_ir_cc_dst, x86_ir_cc_src);
                tcg_gen_add_i64(src1, src1, x86_ir_cc_src2);
                gen_zext(src1, src1, size);
                a = src1;
            }
            tcg_gen_setcond_i64(TCG_COND_LEU, t, a, x86_ir_cc_src);
            tcg_gen_setcond_i64(TCG_COND_LTU, u, a, x86_ir_cc_src);
            tcg_gen_movcond_i64(TCG_COND_NE, r, x86_ir_cc_src2, tcg_constant_i64(0), t, u);
            if (src1.idx != TCG_NO_TEMP)
                tcg_temp_free_i64(src1);
            tcg_temp_free_i64(u);
            tcg_temp_free_i64(t);
            return;
        }
        case CC_OP_LOGICB:
            tcg_gen_movi_i64(r, 0);
            return;
        case CC_OP_INCB: case CC_OP_DECB: case CC_OP_BMIB:
            tcg_gen_mov_i64(r, x86_ir_cc_src);
            return;
        case CC_OP_SHLB:
            tcg_gen_extract_i64(r, x86_ir_cc_src, (unsigned)size * 8 - 1, 1);
            return;
        case CC_OP_SARB:
            tcg_gen_andi_i64(r, x86_ir_cc_src, 1);
            return;
        case CC_OP_MULB:
            tcg_gen_setcondi_i64(TCG_COND_NE, r, x86_ir_cc_src, 0);
            return;
        default:
            break;
        }
    } else if (op == CC_OP_CLR) {
        tcg_gen_movi_i64(r, 0);
        return;
    } else if (op == CC_OP_EFLAGS) {
        tcg_gen_andi_i64(r, x86_ir_cc_src, CC_C);
        return;
    }
    TCGv_i32 op32 = op == CC_OP_DYNAMIC ? x86_ir_cc_op : tcg_constant_i32((uint32_t)op);
    gen_helper_cc_compute_c(r, x86_ir_cc_dst, x86_ir_cc_src, x86_ir_cc_src2, op32);
}

/* Speculation for flags read while cc_op is only known at run time (CC_OP_DYNAMIC: the
 * TB was entered with the flags of an earlier TB). A TB is translated just before its
 * first run, so env->cc_op then is the operation that usually reaches it (the CMP before
 * an indirect jump to a bytecode handler, say). The generated code tests cc_op against
 * that hint and evaluates inline when it matches, through the helper otherwise. */
static int cc_op_hint(DisasContext *s)
{
    if (!s->env)
        return CC_OP_DYNAMIC;
    uint32_t op = s->env->cc_op;
    /* every kind whose CF and conditions are inline (all but BMI) */
    if ((op >= CC_OP_MULB && op < CC_OP_BMIB) || op == CC_OP_EFLAGS || op == CC_OP_CLR)
        return (int)op;
    return CC_OP_DYNAMIC;
}

typedef void CCValueFn(DisasContext *s, int b, TCGv r);

/* r = fn(b) for the hinted cc_op when env->cc_op matches it at run time, for
 * CC_OP_DYNAMIC otherwise; false (nothing emitted) without a usable hint. */
static bool gen_speculate_cc(DisasContext *s, int b, TCGv r, CCValueFn *fn)
{
    int hint = cc_op_hint(s);
    if (s->cc_op != CC_OP_DYNAMIC || hint == CC_OP_DYNAMIC)
        return false;
    TCGLabelId slow = gen_new_label(), done = gen_new_label();
    bool srcT_valid = s->cc_srcT_valid;
    tcg_gen_brcondi_i32(TCG_COND_NE, x86_ir_cc_op, (uint32_t)hint, slow);
    /* s->cc_op is changed directly: set_cc_op would mark it for a store */
    s->cc_op = hint;
    s->cc_srcT_valid = false;
    fn(s, b, r);
    tcg_gen_br(done);
    gen_set_label(slow);
    s->cc_op = CC_OP_DYNAMIC;
    fn(s, b, r);
    gen_set_label(done);
    s->cc_srcT_valid = srcT_valid;
    return true;
}

static void cf_value(DisasContext *s, int b, TCGv r)
{
    (void)b;
    gen_cf_into(s, r);
}

TCGv gen_compute_cf(DisasContext *s)
{
    TCGv r = tcg_temp_new_i64();
    if (!gen_speculate_cc(s, 0, r, cf_value))
        gen_cf_into(s, r);
    return r;
}

/* OF of a recorded operation as 0/1 in r, inline for the kinds where it is a few ops
 * (rules as in helper_cc_compute_all: SDM vol. 1, 3.4.3.1; vol. 2 per instruction);
 * false for the others. Only the sign bit of the operand size matters in the xor
 * forms, so bits above the size in cc_src or an intermediate do no harm. */
static bool gen_compute_of(DisasContext *s, int op, TCGv r)
{
    if (op < CC_OP_MULB || op >= CC_OP_CLR)
        return false;
    int size = cc_size(op), kind = cc_kind(op);
    unsigned top = (unsigned)size * 8 - 1;
    uint64_t sign = 1ull << top;
    TCGv src1, t;
    switch (kind) {
    case CC_OP_SUBB: case CC_OP_SBBB: case CC_OP_ADDB: case CC_OP_ADCB: {
        /* src1 from the result: dst + src (+ borrow) after SUB/SBB, dst - src (- carry)
         * after ADD/ADC. OF: SUB with operands of different signs, ADD with operands
         * of the same sign, and a result whose sign differs from src1. */
        bool sub = kind == CC_OP_SUBB || kind == CC_OP_SBBB;
        if (kind == CC_OP_SUBB) {
            src1 = gen_sub_src1(s, size);
        } else {
            void (*fold)(TCGv, TCGv, TCGv) = sub ? tcg_gen_add_i64 : tcg_gen_sub_i64;
            src1 = tcg_temp_new_i64();
            fold(src1, x86_ir_cc_dst, x86_ir_cc_src);
            if (kind != CC_OP_ADDB) {
                tcg_gen_andi_i64(r, x86_ir_cc_src2, 1);
                fold(src1, src1, r);
            }
        }
        t = tcg_temp_new_i64();
        tcg_gen_xor_i64(t, src1, x86_ir_cc_src);
        tcg_gen_xor_i64(r, src1, x86_ir_cc_dst);
        (sub ? tcg_gen_and_i64 : tcg_gen_andc_i64)(r, r, t);
        break;
    }
    case CC_OP_INCB: case CC_OP_DECB:
        /* the result is the most negative (INC) or most positive (DEC) value */
        tcg_gen_setcondi_i64(TCG_COND_EQ, r, x86_ir_cc_dst,
                             kind == CC_OP_INCB ? sign : sign - 1);
        return true;
    case CC_OP_SHLB:
        tcg_gen_xor_i64(r, x86_ir_cc_dst, x86_ir_cc_src);
        tcg_gen_extract_i64(r, r, top, 1);
        return true;
    case CC_OP_SARB:
        tcg_gen_shri_i64(r, x86_ir_cc_dst, 1);
        tcg_gen_xor_i64(r, r, x86_ir_cc_dst);
        tcg_gen_extract_i64(r, r, top - 1, 1);
        return true;
    case CC_OP_MULB:
        tcg_gen_setcondi_i64(TCG_COND_NE, r, x86_ir_cc_src, 0);
        return true;
    default:
        return false;
    }
    tcg_gen_extract_i64(r, r, top, 1);
    tcg_temp_free_i64(t);
    tcg_temp_free_i64(src1);
    return true;
}

static TCGCond invert_cond(TCGCond c)
{
    switch (c) {
    case TCG_COND_NEVER: return TCG_COND_ALWAYS;
    case TCG_COND_ALWAYS: return TCG_COND_NEVER;
    case TCG_COND_EQ: return TCG_COND_NE;
    case TCG_COND_NE: return TCG_COND_EQ;
    case TCG_COND_LT: return TCG_COND_GE;
    case TCG_COND_GE: return TCG_COND_LT;
    case TCG_COND_LE: return TCG_COND_GT;
    case TCG_COND_GT: return TCG_COND_LE;
    case TCG_COND_LTU: return TCG_COND_GEU;
    case TCG_COND_GEU: return TCG_COND_LTU;
    case TCG_COND_LEU: return TCG_COND_GTU;
    case TCG_COND_GTU: return TCG_COND_LEU;
    case TCG_COND_TSTEQ: return TCG_COND_TSTNE;
    case TCG_COND_TSTNE: return TCG_COND_TSTEQ;
    }
    return c;
}

static X86Cond mk(TCGCond c, TCGv a, TCGv b)
{
    return (X86Cond){ c, a, b };
}

static X86Cond mki(TCGCond c, TCGv a, uint64_t b)
{
    return (X86Cond){ c, a, tcg_constant_i64(b) };
}

/* A condition on a full EFLAGS image in f (CC_* bits); takes ownership of f. */
static X86Cond cond_from_flags(int jcc, TCGv f)
{
    switch (jcc) {
    case 0: return mki(TCG_COND_TSTNE, f, CC_O);
    case 1: return mki(TCG_COND_TSTNE, f, CC_C);
    case 2: return mki(TCG_COND_TSTNE, f, CC_Z);
    case 3: return mki(TCG_COND_TSTNE, f, CC_C | CC_Z);
    case 4: return mki(TCG_COND_TSTNE, f, CC_S);
    case 5: return mki(TCG_COND_TSTNE, f, CC_P);
    case 6: case 7: {
        /* SF is bit 7 and OF bit 11: f ^ (f >> 4) has SF^OF in bit 7 and ZF in bit 6 (bit
         * 10 of f is 0 since f holds only CC_* bits). */
        TCGv t = tcg_temp_new_i64();
        tcg_gen_andi_i64(f, f, CC_ALL);
        tcg_gen_shri_i64(t, f, 4);
        tcg_gen_xor_i64(f, f, t);
        tcg_temp_free_i64(t);
        return mki(TCG_COND_TSTNE, f, jcc == 6 ? 0x80 : 0xc0);
    }
    }
    return mki(TCG_COND_NEVER, f, 0);
}

/* The condition for a result-based cc_op (cc_dst holds the zero-extended result). */
static bool cond_from_result(DisasContext *s, int jcc, int size, X86Cond *c)
{
    uint64_t sign = 1ull << (size * 8 - 1);
    TCGv t;
    switch (jcc) {
    case 2:
        *c = mki(TCG_COND_EQ, x86_ir_cc_dst, 0);
        return true;
    case 4:
        *c = mki(TCG_COND_TSTNE, x86_ir_cc_dst, sign);
        return true;
    case 5:
        /* PF = even number of ones in the low byte. */
        t = tcg_temp_new_i64();
        tcg_gen_ext8u_i64(t, x86_ir_cc_dst);
        tcg_gen_ctpop_i64(t, t);
        *c = mki(TCG_COND_TSTEQ, t, 1);
        return true;
    }
    (void)s;
    return false;
}

/* The condition of Jcc/SETcc/CMOVcc b (low 4 bits of the opcode) for s->cc_op. */
static X86Cond prepare_cc(DisasContext *s, int b)
{
    int jcc = (b >> 1) & 7;
    bool inv = b & 1;
    int op = s->cc_op;
    X86Cond c;
    bool done = false;

    if (op == CC_OP_EFLAGS) {
        TCGv f = tcg_temp_new_i64();
        tcg_gen_mov_i64(f, x86_ir_cc_src);
        c = cond_from_flags(jcc, f);
        done = true;
    } else if (op == CC_OP_CLR) {
        /* ZF=PF=1, all others 0 */
        bool v = jcc == 2 || jcc == 3 || jcc == 5 || jcc == 7;
        c = mki(v ? TCG_COND_ALWAYS : TCG_COND_NEVER, x86_ir_cc_dst, 0);
        done = true;
    } else if (op >= CC_OP_MULB && op < CC_OP_CLR) {
        int size = cc_size(op), kind = cc_kind(op);
        if (kind == CC_OP_SUBB) {
            /* After CMP/SUB compare the original operands (src1 = dst + src). */
            TCGv src1, src2;
            switch (jcc) {
            case 1: case 3:
                src1 = gen_sub_src1(s, size);
                c = mk(jcc == 1 ? TCG_COND_LTU : TCG_COND_LEU, src1, x86_ir_cc_src);
                done = true;
                break;
            case 0:
                src1 = tcg_temp_new_i64();
                gen_compute_of(s, op, src1);
                c = mki(TCG_COND_NE, src1, 0);
                done = true;
                break;
            case 6: case 7:
                src1 = gen_sub_src1(s, size);
                src2 = tcg_temp_new_i64();
                gen_sext(src1, src1, size);
                gen_sext(src2, x86_ir_cc_src, size);
                c = mk(jcc == 6 ? TCG_COND_LT : TCG_COND_LE, src1, src2);
                done = true;
                break;
            default:
                done = cond_from_result(s, jcc, size, &c);
                break;
            }
        } else if (kind == CC_OP_LOGICB) {
            TCGv t;
            switch (jcc) {
            case 0: case 1: /* OF = CF = 0 */
                c = mki(TCG_COND_NEVER, x86_ir_cc_dst, 0);
                done = true;
                break;
            case 3: /* CF|ZF = ZF */
                c = mki(TCG_COND_EQ, x86_ir_cc_dst, 0);
                done = true;
                break;
            case 6: /* SF != OF = SF */
                c = mki(TCG_COND_TSTNE, x86_ir_cc_dst, 1ull << (size * 8 - 1));
                done = true;
                break;
            case 7: /* ZF or SF: the signed result is <= 0 */
                t = tcg_temp_new_i64();
                gen_sext(t, x86_ir_cc_dst, size);
                c = mki(TCG_COND_LE, t, 0);
                done = true;
                break;
            default:
                done = cond_from_result(s, jcc, size, &c);
                break;
            }
        } else if (jcc == 1) {
            TCGv cf = gen_compute_cf(s);
            c = mki(TCG_COND_NE, cf, 0);
            done = true;
        } else if (jcc == 3) {
            /* CF or ZF */
            TCGv cf = gen_compute_cf(s), z = tcg_temp_new_i64();
            tcg_gen_setcondi_i64(TCG_COND_EQ, z, x86_ir_cc_dst, 0);
            tcg_gen_or_i64(cf, cf, z);
            tcg_temp_free_i64(z);
            c = mki(TCG_COND_NE, cf, 0);
            done = true;
        } else if (jcc == 0 || jcc == 6 || jcc == 7) {
            /* OF; SF != OF; ZF or SF != OF */
            TCGv of = tcg_temp_new_i64();
            if (gen_compute_of(s, op, of)) {
                if (jcc != 0) {
                    TCGv t = tcg_temp_new_i64();
                    tcg_gen_extract_i64(t, x86_ir_cc_dst, (unsigned)size * 8 - 1, 1);
                    tcg_gen_xor_i64(of, of, t);
                    if (jcc == 7) {
                        tcg_gen_setcondi_i64(TCG_COND_EQ, t, x86_ir_cc_dst, 0);
                        tcg_gen_or_i64(of, of, t);
                    }
                    tcg_temp_free_i64(t);
                }
                c = mki(TCG_COND_NE, of, 0);
                done = true;
            } else {
                tcg_temp_free_i64(of);
            }
        } else {
            done = cond_from_result(s, jcc, size, &c);
        }
    } else if (op == CC_OP_DYNAMIC && jcc == 1) {
        /* a TB entered with unknown flags: the CF-only helper is cheaper */
        TCGv cf = tcg_temp_new_i64();
        gen_cf_into(s, cf);
        c = mki(TCG_COND_NE, cf, 0);
        done = true;
    }
    if (!done)
        c = cond_from_flags(jcc, gen_compute_eflags(s));
    if (inv)
        c.cond = invert_cond(c.cond);
    return c;
}

/* dst = c as 0/1; frees c's temps. */
static void cond_to_value(X86Cond c, TCGv dst)
{
    if (c.cond == TCG_COND_ALWAYS || c.cond == TCG_COND_NEVER)
        tcg_gen_movi_i64(dst, c.cond == TCG_COND_ALWAYS);
    else
        tcg_gen_setcond_i64(c.cond, dst, c.a, c.b);
    x86_cond_free(&c);
}

static void cc_value(DisasContext *s, int b, TCGv r)
{
    cond_to_value(prepare_cc(s, b), r);
}

X86Cond gen_prepare_cc(DisasContext *s, int b)
{
    TCGv r = tcg_temp_new_i64();
    if (gen_speculate_cc(s, b, r, cc_value))
        return mki(TCG_COND_NE, r, 0);
    tcg_temp_free_i64(r);
    return prepare_cc(s, b);
}

void x86_cond_free(X86Cond *c)
{
    /* Freeing a global or a constant is a no-op in the IR builder. */
    tcg_temp_free_i64(c->a);
    tcg_temp_free_i64(c->b);
}

void gen_setcc_value(DisasContext *s, int b, TCGv dst)
{
    cond_to_value(gen_prepare_cc(s, b), dst);
}

void gen_brcond_cc(DisasContext *s, int b, TCGLabelId l)
{
    X86Cond c = gen_prepare_cc(s, b);
    if (c.cond == TCG_COND_ALWAYS)
        tcg_gen_br(l);
    else if (c.cond != TCG_COND_NEVER)
        tcg_gen_brcond_i64(c.cond, c.a, c.b, l);
    x86_cond_free(&c);
}

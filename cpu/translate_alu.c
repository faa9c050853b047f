/* Integer arithmetic, logic and data movement: ADD..CMP/TEST, INC/DEC/NEG/NOT,
 * MUL/IMUL/DIV/IDIV, BCD adjusts, CBW/CWD, MOV/MOVZX/MOVSX/LEA, XCHG/CMPXCHG/XADD,
 * CMPXCHG8B, SETcc/CMOVcc, XLAT, SALC, BOUND. Rule for exact faults: every store that can
 * fault comes before any register or flag update of the same instruction. */
#include "cpu/helper.h"
#include "cpu/translate.h"

static void gen_sext_size(TCGv dst, TCGv src, int size)
{
    switch (size) {
    case 1: tcg_gen_ext8s_i64(dst, src); break;
    case 2: tcg_gen_ext16s_i64(dst, src); break;
    case 4: tcg_gen_ext32s_i64(dst, src); break;
    default: tcg_gen_mov_i64(dst, src); break;
    }
}

static void gen_zext_size(TCGv dst, TCGv src, int size)
{
    switch (size) {
    case 1: tcg_gen_ext8u_i64(dst, src); break;
    case 2: tcg_gen_ext16u_i64(dst, src); break;
    case 4: tcg_gen_ext32u_i64(dst, src); break;
    default: tcg_gen_mov_i64(dst, src); break;
    }
}

static bool same_reg(const X86Operand *a, const X86Operand *b)
{
    return a->type == OPND_REG && b->type == OPND_REG && a->reg == b->reg && a->hbyte == b->hbyte;
}

void trans_alu(DisasContext *s)
{
    X86Mnemonic mn = insn_mnemonic(s);
    int size = s->op[0].size;

    /* xor r,r and sub r,r: result 0 whatever r held, ZF=PF=1 and the rest clear. */
    if ((mn == X86_MN_xor || mn == X86_MN_sub) && same_reg(&s->op[0], &s->op[1])) {
        gen_store_op(s, 0, tcg_constant_i64(0));
        set_cc_op(s, CC_OP_CLR);
        return;
    }

    TCGv d = gen_load_op(s, 0);
    TCGv src = gen_load_op(s, 1);
    TCGv res = tcg_temp_new_i64();
    TCGv cf = { TCG_NO_TEMP };
    int op;
    switch (mn) {
    case X86_MN_add:
        tcg_gen_add_i64(res, d, src);
        op = CC_OP_ADDB;
        break;
    case X86_MN_adc:
        cf = gen_compute_cf(s);
        tcg_gen_add_i64(res, d, src);
        tcg_gen_add_i64(res, res, cf);
        op = CC_OP_ADCB;
        break;
    case X86_MN_sub:
    case X86_MN_cmp:
        tcg_gen_sub_i64(res, d, src);
        op = CC_OP_SUBB;
        break;
    case X86_MN_sbb:
        cf = gen_compute_cf(s);
        tcg_gen_sub_i64(res, d, src);
        tcg_gen_sub_i64(res, res, cf);
        op = CC_OP_SBBB;
        break;
    case X86_MN_and:
    case X86_MN_test:
        tcg_gen_and_i64(res, d, src);
        op = CC_OP_LOGICB;
        break;
    case X86_MN_or:
        tcg_gen_or_i64(res, d, src);
        op = CC_OP_LOGICB;
        break;
    default: /* xor */
        tcg_gen_xor_i64(res, d, src);
        op = CC_OP_LOGICB;
        break;
    }
    if (mn != X86_MN_cmp && mn != X86_MN_test)
        gen_store_op(s, 0, res);
    if (op == CC_OP_LOGICB) {
        gen_set_cc(s, op, size, res, (TCGv){ TCG_NO_TEMP });
    } else if (op == CC_OP_SUBB) {
        gen_set_cc_sub(s, size, res, d, src);
    } else {
        gen_set_cc(s, op, size, res, src);
        if (cf.idx != TCG_NO_TEMP) {
            tcg_gen_mov_i64(x86_ir_cc_src2, cf);
            tcg_temp_free_i64(cf);
        }
    }
    tcg_temp_free_i64(res);
    tcg_temp_free_i64(src);
    tcg_temp_free_i64(d);
}

/* INC/DEC leave CF alone (SDM vol. 2, INC): the old CF rides in cc_src. */
void trans_inc_dec(DisasContext *s)
{
    int size = s->op[0].size;
    bool inc = insn_mnemonic(s) == X86_MN_inc;
    /* CF first: it is pure, and when cc_op is only known at run time its computation
     * branches, which would otherwise spill the loaded operand around it. */
    TCGv cf = gen_compute_cf(s);
    TCGv d = gen_load_op(s, 0);
    tcg_gen_addi_i64(d, d, inc ? 1 : (uint64_t)-1);
    gen_store_op(s, 0, d);
    gen_set_cc(s, inc ? CC_OP_INCB : CC_OP_DECB, size, d, cf);
    tcg_temp_free_i64(cf);
    tcg_temp_free_i64(d);
}

/* NEG is 0 - x: recorded as SUB with src1 = 0 so CF = (x != 0), OF for the minimum. */
void trans_neg(DisasContext *s)
{
    int size = s->op[0].size;
    TCGv d = gen_load_op(s, 0);
    TCGv res = tcg_temp_new_i64();
    tcg_gen_neg_i64(res, d);
    gen_store_op(s, 0, res);
    gen_set_cc_sub(s, size, res, tcg_constant_i64(0), d);
    tcg_temp_free_i64(res);
    tcg_temp_free_i64(d);
}

void trans_not(DisasContext *s)
{
    TCGv d = gen_load_op(s, 0);
    tcg_gen_not_i64(d, d);
    gen_store_op(s, 0, d);
    tcg_temp_free_i64(d);
}

/* Writes the double-width product: AX for bytes, else rDX:rAX. */
static void store_wide_product(int size, TCGv lo, TCGv hi)
{
    if (size == 1) {
        TCGv t = tcg_temp_new_i64();
        tcg_gen_deposit_i64(t, lo, hi, 8, 8);
        gen_store_reg(2, R_EAX, false, t);
        tcg_temp_free_i64(t);
    } else {
        gen_store_reg(size, R_EAX, false, lo);
        gen_store_reg(size, R_EDX, false, hi);
    }
}

/* MUL: CF=OF=1 iff the high half is non-zero (SDM vol. 2, MUL). */
void trans_mul(DisasContext *s)
{
    int size = s->op[0].size;
    TCGv src = gen_load_op(s, 0);
    TCGv a = tcg_temp_new_i64();
    TCGv lo = tcg_temp_new_i64(), hi = tcg_temp_new_i64();
    gen_load_reg(a, size, R_EAX, false);
    if (size == 8) {
        tcg_gen_mulu2_i64(lo, hi, a, src);
    } else {
        tcg_gen_mul_i64(lo, a, src);
        tcg_gen_shri_i64(hi, lo, (uint64_t)size * 8);
        gen_zext_size(lo, lo, size);
    }
    store_wide_product(size, lo, hi);
    gen_set_cc(s, CC_OP_MULB, size, lo, hi);
    tcg_temp_free_i64(hi);
    tcg_temp_free_i64(lo);
    tcg_temp_free_i64(a);
    tcg_temp_free_i64(src);
}

/* IMUL, all three forms (SDM vol. 2, IMUL): CF=OF=1 when the signed result does not fit
 * the destination size. cc_src carries that overflow bit for CC_OP_MUL. */
void trans_imul(DisasContext *s)
{
    int size = s->op[0].size;
    bool one_operand = s->op[1].type == OPND_NONE;
    TCGv a, b;
    if (one_operand) {
        b = gen_load_op(s, 0);
        a = tcg_temp_new_i64();
        gen_load_reg(a, size, R_EAX, false);
    } else if (s->op[2].type == OPND_NONE) {
        a = gen_load_op(s, 0);
        b = gen_load_op(s, 1);
    } else {
        a = gen_load_op(s, 1);
        b = gen_load_op(s, 2);
    }
    TCGv lo = tcg_temp_new_i64(), hi = tcg_temp_new_i64(), ovf = tcg_temp_new_i64();
    if (size == 8) {
        tcg_gen_muls2_i64(lo, hi, a, b);
        TCGv t = tcg_temp_new_i64();
        tcg_gen_sari_i64(t, lo, 63);
        tcg_gen_setcond_i64(TCG_COND_NE, ovf, t, hi);
        tcg_temp_free_i64(t);
    } else {
        gen_sext_size(a, a, size);
        gen_sext_size(b, b, size);
        tcg_gen_mul_i64(lo, a, b);           /* exact: both factors fit 32 bits */
        tcg_gen_sari_i64(hi, lo, (uint64_t)size * 8);
        gen_sext_size(ovf, lo, size);
        tcg_gen_setcond_i64(TCG_COND_NE, ovf, ovf, lo);
        gen_zext_size(lo, lo, size);
    }
    if (one_operand)
        store_wide_product(size, lo, hi);
    else
        gen_store_op(s, 0, lo);
    gen_set_cc(s, CC_OP_MULB, size, lo, ovf);
    tcg_temp_free_i64(ovf);
    tcg_temp_free_i64(hi);
    tcg_temp_free_i64(lo);
    tcg_temp_free_i64(b);
    tcg_temp_free_i64(a);
}

/* DIV/IDIV in helpers (#DE needs the precise state); flags stay as they were, which the
 * SDM allows (all undefined). */
void trans_div(DisasContext *s)
{
    bool sign = insn_mnemonic(s) == X86_MN_idiv;
    TCGv src = gen_load_op(s, 0);
    TCGv_ptr env = tcg_ctx->env;
    switch (s->op[0].size) {
    case 1: sign ? gen_helper_idivb(env, src) : gen_helper_divb(env, src); break;
    case 2: sign ? gen_helper_idivw(env, src) : gen_helper_divw(env, src); break;
    case 4: sign ? gen_helper_idivl(env, src) : gen_helper_divl(env, src); break;
    default: sign ? gen_helper_idivq(env, src) : gen_helper_divq(env, src); break;
    }
    tcg_temp_free_i64(src);
}

void trans_bcd(DisasContext *s)
{
    TCGv_ptr env = tcg_ctx->env;
    gen_update_cc_op(s);
    switch (insn_mnemonic(s)) {
    case X86_MN_daa: gen_helper_daa(env); break;
    case X86_MN_das: gen_helper_das(env); break;
    case X86_MN_aaa: gen_helper_aaa(env); break;
    default: gen_helper_aas(env); break;
    }
    cc_op_set_by_helper(s, CC_OP_EFLAGS);
}

void trans_aam_aad(DisasContext *s)
{
    TCGv_i32 base = tcg_constant_i32((uint32_t)s->op[0].imm & 0xff);
    gen_update_cc_op(s);
    if (insn_mnemonic(s) == X86_MN_aam)
        gen_helper_aam(tcg_ctx->env, base);
    else
        gen_helper_aad(tcg_ctx->env, base);
    cc_op_set_by_helper(s, CC_OP_EFLAGS);
}

/* CBW / CWDE / CDQE: sign-extend the low half of rAX into all of it. */
void trans_cbw(DisasContext *s)
{
    int size = s->insn.op_size;
    TCGv t = tcg_temp_new_i64();
    gen_load_reg(t, size / 2, R_EAX, false);
    gen_sext_size(t, t, size / 2);
    gen_store_reg(size, R_EAX, false, t);
    tcg_temp_free_i64(t);
}

/* CWD / CDQ / CQO: rDX = the sign of rAX. */
void trans_cwd(DisasContext *s)
{
    int size = s->insn.op_size;
    TCGv t = tcg_temp_new_i64();
    gen_load_reg(t, size, R_EAX, false);
    gen_sext_size(t, t, size);
    tcg_gen_sari_i64(t, t, 63);
    gen_store_reg(size, R_EDX, false, t);
    tcg_temp_free_i64(t);
}

void trans_mov(DisasContext *s)
{
    X86Operand *d = &s->op[0], *src = &s->op[1];
    if (d->type == OPND_CR || d->type == OPND_DR || src->type == OPND_CR ||
        src->type == OPND_DR) {
        gen_mov_crdr(s);
        return;
    }
    if (d->type == OPND_SREG) {
        /* MOV to CS is #UD, as are the reserved sreg encodings 6 and 7. */
        if (d->reg == R_CS || d->reg > R_GS) {
            gen_exception(s, EXCP_UD);
            return;
        }
        TCGv v = gen_load_op(s, 1);
        gen_load_sreg(s, d->reg, v);
        tcg_temp_free_i64(v);
        return;
    }
    if (src->type == OPND_SREG) {
        if (src->reg > R_GS) {
            gen_exception(s, EXCP_UD);
            return;
        }
        /* A register destination takes the zero-extended selector at the operand size;
         * memory always gets 16 bits (SDM vol. 2, MOV: "Moving a segment register"). */
        TCGv v = gen_load_op(s, 1);
        if (d->type == OPND_REG)
            gen_store_reg(s->insn.op_size, d->reg, false, v);
        else
            gen_st(s, v, gen_mem_addr(s), MO_16);
        tcg_temp_free_i64(v);
        return;
    }
    TCGv v = gen_load_op(s, 1);
    gen_store_op(s, 0, v);
    tcg_temp_free_i64(v);
}

void trans_movzx_movsx(DisasContext *s)
{
    TCGv v = gen_load_op(s, 1);
    if (insn_mnemonic(s) == X86_MN_movsx)
        gen_sext_size(v, v, s->op[1].size);
    gen_store_op(s, 0, v);
    tcg_temp_free_i64(v);
}

/* LEA: the offset only, computed at the address size, then cut to the operand size. */
void trans_lea(DisasContext *s)
{
    TCGv ea = gen_modrm_ea(s);
    gen_store_op(s, 0, ea);
    tcg_temp_free_i64(ea);
}

/* XCHG (always locked with memory; one CPU, so nothing to do for that). The memory
 * operand, if any, is operand 0 and is written first. */
void trans_xchg(DisasContext *s)
{
    TCGv a = gen_load_op(s, 0);
    TCGv b = gen_load_op(s, 1);
    gen_store_op(s, 0, b);
    gen_store_op(s, 1, a);
    tcg_temp_free_i64(b);
    tcg_temp_free_i64(a);
}

/* CMPXCHG (SDM vol. 2): compare rAX with the destination; equal: dest = src, else
 * rAX = dest. A memory destination is always written (with its old value on failure). */
void trans_cmpxchg(DisasContext *s)
{
    int size = s->op[0].size;
    TCGv old = gen_load_op(s, 0);
    TCGv src = gen_load_op(s, 1);
    TCGv acc = tcg_temp_new_i64();
    TCGv nd = tcg_temp_new_i64(), nacc = tcg_temp_new_i64();
    gen_load_reg(acc, size, R_EAX, false);
    tcg_gen_movcond_i64(TCG_COND_EQ, nd, old, acc, src, old);
    tcg_gen_movcond_i64(TCG_COND_EQ, nacc, old, acc, acc, old);
    if (size == 4) {
        /* A 32-bit register is written (so zero-extended into its 64 bits) only when it
         * changes: rAX on failure, a register destination on success; the other keeps
         * all 64 bits (64-bit mode, SDM vol. 2 CMPXCHG; checked on the host by
         * tests/diff/hostdiff64). */
        tcg_gen_movcond_i64(TCG_COND_EQ, nacc, old, acc, x86_ir_regs[R_EAX], old);
        if (s->op[0].type == OPND_REG) {
            tcg_gen_movcond_i64(TCG_COND_EQ, nd, old, acc, src, x86_ir_regs[s->op[0].reg]);
            tcg_gen_mov_i64(x86_ir_regs[R_EAX], nacc);
            tcg_gen_mov_i64(x86_ir_regs[s->op[0].reg], nd);
        } else {
            gen_store_op(s, 0, nd); /* may fault: before rAX changes */
            tcg_gen_mov_i64(x86_ir_regs[R_EAX], nacc);
        }
    } else if (s->op[0].type == OPND_MEM) {
        gen_store_op(s, 0, nd);
        gen_store_reg(size, R_EAX, false, nacc);
    } else {
        /* rAX first: when the destination is rAX itself, the destination write wins. */
        gen_store_reg(size, R_EAX, false, nacc);
        gen_store_op(s, 0, nd);
    }
    TCGv res = tcg_temp_new_i64();
    tcg_gen_sub_i64(res, acc, old);
    gen_set_cc_sub(s, size, res, acc, old);
    tcg_temp_free_i64(res);
    tcg_temp_free_i64(nacc);
    tcg_temp_free_i64(nd);
    tcg_temp_free_i64(acc);
    tcg_temp_free_i64(src);
    tcg_temp_free_i64(old);
}

/* CMPXCHG8B m64 (SDM vol. 2): EDX:EAX vs memory; ZF only, the other flags kept. (The
 * REX.W form, CMPXCHG16B, is translate_64.c's trans_cmpxchg8b_16.) */
void trans_cmpxchg8b(DisasContext *s)
{
    TCGv addr = gen_mem_addr(s);
    TCGv mem = tcg_temp_new_i64(), cmpv = tcg_temp_new_i64(), newv = tcg_temp_new_i64();
    TCGv eq = tcg_temp_new_i64(), t = tcg_temp_new_i64();
    gen_ld(s, mem, addr, MO_64);
    tcg_gen_ext32u_i64(cmpv, x86_ir_regs[R_EAX]);
    tcg_gen_deposit_i64(cmpv, cmpv, x86_ir_regs[R_EDX], 32, 32);
    tcg_gen_ext32u_i64(newv, x86_ir_regs[R_EBX]);
    tcg_gen_deposit_i64(newv, newv, x86_ir_regs[R_ECX], 32, 32);
    tcg_gen_setcond_i64(TCG_COND_EQ, eq, mem, cmpv);
    tcg_gen_movcond_i64(TCG_COND_EQ, t, mem, cmpv, newv, mem);
    gen_st(s, t, addr, MO_64);
    tcg_gen_movcond_i64(TCG_COND_EQ, t, mem, cmpv, cmpv, mem);
    gen_store_reg(4, R_EAX, false, t);
    tcg_gen_shri_i64(t, t, 32);
    gen_store_reg(4, R_EDX, false, t);
    TCGv f = gen_compute_eflags(s);
    tcg_gen_andi_i64(f, f, ~(uint64_t)CC_Z);
    tcg_gen_shli_i64(eq, eq, 6);
    tcg_gen_or_i64(f, f, eq);
    gen_set_eflags_cc(s, f);
    tcg_temp_free_i64(f);
    tcg_temp_free_i64(t);
    tcg_temp_free_i64(eq);
    tcg_temp_free_i64(newv);
    tcg_temp_free_i64(cmpv);
    tcg_temp_free_i64(mem);
}

/* XADD: TEMP = SRC + DEST; SRC = DEST; DEST = TEMP (SDM vol. 2). */
void trans_xadd(DisasContext *s)
{
    int size = s->op[0].size;
    TCGv d = gen_load_op(s, 0);
    TCGv src = gen_load_op(s, 1);
    TCGv sum = tcg_temp_new_i64();
    tcg_gen_add_i64(sum, d, src);
    if (s->op[0].type == OPND_MEM) {
        gen_store_op(s, 0, sum);
        gen_store_op(s, 1, d);
    } else {
        gen_store_op(s, 1, d);
        gen_store_op(s, 0, sum);
    }
    gen_set_cc(s, CC_OP_ADDB, size, sum, src);
    tcg_temp_free_i64(sum);
    tcg_temp_free_i64(src);
    tcg_temp_free_i64(d);
}

void trans_setcc(DisasContext *s)
{
    TCGv v = tcg_temp_new_i64();
    gen_setcc_value(s, s->insn.opcode & 15, v);
    gen_store_op(s, 0, v);
    tcg_temp_free_i64(v);
}

/* CMOVcc reads its source (and may fault) whatever the condition. The destination is
 * rewritten either way: a 32-bit write zero-extends, which is exactly what 64-bit mode
 * requires and changes nothing visible in 16/32-bit code. */
void trans_cmovcc(DisasContext *s)
{
    TCGv src = gen_load_op(s, 1);
    TCGv d = gen_load_op(s, 0);
    X86Cond c = gen_prepare_cc(s, s->insn.opcode & 15);
    if (c.cond == TCG_COND_ALWAYS)
        tcg_gen_mov_i64(d, src);
    else if (c.cond != TCG_COND_NEVER)
        tcg_gen_movcond_i64(c.cond, d, c.a, c.b, src, d);
    x86_cond_free(&c);
    gen_store_op(s, 0, d);
    tcg_temp_free_i64(d);
    tcg_temp_free_i64(src);
}

void trans_nop(DisasContext *s)
{
    switch (insn_mnemonic(s)) {
    case X86_MN_pause:
        gen_helper_pause(tcg_ctx->env);
        break;
    default:
        break;
    }
}

/* XLAT: AL = [seg:rBX + AL], wrapping at the address size. */
void trans_xlat(DisasContext *s)
{
    TCGv t = tcg_temp_new_i64();
    tcg_gen_ext8u_i64(t, x86_ir_regs[R_EAX]);
    tcg_gen_add_i64(t, t, x86_ir_regs[R_EBX]);
    gen_zext_size(t, t, s->insn.addr_size);
    gen_linear(s, t, t, insn_data_seg(s, R_DS));
    gen_ld(s, t, t, MO_8);
    gen_store_reg(1, R_EAX, false, t);
    tcg_temp_free_i64(t);
}

/* SALC (D6, undocumented, in every IA-32 CPU): AL = CF ? FF : 00, flags kept. */
void trans_salc(DisasContext *s)
{
    TCGv cf = gen_compute_cf(s);
    tcg_gen_neg_i64(cf, cf);
    gen_store_reg(1, R_EAX, false, cf);
    tcg_temp_free_i64(cf);
}

/* BOUND: #BR unless lower <= index <= upper, signed, bounds at [m] and [m + size]. */
void trans_bound(DisasContext *s)
{
    int size = s->op[0].size;
    TCGv idx = gen_load_op(s, 0);
    TCGv lo = tcg_temp_new_i64(), hi = tcg_temp_new_i64(), addr = tcg_temp_new_i64();
    gen_sext_size(idx, idx, size);
    gen_ld(s, lo, gen_mem_addr(s), size_memop(size) | MO_SIGN);
    tcg_gen_addi_i64(addr, gen_mem_addr(s), (uint64_t)size);
    if (!s->code64)
        tcg_gen_ext32u_i64(addr, addr);
    gen_ld(s, hi, addr, size_memop(size) | MO_SIGN);
    TCGLabelId fail = gen_new_label(), ok = gen_new_label();
    tcg_gen_brcond_i64(TCG_COND_LT, idx, lo, fail);
    tcg_gen_brcond_i64(TCG_COND_LE, idx, hi, ok);
    gen_set_label(fail);
    gen_helper_raise_exception(tcg_ctx->env, tcg_constant_i32(EXCP_BR));
    gen_set_label(ok);
    tcg_temp_free_i64(addr);
    tcg_temp_free_i64(hi);
    tcg_temp_free_i64(lo);
    tcg_temp_free_i64(idx);
}

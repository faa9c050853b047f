/* Shifts, rotates and bit instructions: SHL/SAL/SHR/SAR, ROL/ROR, RCL/RCR (helper),
 * SHLD/SHRD, BT/BTS/BTR/BTC, BSF/BSR, BSWAP. Counts are masked to 5 bits (6 with 64-bit
 * operands) and a masked count of zero changes neither the operand nor any flag
 * (SDM vol. 2, SAL/SAR/SHL/SHR, "Flags Affected"). */
#include "cpu/helper.h"
#include "cpu/translate.h"

static void zext(TCGv dst, TCGv src, int size)
{
    switch (size) {
    case 1: tcg_gen_ext8u_i64(dst, src); break;
    case 2: tcg_gen_ext16u_i64(dst, src); break;
    case 4: tcg_gen_ext32u_i64(dst, src); break;
    default: tcg_gen_mov_i64(dst, src); break;
    }
}

static void sext(TCGv dst, TCGv src, int size)
{
    switch (size) {
    case 1: tcg_gen_ext8s_i64(dst, src); break;
    case 2: tcg_gen_ext16s_i64(dst, src); break;
    case 4: tcg_gen_ext32s_i64(dst, src); break;
    default: tcg_gen_mov_i64(dst, src); break;
    }
}

static unsigned count_mask(int size)
{
    return size == 8 ? 63 : 31;
}

/* A masked count of 0 changes neither the operand nor the flags, but a 32-bit register
 * operand is still written, which zero-extends it in 64-bit mode (as the host CPU does:
 * tests/diff/hostdiff64; SDM vol. 1, 3.4.1.1). */
static void gen_count0_writeback(DisasContext *s)
{
    X86Operand *o = &s->op[0];
    if (o->type == OPND_REG && o->size == 4)
        tcg_gen_ext32u_i64(x86_ir_regs[o->reg], x86_ir_regs[o->reg]);
}

/* The count operand (1, Ib or CL): *is_const tells whether *imm holds it. */
static TCGv load_count(DisasContext *s, int n, int size, bool *is_const, unsigned *imm)
{
    X86Operand *o = &s->op[n];
    if (o->type == OPND_IMM) {
        *is_const = true;
        *imm = (unsigned)o->imm & count_mask(size);
        return (TCGv){ TCG_NO_TEMP };
    }
    *is_const = false;
    TCGv c = gen_load_op(s, n);
    tcg_gen_andi_i64(c, c, count_mask(size));
    return c;
}

/* Records the flags of a shift by a run-time count: only when it is non-zero, so the
 * recorded state is picked at run time and cc_op becomes dynamic. */
static void gen_shift_cc_dynamic(DisasContext *s, int op, TCGv count, TCGv res, TCGv src)
{
    gen_update_cc_op(s);
    TCGv z = tcg_constant_i64(0);
    tcg_gen_movcond_i64(TCG_COND_NE, x86_ir_cc_dst, count, z, res, x86_ir_cc_dst);
    tcg_gen_movcond_i64(TCG_COND_NE, x86_ir_cc_src, count, z, src, x86_ir_cc_src);
    TCGv_i32 c32 = tcg_temp_new_i32();
    tcg_gen_extrl_i64_i32(c32, count);
    tcg_gen_movcond_i32(TCG_COND_NE, x86_ir_cc_op, c32, tcg_constant_i32(0),
                        tcg_constant_i32((uint32_t)op), x86_ir_cc_op);
    tcg_temp_free_i32(c32);
    set_cc_op(s, CC_OP_DYNAMIC);
}

/* cc_src for shifts: the value shifted by count-1, whose edge bit is the last one out. */
void trans_shift(DisasContext *s)
{
    X86Mnemonic mn = insn_mnemonic(s);
    int size = s->op[0].size;
    bool left = mn == X86_MN_shl || mn == X86_MN_sal;
    bool arith = mn == X86_MN_sar;
    bool is_const;
    unsigned ci = 0;
    TCGv cnt = load_count(s, 1, size, &is_const, &ci);
    if (is_const && ci == 0) {
        gen_count0_writeback(s);
        return;
    }

    TCGv d = gen_load_op(s, 0);
    TCGv res = tcg_temp_new_i64(), prev = tcg_temp_new_i64();
    if (arith)
        sext(d, d, size);
    if (is_const) {
        if (left) {
            tcg_gen_shli_i64(res, d, ci);
            tcg_gen_shli_i64(prev, d, ci - 1);
        } else if (arith) {
            tcg_gen_sari_i64(res, d, ci);
            tcg_gen_sari_i64(prev, d, ci - 1);
        } else {
            tcg_gen_shri_i64(res, d, ci);
            tcg_gen_shri_i64(prev, d, ci - 1);
        }
    } else {
        TCGv cm1 = tcg_temp_new_i64();
        tcg_gen_subi_i64(cm1, cnt, 1);
        tcg_gen_andi_i64(cm1, cm1, 63);
        if (left) {
            tcg_gen_shl_i64(res, d, cnt);
            tcg_gen_shl_i64(prev, d, cm1);
        } else if (arith) {
            tcg_gen_sar_i64(res, d, cnt);
            tcg_gen_sar_i64(prev, d, cm1);
        } else {
            tcg_gen_shr_i64(res, d, cnt);
            tcg_gen_shr_i64(prev, d, cm1);
        }
        tcg_temp_free_i64(cm1);
    }
    zext(res, res, size);
    zext(prev, prev, size);
    gen_store_op(s, 0, res);
    int op = (left ? CC_OP_SHLB : CC_OP_SARB) + size_log2(size);
    if (is_const) {
        gen_set_cc(s, left ? CC_OP_SHLB : CC_OP_SARB, size, res, prev);
    } else {
        gen_shift_cc_dynamic(s, op, cnt, res, prev);
        tcg_temp_free_i64(cnt);
    }
    tcg_temp_free_i64(prev);
    tcg_temp_free_i64(res);
    tcg_temp_free_i64(d);
}

/* Rotates a zero-extended value within its size by r (0 <= r < bits): 64- and 32-bit
 * values with the IR's rotates; 8- and 16-bit ones doubled (d:d) so that one right shift
 * yields the rotation. */
static void gen_rot(TCGv res, TCGv d, TCGv r, unsigned ri, bool is_const, int size, bool left)
{
    unsigned bits = (unsigned)size * 8;
    if (size == 8) {
        if (is_const)
            left ? tcg_gen_rotli_i64(res, d, ri) : tcg_gen_rotri_i64(res, d, ri);
        else
            left ? tcg_gen_rotl_i64(res, d, r) : tcg_gen_rotr_i64(res, d, r);
        return;
    }
    if (size == 4) {
        TCGv_i32 v = tcg_temp_new_i32();
        tcg_gen_extrl_i64_i32(v, d);
        if (is_const) {
            left ? tcg_gen_rotli_i32(v, v, ri) : tcg_gen_rotri_i32(v, v, ri);
        } else {
            TCGv_i32 n = tcg_temp_new_i32();
            tcg_gen_extrl_i64_i32(n, r);
            left ? tcg_gen_rotl_i32(v, v, n) : tcg_gen_rotr_i32(v, v, n);
            tcg_temp_free_i32(n);
        }
        tcg_gen_extu_i32_i64(res, v);
        tcg_temp_free_i32(v);
        return;
    }
    TCGv x = tcg_temp_new_i64();
    tcg_gen_shli_i64(x, d, bits);
    tcg_gen_or_i64(x, x, d);
    if (is_const) {
        tcg_gen_shri_i64(res, x, left ? (bits - ri) % (2 * bits) : ri);
    } else {
        TCGv sh = tcg_temp_new_i64();
        if (left) {
            tcg_gen_movi_i64(sh, bits);
            tcg_gen_sub_i64(sh, sh, r);
        } else {
            tcg_gen_mov_i64(sh, r);
        }
        tcg_gen_shr_i64(res, x, sh);
        tcg_temp_free_i64(sh);
    }
    zext(res, res, size);
    tcg_temp_free_i64(x);
}

/* ROL/ROR: CF and OF only (OF defined for count 1: ROL MSB^CF, ROR the top two bits'
 * XOR; we compute the same for every count), the rest kept: CC_OP_EFLAGS. */
void trans_rotate(DisasContext *s)
{
    bool left = insn_mnemonic(s) == X86_MN_rol;
    int size = s->op[0].size;
    unsigned bits = (unsigned)size * 8;
    bool is_const;
    unsigned ci = 0;
    TCGv cnt = load_count(s, 1, size, &is_const, &ci);
    if (is_const && ci == 0) {
        gen_count0_writeback(s);
        return;
    }
    TCGv d = gen_load_op(s, 0);
    TCGv res = tcg_temp_new_i64();
    TCGv r = { TCG_NO_TEMP };
    if (!is_const) {
        r = tcg_temp_new_i64();
        tcg_gen_andi_i64(r, cnt, bits - 1);
    }
    gen_rot(res, d, r, ci & (bits - 1), is_const, size, left);
    gen_store_op(s, 0, res);

    TCGv f = gen_compute_eflags(s);
    TCGv nf = tcg_temp_new_i64(), t = tcg_temp_new_i64();
    tcg_gen_andi_i64(nf, f, ~(uint64_t)(CC_C | CC_O));
    if (left) {
        tcg_gen_andi_i64(t, res, 1);                 /* CF = LSB */
        tcg_gen_or_i64(nf, nf, t);
        tcg_gen_shri_i64(t, res, bits - 1);          /* OF = MSB ^ CF */
        tcg_gen_xor_i64(t, t, res);
    } else {
        tcg_gen_shri_i64(t, res, bits - 1);          /* CF = MSB */
        tcg_gen_or_i64(nf, nf, t);
        tcg_gen_shri_i64(t, res, bits - 2);          /* OF = MSB ^ MSB-1 */
        TCGv u = tcg_temp_new_i64();
        tcg_gen_shri_i64(u, t, 1);
        tcg_gen_xor_i64(t, t, u);
        tcg_temp_free_i64(u);
    }
    tcg_gen_andi_i64(t, t, 1);
    tcg_gen_shli_i64(t, t, 11);
    tcg_gen_or_i64(nf, nf, t);
    if (!is_const)
        tcg_gen_movcond_i64(TCG_COND_NE, nf, cnt, tcg_constant_i64(0), nf, f);
    gen_set_eflags_cc(s, nf);
    tcg_temp_free_i64(t);
    tcg_temp_free_i64(nf);
    tcg_temp_free_i64(f);
    if (!is_const) {
        tcg_temp_free_i64(r);
        tcg_temp_free_i64(cnt);
    }
    tcg_temp_free_i64(res);
    tcg_temp_free_i64(d);
}

/* RCL/RCR through the helper (it reads CF and leaves CC_OP_EFLAGS). A memory operand is
 * first written back unchanged so that a fault there comes before the flags move. */
void trans_rcl_rcr(DisasContext *s)
{
    int size = s->op[0].size;
    bool is_const;
    unsigned ci = 0;
    TCGv cnt = load_count(s, 1, size, &is_const, &ci);
    if (is_const && ci == 0) {
        gen_count0_writeback(s);
        return;
    }
    TCGv d = gen_load_op(s, 0);
    if (s->op[0].type == OPND_MEM)
        gen_store_op(s, 0, d);
    if (is_const)
        cnt = tcg_constant_i64(ci);
    gen_update_cc_op(s);
    if (insn_mnemonic(s) == X86_MN_rcl)
        gen_helper_rcl(d, tcg_ctx->env, d, cnt, tcg_constant_i32((uint32_t)size));
    else
        gen_helper_rcr(d, tcg_ctx->env, d, cnt, tcg_constant_i32((uint32_t)size));
    cc_op_set_by_helper(s, CC_OP_EFLAGS);
    gen_store_op(s, 0, d);
    tcg_temp_free_i64(cnt);
    tcg_temp_free_i64(d);
}

/* SHLD/SHRD (SDM vol. 2): the destination is shifted with bits coming in from the
 * source. For 16-bit operands and counts above 16 (result undefined by the SDM) we shift
 * through the 48-bit pattern dest:src:dest, as Intel processors do. */
void trans_shld_shrd(DisasContext *s)
{
    bool left = insn_mnemonic(s) == X86_MN_shld;
    int size = s->op[0].size;
    unsigned bits = (unsigned)size * 8;
    bool is_const;
    unsigned ci = 0;
    TCGv cnt = load_count(s, 2, size, &is_const, &ci);
    if (is_const && ci == 0) {
        gen_count0_writeback(s);
        return;
    }
    TCGv d = gen_load_op(s, 0);
    TCGv src = gen_load_op(s, 1);
    TCGv res = tcg_temp_new_i64(), prev = tcg_temp_new_i64(), x = tcg_temp_new_i64();
    TCGv c = cnt, cm1 = tcg_temp_new_i64();
    if (is_const)
        c = tcg_constant_i64(ci);
    tcg_gen_subi_i64(cm1, c, 1);
    tcg_gen_andi_i64(cm1, cm1, 63);

    if (size == 8) {
        /* Split into two 64-bit shifts; with c == 0 the result is discarded below. */
        TCGv inv = tcg_temp_new_i64(), t = tcg_temp_new_i64();
        tcg_gen_movi_i64(inv, 64);
        tcg_gen_sub_i64(inv, inv, c);
        tcg_gen_andi_i64(inv, inv, 63);
        if (left) {
            tcg_gen_shl_i64(res, d, c);
            tcg_gen_shr_i64(t, src, inv);
            tcg_gen_shl_i64(prev, d, cm1);
        } else {
            tcg_gen_shr_i64(res, d, c);
            tcg_gen_shl_i64(t, src, inv);
            tcg_gen_shr_i64(prev, d, cm1);
        }
        tcg_gen_or_i64(res, res, t);
        /* src shifted by 64 - 0 is not src shifted away: keep dest for a zero count. */
        tcg_gen_movcond_i64(TCG_COND_EQ, res, c, tcg_constant_i64(0), d, res);
        tcg_temp_free_i64(t);
        tcg_temp_free_i64(inv);
    } else {
        /* x = dest:src (32-bit) or dest:src:dest (16-bit) as one 64-bit value. */
        if (size == 4) {
            if (left) {
                tcg_gen_shli_i64(x, d, 32);
                tcg_gen_or_i64(x, x, src);
            } else {
                tcg_gen_shli_i64(x, src, 32);
                tcg_gen_or_i64(x, x, d);
            }
        } else {
            TCGv t = tcg_temp_new_i64();
            if (left) {
                tcg_gen_shli_i64(x, d, 32);
                tcg_gen_shli_i64(t, src, 16);
                tcg_gen_or_i64(x, x, t);
                tcg_gen_or_i64(x, x, d);
            } else {
                tcg_gen_shli_i64(x, d, 32);
                tcg_gen_shli_i64(t, src, 16);
                tcg_gen_or_i64(x, x, t);
                tcg_gen_or_i64(x, x, d);
            }
            tcg_temp_free_i64(t);
        }
        if (left) {
            /* result = the top `bits` of the 64-bit window after shifting left */
            tcg_gen_shl_i64(res, x, c);
            tcg_gen_shri_i64(res, res, 64 - bits - (size == 2 ? 16 : 0));
            tcg_gen_shl_i64(prev, x, cm1);
            tcg_gen_shri_i64(prev, prev, 64 - bits - (size == 2 ? 16 : 0));
        } else {
            tcg_gen_shr_i64(res, x, c);
            tcg_gen_shr_i64(prev, x, cm1);
        }
        zext(res, res, size);
        zext(prev, prev, size);
    }
    (void)bits;
    gen_store_op(s, 0, res);
    int op = (left ? CC_OP_SHLB : CC_OP_SARB) + size_log2(size);
    if (is_const)
        gen_set_cc(s, left ? CC_OP_SHLB : CC_OP_SARB, size, res, prev);
    else
        gen_shift_cc_dynamic(s, op, cnt, res, prev);
    tcg_temp_free_i64(cm1);
    tcg_temp_free_i64(x);
    tcg_temp_free_i64(prev);
    tcg_temp_free_i64(res);
    tcg_temp_free_i64(src);
    tcg_temp_free_i64(d);
    if (!is_const)
        tcg_temp_free_i64(cnt);
}

/* CF = the selected bit, ZF kept; OF SF AF PF are undefined (SDM vol. 2, BT). When the
 * current flags come from a result in cc_dst, switching to CC_OP_SAR with cc_src = CF
 * keeps ZF (still cc_dst == 0) without computing EFLAGS. */
static void gen_bt_flags(DisasContext *s, TCGv cf)
{
    int op = s->cc_op;
    if (op >= CC_OP_MULB && op < CC_OP_CLR) {
        tcg_gen_mov_i64(x86_ir_cc_src, cf);
        set_cc_op(s, CC_OP_SARB + ((op - CC_OP_MULB) & 3));
        return;
    }
    TCGv f = gen_compute_eflags(s);
    tcg_gen_andi_i64(f, f, ~(uint64_t)CC_C);
    tcg_gen_or_i64(f, f, cf);
    gen_set_eflags_cc(s, f);
    tcg_temp_free_i64(f);
}

/* BT/BTS/BTR/BTC. A register bit offset on a memory operand is signed and selects a
 * unit anywhere around the addressed one (SDM vol. 2, BT: "bit base, bit offset"); an
 * immediate offset is taken modulo the operand size. */
void trans_bt(DisasContext *s)
{
    X86Mnemonic mn = insn_mnemonic(s);
    int size = s->op[0].size;
    unsigned bits = (unsigned)size * 8;
    TCGv off = gen_load_op(s, 1);
    TCGv bit = tcg_temp_new_i64(), val = tcg_temp_new_i64();
    TCGv addr = { TCG_NO_TEMP };
    if (s->op[0].type == OPND_MEM) {
        addr = tcg_temp_new_i64();
        tcg_gen_mov_i64(addr, gen_mem_addr(s));
        if (s->op[1].type == OPND_REG) {
            TCGv disp = tcg_temp_new_i64();
            sext(disp, off, size);
            tcg_gen_sari_i64(disp, disp, 3);
            tcg_gen_andi_i64(disp, disp, ~(uint64_t)(size - 1));
            tcg_gen_add_i64(addr, addr, disp);
            if (!s->code64)
                tcg_gen_ext32u_i64(addr, addr);
            tcg_temp_free_i64(disp);
        }
        gen_ld(s, val, addr, size_memop(size));
    } else {
        gen_load_reg(val, size, s->op[0].reg, s->op[0].hbyte);
    }
    tcg_gen_andi_i64(bit, off, bits - 1);
    TCGv cf = tcg_temp_new_i64();
    tcg_gen_shr_i64(cf, val, bit);
    tcg_gen_andi_i64(cf, cf, 1);
    if (mn != X86_MN_bt) {
        TCGv m = tcg_temp_new_i64();
        tcg_gen_movi_i64(m, 1);
        tcg_gen_shl_i64(m, m, bit);
        if (mn == X86_MN_bts)
            tcg_gen_or_i64(val, val, m);
        else if (mn == X86_MN_btr)
            tcg_gen_andc_i64(val, val, m);
        else
            tcg_gen_xor_i64(val, val, m);
        tcg_temp_free_i64(m);
        if (s->op[0].type == OPND_MEM)
            gen_st(s, val, addr, size_memop(size));
        else
            gen_store_reg(size, s->op[0].reg, s->op[0].hbyte, val);
    }
    gen_bt_flags(s, cf);
    tcg_temp_free_i64(cf);
    if (addr.idx != TCG_NO_TEMP)
        tcg_temp_free_i64(addr);
    tcg_temp_free_i64(val);
    tcg_temp_free_i64(bit);
    tcg_temp_free_i64(off);
}

/* BSF/BSR: ZF = (source == 0) and then the destination is left unchanged (what Intel and
 * AMD processors do; the SDM calls it undefined). CF OF SF AF PF are undefined: we record
 * a logic result on the source. */
void trans_bsf_bsr(DisasContext *s)
{
    int size = s->op[0].size;
    TCGv src = gen_load_op(s, 1);
    TCGv old = gen_load_op(s, 0);
    TCGv r = tcg_temp_new_i64();
    X86Mnemonic mn = insn_mnemonic(s);
    if (mn == X86_MN_bsf || mn == X86_MN_tzcnt) {
        tcg_gen_ctz_i64(r, src, old);
    } else {
        tcg_gen_clz_i64(r, src, tcg_constant_i64(0));
        tcg_gen_xori_i64(r, r, 63); /* 63 - clz for clz in 0..63 */
        tcg_gen_movcond_i64(TCG_COND_EQ, r, src, tcg_constant_i64(0), old, r);
    }
    gen_store_op(s, 0, r);
    gen_set_cc(s, CC_OP_LOGICB, size, src, (TCGv){ TCG_NO_TEMP });
    tcg_temp_free_i64(r);
    tcg_temp_free_i64(old);
    tcg_temp_free_i64(src);
}

/* BSWAP r32/r64. With a 16-bit operand the result is undefined (SDM vol. 2, BSWAP);
 * Intel processors clear the low word, and so do we. */
void trans_bswap(DisasContext *s)
{
    int size = s->op[0].size;
    TCGv v = gen_load_op(s, 0);
    if (size == 2) {
        tcg_gen_movi_i64(v, 0);
    } else {
        tcg_gen_bswap64_i64(v, v);
        if (size == 4)
            tcg_gen_shri_i64(v, v, 32);
    }
    gen_store_op(s, 0, v);
    tcg_temp_free_i64(v);
}

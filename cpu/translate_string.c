/* String instructions MOVS CMPS STOS LODS SCAS INS OUTS (SDM vol. 2, chapter 4 entries
 * and vol. 1, 7.3.9): source DS:rSI (segment override allowed), destination ES:rDI (no
 * override), rSI/rDI/rCX at the address size, step +-size by EFLAGS.DF. With REP the
 * iterations run in helper_rep_string (cpu/string_helper.c), which stops between
 * iterations for interrupts and the instruction-count deadline and then has the
 * instruction executed again; under EFLAGS.TF each execution does one iteration, so the
 * single-step trap comes after each (SDM vol. 2, REP; vol. 3, 17.3.1.4). */
#include "cpu/helper.h"
#include "cpu/string_helper.h"
#include "cpu/translate.h"

static void gen_str_addr(DisasContext *s, TCGv dst, int reg, int seg)
{
    TCGv t = tcg_temp_new_i64();
    gen_load_reg(t, s->insn.addr_size, reg, false);
    gen_linear(s, dst, t, seg);
    tcg_temp_free_i64(t);
}

/* rSI/rDI += DF * size, only the address-size bits changing. */
static void gen_str_step(DisasContext *s, int reg, int size)
{
    TCGv d = tcg_temp_new_i64();
    tcg_gen_ext_i32_i64(d, x86_ir_df);
    tcg_gen_shli_i64(d, d, (uint64_t)size_log2(size));
    gen_add_reg_sized(reg, s->insn.addr_size, d);
    tcg_temp_free_i64(d);
}

static void gen_str_body(DisasContext *s, X86Mnemonic mn, int size)
{
    int src_seg = insn_data_seg(s, R_DS);
    MemOp mop = size_memop(size);
    TCGv a = tcg_temp_new_i64(), v = tcg_temp_new_i64(), w = tcg_temp_new_i64();
    TCGv_i32 port = { TCG_NO_TEMP }, v32 = { TCG_NO_TEMP };

    switch (mn) {
    case X86_MN_movs:
        gen_str_addr(s, a, R_ESI, src_seg);
        gen_ld(s, v, a, mop);
        gen_str_addr(s, a, R_EDI, R_ES);
        gen_st(s, v, a, mop);
        gen_str_step(s, R_ESI, size);
        gen_str_step(s, R_EDI, size);
        break;
    case X86_MN_stos:
        gen_load_reg(v, size, R_EAX, false);
        gen_str_addr(s, a, R_EDI, R_ES);
        gen_st(s, v, a, mop);
        gen_str_step(s, R_EDI, size);
        break;
    case X86_MN_lods:
        gen_str_addr(s, a, R_ESI, src_seg);
        gen_ld(s, v, a, mop);
        gen_store_reg(size, R_EAX, false, v);
        gen_str_step(s, R_ESI, size);
        break;
    case X86_MN_cmps:
        /* CMPS compares [rSI] - [rDI] (the first operand minus the second). */
        gen_str_addr(s, a, R_ESI, src_seg);
        gen_ld(s, v, a, mop);
        gen_str_addr(s, a, R_EDI, R_ES);
        gen_ld(s, w, a, mop);
        gen_str_step(s, R_ESI, size);
        gen_str_step(s, R_EDI, size);
        tcg_gen_sub_i64(a, v, w);
        gen_set_cc_sub(s, size, a, v, w);
        break;
    case X86_MN_scas:
        gen_load_reg(v, size, R_EAX, false);
        gen_str_addr(s, a, R_EDI, R_ES);
        gen_ld(s, w, a, mop);
        gen_str_step(s, R_EDI, size);
        tcg_gen_sub_i64(a, v, w);
        gen_set_cc_sub(s, size, a, v, w);
        break;
    case X86_MN_ins:
        port = tcg_temp_new_i32();
        v32 = tcg_temp_new_i32();
        tcg_gen_extrl_i64_i32(port, x86_ir_regs[R_EDX]);
        tcg_gen_andi_i32(port, port, 0xffff);
        gen_check_io(s, port, size);
        gen_str_addr(s, a, R_EDI, R_ES);
        /* Probe the destination first: a #PF must come before the port is read, since
         * the restarted instruction reads it again. */
        gen_st(s, tcg_constant_i64(0), a, mop);
        gen_helper_in(v32, tcg_ctx->env, port, tcg_constant_i32((uint32_t)size));
        tcg_gen_extu_i32_i64(v, v32);
        gen_st(s, v, a, mop);
        gen_str_step(s, R_EDI, size);
        break;
    default: /* outs */
        port = tcg_temp_new_i32();
        v32 = tcg_temp_new_i32();
        tcg_gen_extrl_i64_i32(port, x86_ir_regs[R_EDX]);
        tcg_gen_andi_i32(port, port, 0xffff);
        gen_check_io(s, port, size);
        gen_str_addr(s, a, R_ESI, src_seg);
        gen_ld(s, v, a, mop);
        tcg_gen_extrl_i64_i32(v32, v);
        gen_helper_out(tcg_ctx->env, port, v32, tcg_constant_i32((uint32_t)size));
        gen_str_step(s, R_ESI, size);
        break;
    }
    if (port.idx != TCG_NO_TEMP) {
        tcg_temp_free_i32(port);
        tcg_temp_free_i32(v32);
    }
    tcg_temp_free_i64(w);
    tcg_temp_free_i64(v);
    tcg_temp_free_i64(a);
}

/* The restore data of this insn (its insn_start) say "cc_op is in env": a fault after some
 * CMPS/SCAS iterations must keep the flags they produced, which env holds (SDM vol. 2,
 * REP: the flags are those of the last completed iteration). env->cc_op must be current. */
static void insn_start_cc_dynamic(void)
{
    for (uint32_t i = tcg_ctx->nb_ops; i-- > 0;) {
        TCGOp *op = &tcg_ctx->ops[i];
        if (op->opc == INDEX_op_insn_start) {
            op->args[1] = CC_OP_DYNAMIC;
            return;
        }
    }
}

static void gen_rep_helper(DisasContext *s, X86Mnemonic mn, int size)
{
    static const struct { X86Mnemonic mn; int op; } ops[] = {
        { X86_MN_movs, STR_MOVS }, { X86_MN_cmps, STR_CMPS }, { X86_MN_stos, STR_STOS },
        { X86_MN_lods, STR_LODS }, { X86_MN_scas, STR_SCAS }, { X86_MN_ins, STR_INS },
        { X86_MN_outs, STR_OUTS },
    };
    int op = STR_MOVS;
    for (unsigned i = 0; i < sizeof(ops) / sizeof(ops[0]); i++)
        if (ops[i].mn == mn)
            op = ops[i].op;
    gen_update_cc_op(s);
    insn_start_cc_dynamic();
    if (op == STR_INS || op == STR_OUTS) {
        /* The I/O permission is the same for every iteration: checked once per run. */
        TCGv_i32 port = tcg_temp_new_i32();
        tcg_gen_extrl_i64_i32(port, x86_ir_regs[R_EDX]);
        tcg_gen_andi_i32(port, port, 0xffff);
        gen_check_io(s, port, size);
        tcg_temp_free_i32(port);
    }
    TCGv_i32 r = tcg_temp_new_i32();
    TCGLabelId done = gen_new_label();
    uint32_t desc = str_desc(op, size_log2(size), size_log2(s->insn.addr_size),
                             insn_data_seg(s, R_DS), s->insn.rep == 0xf2);
    gen_helper_rep_string(r, tcg_ctx->env, tcg_constant_i32(desc));
    cc_op_set_by_helper(s, CC_OP_DYNAMIC);
    tcg_gen_brcondi_i32(TCG_COND_EQ, r, STR_DONE, done);
    tcg_temp_free_i32(r);
    gen_set_rf();
    gen_jmp_tb(s, s->eip, 1);
    gen_set_label(done);
    gen_jmp_tb(s, s->next_eip, 0);
}

void trans_string(DisasContext *s)
{
    X86Mnemonic mn = insn_mnemonic(s);
    /* The size is that of the X/Y operand (byte forms Xb/Yb, else the operand size;
     * INS/OUTS stop at a dword). */
    int size = 0;
    for (int n = 0; n < 3; n++)
        if (s->op[n].type == OPND_STR)
            size = s->op[n].size;
    if ((mn == X86_MN_ins || mn == X86_MN_outs) && size > 4)
        size = 4;
    bool rep = s->insn.rep && (s->insn.entry->flags & X86F_REP);
    if (!rep) {
        gen_str_body(s, mn, size);
        /* Port I/O ends the TB (see trans_in_out). */
        if (mn == X86_MN_ins || mn == X86_MN_outs)
            gen_jmp_tb(s, s->next_eip, 0);
        return;
    }

    if (!(s->flags & HF_TF_MASK)) {
        gen_rep_helper(s, mn, size);
        return;
    }
    int asz = s->insn.addr_size;
    TCGv cx = tcg_temp_new_i64();
    TCGLabelId done = gen_new_label();
    /* Both ways out store cc_op themselves; make the entry value the stored one. */
    gen_update_cc_op(s);
    gen_load_reg(cx, asz, R_ECX, false);
    tcg_gen_brcondi_i64(TCG_COND_EQ, cx, 0, done);
    gen_str_body(s, mn, size);
    gen_add_reg_sized_i(R_ECX, asz, -1);
    gen_update_cc_op(s);
    if (mn == X86_MN_cmps || mn == X86_MN_scas) {
        /* REPE/REPZ (F3) stops on ZF=0, REPNE/REPNZ (F2) on ZF=1. */
        gen_brcond_cc(s, s->insn.rep == 0xf3 ? 5 : 4, done);
    }
    gen_load_reg(cx, asz, R_ECX, false);
    tcg_gen_brcondi_i64(TCG_COND_EQ, cx, 0, done);
    tcg_temp_free_i64(cx);
    /* Not the last iteration: the single-step trap pushes RF = 1 (17.3.1.1). */
    gen_set_rf();
    gen_jmp_tb(s, s->eip, 1);
    gen_set_label(done);
    /* Reached with either cc_op, each already in env. */
    cc_op_set_by_helper(s, CC_OP_DYNAMIC);
    gen_jmp_tb(s, s->next_eip, 0);
}

/* 64-bit mode instructions and checks: canonical-address checks in IR (SDM vol. 1,
 * 3.3.7.1), MOVSXD, CMPXCHG16B, SYSCALL/SYSRET, SWAPGS, MOV CR8 (vol. 2 per instruction).
 * The rest of 64-bit mode is the ordinary translator at operand size 8 (REX.W, DEF64). */
#include "cpu/helper.h"
#include "cpu/translate.h"

/* #vec(0) unless addr is canonical with 48 linear-address bits: bits 63:47 all equal,
 * i.e. addr + 2^47 < 2^48. Two IR ops and a branch, emitted in 64-bit mode only. */
void gen_check_canonical(DisasContext *s, TCGv addr, int vec)
{
    (void)s;
    TCGv t = tcg_temp_new_i64();
    TCGLabelId ok = gen_new_label();
    tcg_gen_addi_i64(t, addr, 1ull << 47);
    tcg_gen_brcondi_i64(TCG_COND_LTU, t, 1ull << 48, ok);
    gen_helper_raise_exception_err(tcg_ctx->env, tcg_constant_i32((uint32_t)vec),
                                   tcg_constant_i32(0));
    gen_set_label(ok);
    tcg_temp_free_i64(t);
}

/* MOVSXD r, r/m32: REX.W sign-extends the dword; without it the move is a plain 32-bit
 * (zero-extending) or 16-bit one (SDM vol. 2, MOVSX/MOVSXD). */
void trans_movsxd(DisasContext *s)
{
    int size = s->insn.op_size;
    s->op[1].size = (uint8_t)(size == 2 ? 2 : 4);
    TCGv v = gen_load_op(s, 1);
    if (size == 8)
        tcg_gen_ext32s_i64(v, v);
    gen_store_op(s, 0, v);
    tcg_temp_free_i64(v);
}

/* CMPXCHG16B m128 (REX.W 0F C7 /1): RDX:RAX against the 16 bytes, RCX:RBX stored when
 * equal, else the memory loaded into RDX:RAX; ZF only, the other flags kept. The operand
 * must be 16-byte aligned (#GP(0)). The destination is always written (the old value
 * when unequal), so a read-only page faults either way (SDM vol. 2, CMPXCHG8B/16B). */
static void trans_cmpxchg16b(DisasContext *s)
{
    TCGv addr = gen_mem_addr(s);
    TCGv lo = tcg_temp_new_i64(), hi = tcg_temp_new_i64(), a8 = tcg_temp_new_i64();
    TCGv eq = tcg_temp_new_i64(), t = tcg_temp_new_i64(), u = tcg_temp_new_i64();
    TCGLabelId aligned = gen_new_label();
    tcg_gen_andi_i64(t, addr, 15);
    tcg_gen_brcondi_i64(TCG_COND_EQ, t, 0, aligned);
    gen_helper_raise_exception_err(tcg_ctx->env, tcg_constant_i32(EXCP_GP), tcg_constant_i32(0));
    gen_set_label(aligned);
    tcg_gen_addi_i64(a8, addr, 8);
    gen_ld(s, lo, addr, MO_64);
    gen_ld(s, hi, a8, MO_64);
    tcg_gen_xor_i64(t, lo, x86_ir_regs[R_EAX]);
    tcg_gen_xor_i64(u, hi, x86_ir_regs[R_EDX]);
    tcg_gen_or_i64(t, t, u);
    tcg_gen_setcondi_i64(TCG_COND_EQ, eq, t, 0);
    /* Aligned: both halves lie in one page, so the first store faults before anything
     * is written or neither does. */
    tcg_gen_movcond_i64(TCG_COND_NE, t, eq, tcg_constant_i64(0), x86_ir_regs[R_EBX], lo);
    gen_st(s, t, addr, MO_64);
    tcg_gen_movcond_i64(TCG_COND_NE, t, eq, tcg_constant_i64(0), x86_ir_regs[R_ECX], hi);
    gen_st(s, t, a8, MO_64);
    tcg_gen_mov_i64(x86_ir_regs[R_EAX], lo);
    tcg_gen_mov_i64(x86_ir_regs[R_EDX], hi);
    TCGv f = gen_compute_eflags(s);
    tcg_gen_andi_i64(f, f, ~(uint64_t)CC_Z);
    tcg_gen_shli_i64(eq, eq, 6);
    tcg_gen_or_i64(f, f, eq);
    gen_set_eflags_cc(s, f);
    tcg_temp_free_i64(f);
    tcg_temp_free_i64(u);
    tcg_temp_free_i64(t);
    tcg_temp_free_i64(eq);
    tcg_temp_free_i64(a8);
    tcg_temp_free_i64(hi);
    tcg_temp_free_i64(lo);
}

/* 0F C7 /1: CMPXCHG8B, or CMPXCHG16B with REX.W (64-bit mode). */
void trans_cmpxchg8b_16(DisasContext *s)
{
    if (s->code64 && (s->insn.rex & 8))
        trans_cmpxchg16b(s);
    else
        trans_cmpxchg8b(s);
}

/* SYSCALL: Intel processors recognise it in 64-bit mode only (#UD elsewhere); EFER.SCE
 * is checked at run time by the helper, since EFER is not part of the TB key. */
void trans_syscall(DisasContext *s)
{
    if (!s->code64) {
        gen_exception(s, EXCP_UD);
        return;
    }
    gen_sync_for_helper(s);
    gen_helper_syscall(tcg_ctx->env, tcg_constant_i64(s->next_eip));
    cc_op_set_by_helper(s, CC_OP_EFLAGS);
    s->is_jmp = DISAS_EXIT;
}

/* SYSRET: #UD outside 64-bit mode (here) or with EFER.SCE clear, then #GP(0) at CPL > 0
 * (the helper; the table's CPL check is skipped for it); REX.W returns to 64-bit code. */
void trans_sysret(DisasContext *s)
{
    if (!s->code64) {
        gen_exception(s, EXCP_UD);
        return;
    }
    gen_sync_for_helper(s);
    gen_helper_sysret(tcg_ctx->env, tcg_constant_i32((s->insn.rex & 8) ? 1 : 0));
    cc_op_set_by_helper(s, CC_OP_EFLAGS);
    s->is_jmp = DISAS_EXIT;
}

/* SWAPGS (64-bit mode only, by the table): exchanges GS.base with IA32_KERNEL_GS_BASE;
 * CPL 0 only (#GP(0)). */
void trans_swapgs(DisasContext *s)
{
    if (s->cpl != 0) {
        gen_exception_err(s, EXCP_GP, 0);
        return;
    }
    int32_t off = (int32_t)offsetof(CPUX86State, kernel_gs_base);
    TCGv t = tcg_temp_new_i64();
    tcg_gen_ld_i64(t, tcg_ctx->env, off);
    tcg_gen_st_i64(x86_ir_seg_base[R_GS], tcg_ctx->env, off);
    tcg_gen_mov_i64(x86_ir_seg_base[R_GS], t);
    tcg_temp_free_i64(t);
}

/* MOV to/from CR8 (64-bit mode: REX.R with CR0's number; CPL 0 by the table). A write
 * may lower the TPR and unmask an interrupt: end the TB so the loop looks. */
void gen_mov_cr8(DisasContext *s, bool to)
{
    TCGv v;
    gen_sync_for_helper(s);
    if (to) {
        v = gen_load_op(s, 1);
        gen_helper_write_cr8(tcg_ctx->env, v);
        s->is_jmp = DISAS_EOB_NEXT;
    } else {
        v = tcg_temp_new_i64();
        gen_helper_read_cr8(v, tcg_ctx->env);
        gen_store_op(s, 0, v);
    }
    tcg_temp_free_i64(v);
}

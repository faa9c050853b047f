/* The x86 translator's core: IR globals, the per-TB loop (fetch, decode, one translation
 * function per mnemonic, TB end rules) and the ways a TB can end (chained jump, lookup,
 * exit to the loop, exception, single-step trap). Instruction families live in
 * cpu/translate_*.c; cpu/translate.h is their shared interface. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include "cpu/disas.h"
#include "cpu/excp.h"
#include "cpu/helper.h"
#include "cpu/mmu.h"
#include "cpu/pagewalk.h"
#include "cpu/translate.h"
#include "cpu/translate_sse.h"
#include "tcg/log.h"

TCGv x86_ir_regs[16];
TCGv x86_ir_eip, x86_ir_cc_dst, x86_ir_cc_src, x86_ir_cc_src2;
TCGv x86_ir_seg_base[6];
TCGv_i32 x86_ir_cc_op, x86_ir_df;

static TCGContext x86_tcg_context;

void x86_tcg_init(CPUX86State *env)
{
    static bool done;
    static const char *const reg_names[16] = {
        "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
        "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15",
    };
    static const char *const seg_names[6] = {
        "es_base", "cs_base", "ss_base", "ds_base", "fs_base", "gs_base",
    };
    (void)env;
    if (done)
        return;
    done = true;
    if (!tcg_ctx)
        tcg_context_init(&x86_tcg_context);
    tcg_set_frame(tcg_ctx, offsetof(CPUX86State, tcg_frame), sizeof(((CPUX86State *)0)->tcg_frame));
    for (int i = 0; i < 16; i++)
        x86_ir_regs[i] = tcg_global_mem_new_i64(offsetof(CPUX86State, regs[i]), reg_names[i]);
    x86_ir_eip = tcg_global_mem_new_i64(offsetof(CPUX86State, eip), "eip");
    x86_ir_cc_dst = tcg_global_mem_new_i64(offsetof(CPUX86State, cc_dst), "cc_dst");
    x86_ir_cc_src = tcg_global_mem_new_i64(offsetof(CPUX86State, cc_src), "cc_src");
    x86_ir_cc_src2 = tcg_global_mem_new_i64(offsetof(CPUX86State, cc_src2), "cc_src2");
    x86_ir_cc_op = tcg_global_mem_new_i32(offsetof(CPUX86State, cc_op), "cc_op");
    x86_ir_df = tcg_global_mem_new_i32(offsetof(CPUX86State, df), "df");
    for (int i = 0; i < 6; i++)
        x86_ir_seg_base[i] = tcg_global_mem_new_i64(offsetof(CPUX86State, segs[i].base),
                                                    seg_names[i]);
}

/* EIP arithmetic wraps at the operand size (SDM vol. 2, JMP: "EIP <- tempEIP AND FFFFH"
 * for 16-bit operand size); in 64-bit mode RIP is 64 bits. */
uint64_t eip_mask(const DisasContext *s, int size)
{
    if (s->code64 && size == 8)
        return ~0ull;
    return size == 2 ? 0xffff : 0xffffffffull;
}

void gen_update_eip_cur(DisasContext *s)
{
    tcg_gen_movi_i64(x86_ir_eip, s->eip);
}

void gen_update_eip_next(DisasContext *s)
{
    tcg_gen_movi_i64(x86_ir_eip, s->next_eip);
}

void gen_sync_for_helper(DisasContext *s)
{
    gen_update_cc_op(s);
    gen_update_eip_cur(s);
}

/* ---- TB exits ---- */

static void gen_set_hflag_bit(uint32_t mask, bool set)
{
    TCGv_i32 t = tcg_temp_new_i32();
    int32_t off = (int32_t)offsetof(CPUX86State, hflags);
    tcg_gen_ld_i32(t, tcg_ctx->env, off);
    if (set)
        tcg_gen_ori_i32(t, t, mask);
    else
        tcg_gen_andi_i32(t, t, ~mask);
    tcg_gen_st_i32(t, tcg_ctx->env, off);
    tcg_temp_free_i32(t);
}

/* Everything a TB owes env before control leaves it. The interrupt shadow of STI and
 * MOV/POP SS covers exactly the next instruction (SDM vol. 3, 6.8.3; vol. 2, STI): an
 * instruction that opens it sets HF_INHIBIT_IRQ on the way out; the one-instruction TB
 * that runs in the shadow clears it before its instruction (see x86_translate), so no
 * exit path of that instruction (HLT, a fault) can leave it set. */
static void gen_exit_prologue(DisasContext *s)
{
    gen_update_cc_op(s);
    if (s->sets_inhibit)
        gen_set_hflag_bit(HF_INHIBIT_IRQ_MASK, true);
}

/* EFLAGS.RF = 0 in env->eflags and hflags: "The RF Flag is cleared at the start of the
 * instruction after the check for instruction breakpoints" (SDM vol. 3, 17.3.1.1). */
static void gen_clear_rf(void)
{
    TCGv f = tcg_temp_new_i64();
    int32_t off = (int32_t)offsetof(CPUX86State, eflags);
    tcg_gen_ld_i64(f, tcg_ctx->env, off);
    tcg_gen_andi_i64(f, f, ~(uint64_t)RF_MASK);
    tcg_gen_st_i64(f, tcg_ctx->env, off);
    tcg_temp_free_i64(f);
    gen_set_hflag_bit(HF_RF_MASK, false);
}

/* EFLAGS.RF = 1: a REP string instruction stopped between iterations (for an interrupt
 * or the instruction-count deadline) will be resumed, so an event taken before that
 * pushes RF = 1 (17.3.1.1) and the resumed instruction does not hit its own instruction
 * breakpoint again. */
/* env field at off |= bits (a 64-bit field). */
static void gen_env_or_i64(int32_t off, uint64_t bits)
{
    TCGv f = tcg_temp_new_i64();
    tcg_gen_ld_i64(f, tcg_ctx->env, off);
    tcg_gen_ori_i64(f, f, (int64_t)bits);
    tcg_gen_st_i64(f, tcg_ctx->env, off);
    tcg_temp_free_i64(f);
}

void gen_set_rf(void)
{
    gen_env_or_i64((int32_t)offsetof(CPUX86State, eflags), RF_MASK);
    gen_set_hflag_bit(HF_RF_MASK, true);
}

/* An enabled instruction breakpoint (DR0-DR3) at this instruction: #DB, a fault taken
 * before the instruction, with DR6.Bn set for each breakpoint hit (17.3.1.1, 17.2.3). */
static void gen_insn_breakpoint(DisasContext *s, uint32_t hits)
{
    gen_env_or_i64((int32_t)offsetof(CPUX86State, dr[6]), hits);
    gen_exception(s, EXCP_DB);
}

/* An instruction that runs from the TB's page into the next one. A lookup checks the
 * second page's mapping before it enters the TB (cpu/exec.c), a chained jump does not:
 * here the TB checks it itself, so that chains may lead into it. The TLB entry for the
 * page must still hold the code translation the bytes were fetched through; if not, the
 * helper refills it and goes on, or retires the TB. */
static void gen_code_page2_check(DisasContext *s, uint64_t vpage)
{
    uint64_t phys;
    if (!x86_code_phys(s->env, vpage, &phys, false))
        return; /* not reached: the bytes were just fetched through it */
    phys &= TCG_PAGE_MASK;
    unsigned i = tcg_tlb_index(vpage);
    TCGv t = tcg_temp_new_i64();
    TCGLabelId slow = gen_new_label(), ok = gen_new_label();
    tcg_gen_ld_i64(t, tcg_ctx->env,
                   (int32_t)offsetof(CPUX86State, tlb[s->mmu_idx].e[i].addr_code));
    tcg_gen_andi_i64(t, t, ~(uint64_t)X86_TLB_TAG_FLAGS);
    tcg_gen_brcondi_i64(TCG_COND_NE, t, vpage, slow);
    tcg_gen_ld_i64(t, tcg_ctx->env, (int32_t)offsetof(CPUX86State, tlb_phys[s->mmu_idx][i]));
    tcg_gen_brcondi_i64(TCG_COND_EQ, t, phys, ok);
    gen_set_label(slow);
    gen_helper_code_page2(tcg_ctx->env, tcg_constant_i64(vpage), tcg_constant_i64(phys));
    gen_set_label(ok);
    tcg_temp_free_i64(t);
}

/* After each instruction with EFLAGS.TF set, a single-step #DB trap (SDM vol. 3, 17.3.1.4). */
static void gen_tb_leave(DisasContext *s, bool lookup)
{
    if (s->flags & HF_TF_MASK)
        gen_helper_single_step(tcg_ctx->env);
    if (lookup && s->jmp_opt)
        tcg_gen_lookup_and_goto_hint(TCG_LOOKUP_SAME_CTX |
                                     (s->many_targets ? TCG_LOOKUP_MANY_TARGETS : 0));
    else
        tcg_gen_exit_tb(0);
    s->is_jmp = DISAS_NORETURN;
}

/* Only near transfers end here (RET, indirect JMP/CALL, direct ones to another page):
 * none of the TB's instructions changed CS or hflags but in the same way on every run
 * (RF cleared by the first; any other change of CS or hflags ends its TB through the
 * loop, DISAS_EOB_NEXT / DISAS_EXIT, as the rest of the TB was translated for the old
 * ones), which lookup_and_goto's TCG_LOOKUP_SAME_CTX promises. */
void gen_eob_jump(DisasContext *s)
{
    gen_exit_prologue(s);
    gen_tb_leave(s, true);
}

/* Back to the loop, which re-reads hflags and looks at pending interrupts. */
static void gen_eob_exit(DisasContext *s)
{
    gen_exit_prologue(s);
    gen_tb_leave(s, false);
}

/* A near transfer beyond the CS limit is #GP(0) (SDM vol. 2, JMP/CALL/RET, protected and
 * real-address mode). Checked where it can happen: a 32-bit target (operand-size prefix)
 * in a 16-bit code segment, and any target when CS is not flat (HF_SEGCHK, e.g. a 32-bit
 * code segment with a limit below 4 GiB). 64-bit mode has no limit; its check is that the
 * target RIP is canonical (#GP(0) before the transfer, SDM vol. 2, JMP). */
void gen_check_cs_limit(DisasContext *s, TCGv target)
{
    if (s->code64) {
        gen_check_canonical(s, target, EXCP_GP);
        return;
    }
    if (!segchk_needed(s, R_CS) && (s->code32 || s->insn.op_size != 4))
        return;
    TCGv lim = tcg_temp_new_i64();
    TCGLabelId ok = gen_new_label();
    tcg_gen_ld32u_i64(lim, tcg_ctx->env, (int32_t)offsetof(CPUX86State, segs[R_CS].limit));
    tcg_gen_brcond_i64(TCG_COND_LEU, target, lim, ok);
    gen_helper_raise_exception_err(tcg_ctx->env, tcg_constant_i32(EXCP_GP), tcg_constant_i32(0));
    gen_set_label(ok);
    tcg_temp_free_i64(lim);
}

void gen_jmp_tb(DisasContext *s, uint64_t eip, int slot)
{
    uint64_t linear = s->cs_base + eip;
    if (!s->code64)
        linear &= 0xffffffffull;
    if (!s->code32 && eip > 0xffff)
        gen_check_cs_limit(s, tcg_constant_i64(eip));
    else if (s->code32 && eip != s->next_eip && segchk_needed(s, R_CS))
        gen_check_cs_limit(s, tcg_constant_i64(eip)); /* falling through is the fetch's */
    if (s->code64 && eip != s->next_eip && !x86_is_canonical(eip)) {
        /* A direct branch to a non-canonical RIP faults on the branch (SDM vol. 2, JMP);
         * falling through (eip = next_eip) is left to the fetch. */
        gen_helper_raise_exception_err(tcg_ctx->env, tcg_constant_i32(EXCP_GP),
                                       tcg_constant_i32(0));
        tcg_gen_exit_tb(0);
        s->is_jmp = DISAS_NORETURN;
        return;
    }
    if (s->jmp_opt && !s->sets_inhibit && !((linear ^ s->tb->pc) & TCG_PAGE_MASK)) {
        /* A chained jump leaves EIP as it was: the TB it enters knows its own (its
         * budget exit stores it; a fault restores it from its insn_start). */
        gen_update_cc_op(s);
        tcg_gen_goto_tb((unsigned)slot);
        tcg_gen_movi_i64(x86_ir_eip, eip);
        tcg_gen_exit_tb(tb_exit_value(s->tb, (unsigned)slot));
        s->is_jmp = DISAS_NORETURN;
    } else {
        tcg_gen_movi_i64(x86_ir_eip, eip);
        gen_eob_jump(s);
    }
}

/* ---- exceptions ---- */

/* The helper restores EIP and cc_op of this instruction from its insn_start. */
void gen_exception(DisasContext *s, int vec)
{
    gen_helper_raise_exception(tcg_ctx->env, tcg_constant_i32((uint32_t)vec));
    tcg_gen_exit_tb(0); /* not reached; keeps the IR's last op a block end */
    s->is_jmp = DISAS_NORETURN;
}

void gen_exception_err(DisasContext *s, int vec, int err)
{
    gen_helper_raise_exception_err(tcg_ctx->env, tcg_constant_i32((uint32_t)vec),
                                   tcg_constant_i32((uint32_t)err));
    tcg_gen_exit_tb(0);
    s->is_jmp = DISAS_NORETURN;
}

void gen_unimplemented(DisasContext *s)
{
    gen_helper_unimplemented(tcg_ctx->env, tcg_constant_i64(s->pc));
    tcg_gen_exit_tb(0);
    s->is_jmp = DISAS_NORETURN;
}

/* UD2 / UD0 / UD1: the defined way to raise #UD, nothing to log. */
void trans_ud(DisasContext *s)
{
    gen_exception(s, EXCP_UD);
}

/* ---- dispatch: one function per mnemonic (the table's single source of truth) ---- */

static const X86TransFn trans_table[X86_MN_COUNT] = {
    [X86_MN_add] = trans_alu, [X86_MN_or] = trans_alu, [X86_MN_adc] = trans_alu,
    [X86_MN_sbb] = trans_alu, [X86_MN_and] = trans_alu, [X86_MN_sub] = trans_alu,
    [X86_MN_xor] = trans_alu, [X86_MN_cmp] = trans_alu, [X86_MN_test] = trans_alu,
    [X86_MN_inc] = trans_inc_dec, [X86_MN_dec] = trans_inc_dec,
    [X86_MN_neg] = trans_neg, [X86_MN_not] = trans_not,
    [X86_MN_mul] = trans_mul, [X86_MN_imul] = trans_imul,
    [X86_MN_div] = trans_div, [X86_MN_idiv] = trans_div,
    [X86_MN_daa] = trans_bcd, [X86_MN_das] = trans_bcd,
    [X86_MN_aaa] = trans_bcd, [X86_MN_aas] = trans_bcd,
    [X86_MN_aam] = trans_aam_aad, [X86_MN_aad] = trans_aam_aad,
    [X86_MN_cbw] = trans_cbw, [X86_MN_cwd] = trans_cwd,
    [X86_MN_mov] = trans_mov, [X86_MN_movzx] = trans_movzx_movsx,
    [X86_MN_movsx] = trans_movzx_movsx, [X86_MN_lea] = trans_lea,
    [X86_MN_xchg] = trans_xchg, [X86_MN_cmpxchg] = trans_cmpxchg,
    [X86_MN_cmpxchg8b] = trans_cmpxchg8b_16, [X86_MN_xadd] = trans_xadd,
    [X86_MN_setcc] = trans_setcc, [X86_MN_cmovcc] = trans_cmovcc,
    [X86_MN_nop] = trans_nop, [X86_MN_pause] = trans_nop, [X86_MN_fwait] = trans_fwait,
    [X86_MN_prefetch] = trans_nop, [X86_MN_prefetchw] = trans_nop,
    [X86_MN_prefetchnta] = trans_nop, [X86_MN_prefetcht0] = trans_nop,
    [X86_MN_prefetcht1] = trans_nop, [X86_MN_prefetcht2] = trans_nop,
    [X86_MN_invd] = trans_nop, [X86_MN_wbinvd] = trans_nop,
    [X86_MN_xlat] = trans_xlat, [X86_MN_salc] = trans_salc, [X86_MN_bound] = trans_bound,
    [X86_MN_rol] = trans_rotate, [X86_MN_ror] = trans_rotate,
    [X86_MN_rcl] = trans_rcl_rcr, [X86_MN_rcr] = trans_rcl_rcr,
    [X86_MN_shl] = trans_shift, [X86_MN_sal] = trans_shift,
    [X86_MN_shr] = trans_shift, [X86_MN_sar] = trans_shift,
    [X86_MN_shld] = trans_shld_shrd, [X86_MN_shrd] = trans_shld_shrd,
    [X86_MN_bt] = trans_bt, [X86_MN_bts] = trans_bt, [X86_MN_btr] = trans_bt,
    [X86_MN_btc] = trans_bt, [X86_MN_bsf] = trans_bsf_bsr, [X86_MN_bsr] = trans_bsf_bsr,
    /* Without BMI1/ABM in CPUID, F3 0F BC/BD run as REP BSF/BSR (the prefix is ignored)
     * and the CET hints F3 0F 1E FA/FB are NOPs, as on processors that predate them. */
    [X86_MN_tzcnt] = trans_bsf_bsr, [X86_MN_lzcnt] = trans_bsf_bsr,
    [X86_MN_endbr32] = trans_nop, [X86_MN_endbr64] = trans_nop,
    [X86_MN_bswap] = trans_bswap,
    [X86_MN_movs] = trans_string, [X86_MN_cmps] = trans_string, [X86_MN_stos] = trans_string,
    [X86_MN_lods] = trans_string, [X86_MN_scas] = trans_string, [X86_MN_ins] = trans_string,
    [X86_MN_outs] = trans_string,
    [X86_MN_jcc] = trans_jcc, [X86_MN_jmp] = trans_jmp, [X86_MN_call] = trans_call,
    [X86_MN_ret] = trans_ret, [X86_MN_loop] = trans_loop, [X86_MN_loope] = trans_loop,
    [X86_MN_loopne] = trans_loop, [X86_MN_jcxz] = trans_loop,
    [X86_MN_ljmp] = trans_ljmp, [X86_MN_lcall] = trans_lcall, [X86_MN_lret] = trans_lret,
    [X86_MN_int3] = trans_int, [X86_MN_int] = trans_int, [X86_MN_into] = trans_int,
    [X86_MN_iret] = trans_iret,
    [X86_MN_push] = trans_push, [X86_MN_pop] = trans_pop,
    [X86_MN_pusha] = trans_pusha, [X86_MN_popa] = trans_popa,
    [X86_MN_enter] = trans_enter, [X86_MN_leave] = trans_leave,
    [X86_MN_clc] = trans_flag_ops, [X86_MN_stc] = trans_flag_ops, [X86_MN_cmc] = trans_flag_ops,
    [X86_MN_cld] = trans_flag_ops, [X86_MN_std] = trans_flag_ops,
    [X86_MN_cli] = trans_cli_sti, [X86_MN_sti] = trans_cli_sti,
    [X86_MN_pushf] = trans_pushf, [X86_MN_popf] = trans_popf,
    [X86_MN_lahf] = trans_lahf_sahf, [X86_MN_sahf] = trans_lahf_sahf,
    [X86_MN_les] = trans_load_far_ptr, [X86_MN_lds] = trans_load_far_ptr,
    [X86_MN_lss] = trans_load_far_ptr, [X86_MN_lfs] = trans_load_far_ptr,
    [X86_MN_lgs] = trans_load_far_ptr,
    [X86_MN_sgdt] = trans_desc_table, [X86_MN_sidt] = trans_desc_table,
    [X86_MN_lgdt] = trans_desc_table, [X86_MN_lidt] = trans_desc_table,
    [X86_MN_sldt] = trans_ldt_tr, [X86_MN_str] = trans_ldt_tr,
    [X86_MN_lldt] = trans_ldt_tr, [X86_MN_ltr] = trans_ldt_tr,
    [X86_MN_smsw] = trans_msw, [X86_MN_lmsw] = trans_msw,
    [X86_MN_clts] = trans_clts, [X86_MN_invlpg] = trans_invlpg, [X86_MN_hlt] = trans_hlt,
    [X86_MN_sysenter] = trans_sysenter_sysexit, [X86_MN_sysexit] = trans_sysenter_sysexit,
    [X86_MN_int1] = trans_int1, [X86_MN_rdpmc] = trans_rdpmc, [X86_MN_clflush] = trans_clflush,
    [X86_MN_in] = trans_in_out, [X86_MN_out] = trans_in_out,
    [X86_MN_cpuid] = trans_simple_helper, [X86_MN_rdtsc] = trans_simple_helper,
    [X86_MN_rdmsr] = trans_simple_helper, [X86_MN_wrmsr] = trans_simple_helper,
    [X86_MN_rdtscp] = trans_simple_helper,
    [X86_MN_lar] = trans_lar_lsl, [X86_MN_lsl] = trans_lar_lsl,
    [X86_MN_verr] = trans_verr_verw, [X86_MN_verw] = trans_verr_verw,
    [X86_MN_arpl] = trans_arpl,
    [X86_MN_ud2] = trans_ud, [X86_MN_ud0] = trans_ud, [X86_MN_ud1] = trans_ud,
    /* x87 (translate_fpu.c) */
    [X86_MN_fadd] = trans_fpu_arith, [X86_MN_fmul] = trans_fpu_arith,
    [X86_MN_fsub] = trans_fpu_arith, [X86_MN_fsubr] = trans_fpu_arith,
    [X86_MN_fdiv] = trans_fpu_arith, [X86_MN_fdivr] = trans_fpu_arith,
    [X86_MN_faddp] = trans_fpu_arith, [X86_MN_fmulp] = trans_fpu_arith,
    [X86_MN_fsubp] = trans_fpu_arith, [X86_MN_fsubrp] = trans_fpu_arith,
    [X86_MN_fdivp] = trans_fpu_arith, [X86_MN_fdivrp] = trans_fpu_arith,
    [X86_MN_fiadd] = trans_fpu_arith, [X86_MN_fimul] = trans_fpu_arith,
    [X86_MN_fisub] = trans_fpu_arith, [X86_MN_fisubr] = trans_fpu_arith,
    [X86_MN_fidiv] = trans_fpu_arith, [X86_MN_fidivr] = trans_fpu_arith,
    [X86_MN_fcom] = trans_fpu_com, [X86_MN_fcomp] = trans_fpu_com,
    [X86_MN_fcompp] = trans_fpu_com, [X86_MN_fucom] = trans_fpu_com,
    [X86_MN_fucomp] = trans_fpu_com, [X86_MN_fucompp] = trans_fpu_com,
    [X86_MN_ficom] = trans_fpu_com, [X86_MN_ficomp] = trans_fpu_com,
    [X86_MN_fcomi] = trans_fpu_comi, [X86_MN_fcomip] = trans_fpu_comi,
    [X86_MN_fucomi] = trans_fpu_comi, [X86_MN_fucomip] = trans_fpu_comi,
    [X86_MN_fld] = trans_fpu_load, [X86_MN_fild] = trans_fpu_load,
    [X86_MN_fbld] = trans_fpu_load,
    [X86_MN_fst] = trans_fpu_store, [X86_MN_fstp] = trans_fpu_store,
    [X86_MN_fist] = trans_fpu_store, [X86_MN_fistp] = trans_fpu_store,
    [X86_MN_fisttp] = trans_fpu_store, [X86_MN_fbstp] = trans_fpu_store,
    [X86_MN_fxch] = trans_fpu_fxch,
    [X86_MN_fcmovb] = trans_fpu_fcmov, [X86_MN_fcmove] = trans_fpu_fcmov,
    [X86_MN_fcmovbe] = trans_fpu_fcmov, [X86_MN_fcmovu] = trans_fpu_fcmov,
    [X86_MN_fcmovnb] = trans_fpu_fcmov, [X86_MN_fcmovne] = trans_fpu_fcmov,
    [X86_MN_fcmovnbe] = trans_fpu_fcmov, [X86_MN_fcmovnu] = trans_fpu_fcmov,
    [X86_MN_fchs] = trans_fpu_misc, [X86_MN_fabs] = trans_fpu_misc,
    [X86_MN_ftst] = trans_fpu_misc, [X86_MN_fxam] = trans_fpu_misc,
    [X86_MN_fld1] = trans_fpu_misc, [X86_MN_fldl2t] = trans_fpu_misc,
    [X86_MN_fldl2e] = trans_fpu_misc, [X86_MN_fldpi] = trans_fpu_misc,
    [X86_MN_fldlg2] = trans_fpu_misc, [X86_MN_fldln2] = trans_fpu_misc,
    [X86_MN_fldz] = trans_fpu_misc, [X86_MN_f2xm1] = trans_fpu_misc,
    [X86_MN_fyl2x] = trans_fpu_misc, [X86_MN_fptan] = trans_fpu_misc,
    [X86_MN_fpatan] = trans_fpu_misc, [X86_MN_fxtract] = trans_fpu_misc,
    [X86_MN_fprem1] = trans_fpu_misc, [X86_MN_fdecstp] = trans_fpu_misc,
    [X86_MN_fincstp] = trans_fpu_misc, [X86_MN_fprem] = trans_fpu_misc,
    [X86_MN_fyl2xp1] = trans_fpu_misc, [X86_MN_fsqrt] = trans_fpu_misc,
    [X86_MN_fsincos] = trans_fpu_misc, [X86_MN_frndint] = trans_fpu_misc,
    [X86_MN_fscale] = trans_fpu_misc, [X86_MN_fsin] = trans_fpu_misc,
    [X86_MN_fcos] = trans_fpu_misc,
    [X86_MN_fninit] = trans_fpu_ctrl, [X86_MN_fnclex] = trans_fpu_ctrl,
    [X86_MN_fldcw] = trans_fpu_ctrl, [X86_MN_fnstcw] = trans_fpu_ctrl,
    [X86_MN_fnstsw] = trans_fpu_ctrl, [X86_MN_fldenv] = trans_fpu_ctrl,
    [X86_MN_fnstenv] = trans_fpu_ctrl, [X86_MN_frstor] = trans_fpu_ctrl,
    [X86_MN_fnsave] = trans_fpu_ctrl, [X86_MN_ffree] = trans_fpu_ctrl,
    [X86_MN_ffreep] = trans_fpu_ctrl, [X86_MN_fnop] = trans_fpu_ctrl,
    [X86_MN_fneni] = trans_fpu_ctrl, [X86_MN_fndisi] = trans_fpu_ctrl,
    [X86_MN_fnsetpm] = trans_fpu_ctrl,
    [X86_MN_fxsave] = trans_fxsave, [X86_MN_fxrstor] = trans_fxsave,
    /* 64-bit mode (translate_64.c). RDFSBASE and kin are #UD: CPUID offers no FSGSBASE,
     * so CR4.FSGSBASE cannot be set (SDM vol. 2, RDFSBASE). */
    [X86_MN_movsxd] = trans_movsxd, [X86_MN_syscall] = trans_syscall,
    [X86_MN_sysret] = trans_sysret, [X86_MN_swapgs] = trans_swapgs,
    [X86_MN_rdfsbase] = trans_ud, [X86_MN_rdgsbase] = trans_ud,
    [X86_MN_wrfsbase] = trans_ud, [X86_MN_wrgsbase] = trans_ud,
    /* MMX, SSE..SSE4.2, POPCNT, CRC32, XSAVE (translate_sse*.c, listed in translate_sse.h) */
    X86_SSE_TRANS_ENTRIES
};

static void log_insn_bytes(DisasContext *s, const char *what, const uint8_t *bytes, size_t n)
{
    char hex[3 * 16 + 1];
    size_t k = 0;
    for (size_t j = 0; j < n && j < 15; j++)
        k += (size_t)snprintf(hex + k, sizeof(hex) - k, "%s%02x", j ? " " : "", bytes[j]);
    hex[k] = 0;
    tern_log("%s at %04x:%08" PRIx64 " (linear %08" PRIx64 "): %s\n", what,
             (unsigned)s->env->segs[R_CS].selector, s->eip, s->pc, hex);
}

/* A LOCK prefix is legal only on the lockable forms with a memory destination (SDM vol. 2,
 * LOCK: #UD otherwise). */
static bool lock_ok(DisasContext *s)
{
    if (!s->insn.lock)
        return true;
    return (s->insn.entry->flags & X86F_LOCKABLE) && s->op[0].type == OPND_MEM;
}

static void disas_insn(DisasContext *s)
{
    const X86OpcodeEntry *e = s->insn.entry;
    decode_operands(s);
    if (!lock_ok(s)) {
        gen_exception(s, EXCP_UD);
        return;
    }
    /* SYSRET checks its #UD conditions before the CPL (SDM vol. 2, SYSRET): its own. */
    if ((e->flags & X86F_PRIV) && s->cpl != 0 && e->mnemonic != X86_MN_sysret) {
        gen_exception_err(s, EXCP_GP, 0);
        return;
    }
    X86TransFn fn = e->mnemonic < X86_MN_COUNT ? trans_table[e->mnemonic] : NULL;
    if (!fn) {
        gen_unimplemented(s);
        return;
    }
    fn(s);
}

/* -d in_asm: the TB's guest code, once per translation. Addresses are EIP values (CS
 * offsets) so that branch targets read right in real mode too; the header gives the
 * linear address. */
static void log_in_asm(DisasContext *s, uint64_t eip0, uint32_t size)
{
    static uint8_t buf[TCG_PAGE_SIZE + 16];
    X86Mode mode = s->code64 ? X86_MODE_64 : s->code32 ? X86_MODE_32 : X86_MODE_16;
    size_t n = x86_code_fetch(s->env, s->tb->pc, buf, size < sizeof(buf) ? size : sizeof(buf));
    tern_log("IN: linear %08" PRIx64 " cs_base %08" PRIx64 " flags %08x\n", s->tb->pc,
             s->cs_base, s->flags);
    x86_disas(tern_log_line, NULL, buf, n, eip0, mode);
    tern_log("\n");
}

/* EIP's width in code of these flags: 64, 32 or 16 bits. */
static uint64_t eip_code_mask(uint32_t flags)
{
    return (flags & HF_CODE64_MASK) ? ~0ull : (flags & HF_CS32_MASK) ? 0xffffffffull : 0xffff;
}

uint64_t x86_tb_eip(uint64_t pc, uint64_t cs_base, uint32_t flags)
{
    return (pc - cs_base) & eip_code_mask(flags);
}

void x86_translate(CPUX86State *env, TranslationBlock *tb, int max_insns)
{
    DisasContext ctx = { 0 };
    DisasContext *s = &ctx;
    uint32_t flags = tb->flags;
    s->env = env;
    s->tb = tb;
    s->flags = flags;
    s->cs_base = tb->cs_base;
    s->cpl = (int)(flags & HF_CPL_MASK);
    s->iopl = (int)((flags & HF_IOPL_MASK) >> HF_IOPL_SHIFT);
    s->pe = flags & HF_PE_MASK;
    s->vm86 = flags & HF_VM_MASK;
    s->code64 = flags & HF_CODE64_MASK;
    s->code32 = s->code64 || (flags & HF_CS32_MASK);
    s->ss32 = flags & HF_SS32_MASK;
    s->addseg = flags & HF_ADDSEG_MASK;
    s->mmu_idx = s->cpl == 3 ? MMU_USER_IDX : MMU_KERNEL_IDX;
    s->jmp_opt = !(tb->cflags & (CF_SINGLE_STEP | CF_NO_CACHE)) &&
                 !(flags & (HF_TF_MASK | HF_INHIBIT_IRQ_MASK));
    s->cc_op = CC_OP_DYNAMIC;
    s->cc_srcT = (TCGv){ TCG_NO_TEMP };
    s->is_jmp = DISAS_NEXT;
    /* Single-step and the interrupt shadow both cover one instruction. */
    if (flags & (HF_TF_MASK | HF_INHIBIT_IRQ_MASK))
        max_insns = 1;
    if (max_insns < 1)
        max_insns = 1;

    X86Mode mode = s->code64 ? X86_MODE_64 : s->code32 ? X86_MODE_32 : X86_MODE_16;
    uint64_t code_mask = eip_code_mask(flags);
    uint64_t eip = x86_tb_eip(tb->pc, tb->cs_base, flags);
    uint64_t eip0 = eip;
    uint32_t size = 0;

    for (;;) {
        uint8_t buf[16];
        s->eip = eip;
        s->pc = s->code64 ? s->cs_base + eip : (s->cs_base + eip) & 0xffffffffull;
        s->sets_inhibit = false;
        s->a0_valid = false;
        s->seg_last = s->a0_seg = -1;
        s->align16_pending = false;
        /* Code breakpoints come first among the faults of an instruction (SDM vol. 3,
         * table 6-2); RF=1 suppresses them for the TB's first instruction only. */
        uint32_t bp_hits = x86_insn_breakpoints(env, s->pc);
        if (bp_hits && !(s->num_insns == 0 && (flags & HF_RF_MASK))) {
            if (s->num_insns > 0) { /* the instruction starts a TB of its own */
                gen_jmp_tb(s, eip, 0);
                break;
            }
            tcg_gen_insn_start(eip, (uint64_t)s->cc_op);
            if (flags & HF_INHIBIT_IRQ_MASK)
                gen_set_hflag_bit(HF_INHIBIT_IRQ_MASK, false);
            s->num_insns++;
            size += 1;
            gen_insn_breakpoint(s, bp_hits);
            break;
        }
        size_t n = x86_code_fetch(env, s->pc, buf, 15);
        X86DecodeStatus st = n ? x86_decode(&s->insn, buf, n, mode, s->pc) : X86_DECODE_TRUNCATED;
        if (st == X86_DECODE_TRUNCATED) {
            /* Bytes missing (unmapped page): the first insn takes the fault now; a later
             * one is left for the next TB, which will fault on its first insn. */
            if (s->num_insns == 0) {
                if (x86_fetch_beyond_cs_limit(env, eip, n))
                    x86_raise_at(env, EXCP_GP, 0, 0, false); /* the limit before paging */
                x86_code_fault(env, s->pc + n);
            }
            gen_jmp_tb(s, eip, 0);
            break;
        }
        s->next_eip = (eip + s->insn.len) & code_mask;
        tcg_gen_insn_start(eip, (uint64_t)s->cc_op);
        if (s->num_insns == 0 && (flags & HF_INHIBIT_IRQ_MASK))
            gen_set_hflag_bit(HF_INHIBIT_IRQ_MASK, false);
        if (s->num_insns == 0 && (flags & HF_RF_MASK))
            gen_clear_rf();
        if (s->insn.len) {
            uint64_t last = s->pc + s->insn.len - 1;
            if (!s->code64)
                last = (uint32_t)last;
            if ((last ^ tb->pc) & TCG_PAGE_MASK)
                gen_code_page2_check(s, last & TCG_PAGE_MASK);
        }
        s->num_insns++;
        /* An invalid opcode still covers its bytes (at least one) so that a write to
         * them invalidates this TB. */
        size += s->insn.len ? s->insn.len : 1;

        if (!gen_segchk_fetch(s, s->insn.len)) {
            /* it runs past offset FFFFH / FFFFFFFFH: #GP(0) emitted */
        } else if (st == X86_DECODE_INVALID) {
            if (tern_log_enabled(LOG_UNIMP))
                log_insn_bytes(s, "invalid opcode (#UD)", buf, s->insn.len ? s->insn.len : n);
            gen_exception(s, EXCP_UD);
        } else if (st == X86_DECODE_TOO_LONG) {
            /* More than 15 bytes: #GP(0) (SDM vol. 2, 2.3.11). */
            gen_exception_err(s, EXCP_GP, 0);
        } else {
            disas_insn(s);
        }
        if (s->align16_pending && s->is_jmp == DISAS_NEXT) {
            fprintf(stderr, "tern: internal error: the 16-byte alignment check of the insn "
                    "at %#llx has no access to go with\n", (unsigned long long)s->pc);
            abort();
        }
        if (s->a0_valid) {
            tcg_temp_free_i64(s->A0);
            s->a0_valid = false;
        }

        if (s->is_jmp != DISAS_NEXT)
            break;
        eip = s->next_eip;
        uint64_t next_pc = s->code64 ? s->cs_base + eip : (s->cs_base + eip) & 0xffffffffull;
        /* Stop at a page boundary, at the insn budget, and before the frame or op list
         * grows beyond what one TB should hold. */
        if (s->num_insns >= max_insns || ((next_pc ^ tb->pc) & TCG_PAGE_MASK) ||
            tcg_ctx->frame_slots > X86_FRAME_SLOTS / 2 || tcg_ctx->nb_ops > 4000) {
            gen_jmp_tb(s, eip, 0);
            break;
        }
    }

    switch (s->is_jmp) {
    case DISAS_EOB_NEXT:
    case DISAS_EOB_INHIBIT:
        if (s->is_jmp == DISAS_EOB_INHIBIT)
            s->sets_inhibit = true;
        gen_update_eip_next(s);
        gen_eob_exit(s);
        break;
    case DISAS_JUMP:
        gen_eob_jump(s);
        break;
    case DISAS_EXIT:
        gen_eob_exit(s);
        break;
    default:
        break;
    }
    tb->size = size;
    tb->icount = (uint32_t)s->num_insns;
    if (tern_log_enabled(LOG_IN_ASM))
        log_in_asm(s, eip0, size);
}

/* System and flag instructions: CLC/STC/CMC/CLD/STD, CLI/STI, PUSHF/POPF, LAHF/SAHF,
 * segment register loads (MOV/POP sreg, LDS/LES/LFS/LGS/LSS), LGDT/LIDT/SGDT/SIDT,
 * LLDT/LTR/SLDT/STR, LMSW/SMSW, MOV CRn/DRn, CLTS, INVLPG, HLT, IN/OUT, CPUID, RDTSC,
 * RDMSR/WRMSR, LAR/LSL/VERR/VERW, ARPL. IOPL and CPL rules follow SDM vol. 2 per
 * instruction and vol. 3, chapter 20 for virtual-8086 mode (no VME/PVI yet). */
#include "cpu/helper.h"
#include "cpu/translate.h"
#include "tcg/log.h"

static bool real_or_v86(const DisasContext *s)
{
    return !s->pe || s->vm86;
}

static void gen_ld_eflags(TCGv dst)
{
    tcg_gen_ld_i64(dst, tcg_ctx->env, (int32_t)offsetof(CPUX86State, eflags));
}

static void gen_st_eflags(TCGv v)
{
    tcg_gen_st_i64(v, tcg_ctx->env, (int32_t)offsetof(CPUX86State, eflags));
}

void trans_flag_ops(DisasContext *s)
{
    X86Mnemonic mn = insn_mnemonic(s);
    if (mn == X86_MN_cld || mn == X86_MN_std) {
        tcg_gen_movi_i32(x86_ir_df, mn == X86_MN_cld ? 1 : (uint32_t)-1);
        return;
    }
    TCGv f = gen_compute_eflags(s);
    if (mn == X86_MN_clc)
        tcg_gen_andi_i64(f, f, ~(uint64_t)CC_C);
    else if (mn == X86_MN_stc)
        tcg_gen_ori_i64(f, f, CC_C);
    else
        tcg_gen_xori_i64(f, f, CC_C);
    gen_set_eflags_cc(s, f);
    tcg_temp_free_i64(f);
}

/* CLI/STI: allowed when CPL <= IOPL in protected mode, IOPL = 3 in v86 mode; #GP(0)
 * otherwise (SDM vol. 2, CLI/STI, with CR4.PVI/VME clear). */
static bool iopl_ok(const DisasContext *s)
{
    if (!s->pe)
        return true;
    if (s->vm86)
        return s->iopl == 3;
    return s->cpl <= s->iopl;
}

void trans_cli_sti(DisasContext *s)
{
    if (!iopl_ok(s)) {
        /* v86 mode with IOPL < 3 (CR4.VME) or CPL 3 above IOPL (CR4.PVI): VIF instead of
         * IF, or #GP(0); decided at run time (cpu/v86_helper.c, SDM vol. 2 CLI/STI). */
        if (s->vm86 || s->cpl == 3) {
            gen_sync_for_helper(s);
            gen_helper_cli_sti_virtual(tcg_ctx->env,
                                       tcg_constant_i32(insn_mnemonic(s) == X86_MN_sti));
        } else {
            gen_exception_err(s, EXCP_GP, 0);
        }
        return;
    }
    TCGv f = tcg_temp_new_i64();
    gen_ld_eflags(f);
    if (insn_mnemonic(s) == X86_MN_cli) {
        tcg_gen_andi_i64(f, f, ~(uint64_t)IF_MASK);
        gen_st_eflags(f);
    } else {
        tcg_gen_ori_i64(f, f, IF_MASK);
        gen_st_eflags(f);
        /* Interrupts stay blocked until after the next instruction. */
        s->is_jmp = DISAS_EOB_INHIBIT;
    }
    tcg_temp_free_i64(f);
}

void trans_pushf(DisasContext *s)
{
    if (s->vm86 && s->iopl != 3) {
        /* PUSHF with CR4.VME: IF = VIF, IOPL = 3 in the image; PUSHFD is #GP(0). */
        if (s->insn.op_size == 2) {
            gen_sync_for_helper(s);
            gen_helper_pushf_vme(tcg_ctx->env);
        } else {
            gen_exception_err(s, EXCP_GP, 0);
        }
        return;
    }
    TCGv_i32 f32 = tcg_temp_new_i32();
    TCGv f = tcg_temp_new_i64();
    gen_update_cc_op(s);
    gen_helper_read_eflags(f32, tcg_ctx->env);
    tcg_gen_extu_i32_i64(f, f32);
    /* The image has VM and RF clear (SDM vol. 2, PUSHF). */
    tcg_gen_andi_i64(f, f, ~(uint64_t)(VM_MASK | RF_MASK));
    gen_push(s, f, s->insn.op_size);
    tcg_temp_free_i64(f);
    tcg_temp_free_i32(f32);
}

/* POPF: which bits may change depends on CPL, IOPL and mode (SDM vol. 2, POPF):
 * CPL 0 (and real mode) may change IF and IOPL; CPL <= IOPL may change IF; v86 mode
 * with IOPL 3 may change IF but not IOPL; VM, VIP, VIF never change here. */
void trans_popf(DisasContext *s)
{
    int size = s->insn.op_size;
    if (s->vm86 && s->iopl != 3) {
        /* POPF with CR4.VME: IF goes to VIF; POPFD is #GP(0). */
        if (size == 2) {
            gen_sync_for_helper(s);
            gen_helper_popf_vme(tcg_ctx->env);
            cc_op_set_by_helper(s, CC_OP_EFLAGS);
            s->is_jmp = DISAS_EOB_NEXT;
        } else {
            gen_exception_err(s, EXCP_GP, 0);
        }
        return;
    }
    uint32_t mask = CC_ALL | TF_MASK | DF_MASK | NT_MASK;
    if (size >= 4)
        mask |= AC_MASK | ID_MASK | RF_MASK;
    if (s->vm86)
        mask |= IF_MASK;
    else if (s->cpl == 0)
        mask |= IF_MASK | IOPL_MASK;
    else if (s->cpl <= s->iopl)
        mask |= IF_MASK;
    if (size == 2)
        mask &= 0xffff;
    TCGv v = gen_pop_load(s, size, 0);
    TCGv_i32 v32 = tcg_temp_new_i32();
    tcg_gen_extrl_i64_i32(v32, v);
    /* RF is cleared by a 32-bit POPF. */
    tcg_gen_andi_i32(v32, v32, ~(uint32_t)RF_MASK);
    gen_update_cc_op(s);
    gen_helper_write_eflags(tcg_ctx->env, v32, tcg_constant_i32(mask));
    cc_op_set_by_helper(s, CC_OP_EFLAGS);
    gen_pop_commit(s, size);
    tcg_temp_free_i32(v32);
    tcg_temp_free_i64(v);
    s->is_jmp = DISAS_EOB_NEXT;
}

/* LAHF: AH = SF:ZF:0:AF:0:PF:1:CF. SAHF loads those five flags from AH. */
void trans_lahf_sahf(DisasContext *s)
{
    const uint64_t m = CC_S | CC_Z | CC_A | CC_P | CC_C;
    TCGv f = gen_compute_eflags(s);
    if (insn_mnemonic(s) == X86_MN_lahf) {
        tcg_gen_andi_i64(f, f, m);
        tcg_gen_ori_i64(f, f, 2);
        gen_store_reg(1, R_EAX, true, f);
    } else {
        TCGv ah = tcg_temp_new_i64();
        tcg_gen_extract_i64(ah, x86_ir_regs[R_EAX], 8, 8);
        tcg_gen_andi_i64(ah, ah, m);
        tcg_gen_andi_i64(f, f, CC_O);
        tcg_gen_or_i64(f, f, ah);
        gen_set_eflags_cc(s, f);
        tcg_temp_free_i64(ah);
    }
    tcg_temp_free_i64(f);
}

/* Loads a segment register. Real and v86 mode: selector and base = selector << 4, the
 * rest of the cache unchanged (SDM vol. 3, 20.1.1). Protected mode: the helper checks
 * the descriptor. A load of SS blocks interrupts for one instruction (SDM vol. 2, MOV);
 * protected-mode loads can change hflags (SS: CPL/SS32; DS/ES: ADDSEG; any: HF_SEGCHK) and
 * end the TB. */
void gen_load_sreg(DisasContext *s, int seg, TCGv val)
{
    TCGv sel = tcg_temp_new_i64();
    tcg_gen_andi_i64(sel, val, 0xffff);
    if (real_or_v86(s)) {
        TCGv_i32 t = tcg_temp_new_i32();
        tcg_gen_extrl_i64_i32(t, sel);
        tcg_gen_st_i32(t, tcg_ctx->env, (int32_t)offsetof(CPUX86State, segs[seg].selector));
        tcg_temp_free_i32(t);
        tcg_gen_shli_i64(x86_ir_seg_base[seg], sel, 4);
    } else {
        TCGv_i32 t = tcg_temp_new_i32();
        tcg_gen_extrl_i64_i32(t, sel);
        gen_sync_for_helper(s);
        gen_helper_load_seg(tcg_ctx->env, tcg_constant_i32((uint32_t)seg), t);
        tcg_temp_free_i32(t);
        /* The new descriptor may change HF_ADDSEG (DS/ES base) and the segment's
         * HF_SEGCHK bit (limit, type, null): continue in a TB made for them. */
        if (s->is_jmp == DISAS_NEXT)
            s->is_jmp = DISAS_EOB_NEXT;
    }
    if (seg == R_SS)
        s->is_jmp = DISAS_EOB_INHIBIT;
    tcg_temp_free_i64(sel);
}

/* LDS/LES/LFS/LGS/LSS r, m16:16/32: offset at [m], selector after it. The segment load
 * (which may fault) comes before the register write. */
void trans_load_far_ptr(DisasContext *s)
{
    static const struct { X86Mnemonic mn; int seg; } map[] = {
        { X86_MN_les, R_ES }, { X86_MN_lds, R_DS }, { X86_MN_lss, R_SS },
        { X86_MN_lfs, R_FS }, { X86_MN_lgs, R_GS },
    };
    int seg = R_DS;
    for (unsigned i = 0; i < sizeof(map) / sizeof(map[0]); i++)
        if (map[i].mn == insn_mnemonic(s))
            seg = map[i].seg;
    int size = s->op[0].size;
    TCGv off = tcg_temp_new_i64(), sel = tcg_temp_new_i64(), a = tcg_temp_new_i64();
    gen_ld(s, off, gen_mem_addr(s), size_memop(size));
    tcg_gen_addi_i64(a, gen_mem_addr(s), (uint64_t)size);
    if (!s->code64)
        tcg_gen_ext32u_i64(a, a);
    gen_ld(s, sel, a, MO_16);
    gen_load_sreg(s, seg, sel);
    gen_store_op(s, 0, off);
    tcg_temp_free_i64(a);
    tcg_temp_free_i64(sel);
    tcg_temp_free_i64(off);
}

/* LGDT/LIDT/SGDT/SIDT m: 16-bit limit then the base (24 bits used by LGDT/LIDT with a
 * 16-bit operand; SGDT/SIDT store all 32), SDM vol. 2, LGDT/SGDT. */
void trans_desc_table(DisasContext *s)
{
    X86Mnemonic mn = insn_mnemonic(s);
    bool gdt = mn == X86_MN_lgdt || mn == X86_MN_sgdt;
    size_t tab = gdt ? offsetof(CPUX86State, gdt) : offsetof(CPUX86State, idt);
    int32_t base_off = (int32_t)(tab + offsetof(SegmentCache, base));
    int32_t limit_off = (int32_t)(tab + offsetof(SegmentCache, limit));
    MemOp base_op = s->code64 ? MO_64 : MO_32;
    TCGv addr = gen_mem_addr(s);
    TCGv a2 = tcg_temp_new_i64(), limit = tcg_temp_new_i64(), base = tcg_temp_new_i64();
    tcg_gen_addi_i64(a2, addr, 2);
    if (!s->code64)
        tcg_gen_ext32u_i64(a2, a2);
    if (mn == X86_MN_lgdt || mn == X86_MN_lidt) {
        gen_ld(s, limit, addr, MO_16);
        gen_ld(s, base, a2, base_op);
        if (s->insn.op_size == 2 && !s->code64)
            tcg_gen_andi_i64(base, base, 0xffffff);
        tcg_gen_st_i64(base, tcg_ctx->env, base_off);
        TCGv_i32 l32 = tcg_temp_new_i32();
        tcg_gen_extrl_i64_i32(l32, limit);
        tcg_gen_st_i32(l32, tcg_ctx->env, limit_off);
        tcg_temp_free_i32(l32);
    } else {
        tcg_gen_ld32u_i64(limit, tcg_ctx->env, limit_off);
        tcg_gen_ld_i64(base, tcg_ctx->env, base_off);
        gen_st(s, limit, addr, MO_16);
        gen_st(s, base, a2, base_op);
    }
    tcg_temp_free_i64(base);
    tcg_temp_free_i64(limit);
    tcg_temp_free_i64(a2);
}

/* SLDT/STR/LLDT/LTR: not recognised in real and v86 mode (#UD). A register destination
 * of SLDT/STR gets the zero-extended selector at the operand size. */
void trans_ldt_tr(DisasContext *s)
{
    X86Mnemonic mn = insn_mnemonic(s);
    if (real_or_v86(s)) {
        gen_exception(s, EXCP_UD);
        return;
    }
    if (mn == X86_MN_sldt || mn == X86_MN_str) {
        size_t off = mn == X86_MN_sldt ? offsetof(CPUX86State, ldt.selector)
                                       : offsetof(CPUX86State, tr.selector);
        TCGv v = tcg_temp_new_i64();
        tcg_gen_ld32u_i64(v, tcg_ctx->env, (int32_t)off);
        if (s->op[0].type == OPND_REG)
            gen_store_reg(s->insn.op_size, s->op[0].reg, false, v);
        else
            gen_store_op(s, 0, v);
        tcg_temp_free_i64(v);
        return;
    }
    TCGv v = gen_load_op(s, 0);
    TCGv_i32 v32 = tcg_temp_new_i32();
    tcg_gen_extrl_i64_i32(v32, v);
    gen_sync_for_helper(s);
    if (mn == X86_MN_lldt)
        gen_helper_lldt(tcg_ctx->env, v32);
    else
        gen_helper_ltr(tcg_ctx->env, v32);
    tcg_temp_free_i32(v32);
    tcg_temp_free_i64(v);
}

/* SMSW: CR0's low word to memory; a register gets CR0 at the operand size (P6 and later
 * store all of CR0 in a 32-bit register). LMSW changes PE/MP/EM/TS: end the TB. */
void trans_msw(DisasContext *s)
{
    if (insn_mnemonic(s) == X86_MN_smsw) {
        TCGv v = tcg_temp_new_i64();
        tcg_gen_ld_i64(v, tcg_ctx->env, (int32_t)offsetof(CPUX86State, cr[0]));
        if (s->op[0].type == OPND_REG)
            gen_store_reg(s->insn.op_size, s->op[0].reg, false, v);
        else
            gen_store_op(s, 0, v);
        tcg_temp_free_i64(v);
        return;
    }
    TCGv v = gen_load_op(s, 0);
    gen_sync_for_helper(s);
    gen_helper_lmsw(tcg_ctx->env, v);
    tcg_temp_free_i64(v);
    s->is_jmp = DISAS_EOB_NEXT;
}

void trans_clts(DisasContext *s)
{
    gen_sync_for_helper(s);
    gen_helper_clts(tcg_ctx->env);
    s->is_jmp = DISAS_EOB_NEXT;
}

/* INVLPG: the page may hold this very code; continue through the loop. */
void trans_invlpg(DisasContext *s)
{
    gen_sync_for_helper(s);
    gen_helper_invlpg(tcg_ctx->env, gen_mem_addr(s));
    s->is_jmp = DISAS_EOB_NEXT;
}

void trans_hlt(DisasContext *s)
{
    gen_sync_for_helper(s);
    gen_helper_hlt(tcg_ctx->env, tcg_constant_i32(s->insn.len));
    tcg_gen_exit_tb(0);
    s->is_jmp = DISAS_NORETURN;
}

/* MOV to/from CRn and DRn (CPL 0 by the table). CR1, CR5-7 (and CR8 outside 64-bit mode)
 * are #UD (SDM vol. 2, MOV CR). Writes may change hflags or paging: end the TB. */
void gen_mov_crdr(DisasContext *s)
{
    X86Operand *d = &s->op[0], *src = &s->op[1];
    bool to = d->type == OPND_CR || d->type == OPND_DR;
    X86Operand *ctl = to ? d : src;
    bool is_cr = ctl->type == OPND_CR;
    int n = ctl->reg;
    if (is_cr && n == 8 && s->code64) { /* CR8 = TPR (64-bit mode): translate_64.c */
        gen_mov_cr8(s, to);
        return;
    }
    if (is_cr ? !(n == 0 || n == 2 || n == 3 || n == 4) : n > 7) {
        gen_exception(s, EXCP_UD);
        return;
    }
    TCGv_i32 num = tcg_constant_i32((uint32_t)n);
    gen_sync_for_helper(s);
    if (to) {
        TCGv v = gen_load_op(s, 1);
        if (is_cr)
            gen_helper_mov_to_cr(tcg_ctx->env, num, v);
        else
            gen_helper_mov_to_dr(tcg_ctx->env, num, v);
        tcg_temp_free_i64(v);
        s->is_jmp = DISAS_EOB_NEXT;
    } else {
        TCGv v = tcg_temp_new_i64();
        if (is_cr)
            gen_helper_mov_from_cr(v, tcg_ctx->env, num);
        else
            gen_helper_mov_from_dr(v, tcg_ctx->env, num);
        gen_store_op(s, 0, v);
        tcg_temp_free_i64(v);
    }
}

/* I/O needs the TSS permission bitmap check when CPL > IOPL or in v86 mode (SDM vol. 1,
 * 19.5); the helper raises #GP when access is denied. */
void gen_check_io(DisasContext *s, TCGv_i32 port, int size)
{
    if (s->pe && (s->vm86 || s->cpl > s->iopl)) {
        gen_sync_for_helper(s);
        gen_helper_check_io(tcg_ctx->env, port, tcg_constant_i32((uint32_t)size));
    }
}

void trans_in_out(DisasContext *s)
{
    bool in = insn_mnemonic(s) == X86_MN_in;
    X86Operand *acc = in ? &s->op[0] : &s->op[1];
    X86Operand *p = in ? &s->op[1] : &s->op[0];
    int size = acc->size;
    TCGv_i32 port = tcg_temp_new_i32();
    if (p->type == OPND_IMM) {
        tcg_gen_movi_i32(port, (uint32_t)p->imm & 0xff);
    } else {
        tcg_gen_extrl_i64_i32(port, x86_ir_regs[R_EDX]);
        tcg_gen_andi_i32(port, port, 0xffff);
    }
    gen_check_io(s, port, size);
    TCGv_i32 v32 = tcg_temp_new_i32();
    if (in) {
        TCGv v = tcg_temp_new_i64();
        gen_helper_in(v32, tcg_ctx->env, port, tcg_constant_i32((uint32_t)size));
        tcg_gen_extu_i32_i64(v, v32);
        gen_store_reg(size, R_EAX, false, v);
        tcg_temp_free_i64(v);
    } else {
        TCGv v = tcg_temp_new_i64();
        gen_load_reg(v, size, R_EAX, false);
        tcg_gen_extrl_i64_i32(v32, v);
        gen_helper_out(tcg_ctx->env, port, v32, tcg_constant_i32((uint32_t)size));
        tcg_temp_free_i64(v);
    }
    tcg_temp_free_i32(v32);
    tcg_temp_free_i32(port);
    /* Port I/O ends the TB: the loop counts a TB's instructions at its entry, so a
     * device sees the exact retired count when the access is the TB's last insn. */
    gen_jmp_tb(s, s->next_eip, 0);
}

/* CPUID, RDTSC, RDTSCP, RDMSR, WRMSR: all state in env. WRMSR can change EFER or SYSENTER state:
 * end the TB. */
void trans_simple_helper(DisasContext *s)
{
    TCGv_ptr env = tcg_ctx->env;
    gen_sync_for_helper(s);
    switch (insn_mnemonic(s)) {
    case X86_MN_cpuid: gen_helper_cpuid(env); break;
    case X86_MN_rdtsc: gen_helper_rdtsc(env); break;
    case X86_MN_rdmsr: gen_helper_rdmsr(env); break;
    case X86_MN_rdtscp: gen_helper_rdtscp(env); break;
    default:
        gen_helper_wrmsr(env);
        s->is_jmp = DISAS_EOB_NEXT;
        break;
    }
}

/* LAR/LSL: the helper sets ZF (CC_OP_EFLAGS); the destination changes only when ZF=1. */
void trans_lar_lsl(DisasContext *s)
{
    if (real_or_v86(s)) {
        gen_exception(s, EXCP_UD);
        return;
    }
    TCGv sel = gen_load_op(s, 1);
    TCGv old = gen_load_op(s, 0);
    TCGv r = tcg_temp_new_i64();
    gen_sync_for_helper(s);
    if (insn_mnemonic(s) == X86_MN_lar)
        gen_helper_lar(r, tcg_ctx->env, sel);
    else
        gen_helper_lsl(r, tcg_ctx->env, sel);
    cc_op_set_by_helper(s, CC_OP_EFLAGS);
    tcg_gen_movcond_i64(TCG_COND_TSTNE, r, x86_ir_cc_src, tcg_constant_i64(CC_Z), r, old);
    gen_store_op(s, 0, r);
    tcg_temp_free_i64(r);
    tcg_temp_free_i64(old);
    tcg_temp_free_i64(sel);
}

void trans_verr_verw(DisasContext *s)
{
    if (real_or_v86(s)) {
        gen_exception(s, EXCP_UD);
        return;
    }
    TCGv sel = gen_load_op(s, 0);
    gen_sync_for_helper(s);
    if (insn_mnemonic(s) == X86_MN_verr)
        gen_helper_verr(tcg_ctx->env, sel);
    else
        gen_helper_verw(tcg_ctx->env, sel);
    cc_op_set_by_helper(s, CC_OP_EFLAGS);
    tcg_temp_free_i64(sel);
}

/* ARPL r/m16, r16: raise the destination's RPL to the source's, ZF = whether it changed
 * (SDM vol. 2, ARPL); #UD outside protected mode. The other flags are kept. */
void trans_arpl(DisasContext *s)
{
    if (real_or_v86(s)) {
        gen_exception(s, EXCP_UD);
        return;
    }
    TCGv d = gen_load_op(s, 0);
    TCGv src = gen_load_op(s, 1);
    TCGv drpl = tcg_temp_new_i64(), srpl = tcg_temp_new_i64(), nd = tcg_temp_new_i64();
    TCGv zf = tcg_temp_new_i64();
    tcg_gen_andi_i64(drpl, d, 3);
    tcg_gen_andi_i64(srpl, src, 3);
    tcg_gen_andi_i64(nd, d, ~(uint64_t)3);
    tcg_gen_or_i64(nd, nd, srpl);
    tcg_gen_movcond_i64(TCG_COND_LTU, nd, drpl, srpl, nd, d);
    tcg_gen_setcond_i64(TCG_COND_LTU, zf, drpl, srpl);
    gen_store_op(s, 0, nd);
    TCGv f = gen_compute_eflags(s);
    tcg_gen_andi_i64(f, f, ~(uint64_t)CC_Z);
    tcg_gen_shli_i64(zf, zf, 6);
    tcg_gen_or_i64(f, f, zf);
    gen_set_eflags_cc(s, f);
    tcg_temp_free_i64(f);
    tcg_temp_free_i64(zf);
    tcg_temp_free_i64(nd);
    tcg_temp_free_i64(srpl);
    tcg_temp_free_i64(drpl);
    tcg_temp_free_i64(src);
    tcg_temp_free_i64(d);
}

/* SYSENTER / SYSEXIT (SDM vol. 2B): the helpers check the mode and IA32_SYSENTER_CS
 * (#GP(0)) and load CS, SS, ESP, EIP; SYSENTER also clears VM, IF and RF. CPL and hflags
 * change: end the TB. SYSEXIT's row is CPL 0 only (#GP(0) before the helper). */
void trans_sysenter_sysexit(DisasContext *s)
{
    gen_sync_for_helper(s);
    if (insn_mnemonic(s) == X86_MN_sysenter)
        gen_helper_sysenter(tcg_ctx->env);
    else
        gen_helper_sysexit(tcg_ctx->env, tcg_constant_i32(s->code64 && (s->insn.rex & 8) ? 2 : 1));
    cc_op_set_by_helper(s, CC_OP_DYNAMIC);
    s->is_jmp = DISAS_EXIT;
}

/* INT1 / ICEBP (F1): #DB as a trap, past the instruction (cpu/insn_helper.c). */
void trans_int1(DisasContext *s)
{
    gen_update_cc_op(s);
    gen_update_eip_next(s);
    gen_helper_icebp(tcg_ctx->env);
    tcg_gen_exit_tb(0); /* not reached */
    s->is_jmp = DISAS_NORETURN;
}

/* RDPMC (SDM vol. 2B): #GP(0) at CPL > 0 without CR4.PCE, and for a counter number ECX
 * that does not exist. This CPU has no performance-monitoring counters (CPUID leaf 0AH
 * absent, no P6 PerfCtr MSRs), so every ECX is invalid: always #GP(0). */
void trans_rdpmc(DisasContext *s)
{
    if (tern_log_enabled(LOG_UNIMP))
        tern_log("unimplemented: rdpmc at %04x:%08llx: no performance counters (#GP(0))\n",
                 (unsigned)s->env->segs[R_CS].selector, (unsigned long long)s->eip);
    gen_exception_err(s, EXCP_GP, 0);
}

/* CLFLUSH m8 (SDM vol. 2A): nothing cached to flush, but the operand is checked as a
 * byte load would be: the segment limit (#GP(0)/#SS(0); an execute-only code segment
 * is allowed, so through CS only its limit counts), then paging (#PF) in the helper. */
void trans_clflush(DisasContext *s)
{
    TCGv addr = gen_mem_addr(s);
    if (s->seg_last == R_CS && !s->code64 && segchk_needed(s, R_CS)) {
        TCGv off = tcg_temp_new_i64(), lim = tcg_temp_new_i64();
        TCGLabelId ok = gen_new_label();
        tcg_gen_subi_i64(off, addr, s->cs_base);
        tcg_gen_ext32u_i64(off, off);
        tcg_gen_ld32u_i64(lim, tcg_ctx->env, (int32_t)offsetof(CPUX86State, segs[R_CS].limit));
        tcg_gen_brcond_i64(TCG_COND_LEU, off, lim, ok);
        gen_helper_raise_exception_err(tcg_ctx->env, tcg_constant_i32(EXCP_GP),
                                       tcg_constant_i32(0));
        gen_set_label(ok);
        tcg_temp_free_i64(lim);
        tcg_temp_free_i64(off);
    } else {
        gen_segchk_access(s, addr, 1, SEGCHK_READ);
    }
    if (s->code64 && s->seg_last == R_SS) /* not an MO_SS access (cpu/translate_mem.c) */
        gen_check_canonical(s, addr, EXCP_SS);
    gen_helper_clflush(tcg_ctx->env, addr);
}

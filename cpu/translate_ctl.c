/* Control transfer and the stack: Jcc, JMP, CALL, RET, LOOP/LOOPE/LOOPNE/JCXZ, far
 * JMP/CALL/RET (inline in real and v86 mode, helpers in protected mode), INT n/INT3/INTO,
 * IRET, PUSH/POP (registers, memory, immediates, segment registers), PUSHA/POPA,
 * ENTER/LEAVE. Stack writes happen before rSP moves, so a fault leaves rSP intact. */
#include "cpu/helper.h"
#include "cpu/pagewalk.h"
#include "cpu/translate.h"

static bool real_or_v86(const DisasContext *s)
{
    return !s->pe || s->vm86;
}

/* IA-32e mode (64-bit or compatibility code): far transfers and IRET take the long-mode
 * helpers (16-byte gates, 64-bit frames: cpu/lm_helper.c, cpu/lm_far_helper.c). */
static bool long_mode(const DisasContext *s)
{
    return (s->flags & HF_LMA_MASK) != 0;
}

void trans_jcc(DisasContext *s)
{
    TCGLabelId taken = gen_new_label();
    /* Both exits store cc_op; store it once here so they agree. */
    gen_update_cc_op(s);
    gen_brcond_cc(s, s->insn.opcode & 15, taken);
    gen_jmp_tb(s, s->next_eip, 0);
    gen_set_label(taken);
    gen_jmp_tb(s, s->op[0].imm, 1);
}

void trans_jmp(DisasContext *s)
{
    if (s->op[0].type == OPND_IMM) {
        gen_jmp_tb(s, s->op[0].imm, 0);
        return;
    }
    TCGv v = gen_load_op(s, 0);
    gen_check_cs_limit(s, v);
    tcg_gen_mov_i64(x86_ir_eip, v);
    tcg_temp_free_i64(v);
    s->many_targets = true;
    s->is_jmp = DISAS_JUMP;
}

void trans_call(DisasContext *s)
{
    int size = s->insn.op_size;
    if (s->op[0].type == OPND_IMM) {
        if (s->code64 && !x86_is_canonical(s->op[0].imm)) {
            gen_exception_err(s, EXCP_GP, 0); /* before the push (SDM vol. 2, CALL) */
            return;
        }
        if (!s->code64) /* the CS limit too is checked before the push */
            gen_check_cs_limit(s, tcg_constant_i64(s->op[0].imm));
        gen_push(s, tcg_constant_i64(s->next_eip), size);
        gen_jmp_tb(s, s->op[0].imm, 0);
        return;
    }
    /* The target is read and checked (and may fault) before anything is pushed. */
    TCGv v = gen_load_op(s, 0);
    gen_check_cs_limit(s, v);
    gen_push(s, tcg_constant_i64(s->next_eip), size);
    tcg_gen_mov_i64(x86_ir_eip, v);
    tcg_temp_free_i64(v);
    s->many_targets = true;
    s->is_jmp = DISAS_JUMP;
}

void trans_ret(DisasContext *s)
{
    int size = s->insn.op_size;
    uint64_t extra = s->op[0].type == OPND_IMM ? s->op[0].imm : 0;
    TCGv v = gen_pop_load(s, size, 0);
    gen_check_cs_limit(s, v);
    gen_add_reg_sized_i(R_ESP, stack_size(s), (int64_t)(size + extra));
    tcg_gen_mov_i64(x86_ir_eip, v);
    tcg_temp_free_i64(v);
    s->is_jmp = DISAS_JUMP;
}

/* LOOP/LOOPE/LOOPNE decrement rCX (address size) without touching flags; JCXZ tests it. */
void trans_loop(DisasContext *s)
{
    X86Mnemonic mn = insn_mnemonic(s);
    int asz = s->insn.addr_size;
    TCGv cx = tcg_temp_new_i64();
    TCGLabelId not_taken = gen_new_label();
    gen_update_cc_op(s);
    if (mn == X86_MN_jcxz) {
        gen_load_reg(cx, asz, R_ECX, false);
        tcg_gen_brcondi_i64(TCG_COND_NE, cx, 0, not_taken);
    } else {
        gen_add_reg_sized_i(R_ECX, asz, -1);
        gen_load_reg(cx, asz, R_ECX, false);
        tcg_gen_brcondi_i64(TCG_COND_EQ, cx, 0, not_taken);
        if (mn == X86_MN_loope)
            gen_brcond_cc(s, 5, not_taken);  /* stop when ZF=0 */
        else if (mn == X86_MN_loopne)
            gen_brcond_cc(s, 4, not_taken);  /* stop when ZF=1 */
    }
    tcg_temp_free_i64(cx);
    gen_jmp_tb(s, s->op[0].imm, 1);
    gen_set_label(not_taken);
    gen_jmp_tb(s, s->next_eip, 0);
}

/* The far pointer of a direct (Ap) or indirect (Mp) far transfer. */
static void load_far_target(DisasContext *s, TCGv sel, TCGv off)
{
    int size = s->insn.op_size;
    if (s->op[0].type == OPND_IMM) {
        tcg_gen_movi_i64(off, s->insn.imm & size_mask(size));
        tcg_gen_movi_i64(sel, s->insn.imm2 & 0xffff);
        return;
    }
    TCGv a = tcg_temp_new_i64();
    gen_ld(s, off, gen_mem_addr(s), size_memop(size));
    tcg_gen_addi_i64(a, gen_mem_addr(s), (uint64_t)size);
    if (!s->code64)
        tcg_gen_ext32u_i64(a, a);
    gen_ld(s, sel, a, MO_16);
    tcg_temp_free_i64(a);
}

/* Real and v86 mode: CS = sel, base = sel << 4 (SDM vol. 3, 20.1.1). */
static void gen_set_cs_real(TCGv sel)
{
    TCGv_i32 t = tcg_temp_new_i32();
    tcg_gen_extrl_i64_i32(t, sel);
    tcg_gen_st_i32(t, tcg_ctx->env, (int32_t)offsetof(CPUX86State, segs[R_CS].selector));
    tcg_temp_free_i32(t);
    tcg_gen_shli_i64(x86_ir_seg_base[R_CS], sel, 4);
}

static TCGv_i32 shift_arg(const DisasContext *s)
{
    return tcg_constant_i32(s->insn.op_size == 2 ? 0 : s->insn.op_size == 4 ? 1 : 2);
}

void trans_ljmp(DisasContext *s)
{
    TCGv sel = tcg_temp_new_i64(), off = tcg_temp_new_i64();
    load_far_target(s, sel, off);
    if (real_or_v86(s)) {
        gen_set_cs_real(sel);
        tcg_gen_mov_i64(x86_ir_eip, off);
    } else {
        TCGv_i32 sel32 = tcg_temp_new_i32();
        tcg_gen_extrl_i64_i32(sel32, sel);
        gen_sync_for_helper(s);
        if (long_mode(s))
            gen_helper_ljmp_lm(tcg_ctx->env, sel32, off, tcg_constant_i64(s->next_eip));
        else
            gen_helper_ljmp_protected(tcg_ctx->env, sel32, off, tcg_constant_i64(s->next_eip));
        tcg_temp_free_i32(sel32);
    }
    tcg_temp_free_i64(off);
    tcg_temp_free_i64(sel);
    s->is_jmp = DISAS_EXIT;
}

void trans_lcall(DisasContext *s)
{
    TCGv sel = tcg_temp_new_i64(), off = tcg_temp_new_i64();
    TCGv_i32 sel32 = tcg_temp_new_i32();
    load_far_target(s, sel, off);
    tcg_gen_extrl_i64_i32(sel32, sel);
    gen_sync_for_helper(s);
    if (real_or_v86(s))
        gen_helper_lcall_real(tcg_ctx->env, sel32, off, shift_arg(s), tcg_constant_i64(s->next_eip));
    else if (long_mode(s))
        gen_helper_lcall_lm(tcg_ctx->env, sel32, off, shift_arg(s), tcg_constant_i64(s->next_eip));
    else
        gen_helper_lcall_protected(tcg_ctx->env, sel32, off, shift_arg(s),
                                   tcg_constant_i64(s->next_eip));
    tcg_temp_free_i32(sel32);
    tcg_temp_free_i64(off);
    tcg_temp_free_i64(sel);
    s->is_jmp = DISAS_EXIT;
}

void trans_lret(DisasContext *s)
{
    int size = s->insn.op_size;
    uint64_t extra = s->op[0].type == OPND_IMM ? s->op[0].imm : 0;
    if (real_or_v86(s)) {
        TCGv ip = gen_pop_load(s, size, 0);
        TCGv cs = gen_pop_load(s, size, size);
        tcg_gen_andi_i64(cs, cs, 0xffff);
        gen_add_reg_sized_i(R_ESP, stack_size(s), (int64_t)(2 * size + extra));
        gen_set_cs_real(cs);
        tcg_gen_mov_i64(x86_ir_eip, ip);
        tcg_temp_free_i64(cs);
        tcg_temp_free_i64(ip);
    } else if (long_mode(s)) {
        gen_sync_for_helper(s);
        gen_helper_lret_lm(tcg_ctx->env, shift_arg(s), tcg_constant_i32((uint32_t)extra));
    } else {
        gen_sync_for_helper(s);
        gen_helper_lret_protected(tcg_ctx->env, shift_arg(s), tcg_constant_i32((uint32_t)extra));
    }
    s->is_jmp = DISAS_EXIT;
}

/* INT n / INT3 / INTO: software interrupts, delivered by the helper with the return
 * address after the instruction. INT n in v86 mode goes through helper_int_v86, which
 * applies IOPL, CR4.VME and the interrupt redirection bitmap (SDM vol. 3, table 20-2);
 * INT3 and INTO are neither IOPL-sensitive nor redirected. */
void trans_int(DisasContext *s)
{
    X86Mnemonic mn = insn_mnemonic(s);
    TCGv_i32 len = tcg_constant_i32(s->insn.len);
    gen_sync_for_helper(s);
    if (mn == X86_MN_int && s->vm86) {
        gen_helper_int_v86(tcg_ctx->env, tcg_constant_i32((uint32_t)s->op[0].imm & 0xff), len);
        cc_op_set_by_helper(s, CC_OP_EFLAGS);
        s->is_jmp = DISAS_EXIT;
        return;
    }
    if (mn == X86_MN_into) {
        /* Raises #OF only when OF=1; otherwise execution continues. */
        gen_helper_into(tcg_ctx->env, len);
        return;
    }
    uint32_t vec = mn == X86_MN_int3 ? EXCP_BP : (uint32_t)s->op[0].imm & 0xff;
    gen_helper_raise_interrupt(tcg_ctx->env, tcg_constant_i32(vec), len);
    tcg_gen_exit_tb(0);
    s->is_jmp = DISAS_NORETURN;
}

void trans_iret(DisasContext *s)
{
    if (s->vm86 && s->iopl != 3) {
        /* 16-bit IRET with CR4.VME: IF from the image goes to VIF; IRETD is #GP(0). */
        if (s->insn.op_size == 2) {
            gen_sync_for_helper(s);
            gen_helper_iret_vme(tcg_ctx->env);
            cc_op_set_by_helper(s, CC_OP_EFLAGS);
            s->is_jmp = DISAS_EXIT;
        } else {
            gen_exception_err(s, EXCP_GP, 0);
        }
        return;
    }
    gen_sync_for_helper(s);
    if (real_or_v86(s))
        gen_helper_iret_real(tcg_ctx->env, shift_arg(s));
    else if (long_mode(s))
        gen_helper_iret_lm(tcg_ctx->env, shift_arg(s), tcg_constant_i64(s->next_eip));
    else
        gen_helper_iret_protected(tcg_ctx->env, shift_arg(s), tcg_constant_i64(s->next_eip));
    cc_op_set_by_helper(s, CC_OP_DYNAMIC);
    s->is_jmp = DISAS_EXIT;
}

void trans_push(DisasContext *s)
{
    X86Operand *o = &s->op[0];
    int size = s->insn.op_size;
    if (o->type == OPND_SREG) {
        /* PUSH sreg with a 32-bit operand: rSP moves by 4 but only the selector's 16
         * bits are written, as current processors do (SDM vol. 2, PUSH). */
        TCGv v = gen_load_op(s, 0);
        TCGv sp = tcg_temp_new_i64(), addr = tcg_temp_new_i64();
        tcg_gen_subi_i64(sp, x86_ir_regs[R_ESP], (uint64_t)size);
        gen_stack_addr(s, addr, sp);
        gen_st(s, v, addr, MO_16);
        gen_store_reg(stack_size(s), R_ESP, false, sp);
        tcg_temp_free_i64(addr);
        tcg_temp_free_i64(sp);
        tcg_temp_free_i64(v);
        return;
    }
    /* PUSH rSP pushes the value before the push (loaded first). */
    TCGv v = gen_load_op(s, 0);
    gen_push(s, v, size);
    tcg_temp_free_i64(v);
}

void trans_pop(DisasContext *s)
{
    X86Operand *o = &s->op[0];
    int size = s->insn.op_size;
    TCGv v = gen_pop_load(s, size, 0);
    switch (o->type) {
    case OPND_SREG:
        if (o->reg == R_CS) { /* no such encoding; keep #UD if a row ever maps it */
            gen_exception(s, EXCP_UD);
            break;
        }
        gen_load_sreg(s, o->reg, v);
        gen_pop_commit(s, size);
        break;
    case OPND_MEM: {
        /* The destination address is computed with rSP already incremented (SDM vol. 2,
         * POP), but rSP keeps its old value if the store faults. */
        TCGv old = tcg_temp_new_i64();
        tcg_gen_mov_i64(old, x86_ir_regs[R_ESP]);
        gen_pop_commit(s, size);
        TCGv addr = gen_mem_addr(s);
        tcg_gen_mov_i64(x86_ir_regs[R_ESP], old);
        gen_st(s, v, addr, size_memop(size));
        gen_pop_commit(s, size);
        tcg_temp_free_i64(old);
        break;
    }
    default:
        /* POP rSP: the increment happens first, then the loaded value lands in rSP. */
        gen_pop_commit(s, size);
        gen_store_op(s, 0, v);
        break;
    }
    tcg_temp_free_i64(v);
}

void trans_pusha(DisasContext *s)
{
    int size = s->insn.op_size;
    TCGv sp = tcg_temp_new_i64(), addr = tcg_temp_new_i64(), v = tcg_temp_new_i64();
    /* EAX ECX EDX EBX (original ESP) EBP ESI EDI, from the top down. */
    for (int r = 0; r < 8; r++) {
        tcg_gen_subi_i64(sp, x86_ir_regs[R_ESP], (uint64_t)(size * (r + 1)));
        gen_stack_addr(s, addr, sp);
        gen_load_reg(v, size, r, false);
        gen_st(s, v, addr, size_memop(size));
    }
    gen_store_reg(stack_size(s), R_ESP, false, sp);
    tcg_temp_free_i64(v);
    tcg_temp_free_i64(addr);
    tcg_temp_free_i64(sp);
}

void trans_popa(DisasContext *s)
{
    int size = s->insn.op_size;
    TCGv vals[8];
    /* All loads first (any may fault), then the register writes; the saved rSP is
     * skipped (SDM vol. 2, POPA). */
    for (int r = 0; r < 8; r++) {
        if (r == R_ESP)
            continue;
        vals[r] = gen_pop_load(s, size, size * (7 - r));
    }
    for (int r = 0; r < 8; r++) {
        if (r == R_ESP)
            continue;
        gen_store_reg(size, r, false, vals[r]);
        tcg_temp_free_i64(vals[r]);
    }
    gen_add_reg_sized_i(R_ESP, stack_size(s), 8 * size);
}

/* ENTER imm16, imm8 (SDM vol. 2, ENTER): push rBP, copy level-1 frame pointers from the
 * old frame, push the new frame pointer, then reserve imm16 bytes. rBP and rSP change
 * only after every access succeeded; a fault part way leaves the stores already made (the
 * SDM defines no order or rollback for them) but no register changed, so the instruction
 * restarts cleanly. */
void trans_enter(DisasContext *s)
{
    int size = s->insn.op_size;
    int ss = stack_size(s);
    uint64_t alloc = s->insn.imm & 0xffff;
    unsigned level = (unsigned)s->insn.imm2 & 31;
    TCGv sp = tcg_temp_new_i64(), addr = tcg_temp_new_i64(), v = tcg_temp_new_i64();
    TCGv frame = tcg_temp_new_i64();
    MemOp mop = size_memop(size);

    tcg_gen_subi_i64(sp, x86_ir_regs[R_ESP], (uint64_t)size);
    gen_stack_addr(s, addr, sp);
    gen_load_reg(v, size, R_EBP, false);
    gen_st(s, v, addr, mop);
    tcg_gen_mov_i64(frame, sp);
    if (level > 0) {
        for (unsigned i = 1; i < level; i++) {
            tcg_gen_subi_i64(v, x86_ir_regs[R_EBP], (uint64_t)(size * i));
            gen_stack_addr(s, addr, v);
            gen_ld(s, v, addr, mop);
            tcg_gen_subi_i64(sp, sp, (uint64_t)size);
            gen_stack_addr(s, addr, sp);
            gen_st(s, v, addr, mop);
        }
        tcg_gen_subi_i64(sp, sp, (uint64_t)size);
        gen_stack_addr(s, addr, sp);
        gen_st(s, frame, addr, mop);
    }
    tcg_gen_subi_i64(sp, sp, alloc);
    /* The final rSP: #SS(0) outside the stack segment's limit, #PF when a write there
     * would fault (SDM vol. 2, ENTER, exceptions), all before rBP and rSP change. */
    gen_stack_addr(s, addr, sp);
    gen_segchk_access(s, addr, (uint32_t)size, SEGCHK_WRITE);
    if (s->code64) /* the probe is not an MO_SS access (cpu/translate_mem.c) */
        gen_check_canonical(s, addr, EXCP_SS);
    gen_helper_probe_write(tcg_ctx->env, addr, tcg_constant_i32((uint32_t)size));
    gen_store_reg(ss, R_EBP, false, frame);
    gen_store_reg(ss, R_ESP, false, sp);
    tcg_temp_free_i64(frame);
    tcg_temp_free_i64(v);
    tcg_temp_free_i64(addr);
    tcg_temp_free_i64(sp);
}

/* LEAVE: rSP = rBP (stack address size), then pop rBP. */
void trans_leave(DisasContext *s)
{
    int size = s->insn.op_size;
    int ss = stack_size(s);
    TCGv addr = tcg_temp_new_i64(), v = tcg_temp_new_i64();
    gen_stack_addr(s, addr, x86_ir_regs[R_EBP]);
    gen_ld(s, v, addr, size_memop(size));
    tcg_gen_addi_i64(addr, x86_ir_regs[R_EBP], (uint64_t)size);
    gen_store_reg(ss, R_ESP, false, addr);
    gen_store_reg(size, R_EBP, false, v);
    tcg_temp_free_i64(v);
    tcg_temp_free_i64(addr);
}

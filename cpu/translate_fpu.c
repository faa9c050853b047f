/* x87 translation (escape opcodes D8-DF, WAIT, FXSAVE/FXRSTOR): the checks every x87
 * instruction makes first (#NM from CR0.EM/TS, a pending unmasked exception -> #MF for the
 * waiting ones, FIP/FCS/FOP/FDP/FDS for the non-control ones), then one helper call that
 * does the work on env's register stack (cpu/fpu_*.c). SDM vol. 1, chapter 8; vol. 3,
 * 2.5 table 2-2 (EM/MP/TS). */
#include "cpu/fpu/softfloat.h"
#include "cpu/fpu_helper.h"
#include "cpu/helper.h"
#include "cpu/translate.h"

#define ENV_OFF(field) ((int32_t)offsetof(CPUX86State, field))

static TCGv_i32 ci(uint32_t v)
{
    return tcg_constant_i32(v);
}

/* ST(i) of a register form: ModRM.rm without REX.B (ignored by x87 instructions). */
static uint32_t st_index(const DisasContext *s)
{
    return s->insn.modrm & 7;
}

static bool is_mem(const DisasContext *s)
{
    return s->insn.mod != 3;
}

/* The no-wait forms do not look for pending exceptions (vol. 1, 8.3.12). */
static bool fpu_nowait(X86Mnemonic mn)
{
    switch (mn) {
    case X86_MN_fninit: case X86_MN_fnclex: case X86_MN_fnstsw: case X86_MN_fnstcw:
    case X86_MN_fnstenv: case X86_MN_fnsave: case X86_MN_fneni: case X86_MN_fndisi:
    case X86_MN_fnsetpm:
        return true;
    default:
        return false;
    }
}

/* Instructions that leave FIP, FCS, FOP, FDP and FDS alone (vol. 1, 8.1.8/8.1.9). The
 * SDM also lists FINCSTP, FDECSTP, FFREE and FNOP as control instructions, but they do
 * record their opcode and address (seen on the host CPU), so they are not here. */
static bool fpu_control(X86Mnemonic mn)
{
    switch (mn) {
    case X86_MN_fninit: case X86_MN_fnclex: case X86_MN_fldcw: case X86_MN_fnstcw:
    case X86_MN_fnstsw: case X86_MN_fldenv: case X86_MN_fnstenv: case X86_MN_frstor:
    case X86_MN_fnsave: case X86_MN_fneni: case X86_MN_fndisi: case X86_MN_fnsetpm:
        return true;
    default:
        return false;
    }
}

/* SW.ES set: an earlier instruction left an unmasked exception for this one to report. */
static void gen_check_pending(void)
{
    TCGv_i32 t = tcg_temp_new_i32();
    TCGLabelId done = gen_new_label();
    tcg_gen_ld16u_i32(t, tcg_ctx->env, ENV_OFF(fpu_sw));
    tcg_gen_brcondi_i32(TCG_COND_TSTEQ, t, FPUS_ES, done);
    tcg_temp_free_i32(t);
    gen_helper_fpu_check_mf(tcg_ctx->env);
    gen_set_label(done);
}

static void gen_st_selector(int seg, int32_t dst_off)
{
    TCGv_i32 t = tcg_temp_new_i32();
    tcg_gen_ld_i32(t, tcg_ctx->env, ENV_OFF(segs[seg].selector));
    tcg_gen_st16_i32(t, tcg_ctx->env, dst_off);
    tcg_temp_free_i32(t);
}

/* FIP = this EIP, FCS, FOP = the 11 low bits of the opcode pair; with a memory operand
 * FDP = its offset, FDS its segment (the offset is also what A0 is built from). */
static void gen_record_pointers(DisasContext *s)
{
    TCGv_ptr env = tcg_ctx->env;
    uint32_t fop = ((uint32_t)(s->insn.opcode & 7) << 8) | s->insn.modrm;
    tcg_gen_st_i64(tcg_constant_i64(s->eip), env, ENV_OFF(fpu_ip));
    gen_st_selector(R_CS, ENV_OFF(fpu_cs));
    tcg_gen_st16_i32(ci(fop), env, ENV_OFF(fpu_fop));
    if (!is_mem(s) || s->a0_valid)
        return;
    int seg = insn_data_seg(s, modrm_default_seg(s));
    TCGv ea = gen_modrm_ea(s);
    tcg_gen_st_i64(ea, env, ENV_OFF(fpu_dp));
    gen_st_selector(seg, ENV_OFF(fpu_ds));
    s->A0 = tcg_temp_new_i64();
    gen_linear(s, s->A0, ea, seg);
    s->a0_valid = true;
    tcg_temp_free_i64(ea);
}

/* What every escape instruction does before its own work; false: it raised #NM. */
static bool gen_fpu_enter(DisasContext *s)
{
    X86Mnemonic mn = insn_mnemonic(s);
    if (s->flags & (HF_EM_MASK | HF_TS_MASK)) {
        gen_exception(s, EXCP_NM);
        return false;
    }
    if (!fpu_nowait(mn))
        gen_check_pending();
    if (!fpu_control(mn))
        gen_record_pointers(s);
    return true;
}

/* WAIT/FWAIT: #NM only when both MP and TS are set (table 2-2), then pending exceptions. */
void trans_fwait(DisasContext *s)
{
    if ((s->flags & (HF_MP_MASK | HF_TS_MASK)) == (HF_MP_MASK | HF_TS_MASK)) {
        gen_exception(s, EXCP_NM);
        return;
    }
    gen_check_pending();
}

/* ---- arithmetic and compares ---- */

/* The memory operand type of the arithmetic escapes: D8 m32fp, DA m32int, DC m64fp,
 * DE m16int (vol. 2, A.5.1). */
static uint32_t arith_mem_kind(const DisasContext *s)
{
    switch (s->insn.opcode) {
    case 0xD8: return FPU_M32F;
    case 0xDA: return FPU_M32I;
    case 0xDC: return FPU_M64F;
    default: return FPU_M16I;
    }
}

void trans_fpu_arith(DisasContext *s)
{
    uint32_t op;
    switch (insn_mnemonic(s)) {
    case X86_MN_fadd: case X86_MN_faddp: case X86_MN_fiadd: op = SF_X87_ADD; break;
    case X86_MN_fmul: case X86_MN_fmulp: case X86_MN_fimul: op = SF_X87_MUL; break;
    case X86_MN_fsub: case X86_MN_fsubp: case X86_MN_fisub: op = SF_X87_SUB; break;
    case X86_MN_fsubr: case X86_MN_fsubrp: case X86_MN_fisubr: op = SF_X87_SUBR; break;
    case X86_MN_fdiv: case X86_MN_fdivp: case X86_MN_fidiv: op = SF_X87_DIV; break;
    default: op = SF_X87_DIVR; break;
    }
    if (!gen_fpu_enter(s))
        return;
    if (is_mem(s)) {
        gen_helper_fpu_arith_mem(tcg_ctx->env, ci(op), ci(arith_mem_kind(s)), gen_mem_addr(s));
        return;
    }
    /* D8: ST(0) = ST(0) op ST(i); DC: ST(i) = ST(i) op ST(0); DE: the same and pop. */
    uint32_t i = st_index(s);
    if (s->insn.opcode == 0xD8) {
        gen_helper_fpu_arith(tcg_ctx->env, ci(op), ci(0), ci(i));
    } else {
        if (s->insn.opcode == 0xDE)
            op |= FPU_POP;
        gen_helper_fpu_arith(tcg_ctx->env, ci(op), ci(i), ci(0));
    }
}

void trans_fpu_com(DisasContext *s)
{
    X86Mnemonic mn = insn_mnemonic(s);
    uint32_t flags = 0;
    if (mn == X86_MN_fcomp || mn == X86_MN_fucomp || mn == X86_MN_ficomp)
        flags |= FPU_POP;
    if (mn == X86_MN_fcompp || mn == X86_MN_fucompp)
        flags |= FPU_POP2;
    if (mn == X86_MN_fucom || mn == X86_MN_fucomp || mn == X86_MN_fucompp)
        flags |= FPU_QUIET;
    if (!gen_fpu_enter(s))
        return;
    if (is_mem(s)) {
        gen_helper_fpu_com_mem(tcg_ctx->env, ci(flags), ci(arith_mem_kind(s)), gen_mem_addr(s));
        return;
    }
    uint32_t i = (flags & FPU_POP2) ? 1 : st_index(s);
    gen_helper_fpu_com(tcg_ctx->env, ci(flags | i));
}

/* FCOMI/FUCOMI[P]: the helper leaves EFLAGS as CC_OP_EFLAGS. */
void trans_fpu_comi(DisasContext *s)
{
    X86Mnemonic mn = insn_mnemonic(s);
    uint32_t flags = st_index(s);
    if (mn == X86_MN_fucomi || mn == X86_MN_fucomip)
        flags |= FPU_QUIET;
    if (mn == X86_MN_fcomip || mn == X86_MN_fucomip)
        flags |= FPU_POP;
    if (!gen_fpu_enter(s))
        return;
    gen_update_cc_op(s);
    gen_helper_fpu_comi(tcg_ctx->env, ci(flags));
    cc_op_set_by_helper(s, CC_OP_EFLAGS);
}

/* ---- loads, stores and register moves ---- */

/* Memory kind of FLD/FILD/FBLD/FST/FIST/FISTTP/FBSTP by escape byte and ModRM.reg
 * (vol. 2, A.5.1, tables A-7..A-22). */
static uint32_t ldst_mem_kind(const DisasContext *s)
{
    unsigned reg = s->insn.reg & 7;
    switch (s->insn.opcode) {
    case 0xD9: return FPU_M32F;
    case 0xDD: return reg == 1 ? FPU_M64I_T : FPU_M64F;
    case 0xDB:
        if (reg >= 5)
            return FPU_M80F;
        return reg == 1 ? FPU_M32I_T : FPU_M32I;
    default: /* DF */
        if (reg == 4 || reg == 6)
            return FPU_M80BCD;
        if (reg == 5 || reg == 7)
            return FPU_M64I;
        return reg == 1 ? FPU_M16I_T : FPU_M16I;
    }
}

void trans_fpu_load(DisasContext *s)
{
    if (!gen_fpu_enter(s))
        return;
    if (is_mem(s))
        gen_helper_fpu_ld(tcg_ctx->env, ci(ldst_mem_kind(s)), gen_mem_addr(s));
    else
        gen_helper_fpu_fld_st(tcg_ctx->env, ci(st_index(s)));
}

/* FISTTP is SSE3's (CPUID.01H:ECX[0], vol. 2, FISTTP: #UD without it). */
#define CPUID_EXT_SSE3 (1u << 0)

void trans_fpu_store(DisasContext *s)
{
    X86Mnemonic mn = insn_mnemonic(s);
    if (mn == X86_MN_fisttp && !(s->env->cpuid_ext_features & CPUID_EXT_SSE3)) {
        gen_exception(s, EXCP_UD);
        return;
    }
    uint32_t pop = mn == X86_MN_fst || mn == X86_MN_fist ? 0 : FPU_POP;
    if (!gen_fpu_enter(s))
        return;
    if (is_mem(s))
        gen_helper_fpu_st(tcg_ctx->env, ci(ldst_mem_kind(s) | pop), gen_mem_addr(s));
    else
        gen_helper_fpu_fst_st(tcg_ctx->env, ci(st_index(s) | pop |
                                               (s->insn.opcode == 0xD9 ? FPU_NOCHECK : 0)));
}

void trans_fpu_fxch(DisasContext *s)
{
    if (gen_fpu_enter(s))
        gen_helper_fpu_fxch(tcg_ctx->env, ci(st_index(s)));
}

/* FCMOVcc: B E BE U and their negations, the Jcc condition numbers (vol. 2, FCMOVcc). */
void trans_fpu_fcmov(DisasContext *s)
{
    int b;
    switch (insn_mnemonic(s)) {
    case X86_MN_fcmovb: b = 0x2; break;
    case X86_MN_fcmovnb: b = 0x3; break;
    case X86_MN_fcmove: b = 0x4; break;
    case X86_MN_fcmovne: b = 0x5; break;
    case X86_MN_fcmovbe: b = 0x6; break;
    case X86_MN_fcmovnbe: b = 0x7; break;
    case X86_MN_fcmovu: b = 0xA; break;
    default: b = 0xB; break;
    }
    if (!gen_fpu_enter(s))
        return;
    TCGv c = tcg_temp_new_i64();
    TCGv_i32 c32 = tcg_temp_new_i32();
    gen_setcc_value(s, b, c);
    tcg_gen_extrl_i64_i32(c32, c);
    gen_helper_fpu_fcmov(tcg_ctx->env, ci(st_index(s)), c32);
    tcg_temp_free_i32(c32);
    tcg_temp_free_i64(c);
}

/* D9 E0-FF: one helper, the operation numbered by ModRM's low 5 bits. */
void trans_fpu_misc(DisasContext *s)
{
    if (gen_fpu_enter(s))
        gen_helper_fpu_misc(tcg_ctx->env, ci(s->insn.modrm & 0x1f));
}

/* ---- control ---- */

/* FSTENV/FLDENV/FSAVE/FRSTOR layout: operand size and mode; virtual-8086 mode uses the
 * real-mode layout (vol. 1, 8.1.10). */
static uint32_t env_layout(const DisasContext *s, bool regs)
{
    uint32_t flags = regs ? FPU_ENV_REGS : 0;
    if (s->insn.op_size != 2)
        flags |= FPU_ENV_32;
    if (s->pe && !s->vm86)
        flags |= FPU_ENV_PM;
    return flags;
}

void trans_fpu_ctrl(DisasContext *s)
{
    TCGv_ptr env = tcg_ctx->env;
    X86Mnemonic mn = insn_mnemonic(s);
    if (!gen_fpu_enter(s))
        return;
    switch (mn) {
    case X86_MN_fninit:
        gen_helper_fpu_fninit(env);
        break;
    case X86_MN_fnclex:
        gen_helper_fpu_fnclex(env);
        break;
    case X86_MN_fldcw: {
        TCGv_i32 v = tcg_temp_new_i32();
        tcg_gen_qemu_ld_i32(v, gen_mem_addr(s), (unsigned)s->mmu_idx, MO_16);
        gen_helper_fpu_fldcw(env, v);
        tcg_temp_free_i32(v);
        break;
    }
    case X86_MN_fnstcw: {
        TCGv_i32 v = tcg_temp_new_i32();
        tcg_gen_ld16u_i32(v, env, ENV_OFF(fpu_cw));
        tcg_gen_qemu_st_i32(v, gen_mem_addr(s), (unsigned)s->mmu_idx, MO_16);
        tcg_temp_free_i32(v);
        break;
    }
    case X86_MN_fnstsw: {
        TCGv_i32 v = tcg_temp_new_i32();
        gen_helper_fpu_get_sw(v, env);
        if (is_mem(s)) {
            tcg_gen_qemu_st_i32(v, gen_mem_addr(s), (unsigned)s->mmu_idx, MO_16);
        } else {
            TCGv v64 = tcg_temp_new_i64();
            tcg_gen_extu_i32_i64(v64, v);
            gen_store_reg(2, R_EAX, false, v64);
            tcg_temp_free_i64(v64);
        }
        tcg_temp_free_i32(v);
        break;
    }
    case X86_MN_fnstenv:
    case X86_MN_fnsave:
        gen_helper_fpu_fstenv(env, ci(env_layout(s, mn == X86_MN_fnsave)), gen_mem_addr(s));
        break;
    case X86_MN_fldenv:
    case X86_MN_frstor:
        gen_helper_fpu_fldenv(env, ci(env_layout(s, mn == X86_MN_frstor)), gen_mem_addr(s));
        break;
    case X86_MN_ffree:
    case X86_MN_ffreep:
        gen_helper_fpu_ffree(env, ci(st_index(s) | (mn == X86_MN_ffreep ? FPU_POP : 0)));
        break;
    default:
        /* FNOP; FNENI/FNDISI/FNSETPM do nothing since the 387 (vol. 1, 8.3.13). */
        break;
    }
}

/* FXSAVE/FXRSTOR m512: #NM with CR0.TS or CR0.EM (vol. 2, FXSAVE); no pending-exception
 * check; alignment #GP(0) and the image in the helper. REX.W selects 64-bit pointers. */
void trans_fxsave(DisasContext *s)
{
    if (s->flags & (HF_EM_MASK | HF_TS_MASK)) {
        gen_exception(s, EXCP_NM);
        return;
    }
    uint32_t rex_w = s->code64 && (s->insn.rex & 8);
    if (insn_mnemonic(s) == X86_MN_fxsave)
        gen_helper_fpu_fxsave(tcg_ctx->env, ci(rex_w), gen_mem_addr(s));
    else
        gen_helper_fpu_fxrstor(tcg_ctx->env, ci(rex_w), gen_mem_addr(s));
}

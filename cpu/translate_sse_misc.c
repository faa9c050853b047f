/* The rest of the MMX/SSE family: LDMXCSR/STMXCSR, the fences, PTEST and the SSE4.2
 * string compares (flags results), POPCNT and CRC32 (general registers), and the XSAVE
 * instructions, whose checks are their helpers' (CR4.OSXSAVE is not a mode bit). */
#include "cpu/helper.h"
#include "cpu/sse_helper.h"
#include "cpu/translate_sse.h"

#define ENV tcg_ctx->env

void sse_gen_nop(DisasContext *s, SseInsn *si)
{
    (void)s;
    (void)si;
}

/* LDMXCSR m32: #GP(0) on reserved bits (helper). */
void sse_gen_ldmxcsr(DisasContext *s, SseInsn *si)
{
    TCGv v = tcg_temp_new_i64();
    TCGv_i32 w = tcg_temp_new_i32();
    gen_ld(s, v, gen_sse_addr(s, si, 4), MO_32);
    tcg_gen_extrl_i64_i32(w, v);
    gen_helper_ldmxcsr(ENV, w);
    tcg_temp_free_i32(w);
    tcg_temp_free_i64(v);
}

void sse_gen_stmxcsr(DisasContext *s, SseInsn *si)
{
    TCGv v = tcg_temp_new_i64();
    tcg_gen_ld32u_i64(v, ENV, (int32_t)offsetof(CPUX86State, mxcsr));
    gen_st(s, v, gen_sse_addr(s, si, 4), MO_32);
    tcg_temp_free_i64(v);
}

void sse_gen_ptest(DisasContext *s, SseInsn *si)
{
    uint32_t src = gen_sse_src(s, si, 1);
    TCGv f = tcg_temp_new_i64();
    gen_helper_sse_ptest(f, ENV, tcg_constant_i32(si->o[0].off), tcg_constant_i32(src));
    gen_sse_set_flags(s, f);
    tcg_temp_free_i64(f);
}

/* PCMPESTRI/PCMPESTRM/PCMPISTRI/PCMPISTRM (op bit 0 explicit lengths in rAX/rDX, bit 1
 * mask to XMM0): the index goes to ECX, the flags come back in bits 32-39. */
void sse_gen_pcmpstr(DisasContext *s, SseInsn *si)
{
    unsigned op = si->e->op | (unsigned)(s->op[2].imm & 0xff) << 8;
    if (s->insn.rex & 8)
        op |= 4;
    uint32_t src = gen_sse_src(s, si, 1);
    TCGv r = tcg_temp_new_i64(), f = tcg_temp_new_i64();
    gen_helper_sse_pcmpstr(r, ENV, tcg_constant_i32(op), tcg_constant_i32(si->o[0].off),
                           tcg_constant_i32(src), x86_ir_regs[R_EAX], x86_ir_regs[R_EDX]);
    if (!(op & 2))
        gen_store_reg(4, R_ECX, false, r);
    tcg_gen_shri_i64(f, r, 32);
    gen_sse_set_flags(s, f);
    tcg_temp_free_i64(f);
    tcg_temp_free_i64(r);
}

/* POPCNT r, r/m: ZF = (source == 0), OF SF AF CF PF cleared (SDM vol. 2, POPCNT). */
void sse_gen_popcnt(DisasContext *s, SseInsn *si)
{
    (void)si;
    TCGv v = gen_load_op(s, 1);
    TCGv f = tcg_temp_new_i64();
    tcg_gen_setcondi_i64(TCG_COND_EQ, f, v, 0);
    tcg_gen_shli_i64(f, f, 6); /* CC_Z */
    tcg_gen_ctpop_i64(v, v);
    gen_store_op(s, 0, v);
    gen_sse_set_flags(s, f);
    tcg_temp_free_i64(f);
    tcg_temp_free_i64(v);
}

/* CRC32 r32/r64, r/m8/16/32/64: the 32-bit CRC-32C of the source bytes accumulated into
 * the low 32 bits of the destination, zero-extended (SDM vol. 2, CRC32). */
void sse_gen_crc32(DisasContext *s, SseInsn *si)
{
    (void)si;
    TCGv acc = tcg_temp_new_i64();
    gen_load_reg(acc, 4, s->op[0].reg, false);
    TCGv v = gen_load_op(s, 1);
    TCGv r = tcg_temp_new_i64();
    gen_helper_crc32(r, acc, v, tcg_constant_i32(s->op[1].size));
    gen_store_reg(s->op[0].size, s->op[0].reg, false, r);
    tcg_temp_free_i64(r);
    tcg_temp_free_i64(v);
    tcg_temp_free_i64(acc);
}

/* XSAVE/XSAVEOPT (op 0) and XRSTOR (op 1) m: the helpers check CR4.OSXSAVE, CR0.TS and
 * the 64-byte alignment; REX.W selects the 64-bit FIP/FDP layout. */
void sse_gen_xsave(DisasContext *s, SseInsn *si)
{
    TCGv addr = gen_mem_addr(s);
    TCGv_i32 flags = tcg_constant_i32((s->insn.rex & 8) ? 1 : 0);
    (void)si;
    if (insn_mnemonic(s) == X86_MN_xrstor)
        gen_helper_xrstor(ENV, addr, flags);
    else
        gen_helper_xsave(ENV, addr, flags);
}

/* XGETBV (op 0) / XSETBV (op 1) */
void sse_gen_xgetbv(DisasContext *s, SseInsn *si)
{
    (void)s;
    if (si->e->op)
        gen_helper_xsetbv(ENV);
    else
        gen_helper_xgetbv(ENV);
}

/* SSE/SSE2/SSE3/SSE4.1 floating-point instructions: arithmetic, conversions, compares
 * and rounding go to the helpers of cpu/sse_fp_helper.c and cpu/sse_cvt_helper.c, which
 * apply MXCSR and raise #XM/#UD before anything is written (SDM vol. 1, 11.5). */
#include "cpu/helper.h"
#include "cpu/sse_helper.h"
#include "cpu/translate_sse.h"

#define ENV tcg_ctx->env

void sse_gen_fop(DisasContext *s, SseInsn *si)
{
    const SseOpnd *d = &si->o[0];
    uint32_t src = gen_sse_src(s, si, 1);
    gen_helper_sse_fop(ENV, tcg_constant_i32(si->e->op), tcg_constant_i32(d->off),
                       tcg_constant_i32(src));
    if (d->kind == SO_MMX)
        gen_mmx_written(d->reg);
}

void sse_gen_fop_imm(DisasContext *s, SseInsn *si)
{
    const SseOpnd *d = &si->o[0];
    uint32_t imm = (uint32_t)(s->op[2].imm & 0xff);
    uint32_t src = gen_sse_src(s, si, 1);
    gen_helper_sse_fop_imm(ENV, tcg_constant_i32(si->e->op), tcg_constant_i32(d->off),
                           tcg_constant_i32(src), tcg_constant_i32(imm));
}

/* (U)COMISS/SD: ZF PF CF from the helper, OF SF AF cleared (SDM vol. 2, COMISS). */
void sse_gen_comis(DisasContext *s, SseInsn *si)
{
    uint32_t src = gen_sse_src(s, si, 1);
    TCGv f = tcg_temp_new_i64();
    gen_helper_sse_comis(f, ENV, tcg_constant_i32(si->e->op), tcg_constant_i32(si->o[0].off),
                         tcg_constant_i32(src));
    gen_sse_set_flags(s, f);
    tcg_temp_free_i64(f);
}

/* CVT[T]SS2SI / CVT[T]SD2SI r32/r64, xmm/m32|m64 */
void sse_gen_cvt_f2i(DisasContext *s, SseInsn *si)
{
    const SseOpnd *d = &si->o[0];
    uint32_t op = si->e->op | (d->size == 8 ? SSE_CVT_I64 : 0);
    uint32_t src = gen_sse_src(s, si, 1);
    TCGv v = tcg_temp_new_i64();
    gen_helper_sse_cvt_f2i(v, ENV, tcg_constant_i32(op), tcg_constant_i32(src));
    gen_store_reg(d->size, d->reg, false, v);
    tcg_temp_free_i64(v);
}

/* CVTSI2SS / CVTSI2SD xmm, r/m32 (r/m64 with REX.W) */
void sse_gen_cvt_i2f(DisasContext *s, SseInsn *si)
{
    uint32_t op = si->e->op | (s->op[1].size == 8 ? SSE_CVT_I64 : 0);
    TCGv v = gen_load_op(s, 1);
    gen_helper_sse_cvt_i2f(ENV, tcg_constant_i32(op), tcg_constant_i32(si->o[0].off), v);
    tcg_temp_free_i64(v);
}

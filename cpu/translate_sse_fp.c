/* SSE/SSE2/SSE3/SSE4.1 floating-point instructions: arithmetic, conversions, compares
 * and rounding go to the helpers of cpu/sse_fp_helper.c and cpu/sse_cvt_helper.c, which
 * apply MXCSR and raise #XM/#UD before anything is written (SDM vol. 1, 11.5); (U)COMISx
 * of operands that cannot raise anything are compared inline. */
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

/* The low element of the register at off, sign-extended to 64 bits, into x; into key its
 * value as an integer that orders non-NaN values as they compare (sign-magnitude to two's
 * complement: both zeros become 0); bad |= 1 when it is a NaN or a denormal. */
static void gen_comi_operand(TCGv x, TCGv key, TCGv bad, uint32_t off, bool sd)
{
    uint64_t min_norm = sd ? 0x0010000000000000ull : 0x00800000u;
    uint64_t inf = sd ? 0x7FF0000000000000ull : 0x7F800000u;
    TCGv t = tcg_temp_new_i64();
    if (sd) {
        tcg_gen_ld_i64(x, ENV, (int32_t)off);
    } else {
        tcg_gen_ld32u_i64(x, ENV, (int32_t)off);
        tcg_gen_ext32s_i64(x, x);
    }
    tcg_gen_andi_i64(key, x, inf | (min_norm - 1));         /* the magnitude */
    tcg_gen_setcondi_i64(TCG_COND_GTU, t, key, inf);         /* NaN */
    tcg_gen_or_i64(bad, bad, t);
    tcg_gen_subi_i64(t, key, 1);
    tcg_gen_setcondi_i64(TCG_COND_LTU, t, t, min_norm - 1); /* denormal */
    tcg_gen_or_i64(bad, bad, t);
    tcg_gen_sari_i64(t, x, 63);                              /* sign: 0 or -1 */
    tcg_gen_xor_i64(key, key, t);
    tcg_gen_sub_i64(key, key, t);
    tcg_temp_free_i64(t);
}

/* (U)COMISS/SD: ZF PF CF = 111 unordered, 000 greater, 001 less, 100 equal; OF SF AF
 * cleared (SDM vol. 2, COMISS). Operands that are neither NaNs nor denormals raise no
 * exception: they are compared inline. The others go to the helper (flags, #XM). */
void sse_gen_comis(DisasContext *s, SseInsn *si)
{
    bool sd = (si->e->op & SSE_COMI_SD) != 0;
    uint32_t src = gen_sse_src(s, si, 1);
    TCGv f = tcg_temp_new_i64(), x = tcg_temp_new_i64(), ka = tcg_temp_new_i64();
    TCGv kb = tcg_temp_new_i64(), bad = tcg_temp_new_i64();
    TCGLabelId slow = gen_new_label(), done = gen_new_label();
    tcg_gen_movi_i64(bad, 0);
    gen_comi_operand(x, ka, bad, si->o[0].off, sd);
    gen_comi_operand(x, kb, bad, src, sd);
    tcg_gen_brcondi_i64(TCG_COND_NE, bad, 0, slow);
    tcg_gen_setcond_i64(TCG_COND_EQ, f, ka, kb);
    tcg_gen_shli_i64(f, f, 6); /* CC_Z */
    tcg_gen_setcond_i64(TCG_COND_LT, x, ka, kb);
    tcg_gen_or_i64(f, f, x);   /* CC_C */
    tcg_gen_br(done);
    gen_set_label(slow);
    gen_helper_sse_comis(f, ENV, tcg_constant_i32(si->e->op), tcg_constant_i32(si->o[0].off),
                         tcg_constant_i32(src));
    gen_set_label(done);
    gen_sse_set_flags(s, f);
    tcg_temp_free_i64(bad);
    tcg_temp_free_i64(kb);
    tcg_temp_free_i64(ka);
    tcg_temp_free_i64(x);
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

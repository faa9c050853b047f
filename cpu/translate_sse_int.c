/* MMX/SSE packed integer instructions: the frequent simple ones as inline IR on the
 * 64-bit halves of the registers (logic, PADD/PSUB, PCMPEQ, shifts by an immediate, byte
 * shifts, unpacks, PSHUFx and SHUFPx), everything else as a call of helper sse_iop / sse_iop_imm /
 * sse_shift (cpu/sse_int_helper.c). */
#include "cpu/helper.h"
#include "cpu/sse_helper.h"
#include "cpu/translate_sse.h"

#define ENV tcg_ctx->env

static int opnd_halves(const SseOpnd *o)
{
    return o->kind == SO_XMM ? 2 : 1;
}

static uint32_t op_width(const SseOpnd *d)
{
    return d->kind == SO_XMM ? SSE_OP_XMM : 0;
}

static void note_written(const SseOpnd *d)
{
    if (d->kind == SO_MMX)
        gen_mmx_written(d->reg);
}

/* The source operand n, half by half: registers from env, memory straight from guest
 * memory (the address and its alignment check made once). */
static void load_src_halves(DisasContext *s, SseInsn *si, int n, TCGv v[2], int halves)
{
    SseOpnd *o = &si->o[n];
    for (int h = 0; h < halves; h++)
        v[h] = tcg_temp_new_i64();
    if (o->kind == SO_XMM || o->kind == SO_MMX) {
        for (int h = 0; h < halves; h++)
            sse_ld_half(v[h], o->off, h);
        gen_sse_mmx_begin(si);
        return;
    }
    TCGv addr = gen_sse_addr(s, si, o->size);
    gen_ld(s, v[0], addr, MO_64);
    if (halves == 2) {
        TCGv a8 = tcg_temp_new_i64();
        tcg_gen_addi_i64(a8, addr, 8);
        if (!s->code64)
            tcg_gen_ext32u_i64(a8, a8);
        gen_ld(s, v[1], a8, MO_64);
        tcg_temp_free_i64(a8);
    }
    gen_sse_mmx_begin(si);
}

static void free_halves(TCGv v[2], int halves)
{
    for (int h = 0; h < halves; h++)
        tcg_temp_free_i64(v[h]);
}

void sse_gen_iop(DisasContext *s, SseInsn *si)
{
    const SseOpnd *d = &si->o[0];
    uint32_t src = gen_sse_src(s, si, 1);
    gen_helper_sse_iop(ENV, tcg_constant_i32(si->e->op | op_width(d)), tcg_constant_i32(d->off),
                       tcg_constant_i32(src));
    note_written(d);
}

void sse_gen_iop_imm(DisasContext *s, SseInsn *si)
{
    const SseOpnd *d = &si->o[0];
    uint32_t imm = si->o[2].kind == SO_IMM ? (uint32_t)s->op[2].imm : 0;
    /* INSERTPS from memory takes the m32 itself: imm8[7:6] selects nothing (SDM vol. 2) */
    if (si->e->op == SSE_INSERTPS && si->o[1].kind == SO_MEM)
        imm &= 0x3F;
    uint32_t src = gen_sse_src(s, si, 1);
    gen_helper_sse_iop_imm(ENV, tcg_constant_i32(si->e->op | op_width(d)),
                           tcg_constant_i32(d->off), tcg_constant_i32(src),
                           tcg_constant_i32(imm));
    note_written(d);
}

/* PAND/PANDN/POR/PXOR and the ps/pd forms. PXOR/PANDN of a register with itself is the
 * zeroing idiom: no loads. */
void sse_gen_logic(DisasContext *s, SseInsn *si)
{
    const SseOpnd *d = &si->o[0], *src = &si->o[1];
    int halves = opnd_halves(d);
    unsigned op = si->e->op;
    if (src->kind == d->kind && src->reg == d->reg && (op == 1 || op == 3)) {
        TCGv z = tcg_constant_i64(0);
        for (int h = 0; h < halves; h++)
            sse_st_half(z, d->off, h);
        note_written(d);
        return;
    }
    TCGv v[2];
    load_src_halves(s, si, 1, v, halves);
    TCGv a = tcg_temp_new_i64();
    for (int h = 0; h < halves; h++) {
        sse_ld_half(a, d->off, h);
        switch (op) {
        case 0: tcg_gen_and_i64(a, a, v[h]); break;
        case 1: tcg_gen_andc_i64(a, v[h], a); break; /* (NOT dest) AND src */
        case 2: tcg_gen_or_i64(a, a, v[h]); break;
        default: tcg_gen_xor_i64(a, a, v[h]); break;
        }
        sse_st_half(a, d->off, h);
    }
    tcg_temp_free_i64(a);
    free_halves(v, halves);
    note_written(d);
}

/* The top bit of each lane of 1 << lg bytes, replicated over 64 bits. */
static uint64_t lane_top_bits(int lg)
{
    static const uint64_t h[4] = { 0x8080808080808080ull, 0x8000800080008000ull,
                                   0x8000000080000000ull, 0x8000000000000000ull };
    return h[lg];
}

/* PADDB..PADDQ, PSUBB..PSUBQ without carries between lanes: the lanes' top bits are
 * taken out of the add (or forced so no borrow leaves a lane) and put back with an xor. */
void sse_gen_addsub(DisasContext *s, SseInsn *si)
{
    const SseOpnd *d = &si->o[0];
    int halves = opnd_halves(d);
    bool sub = si->e->op >> 3;
    int lg = si->e->op & 7;
    uint64_t H = lane_top_bits(lg);
    if (sub && si->o[1].kind == d->kind && si->o[1].reg == d->reg) {
        TCGv z = tcg_constant_i64(0);
        for (int h = 0; h < halves; h++)
            sse_st_half(z, d->off, h);
        note_written(d);
        return;
    }
    TCGv v[2];
    load_src_halves(s, si, 1, v, halves);
    TCGv a = tcg_temp_new_i64(), t = tcg_temp_new_i64(), u = tcg_temp_new_i64();
    for (int h = 0; h < halves; h++) {
        sse_ld_half(a, d->off, h);
        if (lg == 3) {
            if (sub)
                tcg_gen_sub_i64(a, a, v[h]);
            else
                tcg_gen_add_i64(a, a, v[h]);
        } else if (!sub) {
            tcg_gen_xor_i64(u, a, v[h]);
            tcg_gen_andi_i64(u, u, H);
            tcg_gen_andi_i64(t, v[h], ~H);
            tcg_gen_andi_i64(a, a, ~H);
            tcg_gen_add_i64(a, a, t);
            tcg_gen_xor_i64(a, a, u);
        } else {
            tcg_gen_xor_i64(t, a, v[h]);
            tcg_gen_not_i64(t, t);        /* ~(a ^ b) = a ^ ~b */
            tcg_gen_andi_i64(u, t, H);
            tcg_gen_andi_i64(t, v[h], ~H);
            tcg_gen_ori_i64(a, a, H);
            tcg_gen_sub_i64(a, a, t);
            tcg_gen_xor_i64(a, a, u);
        }
        sse_st_half(a, d->off, h);
    }
    tcg_temp_free_i64(u);
    tcg_temp_free_i64(t);
    tcg_temp_free_i64(a);
    free_halves(v, halves);
    note_written(d);
}

/* PCMPEQB/W/D/Q: lanes of a ^ b that are zero become all ones. A lane is non-zero when
 * its low bits added to all-ones-but-top carry into the top bit, or its top bit is set. */
void sse_gen_cmpeq(DisasContext *s, SseInsn *si)
{
    const SseOpnd *d = &si->o[0];
    int halves = opnd_halves(d);
    int lg = si->e->op;
    uint64_t H = lane_top_bits(lg);
    if (si->o[1].kind == d->kind && si->o[1].reg == d->reg) {
        TCGv ones = tcg_constant_i64(~0ull);
        for (int h = 0; h < halves; h++)
            sse_st_half(ones, d->off, h);
        note_written(d);
        return;
    }
    TCGv v[2];
    load_src_halves(s, si, 1, v, halves);
    TCGv a = tcg_temp_new_i64(), t = tcg_temp_new_i64();
    for (int h = 0; h < halves; h++) {
        sse_ld_half(a, d->off, h);
        if (lg == 3) {
            tcg_gen_setcond_i64(TCG_COND_EQ, a, a, v[h]);
            tcg_gen_neg_i64(a, a);
        } else {
            tcg_gen_xor_i64(a, a, v[h]);
            tcg_gen_andi_i64(t, a, ~H);
            tcg_gen_addi_i64(t, t, ~H);
            tcg_gen_or_i64(t, t, a);
            tcg_gen_andc_i64(t, tcg_constant_i64(H), t); /* top bit set: lane equal */
            tcg_gen_shri_i64(a, t, (8u << lg) - 1);
            tcg_gen_sub_i64(a, t, a);
            tcg_gen_or_i64(a, a, t);
        }
        sse_st_half(a, d->off, h);
    }
    tcg_temp_free_i64(t);
    tcg_temp_free_i64(a);
    free_halves(v, halves);
    note_written(d);
}

/* PMINUB (op 0) / PMAXUB (op 1). Per byte lane, a < b (unsigned) is the borrow out of
 * a - b: from the top bits, or, when they are equal, the borrow out of the low 7 bits,
 * found by subtracting those with the top bit of a's lane forced to 1 (so nothing
 * leaves the lane). The lanes where a < b select a for the minimum, b for the maximum. */
void sse_gen_minmax_ub(DisasContext *s, SseInsn *si)
{
    const SseOpnd *d = &si->o[0];
    int halves = opnd_halves(d);
    const uint64_t H = lane_top_bits(0);
    TCGv v[2];
    load_src_halves(s, si, 1, v, halves);
    TCGv a = tcg_temp_new_i64(), x = tcg_temp_new_i64(), t = tcg_temp_new_i64();
    TCGv u = tcg_temp_new_i64();
    for (int h = 0; h < halves; h++) {
        TCGv b = v[h];
        sse_ld_half(a, d->off, h);
        tcg_gen_xor_i64(x, a, b);
        tcg_gen_ori_i64(t, a, H);
        tcg_gen_andi_i64(u, b, ~H);
        tcg_gen_sub_i64(t, t, u);     /* top bit clear: borrow out of the low 7 bits */
        tcg_gen_or_i64(t, t, x);
        tcg_gen_andc_i64(u, b, a);    /* top bits: a's clear, b's set */
        tcg_gen_orc_i64(t, u, t);
        tcg_gen_andi_i64(t, t, H);    /* lanes where a < b */
        tcg_gen_shri_i64(u, t, 7);
        tcg_gen_sub_i64(u, t, u);
        tcg_gen_or_i64(t, t, u);      /* ... as all-ones bytes */
        tcg_gen_and_i64(t, t, x);
        tcg_gen_xor_i64(a, si->e->op ? a : b, t);
        sse_st_half(a, d->off, h);
    }
    tcg_temp_free_i64(u);
    tcg_temp_free_i64(t);
    tcg_temp_free_i64(x);
    tcg_temp_free_i64(a);
    free_halves(v, halves);
    note_written(d);
}

/* Lanes of 16 << k bits (k = 0, 1, 2), each all ones shifted as the lane would be. */
static uint64_t lane_mask(int lane_bits, unsigned count, bool left)
{
    uint64_t one = lane_bits == 64 ? ~0ull : (1ull << lane_bits) - 1;
    uint64_t lane = left ? (one << count) & one : one >> count;
    uint64_t m = 0;
    for (int i = 0; i < 64; i += lane_bits)
        m |= lane << i;
    return m;
}

/* PSLL/PSRL/PSRA W/D/Q. An immediate count of a logical shift is done inline; the other
 * forms take the count (the whole low quadword of the source) to the helper. */
void sse_gen_shift(DisasContext *s, SseInsn *si)
{
    const SseOpnd *d = &si->o[0];
    unsigned op = si->e->op;
    int halves = opnd_halves(d);
    if (si->o[1].kind == SO_IMM) {
        unsigned count = (unsigned)(s->op[1].imm & 0xff);
        int lane_bits = (op == SSE_PSLLW || op == SSE_PSRLW || op == SSE_PSRAW) ? 16
                        : (op == SSE_PSLLD || op == SSE_PSRLD || op == SSE_PSRAD) ? 32 : 64;
        bool left = op == SSE_PSLLW || op == SSE_PSLLD || op == SSE_PSLLQ;
        if (op == SSE_PSRAW || op == SSE_PSRAD) {
            gen_helper_sse_shift(ENV, tcg_constant_i32(op | op_width(d)),
                                 tcg_constant_i32(d->off), tcg_constant_i64(count));
        } else if (count >= (unsigned)lane_bits) {
            for (int h = 0; h < halves; h++)
                sse_st_half(tcg_constant_i64(0), d->off, h);
        } else if (count) {
            TCGv a = tcg_temp_new_i64();
            uint64_t m = lane_mask(lane_bits, count, left);
            for (int h = 0; h < halves; h++) {
                sse_ld_half(a, d->off, h);
                if (left)
                    tcg_gen_shli_i64(a, a, count);
                else
                    tcg_gen_shri_i64(a, a, count);
                if (lane_bits != 64)
                    tcg_gen_andi_i64(a, a, m);
                sse_st_half(a, d->off, h);
            }
            tcg_temp_free_i64(a);
        }
        note_written(d);
        return;
    }
    TCGv v[2];
    load_src_halves(s, si, 1, v, 1);
    gen_helper_sse_shift(ENV, tcg_constant_i32(op | op_width(d)), tcg_constant_i32(d->off), v[0]);
    free_halves(v, 1);
    note_written(d);
}

/* PSLLDQ / PSRLDQ: the XMM register shifted by imm8 bytes (16 or more: zero). */
void sse_gen_shift_bytes(DisasContext *s, SseInsn *si)
{
    uint32_t off = si->o[0].off;
    unsigned n = (unsigned)(s->op[1].imm & 0xff);
    bool right = si->e->op;
    if (n == 0)
        return;
    TCGv lo = tcg_temp_new_i64(), hi = tcg_temp_new_i64();
    if (n >= 16) {
        tcg_gen_movi_i64(lo, 0);
        tcg_gen_movi_i64(hi, 0);
    } else {
        sse_ld_half(lo, off, 0);
        sse_ld_half(hi, off, 1);
        unsigned bits = 8 * n;
        if (!right) {
            if (bits >= 64) {
                tcg_gen_shli_i64(hi, lo, bits - 64);
                tcg_gen_movi_i64(lo, 0);
            } else {
                TCGv t = tcg_temp_new_i64();
                tcg_gen_shri_i64(t, lo, 64 - bits);
                tcg_gen_shli_i64(hi, hi, bits);
                tcg_gen_or_i64(hi, hi, t);
                tcg_gen_shli_i64(lo, lo, bits);
                tcg_temp_free_i64(t);
            }
        } else {
            if (bits >= 64) {
                tcg_gen_shri_i64(lo, hi, bits - 64);
                tcg_gen_movi_i64(hi, 0);
            } else {
                TCGv t = tcg_temp_new_i64();
                tcg_gen_shli_i64(t, hi, 64 - bits);
                tcg_gen_shri_i64(lo, lo, bits);
                tcg_gen_or_i64(lo, lo, t);
                tcg_gen_shri_i64(hi, hi, bits);
                tcg_temp_free_i64(t);
            }
        }
    }
    sse_st_half(lo, off, 0);
    sse_st_half(hi, off, 1);
    tcg_temp_free_i64(hi);
    tcg_temp_free_i64(lo);
}

/* PUNPCKLQDQ / UNPCKLPD: d.hi = s.lo; PUNPCKHQDQ / UNPCKHPD: d.lo = d.hi, d.hi = s.hi. */
void sse_gen_unpack_q(DisasContext *s, SseInsn *si)
{
    const SseOpnd *d = &si->o[0];
    TCGv v[2];
    load_src_halves(s, si, 1, v, 2);
    if (si->e->op) {
        TCGv t = tcg_temp_new_i64();
        sse_ld_half(t, d->off, 1);
        sse_st_half(t, d->off, 0);
        sse_st_half(v[1], d->off, 1);
        tcg_temp_free_i64(t);
    } else {
        sse_st_half(v[0], d->off, 1);
    }
    free_halves(v, 2);
}

/* x, zero-extended 32 bits, with its 8 << lg-bit lanes moved to every other lane of a
 * 64-bit value (the gaps zero): x = a3 a2 a1 a0 (bytes) -> 0 a3 0 a2 0 a1 0 a0. */
static void gen_spread32(TCGv x, int lg)
{
    TCGv t = tcg_temp_new_i64();
    if (lg < 2) {
        tcg_gen_shli_i64(t, x, 16);
        tcg_gen_or_i64(x, x, t);
        tcg_gen_andi_i64(x, x, 0x0000FFFF0000FFFFull);
    }
    if (lg < 1) {
        tcg_gen_shli_i64(t, x, 8);
        tcg_gen_or_i64(x, x, t);
        tcg_gen_andi_i64(x, x, 0x00FF00FF00FF00FFull);
    }
    tcg_temp_free_i64(t);
}

/* r = the lanes of the low (high: the upper) 32 bits of a and b interleaved, a's first. */
static void gen_interleave32(TCGv r, TCGv a, TCGv b, int lg, bool high)
{
    TCGv t = tcg_temp_new_i64();
    if (high) {
        tcg_gen_shri_i64(r, a, 32);
        tcg_gen_shri_i64(t, b, 32);
    } else {
        tcg_gen_ext32u_i64(r, a);
        tcg_gen_ext32u_i64(t, b);
    }
    gen_spread32(r, lg);
    gen_spread32(t, lg);
    tcg_gen_shli_i64(t, t, 8u << lg);
    tcg_gen_or_i64(r, r, t);
    tcg_temp_free_i64(t);
}

/* PUNPCKLBW/WD/DQ, PUNPCKHBW/WD/DQ, UNPCKLPS/UNPCKHPS: op = lg | high << 2. The low
 * (high) half of each operand, its lanes interleaved, destination lane first (SDM vol. 2,
 * PUNPCKLBW). */
void sse_gen_unpack(DisasContext *s, SseInsn *si)
{
    const SseOpnd *d = &si->o[0];
    int halves = opnd_halves(d);
    int lg = si->e->op & 3;
    bool high = (si->e->op & 4) != 0;
    TCGv v[2];
    load_src_halves(s, si, 1, v, halves);
    TCGv a = tcg_temp_new_i64(), r = tcg_temp_new_i64();
    if (halves == 1) {
        sse_ld_half(a, d->off, 0);
        gen_interleave32(r, a, v[0], lg, high);
        sse_st_half(r, d->off, 0);
    } else {
        int h = high ? 1 : 0;
        sse_ld_half(a, d->off, h);
        gen_interleave32(r, a, v[h], lg, false);
        gen_interleave32(a, a, v[h], lg, true);
        sse_st_half(r, d->off, 0);
        sse_st_half(a, d->off, 1);
    }
    tcg_temp_free_i64(r);
    tcg_temp_free_i64(a);
    free_halves(v, halves);
    note_written(d);
}

/* r |= lane `from` of src moved to lane `to` (lanes of `bits` bits); first: r = it. */
static void gen_move_lane(TCGv r, TCGv src, unsigned from, unsigned to, unsigned bits,
                          bool first)
{
    TCGv t = first ? r : tcg_temp_new_i64();
    unsigned pos = from * bits;
    if (pos + bits == 64)
        tcg_gen_shri_i64(t, src, pos);
    else
        tcg_gen_extract_i64(t, src, pos, bits);
    if (to)
        tcg_gen_shli_i64(t, t, to * bits);
    if (!first) {
        tcg_gen_or_i64(r, r, t);
        tcg_temp_free_i64(t);
    }
}

/* r = the four words of src picked by the four 2-bit fields of imm. */
static void gen_shuffle_words(TCGv r, TCGv src, unsigned imm)
{
    for (unsigned i = 0; i < 4; i++)
        gen_move_lane(r, src, (imm >> (2 * i)) & 3, i, 16, i == 0);
}

/* r = dwords sel0 and sel1 (0-3) of the 128-bit value x[0]:x[1], in that order. */
static void gen_pick_dwords(TCGv r, TCGv x[2], unsigned sel0, unsigned sel1)
{
    gen_move_lane(r, x[sel0 >> 1], sel0 & 1, 0, 32, true);
    gen_move_lane(r, x[sel1 >> 1], sel1 & 1, 1, 32, false);
}

/* PSHUFW, PSHUFD, PSHUFLW, PSHUFHW, SHUFPS, SHUFPD (op: SSE_PSHUFW..SSE_SHUFPD): lanes
 * picked by the imm8 fields (SDM vol. 2, PSHUFD, SHUFPS). All sources are read before
 * the destination is written: they may be the same register. */
void sse_gen_shuffle(DisasContext *s, SseInsn *si)
{
    const SseOpnd *d = &si->o[0];
    int halves = opnd_halves(d);
    unsigned imm = (unsigned)(s->op[2].imm & 0xff);
    unsigned op = si->e->op;
    bool two = op == SSE_SHUFPS || op == SSE_SHUFPD; /* the destination is a source */
    TCGv b[2], a[2];
    load_src_halves(s, si, 1, b, halves);
    for (int h = 0; two && h < 2; h++) {
        a[h] = tcg_temp_new_i64();
        sse_ld_half(a[h], d->off, h);
    }
    TCGv r[2] = { tcg_temp_new_i64(), tcg_temp_new_i64() };
    switch (op) {
    case SSE_PSHUFW:
        gen_shuffle_words(r[0], b[0], imm);
        break;
    case SSE_PSHUFLW:
        gen_shuffle_words(r[0], b[0], imm);
        tcg_gen_mov_i64(r[1], b[1]);
        break;
    case SSE_PSHUFHW:
        tcg_gen_mov_i64(r[0], b[0]);
        gen_shuffle_words(r[1], b[1], imm);
        break;
    case SSE_PSHUFD:
        gen_pick_dwords(r[0], b, imm & 3, (imm >> 2) & 3);
        gen_pick_dwords(r[1], b, (imm >> 4) & 3, (imm >> 6) & 3);
        break;
    case SSE_SHUFPS:
        gen_pick_dwords(r[0], a, imm & 3, (imm >> 2) & 3);
        gen_pick_dwords(r[1], b, (imm >> 4) & 3, (imm >> 6) & 3);
        break;
    default: /* SHUFPD */
        tcg_gen_mov_i64(r[0], a[imm & 1]);
        tcg_gen_mov_i64(r[1], b[(imm >> 1) & 1]);
        break;
    }
    for (int h = 0; h < halves; h++)
        sse_st_half(r[h], d->off, h);
    for (int h = 0; h < 2; h++) {
        tcg_temp_free_i64(r[h]);
        if (two)
            tcg_temp_free_i64(a[h]);
    }
    free_halves(b, halves);
    note_written(d);
}

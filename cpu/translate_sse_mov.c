/* MMX/SSE data movement as inline IR: 128-bit moves (aligned, unaligned, non-temporal),
 * 64-bit moves between MMX, XMM and memory, MOVD/MOVQ with general registers, MOVSS/MOVSD,
 * the half-register moves, element extract/insert, mask moves, EMMS. SDM vol. 2, each
 * instruction; "the upper bits are zeroed / unchanged" rules as written there. */
#include "cpu/fpu_helper.h"
#include "cpu/helper.h"
#include "cpu/sse_helper.h"
#include "cpu/translate_sse.h"

#define ENV tcg_ctx->env

static TCGv addr_plus8(DisasContext *s, TCGv addr)
{
    TCGv a8 = tcg_temp_new_i64();
    tcg_gen_addi_i64(a8, addr, 8);
    if (!s->code64)
        tcg_gen_ext32u_i64(a8, a8);
    return a8;
}

/* MOVAPS MOVAPD MOVDQA MOVUPS MOVUPD MOVDQU LDDQU MOVNTPS MOVNTPD MOVNTDQ MOVNTDQA */
void sse_gen_mov128(DisasContext *s, SseInsn *si)
{
    const SseOpnd *d = &si->o[0], *src = &si->o[1];
    if (d->kind == SO_XMM && src->kind == SO_XMM && d->reg == src->reg)
        return;
    TCGv lo = tcg_temp_new_i64(), hi = tcg_temp_new_i64();
    if (src->kind == SO_XMM) {
        sse_ld_half(lo, src->off, 0);
        sse_ld_half(hi, src->off, 1);
    } else {
        TCGv addr = gen_sse_addr(s, si, 16);
        TCGv a8 = addr_plus8(s, addr);
        gen_ld(s, lo, addr, MO_64);
        gen_ld(s, hi, a8, MO_64);
        tcg_temp_free_i64(a8);
    }
    if (d->kind == SO_XMM) {
        sse_st_half(lo, d->off, 0);
        sse_st_half(hi, d->off, 1);
    } else if (si->e->flags & SE_UNALIGNED) {
        gen_sse_store128(s, gen_sse_addr(s, si, 16), lo, hi);
    } else {
        TCGv addr = gen_sse_addr(s, si, 16);
        TCGv a8 = addr_plus8(s, addr);
        gen_st(s, lo, addr, MO_64);
        gen_st(s, hi, a8, MO_64);
        tcg_temp_free_i64(a8);
    }
    tcg_temp_free_i64(hi);
    tcg_temp_free_i64(lo);
}

/* The low 64 bits of an operand (XMM low half, MMX register, m64). */
static TCGv load64(DisasContext *s, SseInsn *si, int n)
{
    const SseOpnd *o = &si->o[n];
    TCGv v = tcg_temp_new_i64();
    if (o->kind == SO_MEM)
        gen_ld(s, v, gen_sse_addr(s, si, 8), MO_64);
    else
        sse_ld_half(v, o->off, 0);
    gen_sse_mmx_begin(si);
    return v;
}

/* MOVQ in all its forms, MOVNTQ, MOVQ2DQ, MOVDQ2Q: 64 bits; an XMM destination has its
 * upper half zeroed (SDM vol. 2, MOVQ: "DEST[127:64] <- 0"), an MMX one is marked. */
void sse_gen_mov64(DisasContext *s, SseInsn *si)
{
    const SseOpnd *d = &si->o[0];
    TCGv v = load64(s, si, 1);
    switch (d->kind) {
    case SO_MEM:
        gen_st(s, v, gen_sse_addr(s, si, 8), MO_64);
        break;
    case SO_XMM:
        sse_st_half(v, d->off, 0);
        sse_st_half(tcg_constant_i64(0), d->off, 1);
        break;
    default:
        sse_st_half(v, d->off, 0);
        gen_mmx_written(d->reg);
        break;
    }
    tcg_temp_free_i64(v);
}

/* MOVD/MOVQ between MMX/XMM and r/m32 (r/m64 with REX.W): zero-extended into the vector
 * register; the low 32/64 bits out of it. */
void sse_gen_movd(DisasContext *s, SseInsn *si)
{
    const SseOpnd *d = &si->o[0];
    if (d->kind == SO_XMM || d->kind == SO_MMX) {
        TCGv v = gen_load_op(s, 1);
        gen_sse_mmx_begin(si);
        sse_st_half(v, d->off, 0);
        if (d->kind == SO_XMM)
            sse_st_half(tcg_constant_i64(0), d->off, 1);
        else
            gen_mmx_written(d->reg);
        tcg_temp_free_i64(v);
        return;
    }
    TCGv v = tcg_temp_new_i64();
    sse_ld_half(v, si->o[1].off, 0);
    if (s->op[0].size == 4)
        tcg_gen_ext32u_i64(v, v);
    gen_store_op(s, 0, v);
    tcg_temp_free_i64(v);
}

/* MOVSS/MOVSD (op = 4 or 8 bytes): from memory the rest of the register is zeroed;
 * between registers, and to memory, only the low element moves. */
void sse_gen_movs(DisasContext *s, SseInsn *si)
{
    const SseOpnd *d = &si->o[0], *src = &si->o[1];
    int size = si->e->op;
    MemOp mop = size == 4 ? MO_32 : MO_64;
    TCGv v = tcg_temp_new_i64();
    if (src->kind == SO_MEM) {
        gen_ld(s, v, gen_sse_addr(s, si, size), mop);
        sse_st_half(v, d->off, 0);
        sse_st_half(tcg_constant_i64(0), d->off, 1);
    } else if (d->kind == SO_MEM) {
        sse_ld_half(v, src->off, 0);
        gen_st(s, v, gen_sse_addr(s, si, size), mop);
    } else if (size == 4) {
        tcg_gen_ld32u_i64(v, ENV, (int32_t)src->off);
        tcg_gen_st32_i64(v, ENV, (int32_t)d->off);
    } else {
        sse_ld_half(v, src->off, 0);
        sse_st_half(v, d->off, 0);
    }
    tcg_temp_free_i64(v);
}

/* op 0: MOVLPS/MOVLPD, 1: MOVHPS/MOVHPD (m64 <-> one half, the other half kept),
 * 2: MOVHLPS (d.lo = s.hi), 3: MOVLHPS (d.hi = s.lo). */
void sse_gen_movlh(DisasContext *s, SseInsn *si)
{
    const SseOpnd *d = &si->o[0], *src = &si->o[1];
    unsigned op = si->e->op;
    TCGv v = tcg_temp_new_i64();
    if (op >= 2) {
        sse_ld_half(v, src->off, op == 2 ? 1 : 0);
        sse_st_half(v, d->off, op == 2 ? 0 : 1);
    } else if (d->kind == SO_MEM) {
        sse_ld_half(v, src->off, (int)op);
        gen_st(s, v, gen_sse_addr(s, si, 8), MO_64);
    } else {
        gen_ld(s, v, gen_sse_addr(s, si, 8), MO_64);
        sse_st_half(v, d->off, (int)op);
    }
    tcg_temp_free_i64(v);
}

/* The sign bits of the 8 bytes of x, in order, at bit `to` of r (r = it when first). The
 * multiply gathers them without carries: byte i's bit 7 times 2^(7 * (7 - i)) lands on bit
 * 56 + i, and every other product lands on a distinct bit outside 56..63. */
static void gen_byte_signs(TCGv r, TCGv x, unsigned to, bool first)
{
    TCGv t = first ? r : tcg_temp_new_i64();
    tcg_gen_andi_i64(t, x, 0x8080808080808080ull);
    tcg_gen_muli_i64(t, t, 0x0002040810204081ull);
    tcg_gen_shri_i64(t, t, 56);
    if (to)
        tcg_gen_shli_i64(t, t, to);
    if (!first) {
        tcg_gen_or_i64(r, r, t);
        tcg_temp_free_i64(t);
    }
}

/* r |= bit `from` of x moved to bit `to` */
static void gen_or_bit(TCGv r, TCGv x, unsigned from, unsigned to)
{
    TCGv t = tcg_temp_new_i64();
    tcg_gen_shri_i64(t, x, from - to);
    tcg_gen_andi_i64(t, t, 1ull << to);
    tcg_gen_or_i64(r, r, t);
    tcg_temp_free_i64(t);
}

/* MOVMSKPS / MOVMSKPD / PMOVMSKB r32, xmm|mm: the sign bits of the elements, zero-extended
 * into r64 (SDM vol. 2, PMOVMSKB). The source is always a register. */
void sse_gen_movmsk(DisasContext *s, SseInsn *si)
{
    (void)s;
    const SseOpnd *d = &si->o[0], *src = &si->o[1];
    int halves = src->kind == SO_XMM ? 2 : 1;
    TCGv x[2], v = tcg_temp_new_i64();
    for (int h = 0; h < halves; h++) {
        x[h] = tcg_temp_new_i64();
        sse_ld_half(x[h], src->off, h);
    }
    gen_sse_mmx_begin(si);
    switch (si->e->op) {
    case SSE_MSK_B:
        for (int h = 0; h < halves; h++)
            gen_byte_signs(v, x[h], 8u * (unsigned)h, h == 0);
        break;
    case SSE_MSK_PS:
        tcg_gen_shri_i64(v, x[0], 63);
        tcg_gen_shli_i64(v, v, 1);
        gen_or_bit(v, x[0], 31, 0);
        gen_or_bit(v, x[1], 31, 2);
        gen_or_bit(v, x[1], 63, 3);
        break;
    default: /* SSE_MSK_PD */
        tcg_gen_shri_i64(v, x[0], 63);
        gen_or_bit(v, x[1], 63, 1);
        break;
    }
    gen_store_reg(4, d->reg, false, v);
    for (int h = 0; h < halves; h++)
        tcg_temp_free_i64(x[h]);
    tcg_temp_free_i64(v);
}

static void ld_elem(TCGv v, uint32_t off, int size)
{
    switch (size) {
    case 1: tcg_gen_ld8u_i64(v, ENV, (int32_t)off); break;
    case 2: tcg_gen_ld16u_i64(v, ENV, (int32_t)off); break;
    case 4: tcg_gen_ld32u_i64(v, ENV, (int32_t)off); break;
    default: tcg_gen_ld_i64(v, ENV, (int32_t)off); break;
    }
}

static void st_elem(TCGv v, uint32_t off, int size)
{
    switch (size) {
    case 1: tcg_gen_st8_i64(v, ENV, (int32_t)off); break;
    case 2: tcg_gen_st16_i64(v, ENV, (int32_t)off); break;
    case 4: tcg_gen_st32_i64(v, ENV, (int32_t)off); break;
    default: tcg_gen_st_i64(v, ENV, (int32_t)off); break;
    }
}

/* The element size of PEXTRD/PINSRD (op = 4) is 8 with REX.W (PEXTRQ/PINSRQ). */
static int elem_size(DisasContext *s, SseInsn *si, int gpr_opnd)
{
    int size = si->e->op;
    if (size == 4 && insn_mnemonic(s) != X86_MN_extractps && s->op[gpr_opnd].size == 8)
        size = 8;
    return size;
}

/* PEXTRW (0F C5 and 0F 3A 15), PEXTRB, PEXTRD/PEXTRQ, EXTRACTPS: an element selected by
 * imm8 (modulo the element count) to a general register (zero-extended) or memory. */
void sse_gen_extract(DisasContext *s, SseInsn *si)
{
    const SseOpnd *src = &si->o[1];
    int size = elem_size(s, si, 0);
    int count = (src->kind == SO_XMM ? 16 : 8) / size;
    unsigned idx = (unsigned)(s->op[2].imm & (uint64_t)(count - 1));
    TCGv v = tcg_temp_new_i64();
    ld_elem(v, src->off + idx * (unsigned)size, size);
    if (si->o[0].kind == SO_MEM)
        gen_st(s, v, gen_mem_addr(s), size_memop(size));
    else
        gen_store_reg(size == 8 ? 8 : 4, si->o[0].reg, false, v);
    tcg_temp_free_i64(v);
}

/* PINSRW, PINSRB, PINSRD/PINSRQ: the low bits of r32/r64, or m8/m16/m32/m64, into the
 * element selected by imm8. */
void sse_gen_insert(DisasContext *s, SseInsn *si)
{
    const SseOpnd *d = &si->o[0];
    int size = elem_size(s, si, 1);
    int count = (d->kind == SO_XMM ? 16 : 8) / size;
    unsigned idx = (unsigned)(s->op[2].imm & (uint64_t)(count - 1));
    TCGv v;
    if (si->o[1].kind == SO_MEM) {
        v = tcg_temp_new_i64();
        gen_ld(s, v, gen_mem_addr(s), size_memop(size));
    } else {
        v = gen_load_op(s, 1);
    }
    gen_sse_mmx_begin(si);
    st_elem(v, d->off + idx * (unsigned)size, size);
    tcg_temp_free_i64(v);
    if (d->kind == SO_MMX)
        gen_mmx_written(d->reg);
}

/* MASKMOVQ mm1, mm2 / MASKMOVDQU xmm1, xmm2: bytes of the first operand whose mask byte
 * (second operand) has bit 7 set go to DS:rDI (segment override allowed). */
void sse_gen_maskmov(DisasContext *s, SseInsn *si)
{
    TCGv ea = tcg_temp_new_i64(), addr = tcg_temp_new_i64();
    gen_load_reg(ea, s->insn.addr_size, R_EDI, false);
    gen_linear(s, addr, ea, insn_data_seg(s, R_DS));
    int bytes = si->o[0].kind == SO_XMM ? 16 : 8;
    gen_helper_sse_maskmov(ENV, tcg_constant_i32(si->o[0].off), tcg_constant_i32(si->o[1].off),
                           addr, tcg_constant_i32((uint32_t)bytes));
    tcg_temp_free_i64(addr);
    tcg_temp_free_i64(ea);
}

/* MOVNTI m32/m64, r32/r64: an ordinary store here (no cache to bypass). */
void sse_gen_movnti(DisasContext *s, SseInsn *si)
{
    TCGv v = gen_load_op(s, 1);
    gen_st(s, v, gen_mem_addr(s), si->o[0].size == 8 ? MO_64 : MO_32);
    tcg_temp_free_i64(v);
}

/* EMMS: all x87 tags empty; like every MMX instruction it also sets TOP to 0 (SDM vol. 3,
 * 12.2: "Each time an MMX instruction is executed, the TOS value is set to 000B"). */
void sse_gen_emms(DisasContext *s, SseInsn *si)
{
    (void)s;
    (void)si;
    tcg_gen_st_i32(tcg_constant_i32(0), ENV, (int32_t)offsetof(CPUX86State, fpu_top));
    tcg_gen_st8_i32(tcg_constant_i32(0xFF), ENV, (int32_t)offsetof(CPUX86State, fpu_empty));
}

/* The typed IR emitters of tcg.h: one small function per op and type. The immediate
 * forms (*i) pass an interned constant temp; simplification is left to the optimizer
 * so that the builder stays a plain recorder. */
#include "tcg/tcg-internal.h"

static void op1(TCGOpcode opc, TCGType t, TCGArg a0)
{
    tcg_emit_op(opc, t, 1, &a0);
}
/* op2 and op3 never make the ops that tcg_emit_op keeps branch bookkeeping for
 * (insn_start, set_label, br, brcond): they fill the new op in place. */
static void op2(TCGOpcode opc, TCGType t, TCGArg a0, TCGArg a1)
{
    TCGOp *op = tcg_op_push(tcg_ctx, opc, t, 2);
    op->args[0] = a0;
    op->args[1] = a1;
}
static void op3(TCGOpcode opc, TCGType t, TCGArg a0, TCGArg a1, TCGArg a2)
{
    TCGOp *op = tcg_op_push(tcg_ctx, opc, t, 3);
    op->args[0] = a0;
    op->args[1] = a1;
    op->args[2] = a2;
}
static void op4(TCGOpcode opc, TCGType t, TCGArg a0, TCGArg a1, TCGArg a2, TCGArg a3)
{
    TCGArg a[4] = { a0, a1, a2, a3 };
    tcg_emit_op(opc, t, 4, a);
}
static void op5(TCGOpcode opc, TCGType t, TCGArg a0, TCGArg a1, TCGArg a2, TCGArg a3,
                TCGArg a4)
{
    TCGArg a[5] = { a0, a1, a2, a3, a4 };
    tcg_emit_op(opc, t, 5, a);
}
static void op6(TCGOpcode opc, TCGType t, TCGArg a0, TCGArg a1, TCGArg a2, TCGArg a3,
                TCGArg a4, TCGArg a5)
{
    TCGArg a[6] = { a0, a1, a2, a3, a4, a5 };
    tcg_emit_op(opc, t, 6, a);
}

#define I32 TCG_TYPE_I32
#define I64 TCG_TYPE_I64

#define GEN_BIN(op) \
    void tcg_gen_##op##_i32(TCGv_i32 r, TCGv_i32 a, TCGv_i32 b) \
    { op3(INDEX_op_##op, I32, r.idx, a.idx, b.idx); } \
    void tcg_gen_##op##_i64(TCGv_i64 r, TCGv_i64 a, TCGv_i64 b) \
    { op3(INDEX_op_##op, I64, r.idx, a.idx, b.idx); } \
    void tcg_gen_##op##i_i32(TCGv_i32 r, TCGv_i32 a, uint32_t b) \
    { op3(INDEX_op_##op, I32, r.idx, a.idx, tcg_constant_i32(b).idx); } \
    void tcg_gen_##op##i_i64(TCGv_i64 r, TCGv_i64 a, uint64_t b) \
    { op3(INDEX_op_##op, I64, r.idx, a.idx, tcg_constant_i64(b).idx); }
#define GEN_UN(op) \
    void tcg_gen_##op##_i32(TCGv_i32 r, TCGv_i32 a) { op2(INDEX_op_##op, I32, r.idx, a.idx); } \
    void tcg_gen_##op##_i64(TCGv_i64 r, TCGv_i64 a) { op2(INDEX_op_##op, I64, r.idx, a.idx); }
TCG_BINOPS(GEN_BIN)
TCG_UNOPS(GEN_UN)

void tcg_gen_bswap64_i64(TCGv_i64 r, TCGv_i64 a) { op2(INDEX_op_bswap64, I64, r.idx, a.idx); }
void tcg_gen_movi_i32(TCGv_i32 r, uint32_t v) { op2(INDEX_op_mov, I32, r.idx, tcg_constant_i32(v).idx); }
void tcg_gen_movi_i64(TCGv_i64 r, uint64_t v) { op2(INDEX_op_mov, I64, r.idx, tcg_constant_i64(v).idx); }
void tcg_gen_discard_i64(TCGv_i64 t) { TCGArg a = t.idx; tcg_emit_op(INDEX_op_discard, I64, 1, &a); }

void tcg_gen_clz_i32(TCGv_i32 r, TCGv_i32 a, TCGv_i32 b) { op3(INDEX_op_clz, I32, r.idx, a.idx, b.idx); }
void tcg_gen_clz_i64(TCGv_i64 r, TCGv_i64 a, TCGv_i64 b) { op3(INDEX_op_clz, I64, r.idx, a.idx, b.idx); }
void tcg_gen_ctz_i32(TCGv_i32 r, TCGv_i32 a, TCGv_i32 b) { op3(INDEX_op_ctz, I32, r.idx, a.idx, b.idx); }
void tcg_gen_ctz_i64(TCGv_i64 r, TCGv_i64 a, TCGv_i64 b) { op3(INDEX_op_ctz, I64, r.idx, a.idx, b.idx); }

void tcg_gen_mulu2_i32(TCGv_i32 lo, TCGv_i32 hi, TCGv_i32 a, TCGv_i32 b)
{ op4(INDEX_op_mulu2, I32, lo.idx, hi.idx, a.idx, b.idx); }
void tcg_gen_muls2_i32(TCGv_i32 lo, TCGv_i32 hi, TCGv_i32 a, TCGv_i32 b)
{ op4(INDEX_op_muls2, I32, lo.idx, hi.idx, a.idx, b.idx); }
void tcg_gen_mulu2_i64(TCGv_i64 lo, TCGv_i64 hi, TCGv_i64 a, TCGv_i64 b)
{ op4(INDEX_op_mulu2, I64, lo.idx, hi.idx, a.idx, b.idx); }
void tcg_gen_muls2_i64(TCGv_i64 lo, TCGv_i64 hi, TCGv_i64 a, TCGv_i64 b)
{ op4(INDEX_op_muls2, I64, lo.idx, hi.idx, a.idx, b.idx); }

#define GEN_EXT(name, opc, T, TV) \
    void tcg_gen_##name(TV r, TV a) { op2(INDEX_op_##opc, T, r.idx, a.idx); }
GEN_EXT(ext8s_i32, ext8s, I32, TCGv_i32)
GEN_EXT(ext8u_i32, ext8u, I32, TCGv_i32)
GEN_EXT(ext16s_i32, ext16s, I32, TCGv_i32)
GEN_EXT(ext16u_i32, ext16u, I32, TCGv_i32)
GEN_EXT(ext8s_i64, ext8s, I64, TCGv_i64)
GEN_EXT(ext8u_i64, ext8u, I64, TCGv_i64)
GEN_EXT(ext16s_i64, ext16s, I64, TCGv_i64)
GEN_EXT(ext16u_i64, ext16u, I64, TCGv_i64)
GEN_EXT(ext32s_i64, ext32s, I64, TCGv_i64)
GEN_EXT(ext32u_i64, ext32u, I64, TCGv_i64)

void tcg_gen_extu_i32_i64(TCGv_i64 r, TCGv_i32 a) { op2(INDEX_op_extu_i32_i64, I64, r.idx, a.idx); }
void tcg_gen_ext_i32_i64(TCGv_i64 r, TCGv_i32 a) { op2(INDEX_op_ext_i32_i64, I64, r.idx, a.idx); }
void tcg_gen_extrl_i64_i32(TCGv_i32 r, TCGv_i64 a) { op2(INDEX_op_extrl_i64_i32, I32, r.idx, a.idx); }
void tcg_gen_extrh_i64_i32(TCGv_i32 r, TCGv_i64 a) { op2(INDEX_op_extrh_i64_i32, I32, r.idx, a.idx); }

static void check_field(unsigned pos, unsigned len, unsigned width)
{
    if (len == 0 || pos >= width || len > width - pos)
        tcg_internal_error("bit field pos %u len %u outside %u bits", pos, len, width);
}

void tcg_gen_deposit_i32(TCGv_i32 r, TCGv_i32 a, TCGv_i32 b, unsigned pos, unsigned len)
{ check_field(pos, len, 32); op5(INDEX_op_deposit, I32, r.idx, a.idx, b.idx, pos, len); }
void tcg_gen_deposit_i64(TCGv_i64 r, TCGv_i64 a, TCGv_i64 b, unsigned pos, unsigned len)
{ check_field(pos, len, 64); op5(INDEX_op_deposit, I64, r.idx, a.idx, b.idx, pos, len); }
void tcg_gen_extract_i32(TCGv_i32 r, TCGv_i32 a, unsigned pos, unsigned len)
{ check_field(pos, len, 32); op4(INDEX_op_extract, I32, r.idx, a.idx, pos, len); }
void tcg_gen_extract_i64(TCGv_i64 r, TCGv_i64 a, unsigned pos, unsigned len)
{ check_field(pos, len, 64); op4(INDEX_op_extract, I64, r.idx, a.idx, pos, len); }
void tcg_gen_sextract_i32(TCGv_i32 r, TCGv_i32 a, unsigned pos, unsigned len)
{ check_field(pos, len, 32); op4(INDEX_op_sextract, I32, r.idx, a.idx, pos, len); }
void tcg_gen_sextract_i64(TCGv_i64 r, TCGv_i64 a, unsigned pos, unsigned len)
{ check_field(pos, len, 64); op4(INDEX_op_sextract, I64, r.idx, a.idx, pos, len); }

void tcg_gen_setcond_i32(TCGCond c, TCGv_i32 r, TCGv_i32 a, TCGv_i32 b)
{ op4(INDEX_op_setcond, I32, r.idx, a.idx, b.idx, c); }
void tcg_gen_setcond_i64(TCGCond c, TCGv_i64 r, TCGv_i64 a, TCGv_i64 b)
{ op4(INDEX_op_setcond, I64, r.idx, a.idx, b.idx, c); }
void tcg_gen_setcondi_i32(TCGCond c, TCGv_i32 r, TCGv_i32 a, uint32_t b)
{ op4(INDEX_op_setcond, I32, r.idx, a.idx, tcg_constant_i32(b).idx, c); }
void tcg_gen_setcondi_i64(TCGCond c, TCGv_i64 r, TCGv_i64 a, uint64_t b)
{ op4(INDEX_op_setcond, I64, r.idx, a.idx, tcg_constant_i64(b).idx, c); }
void tcg_gen_movcond_i32(TCGCond c, TCGv_i32 r, TCGv_i32 c1, TCGv_i32 c2, TCGv_i32 v1, TCGv_i32 v2)
{ op6(INDEX_op_movcond, I32, r.idx, c1.idx, c2.idx, v1.idx, v2.idx, c); }
void tcg_gen_movcond_i64(TCGCond c, TCGv_i64 r, TCGv_i64 c1, TCGv_i64 c2, TCGv_i64 v1, TCGv_i64 v2)
{ op6(INDEX_op_movcond, I64, r.idx, c1.idx, c2.idx, v1.idx, v2.idx, c); }

static void label_ref(TCGLabelId l)
{
    if (l >= tcg_ctx->nb_labels)
        tcg_internal_error("branch to label %u that was never created", l);
    /* tcg_emit_op counts the reference. */
}

void tcg_gen_br(TCGLabelId l)
{
    label_ref(l);
    op1(INDEX_op_br, I32, l);
}
void tcg_gen_brcond_i32(TCGCond c, TCGv_i32 a, TCGv_i32 b, TCGLabelId l)
{
    label_ref(l);
    op4(INDEX_op_brcond, I32, a.idx, b.idx, c, l);
}
void tcg_gen_brcond_i64(TCGCond c, TCGv_i64 a, TCGv_i64 b, TCGLabelId l)
{
    label_ref(l);
    op4(INDEX_op_brcond, I64, a.idx, b.idx, c, l);
}
void tcg_gen_brcondi_i32(TCGCond c, TCGv_i32 a, uint32_t b, TCGLabelId l)
{
    tcg_gen_brcond_i32(c, a, tcg_constant_i32(b), l);
}
void tcg_gen_brcondi_i64(TCGCond c, TCGv_i64 a, uint64_t b, TCGLabelId l)
{
    tcg_gen_brcond_i64(c, a, tcg_constant_i64(b), l);
}

/* Host loads and stores: offsets are sign-extended 32-bit constants (as TCGArg). */
#define OFF(o) ((TCGArg)(uint64_t)(int64_t)(o))
#define GEN_LD(name, opc, T, TV) \
    void tcg_gen_##name(TV r, TCGv_ptr base, int32_t off) \
    { op3(INDEX_op_##opc, T, r.idx, base.idx, OFF(off)); }
#define GEN_ST(name, opc, T, TV) \
    void tcg_gen_##name(TV v, TCGv_ptr base, int32_t off) \
    { op3(INDEX_op_##opc, T, v.idx, base.idx, OFF(off)); }
GEN_LD(ld8u_i32, ld8u, I32, TCGv_i32)
GEN_LD(ld8s_i32, ld8s, I32, TCGv_i32)
GEN_LD(ld16u_i32, ld16u, I32, TCGv_i32)
GEN_LD(ld16s_i32, ld16s, I32, TCGv_i32)
GEN_LD(ld_i32, ld, I32, TCGv_i32)
GEN_ST(st8_i32, st8, I32, TCGv_i32)
GEN_ST(st16_i32, st16, I32, TCGv_i32)
GEN_ST(st_i32, st, I32, TCGv_i32)
GEN_LD(ld8u_i64, ld8u, I64, TCGv_i64)
GEN_LD(ld16u_i64, ld16u, I64, TCGv_i64)
GEN_LD(ld32u_i64, ld32u, I64, TCGv_i64)
GEN_LD(ld32s_i64, ld32s, I64, TCGv_i64)
GEN_LD(ld_i64, ld, I64, TCGv_i64)
GEN_ST(st8_i64, st8, I64, TCGv_i64)
GEN_ST(st16_i64, st16, I64, TCGv_i64)
GEN_ST(st32_i64, st32, I64, TCGv_i64)
GEN_ST(st_i64, st, I64, TCGv_i64)

static void check_memop(MemOp op, TCGType t, unsigned mmu_idx)
{
    if ((op & ~(MO_SIZE | MO_SIGN | MO_GUEST_FLAG | MO_ALIGN_16)) || mmu_idx > 0xffffff ||
        ((op & MO_ALIGN_16) && (op & MO_SIZE) < MO_64) ||
        (t == TCG_TYPE_I32 && (op & MO_SIZE) == MO_64))
        tcg_internal_error("bad guest memory op %#x for %s (mmu %u)", (unsigned)op,
                           t == TCG_TYPE_I32 ? "i32" : "i64", mmu_idx);
}

void tcg_gen_qemu_ld_i32(TCGv_i32 r, TCGv_i64 addr, unsigned mmu_idx, MemOp op)
{
    check_memop(op, I32, mmu_idx);
    op3(INDEX_op_qemu_ld, I32, r.idx, addr.idx, make_memop_idx(op, mmu_idx));
}
void tcg_gen_qemu_st_i32(TCGv_i32 v, TCGv_i64 addr, unsigned mmu_idx, MemOp op)
{
    check_memop(op, I32, mmu_idx);
    op3(INDEX_op_qemu_st, I32, v.idx, addr.idx, make_memop_idx(op, mmu_idx));
}
void tcg_gen_qemu_ld_i64(TCGv_i64 r, TCGv_i64 addr, unsigned mmu_idx, MemOp op)
{
    check_memop(op, I64, mmu_idx);
    op3(INDEX_op_qemu_ld, I64, r.idx, addr.idx, make_memop_idx(op, mmu_idx));
}
void tcg_gen_qemu_st_i64(TCGv_i64 v, TCGv_i64 addr, unsigned mmu_idx, MemOp op)
{
    check_memop(op, I64, mmu_idx);
    op3(INDEX_op_qemu_st, I64, v.idx, addr.idx, make_memop_idx(op, mmu_idx));
}

void tcg_gen_insn_start(uint64_t w0, uint64_t w1)
{
    TCGArg a[2] = { w0, w1 };
    tcg_emit_op(INDEX_op_insn_start, I32, 2, a);
}

void tcg_gen_goto_tb(unsigned n)
{
    if (n > 1)
        tcg_internal_error("goto_tb slot %u (only 0 and 1 exist)", n);
    op1(INDEX_op_goto_tb, I32, n);
}

int32_t tcg_budget_off = -1;

void tcg_gen_budget(int32_t off, uint32_t n, int32_t pc_off, uint64_t pc)
{
    if (tcg_ctx->nb_ops != 0)
        tcg_internal_error("budget must be a TB's first op");
    if (tcg_budget_off >= 0 && off != tcg_budget_off)
        tcg_internal_error("budget counters at env%+d and env%+d", tcg_budget_off, off);
    tcg_budget_off = off;
    op4(INDEX_op_budget, I64, (uint64_t)(int64_t)off, n, (uint64_t)(int64_t)pc_off, pc);
}

void tcg_gen_exit_tb(uintptr_t v)
{
    op1(INDEX_op_exit_tb, I64, v);
}

void tcg_gen_lookup_and_goto(void)
{
    tcg_gen_lookup_and_goto_hint(0);
}

void tcg_gen_lookup_and_goto_hint(unsigned hints)
{
    op1(INDEX_op_lookup_and_goto, I32, hints);
}

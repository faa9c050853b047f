/* The portable backend's code generator: turns the optimized IR of a TB into threaded
 * code for interp.c, resolving every temp to a byte offset from env (globals at their
 * field, TB temps at their frame slot) and constants to immediates where the handler has
 * an immediate form. Code lives in one arena that is flushed whole when full. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tcg/interp-internal.h"
#include "tcg/tlb.h"

#define ARENA_DEFAULT (64u << 20)

static char *arena;
static size_t arena_size = ARENA_DEFAULT, arena_top, arena_last;

void tcg_interp_set_buffer_size(size_t bytes)
{
    free(arena);
    arena = NULL;
    arena_size = bytes < 4096 ? 4096 : bytes;
    arena_top = arena_last = 0;
}

typedef struct Fixup { uint32_t word; uint32_t label; } Fixup;

typedef struct Gen {
    TCGContext *s;
    const void *const *h;
    IWord *code;          /* start of the TB's code words */
    uint32_t n, cap;      /* words used, words available */
    bool full;
    uint32_t *label_pos;  /* word index per label, UINT32_MAX until placed */
    Fixup *fix;
    uint32_t nfix, capfix;
    int32_t scratch[TCG_FRAME_SCRATCH_SLOTS];
} Gen;

static IWord overflow_sink[64];

static IWord *emit(Gen *g, uint32_t words)
{
    if (g->full || g->n + words > g->cap) {
        g->full = true;
        return overflow_sink;
    }
    IWord *w = g->code + g->n;
    g->n += words;
    return w;
}

static void emit_h(IWord *w, Gen *g, int hid)
{
    w[0].h = g->h[hid];
}

static int32_t temp_off(Gen *g, uint32_t idx)
{
    const TCGTemp *t = &g->s->temps[idx];
    switch (t->kind) {
    case TEMP_GLOBAL: return (int32_t)t->mem_offset;
    case TEMP_TB: return (int32_t)(g->s->frame_offset + 8 * (int64_t)t->frame_slot);
    default:
        tcg_internal_error("temp %u (kind %d) used where a variable is needed", idx, t->kind);
    }
}

static bool is_const(Gen *g, uint64_t idx) { return g->s->temps[idx].kind == TEMP_CONST; }
static uint64_t cval(Gen *g, uint64_t idx) { return g->s->temps[idx].val; }

/* The env offset holding the value of input temp idx; constants and env are first
 * copied into scratch slot k. */
static int32_t in_reg(Gen *g, uint64_t idx, unsigned k)
{
    const TCGTemp *t = &g->s->temps[idx];
    if (t->kind == TEMP_CONST) {
        IWord *w = emit(g, IW_MOVI);
        emit_h(w, g, t->type == TCG_TYPE_I32 ? H_movi_i32 : H_movi_i64);
        w[1].p.x = g->scratch[k];
        w[1].p.y = 0;
        w[2].u = t->val;
        return g->scratch[k];
    }
    if (t->kind == TEMP_ENV) {
        IWord *w = emit(g, 2);
        emit_h(w, g, H_movenv);
        w[1].p.x = g->scratch[k];
        w[1].p.y = 0;
        return g->scratch[k];
    }
    return temp_off(g, (uint32_t)idx);
}

/* A 64-bit address operand: an I32 temp is zero-extended into scratch slot k. */
static int32_t addr_reg(Gen *g, uint64_t idx, unsigned k)
{
    const TCGTemp *t = &g->s->temps[idx];
    if (t->type == TCG_TYPE_I32 && t->kind != TEMP_CONST) {
        IWord *w = emit(g, 2);
        emit_h(w, g, H_extu_i32_i64);
        w[1].p.x = g->scratch[k];
        w[1].p.y = temp_off(g, (uint32_t)idx);
        return g->scratch[k];
    }
    return in_reg(g, idx, k);
}

static void add_fixup(Gen *g, uint32_t word, uint64_t label)
{
    if (label >= g->s->nb_labels)
        tcg_internal_error("branch to unknown label %" PRIu64, label);
    if (g->nfix == g->capfix) {
        g->capfix = g->capfix ? g->capfix * 2 : 64;
        g->fix = realloc(g->fix, g->capfix * sizeof(Fixup));
        if (!g->fix)
            tcg_internal_error("out of memory");
    }
    g->fix[g->nfix++] = (Fixup){ word, (uint32_t)label };
}

static void emit_mov(Gen *g, TCGType type, uint64_t d, uint64_t a)
{
    if (d == a)
        return;
    const TCGTemp *t = &g->s->temps[a];
    int32_t dst = temp_off(g, (uint32_t)d);
    if (t->kind == TEMP_CONST) {
        IWord *w = emit(g, IW_MOVI);
        emit_h(w, g, type == TCG_TYPE_I32 ? H_movi_i32 : H_movi_i64);
        w[1].p.x = dst;
        w[1].p.y = 0;
        w[2].u = t->val;
    } else if (t->kind == TEMP_ENV) {
        IWord *w = emit(g, 2);
        emit_h(w, g, H_movenv);
        w[1].p.x = dst;
        w[1].p.y = 0;
    } else {
        IWord *w = emit(g, IW_UN);
        emit_h(w, g, type == TCG_TYPE_I32 ? H_mov_i32 : H_mov_i64);
        w[1].p.x = dst;
        w[1].p.y = temp_off(g, (uint32_t)a);
    }
}

static int bin_base(TCGOpcode opc)
{
    switch (opc) {
#define BIN_CASE(X, op) case INDEX_op_##op: return H_##op##_rr_i32;
        INTERP_BINOPS(BIN_CASE, _)
#undef BIN_CASE
    default: return -1;
    }
}

static int un_base(TCGOpcode opc)
{
    switch (opc) {
#define UN_CASE(X, op) case INDEX_op_##op: return H_##op##_i32;
        INTERP_UNOPS(UN_CASE, _)
#undef UN_CASE
    default: return -1;
    }
}

static int ld_base(TCGOpcode opc)
{
    switch (opc) {
#define LD_CASE(X, op) case INDEX_op_##op: return H_##op##_env_i32;
        INTERP_LDS(LD_CASE, _)
#undef LD_CASE
    default: return -1;
    }
}

static bool commutative(TCGOpcode opc)
{
    return opc == INDEX_op_add || opc == INDEX_op_mul || opc == INDEX_op_and ||
           opc == INDEX_op_or || opc == INDEX_op_xor;
}

static TCGCond swap_cond(TCGCond c)
{
    switch (c) {
    case TCG_COND_LT: return TCG_COND_GT;
    case TCG_COND_GT: return TCG_COND_LT;
    case TCG_COND_LE: return TCG_COND_GE;
    case TCG_COND_GE: return TCG_COND_LE;
    case TCG_COND_LTU: return TCG_COND_GTU;
    case TCG_COND_GTU: return TCG_COND_LTU;
    case TCG_COND_LEU: return TCG_COND_GEU;
    case TCG_COND_GEU: return TCG_COND_LEU;
    default: return c;
    }
}

/* Handler of condition c for the cond group member at offset k:
 * 0..3 setcond rr/ri i32/i64, 4..7 brcond, 8..9 movcond i32/i64. */
static int cond_handler(TCGCond c, int k)
{
    if (c < TCG_COND_EQ || c > TCG_COND_TSTNE)
        tcg_internal_error("condition %d", (int)c);
    return H_setcond_eq_rr_i32 + (int)(c - TCG_COND_EQ) * 10 + k;
}

static void gen_bin(Gen *g, const TCGOp *op, int base)
{
    const TCGArg *a = op->args;
    uint64_t x = a[1], y = a[2];
    int t64 = op->type == TCG_TYPE_I64 ? 2 : 0;
    if (is_const(g, x) && !is_const(g, y) && commutative(op->opc)) {
        uint64_t tmp = x;
        x = y;
        y = tmp;
    }
    int32_t ax = in_reg(g, x, 0);
    IWord *w;
    if (is_const(g, y)) {
        w = emit(g, IW_BIN);
        emit_h(w, g, base + t64 + 1);
        w[2].u = cval(g, y);
    } else {
        int32_t ay = in_reg(g, y, 1);
        w = emit(g, IW_BIN);
        emit_h(w, g, base + t64);
        w[2].p.x = ay;
        w[2].p.y = 0;
    }
    w[1].p.x = temp_off(g, (uint32_t)a[0]);
    w[1].p.y = ax;
}

static void gen_setcond(Gen *g, const TCGOp *op)
{
    const TCGArg *a = op->args;
    TCGCond c = (TCGCond)a[3];
    uint64_t x = a[1], y = a[2];
    int t64 = op->type == TCG_TYPE_I64 ? 2 : 0;
    if (c == TCG_COND_ALWAYS || c == TCG_COND_NEVER) {
        IWord *w = emit(g, IW_MOVI);
        emit_h(w, g, t64 ? H_movi_i64 : H_movi_i32);
        w[1].p.x = temp_off(g, (uint32_t)a[0]);
        w[1].p.y = 0;
        w[2].u = c == TCG_COND_ALWAYS;
        return;
    }
    if (is_const(g, x) && !is_const(g, y)) {
        uint64_t tmp = x;
        x = y;
        y = tmp;
        c = swap_cond(c);
    }
    int32_t ax = in_reg(g, x, 0);
    IWord *w;
    if (is_const(g, y)) {
        w = emit(g, 3);
        emit_h(w, g, cond_handler(c, t64 + 1));
        w[2].u = cval(g, y);
    } else {
        int32_t ay = in_reg(g, y, 1);
        w = emit(g, 3);
        emit_h(w, g, cond_handler(c, t64));
        w[2].p.x = ay;
        w[2].p.y = 0;
    }
    w[1].p.x = temp_off(g, (uint32_t)a[0]);
    w[1].p.y = ax;
}

static void gen_br(Gen *g, uint64_t label)
{
    IWord *w = emit(g, 2);
    emit_h(w, g, H_br);
    if (!g->full)
        add_fixup(g, (uint32_t)(w + 1 - g->code), label);
}

static void gen_brcond(Gen *g, const TCGOp *op)
{
    const TCGArg *a = op->args;
    TCGCond c = (TCGCond)a[2];
    uint64_t x = a[0], y = a[1];
    int t64 = op->type == TCG_TYPE_I64 ? 2 : 0;
    if (c == TCG_COND_NEVER)
        return;
    if (c == TCG_COND_ALWAYS) {
        gen_br(g, a[3]);
        return;
    }
    if (is_const(g, x) && !is_const(g, y)) {
        uint64_t tmp = x;
        x = y;
        y = tmp;
        c = swap_cond(c);
    }
    int32_t ax = in_reg(g, x, 0);
    IWord *w;
    if (is_const(g, y)) {
        w = emit(g, IW_BRCOND_RI);
        emit_h(w, g, cond_handler(c, 4 + t64 + 1));
        w[1].p.x = ax;
        w[1].p.y = 0;
        w[2].u = cval(g, y);
        if (!g->full)
            add_fixup(g, (uint32_t)(w + 3 - g->code), a[3]);
    } else {
        int32_t ay = in_reg(g, y, 1);
        w = emit(g, IW_BRCOND_RR);
        emit_h(w, g, cond_handler(c, 4 + t64));
        w[1].p.x = ax;
        w[1].p.y = ay;
        if (!g->full)
            add_fixup(g, (uint32_t)(w + 2 - g->code), a[3]);
    }
}

static void gen_movcond(Gen *g, const TCGOp *op)
{
    const TCGArg *a = op->args;
    TCGCond c = (TCGCond)a[5];
    if (c == TCG_COND_ALWAYS || c == TCG_COND_NEVER || a[3] == a[4]) {
        emit_mov(g, (TCGType)op->type, a[0], c == TCG_COND_NEVER ? a[4] : a[3]);
        return;
    }
    int32_t c1 = in_reg(g, a[1], 0), c2 = in_reg(g, a[2], 1);
    int32_t v1 = in_reg(g, a[3], 2), v2 = in_reg(g, a[4], 3);
    IWord *w = emit(g, 4);
    emit_h(w, g, cond_handler(c, 8 + (op->type == TCG_TYPE_I64)));
    w[1].p.x = temp_off(g, (uint32_t)a[0]);
    w[1].p.y = c1;
    w[2].p.x = c2;
    w[2].p.y = v1;
    w[3].p.x = v2;
    w[3].p.y = 0;
}

static void gen_host_ld(Gen *g, const TCGOp *op, int base)
{
    const TCGArg *a = op->args;
    int t64 = op->type == TCG_TYPE_I64 ? 2 : 0;
    int32_t dst = temp_off(g, (uint32_t)a[0]);
    int64_t off = (int64_t)a[2];
    if (g->s->temps[a[1]].kind == TEMP_ENV && off == (int32_t)off) {
        IWord *w = emit(g, 2);
        emit_h(w, g, base + t64);
        w[1].p.x = dst;
        w[1].p.y = (int32_t)off;
    } else {
        int32_t b = in_reg(g, a[1], 0);
        IWord *w = emit(g, 3);
        emit_h(w, g, base + t64 + 1);
        w[1].p.x = dst;
        w[1].p.y = b;
        w[2].s = off;
    }
}

static void gen_host_st(Gen *g, const TCGOp *op)
{
    const TCGArg *a = op->args;
    int hid;
    switch (op->opc) {
    case INDEX_op_st8: hid = H_st8_env; break;
    case INDEX_op_st16: hid = H_st16_env; break;
    case INDEX_op_st32: hid = H_st32_env; break;
    default: hid = op->type == TCG_TYPE_I32 ? H_st32_env : H_st64_env; break;
    }
    int32_t v = in_reg(g, a[0], 0);
    int64_t off = (int64_t)a[2];
    if (g->s->temps[a[1]].kind == TEMP_ENV && off == (int32_t)off) {
        IWord *w = emit(g, 2);
        emit_h(w, g, hid);
        w[1].p.x = v;
        w[1].p.y = (int32_t)off;
    } else {
        int32_t b = in_reg(g, a[1], 1);
        IWord *w = emit(g, 3);
        emit_h(w, g, hid + 1);
        w[1].p.x = v;
        w[1].p.y = b;
        w[2].s = off;
    }
}

static int32_t tlb_table_off(MemOpIdx oi)
{
    unsigned mmu = get_mmuidx(oi);
    if (mmu >= TCG_MAX_MMU_MODES)
        tcg_internal_error("MMU index %u out of range", mmu);
    if (!tcg_mem_hooks.load || !tcg_mem_hooks.store)
        tcg_internal_error("guest memory op before tcg_set_tlb()");
    return (int32_t)(tcg_tlb_env_offset + (int64_t)mmu * (int64_t)sizeof(TCGTLBTable));
}

/* MO_ALIGN_16: a check before the access, which goes to the guest's hook (it raises)
 * when the address is not a multiple of 16. [h][addr, oi] */
static void gen_qemu_align(Gen *g, MemOpIdx oi, int32_t addr)
{
    if (!(get_memop(oi) & MO_ALIGN_16))
        return;
    IWord *w = emit(g, 2);
    emit_h(w, g, H_qalign16);
    w[1].p.x = addr;
    w[1].p.y = (int32_t)oi;
}

static void gen_qemu_ld(Gen *g, const TCGOp *op)
{
    const TCGArg *a = op->args;
    MemOpIdx oi = (MemOpIdx)a[2];
    MemOp mo = get_memop(oi);
    int32_t addr = addr_reg(g, a[1], 1);
    gen_qemu_align(g, oi, addr);
    IWord *w = emit(g, 3);
    emit_h(w, g, H_qld_ub_i32 + 2 * (int)(mo & 7) + (op->type == TCG_TYPE_I64));
    w[1].p.x = temp_off(g, (uint32_t)a[0]);
    w[1].p.y = addr;
    w[2].p.x = tlb_table_off(oi);
    w[2].p.y = (int32_t)oi;
}

static void gen_qemu_st(Gen *g, const TCGOp *op)
{
    const TCGArg *a = op->args;
    MemOpIdx oi = (MemOpIdx)a[2];
    MemOp mo = get_memop(oi);
    int32_t v = in_reg(g, a[0], 0);
    int32_t addr = addr_reg(g, a[1], 1);
    gen_qemu_align(g, oi, addr);
    IWord *w = emit(g, 3);
    emit_h(w, g, H_qst_8_i32 + 2 * (int)(mo & MO_SIZE) + (op->type == TCG_TYPE_I64));
    w[1].p.x = v;
    w[1].p.y = addr;
    w[2].p.x = tlb_table_off(oi);
    w[2].p.y = (int32_t)oi;
}

static void gen_call(Gen *g, const TCGOp *op)
{
    TCGHelperInfo *info = tcg_call_info(op);
    unsigned nargs = op->nargs - 2u, nconst = 0;
    bool direct = info->call != NULL && !interp_force_ffi;
    interp_helper_cif(info); /* also checks the descriptor */
    for (unsigned i = 0; i < nargs; i++)
        nconst += is_const(g, op->args[1 + i]);
    unsigned words = 3 + nargs + nconst;
    IWord *w = emit(g, words);
    emit_h(w, g, direct ? H_call_direct : H_call);
    w[1].ptr = info;
    unsigned rk = 0;
    int32_t roff = 0;
    if (op->args[0] != TCG_NO_TEMP) {
        roff = temp_off(g, (uint32_t)op->args[0]);
        rk = info->ret == TCG_HT_I32 || info->ret == TCG_HT_S32 ? 1 : 2;
    }
    w[2].p.x = roff;
    w[2].p.y = (int32_t)(rk | nargs << 4 | words << 8);
    unsigned cslot = 3 + nargs;
    for (unsigned i = 0; i < nargs; i++) {
        uint64_t t = op->args[1 + i];
        const TCGTemp *tp = &g->s->temps[t];
        if (tp->kind == TEMP_CONST) {
            uint64_t v = tp->val;
            w[cslot].u = v;
            w[3 + i].p.x = (int32_t)cslot++;
            w[3 + i].p.y = 1;
        } else if (tp->kind == TEMP_ENV) {
            w[3 + i].p.x = 0;
            w[3 + i].p.y = 2;
        } else {
            w[3 + i].p.x = temp_off(g, (uint32_t)t);
            w[3 + i].p.y = 0; /* the stub or libffi narrows it to the helper's type */
        }
    }
}

static void gen_op(Gen *g, const TCGOp *op)
{
    const TCGArg *a = op->args;
    TCGOpcode opc = (TCGOpcode)op->opc;
    int t64 = op->type == TCG_TYPE_I64;
    int base;
    IWord *w;

    if (opc == INDEX_op_mov) {
        emit_mov(g, (TCGType)op->type, a[0], a[1]);
        return;
    }
    if ((base = bin_base(opc)) >= 0) {
        gen_bin(g, op, base);
        return;
    }
    if ((base = un_base(opc)) >= 0) {
        int32_t x = in_reg(g, a[1], 0);
        w = emit(g, IW_UN);
        emit_h(w, g, base + t64);
        w[1].p.x = temp_off(g, (uint32_t)a[0]);
        w[1].p.y = x;
        return;
    }
    if ((base = ld_base(opc)) >= 0) {
        gen_host_ld(g, op, base);
        return;
    }
    switch (opc) {
    case INDEX_op_extu_i32_i64:
    case INDEX_op_ext_i32_i64:
    case INDEX_op_extrl_i64_i32:
    case INDEX_op_extrh_i64_i32: {
        static const int hid[] = { H_extu_i32_i64, H_ext_i32_i64, H_extrl, H_extrh };
        int32_t x = in_reg(g, a[1], 0);
        w = emit(g, 2);
        emit_h(w, g, hid[opc - INDEX_op_extu_i32_i64]);
        w[1].p.x = temp_off(g, (uint32_t)a[0]);
        w[1].p.y = x;
        return;
    }
    case INDEX_op_mulu2:
    case INDEX_op_muls2: {
        int32_t x = in_reg(g, a[2], 0), y = in_reg(g, a[3], 1);
        w = emit(g, 3);
        emit_h(w, g, (opc == INDEX_op_mulu2 ? H_mulu2_i32 : H_muls2_i32) + t64);
        w[1].p.x = temp_off(g, (uint32_t)a[0]);
        w[1].p.y = temp_off(g, (uint32_t)a[1]);
        w[2].p.x = x;
        w[2].p.y = y;
        return;
    }
    case INDEX_op_deposit: {
        unsigned pos = (unsigned)a[3], len = (unsigned)a[4];
        int32_t x = in_reg(g, a[1], 0), y = in_reg(g, a[2], 1);
        uint64_t m = (len >= 64 ? ~0ull : (1ull << len) - 1) << pos;
        w = emit(g, 4);
        emit_h(w, g, H_deposit_i32 + t64);
        w[1].p.x = temp_off(g, (uint32_t)a[0]);
        w[1].p.y = x;
        w[2].p.x = y;
        w[2].p.y = (int32_t)pos;
        w[3].u = t64 ? m : (uint32_t)m;
        return;
    }
    case INDEX_op_extract:
    case INDEX_op_sextract: {
        unsigned pos = (unsigned)a[2], len = (unsigned)a[3], width = t64 ? 64 : 32;
        int32_t x = in_reg(g, a[1], 0);
        w = emit(g, 3);
        emit_h(w, g, (opc == INDEX_op_extract ? H_extract_i32 : H_sextract_i32) + t64);
        w[1].p.x = temp_off(g, (uint32_t)a[0]);
        w[1].p.y = x;
        w[2].p.x = (int32_t)(width - pos - len);
        w[2].p.y = (int32_t)(width - len);
        return;
    }
    case INDEX_op_setcond: gen_setcond(g, op); return;
    case INDEX_op_movcond: gen_movcond(g, op); return;
    case INDEX_op_brcond: gen_brcond(g, op); return;
    case INDEX_op_br: gen_br(g, a[0]); return;
    case INDEX_op_st8:
    case INDEX_op_st16:
    case INDEX_op_st32:
    case INDEX_op_st: gen_host_st(g, op); return;
    case INDEX_op_qemu_ld: gen_qemu_ld(g, op); return;
    case INDEX_op_qemu_st: gen_qemu_st(g, op); return;
    case INDEX_op_call: gen_call(g, op); return;
    case INDEX_op_discard: return;
    case INDEX_op_goto_tb:
        w = emit(g, 2);
        emit_h(w, g, H_goto_tb);
        w[1].u = a[0];
        return;
    case INDEX_op_exit_tb:
        w = emit(g, 2);
        emit_h(w, g, H_exit_tb);
        w[1].u = a[0];
        return;
    case INDEX_op_budget:
        w = emit(g, 4);
        emit_h(w, g, H_budget);
        w[1].p.x = (int32_t)a[0];
        w[1].p.y = (int32_t)a[1];
        w[2].s = (int64_t)a[2];
        w[3].u = a[3];
        return;
    case INDEX_op_lookup_and_goto:
        w = emit(g, 1);
        emit_h(w, g, H_lookup_and_goto);
        return;
    default:
        tcg_internal_error("interpreter cannot run op %s", tcg_op_defs[opc].name);
    }
}

int interp_gen_code(TCGContext *s, TranslationBlock *tb)
{
    static Gen g;
    if (!arena) {
        arena = malloc(arena_size);
        if (!arena)
            tcg_internal_error("cannot allocate %zu bytes of interpreter code buffer",
                               arena_size);
        arena_top = arena_last = 0;
    }
    static InterpInsn *insns;
    static uint32_t insns_cap;
    uint32_t nb_insns = 0;
    for (uint32_t i = 0; i < s->nb_ops; i++)
        nb_insns += s->ops[i].opc == INDEX_op_insn_start;
    if (nb_insns > insns_cap) {
        insns_cap = nb_insns * 2;
        insns = realloc(insns, insns_cap * sizeof(InterpInsn));
        if (!insns)
            tcg_internal_error("out of memory");
    }

    /* Layout: header, code words, then the insn table (copied once the code's size is
     * known). */
    size_t start = (arena_top + 15) & ~(size_t)15;
    size_t table_bytes = (size_t)nb_insns * sizeof(InterpInsn);
    if (start + sizeof(InterpTB) + table_bytes + 64 > arena_size)
        return -1;
    InterpTB *it = (InterpTB *)(arena + start);

    g.s = s;
    g.h = interp_handler_table();
    g.code = it->code;
    g.cap = (uint32_t)((arena_size - (start + sizeof(InterpTB) + table_bytes)) / sizeof(IWord));
    g.n = 0;
    g.full = false;
    g.nfix = 0;
    g.label_pos = realloc(g.label_pos, (s->nb_labels + 1) * sizeof(uint32_t));
    if (!g.label_pos)
        tcg_internal_error("out of memory");
    for (uint32_t i = 0; i < s->nb_labels; i++)
        g.label_pos[i] = UINT32_MAX;
    uint32_t first = s->frame_size / 8 - TCG_FRAME_SCRATCH_SLOTS;
    for (unsigned k = 0; k < TCG_FRAME_SCRATCH_SLOTS; k++)
        g.scratch[k] = (int32_t)(s->frame_offset + 8 * (int64_t)(first + k));

    uint32_t ninsn = 0;
    bool code_may_change = false;
    for (uint32_t i = 0; i < s->nb_ops && !g.full; i++) {
        const TCGOp *op = &s->ops[i];
        if (op->opc == INDEX_op_insn_start) {
            insns[ninsn].pos = g.n;
            insns[ninsn].pad = 0;
            insns[ninsn].data[0] = op->args[0];
            insns[ninsn].data[1] = op->args[1];
            ninsn++;
            /* The rule both sides follow: see tcg_op_may_modify_code(). */
            if (code_may_change) {
                IWord *w = emit(&g, 1);
                emit_h(w, &g, H_insn_check);
                code_may_change = false;
            }
            continue;
        }
        if (op->opc == INDEX_op_set_label) {
            if (op->args[0] >= s->nb_labels)
                tcg_internal_error("set_label of unknown label");
            g.label_pos[op->args[0]] = g.n;
            continue;
        }
        if (tcg_op_may_modify_code(op))
            code_may_change = true;
        gen_op(&g, op);
    }
    IWord *w = emit(&g, 1);
    emit_h(w, &g, H_fell_off);
    if (g.full)
        return -1;
    for (uint32_t i = 0; i < g.nfix; i++) {
        uint32_t pos = g.label_pos[g.fix[i].label];
        if (pos == UINT32_MAX)
            tcg_internal_error("branch to label %u that is never placed", g.fix[i].label);
        g.code[g.fix[i].word].target = &g.code[pos];
    }
    InterpInsn *table = (InterpInsn *)(g.code + g.n);
    if (table_bytes)
        memcpy(table, insns, table_bytes);
    it->nb_insns = ninsn;
    it->nb_words = g.n;
    it->insns = table;
    arena_last = start;
    arena_top = (size_t)((char *)(table + ninsn) - arena);
    tb->code = it;
    tb->code_size = (uint32_t)(arena_top - start);
    return 0;
}

void interp_release(TranslationBlock *tb)
{
    /* Only the newest TB's code can be given back; the rest goes at the next flush. */
    if (tb->code && (char *)tb->code == arena + arena_last && arena_top > arena_last) {
        arena_top = arena_last;
    }
    tb->code = NULL;
}

void interp_flush(void)
{
    arena_top = arena_last = 0;
}

void interp_dump(TranslationBlock *tb, void (*print)(void *, const char *), void *opaque)
{
    const InterpTB *it = tb->code;
    char line[96];
    if (!it)
        return;
    snprintf(line, sizeof(line), "interp: %u words, %u insns, %u bytes", it->nb_words,
             it->nb_insns, tb->code_size);
    print(opaque, line);
}

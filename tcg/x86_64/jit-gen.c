/* Host code for the IR's arithmetic, bit-field, comparison and branch ops (both types).
 * x86 ALU instructions are two-address, so an op's result register is its first input's
 * register when that input dies here (or is the output itself), else a copy; constants
 * become immediates wherever an encoding takes one. Semantics: tcg/README.md, with
 * tcg/tcg-eval.c as the reference for the edge cases (shift counts masked, division by
 * zero and the overflowing signed division defined as the interpreter defines them). */
#include "tcg/x86_64/jit-internal.h"

#define ALL JIT_ALLOCATABLE
#define M(r) JIT_REGMASK(r)

static bool is64(const TCGOp *op) { return op->type == TCG_TYPE_I64; }

/* An immediate operand for a 32-bit op (any value) or a 64-bit one (sign-extended). */
static bool imm_ok(bool w, uint64_t v) { return !w || jit_fits_s32((int64_t)v); }

/* A register holding a's value that the op may overwrite and then bind to its output:
 * a's own register when a dies here (input number a_in) or is the output, else a copy. */
static int dest_from(JitGen *g, uint32_t out, uint32_t a, int a_in, uint16_t avoid)
{
    const JitTemp *x = &g->t[a];
    bool own = (a == out) || (a_in >= 0 && jit_in_dies(g, (unsigned)a_in));
    if (own && (x->is_tb || x->is_global))
        return jit_load(g, a, ALL & ~avoid);
    int r = jit_alloc(g, ALL & ~avoid);
    jit_load_into(g, &g->hot, r, a, false);
    return r;
}

/* ---- comparisons ---- */

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

static int cond_cc(TCGCond c)
{
    static const int cc[] = {
        [TCG_COND_EQ] = JIT_CC_E, [TCG_COND_NE] = JIT_CC_NE,
        [TCG_COND_LT] = JIT_CC_L, [TCG_COND_GE] = JIT_CC_GE,
        [TCG_COND_LE] = JIT_CC_LE, [TCG_COND_GT] = JIT_CC_G,
        [TCG_COND_LTU] = JIT_CC_B, [TCG_COND_GEU] = JIT_CC_AE,
        [TCG_COND_LEU] = JIT_CC_BE, [TCG_COND_GTU] = JIT_CC_A,
        [TCG_COND_TSTEQ] = JIT_CC_E, [TCG_COND_TSTNE] = JIT_CC_NE,
    };
    if (c < TCG_COND_EQ || c > TCG_COND_TSTNE)
        tcg_internal_error("JIT: condition %d", (int)c);
    return cc[c];
}

/* The operands of one compare, loaded before anything that must not disturb the flags
 * (block-end stores are plain moves, so they may sit between). */
typedef struct Cmp {
    bool w, imm, test;
    int ra, rb;
    int32_t v;
    TCGCond c;
} Cmp;

static Cmp cmp_prepare(JitGen *g, bool w, TCGCond c, uint32_t a, uint32_t b)
{
    Cmp k = { .w = w, .c = c, .rb = JIT_NOREG };
    if (jit_is_const(g, a) && !jit_is_const(g, b)) {
        uint32_t t = a;
        a = b;
        b = t;
        k.c = swap_cond(c);
    }
    k.test = k.c == TCG_COND_TSTEQ || k.c == TCG_COND_TSTNE;
    k.ra = jit_load(g, a, ALL);
    if (jit_is_const(g, b) && imm_ok(w, jit_const(g, b))) {
        k.imm = true;
        k.v = (int32_t)jit_const(g, b);
    } else {
        k.rb = jit_load(g, b, ALL);
    }
    return k;
}

/* Emits the compare; returns the x86 condition that holds when c does. */
static int cmp_emit(JitGen *g, const Cmp *k)
{
    JitBuf *b = &g->hot;
    unsigned w = k->w ? JOPC_W : 0;
    if (k->imm) {
        if (k->test) {
            jit_op_rr(b, JOP_GRP3_Ev | w, JIT_G3_TEST, k->ra);
            jit_emit32(b, (uint32_t)k->v);
        } else if (k->v == 0) {
            /* TEST r,r leaves the same ZF SF and clears CF OF as CMP r,0 does. */
            jit_op_rr(b, JOP_TEST_EvGv | w, k->ra, k->ra);
        } else {
            jit_alu_ri(b, k->w, JIT_ALU_CMP, k->ra, k->v);
        }
    } else if (k->test) {
        jit_op_rr(b, JOP_TEST_EvGv | w, k->rb, k->ra);
    } else {
        jit_alu_rr(b, k->w, JIT_ALU_CMP, k->ra, k->rb);
    }
    return cond_cc(k->c);
}

static void gen_setcond(JitGen *g, const TCGOp *op)
{
    const TCGArg *a = op->args;
    TCGCond c = (TCGCond)a[3];
    if (c == TCG_COND_ALWAYS || c == TCG_COND_NEVER) {
        jit_set_const(g, (uint32_t)a[0], c == TCG_COND_ALWAYS);
        return;
    }
    Cmp k = cmp_prepare(g, is64(op), c, (uint32_t)a[1], (uint32_t)a[2]);
    int r = jit_alloc(g, ALL);
    jit_op_rr(&g->hot, JOP_ALU_EvGv(JIT_ALU_XOR), r, r);
    int cc = cmp_emit(g, &k);
    jit_op_rr(&g->hot, JOP_SETCC | (unsigned)cc, 0, r);
    jit_bind(g, (uint32_t)a[0], r);
}

static void gen_movcond(JitGen *g, const TCGOp *op)
{
    const TCGArg *a = op->args;
    TCGCond c = (TCGCond)a[5];
    uint32_t v1 = (uint32_t)a[3], v2 = (uint32_t)a[4];
    if (c == TCG_COND_NEVER || c == TCG_COND_ALWAYS || v1 == v2) {
        uint32_t src = c == TCG_COND_NEVER ? v2 : v1;
        if (jit_is_const(g, src)) {
            jit_set_const(g, (uint32_t)a[0], jit_const(g, src));
        } else {
            int r = dest_from(g, (uint32_t)a[0], src, c == TCG_COND_NEVER ? 3 : 2, 0);
            jit_bind(g, (uint32_t)a[0], r);
        }
        return;
    }
    Cmp k = cmp_prepare(g, is64(op), c, (uint32_t)a[1], (uint32_t)a[2]);
    int rv1 = jit_load(g, v1, ALL);
    int r = jit_alloc(g, ALL);
    jit_load_into(g, &g->hot, r, v2, false);
    int cc = cmp_emit(g, &k);
    jit_op_rr(&g->hot, (JOP_CMOVCC | (unsigned)cc) | (is64(op) ? JOPC_W : 0), r, rv1);
    jit_bind(g, (uint32_t)a[0], r);
}

static void jump_to_label(JitGen *g, uint32_t at, uint64_t label)
{
    if (label >= g->s->nb_labels)
        tcg_internal_error("JIT: branch to unknown label %llu", (unsigned long long)label);
    if (g->label_off[label] >= 0)
        jit_patch_rel32(&g->hot, at, g->hot.rx_base + (uintptr_t)g->label_off[label]);
    else
        jit_fix_add(&g->lfix, &g->nlfix, &g->caplfix, at, (uint32_t)label);
}

/* A TB's closing branch: both its fall-through and its target start with goto_tb.
 * Returns the target's set_label op, or UINT32_MAX. */
static uint32_t ends_tb_both_ways(const JitGen *g, TCGArg label)
{
    const TCGContext *s = g->s;
    uint32_t i = g->op_no + 1;
    if (i >= s->nb_ops || s->ops[i].opc != INDEX_op_goto_tb)
        return UINT32_MAX;
    for (; i + 1 < s->nb_ops; i++)
        if (s->ops[i].opc == INDEX_op_set_label && s->ops[i].args[0] == label)
            return s->ops[i + 1].opc == INDEX_op_goto_tb ? i : UINT32_MAX;
    return UINT32_MAX;
}

static void gen_brcond(JitGen *g, const TCGOp *op)
{
    const TCGArg *a = op->args;
    TCGCond c = (TCGCond)a[2];
    bool inherit = jit_label_inherits(g, a[3]);
    if (c == TCG_COND_NEVER) {
        if (!inherit)
            jit_sync_bb(g, false);
        return;
    }
    if (c == TCG_COND_ALWAYS) {
        if (!inherit)
            jit_sync_bb(g, true);
        jump_to_label(g, jit_jmp32(&g->hot), a[3]);
        return;
    }
    Cmp k = cmp_prepare(g, is64(op), c, (uint32_t)a[0], (uint32_t)a[1]);
    /* Both successors find every live value in its home, unless the label inherits
     * this state; the fall-through path keeps the registers either way. */
    uint32_t closing = inherit ? ends_tb_both_ways(g, a[3]) : UINT32_MAX;
    if (!inherit)
        jit_sync_bb(g, false);
    else if (closing != UINT32_MAX)
        jit_sync_globals(g, &g->hot); /* once here, not at each goto_tb (stores: flags kept) */
    int cc = cmp_emit(g, &k);
    uint32_t at = jit_jcc32(&g->hot, cc);
    jump_to_label(g, at, a[3]);
    if (closing != UINT32_MAX) { /* gen_goto_tb may chain this branch itself */
        g->jcc_at = at;
        g->jcc_label_op = closing;
    }
}

static void gen_br(JitGen *g, const TCGOp *op)
{
    if (!jit_label_inherits(g, op->args[0]))
        jit_sync_bb(g, true);
    jump_to_label(g, jit_jmp32(&g->hot), op->args[0]);
}

/* ---- binary ops ---- */

static bool commutative(unsigned opc)
{
    return opc == INDEX_op_add || opc == INDEX_op_mul || opc == INDEX_op_and ||
           opc == INDEX_op_or || opc == INDEX_op_xor;
}

static int alu_of(unsigned opc)
{
    switch (opc) {
    case INDEX_op_add: return JIT_ALU_ADD;
    case INDEX_op_sub: return JIT_ALU_SUB;
    case INDEX_op_and: return JIT_ALU_AND;
    case INDEX_op_or: return JIT_ALU_OR;
    case INDEX_op_xor: return JIT_ALU_XOR;
    default: return -1;
    }
}

static int shift_of(unsigned opc)
{
    switch (opc) {
    case INDEX_op_shl: return JIT_SH_SHL;
    case INDEX_op_shr: return JIT_SH_SHR;
    case INDEX_op_sar: return JIT_SH_SAR;
    case INDEX_op_rotl: return JIT_SH_ROL;
    case INDEX_op_rotr: return JIT_SH_ROR;
    default: return -1;
    }
}

/* and with a mask that a zero-extending move does better. */
static bool and_as_ext(JitGen *g, bool w, uint32_t out, uint32_t a, int ai, uint64_t m)
{
    unsigned opc;
    if (m == 0xff)
        opc = JOP_MOVZBL;
    else if (m == 0xffff)
        opc = JOP_MOVZWL;
    else if (m == 0xffffffffull && w)
        opc = JOP_MOV_EvGv;
    else
        return false;
    int ra = jit_load(g, a, ALL);
    int r = (jit_in_dies(g, (unsigned)ai) || a == out) ? ra : jit_alloc(g, ALL);
    if (opc == JOP_MOV_EvGv)
        jit_op_rr(&g->hot, opc, ra, r);
    else
        jit_op_rr(&g->hot, opc, r, ra);
    jit_bind(g, out, r);
    return true;
}

static void gen_alu(JitGen *g, const TCGOp *op)
{
    unsigned opc = op->opc;
    bool w = is64(op);
    uint32_t out = (uint32_t)op->args[0], a = (uint32_t)op->args[1], b = (uint32_t)op->args[2];
    int ai = 0;
    /* Put a constant second, and prefer overwriting an input that dies or is the output. */
    if (commutative(opc) &&
        ((jit_is_const(g, a) && !jit_is_const(g, b)) ||
         (b == out && a != out) ||
         (!jit_in_dies(g, 0) && a != out && jit_in_dies(g, 1) && !jit_is_const(g, b)))) {
        uint32_t t = a;
        a = b;
        b = t;
        ai = 1;
    }
    int aop = alu_of(opc);
    if (jit_is_const(g, b) && imm_ok(w, jit_const(g, b))) {
        uint64_t v = jit_const(g, b);
        int32_t imm = (int32_t)v;
        if (opc == INDEX_op_and && and_as_ext(g, w, out, a, ai, w ? v : (uint32_t)v))
            return;
        if (opc == INDEX_op_mul) {
            int ra = jit_load(g, a, ALL);
            int r = jit_in_dies(g, (unsigned)ai) || a == out ? ra : jit_alloc(g, ALL);
            unsigned ww = w ? JOPC_W : 0;
            if (imm == (int8_t)imm) {
                jit_op_rr(&g->hot, JOP_IMUL_GvEvIb | ww, r, ra);
                jit_emit8(&g->hot, (uint8_t)imm);
            } else {
                jit_op_rr(&g->hot, JOP_IMUL_GvEvIz | ww, r, ra);
                jit_emit32(&g->hot, (uint32_t)imm);
            }
            jit_bind(g, out, r);
            return;
        }
        if (opc == INDEX_op_add && !(a == out || jit_in_dies(g, (unsigned)ai)) &&
            g->t[a].val == JIT_VAL_REG && imm != 0) {
            /* lea keeps the input and saves the copy. */
            int ra = jit_load(g, a, ALL);
            int r = jit_alloc(g, ALL);
            jit_op_mem(&g->hot, JOP_LEA | (w ? JOPC_W : 0), r, ra, JIT_NOREG, 0, imm);
            jit_bind(g, out, r);
            return;
        }
        if (opc == INDEX_op_andc || opc == INDEX_op_orc) {
            /* a & ~c, a | ~c with a constant c: the complement is a constant too. */
            uint64_t nv = w ? ~v : (uint32_t)~v;
            if (imm_ok(w, nv)) {
                int r = dest_from(g, out, a, ai, 0);
                jit_alu_ri(&g->hot, w, opc == INDEX_op_andc ? JIT_ALU_AND : JIT_ALU_OR, r,
                           (int32_t)nv);
                jit_bind(g, out, r);
                return;
            }
        }
        int sop = shift_of(opc);
        if (sop >= 0) {
            unsigned n = (unsigned)(v & (w ? 63 : 31));
            int r = dest_from(g, out, a, ai, 0);
            if (n)
                jit_shift_ri(&g->hot, w, sop, r, n);
            jit_bind(g, out, r);
            return;
        }
        if (aop >= 0) {
            int r = dest_from(g, out, a, ai, 0);
            if (!(imm == 0 && (aop == JIT_ALU_ADD || aop == JIT_ALU_SUB || aop == JIT_ALU_OR ||
                               aop == JIT_ALU_XOR)))
                jit_alu_ri(&g->hot, w, aop, r, imm);
            jit_bind(g, out, r);
            return;
        }
    }
    int sop = shift_of(opc);
    if (sop >= 0) {
        /* Variable counts live in CL; the hardware masks them as the IR does. */
        jit_take(g, JIT_RCX, 0);
        jit_load_into(g, &g->hot, JIT_RCX, b, false);
        int r = dest_from(g, out, a, ai, M(JIT_RCX));
        jit_op_rr(&g->hot, JOP_GRP2_EvCL | (w ? JOPC_W : 0), sop, r);
        jit_bind(g, out, r);
        return;
    }
    int rb = jit_load(g, b, ALL);
    if (opc == INDEX_op_andc || opc == INDEX_op_orc) {
        int nb = jit_alloc(g, ALL);
        jit_mov_rr(&g->hot, true, nb, rb);
        jit_op_rr(&g->hot, JOP_GRP3_Ev | (w ? JOPC_W : 0), JIT_G3_NOT, nb);
        int r = dest_from(g, out, a, ai, 0);
        jit_alu_rr(&g->hot, w, opc == INDEX_op_andc ? JIT_ALU_AND : JIT_ALU_OR, r, nb);
        jit_bind(g, out, r);
        return;
    }
    if (opc == INDEX_op_add && !(a == out || jit_in_dies(g, (unsigned)ai)) &&
        g->t[a].val == JIT_VAL_REG && b != out) {
        int ra = jit_load(g, a, ALL);
        int r = jit_alloc(g, ALL);
        jit_op_mem(&g->hot, JOP_LEA | (w ? JOPC_W : 0), r, ra, rb, 0, 0);
        jit_bind(g, out, r);
        return;
    }
    int r = dest_from(g, out, a, ai, 0);
    if (opc == INDEX_op_mul)
        jit_op_rr(&g->hot, JOP_IMUL_GvEv | (w ? JOPC_W : 0), r, rb);
    else if (aop >= 0)
        jit_alu_rr(&g->hot, w, aop, r, rb);
    else
        tcg_internal_error("JIT: op %s", tcg_op_defs[opc].name);
    jit_bind(g, out, r);
}

/* divu/divs/remu/rems. The IR defines x/0 = 0, x%0 = 0, and for the signed forms
 * x/-1 = -x, x%-1 = 0 (tcg-eval.c), so the host never traps: zero and -1 divisors take
 * short paths. */
static void gen_div(JitGen *g, const TCGOp *op)
{
    unsigned opc = op->opc;
    bool w = is64(op), sign = opc == INDEX_op_divs || opc == INDEX_op_rems;
    bool rem = opc == INDEX_op_remu || opc == INDEX_op_rems;
    uint32_t out = (uint32_t)op->args[0], a = (uint32_t)op->args[1], b = (uint32_t)op->args[2];
    JitBuf *hb = &g->hot;
    jit_take(g, JIT_RAX, M(JIT_RDX));
    jit_take(g, JIT_RDX, M(JIT_RAX));
    int rb = jit_load(g, b, ALL & ~M(JIT_RAX) & ~M(JIT_RDX));
    int res = rem ? JIT_RDX : JIT_RAX;
    jit_load_into(g, hb, JIT_RAX, a, false);
    jit_op_rr(hb, JOP_TEST_EvGv | (w ? JOPC_W : 0), rb, rb);
    uint32_t j_zero = jit_jcc32(hb, JIT_CC_E), j_m1 = 0;
    if (sign) {
        jit_alu_ri(hb, w, JIT_ALU_CMP, rb, -1);
        j_m1 = jit_jcc32(hb, JIT_CC_E);
        if (w)
            jit_opc(hb, 0x99 | JOPC_W, JIT_NOREG, JIT_NOREG, JIT_NOREG); /* cqo */
        else
            jit_emit8(hb, 0x99);                                        /* cdq */
    } else {
        jit_op_rr(hb, JOP_ALU_EvGv(JIT_ALU_XOR), JIT_RDX, JIT_RDX);
    }
    jit_op_rr(hb, JOP_GRP3_Ev | (w ? JOPC_W : 0), sign ? JIT_G3_IDIV : JIT_G3_DIV, rb);
    uint32_t j_done = jit_jmp32(hb);
    /* divisor 0: result 0 */
    jit_patch_rel32(hb, j_zero, jit_rx_here(hb));
    jit_op_rr(hb, JOP_ALU_EvGv(JIT_ALU_XOR), res, res);
    uint32_t j_done2 = jit_jmp32(hb);
    if (sign) {
        /* divisor -1: quotient -a (wrapping), remainder 0 */
        jit_patch_rel32(hb, j_m1, jit_rx_here(hb));
        if (rem)
            jit_op_rr(hb, JOP_ALU_EvGv(JIT_ALU_XOR), res, res);
        else
            jit_op_rr(hb, JOP_GRP3_Ev | (w ? JOPC_W : 0), JIT_G3_NEG, JIT_RAX);
    }
    jit_patch_rel32(hb, j_done, jit_rx_here(hb));
    jit_patch_rel32(hb, j_done2, jit_rx_here(hb));
    jit_bind(g, out, res);
}

static void gen_mul2(JitGen *g, const TCGOp *op)
{
    bool w = is64(op);
    uint32_t lo = (uint32_t)op->args[0], hi = (uint32_t)op->args[1];
    uint32_t a = (uint32_t)op->args[2], b = (uint32_t)op->args[3];
    jit_take(g, JIT_RAX, M(JIT_RDX));
    jit_take(g, JIT_RDX, M(JIT_RAX));
    int rb = jit_load(g, b, ALL & ~M(JIT_RAX) & ~M(JIT_RDX));
    jit_load_into(g, &g->hot, JIT_RAX, a, false);
    jit_op_rr(&g->hot, JOP_GRP3_Ev | (w ? JOPC_W : 0),
              op->opc == INDEX_op_mulu2 ? JIT_G3_MUL : JIT_G3_IMUL, rb);
    jit_bind(g, lo, JIT_RAX);
    if (hi != lo)
        jit_bind(g, hi, JIT_RDX);
}

/* clz/ctz: r = a ? count : b. */
static void gen_count_zeros(JitGen *g, const TCGOp *op)
{
    bool w = is64(op);
    unsigned ww = w ? JOPC_W : 0;
    uint32_t out = (uint32_t)op->args[0], a = (uint32_t)op->args[1], b = (uint32_t)op->args[2];
    JitBuf *hb = &g->hot;
    int ra = jit_load(g, a, ALL);
    int rb = jit_load(g, b, ALL);
    int r = jit_alloc(g, ALL);
    if (op->opc == INDEX_op_ctz) {
        /* BSF sets ZF for a zero source; the destination is then replaced. */
        jit_op_rr(hb, JOP_BSF | ww, r, ra);
        jit_op_rr(hb, (JOP_CMOVCC | JIT_CC_E) | ww, r, rb);
    } else if (jit_have_lzcnt) {
        jit_op_rr(hb, JOP_LZCNT | ww, r, ra);
        jit_op_rr(hb, (JOP_CMOVCC | JIT_CC_B) | ww, r, rb); /* CF: source was zero */
    } else {
        /* clz = bsr ^ (W-1); pre-xor b so one final xor serves both outcomes. */
        int t = jit_alloc(g, ALL);
        jit_mov_rr(hb, true, t, rb);
        jit_alu_ri(hb, w, JIT_ALU_XOR, t, w ? 63 : 31);
        jit_op_rr(hb, JOP_BSR | ww, r, ra);
        jit_op_rr(hb, (JOP_CMOVCC | JIT_CC_E) | ww, r, t);
        jit_alu_ri(hb, w, JIT_ALU_XOR, r, w ? 63 : 31);
    }
    jit_bind(g, out, r);
}

/* ---- unary ops and conversions ---- */

static int popcount_fallback(uint64_t v) { return __builtin_popcountll(v); }

static void gen_unary(JitGen *g, const TCGOp *op)
{
    unsigned opc = op->opc;
    bool w = is64(op);
    unsigned ww = w ? JOPC_W : 0;
    uint32_t out = (uint32_t)op->args[0], a = (uint32_t)op->args[1];
    JitBuf *hb = &g->hot;
    unsigned movop = 0;
    bool mov_rm_form = false;
    switch (opc) {
    case INDEX_op_neg:
    case INDEX_op_not: {
        int r = dest_from(g, out, a, 0, 0);
        jit_op_rr(hb, JOP_GRP3_Ev | ww, opc == INDEX_op_neg ? JIT_G3_NEG : JIT_G3_NOT, r);
        jit_bind(g, out, r);
        return;
    }
    case INDEX_op_bswap64: {
        int r = dest_from(g, out, a, 0, 0);
        jit_opc(hb, (JOP_BSWAP + (r & 7)) | JOPC_W, JIT_NOREG, r, JIT_NOREG);
        jit_bind(g, out, r);
        return;
    }
    case INDEX_op_bswap32: {
        int r = dest_from(g, out, a, 0, 0);
        jit_opc(hb, JOP_BSWAP + (r & 7), JIT_NOREG, r, JIT_NOREG); /* 32-bit: zero-extends */
        jit_bind(g, out, r);
        return;
    }
    case INDEX_op_bswap16: {
        int ra = jit_load(g, a, ALL);
        int r = jit_in_dies(g, 0) || a == out ? ra : jit_alloc(g, ALL);
        jit_op_rr(hb, JOP_MOVZWL, r, ra);
        jit_op_rr(hb, JOP_GRP2_EvIb | JOPC_66, JIT_SH_ROL, r); /* rol r16, 8 */
        jit_emit8(hb, 8);
        jit_bind(g, out, r);
        return;
    }
    case INDEX_op_ctpop: {
        if (!jit_have_popcnt) {
            static TCGHelperInfo info = { .func = (void *)popcount_fallback, .name = "popcount",
                .flags = TCG_CALL_PURE, .nargs = 1, .ret = TCG_HT_I32,
                .args = { TCG_HT_I64 } };
            uint32_t args[1] = { a };
            jit_gen_call_info(g, &info, out, 1, args, g->life & 1);
            return;
        }
        int ra = jit_load(g, a, ALL);
        int r = jit_in_dies(g, 0) || a == out ? ra : jit_alloc(g, ALL);
        jit_op_rr(hb, JOP_POPCNT | ww, r, ra);
        jit_bind(g, out, r);
        return;
    }
    case INDEX_op_ext8s: movop = JOP_MOVSBL | ww; break;
    case INDEX_op_ext8u: movop = JOP_MOVZBL; break;
    case INDEX_op_ext16s: movop = JOP_MOVSWL | ww; break;
    case INDEX_op_ext16u: movop = JOP_MOVZWL; break;
    case INDEX_op_ext32s:
    case INDEX_op_ext_i32_i64: movop = JOP_MOVSXD; break;
    case INDEX_op_ext32u:
    case INDEX_op_extu_i32_i64:
    case INDEX_op_extrl_i64_i32: movop = JOP_MOV_EvGv; mov_rm_form = true; break;
    case INDEX_op_extrh_i64_i32: {
        int r = dest_from(g, out, a, 0, 0);
        jit_shift_ri(hb, true, JIT_SH_SHR, r, 32);
        jit_bind(g, out, r);
        return;
    }
    default:
        tcg_internal_error("JIT: op %s", tcg_op_defs[opc].name);
    }
    if (opc == INDEX_op_extu_i32_i64 && jit_in_dies(g, 0) && g->t[a].val == JIT_VAL_REG &&
        g->t[a].is_tb) {
        /* An I32 value in a register is already zero-extended: the register changes hands. */
        jit_bind(g, out, g->t[a].reg);
        return;
    }
    int ra = jit_load(g, a, ALL);
    int r = (jit_in_dies(g, 0) || a == out) ? ra : jit_alloc(g, ALL);
    if (mov_rm_form)
        jit_op_rr(hb, movop, ra, r); /* 32-bit mov: clears 63:32 */
    else
        jit_op_rr(hb, movop, r, ra);
    jit_bind(g, out, r);
}

static void gen_mov(JitGen *g, const TCGOp *op)
{
    uint32_t out = (uint32_t)op->args[0], a = (uint32_t)op->args[1];
    if (out == a)
        return;
    if (jit_is_const(g, a)) {
        jit_set_const(g, out, jit_const(g, a));
        return;
    }
    const JitTemp *x = &g->t[a];
    if (jit_in_dies(g, 0) && x->val == JIT_VAL_REG && x->is_tb) {
        int r = x->reg;
        jit_bind(g, out, r); /* the dying input's register changes hands */
        return;
    }
    int r = jit_alloc(g, ALL);
    jit_load_into(g, &g->hot, r, a, false);
    jit_bind(g, out, r);
}

/* ---- bit fields ---- */

static uint64_t field_mask(unsigned len)
{
    return len >= 64 ? ~0ull : (1ull << len) - 1;
}

static void gen_extract(JitGen *g, const TCGOp *op)
{
    bool w = is64(op), sign = op->opc == INDEX_op_sextract;
    unsigned width = w ? 64 : 32, ww = w ? JOPC_W : 0;
    uint32_t out = (uint32_t)op->args[0], a = (uint32_t)op->args[1];
    unsigned pos = (unsigned)op->args[2], len = (unsigned)op->args[3];
    JitBuf *hb = &g->hot;
    if (pos == 0 && (len == 8 || len == 16 || (len == 32 && w))) {
        int ra = jit_load(g, a, ALL);
        int r = (jit_in_dies(g, 0) || a == out) ? ra : jit_alloc(g, ALL);
        if (len == 32)
            jit_op_rr(hb, sign ? JOP_MOVSXD : JOP_MOV_EvGv, sign ? r : ra, sign ? ra : r);
        else if (len == 8)
            jit_op_rr(hb, sign ? JOP_MOVSBL | ww : JOP_MOVZBL, r, ra);
        else
            jit_op_rr(hb, sign ? JOP_MOVSWL | ww : JOP_MOVZWL, r, ra);
        jit_bind(g, out, r);
        return;
    }
    int r = dest_from(g, out, a, 0, 0);
    if (pos + len == width) {
        if (pos)
            jit_shift_ri(hb, w, sign ? JIT_SH_SAR : JIT_SH_SHR, r, pos);
    } else if (!sign && pos == 0 && len < 32) {
        jit_alu_ri(hb, w, JIT_ALU_AND, r, (int32_t)field_mask(len));
    } else if (!sign && len < 32) {
        jit_shift_ri(hb, w, JIT_SH_SHR, r, pos);
        jit_alu_ri(hb, w, JIT_ALU_AND, r, (int32_t)field_mask(len));
    } else {
        if (width - pos - len)
            jit_shift_ri(hb, w, JIT_SH_SHL, r, width - pos - len);
        if (width - len)
            jit_shift_ri(hb, w, sign ? JIT_SH_SAR : JIT_SH_SHR, r, width - len);
    }
    jit_bind(g, out, r);
}

/* deposit: r = (a & ~m) | ((b << pos) & m), m = ((1 << len) - 1) << pos. */
static void gen_deposit(JitGen *g, const TCGOp *op)
{
    bool w = is64(op);
    unsigned width = w ? 64 : 32;
    uint32_t out = (uint32_t)op->args[0], a = (uint32_t)op->args[1], b = (uint32_t)op->args[2];
    unsigned pos = (unsigned)op->args[3], len = (unsigned)op->args[4];
    JitBuf *hb = &g->hot;
    uint64_t m = field_mask(len) << pos;
    if (!w)
        m = (uint32_t)m;
    uint64_t keep = w ? ~m : (uint32_t)~m;
    if (len >= width) {
        int r = dest_from(g, out, b, 1, 0);
        jit_bind(g, out, r);
        return;
    }
    if (jit_is_const(g, b)) {
        uint64_t v = (jit_const(g, b) << pos) & m;
        int r = dest_from(g, out, a, 0, 0);
        if (imm_ok(w, keep)) {
            jit_alu_ri(hb, w, JIT_ALU_AND, r, (int32_t)keep);
        } else {
            int t = jit_alloc(g, ALL);
            jit_movi(hb, w, t, keep, false);
            jit_alu_rr(hb, w, JIT_ALU_AND, r, t);
        }
        if (v) {
            if (imm_ok(w, v)) {
                jit_alu_ri(hb, w, JIT_ALU_OR, r, (int32_t)v);
            } else {
                int t = jit_alloc(g, ALL);
                jit_movi(hb, w, t, v, false);
                jit_alu_rr(hb, w, JIT_ALU_OR, r, t);
            }
        }
        jit_bind(g, out, r);
        return;
    }
    int rb = jit_load(g, b, ALL);
    if (pos == 0 && (len == 8 || len == 16)) {
        /* Byte and word moves write only their part of the register. */
        int r = dest_from(g, out, a, 0, M(rb));
        if (len == 8)
            jit_op_rr(hb, JOP_MOV_EbGb | JOPC_BRM, rb, r);
        else
            jit_op_rr(hb, JOP_MOV_EvGv | JOPC_66, rb, r);
        jit_bind(g, out, r);
        return;
    }
    int t = jit_alloc(g, ALL);
    jit_mov_rr(hb, true, t, rb);
    /* The field's len bits to the top (dropping the rest), then down to pos. */
    jit_shift_ri(hb, w, JIT_SH_SHL, t, width - len);
    if (width - len - pos)
        jit_shift_ri(hb, w, JIT_SH_SHR, t, width - len - pos);
    int r = dest_from(g, out, a, 0, M(rb) | M(t));
    if (imm_ok(w, keep)) {
        jit_alu_ri(hb, w, JIT_ALU_AND, r, (int32_t)keep);
    } else {
        int k = jit_alloc(g, ALL);
        jit_movi(hb, w, k, keep, false);
        jit_alu_rr(hb, w, JIT_ALU_AND, r, k);
    }
    jit_alu_rr(hb, w, JIT_ALU_OR, r, t);
    jit_bind(g, out, r);
}

/* Pure ops whose inputs are all constants fold here (the optimizer normally did). */
static bool fold_const(JitGen *g, const TCGOp *op)
{
    unsigned nin = tcg_op_nb_iargs(op), first = tcg_op_first_iarg(op);
    uint64_t in[4];
    if (nin == 0 || nin > 4 || tcg_op_nb_oargs(op) != 1)
        return false;
    for (unsigned k = 0; k < nin; k++) {
        if (!jit_is_const(g, (uint32_t)op->args[first + k]))
            return false;
        in[k] = jit_const(g, (uint32_t)op->args[first + k]);
    }
    uint64_t res[2];
    if (!tcg_eval_op((TCGOpcode)op->opc, (TCGType)op->type, in, op->args + first + nin, res))
        return false;
    uint32_t out = (uint32_t)op->args[0];
    jit_set_const(g, out, g->t[out].is64 ? res[0] : (uint32_t)res[0]);
    return true;
}

bool jit_gen_alu(JitGen *g, const TCGOp *op)
{
    switch (op->opc) {
    case INDEX_op_mov: gen_mov(g, op); return true;
    case INDEX_op_setcond: if (!fold_const(g, op)) gen_setcond(g, op); return true;
    case INDEX_op_movcond: gen_movcond(g, op); return true;
    case INDEX_op_brcond: gen_brcond(g, op); return true;
    case INDEX_op_br: gen_br(g, op); return true;
    case INDEX_op_mulu2:
    case INDEX_op_muls2: gen_mul2(g, op); return true;
    default: break;
    }
    if (fold_const(g, op))
        return true;
    switch (op->opc) {
    case INDEX_op_add: case INDEX_op_sub: case INDEX_op_mul: case INDEX_op_and:
    case INDEX_op_or: case INDEX_op_xor: case INDEX_op_andc: case INDEX_op_orc:
    case INDEX_op_shl: case INDEX_op_shr: case INDEX_op_sar: case INDEX_op_rotl:
    case INDEX_op_rotr:
        gen_alu(g, op);
        return true;
    case INDEX_op_divu: case INDEX_op_divs: case INDEX_op_remu: case INDEX_op_rems:
        gen_div(g, op);
        return true;
    case INDEX_op_clz: case INDEX_op_ctz:
        gen_count_zeros(g, op);
        return true;
    case INDEX_op_neg: case INDEX_op_not: case INDEX_op_ctpop: case INDEX_op_bswap16:
    case INDEX_op_bswap32: case INDEX_op_bswap64: case INDEX_op_ext8s: case INDEX_op_ext8u:
    case INDEX_op_ext16s: case INDEX_op_ext16u: case INDEX_op_ext32s: case INDEX_op_ext32u:
    case INDEX_op_extu_i32_i64: case INDEX_op_ext_i32_i64: case INDEX_op_extrl_i64_i32:
    case INDEX_op_extrh_i64_i32:
        gen_unary(g, op);
        return true;
    case INDEX_op_extract: case INDEX_op_sextract:
        gen_extract(g, op);
        return true;
    case INDEX_op_deposit:
        gen_deposit(g, op);
        return true;
    default:
        return false;
    }
}

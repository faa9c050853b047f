/* The JIT's register allocator. Within a TB, guest globals and TB temps live in host
 * registers once loaded or computed; their memory homes (env fields, frame slots) are
 * brought up to date only where something else may look: block ends, exits, helper calls
 * and the slow paths of guest memory accesses. A backward liveness pass tells which TB
 * temps die where, so their registers are reused without stores. */
#include <stdlib.h>
#include <string.h>

#include "tcg/x86_64/jit-internal.h"

/* Callee-saved registers first: values there survive helper calls without moves. */
static const int alloc_order[] = {
    JIT_RBX, JIT_R12, JIT_R13, JIT_R14, JIT_R15, JIT_R10, JIT_R11, JIT_R9, JIT_R8,
    JIT_RDI, JIT_RSI, JIT_RDX, JIT_RCX, JIT_RAX,
};

static void *grow(void *p, size_t bytes)
{
    p = realloc(p, bytes ? bytes : 1);
    if (!p)
        tcg_internal_error("JIT: out of memory");
    return p;
}

/* ---- liveness ---- */

static inline bool lv_test(const uint64_t *w, uint64_t t) { return (w[t / 64] >> (t % 64)) & 1; }
static inline void lv_set(uint64_t *w, uint64_t t) { w[t / 64] |= 1ull << (t % 64); }
static inline void lv_clear(uint64_t *w, uint64_t t) { w[t / 64] &= ~(1ull << (t % 64)); }

static bool tracked(const TCGContext *s, uint64_t t)
{
    return t != TCG_NO_TEMP && t < s->nb_temps && s->temps[t].kind == TEMP_TB;
}

/* p grown to hold at least need bytes; *cap tracks its size (kept across TBs, so
 * most TBs do not reach realloc at all). */
static void *reserve(void *p, size_t *cap, size_t need)
{
    if (need <= *cap)
        return p;
    *cap = need * 2;
    return grow(p, *cap);
}

static size_t cap_bb;

/* Live set number bb (of words words) in g->bb_live, made room for. */
static uint64_t *bb_set(JitGen *g, uint32_t bb, uint32_t words)
{
    g->bb_live = reserve(g->bb_live, &cap_bb, ((size_t)bb + 1) * words * 8);
    return &g->bb_live[(size_t)bb * words];
}

/* all = the set of every TB temp; returns true. */
static bool all_tb_temps(const TCGContext *s, uint64_t *all, uint32_t words)
{
    memset(all, 0, words * 8);
    for (uint32_t t = s->nb_globals; t < s->nb_temps; t++)
        if (s->temps[t].kind == TEMP_TB)
            lv_set(all, t);
    return true;
}

void jit_liveness(JitGen *g)
{
    static uint64_t *cur, *all, *labels;
    static bool *known;
    static size_t cap_cur, cap_all, cap_labels, cap_known, cap_life, cap_idx;
    TCGContext *s = g->s;
    uint32_t n = s->nb_ops, words = (s->nb_temps + 63) / 64;
    uint32_t nlab = s->nb_labels + 1;
    if (!words)
        words = 1;
    g->live_words = words;
    cur = reserve(cur, &cap_cur, words * 8);
    all = reserve(all, &cap_all, words * 8);
    labels = reserve(labels, &cap_labels, (size_t)nlab * words * 8);
    known = reserve(known, &cap_known, nlab);
    memset(cur, 0, words * 8);
    memset(known, 0, nlab);
    /* "all" (every TB temp) is the live set after a branch back to a label not yet
     * seen; it is rare, so the set is made on first use. */
    bool have_all = false;

    /* One live set per label, br and brcond (bb_set grows the array as needed). */
    g->op_life = reserve(g->op_life, &cap_life, (size_t)(n + 1) * 4);
    g->bb_live_idx = reserve(g->bb_live_idx, &cap_idx, (size_t)(n + 1) * 4);
    g->bb_live = reserve(g->bb_live, &cap_bb, (size_t)(nlab + 1) * words * 8);
    uint32_t bb = 0;

    for (uint32_t i = n; i-- > 0;) {
        const TCGOp *op = &s->ops[i];
        uint32_t life = 0;
        g->bb_live_idx[i] = UINT32_MAX;
        switch (op->opc) {
        case INDEX_op_set_label: {
            uint64_t l = op->args[0];
            if (l < nlab) {
                memcpy(&labels[l * words], cur, words * 8);
                known[l] = true;
            }
            g->bb_live_idx[i] = bb;
            memcpy(bb_set(g, bb++, words), cur, words * 8);
            g->op_life[i] = 0;
            continue;
        }
        case INDEX_op_br: {
            uint64_t l = op->args[0];
            if (!(l < nlab && known[l]) && !have_all)
                have_all = all_tb_temps(s, all, words);
            memcpy(cur, l < nlab && known[l] ? &labels[l * words] : all, words * 8);
            g->bb_live_idx[i] = bb;
            memcpy(bb_set(g, bb++, words), cur, words * 8);
            g->op_life[i] = 0;
            continue;
        }
        case INDEX_op_exit_tb:
        case INDEX_op_lookup_and_goto:
            memset(cur, 0, words * 8);
            g->op_life[i] = 0;
            continue;
        case INDEX_op_goto_tb:
        case INDEX_op_insn_start:
            g->op_life[i] = 0;
            continue;
        case INDEX_op_discard:
            if (tracked(s, op->args[0]))
                lv_clear(cur, op->args[0]);
            g->op_life[i] = 0;
            continue;
        case INDEX_op_brcond: {
            uint64_t l = op->args[3];
            if (!(l < nlab && known[l]) && !have_all)
                have_all = all_tb_temps(s, all, words);
            const uint64_t *tgt = l < nlab && known[l] ? &labels[l * words] : all;
            for (uint32_t w = 0; w < words; w++)
                cur[w] |= tgt[w];
            g->bb_live_idx[i] = bb;
            memcpy(bb_set(g, bb++, words), cur, words * 8);
            break;
        }
        default:
            break;
        }
        unsigned nout = tcg_op_nb_oargs(op), first_in = tcg_op_first_iarg(op);
        unsigned nin = tcg_op_nb_iargs(op);
        for (unsigned k = 0; k < nout; k++) {
            uint64_t t = op->args[k];
            if (!tracked(s, t))
                continue;
            if (!lv_test(cur, t))
                life |= 1u << (16 + k);
            lv_clear(cur, t);
        }
        for (unsigned k = 0; k < nin && k < 16; k++) {
            uint64_t t = op->args[first_in + k];
            if (tracked(s, t) && !lv_test(cur, t))
                life |= 1u << k;
        }
        for (unsigned k = 0; k < nin; k++)
            if (tracked(s, op->args[first_in + k]))
                lv_set(cur, op->args[first_in + k]);
        g->op_life[i] = life;
    }
}

/* ---- temp locations ---- */

void jit_temps_init(JitGen *g)
{
    static JitTemp *buf;
    static uint32_t cap;
    TCGContext *s = g->s;
    if (s->nb_temps > cap) {
        cap = s->nb_temps * 2;
        buf = grow(buf, (size_t)cap * sizeof(JitTemp));
    }
    g->t = buf;
    g->nt = s->nb_temps;
    for (uint32_t i = 0; i < s->nb_temps; i++) {
        const TCGTemp *tt = &s->temps[i];
        JitTemp *x = &g->t[i];
        memset(x, 0, sizeof(*x));
        x->is64 = tt->type == TCG_TYPE_I64;
        x->reg = JIT_NOREG;
        x->coherent = true;
        switch (tt->kind) {
        case TEMP_GLOBAL:
            x->val = JIT_VAL_MEM;
            x->is_global = true;
            x->mem = (int32_t)tt->mem_offset;
            break;
        case TEMP_TB:
            x->val = JIT_VAL_MEM;
            x->is_tb = true;
            x->mem = (int32_t)(s->frame_offset + 8 * (int64_t)tt->frame_slot);
            break;
        case TEMP_CONST:
            x->val = JIT_VAL_CONST;
            x->cval = tt->type == TCG_TYPE_I32 ? (uint32_t)tt->val : tt->val;
            break;
        default: /* TEMP_ENV: always in the env register, never bound */
            x->val = JIT_VAL_REG;
            x->reg = JIT_ENV;
            break;
        }
    }
    for (int r = 0; r < JIT_NB_REGS; r++) {
        g->reg_temp[r] = -1;
        g->reg_used[r] = 0;
    }
    g->locked = 0;
}

static bool is_env(const JitGen *g, uint32_t t)
{
    return g->s->temps[t].kind == TEMP_ENV;
}


uint16_t jit_bound_regs(const JitGen *g)
{
    uint16_t m = 0;
    for (int r = 0; r < JIT_NB_REGS; r++)
        if (g->reg_temp[r] >= 0)
            m |= JIT_REGMASK(r);
    return m;
}

/* Emits the store of t's current value to its home (no state change). */
static void emit_store(JitGen *g, JitBuf *b, uint32_t t)
{
    JitTemp *x = &g->t[t];
    if (x->val == JIT_VAL_REG) {
        jit_st(b, x->is64, x->reg, JIT_ENV, x->mem);
    } else if (x->val == JIT_VAL_CONST) {
        uint64_t v = x->cval;
        if (!x->is64 || jit_fits_s32((int64_t)v)) {
            jit_st_imm(b, x->is64, JIT_ENV, x->mem, (int32_t)v);
        } else {
            jit_st_imm(b, false, JIT_ENV, x->mem, (int32_t)(uint32_t)v);
            jit_st_imm(b, false, JIT_ENV, x->mem + 4, (int32_t)(uint32_t)(v >> 32));
        }
    }
}

/* jit_store_temp once t is known stale. */
void jit_store_stale_temp(JitGen *g, JitBuf *b, uint32_t t)
{
    emit_store(g, b, t);
    g->t[t].coherent = true;
}

void jit_unbind_reg(JitGen *g, int r)
{
    int32_t t = g->reg_temp[r];
    if (t < 0)
        return;
    g->reg_temp[r] = -1;
    JitTemp *x = &g->t[t];
    x->reg = JIT_NOREG;
    x->val = x->coherent ? JIT_VAL_MEM : JIT_VAL_DEAD;
}

static int pick_free(const JitGen *g, uint16_t allowed)
{
    for (unsigned i = 0; i < sizeof(alloc_order) / sizeof(alloc_order[0]); i++) {
        int r = alloc_order[i];
        if ((allowed & JIT_REGMASK(r)) && g->reg_temp[r] < 0)
            return r;
    }
    return JIT_NOREG;
}

int jit_find_free(const JitGen *g, uint16_t allowed)
{
    return pick_free(g, allowed & JIT_ALLOCATABLE & ~g->locked);
}

void jit_move_reg(JitGen *g, int from, int to)
{
    int32_t t = g->reg_temp[from];
    jit_mov_rr(&g->hot, true, to, from);
    g->reg_temp[from] = -1;
    g->reg_temp[to] = t;
    g->reg_used[to] = g->reg_used[from];
    if (g->locked & JIT_REGMASK(from))
        g->locked |= JIT_REGMASK(to);
    if (t >= 0)
        g->t[t].reg = (int8_t)to;
}

/* Frees r by storing its temp home (if stale). */
static void evict(JitGen *g, int r)
{
    int32_t t = g->reg_temp[r];
    if (t < 0)
        return;
    if (!g->t[t].coherent)
        g->nb_spills++;
    jit_store_temp(g, &g->hot, (uint32_t)t);
    jit_unbind_reg(g, r);
}

int jit_alloc(JitGen *g, uint16_t allowed)
{
    allowed &= JIT_ALLOCATABLE & ~g->locked;
    int r = pick_free(g, allowed);
    if (r == JIT_NOREG) {
        /* Cheapest victim: a value whose home is up to date, else the least recently
         * used. */
        int best = JIT_NOREG;
        for (int i = 0; i < JIT_NB_REGS; i++) {
            if (!(allowed & JIT_REGMASK(i)) || g->reg_temp[i] < 0)
                continue;
            if (best == JIT_NOREG) {
                best = i;
                continue;
            }
            bool ci = g->t[g->reg_temp[i]].coherent, cb = g->t[g->reg_temp[best]].coherent;
            if ((ci && !cb) || (ci == cb && g->reg_used[i] < g->reg_used[best]))
                best = i;
        }
        if (best == JIT_NOREG)
            tcg_internal_error("JIT: no host register left for op %s",
                               tcg_op_defs[g->op->opc].name);
        evict(g, best);
        r = best;
    }
    g->locked |= JIT_REGMASK(r);
    g->reg_used[r] = g->op_no;
    return r;
}

void jit_take(JitGen *g, int r, uint16_t avoid)
{
    int32_t t = g->reg_temp[r];
    if (t >= 0) {
        int n = pick_free(g, JIT_ALLOCATABLE & ~g->locked & ~avoid & ~JIT_REGMASK(r));
        if (n != JIT_NOREG) {
            jit_move_reg(g, r, n);
        } else {
            evict(g, r);
        }
    }
    g->locked |= JIT_REGMASK(r);
}

void jit_load_into(JitGen *g, JitBuf *b, int reg, uint32_t t, bool keep_flags)
{
    const JitTemp *x = &g->t[t];
    switch (x->val) {
    case JIT_VAL_REG:
        if (x->reg != reg)
            jit_mov_rr(b, true, reg, x->reg);
        break;
    case JIT_VAL_CONST:
        jit_movi(b, x->is64, reg, x->cval, keep_flags);
        break;
    default:
        jit_ld(b, x->is64, reg, JIT_ENV, x->mem);
        break;
    }
}

int jit_load(JitGen *g, uint32_t t, uint16_t allowed)
{
    JitTemp *x = &g->t[t];
    if (is_env(g, t))
        return JIT_ENV;
    if (x->val == JIT_VAL_REG) {
        if (allowed & JIT_REGMASK(x->reg)) {
            g->locked |= JIT_REGMASK(x->reg);
            g->reg_used[x->reg] = g->op_no;
            return x->reg;
        }
        int r = jit_alloc(g, allowed);
        jit_mov_rr(&g->hot, true, r, x->reg);
        return r;
    }
    int r = jit_alloc(g, allowed);
    if (x->val == JIT_VAL_CONST) {
        jit_movi(&g->hot, x->is64, r, x->cval, true);
        if (!x->is_global && !x->is_tb)
            return r; /* an IR constant: the register is only a scratch copy */
    } else {
        jit_ld(&g->hot, x->is64, r, JIT_ENV, x->mem);
        x->coherent = true;
    }
    x->val = JIT_VAL_REG;
    x->reg = (int8_t)r;
    g->reg_temp[r] = (int32_t)t;
    return r;
}

static void release_inputs(JitGen *g)
{
    uint32_t dies = g->life & 0xffffu;
    if (!dies)
        return;
    const TCGOp *op = g->op;
    unsigned nin = tcg_op_nb_iargs(op), first = tcg_op_first_iarg(op);
    for (; dies; dies &= dies - 1) {
        unsigned k = (unsigned)__builtin_ctz(dies);
        if (k >= nin)
            break;
        uint32_t t = (uint32_t)op->args[first + k];
        JitTemp *x = &g->t[t];
        if (!x->is_tb)
            continue;
        if (x->val == JIT_VAL_REG)
            g->reg_temp[x->reg] = -1;
        x->reg = JIT_NOREG;
        x->val = JIT_VAL_DEAD;
    }
    g->life &= ~0xffffu;
}

void jit_bind(JitGen *g, uint32_t t, int r)
{
    release_inputs(g);
    JitTemp *x = &g->t[t];
    if (x->val == JIT_VAL_REG && x->reg != r)
        g->reg_temp[x->reg] = -1;
    if (g->reg_temp[r] >= 0 && g->reg_temp[r] != (int32_t)t)
        tcg_internal_error("JIT: binding %s output over a live register",
                           tcg_op_defs[g->op->opc].name);
    x->val = JIT_VAL_REG;
    x->reg = (int8_t)r;
    x->coherent = false;
    g->reg_temp[r] = (int32_t)t;
    g->reg_used[r] = g->op_no;
}

void jit_set_const(JitGen *g, uint32_t t, uint64_t v)
{
    release_inputs(g);
    JitTemp *x = &g->t[t];
    if (x->val == JIT_VAL_REG)
        g->reg_temp[x->reg] = -1;
    x->val = JIT_VAL_CONST;
    x->reg = JIT_NOREG;
    x->cval = x->is64 ? v : (uint32_t)v;
    x->coherent = false;
}

void jit_op_done(JitGen *g)
{
    release_inputs(g);
    const TCGOp *op = g->op;
    unsigned nout = tcg_op_nb_oargs(op);
    for (unsigned k = 0; k < nout; k++) {
        if (!jit_out_dead(g, k))
            continue;
        JitTemp *x = &g->t[op->args[k]];
        if (!x->is_tb)
            continue;
        if (x->val == JIT_VAL_REG)
            g->reg_temp[x->reg] = -1;
        x->reg = JIT_NOREG;
        x->val = JIT_VAL_DEAD;
    }
    g->locked = 0;
}

void jit_sync_globals(JitGen *g, JitBuf *b)
{
    for (uint32_t t = 0; t < g->s->nb_globals; t++)
        jit_store_temp(g, b, t);
}

void jit_forget_globals(JitGen *g)
{
    for (uint32_t t = 0; t < g->s->nb_globals; t++) {
        JitTemp *x = &g->t[t];
        if (!x->is_global)
            continue;
        if (x->val == JIT_VAL_REG)
            g->reg_temp[x->reg] = -1;
        x->reg = JIT_NOREG;
        x->val = JIT_VAL_MEM;
        x->coherent = true;
    }
}

void jit_sync_bb(JitGen *g, bool forget)
{
    uint32_t idx = g->bb_live_idx[g->op_no];
    const uint64_t *live = idx == UINT32_MAX ? NULL : &g->bb_live[(size_t)idx * g->live_words];
    jit_sync_globals(g, &g->hot);
    for (uint32_t t = g->s->nb_globals; t < g->nt; t++) {
        JitTemp *x = &g->t[t];
        if (!x->is_tb)
            continue;
        bool is_live = !live || lv_test(live, t);
        if (is_live)
            jit_store_temp(g, &g->hot, t);
        if (forget || !is_live) {
            if (x->val == JIT_VAL_REG)
                g->reg_temp[x->reg] = -1;
            x->reg = JIT_NOREG;
            x->val = is_live ? JIT_VAL_MEM : JIT_VAL_DEAD;
            x->coherent = true;
        }
    }
    if (forget)
        jit_forget_globals(g);
}

void jit_sync_env_range(JitGen *g, int64_t off, unsigned size, bool drop)
{
    if (off >= g->s->globals_hi || off + (int64_t)size <= g->s->globals_lo)
        return; /* most env accesses: outside the globals' span */
    for (uint32_t t = 0; t < g->s->nb_globals; t++) {
        JitTemp *x = &g->t[t];
        if (!x->is_global)
            continue;
        int64_t gsz = x->is64 ? 8 : 4;
        if (!(x->mem < off + (int64_t)size && off < x->mem + gsz))
            continue;
        jit_store_temp(g, &g->hot, t);
        if (drop) {
            if (x->val == JIT_VAL_REG)
                g->reg_temp[x->reg] = -1;
            x->reg = JIT_NOREG;
            x->val = JIT_VAL_MEM;
        }
    }
}

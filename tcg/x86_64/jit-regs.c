/* The JIT's register allocator. Within a TB, guest globals and TB temps live in host
 * registers once loaded or computed; their memory homes (env fields, frame slots) are
 * brought up to date only where something else may look: block ends, exits, helper calls
 * and the slow paths of guest memory accesses. The IR's liveness pass (tcg/liveness.c)
 * tells which TB temps die where, so their registers are reused without stores. */
#include <stdlib.h>
#include <string.h>

#include "tcg/x86_64/jit-internal.h"

/* Callee-saved registers first: values there survive helper calls without moves. */
static const int alloc_order[] = {
    JIT_RBX, JIT_R12, JIT_R13, JIT_R14, JIT_R10, JIT_R11, JIT_R9, JIT_R8,
    JIT_RDI, JIT_RSI, JIT_RDX, JIT_RCX, JIT_RAX,
};

/* order_bits[h][b]: the registers of byte b of a register mask (h: the high byte) as
 * bits in allocation order (bit i = alloc_order[i]). Made once. */
static uint16_t order_bits[2][256];

static void order_bits_init(void)
{
    for (unsigned i = 0; i < sizeof(alloc_order) / sizeof(alloc_order[0]); i++) {
        int r = alloc_order[i];
        for (unsigned b = 0; b < 256; b++)
            if (b & (1u << (r & 7)))
                order_bits[r >> 3][b] |= (uint16_t)(1u << i);
    }
}

static void *grow(void *p, size_t bytes)
{
    p = realloc(p, bytes ? bytes : 1);
    if (!p)
        tcg_internal_error("JIT: out of memory");
    return p;
}

static inline bool lv_test(const uint64_t *w, uint64_t t) { return (w[t / 64] >> (t % 64)) & 1; }

/* ---- temp locations ---- */

void jit_temps_init(JitGen *g)
{
    static JitTemp *buf, *globals;
    static uint32_t *tb_temps;
    static uint32_t cap, globals_gen, nglobals;
    TCGContext *s = g->s;
    if (s->nb_temps > cap) {
        cap = s->nb_temps * 2;
        buf = grow(buf, (size_t)cap * sizeof(JitTemp));
        tb_temps = grow(tb_temps, (size_t)cap * sizeof(uint32_t));
    }
    g->tb_temps = tb_temps;
    g->ntb = 0;
    g->t = buf;
    g->nt = s->nb_temps;
    if (!order_bits[0][1 << JIT_RAX])
        order_bits_init();
    /* The globals (and env) start every TB the same way: copied from their state made
     * once (again when they change, tcg_globals_generation). */
    uint32_t first = 0;
    if (globals_gen == tcg_globals_generation && nglobals == s->nb_globals) {
        memcpy(buf, globals, nglobals * sizeof(JitTemp));
        first = nglobals;
    }
    for (uint32_t i = first; i < s->nb_temps; i++) {
        const TCGTemp *tt = &s->temps[i];
        JitTemp *x = &g->t[i];
        bool is64 = tt->type == TCG_TYPE_I64;
        switch (tt->kind) {
        case TEMP_GLOBAL:
            *x = (JitTemp){ .val = JIT_VAL_MEM, .reg = JIT_NOREG, .coherent = true,
                            .is_global = true, .is64 = is64, .mem = (int32_t)tt->mem_offset };
            break;
        case TEMP_TB:
            *x = (JitTemp){ .val = JIT_VAL_MEM, .reg = JIT_NOREG, .coherent = true,
                            .is_tb = true, .is64 = is64,
                            .mem = (int32_t)(s->frame_offset + 8 * (int64_t)tt->frame_slot) };
            tb_temps[g->ntb++] = i;
            break;
        case TEMP_CONST:
            *x = (JitTemp){ .val = JIT_VAL_CONST, .reg = JIT_NOREG, .coherent = true,
                            .is64 = is64, .cval = is64 ? tt->val : (uint32_t)tt->val };
            break;
        default: /* TEMP_ENV: always in the env register, never bound */
            *x = (JitTemp){ .val = JIT_VAL_REG, .reg = JIT_ENV, .coherent = true, .is64 = is64 };
            break;
        }
    }
    if (first == 0) {
        globals = grow(globals, (s->nb_globals + 1) * sizeof(JitTemp));
        memcpy(globals, buf, s->nb_globals * sizeof(JitTemp));
        globals_gen = tcg_globals_generation;
        nglobals = s->nb_globals;
    }
    for (int r = 0; r < JIT_NB_REGS; r++) {
        g->reg_temp[r] = -1;
        g->reg_used[r] = 0;
    }
    g->bound = 0;
    g->locked = 0;
    g->gstale = g->gcached = 0;
}

static bool is_env(const JitGen *g, uint32_t t)
{
    return g->s->temps[t].kind == TEMP_ENV;
}


uint16_t jit_bound_regs(const JitGen *g)
{
    return g->bound;
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
    jit_reg_set(g, r, -1);
    JitTemp *x = &g->t[t];
    x->reg = JIT_NOREG;
    x->val = x->coherent ? JIT_VAL_MEM : JIT_VAL_DEAD;
}

/* The first free register of allowed in allocation order, without a loop. */
static int pick_free(const JitGen *g, uint16_t allowed)
{
    uint16_t m = allowed & (uint16_t)~g->bound;
    uint16_t in_order = order_bits[0][m & 0xff] | order_bits[1][m >> 8];
    return in_order ? alloc_order[__builtin_ctz(in_order)] : JIT_NOREG;
}

int jit_find_free(const JitGen *g, uint16_t allowed)
{
    return pick_free(g, allowed & JIT_ALLOCATABLE & ~g->locked);
}

void jit_move_reg(JitGen *g, int from, int to)
{
    int32_t t = g->reg_temp[from];
    jit_mov_rr(&g->hot, true, to, from);
    jit_reg_set(g, from, -1);
    jit_reg_set(g, to, t);
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
        if (x->reg == JIT_ENV)
            jit_env_into(b, reg);
        else if (x->reg != reg)
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
    if (is_env(g, t)) {
        /* RBP holds env biased: a scratch copy of env itself. */
        int r = jit_alloc(g, allowed);
        jit_env_into(&g->hot, r);
        return r;
    }
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
    jit_reg_set(g, r, (int32_t)t);
    if (x->is_global)
        g->gcached |= jit_gbit(t);
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
            jit_reg_set(g, x->reg, -1);
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
        jit_reg_set(g, x->reg, -1);
    if (g->reg_temp[r] >= 0 && g->reg_temp[r] != (int32_t)t)
        tcg_internal_error("JIT: binding %s output over a live register",
                           tcg_op_defs[g->op->opc].name);
    x->val = JIT_VAL_REG;
    x->reg = (int8_t)r;
    x->coherent = false;
    jit_reg_set(g, r, (int32_t)t);
    g->reg_used[r] = g->op_no;
    if (x->is_global) {
        g->gstale |= jit_gbit(t);
        g->gcached |= jit_gbit(t);
    }
}

void jit_set_const(JitGen *g, uint32_t t, uint64_t v)
{
    release_inputs(g);
    JitTemp *x = &g->t[t];
    if (x->val == JIT_VAL_REG)
        jit_reg_set(g, x->reg, -1);
    x->val = JIT_VAL_CONST;
    x->reg = JIT_NOREG;
    x->cval = x->is64 ? v : (uint32_t)v;
    x->coherent = false;
    if (x->is_global) {
        g->gstale |= jit_gbit(t);
        g->gcached |= jit_gbit(t);
    }
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
            jit_reg_set(g, x->reg, -1);
        x->reg = JIT_NOREG;
        x->val = JIT_VAL_DEAD;
    }
    g->locked = 0;
}

void jit_sync_globals(JitGen *g, JitBuf *b)
{
    JIT_FOR_GLOBALS_IN(g, g->gstale, t)
        jit_store_temp(g, b, t);
    g->gstale = 0;
}

void jit_forget_globals(JitGen *g)
{
    JIT_FOR_GLOBALS_IN(g, g->gcached, t) {
        JitTemp *x = &g->t[t];
        if (!x->is_global)
            continue;
        if (x->val == JIT_VAL_REG)
            jit_reg_set(g, x->reg, -1);
        x->reg = JIT_NOREG;
        x->val = JIT_VAL_MEM;
        x->coherent = true;
    }
    g->gstale = g->gcached = 0;
}

void jit_sync_bb(JitGen *g, bool forget)
{
    /* the TB temps live here, from tcg_liveness_pass */
    const uint64_t *live = tcg_live_block_set(&g->s->ops[g->op_no]);
    jit_sync_globals(g, &g->hot);
    for (uint32_t i = 0; i < g->ntb; i++) {
        uint32_t t = g->tb_temps[i];
        JitTemp *x = &g->t[t];
        bool is_live = !live || lv_test(live, t);
        if (is_live)
            jit_store_temp(g, &g->hot, t);
        if (forget || !is_live) {
            if (x->val == JIT_VAL_REG)
                jit_reg_set(g, x->reg, -1);
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
                jit_reg_set(g, x->reg, -1);
            x->reg = JIT_NOREG;
            x->val = JIT_VAL_MEM;
        }
    }
}

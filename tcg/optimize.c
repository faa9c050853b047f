/* The IR optimizer, two passes over one TB:
 *  1. forward: copy and constant propagation within basic blocks, constant folding,
 *     algebraic simplification, decidable branches, removal of unreachable ops;
 *  2. backward: liveness, removing ops whose results are never read. Globals are live
 *     wherever the guest can observe them (TB exits, ops that may raise, helpers that
 *     read them, possible self-modifying-code stops), so a global written and then
 *     overwritten with none of those in between - e.g. lazy flags of consecutive ALU
 *     insns - is a dead store and goes too. */
#include <stdlib.h>
#include <string.h>

#include "tcg/tcg-internal.h"

#define NONE UINT32_MAX

typedef struct Opt {
    TCGContext *s;
    TCGOp *out;
    uint32_t nout, capout;
    uint32_t ninfo;      /* temps with info slots (constants made later need none) */
    uint32_t *copy_of;   /* the temp this one currently equals, or NONE */
    uint32_t *copy_gen;  /* gen[copy_of] when the copy was made */
    uint32_t *gen;       /* bumped on every write: stale copies no longer match */
} Opt;

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        tcg_internal_error("out of memory in the optimizer");
    return p;
}

static bool is_var(Opt *o, uint64_t t)
{
    if (t == TCG_NO_TEMP || t >= o->ninfo)
        return false;
    uint8_t k = o->s->temps[t].kind;
    return k == TEMP_GLOBAL || k == TEMP_TB;
}

static bool get_const(Opt *o, uint64_t t, uint64_t *v)
{
    if (t == TCG_NO_TEMP || o->s->temps[t].kind != TEMP_CONST)
        return false;
    *v = o->s->temps[t].val;
    return true;
}

static uint32_t rep(Opt *o, uint64_t t)
{
    if (!is_var(o, t))
        return (uint32_t)t;
    uint32_t c = o->copy_of[t];
    if (c != NONE && (!is_var(o, c) || o->gen[c] == o->copy_gen[t]))
        return c;
    return (uint32_t)t;
}

static void set_written(Opt *o, uint64_t t)
{
    if (!is_var(o, t))
        return;
    o->gen[t]++;
    o->copy_of[t] = NONE;
}

static void set_copy(Opt *o, uint64_t d, uint32_t src)
{
    set_written(o, d);
    if (!is_var(o, d) || d == src)
        return;
    o->copy_of[d] = src;
    o->copy_gen[d] = is_var(o, src) ? o->gen[src] : 0;
}

static void forget_globals(Opt *o)
{
    for (uint32_t t = 0; t < o->s->nb_globals; t++)
        set_written(o, t);
}

static void forget_all(Opt *o)
{
    for (uint32_t t = 0; t < o->ninfo; t++)
        o->copy_of[t] = NONE;
}

/* Globals overlapping [off, off+size) of env were written behind the IR's back. */
static void forget_globals_at(Opt *o, int64_t off, unsigned size)
{
    for (uint32_t t = 0; t < o->s->nb_globals; t++) {
        const TCGTemp *g = &o->s->temps[t];
        if (g->kind != TEMP_GLOBAL)
            continue;
        int64_t gsz = g->type == TCG_TYPE_I32 ? 4 : 8;
        if (g->mem_offset < off + (int64_t)size && off < g->mem_offset + gsz)
            set_written(o, t);
    }
}

static TCGOp *out_op(Opt *o, const TCGOp *op)
{
    if (o->nout == o->capout) {
        o->capout = o->capout ? o->capout * 2 : 64;
        o->out = realloc(o->out, o->capout * sizeof(TCGOp));
        if (!o->out)
            tcg_internal_error("out of memory in the optimizer");
    }
    o->out[o->nout] = *op;
    return &o->out[o->nout++];
}

static void out_mov(Opt *o, TCGType type, uint64_t d, uint32_t src)
{
    uint32_t r = rep(o, src);
    /* d already holds that value: the mov changes nothing. */
    if (d == r || rep(o, d) == r)
        return;
    set_copy(o, d, r);
    TCGOp m = { .opc = INDEX_op_mov, .type = (uint8_t)type, .nargs = 2 };
    m.args[0] = d;
    m.args[1] = r;
    out_op(o, &m);
}

static void out_movi(Opt *o, uint64_t d, uint64_t v)
{
    TCGType t = (TCGType)o->s->temps[d].type;
    out_mov(o, t, d, tcg_const_temp(o->s, t, v));
}

static uint64_t type_mask(TCGType t) { return t == TCG_TYPE_I32 ? 0xffffffffull : ~0ull; }

/* Decides cond(a, b) without knowing both values when the answer does not depend on
 * them; returns -1 when it does. */
static int decide_cond(Opt *o, TCGCond c, TCGType type, uint64_t a, uint64_t b)
{
    uint64_t va, vb;
    bool ca = get_const(o, a, &va), cb = get_const(o, b, &vb);
    if (c == TCG_COND_ALWAYS)
        return 1;
    if (c == TCG_COND_NEVER)
        return 0;
    if (ca && cb)
        return tcg_eval_cond(c, type, va, vb);
    if (a == b) {
        switch (c) {
        case TCG_COND_EQ: case TCG_COND_LE: case TCG_COND_GE:
        case TCG_COND_LEU: case TCG_COND_GEU:
            return 1;
        case TCG_COND_NE: case TCG_COND_LT: case TCG_COND_GT:
        case TCG_COND_LTU: case TCG_COND_GTU:
            return 0;
        default:
            return -1;
        }
    }
    if (cb && (vb & type_mask(type)) == 0) {
        if (c == TCG_COND_LTU || c == TCG_COND_TSTNE)
            return 0;
        if (c == TCG_COND_GEU || c == TCG_COND_TSTEQ)
            return 1;
    }
    return -1;
}

/* Simplifications of binary ops with one known or repeated operand. Returns true when
 * the op was replaced (by a mov or a cheaper op). */
static bool simplify_binary(Opt *o, TCGOp *op)
{
    TCGType type = (TCGType)op->type;
    uint64_t d = op->args[0], a = op->args[1], b = op->args[2], va = 0, vb = 0;
    uint64_t m = type_mask(type);
    bool ca = get_const(o, a, &va), cb = get_const(o, b, &vb);
    va &= m;
    vb &= m;

    switch (op->opc) {
    case INDEX_op_add: case INDEX_op_or: case INDEX_op_xor:
        if (ca && va == 0) { out_mov(o, type, d, (uint32_t)b); return true; }
        /* fall through */
    case INDEX_op_sub: case INDEX_op_shl: case INDEX_op_shr: case INDEX_op_sar:
    case INDEX_op_rotl: case INDEX_op_rotr:
        if (cb && (vb == 0 || (op->opc >= INDEX_op_shl && op->opc <= INDEX_op_rotr &&
                               (vb & ((type == TCG_TYPE_I32 ? 32 : 64) - 1)) == 0))) {
            out_mov(o, type, d, (uint32_t)a);
            return true;
        }
        if (ca && va == 0 && op->opc >= INDEX_op_shl && op->opc <= INDEX_op_rotr) {
            out_movi(o, d, 0);
            return true;
        }
        break;
    default:
        break;
    }
    switch (op->opc) {
    case INDEX_op_sub:
        if (a == b) { out_movi(o, d, 0); return true; }
        if (ca && va == 0) {
            op->opc = INDEX_op_neg;
            op->args[1] = b;
            op->nargs = 2;
            return false;
        }
        break;
    case INDEX_op_xor:
        if (a == b) { out_movi(o, d, 0); return true; }
        if (cb && vb == m) {
            op->opc = INDEX_op_not;
            op->nargs = 2;
            return false;
        }
        break;
    case INDEX_op_and:
        if (a == b) { out_mov(o, type, d, (uint32_t)a); return true; }
        if ((ca && va == 0) || (cb && vb == 0)) { out_movi(o, d, 0); return true; }
        if (cb && vb == m) { out_mov(o, type, d, (uint32_t)a); return true; }
        if (ca && va == m) { out_mov(o, type, d, (uint32_t)b); return true; }
        break;
    case INDEX_op_or:
        if (a == b) { out_mov(o, type, d, (uint32_t)a); return true; }
        if ((ca && va == m) || (cb && vb == m)) { out_movi(o, d, m); return true; }
        break;
    case INDEX_op_andc:
        if (a == b || (ca && va == 0) || (cb && vb == m)) { out_movi(o, d, 0); return true; }
        if (cb && vb == 0) { out_mov(o, type, d, (uint32_t)a); return true; }
        break;
    case INDEX_op_orc:
        if (a == b || (cb && vb == 0)) { out_movi(o, d, m); return true; }
        if (cb && vb == m) { out_mov(o, type, d, (uint32_t)a); return true; }
        break;
    case INDEX_op_mul:
        if ((ca && va == 0) || (cb && vb == 0)) { out_movi(o, d, 0); return true; }
        if (cb && vb == 1) { out_mov(o, type, d, (uint32_t)a); return true; }
        if (ca && va == 1) { out_mov(o, type, d, (uint32_t)b); return true; }
        break;
    case INDEX_op_divu: case INDEX_op_divs:
        if (cb && vb == 1) { out_mov(o, type, d, (uint32_t)a); return true; }
        break;
    case INDEX_op_remu: case INDEX_op_rems:
        if (cb && vb == 1) { out_movi(o, d, 0); return true; }
        break;
    default:
        break;
    }
    return false;
}

static void drop_branch_ref(Opt *o, const TCGOp *op)
{
    uint64_t l = op->opc == INDEX_op_br ? op->args[0] : op->args[3];
    if (l < o->s->nb_labels && o->s->labels[l].refs)
        o->s->labels[l].refs--;
}

static void forward_pass(Opt *o)
{
    TCGContext *s = o->s;
    bool unreachable = false;

    /* Branch counts decide which labels survive: recount them from the ops. */
    for (uint32_t l = 0; l < s->nb_labels; l++)
        s->labels[l].refs = 0;
    for (uint32_t i = 0; i < s->nb_ops; i++) {
        const TCGOp *op = &s->ops[i];
        uint64_t l = op->opc == INDEX_op_br ? op->args[0]
                   : op->opc == INDEX_op_brcond ? op->args[3] : UINT64_MAX;
        if (l < s->nb_labels)
            s->labels[l].refs++;
        else if (l != UINT64_MAX)
            tcg_internal_error("branch to label %llu that does not exist",
                               (unsigned long long)l);
    }

    for (uint32_t i = 0; i < s->nb_ops; i++) {
        TCGOp cur = s->ops[i];
        TCGOp *op = &cur;
        const TCGOpDef *def = &tcg_op_defs[op->opc];

        if (op->opc == INDEX_op_set_label) {
            TCGLabel *l = &s->labels[op->args[0]];
            if (l->refs == 0)
                continue; /* nothing jumps here: the block just goes on */
            unreachable = false;
            forget_all(o);
            l->op_index = (int32_t)o->nout;
            out_op(o, op);
            continue;
        }
        if (unreachable) {
            if (op->opc == INDEX_op_br || op->opc == INDEX_op_brcond)
                drop_branch_ref(o, op);
            continue;
        }

        unsigned first_in = tcg_op_first_iarg(op), nin = tcg_op_nb_iargs(op);
        for (unsigned k = 0; k < nin; k++)
            op->args[first_in + k] = rep(o, op->args[first_in + k]);

        switch (op->opc) {
        case INDEX_op_mov:
            out_mov(o, (TCGType)op->type, op->args[0], (uint32_t)op->args[1]);
            continue;
        case INDEX_op_discard:
            set_written(o, op->args[0]);
            out_op(o, op);
            continue;
        case INDEX_op_br:
        case INDEX_op_exit_tb:
        case INDEX_op_lookup_and_goto:
            out_op(o, op);
            unreachable = true;
            continue;
        case INDEX_op_brcond: {
            int r = decide_cond(o, (TCGCond)op->args[2], (TCGType)op->type, op->args[0],
                                op->args[1]);
            if (r == 0) {
                drop_branch_ref(o, op);
                continue;
            }
            if (r == 1) {
                TCGOp br = { .opc = INDEX_op_br, .type = TCG_TYPE_I32, .nargs = 1 };
                br.args[0] = op->args[3];
                out_op(o, &br);
                unreachable = true;
                continue;
            }
            out_op(o, op);
            continue;
        }
        case INDEX_op_setcond: {
            int r = decide_cond(o, (TCGCond)op->args[3], (TCGType)op->type, op->args[1],
                                op->args[2]);
            if (r >= 0) {
                out_movi(o, op->args[0], (uint64_t)r);
                continue;
            }
            break;
        }
        case INDEX_op_movcond: {
            int r = decide_cond(o, (TCGCond)op->args[5], (TCGType)op->type, op->args[1],
                                op->args[2]);
            if (r >= 0 || op->args[3] == op->args[4]) {
                out_mov(o, (TCGType)op->type, op->args[0],
                        (uint32_t)(r == 0 ? op->args[4] : op->args[3]));
                continue;
            }
            break;
        }
        case INDEX_op_call: {
            uint32_t flags = tcg_call_info(op)->flags;
            out_op(o, op);
            if (!(flags & TCG_CALL_NO_WRITE_GLOBALS))
                forget_globals(o);
            set_written(o, op->args[0]);
            continue;
        }
        case INDEX_op_st8: case INDEX_op_st16: case INDEX_op_st32: case INDEX_op_st: {
            static const unsigned sz[] = { 1, 2, 4, 8 };
            unsigned size = sz[op->opc - INDEX_op_st8];
            if (op->opc == INDEX_op_st && op->type == TCG_TYPE_I32)
                size = 4;
            if (s->temps[op->args[1]].kind == TEMP_ENV)
                forget_globals_at(o, (int64_t)op->args[2], size);
            else
                forget_globals(o);
            out_op(o, op);
            continue;
        }
        default:
            break;
        }

        /* Pure ops: fold when every input is known. */
        if (!(def->flags & (TCG_OPF_SIDE_EFFECTS | TCG_OPF_BB_END)) && nin > 0 &&
            op->opc != INDEX_op_discard) {
            uint64_t in[4], res[2];
            bool all_const = true;
            for (unsigned k = 0; k < nin && k < 4; k++)
                all_const &= get_const(o, op->args[first_in + k], &in[k]);
            if (all_const && nin <= 4 &&
                tcg_eval_op((TCGOpcode)op->opc, (TCGType)op->type, in,
                            &op->args[first_in + nin], res)) {
                out_movi(o, op->args[0], res[0]);
                if (def->nb_oargs == 2)
                    out_movi(o, op->args[1], res[1]);
                continue;
            }
        }
        if (def->nb_oargs == 1 && def->nb_iargs == 2 && def->nb_cargs == 0 &&
            op->opc != INDEX_op_clz && op->opc != INDEX_op_ctz && simplify_binary(o, op))
            continue;

        for (unsigned k = 0; k < tcg_op_nb_oargs(op); k++)
            set_written(o, op->args[k]);
        out_op(o, op);
    }
}

/* ---- liveness and dead code ---- */

typedef uint64_t Word;
#define WBITS 64

typedef struct Live {
    uint32_t words;
    Word *cur, *globals, *all;
    Word *labels;        /* live-in per label, words each */
    bool *label_known;
} Live;

static inline bool lv_test(const Word *w, uint64_t t) { return (w[t / WBITS] >> (t % WBITS)) & 1; }
static inline void lv_set(Word *w, uint64_t t) { w[t / WBITS] |= (Word)1 << (t % WBITS); }
static inline void lv_clear(Word *w, uint64_t t) { w[t / WBITS] &= ~((Word)1 << (t % WBITS)); }
static void lv_or(Live *l, Word *d, const Word *s)
{
    for (uint32_t i = 0; i < l->words; i++)
        d[i] |= s[i];
}

static bool is_tracked(TCGContext *s, uint64_t t)
{
    if (t == TCG_NO_TEMP || t >= s->nb_temps)
        return false;
    uint8_t k = s->temps[t].kind;
    return k == TEMP_GLOBAL || k == TEMP_TB;
}

/* Host loads from env read the globals they overlap; from elsewhere, maybe any. */
static void live_host_load(TCGContext *s, Live *l, const TCGOp *op)
{
    if (s->temps[op->args[1]].kind != TEMP_ENV) {
        lv_or(l, l->cur, l->globals);
        return;
    }
    static const unsigned sz[] = { 1, 1, 2, 2, 4, 4, 8 };
    int64_t off = (int64_t)op->args[2];
    unsigned size = sz[op->opc - INDEX_op_ld8u];
    if (op->opc == INDEX_op_ld && op->type == TCG_TYPE_I32)
        size = 4;
    for (uint32_t t = 0; t < s->nb_globals; t++) {
        const TCGTemp *g = &s->temps[t];
        int64_t gsz = g->type == TCG_TYPE_I32 ? 4 : 8;
        if (g->kind == TEMP_GLOBAL && g->mem_offset < off + (int64_t)size &&
            off < g->mem_offset + gsz)
            lv_set(l->cur, t);
    }
}

static void backward_pass(TCGContext *s)
{
    Live l;
    uint32_t n = s->nb_ops;
    l.words = (s->nb_temps + WBITS - 1) / WBITS;
    if (l.words == 0)
        l.words = 1;
    l.cur = xmalloc(l.words * sizeof(Word));
    l.globals = calloc(l.words, sizeof(Word));
    l.all = calloc(l.words, sizeof(Word));
    l.labels = xmalloc((size_t)l.words * sizeof(Word) * (s->nb_labels + 1));
    l.label_known = calloc(s->nb_labels + 1, sizeof(bool));
    bool *dead = calloc(n + 1, sizeof(bool));
    bool *exit_point = calloc(n + 1, sizeof(bool));
    if (!l.globals || !l.all || !l.label_known || !dead || !exit_point)
        tcg_internal_error("out of memory in the optimizer");
    for (uint32_t t = 0; t < s->nb_temps; t++) {
        if (s->temps[t].kind == TEMP_GLOBAL)
            lv_set(l.globals, t);
        if (is_tracked(s, t))
            lv_set(l.all, t);
    }
    /* insn_starts where the interpreter may stop after self-modifying code. */
    bool may_change = false;
    for (uint32_t i = 0; i < n; i++) {
        if (s->ops[i].opc == INDEX_op_insn_start) {
            exit_point[i] = may_change;
            may_change = false;
        } else if (tcg_op_may_modify_code(&s->ops[i])) {
            may_change = true;
        }
    }

    memcpy(l.cur, l.globals, l.words * sizeof(Word));
    for (uint32_t i = n; i-- > 0;) {
        TCGOp *op = &s->ops[i];
        const TCGOpDef *def = &tcg_op_defs[op->opc];
        switch (op->opc) {
        case INDEX_op_set_label: {
            uint64_t lb = op->args[0];
            memcpy(&l.labels[lb * l.words], l.cur, l.words * sizeof(Word));
            l.label_known[lb] = true;
            continue;
        }
        case INDEX_op_br: {
            uint64_t lb = op->args[0];
            memcpy(l.cur, l.label_known[lb] ? &l.labels[lb * l.words] : l.all,
                   l.words * sizeof(Word));
            continue;
        }
        case INDEX_op_exit_tb:
        case INDEX_op_lookup_and_goto:
            memcpy(l.cur, l.globals, l.words * sizeof(Word));
            continue;
        case INDEX_op_goto_tb:
            lv_or(&l, l.cur, l.globals);
            continue;
        case INDEX_op_insn_start:
            if (exit_point[i])
                lv_or(&l, l.cur, l.globals);
            continue;
        case INDEX_op_discard:
            if (is_tracked(s, op->args[0]))
                lv_clear(l.cur, op->args[0]);
            dead[i] = true;
            continue;
        case INDEX_op_brcond: {
            uint64_t lb = op->args[3];
            lv_or(&l, l.cur, l.label_known[lb] ? &l.labels[lb * l.words] : l.all);
            break;
        }
        default:
            break;
        }

        unsigned nout = tcg_op_nb_oargs(op), first_in = tcg_op_first_iarg(op);
        unsigned nin = tcg_op_nb_iargs(op);
        bool removable;
        if (op->opc == INDEX_op_call)
            removable = (tcg_call_info(op)->flags & TCG_CALL_NO_SIDE_EFFECTS) != 0;
        else
            removable = !(def->flags & (TCG_OPF_SIDE_EFFECTS | TCG_OPF_BB_END));
        if (removable) {
            bool any_live = false;
            for (unsigned k = 0; k < nout; k++)
                any_live |= !is_tracked(s, op->args[k]) || lv_test(l.cur, op->args[k]);
            if (!any_live) {
                dead[i] = true;
                continue;
            }
        }
        /* A double-width multiply whose high half is unused is a plain multiply. */
        if ((op->opc == INDEX_op_mulu2 || op->opc == INDEX_op_muls2) &&
            is_tracked(s, op->args[1]) && !lv_test(l.cur, op->args[1])) {
            op->opc = INDEX_op_mul;
            op->args[1] = op->args[2];
            op->args[2] = op->args[3];
            op->nargs = 3;
            nout = 1;
            first_in = 1;
        }
        for (unsigned k = 0; k < nout; k++)
            if (is_tracked(s, op->args[k]))
                lv_clear(l.cur, op->args[k]);
        /* The guest sees every global if this op raises, or the helper reads them. */
        if (tcg_op_may_raise(op) ||
            (op->opc == INDEX_op_call && !(tcg_call_info(op)->flags & TCG_CALL_NO_READ_GLOBALS)))
            lv_or(&l, l.cur, l.globals);
        if (op->opc >= INDEX_op_ld8u && op->opc <= INDEX_op_ld)
            live_host_load(s, &l, op);
        op->life = 0;
        for (unsigned k = 0; k < nin; k++) {
            uint64_t t = op->args[first_in + k];
            if (!is_tracked(s, t))
                continue;
            if (!lv_test(l.cur, t) && k < 32)
                op->life |= 1u << k;
            lv_set(l.cur, t);
        }
    }

    uint32_t j = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (dead[i])
            continue;
        if (s->ops[i].opc == INDEX_op_set_label)
            s->labels[s->ops[i].args[0]].op_index = (int32_t)j;
        s->ops[j++] = s->ops[i];
    }
    s->nb_ops = j;
    free(l.cur);
    free(l.globals);
    free(l.all);
    free(l.labels);
    free(l.label_known);
    free(dead);
    free(exit_point);
}

void tcg_optimize(TCGContext *s)
{
    Opt o = { .s = s };
    o.ninfo = s->nb_temps;
    o.copy_of = xmalloc(o.ninfo * sizeof(uint32_t));
    o.copy_gen = xmalloc(o.ninfo * sizeof(uint32_t));
    o.gen = calloc(o.ninfo ? o.ninfo : 1, sizeof(uint32_t));
    if (!o.gen)
        tcg_internal_error("out of memory in the optimizer");
    for (uint32_t t = 0; t < o.ninfo; t++)
        o.copy_of[t] = NONE;
    o.capout = s->nb_ops + 16;
    o.out = xmalloc(o.capout * sizeof(TCGOp));

    forward_pass(&o);

    free(s->ops);
    s->ops = o.out;
    s->nb_ops = o.nout;
    s->cap_ops = o.capout;
    free(o.copy_of);
    free(o.copy_gen);
    free(o.gen);

    backward_pass(s);
}

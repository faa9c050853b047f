/* The optimizer's backward pass: liveness of temps over one TB, removing ops whose
 * results are never read. Globals are live wherever the guest can observe them (TB
 * exits, ops that may raise, helpers that read them, possible self-modifying-code
 * stops), so a global written and then overwritten with none of those in between -
 * e.g. the lazy flags of consecutive ALU insns - is a dead store and goes too. */
#include <stdlib.h>
#include <string.h>

#include "tcg/tcg-internal.h"

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        tcg_internal_error("out of memory in the optimizer");
    return p;
}


typedef uint64_t Word;
#define WBITS 64

typedef struct Live {
    uint32_t words;
    uint32_t gwords;     /* words holding the globals' bits (the rest of globals is 0) */
    Word *cur, *globals, *all;
    Word *labels;        /* live-in per label, words each */
    bool *label_known;
} Live;

/* Buffers kept across TBs, grown to the largest TB seen. */
static Word *buf_sets;          /* cur, globals, all: 3 * words */
static uint32_t buf_sets_words;
static Word *buf_labels;
static size_t buf_labels_words;
static bool *buf_label_known;
static uint32_t buf_label_cap;
static uint8_t *buf_flags;      /* per op: OPF_DEAD */
static uint32_t buf_flags_cap;
#define OPF_DEAD 1

static void *regrow(void *p, size_t n)
{
    free(p);
    return xmalloc(n);
}

static inline bool lv_test(const Word *w, uint64_t t) { return (w[t / WBITS] >> (t % WBITS)) & 1; }
static inline void lv_set(Word *w, uint64_t t) { w[t / WBITS] |= (Word)1 << (t % WBITS); }
static inline void lv_clear(Word *w, uint64_t t) { w[t / WBITS] &= ~((Word)1 << (t % WBITS)); }
static void lv_or(Live *l, Word *d, const Word *s)
{
    for (uint32_t i = 0; i < l->words; i++)
        d[i] |= s[i];
}

/* cur |= globals */
static inline void lv_or_globals(Live *l)
{
    for (uint32_t i = 0; i < l->gwords; i++)
        l->cur[i] |= l->globals[i];
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
        lv_or_globals(l);
        return;
    }
    static const unsigned sz[] = { 1, 1, 2, 2, 4, 4, 8 };
    int64_t off = (int64_t)op->args[2];
    unsigned size = sz[op->opc - INDEX_op_ld8u];
    if (op->opc == INDEX_op_ld && op->type == TCG_TYPE_I32)
        size = 4;
    if (off >= s->globals_hi || off + (int64_t)size <= s->globals_lo)
        return; /* most env loads: outside the globals' span */
    for (uint32_t t = 0; t < s->nb_globals; t++) {
        const TCGTemp *g = &s->temps[t];
        int64_t gsz = g->type == TCG_TYPE_I32 ? 4 : 8;
        if (g->kind == TEMP_GLOBAL && g->mem_offset < off + (int64_t)size &&
            off < g->mem_offset + gsz)
            lv_set(l->cur, t);
    }
}

void tcg_liveness_pass(TCGContext *s, const uint8_t *insn_exit)
{
    Live l;
    uint32_t n = s->nb_ops;
    l.words = (s->nb_temps + WBITS - 1) / WBITS;
    if (l.words == 0)
        l.words = 1;
    if (l.words > buf_sets_words) {
        buf_sets_words = l.words * 2;
        buf_sets = regrow(buf_sets, 3 * (size_t)buf_sets_words * sizeof(Word));
    }
    l.cur = buf_sets;
    l.globals = buf_sets + l.words;
    l.all = buf_sets + 2 * l.words;
    size_t label_words = (size_t)l.words * (s->nb_labels + 1);
    if (label_words > buf_labels_words) {
        buf_labels_words = label_words * 2;
        buf_labels = regrow(buf_labels, buf_labels_words * sizeof(Word));
    }
    l.labels = buf_labels;
    if (s->nb_labels + 1 > buf_label_cap) {
        buf_label_cap = (s->nb_labels + 1) * 2;
        buf_label_known = regrow(buf_label_known, buf_label_cap * sizeof(bool));
    }
    l.label_known = buf_label_known;
    memset(l.label_known, 0, (s->nb_labels + 1) * sizeof(bool));
    if (n + 1 > buf_flags_cap) {
        buf_flags_cap = (n + 1) * 2;
        buf_flags = regrow(buf_flags, buf_flags_cap);
    }
    uint8_t *flags = buf_flags;
    /* Only the bits of tracked temps (globals, TB temps) are ever read, so the bits of
     * constants and env may be set freely: "all" is every bit, "globals" every temp
     * below nb_globals (env included). */
    memset(l.all, 0xff, l.words * sizeof(Word));
    memset(l.globals, 0, l.words * sizeof(Word));
    for (uint32_t w = 0; w < s->nb_globals / WBITS; w++)
        l.globals[w] = ~(Word)0;
    if (s->nb_globals % WBITS)
        l.globals[s->nb_globals / WBITS] = ((Word)1 << (s->nb_globals % WBITS)) - 1;
    l.gwords = (s->nb_globals + WBITS - 1) / WBITS;
    memcpy(l.cur, l.globals, l.words * sizeof(Word));
    uint32_t first_dead = n; /* the walk is backward: ends as the lowest dead op */
    for (uint32_t i = n; i-- > 0;) {
        TCGOp *op = &s->ops[i];
        const TCGOpDef *def = &tcg_op_defs[op->opc];
        flags[i] = 0;
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
            lv_or_globals(&l);
            continue;
        case INDEX_op_insn_start:
            /* where the interpreter may stop after self-modifying code */
            if (insn_exit[i])
                lv_or_globals(&l);
            continue;
        case INDEX_op_discard:
            if (is_tracked(s, op->args[0]))
                lv_clear(l.cur, op->args[0]);
            flags[i] |= OPF_DEAD;
            first_dead = i;
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
                flags[i] |= OPF_DEAD;
            first_dead = i;
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
            lv_or_globals(&l);
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

    /* Ops before the first dead one stay where they are (their labels' op_index, set by
     * the forward pass, is already right). */
    uint32_t j = first_dead;
    for (uint32_t i = first_dead; i < n; i++) {
        if (flags[i] & OPF_DEAD)
            continue;
        if (s->ops[i].opc == INDEX_op_set_label)
            s->labels[s->ops[i].args[0]].op_index = (int32_t)j;
        if (i != j)
            tcg_op_copy(&s->ops[j], &s->ops[i]);
        j++;
    }
    s->nb_ops = j;
}

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
    Word *labels;        /* block sets (see tcg_live_block_set), words each */
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
/* Results kept for the backend until the next pass: the block sets (labels first, by
 * label number, then one per brcond), their word count, and per label its entry kind. */
static uint32_t res_words;
static uint8_t *buf_label_entry;
enum { ENTRY_BRANCH_AFTER = 1 }; /* a branch after the label (in op order) targets it */

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

/* Makes room for block set number k (Live.labels, words each). */
static void block_sets_reserve(Live *l, size_t k)
{
    size_t need = (k + 1) * l->words;
    if (need > buf_labels_words) {
        buf_labels_words = need * 2;
        buf_labels = realloc(buf_labels, buf_labels_words * sizeof(Word));
        if (!buf_labels)
            tcg_internal_error("out of memory in the optimizer");
    }
    l->labels = buf_labels;
}

const uint64_t *tcg_live_block_set(const TCGOp *op)
{
    uint32_t ref = op->life >> 16;
    return ref ? &buf_labels[(size_t)(ref - 1) * res_words] : NULL;
}

const uint8_t *tcg_live_label_entries(void)
{
    return buf_label_entry;
}

void tcg_liveness_pass(TCGContext *s, const uint8_t *insn_exit, const uint8_t *kind,
                       uint32_t nkind)
{
    Live l;
    uint32_t n = s->nb_ops;
    l.words = (s->nb_temps + WBITS - 1) / WBITS;
    if (l.words == 0)
        l.words = 1;
    res_words = l.words;
    if (l.words > buf_sets_words) {
        buf_sets_words = l.words * 2;
        buf_sets = regrow(buf_sets, 3 * (size_t)buf_sets_words * sizeof(Word));
    }
    l.cur = buf_sets;
    l.globals = buf_sets + l.words;
    l.all = buf_sets + 2 * l.words;
    block_sets_reserve(&l, s->nb_labels);
    if (s->nb_labels + 1 > buf_label_cap) {
        buf_label_cap = (s->nb_labels + 1) * 2;
        buf_label_known = regrow(buf_label_known, buf_label_cap * sizeof(bool));
        buf_label_entry = regrow(buf_label_entry, buf_label_cap);
    }
    l.label_known = buf_label_known;
    memset(l.label_known, 0, (s->nb_labels + 1) * sizeof(bool));
    memset(buf_label_entry, 0, s->nb_labels + 1);
    uint32_t nblocks = s->nb_labels; /* block sets made so far (brconds come after labels) */
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
        uint32_t life = 0; /* TCGOp.life, see tcg-internal.h */
        flags[i] = 0;
        switch (op->opc) {
        case INDEX_op_set_label: {
            uint64_t lb = op->args[0];
            memcpy(&l.labels[lb * l.words], l.cur, l.words * sizeof(Word));
            l.label_known[lb] = true;
            op->life = (uint32_t)(lb + 1) << 16;
            /* One way in: a single branch, before the label, and no fall-through. */
            const TCGOp *pop = i ? &s->ops[i - 1] : NULL;
            unsigned prev = pop ? pop->opc : INDEX_op_set_label;
            bool falls = !(prev == INDEX_op_exit_tb || prev == INDEX_op_br ||
                           prev == INDEX_op_lookup_and_goto ||
                           (prev == INDEX_op_call &&
                            (tcg_call_info(pop)->flags & TCG_CALL_NO_RETURN)));
            if (s->labels[lb].refs == 1 && !falls && !buf_label_entry[lb])
                buf_label_entry[lb] = TCG_LABEL_ONE_ENTRY;
            continue;
        }
        case INDEX_op_br: {
            uint64_t lb = op->args[0];
            if (l.label_known[lb]) {
                memcpy(l.cur, &l.labels[lb * l.words], l.words * sizeof(Word));
                op->life = (uint32_t)(lb + 1) << 16;
            } else {
                memcpy(l.cur, l.all, l.words * sizeof(Word));
                buf_label_entry[lb] = ENTRY_BRANCH_AFTER;
                op->life = 0;
            }
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
            lv_clear(l.cur, op->args[0]);
            flags[i] |= OPF_DEAD;
            first_dead = i;
            continue;
        case INDEX_op_brcond: {
            uint64_t lb = op->args[3];
            if (!l.label_known[lb])
                buf_label_entry[lb] = ENTRY_BRANCH_AFTER;
            lv_or(&l, l.cur, l.label_known[lb] ? &l.labels[lb * l.words] : l.all);
            if (nblocks >= 0xffff)
                tcg_internal_error("TB with more than 65534 labels and brconds");
            block_sets_reserve(&l, nblocks);
            memcpy(&l.labels[(size_t)nblocks * l.words], l.cur, l.words * sizeof(Word));
            life = ++nblocks << 16;
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
        /* Outputs are globals or TB temps (an op never writes a constant or env). */
        if (removable) {
            bool any_live = false;
            for (unsigned k = 0; k < nout; k++)
                any_live |= lv_test(l.cur, op->args[k]);
            if (!any_live) {
                flags[i] |= OPF_DEAD;
                first_dead = i;
                continue;
            }
        }
        /* A double-width multiply whose high half is unused is a plain multiply. */
        if ((op->opc == INDEX_op_mulu2 || op->opc == INDEX_op_muls2) &&
            !lv_test(l.cur, op->args[1])) {
            op->opc = INDEX_op_mul;
            op->args[1] = op->args[2];
            op->args[2] = op->args[3];
            op->nargs = 3;
            nout = 1;
            first_in = 1;
        }
        for (unsigned k = 0; k < nout; k++) {
            uint64_t t = op->args[k];
            if (t < nkind && kind[t] == TEMP_TB && !lv_test(l.cur, t))
                life |= 1u << (16 + k);
            lv_clear(l.cur, t);
        }
        /* The guest sees every global if this op raises, or the helper reads them. */
        if (tcg_op_may_raise(op) ||
            (op->opc == INDEX_op_call && !(tcg_call_info(op)->flags & TCG_CALL_NO_READ_GLOBALS)))
            lv_or_globals(&l);
        if (op->opc >= INDEX_op_ld8u && op->opc <= INDEX_op_ld)
            live_host_load(s, &l, op);
        /* Inputs that die here: tested before any input is marked, so an input given
         * twice dies at both places. (Inputs are temps; marking a constant or env is
         * harmless, see above.) */
        for (unsigned k = 0; k < nin && k < 16; k++) {
            uint64_t t = op->args[first_in + k];
            if (t < nkind && kind[t] == TEMP_TB && !lv_test(l.cur, t))
                life |= 1u << k;
        }
        for (unsigned k = 0; k < nin; k++)
            lv_set(l.cur, op->args[first_in + k]);
        op->life = life;
    }

    /* Ops before the first dead one stay where they are (their labels' op_index, set by
     * the forward pass, is already right). */
    uint32_t j = first_dead;
    for (uint32_t i = first_dead; i < n; i++) {
        /* Every op is copied and a dead one is then overwritten: which ops are dead
         * follows no pattern a branch predictor could learn. (A set_label is never dead.) */
        if (s->ops[i].opc == INDEX_op_set_label)
            s->labels[s->ops[i].args[0]].op_index = (int32_t)j;
        if (i != j)
            tcg_op_copy(&s->ops[j], &s->ops[i]);
        j += !(flags[i] & OPF_DEAD);
    }
    s->nb_ops = j;
}

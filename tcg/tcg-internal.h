/* Declarations shared only between the files of tcg/ (builder, optimizer, backends):
 * temp and op accessors, constant interning for passes, and the rules that both the
 * optimizer and the backends must agree on. Guest code includes tcg.h, never this. */
#ifndef TCG_TCG_INTERNAL_H
#define TCG_TCG_INTERNAL_H

#include "tcg.h"

/* The last frame slots are kept free for backends: they materialize constants or env
 * into them when an op form has no immediate operand. */
#define TCG_FRAME_SCRATCH_SLOTS 4

_Noreturn void tcg_internal_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Changes whenever globals are made (or a context is set up), never to 0: a backend may
 * keep what it derived from the globals while it stays the same. */
extern uint32_t tcg_globals_generation;

/* Interned constant temp of the current TB (used by passes that fold). */
uint32_t tcg_const_temp(TCGContext *s, TCGType type, uint64_t v);

/* d[0..n) = s[0..n) as plain 8-byte moves: a memcpy of a variable few words is a slow
 * rep movs, and a block copy's 16-byte loads across args just rewritten by 8-byte
 * stores would stall (store forwarding cannot serve them). */
static inline void tcg_args_copy(TCGArg *d, const TCGArg *s, unsigned n)
{
    _Static_assert(TCG_MAX_OP_ARGS == 10, "the copy below handles up to 10 args");
    switch (n) {
    case 10: d[9] = s[9]; /* fall through */
    case 9: d[8] = s[8]; /* fall through */
    case 8: d[7] = s[7]; /* fall through */
    case 7: d[6] = s[6]; /* fall through */
    case 6: d[5] = s[5]; /* fall through */
    case 5: d[4] = s[4]; /* fall through */
    case 4: d[3] = s[3]; /* fall through */
    case 3: d[2] = s[2]; /* fall through */
    case 2: d[1] = s[1]; /* fall through */
    case 1: d[0] = s[0]; /* fall through */
    default: break;
    }
}

/* One arg loaded as a plain 8-byte value: the empty asm keeps the compiler from merging
 * neighbouring copies into 16-byte moves (see tcg_args_copy). */
static inline TCGArg tcg_arg_load(const TCGArg *p)
{
    TCGArg v = *p;
    __asm__("" : "+r"(v));
    return v;
}

/* *d = *src for the args in use, field by field (see tcg_args_copy). The first four
 * args (all that most ops have) are copied whether used or not: no branch on nargs,
 * which varies from op to op and would often be mispredicted. */
static inline void tcg_op_copy(TCGOp *d, const TCGOp *src)
{
    d->opc = src->opc;
    d->type = src->type;
    d->nargs = src->nargs;
    d->life = src->life;
    d->args[0] = tcg_arg_load(&src->args[0]);
    d->args[1] = tcg_arg_load(&src->args[1]);
    d->args[2] = tcg_arg_load(&src->args[2]);
    d->args[3] = tcg_arg_load(&src->args[3]);
    for (unsigned i = 4; i < src->nargs; i++)
        d->args[i] = tcg_arg_load(&src->args[i]);
}

void tcg_ops_grow(TCGContext *s);

/* A new op at the end of s's list, its args left to the caller to fill: the emitters'
 * fast path, for the ops tcg_emit_op keeps no branch bookkeeping for (all but
 * insn_start, set_label, br and brcond). */
static inline TCGOp *tcg_op_push(TCGContext *s, TCGOpcode opc, TCGType type, unsigned nargs)
{
    if (s->nb_ops >= s->cap_ops)
        tcg_ops_grow(s);
    TCGOp *op = &s->ops[s->nb_ops++];
    op->opc = (uint16_t)opc;
    op->type = (uint8_t)type;
    op->nargs = (uint8_t)nargs;
    op->life = 0;
    return op;
}

static inline TCGHelperInfo *tcg_call_info(const TCGOp *op)
{
    return (TCGHelperInfo *)(uintptr_t)op->args[op->nargs - 1];
}

static inline unsigned tcg_op_nb_oargs(const TCGOp *op)
{
    if (op->opc == INDEX_op_call)
        return op->args[0] != TCG_NO_TEMP;
    return tcg_op_defs[op->opc].nb_oargs;
}

static inline unsigned tcg_op_nb_iargs(const TCGOp *op)
{
    if (op->opc == INDEX_op_call)
        return op->nargs - 2u;
    return tcg_op_defs[op->opc].nb_iargs;
}

/* Index in args[] of the first input. For call, args[0] is the return slot even when
 * it is TCG_NO_TEMP. */
static inline unsigned tcg_op_first_iarg(const TCGOp *op)
{
    return op->opc == INDEX_op_call ? 1 : tcg_op_defs[op->opc].nb_oargs;
}

/* An op after which guest code may have changed (a guest store or a helper that may
 * have side effects). The next insn_start is then a possible TB exit point (the
 * interpreter leaves there when its TB was invalidated by self-modifying code), so all
 * globals must hold their architectural values at that insn_start. */
static inline bool tcg_op_may_modify_code(const TCGOp *op)
{
    if (op->opc == INDEX_op_qemu_st)
        return true;
    if (op->opc == INDEX_op_call) /* (after one that never returns nothing runs) */
        return !(tcg_call_info(op)->flags & (TCG_CALL_NO_SIDE_EFFECTS | TCG_CALL_NO_RETURN));
    return false;
}

/* An op that may leave the TB through a guest exception: every global is read then. */
static inline bool tcg_op_may_raise(const TCGOp *op)
{
    if (op->opc == INDEX_op_call)
        return !(tcg_call_info(op)->flags & TCG_CALL_NO_RAISE);
    return (tcg_op_defs[op->opc].flags & TCG_OPF_MEM) != 0;
}

/* Evaluates the pure ops (no memory, no control flow) on constant inputs; used by the
 * optimizer to fold and shared with tests. Returns false for ops it does not evaluate
 * or inputs whose result the IR leaves undefined (division by zero). For mulu2/muls2
 * out[1] receives the high half. */
bool tcg_eval_op(TCGOpcode opc, TCGType type, const uint64_t *in, const TCGArg *cargs,
                 uint64_t out[2]);
bool tcg_eval_cond(TCGCond c, TCGType type, uint64_t a, uint64_t b);

const char *tcg_cond_name(TCGCond c);

/* Checks that every branched-to label is placed, in the insn of its branches (the
 * emitter counts each label's branches in TCGLabel.refs as ops are made). */
void tcg_check_labels(TCGContext *s);

/* The optimizer's second pass (tcg/liveness.c): removes dead ops, sets TCGOp.life.
 * insn_exit[i], for each insn_start op i, is nonzero when an op of the insn before may
 * have modified code (tcg_op_may_modify_code): the interpreter may stop there.
 * kind[t] is temps[t].kind for t < nkind (the temps made later are constants). */
void tcg_liveness_pass(TCGContext *s, const uint8_t *insn_exit, const uint8_t *kind,
                       uint32_t nkind);

/* What tcg_liveness_pass leaves for the backend (valid until the next pass):
 * - TCGOp.life of every op: bit k (k < 16) = input k is a TB temp not live after the op
 *   (an input given twice dies at both), bit 16 + k = output k is a TB temp never read;
 *   for set_label, br and brcond, bits 16 and up name the op's block set instead.
 * - tcg_live_block_set(op) for those three: the temps live at that block boundary (the
 *   label's live-in; the branch target's, with the fall-through's for brcond), one bit
 *   per temp index (only globals' and TB temps' bits mean something); NULL: any may be.
 * - tcg_live_label_entries()[l] is TCG_LABEL_ONE_ENTRY when the only way into label l
 *   is one branch placed before it: no other branch, no fall-through. */
const uint64_t *tcg_live_block_set(const TCGOp *op);
#define TCG_LABEL_ONE_ENTRY 2
const uint8_t *tcg_live_label_entries(void);

#endif

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

/* Interned constant temp of the current TB (used by passes that fold). */
uint32_t tcg_const_temp(TCGContext *s, TCGType type, uint64_t v);

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
    if (op->opc == INDEX_op_call)
        return !(tcg_call_info(op)->flags & TCG_CALL_NO_SIDE_EFFECTS);
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

/* The optimizer's second pass (tcg/liveness.c): removes dead ops, sets TCGOp.life. */
void tcg_liveness_pass(TCGContext *s);

#endif

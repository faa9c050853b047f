/* The IR optimizer's forward pass over one TB: copy and constant propagation and
 * known-zero bits within basic blocks, constant folding, algebraic simplification,
 * decidable branches, removal of unreachable ops; then the backward liveness pass of
 * tcg/liveness.c removes what is dead. */
#include <stdlib.h>
#include <string.h>

#include "tcg/tcg-internal.h"

#define NONE UINT32_MAX

/* Per-temp knowledge (copy_of, copy_gen, zmask) is valid only while the temp's stamp
 * is not older than the last forget: forgetting every temp at a label, or every global
 * at a helper call, is then one counter bump instead of a pass over all temps. A write
 * stamps the temp with the current counter. The arrays are kept across TBs (grown to
 * the largest one) and gen is never reset: copies are only trusted within one TB. */
typedef struct TempInfo {
    uint64_t zmask;      /* bits of the current value that may be 1 */
    uint32_t copy_of;    /* the temp this one currently equals, or NONE */
    uint32_t copy_gen;   /* gen of copy_of when the copy was made */
    uint32_t gen;        /* bumped on every write: stale copies no longer match */
    uint32_t stamp;      /* clock of the temp's last write or reset */
    bool is64;           /* TCG_TYPE_I64 (set per TB, see tcg_optimize) */
} TempInfo;

typedef struct Opt {
    TCGContext *s;
    uint32_t nout;       /* ops written back to s->ops[0..nout) (see forward_pass) */
    uint32_t ninfo;      /* temps with info slots (constants made later need none) */
    uint32_t nglobals;
    uint32_t clock;      /* stamp of writes made now */
    uint32_t all_since, globals_since; /* stamps older than these are stale */
    TempInfo *info;      /* per temp */
    const uint8_t *kind; /* per temp: TCGTemp.kind, dense (few cache lines to touch) */
    /* Output ops since the last insn_start include one that may modify code; per output
     * insn_start, whether that held there (tcg_liveness_pass reads it). */
    bool may_change;
    uint8_t *insn_exit;
    /* The last I64 "ext32u x32_dst, x32_src" and both temps' gen after it: a second
     * extension of the same value is a copy of the first result. (32-bit guest ops in
     * 64-bit code extend one result into a register and into the flags state; with one
     * extension left, the x86-64 JIT computes the op in 32 bits straight into the
     * register, fuse_ext32u.) */
    uint32_t x32_dst, x32_src, x32_dst_gen, x32_src_gen, x32_clock;
} Opt;


/* Kept across TBs: the info array (info_cap temps). */
static TempInfo *info_buf;
static uint8_t *kind_buf;
static uint32_t info_cap;
static uint32_t opt_clock;
static uint8_t *exit_buf;
static uint32_t exit_cap;

_Static_assert(TEMP_GLOBAL == 0 && TEMP_TB == 1, "is_var tests kind <= TEMP_TB");

/* A global or TB temp with an info slot (TCG_NO_TEMP is above ninfo too). */
static inline bool is_var(Opt *o, uint64_t t)
{
    return t < o->ninfo && o->kind[t] <= TEMP_TB;
}

/* t: a temp (an input) */
static bool get_const(Opt *o, uint64_t t, uint64_t *v)
{
    if (o->s->temps[t].kind != TEMP_CONST)
        return false;
    *v = o->s->temps[t].val;
    return true;
}

static uint64_t type_mask(TCGType t) { return t == TCG_TYPE_I32 ? 0xffffffffull : ~0ull; }

/* Whether var t's copy_of/zmask describe its current value (see Opt). */
static inline bool info_valid(const Opt *o, uint64_t t)
{
    return o->info[t].stamp >= (t < o->nglobals ? o->globals_since : o->all_since);
}

static inline uint32_t rep(Opt *o, uint64_t t)
{
    if (!is_var(o, t) || !info_valid(o, t))
        return (uint32_t)t;
    uint32_t c = o->info[t].copy_of;
    if (c == NONE)
        return (uint32_t)t;
    if (!is_var(o, c))
        return c;
    /* A global source forgotten (written behind the IR's back) since the copy was
     * made no longer holds the copied value. */
    if (o->info[c].gen == o->info[t].copy_gen &&
        (c >= o->nglobals || o->info[t].stamp >= o->globals_since))
        return c;
    return (uint32_t)t;
}

/* t (if a var) was written with a value whose possibly-set bits are z. */
static inline void set_written_z(Opt *o, uint64_t t, uint64_t z)
{
    if (!is_var(o, t))
        return;
    TempInfo *x = &o->info[t];
    x->gen++;
    x->stamp = o->clock;
    x->copy_of = NONE;
    x->zmask = x->is64 ? z : (uint32_t)z;
}

static inline void set_written(Opt *o, uint64_t t)
{
    set_written_z(o, t, ~0ull);
}

/* Starts a new stamp period. Before the counter wraps, every stamp restarts at 0 and
 * the clock at 1: all that was known is forgotten, which is always safe. */
static void tick(Opt *o)
{
    if (opt_clock >= UINT32_MAX - 2) {
        for (uint32_t t = 0; t < info_cap; t++)
            info_buf[t].stamp = 0;
        opt_clock = 0;
        o->all_since = o->globals_since = 1;
        o->x32_dst = NONE;
    }
    o->clock = ++opt_clock;
}

/* Which bits of temp t's value may be set. */
static inline uint64_t get_z(Opt *o, uint64_t t)
{
    if (is_var(o, t) && info_valid(o, t))
        return o->info[t].zmask;
    const TCGTemp *tp = &o->s->temps[t];
    if (tp->kind == TEMP_CONST)
        return tp->val;
    return type_mask((TCGType)tp->type);
}

static void set_copy(Opt *o, uint64_t d, uint32_t src)
{
    if (d == src) {
        set_written(o, d);
        return;
    }
    if (!is_var(o, d))
        return;
    set_written_z(o, d, get_z(o, src));
    o->info[d].copy_of = src;
    o->info[d].copy_gen = is_var(o, src) ? o->info[src].gen : 0;
}

static void forget_globals(Opt *o)
{
    tick(o);
    o->globals_since = o->clock;
}

static void forget_all(Opt *o)
{
    tick(o);
    o->globals_since = o->all_since = o->clock;
}

/* Globals overlapping [off, off+size) of env were written behind the IR's back. */
static void forget_globals_at(Opt *o, int64_t off, unsigned size)
{
    if (off >= o->s->globals_hi || off + (int64_t)size <= o->s->globals_lo)
        return; /* most env stores: outside the globals' span */
    for (uint32_t t = 0; t < o->s->nb_globals; t++) {
        const TCGTemp *g = &o->s->temps[t];
        if (g->kind != TEMP_GLOBAL)
            continue;
        int64_t gsz = g->type == TCG_TYPE_I32 ? 4 : 8;
        if (g->mem_offset < off + (int64_t)size && off < g->mem_offset + gsz)
            set_written(o, t);
    }
}

/* The output overwrites the input ops it has consumed: while input op i is processed,
 * nout <= i, and an input op gives at most one output op, except a fold with two
 * outputs, which makes room first (make_room). */
static void out_op(Opt *o, const TCGOp *op)
{
    if (op->opc == INDEX_op_insn_start) {
        if (o->nout >= exit_cap) {
            exit_cap = (o->nout + 1) * 2;
            exit_buf = realloc(exit_buf, exit_cap);
            if (!exit_buf)
                tcg_internal_error("out of memory in the optimizer");
            o->insn_exit = exit_buf;
        }
        o->insn_exit[o->nout] = o->may_change;
        o->may_change = false;
    } else if (tcg_op_may_modify_code(op)) {
        o->may_change = true;
    }
    TCGOp *d = &o->s->ops[o->nout++];
    if (d != op)
        tcg_op_copy(d, op);
}

/* Moves the input ops after *i up by a few slots so that op *i can give two outputs;
 * *i then names the last free slot, so the walk goes on with the moved ops. */
static void make_room(Opt *o, uint32_t *i)
{
    enum { GAP = 16 };
    TCGContext *s = o->s;
    uint32_t n = s->nb_ops;
    if (n + GAP > s->cap_ops) {
        s->cap_ops = (n + GAP) * 2;
        s->ops = realloc(s->ops, s->cap_ops * sizeof(TCGOp));
        if (!s->ops)
            tcg_internal_error("out of memory in the optimizer");
    }
    memmove(&s->ops[*i + 1 + GAP], &s->ops[*i + 1], (n - *i - 1) * sizeof(TCGOp));
    s->nb_ops = n + GAP;
    *i += GAP;
}

/* After "mov g, t" (g a global, t a TB temp): later reads of t read g instead while g
 * keeps that value, so t usually dies at the mov and a backend hands its register to
 * g rather than copying (a result kept for later, also stored to a guest register:
 * "shr ecx, 8" then "xor ecx, [..]"). When g changes or globals are forgotten, reads go
 * back to t, which liveness then keeps. */
static void prefer_global(Opt *o, uint64_t g, uint32_t t)
{
    if (g >= o->nglobals || !is_var(o, g) || !is_var(o, t) || t < o->nglobals)
        return;
    TempInfo *x = &o->info[t];
    if (!info_valid(o, t))
        x->zmask = x->is64 ? ~0ull : 0xffffffffull; /* stale knowledge: none */
    x->stamp = o->clock;
    x->copy_of = (uint32_t)g;
    x->copy_gen = o->info[g].gen;
    o->info[g].copy_of = NONE; /* g is the one to read (set_copy made it t's copy) */
}

/* d = r, where r is a representative (what rep() gives: forward_pass has replaced every
 * input by its own, and a constant is its own). */
static void out_mov(Opt *o, TCGType type, uint64_t d, uint32_t r)
{
    /* d already holds that value: the mov changes nothing. */
    if (d == r || rep(o, d) == r)
        return;
    set_copy(o, d, r);
    prefer_global(o, d, r);
    /* Written in place (a mov is neither an insn_start nor a code write, see out_op):
     * the callers have read the op being replaced, which may be this very slot. */
    TCGOp *m = &o->s->ops[o->nout++];
    m->opc = INDEX_op_mov;
    m->type = (uint8_t)type;
    m->nargs = 2;
    m->life = 0;
    m->args[0] = d;
    m->args[1] = r;
}

static void out_movi(Opt *o, uint64_t d, uint64_t v)
{
    TCGType t = (TCGType)o->s->temps[d].type;
    out_mov(o, t, d, tcg_const_temp(o->s, t, v));
}

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

static uint64_t low_mask(unsigned bits) { return bits >= 64 ? ~0ull : (1ull << bits) - 1; }

/* The possibly-set bits of the result of op (one output), from those of its inputs
 * (looked up only for the ops that use them). */
static uint64_t result_z(Opt *o, const TCGOp *op)
{
    const TCGArg *a = op->args;
    uint64_t vb = 0;
    unsigned w = op->type == TCG_TYPE_I32 ? 32 : 64;
#define ZA get_z(o, a[1])
#define ZB get_z(o, a[2])

    switch (op->opc) {
    case INDEX_op_and: return ZA & ZB;
    case INDEX_op_or:
    case INDEX_op_xor: return ZA | ZB;
    case INDEX_op_andc: return ZA;
    case INDEX_op_add: {
        uint64_t m = ZA | ZB;
        /* Adding two values below 2^k gives one below 2^(k+1). */
        return m >> 62 ? ~0ull : low_mask(65 - (unsigned)__builtin_clzll(m | 1));
    }
    case INDEX_op_shl: return get_const(o, a[2], &vb) ? ZA << (vb & (w - 1)) : ~0ull;
    case INDEX_op_shr: {
        uint64_t za = ZA;
        return get_const(o, a[2], &vb) ? za >> (vb & (w - 1))
                                       : low_mask(64 - (unsigned)__builtin_clzll(za | 1));
    }
    case INDEX_op_ext8u: return ZA & 0xff;
    case INDEX_op_ext16u: return ZA & 0xffff;
    case INDEX_op_ext32u: return ZA & 0xffffffffull;
    case INDEX_op_extu_i32_i64: return ZA & 0xffffffffull;
    case INDEX_op_extrl_i64_i32: return ZA & 0xffffffffull;
    case INDEX_op_extrh_i64_i32: return ZA >> 32;
    case INDEX_op_bswap16: return 0xffff;
    case INDEX_op_bswap32: return 0xffffffffull;
    case INDEX_op_ctpop: return 127;
    case INDEX_op_setcond: return 1;
    case INDEX_op_extract: return low_mask((unsigned)a[3]);
    case INDEX_op_movcond: return get_z(o, a[3]) | get_z(o, a[4]);
    case INDEX_op_ld8u: return 0xff;
    case INDEX_op_ld16u: return 0xffff;
    case INDEX_op_ld32u: return 0xffffffffull;
    case INDEX_op_qemu_ld: {
        MemOp mo = get_memop((MemOpIdx)a[2]);
        return (mo & MO_SIGN) ? ~0ull : low_mask(8u << (mo & MO_SIZE));
    }
    default: return ~0ull;
    }
#undef ZA
#undef ZB
}

/* An extension or mask that cannot change the value (its cut bits are known zero, or
 * the sign bit it extends is known zero) is a mov. */
static bool simplify_by_z(Opt *o, TCGOp *op)
{
    uint64_t keep, v;
    switch (op->opc) {
    case INDEX_op_ext8u: keep = 0xff; break;
    case INDEX_op_ext16u: keep = 0xffff; break;
    case INDEX_op_ext32u: keep = 0xffffffffull; break;
    case INDEX_op_ext8s: keep = 0x7f; break;
    case INDEX_op_ext16s: keep = 0x7fff; break;
    case INDEX_op_ext32s: keep = 0x7fffffffull; break;
    case INDEX_op_and:
        if (!get_const(o, op->args[2], &v))
            return false;
        keep = v;
        break;
    case INDEX_op_extract:
        if (op->args[2] != 0)
            return false;
        keep = low_mask((unsigned)op->args[3]);
        break;
    default:
        return false;
    }
    if (get_z(o, op->args[1]) & ~keep & type_mask((TCGType)op->type))
        return false;
    out_mov(o, (TCGType)op->type, op->args[0], (uint32_t)op->args[1]);
    return true;
}

static void note_ext32u(Opt *o, uint64_t d, uint64_t src)
{
    o->x32_dst = o->x32_src = NONE;
    if (!is_var(o, d) || !is_var(o, src) || d == src)
        return;
    o->x32_dst = (uint32_t)d;
    o->x32_src = (uint32_t)src;
    o->x32_dst_gen = o->info[d].gen;
    o->x32_src_gen = o->info[src].gen;
    o->x32_clock = o->clock;
}

/* Whether x32_dst still holds ext32u of x32_src's current value: neither written (gen)
 * nor forgotten (a label, or a helper or env store for globals) since. */
static bool x32_valid(Opt *o)
{
    uint32_t x = o->x32_dst, src = o->x32_src;
    if (x == NONE)
        return false;
    uint32_t since = x < o->nglobals || src < o->nglobals ? o->globals_since : o->all_since;
    return o->x32_clock >= since && o->info[x].gen == o->x32_dst_gen &&
           o->info[src].gen == o->x32_src_gen;
}

/* ... so that an extension of it into d can be a copy. */
static bool same_ext32u(Opt *o, uint64_t d)
{
    return d != o->x32_dst && x32_valid(o);
}

/* An I64 op that reads only the low 32 bits of its input: an extension from 8, 16 or 32
 * bits, or an AND with a constant within them. Of ext32u(y) it may read y itself (which
 * often leaves the ext32u dead: "movsxd rax, ecx" was ext32u then ext32s). */
static void skip_ext32u_input(Opt *o, TCGOp *op)
{
    if (op->type != TCG_TYPE_I64 || o->x32_dst == NONE)
        return;
    unsigned k = 1;
    uint64_t v;
    switch (op->opc) {
    case INDEX_op_ext8u: case INDEX_op_ext8s: case INDEX_op_ext16u: case INDEX_op_ext16s:
    case INDEX_op_ext32s:
        break;
    case INDEX_op_and:
        if (get_const(o, op->args[2], &v))
            k = 1;
        else if (get_const(o, op->args[1], &v))
            k = 2;
        else
            return;
        if (v > 0xffffffffull)
            return;
        break;
    default:
        return;
    }
    if (op->args[k] == o->x32_dst && x32_valid(o))
        op->args[k] = o->x32_src;
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

    /* Branch counts (TCGLabel.refs, kept by the emitter) decide which labels survive. */
    tcg_check_labels(s);

    for (uint32_t i = 0; i < s->nb_ops; i++) {
        TCGOp *op = &s->ops[i]; /* rewritten in place: the input is read only once */
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
        if (op->opc == INDEX_op_insn_start || op->opc == INDEX_op_goto_tb) {
            out_op(o, op); /* no temps: nothing to fold or learn */
            continue;
        }

        unsigned first_in = tcg_op_first_iarg(op), nin = tcg_op_nb_iargs(op);
        for (unsigned k = 0; k < nin; k++)
            op->args[first_in + k] = rep(o, op->args[first_in + k]);

        skip_ext32u_input(o, op);
        switch (op->opc) {
        case INDEX_op_mov:
            out_mov(o, (TCGType)op->type, op->args[0], (uint32_t)op->args[1]);
            continue;
        case INDEX_op_ext32u:
            if (op->type == TCG_TYPE_I64 && op->args[1] == o->x32_src &&
                same_ext32u(o, op->args[0])) {
                out_mov(o, TCG_TYPE_I64, op->args[0], o->x32_dst);
                continue;
            }
            break;
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
            for (unsigned k = 0; k < nin && k < 4 && all_const; k++)
                all_const = get_const(o, op->args[first_in + k], &in[k]);
            if (all_const && nin <= 4 &&
                tcg_eval_op((TCGOpcode)op->opc, (TCGType)op->type, in,
                            &op->args[first_in + nin], res)) {
                uint64_t d0 = op->args[0], d1 = op->args[1];
                if (def->nb_oargs == 2 && o->nout + 2 > i + 1)
                    make_room(o, &i);
                out_movi(o, d0, res[0]);
                if (def->nb_oargs == 2)
                    out_movi(o, d1, res[1]);
                continue;
            }
        }
        if (def->nb_oargs == 1 && def->nb_iargs == 2 && def->nb_cargs == 0 &&
            op->opc != INDEX_op_clz && op->opc != INDEX_op_ctz && simplify_binary(o, op))
            continue;
        if (simplify_by_z(o, op))
            continue;

        unsigned nout = tcg_op_nb_oargs(op);
        if (nout == 1) {
            set_written_z(o, op->args[0], result_z(o, op));
            if (op->opc == INDEX_op_ext32u && op->type == TCG_TYPE_I64)
                note_ext32u(o, op->args[0], op->args[1]);
        } else {
            for (unsigned k = 0; k < nout; k++)
                set_written(o, op->args[k]);
        }
        out_op(o, op);
    }
}

static void *grow_zeroed(void *p, size_t old_n, size_t n, size_t elem)
{
    p = realloc(p, n * elem);
    if (!p)
        tcg_internal_error("out of memory in the optimizer");
    memset((char *)p + old_n * elem, 0, (n - old_n) * elem);
    return p;
}

void tcg_optimize(TCGContext *s)
{
    Opt o = { .s = s };
    o.ninfo = s->nb_temps;
    o.nglobals = s->nb_globals;
    if (o.ninfo > info_cap) {
        uint32_t n = o.ninfo * 2;
        info_buf = grow_zeroed(info_buf, info_cap, n, sizeof(TempInfo));
        kind_buf = grow_zeroed(kind_buf, info_cap, n, sizeof(uint8_t));
        info_cap = n;
    }
    o.info = info_buf;
    o.kind = kind_buf;
    /* The temps' kinds and types: the globals' stay as long as the globals do
     * (tcg_globals_generation). */
    static uint32_t globals_gen, nglobals;
    uint32_t first = globals_gen == tcg_globals_generation && nglobals == s->nb_globals
                     ? nglobals : 0;
    for (uint32_t t = first; t < o.ninfo; t++) {
        kind_buf[t] = s->temps[t].kind;
        info_buf[t].is64 = s->temps[t].type == TCG_TYPE_I64;
    }
    globals_gen = tcg_globals_generation;
    nglobals = s->nb_globals;
    o.insn_exit = exit_buf;
    o.x32_dst = o.x32_src = NONE;
    forget_all(&o); /* nothing is known at the TB's start */

    forward_pass(&o);
    s->nb_ops = o.nout;

    tcg_liveness_pass(s, o.insn_exit, kind_buf, o.ninfo);
}

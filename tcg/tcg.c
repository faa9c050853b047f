/* The IR context: op definitions, temps (globals, per-TB temps with a free list and
 * frame slots, interned constants, env), labels and the raw op emitter. The typed
 * tcg_gen_* emitters built on top of it live in tcg/tcg-op.c. */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tcg/tcg-internal.h"

const TCGOpDef tcg_op_defs[NB_OPS] = {
#define DEF(name, oargs, iargs, cargs, fl) \
    [INDEX_op_##name] = { #name, oargs, iargs, cargs, fl },
#include "tcg-ops.def"
#undef DEF
};

TCGContext *tcg_ctx;
uint32_t tcg_globals_generation = 1;

/* Constant interning: open addressing over (type, value) -> temp index, emptied per TB.
 * A slot is in use only when its stamp is the current TB's: emptying the table is a
 * stamp bump, not a pass over all its slots (it grows to the largest TB's constants). */
typedef struct ConstSlot { uint64_t val; uint32_t idx; uint32_t stamp_type; } ConstSlot;
static ConstSlot *const_tab;
static uint32_t const_cap, const_used;
static uint32_t const_stamp; /* 31 bits, shifted left by one; bit 0 holds the type */
#define CONST_STAMP_MAX 0x7fffffffu
/* Branch bookkeeping, kept as ops are emitted (tcg_check_labels reads it): the number of
 * insn_starts so far; per label, the insn it is placed in and the insn of its branches
 * (LABEL_NONE until known). */
#define LABEL_NONE UINT32_MAX
static uint32_t cur_insn;
static uint32_t *label_insn, *label_br;
static uint32_t label_side_cap;
/* Released TB temps per type, reused before new frame slots are taken. */
static uint32_t *free_list[2];
static uint32_t free_len[2], free_cap[2];

void tcg_internal_error(const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "tern: internal IR error: ");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    abort();
}

static void *grow(void *p, uint32_t *cap, uint32_t need, size_t elem)
{
    if (need <= *cap)
        return p;
    uint32_t n = *cap ? *cap : 64;
    while (n < need)
        n *= 2;
    p = realloc(p, (size_t)n * elem);
    if (!p)
        tcg_internal_error("out of memory growing an IR array to %u entries", n);
    *cap = n;
    return p;
}

static uint32_t temp_alloc(TCGContext *s)
{
    s->temps = grow(s->temps, &s->cap_temps, s->nb_temps + 1, sizeof(TCGTemp));
    uint32_t idx = s->nb_temps++;
    memset(&s->temps[idx], 0, sizeof(TCGTemp));
    return idx;
}

void tcg_context_init(TCGContext *s)
{
    memset(s, 0, sizeof(*s));
    tcg_ctx = s;
    uint32_t e = temp_alloc(s);
    s->temps[e].type = TCG_TYPE_PTR;
    s->temps[e].kind = TEMP_ENV;
    s->temps[e].name = "env";
    s->env.idx = e;
    s->nb_globals = s->nb_temps;
    tcg_globals_generation++;
    tcg_func_start(s);
}

void tcg_set_frame(TCGContext *s, int64_t env_offset, uint32_t size)
{
    if (size / 8 <= TCG_FRAME_SCRATCH_SLOTS)
        tcg_internal_error("frame of %u bytes is too small", size);
    s->frame_offset = env_offset;
    s->frame_size = size;
}

static uint32_t global_new(TCGType type, int64_t off, const char *name)
{
    TCGContext *s = tcg_ctx;
    if (s->nb_temps != s->nb_globals)
        tcg_internal_error("global %s created while a TB is being built", name);
    uint32_t idx = temp_alloc(s);
    s->temps[idx].type = type;
    s->temps[idx].kind = TEMP_GLOBAL;
    s->temps[idx].mem_offset = off;
    s->temps[idx].name = name;
    s->nb_globals = s->nb_temps;
    tcg_globals_generation++;
    int64_t end = off + (type == TCG_TYPE_I32 ? 4 : 8);
    if (s->globals_lo >= s->globals_hi) {
        s->globals_lo = off;
        s->globals_hi = end;
    } else {
        s->globals_lo = off < s->globals_lo ? off : s->globals_lo;
        s->globals_hi = end > s->globals_hi ? end : s->globals_hi;
    }
    return idx;
}

TCGv_i32 tcg_global_mem_new_i32(int64_t off, const char *name)
{
    return (TCGv_i32){ global_new(TCG_TYPE_I32, off, name) };
}

TCGv_i64 tcg_global_mem_new_i64(int64_t off, const char *name)
{
    return (TCGv_i64){ global_new(TCG_TYPE_I64, off, name) };
}

void tcg_func_start(TCGContext *s)
{
    s->nb_temps = s->nb_globals;
    s->nb_ops = 0;
    s->nb_labels = 0;
    s->frame_slots = 0;
    cur_insn = 0;
    free_len[0] = free_len[1] = 0;
    if (const_cap == 0) {
        const_cap = 256;
        const_tab = calloc(const_cap, sizeof(ConstSlot));
        if (!const_tab)
            tcg_internal_error("out of memory");
    }
    if (const_used || const_stamp == 0) {
        /* Stamp 0 is never current, so calloc'd or cleared slots are empty. */
        if (const_stamp == CONST_STAMP_MAX) {
            memset(const_tab, 0, const_cap * sizeof(ConstSlot));
            const_stamp = 0;
        }
        const_stamp++;
        const_used = 0;
    }
}

static inline bool const_slot_used(const ConstSlot *c)
{
    return (c->stamp_type >> 1) == const_stamp;
}

/* A TB temp's type, kind and free flag written as one 4-byte store: temp_free reads
 * them with one load soon after, which byte stores would leave unforwardable (a stall of
 * a dozen cycles). */
_Static_assert(offsetof(TCGTemp, type) == 0 && offsetof(TCGTemp, kind) == 1 &&
               offsetof(TCGTemp, free) == 2 && offsetof(TCGTemp, pad) == 3,
               "TCGTemp starts with its 4 flag bytes");
static inline void tb_temp_header(TCGTemp *t, unsigned type, bool free)
{
    uint8_t h[4] = { (uint8_t)type, TEMP_TB, free, 0 };
    memcpy(t, h, sizeof(h));
}

static uint32_t temp_new(TCGType type)
{
    TCGContext *s = tcg_ctx;
    if (free_len[type]) {
        uint32_t idx = free_list[type][--free_len[type]];
        tb_temp_header(&s->temps[idx], type, false);
        return idx;
    }
    uint32_t max_slots = s->frame_size / 8 - TCG_FRAME_SCRATCH_SLOTS;
    if (s->frame_size == 0)
        tcg_internal_error("tcg_set_frame was not called before allocating temps");
    if (s->frame_slots >= max_slots)
        tcg_internal_error("TB needs more than %u temps (are temps freed?)", max_slots);
    uint32_t idx = temp_alloc(s);
    tb_temp_header(&s->temps[idx], type, false);
    s->temps[idx].frame_slot = s->frame_slots++;
    return idx;
}

TCGv_i32 tcg_temp_new_i32(void) { return (TCGv_i32){ temp_new(TCG_TYPE_I32) }; }
TCGv_i64 tcg_temp_new_i64(void) { return (TCGv_i64){ temp_new(TCG_TYPE_I64) }; }
TCGv_ptr tcg_temp_new_ptr(void) { return (TCGv_ptr){ temp_new(TCG_TYPE_PTR) }; }

static void temp_free(uint32_t idx)
{
    TCGContext *s = tcg_ctx;
    if (idx >= s->nb_temps)
        tcg_internal_error("freeing temp %u that does not exist", idx);
    TCGTemp *t = &s->temps[idx];
    /* Constants and globals are not owned by the caller: freeing them is a no-op. */
    if (t->kind != TEMP_TB || t->free)
        return;
    tb_temp_header(t, t->type, true);
    if (free_len[t->type] >= free_cap[t->type])
        free_list[t->type] = grow(free_list[t->type], &free_cap[t->type],
                                  free_len[t->type] + 1, sizeof(uint32_t));
    free_list[t->type][free_len[t->type]++] = idx;
}

void tcg_temp_free_i32(TCGv_i32 t) { temp_free(t.idx); }
void tcg_temp_free_i64(TCGv_i64 t) { temp_free(t.idx); }
void tcg_temp_free_ptr(TCGv_ptr t) { temp_free(t.idx); }

static uint32_t const_hash(TCGType type, uint64_t v)
{
    uint64_t h = (v ^ ((uint64_t)type << 63)) * 0x9E3779B97F4A7C15ull;
    return (uint32_t)(h >> 32);
}

static void const_rehash(void)
{
    ConstSlot *old = const_tab;
    uint32_t old_cap = const_cap;
    const_cap *= 2;
    const_tab = calloc(const_cap, sizeof(ConstSlot));
    if (!const_tab)
        tcg_internal_error("out of memory");
    for (uint32_t i = 0; i < old_cap; i++) {
        if (!const_slot_used(&old[i]))
            continue;
        uint32_t h = const_hash((TCGType)(old[i].stamp_type & 1), old[i].val) & (const_cap - 1);
        while (const_slot_used(&const_tab[h]))
            h = (h + 1) & (const_cap - 1);
        const_tab[h] = old[i];
    }
    free(old);
}

uint32_t tcg_const_temp(TCGContext *s, TCGType type, uint64_t v)
{
    if (type == TCG_TYPE_I32)
        v = (uint32_t)v;
    uint32_t h = const_hash(type, v) & (const_cap - 1);
    uint32_t key = const_stamp << 1 | (uint32_t)type;
    while (const_slot_used(&const_tab[h])) {
        if (const_tab[h].val == v && const_tab[h].stamp_type == key)
            return const_tab[h].idx;
        h = (h + 1) & (const_cap - 1);
    }
    uint32_t idx = temp_alloc(s);
    s->temps[idx].type = type;
    s->temps[idx].kind = TEMP_CONST;
    s->temps[idx].val = v;
    const_tab[h] = (ConstSlot){ v, idx, key };
    if (++const_used * 2 > const_cap)
        const_rehash();
    return idx;
}

TCGv_i32 tcg_constant_i32(uint32_t v) { return (TCGv_i32){ tcg_const_temp(tcg_ctx, TCG_TYPE_I32, v) }; }
TCGv_i64 tcg_constant_i64(uint64_t v) { return (TCGv_i64){ tcg_const_temp(tcg_ctx, TCG_TYPE_I64, v) }; }
TCGv_ptr tcg_constant_ptr(uintptr_t v) { return (TCGv_ptr){ tcg_const_temp(tcg_ctx, TCG_TYPE_PTR, v) }; }

TCGLabelId gen_new_label(void)
{
    TCGContext *s = tcg_ctx;
    s->labels = grow(s->labels, &s->cap_labels, s->nb_labels + 1, sizeof(TCGLabel));
    s->labels[s->nb_labels] = (TCGLabel){ .op_index = -1, .refs = 0 };
    if (s->nb_labels >= label_side_cap) {
        uint32_t cap = label_side_cap;
        label_insn = grow(label_insn, &cap, s->nb_labels + 1, sizeof(uint32_t));
        label_br = grow(label_br, &label_side_cap, s->nb_labels + 1, sizeof(uint32_t));
    }
    label_insn[s->nb_labels] = label_br[s->nb_labels] = LABEL_NONE;
    return s->nb_labels++;
}

void gen_set_label(TCGLabelId l)
{
    TCGContext *s = tcg_ctx;
    if (l >= s->nb_labels || s->labels[l].op_index >= 0)
        tcg_internal_error("label %u placed twice or never created", l);
    s->labels[l].op_index = (int32_t)s->nb_ops;
    TCGArg a = l;
    tcg_emit_op(INDEX_op_set_label, TCG_TYPE_I32, 1, &a);
}

/* A branch to label l from the current insn: counted, and checked not to cross an
 * insn_start (tcg/README.md): state restore depends on it. */
static void note_branch(TCGContext *s, uint64_t l)
{
    if (l >= s->nb_labels)
        tcg_internal_error("branch to label %llu that is never placed", (unsigned long long)l);
    if (label_br[l] == LABEL_NONE)
        label_br[l] = cur_insn;
    else if (label_br[l] != cur_insn)
        tcg_internal_error("branch to label %llu crosses an insn_start", (unsigned long long)l);
    s->labels[l].refs++;
}

void tcg_check_labels(TCGContext *s)
{
    for (uint32_t l = 0; l < s->nb_labels; l++) {
        if (label_br[l] == LABEL_NONE)
            continue;
        if (label_insn[l] == LABEL_NONE)
            tcg_internal_error("branch to label %llu that is never placed",
                               (unsigned long long)l);
        if (label_insn[l] != label_br[l])
            tcg_internal_error("branch to label %llu crosses an insn_start",
                               (unsigned long long)l);
    }
}

void tcg_ops_grow(TCGContext *s)
{
    s->ops = grow(s->ops, &s->cap_ops, s->nb_ops + 1, sizeof(TCGOp));
}

TCGOp *tcg_emit_op(TCGOpcode opc, TCGType type, unsigned nargs, const TCGArg *args)
{
    TCGContext *s = tcg_ctx;
    if (nargs > TCG_MAX_OP_ARGS)
        tcg_internal_error("op %s with %u args", tcg_op_defs[opc].name, nargs);
    TCGOp *op = tcg_op_push(s, opc, type, nargs);
    tcg_args_copy(op->args, args, nargs);
    switch (opc) {
    case INDEX_op_insn_start:
        cur_insn++;
        break;
    case INDEX_op_set_label:
        if (op->args[0] < s->nb_labels)
            label_insn[op->args[0]] = cur_insn;
        break;
    case INDEX_op_br:
        note_branch(s, op->args[0]);
        break;
    case INDEX_op_brcond:
        note_branch(s, op->args[3]);
        break;
    default:
        break;
    }
    return op;
}

void tcg_gen_callN(const TCGHelperInfo *info, uint32_t ret, unsigned nargs, const uint32_t *args)
{
    if (nargs > TCG_HELPER_MAX_ARGS || nargs != info->nargs)
        tcg_internal_error("call to %s with %u args (declared %u)", info->name, nargs,
                           info->nargs);
    TCGType type = info->ret == TCG_HT_I64 || info->ret == TCG_HT_PTR ? TCG_TYPE_I64
                                                                       : TCG_TYPE_I32;
    TCGOp *op = tcg_op_push(tcg_ctx, INDEX_op_call, type, nargs + 2);
    op->args[0] = ret;
    for (unsigned i = 0; i < nargs; i++)
        op->args[1 + i] = args[i];
    op->args[1 + nargs] = (TCGArg)(uintptr_t)info;
}

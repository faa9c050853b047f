/* The -d op text form of the IR: one op per line, outputs then inputs then constant
 * arguments, e.g. " add_i32 tmp3,eax,$0x5"; insn_start as " ---- <w0> <w1>". */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "tcg/tcg-internal.h"

typedef struct Line { char buf[512]; size_t len; } Line;

static void put(Line *l, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(Line *l, const char *fmt, ...)
{
    va_list ap;
    if (l->len >= sizeof(l->buf) - 1)
        return;
    va_start(ap, fmt);
    int n = vsnprintf(l->buf + l->len, sizeof(l->buf) - l->len, fmt, ap);
    va_end(ap);
    if (n > 0)
        l->len += (size_t)n;
    if (l->len > sizeof(l->buf) - 1)
        l->len = sizeof(l->buf) - 1;
}

static void put_temp(Line *l, TCGContext *s, TCGArg a)
{
    if (a == TCG_NO_TEMP) {
        put(l, "<none>");
        return;
    }
    if (a >= s->nb_temps) {
        put(l, "<bad temp %" PRIu64 ">", a);
        return;
    }
    const TCGTemp *t = &s->temps[a];
    switch (t->kind) {
    case TEMP_GLOBAL:
    case TEMP_ENV:
        put(l, "%s", t->name ? t->name : "global");
        break;
    case TEMP_CONST:
        put(l, "$0x%" PRIx64, t->val);
        break;
    default:
        put(l, "tmp%u", t->frame_slot);
        break;
    }
}

static const char *memop_name(MemOp op)
{
    static const char *const names[8] = { "ub", "uw", "ul", "uq", "sb", "sw", "sl", "sq" };
    return names[op & 7];
}

/* Ops whose name already says which types they take. */
static bool op_is_untyped(TCGOpcode opc)
{
    switch (opc) {
    case INDEX_op_br:
    case INDEX_op_set_label:
    case INDEX_op_call:
    case INDEX_op_insn_start:
    case INDEX_op_goto_tb:
    case INDEX_op_exit_tb:
    case INDEX_op_budget:
    case INDEX_op_lookup_and_goto:
    case INDEX_op_extu_i32_i64:
    case INDEX_op_ext_i32_i64:
    case INDEX_op_extrl_i64_i32:
    case INDEX_op_extrh_i64_i32:
        return true;
    default:
        return false;
    }
}

static void format_op(Line *l, TCGContext *s, const TCGOp *op)
{
    const TCGOpDef *def = &tcg_op_defs[op->opc];
    const TCGArg *a = op->args;

    if (op->opc == INDEX_op_insn_start) {
        put(l, " ---- %08" PRIx64 " %" PRIx64, a[0], a[1]);
        return;
    }
    put(l, " %s", def->name);
    if (!op_is_untyped(op->opc))
        put(l, "_%s", op->type == TCG_TYPE_I32 ? "i32" : "i64");

    if (op->opc == INDEX_op_call) {
        const TCGHelperInfo *info = tcg_call_info(op);
        put(l, " %s,$0x%x,", info->name ? info->name : "?", info->flags);
        put_temp(l, s, a[0]);
        for (unsigned i = 1; i + 1 < op->nargs; i++) {
            put(l, ",");
            put_temp(l, s, a[i]);
        }
        return;
    }

    unsigned nt = def->nb_oargs + def->nb_iargs, i;
    for (i = 0; i < nt; i++) {
        put(l, "%s", i ? "," : " ");
        put_temp(l, s, a[i]);
    }
    const char *sep = nt ? "," : " ";
    switch (op->opc) {
    case INDEX_op_setcond:
    case INDEX_op_movcond:
        put(l, "%s%s", sep, tcg_cond_name((TCGCond)a[i]));
        break;
    case INDEX_op_brcond:
        put(l, "%s%s,$L%" PRIu64, sep, tcg_cond_name((TCGCond)a[i]), a[i + 1]);
        break;
    case INDEX_op_br:
    case INDEX_op_set_label:
        put(l, "%s$L%" PRIu64, sep, a[0]);
        break;
    case INDEX_op_qemu_ld:
    case INDEX_op_qemu_st:
        put(l, "%s%s%s%s,%u", sep, memop_name(get_memop((MemOpIdx)a[i])),
            (get_memop((MemOpIdx)a[i]) & MO_ALIGN_16) ? "+a16" : "",
            (get_memop((MemOpIdx)a[i]) & MO_GUEST_FLAG) ? "+g" : "", get_mmuidx((MemOpIdx)a[i]));
        break;
    case INDEX_op_ld8u: case INDEX_op_ld8s: case INDEX_op_ld16u: case INDEX_op_ld16s:
    case INDEX_op_ld32u: case INDEX_op_ld32s: case INDEX_op_ld:
    case INDEX_op_st8: case INDEX_op_st16: case INDEX_op_st32: case INDEX_op_st:
        put(l, "%s$%s0x%" PRIx64, sep, (int64_t)a[i] < 0 ? "-" : "",
            (int64_t)a[i] < 0 ? (uint64_t)-(int64_t)a[i] : a[i]);
        break;
    default:
        for (unsigned k = 0; k < def->nb_cargs; k++)
            put(l, "%s$0x%" PRIx64, (k || nt) ? "," : " ", a[i + k]);
        break;
    }
}

void tcg_dump_ops(TCGContext *s, void (*print)(void *opaque, const char *line), void *opaque)
{
    for (uint32_t i = 0; i < s->nb_ops; i++) {
        Line l = { .len = 0 };
        l.buf[0] = 0;
        format_op(&l, s, &s->ops[i]);
        print(opaque, l.buf);
    }
}

int tcg_op_by_name(const char *name)
{
    size_t n = strlen(name);
    /* "add_i32" names the op "add" in a type; "extu_i32_i64" is itself a name. */
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < NB_OPS; i++)
            if (strlen(tcg_op_defs[i].name) == n && memcmp(tcg_op_defs[i].name, name, n) == 0)
                return i;
        if (n > 4 && (strcmp(name + n - 4, "_i32") == 0 || strcmp(name + n - 4, "_i64") == 0))
            n -= 4;
        else
            break;
    }
    return -1;
}

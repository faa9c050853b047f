/* Unit tests of the IR optimizer (tcg/optimize.c): the op list after folding, copy
 * propagation, simplification, branch folding, dead code and dead global stores; and
 * random programs run through the interpreter optimized and unoptimized, which must end
 * (or fault) in the same guest state. */
#include <check.h>
#include <setjmp.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tcg/backend.h"
#include "tcg/tb.h"
#include "tcg/tcg-internal.h"
#include "tcg/tcg.h"
#include "tcg/tlb.h"

typedef struct FakeEnv {
    uint64_t r[8];
    uint32_t w[4];
    uint64_t field[2];
    TCGTLBTable tlb[1];
    uint64_t frame[128];
} FakeEnv;

#define GUEST_BASE 0x10000ull
static uint8_t ram[TCG_PAGE_SIZE];
static FakeEnv env;
static TCGContext ctx;
static TCGv_i64 R[8];
static TCGv_i32 W[4];
static jmp_buf fault_jmp;
static int fault_kind; /* 1: memory slow path, 2: helper */

static uint64_t hook_load(void *e, uint64_t addr, MemOpIdx oi, uintptr_t ra)
{
    (void)e, (void)addr, (void)oi, (void)ra;
    fault_kind = 1;
    longjmp(fault_jmp, 1); /* everything outside the one mapped page faults */
}
static void hook_store(void *e, uint64_t addr, uint64_t v, MemOpIdx oi, uintptr_t ra)
{
    (void)e, (void)addr, (void)v, (void)oi, (void)ra;
    fault_kind = 1;
    longjmp(fault_jmp, 1);
}

static void setup(void)
{
    static const char *const rn[8] = { "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7" };
    static const char *const wn[4] = { "w0", "w1", "w2", "w3" };
    memset(&env, 0, sizeof(env));
    /* A test may set up twice: give the previous context's arrays back. */
    free(ctx.temps);
    free(ctx.ops);
    free(ctx.labels);
    tcg_context_init(&ctx);
    tcg_set_frame(&ctx, offsetof(FakeEnv, frame), sizeof(env.frame));
    for (int i = 0; i < 8; i++)
        R[i] = tcg_global_mem_new_i64(offsetof(FakeEnv, r) + 8 * i, rn[i]);
    for (int i = 0; i < 4; i++)
        W[i] = tcg_global_mem_new_i32(offsetof(FakeEnv, w) + 4 * i, wn[i]);
    static const TCGGuestMemHooks hooks = { hook_load, hook_store };
    tcg_set_tlb(offsetof(FakeEnv, tlb), &hooks);
    for (unsigned i = 0; i < TCG_TLB_SIZE; i++)
        env.tlb[0].e[i].addr_read = env.tlb[0].e[i].addr_write = TLB_INVALID;
    TCGTLBEntry *e = &env.tlb[0].e[tcg_tlb_index(GUEST_BASE)];
    e->addr_read = e->addr_write = GUEST_BASE;
    e->addend = (uintptr_t)ram - GUEST_BASE;
    tb_flush_all();
    tcg_func_start(&ctx);
}

static int count_ops(int opc)
{
    int n = 0;
    for (uint32_t i = 0; i < ctx.nb_ops; i++)
        n += ctx.ops[i].opc == opc;
    return n;
}

static char dump_buf[8192];
static void dump_line(void *o, const char *line)
{
    (void)o;
    strncat(dump_buf, line, sizeof(dump_buf) - strlen(dump_buf) - 2);
    strcat(dump_buf, "\n");
}
static const char *dump(void)
{
    dump_buf[0] = 0;
    tcg_dump_ops(&ctx, dump_line, NULL);
    return dump_buf;
}

START_TEST(test_fold_constants)
{
    setup();
    TCGv_i64 t = tcg_temp_new_i64(), u = tcg_temp_new_i64();
    tcg_gen_movi_i64(t, 5);
    tcg_gen_addi_i64(u, t, 7);
    tcg_gen_shli_i64(u, u, 4);
    tcg_gen_setcondi_i64(TCG_COND_GTU, t, u, 100);
    tcg_gen_mov_i64(R[0], u);
    tcg_gen_mov_i64(R[1], t);
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    ck_assert_str_eq(dump(), " mov_i64 r0,$0xc0\n"
                             " mov_i64 r1,$0x1\n"
                             " exit_tb $0x0\n");
}
END_TEST

/* Both halves of a folded double-width multiply, and folds across types. */
START_TEST(test_fold_wide)
{
    setup();
    TCGv_i32 lo = tcg_temp_new_i32(), hi = tcg_temp_new_i32();
    tcg_gen_mulu2_i32(lo, hi, tcg_constant_i32(0x80000000), tcg_constant_i32(6));
    tcg_gen_extu_i32_i64(R[0], lo);
    tcg_gen_ext_i32_i64(R[1], hi);
    tcg_gen_extrh_i64_i32(W[0], tcg_constant_i64(0x1234567800000000ull));
    tcg_gen_deposit_i32(W[1], tcg_constant_i32(0xffffffff), tcg_constant_i32(0), 4, 8);
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    ck_assert_str_eq(dump(), " mov_i64 r0,$0x0\n"
                             " mov_i64 r1,$0x3\n"
                             " mov_i32 w0,$0x12345678\n"
                             " mov_i32 w1,$0xfffff00f\n"
                             " exit_tb $0x0\n");
}
END_TEST

/* Division by a zero constant is undefined: never folded (the translator guards it). */
START_TEST(test_no_fold_div_zero)
{
    setup();
    tcg_gen_divu_i64(R[0], tcg_constant_i64(5), tcg_constant_i64(0));
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    ck_assert_int_eq(count_ops(INDEX_op_divu), 1);
}
END_TEST

START_TEST(test_copy_propagation)
{
    setup();
    TCGv_i64 t = tcg_temp_new_i64();
    tcg_gen_mov_i64(t, R[0]);
    tcg_gen_add_i64(R[1], t, R[2]);
    tcg_gen_mov_i64(R[3], t);
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    ck_assert_str_eq(dump(), " add_i64 r1,r0,r2\n"
                             " mov_i64 r3,r0\n"
                             " exit_tb $0x0\n");

    /* The source changes after the copy: the copy keeps the old value. */
    tcg_func_start(&ctx);
    t = tcg_temp_new_i64();
    tcg_gen_mov_i64(t, R[0]);
    tcg_gen_addi_i64(R[0], R[0], 1);
    tcg_gen_add_i64(R[1], t, t);
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    ck_assert_str_eq(dump(), " mov_i64 tmp0,r0\n"
                             " add_i64 r0,r0,$0x1\n"
                             " add_i64 r1,tmp0,tmp0\n"
                             " exit_tb $0x0\n");

    /* A label ends what is known: the value may come from elsewhere. */
    tcg_func_start(&ctx);
    t = tcg_temp_new_i64();
    TCGLabelId l = gen_new_label();
    tcg_gen_movi_i64(t, 1);
    tcg_gen_brcondi_i64(TCG_COND_EQ, R[0], 0, l);
    tcg_gen_movi_i64(t, 2);
    gen_set_label(l);
    tcg_gen_mov_i64(R[1], t);
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    ck_assert_str_eq(dump(), " mov_i64 tmp0,$0x1\n"
                             " brcond_i64 r0,$0x0,eq,$L0\n"
                             " mov_i64 tmp0,$0x2\n"
                             " set_label $L0\n"
                             " mov_i64 r1,tmp0\n"
                             " exit_tb $0x0\n");
}
END_TEST

/* A helper that may write globals invalidates copies of them. */
static void write_r0(FakeEnv *e) { e->r[0] = 99; }
static TCGHelperInfo hi_write_r0 = { .func = (void *)write_r0, .name = "write_r0",
    .nargs = 1, .ret = TCG_HT_VOID, .args = { TCG_HT_PTR },
    .flags = TCG_CALL_NO_RAISE | TCG_CALL_NO_READ_GLOBALS };

START_TEST(test_copy_across_call)
{
    setup();
    uint32_t a[1] = { ctx.env.idx };
    tcg_gen_mov_i64(R[1], R[0]);
    tcg_gen_callN(&hi_write_r0, TCG_NO_TEMP, 1, a);
    tcg_gen_mov_i64(R[2], R[1]); /* must stay r1: r0 may have changed */
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    ck_assert_uint_eq(ctx.ops[2].opc, INDEX_op_mov);
    ck_assert_uint_eq(ctx.ops[2].args[1], R[1].idx);
    TranslationBlock *tb = tb_alloc();
    ck_assert_int_eq(tcg_backend->gen_code(&ctx, tb), 0);
    env.r[0] = 5;
    tcg_backend->exec(&env, tb);
    ck_assert_uint_eq(env.r[2], 5);
    ck_assert_uint_eq(env.r[0], 99);
}
END_TEST

/* What the optimizer knows is forgotten in O(1) (stamps): a TB temp copying a global
 * loses the copy when a helper may write globals, and nothing known in one TB leaks
 * into the next one, whose temps reuse the same indices. */
START_TEST(test_copy_stale_info)
{
    setup();
    uint32_t a[1] = { ctx.env.idx };
    TCGv_i64 t = tcg_temp_new_i64();
    tcg_gen_mov_i64(t, R[0]);
    tcg_gen_callN(&hi_write_r0, TCG_NO_TEMP, 1, a);
    tcg_gen_add_i64(R[1], t, t); /* must stay tmp0: r0 may have changed */
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    ck_assert_str_eq(dump(), " mov_i64 tmp0,r0\n"
                             " call write_r0,$0x9,<none>,env\n"
                             " add_i64 r1,tmp0,tmp0\n"
                             " exit_tb $0x0\n");

    /* TB 1 leaves tmp0 == r0 and r2's high bits known zero; TB 2 knows neither. */
    tcg_func_start(&ctx);
    t = tcg_temp_new_i64();
    tcg_gen_mov_i64(t, R[0]);
    tcg_gen_ext32u_i64(R[2], R[3]);
    tcg_gen_add_i64(R[1], t, R[2]);
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    tcg_func_start(&ctx);
    t = tcg_temp_new_i64();
    ck_assert_uint_eq(t.idx, ctx.nb_globals); /* the same temp as in TB 1 */
    tcg_gen_st_i64(t, ctx.env, (int64_t)offsetof(FakeEnv, field));
    tcg_gen_ext32u_i64(R[5], R[2]);
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    ck_assert_str_eq(dump(), " st_i64 tmp0,env,$0x50\n"
                             " ext32u_i64 r5,r2\n"
                             " exit_tb $0x0\n");
}
END_TEST

typedef struct Simpl { const char *op; TCGType t; int a; uint64_t b; const char *want; } Simpl;
/* a: input 0 = the global (r0 or w0), 1 = the same global again, 2 = constant 0 first. */
static const Simpl simpl_cases[] = {
    { "add", TCG_TYPE_I64, 0, 0, " mov_i64 r1,r0\n" },
    { "add", TCG_TYPE_I64, 2, 0, " mov_i64 r1,r0\n" },
    { "sub", TCG_TYPE_I64, 0, 0, " mov_i64 r1,r0\n" },
    { "sub", TCG_TYPE_I64, 1, 0, " mov_i64 r1,$0x0\n" },
    { "sub", TCG_TYPE_I64, 2, 0, " neg_i64 r1,r0\n" },
    { "or", TCG_TYPE_I64, 0, 0, " mov_i64 r1,r0\n" },
    { "or", TCG_TYPE_I64, 0, ~0ull, " mov_i64 r1,$0xffffffffffffffff\n" },
    { "or", TCG_TYPE_I64, 1, 0, " mov_i64 r1,r0\n" },
    { "xor", TCG_TYPE_I64, 1, 0, " mov_i64 r1,$0x0\n" },
    { "xor", TCG_TYPE_I64, 0, ~0ull, " not_i64 r1,r0\n" },
    { "xor", TCG_TYPE_I32, 0, 0xffffffff, " not_i32 w1,w0\n" },
    { "and", TCG_TYPE_I64, 0, 0, " mov_i64 r1,$0x0\n" },
    { "and", TCG_TYPE_I64, 0, ~0ull, " mov_i64 r1,r0\n" },
    { "and", TCG_TYPE_I32, 0, 0xffffffff, " mov_i32 w1,w0\n" },
    { "and", TCG_TYPE_I64, 1, 0, " mov_i64 r1,r0\n" },
    { "andc", TCG_TYPE_I64, 1, 0, " mov_i64 r1,$0x0\n" },
    { "mul", TCG_TYPE_I64, 0, 0, " mov_i64 r1,$0x0\n" },
    { "mul", TCG_TYPE_I64, 0, 1, " mov_i64 r1,r0\n" },
    { "shl", TCG_TYPE_I64, 0, 0, " mov_i64 r1,r0\n" },
    { "shl", TCG_TYPE_I32, 0, 32, " mov_i32 w1,w0\n" },  /* count modulo the width */
    { "sar", TCG_TYPE_I64, 2, 0, " mov_i64 r1,$0x0\n" }, /* 0 >> anything */
    { "rotr", TCG_TYPE_I64, 0, 64, " mov_i64 r1,r0\n" },
    { "divu", TCG_TYPE_I64, 0, 1, " mov_i64 r1,r0\n" },
    { "rems", TCG_TYPE_I32, 0, 1, " mov_i32 w1,$0x0\n" },
    { "shl", TCG_TYPE_I64, 0, 1, " shl_i64 r1,r0,$0x1\n" }, /* nothing to simplify */
};

START_TEST(test_simplify)
{
    setup();
    for (size_t i = 0; i < sizeof(simpl_cases) / sizeof(simpl_cases[0]); i++) {
        const Simpl *c = &simpl_cases[i];
        bool is32 = c->t == TCG_TYPE_I32;
        uint32_t g = is32 ? W[0].idx : R[0].idx, d = is32 ? W[1].idx : R[1].idx;
        uint32_t k0 = tcg_const_temp(&ctx, c->t, 0), kb = tcg_const_temp(&ctx, c->t, c->b);
        TCGArg args[3] = { d, c->a == 2 ? k0 : g, c->a == 1 ? g : c->a == 2 ? g : kb };
        tcg_emit_op((TCGOpcode)tcg_op_by_name(c->op), c->t, 3, args);
        tcg_gen_exit_tb(0);
        tcg_optimize(&ctx);
        char want[128];
        snprintf(want, sizeof(want), "%s exit_tb $0x0\n", c->want);
        ck_assert_msg(strcmp(dump(), want) == 0, "case %zu (%s): got\n%swant\n%s", i, c->op,
                      dump_buf, want);
        tcg_func_start(&ctx);
    }
}
END_TEST

START_TEST(test_branch_folding)
{
    setup();
    TCGv_i64 t = tcg_temp_new_i64();
    TCGLabelId l = gen_new_label();
    tcg_gen_movi_i64(t, 3);
    tcg_gen_brcondi_i64(TCG_COND_EQ, t, 3, l); /* always */
    tcg_gen_movi_i64(R[0], 1);                  /* unreachable */
    gen_set_label(l);
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    ck_assert_str_eq(dump(), " br $L0\n"
                             " set_label $L0\n"
                             " exit_tb $0x0\n");

    tcg_func_start(&ctx);
    t = tcg_temp_new_i64();
    l = gen_new_label();
    tcg_gen_movi_i64(t, 3);
    tcg_gen_brcondi_i64(TCG_COND_LTU, t, 3, l); /* never */
    tcg_gen_brcond_i64(TCG_COND_GT, R[1], R[1], l); /* never: same operand */
    tcg_gen_movi_i64(R[0], 1);
    gen_set_label(l); /* no branch left: the label goes, the block continues */
    tcg_gen_mov_i64(R[2], t);
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    ck_assert_str_eq(dump(), " mov_i64 r0,$0x1\n"
                             " mov_i64 r2,$0x3\n"
                             " exit_tb $0x0\n");

    /* Decidable without constants: x <u 0 never, x >=u 0 always, setcond x == x. */
    tcg_func_start(&ctx);
    l = gen_new_label();
    tcg_gen_setcond_i64(TCG_COND_EQ, R[0], R[1], R[1]);
    tcg_gen_setcondi_i64(TCG_COND_LTU, R[2], R[1], 0);
    tcg_gen_brcondi_i64(TCG_COND_GEU, R[1], 0, l);
    tcg_gen_exit_tb(1);
    gen_set_label(l);
    tcg_gen_exit_tb(2);
    tcg_optimize(&ctx);
    ck_assert_str_eq(dump(), " mov_i64 r0,$0x1\n"
                             " mov_i64 r2,$0x0\n"
                             " br $L0\n"
                             " set_label $L0\n"
                             " exit_tb $0x2\n");
}
END_TEST

static uint64_t pure_fn(uint64_t a) { return a * 3; }
static TCGHelperInfo hi_pure = { .func = (void *)pure_fn, .name = "pure", .nargs = 1,
    .ret = TCG_HT_I64, .args = { TCG_HT_I64 }, .flags = TCG_CALL_PURE };
static TCGHelperInfo hi_plain = { .func = (void *)pure_fn, .name = "plain", .nargs = 1,
    .ret = TCG_HT_I64, .args = { TCG_HT_I64 }, .flags = 0 };
static TCGHelperInfo hi_noraise = { .func = (void *)pure_fn, .name = "noraise", .nargs = 1,
    .ret = TCG_HT_I64, .args = { TCG_HT_I64 }, .flags = TCG_CALL_NO_RAISE };

START_TEST(test_dead_code)
{
    setup();
    TCGv_i64 t = tcg_temp_new_i64(), u = tcg_temp_new_i64();
    tcg_gen_add_i64(t, R[0], R[1]);
    tcg_gen_mul_i64(u, t, t);
    uint32_t a[1] = { R[0].idx };
    tcg_gen_callN(&hi_pure, u.idx, 1, a);  /* unused result of a pure helper */
    tcg_gen_callN(&hi_plain, t.idx, 1, a); /* may have side effects: stays */
    TCGv_i64 lo = tcg_temp_new_i64(), hi = tcg_temp_new_i64();
    tcg_gen_mulu2_i64(lo, hi, R[2], R[3]); /* high half unused: a plain mul */
    tcg_gen_mov_i64(R[4], lo);
    tcg_gen_exit_tb(0);
    tcg_gen_movi_i64(R[5], 1); /* after the exit, no label: unreachable */
    tcg_optimize(&ctx);
    ck_assert_str_eq(dump(), " call plain,$0x0,tmp0,r0\n"
                             " mul_i64 tmp2,r2,r3\n"
                             " mov_i64 r4,tmp2\n"
                             " exit_tb $0x0\n");
}
END_TEST

/* Writes to a global that a later write in the block overwrites are removed only when
 * nothing in between can observe them. */
START_TEST(test_dead_global_stores)
{
    uint32_t a[1];
    setup();
    TCGv_i64 addr = tcg_temp_new_i64();
    tcg_gen_movi_i64(R[0], 1);
    tcg_gen_movi_i64(R[0], 2);
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    ck_assert_str_eq(dump(), " mov_i64 r0,$0x2\n exit_tb $0x0\n");

    /* A guest load in between may fault: the exception handler sees r0 = 1. */
    tcg_func_start(&ctx);
    addr = tcg_temp_new_i64();
    tcg_gen_movi_i64(R[0], 1);
    tcg_gen_qemu_ld_i64(R[1], R[2], 0, MO_UQ);
    tcg_gen_movi_i64(R[0], 2);
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    ck_assert_int_eq(count_ops(INDEX_op_mov), 2);

    /* Helpers: pure (removable), no-raise but reading globals (kept), plain (kept). */
    TCGHelperInfo *infos[3] = { &hi_pure, &hi_noraise, &hi_plain };
    int want_movs[3] = { 1, 2, 2 };
    for (int i = 0; i < 3; i++) {
        tcg_func_start(&ctx);
        tcg_gen_movi_i64(R[0], 1);
        a[0] = R[1].idx;
        tcg_gen_callN(infos[i], R[2].idx, 1, a);
        tcg_gen_movi_i64(R[0], 2);
        tcg_gen_exit_tb(0);
        tcg_optimize(&ctx);
        ck_assert_msg(count_ops(INDEX_op_mov) == want_movs[i], "helper %s", infos[i]->name);
    }

    /* A host load of the global's field reads it. */
    tcg_func_start(&ctx);
    tcg_gen_movi_i64(R[0], 1);
    tcg_gen_ld32u_i64(R[1], ctx.env, offsetof(FakeEnv, r) + 4);
    tcg_gen_movi_i64(R[0], 2);
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    ck_assert_int_eq(count_ops(INDEX_op_mov), 2);
    /* ...but a load of another field does not. */
    tcg_func_start(&ctx);
    tcg_gen_movi_i64(R[0], 1);
    tcg_gen_ld_i64(R[1], ctx.env, offsetof(FakeEnv, field));
    tcg_gen_movi_i64(R[0], 2);
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    ck_assert_int_eq(count_ops(INDEX_op_mov), 1);

    /* A conditional exit in between: r0 = 1 leaves the TB there. */
    tcg_func_start(&ctx);
    TCGLabelId l = gen_new_label();
    tcg_gen_movi_i64(R[0], 1);
    tcg_gen_brcondi_i64(TCG_COND_EQ, R[1], 0, l);
    tcg_gen_movi_i64(R[0], 2);
    gen_set_label(l);
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    ck_assert_int_eq(count_ops(INDEX_op_mov), 2);
    (void)addr;
}
END_TEST

/* A branch over an insn_start breaks state restore: refused loudly. */
START_TEST(test_branch_across_insn_aborts)
{
    setup();
    TCGLabelId l = gen_new_label();
    tcg_gen_insn_start(0x10, 0);
    tcg_gen_brcondi_i64(TCG_COND_EQ, R[0], 0, l);
    tcg_gen_insn_start(0x12, 0);
    tcg_gen_movi_i64(R[1], 1);
    gen_set_label(l);
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
}
END_TEST

/* Constant arguments are never temp indices: large insn_start words and exit values
 * pass through untouched (a regression: the optimizer once read them as temps). */
START_TEST(test_large_const_args)
{
    setup();
    tcg_gen_insn_start(0xffffffff00001234ull, 0xdeadbeefcafeull);
    tcg_gen_ext32u_i64(R[0], R[1]);
    tcg_gen_goto_tb(1);
    tcg_gen_exit_tb((uintptr_t)0x7fff12345679ull);
    tcg_optimize(&ctx);
    ck_assert_str_eq(dump(), " ---- ffffffff00001234 deadbeefcafe\n"
                             " ext32u_i64 r0,r1\n"
                             " goto_tb $0x1\n"
                             " exit_tb $0x7fff12345679\n");
}
END_TEST

/* Known-zero bits: extensions and masks that cannot change a value become movs. */
START_TEST(test_known_bits)
{
    setup();
    TCGv_i64 t = tcg_temp_new_i64(), u = tcg_temp_new_i64();
    tcg_gen_ext32u_i64(t, R[0]);          /* needed: r0 is unknown */
    tcg_gen_ext32u_i64(R[1], t);          /* t already fits in 32 bits */
    tcg_gen_andi_i64(R[2], t, 0xffffffff);
    tcg_gen_ext32s_i64(R[3], t);          /* bit 31 may be set: needed */
    tcg_gen_shri_i64(u, t, 1);
    tcg_gen_ext32s_i64(R[4], u);          /* bit 31 is zero now */
    tcg_gen_add_i64(u, t, t);
    tcg_gen_ext32u_i64(R[5], u);          /* the sum may carry into bit 32: needed */
    tcg_gen_setcondi_i64(TCG_COND_EQ, u, R[0], 3);
    tcg_gen_ext8u_i64(R[6], u);           /* 0 or 1 */
    tcg_gen_extract_i64(R[7], u, 0, 1);
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    /* (after "mov r1, tmp0" reads of tmp0 read r1: test_global_copy_preferred) */
    ck_assert_str_eq(dump(), " ext32u_i64 tmp0,r0\n"
                             " mov_i64 r1,tmp0\n"
                             " mov_i64 r2,r1\n"
                             " ext32s_i64 r3,r1\n"
                             " shr_i64 tmp1,r1,$0x1\n"
                             " mov_i64 r4,tmp1\n"
                             " add_i64 tmp1,r1,r1\n"
                             " ext32u_i64 r5,tmp1\n"
                             " setcond_i64 tmp1,r0,$0x3,eq\n"
                             " mov_i64 r6,tmp1\n"
                             " mov_i64 r7,r6\n"
                             " exit_tb $0x0\n");
}
END_TEST

/* A 32-bit op's result extended twice (the register and cc_dst): the second extension
 * copies the first, unless its source or the first result changed in between. */
START_TEST(test_ext32u_twice)
{
    setup();
    uint32_t a[1] = { ctx.env.idx };
    TCGv_i64 t = tcg_temp_new_i64();
    tcg_gen_addi_i64(t, R[0], 5);
    tcg_gen_ext32u_i64(R[1], t);
    tcg_gen_ext32u_i64(R[2], t);          /* a copy of r1 */
    tcg_gen_ext32u_i64(R[3], t);          /* still the same value */
    tcg_gen_addi_i64(R[1], R[1], 1);      /* r1 changes: */
    tcg_gen_ext32u_i64(R[4], t);          /* needed */
    tcg_gen_addi_i64(t, R[0], 7);         /* the source changes: */
    tcg_gen_ext32u_i64(R[5], t);          /* needed */
    tcg_gen_callN(&hi_write_r0, TCG_NO_TEMP, 1, a); /* may write globals: r5 forgotten */
    tcg_gen_ext32u_i64(R[6], t);          /* needed */
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    ck_assert_str_eq(dump(), " add_i64 tmp0,r0,$0x5\n"
                             " ext32u_i64 r1,tmp0\n"
                             " mov_i64 r2,r1\n"
                             " mov_i64 r3,r1\n"
                             " add_i64 r1,r1,$0x1\n"
                             " ext32u_i64 r4,tmp0\n"
                             " add_i64 tmp0,r0,$0x7\n"
                             " ext32u_i64 r5,tmp0\n"
                             " call write_r0,$0x9,<none>,env\n"
                             " ext32u_i64 r6,tmp0\n"
                             " exit_tb $0x0\n");
}
END_TEST

static void never_returns(void *env) { (void)env; }
static TCGHelperInfo hi_noreturn = { .func = (void *)never_returns, .name = "noreturn",
    .nargs = 1, .ret = TCG_HT_VOID, .args = { TCG_HT_PTR }, .flags = TCG_CALL_NO_RETURN };

/* A check that raises through a call that never returns: the label after the call is
 * entered only by its branch (the JIT keeps its registers there). A plain call there
 * falls through into the label. */
START_TEST(test_noreturn_call_label)
{
    for (int k = 0; k < 2; k++) {
        setup();
        uint32_t a[1] = { ctx.env.idx };
        TCGLabelId ok = gen_new_label();
        tcg_gen_insn_start(0x1000, 0);
        tcg_gen_brcondi_i64(TCG_COND_LTU, R[0], 16, ok);
        tcg_gen_callN(k ? &hi_write_r0 : &hi_noreturn, TCG_NO_TEMP, 1, a);
        gen_set_label(ok);
        tcg_gen_addi_i64(R[1], R[0], 1);
        tcg_gen_exit_tb(0);
        tcg_optimize(&ctx);
        ck_assert_int_eq(tcg_live_label_entries()[ok] == TCG_LABEL_ONE_ENTRY, k == 0);
    }
}
END_TEST

/* Ops that read only the low 32 bits of ext32u(y) read y (the ext32u then dies). */
START_TEST(test_ext32u_input_skipped)
{
    setup();
    TCGv_i64 t = tcg_temp_new_i64(), u = tcg_temp_new_i64();
    tcg_gen_ext32u_i64(t, R[0]);
    tcg_gen_ext32s_i64(R[1], t);
    tcg_gen_ext16s_i64(R[2], t);
    tcg_gen_andi_i64(R[3], t, 0x7fff);
    tcg_gen_ext32u_i64(u, R[4]);
    tcg_gen_andi_i64(R[5], u, 0x100000000ull); /* reads bit 32: u itself */
    tcg_gen_shri_i64(R[6], u, 8);             /* reads every bit: u itself */
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    ck_assert_str_eq(dump(), " ext32s_i64 r1,r0\n"
                             " ext16s_i64 r2,r0\n"
                             " and_i64 r3,r0,$0x7fff\n"
                             " ext32u_i64 tmp1,r4\n"
                             " and_i64 r5,tmp1,$0x100000000\n"
                             " shr_i64 r6,tmp1,$0x8\n"
                             " exit_tb $0x0\n");
}
END_TEST

/* After "mov g, t" a TB temp's later reads read the global while it keeps the value,
 * and the temp again once the global changed or globals were forgotten. */
START_TEST(test_global_copy_preferred)
{
    setup();
    uint32_t a[1] = { ctx.env.idx };
    TCGv_i64 t = tcg_temp_new_i64();
    tcg_gen_addi_i64(t, R[0], 5);
    tcg_gen_mov_i64(R[1], t);
    tcg_gen_add_i64(R[2], t, t);          /* r1 + r1 */
    tcg_gen_movi_i64(R[1], 7);            /* r1 changes: */
    tcg_gen_addi_i64(R[3], t, 1);         /* tmp0 again */
    tcg_gen_mov_i64(R[4], t);
    tcg_gen_callN(&hi_write_r0, TCG_NO_TEMP, 1, a); /* may write r4 */
    tcg_gen_addi_i64(R[5], t, 2);         /* tmp0 */
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    ck_assert_str_eq(dump(), " add_i64 tmp0,r0,$0x5\n"
                             " mov_i64 r1,tmp0\n"
                             " add_i64 r2,r1,r1\n"
                             " mov_i64 r1,$0x7\n"
                             " add_i64 r3,tmp0,$0x1\n"
                             " mov_i64 r4,tmp0\n"
                             " call write_r0,$0x9,<none>,env\n"
                             " add_i64 r5,tmp0,$0x2\n"
                             " exit_tb $0x0\n");
}
END_TEST

/* The lazy-flags pattern: each ALU insn writes cc_dst/cc_src; only the last survive. */
START_TEST(test_dead_flags)
{
    setup();
    TCGv_i64 cc_dst = R[6], cc_src = R[7];
    for (int i = 0; i < 3; i++) {
        tcg_gen_insn_start(0x100 + i, 0);
        tcg_gen_add_i64(R[i], R[i], R[3 + i]);
        tcg_gen_mov_i64(cc_dst, R[i]);
        tcg_gen_mov_i64(cc_src, R[3 + i]);
    }
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    ck_assert_str_eq(dump(), " ---- 00000100 0\n"
                             " add_i64 r0,r0,r3\n"
                             " ---- 00000101 0\n"
                             " add_i64 r1,r1,r4\n"
                             " ---- 00000102 0\n"
                             " add_i64 r2,r2,r5\n"
                             " mov_i64 r6,r2\n"
                             " mov_i64 r7,r5\n"
                             " exit_tb $0x0\n");

    /* A guest store in the first insn: the next insn_start may stop the TB (SMC), so the
     * flags of the first insn must be in env there. */
    tcg_func_start(&ctx);
    tcg_gen_insn_start(0x100, 0);
    tcg_gen_qemu_st_i64(R[0], R[1], 0, MO_UQ);
    tcg_gen_mov_i64(cc_dst, R[0]);
    tcg_gen_insn_start(0x101, 0);
    tcg_gen_mov_i64(cc_dst, R[1]);
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    ck_assert_int_eq(count_ops(INDEX_op_mov), 2);
    /* A guest load does not modify code: no stop there. */
    tcg_func_start(&ctx);
    tcg_gen_insn_start(0x100, 0);
    tcg_gen_qemu_ld_i64(R[2], R[1], 0, MO_UQ);
    tcg_gen_mov_i64(cc_dst, R[0]);
    tcg_gen_insn_start(0x101, 0);
    tcg_gen_mov_i64(cc_dst, R[1]);
    tcg_gen_exit_tb(0);
    tcg_optimize(&ctx);
    ck_assert_int_eq(count_ops(INDEX_op_mov), 1);
}
END_TEST

/* ---------- random programs: optimized and unoptimized must agree ---------- */

static uint64_t rng_state;
static uint64_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}
static unsigned rn(unsigned n) { return (unsigned)(rnd() % n); }

static uint64_t interesting(void)
{
    static const uint64_t v[] = { 0, 1, 2, 31, 32, 63, 0x80, 0xff, 0x8000, 0x7fffffff,
                                  0x80000000, 0xffffffff, 0x100000000ull,
                                  0x8000000000000000ull, ~0ull };
    return rn(3) ? v[rn(sizeof(v) / sizeof(v[0]))] : rnd();
}

static uint64_t raise_count;
static void maybe_raise(uint64_t v)
{
    if ((v & 15) == 5) {
        fault_kind = 2;
        longjmp(fault_jmp, 1);
    }
}
static TCGHelperInfo hi_maybe_raise = { .func = (void *)maybe_raise, .name = "maybe_raise",
    .nargs = 1, .ret = TCG_HT_VOID, .args = { TCG_HT_I64 },
    .flags = TCG_CALL_NO_READ_GLOBALS | TCG_CALL_NO_WRITE_GLOBALS };
static uint64_t mix(FakeEnv *e, uint64_t a, uint32_t b)
{
    return (a * 0x9E3779B97F4A7C15ull) ^ b ^ e->r[7];
}
static TCGHelperInfo hi_mix = { .func = (void *)mix, .name = "mix", .nargs = 3,
    .ret = TCG_HT_I64, .args = { TCG_HT_PTR, TCG_HT_I64, TCG_HT_I32 },
    .flags = TCG_CALL_NO_RAISE | TCG_CALL_NO_WRITE_GLOBALS };
static uint32_t pure32(uint32_t a) { return a * 7 + 3; }
static TCGHelperInfo hi_pure32 = { .func = (void *)pure32, .name = "pure32", .nargs = 1,
    .ret = TCG_HT_I32, .args = { TCG_HT_I32 }, .flags = TCG_CALL_PURE };
static void bump_r5(FakeEnv *e) { e->r[5] += 0x101; }
static TCGHelperInfo hi_bump = { .func = (void *)bump_r5, .name = "bump", .nargs = 1,
    .ret = TCG_HT_VOID, .args = { TCG_HT_PTR }, .flags = TCG_CALL_NO_RAISE };

#define NT64 6
#define NT32 3
static TCGv_i64 T64[NT64 + 8];
static TCGv_i32 T32[NT32 + 4];

static int branches_pending;

static TCGv_i64 any64(void) { return T64[rn(NT64 + 8)]; }
static TCGv_i32 any32(void) { return T32[rn(NT32 + 4)]; }
static TCGv_i64 src64(void) { return rn(5) ? any64() : tcg_constant_i64(interesting()); }
static TCGv_i32 src32(void) { return rn(5) ? any32() : tcg_constant_i32((uint32_t)interesting()); }

static void gen_random_op(void)
{
    static const char *const bins[] = { "add", "sub", "mul", "and", "or", "xor", "andc", "orc",
                                        "shl", "shr", "sar", "rotl", "rotr", "clz", "ctz" };
    static const char *const uns[] = { "neg", "not", "mov", "bswap16", "bswap32", "ctpop",
                                       "ext8s", "ext8u", "ext16s", "ext16u", "ext32u",
                                       "ext32s" };
    bool is64 = rn(2);
    TCGType t = is64 ? TCG_TYPE_I64 : TCG_TYPE_I32;
    switch (rn(16)) {
    case 0: case 1: case 2: case 3: {
        TCGArg a[3] = { is64 ? any64().idx : any32().idx, is64 ? src64().idx : src32().idx,
                        is64 ? src64().idx : src32().idx };
        tcg_emit_op((TCGOpcode)tcg_op_by_name(bins[rn(15)]), t, 3, a);
        break;
    }
    case 4: { /* division by a value made non-zero */
        static const char *const divs[] = { "divu", "divs", "remu", "rems" };
        if (is64) {
            TCGv_i64 d = T64[rn(NT64)];
            tcg_gen_ori_i64(d, src64(), 1);
            TCGArg a[3] = { any64().idx, src64().idx, d.idx };
            tcg_emit_op((TCGOpcode)tcg_op_by_name(divs[rn(4)]), t, 3, a);
        } else {
            TCGv_i32 d = T32[rn(NT32)];
            tcg_gen_ori_i32(d, src32(), 1);
            TCGArg a[3] = { any32().idx, src32().idx, d.idx };
            tcg_emit_op((TCGOpcode)tcg_op_by_name(divs[rn(4)]), t, 3, a);
        }
        break;
    }
    case 5: {
        TCGArg a[2] = { is64 ? any64().idx : any32().idx, is64 ? src64().idx : src32().idx };
        tcg_emit_op((TCGOpcode)tcg_op_by_name(uns[rn(12)]), t, 2, a);
        break;
    }
    case 6:
        switch (rn(4)) {
        case 0: tcg_gen_extu_i32_i64(any64(), src32()); break;
        case 1: tcg_gen_ext_i32_i64(any64(), src32()); break;
        case 2: tcg_gen_extrl_i64_i32(any32(), src64()); break;
        default: tcg_gen_extrh_i64_i32(any32(), src64()); break;
        }
        break;
    case 7: {
        TCGCond c = (TCGCond)rn(TCG_COND_TSTNE + 1);
        if (is64) {
            if (rn(2))
                tcg_gen_setcond_i64(c, any64(), src64(), src64());
            else
                tcg_gen_movcond_i64(c, any64(), src64(), src64(), src64(), src64());
        } else {
            if (rn(2))
                tcg_gen_setcond_i32(c, any32(), src32(), src32());
            else
                tcg_gen_movcond_i32(c, any32(), src32(), src32(), src32(), src32());
        }
        break;
    }
    case 8: {
        unsigned w = is64 ? 64 : 32, pos = rn(w), len = 1 + rn(w - pos);
        if (is64) {
            switch (rn(3)) {
            case 0: tcg_gen_deposit_i64(any64(), src64(), src64(), pos, len); break;
            case 1: tcg_gen_extract_i64(any64(), src64(), pos, len); break;
            default: tcg_gen_sextract_i64(any64(), src64(), pos, len); break;
            }
        } else {
            switch (rn(3)) {
            case 0: tcg_gen_deposit_i32(any32(), src32(), src32(), pos, len); break;
            case 1: tcg_gen_extract_i32(any32(), src32(), pos, len); break;
            default: tcg_gen_sextract_i32(any32(), src32(), pos, len); break;
            }
        }
        break;
    }
    case 9: { /* a guest access inside the mapped page, or (rarely) a faulting one */
        TCGv_i64 a = T64[rn(NT64)];
        tcg_gen_andi_i64(a, src64(), 0xff8);
        tcg_gen_addi_i64(a, a, rn(40) ? GUEST_BASE : 0x900000);
        MemOp mo = (MemOp)(rn(4) | (rn(2) ? MO_SIGN : 0));
        if (is64) {
            if (rn(2))
                tcg_gen_qemu_ld_i64(any64(), a, 0, mo);
            else
                tcg_gen_qemu_st_i64(src64(), a, 0, (MemOp)(mo & MO_SIZE));
        } else {
            if ((mo & MO_SIZE) == MO_64)
                mo = MO_UL;
            if (rn(2))
                tcg_gen_qemu_ld_i32(any32(), a, 0, mo);
            else
                tcg_gen_qemu_st_i32(src32(), a, 0, (MemOp)(mo & MO_SIZE));
        }
        break;
    }
    case 10: {
        uint32_t a[3] = { ctx.env.idx, src64().idx, src32().idx };
        switch (rn(4)) {
        case 0: tcg_gen_callN(&hi_mix, any64().idx, 3, a); break;
        case 1: a[0] = src64().idx; tcg_gen_callN(&hi_maybe_raise, TCG_NO_TEMP, 1, a); break;
        case 2: a[0] = src32().idx; tcg_gen_callN(&hi_pure32, any32().idx, 1, a); break;
        default: tcg_gen_callN(&hi_bump, TCG_NO_TEMP, 1, a); break;
        }
        break;
    }
    case 11:
        /* A branch never jumps over an insn_start (tcg/README.md): start a new guest insn
         * only when no forward branch is pending. */
        if (!branches_pending)
            tcg_gen_insn_start(rnd() & 0xffff, rn(4));
        break;
    case 12: {
        TCGv_i64 d = T64[rn(NT64)];
        tcg_gen_mulu2_i64(d, any64(), src64(), src64());
        break;
    }
    default:
        if (is64)
            tcg_gen_mov_i64(any64(), src64());
        else
            tcg_gen_mov_i32(any32(), src32());
        break;
    }
}

/* Builds random program number seed into ctx: forward branches only, so it ends. */
static void gen_random_program(uint64_t seed)
{
    rng_state = seed * 2654435761u + 1;
    tcg_func_start(&ctx);
    for (int i = 0; i < NT64; i++)
        T64[i] = tcg_temp_new_i64();
    for (int i = 0; i < 8; i++)
        T64[NT64 + i] = R[i];
    for (int i = 0; i < NT32; i++)
        T32[i] = tcg_temp_new_i32();
    for (int i = 0; i < 4; i++)
        T32[NT32 + i] = W[i];
    tcg_gen_insn_start(0x1000, 1);
    for (int i = 0; i < NT64; i++)
        tcg_gen_mov_i64(T64[i], rn(2) ? R[rn(8)] : tcg_constant_i64(interesting()));
    for (int i = 0; i < NT32; i++)
        tcg_gen_mov_i32(T32[i], rn(2) ? W[rn(4)] : tcg_constant_i32((uint32_t)interesting()));
    TCGLabelId pending[4];
    int npending = 0;
    int n = 10 + rn(50);
    for (int i = 0; i < n; i++) {
        if (rn(10) == 0 && npending < 4) {
            pending[npending] = gen_new_label();
            if (rn(2))
                tcg_gen_brcond_i64((TCGCond)rn(TCG_COND_TSTNE + 1), src64(), src64(),
                                   pending[npending]);
            else
                tcg_gen_brcond_i32((TCGCond)rn(TCG_COND_TSTNE + 1), src32(), src32(),
                                   pending[npending]);
            npending++;
        } else if (npending && rn(6) == 0) {
            gen_set_label(pending[--npending]);
        } else if (rn(40) == 0) {
            TCGLabelId skip = gen_new_label();
            tcg_gen_brcondi_i64(TCG_COND_NE, R[0], 7, skip);
            tcg_gen_exit_tb(5);
            gen_set_label(skip);
        } else {
            branches_pending = npending;
            gen_random_op();
        }
    }
    while (npending)
        gen_set_label(pending[--npending]);
    branches_pending = 0;
    tcg_gen_exit_tb(1);
}

typedef struct Outcome {
    FakeEnv env;
    uint8_t ram[256];
    uintptr_t ret;
    int fault;
    uint64_t data[TCG_INSN_START_WORDS];
} Outcome;

static void run_program(uint64_t seed, bool optimize, const FakeEnv *init,
                        const uint8_t *init_ram, Outcome *out)
{
    gen_random_program(seed);
    if (optimize)
        tcg_optimize(&ctx);
    TranslationBlock *tb = tb_alloc();
    if (!tb) {
        tb_flush_all();
        tb = tb_alloc();
    }
    ck_assert_int_eq(tcg_backend->gen_code(&ctx, tb), 0);
    memcpy(&env, init, sizeof(env));
    memcpy(ram, init_ram, sizeof(ram));
    memset(out, 0, sizeof(*out));
    fault_kind = 0;
    if (setjmp(fault_jmp) == 0) {
        out->ret = tcg_backend->exec(&env, tb);
    } else {
        out->fault = fault_kind;
        ck_assert(tcg_restore_state(0, out->data));
    }
    memcpy(&out->env, &env, offsetof(FakeEnv, tlb)); /* the frame may differ */
    memcpy(out->ram, ram, sizeof(out->ram));
    raise_count += out->fault != 0;
}

START_TEST(test_random_equivalence)
{
    static FakeEnv init;
    static uint8_t init_ram[sizeof(ram)];
    static Outcome a, b;
    unsigned nprog = 3000;
    if (getenv("TERN_RANDOM_PROGRAMS")) /* for longer soak runs by hand */
        nprog = (unsigned)strtoul(getenv("TERN_RANDOM_PROGRAMS"), NULL, 0);
    setup();
    memcpy(&init, &env, sizeof(env));
    raise_count = 0;
    uint32_t ops_before = 0, ops_after = 0;
    for (uint64_t seed = 1; seed <= nprog; seed++) {
        rng_state = seed ^ 0xabcdef;
        for (int i = 0; i < 8; i++)
            init.r[i] = interesting();
        for (int i = 0; i < 4; i++)
            init.w[i] = (uint32_t)interesting();
        for (size_t i = 0; i < sizeof(init_ram); i++)
            init_ram[i] = (uint8_t)rnd();
        run_program(seed, false, &init, init_ram, &a);
        ops_before += ctx.nb_ops;
        run_program(seed, true, &init, init_ram, &b);
        ops_after += ctx.nb_ops;
        if (memcmp(&a.env, &b.env, offsetof(FakeEnv, tlb)) || a.ret != b.ret ||
            a.fault != b.fault || memcmp(a.ram, b.ram, sizeof(a.ram)) ||
            memcmp(a.data, b.data, sizeof(a.data))) {
            gen_random_program(seed);
            fprintf(stderr, "program %llu differs; unoptimized:\n%s", (unsigned long long)seed,
                    dump());
            tcg_optimize(&ctx);
            fprintf(stderr, "optimized:\n%s", dump());
            for (int i = 0; i < 8; i++)
                fprintf(stderr, "r%d %016llx %016llx\n", i, (unsigned long long)a.env.r[i],
                        (unsigned long long)b.env.r[i]);
            for (int i = 0; i < 4; i++)
                fprintf(stderr, "w%d %08x %08x\n", i, a.env.w[i], b.env.w[i]);
            for (size_t i = 0; i < sizeof(a.ram); i++)
                if (a.ram[i] != b.ram[i])
                    fprintf(stderr, "ram[%#zx] %02x %02x\n", i, a.ram[i], b.ram[i]);
            fprintf(stderr, "insn data %llx,%llx %llx,%llx\n", (unsigned long long)a.data[0],
                    (unsigned long long)a.data[1], (unsigned long long)b.data[0],
                    (unsigned long long)b.data[1]);
            ck_abort_msg("program %llu: optimized and unoptimized runs differ (ret %lu/%lu "
                         "fault %d/%d)", (unsigned long long)seed, (unsigned long)a.ret,
                         (unsigned long)b.ret, a.fault, b.fault);
        }
    }
    /* The test is only worth something if programs fault sometimes and shrink. */
    ck_assert_uint_gt(raise_count, nprog / 20);
    ck_assert_uint_lt(ops_after, ops_before * 9 / 10);
    fprintf(stderr, "\noptimize: %u random programs, %u ops -> %u, %llu faulting runs\n", nprog,
            ops_before, ops_after, (unsigned long long)raise_count);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("optimize");
    TCase *tc = tcase_create("passes");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_fold_constants);
    tcase_add_test(tc, test_fold_wide);
    tcase_add_test(tc, test_no_fold_div_zero);
    tcase_add_test(tc, test_copy_propagation);
    tcase_add_test(tc, test_copy_across_call);
    tcase_add_test(tc, test_copy_stale_info);
    tcase_add_test(tc, test_simplify);
    tcase_add_test(tc, test_branch_folding);
    tcase_add_test(tc, test_dead_code);
    tcase_add_test(tc, test_dead_global_stores);
    tcase_add_test(tc, test_dead_flags);
    tcase_add_test(tc, test_known_bits);
    tcase_add_test(tc, test_ext32u_twice);
    tcase_add_test(tc, test_global_copy_preferred);
    tcase_add_test(tc, test_ext32u_input_skipped);
    tcase_add_test(tc, test_noreturn_call_label);
    tcase_add_test(tc, test_large_const_args);
    tcase_add_test_raise_signal(tc, test_branch_across_insn_aborts, SIGABRT);
    tcase_add_test(tc, test_random_equivalence);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}

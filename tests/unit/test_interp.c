/* Unit tests of the portable backend (tcg/interp.c): every op and type against
 * expectations written here and against the reference evaluator, helper calls through
 * libffi, the soft-TLB fast and slow paths, chaining, exit requests, state restore after
 * an unwinding helper, self-modifying code, and a small speed measurement. */
#include <check.h>
#include <setjmp.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tcg/backend.h"
#include "tcg/interp-internal.h"
#include "tcg/tb.h"
#include "tcg/tcg-internal.h"
#include "tcg/tcg.h"
#include "tcg/tlb.h"

/* A fake guest CPU: globals at known offsets, a frame, a TLB. */
typedef struct FakeEnv {
    uint64_t r[8];
    uint32_t w[4];
    uint64_t guard;     /* right after w[3]: 32-bit writes must never reach it */
    uint64_t field[4];  /* not globals: reached with host ld/st */
    int64_t budget;     /* the budget op's value */
    TCGTLBTable tlb[2];
    uint64_t frame[256];
} FakeEnv;

#define GUEST_BASE 0x40000ull
#define RAM_PAGES 4
static uint8_t ram[RAM_PAGES * TCG_PAGE_SIZE];
static FakeEnv env;
static TCGContext ctx;
static TCGv_i64 R[8];
static TCGv_i32 W[4];
static unsigned slow_loads, slow_stores;
static jmp_buf fault_jmp;
static uint64_t fault_addr = ~0ull; /* slow path faults (longjmp) on this address */
static TranslationBlock *smc_victim; /* a slow-path store invalidates this TB */

static uint8_t *ram_ptr(uint64_t addr, unsigned size)
{
    ck_assert_msg(addr >= GUEST_BASE && addr + size <= GUEST_BASE + sizeof(ram),
                  "guest access at %#llx outside the test RAM", (unsigned long long)addr);
    return &ram[addr - GUEST_BASE];
}

static uint64_t hook_load(void *e, uint64_t addr, MemOpIdx oi, uintptr_t ra)
{
    (void)e, (void)ra;
    slow_loads++;
    if (addr == fault_addr)
        longjmp(fault_jmp, 1);
    unsigned size = 1u << (get_memop(oi) & MO_SIZE);
    uint64_t v = 0;
    memcpy(&v, ram_ptr(addr, size), size);
    /* Garbage above the access size: the backend must extend the value itself. */
    if (size < 8)
        v |= 0xdead000000000000ull;
    return v;
}

static void hook_store(void *e, uint64_t addr, uint64_t v, MemOpIdx oi, uintptr_t ra)
{
    (void)e, (void)ra;
    slow_stores++;
    if (addr == fault_addr)
        longjmp(fault_jmp, 1);
    unsigned size = 1u << (get_memop(oi) & MO_SIZE);
    memcpy(ram_ptr(addr, size), &v, size);
    if (smc_victim)
        tb_invalidate(smc_victim);
}

static void map_page(unsigned mmu, uint64_t vaddr, uint64_t flags_r, uint64_t flags_w)
{
    TCGTLBEntry *e = &env.tlb[mmu].e[tcg_tlb_index(vaddr)];
    e->addr_read = (vaddr & TCG_PAGE_MASK) | flags_r;
    e->addr_write = (vaddr & TCG_PAGE_MASK) | flags_w;
    e->addr_code = (vaddr & TCG_PAGE_MASK);
    e->addend = (uintptr_t)ram - GUEST_BASE;
}

static void setup(void)
{
    static const char *const rn[8] = { "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7" };
    static const char *const wn[4] = { "w0", "w1", "w2", "w3" };
    memset(&env, 0, sizeof(env));
    memset(ram, 0, sizeof(ram));
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
    for (unsigned m = 0; m < 2; m++)
        for (unsigned i = 0; i < TCG_TLB_SIZE; i++)
            env.tlb[m].e[i].addr_read = env.tlb[m].e[i].addr_write =
                env.tlb[m].e[i].addr_code = TLB_INVALID;
    for (unsigned p = 0; p < RAM_PAGES; p++)
        map_page(0, GUEST_BASE + p * TCG_PAGE_SIZE, 0, 0);
    slow_loads = slow_stores = 0;
    fault_addr = ~0ull;
    smc_victim = NULL;
    tcg_lookup_tb_hook = NULL;
    tb_flush_all();
    tcg_func_start(&ctx);
}

/* Translates what is in ctx into a fresh TB (optionally optimized). */
static TranslationBlock *make_tb(TranslationBlock *tb, bool optimize)
{
    if (!tb)
        tb = tb_alloc();
    ck_assert_ptr_nonnull(tb);
    if (optimize)
        tcg_optimize(&ctx);
    ck_assert_int_eq(tcg_backend->gen_code(&ctx, tb), 0);
    return tb;
}

static uintptr_t run_now(bool optimize)
{
    TranslationBlock *tb = make_tb(NULL, optimize);
    uintptr_t r = tcg_backend->exec(&env, tb);
    tb_discard(tb);
    tcg_func_start(&ctx);
    return r;
}

/* ---------- arithmetic against written expectations ---------- */

typedef struct BinCase { const char *op; TCGType t; uint64_t a, b, want; } BinCase;
static const BinCase bin_cases[] = {
    { "add", TCG_TYPE_I32, 0xffffffff, 1, 0 },
    { "add", TCG_TYPE_I64, 0xffffffff, 1, 0x100000000ull },
    { "sub", TCG_TYPE_I32, 0, 1, 0xffffffff },
    { "sub", TCG_TYPE_I64, 0, 1, ~0ull },
    { "mul", TCG_TYPE_I32, 0x10000, 0x10000, 0 },
    { "mul", TCG_TYPE_I64, 0x10000, 0x10000, 0x100000000ull },
    { "and", TCG_TYPE_I32, 0xf0f0, 0xff00, 0xf000 },
    { "or", TCG_TYPE_I64, 0xf0f0, 0x0f0f00000000ull, 0x0f0f0000f0f0ull },
    { "xor", TCG_TYPE_I32, 0xffff0000, 0xffffffff, 0xffff },
    { "andc", TCG_TYPE_I32, 0xff, 0x0f, 0xf0 },
    { "orc", TCG_TYPE_I32, 0, 0xfffffff0, 0xf },
    { "orc", TCG_TYPE_I64, 0, 0xfffffff0, 0xffffffff0000000full },
    { "shl", TCG_TYPE_I32, 1, 31, 0x80000000 },
    { "shl", TCG_TYPE_I32, 1, 32, 1 },           /* count modulo 32 */
    { "shl", TCG_TYPE_I32, 3, 33, 6 },
    { "shl", TCG_TYPE_I64, 1, 63, 0x8000000000000000ull },
    { "shl", TCG_TYPE_I64, 1, 64, 1 },
    { "shr", TCG_TYPE_I32, 0x80000000, 31, 1 },
    { "shr", TCG_TYPE_I64, 0x8000000000000000ull, 63, 1 },
    { "shr", TCG_TYPE_I64, 0x8000000000000000ull, 127, 1 },
    { "sar", TCG_TYPE_I32, 0x80000000, 31, 0xffffffff },
    { "sar", TCG_TYPE_I32, 0x40000000, 30, 1 },
    { "sar", TCG_TYPE_I64, 0x8000000000000000ull, 63, ~0ull },
    { "sar", TCG_TYPE_I64, (uint64_t)-8, 1, (uint64_t)-4 },
    { "rotl", TCG_TYPE_I32, 0x80000001, 1, 3 },
    { "rotl", TCG_TYPE_I32, 0x12345678, 0, 0x12345678 },
    { "rotl", TCG_TYPE_I32, 0x12345678, 32, 0x12345678 },
    { "rotl", TCG_TYPE_I64, 0x8000000000000001ull, 4, 0x18 },
    { "rotr", TCG_TYPE_I32, 1, 1, 0x80000000 },
    { "rotr", TCG_TYPE_I64, 1, 1, 0x8000000000000000ull },
    { "rotr", TCG_TYPE_I64, 0x10, 63, 0x20 },
    { "divu", TCG_TYPE_I32, 0xffffffff, 2, 0x7fffffff },
    { "divu", TCG_TYPE_I64, ~0ull, 0x100000000ull, 0xffffffff },
    { "divs", TCG_TYPE_I32, (uint32_t)-7, 2, (uint32_t)-3 },
    { "divs", TCG_TYPE_I64, (uint64_t)-7, 2, (uint64_t)-3 },
    { "remu", TCG_TYPE_I32, 17, 5, 2 },
    { "rems", TCG_TYPE_I32, (uint32_t)-7, 2, (uint32_t)-1 },
    { "rems", TCG_TYPE_I64, 7, (uint64_t)-2, 1 },
    { "clz", TCG_TYPE_I32, 1, 99, 31 },
    { "clz", TCG_TYPE_I32, 0, 99, 99 },          /* zero input gives the second operand */
    { "clz", TCG_TYPE_I64, 1, 99, 63 },
    { "clz", TCG_TYPE_I64, 0, 64, 64 },
    { "clz", TCG_TYPE_I64, 0x8000000000000000ull, 0, 0 },
    { "ctz", TCG_TYPE_I32, 0x80000000, 0, 31 },
    { "ctz", TCG_TYPE_I32, 0, 32, 32 },
    { "ctz", TCG_TYPE_I64, 0x8000000000000000ull, 0, 63 },
    { "ctz", TCG_TYPE_I64, 0, 7, 7 },
};

static TCGOp *emit_bin(const char *name, TCGType t, uint32_t d, uint32_t a, uint32_t b)
{
    int opc = tcg_op_by_name(name);
    ck_assert_int_ge(opc, 0);
    TCGArg args[3] = { d, a, b };
    return tcg_emit_op((TCGOpcode)opc, t, 3, args);
}

static uint32_t cst(TCGType t, uint64_t v)
{
    return tcg_const_temp(&ctx, t, v);
}

/* Runs op in the forms register/register, register/immediate and immediate/register. */
static void check_bin(const char *name, TCGType t, uint64_t a, uint64_t b, uint64_t want)
{
    uint64_t m = t == TCG_TYPE_I32 ? 0xffffffffull : ~0ull;
    if (t == TCG_TYPE_I32) {
        env.w[0] = (uint32_t)a;
        env.w[1] = (uint32_t)b;
        env.guard = 0x5555555555555555ull;
        emit_bin(name, t, W[2].idx, W[0].idx, W[1].idx);
        emit_bin(name, t, W[3].idx, W[0].idx, cst(t, b));
        TCGv_i32 tmp = tcg_temp_new_i32();
        emit_bin(name, t, tmp.idx, cst(t, a), W[1].idx);
        tcg_gen_extu_i32_i64(R[0], tmp);
        tcg_gen_exit_tb(0);
        run_now(false);
        ck_assert_msg(env.w[2] == (uint32_t)want && env.w[3] == (uint32_t)want &&
                      env.r[0] == (uint32_t)want,
                      "%s_i32 %#llx, %#llx: got %#x/%#x/%#llx, want %#llx", name,
                      (unsigned long long)a, (unsigned long long)b, env.w[2], env.w[3],
                      (unsigned long long)env.r[0], (unsigned long long)want);
        ck_assert_uint_eq(env.guard, 0x5555555555555555ull);
    } else {
        env.r[0] = a;
        env.r[1] = b;
        emit_bin(name, t, R[2].idx, R[0].idx, R[1].idx);
        emit_bin(name, t, R[3].idx, R[0].idx, cst(t, b));
        emit_bin(name, t, R[4].idx, cst(t, a), R[1].idx);
        tcg_gen_exit_tb(0);
        run_now(false);
        ck_assert_msg(env.r[2] == want && env.r[3] == want && env.r[4] == want,
                      "%s_i64 %#llx, %#llx: got %#llx/%#llx/%#llx, want %#llx", name,
                      (unsigned long long)a, (unsigned long long)b,
                      (unsigned long long)env.r[2], (unsigned long long)env.r[3],
                      (unsigned long long)env.r[4], (unsigned long long)want);
    }
    (void)m;
}

START_TEST(test_binops_expected)
{
    setup();
    for (size_t i = 0; i < sizeof(bin_cases) / sizeof(bin_cases[0]); i++) {
        const BinCase *c = &bin_cases[i];
        check_bin(c->op, c->t, c->a, c->b, c->want);
    }
}
END_TEST

static const uint64_t values[] = {
    0, 1, 2, 3, 7, 31, 32, 33, 63, 64, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff,
    0x7fffffff, 0x80000000, 0xffffffff, 0x100000000ull, 0x123456789abcdef0ull,
    0x7fffffffffffffffull, 0x8000000000000000ull, 0xfffffffffffffffeull, ~0ull,
};
#define NVALUES (sizeof(values) / sizeof(values[0]))

/* Every binary op, type and value pair against the reference evaluator. */
START_TEST(test_binops_reference)
{
    static const char *const ops[] = { "add", "sub", "mul", "and", "or", "xor", "andc", "orc",
                                       "shl", "shr", "sar", "rotl", "rotr", "divu", "divs",
                                       "remu", "rems", "clz", "ctz" };
    setup();
    for (size_t o = 0; o < sizeof(ops) / sizeof(ops[0]); o++) {
        int opc = tcg_op_by_name(ops[o]);
        for (int t = 0; t < 2; t++)
            for (size_t i = 0; i < NVALUES; i++)
                for (size_t j = 0; j < NVALUES; j++) {
                    uint64_t in[2] = { values[i], values[j] }, out[2];
                    if (!tcg_eval_op((TCGOpcode)opc, (TCGType)t, in, NULL, out))
                        continue; /* division by zero: undefined */
                    check_bin(ops[o], (TCGType)t, values[i], values[j], out[0]);
                }
    }
}
END_TEST

typedef struct UnCase { const char *op; TCGType t; uint64_t a, want; } UnCase;
static const UnCase un_cases[] = {
    { "neg", TCG_TYPE_I32, 1, 0xffffffff },
    { "neg", TCG_TYPE_I64, 1, ~0ull },
    { "not", TCG_TYPE_I32, 0, 0xffffffff },
    { "not", TCG_TYPE_I64, 0xff, ~0xffull },
    { "mov", TCG_TYPE_I64, 0x123456789ull, 0x123456789ull },
    { "bswap16", TCG_TYPE_I32, 0x12345678, 0x7856 },
    { "bswap16", TCG_TYPE_I64, 0x1234, 0x3412 },
    { "bswap32", TCG_TYPE_I32, 0x12345678, 0x78563412 },
    { "bswap32", TCG_TYPE_I64, 0x1122334455667788ull, 0x88776655 },
    { "bswap64", TCG_TYPE_I64, 0x1122334455667788ull, 0x8877665544332211ull },
    { "ctpop", TCG_TYPE_I32, 0xf0f0f0f1, 17 },
    { "ctpop", TCG_TYPE_I64, ~0ull, 64 },
    { "ext8s", TCG_TYPE_I32, 0x80, 0xffffff80 },
    { "ext8s", TCG_TYPE_I64, 0x17f, 0x7f },
    { "ext8s", TCG_TYPE_I64, 0xff, ~0ull },
    { "ext8u", TCG_TYPE_I32, 0xfff, 0xff },
    { "ext16s", TCG_TYPE_I32, 0x8000, 0xffff8000 },
    { "ext16s", TCG_TYPE_I64, 0x8000, 0xffffffffffff8000ull },
    { "ext16u", TCG_TYPE_I64, 0x12345678, 0x5678 },
    { "ext32s", TCG_TYPE_I64, 0x80000000, 0xffffffff80000000ull },
    { "ext32s", TCG_TYPE_I64, 0x17fffffffull, 0x7fffffff },
    { "ext32u", TCG_TYPE_I64, ~0ull, 0xffffffff },
};

START_TEST(test_unops)
{
    setup();
    for (size_t i = 0; i < sizeof(un_cases) / sizeof(un_cases[0]); i++) {
        const UnCase *c = &un_cases[i];
        int opc = tcg_op_by_name(c->op);
        ck_assert_int_ge(opc, 0);
        bool is32 = c->t == TCG_TYPE_I32;
        TCGArg a1[2] = { is32 ? W[1].idx : R[1].idx, is32 ? W[0].idx : R[0].idx };
        TCGArg a2[2] = { is32 ? W[2].idx : R[2].idx, cst(c->t, c->a) };
        env.w[0] = (uint32_t)c->a;
        env.r[0] = c->a;
        tcg_emit_op((TCGOpcode)opc, c->t, 2, a1);
        tcg_emit_op((TCGOpcode)opc, c->t, 2, a2);
        tcg_gen_exit_tb(0);
        run_now(false);
        uint64_t got1 = is32 ? env.w[1] : env.r[1], got2 = is32 ? env.w[2] : env.r[2];
        ck_assert_msg(got1 == c->want && got2 == c->want, "%s_%s %#llx: got %#llx/%#llx",
                      c->op, is32 ? "i32" : "i64", (unsigned long long)c->a,
                      (unsigned long long)got1, (unsigned long long)got2);
        uint64_t ref[2];
        ck_assert(tcg_eval_op((TCGOpcode)opc, c->t, &c->a, NULL, ref));
        ck_assert_uint_eq(ref[0], c->want);
    }
}
END_TEST

START_TEST(test_conversions)
{
    setup();
    env.w[0] = 0x80000001;
    env.r[0] = 0xaabbccdd11223344ull;
    tcg_gen_extu_i32_i64(R[1], W[0]);
    tcg_gen_ext_i32_i64(R[2], W[0]);
    tcg_gen_extrl_i64_i32(W[1], R[0]);
    tcg_gen_extrh_i64_i32(W[2], R[0]);
    tcg_gen_ext_i32_i64(R[3], tcg_constant_i32(0xfffffffe));
    tcg_gen_exit_tb(0);
    run_now(false);
    ck_assert_uint_eq(env.r[1], 0x80000001ull);
    ck_assert_uint_eq(env.r[2], 0xffffffff80000001ull);
    ck_assert_uint_eq(env.w[1], 0x11223344);
    ck_assert_uint_eq(env.w[2], 0xaabbccdd);
    ck_assert_uint_eq(env.r[3], (uint64_t)-2);
}
END_TEST

START_TEST(test_mul2)
{
    setup();
    env.w[0] = 0xffffffff;
    env.w[1] = 0xffffffff;
    env.r[0] = ~0ull;
    env.r[1] = 2;
    TCGv_i32 lo = tcg_temp_new_i32(), hi = tcg_temp_new_i32();
    tcg_gen_mulu2_i32(lo, hi, W[0], W[1]);
    tcg_gen_extu_i32_i64(R[2], lo);
    tcg_gen_extu_i32_i64(R[3], hi);
    tcg_gen_muls2_i32(lo, hi, W[0], tcg_constant_i32(0x80000000)); /* -1 * INT_MIN */
    tcg_gen_extu_i32_i64(R[4], lo);
    tcg_gen_extu_i32_i64(R[5], hi);
    tcg_gen_mulu2_i64(R[6], R[7], R[0], R[1]);
    tcg_gen_exit_tb(0);
    run_now(false);
    ck_assert_uint_eq(env.r[2], 1);
    ck_assert_uint_eq(env.r[3], 0xfffffffe);
    ck_assert_uint_eq(env.r[4], 0x80000000);
    ck_assert_uint_eq(env.r[5], 0);
    ck_assert_uint_eq(env.r[6], ~0ull - 1);
    ck_assert_uint_eq(env.r[7], 1);

    /* muls2_i64 and the output aliasing an input. */
    env.r[0] = (uint64_t)-3;
    env.r[1] = 0x4000000000000000ull;
    tcg_gen_muls2_i64(R[0], R[1], R[0], R[1]);
    tcg_gen_exit_tb(0);
    run_now(false);
    ck_assert_uint_eq(env.r[0], 0x4000000000000000ull);
    ck_assert_uint_eq(env.r[1], (uint64_t)-1);
}
END_TEST

START_TEST(test_bitfields)
{
    setup();
    env.w[0] = 0xffffffff;
    env.r[0] = 0;
    env.r[1] = 0xabc;
    env.w[1] = 0x12345678;
    tcg_gen_deposit_i32(W[2], W[0], tcg_constant_i32(0), 8, 8);
    tcg_gen_deposit_i64(R[2], R[0], R[1], 60, 4);
    tcg_gen_deposit_i64(R[3], R[1], tcg_constant_i64(~0ull), 0, 64);
    tcg_gen_extract_i32(W[3], W[1], 4, 8);
    tcg_gen_sextract_i64(R[4], tcg_constant_i64(0xf00), 8, 4);
    tcg_gen_sextract_i64(R[5], tcg_constant_i64(0x700), 8, 4);
    tcg_gen_extract_i64(R[6], tcg_constant_i64(0x8000000000000000ull), 63, 1);
    tcg_gen_exit_tb(0);
    run_now(false);
    ck_assert_uint_eq(env.w[2], 0xffff00ff);
    ck_assert_uint_eq(env.r[2], 0xc000000000000000ull);
    ck_assert_uint_eq(env.r[3], ~0ull);
    ck_assert_uint_eq(env.w[3], 0x67);
    ck_assert_uint_eq(env.r[4], ~0ull);
    ck_assert_uint_eq(env.r[5], 7);
    ck_assert_uint_eq(env.r[6], 1);

    TCGv_i32 t = tcg_temp_new_i32();
    tcg_gen_sextract_i32(t, tcg_constant_i32(0x00000f00), 8, 4);
    tcg_gen_extu_i32_i64(R[0], t);
    tcg_gen_exit_tb(0);
    run_now(false);
    ck_assert_uint_eq(env.r[0], 0xffffffff);
}
END_TEST

/* setcond, brcond and movcond with every condition, both types, both operand forms. */
START_TEST(test_conditions)
{
    static const uint64_t pairs[][2] = {
        { 0, 0 }, { 1, 2 }, { 2, 1 }, { 0xffffffff, 1 }, { 1, 0xffffffff },
        { 0x80000000, 0x7fffffff }, { ~0ull, 0 }, { 0x8000000000000000ull, 1 }, { 6, 3 },
    };
    setup();
    for (int c = TCG_COND_NEVER; c <= TCG_COND_TSTNE; c++)
        for (int t = 0; t < 2; t++)
            for (size_t p = 0; p < sizeof(pairs) / sizeof(pairs[0]); p++) {
                uint64_t a = pairs[p][0], b = pairs[p][1];
                bool want = tcg_eval_cond((TCGCond)c, (TCGType)t, a, b);
                env.r[0] = a;
                env.r[1] = b;
                env.w[0] = (uint32_t)a;
                env.w[1] = (uint32_t)b;
                env.r[5] = env.r[6] = 0x77;
                TCGLabelId l1 = gen_new_label(), l2 = gen_new_label();
                if (t == TCG_TYPE_I32) {
                    tcg_gen_setcond_i32((TCGCond)c, W[2], W[0], W[1]);
                    tcg_gen_setcondi_i32((TCGCond)c, W[3], W[0], (uint32_t)b);
                    TCGv_i32 m = tcg_temp_new_i32();
                    tcg_gen_movcond_i32((TCGCond)c, m, W[0], W[1], tcg_constant_i32(10),
                                        tcg_constant_i32(20));
                    tcg_gen_extu_i32_i64(R[4], m);
                    tcg_gen_brcond_i32((TCGCond)c, W[0], W[1], l1);
                    tcg_gen_movi_i64(R[5], 0);
                    gen_set_label(l1);
                    tcg_gen_brcondi_i32((TCGCond)c, W[0], (uint32_t)b, l2);
                    tcg_gen_movi_i64(R[6], 0);
                    gen_set_label(l2);
                } else {
                    tcg_gen_setcond_i64((TCGCond)c, R[2], R[0], R[1]);
                    tcg_gen_setcondi_i64((TCGCond)c, R[3], R[0], b);
                    tcg_gen_movcond_i64((TCGCond)c, R[4], R[0], R[1], tcg_constant_i64(10),
                                        tcg_constant_i64(20));
                    tcg_gen_brcond_i64((TCGCond)c, R[0], R[1], l1);
                    tcg_gen_movi_i64(R[5], 0);
                    gen_set_label(l1);
                    tcg_gen_brcondi_i64((TCGCond)c, R[0], b, l2);
                    tcg_gen_movi_i64(R[6], 0);
                    gen_set_label(l2);
                }
                tcg_gen_exit_tb(0);
                run_now(false);
                uint64_t s1 = t ? env.r[2] : env.w[2], s2 = t ? env.r[3] : env.w[3];
                ck_assert_msg(s1 == want && s2 == want, "setcond %d type %d %#llx,%#llx", c,
                              t, (unsigned long long)a, (unsigned long long)b);
                ck_assert_uint_eq(env.r[4], want ? 10 : 20);
                ck_assert_uint_eq(env.r[5], want ? 0x77 : 0);
                ck_assert_uint_eq(env.r[6], want ? 0x77 : 0);
            }
    /* Signed and unsigned really differ, written out: -1 < 1 signed, not unsigned. */
    ck_assert(tcg_eval_cond(TCG_COND_LT, TCG_TYPE_I32, 0xffffffff, 1));
    ck_assert(!tcg_eval_cond(TCG_COND_LTU, TCG_TYPE_I32, 0xffffffff, 1));
    ck_assert(!tcg_eval_cond(TCG_COND_LT, TCG_TYPE_I64, 0xffffffff, 1));
    ck_assert(tcg_eval_cond(TCG_COND_TSTNE, TCG_TYPE_I64, 6, 3));
}
END_TEST

/* A backward branch: a counted loop inside one TB, with a TB temp across the label. */
START_TEST(test_loop)
{
    setup();
    TCGv_i64 acc = tcg_temp_new_i64();
    tcg_gen_movi_i64(acc, 0);
    tcg_gen_movi_i64(R[1], 10);
    TCGLabelId top = gen_new_label();
    gen_set_label(top);
    tcg_gen_add_i64(acc, acc, R[1]);
    tcg_gen_subi_i64(R[1], R[1], 1);
    tcg_gen_brcondi_i64(TCG_COND_NE, R[1], 0, top);
    tcg_gen_mov_i64(R[0], acc);
    tcg_gen_exit_tb(0x1234);
    ck_assert_uint_eq(run_now(true), 0x1234);
    ck_assert_uint_eq(env.r[0], 55);
}
END_TEST

/* Host loads and stores relative to env and to a pointer temp. */
START_TEST(test_host_memory)
{
    setup();
    env.field[0] = 0x8182838485868788ull;
    int32_t f0 = offsetof(FakeEnv, field);
    TCGv_ptr env_ptr = ctx.env;
    tcg_gen_ld8u_i32(W[0], env_ptr, f0);
    tcg_gen_ld8s_i32(W[1], env_ptr, f0);
    TCGArg ld16s[3] = { R[0].idx, env_ptr.idx, (TCGArg)f0 }; /* no tcg_gen_ld16s_i64 */
    tcg_emit_op(INDEX_op_ld16s, TCG_TYPE_I64, 3, ld16s);
    tcg_gen_ld32s_i64(R[1], env_ptr, f0 + 4);
    tcg_gen_ld32u_i64(R[2], env_ptr, f0 + 4);
    tcg_gen_ld_i64(R[3], env_ptr, f0);
    tcg_gen_st16_i32(tcg_constant_i32(0xbeef), env_ptr, f0 + 8);
    tcg_gen_st8_i64(tcg_constant_i64(0x1ff), env_ptr, f0 + 10);
    TCGv_ptr p = tcg_temp_new_ptr();
    tcg_gen_addi_i64((TCGv_i64){ p.idx }, (TCGv_i64){ env_ptr.idx }, f0 + 16);
    tcg_gen_st_i64(tcg_constant_i64(0x1122334455667788ull), p, 0);
    tcg_gen_ld16u_i32(W[2], p, 2);
    tcg_gen_st32_i64(tcg_constant_i64(0xaabbccddeeff0011ull), p, 8);
    tcg_gen_exit_tb(0);
    run_now(false);
    ck_assert_uint_eq(env.w[0], 0x88);
    ck_assert_uint_eq(env.w[1], 0xffffff88);
    ck_assert_uint_eq(env.r[0], 0xffffffffffff8788ull);
    ck_assert_uint_eq(env.r[1], 0xffffffff81828384ull);
    ck_assert_uint_eq(env.r[2], 0x81828384ull);
    ck_assert_uint_eq(env.r[3], 0x8182838485868788ull);
    ck_assert_uint_eq(env.field[1], 0xffbeefull);
    ck_assert_uint_eq(env.field[2], 0x1122334455667788ull);
    ck_assert_uint_eq(env.w[2], 0x5566);
    ck_assert_uint_eq(env.field[3], 0xeeff0011ull);
}
END_TEST

/* ---------- helper calls through libffi ---------- */

static uint32_t h_i32_1(uint32_t a) { return a * 3 + 1; }
static int32_t h_s32_2(int32_t a, int32_t b) { return a - b; }
static uint64_t h_i64_3(uint64_t a, uint32_t b, int32_t c) { return a + b + (int64_t)c; }
static void *h_ptr_4(FakeEnv *e, uint64_t a, uint64_t b, uint32_t c)
{
    e->field[0] = a * b + c;
    return &e->field[1];
}
static void h_void_5(FakeEnv *e, uint32_t a, uint32_t b, uint32_t c, uint64_t d)
{
    e->field[2] = ((uint64_t)a << 48) ^ ((uint64_t)b << 32) ^ c ^ d;
}
static uint64_t h_i64_6(uint64_t a, uint64_t b, uint64_t c, uint64_t d, uint64_t e, uint64_t f)
{
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f;
}


/* Typed call stubs, as tcg/helper-gen.h makes them for real helpers. */
static uint64_t s_i32_1(const uint64_t *a) { return h_i32_1((uint32_t)a[0]); }
static uint64_t s_s32_2(const uint64_t *a) { return (uint32_t)h_s32_2((int32_t)a[0], (int32_t)a[1]); }
static uint64_t s_i64_3(const uint64_t *a) { return h_i64_3(a[0], (uint32_t)a[1], (int32_t)a[2]); }
static uint64_t s_ptr_4(const uint64_t *a)
{ return (uintptr_t)h_ptr_4((FakeEnv *)(uintptr_t)a[0], a[1], a[2], (uint32_t)a[3]); }
static uint64_t s_void_5(const uint64_t *a)
{ h_void_5((FakeEnv *)(uintptr_t)a[0], (uint32_t)a[1], (uint32_t)a[2], (uint32_t)a[3], a[4]); return 0; }
static uint64_t s_i64_6(const uint64_t *a) { return h_i64_6(a[0], a[1], a[2], a[3], a[4], a[5]); }

static TCGHelperInfo hi_i32_1 = { .func = (void *)h_i32_1, .call = s_i32_1, .name = "i32_1", .nargs = 1,
    .ret = TCG_HT_I32, .args = { TCG_HT_I32 }, .flags = TCG_CALL_PURE };
static TCGHelperInfo hi_s32_2 = { .func = (void *)h_s32_2, .call = s_s32_2, .name = "s32_2", .nargs = 2,
    .ret = TCG_HT_S32, .args = { TCG_HT_S32, TCG_HT_S32 } };
static TCGHelperInfo hi_i64_3 = { .func = (void *)h_i64_3, .call = s_i64_3, .name = "i64_3", .nargs = 3,
    .ret = TCG_HT_I64, .args = { TCG_HT_I64, TCG_HT_I32, TCG_HT_S32 } };
static TCGHelperInfo hi_ptr_4 = { .func = (void *)h_ptr_4, .call = s_ptr_4, .name = "ptr_4", .nargs = 4,
    .ret = TCG_HT_PTR, .args = { TCG_HT_PTR, TCG_HT_I64, TCG_HT_I64, TCG_HT_I32 } };
static TCGHelperInfo hi_void_5 = { .func = (void *)h_void_5, .call = s_void_5, .name = "void_5", .nargs = 5,
    .ret = TCG_HT_VOID, .args = { TCG_HT_PTR, TCG_HT_I32, TCG_HT_I32, TCG_HT_I32, TCG_HT_I64 } };
static TCGHelperInfo hi_i64_6 = { .func = (void *)h_i64_6, .call = s_i64_6, .name = "i64_6", .nargs = 6,
    .ret = TCG_HT_I64, .args = { TCG_HT_I64, TCG_HT_I64, TCG_HT_I64, TCG_HT_I64, TCG_HT_I64,
                                 TCG_HT_I64 } };

static void check_helper_calls(bool ffi)
{
    interp_force_ffi = ffi;
    setup();
    env.w[0] = 7;
    env.w[2] = (uint32_t)-5;
    env.r[0] = 1000;
    env.r[1] = 3;
    TCGv_i32 t32 = tcg_temp_new_i32();
    uint32_t a1[1] = { W[0].idx };
    tcg_gen_callN(&hi_i32_1, W[1].idx, 1, a1);
    uint32_t a2[2] = { W[0].idx, tcg_constant_i32(10).idx };
    tcg_gen_callN(&hi_s32_2, t32.idx, 2, a2);
    tcg_gen_ext_i32_i64(R[2], t32);
    uint32_t a3[3] = { R[0].idx, tcg_constant_i32(0xffffffff).idx, tcg_constant_i32(-5).idx };
    tcg_gen_callN(&hi_i64_3, R[3].idx, 3, a3);
    uint32_t a3b[3] = { R[0].idx, W[2].idx, W[2].idx }; /* the same bits as i32 and s32 */
    tcg_gen_callN(&hi_i64_3, R[6].idx, 3, a3b);
    uint32_t a4[4] = { ctx.env.idx, R[0].idx, R[1].idx, W[0].idx };
    tcg_gen_callN(&hi_ptr_4, R[4].idx, 4, a4);
    uint32_t a5[5] = { ctx.env.idx, tcg_constant_i32(0x1234).idx, W[0].idx,
                       tcg_constant_i32(0xabcdef01).idx, R[1].idx };
    tcg_gen_callN(&hi_void_5, TCG_NO_TEMP, 5, a5);
    uint32_t a6[6] = { R[1].idx, R[1].idx, tcg_constant_i64(1).idx, R[0].idx, R[1].idx,
                       tcg_constant_i64(1ull << 40).idx };
    tcg_gen_callN(&hi_i64_6, R[5].idx, 6, a6);
    tcg_gen_exit_tb(0);
    run_now(false);
    ck_assert_uint_eq(env.w[1], 22);
    ck_assert_uint_eq(env.r[2], (uint64_t)-3);
    ck_assert_uint_eq(env.r[3], 1000ull + 0xffffffffull - 5);
    ck_assert_uint_eq(env.r[6], 1000ull + 0xfffffffbull - 5);
    ck_assert_uint_eq(env.field[0], 3007);
    ck_assert_uint_eq(env.r[4], (uintptr_t)&env.field[1]);
    ck_assert_uint_eq(env.field[2], (0x1234ull << 48) ^ (7ull << 32) ^ 0xabcdef01ull ^ 3);
    ck_assert_uint_eq(env.r[5], 3 + 6 + 3 + 4000 + 15 + 6 * (1ull << 40));
    ck_assert_ptr_nonnull(hi_i64_6.backend_data); /* the cif is kept for the next TB */
    interp_force_ffi = false;
}

/* Both call paths: the typed stub and libffi. */
START_TEST(test_helper_calls)
{
    check_helper_calls(false);
    check_helper_calls(true);
}
END_TEST

/* ---------- guest memory through the soft-TLB ---------- */

START_TEST(test_tlb_fast_path)
{
    setup();
    uint64_t base = GUEST_BASE + 0x100;
    memcpy(ram_ptr(base, 8), "\x81\x82\x83\x84\x85\x86\x87\x88", 8);
    TCGv_i64 addr = tcg_temp_new_i64();
    tcg_gen_movi_i64(addr, base);
    tcg_gen_qemu_ld_i32(W[0], addr, 0, MO_UB);
    tcg_gen_qemu_ld_i32(W[1], addr, 0, MO_SB);
    tcg_gen_qemu_ld_i32(W[2], addr, 0, MO_SW);
    tcg_gen_qemu_ld_i32(W[3], addr, 0, MO_UL);
    tcg_gen_qemu_ld_i64(R[0], addr, 0, MO_SL);
    tcg_gen_qemu_ld_i64(R[1], addr, 0, MO_UQ);
    tcg_gen_qemu_ld_i64(R[2], addr, 0, MO_UW);
    tcg_gen_addi_i64(addr, addr, 16);
    tcg_gen_qemu_st_i32(tcg_constant_i32(0xa1a2a3a4), addr, 0, MO_UL);
    tcg_gen_addi_i64(addr, addr, 4);
    tcg_gen_qemu_st_i64(tcg_constant_i64(0x1122334455667788ull), addr, 0, MO_UQ);
    tcg_gen_addi_i64(addr, addr, 8);
    tcg_gen_qemu_st_i32(tcg_constant_i32(0xffffbeef), addr, 0, MO_UW);
    tcg_gen_qemu_st_i64(tcg_constant_i64(0x77), addr, 0, MO_UB);
    tcg_gen_exit_tb(0);
    run_now(false);
    ck_assert_uint_eq(slow_loads + slow_stores, 0);
    ck_assert_uint_eq(env.w[0], 0x81);
    ck_assert_uint_eq(env.w[1], 0xffffff81);
    ck_assert_uint_eq(env.w[2], 0xffff8281);
    ck_assert_uint_eq(env.w[3], 0x84838281);
    ck_assert_uint_eq(env.r[0], 0xffffffff84838281ull);
    ck_assert_uint_eq(env.r[1], 0x8887868584838281ull);
    ck_assert_uint_eq(env.r[2], 0x8281);
    ck_assert_mem_eq(ram_ptr(base + 16, 14),
                     "\xa4\xa3\xa2\xa1\x88\x77\x66\x55\x44\x33\x22\x11\x77\xbe", 14);
}
END_TEST

START_TEST(test_tlb_slow_path)
{
    setup();
    uint64_t end0 = GUEST_BASE + TCG_PAGE_SIZE; /* boundary of the first two pages */
    memcpy(ram_ptr(end0 - 2, 4), "\x01\x02\x83\x04", 4);
    /* An MMIO-flagged page, a page with code (writes slow), and an unmapped one. */
    map_page(0, GUEST_BASE + 2 * TCG_PAGE_SIZE, TLB_MMIO, TLB_MMIO);
    map_page(0, GUEST_BASE + 3 * TCG_PAGE_SIZE, 0, TLB_NOTDIRTY);
    memcpy(ram_ptr(GUEST_BASE + 2 * TCG_PAGE_SIZE, 2), "\xfe\xff", 2);
    TCGv_i64 a = tcg_temp_new_i64();
    tcg_gen_movi_i64(a, end0 - 2);
    tcg_gen_qemu_ld_i64(R[0], a, 0, MO_SL);                  /* crosses: slow */
    tcg_gen_qemu_ld_i64(R[1], a, 0, MO_SW);                  /* ends at the boundary: fast */
    tcg_gen_movi_i64(a, end0 - 1);
    tcg_gen_qemu_st_i32(tcg_constant_i32(0xaabb), a, 0, MO_UW); /* crosses: slow */
    tcg_gen_movi_i64(a, GUEST_BASE + 2 * TCG_PAGE_SIZE);
    tcg_gen_qemu_ld_i32(W[0], a, 0, MO_SW);                  /* MMIO: slow, sign-extended */
    tcg_gen_movi_i64(a, GUEST_BASE + 3 * TCG_PAGE_SIZE + 8);
    tcg_gen_qemu_ld_i32(W[1], a, 0, MO_UB);                  /* readable fast */
    tcg_gen_qemu_st_i32(tcg_constant_i32(0x99), a, 0, MO_UB); /* NOTDIRTY: slow */
    tcg_gen_qemu_ld_i32(W[2], a, 1, MO_UB);                  /* other MMU index: miss */
    tcg_gen_exit_tb(0);
    run_now(false);
    ck_assert_uint_eq(env.r[0], 0x04830201ull);
    ck_assert_uint_eq(env.r[1], 0x0201);
    ck_assert_uint_eq(env.w[0], 0xfffffffe);
    ck_assert_uint_eq(env.w[1], 0);
    ck_assert_uint_eq(env.w[2], 0x99);
    ck_assert_mem_eq(ram_ptr(end0 - 1, 2), "\xbb\xaa", 2);
    ck_assert_uint_eq(slow_loads, 3);
    ck_assert_uint_eq(slow_stores, 2);
}
END_TEST

/* An address in an I32 temp is zero-extended. */
START_TEST(test_tlb_addr32)
{
    setup();
    ram[0x10] = 0x5a;
    TCGv_i32 a = tcg_temp_new_i32();
    tcg_gen_movi_i32(a, (uint32_t)GUEST_BASE + 0x10);
    tcg_gen_qemu_ld_i32(W[0], (TCGv_i64){ a.idx }, 0, MO_UB);
    tcg_gen_exit_tb(0);
    run_now(false);
    ck_assert_uint_eq(env.w[0], 0x5a);
}
END_TEST

/* ---------- TB exits, chaining, lookup, exit requests ---------- */

static unsigned hook_calls;
static TranslationBlock *lookup_answer;
static TranslationBlock *lookup_hook(void *e)
{
    (void)e;
    hook_calls++;
    TranslationBlock *t = lookup_answer;
    lookup_answer = NULL; /* only once: then the chain returns to the loop */
    return t;
}

/* An exit request as a guest makes one: the budget's high half all ones. */
static void request_exit(void)
{
    env.budget = (int64_t)((uint64_t)env.budget | 0xffffffff00000000ull);
}
static TCGHelperInfo hi_request_exit = { .func = (void *)request_exit, .name = "request_exit",
    .nargs = 0, .ret = TCG_HT_VOID, .flags = TCG_CALL_NO_RAISE };

START_TEST(test_chaining)
{
    setup();
    TranslationBlock *a = tb_alloc(), *b = tb_alloc();
    a->pc = 0x1000;
    b->pc = 0x1040;
    a->size = 0x40;
    /* A: r0 += 1; goto_tb 0; exit(a|0).  B: r1 += 10; exit 7; each counts 1 */
    env.budget = 100;
    tcg_gen_budget(offsetof(FakeEnv, budget), 1, offsetof(FakeEnv, field[3]), 0x1000);
    tcg_gen_addi_i64(R[0], R[0], 1);
    tcg_gen_goto_tb(0);
    tcg_gen_exit_tb(tb_exit_value(a, 0));
    make_tb(a, true);
    tcg_func_start(&ctx);
    tcg_gen_budget(offsetof(FakeEnv, budget), 1, offsetof(FakeEnv, field[3]), 0x7f0000001040ull);
    tcg_gen_addi_i64(R[1], R[1], 10);
    tcg_gen_exit_tb(7);
    make_tb(b, true);

    uintptr_t r = tcg_backend->exec(&env, a);
    ck_assert_uint_eq(r, tb_exit_value(a, 0));
    ck_assert_uint_eq(env.r[0], 1);
    ck_assert_uint_eq(env.r[1], 0);
    tb_link(a, 0, b);
    ck_assert_ptr_eq(a->jmp_dest[0], b);
    r = tcg_backend->exec(&env, a);
    ck_assert_uint_eq(r, 7);
    ck_assert_uint_eq(env.r[0], 2);
    ck_assert_uint_eq(env.r[1], 10);

    ck_assert_int_eq(env.budget, 97); /* A, A, B */

    /* An exit request seen when entering A. */
    request_exit();
    ck_assert_uint_eq(tcg_backend->exec(&env, a), TB_EXIT_REQUESTED);
    ck_assert_uint_eq(env.r[0], 2); /* A did not run */
    ck_assert_uint_eq((uint64_t)env.budget, 0xffffffff00000000ull | 97);
    ck_assert_uint_eq(env.field[3], 0x1000); /* the exit stores the TB's own pc */
    env.budget = 97;

    /* Room for A but not for B: B is not entered and nothing is taken off for it. */
    env.budget = 1;
    ck_assert_uint_eq(tcg_backend->exec(&env, a), TB_EXIT_REQUESTED);
    ck_assert_uint_eq(env.r[0], 3);
    ck_assert_uint_eq(env.r[1], 10);
    ck_assert_int_eq(env.budget, 0);
    ck_assert_uint_eq(env.field[3], 0x7f0000001040ull); /* a pc beyond imm32 */
    env.budget = 100;

    /* Invalidating B unlinks A. */
    tb_invalidate(b);
    ck_assert_ptr_null(a->jmp_dest[0]);
    ck_assert_uint_eq(tcg_backend->exec(&env, a), tb_exit_value(a, 0));
    ck_assert_uint_eq(env.r[1], 10);
}
END_TEST

START_TEST(test_exit_request_in_chain)
{
    setup();
    TranslationBlock *a = tb_alloc(), *b = tb_alloc();
    a->pc = 0x2000;
    b->pc = 0x2010;
    env.budget = 10;
    tcg_gen_budget(offsetof(FakeEnv, budget), 2, offsetof(FakeEnv, field[3]), 0x2000);
    tcg_gen_addi_i64(R[0], R[0], 1);
    tcg_gen_callN(&hi_request_exit, TCG_NO_TEMP, 0, NULL);
    tcg_gen_goto_tb(1);
    tcg_gen_exit_tb(tb_exit_value(a, 1));
    make_tb(a, true);
    tcg_func_start(&ctx);
    tcg_gen_budget(offsetof(FakeEnv, budget), 3, offsetof(FakeEnv, field[3]), 0x2010);
    tcg_gen_addi_i64(R[1], R[1], 1);
    tcg_gen_exit_tb(0);
    make_tb(b, true);
    tb_link(a, 1, b);
    ck_assert_uint_eq(tcg_backend->exec(&env, a), TB_EXIT_REQUESTED);
    ck_assert_uint_eq(env.r[0], 1);
    ck_assert_uint_eq(env.r[1], 0);
    ck_assert_uint_eq((uint64_t)env.budget, 0xffffffff00000000ull | 8); /* A counted */
    ck_assert_uint_eq(env.field[3], 0x2010);
}
END_TEST

START_TEST(test_lookup_and_goto)
{
    setup();
    TranslationBlock *a = tb_alloc(), *b = tb_alloc();
    tcg_gen_addi_i64(R[0], R[0], 1);
    tcg_gen_lookup_and_goto();
    make_tb(a, true);
    tcg_func_start(&ctx);
    tcg_gen_addi_i64(R[1], R[1], 5);
    tcg_gen_lookup_and_goto();
    make_tb(b, true);
    tcg_lookup_tb_hook = lookup_hook;
    lookup_answer = b;
    hook_calls = 0;
    ck_assert_uint_eq(tcg_backend->exec(&env, a), 0);
    ck_assert_uint_eq(hook_calls, 2);
    ck_assert_uint_eq(env.r[0], 1);
    ck_assert_uint_eq(env.r[1], 5);
}
END_TEST

/* ---------- precise state after unwinding ---------- */

static jmp_buf helper_jmp;
static void raise_helper(uint64_t v)
{
    if (v == 13)
        longjmp(helper_jmp, 1);
}
static TCGHelperInfo hi_raise = { .func = (void *)raise_helper, .name = "raise",
    .nargs = 1, .ret = TCG_HT_VOID, .args = { TCG_HT_I64 } };

START_TEST(test_restore_state_helper)
{
    setup();
    uint64_t data[TCG_INSN_START_WORDS] = { 0, 0 };
    tcg_gen_insn_start(0x100, 5);
    tcg_gen_addi_i64(R[0], R[0], 1);
    uint32_t a[1] = { R[0].idx };
    tcg_gen_callN(&hi_raise, TCG_NO_TEMP, 1, a);
    tcg_gen_insn_start(0x103, 6);
    tcg_gen_insn_start(0x104, 7); /* an insn that emits no code: the next one is current */
    tcg_gen_addi_i64(R[0], R[0], 10);
    tcg_gen_callN(&hi_raise, TCG_NO_TEMP, 1, a);
    tcg_gen_insn_start(0x108, 8);
    tcg_gen_exit_tb(0);
    TranslationBlock *tb = make_tb(NULL, true);

    env.r[0] = 12; /* the first helper sees 13 */
    if (setjmp(helper_jmp) == 0) {
        tcg_backend->exec(&env, tb);
        ck_abort_msg("helper did not unwind");
    }
    ck_assert(tcg_restore_state(0, data));
    ck_assert_uint_eq(data[0], 0x100);
    ck_assert_uint_eq(data[1], 5);
    ck_assert_uint_eq(env.r[0], 13);

    env.r[0] = 2; /* the second helper sees 13 */
    if (setjmp(helper_jmp) == 0) {
        tcg_backend->exec(&env, tb);
        ck_abort_msg("helper did not unwind");
    }
    ck_assert(tcg_restore_state(0, data));
    ck_assert_uint_eq(data[0], 0x104);
    ck_assert_uint_eq(data[1], 7);

    env.r[0] = 0;
    ck_assert_uint_eq(tcg_backend->exec(&env, tb), 0);
    ck_assert(!tcg_restore_state(0, data)); /* nothing is executing now */
}
END_TEST

START_TEST(test_restore_state_memory)
{
    setup();
    uint64_t data[TCG_INSN_START_WORDS];
    fault_addr = 0x9000; /* not mapped: slow path, which faults */
    TCGv_i64 a = tcg_temp_new_i64();
    tcg_gen_insn_start(0x200, 1);
    tcg_gen_movi_i64(a, GUEST_BASE);
    tcg_gen_qemu_ld_i64(R[0], a, 0, MO_UQ);
    tcg_gen_insn_start(0x202, 2);
    tcg_gen_movi_i64(a, 0x9000);
    tcg_gen_qemu_st_i64(R[0], a, 0, MO_UQ);
    tcg_gen_insn_start(0x205, 3);
    tcg_gen_exit_tb(0);
    TranslationBlock *tb = make_tb(NULL, true);
    if (setjmp(fault_jmp) == 0) {
        tcg_backend->exec(&env, tb);
        ck_abort_msg("store did not fault");
    }
    ck_assert(tcg_restore_state(0, data));
    ck_assert_uint_eq(data[0], 0x202);
    ck_assert_uint_eq(data[1], 2);
}
END_TEST

/* A store into the running TB's own code stops it before the next insn. */
START_TEST(test_self_modifying_code)
{
    setup();
    uint64_t data[TCG_INSN_START_WORDS];
    map_page(0, GUEST_BASE, 0, TLB_NOTDIRTY);
    TranslationBlock *tb = tb_alloc();
    tb->phys_pc = 0x7000;
    tb->pc = GUEST_BASE;
    tb->size = 8;
    TCGv_i64 a = tcg_temp_new_i64();
    tcg_gen_insn_start(0x10, 0);
    tcg_gen_addi_i64(R[0], R[0], 1);
    tcg_gen_movi_i64(a, GUEST_BASE + 4);
    tcg_gen_qemu_st_i32(tcg_constant_i32(0x90909090), a, 0, MO_UL);
    tcg_gen_insn_start(0x14, 9);
    tcg_gen_addi_i64(R[0], R[0], 100);
    tcg_gen_exit_tb(0);
    make_tb(tb, true);
    tb_insert(tb);
    smc_victim = tb;
    ck_assert_uint_eq(tcg_backend->exec(&env, tb), TB_EXIT_INVALIDATED);
    ck_assert_uint_eq(env.r[0], 1);
    ck_assert(tcg_restore_state(0, data));
    ck_assert_uint_eq(data[0], 0x14);
    ck_assert_uint_eq(data[1], 9);
    ck_assert_uint_eq(slow_stores, 1);
    ck_assert(tb->invalid);

    /* The same TB, not invalidated by the store, runs to its end. */
    setup();
    map_page(0, GUEST_BASE, 0, TLB_NOTDIRTY);
    a = tcg_temp_new_i64();
    tcg_gen_insn_start(0x10, 0);
    tcg_gen_movi_i64(a, GUEST_BASE + 4);
    tcg_gen_qemu_st_i32(tcg_constant_i32(0x90909090), a, 0, MO_UL);
    tcg_gen_insn_start(0x14, 9);
    tcg_gen_addi_i64(R[0], R[0], 100);
    tcg_gen_exit_tb(0);
    ck_assert_uint_eq(run_now(true), 0);
    ck_assert_uint_eq(env.r[0], 100);
}
END_TEST

START_TEST(test_code_buffer_full)
{
    setup();
    tcg_interp_set_buffer_size(4096);
    uint64_t want[8] = { 0 };
    for (int i = 0; i < 200; i++) {
        tcg_gen_addi_i64(R[i & 7], R[(i + 1) & 7], (uint64_t)i);
        want[i & 7] = want[(i + 1) & 7] + (uint64_t)i;
    }
    tcg_gen_exit_tb(0);
    TranslationBlock *tb = tb_alloc();
    int n = 0;
    while (tcg_backend->gen_code(&ctx, tb) == 0)
        n++;
    ck_assert_int_eq(n, 0); /* 200 ops * 24 bytes do not fit in 4 KiB */
    tb_flush_all();
    tcg_interp_set_buffer_size(1 << 20);
    tb = tb_alloc();
    ck_assert_int_eq(tcg_backend->gen_code(&ctx, tb), 0);
    tcg_backend->exec(&env, tb);
    ck_assert_mem_eq(env.r, want, sizeof(want));
}
END_TEST

static double run_timed(TranslationBlock *tb)
{
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    tcg_backend->exec(&env, tb);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
}

static uint64_t h_bench(uint64_t a, uint32_t b) { return a + b; }
static TCGHelperInfo hi_bench = { .func = (void *)h_bench, .name = "bench", .nargs = 2,
    .ret = TCG_HT_I64, .args = { TCG_HT_I64, TCG_HT_I32 }, .flags = 0 };

/* Not a pass/fail threshold: prints IR ops per second on counted loops (ALU only, with
 * guest memory, with a helper call); the results are checked. */
START_TEST(test_speed)
{
    setup();
    const uint64_t iters = 5000000;
    TCGv_i64 t = tcg_temp_new_i64();
    TCGLabelId top = gen_new_label();
    gen_set_label(top);
    tcg_gen_addi_i64(t, R[0], 3);        /* 7 ops per iteration */
    tcg_gen_xor_i64(R[0], t, R[2]);
    tcg_gen_shri_i64(t, R[0], 1);
    tcg_gen_add_i64(R[3], R[3], t);
    tcg_gen_setcondi_i64(TCG_COND_LTU, t, R[3], 1000);
    tcg_gen_subi_i64(R[1], R[1], 1);
    tcg_gen_brcondi_i64(TCG_COND_NE, R[1], 0, top);
    tcg_gen_exit_tb(0);
    TranslationBlock *tb = make_tb(NULL, true);
    env.r[1] = iters;
    double s = run_timed(tb);
    fprintf(stderr, "\ninterp: ALU loop %.0f million IR ops/s (%.2f ns/op)\n",
            7.0 * (double)iters / s / 1e6, s / (7.0 * (double)iters) * 1e9);
    uint64_t r0 = 0, r3 = 0;
    for (uint64_t i = 0; i < iters; i++) {
        r0 = (r0 + 3) ^ 0;
        r3 += r0 >> 1;
    }
    ck_assert_uint_eq(env.r[1], 0);
    ck_assert_uint_eq(env.r[0], r0);
    ck_assert_uint_eq(env.r[3], r3);

    /* Guest memory: a load, an add and a store per iteration, all on the fast path. */
    tcg_func_start(&ctx);
    t = tcg_temp_new_i64();
    TCGv_i64 a = tcg_temp_new_i64();
    top = gen_new_label();
    gen_set_label(top);
    tcg_gen_andi_i64(a, R[1], 0xff8);        /* 6 ops per iteration */
    tcg_gen_addi_i64(a, a, GUEST_BASE);
    tcg_gen_qemu_ld_i64(t, a, 0, MO_UQ);
    tcg_gen_add_i64(t, t, R[1]);
    tcg_gen_qemu_st_i64(t, a, 0, MO_UQ);
    tcg_gen_subi_i64(R[1], R[1], 8);
    tcg_gen_brcondi_i64(TCG_COND_NE, R[1], 0, top);
    tcg_gen_exit_tb(0);
    tb = make_tb(NULL, true);
    env.r[1] = iters * 8;
    s = run_timed(tb);
    fprintf(stderr, "interp: memory loop %.0f million IR ops/s (%.1f ns per iteration)\n",
            7.0 * (double)iters / s / 1e6, s / (double)iters * 1e9);
    ck_assert_uint_eq(slow_loads + slow_stores, 0);

    /* A helper call per iteration. */
    tcg_func_start(&ctx);
    top = gen_new_label();
    gen_set_label(top);
    uint32_t args[2] = { R[0].idx, W[0].idx };
    tcg_gen_callN(&hi_bench, R[0].idx, 2, args);
    tcg_gen_subi_i64(R[1], R[1], 1);
    tcg_gen_brcondi_i64(TCG_COND_NE, R[1], 0, top);
    tcg_gen_exit_tb(0);
    tb = make_tb(NULL, true);
    env.r[0] = 0;
    env.w[0] = 3;
    env.r[1] = iters;
    s = run_timed(tb);
    fprintf(stderr, "interp: helper loop %.1f ns per iteration (call + 2 ops)\n",
            s / (double)iters * 1e9);
    ck_assert_uint_eq(env.r[0], 3 * iters);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("interp");
    TCase *tc = tcase_create("ops");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_binops_expected);
    tcase_add_test(tc, test_binops_reference);
    tcase_add_test(tc, test_unops);
    tcase_add_test(tc, test_conversions);
    tcase_add_test(tc, test_mul2);
    tcase_add_test(tc, test_bitfields);
    tcase_add_test(tc, test_conditions);
    tcase_add_test(tc, test_loop);
    tcase_add_test(tc, test_host_memory);
    tcase_add_test(tc, test_helper_calls);
    suite_add_tcase(s, tc);
    TCase *tm = tcase_create("memory");
    tcase_set_timeout(tm, 120);
    tcase_add_test(tm, test_tlb_fast_path);
    tcase_add_test(tm, test_tlb_slow_path);
    tcase_add_test(tm, test_tlb_addr32);
    suite_add_tcase(s, tm);
    TCase *te = tcase_create("exits");
    tcase_set_timeout(te, 120);
    tcase_add_test(te, test_chaining);
    tcase_add_test(te, test_exit_request_in_chain);
    tcase_add_test(te, test_lookup_and_goto);
    tcase_add_test(te, test_restore_state_helper);
    tcase_add_test(te, test_restore_state_memory);
    tcase_add_test(te, test_self_modifying_code);
    tcase_add_test(te, test_code_buffer_full);
    tcase_add_test(te, test_speed);
    suite_add_tcase(s, te);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}

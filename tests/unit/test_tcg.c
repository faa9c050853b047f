/* Unit tests of the IR builder (temps, constants, labels, op layout, -d op text), the
 * -d log option parser, and the TB cache (lookup, pages, invalidation, chaining lists,
 * pool exhaustion, flush). */
#include <check.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tcg/backend.h"
#include "tcg/log.h"
#include "tcg/tb.h"
#include "tcg/tcg-internal.h"
#include "tcg/tcg.h"
#include "tcg/tlb.h"

typedef struct FakeEnv {
    uint64_t r[4];
    uint32_t w[2];
    uint64_t frame[16];
} FakeEnv;

static TCGContext ctx;
static TCGv_i64 R0, R1;
static TCGv_i32 W0;

static void setup(void)
{
    /* A test may set up twice: give the previous context's arrays back. */
    free(ctx.temps);
    free(ctx.ops);
    free(ctx.labels);
    tcg_context_init(&ctx);
    tcg_set_frame(&ctx, offsetof(FakeEnv, frame), sizeof(((FakeEnv *)0)->frame));
    R0 = tcg_global_mem_new_i64(offsetof(FakeEnv, r), "r0");
    R1 = tcg_global_mem_new_i64(offsetof(FakeEnv, r) + 8, "r1");
    W0 = tcg_global_mem_new_i32(offsetof(FakeEnv, w), "w0");
    tcg_func_start(&ctx);
}

START_TEST(test_temps)
{
    setup();
    /* env first, then globals in creation order. */
    ck_assert_uint_eq(ctx.env.idx, 0);
    ck_assert_uint_eq(ctx.temps[0].kind, TEMP_ENV);
    ck_assert_uint_eq(ctx.nb_globals, 4);
    ck_assert_uint_eq(ctx.temps[R1.idx].kind, TEMP_GLOBAL);
    ck_assert_int_eq(ctx.temps[R1.idx].mem_offset, 8);
    ck_assert_uint_eq(ctx.temps[W0.idx].type, TCG_TYPE_I32);

    TCGv_i64 a = tcg_temp_new_i64(), b = tcg_temp_new_i64();
    TCGv_i32 c = tcg_temp_new_i32();
    ck_assert_uint_ge(a.idx, ctx.nb_globals);
    ck_assert_uint_ne(ctx.temps[a.idx].frame_slot, ctx.temps[b.idx].frame_slot);
    ck_assert_uint_eq(ctx.temps[c.idx].kind, TEMP_TB);
    ck_assert_uint_eq(ctx.frame_slots, 3);

    /* A freed temp is reused (same type only) before a new slot is taken. */
    tcg_temp_free_i64(a);
    TCGv_i32 d = tcg_temp_new_i32();
    ck_assert_uint_ne(d.idx, a.idx);
    TCGv_i64 e = tcg_temp_new_i64();
    ck_assert_uint_eq(e.idx, a.idx);
    ck_assert_uint_eq(ctx.frame_slots, 4);
    /* Freeing a global or a constant is harmless and changes nothing. */
    tcg_temp_free_i64(R0);
    tcg_temp_free_i32(tcg_constant_i32(5));
    ck_assert_uint_eq(ctx.temps[R0.idx].kind, TEMP_GLOBAL);

    /* Constants are interned per type and value. */
    TCGv_i32 k1 = tcg_constant_i32(42), k2 = tcg_constant_i32(42);
    TCGv_i64 k3 = tcg_constant_i64(42);
    ck_assert_uint_eq(k1.idx, k2.idx);
    ck_assert_uint_ne(k1.idx, k3.idx);
    ck_assert_uint_eq(ctx.temps[k3.idx].kind, TEMP_CONST);
    ck_assert_uint_eq(ctx.temps[k3.idx].val, 42);
    ck_assert_uint_eq(tcg_constant_i32(0xffffffff).idx, tcg_constant_i32(-1).idx);
    /* Many constants: the table grows and still interns. */
    for (uint32_t v = 0; v < 5000; v++)
        tcg_constant_i64(v * 7919);
    ck_assert_uint_eq(tcg_constant_i64(4999 * 7919).idx, tcg_constant_i64(4999 * 7919).idx);
    ck_assert_uint_eq(tcg_constant_i64(42).idx, k3.idx);

    /* A new TB drops temps and constants but keeps the globals. */
    uint32_t globals = ctx.nb_globals;
    tcg_func_start(&ctx);
    ck_assert_uint_eq(ctx.nb_temps, globals);
    ck_assert_uint_eq(ctx.frame_slots, 0);
    ck_assert_uint_eq(ctx.nb_ops, 0);
    TCGv_i64 f = tcg_constant_i64(42);
    ck_assert_uint_eq(ctx.temps[f.idx].val, 42);
    ck_assert_uint_eq(f.idx, globals);
}
END_TEST

/* Leaking temps past the frame is a translator bug: a clear abort. */
START_TEST(test_temp_overflow_aborts)
{
    setup();
    for (int i = 0; i < 100; i++)
        tcg_temp_new_i64();
}
END_TEST

START_TEST(test_op_layout)
{
    setup();
    TCGv_i64 t = tcg_temp_new_i64();
    tcg_gen_addi_i64(t, R0, 5);
    TCGOp *op = &ctx.ops[0];
    ck_assert_uint_eq(op->opc, INDEX_op_add);
    ck_assert_uint_eq(op->type, TCG_TYPE_I64);
    ck_assert_uint_eq(op->nargs, 3);
    ck_assert_uint_eq(op->args[0], t.idx);
    ck_assert_uint_eq(op->args[1], R0.idx);
    ck_assert_uint_eq(ctx.temps[op->args[2]].val, 5);

    static TCGHelperInfo info = { .name = "h", .nargs = 3, .ret = TCG_HT_I64 };
    uint32_t args[3] = { ctx.env.idx, R0.idx, W0.idx };
    tcg_gen_callN(&info, R1.idx, 3, args);
    op = &ctx.ops[1];
    ck_assert_uint_eq(op->opc, INDEX_op_call);
    ck_assert_uint_eq(op->nargs, 5);
    ck_assert_uint_eq(op->args[0], R1.idx);
    ck_assert_uint_eq(op->args[3], W0.idx);
    ck_assert_ptr_eq(tcg_call_info(op), &info);
    ck_assert_uint_eq(tcg_op_nb_iargs(op), 3);
    ck_assert_uint_eq(tcg_op_nb_oargs(op), 1);

    TCGLabelId l = gen_new_label();
    tcg_gen_brcondi_i32(TCG_COND_LTU, W0, 3, l);
    gen_set_label(l);
    ck_assert_uint_eq(ctx.labels[l].refs, 1);
    ck_assert_int_eq(ctx.labels[l].op_index, 3);
    ck_assert_uint_eq(ctx.ops[2].args[2], TCG_COND_LTU);
    ck_assert_uint_eq(ctx.ops[2].args[3], l);

    tcg_gen_qemu_ld_i32(W0, R0, 2, MO_SW);
    op = &ctx.ops[4];
    ck_assert_uint_eq(get_memop((MemOpIdx)op->args[2]), MO_SW);
    ck_assert_uint_eq(get_mmuidx((MemOpIdx)op->args[2]), 2);

    tcg_gen_insn_start(0xfff0, 7);
    ck_assert_uint_eq(ctx.ops[5].args[0], 0xfff0);
    ck_assert_uint_eq(ctx.ops[5].args[1], 7);
    tcg_gen_deposit_i64(R0, R0, R1, 8, 16);
    ck_assert_uint_eq(ctx.ops[6].args[3], 8);
    ck_assert_uint_eq(ctx.ops[6].args[4], 16);
    tcg_gen_ld16u_i32(W0, ctx.env, -8);
    ck_assert_int_eq((int64_t)ctx.ops[7].args[2], -8);
    ck_assert_uint_eq(ctx.nb_ops, 8);

    /* Every op has a definition whose arity matches tcg-ops.def. */
    for (int i = 0; i < NB_OPS; i++) {
        ck_assert_ptr_nonnull(tcg_op_defs[i].name);
        ck_assert_int_eq(tcg_op_by_name(tcg_op_defs[i].name), i);
    }
    ck_assert_uint_eq(tcg_op_defs[INDEX_op_movcond].nb_iargs, 4);
    ck_assert(tcg_op_defs[INDEX_op_qemu_ld].flags & TCG_OPF_MEM);
}
END_TEST

START_TEST(test_op_by_name)
{
    ck_assert_int_eq(tcg_op_by_name("add"), INDEX_op_add);
    ck_assert_int_eq(tcg_op_by_name("add_i32"), INDEX_op_add);
    ck_assert_int_eq(tcg_op_by_name("brcond_i64"), INDEX_op_brcond);
    ck_assert_int_eq(tcg_op_by_name("extu_i32_i64"), INDEX_op_extu_i32_i64);
    ck_assert_int_eq(tcg_op_by_name("extrh_i64_i32"), INDEX_op_extrh_i64_i32);
    ck_assert_int_eq(tcg_op_by_name("nosuch"), -1);
    ck_assert_int_eq(tcg_op_by_name("add_i16"), -1);
    ck_assert_int_eq(tcg_op_by_name(""), -1);
}
END_TEST

static char dump_buf[4096];
static void dump_line(void *opaque, const char *line)
{
    (void)opaque;
    strncat(dump_buf, line, sizeof(dump_buf) - strlen(dump_buf) - 2);
    strcat(dump_buf, "\n");
}

START_TEST(test_dump)
{
    setup();
    TCGv_i32 t = tcg_temp_new_i32();
    TCGLabelId l = gen_new_label();
    static TCGHelperInfo info = { .name = "cc_all", .nargs = 2, .ret = TCG_HT_I32,
                                  .flags = TCG_CALL_PURE };
    tcg_gen_insn_start(0xfff0, 2);
    tcg_gen_addi_i32(t, W0, 5);
    tcg_gen_extu_i32_i64(R0, t);
    tcg_gen_brcondi_i64(TCG_COND_NE, R0, 0, l);
    tcg_gen_qemu_st_i32(t, R1, 1, MO_UW);
    uint32_t args[2] = { ctx.env.idx, R1.idx };
    tcg_gen_callN(&info, t.idx, 2, args);
    tcg_gen_ld_i64(R1, ctx.env, 0x28);
    tcg_gen_deposit_i32(W0, W0, t, 8, 8);
    tcg_gen_setcond_i32(TCG_COND_GEU, t, W0, t);
    gen_set_label(l);
    tcg_gen_goto_tb(1);
    tcg_gen_exit_tb(0x1234);
    dump_buf[0] = 0;
    tcg_dump_ops(&ctx, dump_line, NULL);
    ck_assert_str_eq(dump_buf,
                     " ---- 0000fff0 2\n"
                     " add_i32 tmp0,w0,$0x5\n"
                     " extu_i32_i64 r0,tmp0\n"
                     " brcond_i64 r0,$0x0,ne,$L0\n"
                     " qemu_st_i32 tmp0,r1,uw,1\n"
                     " call cc_all,$0xf,tmp0,env,r1\n"
                     " ld_i64 r1,env,$0x28\n"
                     " deposit_i32 w0,w0,tmp0,$0x8,$0x8\n"
                     " setcond_i32 tmp0,w0,tmp0,geu\n"
                     " set_label $L0\n"
                     " goto_tb $0x1\n"
                     " exit_tb $0x1234\n");
}
END_TEST

START_TEST(test_bad_label_aborts)
{
    setup();
    tcg_gen_br(7); /* never created */
}
END_TEST

START_TEST(test_log_parse)
{
    unsigned mask = 0;
    char err[128];
    ck_assert(tern_log_parse("in_asm,op,int", &mask, err, sizeof(err)));
    ck_assert_uint_eq(mask, LOG_IN_ASM | LOG_OP | LOG_INT);
    ck_assert(tern_log_parse("guest_errors,unimp,stats,tb,mmu,cpu,exec,out_asm,op_opt", &mask,
                             err, sizeof(err)));
    ck_assert_uint_eq(mask, LOG_GUEST_ERRORS | LOG_UNIMP | LOG_STATS | LOG_TB | LOG_MMU |
                            LOG_CPU | LOG_EXEC | LOG_OUT_ASM | LOG_OP_OPT);
    mask = 77;
    ck_assert(!tern_log_parse("op,bogus", &mask, err, sizeof(err)));
    ck_assert_ptr_nonnull(strstr(err, "bogus"));
    ck_assert_uint_eq(mask, 77); /* unchanged on error */
    ck_assert(!tern_log_parse("ops", &mask, err, sizeof(err)));
    ck_assert(!tern_log_parse("help", &mask, err, sizeof(err)));
    ck_assert_str_eq(err, "");

    char path[] = "/tmp/tern-test-log-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    close(fd);
    ck_assert(tern_log_set_file(path, err, sizeof(err)));
    tern_log("hello %d\n", 42);
    tern_log_line(NULL, "line");
    fflush(tern_log_file);
    FILE *f = fopen(path, "r");
    char buf[64] = { 0 };
    ck_assert_uint_eq(fread(buf, 1, sizeof(buf) - 1, f), 14);
    fclose(f);
    unlink(path);
    ck_assert_str_eq(buf, "hello 42\nline\n");
    ck_assert(!tern_log_set_file("/nonexistent-dir/x/log", err, sizeof(err)));
    ck_assert_ptr_nonnull(strstr(err, "/nonexistent-dir/x/log"));
}
END_TEST

/* ---------- TB cache ---------- */

static unsigned gained, flushed, patched, unpatched;
static uint64_t gained_page;
static void on_gained(uint64_t page) { gained++; gained_page = page; }
static void on_flush(void) { flushed++; }
static void fake_patch(TranslationBlock *tb, unsigned n, TranslationBlock *dest)
{
    (void)tb, (void)n;
    if (dest)
        patched++;
    else
        unpatched++;
}
static void fake_nop(void) {}
static void fake_release(TranslationBlock *tb) { (void)tb; }
static const TCGBackend fake_backend = { .name = "fake", .patch_link = fake_patch,
                                         .flush = fake_nop, .release = fake_release };

static void tb_setup(unsigned pool)
{
    tcg_backend = &fake_backend;
    tb_cache_init(pool);
    tb_page_gained_code_hook = on_gained;
    tb_flush_hook = on_flush;
    gained = flushed = patched = unpatched = 0;
    memset(&tb_stats, 0, sizeof(tb_stats));
}

static TranslationBlock *new_tb(uint64_t phys, uint64_t pc, uint32_t size, uint32_t flags)
{
    TranslationBlock *tb = tb_alloc();
    ck_assert_ptr_nonnull(tb);
    tb->phys_pc = phys;
    tb->pc = pc;
    tb->size = size;
    tb->flags = flags;
    if (((phys + size - 1) ^ phys) & TCG_PAGE_MASK)
        tb->page_addr[1] = (phys + size - 1) & TCG_PAGE_MASK;
    tb_insert(tb);
    return tb;
}

START_TEST(test_tb_lookup)
{
    tb_setup(64);
    TranslationBlock *a = new_tb(0x1000, 0xf1000, 16, 0);
    TranslationBlock *b = new_tb(0x1000, 0xf1000, 16, 4); /* other mode: other TB */
    ck_assert_ptr_eq(tb_lookup(0x1000, 0xf1000, 0, 0, 0), a);
    ck_assert_ptr_eq(tb_lookup(0x1000, 0xf1000, 0, 4, 0), b);
    ck_assert_ptr_null(tb_lookup(0x1000, 0xf1000, 0, 0, CF_SINGLE_STEP));
    ck_assert_ptr_null(tb_lookup(0x1000, 0xf1000, 0x10, 0, 0));
    ck_assert_ptr_null(tb_lookup(0x1004, 0xf1000, 0, 0, 0));
    ck_assert_uint_eq(tb_stats.lookups, 5);
    ck_assert_uint_eq(tb_stats.hits, 2);
    ck_assert_uint_eq(tb_stats.translations, 2);
    ck_assert_uint_eq(gained, 1); /* one page, told once */
    ck_assert_uint_eq(gained_page, 0x1000);
    ck_assert(tb_page_has_code(0x1ffc));
    ck_assert(!tb_page_has_code(0x2000));

    tb_invalidate(a);
    ck_assert(a->invalid);
    ck_assert_ptr_null(tb_lookup(0x1000, 0xf1000, 0, 0, 0));
    ck_assert(tb_page_has_code(0x1000)); /* b is still there */
    tb_invalidate(b);
    ck_assert(!tb_page_has_code(0x1000));
    ck_assert_uint_eq(tb_stats.invalidations, 2);
    new_tb(0x1010, 0xf1010, 4, 0);
    ck_assert_uint_eq(gained, 2); /* the page gained code again */
}
END_TEST

START_TEST(test_tb_pages)
{
    tb_setup(64);
    TranslationBlock *span = new_tb(0x2ff8, 0x2ff8, 16, 0); /* 0x2ff8..0x3007 */
    TranslationBlock *low = new_tb(0x2000, 0x2000, 8, 0);
    TranslationBlock *high = new_tb(0x3100, 0x3100, 8, 0);
    ck_assert_uint_eq(span->page_addr[0], 0x2000);
    ck_assert_uint_eq(span->page_addr[1], 0x3000);
    ck_assert_uint_eq(gained, 2);
    ck_assert(tb_page_has_code(0x3000));

    /* A write that only touches the tail of span on the second page. */
    ck_assert_uint_eq(tb_invalidate_phys_range(0x3004, 0x3005), 1);
    ck_assert(span->invalid);
    ck_assert(!low->invalid && !high->invalid);
    /* Bytes next to a TB, not in it. */
    ck_assert_uint_eq(tb_invalidate_phys_range(0x2008, 0x2ff0), 0);
    ck_assert_uint_eq(tb_invalidate_phys_range(0x3108, 0x4000), 0);
    ck_assert_uint_eq(tb_invalidate_phys_range(0x3107, 0x3108), 1);
    ck_assert(high->invalid);
    /* A huge range (DMA over all of memory) walks the page table instead. */
    for (int i = 0; i < 40; i++)
        new_tb(0x100000 + i * 0x1000, 0x100000 + i * 0x1000, 4, 0);
    ck_assert_uint_eq(tb_invalidate_phys_range(0, 0x100000000ull), 41);
    ck_assert(low->invalid);
}
END_TEST

START_TEST(test_tb_chaining_lists)
{
    tb_setup(64);
    TranslationBlock *a = new_tb(0x5000, 0x5000, 8, 0);
    TranslationBlock *b = new_tb(0x5008, 0x5008, 8, 0);
    TranslationBlock *c = new_tb(0x5010, 0x5010, 8, 0);
    TranslationBlock *far = new_tb(0x9000, 0x9000, 8, 0);
    tb_link(a, 0, c);
    tb_link(a, 1, b);
    tb_link(b, 0, c);
    tb_link(c, 1, c); /* a loop */
    ck_assert_uint_eq(patched, 4);
    ck_assert_ptr_eq(a->jmp_dest[0], c);
    tb_link(a, 0, c); /* already linked: nothing */
    ck_assert_uint_eq(patched, 4);
    /* Refused: another virtual page. */
    tb_link(a, 0, far);
    ck_assert_ptr_eq(a->jmp_dest[0], c);

    /* Invalidating c unlinks everything that jumped into it. */
    tb_invalidate(c);
    ck_assert_ptr_null(a->jmp_dest[0]);
    ck_assert_ptr_null(b->jmp_dest[0]);
    ck_assert_ptr_eq(a->jmp_dest[1], b);
    ck_assert_ptr_null(c->jmp_dest[1]);
    ck_assert_ptr_null(c->jmp_in);
    ck_assert_uint_ge(unpatched, 3);
    /* Links into an invalid TB are refused. */
    tb_link(b, 0, c);
    ck_assert_ptr_null(b->jmp_dest[0]);
    /* Relinking a slot moves it from one incoming list to another. */
    TranslationBlock *d = new_tb(0x5020, 0x5020, 8, 0);
    tb_link(a, 1, d);
    ck_assert_ptr_eq(a->jmp_dest[1], d);
    ck_assert_ptr_null(b->jmp_in);
    tb_invalidate(b);
    ck_assert_ptr_eq(a->jmp_dest[1], d);
    tb_invalidate(d);
    ck_assert_ptr_null(a->jmp_dest[1]);
}
END_TEST

START_TEST(test_tb_pool_and_flush)
{
    tb_setup(16);
    for (int i = 0; i < 16; i++)
        new_tb(0x1000 * (uint64_t)i, 0x1000 * (uint64_t)i, 4, 0);
    ck_assert_ptr_null(tb_alloc());
    TranslationBlock *found = tb_lookup(0x3000, 0x3000, 0, 0, 0);
    ck_assert_ptr_nonnull(found);
    tb_flush_all();
    ck_assert_uint_eq(flushed, 1);
    ck_assert_uint_eq(tb_stats.flushes, 1);
    ck_assert_ptr_null(tb_lookup(0x3000, 0x3000, 0, 0, 0));
    ck_assert(!tb_page_has_code(0x3000));
    TranslationBlock *t = tb_alloc();
    ck_assert_ptr_nonnull(t);
    /* An uninserted TB can be handed back. */
    tb_discard(t);
    ck_assert_ptr_eq(tb_alloc(), t);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("tcg");
    TCase *tc = tcase_create("builder");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_temps);
    tcase_add_test_raise_signal(tc, test_temp_overflow_aborts, SIGABRT);
    tcase_add_test(tc, test_op_layout);
    tcase_add_test(tc, test_op_by_name);
    tcase_add_test(tc, test_dump);
    tcase_add_test_raise_signal(tc, test_bad_label_aborts, SIGABRT);
    tcase_add_test(tc, test_log_parse);
    suite_add_tcase(s, tc);
    TCase *tt = tcase_create("tb");
    tcase_set_timeout(tt, 120);
    tcase_add_test(tt, test_tb_lookup);
    tcase_add_test(tt, test_tb_pages);
    tcase_add_test(tt, test_tb_chaining_lists);
    tcase_add_test(tt, test_tb_pool_and_flush);
    suite_add_tcase(s, tt);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}

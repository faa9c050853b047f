/* Making TBs for the execution loop: the instruction-count prologue every TB starts
 * with, the debugger's breakpoints (a TB never runs into one), translation, optimization
 * and code generation (retrying once in an empty code buffer), the -d in_asm/op/out_asm
 * logs (limited by -dfilter), and entering the TB in the cache. */
#include <inttypes.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/decode.h"
#include "cpu/exec_internal.h"
#include "tcg/backend.h"
#include "tcg/log.h"
#include "tcg/tcg.h"

bool exec_tb_flushed;
uint64_t exec_gen_code_full;
/* A TB taken from the pool whose translation unwound (code fetch fault): reused by the
 * next translation instead of leaking a pool slot until the next flush. */
static TranslationBlock *exec_spare_tb;
/* The log mask while a TB outside -dfilter's ranges is translated (restored on unwind). */
static bool exec_log_masked;
static unsigned exec_log_saved;

#define TB_LOGS (LOG_IN_ASM | LOG_OP | LOG_OP_OPT | LOG_OUT_ASM)

void exec_tb_flush_hook(void)
{
    exec_flush_jump_caches();
    exec_tb_flushed = true;
    exec_spare_tb = NULL;
}

void exec_tb_gen_unwound(void)
{
    if (exec_log_masked) {
        tern_log_mask = exec_log_saved;
        exec_log_masked = false;
    }
}

static void log_ops(const char *title)
{
    tern_log("%s\n", title);
    tcg_dump_ops(tcg_ctx, tern_log_line, NULL);
    tern_log("\n");
}

static TranslationBlock *exec_tb_alloc(void)
{
    TranslationBlock *tb = exec_spare_tb;
    exec_spare_tb = NULL;
    if (!tb)
        tb = tb_alloc();
    if (!tb) {
        tb_flush_all();
        tb = tb_alloc();
    }
    if (!tb) {
        fprintf(stderr, "tern: cannot allocate a translation block\n");
        abort();
    }
    return tb;
}

/* The TB's first op, before its first insn_start, is tcg's budget check on
 * env->icount_left (cpu/cpu.h): it takes the TB's instruction count off the room left
 * before env->icount_limit, or returns TB_EXIT_REQUESTED with nothing run when the room
 * is too small or an exit is requested, so TBs entered through a chain or
 * lookup_and_goto are counted and the loop stops after exactly a given number of
 * instructions. The count is not known before the translator is done: it is patched
 * afterwards. On that exit the TB stores its own EIP: a chained jump into it has not
 * (gen_jmp_tb). */
static void gen_icount_prologue(const TranslationBlock *tb)
{
    tcg_gen_budget((int32_t)offsetof(CPUX86State, icount_left), 0,
                   (int32_t)offsetof(CPUX86State, eip), x86_tb_eip(tb->pc, tb->cs_base, tb->flags));
}

static void patch_icount(uint32_t icount)
{
    TCGOp *op = &tcg_ctx->ops[0];
    if (op->opc != INDEX_op_budget) {
        fprintf(stderr, "tern: internal error: the icount prologue was changed\n");
        abort();
    }
    op->args[1] = icount;
}

/* Breakpoints never change guest memory: a TB is cut short before the first one among
 * its instructions, and the loop stops (EXCP_DEBUG) instead of translating a TB that
 * starts at one. Returns how many instructions from pc come before a breakpoint, walking
 * with the decoder the translator uses, at most max, on pc's page (a TB ends there
 * anyway). TBs translated before a breakpoint was set are invalidated by exec_debug.c. */
static int insns_before_breakpoint(CPUX86State *env, uint64_t pc, uint64_t cs_base,
                                   uint32_t flags, int max)
{
    bool code64 = flags & HF_CODE64_MASK;
    X86Mode mode = code64 ? X86_MODE_64 : (flags & HF_CS32_MASK) ? X86_MODE_32 : X86_MODE_16;
    uint64_t code_mask = code64 ? ~0ull : mode == X86_MODE_32 ? 0xffffffffull : 0xffff;
    uint64_t eip = (pc - cs_base) & code_mask, lin = pc;
    for (int n = 0; n < max; n++) {
        if (((lin ^ pc) & TCG_PAGE_MASK) || x86_breakpoint_check(env, lin))
            return ((lin ^ pc) & TCG_PAGE_MASK) ? max : n;
        uint8_t buf[16];
        X86Insn insn;
        size_t got = x86_code_fetch(env, lin, buf, 15);
        /* Undecodable: the translator ends the TB at this instruction (#UD, #GP, fetch
         * fault), so nothing after it can be reached within the TB. */
        if (!got || x86_decode(&insn, buf, got, mode, lin) != X86_DECODE_OK)
            return n + 1;
        eip = (eip + insn.len) & code_mask;
        lin = code64 ? cs_base + eip : (uint32_t)(cs_base + eip);
    }
    return max;
}

TranslationBlock *exec_tb_gen_code(CPUX86State *env, uint64_t pc, uint64_t cs_base,
                                   uint32_t flags, uint32_t cflags, uint64_t phys_pc)
{
    int max_insns = (cflags & CF_SINGLE_STEP) ? 1 : (int)(cflags & CF_COUNT_MASK);
    if (max_insns == 0)
        max_insns = CF_COUNT_MASK;
    if (x86_nb_breakpoints && !exec_debug.bp_suppressed) {
        max_insns = insns_before_breakpoint(env, pc, cs_base, flags, max_insns);
        if (max_insns == 0) {
            /* At a breakpoint: stop before its instruction; nothing ran. */
            env->exception_index = EXCP_DEBUG;
            x86_loop_exit(env);
        }
    }
    TranslationBlock *tb = exec_tb_alloc();
    memset(tb, 0, sizeof(*tb));
    tb->pc = pc;
    tb->cs_base = cs_base;
    tb->flags = flags;
    tb->cflags = cflags;
    tb->phys_pc = phys_pc;
    tb->page_addr[0] = phys_pc & TCG_PAGE_MASK;
    tb->page_addr[1] = (uint64_t)-1;

    if ((tern_log_mask & TB_LOGS) && !tern_dfilter_match(pc)) {
        exec_log_saved = tern_log_mask;
        exec_log_masked = true;
        tern_log_mask &= ~TB_LOGS;
    }
    exec_spare_tb = tb;
    tcg_func_start(tcg_ctx);
    gen_icount_prologue(tb);
    x86_translate(env, tb, max_insns);
    patch_icount(tb->icount);
    exec_spare_tb = NULL;

    if (tb->size) {
        uint64_t last = pc + tb->size - 1;
        uint64_t phys2;
        if (((last ^ pc) & TCG_PAGE_MASK) && x86_code_phys(env, last, &phys2, false))
            tb->page_addr[1] = phys2 & TCG_PAGE_MASK;
    }

    if (tern_log_enabled(LOG_OP_OPT))
        log_ops("OP:");
    tcg_optimize(tcg_ctx);
    if (tern_log_enabled(LOG_OP))
        log_ops("OP after optimization:");

    if (tcg_backend->gen_code(tcg_ctx, tb) < 0) {
        /* Code buffer full: drop everything and make this TB the first of a new cache.
         * The IR is still in tcg_ctx; the flush took the TB struct with it. */
        exec_gen_code_full++;
        TranslationBlock saved = *tb;
        tb_flush_all();
        tb = exec_tb_alloc();
        *tb = saved;
        if (tcg_backend->gen_code(tcg_ctx, tb) < 0) {
            fprintf(stderr, "tern: TB at 0x%" PRIx64 " does not fit in an empty code buffer\n",
                    pc);
            abort();
        }
    }
    if (tern_log_enabled(LOG_OUT_ASM) && tcg_backend->dump) {
        tern_log("OUT: [size=%u]\n", tb->code_size);
        tcg_backend->dump(tb, tern_log_line, NULL);
        tern_log("\n");
    }
    exec_tb_gen_unwound();
    if (!(cflags & CF_NO_CACHE))
        tb_insert(tb);
    return tb;
}

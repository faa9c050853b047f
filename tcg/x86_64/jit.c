/* The x86-64 JIT backend (TCGBackend): the prologue that enters generated code, the
 * per-TB driver that walks the optimized IR and emits host code op by op, TB exits and
 * chaining (patchable direct jumps, lookup_and_goto's inline jump cache probe), the
 * self-modifying-code stop, and the mapping from host return addresses back to guest
 * instructions for precise exceptions. */
#include <cpuid.h>
#include <inttypes.h>
#include <stdio.h>
#include <sys/mman.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tcg/log.h"
#include "tcg/x86_64/jit-internal.h"

#define ALL JIT_ALLOCATABLE

bool jit_have_lzcnt, jit_have_popcnt, jit_have_bmi2;
uintptr_t jit_epilogue, jit_exit_requested_stub;
static uintptr_t jit_prologue;
/* lookup_and_goto's shared code in the fixed area, entered by a call from the TB with the
 * globals in env and returning in RAX the host code to jump to, in RDX the jump cache
 * entry it was found in or 0 (the hook's answer): the jump cache probe (emitted once the
 * guest has described its cache), and the hook call it falls back to. */
static uintptr_t jit_lookup_slow, jit_lookup_probe, jit_lookup_probe_pc;
static uintptr_t jit_fixed_free, jit_fixed_end;
uintptr_t jit_smc_ra, jit_smc_exit;
static uintptr_t smc_check_exit;

#define COLD_CAP (1u << 20)
#define HEADER_SPACE 16 /* the header sits just below the 16-byte aligned code start */
_Static_assert(sizeof(JitTBHeader) <= HEADER_SPACE, "TB header");

static const int saved_regs[] = { JIT_RBP, JIT_RBX, JIT_R12, JIT_R13, JIT_R14, JIT_R15 };

static void probe_host(void)
{
    unsigned a, b, c, d;
    if (__get_cpuid(1, &a, &b, &c, &d))
        jit_have_popcnt = (c >> 23) & 1;
    if (__get_cpuid_count(7, 0, &a, &b, &c, &d))
        jit_have_bmi2 = (b >> 8) & 1;
    if (__get_cpuid(0x80000001, &a, &b, &c, &d))
        jit_have_lzcnt = (c >> 5) & 1; /* ABM */
}

/* prologue(env, code, counter): saves the callee-saved registers, keeps env in RBP and
 * the budget counter (*counter, env + tcg_budget_off) in JIT_IC, leaves RSP 16-byte
 * aligned for calls, and jumps to the TB. Every exit jumps to the epilogue with the exit
 * value in RAX; it stores JIT_IC back. */
static void emit_fixed_code(void)
{
    size_t size;
    uintptr_t base = jit_buffer_fixed_area(&size);
    JitBuf b = { (uint8_t *)(base + (uintptr_t)jit_rw_delta), NULL, NULL, base, false };
    b.p = b.base;
    b.end = b.base + size;
    jit_buffer_write_begin();
    jit_prologue = jit_rx_here(&b);
    for (unsigned i = 0; i < sizeof(saved_regs) / sizeof(saved_regs[0]); i++)
        jit_opc(&b, 0x50 + (saved_regs[i] & 7), JIT_NOREG, saved_regs[i], JIT_NOREG);
    jit_alu_ri(&b, true, JIT_ALU_SUB, JIT_RSP, JIT_STACK_FRAME);
    jit_st(&b, true, JIT_RDX, JIT_RSP, JIT_IC_HOME_SLOT);
    jit_ld(&b, true, JIT_IC, JIT_RDX, 0);
    jit_op_mem(&b, JOP_LEA | JOPC_W, JIT_ENV, JIT_RDI, JIT_NOREG, 0, JIT_RBP_BIAS);
    jit_op_rr(&b, JOP_GRP5_Ev, 4, JIT_RSI); /* jmp rsi */

    jit_epilogue = jit_rx_here(&b);
    jit_ld(&b, true, JIT_RCX, JIT_RSP, JIT_IC_HOME_SLOT);
    jit_st(&b, true, JIT_IC, JIT_RCX, 0);
    jit_alu_ri(&b, true, JIT_ALU_ADD, JIT_RSP, JIT_STACK_FRAME);
    for (unsigned i = sizeof(saved_regs) / sizeof(saved_regs[0]); i-- > 0;)
        jit_opc(&b, 0x58 + (saved_regs[i] & 7), JIT_NOREG, saved_regs[i], JIT_NOREG);
    jit_emit8(&b, 0xc3);

    jit_exit_requested_stub = jit_rx_here(&b);
    jit_movi(&b, false, JIT_RAX, TB_EXIT_REQUESTED, false);
    jit_jmp_abs(&b, jit_epilogue, JIT_RCX);

    /* The exit for a lookup that found nothing: exit_tb 0. */
    uintptr_t exit0 = jit_rx_here(&b);
    jit_op_rr(&b, JOP_ALU_EvGv(JIT_ALU_XOR), JIT_RAX, JIT_RAX);
    jit_jmp_abs(&b, jit_epilogue, JIT_RCX);
    /* The hook: RAX = hook(env) ? its TB's code : exit0. Entered by a call, so RSP is 8
     * off the 16-byte alignment the hook's call needs. */
    jit_lookup_slow = jit_rx_here(&b);
    jit_alu_ri(&b, true, JIT_ALU_SUB, JIT_RSP, 8);
    jit_movi(&b, true, JIT_RAX, (uintptr_t)&tcg_lookup_tb_hook, false);
    jit_ld(&b, true, JIT_RAX, JIT_RAX, 0);
    jit_op_rr(&b, JOP_TEST_EvGv | JOPC_W, JIT_RAX, JIT_RAX);
    jit_emit8(&b, 0x70 | JIT_CC_E);
    uint8_t *none1 = b.p;
    jit_emit8(&b, 0);
    jit_env_into(&b, JIT_RDI);
    jit_op_rr(&b, JOP_GRP5_Ev, 2, JIT_RAX); /* call rax */
    jit_op_rr(&b, JOP_TEST_EvGv | JOPC_W, JIT_RAX, JIT_RAX);
    jit_emit8(&b, 0x70 | JIT_CC_E);
    uint8_t *none2 = b.p;
    jit_emit8(&b, 0);
    jit_ld(&b, true, JIT_RAX, JIT_RAX, (int32_t)offsetof(TranslationBlock, code));
    jit_op_rr(&b, JOP_ALU_EvGv(JIT_ALU_XOR), JIT_RDX, JIT_RDX); /* no entry (see probe) */
    jit_alu_ri(&b, true, JIT_ALU_ADD, JIT_RSP, 8);
    jit_emit8(&b, 0xc3);
    *none1 = (uint8_t)(b.p - (none1 + 1));
    *none2 = (uint8_t)(b.p - (none2 + 1));
    jit_movi(&b, true, JIT_RAX, exit0, false);
    jit_op_rr(&b, JOP_ALU_EvGv(JIT_ALU_XOR), JIT_RDX, JIT_RDX);
    jit_alu_ri(&b, true, JIT_ALU_ADD, JIT_RSP, 8);
    jit_emit8(&b, 0xc3);
    /* gen_smc_check's exit: RCX = the address inside the TB where it stopped. */
    smc_check_exit = jit_rx_here(&b);
    jit_movi(&b, true, JIT_RAX, (uintptr_t)&jit_smc_ra, false);
    jit_st(&b, true, JIT_RCX, JIT_RAX, 0);
    jit_smc_exit = jit_rx_here(&b);
    jit_movi(&b, false, JIT_RAX, TB_EXIT_INVALIDATED, false);
    jit_jmp_abs(&b, jit_epilogue, JIT_RCX);
    jit_emit_mem_slow_stubs(&b);
    jit_fixed_free = jit_rx_here(&b);
    jit_fixed_end = base + size;
    jit_buffer_write_end();
    if (b.overflow)
        tcg_internal_error("JIT: prologue does not fit");
}

/* -perfmap (tcg_perfmap): one "START SIZE name" line per piece of code, in hex, for perf.
 * A flushed buffer's addresses get new lines; perf takes the latest that covers a sample.
 * The file is fully buffered: exit() writes the rest. */
static void perfmap_add(uintptr_t start, size_t size, const char *name)
{
    static FILE *f;
    static bool tried;
    if (!tcg_perfmap || !size)
        return;
    if (!tried) {
        tried = true;
        char path[64];
        snprintf(path, sizeof(path), "/tmp/perf-%ld.map", (long)getpid());
        if (!(f = fopen(path, "w")))
            fprintf(stderr, "tern: -perfmap: cannot write %s\n", path);
    }
    if (f)
        fprintf(f, "%" PRIxPTR " %zx %s\n", start, size, name);
}

static void jit_init(void)
{
    probe_host();
    jit_buffer_init();
    emit_fixed_code();
    size_t fixed_size;
    uintptr_t fixed = jit_buffer_fixed_area(&fixed_size);
    perfmap_add(fixed, fixed_size, "tern-jit-stubs");
    if (tern_log_enabled(LOG_TB))
        jit_tb_stats_enable();
}

/* ---- TB structure ---- */

/* budget off, n, pc_off, pc (a TB's first op, tcg/README.md): "sub ic, n; js cold" on
 * JIT_IC, the counter at env + off (tcg_budget_off) while generated code runs
 * (jit-internal.h). A read-modify-write of env here, a chain through memory from TB to
 * TB, cost ~3% more host cycles on a Linux guest's boot and busybox workload. The cold
 * part adds n back, stores pc and leaves through the TB_EXIT_REQUESTED stub (the
 * epilogue stores JIT_IC home). At a TB's start every global is in env, so nothing else
 * is stored. */
static void gen_budget(JitGen *g, int32_t off, uint32_t n, int32_t pc_off, uint64_t pc)
{
    JitBuf *hb = &g->hot, *cb = &g->cold;
    if (n > INT32_MAX)
        tcg_internal_error("JIT: budget of %u", n);
    (void)off; /* tcg_budget_off: tcg_gen_budget allows one offset per run */
    for (int k = 0; k < 2; k++) {
        JitBuf *b = k ? cb : hb;
        int alu = k ? JIT_ALU_ADD : JIT_ALU_SUB;
        if (n <= 127) {
            jit_op_rr(b, JOP_GRP1_EvIb | JOPC_W, alu, JIT_IC);
            jit_emit8(b, (uint8_t)n);
        } else {
            jit_op_rr(b, JOP_GRP1_EvIz | JOPC_W, alu, JIT_IC);
            jit_emit32(b, n);
        }
        if (!k) {
            uint32_t js = jit_jcc32(hb, JIT_CC_S);
            jit_fix_add(&g->hot_to_cold, &g->nh2c, &g->caph2c, js, jit_pos(cb));
        }
    }
    if ((int64_t)pc == (int32_t)pc) {
        jit_op_mem(cb, JOP_MOV_EvIz | JOPC_W, 0, JIT_ENV, JIT_NOREG, 0, pc_off);
        jit_emit32(cb, (uint32_t)pc);
    } else {
        jit_movi(cb, true, JIT_RCX, pc, false);
        jit_st(cb, true, JIT_RCX, JIT_ENV, pc_off);
    }
    jit_cold_branch(g, jit_exit_requested_stub, JIT_RCX, false);
    if (tern_log_enabled(LOG_TB)) {
        jit_movi(hb, true, JIT_RAX, (uintptr_t)&g->tb->exec_count, false);
        jit_op_mem(hb, JOP_GRP5_Ev | JOPC_W, 0, JIT_RAX, JIT_NOREG, 0, 0); /* inc qword */
    }
}

static void emit_exit(JitGen *g, uintptr_t value)
{
    JitBuf *hb = &g->hot;
    jit_sync_globals(g, hb);
    jit_movi(hb, true, JIT_RAX, value, false);
    jit_jmp_abs(hb, jit_epilogue, JIT_RCX);
}

static void gen_goto_tb(JitGen *g, unsigned n)
{
    JitBuf *hb = &g->hot;
    jit_sync_globals(g, hb);
    /* No padding to align the rel32: patch_link runs in the thread that runs the code,
     * between TBs (one execution thread), so no fetch can see half a patch. */
    uint32_t at = jit_jmp32(hb); /* initially to the next insn: the exit_tb that follows */
    if (n < 2)
        g->goto_tb_off[n] = (uint16_t)(at < 0xffff ? at : 0xffff);
    /* The closing branch's label is this jmp (nothing was emitted at it): chaining
     * slot 1 will point that branch at the next TB too. */
    if (n == 1 && g->jcc_label_op != UINT32_MAX && g->jcc_label_op + 1 == g->op_no &&
        g->label_off[g->s->ops[g->jcc_label_op].args[0]] == (int64_t)at - 1 &&
        g->jcc_at < 0xffff)
        g->jcc_off = (uint16_t)g->jcc_at;
}

/* A probe branch to the miss path: rel8 back to the local "jmp jit_lookup_slow" at miss
 * when it reaches, else rel32 straight to jit_lookup_slow, or to the local jump when the
 * probe's page ended up out of rel32 reach of the fixed area (both targets are behind). */
static void probe_miss(JitBuf *b, uintptr_t miss, int cc)
{
    int64_t rel8 = (int64_t)miss - (int64_t)(jit_rx_here(b) + 2);
    if (rel8 >= -128) {
        jit_emit8(b, (uint8_t)(0x70 | cc));
        jit_emit8(b, (uint8_t)(int8_t)rel8);
    } else {
        uint32_t at = jit_jcc32(b, cc);
        bool near = jit_fits_s32((int64_t)(jit_lookup_slow - (b->rx_base + at + 4)));
        jit_patch_rel32(b, at, near ? jit_lookup_slow : miss);
    }
}

/* The jump cache probe (tcg_jmp_cache_probe describes the cache and the tests), shared by
 * every lookup_and_goto: entered by a call with the globals in env (at jit_lookup_probe_pc
 * with the pc global's value in RAX already, which saves reloading what the TB has just
 * stored); on a hit returns the entry's code (the TB's entry a chained jump uses, so its
 * budget check runs there) in RAX and the entry's address in
 * RDX, on any miss tail-jumps to jit_lookup_slow. A hit reads env and one set (one host
 * cache line), never the TB. RAX = pc, R8 = base, RDX = flags, RCX = the set's offset,
 * RDI = the sets, RSI scratch (all call-clobbered: the miss path calls C). One copy
 * keeps every TB's exit small (code buffer room); the caller's own "jmp rax" keeps one
 * indirect branch per site for the predictor. */
#define JC_SET_SHIFT 7
_Static_assert(TCG_JMP_CACHE_SET_SIZE == 1 << JC_SET_SHIFT, "jump cache set size");
_Static_assert(TCG_PAGE_BITS >= TCG_JMP_CACHE_ADDR_BITS + JC_SET_SHIFT &&
               32 >= TCG_JMP_CACHE_ADDR_BITS + JC_SET_SHIFT, "the scaled jump cache hash");
static void emit_jc_probe(JitBuf *b)
{
    const TCGJumpCacheProbe *p = &tcg_jmp_cache_probe;
    const unsigned page_shift = TCG_PAGE_BITS - TCG_JMP_CACHE_ADDR_BITS - JC_SET_SHIFT;
    uintptr_t miss = jit_rx_here(b);
    jit_jmp_abs(b, jit_lookup_slow, JIT_RAX);
    jit_lookup_probe = jit_rx_here(b);
    jit_ld(b, true, JIT_RAX, JIT_ENV, p->pc_off);
    jit_lookup_probe_pc = jit_rx_here(b);
    jit_ld(b, true, JIT_R8, JIT_ENV, p->base_off);
    jit_alu_rr(b, true, JIT_ALU_ADD, JIT_RAX, JIT_R8);
    jit_ld(b, false, JIT_RDX, JIT_ENV, p->flags_off);
    if (p->flags_wide_pc != UINT32_MAX) {
        /* test edx, wide; jnz +2; mov eax, eax (zero-extends: the 32-bit pc) */
        jit_op_rr(b, JOP_GRP3_Ev, JIT_G3_TEST, JIT_RDX);
        jit_emit32(b, p->flags_wide_pc);
        jit_emit8(b, 0x70 | JIT_CC_NE);
        jit_emit8(b, 2);
        jit_op_rr(b, JOP_MOV_EvGv, JIT_RAX, JIT_RAX);
    }
    /* ecx = tcg_jmp_cache_hash(rax) << JC_SET_SHIFT, computed scaled (A = ADDR_BITS,
     * S = JC_SET_SHIFT): the page part is (pc >> (PAGE_BITS - A - S)) & (page mask <<
     * (A + S)), the offset part ((uint32_t)pc * MUL) >> (32 - A - S) & (addr mask << S). */
    jit_mov_rr(b, false, JIT_RCX, JIT_RAX);
    if (page_shift)
        jit_shift_ri(b, false, JIT_SH_SHR, JIT_RCX, page_shift);
    jit_alu_ri(b, false, JIT_ALU_AND, JIT_RCX,
               (int32_t)(((1u << TCG_JMP_CACHE_PAGE_BITS) - 1)
                         << (TCG_JMP_CACHE_ADDR_BITS + JC_SET_SHIFT)));
    jit_op_rr(b, JOP_IMUL_GvEvIz, JIT_RSI, JIT_RAX); /* imul esi, eax, MUL */
    jit_emit32(b, TCG_JMP_CACHE_MUL);
    jit_shift_ri(b, false, JIT_SH_SHR, JIT_RSI, 32 - TCG_JMP_CACHE_ADDR_BITS - JC_SET_SHIFT);
    jit_alu_ri(b, false, JIT_ALU_AND, JIT_RSI,
               (int32_t)(((1u << TCG_JMP_CACHE_ADDR_BITS) - 1) << JC_SET_SHIFT));
    jit_alu_rr(b, false, JIT_ALU_OR, JIT_RCX, JIT_RSI);
    /* rdi = the sets: env + cache_off rounded up to the set size */
    jit_op_mem(b, JOP_LEA | JOPC_W, JIT_RDI, JIT_ENV, JIT_NOREG, 0,
               p->cache_off + TCG_JMP_CACHE_SET_SIZE - 1);
    jit_alu_ri(b, true, JIT_ALU_AND, JIT_RDI, -(int32_t)TCG_JMP_CACHE_SET_SIZE);
    /* a hit: an entry's key is pc, base, flags; a mismatch tries the next way */
    for (unsigned w = 0; w < TCG_JMP_CACHE_WAYS; w++) {
        int32_t e = (int32_t)(w * TCG_JMP_CACHE_ENTRY_SIZE);
        bool last = w + 1 == TCG_JMP_CACHE_WAYS;
        uint8_t *next[3];
        for (unsigned k = 0; k < 3; k++) {
            int reg = k == 0 ? JIT_RAX : k == 1 ? JIT_R8 : JIT_RDX;
            int32_t off = k == 0 ? p->entry_pc_off : k == 1 ? p->entry_base_off
                                                            : p->entry_flags_off;
            jit_op_mem(b, JOP_ALU_GvEv(JIT_ALU_CMP) | (k < 2 ? JOPC_W : 0), reg, JIT_RDI,
                       JIT_RCX, 0, e + off);
            if (last) {
                probe_miss(b, miss, JIT_CC_NE);
            } else { /* jne next way (rel8, patched below) */
                jit_emit8(b, 0x70 | JIT_CC_NE);
                next[k] = b->p;
                jit_emit8(b, 0);
            }
        }
        if (p->hits && tern_log_enabled(LOG_STATS)) { /* inc qword [hits] */
            jit_movi(b, true, JIT_RAX, (uintptr_t)p->hits, false);
            jit_op_mem(b, JOP_GRP5_Ev | JOPC_W, 0, JIT_RAX, JIT_NOREG, 0, 0);
        }
        jit_op_mem(b, JOP_LEA | JOPC_W, JIT_RDX, JIT_RDI, JIT_RCX, 0, e);
        jit_op_mem(b, JOP_MOV_GvEv | JOPC_W, JIT_RAX, JIT_RDX, JIT_NOREG, 0, p->entry_code_off);
        jit_emit8(b, 0xc3);
        if (!last && !b->overflow)
            for (unsigned k = 0; k < 3; k++)
                *next[k] = (uint8_t)(b->p - (next[k] + 1));
    }
}

/* Per-site memory of lookup_and_goto (TCG_LOOKUP_SAME_CTX, TCGJumpCacheProbe's
 * generations): what the probe found last at a site, entered again while gen still
 * equals the generation it belongs to (gen 0 is never one: an empty site). pc is the
 * key for a site whose pc varies (RET); a direct jump's is fixed. Jumps through a
 * register or memory (TCG_LOOKUP_MANY_TARGETS) get no slot.
 * Slots are data, apart from the code (stores to them never touch lines the host is
 * executing), allocated with the code that uses them and all freed with it on a flush:
 * code still running then misses (the flush gave new generations) until the loop. */
typedef struct JcSite {
    uint64_t gen;
    const void *code;
    uint64_t pc;
    uint64_t spare; /* 32 bytes: a slot never straddles host cache lines */
} JcSite;
static JcSite *jc_sites;
static uintptr_t site_miss, site_miss_keyed;
static size_t jc_nb_sites, jc_sites_used;

static JcSite *jc_site_alloc(void)
{
    if (jc_sites_used == jc_nb_sites)
        return NULL;
    JcSite *site = &jc_sites[jc_sites_used++];
    *site = (JcSite){ 0 };
    return site;
}

/* jcc rel8 forward, patched by jmp8_here. */
static uint8_t *jmp8(JitBuf *b, int cc)
{
    jit_emit8(b, (uint8_t)(cc < 0 ? 0xeb : 0x70 | cc));
    jit_emit8(b, 0);
    return b->p - 1;
}

static void jmp8_here(JitBuf *b, uint8_t *rel)
{
    if (b->overflow)
        return;
    ptrdiff_t d = b->p - (rel + 1);
    if (d > 127)
        tcg_internal_error("JIT: lookup site branch too long");
    *rel = (uint8_t)d;
}

/* The miss path shared by every site (entered by a jump from a TB, RSP 16-byte aligned):
 * RAX = pc, R11 = the site. A keyed site first takes the new key, empty until filled.
 * Probe; on a hit remember the code with the generation its entry belongs to (global or
 * all); jump where the probe says. */
static void emit_site_miss_stubs(JitBuf *b)
{
    const TCGJumpCacheProbe *p = &tcg_jmp_cache_probe;
    site_miss_keyed = jit_rx_here(b);
    jit_st(b, true, JIT_RAX, JIT_R11, (int32_t)offsetof(JcSite, pc));
    jit_st_imm(b, true, JIT_R11, (int32_t)offsetof(JcSite, gen), 0);
    site_miss = jit_rx_here(b);
    jit_opc(b, 0x50 + (JIT_R11 & 7), JIT_NOREG, JIT_R11, JIT_NOREG); /* push r11 */
    jit_alu_ri(b, true, JIT_ALU_SUB, JIT_RSP, 8);
    jit_call_abs(b, jit_lookup_probe_pc, JIT_RCX);
    jit_alu_ri(b, true, JIT_ALU_ADD, JIT_RSP, 8);
    jit_opc(b, 0x58 + (JIT_R11 & 7), JIT_NOREG, JIT_R11, JIT_NOREG); /* pop r11 */
    jit_op_rr(b, JOP_TEST_EvGv | JOPC_W, JIT_RDX, JIT_RDX);
    uint8_t *none = jmp8(b, JIT_CC_E);
    jit_ld(b, true, JIT_RCX, JIT_ENV, p->gen_all_off);
    jit_op_mem(b, JOP_GRP1_EvIb, JIT_ALU_CMP, JIT_RDX, JIT_NOREG, 0, p->entry_global_off);
    jit_emit8(b, 0);
    uint8_t *nonglobal = jmp8(b, JIT_CC_E);
    jit_ld(b, true, JIT_RCX, JIT_ENV, p->gen_global_off);
    jmp8_here(b, nonglobal);
    jit_st(b, true, JIT_RCX, JIT_R11, (int32_t)offsetof(JcSite, gen));
    jit_st(b, true, JIT_RAX, JIT_R11, (int32_t)offsetof(JcSite, code));
    jmp8_here(b, none);
    jit_op_rr(b, JOP_GRP5_Ev, 4, JIT_RAX); /* jmp rax */
}

/* Emits the probe once the guest has described its jump cache (after init, before its
 * first translation) into a page of its own near the code buffer, written before it is
 * made executable (never both at once), and maps the per-site slots next to it; until
 * then lookup_and_goto calls the hook path. */
static void ensure_jc_probe(void)
{
    static bool done;
    if (done || !tcg_jmp_cache_probe.enabled)
        return;
    done = true;
    size_t size = 4096;
    /* Near the code buffer: just below it, else (this program's data may end there)
     * just above it; the code works from anywhere, only slower (absolute jumps and
     * slot addresses). */
    uintptr_t lo = jit_prologue & ~(uintptr_t)(size - 1), hi = lo + jit_buffer_size();
    uint8_t *page = MAP_FAILED;
    for (int k = 0; k < 2 && page == MAP_FAILED; k++) {
        void *hint = (void *)(k == 0 ? lo - 16 * size : hi + 16 * size);
        page = mmap(hint, size, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    }
    if (page == MAP_FAILED)
        page = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED)
        tcg_internal_error("JIT: no memory for the jump cache probe");
    JitBuf b = { page, page, page + size, (uintptr_t)page, false };
    emit_jc_probe(&b);
    emit_site_miss_stubs(&b);
    if (b.overflow || mprotect(page, size, PROT_READ | PROT_EXEC) != 0)
        tcg_internal_error("JIT: cannot make the jump cache probe");
    perfmap_add((uintptr_t)page, jit_pos(&b), "tern-jmp-cache-probe");
    /* About one slot per 256 bytes of code (TBs average ~350 bytes, with at most one
     * lookup each); touched only as used. None: every site probes. */
    size_t nb = jit_buffer_size() / 256, bytes = (nb * sizeof(JcSite) + size - 1) & ~(size - 1);
    void *sites = mmap((uintptr_t)page < lo ? (void *)((uintptr_t)page - bytes - 16 * size)
                                             : (void *)((uintptr_t)page + 16 * size),
                       bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (sites != MAP_FAILED) {
        jc_sites = sites;
        jc_nb_sites = nb;
    }
}

/* op r, [a] (or op [a] with r as the ModRM digit): RIP-relative when it reaches, else
 * through R11. */
static void op_at(JitBuf *b, unsigned opc, int r, uintptr_t a)
{
    if (!jit_op_rip(b, opc, r, a, 0)) {
        jit_movi(b, true, JIT_R11, a, false);
        jit_op_mem(b, opc, r, JIT_R11, JIT_NOREG, 0, 0);
    }
}

/* A site's hit: its slot's generation is env's current one (global or all), then jmp
 * [code]; else on to the cold path. pc_reg (not RCX or R11, which this uses): compare
 * the slot's key with it first. */
static void emit_site_hit(JitGen *g, JcSite *site, int pc_reg)
{
    const TCGJumpCacheProbe *p = &tcg_jmp_cache_probe;
    JitBuf *hb = &g->hot, *cb = &g->cold;
    uint32_t to_cold[2];
    unsigned n = 0;
    if (pc_reg != JIT_NOREG) {
        op_at(hb, JOP_ALU_GvEv(JIT_ALU_CMP) | JOPC_W, pc_reg, (uintptr_t)&site->pc);
        to_cold[n++] = jit_jcc32(hb, JIT_CC_NE);
    }
    op_at(hb, JOP_MOV_GvEv | JOPC_W, JIT_RCX, (uintptr_t)&site->gen);
    jit_op_mem(hb, JOP_ALU_GvEv(JIT_ALU_CMP) | JOPC_W, JIT_RCX, JIT_ENV, JIT_NOREG, 0,
               p->gen_global_off);
    uint8_t *hit = jmp8(hb, JIT_CC_E);
    jit_op_mem(hb, JOP_ALU_GvEv(JIT_ALU_CMP) | JOPC_W, JIT_RCX, JIT_ENV, JIT_NOREG, 0,
               p->gen_all_off);
    to_cold[n++] = jit_jcc32(hb, JIT_CC_NE);
    jmp8_here(hb, hit);
    if (p->site_hits && tern_log_enabled(LOG_STATS)) { /* inc qword [site_hits] */
        jit_movi(hb, true, JIT_RCX, (uintptr_t)p->site_hits, false);
        jit_op_mem(hb, JOP_GRP5_Ev | JOPC_W, 0, JIT_RCX, JIT_NOREG, 0, 0);
    }
    op_at(hb, JOP_GRP5_Ev, 4, (uintptr_t)&site->code); /* jmp [code] */
    for (unsigned i = 0; i < n; i++)
        jit_fix_add(&g->hot_to_cold, &g->nh2c, &g->caph2c, to_cold[i], jit_pos(cb));
}

static void cold_lea_abs(JitGen *g, int reg, uintptr_t target);

/* A site's cold path (the pc global in pc_reg, else the constant pc): RAX = pc, R11 =
 * the site, then the shared miss code (emit_site_miss_stubs) probes, remembers a hit
 * and jumps. */
static void emit_site_miss(JitGen *g, JcSite *site, int pc_reg, uint64_t pc)
{
    JitBuf *cb = &g->cold;
    bool keyed = pc_reg != JIT_NOREG;
    if (!keyed)
        jit_movi(cb, true, JIT_RAX, pc, false);
    else if (pc_reg != JIT_RAX)
        jit_mov_rr(cb, true, JIT_RAX, pc_reg);
    cold_lea_abs(g, JIT_R11, (uintptr_t)site);
    jit_cold_branch(g, keyed ? site_miss_keyed : site_miss, JIT_RCX, false);
}

/* lookup_and_goto: call the shared probe (or the hook path), then jump where it says:
 * a TB's entry or the exit_tb 0 stub. When the pc global is in a register or a constant
 * here, the probe gets it in RAX. With TCG_LOOKUP_SAME_CTX the site first tries what it
 * found last time (JcSite): a constant pc (a direct jump to another page) needs only the
 * generation checked, a register one its key too. */
static void gen_lookup_and_goto(JitGen *g, const TCGOp *op)
{
    JitBuf *hb = &g->hot;
    jit_sync_globals(g, hb);
    uintptr_t target = jit_lookup_probe ? jit_lookup_probe : jit_lookup_slow;
    const JitTemp *pc = NULL;
    for (uint32_t t = 0; jit_lookup_probe && t < g->s->nb_globals; t++) {
        const JitTemp *x = &g->t[t];
        if (x->is_global && x->is64 && x->mem == tcg_jmp_cache_probe.pc_off) {
            pc = x;
            break;
        }
    }
    bool known = pc && (pc->val == JIT_VAL_REG || pc->val == JIT_VAL_CONST);
    JcSite *site = known && (op->args[0] & TCG_LOOKUP_SAME_CTX) &&
                   !(op->args[0] & TCG_LOOKUP_MANY_TARGETS) ? jc_site_alloc() : NULL;
    if (site) {
        int key = pc->val != JIT_VAL_REG ? JIT_NOREG : pc->reg;
        if (key == JIT_RCX || key == JIT_R11) {
            jit_mov_rr(hb, true, JIT_RAX, key);
            key = JIT_RAX;
        }
        emit_site_hit(g, site, key);
        emit_site_miss(g, site, key, pc->cval);
        return;
    }
    if (known) {
        if (pc->val == JIT_VAL_REG)
            jit_mov_rr(hb, true, JIT_RAX, pc->reg);
        else
            jit_movi(hb, true, JIT_RAX, pc->cval, false);
        target = jit_lookup_probe_pc;
    }
    jit_call_abs(hb, target, JIT_R11);
    jit_op_rr(hb, JOP_GRP5_Ev, 4, JIT_RAX); /* jmp rax */
}

/* At an insn start after a guest store or a side-effecting helper: if that invalidated
 * this TB (a write into its own code, SDM vol. 3, 11.6), stop before the insn so it runs
 * from a fresh translation. A store that hits the TLB fast path cannot touch code (pages
 * with code are TLB_NOTDIRTY), so only slow paths and helpers look at tb->invalid; they
 * set a frame byte that this one compare tests. The exit is cold. */
static void gen_smc_check(JitGen *g)
{
    JitBuf *hb = &g->hot, *cb = &g->cold;
    jit_op_mem(hb, 0x80, 7, JIT_ENV, JIT_NOREG, 0, g->smc_slot); /* cmp byte [flag], 0 */
    jit_emit8(hb, 0);
    uint32_t jne = jit_jcc32(hb, JIT_CC_NE);
    uintptr_t here = jit_rx_here(hb);
    jit_fix_add(&g->hot_to_cold, &g->nh2c, &g->caph2c, jne, jit_pos(cb));
    JIT_FOR_GLOBALS_IN(g, g->gstale, t) {
        JitTemp *x = &g->t[t];
        bool was = x->coherent;
        jit_store_temp(g, cb, t);
        x->coherent = was;
    }
    jit_cold_lea_hot(g, JIT_RCX, here);
    jit_cold_branch(g, smc_check_exit, JIT_RAX, false);
    g->locked = 0;
}

bool jit_smc_direct(const TCGContext *s, uint32_t i)
{
    if (s->ops[i].opc != INDEX_op_qemu_st || i + 1 >= s->nb_ops ||
        s->ops[i + 1].opc != INDEX_op_insn_start)
        return false;
    for (uint32_t k = i; k-- > 0 && s->ops[k].opc != INDEX_op_insn_start;)
        if (tcg_op_may_modify_code(&s->ops[k]))
            return false;
    return true;
}

static void save_state(JitGen *g, uint64_t label)
{
    if (g->nsnap == g->capsnap || g->snap_nt < g->nt) {
        uint32_t cap = g->capsnap ? g->capsnap * 2 : 16;
        if (g->snap_nt < g->nt)
            g->snap_nt = g->nt * 2;
        g->capsnap = cap;
        g->snap_temps = realloc(g->snap_temps, (size_t)cap * g->snap_nt * sizeof(JitTemp));
        g->snap_regs = realloc(g->snap_regs, (size_t)cap * sizeof(*g->snap_regs));
        g->snap_gmask = realloc(g->snap_gmask, (size_t)cap * 2 * sizeof(uint64_t));
        if (!g->snap_temps || !g->snap_regs || !g->snap_gmask)
            tcg_internal_error("JIT: out of memory");
        /* nt is fixed within a TB, so snap_nt only grows before a TB's first save */
    }
    uint32_t k = g->nsnap++;
    memcpy(&g->snap_temps[(size_t)k * g->snap_nt], g->t, g->nt * sizeof(JitTemp));
    memcpy(g->snap_regs[k], g->reg_temp, sizeof(g->reg_temp));
    g->snap_gmask[2 * k] = g->gstale;
    g->snap_gmask[2 * k + 1] = g->gcached;
    g->label_snap[label] = (int32_t)k;
}

static void restore_state(JitGen *g, uint64_t label)
{
    int32_t k = g->label_snap[label];
    if (k < 0)
        tcg_internal_error("JIT: label inherits a state that was never saved");
    memcpy(g->t, &g->snap_temps[(size_t)k * g->snap_nt], g->nt * sizeof(JitTemp));
    memcpy(g->reg_temp, g->snap_regs[k], sizeof(g->reg_temp));
    g->bound = 0;
    for (int r = 0; r < JIT_NB_REGS; r++)
        if (g->reg_temp[r] >= 0)
            g->bound |= JIT_REGMASK(r);
    g->gstale = g->snap_gmask[2 * k];
    g->gcached = g->snap_gmask[2 * k + 1];
}

/* An I64 op whose result only feeds an ext32u that consumes it: the low 32 bits of add,
 * sub, mul, the logic ops, neg, not and shl by less than 32 depend only on the inputs'
 * low halves, so one 32-bit instruction (which zero-extends) computes both. */
static bool fusable_ext32u(JitGen *g, const TCGOp *op, const TCGOp *next)
{
    uint32_t t = (uint32_t)op->args[0];
    if (op->type != TCG_TYPE_I64 || next->opc != INDEX_op_ext32u ||
        next->type != TCG_TYPE_I64 || next->args[1] != t || !(next->life & 1) ||
        !g->t[t].is_tb)
        return false;
    switch (op->opc) {
    case INDEX_op_add: case INDEX_op_sub: case INDEX_op_mul: case INDEX_op_and:
    case INDEX_op_or: case INDEX_op_xor: case INDEX_op_neg: case INDEX_op_not:
        break;
    case INDEX_op_shl:
        if (!jit_is_const(g, (uint32_t)op->args[2]) || jit_const(g, (uint32_t)op->args[2]) >= 32)
            return false;
        break;
    default:
        return false;
    }
    /* An identity with a constant (x + 0, x | 0, x ^ 0, x - 0, x << 0, x & FFFFFFFFH) emits
     * nothing in gen_alu when 32-bit, which would leave the I64 input's bits 63:32 in
     * place of the zero-extension (found by tests/diff/hostdiff64: ADC/SBB's carry). */
    for (unsigned k = 1; k <= tcg_op_nb_iargs(op) && k <= 2; k++) {
        if (!jit_is_const(g, (uint32_t)op->args[k]) || (k == 1 && op->opc == INDEX_op_sub))
            continue;
        uint32_t c = (uint32_t)jit_const(g, (uint32_t)op->args[k]);
        if ((c == 0 && op->opc != INDEX_op_and && op->opc != INDEX_op_mul) ||
            (c == 0xffffffffu && op->opc == INDEX_op_and) || (c == 1 && op->opc == INDEX_op_mul))
            return false;
    }
    return true;
}

/* Emits fused (op as I32 into next's output, life its inputs' deaths) and retires the
 * temps op and, when given, an ext32u before it defined and nothing will read. */
static bool emit_fused_ext32u(JitGen *g, const TCGOp *op, const TCGOp *next, TCGOp *fused,
                              uint32_t life, uint32_t dropped)
{
    const TCGOp *was_op = g->op;
    uint32_t was_life = g->life;
    fused->type = TCG_TYPE_I32;
    fused->args[0] = next->args[0];
    g->op = fused;
    g->life = life | (next->life & (1u << 16));
    if (!jit_gen_alu(g, fused)) {
        g->op = was_op;
        g->life = was_life;
        return false;
    }
    jit_op_done(g);
    uint32_t gone[2] = { (uint32_t)op->args[0], dropped };
    for (unsigned k = 0; k < 2; k++) {
        if (gone[k] == TCG_NO_TEMP || gone[k] == (uint32_t)next->args[0])
            continue;
        JitTemp *x = &g->t[gone[k]];
        if (x->val == JIT_VAL_REG)
            jit_unbind_reg(g, x->reg);
        x->val = JIT_VAL_DEAD;
    }
    return true;
}

/* fuse_ext32u's cases from op i on; returns how many ops it took (0: none).
 * - "op t; ext32u d, t" (t dies): op in 32 bits into d.
 * - "ext32u t0, x; op t, t0, y; ext32u d, t" (t0 used once, dying there, and t): the
 *   same with x for t0, as the 32-bit op reads only x's low half (32-bit guest ops in
 *   64-bit code read their registers this way). */
static unsigned fuse_ext32u(JitGen *g, uint32_t i)
{
    const TCGContext *s = g->s;
    const TCGOp *op = &s->ops[i];
    static TCGOp fused;
    if (i + 1 >= s->nb_ops)
        return 0;
    if (op->opc == INDEX_op_ext32u && op->type == TCG_TYPE_I64 && i + 2 < s->nb_ops &&
        fusable_ext32u(g, &s->ops[i + 1], &s->ops[i + 2])) {
        const TCGOp *mid = &s->ops[i + 1];
        uint32_t t0 = (uint32_t)op->args[0];
        unsigned nin = tcg_op_nb_iargs(mid), at = 0, uses = 0;
        for (unsigned k = 0; k < nin; k++)
            if (mid->args[1 + k] == t0) {
                at = k;
                uses++;
            }
        if (uses == 1 && g->t[t0].is_tb && ((mid->life >> at) & 1)) {
            fused = *mid;
            fused.args[1 + at] = op->args[1];
            uint32_t life = (mid->life & 0xffffu & ~(1u << at)) | ((op->life & 1u) << at);
            if (emit_fused_ext32u(g, mid, &s->ops[i + 2], &fused, life, t0))
                return 3;
        }
    }
    if (!fusable_ext32u(g, op, &s->ops[i + 1]))
        return 0;
    fused = *op;
    return emit_fused_ext32u(g, op, &s->ops[i + 1], &fused, op->life & 0xffffu, TCG_NO_TEMP)
               ? 2 : 0;
}

static void gen_op(JitGen *g, const TCGOp *op)
{
    switch (op->opc) {
    case INDEX_op_goto_tb: gen_goto_tb(g, (unsigned)op->args[0]); return;
    case INDEX_op_exit_tb: emit_exit(g, (uintptr_t)op->args[0]); return;
    case INDEX_op_budget:
        gen_budget(g, (int32_t)op->args[0], (uint32_t)op->args[1], (int32_t)op->args[2],
                   op->args[3]);
        return;
    case INDEX_op_lookup_and_goto: gen_lookup_and_goto(g, op); return;
    case INDEX_op_call: jit_gen_call(g, op); return;
    case INDEX_op_qemu_ld: jit_gen_qemu_ld(g, op); return;
    case INDEX_op_qemu_st: jit_gen_qemu_st(g, op); return;
    case INDEX_op_ld8u: case INDEX_op_ld8s: case INDEX_op_ld16u: case INDEX_op_ld16s:
    case INDEX_op_ld32u: case INDEX_op_ld32s: case INDEX_op_ld:
        jit_gen_host_ld(g, op);
        return;
    case INDEX_op_st8: case INDEX_op_st16: case INDEX_op_st32: case INDEX_op_st:
        jit_gen_host_st(g, op);
        return;
    case INDEX_op_discard: {
        JitTemp *x = &g->t[op->args[0]];
        if (x->is_tb) {
            if (x->val == JIT_VAL_REG)
                jit_unbind_reg(g, x->reg);
            x->val = JIT_VAL_DEAD;
        }
        return;
    }
    default:
        if (!jit_gen_alu(g, op))
            tcg_internal_error("JIT: cannot generate op %s", tcg_op_defs[op->opc].name);
    }
}

static void resize(void **p, uint32_t *cap, uint32_t need, size_t elem)
{
    if (need <= *cap)
        return;
    uint32_t n = *cap ? *cap : 64;
    while (n < need)
        n *= 2;
    *p = realloc(*p, (size_t)n * elem);
    if (!*p)
        tcg_internal_error("JIT: out of memory");
    *cap = n;
}

bool jit_cold_reaches(const JitGen *g, uintptr_t target)
{
    const JitBuf *hb = &g->hot;
    uintptr_t lo = hb->rx_base, hi = hb->rx_base + (uintptr_t)(hb->end - hb->base);
    return lo && jit_fits_s32((int64_t)(target - lo)) && jit_fits_s32((int64_t)(target - hi));
}

/* "lea reg, [rip + disp32]" in cold code with the disp32 left for a fixup at the
 * returned offset. */
static uint32_t cold_lea_rip(JitBuf *cb, int reg)
{
    jit_emit8(cb, (uint8_t)(0x48 | (reg >= 8 ? 4 : 0))); /* REX.W, REX.R */
    jit_emit8(cb, 0x8d);                                    /* lea r64, [rip + disp32] */
    jit_emit8(cb, (uint8_t)(0x05 | ((reg & 7) << 3)));
    uint32_t at = jit_pos(cb);
    jit_emit32(cb, 0);
    return at;
}

/* lea reg, [rip + target] in cold code (movabs when out of reach). */
static void cold_lea_abs(JitGen *g, int reg, uintptr_t target)
{
    JitBuf *cb = &g->cold;
    if (!jit_cold_reaches(g, target)) {
        jit_movi(cb, true, reg, target, false);
        return;
    }
    resize((void **)&g->cold_abs, &g->capcabs, g->ncabs + 1, sizeof(*g->cold_abs));
    g->cold_abs[g->ncabs++] = (JitAbsFixup){ cold_lea_rip(cb, reg), target };
}

void jit_cold_branch(JitGen *g, uintptr_t target, int scratch, bool call)
{
    JitBuf *cb = &g->cold;
    if (!jit_cold_reaches(g, target)) {
        if (call)
            jit_call_abs(cb, target, scratch);
        else
            jit_jmp_abs(cb, target, scratch);
        return;
    }
    jit_emit8(cb, call ? 0xe8 : 0xe9);
    resize((void **)&g->cold_abs, &g->capcabs, g->ncabs + 1, sizeof(*g->cold_abs));
    g->cold_abs[g->ncabs++] = (JitAbsFixup){ jit_pos(cb), target };
    jit_emit32(cb, 0);
}

void jit_ic_spill(JitBuf *b)
{
    if (tcg_budget_off >= 0)
        jit_st(b, true, JIT_IC, JIT_ENV, tcg_budget_off);
}

void jit_ic_reload(JitBuf *b)
{
    if (tcg_budget_off >= 0)
        jit_ld(b, true, JIT_IC, JIT_ENV, tcg_budget_off);
}

void jit_cold_lea_hot(JitGen *g, int reg, uintptr_t hot_rx)
{
    jit_fix_add(&g->cold_to_hot, &g->nc2h, &g->capc2h, cold_lea_rip(&g->cold, reg),
                (uint32_t)(hot_rx - g->hot.rx_base));
}

static int finish(JitGen *g, uint8_t *rw, uintptr_t rx, size_t avail)
{
    JitBuf *hb = &g->hot;
    uint32_t hot = jit_pos(hb), cold = jit_pos(&g->cold);
    if (hb->overflow)
        return -1;
    if (g->cold.overflow)
        tcg_internal_error("JIT: slow paths of TB at %#llx exceed %u bytes",
                           (unsigned long long)g->tb->pc, COLD_CAP);
    size_t code_end = HEADER_SPACE + (size_t)hot + cold;
    size_t table_max = (size_t)g->ninsns * 24;
    if (code_end + table_max > avail)
        return -1;
    memcpy(hb->base + hot, g->cold.base, cold);
    hb->p = hb->base + hot + cold;
    for (uint32_t i = 0; i < g->nlfix; i++) {
        int64_t off = g->label_off[g->lfix[i].target];
        if (off < 0)
            tcg_internal_error("JIT: branch to a label that is never placed");
        jit_patch_rel32(hb, g->lfix[i].at, hb->rx_base + (uintptr_t)off);
    }
    for (uint32_t i = 0; i < g->nh2c; i++)
        jit_patch_rel32(hb, g->hot_to_cold[i].at, hb->rx_base + hot + g->hot_to_cold[i].target);
    for (uint32_t i = 0; i < g->nc2h; i++)
        jit_patch_rel32(hb, hot + g->cold_to_hot[i].at, hb->rx_base + g->cold_to_hot[i].target);
    for (uint32_t i = 0; i < g->ncabs; i++)
        jit_patch_rel32(hb, hot + g->cold_abs[i].at, g->cold_abs[i].target);
    uint8_t *table = hb->base + hot + cold;
    size_t tsize = jit_table_encode(g->insns, g->ninsns, table, table_max);

    JitTBHeader *h = (JitTBHeader *)(rw + HEADER_SPACE - sizeof(JitTBHeader));
    memset(h, 0, sizeof(*h));
    if (g->ninsns > UINT16_MAX)
        tcg_internal_error("JIT: TB at %#llx has %u insns", (unsigned long long)g->tb->pc,
                           g->ninsns);
    h->hot_size = hot;
    h->cold_size = cold;
    h->ninsns = (uint16_t)g->ninsns;
    h->goto_tb_off[0] = g->goto_tb_off[0];
    h->goto_tb_off[1] = g->goto_tb_off[1];
    h->jcc_off = g->goto_tb_off[1] != 0xffff ? g->jcc_off : 0xffff;
    g->tb->code = (void *)(rx + HEADER_SPACE);
    g->tb->code_size = hot + cold;
    jit_buffer_commit(g->tb, rx + HEADER_SPACE, (size_t)hot + cold + tsize);
    return 0;
}

static int jit_gen_code(TCGContext *s, TranslationBlock *tb)
{
    static JitGen gen;
    static uint8_t *cold_buf;
    JitGen *g = &gen;
    uint8_t *rw;
    uintptr_t rx;
    size_t avail;
    if (!jit_buffer_reserve(HEADER_SPACE + 4096, &rw, &rx, &avail))
        return -1;
    if (!cold_buf && !(cold_buf = malloc(COLD_CAP)))
        tcg_internal_error("JIT: out of memory");

    g->s = s;
    g->tb = tb;
    g->hot = (JitBuf){ rw + HEADER_SPACE, rw + HEADER_SPACE, rw + avail, rx + HEADER_SPACE,
                       false };
    g->cold = (JitBuf){ cold_buf, cold_buf, cold_buf + COLD_CAP, 0, false };
    g->nlfix = g->nh2c = g->nc2h = g->ncabs = g->ninsns = 0;
    g->goto_tb_off[0] = g->goto_tb_off[1] = 0xffff;
    g->jcc_off = 0xffff;
    g->jcc_label_op = UINT32_MAX;
    g->nb_spills = g->nb_slow_paths = 0;
    jit_temps_init(g);
    uint32_t nlab = s->nb_labels;
    static uint32_t caplab, capsnap;
    resize((void **)&g->label_off, &caplab, nlab + 1, sizeof(int64_t));
    resize((void **)&g->label_snap, &capsnap, nlab + 1, sizeof(int32_t));
    for (uint32_t i = 0; i < nlab; i++) {
        g->label_off[i] = -1;
        g->label_snap[i] = -1;
    }
    g->label_entry = tcg_live_label_entries();
    g->nsnap = 0;
    g->smc_slot = jit_smc_slot(s);
    /* Only the flag-based checks (gen_smc_check) need the flag cleared at entry. */
    bool has_checks = false;
    for (uint32_t i = 0; i < s->nb_ops && !has_checks; i++)
        has_checks = tcg_op_may_modify_code(&s->ops[i]) && !jit_smc_direct(s, i);
    g->smc_direct_at = UINT32_MAX;

    ensure_jc_probe();
    jit_buffer_write_begin();
    if (has_checks) { /* the flag gen_smc_check tests starts clear in every TB */
        jit_op_mem(&g->hot, JOP_MOV_EbIb, 0, JIT_ENV, JIT_NOREG, 0, g->smc_slot);
        jit_emit8(&g->hot, 0);
    }
    bool may_change = false;
    uint32_t direct_pending = UINT32_MAX;
    for (uint32_t i = 0; i < s->nb_ops && !g->hot.overflow; i++) {
        const TCGOp *op = &s->ops[i];
        g->op = op;
        g->op_no = i;
        g->life = op->life;
        g->locked = 0;
        if (op->opc == INDEX_op_insn_start) {
            /* An insn that a direct SMC stop names gets at least one byte, so that its
             * stop address lies inside it and not in the next one. */
            if (direct_pending != UINT32_MAX && jit_pos(&g->hot) == direct_pending)
                jit_nops(&g->hot, 1);
            direct_pending = UINT32_MAX;
            resize((void **)&g->insns, &g->capinsns, g->ninsns + 1, sizeof(JitInsn));
            JitInsn *in = &g->insns[g->ninsns++];
            in->host_off = jit_pos(&g->hot);
            for (unsigned k = 0; k < TCG_INSN_START_WORDS; k++)
                in->data[k] = op->args[k];
            /* The same rule as the interpreter: tcg_op_may_modify_code(). */
            if (may_change && g->smc_direct_at != UINT32_MAX) {
                if (g->smc_direct_at != in->host_off)
                    tcg_internal_error("JIT: code between a store and the next insn");
                direct_pending = in->host_off;
            } else if (may_change) {
                gen_smc_check(g);
            }
            may_change = false;
            g->smc_direct_at = UINT32_MAX;
            continue;
        }
        if (op->opc == INDEX_op_set_label) {
            if (op->args[0] >= nlab)
                tcg_internal_error("JIT: set_label of unknown label");
            if (g->label_entry[op->args[0]] == TCG_LABEL_ONE_ENTRY)
                restore_state(g, op->args[0]);
            else
                jit_sync_bb(g, true);
            g->label_off[op->args[0]] = jit_pos(&g->hot);
            continue;
        }
        if (tcg_op_may_modify_code(op))
            may_change = true;
        unsigned fused = fuse_ext32u(g, i);
        if (fused) {
            i += fused - 1;
            continue;
        }
        gen_op(g, op);
        jit_op_done(g);
        if (op->opc == INDEX_op_brcond && jit_label_inherits(g, op->args[3]))
            save_state(g, op->args[3]);
        else if (op->opc == INDEX_op_br && jit_label_inherits(g, op->args[0]))
            save_state(g, op->args[0]);
    }
    /* Running past the last op is a translator bug: trap rather than run garbage. */
    jit_emit8(&g->hot, 0x0f);
    jit_emit8(&g->hot, 0x0b);
    int rc = finish(g, rw, rx, avail);
    jit_buffer_write_end();
    if (rc == 0 && tern_log_enabled(LOG_TB))
        jit_log_tb_stats(tb, s->nb_ops, g->nb_slow_paths, g->nb_spills);
    if (rc == 0 && tcg_perfmap) {
        char name[32];
        snprintf(name, sizeof(name), "tb-%llx", (unsigned long long)tb->pc);
        perfmap_add((uintptr_t)tb->code, tb->code_size, name);
    }
    return rc;
}

static uintptr_t jit_exec(void *env, TranslationBlock *tb)
{
    static int64_t no_counter; /* IR of a frontend without budget ops (unit tests) */
    jit_smc_ra = 0;
    int64_t *counter = tcg_budget_off >= 0 ? (int64_t *)((char *)env + tcg_budget_off)
                                           : &no_counter;
    return ((uintptr_t(*)(void *, const void *, int64_t *))jit_prologue)(env, tb->code, counter);
}

static bool jit_restore_state(uintptr_t ra, uint64_t data[TCG_INSN_START_WORDS])
{
    if (!ra)
        ra = jit_smc_ra;
    if (!ra)
        return false;
    TranslationBlock *tb = jit_buffer_find_tb(ra);
    if (!tb)
        return false;
    const JitTBHeader *h = jit_tb_header(tb->code);
    uint32_t off = (uint32_t)(ra - (uintptr_t)tb->code);
    if (off > h->hot_size)
        return false;
    uint32_t index;
    if (!jit_table_lookup((const uint8_t *)tb->code + h->hot_size + h->cold_size, h->ninsns, off,
                          data, &index))
        return false;
    /* The loop counts retired insns from these (exact icount after a fault or SMC stop). */
    tcg_restored_tb = tb;
    tcg_restored_insn = index;
    return true;
}

static void jit_patch_link(TranslationBlock *tb, unsigned n, TranslationBlock *dest)
{
    if (!tb->code || n > 1)
        return;
    const JitTBHeader *h = jit_tb_header(tb->code);
    uint16_t off = h->goto_tb_off[n];
    if (off == 0xffff)
        return;
    uintptr_t site = (uintptr_t)tb->code + off;
    uintptr_t target = dest && dest->code ? (uintptr_t)dest->code : site + 4;
    int64_t rel = (int64_t)(target - (site + 4));
    if (!jit_fits_s32(rel))
        return;
    jit_buffer_write_begin();
    int32_t rel32 = (int32_t)rel;
    memcpy((void *)(site + (uintptr_t)jit_rw_delta), &rel32, sizeof(rel32));
    if (n == 1 && h->jcc_off != 0xffff) {
        /* The branch to this jmp: to the next TB as well, or back to the jmp. */
        uintptr_t jcc = (uintptr_t)tb->code + h->jcc_off;
        int64_t jrel = (int64_t)((dest && dest->code ? target : site - 1) - (jcc + 4));
        if (jit_fits_s32(jrel)) {
            rel32 = (int32_t)jrel;
            memcpy((void *)(jcc + (uintptr_t)jit_rw_delta), &rel32, sizeof(rel32));
        }
    }
    jit_buffer_write_end();
}

static void jit_release(TranslationBlock *tb)
{
    jit_buffer_release(tb);
}

static void jit_flush(void)
{
    jit_buffer_flush();
    jc_sites_used = 0;
}

const TCGBackend tcg_backend_x86_64 = {
    .name = "jit",
    .init = jit_init,
    .gen_code = jit_gen_code,
    .exec = jit_exec,
    .restore_state = jit_restore_state,
    .patch_link = jit_patch_link,
    .release = jit_release,
    .flush = jit_flush,
    .dump = jit_dump,
};

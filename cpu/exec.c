/* The execution loop: finds or translates the TB for the current guest state, runs it on
 * the selected backend, chains direct jumps between TBs, and is the unwinding point
 * where exceptions and interrupts are delivered. Returns to the machine on HLT, triple
 * fault and exit requests. */
#include "cpu/exec.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tcg/backend.h"
#include "tcg/log.h"
#include "tcg/tb.h"
#include "tcg/tcg.h"

int (*x86_get_irq_vector)(void *opaque);
void *x86_irq_opaque;

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

/* Every CPU that has run, so a TB flush can drop all jump caches. */
#define EXEC_MAX_CPUS 64
static CPUX86State *exec_cpus[EXEC_MAX_CPUS];
static unsigned exec_nb_cpus;
/* Set by the flush hook: TB pointers the loop holds are dangling. */
static bool exec_tb_flushed;
/* A TB taken from the pool whose translation unwound (code fetch fault): reused by the
 * next translation instead of leaking a pool slot until the next flush. */
static TranslationBlock *exec_spare_tb;

static struct {
    uint64_t tbs_run, jc_hits, jc_misses, chained, unwinds, hook_lookups, hook_hits;
    uint64_t irqs, gen_code_full;
} exec_stats;

/* The jump cache index keeps each guest page's TBs in one block of 64 entries, so that
 * flushing a page clears one block. */
#define JC_PAGE_BITS 6
#define JC_ADDR_BITS 6
static inline unsigned jc_hash(uint64_t pc)
{
    unsigned page = (unsigned)(pc >> TCG_PAGE_BITS) & ((1u << JC_PAGE_BITS) - 1);
    unsigned addr = (unsigned)(pc ^ (pc >> JC_ADDR_BITS)) & ((1u << JC_ADDR_BITS) - 1);
    return (page << JC_ADDR_BITS) | addr;
}

_Static_assert((1u << (JC_PAGE_BITS + JC_ADDR_BITS)) ==
               sizeof(((CPUX86State *)0)->tb_jmp_cache) / sizeof(TranslationBlock *),
               "jump cache size");

void x86_jmp_cache_flush(CPUX86State *env)
{
    memset(env->tb_jmp_cache, 0, sizeof(env->tb_jmp_cache));
}

/* A TB starting on the page before may extend into this one: clear both blocks. */
void x86_jmp_cache_flush_page(CPUX86State *env, uint64_t linear)
{
    for (int i = 0; i < 2; i++) {
        uint64_t page = (linear & TCG_PAGE_MASK) - (uint64_t)i * TCG_PAGE_SIZE;
        unsigned first = jc_hash(page) & ~((1u << JC_ADDR_BITS) - 1);
        memset(&env->tb_jmp_cache[first], 0, sizeof(TranslationBlock *) << JC_ADDR_BITS);
    }
}

void x86_cpu_interrupt(CPUX86State *env, int mask)
{
    __atomic_fetch_or(&env->interrupt_request, mask, __ATOMIC_SEQ_CST);
    tcg_exit_request = 1;
}

void x86_cpu_reset_interrupt(CPUX86State *env, int mask)
{
    __atomic_fetch_and(&env->interrupt_request, ~mask, __ATOMIC_SEQ_CST);
}

/* Tracing every TB needs every TB to come back to the loop. */
static inline bool exec_nochain(void)
{
    return tern_log_enabled(LOG_EXEC | LOG_CPU);
}

static void exec_flush_hook(void)
{
    for (unsigned i = 0; i < exec_nb_cpus; i++)
        x86_jmp_cache_flush(exec_cpus[i]);
    exec_tb_flushed = true;
    exec_spare_tb = NULL;
}

/* Linear pc of the next instruction. Outside 64-bit code linear addresses wrap at 4 GiB
 * (SDM vol. 3, 3.4.1 / 5.3). */
static inline uint64_t exec_pc(const CPUX86State *env, uint32_t flags)
{
    uint64_t pc = env->segs[R_CS].base + env->eip;
    return (flags & HF_CODE64_MASK) ? pc : (uint32_t)pc;
}

/* A TB found by physical pc whose code runs into a second page is only right if that
 * page is still mapped where it was at translation. */
static bool tb_second_page_ok(CPUX86State *env, const TranslationBlock *tb)
{
    if (tb->page_addr[1] == (uint64_t)-1)
        return true;
    uint64_t phys;
    uint64_t next_page = (tb->pc & TCG_PAGE_MASK) + TCG_PAGE_SIZE;
    return x86_code_phys(env, next_page, &phys, false) &&
           (phys & TCG_PAGE_MASK) == tb->page_addr[1];
}

/* lookup_and_goto from generated code: the cached TB for env's state, or NULL to go
 * back to the loop. Never translates (that may flush the code being run). */
static TranslationBlock *exec_lookup_tb_hook(void *opaque)
{
    CPUX86State *env = opaque;
    if (env->interrupt_request || exec_nochain())
        return NULL;
    exec_stats.hook_lookups++;
    uint32_t flags = env->hflags;
    uint64_t cs_base = env->segs[R_CS].base;
    uint64_t pc = exec_pc(env, flags);
    TranslationBlock **slot = &env->tb_jmp_cache[jc_hash(pc)];
    TranslationBlock *tb = *slot;
    if (tb && tb->pc == pc && tb->cs_base == cs_base && tb->flags == flags && !tb->invalid) {
        exec_stats.hook_hits++;
        return tb;
    }
    uint64_t phys;
    if (!x86_code_phys(env, pc, &phys, false))
        return NULL;
    tb = tb_lookup(phys, pc, cs_base, flags, 0);
    if (!tb || tb->invalid || !tb_second_page_ok(env, tb))
        return NULL;
    *slot = tb;
    return tb;
}

static void exec_register(CPUX86State *env)
{
    for (unsigned i = 0; i < exec_nb_cpus; i++)
        if (exec_cpus[i] == env)
            return;
    if (exec_nb_cpus == EXEC_MAX_CPUS) {
        fprintf(stderr, "tern: more than %d CPUs\n", EXEC_MAX_CPUS);
        abort();
    }
    exec_cpus[exec_nb_cpus++] = env;
    tcg_lookup_tb_hook = exec_lookup_tb_hook;
    tb_flush_hook = exec_flush_hook;
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

/* Translates the TB at (pc, cs_base, flags), makes it executable and enters it in the
 * cache. A fault fetching its first instruction unwinds from inside x86_translate. */
static TranslationBlock *tb_gen_code(CPUX86State *env, uint64_t pc, uint64_t cs_base,
                                     uint32_t flags, uint32_t cflags, uint64_t phys_pc)
{
    TranslationBlock *tb = exec_tb_alloc();
    memset(tb, 0, sizeof(*tb));
    tb->pc = pc;
    tb->cs_base = cs_base;
    tb->flags = flags;
    tb->cflags = cflags;
    tb->phys_pc = phys_pc;
    tb->page_addr[0] = phys_pc & TCG_PAGE_MASK;
    tb->page_addr[1] = (uint64_t)-1;

    exec_spare_tb = tb;
    int max_insns = (cflags & CF_SINGLE_STEP) ? 1 : (int)(cflags & CF_COUNT_MASK);
    if (max_insns == 0)
        max_insns = CF_COUNT_MASK;
    tcg_func_start(tcg_ctx);
    x86_translate(env, tb, max_insns);
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
        exec_stats.gen_code_full++;
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
    tb_insert(tb);
    return tb;
}

/* The TB for env's current state: jump cache first (a few loads and compares), then the
 * physical hash, then translation. May raise #PF/#GP fetching code (unwinds). */
static inline TranslationBlock *tb_find(CPUX86State *env)
{
    uint32_t flags = env->hflags;
    uint64_t cs_base = env->segs[R_CS].base;
    uint64_t pc = exec_pc(env, flags);
    TranslationBlock **slot = &env->tb_jmp_cache[jc_hash(pc)];
    TranslationBlock *tb = *slot;
    if (likely(tb && tb->pc == pc && tb->cs_base == cs_base && tb->flags == flags &&
               !tb->invalid)) {
        exec_stats.jc_hits++;
        return tb;
    }
    exec_stats.jc_misses++;
    uint64_t phys;
    x86_code_phys(env, pc, &phys, true);
    tb = tb_lookup(phys, pc, cs_base, flags, 0);
    if (tb && (tb->invalid || !tb_second_page_ok(env, tb))) {
        /* Its second page now maps elsewhere: this translation is stale for everyone
         * who reaches it through this first page, so retire it. */
        if (!tb->invalid)
            tb_invalidate(tb);
        tb = NULL;
    }
    if (!tb)
        tb = tb_gen_code(env, pc, cs_base, flags, 0, phys);
    *slot = tb;
    return tb;
}

/* Chaining slot n of from to to is safe when the jump is fixed (goto_tb), both TBs are
 * live and cached, and to is reached through the same virtual page as from's start: the
 * lookup that found from has checked that page's mapping (SDM vol. 3, 4.10.4: mapping
 * changes are made visible by TLB flushes, which flush the jump cache, not chains). */
static inline void exec_chain(TranslationBlock *from, unsigned n, TranslationBlock *to)
{
    if (from->jmp_dest[n] || from->invalid || to->invalid)
        return;
    if ((from->cflags | to->cflags) & (CF_NO_CACHE | CF_SINGLE_STEP))
        return;
    if (from->flags & HF_INHIBIT_IRQ_MASK)
        return;
    if (((from->pc ^ to->pc) & TCG_PAGE_MASK) || to->page_addr[1] != (uint64_t)-1)
        return;
    tb_link(from, n, to); /* may still refuse (tcg's own page rule) */
    if (from->jmp_dest[n] == to)
        exec_stats.chained++;
}

/* A CPU in HLT: -1 if something wakes it now, else the reason to give the machine. */
static int exec_halt_check(CPUX86State *env)
{
    int req = env->interrupt_request;
    if ((req & CPU_INTERRUPT_NMI) || ((req & CPU_INTERRUPT_HARD) && (env->eflags & IF_MASK))) {
        env->halted = false;
        return -1;
    }
    if (req & CPU_INTERRUPT_EXIT) {
        x86_cpu_reset_interrupt(env, CPU_INTERRUPT_EXIT);
        return EXCP_INTERRUPT;
    }
    /* IF=0 with no NMI: only a reset ends this HLT. IF=1 on a board without an interrupt
     * controller: nothing will ever raise a line. Either way the run is over. */
    if (!(env->eflags & IF_MASK) || !x86_get_irq_vector)
        return EXCP_HALTED;
    return EXCP_HLT;
}

/* Pending exception or loop exit in exception_index: -1 to keep running, else the exit
 * reason. */
static int exec_handle_exception(CPUX86State *env)
{
    int idx = env->exception_index;
    if (idx >= EXCP_INTERRUPT) {
        env->exception_index = -1;
        if (idx == EXCP_HLT) {
            env->halted = true;
            return exec_halt_check(env);
        }
        return idx;
    }
    x86_do_interrupt(env);
    idx = env->exception_index;
    env->exception_index = -1;
    if (idx >= EXCP_INTERRUPT)
        return idx;
    env->old_exception = -1;
    return -1;
}

/* interrupt_request is non-zero: -1 to keep running, else the exit reason. */
static int exec_handle_request(CPUX86State *env, int req)
{
    if (req & CPU_INTERRUPT_EXIT) {
        x86_cpu_reset_interrupt(env, CPU_INTERRUPT_EXIT);
        return EXCP_INTERRUPT;
    }
    if (req & CPU_INTERRUPT_RESET)
        return EXCP_INTERRUPT; /* the machine resets the board and clears the bit */
    if (req & CPU_INTERRUPT_SMI) {
        x86_cpu_reset_interrupt(env, CPU_INTERRUPT_SMI);
        if (tern_log_enabled(LOG_UNIMP))
            tern_log("unimplemented: SMI (system management mode) ignored\n");
    }
    /* NMI blocking until the next IRET (SDM vol. 3, 6.7.1) is not modelled yet: no
     * board raises NMI so far. */
    if (req & CPU_INTERRUPT_NMI) {
        x86_cpu_reset_interrupt(env, CPU_INTERRUPT_NMI);
        env->halted = false;
        x86_do_hw_interrupt(env, EXCP_NMI);
        env->old_exception = -1;
        return -1;
    }
    /* Maskable interrupts: IF=1 and not in the shadow of STI / MOV SS (SDM vol. 3,
     * 6.8.3). The line is acknowledged here; a board with more pending re-asserts it
     * from inside x86_get_irq_vector. */
    if ((req & CPU_INTERRUPT_HARD) && (env->eflags & IF_MASK) &&
        !(env->hflags & HF_INHIBIT_IRQ_MASK)) {
        x86_cpu_reset_interrupt(env, CPU_INTERRUPT_HARD);
        int vec = x86_get_irq_vector ? x86_get_irq_vector(x86_irq_opaque) : -1;
        if (vec >= 0) {
            exec_stats.irqs++;
            env->halted = false;
            x86_do_hw_interrupt(env, vec & 0xff);
            env->old_exception = -1;
        }
    }
    return -1;
}

static void exec_log_tb(CPUX86State *env, TranslationBlock *tb)
{
    if (tern_log_enabled(LOG_CPU))
        x86_dump_state(env, tern_log_line, NULL);
    if (tern_log_enabled(LOG_EXEC))
        tern_log("Trace 0: %p [%08" PRIx64 "/%08" PRIx64 "/%08x] count=%u\n", tb->code,
                 tb->cs_base, tb->pc, tb->flags, tb->icount);
}

/* Everything between two unwinds: no local lives across the setjmp in x86_cpu_exec. */
static int exec_loop(CPUX86State *env)
{
    TranslationBlock *last_tb = NULL;
    unsigned last_slot = 0;
    int r;

    for (;;) {
        if (unlikely(env->exception_index >= 0)) {
            last_tb = NULL;
            if ((r = exec_handle_exception(env)) >= 0)
                return r;
        }
        if (unlikely(env->halted) && (r = exec_halt_check(env)) >= 0)
            return r;
        if (unlikely(tcg_exit_request))
            tcg_exit_request = 0;
        int req = env->interrupt_request;
        if (unlikely(req)) {
            last_tb = NULL;
            if ((r = exec_handle_request(env, req)) >= 0)
                return r;
            if (env->exception_index >= 0)
                continue;
        }

        TranslationBlock *tb = tb_find(env);
        if (unlikely(exec_tb_flushed)) {
            exec_tb_flushed = false;
            last_tb = NULL;
        }
        if (last_tb)
            exec_chain(last_tb, last_slot, tb);
        last_tb = NULL;

        if (unlikely(tern_log_mask & (LOG_EXEC | LOG_CPU)))
            exec_log_tb(env, tb);
        /* Counted at entry: a fault inside the TB overcounts, and TBs entered through a
         * chain or lookup_and_goto are not seen here (see the -d stats note). */
        env->icount += tb->icount;
        exec_stats.tbs_run++;

        uintptr_t ret = tcg_backend->exec(env, tb);
        uintptr_t code = ret & TB_EXIT_MASK;
        TranslationBlock *exit_tb = (TranslationBlock *)(ret & ~(uintptr_t)TB_EXIT_MASK);
        if (likely(exit_tb && code <= TB_EXIT_IDX1)) {
            if (!exec_nochain()) {
                last_tb = exit_tb;
                last_slot = (unsigned)code;
            }
        } else if (code == TB_EXIT_REQUESTED) {
            tcg_exit_request = 0;
#ifdef TB_EXIT_INVALIDATED
        } else if (code == TB_EXIT_INVALIDATED) {
            /* The TB wrote to its own code: resume after the write with the state of
             * the instruction the backend stopped at; the TB is retranslated. */
            uint64_t data[TCG_INSN_START_WORDS];
            if (tcg_restore_state(0, data)) {
                env->eip = data[0];
                if (data[1] != CC_OP_DYNAMIC)
                    env->cc_op = (uint32_t)data[1];
            }
#endif
        }
    }
}

int x86_cpu_exec(CPUX86State *env)
{
    exec_register(env);
    if (setjmp(env->jmp_env) != 0)
        exec_stats.unwinds++;
    /* Reached again after every unwind, with the exception to deliver (or the exit
     * reason) in env->exception_index. */
    return exec_loop(env);
}

void x86_exec_print_stats(void (*print)(void *opaque, const char *line), void *opaque)
{
    char line[256];
    snprintf(line, sizeof(line),
             "exec: tbs run from the loop %" PRIu64 ", jump cache hits %" PRIu64
             " misses %" PRIu64 ", chains made %" PRIu64 ", unwinds %" PRIu64,
             exec_stats.tbs_run, exec_stats.jc_hits, exec_stats.jc_misses,
             exec_stats.chained, exec_stats.unwinds);
    print(opaque, line);
    snprintf(line, sizeof(line),
             "exec: lookup_and_goto %" PRIu64 " (jump cache hits %" PRIu64 "), hardware "
             "interrupts %" PRIu64 ", code buffer full %" PRIu64,
             exec_stats.hook_lookups, exec_stats.hook_hits, exec_stats.irqs,
             exec_stats.gen_code_full);
    print(opaque, line);
    snprintf(line, sizeof(line),
             "tb: lookups %" PRIu64 " hits %" PRIu64 " translations %" PRIu64
             " flushes %" PRIu64 " invalidations %" PRIu64,
             tb_stats.lookups, tb_stats.hits, tb_stats.translations, tb_stats.flushes,
             tb_stats.invalidations);
    print(opaque, line);
    for (unsigned i = 0; i < exec_nb_cpus; i++) {
        snprintf(line, sizeof(line), "cpu %u: %" PRIu64 " instructions retired (per TB entry)",
                 i, exec_cpus[i]->icount);
        print(opaque, line);
    }
}

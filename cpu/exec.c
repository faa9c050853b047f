/* The execution loop: finds or translates the TB for the current guest state, runs it on
 * the selected backend, chains direct jumps between TBs, keeps the instruction count
 * exact, and is the unwinding point where exceptions and interrupts are delivered. Returns to the
 * machine on HLT, triple fault, exit requests, instruction-count deadlines and debugger
 * stops. */
#include "cpu/exec.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/exec_internal.h"
#include "tcg/backend.h"
#include "tcg/log.h"
#include "tcg/tb.h"
#include "tcg/tcg.h"

int (*x86_get_irq_vector)(void *opaque);
void *x86_irq_opaque;

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

/* Every CPU that has run, so a TB flush can drop all jump caches, with the deadline its
 * machine set. */
#define EXEC_MAX_CPUS 64
typedef struct ExecCPU {
    CPUX86State *env;
    uint64_t deadline;
} ExecCPU;
static ExecCPU exec_cpus[EXEC_MAX_CPUS];
static unsigned exec_nb_cpus;
/* 0, or 1 for one-insn-per-tb: the cflags of every TB the loop looks up normally. */
static uint32_t exec_cflags;
/* The TB the loop entered last (TBs chained from it are not seen here). */
static TranslationBlock *exec_cur_tb;

static struct {
    uint64_t tbs_run, jc_hits, jc_misses, chained, unwinds, hook_lookups, hook_misses;
    uint64_t probe_hits; /* lookup_and_goto hits in the JIT's generated probe (-d stats) */
    uint64_t site_hits;  /* and in what its sites kept (TCGJumpCacheProbe generations) */
    uint64_t irqs, short_tbs;
} exec_stats;

/* The jump cache set index (tcg_jmp_cache_hash) keeps each guest page's TBs in one block
 * of sets, so that flushing a page clears one block. */
static inline unsigned jc_hash(uint64_t pc)
{
    return tcg_jmp_cache_hash(pc);
}

#define JC_WAYS TCG_JMP_CACHE_WAYS

/* The jump cache holds only what lookup_and_goto may enter without asking (see
 * TCGJumpCacheProbe): TBs of exec_cflags that are live (exec_jc_drop empties an entry
 * when its TB is invalidated; a TB flush empties them all) and run without EFLAGS.TF.
 * Entry i (set i / JC_WAYS) holds the key and code of its TB, tb_jmp_cache_tb[i] the TB
 * itself. */
_Static_assert(sizeof(X86JumpCacheEntry) == TCG_JMP_CACHE_ENTRY_SIZE &&
               TCG_JMP_CACHE_SIZE + TCG_JMP_CACHE_SET_SIZE / TCG_JMP_CACHE_ENTRY_SIZE ==
                   sizeof(((CPUX86State *)0)->tb_jmp_cache) / sizeof(X86JumpCacheEntry) &&
               TCG_JMP_CACHE_SIZE == sizeof(((CPUX86State *)0)->tb_jmp_cache_tb) /
                                         sizeof(TranslationBlock *),
               "jump cache layout");
static inline X86JumpCacheEntry *jc_entries(CPUX86State *env)
{
    return (X86JumpCacheEntry *)(((uintptr_t)env->tb_jmp_cache + TCG_JMP_CACHE_SET_SIZE - 1) &
                                 ~(uintptr_t)(TCG_JMP_CACHE_SET_SIZE - 1));
}

/* An empty entry's pc hashes to another set, so no lookup matches its key: 0 (hash 0)
 * everywhere but in set 0, which gets 1 (hash: a set of page 0's block other than 0).
 * An env cleared by x86_cpu_init has a zero set 0 until exec_jc_ready. */
_Static_assert(TCG_JMP_CACHE_MUL >> (32 - TCG_JMP_CACHE_ADDR_BITS) != 0,
               "tcg_jmp_cache_hash(1) != 0");
static inline X86JumpCacheEntry jc_empty(unsigned set)
{
    return (X86JumpCacheEntry){ .pc = set == 0 };
}

/* The generations (TCGJumpCacheProbe.gen_global_off / gen_all_off): what lookup_and_goto
 * found in the cache may be used without probing again while they stay the same, so
 * every change that may empty an entry or make one stale (its TB invalidated, its page
 * remapped: flushes, INVLPG, the no-chaining logs coming on) gives env new values, and a
 * CR3 write, which empties only the entries off global pages, a new jc_gen_all. The
 * values come from one counter for all CPUs and are never reused: even ones for
 * jc_gen_global, odd ones for jc_gen_all, so neither ever equals the other. */
static uint64_t jc_gen_counter;

static void jc_new_gen(CPUX86State *env, bool global)
{
    jc_gen_counter += 2;
    if (global)
        env->jc_gen_global = jc_gen_counter;
    env->jc_gen_all = jc_gen_counter + 1;
}

/* The lookups of generated code must not enter TBs while one of these logs is on (they
 * need every TB to come back to the loop): the cache stays empty then (jc_fill). */
#define JC_VETO_LOGS (LOG_EXEC | LOG_CPU | LOG_NOCHAIN)

static void jc_clear(CPUX86State *env, unsigned first_set, unsigned nb_sets)
{
    jc_new_gen(env, true);
    X86JumpCacheEntry *e = &jc_entries(env)[first_set * JC_WAYS];
    memset(e, 0, nb_sets * JC_WAYS * sizeof(*e));
    memset(&env->tb_jmp_cache_tb[first_set * JC_WAYS], 0,
           nb_sets * JC_WAYS * sizeof(TranslationBlock *));
    if (first_set == 0)
        for (unsigned w = 0; w < JC_WAYS; w++)
            e[w] = jc_empty(0);
}

/* Before the CPU runs: set 0's empty entries and the first generations of a new env, and
 * the caches emptied if a vetoing log came on since the last run (the monitor changes
 * the logs between runs). */
static inline void exec_jc_ready(CPUX86State *env)
{
    static unsigned veto_seen;
    unsigned veto = tern_log_mask & JC_VETO_LOGS;
    if (unlikely(veto != veto_seen)) {
        veto_seen = veto;
        if (veto)
            exec_flush_jump_caches();
    }
    if (unlikely(!env->jc_gen_all || (!env->tb_jmp_cache_tb[0] && jc_entries(env)[0].pc == 0)))
        jc_clear(env, 0, 1);
}

/* The cached TB for this key in set h, or NULL. */
static inline TranslationBlock *jc_lookup(CPUX86State *env, unsigned h, uint64_t pc,
                                          uint64_t cs_base, uint32_t flags)
{
    const X86JumpCacheEntry *e = &jc_entries(env)[h * JC_WAYS];
    for (unsigned w = 0; w < JC_WAYS; w++)
        if (e[w].pc == pc && e[w].cs_base == cs_base && e[w].flags == flags)
            return env->tb_jmp_cache_tb[h * JC_WAYS + w];
    return NULL;
}

#define JC_NONGLOBAL_MAX \
    ((uint32_t)(sizeof(((CPUX86State *)0)->jc_nonglobal) / sizeof(uint16_t)))

/* Caches tb (of exec_cflags, not in set h yet) unless the probe must not enter it: in
 * way 0, the other ways keeping the most recently filled ones. */
static void jc_fill(CPUX86State *env, unsigned h, TranslationBlock *tb)
{
    if (tb->invalid || (tb->flags & HF_TF_MASK) || (tern_log_mask & JC_VETO_LOGS))
        return;
    X86JumpCacheEntry *e = &jc_entries(env)[h * JC_WAYS];
    TranslationBlock **t = &env->tb_jmp_cache_tb[h * JC_WAYS];
    memmove(&e[1], &e[0], (JC_WAYS - 1) * sizeof(*e));
    memmove(&t[1], &t[0], (JC_WAYS - 1) * sizeof(*t));
    uint64_t last = tb->pc + (tb->size ? tb->size - 1 : 0);
    bool global = x86_code_page_global(env, tb->pc) &&
                  (!((last ^ tb->pc) & TCG_PAGE_MASK) || x86_code_page_global(env, last));
    e[0] = (X86JumpCacheEntry){ .pc = tb->pc, .cs_base = tb->cs_base, .flags = tb->flags,
                                .global = global, .code = tb->code };
    t[0] = tb;
    if (!global) {
        uint32_t n = env->jc_nb_nonglobal;
        if (n < JC_NONGLOBAL_MAX)
            env->jc_nonglobal[n] = (uint16_t)h;
        if (n <= JC_NONGLOBAL_MAX)
            env->jc_nb_nonglobal = n + 1;
    }
}

void x86_jmp_cache_flush(CPUX86State *env)
{
    jc_clear(env, 0, TCG_JMP_CACHE_SETS);
    env->jc_nb_nonglobal = 0;
}

/* Empties the entries of set h that are not on global pages. */
static void jc_clear_nonglobal(CPUX86State *env, unsigned h)
{
    X86JumpCacheEntry *e = &jc_entries(env)[h * JC_WAYS];
    for (unsigned w = 0; w < JC_WAYS; w++) {
        if (!e[w].global && env->tb_jmp_cache_tb[h * JC_WAYS + w]) {
            e[w] = jc_empty(h);
            env->tb_jmp_cache_tb[h * JC_WAYS + w] = NULL;
        }
    }
}

/* Kernel code on global pages survives the context switches of a guest OS this way, which
 * would otherwise empty the cache at every one. Only the sets that got such an entry since
 * the last flush are visited, unless there were more than the list holds. */
void x86_jmp_cache_flush_nonglobal(CPUX86State *env)
{
    uint32_t n = env->jc_nb_nonglobal;
    if (n > JC_NONGLOBAL_MAX) {
        for (unsigned h = 0; h < TCG_JMP_CACHE_SETS; h++)
            jc_clear_nonglobal(env, h);
    } else {
        for (uint32_t k = 0; k < n; k++)
            jc_clear_nonglobal(env, env->jc_nonglobal[k]);
    }
    env->jc_nb_nonglobal = 0;
    jc_new_gen(env, false);
}

/* A TB starting on the page before may extend into this one: clear both blocks. */
void x86_jmp_cache_flush_page(CPUX86State *env, uint64_t linear)
{
    for (int i = 0; i < 2; i++) {
        uint64_t page = (linear & TCG_PAGE_MASK) - (uint64_t)i * TCG_PAGE_SIZE;
        unsigned first = jc_hash(page) & ~((1u << TCG_JMP_CACHE_ADDR_BITS) - 1);
        jc_clear(env, first, 1u << TCG_JMP_CACHE_ADDR_BITS);
    }
}

void exec_flush_jump_caches(void)
{
    for (unsigned i = 0; i < exec_nb_cpus; i++)
        x86_jmp_cache_flush(exec_cpus[i].env);
}

/* tb_invalidate_hook: a TB can only sit in the set of its own pc (but what generated
 * code remembered of it may be anywhere: new generations). */
static void exec_jc_drop(TranslationBlock *tb)
{
    unsigned h = jc_hash(tb->pc);
    for (unsigned i = 0; i < exec_nb_cpus; i++) {
        CPUX86State *env = exec_cpus[i].env;
        jc_new_gen(env, true);
        for (unsigned w = 0; w < JC_WAYS; w++) {
            if (env->tb_jmp_cache_tb[h * JC_WAYS + w] == tb) {
                env->tb_jmp_cache_tb[h * JC_WAYS + w] = NULL;
                jc_entries(env)[h * JC_WAYS + w] = jc_empty(h);
            }
        }
    }
}

/* The exit request: all ones in the high half of icount_left makes it negative, so the
 * budget check at the next TB entry of whichever CPU runs returns to the loop. Only that
 * half is written (one 4-byte store), so the count in the low half stays exact. The JIT
 * keeps the counter in a register while its code runs and reads env's copy again after
 * each helper call: a kick from a helper or device callback stops the next TB entry, one
 * from another thread is seen at the next helper call or return to the loop, which
 * X86_EXEC_MAX_ROOM bounds; it may also be lost under the JIT's store of the counter, so
 * such callers repeat it until the loop has taken their request. */
static inline void kick_one(CPUX86State *env)
{
    __atomic_store_n(&env->icount_left.half[X86_ICOUNT_REQ_HALF], UINT32_MAX, __ATOMIC_RELAXED);
}

void x86_cpu_kick(CPUX86State *env)
{
    kick_one(env); /* it may not have run yet */
    for (unsigned i = 0; i < exec_nb_cpus; i++)
        kick_one(exec_cpus[i].env);
}

static inline void exec_kick_taken(CPUX86State *env)
{
    env->icount_left.half[X86_ICOUNT_REQ_HALF] = 0;
}

void x86_cpu_interrupt(CPUX86State *env, int mask)
{
    __atomic_fetch_or(&env->interrupt_request, mask, __ATOMIC_SEQ_CST);
    x86_cpu_kick(env);
}

void x86_cpu_reset_interrupt(CPUX86State *env, int mask)
{
    __atomic_fetch_and(&env->interrupt_request, ~mask, __ATOMIC_SEQ_CST);
}

/* Tracing every TB needs every TB to come back to the loop. */
static inline bool exec_nochain(void)
{
    return tern_log_enabled(LOG_EXEC | LOG_CPU | LOG_NOCHAIN);
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

/* lookup_and_goto's miss: the physical hash (never translation: that may flush the code
 * being run). Out of line so that the hit path stays a leaf without a stack frame. */
static __attribute__((noinline, cold)) TranslationBlock *
exec_lookup_tb_slow(CPUX86State *env, uint64_t pc, uint64_t cs_base, uint32_t flags,
                    unsigned h)
{
    exec_stats.hook_misses++;
    uint64_t phys;
    if ((flags & HF_TF_MASK) || !x86_code_phys(env, pc, &phys, false))
        return NULL;
    TranslationBlock *tb = tb_lookup(phys, pc, cs_base, flags, exec_cflags);
    if (!tb || tb->invalid || !tb_second_page_ok(env, tb))
        return NULL;
    jc_fill(env, h, tb);
    return tb;
}

/* lookup_and_goto from generated code: the cached TB for env's state, or NULL to go
 * back to the loop. The interpreter calls it once per indirect jump; the JIT first probes
 * the cache in generated code with the same tests (exec_jc_probe_init), and calls it on a
 * miss only.
 * The no-chaining logs need every TB to come back to the loop, and so does a TB run with
 * EFLAGS.TF (see exec_unwound): the cache never holds one of those. A pending interrupt
 * request is no reason to go back: a new one kicks the CPU (x86_cpu_kick), which the
 * entered TB's budget check sees at its entry; one the loop has seen and left pending
 * (IF = 0, the STI / MOV SS shadow, a debugger step) waits for an instruction that
 * changes those, and each of them ends its TB with a return to the loop, as for a
 * chained jump. A TB invalidated by a
 * write to its code leaves the cache (exec_jc_drop); a code buffer flush clears every
 * cache (exec_tb_flush_hook) before any TB is reused, and a TLB flush or INVLPG clears
 * the affected entries. */
static TranslationBlock *exec_lookup_tb_hook(void *opaque)
{
    CPUX86State *env = opaque;
    if (unlikely(tern_log_mask & JC_VETO_LOGS))
        return NULL;
    exec_stats.hook_lookups++;
    uint32_t flags = env->hflags;
    uint64_t cs_base = env->segs[R_CS].base;
    uint64_t pc = exec_pc(env, flags);
    unsigned h = jc_hash(pc);
    TranslationBlock *tb = jc_lookup(env, h, pc, cs_base, flags);
    if (likely(tb))
        return tb; /* hits = lookups - misses: one counter less on the hot path */
    return exec_lookup_tb_slow(env, pc, cs_base, flags, h);
}

/* The jump cache as the JIT's generated lookup_and_goto probe sees it: exactly the tests of
 * exec_lookup_tb_hook's hit path. pc is CS.base + EIP, wrapped to 32 bits outside 64-bit
 * code (exec_pc); while a no-chaining log is on the cache stays empty, so the probe
 * misses and the hook returns NULL. */
#define JC_FIELD_SIZE(f) sizeof(((CPUX86State *)0)->f)
#define JC_ENTRY_SIZE(f) sizeof(((X86JumpCacheEntry *)0)->f)
_Static_assert(JC_FIELD_SIZE(eip) == 8 && JC_FIELD_SIZE(segs[R_CS].base) == 8 &&
               JC_FIELD_SIZE(hflags) == 4 && JC_ENTRY_SIZE(pc) == 8 &&
               JC_ENTRY_SIZE(cs_base) == 8 && JC_ENTRY_SIZE(flags) == 4 &&
               JC_ENTRY_SIZE(code) == sizeof(void *) && JC_ENTRY_SIZE(global) == 4 &&
               JC_FIELD_SIZE(jc_gen_global) == 8 && JC_FIELD_SIZE(jc_gen_all) == 8,
               "the field sizes TCGJumpCacheProbe describes");
static void exec_jc_probe_init(void)
{
    tcg_jmp_cache_probe = (TCGJumpCacheProbe){
        .enabled = true,
        .cache_off = (int32_t)offsetof(CPUX86State, tb_jmp_cache),
        .entry_pc_off = (int32_t)offsetof(X86JumpCacheEntry, pc),
        .entry_base_off = (int32_t)offsetof(X86JumpCacheEntry, cs_base),
        .entry_flags_off = (int32_t)offsetof(X86JumpCacheEntry, flags),
        .entry_code_off = (int32_t)offsetof(X86JumpCacheEntry, code),
        .pc_off = (int32_t)offsetof(CPUX86State, eip),
        .base_off = (int32_t)offsetof(CPUX86State, segs[R_CS].base),
        .flags_off = (int32_t)offsetof(CPUX86State, hflags),
        .flags_wide_pc = HF_CODE64_MASK,
        .entry_global_off = (int32_t)offsetof(X86JumpCacheEntry, global),
        .gen_global_off = (int32_t)offsetof(CPUX86State, jc_gen_global),
        .gen_all_off = (int32_t)offsetof(CPUX86State, jc_gen_all),
        .hits = &exec_stats.probe_hits,
        .site_hits = &exec_stats.site_hits,
    };
}

static ExecCPU *exec_register(CPUX86State *env)
{
    for (unsigned i = 0; i < exec_nb_cpus; i++)
        if (exec_cpus[i].env == env)
            return &exec_cpus[i];
    if (exec_nb_cpus == EXEC_MAX_CPUS) {
        fprintf(stderr, "tern: more than %d CPUs\n", EXEC_MAX_CPUS);
        abort();
    }
    tcg_lookup_tb_hook = exec_lookup_tb_hook;
    exec_jc_probe_init();
    tb_flush_hook = exec_tb_flush_hook;
    tb_invalidate_hook = exec_jc_drop;
    exec_cpus[exec_nb_cpus] = (ExecCPU){ env, UINT64_MAX };
    return &exec_cpus[exec_nb_cpus++];
}

void exec_update_limit(CPUX86State *env)
{
    uint64_t limit = exec_register(env)->deadline;
    if (exec_debug.stop_icount < limit)
        limit = exec_debug.stop_icount;
    if (exec_debug.stepping && exec_debug.step_target < limit)
        limit = exec_debug.step_target;
    if (exec_debug.guest_rerun && exec_debug.guest_env == env && exec_debug.guest_target < limit)
        limit = exec_debug.guest_target; /* guest data / I/O breakpoint trap (exec_debug.c) */
    /* The room is 32 bits wide (icount_left): a farther limit is reached in steps. */
    uint64_t now = x86_icount(env);
    if (limit < now)
        limit = now;
    if (limit - now > X86_EXEC_MAX_ROOM)
        limit = now + X86_EXEC_MAX_ROOM;
    uint32_t req = env->icount_left.half[X86_ICOUNT_REQ_HALF];
    env->icount_limit = limit;
    env->icount_left.v = (int64_t)(limit - now);
    env->icount_left.half[X86_ICOUNT_REQ_HALF] = req;
}

void x86_cpu_set_icount_deadline(CPUX86State *env, uint64_t icount)
{
    exec_register(env)->deadline = icount;
    exec_update_limit(env);
}

void x86_exec_set_one_insn_per_tb(bool on)
{
    exec_cflags = on ? 1 : 0;
    for (unsigned i = 0; i < exec_nb_cpus; i++)
        x86_jmp_cache_flush(exec_cpus[i].env);
}

/* The TB for env's current state with cflags: jump cache first (a few loads and
 * compares; it holds only TBs of the normal cflags), then the physical hash, then
 * translation. May raise #PF/#GP fetching code (unwinds). */
static inline TranslationBlock *tb_find(CPUX86State *env, uint32_t cflags)
{
    uint32_t flags = env->hflags;
    uint64_t cs_base = env->segs[R_CS].base;
    uint64_t pc = exec_pc(env, flags);
    bool use_jc = cflags == exec_cflags;
    unsigned h = jc_hash(pc);
    TranslationBlock *tb = use_jc ? jc_lookup(env, h, pc, cs_base, flags) : NULL;
    if (likely(tb)) {
        exec_stats.jc_hits++;
        return tb;
    }
    exec_stats.jc_misses++;
    uint64_t phys;
    x86_code_phys(env, pc, &phys, true);
    tb = tb_lookup(phys, pc, cs_base, flags, cflags);
    if (tb && (tb->invalid || !tb_second_page_ok(env, tb))) {
        /* Its second page now maps elsewhere: this translation is stale for everyone
         * who reaches it through this first page, so retire it. */
        if (!tb->invalid)
            tb_invalidate(tb);
        tb = NULL;
    }
    if (!tb)
        tb = exec_tb_gen_code(env, pc, cs_base, flags, cflags, phys);
    if (use_jc)
        jc_fill(env, h, tb);
    return tb;
}

/* A one-instruction TB that is run once and never cached: translated with breakpoints
 * suppressed, to run the instruction under a breakpoint (resume) or the one that hit a
 * watchpoint. */
static TranslationBlock *exec_tb_one_uncached(CPUX86State *env)
{
    uint32_t flags = env->hflags;
    uint64_t pc = exec_pc(env, flags);
    uint64_t phys;
    x86_code_phys(env, pc, &phys, true);
    exec_debug.bp_suppressed = true;
    TranslationBlock *tb = exec_tb_gen_code(env, pc, env->segs[R_CS].base, flags,
                                            CF_NO_CACHE | 1, phys);
    exec_debug.bp_suppressed = false;
    return tb;
}

/* The next TB to enter: one that ends at or before env->icount_limit. */
static inline TranslationBlock *exec_next_tb(CPUX86State *env)
{
    if (unlikely(exec_debug.resume_armed || exec_debug.watch_suppressed ||
                 exec_debug.guest_rerun)) {
        bool once = exec_debug.watch_suppressed ||
                    (exec_debug.guest_rerun && exec_debug.guest_env == env);
        if (exec_debug.resume_armed) {
            exec_debug.resume_armed = false;
            uint64_t pc = exec_pc(env, env->hflags);
            once |= pc == exec_debug.resume_pc && x86_breakpoint_check(env, pc);
        }
        if (once)
            return exec_tb_one_uncached(env);
    }
    TranslationBlock *tb = tb_find(env, exec_cflags);
    uint64_t room = x86_icount_room(env);
    if (unlikely(tb->icount > room)) {
        exec_update_limit(env); /* the end of a step of X86_EXEC_MAX_ROOM is no limit */
        room = x86_icount_room(env);
    }
    if (unlikely(tb->icount > room)) {
        /* Cut short so that the count lands on the limit exactly; cached under its own
         * cflags (a TB of room <= CF_COUNT_MASK instructions). */
        exec_stats.short_tbs++;
        tb = tb_find(env, (uint32_t)room);
    }
    return tb;
}

/* Chaining slot n of from to to is safe when the jump is fixed (goto_tb), both TBs are
 * live and cached, and to is reached through the same virtual page as from's start: the
 * lookup that found from has checked that page's mapping (SDM vol. 3, 4.10.4: mapping
 * changes are made visible by TLB flushes, which flush the jump cache, not chains). A TB
 * whose code runs into a second page checks that page's mapping itself, at the
 * instruction that reaches it (gen_code_page2_check, cpu/translate.c). TBs run with
 * EFLAGS.TF are entered from the loop only. */
static inline void exec_chain(TranslationBlock *from, unsigned n, TranslationBlock *to)
{
    /* Invalid and uncached TBs, and single-step sources, are tb_link's own refusals;
     * here only what the x86 loop adds: no chaining into a single-step TB either. */
    if (from->jmp_dest[n] || (to->cflags & CF_SINGLE_STEP))
        return;
    if ((from->flags & HF_INHIBIT_IRQ_MASK) || ((from->flags | to->flags) & HF_TF_MASK))
        return;
    if ((from->pc ^ to->pc) & TCG_PAGE_MASK)
        return;
    tb_link(from, n, to); /* may still refuse (tcg's own page rule) */
    if (from->jmp_dest[n] == to)
        exec_stats.chained++;
}

/* A CPU in HLT: -1 if something wakes it now, else the reason to give the machine. */
bool x86_cpu_hlt_wakes(const CPUX86State *env)
{
    int req = env->interrupt_request;
    return (req & CPU_INTERRUPT_NMI) || ((req & CPU_INTERRUPT_HARD) && (env->eflags & IF_MASK));
}

static int exec_halt_check(CPUX86State *env)
{
    if (x86_cpu_hlt_wakes(env)) {
        env->halted = false;
        return -1;
    }
    if (env->interrupt_request & CPU_INTERRUPT_EXIT) {
        x86_cpu_reset_interrupt(env, CPU_INTERRUPT_EXIT);
        return EXCP_INTERRUPT;
    }
    /* IF=0 with no NMI: only a reset ends this HLT. IF=1 on a board without an interrupt
     * controller: nothing will ever raise a line. Either way the run is over. */
    if (!(env->eflags & IF_MASK) || !x86_get_irq_vector)
        return EXCP_HALTED;
    return EXCP_HLT;
}

/* Ends a debugger step: the reason it was armed with. */
static int exec_step_done(CPUX86State *env)
{
    exec_debug.stepping = false;
    exec_debug.watch_suppressed = false;
    exec_debug.stop = exec_debug.step_stop;
    exec_update_limit(env);
    return EXCP_DEBUG;
}

/* The retired count reached env->icount_limit: whose limit was it? */
static int exec_limit_reached(CPUX86State *env)
{
    if (exec_debug.stepping && x86_icount(env) >= exec_debug.step_target)
        return exec_step_done(env);
    /* After the debugger's stop: the guest's #DB is delivered when it resumes. */
    if (exec_guest_db_due(env))
        return -1; /* the #DB trap, if any, is in exception_index */
    if (x86_icount(env) >= exec_debug.stop_icount) {
        exec_debug.stop_icount = UINT64_MAX;
        exec_debug.stop = (X86DebugStop){ .reason = X86_STOP_ICOUNT };
        exec_update_limit(env);
        return EXCP_DEBUG;
    }
    return EXCP_ICOUNT;
}

/* Pending exception or loop exit in exception_index: -1 to keep running, else the exit
 * reason. */
static int exec_handle_exception(CPUX86State *env)
{
    int idx = env->exception_index;
    if (unlikely(exec_debug.guest_rerun))
        exec_guest_db_exception(env);
    if (idx >= EXCP_INTERRUPT) {
        env->exception_index = -1;
        if (idx == EXCP_HLT) {
            /* The halt check comes after the debugger's limits: a step over HLT stops. */
            env->halted = true;
            return -1;
        }
        if (idx == EXCP_DEBUG) {
            /* The translator stopped at a breakpoint; a pending step is consumed. */
            exec_debug.stepping = false;
            exec_debug.watch_suppressed = false;
            exec_debug.stop = (X86DebugStop){
                .reason = exec_breakpoint_reason(exec_pc(env, env->hflags)) };
            exec_update_limit(env);
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

/* interrupt_request is non-zero: -1 to keep running, else the exit reason. A debugger
 * step holds hardware interrupts and NMIs off (they stay pending), as QEMU's does, unless
 * the CPU is halted: then the step is taking the interrupt that wakes it. */
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
    /* So does the re-run of an instruction that hit a guest data breakpoint. */
    if ((exec_debug.stepping || (exec_debug.guest_rerun && exec_debug.guest_env == env)) &&
        !env->halted)
        return -1;
    /* NMI blocking until the next IRET (SDM vol. 3, 6.7.1) is not modelled yet: no
     * board raises NMI so far. */
    if (req & CPU_INTERRUPT_NMI) {
        x86_cpu_reset_interrupt(env, CPU_INTERRUPT_NMI);
        exec_stats.irqs++;
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

/* -d exec lines carry no host pointer, so that traces of two runs, or of the two
 * backends, compare equal: [cs_base/pc/flags/cflags], the instructions retired before
 * the TB, and its size in instructions. */
static void exec_log_tb(CPUX86State *env, TranslationBlock *tb)
{
    if (tern_log_enabled(LOG_CPU))
        x86_dump_state(env, tern_log_line, NULL);
    if (tern_log_enabled(LOG_EXEC))
        tern_log("Trace 0: [%08" PRIx64 "/%08" PRIx64 "/%08x/%08x] icount=%" PRIu64
                 " insns=%u\n", tb->cs_base, tb->pc, tb->flags, tb->cflags, x86_icount(env),
                 tb->icount);
}

/* An unwinding instruction that still retired: a software interrupt (INT n, INT3, INTO
 * taken: traps, SDM vol. 3, 6.5) or HLT. Faults and debugger stops did not. */
static inline bool exec_insn_completed(const CPUX86State *env)
{
    int idx = env->exception_index;
    return (idx >= 0 && idx < EXCP_INTERRUPT && env->exception_is_int) || idx == EXCP_HLT;
}

/* After a longjmp to the loop. A TB counts its whole size at entry; if the
 * unwind came from generated code, the instructions of the TB that was running that did
 * not retire are taken off again, using the insn index that restoring its state found. */
static void exec_unwound(CPUX86State *env)
{
    exec_stats.unwinds++;
    exec_tb_gen_unwound();
    exec_debug.bp_suppressed = false;
    if (exec_debug.in_tb) {
        exec_debug.in_tb = false;
        TranslationBlock *entered = exec_cur_tb;
        TranslationBlock *tb = tcg_restored_tb;
        exec_cur_tb = NULL;
        if (entered && (entered->flags & HF_TF_MASK) && env->exception_index == EXCP_DB) {
            /* The EFLAGS.TF trap (SDM vol. 3, 17.3.1.4) leaves after the TB's only
             * instruction completed; whatever was restored before belongs to it. */
        } else if (tb) {
            uint32_t retired = tcg_restored_insn + (exec_insn_completed(env) ? 1 : 0);
            if (retired < tb->icount)
                x86_icount_unretire(env, tb->icount - retired);
        }
        /* A TB run in the shadow of STI / MOV SS holds the one instruction the shadow
         * covers (SDM vol. 3, 6.8.3); it clears the bit on its normal exits, so here:
         * that instruction faulted, trapped or halted, and the shadow is over. */
        if (entered && (entered->flags & HF_INHIBIT_IRQ_MASK))
            env->hflags &= ~HF_INHIBIT_IRQ_MASK;
        if (entered && (entered->cflags & CF_NO_CACHE))
            tb_discard(entered);
    }
    tcg_restored_tb = NULL;
    if (exec_debug.watch_hit) {
        /* Re-run the instruction whose access hit, unwatched, then stop after it. */
        exec_debug.watch_hit = false;
        exec_debug.watch_suppressed = true;
        exec_debug.stepping = true;
        exec_debug.step_target = x86_icount(env) + 1;
        exec_update_limit(env);
    }
    exec_guest_db_unwound(env);
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
            bool deliver = env->exception_index < EXCP_INTERRUPT;
            if ((r = exec_handle_exception(env)) >= 0)
                return r;
            if (deliver && exec_debug.stepping)
                return exec_step_done(env); /* stop at the handler's first instruction */
        }
        if (unlikely(exec_debug.stop_pending)) {
            exec_debug.stop_pending = false;
            return EXCP_DEBUG;
        }
        if (unlikely(x86_icount_room(env) == 0)) {
            exec_update_limit(env); /* a far limit is reached in steps of X86_EXEC_MAX_ROOM */
            if (x86_icount_room(env) == 0) {
                if ((r = exec_limit_reached(env)) >= 0)
                    return r;
                continue;
            }
        }
        if (unlikely(env->halted) && (r = exec_halt_check(env)) >= 0)
            return r;
        exec_kick_taken(env);
        int req = env->interrupt_request;
        if (unlikely(req)) {
            last_tb = NULL;
            uint64_t delivered = exec_stats.irqs;
            if ((r = exec_handle_request(env, req)) >= 0)
                return r;
            if (env->exception_index >= 0)
                continue;
            if (exec_debug.stepping && exec_stats.irqs != delivered)
                return exec_step_done(env); /* woke from HLT into a handler */
        }

        TranslationBlock *tb = exec_next_tb(env);
        if (unlikely(exec_tb_flushed)) {
            exec_tb_flushed = false;
            last_tb = NULL;
        }
        if (last_tb)
            exec_chain(last_tb, last_slot, tb);
        last_tb = NULL;

        if (unlikely(tern_log_mask & (LOG_EXEC | LOG_CPU)) && tern_dfilter_match(tb->pc))
            exec_log_tb(env, tb);
        exec_stats.tbs_run++;

        exec_cur_tb = tb;
        tcg_restored_tb = NULL;
        exec_debug.in_tb = true;
        uintptr_t ret = tcg_backend->exec(env, tb);
        exec_debug.in_tb = false;
        exec_cur_tb = NULL;
        uintptr_t code = ret & TB_EXIT_MASK;
        TranslationBlock *exit_tb = (TranslationBlock *)(ret & ~(uintptr_t)TB_EXIT_MASK);
        if (likely(exit_tb && code <= TB_EXIT_IDX1)) {
            if (!exec_nochain() && !(tb->cflags & CF_NO_CACHE)) {
                last_tb = exit_tb;
                last_slot = (unsigned)code;
            }
        } else if (code == TB_EXIT_REQUESTED) {
            /* An exit request, or the next TB would have passed icount_limit. */
            exec_kick_taken(env);
        } else if (code == TB_EXIT_INVALIDATED) {
            /* The TB wrote to its own code: resume after the write with the state of
             * the instruction the backend stopped at; the TB is retranslated. */
            uint64_t data[TCG_INSN_START_WORDS];
            if (tcg_restore_state(0, data)) {
                env->eip = data[0];
                if (data[1] != CC_OP_DYNAMIC)
                    env->cc_op = (uint32_t)data[1];
                TranslationBlock *stopped = tcg_restored_tb;
                if (stopped && tcg_restored_insn < stopped->icount)
                    x86_icount_unretire(env, stopped->icount - tcg_restored_insn);
            }
            tcg_restored_tb = NULL;
        }
        if (unlikely(tb->cflags & CF_NO_CACHE))
            tb_discard(tb);
    }
}

int x86_cpu_exec(CPUX86State *env)
{
    exec_update_limit(env);
    exec_jc_ready(env);
    if (setjmp(env->jmp_env) != 0)
        exec_unwound(env);
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
             "exec: lookup_and_goto %" PRIu64 " (jump cache hits %" PRIu64 ", %" PRIu64
             " of them kept by the site), hardware "
             "interrupts %" PRIu64 ", TBs cut short at a count limit %" PRIu64
             ", code buffer full %" PRIu64,
             exec_stats.hook_lookups + exec_stats.probe_hits + exec_stats.site_hits,
             exec_stats.hook_lookups + exec_stats.probe_hits + exec_stats.site_hits -
                 exec_stats.hook_misses,
             exec_stats.site_hits, exec_stats.irqs, exec_stats.short_tbs, exec_gen_code_full);
    print(opaque, line);
    snprintf(line, sizeof(line),
             "tb: lookups %" PRIu64 " hits %" PRIu64 " translations %" PRIu64
             " flushes %" PRIu64 " invalidations %" PRIu64,
             tb_stats.lookups, tb_stats.hits, tb_stats.translations, tb_stats.flushes,
             tb_stats.invalidations);
    print(opaque, line);
    for (unsigned i = 0; i < exec_nb_cpus; i++) {
        snprintf(line, sizeof(line), "cpu %u: %" PRIu64 " instructions retired", i,
                 x86_icount(exec_cpus[i].env));
        print(opaque, line);
    }
}

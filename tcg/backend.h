/* The interface every host backend implements (tcg/interp.c now, tcg/x86_64/ next).
 * The execution loop gives a backend optimized IR to make executable and asks it to run
 * TBs; a helper that unwinds asks it where in the guest instruction stream it was. */
#ifndef TCG_BACKEND_H
#define TCG_BACKEND_H

#include "tb.h"
#include "tcg.h"
#include "tlb.h"

typedef struct TCGBackend {
    const char *name;
    void (*init)(void);
    /* Makes tb executable from the optimized IR in s. Returns 0, or -1 when the code
     * buffer is full (the caller flushes every TB and retries). */
    int (*gen_code)(TCGContext *s, TranslationBlock *tb);
    /* Runs tb (and TBs chained from it) on env; returns the exit_tb value. */
    uintptr_t (*exec)(void *env, TranslationBlock *tb);
    /* The insn_start words of the guest instruction executing when a helper or memory
     * slow path was entered from generated code at host return address ra. */
    bool (*restore_state)(uintptr_t ra, uint64_t data[TCG_INSN_START_WORDS]);
    void (*patch_link)(TranslationBlock *tb, unsigned n, TranslationBlock *dest); /* NULL=unlink */
    void (*release)(TranslationBlock *tb);  /* forget tb's code */
    void (*flush)(void);                    /* forget all code */
    /* -d op/out_asm printing of the executable form, optional */
    void (*dump)(TranslationBlock *tb, void (*print)(void *, const char *), void *opaque);
} TCGBackend;

extern const TCGBackend tcg_backend_interp;
/* Size of the interpreter's code buffer (default 64 MiB); drops all its code. Call before
 * translating, or right after tb_flush_all. */
void tcg_interp_set_buffer_size(size_t bytes);
/* The x86-64 JIT (tcg/x86_64/, built on x86-64 hosts only). */
extern const TCGBackend tcg_backend_x86_64;
/* Size of the JIT's code buffer (-tb-size; default 32 MiB, at least 64 KiB, below
 * 2 GiB). Call before the backend's init. */
void tcg_jit_set_buffer_size(size_t bytes);
extern const TCGBackend *tcg_backend; /* the selected one */
/* -perfmap: a backend that generates host code appends "START SIZE name" lines for its
 * code (each TB named by its guest pc) to /tmp/perf-<pid>.map, the file Linux perf reads
 * to name samples in code that has no symbols. Set before the backend's init. */
extern bool tcg_perfmap;

/* Guest hook for lookup_and_goto: the TB for the state now in env, or NULL. */
extern TranslationBlock *(*tcg_lookup_tb_hook)(void *env);

/* The per-CPU jump cache: TCG_JMP_CACHE_SETS sets of TCG_JMP_CACHE_WAYS entries in the
 * guest's CPU state, the set picked by tcg_jmp_cache_hash of the TB's virtual pc. The
 * guest fills and flushes it; this one hash is what both its C lookups and the JIT's
 * generated probe use. The low TCG_JMP_CACHE_PAGE_BITS bits of the page number pick a
 * block of 1 << TCG_JMP_CACHE_ADDR_BITS sets, so that dropping a page's TBs clears one
 * block; the low 32 bits of the pc times an odd constant (the golden ratio's fraction,
 * Knuth's multiplicative hashing), top bits of the product, pick the set in the block:
 * every bit of the offset and of the page number mixes in, so pages sharing a block
 * spread their TBs differently over it, in a few host instructions.
 * Ways keep hot TBs whose pcs fold alike (most misses of a direct-mapped cache in a Linux
 * guest): with two ways, three hot TBs of a busybox shell loop still shared a set and
 * missed on every iteration, so there are four (a hit in the first two reads one host
 * cache line). */
#define TCG_JMP_CACHE_PAGE_BITS 5
#define TCG_JMP_CACHE_ADDR_BITS 5
#define TCG_JMP_CACHE_BITS (TCG_JMP_CACHE_PAGE_BITS + TCG_JMP_CACHE_ADDR_BITS)
#define TCG_JMP_CACHE_SETS (1u << TCG_JMP_CACHE_BITS)
#define TCG_JMP_CACHE_WAYS 4
#define TCG_JMP_CACHE_SIZE (TCG_JMP_CACHE_SETS * TCG_JMP_CACHE_WAYS) /* entries */
#define TCG_JMP_CACHE_MUL 0x9e3779b1u
_Static_assert(TCG_PAGE_BITS >= TCG_JMP_CACHE_ADDR_BITS, "jump cache hash");
static inline unsigned tcg_jmp_cache_hash(uint64_t pc)
{
    unsigned page = (unsigned)(pc >> (TCG_PAGE_BITS - TCG_JMP_CACHE_ADDR_BITS)) &
                    (((1u << TCG_JMP_CACHE_PAGE_BITS) - 1) << TCG_JMP_CACHE_ADDR_BITS);
    unsigned addr = ((uint32_t)pc * TCG_JMP_CACHE_MUL) >> (32 - TCG_JMP_CACHE_ADDR_BITS);
    return page | addr;
}

/* What a backend needs to probe the jump cache in generated code for lookup_and_goto
 * (the x86-64 JIT does; the interpreter calls the hook). The guest fills it in before it
 * translates anything; offsets are from env. An entry is TCG_JMP_CACHE_ENTRY_SIZE bytes
 * holding a key (uint64_t pc, uint64_t base, uint32_t flags) and the TB's code (void *,
 * the entry a chained jump uses: exit requests and instruction limits are checked there);
 * the sets (TCG_JMP_CACHE_WAYS entries each, set s way w at entries[s * WAYS + w]) start
 * at the first multiple of TCG_JMP_CACHE_SET_SIZE at or after env + cache_off, so that
 * each set lies in one host cache line. The probe computes
 *     pc = *(uint64_t *)(env + pc_off) + *(uint64_t *)(env + base_off),
 *     truncated to 32 bits unless flags & flags_wide_pc,
 *     flags = *(uint32_t *)(env + flags_off)
 * and enters the code of an entry e of set tcg_jmp_cache_hash(pc) with
 *     e->pc == pc, e->base == base, e->flags == flags.
 * It tests nothing else, so the guest keeps only what may be entered in the cache: TBs
 * of the cflags the loop runs, none that must be entered from its loop (x86: EFLAGS.TF),
 * and no invalidated TB (it empties the entry through tb_invalidate_hook, and every entry
 * through tb_flush_hook); an empty entry's key never matches. On any miss the probe calls
 * tcg_lookup_tb_hook, which must give the same answer on a hit (it is the slow path, and
 * the only one that fills).
 * Generations: a backend may keep what a probe found (the code for a key) elsewhere and
 * enter it again without probing while *(uint64_t *)(env + gen_global_off) still holds
 * the value it read with the hit when the entry's uint32_t at entry_global_off is
 * non-zero, else while *(uint64_t *)(env + gen_all_off) does. The guest gives both new
 * values on every change that may empty an entry or make it stale (and so before it
 * invalidates a TB or reuses code), gen_all alone when only entries whose global field is
 * zero go (x86: a CR3 write keeps code on global pages); it never reuses a value, and
 * gen_global never takes one that gen_all ever had, nor the reverse. */
#define TCG_JMP_CACHE_ENTRY_SIZE 32
#define TCG_JMP_CACHE_SET_SIZE (TCG_JMP_CACHE_ENTRY_SIZE * TCG_JMP_CACHE_WAYS)
typedef struct TCGJumpCacheProbe {
    bool enabled;
    int32_t cache_off;
    int32_t entry_pc_off, entry_base_off, entry_flags_off, entry_code_off; /* in an entry */
    int32_t pc_off;             /* uint64_t: the next instruction's offset (x86: EIP) */
    int32_t base_off;           /* uint64_t: added to it (x86: CS.base) */
    int32_t flags_off;          /* uint32_t (x86: hflags) */
    uint32_t flags_wide_pc;
    int32_t entry_global_off;   /* uint32_t in an entry */
    int32_t gen_global_off, gen_all_off; /* uint64_t */
    uint64_t *hits;             /* optional: probe hits, counted when -d stats is on */
    uint64_t *site_hits;        /* optional: the same for entries kept per site */
} TCGJumpCacheProbe;
extern TCGJumpCacheProbe tcg_jmp_cache_probe;

bool tcg_restore_state(uintptr_t ra, uint64_t data[TCG_INSN_START_WORDS]);
/* Set by a backend's restore_state on success (tcg_restore_state clears them first): the
 * TB it answered for and the 0-based index, in insn_start order, of the instruction within
 * it. The guest's loop uses them after an unwind to count the instructions of that TB that
 * did not retire. */
extern TranslationBlock *tcg_restored_tb;
extern uint32_t tcg_restored_insn;

#endif

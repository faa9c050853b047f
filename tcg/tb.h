/* Translation blocks and their cache: keyed by guest physical pc, virtual pc, cs_base and
 * the guest's mode flags; per-page lists for invalidation (self-modifying code); chaining
 * of direct jumps between TBs. Guest-neutral: the guest supplies pc/flags meaning. */
#ifndef TCG_TB_H
#define TCG_TB_H

#include <stdbool.h>
#include <stdint.h>
#include "tcg.h"

/* cflags */
#define CF_COUNT_MASK 0x1ff   /* max guest insns in this TB (0 = default limit) */
#define CF_SINGLE_STEP 0x200  /* one insn, no chaining (gdb step, SMC recovery) */
#define CF_NO_CACHE 0x400     /* not entered in the cache; freed after one execution */

typedef struct TranslationBlock TranslationBlock;
struct TranslationBlock {
    uint64_t pc;          /* guest virtual pc of the first insn (x86: linear = CS.base+EIP) */
    uint64_t cs_base;
    uint32_t flags;       /* guest mode bits that change translation */
    uint32_t cflags;
    uint64_t phys_pc;     /* guest physical address of the first byte */
    uint64_t page_addr[2];/* physical pages spanned; page_addr[1] = -1 if one page */
    uint32_t size;        /* guest bytes */
    uint32_t icount;      /* guest instructions */
    void *code;           /* the backend's executable form */
    uint32_t code_size;
    volatile bool invalid;          /* set on invalidation; checked before following a chain */
    TranslationBlock *jmp_dest[2];  /* chained successor per goto_tb slot, or NULL */
    TranslationBlock *jmp_in;       /* first TB chained into this one (tagged with slot) */
    uintptr_t jmp_in_next[2];       /* next TB chained into the same dest, slot in low bits */
    TranslationBlock *hash_next;
    TranslationBlock *page_next[2];
    uint64_t exec_count;            /* -d tb statistics */
};
/* A pool of these lives as long as the run (one per translated block since the last
 * flush): keep the fields packed (invalid sits in code_size's padding). */
_Static_assert(sizeof(void *) != 8 || sizeof(TranslationBlock) <= 144,
               "TranslationBlock layout");

/* exit_tb values: a TB pointer with the goto_tb slot in the low bits asks the loop to
 * chain that slot to the next TB; these small values are plain exits. */
#define TB_EXIT_MASK 3
#define TB_EXIT_IDX0 0
#define TB_EXIT_IDX1 1
#define TB_EXIT_REQUESTED 2   /* an interrupt/exit request was seen at TB entry */
/* The executing TB was invalidated by a store into its own code (self-modifying code,
 * SDM vol. 3, 11.6): it stopped at the start of the next guest insn; tcg_restore_state
 * gives that insn's words, the loop restores them and translates again from there. */
#define TB_EXIT_INVALIDATED 3
static inline uintptr_t tb_exit_value(TranslationBlock *tb, unsigned n) { return (uintptr_t)tb | n; }

TranslationBlock *tb_lookup(uint64_t phys_pc, uint64_t pc, uint64_t cs_base, uint32_t flags,
                            uint32_t cflags);
/* (Re)creates the TB pool with room for max_tbs TBs (flushing every TB); optional: the
 * first tb_alloc makes a default-sized pool. */
void tb_cache_init(unsigned max_tbs);
TranslationBlock *tb_alloc(void);              /* NULL when the cache is full: flush */
/* Frees a TB that was never inserted (CF_NO_CACHE, or a failed translation): releases
 * its backend code and, when it is the newest TB, its pool slot. */
void tb_discard(TranslationBlock *tb);
void tb_insert(TranslationBlock *tb);          /* into hash and page lists */
void tb_link(TranslationBlock *tb, unsigned n, TranslationBlock *dest);
void tb_invalidate(TranslationBlock *tb);      /* unlink, mark invalid, remove */
/* Invalidates every TB overlapping [start, end) of physical memory; returns how many. */
unsigned tb_invalidate_phys_range(uint64_t start, uint64_t end);
bool tb_page_has_code(uint64_t phys_addr);
void tb_flush_all(void);                       /* drops every TB and the backend's code */
/* The guest is told when a physical page first holds code, so it can make writes to
 * that page take the slow path (TLB_NOTDIRTY). */
extern void (*tb_page_gained_code_hook)(uint64_t phys_page);
/* Flush hook: called after tb_flush_all so the guest can drop its jump caches. */
extern void (*tb_flush_hook)(void);
/* Called by tb_invalidate so the guest can drop the TB from its jump caches. */
extern void (*tb_invalidate_hook)(TranslationBlock *tb);

typedef struct TBStats { uint64_t lookups, hits, translations, flushes, invalidations; } TBStats;
extern TBStats tb_stats;

#endif

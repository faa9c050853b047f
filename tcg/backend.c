/* State shared by every backend: which backend runs TBs, the guest's lookup hook and
 * jump cache layout for lookup_and_goto, and the soft-TLB registration (tlb.h). */
#include "tcg/backend.h"
#include "tcg/tlb.h"

const TCGBackend *tcg_backend = &tcg_backend_interp;
bool tcg_perfmap;
TranslationBlock *(*tcg_lookup_tb_hook)(void *env);
TCGJumpCacheProbe tcg_jmp_cache_probe;
TranslationBlock *tcg_restored_tb;
uint32_t tcg_restored_insn;

int64_t tcg_tlb_env_offset;
TCGGuestMemHooks tcg_mem_hooks;

void tcg_set_tlb(int64_t env_offset, const TCGGuestMemHooks *hooks)
{
    tcg_tlb_env_offset = env_offset;
    tcg_mem_hooks = *hooks;
}

bool tcg_restore_state(uintptr_t ra, uint64_t data[TCG_INSN_START_WORDS])
{
    tcg_restored_tb = NULL;
    return tcg_backend && tcg_backend->restore_state(ra, data);
}

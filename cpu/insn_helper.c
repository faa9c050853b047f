/* Helpers of two small instructions: INT1/ICEBP (F1), which raises #DB as a trap, and
 * CLFLUSH, which has no cache to write back but takes the faults of a byte load. */
#include "cpu/helper.h"
#include "cpu/mmu.h"

/* INT1 (SDM vol. 2, INTn/INTO/INT3/INT1; vol. 3, 6.4.2): a #DB trap that is delivered as
 * a hardware exception, i.e. without the gate-DPL check of INT n and not IOPL-sensitive
 * in v86 mode; DR6 is left as it is. The translator stored env->eip = the next insn and
 * env->cc_op: the loop delivers it with no state restore. */
void helper_icebp(CPUX86State *env)
{
    env->exception_index = EXCP_DB;
    env->error_code = 0;
    env->exception_is_int = 0;
    x86_loop_exit(env);
}

/* CLFLUSH m8 (SDM vol. 2, CLFLUSH): the permission checks and faults of a byte load at
 * the linear address (the segment checks were made by the translator); no memory or
 * device is read. */
void helper_clflush(CPUX86State *env, uint64_t linear)
{
    x86_tlb_probe(env, linear, x86_mmu_index(env), GETPC());
}

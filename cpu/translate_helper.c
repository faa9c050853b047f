/* Run-time helpers that exist for the translator's own TB structure rather than for one
 * instruction's semantics: the EFLAGS.TF single-step trap at the end of a TB. */
#include "cpu/helper.h"

#define DR6_BS (1u << 14)

/* A trap: the state in env is already that of the next instruction, so unlike
 * x86_raise_exception nothing is restored from the TB (SDM vol. 3, 17.3.1.4). */
void helper_single_step(CPUX86State *env)
{
    env->dr[6] |= DR6_BS;
    env->exception_index = EXCP_DB;
    env->error_code = 0;
    env->exception_is_int = 0;
    x86_loop_exit(env);
}

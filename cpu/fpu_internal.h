/* Private to the x87 helper files (cpu/fpu_*.c): the register stack, tags, and the way an
 * operation's exception flags enter the status word. ST(i) is physical register
 * (TOP + i) mod 8 (SDM vol. 1, 8.1.2); env->fpu_empty has one bit per physical register. */
#ifndef CPU_FPU_INTERNAL_H
#define CPU_FPU_INTERNAL_H

#include "cpu/cpu.h"
#include "cpu/fpu/softfloat.h"
#include "cpu/fpu_helper.h"

static inline unsigned fpu_phys(const CPUX86State *env, int i)
{
    return (env->fpu_top + (unsigned)i) & 7;
}

static inline bool fpu_empty(const CPUX86State *env, int i)
{
    return (env->fpu_empty >> fpu_phys(env, i)) & 1;
}

static inline sf_f80 fpu_get(const CPUX86State *env, int i)
{
    const X86FPReg *r = &env->fpregs[fpu_phys(env, i)];
    return sf_f80_make(r->se, r->sig);
}

/* Writes ST(i) and tags it non-empty. */
static inline void fpu_set(CPUX86State *env, int i, sf_f80 v)
{
    unsigned p = fpu_phys(env, i);
    env->fpregs[p].sig = v.sig;
    env->fpregs[p].se = v.se;
    env->fpu_empty &= (uint8_t)~(1u << p);
}

static inline void fpu_pop(CPUX86State *env)
{
    env->fpu_empty |= (uint8_t)(1u << env->fpu_top);
    env->fpu_top = (env->fpu_top + 1) & 7;
}

static inline void fpu_push(CPUX86State *env, sf_f80 v)
{
    env->fpu_top = (env->fpu_top - 1) & 7;
    fpu_set(env, 0, v);
}

/* A push finds ST(7) in use: stack overflow (8.5.1.1). */
static inline bool fpu_push_overflows(const CPUX86State *env)
{
    return !fpu_empty(env, 7);
}

/* The QNaN floating-point indefinite (SDM vol. 1, 4.8.3.7, table 4-3). */
static inline sf_f80 fpu_indefinite(void)
{
    return sf_f80_make(SF_F80_DEFAULT_NAN_SE, SF_F80_DEFAULT_NAN_SIG);
}

static inline bool fpu_ie_masked(const CPUX86State *env)
{
    return env->fpu_cw & FPUC_IM;
}

static inline void fpu_set_cc(CPUX86State *env, uint16_t mask, uint16_t val)
{
    env->fpu_sw = (uint16_t)((env->fpu_sw & ~mask) | (val & mask));
}

static inline void fpu_set_c1(CPUX86State *env, bool c1)
{
    fpu_set_cc(env, FPUS_C1, c1 ? FPUS_C1 : 0);
}

/* Exception flags into the status word; an unmasked one also sets the summary ES and
 * busy B bits, and #MF (or FERR#) follows at the next waiting instruction (8.7). */
static inline void fpu_merge_flags(CPUX86State *env, unsigned flags)
{
    flags &= SF_FLAG_ALL;
    env->fpu_sw |= (uint16_t)flags;
    if (flags & ~env->fpu_cw & FPUC_EXC_MASKS)
        env->fpu_sw |= FPUS_ES | FPUS_B;
}

/* Stack overflow or underflow: #IS, an invalid-operation exception with SF set and C1
 * telling which (8.5.1.1). Returns true when IE is masked: the instruction then goes on
 * with the indefinite as its result; false: nothing else changes. */
static inline bool fpu_stack_fault(CPUX86State *env, bool overflow)
{
    fpu_set_c1(env, overflow);
    env->fpu_sw |= FPUS_SF;
    fpu_merge_flags(env, SF_FLAG_INVALID);
    return fpu_ie_masked(env);
}

/* An unmasked exception that stops the instruction before it writes anything: #I, #D, #Z
 * for register results (8.5.1-8.5.3); for memory destinations also #O and #U (8.5.4,
 * 8.5.5: "the destination operand and TOP remain unchanged"). */
#define FPU_PRE_EXC (SF_FLAG_INVALID | SF_FLAG_DENORMAL | SF_FLAG_DIVZERO)
#define FPU_MEM_EXC (FPU_PRE_EXC | SF_FLAG_OVERFLOW | SF_FLAG_UNDERFLOW)
static inline bool fpu_blocked(const sf_status *st, unsigned which)
{
    return (st->flags & st->traps & which) != 0;
}

/* Merges an operation's flags into SW; true when an unmasked #I/#D/#Z stopped it, and
 * then the later flags (#O #U #P) of the result that was never delivered are dropped (as
 * the host CPU does). */
static inline bool fpu_merge_status(CPUX86State *env, const sf_status *st)
{
    if (fpu_blocked(st, FPU_PRE_EXC)) {
        fpu_merge_flags(env, st->flags & FPU_PRE_EXC);
        return true;
    }
    fpu_merge_flags(env, st->flags);
    return false;
}

static inline sf_status fpu_status(const CPUX86State *env)
{
    return sf_status_x87(env->fpu_cw);
}

/* Guest memory from the helpers (x86_ld/x86_st raise #PF/#GP precisely given ra). */
uint64_t fpu_ld(CPUX86State *env, uint64_t addr, int size, uintptr_t ra);
void fpu_st(CPUX86State *env, uint64_t addr, uint64_t val, int size, uintptr_t ra);
void fpu_ld_bytes(CPUX86State *env, uint64_t addr, uint8_t *buf, unsigned len, uintptr_t ra);
/* Stores len bytes after making sure every page they touch is writable, so that a fault
 * leaves memory untouched. */
void fpu_st_bytes(CPUX86State *env, uint64_t addr, const uint8_t *buf, unsigned len,
                  uintptr_t ra);

#endif

/* Integer helpers too bulky to inline in the IR: DIV/IDIV with #DE, the BCD adjusts,
 * and RCL/RCR (rotates through CF). Each follows the pseudo-code of its Intel SDM vol. 2
 * entry; flags leave as CC_OP_EFLAGS where the instruction defines them. */
#include "cpu/helper.h"

static void set_reg8(CPUX86State *env, int reg, uint64_t v)
{
    env->regs[reg] = (env->regs[reg] & ~0xffull) | (v & 0xff);
}

static void set_reg16(CPUX86State *env, int reg, uint64_t v)
{
    env->regs[reg] = (env->regs[reg] & ~0xffffull) | (v & 0xffff);
}

/* A 32-bit register write zero-extends into the 64-bit register (SDM vol. 1, 3.4.1.1). */
static void set_reg32(CPUX86State *env, int reg, uint64_t v)
{
    env->regs[reg] = (uint32_t)v;
}

static uint32_t cur_flags(CPUX86State *env)
{
    return helper_cc_compute_all(env->cc_dst, env->cc_src, env->cc_src2, env->cc_op);
}

static void set_flags(CPUX86State *env, uint32_t f)
{
    env->cc_src = f & CC_ALL;
    env->cc_op = CC_OP_EFLAGS;
}

static uint32_t zsp8(uint32_t v)
{
    uint32_t f = (__builtin_popcount(v & 0xff) & 1) ? 0 : CC_P;
    if ((v & 0xff) == 0)
        f |= CC_Z;
    if (v & 0x80)
        f |= CC_S;
    return f;
}

/* ---- DIV / IDIV (SDM vol. 2, DIV, IDIV): #DE on a zero divisor or a quotient that does
 * not fit the destination. Flags are undefined and left as they were. */

void helper_divb(CPUX86State *env, uint64_t src)
{
    uint32_t num = env->regs[R_EAX] & 0xffff;
    uint32_t den = src & 0xff;
    if (den == 0 || num / den > 0xff)
        x86_raise_exception_noerr(env, EXCP_DE, GETPC());
    set_reg8(env, R_EAX, num / den);
    env->regs[R_EAX] = (env->regs[R_EAX] & ~0xff00ull) | ((uint64_t)(num % den & 0xff) << 8);
}

void helper_divw(CPUX86State *env, uint64_t src)
{
    uint32_t num = (uint32_t)((env->regs[R_EDX] & 0xffff) << 16) |
                   (uint32_t)(env->regs[R_EAX] & 0xffff);
    uint32_t den = src & 0xffff;
    if (den == 0 || num / den > 0xffff)
        x86_raise_exception_noerr(env, EXCP_DE, GETPC());
    set_reg16(env, R_EAX, num / den);
    set_reg16(env, R_EDX, num % den);
}

void helper_divl(CPUX86State *env, uint64_t src)
{
    uint64_t num = ((env->regs[R_EDX] & 0xffffffffull) << 32) | (uint32_t)env->regs[R_EAX];
    uint64_t den = (uint32_t)src;
    if (den == 0 || num / den > 0xffffffffull)
        x86_raise_exception_noerr(env, EXCP_DE, GETPC());
    set_reg32(env, R_EAX, num / den);
    set_reg32(env, R_EDX, num % den);
}

/* RDX:RAX / src. The quotient fits in 64 bits exactly when RDX < src; RDX = 0 (the usual
 * case) is a 64-bit division, which the host does without a 128-bit library call. */
void helper_divq(CPUX86State *env, uint64_t src)
{
    uint64_t hi = env->regs[R_EDX], lo = env->regs[R_EAX];
    if (hi >= src) /* src == 0 included */
        x86_raise_exception_noerr(env, EXCP_DE, GETPC());
    if (hi == 0) {
        env->regs[R_EAX] = lo / src;
        env->regs[R_EDX] = lo % src;
        return;
    }
    unsigned __int128 num = ((unsigned __int128)hi << 64) | lo;
    uint64_t q = (uint64_t)(num / src);
    env->regs[R_EAX] = q;
    env->regs[R_EDX] = lo - q * src; /* the remainder, modulo 2^64 */
}

void helper_idivb(CPUX86State *env, uint64_t src)
{
    int32_t num = (int16_t)env->regs[R_EAX];
    int32_t den = (int8_t)src;
    if (den == 0)
        x86_raise_exception_noerr(env, EXCP_DE, GETPC());
    int32_t q = num / den;
    if (q != (int8_t)q)
        x86_raise_exception_noerr(env, EXCP_DE, GETPC());
    set_reg8(env, R_EAX, (uint32_t)q);
    env->regs[R_EAX] = (env->regs[R_EAX] & ~0xff00ull) | ((uint64_t)((num % den) & 0xff) << 8);
}

void helper_idivw(CPUX86State *env, uint64_t src)
{
    int32_t num = (int32_t)(((uint32_t)env->regs[R_EDX] & 0xffff) << 16 |
                            ((uint32_t)env->regs[R_EAX] & 0xffff));
    int32_t den = (int16_t)src;
    /* INT32_MIN / -1 cannot occur with a 16-bit quotient check done in 64 bits. */
    if (den == 0)
        x86_raise_exception_noerr(env, EXCP_DE, GETPC());
    int64_t q = (int64_t)num / den;
    if (q != (int16_t)q)
        x86_raise_exception_noerr(env, EXCP_DE, GETPC());
    set_reg16(env, R_EAX, (uint64_t)q);
    set_reg16(env, R_EDX, (uint64_t)((int64_t)num % den));
}

void helper_idivl(CPUX86State *env, uint64_t src)
{
    int64_t num = (int64_t)(((env->regs[R_EDX] & 0xffffffffull) << 32) |
                            (uint32_t)env->regs[R_EAX]);
    int64_t den = (int32_t)src;
    if (den == 0)
        x86_raise_exception_noerr(env, EXCP_DE, GETPC());
    __int128 q = (__int128)num / den; /* 128-bit: INT64_MIN / -1 is defined here */
    if (q != (int32_t)q)
        x86_raise_exception_noerr(env, EXCP_DE, GETPC());
    set_reg32(env, R_EAX, (uint64_t)q);
    set_reg32(env, R_EDX, (uint64_t)((__int128)num % den));
}

void helper_idivq(CPUX86State *env, uint64_t src)
{
    __int128 num = (__int128)(((unsigned __int128)env->regs[R_EDX] << 64) | env->regs[R_EAX]);
    int64_t den = (int64_t)src;
    if (den == 0)
        x86_raise_exception_noerr(env, EXCP_DE, GETPC());
    /* RDX the sign extension of RAX (CQO): a 64-bit division, whose one overflow is
     * INT64_MIN / -1. */
    int64_t lo = (int64_t)env->regs[R_EAX];
    if ((int64_t)env->regs[R_EDX] == (lo >> 63)) {
        if (lo == INT64_MIN && den == -1)
            x86_raise_exception_noerr(env, EXCP_DE, GETPC());
        env->regs[R_EAX] = (uint64_t)(lo / den);
        env->regs[R_EDX] = (uint64_t)(lo % den);
        return;
    }
    /* The only overflowing __int128 division is its minimum by -1, which is also out of
     * the 64-bit quotient range. */
    if (den == -1 && num == (__int128)((unsigned __int128)1 << 127))
        x86_raise_exception_noerr(env, EXCP_DE, GETPC());
    __int128 q = num / den;
    if (q != (int64_t)q)
        x86_raise_exception_noerr(env, EXCP_DE, GETPC());
    env->regs[R_EAX] = (uint64_t)q;
    env->regs[R_EDX] = (uint64_t)(num % den);
}

/* ---- BCD adjusts (SDM vol. 2, DAA DAS AAA AAS AAM AAD). Flags the SDM leaves undefined
 * are reported clear. */

void helper_daa(CPUX86State *env)
{
    uint32_t f = cur_flags(env);
    uint32_t al = env->regs[R_EAX] & 0xff, old_al = al;
    bool old_cf = f & CC_C;
    uint32_t nf = 0;
    if ((al & 0xf) > 9 || (f & CC_A)) {
        al += 6;
        if (old_cf || al > 0xff)
            nf |= CC_C;
        nf |= CC_A;
        al &= 0xff;
    }
    if (old_al > 0x99 || old_cf) {
        al = (al + 0x60) & 0xff;
        nf |= CC_C;
    } else {
        nf &= ~CC_C;
    }
    set_reg8(env, R_EAX, al);
    set_flags(env, nf | zsp8(al));
}

void helper_das(CPUX86State *env)
{
    uint32_t f = cur_flags(env);
    uint32_t al = env->regs[R_EAX] & 0xff, old_al = al;
    bool old_cf = f & CC_C;
    uint32_t nf = 0;
    if ((al & 0xf) > 9 || (f & CC_A)) {
        if (old_cf || al < 6)
            nf |= CC_C;
        al = (al - 6) & 0xff;
        nf |= CC_A;
    }
    if (old_al > 0x99 || old_cf) {
        al = (al - 0x60) & 0xff;
        nf |= CC_C;
    }
    set_reg8(env, R_EAX, al);
    set_flags(env, nf | zsp8(al));
}

void helper_aaa(CPUX86State *env)
{
    uint32_t f = cur_flags(env);
    uint32_t ax = env->regs[R_EAX] & 0xffff;
    uint32_t nf = 0;
    if ((ax & 0xf) > 9 || (f & CC_A)) {
        ax += 0x106;
        nf = CC_A | CC_C;
    }
    ax &= 0xff0f;
    set_reg16(env, R_EAX, ax);
    /* OF SF ZF PF undefined: reported from AL like a logic op. */
    set_flags(env, nf | zsp8(ax & 0xff));
}

void helper_aas(CPUX86State *env)
{
    uint32_t f = cur_flags(env);
    uint32_t ax = env->regs[R_EAX] & 0xffff;
    uint32_t nf = 0;
    if ((ax & 0xf) > 9 || (f & CC_A)) {
        /* P6 and later borrow from AL into AH: AX - 6, then AH - 1 (current SDM). */
        ax = (ax - 6) & 0xffff;
        ax = (ax - 0x100) & 0xffff;
        nf = CC_A | CC_C;
    }
    ax &= 0xff0f;
    set_reg16(env, R_EAX, ax);
    set_flags(env, nf | zsp8(ax & 0xff));
}

void helper_aam(CPUX86State *env, uint32_t base)
{
    uint32_t al = env->regs[R_EAX] & 0xff;
    base &= 0xff;
    if (base == 0)
        x86_raise_exception_noerr(env, EXCP_DE, GETPC());
    uint32_t ax = ((al / base) << 8) | (al % base);
    set_reg16(env, R_EAX, ax);
    set_flags(env, zsp8(ax & 0xff));
}

void helper_aad(CPUX86State *env, uint32_t base)
{
    uint32_t al = env->regs[R_EAX] & 0xff, ah = (env->regs[R_EAX] >> 8) & 0xff;
    uint32_t nal = (al + ah * (base & 0xff)) & 0xff;
    set_reg16(env, R_EAX, nal);
    set_flags(env, zsp8(nal));
}

/* ---- RCL / RCR (SDM vol. 2, RCL/RCR/ROL/ROR). count is already masked to 5 bits (6 for
 * 64-bit operands); 8- and 16-bit rotates then go modulo 9 and 17. With a zero masked
 * count no flag changes. OF is defined for count 1; for other counts we produce
 * MSB(result) XOR CF (RCL) and the XOR of the result's two top bits (RCR). */

uint64_t helper_rcl(CPUX86State *env, uint64_t value, uint64_t count, uint32_t size)
{
    uint32_t f = cur_flags(env);
    unsigned bits = size * 8;
    uint64_t sign = 1ull << (bits - 1);
    uint64_t mask = bits == 64 ? ~0ull : (1ull << bits) - 1;
    unsigned n = (unsigned)count;
    value &= mask;
    if (n == 0) {
        set_flags(env, f);
        return value;
    }
    if (bits < 32)
        n %= bits + 1;
    uint64_t cf = (f & CC_C) ? 1 : 0;
    while (n--) {
        uint64_t out = (value & sign) ? 1 : 0;
        value = ((value << 1) | cf) & mask;
        cf = out;
    }
    f &= ~(CC_C | CC_O);
    if (cf)
        f |= CC_C;
    if (((value & sign) != 0) != (cf != 0))
        f |= CC_O;
    set_flags(env, f);
    return value;
}

uint64_t helper_rcr(CPUX86State *env, uint64_t value, uint64_t count, uint32_t size)
{
    uint32_t f = cur_flags(env);
    unsigned bits = size * 8;
    uint64_t sign = 1ull << (bits - 1);
    uint64_t mask = bits == 64 ? ~0ull : (1ull << bits) - 1;
    unsigned n = (unsigned)count;
    value &= mask;
    if (n == 0) {
        set_flags(env, f);
        return value;
    }
    if (bits < 32)
        n %= bits + 1;
    uint64_t cf = (f & CC_C) ? 1 : 0;
    while (n--) {
        uint64_t out = value & 1;
        value = (value >> 1) | (cf ? sign : 0);
        cf = out;
    }
    f &= ~(CC_C | CC_O);
    if (cf)
        f |= CC_C;
    if ((value ^ (value << 1)) & sign)
        f |= CC_O;
    set_flags(env, f);
    return value;
}

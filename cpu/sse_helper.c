/* MMX/SSE state and the small helpers: the SIMD floating-point exception rules and MXCSR
 * (LDMXCSR), PTEST, CRC32, MASKMOVQ/MASKMOVDQU, the pending-x87-exception check
 * of MMX instructions. SDM vol. 1, 9.5-9.6 (MMX and x87), 10.2.3 (MXCSR), 11.5 (SIMD
 * floating-point exceptions). Reset values and the FXSAVE image are the x87 helper's
 * (cpu/fpu_helper.h). */
#include "cpu/helper.h"
#include "cpu/sse_helper.h"

_Noreturn void sse_raise_simd(CPUX86State *env, uintptr_t ra)
{
    x86_raise_exception(env, (env->cr[4] & CR4_OSXMMEXCPT) ? EXCP_XM : EXCP_UD, 0, ra);
}

void sse_fp_finish_flags(CPUX86State *env, unsigned pre, unsigned all, uintptr_t ra)
{
    unsigned unmasked = ~(env->mxcsr >> 7) & MXCSR_FLAGS;
    if (pre & unmasked) {
        env->mxcsr |= pre;
        sse_raise_simd(env, ra);
    }
    env->mxcsr |= all & MXCSR_FLAGS;
    if (all & unmasked)
        sse_raise_simd(env, ra);
}

/* LDMXCSR (SDM vol. 2): #GP(0) when a reserved bit (not in MXCSR_MASK) is set. Loading
 * flags whose exceptions are unmasked raises nothing until the next SSE operation. */
void helper_ldmxcsr(CPUX86State *env, uint32_t val)
{
    if (val & ~X86_MXCSR_MASK)
        x86_raise_exception(env, EXCP_GP, 0, GETPC());
    env->mxcsr = val;
}

/* PTEST (SDM vol. 2): ZF = (d AND s) == 0, CF = (NOT d AND s) == 0, the other arithmetic
 * flags cleared. Returns the CC_* bits. */
uint64_t helper_sse_ptest(CPUX86State *env, uint32_t d, uint32_t s)
{
    X86XMMReg a, b;
    sse_get(env, d, &a, 16);
    sse_get(env, s, &b, 16);
    uint64_t f = 0;
    if (!((a.q[0] & b.q[0]) | (a.q[1] & b.q[1])))
        f |= CC_Z;
    if (!((~a.q[0] & b.q[0]) | (~a.q[1] & b.q[1])))
        f |= CC_C;
    return f;
}

/* CRC32 (SDM vol. 2): CRC-32C, polynomial 11EDC6F41H, bit-reflected, no inversion; the
 * source bytes in memory order. */
uint32_t sse_crc32c(uint32_t crc, uint64_t val, int bytes)
{
    for (int i = 0; i < bytes; i++) {
        crc ^= (uint8_t)(val >> (8 * i));
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ ((crc & 1) ? 0x82F63B78u : 0);
    }
    return crc;
}

uint64_t helper_crc32(uint64_t crc, uint64_t val, uint32_t bytes)
{
    return sse_crc32c((uint32_t)crc, val, (int)bytes);
}

/* MASKMOVQ / MASKMOVDQU: the bytes of data whose mask byte has bit 7 set are stored at
 * addr (DS:rDI, linear). Each byte is a separate store. */
void helper_sse_maskmov(CPUX86State *env, uint32_t data, uint32_t mask, uint64_t addr,
                        uint32_t bytes)
{
    uintptr_t ra = GETPC();
    X86XMMReg v, m;
    sse_get(env, data, &v, 16);
    sse_get(env, mask, &m, 16);
    uint64_t amask = (env->hflags & HF_CODE64_MASK) ? ~0ull : 0xFFFFFFFFull;
    for (uint32_t i = 0; i < bytes && i < 16; i++)
        if (m.b[i] & 0x80)
            x86_st(env, (addr + i) & amask, v.b[i], MO_8, x86_mmu_index(env), ra);
}

/* A 16-byte store that crosses a page (unaligned moves only): its first access is the
 * 8 bytes straddling the boundary, so either both pages are writable and everything is
 * stored, or it faults with nothing written (the hardware stores all or nothing). */
void helper_sse_st16(CPUX86State *env, uint64_t addr, uint64_t lo, uint64_t hi)
{
    uintptr_t ra = GETPC();
    int idx = x86_mmu_index(env);
    uint64_t amask = (env->hflags & HF_CODE64_MASK) ? ~0ull : 0xFFFFFFFFull;
    unsigned first = TCG_PAGE_SIZE - (unsigned)(addr & (TCG_PAGE_SIZE - 1)); /* 1..15 */
    unsigned o = first < 4 ? 0 : first > 12 ? 8 : first - 4;
    uint8_t b[16];
    for (int i = 0; i < 8; i++) {
        b[i] = (uint8_t)(lo >> (8 * i));
        b[8 + i] = (uint8_t)(hi >> (8 * i));
    }
    uint64_t mid = 0;
    for (int i = 7; i >= 0; i--)
        mid = (mid << 8) | b[o + (unsigned)i];
    x86_st(env, (addr + o) & amask, mid, MO_64, idx, ra);
    x86_st(env, addr, lo, MO_64, idx, ra);
    x86_st(env, (addr + 8) & amask, hi, MO_64, idx, ra);
}

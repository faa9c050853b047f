/* cpu/sse_host.h. */
#include "cpu/sse_host.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>

/* Operands are loaded as their two halves: env's registers and the helpers' copies are
 * written 8 bytes at a time, and one 16-byte load of those stalls store forwarding. */
static inline __m128i load_halves(const X86XMMReg *v)
{
    return _mm_set_epi64x((long long)v->q[1], (long long)v->q[0]);
}

static int host_has(int which)
{
    static int sse42 = -1, ssse3 = -1;
    if (sse42 < 0) {
        __builtin_cpu_init();
        sse42 = __builtin_cpu_supports("sse4.2");
        ssse3 = __builtin_cpu_supports("ssse3");
    }
    return which ? sse42 : ssse3;
}

/* The immediate of PCMPxSTRM must be a constant: one case per value of imm8 bits 5:0
 * (format, aggregation, polarity); bit 6 only chooses the form of the output. */
#define PCMP_CASE(i)                                                              \
    case i:                                                                       \
        if (explicit_len_form) {                                                  \
            m = _mm_cmpestrm(va, la, vb, lb, i);                                  \
        } else {                                                                  \
            m = _mm_cmpistrm(va, vb, i);                                          \
            z = _mm_cmpistrz(va, vb, i);                                          \
            s = _mm_cmpistrs(va, vb, i);                                          \
        }                                                                         \
        break;
#define PCMP_CASE8(i)                                                             \
    PCMP_CASE(i) PCMP_CASE(i + 1) PCMP_CASE(i + 2) PCMP_CASE(i + 3)               \
    PCMP_CASE(i + 4) PCMP_CASE(i + 5) PCMP_CASE(i + 6) PCMP_CASE(i + 7)

__attribute__((target("sse4.2")))
static uint32_t host_pcmpstrm(__m128i va, __m128i vb, int la, int lb, unsigned imm,
                              bool explicit_len_form, int *zf, int *sf)
{
    __m128i m = _mm_setzero_si128();
    int z = 0, s = 0;
    switch (imm & 0x3f) {
    PCMP_CASE8(0) PCMP_CASE8(8) PCMP_CASE8(16) PCMP_CASE8(24)
    PCMP_CASE8(32) PCMP_CASE8(40) PCMP_CASE8(48) PCMP_CASE8(56)
    }
    *zf = z;
    *sf = s;
    return (uint32_t)_mm_cvtsi128_si32(m) & 0xffffu;
}

bool sse_host_pcmpstr(const X86XMMReg *a, const X86XMMReg *b, int la, int lb, unsigned imm,
                      bool explicit_len_form, uint32_t *res, uint32_t *flags)
{
    if (!host_has(1))
        return false;
    const int ub = (imm & 1) ? 8 : 16;
    int z, s;
    uint32_t r = host_pcmpstrm(load_halves(a), load_halves(b), la, lb, imm, explicit_len_form,
                               &z, &s);
    if (explicit_len_form) {
        z = lb < ub;
        s = la < ub;
    }
    *res = r;
    *flags = (r ? CC_C : 0) | (z ? CC_Z : 0) | (s ? CC_S : 0) | ((r & 1) ? CC_O : 0);
    return true;
}

__attribute__((target("ssse3")))
static __m128i host_shuffle(__m128i a, __m128i b)
{
    return _mm_shuffle_epi8(a, b);
}

bool sse_host_pshufb(X86XMMReg *r, const X86XMMReg *a, const X86XMMReg *b)
{
    if (!host_has(0))
        return false;
    _mm_storeu_si128((__m128i *)r, host_shuffle(load_halves(a), load_halves(b)));
    return true;
}

#else

bool sse_host_pcmpstr(const X86XMMReg *a, const X86XMMReg *b, int la, int lb, unsigned imm,
                      bool explicit_len_form, uint32_t *res, uint32_t *flags)
{
    (void)a, (void)b, (void)la, (void)lb, (void)imm, (void)explicit_len_form;
    (void)res, (void)flags;
    return false;
}

bool sse_host_pshufb(X86XMMReg *r, const X86XMMReg *a, const X86XMMReg *b)
{
    (void)r, (void)a, (void)b;
    return false;
}

#endif

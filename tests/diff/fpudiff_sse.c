/* fpudiff: SSE/SSE2/SSE4.1 scalar operations on float32 and float64 under every MXCSR
 * rounding mode with FTZ and DAZ on and off: arithmetic, MIN/MAX, (U)COMIS*, conversions
 * between the formats and to/from integers, ROUNDSS/ROUNDSD. Results and MXCSR flags are
 * compared bit for bit. */
#include <stdio.h>

#include "tests/diff/fpudiff.h"

#define FLAGS(mx) ((uint8_t)((mx) & SF_FLAG_ALL))
#define U64(x) ((unsigned long long)(x))

typedef sf_f32 (*f32_binop)(sf_f32, sf_f32, sf_status *);
typedef sf_f64 (*f64_binop)(sf_f64, sf_f64, sf_status *);

static sf_f32 soft_sqrt32(sf_f32 a, sf_f32 b, sf_status *s)
{
    (void)a;
    return sf_f32_sqrt(b, s);
}

static sf_f64 soft_sqrt64(sf_f64 a, sf_f64 b, sf_status *s)
{
    (void)a;
    return sf_f64_sqrt(b, s);
}

static const struct {
    const char *name32, *name64;
    int op;
    f32_binop soft32;
    f64_binop soft64;
} binops[] = {
    { "sse addss", "sse addsd", FD_SSE_ADD, sf_f32_add, sf_f64_add },
    { "sse subss", "sse subsd", FD_SSE_SUB, sf_f32_sub, sf_f64_sub },
    { "sse mulss", "sse mulsd", FD_SSE_MUL, sf_f32_mul, sf_f64_mul },
    { "sse divss", "sse divsd", FD_SSE_DIV, sf_f32_div, sf_f64_div },
    { "sse sqrtss", "sse sqrtsd", FD_SSE_SQRT, soft_sqrt32, soft_sqrt64 },
    { "sse minss", "sse minsd", FD_SSE_MIN, sf_f32_min, sf_f64_min },
    { "sse maxss", "sse maxsd", FD_SSE_MAX, sf_f32_max, sf_f64_max },
};

static void run_binops(unsigned count)
{
    for (size_t k = 0; k < sizeof(binops) / sizeof(binops[0]); k++) {
        for (unsigned i = 0; i < count; i++) {
            uint32_t mx = fd_gen_mxcsr();
            sf_f32 a = fd_gen_f32(), b = fd_below(2) ? fd_near_f32(a) : fd_gen_f32(), h;
            uint32_t out = fd_sse32(binops[k].op, mx, a, b, &h);
            sf_status st = sf_status_sse(mx);
            sf_f32 r = binops[k].soft32(a, b, &st);
            fd_check(binops[k].name32, r == h && FLAGS(out) == st.flags,
                     "mxcsr %04x a %08x b %08x -> host %08x mxcsr %04x, soft %08x flags %02x",
                     mx, a, b, h, out, r, st.flags);
        }
        for (unsigned i = 0; i < count; i++) {
            uint32_t mx = fd_gen_mxcsr();
            sf_f64 a = fd_gen_f64(), b = fd_below(2) ? fd_near_f64(a) : fd_gen_f64(), h;
            uint32_t out = fd_sse64(binops[k].op, mx, a, b, &h);
            sf_status st = sf_status_sse(mx);
            sf_f64 r = binops[k].soft64(a, b, &st);
            fd_check(binops[k].name64, r == h && FLAGS(out) == st.flags,
                     "mxcsr %04x a %016llx b %016llx -> host %016llx mxcsr %04x, soft %016llx "
                     "flags %02x", mx, U64(a), U64(b), U64(h), out, U64(r), st.flags);
        }
    }
}

static void run_compare(unsigned count)
{
    for (int quiet = 0; quiet < 2; quiet++) {
        for (unsigned i = 0; i < count; i++) {
            uint32_t mx = fd_gen_mxcsr();
            int hrel, rel;
            sf_f32 a = fd_gen_f32(), b = fd_below(2) ? fd_near_f32(a) : fd_gen_f32();
            uint32_t out = fd_sse_cmp32(quiet, mx, a, b, &hrel);
            sf_status st = sf_status_sse(mx);
            rel = sf_f32_compare(a, b, quiet, &st);
            fd_check(quiet ? "sse ucomiss" : "sse comiss", rel == hrel && FLAGS(out) == st.flags,
                     "mxcsr %04x a %08x b %08x -> host %d mxcsr %04x, soft %d flags %02x", mx,
                     a, b, hrel, out, rel, st.flags);

            sf_f64 c = fd_gen_f64(), d = fd_below(2) ? fd_near_f64(c) : fd_gen_f64();
            out = fd_sse_cmp64(quiet, mx, c, d, &hrel);
            st = sf_status_sse(mx);
            rel = sf_f64_compare(c, d, quiet, &st);
            fd_check(quiet ? "sse ucomisd" : "sse comisd", rel == hrel && FLAGS(out) == st.flags,
                     "mxcsr %04x a %016llx b %016llx -> host %d mxcsr %04x, soft %d flags %02x",
                     mx, U64(c), U64(d), hrel, out, rel, st.flags);
        }
    }
}

static int64_t soft_to_int(bool dbl, int bits, bool trunc, uint64_t a, sf_status *st)
{
    if (dbl) {
        if (bits == 32)
            return trunc ? sf_f64_to_i32_trunc(a, st) : sf_f64_to_i32(a, st);
        return trunc ? sf_f64_to_i64_trunc(a, st) : sf_f64_to_i64(a, st);
    }
    if (bits == 32)
        return trunc ? sf_f32_to_i32_trunc((sf_f32)a, st) : sf_f32_to_i32((sf_f32)a, st);
    return trunc ? sf_f32_to_i64_trunc((sf_f32)a, st) : sf_f32_to_i64((sf_f32)a, st);
}

/* Operands of float -> int conversions: mostly around the integer ranges. */
static uint64_t int_operand(bool dbl, int bits)
{
    sf_status st = sf_status_sse(0x1f80);
    if (fd_below(3) == 0)
        return dbl ? fd_gen_f64() : fd_gen_f32();
    sf_f80 v = fd_f80_in(-3, bits + 1, -1);
    st.round = SF_ROUND_ZERO;
    return dbl ? sf_f80_to_f64(v, &st) : sf_f80_to_f32(v, &st);
}

static void run_convert(unsigned count)
{
    for (unsigned i = 0; i < count; i++) {
        uint32_t mx = fd_gen_mxcsr();
        sf_f32 a = fd_gen_f32(), h32, r32;
        sf_f64 b = fd_gen_f64(), h64, r64;
        uint32_t out = fd_sse_cvt_s2d(mx, a, &h64);
        sf_status st = sf_status_sse(mx);
        r64 = sf_f32_to_f64(a, &st);
        fd_check("sse cvtss2sd", r64 == h64 && FLAGS(out) == st.flags,
                 "mxcsr %04x a %08x -> host %016llx mxcsr %04x, soft %016llx flags %02x", mx, a,
                 U64(h64), out, U64(r64), st.flags);
        out = fd_sse_cvt_d2s(mx, b, &h32);
        st = sf_status_sse(mx);
        r32 = sf_f64_to_f32(b, &st);
        fd_check("sse cvtsd2ss", r32 == h32 && FLAGS(out) == st.flags,
                 "mxcsr %04x a %016llx -> host %08x mxcsr %04x, soft %08x flags %02x", mx,
                 U64(b), h32, out, r32, st.flags);

        bool dbl = fd_below(2), trunc = fd_below(2);
        int bits = fd_below(2) ? 32 : 64;
        uint64_t v = int_operand(dbl, bits);
        int64_t hi, ri;
        out = dbl ? fd_sse_cvt_d2i(bits, trunc, mx, v, &hi)
                  : fd_sse_cvt_s2i(bits, trunc, mx, (sf_f32)v, &hi);
        st = sf_status_sse(mx);
        ri = soft_to_int(dbl, bits, trunc, v, &st);
        fd_check("sse cvt(t)s?2si", hi == ri && FLAGS(out) == st.flags,
                 "%s%s->i%d mxcsr %04x a %016llx -> host %lld mxcsr %04x, soft %lld flags %02x",
                 trunc ? "t" : "", dbl ? "sd" : "ss", bits, mx, U64(v), (long long)hi, out,
                 (long long)ri, st.flags);

        int64_t n = (int64_t)(fd_rand() >> fd_below(64));
        if (fd_below(2))
            n = (int64_t)(0 - (uint64_t)n);
        if (bits == 32)
            n = (int32_t)n;
        st = sf_status_sse(mx);
        if (dbl) {
            out = fd_sse_cvt_i2d(bits, mx, n, &h64);
            r64 = bits == 32 ? sf_i32_to_f64((int32_t)n, &st) : sf_i64_to_f64(n, &st);
            fd_check("sse cvtsi2sd", r64 == h64 && FLAGS(out) == st.flags,
                     "i%d %lld -> host %016llx mxcsr %04x, soft %016llx flags %02x", bits,
                     (long long)n, U64(h64), out, U64(r64), st.flags);
        } else {
            out = fd_sse_cvt_i2s(bits, mx, n, &h32);
            r32 = bits == 32 ? sf_i32_to_f32((int32_t)n, &st) : sf_i64_to_f32(n, &st);
            fd_check("sse cvtsi2ss", r32 == h32 && FLAGS(out) == st.flags,
                     "i%d %lld -> host %08x mxcsr %04x, soft %08x flags %02x", bits,
                     (long long)n, h32, out, r32, st.flags);
        }
    }
}

static void run_round(unsigned count)
{
    for (unsigned i = 0; i < count; i++) {
        uint32_t mx = fd_gen_mxcsr();
        int imm = (int)fd_below(16);
        int mode = imm & 4 ? (int)(mx >> 13) & 3 : imm & 3;
        bool quiet = imm & 8;
        uint64_t v = int_operand(false, 24);
        sf_f32 h32, r32;
        uint32_t out = fd_sse_round32(imm, mx, (sf_f32)v, &h32);
        sf_status st = sf_status_sse(mx);
        r32 = sf_f32_round_to_int((sf_f32)v, mode, quiet, &st);
        fd_check("sse roundss", r32 == h32 && FLAGS(out) == st.flags,
                 "imm %d mxcsr %04x a %08x -> host %08x mxcsr %04x, soft %08x flags %02x", imm,
                 mx, (sf_f32)v, h32, out, r32, st.flags);
        v = int_operand(true, 53);
        sf_f64 h64, r64;
        out = fd_sse_round64(imm, mx, v, &h64);
        st = sf_status_sse(mx);
        r64 = sf_f64_round_to_int(v, mode, quiet, &st);
        fd_check("sse roundsd", r64 == h64 && FLAGS(out) == st.flags,
                 "imm %d mxcsr %04x a %016llx -> host %016llx mxcsr %04x, soft %016llx flags "
                 "%02x", imm, mx, U64(v), U64(h64), out, U64(r64), st.flags);
    }
}

void fd_run_sse(unsigned count)
{
    run_binops(count);
    run_compare(count);
    run_convert(count);
    run_round(count);
}

/* fpudiff: x87 operations — arithmetic under every precision and rounding control,
 * remainders, FRNDINT, FSCALE, FXTRACT, compares, FXAM, constants and the loads/stores
 * that convert (m32, m64, integers, packed BCD). Results, exception flags and the
 * condition codes an instruction defines are compared with the host's. */
#include <stdio.h>
#include <string.h>

#include "tests/diff/fpudiff.h"

#define FLAGS(sw) ((uint8_t)((sw) & SF_FLAG_ALL))
#define HEX80(x) (x).se, (unsigned long long)(x).sig

typedef sf_f80 (*f80_binop)(sf_f80, sf_f80, sf_status *);

static sf_f80 soft_sqrt(sf_f80 a, sf_f80 b, sf_status *s)
{
    (void)b;
    return sf_f80_sqrt(a, s);
}

static sf_f80 soft_rndint(sf_f80 a, sf_f80 b, sf_status *s)
{
    (void)b;
    return sf_f80_round_to_int(a, s);
}

static const struct {
    const char *name;
    int op;
    f80_binop soft;
    int second; /* 0 random, 1 close to the first, 2 small integer */
} binops[] = {
    { "x87 fadd", FD_X87_ADD, sf_f80_add, 1 },
    { "x87 fsub", FD_X87_SUB, sf_f80_sub, 1 },
    { "x87 fmul", FD_X87_MUL, sf_f80_mul, 0 },
    { "x87 fdiv", FD_X87_DIV, sf_f80_div, 1 },
    { "x87 fsqrt", FD_X87_SQRT, soft_sqrt, 0 },
    { "x87 frndint", FD_X87_RNDINT, soft_rndint, 0 },
    { "x87 fscale", FD_X87_SCALE, sf_f80_scale, 2 },
};

static sf_f80 second_operand(int kind, sf_f80 a)
{
    if (kind == 1 && fd_below(2))
        return fd_near_f80(a);
    if (kind == 2 && fd_below(4))
        return fd_f80_in(-2, 15, -1);
    return fd_gen_f80();
}

static void run_binops(unsigned count)
{
    for (size_t k = 0; k < sizeof(binops) / sizeof(binops[0]); k++) {
        for (unsigned i = 0; i < count; i++) {
            uint16_t cw = fd_gen_cw();
            sf_f80 a = fd_gen_f80(), b = second_operand(binops[k].second, a), h, h1;
            if (binops[k].op == FD_X87_RNDINT && fd_below(2))
                a = fd_f80_in(-3, 64, -1);
            uint16_t sw = fd_x87(binops[k].op, cw, a, b, &h, &h1);
            sf_status st = sf_status_x87(cw);
            sf_f80 r = binops[k].soft(a, b, &st);
            bool ok = fd_f80_eq(r, h) && FLAGS(sw) == st.flags && !!(sw & SF_C1) == st.c1;
            fd_check(binops[k].name, ok,
                     "cw %04x a %04x:%016llx b %04x:%016llx -> host %04x:%016llx sw %04x, "
                     "soft %04x:%016llx flags %02x c1 %d",
                     cw, HEX80(a), HEX80(b), HEX80(h), sw, HEX80(r), st.flags, st.c1);
        }
    }
}

/* FADD..FDIVR and FCOM with m32fp/m64fp operands. */
static void run_memops(unsigned count)
{
    static const char *names[7] = { "x87 fadd m", "x87 fsub m", "x87 fsubr m", "x87 fmul m",
                                    "x87 fdiv m", "x87 fdivr m", "x87 fcom m" };
    for (unsigned i = 0; i < count; i++) {
        int op = (int)fd_below(7), bits = fd_below(2) ? 32 : 64;
        uint16_t cw = fd_gen_cw();
        sf_f80 a = fd_gen_f80(), h, r;
        uint64_t m = bits == 32 ? fd_gen_f32() : fd_gen_f64();
        uint16_t sw = fd_x87_mem(op == 6 ? -1 : op, bits, cw, a, m, &h);
        sf_status st = sf_status_x87(cw);
        bool ok;
        if (op == 6) {
            int rel = bits == 32 ? sf_f80_compare_f32(a, (sf_f32)m, false, &st)
                                 : sf_f80_compare_f64(a, m, false, &st);
            static const uint16_t cc[4] = { SF_C0, SF_C3, 0, SF_C0 | SF_C2 | SF_C3 };
            r = a;
            ok = (sw & (SF_C0 | SF_C1 | SF_C2 | SF_C3)) == cc[rel];
        } else {
            r = bits == 32 ? sf_f80_arith_f32(op, a, (sf_f32)m, &st)
                           : sf_f80_arith_f64(op, a, m, &st);
            ok = !!(sw & SF_C1) == st.c1;
        }
        ok = ok && fd_f80_eq(r, h) && FLAGS(sw) == st.flags;
        fd_check(names[op], ok,
                 "m%d cw %04x st0 %04x:%016llx m %016llx -> host %04x:%016llx sw %04x, soft "
                 "%04x:%016llx flags %02x c1 %d",
                 bits, cw, HEX80(a), (unsigned long long)m, HEX80(h), sw, HEX80(r), st.flags,
                 st.c1);
    }
}

void fd_run_x87_arith(unsigned count)
{
    run_binops(count);
    run_memops(count);
}

/* Divisor for FPREM: exponent difference spread over 0..~200 and beyond. */
static sf_f80 prem_divisor(sf_f80 a)
{
    int ea = (a.se & 0x7fff) - 16383;
    switch (fd_below(4)) {
    case 0: return fd_gen_f80();
    case 1: return fd_near_f80(a);
    default: {
        int lo = ea - 200, hi = ea + 2;
        if (lo < -16382)
            lo = -16382;
        if (hi > 16383)
            hi = 16383;
        if (lo > hi)
            lo = hi;
        return fd_f80_in(lo, hi, -1);
    }
    }
}

static void run_prem(unsigned count)
{
    for (int ieee = 0; ieee < 2; ieee++) {
        const char *name = ieee ? "x87 fprem1" : "x87 fprem";
        for (unsigned i = 0; i < count; i++) {
            uint16_t cw = fd_gen_cw();
            sf_f80 a = fd_gen_f80(), b = prem_divisor(a), h, h1, r = a;
            uint16_t sw = fd_x87(ieee ? FD_X87_PREM1 : FD_X87_PREM, cw, a, b, &h, &h1);
            sf_status st = sf_status_x87(cw);
            uint16_t cc = sf_f80_fprem(&r, b, ieee, &st);
            bool ok = fd_f80_eq(r, h) && FLAGS(sw) == st.flags &&
                      (sw & (SF_C0 | SF_C1 | SF_C2 | SF_C3)) == cc;
            fd_check(name, ok,
                     "cw %04x a %04x:%016llx b %04x:%016llx -> host %04x:%016llx sw %04x, "
                     "soft %04x:%016llx flags %02x cc %04x",
                     cw, HEX80(a), HEX80(b), HEX80(h), sw, HEX80(r), st.flags, cc);
        }
    }
}

static void run_xtract(unsigned count)
{
    for (unsigned i = 0; i < count; i++) {
        uint16_t cw = fd_gen_cw();
        sf_f80 a = fd_gen_f80(), b = fd_gen_f80(), h0, h1, e, m;
        uint16_t sw = fd_x87(FD_X87_XTRACT, cw, a, b, &h0, &h1);
        sf_status st = sf_status_x87(cw);
        sf_f80_extract(a, &e, &m, &st);
        bool ok = fd_f80_eq(m, h0) && fd_f80_eq(e, h1) && FLAGS(sw) == st.flags;
        fd_check("x87 fxtract", ok,
                 "a %04x:%016llx -> host sig %04x:%016llx exp %04x:%016llx sw %04x, soft "
                 "sig %04x:%016llx exp %04x:%016llx flags %02x",
                 HEX80(a), HEX80(h0), HEX80(h1), sw, HEX80(m), HEX80(e), st.flags);
    }
}

static uint16_t cmp_cc(int rel)
{
    static const uint16_t cc[4] = { SF_C0, SF_C3, 0, SF_C0 | SF_C2 | SF_C3 };
    return cc[rel];
}

static void run_compare(unsigned count)
{
    for (int quiet = 0; quiet < 2; quiet++) {
        const char *name = quiet ? "x87 fucom" : "x87 fcom";
        for (unsigned i = 0; i < count; i++) {
            uint16_t cw = fd_gen_cw();
            sf_f80 a = fd_gen_f80(), b = fd_below(2) ? fd_near_f80(a) : fd_gen_f80(), h, h1;
            uint16_t sw = fd_x87(quiet ? FD_X87_UCOM : FD_X87_COM, cw, a, b, &h, &h1);
            sf_status st = sf_status_x87(cw);
            int rel = sf_f80_compare(a, b, quiet, &st);
            bool ok = (sw & (SF_C0 | SF_C1 | SF_C2 | SF_C3)) == cmp_cc(rel) &&
                      FLAGS(sw) == st.flags;
            fd_check(name, ok, "a %04x:%016llx b %04x:%016llx -> host sw %04x, soft rel %d "
                     "flags %02x", HEX80(a), HEX80(b), sw, rel, st.flags);
        }
    }
    for (unsigned i = 0; i < count; i++) {
        sf_f80 a = fd_gen_f80(), h, h1;
        uint16_t sw = fd_x87(FD_X87_XAM, 0x37f, a, a, &h, &h1);
        uint16_t cc = sf_f80_fxam(a);
        fd_check("x87 fxam", (sw & (SF_C0 | SF_C1 | SF_C2 | SF_C3)) == cc,
                 "a %04x:%016llx -> host sw %04x, soft %04x", HEX80(a), sw, cc);
    }
}

static void run_consts(void)
{
    for (int which = SF_CONST_L2T; which <= SF_CONST_LN2; which++) {
        for (int rc = 0; rc < 4; rc++) {
            uint16_t cw = (uint16_t)(0x37f | rc << 10);
            sf_f80 h, r;
            uint16_t sw = fd_x87_ldconst(which, cw, &h);
            sf_status st = sf_status_x87(cw);
            r = sf_f80_const(which, &st);
            fd_check("x87 fldconst", fd_f80_eq(r, h) && FLAGS(sw) == st.flags &&
                     !!(sw & SF_C1) == st.c1,
                     "const %d rc %d -> host %04x:%016llx sw %04x, soft %04x:%016llx flags "
                     "%02x c1 %d", which, rc, HEX80(h), sw, HEX80(r), st.flags, st.c1);
        }
    }
}

void fd_run_x87_misc(unsigned count)
{
    run_prem(count);
    run_xtract(count);
    run_compare(count);
    run_consts();
}

/* ---------------- conversions ---------------- */

static int64_t gen_int(int bits)
{
    unsigned k = fd_below((unsigned)bits);
    int64_t v;
    switch (fd_below(5)) {
    case 0: v = (int64_t)(fd_rand() >> (64 - k - 1)); break;
    case 1: v = (int64_t)((1ull << k) - fd_below(3)); break;
    case 2: v = fd_below(2) ? INT64_MIN >> (64 - bits) : ~(INT64_MIN >> (64 - bits)); break;
    default: v = (int64_t)fd_rand(); break;
    }
    if (fd_below(2))
        v = (int64_t)(0 - (uint64_t)v);
    return bits == 64 ? v : (int64_t)((uint64_t)v << (64 - bits)) >> (64 - bits);
}

/* Operands for FIST: mostly values near the integer ranges. */
static sf_f80 int_operand(int bits)
{
    if (fd_below(3) == 0)
        return fd_gen_f80();
    return fd_f80_in(-3, bits + 1, -1);
}

static void run_conv_float(unsigned count)
{
    for (unsigned i = 0; i < count; i++) {
        uint16_t cw = fd_gen_cw();
        sf_f32 a32 = fd_gen_f32();
        sf_f64 a64 = fd_gen_f64();
        sf_f80 h, r;
        sf_status st = sf_status_x87(cw);
        uint16_t sw = fd_x87_ld32(cw, a32, &h);
        r = sf_f32_to_f80(a32, &st);
        fd_check("x87 fld m32", fd_f80_eq(r, h) && FLAGS(sw) == st.flags,
                 "a %08x -> host %04x:%016llx sw %04x, soft %04x:%016llx flags %02x", a32,
                 HEX80(h), sw, HEX80(r), st.flags);
        st = sf_status_x87(cw);
        sw = fd_x87_ld64(cw, a64, &h);
        r = sf_f64_to_f80(a64, &st);
        fd_check("x87 fld m64", fd_f80_eq(r, h) && FLAGS(sw) == st.flags,
                 "a %016llx -> host %04x:%016llx sw %04x, soft %04x:%016llx flags %02x",
                 (unsigned long long)a64, HEX80(h), sw, HEX80(r), st.flags);

        sf_f80 a = fd_gen_f80();
        sf_f32 h32, r32;
        sf_f64 h64, r64;
        st = sf_status_x87(cw);
        sw = fd_x87_st32(cw, a, &h32);
        r32 = sf_f80_to_f32(a, &st);
        fd_check("x87 fst m32", r32 == h32 && FLAGS(sw) == st.flags && !!(sw & SF_C1) == st.c1,
                 "cw %04x a %04x:%016llx -> host %08x sw %04x, soft %08x flags %02x c1 %d", cw,
                 HEX80(a), h32, sw, r32, st.flags, st.c1);
        st = sf_status_x87(cw);
        sw = fd_x87_st64(cw, a, &h64);
        r64 = sf_f80_to_f64(a, &st);
        fd_check("x87 fst m64", r64 == h64 && FLAGS(sw) == st.flags && !!(sw & SF_C1) == st.c1,
                 "cw %04x a %04x:%016llx -> host %016llx sw %04x, soft %016llx flags %02x c1 %d",
                 cw, HEX80(a), (unsigned long long)h64, sw, (unsigned long long)r64, st.flags,
                 st.c1);
    }
}

static int64_t soft_ist(int bits, bool trunc, sf_f80 a, sf_status *st)
{
    switch (bits) {
    case 16: return trunc ? sf_f80_to_i16_trunc(a, st) : sf_f80_to_i16(a, st);
    case 32: return trunc ? sf_f80_to_i32_trunc(a, st) : sf_f80_to_i32(a, st);
    default: return trunc ? sf_f80_to_i64_trunc(a, st) : sf_f80_to_i64(a, st);
    }
}

static void run_conv_int(unsigned count)
{
    static const int widths[3] = { 16, 32, 64 };
    for (unsigned i = 0; i < count; i++) {
        int bits = widths[fd_below(3)];
        bool trunc = fd_below(3) == 0;
        uint16_t cw = fd_gen_cw();
        sf_f80 a = int_operand(bits), h, r;
        int64_t hv, rv;
        uint16_t sw = fd_x87_ist(bits, trunc, cw, a, &hv);
        sf_status st = sf_status_x87(cw);
        rv = soft_ist(bits, trunc, a, &st);
        fd_check(trunc ? "x87 fisttp" : "x87 fist",
                 hv == rv && FLAGS(sw) == st.flags && !!(sw & SF_C1) == st.c1,
                 "m%d cw %04x a %04x:%016llx -> host %lld sw %04x, soft %lld flags %02x c1 %d",
                 bits, cw, HEX80(a), (long long)hv, sw, (long long)rv, st.flags, st.c1);

        int64_t v = gen_int(bits);
        sw = fd_x87_ild(bits, cw, v, &h);
        st = sf_status_x87(cw);
        r = bits == 64 ? sf_i64_to_f80(v, &st) : sf_i32_to_f80((int32_t)v, &st);
        fd_check("x87 fild", fd_f80_eq(r, h) && FLAGS(sw) == st.flags,
                 "m%d %lld -> host %04x:%016llx sw %04x, soft %04x:%016llx flags %02x", bits,
                 (long long)v, HEX80(h), sw, HEX80(r), st.flags);
    }
}

static void run_conv_bcd(unsigned count)
{
    for (unsigned i = 0; i < count; i++) {
        uint16_t cw = fd_gen_cw();
        sf_f80 a = fd_below(4) ? fd_f80_in(-2, 61, -1) : fd_gen_f80(), h, r;
        uint8_t hb[10] = { 0 }, rb[10] = { 0 };
        uint16_t sw = fd_x87_bstp(cw, a, hb);
        sf_status st = sf_status_x87(cw);
        sf_f80_to_bcd(a, rb, &st);
        fd_check("x87 fbstp", !memcmp(hb, rb, 10) && FLAGS(sw) == st.flags &&
                 !!(sw & SF_C1) == st.c1,
                 "cw %04x a %04x:%016llx -> host %02x%02x..%02x%02x sw %04x, soft "
                 "%02x%02x..%02x%02x flags %02x c1 %d",
                 cw, HEX80(a), hb[9], hb[8], hb[1], hb[0], sw, rb[9], rb[8], rb[1], rb[0],
                 st.flags, st.c1);

        uint8_t in[10];
        for (int j = 0; j < 9; j++)
            in[j] = (uint8_t)(fd_below(10) | fd_below(10) << 4);
        in[9] = fd_below(2) ? 0x80 : 0;
        sw = fd_x87_bld(cw, in, &h);
        st = sf_status_x87(cw);
        r = sf_bcd_to_f80(in, &st);
        fd_check("x87 fbld", fd_f80_eq(r, h) && FLAGS(sw) == st.flags,
                 "%02x%02x..%02x -> host %04x:%016llx sw %04x, soft %04x:%016llx flags %02x",
                 in[9], in[8], in[0], HEX80(h), sw, HEX80(r), st.flags);
    }
}

void fd_run_x87_conv(unsigned count)
{
    run_conv_float(count);
    run_conv_int(count);
    run_conv_bcd(count / 4);
}

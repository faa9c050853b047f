/* Internals shared by the cpu/fpu files: portable 128-bit integer helpers, the unpacked
 * operand form every operation works on, and the one rounding routine that packs results
 * into float32, float64 or floatx80. Not for use outside cpu/fpu. */
#ifndef CPU_FPU_SF_INTERNAL_H
#define CPU_FPU_SF_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cpu/fpu/softfloat.h"

/* ---------------- 128-bit unsigned arithmetic on (hi, lo) pairs ---------------- */

static inline int sf_clz64(uint64_t x)
{
#if defined(__GNUC__) && !defined(SF_PORTABLE_CLZ)
    return x ? __builtin_clzll(x) : 64;
#else
    int n = 0;
    if (!x)
        return 64;
    while (!(x & (1ull << 63))) {
        x <<= 1;
        n++;
    }
    return n;
#endif
}

static inline int sf_clz128(uint64_t hi, uint64_t lo)
{
    return hi ? sf_clz64(hi) : 64 + sf_clz64(lo);
}

/* Full 64 x 64 -> 128 product, from 32-bit halves so it needs no compiler extension. */
static inline void sf_mul64(uint64_t a, uint64_t b, uint64_t *hi, uint64_t *lo)
{
    uint64_t al = (uint32_t)a, ah = a >> 32, bl = (uint32_t)b, bh = b >> 32;
    uint64_t ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
    uint64_t mid = (ll >> 32) + (uint32_t)lh + (uint32_t)hl;
    *lo = (mid << 32) | (uint32_t)ll;
    *hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
}

static inline void sf_add128(uint64_t ah, uint64_t al, uint64_t bh, uint64_t bl,
                             uint64_t *rh, uint64_t *rl)
{
    uint64_t l = al + bl;
    *rh = ah + bh + (l < al);
    *rl = l;
}

static inline void sf_sub128(uint64_t ah, uint64_t al, uint64_t bh, uint64_t bl,
                             uint64_t *rh, uint64_t *rl)
{
    *rh = ah - bh - (al < bl);
    *rl = al - bl;
}

static inline bool sf_lt128(uint64_t ah, uint64_t al, uint64_t bh, uint64_t bl)
{
    return ah < bh || (ah == bh && al < bl);
}

static inline void sf_shl128(uint64_t *hi, uint64_t *lo, int n)
{
    if (n <= 0)
        return;
    if (n >= 128) {
        *hi = *lo = 0;
    } else if (n >= 64) {
        *hi = *lo << (n - 64);
        *lo = 0;
    } else {
        *hi = (*hi << n) | (*lo >> (64 - n));
        *lo <<= n;
    }
}

/* Shift right; bits shifted out are OR-ed into bit 0 ("jamming") so that rounding still
 * sees that the value was inexact. */
static inline void sf_shr128_jam(uint64_t *hi, uint64_t *lo, int32_t n)
{
    if (n <= 0)
        return;
    if (n >= 128) {
        *lo = (*hi | *lo) != 0;
        *hi = 0;
    } else if (n >= 64) {
        uint64_t lost = *lo | (n > 64 ? *hi << (128 - n) : 0);
        *lo = (n == 64 ? *hi : *hi >> (n - 64)) | (lost != 0);
        *hi = 0;
    } else {
        uint64_t lost = *lo << (64 - n);
        *lo = (*lo >> n) | (*hi << (64 - n)) | (lost != 0);
        *hi >>= n;
    }
}

/* (hi:lo) / d with hi < d: 64-bit quotient and remainder (schoolbook division in 32-bit
 * digits after normalising d, Knuth vol. 2, 4.3.1 algorithm D). */
uint64_t sf_div128(uint64_t hi, uint64_t lo, uint64_t d, uint64_t *rem);

/* ---------------- unpacked operands ---------------- */

enum {
    SF_CLS_ZERO,
    SF_CLS_NORMAL, /* every finite non-zero value, denormals normalised */
    SF_CLS_INF,
    SF_CLS_QNAN,
    SF_CLS_SNAN,
    SF_CLS_UNSUP, /* floatx80 pseudo-NaN, pseudo-infinity or unnormal */
};

/* NORMAL: value = (-1)^sign * sig * 2^(exp - 63), sig bit 63 set.
 * NaN: sig holds the payload in floatx80 layout (bit 63 set, bit 62 = quiet). */
typedef struct sf_unp {
    uint8_t cls;
    bool sign;
    bool denorm; /* the encoding was a denormal or pseudo-denormal (for the #D flag) */
    int32_t exp;
    uint64_t sig;
} sf_unp;

static inline bool sf_is_nan_cls(const sf_unp *u)
{
    return u->cls == SF_CLS_QNAN || u->cls == SF_CLS_SNAN;
}

/* Format descriptors. Packed float32/float64 results travel in sf_f80.sig (se = 0)
 * inside cpu/fpu so one rounding routine serves all three formats. */
typedef struct sf_fmt {
    uint8_t kind; /* SF_K32, SF_K64, SF_K80 */
    uint8_t prec; /* significand bits including the integer bit */
    int32_t emin, emax, bias;
} sf_fmt;

enum { SF_K32, SF_K64, SF_K80 };
extern const sf_fmt sf_fmt32, sf_fmt64, sf_fmt80;

/* daz: denormals read as zero (SSE); they are then not flagged as denormal. */
sf_unp sf_unpack32(sf_f32 a, bool daz);
sf_unp sf_unpack64(sf_f64 a, bool daz);
sf_unp sf_unpack80(sf_f80 a);

/* Rounds (-1)^sign * (hi:lo) / 2^127 * 2^exp to fmt with prec significand bits (prec is
 * fmt->prec except for x87 precision control), raising inexact/underflow/overflow, setting
 * s->c1, applying FTZ (32/64 only) and the x87 unmasked-exception bias (80 only).
 * (hi:lo) may be unnormalised; zero gives a zero of the given sign. */
sf_f80 sf_round_pack(const sf_fmt *fmt, int prec, bool sign, int32_t exp, uint64_t hi,
                     uint64_t lo, sf_status *s);
/* Whether rounding a value with least significant kept bit (lsb & 1) and the discarded
 * bits left-aligned in extra moves away from zero under mode. */
bool sf_round_increment(int mode, bool sign, uint64_t lsb, uint64_t extra);
/* Packs an unpacked value exactly (zero, infinity, NaN, or a normal that fits). */
sf_f80 sf_pack_special(const sf_fmt *fmt, const sf_unp *u);
sf_f80 sf_pack_zero(const sf_fmt *fmt, bool sign);
sf_f80 sf_pack_inf(const sf_fmt *fmt, bool sign);
sf_f80 sf_default_nan(const sf_fmt *fmt);
/* The NaN u (payload kept), made quiet. */
sf_f80 sf_pack_qnan(const sf_fmt *fmt, const sf_unp *u);

/* NaN results of two-operand ops, SDM vol. 1, 4.8.3.5 table 4-7: an SNaN operand raises
 * invalid; the x87 picks the QNaN over an SNaN and the larger significand between two of
 * a kind, SSE the first operand. Call only when a or b is a NaN. */
sf_f80 sf_propagate_nan2(const sf_fmt *fmt, const sf_unp *a, const sf_unp *b, sf_status *s);
sf_f80 sf_propagate_nan1(const sf_fmt *fmt, const sf_unp *a, sf_status *s);
/* Invalid operation: flag it and return the default (indefinite) NaN. */
sf_f80 sf_invalid(const sf_fmt *fmt, sf_status *s);

/* Integer part of a NORMAL u with exp < 63, and its fraction left-aligned in *extra
 * (bits below 64 jammed into bit 0). */
uint64_t sf_int_part(const sf_unp *u, uint64_t *extra);

/* Generic exact operations on unpacked operands: results rounded to fmt/prec. */
sf_f80 sf_add_unp(const sf_fmt *fmt, int prec, sf_unp a, sf_unp b, bool negate_b,
                  sf_status *s);
sf_f80 sf_mul_unp(const sf_fmt *fmt, int prec, sf_unp a, sf_unp b, sf_status *s);
sf_f80 sf_div_unp(const sf_fmt *fmt, int prec, sf_unp a, sf_unp b, sf_status *s);

/* Flags #D for denormal operands the way the format's unit does (after NaN checks). */
static inline void sf_flag_denormal(const sf_unp *a, const sf_unp *b, sf_status *s)
{
    if (a->denorm || (b && b->denorm))
        s->flags |= SF_FLAG_DENORMAL;
}

static inline sf_f32 sf_to32(sf_f80 r)
{
    return (sf_f32)r.sig;
}

static inline sf_f64 sf_to64(sf_f80 r)
{
    return r.sig;
}

#endif

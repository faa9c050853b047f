/* Tern's portable IEEE-754 / x87 floating point: float32, float64 and the x87's 80-bit
 * extended format computed with integer arithmetic only (no host FP, no long double), so
 * x87 and SSE results are bit-identical on every host. x86 rules throughout: SDM vol. 1,
 * chapter 4 (formats, NaNs, exceptions), chapter 8 (x87) and chapter 11 (SSE/SSE2). */
#ifndef CPU_FPU_SOFTFLOAT_H
#define CPU_FPU_SOFTFLOAT_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef uint32_t sf_f32;
typedef uint64_t sf_f64;
/* x87 double extended: 64-bit significand with an explicit integer bit (bit 63) and a
 * 16-bit sign+exponent word (sign bit 15, biased exponent bits 0-14, bias 16383). */
typedef struct sf_f80 {
    uint64_t sig;
    uint16_t se;
} sf_f80;

/* Rounding modes, encoded as x87 CW.RC and MXCSR.RC (SDM vol. 1, 4.8.4 table 4-8). */
enum {
    SF_ROUND_NEAREST = 0,
    SF_ROUND_DOWN = 1,
    SF_ROUND_UP = 2,
    SF_ROUND_ZERO = 3,
};

/* Exception flags, at their bit positions in the x87 status word and in MXCSR. */
enum {
    SF_FLAG_INVALID = 0x01,
    SF_FLAG_DENORMAL = 0x02,
    SF_FLAG_DIVZERO = 0x04,
    SF_FLAG_OVERFLOW = 0x08,
    SF_FLAG_UNDERFLOW = 0x10,
    SF_FLAG_INEXACT = 0x20,
    SF_FLAG_ALL = 0x3f,
};

/* x87 condition code bits, at their status-word positions (returned by FPREM/FXAM). */
enum {
    SF_C0 = 0x0100,
    SF_C1 = 0x0200,
    SF_C2 = 0x0400,
    SF_C3 = 0x4000,
};

/* Compare results (FCOM/FUCOM/COMISS/UCOMISS). */
enum {
    SF_CMP_LESS = 0,
    SF_CMP_EQUAL = 1,
    SF_CMP_GREATER = 2,
    SF_CMP_UNORDERED = 3,
};

typedef struct sf_status {
    _Alignas(8) uint8_t round; /* SF_ROUND_* */
    uint8_t prec;  /* 24, 53 or 64: significand bits kept by floatx80 add/sub/mul/div/sqrt
                      (x87 CW.PC, SDM vol. 1, 8.1.5.2); the other f80 ops always keep 64 */
    uint8_t flags; /* SF_FLAG_*, accumulated (never cleared by an operation) */
    uint8_t traps; /* SF_FLAG_* bits whose exception is UNmasked (0 = all masked): an
                      unmasked underflow is reported even when exact, and floatx80 results
                      of an unmasked overflow/underflow carry the 24576 exponent bias
                      adjustment (SDM vol. 1, 8.5.4 and 8.5.5) */
    bool ftz;      /* MXCSR.FTZ: tiny float32/float64 results become zero (SDM vol. 1, 10.2.3.3) */
    bool daz;      /* MXCSR.DAZ: denormal float32/float64 operands read as zero */
    bool c1;       /* out: x87 C1, the last rounding increased the magnitude */
    uint8_t spare; /* unused: with it and the alignment, a copy is one 8-byte move (a copy
                      read whole soon after a piecewise one stalls store forwarding) */
} sf_status;

/* A status for the x87 from its control word (RC, PC, exception masks), and for SSE from
 * MXCSR (RC, masks, FTZ, DAZ); flags start clear. The SSE one is a table lookup by MXCSR
 * bits 6-15 (DAZ, the masks, RC, FTZ): it runs once per SSE arithmetic instruction, and a
 * status assembled field by field and then copied whole stalls store forwarding. */
sf_status sf_status_x87(uint16_t cw);
extern const sf_status sf_sse_status[1024];
static inline sf_status sf_status_sse(uint32_t mxcsr)
{
    sf_status s;
    memcpy(&s, &sf_sse_status[(mxcsr >> 6) & 0x3FF], sizeof s); /* one move, not 8 */
    return s;
}

/* ---- float32 (SSE rules: DAZ/FTZ apply, first-operand NaN propagation) ---- */
sf_f32 sf_f32_add(sf_f32 a, sf_f32 b, sf_status *s);
sf_f32 sf_f32_sub(sf_f32 a, sf_f32 b, sf_status *s);
sf_f32 sf_f32_mul(sf_f32 a, sf_f32 b, sf_status *s);
sf_f32 sf_f32_div(sf_f32 a, sf_f32 b, sf_status *s);
sf_f32 sf_f32_sqrt(sf_f32 a, sf_status *s);
sf_f32 sf_f32_rem(sf_f32 a, sf_f32 b, sf_status *s); /* IEEE remainder */
/* ROUNDSS: mode is SF_ROUND_*; suppress_inexact is imm8 bit 3 (SDM vol. 2, ROUNDSS). */
sf_f32 sf_f32_round_to_int(sf_f32 a, int mode, bool suppress_inexact, sf_status *s);
/* quiet: UCOMISS (invalid only for SNaN); otherwise COMISS (invalid for any NaN). */
int sf_f32_compare(sf_f32 a, sf_f32 b, bool quiet, sf_status *s);
/* MINSS/MAXSS: b when either is a NaN (returned unchanged) or both are zeros. */
sf_f32 sf_f32_min(sf_f32 a, sf_f32 b, sf_status *s);
sf_f32 sf_f32_max(sf_f32 a, sf_f32 b, sf_status *s);

/* ---- float64 ---- */
sf_f64 sf_f64_add(sf_f64 a, sf_f64 b, sf_status *s);
sf_f64 sf_f64_sub(sf_f64 a, sf_f64 b, sf_status *s);
sf_f64 sf_f64_mul(sf_f64 a, sf_f64 b, sf_status *s);
sf_f64 sf_f64_div(sf_f64 a, sf_f64 b, sf_status *s);
sf_f64 sf_f64_sqrt(sf_f64 a, sf_status *s);
sf_f64 sf_f64_rem(sf_f64 a, sf_f64 b, sf_status *s);
sf_f64 sf_f64_round_to_int(sf_f64 a, int mode, bool suppress_inexact, sf_status *s);
int sf_f64_compare(sf_f64 a, sf_f64 b, bool quiet, sf_status *s);
sf_f64 sf_f64_min(sf_f64 a, sf_f64 b, sf_status *s);
sf_f64 sf_f64_max(sf_f64 a, sf_f64 b, sf_status *s);

/* ---- floatx80 (x87 rules: larger-significand NaN propagation, unsupported encodings
 * are invalid operands, pseudo-denormals accepted; s->prec applies to add..sqrt) ---- */
sf_f80 sf_f80_add(sf_f80 a, sf_f80 b, sf_status *s);
sf_f80 sf_f80_sub(sf_f80 a, sf_f80 b, sf_status *s);
sf_f80 sf_f80_mul(sf_f80 a, sf_f80 b, sf_status *s);
sf_f80 sf_f80_div(sf_f80 a, sf_f80 b, sf_status *s);
sf_f80 sf_f80_sqrt(sf_f80 a, sf_status *s);
sf_f80 sf_f80_rem(sf_f80 a, sf_f80 b, sf_status *s); /* full IEEE remainder */
/* FPREM (ieee false: truncated quotient) / FPREM1 (ieee true: nearest): replaces *a with
 * the partial remainder and returns the condition codes: C2 set when the reduction is
 * incomplete, else C0 C3 C1 = quotient bits 2 1 0 (SDM vol. 2, FPREM). */
uint16_t sf_f80_fprem(sf_f80 *a, sf_f80 b, bool ieee, sf_status *s);
sf_f80 sf_f80_round_to_int(sf_f80 a, sf_status *s);   /* FRNDINT */
sf_f80 sf_f80_scale(sf_f80 a, sf_f80 b, sf_status *s); /* FSCALE: a * 2^trunc(b) */
/* FXTRACT: *exp = unbiased exponent as a value, *sig = significand in [1, 2). */
void sf_f80_extract(sf_f80 a, sf_f80 *exp, sf_f80 *sig, sf_status *s);
/* quiet: FUCOM (invalid only for SNaN); otherwise FCOM. Unsupported: invalid in both. */
int sf_f80_compare(sf_f80 a, sf_f80 b, bool quiet, sf_status *s);
/* The m32fp/m64fp forms of FADD FSUB FSUBR FMUL FDIV FDIVR (op: SF_X87_*) and FCOM: the
 * memory operand is widened exactly, an SNaN staying signalling for the NaN rules and a
 * denormal raising #D only where a register denormal would (not the FLD conversion,
 * which would quieten the SNaN and report #D before the NaN checks). */
enum { SF_X87_ADD, SF_X87_SUB, SF_X87_SUBR, SF_X87_MUL, SF_X87_DIV, SF_X87_DIVR };
sf_f80 sf_f80_arith_f32(int op, sf_f80 st0, sf_f32 m, sf_status *s);
sf_f80 sf_f80_arith_f64(int op, sf_f80 st0, sf_f64 m, sf_status *s);
int sf_f80_compare_f32(sf_f80 st0, sf_f32 m, bool quiet, sf_status *s);
int sf_f80_compare_f64(sf_f80 st0, sf_f64 m, bool quiet, sf_status *s);
/* FXAM condition codes (C3 C2 C0 class, C1 sign) of a non-empty register. */
uint16_t sf_f80_fxam(sf_f80 a);

/* Transcendentals (x87): computed with 128-bit intermediates and rounded once with
 * s->round (correctly rounded but for astronomically rare cases); always inexact, as on
 * the hardware, except for exact special results (zeros, infinities, FYL2X of 1).
 * Outside the documented domains they do what a real x87 was seen to do (AMD Zen):
 * F2XM1 of |a| > 1 returns a (inexact); FYL2XP1 of x > -1 computes y log2(1 + x) and of
 * a finite x <= -1 returns x (inexact) unless y is a zero or an infinity. */
sf_f80 sf_f80_f2xm1(sf_f80 a, sf_status *s);               /* 2^a - 1 */
sf_f80 sf_f80_yl2x(sf_f80 y, sf_f80 x, sf_status *s);      /* FYL2X: y * log2(x) */
sf_f80 sf_f80_yl2xp1(sf_f80 y, sf_f80 x, sf_status *s);    /* FYL2XP1: y * log2(x + 1) */
sf_f80 sf_f80_patan(sf_f80 y, sf_f80 x, sf_status *s);     /* FPATAN: atan2(y, x) */
/* FSIN/FCOS/FPTAN/FSINCOS: false when |a| >= 2^63 (set C2, leave the operand); the
 * argument is reduced exactly modulo the x87's 66-bit approximation of pi (SDM vol. 1,
 * 8.3.8), so results agree with the hardware near multiples of pi. FPTAN pushes 1.0
 * after a numeric result but pushes the NaN again after a NaN result; FSINCOS reports
 * C1 of the sine. */
bool sf_f80_sin(sf_f80 a, sf_f80 *r, sf_status *s);
bool sf_f80_cos(sf_f80 a, sf_f80 *r, sf_status *s);
bool sf_f80_tan(sf_f80 a, sf_f80 *r, sf_status *s);
bool sf_f80_sincos(sf_f80 a, sf_f80 *sin, sf_f80 *cos, sf_status *s);

/* FLDPI and kin, rounded with s->round from more than 64 bits, no #P, no C1 (SDM vol. 1,
 * 8.3.4). FLD1 and FLDZ need no rounding. */
enum { SF_CONST_L2T, SF_CONST_L2E, SF_CONST_PI, SF_CONST_LG2, SF_CONST_LN2 };
sf_f80 sf_f80_const(int which, sf_status *s);

/* ---- conversions between formats (SNaN -> QNaN + invalid; NaN payloads kept) ---- */
sf_f64 sf_f32_to_f64(sf_f32 a, sf_status *s);
sf_f32 sf_f64_to_f32(sf_f64 a, sf_status *s);
sf_f80 sf_f32_to_f80(sf_f32 a, sf_status *s);
sf_f80 sf_f64_to_f80(sf_f64 a, sf_status *s);
sf_f32 sf_f80_to_f32(sf_f80 a, sf_status *s);
sf_f64 sf_f80_to_f64(sf_f80 a, sf_status *s);

/* ---- to integers: s->round, or the _trunc forms (CVTT*, FISTTP); NaN or out of range
 * gives the integer indefinite (most negative value) and invalid ---- */
int16_t sf_f32_to_i16(sf_f32 a, sf_status *s);
int32_t sf_f32_to_i32(sf_f32 a, sf_status *s);
int64_t sf_f32_to_i64(sf_f32 a, sf_status *s);
int16_t sf_f32_to_i16_trunc(sf_f32 a, sf_status *s);
int32_t sf_f32_to_i32_trunc(sf_f32 a, sf_status *s);
int64_t sf_f32_to_i64_trunc(sf_f32 a, sf_status *s);
int16_t sf_f64_to_i16(sf_f64 a, sf_status *s);
int32_t sf_f64_to_i32(sf_f64 a, sf_status *s);
int64_t sf_f64_to_i64(sf_f64 a, sf_status *s);
int16_t sf_f64_to_i16_trunc(sf_f64 a, sf_status *s);
int32_t sf_f64_to_i32_trunc(sf_f64 a, sf_status *s);
int64_t sf_f64_to_i64_trunc(sf_f64 a, sf_status *s);
int16_t sf_f80_to_i16(sf_f80 a, sf_status *s);
int32_t sf_f80_to_i32(sf_f80 a, sf_status *s);
int64_t sf_f80_to_i64(sf_f80 a, sf_status *s);
int16_t sf_f80_to_i16_trunc(sf_f80 a, sf_status *s);
int32_t sf_f80_to_i32_trunc(sf_f80 a, sf_status *s);
int64_t sf_f80_to_i64_trunc(sf_f80 a, sf_status *s);

/* ---- from integers ---- */
sf_f32 sf_i32_to_f32(int32_t a, sf_status *s);
sf_f32 sf_i64_to_f32(int64_t a, sf_status *s);
sf_f64 sf_i32_to_f64(int32_t a, sf_status *s);
sf_f64 sf_i64_to_f64(int64_t a, sf_status *s);
sf_f80 sf_i32_to_f80(int32_t a, sf_status *s);
sf_f80 sf_i64_to_f80(int64_t a, sf_status *s);

/* ---- packed BCD (FBLD/FBSTP): 18 digits + sign byte, little-endian 10 bytes ---- */
sf_f80 sf_bcd_to_f80(const uint8_t bcd[10], sf_status *s);
void sf_f80_to_bcd(sf_f80 a, uint8_t bcd[10], sf_status *s);

/* ---- encodings ---- */
bool sf_f32_is_nan(sf_f32 a);
bool sf_f32_is_snan(sf_f32 a);
bool sf_f64_is_nan(sf_f64 a);
bool sf_f64_is_snan(sf_f64 a);
bool sf_f80_is_nan(sf_f80 a);
bool sf_f80_is_snan(sf_f80 a);
/* pseudo-NaN, pseudo-infinity, unnormal (SDM vol. 1, 8.2.2 table 8-3) */
bool sf_f80_is_unsupported(sf_f80 a);

#define SF_F32_DEFAULT_NAN ((sf_f32)0xFFC00000u)
#define SF_F64_DEFAULT_NAN ((sf_f64)0xFFF8000000000000ull)
#define SF_F80_DEFAULT_NAN_SE 0xFFFF
#define SF_F80_DEFAULT_NAN_SIG 0xC000000000000000ull

static inline sf_f80 sf_f80_make(uint16_t se, uint64_t sig)
{
    sf_f80 r = { sig, se };
    return r;
}

#endif

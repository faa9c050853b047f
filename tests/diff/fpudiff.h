/* fpudiff: differential test of cpu/fpu (the portable soft-float) against this host's own
 * x87 and SSE units, run through inline assembly in the test only. Needs an x86-64 host.
 * Shared declarations of the generator, the host wrappers and the report counters. */
#ifndef TESTS_DIFF_FPUDIFF_H
#define TESTS_DIFF_FPUDIFF_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu/fpu/softfloat.h"

/* ---- random operands, biased to the edges (fpudiff_gen.c) ---- */
void fd_seed(uint64_t seed);
uint64_t fd_rand(void);
static inline unsigned fd_below(unsigned n)
{
    return (unsigned)(fd_rand() % n);
}
sf_f80 fd_gen_f80(void);
sf_f64 fd_gen_f64(void);
sf_f32 fd_gen_f32(void);
/* A second operand related to a (close in value, same exponent, or a bit pattern away),
 * so cancellation, ties and near-halfway quotients are hit often. */
sf_f80 fd_near_f80(sf_f80 a);
sf_f64 fd_near_f64(sf_f64 a);
sf_f32 fd_near_f32(sf_f32 a);
/* A finite value with unbiased exponent in [lo, hi] (random sign when sign < 0). */
sf_f80 fd_f80_in(int lo, int hi, int sign);
uint16_t fd_gen_cw(void);     /* x87 control word: all masked, random RC and PC */
uint32_t fd_gen_mxcsr(void);  /* all masked, random RC, FTZ, DAZ */

/* ---- host execution (fpudiff_host.c); x87 ops return the status word ---- */
enum {
    FD_X87_ADD, FD_X87_SUB, FD_X87_MUL, FD_X87_DIV, FD_X87_SQRT, FD_X87_PREM,
    FD_X87_PREM1, FD_X87_RNDINT, FD_X87_SCALE, FD_X87_COM, FD_X87_UCOM, FD_X87_XAM,
    FD_X87_F2XM1, FD_X87_YL2X, FD_X87_YL2XP1, FD_X87_PATAN, FD_X87_SIN, FD_X87_COS,
    FD_X87_PTAN, FD_X87_SINCOS, FD_X87_XTRACT,
    FD_X87_NOPS
};
/* st0 = a, st1 = b before the operation; r0/r1 = st0/st1 after it. */
uint16_t fd_x87(int op, uint16_t cw, sf_f80 a, sf_f80 b, sf_f80 *r0, sf_f80 *r1);
uint16_t fd_x87_ldconst(int which, uint16_t cw, sf_f80 *r);
/* FADD..FDIVR (op: SF_X87_*) or FCOM (op -1) with an m32fp (bits 32) or m64fp operand. */
uint16_t fd_x87_mem(int op, int bits, uint16_t cw, sf_f80 a, uint64_t m, sf_f80 *r);
uint16_t fd_x87_ld32(uint16_t cw, sf_f32 a, sf_f80 *r);
uint16_t fd_x87_ld64(uint16_t cw, sf_f64 a, sf_f80 *r);
uint16_t fd_x87_st32(uint16_t cw, sf_f80 a, sf_f32 *r);
uint16_t fd_x87_st64(uint16_t cw, sf_f80 a, sf_f64 *r);
uint16_t fd_x87_ist(int bits, bool trunc, uint16_t cw, sf_f80 a, int64_t *r);
uint16_t fd_x87_ild(int bits, uint16_t cw, int64_t a, sf_f80 *r);
uint16_t fd_x87_bstp(uint16_t cw, sf_f80 a, uint8_t bcd[10]);
uint16_t fd_x87_bld(uint16_t cw, const uint8_t bcd[10], sf_f80 *r);

enum {
    FD_SSE_ADD, FD_SSE_SUB, FD_SSE_MUL, FD_SSE_DIV, FD_SSE_SQRT, FD_SSE_MIN, FD_SSE_MAX,
    FD_SSE_NOPS
};
/* Scalar single/double ops; return MXCSR after the op (flags cleared before). */
uint32_t fd_sse32(int op, uint32_t mxcsr, sf_f32 a, sf_f32 b, sf_f32 *r);
uint32_t fd_sse64(int op, uint32_t mxcsr, sf_f64 a, sf_f64 b, sf_f64 *r);
/* COMISS/UCOMISS and the SD forms: returns MXCSR, *rel = SF_CMP_*. */
uint32_t fd_sse_cmp32(bool quiet, uint32_t mxcsr, sf_f32 a, sf_f32 b, int *rel);
uint32_t fd_sse_cmp64(bool quiet, uint32_t mxcsr, sf_f64 a, sf_f64 b, int *rel);
uint32_t fd_sse_cvt_s2d(uint32_t mxcsr, sf_f32 a, sf_f64 *r);
uint32_t fd_sse_cvt_d2s(uint32_t mxcsr, sf_f64 a, sf_f32 *r);
/* CVT(T)SS2SI / CVT(T)SD2SI with a 32- or 64-bit destination. */
uint32_t fd_sse_cvt_s2i(int bits, bool trunc, uint32_t mxcsr, sf_f32 a, int64_t *r);
uint32_t fd_sse_cvt_d2i(int bits, bool trunc, uint32_t mxcsr, sf_f64 a, int64_t *r);
uint32_t fd_sse_cvt_i2s(int bits, uint32_t mxcsr, int64_t a, sf_f32 *r);
uint32_t fd_sse_cvt_i2d(int bits, uint32_t mxcsr, int64_t a, sf_f64 *r);
/* ROUNDSS/ROUNDSD with imm8 (SSE4.1). */
uint32_t fd_sse_round32(int imm, uint32_t mxcsr, sf_f32 a, sf_f32 *r);
uint32_t fd_sse_round64(int imm, uint32_t mxcsr, sf_f64 a, sf_f64 *r);

/* ---- reporting (fpudiff.c) ---- */
extern uint64_t fd_passed, fd_failed;
/* Counts one comparison; prints the first few failures of each test name. */
bool fd_check(const char *test, bool ok, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static inline bool fd_f80_eq(sf_f80 a, sf_f80 b)
{
    return a.se == b.se && a.sig == b.sig;
}

/* The test groups, each running about count cases per operation. */
void fd_run_x87_arith(unsigned count);   /* fpudiff_x87.c */
void fd_run_x87_misc(unsigned count);
void fd_run_x87_conv(unsigned count);
void fd_run_sse(unsigned count);         /* fpudiff_sse.c */
/* fpudiff_trans.c: compared within FD_TRANS_TOLERANCE ulps; prints max ulp errors. */
#define FD_TRANS_TOLERANCE 1
void fd_run_transcendentals(unsigned count);

#endif

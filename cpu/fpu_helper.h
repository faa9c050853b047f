/* The x87 FPU outside translated code: its power-on and FNINIT states, the status and
 * tag words as the guest sees them, the FSTENV/FSAVE/FXSAVE memory images, the codes the
 * translator passes to the x87 helpers (cpu/helpers.def), and the board's FERR# hook.
 * State lives in CPUX86State (fpregs, fpu_*); SDM vol. 1, chapter 8. */
#ifndef CPU_FPU_HELPER_H
#define CPU_FPU_HELPER_H

#include <stdbool.h>
#include <stdint.h>
#include "cpu/cpu.h"

/* Status word (SDM vol. 1, 8.1.3, figure 8-4) */
#define FPUS_IE 0x0001
#define FPUS_DE 0x0002
#define FPUS_ZE 0x0004
#define FPUS_OE 0x0008
#define FPUS_UE 0x0010
#define FPUS_PE 0x0020
#define FPUS_SF 0x0040
#define FPUS_ES 0x0080
#define FPUS_C0 0x0100
#define FPUS_C1 0x0200
#define FPUS_C2 0x0400
#define FPUS_TOP_SHIFT 11
#define FPUS_TOP 0x3800
#define FPUS_C3 0x4000
#define FPUS_B 0x8000
#define FPUS_CC (FPUS_C0 | FPUS_C1 | FPUS_C2 | FPUS_C3)
/* Control word (8.1.5, figure 8-6): exception masks, precision and rounding control. */
#define FPUC_EXC_MASKS 0x003F
#define FPUC_IM 0x0001
#define FPUC_PC 0x0300
#define FPUC_RC 0x0C00
#define FPUC_X 0x1000

#define FPU_CW_POWER_ON 0x0040 /* vol. 3, 10.1, table 10-1 */
#define FPU_CW_INIT 0x037F     /* FNINIT (vol. 2, FINIT/FNINIT) */

/* Memory operand kinds of helper_fpu_ld / _st / _arith_mem / _com_mem. */
enum {
    FPU_M32F, FPU_M64F, FPU_M80F,   /* single, double, double extended real */
    FPU_M16I, FPU_M32I, FPU_M64I,   /* word, dword, qword integer */
    FPU_M80BCD,                     /* 18-digit packed BCD (FBLD/FBSTP) */
    FPU_M16I_T, FPU_M32I_T, FPU_M64I_T, /* FISTTP: integer stores that truncate */
};
/* Flag bits ORed into the op / kind argument. */
#define FPU_POP 0x100   /* pop once after the operation */
#define FPU_POP2 0x200  /* pop twice (FCOMPP, FUCOMPP) */
#define FPU_QUIET 0x400 /* FUCOM*: only SNaNs are invalid */
#define FPU_NOCHECK 0x800 /* FSTP ST(i) as D9 D8+i: an empty ST(0) is popped unreported */
/* helper_fpu_arith*: SF_X87_ADD..SF_X87_DIVR (cpu/fpu/softfloat.h) in the low byte. */

/* helper_fpu_misc: the D9 E0-FF group, numbered by ModRM & 0x1F (SDM vol. 2, A.5.2). */
enum {
    FPU_OP_CHS = 0x00, FPU_OP_ABS = 0x01, FPU_OP_TST = 0x04, FPU_OP_XAM = 0x05,
    FPU_OP_LD1 = 0x08, FPU_OP_LDL2T = 0x09, FPU_OP_LDL2E = 0x0A, FPU_OP_LDPI = 0x0B,
    FPU_OP_LDLG2 = 0x0C, FPU_OP_LDLN2 = 0x0D, FPU_OP_LDZ = 0x0E,
    FPU_OP_F2XM1 = 0x10, FPU_OP_YL2X = 0x11, FPU_OP_PTAN = 0x12, FPU_OP_PATAN = 0x13,
    FPU_OP_XTRACT = 0x14, FPU_OP_PREM1 = 0x15, FPU_OP_DECSTP = 0x16, FPU_OP_INCSTP = 0x17,
    FPU_OP_PREM = 0x18, FPU_OP_YL2XP1 = 0x19, FPU_OP_SQRT = 0x1A, FPU_OP_SINCOS = 0x1B,
    FPU_OP_RNDINT = 0x1C, FPU_OP_SCALE = 0x1D, FPU_OP_SIN = 0x1E, FPU_OP_COS = 0x1F,
};

/* helper_fpu_env flags: FSTENV/FLDENV/FSAVE/FRSTOR image layout and what to do. */
#define FPU_ENV_32 0x1      /* 32-bit operand size: 28-byte environment (else 14) */
#define FPU_ENV_PM 0x2      /* protected-mode layout (else real/v86: linear pointers) */
#define FPU_ENV_REGS 0x4    /* FSAVE/FRSTOR: the 8 registers follow the environment */

/* Power-on state (SDM vol. 3, 10.1, table 10-1): CW 0040H, SW 0, all registers +0.0
 * with tag 01 (5555H), pointers 0; MXCSR 1F80H, XMM registers 0, XCR0 1. */
void x86_fpu_reset(CPUX86State *env);
/* FNINIT: CW 037FH, SW 0, all tags empty, pointers and opcode 0; registers kept. */
void x86_fpu_init(CPUX86State *env);

uint16_t x86_fpu_get_sw(const CPUX86State *env);     /* with TOP */
void x86_fpu_set_sw(CPUX86State *env, uint16_t sw);  /* takes TOP from it */
uint16_t x86_fpu_get_tag_word(const CPUX86State *env); /* 2 bits per physical register */
uint8_t x86_fpu_get_abridged_tag(const CPUX86State *env); /* FXSAVE: 1 = not empty */
/* Loading a control word: the reserved bits read back as in hardware, and ES/B follow the
 * exception flags that the new masks leave unmasked. */
void x86_fpu_set_cw(CPUX86State *env, uint16_t cw);

/* Memory images (little-endian bytes). fstenv: 14 or 28 bytes by flags (FPU_ENV_*), plus
 * 80 with FPU_ENV_REGS; load returns nothing to check (every bit pattern is accepted). */
unsigned x86_fpu_env_size(unsigned flags);
void x86_fpu_store_env(const CPUX86State *env, uint8_t *buf, unsigned flags);
void x86_fpu_load_env(CPUX86State *env, const uint8_t *buf, unsigned flags);
/* FXSAVE area (SDM vol. 1, 10.5.1, table 10-2): bytes 0-159 and the XMM registers
 * (8, or 16 with nxmm = 16); rex_w: 64-bit FIP/FDP (FXSAVE64). Bytes past the registers are
 * left alone. fxrstor returns false (state untouched) when MXCSR has reserved bits set. */
void x86_fpu_fxsave_image(const CPUX86State *env, uint8_t *buf, int nxmm, bool rex_w);
bool x86_fpu_fxrstor_image(CPUX86State *env, const uint8_t *buf, int nxmm, bool rex_w);

/* Legacy x87 error reporting with CR0.NE = 0 (SDM vol. 1, 8.7 and D.1): a waiting x87
 * instruction that finds an unmasked exception pending asserts FERR#, which a PC routes to
 * IRQ 13, and then goes on (as with IGNNE# asserted). The board sets this hook; without
 * one the event is logged under -d unimp and ignored. */
extern void (*x86_fpu_ferr_hook)(void *opaque);
extern void *x86_fpu_ferr_opaque;

#endif

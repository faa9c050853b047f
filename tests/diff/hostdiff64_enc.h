/* hostdiff64's instruction encoder (hostdiff64_enc.c): legacy prefixes, REX, opcode,
 * ModRM/SIB with every 64-bit addressing flavour the generator uses, displacement and
 * immediate, RIP-relative displacements computed from the final instruction length.
 * Encodings follow SDM vol. 2, chapter 2 (tables 2-2, 2-3, 2-4 and 2.2.1). */
#ifndef TESTS_DIFF_HOSTDIFF64_ENC_H
#define TESTS_DIFF_HOSTDIFF64_ENC_H

#include <stdbool.h>
#include <stdint.h>

/* Memory addressing flavours */
enum {
    AM_BASE_D8,     /* [base + disp8] */
    AM_BASE_D32,    /* [base + disp32] */
    AM_BASE_IDX,    /* [base + index * scale + disp8] (SIB) */
    AM_BASE0,       /* [base] (mod 00; RBP/R13 fall back to disp8 0, RSP/R12 take a SIB) */
    AM_RIP,         /* [rip + disp32]: disp computed from target */
    AM_ABS32,       /* [disp32] through a SIB without base and index (sign-extended) */
    AM_COUNT
};

typedef struct H64Enc {
    uint8_t pfx[4];     /* legacy prefixes, in this order */
    int npfx;
    bool w;             /* REX.W */
    bool force_rex;     /* REX even without W/R/X/B (SPL..DIL) */
    uint8_t opc[3];
    int nopc;
    bool has_modrm;
    int reg;            /* ModRM.reg: a register 0-15 or an opcode extension 0-7 */
    bool mem;
    int rm;             /* register operand when !mem */
    int amode, base, index, scale;
    int32_t disp;
    uint64_t target;    /* AM_RIP: the address to reach */
    int immsize;        /* 0, 1, 2, 4, 8 */
    uint64_t imm;
    int opreg;          /* register coded in the opcode's low 3 bits (+REX.B), or -1 */
} H64Enc;

/* An encoder with nothing set: opreg = -1, everything else 0. */
H64Enc h64_enc(void);
/* Writes the instruction at out (its address is pc); returns its length (<= 15). */
int h64_encode(const H64Enc *e, uint8_t *out, uint64_t pc);

#endif

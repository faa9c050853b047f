/* hostdiff's instruction form table: one row per encoding form with the EFLAGS it reads,
 * writes and leaves undefined (SDM vol. 2), shared by the generator and the assembler. */
#ifndef TESTS_DIFF_HOSTDIFF_FORMS_H
#define TESTS_DIFF_HOSTDIFF_FORMS_H

#include <stdint.h>
#include "hostdiff.h"

/* Semantics that need more than the row: setup instructions, dynamic flag effects. */
enum {
    SEM_NONE,
    SEM_SHIFT,   /* ext = /digit; count from the opcode: D0/D1 one, C0/C1 imm, D2/D3 CL */
    SEM_SHXD,    /* SHLD/SHRD; count imm (A4/AC) or CL (A5/AD) */
    SEM_DIV,     /* DIV/IDIV (ext 6/7): setup loads a dividend and divisor */
    SEM_BT,      /* BT* Ev,Gv: a memory form loads a bounded bit offset first */
    SEM_BSF,     /* BSF/BSR: zero source handled per the host (hd_bsf_zero_keeps_dest) */
    SEM_SETCC,
    SEM_CMOV,
    SEM_STR,     /* string op; ext bit 0 uses ESI, bit 1 uses EDI, bit 2 compares */
    SEM_PUSH,
    SEM_POP,
    SEM_PUSHF,   /* followed by POP r; AND r, ~IF (IF differs: Tern runs with IF=0) */
    SEM_POPF,    /* preceded by PUSH imm with chosen flags */
    SEM_LEA,
    SEM_AAM,     /* AAM/AAD imm8 (AAM 0 raises #DE) */
    SEM_XCHG_ACC,/* 90+r */
    SEM_MOV_IMM, /* B0+r / B8+r */
    SEM_BOUND,   /* setup writes both bounds and the index: mostly inside, else #BR */
    SEM_PUSHA,   /* PUSHA; MOV [ESP+slot], v; POPA */
    SEM_ENTER,   /* ENTER n, 0/1; MOV [EBP-4], v; LEAVE (32-bit: a 16-bit LEAVE would use
                  * the random upper half of EBP as the stack pointer) */
    SEM_CMPXCHG, /* CMPXCHG/CMPXCHG8B: setup may make the comparison succeed */
    SEM_MOFFS,   /* MOV AL/eAX <-> [moffs32] */
    SEM_CALL,    /* CALL/JMP/RET shapes, v[0] selects (hostdiff_flow.c) */
};

enum { ENC_MODRM, ENC_DIGIT, ENC_NONE, ENC_OPREG };
enum { IMM_NONE, IMM_SZ, IMM_B, IMM_W };

#define A_0F     0x0001 /* 0F map */
#define A_RMREG  0x0002 /* ModRM.rm must be a register */
#define A_RMMEM  0x0004 /* ModRM.rm must be memory */
#define A_REGW   0x0008 /* ModRM.reg (or opcode register) is written */
#define A_RMW    0x0010 /* ModRM.rm is written */
#define A_LOCK   0x0020 /* LOCK allowed on the memory form */
#define A_CC     0x0040 /* opcode + cc */
#define A_NOSKIP 0x0080 /* may not be skipped by a jump (multi-insn, stack) */
#define A_SEGOK  0x0100 /* implicit DS:ESI / DS:EBX access that takes a segment override */

#define SZ_8 1
#define SZ_16 2
#define SZ_32 4
#define SZ_ALL 7
#define SZ_V 6

#define F6 HD_STATUS

typedef struct HdForm {
    const char *name;
    uint8_t sem;     /* SEM_* */
    uint8_t enc;     /* ENC_* */
    uint8_t opc;     /* opcode; the 8-bit form when wadd != 0 */
    uint8_t wadd;    /* added to opc for 16/32-bit operand size */
    uint8_t ext;     /* /digit or a SEM_ parameter */
    uint8_t imm;     /* IMM_* */
    uint16_t attr;   /* A_* */
    uint8_t sizes;   /* SZ_* */
    uint8_t rmsz;    /* fixed size of the r/m operand (MOVZX/MOVSX), else 0 */
    uint16_t rd, wr, ud; /* status flags read / written defined / left undefined */
    uint8_t weight;
} HdForm;

extern const HdForm hd_forms[];
extern const unsigned hd_nforms;
extern const uint16_t hd_cc_reads[16];

/* Dynamic flag effect of one item's main instruction. */
void hd_item_flags(const HdItem *it, uint16_t *rd, uint16_t *wr, uint16_t *ud);
/* The shift/rotate count an item uses (before masking). */
unsigned hd_shift_count(const HdForm *f, const HdItem *it);
/* Register r (x86 number) of size sz may be written without touching EBX or ESP. */
bool hd_reg_writable(unsigned r, unsigned sz);

#endif

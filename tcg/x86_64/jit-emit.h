/* The JIT's x86-64 machine-code encoder: legacy prefixes, REX, ModRM/SIB addressing and
 * immediates, written into a bounded byte buffer. It knows nothing about the IR; the
 * code generator (jit-gen.c, jit-mem.c) composes instructions from these pieces.
 * Encodings follow the Intel SDM vol. 2, chapter 2 (instruction format) and appendix A. */
#ifndef TCG_X86_64_JIT_EMIT_H
#define TCG_X86_64_JIT_EMIT_H

#include <stdbool.h>
#include <stdint.h>

/* Host registers in encoding order. */
enum {
    JIT_RAX, JIT_RCX, JIT_RDX, JIT_RBX, JIT_RSP, JIT_RBP, JIT_RSI, JIT_RDI,
    JIT_R8, JIT_R9, JIT_R10, JIT_R11, JIT_R12, JIT_R13, JIT_R14, JIT_R15,
    JIT_NB_REGS
};
#define JIT_NOREG (-1)

/* Generated code keeps RBP = env + JIT_RBP_BIAS (jit-internal.h's JIT_ENV): a memory
 * operand with base RBP is given as an offset from env and encoded with the bias taken
 * off, so that env's first 256 bytes (the guest registers, pc and the flags state, the
 * fields most TBs touch) take the one-byte displacement forms: 3 bytes less each, ~5% of
 * the code. Reading RBP as a value gives env + the bias. */
#define JIT_RBP_BIAS 0x80

/* A byte sink. The hot code is written in place (its executable address is known); the
 * cold (slow-path) code goes to a side buffer and is moved behind it at the end, so
 * cold code never uses rip-relative forms. */
typedef struct JitBuf {
    uint8_t *base;      /* writable view */
    uint8_t *p;
    uint8_t *end;
    uintptr_t rx_base;  /* executable address of base; 0 while not known */
    bool overflow;      /* ran past end: the caller discards the code */
} JitBuf;

static inline uint32_t jit_pos(const JitBuf *b) { return (uint32_t)(b->p - b->base); }
static inline uintptr_t jit_rx_here(const JitBuf *b) { return b->rx_base + jit_pos(b); }

/* Opcode words: the low byte is the opcode, the bits above select prefixes and operand
 * forms. */
#define JOPC_0F   0x100   /* two-byte opcode (0F xx) */
#define JOPC_66   0x200   /* operand-size prefix: 16-bit operation */
#define JOPC_W    0x400   /* REX.W: 64-bit operation */
#define JOPC_F3   0x800
#define JOPC_BREG 0x1000  /* ModRM.reg names a byte register (needs REX for SPL..DIL) */
#define JOPC_BRM  0x2000  /* ModRM.rm names a byte register (register-direct form) */

/* Group-1 ALU operations (the /digit of 81/83 and the row of 01..3B). */
enum { JIT_ALU_ADD, JIT_ALU_OR, JIT_ALU_ADC, JIT_ALU_SBB, JIT_ALU_AND, JIT_ALU_SUB,
       JIT_ALU_XOR, JIT_ALU_CMP };
/* Group-2 shifts (/digit of C1/D3). */
enum { JIT_SH_ROL = 0, JIT_SH_ROR = 1, JIT_SH_SHL = 4, JIT_SH_SHR = 5, JIT_SH_SAR = 7 };
/* Group-3 (/digit of F7). */
enum { JIT_G3_TEST = 0, JIT_G3_NOT = 2, JIT_G3_NEG = 3, JIT_G3_MUL = 4, JIT_G3_IMUL = 5,
       JIT_G3_DIV = 6, JIT_G3_IDIV = 7 };
/* Condition codes (the low nibble of Jcc/SETcc/CMOVcc). */
enum { JIT_CC_O, JIT_CC_NO, JIT_CC_B, JIT_CC_AE, JIT_CC_E, JIT_CC_NE, JIT_CC_BE, JIT_CC_A,
       JIT_CC_S, JIT_CC_NS, JIT_CC_P, JIT_CC_NP, JIT_CC_L, JIT_CC_GE, JIT_CC_LE, JIT_CC_G };

/* Plain opcodes used by the generator. */
#define JOP_ALU_EvGv(op) (0x01 + ((op) << 3)) /* op r/m, reg */
#define JOP_ALU_GvEv(op) (0x03 + ((op) << 3)) /* op reg, r/m */
#define JOP_GRP1_EvIz 0x81
#define JOP_GRP1_EvIb 0x83
#define JOP_TEST_EvGv 0x85
#define JOP_XCHG_EvGv 0x87
#define JOP_MOV_EbGb (0x88 | JOPC_BREG)
#define JOP_MOV_EvGv 0x89
#define JOP_MOV_GvEv 0x8b
#define JOP_LEA 0x8d
#define JOP_MOVSXD (0x63 | JOPC_W)
#define JOP_MOV_EbIb 0xc6
#define JOP_MOV_EvIz 0xc7
#define JOP_GRP2_EvIb 0xc1
#define JOP_GRP2_EvCL 0xd3
#define JOP_GRP3_Ev 0xf7
#define JOP_GRP5_Ev 0xff      /* /2 call, /4 jmp */
#define JOP_IMUL_GvEv (0xaf | JOPC_0F)
#define JOP_IMUL_GvEvIb 0x6b
#define JOP_IMUL_GvEvIz 0x69
#define JOP_MOVZBL (0xb6 | JOPC_0F | JOPC_BRM)
#define JOP_MOVZWL (0xb7 | JOPC_0F)
#define JOP_MOVSBL (0xbe | JOPC_0F | JOPC_BRM)
#define JOP_MOVSWL (0xbf | JOPC_0F)
#define JOP_BSF (0xbc | JOPC_0F)
#define JOP_BSR (0xbd | JOPC_0F)
#define JOP_TZCNT (0xbc | JOPC_0F | JOPC_F3)
#define JOP_LZCNT (0xbd | JOPC_0F | JOPC_F3)
#define JOP_POPCNT (0xb8 | JOPC_0F | JOPC_F3)
#define JOP_BSWAP (0xc8 | JOPC_0F)   /* + register */
#define JOP_SETCC (0x90 | JOPC_0F | JOPC_BRM)
#define JOP_CMOVCC (0x40 | JOPC_0F)

void jit_emit8(JitBuf *b, uint8_t v);
void jit_emit16(JitBuf *b, uint16_t v);
void jit_emit32(JitBuf *b, uint32_t v);
void jit_emit64(JitBuf *b, uint64_t v);

/* Prefixes, REX and the opcode bytes; r, rm and index are register numbers (or
 * JIT_NOREG) so that REX.R/X/B can be set. */
void jit_opc(JitBuf *b, unsigned opc, int r, int rm, int index);
/* opc with a register-direct ModRM: reg field r (or a /digit), rm register. */
void jit_op_rr(JitBuf *b, unsigned opc, int r, int rm);
/* opc with a memory ModRM: [base + index << shift + disp]; index may be JIT_NOREG. */
void jit_op_mem(JitBuf *b, unsigned opc, int r, int base, int index, int shift, int32_t disp);
/* opc with a rip-relative memory operand at absolute target; imm_bytes is the size of an
 * immediate that follows (it counts for the displacement). Hot code only. Returns false
 * when the target is out of reach (nothing is emitted). */
bool jit_op_rip(JitBuf *b, unsigned opc, int r, uintptr_t target, int imm_bytes);

/* Whether a call/jmp rel32 at the current position can reach target. */
bool jit_reach32(const JitBuf *b, uintptr_t target, int insn_len);
static inline bool jit_fits_s32(int64_t v) { return v == (int32_t)v; }

/* Composite instructions. w64 selects the 64-bit form. */
void jit_mov_rr(JitBuf *b, bool w64, int dst, int src);
/* r = v; keep_flags forbids the XOR form. A 32-bit move zero-extends. */
void jit_movi(JitBuf *b, bool w64, int r, uint64_t v, bool keep_flags);
void jit_alu_rr(JitBuf *b, bool w64, int op, int dst, int src);
void jit_alu_ri(JitBuf *b, bool w64, int op, int r, int32_t imm);
void jit_shift_ri(JitBuf *b, bool w64, int op, int r, unsigned n);
void jit_rorx64(JitBuf *b, int dst, int src, unsigned n);
void jit_ld(JitBuf *b, bool w64, int r, int base, int32_t disp);
void jit_st(JitBuf *b, bool w64, int r, int base, int32_t disp);
/* mov qword/dword [base + disp], imm (imm sign-extended to 64 in the 64-bit form). */
void jit_st_imm(JitBuf *b, bool w64, int base, int32_t disp, int32_t imm);
/* Jumps with a rel32 field; the return value is the offset of that field in b. */
uint32_t jit_jcc32(JitBuf *b, int cc);
uint32_t jit_jmp32(JitBuf *b);
/* Sets the rel32 field at off (in b) to reach rx target; b->rx_base must be known. */
void jit_patch_rel32(JitBuf *b, uint32_t off, uintptr_t target);
/* call/jmp to an absolute address: rel32 when it reaches, else through scratch
 * (which must not hold a live value). */
void jit_call_abs(JitBuf *b, uintptr_t target, int scratch);
void jit_jmp_abs(JitBuf *b, uintptr_t target, int scratch);
/* n bytes of the recommended multi-byte NOPs (SDM vol. 2B, NOP). */
void jit_nops(JitBuf *b, unsigned n);

#endif

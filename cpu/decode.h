/* The x86 decoder: bytes -> struct X86Insn. One table (cpu/x86-opcodes.def) with one row
 * per opcode form, operands written in the SDM's notation (vol. 2, appendix A.2: Eb, Gv,
 * Iz, Jb ...), drives decoding, the translator's dispatch and the disassembly in traces. */
#ifndef CPU_DECODE_H
#define CPU_DECODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Mnemonics: the enum comes from cpu/x86-mnemonics.def, X(name) per line. The translator
 * maps each to a function; a row whose mnemonic has none raises #UD (logged with -d unimp). */
typedef enum {
#define X(name) X86_MN_##name,
#include "cpu/x86-mnemonics.def"
#undef X
    X86_MN_COUNT
} X86Mnemonic;
extern const char *const x86_mnemonic_names[X86_MN_COUNT];

/* Operand kinds, SDM appendix A.2 addressing method letter + operand type:
 * addressing: E (ModRM r/m), G (ModRM reg), I (immediate), J (relative), M (ModRM memory
 * only), R (ModRM register only), O (moffs), S (sreg in ModRM.reg), C (CRn), D (DRn),
 * Z (register in opcode bits 2:0, + REX.B), X (DS:rSI), Y (ES:rDI), A (far ptr imm),
 * fixed registers, and the constant 1.
 * types: b byte, w word, d dword, q qword, v word/dword/qword by operand size,
 * z word/dword (dword for 64-bit operand size), y dword/qword, p far pointer. */
#define X86_OPERAND_KINDS(X) \
    X(NONE) \
    X(Eb) X(Ew) X(Ed) X(Eq) X(Ev) X(Ey) \
    X(Gb) X(Gw) X(Gd) X(Gq) X(Gv) X(Gy) X(Gz) \
    X(Ib) X(Iw) X(Iz) X(Iv) X(sIb) /* sIb: byte immediate sign-extended to operand size */ \
    X(Jb) X(Jz) \
    X(M) X(Mb) X(Mw) X(Md) X(Mq) X(Mv) X(Mp) X(Ms) X(Mdq) X(Ma) \
    X(Rd) X(Rq) X(Ry) X(Rv) \
    X(Ob) X(Ov) \
    X(Sw) X(Cd) X(Dd) \
    X(Zb) X(Zv) X(Zq) \
    X(Xb) X(Xv) X(Yb) X(Yv) \
    X(Ap) \
    X(AL) X(CL) X(AX) X(DX) X(eAX) X(rAX) \
    X(ES) X(CS) X(SS) X(DS) X(FS) X(GS) \
    X(One) \
    /* SSE/AVX register forms, decoded for length and disassembly */ \
    X(Vx) X(Wx) X(Hx) X(Ux) X(Px) X(Qx) X(Nq) X(Lx) \
    /* additions (decoder helper): Mt m80 (x87 extended/BCD), My m32/m64 by operand size, \
     * Mx m128 (m256 with VEX.L), ST0/STi x87 stack registers (STi = ModRM.rm), \
     * Wd/Wq/Ww: xmm register or a 32/64/16-bit memory operand (scalar SSE forms) */ \
    X(Mt) X(My) X(Mx) X(ST0) X(STi) X(Wd) X(Wq) X(Ww) \
    X(Ibb) /* two imm8 (EXTRQ/INSERTQ: length, index) */ \
    X(By) /* general register named by VEX.vvvv, dword/qword by VEX.W (BMI) */
typedef enum {
#define X(k) X86_OPK_##k,
    X86_OPERAND_KINDS(X)
#undef X
    X86_OPK_COUNT
} X86OperandKind;

/* Row flags */
#define X86F_MODRM     0x0001 /* has a ModRM byte */
#define X86F_GROUP     0x0002 /* ModRM.reg selects the row (opcode extension /digit) */
#define X86F_INV64     0x0004 /* invalid in 64-bit mode (#UD) */
#define X86F_ONLY64    0x0008 /* valid only in 64-bit mode */
#define X86F_DEF64     0x0010 /* 64-bit default operand size in 64-bit mode (push, jmp...) */
#define X86F_F64       0x0020 /* operand size forced to 64 in 64-bit mode */
#define X86F_LOCKABLE  0x0040 /* LOCK prefix allowed (with a memory destination) */
#define X86F_REP       0x0080 /* string insn that honours REP/REPE/REPNE */
#define X86F_MODRM_MEM 0x0100 /* row applies only when ModRM.mod != 3 */
#define X86F_MODRM_REG 0x0200 /* row applies only when ModRM.mod == 3 */
#define X86F_PRIV      0x0400 /* CPL 0 only (#GP otherwise) */
#define X86F_SSE       0x0800 /* SSE-family: mandatory prefix selects the row */
#define X86F_BRANCH    0x1000 /* ends a TB */
#define X86F_RM_SEL    0x2000 /* ModRM.rm also selects the row (e.g. 0F 01 /1 with mod=3) */
#define X86F_MOD3      0x4000 /* ModRM.mod is ignored and read as 3 (MOV CRn/DRn, SDM vol. 2,
                                 MOV—Move to/from Control Registers: "mod bits are ignored") */
#define X86F_VEX       0x8000 /* VEX or XOP encoded form (see X86Insn.vex_len) */
#define X86F_EVEX      0x10000 /* EVEX encoded form */
#define X86F_W0        0x20000 /* VEX/EVEX/XOP row only with W=0 */
#define X86F_W1        0x40000 /* ... only with W=1 */
#define X86F_L0        0x80000 /* VEX/XOP row only with L=0 (EVEX: L'L=0) */
#define X86F_L1        0x100000 /* ... only with L=1 (EVEX: L'L != 0) */
#define X86F_NDS       0x200000 /* VEX.vvvv names an extra source register (Hx), the second
                                   operand in Intel order: vaddps xmm1, xmm2(vvvv), xmm3/m128 */

/* One table row. prefix: mandatory prefix for SSE-style rows (0, 0x66, 0xF3, 0xF2) or
 * X86_PFX_ANY; reg/rm: ModRM.reg / ModRM.rm selector or -1. */
#define X86_PFX_ANY 0xFF
/* The .def file writes the prefix column as ANY, NP, 66, F3 or F2 (X86_PFX_##p). */
#define X86_PFX_NP  0x00
#define X86_PFX_66  0x66
#define X86_PFX_F3  0xF3
#define X86_PFX_F2  0xF2
typedef struct X86OpcodeEntry {
    uint8_t map;      /* X86_MAP_* */
    uint8_t opcode;
    uint8_t prefix;
    int8_t reg;
    int8_t rm;
    uint16_t mnemonic; /* X86Mnemonic */
    uint8_t operands[3]; /* X86OperandKind, destination first as in Intel syntax */
    uint32_t flags;
} X86OpcodeEntry;

enum { X86_MAP_1B = 0, X86_MAP_0F = 1, X86_MAP_0F38 = 2, X86_MAP_0F3A = 3, X86_MAP_3DNOW = 4,
       /* AMD XOP maps 8, 9, 0xA (8F escape) */
       X86_MAP_XOP8 = 5, X86_MAP_XOP9 = 6, X86_MAP_XOPA = 7 };

typedef enum { X86_MODE_16 = 16, X86_MODE_32 = 32, X86_MODE_64 = 64 } X86Mode;

typedef struct X86Insn {
    uint64_t pc;        /* address of the first byte (as given to the decoder) */
    uint8_t len;        /* total length in bytes, 1..15 */
    uint8_t mode;       /* X86Mode of the code segment */
    /* prefixes */
    uint8_t rep;        /* 0, 0xF3 (REP/REPE) or 0xF2 (REPNE), the last one seen */
    bool lock;
    int8_t seg;         /* segment override R_ES..R_GS, or -1 */
    bool opsize_prefix; /* 0x66 seen */
    bool adsize_prefix; /* 0x67 seen */
    uint8_t mand_prefix;/* the mandatory prefix used to pick an SSE row (0/66/F3/F2) */
    uint8_t rex;        /* the REX byte (0x40-0x4F) or 0 */
    uint8_t vex_len;    /* 0 none, 2 or 3 for VEX (C5/C4), 4 for EVEX (62), 3 for XOP */
    uint8_t vex_vvvv, vex_l, vex_w; /* vvvv already inverted (register number, + V' for
                                       EVEX); vex_l: VEX.L, or EVEX.L'L (0..3) */
    uint8_t evex_aaa;   /* EVEX opmask register */
    bool evex_z, evex_b; /* EVEX zeroing-masking, broadcast/rounding/SAE */
    /* opcode */
    uint8_t map;
    uint8_t opcode;
    /* ModRM / SIB / displacement */
    bool has_modrm;
    uint8_t modrm, mod, reg, rm; /* reg and rm include REX.R / REX.B (0..15) */
    bool has_sib;
    uint8_t sib, scale, index, base; /* index/base include REX.X / REX.B; index 4 = none */
    bool rip_relative;
    int32_t disp;
    uint8_t disp_size;
    /* immediates: imm is the first (sign- or zero-extended as its operand kind says),
     * imm2 the second (ENTER's byte, a far pointer's selector) */
    uint64_t imm, imm2;
    uint8_t imm_size, imm2_size;
    /* effective sizes in bytes */
    uint8_t op_size;    /* 2, 4 or 8; byte forms take their size 1 from the operand kind */
    uint8_t addr_size;  /* 2, 4 or 8 */
    const X86OpcodeEntry *entry; /* the matched row (NULL when invalid) */
} X86Insn;

/* Field conventions (decoder helper):
 * - Ob/Ov (moffs): imm holds the offset, imm_size = addr_size (8 bytes in 64-bit mode).
 * - Jb/Jz: imm is the displacement sign-extended to 64 bits; target = pc + len + imm,
 *   wrapped to op_size. Iz is sign-extended, Ib/Iw/Iv are zero-extended.
 * - Ap: imm = offset, imm2 = selector. ENTER: imm = Iw, imm2 = Ib. Ibb: imm, imm2.
 * - 16-bit addressing has no SIB: has_sib is false and base/index are unused (the form is
 *   modrm & 7); 32/64-bit forms without SIB set index = 4 and base = rm.
 * - rep is the last F2/F3 even when it served as the mandatory prefix: only rows with
 *   X86F_REP repeat. In 64-bit mode ES/CS/SS/DS overrides leave seg at -1.
 * - VEX/EVEX/XOP: map is the VEX map (X86_MAP_0F... or X86_MAP_XOP8..A), mand_prefix comes
 *   from pp, and in 64-bit mode rex holds the REX-equivalent W/R/X/B bits.
 * - INVALID also covers LOCK where the SDM makes it #UD, MOV to CS, Sreg numbers 6/7,
 *   VEX/EVEX/XOP after 66/F2/F3/LOCK/REX, and EVEX/XOP/AVX-512 opmask forms (Tern's CPU has
 *   none of them): for those len is the full length.
 * - TOO_LONG is reported before TRUNCATED: 16 bytes are never needed to know it. */
typedef enum {
    X86_DECODE_OK = 0,
    X86_DECODE_INVALID,   /* no row matches (#UD) */
    X86_DECODE_TOO_LONG,  /* would exceed 15 bytes (#GP, SDM vol. 2, 2.3.11) */
    X86_DECODE_TRUNCATED, /* the bytes ran out before the instruction ended */
} X86DecodeStatus;

/* Decodes one instruction from bytes[0..avail). The fetch of more bytes (across a page)
 * is the caller's: it passes what it has. On INVALID, len still tells how far the
 * decoder got (prefixes, opcode, ModRM) when that is known. */
X86DecodeStatus x86_decode(X86Insn *insn, const uint8_t *bytes, size_t avail, X86Mode mode,
                           uint64_t pc);

/* Intel-syntax text of a decoded instruction, from the same table (for traces when
 * Capstone is not wanted and for tests). Returns the length written. */
int x86_format(const X86Insn *insn, char *buf, size_t size);

#endif

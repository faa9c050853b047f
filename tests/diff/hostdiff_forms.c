/* hostdiff's table of 32-bit integer instruction forms. Each row gives the encoding and
 * the status flags the instruction reads, writes (defined) and leaves undefined, taken
 * from the "Flags Affected" section of its page in the Intel SDM vol. 2 (cited per group).
 * Flags marked undefined are never compared until a later instruction defines them. */
#include "hostdiff_forms.h"

#define ZF HD_ZF
#define CF HD_CF
#define OF HD_OF
#define SF HD_SF
#define AF HD_AF
#define PF HD_PF
#define SZAP (SF | ZF | AF | PF)

/* ADD/OR/ADC/SBB/AND/SUB/XOR/CMP (SDM vol. 2A/2B, each page): all six flags set from the
 * result, ADC/SBB read CF; AND/OR/XOR: "The OF and CF flags are cleared; the SF, ZF, and
 * PF flags are set according to the result. The state of the AF flag is undefined." */
#define ALU(op, nm, rd, ud, w) \
    { nm " E,G", SEM_NONE, ENC_MODRM, (op) * 8, 1, 0, IMM_NONE, (w) ? A_RMW | A_LOCK : 0, \
      SZ_ALL, 0, rd, F6 & ~(ud), ud, 3 }, \
    { nm " G,E", SEM_NONE, ENC_MODRM, (op) * 8 + 2, 1, 0, IMM_NONE, (w) ? A_REGW : 0, \
      SZ_ALL, 0, rd, F6 & ~(ud), ud, 3 }, \
    { nm " A,I", SEM_NONE, ENC_NONE, (op) * 8 + 4, 1, 0, IMM_SZ, 0, \
      SZ_ALL, 0, rd, F6 & ~(ud), ud, 1 }, \
    { nm " E,I", SEM_NONE, ENC_DIGIT, 0x80, 1, op, IMM_SZ, (w) ? A_RMW | A_LOCK : 0, \
      SZ_ALL, 0, rd, F6 & ~(ud), ud, 2 }, \
    { nm " E,sIb", SEM_NONE, ENC_DIGIT, 0x83, 0, op, IMM_B, (w) ? A_RMW | A_LOCK : 0, \
      SZ_V, 0, rd, F6 & ~(ud), ud, 2 }, \
    { nm " Eb,Ib(82)", SEM_NONE, ENC_DIGIT, 0x82, 0, op, IMM_B, (w) ? A_RMW | A_LOCK : 0, \
      SZ_8, 0, rd, F6 & ~(ud), ud, 1 }

/* Shifts and rotates: flags depend on the count, see hd_item_flags. */
#define SHIFT(d, nm) \
    { nm " E,1", SEM_SHIFT, ENC_DIGIT, 0xD0, 1, d, IMM_NONE, A_RMW, SZ_ALL, 0, 0, 0, 0, 2 }, \
    { nm " E,CL", SEM_SHIFT, ENC_DIGIT, 0xD2, 1, d, IMM_NONE, A_RMW, SZ_ALL, 0, 0, 0, 0, 3 }, \
    { nm " E,Ib", SEM_SHIFT, ENC_DIGIT, 0xC0, 1, d, IMM_B, A_RMW, SZ_ALL, 0, 0, 0, 0, 3 }

/* Bit tests (SDM vol. 2A BT/BTC/BTR/BTS): "The CF flag contains the value of the selected
 * bit before it is changed. The ZF flag is unaffected. The OF, SF, AF, and PF flags are
 * undefined." */
#define BTUD (OF | SF | AF | PF)
#define BT(opc, d, nm, w) \
    { nm " E,G", SEM_BT, ENC_MODRM, opc, 0, 0, IMM_NONE, A_0F | ((w) ? A_RMW | A_LOCK : 0), \
      SZ_V, 0, 0, CF, BTUD, 2 }, \
    { nm " E,Ib", SEM_NONE, ENC_DIGIT, 0xBA, 0, d, IMM_B, A_0F | ((w) ? A_RMW | A_LOCK : 0), \
      SZ_V, 0, 0, CF, BTUD, 2 }

/* String instructions (SDM vol. 2B MOVS/STOS/LODS: no flags; CMPS/SCAS: all six from the
 * comparison, none when a REP prefix finds ECX = 0). ext: 1 ESI, 2 EDI, 4 compares. */
#define STR(opc, ext, nm, wr) \
    { nm, SEM_STR, ENC_NONE, opc, 1, ext, IMM_NONE, (ext) & 1 ? A_SEGOK : 0, \
      SZ_ALL, 0, 0, wr, 0, 4 }

const HdForm hd_forms[] = {
    ALU(0, "add", 0, 0, 1),
    ALU(1, "or", 0, AF, 1),
    ALU(2, "adc", CF, 0, 1),
    ALU(3, "sbb", CF, 0, 1),
    ALU(4, "and", 0, AF, 1),
    ALU(5, "sub", 0, 0, 1),
    ALU(6, "xor", 0, AF, 1),
    ALU(7, "cmp", 0, 0, 0),
    /* TEST (SDM vol. 2B): OF CF cleared, SF ZF PF from the result, AF undefined */
    { "test E,G", SEM_NONE, ENC_MODRM, 0x84, 1, 0, IMM_NONE, 0, SZ_ALL, 0, 0, F6 & ~AF, AF, 3 },
    { "test A,I", SEM_NONE, ENC_NONE, 0xA8, 1, 0, IMM_SZ, 0, SZ_ALL, 0, 0, F6 & ~AF, AF, 1 },
    { "test E,I", SEM_NONE, ENC_DIGIT, 0xF6, 1, 0, IMM_SZ, 0, SZ_ALL, 0, 0, F6 & ~AF, AF, 2 },
    /* MOV (SDM vol. 2B): no flags */
    { "mov E,G", SEM_NONE, ENC_MODRM, 0x88, 1, 0, IMM_NONE, A_RMW, SZ_ALL, 0, 0, 0, 0, 2 },
    { "mov G,E", SEM_NONE, ENC_MODRM, 0x8A, 1, 0, IMM_NONE, A_REGW, SZ_ALL, 0, 0, 0, 0, 2 },
    { "mov Z,I", SEM_MOV_IMM, ENC_OPREG, 0xB0, 8, 0, IMM_SZ, A_REGW, SZ_ALL, 0, 0, 0, 0, 1 },
    { "mov E,I", SEM_NONE, ENC_DIGIT, 0xC6, 1, 0, IMM_SZ, A_RMW, SZ_ALL, 0, 0, 0, 0, 1 },
    { "mov A,O", SEM_MOFFS, ENC_NONE, 0xA0, 1, 0, IMM_NONE, A_SEGOK, SZ_ALL, 0, 0, 0, 0, 1 },
    { "mov O,A", SEM_MOFFS, ENC_NONE, 0xA2, 1, 0, IMM_NONE, A_SEGOK, SZ_ALL, 0, 0, 0, 0, 1 },
    /* INC/DEC (SDM vol. 2A): "The CF flag is not affected. The OF, SF, ZF, AF, and PF flags
     * are set according to the result." */
    { "inc E", SEM_NONE, ENC_DIGIT, 0xFE, 1, 0, IMM_NONE, A_RMW | A_LOCK, SZ_ALL, 0, 0, F6 & ~CF, 0, 3 },
    { "dec E", SEM_NONE, ENC_DIGIT, 0xFE, 1, 1, IMM_NONE, A_RMW | A_LOCK, SZ_ALL, 0, 0, F6 & ~CF, 0, 3 },
    { "inc Z", SEM_NONE, ENC_OPREG, 0x40, 0, 0, IMM_NONE, A_REGW, SZ_V, 0, 0, F6 & ~CF, 0, 2 },
    { "dec Z", SEM_NONE, ENC_OPREG, 0x48, 0, 0, IMM_NONE, A_REGW, SZ_V, 0, 0, F6 & ~CF, 0, 2 },
    /* NOT: no flags. NEG (SDM vol. 2B): CF = (source != 0), the rest from the result. */
    { "not E", SEM_NONE, ENC_DIGIT, 0xF6, 1, 2, IMM_NONE, A_RMW | A_LOCK, SZ_ALL, 0, 0, 0, 0, 2 },
    { "neg E", SEM_NONE, ENC_DIGIT, 0xF6, 1, 3, IMM_NONE, A_RMW | A_LOCK, SZ_ALL, 0, 0, F6, 0, 3 },
    /* MUL (SDM vol. 2B): "The OF and CF flags are set to 0 if the upper half of the result
     * is 0; otherwise, they are set to 1. The SF, ZF, AF, and PF flags are undefined."
     * IMUL (vol. 2A) the same for all three forms. */
    { "mul E", SEM_NONE, ENC_DIGIT, 0xF6, 1, 4, IMM_NONE, 0, SZ_ALL, 0, 0, CF | OF, SZAP, 3 },
    { "imul E", SEM_NONE, ENC_DIGIT, 0xF6, 1, 5, IMM_NONE, 0, SZ_ALL, 0, 0, CF | OF, SZAP, 3 },
    { "imul G,E", SEM_NONE, ENC_MODRM, 0xAF, 0, 0, IMM_NONE, A_0F | A_REGW, SZ_V, 0, 0, CF | OF, SZAP, 3 },
    { "imul G,E,Iz", SEM_NONE, ENC_MODRM, 0x69, 0, 0, IMM_SZ, A_REGW, SZ_V, 0, 0, CF | OF, SZAP, 2 },
    { "imul G,E,sIb", SEM_NONE, ENC_MODRM, 0x6B, 0, 0, IMM_B, A_REGW, SZ_V, 0, 0, CF | OF, SZAP, 2 },
    /* DIV/IDIV (SDM vol. 2A): "The CF, OF, SF, ZF, AF, and PF flags are undefined." */
    { "div E", SEM_DIV, ENC_DIGIT, 0xF6, 1, 6, IMM_NONE, 0, SZ_ALL, 0, 0, 0, F6, 3 },
    { "idiv E", SEM_DIV, ENC_DIGIT, 0xF6, 1, 7, IMM_NONE, 0, SZ_ALL, 0, 0, 0, F6, 3 },
    SHIFT(0, "rol"), SHIFT(1, "ror"), SHIFT(2, "rcl"), SHIFT(3, "rcr"),
    SHIFT(4, "shl"), SHIFT(5, "shr"), SHIFT(7, "sar"),
    /* SHLD/SHRD: count-dependent, see hd_item_flags */
    { "shld E,G,Ib", SEM_SHXD, ENC_MODRM, 0xA4, 0, 0, IMM_B, A_0F | A_RMW, SZ_V, 0, 0, 0, 0, 3 },
    { "shld E,G,CL", SEM_SHXD, ENC_MODRM, 0xA5, 0, 0, IMM_NONE, A_0F | A_RMW, SZ_V, 0, 0, 0, 0, 3 },
    { "shrd E,G,Ib", SEM_SHXD, ENC_MODRM, 0xAC, 0, 1, IMM_B, A_0F | A_RMW, SZ_V, 0, 0, 0, 0, 3 },
    { "shrd E,G,CL", SEM_SHXD, ENC_MODRM, 0xAD, 0, 1, IMM_NONE, A_0F | A_RMW, SZ_V, 0, 0, 0, 0, 3 },
    BT(0xA3, 4, "bt", 0), BT(0xAB, 5, "bts", 1), BT(0xB3, 6, "btr", 1), BT(0xBB, 7, "btc", 1),
    /* BSF/BSR (SDM vol. 2A): "The ZF flag is set to 1 if the source operand is 0; otherwise,
     * the ZF flag is cleared. The CF, OF, SF, AF, and PF flags are undefined." */
    { "bsf G,E", SEM_BSF, ENC_MODRM, 0xBC, 0, 0, IMM_NONE, A_0F | A_REGW, SZ_V, 0, 0, ZF, F6 & ~ZF, 2 },
    { "bsr G,E", SEM_BSF, ENC_MODRM, 0xBD, 0, 0, IMM_NONE, A_0F | A_REGW, SZ_V, 0, 0, ZF, F6 & ~ZF, 2 },
    /* SETcc/CMOVcc: read the flags of their condition, write none */
    { "setcc E", SEM_SETCC, ENC_DIGIT, 0x90, 0, 0, IMM_NONE, A_0F | A_CC | A_RMW, SZ_8, 0, 0, 0, 0, 4 },
    { "cmovcc G,E", SEM_CMOV, ENC_MODRM, 0x40, 0, 0, IMM_NONE, A_0F | A_CC | A_REGW, SZ_V, 0, 0, 0, 0, 4 },
    /* XCHG: no flags. CMPXCHG (vol. 2A): flags as CMP. XADD (vol. 2B): flags as ADD.
     * CMPXCHG8B (vol. 2A): "The ZF flag is set if ...; the CF, PF, AF, SF, and OF flags are
     * unaffected." */
    { "xchg E,G", SEM_NONE, ENC_MODRM, 0x86, 1, 0, IMM_NONE, A_RMW | A_REGW | A_LOCK, SZ_ALL, 0, 0, 0, 0, 2 },
    { "xchg A,Z", SEM_XCHG_ACC, ENC_OPREG, 0x90, 0, 0, IMM_NONE, A_REGW, SZ_V, 0, 0, 0, 0, 1 },
    { "cmpxchg E,G", SEM_CMPXCHG, ENC_MODRM, 0xB0, 1, 0, IMM_NONE, A_0F | A_RMW | A_LOCK, SZ_ALL, 0, 0, F6, 0, 3 },
    { "xadd E,G", SEM_NONE, ENC_MODRM, 0xC0, 1, 0, IMM_NONE, A_0F | A_RMW | A_REGW | A_LOCK, SZ_ALL, 0, 0, F6, 0, 3 },
    { "cmpxchg8b M", SEM_CMPXCHG, ENC_DIGIT, 0xC7, 0, 1, IMM_NONE, A_0F | A_RMMEM | A_LOCK, SZ_32, 0, 0, ZF, 0, 2 },
    /* BSWAP (vol. 2A): 32-bit only here, "the result is undefined" for a 16-bit register */
    { "bswap Z", SEM_NONE, ENC_OPREG, 0xC8, 0, 0, IMM_NONE, A_0F | A_REGW, SZ_32, 0, 0, 0, 0, 1 },
    /* MOVZX/MOVSX/LEA/CBW/CWDE/CWD/CDQ/XLAT: no flags */
    { "movzx G,Eb", SEM_NONE, ENC_MODRM, 0xB6, 0, 0, IMM_NONE, A_0F | A_REGW, SZ_V, 1, 0, 0, 0, 2 },
    { "movzx G,Ew", SEM_NONE, ENC_MODRM, 0xB7, 0, 0, IMM_NONE, A_0F | A_REGW, SZ_V, 2, 0, 0, 0, 1 },
    { "movsx G,Eb", SEM_NONE, ENC_MODRM, 0xBE, 0, 0, IMM_NONE, A_0F | A_REGW, SZ_V, 1, 0, 0, 0, 2 },
    { "movsx G,Ew", SEM_NONE, ENC_MODRM, 0xBF, 0, 0, IMM_NONE, A_0F | A_REGW, SZ_V, 2, 0, 0, 0, 1 },
    { "lea G,M", SEM_LEA, ENC_MODRM, 0x8D, 0, 0, IMM_NONE, A_REGW, SZ_V, 0, 0, 0, 0, 4 },
    { "cbw/cwde", SEM_NONE, ENC_NONE, 0x98, 0, 0, IMM_NONE, 0, SZ_V, 0, 0, 0, 0, 1 },
    { "cwd/cdq", SEM_NONE, ENC_NONE, 0x99, 0, 0, IMM_NONE, 0, SZ_V, 0, 0, 0, 0, 1 },
    { "xlat", SEM_NONE, ENC_NONE, 0xD7, 0, 0, IMM_NONE, A_SEGOK, SZ_8, 0, 0, 0, 0, 1 },
    /* LAHF reads SF ZF AF PF CF into AH; SAHF writes them from AH, OF unaffected (vol. 2A/2B) */
    { "lahf", SEM_NONE, ENC_NONE, 0x9F, 0, 0, IMM_NONE, 0, SZ_32, 0, SZAP | CF, 0, 0, 2 },
    { "sahf", SEM_NONE, ENC_NONE, 0x9E, 0, 0, IMM_NONE, 0, SZ_32, 0, 0, SZAP | CF, 0, 2 },
    { "clc", SEM_NONE, ENC_NONE, 0xF8, 0, 0, IMM_NONE, 0, SZ_32, 0, 0, CF, 0, 1 },
    { "stc", SEM_NONE, ENC_NONE, 0xF9, 0, 0, IMM_NONE, 0, SZ_32, 0, 0, CF, 0, 1 },
    { "cmc", SEM_NONE, ENC_NONE, 0xF5, 0, 0, IMM_NONE, 0, SZ_32, 0, CF, CF, 0, 1 },
    { "cld", SEM_NONE, ENC_NONE, 0xFC, 0, 0, IMM_NONE, 0, SZ_32, 0, 0, 0, 0, 1 },
    { "std", SEM_NONE, ENC_NONE, 0xFD, 0, 0, IMM_NONE, 0, SZ_32, 0, 0, 0, 0, 1 },
    /* DAA/DAS (vol. 2A): read CF AF; CF AF from the adjustment, SF ZF PF from the result,
     * "The OF flag is undefined." AAA/AAS: read AF; "The AF and CF flags are set to 1 if the
     * adjustment results in a decimal carry; otherwise they are set to 0. The OF, SF, ZF,
     * and PF flags are undefined." AAM/AAD: "The SF, ZF, and PF flags are set according to
     * the resulting binary value in the AL register. The OF, AF, and CF flags are undefined." */
    { "daa", SEM_NONE, ENC_NONE, 0x27, 0, 0, IMM_NONE, 0, SZ_8, 0, CF | AF, F6 & ~OF, OF, 2 },
    { "das", SEM_NONE, ENC_NONE, 0x2F, 0, 0, IMM_NONE, 0, SZ_8, 0, CF | AF, F6 & ~OF, OF, 2 },
    { "aaa", SEM_NONE, ENC_NONE, 0x37, 0, 0, IMM_NONE, 0, SZ_8, 0, AF, AF | CF, OF | SF | ZF | PF, 2 },
    { "aas", SEM_NONE, ENC_NONE, 0x3F, 0, 0, IMM_NONE, 0, SZ_8, 0, AF, AF | CF, OF | SF | ZF | PF, 2 },
    { "aam Ib", SEM_AAM, ENC_NONE, 0xD4, 0, 0, IMM_B, 0, SZ_8, 0, 0, SF | ZF | PF, OF | AF | CF, 2 },
    { "aad Ib", SEM_AAM, ENC_NONE, 0xD5, 0, 1, IMM_B, 0, SZ_8, 0, 0, SF | ZF | PF, OF | AF | CF, 2 },
    STR(0xA4, 3, "movs", 0), STR(0xA6, 7, "cmps", F6), STR(0xAA, 2, "stos", 0),
    STR(0xAC, 1, "lods", 0), STR(0xAE, 6, "scas", F6),
    /* PUSH/POP/PUSHF/POPF: stack in the data area; POPF loads all six (vol. 2B) */
    { "push Z", SEM_PUSH, ENC_OPREG, 0x50, 0, 0, IMM_NONE, A_NOSKIP, SZ_V, 0, 0, 0, 0, 2 },
    { "push Iz", SEM_PUSH, ENC_NONE, 0x68, 0, 0, IMM_SZ, A_NOSKIP, SZ_V, 0, 0, 0, 0, 1 },
    { "push sIb", SEM_PUSH, ENC_NONE, 0x6A, 0, 0, IMM_B, A_NOSKIP, SZ_V, 0, 0, 0, 0, 1 },
    { "push M", SEM_PUSH, ENC_DIGIT, 0xFF, 0, 6, IMM_NONE, A_NOSKIP | A_RMMEM, SZ_V, 0, 0, 0, 0, 1 },
    { "pop Z", SEM_POP, ENC_OPREG, 0x58, 0, 0, IMM_NONE, A_NOSKIP | A_REGW, SZ_V, 0, 0, 0, 0, 3 },
    { "pop M", SEM_POP, ENC_DIGIT, 0x8F, 0, 0, IMM_NONE, A_NOSKIP | A_RMMEM | A_RMW, SZ_V, 0, 0, 0, 0, 1 },
    { "pushf", SEM_PUSHF, ENC_NONE, 0x9C, 0, 0, IMM_NONE, A_NOSKIP, SZ_V, 0, F6, 0, 0, 2 },
    { "popf", SEM_POPF, ENC_NONE, 0x9D, 0, 0, IMM_NONE, A_NOSKIP, SZ_V, 0, 0, F6, 0, 2 },
    /* PUSHA/POPA, ENTER/LEAVE, BOUND, multi-byte NOP: no flags (vol. 2A/2B). INTO reads OF
     * and raises #OF when it is set. */
    { "pusha/popa", SEM_PUSHA, ENC_NONE, 0x60, 0, 0, IMM_NONE, A_NOSKIP, SZ_V, 0, 0, 0, 0, 1 },
    { "enter/leave", SEM_ENTER, ENC_NONE, 0xC8, 0, 0, IMM_NONE, A_NOSKIP, SZ_32, 0, 0, 0, 0, 1 },
    { "bound G,M", SEM_BOUND, ENC_MODRM, 0x62, 0, 0, IMM_NONE, A_RMMEM, SZ_V, 0, 0, 0, 0, 1 },
    { "into", SEM_NONE, ENC_NONE, 0xCE, 0, 0, IMM_NONE, 0, SZ_32, 0, OF, 0, 0, 1 },
    { "nop E", SEM_NONE, ENC_DIGIT, 0x1F, 0, 0, IMM_NONE, A_0F, SZ_V, 0, 0, 0, 0, 1 },
    { "call/jmp/ret", SEM_CALL, ENC_NONE, 0, 0, 0, IMM_NONE, A_NOSKIP, SZ_32, 0, 0, 0, 0, 4 },
};
const unsigned hd_nforms = sizeof(hd_forms) / sizeof(hd_forms[0]);

/* Flags each condition reads (SDM vol. 1, appendix B, table B-1). */
const uint16_t hd_cc_reads[16] = {
    OF, OF, CF, CF, ZF, ZF, CF | ZF, CF | ZF, SF, SF, PF, PF, SF | OF, SF | OF,
    ZF | SF | OF, ZF | SF | OF,
};

bool hd_reg_writable(unsigned r, unsigned sz)
{
    if (sz == 1)
        return r != 3 && r != 7; /* BL, BH */
    return r != HD_EBX && r != HD_ESP;
}

unsigned hd_shift_count(const HdForm *f, const HdItem *it)
{
    if (f->sem == SEM_SHIFT && f->opc == 0xD0)
        return 1;
    return it->imm & 0xFF;
}

static void shift_flags(const HdForm *f, const HdItem *it, uint16_t *rd, uint16_t *wr,
                        uint16_t *ud)
{
    unsigned width = it->size * 8u;
    unsigned c = hd_shift_count(f, it) & 31; /* COUNTMASK = 1FH outside 64-bit mode */
    unsigned op = f->ext;

    if (op <= 3) {
        /* ROL/ROR/RCL/RCR (SDM vol. 2B, "RCL/RCR/ROL/ROR"): CF receives the last bit rotated
         * out, SF ZF AF PF are not affected, and per the Operation section "IF (COUNT &
         * COUNTMASK) = 1 THEN OF <- ... ELSE OF is undefined". RCL/RCR read CF. */
        if (op >= 2)
            *rd = CF;
        if (c != 0)
            *wr = CF;
        if (c == 1)
            *wr |= OF;
        else
            *ud = OF;
        return;
    }
    /* SAL/SAR/SHL/SHR (SDM vol. 2B): "If the count is 0, the flags are not affected";
     * CF is the last bit shifted out, "undefined for SHL and SHR instructions where the count
     * is greater than or equal to the size (in bits) of the destination operand"; "The OF
     * flag is affected only for 1-bit shifts; otherwise, it is undefined"; SF ZF PF from the
     * result; "For a non-zero count, the AF flag is undefined." */
    if (c == 0)
        return;
    *wr = SF | ZF | PF | CF;
    *ud = AF;
    if (c == 1)
        *wr |= OF;
    else
        *ud |= OF;
    if (op != 7 && c >= width) {
        *wr &= ~CF;
        *ud |= CF;
    }
}

void hd_item_flags(const HdItem *it, uint16_t *rd, uint16_t *wr, uint16_t *ud)
{
    const HdForm *f = &hd_forms[it->form];
    *rd = f->rd;
    *wr = f->wr;
    *ud = f->ud;
    switch (f->sem) {
    case SEM_SHIFT:
        *rd = *wr = *ud = 0;
        shift_flags(f, it, rd, wr, ud);
        break;
    case SEM_SHXD: {
        /* SHLD/SHRD (SDM vol. 2B): "If the count operand is 0, the flags are not affected";
         * CF is the last bit shifted out; OF is defined for a 1-bit shift only ("For shifts
         * greater than 1 bit, the OF flag is undefined"); SF ZF PF from the result; "The AF
         * flag is undefined." A count above the operand size (16-bit) leaves result and flags
         * undefined: the generator never produces one. */
        unsigned c = it->imm & 31;
        *rd = *wr = *ud = 0;
        if (c == 0)
            break;
        *wr = SF | ZF | PF | CF | (c == 1 ? OF : 0);
        *ud = AF | (c == 1 ? 0 : OF);
        break;
    }
    case SEM_SETCC:
    case SEM_CMOV:
        *rd = hd_cc_reads[it->cc];
        break;
    case SEM_STR:
        if ((f->ext & 4) && it->rep && it->v[0] == 0)
            *wr = 0;
        break;
    default:
        break;
    }
}

const char *hd_form_name(unsigned form)
{
    return form < hd_nforms ? hd_forms[form].name : "?";
}

unsigned hd_form_count(void)
{
    return hd_nforms;
}

/* Lazy EFLAGS: turns the recorded (cc_op, cc_dst, cc_src, cc_src2) of the last
 * flag-setting instruction into the six arithmetic flags, and reads/writes the whole
 * EFLAGS register for PUSHF/POPF/IRET and friends. Flag rules: Intel SDM vol. 1, 3.4.3.1
 * and appendix A (EFLAGS cross-reference), vol. 2 per-instruction "Flags Affected". */
#include "cpu/helper.h"

/* PF reflects the low byte only (SDM vol. 1, 3.4.3.1): set on an even number of ones. */
static uint32_t parity_flag(uint64_t v)
{
    return (__builtin_popcount((unsigned)(v & 0xff)) & 1) ? 0 : CC_P;
}

/* ZF, SF and PF of a result already reduced to the operand size. */
static uint32_t zsp_flags(uint64_t dst, uint64_t sign)
{
    uint32_t f = parity_flag(dst);
    if (dst == 0)
        f |= CC_Z;
    if (dst & sign)
        f |= CC_S;
    return f;
}

static uint64_t size_mask(int size_log2)
{
    return size_log2 == 3 ? ~0ull : (1ull << (8 << size_log2)) - 1;
}

uint32_t helper_cc_compute_all(uint64_t dst, uint64_t src, uint64_t src2, uint32_t op)
{
    if (op == CC_OP_EFLAGS)
        return (uint32_t)src & CC_ALL;
    if (op == CC_OP_CLR)
        return CC_Z | CC_P;
    if (op < CC_OP_MULB || op >= CC_OP_CLR)
        return 0; /* CC_OP_DYNAMIC never reaches here from a consistent state */

    int size = (op - CC_OP_MULB) & 3;
    uint64_t mask = size_mask(size);
    uint64_t sign = 1ull << ((8 << size) - 1);
    dst &= mask;
    src &= mask;
    uint32_t f = zsp_flags(dst, sign);
    uint64_t src1, cin;

    switch (op - size) {
    case CC_OP_MULB:
        /* CF=OF=1 when the high half is significant; SF ZF AF PF are undefined (SDM
         * vol. 2, MUL/IMUL): we report ZF/SF/PF of the low half and AF clear. */
        if (src)
            f |= CC_C | CC_O;
        return f;
    case CC_OP_ADDB:
    case CC_OP_ADCB:
        cin = (op - size == CC_OP_ADCB) ? (src2 & 1) : 0;
        src1 = (dst - src - cin) & mask;
        if (cin ? dst <= src : dst < src)
            f |= CC_C;
        if ((dst ^ src ^ src1) & 0x10)
            f |= CC_A;
        if (~(src1 ^ src) & (src1 ^ dst) & sign)
            f |= CC_O;
        return f;
    case CC_OP_SUBB:
    case CC_OP_SBBB:
        cin = (op - size == CC_OP_SBBB) ? (src2 & 1) : 0;
        src1 = (dst + src + cin) & mask;
        if (cin ? src1 <= src : src1 < src)
            f |= CC_C;
        if ((dst ^ src ^ src1) & 0x10)
            f |= CC_A;
        if ((src1 ^ src) & (src1 ^ dst) & sign)
            f |= CC_O;
        return f;
    case CC_OP_LOGICB:
        /* AND/OR/XOR/TEST: CF=OF=0, AF undefined (reported clear). */
        return f;
    case CC_OP_INCB:
        /* INC keeps CF (cc_src holds it); OF when the result is the most negative value. */
        if (src & 1)
            f |= CC_C;
        if ((dst & 0xf) == 0)
            f |= CC_A;
        if (dst == sign)
            f |= CC_O;
        return f;
    case CC_OP_DECB:
        if (src & 1)
            f |= CC_C;
        if ((dst & 0xf) == 0xf)
            f |= CC_A;
        if (dst == sign - 1)
            f |= CC_O;
        return f;
    case CC_OP_SHLB:
        /* cc_src = operand shifted by count-1: its top bit is the last bit shifted out.
         * OF = MSB(result) XOR CF, defined for count 1 (SDM vol. 2, SAL/SAR/SHL/SHR);
         * AF undefined (reported clear). */
        if (src & sign)
            f |= CC_C;
        if ((dst ^ src) & sign)
            f |= CC_O;
        return f;
    case CC_OP_SARB:
        /* Right shifts (SHR, SAR, SHRD): CF = last bit out = bit 0 of cc_src. OF for count
         * 1 is the sign change: MSB(result) XOR the bit below it. */
        if (src & 1)
            f |= CC_C;
        if ((dst ^ (dst << 1)) & sign)
            f |= CC_O;
        return f;
    case CC_OP_BMIB:
        if (src & 1)
            f |= CC_C;
        return f;
    }
    return f;
}

/* CF alone, for INC/DEC, ADC/SBB, RCL/RCR and Jcc/SETcc on CF when the translator does
 * not know the last cc_op (a TB entered with the flags of a previous TB). The same rules
 * as helper_cc_compute_all, without ZF/SF/PF/AF/OF: CF is the borrow of the recorded
 * SUB/SBB (src1 < src2, or <= with a borrow in), the carry of ADD/ADC (the result
 * wrapped below an operand), 0 for logic ops (SDM vol. 2, AND/OR/XOR/TEST), kept in
 * cc_src by INC/DEC, and the last bit shifted out for the shifts. */
uint64_t helper_cc_compute_c(uint64_t dst, uint64_t src, uint64_t src2, uint32_t op)
{
    if (op == CC_OP_EFLAGS)
        return src & CC_C;
    if (op < CC_OP_MULB || op >= CC_OP_CLR)
        return 0; /* CLR (and no flags recorded at all) */

    int size = (op - CC_OP_MULB) & 3;
    uint64_t mask = size_mask(size);
    uint64_t cin, src1;
    dst &= mask;
    src &= mask;
    switch (op - size) {
    case CC_OP_SUBB:
        return ((dst + src) & mask) < src;
    case CC_OP_ADDB:
        return dst < src;
    case CC_OP_LOGICB:
        return 0;
    case CC_OP_INCB:
    case CC_OP_DECB:
    case CC_OP_SARB:
    case CC_OP_BMIB:
        return src & 1;
    case CC_OP_SHLB:
        return (src >> ((8 << size) - 1)) & 1;
    case CC_OP_ADCB:
        cin = src2 & 1;
        return cin ? dst <= src : dst < src;
    case CC_OP_SBBB:
        cin = src2 & 1;
        src1 = (dst + src + cin) & mask;
        return cin ? src1 <= src : src1 < src;
    case CC_OP_MULB:
        return src != 0;
    }
    return 0;
}

/* The whole-register view lives in cpu/cpu.c (x86_get_eflags / x86_set_eflags, which
 * also refresh hflags); these are its entry points from generated code. The caller (the
 * translator) computes update_mask from CPL/IOPL/mode (SDM vol. 2, POPF). */
uint32_t helper_read_eflags(CPUX86State *env)
{
    return x86_get_eflags(env);
}

void helper_write_eflags(CPUX86State *env, uint32_t val, uint32_t update_mask)
{
    x86_set_eflags(env, val, update_mask);
}

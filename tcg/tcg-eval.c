/* Reference semantics of the pure IR ops on constant inputs, as tcg/README.md states
 * them. The optimizer folds with these; the unit tests check the interpreter against
 * them. I32 values are handled zero-extended in uint64_t. */
#include "tcg/tcg-internal.h"

static const char *const cond_names[] = {
    [TCG_COND_NEVER] = "never", [TCG_COND_ALWAYS] = "always",
    [TCG_COND_EQ] = "eq", [TCG_COND_NE] = "ne",
    [TCG_COND_LT] = "lt", [TCG_COND_GE] = "ge", [TCG_COND_LE] = "le", [TCG_COND_GT] = "gt",
    [TCG_COND_LTU] = "ltu", [TCG_COND_GEU] = "geu", [TCG_COND_LEU] = "leu",
    [TCG_COND_GTU] = "gtu", [TCG_COND_TSTEQ] = "tsteq", [TCG_COND_TSTNE] = "tstne",
};

const char *tcg_cond_name(TCGCond c)
{
    return (unsigned)c < sizeof(cond_names) / sizeof(cond_names[0]) ? cond_names[c] : "?";
}

bool tcg_eval_cond(TCGCond c, TCGType type, uint64_t a, uint64_t b)
{
    int64_t sa, sb;
    if (type == TCG_TYPE_I32) {
        a = (uint32_t)a;
        b = (uint32_t)b;
        sa = (int32_t)a;
        sb = (int32_t)b;
    } else {
        sa = (int64_t)a;
        sb = (int64_t)b;
    }
    switch (c) {
    case TCG_COND_NEVER: return false;
    case TCG_COND_ALWAYS: return true;
    case TCG_COND_EQ: return a == b;
    case TCG_COND_NE: return a != b;
    case TCG_COND_LT: return sa < sb;
    case TCG_COND_GE: return sa >= sb;
    case TCG_COND_LE: return sa <= sb;
    case TCG_COND_GT: return sa > sb;
    case TCG_COND_LTU: return a < b;
    case TCG_COND_GEU: return a >= b;
    case TCG_COND_LEU: return a <= b;
    case TCG_COND_GTU: return a > b;
    case TCG_COND_TSTEQ: return (a & b) == 0;
    case TCG_COND_TSTNE: return (a & b) != 0;
    }
    tcg_internal_error("condition %d", (int)c);
}

static uint64_t sext(uint64_t v, unsigned bits)
{
    unsigned sh = 64 - bits;
    return (uint64_t)((int64_t)(v << sh) >> sh);
}

static uint64_t bswap16v(uint64_t a) { return ((a & 0xff) << 8) | ((a >> 8) & 0xff); }

bool tcg_eval_op(TCGOpcode opc, TCGType type, const uint64_t *in, const TCGArg *cargs,
                 uint64_t out[2])
{
    const bool is32 = type == TCG_TYPE_I32;
    const unsigned w = is32 ? 32 : 64;
    const uint64_t mask = is32 ? 0xffffffffull : ~0ull;
    uint64_t a = in[0] & mask, b = 0, r;
    unsigned sh;
    int64_t sa, sb;

    switch (tcg_op_defs[opc].nb_iargs) {
    case 0: return false;
    case 1: break;
    default: b = in[1] & mask; break;
    }
    sa = (int64_t)sext(a, w);
    sb = (int64_t)sext(b, w);

    switch (opc) {
    case INDEX_op_mov: r = a; break;
    case INDEX_op_add: r = a + b; break;
    case INDEX_op_sub: r = a - b; break;
    case INDEX_op_mul: r = a * b; break;
    case INDEX_op_neg: r = -a; break;
    case INDEX_op_and: r = a & b; break;
    case INDEX_op_or: r = a | b; break;
    case INDEX_op_xor: r = a ^ b; break;
    case INDEX_op_andc: r = a & ~b; break;
    case INDEX_op_orc: r = a | ~b; break;
    case INDEX_op_not: r = ~a; break;
    case INDEX_op_shl: r = a << (b & (w - 1)); break;
    case INDEX_op_shr: r = a >> (b & (w - 1)); break;
    case INDEX_op_sar: r = (uint64_t)(sa >> (b & (w - 1))); break;
    case INDEX_op_rotl:
        sh = b & (w - 1);
        r = sh ? (a << sh) | (a >> (w - sh)) : a;
        break;
    case INDEX_op_rotr:
        sh = b & (w - 1);
        r = sh ? (a >> sh) | (a << (w - sh)) : a;
        break;
    case INDEX_op_divu:
        if (b == 0)
            return false;
        r = a / b;
        break;
    case INDEX_op_remu:
        if (b == 0)
            return false;
        r = a % b;
        break;
    case INDEX_op_divs:
        if (b == 0)
            return false;
        /* The most negative value divided by -1 overflows: defined here as wrapping. */
        r = sb == -1 ? (uint64_t)0 - a : (uint64_t)(sa / sb);
        break;
    case INDEX_op_rems:
        if (b == 0)
            return false;
        r = sb == -1 ? 0 : (uint64_t)(sa % sb);
        break;
    case INDEX_op_mulu2:
        if (is32) {
            uint64_t p = a * b;
            out[0] = (uint32_t)p;
            out[1] = p >> 32;
        } else {
            unsigned __int128 p = (unsigned __int128)a * b;
            out[0] = (uint64_t)p;
            out[1] = (uint64_t)(p >> 64);
        }
        return true;
    case INDEX_op_muls2:
        if (is32) {
            int64_t p = sa * sb;
            out[0] = (uint32_t)p;
            out[1] = (uint32_t)((uint64_t)p >> 32);
        } else {
            __int128 p = (__int128)sa * sb;
            out[0] = (uint64_t)p;
            out[1] = (uint64_t)((unsigned __int128)p >> 64);
        }
        return true;
    case INDEX_op_clz:
        r = a ? (uint64_t)(__builtin_clzll(a) - (64 - w)) : b;
        break;
    case INDEX_op_ctz:
        r = a ? (uint64_t)__builtin_ctzll(a) : b;
        break;
    case INDEX_op_ctpop: r = (uint64_t)__builtin_popcountll(a); break;
    case INDEX_op_bswap16: r = bswap16v(a); break;
    case INDEX_op_bswap32: r = __builtin_bswap32((uint32_t)a); break;
    case INDEX_op_bswap64:
        if (is32)
            return false;
        r = __builtin_bswap64(a);
        break;
    case INDEX_op_ext8s: r = sext(a, 8); break;
    case INDEX_op_ext8u: r = a & 0xff; break;
    case INDEX_op_ext16s: r = sext(a, 16); break;
    case INDEX_op_ext16u: r = a & 0xffff; break;
    case INDEX_op_ext32s: r = sext(a, 32); break;
    case INDEX_op_ext32u: r = a & 0xffffffffull; break;
    case INDEX_op_extu_i32_i64: out[0] = (uint32_t)in[0]; return true;
    case INDEX_op_ext_i32_i64: out[0] = sext((uint32_t)in[0], 32); return true;
    case INDEX_op_extrl_i64_i32: out[0] = (uint32_t)in[0]; return true;
    case INDEX_op_extrh_i64_i32: out[0] = in[0] >> 32; return true;
    case INDEX_op_deposit: {
        unsigned pos = (unsigned)cargs[0], len = (unsigned)cargs[1];
        uint64_t m = (len == 64 ? ~0ull : (1ull << len) - 1) << pos;
        r = (a & ~m) | ((b << pos) & m);
        break;
    }
    case INDEX_op_extract: {
        unsigned pos = (unsigned)cargs[0], len = (unsigned)cargs[1];
        r = (a >> pos) & (len == 64 ? ~0ull : (1ull << len) - 1);
        break;
    }
    case INDEX_op_sextract: {
        unsigned pos = (unsigned)cargs[0], len = (unsigned)cargs[1];
        r = sext(a >> pos, len);
        break;
    }
    case INDEX_op_setcond:
        r = tcg_eval_cond((TCGCond)cargs[0], type, a, b);
        break;
    case INDEX_op_movcond:
        r = tcg_eval_cond((TCGCond)cargs[0], type, a, b) ? in[2] : in[3];
        break;
    default:
        return false;
    }
    out[0] = r & mask;
    return true;
}

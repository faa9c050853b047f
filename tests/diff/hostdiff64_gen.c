/* hostdiff64's random cases and their assembly. Each item is one instruction form of the
 * 64-bit integer ISA with its operand choices; assembling an item emits its setup
 * instructions (pointers, counts, divisors as MOV r64, imm64) and then the instruction.
 * The assembler tracks which status flags the SDM leaves undefined ("Flags Affected" of
 * each instruction, vol. 2): an instruction that reads an undefined flag gets a CMP
 * first, and the comparison skips only the flags still undefined at the end. */
#include <string.h>
#include "hostdiff64.h"
#include "hostdiff64_enc.h"

enum {
    F_ALU_MR, F_ALU_RM, F_ALU_MI, F_ALU_MI8, F_ALU_AI, F_TEST_MR, F_TEST_MI,
    F_MOV_MR, F_MOV_RM, F_MOV_RI, F_MOV_MI, F_MOVX, F_MOVSXD,
    F_INCDEC, F_NOTNEG, F_MUL1, F_DIV, F_IMUL2, F_IMUL3,
    F_SHIFT_I, F_SHIFT_1, F_SHIFT_CL, F_SHXD,
    F_BT_R, F_BT_I, F_BSF, F_BSWAP,
    F_LEA, F_XCHG, F_XCHG_A, F_XADD, F_CMPXCHG, F_CMPXCHG16B,
    F_CONV, F_SETCC, F_CMOVCC,
    F_PUSH, F_POP, F_PUSHI, F_PUSHM, F_PUSHF, F_POPF,
    F_STRING, F_LAHF, F_SAHF, F_MOFFS,
    F_CALLRET, F_JMPR, F_JCC, F_LOOP, F_FLAGOP,
    F_COUNT
};

static const char *const form_names[F_COUNT] = {
    "alu r/m,r", "alu r,r/m", "alu r/m,imm", "alu r/m,imm8", "alu acc,imm", "test r/m,r",
    "test r/m,imm", "mov r/m,r", "mov r,r/m", "mov r,imm", "mov r/m,imm", "movzx/movsx",
    "movsxd", "inc/dec", "not/neg", "mul/imul r/m", "div/idiv", "imul r,r/m", "imul r,r/m,imm",
    "shift imm", "shift 1", "shift cl", "shld/shrd", "bt r", "bt imm", "bsf/bsr", "bswap",
    "lea", "xchg", "xchg rax,r", "xadd", "cmpxchg", "cmpxchg16b", "cbw/cwd family", "setcc",
    "cmovcc", "push r", "pop r", "push imm", "push/pop m", "pushfq", "popfq", "string",
    "lahf", "sahf", "mov moffs64", "call/ret", "jmp r64", "jcc", "loop", "flag op",
};

const char *h64_form_name(unsigned form)
{
    return form < F_COUNT ? form_names[form] : "?";
}

/* ---- random numbers (splitmix64) ---- */

typedef struct Rng {
    uint64_t s;
} Rng;

static uint64_t rnd(Rng *r)
{
    uint64_t z = (r->s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static unsigned below(Rng *r, unsigned n)
{
    return (unsigned)(rnd(r) % n);
}

/* Interesting values: edges of every width, small numbers, random bits. */
static uint64_t value(Rng *r)
{
    static const uint64_t edges[] = {
        0, 1, 2, 0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 0xFFFF, 0x7FFFFFFF, 0x80000000,
        0xFFFFFFFF, 0x100000000ull, 0x7FFFFFFFFFFFFFFFull, 0x8000000000000000ull,
        0xFFFFFFFFFFFFFFFFull, 0xFFFFFFFF80000000ull, 0x00000000FFFFFFFEull,
    };
    switch (below(r, 4)) {
    case 0:
        return edges[below(r, sizeof edges / sizeof edges[0])];
    case 1:
        return rnd(r) & 0xFF;
    case 2:
        return rnd(r) >> below(r, 64);
    default:
        return rnd(r);
    }
}

static uint64_t size_mask(int size)
{
    return size == 8 ? ~0ull : (1ull << (8 * size)) - 1;
}

static int pick_size(Rng *r)
{
    static const int sizes[] = { 1, 2, 4, 8, 8, 8, 4 };
    return sizes[below(r, sizeof sizes / sizeof sizes[0])];
}

/* A register the sequence may write: not RBX (the data pointer) nor RSP. For byte
 * registers, rex decides 4-7: SPL..DIL with REX, AH..BH without (BH is RBX's). */
static int dst_reg(Rng *r, int size, bool rex)
{
    for (;;) {
        int x = (int)below(r, (size == 1 && !rex) ? 8 : 16);
        if (x == R_BX || x == R_SP)
            continue;
        if (size == 1 && !rex && x == 7)
            continue;
        if (size == 1 && rex && x == R_SP)
            continue;
        return x;
    }
}

static int src_reg(Rng *r, int size, bool rex)
{
    return (int)below(r, (size == 1 && !rex) ? 8 : 16);
}

/* A scratch register for setup values (never RBX/RSP). */
static int scratch_reg(Rng *r)
{
    return dst_reg(r, 8, true);
}

/* ---- memory operands ---- */

enum { MK_RBX_D8, MK_RBX_D32, MK_SIB, MK_BASE0, MK_RIP, MK_ABS, MK_A67, MK_STACK, MK_COUNT };

/* A scratch register outside the mask. */
static int scratch_not(Rng *r, unsigned avoid)
{
    int x;
    do {
        x = scratch_reg(r);
    } while (avoid & (1u << x));
    return x;
}

/* Chooses a memory operand of size bytes: the flavour in amode (bit 7: a 0x67 prefix),
 * the setup values of its registers in v[1] (base) and v[2] (index). Setup registers
 * avoid the registers in the mask. A base or index above R7 means a REX prefix, which
 * turns byte registers 4-7 into SPL..DIL: it->rex says so to the register choices. */
static void pick_mem_m(Rng *r, H64Item *it, int size, unsigned avoid)
{
    int kind = (int)below(r, MK_COUNT);
    it->mem = true;
    it->v[1] = it->v[2] = 0;
    switch (kind) {
    case MK_RBX_D8:
        it->amode = AM_BASE_D8;
        it->base = R_BX;
        it->disp = (int32_t)below(r, 256 - (unsigned)size) - 128;
        break;
    case MK_RBX_D32:
        it->amode = AM_BASE_D32;
        it->base = R_BX;
        it->disp = (int32_t)below(r, 0x1F00 - (unsigned)size) - 0x1000;
        break;
    case MK_SIB: {
        it->amode = AM_BASE_IDX;
        it->base = (uint8_t)scratch_not(r, avoid);
        it->index = (uint8_t)scratch_not(r, avoid | (1u << it->base));
        it->scale = (uint8_t)below(r, 4);
        uint64_t idx = below(r, 0x40);
        it->disp = (int32_t)below(r, 256) - 128;
        uint64_t off = 0x200 + below(r, 0x1800 - (unsigned)size);  /* within the data */
        it->v[1] = H64_DATA_BASE + off - (idx << it->scale) - (uint64_t)(int64_t)it->disp;
        it->v[2] = idx;
        break;
    }
    case MK_BASE0:
        it->amode = AM_BASE0;
        it->base = (uint8_t)scratch_not(r, avoid);
        it->v[1] = H64_DATA_BASE + below(r, H64_DATA_SIZE - (unsigned)size);
        it->disp = 0;
        break;
    case MK_RIP:
        it->amode = AM_RIP;
        it->v[1] = H64_NEAR_BASE + below(r, H64_NEAR_SIZE - (unsigned)size);
        break;
    case MK_ABS:
        it->amode = AM_ABS32;
        it->disp = (int32_t)(H64_NEAR_BASE + below(r, H64_NEAR_SIZE - (unsigned)size));
        break;
    case MK_A67:
        /* 0x67: the effective address is 32 bits; the base's upper half is ignored */
        it->amode = AM_BASE_D8 | 0x80;
        it->base = (uint8_t)scratch_not(r, avoid);
        it->disp = (int32_t)below(r, 64);
        it->v[1] = (rnd(r) << 32) | (H64_NEAR_BASE + 0x100 + below(r, 0xE00));
        break;
    default: /* MK_STACK: [rsp + d8] (the pushed area and above it) */
        it->amode = AM_BASE_D8;
        it->base = R_SP;
        it->disp = (int32_t)(below(r, 0x20) * 4);
        break;
    }
    if (it->base >= 8 || (it->amode == AM_BASE_IDX && it->index >= 8))
        it->rex = true;
}

static void pick_mem(Rng *r, H64Item *it, int size, int avoid)
{
    pick_mem_m(r, it, size, avoid >= 0 ? 1u << avoid : 0);
}

/* An r/m operand: a register (avoid: RBX/RSP as destination) or memory. */
static void pick_rm(Rng *r, H64Item *it, int size, bool dst)
{
    if (below(r, 2)) {
        it->mem = false;
        it->rm = (uint8_t)(dst ? dst_reg(r, size, it->rex) : src_reg(r, size, it->rex));
    } else {
        pick_mem(r, it, size, -1);
    }
}

/* ---- case generation ---- */

static const unsigned weights[F_COUNT] = {
    [F_ALU_MR] = 8, [F_ALU_RM] = 8, [F_ALU_MI] = 5, [F_ALU_MI8] = 5, [F_ALU_AI] = 2,
    [F_TEST_MR] = 2, [F_TEST_MI] = 2, [F_MOV_MR] = 4, [F_MOV_RM] = 4, [F_MOV_RI] = 4,
    [F_MOV_MI] = 3, [F_MOVX] = 3, [F_MOVSXD] = 3, [F_INCDEC] = 3, [F_NOTNEG] = 3,
    [F_MUL1] = 3, [F_DIV] = 3, [F_IMUL2] = 3, [F_IMUL3] = 3, [F_SHIFT_I] = 4,
    [F_SHIFT_1] = 2, [F_SHIFT_CL] = 4, [F_SHXD] = 3, [F_BT_R] = 2, [F_BT_I] = 2,
    [F_BSF] = 2, [F_BSWAP] = 2, [F_LEA] = 5, [F_XCHG] = 2, [F_XCHG_A] = 1, [F_XADD] = 2,
    [F_CMPXCHG] = 2, [F_CMPXCHG16B] = 2, [F_CONV] = 2, [F_SETCC] = 3, [F_CMOVCC] = 3,
    [F_PUSH] = 2, [F_POP] = 2, [F_PUSHI] = 1, [F_PUSHM] = 1, [F_PUSHF] = 1, [F_POPF] = 1,
    [F_STRING] = 3, [F_LAHF] = 1, [F_SAHF] = 1, [F_MOFFS] = 2, [F_CALLRET] = 1,
    [F_JMPR] = 1, [F_JCC] = 2, [F_LOOP] = 1, [F_FLAGOP] = 1,
};

static int pick_form(Rng *r)
{
    unsigned total = 0;
    for (int f = 0; f < F_COUNT; f++)
        total += weights[f];
    unsigned x = below(r, total);
    for (int f = 0; f < F_COUNT; f++) {
        if (x < weights[f])
            return f;
        x -= weights[f];
    }
    return F_ALU_MR;
}

/* Stack depth in bytes (pushes minus pops) while generating: pops never go above the
 * start, pushes never go below 0x200 of it. */
static void gen_item(Rng *r, H64Item *it, int *depth)
{
    memset(it, 0, sizeof *it);
    for (;;) {
        int f = pick_form(r);
        it->form = (uint16_t)f;
        it->size = (uint8_t)pick_size(r);
        it->rex = below(r, 3) == 0;
        it->op = (uint8_t)below(r, 8);
        it->imm = value(r);
        switch (f) {
        case F_ALU_MR: case F_MOV_MR: case F_XADD: case F_CMPXCHG: case F_TEST_MR:
            pick_rm(r, it, it->size, f != F_TEST_MR && !(f == F_ALU_MR && it->op == 7));
            it->reg = (uint8_t)(f == F_XADD || f == F_CMPXCHG ? dst_reg(r, it->size, it->rex)
                                                             : src_reg(r, it->size, it->rex));
            if (f == F_CMPXCHG && !it->mem && it->rm == R_AX)
                it->rm = R_CX;
            return;
        case F_ALU_RM: case F_MOV_RM: case F_IMUL2: case F_CMOVCC: case F_BSF:
            if (f == F_IMUL2 || f == F_CMOVCC || f == F_BSF)
                it->size = (uint8_t)(2 << below(r, 3));
            if (f == F_CMOVCC)
                it->op = (uint8_t)below(r, 16);
            pick_rm(r, it, it->size, false);
            if (f == F_BSF) { /* a register set up non-zero (zero: dest undefined) */
                it->mem = false;
                it->rm = (uint8_t)dst_reg(r, it->size, true);
            }
            it->reg = (uint8_t)((f == F_ALU_RM && it->op == 7) ? src_reg(r, it->size, it->rex)
                                                              : dst_reg(r, it->size, it->rex));
            it->v[0] = value(r) | (1ull << below(r, (unsigned)it->size * 8)); /* BSF source */
            return;
        case F_ALU_MI: case F_ALU_MI8: case F_TEST_MI: case F_MOV_MI: case F_INCDEC:
        case F_NOTNEG: case F_SHIFT_I: case F_SHIFT_1: case F_SHIFT_CL: case F_SETCC:
            if (f == F_ALU_MI8)
                it->size = (uint8_t)(2 << below(r, 3));
            if (f == F_SETCC) {
                it->size = 1;
                it->op = (uint8_t)below(r, 16);
            }
            if (f == F_SHIFT_CL && below(r, 2) == 0) {
                pick_mem_m(r, it, it->size, 1u << R_CX); /* the setup must not clobber CL */
            } else {
                pick_rm(r, it, it->size, !(f == F_ALU_MI && it->op == 7) && f != F_TEST_MI);
                if (f == F_SHIFT_CL && it->mem)
                    pick_mem_m(r, it, it->size, 1u << R_CX);
            }
            if (f == F_SHIFT_I || f == F_SHIFT_CL)
                it->imm = below(r, 3) ? below(r, (unsigned)it->size * 8 + 2) : rnd(r) & 0xFF;
            if (f == F_SHIFT_CL && !it->mem && it->rm == R_CX)
                it->rm = R_DX;
            return;
        case F_ALU_AI:
            return;
        case F_MOV_RI: case F_BSWAP: case F_XCHG_A: case F_PUSH: case F_POP:
            if (f == F_MOV_RI)
                it->rex = true; /* B0+r: with REX, 4-7 are SPL..DIL (and BH is RBX's) */
            if (f == F_BSWAP)
                it->size = (uint8_t)(4 << below(r, 2));
            if (f == F_XCHG_A)
                it->size = (uint8_t)(2 << below(r, 3));
            if (f == F_PUSH || f == F_POP)
                it->size = below(r, 4) ? 8 : 2;
            if (f == F_PUSH && *depth + it->size > 0x200)
                continue;
            if (f == F_POP && *depth < it->size)
                continue;
            it->reg = (uint8_t)dst_reg(r, it->size, true);
            if (f == F_PUSH)
                it->reg = (uint8_t)src_reg(r, 8, true);
            *depth += f == F_PUSH ? it->size : f == F_POP ? -it->size : 0;
            return;
        case F_MOVX:
            it->size = (uint8_t)(2 << below(r, 3));
            it->op = (uint8_t)below(r, 4); /* 0F B6 B7 BE BF */
            if (it->size == 2 && (it->op & 1))
                it->op &= 2;
            pick_rm(r, it, (it->op & 1) ? 2 : 1, false);
            it->reg = (uint8_t)dst_reg(r, it->size, true);
            return;
        case F_MOVSXD:
            it->size = below(r, 4) ? 8 : 4;
            pick_rm(r, it, 4, false);
            it->reg = (uint8_t)dst_reg(r, it->size, true);
            return;
        case F_MUL1:
            it->op = (uint8_t)(4 + below(r, 2));
            pick_rm(r, it, it->size, false);
            return;
        case F_DIV:
            it->op = (uint8_t)(6 + below(r, 2));
            it->mem = false;
            it->rex = true; /* the divisor's setup writes the full register */
            do {
                it->rm = (uint8_t)dst_reg(r, it->size, true);
            } while (it->rm == R_AX || it->rm == R_DX);
            it->v[0] = value(r) & size_mask(it->size);
            if (!it->v[0])
                it->v[0] = 3;
            it->v[1] = value(r);       /* dividend (low half) */
            it->v[2] = below(r, 16);   /* 0: random upper half (mostly #DE) */
            return;
        case F_IMUL3:
            it->size = (uint8_t)(2 << below(r, 3));
            pick_rm(r, it, it->size, false);
            it->reg = (uint8_t)dst_reg(r, it->size, true);
            it->op = (uint8_t)below(r, 2); /* 0: imm8 (6B), 1: imm16/32 (69) */
            return;
        case F_SHXD:
            it->size = (uint8_t)(2 << below(r, 3));
            it->op = (uint8_t)below(r, 4); /* shld imm, shld cl, shrd imm, shrd cl */
            pick_rm(r, it, it->size, true);
            if (it->mem)
                pick_mem_m(r, it, it->size, 1u << R_CX); /* the setup must not clobber CL */
            it->reg = (uint8_t)src_reg(r, it->size, true);
            /* 16-bit counts above 16 leave the result undefined (SDM vol. 2B SHLD) */
            it->imm = it->size == 2 ? below(r, 17) : below(r, 80);
            if ((it->op & 1) && ((!it->mem && it->rm == R_CX) || it->reg == R_CX))
                continue;
            return;
        case F_BT_R:
            it->size = (uint8_t)(2 << below(r, 3));
            it->mem = false;
            it->op &= 3; /* bt bts btr btc: only BT leaves the operand alone */
            it->rm = (uint8_t)(it->op ? dst_reg(r, it->size, true) : src_reg(r, it->size, true));
            it->reg = (uint8_t)src_reg(r, it->size, true);
            return;
        case F_BT_I:
            it->size = (uint8_t)(2 << below(r, 3));
            it->op &= 3;
            pick_rm(r, it, it->size, it->op != 0);
            it->imm = rnd(r) & 0xFF;
            return;
        case F_LEA:
            it->size = (uint8_t)(2 << below(r, 3));
            it->reg = (uint8_t)dst_reg(r, it->size, true);
            pick_mem(r, it, 1, it->reg);
            return;
        case F_XCHG:
            pick_rm(r, it, it->size, true);
            it->reg = (uint8_t)dst_reg(r, it->size, it->rex);
            return;
        case F_CMPXCHG16B:
            it->mem = true;
            it->amode = AM_BASE_D32;
            it->base = R_BX;
            it->disp = (int32_t)(below(r, 0x1E0) * 16) - 0x1000;
            it->op = (uint8_t)below(r, 3); /* 0: RDX:RAX from memory (equal) */
            it->size = 8;
            return;
        case F_CONV:
            it->size = (uint8_t)(2 << below(r, 3));
            it->op &= 1; /* 98 / 99 */
            return;
        case F_PUSHI:
            if (*depth + 8 > 0x200)
                continue;
            *depth += 8;
            it->op &= 1; /* 6A / 68 */
            return;
        case F_PUSHM:
            if (*depth + 8 > 0x200 || *depth < 8)
                continue;
            pick_mem(r, it, 8, -1);
            it->op &= 1; /* 0: push [m] (FF /6), 1: pop [m] (8F /0) */
            return;
        case F_PUSHF:
            return;
        case F_POPF:
            /* status flags and DF only: IF, IOPL, TF, AC differ between the host's CPL 3
             * and Tern's CPL 0 or would trap */
            it->imm = (rnd(r) & (H64_STATUS | H64_DF)) | 2;
            return;
        case F_STRING:
            it->op = (uint8_t)below(r, 5);        /* movs stos lods cmps scas */
            it->reg = (uint8_t)below(r, 3);       /* 0 none, 1 F3, 2 F2 */
            if (it->op < 3 && it->reg == 2)
                it->reg = 1;
            it->v[0] = 1 + below(r, 6);            /* count */
            it->v[1] = below(r, 2);                /* DF */
            it->v[2] = below(r, 4);                /* 0: 0x67 (ESI/EDI/ECX) */
            it->disp = (int32_t)(below(r, 0x400) * (it->size < 4 ? 1 : it->size));
            it->imm = below(r, 0x400) * (it->size < 4 ? 1 : it->size);
            return;
        case F_LAHF: case F_SAHF:
            return;
        case F_MOFFS:
            it->op &= 1;                           /* 0: load (A0/A1), 1: store (A2/A3) */
            it->imm = H64_DATA_BASE + below(r, H64_DATA_SIZE - (unsigned)it->size);
            return;
        case F_CALLRET: case F_JMPR:
            it->reg = (uint8_t)dst_reg(r, 8, true);
            return;
        case F_JCC:
            it->op = (uint8_t)below(r, 16);
            it->v[0] = below(r, 2);                /* rel8 / rel32 */
            return;
        case F_LOOP:
            it->op = (uint8_t)below(r, 4);         /* loopne loope loop jrcxz */
            it->v[0] = 1 + below(r, 3);            /* count (0 would mean 2^32 or 2^64) */
            it->v[1] = below(r, 4) == 0;           /* 0x67 */
            return;
        case F_FLAGOP:
            it->op = (uint8_t)below(r, 5);         /* clc stc cmc cld std */
            return;
        default:
            continue;
        }
    }
}

void h64_gen_case(H64Case *c, uint64_t seed, int len)
{
    Rng r = { seed * 0x2545F4914F6CDD1Dull + 1 };
    int depth = 0;
    c->seed = seed;
    c->nitems = len;
    for (int i = 0; i < len; i++)
        gen_item(&r, &c->item[i], &depth);
    for (int k = 0; k < H64_NINPUTS; k++) {
        H64State *s = &c->in[k];
        for (int i = 0; i < 16; i++)
            s->reg[i] = value(&r);
        s->reg[R_BX] = H64_DATA_PTR;
        s->reg[R_SP] = H64_STACK_TOP;
        s->rflags = (rnd(&r) & (H64_STATUS | H64_DF)) | 2;
        for (unsigned i = 0; i < H64_DATA_SIZE; i++)
            c->data[k][i] = (uint8_t)(below(&r, 4) ? rnd(&r) : 0);
        for (unsigned i = 0; i < H64_NEAR_SIZE; i++)
            c->near[k][i] = (uint8_t)rnd(&r);
    }
}

/* ---- flags (SDM vol. 2, "Flags Affected" of each instruction) ---- */

static const uint16_t cc_reads[16] = {
    H64_OF, H64_OF, H64_CF, H64_CF, H64_ZF, H64_ZF, H64_CF | H64_ZF, H64_CF | H64_ZF,
    H64_SF, H64_SF, H64_PF, H64_PF, H64_SF | H64_OF, H64_SF | H64_OF,
    H64_ZF | H64_SF | H64_OF, H64_ZF | H64_SF | H64_OF,
};

/* The status flags an item reads, defines and leaves undefined. */
static void item_flags(const H64Item *it, uint16_t *rd, uint16_t *def, uint16_t *und)
{
    const uint16_t all = H64_STATUS;
    *rd = *def = *und = 0;
    unsigned bits = it->size * 8u;
    switch (it->form) {
    case F_ALU_MR: case F_ALU_RM: case F_ALU_MI: case F_ALU_MI8: case F_ALU_AI:
        if (it->op == 2 || it->op == 3) /* adc, sbb */
            *rd = H64_CF;
        if (it->op == 1 || it->op == 4 || it->op == 6) { /* or and xor */
            *def = all & ~H64_AF;
            *und = H64_AF;
        } else {
            *def = all;
        }
        return;
    case F_TEST_MR: case F_TEST_MI:
        *def = all & ~H64_AF;
        *und = H64_AF;
        return;
    case F_INCDEC:
        *def = all & ~H64_CF;
        return;
    case F_NOTNEG:
        if (it->op & 1)
            *def = all;
        return;
    case F_MUL1: case F_IMUL2: case F_IMUL3:
        *def = H64_CF | H64_OF;
        *und = H64_SF | H64_ZF | H64_AF | H64_PF;
        return;
    case F_DIV:
        *und = all;
        return;
    case F_SHIFT_I: case F_SHIFT_1: case F_SHIFT_CL: {
        unsigned count = it->form == F_SHIFT_1 ? 1 : (unsigned)(it->imm & (it->size == 8 ? 63 : 31));
        if (count == 0)
            return;
        if (it->op <= 3) { /* rol ror rcl rcr */
            if (it->op >= 2)
                *rd = H64_CF;
            *def = H64_CF;
            if (count == 1)
                *def |= H64_OF;
            else
                *und = H64_OF;
            return;
        }
        *def = H64_CF | H64_OF | H64_SF | H64_ZF | H64_PF;
        *und = H64_AF;
        if (count != 1) {
            *def &= (uint16_t)~H64_OF;
            *und |= H64_OF;
        }
        if (count >= bits) {
            *def &= (uint16_t)~H64_CF;
            *und |= H64_CF;
        }
        return;
    }
    case F_SHXD: {
        unsigned count = (unsigned)(it->imm & (it->size == 8 ? 63 : 31));
        if (count == 0)
            return;
        *def = H64_CF | H64_SF | H64_ZF | H64_PF | (count == 1 ? H64_OF : 0);
        *und = H64_AF | (count == 1 ? 0 : H64_OF);
        return;
    }
    case F_BT_R: case F_BT_I:
        *def = H64_CF;
        *und = H64_OF | H64_SF | H64_AF | H64_PF;
        return;
    case F_BSF:
        *def = H64_ZF;
        *und = all & ~H64_ZF;
        return;
    case F_XADD: case F_CMPXCHG:
        *def = all;
        return;
    case F_CMPXCHG16B:
        *def = H64_ZF;
        return;
    case F_SETCC: case F_CMOVCC:
        *rd = cc_reads[it->op & 15];
        return;
    case F_JCC:
        *rd = cc_reads[it->op];
        return;
    case F_LOOP:
        if (it->op <= 1)
            *rd = H64_ZF;
        return;
    case F_PUSHF: /* and the AND that clears IF in the pushed image */
        *rd = all;
        *def = all & ~H64_AF;
        *und = H64_AF;
        return;
    case F_POPF:
        *def = all;
        return;
    case F_STRING:
        if (it->op >= 3) /* cmps, scas (the count is never 0) */
            *def = all;
        return;
    case F_LAHF:
        *rd = H64_SF | H64_ZF | H64_AF | H64_PF | H64_CF;
        return;
    case F_SAHF:
        *def = H64_SF | H64_ZF | H64_AF | H64_PF | H64_CF;
        return;
    case F_FLAGOP:
        if (it->op == 2)
            *rd = H64_CF;
        if (it->op <= 2)
            *def = H64_CF;
        return;
    default:
        return;
    }
}

/* ---- assembly ---- */

typedef struct Asm {
    H64Program *p;
    uint16_t undef;
    int item;
} Asm;

static void put(Asm *a, const H64Enc *e)
{
    H64Program *p = a->p;
    if (p->len + 16 > H64_SEQ_MAX || p->ninsn >= H64_MAX_INSNS)
        return;
    int n = h64_encode(e, p->code + p->len, H64_SEQ_ADDR + p->len);
    p->insn[p->ninsn++] = (H64Insn){ p->len, (uint8_t)n, a->undef, (int16_t)a->item };
    p->len += (uint32_t)n;
}

/* Raw bytes as one instruction. */
static void put_bytes(Asm *a, const uint8_t *b, int n)
{
    H64Program *p = a->p;
    if (p->len + 16 > H64_SEQ_MAX || p->ninsn >= H64_MAX_INSNS)
        return;
    memcpy(p->code + p->len, b, (size_t)n);
    p->insn[p->ninsn++] = (H64Insn){ p->len, (uint8_t)n, a->undef, (int16_t)a->item };
    p->len += (uint32_t)n;
}

static void mov_imm64(Asm *a, int reg, uint64_t v)
{
    H64Enc e = h64_enc();
    e.w = true;
    e.opc[0] = 0xB8;
    e.nopc = 1;
    e.opreg = reg;
    e.immsize = 8;
    e.imm = v;
    put(a, &e);
}

/* Size prefix / REX.W for an operand size; byte forms use opcode - 1. */
static void set_size(H64Enc *e, int size)
{
    if (size == 2)
        e->pfx[e->npfx++] = 0x66;
    e->w = size == 8;
}

/* The r/m part of e from the item, with the setup its memory operand needs. */
static void set_rm(Asm *a, H64Enc *e, const H64Item *it)
{
    e->has_modrm = true;
    e->mem = it->mem;
    e->rm = it->rm;
    if (!it->mem)
        return;
    int am = it->amode & 0x7F;
    if (it->amode & 0x80)
        e->pfx[e->npfx++] = 0x67;
    e->amode = am;
    e->base = it->base;
    e->index = it->index;
    e->scale = it->scale;
    e->disp = it->disp;
    if (am == AM_RIP)
        e->target = it->v[1];
    else if (am == AM_BASE_IDX) {
        mov_imm64(a, it->base, it->v[1]);
        mov_imm64(a, it->index, it->v[2]);
    } else if (am == AM_BASE0 || (it->amode & 0x80)) {
        mov_imm64(a, it->base, it->v[1]);
    }
}

static void op1(H64Enc *e, uint8_t b)
{
    e->opc[0] = b;
    e->nopc = 1;
}

static void op2(H64Enc *e, uint8_t b)
{
    e->opc[0] = 0x0F;
    e->opc[1] = b;
    e->nopc = 2;
}

static void emit_item(Asm *a, const H64Item *it)
{
    H64Enc e = h64_enc();
    int sz = it->size;
    bool byte = sz == 1;
    e.force_rex = it->rex;
    switch (it->form) {
    case F_ALU_MR: case F_ALU_RM:
        set_size(&e, sz);
        set_rm(a, &e, it);
        op1(&e, (uint8_t)(it->op * 8 + (it->form == F_ALU_RM ? 2 : 0) + (byte ? 0 : 1)));
        e.reg = it->reg;
        break;
    case F_ALU_MI: case F_ALU_MI8:
        set_size(&e, sz);
        set_rm(a, &e, it);
        e.reg = it->op;
        if (it->form == F_ALU_MI8) {
            op1(&e, 0x83);
            e.immsize = 1;
        } else {
            op1(&e, byte ? 0x80 : 0x81);
            e.immsize = sz > 4 ? 4 : sz;
        }
        e.imm = it->imm;
        break;
    case F_ALU_AI:
        set_size(&e, sz);
        op1(&e, (uint8_t)(it->op * 8 + (byte ? 4 : 5)));
        e.immsize = sz > 4 ? 4 : sz;
        e.imm = it->imm;
        break;
    case F_TEST_MR:
        set_size(&e, sz);
        set_rm(a, &e, it);
        op1(&e, byte ? 0x84 : 0x85);
        e.reg = it->reg;
        break;
    case F_TEST_MI:
        set_size(&e, sz);
        set_rm(a, &e, it);
        op1(&e, byte ? 0xF6 : 0xF7);
        e.reg = 0;
        e.immsize = sz > 4 ? 4 : sz;
        e.imm = it->imm;
        break;
    case F_MOV_MR: case F_MOV_RM:
        set_size(&e, sz);
        set_rm(a, &e, it);
        op1(&e, (uint8_t)((it->form == F_MOV_RM ? 0x8A : 0x88) + (byte ? 0 : 1)));
        e.reg = it->reg;
        break;
    case F_MOV_RI:
        set_size(&e, sz);
        op1(&e, byte ? 0xB0 : 0xB8);
        e.opreg = it->reg;
        e.immsize = sz;
        e.imm = it->imm;
        break;
    case F_MOV_MI:
        set_size(&e, sz);
        set_rm(a, &e, it);
        op1(&e, byte ? 0xC6 : 0xC7);
        e.reg = 0;
        e.immsize = sz > 4 ? 4 : sz;
        e.imm = it->imm;
        break;
    case F_MOVX:
        set_size(&e, sz);
        e.force_rex = true;
        set_rm(a, &e, it);
        op2(&e, (uint8_t)(0xB6 + (it->op & 1) + ((it->op & 2) ? 8 : 0)));
        e.reg = it->reg;
        break;
    case F_MOVSXD:
        set_size(&e, sz);
        set_rm(a, &e, it);
        op1(&e, 0x63);
        e.reg = it->reg;
        break;
    case F_INCDEC:
        set_size(&e, sz);
        set_rm(a, &e, it);
        op1(&e, byte ? 0xFE : 0xFF);
        e.reg = it->op & 1;
        break;
    case F_NOTNEG:
        set_size(&e, sz);
        set_rm(a, &e, it);
        op1(&e, byte ? 0xF6 : 0xF7);
        e.reg = 2 + (it->op & 1);
        break;
    case F_MUL1:
        set_size(&e, sz);
        set_rm(a, &e, it);
        op1(&e, byte ? 0xF6 : 0xF7);
        e.reg = it->op;
        break;
    case F_DIV: {
        /* Divisor in rm; the dividend chosen so the quotient fits unless v[2] = 0. */
        uint64_t m = size_mask(sz), dv = it->v[0] & m;
        bool sign = it->op == 7;
        mov_imm64(a, it->rm, dv);
        if (byte) {
            uint64_t lo = it->v[1] & 0xFF;
            uint64_t hi = it->v[2] ? (sign ? 0 : (it->v[1] >> 8) % dv) : (it->v[1] >> 8) & 0xFF;
            mov_imm64(a, R_AX, (hi << 8) | lo);
            if (sign && it->v[2]) {
                static const uint8_t cbw[] = { 0x66, 0x98 };
                put_bytes(a, cbw, 2);
            }
        } else {
            mov_imm64(a, R_AX, it->v[1]);
            if (it->v[2] == 0)
                mov_imm64(a, R_DX, it->v[1] * 7);
            else if (sign) {
                static const uint8_t cwd[] = { 0x66, 0x99 }, cdq[] = { 0x99 }, cqo[] = { 0x48, 0x99 };
                if (sz == 2)
                    put_bytes(a, cwd, 2);
                else if (sz == 4)
                    put_bytes(a, cdq, 1);
                else
                    put_bytes(a, cqo, 2);
            } else {
                /* v[2] = 1: a zero upper half, the common case (helper_divq's fast path) */
                mov_imm64(a, R_DX, it->v[2] == 1 ? 0 : (it->v[1] >> 3) % dv);
            }
        }
        set_size(&e, sz);
        e.has_modrm = true;
        e.rm = it->rm;
        op1(&e, byte ? 0xF6 : 0xF7);
        e.reg = it->op;
        break;
    }
    case F_IMUL2:
        set_size(&e, sz);
        set_rm(a, &e, it);
        op2(&e, 0xAF);
        e.reg = it->reg;
        break;
    case F_IMUL3:
        set_size(&e, sz);
        set_rm(a, &e, it);
        op1(&e, it->op ? 0x69 : 0x6B);
        e.reg = it->reg;
        e.immsize = it->op ? (sz == 2 ? 2 : 4) : 1;
        e.imm = it->imm;
        break;
    case F_SHIFT_I: case F_SHIFT_1: case F_SHIFT_CL:
        if (it->form == F_SHIFT_CL)
            mov_imm64(a, R_CX, it->imm);
        set_size(&e, sz);
        set_rm(a, &e, it);
        e.reg = it->op;
        if (it->form == F_SHIFT_I) {
            op1(&e, byte ? 0xC0 : 0xC1);
            e.immsize = 1;
            e.imm = it->imm;
        } else {
            op1(&e, (uint8_t)((it->form == F_SHIFT_1 ? 0xD0 : 0xD2) + (byte ? 0 : 1)));
        }
        break;
    case F_SHXD:
        if (it->op & 1)
            mov_imm64(a, R_CX, it->imm);
        set_size(&e, sz);
        set_rm(a, &e, it);
        op2(&e, (uint8_t)((it->op & 2 ? 0xAC : 0xA4) + (it->op & 1)));
        e.reg = it->reg;
        if (!(it->op & 1)) {
            e.immsize = 1;
            e.imm = it->imm;
        }
        break;
    case F_BT_R:
        set_size(&e, sz);
        set_rm(a, &e, it);
        op2(&e, (uint8_t)(0xA3 + it->op * 8));
        e.reg = it->reg;
        break;
    case F_BT_I:
        set_size(&e, sz);
        set_rm(a, &e, it);
        op2(&e, 0xBA);
        e.reg = 4 + it->op;
        e.immsize = 1;
        e.imm = it->imm;
        break;
    case F_BSF:
        if (!it->mem)
            mov_imm64(a, it->rm, it->v[0]); /* never a zero source (dest undefined) */
        else
            return; /* memory sources may be zero: left out */
        set_size(&e, sz);
        set_rm(a, &e, it);
        op2(&e, (uint8_t)(0xBC + (it->op & 1)));
        e.reg = it->reg;
        break;
    case F_BSWAP:
        set_size(&e, sz);
        op2(&e, 0xC8);
        e.opreg = it->reg;
        break;
    case F_LEA:
        set_size(&e, sz);
        set_rm(a, &e, it);
        op1(&e, 0x8D);
        e.reg = it->reg;
        break;
    case F_XCHG:
        set_size(&e, sz);
        set_rm(a, &e, it);
        op1(&e, byte ? 0x86 : 0x87);
        e.reg = it->reg;
        break;
    case F_XCHG_A:
        set_size(&e, sz);
        op1(&e, 0x90);
        e.opreg = it->reg == 0 ? 8 : it->reg; /* 90 alone is NOP; 41 90 is XCHG R8 */
        break;
    case F_XADD: case F_CMPXCHG:
        set_size(&e, sz);
        set_rm(a, &e, it);
        op2(&e, (uint8_t)((it->form == F_XADD ? 0xC0 : 0xB0) + (byte ? 0 : 1)));
        e.reg = it->reg;
        break;
    case F_CMPXCHG16B:
        if (it->op == 0) {
            /* RDX:RAX = the memory, so the exchange happens */
            H64Enc l = h64_enc();
            l.w = true;
            op1(&l, 0x8B);
            l.has_modrm = true;
            l.mem = true;
            l.amode = AM_BASE_D32;
            l.base = R_BX;
            l.reg = R_AX;
            l.disp = it->disp;
            put(a, &l);
            l.reg = R_DX;
            l.disp = it->disp + 8;
            put(a, &l);
        }
        e.w = true;
        set_rm(a, &e, it);
        op2(&e, 0xC7);
        e.reg = 1;
        break;
    case F_CONV:
        set_size(&e, sz);
        op1(&e, (uint8_t)(0x98 + it->op));
        break;
    case F_SETCC:
        set_rm(a, &e, it);
        op2(&e, (uint8_t)(0x90 + (it->op & 15)));
        e.reg = 0;
        break;
    case F_CMOVCC:
        set_size(&e, sz);
        set_rm(a, &e, it);
        op2(&e, (uint8_t)(0x40 + (it->op & 15)));
        e.reg = it->reg;
        break;
    case F_PUSH: case F_POP:
        if (sz == 2)
            e.pfx[e.npfx++] = 0x66;
        op1(&e, it->form == F_PUSH ? 0x50 : 0x58);
        e.opreg = it->reg;
        break;
    case F_PUSHI:
        op1(&e, it->op ? 0x68 : 0x6A);
        e.immsize = it->op ? 4 : 1;
        e.imm = it->imm;
        break;
    case F_PUSHM:
        set_rm(a, &e, it);
        op1(&e, it->op ? 0x8F : 0xFF);
        e.reg = it->op ? 0 : 6;
        break;
    case F_PUSHF: {
        /* PUSHFQ; AND qword [rsp], ~IF; POP RAX: the host runs with IF=1, Tern with IF=0 */
        static const uint8_t seq0[] = { 0x9C }, seq1[] = { 0x48, 0x81, 0x24, 0x24, 0xFF, 0xFD, 0xFF, 0xFF },
                             seq2[] = { 0x58 };
        put_bytes(a, seq0, 1);
        put_bytes(a, seq1, 8);
        put_bytes(a, seq2, 1);
        return;
    }
    case F_POPF: {
        H64Enc p = h64_enc();
        op1(&p, 0x68);
        p.immsize = 4;
        p.imm = it->imm;
        put(a, &p);
        static const uint8_t popf[] = { 0x9D };
        put_bytes(a, popf, 1);
        return;
    }
    case F_STRING: {
        /* RSI, RDI inside the data area; count >= 1; DF as chosen. With 0x67 the upper
         * halves of RSI/RDI/RCX are garbage that must be ignored. */
        bool a32 = it->v[2] == 0;
        uint64_t hi = a32 ? 0xDEADBEEF00000000ull : 0;
        uint64_t srcb = a32 ? H64_NEAR_BASE + 0x600 : H64_DATA_BASE + 0x600;
        uint64_t dstb = a32 ? H64_NEAR_BASE + 0x600 : H64_DATA_BASE + 0x600;
        mov_imm64(a, R_SI, hi | (srcb + (uint64_t)it->disp % 0x300));
        mov_imm64(a, R_DI, hi | (dstb + it->imm % 0x300));
        mov_imm64(a, R_CX, hi | it->v[0]);
        uint8_t df = it->v[1] ? 0xFD : 0xFC;
        put_bytes(a, &df, 1);
        static const uint8_t opcs[5] = { 0xA4, 0xAA, 0xAC, 0xA6, 0xAE };
        if (a32)
            e.pfx[e.npfx++] = 0x67;
        if (it->reg)
            e.pfx[e.npfx++] = it->reg == 1 ? 0xF3 : 0xF2;
        set_size(&e, sz);
        op1(&e, (uint8_t)(opcs[it->op] + (byte ? 0 : 1)));
        break;
    }
    case F_LAHF:
        op1(&e, 0x9F);
        break;
    case F_SAHF:
        op1(&e, 0x9E);
        break;
    case F_MOFFS:
        set_size(&e, sz);
        op1(&e, (uint8_t)((it->op ? 0xA2 : 0xA0) + (byte ? 0 : 1)));
        e.immsize = 8;
        e.imm = it->imm;
        break;
    case F_CALLRET: {
        /* CALL +2 (to the RET after the short JMP); JMP +1 over it; RET */
        static const uint8_t call[] = { 0xE8, 0x02, 0x00, 0x00, 0x00 }, jmp[] = { 0xEB, 0x01 },
                             ret[] = { 0xC3 };
        put_bytes(a, call, 5);
        put_bytes(a, jmp, 2);
        put_bytes(a, ret, 1);
        return;
    }
    case F_JMPR: {
        /* LEA r, [rip + 3]; JMP r (3 bytes with REX); the target is right after it */
        H64Enc l = h64_enc();
        l.w = true;
        op1(&l, 0x8D);
        l.has_modrm = true;
        l.mem = true;
        l.amode = AM_RIP;
        l.reg = it->reg;
        l.target = H64_SEQ_ADDR + a->p->len + 7 + 3;
        put(a, &l);
        H64Enc j = h64_enc();
        j.force_rex = true;
        op1(&j, 0xFF);
        j.has_modrm = true;
        j.rm = it->reg;
        j.reg = 4;
        put(a, &j);
        return;
    }
    case F_JCC: {
        /* Jcc over a 1-byte NOP: the paths join with the same state */
        if (it->v[0]) {
            uint8_t b[6] = { 0x0F, (uint8_t)(0x80 + it->op), 1, 0, 0, 0 };
            put_bytes(a, b, 6);
        } else {
            uint8_t b[2] = { (uint8_t)(0x70 + it->op), 1 };
            put_bytes(a, b, 2);
        }
        static const uint8_t nop[] = { 0x90 };
        put_bytes(a, nop, 1);
        return;
    }
    case F_LOOP: {
        /* MOV RCX, n (upper half garbage with 0x67); L: NOP; LOOPcc/JRCXZ L */
        mov_imm64(a, R_CX, (it->v[1] ? 0xABCD000000000000ull : 0) | it->v[0]);
        static const uint8_t nop[] = { 0x90 };
        put_bytes(a, nop, 1);
        uint8_t b[3];
        int n = 0;
        if (it->v[1])
            b[n++] = 0x67;
        b[n++] = (uint8_t)(0xE0 + it->op);
        b[n] = (uint8_t)(-(1 + n + 1));
        n++;
        if (it->op == 3)
            b[n - 1] = 0; /* JRCXZ to the next instruction either way */
        put_bytes(a, b, n);
        return;
    }
    case F_FLAGOP: {
        static const uint8_t ops[5] = { 0xF8, 0xF9, 0xF5, 0xFC, 0xFD };
        put_bytes(a, &ops[it->op], 1);
        return;
    }
    default:
        return;
    }
    put(a, &e);
}

void h64_assemble(const H64Case *c, const bool *keep, H64Program *p)
{
    Asm a = { p, 0, 0 };
    p->len = 0;
    p->ninsn = 0;
    for (int i = 0; i < c->nitems; i++) {
        if (keep && !keep[i])
            continue;
        const H64Item *it = &c->item[i];
        uint16_t rd, def, und;
        item_flags(it, &rd, &def, &und);
        a.item = i;
        if (rd & a.undef) {
            static const uint8_t cmp[] = { 0x48, 0x39, 0xD1 }; /* cmp rcx, rdx */
            put_bytes(&a, cmp, 3);
            a.undef = 0;
        }
        emit_item(&a, it);
        a.undef = (uint16_t)((a.undef & ~(def | und)) | und);
    }
    p->undef_end = a.undef;
}

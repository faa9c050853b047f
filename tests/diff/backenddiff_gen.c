/* backenddiff's random code: each 256-byte segment re-establishes EBX (data pointer),
 * ESP, DS and ES, then holds random 32-bit integer instructions encoded from templates
 * (SDM vol. 2, appendix A opcode maps): ALU, shifts, multiply/divide, bit ops, moves,
 * SETcc/CMOVcc, string ops with REP, bounded LOOPs (branches inside a TB), forward Jcc,
 * calls and indirect jumps (lookup_and_goto), flag and BCD ops, stores into the next
 * instruction (self-modifying code) and rare faults. EBX, ESP and EBP are never
 * destinations, so memory operands stay in the data area. */
#include <stdbool.h>
#include <string.h>

#include "backenddiff.h"

typedef struct Gen {
    uint8_t *p;         /* the item being built */
    uint32_t n, cap;
    uint32_t addr;      /* guest address of p[0] */
    uint64_t rng;
    uint8_t avoid;      /* registers (bit per number) that must not be written */
} Gen;

#define AVOID_BASE ((1u << 3) | (1u << 4) | (1u << 5)) /* EBX ESP EBP */

static uint64_t rnd(Gen *g)
{
    g->rng ^= g->rng >> 12;
    g->rng ^= g->rng << 25;
    g->rng ^= g->rng >> 27;
    return g->rng * 0x2545F4914F6CDD1Dull;
}

static unsigned below(Gen *g, unsigned n) { return (unsigned)(rnd(g) % n); }

static void b1(Gen *g, unsigned v)
{
    if (g->n < g->cap)
        g->p[g->n] = (uint8_t)v;
    g->n++;
}

static void b4(Gen *g, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        b1(g, (v >> (8 * i)) & 0xff);
}

static uint32_t here(const Gen *g) { return g->addr + g->n; }

/* A register that may be written; byte registers 4-7 are AH CH DH BH, i.e. part of
 * register r & 3. */
static unsigned wreg(Gen *g, int bytes)
{
    for (;;) {
        unsigned r = below(g, 8);
        unsigned full = bytes == 1 ? r & 3 : r;
        if (!((g->avoid >> full) & 1))
            return r;
    }
}

/* ModRM (+SIB, displacement) with reg field reg; the r/m operand is written when wr. */
static void modrm(Gen *g, unsigned reg, int wr, int bytes, int mem_only, int reg_only)
{
    bool mem = mem_only || (!reg_only && below(g, 10) < 4);
    if (!mem) {
        unsigned rm = wr ? wreg(g, bytes) : below(g, 8);
        b1(g, 0xc0 | (reg << 3) | rm);
        return;
    }
    switch (below(g, 4)) {
    case 0: /* [ebx + disp8]: crosses into the page below for negative offsets */
        b1(g, 0x40 | (reg << 3) | 3);
        b1(g, below(g, 256));
        break;
    case 1: /* [ebx + disp32] within the data area */
        b1(g, 0x80 | (reg << 3) | 3);
        b4(g, (uint32_t)((int32_t)below(g, 0x3ff0) - 0x1ff8));
        break;
    case 2: /* [ebx] through a SIB byte without index */
        b1(g, 0x04 | (reg << 3));
        b1(g, (below(g, 4) << 6) | (4 << 3) | 3);
        break;
    default: /* absolute disp32 near the page edges of the data area */
        b1(g, 0x05 | (reg << 3));
        b4(g, BD_DATA + 0x1000 * (1 + below(g, 3)) - 8 + below(g, 16));
        break;
    }
}

static void imm(Gen *g, int size)
{
    if (size == 1)
        b1(g, below(g, 256));
    else if (size == 2) {
        b1(g, below(g, 256));
        b1(g, below(g, 256));
    } else if (size == 4) {
        static const uint32_t special[] = { 0, 1, 0x7fffffff, 0x80000000, 0xffffffff, 0x80,
                                            0xff, 0xffff };
        b4(g, below(g, 4) ? (uint32_t)rnd(g) : special[below(g, 8)]);
    }
}

/* One instruction with a ModRM byte. */
static void item_modrm(Gen *g)
{
    bool o16 = below(g, 8) == 0;
    int osz = o16 ? 2 : 4;
    unsigned k = below(g, 8);
    unsigned form = below(g, 30);
    if (o16 && form < 26)
        b1(g, 0x66);
    switch (form) {
    case 0: case 1: case 2: case 3: { /* ALU both directions, byte and full */
        unsigned d = below(g, 4);
        int bytes = d & 1 ? osz : 1;
        b1(g, 8 * k + d);
        if (d < 2) {
            modrm(g, below(g, 8), k != 7, bytes, 0, 0);
        } else {
            unsigned r = k != 7 ? wreg(g, bytes) : below(g, 8);
            modrm(g, r, 0, bytes, 0, 0);
        }
        break;
    }
    case 4: /* group 1 with immediates */
    case 5: {
        unsigned op = (unsigned[]){ 0x80, 0x81, 0x83 }[below(g, 3)];
        b1(g, op);
        modrm(g, k, k != 7, op == 0x80 ? 1 : osz, 0, 0);
        imm(g, op == 0x81 ? osz : 1);
        break;
    }
    case 6: { /* test, xchg */
        unsigned op = 0x84 + below(g, 4);
        int bytes = op & 1 ? osz : 1;
        b1(g, op);
        if (op >= 0x86)
            modrm(g, wreg(g, bytes), 1, bytes, 0, 0);
        else
            modrm(g, below(g, 8), 0, bytes, 0, 0);
        break;
    }
    case 7: { /* mov */
        unsigned op = 0x88 + below(g, 4);
        int bytes = op & 1 ? osz : 1;
        b1(g, op);
        if (op < 0x8a)
            modrm(g, below(g, 8), 1, bytes, 0, 0);
        else
            modrm(g, wreg(g, bytes), 0, bytes, 0, 0);
        break;
    }
    case 8: /* lea */
        b1(g, 0x8d);
        modrm(g, wreg(g, osz), 0, osz, 1, 0);
        break;
    case 9: case 10: { /* shifts and rotates: imm8, 1, CL */
        unsigned op = (unsigned[]){ 0xc0, 0xc1, 0xd0, 0xd1, 0xd2, 0xd3 }[below(g, 6)];
        if (k == 6)
            k = 4;
        b1(g, op);
        modrm(g, k, 1, op & 1 ? osz : 1, 0, 0);
        if (op <= 0xc1)
            b1(g, below(g, 40));
        break;
    }
    case 11: case 12: { /* group 3: test not neg mul imul div idiv */
        unsigned op = 0xf6 + below(g, 2);
        if (k == 1)
            k = 0;
        if ((k == 6 || k == 7) && below(g, 3))
            k = 4; /* divisions fault often: keep them rarer */
        b1(g, op);
        modrm(g, k, k == 2 || k == 3, op & 1 ? osz : 1, 0, 0);
        if (k == 0)
            imm(g, op & 1 ? osz : 1);
        break;
    }
    case 13: { /* inc/dec r/m */
        unsigned op = 0xfe + below(g, 2);
        b1(g, op);
        modrm(g, k & 1, 1, op & 1 ? osz : 1, 0, 0);
        break;
    }
    case 14: { /* imul r, r/m, imm */
        unsigned op = below(g, 2) ? 0x69 : 0x6b;
        b1(g, op);
        modrm(g, wreg(g, osz), 0, osz, 0, 0);
        imm(g, op == 0x69 ? osz : 1);
        break;
    }
    case 15: { /* mov r/m, imm */
        unsigned op = 0xc6 + below(g, 2);
        b1(g, op);
        modrm(g, 0, 1, op & 1 ? osz : 1, 0, 0);
        imm(g, op & 1 ? osz : 1);
        break;
    }
    case 16: /* imul r, r/m */
        b1(g, 0x0f);
        b1(g, 0xaf);
        modrm(g, wreg(g, osz), 0, osz, 0, 0);
        break;
    case 17: { /* movzx / movsx */
        unsigned op = (unsigned[]){ 0xb6, 0xb7, 0xbe, 0xbf }[below(g, 4)];
        b1(g, 0x0f);
        b1(g, op);
        modrm(g, wreg(g, osz), 0, op & 1 ? 2 : 1, 0, 0);
        break;
    }
    case 18: /* cmovcc */
        b1(g, 0x0f);
        b1(g, 0x40 + below(g, 16));
        modrm(g, wreg(g, osz), 0, osz, 0, 0);
        break;
    case 19: /* setcc */
        b1(g, 0x0f);
        b1(g, 0x90 + below(g, 16));
        modrm(g, 0, 1, 1, 0, 0);
        break;
    case 20: { /* bt/bts/btr/btc r/m, r (register form: memory forms reach far) */
        unsigned op = (unsigned[]){ 0xa3, 0xab, 0xb3, 0xbb }[below(g, 4)];
        b1(g, 0x0f);
        b1(g, op);
        modrm(g, below(g, 8), op != 0xa3, osz, 0, 1);
        break;
    }
    case 21: /* bt* r/m, imm8 */
        b1(g, 0x0f);
        b1(g, 0xba);
        modrm(g, 4 + (k & 3), (k & 3) != 0, osz, 0, 0);
        b1(g, below(g, 256));
        break;
    case 22: /* bsf / bsr */
        b1(g, 0x0f);
        b1(g, 0xbc + below(g, 2));
        modrm(g, wreg(g, osz), 0, osz, 0, 0);
        break;
    case 23: { /* shld / shrd, imm8 or CL */
        unsigned op = (unsigned[]){ 0xa4, 0xa5, 0xac, 0xad }[below(g, 4)];
        b1(g, 0x0f);
        b1(g, op);
        modrm(g, below(g, 8), 1, osz, 0, 0);
        if (!(op & 1))
            b1(g, below(g, 40));
        break;
    }
    case 24: { /* xadd */
        unsigned op = 0xc0 + below(g, 2);
        int bytes = op & 1 ? osz : 1;
        b1(g, 0x0f);
        b1(g, op);
        modrm(g, wreg(g, bytes), 1, bytes, 0, 0);
        break;
    }
    case 25: { /* cmpxchg (writes EAX too) */
        unsigned op = 0xb0 + below(g, 2);
        b1(g, 0x0f);
        b1(g, op);
        modrm(g, below(g, 8), 1, op & 1 ? osz : 1, 0, 0);
        break;
    }
    default: { /* ALU with the accumulator and an immediate */
        unsigned op = 8 * k + 4 + below(g, 2);
        b1(g, op);
        imm(g, op & 1 ? 4 : 1);
        break;
    }
    }
}

/* One instruction without ModRM, or a short fixed sequence. */
static void item_plain(Gen *g)
{
    switch (below(g, 22)) {
    case 0: b1(g, 0x40 + wreg(g, 4)); break;                 /* inc r */
    case 1: b1(g, 0x48 + wreg(g, 4)); break;                 /* dec r */
    case 2: b1(g, 0x50 + below(g, 8)); b1(g, 0x58 + wreg(g, 4)); break; /* push; pop */
    case 3: b1(g, 0x90 + wreg(g, 4)); break;                 /* xchg eax, r */
    case 4: b1(g, 0xb0 + wreg(g, 1)); imm(g, 1); break;      /* mov r8, imm8 */
    case 5: b1(g, 0xb8 + wreg(g, 4)); imm(g, 4); break;      /* mov r32, imm32 */
    case 6: b1(g, (unsigned[]){ 0x98, 0x99, 0x9e, 0x9f }[below(g, 4)]); break;
    case 7: b1(g, (unsigned[]){ 0xf5, 0xf8, 0xf9, 0xfc, 0xfd }[below(g, 5)]); break;
    case 8: b1(g, (unsigned[]){ 0x27, 0x2f, 0x37, 0x3f }[below(g, 4)]); break;
    case 9: /* aam / aad; aam 0 is #DE */
        b1(g, 0xd4 + below(g, 2));
        b1(g, below(g, 16) ? 1 + below(g, 255) : 0);
        break;
    case 10: b1(g, 0xd7); break;                             /* xlat [ebx + al] */
    case 11: b1(g, 0x0f); b1(g, 0xc8 + wreg(g, 4)); break;   /* bswap */
    case 12: /* push imm; pop r */
        if (below(g, 2)) {
            b1(g, 0x6a);
            imm(g, 1);
        } else {
            b1(g, 0x68);
            imm(g, 4);
        }
        b1(g, 0x58 + wreg(g, 4));
        break;
    case 13: /* pushfd; pop eax; xor eax, arith flags and DF; push eax; popfd */
        b1(g, 0x9c);
        b1(g, 0x58);
        b1(g, 0x35);
        b4(g, (uint32_t)rnd(g) & 0x0cd5);
        b1(g, 0x50);
        b1(g, 0x9d);
        break;
    case 14: /* lar / lsl: helpers that set ZF (RDTSC would count TB entries, which
              * differ between backends once a small code buffer flushes) */
        b1(g, 0x0f);
        b1(g, 0x02 + below(g, 2));
        b1(g, 0xc0 | (wreg(g, 4) << 3) | below(g, 8));
        break;
    case 15: /* cpuid, then EBX back (it writes ECX too: not in loop bodies) */
        if (g->avoid & (1u << 1)) {
            b1(g, 0x90);
            break;
        }
        b1(g, 0x0f);
        b1(g, 0xa2);
        b1(g, 0xbb);
        b4(g, BD_DATA_PTR);
        break;
    case 16: b1(g, 0x60); b1(g, 0x40 + wreg(g, 4)); b1(g, 0x61); break; /* pushad..popad */
    case 17: { /* safe unsigned division */
        unsigned r = wreg(g, 4);
        while (r == 0 || r == 2)
            r = wreg(g, 4);
        b1(g, 0x31); b1(g, 0xd2);                            /* xor edx, edx */
        b1(g, 0xb8 + r); b4(g, 1 + below(g, 1000));
        b1(g, 0xf7); b1(g, 0xf0 | r);                        /* div r */
        break;
    }
    case 18: /* rare faults: ud2, int3, mov ds with a random selector */
        switch (below(g, 3)) {
        case 0: b1(g, 0x0f); b1(g, 0x0b); break;
        case 1: b1(g, 0xcc); break;
        default: b1(g, 0x8e); b1(g, 0xd8 | below(g, 8)); break;
        }
        break;
    default: item_modrm(g); break;
    }
}

static void item_simple(Gen *g)
{
    if (below(g, 3))
        item_modrm(g);
    else
        item_plain(g);
}

/* Builds one item into g (from g->n on), possibly composite. */
static void item(Gen *g, int depth)
{
    unsigned kind = below(g, 40);
    if (depth > 0 && kind >= 30)
        kind = 0;
    switch (kind) {
    case 30: { /* string op with fresh pointers and count */
        b1(g, 0xbe); b4(g, BD_DATA + 0x400 + below(g, 0x2800));
        b1(g, 0xbf); b4(g, BD_DATA + 0x400 + below(g, 0x2800));
        b1(g, 0xb9); b4(g, below(g, 17));
        unsigned rep = below(g, 3);
        if (rep)
            b1(g, rep == 1 ? 0xf3 : 0xf2);
        if (below(g, 4) == 0)
            b1(g, 0x66);
        b1(g, (unsigned[]){ 0xa4, 0xa5, 0xa6, 0xa7, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf }[below(g, 10)]);
        break;
    }
    case 31: { /* bounded loop: a backward branch inside the TB */
        b1(g, 0xb9); b4(g, 1 + below(g, 6));
        uint32_t top = g->n;
        uint8_t save = g->avoid;
        g->avoid |= 1u << 1; /* the body leaves ECX alone */
        unsigned nb = 1 + below(g, 4);
        for (unsigned i = 0; i < nb; i++)
            item_simple(g);
        g->avoid = save;
        int32_t rel = (int32_t)top - (int32_t)(g->n + 2);
        if (rel < -128) { /* too long: drop the loop, keep the body */
            b1(g, 0x90);
            b1(g, 0x90);
        } else {
            b1(g, 0xe2);
            b1(g, (uint8_t)rel);
        }
        break;
    }
    case 32: case 33: { /* forward Jcc over one item */
        uint32_t at = g->n;
        b1(g, 0x70 + below(g, 16));
        b1(g, 0);
        item(g, depth + 1);
        if (g->n - at - 2 < 128 && at + 1 < g->cap)
            g->p[at + 1] = (uint8_t)(g->n - at - 2);
        break;
    }
    case 34: /* call a local function that returns at once */
        b1(g, 0xe8); b4(g, 2);
        b1(g, 0xeb); b1(g, 1);
        b1(g, 0xc3);
        break;
    case 35: { /* indirect jump to the next instruction */
        unsigned r = wreg(g, 4);
        b1(g, 0xb8 + r); b4(g, here(g) + 6);
        b1(g, 0xff); b1(g, 0xe0 | r);
        break;
    }
    case 36: { /* indirect call */
        unsigned r = wreg(g, 4);
        b1(g, 0xb8 + r); b4(g, here(g) + 4 + 2 + 2);
        b1(g, 0xff); b1(g, 0xd0 | r);
        b1(g, 0xeb); b1(g, 1);
        b1(g, 0xc3);
        break;
    }
    case 37: /* store into the immediate of the next instruction (SDM vol. 3, 11.6) */
        b1(g, 0xc6); b1(g, 0x05); b4(g, here(g) + 4 + 1 + 2); b1(g, below(g, 256));
        b1(g, 0x83); b1(g, 0xc0 | wreg(g, 4)); b1(g, below(g, 256));
        break;
    case 38: /* a push/pop pair around an item */
        b1(g, 0x50 + below(g, 8));
        item(g, depth + 1);
        b1(g, 0x58 + wreg(g, 4));
        break;
    default:
        item_simple(g);
        break;
    }
}

static void gen_segment(uint8_t *seg, uint32_t addr, uint64_t *rng, int last)
{
    uint8_t tmp[256];
    uint32_t n = 0;
    memset(seg, 0x90, BD_SEG_SIZE);
    if (last) {
        seg[0] = 0xf4; /* hlt */
        seg[1] = 0xeb;
        seg[2] = 0xfd;
        return;
    }
    /* mov ebx, data; mov esp, stack; push 0x10; pop ds; push 0x10; pop es */
    static const uint8_t pro[] = { 0xbb, 0, 0, 0, 0, 0xbc, 0, 0, 0, 0, 0x6a, BD_SEL_DATA, 0x1f,
                                   0x6a, BD_SEL_DATA, 0x07 };
    memcpy(seg, pro, sizeof(pro));
    uint32_t v = BD_DATA_PTR;
    memcpy(seg + 1, &v, 4);
    v = BD_STACK_TOP;
    memcpy(seg + 6, &v, 4);
    n = sizeof(pro);
    for (;;) {
        Gen g = { tmp, 0, sizeof(tmp), addr + n, *rng, AVOID_BASE };
        item(&g, 0);
        *rng = g.rng;
        if (g.n > g.cap || n + g.n > BD_SEG_SIZE - 1)
            break;
        memcpy(seg + n, tmp, g.n);
        n += g.n;
    }
}

void bd_gen_case(BdCase *c, uint64_t seed)
{
    uint64_t rng = seed * 0x9E3779B97F4A7C15ull + 0x1234567;
    if (!rng)
        rng = 1;
    Gen g = { NULL, 0, 0, 0, rng, AVOID_BASE };
    c->seed = seed;
    for (int r = 0; r < 8; r++)
        c->regs[r] = (uint32_t)rnd(&g);
    c->regs[3] = BD_DATA_PTR;
    c->regs[4] = BD_STACK_TOP;
    c->regs[5] = BD_STACK_TOP - 0x400;
    c->eflags = (uint32_t)rnd(&g) & 0x8d5;
    for (uint32_t i = 0; i < BD_DATA_SIZE; i += 8) {
        uint64_t v = rnd(&g);
        memcpy(c->data + i, &v, 8);
    }
    rng = g.rng;
    for (uint32_t s = 0; s <= BD_NSEG; s++)
        gen_segment(c->code + s * BD_SEG_SIZE, BD_CODE + s * BD_SEG_SIZE, &rng, s == BD_NSEG);
}

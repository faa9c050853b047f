/* hostdiff's random case generator: input registers, flags and data area, and a list of
 * items (instruction forms with operands) drawn from the form table with its constraints:
 * EBX/ESP never written, memory operands inside the data area, division inputs that
 * mostly avoid #DE, bounded bit offsets and string pointers, shift counts that include
 * 0 and the operand width. */
#include <string.h>
#include "hostdiff_forms.h"

bool hd_bsf_zero_keeps_dest = true;

typedef struct { uint64_t s; } Rng;

uint64_t hd_seed_mix(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

static uint64_t rnd(Rng *r)
{
    r->s += 0x9E3779B97F4A7C15ull;
    return hd_seed_mix(r->s);
}

static unsigned below(Rng *r, unsigned n)
{
    return (unsigned)(rnd(r) % n);
}

static int range(Rng *r, int lo, int hi)
{
    return lo + (int)below(r, (unsigned)(hi - lo + 1));
}

/* Values that sit on carry, overflow and sign boundaries more often than uniform ones. */
static uint32_t value(Rng *r)
{
    static const uint32_t edge[] = {
        0x7F, 0x80, 0xFF, 0x100, 0x7FFF, 0x8000, 0xFFFF, 0x10000, 0x7FFFFFFF, 0x80000000,
        0xFFFFFFFF, 0xFFFFFF80, 0xFFFF8000, 0x0F0F0F0F, 0x99999999, 0x09090909,
    };
    switch (below(r, 12)) {
    case 0: return 0;
    case 1: return 1;
    case 2: return edge[below(r, sizeof edge / sizeof edge[0])];
    case 3: return edge[below(r, sizeof edge / sizeof edge[0])] + (uint32_t)range(r, -2, 2);
    case 4: return below(r, 256);
    case 5: return (uint32_t)-(int32_t)below(r, 256);
    case 6: {
        uint32_t v = 0;
        for (int i = 0; i < 4; i++) {
            static const uint8_t b[] = { 0x00, 0x7F, 0x80, 0xFF, 0x01, 0x09, 0x99 };
            v |= (uint32_t)(below(r, 2) ? b[below(r, sizeof b)] : below(r, 256)) << (8 * i);
        }
        return v;
    }
    default: return (uint32_t)rnd(r);
    }
}

static uint32_t size_mask(unsigned size)
{
    return size == 4 ? 0xFFFFFFFFu : (1u << (8 * size)) - 1;
}

static unsigned any_reg(Rng *r)
{
    return below(r, 8);
}

static unsigned writable_reg(Rng *r, unsigned size)
{
    unsigned x;
    do
        x = below(r, 8);
    while (!hd_reg_writable(x, size));
    return x;
}

static unsigned pick_size(Rng *r, unsigned sizes)
{
    unsigned s;
    do
        s = 1u << below(r, 3);
    while (!(sizes & s));
    return s;
}

/* Shift counts: 0, 1, around the width, around 32, and anything up to 255 (masked). */
static uint32_t count(Rng *r, unsigned width)
{
    switch (below(r, 10)) {
    case 0: return 0;
    case 1: return 1;
    case 2: return 2;
    case 3: return width - 1 + below(r, 3);
    case 4: return 31 + below(r, 3);
    case 5: return below(r, 256);
    default: return below(r, 32);
    }
}

static void gen_mem(Rng *r, HdItem *it)
{
    it->mem = true;
    it->amode = (uint8_t)below(r, 11); /* see hd_modrm */
    it->scale = (uint8_t)below(r, 4);
    switch (it->amode) {
    case 0: case 3: it->disp = 0; break;
    case 1: case 4: it->disp = range(r, -128, 127); break;
    case 8: it->disp = range(r, 0, 100); break;
    default: it->disp = range(r, -128, 247); break;
    }
    if (below(r, 10) == 0) {
        static const uint8_t segs[] = { 0x26, 0x36, 0x3E }; /* ES SS DS: all flat */
        it->seg = segs[below(r, 3)];
    }
}

/* DIV/IDIV inputs with a quotient that fits: dividend = q * d + r, |r| < |d|, the
 * remainder taking the dividend's sign (SDM vol. 2A IDIV: truncation toward zero). */
static void gen_div(Rng *r, HdItem *it, bool is_signed)
{
    unsigned bits = it->size * 8;
    uint64_t m = size_mask(it->size);
    if (!is_signed) {
        uint64_t d, q, rem;
        do
            d = value(r) & m;
        while (d == 0);
        q = value(r) & m;
        rem = (uint64_t)rnd(r) % d;
        uint64_t dividend = q * d + rem;
        it->v[0] = (uint32_t)dividend;
        it->v[1] = (uint32_t)(dividend >> bits);
        it->v[2] = (uint32_t)d;
    } else {
        int64_t d, q, rem, dividend;
        do
            d = (int64_t)((uint64_t)value(r) << (64 - bits)) >> (64 - bits);
        while (d == 0);
        q = (int64_t)((uint64_t)value(r) << (64 - bits)) >> (64 - bits);
        uint64_t ad = d < 0 ? (uint64_t)-d : (uint64_t)d;
        rem = (int64_t)(rnd(r) % ad);
        int64_t prod = q * d;
        dividend = prod < 0 ? prod - rem : prod + rem;
        it->v[0] = (uint32_t)(uint64_t)dividend;
        it->v[1] = (uint32_t)((uint64_t)dividend >> bits);
        it->v[2] = (uint32_t)d;
    }
    if (it->size == 1) /* the 16-bit dividend is all in AX */
        it->v[0] = (it->v[0] & 0xFF) | ((it->v[1] & 0xFF) << 8);
}

static void gen_lea(Rng *r, HdItem *it)
{
    unsigned mod = below(r, 3), rm = below(r, 8);
    it->a16 = below(r, 5) == 0;
    it->modrm = (uint8_t)(mod << 6 | rm);
    it->sib = (uint8_t)rnd(r);
    it->disp = (int32_t)value(r);
    if (mod == 1)
        it->disp = (int8_t)it->disp;
}

static void gen_item(Rng *r, HdItem *it, unsigned total_weight)
{
    memset(it, 0, sizeof *it);
    unsigned w = below(r, total_weight), f = 0;
    while (w >= hd_forms[f].weight) {
        w -= hd_forms[f].weight;
        f++;
    }
    const HdForm *fm = &hd_forms[f];
    it->form = (uint16_t)f;
    it->size = (uint8_t)pick_size(r, fm->sizes);
    it->skip = -1;
    it->fix = (uint8_t)rnd(r);
    unsigned rmsz = fm->rmsz ? fm->rmsz : it->size;

    it->reg = (uint8_t)((fm->attr & A_REGW) ? writable_reg(r, it->size) : any_reg(r));
    if (fm->enc == ENC_MODRM || fm->enc == ENC_DIGIT) {
        bool mem = (fm->attr & A_RMMEM) || (!(fm->attr & A_RMREG) && below(r, 3) == 0);
        if (mem)
            gen_mem(r, it);
        else
            it->rm = (uint8_t)((fm->attr & A_RMW) ? writable_reg(r, rmsz) : any_reg(r));
        if (mem && (fm->attr & A_LOCK) && below(r, 8) == 0)
            it->lock = true;
    }
    if ((fm->attr & A_SEGOK) && below(r, 8) == 0)
        it->seg = (uint8_t[]){ 0x26, 0x36, 0x3E }[below(r, 3)];
    it->imm = value(r);
    it->cc = (uint8_t)below(r, 16);
    if (!(fm->attr & A_NOSKIP) && below(r, 10) == 0)
        it->skip = (int8_t)below(r, 38); /* see hostdiff_flow.c */
    else if (!(fm->attr & A_NOSKIP) && below(r, 10) == 0)
        it->loop = (uint8_t)(1 + below(r, 6)); /* the assembler drops it where unsafe */

    switch (fm->sem) {
    case SEM_SHIFT:
        it->imm = count(r, it->size * 8);
        it->setup = fm->opc == 0xD2; /* MOV CL, count */
        break;
    case SEM_SHXD:
        if (it->size == 2) /* counts above 16 leave a 16-bit result undefined */
            it->imm = below(r, 17) + 32 * below(r, 8);
        else
            it->imm = count(r, 32);
        it->setup = fm->opc == 0xA5 || fm->opc == 0xAD;
        break;
    case SEM_DIV:
        it->setup = below(r, 40) != 0; /* without setup: random inputs, often #DE */
        if (it->setup) {
            gen_div(r, it, fm->ext == 7);
            if (!it->mem) { /* the divisor register is loaded after, and apart from, EDX:EAX */
                unsigned x;
                do
                    x = writable_reg(r, it->size);
                while (x == HD_EAX || x == HD_EDX || (it->size == 1 && x == 4));
                it->rm = (uint8_t)x;
            }
        }
        break;
    case SEM_BT:
        if (it->mem) { /* bit offset in [-1024, 1023]: byte offset within +-128 */
            it->setup = true;
            it->reg = (uint8_t)writable_reg(r, 4);
            /* [esp+d] may be near the top of the data area: look downwards only */
            it->v[0] = (uint32_t)range(r, -1024, it->amode == 8 ? 0 : 1023);
        }
        break;
    case SEM_BSF:
        if (!hd_bsf_zero_keeps_dest) {
            /* Destination undefined for a zero source (SDM vol. 2A BSF/BSR) and this host
             * does not keep it: load a non-zero source first. */
            it->setup = true;
            if (!it->mem)
                it->rm = (uint8_t)writable_reg(r, it->size);
            do
                it->v[0] = value(r) & size_mask(it->size);
            while (it->v[0] == 0);
        }
        break;
    case SEM_CMPXCHG:
        it->setup = below(r, 2);
        it->v[0] = value(r);
        it->v[1] = value(r);
        break;
    case SEM_MOFFS:
        it->disp = range(r, -128, 247);
        break;
    case SEM_CALL:
        it->v[0] = below(r, 8);
        it->v[1] = value(r);
        it->reg = (uint8_t)writable_reg(r, 4);
        if (it->v[0] >= 6)
            gen_mem(r, it);
        break;
    case SEM_STR:
        it->setup = true;
        it->rep = (fm->ext & 4) ? (uint8_t[]){ 0, 0xF3, 0xF2 }[below(r, 3)]
                                : (below(r, 2) ? 0xF3 : 0);
        it->v[0] = below(r, 9);
        it->v[1] = (uint32_t)range(r, -100, 100);
        it->v[2] = (uint32_t)range(r, -100, 100);
        if ((fm->ext & 7) == 7 && below(r, 3) == 0)
            it->v[2] = it->v[1]; /* CMPS of a string with itself: REPE runs to the end */
        break;
    case SEM_PUSHF:
        it->reg = (uint8_t)writable_reg(r, it->size);
        break;
    case SEM_POPF:
        it->setup = true;
        it->v[0] = ((uint32_t)rnd(r) & HD_STATUS) | (below(r, 2) ? HD_DF : 0) |
                   (below(r, 4) == 0 ? HD_NT : 0) | (below(r, 4) == 0 ? HD_ID : 0) | 2;
        break;
    case SEM_LEA:
        gen_lea(r, it);
        break;
    case SEM_AAM: {
        unsigned k = below(r, 100);
        it->imm = k < 70 ? 10 : k < 99 ? 1 + below(r, 255) : 0;
        break;
    }
    case SEM_BOUND: {
        /* signed bounds of the operand size; the index mostly inside them */
        unsigned sh = 32 - 8 * it->size;
        int32_t lo = (int32_t)(value(r) << sh) >> sh, hi = (int32_t)(value(r) << sh) >> sh;
        if (lo > hi && below(r, 8) != 0) {
            int32_t t = lo;
            lo = hi;
            hi = t;
        }
        int64_t span = (int64_t)hi - lo + 1;
        int64_t idx = span > 0 && below(r, 6) != 0 ? lo + (int64_t)(rnd(r) % (uint64_t)span)
                                                    : (int32_t)(value(r) << sh) >> sh;
        it->setup = true;
        it->reg = (uint8_t)writable_reg(r, it->size);
        it->v[0] = (uint32_t)lo;
        it->v[1] = (uint32_t)hi;
        it->v[2] = (uint32_t)idx;
        break;
    }
    case SEM_PUSHA: {
        /* the slot POPA loads into a register; 4 would be EBX, 3 is ESP's (skipped) */
        unsigned k;
        do
            k = below(r, 8);
        while (k == 4);
        it->v[0] = below(r, 4) ? k : 0xFF;
        it->v[1] = value(r);
        break;
    }
    case SEM_ENTER:
        it->imm = below(r, 4) ? 4 * below(r, 17) : below(r, 70); /* frame size */
        it->v[0] = below(r, 2);                                   /* nesting level */
        it->v[1] = value(r);
        break;
    case SEM_PUSH:
    case SEM_POP:
        if (it->mem)
            it->lock = false;
        break;
    default:
        break;
    }
}

static void gen_inputs(Rng *r, HdState *in, uint8_t *data)
{
    for (int i = 0; i < 8; i++)
        in->reg[i] = value(r);
    in->reg[HD_EBX] = HD_DATA_PTR;
    in->reg[HD_ESP] = HD_STACK_TOP;
    in->eflags = ((uint32_t)rnd(r) & HD_STATUS) | (below(r, 4) == 0 ? HD_DF : 0) |
                 (below(r, 8) == 0 ? HD_NT : 0) | (below(r, 8) == 0 ? HD_ID : 0) | 2;
    for (unsigned i = 0; i < HD_DATA_SIZE; i += 8) {
        uint64_t v = rnd(r);
        memcpy(&data[i], &v, 8);
    }
    /* boundary values where memory operands and strings look */
    for (unsigned i = 0; i < 96; i++) {
        uint32_t v = value(r), at = HD_DATA_PTR - HD_DATA_BASE - 256 + 4 * below(r, 160);
        memcpy(&data[at], &v, 4);
    }
}

void hd_gen_case(HdCase *c, uint64_t seed, int len)
{
    Rng r = { hd_seed_mix(seed) };
    memset(c, 0, sizeof *c);
    c->seed = seed;
    for (int k = 0; k < HD_NINPUTS; k++)
        gen_inputs(&r, &c->in[k], c->data[k]);
    unsigned total = 0;
    for (unsigned f = 0; f < hd_nforms; f++)
        total += hd_forms[f].weight;
    if (len > HD_MAX_ITEMS)
        len = HD_MAX_ITEMS;
    c->nitems = len;
    for (int i = 0; i < len; i++)
        gen_item(&r, &c->item[i], total);
}

/* hostdiff_x87's cases: random x87 items (every instruction form, memory operands with
 * edge-biased values from fpudiff_gen.c), a random initial state loaded with FRSTOR, and
 * the program that runs them with an FNSAVE/FRSTOR snapshot after each item. */
#include <string.h>
#include "fpudiff.h"
#include "hostdiff_x87.h"

#define R(name, esc, modrm, w) { name, esc, modrm, HXM_NONE, 0, w }
#define RI(name, esc, modrm, w) { name, esc, modrm, HXM_NONE, HXF_STI, w }
#define RF(name, esc, modrm, fl, w) { name, esc, modrm, HXM_NONE, fl, w }
#define M(name, esc, reg, mem, w) { name, esc, (reg) << 3, mem, 0, w }
#define MF(name, esc, reg, mem, fl, w) { name, esc, (reg) << 3, mem, fl, w }

const HxForm hx_forms[] = {
    /* arithmetic, register forms (SDM vol. 2, A.5, tables A-9..A-22) */
    RI("fadd st0,sti", 0xD8, 0xC0, 6), RI("fmul st0,sti", 0xD8, 0xC8, 6),
    RF("fcom sti", 0xD8, 0xD0, HXF_CMP | HXF_STI, 3), RF("fcomp sti", 0xD8, 0xD8, HXF_CMP | HXF_STI, 3),
    RI("fsub st0,sti", 0xD8, 0xE0, 5), RI("fsubr st0,sti", 0xD8, 0xE8, 4),
    RI("fdiv st0,sti", 0xD8, 0xF0, 5), RI("fdivr st0,sti", 0xD8, 0xF8, 4),
    RI("fadd sti,st0", 0xDC, 0xC0, 4), RI("fmul sti,st0", 0xDC, 0xC8, 4),
    RF("fcom2 sti", 0xDC, 0xD0, HXF_CMP | HXF_STI, 1), RF("fcomp3 sti", 0xDC, 0xD8, HXF_CMP | HXF_STI, 1),
    RI("fsubr sti,st0", 0xDC, 0xE0, 3), RI("fsub sti,st0", 0xDC, 0xE8, 3),
    RI("fdivr sti,st0", 0xDC, 0xF0, 3), RI("fdiv sti,st0", 0xDC, 0xF8, 3),
    RI("faddp sti", 0xDE, 0xC0, 4), RI("fmulp sti", 0xDE, 0xC8, 4),
    RF("fcomp5 sti", 0xDE, 0xD0, HXF_CMP | HXF_STI, 1), RF("fcompp", 0xDE, 0xD9, HXF_CMP, 3),
    RI("fsubrp sti", 0xDE, 0xE0, 3), RI("fsubp sti", 0xDE, 0xE8, 3),
    RI("fdivrp sti", 0xDE, 0xF0, 3), RI("fdivp sti", 0xDE, 0xF8, 3),
    /* stack and register moves */
    RI("fld sti", 0xD9, 0xC0, 8), RI("fxch sti", 0xD9, 0xC8, 5), R("fnop", 0xD9, 0xD0, 1),
    RI("fstp1 sti", 0xD9, 0xD8, 1), RI("ffree sti", 0xDD, 0xC0, 3), RI("fxch4 sti", 0xDD, 0xC8, 1),
    RI("fst sti", 0xDD, 0xD0, 4), RI("fstp sti", 0xDD, 0xD8, 5), RI("ffreep sti", 0xDF, 0xC0, 2),
    RI("fxch7 sti", 0xDF, 0xC8, 1), RI("fstp8 sti", 0xDF, 0xD0, 1), RI("fstp9 sti", 0xDF, 0xD8, 1),
    R("fdecstp", 0xD9, 0xF6, 2), R("fincstp", 0xD9, 0xF7, 2),
    RI("fcmovb", 0xDA, 0xC0, 2), RI("fcmove", 0xDA, 0xC8, 2), RI("fcmovbe", 0xDA, 0xD0, 2),
    RI("fcmovu", 0xDA, 0xD8, 2), RI("fcmovnb", 0xDB, 0xC0, 2), RI("fcmovne", 0xDB, 0xC8, 2),
    RI("fcmovnbe", 0xDB, 0xD0, 2), RI("fcmovnu", 0xDB, 0xD8, 2),
    /* compares */
    RF("fucom sti", 0xDD, 0xE0, HXF_CMP | HXF_STI, 3), RF("fucomp sti", 0xDD, 0xE8, HXF_CMP | HXF_STI, 3), RF("fucompp", 0xDA, 0xE9, HXF_CMP, 2),
    RF("fucomi sti", 0xDB, 0xE8, HXF_CMP | HXF_STI, 3), RF("fcomi sti", 0xDB, 0xF0, HXF_CMP | HXF_STI, 3),
    RF("fucomip sti", 0xDF, 0xE8, HXF_CMP | HXF_STI, 3), RF("fcomip sti", 0xDF, 0xF0, HXF_CMP | HXF_STI, 3),
    RF("ftst", 0xD9, 0xE4, HXF_CMP, 3), R("fxam", 0xD9, 0xE5, 4),
    /* no operand */
    R("fchs", 0xD9, 0xE0, 3), R("fabs", 0xD9, 0xE1, 3),
    R("fld1", 0xD9, 0xE8, 3), R("fldl2t", 0xD9, 0xE9, 2), R("fldl2e", 0xD9, 0xEA, 2),
    R("fldpi", 0xD9, 0xEB, 2), R("fldlg2", 0xD9, 0xEC, 2), R("fldln2", 0xD9, 0xED, 2),
    R("fldz", 0xD9, 0xEE, 3),
    RF("f2xm1", 0xD9, 0xF0, HXF_TRANS1, 2), RF("fyl2x", 0xD9, 0xF1, HXF_TRANS1, 2),
    RF("fptan", 0xD9, 0xF2, HXF_TRANS2, 2), RF("fpatan", 0xD9, 0xF3, HXF_TRANS1, 2),
    R("fxtract", 0xD9, 0xF4, 3), R("fprem1", 0xD9, 0xF5, 3), R("fprem", 0xD9, 0xF8, 3),
    RF("fyl2xp1", 0xD9, 0xF9, HXF_TRANS1, 2), R("fsqrt", 0xD9, 0xFA, 4),
    RF("fsincos", 0xD9, 0xFB, HXF_TRANS2, 2), R("frndint", 0xD9, 0xFC, 4),
    R("fscale", 0xD9, 0xFD, 3), RF("fsin", 0xD9, 0xFE, HXF_TRANS1, 2),
    RF("fcos", 0xD9, 0xFF, HXF_TRANS1, 2),
    /* control */
    RF("fnclex", 0xDB, 0xE2, 0, 2), RF("fninit", 0xDB, 0xE3, HXF_SETCW, 1),
    R("fnstsw ax", 0xDF, 0xE0, 3), R("fwait", 0x9B, 0, 2),
    MF("fldcw m", 0xD9, 5, HXM_CW, HXF_SETCW, 5), M("fnstcw m", 0xD9, 7, HXM_OUT2, 2),
    M("fnstsw m", 0xDD, 7, HXM_OUT2, 2),
    MF("fldenv m28", 0xD9, 4, HXM_ENV28, HXF_SETCW, 2),
    MF("fldenv m14", 0xD9, 4, HXM_ENV14, HXF_SETCW | HXF_O16, 1),
    MF("fnstenv m28", 0xD9, 6, HXM_OUT28, HXF_SETCW, 2),
    MF("fnstenv m14", 0xD9, 6, HXM_OUT14, HXF_SETCW | HXF_O16, 1),
    MF("frstor m108", 0xDD, 4, HXM_SAVE108, HXF_SETCW, 2),
    MF("frstor m94", 0xDD, 4, HXM_SAVE94, HXF_SETCW | HXF_O16, 1),
    MF("fnsave m108", 0xDD, 6, HXM_OUT108, HXF_SETCW, 1),
    MF("fnsave m94", 0xDD, 6, HXM_OUT94, HXF_SETCW | HXF_O16, 1),
    /* memory operands */
    M("fadd m32", 0xD8, 0, HXM_F32, 3), M("fmul m32", 0xD8, 1, HXM_F32, 3),
    MF("fcom m32", 0xD8, 2, HXM_F32, HXF_CMP, 2), MF("fcomp m32", 0xD8, 3, HXM_F32, HXF_CMP, 2),
    M("fsub m32", 0xD8, 4, HXM_F32, 2), M("fsubr m32", 0xD8, 5, HXM_F32, 2),
    M("fdiv m32", 0xD8, 6, HXM_F32, 2), M("fdivr m32", 0xD8, 7, HXM_F32, 2),
    M("fadd m64", 0xDC, 0, HXM_F64, 3), M("fmul m64", 0xDC, 1, HXM_F64, 3),
    MF("fcom m64", 0xDC, 2, HXM_F64, HXF_CMP, 2), MF("fcomp m64", 0xDC, 3, HXM_F64, HXF_CMP, 2),
    M("fsub m64", 0xDC, 4, HXM_F64, 2), M("fsubr m64", 0xDC, 5, HXM_F64, 2),
    M("fdiv m64", 0xDC, 6, HXM_F64, 2), M("fdivr m64", 0xDC, 7, HXM_F64, 2),
    M("fiadd m32", 0xDA, 0, HXM_I32, 2), M("fimul m32", 0xDA, 1, HXM_I32, 2),
    MF("ficom m32", 0xDA, 2, HXM_I32, HXF_CMP, 2), MF("ficomp m32", 0xDA, 3, HXM_I32, HXF_CMP, 2),
    M("fisub m32", 0xDA, 4, HXM_I32, 2), M("fisubr m32", 0xDA, 5, HXM_I32, 2),
    M("fidiv m32", 0xDA, 6, HXM_I32, 2), M("fidivr m32", 0xDA, 7, HXM_I32, 2),
    M("fiadd m16", 0xDE, 0, HXM_I16, 2), M("fimul m16", 0xDE, 1, HXM_I16, 2),
    MF("ficom m16", 0xDE, 2, HXM_I16, HXF_CMP, 2), MF("ficomp m16", 0xDE, 3, HXM_I16, HXF_CMP, 2),
    M("fisub m16", 0xDE, 4, HXM_I16, 2), M("fisubr m16", 0xDE, 5, HXM_I16, 2),
    M("fidiv m16", 0xDE, 6, HXM_I16, 2), M("fidivr m16", 0xDE, 7, HXM_I16, 2),
    MF("fld m32", 0xD9, 0, HXM_F32, HXF_LDREAL, 6), M("fst m32", 0xD9, 2, HXM_OUT4, 3),
    M("fstp m32", 0xD9, 3, HXM_OUT4, 4),
    MF("fld m64", 0xDD, 0, HXM_F64, HXF_LDREAL, 6), M("fst m64", 0xDD, 2, HXM_OUT8, 3),
    M("fstp m64", 0xDD, 3, HXM_OUT8, 4),
    M("fld m80", 0xDB, 5, HXM_F80, 8), M("fstp m80", 0xDB, 7, HXM_OUT10, 4),
    M("fild m16", 0xDF, 0, HXM_I16, 3), M("fist m16", 0xDF, 2, HXM_OUT2, 3),
    M("fistp m16", 0xDF, 3, HXM_OUT2, 3),
    M("fild m32", 0xDB, 0, HXM_I32, 3), M("fist m32", 0xDB, 2, HXM_OUT4, 3),
    M("fistp m32", 0xDB, 3, HXM_OUT4, 3),
    M("fild m64", 0xDF, 5, HXM_I64, 3), M("fistp m64", 0xDF, 7, HXM_OUT8, 3),
    M("fbld m80", 0xDF, 4, HXM_BCD, 3), M("fbstp m80", 0xDF, 6, HXM_OUT10, 3),
    /* 0F AE /0 /1 */
    M("fxsave m512", 0x0F, 0, HXM_OUT512, 2),
    MF("fxrstor m512", 0x0F, 1, HXM_IMG512, HXF_SETCW, 2),
};
const unsigned hx_nforms = sizeof(hx_forms) / sizeof(hx_forms[0]);
bool hx_amd_host;

static unsigned mem_size(int mem)
{
    static const uint16_t size[] = {
        [HXM_F32] = 4, [HXM_F64] = 8, [HXM_F80] = 10, [HXM_I16] = 2, [HXM_I32] = 4,
        [HXM_I64] = 8, [HXM_BCD] = 10, [HXM_CW] = 2, [HXM_ENV14] = 14, [HXM_ENV28] = 28,
        [HXM_SAVE94] = 94, [HXM_SAVE108] = 108, [HXM_OUT2] = 2, [HXM_OUT4] = 4,
        [HXM_OUT8] = 8, [HXM_OUT10] = 10, [HXM_OUT14] = 14, [HXM_OUT28] = 28,
        [HXM_OUT94] = 94, [HXM_OUT108] = 108, [HXM_IMG512] = 512, [HXM_OUT512] = 512,
    };
    return size[mem];
}

static void put(uint8_t *p, uint64_t v, unsigned n)
{
    for (unsigned i = 0; i < n; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

/* Control words: mostly every exception masked (so sequences run on), any PC and RC,
 * sometimes reserved bits set (they read back fixed). */
static uint16_t gen_cw(void)
{
    uint16_t cw = (uint16_t)(0x3F | (fd_below(4) << 8) | (fd_below(4) << 10));
    if (fd_below(6) == 0)
        cw &= (uint16_t)~(1u << fd_below(6));
    if (fd_below(10) == 0)
        cw ^= (uint16_t)(fd_rand() & 0x3F);
    if (fd_below(8) == 0)
        cw |= (uint16_t)(fd_rand() & 0xF0C0);
    return cw;
}

static int64_t gen_int(unsigned bits)
{
    int64_t lim = bits == 64 ? INT64_MAX : (int64_t)1 << (bits - 1);
    switch (fd_below(8)) {
    case 0: return -lim;
    case 1: return lim - 1;
    case 2: return (int64_t)fd_below(17) - 8;
    case 3: return (int64_t)(fd_rand() >> (63 - fd_below(bits)));
    default: return (int64_t)fd_rand();
    }
}

static void gen_bcd(uint8_t *p)
{
    for (int i = 0; i < 9; i++) {
        unsigned lo = fd_below(10), hi = fd_below(10);
        if (fd_below(40) == 0)
            lo = 10 + fd_below(6); /* an invalid digit: undefined result, still compared */
        p[i] = (uint8_t)(hi << 4 | lo);
    }
    if (fd_below(3) == 0)
        memset(p, 0, (size_t)fd_below(9));
    p[9] = fd_below(2) ? 0x80 : 0x00;
    if (fd_below(20) == 0)
        p[9] = (uint8_t)fd_rand();
}

/* An FLDENV/FRSTOR image in the 32-bit (or 16-bit) protected-mode layout. */
static void gen_env(uint8_t *p, uint16_t cw, bool b32, bool regs)
{
    uint16_t sw = (uint16_t)(fd_rand() & 0x4700); /* C0-C3 */
    sw |= (uint16_t)(fd_below(8) << 11);           /* TOP */
    if (fd_below(4) == 0)
        sw |= (uint16_t)(fd_rand() & 0x3F);
    if (fd_below(6) == 0)
        sw |= (uint16_t)(fd_rand() & 0x80C0);
    uint16_t tw = 0;
    for (int i = 0; i < 8; i++)
        tw |= (uint16_t)((fd_below(3) == 0 ? 3 : fd_below(3)) << (2 * i));
    if (b32) {
        put(p + 0, 0xFFFF0000u | cw, 4);
        put(p + 4, 0xFFFF0000u | sw, 4);
        put(p + 8, 0xFFFF0000u | tw, 4);
        put(p + 12, fd_rand(), 4);
        put(p + 16, fd_rand() & 0x07FFFFFF, 4);
        put(p + 20, fd_rand(), 4);
        put(p + 24, 0xFFFF0000u | (fd_rand() & 0xFFFF), 4);
    } else {
        put(p + 0, cw, 2);
        put(p + 2, sw, 2);
        put(p + 4, tw, 2);
        put(p + 6, fd_rand(), 8);
    }
    if (regs) {
        uint8_t *r = p + (b32 ? 28 : 14);
        for (int i = 0; i < 8; i++) {
            sf_f80 v = fd_gen_f80();
            put(r + 10 * i, v.sig, 8);
            put(r + 10 * i + 8, v.se, 2);
        }
    }
}

/* An FXRSTOR area: the x87 part random (abridged tag, pointers, registers), MXCSR at its
 * default (other values would change the native runner's SSE state for its C code), the
 * XMM registers zero. */
static void gen_fxsave_area(uint8_t *p, uint16_t cw)
{
    memset(p, 0, 512);
    uint16_t sw = (uint16_t)(fd_rand() & 0x7F00);
    if (fd_below(4) == 0)
        sw |= (uint16_t)(fd_rand() & 0x3F);
    if (fd_below(6) == 0)
        sw |= (uint16_t)(fd_rand() & 0x80C0);
    put(p + 0, cw, 2);
    put(p + 2, sw, 2);
    p[4] = (uint8_t)fd_rand();
    put(p + 6, fd_rand() & 0x7FF, 2);
    put(p + 8, fd_rand(), 4);
    put(p + 12, fd_rand(), 2);
    put(p + 16, fd_rand(), 4);
    put(p + 20, fd_rand(), 2);
    put(p + 24, 0x1F80, 4);
    for (int i = 0; i < 8; i++) {
        sf_f80 v = fd_gen_f80();
        put(p + 32 + 16 * i, v.sig, 8);
        put(p + 40 + 16 * i, v.se, 2);
    }
}

/* The operand of an item in one input set. */
static void gen_operand(uint8_t *p, int mem, uint16_t cw)
{
    switch (mem) {
    case HXM_F32: put(p, fd_gen_f32(), 4); break;
    case HXM_F64: put(p, fd_gen_f64(), 8); break;
    case HXM_F80: {
        sf_f80 v = fd_gen_f80();
        put(p, v.sig, 8);
        put(p + 8, v.se, 2);
        break;
    }
    case HXM_I16: put(p, (uint64_t)gen_int(16), 2); break;
    case HXM_I32: put(p, (uint64_t)gen_int(32), 4); break;
    case HXM_I64: put(p, (uint64_t)gen_int(64), 8); break;
    case HXM_BCD: gen_bcd(p); break;
    case HXM_CW: put(p, cw, 2); break;
    case HXM_ENV14: gen_env(p, cw, false, false); break;
    case HXM_ENV28: gen_env(p, cw, true, false); break;
    case HXM_SAVE94: gen_env(p, cw, false, true); break;
    case HXM_SAVE108: gen_env(p, cw, true, true); break;
    case HXM_IMG512: gen_fxsave_area(p, cw); break;
    default: /* a store's destination: garbage, so a partial write shows */
        for (unsigned i = 0; i < mem_size(mem); i++)
            p[i] = (uint8_t)fd_rand();
        break;
    }
}

static const HxForm *pick_form(void)
{
    static unsigned total;
    if (!total)
        for (unsigned i = 0; i < hx_nforms; i++)
            total += hx_forms[i].weight;
    unsigned r = fd_below(total);
    for (unsigned i = 0; i < hx_nforms; i++) {
        if (r < hx_forms[i].weight)
            return &hx_forms[i];
        r -= hx_forms[i].weight;
    }
    return &hx_forms[0];
}

void hx_gen_case(HxCase *c, uint64_t seed, int len)
{
    memset(c, 0, sizeof(*c));
    c->seed = seed;
    fd_seed(seed * 0x9E3779B97F4A7C15ull + 1);
    if (len > HX_MAX_ITEMS)
        len = HX_MAX_ITEMS;
    c->init_cw = gen_cw();
    for (int k = 0; k < HD_NINPUTS; k++) {
        for (int r = 0; r < 8; r++)
            c->in[k].reg[r] = (uint32_t)fd_rand();
        c->in[k].reg[HD_EBX] = HD_DATA_PTR;
        c->in[k].reg[HD_ESP] = HD_STACK_TOP;
        c->in[k].eflags = ((uint32_t)fd_rand() & HD_STATUS) | 2;
        for (unsigned i = 0; i < HD_DATA_SIZE; i++)
            c->data[k][i] = (uint8_t)fd_rand();
        gen_env(c->data[k] + (HD_DATA_PTR - HD_DATA_BASE) + HX_INIT_DISP, c->init_cw, true, true);
    }
    uint16_t cw = c->init_cw;
    int next = 512;      /* bump allocator for operand slots (above a straddling one) */
    bool crossed = false;
    for (int n = 0; n < len; n++) {
        HxItem *it = &c->item[c->nitems++];
        const HxForm *f = pick_form();
        while (((f->flags & HXF_CMP) && !(cw & 1)) || ((f->flags & HXF_LDREAL) && !(cw & 2)) ||
               (f->esc == 0xD9 && f->modrm == 0xD8 && !hx_amd_host))
            f = pick_form();
        it->form = (uint16_t)(f - hx_forms);
        it->sti = (uint8_t)fd_below(8);
        if (f->mem != HXM_NONE) {
            unsigned size = mem_size(f->mem);
            bool fx = f->esc == 0x0F;
            if (!crossed && fd_below(6) == 0) {
                /* straddle the page boundary at EBX (FXSAVE areas stay 16-byte aligned) */
                if (fx)
                    it->disp = (int16_t)(-16 * (int)(1 + fd_below(31)));
                else
                    it->disp = (int16_t)-(int)(1 + fd_below(size - 1 ? size - 1 : 1));
                crossed = true;
            } else {
                next = fx ? (next + 15) & ~15 : next;
                if (next + (int)size > HX_OPER_LIMIT)
                    next = 512;
                it->disp = (int16_t)next;
                next += (int)((size + 7) & ~7u);
            }
            if (f->mem == HXM_CW || f->mem == HXM_ENV14 || f->mem == HXM_ENV28 ||
                f->mem == HXM_SAVE94 || f->mem == HXM_SAVE108 || f->mem == HXM_IMG512)
                cw = gen_cw();
            for (int k = 0; k < HD_NINPUTS; k++)
                gen_operand(c->data[k] + (HD_DATA_PTR - HD_DATA_BASE) + it->disp, f->mem, cw);
        }
        if (f->flags & HXF_SETCW) {
            if (f->esc == 0xDB || f->mem == HXM_OUT94 || f->mem == HXM_OUT108)
                cw = 0x037F; /* FNINIT, FNSAVE */
            else if (f->mem == HXM_OUT14 || f->mem == HXM_OUT28)
                cw |= 0x3F;  /* FNSTENV masks everything */
        }
        it->cw = cw;
        it->keep_pending = (cw & 0x3F) != 0x3F && !(f->flags & (HXF_TRANS1 | HXF_TRANS2)) &&
                           fd_below(4) == 0;
    }
}

/* ---- the program ---- */

typedef struct { uint8_t *p; } Emit;
static void e8(Emit *e, uint8_t v) { *e->p++ = v; }
static void e32(Emit *e, uint32_t v) { put(e->p, v, 4); e->p += 4; }

/* esc /reg [ebx + disp] */
static void emit_mem(Emit *e, uint8_t esc, uint8_t reg, int32_t disp)
{
    e8(e, esc);
    if (disp >= -128 && disp < 128) {
        e8(e, (uint8_t)(0x40 | reg << 3 | 3));
        e8(e, (uint8_t)disp);
    } else {
        e8(e, (uint8_t)(0x80 | reg << 3 | 3));
        e32(e, (uint32_t)disp);
    }
}

/* FNSAVE then FRSTOR the same image (the state goes on unchanged), and FNCLEX when the
 * control word unmasks an exception that would otherwise stop the next item. */
static void emit_snapshot(Emit *e, int k, bool clex)
{
    int32_t disp = HX_SNAP_DISP + k * HX_SNAP_SIZE;
    emit_mem(e, 0xDD, 6, disp);
    emit_mem(e, 0xDD, 4, disp);
    if (clex) {
        e8(e, 0xDB);
        e8(e, 0xE2);
    }
}

void hx_assemble(const HxCase *c, const bool *keep, HdProgram *p, HxLayout *l)
{
    Emit e = { p->code };
    int snap = 0;
    memset(l, 0, sizeof(*l));
    e8(&e, 0xDB); e8(&e, 0xE3); /* fninit */
    emit_mem(&e, 0xDD, 4, HX_INIT_DISP);
    emit_snapshot(&e, snap++, (c->init_cw & 0x3F) != 0x3F);
    for (int n = 0; n < c->nitems; n++) {
        l->snap_of_item[n] = -1;
        if (keep && !keep[n])
            continue;
        const HxItem *it = &c->item[n];
        const HxForm *f = &hx_forms[it->form];
        l->item_off[n] = (uint32_t)(e.p - p->code);
        if (f->flags & HXF_O16)
            e8(&e, 0x66);
        if (f->esc == 0x9B) {
            e8(&e, 0x9B);
        } else if (f->esc == 0x0F) {
            e8(&e, 0x0F);
            emit_mem(&e, 0xAE, (uint8_t)(f->modrm >> 3), it->disp);
        } else if (f->mem != HXM_NONE)
            emit_mem(&e, f->esc, (uint8_t)(f->modrm >> 3), it->disp);
        else {
            e8(&e, f->esc);
            e8(&e, (uint8_t)(f->modrm + ((f->flags & HXF_STI) ? it->sti : 0)));
        }
        l->item_len[n] = (uint8_t)((uint32_t)(e.p - p->code) - l->item_off[n]);
        l->snap_of_item[n] = snap;
        emit_snapshot(&e, snap++, (it->cw & 0x3F) != 0x3F && !it->keep_pending);
        if (f->flags & (HXF_TRANS1 | HXF_TRANS2)) {
            /* Transcendental results may differ from the host's in the last bit: replace
             * them by +0 (FFREE, FINCSTP, FLDZ: no exception possible) so that the rest of
             * the sequence compares exactly. */
            int nres = (f->flags & HXF_TRANS2) ? 2 : 1;
            for (int i = 0; i < nres; i++) {
                e8(&e, 0xDD); e8(&e, (uint8_t)(0xC0 + i)); /* ffree st(i) */
            }
            for (int i = 0; i < nres; i++) {
                e8(&e, 0xD9); e8(&e, 0xF7);                /* fincstp */
            }
            for (int i = 0; i < nres; i++) {
                e8(&e, 0xD9); e8(&e, 0xEE);                /* fldz */
            }
        }
    }
    l->nsnaps = snap;
    p->len = (uint32_t)(e.p - p->code);
    p->ninsn = 0;
    p->undef_end = 0;
}

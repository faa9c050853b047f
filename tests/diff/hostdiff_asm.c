/* hostdiff's assembler: turns a case's items into x86 bytes (emitted by hand from the form
 * table), inserting setup instructions, the short jumps that may skip an item, and a CMP
 * wherever an instruction would read a status flag the SDM leaves undefined at that point.
 * It records, per emitted instruction, which flags are undefined before it. */
#include <string.h>
#include "hostdiff_forms.h"

typedef struct Asm {
    HdProgram *p;
    uint16_t undef;   /* status flags undefined now */
    int item;
    uint32_t start;   /* offset of the instruction being emitted */
    int depth;        /* bytes pushed on the stack so far */
    bool full;
} Asm;

#define ROOM 96 /* bytes kept free: the longest item plus the native epilogue */

static void b(Asm *a, uint8_t v)
{
    a->p->code[a->p->len++] = v;
}

static void imm(Asm *a, uint32_t v, unsigned n)
{
    for (unsigned i = 0; i < n; i++)
        b(a, (uint8_t)(v >> (8 * i)));
}

static void begin(Asm *a)
{
    a->start = a->p->len;
}

/* Ends one instruction: records it and applies its flag effect. */
static void end(Asm *a, uint16_t wr, uint16_t ud)
{
    HdProgram *p = a->p;
    if (p->ninsn < HD_MAX_INSNS) {
        HdInsn *in = &p->insn[p->ninsn++];
        in->off = a->start;
        in->len = (uint8_t)(p->len - a->start);
        in->undef = a->undef;
        in->item = (int16_t)a->item;
    }
    a->undef = (uint16_t)((a->undef & ~wr) | ud);
}

/* Makes the flags in rd defined: CMP defines all six (SDM vol. 2A CMP). */
static void need(Asm *a, uint16_t rd, uint8_t fix)
{
    if (!(rd & a->undef))
        return;
    unsigned r1 = fix & 7, r2 = (fix >> 3) & 7;
    begin(a);
    switch (fix >> 6) {
    case 0: b(a, 0x39); b(a, (uint8_t)(0xC0 | r2 << 3 | r1)); break;
    case 1: b(a, 0x38); b(a, (uint8_t)(0xC0 | r2 << 3 | r1)); break;
    case 2: b(a, 0x66); b(a, 0x39); b(a, (uint8_t)(0xC0 | r2 << 3 | r1)); break;
    default: b(a, 0x3D); imm(a, 0x01000193u * fix, 4); break;
    }
    end(a, HD_STATUS, 0);
}

/* ModRM (and SIB/displacement) for register field regf and the item's r/m operand. */
static void modrm(Asm *a, unsigned regf, const HdItem *it)
{
    regf = (regf & 7) << 3;
    if (!it->mem) {
        b(a, (uint8_t)(0xC0 | regf | it->rm));
        return;
    }
    uint8_t sib_b = (uint8_t)(it->scale << 6 | 4 << 3 | HD_EBX); /* no index, base EBX */
    uint32_t d = (uint32_t)it->disp;
    switch (it->amode) {
    case 0: b(a, (uint8_t)(0x00 | regf | 3)); break;
    case 1: b(a, (uint8_t)(0x40 | regf | 3)); b(a, (uint8_t)d); break;
    case 2: b(a, (uint8_t)(0x80 | regf | 3)); imm(a, d, 4); break;
    case 3: b(a, (uint8_t)(0x00 | regf | 4)); b(a, sib_b); break;
    case 4: b(a, (uint8_t)(0x40 | regf | 4)); b(a, sib_b); b(a, (uint8_t)d); break;
    case 5: b(a, (uint8_t)(0x80 | regf | 4)); b(a, sib_b); imm(a, d, 4); break;
    case 6: b(a, (uint8_t)(0x00 | regf | 5)); imm(a, HD_DATA_PTR + d, 4); break;
    default: /* SIB with neither base nor index: disp32 */
        b(a, (uint8_t)(0x00 | regf | 4));
        b(a, (uint8_t)(it->scale << 6 | 4 << 3 | 5));
        imm(a, HD_DATA_PTR + d, 4);
        break;
    }
}

static void lea_modrm(Asm *a, const HdItem *it)
{
    unsigned mod = it->modrm >> 6, rm = it->modrm & 7;
    b(a, (uint8_t)(mod << 6 | (it->reg & 7) << 3 | rm));
    if (it->a16) { /* SDM vol. 2A, table 2-1 */
        if (mod == 1)
            imm(a, (uint32_t)it->disp, 1);
        else if (mod == 2 || (mod == 0 && rm == 6))
            imm(a, (uint32_t)it->disp, 2);
        return;
    }
    bool disp32 = mod == 2 || (mod == 0 && rm == 5);
    if (rm == 4) { /* table 2-3 */
        b(a, it->sib);
        if (mod == 0 && (it->sib & 7) == 5)
            disp32 = true;
    }
    if (mod == 1)
        imm(a, (uint32_t)it->disp, 1);
    else if (disp32)
        imm(a, (uint32_t)it->disp, 4);
}

static void mov_reg_imm(Asm *a, unsigned r, unsigned size, uint32_t v)
{
    begin(a);
    if (size == 2)
        b(a, 0x66);
    b(a, (uint8_t)((size == 1 ? 0xB0 : 0xB8) + r));
    imm(a, v, size);
    end(a, 0, 0);
}

/* MOV size [item's memory operand], v */
static void mov_mem_imm(Asm *a, const HdItem *it, unsigned size, uint32_t v)
{
    HdItem m = *it;
    m.seg = 0;
    begin(a);
    if (size == 2)
        b(a, 0x66);
    b(a, size == 1 ? 0xC6 : 0xC7);
    modrm(a, 0, &m);
    imm(a, v, size);
    end(a, 0, 0);
}

static void lea_ebx(Asm *a, unsigned r, int32_t d)
{
    begin(a);
    b(a, 0x8D);
    b(a, (uint8_t)(0x40 | r << 3 | HD_EBX));
    b(a, (uint8_t)d);
    end(a, 0, 0);
}

static void setup(Asm *a, const HdForm *f, const HdItem *it)
{
    switch (f->sem) {
    case SEM_SHIFT:
    case SEM_SHXD:
        mov_reg_imm(a, HD_ECX, 1, it->imm & 0xFF);
        break;
    case SEM_DIV:
        if (it->size == 1) {
            mov_reg_imm(a, HD_EAX, 2, it->v[0]);
        } else {
            mov_reg_imm(a, HD_EAX, it->size, it->v[0]);
            mov_reg_imm(a, HD_EDX, it->size, it->v[1]);
        }
        if (it->mem)
            mov_mem_imm(a, it, it->size, it->v[2]);
        else
            mov_reg_imm(a, it->rm, it->size, it->v[2]);
        break;
    case SEM_BT:
        mov_reg_imm(a, it->reg, 4, it->v[0]);
        break;
    case SEM_BSF:
        if (it->mem)
            mov_mem_imm(a, it, it->size, it->v[0]);
        else
            mov_reg_imm(a, it->rm, it->size, it->v[0]);
        break;
    case SEM_STR:
        if (it->rep)
            mov_reg_imm(a, HD_ECX, 4, it->v[0]);
        if (f->ext & 1)
            lea_ebx(a, HD_ESI, (int32_t)it->v[1]);
        if (f->ext & 2)
            lea_ebx(a, HD_EDI, (int32_t)it->v[2]);
        break;
    case SEM_POPF:
        begin(a);
        if (it->size == 2)
            b(a, 0x66);
        b(a, 0x68);
        imm(a, it->v[0], it->size);
        end(a, 0, 0);
        break;
    default:
        break;
    }
}

/* The item's own instruction. */
static void emit_main(Asm *a, const HdForm *f, const HdItem *it)
{
    if (it->lock)
        b(a, 0xF0);
    if (it->seg && it->mem)
        b(a, it->seg);
    if (it->rep)
        b(a, it->rep);
    if (it->size == 2)
        b(a, 0x66);
    if (f->sem == SEM_LEA && it->a16)
        b(a, 0x67);
    if (f->attr & A_0F)
        b(a, 0x0F);
    unsigned op = f->opc + (it->size > 1 ? f->wadd : 0);
    if (f->attr & A_CC)
        op += it->cc;
    if (f->enc == ENC_OPREG)
        op += it->reg;
    b(a, (uint8_t)op);
    if (f->sem == SEM_LEA)
        lea_modrm(a, it);
    else if (f->enc == ENC_MODRM)
        modrm(a, it->reg, it);
    else if (f->enc == ENC_DIGIT)
        modrm(a, f->ext, it);
    switch (f->imm) {
    case IMM_SZ: imm(a, it->imm, it->size); break;
    case IMM_B: imm(a, it->imm, 1); break;
    case IMM_W: imm(a, it->imm, 2); break;
    default: break;
    }
}

/* Stack bytes an item pushes (negative: pops). */
static int stack_delta(const HdForm *f, const HdItem *it)
{
    switch (f->sem) {
    case SEM_PUSH: return it->size;
    case SEM_POP: return -(int)it->size;
    default: return 0;
    }
}

static void emit_item(Asm *a, const HdItem *it)
{
    const HdForm *f = &hd_forms[it->form];
    uint16_t rd, wr, ud;
    int delta = stack_delta(f, it);
    if (a->depth + delta > 256 || a->depth + delta < -64)
        return; /* keep ESP inside the stack part of the data area */
    a->depth += delta;
    hd_item_flags(it, &rd, &wr, &ud);

    if (it->setup)
        setup(a, f, it);
    int skip = (f->attr & A_NOSKIP) ? -1 : it->skip;
    if (skip >= 17 && it->setup)
        skip -= 16; /* LOOP would change the ECX a setup just loaded: use a Jcc */
    uint16_t jrd = skip < 0 ? 0 : skip < 16 ? hd_cc_reads[skip] : (skip == 18 || skip == 19) ? HD_ZF : 0;
    need(a, (uint16_t)(rd | jrd), it->fix);
    uint32_t rel_at = 0;
    if (skip >= 0) {
        static const uint8_t jop[4] = { 0xE3, 0xE2, 0xE1, 0xE0 }; /* JECXZ LOOP LOOPE LOOPNE */
        begin(a);
        b(a, skip < 16 ? (uint8_t)(0x70 + skip) : jop[skip - 16]);
        rel_at = a->p->len;
        b(a, 0);
        end(a, 0, 0);
    }
    uint16_t before = a->undef;
    begin(a);
    emit_main(a, f, it);
    end(a, wr, ud);
    if (skip >= 0) {
        a->p->code[rel_at] = (uint8_t)(a->p->len - rel_at - 1);
        a->undef |= before; /* defined only if defined on both paths */
    }
    if (f->sem == SEM_PUSHF) {
        /* POP r; AND r, ~IF: natively IF is 1 (user mode), in Tern 0 (so HLT ends the run) */
        begin(a);
        if (it->size == 2)
            b(a, 0x66);
        b(a, (uint8_t)(0x58 + it->reg));
        end(a, 0, 0);
        begin(a);
        if (it->size == 2)
            b(a, 0x66);
        b(a, 0x81);
        b(a, (uint8_t)(0xC0 | 4 << 3 | it->reg));
        imm(a, ~HD_IF, it->size);
        end(a, HD_STATUS & ~HD_AF, HD_AF); /* AND: AF undefined (SDM vol. 2A AND) */
    }
}

void hd_assemble(const HdCase *c, const bool *keep, HdProgram *p)
{
    Asm a = { .p = p };
    p->len = 0;
    p->ninsn = 0;
    for (int i = 0; i < c->nitems; i++) {
        if (keep && !keep[i])
            continue;
        if (p->len + ROOM > HD_SEQ_MAX || p->ninsn + 8 > HD_MAX_INSNS)
            break;
        a.item = i;
        emit_item(&a, &c->item[i]);
    }
    p->undef_end = a.undef;
}

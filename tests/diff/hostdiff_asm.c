/* hostdiff's instruction encoder: the bytes of one item's instruction, emitted by hand from
 * its form-table row (prefixes, opcode, ModRM/SIB/displacement per SDM vol. 2A, 2.1,
 * immediates), the operands' addressing flavours, the setup loads, and the CMP inserted
 * where a read flag is undefined. Each emitted instruction is recorded with the flags
 * undefined before it. */
#include "hostdiff_asm.h"

void hd_b(HdAsm *a, uint8_t v)
{
    a->p->code[a->p->len++] = v;
}

void hd_imm(HdAsm *a, uint32_t v, unsigned n)
{
    for (unsigned i = 0; i < n; i++)
        hd_b(a, (uint8_t)(v >> (8 * i)));
}

void hd_begin(HdAsm *a)
{
    a->start = a->p->len;
}

void hd_end(HdAsm *a, uint16_t wr, uint16_t ud)
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

/* CMP defines all six status flags (SDM vol. 2A CMP). */
void hd_need(HdAsm *a, uint16_t rd, uint8_t fix)
{
    if (!(rd & a->undef))
        return;
    unsigned r1 = fix & 7, r2 = (fix >> 3) & 7;
    hd_begin(a);
    switch (fix >> 6) {
    case 0: hd_b(a, 0x39); hd_b(a, (uint8_t)(0xC0 | r2 << 3 | r1)); break;
    case 1: hd_b(a, 0x38); hd_b(a, (uint8_t)(0xC0 | r2 << 3 | r1)); break;
    case 2: hd_b(a, 0x66); hd_b(a, 0x39); hd_b(a, (uint8_t)(0xC0 | r2 << 3 | r1)); break;
    default: hd_b(a, 0x3D); hd_imm(a, 0x01000193u * fix, 4); break;
    }
    hd_end(a, HD_STATUS, 0);
}

/* Memory flavours (amode), all addressing HD_DATA_PTR + disp (SDM vol. 2A, tables 2-2 and
 * 2-3): 0 [ebx], 1 [ebx+d8], 2 [ebx+d32], 3-5 the same through a SIB byte without index,
 * 6 [disp32], 7 SIB without base or index, 8 [esp+d8] (the stack: address from the
 * tracked ESP), 9 [ebx*s+disp32], 10 [ebx+ebx*s+disp32] (the displacement wraps around
 * 4 GiB to land in the data area). */
void hd_modrm(HdAsm *a, unsigned regf, const HdItem *it)
{
    regf = (regf & 7) << 3;
    if (!it->mem) {
        hd_b(a, (uint8_t)(0xC0 | regf | it->rm));
        return;
    }
    uint8_t sib_none = (uint8_t)(it->scale << 6 | 4 << 3 | HD_EBX);
    uint32_t d = (uint32_t)it->disp, target = HD_DATA_PTR + d;
    switch (it->amode) {
    case 0: hd_b(a, (uint8_t)(0x00 | regf | 3)); break;
    case 1: hd_b(a, (uint8_t)(0x40 | regf | 3)); hd_b(a, (uint8_t)d); break;
    case 2: hd_b(a, (uint8_t)(0x80 | regf | 3)); hd_imm(a, d, 4); break;
    case 3: hd_b(a, (uint8_t)(0x00 | regf | 4)); hd_b(a, sib_none); break;
    case 4: hd_b(a, (uint8_t)(0x40 | regf | 4)); hd_b(a, sib_none); hd_b(a, (uint8_t)d); break;
    case 5: hd_b(a, (uint8_t)(0x80 | regf | 4)); hd_b(a, sib_none); hd_imm(a, d, 4); break;
    case 6: hd_b(a, (uint8_t)(0x00 | regf | 5)); hd_imm(a, target, 4); break;
    case 7:
        hd_b(a, (uint8_t)(0x00 | regf | 4));
        hd_b(a, (uint8_t)(it->scale << 6 | 4 << 3 | 5));
        hd_imm(a, target, 4);
        break;
    case 8: {
        /* keep [esp+d] inside the data area whatever the stack depth (a PUSH moves ESP by
         * 4 more before or after the address is formed: 16 bytes of slack) */
        uint32_t esp = HD_STACK_TOP - (uint32_t)a->depth;
        int32_t dd = it->disp;
        if (esp + (uint32_t)dd + 16 > HD_DATA_BASE + HD_DATA_SIZE)
            dd -= 128;
        hd_b(a, (uint8_t)(0x40 | regf | 4));
        hd_b(a, (uint8_t)(it->scale << 6 | 4 << 3 | HD_ESP));
        hd_b(a, (uint8_t)dd);
        break;
    }
    case 9:
        hd_b(a, (uint8_t)(0x00 | regf | 4));
        hd_b(a, (uint8_t)(it->scale << 6 | HD_EBX << 3 | 5));
        hd_imm(a, target - (HD_DATA_PTR << it->scale), 4);
        break;
    default:
        hd_b(a, (uint8_t)(0x80 | regf | 4));
        hd_b(a, (uint8_t)(it->scale << 6 | HD_EBX << 3 | HD_EBX));
        hd_imm(a, target - HD_DATA_PTR - (HD_DATA_PTR << it->scale), 4);
        break;
    }
}

HdItem hd_mem_plus(const HdItem *it, int k)
{
    HdItem m = *it;
    if (m.amode == 0 || m.amode == 3)
        m.amode++; /* [ebx] has no displacement byte: use the disp8 form */
    m.disp += k;
    if ((m.amode == 1 || m.amode == 4) && m.disp > 127)
        m.amode++; /* disp32 */
    return m;
}

static void lea_modrm(HdAsm *a, const HdItem *it)
{
    unsigned mod = it->modrm >> 6, rm = it->modrm & 7;
    hd_b(a, (uint8_t)(mod << 6 | (it->reg & 7) << 3 | rm));
    if (it->a16) { /* SDM vol. 2A, table 2-1 */
        if (mod == 1)
            hd_imm(a, (uint32_t)it->disp, 1);
        else if (mod == 2 || (mod == 0 && rm == 6))
            hd_imm(a, (uint32_t)it->disp, 2);
        return;
    }
    bool disp32 = mod == 2 || (mod == 0 && rm == 5);
    if (rm == 4) { /* table 2-3 */
        hd_b(a, it->sib);
        if (mod == 0 && (it->sib & 7) == 5)
            disp32 = true;
    }
    if (mod == 1)
        hd_imm(a, (uint32_t)it->disp, 1);
    else if (disp32)
        hd_imm(a, (uint32_t)it->disp, 4);
}

void hd_mov_reg_imm(HdAsm *a, unsigned r, unsigned size, uint32_t v)
{
    hd_begin(a);
    if (size == 2)
        hd_b(a, 0x66);
    hd_b(a, (uint8_t)((size == 1 ? 0xB0 : 0xB8) + r));
    hd_imm(a, v, size);
    hd_end(a, 0, 0);
}

void hd_mov_mem_imm(HdAsm *a, const HdItem *it, unsigned size, uint32_t v)
{
    hd_begin(a);
    if (size == 2)
        hd_b(a, 0x66);
    hd_b(a, size == 1 ? 0xC6 : 0xC7);
    hd_modrm(a, 0, it);
    hd_imm(a, v, size);
    hd_end(a, 0, 0);
}

static void lea_ebx(HdAsm *a, unsigned r, int32_t d)
{
    hd_begin(a);
    hd_b(a, 0x8D);
    hd_b(a, (uint8_t)(0x40 | r << 3 | HD_EBX));
    hd_b(a, (uint8_t)d);
    hd_end(a, 0, 0);
}

/* Loads v into the item's r/m operand, register or memory. */
static void load_rm(HdAsm *a, const HdItem *it, uint32_t v)
{
    if (it->mem)
        hd_mov_mem_imm(a, it, it->size, v);
    else
        hd_mov_reg_imm(a, it->rm, it->size, v);
}

void hd_setup(HdAsm *a, const HdForm *f, const HdItem *it)
{
    switch (f->sem) {
    case SEM_SHIFT:
    case SEM_SHXD:
        hd_mov_reg_imm(a, HD_ECX, 1, it->imm & 0xFF);
        break;
    case SEM_DIV:
        if (it->size == 1) {
            hd_mov_reg_imm(a, HD_EAX, 2, it->v[0]);
        } else {
            hd_mov_reg_imm(a, HD_EAX, it->size, it->v[0]);
            hd_mov_reg_imm(a, HD_EDX, it->size, it->v[1]);
        }
        load_rm(a, it, it->v[2]);
        break;
    case SEM_BT:
        hd_mov_reg_imm(a, it->reg, 4, it->v[0]);
        break;
    case SEM_BSF:
        load_rm(a, it, it->v[0]);
        break;
    case SEM_CMPXCHG:
        /* the accumulator equal to the destination: the exchanging outcome */
        if (f->opc == 0xC7) { /* CMPXCHG8B */
            HdItem hi = hd_mem_plus(it, 4);
            hd_mov_reg_imm(a, HD_EAX, 4, it->v[0]);
            hd_mov_reg_imm(a, HD_EDX, 4, it->v[1]);
            hd_mov_mem_imm(a, it, 4, it->v[0]);
            hd_mov_mem_imm(a, &hi, 4, it->v[1]);
        } else {
            hd_mov_reg_imm(a, HD_EAX, it->size, it->v[0]);
            load_rm(a, it, it->v[0]);
        }
        break;
    case SEM_STR:
        if (it->rep)
            hd_mov_reg_imm(a, HD_ECX, 4, it->v[0]);
        if (f->ext & 1)
            lea_ebx(a, HD_ESI, (int32_t)it->v[1]);
        if (f->ext & 2)
            lea_ebx(a, HD_EDI, (int32_t)it->v[2]);
        break;
    case SEM_BOUND: {
        HdItem hi = hd_mem_plus(it, it->size);
        hd_mov_mem_imm(a, it, it->size, it->v[0]);
        hd_mov_mem_imm(a, &hi, it->size, it->v[1]);
        hd_mov_reg_imm(a, it->reg, it->size, it->v[2]);
        break;
    }
    case SEM_POPF:
        hd_begin(a);
        if (it->size == 2)
            hd_b(a, 0x66);
        hd_b(a, 0x68);
        hd_imm(a, it->v[0], it->size);
        hd_end(a, 0, 0);
        break;
    default:
        break;
    }
}

void hd_main(HdAsm *a, const HdForm *f, const HdItem *it)
{
    if (it->lock)
        hd_b(a, 0xF0);
    if (it->seg && (it->mem || (f->attr & A_SEGOK)))
        hd_b(a, it->seg);
    if (it->rep)
        hd_b(a, it->rep);
    if (it->size == 2)
        hd_b(a, 0x66);
    if (f->sem == SEM_LEA && it->a16)
        hd_b(a, 0x67);
    if (f->attr & A_0F)
        hd_b(a, 0x0F);
    unsigned op = f->opc + (it->size > 1 ? f->wadd : 0);
    if (f->attr & A_CC)
        op += it->cc;
    if (f->enc == ENC_OPREG)
        op += it->reg;
    hd_b(a, (uint8_t)op);
    if (f->sem == SEM_LEA)
        lea_modrm(a, it);
    else if (f->enc == ENC_MODRM)
        hd_modrm(a, it->reg, it);
    else if (f->enc == ENC_DIGIT)
        hd_modrm(a, f->ext, it);
    if (f->sem == SEM_ENTER) {
        hd_imm(a, it->imm, 2);
        hd_b(a, (uint8_t)it->v[0]);
    } else if (f->sem == SEM_MOFFS) {
        hd_imm(a, HD_DATA_PTR + (uint32_t)it->disp, 4);
    }
    switch (f->imm) {
    case IMM_SZ: hd_imm(a, it->imm, it->size); break;
    case IMM_B: hd_imm(a, it->imm, 1); break;
    case IMM_W: hd_imm(a, it->imm, 2); break;
    default: break;
    }
}

/* hostdiff's item assembler: lays out each item with its setup, the CMP that defines a flag
 * it reads while undefined, and its control flow: a forward jump that may skip it, a LOOP
 * that repeats it, the instructions paired with it (POPA after PUSHA, LEAVE after ENTER,
 * the POP after PUSHF), and the CALL/JMP/RET shapes. Tracks the stack depth so that ESP
 * stays in the stack part of the data area, and which flags are undefined. */
#include "hostdiff_asm.h"

#define ROOM 256 /* bytes kept free: the longest item plus the native epilogue */

/* Stack bytes an item pushes (negative: pops), and how much deeper it goes meanwhile. */
static int stack_delta(const HdForm *f, const HdItem *it, int *transient)
{
    *transient = 0;
    switch (f->sem) {
    case SEM_PUSH: return it->size;
    case SEM_POP: return -(int)it->size;
    case SEM_PUSHF: case SEM_POPF: *transient = 4; return 0;
    case SEM_PUSHA: *transient = 8 * it->size; return 0;
    case SEM_ENTER: *transient = 8 + (int)(it->imm & 0xFFFF); return 0;
    case SEM_CALL: *transient = 8; return 0;
    default: return 0;
    }
}

static bool writes_ecx(const HdForm *f, const HdItem *it)
{
    bool cx = it->reg == HD_ECX || (it->size == 1 && it->reg == 5); /* CL, CH */
    bool cx_rm = it->rm == HD_ECX || (it->size == 1 && it->rm == 5);
    return ((f->attr & A_REGW) && cx) || ((f->attr & A_RMW) && !it->mem && cx_rm);
}

/* MOV ECX, n; item; LOOP back: the body runs n times, so it must not touch ECX or need a
 * setup, and must not read a flag it leaves undefined itself. */
static bool loop_ok(const HdForm *f, const HdItem *it, uint16_t rd, uint16_t ud)
{
    return it->loop && !(f->attr & A_NOSKIP) && !it->setup && f->sem != SEM_STR &&
           !writes_ecx(f, it) && !(rd & ud);
}

/* Skip jumps: 0-15 Jcc rel8, 16-31 Jcc rel32, 32 JECXZ, 33 JCXZ (0x67), 34 LOOP,
 * 35 LOOPE, 36 LOOPNE, 37 LOOP on CX (0x67). */
static uint16_t skip_reads(int k)
{
    if (k < 32)
        return hd_cc_reads[k & 15];
    return (k == 35 || k == 36) ? HD_ZF : 0;
}

/* Emits the jump with a zero displacement; returns where the displacement goes. */
static uint32_t skip_jump(HdAsm *a, int k, unsigned *rel_size)
{
    static const uint8_t op[6] = { 0xE3, 0xE3, 0xE2, 0xE1, 0xE0, 0xE2 };
    hd_begin(a);
    *rel_size = 1;
    if (k < 16) {
        hd_b(a, (uint8_t)(0x70 + k));
    } else if (k < 32) {
        hd_b(a, 0x0F);
        hd_b(a, (uint8_t)(0x80 + (k & 15)));
        *rel_size = 4;
    } else {
        if (k == 33 || k == 37)
            hd_b(a, 0x67);
        hd_b(a, op[k - 32]);
    }
    uint32_t at = a->p->len;
    hd_imm(a, 0, *rel_size);
    hd_end(a, 0, 0);
    return at;
}

static void insn(HdAsm *a, const char *bytes, unsigned n)
{
    hd_begin(a);
    for (unsigned i = 0; i < n; i++)
        hd_b(a, (uint8_t)bytes[i]);
    hd_end(a, 0, 0);
}

static void insn_imm(HdAsm *a, uint8_t op, uint32_t v)
{
    hd_begin(a);
    hd_b(a, op);
    hd_imm(a, v, 4);
    hd_end(a, 0, 0);
}

static uint32_t here(const HdAsm *a)
{
    return HD_SEQ_ADDR + a->p->len;
}

/* Near CALL/JMP/RET shapes (SDM vol. 2A CALL, JMP; vol. 2B RET); none touches the flags.
 * Each ends at the instruction after it. */
static void call_item(HdAsm *a, const HdItem *it)
{
    unsigned r = it->reg;
    switch (it->v[0]) {
    case 0: /* CALL L; JMP M; L: RET; M: */
        insn(a, "\xE8\x02\x00\x00\x00", 5);
        insn(a, "\xEB\x01", 2);
        insn(a, "\xC3", 1);
        break;
    case 1: /* PUSH imm8; CALL L; JMP M; L: RET 4; M: */
        insn(a, (const char[]){ 0x6A, (char)it->v[1] }, 2);
        insn(a, "\xE8\x02\x00\x00\x00", 5);
        insn(a, "\xEB\x03", 2);
        insn(a, "\xC2\x04\x00", 3);
        break;
    case 2: /* MOV r, L; CALL r; JMP M; L: RET; M: */
        insn_imm(a, (uint8_t)(0xB8 + r), here(a) + 5 + 2 + 2);
        insn(a, (const char[]){ (char)0xFF, (char)(0xD0 + r) }, 2);
        insn(a, "\xEB\x01", 2);
        insn(a, "\xC3", 1);
        break;
    case 3: /* MOV r, L; JMP r; UD2; L: */
        insn_imm(a, (uint8_t)(0xB8 + r), here(a) + 5 + 2 + 2);
        insn(a, (const char[]){ (char)0xFF, (char)(0xE0 + r) }, 2);
        insn(a, "\x0F\x0B", 2);
        break;
    case 4: /* PUSH L; RET; UD2; L: */
        insn_imm(a, 0x68, here(a) + 5 + 1 + 2);
        insn(a, "\xC3", 1);
        insn(a, "\x0F\x0B", 2);
        break;
    case 5: /* CALL next; POP r: r = the address after the CALL */
        insn(a, "\xE8\x00\x00\x00\x00", 5);
        insn(a, (const char[]){ (char)(0x58 + r) }, 1);
        break;
    default: { /* MOV [m], L; CALL [m]; JMP M; L: RET; M:  or  MOV [m], L; JMP [m]; UD2; L: */
        bool call = it->v[0] == 6;
        hd_mov_mem_imm(a, it, 4, 0);
        uint32_t target_at = a->p->len - 4;
        hd_begin(a);
        hd_b(a, 0xFF);
        hd_modrm(a, call ? 2 : 4, it);
        hd_end(a, 0, 0);
        insn(a, call ? "\xEB\x01" : "\x0F\x0B", 2);
        uint32_t target = here(a);
        if (call)
            insn(a, "\xC3", 1);
        for (int i = 0; i < 4; i++)
            a->p->code[target_at + i] = (uint8_t)(target >> (8 * i));
        break;
    }
    }
}

/* What follows the main instruction of the paired items. */
static void post(HdAsm *a, const HdForm *f, const HdItem *it)
{
    switch (f->sem) {
    case SEM_PUSHA:
        if (it->v[0] != 0xFF) { /* MOV [ESP + slot], v: POPA loads it */
            hd_begin(a);
            if (it->size == 2)
                hd_b(a, 0x66);
            hd_b(a, 0xC7);
            hd_b(a, 0x44);
            hd_b(a, 0x24);
            hd_b(a, (uint8_t)(it->v[0] * it->size));
            hd_imm(a, it->v[1], it->size);
            hd_end(a, 0, 0);
        }
        insn(a, it->size == 2 ? "\x66\x61" : "\x61", it->size == 2 ? 2 : 1);
        break;
    case SEM_ENTER: /* MOV [EBP-4], v; LEAVE */
        hd_begin(a);
        hd_b(a, 0xC7);
        hd_b(a, 0x45);
        hd_b(a, 0xFC);
        hd_imm(a, it->v[1], 4);
        hd_end(a, 0, 0);
        insn(a, "\xC9", 1);
        break;
    case SEM_PUSHF:
        /* AND [ESP], ~IF; POP r: natively IF is 1 (user mode), in Tern 0 (so that HLT ends
         * the run); clearing it in the stack slot keeps memory and register comparable */
        hd_begin(a);
        if (it->size == 2)
            hd_b(a, 0x66);
        hd_b(a, 0x81);
        hd_b(a, 0x24); /* /4 with a SIB byte */
        hd_b(a, 0x24); /* [esp] */
        hd_imm(a, ~HD_IF, it->size);
        hd_end(a, HD_STATUS & ~HD_AF, HD_AF); /* AND: AF undefined (SDM vol. 2A AND) */
        hd_begin(a);
        if (it->size == 2)
            hd_b(a, 0x66);
        hd_b(a, (uint8_t)(0x58 + it->reg));
        hd_end(a, 0, 0);
        break;
    default:
        break;
    }
}

static void emit_loop(HdAsm *a, const HdForm *f, const HdItem *it, uint16_t rd, uint16_t wr,
                      uint16_t ud)
{
    hd_need(a, rd, it->fix);
    hd_mov_reg_imm(a, HD_ECX, 4, it->loop);
    uint32_t top = a->p->len;
    int rec = a->p->ninsn;
    hd_begin(a);
    hd_main(a, f, it);
    hd_end(a, wr, ud);
    /* a fault in a later iteration sees the flags the first one left */
    if (rec < a->p->ninsn)
        a->p->insn[rec].undef |= a->undef;
    hd_begin(a);
    hd_b(a, 0xE2); /* LOOP top */
    hd_b(a, (uint8_t)(top - (a->p->len + 1)));
    hd_end(a, 0, 0);
}

static void emit_item(HdAsm *a, const HdItem *it)
{
    const HdForm *f = &hd_forms[it->form];
    uint16_t rd, wr, ud;
    int transient;
    int delta = stack_delta(f, it, &transient);
    if (a->depth + delta > 256 || a->depth + delta < -64 || a->depth + transient > 256)
        return; /* keep ESP inside the stack part of the data area */
    a->depth += delta;
    hd_item_flags(it, &rd, &wr, &ud);

    if (f->sem == SEM_CALL) {
        call_item(a, it);
        return;
    }
    if (loop_ok(f, it, rd, ud)) {
        emit_loop(a, f, it, rd, wr, ud);
        return;
    }
    if (it->setup)
        hd_setup(a, f, it);
    int skip = (f->attr & A_NOSKIP) ? -1 : it->skip;
    if (skip >= 34 && it->setup)
        skip &= 15; /* LOOP would change the ECX a setup just loaded: use a Jcc */
    hd_need(a, (uint16_t)(rd | (skip >= 0 ? skip_reads(skip) : 0)), it->fix);
    uint32_t rel_at = 0;
    unsigned rel_size = 0;
    if (skip >= 0)
        rel_at = skip_jump(a, skip, &rel_size);
    uint16_t before = a->undef;
    hd_begin(a);
    hd_main(a, f, it);
    hd_end(a, wr, ud);
    if (skip >= 0) {
        uint32_t rel = a->p->len - (rel_at + rel_size);
        for (unsigned i = 0; i < rel_size; i++)
            a->p->code[rel_at + i] = (uint8_t)(rel >> (8 * i));
        a->undef |= before; /* defined only if defined on both paths */
    }
    post(a, f, it);
}

void hd_assemble(const HdCase *c, const bool *keep, HdProgram *p)
{
    HdAsm a = { .p = p };
    p->len = 0;
    p->ninsn = 0;
    for (int i = 0; i < c->nitems; i++) {
        if (keep && !keep[i])
            continue;
        if (p->len + ROOM > HD_SEQ_MAX || p->ninsn + 16 > HD_MAX_INSNS)
            break;
        a.item = i;
        emit_item(&a, &c->item[i]);
    }
    p->undef_end = a.undef;
}

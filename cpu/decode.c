/* x86 instruction decoder: legacy prefixes, REX, the one-byte, 0F, 0F38, 0F3A and 3DNow!
 * maps, ModRM/SIB/displacement and immediates, driven by the rows of cpu/x86-opcodes.def.
 * The rows are indexed once (first use) into per-opcode sub-tables so decoding is O(1). */
#include "cpu/decode-internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

const char *const x86_mnemonic_names[X86_MN_COUNT] = {
#define X(name) #name,
#include "cpu/x86-mnemonics.def"
#undef X
};

const X86OpcodeEntry x86_opcode_rows[] = {
#define X86_OP(map, op, pfx, reg, rm, mn, o1, o2, o3, fl) \
    { X86_MAP_##map, op, X86_PFX_##pfx, reg, rm, X86_MN_##mn, \
      { X86_OPK_##o1, X86_OPK_##o2, X86_OPK_##o3 }, fl },
#include "cpu/x86-opcodes.def"
#undef X86_OP
};
const size_t x86_opcode_row_count = sizeof(x86_opcode_rows) / sizeof(x86_opcode_rows[0]);

/* ---- table construction ---- */

static X86Tables tables;
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

static int row_space(const X86OpcodeEntry *e)
{
    if (e->flags & X86F_EVEX)
        return X86_SPACE_EVEX + e->map - X86_MAP_0F;
    if (e->map >= X86_MAP_XOP8)
        return X86_SPACE_XOP + e->map - X86_MAP_XOP8;
    if (e->flags & X86F_VEX)
        return X86_SPACE_VEX + e->map - X86_MAP_0F;
    return e->map;
}

static int row_dims(const X86OpcodeEntry *e)
{
    int d = 0;
    if (e->prefix != X86_PFX_ANY)
        d |= X86_DIM_PFX;
    if (e->reg >= 0)
        d |= X86_DIM_REG;
    if (e->flags & (X86F_MODRM_MEM | X86F_MODRM_REG))
        d |= X86_DIM_MOD;
    if (e->rm >= 0)
        d |= X86_DIM_RM;
    if (e->flags & (X86F_W0 | X86F_W1))
        d |= X86_DIM_W;
    if (e->flags & (X86F_L0 | X86F_L1))
        d |= X86_DIM_L;
    return d;
}

static int dims_cells(int d)
{
    int n = 1;
    n *= (d & X86_DIM_PFX) ? 4 : 1;
    n *= (d & X86_DIM_REG) ? 8 : 1;
    n *= (d & X86_DIM_MOD) ? 2 : 1;
    n *= (d & X86_DIM_RM) ? 8 : 1;
    n *= (d & X86_DIM_W) ? 2 : 1;
    n *= (d & X86_DIM_L) ? 2 : 1;
    return n;
}

static int pfx_class_of(uint8_t p)
{
    switch (p) {
    case 0x66: return 1;
    case 0xF3: return 2;
    case 0xF2: return 3;
    default: return 0;
    }
}

static size_t cell_index(int d, int pfx, int reg, int modreg, int rm, int w, int l)
{
    size_t i = 0;
    if (d & X86_DIM_PFX)
        i = i * 4 + (size_t)pfx;
    if (d & X86_DIM_REG)
        i = i * 8 + (size_t)reg;
    if (d & X86_DIM_MOD)
        i = i * 2 + (size_t)modreg;
    if (d & X86_DIM_RM)
        i = i * 8 + (size_t)rm;
    if (d & X86_DIM_W)
        i = i * 2 + (size_t)w;
    if (d & X86_DIM_L)
        i = i * 2 + (size_t)l;
    return i;
}

static bool row_in_mode(const X86OpcodeEntry *e, int is64)
{
    return is64 ? !(e->flags & X86F_INV64) : !(e->flags & X86F_ONLY64);
}

/* Specificity: a row naming more selectors wins over one naming fewer. */
static int row_priority(const X86OpcodeEntry *e)
{
    return __builtin_popcount((unsigned)row_dims(e));
}

static void fill_row(uint16_t *cells, int d, const X86OpcodeEntry *e, uint16_t val,
                     uint8_t *prio, int p, int *conflicts)
{
    for (int pfx = 0; pfx < 4; pfx++) {
        if (!(d & X86_DIM_PFX) && pfx) break;
        if ((d & X86_DIM_PFX) && e->prefix != X86_PFX_ANY && pfx != pfx_class_of(e->prefix))
            continue;
        for (int reg = 0; reg < 8; reg++) {
            if (!(d & X86_DIM_REG) && reg) break;
            if ((d & X86_DIM_REG) && e->reg >= 0 && reg != e->reg) continue;
            for (int mr = 0; mr < 2; mr++) {
                if (!(d & X86_DIM_MOD) && mr) break;
                if ((d & X86_DIM_MOD) && (e->flags & X86F_MODRM_MEM) && mr) continue;
                if ((d & X86_DIM_MOD) && (e->flags & X86F_MODRM_REG) && !mr) continue;
                for (int rm = 0; rm < 8; rm++) {
                    if (!(d & X86_DIM_RM) && rm) break;
                    if ((d & X86_DIM_RM) && e->rm >= 0 && rm != e->rm) continue;
                    for (int w = 0; w < 2; w++) {
                        if (!(d & X86_DIM_W) && w) break;
                        if ((e->flags & X86F_W0) && w) continue;
                        if ((e->flags & X86F_W1) && !w) continue;
                        for (int l = 0; l < 2; l++) {
                            if (!(d & X86_DIM_L) && l) break;
                            if ((e->flags & X86F_L0) && l) continue;
                            if ((e->flags & X86F_L1) && !l) continue;
                            size_t i = cell_index(d, pfx, reg, mr, rm, w, l);
                            if (cells[i] && prio[i] == p && cells[i] != val)
                                (*conflicts)++;
                            if (!cells[i] || prio[i] <= p) {
                                cells[i] = val;
                                prio[i] = (uint8_t)p;
                            }
                        }
                    }
                }
            }
        }
    }
}

static void build_tables(void)
{
    size_t n = x86_opcode_row_count;
    /* pass 1: the dimensions and ModRM presence of every opcode */
    for (size_t i = 0; i < n; i++) {
        const X86OpcodeEntry *e = &x86_opcode_rows[i];
        for (int m = 0; m < 2; m++) {
            X86Slot *s = &tables.slot[m][row_space(e)][e->opcode];
            s->dims |= (uint8_t)row_dims(e);
            if (e->flags & X86F_MODRM)
                s->modrm = 1;
        }
    }
    size_t total = 0;
    for (int m = 0; m < 2; m++)
        for (int sp = 0; sp < X86_SPACE_COUNT; sp++)
            for (int op = 0; op < 256; op++) {
                X86Slot *s = &tables.slot[m][sp][op];
                s->base = (uint16_t)total;
                total += (size_t)dims_cells(s->dims);
            }
    if (total > 0xFFFF)
        abort(); /* X86Slot.base is 16 bits; the tables have outgrown it */
    tables.cells = calloc(total, sizeof(uint16_t));
    uint8_t *prio = calloc(total, 1);
    if (!tables.cells || !prio)
        abort();
    tables.ncells = total;
    /* pass 2: fill, each row over the cells it covers */
    for (size_t i = 0; i < n; i++) {
        const X86OpcodeEntry *e = &x86_opcode_rows[i];
        for (int m = 0; m < 2; m++) {
            if (!row_in_mode(e, m))
                continue;
            X86Slot *s = &tables.slot[m][row_space(e)][e->opcode];
            /* the rows of one opcode must agree on having a ModRM byte */
            if (s->modrm != !!(e->flags & X86F_MODRM))
                tables.conflicts++;
            fill_row(tables.cells + s->base, s->dims, e, (uint16_t)(i + 1), prio + s->base,
                     row_priority(e), &tables.conflicts);
        }
    }
    free(prio);
}

const X86Tables *x86_decode_tables(void)
{
    pthread_once(&tables_once, build_tables);
    return &tables;
}

const X86OpcodeEntry *x86_decode_lookup(const X86Slot *s, int pfx_class, int modrm, int w, int l)
{
    size_t i = cell_index(s->dims, pfx_class, (modrm >> 3) & 7, (modrm >> 6) == 3, modrm & 7,
                          w, l);
    uint16_t v = tables.cells[s->base + i];
    return v ? &x86_opcode_rows[v - 1] : NULL;
}

/* ---- ModRM, SIB, displacement, immediates ---- */

static uint64_t read_le(const uint8_t *p, int n)
{
    uint64_t v = 0;
    for (int i = n - 1; i >= 0; i--)
        v = (v << 8) | p[i];
    return v;
}

static uint64_t sext(uint64_t v, int bytes)
{
    int sh = 64 - bytes * 8;
    return sh ? (uint64_t)((int64_t)(v << sh) >> sh) : v;
}

bool x86_decode_modrm_mem(X86Insn *insn, X86Cursor *c, int rex_x, int rex_b)
{
    int mod = insn->mod, rm = insn->modrm & 7;
    int dsize = 0;
    if (insn->addr_size == 2) {
        /* 16-bit forms have no SIB (SDM vol. 2, table 2-1) */
        if (mod == 1)
            dsize = 1;
        else if (mod == 2 || (mod == 0 && rm == 6))
            dsize = 2;
    } else {
        int base = rm;
        if (rm == 4) {
            if (!x86_cursor_need(c, 1))
                return false;
            insn->has_sib = true;
            insn->sib = c->bytes[c->pos++];
            insn->scale = insn->sib >> 6;
            insn->index = (uint8_t)(((insn->sib >> 3) & 7) | (rex_x << 3));
            base = insn->sib & 7;
        } else {
            insn->index = 4; /* none */
        }
        insn->base = (uint8_t)(base | (rex_b << 3));
        if (mod == 1)
            dsize = 1;
        else if (mod == 2 || (mod == 0 && base == 5))
            dsize = 4;
        /* mod=00 rm=101 without SIB is RIP-relative in 64-bit mode (SDM vol. 2, 2.2.1.6) */
        if (mod == 0 && rm == 5 && insn->mode == X86_MODE_64)
            insn->rip_relative = true;
    }
    if (dsize) {
        if (!x86_cursor_need(c, (size_t)dsize))
            return false;
        insn->disp = (int32_t)sext(read_le(c->bytes + c->pos, dsize), dsize);
        insn->disp_size = (uint8_t)dsize;
        c->pos += (size_t)dsize;
    }
    return true;
}

static bool take_imm(X86Insn *insn, X86Cursor *c, int size, bool sign)
{
    if (!x86_cursor_need(c, (size_t)size))
        return false;
    uint64_t v = read_le(c->bytes + c->pos, size);
    if (sign)
        v = sext(v, size);
    c->pos += (size_t)size;
    if (insn->imm_size == 0) {
        insn->imm = v;
        insn->imm_size = (uint8_t)size;
    } else {
        insn->imm2 = v;
        insn->imm2_size = (uint8_t)size;
    }
    return true;
}

bool x86_decode_immediates(X86Insn *insn, X86Cursor *c, const X86OpcodeEntry *e)
{
    int osz = insn->op_size;
    int z = osz == 2 ? 2 : 4;
    for (int i = 0; i < 3; i++) {
        bool ok = true;
        switch (e->operands[i]) {
        case X86_OPK_Ib: case X86_OPK_Lx: ok = take_imm(insn, c, 1, false); break;
        case X86_OPK_sIb: case X86_OPK_Jb: ok = take_imm(insn, c, 1, true); break;
        case X86_OPK_Iw: ok = take_imm(insn, c, 2, false); break;
        case X86_OPK_Iz: ok = take_imm(insn, c, z, true); break;
        case X86_OPK_Jz: ok = take_imm(insn, c, z, true); break;
        case X86_OPK_Iv: ok = take_imm(insn, c, osz, false); break;
        case X86_OPK_Ibb:
            ok = take_imm(insn, c, 1, false) && take_imm(insn, c, 1, false);
            break;
        case X86_OPK_Ap: /* offset, then the selector */
            ok = take_imm(insn, c, z, false) && take_imm(insn, c, 2, false);
            break;
        case X86_OPK_Ob: case X86_OPK_Ov: /* moffs: an address-size offset, kept in imm */
            ok = take_imm(insn, c, insn->addr_size, false);
            break;
        default:
            break;
        }
        if (!ok)
            return false;
    }
    return true;
}

/* ---- the legacy path ---- */

static int mandatory_class(bool opsize, uint8_t last_f2f3)
{
    if (last_f2f3)
        return pfx_class_of(last_f2f3);
    return opsize ? 1 : 0;
}

static void set_sizes(X86Insn *insn, const X86OpcodeEntry *e, int rex_w)
{
    bool o16 = insn->opsize_prefix && !(e && e->prefix == 0x66);
    uint32_t fl = e ? e->flags : 0;
    switch (insn->mode) {
    case X86_MODE_16:
        insn->op_size = o16 ? 4 : 2;
        break;
    case X86_MODE_32:
        insn->op_size = o16 ? 2 : 4;
        break;
    default:
        /* REX.W wins over 66; near branches ignore 66 (F64), stack ops default to 64
         * (DEF64) (SDM vol. 2, 2.2.1.2 and table 2-4; vol. 1, 3.6.1) */
        if (rex_w || (fl & X86F_F64))
            insn->op_size = 8;
        else if (fl & X86F_DEF64)
            insn->op_size = o16 ? 2 : 8;
        else
            insn->op_size = o16 ? 2 : 4;
        break;
    }
}

static X86DecodeStatus finish(X86Insn *insn, X86Cursor *c, X86DecodeStatus st)
{
    insn->len = (uint8_t)c->pos;
    if (st != X86_DECODE_OK)
        insn->entry = NULL;
    return st;
}

X86DecodeStatus x86_decode(X86Insn *insn, const uint8_t *bytes, size_t avail, X86Mode mode,
                           uint64_t pc)
{
    const X86Tables *t = x86_decode_tables();
    X86Cursor c = { bytes, avail, 0, X86_DECODE_OK };
    memset(insn, 0, sizeof(*insn));
    insn->pc = pc;
    insn->mode = (uint8_t)mode;
    insn->seg = -1;
    bool is64 = mode == X86_MODE_64;
    uint8_t last_f2f3 = 0;

    /* Prefixes, any number in any order (SDM vol. 2, 2.1.1); a REX counts only when it
     * is the last byte before the opcode (2.2.1). */
    for (;;) {
        if (!x86_cursor_need(&c, 1))
            return finish(insn, &c, c.status);
        uint8_t b = bytes[c.pos];
        bool legacy = true;
        switch (b) {
        case 0xF0: insn->lock = true; break;
        case 0xF2: case 0xF3: insn->rep = b; last_f2f3 = b; break;
        case 0x66: insn->opsize_prefix = true; break;
        case 0x67: insn->adsize_prefix = true; break;
        case 0x26: insn->seg = is64 ? -1 : 0; break;
        case 0x2E: insn->seg = is64 ? -1 : 1; break;
        case 0x36: insn->seg = is64 ? -1 : 2; break;
        case 0x3E: insn->seg = is64 ? -1 : 3; break;
        case 0x64: insn->seg = 4; break;
        case 0x65: insn->seg = 5; break;
        default:
            legacy = false;
            break;
        }
        if (legacy) {
            insn->rex = 0;
            c.pos++;
            continue;
        }
        if (is64 && (b & 0xF0) == 0x40) {
            insn->rex = b;
            c.pos++;
            continue;
        }
        break;
    }
    int rex_w = (insn->rex >> 3) & 1, rex_r = (insn->rex >> 2) & 1;
    int rex_x = (insn->rex >> 1) & 1, rex_b = insn->rex & 1;
    switch (mode) {
    case X86_MODE_16: insn->addr_size = insn->adsize_prefix ? 4 : 2; break;
    case X86_MODE_32: insn->addr_size = insn->adsize_prefix ? 2 : 4; break;
    default: insn->addr_size = insn->adsize_prefix ? 4 : 8; break;
    }

    /* Opcode and escapes */
    uint8_t op = bytes[c.pos++];
    int space = X86_MAP_1B;
    if (op == 0x0F) {
        if (!x86_cursor_need(&c, 1))
            return finish(insn, &c, c.status);
        op = bytes[c.pos++];
        if (op == 0x38 || op == 0x3A) {
            space = op == 0x38 ? X86_MAP_0F38 : X86_MAP_0F3A;
            if (!x86_cursor_need(&c, 1))
                return finish(insn, &c, c.status);
            op = bytes[c.pos++];
        } else if (op == 0x0F) {
            space = X86_MAP_3DNOW;
        } else {
            space = X86_MAP_0F;
        }
    } else if (op == 0xC4 || op == 0xC5 || op == 0x62 || op == 0x8F) {
        /* Outside 64-bit mode C4/C5 are LES/LDS and 62 BOUND unless the next byte has
         * mod=11 (SDM vol. 2, 2.3.5 / 2.6.1); 8F is POP Ev unless its map field (the
         * next byte's bits 4:0) is 8 or more (AMD APM vol. 3, 1.8 XOP prefix). */
        if (!x86_cursor_need(&c, 1))
            return finish(insn, &c, c.status);
        uint8_t nb = bytes[c.pos];
        bool vex = op == 0x8F ? (nb & 0x1F) >= 8 : (is64 || (nb & 0xC0) == 0xC0);
        if (vex) {
            /* VEX/EVEX/XOP after 66, F2, F3, LOCK or REX is #UD (SDM vol. 2, 2.3.2-2.3.4) */
            bool bad_prefix = insn->lock || insn->rep || insn->opsize_prefix || insn->rex;
            c.pos--;
            insn->rex = 0;
            X86DecodeStatus st = x86_decode_vex(insn, &c, bad_prefix);
            return finish(insn, &c, st);
        }
    }
    insn->map = (uint8_t)(space == X86_MAP_3DNOW ? X86_MAP_3DNOW : space);
    insn->opcode = op;

    const X86Slot *s = &t->slot[is64][space][op];
    int pfx = mandatory_class(insn->opsize_prefix, last_f2f3);
    const X86OpcodeEntry *e = NULL;
    if (space == X86_MAP_3DNOW || s->modrm) {
        if (!x86_cursor_need(&c, 1))
            return finish(insn, &c, c.status);
        insn->has_modrm = true;
        insn->modrm = bytes[c.pos++];
    }
    if (space != X86_MAP_3DNOW) {
        e = x86_decode_lookup(s, pfx, insn->modrm, 0, 0);
        /* A 66/F2/F3 that no row of the opcode gives a meaning selects the no-prefix form:
         * F2/F3 on other than string instructions are reserved and ignored, 66 is then an
         * operand-size prefix (SDM vol. 2, 2.1.1). F2/F3 outrank 66, so 66 F2 with a
         * 66-only opcode has no form. */
        if (!e && pfx)
            e = x86_decode_lookup(s, 0, insn->modrm, 0, 0);
        /* 90 with REX.B is XCHG r8, rAX (SDM vol. 2, NOP and XCHG) */
        if (space == X86_MAP_1B && op == 0x90 && rex_b)
            e = x86_decode_lookup(&t->slot[is64][X86_MAP_1B][0x91], pfx, 0, 0, 0);
        if (!e)
            return finish(insn, &c, X86_DECODE_INVALID);
    }
    set_sizes(insn, e, rex_w);

    if (insn->has_modrm) {
        insn->mod = insn->modrm >> 6;
        if (e && (e->flags & X86F_MOD3))
            insn->mod = 3;
        insn->reg = (uint8_t)(((insn->modrm >> 3) & 7) | (rex_r << 3));
        insn->rm = (uint8_t)((insn->modrm & 7) | (rex_b << 3));
        if (insn->mod != 3 && !x86_decode_modrm_mem(insn, &c, rex_x, rex_b))
            return finish(insn, &c, c.status);
    }
    if (space == X86_MAP_3DNOW) {
        /* the opcode is the imm8 after the operands (AMD 3DNow! manual, 3.1) */
        if (!x86_cursor_need(&c, 1))
            return finish(insn, &c, c.status);
        op = bytes[c.pos++];
        insn->opcode = op;
        e = x86_decode_lookup(&t->slot[is64][X86_MAP_3DNOW][op], 0, insn->modrm, 0, 0);
        if (!e)
            return finish(insn, &c, X86_DECODE_INVALID);
    }
    insn->mand_prefix = e->prefix == X86_PFX_ANY ? 0 : e->prefix;
    if (!x86_decode_immediates(insn, &c, e))
        return finish(insn, &c, c.status);

    /* LOCK is #UD unless the row allows it with a memory destination (SDM vol. 2, LOCK) */
    if (insn->lock && (!(e->flags & X86F_LOCKABLE) || insn->mod == 3))
        return finish(insn, &c, X86_DECODE_INVALID);
    /* MOV Sreg: reg 6/7 do not name a segment register and MOV CS is #UD (SDM vol. 2, MOV) */
    for (int i = 0; i < 3; i++) {
        if (e->operands[i] == X86_OPK_Sw) {
            int sr = insn->reg & 7;
            if (sr > 5 || (i == 0 && sr == 1))
                return finish(insn, &c, X86_DECODE_INVALID);
        }
    }
    insn->entry = e;
    return finish(insn, &c, X86_DECODE_OK);
}

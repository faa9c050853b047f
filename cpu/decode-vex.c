/* The VEX (C4/C5, SDM vol. 2, 2.3), EVEX (62, SDM vol. 2, 2.6) and XOP (8F, AMD APM vol. 3,
 * 1.8) encodings: the escape's payload, then opcode, ModRM and immediates. Rows of
 * cpu/x86-opcodes.def flagged X86F_VEX/X86F_EVEX, or in the XOP maps, name the instruction;
 * an opcode without a row still gets its length (so traces and the fetch stay in step). */
#include "cpu/decode-internal.h"

/* Length of the immediate when no row names the instruction: every 0F3A-map and XOP map 8
 * instruction has an imm8, XOP map A an imm32; in the 0F map the shift groups 71-73 and
 * 70/C2/C4/C5/C6 take an imm8 (SDM vol. 2, table A-3; AMD APM vol. 3, appendix A.2). */
static int default_imm_size(const X86Insn *insn)
{
    switch (insn->map) {
    case X86_MAP_0F3A: case X86_MAP_XOP8: return 1;
    case X86_MAP_XOPA: return 4;
    case X86_MAP_0F:
        switch (insn->opcode) {
        case 0x70: case 0x71: case 0x72: case 0x73:
        case 0xC2: case 0xC4: case 0xC5: case 0xC6:
            return 1;
        default:
            return 0;
        }
    default:
        return 0;
    }
}

X86DecodeStatus x86_decode_vex(X86Insn *insn, X86Cursor *c, bool bad_prefix)
{
    const X86Tables *t = x86_decode_tables();
    const uint8_t *b = c->bytes;
    uint8_t esc = b[c->pos++];
    bool is64 = insn->mode == X86_MODE_64;
    int rex_r = 0, rex_x = 0, rex_b = 0, w = 0, l = 0, pp = 0, space;
    bool valid = !bad_prefix;

    if (esc == 0xC5) {
        if (!x86_cursor_need(c, 1))
            return c->status;
        uint8_t p0 = b[c->pos++];
        rex_r = !(p0 & 0x80);
        insn->vex_vvvv = (~p0 >> 3) & 15;
        l = (p0 >> 2) & 1;
        pp = p0 & 3;
        insn->vex_len = 2;
        insn->map = X86_MAP_0F;
        space = X86_SPACE_VEX;
    } else if (esc == 0xC4 || esc == 0x8F) {
        if (!x86_cursor_need(c, 2))
            return c->status;
        uint8_t p0 = b[c->pos], p1 = b[c->pos + 1];
        c->pos += 2;
        rex_r = !(p0 & 0x80);
        rex_x = !(p0 & 0x40);
        rex_b = !(p0 & 0x20);
        int mmmmm = p0 & 0x1F;
        w = p1 >> 7;
        insn->vex_vvvv = (~p1 >> 3) & 15;
        l = (p1 >> 2) & 1;
        pp = p1 & 3;
        insn->vex_len = 3;
        if (esc == 0xC4) {
            /* maps 1-3 only; the others are reserved (#UD) (SDM vol. 2, 2.3.6.1) */
            if (mmmmm < 1 || mmmmm > 3)
                return X86_DECODE_INVALID;
            insn->map = (uint8_t)mmmmm;
            space = X86_SPACE_VEX + mmmmm - 1;
        } else {
            if (mmmmm > 10)
                return X86_DECODE_INVALID;
            insn->map = (uint8_t)(X86_MAP_XOP8 + mmmmm - 8);
            space = X86_SPACE_XOP + mmmmm - 8;
        }
    } else { /* 62: EVEX */
        if (!x86_cursor_need(c, 3))
            return c->status;
        uint8_t p0 = b[c->pos], p1 = b[c->pos + 1], p2 = b[c->pos + 2];
        c->pos += 3;
        rex_r = !(p0 & 0x80);
        rex_x = !(p0 & 0x40);
        rex_b = !(p0 & 0x20);
        int rr = !(p0 & 0x10);
        int mm = p0 & 3;
        /* P0[3:2] must be 0 and P1[2] must be 1 (SDM vol. 2, 2.6.1, table 2-30) */
        if ((p0 & 0x0C) || !(p1 & 0x04) || mm == 0)
            valid = false;
        w = p1 >> 7;
        insn->vex_vvvv = (uint8_t)(((~p1 >> 3) & 15) | ((p2 & 0x08) ? 0 : 16));
        pp = p1 & 3;
        insn->evex_z = p2 >> 7;
        l = (p2 >> 5) & 3;
        insn->evex_b = (p2 >> 4) & 1;
        insn->evex_aaa = p2 & 7;
        insn->vex_len = 4;
        insn->map = (uint8_t)(mm ? mm : X86_MAP_0F);
        space = X86_SPACE_EVEX + insn->map - X86_MAP_0F;
        rex_r |= rr << 1; /* R' is bit 4 of the register number */
    }
    /* Outside 64-bit mode VEX.R/X/B and EVEX.R'/X/B are not register bits (the escape is
     * only recognised with them all ones, SDM vol. 2, 2.3.5). */
    if (!is64) {
        rex_r = rex_x = rex_b = 0;
    }
    insn->vex_w = (uint8_t)w;
    insn->vex_l = (uint8_t)l;
    /* the REX-equivalent bits, for code that reads insn->rex (64-bit mode only) */
    if (is64)
        insn->rex = (uint8_t)(0x40 | (w << 3) | ((rex_r & 1) << 2) | (rex_x << 1) | rex_b);
    static const uint8_t pp_prefix[4] = { 0, 0x66, 0xF3, 0xF2 };
    insn->mand_prefix = pp_prefix[pp];

    if (!x86_cursor_need(c, 1))
        return c->status;
    insn->opcode = b[c->pos++];
    const X86Slot *s = &t->slot[is64][space][insn->opcode];
    /* every VEX/EVEX/XOP instruction has a ModRM byte except VZEROUPPER/VZEROALL (VEX.0F 77) */
    bool modrm = !(insn->vex_len <= 3 && space == X86_SPACE_VEX && insn->opcode == 0x77);
    if (modrm) {
        if (!x86_cursor_need(c, 1))
            return c->status;
        insn->has_modrm = true;
        insn->modrm = b[c->pos++];
    }
    const X86OpcodeEntry *e = x86_decode_lookup(s, pp, insn->modrm, w, l != 0);
    insn->op_size = (is64 && w) ? 8 : 4;
    if (modrm) {
        insn->mod = insn->modrm >> 6;
        insn->reg = (uint8_t)(((insn->modrm >> 3) & 7) | ((rex_r & 1) << 3) | ((rex_r >> 1) << 4));
        insn->rm = (uint8_t)((insn->modrm & 7) | (rex_b << 3));
        if (insn->mod == 3 && insn->vex_len == 4)
            insn->rm |= (uint8_t)(rex_x << 4); /* EVEX.X extends a register rm */
        if (insn->mod != 3 && !x86_decode_modrm_mem(insn, c, rex_x, rex_b))
            return c->status;
    }
    if (e) {
        if (!x86_decode_immediates(insn, c, e))
            return c->status;
    } else {
        int n = default_imm_size(insn);
        if (n) {
            if (!x86_cursor_need(c, (size_t)n))
                return c->status;
            insn->imm = 0;
            for (int i = n - 1; i >= 0; i--)
                insn->imm = (insn->imm << 8) | b[c->pos + (size_t)i];
            insn->imm_size = (uint8_t)n;
            c->pos += (size_t)n;
        }
        return X86_DECODE_INVALID;
    }
    /* VEX.vvvv (EVEX.V'vvvv) must be 1111b where no operand uses it (SDM vol. 2, 2.3.6) */
    bool uses_vvvv = (e->flags & X86F_NDS) != 0;
    for (int i = 0; i < 3; i++)
        if (e->operands[i] == X86_OPK_Hx || e->operands[i] == X86_OPK_By)
            uses_vvvv = true;
    if (!uses_vvvv && insn->vex_vvvv != 0)
        valid = false;
    if (!valid)
        return X86_DECODE_INVALID;
    insn->entry = e;
    return X86_DECODE_OK;
}

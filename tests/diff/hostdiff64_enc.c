/* hostdiff64's x86-64 instruction encoder: see hostdiff64_enc.h. */
#include <string.h>
#include "hostdiff64_enc.h"

H64Enc h64_enc(void)
{
    H64Enc e;
    memset(&e, 0, sizeof e);
    e.opreg = -1;
    return e;
}

int h64_encode(const H64Enc *e, uint8_t *out, uint64_t pc)
{
    uint8_t b[20];
    int n = 0;
    for (int i = 0; i < e->npfx; i++)
        b[n++] = e->pfx[i];
    int rex = e->w ? 8 : 0;
    if (e->has_modrm && (e->reg & 8))
        rex |= 4;
    int mod = 0, rmf = 0, sib = -1, dispsize = 0;
    int32_t disp = e->disp;
    if (e->has_modrm && !e->mem) {
        mod = 3;
        rmf = e->rm & 7;
        if (e->rm & 8)
            rex |= 1;
    } else if (e->has_modrm) {
        int base = e->base, index = e->index;
        switch (e->amode) {
        case AM_BASE_D8:
        case AM_BASE_D32:
        case AM_BASE0:
            mod = e->amode == AM_BASE_D8 ? 1 : e->amode == AM_BASE_D32 ? 2 : 0;
            if (mod == 0 && (base & 7) == 5) /* mod 00 rm 101 is RIP-relative */
                mod = 1, disp = 0;
            dispsize = mod == 1 ? 1 : mod == 2 ? 4 : 0;
            if ((base & 7) == 4) { /* RSP/R12 as base need a SIB (no index) */
                rmf = 4;
                sib = (4 << 3) | 4;
            } else {
                rmf = base & 7;
            }
            if (base & 8)
                rex |= 1;
            break;
        case AM_BASE_IDX:
            mod = 1;
            dispsize = 1;
            rmf = 4;
            sib = (e->scale << 6) | ((index & 7) << 3) | (base & 7);
            if (base & 8)
                rex |= 1;
            if (index & 8)
                rex |= 2;
            break;
        case AM_RIP:
            mod = 0;
            rmf = 5;
            dispsize = 4;
            break;
        default: /* AM_ABS32 */
            mod = 0;
            rmf = 4;
            sib = (4 << 3) | 5;
            dispsize = 4;
            break;
        }
    }
    if (e->opreg >= 0 && (e->opreg & 8))
        rex |= 1;
    if (rex || e->force_rex)
        b[n++] = (uint8_t)(0x40 | rex);
    for (int i = 0; i < e->nopc; i++)
        b[n++] = e->opc[i];
    if (e->opreg >= 0)
        b[n - 1] = (uint8_t)(b[n - 1] + (e->opreg & 7));
    if (e->has_modrm) {
        b[n++] = (uint8_t)((mod << 6) | ((e->reg & 7) << 3) | rmf);
        if (sib >= 0)
            b[n++] = (uint8_t)sib;
    }
    int disp_at = n;
    n += dispsize;
    for (int i = 0; i < e->immsize; i++)
        b[n++] = (uint8_t)(e->imm >> (8 * i));
    if (e->has_modrm && e->mem && e->amode == AM_RIP)
        disp = (int32_t)(e->target - (pc + (uint64_t)n));
    for (int i = 0; i < dispsize; i++)
        b[disp_at + i] = (uint8_t)((uint32_t)disp >> (8 * i));
    memcpy(out, b, (size_t)n);
    return n;
}

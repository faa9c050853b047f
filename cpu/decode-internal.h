/* Private to the decoder files (decode.c, decode-vex.c, decode-format.c): the row table,
 * the per-opcode lookup built from it at first use, and the ModRM/immediate readers shared
 * by the legacy and the VEX/EVEX/XOP paths. */
#ifndef CPU_DECODE_INTERNAL_H
#define CPU_DECODE_INTERNAL_H

#include "cpu/decode.h"

extern const X86OpcodeEntry x86_opcode_rows[];
extern const size_t x86_opcode_row_count;

/* Selector dimensions of one opcode's sub-table, in this nesting order. */
enum {
    X86_DIM_PFX = 1, /* mandatory-prefix class: NP, 66, F3, F2 */
    X86_DIM_REG = 2, /* ModRM.reg */
    X86_DIM_MOD = 4, /* ModRM.mod == 3 or not */
    X86_DIM_RM = 8,  /* ModRM.rm */
    X86_DIM_W = 16,  /* VEX/EVEX/XOP .W */
    X86_DIM_L = 32,  /* VEX.L (EVEX: L'L != 0 folds into L=1) */
};

/* Opcode spaces: the legacy maps by X86_MAP_*, then VEX maps 0F/0F38/0F3A, then XOP 8/9/A,
 * then EVEX maps 0F/0F38/0F3A. */
enum {
    X86_SPACE_VEX = 5,  /* + 0..2 for maps 0F, 0F38, 0F3A */
    X86_SPACE_XOP = 8,  /* + 0..2 for XOP maps 8, 9, 0xA */
    X86_SPACE_EVEX = 11, /* + 0..2 */
    X86_SPACE_COUNT = 14,
};

typedef struct X86Slot {
    uint16_t base;  /* first cell in x86_decode_cells */
    uint8_t dims;   /* X86_DIM_* */
    uint8_t modrm;  /* the opcode's rows take a ModRM byte */
} X86Slot;

typedef struct X86Tables {
    X86Slot slot[2][X86_SPACE_COUNT][256]; /* [mode is 64-bit][space][opcode] */
    uint16_t *cells;                       /* row index + 1, 0 = no row */
    size_t ncells;
    int conflicts; /* rows of equal specificity claiming the same cell (a table bug) */
} X86Tables;

const X86Tables *x86_decode_tables(void);

/* Finds the row for a selector tuple; NULL when none. */
const X86OpcodeEntry *x86_decode_lookup(const X86Slot *s, int pfx_class, int modrm, int w, int l);

/* Cursor over the instruction bytes with the 15-byte limit (SDM vol. 2, 2.3.11). */
typedef struct X86Cursor {
    const uint8_t *bytes;
    size_t avail;
    size_t pos;
    X86DecodeStatus status;
} X86Cursor;

static inline bool x86_cursor_need(X86Cursor *c, size_t n)
{
    if (c->pos + n > 15) {
        c->status = X86_DECODE_TOO_LONG;
        return false;
    }
    if (c->pos + n > c->avail) {
        c->status = X86_DECODE_TRUNCATED;
        return false;
    }
    return true;
}

/* Reads ModRM's memory part (SIB, displacement) for insn->modrm with insn->addr_size;
 * fills mod/rm/base/index/disp. rex_b/rex_x are the extension bits. */
bool x86_decode_modrm_mem(X86Insn *insn, X86Cursor *c, int rex_x, int rex_b);

/* Reads the immediates the row's operand kinds call for. */
bool x86_decode_immediates(X86Insn *insn, X86Cursor *c, const X86OpcodeEntry *e);

/* The VEX (C4/C5), EVEX (62) and XOP (8F) paths: c->pos is at the escape byte. */
X86DecodeStatus x86_decode_vex(X86Insn *insn, X86Cursor *c, bool legacy_prefix_seen);

#endif

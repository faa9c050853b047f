/* hostdiff's assembler internals, shared by hostdiff_asm.c (bytes of one instruction and
 * its operands) and hostdiff_flow.c (items: setup, fix-ups, jumps, loops, calls). */
#ifndef TESTS_DIFF_HOSTDIFF_ASM_H
#define TESTS_DIFF_HOSTDIFF_ASM_H

#include "hostdiff_forms.h"

typedef struct HdAsm {
    HdProgram *p;
    uint16_t undef;   /* status flags undefined now */
    int item;         /* the item being emitted */
    uint32_t start;   /* offset of the instruction being emitted */
    int depth;        /* bytes pushed on the stack so far (ESP = HD_STACK_TOP - depth) */
} HdAsm;

void hd_b(HdAsm *a, uint8_t v);
void hd_imm(HdAsm *a, uint32_t v, unsigned n);
void hd_begin(HdAsm *a);
/* Ends one instruction: records it (with the flags undefined before it) and applies its
 * flag effect: written flags become defined, ud undefined. */
void hd_end(HdAsm *a, uint16_t wr, uint16_t ud);
/* Inserts a CMP (which defines all six flags) if a flag in rd is undefined now. */
void hd_need(HdAsm *a, uint16_t rd, uint8_t fix);
/* ModRM/SIB/displacement for register field regf and the item's r/m operand. */
void hd_modrm(HdAsm *a, unsigned regf, const HdItem *it);
/* The item's memory operand k bytes further on. */
HdItem hd_mem_plus(const HdItem *it, int k);
void hd_mov_reg_imm(HdAsm *a, unsigned r, unsigned size, uint32_t v);
void hd_mov_mem_imm(HdAsm *a, const HdItem *it, unsigned size, uint32_t v);
/* The form's setup instructions (loads of counts, dividends, pointers...). */
void hd_setup(HdAsm *a, const HdForm *f, const HdItem *it);
/* The bytes of the item's own instruction (no hd_begin/hd_end). */
void hd_main(HdAsm *a, const HdForm *f, const HdItem *it);

#endif

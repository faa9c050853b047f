/* hostdiff_x87: random x87 instruction sequences run on the host CPU and in Tern through
 * hostdiff's two runners (hostdiff_native.c, hostdiff_tern.c), compared on the FPU state
 * after every instruction (an FNSAVE image: registers, control/status/tag words, C0-C3,
 * FIP/FDP/FOP), on memory results, EAX/EFLAGS and #MF. Shared types of its generator and
 * main program. */
#ifndef TESTS_DIFF_HOSTDIFF_X87_H
#define TESTS_DIFF_HOSTDIFF_X87_H

#include <stdbool.h>
#include <stdint.h>
#include "hostdiff.h"

/* Data area layout, as offsets from EBX (HD_DATA_PTR, the boundary of the two data
 * pages). Snapshots fill the lower page from its start; operands live in the upper page
 * (and a few straddle the boundary); the stack at HD_STACK_TOP stays clear of both. */
#define HX_SNAP_SIZE 108
#define HX_SNAP_DISP (-0x1000)
#define HX_MAX_ITEMS 30
#define HX_INIT_DISP 0xD80                   /* the initial FRSTOR image */
#define HX_OPER_LIMIT 0xD80                  /* operand slots below this */
#define HX_CMP_END (HD_STACK_TOP - HD_DATA_BASE - 0x40) /* compared data bytes */

/* Memory operand types of the forms. */
enum {
    HXM_NONE, HXM_F32, HXM_F64, HXM_F80, HXM_I16, HXM_I32, HXM_I64, HXM_BCD, HXM_CW,
    HXM_ENV14, HXM_ENV28, HXM_SAVE94, HXM_SAVE108, /* loaded images */
    HXM_OUT2, HXM_OUT4, HXM_OUT8, HXM_OUT10, HXM_OUT14, HXM_OUT28, HXM_OUT94, HXM_OUT108,
    HXM_IMG512, HXM_OUT512, /* FXRSTOR / FXSAVE areas (16-byte aligned) */
};

#define HXF_STI 0x01      /* ModRM.rm = ST(i), i random */
#define HXF_O16 0x02      /* 0x66 prefix (16-bit environment layouts) */
#define HXF_TRANS1 0x04   /* transcendental: last result in ST(0), within 1 ulp of the host */
#define HXF_TRANS2 0x08   /* ... results in ST(0) and ST(1) */
#define HXF_SETCW 0x10    /* changes the control word (FLDCW, FLDENV, FRSTOR, FNINIT...) */
/* A compare: not generated while IE is unmasked. With an unmasked #IA the SDM (vol. 2,
 * FCOM table 3-21, FCOMI) leaves the condition codes / EFLAGS alone, and Tern follows it;
 * the AMD hosts this was written on set them anyway. */
#define HXF_CMP 0x20
/* FLD m32fp/m64fp: not generated while DE is unmasked. An unmasked #D leaves TOP alone
 * (SDM vol. 1, 8.5.2), and Tern does so; AMD hosts load the value anyway. */
#define HXF_LDREAL 0x40

typedef struct HxForm {
    const char *name;
    uint8_t esc;      /* D8..DF, 9B (FWAIT), or 0F (0F AE: FXSAVE/FXRSTOR) */
    uint8_t modrm;    /* register form: the full ModRM (+ i with HXF_STI); memory: reg << 3 */
    uint8_t mem;      /* HXM_* (memory form) */
    uint8_t flags;    /* HXF_* */
    uint8_t weight;
} HxForm;

extern const HxForm hx_forms[];
extern const unsigned hx_nforms;
/* D9 D8+i (undocumented) is generated only on AMD hosts, which define it as FSTPNCE; Tern
 * implements that (cpu/fpu_helper.c). Set by main from CPUID. */
extern bool hx_amd_host;

typedef struct HxItem {
    uint16_t form;
    uint8_t sti;
    int16_t disp;     /* memory operand: offset from EBX */
    uint16_t cw;      /* the control word a HXF_SETCW form leaves */
    bool keep_pending;/* no FNCLEX after its snapshot: the next waiting insn takes #MF */
} HxItem;

typedef struct HxCase {
    uint64_t seed;
    HdState in[HD_NINPUTS];
    uint8_t data[HD_NINPUTS][HD_DATA_SIZE];
    uint16_t init_cw;
    int nitems;
    HxItem item[HX_MAX_ITEMS];
} HxCase;

/* Where each item's instruction sits in the program (for reports and #MF matching). */
typedef struct HxLayout {
    uint32_t item_off[HX_MAX_ITEMS];
    uint8_t item_len[HX_MAX_ITEMS];
    int snap_of_item[HX_MAX_ITEMS]; /* snapshot index taken after the item */
    int nsnaps;
} HxLayout;

/* hostdiff_x87_gen.c */
void hx_gen_case(HxCase *c, uint64_t seed, int len);
/* keep: items to include (NULL: all); the snapshots are renumbered densely. */
void hx_assemble(const HxCase *c, const bool *keep, HdProgram *p, HxLayout *l);

#endif

/* hostdiff: random 32-bit integer instruction sequences run on the host CPU and in Tern,
 * compared register by register. Shared types: the fixed guest memory layout both runners
 * use, a generated test case, its assembled program with per-instruction flag bookkeeping,
 * and the result of one run. */
#ifndef TESTS_DIFF_HOSTDIFF_H
#define TESTS_DIFF_HOSTDIFF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Fixed addresses below 4 GiB, the same natively (compatibility mode) and in Tern (guest
 * physical = linear), so address-dependent results (LEA, pushed ESP, string pointers) agree.
 * Bit 20 is clear in all of them so that an A20 gate could never alias them. */
#define HD_CODE_BASE 0x10000000u
#define HD_CODE_SIZE 0x10000u
/* The sequence starts 64 bytes before a page boundary, so that most sequences (and the
 * translation blocks made of them) span two pages. */
#define HD_SEQ_ADDR (HD_CODE_BASE + 0x1FC0u)
#define HD_SEQ_MAX 0xC000u                     /* room for sequence + epilogue */
#define HD_DATA_BASE 0x10200000u
#define HD_DATA_SIZE 0x2000u                   /* compared byte for byte */
/* EBX, the base of every memory operand, sits on the boundary between the two data pages:
 * accesses at small negative displacements cross it. */
#define HD_DATA_PTR (HD_DATA_BASE + 0x1000u)
#define HD_STACK_TOP (HD_DATA_BASE + 0x1F80u)  /* initial ESP */
#define HD_AUX_BASE 0x10400000u                /* native: register block; Tern: GDT/IDT */
#define HD_AUX_SIZE 0x1000u

/* Register numbers as in the x86 encoding. EBX holds HD_DATA_PTR for the whole sequence
 * and ESP only moves through PUSH/POP: neither is ever a destination. */
enum { HD_EAX, HD_ECX, HD_EDX, HD_EBX, HD_ESP, HD_EBP, HD_ESI, HD_EDI };

/* EFLAGS status bits (SDM vol. 1, 3.4.3.1) and DF */
#define HD_CF 0x0001u
#define HD_PF 0x0004u
#define HD_AF 0x0010u
#define HD_ZF 0x0040u
#define HD_SF 0x0080u
#define HD_OF 0x0800u
#define HD_STATUS (HD_CF | HD_PF | HD_AF | HD_ZF | HD_SF | HD_OF)
#define HD_DF 0x0400u
#define HD_IF 0x0200u
#define HD_NT 0x4000u
#define HD_ID 0x200000u
/* EFLAGS bits besides the status flags that a CPL 3 program may set with POPF and that
 * behave the same at CPL 0 (SDM vol. 1, 3.4.3): compared whenever EFLAGS is. */
#define HD_SYSBITS (HD_DF | HD_NT | HD_ID)

typedef struct HdState {
    uint32_t reg[8];
    uint32_t eflags;
} HdState;

/* One generated instruction "item": a form from the table with its operand choices, the
 * values its setup instructions load, and optionally a short jump that may skip it. */
typedef struct HdItem {
    uint16_t form;
    uint8_t size;      /* operand size: 1, 2 or 4 */
    uint8_t reg;       /* ModRM.reg register (or the register in the opcode) */
    uint8_t rm;        /* ModRM.rm register when !mem */
    bool mem;
    uint8_t amode;     /* memory addressing flavour (hostdiff_asm.c) */
    uint8_t scale;     /* SIB scale bits where the flavour has a SIB byte */
    int32_t disp;      /* offset from HD_DATA_PTR (or raw displacement for LEA) */
    uint32_t imm;      /* immediate, or shift count for CL forms */
    uint32_t v[4];     /* setup values (dividend, divisor, pointers, counts) */
    uint8_t cc;        /* condition for SETcc/CMOVcc */
    uint8_t rep;       /* 0, 0xF3 or 0xF2 */
    uint8_t seg;       /* 0 or a DS/ES/SS override prefix byte on memory forms */
    bool lock;
    bool setup;        /* emit the form's setup instructions */
    int8_t skip;       /* -1, or a jump that may skip the item (hostdiff_flow.c) */
    uint8_t loop;      /* 0, or run the item this many times: MOV ECX, n; item; LOOP back */
    uint8_t fix;       /* registers/shape of the CMP inserted when a read flag is undefined */
    uint8_t modrm, sib;/* LEA: raw addressing bytes */
    bool a16;          /* LEA: 0x67, 16-bit addressing */
} HdItem;

#define HD_MAX_ITEMS 512
/* Each case runs with two sets of inputs, the second on the translation blocks the first
 * left in Tern's cache: anything the translator baked in from the first run shows. */
#define HD_NINPUTS 2
typedef struct HdCase {
    uint64_t seed;
    HdState in[HD_NINPUTS];
    uint8_t data[HD_NINPUTS][HD_DATA_SIZE];
    int nitems;
    HdItem item[HD_MAX_ITEMS];
} HdCase;

/* One emitted instruction: where, and which status flags were undefined before it (the
 * state an exception on it leaves the flags in). */
typedef struct HdInsn {
    uint32_t off;
    uint8_t len;
    uint16_t undef;
    int16_t item;      /* index of the item it belongs to */
} HdInsn;

#define HD_MAX_INSNS 4096
typedef struct HdProgram {
    uint8_t code[HD_SEQ_MAX];
    uint32_t len;
    int ninsn;
    HdInsn insn[HD_MAX_INSNS];
    uint16_t undef_end;  /* status flags undefined at the end of the sequence */
} HdProgram;

typedef struct HdResult {
    int vector;        /* -1: ran to the end; else the exception vector */
    uint32_t eip;      /* faulting EIP when vector >= 0 */
    HdState st;        /* registers at the end, or at the fault */
    uint8_t data[HD_DATA_SIZE];
    char error[160];   /* the runner itself failed (non-empty) */
} HdResult;

/* ---- hostdiff_gen.c: random cases ---- */
extern bool hd_bsf_zero_keeps_dest; /* host leaves BSF/BSR's destination alone for 0 */
void hd_gen_case(HdCase *c, uint64_t seed, int len);
uint64_t hd_seed_mix(uint64_t x);

/* ---- hostdiff_flow.c/hostdiff_asm.c: items -> bytes, with undefined-flag tracking ---- */
/* keep: which items to include (NULL: all). */
void hd_assemble(const HdCase *c, const bool *keep, HdProgram *p);
/* ---- hostdiff_forms.c ---- */
const char *hd_form_name(unsigned form);
unsigned hd_form_count(void);

/* ---- hostdiff_native.c: run on the host CPU in a forked child ---- */
bool hd_native_start(char *err, size_t errlen);
void hd_native_run(const HdProgram *p, const HdState *in, const uint8_t *data, HdResult *r);
/* The same in two halves, so that Tern can run while the child does. */
void hd_native_submit(const HdProgram *p, const HdState *in, const uint8_t *data);
void hd_native_collect(HdResult *r);
void hd_native_stop(void);

/* ---- hostdiff_tern.c: run in Tern ---- */
bool hd_tern_init(const char *accel, char *err, size_t errlen);
void hd_tern_run(const HdProgram *p, const HdState *in, const uint8_t *data, HdResult *r);
void hd_tern_print_stats(void);

#endif

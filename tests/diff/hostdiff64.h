/* hostdiff64: random 64-bit-mode integer instruction sequences (REX forms, 64-bit operand
 * size, R8-R15 and SPL..DIL, RIP-relative, 64-bit and 0x67 addressing) run natively in
 * 64-bit mode and in Tern in long mode, compared register by register. Shared types: the
 * memory layout both runners use, a generated case, its assembled program with the flag
 * bookkeeping, and the result of one run. */
#ifndef TESTS_DIFF_HOSTDIFF64_H
#define TESTS_DIFF_HOSTDIFF64_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Addresses are the same natively and in Tern (linear), so address-dependent results
 * (LEA, pushed return addresses, string pointers) agree. The data area lies above 4 GiB
 * so that 64-bit addresses are exercised; the "near" area is within RIP-relative reach
 * of the code. Tern maps them with 4-level paging (hostdiff64_tern.c). */
#define H64_CODE_BASE UINT64_C(0x10000000)
#define H64_CODE_SIZE 0x10000u
#define H64_SEQ_ADDR (H64_CODE_BASE + 0x1FC0u) /* sequences cross a page boundary */
#define H64_SEQ_MAX 0xC000u
#define H64_NEAR_BASE UINT64_C(0x10100000)
#define H64_NEAR_SIZE 0x1000u
#define H64_DATA_BASE UINT64_C(0x0000321000000000)
#define H64_DATA_SIZE 0x2000u
#define H64_DATA_PTR (H64_DATA_BASE + 0x1000u)  /* RBX, never written: page boundary */
#define H64_STACK_TOP (H64_DATA_BASE + 0x1F00u) /* initial RSP */
#define H64_AUX_BASE UINT64_C(0x10400000)              /* runner bookkeeping (see each runner) */
#define H64_AUX_SIZE 0x8000u

enum { R_AX, R_CX, R_DX, R_BX, R_SP, R_BP, R_SI, R_DI };

/* RFLAGS bits (SDM vol. 1, 3.4.3) */
#define H64_CF 0x0001u
#define H64_PF 0x0004u
#define H64_AF 0x0010u
#define H64_ZF 0x0040u
#define H64_SF 0x0080u
#define H64_DF 0x0400u
#define H64_OF 0x0800u
#define H64_IF 0x0200u
#define H64_STATUS (H64_CF | H64_PF | H64_AF | H64_ZF | H64_SF | H64_OF)

typedef struct H64State {
    uint64_t reg[16];
    uint64_t rflags;
} H64State;

/* One generated item: a form with its operand choices; the assembler turns it into its
 * setup instructions and the instruction itself (hostdiff64_gen.c). */
typedef struct H64Item {
    uint16_t form;
    uint8_t size;       /* operand size 1, 2, 4, 8 */
    uint8_t op;         /* sub-operation (ALU op, shift kind, condition, string op...) */
    uint8_t reg, rm;    /* registers 0-15 */
    bool mem;           /* r/m is memory */
    bool rex;           /* force a REX prefix (byte registers 4-7 are SPL..DIL) */
    uint8_t amode;      /* addressing flavour (hostdiff64_gen.c) */
    uint8_t base, index, scale;
    int32_t disp;
    uint64_t imm;
    uint64_t v[3];      /* setup values */
} H64Item;

#define H64_MAX_ITEMS 256
#define H64_NINPUTS 2   /* the second input set runs on the TBs the first one left */
typedef struct H64Case {
    uint64_t seed;
    int nitems;
    H64Item item[H64_MAX_ITEMS];
    H64State in[H64_NINPUTS];
    uint8_t data[H64_NINPUTS][H64_DATA_SIZE];
    uint8_t near[H64_NINPUTS][H64_NEAR_SIZE];
} H64Case;

/* One emitted instruction and the status flags undefined before it. */
typedef struct H64Insn {
    uint32_t off;
    uint8_t len;
    uint16_t undef;
    int16_t item;
} H64Insn;

#define H64_MAX_INSNS 4096
typedef struct H64Program {
    uint8_t code[H64_SEQ_MAX];
    uint32_t len;
    int ninsn;
    H64Insn insn[H64_MAX_INSNS];
    uint16_t undef_end;
} H64Program;

typedef struct H64Result {
    int vector;         /* -1: ran to the end; else the exception vector */
    uint64_t rip;       /* faulting RIP */
    H64State st;
    uint8_t data[H64_DATA_SIZE];
    uint8_t near[H64_NEAR_SIZE];
    char error[160];
} H64Result;

/* hostdiff64_gen.c */
void h64_gen_case(H64Case *c, uint64_t seed, int len);
void h64_assemble(const H64Case *c, const bool *keep, H64Program *p);
const char *h64_form_name(unsigned form);

/* hostdiff64_native.c: the host CPU, in a forked child */
bool h64_native_start(char *err, size_t errlen);
void h64_native_submit(const H64Program *p, const H64State *in, const uint8_t *data,
                       const uint8_t *near);
void h64_native_collect(H64Result *r);
void h64_native_stop(void);

/* hostdiff64_tern.c */
bool h64_tern_init(const char *accel, char *err, size_t errlen);
void h64_tern_run(const H64Program *p, const H64State *in, const uint8_t *data,
                  const uint8_t *near, H64Result *r);
void h64_tern_print_stats(void);

#endif

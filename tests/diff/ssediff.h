/* ssediff: random MMX/SSE..SSE4.2 instruction sequences run on the host CPU and in Tern,
 * compared bit for bit: XMM and MMX registers, the x87 tag word and TOP (MMX transitions),
 * MXCSR (flags included), general registers, EFLAGS, the data area and the exception
 * (vector and instruction) if one is raised. Shared types and the fixed memory layout. */
#ifndef TESTS_DIFF_SSEDIFF_H
#define TESTS_DIFF_SSEDIFF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Fixed addresses below 4 GiB, the same natively (64-bit process: [rbx+disp32] with a
 * zero-extended EBX) and in Tern (flat 32-bit protected mode, linear = physical). */
#define SD_CODE_BASE 0x10000000u
#define SD_CODE_SIZE 0x10000u
#define SD_SEQ_ADDR (SD_CODE_BASE + 0x1FC0u) /* sequences cross a page boundary */
#define SD_SEQ_MAX 0x8000u
#define SD_DATA_BASE 0x10200000u
#define SD_DATA_SIZE 0x2000u
#define SD_DATA_PTR (SD_DATA_BASE + 0x1000u) /* EBX: operands on both sides of a page edge */
#define SD_AUX_BASE 0x10400000u             /* Tern: GDT, IDT, handler stubs */
#define SD_AUX_SIZE 0x1000u

/* General registers in encoding order; EBX holds SD_DATA_PTR, ESP is never used. */
enum { SD_EAX, SD_ECX, SD_EDX, SD_EBX, SD_ESP, SD_EBP, SD_ESI, SD_EDI };
#define SD_STATUS_FLAGS 0x8D5u /* CF PF AF ZF SF OF */

/* The machine state a sequence sees and leaves: a 512-byte FXSAVE image (x87/MMX, MXCSR,
 * XMM0-7; SDM vol. 1, 10.5.1), the GPRs and EFLAGS. */
typedef struct SdState {
    uint8_t fx[512] __attribute__((aligned(16)));
    uint32_t gpr[8];
    uint32_t eflags;
} SdState;

#define SD_NINPUTS 2
#define SD_MAX_ITEMS 64

typedef struct SdItem {
    uint16_t form;
    uint8_t reg, rm;   /* ModRM.reg / ModRM.rm register numbers */
    bool mem;
    int32_t disp;      /* memory operand: offset from SD_DATA_PTR */
    uint8_t imm;
    uint32_t setup[2]; /* values loaded by setup moves (EDI offset, lengths, MXCSR) */
} SdItem;

typedef struct SdCase {
    uint64_t seed;
    int nitems;
    SdItem item[SD_MAX_ITEMS];
    SdState in[SD_NINPUTS];
    uint8_t data[SD_NINPUTS][SD_DATA_SIZE];
} SdCase;

typedef struct SdInsn {
    uint32_t off;
    uint8_t len;
    int16_t item;
} SdInsn;

typedef struct SdProgram {
    uint8_t code[SD_SEQ_MAX];
    uint32_t len;
    int ninsn;
    SdInsn insn[SD_MAX_ITEMS * 4];
} SdProgram;

typedef struct SdResult {
    int vector;        /* -1: ran to the end */
    uint32_t fault_off;/* offset of the faulting instruction in the sequence */
    SdState st;
    uint8_t data[SD_DATA_SIZE];
    char error[160];
} SdResult;

/* ---- ssediff_gen.c ---- */
/* MXCSR bits the host accepts (its FXSAVE MXCSR_MASK, e.g. AMD's MM bit 17): LDMXCSR
 * cases set a reserved bit only outside it and Tern's 0000FFFFH. */
extern uint32_t sd_host_mxcsr_mask;
/* --no-faults: every exception masked, operands aligned, no pending x87 error, valid
 * MXCSR values: long sequences then run to their end. */
extern bool sd_gen_no_faults;
void sd_gen_case(SdCase *c, uint64_t seed, int len);
/* keep: items to include (NULL: all); ret: append RET (native) instead of HLT (Tern) */
void sd_assemble(const SdCase *c, const bool *keep, SdProgram *p, bool ret);
/* Replaces item k of c by a fresh random item of the given form. */
void sd_regen_item(SdCase *c, int k, unsigned form);
const char *sd_form_name(unsigned form);
unsigned sd_form_count(void);
/* items whose results are approximations (RCPxS/RSQRTxS) are checked by sd_check_rcp */
bool sd_form_is_approx(unsigned form);
uint64_t sd_rand(uint64_t *s);
uint32_t sd_gen_f32(uint64_t *s);
uint64_t sd_gen_f64(uint64_t *s);

/* ---- ssediff_native.c ---- */
bool sd_native_init(char *err, size_t errlen);
void sd_native_run(const SdProgram *p, const SdState *in, const uint8_t *data, SdResult *r);

/* ---- ssediff_tern.c ---- */
bool sd_tern_init(const char *accel, char *err, size_t errlen);
void sd_tern_run(const SdProgram *p, const SdState *in, const uint8_t *data, SdResult *r);

#endif

/* backenddiff: random 32-bit guest code run under the IR interpreter and the JIT, the
 * whole guest state compared after every TB. Shared here: the guest memory layout of a
 * case and the generator's interface. */
#ifndef TESTS_DIFF_BACKENDDIFF_H
#define TESTS_DIFF_BACKENDDIFF_H

#include <stdbool.h>
#include <stdint.h>

/* Guest physical = linear (flat segments, no paging). */
#define BD_RAM_SIZE (4u << 20)
#define BD_GDT 0x1000u
#define BD_IDT 0x1100u
#define BD_STUBS 0x1400u        /* 32 stubs of 16 bytes, then the common handler */
#define BD_HANDLER 0x1600u
#define BD_FAULTS 0x1800u       /* faults taken so far */
#define BD_MAX_FAULTS 32
#define BD_CODE 0x10000u
#define BD_SEG_SIZE 256u        /* code comes in segments; a fault resumes at the next */
#define BD_NSEG 24u
#define BD_CODE_SIZE ((BD_NSEG + 1) * BD_SEG_SIZE) /* the last segment only halts */
#define BD_DATA 0x100000u
#define BD_DATA_SIZE 0x4000u
#define BD_DATA_PTR (BD_DATA + 0x2000u)   /* EBX at every segment start: a page boundary */
#define BD_STACK 0x107000u
#define BD_STACK_TOP 0x108000u
#define BD_SEL_CODE 0x08u
#define BD_SEL_DATA 0x10u

typedef struct BdCase {
    uint64_t seed;
    uint32_t regs[8];
    uint32_t eflags;
    uint8_t code[BD_CODE_SIZE];
    uint8_t data[BD_DATA_SIZE];
} BdCase;

/* Fills c with random code (segments of random integer instructions, bounded loops,
 * forward branches, calls, indirect jumps, string ops, stores into the code itself and
 * the occasional fault), random data and registers. */
void bd_gen_case(BdCase *c, uint64_t seed);

/* The random-IR generator (backenddiff_ir.c): globals made once before any TB, then
 * count cases from seed on; returns the number of mismatches. */
struct CPUX86State;
void bd_ir_init(void);
uint64_t bd_ir_run(struct CPUX86State *env, uint8_t *ram, uint64_t count, uint64_t seed,
                   bool verbose);

#endif

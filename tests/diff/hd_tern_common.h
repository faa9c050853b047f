/* The Tern-side scaffolding hostdiff, hostdiff64, hostdiff_x87 and ssediff share: backend
 * choice, one CPU reused for every run, cached guest code, a run with a timeout, and the
 * flat 32-bit GDT/IDT whose exception stubs record the vector and halt. */
#ifndef TESTS_DIFF_HD_TERN_COMMON_H
#define TESTS_DIFF_HD_TERN_COMMON_H

#include <stdbool.h>
#include <stdint.h>
#include "cpu/cpu.h"
#include "machine/memory.h"

/* The flat 32-bit layout of the aux page (hd_tern_flat32_*) */
#define HDT_GDT 0x000
#define HDT_IDT 0x100
#define HDT_STUBS 0x400
#define HDT_VECTOR 0x800
#define HDT_NVEC 32
#define HDT_SEL_CODE 0x08
#define HDT_SEL_DATA 0x10
#define HDT_NO_VECTOR 0xFFFFFFFFu

/* Selects the backend named accel ("interp", "jit"); false if it is not built here. */
bool hd_tern_select_backend(const char *accel);
/* The one CPU, on address space as; also arms the run timeout's SIGALRM handler. */
CPUX86State *hd_tern_cpu_init(AddressSpace *as);
/* Writes code (plus a HLT if hlt) at addr unless it is what the last call wrote: the same
 * code keeps its translation blocks, so a run also tests what the translator cached. */
bool hd_tern_write_code(AddressSpace *as, uint64_t addr, const uint8_t *code, uint32_t len,
                        bool hlt);
/* Runs env until it stops, at most 10 s; *timed_out says whether the alarm stopped it. */
int hd_tern_exec(CPUX86State *env, bool *timed_out);
/* Whether the CPU pushes an error code for vector vec (SDM vol. 3, table 6-1). */
bool hd_tern_vector_has_errcode(uint32_t vec);
/* Fills the aux page image (at guest address base) with flat code/data descriptors and
 * 32 interrupt gates to stubs "mov [base+HDT_VECTOR], v; hlt" (SDM vol. 3, 3.4.5, 6.11). */
void hd_tern_flat32_tables(uint8_t *page, uint32_t base);
/* Resets env into flat 32-bit protected mode at CPL 0 with the tables at base. */
void hd_tern_flat32_enter(CPUX86State *env, uint32_t base, uint32_t cr0_extra, uint32_t cr4);
/* One line of TB cache statistics on stdout. */
void hd_tern_print_tb_stats(void);
uint32_t hd_get32(const uint8_t *p);
void hd_put32(uint8_t *p, uint32_t v);

#endif

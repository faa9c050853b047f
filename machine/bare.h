/* The `bare` machine: RAM, a flat firmware image mapped where a PC's BIOS ROM sits, a
 * debug console on port 0xE9 and isa-debug-exit on port 0xF4. No interrupt controller,
 * no timers: the board for bare-metal test programs. */
#ifndef MACHINE_BARE_H
#define MACHINE_BARE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define BARE_RAM_MIN (1ull << 20)
#define BARE_RAM_MAX (3584ull << 20)  /* 3.5 GiB: below the firmware window at the 4 GiB end */
#define BARE_RAM_DEFAULT (128ull << 20)
#define BARE_BIOS_MAX (16u << 20)

/* Exit statuses of a run (besides isa-debug-exit's odd values and 2 for bad arguments,
 * which the command line owns). */
#define BARE_EXIT_HALTED 0
#define BARE_EXIT_TRIPLE_FAULT 4  /* even: never an isa-debug-exit status */
#define BARE_EXIT_INTERNAL 6      /* the loop returned a reason this board cannot handle */
#define BARE_EXIT_SETUP 2         /* the board cannot be built (memory) */

struct GdbStub;

typedef struct BareConfig {
    uint64_t ram_size;
    const uint8_t *bios;  /* the firmware image, 1 byte to BARE_BIOS_MAX */
    size_t bios_size;
    struct GdbStub *gdb;  /* -gdb: the stub, listening (the board closes it), or NULL */
    bool wait_gdb;        /* -S: the CPU starts when gdb resumes it */
    bool count_insns;     /* -count-insns: print the retired-instruction count at exit */
} BareConfig;

/* Builds the board and runs it; returns the process exit status. An isa-debug-exit
 * write ends the process from inside the run (exit()), after -d stats are printed. */
int bare_run(const BareConfig *cfg);

#endif

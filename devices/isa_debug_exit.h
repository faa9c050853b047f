/* isa-debug-exit: a value v written to its port ends the emulator with exit status
 * (v << 1) | 1, so a test guest reports pass/fail without a clean shutdown path. */
#ifndef DEVICES_ISA_DEBUG_EXIT_H
#define DEVICES_ISA_DEBUG_EXIT_H

#include <stdint.h>
#include "machine/memory.h"

typedef struct IsaDebugExit IsaDebugExit;

/* request_exit is the machine's "end the run with this status" (it may not return). */
IsaDebugExit *isa_debug_exit_new(AddressSpace *as, uint16_t port,
                                 void (*request_exit)(void *opaque, int status), void *opaque);
void isa_debug_exit_free(IsaDebugExit *d);

#endif

/* Disassembly for traces: guest code for -d in_asm (and later the JIT's host code for
 * -d out_asm), one line per instruction, through Capstone with Tern's own decoder as the
 * authority on instruction boundaries. */
#ifndef CPU_DISAS_H
#define CPU_DISAS_H

#include <stddef.h>
#include <stdint.h>

#include "cpu/decode.h"

/* Receives one line, without a newline (tern_log_line from tcg/log.h fits). */
typedef void (*X86DisasPrint)(void *opaque, const char *line);

/* Guest code: len bytes at code, the first at address pc. Lines look like
 *   0x000ffff0:  ea 5b e0 00 f0               ljmp 0xf000:0xe05b
 * Boundaries follow x86_decode, so the listing stays in step with what was translated; the
 * text is Capstone's (Tern's x86_format where Capstone cannot decode the instruction or
 * misreads it, e.g. SIMD forms in 16-bit mode); bytes neither decodes print as "(bad)".
 * Relative targets are computed from pc (in real mode pass the IP for offsets). */
void x86_disas(X86DisasPrint print, void *opaque, const uint8_t *code, size_t len, uint64_t pc,
               X86Mode mode);

/* Host x86-64 code (the JIT's output). */
void x86_disas_host(X86DisasPrint print, void *opaque, const uint8_t *code, size_t len,
                    uint64_t pc);

#endif

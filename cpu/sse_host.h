/* The host's own SSE instructions for a few guest ones that are hot in real programs and
 * slow in portable C (glibc's string functions: PCMPxSTRx, PSHUFB). On an x86-64 host
 * with the extension the guest's instruction is the host's, bit for bit, so the result is
 * exact; elsewhere these return false and the portable code runs (cpu/sse_*_helper.c),
 * which tests/unit/test_sse.c checks against these on random inputs. */
#ifndef CPU_SSE_HOST_H
#define CPU_SSE_HOST_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu/cpu.h"

/* PCMPxSTRM's IntRes2 (bit mask, polarity applied; imm8 bit 6 is the caller's) and the
 * CC_C/Z/S/O flags (SDM vol. 2B, 4.1). la, lb: explicit lengths already saturated to the
 * element count (explicit_len_form), else unused. */
bool sse_host_pcmpstr(const X86XMMReg *a, const X86XMMReg *b, int la, int lb, unsigned imm,
                      bool explicit_len_form, uint32_t *res, uint32_t *flags);
/* PSHUFB xmm: r[i] = b[i] bit 7 ? 0 : a[b[i] & 15]. */
bool sse_host_pshufb(X86XMMReg *r, const X86XMMReg *a, const X86XMMReg *b);

#endif

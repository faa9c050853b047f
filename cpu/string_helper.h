/* The descriptor the translator passes to helper_rep_string (cpu/string_helper.c) for one
 * REP-prefixed string instruction: which one, element size, address size, source segment
 * and the REPE/REPNE condition. Private to cpu/translate_string.c and cpu/string_helper.c. */
#ifndef CPU_STRING_HELPER_H
#define CPU_STRING_HELPER_H

#include <stdbool.h>
#include <stdint.h>

enum { STR_MOVS, STR_CMPS, STR_STOS, STR_LODS, STR_SCAS, STR_INS, STR_OUTS };

#define STR_OP(d) ((d) & 7)
#define STR_SIZE_LOG2(d) (((d) >> 3) & 3)      /* element: 1 << n bytes */
#define STR_ASIZE_LOG2(d) (((d) >> 5) & 3)     /* address size: 1 << n bytes (1, 2, 3) */
#define STR_SRC_SEG(d) (((d) >> 8) & 7)        /* DS or the override (MOVS CMPS LODS OUTS) */
#define STR_REPNE 0x800u                       /* F2: CMPS/SCAS stop when equal */

static inline uint32_t str_desc(int op, int size_log2, int asize_log2, int src_seg, bool repne)
{
    return (uint32_t)op | (uint32_t)size_log2 << 3 | (uint32_t)asize_log2 << 5 |
           (uint32_t)src_seg << 8 | (repne ? STR_REPNE : 0);
}

/* helper_rep_string's answer: the instruction finished (rCX = 0 or the REPE/REPNE
 * condition ended it), or it must be executed again (stopped between iterations for an
 * interrupt request or the instruction-count deadline). */
#define STR_DONE 0
#define STR_RESUME 1

#endif

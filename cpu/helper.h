/* The x86 helpers' prototypes, descriptors and gen_helper_* emitters (cpu/helpers.def). */
#ifndef CPU_HELPER_H
#define CPU_HELPER_H
#include "cpu/cpu.h"
#define HELPER_ENV_CTYPE struct CPUX86State *
#define HELPER_DEF_FILE "cpu/helpers.def"
#include "tcg/helper-gen.h"
#endif

/* Instantiates the TCGHelperInfo descriptor of every helper in cpu/helpers.def, once for
 * the whole program: the interpreter prepares its libffi call from them and the JIT reads
 * their argument types. */
#define HELPER_GEN_INFO
#include "cpu/helper.h"

/* Capstone, loaded when first needed (-d in_asm, out_asm, op with disassembly) rather than
 * at start-up: linked in, the library's relocated data and the pages the loader touches
 * cost every run ~3 MiB of resident memory that only a trace uses. The types and
 * constants come from Capstone's own header; the functions through this table. */
#ifndef TCG_CAPSTONE_H
#define TCG_CAPSTONE_H

#include <capstone/capstone.h>

typedef struct TcgCapstone {
    cs_err (*open)(cs_arch arch, cs_mode mode, csh *handle);
    size_t (*disasm)(csh handle, const uint8_t *code, size_t size, uint64_t address,
                     size_t count, cs_insn **insn);
    bool (*disasm_iter)(csh handle, const uint8_t **code, size_t *size, uint64_t *address,
                        cs_insn *insn);
    cs_insn *(*malloc)(csh handle);
    void (*free)(cs_insn *insn, size_t count);
} TcgCapstone;

/* The library's functions, or NULL (said once on stderr) when it cannot be loaded.
 * Thread-safe. */
const TcgCapstone *tcg_capstone(void);

#endif

/* The interface every host backend implements (tcg/interp.c now, tcg/x86_64/ next).
 * The execution loop gives a backend optimized IR to make executable and asks it to run
 * TBs; a helper that unwinds asks it where in the guest instruction stream it was. */
#ifndef TCG_BACKEND_H
#define TCG_BACKEND_H

#include "tb.h"
#include "tcg.h"

typedef struct TCGBackend {
    const char *name;
    void (*init)(void);
    /* Makes tb executable from the optimized IR in s. Returns 0, or -1 when the code
     * buffer is full (the caller flushes every TB and retries). */
    int (*gen_code)(TCGContext *s, TranslationBlock *tb);
    /* Runs tb (and TBs chained from it) on env; returns the exit_tb value. */
    uintptr_t (*exec)(void *env, TranslationBlock *tb);
    /* The insn_start words of the guest instruction executing when a helper or memory
     * slow path was entered from generated code at host return address ra. */
    bool (*restore_state)(uintptr_t ra, uint64_t data[TCG_INSN_START_WORDS]);
    void (*patch_link)(TranslationBlock *tb, unsigned n, TranslationBlock *dest); /* NULL=unlink */
    void (*release)(TranslationBlock *tb);  /* forget tb's code */
    void (*flush)(void);                    /* forget all code */
    /* -d op/out_asm printing of the executable form, optional */
    void (*dump)(TranslationBlock *tb, void (*print)(void *, const char *), void *opaque);
} TCGBackend;

extern const TCGBackend tcg_backend_interp;
/* Size of the interpreter's code buffer (default 64 MiB); drops all its code. Call before
 * translating, or right after tb_flush_all. */
void tcg_interp_set_buffer_size(size_t bytes);
/* The x86-64 JIT (tcg/x86_64/, built on x86-64 hosts only). */
extern const TCGBackend tcg_backend_x86_64;
/* Size of the JIT's code buffer (-tb-size; default 256 MiB, at least 64 KiB, below
 * 2 GiB). Call before the backend's init. */
void tcg_jit_set_buffer_size(size_t bytes);
extern const TCGBackend *tcg_backend; /* the selected one */

/* Checked at every TB entry (also when entering through a chain): non-zero makes the TB
 * return TB_EXIT_REQUESTED before executing anything. The guest sets it (interrupts,
 * device deadlines, Ctrl-C); the loop clears it. */
extern volatile int tcg_exit_request;

/* Guest hook for lookup_and_goto: the TB for the state now in env, or NULL. */
extern TranslationBlock *(*tcg_lookup_tb_hook)(void *env);

bool tcg_restore_state(uintptr_t ra, uint64_t data[TCG_INSN_START_WORDS]);
/* Set by a backend's restore_state on success (tcg_restore_state clears them first): the
 * TB it answered for and the 0-based index, in insn_start order, of the instruction within
 * it. The guest's loop uses them after an unwind to count the instructions of that TB that
 * did not retire. */
extern TranslationBlock *tcg_restored_tb;
extern uint32_t tcg_restored_insn;

#endif

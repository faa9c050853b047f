/* hostdiff's Tern runner: one CPU and address space reused for every sequence. Each run
 * resets the CPU into 32-bit flat protected mode at CPL 0 (the native run is CPL 3, which
 * only matters for IF, see hostdiff_asm.c), loads the registers, writes the sequence
 * followed by HLT, and runs until the CPU halts (IF=0). Exceptions go through an IDT whose
 * handlers record the vector and halt; the frame they leave gives EIP and EFLAGS. */
#include <stdio.h>
#include <string.h>
#include "cpu/cpu.h"
#include "cpu/exec.h"
#include "hd_tern_common.h"
#include "hostdiff.h"
#include "machine/memory.h"

#define T_VECTOR (HD_AUX_BASE + HDT_VECTOR)

static AddressSpace *as;
static CPUX86State *env;

bool hd_tern_init(const char *accel, char *err, size_t errlen)
{
    if (!hd_tern_select_backend(accel)) {
        snprintf(err, errlen, "accelerator '%s' is not built on this host", accel);
        return false;
    }
    /* RAM only where the native child maps memory: an access outside the data area is
     * then visible in Tern too (unassigned memory) */
    as = as_new();
    if (!as || !as_add_ram(as, "code", HD_CODE_BASE, HD_CODE_SIZE) ||
        !as_add_ram(as, "data", HD_DATA_BASE, HD_DATA_SIZE) ||
        !as_add_ram(as, "aux", HD_AUX_BASE, HD_AUX_SIZE)) {
        snprintf(err, errlen, "cannot create guest RAM: %s", as ? as_error(as) : "out of memory");
        return false;
    }
    env = hd_tern_cpu_init(as);
    uint8_t page[HD_AUX_SIZE];
    memset(page, 0, sizeof page);
    hd_tern_flat32_tables(page, HD_AUX_BASE);
    if (!as_write_bytes(as, HD_AUX_BASE, page, sizeof page)) {
        snprintf(err, errlen, "cannot write the descriptor tables");
        return false;
    }
    return true;
}

void hd_tern_run(const HdProgram *p, const HdState *in, const uint8_t *data, HdResult *r)
{
    uint32_t none = HDT_NO_VECTOR;
    memset(r, 0, sizeof *r);
    r->vector = -1;

    if (!hd_tern_write_code(as, HD_SEQ_ADDR, p->code, p->len, true)) {
        snprintf(r->error, sizeof r->error, "cannot write guest code");
        return;
    }
    if (!as_write_bytes(as, HD_DATA_BASE, data, HD_DATA_SIZE) ||
        !as_write_bytes(as, T_VECTOR, &none, 4)) {
        snprintf(r->error, sizeof r->error, "cannot write guest memory");
        return;
    }
    hd_tern_flat32_enter(env, HD_AUX_BASE, 0, 0);
    for (int i = 0; i < 8; i++)
        env->regs[i] = in->reg[i];
    env->eip = HD_SEQ_ADDR;
    /* IF=0 so the final HLT ends the run (cpu/exec.c: EXCP_HALTED) */
    x86_set_eflags(env, (in->eflags & (HD_STATUS | HD_SYSBITS)) | 2, 0xFFFFFFFF);
    x86_update_hflags(env);

    bool timed_out;
    int reason = hd_tern_exec(env, &timed_out);

    for (int i = 0; i < 8; i++)
        r->st.reg[i] = (uint32_t)env->regs[i];
    r->st.eflags = x86_get_eflags(env);
    as_read_bytes(as, HD_DATA_BASE, r->data, HD_DATA_SIZE);
    if (reason != EXCP_HALTED) {
        snprintf(r->error, sizeof r->error, "x86_cpu_exec returned %#x%s at eip %#x", reason,
                 timed_out ? " (timeout)" : "", (uint32_t)env->eip);
        return;
    }
    uint32_t vec;
    as_read_bytes(as, T_VECTOR, &vec, 4);
    if (vec == none) {
        if (env->eip != HD_SEQ_ADDR + p->len + 1)
            snprintf(r->error, sizeof r->error, "halted at eip %#x, not at the end (%#x)",
                     (uint32_t)env->eip, HD_SEQ_ADDR + p->len + 1);
        return;
    }
    /* Same-privilege delivery pushed EFLAGS, CS, EIP (and an error code for 8, 10-14, 17:
     * SDM vol. 3, 6.12.1 and table 6-1) on the sequence's own stack. */
    uint32_t esp = r->st.reg[HD_ESP];
    uint8_t frame[16];
    if (!as_read_bytes(as, esp, frame, sizeof frame)) {
        snprintf(r->error, sizeof r->error, "exception %u with ESP %#x outside RAM", vec, esp);
        return;
    }
    unsigned o = hd_tern_vector_has_errcode(vec) ? 4 : 0;
    r->vector = (int)vec;
    r->eip = hd_get32(frame + o);
    r->st.eflags = hd_get32(frame + o + 8);
    r->st.reg[HD_ESP] = esp + o + 12;
    /* the frame overwrote the data area below the faulting ESP: the caller ignores it */
}

void hd_tern_print_stats(void)
{
    hd_tern_print_tb_stats();
}

/* ssediff's Tern runner: one CPU and address space for every sequence. Each run resets
 * the CPU into flat 32-bit protected mode at CPL 0 with CR0.NE (x87 errors as #MF) and
 * CR4.OSFXSR|OSXMMEXCPT (#XM), loads the FXSAVE image through the x87 helper's
 * x86_fpu_fxrstor_image, the GPRs and EFLAGS, and runs the sequence up to its HLT. An
 * exception goes through an IDT stub that records the vector and halts; the frame it left
 * gives the faulting EIP and EFLAGS. */
#include <stdio.h>
#include <string.h>
#include "cpu/cpu.h"
#include "cpu/exec.h"
#include "cpu/fpu_helper.h"
#include "hd_tern_common.h"
#include "machine/memory.h"
#include "ssediff.h"

#define T_VECTOR (SD_AUX_BASE + HDT_VECTOR)
#define T_STACK (SD_AUX_BASE + 0xFF0)

static AddressSpace *as;
static CPUX86State *env;

bool sd_tern_init(const char *accel, char *err, size_t errlen)
{
    if (!hd_tern_select_backend(accel)) {
        snprintf(err, errlen, "accelerator '%s' is not built", accel);
        return false;
    }
    as = as_new();
    if (!as || !as_add_ram(as, "code", SD_CODE_BASE, SD_CODE_SIZE) ||
        !as_add_ram(as, "data", SD_DATA_BASE, SD_DATA_SIZE) ||
        !as_add_ram(as, "aux", SD_AUX_BASE, SD_AUX_SIZE)) {
        snprintf(err, errlen, "cannot create guest RAM");
        return false;
    }
    env = hd_tern_cpu_init(as);
    uint8_t page[SD_AUX_SIZE];
    memset(page, 0, sizeof page);
    hd_tern_flat32_tables(page, SD_AUX_BASE);
    if (!as_write_bytes(as, SD_AUX_BASE, page, sizeof page)) {
        snprintf(err, errlen, "cannot write the descriptor tables");
        return false;
    }
    return true;
}

void sd_tern_run(const SdProgram *p, const SdState *in, const uint8_t *data, SdResult *r)
{
    uint32_t none = HDT_NO_VECTOR;
    memset(r, 0, sizeof *r);
    r->vector = -1;
    if (!hd_tern_write_code(as, SD_SEQ_ADDR, p->code, p->len, false)) {
        snprintf(r->error, sizeof r->error, "cannot write guest code");
        return;
    }
    if (!as_write_bytes(as, SD_DATA_BASE, data, SD_DATA_SIZE) ||
        !as_write_bytes(as, T_VECTOR, &none, 4)) {
        snprintf(r->error, sizeof r->error, "cannot write guest memory");
        return;
    }
    hd_tern_flat32_enter(env, SD_AUX_BASE, CR0_MP, CR4_OSFXSR | CR4_OSXMMEXCPT);
    for (int i = 0; i < 8; i++)
        env->regs[i] = in->gpr[i];
    env->regs[R_ESP] = T_STACK;
    env->eip = SD_SEQ_ADDR;
    x86_fpu_fxrstor_image(env, in->fx, 8, false);
    x86_set_eflags(env, (in->eflags & SD_STATUS_FLAGS) | 2, 0xFFFFFFFF);
    x86_update_hflags(env);
    int reason = hd_tern_exec(env, NULL);

    for (int i = 0; i < 8; i++)
        r->st.gpr[i] = (uint32_t)env->regs[i];
    r->st.eflags = x86_get_eflags(env);
    x86_fpu_fxsave_image(env, r->st.fx, 8, false);
    as_read_bytes(as, SD_DATA_BASE, r->data, SD_DATA_SIZE);
    if (reason != EXCP_HALTED) {
        snprintf(r->error, sizeof r->error, "x86_cpu_exec returned %#x at eip %#x", reason,
                 (uint32_t)env->eip);
        return;
    }
    uint32_t vec;
    as_read_bytes(as, T_VECTOR, &vec, 4);
    if (vec == none) {
        if (env->eip != SD_SEQ_ADDR + p->len)
            snprintf(r->error, sizeof r->error, "halted at eip %#x, not at the end (%#x)",
                     (uint32_t)env->eip, SD_SEQ_ADDR + p->len);
        return;
    }
    uint32_t esp = (uint32_t)env->regs[R_ESP];
    uint8_t frame[16];
    as_read_bytes(as, esp, frame, sizeof frame);
    unsigned o = hd_tern_vector_has_errcode(vec) ? 4 : 0;
    r->vector = (int)vec;
    r->fault_off = hd_get32(frame + o) - SD_SEQ_ADDR;
    r->st.eflags = hd_get32(frame + o + 8);
}

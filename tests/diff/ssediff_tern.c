/* ssediff's Tern runner: one CPU and address space for every sequence. Each run resets
 * the CPU into flat 32-bit protected mode at CPL 0 with CR0.NE (x87 errors as #MF) and
 * CR4.OSFXSR|OSXMMEXCPT (#XM), loads the FXSAVE image through the x87 helper's
 * x86_fpu_fxrstor_image, the GPRs and EFLAGS, and runs the sequence up to its HLT. An
 * exception goes through an IDT stub that records the vector and halts; the frame it left
 * gives the faulting EIP and EFLAGS. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "cpu/cpu.h"
#include "cpu/exec.h"
#include "cpu/fpu_helper.h"
#include "machine/memory.h"
#include "ssediff.h"
#include "tcg/backend.h"
#include "tcg/tb.h"

#define T_GDT (SD_AUX_BASE + 0x000)
#define T_IDT (SD_AUX_BASE + 0x100)
#define T_STUBS (SD_AUX_BASE + 0x400)
#define T_VECTOR (SD_AUX_BASE + 0x800)
#define T_STACK (SD_AUX_BASE + 0xFF0)
#define T_NVEC 32
#define SEL_CODE 0x08
#define SEL_DATA 0x10

static AddressSpace *as;
static CPUX86State *env;

static void on_alarm(int sig)
{
    (void)sig;
    x86_cpu_interrupt(env, CPU_INTERRUPT_EXIT);
}

static void put32(uint8_t *p, uint32_t v)
{
    memcpy(p, &v, 4);
}

static uint32_t get32(const uint8_t *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* Flat code and data descriptors, 32 interrupt gates to stubs "mov [T_VECTOR], v; hlt"
 * (SDM vol. 3, 3.4.5 and 6.11). */
static bool write_tables(void)
{
    uint8_t page[SD_AUX_SIZE];
    memset(page, 0, sizeof page);
    put32(page + SEL_CODE, 0x0000FFFF);
    put32(page + SEL_CODE + 4, 0x00CF9B00);
    put32(page + SEL_DATA, 0x0000FFFF);
    put32(page + SEL_DATA + 4, 0x00CF9300);
    for (unsigned v = 0; v < T_NVEC; v++) {
        uint32_t stub = T_STUBS + 16 * v;
        uint8_t *g = page + (T_IDT - SD_AUX_BASE) + 8 * v;
        put32(g, (stub & 0xFFFF) | (uint32_t)SEL_CODE << 16);
        put32(g + 4, (stub & 0xFFFF0000u) | 0x8E00);
        uint8_t *s = page + (stub - SD_AUX_BASE);
        s[0] = 0xC7;
        s[1] = 0x05;
        put32(s + 2, T_VECTOR);
        put32(s + 6, v);
        s[10] = 0xF4;
    }
    return as_write_bytes(as, SD_AUX_BASE, page, sizeof page);
}

bool sd_tern_init(const char *accel, char *err, size_t errlen)
{
    if (strcmp(accel, "interp") == 0) {
        tcg_backend = &tcg_backend_interp;
#if defined(__x86_64__)
    } else if (strcmp(accel, "jit") == 0) {
        tcg_backend = &tcg_backend_x86_64;
#endif
    } else {
        snprintf(err, errlen, "accelerator '%s' is not built", accel);
        return false;
    }
    if (tcg_backend->init)
        tcg_backend->init();
    as = as_new();
    if (!as || !as_add_ram(as, "code", SD_CODE_BASE, SD_CODE_SIZE) ||
        !as_add_ram(as, "data", SD_DATA_BASE, SD_DATA_SIZE) ||
        !as_add_ram(as, "aux", SD_AUX_BASE, SD_AUX_SIZE)) {
        snprintf(err, errlen, "cannot create guest RAM");
        return false;
    }
    static CPUX86State cpu;
    env = &cpu;
    x86_get_irq_vector = NULL;
    x86_irq_opaque = NULL;
    x86_cpu_init(env, as);
    if (!write_tables()) {
        snprintf(err, errlen, "cannot write the descriptor tables");
        return false;
    }
    signal(SIGALRM, on_alarm);
    return true;
}

static void enter_protected_mode(const SdState *in)
{
    const uint32_t code = DESC_P_MASK | DESC_S_MASK | DESC_CS_MASK | DESC_R_MASK | DESC_A_MASK |
                          DESC_B_MASK | DESC_G_MASK;
    const uint32_t data = DESC_P_MASK | DESC_S_MASK | DESC_W_MASK | DESC_A_MASK | DESC_B_MASK |
                          DESC_G_MASK;
    x86_cpu_reset(env);
    env->cr[0] = CR0_PE | CR0_ET | CR0_NE | CR0_MP;
    env->cr[4] = CR4_OSFXSR | CR4_OSXMMEXCPT;
    env->gdt.base = T_GDT;
    env->gdt.limit = 0x17;
    env->idt.base = T_IDT;
    env->idt.limit = T_NVEC * 8 - 1;
    x86_load_seg_cache(env, R_CS, SEL_CODE, 0, 0xFFFFFFFF, code);
    for (int s = 0; s < 6; s++)
        if (s != R_CS)
            x86_load_seg_cache(env, s, SEL_DATA, 0, 0xFFFFFFFF, data);
    for (int r = 0; r < 8; r++)
        env->regs[r] = in->gpr[r];
    env->regs[R_ESP] = T_STACK;
    env->eip = SD_SEQ_ADDR;
    x86_fpu_fxrstor_image(env, in->fx, 8, false);
    x86_set_eflags(env, (in->eflags & SD_STATUS_FLAGS) | 2, 0xFFFFFFFF);
    x86_update_hflags(env);
}

void sd_tern_run(const SdProgram *p, const SdState *in, const uint8_t *data, SdResult *r)
{
    static uint8_t code[SD_SEQ_MAX];
    static uint32_t code_len;
    uint32_t none = 0xFFFFFFFF;
    memset(r, 0, sizeof *r);
    r->vector = -1;
    if (code_len != p->len || memcmp(code, p->code, p->len) != 0) {
        memcpy(code, p->code, p->len);
        code_len = p->len;
        if (!as_write_bytes(as, SD_SEQ_ADDR, code, code_len)) {
            code_len = 0;
            snprintf(r->error, sizeof r->error, "cannot write guest code");
            return;
        }
        tb_flush_all();
    }
    if (!as_write_bytes(as, SD_DATA_BASE, data, SD_DATA_SIZE) ||
        !as_write_bytes(as, T_VECTOR, &none, 4)) {
        snprintf(r->error, sizeof r->error, "cannot write guest memory");
        return;
    }
    enter_protected_mode(in);
    alarm(10);
    int reason = x86_cpu_exec(env);
    alarm(0);
    env->interrupt_request = 0;

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
    bool errcode = vec == 8 || (vec >= 10 && vec <= 14) || vec == 17;
    uint32_t esp = (uint32_t)env->regs[R_ESP];
    uint8_t frame[16];
    as_read_bytes(as, esp, frame, sizeof frame);
    unsigned o = errcode ? 4 : 0;
    r->vector = (int)vec;
    r->fault_off = get32(frame + o) - SD_SEQ_ADDR;
    r->st.eflags = get32(frame + o + 8);
}

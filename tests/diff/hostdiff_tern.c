/* hostdiff's Tern runner: one CPU and address space reused for every sequence. Each run
 * resets the CPU into 32-bit flat protected mode at CPL 0 (the native run is CPL 3, which
 * only matters for IF, see hostdiff_asm.c), loads the registers, writes the sequence
 * followed by HLT, and runs until the CPU halts (IF=0). Exceptions go through an IDT whose
 * handlers record the vector and halt; the frame they leave gives EIP and EFLAGS. */
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "cpu/cpu.h"
#include "cpu/exec.h"
#include "hostdiff.h"
#include "machine/memory.h"
#include "tcg/backend.h"
#include "tcg/tb.h"

/* The aux page in Tern: GDT, IDT, handler stubs, the recorded vector */
#define T_GDT (HD_AUX_BASE + 0x000)
#define T_IDT (HD_AUX_BASE + 0x100)
#define T_STUBS (HD_AUX_BASE + 0x400)
#define T_VECTOR (HD_AUX_BASE + 0x800)
#define T_NVEC 32
#define SEL_CODE 0x08
#define SEL_DATA 0x10
#define RUN_TIMEOUT_S 10

static AddressSpace *as;
static CPUX86State *env;
static volatile sig_atomic_t timed_out;

static void on_alarm(int sig)
{
    (void)sig;
    timed_out = 1;
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

/* GDT: flat 4 GiB code (execute/read) and data (read/write), DPL 0, accessed set so the
 * CPU need not write them (SDM vol. 3, 3.4.5). IDT: 32-bit interrupt gates (6.11). */
static bool write_tables(void)
{
    uint8_t page[HD_AUX_SIZE];
    memset(page, 0, sizeof page);
    put32(page + SEL_CODE, 0x0000FFFF);
    put32(page + SEL_CODE + 4, 0x00CF9B00);
    put32(page + SEL_DATA, 0x0000FFFF);
    put32(page + SEL_DATA + 4, 0x00CF9300);
    for (unsigned v = 0; v < T_NVEC; v++) {
        uint32_t stub = T_STUBS + 16 * v;
        uint8_t *g = page + (T_IDT - HD_AUX_BASE) + 8 * v;
        put32(g, (stub & 0xFFFF) | (uint32_t)SEL_CODE << 16);
        put32(g + 4, (stub & 0xFFFF0000u) | 0x8E00); /* P, DPL 0, 32-bit interrupt gate */
        uint8_t *s = page + (stub - HD_AUX_BASE);
        s[0] = 0xC7; /* mov dword [T_VECTOR], v */
        s[1] = 0x05;
        put32(s + 2, T_VECTOR);
        put32(s + 6, v);
        s[10] = 0xF4; /* hlt */
    }
    return as_write_bytes(as, HD_AUX_BASE, page, sizeof page);
}

bool hd_tern_init(const char *accel, char *err, size_t errlen)
{
    if (!strcmp(accel, "interp")) {
        tcg_backend = &tcg_backend_interp;
#if defined(__x86_64__)
    } else if (!strcmp(accel, "jit")) {
        tcg_backend = &tcg_backend_x86_64;
#endif
    } else {
        snprintf(err, errlen, "accelerator '%s' is not built on this host", accel);
        return false;
    }
    if (tcg_backend->init)
        tcg_backend->init();
    /* RAM only where the native child maps memory: an access outside the data area is
     * then visible in Tern too (unassigned memory) */
    as = as_new();
    if (!as || !as_add_ram(as, "code", HD_CODE_BASE, HD_CODE_SIZE) ||
        !as_add_ram(as, "data", HD_DATA_BASE, HD_DATA_SIZE) ||
        !as_add_ram(as, "aux", HD_AUX_BASE, HD_AUX_SIZE)) {
        snprintf(err, errlen, "cannot create guest RAM: %s", as ? as_error(as) : "out of memory");
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

static void enter_protected_mode(const HdState *in)
{
    const uint32_t code = DESC_P_MASK | DESC_S_MASK | DESC_CS_MASK | DESC_R_MASK | DESC_A_MASK |
                          DESC_B_MASK | DESC_G_MASK;
    const uint32_t data = DESC_P_MASK | DESC_S_MASK | DESC_W_MASK | DESC_A_MASK | DESC_B_MASK |
                          DESC_G_MASK;
    x86_cpu_reset(env);
    env->cr[0] = CR0_PE | CR0_ET | CR0_NE;
    env->gdt.base = T_GDT;
    env->gdt.limit = 0x17;
    env->idt.base = T_IDT;
    env->idt.limit = T_NVEC * 8 - 1;
    x86_load_seg_cache(env, R_CS, SEL_CODE, 0, 0xFFFFFFFF, code);
    for (int s = 0; s < 6; s++)
        if (s != R_CS)
            x86_load_seg_cache(env, s, SEL_DATA, 0, 0xFFFFFFFF, data);
    for (int r = 0; r < 8; r++)
        env->regs[r] = in->reg[r];
    env->eip = HD_SEQ_ADDR;
    /* IF=0 so the final HLT ends the run (cpu/exec.c: EXCP_HALTED) */
    x86_set_eflags(env, (in->eflags & (HD_STATUS | HD_SYSBITS)) | 2, 0xFFFFFFFF);
    x86_update_hflags(env);
}

void hd_tern_run(const HdProgram *p, const HdState *in, const uint8_t *data, HdResult *r)
{
    static uint8_t code[HD_SEQ_MAX + 1];
    uint32_t none = 0xFFFFFFFF;
    memset(r, 0, sizeof *r);
    r->vector = -1;

    /* The same code as last time (the second input set) keeps its translation blocks:
     * the run then also tests what the translator cached. */
    static uint32_t code_len;
    if (code_len != p->len + 1 || memcmp(code, p->code, p->len) != 0) {
        memcpy(code, p->code, p->len);
        code[p->len] = 0xF4; /* hlt */
        code_len = p->len + 1;
        if (!as_write_bytes(as, HD_SEQ_ADDR, code, code_len)) {
            code_len = 0;
            snprintf(r->error, sizeof r->error, "cannot write guest code");
            return;
        }
        tb_flush_all(); /* the code page was rewritten behind the TB cache's back */
    }
    if (!as_write_bytes(as, HD_DATA_BASE, data, HD_DATA_SIZE) ||
        !as_write_bytes(as, T_VECTOR, &none, 4)) {
        snprintf(r->error, sizeof r->error, "cannot write guest memory");
        return;
    }
    enter_protected_mode(in);

    timed_out = 0;
    alarm(RUN_TIMEOUT_S);
    int reason = x86_cpu_exec(env);
    alarm(0);
    env->interrupt_request = 0;

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
    bool errcode = vec == 8 || (vec >= 10 && vec <= 14) || vec == 17;
    uint32_t esp = r->st.reg[HD_ESP];
    uint8_t frame[16];
    if (!as_read_bytes(as, esp, frame, sizeof frame)) {
        snprintf(r->error, sizeof r->error, "exception %u with ESP %#x outside RAM", vec, esp);
        return;
    }
    unsigned o = errcode ? 4 : 0;
    r->vector = (int)vec;
    r->eip = get32(frame + o);
    r->st.eflags = get32(frame + o + 8);
    r->st.reg[HD_ESP] = esp + o + 12;
    /* the frame overwrote the data area below the faulting ESP: the caller ignores it */
}

void hd_tern_print_stats(void)
{
    printf("tern: %" PRIu64 " TB lookups, %" PRIu64 " translations, %" PRIu64 " flushes\n",
           tb_stats.lookups, tb_stats.translations, tb_stats.flushes);
}

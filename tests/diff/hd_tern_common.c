/* The Tern-side scaffolding shared by the host-differential testers (hd_tern_common.h):
 * everything about driving one Tern CPU that does not depend on the state compared. */
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "cpu/exec.h"
#include "hd_tern_common.h"
#include "tcg/backend.h"
#include "tcg/tb.h"

#define RUN_TIMEOUT_S 10

static CPUX86State *cpu_env;
static volatile sig_atomic_t alarm_fired;

static void on_alarm(int sig)
{
    (void)sig;
    alarm_fired = 1;
    x86_cpu_interrupt(cpu_env, CPU_INTERRUPT_EXIT);
}

uint32_t hd_get32(const uint8_t *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

void hd_put32(uint8_t *p, uint32_t v)
{
    memcpy(p, &v, 4);
}

bool hd_tern_select_backend(const char *accel)
{
    if (!strcmp(accel, "interp")) {
        tcg_backend = &tcg_backend_interp;
#if defined(__x86_64__)
    } else if (!strcmp(accel, "jit")) {
        tcg_backend = &tcg_backend_x86_64;
#endif
    } else {
        return false;
    }
    if (tcg_backend->init)
        tcg_backend->init();
    return true;
}

CPUX86State *hd_tern_cpu_init(AddressSpace *as)
{
    static CPUX86State cpu;
    cpu_env = &cpu;
    x86_get_irq_vector = NULL;
    x86_irq_opaque = NULL;
    x86_cpu_init(cpu_env, as);
    signal(SIGALRM, on_alarm);
    return cpu_env;
}

bool hd_tern_write_code(AddressSpace *as, uint64_t addr, const uint8_t *code, uint32_t len,
                        bool hlt)
{
    static uint8_t cached[0x10000];
    static uint32_t cached_len;
    uint32_t total = len + (hlt ? 1 : 0);
    if (total > sizeof cached)
        return false;
    if (cached_len == total && memcmp(cached, code, len) == 0)
        return true;
    memcpy(cached, code, len);
    if (hlt)
        cached[len] = 0xF4; /* hlt */
    cached_len = total;
    if (!as_write_bytes(as, addr, cached, total)) {
        cached_len = 0;
        return false;
    }
    tb_flush_all(); /* the code page was rewritten behind the TB cache's back */
    return true;
}

int hd_tern_exec(CPUX86State *env, bool *timed_out)
{
    alarm_fired = 0;
    alarm(RUN_TIMEOUT_S);
    int reason = x86_cpu_exec(env);
    alarm(0);
    env->interrupt_request = 0;
    if (timed_out)
        *timed_out = alarm_fired;
    return reason;
}

bool hd_tern_vector_has_errcode(uint32_t vec)
{
    return vec == 8 || (vec >= 10 && vec <= 14) || vec == 17;
}

void hd_tern_flat32_tables(uint8_t *page, uint32_t base)
{
    hd_put32(page + HDT_SEL_CODE, 0x0000FFFF);
    hd_put32(page + HDT_SEL_CODE + 4, 0x00CF9B00);
    hd_put32(page + HDT_SEL_DATA, 0x0000FFFF);
    hd_put32(page + HDT_SEL_DATA + 4, 0x00CF9300);
    for (unsigned v = 0; v < HDT_NVEC; v++) {
        uint32_t stub = base + HDT_STUBS + 16 * v;
        uint8_t *g = page + HDT_IDT + 8 * v;
        hd_put32(g, (stub & 0xFFFF) | (uint32_t)HDT_SEL_CODE << 16);
        hd_put32(g + 4, (stub & 0xFFFF0000u) | 0x8E00); /* P, DPL 0, 32-bit interrupt gate */
        uint8_t *s = page + (stub - base);
        s[0] = 0xC7; /* mov dword [vector], v */
        s[1] = 0x05;
        hd_put32(s + 2, base + HDT_VECTOR);
        hd_put32(s + 6, v);
        s[10] = 0xF4; /* hlt */
    }
}

void hd_tern_flat32_enter(CPUX86State *env, uint32_t base, uint32_t cr0_extra, uint32_t cr4)
{
    const uint32_t code = DESC_P_MASK | DESC_S_MASK | DESC_CS_MASK | DESC_R_MASK | DESC_A_MASK |
                          DESC_B_MASK | DESC_G_MASK;
    const uint32_t data = DESC_P_MASK | DESC_S_MASK | DESC_W_MASK | DESC_A_MASK | DESC_B_MASK |
                          DESC_G_MASK;
    x86_cpu_reset(env);
    env->cr[0] = CR0_PE | CR0_ET | CR0_NE | cr0_extra;
    if (cr4)
        env->cr[4] = cr4;
    env->gdt.base = base + HDT_GDT;
    env->gdt.limit = 0x17;
    env->idt.base = base + HDT_IDT;
    env->idt.limit = HDT_NVEC * 8 - 1;
    x86_load_seg_cache(env, R_CS, HDT_SEL_CODE, 0, 0xFFFFFFFF, code);
    for (int s = 0; s < 6; s++)
        if (s != R_CS)
            x86_load_seg_cache(env, s, HDT_SEL_DATA, 0, 0xFFFFFFFF, data);
}

void hd_tern_print_tb_stats(void)
{
    printf("tern: %" PRIu64 " TB lookups, %" PRIu64 " translations, %" PRIu64 " flushes\n",
           tb_stats.lookups, tb_stats.translations, tb_stats.flushes);
}

/* hostdiff64's Tern runner: one CPU and address space reused for every sequence. Each run
 * puts the CPU straight into 64-bit mode at CPL 0 (EFER.LME/LMA, CR0.PG, CR4.PAE, a
 * 64-bit code segment; the native run is CPL 3, which only matters for IF), loads the
 * registers, writes the sequence followed by HLT, and runs until the CPU halts (IF=0).
 * Exceptions go through a 64-bit IDT whose handlers record the vector and halt; the
 * frame they leave (RIP, CS, RFLAGS, RSP, SS) gives RIP, RFLAGS and RSP at the fault.
 * Paging (SDM vol. 3, 4.5): the code/near/aux region identity-mapped with 2 MiB pages,
 * the data area (above 4 GiB) with two 4 KiB pages onto guest-physical RAM. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "cpu/cpu.h"
#include "cpu/exec.h"
#include "hd_tern_common.h"
#include "hostdiff64.h"
#include "machine/memory.h"

#define DATA_PHYS 0x10200000ull              /* where the data area really is */
#define T_GDT (H64_AUX_BASE + 0x000)
#define T_IDT (H64_AUX_BASE + 0x1000)        /* 32 gates x 16 bytes */
#define T_STUBS (H64_AUX_BASE + 0x1400)
#define T_VECTOR (H64_AUX_BASE + 0x1800)
#define T_PML4 (H64_AUX_BASE + 0x2000)
#define T_PDPT_LO (H64_AUX_BASE + 0x3000)
#define T_PD_LO (H64_AUX_BASE + 0x4000)
#define T_PDPT_HI (H64_AUX_BASE + 0x5000)
#define T_PD_HI (H64_AUX_BASE + 0x6000)
#define T_PT_HI (H64_AUX_BASE + 0x7000)
#define T_NVEC 32
#define SEL_CODE 0x08
#define SEL_DATA 0x10

static AddressSpace *as;
static CPUX86State *env;

static void put64(uint8_t *p, uint64_t v)
{
    memcpy(p, &v, 8);
}

static uint64_t get64(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

/* GDT: a 64-bit ring-0 code segment (L=1) and a data segment (SDM vol. 3, 3.4.5, 5.2.1).
 * IDT: 64-bit interrupt gates (6.14.1) to stubs "mov dword [T_VECTOR], v; hlt". Page
 * tables: 4-level paging, PML4 -> PDPT -> PD (-> PT for the data area). */
static bool write_tables(void)
{
    static uint8_t aux[H64_AUX_SIZE];
    memset(aux, 0, sizeof aux);
    hd_put32(aux + SEL_CODE, 0x0000FFFF);
    hd_put32(aux + SEL_CODE + 4, 0x00AF9B00);
    hd_put32(aux + SEL_DATA, 0x0000FFFF);
    hd_put32(aux + SEL_DATA + 4, 0x00CF9300);
    for (unsigned v = 0; v < T_NVEC; v++) {
        uint32_t stub = (uint32_t)(T_STUBS + 16 * v);
        uint8_t *g = aux + (T_IDT - H64_AUX_BASE) + 16 * v;
        hd_put32(g, (stub & 0xFFFF) | (uint32_t)SEL_CODE << 16);
        hd_put32(g + 4, (stub & 0xFFFF0000u) | 0x8E00); /* P, DPL 0, 64-bit interrupt gate */
        uint8_t *s = aux + (stub - H64_AUX_BASE);
        s[0] = 0xC7; /* mov dword [abs32], v */
        s[1] = 0x04;
        s[2] = 0x25;
        hd_put32(s + 3, (uint32_t)T_VECTOR);
        hd_put32(s + 7, v);
        s[11] = 0xF4; /* hlt */
    }
    const uint64_t rw = 0x3, big = 0x83; /* P R/W; P R/W PS */
    uint64_t lo = H64_CODE_BASE, hi = H64_DATA_BASE;
    put64(aux + (T_PML4 - H64_AUX_BASE) + 8 * ((lo >> 39) & 511), T_PDPT_LO | rw);
    put64(aux + (T_PDPT_LO - H64_AUX_BASE) + 8 * ((lo >> 30) & 511), T_PD_LO | rw);
    for (uint64_t a = lo; a < H64_AUX_BASE + 0x200000; a += 0x200000) /* code .. aux */
        put64(aux + (T_PD_LO - H64_AUX_BASE) + 8 * ((a >> 21) & 511), a | big);
    put64(aux + (T_PML4 - H64_AUX_BASE) + 8 * ((hi >> 39) & 511), T_PDPT_HI | rw);
    put64(aux + (T_PDPT_HI - H64_AUX_BASE) + 8 * ((hi >> 30) & 511), T_PD_HI | rw);
    put64(aux + (T_PD_HI - H64_AUX_BASE) + 8 * ((hi >> 21) & 511), T_PT_HI | rw);
    for (unsigned i = 0; i < H64_DATA_SIZE / 0x1000; i++)
        put64(aux + (T_PT_HI - H64_AUX_BASE) + 8 * (((hi >> 12) & 511) + i),
              (DATA_PHYS + 0x1000 * i) | rw);
    return as_write_bytes(as, H64_AUX_BASE, aux, sizeof aux);
}

bool h64_tern_init(const char *accel, char *err, size_t errlen)
{
    if (!hd_tern_select_backend(accel)) {
        snprintf(err, errlen, "accelerator '%s' is not built on this host", accel);
        return false;
    }
    as = as_new();
    if (!as || !as_add_ram(as, "code", H64_CODE_BASE, H64_CODE_SIZE) ||
        !as_add_ram(as, "near", H64_NEAR_BASE, H64_NEAR_SIZE) ||
        !as_add_ram(as, "data", DATA_PHYS, H64_DATA_SIZE) ||
        !as_add_ram(as, "aux", H64_AUX_BASE, H64_AUX_SIZE)) {
        snprintf(err, errlen, "cannot create guest RAM: %s", as ? as_error(as) : "out of memory");
        return false;
    }
    env = hd_tern_cpu_init(as);
    if (!write_tables()) {
        snprintf(err, errlen, "cannot write the descriptor and page tables");
        return false;
    }
    return true;
}

static void enter_long_mode(const H64State *in)
{
    const uint32_t code = DESC_P_MASK | DESC_S_MASK | DESC_CS_MASK | DESC_R_MASK | DESC_A_MASK |
                          DESC_L_MASK | DESC_G_MASK;
    const uint32_t data = DESC_P_MASK | DESC_S_MASK | DESC_W_MASK | DESC_A_MASK | DESC_B_MASK |
                          DESC_G_MASK;
    x86_cpu_reset(env);
    env->cr[0] = CR0_PE | CR0_ET | CR0_NE | CR0_WP | CR0_PG;
    env->cr[3] = T_PML4;
    env->cr[4] = CR4_PAE;
    env->efer = EFER_LME | EFER_LMA;
    env->gdt.base = T_GDT;
    env->gdt.limit = 0x17;
    env->idt.base = T_IDT;
    env->idt.limit = T_NVEC * 16 - 1;
    x86_load_seg_cache(env, R_CS, SEL_CODE, 0, 0xFFFFFFFF, code);
    for (int s = 0; s < 6; s++)
        if (s != R_CS)
            x86_load_seg_cache(env, s, s == R_FS || s == R_GS ? 0 : SEL_DATA, 0, 0xFFFFFFFF,
                               data);
    for (int r = 0; r < 16; r++)
        env->regs[r] = in->reg[r];
    env->eip = H64_SEQ_ADDR;
    /* IF=0 so the final HLT ends the run (cpu/exec.c: EXCP_HALTED) */
    x86_set_eflags(env, (uint32_t)(in->rflags & (H64_STATUS | H64_DF)) | 2, 0xFFFFFFFF);
    x86_update_hflags(env);
    x86_tlb_flush(env);
}

void h64_tern_run(const H64Program *p, const H64State *in, const uint8_t *data,
                  const uint8_t *near, H64Result *r)
{
    uint32_t none = 0xFFFFFFFF;
    memset(r, 0, sizeof *r);
    r->vector = -1;

    if (!hd_tern_write_code(as, H64_SEQ_ADDR, p->code, p->len, true)) {
        snprintf(r->error, sizeof r->error, "cannot write guest code");
        return;
    }
    if (!as_write_bytes(as, DATA_PHYS, data, H64_DATA_SIZE) ||
        !as_write_bytes(as, H64_NEAR_BASE, near, H64_NEAR_SIZE) ||
        !as_write_bytes(as, T_VECTOR, &none, 4)) {
        snprintf(r->error, sizeof r->error, "cannot write guest memory");
        return;
    }
    enter_long_mode(in);

    bool timed_out;
    int reason = hd_tern_exec(env, &timed_out);

    for (int i = 0; i < 16; i++)
        r->st.reg[i] = env->regs[i];
    r->st.rflags = x86_get_eflags(env);
    as_read_bytes(as, DATA_PHYS, r->data, H64_DATA_SIZE);
    as_read_bytes(as, H64_NEAR_BASE, r->near, H64_NEAR_SIZE);
    if (reason != EXCP_HALTED) {
        snprintf(r->error, sizeof r->error, "x86_cpu_exec returned %#x%s at rip %#" PRIx64,
                 reason, timed_out ? " (timeout)" : "", env->eip);
        return;
    }
    uint32_t vec;
    as_read_bytes(as, T_VECTOR, &vec, 4);
    if (vec == none) {
        if (env->eip != H64_SEQ_ADDR + p->len + 1)
            snprintf(r->error, sizeof r->error, "halted at rip %#" PRIx64 ", not at the end",
                     env->eip);
        return;
    }
    /* The 64-bit frame: [error code,] RIP, CS, RFLAGS, RSP, SS (SDM vol. 3, 6.14.2), on
     * the stack the handler found: env RSP is its address (linear = data area). */
    uint64_t rsp = env->regs[R_SP] + (hd_tern_vector_has_errcode(vec) ? 8 : 0);
    uint8_t frame[40];
    if (rsp < H64_DATA_BASE || rsp + sizeof frame > H64_DATA_BASE + H64_DATA_SIZE) {
        snprintf(r->error, sizeof r->error, "exception %u with RSP %#" PRIx64 " outside the data",
                 vec, rsp);
        return;
    }
    memcpy(frame, r->data + (rsp - H64_DATA_BASE), sizeof frame);
    r->vector = (int)vec;
    r->rip = get64(frame);
    r->st.rflags = get64(frame + 16);
    r->st.reg[R_SP] = get64(frame + 24);
    /* the frame overwrote the data area below the faulting RSP: the caller ignores it */
}

void h64_tern_print_stats(void)
{
    hd_tern_print_tb_stats();
}

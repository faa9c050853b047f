/* hostdiff64's native runner: executes a sequence on the host CPU in 64-bit mode, inside
 * a forked child so that a crash cannot take the tester down. The child maps code, the
 * near and data areas and a register block at fixed addresses; a trampoline saves the
 * C stack, loads the 16 GPRs and RFLAGS, the sequence runs, an epilogue stores them and
 * returns. Exceptions arrive as signals whose saved context gives the registers at the
 * faulting instruction (the signal frame goes on an alternate stack, so the data area
 * below RSP is left as the sequence left it). */
#include <setjmp.h>
#include <stddef.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>
#include "hostdiff64.h"
#include "hd_child.h"

/* The register block in the aux area */
#define AUX_IN (H64_AUX_BASE + 0x000)     /* 16 GPRs, RFLAGS at +0x80 */
#define AUX_OUT (H64_AUX_BASE + 0x100)    /* 16 GPRs, RFLAGS at +0x80 */
#define AUX_RSP (H64_AUX_BASE + 0x200)    /* the C stack pointer */
#define AUX_STACK (H64_AUX_BASE + 0x1000) /* scratch stack for the epilogue */
#define ENTRY (H64_CODE_BASE + 0x000)

typedef struct Shared {
    uint32_t code_len;
    uint8_t code[H64_SEQ_MAX];
    H64State in;
    uint8_t data[H64_DATA_SIZE];
    uint8_t near[H64_NEAR_SIZE];
    H64Result out;
} Shared;


typedef struct { uint8_t *p; } Emit;
static void e8(Emit *e, uint8_t v) { *e->p++ = v; }
static void e32(Emit *e, uint32_t v) { memcpy(e->p, &v, 4); e->p += 4; }
static void eb(Emit *e, const char *bytes, size_t n) { memcpy(e->p, bytes, n); e->p += n; }

/* MOV r64, [abs32] / MOV [abs32], r64 (ModRM mod 00 rm 100, SIB base 101 index 100). */
static void mov_r_abs(Emit *e, int r, uint32_t addr, bool store)
{
    e8(e, (uint8_t)(0x48 | (r >= 8 ? 4 : 0)));
    e8(e, store ? 0x89 : 0x8B);
    e8(e, (uint8_t)(((r & 7) << 3) | 4));
    e8(e, 0x25);
    e32(e, addr);
}

static void write_entry(void)
{
    Emit e = { (uint8_t *)(uintptr_t)ENTRY };
    eb(&e, "\x53\x55\x41\x54\x41\x55\x41\x56\x41\x57", 10); /* push rbx rbp r12-r15 */
    mov_r_abs(&e, R_SP, (uint32_t)AUX_RSP, true);
    eb(&e, "\xFF\x34\x25", 3); e32(&e, (uint32_t)AUX_IN + 0x80); /* push qword [rflags] */
    e8(&e, 0x9D);                                               /* popfq */
    for (int r = 0; r < 16; r++)
        if (r != R_SP)
            mov_r_abs(&e, r, (uint32_t)AUX_IN + 8 * (uint32_t)r, false);
    mov_r_abs(&e, R_SP, (uint32_t)AUX_IN + 8 * R_SP, false);
    e8(&e, 0xE9); e32(&e, (uint32_t)(H64_SEQ_ADDR - ((uintptr_t)e.p + 4))); /* jmp sequence */
}

/* Appended to the sequence: store RSP, switch to the scratch stack, store RFLAGS and the
 * other registers, then a plain RFLAGS for C, the C stack, and return. */
static void write_epilogue(uint8_t *at)
{
    Emit e = { at };
    mov_r_abs(&e, R_SP, (uint32_t)AUX_OUT + 8 * R_SP, true);
    e8(&e, 0xBC); e32(&e, (uint32_t)AUX_STACK);                 /* mov esp, scratch */
    e8(&e, 0x9C);                                               /* pushfq */
    eb(&e, "\x8F\x04\x25", 3); e32(&e, (uint32_t)AUX_OUT + 0x80); /* pop qword [rflags] */
    for (int r = 0; r < 16; r++)
        if (r != R_SP)
            mov_r_abs(&e, r, (uint32_t)AUX_OUT + 8 * (uint32_t)r, true);
    e8(&e, 0x68); e32(&e, 0x202); e8(&e, 0x9D);                 /* push 0x202; popfq */
    mov_r_abs(&e, R_SP, (uint32_t)AUX_RSP, false);
    eb(&e, "\x41\x5F\x41\x5E\x41\x5D\x41\x5C\x5D\x5B\xC3", 11);
}

static sigjmp_buf fault_jmp;
static volatile sig_atomic_t fault_sig;
static H64Result *fault_out;

static void on_fault(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    greg_t *g = uc->uc_mcontext.gregs;
    static const int map[16] = { REG_RAX, REG_RCX, REG_RDX, REG_RBX, REG_RSP, REG_RBP,
                                 REG_RSI, REG_RDI, REG_R8, REG_R9, REG_R10, REG_R11,
                                 REG_R12, REG_R13, REG_R14, REG_R15 };
    (void)si;
    for (int r = 0; r < 16; r++)
        fault_out->st.reg[r] = (uint64_t)g[map[r]];
    fault_out->st.rflags = (uint64_t)g[REG_EFL];
    fault_out->rip = (uint64_t)g[REG_RIP];
    fault_out->vector = (int)g[REG_TRAPNO];
    fault_sig = sig;
    siglongjmp(fault_jmp, 1);
}

static bool child_init(char *err, size_t len)
{
    static const struct { uint64_t base; uint32_t size; int prot; } maps[] = {
        { H64_CODE_BASE, H64_CODE_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC },
        { H64_NEAR_BASE, H64_NEAR_SIZE, PROT_READ | PROT_WRITE },
        { H64_DATA_BASE, H64_DATA_SIZE, PROT_READ | PROT_WRITE },
        { H64_AUX_BASE, H64_AUX_SIZE, PROT_READ | PROT_WRITE },
    };
    for (size_t i = 0; i < sizeof maps / sizeof maps[0]; i++) {
        if (!hd_child_map_fixed(maps[i].base, maps[i].size, maps[i].prot, err, len))
            return false;
    }
    write_entry();
    return hd_child_catch_faults(on_fault, err, len);
}

static void child_run(Shared *s)
{
    H64Result *r = &s->out;
    r->error[0] = 0;
    r->vector = -1;
    r->rip = 0;
    memcpy((void *)(uintptr_t)H64_SEQ_ADDR, s->code, s->code_len);
    write_epilogue((uint8_t *)(uintptr_t)(H64_SEQ_ADDR + s->code_len));
    memcpy((void *)(uintptr_t)H64_DATA_BASE, s->data, H64_DATA_SIZE);
    memcpy((void *)(uintptr_t)H64_NEAR_BASE, s->near, H64_NEAR_SIZE);
    memcpy((void *)(uintptr_t)AUX_IN, &s->in, sizeof s->in);
    fault_out = r;
    fault_sig = 0;
    if (sigsetjmp(fault_jmp, 1) == 0) {
        ((void (*)(void))(uintptr_t)ENTRY)();
        memcpy(&r->st, (void *)(uintptr_t)AUX_OUT, sizeof r->st);
    } else if (r->rip < H64_SEQ_ADDR || r->rip > H64_SEQ_ADDR + s->code_len) {
        snprintf(r->error, sizeof r->error, "signal %d at %#llx outside the sequence",
                 (int)fault_sig, (unsigned long long)r->rip);
    }
    memcpy(r->data, (void *)(uintptr_t)H64_DATA_BASE, H64_DATA_SIZE);
    memcpy(r->near, (void *)(uintptr_t)H64_NEAR_BASE, H64_NEAR_SIZE);
}

static void child_run_shared(void *s) { child_run(s); }

static HdChild runner = {
    .shared_size = sizeof(Shared),
    .init = child_init,
    .run = child_run_shared,
    .error_offset = offsetof(Shared, out.error),
    .error_size = sizeof(((Shared *)0)->out.error),
    HD_CHILD_STATE,
};

bool h64_native_start(char *err, size_t errlen)
{
    return hd_child_start(&runner, err, errlen);
}

void h64_native_stop(void)
{
    hd_child_stop(&runner);
}


void h64_native_submit(const H64Program *p, const H64State *in, const uint8_t *data,
                       const uint8_t *near)
{
    char err[160];
    if (!hd_child_ensure(&runner, err, sizeof err))
        return;
    Shared *s = runner.shared;
    s->code_len = p->len;
    memcpy(s->code, p->code, p->len);
    s->in = *in;
    memcpy(s->data, data, H64_DATA_SIZE);
    memcpy(s->near, near, H64_NEAR_SIZE);
    hd_child_go(&runner);
}

void h64_native_collect(H64Result *r)
{
    if (!hd_child_wait(&runner)) {
        memset(r, 0, sizeof *r);
        r->vector = -1;
        snprintf(r->error, sizeof r->error, "native runner died or hung");
        return;
    }
    *r = ((Shared *)runner.shared)->out;
}

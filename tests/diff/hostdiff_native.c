/* hostdiff's native runner: executes a sequence on the host CPU in 32-bit compatibility
 * mode, inside a forked child so that a crash cannot take the tester down. The child maps
 * code, data and a register block at fixed addresses below 4 GiB; a 64-bit trampoline far-
 * returns to the 32-bit user code selector, a 32-bit prologue loads the 8 GPRs and EFLAGS,
 * the sequence runs, an epilogue stores them and far-returns to 64-bit mode. Exceptions
 * arrive as signals, whose saved context gives the registers at the faulting instruction. */
#include <setjmp.h>
#include <stddef.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>
#include "hostdiff.h"
#include "hd_child.h"

/* Linux x86-64 user code selectors (arch/x86 GDT layout, an ABI since 2.6) */
#define USER32_CS 0x23
#define USER64_CS 0x33

/* The register block in the aux page */
#define AUX_IN (HD_AUX_BASE + 0x00)      /* 8 GPRs, then EFLAGS at +0x20 */
#define AUX_OUT (HD_AUX_BASE + 0x40)     /* 8 GPRs, then EFLAGS at +0x60 */
#define AUX_RSP (HD_AUX_BASE + 0x80)     /* the C stack pointer while in 32-bit code */
#define AUX_DS (HD_AUX_BASE + 0x88)
#define AUX_ES (HD_AUX_BASE + 0x8C)
#define AUX_STACK (HD_AUX_BASE + HD_AUX_SIZE) /* scratch stack for the prologue/epilogue */
#define ENTRY64 (HD_CODE_BASE + 0x000)
#define ENTRY32 (HD_CODE_BASE + 0x100)
#define RESUME64 (HD_CODE_BASE + 0x200)

typedef struct Shared {
    uint32_t code_len;
    uint8_t code[HD_SEQ_MAX];
    HdState in;
    uint8_t data[HD_DATA_SIZE];
    HdResult out;
} Shared;


typedef struct { uint8_t *p; } Emit;
static void e8(Emit *e, uint8_t v) { *e->p++ = v; }
static void e32(Emit *e, uint32_t v) { memcpy(e->p, &v, 4); e->p += 4; }
static void eb(Emit *e, const char *bytes, size_t n) { memcpy(e->p, bytes, n); e->p += n; }

static void write_trampolines(void)
{
    Emit e = { (uint8_t *)(uintptr_t)ENTRY64 };
    /* 64-bit: save callee-saved registers and RSP, DS and ES, then far return to 32-bit */
    eb(&e, "\x53\x55\x41\x54\x41\x55\x41\x56\x41\x57", 10); /* push rbx rbp r12-r15 */
    eb(&e, "\x48\x89\x24\x25", 4); e32(&e, AUX_RSP);       /* mov [AUX_RSP], rsp */
    eb(&e, "\x8C\xD8\x89\x04\x25", 5); e32(&e, AUX_DS);    /* mov eax, ds; mov [..], eax */
    eb(&e, "\x8C\xC0\x89\x04\x25", 5); e32(&e, AUX_ES);    /* mov eax, es; mov [..], eax */
    e8(&e, 0x6A); e8(&e, USER32_CS);                       /* push 0x23 */
    e8(&e, 0x68); e32(&e, ENTRY32);                        /* push ENTRY32 */
    eb(&e, "\x48\xCB", 2);                                 /* retfq */

    /* 32-bit: the 64-bit ABI leaves DS/ES null; load the flat data selector from SS */
    e = (Emit){ (uint8_t *)(uintptr_t)ENTRY32 };
    eb(&e, "\x8C\xD0\x8E\xD8\x8E\xC0", 6);                 /* mov eax,ss; mov ds,eax; mov es,eax */
    e8(&e, 0xBC); e32(&e, AUX_STACK);                      /* mov esp, scratch */
    eb(&e, "\xFF\x35", 2); e32(&e, AUX_IN + 0x20);         /* push dword [eflags] */
    e8(&e, 0x9D);                                          /* popfd */
    static const uint8_t ld[8] = { 0x05, 0x0D, 0x15, 0x1D, 0x25, 0x2D, 0x35, 0x3D };
    for (int r = 0; r < 8; r++) {
        if (r == HD_ESP)
            continue;
        e8(&e, 0x8B); e8(&e, ld[r]); e32(&e, AUX_IN + 4 * r); /* mov r, [in + 4r] */
    }
    e8(&e, 0x8B); e8(&e, ld[HD_ESP]); e32(&e, AUX_IN + 4 * HD_ESP);
    e8(&e, 0xE9); e32(&e, HD_SEQ_ADDR - (uint32_t)((uintptr_t)e.p + 4)); /* jmp sequence */

    /* 64-bit again: restore RSP and the callee-saved registers, return to C */
    e = (Emit){ (uint8_t *)(uintptr_t)RESUME64 };
    eb(&e, "\x48\x8B\x24\x25", 4); e32(&e, AUX_RSP);       /* mov rsp, [AUX_RSP] */
    eb(&e, "\x41\x5F\x41\x5E\x41\x5D\x41\x5C\x5D\x5B\xC3", 11);
}

/* Appended to the sequence: store the state, restore ES/DS, far return to 64-bit. */
static void write_epilogue(uint8_t *at)
{
    static const uint8_t st[8] = { 0x05, 0x0D, 0x15, 0x1D, 0x25, 0x2D, 0x35, 0x3D };
    Emit e = { at };
    e8(&e, 0x89); e8(&e, st[HD_ESP]); e32(&e, AUX_OUT + 4 * HD_ESP);
    e8(&e, 0xBC); e32(&e, AUX_STACK);
    e8(&e, 0x9C);                                          /* pushfd */
    eb(&e, "\x8F\x05", 2); e32(&e, AUX_OUT + 0x20);        /* pop dword [out eflags] */
    for (int r = 0; r < 8; r++) {
        if (r == HD_ESP)
            continue;
        e8(&e, 0x89); e8(&e, st[r]); e32(&e, AUX_OUT + 4 * r);
    }
    /* C wants DF=0 (ABI), and AC=1 would make its unaligned accesses fault (Linux sets
     * CR0.AM): back to a plain EFLAGS */
    e8(&e, 0x68); e32(&e, 0x202); e8(&e, 0x9D);            /* push 0x202; popfd */
    e8(&e, 0xA1); e32(&e, AUX_ES); eb(&e, "\x8E\xC0", 2);  /* es first: ds null ends access */
    e8(&e, 0xA1); e32(&e, AUX_DS); eb(&e, "\x8E\xD8", 2);
    e8(&e, 0x6A); e8(&e, USER64_CS);
    e8(&e, 0x68); e32(&e, RESUME64);
    e8(&e, 0xCB);                                          /* retf (32-bit) */
}

static sigjmp_buf fault_jmp;
static volatile sig_atomic_t fault_sig;
static HdResult *fault_out;

static void on_fault(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    greg_t *g = uc->uc_mcontext.gregs;
    static const int map[8] = { REG_RAX, REG_RCX, REG_RDX, REG_RBX, REG_RSP, REG_RBP, REG_RSI, REG_RDI };
    (void)si;
    /* The kernel clears TF and DF for the handler but not AC: with AC=1 (set by the
     * sequence's POPF) the handler's own unaligned accesses would fault again. */
    __asm__ volatile("pushfq\n\tandq $~0x40000, (%%rsp)\n\tpopfq" : : : "cc", "memory");
    for (int r = 0; r < 8; r++)
        fault_out->st.reg[r] = (uint32_t)g[map[r]];
    fault_out->st.eflags = (uint32_t)g[REG_EFL];
    fault_out->eip = (uint32_t)g[REG_RIP];
    fault_out->vector = (int)g[REG_TRAPNO];
    fault_sig = sig;
    siglongjmp(fault_jmp, 1);
}

static bool child_init(char *err, size_t len)
{
    static const struct { uint32_t base, size; int prot; } maps[] = {
        { HD_CODE_BASE, HD_CODE_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC },
        { HD_DATA_BASE, HD_DATA_SIZE, PROT_READ | PROT_WRITE },
        { HD_AUX_BASE, HD_AUX_SIZE, PROT_READ | PROT_WRITE },
    };
    for (size_t i = 0; i < sizeof maps / sizeof maps[0]; i++) {
        if (!hd_child_map_fixed(maps[i].base, maps[i].size, maps[i].prot, err, len))
            return false;
    }
    write_trampolines();
    return hd_child_catch_faults(on_fault, err, len);
}

static void child_run(Shared *s)
{
    HdResult *r = &s->out;
    uint32_t *aux = (uint32_t *)(uintptr_t)HD_AUX_BASE;
    r->error[0] = 0;
    r->vector = -1;
    r->eip = 0;
    memcpy((void *)(uintptr_t)HD_SEQ_ADDR, s->code, s->code_len);
    write_epilogue((uint8_t *)(uintptr_t)(HD_SEQ_ADDR + s->code_len));
    memcpy((void *)(uintptr_t)HD_DATA_BASE, s->data, HD_DATA_SIZE);
    memcpy(aux, &s->in, sizeof s->in);
    fault_out = r;
    fault_sig = 0;
    if (sigsetjmp(fault_jmp, 1) == 0) {
        ((void (*)(void))(uintptr_t)ENTRY64)();
        memcpy(&r->st, (void *)(uintptr_t)AUX_OUT, sizeof r->st);
    } else {
        /* Back from a signal: DS/ES still hold the 32-bit data selector */
        uint16_t ds = (uint16_t)aux[(AUX_DS - HD_AUX_BASE) / 4];
        uint16_t es = (uint16_t)aux[(AUX_ES - HD_AUX_BASE) / 4];
        __asm__ volatile("mov %0, %%ds\n\tmov %1, %%es" : : "r"(ds), "r"(es));
        /* a trap (INTO) at the last instruction reports the end of the sequence */
        if (r->eip < HD_SEQ_ADDR || r->eip > HD_SEQ_ADDR + s->code_len)
            snprintf(r->error, sizeof r->error, "signal %d at %#x outside the sequence",
                     (int)fault_sig, r->eip);
    }
    memcpy(r->data, (void *)(uintptr_t)HD_DATA_BASE, HD_DATA_SIZE);
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

bool hd_native_start(char *err, size_t errlen)
{
    return hd_child_start(&runner, err, errlen);
}

void hd_native_stop(void)
{
    hd_child_stop(&runner);
}

static char submit_error[160];

void hd_native_submit(const HdProgram *p, const HdState *in, const uint8_t *data)
{
    snprintf(submit_error, sizeof submit_error, "native runner died or hung");
    if (!hd_child_ensure(&runner, submit_error, sizeof submit_error))
        return;
    Shared *s = runner.shared;
    s->code_len = p->len;
    memcpy(s->code, p->code, p->len);
    s->in = *in;
    memcpy(s->data, data, HD_DATA_SIZE);
    hd_child_go(&runner);
}

void hd_native_collect(HdResult *r)
{
    if (!hd_child_wait(&runner)) {
        memset(r, 0, sizeof *r);
        r->vector = -1;
        snprintf(r->error, sizeof r->error, "%s", submit_error);
        return;
    }
    *r = ((Shared *)runner.shared)->out;
}

void hd_native_run(const HdProgram *p, const HdState *in, const uint8_t *data, HdResult *r)
{
    hd_native_submit(p, in, data);
    hd_native_collect(r);
}

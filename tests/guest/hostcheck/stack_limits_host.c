/* Cross-checks stack_limits.asm on the host CPU (x86-64 Linux): far CALL, RETF and IRETD
 * run in 32-bit compatibility-mode code at ring 3 on small LDT stack segments made with
 * modify_ldt(2) (expand-up limit FFFh; expand-down limit FFFh), and a fault (#SS arrives
 * as SIGBUS or SIGSEGV) or its absence is reported. Not part of the test suite: QEMU's TCG
 * skips these checks, so this is the evidence that the guest test expects what hardware
 * does. Build: cc -O1 -o stkchk stack_limits_host.c */
#define _GNU_SOURCE
#include <asm/ldt.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static sigjmp_buf jb;
static volatile int got_sig;

static void on_fault(int sig)
{
    got_sig = sig;
    siglongjmp(jb, 1);
}

static void set_ldt(int entry, uint32_t base, uint32_t limit, int contents, int seg32)
{
    struct user_desc d;
    memset(&d, 0, sizeof d);
    d.entry_number = entry;
    d.base_addr = base;
    d.limit = limit;
    d.seg_32bit = seg32;
    d.contents = contents;          /* 0 data, 1 expand-down data */
    d.useable = 1;
    if (syscall(SYS_modify_ldt, 1, &d, sizeof d) != 0) {
        perror("modify_ldt");
        exit(2);
    }
}

#define LDT_SEL(n) (((n) << 3) | 7)
#define USER32_CS 0x23

static uint8_t *low;                /* MAP_32BIT: code, trampoline, stacks */

/* Runs 32-bit code at low+0x1000 (a far return to 64-bit code is appended) through a
 * 64-bit trampoline; returns the signal it raised, or 0. */
static int run32(const uint8_t *code, size_t len)
{
    uint8_t *c32 = low + 0x1000, *tramp = low;
    memcpy(c32, code, len);
    c32[len] = 0xCB;                        /* retf (32-bit) */
    static const uint8_t t[] = {
        0x53,                               /* push rbx */
        0x48, 0x89, 0xE3,                   /* mov rbx, rsp */
        0x48, 0x89, 0xFC,                   /* mov rsp, rdi (low stack) */
        0xFF, 0x1E,                         /* lcall [rsi] (m16:32) */
        0x48, 0x89, 0xDC,                   /* mov rsp, rbx */
        0x5B,                               /* pop rbx */
        0xC3,                               /* ret */
    };
    memcpy(tramp, t, sizeof t);
    uint32_t *farp = (uint32_t *)(low + 0x800);
    farp[0] = (uint32_t)(uintptr_t)c32;
    farp[1] = USER32_CS;
    got_sig = 0;
    if (sigsetjmp(jb, 1) == 0) {
        void (*fn)(void *, void *) = (void (*)(void *, void *))tramp;
        fn(low + 0x3000, farp);
    }
    return got_sig;
}

static int fails;

/* The snippet: save SS:ESP in ECX:EDX, load SS = sel and ESP = esp, run op, restore. */
static void expect(const char *what, unsigned sel, uint32_t esp, const uint8_t *op,
                   size_t oplen, int want_fault)
{
    uint8_t c[64];
    size_t n = 0;
    const uint8_t pre[] = { 0x8C, 0xD1,                          /* mov ecx, ss */
                            0x89, 0xE2,                          /* mov edx, esp */
                            0x66, 0xB8, sel & 0xFF, sel >> 8,    /* mov ax, sel */
                            0x8E, 0xD0,                          /* mov ss, ax */
                            0xBC, esp, esp >> 8, esp >> 16, esp >> 24 }; /* mov esp, imm */
    const uint8_t post[] = { 0x8E, 0xD1,                         /* mov ss, ecx */
                             0x89, 0xD4 };                       /* mov esp, edx */
    memcpy(c, pre, sizeof pre);
    n = sizeof pre;
    memcpy(c + n, op, oplen);
    n += oplen;
    memcpy(c + n, post, sizeof post);
    n += sizeof post;
    int sig = run32(c, n);
    int ok = want_fault ? sig != 0 : sig == 0;
    printf("%-58s %-9s %s\n", what,
           sig ? (sig == SIGSEGV ? "SIGSEGV" : sig == SIGBUS ? "SIGBUS" : "signal") : "no fault",
           ok ? "as the guest test expects" : "DIFFERENT FROM THE GUEST TEST");
    fails += !ok;
}

int main(void)
{
    low = mmap(NULL, 0x20000, PROT_READ | PROT_WRITE | PROT_EXEC,
               MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);
    if (low == MAP_FAILED) {
        perror("mmap");
        return 2;
    }
    /* The faulting code's stack is unusable: signals go to an alternate stack. */
    stack_t ss = { .ss_sp = malloc(65536), .ss_size = 65536, .ss_flags = 0 };
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_fault;
    sa.sa_flags = SA_NODEFER | SA_ONSTACK;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);

    uint32_t stk = (uint32_t)(uintptr_t)(low + 0x8000);
    set_ldt(0, stk, 0xFFF, 0, 1);           /* expand-up, limit FFFh, B=1 */
    set_ldt(1, stk, 0xFFF, 1, 1);           /* expand-down, limit FFFh, B=1 */
    uint32_t tgt = (uint32_t)(uintptr_t)(low + 0x10000);  /* clear of every stack byte */
    low[0x10000] = 0xCB;                    /* retf: the far CALL's target */
    const uint8_t call[] = { 0x9A, tgt, tgt >> 8, tgt >> 16, tgt >> 24, USER32_CS, 0 };
    const uint8_t retf[] = { 0xCB };
    const uint8_t iretd[] = { 0xCF };

    expect("far CALL, ESP=8 (8 bytes at 0-7)", LDT_SEL(0), 8, call, sizeof call, 0);
    expect("far CALL, ESP=6 (one word short)", LDT_SEL(0), 6, call, sizeof call, 1);
    expect("expand-down: far CALL, ESP=1008h", LDT_SEL(1), 0x1008, call, sizeof call, 0);
    expect("expand-down: far CALL, ESP=1006h", LDT_SEL(1), 0x1006, call, sizeof call, 1);
    expect("RETF, ESP=FFCh (pops FFCh-1003h)", LDT_SEL(0), 0xFFC, retf, sizeof retf, 1);
    expect("IRETD, ESP=FF8h (pops FF8h-1003h)", LDT_SEL(0), 0xFF8, iretd, sizeof iretd, 1);
    expect("expand-down: RETF, ESP=FFEh", LDT_SEL(1), 0xFFE, retf, sizeof retf, 1);
    printf("%s\n", fails ? "host CPU DIFFERS" : "host CPU agrees with the guest test");
    return fails != 0;
}

/* Cross-checks seg_checks.asm and the LOCK rule of exc_ud.asm on the host CPU (x86-64
 * Linux): the same accesses run in 32-bit compatibility-mode code through LDT segments
 * made with modify_ldt(2), and a fault (SIGSEGV/SIGBUS/SIGILL) or its absence is reported.
 * Not part of the test suite: QEMU's TCG skips these checks, so this is the evidence that
 * the guest tests expect what hardware does. Build: cc -O1 -o segchk seg_checks_host.c */
#define _GNU_SOURCE
#include <asm/ldt.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
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

static void set_ldt(int entry, uint32_t base, uint32_t limit, int contents, int ro,
                    int pages, int seg32)
{
    struct user_desc d;
    memset(&d, 0, sizeof d);
    d.entry_number = entry;
    d.base_addr = base;
    d.limit = limit;
    d.seg_32bit = seg32;
    d.contents = contents;          /* 0 data, 1 expand-down data, 2 code */
    d.read_exec_only = ro;
    d.limit_in_pages = pages;
    d.useable = 1;
    if (syscall(SYS_modify_ldt, 1, &d, sizeof d) != 0) {
        perror("modify_ldt");
        _exit(2);
    }
}

#define LDT_SEL(n) (((n) << 3) | 7)

/* 32-bit code: (ES/SS loads happen inside the snippet) then LRET to the trampoline. */
static uint8_t *low;                /* MAP_32BIT: code, trampoline, stack, data */

static int run32(const uint8_t *code, size_t len)
{
    uint8_t *c32 = low + 0x1000, *tramp = low;
    memcpy(c32, code, len);
    c32[len] = 0xCB;                /* retf (32-bit) */
    /* trampoline (64-bit): save rsp in rbx... switch to a low stack, lcall 0x23:c32 */
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
    farp[1] = 0x23;                 /* __USER32_CS */
    got_sig = 0;
    if (sigsetjmp(jb, 1) == 0) {
        void (*fn)(void *, void *) = (void (*)(void *, void *))tramp;
        fn(low + 0x3000, farp);
    }
    /* restore the data segments the snippet may have changed */
    __asm__ volatile("mov %0, %%es; mov %0, %%ds" : : "r"(0x2B));
    return got_sig;
}

static int fails;
static void expect(const char *what, const uint8_t *code, size_t len, int want_sig)
{
    int sig = run32(code, len);
    int ok = want_sig ? sig != 0 : sig == 0;
    printf("%-52s %-10s %s\n", what, sig ? (sig == SIGSEGV ? "SIGSEGV" : sig == SIGBUS ? "SIGBUS" : "SIGILL") : "no fault",
           ok ? "as the guest test expects" : "DIFFERENT FROM THE GUEST TEST");
    fails += !ok;
}

/* mov ax, sel; mov es, ax */
#define LOAD_ES(sel) 0x66, 0xB8, (sel) & 0xFF, (sel) >> 8, 0x8E, 0xC0

int main(void)
{
    low = mmap(NULL, 0x20000, PROT_READ | PROT_WRITE | PROT_EXEC,
               MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);
    if (low == MAP_FAILED) {
        perror("mmap");
        return 2;
    }
    uint32_t data = (uint32_t)(uintptr_t)(low + 0x8000);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_fault;
    sa.sa_flags = SA_NODEFER;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGILL, &sa, NULL);

    set_ldt(0, data, 0xFFF, 0, 0, 0, 1);            /* small data, limit 0xFFF */
    set_ldt(1, 0, 0xFFFFF, 0, 1, 1, 1);             /* read-only flat data */
    set_ldt(2, data, 0xFFF, 1, 0, 0, 1);            /* expand-down, B=1 */
    set_ldt(3, data, 0xFFFF, 0, 0, 0, 1);           /* stack segment, limit 0xFFFF */
    set_ldt(4, (uint32_t)(uintptr_t)low, 0x7FFF, 2, 0, 0, 1);   /* code, limit 0x7FFF */
    set_ldt(5, (uint32_t)(uintptr_t)low, 0xFFFF, 2, 0, 0, 1);   /* the same, limit 0xFFFF */
    low[0x9000] = 0xCB;             /* retf: where the far JMPs land if allowed */

    { const uint8_t c[] = { LOAD_ES(LDT_SEL(0)), 0x26, 0x8B, 0x05, 0xFC, 0x0F, 0, 0 };
      expect("mov eax, [es:0xFFC] (limit 0xFFF)", c, sizeof c, 0); }
    { const uint8_t c[] = { LOAD_ES(LDT_SEL(0)), 0x26, 0x8A, 0x05, 0xFF, 0x0F, 0, 0 };
      expect("mov al, [es:0xFFF]", c, sizeof c, 0); }
    { const uint8_t c[] = { LOAD_ES(LDT_SEL(0)), 0x26, 0x8A, 0x05, 0x00, 0x10, 0, 0 };
      expect("mov al, [es:0x1000]", c, sizeof c, 1); }
    { const uint8_t c[] = { LOAD_ES(LDT_SEL(0)), 0x26, 0x8B, 0x05, 0xFD, 0x0F, 0, 0 };
      expect("mov eax, [es:0xFFD] (straddles the limit)", c, sizeof c, 1); }
    { const uint8_t c[] = { LOAD_ES(LDT_SEL(0)), 0x66, 0x26, 0x8B, 0x05, 0xFF, 0x0F, 0, 0 };
      expect("mov ax, [es:0xFFF] (word at the last byte)", c, sizeof c, 1); }
    { const uint8_t c[] = { LOAD_ES(LDT_SEL(2)), 0x26, 0x8B, 0x05, 0x00, 0x10, 0, 0 };
      expect("expand-down: mov eax, [es:0x1000]", c, sizeof c, 0); }
    { const uint8_t c[] = { LOAD_ES(LDT_SEL(2)), 0x26, 0x8B, 0x05, 0x00, 0x08, 0, 0 };
      expect("expand-down: mov eax, [es:0x800]", c, sizeof c, 1); }
    { const uint8_t c[] = { LOAD_ES(LDT_SEL(2)), 0x26, 0x8B, 0x05, 0xFE, 0x0F, 0, 0 };
      expect("expand-down: mov eax, [es:0xFFE]", c, sizeof c, 1); }
    uint32_t d0 = data;
    { const uint8_t c[] = { LOAD_ES(LDT_SEL(1)), 0x26, 0x8B, 0x05, d0, d0 >> 8, d0 >> 16, d0 >> 24 };
      expect("read-only data: read", c, sizeof c, 0); }
    { const uint8_t c[] = { LOAD_ES(LDT_SEL(1)), 0x26, 0xC7, 0x05, d0, d0 >> 8, d0 >> 16, d0 >> 24, 1, 0, 0, 0 };
      expect("read-only data: write", c, sizeof c, 1); }
    { const uint8_t c[] = { 0x2E, 0x89, 0x05, d0, d0 >> 8, d0 >> 16, d0 >> 24 };
      expect("write through CS", c, sizeof c, 1); }
    { const uint8_t c[] = { 0x31, 0xC0, 0x8E, 0xC0, 0x26, 0x8B, 0x05, d0, d0 >> 8, d0 >> 16, d0 >> 24 };
      expect("null ES: read", c, sizeof c, 1); }
    /* SS: save SS in ECX, load the small stack, read [ss:...], restore */
    { const uint8_t c[] = { 0x8C, 0xD1,
                            0x66, 0xB8, LDT_SEL(3) & 0xFF, 0, 0x8E, 0xD0,
                            0x36, 0x8B, 0x05, 0xFC, 0xFF, 0x00, 0x00,       /* mov eax, [ss:0xFFFC] */
                            0x8E, 0xD1 };
      expect("SS limit 0xFFFF: mov eax, [ss:0xFFFC]", c, sizeof c, 0); }
    { const uint8_t c[] = { 0x8C, 0xD1,                     /* mov ecx, ss */
                            0x66, 0xB8, LDT_SEL(3) & 0xFF, 0, 0x8E, 0xD0,   /* mov ss, ax */
                            0x36, 0x8B, 0x05, 0x00, 0x00, 0x01, 0x00,       /* mov eax, [ss:0x10000] */
                            0x8E, 0xD1 };                   /* mov ss, ecx */
      expect("SS limit 0xFFFF: mov eax, [ss:0x10000]", c, sizeof c, 1); }
    { const uint8_t c[] = { 0xEA, 0x00, 0x90, 0x00, 0x00, LDT_SEL(5) & 0xFF, 0 };
      expect("jmp far to offset 0x9000, code limit 0xFFFF", c, sizeof c, 0); }
    { const uint8_t c[] = { 0xEA, 0x00, 0x90, 0x00, 0x00, LDT_SEL(4) & 0xFF, 0 };
      expect("jmp far to offset 0x9000, code limit 0x7FFF", c, sizeof c, 1); }
    { const uint8_t c[] = { 0xBB, d0, d0 >> 8, d0 >> 16, d0 >> 24, 0xF0, 0x8B, 0x03 };
      expect("lock mov eax, [ebx]", c, sizeof c, 1); }
    printf("%s\n", fails ? "host CPU DIFFERS" : "host CPU agrees with the guest tests");
    return fails != 0;
}

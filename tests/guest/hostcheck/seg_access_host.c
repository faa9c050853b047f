/* Cross-checks seg_access.asm on the host CPU (x86-64 Linux): string instructions, null
 * FS/GS, 16-bit expand-down segments, x87 operands, an execute-only code segment and near
 * transfers past a 32-bit code segment's limit, run in 32-bit compatibility-mode code
 * through LDT segments (modify_ldt(2)). Beyond fault / no fault it reports the registers
 * the fault left (ECX/ESI/EDI of a REP string instruction, ESP after CALL/RET, x87 TOP), taken
 * from the signal context. Not part of the test suite (QEMU's TCG skips these checks; this
 * is the hardware evidence). Build: cc -O1 -o segacc seg_access_host.c */
#define _GNU_SOURCE
#include <asm/ldt.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/ucontext.h>
#include <unistd.h>

#define LDT_SEL(n) (((n) << 3) | 7)

/* Snippets (nasm -f bin, bits 32); LDT selectors as numbers: 7 = entry 0, 15 = 1 ... GS stands
 * in for the guest test's FS: 64-bit glibc keeps its thread pointer in FS. */
/* mov ax, 7 / mov es, ax / mov edi, 0xFF8 / mov ecx, 4 / rep stosd */
static const uint8_t rep_stosd[] = { 0x66, 0xB8, 0x07, 0x00, 0x8E, 0xC0, 0xBF, 0xF8, 0x0F, 0x00, 0x00, 0xB9, 0x04, 0x00, 0x00, 0x00, 0xF3, 0xAB };
/* mov ax, 7 / mov es, ax / mov edi, 2 / mov ecx, 5 / std / rep stosb */
static const uint8_t rep_stosb_down[] = { 0x66, 0xB8, 0x07, 0x00, 0x8E, 0xC0, 0xBF, 0x02, 0x00, 0x00, 0x00, 0xB9, 0x05, 0x00, 0x00, 0x00, 0xFD, 0xF3, 0xAA };
/* mov ax, 7 / mov gs, ax / mov ax, 15 / mov es, ax / mov esi, 0xFFE / mov edi, 0x100 / mov ecx, 5 / rep gs movsb */
static const uint8_t rep_gs_movsb[] = { 0x66, 0xB8, 0x07, 0x00, 0x8E, 0xE8, 0x66, 0xB8, 0x0F, 0x00, 0x8E, 0xC0, 0xBE, 0xFE, 0x0F, 0x00, 0x00, 0xBF, 0x00, 0x01, 0x00, 0x00, 0xB9, 0x05, 0x00, 0x00, 0x00, 0xF3, 0x65, 0xA4 };
/* xor eax, eax / mov gs, ax / mov esi, 0x1234 / gs lodsd */
static const uint8_t gs_null_lodsd[] = { 0x31, 0xC0, 0x8E, 0xE8, 0xBE, 0x34, 0x12, 0x00, 0x00, 0x65, 0xAD };
/* xor eax, eax / mov gs, ax / mov ebx, esp / push dword [gs:0x100] */
static const uint8_t gs_null_push[] = { 0x31, 0xC0, 0x8E, 0xE8, 0x89, 0xE3, 0x65, 0xFF, 0x35, 0x00, 0x01, 0x00, 0x00 };
/* mov ax, 23 / mov es, ax / mov eax, [es:0x1000] / mov eax, [es:0xFFFC] */
static const uint8_t xd16_ok[] = { 0x66, 0xB8, 0x17, 0x00, 0x8E, 0xC0, 0x26, 0xA1, 0x00, 0x10, 0x00, 0x00, 0x26, 0xA1, 0xFC, 0xFF, 0x00, 0x00 };
/* mov ax, 23 / mov es, ax / mov eax, [es:0xFFFD] */
static const uint8_t xd16_fffd[] = { 0x66, 0xB8, 0x17, 0x00, 0x8E, 0xC0, 0x26, 0xA1, 0xFD, 0xFF, 0x00, 0x00 };
/* mov ax, 23 / mov es, ax / mov al, [es:0x10000] */
static const uint8_t xd16_10000[] = { 0x66, 0xB8, 0x17, 0x00, 0x8E, 0xC0, 0x26, 0xA0, 0x00, 0x00, 0x01, 0x00 };
/* mov ax, 7 / mov es, ax / fninit / fld1 / fstp qword [es:0xFFC] */
static const uint8_t x87_fstp[] = { 0x66, 0xB8, 0x07, 0x00, 0x8E, 0xC0, 0xDB, 0xE3, 0xD9, 0xE8, 0x26, 0xDD, 0x1D, 0xFC, 0x0F, 0x00, 0x00 };
/* mov ax, 7 / mov es, ax / fnstcw [es:0xFFF] */
static const uint8_t x87_fnstcw[] = { 0x66, 0xB8, 0x07, 0x00, 0x8E, 0xC0, 0x26, 0xD9, 0x3D, 0xFF, 0x0F, 0x00, 0x00 };
/* mov ax, 7 / mov es, ax / fld dword [es:0xFFD] */
static const uint8_t x87_fld[] = { 0x66, 0xB8, 0x07, 0x00, 0x8E, 0xC0, 0x26, 0xD9, 0x05, 0xFD, 0x0F, 0x00, 0x00 };
/* jmp 31:0x9100 */
static const uint8_t xo_read[] = { 0xEA, 0x00, 0x91, 0x00, 0x00, 0x1F, 0x00 };
/* jmp 39:0x9200 */
static const uint8_t lc_jmp[] = { 0xEA, 0x00, 0x92, 0x00, 0x00, 0x27, 0x00 };
/* jmp 39:0x9300 */
static const uint8_t lc_call[] = { 0xEA, 0x00, 0x93, 0x00, 0x00, 0x27, 0x00 };
/* jmp 39:0x9400 */
static const uint8_t lc_ret[] = { 0xEA, 0x00, 0x94, 0x00, 0x00, 0x27, 0x00 };
/* jmp 39:0x9500 */
static const uint8_t lc_ok[] = { 0xEA, 0x00, 0x95, 0x00, 0x00, 0x27, 0x00 };
/* at offset 0x9100: mov eax, [cs:0] / retf */
static const uint8_t xo_target[] = { 0x2E, 0xA1, 0x00, 0x00, 0x00, 0x00, 0xCB };
/* at offset 0x9200: jmp 0xA000 */
static const uint8_t lc_jmp_target[] = { 0xE9, 0xFB, 0x0D, 0x00, 0x00 };
/* at offset 0x9300: mov ebx, esp / call 0xA000 */
static const uint8_t lc_call_target[] = { 0x89, 0xE3, 0xE8, 0xF9, 0x0C, 0x00, 0x00 };
/* at offset 0x9400: mov ebx, esp / push dword 0xA000 / ret */
static const uint8_t lc_ret_target[] = { 0x89, 0xE3, 0x68, 0x00, 0xA0, 0x00, 0x00, 0xC3 };
/* at offset 0x9500: call 0x9F00 / retf */
static const uint8_t lc_ok_target[] = { 0xE8, 0xFB, 0x09, 0x00, 0x00, 0xCB };
/* at offset 0x9F00: mov eax, 0x1234 / ret */
static const uint8_t lc_sub[] = { 0xB8, 0x34, 0x12, 0x00, 0x00, 0xC3 };


static sigjmp_buf fault_jmp;
static volatile int fault_sig;
static volatile uint32_t f_ecx, f_esi, f_edi, f_esp, f_ebx, f_eip, f_top;

static void on_fault(int sig, siginfo_t *si, void *ctx)
{
    ucontext_t *uc = ctx;
    greg_t *g = uc->uc_mcontext.gregs;
    (void)si;
    fault_sig = sig;
    f_ecx = (uint32_t)g[REG_RCX];
    f_esi = (uint32_t)g[REG_RSI];
    f_edi = (uint32_t)g[REG_RDI];
    f_esp = (uint32_t)g[REG_RSP];
    f_ebx = (uint32_t)g[REG_RBX];
    f_eip = (uint32_t)g[REG_RIP];
    f_top = uc->uc_mcontext.fpregs ? (uc->uc_mcontext.fpregs->swd >> 11) & 7 : 99;
    siglongjmp(fault_jmp, 1);
}

static void set_ldt(int entry, uint32_t base, uint32_t limit, int contents, int ro, int pages,
                    int seg32)
{
    struct user_desc d;
    memset(&d, 0, sizeof d);
    d.entry_number = (unsigned)entry;
    d.base_addr = base;
    d.limit = limit;
    d.seg_32bit = (unsigned)seg32;
    d.contents = (unsigned)contents;  /* 0 data, 1 expand-down data, 2 code */
    d.read_exec_only = (unsigned)ro;  /* data: read-only; code: execute-only */
    d.limit_in_pages = (unsigned)pages;
    d.useable = 1;
    if (syscall(SYS_modify_ldt, 1, &d, sizeof d) != 0) {
        perror("modify_ldt");
        _exit(2);
    }
}

static uint8_t *low; /* MAP_32BIT: trampoline, code, stack, data; the LDT segments' base */

/* Runs code in the 32-bit user code segment (0x23) through a 64-bit trampoline that
 * switches to a low stack and far-calls it; the code ends with RETF. Returns the signal. */
static int run32(const uint8_t *code, size_t len)
{
    static const uint8_t tramp[] = {
        0x53,             /* push rbx */
        0x48, 0x89, 0xE3, /* mov rbx, rsp */
        0x48, 0x89, 0xFC, /* mov rsp, rdi (low stack) */
        0xFF, 0x1E,       /* lcall [rsi] (m16:32); the 32-bit code keeps EBX */
        0x48, 0x89, 0xDC, /* mov rsp, rbx */
        0x5B,             /* pop rbx */
        0xC3,             /* ret */
    };
    uint8_t *c32 = low + 0x1000;
    memcpy(low, tramp, sizeof tramp);
    memcpy(c32, code, len);
    c32[len] = 0xCB; /* retf */
    uint32_t *farp = (uint32_t *)(low + 0x800);
    farp[0] = (uint32_t)(uintptr_t)c32;
    farp[1] = 0x23;
    fault_sig = 0;
    if (sigsetjmp(fault_jmp, 1) == 0) {
        void (*fn)(void *, void *) = (void (*)(void *, void *))(void *)low;
        fn(low + 0x3000, farp);
    }
    /* the fault may have left DF set and data segments changed */
    __asm__ volatile("cld; mov %0, %%es; mov %0, %%ds" : : "r"(0x2B));
    return fault_sig;
}

static int fails;

static void report(const char *what, int ok, const char *got)
{
    printf("%-58s %-28s %s\n", what, got, ok ? "as the guest test expects" : "DIFFERENT FROM THE GUEST TEST");
    fails += !ok;
}

static void expect_fault(const char *what, const uint8_t *code, size_t len, int want)
{
    int sig = run32(code, len);
    report(what, want ? sig != 0 : sig == 0, sig ? "fault" : "no fault");
}

int main(void)
{
    char got[64];
    low = mmap(NULL, 0x20000, PROT_READ | PROT_WRITE | PROT_EXEC,
               MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);
    if (low == MAP_FAILED) {
        perror("mmap");
        return 2;
    }
    uint32_t base = (uint32_t)(uintptr_t)low, data = base + 0x8000;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGILL, &sa, NULL);

    set_ldt(0, data, 0xFFF, 0, 0, 0, 1);      /* 7: small data, limit 0xFFF */
    set_ldt(1, base, 0x1FFFF, 0, 0, 0, 1);    /* 15: data over the whole mapping */
    set_ldt(2, data, 0xFFF, 1, 0, 0, 0);      /* 23: expand-down, B=0 */
    set_ldt(3, base, 0xFFFF, 2, 1, 0, 1);     /* 31: execute-only code */
    set_ldt(4, base, 0x9FFF, 2, 0, 0, 1);     /* 39: code, limit 0x9FFF */
    memcpy(low + 0x9100, xo_target, sizeof xo_target);
    memcpy(low + 0x9200, lc_jmp_target, sizeof lc_jmp_target);
    memcpy(low + 0x9300, lc_call_target, sizeof lc_call_target);
    memcpy(low + 0x9400, lc_ret_target, sizeof lc_ret_target);
    memcpy(low + 0x9500, lc_ok_target, sizeof lc_ok_target);
    memcpy(low + 0x9F00, lc_sub, sizeof lc_sub);

    int sig = run32(rep_stosd, sizeof rep_stosd);
    snprintf(got, sizeof got, "%s ECX=%u EDI=%#x", sig ? "fault" : "no fault", f_ecx, f_edi);
    report("rep stosd, ES limit 0xFFF, EDI=0xFF8 ECX=4", sig && f_ecx == 2 && f_edi == 0x1000, got);
    sig = run32(rep_stosb_down, sizeof rep_stosb_down);
    snprintf(got, sizeof got, "%s ECX=%u EDI=%#x", sig ? "fault" : "no fault", f_ecx, f_edi);
    report("std; rep stosb, EDI=2 ECX=5", sig && f_ecx == 2 && f_edi == 0xFFFFFFFF, got);
    sig = run32(rep_gs_movsb, sizeof rep_gs_movsb);
    snprintf(got, sizeof got, "%s ECX=%u ESI=%#x EDI=%#x", sig ? "fault" : "no fault", f_ecx, f_esi,
             f_edi);
    report("rep gs movsb, GS limit 0xFFF, ESI=0xFFE ECX=5", sig && f_ecx == 3 && f_esi == 0x1000 &&
           f_edi == 0x102, got);
    sig = run32(gs_null_lodsd, sizeof gs_null_lodsd);
    snprintf(got, sizeof got, "%s ESI=%#x", sig ? "fault" : "no fault", f_esi);
    report("gs lodsd, null GS", sig && f_esi == 0x1234, got);
    sig = run32(gs_null_push, sizeof gs_null_push);
    snprintf(got, sizeof got, "%s ESP-EBX=%d", sig ? "fault" : "no fault", (int)(f_esp - f_ebx));
    report("push dword [gs:0x100], null GS", sig && f_esp == f_ebx, got);
    expect_fault("expand-down B=0: [es:0x1000], [es:0xFFFC] dwords", xd16_ok, sizeof xd16_ok, 0);
    expect_fault("expand-down B=0: dword [es:0xFFFD]", xd16_fffd, sizeof xd16_fffd, 1);
    expect_fault("expand-down B=0: byte [es:0x10000]", xd16_10000, sizeof xd16_10000, 1);
    sig = run32(x87_fstp, sizeof x87_fstp);
    snprintf(got, sizeof got, "%s TOP=%u", sig ? "fault" : "no fault", f_top);
    report("fld1; fstp qword [es:0xFFC], limit 0xFFF", sig && f_top == 7, got);
    expect_fault("fnstcw [es:0xFFF]", x87_fnstcw, sizeof x87_fnstcw, 1);
    expect_fault("fld dword [es:0xFFD]", x87_fld, sizeof x87_fld, 1);
    expect_fault("mov eax, [cs:0] in an execute-only segment", xo_read, sizeof xo_read, 1);
    sig = run32(lc_jmp, sizeof lc_jmp);
    snprintf(got, sizeof got, "%s EIP=%#x", sig ? "fault" : "no fault", f_eip);
    report("jmp 0xA000 in code limit 0x9FFF", sig && f_eip == 0x9200, got);
    sig = run32(lc_call, sizeof lc_call);
    snprintf(got, sizeof got, "%s EIP=%#x ESP-EBX=%d", sig ? "fault" : "no fault", f_eip,
             (int)(f_esp - f_ebx));
    report("call 0xA000 in code limit 0x9FFF", sig && f_eip == 0x9302 && f_esp == f_ebx, got);
    sig = run32(lc_ret, sizeof lc_ret);
    snprintf(got, sizeof got, "%s EIP=%#x ESP-EBX=%d", sig ? "fault" : "no fault", f_eip,
             (int)(f_esp - f_ebx));
    report("push 0xA000; ret in code limit 0x9FFF", sig && f_eip == 0x9407 && f_esp == f_ebx - 4,
           got);
    expect_fault("call/ret within code limit 0x9FFF", lc_ok, sizeof lc_ok, 0);
    printf("%s\n", fails ? "host CPU DIFFERS" : "host CPU agrees with the guest test");
    return fails != 0;
}

/* ssediff's native runner: the sequence runs on the host CPU in this 64-bit process. The
 * generated instructions mean the same in 64-bit mode as in 32-bit code (no REX bytes, no
 * stack, [ebx+disp32] with a zero-extended EBX below 4 GiB), so no mode switch is needed.
 * A trampoline loads the FXSAVE image, EFLAGS and the GPRs, calls the sequence (it ends
 * with RET) and stores everything back; an exception arrives as a signal whose context
 * gives the state at the faulting instruction. */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>
#include "ssediff.h"

typedef struct NativeCtx {
    uint8_t fx_in[512];   /* 0 */
    uint8_t fx_out[512];  /* 512 */
    uint32_t gpr_in[8];   /* 1024 */
    uint32_t gpr_out[8];  /* 1056 */
    uint64_t efl_in;      /* 1088 */
    uint64_t efl_out;     /* 1096 */
    uint64_t code;        /* 1104 */
    uint32_t mxcsr_c;     /* 1112: MXCSR for the C code afterwards */
} NativeCtx;

_Static_assert(offsetof(NativeCtx, gpr_in) == 1024 && offsetof(NativeCtx, efl_in) == 1088 &&
               offsetof(NativeCtx, code) == 1104 && offsetof(NativeCtx, mxcsr_c) == 1112,
               "trampoline offsets");

void sd_native_enter(NativeCtx *ctx);
__asm__(
    ".pushsection .text\n"
    ".type sd_native_enter, @function\n"
    "sd_native_enter:\n"
    "  push %rbx\n  push %rbp\n  push %r12\n  push %r13\n  push %r14\n  push %r15\n"
    "  mov %rdi, %r15\n"
    "  fxrstor (%r15)\n"
    "  pushq 1088(%r15)\n  popfq\n"
    "  mov 1024(%r15), %eax\n  mov 1028(%r15), %ecx\n  mov 1032(%r15), %edx\n"
    "  mov 1036(%r15), %ebx\n  mov 1044(%r15), %ebp\n  mov 1048(%r15), %esi\n"
    "  mov 1052(%r15), %edi\n"
    "  call *1104(%r15)\n"
    "  pushfq\n  popq 1096(%r15)\n"
    "  mov %eax, 1056(%r15)\n  mov %ecx, 1060(%r15)\n  mov %edx, 1064(%r15)\n"
    "  mov %ebx, 1068(%r15)\n  mov %ebp, 1076(%r15)\n  mov %esi, 1080(%r15)\n"
    "  mov %edi, 1084(%r15)\n"
    "  fxsave 512(%r15)\n"
    "  fninit\n"
    "  ldmxcsr 1112(%r15)\n"
    "  pop %r15\n  pop %r14\n  pop %r13\n  pop %r12\n  pop %rbp\n  pop %rbx\n"
    "  ret\n"
    ".size sd_native_enter, .-sd_native_enter\n"
    ".popsection\n");

static NativeCtx ctx __attribute__((aligned(64)));
static sigjmp_buf fault_jmp;
static SdResult *fault_out;

static void on_fault(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    greg_t *g = uc->uc_mcontext.gregs;
    static const int map[8] = { REG_RAX, REG_RCX, REG_RDX, REG_RBX, REG_RSP, REG_RBP, REG_RSI,
                                REG_RDI };
    (void)sig;
    (void)si;
    uint64_t rip = (uint64_t)g[REG_RIP];
    if (rip < SD_SEQ_ADDR || rip >= SD_SEQ_ADDR + SD_SEQ_MAX) {
        /* not in the sequence: a bug in this program */
        static const char msg[] = "ssediff: fault outside the sequence\n";
        if (write(2, msg, sizeof msg - 1) < 0) {
        }
        _exit(3);
    }
    fault_out->vector = (int)g[REG_TRAPNO];
    fault_out->fault_off = (uint32_t)(rip - SD_SEQ_ADDR);
    for (int r = 0; r < 8; r++)
        fault_out->st.gpr[r] = (uint32_t)g[map[r]];
    fault_out->st.eflags = (uint32_t)g[REG_EFL];
    if (uc->uc_mcontext.fpregs)
        memcpy(fault_out->st.fx, uc->uc_mcontext.fpregs, 512);
    siglongjmp(fault_jmp, 1);
}

bool sd_native_init(char *err, size_t errlen)
{
    void *code = mmap((void *)(uintptr_t)SD_CODE_BASE, SD_CODE_SIZE,
                      PROT_READ | PROT_WRITE | PROT_EXEC,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    void *data = mmap((void *)(uintptr_t)SD_DATA_BASE, SD_DATA_SIZE, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (code != (void *)(uintptr_t)SD_CODE_BASE || data != (void *)(uintptr_t)SD_DATA_BASE) {
        snprintf(err, errlen, "cannot map code/data at %#x/%#x", SD_CODE_BASE, SD_DATA_BASE);
        return false;
    }
    static uint8_t fx[512] __attribute__((aligned(16)));
    memset(fx, 0, sizeof fx);
    __asm__ volatile("fxsave %0" : "=m"(fx));
    memcpy(&sd_host_mxcsr_mask, fx + 28, 4);
    if (!sd_host_mxcsr_mask)
        sd_host_mxcsr_mask = 0xFFBF; /* SDM vol. 1, 11.6.6: 0 means the default mask */
    static uint8_t altstack[65536];
    stack_t ss = { .ss_sp = altstack, .ss_size = sizeof altstack };
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGILL, &sa, NULL);
    sigaction(SIGFPE, &sa, NULL);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    return true;
}

void sd_native_run(const SdProgram *p, const SdState *in, const uint8_t *data, SdResult *r)
{
    memset(r, 0, sizeof *r);
    r->vector = -1;
    memcpy((void *)(uintptr_t)SD_SEQ_ADDR, p->code, p->len);
    __builtin___clear_cache((char *)(uintptr_t)SD_SEQ_ADDR,
                            (char *)(uintptr_t)(SD_SEQ_ADDR + p->len));
    memcpy((void *)(uintptr_t)SD_DATA_BASE, data, SD_DATA_SIZE);
    memcpy(ctx.fx_in, in->fx, 512);
    memcpy(ctx.gpr_in, in->gpr, sizeof ctx.gpr_in);
    ctx.efl_in = in->eflags;
    ctx.code = SD_SEQ_ADDR;
    ctx.mxcsr_c = 0x1F80;
    fault_out = r;
    if (sigsetjmp(fault_jmp, 1) == 0) {
        sd_native_enter(&ctx);
        memcpy(r->st.fx, ctx.fx_out, 512);
        memcpy(r->st.gpr, ctx.gpr_out, sizeof r->st.gpr);
        r->st.eflags = (uint32_t)ctx.efl_out;
    } else {
        /* the handler ran with a fresh FPU state; leave it clean for C */
        __asm__ volatile("fninit\n ldmxcsr %0" : : "m"(ctx.mxcsr_c));
    }
    memcpy(r->data, (void *)(uintptr_t)SD_DATA_BASE, SD_DATA_SIZE);
}

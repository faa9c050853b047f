; Entering and leaving IA-32e mode: real mode -> protected mode -> CR4.PAE, CR3 = PML4,
; EFER.LME -> CR0.PG (IA-32e mode active, EFER.LMA = 1, compatibility mode) -> far jump
; to a 64-bit code segment; then back to compatibility mode, exceptions there through the
; 64-bit IDT, and out of IA-32e mode by clearing CR0.PG (EFER.LMA = 0) into legacy
; protected mode. SDM vol. 3, 10.8.5 (initializing IA-32e mode), 10.8.5.4 (leaving it),
; 2.2.1 (EFER), 5.2.1 (code-segment L bit), 6.14 (64-bit IDT); CPUID 80000001H (vol. 2A).
; The MOV CR0 failures: SDM vol. 2, MOV—Move to/from Control Registers, protected-mode
; exceptions (#GP(0) for PG with LME=1 and PAE=0).
; QEMU 7.2 sets PG with LME=1 and PAE=0 without a fault (checked last).
; qemu-deviation: MOV CR0 with PG=1, EFER.LME=1, CR4.PAE=0 is #GP(0) (SDM vol. 2, MOV CR)
; expect-exit: 1
; expect-output: PASS
; qemu-binary: qemu-system-x86_64
%include "tern.inc"
%include "lm.inc"

[absolute TESTVARS]
var64: resq 1

TEST_START
    GO_PM32
    ; CPUID: long mode (EDX bit 29) and SYSCALL (bit 11) in 80000001H, LAHF-SAHF in
    ; 64-bit mode (ECX bit 0); max extended leaf >= 80000001H.
    mov eax, 0x80000000
    cpuid
    cmp eax, 0x80000001
    jae .ext_ok
    EXIT 90
.ext_ok:
    mov eax, 0x80000001
    cpuid
    and edx, (1 << 29) | (1 << 11)
    CHECK edx, (1 << 29) | (1 << 11), "CPUID.80000001H:EDX LM and SYSCALL"
    and ecx, 1
    CHECK ecx, 1, "CPUID.80000001H:ECX LAHF-SAHF"

    GO_LM64
    ; 64-bit mode: CS is the L=1 segment, EFER.LMA = LME = 1, CR0.PG and CR4.PAE set.
    mov ax, cs
    CHECKW ax, LM_SEL_CODE64
    mov ecx, MSR_EFER
    rdmsr
    and eax, (1 << 10) | (1 << 8)
    CHECKD eax, (1 << 10) | (1 << 8), "EFER.LMA and LME"
    mov rax, cr0
    bt rax, 31
    setc al
    CHECKB al, 1, "CR0.PG"
    ; 64-bit registers and addresses
    mov rax, 0x123456789ABCDEF0
    mov [var64], rax
    CHECKQ qword [var64], 0x123456789ABCDEF0
    mov rbx, LM_HIGH + var64              ; the same RAM through PML4 entry 511
    CHECKQ qword [rbx], 0x123456789ABCDEF0
    mov qword [rbx], -2
    CHECKQ qword [var64], 0xFFFFFFFFFFFFFFFE
    ; REX.W: 0x48 is a prefix here (a DEC EAX in 32-bit code)
    mov rcx, 5
    db 0x48, 0xFF, 0xC9                   ; dec rcx
    CHECKQ rcx, 4

    ; an exception in 64-bit mode (64-bit frame, saved RIP)
    EXC_ARM .ud64
.ud64_insn:
    ud2
.ud64:
    CHECK_EXCQ 6, NOERR, .ud64_insn
    CHECKD dword [exc_cs], LM_SEL_CODE64

    LM_TO_COMPAT
    ; compatibility mode: 0x48 is DEC EAX again, 32-bit operand size, EFER.LMA still 1
    mov eax, 10
    db 0x48                               ; dec eax
    CHECK eax, 9, "0x48 is DEC EAX in compatibility mode"
    mov ecx, MSR_EFER
    rdmsr
    and eax, 1 << 10
    CHECK eax, 1 << 10, "EFER.LMA in compatibility mode"
    ; exceptions still go through the 64-bit IDT (saved CS = the 32-bit selector)
    EXC_ARM .ud32
.ud32_insn:
    ud2
.ud32:
    CHECK_EXC 6, NOERR, .ud32_insn
    CHECK dword [exc_cs], SEL_CODE32
    ; back to 64-bit mode and again to compatibility mode
    LM_TO_64
    mov rax, -1
    CHECKQ rax, 0xFFFFFFFFFFFFFFFF
    LM_TO_COMPAT

    ; Leaving IA-32e mode (10.8.5.4): clear CR0.PG in compatibility mode: LMA = 0.
    mov eax, cr0
    and eax, ~(1 << 31)
    mov cr0, eax
    jmp .legacy
.legacy:
    mov ecx, MSR_EFER
    rdmsr
    mov ebx, eax
    and ebx, 1 << 10
    CHECK ebx, 0, "EFER.LMA cleared with CR0.PG"
    and eax, ~(1 << 8)
    wrmsr
    mov eax, cr4
    and eax, ~(1 << 5)
    mov cr4, eax
    lidt [lib_idtr32]
    ; legacy protected mode: 32-bit IDT gates again
    EXC_ARM .ud_pm
.ud_pm_insn:
    ud2
.ud_pm:
    CHECK_EXC 6, NOERR, .ud_pm_insn
    mov eax, 1
    db 0x48                               ; dec eax
    CHECK eax, 0

    QEMU_DEVIATION "no #GP for CR0.PG with EFER.LME=1 and CR4.PAE=0"
    ; CR0.PG with EFER.LME=1 but CR4.PAE=0 is #GP(0), and nothing changes.
    mov ecx, MSR_EFER
    rdmsr
    or eax, 1 << 8
    wrmsr
    mov ebx, cr0
    mov eax, ebx
    or eax, 1 << 31
    EXC_ARM .pg_fault
.pg_insn:
    mov cr0, eax
.pg_fault:
    CHECK_EXC 13, 0, .pg_insn
    mov eax, cr0
    CHECK eax, ebx, "CR0 unchanged after the #GP"
    mov ecx, MSR_EFER
    rdmsr
    and eax, ~(1 << 8)
    wrmsr

    PASS

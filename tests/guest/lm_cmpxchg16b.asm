; CMPXCHG16B m128 (REX.W 0F C7 /1): compares RDX:RAX with the 16 bytes; equal: ZF = 1 and
; RCX:RBX is stored; unequal: ZF = 0 and the memory is loaded into RDX:RAX. Only ZF
; changes. The operand must be 16-byte aligned (#GP(0)). CPUID.01H:ECX.CX16 (bit 13)
; reports it. CMPXCHG8B (no REX.W) still works in 64-bit mode on EDX:EAX.
; SDM vol. 2A, CMPXCHG8B/CMPXCHG16B; CPUID table 3-10.
; expect-exit: 1
; expect-output: PASS
; qemu-binary: qemu-system-x86_64
%include "tern.inc"
%include "lm.inc"

[absolute TESTVARS]
alignb 16
m128: resq 2
m8:   resq 1
      resq 1

TEST_START
    GO_PM32
    GO_LM64
    mov eax, 1
    cpuid
    and ecx, 1 << 13
    CHECKD ecx, 1 << 13, "CPUID.01H:ECX.CX16"
    ; equal: stored, ZF = 1, other flags kept
    mov rax, 0x1111111111111111
    mov [m128], rax
    mov rax, 0x2222222222222222
    mov [m128 + 8], rax
    mov rax, 0x1111111111111111
    mov rdx, 0x2222222222222222
    mov rbx, 0xAAAAAAAAAAAAAAAA
    mov rcx, 0xBBBBBBBBBBBBBBBB
    SETFQ F_CF | F_SF
    lock cmpxchg16b [m128]
    CHECK_FLAGSQ F_ARITH, F_CF | F_SF | F_ZF
    CHECKQ qword [m128], 0xAAAAAAAAAAAAAAAA
    CHECKQ qword [m128 + 8], 0xBBBBBBBBBBBBBBBB
    CHECKQ rax, 0x1111111111111111, "RAX unchanged when equal"
    CHECKQ rdx, 0x2222222222222222
    ; unequal (low halves equal, high differ): loaded, ZF = 0, memory unchanged
    mov rax, 0xAAAAAAAAAAAAAAAA
    mov rdx, 0
    SETFQ F_ZF | F_OF
    cmpxchg16b [m128]
    CHECK_FLAGSQ F_ARITH, F_OF
    CHECKQ rax, 0xAAAAAAAAAAAAAAAA
    CHECKQ rdx, 0xBBBBBBBBBBBBBBBB
    CHECKQ qword [m128], 0xAAAAAAAAAAAAAAAA
    CHECKQ qword [m128 + 8], 0xBBBBBBBBBBBBBBBB
    ; misaligned: #GP(0), nothing changes
    mov rax, 0
    mov rdx, 0
    mov rsi, m128 + 8
    EXC_ARM .gp_done
.gp_insn:
    cmpxchg16b [rsi]
.gp_done:
    CHECK_EXCQ 13, 0, .gp_insn
    CHECKQ rax, 0
    CHECKQ rdx, 0
    ; CMPXCHG8B in 64-bit mode: EDX:EAX vs m64, ECX:EBX stored
    mov qword [m8], 0x12345678
    mov eax, 0x12345678
    mov edx, 0
    mov ebx, 0xCAFEBABE
    mov ecx, 0xDEADBEEF
    cmpxchg8b [m8]
    CHECK_FLAGSQ F_ZF, F_ZF
    CHECKQ qword [m8], 0xDEADBEEFCAFEBABE
    mov rax, -1
    mov rdx, -1
    cmpxchg8b [m8]                          ; unequal: EDX:EAX loaded, upper halves cleared
    CHECK_FLAGSQ F_ZF, 0
    CHECKQ rax, 0xCAFEBABE
    CHECKQ rdx, 0xDEADBEEF
    PASSQ

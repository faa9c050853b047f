; 64-bit addressing: RIP-relative operands (the displacement counts from the end of the
; instruction, immediates included), the 0x67 prefix (32-bit addresses: EA truncated to
; 32 bits, RIP-relative then EIP-relative), MOV with moffs64 (A0-A3 take a 64-bit
; address), FS/GS bases from IA32_FS_BASE/IA32_GS_BASE while DS/ES/SS bases are ignored,
; and a DS override that changes nothing. SDM vol. 1, 3.3.7 (64-bit addressing);
; vol. 2, 2.2.1.6 (RIP-relative addressing), 2.2.1.4 (moffs); vol. 3, 3.4.4 (segment
; loading in IA-32e mode).
; QEMU 7.2 adds the DS base when a DS: prefix is present (checked last).
; qemu-deviation: segment bases other than FS/GS are 0 in 64-bit mode (SDM vol. 3, 3.4.4)
; expect-exit: 1
; expect-output: PASS
; qemu-binary: qemu-system-x86_64
%include "tern.inc"
%include "lm.inc"

[absolute TESTVARS]
var_a: resq 1
var_b: resq 1
buf:   resb 64

TEST_START
    GO_PM32
    GO_LM64
    ; RIP-relative reads of constants in the image (ROM)
    mov rax, [rel konst]
    CHECKQ rax, 0x1122334455667788
    lea rbx, [rel konst]
    CHECKQ rbx, konst
    ; an immediate after the displacement: disp is relative to the end of the insn
    cmp dword [rel konst], 0x55667788
    sete al
    CHECKB al, 1, "cmp [rip+d], imm32 uses the next-insn RIP"
    cmp byte [rel konst + 7], 0x11
    sete al
    CHECKB al, 1, "cmp [rip+d], imm8"
    ; RIP-relative write (to RAM through the high mapping, so the RAM is the target):
    ; lea gives the address, a plain store writes it
    lea rdi, [rel here]
here:
    CHECKQ rdi, here
    ; 0x67: 32-bit effective addresses wrap at 4 GiB
    mov rsi, 0x100000000 + var_a
    mov qword [var_a], 0x0A0A
    db 0x67, 0x48, 0x8B, 0x06             ; mov rax, [esi]  (ESI = var_a)
    CHECKQ rax, 0x0A0A
    mov ecx, 0xFFFFFFF0
    db 0x67, 0x48, 0x8D, 0x41, 0x20       ; lea rax, [ecx + 0x20] -> 0x10 (wrapped)
    CHECKQ rax, 0x10
    db 0x67, 0x48, 0x8D, 0x05, 0, 0, 0, 0 ; lea rax, [eip + 0]: the next EIP, 32 bits
.after_lea:
    CHECKQ rax, .after_lea
    ; moffs64: A1/A3 with an 8-byte address
    mov qword [var_b], 0x5A5A5A5A
    mov rax, 0
    db 0x48, 0xA1                         ; mov rax, [moffs64]
    dq var_b
    CHECKQ rax, 0x5A5A5A5A
    mov rax, 0x77
    db 0x48, 0xA3                         ; mov [moffs64], rax
    dq LM_HIGH + var_b                    ; through the high mapping
    CHECKQ qword [var_b], 0x77
    ; FS/GS bases from the MSRs; loading a selector into FS would replace it
    mov ecx, MSR_FS_BASE
    mov eax, buf - 8
    xor edx, edx
    wrmsr
    mov ecx, MSR_GS_BASE
    mov rax, LM_HIGH + buf
    mov rdx, rax
    shr rdx, 32
    wrmsr
    mov qword [buf], 0x4242
    mov rax, [fs:8]
    CHECKQ rax, 0x4242, "FS base"
    mov rax, [gs:0]
    CHECKQ rax, 0x4242, "GS base (64-bit)"
    mov ecx, MSR_GS_BASE
    rdmsr
    shl rdx, 32
    or rax, rdx
    mov rbx, LM_HIGH + buf
    sub rax, rbx
    CHECKQ rax, 0, "RDMSR GS_BASE"
    ; DS with a non-zero base has no effect in 64-bit mode; neither has a DS: override
    SET_DESC LM_SEL_FREE, 0x1000, 0xFFFFF, 0x93, 0xC0
    mov ax, LM_SEL_FREE
    mov ds, ax
    mov es, ax
    mov rax, [var_b]
    CHECKQ rax, 0x77, "DS base ignored"
    mov ax, LM_SEL_DATA
    mov ds, ax
    mov es, ax
    ; MOV FS, sel loads the descriptor's base (32 bits)
    mov ax, LM_SEL_FREE
    mov fs, ax
    mov rax, [fs:var_b - 0x1000]
    CHECKQ rax, 0x77, "FS base from the descriptor"
    mov ecx, MSR_FS_BASE
    rdmsr
    CHECKD eax, 0x1000
    CHECKD edx, 0

    QEMU_DEVIATIONQ "a DS: override in 64-bit mode adds the DS base"
    mov ax, LM_SEL_FREE
    mov ds, ax
    db 0x3E                               ; ds:
    mov rax, [var_b]
    CHECKQ rax, 0x77, "DS override: base ignored"
    PASSQ

konst: dq 0x1122334455667788

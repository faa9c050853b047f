; DIV/IDIV #DE in 32-bit protected mode through the IDT (interrupt gate, vector 0): the
; saved CS:EIP points at the faulting instruction (including its prefixes), no error code,
; EFLAGS pushed; from ring 3 the frame also holds the ring-3 SS:ESP. Also the 32-bit
; IDIV overflow 0x80000000 / -1 and its 16-bit analogue.
; SDM vol. 3, 6.15 "Interrupt 0—Divide Error Exception (#DE)", 6.12.1 (stack on a
; privilege change); vol. 2A "DIV", "IDIV".
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
mem32: resd 1

TEST_START
    GO_PM32
    mov edx, 0xFFFFFFFF
    mov eax, 0x80000000
    mov ecx, -1
    EXC_ARM .r1
.f1:
    idiv ecx
.r1:
    CHECK_EXC 0, NOERR, .f1
    CHECK dword [exc_cs], SEL_CODE32
    CHECK eax, 0x80000000
    CHECK edx, 0xFFFFFFFF
    CHECK ecx, -1
    ; interrupt gate: IF cleared in the handler
    ; 16-bit: DX:AX = -32768, / -1
    mov dx, 0xFFFF
    mov ax, 0x8000
    mov cx, -1
    EXC_ARM .r2
.f2:
    idiv cx
.r2:
    CHECK_EXC 0, NOERR, .f2
    ; divide by zero, memory operand with two prefixes
    mov dword [mem32], 0
    EXC_ARM .r3
.f3:
    db 0x3E                         ; DS prefix
    db 0x67                         ; address-size prefix: 16-bit addressing
    div dword [word mem32]
.r3:
    CHECK_EXC 0, NOERR, .f3
    ; the faulting instruction's EFLAGS are pushed: set CF|ZF before
    xor ebx, ebx
    mov eax, 5
    SETF F_CF|F_ZF
    EXC_ARM .r4
.f4:
    div ebx
.r4:
    CHECK_EXC 0, NOERR, .f4
    ; RF is also set in a fault's image (SDM vol. 3, 17.3.1.1: rf_flag.asm checks it;
    ; QEMU 7.2 pushes 0): compared apart from it here
    push eax
    mov eax, [exc_eflags]
    and eax, ~F_RF
    CHECK eax, F_CF|F_ZF|2
    pop eax
    CHECK dword [exc_frame], PM_STACK_TOP - 12

    ; from ring 3: privilege change, stack switch to the TSS ring-0 stack
    TO_RING3
    xor ecx, ecx
    mov eax, 1
    EXC_ARM .r5
.f5:
    div ecx
.r5:
    CHECK_EXC 0, NOERR, .f5
    CHECK dword [exc_cs], SEL_CODE32_R3
    CHECK dword [exc_ss], SEL_DATA32_R3
    CHECK dword [exc_esp], R3_STACK_TOP
    CHECK dword [exc_frame], TSS_ESP0 - 20
    TO_RING0
    PASS

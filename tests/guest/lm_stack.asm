; The stack and near branches in 64-bit mode: PUSH/POP default to 64 bits (66: 16 bits;
; no 32-bit form), PUSH imm32/imm8 sign-extended to 64 bits, PUSH FS/GS, PUSHFQ/POPFQ,
; CALL/RET (and RET imm16) with 8-byte return addresses, CALL/JMP through a register or
; memory (64-bit targets), ENTER/LEAVE with RBP/RSP, LOOP on RCX (ECX with 0x67), JRCXZ,
; string instructions on RSI/RDI/RCX (and ESI/EDI/ECX with 0x67), REP with a 64-bit
; count. SDM vol. 1, 6.2.5 (stack in 64-bit mode), 3.6.1 (operand-size defaults, table
; 3-4); vol. 2, PUSH, POP, CALL, RET, ENTER, LEAVE, LOOP, Jcc, REP/MOVS.
; expect-exit: 1
; expect-output: PASS
; qemu-binary: qemu-system-x86_64
%include "tern.inc"
%include "lm.inc"

[absolute TESTVARS]
target: resq 1
src:    resb 32
dst:    resb 32

TEST_START
    GO_PM32
    GO_LM64
    mov rbp, rsp                          ; RBP = stack top for the checks below
    ; PUSH r64 / POP r64
    mov rax, 0x1122334455667788
    push rax
    mov rbx, rbp
    sub rbx, rsp
    CHECKQ rbx, 8, "PUSH moves RSP by 8"
    CHECKQ qword [rbp - 8], 0x1122334455667788
    pop rcx
    CHECKQ rcx, 0x1122334455667788
    ; 66 PUSH: 2 bytes
    push ax
    mov rbx, rbp
    sub rbx, rsp
    CHECKQ rbx, 2
    pop dx
    CHECKW dx, 0x7788
    ; PUSH imm8 / imm32: sign-extended to 64 bits
    push -2
    pop rax
    CHECKQ rax, 0xFFFFFFFFFFFFFFFE
    push strict dword -0x80000000
    pop rax
    CHECKQ rax, 0xFFFFFFFF80000000
    ; PUSH FS: 8 bytes moved, the selector (zero-extended) in the low word
    mov qword [rbp - 8], -1
    push fs
    pop rax
    CHECKW ax, 0
    mov rbx, rbp
    sub rbx, rsp
    CHECKQ rbx, 0
    ; PUSHFQ / POPFQ
    SETFQ F_CF|F_SF
    pushfq
    pop rax
    and rax, F_ARITH | 2
    CHECKQ rax, F_CF|F_SF|2
    push F_ZF|F_OF|2
    popfq
    CHECK_FLAGSQ F_ARITH, F_ZF|F_OF
    ; CALL / RET
    call sub1
.ret1:
    CHECKQ rax, .ret1, "CALL pushed an 8-byte return address"
    mov rbx, rbp
    sub rbx, rsp
    CHECKQ rbx, 0
    ; RET imm16 releases the bytes after the return address
    push 1
    push 2
    call sub2
    mov rbx, rbp
    sub rbx, rsp
    CHECKQ rbx, 0, "RET 16"
    ; CALL / JMP through registers and memory
    mov rax, sub1
    call rax
.ret2:
    CHECKQ rax, .ret2
    mov qword [target], sub1
    call [target]
.ret3:
    CHECKQ rax, .ret3
    mov rcx, .jmp_ok
    jmp rcx
    EXITQ 91
.jmp_ok:
    mov qword [target], .jmp_ok2
    jmp [target]
    EXITQ 92
.jmp_ok2:
    ; ENTER / LEAVE: push RBP, RBP = frame, reserve bytes; level 1 copies the frame
    mov rbx, rbp                          ; keep the top
    mov rbp, 0x5555
    enter 0x20, 0
    mov rax, rbx
    sub rax, rsp
    CHECKQ rax, 8 + 0x20, "ENTER 20H, 0"
    mov rax, rbx
    sub rax, rbp
    CHECKQ rax, 8
    CHECKQ qword [rbp], 0x5555
    leave
    CHECKQ rbp, 0x5555, "LEAVE restored RBP"
    mov rax, rbx
    sub rax, rsp
    CHECKQ rax, 0
    enter 0, 1                            ; level 1: also pushes the new frame pointer
    mov rax, rbx
    sub rax, rsp
    CHECKQ rax, 16
    mov rax, [rsp]
    mov rdx, rbx
    sub rdx, 8
    sub rax, rdx
    CHECKQ rax, 0, "ENTER level 1 pushed the frame pointer"
    leave
    mov rbp, rbx
    ; LOOP on RCX: all 64 bits
    mov rcx, 0x100000002
    mov edx, 0
.loop:
    inc edx
    cmp edx, 3
    je .loop_out
    loop .loop
.loop_out:
    CHECKQ rcx, 0x100000000, "LOOP decrements RCX (64-bit)"
    ; 0x67 LOOP uses ECX
    mov rcx, 0x100000002
    mov edx, 0
.loop32:
    inc edx
    db 0x67
    loop .loop32
    CHECKD edx, 2, "0x67 LOOP counts ECX"
    ; JRCXZ / JECXZ
    mov rcx, 0x100000000
    jrcxz .bad_jrcxz
    db 0x67
    jrcxz .ok_jecxz                       ; jecxz: ECX = 0
    EXITQ 93
.bad_jrcxz:
    EXITQ 94
.ok_jecxz:
    ; string instructions: RSI/RDI/RCX
    mov rsi, src
    mov rdi, LM_HIGH + dst                ; a 64-bit destination
    mov rcx, 4
    mov rax, 0x0102030405060708
    mov [src], rax
    mov rax, 0x1112131415161718
    mov [src + 8], rax
    mov rax, 0x2122232425262728
    mov [src + 16], rax
    mov rax, 0x3132333435363738
    mov [src + 24], rax
    cld
    rep movsq
    CHECKQ rcx, 0
    mov rax, LM_HIGH + dst + 32
    sub rax, rdi
    CHECKQ rax, 0, "RDI advanced by 32"
    CHECKQ qword [dst + 24], 0x3132333435363738
    ; LODSQ / SCASQ / STOSD with 64-bit pointers
    mov rsi, src + 8
    lodsq
    CHECKQ rax, 0x1112131415161718
    mov rdi, dst + 16
    mov rax, 0x2122232425262728
    scasq
    sete al
    CHECKB al, 1
    mov rdi, dst
    mov eax, 0xAABBCCDD
    stosd
    CHECKQ qword [dst], 0x01020304AABBCCDD
    ; 0x67: ESI/EDI/ECX (32-bit pointers)
    mov rsi, 0xFFFFFFFF00000000 | src
    mov rdi, 0xFFFFFFFF00000000 | dst
    mov rcx, 0xFFFFFFFF00000002
    db 0x67
    rep movsb
    CHECKQ rcx, 0, "0x67 REP: ECX counted, RCX zero-extended"
    CHECKQ rsi, src + 2
    CHECKQ rdi, dst + 2
    ; 0x67 REP with ECX = 0 does nothing, even when RCX is not 0: RCX, RSI, RDI stay
    mov rsi, src
    mov rdi, dst
    mov rcx, 0x100000000
    db 0x67
    rep movsb
    CHECKQ rcx, 0x100000000
    CHECKQ rsi, src
    PASSQ

sub1:
    mov rax, [rsp]
    ret
sub2:
    ret 16

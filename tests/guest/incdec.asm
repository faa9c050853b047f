; INC and DEC: OF SF ZF AF PF from the result, CF preserved (both values of CF), 8/16/32-bit,
; the one-byte 40+r/48+r forms, FE/FF register and memory forms, in real and protected mode.
; SDM vol. 2A "INC", "DEC" ("The CF flag is not affected").
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

%macro UNARY 5-6 0
    SETF %6
    mov %2, %3
    %1 %2
    CHECK_FLAGS F_ARITH, %5
    CHECK %2, %4
%endmacro

[absolute TESTVARS]
mem32: resd 1
mem16: resw 1
mem8:  resb 1

TEST_START
    UNARY inc, ax, 0x7FFF, 0x8000, F_OF|F_SF|F_AF|F_PF
    UNARY dec, cx, 0x0000, 0xFFFF, F_CF|F_SF|F_AF|F_PF, F_CF
    UNARY inc, eax, 0xFFFFFFFF, 0, F_ZF|F_AF|F_PF
    PRINT "real mode ok", 10

    GO_PM32
    UNARY inc, al, 0x7F, 0x80, F_CF|F_OF|F_SF|F_AF, F_CF
    UNARY inc, al, 0xFF, 0x00, F_ZF|F_AF|F_PF, 0
    UNARY inc, al, 0xFF, 0x00, F_CF|F_ZF|F_AF|F_PF, F_CF
    UNARY dec, al, 0x80, 0x7F, F_CF|F_OF|F_AF, F_CF
    UNARY dec, bh, 0x01, 0x00, F_ZF|F_PF, F_SF|F_OF
    UNARY dec, eax, 0, 0xFFFFFFFF, F_SF|F_AF|F_PF, 0
    UNARY inc, ecx, 0x0000000F, 0x00000010, F_AF
    UNARY inc, edx, 0x7FFFFFFF, 0x80000000, F_CF|F_OF|F_SF|F_AF|F_PF, F_CF
    UNARY dec, esi, 0x80000000, 0x7FFFFFFF, F_OF|F_AF|F_PF
    UNARY inc, di, 0xFFFF, 0x0000, F_CF|F_ZF|F_AF|F_PF, F_CF
    UNARY dec, bp, 0x0010, 0x000F, F_AF|F_PF
    ; DEC ESP (4C): read the result before the checks use the stack
    SETF 0
    dec esp
    mov ebx, esp
    mov esp, PM_STACK_TOP
    CHECK_FLAGS F_ARITH, F_AF|F_PF
    CHECK ebx, PM_STACK_TOP - 1

    ; the 16-bit forms keep the upper half
    mov eax, 0x1234FFFF
    inc ax
    CHECK eax, 0x12340000
    mov ebx, 0xABCD0000
    dec bx
    CHECK ebx, 0xABCDFFFF

    ; memory forms (FE /0 /1, FF /0 /1)
    mov dword [mem32], 0x7FFFFFFF
    SETF F_CF
    inc dword [mem32]
    CHECK_FLAGS F_ARITH, F_CF|F_OF|F_SF|F_AF|F_PF
    CHECK dword [mem32], 0x80000000
    mov word [mem16], 0
    SETF 0
    dec word [mem16]
    CHECK_FLAGS F_ARITH, F_SF|F_AF|F_PF
    CHECK word [mem16], 0xFFFF
    mov byte [mem8], 0x3F
    SETF F_CF
    inc byte [mem8]
    CHECK_FLAGS F_ARITH, F_CF|F_AF
    CHECK byte [mem8], 0x40
    PASS

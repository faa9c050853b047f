; NEG (two's complement: flags as 0 - src, CF = (src != 0)) and NOT (no flags), 8/16/32-bit,
; register and memory.
; SDM vol. 2B "NEG" ("The CF flag set to 0 if the source operand is 0; otherwise it is set
; to 1. The OF, SF, ZF, AF, and PF flags are set according to the result."), "NOT".
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
    UNARY neg, ax, 0x0001, 0xFFFF, F_CF|F_SF|F_AF|F_PF
    UNARY neg, eax, 0, 0, F_ZF|F_PF, F_CF
    PRINT "real mode ok", 10

    GO_PM32
    UNARY neg, al, 0x00, 0x00, F_ZF|F_PF, F_CF|F_OF|F_SF|F_AF
    UNARY neg, al, 0x80, 0x80, F_CF|F_OF|F_SF
    UNARY neg, bl, 0x01, 0xFF, F_CF|F_SF|F_AF|F_PF
    UNARY neg, ah, 0x7F, 0x81, F_CF|F_SF|F_AF|F_PF
    UNARY neg, cx, 0x0010, 0xFFF0, F_CF|F_SF|F_PF
    UNARY neg, dx, 0x8000, 0x8000, F_CF|F_OF|F_SF|F_PF
    UNARY neg, eax, 0x80000000, 0x80000000, F_CF|F_OF|F_SF|F_PF
    UNARY neg, esi, 0xFFFFFFFF, 0x00000001, F_CF|F_AF
    UNARY neg, edi, 0, 0, F_ZF|F_PF, F_CF

    mov dword [mem32], 5
    SETF 0
    neg dword [mem32]
    CHECK_FLAGS F_ARITH, F_CF|F_SF|F_AF
    CHECK dword [mem32], 0xFFFFFFFB
    mov word [mem16], 0
    SETF F_CF
    neg word [mem16]
    CHECK_FLAGS F_ARITH, F_ZF|F_PF
    mov byte [mem8], 0x30
    neg byte [mem8]
    CHECK byte [mem8], 0xD0
    CHECK_FLAGS F_ARITH, F_CF|F_SF

    mov eax, 0x12340001
    neg ax
    CHECK eax, 0x1234FFFF

    SETF F_CF|F_ZF
    mov eax, 0x00FF00FF
    not eax
    CHECK eax, 0xFF00FF00
    not al
    CHECK eax, 0xFF00FFFF
    not ah
    CHECK eax, 0xFF0000FF
    CHECK_FLAGS F_ARITH, F_CF|F_ZF
    mov dword [mem32], 0x80000000
    not dword [mem32]
    CHECK dword [mem32], 0x7FFFFFFF
    mov word [mem16], 0x00FF
    not word [mem16]
    CHECK word [mem16], 0xFF00
    PASS

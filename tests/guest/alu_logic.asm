; AND, OR, XOR, TEST and NOT: results and flags. The logical ops clear CF and OF and set
; SF/ZF/PF from the result (AF is undefined and not checked); NOT changes no flag; TEST
; writes no operand.
; SDM vol. 2A "AND", vol. 2B "OR", "XOR", "TEST", "NOT".
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

F_LOGIC equ F_CF|F_OF|F_SF|F_ZF|F_PF

%macro LOGIC 6-7 F_CF|F_OF
    SETF %7
    mov %2, %3
    %1 %2, %4
    CHECK_FLAGS F_LOGIC, %6
    CHECK %2, %5
%endmacro

[absolute TESTVARS]
mem32: resd 1
mem16: resw 1
mem8:  resb 1

TEST_START
    LOGIC and, ax, 0xFFFF, 0x8001, 0x8001, F_SF
    LOGIC xor, eax, 0x55AA55AA, 0x55AA55AA, 0, F_ZF|F_PF
    PRINT "real mode ok", 10

    GO_PM32
    LOGIC and, eax, 0xF0F0F0F0, 0x0FF00FF0, 0x00F000F0, F_PF
    LOGIC or,  al, 0x80, 0x01, 0x81, F_SF|F_PF
    LOGIC or,  bh, 0x00, 0x00, 0x00, F_ZF|F_PF
    LOGIC xor, cx, 0x00FF, 0xFF01, 0xFFFE, F_SF
    LOGIC and, ax, 0xFFFF, 0x8001, 0x8001, F_SF
    LOGIC or,  edx, 0x00000100, 0x00000001, 0x00000101, 0
    LOGIC xor, esi, 0x80000000, 0x00000003, 0x80000003, F_SF|F_PF
    LOGIC and, edi, 0x1234567F, byte -16, 0x12345670, 0
    LOGIC or,  ebp, 0x7FFFFFFF, byte -128, 0xFFFFFFFF, F_SF|F_PF

    ; register forms
    SETF F_CF|F_OF
    xor eax, eax
    CHECK_FLAGS F_LOGIC, F_ZF|F_PF
    CHECK eax, 0
    mov ebx, 0x0F0F0F0F
    mov ecx, 0xF0F0F0F0
    or ebx, ecx
    CHECK ebx, 0xFFFFFFFF
    CHECK_FLAGS F_LOGIC, F_SF|F_PF
    mov dl, 0x3C
    mov dh, 0x0F
    and dh, dl
    CHECK dx, 0x0C3C
    CHECK_FLAGS F_LOGIC, F_PF

    ; TEST writes nothing
    SETF F_CF|F_OF
    mov ecx, 0x80000000
    test ecx, ecx
    CHECK_FLAGS F_LOGIC, F_SF|F_PF
    CHECK ecx, 0x80000000
    mov al, 0xFE
    test al, 0x01
    CHECK_FLAGS F_LOGIC, F_ZF|F_PF
    CHECK al, 0xFE
    mov word [mem16], 0xC000
    test word [mem16], 0x8000
    CHECK_FLAGS F_LOGIC, F_SF|F_PF
    CHECK word [mem16], 0xC000
    mov dword [mem32], 0x00000007
    mov ebx, 0x00000003
    test [mem32], ebx
    CHECK_FLAGS F_LOGIC, F_PF
    CHECK dword [mem32], 7

    ; memory destinations
    mov byte [mem8], 0x0F
    SETF F_CF|F_OF
    xor byte [mem8], 0xFF
    CHECK_FLAGS F_LOGIC, F_SF|F_PF
    CHECK byte [mem8], 0xF0
    mov dword [mem32], 0x00000100
    mov ebx, 1
    or [mem32], ebx
    CHECK_FLAGS F_LOGIC, 0
    CHECK dword [mem32], 0x101
    mov word [mem16], 0x1234
    mov ax, 0x00F0
    and ax, [mem16]
    CHECK ax, 0x0030
    CHECK_FLAGS F_LOGIC, F_PF

    ; NOT: no flags at all
    SETF F_ARITH
    mov eax, 0x0F0F0000
    not eax
    CHECK eax, 0xF0F0FFFF
    CHECK_FLAGS F_ARITH, F_ARITH
    SETF 0
    not ax
    CHECK eax, 0xF0F00000
    CHECK_FLAGS F_ARITH, 0
    mov byte [mem8], 0x5A
    not byte [mem8]
    CHECK byte [mem8], 0xA5
    mov ecx, 0x000012FF
    not ch
    CHECK ecx, 0x0000EDFF
    PASS

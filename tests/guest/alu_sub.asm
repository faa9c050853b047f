; SUB, SBB and CMP: results and all six status flags, 8/16/32-bit, register, immediate
; and memory forms; CMP leaves its destination alone. SBB with CF=1 and an all-ones
; source (the borrow must come out of the full-width subtraction).
; SDM vol. 2B "SUB", "SBB"; vol. 2A "CMP"; vol. 1, 3.4.3.1. CF is the borrow (unsigned
; a < b [+CF]), AF the borrow out of bit 4 (low nibble of a < low nibble of b [+CF]),
; OF signed overflow; all worked out by hand.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

%macro ALU 6-7 0
    SETF %7
    mov %2, %3
    %1 %2, %4
    CHECK_FLAGS F_ARITH, %6
    CHECK %2, %5
%endmacro

[absolute TESTVARS]
mem32: resd 1
mem16: resw 1
mem8:  resb 1

TEST_START
    ALU sub, al, 0x00, 0x01, 0xFF, F_CF|F_SF|F_AF|F_PF
    ALU sub, ax, 0x8000, 0x0001, 0x7FFF, F_OF|F_AF|F_PF
    ALU sbb, eax, 0, 0xFFFFFFFF, 0, F_CF|F_ZF|F_AF|F_PF, F_CF
    PRINT "real mode ok", 10

    GO_PM32
    ; ---- SUB 8-bit
    ALU sub, al, 0x00, 0x01, 0xFF, F_CF|F_SF|F_AF|F_PF
    ALU sub, al, 0x80, 0x01, 0x7F, F_OF|F_AF
    ALU sub, bl, 0x7F, 0xFF, 0x80, F_CF|F_OF|F_SF
    ALU sub, ch, 0x55, 0x55, 0x00, F_ZF|F_PF, F_CF|F_OF|F_SF|F_AF
    ALU sub, dl, 0x35, 0x47, 0xEE, F_CF|F_SF|F_AF|F_PF
    ; ---- SUB 16/32-bit
    ALU sub, ax, 0x8000, 0x0001, 0x7FFF, F_OF|F_AF|F_PF
    ALU sub, si, 0x0100, 0x0001, 0x00FF, F_AF|F_PF
    ALU sub, eax, 0, 1, 0xFFFFFFFF, F_CF|F_SF|F_AF|F_PF
    ALU sub, ebx, 0x80000000, 1, 0x7FFFFFFF, F_OF|F_AF|F_PF
    ALU sub, ecx, 0x12345678, 0x12345679, 0xFFFFFFFF, F_CF|F_SF|F_AF|F_PF
    ALU sub, edx, 0x7FFFFFFF, 0xFFFFFFFF, 0x80000000, F_CF|F_OF|F_SF|F_PF
    ALU sub, edi, 0x00010000, 0x00000001, 0x0000FFFF, F_AF|F_PF
    ; ---- SBB
    ALU sbb, al, 0x10, 0x00, 0x0F, F_AF|F_PF, F_CF
    ALU sbb, al, 0x80, 0x7F, 0x00, F_OF|F_ZF|F_AF|F_PF, F_CF
    ALU sbb, al, 0x80, 0x7F, 0x01, F_OF|F_AF, 0
    ALU sbb, bx, 0x0000, 0xFFFF, 0x0000, F_CF|F_ZF|F_AF|F_PF, F_CF
    ALU sbb, eax, 0, 0xFFFFFFFF, 0, F_CF|F_ZF|F_AF|F_PF, F_CF
    ALU sbb, ecx, 5, 5, 0xFFFFFFFF, F_CF|F_SF|F_AF|F_PF, F_CF
    ALU sbb, edx, 5, 5, 0, F_ZF|F_PF, 0

    ; ---- CMP: flags as SUB, destination unchanged
    SETF 0
    mov eax, 5
    cmp eax, 7
    CHECK_FLAGS F_ARITH, F_CF|F_SF|F_AF
    CHECK eax, 5
    SETF 0
    mov word [mem16], 0x8000
    cmp word [mem16], byte 1        ; 83 /7 ib
    CHECK_FLAGS F_ARITH, F_OF|F_AF|F_PF
    CHECK word [mem16], 0x8000
    SETF F_ARITH
    mov bl, 0x20
    cmp bl, 0x20
    CHECK_FLAGS F_ARITH, F_ZF|F_PF
    SETF 0
    mov dword [mem32], 0x80000000
    mov ecx, 0x7FFFFFFF
    cmp ecx, [mem32]                ; 0x7FFFFFFF - 0x80000000 = 0xFFFFFFFF, OF, no nibble borrow
    CHECK_FLAGS F_ARITH, F_CF|F_OF|F_SF|F_PF
    cmp [mem32], ecx                ; 0x80000000 - 0x7FFFFFFF = 1, OF
    CHECK_FLAGS F_ARITH, F_OF|F_AF
    CHECK dword [mem32], 0x80000000
    SETF 0
    mov al, 0x10
    cmp al, strict byte 0x11        ; 3C ib
    CHECK_FLAGS F_ARITH, F_CF|F_SF|F_AF|F_PF

    ; ---- memory destinations
    mov byte [mem8], 0x00
    SETF 0
    sub byte [mem8], 1
    CHECK_FLAGS F_ARITH, F_CF|F_SF|F_AF|F_PF
    CHECK byte [mem8], 0xFF
    mov dword [mem32], 0
    mov eax, 0xFFFFFFFF
    SETF F_CF
    sbb [mem32], eax
    CHECK_FLAGS F_ARITH, F_CF|F_ZF|F_AF|F_PF
    CHECK dword [mem32], 0
    mov word [mem16], 0x0001
    SETF F_CF
    sbb word [mem16], byte 0        ; 1 - 0 - 1 = 0
    CHECK_FLAGS F_ARITH, F_ZF|F_PF
    CHECK word [mem16], 0

    ; ---- partial registers
    mov eax, 0xABCD0000
    sub ax, 1
    CHECK eax, 0xABCDFFFF
    mov edx, 0x12340034
    sub dh, 0x01
    CHECK edx, 0x1234FF34
    PASS

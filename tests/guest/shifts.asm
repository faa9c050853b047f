; SHL/SAL, SHR and SAR: results and flags for count 1 (D0/D1), imm8 (C0/C1) and CL
; (D2/D3); the count is masked to 5 bits; a masked count of 0 changes neither the operand
; nor any flag; 8/16-bit operands with counts up to 31.
; SDM vol. 2B "SAL/SAR/SHL/SHR": CF = last bit shifted out (undefined for SHL/SHR when the
; count >= operand width: not checked there); OF defined only for 1-bit shifts (SHL: MSB of
; result XOR CF; SAR: 0; SHR: MSB of the original); SF ZF PF from the result; AF undefined
; for non-zero counts (never checked).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

M1   equ F_CF|F_OF|F_SF|F_ZF|F_PF      ; defined after a 1-bit shift
MN   equ F_CF|F_SF|F_ZF|F_PF           ; defined after a multi-bit shift
MNC  equ F_SF|F_ZF|F_PF                ; count >= width for SHL/SHR: CF undefined too

; SH op, reg, value, count (imm or "cl"), result, mask, flags [, flags before]
%macro SH 7-8 0
    mov ecx, 0xFFFFFF00 | (%4)
    SETF %8
    mov %2, %3
    %1 %2, cl
    CHECK_FLAGS %6, %7
    CHECK %2, %5
%endmacro

[absolute TESTVARS]
mem32: resd 1
mem16: resw 1

TEST_START
    SH shl, ax, 0x8001, 1, 0x0002, M1, F_CF|F_OF
    SH sar, eax, 0x80000000, 31, 0xFFFFFFFF, MN, F_SF|F_PF
    PRINT "real mode ok", 10

    GO_PM32
    ; ---- 1-bit shifts (D0 / D1 forms)
    SETF 0
    mov al, 0x81
    shl al, 1
    CHECK_FLAGS M1, F_CF|F_OF
    CHECK al, 0x02
    SETF 0
    mov al, 0x40
    shl al, 1
    CHECK_FLAGS M1, F_OF|F_SF
    CHECK al, 0x80
    SETF 0
    mov al, 0xC0
    sal al, 1                       ; 0x80, CF=1, OF = 1 XOR 1 = 0
    CHECK_FLAGS M1, F_CF|F_SF
    CHECK al, 0x80
    SETF 0
    mov al, 0x81
    shr al, 1
    CHECK_FLAGS M1, F_CF|F_OF
    CHECK al, 0x40
    SETF F_OF
    mov al, 0x81
    sar al, 1
    CHECK_FLAGS M1, F_CF|F_SF|F_PF
    CHECK al, 0xC0
    SETF 0
    mov eax, 0x80000000
    shl eax, 1
    CHECK_FLAGS M1, F_CF|F_OF|F_ZF|F_PF
    CHECK eax, 0
    SETF 0
    mov bx, 0x0001
    shr bx, 1
    CHECK_FLAGS M1, F_CF|F_ZF|F_PF
    CHECK bx, 0
    SETF 0
    mov edx, 0xFFFFFFFF
    sar edx, 1
    CHECK_FLAGS M1, F_CF|F_SF|F_PF
    CHECK edx, 0xFFFFFFFF

    ; ---- immediate counts (C0 / C1)
    SETF F_CF
    mov eax, 0x80000001
    shl eax, 4                      ; CF = bit 28 = 0
    CHECK_FLAGS MN, 0
    CHECK eax, 0x00000010
    SETF 0
    mov eax, 0x0000000F
    shr eax, 4                      ; CF = bit 3 = 1
    CHECK_FLAGS MN, F_CF|F_ZF|F_PF
    CHECK eax, 0
    SETF 0
    mov eax, 0x80000000
    sar eax, 31                     ; CF = bit 30 = 0
    CHECK_FLAGS MN, F_SF|F_PF
    CHECK eax, 0xFFFFFFFF
    SETF 0
    mov cx, 0x8421
    shr cx, 5                       ; 0x0421, CF = bit 4 = 0
    CHECK_FLAGS MN, F_PF
    CHECK cx, 0x0421
    SETF 0
    mov dl, 0x96
    sar dl, 3                       ; 0xF2, CF = bit 2 = 1
    CHECK_FLAGS MN, F_CF|F_SF
    CHECK dl, 0xF2
    SETF 0
    mov esi, 0x12345678
    shl esi, 12                     ; 0x45678000, CF = bit 20 = 1
    CHECK_FLAGS MN, F_CF|F_PF
    CHECK esi, 0x45678000

    ; ---- CL counts, masking to 5 bits
    SH shl, eax, 1, 33, 2, M1, 0                    ; 33 & 31 = 1
    SH shr, eax, 0x80000000, 63, 1, MN, 0           ; 31
    SH sar, edi, 0x40000000, 30, 1, MN, 0           ; CF = bit 29 = 0
    SH sar, edi, 0x60000000, 30, 1, MN, F_CF        ; CF = bit 29 = 1

    ; ---- counts >= the operand width for 8/16-bit operands
    SH shr, al, 0xFF, 9, 0x00, MNC, F_ZF|F_PF
    SH shl, bl, 0xFF, 8, 0x00, MNC, F_ZF|F_PF
    SH shl, ax, 0x8000, 16, 0x0000, MNC, F_ZF|F_PF
    SH shr, dx, 0xFFFF, 31, 0x0000, MNC, F_ZF|F_PF
    ; SAR fills with the sign and shifts the sign into CF however far it goes
    SH sar, al, 0x80, 10, 0xFF, MN, F_CF|F_SF|F_PF
    SH sar, si, 0x7FFF, 20, 0x0000, MN, F_ZF|F_PF
    ; a byte shift must not touch the rest of the register
    mov ecx, 12
    mov eax, 0xABCDEF01
    shl ah, cl
    CHECK eax, 0xABCD0001

    ; ---- count 0 (imm 0 and CL = 32): operand and flags unchanged
    SETF F_ARITH
    mov eax, 0x12345678
    shl eax, 0
    CHECK_FLAGS F_ARITH, F_ARITH
    CHECK eax, 0x12345678
    SETF 0
    mov cl, 32
    shr eax, cl
    CHECK_FLAGS F_ARITH, 0
    CHECK eax, 0x12345678
    SETF F_CF|F_PF
    mov cl, 0
    sar byte [mem16], cl
    CHECK_FLAGS F_ARITH, F_CF|F_PF
    SETF F_OF|F_ZF
    mov cl, 64
    shl bx, cl
    CHECK_FLAGS F_ARITH, F_OF|F_ZF

    ; ---- memory operands
    mov dword [mem32], 0xC0000001
    SETF 0
    shl dword [mem32], 1            ; 0x80000002, CF=1, OF = 1 XOR 1 = 0
    CHECK_FLAGS M1, F_CF|F_SF
    CHECK dword [mem32], 0x80000002
    mov word [mem16], 0x8001
    mov cl, 15
    SETF 0
    sar word [mem16], cl            ; 0xFFFF, CF = bit 14 = 0
    CHECK_FLAGS MN, F_SF|F_PF
    CHECK word [mem16], 0xFFFF
    mov dword [mem32], 0x00000180
    SETF 0
    shr dword [mem32], 8            ; 1, CF = bit 7 = 1
    CHECK_FLAGS MN, F_CF
    CHECK dword [mem32], 1
    PASS

; Multi-precision arithmetic: 128-bit addition and subtraction through ADC/SBB chains
; (carry/borrow propagated across four limbs, final CF), a 128-bit compare by SBB, and a
; 64x64 -> 128-bit product from four 32-bit MULs combined with ADD/ADC.
; SDM vol. 2A "ADC", "MUL", vol. 2B "SBB"; vol. 1, 7.3.2 (multi-precision with ADC/SBB).
; Expected product: 123456789ABCDEF0h * 0FEDCBA987654321h by exact integer arithmetic, limbs
; 0121FA00 AD77D742 2236D88F E5618CF0.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
A: resd 4
B: resd 4
P: resd 4

TEST_START
    GO_PM32
    ; ---- all ones + 1 = 0, carry out
    mov dword [A], 0xFFFFFFFF
    mov dword [A+4], 0xFFFFFFFF
    mov dword [A+8], 0xFFFFFFFF
    mov dword [A+12], 0xFFFFFFFF
    mov eax, 1
    add [A], eax
    mov eax, 0
    adc [A+4], eax
    adc [A+8], eax
    adc [A+12], eax
    CHECK_FLAGS F_CF|F_ZF, F_CF|F_ZF
    CHECK dword [A], 0
    CHECK dword [A+4], 0
    CHECK dword [A+8], 0
    CHECK dword [A+12], 0
    ; ---- 2^96 - 1 = 0000_0000 FFFF_FFFF FFFF_FFFF FFFF_FFFF, no borrow out
    mov dword [B], 0
    mov dword [B+4], 0
    mov dword [B+8], 0
    mov dword [B+12], 1
    sub dword [B], 1
    sbb dword [B+4], 0
    sbb dword [B+8], 0
    sbb dword [B+12], 0
    CHECK_FLAGS F_CF, 0
    CHECK dword [B], 0xFFFFFFFF
    CHECK dword [B+4], 0xFFFFFFFF
    CHECK dword [B+8], 0xFFFFFFFF
    CHECK dword [B+12], 0
    ; ---- 128-bit compare A(=0) < B: borrow out of the SBB chain
    mov eax, [A]
    sub eax, [B]
    mov eax, [A+4]
    sbb eax, [B+4]
    mov eax, [A+8]
    sbb eax, [B+8]
    mov eax, [A+12]
    sbb eax, [B+12]
    CHECK_FLAGS F_CF, F_CF, "A < B"
    ; ---- 64 x 64 -> 128
    X_LO equ 0x9ABCDEF0
    X_HI equ 0x12345678
    Y_LO equ 0x87654321
    Y_HI equ 0x0FEDCBA9
    mov eax, X_LO
    mov ebx, Y_LO
    mul ebx
    mov [P], eax
    mov [P+4], edx
    mov dword [P+8], 0
    mov dword [P+12], 0
    mov eax, X_HI
    mul ebx                         ; X_HI * Y_LO at limb 1
    add [P+4], eax
    adc [P+8], edx
    adc dword [P+12], 0
    mov eax, X_LO
    mov ebx, Y_HI
    mul ebx                         ; X_LO * Y_HI at limb 1
    add [P+4], eax
    adc [P+8], edx
    adc dword [P+12], 0
    mov eax, X_HI
    mul ebx                         ; X_HI * Y_HI at limb 2
    add [P+8], eax
    adc [P+12], edx
    CHECK dword [P], 0xE5618CF0
    CHECK dword [P+4], 0x2236D88F
    CHECK dword [P+8], 0xAD77D742
    CHECK dword [P+12], 0x0121FA00
    PASS

; BOUND: a signed index inside [lower, upper] (both inclusive) passes; outside raises #BR
; (vector 5, a fault: saved (E)IP at the BOUND, no error code), 16- and 32-bit forms, in
; real mode (IVT) and protected mode (IDT).
; SDM vol. 2A "BOUND" ("IF (Index < LowerBound or Index > UpperBound) THEN #BR; FI;" with
; signed comparisons); vol. 3, 6.15 "Interrupt 5—BOUND Range Exceeded Exception (#BR)".
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
b32: resd 2
b16: resw 2

%macro INRANGE 2                    ; index register, bounds
    EXC_ARM %%r
    bound %1, %2
%%r:
    EXC_DISARM
    CHECK dword [exc_count], 0, "index in range: no #BR"
%endmacro
%macro OUTRANGE 3                   ; index register, bounds, error (NOERR in real mode)
    EXC_ARM %%r
%%f:
    bound %1, %2
%%r:
    CHECK_EXC 5, %3, %%f
%endmacro

TEST_START
    mov word [b16], -5
    mov word [b16+2], 5
    mov ax, 5
    INRANGE ax, [b16]
    mov ax, -5
    INRANGE ax, [b16]
    mov ax, 6
    OUTRANGE ax, [b16], NOERR
    mov ax, -6
    OUTRANGE ax, [b16], NOERR
    PRINT "real mode ok", 10

    GO_PM32
    mov dword [b32], -10
    mov dword [b32+4], 100
    mov eax, 50
    INRANGE eax, [b32]
    mov eax, -10
    INRANGE eax, [b32]
    mov eax, 100
    INRANGE eax, [b32]
    mov eax, 101
    OUTRANGE eax, [b32], 0
    mov eax, -11
    OUTRANGE eax, [b32], 0
    mov eax, 0x80000000             ; signed: far below
    OUTRANGE eax, [b32], 0
    mov ecx, 0x7FFFFFFF
    OUTRANGE ecx, [b32], 0
    mov word [b16], 0x8000          ; [-32768, -1]
    mov word [b16+2], 0xFFFF
    mov dx, 0xFFFF
    INRANGE dx, [b16]
    mov dx, 0
    OUTRANGE dx, [b16], 0
    PASS

; DIV and IDIV in real mode: quotients and remainders (IDIV truncates toward zero, the
; remainder takes the dividend's sign), 8/16/32-bit; #DE (vector 0) through the IVT for a
; zero divisor and for a quotient too large for the destination, with the saved CS:IP
; pointing at the faulting instruction (prefixes included) and the operands unchanged.
; SDM vol. 2A "DIV", "IDIV" (IDIV 8-bit: #DE if temp > 7FH or temp < 80H, so -128 is a
; legal quotient); vol. 3, 6.15 "Interrupt 0—Divide Error Exception (#DE)" (fault class).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
mem32: resd 1
mem16: resw 1

TEST_START
    ; ---- results
    mov ax, 1000
    mov bl, 7
    div bl                          ; 142 r 6
    CHECK ax, 0x068E
    mov dx, 0x0001
    mov ax, 0x0000
    mov cx, 3
    div cx                          ; 65536 / 3 = 21845 r 1
    CHECK ax, 0x5555
    CHECK dx, 1
    mov edx, 1
    mov eax, 0
    mov ecx, 2
    div ecx
    CHECK eax, 0x80000000
    CHECK edx, 0
    mov ax, -500
    mov bl, 7
    idiv bl                         ; -71 r -3
    CHECK al, -71 & 0xFF
    CHECK ah, -3 & 0xFF
    mov edx, 0xFFFFFFFF
    mov eax, -7
    mov ecx, 2
    idiv ecx                        ; -3 r -1
    CHECK eax, -3
    CHECK edx, -1
    mov ax, 7
    mov bl, -2
    idiv bl                         ; -3 r 1
    CHECK al, 0xFD
    CHECK ah, 1
    mov ax, -128
    mov bl, 1
    idiv bl
    CHECK ax, 0x0080
    mov ax, 128
    mov bl, -1
    idiv bl                         ; -128 is representable
    CHECK ax, 0x0080
    mov dx, 0xFFFF
    mov ax, 0x8000                  ; -32768
    mov word [mem16], 2
    idiv word [mem16]
    CHECK ax, 0xC000
    CHECK dx, 0
    mov dword [mem32], 10
    mov edx, 0
    mov eax, 12345
    div dword [mem32]
    CHECK eax, 1234
    CHECK edx, 5

    ; ---- #DE: divide by zero (8-bit)
    mov ax, 0x1234
    mov bl, 0
    EXC_ARM .r1
.f1:
    div bl
.r1:
    CHECK_EXC 0, NOERR, .f1
    CHECK dword [exc_cs], 0xF000
    CHECK ax, 0x1234
    ; the pushed FLAGS is the FLAGS of the faulting instruction; IF/TF cleared in the handler
    CHECK dword [exc_frame], RM_STACK_TOP - 6

    ; ---- #DE: quotient overflow (8-bit unsigned)
    mov ax, 0x1000
    mov bl, 0x10                    ; quotient 0x100
    EXC_ARM .r2
.f2:
    div bl
.r2:
    CHECK_EXC 0, NOERR, .f2
    CHECK ax, 0x1000

    ; ---- #DE: IDIV -32768 / -1 in 8 bits: quotient +32768
    mov ax, 0x8000
    mov bl, -1
    EXC_ARM .r3
.f3:
    idiv bl
.r3:
    CHECK_EXC 0, NOERR, .f3
    CHECK ax, 0x8000

    ; ---- #DE: IDIV 8-bit quotient +128
    mov ax, -128
    mov bl, -1
    EXC_ARM .r4
.f4:
    idiv bl
.r4:
    CHECK_EXC 0, NOERR, .f4

    ; ---- #DE: 32-bit quotient overflow, with a segment override and operand-size prefix:
    ; the saved IP is that of the first prefix
    mov edx, 1
    mov eax, 0
    mov dword [mem32], 1
    EXC_ARM .r5
.f5:
    es div dword [mem32]            ; 26 66 F7 36 ...
.r5:
    CHECK_EXC 0, NOERR, .f5
    CHECK edx, 1
    CHECK eax, 0

    ; ---- #DE: 16-bit divide by zero from memory
    mov word [mem16], 0
    EXC_ARM .r6
.f6:
    idiv word [mem16]
.r6:
    CHECK_EXC 0, NOERR, .f6

    ; ---- a handler of our own: it returns to the faulting DIV after fixing the divisor
    IVT_SET 0, fix_divisor
    mov ax, 100
    mov bl, 0
    div bl                          ; handler sets BL = 10, IRET re-executes the DIV
    CHECK ax, 10
    CHECK bl, 10
    PASS

fix_divisor:
    mov bl, 10
    iret

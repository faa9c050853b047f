; ADD and ADC: results and all six status flags (CF OF SF ZF AF PF), 8/16/32-bit,
; register, immediate (incl. sign-extended imm8) and memory forms, in real mode (through
; the operand-size prefix) and in 32-bit protected mode. Partial-register writes keep
; the other bits of the 32-bit register.
; SDM vol. 2A "ADD", "ADC"; vol. 1, 3.4.3.1 (status flags) and appendix A (EFLAGS cross-ref).
; Expected flags worked out by hand: CF carry out of the MSB, OF signed overflow, SF MSB,
; ZF zero, AF carry out of bit 3, PF even parity of the low byte.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

; ALU op, width-register, a, b, result, flags [, flags before]
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
    ; ---- real mode: 16-bit defaults and 66-prefixed 32-bit forms
    ALU add, al, 0x7F, 0x01, 0x80, F_OF|F_SF|F_AF
    ALU add, al, 0xFF, 0x01, 0x00, F_CF|F_ZF|F_AF|F_PF
    ALU add, ax, 0x7FFF, 0x0001, 0x8000, F_OF|F_SF|F_AF|F_PF
    ALU add, ax, 0xFFFF, 0xFFFF, 0xFFFE, F_CF|F_SF|F_AF
    ALU add, eax, 0x7FFFFFFF, 1, 0x80000000, F_OF|F_SF|F_AF|F_PF
    ALU adc, ax, 0x7FFF, 0, 0x8000, F_OF|F_SF|F_AF|F_PF, F_CF
    PRINT "real mode ok", 10

    GO_PM32
    ; ---- 8-bit
    ALU add, al, 0x7F, 0x01, 0x80, F_OF|F_SF|F_AF
    ALU add, al, 0xFF, 0x01, 0x00, F_CF|F_ZF|F_AF|F_PF
    ALU add, al, 0x80, 0x80, 0x00, F_CF|F_OF|F_ZF|F_PF
    ALU add, al, 0x12, 0x34, 0x46, 0
    ALU add, bh, 0x08, 0x08, 0x10, F_AF                  ; high byte register
    ; carry-in must be ignored by ADD
    ALU add, cl, 0x01, 0x01, 0x02, 0, F_ARITH
    ; ---- ADC 8-bit
    ALU adc, al, 0x0F, 0x00, 0x10, F_AF, F_CF
    ALU adc, al, 0xFF, 0xFF, 0xFF, F_CF|F_SF|F_AF|F_PF, F_CF
    ALU adc, dl, 0x7F, 0x00, 0x80, F_OF|F_SF|F_AF, F_CF
    ALU adc, al, 0x7F, 0x00, 0x7F, 0, 0
    ; ---- 16-bit
    ALU add, ax, 0x7FFF, 0x0001, 0x8000, F_OF|F_SF|F_AF|F_PF
    ALU add, si, 0xFFFF, 0xFFFF, 0xFFFE, F_CF|F_SF|F_AF
    ALU adc, di, 0xFFFF, 0x0000, 0x0000, F_CF|F_ZF|F_AF|F_PF, F_CF
    ; ---- 32-bit
    ALU add, eax, 0x7FFFFFFF, 1, 0x80000000, F_OF|F_SF|F_AF|F_PF
    ALU add, ebx, 0xFFFFFFFF, 1, 0, F_CF|F_ZF|F_AF|F_PF
    ALU add, ecx, 0x12345678, 0x11111111, 0x23456789, 0
    ALU add, edx, 0x80000000, 0x80000000, 0, F_CF|F_OF|F_ZF|F_PF
    ALU adc, esi, 0xFFFFFFFF, 0, 0, F_CF|F_ZF|F_AF|F_PF, F_CF
    ALU adc, edi, 0x7FFFFFFF, 0, 0x7FFFFFFF, F_PF, 0
    ALU adc, ebp, 0x7FFFFFFF, 0, 0x80000000, F_OF|F_SF|F_AF|F_PF, F_CF
    ; ADC with src = all ones and CF=1: 0 + 0xFFFFFFFF + 1 = 2^32 -> 0, CF=1
    ALU adc, eax, 0, 0xFFFFFFFF, 0, F_CF|F_ZF|F_AF|F_PF, F_CF

    ; ---- register-register forms
    SETF 0
    mov eax, 0x80000001
    mov ebx, 0x80000001
    add eax, ebx                    ; 0x1_00000002
    CHECK_FLAGS F_ARITH, F_CF|F_OF
    CHECK eax, 2
    SETF F_CF
    mov ecx, 0x0000FFFF
    mov edx, 0x00000000
    adc edx, ecx                    ; 0 + 0xFFFF + 1 = 0x10000
    CHECK_FLAGS F_ARITH, F_AF|F_PF
    CHECK edx, 0x10000

    ; ---- sign-extended imm8 (83 /0, /2) and the short accumulator forms
    SETF 0
    mov eax, 1
    add eax, byte -1                ; 83 C0 FF
    CHECK_FLAGS F_ARITH, F_CF|F_ZF|F_AF|F_PF
    CHECK eax, 0
    SETF 0
    mov ax, 0x1000
    add ax, strict word 0x0F00      ; 05 imm16
    CHECK_FLAGS F_ARITH, F_PF
    CHECK ax, 0x1F00
    SETF F_CF
    mov al, 0x40
    adc al, strict byte 0x3F        ; 14 ib: 0x40+0x3F+1 = 0x80
    CHECK_FLAGS F_ARITH, F_OF|F_SF|F_AF
    CHECK al, 0x80

    ; ---- memory destinations and sources
    mov dword [mem32], 1
    SETF 0
    add dword [mem32], byte -1
    CHECK_FLAGS F_ARITH, F_CF|F_ZF|F_AF|F_PF
    CHECK dword [mem32], 0
    mov word [mem16], 0x7FFF
    mov cx, 1
    SETF 0
    add [mem16], cx
    CHECK_FLAGS F_ARITH, F_OF|F_SF|F_AF|F_PF
    CHECK word [mem16], 0x8000
    mov byte [mem8], 0xF0
    mov dl, 0x0F
    SETF F_CF
    adc dl, [mem8]                  ; 0x0F + 0xF0 + 1 = 0x100
    CHECK_FLAGS F_ARITH, F_CF|F_ZF|F_AF|F_PF
    CHECK dl, 0
    mov dword [mem32], 0x40000000
    SETF F_CF
    adc dword [mem32], 0x3FFFFFFF   ; 0x80000000
    CHECK_FLAGS F_ARITH, F_OF|F_SF|F_AF|F_PF
    CHECK dword [mem32], 0x80000000

    ; ---- partial registers keep the rest of the 32-bit register
    mov eax, 0x1234FFFF
    add ax, 1
    CHECK eax, 0x12340000
    mov eax, 0x0000FF00
    add ah, 1
    CHECK eax, 0x00000000
    CHECK_FLAGS F_CF|F_ZF, F_CF|F_ZF
    mov ebx, 0xAABBCCFF
    add bl, 2
    CHECK ebx, 0xAABBCC01
    PASS

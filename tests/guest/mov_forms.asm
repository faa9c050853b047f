; MOV encodings: every 8-bit register number (AL CL DL BL AH CH DH BH) as source and
; destination of 88/8A, B0+r and B8+r immediates for all registers, C6/C7 immediate to
; memory (with a displacement, so the immediate follows it), the moffs forms A0-A3, and
; MOV to/from segment registers (8C/8E) with memory operands. No flags change.
; SDM vol. 2A "MOV" (opcode table), 3.1.1.1 (register encodings: with no REX, register
; numbers 4-7 of an 8-bit operand are AH CH DH BH).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
m:    resd 4
sreg: resw 1

TEST_START
    GO_PM32
    SETF F_ARITH
    mov eax, 0x11223344
    mov ecx, 0x55667788
    mov edx, 0x99AABBCC
    mov ebx, 0xDDEEFF00
    ; 88 /r with high-byte registers
    mov al, ch                      ; 88 E8
    CHECK eax, 0x11223377
    mov dh, bl                      ; 88 DE
    CHECK edx, 0x99AA00CC
    mov bh, ah                      ; 88 E7
    CHECK ebx, 0xDDEE3300
    mov cl, dh                      ; 88 F1
    CHECK ecx, 0x55667700
    ; 8A /r
    db 0x8A, 0xE1                   ; mov ah, cl
    CHECK eax, 0x11220077
    db 0x8A, 0xFA                   ; mov bh, dl
    CHECK ebx, 0xDDEECC00
    ; B0+r: every byte register
    mov al, 1
    mov cl, 2
    mov dl, 3
    mov bl, 4
    mov ah, 5
    mov ch, 6
    mov dh, 7
    mov bh, 8
    CHECK eax, 0x11220501
    CHECK ecx, 0x55660602
    CHECK edx, 0x99AA0703
    CHECK ebx, 0xDDEE0804
    ; B8+r
    mov esi, 0x12345678
    mov edi, 0x9ABCDEF0
    mov ebp, 0x0BADF00D
    CHECK esi, 0x12345678
    CHECK edi, 0x9ABCDEF0
    CHECK ebp, 0x0BADF00D
    mov si, 0xAAAA                  ; 66 BE
    CHECK esi, 0x1234AAAA
    ; C6 / C7 with a displacement before the immediate
    mov ebx, m - 4
    mov byte [ebx+4], 0x5A          ; C6 43 04 5A
    mov dword [ebx+8], 0xCAFEBABE   ; C7 43 08 imm32
    mov word [ebx+12], 0xBEEF       ; 66 C7 43 0C imm16
    CHECK byte [m], 0x5A
    CHECK dword [m+4], 0xCAFEBABE
    CHECK word [m+8], 0xBEEF
    ; moffs
    mov eax, 0
    mov al, [m]                     ; A0
    CHECK eax, 0x5A
    mov eax, [m+4]                  ; A1
    CHECK eax, 0xCAFEBABE
    mov al, 0x77
    mov [m+1], al                   ; A2
    mov ax, 0x1234
    mov [m+12], ax                  ; 66 A3
    CHECK byte [m+1], 0x77
    CHECK word [m+12], 0x1234
    ; segment registers through memory
    mov [sreg], ds                  ; 8C /r
    CHECK word [sreg], SEL_DATA32
    mov word [sreg], SEL_DATA16
    mov es, [sreg]                  ; 8E /r
    CHECK_SEG es, SEL_DATA16
    mov ax, SEL_DATA32
    mov es, ax
    CHECK_FLAGS F_ARITH, F_ARITH, "MOV changed no flags"
    mov eax, 0xFFFFFFFF
    mov eax, cs                     ; 8C C8, 32-bit operand size: only the low word is
    and eax, 0xFFFF                 ; defined for every processor generation
    CHECK eax, SEL_CODE32
    PASS

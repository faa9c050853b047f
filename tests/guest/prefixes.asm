; Operand-size (66) and address-size (67) prefixes in both modes: 32-bit operations and
; addressing in real mode, 16-bit ones in 32-bit code; moffs forms whose offset width
; follows the address size (A0/A1/A2/A3); immediates whose width follows the operand size;
; 16-bit address wrap-around in 32-bit code; repeated prefixes and different prefix orders
; (66 F3 / F3 66, segment override before or after 66/67).
; SDM vol. 2A, 2.1.1 "Instruction Prefixes" (groups 3 and 4); vol. 1, 3.6 "Operand-size
; and Address-size Attributes" (effective sizes from CS.D and the prefixes); vol. 2A "MOV"
; (moffs forms).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
buf:  resb 0x10
var:  resd 4

TEST_START
    ; ---- real mode: 32-bit operands
    db 0x66, 0xB8, 0x78, 0x56, 0x34, 0x12   ; mov eax, 0x12345678
    CHECK eax, 0x12345678
    mov ebx, 0x0F0F0F0F
    add eax, ebx
    CHECK eax, 0x21436587
    mov dx, sp
    push eax
    mov cx, dx
    mov bp, sp
    sub cx, bp
    CHECK cx, 4, "o32 PUSH moves SP by 4"
    pop ecx
    CHECK ecx, 0x21436587
    db 0x66, 0x66, 0xB9, 0x01, 0x00, 0x00, 0x80     ; repeated 66: still 32-bit
    CHECK ecx, 0x80000001
    ; 32-bit addressing
    mov dword [var], 0xA5A5A5A5
    mov eax, var - 8
    mov ebx, 4
    mov ecx, [eax+ebx*2]
    CHECK ecx, 0xA5A5A5A5
    db 0x67, 0xA0                   ; mov al, [moffs32]
    dd var
    CHECK al, 0xA5
    db 0x66, 0x67, 0xA1             ; mov eax, [moffs32]
    dd var
    CHECK eax, 0xA5A5A5A5
    db 0x67, 0x66, 0xA1             ; the same with the prefixes swapped
    dd var
    CHECK eax, 0xA5A5A5A5
    ; a near JMP with a 32-bit displacement
    db 0x66, 0xE9
    dd .rm_target - ($ + 4)
    EXIT 90
.rm_target:
    PRINT "real mode ok", 10

    GO_PM32
    ; ---- 16-bit operands in 32-bit code
    mov eax, 0xFFFFFFFF
    db 0x66, 0xB8, 0x34, 0x12       ; mov ax, 0x1234
    CHECK eax, 0xFFFF1234
    db 0x66, 0x66, 0xB8, 0x78, 0x56 ; repeated 66: still 16-bit
    CHECK eax, 0xFFFF5678
    mov edx, esp
    push ax
    mov ecx, edx
    sub ecx, esp
    pop ax
    CHECK ecx, 2, "66 PUSH moves ESP by 2"
    mov dword [var], 0x11112222
    db 0x66, 0x81, 0x05             ; add word [var], 0x0001 (imm16)
    dd var
    dw 0x0001
    CHECK dword [var], 0x11112223
    ; ---- 16-bit addressing in 32-bit code
    mov byte [buf+0x08], 0x3C
    mov ebx, 0xAAAA0000 + buf
    mov esi, 0xBBBB0008
    mov al, [bx+si]                 ; 67 8A 00
    CHECK al, 0x3C
    mov ebx, 0x0000FFFF
    mov esi, buf + 0x09             ; BX+SI = buf+0x08 + 0x10000: wraps
    mov al, [bx+si]
    CHECK al, 0x3C, "16-bit address wraps at 64 KiB"
    db 0x67, 0xA0                   ; mov al, [moffs16]
    dw buf + 0x08
    CHECK al, 0x3C
    db 0x66, 0x67, 0xA1             ; mov ax, [moffs16]
    dw var
    CHECK ax, 0x2223
    db 0x67, 0x2E, 0x66, 0xA1       ; prefixes in another order, with CS (flat)
    dw var
    CHECK ax, 0x2223
    ; rep and operand-size prefixes in either order
    mov dword [buf], 0x44332211
    mov esi, buf
    mov edi, buf + 8
    mov ecx, 2
    cld
    db 0x66, 0xF3, 0xA5             ; rep movsw
    CHECK dword [buf+8], 0x44332211
    CHECK ecx, 0
    mov esi, buf
    mov edi, buf + 12
    mov ecx, 1
    db 0xF3, 0x66, 0xA5
    CHECK word [buf+12], 0x2211
    CHECK esi, buf + 2
    PASS

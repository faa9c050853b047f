; Near and far CALL/JMP/RET: relative, register and memory-indirect near forms; far direct
; (ptr16:16 / ptr16:32) and memory-indirect (m16:16 / m16:32) forms; RET imm16 and RETF
; imm16 releasing parameters; the pushed return addresses and CS; a far call into a
; different real-mode segment (RAM) and, in protected mode, into a 16-bit code segment
; (D=0) and back with a 32-bit RETF; operand-size prefixed CALL/RET in real mode.
; SDM vol. 2A "CALL", "JMP"; vol. 2B "RET"; vol. 3, 5.8 (far transfers in protected mode).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
nptr16: resw 1
fptr16: resw 2
nptr32: resd 1
fptr32: resd 1
        resw 1
saved:  resd 4

RAMCODE_SEG equ 0x1000              ; real-mode code copied to 0x10100
RAMCODE_OFF equ 0x0100

TEST_START
    ; ---- near call/ret, return address on the stack
    call rm_sub_ret_addr
.ra1:
    CHECK ax, .ra1
    mov bx, rm_sub_inc
    xor cx, cx
    call bx
    CHECK cx, 1
    mov word [nptr16], rm_sub_inc
    call [nptr16]
    CHECK cx, 2
    ; RET imm16: two parameters dropped
    mov dx, sp
    push word 0x1111
    push word 0x2222
    call rm_sub_ret4
    mov si, sp
    CHECK si, dx
    CHECK ax, 0x2222
    ; far direct and indirect
    call 0xF000:rm_far_sub
.ra2:
    CHECK ax, .ra2
    CHECK bx, 0xF000
    mov word [fptr16], rm_far_sub
    mov word [fptr16+2], 0xF000
    call far [fptr16]
.ra3:
    CHECK ax, .ra3
    ; RETF imm
    mov dx, sp
    push word 7
    call 0xF000:rm_far_ret2
    mov si, sp
    CHECK si, dx
    ; far call into RAM at another segment: the code returns its CS in AX
    mov ax, RAMCODE_SEG
    mov es, ax
    mov di, RAMCODE_OFF
    mov si, rm_blob
.cp:
    mov al, [cs:si]
    mov [es:di], al
    inc si
    inc di
    cmp si, rm_blob_end
    jb .cp
    xor ax, ax
    mov es, ax
    call RAMCODE_SEG:RAMCODE_OFF
    CHECK ax, RAMCODE_SEG
    ; far JMP and JMP through memory
    jmp 0xF000:.j1
    EXIT 90
.j1:
    mov word [nptr16], .j2
    jmp [nptr16]
    EXIT 91
.j2:
    mov word [fptr16], .j3
    jmp far [fptr16]
    EXIT 92
.j3:
    ; 32-bit operand size in real mode: CALL pushes 4 bytes, o32 RET pops 4
    mov dx, sp
    call dword rm_sub_ret32          ; 66 E8 rel32
.ra4:
    CHECK eax, .ra4
    mov si, sp
    CHECK si, dx
    PRINT "real mode ok", 10

    GO_PM32
    call pm_sub_ret_addr
.pa1:
    CHECK eax, .pa1
    mov ebx, pm_sub_inc
    xor ecx, ecx
    call ebx
    CHECK ecx, 1
    mov dword [nptr32], pm_sub_inc
    call [nptr32]
    CHECK ecx, 2
    mov edx, esp
    push dword 0x11111111
    push dword 0x22222222
    call pm_sub_ret8
    mov esi, esp
    CHECK esi, edx
    CHECK eax, 0x22222222
    ; far call: EIP then CS (a 32-bit slot, selector in the low 16 bits)
    call SEL_CODE32:pm_far_sub
.pa2:
    CHECK eax, .pa2
    CHECK bx, SEL_CODE32
    mov dword [fptr32], pm_far_sub
    mov word [fptr32+4], SEL_CODE32
    call far [fptr32]
.pa3:
    CHECK eax, .pa3
    mov edx, esp
    push dword 5
    push dword 6
    call SEL_CODE32:pm_far_ret8
    mov esi, esp
    CHECK esi, edx
    ; far jumps
    jmp SEL_CODE32:.k1
    EXIT 93
.k1:
    mov dword [fptr32], .k2
    jmp far [fptr32]
    EXIT 94
.k2:
    ; into a 16-bit code segment and back
    mov ebx, 0
    call SEL_CODE16:pm16_target
.pa4:
    CHECK ebx, 0x00C0FFEE
    CHECK ecx, 0x0002               ; 16-bit PUSH moved SP by 2
    CHECK edx, .pa4                 ; return EIP read by the 16-bit code
    CHECK esi, SEL_CODE32
    PASS

; ---------------------------------------------------------------- real-mode helpers
CODE16
rm_sub_ret_addr:
    mov bp, sp
    mov ax, [bp]
    ret
rm_sub_inc:
    inc cx
    ret
rm_sub_ret4:
    mov bp, sp
    mov ax, [bp+2]
    ret 4
rm_far_sub:
    mov bp, sp
    mov ax, [bp]
    mov bx, [bp+2]
    retf
rm_far_ret2:
    retf 2
rm_sub_ret32:
    mov bp, sp
    mov eax, [bp]
    o32 ret
rm_blob:
    mov ax, cs
    retf
rm_blob_end:

; 16-bit code segment in protected mode (selector SEL_CODE16, base 0xF0000): reached by a
; 32-bit far call, so the frame is 32-bit EIP and CS.
pm16_target:
    mov ebx, 0x00C0FFEE
    mov ecx, esp
    push ax                         ; 16-bit default operand size
    sub ecx, esp
    pop ax
    mov edx, [esp]                  ; return EIP
    mov si, [esp+4]                 ; return CS
    movzx esi, si
    o32 retf

CODE32
pm_sub_ret_addr:
    mov eax, [esp]
    ret
pm_sub_inc:
    inc ecx
    ret
pm_sub_ret8:
    mov eax, [esp+4]
    ret 8
pm_far_sub:
    mov eax, [esp]
    mov ebx, [esp+4]
    retf
pm_far_ret8:
    retf 8

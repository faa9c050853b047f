; PUSHA/PUSHAD and POPA/POPAD: push order AX CX DX BX (original SP) BP SI DI; POPA discards
; the SP image; 16-bit in real mode, 32-bit and 66-prefixed 16-bit in protected mode.
; SDM vol. 2B "PUSHA/PUSHAD" ("Temp ← (SP); Push(AX) ... Push(Temp) ..."), "POPA/POPAD"
; ("ESP ← ESP + 4 (* Skip next 4 bytes of stack *)").
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

TEST_START
    mov ax, 0x1111
    mov cx, 0x2222
    mov dx, 0x3333
    mov bx, 0x4444
    mov bp, 0x5555
    mov si, 0x6666
    mov di, 0x7777
    pusha
    mov bp, sp
    CHECK bp, RM_STACK_TOP - 16
    CHECK word [bp+14], 0x1111
    CHECK word [bp+12], 0x2222
    CHECK word [bp+10], 0x3333
    CHECK word [bp+8], 0x4444
    CHECK word [bp+6], RM_STACK_TOP
    CHECK word [bp+4], 0x5555
    CHECK word [bp+2], 0x6666
    CHECK word [bp+0], 0x7777
    mov word [bp+6], 0xDEAD         ; ignored by POPA
    xor ax, ax
    xor cx, cx
    xor dx, dx
    xor bx, bx
    xor bp, bp
    xor si, si
    xor di, di
    popa
    mov [TESTVARS], sp
    CHECK word [TESTVARS], RM_STACK_TOP
    CHECK ax, 0x1111
    CHECK cx, 0x2222
    CHECK dx, 0x3333
    CHECK bx, 0x4444
    CHECK bp, 0x5555
    CHECK si, 0x6666
    CHECK di, 0x7777
    PRINT "real mode ok", 10

    GO_PM32
    mov eax, 0xA0A0A0A0
    mov ecx, 0xC1C1C1C1
    mov edx, 0xD2D2D2D2
    mov ebx, 0xB3B3B3B3
    mov ebp, 0xB5B5B5B5
    mov esi, 0x51515151
    mov edi, 0xD1D1D1D1
    SETF F_CF|F_OF
    pushad
    CHECK_FLAGS F_ARITH, F_CF|F_OF
    mov ebp, esp
    CHECK ebp, PM_STACK_TOP - 32
    CHECK dword [ebp+28], 0xA0A0A0A0
    CHECK dword [ebp+24], 0xC1C1C1C1
    CHECK dword [ebp+20], 0xD2D2D2D2
    CHECK dword [ebp+16], 0xB3B3B3B3
    CHECK dword [ebp+12], PM_STACK_TOP
    CHECK dword [ebp+8], 0xB5B5B5B5
    CHECK dword [ebp+4], 0x51515151
    CHECK dword [ebp+0], 0xD1D1D1D1
    mov dword [ebp+12], 0x12345678
    xor eax, eax
    xor ecx, ecx
    xor edx, edx
    xor ebx, ebx
    xor esi, esi
    xor edi, edi
    popad
    mov ebp, esp
    CHECK ebp, PM_STACK_TOP
    CHECK eax, 0xA0A0A0A0
    CHECK ecx, 0xC1C1C1C1
    CHECK edx, 0xD2D2D2D2
    CHECK ebx, 0xB3B3B3B3
    CHECK esi, 0x51515151
    CHECK edi, 0xD1D1D1D1
    ; 16-bit PUSHA in 32-bit code: 8 words, upper halves untouched by POPA
    mov eax, 0xAAAA0001
    mov ebx, 0xBBBB0004
    o16 pusha
    mov ebp, esp
    CHECK ebp, PM_STACK_TOP - 16
    CHECK word [ebp+14], 0x0001
    CHECK word [ebp+6], PM_STACK_TOP & 0xFFFF
    mov word [ebp+14], 0x0101
    mov word [ebp+8], 0x0404
    o16 popa
    CHECK eax, 0xAAAA0101
    CHECK ebx, 0xBBBB0404
    mov ebp, esp
    CHECK ebp, PM_STACK_TOP
    PASS

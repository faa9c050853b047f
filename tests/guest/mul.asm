; MUL (unsigned): AX <- AL*r/m8, DX:AX <- AX*r/m16, EDX:EAX <- EAX*r/m32; CF = OF = (upper
; half != 0). 16-bit MUL writes only AX and DX (upper halves of EAX/EDX kept).
; SDM vol. 2B "MUL" (SF, ZF, AF, PF undefined: not checked).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

CO equ F_CF|F_OF

[absolute TESTVARS]
mem32: resd 1
mem16: resw 1
mem8:  resb 1

TEST_START
    mov ax, 0xFFFF
    mov cx, 0xFFFF
    mul cx
    CHECK ax, 0x0001
    CHECK dx, 0xFFFE
    CHECK_FLAGS CO, CO
    mov eax, 0xFFFFFFFF
    mov ecx, 0xFFFFFFFF
    mul ecx
    CHECK eax, 0x00000001
    CHECK edx, 0xFFFFFFFE
    PRINT "real mode ok", 10

    GO_PM32
    ; 8-bit
    SETF 0
    mov ax, 0x5580
    mov bl, 0x02
    mul bl
    CHECK_FLAGS CO, CO
    CHECK ax, 0x0100
    SETF CO
    mov ax, 0xAA0F
    mov bl, 0x10
    mul bl
    CHECK_FLAGS CO, 0
    CHECK ax, 0x00F0
    SETF 0
    mov eax, 0x123400FF
    mov ch, 0xFF
    mul ch
    CHECK eax, 0x1234FE01
    CHECK_FLAGS CO, CO
    ; 16-bit: upper halves of EAX and EDX untouched
    SETF 0
    mov eax, 0xAAAAFFFF
    mov edx, 0xBBBB0000
    mov cx, 0xFFFF
    mul cx
    CHECK eax, 0xAAAA0001
    CHECK edx, 0xBBBBFFFE
    CHECK_FLAGS CO, CO
    SETF CO
    mov ax, 0x0100
    mov si, 0x00FF
    mul si
    CHECK ax, 0xFF00
    CHECK dx, 0x0000
    CHECK_FLAGS CO, 0
    ; 32-bit
    SETF 0
    mov eax, 0xFFFFFFFF
    mov ecx, 0xFFFFFFFF
    mul ecx
    CHECK eax, 0x00000001
    CHECK edx, 0xFFFFFFFE
    CHECK_FLAGS CO, CO
    SETF 0
    mov eax, 0x00010000
    mov ebx, 0x00010000
    mul ebx
    CHECK eax, 0
    CHECK edx, 1
    CHECK_FLAGS CO, CO
    SETF CO
    mov eax, 0x12345678
    mov edi, 0
    mov edx, 0xDEADBEEF
    mul edi
    CHECK eax, 0
    CHECK edx, 0
    CHECK_FLAGS CO, 0
    ; memory sources
    mov dword [mem32], 5
    mov eax, 3
    SETF CO
    mul dword [mem32]
    CHECK eax, 15
    CHECK edx, 0
    CHECK_FLAGS CO, 0
    mov word [mem16], 0x8000
    mov ax, 4
    mul word [mem16]
    CHECK ax, 0
    CHECK dx, 2
    CHECK_FLAGS CO, CO
    mov byte [mem8], 200
    mov al, 200
    mul byte [mem8]                 ; 40000 = 0x9C40
    CHECK ax, 0x9C40
    CHECK_FLAGS CO, CO
    ; MUL by EAX itself: EDX:EAX = EAX^2
    mov eax, 0x80000000
    mul eax
    CHECK eax, 0
    CHECK edx, 0x40000000
    PASS

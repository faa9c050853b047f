; IMUL, all forms: one operand (AX/DX:AX/EDX:EAX <- signed product), two operands
; (0F AF), three operands with imm8 (6B) and imm16/32 (69); 8/16/32-bit. CF = OF = 1 when
; the full product does not fit the destination as a signed value (one-operand form: when
; the upper half is not the sign extension of the lower half).
; SDM vol. 2A "IMUL" (SF ZF AF PF undefined: not checked).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

CO equ F_CF|F_OF

[absolute TESTVARS]
mem32: resd 1
mem16: resw 1
mem8:  resb 1

TEST_START
    mov ax, 0x8000
    mov cx, 0xFFFF
    imul cx
    CHECK ax, 0x8000
    CHECK dx, 0x0000
    CHECK_FLAGS CO, CO
    mov eax, -3
    mov ebx, 7
    imul eax, ebx
    CHECK eax, -21
    PRINT "real mode ok", 10

    GO_PM32
    ; ---- one operand, 8-bit
    SETF 0
    mov ax, 0x0080                  ; -128
    mov bl, 0x02
    imul bl                         ; -256 = 0xFF00
    CHECK ax, 0xFF00
    CHECK_FLAGS CO, CO
    SETF 0
    mov al, 0xFF                    ; -1
    mov bl, 0x80                    ; -128
    imul bl                         ; +128 = 0x0080, does not fit in AL
    CHECK ax, 0x0080
    CHECK_FLAGS CO, CO
    SETF CO
    mov al, 0xFE                    ; -2
    mov bl, 0x40
    imul bl                         ; -128 = 0xFF80, fits
    CHECK ax, 0xFF80
    CHECK_FLAGS CO, 0
    ; ---- one operand, 16/32-bit
    SETF 0
    mov eax, 0x11118000
    mov edx, 0x22220000
    mov cx, 0xFFFF
    imul cx                         ; -32768 * -1 = 32768
    CHECK eax, 0x11118000
    CHECK edx, 0x22220000
    CHECK_FLAGS CO, CO
    SETF CO
    mov eax, -1
    mov ecx, -1
    imul ecx
    CHECK eax, 1
    CHECK edx, 0
    CHECK_FLAGS CO, 0
    SETF 0
    mov eax, 0x7FFFFFFF
    mov ecx, 2
    imul ecx
    CHECK eax, 0xFFFFFFFE
    CHECK edx, 0
    CHECK_FLAGS CO, CO
    SETF CO
    mov eax, -5
    mov esi, 3
    imul esi
    CHECK eax, -15
    CHECK edx, 0xFFFFFFFF
    CHECK_FLAGS CO, 0
    mov dword [mem32], 0x80000000
    mov eax, 0x80000000
    imul dword [mem32]              ; 2^62
    CHECK eax, 0
    CHECK edx, 0x40000000
    CHECK_FLAGS CO, CO

    ; ---- two operands
    SETF 0
    mov eax, 0x10000
    mov ebx, 0x10000
    imul eax, ebx
    CHECK eax, 0
    CHECK_FLAGS CO, CO
    SETF CO
    mov eax, -3
    mov ebx, 7
    imul eax, ebx
    CHECK eax, 0xFFFFFFEB
    CHECK_FLAGS CO, 0
    SETF 0
    mov eax, 0xABCD0000 + 300
    mov bx, 200
    imul ax, bx                     ; 60000 does not fit in 16 signed bits
    CHECK eax, 0xABCD0000 + 60000
    CHECK_FLAGS CO, CO
    mov word [mem16], -2
    mov dx, 1000
    imul dx, [mem16]
    CHECK dx, -2000
    CHECK_FLAGS CO, 0

    ; ---- three operands
    SETF 0
    mov ebx, 0x40000000
    imul eax, ebx, -2               ; -2^31 fits exactly
    CHECK eax, 0x80000000
    CHECK_FLAGS CO, 0
    SETF 0
    mov ebx, 0x08000000
    imul eax, ebx, 0x10             ; +2^31 does not fit
    CHECK eax, 0x80000000
    CHECK_FLAGS CO, CO
    mov dword [mem32], 30000
    SETF 0
    imul ecx, [mem32], 100000       ; 3,000,000,000
    CHECK ecx, 0xB2D05E00
    CHECK_FLAGS CO, CO
    SETF 0
    mov bx, 0x8000
    imul ax, bx, -1                 ; +32768 does not fit
    CHECK ax, 0x8000
    CHECK_FLAGS CO, CO
    SETF CO
    mov si, 100
    imul di, si, strict word 300    ; 69 /r iw: 30000 fits
    CHECK di, 30000
    CHECK_FLAGS CO, 0
    mov byte [mem8], 0x90           ; -112
    mov al, 2
    imul byte [mem8]                ; -224 = 0xFF20
    CHECK ax, 0xFF20
    CHECK_FLAGS CO, CO
    PASS

; MOVZX and MOVSX: byte->word, byte->dword, word->dword, register and memory sources,
; high-byte sources; no flags; a 16-bit destination keeps EAX[31:16].
; SDM vol. 2B "MOVZX", "MOVSX/MOVSXD".
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
m8:  resb 1
m16: resw 1

TEST_START
    mov bl, 0x80
    movsx ax, bl
    CHECK ax, 0xFF80
    movzx ax, bl
    CHECK ax, 0x0080
    PRINT "real mode ok", 10
    GO_PM32
    SETF F_ARITH
    mov ebx, 0x12345680
    movzx eax, bl
    CHECK eax, 0x00000080
    movsx eax, bl
    CHECK eax, 0xFFFFFF80
    mov ebx, 0x1234567F
    movsx eax, bl
    CHECK eax, 0x0000007F
    mov ebx, 0x12348000
    movzx eax, bx
    CHECK eax, 0x00008000
    movsx eax, bx
    CHECK eax, 0xFFFF8000
    mov edx, 0x0000C300
    movsx ecx, dh
    CHECK ecx, 0xFFFFFFC3
    movzx ecx, dh
    CHECK ecx, 0x000000C3
    ; 16-bit destinations keep the upper half
    mov eax, 0xAAAA0000
    mov bl, 0xFE
    movsx ax, bl
    CHECK eax, 0xAAAAFFFE
    movzx ax, bl
    CHECK eax, 0xAAAA00FE
    CHECK_FLAGS F_ARITH, F_ARITH, "no flags changed"
    ; memory sources
    mov byte [m8], 0x90
    mov word [m16], 0x9000
    movsx esi, byte [m8]
    CHECK esi, 0xFFFFFF90
    movzx esi, byte [m8]
    CHECK esi, 0x00000090
    movsx edi, word [m16]
    CHECK edi, 0xFFFF9000
    movzx edi, word [m16]
    CHECK edi, 0x00009000
    movsx di, byte [m8]
    CHECK di, 0xFF90
    ; source and destination the same register
    mov eax, 0x000000F0
    movsx eax, al
    CHECK eax, 0xFFFFFFF0
    mov eax, 0xFFFF8001
    movzx eax, ax
    CHECK eax, 0x00008001
    PASS

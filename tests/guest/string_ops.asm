; MOVS, LODS, STOS, CMPS, SCAS without REP: byte/word/dword, DF=0 (increment) and DF=1
; (decrement) by the operand size, results, and flags (CMPS/SCAS set them as CMP of
; [ESI]-[EDI] / accumulator-[EDI]; the others leave flags alone), in protected mode
; and in real mode (DS:SI, ES:DI).
; SDM vol. 2B "MOVS/MOVSB/MOVSW/MOVSD", "LODS", "STOS", "CMPS", "SCAS"; vol. 1, 7.3.9.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

SRC equ RAM_HIGH
DST equ RAM_HIGH + 0x100
RSEG equ 0x1000                 ; real-mode buffers at 0x10000 (DS) and 0x20000 (ES)

TEST_START
    ; ---- real mode: DS:SI -> ES:DI
    mov ax, RSEG
    mov ds, ax
    mov ax, RSEG * 2
    mov es, ax
    mov byte [0x10], 0x5A
    mov word [0x11], 0x1234
    cld
    mov si, 0x10
    mov di, 0x20
    movsb
    movsw
    CHECK si, 0x13
    CHECK di, 0x23
    CHECK byte [es:0x20], 0x5A
    CHECK word [es:0x21], 0x1234
    std
    mov di, 0x30
    mov ax, 0xBEEF
    stosw
    CHECK di, 0x2E
    CHECK word [es:0x30], 0xBEEF
    mov si, 0x11
    lodsw
    CHECK ax, 0x1234
    CHECK si, 0x0F
    cld
    xor ax, ax
    mov ds, ax
    mov es, ax
    PRINT "real mode ok", 10

    GO_PM32
    ; source bytes 01 02 03 ... 20, destination zeroed
    mov ebx, 0
.fill:
    lea eax, [ebx+1]
    mov [SRC+ebx], al
    mov byte [DST+ebx], 0
    inc ebx
    cmp ebx, 0x40
    jb .fill

    ; ---- MOVS, DF=0
    cld
    mov esi, SRC
    mov edi, DST
    mov ecx, 0x12345678
    SETF F_CF|F_ZF
    movsb
    CHECK_FLAGS F_ARITH, F_CF|F_ZF
    CHECK byte [DST], 0x01
    CHECK esi, SRC+1
    CHECK edi, DST+1
    movsw
    CHECK word [DST+1], 0x0302
    CHECK esi, SRC+3
    CHECK edi, DST+3
    movsd
    CHECK dword [DST+3], 0x07060504
    CHECK esi, SRC+7
    CHECK edi, DST+7
    CHECK ecx, 0x12345678
    ; ---- MOVS, DF=1
    std
    mov esi, SRC+0x10
    mov edi, DST+0x20
    movsd
    CHECK dword [DST+0x20], 0x14131211
    CHECK esi, SRC+0x0C
    CHECK edi, DST+0x1C
    movsw
    CHECK word [DST+0x1C], 0x0E0D
    CHECK esi, SRC+0x0A
    movsb
    CHECK byte [DST+0x1A], 0x0B
    CHECK esi, SRC+0x09
    CHECK edi, DST+0x19
    CHECK_FLAGS F_DF, F_DF
    cld

    ; ---- LODS
    mov esi, SRC+4
    mov eax, 0xFFFFFFFF
    lodsb
    CHECK eax, 0xFFFFFF05
    lodsw
    CHECK eax, 0xFFFF0706
    lodsd
    CHECK eax, 0x0B0A0908
    CHECK esi, SRC+11
    std
    lodsd
    CHECK eax, 0x0F0E0D0C
    CHECK esi, SRC+7
    cld

    ; ---- STOS
    mov edi, DST+0x30
    mov eax, 0xA1B2C3D4
    stosb
    stosw
    stosd
    CHECK byte [DST+0x30], 0xD4
    CHECK word [DST+0x31], 0xC3D4
    CHECK dword [DST+0x33], 0xA1B2C3D4
    CHECK edi, DST+0x37
    std
    stosw
    CHECK edi, DST+0x35
    CHECK word [DST+0x37], 0xC3D4
    cld

    ; ---- CMPS: flags of [ESI] - [EDI]
    mov byte [DST+0x38], 0x02
    mov esi, SRC                    ; 0x01
    mov edi, DST+0x38
    SETF 0
    cmpsb                           ; 1 - 2 = 0xFF
    CHECK_FLAGS F_ARITH, F_CF|F_SF|F_AF|F_PF
    CHECK esi, SRC+1
    CHECK edi, DST+0x39
    mov dword [DST+0x3C], 0x04030201
    mov esi, SRC
    mov edi, DST+0x3C
    SETF F_CF
    cmpsd
    CHECK_FLAGS F_ARITH, F_ZF|F_PF
    mov word [DST+0x3C], 0x0203
    mov esi, SRC+2                  ; word 0x0403
    mov edi, DST+0x3C
    std
    cmpsw                           ; 0x0403 - 0x0203 = 0x0200
    CHECK_FLAGS F_ARITH, F_PF
    CHECK esi, SRC
    CHECK edi, DST+0x3A
    cld

    ; ---- SCAS: flags of accumulator - [EDI]
    mov edi, SRC+4                  ; byte 0x05
    mov al, 0x05
    SETF F_CF
    scasb
    CHECK_FLAGS F_ARITH, F_ZF|F_PF
    CHECK edi, SRC+5
    mov edi, SRC                    ; dword 0x04030201
    mov eax, 0x04030200
    scasd
    CHECK_FLAGS F_ARITH, F_CF|F_SF|F_AF|F_PF
    CHECK edi, SRC+4
    mov edi, SRC+8                  ; word 0x0A09
    mov ax, 0x0A0A
    std
    scasw
    CHECK_FLAGS F_ARITH, 0
    CHECK edi, SRC+6
    cld
    PASS

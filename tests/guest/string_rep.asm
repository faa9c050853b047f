; REP/REPE/REPNE string instructions: counts (incl. 0), the final (E)CX/(E)SI/(E)DI, where
; REPE/REPNE stop and the flags they leave; DF=1; segment override of the source (the ES
; destination cannot be overridden); 16-bit addressing (67 prefix in protected mode: CX,
; SI, DI only, upper halves untouched) and 16-bit offset wrap-around in real mode; 32-bit
; addressing (67 prefix) in real mode.
; SDM vol. 2B "REP/REPE/REPZ/REPNE/REPNZ" (termination conditions, count checked before
; each iteration), "MOVS", "CMPS", "SCAS", "STOS", "LODS"; vol. 1, 7.3.9.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

BUF  equ RAM_HIGH
BUF2 equ RAM_HIGH + 0x1000
LOW  equ TESTVARS + 0x800           ; below 64K for 16-bit addressing
SEL_FS equ SEL_FREE                 ; data segment based at BUF2

TEST_START
    ; ---- real mode: offset wrap at 64K
    mov ax, 0x1000
    mov ds, ax
    mov ax, 0x2000
    mov es, ax
    mov byte [0xFFFF], 0xA1
    mov byte [0x0000], 0xA2
    cld
    mov si, 0xFFFF
    mov di, 0x0100
    mov cx, 2
    rep movsb
    CHECK si, 0x0001
    CHECK di, 0x0102
    CHECK cx, 0
    CHECK byte [es:0x0100], 0xA1
    CHECK byte [es:0x0101], 0xA2
    ; DF=1 wrap: STOSB at ES:0000 then ES:FFFF
    std
    mov di, 0x0000
    mov cx, 2
    mov al, 0x77
    rep stosb
    CHECK di, 0xFFFE
    CHECK byte [es:0x0000], 0x77
    CHECK byte [es:0xFFFF], 0x77
    cld
    ; FS override on the source in real mode
    mov ax, 0x3000
    mov fs, ax
    mov dword [fs:0x40], 0xCAFEF00D
    mov si, 0x40
    mov di, 0x200
    mov cx, 4
    fs rep movsb
    CHECK dword [es:0x200], 0xCAFEF00D
    ; 32-bit addressing in real mode: ECX, ESI, EDI
    mov ecx, 3
    mov esi, 0x40
    mov edi, 0x300
    a32 fs rep movsb
    CHECK ecx, 0
    CHECK esi, 0x43
    CHECK edi, 0x303
    CHECK word [es:0x300], 0xF00D
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov fs, ax
    PRINT "real mode ok", 10

    GO_PM32
    SET_DESC SEL_FS, BUF2, 0xFFFFF, 0x93, 0xC0
    ; BUF = 00 01 02 ... (0x100 bytes), BUF2 = "ABCDX", "ABCDY" at +0x10, "hello\0" at +0x20
    xor ebx, ebx
.fill:
    mov [BUF+ebx], bl
    inc ebx
    cmp ebx, 0x100
    jb .fill
    mov dword [BUF2], 'ABCD'
    mov byte [BUF2+4], 'X'
    mov dword [BUF2+0x10], 'ABCD'
    mov byte [BUF2+0x14], 'Y'
    mov dword [BUF2+0x20], 'hell'
    mov word [BUF2+0x24], 'o'

    ; ---- REP MOVSB / MOVSD
    cld
    mov esi, BUF
    mov edi, BUF2+0x100
    mov ecx, 10
    rep movsb
    CHECK ecx, 0
    CHECK esi, BUF+10
    CHECK edi, BUF2+0x10A
    CHECK dword [BUF2+0x106], 0x09080706
    mov esi, BUF+0x40
    mov edi, BUF2+0x200
    mov ecx, 3
    rep movsd
    CHECK ecx, 0
    CHECK dword [BUF2+0x208], 0x4B4A4948
    ; backwards
    std
    mov esi, BUF+0x88
    mov edi, BUF2+0x308
    mov ecx, 3
    rep movsd
    CHECK esi, BUF+0x7C
    CHECK edi, BUF2+0x2FC
    CHECK dword [BUF2+0x300], 0x83828180
    cld
    ; count 0: nothing happens, flags kept
    mov dword [BUF2+0x400], 0x11111111
    mov dword [BUF2+0x404], 0x11111111
    mov edi, BUF2+0x400
    xor ecx, ecx
    mov eax, 0xDEADBEEF
    SETF F_CF|F_ZF
    rep stosd
    CHECK_FLAGS F_ARITH, F_CF|F_ZF
    CHECK edi, BUF2+0x400
    CHECK dword [BUF2+0x400], 0x11111111
    ; REP STOSW
    mov edi, BUF2+0x400
    mov ecx, 3
    mov ax, 0x5AA5
    rep stosw
    CHECK dword [BUF2+0x402], 0x5AA55AA5
    CHECK word [BUF2+0x406], 0x1111
    ; REP LODSB leaves the last byte
    mov esi, BUF+0x30
    mov ecx, 3
    rep lodsb
    CHECK al, 0x32
    CHECK esi, BUF+0x33

    ; ---- REPE CMPSB stops at the first difference
    mov esi, BUF2
    mov edi, BUF2+0x10
    mov ecx, 8
    repe cmpsb
    CHECK ecx, 3
    CHECK esi, BUF2+5
    CHECK edi, BUF2+0x15
    CHECK_FLAGS F_ARITH, F_CF|F_SF|F_AF|F_PF      ; 'X' - 'Y'
    ; all equal: runs out, ZF=1
    mov esi, BUF2
    mov edi, BUF2+0x10
    mov ecx, 4
    repe cmpsb
    CHECK ecx, 0
    CHECK_FLAGS F_ZF, F_ZF
    ; REPNE SCASB finds the terminator
    mov edi, BUF2+0x20
    mov ecx, 100
    xor al, al
    repne scasb
    CHECK ecx, 94
    CHECK edi, BUF2+0x26
    CHECK_FLAGS F_ZF, F_ZF
    ; REPNE SCASW that never matches: ECX runs out, ZF=0
    mov edi, BUF
    mov ecx, 5
    mov ax, 0xFFFF
    repne scasw
    CHECK ecx, 0
    CHECK edi, BUF+10
    CHECK_FLAGS F_ZF, 0
    ; REPE SCASD with a match at once then a mismatch
    mov dword [BUF2+0x500], 7
    mov dword [BUF2+0x504], 8
    mov edi, BUF2+0x500
    mov eax, 7
    mov ecx, 10
    repe scasd
    CHECK ecx, 8
    CHECK edi, BUF2+0x508
    CHECK_FLAGS F_ZF, 0

    ; ---- segment override of the source; ES stays the destination
    mov ax, SEL_FS
    mov fs, ax
    mov esi, 0x20                   ; FS:0x20 = BUF2+0x20 "hello"
    mov edi, BUF2+0x600
    mov ecx, 5
    fs rep movsb
    CHECK dword [BUF2+0x600], 'hell'
    mov esi, 0
    mov edi, BUF2+0x10              ; ES:EDI = "ABCDY"
    mov ecx, 5
    fs repe cmpsb                   ; FS:0 = "ABCDX"
    CHECK ecx, 0
    CHECK_FLAGS F_ZF|F_CF, F_CF
    mov esi, 1
    fs lodsb
    CHECK al, 'B'
    ; an ES override on STOS is ignored (destination is always ES)
    mov edi, BUF2+0x700
    mov al, 0x3C
    fs stosb
    CHECK byte [BUF2+0x700], 0x3C

    ; ---- 16-bit addressing in protected mode (67): CX, SI, DI; upper halves kept
    mov dword [LOW], 0x44332211
    mov esi, 0xABCD0000 + LOW
    mov edi, 0x12340000 + LOW + 0x10
    mov ecx, 0xFFFF0004
    a16 rep movsb
    CHECK ecx, 0xFFFF0000
    CHECK esi, 0xABCD0000 + LOW + 4
    CHECK edi, 0x12340000 + LOW + 0x14
    CHECK dword [LOW+0x10], 0x44332211
    mov ax, SEL_DATA32
    mov fs, ax
    PASS

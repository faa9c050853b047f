; Segment checks at access time beyond seg_checks.asm: string instructions (REP MOVS/STOS
; stop at the first iteration whose operand leaves the segment, with rCX/rSI/rDI telling
; the completed iterations), DF=1 walking below offset 0, segment overrides and null
; FS/GS on string and stack-operand instructions, 16-bit expand-down segments (B=0: valid
; offsets limit+1..FFFFH), SS-based addressing through EBP (#SS), x87 memory operands
; (the whole m32/m64/m16 operand is checked before anything is stored; the register stack
; is unchanged after the fault), reads through an execute-only CS, near JMP/Jcc/CALL/RET
; targets beyond the limit of a 32-bit code segment (#GP(0), nothing pushed or popped),
; and in real mode a 32-bit address beyond 64 KiB, a word at SS:FFFF through BP and REP
; MOVSW running into ES:FFFF.
; SDM vol. 3, 5.3 "Limit Checking" (every byte of the operand; expand-down ranges), 5.4
; "Type Checking" (execute-only code is not readable, read-only data not writable), 3.4.2
; (null selectors); vol. 2 per-instruction "#GP(0)/#SS(0) If a memory operand effective
; address is outside the ... segment limit", JMP/Jcc/CALL/RET ("IF tempEIP is not within
; code segment limit THEN #GP(0)"), "REP/REPE/REPZ/REPNE/REPNZ" and vol. 1, 7.3.9.1 (a
; fault in a repeated string instruction leaves the registers at the faulting iteration,
; so the instruction can be restarted); vol. 2 "CALL": the target is checked before the
; return address is pushed.
; qemu-deviation: QEMU 7.2 TCG performs none of these access-time checks (it checks
; descriptors only when a segment register is loaded): every check after the marker.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

SEL_SMALL equ SEL_FREE              ; data, byte granular, limit 0xFFF, base 0x200000
SEL_RO    equ SEL_FREE + 0x08       ; read-only data, flat
SEL_XD16  equ SEL_FREE + 0x10       ; expand-down data, limit 0xFFF, B=0, base 0x200000
SEL_STK   equ SEL_FREE + 0x18       ; stack, limit 0xFFFF, base 0x210000
SEL_XDSTK equ SEL_FREE + 0x20       ; expand-down stack, limit 0xFFF, B=1, base 0x210000
SEL_XO    equ SEL_FREE + 0x28       ; execute-only code, flat, 32-bit
SEL_LCODE equ SEL_FREE + 0x30       ; code, base 0, limit 0xFFFFF (1 MiB), 32-bit

SMALL_BASE equ 0x200000
BEYOND     equ 0x100000             ; first offset past SEL_LCODE's limit

[absolute TESTVARS]
buf:      resb 16
fpbuf:    resq 1
savedesp: resd 1

%macro FAULT 2+
    EXC_ARM %%r
%%f:
    %2
%%r:
    CHECK_EXC %1, 0, %%f
%endmacro

TEST_START
    QEMU_DEVIATION "QEMU 7.2 TCG does not check segment limits or rights on access"
    ; ---- real mode: 64 KiB limits
    mov esi, 0x10000
    EXC_ARM .r0
.f0:
    a32 mov al, [esi]               ; 32-bit address beyond DS.limit
.r0:
    CHECK_EXC 13, NOERR, .f0
    mov bp, 0xFFFF
    EXC_ARM .r1
.f1:
    mov ax, [bp]                    ; SS:FFFF, a word: #SS
.r1:
    CHECK_EXC 12, NOERR, .f1
    ; REP MOVSW into ES:FFFB: two words fit, the third straddles FFFF
    mov ax, 0x2000
    mov es, ax
    mov word [buf], 0x1111
    mov word [buf+2], 0x2222
    mov word [buf+4], 0x3333
    mov si, buf
    mov di, 0xFFFB
    mov cx, 4
    EXC_ARM .r2
.f2:
    rep movsw
.r2:
    CHECK_EXC 13, NOERR, .f2
    CHECK cx, 2, "REP MOVSW: two iterations done"
    CHECK si, buf + 4
    CHECK di, 0xFFFF
    CHECK word [es:0xFFFB], 0x1111
    CHECK word [es:0xFFFD], 0x2222
    xor ax, ax
    mov es, ax

    GO_PM32
    SET_DESC SEL_SMALL, SMALL_BASE, 0x00FFF, 0x93, 0x40
    SET_DESC SEL_RO, 0, 0xFFFFF, 0x91, 0xC0
    SET_DESC SEL_XD16, SMALL_BASE, 0x00FFF, 0x97, 0x00
    SET_DESC SEL_STK, 0x210000, 0x0FFFF, 0x93, 0x40
    SET_DESC SEL_XDSTK, 0x210000, 0x00FFF, 0x97, 0x40
    SET_DESC SEL_XO, 0, 0xFFFFF, 0x99, 0xC0
    SET_DESC SEL_LCODE, 0, 0xFFFFF, 0x9B, 0x40

    ; ---- REP STOSD into a small ES: 2 dwords fit, the third is past the limit
    mov ax, SEL_SMALL
    mov es, ax
    mov dword [SMALL_BASE + 0xFF8], 0
    mov dword [SMALL_BASE + 0xFFC], 0
    mov eax, 0x11223344
    mov edi, 0xFF8
    mov ecx, 4
    EXC_ARM .p0r
.p0f:
    rep stosd
.p0r:
    CHECK_EXC 13, 0, .p0f
    CHECK ecx, 2, "REP STOSD: two iterations done"
    CHECK edi, 0x1000
    CHECK dword [SMALL_BASE + 0xFF8], 0x11223344
    CHECK dword [SMALL_BASE + 0xFFC], 0x11223344
    ; DF=1: bytes at 2, 1, 0, then offset FFFFFFFF is beyond the limit
    mov edi, 2
    mov ecx, 5
    std
    EXC_ARM .p1r
.p1f:
    rep stosb
.p1r:
    cld
    CHECK_EXC 13, 0, .p1f
    CHECK ecx, 2, "REP STOSB DF=1: three iterations done"
    CHECK edi, 0xFFFFFFFF
    CHECK byte [SMALL_BASE], 0x44
    ; the source through an FS override running past the limit
    mov ax, SEL_DATA32
    mov es, ax
    mov ax, SEL_SMALL
    mov fs, ax
    mov byte [SMALL_BASE + 0xFFE], 0xA1
    mov byte [SMALL_BASE + 0xFFF], 0xA2
    mov dword [buf], 0
    mov esi, 0xFFE
    mov edi, buf
    mov ecx, 5
    EXC_ARM .p2r
.p2f:
    rep fs movsb
.p2r:
    CHECK_EXC 13, 0, .p2f
    CHECK ecx, 3, "REP FS MOVSB: two iterations done"
    CHECK esi, 0x1000
    CHECK edi, buf + 2
    CHECK word [buf], 0xA2A1
    ; a null GS: string source, push of a memory operand
    xor eax, eax
    mov gs, ax
    mov esi, buf
    mov ebx, esp
    FAULT 13, gs lodsd
    CHECK esi, buf, "LODSD through null GS: ESI unchanged"
    FAULT 13, push dword [gs:buf]
    mov edx, esp
    CHECK edx, ebx, "PUSH m through null GS: ESP unchanged"
    ; string and POP destinations in a read-only ES
    mov ax, SEL_RO
    mov es, ax
    mov edi, buf
    FAULT 13, stosb
    CHECK edi, buf, "STOSB to read-only ES: EDI unchanged"
    push dword 0x55
    mov ebx, esp
    FAULT 13, pop dword [es:buf]
    mov edx, esp
    CHECK edx, ebx, "POP to read-only ES: ESP unchanged"
    add esp, 4
    mov ax, SEL_DATA32
    mov es, ax

    ; ---- 16-bit expand-down: offsets 0x1000..0xFFFF
    mov ax, SEL_XD16
    mov es, ax
    mov eax, [es:0x1000]
    mov eax, [es:0xFFFC]
    FAULT 13, mov eax, [es:0xFFFD]
    FAULT 13, mov al, [es:0x10000]
    FAULT 13, mov al, [es:0xFFF]
    mov ax, SEL_DATA32
    mov es, ax

    ; ---- SS: EBP-based addresses default to SS (#SS), also expand-down
    mov ax, SEL_STK
    mov fs, ax
    mov [savedesp], esp
    mov ss, ax
    mov esp, 0x8000
    mov ebp, 0x10000
    FAULT 12, mov eax, [ebp]
    mov ax, SEL_XDSTK
    mov ss, ax
    mov esp, 0x8000
    FAULT 12, mov eax, [ss:0x800]
    mov eax, [ss:0x2000]            ; above the limit: valid for expand-down
    mov ax, SEL_DATA32
    mov ss, ax
    mov esp, [savedesp]

    ; ---- x87: the whole operand is checked before the store; the stack is unchanged
    mov ax, SEL_SMALL
    mov es, ax
    fninit
    fld1
    FAULT 13, fld dword [es:0xFFD]
    FAULT 13, fstp qword [es:0xFFC]
    FAULT 13, fnstcw [es:0xFFF]
    mov ax, SEL_RO
    mov es, ax
    FAULT 13, fist word [es:fpbuf]
    fstp qword [fpbuf]              ; ST0 is still 1.0
    CHECK dword [fpbuf], 0
    CHECK dword [fpbuf + 4], 0x3FF00000, "x87 stack unchanged by the faulting stores"
    mov ax, SEL_DATA32
    mov es, ax

    ; ---- execute-only code: runs, but is not readable through CS
    jmp SEL_XO:xo_code
xo_code:
    EXC_ARM .xr
.xf:
    mov eax, [cs:buf]
.xr:
    jmp SEL_CODE32:xo_back
xo_back:
    CHECK_EXC 13, 0, xo_code.xf

    ; ---- near transfers past the limit of a 32-bit code segment (limit 0xFFFFF)
    jmp SEL_LCODE:lc_code
lc_code:
    mov ebx, esp
    FAULT 13, jmp BEYOND
    mov eax, BEYOND
    FAULT 13, jmp eax
    xor eax, eax
    FAULT 13, jz BEYOND
    FAULT 13, call BEYOND
    mov edx, esp
    CHECK edx, ebx, "CALL past the limit: nothing pushed"
    mov eax, BEYOND
    FAULT 13, call eax
    mov edx, esp
    CHECK edx, ebx, "CALL r32 past the limit: nothing pushed"
    push dword BEYOND
    FAULT 13, ret
    pop eax
    mov edx, esp
    CHECK edx, ebx, "RET past the limit: nothing popped"
    call lc_sub                     ; within the limit
    CHECK eax, 0x1234
    jmp SEL_CODE32:lc_back
lc_sub:
    mov eax, 0x1234
    ret
lc_back:
    PASS

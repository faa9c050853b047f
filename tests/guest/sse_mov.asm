; MMX/SSE data movement: MOVSS/MOVSD (memory loads zero the rest, register moves and stores
; touch the low element only), MOVLPS/MOVHPS/MOVHLPS/MOVLHPS, MOVQ forms (upper half
; zeroed), MOVQ2DQ/MOVDQ2Q, MOVD with r32, PEXTRB/W/D, EXTRACTPS, PINSRB/W/D, INSERTPS
; (element select, zero mask, m32 source), MOVMSKPS/PD, PMOVMSKB, MASKMOVDQU/MASKMOVQ
; (DS:EDI, only the selected bytes), PSLLDQ/PSRLDQ, MOVDDUP/MOVSHDUP/MOVSLDUP; and with
; paging, 16-byte accesses that cross into a not-present page: #PF with CR2 at the second
; page and nothing of a store written, whatever the split (4, 8 or 12 bytes before it).
; SDM vol. 2, each instruction's "Operation"; vol. 3A 4.7 (#PF error code, CR2) and 6.5
; (faults restart the instruction: a faulting store changes nothing).
; qemu-deviation: QEMU 7.2 stores the part of a 16-byte store that lies in the first page
; before it takes the #PF for the second (a fault leaves memory unchanged, vol. 3A 6.5; the
; host CPU writes nothing, checked with mprotect); checked last.
; qemu-args: -cpu max
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

PD   equ 0x300000
PT   equ 0x301000           ; linear 4-8 MiB
LIN  equ 0x400000           ; mapped page, LIN + 0x1000 not present
PHYS equ 0x310000

[absolute TESTVARS]
alignb 16
buf:    resb 64
xb:     resb 16

%macro CHECKX 5
    movdqu [xb], %1
    CHECK dword [xb], %2
    CHECK dword [xb+4], %3
    CHECK dword [xb+8], %4
    CHECK dword [xb+12], %5
%endmacro

; LOADX xmmN, d0, d1, d2, d3
%macro LOADX 5
    mov dword [xb], %2
    mov dword [xb+4], %3
    mov dword [xb+8], %4
    mov dword [xb+12], %5
    movdqu %1, [xb]
%endmacro

TEST_START
    mov eax, cr4
    or eax, 1 << 9
    mov cr4, eax
    GO_PM32
    mov dword [buf], 0x11111111
    mov dword [buf+4], 0x22222222
    mov dword [buf+8], 0x33333333
    mov dword [buf+12], 0x44444444

    ; ---- MOVSS / MOVSD ----
    LOADX xmm1, 0xA0, 0xA1, 0xA2, 0xA3
    movss xmm1, [buf]
    CHECKX xmm1, 0x11111111, 0, 0, 0
    LOADX xmm1, 0xA0, 0xA1, 0xA2, 0xA3
    LOADX xmm2, 0xB0, 0xB1, 0xB2, 0xB3
    movss xmm1, xmm2
    CHECKX xmm1, 0xB0, 0xA1, 0xA2, 0xA3
    movsd xmm1, [buf+8]
    CHECKX xmm1, 0x33333333, 0x44444444, 0, 0
    LOADX xmm1, 0xA0, 0xA1, 0xA2, 0xA3
    movsd xmm1, xmm2
    CHECKX xmm1, 0xB0, 0xB1, 0xA2, 0xA3
    movss [buf+16], xmm2
    mov dword [buf+20], 0x55555555
    movss [buf+16], xmm2
    CHECK dword [buf+16], 0xB0
    CHECK dword [buf+20], 0x55555555
    ; ---- half moves ----
    LOADX xmm1, 0xA0, 0xA1, 0xA2, 0xA3
    movlps xmm1, [buf]
    CHECKX xmm1, 0x11111111, 0x22222222, 0xA2, 0xA3
    movhps xmm1, [buf+8]
    CHECKX xmm1, 0x11111111, 0x22222222, 0x33333333, 0x44444444
    movhpd [buf+32], xmm2
    CHECK dword [buf+32], 0xB2
    CHECK dword [buf+36], 0xB3
    movlpd [buf+40], xmm2
    CHECK dword [buf+40], 0xB0
    LOADX xmm1, 0xA0, 0xA1, 0xA2, 0xA3
    movhlps xmm1, xmm2
    CHECKX xmm1, 0xB2, 0xB3, 0xA2, 0xA3
    movlhps xmm1, xmm2
    CHECKX xmm1, 0xB2, 0xB3, 0xB0, 0xB1
    ; ---- MOVQ, MOVD, MOVQ2DQ, MOVDQ2Q ----
    movq xmm1, xmm2
    CHECKX xmm1, 0xB0, 0xB1, 0, 0
    LOADX xmm1, 0xA0, 0xA1, 0xA2, 0xA3
    movq xmm1, [buf+8]
    CHECKX xmm1, 0x33333333, 0x44444444, 0, 0
    movq [buf+48], xmm2
    CHECK dword [buf+48], 0xB0
    CHECK dword [buf+52], 0xB1
    mov eax, 0xDEADBEEF
    movd xmm1, eax
    CHECKX xmm1, 0xDEADBEEF, 0, 0, 0
    movd ecx, xmm2
    CHECK ecx, 0xB0
    movq mm3, [buf]
    movq2dq xmm1, mm3
    CHECKX xmm1, 0x11111111, 0x22222222, 0, 0
    movdq2q mm4, xmm2
    movq [buf+56], mm4
    CHECK dword [buf+56], 0xB0
    CHECK dword [buf+60], 0xB1
    movd edx, mm3
    CHECK edx, 0x11111111
    emms
    ; ---- element extract and insert ----
    LOADX xmm3, 0x03020100, 0x07060504, 0x0B0A0908, 0x0F0E0D0C
    mov eax, -1
    pextrb eax, xmm3, 13            ; zero-extended into the register
    CHECK eax, 0x0D
    pextrb eax, xmm3, 29            ; the index is taken modulo 16
    CHECK eax, 0x0D
    pextrw eax, xmm3, 5
    CHECK eax, 0x0B0A
    pextrd eax, xmm3, 3
    CHECK eax, 0x0F0E0D0C
    mov dword [buf], 0xFFFFFFFF
    pextrb [buf], xmm3, 6           ; one byte to memory
    CHECK dword [buf], 0xFFFFFF06
    pextrw [buf], xmm3, 1
    CHECK dword [buf], 0xFFFF0302
    extractps [buf], xmm3, 2
    CHECK dword [buf], 0x0B0A0908
    extractps ecx, xmm3, 1
    CHECK ecx, 0x07060504
    mov eax, 0x12345678
    pinsrb xmm3, eax, 0
    pinsrw xmm3, eax, 7
    CHECKX xmm3, 0x03020178, 0x07060504, 0x0B0A0908, 0x56780D0C
    mov dword [buf], 0xCAFEF00D
    pinsrd xmm3, [buf], 1
    pinsrb xmm3, [buf], 15
    CHECKX xmm3, 0x03020178, 0xCAFEF00D, 0x0B0A0908, 0x0D780D0C
    mov eax, 0xABCD
    pinsrw mm5, eax, 2
    pextrw ecx, mm5, 6              ; modulo 4: word 2
    CHECK ecx, 0xABCD
    emms
    ; INSERTPS: source element 2 into destination element 1, then zero elements 0 and 3
    LOADX xmm1, 0xA0, 0xA1, 0xA2, 0xA3
    LOADX xmm2, 0xB0, 0xB1, 0xB2, 0xB3
    insertps xmm1, xmm2, (2 << 6) | (1 << 4) | 9
    CHECKX xmm1, 0, 0xB2, 0xA2, 0
    insertps xmm1, [buf], (3 << 6) | (2 << 4)   ; from memory: the m32 itself
    CHECKX xmm1, 0, 0xB2, 0xCAFEF00D, 0
    ; ---- masks ----
    LOADX xmm1, 0x80000000, 0x7FFFFFFF, 0xFFFFFFFF, 0
    movmskps eax, xmm1
    CHECK eax, 0b0101
    movmskpd eax, xmm1
    CHECK eax, 0b00
    pmovmskb eax, xmm1
    CHECK eax, 0x0F78
    movdq2q mm1, xmm1
    pmovmskb eax, mm1
    CHECK eax, 0x78
    emms
    ; MASKMOVDQU: bytes whose mask byte has bit 7 set go to DS:EDI
    mov dword [buf], 0x11111111
    mov dword [buf+4], 0x11111111
    mov dword [buf+8], 0x11111111
    mov dword [buf+12], 0x11111111
    LOADX xmm1, 0x44332211, 0x88776655, 0xCCBBAA99, 0x00FFEEDD
    LOADX xmm2, 0x000080FF, 0x80000000, 0, 0x7F800001
    mov edi, buf
    maskmovdqu xmm1, xmm2
    CHECK dword [buf], 0x11112211
    CHECK dword [buf+4], 0x88111111
    CHECK dword [buf+8], 0x11111111
    CHECK dword [buf+12], 0x11FF1111
    movdq2q mm1, xmm1
    movdq2q mm2, xmm2
    mov edi, buf + 32
    mov dword [buf+32], 0
    mov dword [buf+36], 0
    maskmovq mm1, mm2
    CHECK dword [buf+32], 0x00002211
    CHECK dword [buf+36], 0x88000000
    emms
    ; ---- byte shifts, duplicates ----
    LOADX xmm1, 0x03020100, 0x07060504, 0x0B0A0908, 0x0F0E0D0C
    movdqa xmm2, xmm1
    pslldq xmm2, 3
    CHECKX xmm2, 0x00000000, 0x04030201, 0x08070605, 0x0C0B0A09
    movdqa xmm2, xmm1
    psrldq xmm2, 9
    CHECKX xmm2, 0x0C0B0A09, 0x000F0E0D, 0, 0
    movdqa xmm2, xmm1
    psrldq xmm2, 16
    CHECKX xmm2, 0, 0, 0, 0
    movddup xmm2, xmm1
    CHECKX xmm2, 0x03020100, 0x07060504, 0x03020100, 0x07060504
    movshdup xmm2, xmm1
    CHECKX xmm2, 0x07060504, 0x07060504, 0x0F0E0D0C, 0x0F0E0D0C
    movsldup xmm2, xmm1
    CHECKX xmm2, 0x03020100, 0x03020100, 0x0B0A0908, 0x0B0A0908

    ; ---- page-crossing 16-byte accesses ----
    mov edi, PD
    mov ecx, 2048
    xor eax, eax
    rep stosd
    mov dword [PD], 0x83                    ; 0-4 MiB identity (4 MiB page)
    mov dword [PD + 4], PT | 3
    mov dword [PT], PHYS | 3                ; LIN -> PHYS; LIN + 0x1000 not present
    PAGING_ON PD, 0x10
    mov edi, PHYS + 0xFE0
    mov ecx, 8
    mov eax, 0x5A5A5A5A
    rep stosd
    LOADX xmm1, 0x11111111, 0x22222222, 0x33333333, 0x44444444
%macro XSTORE 1
    EXC_ARM %%r
%%f:
    movdqu [LIN + 0x1000 - %1], xmm1
%%r:
    CHECK_EXC 14, 2, %%f            ; supervisor write to a not-present page
    mov eax, cr2
    CHECK eax, LIN + 0x1000
    CHECK dword [PHYS + 0xFF0], 0x5A5A5A5A, "nothing written"
    CHECK dword [PHYS + 0xFF4], 0x5A5A5A5A
    CHECK dword [PHYS + 0xFF8], 0x5A5A5A5A
    CHECK dword [PHYS + 0xFFC], 0x5A5A5A5A
%endmacro
    EXC_ARM .l1
.f1:
    movdqu xmm2, [LIN + 0x1000 - 8]
.l1:
    CHECK_EXC 14, 0, .f1
    mov eax, cr2
    CHECK eax, LIN + 0x1000
    movdqu [LIN + 0x1000 - 32], xmm1 ; within the page: fine
    CHECK dword [PHYS + 0xFE0], 0x11111111
    CHECK dword [PHYS + 0xFEC], 0x44444444
    QEMU_DEVIATION "a faulting page-crossing store writes its first part"
    XSTORE 4
    XSTORE 8
    XSTORE 12
    XSTORE 1
    XSTORE 15
    PASS

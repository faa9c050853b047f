; The TSS I/O permission bitmap at CPL 3 with IOPL 0: a port whose bit is clear is allowed
; (byte accesses to 0xE9); a port whose bit is set, a multi-byte access covering any set
; bit, or a port beyond the bitmap (past the TSS limit) is #GP(0). CLI stays IOPL-checked.
; SDM vol. 1, 19.5.2 "I/O Permission Bit Map" (the processor checks every bit of the
; accessed ports; bytes past the TSS limit count as set); vol. 3, 7.2.1 (I/O map base
; address field at TSS offset 66H).
; expect-exit: 1
; expect-output-contains: bitmap-allowed
; expect-output: PASS
%include "tern.inc"

BITMAP   equ TSS_BASE + 0x68
NBYTES   equ 32                      ; ports 0x00-0xFF
NEWLIMIT equ 0x68 + NBYTES          ; includes one 0xFF byte after the map

%macro GPFAULT 1+
    EXC_ARM %%r
%%f:
    %1
%%r:
    CHECK_EXC 13, 0, %%f
%endmacro

TEST_START
    GO_PM32
    ; deny everything, then allow port 0xE9 (byte 0x1D, bit 1)
    xor ecx, ecx
.fill:
    mov byte [BITMAP + ecx], 0xFF
    inc ecx
    cmp ecx, NBYTES + 1
    jb .fill
    and byte [BITMAP + (0xE9 >> 3)], ~(1 << (0xE9 & 7))
    mov word [TSS_BASE + 0x66], 0x68
    ; reload TR with the larger limit (clear the busy bit first)
    SET_DESC SEL_TSS, TSS_BASE, NEWLIMIT, 0x89, 0x00
    mov ax, SEL_TSS
    ltr ax

    TO_RING3 0
    mov esi, .msg
.l:
    mov al, [esi]
    test al, al
    jz .d
    out 0xE9, al
    inc esi
    jmp .l
.msg: db "bitmap-allowed", 10, 0
.d:
    in al, 0xE9
    CHECK al, 0xE9
    mov dx, 0xE9
    in al, dx
    CHECK al, 0xE9
    GPFAULT out 0x80, al
    mov dx, 0xE8
    GPFAULT out dx, ax              ; 0xE8 denied
    mov dx, 0xE9
    GPFAULT out dx, ax              ; 0xEA denied
    GPFAULT in eax, dx              ; 0xE9-0xEC
    mov dx, 0x3F8                   ; beyond the bitmap
    GPFAULT out dx, al
    GPFAULT cli
    TO_RING0
    PASS

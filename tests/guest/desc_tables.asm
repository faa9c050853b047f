; LGDT/LIDT/SGDT/SIDT: the reset values (base 0, limit FFFFH), round trips with 32-bit
; operand size, the 24-bit base of the 16-bit operand-size LGDT/LIDT, SGDT with 16-bit
; operand size (base kept below 16 MiB, where every SDM edition agrees on the stored bytes),
; real mode taking its interrupt vectors from IDTR.base, SGDT/SIDT allowed at CPL 3 (no
; UMIP) and LGDT/LIDT #GP(0) there.
; SDM vol. 3, 10.1.1 table 10-1 (GDTR/IDTR reset state); vol. 2A "LGDT/LIDT" ("If the
; operand-size attribute is 16 bits, a 16-bit limit (lower 2 bytes) and a 24-bit base
; address (third, fourth, and fifth byte) are loaded"), vol. 2B "SGDT", "SIDT";
; vol. 3, 21.1.4 (real-mode IVT located through IDTR).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
dt:   resb 8
dt2:  resb 8
hits: resw 1

NEW_IVT equ 0x4000

TEST_START
    ; reset values (before anything loaded them)
    mov dword [dt], 0xAAAAAAAA
    mov dword [dt+4], 0xAAAAAAAA
    o32 sgdt [dt]
    CHECK word [dt], 0xFFFF, "GDTR.limit at reset"
    CHECK dword [dt+2], 0, "GDTR.base at reset"
    o32 sidt [dt]
    CHECK word [dt], 0xFFFF, "IDTR.limit at reset"
    CHECK dword [dt+2], 0, "IDTR.base at reset"

    ; 32-bit round trip
    mov word [dt], 0x1234
    mov dword [dt+2], 0x12345678
    o32 lgdt [dt]
    mov dword [dt2], 0
    mov dword [dt2+4], 0
    o32 sgdt [dt2]
    CHECK word [dt2], 0x1234
    CHECK dword [dt2+2], 0x12345678
    ; 16-bit operand size: only 24 bits of base are loaded
    mov word [dt], 0x0FFF
    mov dword [dt+2], 0xAB345678
    o16 lgdt [dt]
    o32 sgdt [dt2]
    CHECK word [dt2], 0x0FFF
    CHECK dword [dt2+2], 0x00345678
    mov dword [dt2+2], 0xFFFFFFFF
    o16 sgdt [dt2]
    CHECK word [dt2], 0x0FFF
    CHECK dword [dt2+2], 0x00345678
    ; IDTR: the same, with a 16-bit LIDT
    mov word [dt], 0x03FF
    mov dword [dt+2], 0x77012340
    o16 lidt [dt]
    o32 sidt [dt2]
    CHECK word [dt2], 0x03FF
    CHECK dword [dt2+2], 0x00012340

    ; real mode uses IDTR.base for the vector table
    mov bx, 0
.copy:
    mov eax, [IVT_BASE + bx]
    mov [NEW_IVT + bx], eax
    add bx, 4
    cmp bx, 0x400
    jb .copy
    mov word [IVT_BASE + 0x40*4], old_handler
    mov word [IVT_BASE + 0x40*4 + 2], 0xF000
    mov word [NEW_IVT + 0x40*4], new_handler
    mov word [NEW_IVT + 0x40*4 + 2], 0xF000
    mov word [hits], 0
    mov word [dt], 0x3FF
    mov dword [dt+2], NEW_IVT
    lidt [dt]
    int 0x40
    CHECK word [hits], 2, "INT 40h went through the table at IDTR.base"
    mov dword [dt+2], 0
    lidt [dt]
    int 0x40
    CHECK word [hits], 3, "and back to the table at 0"
    PRINT "real mode ok", 10

    GO_PM32
    sgdt [dt]
    CHECK word [dt], GDT_ENTRIES*8 - 1
    CHECK dword [dt+2], GDT_BASE
    sidt [dt]
    CHECK word [dt], 256*8 - 1
    CHECK dword [dt+2], IDT_BASE
    ; round trip of a different IDTR value, then restore
    mov word [dt2], 0x01FF
    mov dword [dt2+2], 0x00ABC000
    lidt [dt2]
    mov dword [dt2+2], 0
    sidt [dt2]
    lidt [dt]
    CHECK word [dt2], 0x01FF
    CHECK dword [dt2+2], 0x00ABC000

    TO_RING3
    mov dword [dt2], 0
    mov dword [dt2+4], 0
    sgdt [dt2]
    CHECK dword [dt2+2], GDT_BASE, "SGDT at CPL 3"
    sidt [dt2]
    CHECK dword [dt2+2], IDT_BASE, "SIDT at CPL 3"
    EXC_ARM .r1
.f1:
    lgdt [dt2]
.r1:
    CHECK_EXC 13, 0, .f1
    EXC_ARM .r2
.f2:
    lidt [dt2]
.r2:
    CHECK_EXC 13, 0, .f2
    TO_RING0
    PASS

CODE16
old_handler:
    add word [hits], 1
    iret
new_handler:
    add word [hits], 2
    iret

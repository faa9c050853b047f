; Segment-not-present faults: #NP(selector) when DS/ES/FS/GS is loaded with a not-present
; data segment, when a far JMP/CALL targets a not-present code segment or call gate, and
; for LTR/LLDT with a not-present TSS/LDT; #SS(selector) when SS is loaded with a
; not-present (otherwise valid) stack segment. Saved EIP at the faulting instruction,
; register unchanged.
; SDM vol. 3, 6.15 "Interrupt 11—Segment Not Present (#NP)", "Interrupt 12—Stack Fault
; Exception (#SS)" ("a not-present stack segment is detected when loading SS");
; vol. 2A "MOV", "JMP", "CALL", "LTR", "LLDT" (protected-mode exceptions).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

SEL_NP_DATA equ SEL_FREE            ; writable data, P=0
SEL_NP_CODE equ SEL_FREE + 0x08     ; code, P=0
SEL_NP_GATE equ SEL_FREE + 0x10     ; call gate, P=0
SEL_NP_TSS  equ SEL_FREE + 0x18     ; available 32-bit TSS, P=0
SEL_NP_LDT  equ SEL_FREE + 0x20     ; LDT, P=0

%macro LOADFAULT 4
    mov ax, %2
    EXC_ARM %%r
%%f:
    mov %1, ax
%%r:
    CHECK_EXC %3, %4, %%f
%endmacro

TEST_START
    GO_PM32
    SET_DESC SEL_NP_DATA, 0, 0xFFFFF, 0x12, 0xC0
    SET_DESC SEL_NP_CODE, 0, 0xFFFFF, 0x1A, 0xC0
    SET_DESC SEL_NP_TSS, TSS_BASE, 0x67, 0x09, 0x00
    SET_DESC SEL_NP_LDT, RAM_HIGH, 0xFF, 0x02, 0x00
    SET_GATE GDT_BASE + SEL_NP_GATE, SEL_CODE32, target, 0x0C

    LOADFAULT ds, SEL_NP_DATA, 11, SEL_NP_DATA
    CHECK_SEG ds, SEL_DATA32
    LOADFAULT es, SEL_NP_DATA, 11, SEL_NP_DATA
    LOADFAULT gs, SEL_NP_DATA, 11, SEL_NP_DATA
    ; the privilege check (RPL 3 > DPL 0) comes before the present check
    LOADFAULT fs, SEL_NP_DATA | 3, 13, SEL_NP_DATA
    LOADFAULT ss, SEL_NP_DATA, 12, SEL_NP_DATA
    CHECK_SEG ss, SEL_DATA32

    EXC_ARM .r1
.f1:
    jmp SEL_NP_CODE:target
.r1:
    CHECK_EXC 11, SEL_NP_CODE, .f1
    EXC_ARM .r2
.f2:
    call SEL_NP_CODE:target
.r2:
    CHECK_EXC 11, SEL_NP_CODE, .f2
    EXC_ARM .r3
.f3:
    call SEL_NP_GATE:0
.r3:
    CHECK_EXC 11, SEL_NP_GATE, .f3
    mov ax, SEL_NP_TSS
    EXC_ARM .r4
.f4:
    ltr ax
.r4:
    CHECK_EXC 11, SEL_NP_TSS, .f4
    mov ax, SEL_NP_LDT
    EXC_ARM .r5
.f5:
    lldt ax
.r5:
    CHECK_EXC 11, SEL_NP_LDT, .f5
    PASS

target:
    EXIT 90

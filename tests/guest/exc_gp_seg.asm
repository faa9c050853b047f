; #GP from segment-register loads and far transfers in protected mode, with the selector
; error code (index|TI, RPL dropped) and the saved EIP at the faulting instruction; the
; segment register keeps its old value. Cases: selector beyond the GDT limit, a system
; descriptor (TSS) into DS, an execute-only code segment into DS, a read-only data segment
; into SS, a null SS (#GP(0)), SS with RPL != CPL or DPL != CPL, DS with DPL < CPL at ring
; 3, a TI=1 selector with a null LDTR, a far JMP to a
; data segment, a far CALL to a non-conforming code segment of another privilege.
; SDM vol. 2A "MOV" (protected-mode exceptions for segment loads), vol. 3, 5.5-5.8, 6.13
; (error code), 6.15 "Interrupt 13—General Protection Exception"; vol. 2A "LLDT" (null
; selector makes later LDT references #GP).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

SEL_XONLY   equ SEL_FREE            ; execute-only code, DPL 0
SEL_RODATA  equ SEL_FREE + 0x08     ; read-only data, DPL 0
SEL_DATA_D3 equ SEL_FREE + 0x10     ; writable data, DPL 3
SEL_CODE_D3 equ SEL_FREE + 0x18     ; non-conforming code, DPL 3
SEL_RCODE   equ SEL_FREE + 0x20     ; readable code, DPL 0

; LOADFAULT sreg, selector, error: load must fault with #GP(error)
%macro LOADFAULT 3
    mov ax, %2
    EXC_ARM %%r
%%f:
    mov %1, ax
%%r:
    CHECK_EXC 13, %3, %%f
%endmacro

TEST_START
    GO_PM32
    SET_DESC SEL_XONLY,  0, 0xFFFFF, 0x98, 0xC0
    SET_DESC SEL_RODATA, 0, 0xFFFFF, 0x90, 0xC0
    SET_DESC SEL_DATA_D3, 0, 0xFFFFF, 0xF2, 0xC0
    SET_DESC SEL_CODE_D3, 0, 0xFFFFF, 0xFA, 0xC0
    SET_DESC SEL_RCODE,  0, 0xFFFFF, 0x9A, 0xC0

    LOADFAULT ds, 0x0203, 0x0200            ; index 0x40 at offset 0x200 > limit 0x1FF
    CHECK_SEG ds, SEL_DATA32, "DS unchanged after the faulting load"
    LOADFAULT es, SEL_TSS, SEL_TSS
    LOADFAULT fs, SEL_XONLY, SEL_XONLY
    LOADFAULT ss, SEL_RODATA, SEL_RODATA
    LOADFAULT ss, SEL_XONLY, SEL_XONLY
    LOADFAULT ss, 0, 0
    LOADFAULT ss, 0x0003, 0                 ; null with RPL 3 is still null
    LOADFAULT ss, SEL_DATA32 | 3, SEL_DATA32
    LOADFAULT ss, SEL_DATA_D3, SEL_DATA_D3
    CHECK_SEG ss, SEL_DATA32
    ; these loads are fine
    mov ax, SEL_RCODE
    mov gs, ax                              ; readable code into a data register
    mov eax, [gs:lib_idtr32 + 2]
    CHECK eax, IDT_BASE
    mov ax, SEL_DATA_D3
    mov gs, ax                              ; DPL 3 data at CPL 0
    mov ax, SEL_DATA32
    mov gs, ax

    ; TI=1 with a null LDTR
    xor eax, eax
    lldt ax
    LOADFAULT ds, 0x000C, 0x000C
    LOADFAULT es, 0x0017, 0x0014

    ; a null DS loads without a fault (using it faults: see seg_checks.asm)
    xor eax, eax
    mov ds, ax
    mov ax, SEL_DATA32
    mov ds, ax

    ; far JMP to a data segment
    EXC_ARM .r2
.f2:
    jmp SEL_DATA32:.r2
.r2:
    CHECK_EXC 13, SEL_DATA32, .f2
    ; far CALL to a non-conforming code segment with DPL 3 from CPL 0
    EXC_ARM .r3
.f3:
    call SEL_CODE_D3:.r3
.r3:
    CHECK_EXC 13, SEL_CODE_D3, .f3

    ; ring 3: DPL 0 data cannot be loaded; RPL does not help
    TO_RING3
    LOADFAULT ds, SEL_DATA32, SEL_DATA32
    LOADFAULT es, SEL_DATA32 | 3, SEL_DATA32
    LOADFAULT fs, SEL_RCODE | 3, SEL_RCODE  ; non-conforming readable code, DPL 0
    CHECK_SEG ds, SEL_DATA32_R3
    TO_RING0
    PASS

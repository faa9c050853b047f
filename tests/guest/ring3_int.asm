; Ring 3 -> ring 0 through an interrupt gate (DPL 3): the stack switches to SS0:ESP0 from
; the TSS and the frame holds SS, ESP, EFLAGS, CS, EIP of the ring-3 code; the handler runs
; at CPL 0 with SS = SS0. IRET back to ring 3 restores SS:ESP and nulls a data segment
; register whose DPL is below the new CPL. A changed TSS.ESP0 is used by the next switch.
; SDM vol. 3, 6.12.1 "Exception- or Interrupt-Handler Procedures" (figure 6-4: stack usage
; with a privilege-level change), 7.2.1 (TSS SS0/ESP0); vol. 2A "IRET" (RETURN-TO-OUTER-
; PRIVILEGE-LEVEL: "IF ... CPL > segment descriptor DPL THEN SegmentSelector ← 0").
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
h_esp: resd 1
h_eip: resd 1
h_cs:  resd 1
h_efl: resd 1
h_oesp: resd 1
h_oss: resd 1
h_mycs: resd 1
h_myss: resd 1

ALT_ESP0 equ 0x7C000

TEST_START
    GO_PM32
    SET_IDT 0x50, h50, GATE_INT32_DPL3
    TO_RING3 0
    mov ebx, 0x12345678
    push ebx                        ; ring-3 ESP = R3_STACK_TOP - 4 at the INT
    SETF F_CF
    int 0x50
.after:
    CHECK_FLAGS F_CF, F_CF
    pop ebx
    mov ecx, esp
    CHECK ecx, R3_STACK_TOP
    CHECK_SEG cs, SEL_CODE32_R3
    CHECK_SEG ss, SEL_DATA32_R3
    CHECK_SEG es, 0, "ES (DPL 0) nulled by IRET to ring 3"
    CHECK_SEG ds, SEL_DATA32_R3, "DS (DPL 3) kept"
    CHECK dword [h_esp], TSS_ESP0 - 20
    CHECK dword [h_eip], .after
    CHECK dword [h_cs], SEL_CODE32_R3
    CHECK dword [h_efl], F_CF|2
    CHECK dword [h_oesp], R3_STACK_TOP - 4
    CHECK dword [h_oss], SEL_DATA32_R3
    CHECK dword [h_mycs], SEL_CODE32
    CHECK dword [h_myss], SEL_DATA32
    TO_RING0

    ; a new ESP0 in the TSS takes effect on the next privilege change
    mov dword [TSS_BASE + 4], ALT_ESP0
    TO_RING3
    int 0x50
    CHECK dword [h_esp], ALT_ESP0 - 20
    TO_RING0
    mov dword [TSS_BASE + 4], TSS_ESP0

    ; an exception at ring 3 switches stacks the same way (with an error code on top)
    TO_RING3
    EXC_ARM .r1
.f1:
    cli                             ; IOPL 0 < CPL 3: #GP(0)
.r1:
    CHECK_EXC 13, 0, .f1
    CHECK dword [exc_frame], TSS_ESP0 - 20
    CHECK dword [exc_esp], R3_STACK_TOP
    CHECK dword [exc_ss], SEL_DATA32_R3
    TO_RING0
    PASS

h50:
    mov [ss:h_esp], esp
    push eax
    mov eax, [esp+4]
    mov [ss:h_eip], eax
    mov eax, [esp+8]
    mov [ss:h_cs], eax
    mov eax, [esp+12]
    mov [ss:h_efl], eax
    mov eax, [esp+16]
    mov [ss:h_oesp], eax
    mov eax, [esp+20]
    mov [ss:h_oss], eax
    xor eax, eax
    mov ax, cs
    mov [ss:h_mycs], eax
    mov ax, ss
    mov [ss:h_myss], eax
    mov ax, SEL_DATA32              ; DPL 0: must not survive the return to ring 3
    mov es, ax
    pop eax
    iretd

; Protected-mode INT n / INT3 / INTO / IRET through the IDT: the frame (EIP of the next
; instruction, CS, EFLAGS), an interrupt gate clears IF while a trap gate keeps it, IRET
; restores EFLAGS; INT3 and INTO are traps (saved EIP after them); a not-present gate gives
; #NP and a vector beyond the IDT limit #GP, both with error code vector*8+2 (IDT bit) and
; the saved EIP at the INT; from ring 3, a gate with DPL < CPL gives #GP(vector*8+2), also
; for INT3.
; SDM vol. 3: 6.12.1.1 (protection of exception and interrupt handler procedures), 6.12.1.3
; (flag usage: interrupt vs trap gate), 6.13 (error code: IDT flag), 6.15 (#NP, #GP);
; vol. 2A "INT n/INTO/INT3", "IRET".
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
h_esp:    resd 1
h_flags:  resd 1
h_eip:    resd 1
h_cs:     resd 1
h_fimg:   resd 1

lidt_small:
    resb 6

TEST_START
    GO_PM32
    SET_IDT 0x40, h_record, GATE_INT32
    SET_IDT 0x41, h_record, GATE_TRAP32
    SET_IDT 0x42, h_setzf, GATE_INT32

    ; ---- interrupt gate: IF cleared in the handler, restored by IRET
    SETF F_IF|F_CF
    int 0x40
.a40:
    CHECK_FLAGS F_IF|F_CF, F_IF|F_CF, "IRET restored IF and CF"
    cli
    CHECK dword [h_esp], PM_STACK_TOP - 12
    CHECK dword [h_eip], .a40
    CHECK dword [h_cs], SEL_CODE32
    CHECK dword [h_fimg], F_IF|F_CF|2
    CHECK dword [h_flags], F_CF|2, "interrupt gate: IF=0 in the handler"
    ; ---- trap gate: IF kept
    SETF F_IF
    int 0x41
.a41:
    cli
    CHECK dword [h_eip], .a41
    CHECK dword [h_flags], F_IF|2, "trap gate: IF=1 in the handler"
    ; ---- the handler's edit of the saved EFLAGS image takes effect
    SETF 0
    int 0x42
    CHECK_FLAGS F_ZF, F_ZF

    ; ---- INT3 and INTO are traps
    EXC_ARM .r3
    int3
.r3:
    CHECK_EXC 3, 0, .r3
    EXC_ARM .r4
    SETF 0
    into                            ; OF=0: nothing
    CHECK dword [exc_count], 0
    SETF F_OF
    into
.r4:
    CHECK_EXC 4, 0, .r4

    ; ---- gate not present (a valid interrupt-gate type with P=0): #NP(0x50*8 + 2). An
    ; all-zero entry would be #GP instead: the type is checked before P.
    SET_IDT 0x50, h_record, 0x0E
    EXC_ARM .r5
.f5:
    int 0x50
.r5:
    CHECK_EXC 11, 0x50*8 + 2, .f5
    ; ---- beyond the IDT limit: #GP(0x60*8 + 2)
    mov word [lidt_small], 0x60*8 - 1
    mov dword [lidt_small+2], IDT_BASE
    lidt [lidt_small]
    EXC_ARM .r6
.f6:
    int 0x60
.r6:
    lidt [lib_idtr32]
    CHECK_EXC 13, 0x60*8 + 2, .f6
    ; ---- an all-zero IDT entry (type 0) is not a gate: #GP(0x51*8 + 2)
    EXC_ARM .r9
.f9:
    int 0x51
.r9:
    CHECK_EXC 13, 0x51*8 + 2, .f9

    ; ---- ring 3: gate DPL 0 < CPL 3
    TO_RING3
    EXC_ARM .r7
.f7:
    int 0x40
.r7:
    CHECK_EXC 13, 0x40*8 + 2, .f7
    CHECK dword [exc_cs], SEL_CODE32_R3
    EXC_ARM .r8
.f8:
    int3                            ; vector 3's gate has DPL 0 too
.r8:
    CHECK_EXC 13, 3*8 + 2, .f8
    TO_RING0
    PASS

h_record:
    push eax
    pushfd
    pop eax
    mov [h_flags], eax
    lea eax, [esp+4]
    mov [h_esp], eax
    mov eax, [esp+4]
    mov [h_eip], eax
    mov eax, [esp+8]
    mov [h_cs], eax
    mov eax, [esp+12]
    mov [h_fimg], eax
    pop eax
    iretd

h_setzf:
    or dword [esp+8], F_ZF
    iretd

; Far CALL through a 32-bit call gate from ring 3 to ring 0: stack switch to SS0:ESP0, the
; gate's parameter count (2) of dwords copied in order, frame SS/ESP/params/CS/EIP;
; RETF imm16 back to ring 3 releases the parameters on both stacks and nulls a data segment
; register with DPL < 3. A gate with DPL 0 is #GP(gate selector) from ring 3; the same
; DPL 3 gate called from ring 0 changes no privilege (no switch, no parameter copy).
; SDM vol. 3, 5.8.3 "Call Gates", 5.8.4 "Accessing a Code Segment Through a Call Gate",
; 5.8.5 "Stack Switching" (figure 5-13), 5.8.6 "Returning from a Called Procedure";
; vol. 2A "CALL", vol. 2B "RET" (RETURN-TO-OUTER-PRIVILEGE-LEVEL).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

SEL_GATE3 equ SEL_FREE              ; call gate, DPL 3, 2 parameters
SEL_GATE0 equ SEL_FREE + 8          ; call gate, DPL 0

[absolute TESTVARS]
t_esp:  resd 1
t_eip:  resd 1
t_cs:   resd 1
t_p2:   resd 1
t_p1:   resd 1
t_oesp: resd 1
t_oss:  resd 1
t_mycs: resd 1

TEST_START
    GO_PM32
    SET_GATE GDT_BASE + SEL_GATE3, SEL_CODE32, target, 0xEC, 2
    SET_GATE GDT_BASE + SEL_GATE0, SEL_CODE32, target, 0x8C, 2

    TO_RING3
    push dword 0x1111
    push dword 0x2222
    call SEL_GATE3 | 3:0            ; the offset is ignored for a gate
.ret:
    mov ecx, esp
    CHECK ecx, R3_STACK_TOP, "RETF 8 released the parameters"
    CHECK_SEG cs, SEL_CODE32_R3
    CHECK_SEG ss, SEL_DATA32_R3
    CHECK_SEG es, 0, "ES (DPL 0) nulled by the return to ring 3"
    CHECK dword [t_esp], TSS_ESP0 - 24
    CHECK dword [t_eip], .ret
    CHECK dword [t_cs], SEL_CODE32_R3
    CHECK dword [t_p2], 0x2222
    CHECK dword [t_p1], 0x1111
    CHECK dword [t_oesp], R3_STACK_TOP - 8
    CHECK dword [t_oss], SEL_DATA32_R3
    CHECK dword [t_mycs], SEL_CODE32
    ; DPL 0 gate from ring 3
    EXC_ARM .r1
.f1:
    call SEL_GATE0 | 3:0
.r1:
    CHECK_EXC 13, SEL_GATE0, .f1
    TO_RING0

    ; from ring 0 the gate leads to the same privilege: no stack switch, no copy
    mov ebx, esp
    push dword 0x3333
    push dword 0x4444
    call SEL_GATE3:0
.ret0:
    mov ecx, esp
    CHECK ecx, ebx
    mov eax, ebx
    sub eax, 16
    CHECK dword [t_esp], eax
    CHECK dword [t_eip], .ret0
    CHECK dword [t_cs], SEL_CODE32
    CHECK dword [t_p2], 0x4444
    PASS

target:
    mov [ss:t_esp], esp
    push eax
    mov eax, [esp+4]
    mov [ss:t_eip], eax
    mov eax, [esp+8]
    mov [ss:t_cs], eax
    mov eax, [esp+12]
    mov [ss:t_p2], eax
    mov eax, [esp+16]
    mov [ss:t_p1], eax
    mov eax, [esp+20]
    mov [ss:t_oesp], eax
    mov eax, [esp+24]
    mov [ss:t_oss], eax
    xor eax, eax
    mov ax, cs
    mov [ss:t_mycs], eax
    mov ax, SEL_DATA32
    mov es, ax
    pop eax
    retf 8

; Interrupts and exceptions in IA-32e mode: 16-byte IDT gates, the 64-bit frame (SS, RSP,
; RFLAGS, CS, RIP and the error code, 8 bytes each, SS:RSP pushed even without a
; privilege change), RSP aligned to 16 before the pushes, the IST field (a stack switch
; from the 64-bit TSS at any privilege), RSP0 on a privilege change with SS = a null
; selector of the new CPL, interrupt vs trap gate (IF), INT n's gate DPL check from ring
; 3, IRETQ (same privilege, to ring 3, to compatibility mode), a 32-bit IRET in 64-bit
; mode (4-byte pops, SS:ESP always popped), IRET with NT=1 (#GP(0), no task switch).
; SDM vol. 3, 6.14 (64-bit mode interrupts: 6.14.1 gates, 6.14.2 frame, 6.14.3 IRET,
; 6.14.4 stack switching, 6.14.5 IST), 7.7 (64-bit TSS); vol. 2, INT n, IRET.
; QEMU 7.2 puts vector*16+2 instead of vector*8+2 in the error code of a fault on an IDT
; entry (the selector-format error code, SDM vol. 3, 6.13): checked last.
; qemu-deviation: IDT error codes in IA-32e mode are vector*8+2 (SDM vol. 3, 6.13)
; expect-exit: 1
; expect-output: PASS
; qemu-binary: qemu-system-x86_64
%include "tern.inc"
%include "lm.inc"

[absolute TESTVARS]
h_rsp:    resq 1        ; RSP in the handler
h_frame:  resq 6        ; the frame as the handler found it
h_flags:  resq 1
h_ss:     resq 1
h_count:  resq 1

TEST_START
    GO_PM32
    GO_LM64
    LM_SET_IDT 0x40, rec_handler, GATE_INT64           ; no IST
    LM_SET_IDT 0x41, rec_handler, GATE_INT64, 1        ; IST1
    LM_SET_IDT 0x42, rec_handler, GATE_TRAP64 | 0x60   ; trap gate, DPL 3
    LM_SET_IDT 0x43, rec_handler, GATE_INT64 | 0x60, 2 ; DPL 3, IST2
    LM_SET_IDT 0x44, rec_handler, GATE_INT64           ; DPL 0 (INT from ring 3: #GP)
    LM_SET_IDT 0x45, to_ring0, GATE_INT64 | 0x60

    ; same privilege, no IST: the frame on the current stack, aligned down to 16
    mov rbx, rsp
    sub rsp, 8                              ; misalign
    SETFQ F_IF | F_CF
    int 0x40
.ret40:
    cli
    CHECKQ qword [h_frame], .ret40, "frame RIP"
    CHECKQ qword [h_frame + 8], LM_SEL_CODE64, "frame CS"
    mov rax, [h_frame + 16]
    and rax, F_IF | F_CF
    CHECKQ rax, F_IF | F_CF, "frame RFLAGS"
    mov rax, rbx
    sub rax, 8
    CHECKQR qword [h_frame + 24], rax, "frame RSP (old, misaligned)"
    CHECKQ qword [h_frame + 32], LM_SEL_DATA, "frame SS (pushed without a privilege change)"
    mov rax, rbx
    sub rax, 16 + 40                        ; aligned down to 16, then 5 pushes
    CHECKQR qword [h_rsp], rax, "RSP aligned to 16 before the pushes"
    mov rax, [h_flags]
    and rax, F_IF
    CHECKQ rax, 0, "interrupt gate cleared IF"
    mov rax, rsp
    sub rax, rbx
    CHECKQ rax, -8, "IRETQ restored RSP"
    add rsp, 8

    ; IST1: a stack switch without a privilege change
    int 0x41
    CHECKQ qword [h_rsp], LM_IST1_TOP - 40, "IST1 stack"
    CHECKQ qword [h_frame + 32], LM_SEL_DATA, "SS unchanged at the same CPL"
    mov rax, [h_frame + 24]
    sub rax, rsp
    CHECKQ rax, 0, "old RSP in the frame"
    ; trap gate keeps IF
    SETFQ F_IF
    int 0x42
    cli
    mov rax, [h_flags]
    and rax, F_IF
    CHECKQ rax, F_IF, "trap gate kept IF"

    ; an exception with an error code: 8 bytes, RIP of the faulting instruction
    SET_DESC LM_SEL_FREE, 0, 0xFFFFF, 0x13, 0xC0 ; data, P = 0
    mov ax, LM_SEL_FREE
    EXC_ARM .gp_done
.np_insn:
    mov fs, ax
.gp_done:
    CHECK_EXCQ 11, LM_SEL_FREE, .np_insn

    ; from ring 3: RSP0, SS = null selector with RPL 0
    LM_TO_RING3
    mov rbx, rsp
    int 0x42
    CHECKQ qword [h_rsp], TSS_ESP0 - 40, "RSP0 from the 64-bit TSS"
    CHECKQ qword [h_ss], 0, "SS = null selector (RPL = new CPL 0)"
    CHECKQ qword [h_frame + 8], LM_SEL_CODE64_R3
    CHECKQR qword [h_frame + 24], rbx, "ring-3 RSP"
    CHECKQ qword [h_frame + 32], LM_SEL_DATA_R3, "ring-3 SS"
    mov ax, ss
    CHECKW ax, LM_SEL_DATA_R3, "IRETQ restored SS"
    ; IST2 from ring 3: the IST wins over RSP0
    int 0x43
    CHECKQ qword [h_rsp], LM_IST2_TOP - 40, "IST2 from ring 3"
    ; INT n to a DPL 0 gate from ring 3: #GP(vector*8+2)
    EXC_ARM .gp_dpl
.gp_dpl_insn:
    int 0x44
.gp_dpl:
    EXC_DISARM
    CHECKD dword [exc_vec], 13
    CHECKD dword [exc_count], 1
    mov eax, [exc_err]
    mov [h_count], rax                      ; error code checked last (QEMU deviation)
    CHECKQ qword [lm_exc_rip], .gp_dpl_insn
    int 0x45                                ; back to ring 0
    CODE64
ring0_1:
    ; IRETQ to compatibility mode at ring 0 (SS:RSP popped in 64-bit mode)
    mov rbx, rsp
    push SEL_DATA32
    push rbx
    push 2
    push SEL_CODE32
    push .compat
    iretq
    CODE32
.compat:
    mov ax, SEL_DATA32                      ; DS/ES became null on the IRETQ to ring 3
    mov ds, ax
    mov es, ax
    mov eax, 5
    db 0x48                                 ; DEC EAX in compatibility mode
    CHECK eax, 4
    mov ax, ss
    CHECK ax, SEL_DATA32
    ; an interrupt from compatibility mode: 64-bit frame, back with IRETQ
    int 0x40
    CHECK dword [h_frame + 8], SEL_CODE32, "frame CS from compatibility mode"
    CHECK dword [h_frame + 32], SEL_DATA32, "frame SS"
    LM_TO_64
    ; a 32-bit IRET in 64-bit mode pops 4-byte RIP, CS, RFLAGS, RSP, SS
    mov rbx, rsp
    sub rsp, 20
    mov dword [rsp], .iret32_done
    mov dword [rsp + 4], LM_SEL_CODE64
    mov dword [rsp + 8], 2 | F_CF
    mov dword [rsp + 12], ebx
    mov dword [rsp + 16], LM_SEL_DATA
    iretd
.iret32_done:
    CHECK_FLAGSQ F_CF, F_CF, "IRETD loaded RFLAGS"
    mov rax, rsp
    sub rax, rbx
    CHECKQ rax, 0, "IRETD popped RSP"
    ; IRET with NT=1 in IA-32e mode: #GP(0)
    push F_NT | 2
    popfq
    EXC_ARM .nt_done
.nt_insn:
    iretq
.nt_done:
    CHECK_EXCQ 13, 0, .nt_insn
    push 2
    popfq
    ; a non-present 64-bit gate: #NP(vector*8+2+EXT); a 32-bit gate type: #GP
    QEMU_DEVIATIONQ "IDT error codes are vector*16+2"
    mov rax, [h_count]
    CHECKQ rax, 0x44 * 8 + 2, "INT 44H from ring 3: #GP(vector*8+2)"
    mov byte [LM_IDT + 0x46 * 16 + 5], 0x0E ; P = 0
    EXC_ARM .np_gate
.np_gate_insn:
    int 0x46
.np_gate:
    CHECK_EXCQ 11, 0x46 * 8 + 2, .np_gate_insn
    PASSQ

; Records the frame, RSP, RFLAGS and SS as found in the handler, then IRETQ.
rec_handler:
    mov [h_rsp], rsp
    push rax
    pushfq
    pop rax
    mov [h_flags], rax
    mov qword [h_ss], 0
    mov [h_ss], ss
    mov rax, [rsp + 8]
    mov [h_frame], rax
    mov rax, [rsp + 16]
    mov [h_frame + 8], rax
    mov rax, [rsp + 24]
    mov [h_frame + 16], rax
    mov rax, [rsp + 32]
    mov [h_frame + 24], rax
    mov rax, [rsp + 40]
    mov [h_frame + 32], rax
    pop rax
    iretq

to_ring0:
    mov rsp, [lm_r0_rsp]
    jmp ring0_1

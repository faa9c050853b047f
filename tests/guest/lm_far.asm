; Far transfers and system instructions in IA-32e mode: far JMP/CALL through m16:64 and
; m16:32 pointers to 64-bit and compatibility-mode code, RETF with 8- and 4-byte pops,
; 64-bit call gates (16-byte descriptors, type 12): same privilege and ring 3 -> ring 0
; with RSP0 from the 64-bit TSS, SS = null, 8-byte pushes of SS, RSP, CS, RIP, and the
; RETFQ back to ring 3; a 16-bit call gate (type 4) is #GP(selector) in IA-32e mode;
; LAR/LSL with the IA-32e types; MOV SS with a null selector (CPL 0 only); CR8.
; SDM vol. 3, 5.8.3.1 (IA-32e call gates), 5.8.6 (returning), 7.7 (64-bit TSS), 10.8.6;
; vol. 2, CALL, JMP, RET (64-bit mode), LAR, LSL, MOV (SS), MOV CR8.
; QEMU 7.2 loads a null SS whose RPL differs from the CPL without a fault and gives LAR
; the legacy descriptor types, and takes CR8 values above 15 (checked last).
; qemu-deviation: MOV SS, null with RPL != CPL < 3 is #GP(0) in 64-bit mode (SDM vol. 2, MOV); LAR rejects 16-bit TSSs and the LDT in IA-32e mode (vol. 2, LAR table); MOV CR8 with bits 63:4 set is #GP(0) (vol. 2, MOV CR)
; expect-exit: 1
; expect-output: PASS
; qemu-binary: qemu-system-x86_64
%include "tern.inc"
%include "lm.inc"

SEL_GATE64      equ LM_SEL_FREE          ; 0x78-0x87: 64-bit call gate, DPL 3, to ring 0
SEL_GATE16      equ LM_SEL_FREE + 0x10   ; 0x88: a 16-bit call gate (invalid in IA-32e)
SEL_TSS16       equ LM_SEL_FREE + 0x18   ; 0x90: a 16-bit TSS descriptor
SEL_LDT         equ LM_SEL_FREE + 0x20   ; 0x98-0xA7: an LDT descriptor (16 bytes)

[absolute TESTVARS]
farptr:  resq 2
g_frame: resq 4
g_rsp:   resq 1
g_ss:    resq 1
jmp_back: resq 1        ; the gate's target returns here when set (JMP through the gate)
mode:     resq 1        ; 2: the gate's target continues at ring 0 (ring0_back)

TEST_START
    GO_PM32
    GO_LM64
    ; the 64-bit call gate: offset gate_target (63:0), selector LM_SEL_CODE64, DPL 3
    mov eax, gate_target
    mov [GDT_BASE + SEL_GATE64], ax
    mov word [GDT_BASE + SEL_GATE64 + 2], LM_SEL_CODE64
    mov word [GDT_BASE + SEL_GATE64 + 4], 0xEC00     ; P, DPL 3, type 12
    shr eax, 16
    mov [GDT_BASE + SEL_GATE64 + 6], ax
    mov dword [GDT_BASE + SEL_GATE64 + 8], 0
    mov dword [GDT_BASE + SEL_GATE64 + 12], 0
    SET_DESC SEL_GATE16, LM_SEL_CODE64 << 16, 0, 0xE4, 0x00  ; type 4, DPL 3
    SET_DESC SEL_TSS16, 0x7000, 0x2B, 0x81, 0x00              ; 16-bit TSS, available
    SET_DESC SEL_LDT, 0x7100, 0xFF, 0x82, 0x00                ; LDT
    mov dword [GDT_BASE + SEL_LDT + 8], 0
    mov dword [GDT_BASE + SEL_LDT + 12], 0

    ; far JMP m16:64 to 64-bit code (REX.W FF /5)
    mov qword [farptr], .fj64
    mov word [farptr + 8], LM_SEL_CODE64
    db 0x48, 0xFF, 0x2C, 0x25              ; jmp far qword [farptr] (REX.W FF /5)
    dd farptr
    EXITQ 97
.fj64:
    ; far CALL m16:64 and RETFQ: 8-byte CS and RIP pushed
    mov rbx, rsp
    mov qword [farptr], far64_sub
    mov word [farptr + 8], LM_SEL_CODE64
    db 0x48, 0xFF, 0x1C, 0x25              ; call far qword [farptr] (REX.W FF /3)
    dd farptr
.fc64_ret:
    CHECKQ qword [g_frame], .fc64_ret, "pushed RIP (8 bytes)"
    CHECKQ qword [g_frame + 8], LM_SEL_CODE64, "pushed CS (8 bytes)"
    mov rax, rbx
    sub rax, rsp
    CHECKQ rax, 0, "RETFQ popped 16 bytes"
    ; far CALL m16:32 (no REX.W) to compatibility mode, 32-bit RETF back to 64-bit mode
    mov dword [farptr], far32_sub
    mov word [farptr + 4], SEL_CODE32
    db 0xFF, 0x1C, 0x25                    ; call far dword [farptr] (FF /3, m16:32)
    dd farptr
.fc32_ret:
    CHECKD dword [g_frame], .fc32_ret, "pushed EIP (4 bytes)"
    CHECKQ qword [g_frame + 8], 1, "ran as 32-bit code (0x48 = DEC EAX)"
    mov rax, rbx
    sub rax, rsp
    CHECKQ rax, 0, "RETF popped 8 bytes"

    ; a 64-bit call gate at the same privilege (CPL 0): 8-byte pushes, no stack switch
    mov word [farptr + 8], SEL_GATE64
    db 0x48, 0xFF, 0x1C, 0x25              ; call far qword [farptr]
    dd farptr
.gate0_ret:
    CHECKQ qword [g_frame], .gate0_ret
    CHECKQ qword [g_frame + 8], LM_SEL_CODE64
    mov rax, rbx
    sub rax, 16
    CHECKQR qword [g_rsp], rax, "same-privilege gate: current stack"
    ; JMP through the gate
    mov qword [g_rsp], 0
    mov qword [jmp_back], .gate_jmp_ret
    db 0x48, 0xFF, 0x2C, 0x25              ; jmp far qword [farptr]: the offset is ignored
    dd farptr
.gate_jmp_ret:
    CHECKQ qword [g_rsp], 0x1234, "JMP through a 64-bit call gate"
    ; the 16-bit gate type is invalid in IA-32e mode
    mov word [farptr + 8], SEL_GATE16
    EXC_ARM .g16_done
.g16_insn:
    db 0x48, 0xFF, 0x1C, 0x25
    dd farptr
.g16_done:
    CHECK_EXCQ 13, SEL_GATE16, .g16_insn

    ; from ring 3 through the gate to ring 0: RSP0, SS = 0
    LM_TO_RING3
    mov rbx, rsp
    mov word [farptr + 8], SEL_GATE64 | 3
    db 0x48, 0xFF, 0x1C, 0x25              ; call far qword [farptr]
    dd farptr
.gate3_ret:
    mov ax, cs
    CHECKW ax, LM_SEL_CODE64_R3, "back at ring 3"
    mov rax, rsp
    sub rax, rbx
    CHECKQ rax, 0, "RETFQ to ring 3 restored RSP"
    CHECKQ qword [g_frame], .gate3_ret
    CHECKQ qword [g_frame + 8], LM_SEL_CODE64_R3
    CHECKQR qword [g_frame + 16], rbx, "old RSP pushed"
    CHECKQ qword [g_frame + 24], LM_SEL_DATA_R3, "old SS pushed"
    CHECKQ qword [g_rsp], TSS_ESP0 - 32, "RSP0 from the TSS"
    CHECKQ qword [g_ss], 0, "SS null at ring 0"
    ; MOV SS, null at CPL 3: #GP(0)
    xor eax, eax
    EXC_ARM .ss3_done
.ss3_insn:
    mov ss, ax
.ss3_done:
    CHECK_EXCQ 13, 0, .ss3_insn
    ; back to ring 0: the gate's target does it when mode = 2
    mov qword [mode], 2
    db 0x48, 0xFF, 0x1C, 0x25
    dd farptr
    EXITQ 98
ring0_back:
    ; MOV SS with a null selector at CPL 0 in 64-bit mode is allowed (RPL = CPL)
    mov ax, 0
    mov ss, ax
    mov ax, ss
    CHECKW ax, 0
    mov ax, LM_SEL_DATA
    mov ss, ax
    ; LAR / LSL: IA-32e types
    mov eax, LM_SEL_TSS
    lar ebx, eax
    setz al
    CHECKB al, 1, "LAR 64-bit TSS"
    and ebx, 0x1F00
    CHECKD ebx, 0x0B00, "busy 64-bit TSS"
    mov eax, LM_SEL_TSS
    lsl ebx, eax
    setz al
    CHECKB al, 1, "LSL 64-bit TSS"
    CHECKD ebx, 0x67
    mov eax, SEL_GATE64
    lar ebx, eax
    setz al
    CHECKB al, 1, "LAR 64-bit call gate"
    mov eax, SEL_GATE64
    lsl ebx, eax
    setz al
    CHECKB al, 0, "LSL call gate: ZF = 0"
    mov eax, SEL_LDT
    lsl ebx, eax
    setz al
    CHECKB al, 1, "LSL LDT"
    CHECKD ebx, 0xFF
    ; CR8 (TPR class)
    mov rax, 5
    mov cr8, rax
    mov rbx, cr8
    CHECKQ rbx, 5, "CR8 read back"
    xor eax, eax
    mov cr8, rax

    QEMU_DEVIATIONQ "MOV SS with a null selector whose RPL != CPL is accepted; LAR legacy types; CR8 reserved bits"
    mov ax, 1                              ; RPL 1 != CPL 0
    EXC_ARM .ssrpl_done
.ssrpl_insn:
    mov ss, ax
.ssrpl_done:
    mov bx, LM_SEL_DATA
    mov ss, bx
    CHECK_EXCQ 13, 0, .ssrpl_insn
    mov eax, SEL_TSS16
    lar ebx, eax
    setz al
    CHECKB al, 0, "LAR 16-bit TSS: ZF = 0 in IA-32e mode"
    mov eax, SEL_LDT
    lar ebx, eax
    setz al
    CHECKB al, 0, "LAR LDT: ZF = 0 in IA-32e mode"
    mov rax, 5
    mov cr8, rax
    mov rax, 16
    EXC_ARM .cr8_done
.cr8_insn:
    mov cr8, rax
.cr8_done:
    CHECK_EXCQ 13, 0, .cr8_insn
    mov rbx, cr8
    CHECKQ rbx, 5, "CR8 unchanged by the faulting write"
    xor eax, eax
    mov cr8, rax
    PASSQ

; far CALL target (64-bit): records the return frame, RETFQ
far64_sub:
    mov rax, [rsp]
    mov [g_frame], rax
    mov rax, [rsp + 8]
    mov [g_frame + 8], rax
    o64 retf

; far CALL target in compatibility mode: records the 4-byte frame, RETF (32-bit)
    CODE32
far32_sub:
    mov eax, [esp]
    mov [g_frame], eax
    mov eax, 2
    db 0x48                                ; DEC EAX in 32-bit code
    mov [g_frame + 8], eax
    mov dword [g_frame + 12], 0
    retf
    CODE64

; the call gate's target: ring 0, 64-bit
gate_target:
    mov [g_rsp], rsp
    mov qword [g_ss], 0
    mov [g_ss], ss
    cmp qword [jmp_back], 0
    jne .jmp_case
    mov rax, [rsp]
    mov [g_frame], rax
    mov rax, [rsp + 8]
    mov [g_frame + 8], rax
    mov rax, [rsp + 16]
    mov [g_frame + 16], rax
    mov rax, [rsp + 24]
    mov [g_frame + 24], rax
    cmp qword [g_frame + 8], LM_SEL_CODE64_R3
    jne .ret
    cmp qword [mode], 2
    je .to_ring0
.ret:
    o64 retf
.jmp_case:
    mov qword [g_rsp], 0x1234
    mov rax, [jmp_back]
    mov qword [jmp_back], 0
    jmp rax
.to_ring0:
    mov rsp, [lm_r0_rsp]
    jmp ring0_back

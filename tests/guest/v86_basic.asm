; Virtual-8086 mode, entered by IRET from ring 0 with VM=1 in the popped EFLAGS (the frame
; holds EIP CS EFLAGS ESP SS ES DS FS GS), left through interrupt and exception gates to
; ring-0 handlers. With IOPL 3: real-mode segment arithmetic (base = selector * 16), far
; CALL/RETF, IRET, PUSHF (VM clear in the image), POPF that cannot change IOPL, CLI/STI,
; and INT n through a DPL 3 gate: the handler runs at CPL 0 on the TSS ring-0 stack with
; the frame GS FS DS ES SS ESP EFLAGS(VM=1) CS EIP, DS/ES/FS/GS null, VM clear; its IRET
; returns to v86 mode with every segment restored; a task switch to a TSS whose EFLAGS
; image has VM=1 starts a v86 task (real-mode segments, CPL 3, its own ring-0 stack for
; interrupts). INT n through a DPL 0 gate is
; #GP(vector*8+2). With IOPL 0: INT n, CLI, STI, PUSHF, POPF and IRET are #GP(0) to the
; monitor (ring-0 #GP handler), as are HLT and MOV CR0 (CPL 3); INT3 is not IOPL-sensitive.
; SDM vol. 3, 20.1.1 (v86 addressing), 20.2.1 (entering through IRET), 20.2.7 (sensitive
; instructions), 20.3.1.1 (to a handler at ring 0: the frame, data segments cleared), 7.3
; (a task switch loads EFLAGS.VM; "entering v86 mode through a task switch"), table
; 20-2 (CR4.VME = 0); vol. 2A "IRET" (RETURN-TO-VIRTUAL-8086-MODE), "INT n"
; (INTERRUPT-FROM-VIRTUAL-8086-MODE).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

V86_SP      equ 0x6F00
V86_DS      equ 0x0600
V86_ES      equ 0x0700
V86_FS      equ 0x0800
V86_GS      equ 0x0900
SEL_TSSV    equ SEL_FREE
TSSV        equ 0x4800
STACKV0     equ 0x34000

; V86_ENTER label, iopl: IRET into v86 mode at F000:label, SS:SP = 0:V86_SP, IF = 0
%macro V86_ENTER 2
    V86_IRET %1, (%2) << 12, V86_DS, V86_ES, V86_FS, V86_GS
%endmacro

[absolute TESTVARS]
v_r0esp:    resd 1
v_cont:     resd 1
h_frame:    resd 9          ; EIP CS EFLAGS ESP SS ES DS FS GS seen by INT 21h
h_segs:     resd 4          ; DS ES FS GS inside the handler
h_eflags:   resd 1
h_esp:      resd 1
h_cs:       resd 1
r_segs:     resd 4          ; DS ES FS GS back in v86 mode after the handler's IRET
r_sp:       resd 1
r_mem:      resd 1
r_flags:    resd 1
r_flags2:   resd 1
r_flags32:  resd 1
r_far:      resd 1
r_iret:     resd 1
bp_count:   resd 1
bp_eflags:  resd 1
gp_count:   resd 1
gp_errs:    resd 1          ; OR of the error codes
gp_err22:   resd 1
gp_ops:     resb 16
gp_esp:     resd 1
gp_vm:      resd 1
t_es:       resd 1
t_cs:       resd 1
t_mem:      resd 1
t_esp:      resd 1
t_eflags:   resd 1

TEST_START
    GO_PM32
    SET_IDT 0x21, v86_int21, GATE_INT32_DPL3
    SET_IDT 0x22, v86_int21, GATE_INT32         ; DPL 0: INT 22h from v86 is #GP
    SET_IDT 3, v86_bp, GATE_TRAP32_DPL3
    SET_IDT 13, gp_monitor, GATE_INT32
    SET_IDT 6, v86_exit, GATE_INT32             ; UD2 leaves v86 mode for good

    ; ---- IOPL 3
    mov word [V86_DS * 16 + 0x10], 0
    V86_ENTER v86_iopl3, 3
    CHECK dword [h_frame], v86_iopl3.after21, "frame EIP after INT 21h"
    CHECK dword [h_frame + 4], 0xF000, "frame CS"
    mov eax, [h_frame + 8]
    and eax, F_VM | F_IOPL
    CHECK eax, F_VM | F_IOPL, "frame EFLAGS: VM=1, IOPL 3"
    CHECK dword [h_frame + 12], V86_SP, "frame ESP"
    CHECK dword [h_frame + 16], 0, "frame SS"
    CHECK dword [h_frame + 20], V86_ES, "frame ES"
    CHECK dword [h_frame + 24], 0x1234, "frame DS (loaded in v86 mode)"
    CHECK dword [h_frame + 28], V86_FS, "frame FS"
    CHECK dword [h_frame + 32], V86_GS, "frame GS"
    CHECK dword [h_segs], 0, "handler: DS null"
    CHECK dword [h_segs + 4], 0, "handler: ES null"
    CHECK dword [h_segs + 8], 0, "handler: FS null"
    CHECK dword [h_segs + 12], 0, "handler: GS null"
    mov eax, [h_eflags]
    and eax, F_VM | F_IF
    CHECK eax, 0, "handler: VM and IF clear"
    CHECK dword [h_esp], TSS_ESP0 - 36, "handler on the TSS ring-0 stack, 9 dwords"
    CHECK dword [h_cs], SEL_CODE32
    CHECK dword [r_segs], 0x1234, "v86 DS restored by IRET"
    CHECK dword [r_segs + 4], V86_ES
    CHECK dword [r_segs + 8], V86_FS
    CHECK dword [r_segs + 12], V86_GS
    CHECK dword [r_sp], V86_SP
    CHECK word [0x12340 + 0x10], 0xBEEF, "DS = 1234h addresses 12340h"
    CHECK dword [r_mem], 0xBEEF
    CHECK dword [r_flags], 0x3002, "PUSHF: IOPL 3, IF 0"
    CHECK dword [r_flags2], 0x3002, "POPF in v86 cannot change IOPL"
    mov eax, [r_flags32]
    and eax, F_VM | F_RF
    CHECK eax, 0, "PUSHFD image has VM clear"
    CHECK dword [r_far], 0x5A5A, "far CALL/RETF in v86 mode"
    CHECK dword [r_iret], 0xA5A5, "IRET within v86 mode"
    CHECK dword [bp_count], 1, "INT3 through a DPL 3 gate"
    CHECK dword [gp_count], 1, "INT 22h (DPL 0 gate) faulted once"
    CHECK dword [gp_err22], 0x22 * 8 + 2, "#GP(vector*8+2)"

    ; ---- IOPL 0: the monitor sees every sensitive instruction
    mov dword [gp_count], 0
    mov dword [gp_errs], 0
    mov dword [bp_count], 0
    V86_ENTER v86_iopl0, 0
    CHECK dword [gp_count], 9, "nine #GP to the monitor"
    CHECK dword [gp_errs], 0, "all #GP(0)"
    CHECK byte [gp_ops + 0], 0xCD, "INT n"
    CHECK byte [gp_ops + 1], 0xFA, "CLI"
    CHECK byte [gp_ops + 2], 0xFB, "STI"
    CHECK byte [gp_ops + 3], 0x9C, "PUSHF"
    CHECK byte [gp_ops + 4], 0x9D, "POPF"
    CHECK byte [gp_ops + 5], 0xCF, "IRET"
    CHECK byte [gp_ops + 6], 0xF4, "HLT"
    CHECK byte [gp_ops + 7], 0x0F, "MOV CR0"
    CHECK byte [gp_ops + 8], 0xCD, "INT n again"
    CHECK dword [gp_esp], TSS_ESP0 - 40, "monitor frame: error code + 9 dwords"
    CHECK dword [gp_vm], F_VM
    CHECK dword [bp_count], 1, "INT3 is not IOPL-sensitive"

    ; ---- a v86 task: JMP to a TSS whose EFLAGS image has VM=1
    mov edi, TSSV
    xor eax, eax
    mov ecx, 0x68 / 4
.zv:
    mov [edi], eax
    add edi, 4
    dec ecx
    jnz .zv
    mov dword [TSSV + 0x04], STACKV0            ; ESP0 for interrupts out of the task
    mov dword [TSSV + 0x08], SEL_DATA32         ; SS0
    mov dword [TSSV + 0x20], v86_task           ; EIP
    mov dword [TSSV + 0x24], F_VM | F_IOPL | 2  ; EFLAGS
    mov dword [TSSV + 0x38], V86_SP             ; ESP
    mov dword [TSSV + 0x48], V86_ES             ; ES
    mov dword [TSSV + 0x4C], 0xF000             ; CS
    mov dword [TSSV + 0x54], 0x0400             ; DS (linear 4000h)
    mov word [TSSV + 0x66], 0x68
    SET_DESC SEL_TSSV, TSSV, 0x67, 0x89, 0x00
    SET_IDT 0x24, v86_task_int, GATE_INT32_DPL3
    mov dword [0x4010], 0
    jmp SEL_TSSV:0
    CHECK dword [t_es], V86_ES, "v86 task: ES from its TSS"
    CHECK dword [t_cs], 0xF000
    CHECK dword [t_mem], 0x77, "DS 0400h addresses 4000h"
    CHECK dword [t_esp], STACKV0 - 36, "interrupt on the v86 task's ring-0 stack"
    mov eax, [t_eflags]
    and eax, F_VM
    CHECK eax, F_VM, "the task ran in v86 mode"
    CHECK byte [GDT_BASE + SEL_TSSV + 5], 0x89
    PASS

; INT 24h from the v86 task: record, back to the first task with JMP.
v86_task_int:
    mov [ss:t_esp], esp
    mov eax, [esp + 8]
    mov [ss:t_eflags], eax
    jmp SEL_TSS:0

; ------------------------------------------------------------------ ring-0 handlers
; INT 21h from v86 mode: record the frame and the handler's own state, return with IRET.
v86_int21:
    mov [ss:h_esp], esp
    push eax
    xor eax, eax
    mov ax, ds
    mov [ss:h_segs], eax
    mov ax, es
    mov [ss:h_segs + 4], eax
    mov ax, fs
    mov [ss:h_segs + 8], eax
    mov ax, gs
    mov [ss:h_segs + 12], eax
    mov ax, cs
    mov [ss:h_cs], eax
    pushfd
    pop dword [ss:h_eflags]
    push ecx
    push esi
    lea esi, [esp + 12]
    xor ecx, ecx
.copy:
    mov eax, [ss:esi + ecx * 4]
    mov [ss:h_frame + ecx * 4], eax
    inc ecx
    cmp ecx, 9
    jb .copy
    pop esi
    pop ecx
    pop eax
    iretd

v86_bp:
    inc dword [ss:bp_count]
    push dword [esp + 8]
    pop dword [ss:bp_eflags]
    iretd

; #GP: record the error code and the opcode at CS:EIP, step over the instruction.
gp_monitor:
    push eax
    push ebx
    mov [ss:gp_esp], esp
    add dword [ss:gp_esp], 8
    mov eax, [esp + 8]
    or [ss:gp_errs], eax
    mov [ss:gp_err22], eax
    mov eax, [esp + 20]
    and eax, F_VM
    mov [ss:gp_vm], eax
    movzx ebx, word [esp + 16]
    shl ebx, 4
    add ebx, [esp + 12]
    movzx eax, byte [ss:ebx]
    mov ebx, [ss:gp_count]
    mov [ss:gp_ops + ebx], al
    inc dword [ss:gp_count]
    mov ebx, 1
    cmp al, 0xCD
    jne .not_int
    mov ebx, 2
.not_int:
    cmp al, 0x0F
    jne .not_0f
    mov ebx, 3
.not_0f:
    add [esp + 12], ebx
    pop ebx
    pop eax
    add esp, 4
    iretd

; UD2 in v86 mode: back to ring 0 after V86_ENTER.
v86_exit:
    V86_RESUME

; ------------------------------------------------------------------ v86 code
CODE16
v86_iopl3:
    mov ax, 0x1234
    mov ds, ax
    mov word [0x10], 0xBEEF                 ; linear 12350h
    mov ax, [0x10]
    mov [ss:r_mem], ax
    cli
    sti
    cli
    int 0x21
.after21:
    mov [ss:r_segs], ds
    mov [ss:r_segs + 4], es
    mov [ss:r_segs + 8], fs
    mov [ss:r_segs + 12], gs
    mov [ss:r_sp], sp
    pushf
    pop ax
    mov [ss:r_flags], ax
    push word 0                             ; try to clear IOPL
    popf
    pushf
    pop ax
    mov [ss:r_flags2], ax
    pushfd
    pop eax
    mov [ss:r_flags32], eax
    call 0xF000:v86_far_sub
    mov [ss:r_far], ax
    pushf
    push cs
    push word .after_iret
    iret
.after_iret:
    mov word [ss:r_iret], 0xA5A5
    int3
    int 0x22                                ; #GP(22h*8+2): the monitor steps over it
    ud2

v86_far_sub:
    mov ax, 0x5A5A
    retf

v86_task:
    mov [ss:t_es], es
    mov [ss:t_cs], cs
    mov byte [0x10], 0x77
    mov al, [0x10]
    mov [ss:t_mem], al
    int 0x24

v86_iopl0:
    int 0x21
    cli
    sti
    pushf
    popf
    iret
    hlt
    mov cr0, eax
    int 0x21
    int3
    ud2

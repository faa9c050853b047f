; Virtual-8086 mode extensions (CR4.VME) and protected-mode virtual interrupts (CR4.PVI).
; CPUID.01H:EDX.VME is set. With VME and IOPL 3, INT n whose bit in the TSS interrupt
; redirection bitmap is clear goes to the 8086 program's own handler through the vector
; table at linear 0 (method 5: FLAGS, CS, IP pushed on the v86 stack, IF and TF cleared,
; no mode switch), a set bit to the IDT (method 4). With VME and IOPL 0: CLI/STI clear and
; set VIF instead of faulting; PUSHF pushes FLAGS with IF = VIF and IOPL = 3; POPF and a
; 16-bit IRET load VIF from the image's IF and leave IF and IOPL alone; a redirected INT n
; pushes IF = VIF, IOPL = 3 and clears VIF (method 6); INT n with its bitmap bit set,
; PUSHFD, POPFD and IRETD are #GP(0) (method 3); with VIP = 1, STI and a POPF setting IF
; are #GP(0), and so is a POPF whose image has TF = 1; entering v86 mode by IRET with VIF
; and VIP both set, or by a task switch to such a v86 task, is #GP(0) at the first
; instruction. With PVI at CPL 3 and IOPL 0,
; CLI/STI change VIF (STI with VIP = 1 is #GP(0)); without PVI they are #GP(0).
; SDM vol. 3, 20.3 (VME: 20.3.2 virtual interrupts, 20.3.3 table 20-2 methods 1-6,
; figure 20-5 the redirection bitmap below the I/O map base), 20.4 (PVI); vol. 2 CLI, STI,
; PUSHF, POPF, IRET, INT n (their VME/PVI branches); vol. 2A CPUID (VME, bit 1).
; qemu-deviation: QEMU 7.2 TCG sends a v86 INT n whose redirection bit is clear through
; the IDT (table 20-2 methods 5 and 6 missing): every check comes after the marker.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

V86_SP      equ 0x6F00
V86_DS      equ 0x0600
SEL_TSSV    equ SEL_FREE
TSSV        equ 0x4800
STACKV0     equ 0x34000

; V86_ENTER label, eflags: IRET into v86 mode at F000:label, SS:SP = 0:V86_SP
%macro V86_ENTER 2
    V86_IRET %1, %2, V86_DS, 0, 0, 0
%endmacro

[absolute TESTVARS]
v_r0esp:  resd 1
v_cont:   resd 1
x_eflags: resd 1                    ; EFLAGS when v86 code left through UD2
a_count:  resd 1                    ; the 8086 handler of INT 40h
a_img:    resd 1                    ; FLAGS image it found on its stack
a_flags:  resd 1                    ; its own FLAGS
a_sp:     resd 1
c21:      resd 1                    ; INT 21h through the IDT
gp_count: resd 1
gp_errs:  resd 1
gp_skip:  resd 1                    ; bytes the monitor steps over (set by the v86 code)
gp_clrvip: resd 1                   ; the monitor clears VIP in the image
gp_ops:   resb 8
r_f:      resd 8                    ; PUSHF images taken by the v86 code
cpuid_edx: resd 1

TEST_START
    GO_PM32
    QEMU_DEVIATION "QEMU 7.2 TCG has no VME interrupt redirection (INT n goes to the IDT)"
    mov eax, 1
    cpuid
    mov [cpuid_edx], edx
    mov dword [gp_skip], 0
    SET_IDT 0x21, pm_int21, GATE_INT32_DPL3
    SET_IDT 13, gp_monitor, GATE_INT32
    SET_IDT 6, v86_exit, GATE_INT32
    ; the 8086 program's vector 40h
    mov word [0x40 * 4], v86_h40
    mov word [0x40 * 4 + 2], 0xF000
    ; redirection bitmap at TSS+68H..87H: every vector through the IDT but 40h; I/O map
    ; base 88H (beyond the limit: no I/O allowed), TSS limit 87H
    mov edi, TSS_BASE + 0x68
    mov ecx, 8
    mov eax, 0xFFFFFFFF
    rep stosd
    and byte [TSS_BASE + 0x68 + 0x40 / 8], 0xFE
    mov word [TSS_BASE + 0x66], 0x88
    SET_DESC SEL_TSS, TSS_BASE, 0x87, 0x89, 0x00
    mov ax, SEL_TSS
    ltr ax
    mov eax, cr4
    or eax, 1                       ; CR4.VME
    mov cr4, eax

    ; ---- VME, IOPL 3: method 5 (INT 40h redirected), method 4 (INT 21h, IDT)
    V86_ENTER v86_a, F_IOPL
    CHECK dword [a_count], 1, "INT 40h ran the 8086 handler"
    CHECK dword [a_img], 0x3202, "method 5: FLAGS image as it was (IF=1, IOPL 3)"
    CHECK dword [a_flags], 0x3002, "method 5: IF cleared in the handler"
    CHECK dword [a_sp], V86_SP - 6, "three words on the v86 stack"
    CHECK dword [c21], 1, "INT 21h through the IDT"
    CHECK dword [gp_count], 0

    ; ---- VME, IOPL 0: virtual interrupt flag
    mov dword [a_count], 0
    V86_ENTER v86_b, 0
    CHECK dword [r_f], 0x3002, "CLI: PUSHF image IF = VIF = 0, IOPL 3"
    CHECK dword [r_f + 4], 0x3202, "STI: VIF = 1"
    CHECK dword [a_count], 1, "method 6: INT 40h ran the 8086 handler"
    CHECK dword [a_img], 0x3202, "method 6: image IF = VIF, IOPL 3"
    CHECK dword [a_flags], 0x3002, "method 6: VIF cleared in the handler"
    CHECK dword [r_f + 8], 0x3202, "IRET restored VIF from the image"
    CHECK dword [r_f + 12], 0x3002, "POPF IF=0: VIF = 0"
    CHECK dword [r_f + 16], 0x3A83, "POPF IF=1 with flags: VIF = 1, CF SF OF set"
    CHECK dword [gp_count], 4, "INT 21h, PUSHFD, POPFD, IRETD: #GP"
    CHECK dword [gp_errs], 0
    CHECK byte [gp_ops], 0xCD
    CHECK byte [gp_ops + 1], 0x66
    CHECK byte [gp_ops + 2], 0x66
    CHECK byte [gp_ops + 3], 0x66
    mov eax, [x_eflags]
    and eax, F_VIF | F_IF | F_IOPL | F_VM
    CHECK eax, F_VIF | F_VM, "real EFLAGS: VIF=1, IF=0, IOPL 0"

    ; ---- VME, IOPL 0, VIP = 1
    mov dword [gp_count], 0
    V86_ENTER v86_c, F_VIP
    CHECK dword [gp_count], 3, "STI, POPF IF=1, POPF TF=1 with VIP: #GP"
    CHECK dword [gp_errs], 0
    CHECK byte [gp_ops], 0xFB
    CHECK byte [gp_ops + 1], 0x9D
    CHECK byte [gp_ops + 2], 0x9D
    mov eax, [x_eflags]
    and eax, F_VIF | F_VIP | F_TF
    CHECK eax, F_VIP, "VIF stayed 0, TF 0"

    ; ---- entering v86 mode with VIF = VIP = 1: #GP(0) at the first instruction
    mov dword [gp_count], 0
    mov dword [gp_skip], 1          ; over the NOP
    mov dword [gp_clrvip], 1
    V86_ENTER v86_e, F_VIP | F_VIF
    CHECK dword [gp_count], 1, "VIF and VIP set on entry: #GP"
    CHECK byte [gp_ops], 0x90
    mov eax, [x_eflags]
    and eax, F_VIF | F_VIP
    CHECK eax, F_VIF, "the monitor cleared VIP"

    ; ---- VME off again: CLI in v86 mode with IOPL 0 is #GP(0)
    mov eax, cr4
    and eax, ~1
    mov cr4, eax
    mov dword [gp_count], 0
    V86_ENTER v86_d, 0
    CHECK dword [gp_count], 2, "without VME: CLI and INT 40h are #GP"
    CHECK byte [gp_ops], 0xFA
    CHECK byte [gp_ops + 1], 0xCD
    CHECK dword [a_count], 1, "INT 40h not redirected without VME"

    SET_IDT 13, lib_pm_stubs + 13 * PM_STUB_SIZE, GATE_INT32   ; the library's #GP again
    ; ---- PVI off: CLI at CPL 3 with IOPL 0 is #GP(0)
    TO_RING3 0
    EXC_ARM .r1
.f1:
    cli
.r1:
    CHECK_EXC 13, 0, .f1
    TO_RING0
    ; ---- PVI on: CLI/STI at CPL 3 change VIF
    mov eax, cr4
    or eax, 2                       ; CR4.PVI
    mov cr4, eax
    TO_RING3 0
    sti
    pushfd
    pop eax
    and eax, F_VIF | F_IF
    CHECK eax, F_VIF, "PVI STI: VIF = 1, IF unchanged"
    cli
    pushfd
    pop eax
    and eax, F_VIF | F_IF
    CHECK eax, 0, "PVI CLI: VIF = 0"
    TO_RING0
    ; ---- PVI with VIP = 1: STI is #GP(0); CLI still works
    mov [r0_esp], esp
    push dword SEL_DATA32_R3
    push dword R3_STACK_TOP
    push dword 2 | F_VIP
    push dword SEL_CODE32_R3
    push dword pvi_vip
    iretd
pvi_vip:
    mov ax, SEL_DATA32_R3
    mov ds, ax
    mov es, ax
    EXC_ARM .r2
.f2:
    sti
.r2:
    CHECK_EXC 13, 0, .f2
    cli
    TO_RING0

    ; ---- a task switch into a v86 task with VIF = VIP = 1 (VME, IOPL 0): #GP(0) at its
    ; first instruction (the last part: the test goes on in that task at ring 0)
    mov eax, cr4
    or eax, 1
    mov cr4, eax
    SET_IDT 13, gp_monitor, GATE_INT32
    mov edi, TSSV
    mov ecx, 0x68 / 4
    xor eax, eax
    rep stosd
    mov dword [TSSV + 0x04], STACKV0            ; ESP0, SS0 for events out of the task
    mov dword [TSSV + 0x08], SEL_DATA32
    mov dword [TSSV + 0x20], v86_e              ; EIP
    mov dword [TSSV + 0x24], F_VM | F_VIF | F_VIP | 2
    mov dword [TSSV + 0x38], V86_SP             ; ESP
    mov dword [TSSV + 0x4C], 0xF000             ; CS
    mov word [TSSV + 0x66], 0x68
    SET_DESC SEL_TSSV, TSSV, 0x67, 0x89, 0x00
    mov dword [gp_count], 0
    mov dword [gp_skip], 1
    mov dword [gp_clrvip], 1
    mov [v_r0esp], esp
    mov dword [v_cont], task_back
    jmp SEL_TSSV:0
task_back:
    CHECK dword [gp_count], 1, "v86 task with VIF and VIP: #GP"
    CHECK byte [gp_ops], 0x90
    str ax
    CHECK ax, SEL_TSSV, "in the v86 task's TSS"

    mov eax, [cpuid_edx]
    and eax, 2
    CHECK eax, 2, "CPUID.01H:EDX.VME"
    PASS

; ------------------------------------------------------------------ ring-0 handlers
pm_int21:
    inc dword [ss:c21]
    iretd

; #GP from v86 mode: record the error code and the opcode byte, step over [gp_skip] bytes.
gp_monitor:
    test dword [esp + 12], F_VM     ; only v86 code is expected to fault here
    jnz .v86
    PRINT "UNEXPECTED #GP outside v86 mode", 10
    EXIT 124
.v86:
    cmp dword [ss:gp_skip], 0       ; no #GP expected now
    jne .expected
    PRINT "UNEXPECTED #GP in v86 mode", 10
    EXIT 123
.expected:
    push eax
    push ebx
    mov eax, [esp + 8]
    or [ss:gp_errs], eax
    movzx ebx, word [esp + 16]
    shl ebx, 4
    add ebx, [esp + 12]
    movzx eax, byte [ss:ebx]
    mov ebx, [ss:gp_count]
    and ebx, 7
    mov [ss:gp_ops + ebx], al
    inc dword [ss:gp_count]
    mov eax, [ss:gp_skip]
    add [esp + 12], eax
    mov dword [ss:gp_skip], 0
    cmp dword [ss:gp_clrvip], 0
    je .keep
    and dword [esp + 20], ~F_VIP    ; the pending virtual interrupt is taken care of
.keep:
    pop ebx
    pop eax
    add esp, 4
    iretd

; UD2 in v86 mode: record EFLAGS, back to ring 0 after V86_ENTER.
v86_exit:
    mov eax, [esp + 8]
    mov [ss:x_eflags], eax
    V86_RESUME

; ------------------------------------------------------------------ v86 code
CODE16
; %1: bytes the monitor skips for the next faulting instruction
%macro SKIP 1
    mov word [ss:gp_skip], %1
%endmacro

; The 8086 program's handler of vector 40h.
v86_h40:
    push bp
    mov bp, sp
    mov ax, [bp + 6]
    mov [ss:a_img], ax
    lea ax, [bp + 2]
    mov [ss:a_sp], ax
    pushf
    pop ax
    mov [ss:a_flags], ax
    inc word [ss:a_count]
    pop bp
    iret

v86_a:
    sti
    int 0x40
    cli
    int 0x21
    ud2

v86_b:
    cli
    pushf
    pop word [ss:r_f]
    sti
    pushf
    pop word [ss:r_f + 4]
    int 0x40
    pushf
    pop word [ss:r_f + 8]
    push word 0
    popf
    pushf
    pop word [ss:r_f + 12]
    push word 0x0A81                ; IF, CF, SF, OF
    popf
    pushf
    pop word [ss:r_f + 16]
    SKIP 2
    int 0x21
    SKIP 2
    pushfd
    SKIP 2
    popfd
    SKIP 2
    iretd
    ud2

v86_c:
    SKIP 1
    sti
    push word 0x0200                ; IF = 1 while VIP = 1
    SKIP 1
    popf
    pop ax
    push word 0x0100                ; TF = 1
    SKIP 1
    popf
    pop ax
    cli
    ud2

v86_e:
    nop
    ud2

v86_d:
    SKIP 1
    cli
    SKIP 2
    int 0x40
    ud2


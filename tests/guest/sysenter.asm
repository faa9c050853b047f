; SYSENTER / SYSEXIT: ring 3 -> ring 0 at IA32_SYSENTER_CS:SYSENTER_EIP with ESP =
; SYSENTER_ESP, SS = SYSENTER_CS + 8, IF/VM/RF cleared; SYSEXIT back to ring 3 at
; CS = SYSENTER_CS + 16 (RPL 3), SS = + 24, ESP = ECX, EIP = EDX, EFLAGS unchanged (the
; library's GDT has exactly that layout: 08h/10h ring 0, 1Bh/23h ring 3). #GP(0): either
; instruction with SYSENTER_CS = 0, SYSENTER in real mode, SYSEXIT at CPL 3. SYSENTER from
; virtual-8086 mode lands in ring 0 with VM clear. CPUID.01H:EDX.SEP[11] is set.
; SDM vol. 2B "SYSENTER", "SYSEXIT"; vol. 3, 5.8.7 (fast system calls), 2.8.7 / table
; 2-2 (IA32_SYSENTER_CS/ESP/EIP = MSRs 174H-176H).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

SYS_STACK   equ 0x50000
R3_ESP      equ R3_STACK_TOP - 0x100

[absolute TESTVARS]
s_cs:       resd 1
s_ss:       resd 1
s_esp:      resd 1
s_eflags:   resd 1
s_count:    resd 1
r_cs:       resd 1
r_ss:       resd 1
r_esp:      resd 1
r_eflags:   resd 1
v_r0esp:    resd 1
v_eflags:   resd 1
v_cs:       resd 1

%macro WRMSR 2
    mov ecx, %1
    mov eax, %2
    xor edx, edx
    wrmsr
%endmacro

TEST_START
    ; real mode: #GP(0) (no error code on a real-mode stack)
    EXC_ARM .r0
.f0:
    sysenter
.r0:
    CHECK_EXC 13, 0, .f0
    GO_PM32
    mov eax, 1
    cpuid
    and edx, 1 << 11
    CHECK edx, 1 << 11, "CPUID: SEP"

    ; SYSENTER_CS = 0: both are #GP(0)
    WRMSR 0x174, 0
    EXC_ARM .r1
.f1:
    sysenter
.r1:
    CHECK_EXC 13, 0, .f1
    EXC_ARM .r2
.f2:
    sysexit
.r2:
    CHECK_EXC 13, 0, .f2

    WRMSR 0x174, SEL_CODE32
    WRMSR 0x175, SYS_STACK
    WRMSR 0x176, sys_entry
    TO_RING3 3                              ; IOPL 3 so ring 3 may set IF
    sti
    mov ecx, R3_ESP                         ; where SYSEXIT puts the stack
    mov edx, .back                          ; and resumes
    sysenter
.back:
    mov [r_esp], esp
    pushfd
    pop dword [r_eflags]
    xor eax, eax
    mov ax, cs
    mov [r_cs], eax
    mov ax, ss
    mov [r_ss], eax
    ; SYSEXIT at CPL 3
    EXC_ARM .r3
.f3:
    sysexit
.r3:
    CHECK_EXC 13, 0, .f3
    mov esp, R3_STACK_TOP
    TO_RING0
    CHECK dword [s_count], 1
    CHECK dword [s_cs], SEL_CODE32, "SYSENTER: CS"
    CHECK dword [s_ss], SEL_DATA32, "SYSENTER: SS = CS + 8"
    CHECK dword [s_esp], SYS_STACK
    mov eax, [s_eflags]
    and eax, F_IF | F_VM | F_IOPL
    CHECK eax, F_IOPL, "SYSENTER cleared IF, kept IOPL"
    CHECK dword [r_cs], SEL_CODE32_R3, "SYSEXIT: CS = SYSENTER_CS + 16, RPL 3"
    CHECK dword [r_ss], SEL_DATA32_R3, "SYSEXIT: SS = SYSENTER_CS + 24, RPL 3"
    CHECK dword [r_esp], R3_ESP
    mov eax, [r_eflags]
    and eax, F_IF
    CHECK eax, 0, "SYSEXIT leaves EFLAGS alone"

    ; SYSENTER from virtual-8086 mode
    WRMSR 0x176, sys_entry_v86
    mov [v_r0esp], esp
    push dword 0
    push dword 0
    push dword 0
    push dword 0
    push dword 0
    push dword 0x6F00
    push dword F_VM | 2 | F_IOPL
    push dword 0xF000
    push dword v86_code
    iretd
v86_back:
    CHECK dword [v_cs], SEL_CODE32
    mov eax, [v_eflags]
    and eax, F_VM
    CHECK eax, 0, "SYSENTER from v86 mode cleared VM"
    PASS

sys_entry:
    mov [ss:s_esp], esp
    push eax
    xor eax, eax
    mov ax, cs
    mov [ss:s_cs], eax
    mov ax, ss
    mov [ss:s_ss], eax
    pushfd
    pop dword [ss:s_eflags]
    inc dword [ss:s_count]
    pop eax
    sysexit

sys_entry_v86:
    mov ax, SEL_DATA32
    mov ds, ax
    mov es, ax
    mov fs, ax
    mov gs, ax
    pushfd
    pop dword [v_eflags]
    xor eax, eax
    mov ax, cs
    mov [v_cs], eax
    mov esp, [v_r0esp]
    jmp v86_back

CODE16
v86_code:
    sysenter

; SYSCALL / SYSRET / SWAPGS. SYSCALL: RCX = next RIP, R11 = RFLAGS, RFLAGS &= ~IA32_FMASK,
; CS = STAR[47:32] (64-bit, DPL 0), SS = STAR[47:32] + 8, RIP = IA32_LSTAR, no stack
; switch; #UD when EFER.SCE = 0. SYSRET (CPL 0): REX.W returns to 64-bit mode with CS =
; STAR[63:48] + 16 | 3, else to compatibility mode with CS = STAR[63:48] | 3; SS =
; STAR[63:48] + 8 | 3; RFLAGS = R11 without RF/VM; #GP(0) at CPL 3 and (Intel) for a
; non-canonical RCX, taken at CPL 0. SWAPGS exchanges GS.base and IA32_KERNEL_GS_BASE,
; #GP(0) at CPL 3. Intel processors raise #UD for SYSCALL outside 64-bit mode.
; SDM vol. 2B SYSCALL, SYSRET, SWAPGS; vol. 3, 5.8.8 (fast system calls in 64-bit mode).
; QEMU 7.2 loses CF across SYSCALL, takes SYSCALL in compatibility mode through
; IA32_CSTAR (AMD's behaviour) and does not fault SYSRET to a non-canonical RCX: these are
; checked last.
; qemu-deviation: SYSCALL keeps the flags FMASK does not clear; SYSCALL in compatibility mode is #UD on Intel, so is SYSRET (before its CPL check); SYSRET with RCX non-canonical is #GP(0) (SDM vol. 2B)
; expect-exit: 1
; expect-output: PASS
; qemu-binary: qemu-system-x86_64
%include "tern.inc"
%include "lm.inc"

[absolute TESTVARS]
sc_rcx:   resq 1
sc_r11:   resq 1
sc_cs:    resq 1
sc_ss:    resq 1
sc_flags: resq 1
sc_rsp:   resq 1
sc_mode:  resq 1
sc_flags1: resq 1       ; sc_flags of the first SYSCALL        ; 0: SYSRET back (REX.W); 1: continue at ring 0 at [lm_cont]

%macro WRMSR64 2            ; msr, value (64-bit immediate or label)
    mov ecx, %1
    mov rax, %2
    mov rdx, rax
    shr rdx, 32
    wrmsr
%endmacro
%macro RDMSR64 1            ; msr -> rax
    mov ecx, %1
    rdmsr
    shl rdx, 32
    or rax, rdx
%endmacro

TEST_START
    GO_PM32
    GO_LM64
    ; SYSCALL with EFER.SCE = 0: #UD
    EXC_ARM .ud_sce
.ud_sce_insn:
    syscall
.ud_sce:
    CHECK_EXCQ 6, NOERR, .ud_sce_insn
    ; set up: SCE, STAR, LSTAR, FMASK (DF, AC and TF cleared on entry)
    mov ecx, MSR_EFER
    rdmsr
    or eax, 1
    wrmsr
    WRMSR64 MSR_STAR, LM_STAR
    WRMSR64 MSR_LSTAR, syscall_entry
    WRMSR64 MSR_FMASK, F_DF | F_AC | F_TF
    LM_SET_IDT 0x40, int40_handler, 0xEE
    RDMSR64 MSR_FMASK
    CHECKQ rax, F_DF | F_AC | F_TF

    ; SWAPGS at CPL 0
    WRMSR64 MSR_GS_BASE, 0x0000722233334444
    WRMSR64 MSR_KERNEL_GS_BASE, 0xFFFF800000005555
    swapgs
    RDMSR64 MSR_GS_BASE
    CHECKQ rax, 0xFFFF800000005555, "SWAPGS: GS.base <- KERNEL_GS_BASE"
    RDMSR64 MSR_KERNEL_GS_BASE
    CHECKQ rax, 0x0000722233334444, "SWAPGS: KERNEL_GS_BASE <- GS.base"
    swapgs
    WRMSR64 MSR_GS_BASE, 0
    WRMSR64 MSR_KERNEL_GS_BASE, 0

    ; SYSCALL from ring 3 (64-bit), SYSRETQ back
    mov qword [sc_mode], 0
    mov dword [lm_cont], .back_r0
    LM_TO_RING3
    mov rbx, rsp
    std
    stc
    mov rax, 0x1234
    syscall
.after_sc:
    ; back at ring 3 through SYSRETQ
    pushfq
    pop rdx
    cld
    CHECKQ qword [sc_rcx], .after_sc, "RCX = RIP of the next instruction"
    mov rax, [sc_r11]
    and rax, F_DF | F_CF | F_IOPL
    CHECKQ rax, F_DF | F_CF | F_IOPL, "R11 = RFLAGS at SYSCALL"
    CHECKQ qword [sc_cs], LM_SEL_CODE64, "SYSCALL CS = STAR[47:32]"
    CHECKQ qword [sc_ss], LM_SEL_DATA, "SYSCALL SS = STAR[47:32] + 8"
    mov rax, [sc_flags]
    and rax, F_DF | F_TF
    CHECKQ rax, 0, "FMASK cleared DF"
    mov rax, [sc_flags]
    mov [sc_flags1], rax
    mov rax, [sc_rsp]
    sub rax, rbx
    CHECKQ rax, 0, "no stack switch"
    mov ax, cs
    CHECKW ax, LM_SEL_CODE64_R3, "SYSRETQ CS = STAR[63:48] + 16 | 3"
    mov ax, ss
    CHECKW ax, LM_SEL_DATA_R3, "SYSRET SS = STAR[63:48] + 8 | 3"
    and rdx, F_DF | F_CF
    CHECKQ rdx, F_DF | F_CF, "RFLAGS from R11"
    ; SWAPGS and SYSRET at CPL 3: #GP(0)
    EXC_ARM .gp_swapgs
.gp_swapgs_insn:
    swapgs
.gp_swapgs:
    CHECK_EXCQ 13, 0, .gp_swapgs_insn
    EXC_ARM .gp_sysret
.gp_sysret_insn:
    o64 sysret
.gp_sysret:
    CHECK_EXCQ 13, 0, .gp_sysret_insn
    ; back to ring 0 through SYSCALL
    mov qword [sc_mode], 1
    syscall
    EXITQ 95

.back_r0:
    mov ax, cs
    CHECKW ax, LM_SEL_CODE64
    ; SYSRET (no REX.W) to compatibility mode, ring 3
    mov rcx, .compat3
    mov r11, 0x3002 | F_ZF
    mov [lm_r0_rsp], rsp
    mov rsp, R3_STACK_TOP
    sysret
    CODE32
.compat3:
    ; 32-bit code at CPL 3. DS/ES were made null by the IRETQ to ring 3 earlier (their
    ; DPL 0 < CPL 3): outside 64-bit mode they must be loaded before use.
    mov ax, LM_SEL_DATA_R3
    mov ds, ax
    mov es, ax
    ; 0x48 is DEC EAX here
    mov eax, 2
    db 0x48
    cmp eax, 1
    jne .bad_compat
    mov ax, cs
    cmp ax, LM_SEL_CODE32_R3
    jne .bad_compat
    mov ax, ss
    cmp ax, LM_SEL_DATA_R3
    jne .bad_compat
    jmp .compat_ok
.bad_compat:
    mov al, 96
    out PORT_EXIT, al
    hlt
.compat_ok:
    ; the rest is QEMU's deviation: SYSCALL here must be #UD on Intel
    QEMU_DEVIATION "SYSCALL clears CF; in compatibility mode it runs (CSTAR); SYSRET to a non-canonical RCX is not #GP"
    mov eax, [sc_flags1]
    and eax, F_CF
    CHECK eax, F_CF, "SYSCALL kept CF (not in FMASK)"
    EXC_ARM .ud_compat
.ud_compat_insn:
    syscall
.ud_compat:
    CHECK dword [exc_count], 1
    CHECK dword [exc_vec], 6
    CHECK dword [exc_eip], .ud_compat_insn
    ; SYSRET outside 64-bit mode is #UD before the CPL check (#GP) (SDM vol. 2B, SYSRET)
    EXC_ARM .ud_sysret
.ud_sysret_insn:
    sysret
.ud_sysret:
    CHECK dword [exc_count], 1
    CHECK dword [exc_vec], 6, "SYSRET in compatibility mode at CPL 3: #UD"
    ; back to ring 0 (64-bit) through a 64-bit code path: an interrupt gate with DPL 3
    int 0x40
    CODE64
ring0_again:
    mov rsp, [lm_r0_rsp]
    mov ax, cs
    CHECKW ax, LM_SEL_CODE64
    ; SYSRET with a non-canonical RCX: #GP(0) at CPL 0 (Intel)
    mov rcx, 0x0000800000000000
    mov r11, 2
    EXC_ARM .gp_nc
.gp_nc_insn:
    o64 sysret
.gp_nc:
    CHECK_EXCQ 13, 0, ring0_again.gp_nc_insn
    mov ax, cs
    CHECKW ax, LM_SEL_CODE64, "the #GP is taken at CPL 0"
    PASSQ

; SYSCALL entry: CPL 0, user stack. Records what SYSCALL set up.
syscall_entry:
    mov [sc_rcx], rcx
    mov [sc_r11], r11
    mov [sc_rsp], rsp
    mov qword [sc_cs], 0
    mov [sc_cs], cs
    mov qword [sc_ss], 0
    mov [sc_ss], ss
    push rax
    pushfq
    pop rax
    mov [sc_flags], rax
    pop rax
    cmp qword [sc_mode], 0
    jne .to_ring0
    o64 sysret
.to_ring0:
    mov rsp, [lm_r0_rsp]
    mov eax, [lm_cont]
    jmp rax

; INT 0x40 (DPL 3) from compatibility-mode ring 3: continue at ring 0
int40_handler:
    jmp ring0_again

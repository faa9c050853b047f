; Hardware task switches by far JMP: to a 32-bit TSS descriptor, through a task gate, to a
; 16-bit TSS, and back by JMP to the first task's TSS. Checks the state saved in the old
; TSS (EIP after the JMP, EFLAGS, general registers) and loaded from the new one (general
; registers, ESP, EFLAGS, segment registers; FS/GS null for a 16-bit TSS), the busy bits
; (a JMP clears the old task's and sets the new one's), NT and the back link untouched by a
; JMP, TR, and CR0.TS set by every switch; then the faults a JMP takes before the switch,
; in the old task: busy TSS #GP(sel), DPL < RPL #GP(sel), not present #NP(sel), limit
; below 67H #TS(sel), task gate not present #NP(gate), task gate to a busy TSS #GP(TSS),
; task gate DPL < RPL #GP(gate).
; SDM vol. 3, 7.2 (TSS, figures 7-2 and 7-10; descriptor busy bit 7.2.2), 7.3 (task
; switching steps; table 7-1 checks), 7.4 (table 7-2: busy, NT and link for JMP), 7.6
; (16-bit TSS), 2.5 (CR0.TS); vol. 2A "JMP" (TASK-GATE, TASK-STATE-SEGMENT).
; qemu-deviation: QEMU 7.2 TCG loses the arithmetic flags of the EFLAGS image a task switch
; loads (SDM vol. 3, 7.3 step 12: EFLAGS come from the new TSS); the image it saves is right.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

SEL_TSS2    equ SEL_FREE            ; 32-bit TSS of task 2
SEL_TGATE   equ SEL_FREE + 0x08     ; task gate -> SEL_TSS2, DPL 0
SEL_TSSNP   equ SEL_FREE + 0x10     ; 32-bit TSS, not present
SEL_TSSSHRT equ SEL_FREE + 0x18     ; 32-bit TSS, limit 50H
SEL_TGNP    equ SEL_FREE + 0x20     ; task gate, not present
SEL_TGBUSY  equ SEL_FREE + 0x28     ; task gate -> SEL_TSS (the running task: busy)
SEL_TSS16   equ SEL_FREE + 0x30     ; 16-bit TSS of task 3
TSS2        equ 0x4000
TSS16       equ 0x4200
STACK2      equ 0x30000

; TSS32_INIT base, eip, esp: a zeroed 32-bit TSS for flat ring-0 code, EFLAGS 2, no LDT,
; I/O map base past the limit. Clobbers EAX, ECX, EDI.
%macro TSS32_INIT 3
    mov edi, %1
    xor eax, eax
    mov ecx, 0x68 / 4
%%z:
    mov [edi], eax
    add edi, 4
    dec ecx
    jnz %%z
    mov dword [(%1) + 0x20], %2
    mov dword [(%1) + 0x24], 2
    mov dword [(%1) + 0x38], %3
    mov dword [(%1) + 0x48], SEL_DATA32
    mov dword [(%1) + 0x4C], SEL_CODE32
    mov dword [(%1) + 0x50], SEL_DATA32
    mov dword [(%1) + 0x54], SEL_DATA32
    mov dword [(%1) + 0x58], SEL_DATA32
    mov dword [(%1) + 0x5C], SEL_DATA32
    mov word [(%1) + 0x66], 0x68
%endmacro

; JMP_FAULT target, vector, error: the far JMP faults in the old task
%macro JMP_FAULT 3
    EXC_ARM %%r
%%f:
    jmp %1:0
%%r:
    CHECK_EXC %2, %3, %%f
%endmacro

[absolute TESTVARS]
t1_esp:     resd 1
t1_eflags:  resd 1
t2_count:   resd 1
t2_eax:     resd 1
t2_ebx:     resd 1
t2_esp:     resd 1
t2_eflags:  resd 1
t2_tr:      resd 1
t2_ts:      resd 1
t2_type1:   resd 1
t2_type2:   resd 1
t2_seip:    resd 1
t2_seax:    resd 1
t2_seflags: resd 1
t2_ds:      resd 1
t3_ax:      resd 1
t3_sp:      resd 1
t3_fs:      resd 1
t3_cs:      resd 1
t3_flags:   resd 1
t3_type:    resd 1

TEST_START
    GO_PM32
    TSS32_INIT TSS2, task2, STACK2
    mov dword [TSS2 + 0x28], 0x11111111         ; EAX
    mov dword [TSS2 + 0x34], 0x22222222         ; EBX
    mov dword [TSS2 + 0x24], 2 | F_CF | F_ZF    ; EFLAGS
    mov word [TSS2], 0x1234                     ; back link: a JMP leaves it alone
    SET_DESC SEL_TSS2, TSS2, 0x67, 0x89, 0x00
    SET_GATE GDT_BASE + SEL_TGATE, SEL_TSS2, 0, 0x85
    SET_DESC SEL_TSSNP, TSS2, 0x67, 0x09, 0x00
    SET_DESC SEL_TSSSHRT, TSS2, 0x50, 0x89, 0x00
    SET_GATE GDT_BASE + SEL_TGNP, SEL_TSS2, 0, 0x05
    SET_GATE GDT_BASE + SEL_TGBUSY, SEL_TSS, 0, 0x85

    ; ---- JMP to a TSS descriptor
    clts
    mov [t1_esp], esp
    mov eax, 0xA1A1A1A1
    mov ebx, 0xB2B2B2B2
    mov esi, 0xC3C3C3C3
    SETF F_SF
.j1:
    jmp SEL_TSS2:0
.back1:                                         ; task 2 jumped back to SEL_TSS
    pushfd
    pop dword [t1_eflags]
    CHECK eax, 0xA1A1A1A1, "EAX reloaded from the first TSS"
    CHECK ebx, 0xB2B2B2B2
    CHECK esi, 0xC3C3C3C3
    mov ecx, esp
    CHECK ecx, [t1_esp], "ESP reloaded"
    str ax
    CHECK ax, SEL_TSS
    CHECK dword [t2_count], 1
    CHECK dword [t2_eax], 0x11111111, "task 2 EAX from its TSS"
    CHECK dword [t2_ebx], 0x22222222
    CHECK dword [t2_esp], STACK2
    CHECK dword [t2_eflags], 2 | F_CF | F_ZF, "task 2 EFLAGS from its TSS, NT clear"
    CHECK dword [t2_tr], SEL_TSS2
    CHECK dword [t2_ts], 8, "CR0.TS set by the task switch"
    CHECK dword [t2_ds], SEL_DATA32
    CHECK dword [t2_type1], 0x89, "JMP: old TSS no longer busy"
    CHECK dword [t2_type2], 0x8B, "JMP: new TSS busy"
    CHECK dword [t2_seip], .back1, "old TSS: EIP after the JMP"
    CHECK dword [t2_seax], 0xA1A1A1A1, "old TSS: EAX"
    CHECK dword [t2_seflags], 2 | F_SF, "old TSS: EFLAGS"
    CHECK word [TSS2], 0x1234, "JMP does not write the back link"
    CHECK byte [GDT_BASE + SEL_TSS + 5], 0x8B, "first TSS busy again"
    CHECK byte [GDT_BASE + SEL_TSS2 + 5], 0x89, "task 2 not busy after it left"
    CHECK dword [TSS2 + 0x20], task2.resume, "task 2 saved EIP"
    CHECK dword [TSS2 + 0x28], 0x55555555, "task 2 saved EAX"

    ; ---- JMP through a task gate: task 2 resumes after its own JMP
    clts
.j2:
    jmp SEL_TGATE:0x12345678                    ; the offset is ignored
.back2:
    CHECK dword [t2_count], 2
    CHECK dword [t2_ts], 8
    CHECK dword [t2_tr], SEL_TSS2
    CHECK dword [TSS_BASE + 0x20], .back2, "saved EIP after the JMP through the gate"

    ; ---- a 16-bit TSS and 16-bit code
    mov edi, TSS16
    xor eax, eax
    mov ecx, 0x2C / 2
.z16:
    mov [edi], ax
    add edi, 2
    dec ecx
    jnz .z16
    mov word [TSS16 + 0x0E], task16             ; IP (CS base F0000)
    mov word [TSS16 + 0x10], 2 | F_CF           ; FLAGS
    mov word [TSS16 + 0x12], 0x1616             ; AX
    mov word [TSS16 + 0x1A], 0xC000             ; SP
    mov word [TSS16 + 0x22], SEL_DATA16         ; ES
    mov word [TSS16 + 0x24], SEL_CODE16         ; CS
    mov word [TSS16 + 0x26], SEL_DATA16         ; SS
    mov word [TSS16 + 0x28], SEL_DATA16         ; DS
    SET_DESC SEL_TSS16, TSS16, 0x2B, 0x81, 0x00 ; 16-bit TSS, available
.j3:
    jmp SEL_TSS16:0
.back3:
    CHECK dword [t3_ax], 0x1616, "16-bit task: AX from its TSS"
    CHECK dword [t3_sp], 0xC000
    CHECK dword [t3_fs], 0, "16-bit TSS: FS null"
    CHECK dword [t3_cs], SEL_CODE16
    CHECK dword [t3_flags], 2 | F_CF
    CHECK dword [t3_type], 0x83, "16-bit TSS busy while running"
    CHECK word [TSS16 + 0x0E], task16.resume, "16-bit TSS: saved IP"
    CHECK word [TSS16 + 0x12], 0x6161, "16-bit TSS: saved AX"
    CHECK byte [GDT_BASE + SEL_TSS16 + 5], 0x81

    ; ---- faults before the switch: taken in this task
    JMP_FAULT SEL_TSS, 13, SEL_TSS                  ; busy
    JMP_FAULT SEL_TSS2 | 3, 13, SEL_TSS2            ; RPL 3 > DPL 0
    JMP_FAULT SEL_TSSNP, 11, SEL_TSSNP              ; not present
    JMP_FAULT SEL_TSSSHRT, 10, SEL_TSSSHRT          ; limit < 67H
    JMP_FAULT SEL_TGNP, 11, SEL_TGNP                ; gate not present
    JMP_FAULT SEL_TGBUSY, 13, SEL_TSS               ; gate to a busy TSS
    JMP_FAULT SEL_TGATE | 3, 13, SEL_TGATE          ; gate DPL 0 < RPL 3
    str ax
    CHECK ax, SEL_TSS, "no fault switched tasks"
    CHECK byte [GDT_BASE + SEL_TSS + 5], 0x8B
    CHECK byte [GDT_BASE + SEL_TSS2 + 5], 0x89
    QEMU_DEVIATION "QEMU 7.2 TCG drops the arithmetic flags a task switch loads"
    CHECK dword [t1_eflags], 2 | F_SF, "EFLAGS reloaded from the first TSS"
    PASS

task2:
    mov [t2_eax], eax
    mov [t2_ebx], ebx
    mov [t2_esp], esp
    pushfd
    pop dword [t2_eflags]
.common:
    inc dword [t2_count]
    xor eax, eax
    str ax
    mov [t2_tr], eax
    mov ax, ds
    mov [t2_ds], eax
    mov eax, cr0
    and eax, 8
    mov [t2_ts], eax
    movzx eax, byte [GDT_BASE + SEL_TSS + 5]
    mov [t2_type1], eax
    movzx eax, byte [GDT_BASE + SEL_TSS2 + 5]
    mov [t2_type2], eax
    mov eax, [TSS_BASE + 0x20]
    mov [t2_seip], eax
    mov eax, [TSS_BASE + 0x28]
    mov [t2_seax], eax
    mov eax, [TSS_BASE + 0x24]
    mov [t2_seflags], eax
    mov eax, 0x55555555
    jmp SEL_TSS:0
.resume:
    jmp .common

CODE16
task16:
    mov [t3_ax], ax
    mov [t3_sp], sp
    mov [t3_fs], fs
    mov [t3_cs], cs
    pushf
    pop word [t3_flags]
    mov al, [GDT_BASE + SEL_TSS16 + 5]
    mov [t3_type], al
    mov ax, 0x6161
    jmp SEL_TSS:0
.resume:
    hlt

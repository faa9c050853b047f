; Interrupts and exceptions through task gates in the IDT, the way 32-bit Linux takes
; double faults: a #GP whose gate is not present becomes #NP during delivery and then #DF,
; whose IDT entry is a task gate. The double-fault task runs on its own TSS and stack with
; the error code (0) pushed there, NT set and the back link naming the faulting task; it
; repairs the faulting task's saved EIP in its TSS and returns with IRET (task return),
; twice (the handler task resumes after its IRET). Also: #GP through a task gate pushes its
; error code on the new stack; INT n through a task gate pushes none and saves the EIP
; after the INT; a DPL 0 task gate is #GP(vector*8+2) for INT n from ring 3; a fault after
; the commit point of a switch (the new task's SS is null: #TS(0)) is taken in the new task
; (through the #TS task gate), whose TSS stays busy and holds the new task's EIP.
; SDM vol. 3, 6.11 (task gates), 6.12.2 (interrupt tasks), 6.13 (error code on the new
; task's stack), 6.15 (#DF, #TS: "Invalid TSS conditions detected after this point are
; handled in the context of the new task"), 7.3 (commit point), 7.4 (nesting);
; vol. 2A "INT n" (TASK-GATE), vol. 2A "IRET" (TASK-RETURN).
; qemu-deviation: QEMU 7.2 TCG raises a fault found after the commit point with the EIP of
; the instruction that started the switch (SDM vol. 3, 6.15 #TS "Saved Instruction Pointer":
; after the switch, CS:EIP point to the first instruction of the new task).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

SEL_TSSDF   equ SEL_FREE            ; double-fault task
SEL_TSSGP   equ SEL_FREE + 0x08     ; #GP task
SEL_TSSINT  equ SEL_FREE + 0x10     ; INT 50h task
SEL_TSSBAD  equ SEL_FREE + 0x18     ; a task whose SS is null
SEL_TSSTS   equ SEL_FREE + 0x20     ; #TS task
TSSDF       equ 0x4000
TSSGP       equ 0x4080
TSSINT      equ 0x4100
TSSBAD      equ 0x4180
TSSTS       equ 0x4200
STACKDF     equ 0x30000
STACKGP     equ 0x31000
STACKINT    equ 0x32000
STACKTS     equ 0x33000

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

; TASK_GATE vec, tss_selector, type_byte (0x85: DPL 0)
%macro TASK_GATE 3
    mov dword [IDT_BASE + (%1) * 8], (%2) << 16
    mov dword [IDT_BASE + (%1) * 8 + 4], (%3) << 8
%endmacro

[absolute TESTVARS]
idt13:      resd 2
df_count:   resd 1
df_err:     resd 1
df_esp:     resd 1
df_eflags:  resd 1
df_link:    resd 1
df_tr:      resd 1
df_seip:    resd 1
df_type1:   resd 1
gp_err:     resd 1
gp_esp:     resd 1
gp_seip:    resd 1
int_esp:    resd 1
int_seip:   resd 1
int_link:   resd 1
ts_err:     resd 1
ts_link:    resd 1
ts_badeip:  resd 1
ts_badtype: resd 1

TEST_START
    GO_PM32
    TSS32_INIT TSSDF, df_task, STACKDF
    SET_DESC SEL_TSSDF, TSSDF, 0x67, 0x89, 0x00
    TASK_GATE 8, SEL_TSSDF, 0x85

    ; ---- #GP -> #NP (gate 13 not present) -> #DF through the task gate, twice
    mov eax, [IDT_BASE + 13 * 8]
    mov [idt13], eax
    mov eax, [IDT_BASE + 13 * 8 + 4]
    mov [idt13 + 4], eax
    and dword [IDT_BASE + 13 * 8 + 4], ~0x8000          ; #GP gate not present
    mov ax, SEL_TSS
df1_fault:
    mov ds, ax                              ; #GP(28h)
df1_cont:
    CHECK dword [df_count], 1, "double-fault task ran once"
    CHECK dword [df_err], 0, "#DF error code 0 on the new task's stack"
    CHECK dword [df_esp], STACKDF - 4, "pushed as a doubleword (32-bit TSS)"
    mov eax, [df_eflags]
    and eax, F_NT | F_IF
    CHECK eax, F_NT, "NT set in the interrupt task"
    CHECK dword [df_link], SEL_TSS, "link names the faulting task"
    CHECK dword [df_tr], SEL_TSSDF
    CHECK dword [df_seip], df1_fault, "faulting task saved at the MOV DS"
    CHECK dword [df_type1], 0x8B, "faulting task stays busy"
    CHECK byte [GDT_BASE + SEL_TSSDF + 5], 0x89, "IRET freed the double-fault task"
    str ax
    CHECK ax, SEL_TSS
    mov ax, SEL_TSS
df2_fault:
    mov ds, ax
df2_cont:
    CHECK dword [df_count], 2, "double-fault task re-entered after its IRET"
    CHECK dword [df_seip], df2_fault
    CHECK dword [df_esp], STACKDF - 4
    or dword [IDT_BASE + 13 * 8 + 4], 0x8000

    ; ---- #GP through a task gate: the error code goes on the new task's stack
    TSS32_INIT TSSGP, gp_task, STACKGP
    SET_DESC SEL_TSSGP, TSSGP, 0x67, 0x89, 0x00
    TASK_GATE 13, SEL_TSSGP, 0x85
    mov ax, SEL_TSS
gp1_fault:
    mov es, ax                              ; #GP(28h)
gp1_cont:
    mov eax, [idt13]
    mov [IDT_BASE + 13 * 8], eax
    mov eax, [idt13 + 4]
    mov [IDT_BASE + 13 * 8 + 4], eax
    CHECK dword [gp_err], SEL_TSS, "#GP(selector) pushed on the task's stack"
    CHECK dword [gp_esp], STACKGP - 4
    CHECK dword [gp_seip], gp1_fault

    ; ---- INT n through a task gate: no error code, saved EIP after the INT
    TSS32_INIT TSSINT, int_task, STACKINT
    SET_DESC SEL_TSSINT, TSSINT, 0x67, 0x89, 0x00
    TASK_GATE 0x50, SEL_TSSINT, 0x85
    int 0x50
.int_ret:
    CHECK dword [int_esp], STACKINT, "nothing pushed"
    CHECK dword [int_seip], .int_ret, "saved EIP after INT"
    CHECK dword [int_link], SEL_TSS
    ; DPL 0 task gate, INT from ring 3: #GP(vector*8+2)
    TO_RING3
    EXC_ARM .r3
.f3:
    int 0x50
.r3:
    CHECK_EXC 13, 0x50 * 8 + 2, .f3
    TO_RING0

    ; ---- a fault after the commit point: taken in the new task
    TSS32_INIT TSSBAD, bad_task, STACKINT
    mov dword [TSSBAD + 0x50], 0                ; SS null
    SET_DESC SEL_TSSBAD, TSSBAD, 0x67, 0x89, 0x00
    TSS32_INIT TSSTS, ts_task, STACKTS
    SET_DESC SEL_TSSTS, TSSTS, 0x67, 0x89, 0x00
    TASK_GATE 10, SEL_TSSTS, 0x85
    jmp SEL_TSSBAD:0
.bad_back:                                      ; the #TS task jumped back here
    CHECK dword [ts_err], 0, "#TS(null SS selector)"
    CHECK dword [ts_link], SEL_TSSBAD, "#TS taken in the new task"
    CHECK dword [ts_badtype], 0x8B, "new task busy: the switch committed"
    str ax
    CHECK ax, SEL_TSS
    QEMU_DEVIATION "QEMU 7.2 TCG saves the JMP's EIP for a #TS after the commit point"
    CHECK dword [ts_badeip], bad_task, "new task's EIP saved: the fault is the new task's"
    PASS

df_task:
    mov [df_esp], esp
    pop dword [df_err]
    pushfd
    pop dword [df_eflags]
    movzx eax, word [TSSDF]
    mov [df_link], eax
    xor eax, eax
    str ax
    mov [df_tr], eax
    mov eax, [TSS_BASE + 0x20]
    mov [df_seip], eax
    movzx eax, byte [GDT_BASE + SEL_TSS + 5]
    mov [df_type1], eax
    inc dword [df_count]
    ; resume the faulting task after its MOV DS (as Linux's handler would fix it up)
    cmp dword [df_count], 1
    jne .second
    mov dword [TSS_BASE + 0x20], df1_cont
    jmp .ret
.second:
    mov dword [TSS_BASE + 0x20], df2_cont
.ret:
    iretd
    jmp df_task

gp_task:
    mov [gp_esp], esp
    pop dword [gp_err]
    mov eax, [TSS_BASE + 0x20]
    mov [gp_seip], eax
    mov dword [TSS_BASE + 0x20], gp1_cont      ; resume after the faulting MOV ES
    iretd

int_task:
    mov [int_esp], esp
    mov eax, [TSS_BASE + 0x20]
    mov [int_seip], eax
    movzx eax, word [TSSINT]
    mov [int_link], eax
    iretd

bad_task:
    hlt

ts_task:
    pop dword [ts_err]
    movzx eax, word [TSSTS]
    mov [ts_link], eax
    mov eax, [TSSBAD + 0x20]
    mov [ts_badeip], eax
    movzx eax, byte [GDT_BASE + SEL_TSSBAD + 5]
    mov [ts_badtype], eax
    jmp SEL_TSS:0

; Nested tasks: far CALL to a TSS and through a task gate, IRET with NT=1 back through the
; previous-task link. A CALL leaves the caller busy, marks the new task busy, writes the
; caller's TSS selector into the new TSS's link and sets NT in the new task; IRET clears
; the returning task's busy bit and the NT bit of its saved EFLAGS image, keeps the caller
; busy, and resumes the caller after its CALL. Then a chain task 1 -> task 2 -> task 3
; (16-bit TSS, 16-bit code) and back; a CALL from task 2 to the busy task 1 is #GP(sel) in
; task 2; and a TSS with its T bit set raises #DB (DR6.BT) before the new task's first
; instruction.
; SDM vol. 3, 7.3, 7.4 (figure 7-8, table 7-2: busy, NT, link for CALL and IRET), 7.2.1
; (T flag), 17.2.3 (DR6.BT); vol. 2A "CALL" (TASK-GATE, TASK-STATE-SEGMENT), "IRET"
; (TASK-RETURN).
; qemu-deviation: QEMU 7.2 TCG ignores the T bit of a TSS (no #DB on the task switch).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

SEL_TSS2    equ SEL_FREE            ; 32-bit TSS, task 2
SEL_TGATE   equ SEL_FREE + 0x08     ; task gate -> SEL_TSS2
SEL_TSS3    equ SEL_FREE + 0x10     ; 16-bit TSS, task 3
SEL_TSS4    equ SEL_FREE + 0x18     ; 32-bit TSS with T = 1, task 4
TSS2        equ 0x4000
TSS3        equ 0x4100
TSS4        equ 0x4200
STACK2      equ 0x30000
STACK4      equ 0x31000

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

[absolute TESTVARS]
t2_entries: resd 1
t2_eflags:  resd 1
t2_link:    resd 1
t2_type1:   resd 1
t2_type2:   resd 1
t2_eax:     resd 1
t3_link:    resd 1
t3_flags:   resd 1
t3_type2:   resd 1
t3_type3:   resd 1
t3_bx:      resd 1
t2b_exc:    resd 4      ; task 2's CALL to the busy task 1: count, vector, error, EIP
t4_dr6:     resd 1
t4_count:   resd 1
t4_vec:     resd 1
t4_eip:     resd 1

TEST_START
    GO_PM32
    TSS32_INIT TSS2, task2, STACK2
    SET_DESC SEL_TSS2, TSS2, 0x67, 0x89, 0x00
    SET_GATE GDT_BASE + SEL_TGATE, SEL_TSS2, 0, 0x85
    mov word [TSS2], 0                          ; link, written by the CALL

    ; ---- CALL a TSS, IRET back
    mov eax, 0x77777777
    SETF F_CF
.c1:
    call SEL_TSS2:0
.ret1:
    pushfd
    pop edx
    CHECK eax, 0x77777777, "EAX of task 1 reloaded"
    and edx, F_NT | F_CF
    CHECK edx, F_CF, "back in task 1: NT clear, CF reloaded"
    str ax
    CHECK ax, SEL_TSS
    CHECK dword [t2_entries], 1
    CHECK dword [t2_link], SEL_TSS, "CALL wrote the link"
    CHECK dword [t2_eflags], 2 | F_NT, "CALL set NT in the new task"
    CHECK dword [t2_type1], 0x8B, "CALL: caller stays busy"
    CHECK dword [t2_type2], 0x8B, "CALL: new task busy"
    CHECK byte [GDT_BASE + SEL_TSS2 + 5], 0x89, "IRET: returning task not busy"
    CHECK byte [GDT_BASE + SEL_TSS + 5], 0x8B, "IRET: caller still busy"
    CHECK dword [TSS2 + 0x20], task2.after_iret1, "task 2 saved EIP after its IRET"
    mov edx, [TSS2 + 0x24]
    and edx, F_NT
    CHECK edx, 0, "IRET cleared NT in the saved EFLAGS image"
    CHECK dword [TSS2 + 0x28], 0x22220001, "task 2 saved EAX"
    CHECK dword [TSS_BASE + 0x20], .ret1, "task 1 saved EIP after the CALL"

    ; ---- CALL through a task gate: task 2 resumes after its IRET
.c2:
    call SEL_TGATE:0
.ret2:
    CHECK dword [t2_entries], 2
    CHECK dword [t2_link], SEL_TSS
    CHECK dword [TSS2 + 0x28], 0x22220002

    ; ---- task 1 -> task 2 -> task 3 (16-bit) -> task 2 -> task 1
    mov edi, TSS3
    xor eax, eax
    mov ecx, 0x2C / 2
.z3:
    mov [edi], ax
    add edi, 2
    dec ecx
    jnz .z3
    mov word [TSS3 + 0x0E], task3
    mov word [TSS3 + 0x10], 2
    mov word [TSS3 + 0x18], 0x3333              ; BX
    mov word [TSS3 + 0x1A], 0xC000              ; SP
    mov word [TSS3 + 0x22], SEL_DATA16
    mov word [TSS3 + 0x24], SEL_CODE16
    mov word [TSS3 + 0x26], SEL_DATA16
    mov word [TSS3 + 0x28], SEL_DATA16
    SET_DESC SEL_TSS3, TSS3, 0x2B, 0x81, 0x00
    call SEL_TSS2:0
.ret3:
    CHECK dword [t2_entries], 3
    CHECK dword [t3_link], SEL_TSS2, "task 3 linked to task 2"
    CHECK dword [t3_flags], 2 | F_NT
    CHECK dword [t3_type2], 0x8B, "task 2 busy while task 3 runs"
    CHECK dword [t3_type3], 0x83, "16-bit TSS busy"
    CHECK dword [t3_bx], 0x3333
    CHECK byte [GDT_BASE + SEL_TSS3 + 5], 0x81
    CHECK byte [GDT_BASE + SEL_TSS2 + 5], 0x89
    CHECK word [TSS3 + 0x0E], task3.after_iret, "16-bit TSS saved IP"
    CHECK dword [t2b_exc], 1, "task 2: one exception calling busy task 1"
    CHECK dword [t2b_exc + 4], 13
    CHECK dword [t2b_exc + 8], SEL_TSS, "#GP(busy TSS selector)"
    CHECK dword [t2b_exc + 12], task2.busy_call

    ; ---- T bit: #DB before the first instruction of the new task
    TSS32_INIT TSS4, task4, STACK4
    mov word [TSS4 + 0x64], 1
    SET_DESC SEL_TSS4, TSS4, 0x67, 0x89, 0x00
    mov dword [t4_count], 0
    EXC_ARM task4
    call SEL_TSS4:0
    EXC_DISARM
    str ax
    CHECK ax, SEL_TSS
    CHECK byte [GDT_BASE + SEL_TSS4 + 5], 0x89
    QEMU_DEVIATION "QEMU 7.2 TCG has no T-bit #DB"
    CHECK dword [t4_count], 1, "one #DB in task 4"
    CHECK dword [t4_vec], 1
    CHECK dword [t4_eip], task4, "#DB before the first instruction"
    CHECK dword [t4_dr6], 0x8000, "DR6.BT"
    PASS

task2:
    ; entry 1: from the CALL to the TSS
    call t2_record
    mov eax, 0x22220001
    iretd
.after_iret1:
    ; entry 2: from the CALL through the gate
    call t2_record
    mov eax, 0x22220002
    iretd
    ; entry 3: call task 3, try the busy task 1, return
    call t2_record
    call SEL_TSS3:0
    mov dword [exc_count], 0
    EXC_ARM .busy_done
.busy_call:
    call SEL_TSS:0
.busy_done:
    EXC_DISARM
    mov eax, [exc_count]
    mov [t2b_exc], eax
    mov eax, [exc_vec]
    mov [t2b_exc + 4], eax
    mov eax, [exc_err]
    mov [t2b_exc + 8], eax
    mov eax, [exc_eip]
    mov [t2b_exc + 12], eax
    iretd
    hlt

t2_record:
    inc dword [t2_entries]
    pushfd
    pop dword [t2_eflags]
    movzx eax, word [TSS2]
    mov [t2_link], eax
    movzx eax, byte [GDT_BASE + SEL_TSS + 5]
    mov [t2_type1], eax
    movzx eax, byte [GDT_BASE + SEL_TSS2 + 5]
    mov [t2_type2], eax
    ret

task4:
    mov eax, [exc_count]
    mov [t4_count], eax
    mov eax, [exc_vec]
    mov [t4_vec], eax
    mov eax, [exc_eip]
    mov [t4_eip], eax
    mov eax, dr6
    and eax, 0x8000
    mov [t4_dr6], eax
    iretd

CODE16
task3:
    mov ax, [TSS3]
    mov [t3_link], ax
    pushf
    pop word [t3_flags]
    mov al, [GDT_BASE + SEL_TSS2 + 5]
    mov [t3_type2], al
    mov al, [GDT_BASE + SEL_TSS3 + 5]
    mov [t3_type3], al
    mov [t3_bx], bx
    iret
.after_iret:
    hlt

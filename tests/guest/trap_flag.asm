; Single-step (EFLAGS.TF): a #DB trap (vector 1) after each instruction executed with TF=1,
; with the saved (E)IP pointing at the next instruction; the instruction that sets TF
; (POPF) is not itself trapped; the handler runs with TF=0 (the gate clears it); DR6.BS is
; set. Real mode (IVT) and protected mode (IDT).
; SDM vol. 3, 18.3.1.4 "Single-Step Exception Condition" ("if the POPF instruction is used to
; set the TF flag, a single-step trap does not occur until after the instruction that
; follows the POPF instruction"), 18.2.3 (DR6.BS), 6.12.1.3 (TF cleared on entry).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
db_count: resd 1
db_left:  resd 1
db_eips:  resd 8
db_flags: resd 1

TEST_START
    IVT_SET 1, rm_db
    mov dword [db_count], 0
    mov dword [db_left], 1
    pushf
    pop ax
    or ax, F_TF
    push ax
    popf                            ; TF=1 from here, first trap after the next insn
    mov bx, 1                       ; trapped after this one
.rm_next:
    nop
    CHECK dword [db_count], 1
    CHECK dword [db_eips], .rm_next
    CHECK_FLAGS F_TF, 0
    PRINT "real mode ok", 10

    GO_PM32
    SET_IDT 1, pm_db, GATE_INT32
    mov dword [db_count], 0
    mov dword [db_left], 3          ; stay in single-step for three traps
    pushfd
    or dword [esp], F_TF
    popfd
    mov eax, 1                      ; trap 1 after this
.s1:
    add eax, 2                      ; trap 2 after this
.s2:
    jmp .s3                         ; trap 3 after this (at the jump target)
    nop
.s3:
    nop
    CHECK dword [db_count], 3
    CHECK dword [db_eips+0], .s1
    CHECK dword [db_eips+4], .s2
    CHECK dword [db_eips+8], .s3
    CHECK dword [db_flags], 2, "handler entered with TF=0 and IF=0"
    CHECK eax, 3
    CHECK_FLAGS F_TF, 0
    mov eax, dr6
    bt eax, 14
    CHECK_FLAGS F_CF, F_CF, "DR6.BS set by the single-step trap"
    PASS

CODE16
rm_db:
    push bp
    mov bp, sp
    push eax
    push ebx
    mov ebx, [db_count]
    movzx eax, word [bp+2]
    mov [db_eips + ebx*4], eax
    inc dword [db_count]
    dec dword [db_left]
    jnz .keep
    and word [bp+6], ~F_TF
.keep:
    pop ebx
    pop eax
    pop bp
    iret

CODE32
pm_db:
    push eax
    push ebx
    pushfd
    pop eax
    and eax, ~F_ARITH
    mov [db_flags], eax
    mov ebx, [db_count]
    mov eax, [esp+8]
    mov [db_eips + ebx*4], eax
    inc dword [db_count]
    dec dword [db_left]
    jnz .keep
    and dword [esp+16], ~F_TF
.keep:
    pop ebx
    pop eax
    iretd

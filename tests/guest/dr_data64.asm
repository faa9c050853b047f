; DR0-DR3 data breakpoints in 64-bit mode: LEN = 10 is an 8-byte range (defined in IA-32e
; mode), aligned on 8 bytes; the address compared is the full 64-bit linear address, so
; the same bytes reached through another linear address (the identity map below 4 GiB
; instead of the LM_HIGH alias) do not match; the #DB is a trap with the saved RIP after
; the instruction. MOV to DR0 keeps 64 bits; bits 63:32 of DR7 set is #GP(0). SDM vol. 3, 18.2.4 (LENn), 18.2.5, 18.2.6 (debug registers in IA-32e
; mode), 18.3.1.2; vol. 2, MOV DR.
; expect-exit: 1
; expect-output: PASS
; qemu-binary: qemu-system-x86_64
%include "tern.inc"
%include "lm.inc"

[absolute TESTVARS]
db_count: resq 1
db_rip:   resq 4
db_dr6:   resq 4
alignb 16
qpre:     resq 1
qvar:     resq 1                    ; DR0: 8 bytes, writes, at its LM_HIGH address
qnext:    resq 1

DR7_W0_8  equ 0x00090001            ; L0, R/W0 = 01, LEN0 = 10

TEST_START
    GO_PM32
    GO_LM64
    LM_SET_IDT 1, db64_handler, GATE_INT64
    mov rbx, LM_HIGH + qvar
    mov dr0, rbx
    mov eax, DR7_W0_8
    mov dr7, rax
    mov qword [db_count], 0
    mov byte [rbx + 7], 1           ; the last byte of the range
hit1:
    mov word [rbx - 1], 2           ; straddles its first byte
hit2:
    mov byte [rbx + 8], 3           ; beside it
    mov byte [rbx - 1], 4
    mov byte [qvar + 7], 5          ; the same byte through another linear address
    mov rax, [rbx]                  ; a read: R/W = 01 does not match
    xor eax, eax
    mov dr7, rax
    CHECKQ qword [db_count], 2, "two #DBs"
    mov rax, hit1
    CHECKQR qword [db_rip], rax, "trap: saved RIP after the first store"
    mov rax, hit2
    CHECKQR qword [db_rip + 8], rax, "trap: saved RIP after the second store"
    mov rax, [db_dr6]
    and eax, 0xF
    CHECKQ rax, 1, "DR6.B0"
    mov rax, [db_dr6 + 8]
    and eax, 0xF
    CHECKQ rax, 1, "DR6.B0"
    CHECKB byte [qvar + 7], 5
    ; DR0 keeps all 64 bits; a 1 in bits 63:32 of DR7 is #GP(0) (vol. 2, MOV DR)
    mov rax, dr0
    CHECKQR rax, rbx, "DR0 holds the 64-bit address"
    mov rax, 1 << 32
    EXC_ARM .gp_done
.gp_insn:
    mov dr7, rax
.gp_done:
    CHECK_EXCQ 13, 0, .gp_insn
    PASSQ

CODE64
; Records RIP and DR6, clears DR6; after 4 #DBs disables every breakpoint.
db64_handler:
    push rax
    push rdx
    mov rdx, [db_count]
    and edx, 3
    mov rax, [rsp + 16]
    mov [db_rip + rdx * 8], rax
    mov rax, dr6
    mov [db_dr6 + rdx * 8], rax
    xor eax, eax
    mov dr6, rax
    inc qword [db_count]
    cmp qword [db_count], 4
    jb .go
    mov dr7, rax
.go:
    pop rdx
    pop rax
    iretq

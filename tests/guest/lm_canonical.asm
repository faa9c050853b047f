; Canonical addresses in 64-bit mode (48-bit linear addresses: bits 63:47 equal). A data
; access to a non-canonical address is #GP(0), through SS (RSP/RBP bases, PUSH/POP) #SS(0);
; the instruction has no effect. A near branch to a non-canonical RIP faults on the
; branch itself (#GP(0), nothing pushed or popped). WRMSR of a non-canonical FS/GS base
; is #GP(0); IRETQ to a non-canonical RIP is #GP(0). With 0x67 the address is 32 bits and
; always canonical. A canonical address without a translation is #PF, not #GP.
; SDM vol. 1, 3.3.7.1 (canonical addressing); vol. 3, 6.15 (#GP and #SS in 64-bit mode);
; vol. 2, JMP/CALL/RET/IRET/WRMSR (64-bit mode exceptions).
; QEMU 7.2 takes the #GP of a branch at the non-canonical target (as AMD processors do),
; raises #GP instead of #SS for non-canonical stack references and accepts a
; non-canonical FS base in WRMSR: these are checked last.
; qemu-deviation: JMP/CALL/RET/IRET to a non-canonical RIP fault on the branch (Intel, SDM vol. 2 JMP); a non-canonical address through SS is #SS(0) (SDM vol. 3, 6.15); WRMSR of a non-canonical FS base is #GP(0) (vol. 2, WRMSR)
; expect-exit: 1
; expect-output: PASS
; qemu-binary: qemu-system-x86_64
%include "tern.inc"
%include "lm.inc"

NONCANON equ 0x0000800000000000       ; the first non-canonical address above the low half
HIGHNC   equ 0xFFFF7FFFFFFFFFF8       ; the last non-canonical qword below the high half

[absolute TESTVARS]
target: resq 1

TEST_START
    mov eax, cr4
    or eax, 1 << 9                         ; OSFXSR, for the SSE cases
    mov cr4, eax
    GO_PM32
    GO_LM64
    ; loads and stores
    mov rbx, NONCANON
    mov rax, 0x55
    EXC_ARM .ld_done
.ld_insn:
    mov rax, [rbx]
.ld_done:
    CHECK_EXCQ 13, 0, .ld_insn
    CHECKQ rax, 0x55, "no load happened"
    mov rbx, HIGHNC
    EXC_ARM .st_done
.st_insn:
    mov [rbx], rax
.st_done:
    CHECK_EXCQ 13, 0, .st_insn
    ; a read-modify-write with an FS base making the address non-canonical
    mov ecx, MSR_FS_BASE
    mov eax, 0xFFFFF000
    mov edx, 0x00007FFF
    wrmsr                                  ; FS.base = 0x00007FFFFFFFF000 (canonical)
    EXC_ARM .fs_done
.fs_insn:
    inc qword [fs:0x2000]                  ; 0x0000800000001000
.fs_done:
    CHECK_EXCQ 13, 0, .fs_insn
    ; a canonical but unmapped address: #PF
    mov rbx, 0x00007FFFFFFFF000
    EXC_ARM .pf_done
.pf_insn:
    mov rax, [rbx]
.pf_done:
    CHECK_EXCQ 14, NOERR, .pf_insn
    ; 0x67: the effective address is 32 bits (EBX), canonical
    mov rbx, NONCANON + target
    mov qword [target], 0x66
    db 0x67, 0x48, 0x8B, 0x03              ; mov rax, [ebx]
    CHECKQ rax, 0x66
    QEMU_DEVIATIONQ "branches fault at the target; #GP instead of #SS; WRMSR FS_BASE not checked"
    ; branches: JMP r64, CALL r64, CALL [m64], RET, JMP rel32 into non-canonical space
    mov rbp, rsp
    mov rax, NONCANON
    EXC_ARM .jmp_done
.jmp_insn:
    jmp rax
.jmp_done:
    CHECK_EXCQ 13, 0, .jmp_insn
    EXC_ARM .call_done
.call_insn:
    call rax
.call_done:
    CHECK_EXCQ 13, 0, .call_insn
    mov rax, rsp
    sub rax, rbp
    CHECKQ rax, 0, "CALL pushed nothing"
    mov rax, HIGHNC
    mov [target], rax
    EXC_ARM .callm_done
.callm_insn:
    call [target]
.callm_done:
    CHECK_EXCQ 13, 0, .callm_insn
    push qword [target]
    EXC_ARM .ret_done
.ret_insn:
    ret
.ret_done:
    CHECK_EXCQ 13, 0, .ret_insn
    mov rax, rbp
    sub rax, rsp
    CHECKQ rax, 8, "RET popped nothing"
    add rsp, 8
    ; IRETQ to a non-canonical RIP
    mov rbx, rsp
    push LM_SEL_DATA
    push rbx
    push 2
    push LM_SEL_CODE64
    mov rax, NONCANON
    push rax
    EXC_ARM .iret_done
.iret_insn:
    iretq
.iret_done:
    CHECK_EXCQ 13, 0, .iret_insn
    mov rsp, rbx

    ; Through SS: RSP and RBP based references, PUSH with a non-canonical RSP
    mov rbp, NONCANON
    EXC_ARM .ss1_done
.ss1_insn:
    mov rax, [rbp + 8]
.ss1_done:
    CHECK_EXCQ 12, 0, .ss1_insn
    ; PUSH with a non-canonical RSP: #SS(0); its delivery needs a good stack (IST1)
    LM_SET_IDT 12, lib_lm_stubs + 12 * LM_STUB_SIZE, GATE_INT64, 1
    mov rbx, rsp
    mov rsp, NONCANON + 8
    EXC_ARM .ss2_done
.ss2_insn:
    push rax
.ss2_done:
    mov rsp, rbx
    CHECK_EXCQ 12, 0, .ss2_insn
    CHECKQ qword [lm_exc_rsp], NONCANON + 8, "RSP unchanged"
    ; CS, DS, ES and SS overrides are null prefixes in 64-bit mode (SDM vol. 1, 3.3.7.1):
    ; DS:[rbp] is still through SS (#SS), SS:[rbx] through DS (#GP)
    mov rbp, NONCANON
    EXC_ARM .ss3_done
.ss3_insn:
    db 0x3E                                ; DS prefix (NASM warns on [ds:...] here)
    mov rax, [rbp]
.ss3_done:
    CHECK_EXCQ 12, 0, .ss3_insn
    mov rbx, HIGHNC
    EXC_ARM .ss4_done
.ss4_insn:
    db 0x36                                ; SS prefix
    mov [rbx], rax
.ss4_done:
    CHECK_EXCQ 13, 0, .ss4_insn
    ; a qword whose first byte is canonical and whose last is not: #SS through SS
    mov rbp, NONCANON - 4
    EXC_ARM .ss5_done
.ss5_insn:
    add [rbp], rax
.ss5_done:
    CHECK_EXCQ 12, 0, .ss5_insn
    ; through SS by helpers: x87 load, FXSAVE
    mov rbp, NONCANON
    EXC_ARM .ss6_done
.ss6_insn:
    fld qword [rbp + 16]
.ss6_done:
    CHECK_EXCQ 12, 0, .ss6_insn
    EXC_ARM .ss7_done
.ss7_insn:
    fxsave [rbp]
.ss7_done:
    CHECK_EXCQ 12, 0, .ss7_insn
    ; a string source with an SS override is through DS: #GP
    mov rsi, NONCANON
    mov rdi, target
    mov ecx, 4
    EXC_ARM .ss8_done
.ss8_insn:
    db 0x36                                ; SS prefix
    rep movsb
.ss8_done:
    CHECK_EXCQ 13, 0, .ss8_insn
    CHECKQ rcx, 4, "no byte moved"
    ; SSE: an aligned load through SS, and a 16-byte store that crosses a page boundary
    mov rbp, NONCANON
    EXC_ARM .ss10_done
.ss10_insn:
    movdqa xmm0, [rbp + 32]
.ss10_done:
    CHECK_EXCQ 12, 0, .ss10_insn
    mov rbp, HIGHNC
    EXC_ARM .ss11_done
.ss11_insn:
    movdqu [rbp + 4], xmm0
.ss11_done:
    CHECK_EXCQ 12, 0, .ss11_insn
    PASSQ

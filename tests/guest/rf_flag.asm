; EFLAGS.RF, the resume flag, and DR0-DR3 instruction breakpoints. The EFLAGS image of a
; fault-class exception (#UD, #GP, #PF, the general-detect #DB of MOV DR with DR7.GD) has
; RF = 1; that of an instruction-breakpoint #DB, a single-step trap and INT n has the
; current RF, which every instruction clears at its start (so INT n right after an IRET
; that set RF still pushes 0). An instruction breakpoint fires before its instruction
; (DR6.Bn set, saved EIP at the instruction); a handler that IRETs with RF set in the image
; resumes the instruction without a new #DB, and a breakpoint on the next instruction then
; fires (RF was cleared); without RF the breakpoint fires again on every IRET. The
; processor clears DR7.GD on entering the #DB handler.
; SDM vol. 3, 17.3.1.1 "Instruction-Breakpoint Exception Condition" (RF rules), 17.2.3-
; 17.2.4 (DR6, DR7, GD), 17.3.1.2 (general detect is a fault), 17.3.1.4 (single step),
; 6.12.1 (the EFLAGS image), table 6-2.
; qemu-deviation: QEMU 7.2 TCG pushes RF = 0 in the image of a fault (17.3.1.1: 1 for any
; fault-class exception but an instruction breakpoint) and pushes RF = 1 for an INT n
; that follows an IRET which set RF (RF is cleared at the start of every instruction):
; and has no DR7.GD general detect; single-stepping a REP string instruction pushes RF = 1
; for every iteration but the last (17.3.1.1): those checks come last.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"
%include "db.inc"

[absolute TESTVARS]
rf_ud:    resd 1                    ; the RF bit of the fault images, checked last
rf_gp:    resd 1
rf_pf:    resd 1
rf_int:   resd 1
rep_src:  resb 4
rep_dst:  resb 4

PF_PAGE   equ 0x400000              ; not mapped once paging is on (only 0-4 MiB is)

%macro RF_OF 1
    mov eax, %1
    and eax, F_RF
%endmacro

TEST_START
    GO_PM32
    ; ---- faults push RF = 1
    EXC_ARM .r1
.f1:
    ud2
.r1:
    CHECK_EXC 6, NOERR, .f1
    RF_OF [exc_eflags]
    mov [rf_ud], eax
    mov ax, 0xFFF8                  ; beyond the GDT limit
    EXC_ARM .r2
.f2:
    mov ds, ax
.r2:
    CHECK_EXC 13, 0xFFF8, .f2
    RF_OF [exc_eflags]
    mov [rf_gp], eax
    mov ax, SEL_DATA32
    mov ds, ax
    ; ---- INT n pushes RF = 0
    EXC_ARM .r3
    int 0x31
.r3:
    CHECK_EXC 0x31, NOERR, .r3
    RF_OF [exc_eflags]
    CHECK eax, 0, "INT n image: RF = 0"

    SET_IDT 1, db_handler, GATE_INT32

    ; ---- single-step trap: RF = 0, DR6.BS
    mov dword [db_count], 0
    mov dword [db_setrf], 0
    pushfd
    or dword [esp], F_TF
    popfd
    nop
ss_after:
    CHECK dword [db_count], 1, "one single-step trap"
    CHECK dword [db_eip], ss_after
    RF_OF [db_efl]
    CHECK eax, 0, "single-step image: RF = 0"
    mov eax, [db_dr6]
    and eax, 0x4000
    CHECK eax, 0x4000, "DR6.BS"

    ; ---- instruction breakpoints, the handler resuming with RF = 1
    mov dword [db_count], 0
    mov dword [db_setrf], 1
    mov eax, bp_target
    mov dr0, eax
    mov eax, bp_next
    mov dr1, eax
    mov eax, 0x00000405             ; L0 | L1, R/W0 = R/W1 = 00 (execution), LEN 00
    mov dr7, eax
    xor ebx, ebx
    xor ecx, ecx
bp_target:
    inc ebx
bp_next:
    inc ecx
    xor eax, eax
    mov dr7, eax
    CHECK dword [db_count], 2, "DR0 then DR1 fired once each"
    CHECK ebx, 1, "the breakpointed INC ran once"
    CHECK ecx, 1
    CHECK dword [db_eip], bp_target, "first #DB before the DR0 instruction"
    CHECK dword [db_eip + 4], bp_next, "second #DB before the DR1 instruction"
    RF_OF [db_efl]
    CHECK eax, 0, "instruction-breakpoint image: RF = 0"
    RF_OF [db_efl + 4]
    CHECK eax, 0, "RF was cleared after the resumed instruction"
    mov eax, [db_dr6]
    and eax, 0xF
    CHECK eax, 1, "DR6.B0"
    mov eax, [db_dr6 + 4]
    and eax, 0xF
    CHECK eax, 2, "DR6.B1"

    ; ---- the same code again: translated with the breakpoints, still fires
    call bp_sub                     ; translated before the breakpoint is set
    mov dword [db_count], 0
    mov eax, bp_sub
    mov dr0, eax
    mov eax, 0x00000001             ; L0 only
    mov dr7, eax
    call bp_sub
    call bp_sub
    xor eax, eax
    mov dr7, eax
    CHECK dword [db_count], 2, "DR0 fires on each execution"
    CHECK ebx, 4

    ; ---- INT n right after an IRET that set RF: RF cleared at its start, image RF = 0
    mov dword [db_count], 0
    mov eax, bp_int
    mov dr0, eax
    mov eax, 0x00000001
    mov dr7, eax
    EXC_ARM int_back
bp_int:
    int 0x31
int_back:
    xor eax, eax
    mov dr7, eax
    CHECK_EXC 0x31, NOERR, int_back
    CHECK dword [db_count], 1
    RF_OF [exc_eflags]
    mov [rf_int], eax

    ; ---- without RF the breakpoint fires on every IRET (the handler stops it at 8)
    mov dword [db_count], 0
    mov dword [db_setrf], 0
    mov eax, bp_sub
    mov dr0, eax
    mov eax, 0x00000001
    mov dr7, eax
    call bp_sub
    CHECK dword [db_count], 8, "no RF: the breakpoint fired again and again"
    CHECK ebx, 5

    ; ---- #PF: RF = 1
    call paging_on
    EXC_ARM pf_back
pf_insn:
    mov eax, [PF_PAGE]
pf_back:
    CHECK_EXC 14, NOERR, pf_insn
    RF_OF [exc_eflags]
    mov [rf_pf], eax

    QEMU_DEVIATION "QEMU 7.2 TCG: RF = 0 for faults and REP iterations, RF kept through INT n, no DR7.GD"
    CHECK dword [rf_int], 0, "INT n after IRET with RF: image RF = 0"
    CHECK dword [rf_ud], F_RF, "#UD image: RF = 1"
    CHECK dword [rf_gp], F_RF, "#GP image: RF = 1"
    CHECK dword [rf_pf], F_RF, "#PF image: RF = 1"
    ; ---- general detect: MOV DR with DR7.GD is a #DB fault, RF = 1, DR6.BD; GD cleared
    mov dword [db_count], 0
    mov eax, 0x00002000
    mov dr7, eax
gd_insn:
    mov eax, dr0
    CHECK dword [db_count], 1, "one general-detect #DB"
    CHECK dword [db_eip], gd_insn, "saved EIP at the MOV DR"
    RF_OF [db_efl]
    CHECK eax, F_RF, "general-detect #DB image: RF = 1"
    mov eax, [db_dr6]
    and eax, 0x2000
    CHECK eax, 0x2000, "DR6.BD"
    mov eax, dr7
    and eax, 0x2000
    CHECK eax, 0, "DR7.GD cleared"

    ; ---- single-stepping REP MOVSB, ECX = 3: a trap after each iteration; RF = 1 in the
    ; image of all but the last (the instruction is resumed), 0 after the last
    mov dword [db_count], 0
    mov dword [db_setrf], 0
    mov dword [db_keeptf], 3
    mov esi, rep_src
    mov edi, rep_dst
    mov ecx, 3
    cld
    pushfd
    or dword [esp], F_TF
    popfd
    nop
rep_insn:
    rep movsb
rep_after:
    CHECK dword [db_count], 4, "NOP then three iterations: four single-step traps"
    CHECK ecx, 0
    CHECK dword [db_eip + 4], rep_insn, "iteration 1: EIP at the REP"
    CHECK dword [db_eip + 8], rep_insn, "iteration 2: EIP at the REP"
    CHECK dword [db_eip + 12], rep_after, "last iteration: EIP after it"
    RF_OF [db_efl + 4]
    CHECK eax, F_RF, "iteration 1: RF = 1"
    RF_OF [db_efl + 8]
    CHECK eax, F_RF, "iteration 2: RF = 1"
    RF_OF [db_efl + 12]
    CHECK eax, 0, "last iteration: RF = 0"
    PASS

bp_sub:
    inc ebx
    ret

DB_HANDLER

; Identity-maps 0-4 MiB with one 4 KiB-page table and turns paging on.
PD_BASE equ 0x40000
PT_BASE equ 0x41000
paging_on:
    IDMAP_4M PD_BASE, PT_BASE, 3
    PAGING_ON PD_BASE, 0
    ret

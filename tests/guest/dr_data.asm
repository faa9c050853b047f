; DR0-DR3 data and I/O breakpoints. A data breakpoint (DR7 R/Wn = 01: writes, 11: reads
; and writes) watches the LENn-byte range its address lies in, aligned on LENn (LEN 00 = 1,
; 01 = 2, 11 = 4 bytes): an access touching any byte of it matches, one beside it does not,
; and a read does not match R/W = 01. Data breakpoints are traps: the access happens, #DB
; follows the instruction (saved EIP = the next instruction, DR6.Bn set for every enabled
; breakpoint the instruction hit: a MOVSD hitting two reports both). A REP MOVSB traps after
; the iteration that hit: ECX, ESI, EDI count that iteration, the saved EIP is the REP
; instruction and the handler's IRET resumes the copy. With EFLAGS.TF set as well, one #DB
; reports both DR6.BS and DR6.Bn. I/O breakpoints (R/W = 10) need CR4.DE = 1 (CPUID.01H
; EDX.DE); they trap after an IN/OUT whose port range touches the breakpoint's; with
; CR4.DE = 1, MOV from DR4 is #UD.
; SDM vol. 3, 18.2.2 (DR4/DR5), 18.2.3 (DR6), 18.2.4 (DR7 fields), 18.2.5 (breakpoint
; field recognition), 18.3.1.2 (data breakpoints are traps, REP strings), 18.3.1.3 (I/O),
; 18.3.1.4 (single step), 18.3.1.1 (RF).
; Like processors after the P6 family (18.3.1.2: P6 reports REP MOVS/STOS data breakpoints
; one iteration late), Tern traps after the iteration that hit; QEMU agrees.
; Not checked: DR6.Bn of matching breakpoints that are not enabled (the SDM lets them be
; set or not; Tern reports enabled ones only); addresses not aligned on LENn ("do not
; yield valid results", 18.2.5; Tern masks the low bits as that section describes);
; LEN = 10 (8 bytes, defined in IA-32e mode: dr_data64.asm).
; qemu-deviation: QEMU 7.2 TCG reports only the first breakpoint an instruction hits
; (a MOVSD reading one and writing another: DR6 = B1 only; 18.2.3: Bn is set for each
; condition met; TF with a data breakpoint: two #DBs, not one with BS and B0, 6.9 puts
; both in the one class "traps on the previous instruction"), pushes RF = 0 in the image
; of a #DB trap taken between two REP iterations (SDM vol. 3, 18.3.1.1: RF = 1 so that the resumed instruction does not
; hit its instruction breakpoint again), and runs no iteration of a REP OUTSB on an I/O
; breakpoint, trapping once after it (18.3.1.2: the trap comes after the first
; iteration); checked last.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"
%include "db.inc"

[absolute TESTVARS]
rep_rf:   resd 1                    ; RF of the REP trap image, checked last
movs_dr6: resd 1                    ; DR6 of the MOVSD trap, checked last
tf_count: resd 1                    ; #DBs and DR6 of the TF + data breakpoint case
tf_dr6:   resd 1
tf_eip:   resd 1
outs_db:  resd 4                    ; REP OUTSB: #DB count and saved EIPs
outs_regs: resd 2                   ; and ECX ESI after it
alignb 16
wvar:     resd 1                    ; DR0: dword, writes
wnext:    resd 1
rvar_lo:  resw 1
rvar:     resw 1                    ; DR1: word, reads and writes
rvar_hi:  resw 1
alignb 16
dvar:     resd 1                    ; DR2: dword, writes
alignb 16
rep_src:  resb 16
rep_dst:  resb 16

DR7_W0_4  equ 0x000D0001            ; L0, R/W0 = 01, LEN0 = 11
DR7_RW1_2 equ 0x00700004            ; L1, R/W1 = 11, LEN1 = 01
DR7_W2_4  equ 0x0D000010            ; L2, R/W2 = 01, LEN2 = 11
DR7_IO3_1 equ 0x20000040            ; L3, R/W3 = 10, LEN3 = 00
DR7_W0_1  equ 0x00010001            ; L0, R/W0 = 01, LEN0 = 00
CR4_DE    equ 8

%macro DB_RESET 0
    mov dword [db_count], 0
    mov dword [db_eip], 0
    mov dword [db_dr6], 0
%endmacro

%macro DR6_OF 1                     ; eax = B0-B3 and BS of #DB number %1
    mov eax, [db_dr6 + 4 * %1]
    and eax, 0x400F
%endmacro

TEST_START
    GO_PM32
    SET_IDT 1, db_handler, GATE_INT32
    mov dword [wvar], 0x11223344
    mov dword [wnext], 0
    mov dword [rvar_lo], 0x55667788
    mov word [rvar_hi], 0x99AA

    ; ---- DR0: write breakpoint on the dword wvar, hit by a byte store inside it
    mov eax, wvar
    mov dr0, eax
    mov eax, DR7_W0_4
    mov dr7, eax
    DB_RESET
    mov byte [wvar + 2], 0xEE
w_after:
    CHECK dword [db_count], 1, "byte store inside the dword: one #DB"
    CHECK dword [db_eip], w_after, "trap: saved EIP after the store"
    DR6_OF 0
    CHECK eax, 1, "DR6.B0"
    mov eax, [db_efl]
    and eax, F_RF
    CHECK eax, 0, "trap image: RF = 0"
    CHECK dword [wvar], 0x11EE3344, "the store happened"
    ; beside the range, and reads: no #DB
    DB_RESET
    mov byte [wnext], 1
    mov byte [wvar - 1], 2
    mov eax, [wvar]
    add eax, [wvar + 1]
    CHECK dword [db_count], 0, "adjacent stores and reads of a write breakpoint: none"
    ; a dword store straddling the start of the range
    DB_RESET
    mov dword [wvar - 3], 0x77000000
w2_after:
    CHECK dword [db_count], 1, "store overlapping the first byte"
    CHECK dword [db_eip], w2_after

    ; ---- DR1: read/write breakpoint on the word rvar, hit by a read
    mov eax, rvar
    mov dr1, eax
    mov eax, DR7_RW1_2
    mov dr7, eax
    DB_RESET
    mov eax, [rvar_lo]              ; bytes rvar_lo..rvar+1: touches rvar
r_after:
    CHECK dword [db_count], 1, "dword read touching the word: one #DB"
    CHECK dword [db_eip], r_after
    DR6_OF 0
    CHECK eax, 2, "DR6.B1"
    DB_RESET
    mov ax, [rvar_lo]
    mov ax, [rvar_hi]
    mov byte [rvar_hi], 0
    CHECK dword [db_count], 0, "accesses beside the word: none"

    ; ---- one instruction, two breakpoints: MOVSD reads rvar (DR1) and writes wvar (DR0)
    mov eax, DR7_W0_4 | DR7_RW1_2
    mov dr7, eax
    DB_RESET
    mov esi, rvar
    mov edi, wvar
    cld
    movsd
m_after:
    CHECK dword [db_count], 1, "MOVSD hitting DR0 and DR1: one #DB"
    CHECK dword [db_eip], m_after
    DR6_OF 0
    mov [movs_dr6], eax
    CHECK dword [wvar], 0x99005566, "MOVSD completed"
    CHECK esi, rvar + 4
    CHECK edi, wvar + 4

    ; ---- DR2 on the dword dvar: its first and last bytes match, the bytes around not
    mov eax, dvar
    mov dr2, eax
    mov eax, DR7_W2_4
    mov dr7, eax
    DB_RESET
    mov byte [dvar - 1], 4
    mov byte [dvar], 5
    mov byte [dvar + 3], 6
    mov byte [dvar + 4], 7
    CHECK dword [db_count], 2, "DR2: the first and the last byte of the dword"
    DR6_OF 0
    CHECK eax, 4, "DR6.B2"
    DR6_OF 1
    CHECK eax, 4

    ; ---- REP MOVSB: DR0 (1 byte, writes) on rep_dst + 8: trap after the 9th iteration
    mov eax, rep_dst + 8
    mov dr0, eax
    mov eax, DR7_W0_1
    mov dr7, eax
    mov edi, rep_src
    mov ecx, 16
    mov al, 0xA0
.fill:
    stosb
    inc al
    loop .fill
    DB_RESET
    mov dword [db_recregs], 1
    mov esi, rep_src
    mov edi, rep_dst
    mov ecx, 16
rep_insn:
    rep movsb
rep_after:
    mov dword [db_recregs], 0
    CHECK dword [db_count], 1, "REP MOVSB: one #DB"
    CHECK dword [db_eip], rep_insn, "trap between iterations: saved EIP at the REP"
    CHECK dword [db_regs], 7, "ECX after 9 iterations"
    CHECK dword [db_regs + 4], rep_src + 9, "ESI after 9 iterations"
    CHECK dword [db_regs + 8], rep_dst + 9, "EDI after 9 iterations"
    DR6_OF 0
    CHECK eax, 1
    CHECK ecx, 0, "the REP resumed and finished"
    CHECK dword [rep_dst + 8], 0xABAAA9A8
    CHECK dword [rep_dst + 12], 0xAFAEADAC
    mov eax, [db_efl]
    and eax, F_RF
    mov [rep_rf], eax

    ; ---- TF and a data breakpoint on the same instruction: one #DB, DR6.BS and DR6.B0
    mov eax, wvar
    mov dr0, eax
    mov eax, DR7_W0_4
    mov dr7, eax
    DB_RESET
    pushfd
    or dword [esp], F_TF
    popfd
    mov [wvar], eax                 ; the handler clears TF
tf_after:
    mov eax, [db_eip]
    mov [tf_eip], eax
    mov eax, [db_count]
    mov [tf_count], eax
    DR6_OF 0
    mov [tf_dr6], eax

    ; ---- RF: an instruction breakpoint (DR1) on a store that hits a data breakpoint
    ; (DR0): the fault-class #DB first; resumed with RF = 1, the store runs, traps (B0)
    ; and its instruction breakpoint does not fire again
    mov eax, wvar
    mov dr0, eax
    mov eax, rf_store
    mov dr1, eax
    mov eax, DR7_W0_4 | 4           ; L1, R/W1 = 00: execution
    mov dr7, eax
    DB_RESET
    mov dword [db_setrf], 1
    jmp rf_store                    ; a TB of its own starting at the store
rf_store:
    mov [wvar], ebx
rf_after:
    mov dword [db_setrf], 0
    CHECK dword [db_count], 2, "instruction breakpoint, then data breakpoint"
    CHECK dword [db_eip], rf_store, "fault: saved EIP at the store"
    CHECK dword [db_eip + 4], rf_after, "trap: saved EIP after it"
    DR6_OF 0
    CHECK eax, 2, "DR6.B1 (execution)"
    DR6_OF 1
    CHECK eax, 1, "DR6.B0 (data)"

    ; ---- I/O breakpoint: DR3 on port 80H, CR4.DE = 1
    mov eax, cr4
    or eax, CR4_DE
    mov cr4, eax
    mov eax, 0x80
    mov dr3, eax
    mov eax, DR7_IO3_1
    mov dr7, eax
    DB_RESET
    mov al, 0x42
    out 0x80, al
io_after:
    out 0x81, al
    mov dx, 0x7F
    out dx, ax                      ; ports 7FH-80H
io2_after:
    in al, 0x80
io3_after:
    CHECK dword [db_count], 3, "OUT 80H, OUT 7FH (word), IN 80H: three #DBs"
    CHECK dword [db_eip], io_after
    CHECK dword [db_eip + 4], io2_after
    CHECK dword [db_eip + 8], io3_after
    DR6_OF 0
    CHECK eax, 8, "DR6.B3"
    DR6_OF 2
    CHECK eax, 8
    ; REP OUTSB: "the processor generates the exception after the completion of the first
    ; iteration" (18.3.1.2); resumed, the next iteration is the first again: a trap after
    ; every iteration, the saved EIP at the REP but after the last
    mov esi, rep_src
    mov ecx, 3
    mov dx, 0x80
    DB_RESET
outs_insn:
    rep outsb
outs_after:
    mov [outs_regs], ecx
    mov [outs_regs + 4], esi
    mov eax, [db_count]
    mov [outs_db], eax
    mov eax, [db_eip]
    mov [outs_db + 4], eax
    mov eax, [db_eip + 4]
    mov [outs_db + 8], eax
    mov eax, [db_eip + 8]
    mov [outs_db + 12], eax
    ; with CR4.DE = 1, DR4 is #UD
    EXC_ARM .ud_back
.ud_insn:
    mov eax, dr4
.ud_back:
    CHECK_EXC 6, NOERR, .ud_insn
    xor eax, eax
    mov dr7, eax
    mov eax, cr4
    and eax, ~CR4_DE
    mov cr4, eax

    QEMU_DEVIATION "QEMU 7.2 TCG: one condition per #DB; RF = 0 between REP iterations; one #DB per REP OUTS"
    CHECK dword [movs_dr6], 3, "MOVSD: DR6.B0 and DR6.B1"
    CHECK dword [tf_count], 1, "TF + data breakpoint: one #DB"
    CHECK dword [tf_eip], tf_after
    CHECK dword [tf_dr6], 0x4001, "DR6.BS and DR6.B0"
    CHECK dword [rep_rf], F_RF, "REP trap image: RF = 1"
    CHECK dword [outs_regs], 0, "REP OUTSB: ECX"
    CHECK dword [outs_regs + 4], rep_src + 3, "REP OUTSB: ESI"
    CHECK dword [outs_db], 3, "REP OUTSB, 3 iterations: three #DBs"
    CHECK dword [outs_db + 4], outs_insn
    CHECK dword [outs_db + 8], outs_insn
    CHECK dword [outs_db + 12], outs_after
    PASS

DB_HANDLER

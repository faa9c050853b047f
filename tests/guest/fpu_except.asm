; x87 exceptions: masked responses (#Z infinity, #I indefinite, #D, #P flags); unmasked ones
; leave the operands and TOP alone, set ES and B, and are reported as #MF (CR0.NE = 1) by
; the next waiting instruction, FWAIT or x87, with that instruction's EIP and no error code,
; while FIP/FOP/FDP still describe the faulting one; the no-wait forms do not trap; an
; unmasked stack overflow pushes nothing; an unmasked #U on a store to memory stores
; nothing. #NM: CR0.TS for every x87 instruction, for WAIT only with CR0.MP; CR0.EM for
; x87 instructions (not WAIT) and FXSAVE. CR0.NE = 0: no #MF (the PC's FERR#/IRQ 13 path;
; the PIC is masked). Last: the 24576 bias of an unmasked overflow with a register result.
; SDM vol. 1, 8.4-8.7 (8.5.1.1 stack faults, 8.5.4 overflow, 8.5.5 underflow, 8.6 and 8.7
; exception synchronization and #MF), 8.1.9 (FOP of an instruction with an unmasked
; exception); vol. 3, 2.5 table 2-2 (EM MP TS), 6.15 (interrupt 16: no error code, saved
; EIP = the waiting instruction); vol. 2, WAIT/FWAIT, FXSAVE.
; expect-exit: 1
; expect-output: PASS
; qemu-deviation: QEMU 7.2 reports no #D for a denormal m32fp operand (SDM vol. 2, FADD), raises a pending #MF only at FWAIT, not at the next waiting x87 instruction (vol. 1, 8.6), moves FIP for FNSTSW (a control instruction, vol. 1, 8.1.8), writes and pops after an unmasked #Z (vol. 1, 8.5.3), stores after an unmasked #U (8.5.5), has no 24576 exponent bias for unmasked overflow/underflow with a register destination (SDM vol. 1, 8.5.4) and keeps the operands on an unmasked stack overflow (8.5.1.1)
%include "tern.inc"

%macro CHECK_SW 2-3 "status word"
    fnstsw ax
    and ax, %1
    CHECK ax, %2, %3
%endmacro
%macro SET_CW 1
    mov word [cw], %1
    fldcw [cw]
%endmacro
%macro CR0_SET 1
    mov eax, cr0
    or eax, %1
    mov cr0, eax
%endmacro
%macro CR0_CLR 1
    mov eax, cr0
    and eax, ~(%1)
    mov cr0, eax
%endmacro
CR0_MP  equ 1 << 1
CR0_EM  equ 1 << 2
CR0_TS  equ 1 << 3
CR0_NE  equ 1 << 5

[absolute TESTVARS]
cw:     resw 1
m32:    resd 1
t80:    rest 1
env:    resb 28
sv1:    resb 108
        alignb 16
fx:     resb 512

TEST_START
    GO_PM32
    CR0_SET CR0_NE
    fninit
    ; ---- masked responses ----
    fld1
    fldz
    fdivp st1, st0                      ; 1/0: #Z, +infinity
    fstp tword [t80]
    CHECK word [t80+8], 0x7FFF
    CHECK dword [t80+4], 0x80000000
    CHECK_SW 0x00FF, 0x0004
    fldz
    fldz
    fdivp st1, st0                      ; 0/0: #I, the indefinite
    fstp tword [t80]
    CHECK word [t80+8], 0xFFFF
    CHECK dword [t80+4], 0xC0000000
    CHECK_SW 0x00FF, 0x0005
    fnclex

    ; ---- unmasked #Z: nothing written, ES/B set, #MF at the next waiting insn ----
    SET_CW 0x037B
    fld1
    fldz
mf_div:
    fdivp st1, st0                      ; faults later: no pop, ST1 stays 1 (checked at the end)
    CHECK_SW 0x80FF, 0x8084, "ES B ZE"
    fnstcw [cw]                         ; no-wait forms do not trap
    EXC_ARM .mf1
.wait1:
    fwait
.mf1:
    CHECK_EXC 16, NOERR, .wait1
    fnstenv [env]                       ; FIP/FOP: checked at the end
    fnsave [sv1]                        ; the stack after the unmasked #Z, checked at the end
    fninit                              ; no-wait: clears it all

    ; ---- CR0.NE = 0: no #MF (FERR# goes to the masked PIC) ----
    CR0_CLR CR0_NE
    SET_CW 0x037B
    fld1
    fldz
    fdivp st1, st0
    EXC_ARM .nomf
    fwait
    fld1
.nomf:
    EXC_DISARM
    CHECK dword [exc_count], 0, "no #MF with CR0.NE = 0"
    fninit
    CR0_SET CR0_NE

    ; ---- #NM (vol. 3, table 2-2) ----
    CR0_SET CR0_TS
    EXC_ARM .nm1
.x87_ts:
    fld1
.nm1:
    CHECK_EXC 7, NOERR, .x87_ts
    EXC_ARM .nm2
    fwait                               ; TS without MP: WAIT runs
.nm2:
    EXC_DISARM
    CHECK dword [exc_count], 0, "WAIT with TS=1 MP=0"
    CR0_SET CR0_MP
    EXC_ARM .nm3
.wait_ts:
    fwait
.nm3:
    CHECK_EXC 7, NOERR, .wait_ts
    clts
    CR0_CLR CR0_MP
    CR0_SET CR0_EM
    EXC_ARM .nm4
.x87_em:
    fninit                              ; even the no-wait forms
.nm4:
    CHECK_EXC 7, NOERR, .x87_em
    EXC_ARM .nm5
    fwait                               ; EM does not affect WAIT
.nm5:
    EXC_DISARM
    CHECK dword [exc_count], 0, "WAIT with EM=1"
    EXC_ARM .nm6
.fxs_em:
    fxsave [fx]
.nm6:
    CHECK_EXC 7, NOERR, .fxs_em
    CR0_CLR CR0_EM
    fninit

    QEMU_DEVIATION "#D of m32, #MF on x87 insns, FIP, unmasked #Z/#O/#U results, stack overflow"
    ; unmasked #U with a memory destination: nothing stored (8.5.5)
    SET_CW 0x036F
    mov dword [t80], 1
    mov dword [t80+4], 0x80000000
    mov word [t80+8], 0x3F00            ; 2^-255: far below float32
    fld tword [t80]
    mov dword [m32], 0x12345678
    fst dword [m32]
    CHECK dword [m32], 0x12345678, "unmasked #U: memory unchanged"
    CHECK_SW 0x00FF, 0x0090, "UE ES, no PE"
    fnclex
    fninit
    ; a waiting x87 instruction takes the pending #MF too, and does not execute (8.6)
    fninit
    SET_CW 0x037B
    fld1
    fldz
    fdiv st1, st0
    EXC_ARM .mf2
.wait2:
    fld1
.mf2:
    CHECK_EXC 16, NOERR, .wait2
    CHECK_SW 0x3800, 0x3000, "TOP still 6"
    fninit
    ; FIP/FCS/FOP still name the FDIVP: FNSTSW and FNSTCW are control instructions (8.1.8)
    CHECK dword [env+12], mf_div, "FIP = the FDIVP"
    CHECK word [env+16], SEL_CODE32
    mov ax, [env+18]
    and ax, 0x07FF
    CHECK ax, 0x06F9, "FOP = DE F9"
    ; the unmasked #Z of FDIVP wrote nothing and did not pop (8.5.3); the FNSTENV before
    ; the FNSAVE masked everything, so ES and B are clear in the image
    CHECK word [sv1+4], 0x3004, "ZE, TOP 6"
    CHECK word [sv1+28+8], 0x0000, "ST0 still 0"
    CHECK word [sv1+38+8], 0x3FFF, "ST1 still 1"
    mov dword [m32], 1                  ; a float32 denormal
    fld1
    fadd dword [m32]                    ; #D (and #P: 1 + tiny rounds)
    CHECK_SW 0x00FF, 0x0022
    fstp st0
    fnclex
    ; unmasked #O with a register result: the exponent divided by 2^24576 (8.5.4):
    ; 2 * (2^16384 - 2^16320) = 2^16385 - 2^16321 -> exponent 16384 - 24576 + 16383
    SET_CW 0x0377
    mov dword [t80], 0xFFFFFFFF
    mov dword [t80+4], 0xFFFFFFFF
    mov word [t80+8], 0x7FFE
    fld tword [t80]
    fadd st0, st0
    CHECK_SW 0x00FF, 0x0088, "OE ES"
    fnclex
    fstp tword [t80]
    CHECK word [t80+8], 0x1FFF
    CHECK dword [t80+4], 0xFFFFFFFF
    ; unmasked stack overflow: SF C1=1 IE ES, nothing pushed (8.5.1.1)
    fninit
    SET_CW 0x037E
    mov ecx, 8
.fill:
    fld1
    loop .fill
    fldz
    CHECK_SW 0x3AFF, 0x02C1, "IE SF C1 ES, TOP 0"
    fnclex
    fstp tword [t80]
    CHECK word [t80+8], 0x3FFF, "ST0 still 1"
    fninit
    PASS

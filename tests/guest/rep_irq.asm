; Interrupts between the iterations of a REP string instruction: with the 8254 PIT firing
; IRQ 0 every ~84 us, 16 rounds of a 2 MiB REP MOVSD and of a 2 MiB REPE CMPSD are
; interrupted while they run (the handler sees the REP instruction's own address as the
; return EIP and rCX between its start value and 0); the interrupted instruction then
; continues where it stopped: the copy is whole, and REPE CMPSD ends at the one differing
; dword with the flags of that comparison.
; SDM vol. 2, REP/REPE/REPZ/REPNE/REPNZ (a repeated string instruction can be interrupted
; between iterations; the saved EIP points at it and rCX/rSI/rDI describe the remaining
; iterations, so it continues on return); vol. 1, 7.3.9.1. PIC/PIT set-up as in
; pc_irq.asm. A NOP separates STI from the REP: QEMU 7.2 delivered no interrupt during a
; REP instruction that directly follows STI (seen with this test).
; tern-args: -M pc
; expect-output: PASS
%include "tern.inc"

SRC    equ 0x400000
DST    equ 0x600000
DWORDS equ 0x80000                  ; 2 MiB
ROUNDS equ 16

[absolute TESTVARS]
ticks:     resd 1
mid_rep:   resd 1                   ; ticks taken inside the REP, 0 < rCX < DWORDS
rep_eip:   resd 1                   ; the REP instruction being watched

TEST_START
    PIC_INIT 0xFE, 0xFF                 ; only IRQ 0
    GO_PM32
    mov eax, [0xFEE000F0]           ; SVR: software-enable the local APIC
    or eax, 0x1FF
    mov [0xFEE000F0], eax
    mov dword [0xFEE00350], 0x700   ; LVT LINT0: ExtINT, unmasked
    SET_IDT 0x20, irq0, GATE_INT32
    ; source pattern; the destination starts different
    mov edi, SRC
    mov ecx, DWORDS
    mov eax, 0x12345678
.fill:
    mov [edi], eax
    mov dword [edi + DST - SRC], 0
    rol eax, 3
    add eax, ecx
    add edi, 4
    dec ecx
    jnz .fill
    ; counter 0, mode 2, 100 counts (~84 us)
    mov al, 0x34
    out 0x43, al
    mov al, 100
    out 0x40, al
    mov al, 0
    out 0x40, al

    mov dword [mid_rep], 0
    mov dword [rep_eip], .movs
    mov ebp, ROUNDS
.round:
    mov esi, SRC
    mov edi, DST
    mov ecx, DWORDS
    sti
    nop                             ; past the STI shadow
.movs:
    rep movsd
    cli
    CHECK ecx, 0
    CHECK esi, SRC + DWORDS * 4
    CHECK edi, DST + DWORDS * 4
    dec ebp
    jnz .round
    mov eax, [mid_rep]
    test eax, eax
    jnz .movs_irq
    PRINT "no interrupt arrived during REP MOVSD", 10
    EXIT 90
.movs_irq:
    ; the copy is whole (compared without string instructions)
    mov esi, SRC
    mov ecx, DWORDS
    xor edx, edx
.cmp:
    mov eax, [esi]
    cmp eax, [esi + DST - SRC]
    setne bl
    movzx ebx, bl
    add edx, ebx
    add esi, 4
    dec ecx
    jnz .cmp
    CHECK edx, 0, "dwords the interrupted REP MOVSD got wrong"

    ; REPE CMPSD over the copies, the last dword differing: 1 - 2
    mov dword [SRC + DWORDS * 4 - 4], 1
    mov dword [DST + DWORDS * 4 - 4], 2
    mov dword [mid_rep], 0
    mov dword [rep_eip], .cmps
    mov ebp, ROUNDS
.round2:
    mov esi, SRC
    mov edi, DST
    mov ecx, DWORDS
    sti
    nop
.cmps:
    repe cmpsd
    cli
    CHECK_FLAGS F_ZF|F_CF|F_SF, F_CF|F_SF, "flags of the last comparison, 1 - 2"
    CHECK ecx, 0
    CHECK esi, SRC + DWORDS * 4
    dec ebp
    jnz .round2
    mov eax, [mid_rep]
    test eax, eax
    jnz .cmps_irq
    PRINT "no interrupt arrived during REPE CMPSD", 10
    EXIT 91
.cmps_irq:
    ; stop counter 0
    mov al, 0x30
    out 0x43, al
    mov al, 0xFF
    out 0x40, al
    out 0x40, al
    PASS

; IRQ 0: count the ticks that interrupted the watched REP before it finished
irq0:
    push eax
    inc dword [ticks]
    mov eax, [esp + 4]              ; return EIP
    cmp eax, [rep_eip]
    jne .done
    test ecx, ecx                   ; finished: not inside
    jz .done
    cmp ecx, DWORDS                 ; not started yet: not inside either
    je .done
    inc dword [mid_rep]
.done:
    mov al, 0x20
    out 0x20, al
    pop eax
    iretd

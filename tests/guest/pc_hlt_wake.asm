; A timer that expires while the CPU runs with interrupts disabled must still end the HLT
; that follows: its interrupt is pending (the local APIC holds it in IRR, the 8259A in
; IRR), so "sti; hlt" resumes at once (SDM vol. 2A, HLT: "an enabled interrupt ... will
; resume execution"; the STI shadow covers only the HLT itself, SDM vol. 3, 6.8.3).
; Run on the pc board in realtime mode, where Tern notices an expiry only between
; execution slices: a deadline that passed during the spin below is first seen after the
; CPU stopped at the HLT, with no other timer armed. Twenty rounds each of
;  - the local APIC timer, one-shot, divide by 1, 20000 bus clocks (SDM vol. 3, 11.5.4),
;  - the 8254 counter 0 in mode 0 (interrupt on terminal count), 24 CLKs ~ 20 us, to
;    IRQ 0 through the 8259A pair and LINT0 in ExtINT mode (virtual wire, MultiProcessor
;    Specification 1.4, 3.6.2.2; Intel 8254 datasheet, mode 0),
; each armed, then outlived with IF=0 by a TSC spin of 200000 cycles (at least 40 us at
; any TSC rate up to 5 GHz), then "sti; hlt; cli": exactly one interrupt per round.
; tern-args: -M pc -clock realtime
; expect-output-contains: lapic ok
; expect-output-contains: pit ok
; expect-output: PASS
%include "tern.inc"

APIC_BASE   equ 0xFEE00000
APIC_EOI    equ APIC_BASE + 0xB0
APIC_SVR    equ APIC_BASE + 0xF0
APIC_LVTT   equ APIC_BASE + 0x320
APIC_LINT0  equ APIC_BASE + 0x350
APIC_TMICT  equ APIC_BASE + 0x380
APIC_TDCR   equ APIC_BASE + 0x3E0
ROUNDS      equ 20
SPIN_TSC    equ 200000

[absolute TESTVARS]
lapic_ticks: resd 1
pit_ticks:   resd 1
round:       resd 1

TEST_START
    ; everything masked until the PIT part
    PIC_INIT 0xFF, 0xFF
    GO_PM32
    mov eax, [APIC_SVR]                 ; software-enable the local APIC
    or eax, 0x1FF
    mov [APIC_SVR], eax
    mov dword [APIC_LINT0], 0x700       ; ExtINT, unmasked
    mov dword [APIC_TDCR], 0x0B         ; divide by 1
    mov dword [APIC_LVTT], 0x40         ; one-shot, vector 0x40, unmasked
    SET_IDT 0x20, irq0, GATE_INT32
    SET_IDT 0x40, apic_timer, GATE_INT32
    mov dword [lapic_ticks], 0
    mov dword [pit_ticks], 0

    mov dword [round], 0
.lapic_round:
    mov dword [APIC_TMICT], 20000
    call spin
    mov eax, [round]
    CHECK dword [lapic_ticks], eax, "no delivery while IF=0"
    sti
    hlt
    cli
    inc dword [round]
    mov eax, [round]
    CHECK dword [lapic_ticks], eax, "one APIC timer interrupt ends each HLT"
    cmp dword [round], ROUNDS
    jb .lapic_round
    PRINT "lapic ok", 10

    mov al, 0xFE                        ; master: IRQ 0 only
    out 0x21, al
    mov dword [round], 0
.pit_round:
    mov al, 0x30                        ; counter 0, LSB then MSB, mode 0, binary
    out 0x43, al
    mov al, 24
    out 0x40, al
    xor al, al
    out 0x40, al
    call spin
    sti
    hlt
    cli
    inc dword [round]
    mov eax, [round]
    CHECK dword [pit_ticks], eax, "one IRQ 0 (terminal count) ends each HLT"
    cmp dword [round], ROUNDS
    jb .pit_round
    PRINT "pit ok", 10
    PASS

; Busy-waits SPIN_TSC time-stamp counter ticks.
spin:
    push eax
    push ebx
    push edx
    rdtsc
    mov ebx, eax
.again:
    rdtsc
    sub eax, ebx
    cmp eax, SPIN_TSC
    jb .again
    pop edx
    pop ebx
    pop eax
    ret

apic_timer:
    inc dword [lapic_ticks]
    mov dword [APIC_EOI], 0
    iretd

irq0:
    push eax
    inc dword [pit_ticks]
    mov al, 0x20                        ; non-specific EOI
    out 0x20, al
    pop eax
    iretd

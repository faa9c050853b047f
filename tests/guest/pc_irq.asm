; The pc board's legacy interrupt path: both 8259A PICs initialised (ICW1-ICW4, vectors
; 0x20 and 0x28, slave on master IR2), the 8254 PIT counter 0 in mode 2 at ~1 kHz
; raising IRQ 0, and the RTC's periodic interrupt (register B PIE, 1024 Hz) on IRQ 8
; through the cascade, taken through interrupt gates in protected mode. As PC firmware
; does, the local APIC passes the 8259's INTR on (virtual wire: LINT0 = ExtINT, SVR
; enabled; MultiProcessor Specification 1.4, 3.6.2.2; SDM vol. 3, 10.5.1). Each wait is
; "sti; hlt; cli": the interrupt must end the HLT (the STI shadow covers only the HLT
; itself, SDM vol. 3, 6.8.3). Handlers count and send non-specific EOIs (slave first,
; then master); the RTC handler reads register C so that the next periodic flag raises
; IRQ 8 again. Intel 8259A datasheet (initialisation command words, EOI); Intel 8254
; datasheet (mode 2); Motorola MC146818A datasheet (registers B and C).
; tern-args: -M pc
; expect-output-contains: pit ok
; expect-output-contains: rtc ok
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
ticks:     resw 1
rtc_ticks: resw 1
rtc_c:     resb 1

TEST_START
    PIC_INIT 0xFE, 0xFF                 ; only IRQ 0
    GO_PM32
    mov eax, [0xFEE000F0]       ; SVR: software-enable the local APIC
    or eax, 0x1FF
    mov [0xFEE000F0], eax
    mov dword [0xFEE00350], 0x700   ; LVT LINT0: ExtINT, unmasked
    SET_IDT 0x20, irq0, GATE_INT32
    SET_IDT 0x28, irq8, GATE_INT32
    mov word [ticks], 0
    mov word [rtc_ticks], 0

    ; counter 0, LSB then MSB, mode 2, binary: 1193 counts = 1 ms
    mov al, 0x34
    out 0x43, al
    mov al, 1193 & 0xFF
    out 0x40, al
    mov al, 1193 >> 8
    out 0x40, al
.wait_pit:
    sti
    hlt
    cli
    cmp word [ticks], 10
    jb .wait_pit
    CHECK word [ticks], 10, "one IRQ 0 per HLT wake-up"
    PRINT "pit ok", 10

    ; stop counter 0 (mode 0 with a new count waits: OUT low, no edges)
    mov al, 0x30
    out 0x43, al
    mov al, 0xFF
    out 0x40, al
    out 0x40, al

    ; RTC: register A rate 6 (1024 Hz), register B PIE + 24h + binary clear
    mov al, 0x8A
    out 0x70, al
    mov al, 0x26
    out 0x71, al
    mov al, 0x8C            ; reading C clears stale flags
    out 0x70, al
    in al, 0x71
    mov al, 0x8B
    out 0x70, al
    in al, 0x71
    or al, 0x40
    mov ah, al
    mov al, 0x8B
    out 0x70, al
    mov al, ah
    out 0x71, al
    mov al, 0xFB            ; master: IRQ 2 (cascade) only
    out 0x21, al
    mov al, 0xFE            ; slave: IRQ 8 only
    out 0xA1, al
.wait_rtc:
    sti
    hlt
    cli
    cmp word [rtc_ticks], 5
    jb .wait_rtc
    CHECK word [rtc_ticks], 5
    CHECK byte [rtc_c], 0xC0, "register C: IRQF and PF"
    ; turn the periodic interrupt off again
    mov al, 0x8B
    out 0x70, al
    in al, 0x71
    and al, 0xBF
    mov ah, al
    mov al, 0x8B
    out 0x70, al
    mov al, ah
    out 0x71, al
    PRINT "rtc ok", 10
    PASS

irq0:
    push eax
    inc word [ticks]
    mov al, 0x20            ; non-specific EOI
    out 0x20, al
    pop eax
    iretd

irq8:
    push eax
    mov al, 0x0C
    out 0x70, al
    in al, 0x71
    mov [rtc_c], al
    inc word [rtc_ticks]
    mov al, 0x20
    out 0xA0, al
    out 0x20, al
    pop eax
    iretd

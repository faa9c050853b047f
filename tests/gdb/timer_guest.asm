; The determinism test's timer guest (tests/gdb, -M pc): the 8254 PIT (channel 0, mode
; 2, divisor PIT_DIVISOR) raises IRQ0 through the 8259A (remapped to vector 20h) while
; the CPU counts in a loop and, later, sleeps in HLT. The handler counts ticks and
; records the loop counter at each one, so the output (the counter seen at the 10th and
; the last tick, and a checksum over all of them) pins the exact instruction at which
; every interrupt was taken. With Tern's deterministic clock (time = instruction count)
; the same image must give the same output, count and trace on every run and backend.
; Datasheets: Intel 8254 (mode 2: rate generator), Intel 8259A (ICW1-ICW4, OCW1, OCW2
; non-specific EOI); SDM vol. 3, 6.8.1 (IF), 6.12 (interrupt gates).
; expect-exit: 1
%include "tern.inc"

%ifndef TICKS
%define TICKS 60
%endif
%ifndef PIT_DIVISOR
%define PIT_DIVISOR 40          ; 1.193182 MHz / 40: a tick every ~33.5 us
%endif
VEC_IRQ0 equ 0x20

[absolute TESTVARS]
ticks:    resd 1
spins:    resd 1        ; the busy loop's counter
at_tick:  resd 1        ; spins when the 10th tick came
mix:      resd 1        ; checksum of spins at every tick
halts:    resd 1

TEST_START
    GO_PM32
    SET_IDT VEC_IRQ0, irq0_handler, GATE_INT32
    xor eax, eax
    mov [ticks], eax
    mov [spins], eax
    mov [at_tick], eax
    mov [mix], eax
    mov [halts], eax
    ; 8259A master: ICW1 (edge, cascade, ICW4), ICW2 vector base 20h, ICW3 slave on IR2,
    ; ICW4 8086 mode; OCW1 masks everything but IR0. Slave: base 28h, all masked.
    mov al, 0x11
    out 0x20, al
    out 0xA0, al
    mov al, VEC_IRQ0
    out 0x21, al
    mov al, 0x28
    out 0xA1, al
    mov al, 4
    out 0x21, al
    mov al, 2
    out 0xA1, al
    mov al, 1
    out 0x21, al
    out 0xA1, al
    mov al, 0xFE
    out 0x21, al
    mov al, 0xFF
    out 0xA1, al
    ; 8254 channel 0, lobyte/hibyte, mode 2, binary
    mov al, 0x34
    out 0x43, al
    mov al, PIT_DIVISOR & 0xFF
    out 0x40, al
    mov al, PIT_DIVISOR >> 8
    out 0x40, al
    sti
busy:
    inc dword [spins]
    mov eax, [ticks]
    cmp eax, TICKS / 2
    jb busy
sleep:
    hlt                         ; woken by the next tick (idle skips ahead)
    inc dword [halts]
    cmp dword [ticks], TICKS
    jb sleep
    cli
    PRINT "spins at tick 10: "
    PRINTHEX dword [at_tick]
    PRINT " mix: "
    PRINTHEX dword [mix]
    PRINT " halts: "
    PRINTHEX dword [halts]
    PRINT 10
    CHECK dword [ticks], TICKS
    PASS

irq0_handler:
    push eax
    inc dword [ticks]
    mov eax, [spins]
    cmp dword [ticks], 10
    jne .not10
    mov [at_tick], eax
.not10:
    rol dword [mix], 5
    xor [mix], eax
    mov al, 0x20                ; non-specific EOI
    out 0x20, al
    pop eax
    iretd

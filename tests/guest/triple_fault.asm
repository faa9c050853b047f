; A triple fault ends the run: with an empty IDT (limit 0) any exception cannot be
; delivered, the resulting #DF cannot be either, and the processor shuts down. Tern's bare
; machine reports a shutdown as exit status 4 (after a register dump); QEMU with
; -no-reboot exits with 0 instead.
; SDM vol. 3, 6.15 "Interrupt 8—Double Fault Exception (#DF)" ("If another exception
; occurs while attempting to call the double-fault handler, the processor enters shutdown
; mode"); issue 2, item 8 (bare machine: triple fault -> non-zero status).
; expect-exit: 4
; qemu-expect-exit: 0
; expect-output: triple fault next
%include "tern.inc"

[absolute TESTVARS]
empty_idt: resb 6

TEST_START
    GO_PM32
    PRINT "triple fault next", 10
    mov word [empty_idt], 0
    mov dword [empty_idt+2], 0
    lidt [empty_idt]
    ud2
    PRINT "FAIL: still running", 10
    EXIT 99

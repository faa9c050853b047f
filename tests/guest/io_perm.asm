; I/O and interrupt-flag sensitivity at CPL 3: with IOPL 0 (and no I/O bitmap in the TSS:
; the map base is past the TSS limit) IN, OUT, INS, OUTS, CLI and STI raise #GP(0) with the
; saved EIP at the instruction and nothing done; with IOPL 3 they all work at CPL 3.
; SDM vol. 1, 19.5.1 "I/O Privilege Level", 19.5.2 "I/O Permission Bit Map" ("If the I/O
; bit map base address is greater than or equal to the TSS segment limit, there is no I/O
; permission map, and all I/O instructions generate exceptions when the CPL is greater than
; the current IOPL"); vol. 2A "CLI", vol. 2B "STI" (#GP(0) when CPL > IOPL, no VME/PVI).
; expect-exit: 1
; expect-output-contains: ring3-iopl3-out
; expect-output: PASS
%include "tern.inc"

%macro GPFAULT 1+
    EXC_ARM %%r
%%f:
    %1
%%r:
    CHECK_EXC 13, 0, %%f
%endmacro

[absolute TESTVARS]
buf: resb 8

TEST_START
    GO_PM32
    TO_RING3 0
    mov al, '!'
    mov dx, 0xE9
    mov esi, buf
    mov edi, buf
    mov byte [buf], '?'
    mov byte [buf+1], 0x55
    GPFAULT out 0xE9, al
    GPFAULT out dx, al
    GPFAULT in al, 0xE9
    GPFAULT in al, dx
    GPFAULT outsb
    CHECK esi, buf, "OUTSB did not advance ESI"
    inc edi
    GPFAULT insb
    CHECK byte [buf+1], 0x55, "INSB stored nothing"
    GPFAULT cli
    GPFAULT sti
    CHECK_FLAGS F_IF, 0
    TO_RING0

    TO_RING3 3
    mov esi, .msg
    mov dx, 0xE9
.l:
    mov al, [esi]
    test al, al
    jz .d
    out dx, al
    inc esi
    jmp .l
.msg: db "ring3-iopl3-out", 10, 0
.d:
    in al, 0xE9
    CHECK al, 0xE9
    sti
    CHECK_FLAGS F_IF, F_IF
    cli
    CHECK_FLAGS F_IF, 0
    TO_RING0
    PASS

; The exit port: a byte v written to port 0xF4 ends the run with exit status (v << 1) | 1
; (QEMU's isa-debug-exit convention), here v = 42 -> status 85, from real mode, through
; the OUT DX, AL form.
; Issue 2, item 8 (bare machine); QEMU docs, isa-debug-exit.
; expect-exit: 85
; expect-output: exiting with 42
%include "tern.inc"

TEST_START
    PRINT "exiting with 42", 10
    mov dx, 0xF4
    mov al, 42
    out dx, al
    PRINT "FAIL: execution continued after the exit port", 10
    cli
    hlt

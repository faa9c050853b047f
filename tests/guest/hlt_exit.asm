; HLT with IF=0 ends a bare-machine run with exit status 0 (nothing can wake the CPU):
; the program prints a line and halts with interrupts disabled, in protected mode.
; SDM vol. 2A "HLT" ("Stops instruction execution and places the processor in a HALT
; state. An enabled interrupt ... will resume execution"; with IF=0 and no NMI/SMI nothing
; does). Tern's bare machine turns that state into exit status 0 (issue 2, item 8).
; expect-exit: 0
; expect-output: halting with IF=0
%include "tern.inc"

TEST_START
    GO_PM32
    PRINT "halting with IF=0", 10
    cli
    hlt
    ; never reached: a run that continues past HLT reports it
    PRINT "FAIL: execution continued after HLT", 10
    EXIT 99

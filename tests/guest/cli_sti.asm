; CLI and STI: IF cleared/set in real mode and at CPL 0; at CPL 3 they need IOPL 3 and are
; #GP(0) otherwise (IF unchanged); CLC/STC/CMC and CLD/STD change only their flag.
; SDM vol. 2A "CLI", "CLC", "CLD", "CMC", vol. 2B "STI", "STC", "STD" (protected-mode
; table: "IF CPL <= IOPL THEN IF ← 0/1 ... ELSE #GP(0)" when VME/PVI are off).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

%macro FLAGOP 3                     ; instruction, flags before, flags after
    SETF %2
    %1
    CHECK_FLAGS 0xFFF, (%3) | 2
%endmacro

TEST_START
    FLAGOP sti, 0, F_IF
    FLAGOP cli, F_IF|F_CF, F_CF
    FLAGOP stc, F_ZF, F_ZF|F_CF
    FLAGOP clc, F_ARITH, F_ARITH & ~F_CF
    FLAGOP cmc, F_CF, 0
    FLAGOP cmc, F_SF, F_SF|F_CF
    FLAGOP std, 0, F_DF
    FLAGOP cld, F_DF|F_OF, F_OF
    PRINT "real mode ok", 10

    GO_PM32
    FLAGOP sti, 0, F_IF
    FLAGOP cli, F_IF, 0
    FLAGOP stc, 0, F_CF
    FLAGOP std, F_CF, F_CF|F_DF
    FLAGOP cld, F_DF, 0
    TO_RING3 0
    EXC_ARM .r1
.f1:
    cli
.r1:
    CHECK_EXC 13, 0, .f1
    EXC_ARM .r2
.f2:
    sti
.r2:
    CHECK_EXC 13, 0, .f2
    CHECK_FLAGS F_IF, 0
    stc                             ; not IOPL-sensitive
    CHECK_FLAGS F_CF, F_CF
    TO_RING0
    TO_RING3 3
    sti
    CHECK_FLAGS F_IF, F_IF
    cli
    CHECK_FLAGS F_IF, 0
    TO_RING0
    PASS

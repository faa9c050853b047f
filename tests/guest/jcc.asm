; Jcc, all 16 conditions, short (70-7F) and near (0F 80-8F) forms, forward and backward,
; under ten flag combinations (mask of taken branches compared with the condition table);
; also JMP short/near and that a not-taken Jcc falls through to the next instruction.
; SDM vol. 2A "Jcc"; vol. 1, appendix B.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

%define CCS_DOWN g, le, ge, l, np, p, ns, s, a, be, ne, e, ae, b, no, o

; forward short branch: taken -> bit 1, else bit 0 (LEA and JMP keep the flags)
%macro JCC_FWD1 1
    j%1 short %%taken
    lea edx, [edx*2]
    jmp short %%next
%%taken:
    lea edx, [edx*2 + 1]
%%next:
%endmacro

; near form with a backward target: the taken path jumps back over a trampoline
%macro JCC_BACK1 1
    jmp near %%test
%%taken:
    lea edx, [edx*2 + 1]
    jmp near %%next
    times 130 nop                   ; forces rel32 encodings
%%test:
    j%1 near %%taken
    lea edx, [edx*2]
%%next:
%endmacro

%macro JCC_FWD_SHORT 16
  %rep 16
    JCC_FWD1 %1
    %rotate 1
  %endrep
%endmacro
%macro JCC_BACK_NEAR 16
  %rep 16
    JCC_BACK1 %1
    %rotate 1
  %endrep
%endmacro

%macro JCC_MASK 2
    xor edx, edx
    SETF %1
    JCC_FWD_SHORT CCS_DOWN
    CHECK dx, %2, "Jcc short mask"
    xor edx, edx
    SETF %1
    JCC_BACK_NEAR CCS_DOWN
    CHECK dx, %2, "Jcc near mask"
%endmacro

%macro ALL_STATES 0
    JCC_MASK 0, 0xAAAA
    JCC_MASK F_OF|F_SF|F_ZF|F_PF|F_CF, 0x6555
    JCC_MASK F_CF, 0xAA66
    JCC_MASK F_ZF, 0x6A5A
    JCC_MASK F_SF, 0x59AA
    JCC_MASK F_OF, 0x5AA9
    JCC_MASK F_PF, 0xA6AA
    JCC_MASK F_SF|F_OF, 0xA9A9
    JCC_MASK F_ZF|F_CF, 0x6A56
    JCC_MASK F_SF|F_ZF, 0x595A
%endmacro

TEST_START
    ALL_STATES
    PRINT "real mode ok", 10
    GO_PM32
    ALL_STATES
    PASS

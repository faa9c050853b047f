; BCD adjusts: DAA, DAS (CF AF SF ZF PF; OF undefined), AAA, AAS (CF AF; others undefined),
; AAM, AAD (SF ZF PF; others undefined) incl. non-decimal bases (D4 ib / D5 ib), and
; AAM 0 -> #DE in real mode (IVT) and protected mode (IDT), saved (E)IP at the AAM.
; SDM vol. 2A "DAA", "DAS", "AAA", "AAS", "AAM", "AAD" (operation pseudo code). Inputs that
; the SDM editions treat differently (AAA with AL >= 0FAH, AAS with AL < 6 when adjusting,
; DAS's CF when no high adjust happens after a low borrow) are avoided.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

MD  equ F_CF|F_AF|F_SF|F_ZF|F_PF       ; DAA/DAS defined flags
MA  equ F_CF|F_AF                      ; AAA/AAS
MM  equ F_SF|F_ZF|F_PF                 ; AAM/AAD

; ADJ prep-op, prep-operand, adjust, result-reg, result, mask, flags, init-ax [, flags before]
%macro ADJ 8-9 0
    mov ax, %8
    SETF %9
    %1 al, %2
    %3
    CHECK_FLAGS %6, %7
    CHECK %4, %5
%endmacro

%macro BCD_ALL 0
    ; DAA
    ADJ add, 0x27, daa, al, 0x42, MD, F_AF|F_PF, 0x0015
    ADJ add, 0x01, daa, al, 0x00, MD, F_CF|F_AF|F_ZF|F_PF, 0x0099
    ADJ add, 0x08, daa, al, 0x17, MD, F_AF|F_PF, 0x0009
    ADJ add, 0x90, daa, al, 0x80, MD, F_CF|F_SF, 0x0090
    ; AF=1 on entry with a decimal low digit: the low adjust still happens
    mov ax, 0
    SETF F_AF
    daa
    CHECK_FLAGS MD, F_AF|F_PF
    CHECK al, 0x06
    ; DAS
    ADJ sub, 0x15, das, al, 0x27, MD, F_AF|F_PF, 0x0042
    ADJ sub, 0x20, das, al, 0x90, MD, F_CF|F_SF|F_PF, 0x0010
    ADJ sub, 0x47, das, al, 0x88, MD, F_CF|F_AF|F_SF|F_PF, 0x0035
    ; AAA
    ADJ add, 0x08, aaa, ax, 0x0107, MA, F_CF|F_AF, 0x0009
    ADJ add, 0x03, aaa, ax, 0x0008, MA, 0, 0x0005
    ADJ add, 0x00, aaa, ax, 0x0202, MA, F_CF|F_AF, 0x010C
    ; AAS
    ADJ sub, 0x09, aas, ax, 0x0109, MA, F_CF|F_AF, 0x0208
    ADJ sub, 0x00, aas, ax, 0x0305, MA, 0, 0x0305, F_CF|F_AF
    ; AAM
    ADJ add, 0, aam, ax, 0x0603, MM, F_PF, 0x003F
    ADJ add, 0, {aam 16}, ax, 0x0F0F, MM, F_PF, 0x55FF
    ADJ add, 0, aam, ax, 0x0000, MM, F_ZF|F_PF, 0x0000
    ADJ add, 0, {aam 3}, ax, 0x2A01, MM, 0, 0x007F      ; 127 = 3*42 + 1
    ; AAD
    ADJ add, 0, aad, ax, 0x0043, MM, 0, 0x0607
    ADJ add, 0, {aad 16}, ax, 0x00FF, MM, F_SF|F_PF, 0x0F0F
    ADJ add, 0, aad, ax, 0x00E8, MM, F_SF|F_PF, 0x1234
    ADJ add, 0, aad, ax, 0x006A, MM, F_PF, 0x0A06
    ADJ add, 0, {aad 0}, ax, 0x0005, MM, F_PF, 0x7705
%endmacro

TEST_START
    BCD_ALL
    ; AAM 0 -> #DE through the IVT
    mov ax, 0x1234
    EXC_ARM .r1
.f1:
    aam 0
.r1:
    CHECK_EXC 0, NOERR, .f1
    CHECK ax, 0x1234
    PRINT "real mode ok", 10

    GO_PM32
    BCD_ALL
    mov ax, 0x00FF
    EXC_ARM .r2
.f2:
    aam 0
.r2:
    CHECK_EXC 0, NOERR, .f2
    CHECK ax, 0x00FF
    PASS

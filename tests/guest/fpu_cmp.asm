; x87 compares: FCOM/FCOMP/FCOMPP/FUCOM/FUCOMP/FUCOMPP (register, m32, m64), FICOM/FICOMP
; (m16, m32), FTST, FXAM on every class, and FCOMI/FCOMIP/FUCOMI/FUCOMIP into EFLAGS
; (ZF PF CF, with OF SF AF cleared); QNaN vs SNaN rules of the ordered and unordered
; forms; the pops. Last, the SDM's rule that an unmasked #IA leaves the condition codes
; and ZF/PF/CF as they were.
; SDM vol. 2: FCOM (table 3-21: C3 C2 C0 = 000 >, 001 <, 100 =, 111 unordered; C1 = 0),
; FCOMI (table 3-23, "set only if the exception is masked"; OF SF AF zeroed regardless),
; FTST, FXAM (table 3-40); vol. 1, 8.3.11.
; expect-exit: 1
; expect-output: PASS
; qemu-deviation: QEMU 7.2 keeps OF SF AF in FCOMI and kin (SDM vol. 2, FCOMI: "set the OF, SF and AF flags to zero"), and sets the condition codes and ZF/PF/CF even when an unmasked invalid-arithmetic-operand exception is raised (FCOM table 3-21 note, FCOMI "set only if the exception is masked")
%include "tern.inc"

%macro CHECK_SW 2-3 "status word"
    fnstsw ax
    and ax, %1
    CHECK ax, %2, %3
%endmacro
SW_CC   equ 0x4700
CC_GT   equ 0x0000
CC_LT   equ 0x0100
CC_EQ   equ 0x4000
CC_UN   equ 0x4500
SW_TOP  equ 0x3800
F_ZPC   equ F_ZF|F_PF|F_CF

%macro LD32 1                           ; push a float32 given as bits
    mov dword [m32], %1
    fld dword [m32]
%endmacro

[absolute TESTVARS]
m16:    resw 1
m32:    resd 1
m64:    resq 1
t80:    rest 1
cw:     resw 1

TEST_START
    GO_PM32
    fninit
    ; ---- FCOM ST(i): st0 vs st1 ----
    LD32 0x40000000                     ; 2
    LD32 0x3F800000                     ; 1: st0 = 1, st1 = 2
    fcom st1
    CHECK_SW SW_CC, CC_LT
    fxch st1
    fcom st1
    CHECK_SW SW_CC, CC_GT
    fld st0
    fcom st1
    CHECK_SW SW_CC, CC_EQ
    fcomp st1                           ; pops once
    CHECK_SW SW_TOP, 0x3000
    fcompp                              ; 2 vs 1, pops twice
    CHECK_SW SW_CC|SW_TOP, CC_GT
    ; memory forms
    LD32 0x3F800000                     ; 1
    mov dword [m32], 0x3F800001
    fcom dword [m32]
    CHECK_SW SW_CC, CC_LT
    mov dword [m64], 0
    mov dword [m64+4], 0xBFF00000       ; -1.0
    fcom qword [m64]
    CHECK_SW SW_CC, CC_GT
    mov word [m16], 1
    ficom word [m16]
    CHECK_SW SW_CC, CC_EQ
    mov dword [m32], -5
    ficomp dword [m32]                  ; pops
    CHECK_SW SW_CC|SW_TOP, CC_GT
    ; +0 and -0 are equal
    fldz
    fchs
    fldz
    fucompp
    CHECK_SW SW_CC|SW_TOP, CC_EQ

    ; ---- NaNs: FCOM is invalid for any NaN, FUCOM only for SNaN ----
    fnclex
    LD32 0x3F800000
    LD32 0x7FC00000                     ; QNaN
    fucom st1
    CHECK_SW SW_CC|0x3F, CC_UN
    fcom st1
    CHECK_SW SW_CC|0x3F, CC_UN|1
    fnclex
    fstp st0
    mov dword [m32], 0x7F800001         ; SNaN (float32)
    fcom dword [m32]
    CHECK_SW SW_CC|0x3F, CC_UN|1
    fnclex
    ; FTST
    ftst                                ; st0 = 1
    CHECK_SW SW_CC, CC_GT
    fchs
    ftst
    CHECK_SW SW_CC, CC_LT
    fstp st0
    fldz
    ftst
    CHECK_SW SW_CC, CC_EQ
    fstp st0
    CHECK_SW SW_TOP, 0

    ; ---- FXAM classes (C3 C2 C0, C1 = sign) ----
%macro XAM 3                            ; pushed value (float32 bits), expected CC, text
    LD32 %1
    fxam
    CHECK_SW SW_CC, %2, %3
    fstp st0
%endmacro
    XAM 0x3F800000, 0x0400, "fxam +normal"
    XAM 0xBF800000, 0x0600, "fxam -normal"
    XAM 0x00000000, 0x4000, "fxam +0"
    XAM 0x80000000, 0x4200, "fxam -0"
    XAM 0x7F800000, 0x0500, "fxam +inf"
    XAM 0xFF800000, 0x0700, "fxam -inf"
    XAM 0x7FC00000, 0x0100, "fxam NaN"
    ; a denormal: float32 denormals become normal floatx80, so load one as m80
    mov dword [t80], 1
    mov dword [t80+4], 0
    mov word [t80+8], 0
    fld tword [t80]
    fxam
    CHECK_SW SW_CC, 0x4400, "fxam denormal"
    fstp st0
    ; an unnormal (integer bit clear, exponent not 0) is unsupported: 000
    mov dword [t80+4], 0x40000000
    mov word [t80+8], 0x3FFF
    fld tword [t80]
    fxam
    CHECK_SW SW_CC, 0x0000, "fxam unsupported"
    fstp st0
    fxam                                ; empty: C3 C0 = 1 1 (C1 the sign of the contents)
    CHECK_SW 0x4500, 0x4100, "fxam empty"

    ; ---- FCOMI family: ZF PF CF (OF SF AF: checked at the end) ----
    fninit
    LD32 0x40000000                     ; 2
    LD32 0x3F800000                     ; st0 = 1, st1 = 2
    SETF F_ZF|F_PF
    fcomi st0, st1
    CHECK_FLAGS F_ZPC, F_CF
    SETF F_ZPC
    fxch st1
    fcomi st0, st1
    CHECK_FLAGS F_ZPC, 0
    fld st0
    SETF 0
    fucomi st0, st1
    CHECK_FLAGS F_ZPC, F_ZF
    fucomip st0, st1                    ; pops
    CHECK_SW SW_TOP, 0x3000
    fcomip st0, st1                     ; 2 vs 1, pops
    CHECK_FLAGS F_ZPC, 0
    CHECK_SW SW_TOP|0x3F, 0x3800
    fstp st0
    ; unordered: ZF PF CF all set; FCOMI flags a QNaN, FUCOMI does not
    LD32 0x3F800000
    LD32 0xFFC00000
    fucomi st0, st1
    CHECK_FLAGS F_ZPC, F_ZPC
    CHECK_SW 0x3F, 0
    SETF 0
    fcomi st0, st1
    CHECK_FLAGS F_ZPC, F_ZPC
    CHECK_SW 0x3F, 1
    fninit

    QEMU_DEVIATION "FCOMI zeroes OF SF AF; unmasked #IA keeps the condition codes and ZF PF CF"
    ; OF SF AF are zeroed by the FCOMI family (vol. 2, FCOMI)
    LD32 0x40000000
    LD32 0x3F800000
    SETF F_OF|F_SF|F_AF
    fcomi st0, st1
    CHECK_FLAGS F_ARITH, F_CF
    SETF F_ARITH
    fucomip st0, st0
    CHECK_FLAGS F_ARITH, F_ZF
    fninit
    ; IE unmasked: FCOM of a QNaN raises #IA, sets ES, and the condition codes stay; no
    ; pop. (Only non-waiting instructions until FNCLEX: CR0.NE is 0 here, but keep it so.)
    mov word [cw], 0x037E
    fldcw [cw]
    LD32 0x3F800000
    LD32 0x40000000                     ; st0 = 2, st1 = 1: FCOM st1 sets "greater" ...
    fcom st1
    LD32 0x7FC00000                     ; ... then a QNaN compare
    fcomp st2
    CHECK_SW SW_CC|SW_TOP|0xFF, 0x2881, "unmasked #IA: CC and TOP kept"
    fnclex
    SETF F_CF|F_OF
    fucomip st0, st2                    ; QNaN: no #IA for the unordered form: flags set
    CHECK_FLAGS F_ARITH, F_ZPC
    LD32 0x7FC00000
    SETF F_CF|F_OF|F_SF
    fcomi st0, st1                      ; QNaN: #IA unmasked: ZF PF CF stay, OF SF cleared
    CHECK_FLAGS F_ARITH, F_CF
    CHECK_SW 0x00FF, 0x0081
    fninit
    PASS

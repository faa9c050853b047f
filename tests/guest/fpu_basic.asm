; x87 basics: FNINIT state, constants under every rounding control, loads and stores of
; every format (m32/m64/m80 real, m16/m32/m64 integer, packed BCD), arithmetic forms
; (register, P, memory, integer) under precision control, FXCH/FCHS/FABS/FRNDINT/FSCALE/
; FXTRACT/FPREM/FPREM1, TOP and tags (FDECSTP/FINCSTP/FFREE), FCMOVcc, FISTTP (or #UD
; without SSE3), and last the power-on state and the stack faults.
; SDM vol. 1, 8.1 (state, tags), 8.1.5 (PC, RC), 8.3 (instructions), 8.5.1.1 (stack
; faults); vol. 3, 10.1 table 10-1 (power-on: CW 0040H, SW 0, tag 5555H); vol. 2 per
; instruction (FINIT: CW 037FH; FLDPI and kin: rounded by RC; FPREM: C0 C3 C1 = Q2 Q1 Q0).
; Expected encodings worked out with exact rational arithmetic.
; expect-exit: 1
; expect-output: PASS
; qemu-deviation: QEMU 7.2 resets the x87 to the FNINIT state (CW 037FH, all empty) instead of CW 0040H / tags 5555H (SDM vol. 3, table 10-1); has no x87 stack faults (vol. 1, 8.5.1.1) and no C1 round-up bit (8.1.3.1); FST ST(i) leaves the destination's tag; FPREM1 reports wrong quotient bits (vol. 2, FPREM1)
%include "tern.inc"

; ST(0) as its 80-bit encoding, popped: sign+exponent word, high and low significand dwords
%macro CHECK_ST0P 3
    fstp tword [t80]
    CHECK word [t80+8], %1
    CHECK dword [t80+4], %2
    CHECK dword [t80], %3
%endmacro
; (status word & mask) == value
%macro CHECK_SW 2
    fnstsw ax
    and ax, %1
    CHECK ax, %2
%endmacro
%macro SET_CW 1
    mov word [cw], %1
    fldcw [cw]
%endmacro

SW_CC   equ 0x4700
SW_TOP  equ 0x3800
SW_EXC  equ 0x00FF

[absolute TESTVARS]
t80:    rest 1
po_cw:  resw 1
po_sw:  resw 1
        resw 1
po_env: resb 14
env:    resb 28
env2:   resb 28
cw:     resw 1
m16:    resw 1
m32:    resd 1
m64:    resq 1
bcd:    rest 1
tmp:    resq 1

TEST_START
    ; The power-on state, before anything touches the FPU (checked at the end).
    fnstcw [po_cw]
    fnstsw [po_sw]
    fnstenv [po_env]                    ; 16-bit real-mode layout: tag word at +4
    fninit
    fnstcw [cw]
    CHECK word [cw], 0x037F, "FNINIT control word"
    CHECK_SW 0xFFFF, 0
    fnstenv [env]
    CHECK word [env+4], 0xFFFF, "FNINIT tag word: all empty"
    fld1
    fld1
    faddp st1, st0
    fistp word [m16]
    CHECK word [m16], 2, "real mode 1+1"

    GO_PM32
    fninit
    ; ---- constants (vol. 2, FLD1/FLDL2T/.../FLDZ; RC applies, vol. 1, 8.3.4) ----
    fld1
    CHECK_ST0P 0x3FFF, 0x80000000, 0
    fldz
    CHECK_ST0P 0x0000, 0, 0
    fldpi
    CHECK_ST0P 0x4000, 0xC90FDAA2, 0x2168C235
    fldl2e
    CHECK_ST0P 0x3FFF, 0xB8AA3B29, 0x5C17F0BC
    fldl2t
    CHECK_ST0P 0x4000, 0xD49A784B, 0xCD1B8AFE
    fldlg2
    CHECK_ST0P 0x3FFD, 0x9A209A84, 0xFBCFF799
    fldln2
    CHECK_ST0P 0x3FFE, 0xB17217F7, 0xD1CF79AC
    SET_CW 0x077F                       ; RC = down
    fldpi
    CHECK_ST0P 0x4000, 0xC90FDAA2, 0x2168C234
    SET_CW 0x0B7F                       ; RC = up
    fldpi
    CHECK_ST0P 0x4000, 0xC90FDAA2, 0x2168C235
    SET_CW 0x0F7F                       ; RC = toward zero
    fldln2
    CHECK_ST0P 0x3FFE, 0xB17217F7, 0xD1CF79AB
    CHECK_SW SW_EXC, 0                  ; no #P from the constants
    SET_CW 0x037F

    ; ---- loads and stores ----
    mov dword [m32], 0x3FC00000         ; 1.5f
    fld dword [m32]
    fst qword [m64]
    CHECK dword [m64+4], 0x3FF80000
    CHECK dword [m64], 0
    CHECK_ST0P 0x3FFF, 0xC0000000, 0
    mov dword [m64], 0x9999999A         ; 0.1 (double)
    mov dword [m64+4], 0x3FB99999
    fld qword [m64]
    CHECK_ST0P 0x3FFB, 0xCCCCCCCC, 0xCCCCD000
    fld1
    mov word [m16], 3
    fidiv word [m16]                    ; 1/3, 64-bit precision
    fst dword [m32]                     ; rounded to nearest: up
    CHECK dword [m32], 0x3EAAAAAB
    CHECK_SW 0x0020, 0x0020             ; #P (C1 = rounded up: checked at the end)
    fstp tword [t80]
    CHECK dword [t80], 0xAAAAAAAB
    fld tword [t80]
    fstp qword [m64]
    CHECK dword [m64+4], 0x3FD55555
    CHECK dword [m64], 0x55555555
    fnclex
    mov word [m16], -1234
    fild word [m16]
    fstp qword [m64]
    CHECK dword [m64+4], 0xC0934800
    CHECK dword [m64], 0
    mov dword [m32], 0x7FFFFFFF
    fild dword [m32]
    CHECK_ST0P 0x401D, 0xFFFFFFFE, 0
    mov dword [m64], 0xFFFFFFFF
    mov dword [m64+4], 0x7FFFFFFF
    fild qword [m64]
    fistp qword [tmp]
    CHECK dword [tmp], 0xFFFFFFFF
    CHECK dword [tmp+4], 0x7FFFFFFF
    ; FIST of 2.5 and -2.5 under each RC (vol. 1, table 4-8)
%macro FIST_RC 3                        ; control word, result of 2.5, of -2.5
    SET_CW %1
    mov dword [m32], 0x40200000
    fld dword [m32]
    fistp word [m16]
    CHECK word [m16], %2
    mov dword [m32], 0xC0200000
    fld dword [m32]
    fistp word [m16]
    CHECK word [m16], %3
%endmacro
    FIST_RC 0x037F, 2, 0xFFFE
    FIST_RC 0x077F, 2, 0xFFFD
    FIST_RC 0x0B7F, 3, 0xFFFE
    FIST_RC 0x0F7F, 2, 0xFFFE
    SET_CW 0x037F
    fnclex
    mov dword [m32], 0x471C4000         ; 40000.0 does not fit a word
    fld dword [m32]
    fist word [m16]
    CHECK word [m16], 0x8000, "integer indefinite"
    CHECK_SW 0x0001, 0x0001
    fstp st0
    fnclex
    ; packed BCD
    mov dword [bcd], 0x34567890
    mov dword [bcd+4], 0x00000012
    mov word [bcd+8], 0x0000
    fbld tword [bcd]
    fistp qword [tmp]
    CHECK dword [tmp], 1234567890
    CHECK dword [tmp+4], 0
    mov dword [m32], -987654321
    fild dword [m32]
    fbstp tword [bcd]
    CHECK dword [bcd], 0x87654321
    CHECK dword [bcd+4], 0x00000009
    CHECK word [bcd+8], 0x8000

    ; ---- arithmetic ----
    mov word [m16], 10
    fild word [m16]
    mov word [m16], 4
    fild word [m16]                     ; st0 = 4, st1 = 10
    fdivr st0, st1                      ; st0 = st1 / st0 = 2.5
    CHECK_ST0P 0x4000, 0xA0000000, 0    ; 2.5; then st0 = 10
    mov word [m16], 4
    fild word [m16]
    fdiv st1, st0                       ; st1 = 10 / 4
    fsubr st1, st0                      ; st1 = 4 - 2.5 = 1.5
    fstp st0
    CHECK_ST0P 0x3FFF, 0xC0000000, 0
    fld1
    mov dword [m32], 0x40400000         ; 3.0f
    fsub dword [m32]                    ; 1 - 3
    fmul dword [m32]                    ; -6
    mov word [m16], 2
    fisubr word [m16]                   ; 2 - (-6) = 8
    fchs
    mov dword [m64], 0
    mov dword [m64+4], 0x40100000       ; 4.0
    fdivr qword [m64]                   ; 4 / -8 = -0.5
    CHECK_ST0P 0xBFFE, 0x80000000, 0
    mov word [m16], 2
    fild word [m16]
    fsqrt
    CHECK_ST0P 0x3FFF, 0xB504F333, 0xF9DE6484
    ; precision control (vol. 1, 8.1.5.2): 1/3 to 24 and 53 bits
    SET_CW 0x007F
    fld1
    mov word [m16], 3
    fidiv word [m16]
    CHECK_ST0P 0x3FFD, 0xAAAAAB00, 0
    SET_CW 0x027F
    fld1
    fidiv word [m16]
    CHECK_ST0P 0x3FFD, 0xAAAAAAAA, 0xAAAAA800
    SET_CW 0x0A7F                       ; 53 bits, round up
    fld1
    fld1
    faddp st1, st0
    fidiv word [m16]
    CHECK_ST0P 0x3FFE, 0xAAAAAAAA, 0xAAAAB000
    SET_CW 0x037F
    fnclex
    ; P forms and ST(i) destinations
    fld1                                ; 1
    fld1
    fadd st0, st0                       ; 2 1
    fld st1                             ; 1 2 1
    faddp st2, st0                      ; 2 2
    fmulp st1, st0                      ; 4
    fld1
    fsubp st1, st0                      ; 4 - 1 = 3
    fld1
    fsubrp st1, st0                     ; 1 - 3 = -2
    fld1
    fdivrp st1, st0                     ; 1 / -2
    CHECK_ST0P 0xBFFE, 0x80000000, 0
    CHECK_SW SW_TOP, 0

    ; ---- FXCH FCHS FABS FRNDINT FSCALE FXTRACT FPREM FPREM1 ----
    fld1
    fldz
    fxch st1
    CHECK_ST0P 0x3FFF, 0x80000000, 0
    fchs
    CHECK_ST0P 0x8000, 0, 0             ; -0
    mov dword [m32], 0xC0200000         ; -2.5
    fld dword [m32]
    fabs
    frndint                             ; nearest even: 2
    CHECK_ST0P 0x4000, 0x80000000, 0
    mov word [m16], 3
    fild word [m16]
    mov dword [m32], 0x3FC00000         ; 1.5
    fld dword [m32]
    fscale                              ; 1.5 * 2^3
    CHECK_ST0P 0x4002, 0xC0000000, 0
    fstp st0
    mov word [m16], 12
    fild word [m16]
    fxtract                             ; st0 = 1.5, st1 = 3
    CHECK_ST0P 0x3FFF, 0xC0000000, 0
    CHECK_ST0P 0x4000, 0xC0000000, 0
    mov word [m16], 3
    fild word [m16]
    mov word [m16], 10
    fild word [m16]
    fprem                               ; 10 = 3*3 + 1: Q = 3 -> C0=0 C3=1 C1=1, C2=0
    CHECK_SW SW_CC, 0x4200
    CHECK_ST0P 0x3FFF, 0x80000000, 0
    mov word [m16], 11
    fild word [m16]
    fprem1                              ; 11 = 4*3 - 1 (C0 C3 C1 checked at the end)
    CHECK_ST0P 0xBFFF, 0x80000000, 0
    fstp st0

    ; ---- TOP and tags ----
    fninit
    fld1                                ; R7 valid
    fldz                                ; R6 zero
    mov dword [m32], 0x7F800000
    fld dword [m32]                     ; R5 special (infinity)
    fnstenv [env]
    CHECK word [env+8], 0x1BFF, "tag word"
    CHECK word [env+4], 0x2800, "TOP = 5"
    fdecstp
    fdecstp
    CHECK_SW SW_TOP, 0x1800
    fincstp
    fincstp
    fincstp                             ; TOP = 6
    ffree st1                           ; R7 empty
    fnstenv [env]
    CHECK word [env+8], 0xDBFF
    CHECK word [env+4], 0x3000
    fst st1                             ; R7 = 0 again, tag zero (checked at the end)
    fnstenv [env2]
    fninit

    ; ---- FCMOVcc (vol. 2): the EFLAGS conditions of JB JE JBE JP and negations ----
    fld1
    fldz                                ; st0 = 0, st1 = 1
    mov eax, 1
    cmp eax, 2                          ; CF=1 ZF=0
    fcmovnb st0, st1
    fcmove st0, st1
    fcmovnbe st0, st1
    fst dword [m32]
    CHECK dword [m32], 0, "fcmov not taken"
    fcmovb st0, st1
    fst dword [m32]
    CHECK dword [m32], 0x3F800000, "fcmovb taken"
    fstp st0
    fldz
    cmp eax, eax                        ; ZF=1 PF=1 CF=0
    fcmovu st0, st1
    fst dword [m32]
    CHECK dword [m32], 0x3F800000, "fcmovu taken"
    fninit

    ; ---- FISTTP (SSE3): truncates whatever RC says; #UD without SSE3 ----
    mov eax, 1
    cpuid
    test ecx, 1
    jz .no_sse3
    mov dword [m32], 0x402CCCCD         ; 2.7f
    fld dword [m32]
    fisttp word [m16]
    CHECK word [m16], 2
    mov dword [m32], 0xC02CCCCD
    fld dword [m32]
    fisttp dword [m32]
    CHECK dword [m32], 0xFFFFFFFE
    jmp .sse3_done
.no_sse3:
    EXC_ARM .ud
.fisttp:
    fisttp word [m16]
.ud:
    CHECK_EXC 6, NOERR, .fisttp
.sse3_done:

    QEMU_DEVIATION "power-on x87 state and stack faults"
    ; power-on: CW 0040H, SW 0, tag word 5555H (every register +0.0)
    CHECK word [po_cw], 0x0040, "power-on control word"
    CHECK word [po_sw], 0, "power-on status word"
    CHECK word [po_env+4], 0x5555, "power-on tag word"
    ; C1 after a rounded store: 1 when the magnitude was rounded up (vol. 1, 8.1.3.1)
    fninit
    fld1
    mov word [m16], 3
    fidiv word [m16]
    fst dword [m32]                     ; ...AAAB: up
    CHECK_SW 0x0220, 0x0220
    fstp qword [m64]                    ; ...5555: down
    CHECK_SW 0x0220, 0x0020
    ; FST ST(i) into an empty register tags it by its new contents
    CHECK word [env2+8], 0x5BFF, "tag word after fst st1"
    ; FPREM1 rounds the quotient to nearest: 11 / 3 -> Q = 4: C0=Q2=1, C3=Q1=0, C1=Q0=0
    fninit
    mov word [m16], 3
    fild word [m16]
    mov word [m16], 11
    fild word [m16]
    fprem1
    CHECK_SW SW_CC, 0x0100
    ; stack overflow, masked: IE SF C1=1, the indefinite pushed (vol. 1, 8.5.1.1)
    fninit
    mov ecx, 8
.fill:
    fld1
    loop .fill
    fldz
    CHECK_SW 0x3FFF, 0x3A41
    CHECK_ST0P 0xFFFF, 0xC0000000, 0
    ; underflow, masked: IE SF C1=0, the indefinite as result
    fninit
    fnclex
    fld1
    fadd st0, st3
    CHECK_SW 0x3FFF, 0x3841
    CHECK_ST0P 0xFFFF, 0xC0000000, 0
    PASS

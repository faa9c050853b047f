; SSE/SSE2/SSE3/SSE4.1 floating point with masked exceptions: the four rounding modes
; (1/3, signed zeros), NaN propagation (first operand wins, SNaN quietened, default NaN for
; invalid operations), divide by zero, SQRT, MIN/MAX (second operand for NaNs and zeros),
; CMPPS predicates, (U)COMISS/COMISD EFLAGS, conversions with rounding, truncation and the
; integer indefinite, float64->float32 overflow/underflow, DAZ and FTZ, ROUNDPS modes,
; HADDPS/HSUBPS/ADDSUBPS, DPPS, scalar forms keeping the upper elements, RCPPS/RSQRTPS
; special values; MXCSR flags after each.
; SDM vol. 1, 4.8.3.4-4.8.3.5 (NaN rules, table 4-7), 4.8.4 (rounding), 10.2.3.3-10.2.3.4
; (FTZ, DAZ), 11.5.2 (exceptions), table 11-1; vol. 2 ADDPS, DIVPS, SQRTPS, MINPS ("If only
; one value is a NaN (SNaN or QNaN) ... the second operand is returned"), CMPPS (table 3-1),
; COMISS, CVTPS2DQ, CVTTSD2SI, CVTPD2PS, ROUNDPS, HADDPS, ADDSUBPS, DPPS, RCPPS, RSQRTPS.
; qemu-deviation: QEMU 7.2 returns the second of two QNaN operands and never sets MXCSR.DE;
; the SDM (vol. 1, table 4-7, "SSE: QNaN source operand 1"; 11.5.2.3 denormal operand) and
; the host CPU return the first and flag DE. Checked last.
; qemu-args: -cpu max
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
alignb 16
res:    resb 16
mx:     resd 1

QNAN equ 0x7FC00000
DNAN equ 0xFFC00000            ; the default (indefinite) NaN
INF  equ 0x7F800000
NINF equ 0xFF800000

CODE32
; vcheck (tests/guest/lib/check.inc): the result, stored by the caller at res, against
; [esi]; ebx = case number, edi = its name.
VCHECK_ROUTINE res, 4

%assign FCASE 0
; F "insn with xmm1, {src}", mxcsr, a0-a3, b0-b3, r0-r3, mxcsr after: runs the register form
; (xmm2) and, when the source may be memory, the memory form; checks xmm1 and MXCSR.
%macro F 15-16 1
  %assign FCASE FCASE + 1
    CODE16
    align 16
%%a: dd %3, %4, %5, %6
%%b: dd %7, %8, %9, %10
%%r: dd %11, %12, %13, %14
%defstr %%s %1
%%n: db %%s, 0
    CODE32
    mov ebx, FCASE
    mov esi, LIN16(%%r)
    mov edi, LIN16(%%n)
    mov dword [mx], %2
    ldmxcsr [mx]
    movdqa xmm1, [LIN16(%%a)]
    movdqa xmm2, [LIN16(%%b)]
    %1 xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    stmxcsr [mx]
    CHECK dword [mx], %15, "MXCSR"
  %if %16
    mov dword [mx], %2
    ldmxcsr [mx]
    movdqa xmm1, [LIN16(%%a)]
    %1 xmm1, [LIN16(%%b)]
    movdqu [res], xmm1
    call vcheck
    stmxcsr [mx]
    CHECK dword [mx], %15, "MXCSR (memory form)"
  %endif
%endmacro
; the same with an imm8 operand
%macro FI 16
  %assign FCASE FCASE + 1
    CODE16
    align 16
%%a: dd %3, %4, %5, %6
%%b: dd %7, %8, %9, %10
%%r: dd %11, %12, %13, %14
%defstr %%s %1
%%n: db %%s, 0
    CODE32
    mov ebx, FCASE
    mov esi, LIN16(%%r)
    mov edi, LIN16(%%n)
    mov dword [mx], %2
    ldmxcsr [mx]
    movdqa xmm1, [LIN16(%%a)]
    movdqa xmm2, [LIN16(%%b)]
    %1 xmm1, xmm2, %16
    movdqu [res], xmm1
    call vcheck
    stmxcsr [mx]
    CHECK dword [mx], %15, "MXCSR"
    mov dword [mx], %2
    ldmxcsr [mx]
    movdqa xmm1, [LIN16(%%a)]
    %1 xmm1, [LIN16(%%b)], %16
    movdqu [res], xmm1
    call vcheck
%endmacro

RN equ 0x1F80
RD equ 0x3F80
RU equ 0x5F80
RZ equ 0x7F80
IE equ 0x01
DE equ 0x02
ZE equ 0x04
OE equ 0x08
UE equ 0x10
PE equ 0x20
DAZ equ 0x40
FTZ equ 0x8000

TEST_START
    mov eax, cr4
    or eax, 1 << 9                  ; OSFXSR
    mov cr4, eax
    GO_PM32

    ; ---- arithmetic, rounding, signed zeros ----
    F addps, RN, 0x3FC00000, 0x40100000, 0xBF800000, 0x3F000000, \
                 0x40100000, 0x3FC00000, 0x3F800000, 0x3E800000, \
                 0x40700000, 0x40700000, 0x00000000, 0x3F400000, RN
    F addps, RD, 0x3FC00000, 0x40100000, 0xBF800000, 0x3F000000, \
                 0x40100000, 0x3FC00000, 0x3F800000, 0x3E800000, \
                 0x40700000, 0x40700000, 0x80000000, 0x3F400000, RD
    F subps, RN, 0x40400000, 0x3F800000, 0x00000000, 0x80000000, \
                 0x3F800000, 0x40400000, 0x00000000, 0x00000000, \
                 0x40000000, 0xC0000000, 0x00000000, 0x80000000, RN
    F mulps, RN, 0x3FC00000, 0x3F000000, 0x40400000, 0x40000000, \
                 0x40000000, 0x3F000000, 0xBF800000, 0x41000000, \
                 0x40400000, 0x3E800000, 0xC0400000, 0x41800000, RN
    ; 1/3 and -1/3 in each rounding mode
    F divps, RN, 0x3F800000, 0xBF800000, 0x40C00000, 0x40000000, \
                 0x40400000, 0x40400000, 0x40000000, 0x40000000, \
                 0x3EAAAAAB, 0xBEAAAAAB, 0x40400000, 0x3F800000, RN | PE
    F divps, RD, 0x3F800000, 0xBF800000, 0x40C00000, 0x40000000, \
                 0x40400000, 0x40400000, 0x40000000, 0x40000000, \
                 0x3EAAAAAA, 0xBEAAAAAB, 0x40400000, 0x3F800000, RD | PE
    F divps, RU, 0x3F800000, 0xBF800000, 0x40C00000, 0x40000000, \
                 0x40400000, 0x40400000, 0x40000000, 0x40000000, \
                 0x3EAAAAAB, 0xBEAAAAAA, 0x40400000, 0x3F800000, RU | PE
    F divps, RZ, 0x3F800000, 0xBF800000, 0x40C00000, 0x40000000, \
                 0x40400000, 0x40400000, 0x40000000, 0x40000000, \
                 0x3EAAAAAA, 0xBEAAAAAA, 0x40400000, 0x3F800000, RZ | PE
    ; division by zero, 0/0, inf*0, inf-inf
    F divps, RN, 0x3F800000, 0xBF800000, 0x00000000, 0x40000000, \
                 0x00000000, 0x00000000, 0x00000000, 0x40000000, \
                 INF, NINF, DNAN, 0x3F800000, RN | ZE | IE
    F mulps, RN, INF, 0x00000000, INF, 0x3F800000, \
                 0x00000000, NINF, 0xBF800000, 0x3F800000, \
                 DNAN, DNAN, NINF, 0x3F800000, RN | IE
    F addps, RN, INF, NINF, INF, 0x3F800000, \
                 NINF, NINF, 0x3F800000, 0x3F800000, \
                 DNAN, NINF, INF, 0x40000000, RN | IE
    ; NaN operands: a QNaN passes through without a flag; an SNaN is quietened with IE;
    ; with two NaNs the first operand's is returned
    F addps, RN, 0x7FC00001, 0x3F800000, 0x7F800001, 0x7FC00005, \
                 0x3F800000, 0xFFC00002, 0x3F800000, 0x7F800006, \
                 0x7FC00001, 0xFFC00002, 0x7FC00001, 0x7FC00005, RN | IE
    ; SQRT: -1 is invalid, -0 stays -0
    F sqrtps, RN, 0, 0, 0, 0, \
                  0x40800000, 0x40100000, 0xBF800000, 0x80000000, \
                  0x40000000, 0x3FC00000, DNAN, 0x80000000, RN | IE
    ; MIN/MAX: the second operand for a NaN (QNaN included: IE) or two zeros
    F minps, RN, 0x3F800000, 0x7FC00000, 0x80000000, 0x40000000, \
                 0x40000000, 0x40400000, 0x00000000, 0x7FC00009, \
                 0x3F800000, 0x40400000, 0x00000000, 0x7FC00009, RN | IE
    F maxps, RN, 0x3F800000, 0xC0000000, 0x00000000, 0x40000000, \
                 0x40000000, 0xC0400000, 0x80000000, 0x3F800000, \
                 0x40000000, 0xC0000000, 0x80000000, 0x40000000, RN
    ; CMPPS: EQ LT LE UNORD NEQ NLT NLE ORD on 1 vs 2, 2 vs 2, QNaN vs 1, -0 vs +0
%macro CMPS 3
    FI cmpps, RN, 0x3F800000, 0x40000000, 0x7FC00000, 0x80000000, \
                  0x40000000, 0x40000000, 0x3F800000, 0x00000000, %2, RN | %3, %1
%endmacro
    CMPS 0, {0, -1, 0, -1}, 0
    CMPS 1, {-1, 0, 0, 0}, IE
    CMPS 2, {-1, -1, 0, -1}, IE
    CMPS 3, {0, 0, -1, 0}, 0
    CMPS 4, {-1, 0, -1, 0}, 0
    CMPS 5, {0, -1, -1, -1}, IE
    CMPS 6, {0, 0, -1, 0}, IE
    CMPS 7, {-1, -1, 0, -1}, 0
    ; conversions: round to nearest even, truncation, out of range -> 80000000H (IE)
    F cvtps2dq, RN, 0, 0, 0, 0, \
                    0x40200000, 0x40600000, 0xC0200000, 0x501502F9, \
                    2, 4, -2, 0x80000000, RN | IE | PE
    F cvtps2dq, RD, 0, 0, 0, 0, \
                    0x40200000, 0x40600000, 0xC0200000, 0x7FC00000, \
                    2, 3, -3, 0x80000000, RD | IE | PE
    F cvttps2dq, RN, 0, 0, 0, 0, \
                     0x40200000, 0xC02CCCCD, 0x3F000000, 0xCF000000, \
                     2, -2, 0, 0x80000000, RN | PE
    F cvtdq2ps, RN, 0, 0, 0, 0, \
                    1, -3, 16777217, 0x7FFFFFFF, \
                    0x3F800000, 0xC0400000, 0x4B800000, 0x4F000000, RN | PE
    ; float64 -> float32: 0.1 rounds (PE), 1e300 overflows, 1e-300 underflows
    F cvtpd2ps, RN, 0x11111111, 0x22222222, 0x33333333, 0x44444444, \
                    0x9999999A, 0x3FB99999, 0x8800759C, 0x7E37E43C, \
                    0x3DCCCCCD, INF, 0, 0, RN | OE | PE
    F cvtpd2ps, RN, 0x11111111, 0x22222222, 0x33333333, 0x44444444, \
                    0xC2F8F359, 0x01A56E1F, 0x00000000, 0xC0080000, \
                    0x00000000, 0xC0400000, 0, 0, RN | UE | PE
    F cvtps2pd, RN, 0, 0, 0, 0, \
                    0x3FC00000, 0x7F800001, 0, 0, \
                    0x00000000, 0x3FF80000, 0x20000000, 0x7FF80000, RN | IE
    ; DAZ: denormal operands read as zero, no DE; FTZ: a tiny result becomes zero (UE PE)
    F mulps, RN | DAZ, 0x00400000, 0x80400000, 0x3F800000, 0x3F800000, \
                       0x3F800000, 0x3F800000, 0x3F800000, 0x3F800000, \
                       0x00000000, 0x80000000, 0x3F800000, 0x3F800000, RN | DAZ
    F mulps, RN | FTZ, 0x00800000, 0x80800000, 0x3F800000, 0x0D800000, \
                       0x3F000000, 0x3F000000, 0x3F800000, 0x0D800000, \
                       0x00000000, 0x80000000, 0x3F800000, 0x00000000, RN | FTZ | UE | PE
    ; ROUNDPS imm8: nearest, down, up, truncate; bit 2 = MXCSR.RC; bit 3 = no #P
%macro RND 3
    FI roundps, RD, 0, 0, 0, 0, \
                    0x40200000, 0xC0200000, 0x3FC00000, 0xBF000000, %2, RD | %3, %1
%endmacro
    RND 0, {0x40000000, 0xC0000000, 0x40000000, 0x80000000}, PE
    RND 1, {0x40000000, 0xC0400000, 0x3F800000, 0xBF800000}, PE
    RND 2, {0x40400000, 0xC0000000, 0x40000000, 0x80000000}, PE
    RND 3, {0x40000000, 0xC0000000, 0x3F800000, 0x80000000}, PE
    RND 4, {0x40000000, 0xC0400000, 0x3F800000, 0xBF800000}, PE
    RND 8, {0x40000000, 0xC0000000, 0x40000000, 0x80000000}, 0
    ; SSE3 horizontal and alternating forms
    F haddps, RN, 0x3F800000, 0x40000000, 0x40400000, 0x40800000, \
                  0x40A00000, 0x40C00000, 0x40E00000, 0x41000000, \
                  0x40400000, 0x40E00000, 0x41300000, 0x41700000, RN
    F hsubps, RN, 0x3F800000, 0x40000000, 0x40400000, 0x40800000, \
                  0x40A00000, 0x40C00000, 0x40E00000, 0x41000000, \
                  0xBF800000, 0xBF800000, 0xBF800000, 0xBF800000, RN
    F addsubps, RN, 0x3F800000, 0x40000000, 0x40400000, 0x40800000, \
                    0x3F000000, 0x3F000000, 0x3F000000, 0x3F000000, \
                    0x3F000000, 0x40200000, 0x40200000, 0x40900000, RN
    ; DPPS: 1*5 + 2*6 + 3*7 + 4*8 = 70 into element 0; 1*5 + 2*6 = 17 into elements 2, 3
    FI dpps, RN, 0x3F800000, 0x40000000, 0x40400000, 0x40800000, \
                 0x40A00000, 0x40C00000, 0x40E00000, 0x41000000, \
                 0x428C0000, 0, 0, 0, RN, 0xF1
    FI dpps, RN, 0x3F800000, 0x40000000, 0x40400000, 0x40800000, \
                 0x40A00000, 0x40C00000, 0x40E00000, 0x41000000, \
                 0, 0, 0x41880000, 0x41880000, RN, 0x3C
    ; scalar forms keep elements 1-3 of the destination
    F addss, RN, 0x3FC00000, 0x11111111, 0x22222222, 0x33333333, \
                 0x40100000, 0x44444444, 0x55555555, 0x66666666, \
                 0x40700000, 0x11111111, 0x22222222, 0x33333333, RN
    F cvtss2sd, RN, 0x11111111, 0x22222222, 0x33333333, 0x44444444, \
                    0x3FC00000, 0x55555555, 0x66666666, 0x77777777, \
                    0x00000000, 0x3FF80000, 0x33333333, 0x44444444, RN
    F sqrtsd, RN, 0x11111111, 0x22222222, 0x33333333, 0x44444444, \
                  0x00000000, 0x40100000, 0x55555555, 0x66666666, \
                  0x00000000, 0x40000000, 0x33333333, 0x44444444, RN
    ; RCPPS / RSQRTPS special operands are exact (and raise no flags)
    F rcpps, RN, 0, 0, 0, 0, \
                 0x00000000, 0x80000000, INF, 0x7F800001, \
                 INF, NINF, 0x00000000, 0x7FC00001, RN
    F rsqrtps, RN, 0, 0, 0, 0, \
                   0x00000000, 0x80000000, INF, 0xBF800000, \
                   INF, NINF, 0x00000000, DNAN, RN

    ; ---- scalar conversions to and from general registers ----
    mov dword [mx], RN
    ldmxcsr [mx]
    mov eax, 0x40600000             ; 3.5 -> 4 (nearest even), truncated 3
    movd xmm3, eax
    cvtss2si eax, xmm3
    CHECK eax, 4
    cvttss2si eax, xmm3
    CHECK eax, 3
    mov dword [res], 0x9999999A     ; -2.7 as a double
    mov dword [res+4], 0xC0059999
    cvtsd2si eax, [res]
    CHECK eax, -3
    cvttsd2si eax, [res]
    CHECK eax, -2
    mov dword [res+4], 0x41E00000   ; 2^31: out of range
    mov dword [res], 0
    cvttsd2si eax, [res]
    CHECK eax, 0x80000000
    stmxcsr [mx]
    CHECK dword [mx], RN | IE | PE
    mov dword [mx], RN
    ldmxcsr [mx]
    mov eax, 16777217               ; 2^24 + 1 is not a float32: rounds to 2^24
    cvtsi2ss xmm4, eax
    movd eax, xmm4
    CHECK eax, 0x4B800000
    mov eax, -3
    cvtsi2sd xmm4, eax
    movq [res], xmm4
    CHECK dword [res], 0
    CHECK dword [res+4], 0xC0080000
    stmxcsr [mx]
    CHECK dword [mx], RN | PE

    ; ---- COMISS / UCOMISS: ZF PF CF = 000 greater, 001 less, 100 equal, 111 unordered;
    ;      OF SF AF cleared; COMISS flags QNaNs as invalid, UCOMISS only SNaNs ----
%macro COMI 5
    mov dword [mx], RN
    ldmxcsr [mx]
    mov eax, %2
    movd xmm5, eax
    mov eax, %3
    movd xmm6, eax
    SETF F_ARITH
    %1 xmm5, xmm6
    CHECK_FLAGS F_ARITH, %4
    stmxcsr [mx]
    CHECK dword [mx], RN | %5
%endmacro
    COMI comiss, 0x40000000, 0x3F800000, 0, 0
    COMI comiss, 0x3F800000, 0x40000000, F_CF, 0
    COMI comiss, 0x80000000, 0x00000000, F_ZF, 0
    COMI comiss, 0x7FC00000, 0x3F800000, F_ZF | F_PF | F_CF, IE
    COMI ucomiss, 0x7FC00000, 0x3F800000, F_ZF | F_PF | F_CF, 0
    COMI ucomiss, 0x7F800001, 0x3F800000, F_ZF | F_PF | F_CF, IE
    COMI ucomiss, NINF, 0xFF7FFFFF, F_CF, 0
    mov dword [res], 0
    mov dword [res+4], 0x3FF00000   ; 1.0
    mov dword [res+8], 0
    mov dword [res+12], 0x40000000  ; 2.0
    movq xmm5, [res+8]
    SETF 0
    comisd xmm5, [res]
    CHECK_FLAGS F_ARITH, 0
    ucomisd xmm5, [res+8]
    CHECK_FLAGS F_ARITH, F_ZF

    ; two QNaN operands: the first one is the result (table 4-7 for SSE; the host CPU too)
    QEMU_DEVIATION "two QNaNs: QEMU returns the second; no denormal-operand flag"
    ; a denormal operand without DAZ: DE (vol. 1, 11.5.2.3); exact tiny results: no UE
    F mulps, RN, 0x00400000, 0x00800000, 0x3F800000, 0x3F800000, \
                 0x3F800000, 0x3F000000, 0x3F800000, 0x3F800000, \
                 0x00400000, 0x00400000, 0x3F800000, 0x3F800000, RN | DE
    F mulps, RN, 0x7FC00001, 0x3F800000, 0x7FC00003, 0x3F800000, \
                 0x3F800000, 0x7FC00002, 0xFFC00004, 0x3F800000, \
                 0x7FC00001, 0x7FC00002, 0x7FC00003, 0x3F800000, RN
    PASS

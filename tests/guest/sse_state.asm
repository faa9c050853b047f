; The MMX/SSE execution environment: CPUID feature bits; CR4.OSFXSR (SSE instructions #UD
; without it, MMX ones run), CR0.EM (#UD for both), CR0.TS (#NM), EM before TS; MXCSR at
; power-on (1F80H), LDMXCSR #GP(0) on a reserved bit, DAZ writable (MXCSR_MASK FFFFH);
; 16-byte alignment of legacy SSE memory operands (#GP(0)) and the forms exempt from it;
; SIMD floating-point exceptions: masked default results, unmasked #XM (CR4.OSXMMEXCPT=1) or
; #UD (=0) with the destination unchanged, pre-computation flags only when one is unmasked;
; a VEX encoding is #UD (no AVX); a pending x87 exception is #MF before an MMX instruction;
; SSE in real mode with 16-bit addressing.
; SDM vol. 2A CPUID (table 3-10/3-11 feature bits); vol. 3A 2.5 (CR0.EM/TS, CR4.OSFXSR,
; OSXMMEXCPT), 13.1-13.2 and table 13-1; vol. 1 10.2.3 (MXCSR), 11.4.1 (alignment),
; 11.5.3 (exception procedure), 9.5-9.6 (MMX and x87); vol. 2 LDMXCSR, MOVUPS, LDDQU,
; PCMPISTRI ("alignment not required"), DIVPS, ADDPS; vol. 2 2.3.12 (VEX #UD).
; qemu-deviation: QEMU 7.2 loads reserved MXCSR bits without #GP (vol. 2B LDMXCSR: "#GP
; For an attempt to set reserved bits in MXCSR") and runs CVTPI2PS xmm, mm with
; CR4.OSFXSR = 0 (vol. 2A CVTPI2PS, table 23-5: #UD), and EMMS with CR0.EM = 1 (vol. 2A
; EMMS: #UD), and it raises #NM rather than #UD when CR0.EM and CR0.TS are both set (vol.
; 3A table 13-1: EM = 1 is #UD whatever TS), and it lets a misaligned PTEST m128 through
; (vol. 2B PTEST, exception type 4: #GP); the host CPU agrees with the SDM on the reserved
; MXCSR bits, CVTPI2PS and PTEST (tests/diff/ssediff). QEMU also never raises unmasked
; SIMD floating-point exceptions (#XM / #UD, vol. 1 11.5.3) and no #MF before an MMX
; instruction when an x87 exception is pending (vol. 2 "#MF If there is a pending x87 FPU
; exception") and leaves bits 64-79 of an x87 register alone when an MMX instruction
; writes it (vol. 1, 9.5.1: set to all ones), all of which the host does. Checked last.
; qemu-args: -cpu max
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

CR4_OSFXSR      equ 1 << 9
CR4_OSXMMEXCPT  equ 1 << 10
CR0_EM          equ 1 << 2
CR0_TS          equ 1 << 3

[absolute TESTVARS]
alignb 16
buf:    resb 64
xbuf:   resb 16
mx:     resd 1

; CHECKX xmmN, d0, d1, d2, d3: the four dwords of an XMM register (low first)
%macro CHECKX 5
    movdqu [xbuf], %1
    CHECK dword [xbuf], %2
    CHECK dword [xbuf+4], %3
    CHECK dword [xbuf+8], %4
    CHECK dword [xbuf+12], %5
%endmacro

; FAULTS vec, insn...: the instruction raises vec (error code 0) at its first byte
%macro FAULTS 2+
    EXC_ARM %%r
%%f:
    %2
%%r:
    CHECK_EXC %1, 0, %%f
%endmacro

%macro RUNS 1+
    %1
%endmacro

%macro SET_CR4 1
    mov eax, %1
    mov cr4, eax
%endmacro

TEST_START
    ; ---- real mode: SSE with 16-bit addressing once CR4.OSFXSR is set ----
    mov eax, cr4
    or eax, CR4_OSFXSR
    mov cr4, eax
    mov bx, buf
    mov dword [bx], 0x11111111
    mov dword [bx+4], 0x22222222
    mov dword [bx+8], 0x33333333
    mov dword [bx+12], 0x44444444
    movdqa xmm0, [bx]
    mov si, 4
    movdqu xmm1, [bx+si]            ; unaligned: fine
    paddd xmm0, xmm1
    movdqu [bx+si+16], xmm0
    CHECK dword [buf+20], 0x33333333
    CHECK dword [buf+24], 0x55555555
    CHECK dword [buf+28], 0x77777777
    PRINT "real mode ok", 10

    GO_PM32
    ; ---- CPUID: MMX SSE SSE2 FXSR; SSE3 SSSE3 SSE4.1 SSE4.2 POPCNT XSAVE; leaf 0DH ----
    xor eax, eax
    cpuid
    cmp eax, 0xD
    setae al
    CHECK al, 1, "maximum basic leaf >= 0DH"
    mov eax, 1
    cpuid
    and edx, (1 << 23) | (1 << 24) | (1 << 25) | (1 << 26)
    CHECK edx, (1 << 23) | (1 << 24) | (1 << 25) | (1 << 26), "MMX FXSR SSE SSE2"
    and ecx, (1 << 0) | (1 << 9) | (1 << 19) | (1 << 20) | (1 << 23) | (1 << 26) | (1 << 27)
    CHECK ecx, (1 << 0) | (1 << 9) | (1 << 19) | (1 << 20) | (1 << 23) | (1 << 26), "SSE3..XSAVE, no OSXSAVE"

    ; ---- CR4.OSFXSR = 0: SSE #UD, MMX fine ----
    SET_CR4 0
    FAULTS 6, addps xmm0, xmm1
    FAULTS 6, movd xmm0, eax
    FAULTS 6, stmxcsr [mx]
    FAULTS 6, pshufb xmm0, xmm1
    mov eax, 5
    movd mm0, eax
    paddd mm0, mm0
    pshufw mm1, mm0, 0x44           ; an SSE-era MMX instruction: no OSFXSR needed
    movd eax, mm1
    CHECK eax, 10
    emms

    ; ---- MXCSR ----
    SET_CR4 CR4_OSFXSR
    stmxcsr [mx]
    CHECK dword [mx], 0x1F80, "MXCSR at power-on"
    mov dword [mx], 0xFFFF          ; DAZ and all flags: accepted
    ldmxcsr [mx]
    mov dword [mx], 0
    stmxcsr [mx]
    CHECK dword [mx], 0xFFFF
    mov dword [mx], 0x1F80
    ldmxcsr [mx]

    ; ---- CR0.EM and CR0.TS ----
    mov ebx, cr0
    mov eax, ebx
    or eax, CR0_EM
    mov cr0, eax
    FAULTS 6, addps xmm0, xmm1
    FAULTS 6, paddb mm0, mm1
    FAULTS 6, ldmxcsr [mx]
    mov eax, ebx
    or eax, CR0_TS
    mov cr0, eax
    FAULTS 7, movaps xmm0, xmm1
    FAULTS 7, movq mm0, mm1
    FAULTS 7, stmxcsr [mx]
    clts
    movaps xmm0, xmm1

    ; ---- alignment of 16-byte operands ----
    mov dword [buf], 1
    mov dword [buf+4], 2
    mov dword [buf+8], 3
    mov dword [buf+12], 4
    mov dword [buf+16], 5
    mov dword [buf+20], 6
    mov dword [buf+24], 7
    mov dword [buf+28], 8
    FAULTS 13, movaps xmm0, [buf+8]
    FAULTS 13, movdqa xmm0, [buf+4]
    FAULTS 13, movdqa [buf+1], xmm0
    FAULTS 13, paddd xmm0, [buf+4]
    FAULTS 13, addps xmm0, [buf+12]
    FAULTS 13, movntdq [buf+8], xmm0
    FAULTS 13, pshufb xmm0, [buf+2]
    movups xmm0, [buf+4]
    CHECKX xmm0, 2, 3, 4, 5
    movdqu xmm1, [buf+8]
    CHECKX xmm1, 3, 4, 5, 6
    lddqu xmm2, [buf+12]
    CHECKX xmm2, 4, 5, 6, 7
    movq xmm3, [buf+4]              ; 8-byte operands need no alignment
    CHECKX xmm3, 2, 3, 0, 0
    pxor xmm4, xmm4
    pcmpistri xmm4, [buf+4], 0      ; the string compares need none either
    movdqu [buf+33], xmm0           ; unaligned store
    CHECK dword [buf+33], 2
    CHECK dword [buf+45], 5

    ; ---- SIMD floating-point exceptions ----
    ; element 0: 0/0 (invalid, pre-computation), element 1: 1/3 (precision, post)
    mov dword [buf], 0
    mov dword [buf+4], 0x3F800000
    mov dword [buf+8], 0x3F800000
    mov dword [buf+12], 0x3F800000
    mov dword [buf+16], 0
    mov dword [buf+20], 0x40400000
    mov dword [buf+24], 0x3F800000
    mov dword [buf+28], 0x3F800000
    ; masked: default NaN in element 0, IE and PE set
    movaps xmm0, [buf]
    divps xmm0, [buf+16]
    CHECKX xmm0, 0xFFC00000, 0x3EAAAAAB, 0x3F800000, 0x3F800000
    stmxcsr [mx]
    CHECK dword [mx], 0x1F80 | 0x21
    ; integer SSE instructions never raise SIMD exceptions
    paddd xmm0, xmm0
    ; CVTTSS2SI of a NaN: integer indefinite, IE (masked)
    mov dword [mx], 0x1F80
    ldmxcsr [mx]
    mov eax, 0x7FC00000
    movd xmm1, eax
    cvttss2si eax, xmm1
    CHECK eax, 0x80000000
    stmxcsr [mx]
    CHECK dword [mx], 0x1F81

    ; ---- VEX encodings: #UD (AVX is not offered) ----
    FAULTS 6, db 0xC5, 0xF0, 0x58, 0xC2        ; vaddps xmm0, xmm1, xmm2
    FAULTS 6, db 0xC4, 0xE2, 0x79, 0x00, 0xC1  ; vpshufb xmm0, xmm0, xmm1

    ; ---- MMX and the x87 state: TOP = 0, tags valid, exponent all ones ----
    fld1                            ; TOP = 7
    mov eax, 0x12345678
    movd mm3, eax
    fnstsw ax
    and eax, 0x3800
    CHECK eax, 0, "TOP = 0 after an MMX instruction"
    fxsave [RAM_FREE]               ; abridged tag word: 1 = valid (vol. 2, FXSAVE)
    CHECK byte [RAM_FREE+4], 0xFF, "all tags valid"
    CHECK dword [RAM_FREE+32+3*16], 0x12345678, "mm3 = ST3 with TOP = 0"
    CHECK dword [RAM_FREE+32+3*16+4], 0
    emms
    fxsave [RAM_FREE]
    CHECK byte [RAM_FREE+4], 0, "EMMS: all tags empty"

    ; CVTPI2PS is an SSE instruction even with an MMX source: #UD without CR4.OSFXSR
    ; (vol. 2A CVTPI2PS, table 23-5 "#UD If CR4.OSFXSR[bit 9] = 0"; QEMU treats it as MMX)
    QEMU_DEVIATION "LDMXCSR, PTEST alignment, #XM, CVTPI2PS, CR0.EM, MMX exponent, #MF before MMX"
    ; LDMXCSR: a bit outside MXCSR_MASK (0000FFFFH) is #GP(0) (vol. 2B LDMXCSR)
    mov dword [mx], 0x10000
    FAULTS 13, ldmxcsr [mx]
    mov dword [mx], 0x80000000
    FAULTS 13, ldmxcsr [mx]
    FAULTS 13, ptest xmm0, [buf+4]  ; a legacy SSE4.1 m128 operand (vol. 2B PTEST: type 4)
    ; unmasked SIMD floating-point exceptions (vol. 1, 11.5.3)
    mov dword [buf], 0
    mov dword [buf+4], 0x3F800000
    mov dword [buf+8], 0x3F800000
    mov dword [buf+12], 0x3F800000
    ; IM = 0, PM = 0, OSXMMEXCPT = 0: #UD, destination unchanged, only IE flagged
    mov dword [mx], 0x1F80 & ~0x1080
    ldmxcsr [mx]
    movaps xmm0, [buf]
    FAULTS 6, divps xmm0, [buf+16]
    CHECKX xmm0, 0, 0x3F800000, 0x3F800000, 0x3F800000
    stmxcsr [mx]
    CHECK dword [mx], (0x1F80 & ~0x1080) | 0x01, "pre-computation flag only"
    ; OSXMMEXCPT = 1: #XM
    SET_CR4 CR4_OSFXSR | CR4_OSXMMEXCPT
    mov dword [mx], 0x1F80 & ~0x1080
    ldmxcsr [mx]
    FAULTS 19, divps xmm0, [buf+16]
    CHECKX xmm0, 0, 0x3F800000, 0x3F800000, 0x3F800000
    ; only PM unmasked: the invalid is masked, so both elements compute; PE raises #XM
    mov dword [mx], 0x1F80 & ~0x1000
    ldmxcsr [mx]
    FAULTS 19, divps xmm0, [buf+16]
    CHECKX xmm0, 0, 0x3F800000, 0x3F800000, 0x3F800000
    stmxcsr [mx]
    CHECK dword [mx], (0x1F80 & ~0x1000) | 0x21
    ; scalar: only element 0 counts (0/0 masked -> NaN, the 1/3 of element 1 is not done)
    mov dword [mx], 0x1F80 & ~0x1000
    ldmxcsr [mx]
    divss xmm0, [buf+16]
    CHECKX xmm0, 0xFFC00000, 0x3F800000, 0x3F800000, 0x3F800000
    stmxcsr [mx]
    CHECK dword [mx], (0x1F80 & ~0x1000) | 0x01
    SET_CR4 CR4_OSFXSR
    SET_CR4 0
    FAULTS 6, cvtpi2ps xmm0, mm1
    ; EMMS is #UD with CR0.EM = 1 (vol. 2A EMMS "#UD If CR0.EM[bit 2] = 1")
    mov eax, cr0
    or eax, CR0_EM
    mov cr0, eax
    FAULTS 6, emms
    or eax, CR0_TS                  ; EM wins over TS (vol. 3A table 13-1)
    mov cr0, eax
    FAULTS 6, movaps xmm0, xmm1
    FAULTS 6, paddb mm0, mm1
    and eax, ~(CR0_EM | CR0_TS)
    mov cr0, eax
    ; an MMX register write sets bits 64-79 of the x87 register to ones (vol. 1, 9.5.1)
    mov eax, 0x12345678
    movd mm3, eax
    fxsave [RAM_FREE]
    CHECK word [RAM_FREE+32+3*16+8], 0xFFFF, "exponent of the written register"
    emms
    SET_CR4 CR4_OSFXSR
    ; ---- a pending x87 exception: #MF before an MMX instruction (CR0.NE = 1) ----
    mov eax, cr0
    or eax, 1 << 5
    mov cr0, eax
    fninit
    mov word [mx], 0x037E           ; invalid unmasked
    fldcw [mx]
    fldz
    fldz
    fdivp st1, st0                  ; 0/0: IE, ES set, no trap yet
    FAULTS 16, movq mm0, mm1
    FAULTS 16, emms
    fnclex
    movq mm0, mm1                   ; runs once the exception is cleared
    emms
    fninit
    fldcw [mx]
    ; SSE instructions do not look at the x87
    fldz
    fldz
    fdivp st1, st0
    addps xmm0, xmm1
    fninit

    PASS

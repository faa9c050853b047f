; XSAVE/XRSTOR/XSAVEOPT/XGETBV/XSETBV for the x87 and SSE state components: #UD without
; CR4.OSXSAVE (and CPUID.1:ECX.OSXSAVE following CR4), XCR0 = 1 at power-on, XSETBV's #GP
; cases (bit 0 clear, unsupported bits, ECX != 0), CPUID.(EAX=0DH) sizes, the legacy region
; layout (FCW, MXCSR, MXCSR_MASK, ST0, XMM0), XSTATE_BV written for the requested-feature
; bitmap only, XRSTOR of saved state, of the initial configuration (XSTATE_BV bit clear;
; MXCSR still loaded), its #GP cases (XSTATE_BV beyond XCR0, header bytes 23:8 not zero,
; reserved MXCSR bits), 64-byte alignment, #NM with CR0.TS.
; SDM vol. 1, 13.2-13.8 (XSAVE feature set, XSAVE area, standard-form XSAVE and XRSTOR),
; vol. 2B XSAVE/XRSTOR/XSAVEOPT/XGETBV/XSETBV, vol. 2A CPUID leaf 0DH, vol. 3A 2.5-2.6.
; qemu-deviation: QEMU 7.2 XRSTOR loads an MXCSR image with reserved bits set (vol. 2B
; XRSTOR, vol. 1 13.8.1: #GP) and XSAVE runs with CR0.TS = 1 (vol. 2B XSAVE: #NM); last.
; qemu-args: -cpu max
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

AREA equ RAM_FREE               ; 64-byte aligned XSAVE area
CR4_OSFXSR  equ 1 << 9
CR4_OSXSAVE equ 1 << 18

[absolute TESTVARS]
alignb 16
xb:     resb 16
mx:     resd 1
cw:     resw 1

%macro FAULTS 2+
    EXC_ARM %%r
%%f:
    %2
%%r:
    CHECK_EXC %1, 0, %%f
%endmacro

; fill the area with CCH bytes
%macro FILL 0
    mov edi, AREA
    mov ecx, 1024 / 4
    mov eax, 0xCCCCCCCC
    rep stosd
%endmacro

TEST_START
    GO_PM32
    mov eax, CR4_OSFXSR
    mov cr4, eax
    ; ---- without CR4.OSXSAVE ----
    mov eax, 1
    cpuid
    and ecx, 1 << 27
    CHECK ecx, 0, "CPUID.1:ECX.OSXSAVE = 0"
    xor ecx, ecx
    FAULTS 6, xgetbv
    xor eax, eax
    xor edx, edx
    FAULTS 6, xsetbv
    mov eax, 3
    FAULTS 6, xsave [AREA]
    FAULTS 6, xrstor [AREA]

    ; ---- with it ----
    mov eax, CR4_OSFXSR | CR4_OSXSAVE
    mov cr4, eax
    mov eax, 1
    cpuid
    and ecx, (1 << 27) | (1 << 26)
    CHECK ecx, (1 << 27) | (1 << 26), "CPUID.1:ECX.XSAVE and OSXSAVE"
    xor ecx, ecx
    xgetbv
    CHECK eax, 1, "XCR0 at power-on"
    CHECK edx, 0
    mov eax, 0xD
    xor ecx, ecx
    cpuid
    and eax, 3
    CHECK eax, 3, "x87 and SSE components supported"
    CHECK ebx, 576, "area size for XCR0 = 1"
    mov ecx, 2
    FAULTS 13, xgetbv               ; no XCR with index 2
    xor ecx, ecx
    mov eax, 2                      ; bit 0 (x87) clear
    xor edx, edx
    FAULTS 13, xsetbv
    mov eax, 3
    mov edx, 0x40000000             ; bit 62: no such component
    FAULTS 13, xsetbv
    mov ecx, 1
    xor edx, edx
    FAULTS 13, xsetbv               ; ECX must be 0
    xor ecx, ecx
    xsetbv
    xgetbv
    CHECK eax, 3
    mov eax, 0xD
    xor ecx, ecx
    cpuid
    CHECK ebx, 576, "area size for XCR0 = 3"

    ; ---- XSAVE ----
    fninit
    mov word [cw], 0x027F
    fldcw [cw]
    fld1
    mov dword [mx], 0x1FA0          ; PE set
    ldmxcsr [mx]
    mov eax, 0x11223344
    movd xmm0, eax
    pshufd xmm0, xmm0, 0x1B
    pcmpeqb xmm7, xmm7
    FILL
    mov eax, 3
    xor edx, edx
    xsave [AREA]
    CHECK word [AREA], 0x027F, "FCW"
    CHECK byte [AREA+4], 0x80, "abridged tag: ST0 = R7 valid"
    CHECK dword [AREA+24], 0x1FA0, "MXCSR"
    CHECK dword [AREA+28], 0xFFFF, "MXCSR_MASK"
    CHECK dword [AREA+32+4], 0x80000000, "ST0 = 1.0 significand"
    CHECK word [AREA+32+8], 0x3FFF, "ST0 exponent"
    CHECK dword [AREA+160], 0
    CHECK dword [AREA+160+12], 0x11223344, "XMM0"
    CHECK dword [AREA+160+7*16], 0xFFFFFFFF, "XMM7"
    CHECK dword [AREA+512], 0xCCCCCCCF, "XSTATE_BV: bits 0-1 set, the others kept"
    CHECK dword [AREA+516], 0xCCCCCCCC
    ; only the x87 component: MXCSR and XMM untouched, XSTATE_BV bit 1 left as it was
    FILL
    mov eax, 1
    xsave [AREA]
    CHECK word [AREA], 0x027F
    CHECK dword [AREA+24], 0xCCCCCCCC, "MXCSR not saved"
    CHECK dword [AREA+160], 0xCCCCCCCC, "XMM not saved"
    CHECK dword [AREA+512], 0xCCCCCCCD, "XSTATE_BV: bit 0 set, the others kept"
    ; XSAVEOPT saves what XSAVE saves (the state is in use)
    FILL
    mov eax, 3
    xsaveopt [AREA]
    CHECK dword [AREA+24], 0x1FA0
    CHECK dword [AREA+160+12], 0x11223344
    CHECK byte [AREA+512], 0xCF

    ; ---- XRSTOR ----
    FILL
    mov eax, 3
    xsave [AREA]
    mov dword [AREA+512], 3         ; the rest of the header must be zero for XRSTOR
    mov dword [AREA+516], 0
    mov edi, AREA + 520
    mov ecx, 14
    xor eax, eax
    rep stosd
    fninit
    pxor xmm0, xmm0
    pxor xmm7, xmm7
    mov dword [mx], 0x1F80
    ldmxcsr [mx]
    mov eax, 3
    xor edx, edx
    xrstor [AREA]
    fnstcw [cw]
    CHECK word [cw], 0x027F, "FCW restored"
    stmxcsr [mx]
    CHECK dword [mx], 0x1FA0, "MXCSR restored"
    movdqu [xb], xmm0
    CHECK dword [xb+12], 0x11223344, "XMM0 restored"
    fld1
    fcomip st1                      ; ST1 (restored) == 1.0
    CHECK_FLAGS F_ZF | F_CF | F_PF, F_ZF
    fninit
    ; XSTATE_BV = 1: the SSE component takes its initial configuration (XMM = 0), but MXCSR
    ; is still loaded from memory; x87 comes from memory
    mov byte [AREA+512], 1
    pcmpeqb xmm0, xmm0
    mov dword [mx], 0x1F80
    ldmxcsr [mx]
    xrstor [AREA]
    movdqu [xb], xmm0
    CHECK dword [xb+12], 0, "XMM0 initialized"
    stmxcsr [mx]
    CHECK dword [mx], 0x1FA0, "MXCSR loaded anyway"
    ; XSTATE_BV = 0 with RFBM = 1: x87 initialized (FCW 037FH), SSE untouched
    mov byte [AREA+512], 0
    pcmpeqb xmm0, xmm0
    mov eax, 1
    xrstor [AREA]
    fnstcw [cw]
    CHECK word [cw], 0x037F, "x87 initial FCW"
    movdqu [xb], xmm0
    CHECK dword [xb], 0xFFFFFFFF, "XMM0 untouched"
    ; #GP: XSTATE_BV bit beyond XCR0, header byte 16-63 not zero, reserved MXCSR bits
    mov eax, 3
    mov byte [AREA+512], 4
    FAULTS 13, xrstor [AREA]
    mov byte [AREA+512], 3
    mov byte [AREA+530], 1          ; header bytes 23:8 must be zero
    FAULTS 13, xrstor [AREA]
    mov byte [AREA+530], 0
    mov byte [AREA+540], 1          ; bytes 63:24 are not checked
    xrstor [AREA]
    ; alignment and CR0.TS
    FAULTS 13, xsave [AREA+16]
    FAULTS 13, xrstor [AREA+32]

    QEMU_DEVIATION "XRSTOR loads reserved MXCSR bits, XSAVE ignores CR0.TS"
    mov dword [AREA+24], 0x10000    ; vol. 2B XRSTOR: #GP for an illegal MXCSR value
    mov eax, 3
    FAULTS 13, xrstor [AREA]
    mov eax, cr0                    ; vol. 2B XSAVE: #NM if CR0.TS = 1
    or eax, 1 << 3
    mov cr0, eax
    mov eax, 3
    FAULTS 7, xsave [AREA]
    clts
    xsave [AREA]
    PASS

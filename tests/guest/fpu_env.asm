; x87 state in memory: FNSTENV/FLDENV and FNSAVE/FRSTOR in their four layouts (16- and
; 32-bit operand size, real-address and protected mode), the instruction and data
; pointers they hold, FNSTENV masking every exception, FNSAVE reinitializing, FRSTOR/FLDENV
; taking TOP, tags and registers back; FXSAVE/FXRSTOR: the 512-byte image (FCW, FSW,
; abridged tag, MXCSR, MXCSR_MASK, registers), #GP(0) for a misaligned area or a reserved
; MXCSR bit.
; SDM vol. 1, 8.1.10 (figures 8-9 to 8-12: real-mode pointers are 20/32-bit linear
; addresses), 8.1.7 (tags), 8.1.8 (FIP, FDP of the last non-control insn; FOP is not
; checked: 8.1.9 lets processors record it only with an unmasked exception),
; 10.5.1 (FXSAVE table 10-2); vol. 2: FSTENV ("then masks all floating-point exceptions"),
; FSAVE ("then initializes the FPU"), FXSAVE/FXRSTOR (#GP(0) when not 16-byte aligned;
; FXRSTOR #GP(0) for reserved MXCSR bits).
; expect-exit: 1
; expect-output: PASS
; qemu-deviation: QEMU 7.2 does not mask the exceptions after FNSTENV (SDM vol. 2, FSTENV), loads reserved MXCSR bits in FXRSTOR without #GP (vol. 2, FXRSTOR), and writes the protected-mode layout in real mode too (vol. 1, figures 8-10 and 8-12: linear pointers)
%include "tern.inc"

%macro CHECK_SW 2-3 "status word"
    fnstsw ax
    and ax, %1
    CHECK ax, %2, %3
%endmacro

[absolute TESTVARS]
m32:    resd 1
cw:     resw 1
cw_stenv: resw 1
        alignb 16
renv16: resb 16          ; real mode, 16-bit layout
renv32: resb 28          ; real mode, 32-bit layout
        alignb 16
penv32: resb 28          ; protected mode, 32-bit layout
penv16: resb 16          ; protected mode, 16-bit layout
        alignb 16
save:   resb 112
t80:    rest 1
        alignb 16
fx:     resb 512
        alignb 16
fx2:    resb 528

TEST_START
    ; ---- real mode: the pointers are linear addresses (CS*16 + IP, seg*16 + offset) ----
    fninit
    mov ax, 0x0100
    mov es, ax                          ; ES base 0x1000
    mov dword [m32], 0x3FC00000         ; 1.5
    mov word [cw], 0x037F
rm_fld:
    fld dword [es:m32 - 0x1000]         ; D9 06 disp16 (26 prefix): FOP 106H
    fldcw [cw]                          ; a control instruction: pointers stay
    fnstenv [renv16]                    ; 16-bit operand size in real mode: 14 bytes
    o32 fnstenv [renv32]                ; 28 bytes
    CHECK word [renv16], 0x037F
    CHECK word [renv16+2], 0x3800, "16-bit image: SW with TOP 7"
    CHECK word [renv16+4], 0x3FFF, "16-bit image: tag R7 valid"
    CHECK word [renv32], 0x037F
    CHECK word [renv32+4], 0x3800
    CHECK word [renv32+8], 0x3FFF
    ; FNSAVE (94 bytes in 16-bit real mode): registers from +14, then FNINIT
    fld1
    fnsave [save]
    CHECK word [save+14+8], 0x3FFF, "ST0 = 1.0"
    CHECK dword [save+14+4], 0x80000000
    CHECK word [save+24+8], 0x3FFF, "ST1 = 1.5"
    CHECK dword [save+24+4], 0xC0000000
    fnstcw [cw]
    CHECK word [cw], 0x037F, "FNSAVE reinitializes"
    CHECK_SW 0xFFFF, 0
    ; FRSTOR takes it all back
    frstor [save]
    CHECK_SW 0x3800, 0x3000, "TOP 6 again"
    fstp tword [t80]
    CHECK word [t80+8], 0x3FFF
    fstp tword [t80]
    CHECK dword [t80+4], 0xC0000000

    GO_PM32
    ; ---- protected mode: offsets with selectors ----
    fninit
    mov ax, SEL_DATA16                  ; another data selector (base 0)
    mov es, ax
    mov dword [m32], 0x40000000
pm_fld:
    fld dword [es:m32]                  ; 26 D9 05 disp32: FOP 105H, FDS = ES
    mov ax, SEL_DATA32
    mov es, ax
    fnstenv [penv32]
    o16 fnstenv [penv16]
    CHECK word [penv32], 0x037F
    CHECK word [penv32+4], 0x3800
    CHECK word [penv32+8], 0x3FFF
    CHECK dword [penv32+12], pm_fld, "FIP: the FLD (with its prefix)"
    CHECK word [penv32+16], SEL_CODE32, "FCS"
    CHECK dword [penv32+20], m32, "FDP: the FLD's offset"
    CHECK word [penv32+24], SEL_DATA16, "FDS: the FLD's segment"
    CHECK word [penv16], 0x037F
    CHECK word [penv16+2], 0x3800
    CHECK word [penv16+4], 0x3FFF
    CHECK word [penv16+6], (pm_fld - text32_base + TEXT32_LINEAR) & 0xFFFF
    CHECK word [penv16+8], SEL_CODE32
    CHECK word [penv16+10], m32 & 0xFFFF
    CHECK word [penv16+12], SEL_DATA16
    ; FNSTENV masks every exception afterwards; the image has the old control word
    mov word [cw], 0x0360
    fldcw [cw]
    fnstenv [penv32]
    CHECK word [penv32], 0x0360
    fnstcw [cw_stenv]                   ; checked at the end
    ; FLDENV: control, status (TOP) and tag words come from memory
    mov word [penv32], 0x0C7F           ; RC = toward zero
    mov word [penv32+4], 0x4100         ; C3 C0, TOP 0
    mov word [penv32+8], 0xFFFC         ; R0 in use
    fldenv [penv32]
    fnstcw [cw]
    CHECK word [cw], 0x0C7F
    CHECK_SW 0xFFFF, 0x4100
    fstp dword [m32]                    ; R0 holds whatever it held: only TOP checked
    CHECK_SW 0x3800, 0x0800
    ; FNSAVE / FRSTOR, 32-bit protected-mode layout (108 bytes, registers from +28)
    fninit
    fld1
    fldpi
    fnsave [save]
    CHECK word [save+8], 0x0FFF, "tag word: R6 R7 valid"
    CHECK word [save+28+8], 0x4000, "ST0 = pi"
    CHECK dword [save+28+4], 0xC90FDAA2
    CHECK word [save+38+8], 0x3FFF, "ST1 = 1"
    mov word [save+8], 0x7FFF           ; R6 tagged empty, R7 valid
    frstor [save]
    fxam
    CHECK_SW 0x4500, 0x4100, "ST0 empty after FRSTOR of tag 11"
    fincstp
    fstp dword [m32]
    CHECK dword [m32], 0x3F800000, "ST1 restored"

    ; ---- FXSAVE / FXRSTOR ----
    mov eax, cr4
    or eax, 1 << 9                      ; CR4.OSFXSR: MXCSR and XMM saved too
    mov cr4, eax
    fninit
    mov word [cw], 0x027F
    fldcw [cw]
    fld1
    fldz
    mov dword [m32], 0xC0000000         ; -2.0
    fld dword [m32]
    fxsave [fx]
    CHECK word [fx], 0x027F, "FXSAVE: FCW"
    CHECK word [fx+2], 0x2800, "FSW with TOP 5"
    CHECK byte [fx+4], 0xE0, "abridged tag: R5 R6 R7 valid"
    ; (FOP, FIP, FDP at 6-23 are not checked: AMD processors store them only while an
    ; exception is pending, AMD64 APM vol. 4, FXSAVE)
    CHECK dword [fx+24], 0x1F80, "MXCSR"
    CHECK dword [fx+28], 0xFFFF, "MXCSR_MASK"
    CHECK word [fx+32+8], 0xC000, "ST0 = -2"
    CHECK dword [fx+32+4], 0x80000000
    CHECK word [fx+48+8], 0x0000, "ST1 = 0"
    CHECK word [fx+64+8], 0x3FFF, "ST2 = 1"
    ; FXSAVE does not initialize; FXRSTOR with another tag and TOP
    fnstcw [cw]
    CHECK word [cw], 0x027F
    mov byte [fx+4], 0x80               ; only R7 valid
    mov word [fx+2], 0x3800             ; TOP 7
    mov word [fx+32+8], 0x4000          ; ST0 (R7) = -2 -> +2
    fninit
    fxrstor [fx]
    CHECK_SW 0x3800, 0x3800
    fst dword [m32]
    CHECK dword [m32], 0x40000000, "FXRSTOR: ST0"
    fincstp
    fxam
    CHECK_SW 0x4500, 0x4100, "FXRSTOR: R0 empty"
    ; misaligned area: #GP(0)
    EXC_ARM .gp1
.fxs_bad:
    fxsave [fx2+8]
.gp1:
    CHECK_EXC 13, 0, .fxs_bad

    QEMU_DEVIATION "FSTENV masking, FXRSTOR MXCSR check, real-mode FSTENV layouts"
    CHECK word [cw_stenv], 0x037F, "FNSTENV then masks every exception"
    ; FXRSTOR of a reserved MXCSR bit: #GP(0), nothing restored
    mov dword [fx+24], 0x00011F80
    fninit
    EXC_ARM .gp2
.fxr_bad:
    fxrstor [fx]
.gp2:
    CHECK_EXC 13, 0, .fxr_bad
    fnstcw [cw]
    CHECK word [cw], 0x037F, "nothing restored"
    ; 16-bit real-mode layout (figure 8-10): IP 15..0, then IP 19..16 in bits 15-12 with
    ; the opcode in 10-0; DP likewise
    CHECK word [renv16+6], (rm_fld - text16_base + 0xF0000) & 0xFFFF, "real 16: IP 15..0"
    mov ax, [renv16+8]
    and ax, 0xF000                      ; (the opcode below: model-dependent, 8.1.9)
    CHECK ax, 0xF000, "real 16: IP 19..16"
    CHECK word [renv16+10], m32 & 0xFFFF, "real 16: DP 15..0"
    CHECK word [renv16+12], 0, "real 16: DP 19..16"
    ; 32-bit real-mode layout (figure 8-12)
    CHECK word [renv32+12], (rm_fld - text16_base + 0xF0000) & 0xFFFF, "real 32: IP 15..0"
    mov eax, [renv32+16]
    and eax, 0xFFFFF000
    CHECK eax, 0xF000, "real 32: IP 31..16 << 12"
    CHECK word [renv32+20], m32 & 0xFFFF, "real 32: DP 15..0"
    CHECK dword [renv32+24], 0, "real 32: DP 31..16 << 12"
    PASS


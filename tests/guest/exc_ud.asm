; #UD (vector 6, fault, no error code, saved (E)IP at the first byte incl. prefixes): UD2,
; UD1, UD0, unassigned ModRM.reg slots of opcode groups (FE /7, FF /7), far JMP/CALL with a
; register operand (FF /5, FF /3 with mod=11), LEA with a register source, MOV to CS and to
; segment register 6, MOV from CR1, LOCK on a non-lockable instruction or on a register
; destination; in real mode UD2, ARPL, LAR and STR (not recognized in real-address mode).
; SDM vol. 2B "UD" (UD0/UD1/UD2), vol. 2A "JMP"/"CALL"/"LEA"/"MOV"/"MOV—Move to/from Control
; Registers" (#UD cases), vol. 2A 2.1.1 / "LOCK" (#UD for other instructions and register
; destinations), "ARPL", "LAR", "STR" (real-address mode exceptions), table A-6 (groups).
; qemu-deviation: QEMU 7.2 TCG runs LOCK MOV (F0 8B) without #UD; the SDM (vol. 2A "LOCK":
; "An undefined opcode exception will also be generated if the LOCK prefix is used with any
; instruction not in the above list") and the host CPU (SIGILL, checked) raise #UD.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

; UD bytes...: the bytes must raise #UD at their first byte
%macro UD 1+
    EXC_ARM %%r
%%f:
    db %1
    times 8 nop                     ; room in case a decoder over-reads; never reached
%%r:
    CHECK_EXC 6, NOERR, %%f
%endmacro
%macro UDPM 1+
    EXC_ARM %%r
%%f:
    db %1
    times 8 nop
%%r:
    CHECK_EXC 6, 0, %%f
%endmacro

TEST_START
    UD 0x0F, 0x0B                   ; ud2
    UD 0x66, 0x0F, 0x0B             ; prefixed ud2: IP at the prefix
    UD 0x63, 0xC0                   ; arpl ax, ax: #UD in real mode
    UD 0x0F, 0x02, 0xC0             ; lar ax, ax
    UD 0x0F, 0x00, 0xC8             ; str ax
    PRINT "real mode ok", 10

    GO_PM32
    UDPM 0x0F, 0x0B                 ; ud2
    UDPM 0x3E, 0x66, 0x0F, 0x0B     ; two prefixes
    UDPM 0x0F, 0xB9, 0xC0           ; ud1 eax, eax
    UDPM 0x0F, 0xFF, 0xC0           ; ud0 eax, eax
    UDPM 0xFE, 0xF8                 ; FE /7
    UDPM 0xFF, 0xF8                 ; FF /7
    UDPM 0xFF, 0xE8                 ; FF /5 mod=11: jmp far reg
    UDPM 0xFF, 0xD8                 ; FF /3 mod=11: call far reg
    UDPM 0x8D, 0xC3                 ; lea eax, ebx
    UDPM 0x8E, 0xC8                 ; mov cs, ax
    UDPM 0x8E, 0xF0                 ; mov sreg6, ax
    UDPM 0x0F, 0x20, 0xC8           ; mov eax, cr1
    UDPM 0xF0, 0x90                 ; lock nop
    UDPM 0xF0, 0x01, 0xD8           ; lock add eax, ebx
    ; a lockable instruction with a memory destination is fine
    mov ebx, TESTVARS
    mov dword [ebx], 1
    lock add dword [ebx], 2
    CHECK dword [TESTVARS], 3
    QEMU_DEVIATION "QEMU 7.2 TCG executes LOCK MOV without #UD"
    UDPM 0xF0, 0x8B, 0x03           ; lock mov eax, [ebx] (MOV is not lockable)
    PASS

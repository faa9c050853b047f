; CMOVcc, all 16 conditions (0F 40-4F), 16/32-bit, register and memory sources, under ten
; flag combinations (16-bit mask of which conditions moved, compared with the condition
; table). CMOVcc changes no flag; a false condition leaves the destination unchanged.
; SDM vol. 2A "CMOVcc"; vol. 1, appendix B.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
one32: resd 1
one16: resw 1

%define CCS_DOWN g, le, ge, l, np, p, ns, s, a, be, ne, e, ae, b, no, o


; every step: EAX <- 0 (MOV, no flags), CMOVcc EAX <- 1, EDX <- EDX*2 + EAX (LEA)
%macro CMOV_ALL_R32 16
  %rep 16
    mov eax, 0
    mov ecx, 1
    cmov%1 eax, ecx
    lea edx, [eax + edx*2]
    %rotate 1
  %endrep
%endmacro
%macro CMOV_ALL_M32 16
  %rep 16
    mov eax, 0
    cmov%1 eax, [one32]
    lea edx, [eax + edx*2]
    %rotate 1
  %endrep
%endmacro
%macro CMOV_ALL_R16 16
  %rep 16
    mov eax, 0xFFFF0000
    mov cx, 1
    cmov%1 ax, cx
    movzx eax, ax
    lea edx, [eax + edx*2]
    %rotate 1
  %endrep
%endmacro
%macro CMOV_ALL_M16 16
  %rep 16
    mov eax, 0
    cmov%1 ax, [one16]
    lea edx, [eax + edx*2]
    %rotate 1
  %endrep
%endmacro

%macro CMOV_MASK 2
    xor edx, edx
    SETF %1
    CMOV_ALL_R32 CCS_DOWN
    CHECK_FLAGS F_OF|F_SF|F_ZF|F_PF|F_CF, %1, "CMOVcc keeps the flags"
    CHECK dx, %2, "CMOVcc r32 mask"
    xor edx, edx
    SETF %1
    CMOV_ALL_M32 CCS_DOWN
    CHECK dx, %2, "CMOVcc m32 mask"
    xor edx, edx
    SETF %1
    CMOV_ALL_R16 CCS_DOWN
    CHECK dx, %2, "CMOVcc r16 mask"
    xor edx, edx
    SETF %1
    CMOV_ALL_M16 CCS_DOWN
    CHECK dx, %2, "CMOVcc m16 mask"
%endmacro

%macro ALL_STATES 0
    CMOV_MASK 0, 0xAAAA
    CMOV_MASK F_OF|F_SF|F_ZF|F_PF|F_CF, 0x6555
    CMOV_MASK F_CF, 0xAA66
    CMOV_MASK F_ZF, 0x6A5A
    CMOV_MASK F_SF, 0x59AA
    CMOV_MASK F_OF, 0x5AA9
    CMOV_MASK F_PF, 0xA6AA
    CMOV_MASK F_SF|F_OF, 0xA9A9
    CMOV_MASK F_ZF|F_CF, 0x6A56
    CMOV_MASK F_SF|F_ZF, 0x595A
%endmacro

TEST_START
    mov dword [one32], 1
    mov word [one16], 1
    ALL_STATES
    PRINT "real mode ok", 10
    GO_PM32
    ALL_STATES
    ; false condition: destination unchanged (all 32 bits)
    mov eax, 0x12345678
    mov ecx, 0xFFFFFFFF
    SETF 0
    cmovc eax, ecx
    CHECK eax, 0x12345678
    cmovnc eax, ecx
    CHECK eax, 0xFFFFFFFF
    PASS

; SETcc, all 16 conditions (0F 90-9F), register and memory destinations, under ten flag
; combinations; each run builds a 16-bit mask (bit n = condition n) compared with a mask
; worked out from the condition table. SETcc writes one byte (0 or 1) and no flags.
; SDM vol. 2B "SETcc"; vol. 1, appendix B (EFLAGS condition codes).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
buf: resb 4

; conditions 15..0, so that EDX = EDX*2 + result leaves condition n in bit n
%define CCS_DOWN g, le, ge, l, np, p, ns, s, a, be, ne, e, ae, b, no, o

; SETCC_MASK flags, expected: register form and memory form
%macro SETCC_MASK 2
    xor edx, edx
    SETF %1
    SETCC_ALL_REG CCS_DOWN
    CHECK dx, %2, "SETcc r8 mask"
    xor edx, edx
    SETF %1
    SETCC_ALL_MEM CCS_DOWN
    CHECK dx, %2, "SETcc m8 mask"
%endmacro

%macro SETCC_ALL_REG 16
  %rep 16
    mov eax, 0xFFFFFF55
    set%1 al
    movzx eax, al                   ; flags untouched by MOV, MOVZX and LEA
    lea edx, [eax + edx*2]
    %rotate 1
  %endrep
%endmacro

%macro SETCC_ALL_MEM 16
  %rep 16
    mov byte [buf], 0x55
    set%1 byte [buf]
    movzx eax, byte [buf]
    lea edx, [eax + edx*2]
    %rotate 1
  %endrep
%endmacro

%macro ALL_STATES 0
    SETCC_MASK 0, 0xAAAA
    SETCC_MASK F_OF|F_SF|F_ZF|F_PF|F_CF, 0x6555
    SETCC_MASK F_CF, 0xAA66
    SETCC_MASK F_ZF, 0x6A5A
    SETCC_MASK F_SF, 0x59AA
    SETCC_MASK F_OF, 0x5AA9
    SETCC_MASK F_PF, 0xA6AA
    SETCC_MASK F_SF|F_OF, 0xA9A9
    SETCC_MASK F_ZF|F_CF, 0x6A56
    SETCC_MASK F_SF|F_ZF, 0x595A
%endmacro

TEST_START
    ALL_STATES
    PRINT "real mode ok", 10
    GO_PM32
    ALL_STATES
    ; SETcc into a high byte register keeps the rest; it changes no flag
    mov eax, 0x12345678
    SETF F_CF|F_ZF
    setc ah
    setnz bl
    CHECK eax, 0x12340178
    CHECK bl, 0
    CHECK_FLAGS F_ARITH, F_CF|F_ZF
    PASS

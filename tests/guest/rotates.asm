; ROL, ROR, RCL, RCR: results, CF and OF; SF ZF AF PF are never touched. Counts 1, imm8 and
; CL; ROL/ROR rotate by (count & 31) mod width but set CF whenever (count & 31) != 0;
; RCL/RCR rotate through CF by (count & 31) mod 9 / mod 17 for 8/16-bit operands; a zero
; rotate changes nothing.
; SDM vol. 2B "RCL/RCR/ROL/ROR" (operation pseudo code; "The OF flag is defined only for
; the 1-bit rotates"), so OF is only checked for counts of 1.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

; flags that rotates must leave alone
KEEP equ F_SF|F_ZF|F_AF|F_PF

; ROT op, reg, value, count, result, mask, flags [, flags before]
%macro ROT 7-8 0
    mov ecx, 0xFFFFFF00 | (%4)
    SETF %8
    mov %2, %3
    %1 %2, cl
    CHECK_FLAGS %6, %7
    CHECK %2, %5
%endmacro

[absolute TESTVARS]
mem32: resd 1
mem16: resw 1

TEST_START
    ROT rol, ax, 0x1234, 4, 0x2341, F_CF, F_CF
    ROT rcr, ax, 0x0000, 16, 0x0001, F_CF, 0, F_CF
    PRINT "real mode ok", 10

    GO_PM32
    ; ---- 1-bit forms: CF, OF defined; SF ZF AF PF untouched (set before, still set)
    SETF KEEP
    mov al, 0x81
    rol al, 1                       ; 0x03, CF = LSB = 1, OF = MSB XOR CF = 1
    CHECK_FLAGS F_ARITH, KEEP|F_CF|F_OF
    CHECK al, 0x03
    SETF 0
    mov al, 0x81
    ror al, 1                       ; 0xC0, CF = MSB = 1, OF = bit7 XOR bit6 = 0
    CHECK_FLAGS F_ARITH, F_CF
    CHECK al, 0xC0
    SETF 0
    mov al, 0x80
    rcl al, 1                       ; 0x00, CF = 1, OF = 0 XOR 1 = 1
    CHECK_FLAGS F_ARITH, F_CF|F_OF
    CHECK al, 0x00
    SETF F_CF
    mov al, 0x01
    rcr al, 1                       ; OF = MSB XOR CF before = 0 XOR 1; 0x80, CF = 1
    CHECK_FLAGS F_ARITH, F_CF|F_OF
    CHECK al, 0x80
    SETF F_CF
    mov eax, 0x40000000
    rcl eax, 1                      ; 0x80000001, CF = 0, OF = 1 XOR 0 = 1
    CHECK_FLAGS F_ARITH, F_OF
    CHECK eax, 0x80000001
    SETF KEEP
    mov eax, 1
    rcr eax, 1                      ; OF = 0 XOR 0; 0, CF = 1
    CHECK_FLAGS F_ARITH, KEEP|F_CF
    CHECK eax, 0
    SETF 0
    mov bx, 0x8000
    rol bx, 1                       ; 0x0001, CF=1, OF = 0 XOR 1 = 1
    CHECK_FLAGS F_ARITH, F_CF|F_OF
    CHECK bx, 0x0001
    SETF 0
    mov edx, 0x00000001
    ror edx, 1                      ; 0x80000000, CF=1, OF = 1 XOR 0 = 1
    CHECK_FLAGS F_ARITH, F_CF|F_OF
    CHECK edx, 0x80000000

    ; ---- multi-bit ROL/ROR: only CF is defined
    ROT rol, eax, 0x80000000, 4, 0x00000008, F_CF, 0
    ROT ror, eax, 0x00000001, 4, 0x10000000, F_CF, 0
    ROT rol, ax, 0x1234, 4, 0x2341, F_CF, F_CF
    ROT ror, ax, 0x1234, 4, 0x4123, F_CF, 0
    ROT rol, esi, 0x12345678, 36, 0x23456781, F_CF, F_CF        ; 36 & 31 = 4
    ROT ror, dh, 0x96, 3, 0xD2, F_CF, F_CF                      ; 10010110 -> 11010010
    ; rotate by a multiple of the width: value unchanged, CF still written
    ROT rol, al, 0x01, 8, 0x01, F_CF, F_CF
    ROT rol, al, 0xFE, 16, 0xFE, F_CF, 0, F_CF
    ROT ror, al, 0x80, 16, 0x80, F_CF, F_CF
    ROT ror, ax, 0x7FFF, 16, 0x7FFF, F_CF, 0, F_CF
    ROT rol, bl, 0x81, 9, 0x03, F_CF, F_CF                      ; 9 mod 8 = 1
    ; untouched flags after a multi-bit rotate
    ROT rol, edi, 0x00000001, 31, 0x80000000, F_CF|KEEP, KEEP, KEEP

    ; ---- RCL/RCR multi-bit, counts modulo 9 / 17 for 8 / 16 bits
    ROT rcl, al, 0x01, 9, 0x01, F_CF, F_CF, F_CF               ; 9 mod 9 = 0: no change
    ROT rcl, al, 0x01, 9, 0x01, F_CF, 0, 0
    ROT rcl, al, 0x01, 10, 0x03, F_CF, 0, F_CF                 ; 10 mod 9 = 1
    ROT rcl, al, 0x80, 2, 0x01, F_CF, 0, 0                     ; 9-bit 0:80 -> 0:01 (CF from bit 6 = 0)
    ROT rcr, al, 0x01, 2, 0x80, F_CF, 0, 0                     ; 9-bit 0:01 ror 2 -> 0:80
    ROT rcl, ax, 0x8000, 17, 0x8000, F_CF, 0, 0                ; 17 mod 17 = 0
    ROT rcl, ax, 0x8000, 18, 0x0000, F_CF, F_CF, 0             ; 18 mod 17 = 1
    ROT rcr, ax, 0x0000, 16, 0x0001, F_CF, 0, F_CF             ; 17-bit 1:0000 ror 16 = rol 1
    ROT rcl, eax, 0x00000001, 31, 0x80000000, F_CF, 0, 0       ; 33-bit rotate
    ROT rcl, eax, 0x00000002, 31, 0x00000000, F_CF, F_CF, 0
    ROT rcr, ebx, 0x00000000, 31, 0x00000002, F_CF, 0, F_CF    ; 33-bit 1:0 ror 31 = rol 2: bit 32 -> bit 1
    ROT rcr, ecx, 0x80000000, 32, 0x80000000, F_CF, F_CF, F_CF ; 32 & 31 = 0: nothing
    ; a zero rotate keeps every flag
    ROT rcl, edx, 0x12345678, 0, 0x12345678, F_ARITH, F_OF|F_CF|F_ZF, F_OF|F_CF|F_ZF
    ROT ror, edx, 0x12345678, 32, 0x12345678, F_ARITH, F_SF|F_PF, F_SF|F_PF

    ; ---- memory operands
    mov word [mem16], 0x8001
    mov cl, 4
    SETF 0
    rol word [mem16], cl            ; 0x0018, CF = LSB = 0
    CHECK_FLAGS F_CF, 0
    CHECK word [mem16], 0x0018
    mov dword [mem32], 0x00000003
    SETF F_CF
    rcr dword [mem32], 1            ; 33-bit 1:00000003 -> 0x80000001, CF = 1
    CHECK_FLAGS F_CF|F_OF, F_CF|F_OF
    CHECK dword [mem32], 0x80000001
    mov dword [mem32], 0xF0000000
    SETF 0
    ror dword [mem32], 28           ; 0x0000000F, CF = MSB = 0
    CHECK_FLAGS F_CF, 0
    CHECK dword [mem32], 0x0000000F
    PASS

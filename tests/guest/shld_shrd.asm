; SHLD and SHRD (double-precision shifts), imm8 and CL counts, 16/32-bit, register and
; memory destinations; the count is masked to 5 bits; a zero count changes nothing.
; SDM vol. 2B "SHLD", "SHRD": CF = last bit shifted out of the destination; OF only for
; 1-bit shifts (set if the sign changed); SF ZF PF from the result; AF undefined. Counts
; greater than a 16-bit operand's width give undefined results and are not used.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

M1   equ F_CF|F_OF|F_SF|F_ZF|F_PF
MN   equ F_CF|F_SF|F_ZF|F_PF

[absolute TESTVARS]
mem32: resd 1
mem16: resw 1

TEST_START
    SETF 0
    mov ax, 0x1234
    mov bx, 0x5678
    shld ax, bx, 4
    CHECK_FLAGS MN, F_CF
    CHECK ax, 0x2345
    mov eax, 0x12345678
    mov ebx, 0x9ABCDEF0
    shrd eax, ebx, 8
    CHECK eax, 0xF0123456
    PRINT "real mode ok", 10

    GO_PM32
    SETF F_CF
    mov eax, 0x12345678
    mov ebx, 0x9ABCDEF0
    shld eax, ebx, 8
    CHECK_FLAGS MN, F_PF
    CHECK eax, 0x3456789A
    CHECK ebx, 0x9ABCDEF0
    SETF F_CF
    mov eax, 0x12345678
    shrd eax, ebx, 8
    CHECK_FLAGS MN, F_SF|F_PF
    CHECK eax, 0xF0123456

    ; 1-bit: OF = sign change
    SETF 0
    mov eax, 0x80000000
    xor ebx, ebx
    shld eax, ebx, 1
    CHECK_FLAGS M1, F_CF|F_OF|F_ZF|F_PF
    CHECK eax, 0
    SETF 0
    mov eax, 0x40000000
    mov ebx, 0x80000000
    shld eax, ebx, 1
    CHECK_FLAGS M1, F_OF|F_SF
    CHECK eax, 0x80000001
    SETF F_OF
    mov ax, 0x0001
    xor bx, bx
    shrd ax, bx, 1
    CHECK_FLAGS M1, F_CF|F_ZF|F_PF
    CHECK ax, 0
    SETF 0
    mov edx, 0x00000002
    mov esi, 0x00000001
    shrd edx, esi, 1                ; 0x80000001: sign changed 0 -> 1
    CHECK_FLAGS M1, F_OF|F_SF
    CHECK edx, 0x80000001

    ; CL counts, masked to 5 bits
    mov cl, 36
    SETF 0
    mov eax, 0x12345678
    mov ebx, 0xABCDEF01
    shld eax, ebx, cl
    CHECK_FLAGS MN, F_CF
    CHECK eax, 0x2345678A
    mov cl, 31
    SETF F_CF
    mov eax, 0x80000000
    mov ebx, 0xFFFFFFFF
    shrd eax, ebx, cl
    CHECK_FLAGS MN, F_SF|F_PF
    CHECK eax, 0xFFFFFFFF

    ; 16-bit
    SETF 0
    mov ax, 0x1234
    mov bx, 0x5678
    shld ax, bx, 4
    CHECK_FLAGS MN, F_CF
    CHECK ax, 0x2345
    SETF F_CF
    mov ax, 0x1234
    mov cl, 4
    shrd ax, bx, cl
    CHECK_FLAGS MN, F_SF
    CHECK ax, 0x8123
    mov eax, 0xAAAA1234
    mov bx, 0xFFFF
    shld ax, bx, 8
    CHECK eax, 0xAAAA34FF

    ; count 0: nothing changes
    SETF F_ARITH
    mov eax, 0x11223344
    shld eax, ebx, 0
    CHECK_FLAGS F_ARITH, F_ARITH
    CHECK eax, 0x11223344
    mov cl, 32
    SETF 0
    shrd eax, ebx, cl
    CHECK_FLAGS F_ARITH, 0
    CHECK eax, 0x11223344

    ; memory destinations
    mov dword [mem32], 0x11112222
    mov ebx, 0x33334444
    SETF 0
    shld [mem32], ebx, 16
    CHECK_FLAGS MN, F_CF|F_PF
    CHECK dword [mem32], 0x22223333
    mov word [mem16], 0x00F0
    mov bx, 0x000F
    mov cl, 8
    SETF 0
    shrd [mem16], bx, cl            ; 0x0F00, CF = bit 7 = 1
    CHECK_FLAGS MN, F_CF|F_PF
    CHECK word [mem16], 0x0F00
    PASS

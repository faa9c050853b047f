; XCHG (register/register, register/memory, the 90+r accumulator forms; no flags), CMPXCHG
; (8/16/32-bit; equal: ZF=1 and dest <- src; not equal: ZF=0 and accumulator <- dest;
; flags as CMP accumulator, dest) and XADD (dest <- dest+src, src <- old dest; flags of the
; addition), with and without LOCK.
; SDM vol. 2B "XCHG", "XADD"; vol. 2A "CMPXCHG".
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
mem32: resd 1
mem16: resw 1
mem8:  resb 1

TEST_START
    mov ax, 0x1111
    mov bx, 0x2222
    xchg ax, bx
    CHECK ax, 0x2222
    CHECK bx, 0x1111
    mov word [mem16], 0x3333
    xchg [mem16], ax
    CHECK ax, 0x3333
    CHECK word [mem16], 0x2222
    PRINT "real mode ok", 10

    GO_PM32
    ; ---- XCHG: no flags
    mov eax, 0x11111111
    mov ecx, 0x22222222
    SETF F_CF|F_ZF|F_SF
    xchg eax, ecx                   ; 91
    CHECK eax, 0x22222222
    CHECK ecx, 0x11111111
    CHECK_FLAGS F_ARITH, F_CF|F_ZF|F_SF
    mov edx, 0x33333333
    mov esi, 0x44444444
    xchg edx, esi                   ; 87 /r
    CHECK edx, 0x44444444
    CHECK esi, 0x33333333
    mov dword [mem32], 0xAAAAAAAA
    xchg [mem32], edx
    CHECK edx, 0xAAAAAAAA
    CHECK dword [mem32], 0x44444444
    mov eax, 0x12345678
    xchg al, ah
    CHECK eax, 0x12347856
    mov byte [mem8], 0x9A
    mov ebx, 0x000000BC
    lock xchg [mem8], bl
    CHECK ebx, 0x9A
    CHECK byte [mem8], 0xBC
    mov eax, 0xFFFF0001
    mov edi, 0xEEEE0002
    xchg ax, di                     ; 66 97
    CHECK eax, 0xFFFF0002
    CHECK edi, 0xEEEE0001

    ; ---- CMPXCHG 32: equal
    mov dword [mem32], 5
    mov eax, 5
    mov ecx, 9
    SETF F_CF
    cmpxchg [mem32], ecx
    CHECK dword [mem32], 9
    CHECK eax, 5
    CHECK_FLAGS F_ARITH, F_ZF|F_PF
    ; not equal: EAX <- dest, flags of 5 - 7
    mov dword [mem32], 7
    mov eax, 5
    SETF F_ZF
    lock cmpxchg [mem32], ecx
    CHECK eax, 7
    CHECK dword [mem32], 7
    CHECK_FLAGS F_ARITH, F_CF|F_SF|F_AF
    ; register destination
    mov edx, 0x80000000
    mov eax, 0x7FFFFFFF
    mov ebx, 1
    cmpxchg edx, ebx                ; 0x7FFFFFFF - 0x80000000: not equal
    CHECK eax, 0x80000000
    CHECK edx, 0x80000000
    CHECK_FLAGS F_ARITH, F_CF|F_OF|F_SF|F_PF
    ; 8-bit
    mov eax, 0xAAAAAA80
    mov bl, 0x80
    mov cl, 0x01
    cmpxchg bl, cl
    CHECK bl, 0x01
    CHECK eax, 0xAAAAAA80
    CHECK_FLAGS F_ZF, F_ZF
    mov byte [mem8], 0x10
    mov al, 0x20
    cmpxchg [mem8], cl
    CHECK eax, 0xAAAAAA10
    CHECK_FLAGS F_ARITH, 0
    ; 16-bit: accumulator upper half kept
    mov eax, 0xBBBB1234
    mov dx, 0x1235
    mov cx, 0x9999
    cmpxchg dx, cx
    CHECK eax, 0xBBBB1235
    CHECK dx, 0x1235
    CHECK_FLAGS F_ARITH, F_CF|F_SF|F_AF|F_PF

    ; ---- XADD
    mov dword [mem32], 0xFFFFFFFF
    mov eax, 1
    SETF 0
    xadd [mem32], eax
    CHECK dword [mem32], 0
    CHECK eax, 0xFFFFFFFF
    CHECK_FLAGS F_ARITH, F_CF|F_ZF|F_AF|F_PF
    mov al, 0x70
    mov bl, 0x10
    xadd al, bl
    CHECK al, 0x80
    CHECK bl, 0x70
    CHECK_FLAGS F_ARITH, F_OF|F_SF
    mov word [mem16], 0x7FFF
    mov cx, 0x0001
    lock xadd [mem16], cx
    CHECK word [mem16], 0x8000
    CHECK cx, 0x7FFF
    CHECK_FLAGS F_ARITH, F_OF|F_SF|F_AF|F_PF
    ; same register as both operands: the sum is written last
    mov eax, 3
    xadd eax, eax
    CHECK eax, 6
    PASS

; BSF and BSR: index of the lowest / highest set bit, ZF=0; a zero source sets ZF=1 (the
; destination is then undefined and not checked). 16/32-bit, register and memory sources.
; SDM vol. 2A "BSF", "BSR" (CF OF SF AF PF undefined: not checked).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
mem32: resd 1
mem16: resw 1

TEST_START
    mov cx, 0x0180
    SETF F_ZF
    bsf ax, cx
    CHECK ax, 7
    CHECK_FLAGS F_ZF, 0
    bsr ax, cx
    CHECK ax, 8
    PRINT "real mode ok", 10

    GO_PM32
    mov ecx, 0x00018000
    SETF F_ZF
    bsf eax, ecx
    CHECK eax, 15
    CHECK_FLAGS F_ZF, 0
    SETF F_ZF
    bsr eax, ecx
    CHECK eax, 16
    CHECK_FLAGS F_ZF, 0
    mov ecx, 1
    bsr edx, ecx
    CHECK edx, 0
    bsf edx, ecx
    CHECK edx, 0
    mov ecx, 0x80000000
    bsr esi, ecx
    CHECK esi, 31
    bsf esi, ecx
    CHECK esi, 31
    mov ecx, 0xFFFFFFFF
    bsf edi, ecx
    CHECK edi, 0
    bsr edi, ecx
    CHECK edi, 31
    ; 16-bit: upper half of the destination kept
    mov eax, 0xABCD0000
    mov cx, 0x8000
    bsf ax, cx
    CHECK eax, 0xABCD000F
    ; zero source: ZF=1
    xor ecx, ecx
    SETF 0
    bsf eax, ecx
    CHECK_FLAGS F_ZF, F_ZF
    SETF 0
    bsr eax, ecx
    CHECK_FLAGS F_ZF, F_ZF
    mov word [mem16], 0
    SETF 0
    bsr bx, [mem16]
    CHECK_FLAGS F_ZF, F_ZF
    ; memory sources
    mov dword [mem32], 0x00000300
    SETF F_ZF
    bsr ebx, [mem32]
    CHECK ebx, 9
    CHECK_FLAGS F_ZF, 0
    bsf ebx, [mem32]
    CHECK ebx, 8
    mov word [mem16], 0x0001
    bsr bx, [mem16]
    CHECK bx, 0
    mov word [mem16], 0x4000
    bsf bp, [mem16]
    CHECK bp, 14
    PASS

; Sign extension within the accumulator: CBW, CWDE, CWD, CDQ (also through the operand-size
; prefix in real mode), no flags; and the no-operation forms 90, F3 90 (PAUSE) and the
; multi-byte NOP 0F 1F /0 (register and memory forms, never accessing memory).
; SDM vol. 2A "CBW/CWDE/CDQE", "CWD/CDQ/CQO", vol. 2B "NOP" (0F 1F /0), "PAUSE".
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

TEST_START
    mov ax, 0x0080
    cbw
    CHECK ax, 0xFF80
    mov ax, 0x8000
    cwd
    CHECK dx, 0xFFFF
    mov eax, 0x00008000
    cwde                            ; 66 98 in real mode
    CHECK eax, 0xFFFF8000
    mov eax, 1
    mov edx, 0xFFFFFFFF
    cdq
    CHECK edx, 0
    PRINT "real mode ok", 10

    GO_PM32
    SETF F_ARITH
    mov eax, 0x1234567F
    cbw
    CHECK eax, 0x1234007F
    mov eax, 0xABCD0080
    cbw
    CHECK eax, 0xABCDFF80
    mov eax, 0x12348000
    cwde
    CHECK eax, 0xFFFF8000
    mov eax, 0x12347FFF
    cwde
    CHECK eax, 0x00007FFF
    mov eax, 0x00008000
    mov edx, 0x55555555
    cwd
    CHECK edx, 0x5555FFFF
    mov eax, 0x80000000
    cdq
    CHECK edx, 0xFFFFFFFF
    mov eax, 0x7FFFFFFF
    cdq
    CHECK edx, 0
    CHECK_FLAGS F_ARITH, F_ARITH, "no flags changed"
    ; no-operation forms
    mov eax, 0x11111111
    mov ebx, 0x22222222
    nop
    pause
    db 0x0F, 0x1F, 0x00             ; nop dword [eax]: must not touch memory
    db 0x0F, 0x1F, 0x44, 0x00, 0x00 ; nop dword [eax+eax*1+0]
    db 0x66, 0x0F, 0x1F, 0x84, 0x00, 0, 0, 0, 0
    db 0x0F, 0x1F, 0xC0             ; register form
    CHECK eax, 0x11111111
    CHECK ebx, 0x22222222
    CHECK_FLAGS F_ARITH, F_ARITH
    PASS

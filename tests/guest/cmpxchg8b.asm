; CMPXCHG8B m64: EDX:EAX == m64 -> ZF=1, m64 <- ECX:EBX; else ZF=0, EDX:EAX <- m64. Only ZF
; changes (CF PF AF SF OF unaffected). A register operand is #UD. CPUID.1:EDX.CX8 must be set.
; SDM vol. 2A "CMPXCHG8B/CMPXCHG16B" ("The CF, PF, AF, SF, and OF flags are unaffected";
; "#UD If the destination is not a memory operand").
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
m64: resq 1

TEST_START
    GO_PM32
    mov eax, 1
    cpuid
    bt edx, 8
    CHECK_FLAGS F_CF, F_CF, "CPUID.1:EDX.CX8"

    ; equal
    mov dword [m64], 0x55667788
    mov dword [m64+4], 0x11223344
    mov eax, 0x55667788
    mov edx, 0x11223344
    mov ebx, 0xEEFF0011
    mov ecx, 0xAABBCCDD
    SETF F_CF|F_PF|F_AF|F_SF|F_OF
    cmpxchg8b [m64]
    CHECK_FLAGS F_ARITH, F_ZF|F_CF|F_PF|F_AF|F_SF|F_OF
    CHECK dword [m64], 0xEEFF0011
    CHECK dword [m64+4], 0xAABBCCDD
    CHECK eax, 0x55667788
    CHECK edx, 0x11223344
    ; not equal in the high half only
    mov eax, 0xEEFF0011
    mov edx, 0xAABBCCDE
    mov ebx, 0
    mov ecx, 0
    SETF F_ZF
    lock cmpxchg8b [m64]
    CHECK_FLAGS F_ARITH, 0
    CHECK eax, 0xEEFF0011
    CHECK edx, 0xAABBCCDD
    CHECK dword [m64], 0xEEFF0011
    CHECK dword [m64+4], 0xAABBCCDD
    ; not equal in the low half only
    mov eax, 0
    mov edx, 0xAABBCCDD
    SETF F_ZF|F_CF
    cmpxchg8b [m64]
    CHECK_FLAGS F_ARITH, F_CF
    CHECK eax, 0xEEFF0011
    ; register operand (0F C7 /1 with mod=11) -> #UD
    EXC_ARM .r
.f:
    db 0x0F, 0xC7, 0xC8
.r:
    CHECK_EXC 6, 0, .f
    PASS

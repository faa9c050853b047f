; Precise exceptions in the middle of straight-line code: every instruction before the
; faulting one has completed (registers, memory, and the EFLAGS it produced, which the
; exception frame must hold), the faulting one and those after it have not. Faults: #DE
; after flag-producing arithmetic, #UD after a memory store, #GP at CPL 3 (OUT) after
; INC (CF preserved), and #BR after a compare, each inside one basic block.
; SDM vol. 3, 6.5 "Exception Classifications" ("faults ... the state of the processor is
; restored to the state prior to the beginning of execution of the faulting instruction";
; the return address points to the faulting instruction).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
m: resd 2
bounds: resd 2

TEST_START
    GO_PM32
    ; ---- #DE after ADD/ADC: the frame's EFLAGS are those of the ADC
    mov eax, 0xFFFFFFFF
    mov ebx, 0x7FFFFFFF
    xor ecx, ecx
    xor edx, edx
    mov esi, 0
    EXC_ARM .r1
    add eax, 1                      ; 0, CF=1
    adc ebx, 0                      ; 0x80000000: OF SF, CF=0, AF, PF
    mov dword [m], 0xAAAAAAAA
.f1:
    div ecx
    mov esi, 1                      ; never executed
    mov dword [m], 0xBBBBBBBB
.r1:
    CHECK_EXC 0, 0, .f1
    CHECK eax, 0
    CHECK ebx, 0x80000000
    CHECK esi, 0, "nothing after the fault ran"
    CHECK dword [m], 0xAAAAAAAA
    mov eax, [exc_eflags]
    and eax, F_ARITH
    CHECK eax, F_OF|F_SF|F_AF|F_PF, "saved EFLAGS = flags of the ADC before the fault"

    ; ---- #UD after a store and a SUB
    mov edi, 5
    EXC_ARM .r2
    mov dword [m+4], 0x12345678
    sub edi, 6                      ; -1: CF SF AF PF
.f2:
    ud2
    mov edi, 0
.r2:
    CHECK_EXC 6, 0, .f2
    CHECK edi, 0xFFFFFFFF
    CHECK dword [m+4], 0x12345678
    mov eax, [exc_eflags]
    and eax, F_ARITH
    CHECK eax, F_CF|F_SF|F_AF|F_PF

    ; ---- #GP at CPL 3 after INC (CF kept from the earlier STC)
    TO_RING3
    mov ebx, 0x7F
    EXC_ARM .r3
    stc
    inc bl                          ; 0x80: OF SF AF, CF stays 1
.f3:
    out 0x80, al
    inc ebx
.r3:
    CHECK_EXC 13, 0, .f3
    CHECK ebx, 0x80
    mov eax, [exc_eflags]
    and eax, F_ARITH
    CHECK eax, F_CF|F_OF|F_SF|F_AF
    TO_RING0

    ; ---- #BR after a CMP
    mov dword [bounds], 0
    mov dword [bounds+4], 10
    mov eax, 11
    EXC_ARM .r4
    cmp eax, 11                     ; ZF PF
.f4:
    bound eax, [bounds]
    mov eax, 0
.r4:
    CHECK_EXC 5, 0, .f4
    CHECK eax, 11
    mov eax, [exc_eflags]
    and eax, F_ARITH
    CHECK eax, F_ZF|F_PF
    PASS

; RDTSC: present (CPUID.1:EDX.TSC), works in real mode and at any CPL while CR4.TSD=0, and
; the counter is monotonic: a read after some work is strictly greater (64-bit compare).
; With CR4.TSD=1 it is #GP(0) at CPL 3 and still works at CPL 0.
; SDM vol. 2B "RDTSC" ("#GP(0) If the TSD flag in register CR4 is set and the CPL is greater
; than 0"); vol. 3, 18.17 "Time-Stamp Counter" ("monotonically increments"), 2.5 (CR4.TSD).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
t1: resq 1
t2: resq 1

; BUSY: some work between two reads
%macro BUSY 0
    mov ecx, 1000
%%l:
    add ebx, ecx
    dec ecx
    jnz %%l
%endmacro

; CHECK_T2_GT_T1: the 64-bit value t2 is above t1
%macro CHECK_T2_GT_T1 0
    mov eax, [t2]
    mov edx, [t2+4]
    sub eax, [t1]
    sbb edx, [t1+4]                 ; t2 - t1: no borrow and not zero
    setc bl
    CHECK bl, 0, "second RDTSC not below the first"
    or eax, edx
    setz bl
    CHECK bl, 0, "second RDTSC above the first"
%endmacro

TEST_START
    rdtsc
    mov [t1], eax
    mov [t1+4], edx
    BUSY
    rdtsc
    mov [t2], eax
    mov [t2+4], edx
    CHECK_T2_GT_T1
    PRINT "real mode ok", 10

    GO_PM32
    mov eax, 1
    cpuid
    bt edx, 4
    CHECK_FLAGS F_CF, F_CF, "CPUID.1:EDX.TSC"
    rdtsc
    mov [t1], eax
    mov [t1+4], edx
    BUSY
    rdtsc
    mov [t2], eax
    mov [t2+4], edx
    CHECK_T2_GT_T1
    ; CPL 3 with TSD=0
    TO_RING3
    rdtsc
    mov [t1], eax
    mov [t1+4], edx
    BUSY
    rdtsc
    mov [t2], eax
    mov [t2+4], edx
    CHECK_T2_GT_T1
    TO_RING0
    ; TSD=1
    mov eax, cr4
    or eax, 1 << 2
    mov cr4, eax
    EXC_ARM .r0
    rdtsc
.r0:
    EXC_DISARM
    CHECK dword [exc_count], 0, "RDTSC at CPL 0 with TSD=1"
    TO_RING3
    EXC_ARM .r1
.f1:
    rdtsc
.r1:
    CHECK_EXC 13, 0, .f1
    TO_RING0
    mov eax, cr4
    and eax, ~(1 << 2)
    mov cr4, eax
    PASS

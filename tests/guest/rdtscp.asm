; RDTSCP and IA32_TSC_AUX: CPUID.80000001H:EDX.RDTSCP[bit 27] is set; RDTSCP loads EDX:EAX
; with the time-stamp counter and ECX with IA32_TSC_AUX[31:0] (MSR C000_0103H, written with
; WRMSR); the counter it reads is the one RDTSC reads (a later read is greater); CR4.TSD=1
; makes it #GP(0) at CPL 3 as for RDTSC.
; SDM vol. 2B "RDTSCP"; vol. 4, table 2-2 (IA32_TSC_AUX); vol. 2A CPUID leaf 80000001H.
; expect-exit: 1
; expect-output: PASS
; qemu-args: -cpu max
; qemu-binary: qemu-system-x86_64
%include "tern.inc"

[absolute TESTVARS]
t1: resq 1
t2: resq 1

TEST_START
    GO_PM32
    mov eax, 0x80000001
    cpuid
    bt edx, 27
    CHECK_FLAGS F_CF, F_CF, "CPUID.80000001H:EDX.RDTSCP"
    mov ecx, 0xC0000103             ; IA32_TSC_AUX
    mov eax, 0x12345678
    xor edx, edx
    wrmsr
    rdtsc
    mov [t1], eax
    mov [t1+4], edx
    mov ecx, 1000
.busy:
    dec ecx
    jnz .busy
    mov ecx, 0xdeadbeef
    rdtscp
    mov [t2], eax
    mov [t2+4], edx
    CHECK ecx, 0x12345678, "RDTSCP loads ECX with IA32_TSC_AUX"
    mov eax, [t2]
    mov edx, [t2+4]
    sub eax, [t1]
    sbb edx, [t1+4]
    setc bl
    CHECK bl, 0, "RDTSCP not below an earlier RDTSC"
    or eax, edx
    setz bl
    CHECK bl, 0, "RDTSCP above an earlier RDTSC"
    ; RDMSR reads TSC_AUX back
    mov ecx, 0xC0000103
    rdmsr
    CHECK eax, 0x12345678, "RDMSR IA32_TSC_AUX"
    ; CPL 3 with TSD=0 works; with TSD=1 it is #GP(0)
    TO_RING3
    rdtscp
    CHECK ecx, 0x12345678, "RDTSCP at CPL 3"
    TO_RING0
    mov eax, cr4
    or eax, 1 << 2
    mov cr4, eax
    TO_RING3
    EXC_ARM .r1
.f1:
    rdtscp
.r1:
    CHECK_EXC 13, 0, .f1
    TO_RING0
    mov eax, cr4
    and eax, ~(1 << 2)
    mov cr4, eax
    PASS

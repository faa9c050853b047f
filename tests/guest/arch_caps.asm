; IA32_ARCH_CAPABILITIES: CPUID.(EAX=07H,ECX=0):EDX[29] enumerates the MSR (10AH); RDMSR
; reads it; it is read-only (WRMSR is #GP(0)). Tern's value says it has none of the
; transient-execution weaknesses the "_NO" bits rule out (RDCL_NO, SSB_NO, MDS_NO,
; IF_PSCHANGE_MC_NO, TAA_NO, SBDR_SSDP_NO, FBSDP_NO, PSDP_NO, BHI_NO, PBRSB_NO, GDS_NO,
; RFDS_NO), which is what lets a Linux guest skip page-table isolation and VERW buffer
; clearing. Leaf 7 sub-leaf 0 EAX (the highest sub-leaf) is 0, and sub-leaf 1 is empty.
; SDM vol. 2A "CPUID" (leaf 07H); vol. 4, table 2-2 (IA32_ARCH_CAPABILITIES).
; QEMU 7.2's TCG does not offer the MSR: every check but the maximum leaf follows the
; marker.
; qemu-deviation: IA32_ARCH_CAPABILITIES is not enumerated by TCG (SDM vol. 4, table 2-2)
; expect-exit: 1
; expect-output: PASS
; qemu-args: -cpu max
; qemu-binary: qemu-system-x86_64
%include "tern.inc"

NO_BITS equ (1 << 0) | (1 << 4) | (1 << 5) | (1 << 6) | (1 << 8) | (1 << 13) | (1 << 14) | \
            (1 << 15) | (1 << 20) | (1 << 24) | (1 << 26) | (1 << 27)

TEST_START
    GO_PM32
    xor eax, eax
    cpuid
    cmp eax, 7
    setae al
    CHECK al, 1, "maximum basic leaf >= 07H"
    QEMU_DEVIATION "IA32_ARCH_CAPABILITIES not enumerated"
    mov eax, 7
    xor ecx, ecx
    cpuid
    bt edx, 29
    CHECK_FLAGS F_CF, F_CF, "CPUID.07H.0:EDX.ARCH_CAPABILITIES"
    CHECK eax, 0, "leaf 07H: highest sub-leaf 0"
    mov eax, 7
    mov ecx, 1
    cpuid
    CHECK edx, 0, "leaf 07H sub-leaf 1 EDX"
    mov ecx, 0x10a
    rdmsr
    CHECK eax, NO_BITS, "IA32_ARCH_CAPABILITIES[31:0]"
    CHECK edx, 0, "IA32_ARCH_CAPABILITIES[63:32]"
    ; read-only
    mov ecx, 0x10a
    xor eax, eax
    xor edx, edx
    EXC_ARM .r1
.f1:
    wrmsr
.r1:
    CHECK_EXC 13, 0, .f1
    mov ecx, 0x10a
    rdmsr
    CHECK eax, NO_BITS, "unchanged by WRMSR"
    PASS

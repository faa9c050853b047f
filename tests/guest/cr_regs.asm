; Control registers: CR0 reset value 60000010H; SMSW (register and memory); LMSW loads only
; PE/MP/EM/TS and cannot clear PE; CLTS; MOV CR0 round trips (CD, NW, AM, WP, NE, MP, TS)
; with ET reading as 1 (invalid CR0 combinations: cr0_invalid.asm); CR2 and CR3 round
; trips; CR4 starts 0 and takes the TSD bit; at CPL 3 MOV to/from CRn, CLTS and LMSW are
; #GP(0) while SMSW works; last, a reserved CR4 bit (15) is #GP(0) and changes nothing.
; SDM vol. 3, 2.5 "Control Registers" (ET "hardcoded to 1" on P6 and later; figure 2-7
; reserved CR4 bits), 10.1.1 table 10-1 (CR0 = 60000010H after reset); vol. 2A "LMSW"
; ("cannot be used to clear the PE flag"), "CLTS"; vol. 2A "MOV—Move to/from Control
; Registers" ("#GP(0) If an attempt is made to write a 1 to any reserved bit in CR4");
; vol. 2B "SMSW".
; qemu-deviation: QEMU 7.2 TCG answers the reserved CR4 write with an SVM #VMEXIT that
; never completes (the guest spins at the MOV) instead of #GP(0). Ring 0 only: not
; checkable on the host CPU.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
msw: resw 1

TEST_START
    mov eax, cr0
    CHECK eax, 0x60000010, "CR0 after reset"
    smsw ax
    CHECK ax, 0x0010
    mov word [msw], 0xFFFF
    smsw [msw]
    CHECK word [msw], 0x0010
    mov ax, 0x000A                  ; MP, TS
    lmsw ax
    mov eax, cr0
    CHECK eax, 0x6000001A
    clts
    mov eax, cr0
    CHECK eax, 0x60000012
    xor ax, ax
    lmsw ax
    mov eax, cr0
    CHECK eax, 0x60000010
    ; MOV CR0 round trips; ET reads back as 1
    mov eax, 0x00050020             ; AM, WP, NE; CD=NW=0, ET=0 written
    mov cr0, eax
    mov ebx, cr0
    CHECK ebx, 0x00050030
    mov eax, 0x6000000A
    mov cr0, eax
    mov ebx, cr0
    CHECK ebx, 0x6000001A
    mov eax, 0x60000010
    mov cr0, eax
    ; CR2, CR3
    mov eax, 0xDEADBEEF
    mov cr2, eax
    mov ebx, cr2
    CHECK ebx, 0xDEADBEEF
    mov eax, 0x00123018             ; page-directory base, PCD, PWT
    mov cr3, eax
    mov ebx, cr3
    CHECK ebx, 0x00123018
    xor eax, eax
    mov cr3, eax
    ; CR4
    mov eax, cr4
    CHECK eax, 0, "CR4 after reset"
    PRINT "real mode ok", 10

    GO_PM32
    mov eax, cr0
    CHECK eax, 0x60000011
    ; LMSW cannot clear PE
    xor eax, eax
    lmsw ax
    mov eax, cr0
    CHECK eax, 0x60000011
    smsw eax
    CHECK ax, 0x0011
    ; CR4.TSD round trip (RDTSC is required by the CPU model), reserved bit 15
    mov eax, cr4
    or eax, 1 << 2
    mov cr4, eax
    mov ebx, cr4
    CHECK ebx, 1 << 2
    xor eax, eax
    mov cr4, eax

    ; CPL 3
    TO_RING3
    smsw eax
    CHECK ax, 0x0011, "SMSW at CPL 3"
    EXC_ARM .r4
.f4:
    mov eax, cr0
.r4:
    CHECK_EXC 13, 0, .f4
    EXC_ARM .r5
.f5:
    mov cr3, eax
.r5:
    CHECK_EXC 13, 0, .f5
    EXC_ARM .r6
.f6:
    clts
.r6:
    CHECK_EXC 13, 0, .f6
    EXC_ARM .r7
.f7:
    lmsw ax
.r7:
    CHECK_EXC 13, 0, .f7
    TO_RING0

    QEMU_DEVIATION "QEMU 7.2 TCG loops on a reserved CR4 bit instead of #GP(0)"
    mov eax, cr4
    or eax, 1 << 2
    mov cr4, eax
    mov eax, (1 << 15) | (1 << 2)
    EXC_ARM .r3
.f3:
    mov cr4, eax
.r3:
    CHECK_EXC 13, 0, .f3
    mov ebx, cr4
    CHECK ebx, 1 << 2, "CR4 unchanged by the faulting write"
    PASS

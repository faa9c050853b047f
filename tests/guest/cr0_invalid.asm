; Invalid CR0 combinations are #GP(0) and leave CR0 unchanged: NW=1 with CD=0, and PG=1
; with PE=0 (real mode, so the #GP arrives through the IVT as vector 13).
; SDM vol. 2A "MOV—Move to/from Control Registers", real-address mode exceptions: "#GP If an
; attempt is made to write invalid bit combinations in CR0 (such as setting the PG flag to 1
; when the PE flag is set to 0, or setting the CD flag to 0 when the NW flag is set to 1)";
; vol. 3, 2.5 (CD and NW).
; qemu-deviation: QEMU 7.2 TCG accepts both writes (NW without CD silently; PG without PE
; turns on paging and the next fetch page-faults into a triple fault). Not checkable on the
; host CPU (ring 0 only).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

TEST_START
    QEMU_DEVIATION "QEMU 7.2 TCG accepts invalid CR0 bit combinations"
    mov eax, 0x20000010             ; NW=1, CD=0
    EXC_ARM .r1
.f1:
    mov cr0, eax
.r1:
    CHECK_EXC 13, NOERR, .f1
    mov ebx, cr0
    CHECK ebx, 0x60000010, "CR0 unchanged"
    mov eax, 0x80000010             ; PG=1, PE=0
    EXC_ARM .r2
.f2:
    mov cr0, eax
.r2:
    CHECK_EXC 13, NOERR, .f2
    mov ebx, cr0
    CHECK ebx, 0x60000010, "CR0 unchanged"
    PASS

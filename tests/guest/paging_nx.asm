; Execute-disable (NX): CPUID.80000001H:EDX[20] offers it; WRMSR sets IA32_EFER.NXE; with
; PAE paging the XD bit (63) of a PTE, of a PDE pointing to a page table, or of a 2 MiB
; PDE forbids instruction fetches from the page (reads and writes still work); the #PF
; for a fetch has I/D set (P|I/D = 11H, 15H from CPL 3, 10H for a not-present page) and
; CR2 and the saved EIP at the target. Code that ran before XD was set faults after
; INVLPG (translated code must not outlive the mapping). Last, after the QEMU deviation
; marker: with NXE cleared again the XD bit is reserved (P|RSVD, no I/D).
; SDM vol. 3, 4.1.4 / 2.2.1 (IA32_EFER.NXE), 4.4.2 and tables 4-10/4-11 (XD), 4.6 ("with
; IA32_EFER.NXE = 1, instructions may not be fetched from any linear address with a
; translation for which the XD flag is 1 in any paging-structure entry"), 4.7 (I/D),
; 4.10.4.1 (INVLPG); vol. 2A CPUID (80000001H EDX bit 20).
; qemu-deviation: QEMU's default CPU model (qemu32) does not offer NX: the test stops at
; the marker there; run it on QEMU with "-cpu qemu32,+nx" (a --qemu-binary wrapper) to
; check the rest. QEMU 7.2 TCG also reports reserved-bit faults without P (SDM vol. 3,
; 4.7: RSVD "can be set only if bit 0 is also set"): those checks come last.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

PDPT  equ 0x300000
PD0   equ 0x301000          ; linear 0-1 GiB
PT0   equ 0x302000          ; linear 4-6 MiB
LIN   equ 0x400000
PHYS  equ 0x310000
CODE  equ LIN + 0x1000      ; user page holding "mov eax, 0x1234 / ret"
SCODE equ LIN + 0x2000      ; supervisor page holding the same
BIG   equ 0x600000          ; 2 MiB page -> physical 8 MiB, "ret" at +0x100

%macro ZERO_PAGE 1
    mov edi, %1
    mov ecx, 1024
    xor eax, eax
    rep stosd
%endmacro

; PUT_CODE phys: mov eax, 0x1234 (B8 34 12 00 00) / ret (C3)
%macro PUT_CODE 1
    mov dword [%1], 0x001234B8
    mov word [%1 + 4], 0xC300
%endmacro

TEST_START
    GO_PM32
    mov eax, 0x80000000
    cpuid
    cmp eax, 0x80000001
    jb .no_nx
    mov eax, 0x80000001
    cpuid
    bt edx, 20
    jc .has_nx
.no_nx:
    QEMU_DEVIATION "this CPU model does not offer NX (QEMU: use -cpu qemu32,+nx)"
    CHECK edx, 0x00100000, "CPUID.80000001H:EDX.NX"
.has_nx:
    ZERO_PAGE PDPT
    ZERO_PAGE PD0
    ZERO_PAGE PT0
    mov dword [PDPT], PD0 | 1
    mov dword [PD0], 0x000000 | 0x87        ; 0-2 MiB identity, user rw (code, stacks)
    mov dword [PD0 + 8], 0x200000 | 0x83    ; 2-4 MiB identity (tables)
    mov dword [PD0 + 16], PT0 | 7           ; 4-6 MiB: page table
    mov dword [PD0 + 24], 0x800000 | 0x87   ; 6-8 MiB: 2 MiB page
    mov dword [PT0], PHYS | 7
    mov dword [PT0 + 8], (PHYS + 0x1000) | 7 ; CODE: user rw
    mov dword [PT0 + 16], (PHYS + 0x2000) | 3 ; SCODE: supervisor rw
                                            ; LIN+3000: not present
    PUT_CODE PHYS + 0x1000
    PUT_CODE PHYS + 0x2000
    mov byte [0x800000 + 0x100], 0xC3

    ; EFER.NXE
    mov ecx, 0xC0000080
    rdmsr
    or eax, 0x800
    wrmsr
    rdmsr
    and eax, 0x800
    CHECK eax, 0x800, "EFER.NXE set"
    PAGING_ON PDPT, 0x20
    ; XD = 0: the page runs
    xor eax, eax
    mov ebx, CODE
    call ebx
    CHECK eax, 0x1234, "code runs with XD = 0"
    mov ebx, BIG + 0x100
    call ebx

    ; XD in the PTE: reads and writes work, a fetch faults with P|I/D
    mov dword [PT0 + 8 + 4], 0x80000000
    invlpg [CODE]
    mov eax, [CODE]
    CHECK eax, 0x001234B8, "read of an XD page"
    mov byte [CODE + 6], 0x90
    EXC_ARM .r1
    mov ebx, CODE
    call ebx
    EXIT 90
.r1:
    add esp, 4
    CHECK_EXC 14, 0x11, CODE
    mov eax, cr2
    CHECK eax, CODE
    ; XD in the PDE that points to the page table: every page under it
    mov dword [PT0 + 8 + 4], 0
    mov dword [PD0 + 16 + 4], 0x80000000
    invlpg [CODE]
    EXC_ARM .r2
    mov ebx, CODE
    call ebx
    EXIT 91
.r2:
    add esp, 4
    CHECK_EXC 14, 0x11, CODE
    mov eax, [LIN]
    mov dword [PD0 + 16 + 4], 0
    invlpg [CODE]
    xor eax, eax
    mov ebx, CODE
    call ebx
    CHECK eax, 0x1234, "runs again once XD is clear"
    ; XD in a 2 MiB PDE
    mov dword [PD0 + 24 + 4], 0x80000000
    invlpg [BIG]
    mov al, [BIG + 0x100]
    CHECK al, 0xC3, "read of an XD 2 MiB page"
    EXC_ARM .r3
    mov ebx, BIG + 0x100
    call ebx
    EXIT 92
.r3:
    add esp, 4
    CHECK_EXC 14, 0x11, BIG + 0x100
    mov eax, cr2
    CHECK eax, BIG + 0x100
    mov dword [PD0 + 24 + 4], 0
    invlpg [BIG]
    ; a not-present page: I/D alone
    EXC_ARM .r4
    mov ebx, LIN + 0x3000
    call ebx
    EXIT 93
.r4:
    add esp, 4
    CHECK_EXC 14, 0x10, LIN + 0x3000

    ; CPL 3: an XD user page (P|U|I/D), a supervisor page (P|U|I/D)
    mov dword [PT0 + 8 + 4], 0x80000000
    invlpg [CODE]
    TO_RING3
    EXC_ARM .r5
    mov ebx, CODE
    call ebx
    EXIT 94
.r5:
    add esp, 4
    CHECK_EXC 14, 0x15, CODE
    EXC_ARM .r6
    mov ebx, SCODE
    call ebx
    EXIT 95
.r6:
    add esp, 4
    CHECK_EXC 14, 0x15, SCODE
    TO_RING0
    mov dword [PT0 + 8 + 4], 0
    invlpg [CODE]

    ; NXE = 0: XD is a reserved bit (P|RSVD; no I/D without NXE)
    QEMU_DEVIATION "QEMU 7.2 TCG reports RSVD page faults without P"
    mov ecx, 0xC0000080
    rdmsr
    and eax, ~0x800
    wrmsr
    mov dword [PT0 + 8 + 4], 0x80000000
    invlpg [CODE]
    EXC_ARM .r7
.f7: mov eax, [CODE]
    EXIT 96
.r7:
    CHECK_EXC 14, 0x09, .f7
    EXC_ARM .r8
    mov ebx, CODE
    call ebx
    EXIT 97
.r8:
    add esp, 4
    CHECK_EXC 14, 0x09, CODE
    PASS

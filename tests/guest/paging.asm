; Paging (32-bit, CR4.PSE): 4 KiB pages through a page table and 4 MiB pages in the page
; directory; accessed and dirty bits set by reads and writes; #PF error codes (P, W/R, U/S)
; and CR2 for a not-present page, a supervisor write to a read-only page with CR0.WP=1,
; user accesses to read-only and supervisor pages, and an instruction fetch from a
; not-present page (I/D stays 0 without SMEP/NX); a store straddling into a read-only page
; faults with CR2 at that page and writes nothing; INVLPG makes a changed PTE visible.
; SDM vol. 3, 4.3 "32-Bit Paging" (tables 4-4/4-5/4-6), 4.6 "Access Rights" (CR0.WP),
; 4.7 "Page-Fault Exceptions" (error code bits, CR2), 4.8 "Accessed and Dirty Flags",
; 4.10.4.1 (INVLPG). Written with the system helper (cpu/mmu.c), checked by hand.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

PD   equ 0x300000
PT   equ 0x301000
LIN  equ 0x400000          ; PT covers 0x400000-0x7FFFFF
PHYS equ 0x310000

TEST_START
    GO_PM32
    ; PDE 0: identity 4 MiB supervisor page (code, stacks, tables); PDE 1: PT, user rw
    mov dword [PD], 0x83
    mov dword [PD + 4], PT | 7
    mov dword [PD + 8], 0x800000 | 0x87       ; 4 MiB user page at 8 MiB
    mov dword [PD + 0xFFC], 0xFFC00000 | 0x83 ; ROM at the top
    mov edi, PT
    mov ecx, 1024
    xor eax, eax
    rep stosd
    mov dword [PT + 0], PHYS | 7              ; LIN+0     -> PHYS     user rw
    mov dword [PT + 4], (PHYS + 0x1000) | 5   ; LIN+1000  -> PHYS+1000 user ro
    mov dword [PT + 8], (PHYS + 0x2000) | 3   ; LIN+2000  supervisor rw
                                              ; LIN+3000  not present
    mov dword [PHYS], 0x12345678
    PAGING_ON PD, 0x10                   ; PSE
    mov eax, [LIN]
    CHECK eax, 0x12345678
    mov eax, [PT]
    and eax, 0x60
    CHECK eax, 0x20, "accessed, not dirty"
    mov dword [LIN + 4], 1
    mov eax, [PT]
    and eax, 0x60
    CHECK eax, 0x60, "dirty after the write"
    ; not present, supervisor read: error code 0
    EXC_ARM .r1
.f1: mov eax, [LIN + 0x3010]
    EXIT 90
.r1:
    CHECK_EXC 14, 0, .f1
    mov eax, cr2
    CHECK eax, LIN + 0x3010
    ; supervisor write to read-only with WP=0 works; with WP=1 #PF(P|W)
    mov dword [LIN + 0x1000], 5
    mov eax, cr0
    or eax, 0x10000
    mov cr0, eax
    EXC_ARM .r2
.f2: mov dword [LIN + 0x1000], 6
    EXIT 91
.r2:
    CHECK_EXC 14, 3, .f2
    mov eax, [PHYS + 0x1000]
    CHECK eax, 5
    ; page-crossing store: second page read-only -> #PF, CR2 = second page, nothing written
    mov dword [PHYS + 0xFFC], 0
    EXC_ARM .r3
.f3: mov dword [LIN + 0xFFE], 0xAABBCCDD
    EXIT 92
.r3:
    CHECK_EXC 14, 3, .f3
    mov eax, cr2
    CHECK eax, LIN + 0x1000
    mov eax, [PHYS + 0xFFC]
    CHECK eax, 0, "first page untouched"
    ; remap + INVLPG
    mov eax, [LIN]
    mov dword [PT], (PHYS + 0x2000) | 7
    mov dword [PHYS + 0x2000], 0x99
    invlpg [LIN]
    mov eax, [LIN]
    CHECK eax, 0x99
    ; 4 MiB page
    mov dword [0x800010], 0x4444
    mov eax, [0x800010]
    CHECK eax, 0x4444
    mov eax, [PD + 8]
    and eax, 0x60
    CHECK eax, 0x60
    ; code fetch from a not-present page: #PF with CR2 = EIP
    mov dword [PT + 12], 0
    EXC_ARM .r4
    mov eax, LIN + 0x3000
    call eax
    EXIT 93
.r4:
    CHECK dword [exc_vec], 14
    CHECK dword [exc_err], 0
    CHECK dword [exc_eip], LIN + 0x3000
    mov eax, cr2
    CHECK eax, LIN + 0x3000
    add esp, 4
    ; ring 3: user write to a read-only page (P|W|U), user read of a supervisor page (P|U)
    mov dword [PD], 0x87
    mov eax, cr3
    mov cr3, eax
    TO_RING3
    EXC_ARM .r5
.f5: mov dword [LIN + 0x1000], 7
    EXIT 94
.r5:
    CHECK_EXC 14, 7, .f5
    EXC_ARM .r6
.f6: mov eax, [LIN + 0x2000]
    EXIT 95
.r6:
    CHECK_EXC 14, 5, .f6
    TO_RING0
    PASS

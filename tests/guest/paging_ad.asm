; Accessed and dirty flags. 32-bit paging: a read sets A in the PDE and the PTE, not D; a
; write sets D in the PTE only (never in a PDE that points to a page table); a write to a
; page first read (its translation already cached) still sets D; after software clears
; A/D and invalidates, the next accesses set them again; a write that faults sets no D; an
; instruction fetch sets A, not D; a PDE used on the way to a not-present PTE gets A; a
; 4 MiB page keeps A/D in its PDE. PAE paging: A/D in the PDE and PTE (and in a 2 MiB
; PDE), never in a PDPTE (bits 8:5 of a PDPTE are reserved).
; SDM vol. 3, 4.8 "Accessed and Dirty Flags" ("whenever the processor uses a paging-
; structure entry as part of linear-address translation, it sets the accessed flag";
; "whenever there is a write to a linear address, the processor sets the dirty flag ... in
; the paging-structure entry that identifies the final physical address"), 4.10.4.2
; (invalidate after clearing A/D), 4.3 and 4.4 (entry formats, PDPTE registers).
; qemu-deviation: QEMU 7.2 TCG writes an accessed flag into bit 5 of a PAE PDPTE, a bit
; SDM vol. 3, table 4-8 reserves (the PDPTEs are loaded into registers, 4.4.1): checked
; last.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

PD   equ 0x300000
PT   equ 0x301000          ; linear 4-8 MiB
PT2  equ 0x302000          ; linear 12-16 MiB: nothing present
PHYS equ 0x310000
LIN  equ 0x400000
BIG  equ 0x800000          ; 4 MiB page -> physical 16 MiB
PDPT equ 0x303000
PDIR equ 0x304000
PTAB equ 0x305000

%macro ZERO_PAGE 1
    mov edi, %1
    mov ecx, 1024
    xor eax, eax
    rep stosd
%endmacro

; AD_IS entry_address, expected A/D bits (0x20 A, 0x40 D), "text"
%macro AD_IS 3
    mov eax, [%1]
    and eax, 0x60
    CHECK eax, %2, %3
%endmacro

TEST_START
    GO_PM32
    ZERO_PAGE PD
    ZERO_PAGE PT
    ZERO_PAGE PT2
    mov dword [PD], 0x83                    ; 0-4 MiB identity (code, stacks, tables)
    mov dword [PD + 4], PT | 7
    mov dword [PD + 8], 0x1000000 | 0x87    ; BIG: 4 MiB page
    mov dword [PD + 12], PT2 | 7
    mov dword [PT], PHYS | 7
    mov dword [PT + 4], (PHYS + 0x1000) | 5 ; read-only
    mov dword [PT + 8], (PHYS + 0x2000) | 7 ; code
    mov byte [PHYS + 0x2000], 0xC3          ; ret
    mov eax, cr4
    or eax, 0x10                            ; PSE
    mov cr4, eax
    mov eax, PD
    mov cr3, eax
    mov eax, cr0
    or eax, 0x80010000                      ; PG, WP
    mov cr0, eax
    jmp .pg
.pg:
    AD_IS PD + 4, 0, "PDE untouched before use"
    mov eax, [LIN]
    AD_IS PD + 4, 0x20, "read: A in the PDE"
    AD_IS PT, 0x20, "read: A, not D, in the PTE"
    mov dword [LIN], 1
    AD_IS PT, 0x60, "write after read: D"
    AD_IS PD + 4, 0x20, "no D in a PDE pointing to a page table"
    ; clear A/D, invalidate: a read sets A again, a write then D
    mov dword [PT], PHYS | 7
    invlpg [LIN]
    mov eax, [LIN + 8]
    AD_IS PT, 0x20, "A again"
    mov dword [LIN + 8], 2
    AD_IS PT, 0x60, "D again"
    ; a first access that writes sets both
    mov dword [PT], PHYS | 7
    invlpg [LIN]
    mov dword [LIN + 12], 3
    AD_IS PT, 0x60, "write: A and D"
    ; a faulting write (read-only page, CR0.WP = 1) sets no D
    EXC_ARM .r1
.f1: mov dword [LIN + 0x1000], 4
    EXIT 90
.r1:
    CHECK_EXC 14, 3, .f1
    mov eax, [PT + 4]
    and eax, 0x40
    CHECK eax, 0, "no D after a faulting write"
    ; a fetch sets A only
    mov ebx, LIN + 0x2000
    call ebx
    AD_IS PT + 8, 0x20, "fetch: A, not D"
    ; the PDE is used on the way to a not-present PTE: A
    EXC_ARM .r2
.f2: mov eax, [0xC00000]
    EXIT 91
.r2:
    CHECK_EXC 14, 0, .f2
    AD_IS PD + 12, 0x20, "PDE above a not-present PTE: A"
    ; 4 MiB page: A/D in the PDE
    AD_IS PD + 8, 0, "4 MiB PDE untouched"
    mov eax, [BIG + 0x123450]
    AD_IS PD + 8, 0x20, "4 MiB read: A"
    mov [BIG + 0x3FFFF0], eax
    AD_IS PD + 8, 0x60, "4 MiB write: D"

    ; PAE paging
    PAGING_OFF
    ZERO_PAGE PDPT
    ZERO_PAGE PDIR
    ZERO_PAGE PTAB
    mov dword [PDPT], PDIR | 1
    mov dword [PDIR], 0x000000 | 0x83       ; 0-2 MiB
    mov dword [PDIR + 8], 0x200000 | 0x83   ; 2-4 MiB
    mov dword [PDIR + 16], PTAB | 7         ; 4-6 MiB
    mov dword [PDIR + 24], 0x1000000 | 0x87 ; 6-8 MiB: 2 MiB page
    mov dword [PTAB], PHYS | 7
    PAGING_ON PDPT, 0x20
    mov eax, [LIN]
    AD_IS PDIR + 16, 0x20, "PAE read: A in the PDE"
    AD_IS PTAB, 0x20, "PAE read: A in the PTE"
    mov [LIN], eax
    AD_IS PTAB, 0x60, "PAE write: D"
    AD_IS PDIR + 16, 0x20, "PAE: no D in a non-leaf PDE"
    mov eax, [0x600000]
    AD_IS PDIR + 24, 0x20, "2 MiB read: A"
    mov [0x600000], eax
    AD_IS PDIR + 24, 0x60, "2 MiB write: D"
    QEMU_DEVIATION "QEMU 7.2 TCG sets bit 5 (reserved) of a PAE PDPTE"
    mov eax, [PDPT]
    CHECK eax, PDIR | 1, "PDPTE unchanged"
    PASS

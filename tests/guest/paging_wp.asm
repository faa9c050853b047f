; CR0.WP at CPL 0. With WP = 0 supervisor code writes read-only pages (user or
; supervisor ones; the dirty flag is set); with WP = 1 such a write is #PF with P|W (3),
; CR2 at the address and memory unchanged, also when the read-only bit is in the PDE
; (R/W is the AND over the levels) and right after a write with WP = 0 succeeded through
; the same translation (the TLB caches R/W, WP applies at each access); writable pages
; stay writable; reads never care. User-mode writes to read-only pages fault whatever WP
; says (P|W|U = 7). The same rules under PAE paging.
; SDM vol. 3, 2.5 (CR0.WP), 4.6 "Access Rights" (supervisor writes: "if CR0.WP = 0, data
; may be written to any supervisor-mode address"; "if CR0.WP = 1, ... only ... with a
; translation for which the R/W flag is 1 in every paging-structure entry"), 4.7, 4.8,
; 4.10.2.2 (a TLB entry holds the AND of the R/W flags, not the outcome of the check).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

PD   equ 0x300000
PT   equ 0x301000          ; linear 4-8 MiB
PT2  equ 0x302000          ; linear 8-12 MiB, under a read-only PDE
LIN  equ 0x400000
PHYS equ 0x310000
UR   equ LIN + 0x1000      ; user, read-only
SR   equ LIN + 0x2000      ; supervisor, read-only
SW   equ LIN + 0x3000      ; supervisor, writable
ROPD equ 0x800000          ; writable PTE under a read-only PDE
PDPT equ 0x303000
PDIR equ 0x304000
PTAB equ 0x305000

%macro ZERO_PAGE 1
    mov edi, %1
    mov ecx, 1024
    xor eax, eax
    rep stosd
%endmacro

%macro SET_WP 1
    mov eax, cr0
  %if %1
    or eax, 0x10000
  %else
    and eax, ~0x10000
  %endif
    mov cr0, eax
%endmacro

TEST_START
    GO_PM32
    ZERO_PAGE PD
    ZERO_PAGE PT
    ZERO_PAGE PT2
    mov dword [PD], 0x87                    ; 0-4 MiB identity, user rw
    mov dword [PD + 4], PT | 7
    mov dword [PD + 8], PT2 | 5             ; user, read-only PDE
    mov dword [PT + 4], (PHYS + 0x1000) | 5
    mov dword [PT + 8], (PHYS + 0x2000) | 1
    mov dword [PT + 12], (PHYS + 0x3000) | 3
    mov dword [PT2], (PHYS + 0x4000) | 7
    mov eax, cr4
    or eax, 0x10
    mov cr4, eax
    mov eax, PD
    mov cr3, eax
    mov eax, cr0
    or eax, 0x80000000
    and eax, ~0x10000                       ; WP = 0
    mov cr0, eax
    jmp .pg
.pg:
    ; WP = 0: supervisor writes go through read-only pages
    mov dword [UR], 0x11
    mov dword [SR], 0x22
    mov dword [ROPD], 0x33
    mov eax, [PHYS + 0x1000]
    CHECK eax, 0x11, "WP=0: user read-only page written"
    mov eax, [PHYS + 0x2000]
    CHECK eax, 0x22, "WP=0: supervisor read-only page written"
    mov eax, [PHYS + 0x4000]
    CHECK eax, 0x33, "WP=0: page under a read-only PDE written"
    mov eax, [PT + 4]
    and eax, 0x40
    CHECK eax, 0x40, "dirty flag set by the write"

    ; WP = 1: the same writes fault, right after they worked through the same cached
    ; translation (each write with WP = 0 comes just before)
    mov dword [UR], 0x11
    SET_WP 1
    EXC_ARM .r1
.f1: mov dword [UR], 0x99
    EXIT 90
.r1:
    CHECK_EXC 14, 3, .f1
    mov eax, cr2
    CHECK eax, UR
    SET_WP 0
    mov dword [SR], 0x22
    SET_WP 1
    EXC_ARM .r2
.f2: mov byte [SR + 5], 0x99
    EXIT 91
.r2:
    CHECK_EXC 14, 3, .f2
    mov eax, cr2
    CHECK eax, SR + 5
    SET_WP 0
    mov dword [ROPD], 0x33
    SET_WP 1
    EXC_ARM .r3
.f3: mov dword [ROPD], 0x99
    EXIT 92
.r3:
    CHECK_EXC 14, 3, .f3
    mov eax, [PHYS + 0x1000]
    CHECK eax, 0x11, "nothing written"
    mov eax, [PHYS + 0x2004]
    CHECK eax, 0, "nothing written"
    mov eax, [PHYS + 0x4000]
    CHECK eax, 0x33, "nothing written"
    ; reads still work, writable pages stay writable
    mov eax, [UR]
    CHECK eax, 0x11
    mov eax, [ROPD]
    CHECK eax, 0x33
    mov dword [SW], 0x44
    mov eax, [PHYS + 0x3000]
    CHECK eax, 0x44, "WP=1: writable page written"
    ; back to WP = 0: writable again
    SET_WP 0
    mov dword [SR], 0x55
    mov eax, [PHYS + 0x2000]
    CHECK eax, 0x55, "WP=0 again"

    ; CPL 3: read-only means read-only, WP = 0 or not
    TO_RING3
    mov eax, [UR]
    CHECK eax, 0x11
    EXC_ARM .r4
.f4: mov dword [UR], 0x66
    EXIT 93
.r4:
    CHECK_EXC 14, 7, .f4
    EXC_ARM .r5
.f5: mov dword [ROPD], 0x66
    EXIT 94
.r5:
    CHECK_EXC 14, 7, .f5
    TO_RING0

    ; PAE paging: the same rule
    PAGING_OFF
    ZERO_PAGE PDPT
    ZERO_PAGE PDIR
    ZERO_PAGE PTAB
    mov dword [PDPT], PDIR | 1
    mov dword [PDIR], 0x000000 | 0x87
    mov dword [PDIR + 8], 0x200000 | 0x83
    mov dword [PDIR + 16], PTAB | 7
    mov dword [PTAB], PHYS | 5              ; LIN: user read-only
    PAGING_ON PDPT, 0x20
    mov dword [LIN], 0x77
    SET_WP 1
    EXC_ARM .r6
.f6: mov dword [LIN], 0x88
    EXIT 95
.r6:
    CHECK_EXC 14, 3, .f6
    mov eax, [LIN]
    CHECK eax, 0x77, "PAE: WP=1 stops the write"
    PASS

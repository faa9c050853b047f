; Global pages (CPUID PGE, CR4.PGE = 1, G = bit 8 of the PTE / 4 MiB PDE / 2 MiB PDE) and
; the invalidations software can rely on: MOV to CR3 makes a changed non-global PTE
; visible; INVLPG makes a changed global PTE visible (and code remapped under a global
; page runs the new code); toggling CR4.PGE and clearing CR0.PG drop global entries too;
; INVLPG of one address in a global 4 MiB page (32-bit paging) or 2 MiB page (PAE) drops
; the whole page. Whether MOV to CR3 keeps a global entry is not checked: the processor
; may drop it (SDM vol. 3, 4.10.4.1 "MOV to CR3 may invalidate TLB entries for global
; pages"), so the test only relies on the guaranteed invalidations.
; SDM vol. 3, 4.10.2.4 "Global Pages", 4.10.4.1 "Operations that Invalidate TLBs and
; Paging-Structure Caches" (INVLPG "including those for global pages"; MOV to CR3 "except
; those for global pages"; MOV to CR4 changing PGE; MOV to CR0 clearing PG), 4.3/4.4
; (G bit positions); vol. 2A CPUID (01H EDX bit 13 PGE).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

PD   equ 0x300000
PT   equ 0x301000          ; linear 4-8 MiB
LIN  equ 0x400000          ; global, -> A or B
NG   equ 0x401000          ; not global, -> A or B
CODE equ 0x402000          ; global, -> C1 or C2
BIG  equ 0x800000          ; global 4 MiB page -> 16 MiB or 20 MiB
A    equ 0x310000
B    equ 0x311000
C1   equ 0x312000
C2   equ 0x313000
PDPT equ 0x304000
PDIR equ 0x305000

%macro ZERO_PAGE 1
    mov edi, %1
    mov ecx, 1024
    xor eax, eax
    rep stosd
%endmacro

TEST_START
    GO_PM32
    mov eax, 1
    cpuid
    bt edx, 13
    jc .pge
    CHECK edx, 0x2000, "CPUID PGE"
.pge:
    ZERO_PAGE PD
    ZERO_PAGE PT
    mov dword [PD], 0x83                    ; 0-4 MiB identity, not global
    mov dword [PD + 4], PT | 7
    mov dword [PD + 8], 0x1000000 | 0x183   ; global 4 MiB page
    mov dword [PT], A | 0x103               ; LIN: global
    mov dword [PT + 4], A | 0x003           ; NG: not global
    mov dword [PT + 8], C1 | 0x103          ; CODE: global
    mov dword [A], 0xAAAAAAAA
    mov dword [B], 0xBBBBBBBB
    mov dword [C1], 0x000001B8              ; mov eax, 1 / ret
    mov word [C1 + 4], 0xC300
    mov dword [C2], 0x000002B8              ; mov eax, 2 / ret
    mov word [C2 + 4], 0xC300
    mov dword [0x1000000 + 0x10], 0x16161616
    mov dword [0x1000000 + 0x3FF010], 0x16161617
    mov dword [0x1400000 + 0x10], 0x20202020
    mov dword [0x1400000 + 0x3FF010], 0x20202021
    PAGING_ON PD, 0x90                   ; PSE, PGE
    mov eax, [LIN]
    CHECK eax, 0xAAAAAAAA
    mov eax, [NG]
    CHECK eax, 0xAAAAAAAA
    mov ebx, CODE
    call ebx
    CHECK eax, 1, "code in a global page"

    ; a non-global PTE changed: MOV to CR3 makes it visible
    mov dword [PT + 4], B | 0x003
    mov eax, cr3
    mov cr3, eax
    mov eax, [NG]
    CHECK eax, 0xBBBBBBBB, "MOV CR3: non-global page remapped"

    ; a global PTE changed: INVLPG makes it visible
    mov dword [PT], B | 0x103
    invlpg [LIN]
    mov eax, [LIN]
    CHECK eax, 0xBBBBBBBB, "INVLPG: global page remapped"
    ; the same for code
    mov dword [PT + 8], C2 | 0x103
    invlpg [CODE]
    mov ebx, CODE
    call ebx
    CHECK eax, 2, "INVLPG: global code page remapped"

    ; toggling CR4.PGE drops global entries
    mov dword [PT], A | 0x103
    mov eax, cr4
    and eax, ~0x80
    mov cr4, eax
    mov eax, [LIN]
    CHECK eax, 0xAAAAAAAA, "CR4.PGE cleared: global entry dropped"
    mov eax, cr4
    or eax, 0x80
    mov cr4, eax
    mov eax, [LIN]
    mov dword [PT], B | 0x103
    mov eax, cr4
    and eax, ~0x80
    mov cr4, eax
    or eax, 0x80
    mov cr4, eax
    mov eax, [LIN]
    CHECK eax, 0xBBBBBBBB, "CR4.PGE toggled: global entry dropped"

    ; clearing CR0.PG drops global entries
    mov dword [PT], A | 0x103
    PAGING_OFF
    or eax, 0x80000000
    mov cr0, eax
    jmp .on
.on:
    mov eax, [LIN]
    CHECK eax, 0xAAAAAAAA, "CR0.PG cleared: global entry dropped"

    ; a global 4 MiB page: INVLPG of another address inside it drops all of it
    mov eax, [BIG + 0x10]
    CHECK eax, 0x16161616
    mov eax, [BIG + 0x3FF010]
    CHECK eax, 0x16161617
    mov dword [PD + 8], 0x1400000 | 0x183
    invlpg [BIG + 0x234567]
    mov eax, [BIG + 0x10]
    CHECK eax, 0x20202020, "global 4 MiB page remapped (first piece)"
    mov eax, [BIG + 0x3FF010]
    CHECK eax, 0x20202021, "global 4 MiB page remapped (last piece)"

    ; PAE paging: a global 2 MiB page
    PAGING_OFF
    ZERO_PAGE PDPT
    ZERO_PAGE PDIR
    mov dword [PDPT], PDIR | 1
    mov dword [PDIR], 0x000000 | 0x83       ; 0-2 MiB
    mov dword [PDIR + 8], 0x200000 | 0x83   ; 2-4 MiB
    mov dword [PDIR + 24], 0x1000000 | 0x183 ; 6 MiB: global 2 MiB page -> 16 MiB
    PAGING_ON PDPT, 0x20
    mov eax, [0x600000 + 0x10]
    CHECK eax, 0x16161616
    mov eax, [0x600000 + 0x1FF000]
    mov dword [PDIR + 24], 0x1400000 | 0x183
    invlpg [0x600000 + 0x1FF000]
    mov eax, [0x600000 + 0x10]
    CHECK eax, 0x20202020, "global 2 MiB page remapped"
    PASS

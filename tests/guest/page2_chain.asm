; A chained jump into a block whose last instruction runs into the next page: the chain
; skips the lookup that checks that page's mapping, so the block checks it itself. Here
; "mov eax, imm32" straddles linear pages A and B, its imm32 partly on B, and a block on
; A jumps to it directly (a chain). Remapping B to another physical page (PTE write and
; INVLPG, which leaves the chain in place) must run the new bytes; so must a write to B's
; code; an INVLPG or a MOV CR3 that leaves the mapping as it was keeps the same code.
; SDM vol. 3: 4.10.4.1 (INVLPG and MOV CR3 make a changed mapping visible), 11.6
; (self-modifying code).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

PD      equ 0x300000
PT      equ 0x301000
PHYS_A  equ 0x320000
PHYS_B1 equ 0x321000
PHYS_B2 equ 0x322000
LIN_A   equ 0x400000
LIN_B   equ 0x401000
STRADDLE equ LIN_A + 0xFF8            ; 6 nops, then B8 at A+0xFFE, imm32 at A+0xFFF..B+2

; run N: call LIN_A N times, EAX must be V each time
%macro RUN 3
    mov ebx, %1
%%again:
    xor eax, eax
    call LIN_A
    CHECK eax, %2, %3
    dec ebx
    jnz %%again
%endmacro

TEST_START
    GO_PM32
    mov edi, PD
    mov ecx, 2 * 1024
    xor eax, eax
    rep stosd
    mov dword [PD], 0x83                ; identity 4 MiB (PSE)
    mov dword [PD + 4], PT | 3
    mov dword [PT], PHYS_A | 3          ; LIN_A
    mov dword [PT + 4], PHYS_B1 | 3     ; LIN_B
    ; page A: "jmp STRADDLE" at its start; the straddling block at its end
    mov byte [PHYS_A], 0xE9             ; jmp rel32
    mov dword [PHYS_A + 1], STRADDLE - (LIN_A + 5)
    mov edi, PHYS_A + 0xFF8
    mov ecx, 6
    mov al, 0x90
    rep stosb
    mov byte [PHYS_A + 0xFFE], 0xB8     ; mov eax, imm32
    mov byte [PHYS_A + 0xFFF], 0x11     ; imm32 byte 0, on A
    ; page B (two versions): imm32 bytes 1-3, then ret
    mov dword [PHYS_B1], 0xC3332211
    mov dword [PHYS_B2], 0xC3665544
    PAGING_ON PD, 0x10                  ; PSE
    RUN 50, 0x33221111, "B -> PHYS_B1"
    ; remap B: the chain from A's first block stays; the straddling block must notice
    mov dword [PT + 4], PHYS_B2 | 3
    invlpg [LIN_B]
    RUN 50, 0x66554411, "B -> PHYS_B2 after PTE write + INVLPG"
    ; the same mapping again through INVLPG and MOV CR3: same code, nothing stale
    invlpg [LIN_B]
    RUN 3, 0x66554411, "INVLPG, same mapping"
    mov eax, cr3
    mov cr3, eax
    RUN 3, 0x66554411, "MOV CR3, same mapping"
    ; and back, a few times
    mov esi, 10
.flip:
    mov dword [PT + 4], PHYS_B1 | 3
    invlpg [LIN_B]
    RUN 5, 0x33221111, "back to PHYS_B1"
    mov dword [PT + 4], PHYS_B2 | 3
    invlpg [LIN_B]
    RUN 5, 0x66554411, "again PHYS_B2"
    dec esi
    jnz .flip
    ; a write to B's code through its linear address
    mov word [LIN_B], 0x7766
    RUN 5, 0x66776611, "B's code rewritten (bytes 66 77 at B)"
    PAGING_OFF
    PASS

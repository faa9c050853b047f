; Calls through lookup_and_goto sites that keep what they found (the JIT's per-site
; slots; a direct transfer to another page is looked up, not chained): direct CALLs from
; one site to a linear page that MOV CR3 maps to another physical page each time, to a
; global page whose PTE changes and is invalidated with INVLPG (and kept across MOV CR3
; while it stays), and to code rewritten between calls; one CALL r/m32 site reaching
; targets never run before, in turn; and one RET returning to callers never run before,
; in turn (a RET site's slot is keyed by the return address). Each call must run what its
; target's mapping and bytes are at that moment, and each RET return where it was called.
; SDM vol. 2A CALL (near relative, r/m32), INVLPG; vol. 3: 4.10.4.1 (MOV CR3 invalidates
; the TLB entries of non-global pages, INVLPG the page's, global ones included), 4.10.2.4
; (global pages, CR4.PGE), 11.6 (a write to code is seen by the instructions that follow).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

PD1    equ 0x300000
PT1    equ 0x301000
PD2    equ 0x302000
PT2    equ 0x303000
PHYS_A equ 0x320000                   ; LIN_P under PD1
PHYS_B equ 0x321000                   ; LIN_P under PD2
PHYS_C equ 0x322000                   ; LIN_G (global) at first
PHYS_D equ 0x323000                   ; LIN_G after its PTE changes
PHYS_S equ 0x324000                   ; LIN_S (rewritten code)
FRESH  equ 0x330000                   ; NFRESH stubs 16 bytes apart, identity mapped
NFRESH equ 200
CALLERS equ 0x340000                  ; NFRESH callers of common_ret 16 bytes apart, identity
LIN_P  equ 0x400000
LIN_G  equ 0x401000
LIN_S  equ 0x402000
PTE_G  equ 0x103                      ; global, writable, present

; page: mov eax, imm32 (B8 imm32); ret (C3)
%macro STUB 2
    mov byte [%1], 0xB8
    mov dword [%1 + 1], %2
    mov byte [%1 + 5], 0xC3
%endmacro

TEST_START
    GO_PM32
    mov edi, PD1
    mov ecx, 4 * 1024                   ; PD1, PT1, PD2, PT2
    xor eax, eax
    rep stosd
    mov dword [PD1], 0x83               ; identity 4 MiB (this code, the tables)
    mov dword [PD1 + 4], PT1 | 3
    mov dword [PD2], 0x83
    mov dword [PD2 + 4], PT2 | 3
    mov dword [PT1], PHYS_A | 3
    mov dword [PT2], PHYS_B | 3
    mov dword [PT1 + 4], PHYS_C | PTE_G
    mov dword [PT2 + 4], PHYS_C | PTE_G
    mov dword [PT1 + 8], PHYS_S | 3
    mov dword [PT2 + 8], PHYS_S | 3
    STUB PHYS_A, 0xA1AAAA01
    STUB PHYS_B, 0xB2BBBB02
    STUB PHYS_C, 0xC3CCCC03
    STUB PHYS_D, 0xD4DDDD04
    STUB PHYS_S, 0
    xor ebx, ebx
.fresh_setup:
    mov edi, ebx
    shl edi, 4
    add edi, FRESH
    STUB edi, ebx
    inc ebx
    cmp ebx, NFRESH
    jb .fresh_setup
    xor ebx, ebx                        ; caller i: call common_ret; mov eax, i; ret
.callers_setup:
    mov edi, ebx
    shl edi, 4
    add edi, CALLERS
    mov byte [edi], 0xE8
    mov eax, common_ret - 5
    sub eax, edi
    mov [edi + 1], eax
    STUB edi + 5, ebx
    inc ebx
    cmp ebx, NFRESH
    jb .callers_setup
    PAGING_ON PD1, 0x90                 ; PSE, PGE

    ; ---- one linear page, two physical pages: MOV CR3 between the calls (from one call
    ; site, three times under each mapping: the second call fills what it remembers), and
    ; an INVLPG of another page after every other MOV CR3
    mov ebx, 300
.remap:
    mov eax, PD1
    mov cr3, eax
    invlpg [LIN_S]
    mov edi, PHYS_A
    call call_p3
    mov eax, PD2
    mov cr3, eax
    mov edi, PHYS_B
    call call_p3
    dec ebx
    jnz .remap

    ; ---- a global page: kept across MOV CR3, remapped by its PTE and INVLPG
    mov ebx, 100
.global:
    mov edi, PHYS_C
    call call_g3
    mov eax, PD1
    mov cr3, eax
    call call_g3                        ; the same mapping after MOV CR3
    mov dword [PT1 + 4], PHYS_D | PTE_G
    mov dword [PT2 + 4], PHYS_D | PTE_G
    invlpg [LIN_G]
    mov edi, PHYS_D
    call call_g3
    mov eax, PD2
    mov cr3, eax
    call call_g3
    mov dword [PT1 + 4], PHYS_C | PTE_G
    mov dword [PT2 + 4], PHYS_C | PTE_G
    invlpg [LIN_G]
    dec ebx
    jnz .global

    ; ---- the target's immediate rewritten before each round of calls (through its
    ; linear page)
    mov edx, 1
.smc:
    mov [LIN_S + 1], edx
    mov esi, 3
.smc_call:
    call LIN_S
    CHECK eax, edx, "LIN_S runs the immediate just stored"
    dec esi
    jnz .smc_call
    inc edx
    cmp edx, 300
    jb .smc

    ; ---- one CALL r/m32 site, three calls to each of NFRESH targets in turn, each
    ; target never run before its first call (what the site kept for the previous
    ; target must not answer for it)
    xor ebx, ebx
    mov edi, FRESH
    mov esi, 3
.fresh:
    call edi
    CHECK eax, ebx, "CALL r/m32 runs the target it names"
    dec esi
    jnz .fresh
    mov esi, 3
    add edi, 16
    inc ebx
    cmp ebx, NFRESH
    jb .fresh

    ; ---- one RET (common_ret's) returning to NFRESH callers in turn, three times to
    ; each, each caller never run before its first call (what the RET's site kept for
    ; the previous return address must not answer for it)
    xor ebx, ebx
    mov edi, CALLERS
    mov esi, 3
.callers:
    call edi
    CHECK eax, ebx, "RET returns to the caller that called"
    dec esi
    jnz .callers
    mov esi, 3
    add edi, 16
    inc ebx
    cmp ebx, NFRESH
    jb .callers
    PAGING_OFF
    PASS

common_ret:
    ret

; name: three calls to the target from one site; EDI = the physical page that must answer.
%macro CALL3 2
%1:
    mov esi, 3
%%again:
    call %2
    mov ecx, [edi + 1]
    CHECK eax, ecx, "the call runs the code of the page that the mapping names"
    dec esi
    jnz %%again
    ret
%endmacro
CALL3 call_p3, LIN_P
CALL3 call_g3, LIN_G

; Control flow between translated blocks: a ring of eight blocks jumping to each other
; (direct jumps, chained), a dispatch loop through a jump table (indirect jumps: a jump
; cache probe per step), and calls into a page whose mapping changes: a chained jump must
; never carry a block past a change of the page it jumps into, so after the PTE changes
; and INVLPG the call runs the new page's code.
; SDM vol. 3, 4.10.4.1 (INVLPG invalidates the TLB entries, and so the mapping, of the
; page), vol. 2A JMP/CALL (near, relative and indirect).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

PD     equ 0x300000
PT     equ 0x301000
LIN_P  equ 0x400000
PHYS_A equ 0x320000
PHYS_B equ 0x321000

[absolute TESTVARS]
program: resb 64

TEST_START
    GO_PM32
    ; ---- a ring of chained blocks, 100000 rounds
    xor eax, eax
    mov ecx, 100000
    jmp ring0
ring0: add eax, 1
    jmp ring1
ring1: add eax, 2
    jmp ring2
ring2: add eax, 3
    jmp ring3
ring3: add eax, 4
    jmp ring4
ring4: add eax, 5
    jmp ring5
ring5: add eax, 6
    jmp ring6
ring6: add eax, 7
    jmp ring7
ring7: add eax, 8
    dec ecx
    jnz ring0
    CHECK eax, 100000 * 36, "every block of every round ran"

    ; ---- a bytecode loop with a jump table: 0 = add 1, 1 = double, 2 = sub 3, 3 = stop
    mov edi, program
    mov ecx, 10
.fill:
    mov byte [edi], 0
    mov byte [edi + 1], 1
    mov byte [edi + 2], 2
    add edi, 3
    dec ecx
    jnz .fill
    mov byte [edi], 3
    mov ebp, 2000
    xor ebx, ebx
bc_again:
    mov esi, program
    xor eax, eax
dispatch:
    movzx edx, byte [esi]
    inc esi
    jmp [optable + edx*4]
op_add:
    inc eax
    jmp dispatch
op_double:
    add eax, eax
    jmp dispatch
op_sub:
    sub eax, 3
    jmp dispatch
op_stop:
    add ebx, eax
    dec ebp
    jnz bc_again
    ; x -> 2(x + 1) - 3 = 2x - 1, ten times from 0: -(2^10 - 1) = -1023
    CHECK eax, -1023
    CHECK ebx, -1023 * 2000

    ; ---- calls into a page whose mapping changes
    mov dword [PHYS_A], 0x000001B8          ; mov eax, 1
    mov dword [PHYS_A + 4], 0xC3000000      ; ... ret
    mov dword [PHYS_B], 0x000002B8          ; mov eax, 2
    mov dword [PHYS_B + 4], 0xC3000000
    mov dword [PD], 0x83
    mov dword [PD + 4], PT | 3
    mov edi, PT
    mov ecx, 1024
    xor eax, eax
    rep stosd
    mov dword [PT], PHYS_A | 3
    PAGING_ON PD, 0x10
    xor ebx, ebx
    mov ecx, 50
.hot:
    call LIN_P
    add ebx, eax
    dec ecx
    jnz .hot
    CHECK ebx, 50
    mov dword [PT], PHYS_B | 3
    invlpg [LIN_P]
    call LIN_P
    CHECK eax, 2, "the call ran the page's new code"
    mov ecx, 10
.hot2:
    call LIN_P
    add ebx, eax
    dec ecx
    jnz .hot2
    CHECK ebx, 50 + 20
    PAGING_OFF
    PASS

optable: dd op_add, op_double, op_sub, op_stop

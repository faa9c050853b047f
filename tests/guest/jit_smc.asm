; Self-modifying code where a JIT has the most to get wrong: a store into the next
; instruction of the same block while other registers were changed earlier in the block
; (their values must survive the stop), a loop that rewrites a block it is chained to on
; every round, a block spanning two pages whose store hits the second page, and code
; rewritten through a second linear alias of its physical page (the check is by physical
; address), with the alias already in the TLB before the code was translated.
; SDM vol. 3, 11.6 "Self-Modifying Code" (a write to code that is cached or prefetched is
; seen by the instructions that follow; the check is based on the physical address).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

CODE_RAM  equ RAM_HIGH + 0x20000
CODE_RAM2 equ RAM_HIGH + 0x31000 - 8      ; blobC starts 8 bytes before a page boundary
PD    equ 0x300000
PT    equ 0x301000
LIN_X equ 0x400000                        ; both map PHYS_CODE
LIN_Y equ 0x401000
PHYS_CODE equ 0x320000

TEST_START
    GO_PM32
    mov esi, blobs
    mov edi, CODE_RAM
    mov ecx, blobs_end - blobs
    rep movsb
    mov esi, blobC
    mov edi, CODE_RAM2
    mov ecx, blobC_end - blobC
    rep movsb
    mov esi, blobD
    mov edi, PHYS_CODE
    mov ecx, blobD_end - blobD
    rep movsb

    ; ---- A: store into the next instruction; earlier results survive the stop
    mov ebx, 3
.a_again:
    mov byte [CODE_RAM + (a_insn + 1 - blobs)], 0   ; undo the previous round's patch
    xor eax, eax
    call CODE_RAM + (blobA - blobs)
    CHECK al, 0x5A, "the store into the next instruction took effect"
    CHECK ecx, 0x22222222
    CHECK edx, 0x33333334
    CHECK esi, 0x33333333
    CHECK edi, 0x33333334
    CHECK ebp, 0x44444444
    dec ebx
    jnz .a_again

    ; ---- B: a loop rewrites the block it is chained to, every round
    mov ebx, 100
    call CODE_RAM + (blobB - blobs)
    CHECK eax, 100 * 101 / 2, "each round ran the freshly patched block"

    ; ---- C: a block across a page boundary stores into its second page
    call CODE_RAM2
    CHECK cl, 0x77, "store into the second page of the block"
    CHECK eax, 1

    ; ---- D: code rewritten through another linear address of its physical page
    mov dword [PD], 0x83                    ; identity 4 MiB
    mov dword [PD + 4], PT | 3
    mov edi, PT
    mov ecx, 1024
    xor eax, eax
    rep stosd
    mov dword [PT], PHYS_CODE | 3           ; LIN_X
    mov dword [PT + 4], PHYS_CODE | 3       ; LIN_Y
    PAGING_ON PD, 0x10
    mov al, [LIN_Y]                         ; LIN_Y in the TLB, writable, before any code
    mov [LIN_Y], al
    mov ebx, 2
.d_again:
    mov byte [LIN_Y + (d_insn + 1 - blobD)], 0
    call LIN_X
    CHECK al, 0x66, "store through the alias changed the code"
    CHECK edx, 0x1234
    dec ebx
    jnz .d_again
    PAGING_OFF
    PASS

blobs:
blobA:
    mov ecx, 0x22222222
    mov edx, 0x33333333
    mov esi, ecx
    add esi, 0x11111111             ; 0x33333333
    mov ebp, 0x44444444
    inc edx
    mov edi, edx
    mov byte [CODE_RAM + (a_insn + 1 - blobs)], 0x5A
a_insn:
    mov al, 0x00                    ; B0 00
    ret
blobB:
    xor eax, eax
    xor edx, edx
b_loop:
    inc edx
    mov [CODE_RAM + (b_target + 1 - blobs)], edx
    jmp b_target
b_target:
    mov ecx, strict dword 0         ; B9 imm32: patched to EDX
    add eax, ecx
    cmp edx, ebx
    jb b_loop
    ret
blobs_end:

blobC:                              ; copied to CODE_RAM2 (8 bytes before a page edge)
    mov eax, 1                      ; 5 bytes
    mov byte [CODE_RAM2 + (c_insn + 1 - blobC)], 0x77   ; 7 bytes, crosses the edge
c_insn:
    mov cl, 0
    ret
blobC_end:

blobD:                              ; runs at LIN_X, rewritten through LIN_Y
    mov edx, 0x1234
    mov byte [LIN_Y + (d_insn + 1 - blobD)], 0x66
d_insn:
    mov al, 0
    ret
blobD_end:

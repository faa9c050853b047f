; Faults in the middle of translated blocks, where a JIT keeps guest registers and lazy
; flags in host registers: a #PF on a load, on a store (after stores that completed), on a
; load straddling into a not-present page, a #DE from a helper after loads and ALU ops, a
; #GP from a segment load after pushes, and a #PF in the N-th round of a loop that jumps to
; itself (chained TBs). Each handler checks the saved EIP (the faulting instruction), every
; register the block changed before the fault, the flags of the last flag-writing
; instruction before it, memory, and that nothing after the fault ran.
; SDM vol. 3, 6.5 (faults: the state is that before the faulting instruction, the saved
; EIP points at it), 4.7 (#PF error code, CR2), 6.15 (#DE, #GP(selector)).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

PD   equ 0x300000
PT   equ 0x301000
LIN  equ 0x400000              ; present, read/write: PHYS
PHYS equ 0x310000              ; LIN + 0x1000 is not present

TEST_START
    GO_PM32
    ; identity 4 MiB page for everything below 4 MiB, a page table for 4-8 MiB
    mov dword [PD], 0x83
    mov dword [PD + 4], PT | 3
    mov edi, PT
    mov ecx, 1024
    xor eax, eax
    rep stosd
    mov dword [PT], PHYS | 3
    PAGING_ON PD, 0x10                   ; PSE
    mov dword [LIN], 0x12345678
    mov dword [LIN + 20], 0

    ; ---- 1: #PF on a load after six registers changed in the same block
    mov eax, 0xA5A5A5A5
    EXC_ARM .r1
    mov ebx, LIN
    mov ecx, 5
    mov edx, [ebx]                  ; 0x12345678
    add ecx, edx                    ; 0x1234567D
    lea esi, [ecx + 1]
    mov ebp, 0x99
    mov edi, 0x77
    sub edi, 0x78                   ; 0xFFFFFFFF: CF SF AF PF
.f1:
    mov eax, [ebx + 0x1000]
    mov ecx, 0
.r1:
    CHECK_EXC 14, 0, .f1
    CHECK eax, 0xA5A5A5A5, "the faulting load wrote nothing"
    CHECK ebx, LIN
    CHECK ecx, 0x1234567D
    CHECK edx, 0x12345678
    CHECK esi, 0x1234567E
    CHECK edi, 0xFFFFFFFF
    CHECK ebp, 0x99
    mov eax, cr2
    CHECK eax, LIN + 0x1000
    mov eax, [exc_eflags]
    and eax, F_ARITH
    CHECK eax, F_CF|F_SF|F_AF|F_PF, "flags of the SUB before the fault"

    ; ---- 2: #PF on a store; the stores before it are done, the ones after are not
    mov dword [LIN + 8], 0
    EXC_ARM .r2
    mov dword [LIN], 0xCAFEBABE
    mov ecx, 3
    shl ecx, 4                      ; 0x30: CF=0 ZF=0 SF=0 PF=1
    mov [LIN + 8], ecx
.f2:
    mov [LIN + 0x1004], ecx
    mov dword [LIN], 0
    mov ecx, 0
.r2:
    CHECK_EXC 14, 2, .f2
    CHECK dword [LIN], 0xCAFEBABE
    CHECK dword [LIN + 8], 0x30
    CHECK ecx, 0x30
    mov eax, cr2
    CHECK eax, LIN + 0x1004
    mov eax, [exc_eflags]
    and eax, F_CF|F_ZF|F_SF|F_PF
    CHECK eax, F_PF, "flags of the SHL before the fault"

    ; ---- 3: a load straddling into the not-present page (CR2 = its first byte)
    mov edx, 0x5555
    EXC_ARM .r3
    mov esi, LIN + 0xFFE
    inc edx                         ; 0x5556
.f3:
    mov eax, [esi]
    inc edx
.r3:
    CHECK_EXC 14, 0, .f3
    CHECK edx, 0x5556
    mov eax, cr2
    CHECK eax, LIN + 0x1000

    ; ---- 4: #DE raised by a helper, after loads and ALU ops
    mov dword [LIN + 16], 7
    EXC_ARM .r4
    mov esi, [LIN + 16]             ; 7
    imul esi, esi, 3                ; 21
    xor edx, edx                    ; CF=0
    mov eax, 100
    mov ecx, [LIN + 20]             ; 0
    inc esi                         ; 22 (0x16): flags all clear, CF kept (0)
.f4:
    div ecx
    mov esi, 0
.r4:
    CHECK_EXC 0, 0, .f4
    CHECK esi, 22
    CHECK eax, 100
    CHECK edx, 0
    CHECK ecx, 0
    mov eax, [exc_eflags]
    and eax, F_ARITH
    CHECK eax, 0, "flags of the INC before the fault"

    ; ---- 5: #GP(selector) from MOV DS after two pushes: ESP reflects them
    mov ebp, esp
    EXC_ARM .r5
    push 0x11
    push 0x22
    mov ax, 0x1238                  ; GDT index 0x247, beyond the 64-entry GDT
    cmp ax, 0x1238                  ; ZF PF
.f5:
    mov ds, ax
    push 0x33
.r5:
    CHECK_EXC 13, 0x1238, .f5
    mov eax, ebp
    sub eax, esp
    CHECK eax, 8, "two pushes done, the third not"
    mov eax, [esp]
    CHECK eax, 0x22
    mov eax, [exc_eflags]
    and eax, F_ARITH
    CHECK eax, F_ZF|F_PF
    mov esp, ebp

    ; ---- 6: a loop that jumps to itself runs into the not-present page
    mov edi, LIN
    mov ecx, 1024
    mov eax, 3
    rep stosd
    EXC_ARM .r6
    mov esi, LIN
    xor eax, eax
    xor ecx, ecx
.l6:
    add eax, [esi]
    add esi, 4                      ; CF=0 (no wrap)
    inc ecx                         ; 0x3FF -> 0x400: AF PF
    jmp .l6
.r6:
    CHECK_EXC 14, 0, .l6
    CHECK ecx, 1024, "faulted in round 1025"
    CHECK esi, LIN + 0x1000
    CHECK eax, 3 * 1024
    mov eax, [exc_eflags]
    and eax, F_ARITH
    CHECK eax, F_AF|F_PF, "flags of the last INC"

    ; back to no paging for the library
    PAGING_OFF
    PASS

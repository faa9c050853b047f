; Instruction fetches are checked against the CS limit: an instruction whose last byte lies
; beyond the limit, or one that starts at limit+1 because execution fell through to it, is
; #GP(0) reported at that instruction, after the earlier ones completed (the same code,
; translated once, faults or not depending on the limit it runs under). In 16-bit code an
; instruction that wraps past offset FFFFH faults (real mode and 16-bit protected mode,
; limit FFFFH), and so does one in 32-bit code running past 4 GiB with limit FFFFFFFFH.
; A fetch past the limit is #GP(0) even when the bytes beyond it are not mapped (the limit
; check comes before paging).
; SDM vol. 3, 5.3 "Limit Checking" (instruction fetches are checked), 6.15 "Interrupt 13"
; ("exceeding the segment limit when ... executing"), table 6-2 (fetch faults), 20.1.4
; (real mode: an instruction wrapping past FFFFH raises interrupt 13); vol. 2, 2.3.11.
; qemu-deviation: QEMU 7.2 TCG checks no instruction fetch against the CS limit (it runs
; on past it, wrapping IP at FFFFH): every check comes after the marker.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

SEL_C32   equ SEL_FREE              ; 32-bit code, base CODE_BASE, byte-granular limit
SEL_C16   equ SEL_FREE + 0x08       ; 16-bit code, base CODE_BASE
SEL_BIG   equ SEL_FREE + 0x10       ; 32-bit code, base WRAP_BASE, limit FFFFFFFFH
SEL_C16W  equ SEL_FREE + 0x18       ; 16-bit code, base WRAP_BASE, limit FFFFH
CODE_BASE equ RAM_FREE              ; 0x10000
WRAP_BASE equ 0x20000               ; 32-bit offset FFFFFFFEH wraps to linear 0x1FFFE

[absolute TESTVARS]
g_count:  resd 1
g_vec:    resd 1
g_err:    resd 1
g_eip:    resd 1
g_cs:     resd 1
g_resume: resd 1
back32:   resd 2                    ; m16:32 far pointer to the 32-bit return point

; Protected mode: the #GP handler records the frame (same ring: error, EIP, CS, EFLAGS)
; and continues at [g_resume] in the flat code segment, registers untouched.
%macro GP_ARM 1
    mov dword [g_count], 0
    mov dword [g_eip], 0xFFFFFFFF
    mov dword [g_err], 0xFFFFFFFF
    mov dword [g_cs], 0
    mov dword [g_resume], %1
%endmacro

%macro CHECK_GP 2
    CHECK dword [g_count], 1, "exactly one #GP"
    CHECK dword [g_err], 0, "error code 0"
    CHECK dword [g_eip], %1, "saved EIP"
    CHECK dword [g_cs], %2, "saved CS"
%endmacro

; Sets the limit (bits 15:0; 19:16 stay 0) of the byte-granular descriptor sel.
%macro SET_LIMIT 2
    mov word [GDT_BASE + (%1)], %2
%endmacro

TEST_START
    QEMU_DEVIATION "QEMU 7.2 TCG does not check instruction fetches against the CS limit"
    ; ---- real mode: an instruction at CS:FFFE running past FFFFH is interrupt 13
    mov word [IVT_BASE + 13 * 4], rm_gp
    mov word [IVT_BASE + 13 * 4 + 2], 0xF000
    mov dword [g_count], 0
    mov dword [g_eip], 0
    mov dword [g_cs], 0
    ; at 2000:FFFE = linear 0x2FFFE: mov bx, 0x2222 (BB 22 22), its last byte at 0x10000
    mov ax, 0x2000
    mov es, ax
    mov byte [es:0xFFFE], 0xBB
    mov byte [es:0xFFFF], 0x22
    mov ax, 0x3000
    mov es, ax
    mov byte [es:0x0000], 0x22
    mov byte [es:0x0001], 0xF4      ; hlt: never reached
    xor ax, ax
    mov es, ax
    mov bx, 0x1111
    jmp 0x2000:0xFFFE
rm_back:
    CHECK dword [g_count], 1, "real mode: one interrupt 13"
    CHECK word [g_eip], 0xFFFE, "real mode: saved IP"
    CHECK word [g_cs], 0x2000, "real mode: saved CS"
    CHECK bx, 0x1111, "real mode: the instruction did not run"

    GO_PM32
    SET_IDT 13, gp_handler, GATE_INT32
    SET_DESC SEL_C32, CODE_BASE, 0xFFFF, 0x9B, 0x40
    SET_DESC SEL_C16, CODE_BASE, 0xFFFF, 0x9B, 0x00
    SET_DESC SEL_BIG, WRAP_BASE, 0xFFFFF, 0x9B, 0xC0
    SET_DESC SEL_C16W, WRAP_BASE, 0xFFFF, 0x9B, 0x00
    mov word [back32 + 4], SEL_CODE32
    ; the 32-bit snippet at CODE_BASE, and the 16-bit one at CODE_BASE + 0x100
    mov esi, snip32
    mov edi, CODE_BASE
    mov ecx, snip32_end - snip32
    rep movsb
    mov esi, snip16
    mov edi, CODE_BASE + 0x100
    mov ecx, snip16_end - snip16
    rep movsb

    ; ---- 32-bit, limit 13: everything fits, the snippet returns through back32
    SET_LIMIT SEL_C32, 13
    GP_ARM pm_fail
    xor eax, eax
    xor ebx, ebx
    xor ecx, ecx
    xor edx, edx
    mov dword [g_resume], pm_fail
    mov dword [back32], .r1
    jmp SEL_C32:0
.r1:
    CHECK dword [g_count], 0, "limit 13: no fault"
    CHECK eax, 1
    CHECK ebx, 0x11111111
    CHECK ecx, 1
    CHECK edx, 1

    ; ---- limit 4: MOV EBX at offsets 1..5 runs past it; INC EAX before it completed
    SET_LIMIT SEL_C32, 4
    xor eax, eax
    xor ebx, ebx
    xor ecx, ecx
    xor edx, edx
    GP_ARM .r2
    jmp SEL_C32:0
.r2:
    CHECK_GP 1, SEL_C32
    CHECK eax, 1, "INC EAX before the fault ran"
    CHECK ebx, 0, "MOV EBX across the limit did not run"
    CHECK ecx, 0

    ; ---- limit 6: execution falls through to offset 7 = limit+1
    SET_LIMIT SEL_C32, 6
    xor eax, eax
    xor ebx, ebx
    xor ecx, ecx
    xor edx, edx
    GP_ARM .r3
    jmp SEL_C32:0
.r3:
    CHECK_GP 7, SEL_C32
    CHECK eax, 1
    CHECK ebx, 0x11111111
    CHECK ecx, 1
    CHECK edx, 0, "INC EDX at limit+1 did not run"

    ; ---- the same code with a larger limit again runs to the end
    SET_LIMIT SEL_C32, 0x1000
    xor eax, eax
    xor ebx, ebx
    xor ecx, ecx
    xor edx, edx
    GP_ARM pm_fail
    mov dword [back32], .r4
    jmp SEL_C32:0
.r4:
    CHECK dword [g_count], 0, "limit 0x1000: no fault"
    CHECK edx, 1

    ; ---- 16-bit protected mode, limit 2: MOV BX at offsets 1..3
    SET_LIMIT SEL_C16, 0x102
    xor eax, eax
    xor ebx, ebx
    xor ecx, ecx
    xor edx, edx
    GP_ARM .r5
    jmp SEL_C16:0x100
.r5:
    CHECK_GP 0x101, SEL_C16
    CHECK eax, 1
    CHECK ebx, 0

    ; ---- 16-bit, limit 0x104: falls through to INC DX at 0x105
    SET_LIMIT SEL_C16, 0x104
    xor eax, eax
    xor ebx, ebx
    xor ecx, ecx
    xor edx, edx
    GP_ARM .r6
    jmp SEL_C16:0x100
.r6:
    CHECK_GP 0x105, SEL_C16
    CHECK eax, 1
    CHECK ebx, 0x2222
    CHECK ecx, 1
    CHECK edx, 0

    ; ---- 16-bit, limit 0x10A: the whole snippet, back through a 32-bit far pointer
    SET_LIMIT SEL_C16, 0x10A
    xor eax, eax
    xor edx, edx
    GP_ARM pm_fail
    mov dword [back32], .r7
    jmp SEL_C16:0x100
.r7:
    CHECK dword [g_count], 0, "16-bit limit 0x10A: no fault"
    CHECK eax, 1
    CHECK edx, 1

    ; ---- 16-bit, limit FFFFH: MOV BX at FFFE..10000 wraps past it
    mov byte [WRAP_BASE + 0xFFFE], 0xBB
    mov byte [WRAP_BASE + 0xFFFF], 0x22
    mov byte [WRAP_BASE + 0x10000], 0x22
    mov byte [WRAP_BASE + 0x10001], 0xF4
    xor ebx, ebx
    GP_ARM .r8
    jmp SEL_C16W:0xFFFE
.r8:
    CHECK_GP 0xFFFE, SEL_C16W
    CHECK ebx, 0

    ; ---- 32-bit, limit FFFFFFFFH: MOV EBX at FFFFFFFE (linear 0x1FFFE) runs past 4 GiB
    mov byte [0x1FFFE], 0xBB
    mov dword [0x1FFFF], 0x33333333
    mov byte [0x20003], 0xF4
    xor ebx, ebx
    GP_ARM .r9
    jmp SEL_BIG:0xFFFFFFFE
.r9:
    CHECK_GP 0xFFFFFFFE, SEL_BIG
    CHECK ebx, 0

    ; ---- a fetch beyond the limit into an unmapped page is #GP(0), not #PF: the
    ; 32-bit snippet's MOV EBX split over a page boundary whose second page is not
    ; present, with CS.limit ending at that boundary
    call paging_on
    mov esi, snip32
    mov edi, SPLIT_LIN - 3
    mov ecx, snip32_end - snip32
    rep movsb                       ; INC EAX at SPLIT_LIN-3, MOV EBX at SPLIT_LIN-2..+2
    mov dword [PT_BASE + (SPLIT_LIN >> 12) * 4], 0   ; the page at SPLIT_LIN: not present
    mov eax, cr3
    mov cr3, eax
    SET_DESC SEL_C32, SPLIT_LIN - 3, 2, 0x9B, 0x40   ; offsets 0..2: MOV EBX runs past
    xor eax, eax
    xor ebx, ebx
    GP_ARM .r10
    jmp SEL_C32:0
.r10:
    CHECK_GP 1, SEL_C32
    CHECK eax, 1
    CHECK ebx, 0
    PASS

pm_fail:
    PRINT "UNEXPECTED #GP", 10
    EXIT 100

; Identity-maps the first 4 MiB with 4 KiB pages (PT at PT_BASE) and turns paging on.
PD_BASE   equ 0x40000
PT_BASE   equ 0x41000
SPLIT_LIN equ 0x30000               ; a page boundary inside RAM
paging_on:
    IDMAP_4M PD_BASE, PT_BASE, 3        ; present, writable
    PAGING_ON PD_BASE, 0
    ret

gp_handler:
    pop dword [g_err]
    pop dword [g_eip]
    pop dword [g_cs]
    add esp, 4                      ; EFLAGS
    inc dword [g_count]
    jmp [g_resume]

; Position-independent 32-bit snippet: INC EAX (0), MOV EBX imm32 (1..5), INC ECX (6),
; INC EDX (7), JMP FAR [back32] (8..13).
snip32:
    inc eax
    mov ebx, 0x11111111
    inc ecx
    inc edx
    jmp far [back32]
snip32_end:

; 16-bit snippet (run at CODE_BASE + 0x100): INC AX (100), MOV BX imm16 (101..103),
; INC CX (104), INC DX (105), JMP FAR m16:32 [back32] (106..10A).
BITS 16
snip16:
    inc ax
    mov bx, 0x2222
    inc cx
    inc dx
    jmp dword far [back32]
snip16_end:
BITS 32

CODE16
; Real mode interrupt 13: record IP and CS and go on at [g_resume] in F000.
rm_gp:
    pop word [g_eip]
    pop word [g_cs]
    add sp, 2
    inc dword [g_count]
    jmp 0xF000:rm_back

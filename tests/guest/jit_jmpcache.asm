; Indirect jumps, calls and returns through the jump cache (looked up by linear pc, keyed
; by pc, CS base and mode): 64 targets spread over 64 pages, with pairs 256 KiB apart
; that share a cache slot, reached by JMP r/m32, CALL r/m32 and RET in a pseudo-random
; order, the sum of what they add compared with a direct computation; one linear target
; entered through code segments of different bases and of different default sizes; code
; rewritten after the jump cache holds its block (a store followed by an indirect CALL or
; a RET to it in the same block, and a whole blob copied over it); and one linear page
; mapped to two physical pages by two page directories, switched with MOV CR3.
; SDM vol. 2A CALL/JMP/RET (near indirect, far), vol. 3: 3.4.5 (a code segment's base and
; D flag), 11.6 (a write to code is seen by the instructions that follow), 4.10.4.1
; (MOV CR3 invalidates the TLB entries of non-global pages, so the new mapping is used).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

TGT_BASE equ RAM_HIGH + 0x40000       ; target i: + (i & 31) * 0x1040 + (i >> 5) * 0x40000
CSB_CODE equ RAM_HIGH + 0xA0000       ; code run through the segments below
SMC_CODE equ RAM_HIGH + 0xB0000       ; code rewritten while cached
NITER    equ 20000
SEL_A    equ SEL_FREE                 ; 32-bit code, base CSB_CODE
SEL_B    equ SEL_FREE + 0x08          ; 32-bit code, base CSB_CODE - 0x1000
SEL_16   equ SEL_FREE + 0x10          ; 16-bit code, base CSB_CODE
PD1    equ 0x300000
PT1    equ 0x301000
PD2    equ 0x302000
PT2    equ 0x303000
PHYS_A equ 0x320000
PHYS_B equ 0x321000
LIN_P  equ 0x400000                   ; PHYS_A under PD1, PHYS_B under PD2

[absolute TESTVARS]
tbl:  resd 64                         ; target addresses
vals: resd 64                         ; what target i adds to EAX
fnptr: resd 1

TEST_START
    GO_PM32
    ; ---- 64 targets "add eax, vals[i]; ret"
    xor ebx, ebx
.setup:
    mov edi, ebx
    and edi, 31
    imul edi, edi, 0x1040
    mov eax, ebx
    shr eax, 5
    shl eax, 18
    lea edi, [edi + eax + TGT_BASE]
    mov [tbl + ebx * 4], edi
    imul eax, ebx, 0x01000193
    add eax, 0x55
    mov [vals + ebx * 4], eax
    mov byte [edi], 0x05                ; add eax, imm32
    mov [edi + 1], eax
    mov byte [edi + 5], 0xC3            ; ret
    inc ebx
    cmp ebx, 64
    jb .setup

    ; ---- CALL r/m32 to a random target; RET back
    xor eax, eax
    xor ebp, ebp
    mov esi, 12345
    mov ecx, NITER
.f1:
    call next_index
    add ebp, [vals + edx * 4]
    call [tbl + edx * 4]
    dec ecx
    jnz .f1
    CHECK eax, ebp, "CALL r/m32 reached every target it named"

    ; ---- JMP r/m32 to a random target, which returns to a pushed address
    mov ecx, NITER
.f2:
    call next_index
    add ebp, [vals + edx * 4]
    push .f2_back
    jmp [tbl + edx * 4]
.f2_back:
    dec ecx
    jnz .f2
    CHECK eax, ebp, "JMP r/m32 reached every target it named"

    ; ---- RET to a random target
    mov ecx, NITER
.f3:
    call next_index
    add ebp, [vals + edx * 4]
    push .f3_back
    push dword [tbl + edx * 4]
    ret
.f3_back:
    dec ecx
    jnz .f3
    CHECK eax, ebp, "RET reached every target it popped"

    ; ---- one linear target, three code segments: CS base and D are part of the key
    mov esi, cs_code
    mov edi, CSB_CODE
    mov ecx, cs_code_end - cs_code
    rep movsb
    SET_DESC SEL_A, CSB_CODE, 0xFFFFF, 0x9B, 0xC0
    SET_DESC SEL_B, CSB_CODE - 0x1000, 0xFFFFF, 0x9B, 0xC0
    SET_DESC SEL_16, CSB_CODE, 0xFFFF, 0x9B, 0x00
    mov ebx, 300
.cs:
    mov esi, cs_where - cs_code         ; EIP of cs_where in segment A
    call SEL_A:(cs_stub32 - cs_code)
    CHECK eax, cs_where - cs_code + 5, "the target's EIP with base CSB_CODE"
    mov esi, cs_where - cs_code + 0x1000
    call SEL_B:(cs_stub32 - cs_code + 0x1000)
    CHECK eax, cs_where - cs_code + 0x1005, "the target's EIP with base CSB_CODE - 1000H"
    mov eax, 0x12345678
    mov esi, cs_dec - cs_code
    call SEL_A:(cs_stub32 - cs_code)
    CHECK eax, 0xFFFFFFFF, "XOR EAX, EAX / DEC EAX in 32-bit code"
    mov eax, 0x12345678
    mov esi, cs_dec - cs_code
    call SEL_16:(cs_stub16 - cs_code)
    CHECK eax, 0x1234FFFF, "XOR AX, AX / DEC AX in 16-bit code"
    dec ebx
    jnz .cs

    ; ---- code rewritten after its block is in the jump cache
    mov esi, smc_code
    mov edi, SMC_CODE
    mov ecx, smc_code_end - smc_code
    rep movsb
    mov dword [fnptr], SMC_CODE
    call [fnptr]                          ; cached with its first immediate
    CHECK eax, 0x11111111
    mov edx, 1
.smc1:
    mov [SMC_CODE + 1], edx             ; the same block: store, then CALL r/m32 to it
    call [fnptr]
    CHECK eax, edx, "CALL after a store into its target ran the new immediate"
    inc edx
    cmp edx, 300
    jb .smc1
.smc2:
    push .smc2_back
    push SMC_CODE
    mov [SMC_CODE + 1], edx             ; the same block: store, then RET to it
    ret
.smc2_back:
    CHECK eax, edx, "RET after a store into its target ran the new immediate"
    inc edx
    cmp edx, 600
    jb .smc2
    mov ebx, 200
.smc3:                                  ; whole blobs in turn at the same address
    mov esi, blob_x
    mov edi, SMC_CODE
    mov ecx, blob_x_end - blob_x
    rep movsb
    mov eax, 5
    call [fnptr]
    CHECK eax, 0x5A5A0000 + 5, "blob X"
    mov esi, blob_y
    mov edi, SMC_CODE
    mov ecx, blob_y_end - blob_y
    rep movsb
    mov eax, 5
    call [fnptr]
    CHECK eax, 5 * 8 - 1, "blob Y"
    dec ebx
    jnz .smc3

    ; ---- one linear page, two physical pages, MOV CR3 between them
    mov edi, PD1
    mov ecx, 4 * 1024                   ; PD1, PT1, PD2, PT2
    xor eax, eax
    rep stosd
    mov dword [PD1], 0x83               ; identity 4 MiB
    mov dword [PD1 + 4], PT1 | 3
    mov dword [PD2], 0x83
    mov dword [PD2 + 4], PT2 | 3
    mov dword [PT1], PHYS_A | 3
    mov dword [PT2], PHYS_B | 3
    mov dword [PHYS_A], 0xAAAA01B8      ; mov eax, 0xA1AAAA01; ret
    mov dword [PHYS_A + 4], 0xC3A1
    mov dword [PHYS_B], 0xBBBB02B8      ; mov eax, 0xB2BBBB02; ret
    mov dword [PHYS_B + 4], 0xC3B2
    mov dword [fnptr], LIN_P
    PAGING_ON PD1, 0x10                  ; PSE
    mov ebx, 300
.remap:
    mov eax, PD1
    mov cr3, eax
    call [fnptr]
    CHECK eax, 0xA1AAAA01, "LIN_P under PD1 runs PHYS_A's code"
    mov eax, PD2
    mov cr3, eax
    call [fnptr]
    CHECK eax, 0xB2BBBB02, "LIN_P under PD2 runs PHYS_B's code"
    dec ebx
    jnz .remap
    PAGING_OFF
    PASS

; ESI = ESI * 1103515245 + 12345; EDX = bits 21:16 of it.
next_index:
    imul esi, esi, 1103515245
    add esi, 12345
    mov edx, esi
    shr edx, 16
    and edx, 63
    ret

; Copied to CSB_CODE: the stubs are entered by a 32-bit far call with ESI = the target's
; offset in the caller's segment.
cs_code:
cs_stub32:
    call esi                            ; FF D6
    retf
    times 16 - ($ - cs_stub32) db 0x90
cs_stub16:
    db 0xFF, 0xD6                       ; call si
    db 0x66, 0xCB                       ; o32 retf: the caller pushed 32-bit CS:EIP
    times 32 - ($ - cs_code) db 0x90
cs_where:
    call .here                          ; E8 00000000: EAX = this call's next EIP
.here:
    pop eax
    ret
    times 64 - ($ - cs_code) db 0x90
cs_dec:
    db 0x33, 0xC0                       ; xor eax, eax / xor ax, ax
    db 0x48                             ; dec eax / dec ax
    db 0xC3                             ; ret (32- or 16-bit)
cs_code_end:

smc_code:
    mov eax, strict dword 0x11111111    ; B8 imm32
    ret
smc_code_end:
blob_x:
    or eax, 0x5A5A0000
    ret
blob_x_end:
blob_y:
    shl eax, 3
    dec eax
    ret
blob_y_end:

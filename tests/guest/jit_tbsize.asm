; A code buffer much smaller than the code: 1200 small functions in RAM, each its own
; translation block, called in four rounds. With -tb-size 0.0625 (64 KiB) the buffer
; fills several times per round, is flushed whole and refilled while the caller's loop
; keeps going; every call must still run its own code (the sum checks each one).
; Any backend, any buffer size: the result is the same (SDM vol. 3, 11.6 is not
; involved; this is about the translator's cache, which must be invisible).
; tern-args: -tb-size 0.0625
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

NFUNC    equ 1200
FUNC_RAM equ RAM_HIGH + 0x40000

TEST_START
    GO_PM32
    ; function i at FUNC_RAM + 32*i: mov eax, 3*i + 1; add edx, eax; ret
    mov edi, FUNC_RAM
    xor ebx, ebx
.gen:
    mov byte [edi], 0xB8
    lea eax, [ebx*2 + ebx + 1]
    mov [edi + 1], eax
    mov word [edi + 5], 0xC201
    mov byte [edi + 7], 0xC3
    add edi, 32
    inc ebx
    cmp ebx, NFUNC
    jb .gen

    xor edx, edx
    mov ebp, 4
.round:
    mov esi, FUNC_RAM
    mov ecx, NFUNC
.call:
    call esi
    add esi, 32
    dec ecx
    jnz .call
    dec ebp
    jnz .round
    CHECK edx, 4 * (3 * NFUNC * (NFUNC - 1) / 2 + NFUNC), "every call ran its own code"
    PASS

; Self-modifying code, for the execution loop (cpu/exec.c) and the TB cache: a store
; into the running TB (TB_EXIT_INVALIDATED), a chained loop that patches its own
; immediate each time round, and a patch to an already-translated subroutine. The x86
; rule (SDM vol. 3, 11.6): a store to code takes effect for the instructions after it.
; Prints "BABCxy" on port 0xE9, then exits with status 1 through port 0xF4.
; Built by tests/cli/run.sh: nasm -f bin -o smc.bin smc.asm (a 4 KiB image).
BITS 16
ORG 0xF000              ; the 4 KiB image shows at F000:F000-FFFF through the low alias
BASE equ 0x1000         ; blob runs at 0000:1000

entry:
    xor ax, ax
    mov ss, ax
    mov sp, 0x8000
    mov es, ax
    mov ax, cs
    mov ds, ax
    mov si, blob
    mov di, BASE
    mov cx, blob_end - blob
    cld
    rep movsb
    xor ax, ax
    mov ds, ax
    jmp 0:BASE

blob:
    ; 1) patch the very next instruction inside the same TB: prints 'B'
    mov byte [BASE + (p1 - blob) + 1], 'B'
p1: mov al, 'A'
    out 0xe9, al
    ; 2) a loop whose TB patches its own immediate each time round: prints 'ABC'
    mov cx, 3
l2: mov al, 'A'
    out 0xe9, al
    inc byte [BASE + (l2 - blob) + 1]
    dec cx
    jnz l2
    ; 3) patch code in a different, already-run TB (called twice): prints 'xy'
    mov bx, BASE + (sub3 - blob)
    call bx
    mov byte [BASE + (sub3 - blob) + 1], 'y'
    call bx
    mov al, 10
    out 0xe9, al
    mov al, 0
    out 0xf4, al
sub3:
    mov al, 'x'
    out 0xe9, al
    ret
blob_end:

    times 0xFFF0 - ($ - $$) - 0xF000 db 0xf4
reset:
    jmp 0xF000:entry
    times 0x10000 - 0xF000 - ($ - $$) db 0xf4

; Real-mode addressing: linear = segment*16 + offset for every segment register; 16-bit
; effective addresses wrap at 64 KiB ([BX+SI], displacements); BP-based forms default to
; SS, the others to DS; segment override prefixes (ES CS SS DS FS GS); 32-bit addressing
; through the 67 prefix; segment registers loaded from registers and memory, stored to
; memory, pushed and popped; the reset vector read back through F000:FFF0 and FFFF:0000.
; SDM vol. 3, 21.1.1 "Address Translation in Real-Address Mode"; vol. 1, 3.7.5 (default
; segment selection rules), 3.7.5.1 (16-bit effective addresses truncated to 16 bits);
; vol. 2A "MOV" (segment registers), "PUSH", vol. 2B "POP".
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
segvar: resw 1

TEST_START
    ; ---- segment * 16 + offset
    mov ax, 0x1234
    mov ds, ax
    mov byte [0x0010], 0xAB         ; linear 0x12350
    mov ax, 0x1000
    mov es, ax
    CHECK byte [es:0x2350], 0xAB
    mov ax, 0x1235
    mov fs, ax
    CHECK byte [fs:0x0000], 0xAB
    mov ax, 0x1100
    mov gs, ax
    CHECK byte [gs:0x1350], 0xAB

    ; ---- 16-bit effective addresses wrap
    mov ax, 0x2000
    mov ds, ax
    mov byte [0x0001], 0x11
    mov bx, 0xFFFF
    mov si, 0x0002
    CHECK byte [bx+si], 0x11, "[BX+SI] = FFFF+2 wraps to 0001"
    mov bx, 0x0002
    CHECK byte [word bx+0xFFFF], 0x11, "[BX+disp16] wraps"
    mov di, 0x8001
    mov bx, 0x8000
    CHECK byte [bx+di], 0x11
    mov bx, 0x0003
    CHECK byte [bx-2], 0x11, "negative disp8"

    ; ---- BP defaults to SS
    mov ax, 0x3000
    mov es, ax
    mov byte [es:0x0010], 0x33      ; linear 0x30010
    mov ax, 0x2000
    mov ds, ax
    mov byte [0x0010], 0x22         ; linear 0x20010
    cli
    mov ax, 0x3000
    mov ss, ax
    mov bp, 0x0010
    mov al, [bp]                    ; SS:BP
    mov ah, [ds:bp]                 ; overridden to DS
    mov bl, [bp+si-2]               ; SI = 2: SS:0010
    xor cx, cx
    mov ss, cx
    CHECK al, 0x33
    CHECK ah, 0x22
    CHECK bl, 0x33
    mov bx, 0x0010
    mov ax, 0x3000
    mov es, ax
    CHECK byte [es:bx], 0x33
    CHECK byte [bx], 0x22
    mov ax, 0x2001                  ; DS:0000 = linear 0x20010
    mov ds, ax
    CHECK byte [0x0000], 0x22

    ; ---- CS override reads the ROM; FFFF:0000 is the reset vector (jmp far F000:x)
    CHECK byte [cs:.marker], 0x5A
    mov ax, 0xFFFF
    mov ds, ax
    CHECK byte [0x0000], 0xEA, "reset vector at FFFF:0000 (linear FFFF0)"
    CHECK word [0x0003], 0xF000
    CHECK byte [cs:0xFFF0], 0xEA, "the same bytes at F000:FFF0"
    jmp .after_marker
.marker: db 0x5A
.after_marker:

    ; ---- 32-bit addressing in real mode (offsets stay below 64 KiB)
    xor ax, ax
    mov ds, ax
    mov byte [TESTVARS + 0x20 + 2*3 + 4], 0x77
    mov eax, TESTVARS + 0x20
    mov ebx, 3
    CHECK byte [eax + ebx*2 + 4], 0x77
    mov ecx, TESTVARS + 0x2A
    CHECK byte [ecx], 0x77

    ; ---- segment registers from/to memory, push/pop
    mov word [segvar], 0x4321
    mov es, [segvar]
    CHECK_SEG es, 0x4321
    mov ax, 0x1357
    mov fs, ax
    mov [segvar], fs
    CHECK word [segvar], 0x1357
    push fs
    pop gs
    CHECK_SEG gs, 0x1357
    mov dx, sp
    push es
    mov bp, sp
    mov cx, dx
    sub cx, bp
    CHECK cx, 2, "PUSH ES moved SP by 2"
    CHECK word [bp], 0x4321
    pop ds
    CHECK_SEG ds, 0x4321
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov fs, ax
    mov gs, ax
    PASS

; LEA with every 16-bit ModRM memory form (mod 00/01/10 x r/m 0-7, incl. r/m 6 with mod 00
; being a bare disp16 and [BP] needing a displacement), negative disp8, disp16 wrap-around
; at 64 KiB; 32-bit operand size with 16-bit addresses (zero-extended); 16-bit operand
; size keeps EAX[31:16]; 32-bit addressing in real mode (67) truncated to a 16-bit
; destination. LEA changes no flags.
; SDM vol. 2A "LEA" (table "Non-64-bit Mode Behavior of LEA": operand size x address size);
; vol. 2A, 2.1.5 table 2-1 (16-bit ModR/M addressing forms).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

; L16 expected, address: LEA DX, [address]; DX must be expected
%macro L16 2
    lea dx, %2
    CHECK dx, %1
%endmacro

TEST_START
    mov bx, 0x1000
    mov si, 0x0200
    mov di, 0x0030
    mov bp, 0x4000
    SETF F_CF|F_ZF
    ; mod 00
    L16 0x1200, [bx+si]
    L16 0x1030, [bx+di]
    L16 0x4200, [bp+si]
    L16 0x4030, [bp+di]
    L16 0x0200, [si]
    L16 0x0030, [di]
    L16 0x1234, [0x1234]
    L16 0x1000, [bx]
    ; mod 01, disp8 = -0x10
    L16 0x11F0, [bx+si-0x10]
    L16 0x1020, [bx+di-0x10]
    L16 0x41F0, [bp+si-0x10]
    L16 0x4020, [bp+di-0x10]
    L16 0x01F0, [si-0x10]
    L16 0x0020, [di-0x10]
    L16 0x3FF0, [bp-0x10]
    L16 0x0FF0, [bx-0x10]
    L16 0x4000, [bp]                ; mod 01, disp8 0
    L16 0x107F, [bx+0x7F]
    ; mod 10, disp16 = F000h: sums wrap at 64 KiB
    L16 0x0200, [word bx+si+0xF000]
    L16 0x0030, [word bx+di+0xF000]
    L16 0x3200, [word bp+si+0xF000]
    L16 0x3030, [word bp+di+0xF000]
    L16 0xF200, [word si+0xF000]
    L16 0xF030, [word di+0xF000]
    L16 0x3000, [word bp+0xF000]
    L16 0x0000, [word bx+0xF000]
    CHECK_FLAGS F_ARITH, F_CF|F_ZF, "LEA changed no flags"
    ; the same forms as raw bytes for the two special cases
    db 0x8D, 0x16, 0x78, 0x56       ; lea dx, [0x5678]   (mod 00 r/m 110)
    CHECK dx, 0x5678
    db 0x8D, 0x56, 0x00             ; lea dx, [bp+0]     (mod 01 r/m 110)
    CHECK dx, 0x4000
    ; operand size 32, address size 16: zero-extended
    mov eax, 0xFFFFFFFF
    lea eax, [word bx+si+0xF000]
    CHECK eax, 0x00000200
    ; operand size 16 keeps the upper half
    mov eax, 0xABCD0000
    lea ax, [bx+di]
    CHECK eax, 0xABCD1030
    ; address size 32 in real mode, 16-bit destination: truncated
    mov eax, 0x00012345
    mov ecx, 0x00001000
    lea dx, [eax+ecx*4+0x10]
    CHECK dx, 0x6355
    lea edx, [eax+ecx*4+0x10]
    CHECK edx, 0x00016355
    PASS

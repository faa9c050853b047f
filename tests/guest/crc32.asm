; A compute loop: bitwise CRC-32 (reflected polynomial EDB88320h, initial value and final
; XOR FFFFFFFFh) of 4096 bytes (0x00..0xFF repeated 16 times), in real mode with 32-bit
; registers and again in 32-bit protected mode; the result must be A2912082h.
; Expected value: the CRC-32 of IEEE 802.3 / zlib over that byte string, not an emulator
; run. Exercises shifts, XOR, carry-driven branches, LOOP and byte loads at length.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

BUF  equ 0x10000                    ; 4096 bytes, reachable from real mode as 1000:0000
POLY equ 0xEDB88320

TEST_START
    ; fill 1000:0000.. with i & 0xFF
    mov ax, BUF >> 4
    mov es, ax
    xor di, di
.fill:
    mov ax, di
    mov [es:di], al
    inc di
    cmp di, 4096
    jb .fill
    ; CRC in real mode (ES:SI)
    mov eax, 0xFFFFFFFF
    xor si, si
.rbyte:
    xor al, [es:si]
    mov cx, 8
.rbit:
    shr eax, 1
    jnc .rnox
    xor eax, POLY
.rnox:
    loop .rbit
    inc si
    cmp si, 4096
    jb .rbyte
    not eax
    xor bx, bx
    mov es, bx
    CHECK eax, 0xA2912082, "CRC-32 in real mode"
    PRINT "real mode ok", 10

    GO_PM32
    mov eax, 0xFFFFFFFF
    mov esi, BUF
.pbyte:
    xor al, [esi]
    mov ecx, 8
.pbit:
    shr eax, 1
    jnc .pnox
    xor eax, POLY
.pnox:
    loop .pbit
    inc esi
    cmp esi, BUF + 4096
    jb .pbyte
    not eax
    CHECK eax, 0xA2912082, "CRC-32 in protected mode"
    PASS

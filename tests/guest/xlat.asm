; XLAT/XLATB: AL <- [seg:(E)BX + zero-extended AL]; DS by default, segment override
; allowed; the 16-bit form wraps BX+AL at 64 KiB; 32-bit form uses EBX. No flags.
; SDM vol. 2B "XLAT/XLATB".
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

TABLE equ 0x4000                    ; 256 bytes: table[i] = i XOR 0x5A

TEST_START
    xor bx, bx
.fill:
    mov al, bl
    xor al, 0x5A
    mov [TABLE + bx], al
    inc bx
    cmp bx, 256
    jb .fill
    mov bx, TABLE
    mov al, 0x80                    ; unsigned index
    SETF F_CF|F_ZF
    xlatb
    CHECK al, 0x80 ^ 0x5A
    CHECK_FLAGS F_ARITH, F_CF|F_ZF
    mov al, 0xFF
    xlatb
    CHECK al, 0xFF ^ 0x5A
    ; BX + AL wraps at 64 KiB: BX = FFF0h, AL = 20h -> offset 0010h
    mov ax, 0x0400                  ; DS = 0x0400: DS:0010 = linear 0x4010 = table[0x10]
    mov ds, ax
    mov bx, 0xFFF0
    mov al, 0x20
    xlatb
    xor cx, cx
    mov ds, cx
    CHECK al, 0x10 ^ 0x5A
    ; ES override
    mov ax, 0x0300                  ; ES:1000 = linear 0x4000
    mov es, ax
    mov bx, 0x1000
    mov al, 0x03
    es xlatb
    CHECK al, 0x03 ^ 0x5A
    xor ax, ax
    mov es, ax
    PRINT "real mode ok", 10

    GO_PM32
    mov ebx, TABLE
    mov eax, 0xAABBCC7F
    xlatb
    CHECK eax, 0xAABBCC00 | (0x7F ^ 0x5A)
    mov ebx, TABLE - 0x80           ; EBX + 0xC0 = TABLE + 0x40
    mov al, 0xC0
    xlatb
    CHECK al, 0x40 ^ 0x5A
    ; 16-bit address size in 32-bit code: BX only
    mov ebx, 0xFFFF0000 + TABLE
    mov al, 0x01
    a16 xlatb
    CHECK al, 0x01 ^ 0x5A
    PASS

; BT, BTS, BTR, BTC: CF = the selected bit, the bit then set/cleared/complemented; ZF
; unaffected. Register bases take the offset modulo the operand width; an immediate offset
; is taken modulo the width for memory too; a register offset into memory is a signed
; bit string index that may reach far outside the addressed word (positive and negative).
; SDM vol. 2A "BT" ("bit base ... bit offset", "CF flag contains the value of the selected
; bit. The ZF flag is unaffected. The OF, SF, AF, and PF flags are undefined"), "BTS",
; "BTR", "BTC"; vol. 1, 3.4.1.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

BM equ RAM_HIGH + 0x1000

TEST_START
    mov word [TESTVARS], 0
    bts word [TESTVARS], 0x21       ; imm taken mod 16: bit 1
    CHECK word [TESTVARS], 0x0002
    mov ax, 0x0008
    mov cx, 0x13                    ; 19 mod 16 = 3
    SETF 0
    bt ax, cx
    CHECK_FLAGS F_CF|F_ZF, F_CF
    PRINT "real mode ok", 10

    GO_PM32
    ; clear the bitmap area
    mov edi, BM - 0x400
.clr:
    mov dword [edi], 0
    add edi, 4
    cmp edi, BM + 0x1400
    jb .clr

    ; ---- register bases
    mov eax, 0x00010000
    SETF F_ZF
    bt eax, 16
    CHECK_FLAGS F_CF|F_ZF, F_CF|F_ZF
    SETF 0
    bt eax, 48                      ; 48 mod 32 = 16
    CHECK_FLAGS F_CF|F_ZF, F_CF
    SETF F_CF|F_ZF
    bt eax, 15
    CHECK_FLAGS F_CF|F_ZF, F_ZF
    xor eax, eax
    mov ecx, 35
    SETF F_CF
    bts eax, ecx                    ; 35 mod 32 = 3
    CHECK eax, 8
    CHECK_FLAGS F_CF, 0
    bts eax, ecx                    ; already set
    CHECK_FLAGS F_CF, F_CF
    CHECK eax, 8
    mov eax, 0xAAAAFFFF
    btr ax, 15
    CHECK eax, 0xAAAA7FFF
    CHECK_FLAGS F_CF, F_CF
    mov eax, 0x80000000
    SETF F_ZF
    btc eax, 31
    CHECK eax, 0
    CHECK_FLAGS F_CF|F_ZF, F_CF|F_ZF
    btc eax, 31
    CHECK eax, 0x80000000
    CHECK_FLAGS F_CF, 0
    mov dx, 0x0001
    mov bx, 0xFFF0                  ; 0xFFF0 mod 16 = 0
    btr dx, bx
    CHECK dx, 0
    CHECK_FLAGS F_CF, F_CF

    ; ---- memory with register offset: signed bit-string index
    mov byte [BM+12], 0x10
    mov ecx, 100                    ; byte 12, bit 4
    SETF 0
    bt dword [BM], ecx
    CHECK_FLAGS F_CF, F_CF
    mov ecx, -1                     ; the bit just below BM+0x100: byte 0xFF, bit 7
    SETF F_CF
    bts dword [BM+0x100], ecx
    CHECK_FLAGS F_CF, 0
    CHECK byte [BM+0xFF], 0x80
    CHECK dword [BM+0x100], 0
    mov ecx, -32 * 4 + 2            ; four dwords below, bit 2
    bts dword [BM+0x100], ecx
    CHECK dword [BM+0xF0], 4
    mov ax, 0x123                   ; 16-bit: word 18 (byte 36), bit 3
    btc word [BM], ax
    CHECK_FLAGS F_CF, 0
    CHECK byte [BM+36], 0x08
    btc word [BM], ax
    CHECK_FLAGS F_CF, F_CF
    CHECK byte [BM+36], 0x00
    mov cx, -17                     ; byte 0x2FD, bit 7
    bts word [BM+0x300], cx
    CHECK byte [BM+0x2FD], 0x80
    CHECK word [BM+0x300], 0
    mov byte [BM+0x1000], 0x20
    mov ecx, 0x1000 * 8 + 5         ; 4 KiB away
    SETF F_ZF
    bt dword [BM], ecx
    CHECK_FLAGS F_CF|F_ZF, F_CF|F_ZF
    mov ecx, 0x1000 * 8 + 5
    btr dword [BM], ecx
    CHECK byte [BM+0x1000], 0
    CHECK_FLAGS F_CF, F_CF

    ; ---- memory with immediate offset: modulo the operand width
    mov dword [BM+0x200], 0xFFFFFFFF
    SETF 0
    btr dword [BM+0x200], 33        ; bit 1
    CHECK dword [BM+0x200], 0xFFFFFFFD
    CHECK_FLAGS F_CF, F_CF
    btc word [BM+0x200], 17         ; bit 1 again (mod 16)
    CHECK dword [BM+0x200], 0xFFFFFFFF
    CHECK_FLAGS F_CF, 0
    bt dword [BM+0x204], 255        ; bit 31 of a zero dword
    CHECK_FLAGS F_CF, 0
    PASS
